//! A text read with one lexicon: each word resolved to the terms it may stand for (exactly,
//! as a typo, or as the parts of a compound), clause breaks marked, and the phrase search
//! with its negation rule that red flags and answers share.

use std::collections::{HashMap, HashSet};

use super::{
    lexicon::{Lexicon, Phrase},
    text::{Kind, Token},
    vocabulary::TermId,
};

/// Up to this many other words may stand between two words of a phrase ("pain in my chest").
pub(crate) const GAP: usize = 3;
/// A negation reaches this many words ahead ("I don't have any chest pain").
pub(crate) const NEGATION_REACH: usize = 4;

/// One position of the text.
#[derive(Debug, Clone)]
pub(crate) struct Slot {
    /// Every term the word may stand for; empty for a word the lexicon does not know.
    pub terms: Vec<TermId>,
    /// Ends a clause: no phrase and no negation reaches across it.
    pub brk: bool,
    /// Negates what follows in its clause.
    pub neg: bool,
    /// The token this slot comes from (the parts of a compound share theirs).
    pub token: usize,
}

pub(crate) struct Reading<'a> {
    lex: &'a Lexicon,
    pub slots: Vec<Slot>,
    /// Where each term occurs, in order.
    at: HashMap<TermId, Vec<usize>>,
}

/// How a text is read with one lexicon, when other lexicons read it too.
#[derive(Default)]
pub(crate) struct Rules<'r> {
    /// Forgive typos: in the user's own language only, since across languages too many
    /// ordinary words are one letter from another language's sign.
    pub typos: bool,
    /// Words some lexicon knows as they are: never read as typos ("never" is not "fever").
    pub known: Option<&'r HashSet<String>>,
    /// Words the user's own lexicon knows: another language's reading leaves them alone
    /// (English "empire" is not French "empire", it worsens; German "vom" is not French "vomi").
    pub taken: Option<&'r HashSet<String>>,
    /// Other languages' negations, which negate too ("no tengo fiebre" read with the German
    /// lexicon still denies the fever).
    pub negating: Option<&'r HashSet<String>>,
    /// Remove the lexicon's `ignore` phrases ("chest stretch") first.
    pub drop_ignored: bool,
}

/// What a word resolved to: its own term, a compound's parts, or typo candidates.
fn resolve(lex: &Lexicon, token: &Token, rules: &Rules<'_>) -> Vec<Vec<TermId>> {
    if rules.taken.is_some_and(|t| t.contains(&token.word)) {
        return vec![Vec::new()];
    }
    let exact = lex.exact(token);
    if !exact.is_empty() {
        return vec![exact];
    }
    if token.kind != Kind::Word || rules.known.is_some_and(|k| k.contains(&token.word)) {
        return vec![Vec::new()];
    }
    if lex.compounds {
        if let Some(parts) = lex.vocab.split(&token.stem, rules.typos) {
            return parts;
        }
    }
    vec![if rules.typos { lex.vocab.near(&token.word) } else { Vec::new() }]
}

impl<'a> Reading<'a> {
    pub fn new(lex: &'a Lexicon, tokens: &[Token], rules: &Rules<'_>) -> Self {
        let mut cache: HashMap<&str, Vec<Vec<TermId>>> = HashMap::new();
        let mut slots = Vec::with_capacity(tokens.len());
        for (i, token) in tokens.iter().enumerate() {
            if token.kind == Kind::Punct {
                let terms = lex.exact(token);
                if !terms.is_empty() {
                    let brk = terms.iter().any(|t| lex.breaks.contains(t));
                    slots.push(Slot { terms, brk, neg: false, token: i });
                }
                continue;
            }
            let parts = cache.entry(token.word.as_str()).or_insert_with(|| resolve(lex, token, rules));
            let whole = parts.len() == 1;
            for terms in parts.iter() {
                let brk = terms.iter().any(|t| lex.breaks.contains(t));
                let neg = terms.iter().any(|t| lex.negations.contains(t))
                    || (whole && rules.negating.is_some_and(|n| n.contains(&token.word)));
                slots.push(Slot { terms: terms.clone(), brk, neg, token: i });
            }
        }
        let mut reading = Reading { lex, slots, at: HashMap::new() };
        reading.index();
        if rules.drop_ignored && !lex.ignore.is_empty() {
            let mut dropped = vec![false; reading.slots.len()];
            for phrase in &lex.ignore {
                for start in reading.starts(phrase) {
                    let len = phrase.terms.len();
                    let fits = start + len <= reading.slots.len()
                        && phrase.terms.iter().enumerate().all(|(k, alts)| reading.matches(start + k, alts));
                    if fits {
                        for (k, keep) in phrase.keep.iter().enumerate() {
                            dropped[start + k] |= !keep;
                        }
                    }
                }
            }
            if dropped.iter().any(|d| *d) {
                let mut keep = dropped.iter().map(|d| !d);
                reading.slots.retain(|_| keep.next().unwrap_or(true));
                reading.index();
            }
        }
        reading
    }

    fn index(&mut self) {
        self.at.clear();
        for (p, slot) in self.slots.iter().enumerate() {
            for t in &slot.terms {
                self.at.entry(*t).or_default().push(p);
            }
        }
    }

    fn matches(&self, p: usize, alternatives: &[TermId]) -> bool {
        self.slots.get(p).is_some_and(|s| s.terms.iter().any(|t| alternatives.contains(t)))
    }

    /// Positions where the phrase's first word occurs, in order.
    fn starts(&self, phrase: &Phrase) -> Vec<usize> {
        let mut starts: Vec<usize> = phrase
            .terms
            .first()
            .into_iter()
            .flatten()
            .filter_map(|t| self.at.get(t))
            .flatten()
            .copied()
            .collect();
        starts.sort_unstable();
        starts.dedup();
        starts
    }

    /// Whether a negation earlier in the clause reaches position `p`. A pronoun or a clause
    /// break in between stops it: "no, I have chest pain", "no I have chest pain".
    pub fn negated(&self, p: usize) -> bool {
        for q in (p.saturating_sub(NEGATION_REACH)..p).rev() {
            let slot = &self.slots[q];
            if slot.brk || slot.terms.iter().any(|t| self.lex.negation_stops.contains(t)) {
                return false;
            }
            if slot.neg {
                return true;
            }
        }
        false
    }

    /// Whether the phrase occurs: its words in order, each at most [`GAP`] words after the
    /// previous one, within one clause, and not negated (before it or between its words). A
    /// negation that is one of the phrase's own words is part of what it says ("I can not
    /// breathe", "kriege keine Luft") and never cancels it.
    pub fn finds(&self, phrase: &Phrase) -> bool {
        let mut frontier: Vec<usize> =
            self.starts(phrase).into_iter().filter(|p| !self.negated(*p)).collect();
        for alternatives in phrase.terms.iter().skip(1) {
            let mut next = Vec::new();
            for &p in &frontier {
                for q in p + 1..=(p + 1 + GAP).min(self.slots.len().saturating_sub(1)) {
                    if self.matches(q, alternatives) {
                        next.push(q);
                    }
                    // A negation between two words of the phrase negates it too: "je ne suis
                    // pas tombé".
                    if self.slots[q].brk || self.slots[q].neg {
                        break;
                    }
                }
            }
            next.sort_unstable();
            next.dedup();
            if next.is_empty() {
                return false;
            }
            frontier = next;
        }
        !frontier.is_empty()
    }
}
