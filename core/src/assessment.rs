//! The assessment as a state machine. Its state is the list of answers so far; everything
//! else (the next question, the progress hint, whether a red flag ended it) is derived from
//! them, so going back one question is dropping the last answer, and the later questions are
//! recomputed from what is left. No I/O: the engine stores the state and renders the replies.

use serde::{Deserialize, Serialize};

use crate::content::{Content, Factor, Outcome, Question, Section};

/// A question's or an option's id. The assessment is copied with every answer (each state
/// is a new value), so its ids are held inline, and copied without an allocation, up to 24
/// bytes; the built-in ones are at most 14.
pub type Id = compact_str::CompactString;

/// The options of one answer: nearly always one, held inline.
pub type Choices = smallvec::SmallVec<[Id; 1]>;

/// The answer to one question: one option, or several where the question takes several.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "StoredAnswer")]
pub struct Answer {
    pub question: Id,
    /// Option ids, in the question's order.
    pub choices: Choices,
}

/// An answer as stored: versions before multiple answers wrote one `choice`.
#[derive(Deserialize)]
struct StoredAnswer {
    question: Id,
    #[serde(default)]
    choice: Option<Id>,
    #[serde(default)]
    choices: Choices,
}

impl From<StoredAnswer> for Answer {
    fn from(a: StoredAnswer) -> Self {
        let mut choices = a.choices;
        choices.extend(a.choice);
        Answer { question: a.question, choices }
    }
}

impl Answer {
    pub fn one(question: &str, choice: &str) -> Self {
        Answer { question: question.into(), choices: smallvec::smallvec![choice.into()] }
    }

    pub fn chose(&self, choice: &str) -> bool {
        self.choices.iter().any(|c| c == choice)
    }
}

/// One user's assessment in progress. Its answers are shared, not copied, when the
/// assessment is: a session read from a store's cache, and the session written back, hold
/// the same list; only an answer makes a new one.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Assessment {
    pub answers: std::sync::Arc<[Answer]>,
    /// What is ticked so far on the question on screen, when it takes several answers.
    #[serde(default)]
    pub picked: Vec<Id>,
}

/// Which questions are answered, by their place in the content: one bit each, on the stack
/// for up to 128 questions (this is worked out on every step).
struct Answered(smallvec::SmallVec<[u64; 2]>);

impl Answered {
    fn new(questions: usize) -> Self {
        Answered(smallvec::smallvec![0; questions.div_ceil(64)])
    }

    fn set(&mut self, i: usize) {
        if let Some(word) = self.0.get_mut(i / 64) {
            *word |= 1 << (i % 64);
        }
    }

    fn has(&self, i: usize) -> bool {
        self.0.get(i / 64).is_some_and(|word| word & (1 << (i % 64)) != 0)
    }
}

/// How many questions the check has, given the answers so far: at least `least` (no screen
/// still to come opens a follow-up) and at most `most` (every one does). `most` never grows
/// as the runner answers, so it is the count a runner is shown; the two meet once every
/// answer that could open a follow-up is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Total {
    pub least: usize,
    pub most: usize,
}

impl Total {
    /// Whether the count is known: nothing still to come can change it.
    pub fn exact(self) -> bool {
        self.least == self.most
    }
}

/// What comes after the answers given so far.
#[derive(Debug, Clone, PartialEq)]
pub enum Next<'c> {
    /// Ask this question; it is number `number` of `total`.
    Ask { question: &'c Question, number: usize, total: Total },
    /// A red flag ended the assessment: the signs reported, and the most urgent outcome.
    RedFlag { outcome: Outcome, signs: Vec<String> },
    /// Every question is answered: time for the result.
    Complete,
}

/// Why an input does not fit the assessment's current state. Any of these means a button was
/// pressed that does not belong to the question on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Rejected {
    #[error("the button is for another question")]
    Stale,
    #[error("the question has no such option")]
    NoSuchChoice,
    #[error("the assessment is over")]
    Finished,
    #[error("nothing is ticked yet")]
    NothingPicked,
    /// "None of these" after ticking a red flag: one of the two is a slip, and dropping the
    /// red flag without a word could miss an emergency.
    #[error("a red flag is ticked")]
    RedFlagTicked,
}

impl Assessment {
    /// The question on screen is `step`: the number of answers given before it.
    pub fn step(&self) -> usize {
        self.answers.len()
    }

    pub fn chose(&self, question: &str, choice: &str) -> bool {
        self.answers.iter().any(|a| a.question == question && a.chose(choice))
    }

    /// Whether a factor's screening question was answered with enough weight on it to open
    /// its follow-ups.
    pub fn screened_positive(&self, content: &Content, factor: Factor) -> bool {
        content.screen(factor).is_some_and(|q| {
            self.answers.iter().filter(|a| a.question == q.id).any(|a| {
                let points: u32 =
                    a.choices.iter().filter_map(|c| q.choice(c).and_then(|c| c.weights.get(&factor))).sum();
                points >= content.screen_positive
            })
        })
    }

    /// Which factors screened positive so far, in [`Factor::ALL`]'s order: computed once per
    /// look at the plan, since every follow-up and modifier asks it.
    fn positive(&self, content: &Content) -> [bool; 6] {
        let mut positive = [false; 6];
        for a in self.answers.iter() {
            let Some(q) = content.question(&a.question) else { continue };
            let (Section::Screen, Some(factor)) = (q.section, q.factor) else { continue };
            let points: u32 =
                a.choices.iter().filter_map(|c| q.choice(c).and_then(|c| c.weights.get(&factor))).sum();
            if let Some(i) = Factor::ALL.iter().position(|f| *f == factor) {
                positive[i] |= points >= content.screen_positive;
            }
        }
        positive
    }

    fn planned(question: &Question, positive: &[bool; 6]) -> bool {
        let is = |f: Factor| Factor::ALL.iter().position(|x| *x == f).is_some_and(|i| positive[i]);
        match question.section {
            Section::RedFlags | Section::Profile | Section::Screen | Section::Habits => true,
            Section::FollowUp => question.factor.is_some_and(is),
            Section::Modifier => question.ask_if.iter().any(|f| is(*f)),
        }
    }

    /// The questions this user is asked, in order, given what they have said so far (a screen
    /// not answered yet counts as opening nothing).
    pub fn plan<'c>(&self, content: &'c Content) -> Vec<&'c Question> {
        let positive = self.positive(content);
        content.questions.iter().filter(|q| Self::planned(q, &positive)).collect()
    }

    /// The red-flag signs the answers so far report, in the order given.
    pub fn signs(&self, content: &Content) -> Vec<String> {
        let mut signs: Vec<String> = Vec::new();
        for answer in self.answers.iter() {
            let Some(question) = content.question(&answer.question) else { continue };
            for sign in answer.choices.iter().filter_map(|c| question.choice(c)?.sign.clone()) {
                if !signs.contains(&sign) {
                    signs.push(sign);
                }
            }
        }
        signs
    }

    pub fn next<'c>(&self, content: &'c Content) -> Next<'c> {
        // One pass over the answers: which questions are answered, which screens came out
        // positive, and whether any answer is a red flag (this runs on every step).
        let mut answered = Answered::new(content.questions.len());
        let mut positive = [false; 6];
        let mut flagged = false;
        for a in self.answers.iter() {
            let Some(i) = content.index_of(&a.question) else { continue };
            answered.set(i);
            let q = &content.questions[i];
            let chosen = || a.choices.iter().filter_map(|c| q.choice(c));
            flagged |= chosen().any(|c| c.sign.is_some());
            if let (Section::Screen, Some(factor)) = (q.section, q.factor) {
                let points: u32 = chosen().filter_map(|c| c.weights.get(&factor)).sum();
                if let Some(f) = Factor::ALL.iter().position(|x| *x == factor) {
                    positive[f] |= points >= content.screen_positive;
                }
            }
        }
        if flagged {
            let signs = self.signs(content);
            if let Some(outcome) = signs.iter().filter_map(|s| content.sign(s)).map(|s| s.outcome).max() {
                return Next::RedFlag { outcome, signs };
            }
        }
        // A factor whose screen is still to come may yet open its follow-ups.
        let mut possible = positive;
        for (i, question) in content.questions.iter().enumerate() {
            if let (Section::Screen, Some(factor), false) =
                (question.section, question.factor, answered.has(i))
            {
                if let Some(f) = Factor::ALL.iter().position(|x| *x == factor) {
                    possible[f] = true;
                }
            }
        }
        let mut total = Total { least: 0, most: 0 };
        let mut first = None;
        for (i, question) in content.questions.iter().enumerate() {
            if Self::planned(question, &possible) {
                total.most += 1;
            }
            if Self::planned(question, &positive) {
                total.least += 1;
                if first.is_none() && !answered.has(i) {
                    first = Some(question);
                }
            }
        }
        match first {
            Some(question) => Next::Ask { question, number: self.answers.len() + 1, total },
            None => Next::Complete,
        }
    }

    /// The question on screen, if `step` is it.
    fn on_screen<'c>(&self, content: &'c Content, step: usize) -> Result<&'c Question, Rejected> {
        let question = match self.next(content) {
            Next::Ask { question, .. } => question,
            _ => return Err(Rejected::Finished),
        };
        if step != self.step() {
            return Err(Rejected::Stale);
        }
        Ok(question)
    }

    fn with_answer(&self, question: &Question, mut choices: Choices) -> Assessment {
        // Kept in the question's order, so the same picks always read the same.
        choices.sort_by_key(|c| question.choices.iter().position(|x| x.id == *c));
        choices.dedup();
        let answer = Answer { question: question.id.as_str().into(), choices };
        let answers = self.answers.iter().cloned().chain(std::iter::once(answer)).collect();
        Assessment { answers, picked: Vec::new() }
    }

    /// The assessment after answering the question at `step` with its option number `choice`
    /// (on a question that takes several, this one alone).
    pub fn answer(&self, content: &Content, step: usize, choice: usize) -> Result<Assessment, Rejected> {
        let question = self.on_screen(content, step)?;
        let choice = question.choices.get(choice).ok_or(Rejected::NoSuchChoice)?;
        Ok(self.with_answer(question, smallvec::smallvec![choice.id.as_str().into()]))
    }

    /// Ticks or unticks option `choice` of the question at `step`, which takes several
    /// answers. An exclusive option ("None of these") answers the question at once.
    pub fn toggle(&self, content: &Content, step: usize, choice: usize) -> Result<Assessment, Rejected> {
        let question = self.on_screen(content, step)?;
        let option = question.choices.get(choice).ok_or(Rejected::NoSuchChoice)?;
        if !question.multiple || option.exclusive {
            self.no_red_flag_ticked(question, &[option.id.as_str()])?;
            return Ok(self.with_answer(question, smallvec::smallvec![option.id.as_str().into()]));
        }
        let mut next = self.clone();
        if let Some(at) = next.picked.iter().position(|p| *p == option.id) {
            next.picked.remove(at);
        } else {
            next.picked.push(option.id.as_str().into());
        }
        Ok(next)
    }

    /// Refuses an answer that would drop a ticked red flag: `ids` that leave out one of the
    /// ticked options that reports a sign.
    fn no_red_flag_ticked(&self, question: &Question, ids: &[impl AsRef<str>]) -> Result<(), Rejected> {
        let dropped = self.picked.iter().any(|p| {
            question.choice(p.as_str()).is_some_and(|c| c.sign.is_some())
                && !ids.iter().any(|id| id.as_ref() == p.as_str())
        });
        if dropped {
            Err(Rejected::RedFlagTicked)
        } else {
            Ok(())
        }
    }

    /// Answers the question at `step` with what is ticked.
    pub fn confirm(&self, content: &Content, step: usize) -> Result<Assessment, Rejected> {
        let question = self.on_screen(content, step)?;
        if self.picked.is_empty() {
            return Err(Rejected::NothingPicked);
        }
        Ok(self.with_answer(question, self.picked.iter().cloned().collect()))
    }

    /// Answers the question at `step` with these option ids (typed answers).
    pub fn answer_with(
        &self,
        content: &Content,
        step: usize,
        ids: &[impl AsRef<str>],
    ) -> Result<Assessment, Rejected> {
        let question = self.on_screen(content, step)?;
        if ids.is_empty() || ids.iter().any(|id| question.choice(id.as_ref()).is_none()) {
            return Err(Rejected::NoSuchChoice);
        }
        if ids.len() > 1 && !question.multiple {
            return Err(Rejected::NoSuchChoice);
        }
        self.no_red_flag_ticked(question, ids)?;
        Ok(self.with_answer(question, ids.iter().map(|id| Id::from(id.as_ref())).collect()))
    }

    /// The assessment one question back, from the question at `step`.
    pub fn back(&self, step: usize) -> Result<Assessment, Rejected> {
        if step != self.step() || self.answers.is_empty() {
            return Err(Rejected::Stale);
        }
        let kept = &self.answers[..self.answers.len() - 1];
        Ok(Assessment { answers: kept.into(), picked: Vec::new() })
    }

    /// The pain severity the user gave, 0–10.
    pub fn severity(&self, content: &Content) -> Option<u8> {
        let scale = content.questions.iter().find(|q| q.is_scale)?;
        self.answers.iter().find(|a| a.question == scale.id).and_then(|a| a.choices.first()?.parse().ok())
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    fn content() -> Content {
        Content::built_in().expect("built-in content")
    }

    fn option(question: &Question, id: &str) -> usize {
        question
            .choices
            .iter()
            .position(|x| x.id == id)
            .unwrap_or_else(|| panic!("{} has no {id}", question.id))
    }

    /// Answers by option id ("a,b" ticks several), checking that each one is on the question
    /// actually asked.
    pub(crate) fn answer_all(content: &Content, answers: &[(&str, &str)]) -> Assessment {
        let mut a = Assessment::default();
        for (q, c) in answers {
            match a.next(content) {
                Next::Ask { question, .. } => {
                    assert_eq!(question.id, *q, "expected to be asked {q} after {:?}", a.answers);
                    a = give(content, &a, question, c);
                }
                other => panic!("expected question {q}, got {other:?}"),
            }
        }
        a
    }

    fn give(content: &Content, a: &Assessment, question: &Question, choices: &str) -> Assessment {
        let ids: Vec<&str> = choices.split(',').collect();
        if question.multiple && !question.choice(ids[0]).is_some_and(|c| c.exclusive) {
            let mut ticked = a.clone();
            for id in ids {
                ticked = ticked.toggle(content, a.step(), option(question, id)).expect("ticked");
            }
            ticked.confirm(content, a.step()).expect("confirmed")
        } else {
            a.answer(content, a.step(), option(question, ids[0])).expect("answer accepted")
        }
    }

    /// Runs a whole assessment as a persona: the answers given where the question is asked,
    /// and otherwise the lightest option without a red flag (3 on the pain scale).
    pub(crate) fn persona(content: &Content, answers: &[(&str, &str)]) -> Assessment {
        let mut a = Assessment::default();
        while let Next::Ask { question, .. } = a.next(content) {
            let wanted = answers.iter().find(|(q, _)| *q == question.id).map(|(_, c)| *c);
            a = match wanted {
                Some(c) => give(content, &a, question, c),
                None if question.is_scale => give(content, &a, question, "3"),
                None => {
                    let lightest = question
                        .choices
                        .iter()
                        .filter(|x| x.red_flag.is_none())
                        .min_by_key(|x| (x.weights.values().sum::<u32>(), !x.exclusive))
                        .expect("every question has an option without a red flag");
                    give(content, &a, question, &lightest.id)
                }
            };
        }
        a
    }

    #[test]
    fn red_flags_come_first() {
        let c = content();
        match Assessment::default().next(&c) {
            Next::Ask { question, number, total } => {
                assert_eq!(question.id, "alarm");
                assert_eq!(number, 1);
                assert!(total.least >= 10 && total.most > total.least, "{total:?}");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn follow_ups_only_for_factors_that_screened_positive() {
        let c = content();
        let a = persona(&c, &[("water-screen", "none")]);
        let asked: Vec<&str> = a.answers.iter().map(|x| x.question.as_str()).collect();
        assert!(asked.contains(&"water-day") && asked.contains(&"water-how"), "{asked:?}");
        for quiet in ["posture-head", "core-how", "arms-how", "breath-how", "fatigue-how"] {
            assert!(!asked.contains(&quiet), "{quiet} asked without a positive screen: {asked:?}");
        }
        assert_eq!(a.next(&c), Next::Complete);
    }

    #[test]
    fn back_drops_the_last_answer_and_the_plan_follows() {
        let c = content();
        let a = answer_all(&c, &[("alarm", "none"), ("warning", "none")]);
        let back = a.back(2).expect("back works");
        assert_eq!(back.answers.len(), 1);
        assert!(matches!(back.next(&c), Next::Ask { question, .. } if question.id == "warning"));
        assert_eq!(a.back(1), Err(Rejected::Stale));
        assert_eq!(Assessment::default().back(0), Err(Rejected::Stale));
    }

    #[test]
    fn a_stale_step_or_unknown_option_is_rejected() {
        let c = content();
        let a = answer_all(&c, &[("alarm", "none")]);
        assert_eq!(a.answer(&c, 0, 0), Err(Rejected::Stale));
        assert_eq!(a.answer(&c, 1, 99), Err(Rejected::NoSuchChoice));
        let flagged = answer_all(&c, &[("alarm", "chest")]);
        assert_eq!(flagged.answer(&c, 1, 0), Err(Rejected::Finished));
    }

    #[test]
    fn several_red_flags_are_ticked_together_and_the_most_urgent_wins() {
        let c = content();
        let a = answer_all(&c, &[("alarm", "none"), ("warning", "fall,nerves")]);
        assert_eq!(
            a.next(&c),
            Next::RedFlag { outcome: Outcome::SeeProfessional, signs: vec!["fall".into(), "nerves".into()] }
        );
        let urgent = answer_all(&c, &[("alarm", "sweat,chest")]);
        assert_eq!(
            urgent.next(&c),
            Next::RedFlag { outcome: Outcome::Emergency, signs: vec!["chest".into(), "sweat".into()] },
            "kept in the question's order"
        );
    }

    #[test]
    fn ticking_twice_unticks_and_next_needs_something_ticked() {
        let c = content();
        let a = Assessment::default();
        let alarm = c.question("alarm").expect("alarm");
        let chest = option(alarm, "chest");
        let once = a.toggle(&c, 0, chest).expect("ticked");
        assert_eq!(once.picked, ["chest"]);
        assert_eq!(once.step(), 0, "ticking does not answer");
        let twice = once.toggle(&c, 0, chest).expect("unticked");
        assert!(twice.picked.is_empty());
        assert_eq!(twice.confirm(&c, 0), Err(Rejected::NothingPicked));
        let none = twice.toggle(&c, 0, option(alarm, "none")).expect("answered");
        assert_eq!(*none.answers, [Answer::one("alarm", "none")], "None of these answers at once");
        assert!(none.picked.is_empty());
    }

    #[test]
    fn the_most_questions_never_grow_and_meet_the_count_once_it_is_known() {
        let c = content();
        let everything: Vec<(&str, &str)> = vec![
            ("posture-screen", "lots"),
            ("core-screen", "no"),
            ("arms-screen", "odd"),
            ("breath-screen", "chest,hold"),
            ("fatigue-screen", "hard"),
            ("water-screen", "none"),
        ];
        let first = match Assessment::default().next(&c) {
            Next::Ask { total, .. } => total,
            other => panic!("{other:?}"),
        };
        for answers in [everything.clone(), vec![], everything[..3].to_vec()] {
            let done = persona(&c, &answers);
            let mut a = Assessment::default();
            let mut last: Option<Total> = None;
            for answer in done.answers.iter() {
                let Next::Ask { question, number, total } = a.next(&c) else { panic!("ended early") };
                assert_eq!(number, a.step() + 1);
                assert!(total.least <= total.most && number <= total.most, "{total:?} at {}", question.id);
                assert!(total.least >= first.least && total.most <= first.most, "within the intro's range");
                if let Some(last) = last {
                    assert!(total.most <= last.most, "{last:?} -> {total:?} at {}", question.id);
                }
                last = Some(total);
                a = a.answer_with(&c, a.step(), &answer.choices).expect("same answer");
            }
            let last = last.expect("asked something");
            assert!(last.exact(), "known by the last question: {last:?}");
            assert_eq!(last.most, done.answers.len(), "the last question is number total of total");
        }
    }

    #[test]
    fn an_answer_stored_before_multiple_answers_still_reads() {
        let old: Answer = serde_json::from_str(r#"{"question":"alarm","choice":"none"}"#).expect("reads");
        assert_eq!(old, Answer::one("alarm", "none"));
        let new: Answer =
            serde_json::from_str(r#"{"question":"alarm","choices":["chest","sweat"]}"#).expect("reads");
        assert_eq!(new.choices.as_slice(), ["chest", "sweat"]);
    }
}
