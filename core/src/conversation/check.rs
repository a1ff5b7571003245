//! The check's turns: starting it (after "did you get checked?" when a red flag waits for
//! its answer) or resuming it, answering (one option, or ticks and Next), going back, "why do
//! you ask?", and the result or red-flag stop at the end.

use super::{Decision, Turn};
use crate::{
    action::{Action, Nonce},
    assessment::{Assessment, Next, Rejected},
    command::Command,
    content::Outcome,
    history::{AssessmentRecord, Entry},
    msg::{Arg, Msg},
    reply::Draft,
    scoring,
    session::{Prompt, Session},
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
        match self.follow_up(Command::Start)? {
            Some(ask) => Ok(ask),
            None => self.begin(),
        }
    }

    /// "Did you get checked?" first, when a red flag of the last two weeks waits for its
    /// answer; `then` runs after the answer.
    pub(super) fn follow_up(&self, then: Command) -> Result<Option<Decision>, StoreError> {
        let history = self.store.history(&self.who.key())?;
        let Some(flagged) = history.awaiting_check(self.now) else { return Ok(None) };
        let mut session = self.session_or_new()?;
        session.prompt = Some(Prompt::FollowUp { then });
        let ask = views::follow_up(session.nonce, flagged.at.date_naive());
        Ok(Some(Decision::show([ask]).with_session(session)))
    }

    /// A new assessment with a new nonce: every older button is stale from now on. The intro
    /// and the first question are one message.
    pub(super) fn begin(&self) -> Result<Decision, StoreError> {
        let assessment = Assessment::default();
        let session = Session {
            rev: self.session.as_ref().map_or(0, |s| s.rev),
            nonce: self.fresh_nonce()?,
            assessment: Some(assessment.clone()),
            prompt: None,
            updated: self.now,
            pending: self.session.as_ref().map(|s| s.pending.clone()).unwrap_or_default(),
        };
        let mut first = self.ask(session.nonce, &assessment, false);
        if let Some(question) = first.first_mut() {
            question.parts.splice(0..0, views::intro(self.content));
        }
        let mut d = Decision::show(first).with_session(session);
        if !self.prefs.welcomed {
            d = d.with_prefs(crate::prefs::Prefs { welcomed: true, ..self.prefs.clone() });
        }
        Ok(d)
    }

    /// The drafts for wherever the assessment is.
    pub(super) fn ask(&self, nonce: Nonce, a: &Assessment, edit: bool) -> Vec<Draft> {
        self.ask_at(nonce, a, a.next(self.content), edit)
    }

    /// [`Self::ask`] with `next` already worked out.
    fn ask_at(&self, nonce: Nonce, a: &Assessment, next: Next<'_>, edit: bool) -> Vec<Draft> {
        match next {
            Next::Ask { question, number, total } => {
                let d = views::question(nonce, a, question, number, total);
                vec![if edit { d.editing() } else { d }]
            }
            // Finished states are never stored; show the way forward if one ever is.
            _ => vec![views::help(false)],
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
                Ok(Decision::show(drafts).with_session(s.with_assessment(Some(back), self.now)))
            }
            Err(_) => Ok(self.expired()),
        }
    }

    /// Why the question is asked, and the question again below it.
    pub(super) fn why(&self, nonce: Nonce, step: u16) -> Result<Decision, StoreError> {
        let Some((_, a)) = self.live_assessment(nonce) else {
            return Ok(self.expired());
        };
        match a.next(self.content) {
            Next::Ask { question, .. } if usize::from(step) == a.step() => {
                let mut d = Decision::show([views::why(question)]);
                d.drafts.extend(self.ask(nonce, a, false));
                Ok(d)
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
        let Some((_, a)) = self.live_assessment(nonce) else {
            return Ok(self.expired());
        };
        let answered = a.answer(self.content, usize::from(step), usize::from(choice));
        self.answered(nonce, a, answered)
    }

    pub(super) fn toggle(&self, nonce: Nonce, step: u16, choice: u8) -> Result<Decision, StoreError> {
        let Some((_, a)) = self.live_assessment(nonce) else {
            return Ok(self.expired());
        };
        let toggled = a.toggle(self.content, usize::from(step), usize::from(choice));
        self.answered(nonce, a, toggled)
    }

    pub(super) fn confirm(&self, nonce: Nonce, step: u16) -> Result<Decision, StoreError> {
        let Some((_, a)) = self.live_assessment(nonce) else {
            return Ok(self.expired());
        };
        if let Err(Rejected::NothingPicked) = a.confirm(self.content, usize::from(step)) {
            // Named as the question names it: "None of these", "Neither", "Deep and steady…".
            let alone = match a.next(self.content) {
                Next::Ask { question, .. } => {
                    question.choices.iter().find(|c| c.exclusive).and_then(|c| question.label_id(c))
                }
                _ => None,
            };
            let said = match alone {
                Some(label) => Msg::with("pick-at-least-one", vec![("none", Arg::Msg(label))]),
                None => Msg::new("pick-at-least-one-plain"),
            };
            let mut d = Decision::show([Draft::private([said.into()])]);
            d.drafts.extend(self.ask(nonce, a, false));
            return Ok(d);
        }
        let confirmed = a.confirm(self.content, usize::from(step));
        self.answered(nonce, a, confirmed)
    }

    /// Wherever an answer (or a tick) leads: the next question in place, the red-flag stop,
    /// or the result, each saved as the runner chose.
    pub(super) fn answered(
        &self,
        nonce: Nonce,
        was: &Assessment,
        now: Result<Assessment, Rejected>,
    ) -> Result<Decision, StoreError> {
        let Some(s) = self.session.as_ref() else { return Ok(self.expired()) };
        let answered = match now {
            Ok(next) => next,
            Err(Rejected::RedFlagTicked) => {
                let mut d = Decision::show([Draft::private([Msg::new("red-flag-ticked").into()])]);
                d.drafts.extend(self.ask(nonce, was, false));
                return Ok(d);
            }
            Err(_) => {
                // A double tap or an old question's button: show where we really are.
                let mut d = Decision::show([Draft::private([Msg::new("already-answered").into()])]);
                d.drafts.extend(self.ask(nonce, was, false));
                return Ok(d);
            }
        };
        match answered.next(self.content) {
            next @ Next::Ask { .. } => {
                let drafts = self.ask_at(nonce, &answered, next, true);
                Ok(Decision::show(drafts).with_session(s.with_assessment(Some(answered), self.now)))
            }
            Next::RedFlag { outcome, signs } => {
                let ended = s.with_assessment(None, self.now);
                let record = self.record(&answered, outcome, signs.clone(), Vec::new());
                let shown = views::referral_saved(self.content, outcome, &signs, self.saving());
                Ok(self.keep(Decision::show([shown.editing()]), ended, record))
            }
            Next::Complete => {
                let ended = s.with_assessment(None, self.now);
                let verdict = scoring::score(self.content, &answered);
                let held_back = self.store.history(&self.who.key())?.awaiting_check(self.now).is_some();
                let record = self.record(&answered, Outcome::SelfCare, Vec::new(), verdict.factors.clone());
                let shown = views::result(self.content, &verdict, held_back, self.saving());
                Ok(self.keep(Decision::show([shown.editing()]), ended, record))
            }
        }
    }

    pub(super) fn record(
        &self,
        a: &Assessment,
        outcome: Outcome,
        signs: Vec<String>,
        factors: Vec<scoring::FactorScore>,
    ) -> Entry {
        Entry::Assessment(AssessmentRecord {
            at: self.now,
            severity: a.severity(self.content),
            outcome,
            signs,
            factors,
            answers: a.answers.to_vec(),
        })
    }
}
