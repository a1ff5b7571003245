//! A language's lexicon: the words of `core/content/lexicon/<tag>.toml`, parsed, checked and
//! turned into terms once, so that reading a message only looks terms up.
//!
//! The files are written by clinicians and translators, not programmers, so a mistake in
//! them must stop the bot at start-up with a sentence that names the file, the list and the
//! entry, rather than quietly never matching.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::Deserialize;
use unic_langid::LanguageIdentifier;

use super::{
    text::{algorithm, Analyzer, Kind, Token},
    vocabulary::{TermId, Vocabulary},
    Sign,
};

/// The lexicons built into the binary, by locale tag (the folder names under `locales/`).
pub(crate) const BUILT_IN: &[(&str, &str)] = &[
    ("de", include_str!("../../content/lexicon/de.toml")),
    ("en-US", include_str!("../../content/lexicon/en-US.toml")),
    ("es", include_str!("../../content/lexicon/es.toml")),
    ("fr", include_str!("../../content/lexicon/fr.toml")),
];

/// Every sign needs this many phrasings in every language: one is never how people say it.
pub(crate) const MIN_PHRASES: usize = 3;
/// A phrase longer than this is a sentence, and sentences are never typed the same way twice.
const MAX_PHRASE_TERMS: usize = 6;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum UnderstandingError {
    #[error("no lexicon was given")]
    Empty,
    #[error("lexicon {0:?} is given twice")]
    Duplicate(String),
    #[error("lexicon tag {0:?} is not a language tag like en-US or de")]
    BadTag(String),
    #[error("lexicon {tag}: {message}")]
    Parse { tag: String, message: String },
    #[error("lexicon {tag}: unknown stemmer {name:?} (a Snowball name such as \"english\", \"german\", \"spanish\" or \"french\")")]
    Stemmer { tag: String, name: String },
    #[error("lexicon {tag}: [signs] names {name:?}, which is not a sign (the signs are {known})")]
    UnknownSign { tag: String, name: String, known: String },
    #[error("lexicon {tag}: sign {sign:?} has {count} phrases; every sign needs at least {MIN_PHRASES}")]
    TooFewPhrases { tag: String, sign: String, count: usize },
    #[error("lexicon {tag}: {list}: {entry:?} {problem}")]
    Entry { tag: String, list: String, entry: String, problem: &'static str },
    #[error("lexicon {tag}: score.numbers must give the words for 0 to 10, eleven entries, not {count}")]
    Numbers { tag: String, count: usize },
    #[error("lexicon {tag}: [answers] id {id:?} may hold only a-z, 0-9 and '-'")]
    AnswerId { tag: String, id: String },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLexicon {
    stemmer: String,
    #[serde(default)]
    compounds: bool,
    #[serde(default)]
    elisions: Vec<String>,
    negations: Vec<String>,
    #[serde(default)]
    negation_stops: Vec<String>,
    clause_breaks: Vec<String>,
    #[serde(default)]
    ignore: Vec<String>,
    #[serde(default)]
    known: Vec<String>,
    #[serde(default)]
    stopwords: Vec<String>,
    score: RawScore,
    #[serde(default)]
    answers: BTreeMap<String, Vec<String>>,
    signs: BTreeMap<String, Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScore {
    numbers: Vec<String>,
    #[serde(default)]
    out_of: Vec<String>,
    #[serde(default)]
    range: Vec<String>,
    #[serde(default)]
    units: Vec<String>,
}

/// A few terms in order; each position may be one of several terms ("pain|ache").
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Phrase {
    pub terms: Vec<Vec<TermId>>,
    /// For `ignore` phrases: the positions written "(…)", which must be there but stay in
    /// the text ("faint (ache)" drops "faint" and keeps "ache").
    pub keep: Vec<bool>,
}

/// A checked lexicon, its phrases turned into terms.
pub(crate) struct Lexicon {
    pub tag: String,
    pub analyzer: Analyzer,
    /// Split unknown words into known parts (German compounds).
    pub compounds: bool,
    pub vocab: Vocabulary,
    pub negations: HashSet<TermId>,
    pub negation_stops: HashSet<TermId>,
    pub breaks: HashSet<TermId>,
    pub ignore: Vec<Phrase>,
    pub signs: Vec<(Sign, Vec<Phrase>)>,
    pub answers: BTreeMap<String, Vec<Phrase>>,
    pub numbers: HashMap<TermId, u8>,
    pub out_of: Vec<Phrase>,
    pub range: HashSet<TermId>,
    /// What a number measures when it is not a score: a time, a distance, a count ("6
    /// months", "10 km", "3 times"), as stems (and `=forms` as typed, folded). Kept out of
    /// the vocabulary on purpose: the vocabulary says which words a language knows, and red
    /// flags in another language leave those alone ("mal" would then be German, and French
    /// "j'ai mal à la poitrine" no longer read).
    pub units: Units,
    pub stopwords: HashSet<TermId>,
    /// The stopwords' stems, for search indices (which have vocabularies of their own).
    pub stopword_stems: HashSet<String>,
    /// The negations as typed (folded), for reading text with another language's lexicon.
    pub negation_words: HashSet<String>,
}

/// The score's units (see [`Lexicon::units`]).
#[derive(Debug, Default)]
pub(crate) struct Units {
    stems: HashSet<String>,
    forms: HashSet<String>,
}

/// Builds phrases into one vocabulary, naming the list and entry in every error.
struct Builder<'a> {
    tag: &'a str,
    analyzer: Analyzer,
    vocab: Vocabulary,
}

impl Builder<'_> {
    fn error(&self, list: &str, entry: &str, problem: &'static str) -> UnderstandingError {
        UnderstandingError::Entry {
            tag: self.tag.to_string(),
            list: list.to_string(),
            entry: entry.to_string(),
            problem,
        }
    }

    fn term(&mut self, token: &Token) -> TermId {
        let id = self.vocab.intern(&token.stem);
        let plain = self.analyzer.stem(&token.word);
        self.vocab.alias(&plain, id);
        self.vocab.add_word(&token.word, id);
        id
    }

    /// A phrase: words in order, `a|b` for alternatives, `=word` for that form only. With
    /// `forms`, every word is taken as written (number words: "neuf" is nine, not "new").
    fn phrase(&mut self, list: &str, entry: &str, forms: bool) -> Result<Phrase, UnderstandingError> {
        let mut terms = Vec::new();
        let mut keep = Vec::new();
        let words: Vec<&str> = entry.split_whitespace().collect();
        // Punctuation inside a phrase ("peut-être") is optional in the text; a phrase that is
        // nothing but punctuation ("/", ",") is that punctuation.
        let only_punct = words.iter().all(|w| self.analyzer.tokens(w).iter().all(|t| t.kind == Kind::Punct));
        for word in words {
            let context = word.len() > 2 && word.starts_with('(') && word.ends_with(')');
            if context && list != "ignore" {
                return Err(self.error(list, entry, "uses (…), which only `ignore` phrases may"));
            }
            let word = if context { &word[1..word.len() - 1] } else { word };
            let before = terms.len();
            if word.contains('|') || word.starts_with('=') || forms {
                let mut alternatives = Vec::new();
                for alternative in word.split('|') {
                    let (form, alternative) = match alternative.strip_prefix('=') {
                        Some(rest) => (true, rest),
                        None => (forms, alternative),
                    };
                    let tokens = self.analyzer.tokens(alternative);
                    let [token] = tokens.as_slice() else {
                        return Err(self.error(list, entry, "offers an alternative that is not one word"));
                    };
                    alternatives.push(if form {
                        self.vocab.intern_form(&token.word)
                    } else {
                        self.term(token)
                    });
                }
                terms.push(alternatives);
            } else {
                for token in self.analyzer.tokens(word) {
                    if token.kind != Kind::Punct || only_punct {
                        terms.push(vec![self.term(&token)]);
                    }
                }
            }
            keep.resize(keep.len() + terms.len() - before, context);
        }
        if terms.is_empty() {
            return Err(self.error(list, entry, "has no words once normalised"));
        }
        if terms.len() > MAX_PHRASE_TERMS {
            return Err(self.error(list, entry, "has more than six words; keep only the ones that matter"));
        }
        if keep.iter().all(|k| *k) {
            return Err(self.error(list, entry, "keeps every word; at least one must be outside (…)"));
        }
        Ok(Phrase { terms, keep })
    }

    fn phrases(&mut self, list: &str, entries: &[String]) -> Result<Vec<Phrase>, UnderstandingError> {
        entries.iter().map(|e| self.phrase(list, e, false)).collect()
    }

    /// The score's units: single words with alternatives, as stems (both of the word as
    /// written and of it without accents, as [`Self::term`] does) or, with `=`, as written.
    fn units(&self, entries: &[String]) -> Result<Units, UnderstandingError> {
        let mut units = Units::default();
        for entry in entries {
            if entry.split_whitespace().count() != 1 {
                return Err(self.error("score.units", entry, "must be a single word"));
            }
            for alternative in entry.split('|') {
                let (form, alternative) = match alternative.strip_prefix('=') {
                    Some(rest) => (true, rest),
                    None => (false, alternative),
                };
                let tokens = self.analyzer.tokens(alternative);
                let [token] = tokens.as_slice() else {
                    return Err(self.error(
                        "score.units",
                        entry,
                        "offers an alternative that is not one word",
                    ));
                };
                if form {
                    units.forms.insert(token.word.clone());
                } else {
                    units.stems.insert(token.stem.clone());
                    units.stems.insert(self.analyzer.stem(&token.word));
                }
            }
        }
        Ok(units)
    }

    /// A list of single words, each possibly with alternatives.
    fn words(
        &mut self,
        list: &str,
        entries: &[String],
        forms: bool,
    ) -> Result<HashSet<TermId>, UnderstandingError> {
        let mut out = HashSet::new();
        for e in entries {
            let p = self.phrase(list, e, forms)?;
            let [alternatives] = p.terms.as_slice() else {
                return Err(self.error(list, e, "must be a single word"));
            };
            out.extend(alternatives.iter().copied());
        }
        Ok(out)
    }
}

impl Lexicon {
    /// The terms a token is as it stands: its stem's, and its exact form's (`=word`).
    pub fn exact(&self, token: &Token) -> Vec<TermId> {
        let mut terms: Vec<TermId> = self.vocab.get(&token.stem).into_iter().collect();
        if let Some(form) = self.vocab.get_form(&token.word) {
            if !terms.contains(&form) {
                terms.push(form);
            }
        }
        terms
    }

    /// Whether the token is one of the score's units, as this lexicon reads it.
    pub fn is_unit(&self, token: &Token) -> bool {
        self.units.stems.contains(&token.stem) || self.units.forms.contains(&token.word)
    }

    /// Whether a word read with another lexicon is one of this one's units: a runner may
    /// write "6 months" in a German chat.
    pub fn is_unit_word(&self, word: &str) -> bool {
        matches!(self.analyzer.tokens(word).as_slice(), [t] if t.kind == Kind::Word && self.is_unit(t))
    }

    pub fn parse(tag: &str, source: &str) -> Result<Self, UnderstandingError> {
        if tag.parse::<LanguageIdentifier>().is_err() || tag.is_empty() {
            return Err(UnderstandingError::BadTag(tag.to_string()));
        }
        let raw: RawLexicon = toml::from_str(source).map_err(|e| UnderstandingError::Parse {
            tag: tag.to_string(),
            message: e.message().to_string(),
        })?;
        let algorithm = algorithm(&raw.stemmer)
            .ok_or_else(|| UnderstandingError::Stemmer { tag: tag.to_string(), name: raw.stemmer.clone() })?;
        let mut b =
            Builder { tag, analyzer: Analyzer::new(algorithm, &raw.elisions), vocab: Vocabulary::default() };

        let mut signs = Vec::new();
        for name in raw.signs.keys() {
            if Sign::from_id(name).is_none() {
                let known = Sign::ALL.iter().map(|s| s.id()).collect::<Vec<_>>().join(", ");
                return Err(UnderstandingError::UnknownSign {
                    tag: tag.to_string(),
                    name: name.clone(),
                    known,
                });
            }
        }
        for sign in Sign::ALL {
            let entries = raw.signs.get(sign.id()).map(Vec::as_slice).unwrap_or_default();
            if entries.len() < MIN_PHRASES {
                return Err(UnderstandingError::TooFewPhrases {
                    tag: tag.to_string(),
                    sign: sign.id().to_string(),
                    count: entries.len(),
                });
            }
            signs.push((sign, b.phrases(&format!("signs.{}", sign.id()), entries)?));
        }

        let mut answers = BTreeMap::new();
        for (id, entries) in &raw.answers {
            if id.is_empty() || !id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            {
                return Err(UnderstandingError::AnswerId { tag: tag.to_string(), id: id.clone() });
            }
            answers.insert(id.clone(), b.phrases(&format!("answers.{id}"), entries)?);
        }

        if raw.score.numbers.len() != 11 {
            return Err(UnderstandingError::Numbers { tag: tag.to_string(), count: raw.score.numbers.len() });
        }
        let mut numbers = HashMap::new();
        for (value, entry) in (0u8..).zip(&raw.score.numbers) {
            for term in b.words("score.numbers", std::slice::from_ref(entry), true)? {
                numbers.insert(term, value);
            }
        }
        let out_of = b.phrases("score.out_of", &raw.score.out_of)?;
        let range = b.words("score.range", &raw.score.range, false)?;
        let units = b.units(&raw.score.units)?;

        // Small function words are matched as written: stemmed, Spanish "sino" (a clause
        // break) and "sin" (a negation) would be one word.
        let negations = b.words("negations", &raw.negations, true)?;
        let negation_stops = b.words("negation_stops", &raw.negation_stops, true)?;
        let breaks = b.words("clause_breaks", &raw.clause_breaks, true)?;
        let ignore = b.phrases("ignore", &raw.ignore)?;
        b.words("known", &raw.known, false)?;
        let stopwords = b.words("stopwords", &raw.stopwords, false)?;
        let stopword_stems = stopwords.iter().map(|t| b.vocab.term(*t).to_string()).collect();
        let negation_words =
            raw.negations.iter().flat_map(|w| b.analyzer.tokens(w)).map(|t| t.word).collect();

        Ok(Lexicon {
            tag: tag.to_string(),
            analyzer: b.analyzer,
            compounds: raw.compounds,
            vocab: b.vocab,
            negations,
            negation_stops,
            breaks,
            ignore,
            signs,
            answers,
            numbers,
            out_of,
            range,
            units,
            stopwords,
            stopword_stems,
            negation_words,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = r#"
stemmer = "english"
negations = ["no"]
clause_breaks = [","]
[score]
numbers = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
[signs]
chest = ["chest pain", "pain chest", "tight chest"]
breath = ["cant breathe", "short of breath", "breathless"]
spread = ["pain spreading arm", "jaw pain", "radiating arm"]
sweat = ["cold sweat", "clammy", "nauseous"]
bladder = ["incontinence", "wet myself", "lost control bladder"]
faint = ["fainted", "passed out", "blacked out"]
fall = ["fell", "had a fall", "accident"]
nerves = ["numb", "tingling", "pins and needles"]
fever = ["fever", "chills", "a temperature"]
weight = ["unexplained weight loss", "lost weight without trying", "losing weight for no reason"]
night = ["wakes me up", "pain at night", "hurts at night"]
worse = ["getting worse", "worse every day", "worsening"]
long = ["for weeks", "for months", "three weeks"]
severe = ["unbearable", "excruciating", "worst pain ever"]
"#;

    #[test]
    fn a_minimal_lexicon_loads() {
        let lex = Lexicon::parse("en-US", MINIMAL).expect("loads");
        assert_eq!(lex.signs.len(), Sign::ALL.len());
        assert!(lex.vocab.get("breath").is_some());
    }

    #[test]
    fn mistakes_in_a_lexicon_are_refused_with_the_entry_named() {
        let unknown_field = format!("colour = \"red\"\n{MINIMAL}");
        assert!(matches!(Lexicon::parse("en-US", &unknown_field), Err(UnderstandingError::Parse { .. })));
        let stemmer = MINIMAL.replace("\"english\"", "\"klingon\"");
        assert!(matches!(Lexicon::parse("en-US", &stemmer), Err(UnderstandingError::Stemmer { .. })));
        let sign = MINIMAL.replace("severe =", "spooky = [\"boo\", \"ghost\", \"eek\"]\nsevere =");
        assert!(
            matches!(Lexicon::parse("en-US", &sign), Err(UnderstandingError::UnknownSign { name, .. }) if name == "spooky")
        );
        let few = MINIMAL.replace("\"unbearable\", \"excruciating\", ", "");
        assert_eq!(
            Lexicon::parse("en-US", &few).err(),
            Some(UnderstandingError::TooFewPhrases { tag: "en-US".into(), sign: "severe".into(), count: 1 })
        );
        let empty = MINIMAL.replace("\"clammy\"", "\"🙂 ♥\"");
        let err = Lexicon::parse("en-US", &empty).err().map(|e| e.to_string()).unwrap_or_default();
        assert_eq!(err, "lexicon en-US: signs.sweat: \"🙂 ♥\" has no words once normalised");
        let two_words = MINIMAL.replace("negations = [\"no\"]", "negations = [\"no way\"]");
        assert!(matches!(
            Lexicon::parse("en-US", &two_words),
            Err(UnderstandingError::Entry { problem: "must be a single word", .. })
        ));
        let numbers = MINIMAL.replace("\"nine\", \"ten\"", "\"nine\"");
        assert!(matches!(
            Lexicon::parse("en-US", &numbers),
            Err(UnderstandingError::Numbers { count: 10, .. })
        ));
        assert!(matches!(Lexicon::parse("not a tag!", MINIMAL), Err(UnderstandingError::BadTag(_))));
    }

    #[test]
    fn the_built_in_lexicons_load() {
        for (tag, source) in BUILT_IN {
            if let Err(e) = Lexicon::parse(tag, source) {
                panic!("{e}");
            }
        }
    }
}
