//! A user's conversation in progress: what the store keeps between two messages so an
//! assessment survives a restart and resumes. (What they chose for themselves is in
//! [`crate::prefs`].)

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::{action::Nonce, assessment::Assessment, command::Command, history::Entry};

/// A small question waiting for a button press outside the assessment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Prompt {
    /// A check-in: first the 0–10, then "after a run?".
    Checkin { severity: Option<u8> },
    /// "Delete everything?" is on screen.
    ConfirmForget,
    /// "Did you get checked?" after a red flag, before `then` (a check or a check-in).
    FollowUp {
        #[serde(with = "command_name")]
        then: Command,
    },
}

/// A command stored by its name, so a renamed variant never breaks a stored session.
mod command_name {
    use serde::{de::Error, Deserialize, Deserializer, Serializer};

    use crate::command::Command;

    pub fn serialize<S: Serializer>(c: &Command, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(c.name())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Command, D::Error> {
        let name = String::deserialize(d)?;
        Command::from_name(&name).ok_or_else(|| D::Error::custom(format!("unknown command {name:?}")))
    }
}

/// One user's open conversation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    /// Counts the session's saved versions; a commit based on an older one is refused, so two
    /// turns of one user never both advance it (see [`crate::store::Change::read`]).
    #[serde(default)]
    pub rev: u64,
    /// Every button shown in this conversation carries it; a new conversation gets a new one,
    /// which makes all older buttons stale.
    pub nonce: Nonce,
    pub assessment: Option<Assessment>,
    pub prompt: Option<Prompt>,
    pub updated: DateTime<Utc>,
    /// Results and check-ins waiting for the runner to say whether their history may be
    /// kept: nothing is saved before they do.
    #[serde(default)]
    pub pending: Vec<Entry>,
}

impl Session {
    pub fn new(nonce: Nonce, now: DateTime<Utc>) -> Self {
        Self { rev: 0, nonce, assessment: None, prompt: None, updated: now, pending: Vec::new() }
    }

    /// The same conversation with the assessment at `assessment`, as of `now` (without
    /// copying the old assessment only to drop it: a check's every step does this).
    pub fn with_assessment(&self, assessment: Option<Assessment>, now: DateTime<Utc>) -> Session {
        Session {
            rev: self.rev,
            nonce: self.nonce,
            assessment,
            prompt: self.prompt.clone(),
            updated: now,
            pending: self.pending.clone(),
        }
    }

    /// Nothing left open: the session need not be kept.
    pub fn is_idle(&self) -> bool {
        self.assessment.is_none() && self.prompt.is_none() && self.pending.is_empty()
    }
}
