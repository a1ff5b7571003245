//! Typed pain scores: "7", "about 7/10", "7 out of 10", "sieben", "un 7", "7 sur 10".
//!
//! The rules, in order:
//! - the 10 right after a lexicon `out_of` word ("/", "out of", "von", "sur") is the scale,
//!   not a score;
//! - the words for one are also articles and pronouns ("un peu", "this one hurts"), so they
//!   count only when no word follows them;
//! - a number that measures something else is no score: one followed by a lexicon `unit`
//!   (a time, a distance, a count: "for 6 months", "seit 3 Wochen", "10 km", "3 times a
//!   week", in the user's language or any other), one glued to a unit ("10km", "3x"), and
//!   the other end of a range that one ends ("7-8 weeks"). When that is every number, the
//!   runner is asked for a score again rather than given one made of a duration;
//! - digits beat number words ("seven, I mean 7", "un 7");
//! - numbers outside 0–10 are no scores ("after 20 minutes it's a 6", "-1");
//! - a decimal is rounded half up ("7.5" → 8, "7,5" → 8);
//! - two numbers joined by a range word ("7 or 8", "7-8", "between 7 and 8") give the higher
//!   one, the safe reading of a runner who hesitates on a scale whose top is a red flag;
//! - any other mix of numbers ("5, then a 3") is unclear: the bot asks again.

use super::{
    lexicon::Lexicon,
    text::{Kind, Token},
    vocabulary::TermId,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reading {
    Score(u8),
    /// Numbers, but no single score.
    Unclear,
    /// No number at all.
    Nothing,
    /// Numbers, none of them on the 0–10 scale ("11", "15/10").
    OffScale,
    /// Numbers, each of them a time, a distance or a count ("for 6 months", "10 km").
    Measure,
}

struct Candidate {
    at: usize,
    value: f32,
    digits: bool,
}

/// A digit token's value; long digit strings are no scores.
fn digits(token: &Token) -> Option<f32> {
    if token.kind != Kind::Number || token.word.len() > 6 {
        return None;
    }
    token.word.parse::<f32>().ok().filter(|v| v.is_finite())
}

/// Whether an `out_of` phrase ends right before position `at`.
fn after_out_of(lex: &Lexicon, terms: &[Vec<TermId>], at: usize) -> bool {
    lex.out_of.iter().any(|phrase| {
        let n = phrase.terms.len();
        at >= n
            && phrase
                .terms
                .iter()
                .zip(&terms[at - n..at])
                .all(|(alternatives, t)| t.iter().any(|t| alternatives.contains(t)))
    })
}

/// Whether the number at `at` is followed by a unit ("6 months", "3-week"), as `lex` or any
/// of `others` reads it.
fn measures(lex: &Lexicon, others: &[&Lexicon], tokens: &[Token], at: usize) -> bool {
    let next = match tokens.get(at + 1) {
        Some(t) if t.kind == Kind::Punct && t.word == "-" => tokens.get(at + 2),
        next => next,
    };
    next.is_some_and(|t| {
        t.kind == Kind::Word && (lex.is_unit(t) || others.iter().any(|o| o.is_unit_word(&t.word)))
    })
}

/// Whether a word is digits glued to a unit ("10km", "5k", "3x").
fn glued_measure(lex: &Lexicon, others: &[&Lexicon], token: &Token) -> bool {
    if token.kind != Kind::Word || !token.word.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let unit = token.word.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
    !unit.is_empty()
        && unit.chars().all(char::is_alphabetic)
        && (lex.is_unit_word(unit) || others.iter().any(|o| o.is_unit_word(unit)))
}

/// The text's numbers read with `lex`; `others`' units count too (see [`measures`]).
pub(crate) fn read(lex: &Lexicon, others: &[&Lexicon], text: &str) -> Reading {
    let tokens = lex.analyzer.tokens(text);
    let exact: Vec<Vec<TermId>> = tokens.iter().map(|t| lex.exact(t)).collect();
    let mut candidates = Vec::new();
    // A measure written as one word: "10km", "5k", "3x", "2h".
    let mut glued = false;
    for (at, token) in tokens.iter().enumerate() {
        if glued_measure(lex, others, token) {
            glued = true;
            continue;
        }
        let (value, is_digits) = match digits(token) {
            // A minus sign that opens the message makes it negative ("-1"): off the scale,
            // not a 1. Between two numbers it is a range ("7-8").
            Some(v)
                if at == 1
                    && tokens[0].kind == Kind::Punct
                    && matches!(tokens[0].word.as_str(), "-" | "–") =>
            {
                (-v, true)
            }
            Some(v) => (v, true),
            None => match exact[at].iter().find_map(|t| lex.numbers.get(t)) {
                Some(v) => (f32::from(*v), false),
                None => continue,
            },
        };
        if value == 10.0 && after_out_of(lex, &exact, at) {
            continue;
        }
        let word_follows = tokens.get(at + 1).is_some_and(|t| t.kind == Kind::Word);
        if !is_digits && value == 1.0 && word_follows {
            continue;
        }
        candidates.push(Candidate { at, value, digits: is_digits });
    }
    if candidates.is_empty() {
        return if glued { Reading::Measure } else { Reading::Nothing };
    }
    // Measures are taken out first: "6 months, and a 7 today" is a 7, whatever kind of
    // number each is written as.
    let mut measure: Vec<bool> = candidates.iter().map(|c| measures(lex, others, &tokens, c.at)).collect();
    for i in (0..candidates.len().saturating_sub(1)).rev() {
        if measure[i + 1] && joined_by_range(lex, &exact, candidates[i].at, candidates[i + 1].at) {
            measure[i] = true;
        }
    }
    let mut measured = measure.into_iter();
    candidates.retain(|_| !measured.next().unwrap_or(false));
    if candidates.is_empty() {
        return Reading::Measure;
    }
    if candidates.iter().any(|c| c.digits) {
        candidates.retain(|c| c.digits);
    }
    candidates.retain(|c| (0.0..=10.0).contains(&c.value));
    if candidates.is_empty() {
        return Reading::OffScale;
    }
    let rounded = |c: &Candidate| (c.value + 0.5).floor() as u8;
    let mut values: Vec<u8> = candidates.iter().map(rounded).collect();
    values.sort_unstable();
    values.dedup();
    match (values.as_slice(), candidates.as_slice()) {
        ([one], _) => Reading::Score(*one),
        (_, [a, b]) if joined_by_range(lex, &exact, a.at, b.at) => Reading::Score(rounded(a).max(rounded(b))),
        _ => Reading::Unclear,
    }
}

/// Only range words stand between the two positions: "7 or 8", "7-8", "7 to 8".
fn joined_by_range(lex: &Lexicon, terms: &[Vec<TermId>], a: usize, b: usize) -> bool {
    b > a + 1 && terms[a + 1..b].iter().all(|t| t.iter().any(|t| lex.range.contains(t)))
}

/// The one amount a text gives, whatever it measures: "about 9 hours", "9h", "neun
/// Stunden", "7-8 heures" (a range gives its higher end). `None` when it gives none, or
/// several that are no range ("4 runs of 10 km"). For questions about an amount, where the
/// unit is the question's.
pub(crate) fn amount(lex: &Lexicon, text: &str) -> Option<f32> {
    let tokens = lex.analyzer.tokens(text);
    let exact: Vec<Vec<TermId>> = tokens.iter().map(|t| lex.exact(t)).collect();
    let mut found: Vec<(usize, f32, bool)> = Vec::new();
    for (at, token) in tokens.iter().enumerate() {
        let glued = || {
            let digits: String = token.word.chars().take_while(|c| c.is_ascii_digit() || *c == '.').collect();
            let rest = &token.word[digits.len()..];
            (token.kind == Kind::Word && !digits.is_empty() && rest.chars().all(char::is_alphabetic))
                .then(|| digits.parse::<f32>().ok())
                .flatten()
        };
        let word_follows = tokens.get(at + 1).is_some_and(|t| t.kind == Kind::Word);
        match digits(token).or_else(glued) {
            Some(v) => found.push((at, v, true)),
            None => {
                if let Some(v) = exact[at].iter().find_map(|t| lex.numbers.get(t)) {
                    if *v != 1 || !word_follows {
                        found.push((at, f32::from(*v), false));
                    }
                }
            }
        }
    }
    if found.iter().any(|f| f.2) {
        found.retain(|f| f.2);
    }
    match found.as_slice() {
        [(_, v, _)] => Some(*v),
        [(a, x, _), (b, y, _)] if joined_by_range(lex, &exact, *a, *b) => Some(x.max(*y)),
        _ => None,
    }
}
