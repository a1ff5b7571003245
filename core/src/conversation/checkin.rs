//! The check-in's turns: how the back feels today (0–10), whether that is after a run, and
//! the saved line with the trend.

use super::{Decision, Turn};
use crate::{
    action::Nonce,
    history::{CheckinKind, CheckinRecord, Entry},
    session::{Prompt, Session},
    store::{Store, StoreError},
    views,
};

impl<S: Store> Turn<'_, S> {
    pub(super) fn checkin(&self) -> Result<Decision, StoreError> {
        let mut session = self.session_or_new()?;
        session.prompt = Some(Prompt::Checkin { severity: None });
        Ok(Decision::show([views::checkin_ask(session.nonce)]).with_session(session))
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
        history.entries.push(record.clone());
        Ok(Decision::show([views::checkin_saved(severity, after_run, &history)])
            .with_session(Session { prompt: None, updated: self.now, ..s.clone() })
            .append(record))
    }
}
