//! The assessment as data: questions, options and how each weighs on each factor, red flags,
//! advice, the stretch routine, FAQ and tips. It is read from `content/assessment.toml`
//! (built in, or a club's own copy) and checked once at start-up, so the rest of the code can
//! trust it and a club can tune it without touching logic.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::msg::Msg;

/// The built-in assessment.
pub const BUILT_IN: &str = include_str!("../content/assessment.toml");

/// The six things that make an upper back sore after a run, in the article's order (which is
/// also how ties are broken).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Factor {
    Posture,
    Core,
    ArmSwing,
    Breathing,
    Fatigue,
    Hydration,
}

impl Factor {
    pub const ALL: [Factor; 6] = [
        Factor::Posture,
        Factor::Core,
        Factor::ArmSwing,
        Factor::Breathing,
        Factor::Fatigue,
        Factor::Hydration,
    ];

    /// The factor's name as a user reads it.
    pub fn name(self) -> Msg {
        match self {
            Factor::Posture => Msg::new("factor-posture"),
            Factor::Core => Msg::new("factor-core"),
            Factor::ArmSwing => Msg::new("factor-arm-swing"),
            Factor::Breathing => Msg::new("factor-breathing"),
            Factor::Fatigue => Msg::new("factor-fatigue"),
            Factor::Hydration => Msg::new("factor-hydration"),
        }
    }
}

/// Where an assessment ends. Red flags carry the two serious ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    SelfCare,
    SeeProfessional,
    Emergency,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    RedFlags,
    Profile,
    Screen,
    FollowUp,
    /// Asked only when one of `ask_if`'s factors screened positive.
    Modifier,
    /// Habits everyone is asked about (they change the advice).
    Habits,
}

/// A red-flag sign: something a runner may have that needs a professional before any
/// self-help. Its referral (`referral-<id>`) says what to do, who to see and how soon.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sign {
    pub id: String,
    pub outcome: Outcome,
}

impl Sign {
    pub fn referral(&self) -> Msg {
        Msg::new(format!("referral-{}", self.id))
    }
}

/// One answer a question offers.
#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    pub id: String,
    /// The red-flag sign this answer reports; it ends the assessment with the sign's outcome.
    pub sign: Option<String>,
    pub red_flag: Option<Outcome>,
    pub weights: BTreeMap<Factor, u32>,
    /// The label is the id itself (the numbers of a 0–10 scale), not a message.
    pub literal: bool,
    /// On a question with several answers, this one stands alone ("None of these").
    pub exclusive: bool,
    /// Where the option starts on a question about an amount ("8 hours or more" from 8), so
    /// that a typed "about 9 hours" answers it.
    pub from: Option<f32>,
    /// Its message ids, worked out once: every question shown names them.
    label: Option<String>,
    reason: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    pub id: String,
    pub section: Section,
    /// The factor a screen or follow-up is about.
    pub factor: Option<Factor>,
    /// A modifier is asked only when one of these factors screened positive.
    pub ask_if: Vec<Factor>,
    pub choices: Vec<Choice>,
    /// The 0–10 pain scale: its answer is the assessment's severity.
    pub is_scale: bool,
    /// Several answers may be picked (toggles and a Next button).
    pub multiple: bool,
    /// Its message ids, worked out once.
    text: String,
    why: String,
}

impl Question {
    pub fn text(&self) -> Msg {
        Msg::new(self.text.clone())
    }

    pub fn why(&self) -> Msg {
        Msg::new(self.why.clone())
    }

    /// The option a typed amount falls in: the one starting highest at or below it.
    pub fn by_amount(&self, amount: f32) -> Option<usize> {
        self.choices
            .iter()
            .enumerate()
            .filter_map(|(i, c)| c.from.filter(|from| *from <= amount).map(|from| (i, from)))
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(i, _)| i)
    }

    pub fn choice(&self, id: &str) -> Option<&Choice> {
        self.choices.iter().find(|c| c.id == id)
    }

    pub fn label_id(&self, choice: &Choice) -> Option<String> {
        choice.label.clone()
    }

    /// The line that explains, in the user's own terms, why this answer points at a factor.
    pub fn reason(&self, choice: &Choice) -> Msg {
        Msg::new(choice.reason.clone())
    }

    /// The points this question gives `factor` at most, for the score's scale: the heaviest
    /// answer's, or on a question with several answers the two heaviest together (facets
    /// come in pairs far more often than all at once; a runner who ticks more simply scores
    /// the full 100%).
    pub fn max_points(&self, factor: Factor) -> u32 {
        let mut weights: Vec<u32> =
            self.choices.iter().map(|c| c.weights.get(&factor).copied().unwrap_or(0)).collect();
        weights.sort_unstable_by(|a, b| b.cmp(a));
        weights.iter().take(if self.multiple { 2 } else { 1 }).sum()
    }
}

/// A piece of advice and when it applies.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Advice {
    pub id: String,
    #[serde(default)]
    pub factors: Vec<Factor>,
    /// `question:option` pairs that call for this advice whatever the factors say.
    #[serde(default)]
    pub answers: Vec<String>,
    /// A stretch or a workout: held back while a red flag waits to be checked.
    #[serde(default)]
    pub exercise: bool,
}

impl Advice {
    pub fn text(&self) -> Msg {
        Msg::new(format!("advice-{}", self.id))
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stretch {
    pub id: String,
    pub hold_seconds: u32,
    pub repeats: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Levels {
    pub likely: u32,
    pub possible: u32,
}

/// The whole, checked assessment.
#[derive(Debug, Clone, PartialEq)]
pub struct Content {
    pub levels: Levels,
    pub signs: Vec<Sign>,
    pub screen_positive: u32,
    pub questions: Vec<Question>,
    pub advice: Vec<Advice>,
    pub stretches: Vec<Stretch>,
    pub faq: Vec<String>,
    pub tips: Vec<String>,
    /// The most points each factor can collect over every question.
    pub max_points: BTreeMap<Factor, u32>,
    /// Question id -> its place in `questions`: every step looks answers up by id.
    by_id: crate::fast_hash::IdMap<usize>,
}

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum ContentError {
    #[error("the assessment file does not parse: {0}")]
    Parse(String),
    #[error("question {0:?} appears twice")]
    DuplicateQuestion(String),
    #[error("question {0:?} has no options (or both options and a scale)")]
    NoOptions(String),
    #[error("question {question:?} has option {option:?} twice")]
    DuplicateOption { question: String, option: String },
    #[error("question {0:?} is a screen or follow-up but names no factor")]
    NoFactor(String),
    #[error("factor {0:?} needs exactly one screening question")]
    Screen(Factor),
    #[error("modifier {0:?} names no factor in ask_if")]
    NoAskIf(String),
    #[error("there must be exactly one 0–10 scale question (the pain severity)")]
    Scale,
    #[error("advice {advice:?} refers to {answer:?}, which is no question:option")]
    UnknownAnswer { advice: String, answer: String },
    #[error("ids may hold only a-z, 0-9 and '-' (and must not be empty): {0:?}")]
    BadId(String),
    #[error("question {0:?} has more options than a button row can carry")]
    TooManyOptions(String),
    #[error("the levels must satisfy 0 < possible < likely <= 100")]
    Levels,
    #[error("{0:?} names the sign {1:?}, which no [[sign]] defines")]
    UnknownSign(String, String),
    #[error("question {0:?} has several answers but they do not fit the buttons (at most {MAX_MULTIPLE})")]
    TooManyToPick(String),
    #[error("option {0:?} is exclusive but its question takes one answer anyway")]
    Exclusive(String),
    #[error("question {0:?}: the options' `from` must rise from one option to the next")]
    From(String),
}

/// The most options one question may have, so an option's index fits an action code.
pub const MAX_OPTIONS: usize = 16;
/// The most options of a question with several answers: one toggle per row, under Discord's
/// five rows with the Next and Back/Why/Cancel rows packed below.
pub const MAX_MULTIPLE: usize = 8;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawContent {
    levels: Levels,
    #[serde(rename = "sign")]
    signs: Vec<Sign>,
    screen_positive: u32,
    faq: Vec<String>,
    tips: Vec<String>,
    #[serde(rename = "question")]
    questions: Vec<RawQuestion>,
    advice: Vec<Advice>,
    #[serde(rename = "stretch")]
    stretches: Vec<Stretch>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    id: String,
    section: Section,
    factor: Option<Factor>,
    #[serde(default)]
    ask_if: Vec<Factor>,
    #[serde(default)]
    options: Vec<RawChoice>,
    scale: Option<RawScale>,
    #[serde(default)]
    multiple: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawChoice {
    id: String,
    sign: Option<String>,
    #[serde(default)]
    weights: BTreeMap<Factor, u32>,
    #[serde(default)]
    exclusive: bool,
    from: Option<f32>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScale {
    min: u8,
    max: u8,
    /// Answers from this one up report `sign`.
    sign_from: Option<u8>,
    sign: Option<String>,
}

fn check_id(id: &str) -> Result<(), ContentError> {
    let ok = !id.is_empty() && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if ok {
        Ok(())
    } else {
        Err(ContentError::BadId(id.to_string()))
    }
}

impl Content {
    pub fn built_in() -> Result<Self, ContentError> {
        Self::parse(BUILT_IN)
    }

    pub fn parse(source: &str) -> Result<Self, ContentError> {
        let raw: RawContent = toml::from_str(source).map_err(|e| ContentError::Parse(e.to_string()))?;
        if !(0 < raw.levels.possible && raw.levels.possible < raw.levels.likely && raw.levels.likely <= 100) {
            return Err(ContentError::Levels);
        }
        for sign in &raw.signs {
            check_id(&sign.id)?;
        }
        let outcome_of =
            |owner: &str, sign: Option<String>| -> Result<Option<(String, Outcome)>, ContentError> {
                match sign {
                    None => Ok(None),
                    Some(id) => match raw.signs.iter().find(|s| s.id == id) {
                        Some(s) => Ok(Some((id, s.outcome))),
                        None => Err(ContentError::UnknownSign(owner.to_string(), id)),
                    },
                }
            };
        let mut questions = Vec::new();
        let mut seen = BTreeSet::new();
        for q in raw.questions {
            check_id(&q.id)?;
            if !seen.insert(q.id.clone()) {
                return Err(ContentError::DuplicateQuestion(q.id));
            }
            let (choices, is_scale) = match (q.options.is_empty(), q.scale) {
                (false, None) => {
                    let mut choices = Vec::new();
                    for o in q.options {
                        check_id(&o.id)?;
                        if choices.iter().any(|c: &Choice| c.id == o.id) {
                            return Err(ContentError::DuplicateOption { question: q.id, option: o.id });
                        }
                        if o.exclusive && !q.multiple {
                            return Err(ContentError::Exclusive(o.id));
                        }
                        let below = choices.iter().filter_map(|c: &Choice| c.from).next_back();
                        if let (Some(from), Some(below)) = (o.from, below) {
                            if from.is_nan() || from <= below {
                                return Err(ContentError::From(q.id));
                            }
                        }
                        let flagged = outcome_of(&o.id, o.sign)?;
                        choices.push(Choice {
                            label: Some(format!("q-{}-{}", q.id, o.id)),
                            reason: format!("reason-{}-{}", q.id, o.id),
                            id: o.id,
                            red_flag: flagged.as_ref().map(|(_, outcome)| *outcome),
                            sign: flagged.map(|(sign, _)| sign),
                            weights: o.weights,
                            literal: false,
                            exclusive: o.exclusive,
                            from: o.from,
                        });
                    }
                    (choices, false)
                }
                (true, Some(s)) if s.min < s.max && !q.multiple => {
                    let flagged = outcome_of(&q.id, s.sign)?;
                    let choices = (s.min..=s.max)
                        .map(|n| {
                            let flag = flagged.clone().filter(|_| s.sign_from.is_some_and(|from| n >= from));
                            Choice {
                                label: None,
                                reason: format!("reason-{}-{n}", q.id),
                                id: n.to_string(),
                                red_flag: flag.as_ref().map(|(_, outcome)| *outcome),
                                sign: flag.map(|(sign, _)| sign),
                                weights: BTreeMap::new(),
                                literal: true,
                                exclusive: false,
                                from: None,
                            }
                        })
                        .collect();
                    (choices, true)
                }
                _ => return Err(ContentError::NoOptions(q.id)),
            };
            if choices.len() > MAX_OPTIONS && !is_scale {
                return Err(ContentError::TooManyOptions(q.id));
            }
            if q.multiple && choices.len() > MAX_MULTIPLE {
                return Err(ContentError::TooManyToPick(q.id));
            }
            if matches!(q.section, Section::Screen | Section::FollowUp) && q.factor.is_none() {
                return Err(ContentError::NoFactor(q.id));
            }
            if q.section == Section::Modifier && q.ask_if.is_empty() {
                return Err(ContentError::NoAskIf(q.id));
            }
            questions.push(Question {
                text: format!("q-{}", q.id),
                why: format!("why-{}", q.id),
                id: q.id,
                section: q.section,
                factor: q.factor,
                ask_if: q.ask_if,
                choices,
                is_scale,
                multiple: q.multiple,
            });
        }
        for factor in Factor::ALL {
            let screens =
                questions.iter().filter(|q| q.section == Section::Screen && q.factor == Some(factor)).count();
            if screens != 1 {
                return Err(ContentError::Screen(factor));
            }
        }
        if questions.iter().filter(|q| q.is_scale).count() != 1 {
            return Err(ContentError::Scale);
        }
        for a in &raw.advice {
            check_id(&a.id)?;
            for answer in &a.answers {
                let known = answer
                    .split_once(':')
                    .and_then(|(q, o)| questions.iter().find(|x| x.id == q).and_then(|x| x.choice(o)))
                    .is_some();
                if !known {
                    return Err(ContentError::UnknownAnswer { advice: a.id.clone(), answer: answer.clone() });
                }
            }
        }
        for id in raw.faq.iter().chain(&raw.tips).chain(raw.stretches.iter().map(|s| &s.id)) {
            check_id(id)?;
        }
        let max_points =
            Factor::ALL.iter().map(|f| (*f, questions.iter().map(|q| q.max_points(*f)).sum())).collect();
        let by_id = questions.iter().enumerate().map(|(i, q)| (q.id.clone(), i)).collect();
        Ok(Self {
            by_id,
            levels: raw.levels,
            signs: raw.signs,
            screen_positive: raw.screen_positive,
            questions,
            advice: raw.advice,
            stretches: raw.stretches,
            faq: raw.faq,
            tips: raw.tips,
            max_points,
        })
    }

    pub fn sign(&self, id: &str) -> Option<&Sign> {
        self.signs.iter().find(|s| s.id == id)
    }

    /// A question's place in `questions`.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.by_id.get(id).and_then(|&i| self.questions.get(i))
    }

    /// The screening question of a factor (the parser guarantees there is one).
    pub fn screen(&self, factor: Factor) -> Option<&Question> {
        self.questions.iter().find(|q| q.section == Section::Screen && q.factor == Some(factor))
    }

    /// Every message id the content refers to, for the start-up check and the i18n tests.
    pub fn message_ids(&self) -> BTreeSet<String> {
        let mut ids = BTreeSet::new();
        for q in &self.questions {
            ids.insert(q.text().id);
            ids.insert(q.why().id);
            for c in &q.choices {
                ids.extend(q.label_id(c));
                if c.weights.values().any(|w| *w > 0) {
                    ids.insert(q.reason(c).id);
                }
            }
        }
        ids.extend(self.advice.iter().map(|a| a.text().id));
        ids.extend(self.stretches.iter().map(|s| format!("stretch-{}", s.id)));
        for f in &self.faq {
            ids.insert(format!("faq-{f}-question"));
            ids.insert(format!("faq-{f}-answer"));
        }
        ids.extend(self.tips.iter().map(|t| format!("tip-{t}")));
        ids.extend(self.signs.iter().map(|s| s.referral().id));
        ids.extend(Factor::ALL.iter().map(|f| f.name().id));
        ids
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_assessment_is_valid() {
        let c = Content::built_in().expect("built-in content parses");
        assert_eq!(c.faq.len(), 9);
        assert_eq!(c.tips.len(), 7);
        assert!(c.questions.iter().take(2).all(|q| q.section == Section::RedFlags));
        assert!(Factor::ALL.iter().all(|f| c.max_points[f] > 0));
    }

    #[test]
    fn a_broken_file_is_refused_with_the_reason() {
        let broken = BUILT_IN.replacen("id = \"core-screen\"", "id = \"posture-screen\"", 1);
        assert_eq!(Content::parse(&broken), Err(ContentError::DuplicateQuestion("posture-screen".into())));
        let no_screen = BUILT_IN.replacen(
            "section = \"screen\"\nfactor = \"hydration\"",
            "section = \"follow_up\"\nfactor = \"hydration\"",
            1,
        );
        assert_eq!(Content::parse(&no_screen), Err(ContentError::Screen(Factor::Hydration)));
        let bad_advice = BUILT_IN.replacen("\"surface:hard\"", "\"surface:lava\"", 1);
        assert!(matches!(Content::parse(&bad_advice), Err(ContentError::UnknownAnswer { .. })));
        assert!(matches!(Content::parse("not toml ["), Err(ContentError::Parse(_))));
        let falling = BUILT_IN.replacen("posture = 3 }, from = 8", "posture = 3 }, from = 2", 1);
        assert_eq!(Content::parse(&falling), Err(ContentError::From("posture-screen".into())));
    }

    #[test]
    fn an_amount_falls_in_the_option_that_starts_highest_below_it() {
        let c = Content::built_in().expect("built-in content parses");
        let q = c.question("posture-screen").expect("the sitting question");
        let picked = |n: f32| q.by_amount(n).map(|i| q.choices[i].id.as_str());
        assert_eq!(picked(0.0), Some("little"));
        assert_eq!(picked(3.5), Some("little"));
        assert_eq!(picked(4.0), Some("some"));
        assert_eq!(picked(7.5), Some("some"));
        assert_eq!(picked(12.0), Some("lots"));
        assert_eq!(picked(-1.0), None);
        let other = c.question("where").expect("a question of words");
        assert_eq!(other.by_amount(5.0), None, "options without `from` take no amount");
    }
}
