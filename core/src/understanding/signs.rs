//! Red flags in free text: every lexicon's sign phrases, looked for in one message.
//!
//! Every language is read, not only the user's: a German runner with an English phone still
//! writes "Brustschmerzen", and missing that is worse than reading a few words too many.

use std::collections::HashSet;

use super::{lexicon::Lexicon, reading::Reading, text::Kind, Sign};

/// The signs the text describes in any of the lexicons, in the order of [`Sign::ALL`].
pub(crate) fn red_flags(lexicons: &[&Lexicon], text: &str) -> Vec<Sign> {
    let tokenized: Vec<_> = lexicons.iter().map(|l| l.analyzer.tokens(text)).collect();
    // A word any lexicon knows as it is is no typo in another ("never" is not French).
    let mut known: HashSet<String> = HashSet::new();
    for (lex, tokens) in lexicons.iter().zip(&tokenized) {
        known.extend(
            tokens
                .iter()
                .filter(|t| t.kind == Kind::Word && !lex.exact(t).is_empty())
                .map(|t| t.word.clone()),
        );
    }
    // A negation in any language negates: "no tengo fiebre" read with the German lexicon
    // still says there is no fever.
    let negating: HashSet<String> = lexicons.iter().flat_map(|l| l.negation_words.iter().cloned()).collect();
    let mut found = [false; Sign::ALL.len()];
    for (lex, tokens) in lexicons.iter().zip(&tokenized) {
        let reading = Reading::new(lex, tokens, &known, &negating, true);
        for (sign, phrases) in &lex.signs {
            let i = *sign as usize;
            if !found[i] && phrases.iter().any(|p| reading.finds(p)) {
                found[i] = true;
            }
        }
    }
    Sign::ALL.into_iter().filter(|s| found[*s as usize]).collect()
}
