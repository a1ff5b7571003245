//! A user's conversation in progress and their preferences: what the store keeps between two
//! messages so an assessment survives a restart and resumes.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::{action::Nonce, assessment::Assessment};

/// A small question waiting for a button press outside the assessment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Prompt {
    /// A check-in: first the 0–10, then "after a run?".
    Checkin { severity: Option<u8> },
    /// "Delete everything?" is on screen.
    ConfirmForget,
}

/// One user's open conversation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
}

impl Session {
    pub fn new(nonce: Nonce, now: DateTime<Utc>) -> Self {
        Self { rev: 0, nonce, assessment: None, prompt: None, updated: now }
    }

    /// Nothing left open: the session need not be kept.
    pub fn is_idle(&self) -> bool {
        self.assessment.is_none() && self.prompt.is_none()
    }
}

/// What a user chose for themselves.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Prefs {
    /// A locale tag chosen with /language; `None` follows the platform.
    #[serde(default)]
    pub locale: Option<String>,
    /// The IANA time zone of the runner's personal reminders, asked once and kept.
    #[serde(default)]
    pub zone: Option<String>,
}
