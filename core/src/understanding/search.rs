//! Typed questions matched to what the bot already knows: a BM25 index over the FAQ, tips
//! and stretch texts in the user's language, and a confidence test that decides whether the
//! best match is good enough to answer with.
//!
//! Scoring is BM25F: a term's frequency in the title (the FAQ question) counts
//! [`TITLE_WEIGHT`] times its frequency in the body, each normalised by its field's length.
//! Query words go through the lexicon's stemmer and stopwords; a query word the index does
//! not know may be a typo of one it does, or (German) a compound of known parts.

use std::collections::{HashMap, HashSet};

use super::{
    lexicon::Lexicon,
    text::{Analyzer, Kind},
    vocabulary::{TermId, Vocabulary},
};

const K1: f32 = 1.2;
const B: f32 = 0.75;
/// A question is what people type; its words say more about the document than the answer's.
const TITLE_WEIGHT: f32 = 2.5;

/// How much of the query the best document must cover, by the weight (IDF) of the query's
/// words, for [`SearchIndex::best`] to answer with it. A word the index does not have weighs
/// as much as its rarest word, so "what's the weather tomorrow" covers nothing.
///
/// Calibrated on the tables in `core/tests/understanding.rs`: 13 to 17 typed questions and 15
/// to 18 off-topic texts per language, over the built-in FAQ, tips and stretch routine. The
/// questions cover 0.50 and more of their weight (the lowest: "können meine Schuhe schuld
/// sein?", one of its two words); the off-topic texts at most 0.44 (one running word in a
/// short text: "ich liebe das Laufen", "j'adore courir"). 0.47 sits between the two. The
/// [`DISTINCTIVE`] rule alone already turns away "I love running" and "running is fun".
/// Paraphrases that share only a third of their words with the text ("are my old shoes the
/// problem") stay below: the bot shows its menu rather than guess.
pub const MIN_COVERAGE: f32 = 0.47;

/// A word found in at most this many documents says what a question is about ("cadence",
/// "shoes", "foam": a topic has its FAQ entry, its tip and its stretch); one found in more
/// ("run", "back", "stretch") only says it is about running. The best
/// document must share at least one such word with the query.
pub const DISTINCTIVE: usize = 3;

/// A document to search: `title` is the FAQ question (or a short heading), `body` the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Doc {
    pub id: String,
    pub title: String,
    pub body: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub id: String,
    pub score: f32,
}

/// How sure [`SearchIndex::best`] would be of its best document.
#[derive(Debug, Clone, PartialEq)]
pub struct Confidence {
    pub hit: Hit,
    /// The share of the query's weight (IDF) that the document covers, from 0 to 1.
    pub coverage: f32,
    /// The document has a query word that at most [`DISTINCTIVE`] documents have.
    pub distinctive: bool,
}

#[derive(Debug, Clone, Copy)]
struct Posting {
    doc: usize,
    title: f32,
    body: f32,
}

struct DocStats {
    id: String,
    title_len: f32,
    body_len: f32,
}

pub struct SearchIndex {
    analyzer: Analyzer,
    /// Every spelling the lexicon knows: such a query word is never read as a typo of another
    /// ("Wetter" is not "weiter").
    lexicon_words: HashSet<String>,
    compounds: bool,
    stopwords: HashSet<String>,
    vocab: Vocabulary,
    /// By term.
    postings: Vec<Vec<Posting>>,
    docs: Vec<DocStats>,
    avg_title: f32,
    avg_body: f32,
}

/// One query word: the index terms it may stand for (none when the index does not know it),
/// and how sure that reading is.
struct QueryWord {
    terms: Vec<TermId>,
    /// 1 for a word the index has; [`GUESS`] for a typo or the start of a longer word.
    certainty: f32,
}

/// A query word read as a typo ("cadance") or as the start of a longer word ("physio" for
/// "physiotherapy") covers only this much of its weight: it is a guess.
const GUESS: f32 = 0.6;

impl SearchIndex {
    pub(crate) fn new(lex: &Lexicon, docs: Vec<Doc>) -> Self {
        let analyzer = Analyzer::new(lex.analyzer.algorithm(), lex.analyzer.elisions());
        let mut index = SearchIndex {
            analyzer,
            lexicon_words: lex.vocab.spellings().cloned().collect(),
            compounds: lex.compounds,
            stopwords: lex.stopword_stems.clone(),
            vocab: Vocabulary::default(),
            postings: Vec::new(),
            docs: Vec::new(),
            avg_title: 0.0,
            avg_body: 0.0,
        };
        for (doc, d) in docs.into_iter().enumerate() {
            let mut counts: HashMap<TermId, (f32, f32)> = HashMap::new();
            let title = index.field(&d.title);
            let body = index.field(&d.body);
            for t in &title {
                counts.entry(*t).or_default().0 += 1.0;
            }
            for t in &body {
                counts.entry(*t).or_default().1 += 1.0;
            }
            let mut counts: Vec<_> = counts.into_iter().collect();
            counts.sort_unstable_by_key(|(t, _)| *t);
            for (term, (title, body)) in counts {
                let t = term as usize;
                if index.postings.len() <= t {
                    index.postings.resize_with(t + 1, Vec::new);
                }
                index.postings[t].push(Posting { doc, title, body });
            }
            index.docs.push(DocStats {
                id: d.id,
                title_len: title.len() as f32,
                body_len: body.len() as f32,
            });
        }
        let n = index.docs.len().max(1) as f32;
        index.avg_title = (index.docs.iter().map(|d| d.title_len).sum::<f32>() / n).max(1.0);
        index.avg_body = (index.docs.iter().map(|d| d.body_len).sum::<f32>() / n).max(1.0);
        index
    }

    /// The content terms of a field, made if new.
    fn field(&mut self, text: &str) -> Vec<TermId> {
        let tokens = self.analyzer.tokens(text);
        let mut out = Vec::new();
        for t in tokens {
            if t.kind == Kind::Punct || self.stopwords.contains(&t.stem) {
                continue;
            }
            let id = self.vocab.intern(&t.stem);
            let plain = self.analyzer.stem(&t.word);
            self.vocab.alias(&plain, id);
            self.vocab.add_word(&t.word, id);
            out.push(id);
        }
        out
    }

    fn query(&self, query: &str) -> Vec<QueryWord> {
        let mut seen = HashSet::new();
        let mut words = Vec::new();
        for t in self.analyzer.tokens(query) {
            if t.kind == Kind::Punct || self.stopwords.contains(&t.stem) || !seen.insert(t.stem.clone()) {
                continue;
            }
            if let Some(id) = self.vocab.get(&t.stem) {
                words.push(QueryWord { terms: vec![id], certainty: 1.0 });
                continue;
            }
            if t.kind != Kind::Word {
                words.push(QueryWord { terms: Vec::new(), certainty: 1.0 });
                continue;
            }
            if self.compounds {
                if let Some(parts) = self.vocab.split(&t.stem, true) {
                    words.extend(parts.into_iter().map(|terms| QueryWord { terms, certainty: 1.0 }));
                    continue;
                }
            }
            if self.lexicon_words.contains(&t.word) || self.lexicon_words.contains(&t.stem) {
                words.push(QueryWord { terms: Vec::new(), certainty: 1.0 });
                continue;
            }
            let mut terms = self.vocab.near(&t.word);
            if terms.is_empty() {
                terms = self.vocab.starting_with(&t.word);
            }
            words.push(QueryWord { terms, certainty: GUESS });
        }
        words
    }

    fn idf(&self, term: Option<TermId>) -> f32 {
        let n = self.docs.len() as f32;
        let df = term.and_then(|t| self.postings.get(t as usize)).map_or(0, Vec::len) as f32;
        (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
    }

    /// Every document's BM25F score, the IDF weight of the query words it contains (guesses
    /// count for part of theirs), and whether one of them is [distinctive](DISTINCTIVE).
    fn scores(&self, words: &[QueryWord]) -> Vec<(f32, f32, bool)> {
        let mut scores = vec![(0.0f32, 0.0f32, false); self.docs.len()];
        for word in words {
            // A typo may stand for several terms: each document counts its best one.
            let mut best: HashMap<usize, (f32, f32, bool)> = HashMap::new();
            for term in &word.terms {
                let idf = self.idf(Some(*term));
                let postings = self.postings.get(*term as usize).map(Vec::as_slice).unwrap_or_default();
                let distinctive = postings.len() <= DISTINCTIVE;
                for p in postings {
                    let d = &self.docs[p.doc];
                    let title = p.title / (1.0 - B + B * d.title_len / self.avg_title);
                    let body = p.body / (1.0 - B + B * d.body_len / self.avg_body);
                    let tf = TITLE_WEIGHT * title + body;
                    let s = idf * tf * (K1 + 1.0) / (K1 + tf);
                    let e = best.entry(p.doc).or_default();
                    if s > e.0 {
                        *e = (s, idf, e.2 || distinctive);
                    }
                }
            }
            for (doc, (s, idf, distinctive)) in best {
                scores[doc].0 += s * word.certainty;
                scores[doc].1 += idf * word.certainty;
                scores[doc].2 |= distinctive;
            }
        }
        scores
    }

    /// The weight of the whole query: a word the index does not have weighs as much as its
    /// rarest word (a word in one document only).
    fn weight(&self, words: &[QueryWord]) -> f32 {
        let n = self.docs.len() as f32;
        let rarest = (1.0 + (n - 0.5) / 1.5).ln();
        words
            .iter()
            .map(|w| w.terms.iter().map(|t| self.idf(Some(*t))).fold(f32::NAN, f32::max))
            .map(|w| if w.is_nan() { rarest } else { w })
            .sum()
    }

    /// Documents ranked by BM25F, best first (ties by the order they were given in), with
    /// their scores; documents that share no word with the query are left out.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        let words = self.query(query);
        let mut ranked: Vec<(usize, f32)> = self
            .scores(&words)
            .into_iter()
            .map(|(s, _, _)| s)
            .enumerate()
            .filter(|(_, s)| *s > 0.0)
            .collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        ranked.into_iter().map(|(d, score)| Hit { id: self.docs[d].id.clone(), score }).collect()
    }

    /// The best document, how much of the query's weight it covers (0 to 1), and whether it
    /// shares a [distinctive](DISTINCTIVE) word with the query.
    pub fn confidence(&self, query: &str) -> Option<Confidence> {
        let words = self.query(query);
        let weight = self.weight(&words);
        let scores = self.scores(&words);
        let (doc, (score, covered, distinctive)) = scores
            .iter()
            .copied()
            .enumerate()
            .filter(|(_, (s, _, _))| *s > 0.0)
            .max_by(|a, b| a.1 .0.total_cmp(&b.1 .0).then(b.0.cmp(&a.0)))?;
        let coverage = if weight > 0.0 { covered / weight } else { 0.0 };
        Some(Confidence { hit: Hit { id: self.docs[doc].id.clone(), score }, coverage, distinctive })
    }

    /// The best document when the match is confident enough to answer with it: it covers
    /// [`MIN_COVERAGE`] of the query and shares a [distinctive](DISTINCTIVE) word with it.
    /// `None` otherwise, and the bot says it did not understand and shows its menu.
    pub fn best(&self, query: &str) -> Option<Hit> {
        self.confidence(query).filter(|c| c.coverage >= MIN_COVERAGE && c.distinctive).map(|c| c.hit)
    }
}
