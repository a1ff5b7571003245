//! The check-in's turns: how the back feels today (0–10), whether that is after a run, and
//! the line noted with its trend; and the answer to "did you get checked?" that comes before
//! a check or check-in after a red flag.

use super::{Decision, Turn};
use crate::{
    action::Nonce,
    assessment::Next,
    command::Command,
    history::{CheckinKind, CheckinRecord, Entry},
    msg::Msg,
    reply::Draft,
    session::{Prompt, Session},
    store::{Store, StoreError},
    understanding::NotAScore,
    views::{self, Saving},
};

impl<S: Store> Turn<'_, S> {
    pub(super) fn checkin(&self) -> Result<Decision, StoreError> {
        match self.follow_up(Command::Checkin)? {
            Some(ask) => Ok(ask),
            None => self.checkin_now(),
        }
    }

    fn checkin_now(&self) -> Result<Decision, StoreError> {
        let mut session = self.session_or_new()?;
        session.prompt = Some(Prompt::Checkin { severity: None });
        Ok(Decision::show([views::checkin_ask(session.nonce)]).with_session(session))
    }

    /// A number off the 0–10 scale ("11", "15/10") typed while a 0–10 question waits (the
    /// check-in's, or the check's pain question): the scale, and the same question again,
    /// never a score made up by clamping it. Likewise numbers that measure something else
    /// ("for 6 months", "10 km", "3 times a week"): the runner is told a 0–10 number is what
    /// is asked, rather than having a duration noted as their pain. Asked by the typed text's
    /// reading once commands and red flags had their turn, in a private chat.
    pub(super) fn off_the_scale(&self, text: &str) -> Option<Decision> {
        let session = self.session.as_ref()?;
        let asking: Vec<Draft> = match &session.assessment {
            Some(a) => match a.next(self.content) {
                Next::Ask { question, .. } if question.is_scale => self.ask(session.nonce, a, false),
                // Another question of the check is on screen: it is its answer that is typed.
                Next::Ask { .. } => return None,
                _ => Vec::new(),
            },
            None => Vec::new(),
        };
        let asking = match (asking.is_empty(), &session.prompt) {
            (false, _) => asking,
            (true, Some(Prompt::Checkin { severity: None })) => vec![views::checkin_ask(session.nonce)],
            (true, _) => return None,
        };
        let said = match self.understanding.not_a_score(&self.tag, text)? {
            NotAScore::OffScale => Msg::new("off-the-scale"),
            // "Can I still run 10 km?" is a question of its own, read as one further on.
            NotAScore::Measure if self.asks_a_question(text) => return None,
            NotAScore::Measure => Msg::new("scale-not-a-measure"),
        };
        let mut d = Decision::show([Draft::private([said.into()])]);
        d.drafts.extend(asking);
        Some(d)
    }

    pub(super) fn severity(&self, nonce: Nonce, value: u8) -> Result<Decision, StoreError> {
        let Some(s) = self.live(nonce) else {
            return Ok(self.expired());
        };
        if s.prompt != Some(Prompt::Checkin { severity: None }) || value > 10 {
            return Ok(self.expired());
        }
        let session = Session {
            prompt: Some(Prompt::Checkin { severity: Some(value) }),
            updated: self.now,
            ..s.clone()
        };
        Ok(Decision::show([views::checkin_after_run(nonce, value)]).with_session(session))
    }

    pub(super) fn after_run(&self, nonce: Nonce, after_run: bool) -> Result<Decision, StoreError> {
        let Some(s) = self.live(nonce) else {
            return Ok(self.expired());
        };
        let Some(Prompt::Checkin { severity: Some(severity) }) = s.prompt else {
            return Ok(self.expired());
        };
        let record = Entry::Checkin(CheckinRecord {
            at: self.now,
            severity: Some(severity),
            after_run: Some(after_run),
            kind: CheckinKind::Feeling,
        });
        let mut history = self.store.history(&self.who.key())?;
        let held_back = history.awaiting_check(self.now).is_some();
        history.entries.push(record.clone());
        let today = self.now.date_naive();
        let shown = views::checkin_saved(severity, after_run, &history, held_back, self.saving(), today);
        let session = Session { prompt: None, updated: self.now, ..s.clone() };
        let mut d = self.keep(Decision::show([shown]), session.clone(), record);
        // A check-in in the middle of a check: the check's question comes back below.
        if let Some(a) = &session.assessment {
            d.drafts.extend(self.ask(session.nonce, a, false));
        }
        Ok(d)
    }

    /// "I did it" under the routine: a stretch in the history, kept as the runner chose, and
    /// the streak it makes.
    pub(super) fn stretched(&self) -> Result<Decision, StoreError> {
        if self.who.in_group() {
            return Ok(self.expired());
        }
        let record = Entry::Checkin(CheckinRecord {
            at: self.now,
            severity: None,
            after_run: None,
            kind: CheckinKind::Stretch,
        });
        let saving = self.saving();
        let streak = match saving {
            Saving::NotKept => 0,
            _ => {
                let mut history = self.store.history(&self.who.key())?;
                history.entries.push(record.clone());
                self.stretch_streak(&history)
            }
        };
        let session = self.session_or_new()?;
        Ok(self.keep(Decision::show([views::stretched(streak, saving)]), session, record))
    }

    /// "Did you get checked?": yes is noted in the history; either way, what the runner asked
    /// for comes next (after a reminder to get checked, for "not yet").
    pub(super) fn checked(&self, nonce: Nonce, yes: bool) -> Result<Decision, StoreError> {
        let Some(Prompt::FollowUp { then }) = self.live(nonce).and_then(|s| s.prompt.clone()) else {
            return Ok(self.expired());
        };
        let mut d = match then {
            Command::Checkin => self.checkin_now()?,
            _ => self.begin()?,
        };
        if yes {
            if self.saving() == Saving::Saved {
                d = d.append(Entry::Checkin(CheckinRecord {
                    at: self.now,
                    severity: None,
                    after_run: None,
                    kind: CheckinKind::Checked,
                }));
            }
        } else if let Some(first) = d.drafts.first_mut() {
            first.parts.insert(0, views::follow_up_not_yet());
        }
        Ok(d)
    }
}
