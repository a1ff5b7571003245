//! The assessment as a state machine. Its state is the list of answers so far; everything
//! else (the next question, the progress hint, whether a red flag ended it) is derived from
//! them, so going back one question is dropping the last answer, and the later questions are
//! recomputed from what is left. No I/O: the engine stores the state and renders the replies.

use serde::{Deserialize, Serialize};

use crate::content::{Content, Factor, Outcome, Question, Section};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    pub question: String,
    pub choice: String,
}

/// One user's assessment in progress.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Assessment {
    pub answers: Vec<Answer>,
}

/// What comes after the answers given so far.
#[derive(Debug, Clone, PartialEq)]
pub enum Next<'c> {
    /// Ask this question; it is number `number` of about `about`.
    Ask { question: &'c Question, number: usize, about: usize },
    /// A red flag ended the assessment.
    RedFlag { outcome: Outcome, question: &'c Question },
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
}

impl Assessment {
    /// The question on screen is `step`: the number of answers given before it.
    pub fn step(&self) -> usize {
        self.answers.len()
    }

    pub fn chose(&self, question: &str, choice: &str) -> bool {
        self.answers.iter().any(|a| a.question == question && a.choice == choice)
    }

    fn answered(&self, question: &str) -> bool {
        self.answers.iter().any(|a| a.question == question)
    }

    /// Whether a factor's screening question was answered with enough weight on it to open
    /// its follow-ups.
    pub fn screened_positive(&self, content: &Content, factor: Factor) -> bool {
        content.screen(factor).is_some_and(|q| {
            self.answers.iter().filter(|a| a.question == q.id).any(|a| {
                q.choice(&a.choice)
                    .and_then(|c| c.weights.get(&factor))
                    .is_some_and(|w| *w >= content.screen_positive)
            })
        })
    }

    /// The questions this user is asked, in order, given what they have said so far.
    pub fn plan<'c>(&self, content: &'c Content) -> Vec<&'c Question> {
        content
            .questions
            .iter()
            .filter(|q| match q.section {
                Section::RedFlags | Section::Profile | Section::Screen => true,
                Section::FollowUp => q.factor.is_some_and(|f| self.screened_positive(content, f)),
                Section::Modifier => q.ask_if.iter().any(|f| self.screened_positive(content, *f)),
            })
            .collect()
    }

    pub fn next<'c>(&self, content: &'c Content) -> Next<'c> {
        for answer in &self.answers {
            let Some(question) = content.question(&answer.question) else {
                continue;
            };
            if let Some(outcome) = question.choice(&answer.choice).and_then(|c| c.red_flag) {
                return Next::RedFlag { outcome, question };
            }
        }
        let plan = self.plan(content);
        match plan.iter().find(|q| !self.answered(&q.id)) {
            Some(question) => {
                let unanswered_screens = content
                    .questions
                    .iter()
                    .filter(|q| q.section == Section::Screen && !self.answered(&q.id))
                    .count();
                let number = self.answers.len() + 1;
                Next::Ask { question, number, about: (plan.len() + unanswered_screens).max(number) }
            }
            None => Next::Complete,
        }
    }

    /// The assessment after answering the question at `step` with its option number `choice`.
    pub fn answer(&self, content: &Content, step: usize, choice: usize) -> Result<Assessment, Rejected> {
        let question = match self.next(content) {
            Next::Ask { question, .. } => question,
            _ => return Err(Rejected::Finished),
        };
        if step != self.step() {
            return Err(Rejected::Stale);
        }
        let choice = question.choices.get(choice).ok_or(Rejected::NoSuchChoice)?;
        let mut next = self.clone();
        next.answers.push(Answer { question: question.id.clone(), choice: choice.id.clone() });
        Ok(next)
    }

    /// The assessment one question back, from the question at `step`.
    pub fn back(&self, step: usize) -> Result<Assessment, Rejected> {
        if step != self.step() || self.answers.is_empty() {
            return Err(Rejected::Stale);
        }
        let mut previous = self.clone();
        previous.answers.pop();
        Ok(previous)
    }

    /// The pain severity the user gave, 0–10.
    pub fn severity(&self, content: &Content) -> Option<u8> {
        let scale = content.questions.iter().find(|q| q.is_scale)?;
        self.answers.iter().find(|a| a.question == scale.id).and_then(|a| a.choice.parse().ok())
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    fn content() -> Content {
        Content::built_in().expect("built-in content")
    }

    /// Answers by option id, checking that each one is on the question actually asked.
    pub(crate) fn answer_all(content: &Content, answers: &[(&str, &str)]) -> Assessment {
        let mut a = Assessment::default();
        for (q, c) in answers {
            match a.next(content) {
                Next::Ask { question, .. } => {
                    assert_eq!(question.id, *q, "expected to be asked {q} after {:?}", a.answers);
                    let idx = question.choices.iter().position(|x| x.id == *c).expect("option exists");
                    a = a.answer(content, a.step(), idx).expect("answer accepted");
                }
                other => panic!("expected question {q}, got {other:?}"),
            }
        }
        a
    }

    /// Runs a whole assessment as a persona: the answers given where the question is asked,
    /// and otherwise the lightest option without a red flag (3 on the pain scale).
    pub(crate) fn persona(content: &Content, answers: &[(&str, &str)]) -> Assessment {
        let mut a = Assessment::default();
        while let Next::Ask { question, .. } = a.next(content) {
            let wanted = answers.iter().find(|(q, _)| *q == question.id).map(|(_, c)| *c);
            let idx = match wanted {
                Some(c) => question.choices.iter().position(|x| x.id == c).expect("persona option exists"),
                None if question.is_scale => {
                    question.choices.iter().position(|x| x.id == "3").expect("scale has 3")
                }
                None => question
                    .choices
                    .iter()
                    .enumerate()
                    .filter(|(_, x)| x.red_flag.is_none())
                    .min_by_key(|(_, x)| x.weights.values().sum::<u32>())
                    .map(|(i, _)| i)
                    .expect("every question has an option without a red flag"),
            };
            a = a.answer(content, a.step(), idx).expect("answer accepted");
        }
        a
    }

    #[test]
    fn red_flags_come_first() {
        let c = content();
        match Assessment::default().next(&c) {
            Next::Ask { question, number, about } => {
                assert_eq!(question.id, "alarm");
                assert_eq!(number, 1);
                assert!(about >= 10, "about {about}");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn follow_ups_only_for_factors_that_screened_positive() {
        let c = content();
        let a = answer_all(
            &c,
            &[
                ("alarm", "none"),
                ("warning", "none"),
                ("severity", "4"),
                ("course", "today"),
                ("where", "blades"),
                ("when", "after"),
                ("posture-screen", "little"),
                ("core-screen", "easy"),
                ("arms-screen", "fine"),
                ("breath-screen", "belly"),
                ("fatigue-screen", "easy"),
                ("water-screen", "none"),
                ("water-day", "dark"),
                ("water-cramp", "no"),
            ],
        );
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
}
