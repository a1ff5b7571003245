//! What runners type, read just well enough to keep them safe and to route them.
//!
//! Buttons cover most of a check, but people also type: "my chest hurts", "7/10", "nope",
//! "how long should I hold a stretch?". This module exists for two reasons. First, **safety**:
//! a red flag ("I can't breathe", "j'ai mal à la poitrine") must be spotted in free text in any
//! of the bot's languages, whatever question was on screen, so the bot can stop and send the
//! runner to a doctor. Second, **routing**: a typed answer is matched to the options on
//! screen, a typed pain score is read, and a typed question is matched to the FAQ, tips and
//! stretch texts the bot already has.
//!
//! It is not a chatbot and never makes up an answer: it only finds signs that a clinician
//! wrote down in the lexicon files (`core/content/lexicon/<tag>.toml`), and texts that the bot
//! already says. When it is not sure it says so (`None`), and the bot shows its buttons.
//!
//! Everything here is pure and deterministic: no I/O, no randomness, no global state. Build an
//! [`Understanding`] once at start-up and share it; queries only read it.

mod choice;
mod lexicon;
mod numbers;
mod reading;
mod search;
mod signs;
mod text;
mod vocabulary;

use serde::{Deserialize, Serialize};

pub use lexicon::UnderstandingError;
pub use search::{Confidence, Doc, Hit, SearchIndex, DISTINCTIVE, MIN_COVERAGE};

use lexicon::Lexicon;

/// The locale whose lexicon answers for a tag that has none (as [`crate::i18n`] falls back).
const FALLBACK_TAG: &str = crate::i18n::SOURCE_LOCALE;

/// A red flag a runner can describe in words. The ids are those the content and the lexicon
/// files use; the first six need emergency care, the others a professional soon.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sign {
    /// Chest pain, pressure or tightness.
    Chest,
    /// Trouble breathing that does not settle (not the ordinary "out of breath" of a sprint).
    Breath,
    /// Pain spreading to the arm, the shoulder and arm, or the jaw.
    Spread,
    /// A cold sweat, or sweating or feeling sick along with the pain.
    Sweat,
    /// Lost control of the bladder or bowels.
    Bladder,
    /// Fainted, passed out, blacked out or collapsed.
    Faint,
    /// It started after a fall, a crash, a knock or an accident.
    Fall,
    /// Numbness, tingling, pins and needles or weakness in an arm, a hand or a leg.
    Nerves,
    /// Fever, a temperature or chills.
    Fever,
    /// Weight loss without an explanation.
    Weight,
    /// Pain at night or at rest.
    Night,
    /// Keeps getting worse.
    Worse,
    /// Has lasted weeks.
    Long,
    /// Unbearable, the worst pain ever.
    Severe,
}

impl Sign {
    /// Every sign, emergencies first: the order [`Understanding::red_flags`] reports them in.
    pub const ALL: [Sign; 14] = [
        Sign::Chest,
        Sign::Breath,
        Sign::Spread,
        Sign::Sweat,
        Sign::Bladder,
        Sign::Faint,
        Sign::Fall,
        Sign::Nerves,
        Sign::Fever,
        Sign::Weight,
        Sign::Night,
        Sign::Worse,
        Sign::Long,
        Sign::Severe,
    ];

    /// The id the lexicon files and the assessment use.
    pub fn id(self) -> &'static str {
        match self {
            Sign::Chest => "chest",
            Sign::Breath => "breath",
            Sign::Spread => "spread",
            Sign::Sweat => "sweat",
            Sign::Bladder => "bladder",
            Sign::Faint => "faint",
            Sign::Fall => "fall",
            Sign::Nerves => "nerves",
            Sign::Fever => "fever",
            Sign::Weight => "weight",
            Sign::Night => "night",
            Sign::Worse => "worse",
            Sign::Long => "long",
            Sign::Severe => "severe",
        }
    }

    pub fn from_id(id: &str) -> Option<Sign> {
        Sign::ALL.into_iter().find(|s| s.id() == id)
    }

    /// Needs emergency care now, rather than a professional soon.
    pub fn is_emergency(self) -> bool {
        matches!(self, Sign::Chest | Sign::Breath | Sign::Spread | Sign::Sweat | Sign::Bladder | Sign::Faint)
    }
}

/// Why numbers typed for a 0–10 score are none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotAScore {
    /// Numbers, none of them from 0 to 10 ("11", "15/10").
    OffScale,
    /// Numbers that measure something else: a time, a distance, a count ("for 6 months",
    /// "10 km", "3 times a week").
    Measure,
}

/// An option on screen, as [`Understanding::choose`] sees it: its id (which the lexicon's
/// `[answers]` may give synonyms for) and the label the user reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Offer<'a> {
    pub id: &'a str,
    pub label: &'a str,
}

/// Every language's lexicon, ready to read text with. Cheap to query and safe to share
/// between threads: build it once.
pub struct Understanding {
    /// Sorted by tag, the source locale first.
    lexicons: Vec<Lexicon>,
}

impl Understanding {
    /// The lexicons built into the binary.
    pub fn built_in() -> Result<Self, UnderstandingError> {
        Self::from_sources(lexicon::BUILT_IN.iter().copied())
    }

    /// From (tag, toml source) pairs; for tests and a club's own files.
    pub fn from_sources<'a>(
        files: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Self, UnderstandingError> {
        let mut lexicons: Vec<Lexicon> = Vec::new();
        for (tag, source) in files {
            if lexicons.iter().any(|l| l.tag == tag) {
                return Err(UnderstandingError::Duplicate(tag.to_string()));
            }
            lexicons.push(Lexicon::parse(tag, source)?);
        }
        if lexicons.is_empty() {
            return Err(UnderstandingError::Empty);
        }
        lexicons.sort_by(|a, b| (a.tag != FALLBACK_TAG, &a.tag).cmp(&(b.tag != FALLBACK_TAG, &b.tag)));
        Ok(Self { lexicons })
    }

    /// The tags of every lexicon, the source locale first.
    pub fn tags(&self) -> Vec<&str> {
        self.lexicons.iter().map(|l| l.tag.as_str()).collect()
    }

    /// The lexicon for `tag`; the source locale's (or the first) when there is none.
    fn lexicon(&self, tag: &str) -> &Lexicon {
        self.lexicons
            .iter()
            .find(|l| l.tag == tag)
            .or_else(|| self.lexicons.iter().find(|l| l.tag == FALLBACK_TAG))
            // Never empty: `from_sources` refuses to build without a lexicon.
            .unwrap_or(&self.lexicons[0])
    }

    /// Every lexicon but `tag`'s.
    fn others(&self, tag: &str) -> Vec<&Lexicon> {
        self.lexicons.iter().filter(|l| l.tag != tag).collect()
    }

    /// Red-flag signs described in `text`. The user's language `tag` first, then every other
    /// lexicon too (runners write in whatever language; safety first), deduplicated, in the
    /// order of [`Sign::ALL`].
    pub fn red_flags(&self, tag: &str, text: &str) -> Vec<Sign> {
        let first = self.lexicon(tag);
        let order = std::iter::once(first).chain(self.lexicons.iter().filter(|l| l.tag != first.tag));
        signs::red_flags(order.collect::<Vec<_>>().as_slice(), text)
    }

    /// A pain score 0–10 typed as a digit or a word: "7", "about 7/10", "sieben", "un 7",
    /// "7 sur 10". `None` when there is none, when it is out of range, when the only numbers
    /// measure something else ("for 6 months", "10 km", "3 times a week"), or when several
    /// numbers compete ("5, then 3"). A range ("7 or 8", "7-8", "between 7 and 8") gives
    /// its higher end: the runner hesitates between the two, and the higher one is the safe
    /// reading for a scale whose top end is a red flag. Number words of other languages count
    /// only when the user's language finds no number at all.
    pub fn score(&self, tag: &str, text: &str) -> Option<u8> {
        match self.number(tag, text) {
            numbers::Reading::Score(s) => Some(s),
            _ => None,
        }
    }

    /// Whether the text gives a number, but none on the 0–10 scale ("11", "15/10"):
    /// a runner who means a score, to be told the scale rather than "I didn't get that".
    pub fn off_scale(&self, tag: &str, text: &str) -> bool {
        self.not_a_score(tag, text) == Some(NotAScore::OffScale)
    }

    /// The one amount a text gives, read as the user's language writes numbers (else as the
    /// first other language that finds one): "about 9 hours", "neun Stunden", "9h". For a
    /// question about an amount, whose options say where each starts.
    pub fn amount(&self, tag: &str, text: &str) -> Option<f32> {
        let own = self.lexicon(tag);
        numbers::amount(own, text).or_else(|| {
            self.lexicons.iter().filter(|l| l.tag != own.tag).find_map(|l| numbers::amount(l, text))
        })
    }

    /// Why the numbers in a text typed for a 0–10 score give none, when the runner plainly
    /// typed numbers: what to tell them before asking again.
    pub fn not_a_score(&self, tag: &str, text: &str) -> Option<NotAScore> {
        match self.number(tag, text) {
            numbers::Reading::OffScale => Some(NotAScore::OffScale),
            numbers::Reading::Measure => Some(NotAScore::Measure),
            _ => None,
        }
    }

    /// The numbers in the text as the user's language reads them, or, when it finds none, as
    /// the first other language that finds some. Every language's units count, whichever
    /// reads the numbers: "6 months" in a German chat is still a time.
    fn number(&self, tag: &str, text: &str) -> numbers::Reading {
        let own = self.lexicon(tag);
        match numbers::read(own, &self.others(&own.tag), text) {
            numbers::Reading::Nothing => self
                .lexicons
                .iter()
                .filter(|l| l.tag != own.tag)
                .map(|l| numbers::read(l, &self.others(&l.tag), text))
                .find(|r| *r != numbers::Reading::Nothing)
                .unwrap_or(numbers::Reading::Nothing),
            reading => reading,
        }
    }

    /// Which offered option the text means: by its shown label (typos and another word
    /// order allowed), or by the lexicon's synonyms for the option's id ("nope" for `none`).
    /// `None` when unclear: nothing fits well enough, or two options fit equally.
    pub fn choose(&self, tag: &str, text: &str, options: &[Offer<'_>]) -> Option<usize> {
        choice::choose(self.lexicon(tag), text, options)
    }

    /// Whether the text is only one of the lexicon's phrases for the answer `id` ("back" for
    /// `back`, "nope" for `no`), with nothing else said: what a runner types for a button
    /// that has no words of its own to match, or a bare "yes" that must not be read as a
    /// question.
    pub fn says(&self, tag: &str, text: &str, id: &str) -> bool {
        choice::says_only(self.lexicon(tag), text, id)
    }

    /// A search index over documents written in `tag` (the FAQ, tips and stretch texts,
    /// rendered in the user's language).
    pub fn index(&self, tag: &str, docs: Vec<Doc>) -> SearchIndex {
        SearchIndex::new(self.lexicon(tag), docs)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn understanding_can_be_shared_between_threads() {
        fn shared<T: Send + Sync>() {}
        shared::<Understanding>();
        shared::<SearchIndex>();
    }

    #[test]
    fn sign_ids_round_trip_and_emergencies_come_first() {
        for s in Sign::ALL {
            assert_eq!(Sign::from_id(s.id()), Some(s));
            assert_eq!(serde_json::to_string(&s).ok(), Some(format!("\"{}\"", s.id())));
        }
        let first_non_emergency = Sign::ALL.iter().position(|s| !s.is_emergency()).unwrap_or(0);
        assert_eq!(first_non_emergency, 6);
        assert!(Sign::ALL[first_non_emergency..].iter().all(|s| !s.is_emergency()));
    }
}
