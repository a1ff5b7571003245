//! Text to tokens: words split by Unicode's rules, lower-cased, elisions split off, stemmed
//! with the language's Snowball stemmer, then folded (accents stripped, "ß" to "ss").
//!
//! Lexicon phrases and user text go through the very same steps, so they always agree. The
//! order is: lower-case, stem the word *with* its accents (the German, Spanish and French
//! stemmers expect them), then fold the stem. A user who types without accents gets a
//! slightly different stem now and then; the vocabulary therefore also keeps the stem of
//! each lexicon word's spelling without accents.

use rust_stemmers::{Algorithm, Stemmer};
use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};
use unicode_segmentation::UnicodeSegmentation;

/// No platform delivers more than this in one message (Telegram: 4096, Discord: 2000); the
/// rest of an oversized text is not read, so that one message cannot stall the bot.
pub(crate) const MAX_CHARS: usize = 16_384;

/// Longer "words" are noise (a URL, a key-mash): folded but not stemmed.
const MAX_STEMMED_CHARS: usize = 48;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Word,
    /// Digits, with at most a decimal point or comma: "7", "7.5", "7,5".
    Number,
    /// Punctuation that can end a clause or join numbers: . , ; : ! ? ¿ ¡ / - —
    Punct,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Token {
    pub kind: Kind,
    /// Folded, not stemmed: what typo tolerance compares.
    pub word: String,
    /// Folded stem (for numbers and punctuation, the word itself).
    pub stem: String,
}

/// One language's way of turning text into tokens.
pub(crate) struct Analyzer {
    algorithm: Algorithm,
    stemmer: Stemmer,
    /// Folded prefixes that are split off before an apostrophe ("l'", "j'", "qu'").
    elisions: Vec<String>,
}

impl Analyzer {
    pub fn new(algorithm: Algorithm, elisions: &[String]) -> Self {
        Self {
            algorithm,
            stemmer: Stemmer::create(algorithm),
            elisions: elisions.iter().map(|e| fold(e)).collect(),
        }
    }

    pub fn algorithm(&self) -> Algorithm {
        self.algorithm
    }

    pub fn elisions(&self) -> &[String] {
        &self.elisions
    }

    /// The tokens of `text`, at most [`MAX_CHARS`] of it.
    pub fn tokens(&self, text: &str) -> Vec<Token> {
        let text = match text.char_indices().nth(MAX_CHARS) {
            Some((cut, _)) => &text[..cut],
            None => text,
        };
        // Backticks and acute accents typed as apostrophes would split a word in two.
        let text = text.replace(['`', '´'], "'");
        let mut out = Vec::new();
        for segment in text.split_word_bounds() {
            if segment.chars().any(char::is_alphanumeric) {
                self.push_word(segment, &mut out);
            } else if let Some(p) = punct(segment) {
                out.push(Token { kind: Kind::Punct, word: p.to_string(), stem: p.to_string() });
            }
        }
        out
    }

    fn push_word(&self, segment: &str, out: &mut Vec<Token>) {
        let lower = segment.to_lowercase();
        let mut rest: &str = &lower;
        // "l'épaule" is two words; "can't" is one ("cant").
        while let Some(at) = rest.find(is_apostrophe) {
            let head = &rest[..at];
            if self.elisions.iter().any(|e| *e == fold(head)) {
                self.push_one(head, out);
                let next = at + rest[at..].chars().next().map_or(1, char::len_utf8);
                rest = &rest[next..];
            } else {
                break;
            }
        }
        let joined: String = rest.chars().filter(|c| !is_apostrophe(*c)).collect();
        if !joined.is_empty() {
            self.push_one(&joined, out);
        }
    }

    fn push_one(&self, lower: &str, out: &mut Vec<Token>) {
        if lower.chars().any(|c| c.is_ascii_digit())
            && lower.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        {
            let word = lower.replace(',', ".");
            out.push(Token { kind: Kind::Number, stem: word.clone(), word });
            return;
        }
        let word = fold(lower);
        if word.is_empty() {
            return;
        }
        let stem = self.stem(lower);
        out.push(Token { kind: Kind::Word, word, stem });
    }

    /// The folded stem of a lower-cased word.
    pub fn stem(&self, lower: &str) -> String {
        let letters_only = lower.chars().all(char::is_alphabetic);
        if !letters_only || lower.chars().count() > MAX_STEMMED_CHARS {
            return fold(lower);
        }
        fold(&self.stemmer.stem(lower))
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | 'ʼ')
}

/// The punctuation token a non-word segment stands for, if it matters.
fn punct(segment: &str) -> Option<&'static str> {
    let mut chars = segment.chars();
    let c = chars.next()?;
    if chars.next().is_some() && !segment.chars().all(|x| x == c) {
        return None;
    }
    Some(match c {
        '\n' | '\r' | '…' | '.' | '。' => ".",
        ',' | '،' => ",",
        ';' => ";",
        ':' => ":",
        '!' => "!",
        '?' => "?",
        '¿' => "¿",
        '¡' => "¡",
        '/' => "/",
        '-' | '–' => "-",
        '—' => "—",
        _ => return None,
    })
}

/// Lower case without accents: NFKD, combining marks dropped, and the letters NFKD leaves
/// alone spelled out ("ß" as "ss", "œ" as "oe").
pub(crate) fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.nfkd() {
        if is_combining_mark(c) {
            continue;
        }
        match c {
            'ß' | 'ẞ' => out.push_str("ss"),
            'æ' | 'Æ' => out.push_str("ae"),
            'œ' | 'Œ' => out.push_str("oe"),
            'ø' | 'Ø' => out.push('o'),
            'ł' | 'Ł' => out.push('l'),
            'đ' | 'Đ' => out.push('d'),
            'ı' => out.push('i'),
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// The Snowball algorithm a lexicon names.
pub(crate) fn algorithm(name: &str) -> Option<Algorithm> {
    Some(match name {
        "arabic" => Algorithm::Arabic,
        "danish" => Algorithm::Danish,
        "dutch" => Algorithm::Dutch,
        "english" => Algorithm::English,
        "finnish" => Algorithm::Finnish,
        "french" => Algorithm::French,
        "german" => Algorithm::German,
        "greek" => Algorithm::Greek,
        "hungarian" => Algorithm::Hungarian,
        "italian" => Algorithm::Italian,
        "norwegian" => Algorithm::Norwegian,
        "portuguese" => Algorithm::Portuguese,
        "romanian" => Algorithm::Romanian,
        "russian" => Algorithm::Russian,
        "spanish" => Algorithm::Spanish,
        "swedish" => Algorithm::Swedish,
        "tamil" => Algorithm::Tamil,
        "turkish" => Algorithm::Turkish,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stems(a: &Analyzer, text: &str) -> Vec<String> {
        a.tokens(text).into_iter().map(|t| t.stem).collect()
    }

    #[test]
    fn folding_strips_accents_and_spells_out_sharp_s() {
        assert_eq!(fold("Évanoui"), "evanoui");
        assert_eq!(fold("Schüttelfrost"), "schuttelfrost");
        assert_eq!(fold("Schweiß"), "schweiss");
        assert_eq!(fold("cœur"), "coeur");
        assert_eq!(fold("ﬁèvre"), "fievre");
    }

    #[test]
    fn english_words_lose_apostrophes_and_are_stemmed() {
        let en = Analyzer::new(Algorithm::English, &[]);
        assert_eq!(stems(&en, "I can't breathe!"), ["i", "cant", "breath", "!"]);
        assert_eq!(stems(&en, "I don’t have CHEST PAINS"), ["i", "dont", "have", "chest", "pain"]);
    }

    #[test]
    fn french_elisions_are_split_off() {
        let fr = Analyzer::new(Algorithm::French, &["l".into(), "j".into(), "n".into(), "qu".into()]);
        assert_eq!(stems(&fr, "J'ai mal à l'épaule"), ["j", "ai", "mal", "a", "l", "epaul"]);
        assert_eq!(stems(&fr, "je n’arrive pas"), ["je", "n", "arriv", "pas"]);
        assert_eq!(stems(&fr, "aujourd'hui"), ["aujourdhui"]);
    }

    #[test]
    fn accents_are_folded_after_stemming() {
        let de = Analyzer::new(Algorithm::German, &[]);
        assert_eq!(stems(&de, "Brustschmerzen, Schüttelfrost"), ["brustschmerz", ",", "schuttelfrost"]);
        let fr = Analyzer::new(Algorithm::French, &[]);
        assert_eq!(stems(&fr, "évanoui"), ["evanou"]);
    }

    #[test]
    fn numbers_and_the_punctuation_around_them_are_kept() {
        let en = Analyzer::new(Algorithm::English, &[]);
        let t = en.tokens("about 7/10, maybe 7,5 — ran 10k 🏃\nok");
        let words: Vec<(&str, Kind)> = t.iter().map(|t| (t.stem.as_str(), t.kind)).collect();
        assert_eq!(
            words,
            [
                ("about", Kind::Word),
                ("7", Kind::Number),
                ("/", Kind::Punct),
                ("10", Kind::Number),
                (",", Kind::Punct),
                ("mayb", Kind::Word),
                ("7.5", Kind::Number),
                ("—", Kind::Punct),
                ("ran", Kind::Word),
                ("10k", Kind::Word),
                (".", Kind::Punct),
                ("ok", Kind::Word),
            ]
        );
    }

    #[test]
    fn an_oversized_text_is_cut_at_a_character_boundary() {
        let en = Analyzer::new(Algorithm::English, &[]);
        let long = "é".repeat(MAX_CHARS + 10);
        let t = en.tokens(&long);
        assert_eq!(t.len(), 1);
        assert_eq!(t[0].word.chars().count(), MAX_CHARS);
    }
}
