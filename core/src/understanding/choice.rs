//! A typed answer matched to the options on screen.
//!
//! An option has two kinds of names: its label as shown, and the lexicon's synonyms for its
//! id ("nothing like that" for `none`).
//! - A label is matched word by word, in any order, typos forgiven. Labels often list
//!   alternatives ("Fever, or weight loss I can't explain"), so the text need not say all of
//!   it: the fit is the F0.5 measure, which weighs how much of the *text* the label explains
//!   (precision) above how much of the label the text says (recall). "fever" fits that label
//!   at 0.56; "pain" fits three labels equally and so picks none.
//! - A synonym is matched as a phrase, in order, and fits by the Dice coefficient over all
//!   words: 2·shared / (synonym's words + text's words). "nope" fits `none` at 1.
//!
//! A text that negates a label ("no chest pain") denies that one option and says nothing of
//! the others, so it is no answer at all. Otherwise the best option wins if it fits at least
//! [`MIN_FIT`] and no other fits as well; between equal fits, the one that matched more words
//! wins ("no sé" is the synonym "no sé" of `unsure`, not the label "No").

use super::{
    lexicon::Lexicon,
    reading::{Reading, Rules},
    text::Kind,
    vocabulary::{TermId, Vocabulary},
    Offer,
};

/// The least fit that counts as an answer: one word of a label in a text of three or four
/// words, or a one-word synonym in a text of four words ("hmm I guess no").
const MIN_FIT: f32 = 0.4;

/// F-measure with β = 0.5: precision counts four times as much as recall.
fn f_half(precision: f32, recall: f32) -> f32 {
    if precision + recall == 0.0 {
        0.0
    } else {
        1.25 * precision * recall / (0.25 * precision + recall)
    }
}

pub(crate) fn choose(lex: &Lexicon, text: &str, options: &[Offer<'_>]) -> Option<usize> {
    let tokens = lex.analyzer.tokens(text);
    let reading = Reading::new(lex, &tokens, &Rules { typos: true, ..Rules::default() });
    let is_word = |i: usize| tokens.get(reading.slots[i].token).is_some_and(|t| t.kind != Kind::Punct);
    let is_content = |terms: &[TermId]| !terms.iter().any(|t| lex.stopwords.contains(t));
    let words = (0..reading.slots.len()).filter(|i| is_word(*i)).count().max(1);
    let content =
        (0..reading.slots.len()).filter(|i| is_word(*i) && is_content(&reading.slots[*i].terms)).count();

    // Every label's words in one vocabulary, so that each typed word is compared once.
    let mut labels = Vocabulary::default();
    let mut label_terms: Vec<Vec<TermId>> = Vec::with_capacity(options.len());
    for option in options {
        let words: Vec<_> =
            lex.analyzer.tokens(option.label).into_iter().filter(|t| t.kind != Kind::Punct).collect();
        let meaningful: Vec<_> = words
            .iter()
            .filter(|t| lex.vocab.get(&t.stem).is_none_or(|id| !lex.stopwords.contains(&id)))
            .collect();
        let chosen = if meaningful.is_empty() { words.iter().collect() } else { meaningful };
        let mut terms: Vec<TermId> = chosen
            .iter()
            .map(|t| {
                let id = labels.intern(&t.stem);
                labels.add_word(&t.word, id);
                id
            })
            .collect();
        terms.sort_unstable();
        terms.dedup();
        label_terms.push(terms);
    }
    // Which label terms each position of the text may be.
    let present: Vec<Vec<TermId>> = reading
        .slots
        .iter()
        .map(|s| match tokens.get(s.token) {
            Some(t) if t.kind != Kind::Punct => match labels.get(&t.stem) {
                Some(id) => vec![id],
                None => {
                    let near = labels.near(&t.word);
                    match labels.split(&t.stem, false) {
                        Some(parts) if near.is_empty() && lex.compounds => parts.concat(),
                        _ => near,
                    }
                }
            },
            _ => Vec::new(),
        })
        .collect();

    // (fit, words matched, kinds of evidence: its label's words, a synonym) per option.
    let mut fits: Vec<(f32, usize, usize)> = Vec::with_capacity(options.len());
    for (option, terms) in options.iter().zip(&label_terms) {
        let mut shared = 0usize;
        let mut first: Option<usize> = None;
        for term in terms {
            if let Some(p) = present.iter().position(|ts| ts.contains(term)) {
                shared += 1;
                first = Some(first.map_or(p, |f: usize| f.min(p)));
            }
        }
        // A negation before the label's first word denies it ("no chest pain"); one inside
        // it is part of it ("Not sure").
        if first.is_some_and(|p| reading.negated(p)) {
            return None;
        }
        let mut best = (0.0f32, 0usize);
        let mut kinds = 0;
        if shared > 0 {
            let precision = shared as f32 / content.max(shared) as f32;
            let recall = shared as f32 / terms.len() as f32;
            best = (f_half(precision, recall), shared);
            kinds += 1;
        }
        let mut said = false;
        for phrase in lex.answers.get(option.id).into_iter().flatten() {
            if reading.finds(phrase) {
                said = true;
                let len = phrase.terms.len();
                let fit = (2.0 * len as f32 / (len + words) as f32).min(1.0);
                if (fit, len) > best {
                    best = (fit, len);
                }
            }
        }
        fits.push((best.0, best.1, kinds + usize::from(said)));
    }
    // Between equal fits, the one that matched more words wins, then the one with both its
    // label's words and a synonym: "seit ein paar Tagen, wird besser" shares "ein paar Tage"
    // with two labels, and "wird besser" says which.
    let better = |a: &(f32, usize, usize), b: &(f32, usize, usize)| {
        if (a.0 - b.0).abs() < 1e-6 {
            (a.1, a.2).cmp(&(b.1, b.2))
        } else {
            a.0.total_cmp(&b.0)
        }
    };
    let (best, top) = fits.iter().enumerate().max_by(|a, b| better(a.1, b.1))?;
    let rivals = fits.iter().filter(|f| better(f, top).is_eq()).count();
    (top.0 >= MIN_FIT && rivals == 1).then_some(best)
}

/// Whether the text is, word for word, one of the lexicon's phrases for `id` and nothing
/// more: "back" and "go back" are, "it comes back after runs" is not.
pub(crate) fn says_only(lex: &Lexicon, text: &str, id: &str) -> bool {
    let tokens = lex.analyzer.tokens(text);
    let reading = Reading::new(lex, &tokens, &Rules { typos: false, ..Rules::default() });
    let words =
        reading.slots.iter().filter(|s| tokens.get(s.token).is_some_and(|t| t.kind != Kind::Punct)).count();
    lex.answers
        .get(id)
        .into_iter()
        .flatten()
        .any(|phrase| phrase.terms.len() == words && reading.finds(phrase))
}
