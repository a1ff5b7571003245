//! What the engine keeps, behind an interface of its own so that sled is one implementation
//! (see [`sled_store`]) and a networked database could take its place. Values carry a schema
//! version; a record that cannot be read is reported, never a panic, and never takes the
//! user's other records with it.

use serde::{de::DeserializeOwned, Deserialize, Serialize};

use chrono::{DateTime, Utc};

use crate::{
    history::{Entry, History},
    reminders::Reminder,
    session::{Prefs, Session},
};

pub mod sled_store;

pub use sled_store::SledStore;

/// The schema version written into every stored value.
pub const SCHEMA_VERSION: u32 = 1;

/// Whose records: the platform and the platform's user id. Never empty, never holds a NUL
/// (the store uses NUL to end a user's key prefix).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct UserKey(String);

impl UserKey {
    pub fn new(platform: &str, user_id: &str) -> Self {
        let clean = |s: &str| s.replace('\0', "");
        Self(format!("{}:{}", clean(platform), clean(user_id)))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for UserKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum SessionChange {
    Keep,
    Set(Session),
    Clear,
}

/// Everything one input changes for one user, written at once: a result and the end of its
/// session land together or not at all.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub session: SessionChange,
    pub prefs: Option<Prefs>,
    pub append: Vec<Entry>,
}

impl Change {
    pub fn none() -> Self {
        Self { session: SessionChange::Keep, prefs: None, append: Vec::new() }
    }

    pub fn is_empty(&self) -> bool {
        self.session == SessionChange::Keep && self.prefs.is_none() && self.append.is_empty()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the database failed: {0}")]
    Backend(String),
    /// The record was moved aside (not deleted) so the user can go on.
    #[error("a stored {what} could not be read: {reason}")]
    Unreadable { what: &'static str, reason: String },
}

/// The engine's storage. Every method is one user's business; a change is atomic and on disk
/// before the call returns, so whatever the user is then told was saved survives a crash.
pub trait Store: Send + Sync {
    fn session(&self, user: &UserKey) -> Result<Option<Session>, StoreError>;
    fn prefs(&self, user: &UserKey) -> Result<Prefs, StoreError>;
    fn history(&self, user: &UserKey) -> Result<History, StoreError>;
    fn commit(&self, user: &UserKey, change: Change) -> Result<(), StoreError>;
    /// Removes every record of the user, in every collection.
    fn forget(&self, user: &UserKey) -> Result<(), StoreError>;
    /// A number never handed out before, for nonces.
    fn next_id(&self) -> Result<u64, StoreError>;

    /// Saves a reminder (new or changed) and its place in the time index.
    fn put_reminder(&self, reminder: &Reminder) -> Result<(), StoreError>;
    /// An owner's reminders, oldest first.
    fn reminders(&self, owner: &str) -> Result<Vec<Reminder>, StoreError>;
    /// Removes one reminder; false when there was none.
    fn remove_reminder(&self, owner: &str, id: u64) -> Result<bool, StoreError>;
    /// When the earliest active reminder is due.
    fn next_due(&self) -> Result<Option<DateTime<Utc>>, StoreError>;
    /// Active reminders due at or before `now`, earliest first, at most `limit`.
    fn due(&self, now: DateTime<Utc>, limit: usize) -> Result<Vec<Reminder>, StoreError>;
    /// A member pressed Done on a routine post: counts them once and saves `entry` to their
    /// history. `Some(count)` the first time, `None` when they had already.
    fn mark_done(&self, post: u64, user: &UserKey, entry: Entry) -> Result<Option<u32>, StoreError>;
    /// How many members pressed Done on a routine post.
    fn done_count(&self, post: u64) -> Result<u32, StoreError>;
}

#[derive(Serialize)]
struct EnvelopeOut<'a, T> {
    v: u32,
    data: &'a T,
}

#[derive(Deserialize)]
struct EnvelopeIn {
    v: u32,
    data: serde_json::Value,
}

pub(crate) fn encode<T: Serialize>(value: &T) -> Result<Vec<u8>, StoreError> {
    serde_json::to_vec(&EnvelopeOut { v: SCHEMA_VERSION, data: value })
        .map_err(|e| StoreError::Backend(e.to_string()))
}

pub(crate) fn decode<T: DeserializeOwned>(what: &'static str, bytes: &[u8]) -> Result<T, StoreError> {
    let envelope: EnvelopeIn =
        serde_json::from_slice(bytes).map_err(|e| StoreError::Unreadable { what, reason: e.to_string() })?;
    if envelope.v != SCHEMA_VERSION {
        return Err(StoreError::Unreadable {
            what,
            reason: format!("schema version {} is unknown", envelope.v),
        });
    }
    serde_json::from_value(envelope.data).map_err(|e| StoreError::Unreadable { what, reason: e.to_string() })
}
