//! The check's turns: starting (or resuming) it, answering, going back, "why do you ask?",
//! and the result or red-flag stop at the end.

use super::{Decision, Turn};
use crate::{
    action::{Action, Nonce},
    assessment::{Assessment, Next},
    content::Outcome,
    history::{AssessmentRecord, Entry},
    reply::{Arg, Draft, Msg},
    scoring,
    session::Session,
    store::{Store, StoreError},
    views,
};

impl<S: Store> Turn<'_, S> {
    pub(super) fn start(&self) -> Result<Decision, StoreError> {
        if let Some(session) = &self.session {
            if let Some(a) = &session.assessment {
                let nonce = session.nonce;
                let number = a.step() + 1;
                return Ok(Decision::show([Draft::private([Msg::with(
                    "resume-offer",
                    vec![("number", Arg::Num(number as f64))],
                )
                .into()])
                .button_row(vec![
                    views::button(Msg::new("button-resume"), Action::Resume { nonce }),
                    views::button(Msg::new("button-restart"), Action::Restart { nonce }),
                ])]));
            }
        }
        self.begin()
    }

    /// A new assessment with a new nonce: every older button is stale from now on.
    pub(super) fn begin(&self) -> Result<Decision, StoreError> {
        let assessment = Assessment::default();
        let session = Session {
            rev: self.session.as_ref().map_or(0, |s| s.rev),
            nonce: self.fresh_nonce()?,
            assessment: Some(assessment.clone()),
            prompt: None,
            updated: self.now,
        };
        let mut d = Decision::show([views::intro(self.content)]);
        d.drafts.extend(self.ask(session.nonce, &assessment, false));
        Ok(d.with_session(session))
    }

    /// The drafts for wherever the assessment is.
    pub(super) fn ask(&self, nonce: Nonce, a: &Assessment, edit: bool) -> Vec<Draft> {
        match a.next(self.content) {
            Next::Ask { question, number, about } => {
                let d = views::question(nonce, a, question, number, about);
                vec![if edit { d.editing() } else { d }]
            }
            // Finished states are never stored; show the way forward if one ever is.
            _ => vec![views::help()],
        }
    }

    pub(super) fn live_assessment(&self, nonce: Nonce) -> Option<(&Session, &Assessment)> {
        self.live(nonce).and_then(|s| s.assessment.as_ref().map(|a| (s, a)))
    }

    pub(super) fn back(&self, nonce: Nonce, step: u16) -> Result<Decision, StoreError> {
        let Some((s, a)) = self.live_assessment(nonce) else {
            return Ok(self.expired());
        };
        match a.back(usize::from(step)) {
            Ok(back) => {
                let drafts = self.ask(nonce, &back, true);
                Ok(Decision::show(drafts).with_session(Session {
                    assessment: Some(back),
                    updated: self.now,
                    ..s.clone()
                }))
            }
            Err(_) => Ok(self.expired()),
        }
    }

    pub(super) fn why(&self, nonce: Nonce, step: u16) -> Result<Decision, StoreError> {
        let Some((_, a)) = self.live_assessment(nonce) else {
            return Ok(self.expired());
        };
        match a.next(self.content) {
            Next::Ask { question, .. } if usize::from(step) == a.step() => {
                Ok(Decision::show([views::why(question)]))
            }
            _ => Ok(self.expired()),
        }
    }

    pub(super) fn resume(&self, nonce: Nonce) -> Result<Decision, StoreError> {
        let Some((_, a)) = self.live_assessment(nonce) else {
            return Ok(self.expired());
        };
        Ok(Decision::show(self.ask(nonce, a, false)))
    }

    pub(super) fn answer(&self, nonce: Nonce, step: u16, choice: u8) -> Result<Decision, StoreError> {
        let Some((s, a)) = self.live_assessment(nonce) else {
            return Ok(self.expired());
        };
        let answered = match a.answer(self.content, usize::from(step), usize::from(choice)) {
            Ok(next) => next,
            Err(_) => {
                // A double tap or an old question's button: show where we really are.
                let mut d = Decision::show([Draft::private([Msg::new("already-answered").into()])]);
                d.drafts.extend(self.ask(nonce, a, false));
                return Ok(d);
            }
        };
        match answered.next(self.content) {
            Next::Ask { .. } => {
                let drafts = self.ask(nonce, &answered, true);
                Ok(Decision::show(drafts).with_session(Session {
                    assessment: Some(answered),
                    updated: self.now,
                    ..s.clone()
                }))
            }
            Next::RedFlag { outcome, question } => {
                let record = self.record(&answered, outcome, Vec::new());
                Ok(Decision::show([views::red_flag(outcome, question, &answered).editing()])
                    .with_session(Session { assessment: None, updated: self.now, ..s.clone() })
                    .append(record))
            }
            Next::Complete => {
                let verdict = scoring::score(self.content, &answered);
                let record = self.record(&answered, Outcome::SelfCare, verdict.factors.clone());
                Ok(Decision::show(views::result(self.content, &verdict))
                    .with_session(Session { assessment: None, updated: self.now, ..s.clone() })
                    .append(record))
            }
        }
    }

    fn record(&self, a: &Assessment, outcome: Outcome, factors: Vec<scoring::FactorScore>) -> Entry {
        Entry::Assessment(AssessmentRecord {
            at: self.now,
            severity: a.severity(self.content),
            outcome,
            factors,
            answers: a.answers.clone(),
        })
    }
}
