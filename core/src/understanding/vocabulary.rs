//! The terms a lexicon (or a search index) knows, and the forgiving look-up into them: exact
//! stems first, then typos, then German-style compounds split into known parts.
//!
//! Typos: a word of 5 or more characters that is not a known term counts as every term within
//! Damerau-Levenshtein distance 1 of it (2 from 11 characters on): "brething", "chets",
//! "poitrinne". The typed word is compared with the words as the lexicon writes them, never
//! with stems: cut short, stems are too alike (English "federal" and "fever" stem to "feder"
//! and "fever", one letter apart).

use std::collections::HashMap;

/// A term's number within one vocabulary.
pub(crate) type TermId = u32;

/// Words shorter than this are never read as typos: too many short words are one letter apart.
const TYPO_MIN_CHARS: usize = 5;
/// From this length on, two edits are forgiven ("excrutiating").
const TYPO_TWO_CHARS: usize = 11;
/// Compound parts are at least this long ("arm", "bauch").
const PART_MIN_CHARS: usize = 3;
/// Longer tokens are not split into compound parts (they are noise).
const COMPOUND_MAX_CHARS: usize = 40;

/// A spelling to compare typos with.
struct Key {
    chars: Vec<char>,
    /// Bit i is set when the spelling has a character hashing to i: two spellings `k` edits
    /// apart differ in at most `2k` bits, which rules most candidates out cheaply.
    mask: u64,
    term: TermId,
}

#[derive(Default)]
pub(crate) struct Vocabulary {
    terms: Vec<String>,
    /// Stems (a word's own and its accent-free spelling's) to terms.
    exact: HashMap<String, TermId>,
    /// Every spelling that may stand for a term: stems and folded words as written.
    spellings: HashMap<String, TermId>,
    /// The words as written, for typo look-ups, by length in characters. Stems are left out:
    /// cut short, too many of them are one letter apart ("feder" of "federal", "fever").
    by_len: Vec<Vec<Key>>,
}

fn mask(chars: &[char]) -> u64 {
    chars.iter().fold(0u64, |m, c| m | 1u64 << (u32::from(*c) % 64))
}

/// How many edits a typed word of `len` characters may be away from a term.
fn allowance(len: usize) -> usize {
    match len {
        n if n >= TYPO_TWO_CHARS => 2,
        n if n >= TYPO_MIN_CHARS => 1,
        _ => 0,
    }
}

impl Vocabulary {
    /// The term for `stem`, made if new.
    pub fn intern(&mut self, stem: &str) -> TermId {
        if let Some(id) = self.exact.get(stem) {
            return *id;
        }
        let id = TermId::try_from(self.terms.len()).unwrap_or(TermId::MAX);
        self.terms.push(stem.to_string());
        self.exact.insert(stem.to_string(), id);
        self.spellings.entry(stem.to_string()).or_insert(id);
        id
    }

    /// The term for one exact word form (`=weeks` in a lexicon), made if new. A form is there
    /// to tell a word from its neighbours ("weeks", not "week"), which are one letter away,
    /// so typos never find it.
    pub fn intern_form(&mut self, word: &str) -> TermId {
        let key = format!("={word}");
        if let Some(id) = self.exact.get(&key) {
            return *id;
        }
        let id = TermId::try_from(self.terms.len()).unwrap_or(TermId::MAX);
        self.terms.push(key.clone());
        self.exact.insert(key, id);
        id
    }

    /// The term of an exact word form, if the vocabulary has one.
    pub fn get_form(&self, word: &str) -> Option<TermId> {
        self.exact.get(&format!("={word}")).copied()
    }

    /// Another stem that stands for `term` (a word typed without its accents); an existing
    /// term keeps its own meaning.
    pub fn alias(&mut self, stem: &str, term: TermId) {
        if !self.exact.contains_key(stem) {
            self.exact.insert(stem.to_string(), term);
            self.spellings.entry(stem.to_string()).or_insert(term);
        }
    }

    /// A word as written (folded) that stands for `term`: typos and compound parts are
    /// compared with it.
    pub fn add_word(&mut self, word: &str, term: TermId) {
        if word.is_empty() || self.spellings.get(word).is_some_and(|t| *t != term) {
            return;
        }
        let is_new = self.spellings.insert(word.to_string(), term).is_none();
        let chars: Vec<char> = word.chars().collect();
        if !is_new && self.by_len.get(chars.len()).is_some_and(|keys| keys.iter().any(|k| k.chars == chars)) {
            return;
        }
        let len = chars.len();
        if self.by_len.len() <= len {
            self.by_len.resize_with(len + 1, Vec::new);
        }
        self.by_len[len].push(Key { mask: mask(&chars), chars, term });
    }

    /// Every spelling that stands for a term.
    pub fn spellings(&self) -> impl Iterator<Item = &String> {
        self.spellings.keys()
    }

    pub fn get(&self, stem: &str) -> Option<TermId> {
        self.exact.get(stem).copied()
    }

    pub fn term(&self, id: TermId) -> &str {
        self.terms.get(id as usize).map_or("", String::as_str)
    }

    /// Terms whose words the typed `word` may be a typo of, by the word's length.
    pub fn near(&self, word: &str) -> Vec<TermId> {
        let chars: Vec<char> = word.chars().collect();
        let len = chars.len();
        let k = allowance(len);
        let mut found = Vec::new();
        if k == 0 {
            return found;
        }
        let probe = word;
        let m = mask(&chars);
        let lo = len.saturating_sub(k).max(TYPO_MIN_CHARS);
        let hi = (len + k).min(self.by_len.len().saturating_sub(1));
        for l in lo..=hi {
            let Some(keys) = self.by_len.get(l) else { continue };
            for key in keys {
                if (key.mask ^ m).count_ones() as usize > 2 * k || found.contains(&key.term) {
                    continue;
                }
                let a: String = key.chars.iter().collect();
                if strsim::damerau_levenshtein(&a, probe) <= k {
                    found.push(key.term);
                }
            }
        }
        found.sort_unstable();
        found.dedup();
        found
    }

    /// Terms with a spelling that starts with `word` (of 5 characters or more): "physio" for
    /// "physiotherapy".
    pub fn starting_with(&self, word: &str) -> Vec<TermId> {
        if word.chars().count() < TYPO_MIN_CHARS {
            return Vec::new();
        }
        let mut found: Vec<TermId> = self
            .spellings
            .iter()
            .filter(|(s, _)| s.len() > word.len() && s.starts_with(word))
            .map(|(_, t)| *t)
            .collect();
        found.sort_unstable();
        found.dedup();
        found
    }

    /// The known parts of a compound stem ("brustschmerz" → "brust", "schmerz"), with the
    /// German linking letters allowed between them ("taubheitsgefuhl"). With `typos`, the
    /// last part may be a typo. `None` unless every part is known.
    pub fn split(&self, stem: &str, typos: bool) -> Option<Vec<Vec<TermId>>> {
        let chars: Vec<char> = stem.chars().collect();
        if chars.len() > COMPOUND_MAX_CHARS || chars.len() < 2 * PART_MIN_CHARS {
            return None;
        }
        self.split_chars(&chars, 2, typos)
    }

    fn split_chars(&self, chars: &[char], depth: usize, typos: bool) -> Option<Vec<Vec<TermId>>> {
        // Longest known head first: "brustkorb" + "schmerz" rather than "brust" + "korbschmerz".
        for cut in (PART_MIN_CHARS..=chars.len().saturating_sub(PART_MIN_CHARS)).rev() {
            let head: String = chars[..cut].iter().collect();
            let Some(head_term) = self.spellings.get(&head).copied() else { continue };
            let tail = &chars[cut..];
            for link in ["", "s", "es", "n", "en", "e"] {
                let link: Vec<char> = link.chars().collect();
                if !tail.starts_with(&link) || tail.len() - link.len() < PART_MIN_CHARS {
                    continue;
                }
                let rest = &tail[link.len()..];
                let rest_text: String = rest.iter().collect();
                if let Some(t) = self.spellings.get(&rest_text) {
                    return Some(vec![vec![head_term], vec![*t]]);
                }
                if depth > 1 {
                    if let Some(mut parts) = self.split_chars(rest, depth - 1, typos) {
                        parts.insert(0, vec![head_term]);
                        return Some(parts);
                    }
                }
                let near = if typos { self.near(&rest_text) } else { Vec::new() };
                if !near.is_empty() {
                    return Some(vec![vec![head_term], near]);
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocabulary(words: &[&str]) -> Vocabulary {
        let mut v = Vocabulary::default();
        for w in words {
            let id = v.intern(w);
            v.add_word(w, id);
        }
        v
    }

    #[test]
    fn a_typo_of_five_letters_or_more_finds_its_term() {
        let v = vocabulary(&["breathing", "chest", "fever"]);
        assert_eq!(v.near("brething"), [v.get("breathing").unwrap_or(u32::MAX)]);
        assert_eq!(v.near("chets"), [v.get("chest").unwrap_or(u32::MAX)]);
        assert!(v.near("chet").is_empty(), "four letters are too short to forgive");
        assert!(v.near("breakfast").is_empty());
    }

    #[test]
    fn long_words_forgive_two_edits() {
        let v = vocabulary(&["excruciating"]);
        assert_eq!(v.near("excrutiatin").len(), 1);
        assert!(v.near("exrutiatin").is_empty(), "three edits are too many");
    }

    #[test]
    fn compounds_split_into_known_parts_with_linking_letters() {
        let v = vocabulary(&["brust", "brustkorb", "schmerz", "taubheit", "gefuhl"]);
        let parts = |s: &str| {
            v.split(s, true).map(|p| p.into_iter().map(|t| v.term(t[0]).to_string()).collect::<Vec<_>>())
        };
        assert_eq!(parts("brustschmerz"), Some(vec!["brust".to_string(), "schmerz".to_string()]));
        assert_eq!(parts("brustkorbschmerz"), Some(vec!["brustkorb".to_string(), "schmerz".to_string()]));
        assert_eq!(parts("taubheitsgefuhl"), Some(vec!["taubheit".to_string(), "gefuhl".to_string()]));
        assert_eq!(parts("brustschmerzn"), Some(vec!["brust".to_string(), "schmerz".to_string()]));
        assert_eq!(parts("rucken"), None);
        assert_eq!(v.split("brustschmerzn", false), None, "no typo forgiven when asked not to");
    }
}
