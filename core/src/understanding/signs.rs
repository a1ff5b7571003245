//! Red flags in free text: every lexicon's sign phrases, looked for in one message.
//!
//! Every language is read, not only the user's: a German runner with an English phone still
//! writes "Brustschmerzen", and missing that is worse than reading a few words too many.
//! Typos are forgiven in the user's own language only ("Brustschmerzn" is caught when the
//! user's language is German; with English set, only the correct spelling is), and a word
//! the user's own lexicon knows is read as that language's word only.

use std::collections::HashSet;

use super::{
    lexicon::Lexicon,
    reading::{Reading, Rules},
    text::{Kind, Token},
    Sign,
};

/// The words of `tokens` that `lex` knows as they are.
fn known_by(lex: &Lexicon, tokens: &[Token]) -> HashSet<String> {
    tokens
        .iter()
        .filter(|t| t.kind == Kind::Word && !lex.exact(t).is_empty())
        .map(|t| t.word.clone())
        .collect()
}

/// Whether the text asks itself about one thing and answers no: "fever? no", "chest pain:
/// nope". Only a short question of one clause counts; "chest pain, and fever? no" is left to
/// be read as it stands (a red flag read too many is the safe mistake).
fn answered_no(lexicons: &[&Lexicon], text: &str) -> bool {
    let text = text.trim().trim_end_matches(['.', '!', ' ']);
    let Some((cut, mark)) = text.char_indices().rev().find(|(_, c)| matches!(c, '?' | ':' | '-' | '–' | '—'))
    else {
        return false;
    };
    let (asked, answer) = (&text[..cut], text[cut + mark.len_utf8()..].trim());
    let one_clause = !asked.contains(['?', ':', ',', '.', ';', '!'])
        && (1..=6).contains(&asked.split_whitespace().count());
    let no = |lex: &&Lexicon| {
        super::choice::says_only(lex, answer, "no")
            || (answer.split_whitespace().count() == 1 && lex.negation_words.contains(&answer.to_lowercase()))
    };
    one_clause && !answer.is_empty() && lexicons.iter().any(no)
}

/// The signs the text describes in any of the lexicons, the user's own first, in the order
/// of [`Sign::ALL`].
pub(crate) fn red_flags(lexicons: &[&Lexicon], text: &str) -> Vec<Sign> {
    if answered_no(lexicons, text) {
        return Vec::new();
    }
    let tokenized: Vec<_> = lexicons.iter().map(|l| l.analyzer.tokens(text)).collect();
    let taken = match (lexicons.first(), tokenized.first()) {
        (Some(lex), Some(tokens)) => known_by(lex, tokens),
        _ => HashSet::new(),
    };
    let known: HashSet<String> = lexicons.iter().zip(&tokenized).flat_map(|(l, t)| known_by(l, t)).collect();
    let negating: HashSet<String> = lexicons.iter().flat_map(|l| l.negation_words.iter().cloned()).collect();
    let mut found = [false; Sign::ALL.len()];
    for (i, (lex, tokens)) in lexicons.iter().zip(&tokenized).enumerate() {
        let own = i == 0;
        let rules = Rules {
            typos: own,
            known: Some(&known),
            taken: (!own).then_some(&taken),
            negating: Some(&negating),
            drop_ignored: true,
        };
        let reading = Reading::new(lex, tokens, &rules);
        for (sign, phrases) in &lex.signs {
            let s = *sign as usize;
            if !found[s] && phrases.iter().any(|p| reading.finds(p)) {
                found[s] = true;
            }
        }
    }
    Sign::ALL.into_iter().filter(|s| found[*s as usize]).collect()
}
