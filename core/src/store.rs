//! What the engine keeps, behind an interface of its own so that sled is one implementation
//! (see [`sled_store`]) and a networked database could take its place. Values carry a schema
//! version; a record that cannot be read is reported, never a panic, and never takes the
//! user's other records with it.

use serde::{de::DeserializeOwned, Deserialize, Serialize};

use chrono::{DateTime, NaiveDate, Utc};

use crate::backup;
pub use crate::backup::Record;
use crate::{
    club::ClubPost,
    history::{Entry, History},
    input::UserKey,
    prefs::Prefs,
    reminders::Reminder,
    session::Session,
};

mod group_commit;
pub mod memory;
pub mod sled_store;

pub use memory::MemoryStore;
pub use sled_store::SledStore;

/// The schema version written into every stored value.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq)]
pub enum SessionChange {
    Keep,
    Set(Session),
    Clear,
}

/// A member's press of Done under a routine post: counted once per member, and `entry` (the
/// stretch check-in) saved to their history when there is one.
#[derive(Debug, Clone, PartialEq)]
pub struct DonePress {
    pub post: u64,
    pub entry: Option<Entry>,
}

/// A reminder saved or removed by a turn. Each carries the revision it was read at, so a
/// change that raced another (the scheduler moving it on, a second moderator) is refused as a
/// [`StoreError::Conflict`] and the turn is run again on what is there now.
#[derive(Debug, Clone, PartialEq)]
pub enum ReminderChange {
    /// New (revision 0) or changed.
    Save(Reminder),
    Remove(Reminder),
}

/// Everything one input changes for one user, written at once: a result and the end of its
/// session land together or not at all.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    /// The revision of the session the turn read (0 when there was none). A change of the
    /// session is refused as a [`StoreError::Conflict`] when the stored one has moved on since,
    /// so two turns of one user never both advance it, even from two processes.
    pub read: u64,
    pub session: SessionChange,
    pub prefs: Option<Prefs>,
    pub append: Vec<Entry>,
    pub reminders: Vec<ReminderChange>,
    pub done: Option<DonePress>,
    /// A routine post offered to a group, recorded with the rest (a routine's streaks and
    /// /clubstats count from it).
    pub post: Option<ClubPost>,
}

impl Change {
    pub fn none() -> Self {
        Self {
            read: 0,
            session: SessionChange::Keep,
            prefs: None,
            append: Vec::new(),
            reminders: Vec::new(),
            done: None,
            post: None,
        }
    }

    /// Whether the change writes a record of the user's own (a routine post's record is the
    /// group's: a moderator who only posts one leaves nothing of theirs behind).
    pub fn keeps_anything_of_the_user(&self) -> bool {
        self.session != SessionChange::Keep || self.writes_beside_the_session()
    }

    /// Whether the change writes the session and nothing else (a store may then skip a
    /// transaction: one conditional write is atomic on its own).
    pub fn is_session_only(&self) -> bool {
        !self.writes_beside_the_session() && self.post.is_none()
    }

    /// The user's records a change writes beside their session: the one list of them.
    fn writes_beside_the_session(&self) -> bool {
        self.prefs.is_some() || !self.append.is_empty() || !self.reminders.is_empty() || self.done.is_some()
    }
}

/// What a commit reports back, for the reply that follows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Committed {
    /// The routine post's count after a Done press, and whether this press was the member's first.
    pub done: Option<Counted>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counted {
    pub count: u32,
    pub first: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the database failed: {0}")]
    Backend(String),
    /// Another process has the database open.
    #[error("the database is in use by another upback (only one process may open it)")]
    Locked,
    #[error("the database is on a read-only file system")]
    ReadOnly,
    #[error("no permission to use the database files: {0}")]
    PermissionDenied(String),
    /// A database server turned the user name or password away (never says the password).
    #[error("the database server refused the user name or password: {0}")]
    Unauthorized(String),
    /// A database server that cannot be reached: down, a wrong host or port, no network.
    #[error("cannot reach the database server: {0}")]
    Unreachable(String),
    /// A database server that answers, but whose role lacks a right the store needs.
    #[error("the database user lacks a permission: {0}")]
    NoRight(String),
    /// The files are damaged: the store cannot be opened as it is.
    #[error("the database is damaged: {0}")]
    Corrupt(String),
    /// Writes that were acknowledged are missing: the store refuses to open rather than go on
    /// without them.
    #[error(
        "the database lost acknowledged writes: its files end at write mark {found}, \
         but {expected} had been confirmed on disk"
    )]
    Damaged { expected: u64, found: u64 },
    /// There is no upback database where one was expected.
    #[error("{0} holds no upback database")]
    NoDatabase(String),
    /// The record was moved aside (not deleted) so the user can go on.
    #[error("a stored {what} could not be read: {reason}")]
    Unreadable { what: &'static str, reason: String },
    /// What the change was based on changed meanwhile; nothing was written.
    #[error("the {0} changed meanwhile")]
    Conflict(&'static str),
}

/// The engine's storage. Every method is one user's business; a change is atomic and on disk
/// before the call returns, so whatever the user is then told was saved survives a crash.
pub trait Store: Send + Sync {
    fn session(&self, user: &UserKey) -> Result<Option<Session>, StoreError>;
    fn prefs(&self, user: &UserKey) -> Result<Prefs, StoreError>;
    fn history(&self, user: &UserKey) -> Result<History, StoreError>;
    /// Applies a change at once and durably, or not at all (a [`StoreError::Conflict`] when
    /// what it was based on moved on).
    fn commit(&self, user: &UserKey, change: Change) -> Result<Committed, StoreError>;
    /// Removes every record of the user, in every collection.
    fn forget(&self, user: &UserKey) -> Result<(), StoreError>;
    /// A number never handed out before, for nonces and posts.
    fn next_id(&self) -> Result<u64, StoreError>;

    /// An owner's reminders, oldest first.
    fn reminders(&self, owner: &str) -> Result<Vec<Reminder>, StoreError>;
    /// Replaces a reminder with `reminder` if the stored one is still at `reminder.rev` (or,
    /// for revision 0, if there is none yet); false when someone changed it meanwhile.
    fn swap_reminder(&self, reminder: &Reminder) -> Result<bool, StoreError>;
    /// When the earliest active reminder is due.
    fn next_due(&self) -> Result<Option<DateTime<Utc>>, StoreError>;
    /// Active reminders due at or before `now`, earliest first, at most `limit`.
    fn due(&self, now: DateTime<Utc>, limit: usize) -> Result<Vec<Reminder>, StoreError>;
    /// How many members pressed Done on a routine post.
    fn done_count(&self, post: u64) -> Result<u32, StoreError>;
    /// Keeps a routine post of a group, for streaks and club stats.
    fn record_post(&self, post: &ClubPost) -> Result<(), StoreError>;
    /// A group's posts since `since`, newest first.
    fn club_posts(&self, group: &str, since: DateTime<Utc>) -> Result<Vec<ClubPost>, StoreError>;
    /// Who pressed Done under a post.
    fn done_by(&self, post: u64) -> Result<Vec<UserKey>, StoreError>;
    /// Whether the user pressed Done under a post (a streak asks this of each recent post;
    /// far cheaper than [`Store::done_by`] under a busy one).
    fn pressed(&self, user: &UserKey, post: u64) -> Result<bool, StoreError>;

    /// Keeps what a stopping adapter still owed a platform's chats (a reminder's post, a
    /// post's final count), so the next start delivers it. Opaque to the store: the adapter
    /// writes and reads its own form.
    fn owe(&self, platform: &str, items: &[serde_json::Value]) -> Result<(), StoreError>;
    /// What was owed to `platform` at the last stop, oldest first, and forgets it.
    fn take_owed(&self, platform: &str) -> Result<Vec<serde_json::Value>, StoreError>;

    /// Every record kept about one person, as a backup holds them: their preferences,
    /// session (an unfinished check, what waits for their consent), history, Done presses,
    /// unreadable records and their own reminders. Their /export and /privacy are made from
    /// it, so neither can leave out what a backup would carry.
    fn kept_about(&self, user: &UserKey) -> Result<Vec<Record>, StoreError>;
    /// Every record, one at a time (a big store is never held whole), for a backup. Records
    /// of forgotten users are not among them.
    fn export(&self, each: &mut dyn FnMut(Record) -> Result<(), StoreError>) -> Result<(), StoreError>;
    /// Puts a backup's record in place, in an empty store; durable after [`Store::sync`].
    fn import(&self, record: Record) -> Result<(), StoreError>;
    /// Makes everything written so far durable.
    fn sync(&self) -> Result<(), StoreError>;

    /// Notes that the user did something on `day`: the clock of the retention limit. A user
    /// with nothing stored is not noted (there would be nothing to delete later), and the
    /// note need not be durable at once (a crash costs at most a day of the clock). True when
    /// noted.
    fn touch(&self, user: &UserKey, day: NaiveDate) -> Result<bool, StoreError>;
    /// The people with records whose last activity was before `before`, for the retention
    /// sweep. Groups' own records (`chat:…`) are the club's, not a person's, and are never
    /// among them. Someone with records but no activity noted (kept by an older version) is
    /// noted on `today` instead, so their clock starts now rather than deleting them at once.
    fn inactive(&self, before: NaiveDate, today: NaiveDate) -> Result<Vec<UserKey>, StoreError>;
}

/// A shared store is a store: the shell holds one `Arc<dyn Store>` (sled or Postgres, chosen
/// at start) so its adapters stay one type, while tests keep their own handle on the concrete
/// store for what only it can say.
impl<T: Store + ?Sized> Store for std::sync::Arc<T> {
    fn session(&self, user: &UserKey) -> Result<Option<Session>, StoreError> {
        (**self).session(user)
    }
    fn prefs(&self, user: &UserKey) -> Result<Prefs, StoreError> {
        (**self).prefs(user)
    }
    fn history(&self, user: &UserKey) -> Result<History, StoreError> {
        (**self).history(user)
    }
    fn commit(&self, user: &UserKey, change: Change) -> Result<Committed, StoreError> {
        (**self).commit(user, change)
    }
    fn forget(&self, user: &UserKey) -> Result<(), StoreError> {
        (**self).forget(user)
    }
    fn next_id(&self) -> Result<u64, StoreError> {
        (**self).next_id()
    }
    fn reminders(&self, owner: &str) -> Result<Vec<Reminder>, StoreError> {
        (**self).reminders(owner)
    }
    fn swap_reminder(&self, reminder: &Reminder) -> Result<bool, StoreError> {
        (**self).swap_reminder(reminder)
    }
    fn next_due(&self) -> Result<Option<DateTime<Utc>>, StoreError> {
        (**self).next_due()
    }
    fn due(&self, now: DateTime<Utc>, limit: usize) -> Result<Vec<Reminder>, StoreError> {
        (**self).due(now, limit)
    }
    fn done_count(&self, post: u64) -> Result<u32, StoreError> {
        (**self).done_count(post)
    }
    fn record_post(&self, post: &ClubPost) -> Result<(), StoreError> {
        (**self).record_post(post)
    }
    fn club_posts(&self, group: &str, since: DateTime<Utc>) -> Result<Vec<ClubPost>, StoreError> {
        (**self).club_posts(group, since)
    }
    fn done_by(&self, post: u64) -> Result<Vec<UserKey>, StoreError> {
        (**self).done_by(post)
    }
    fn pressed(&self, user: &UserKey, post: u64) -> Result<bool, StoreError> {
        (**self).pressed(user, post)
    }
    fn owe(&self, platform: &str, items: &[serde_json::Value]) -> Result<(), StoreError> {
        (**self).owe(platform, items)
    }
    fn take_owed(&self, platform: &str) -> Result<Vec<serde_json::Value>, StoreError> {
        (**self).take_owed(platform)
    }
    fn kept_about(&self, user: &UserKey) -> Result<Vec<Record>, StoreError> {
        (**self).kept_about(user)
    }
    fn export(&self, each: &mut dyn FnMut(Record) -> Result<(), StoreError>) -> Result<(), StoreError> {
        (**self).export(each)
    }
    fn import(&self, record: Record) -> Result<(), StoreError> {
        (**self).import(record)
    }
    fn sync(&self) -> Result<(), StoreError> {
        (**self).sync()
    }
    fn touch(&self, user: &UserKey, day: NaiveDate) -> Result<bool, StoreError> {
        (**self).touch(user, day)
    }
    fn inactive(&self, before: NaiveDate, today: NaiveDate) -> Result<Vec<UserKey>, StoreError> {
        (**self).inactive(before, today)
    }
}

/// Whether the records under `user` are a person's (retention applies), not a group's or an
/// adapter's.
pub fn is_a_person(user: &UserKey) -> bool {
    !(user.as_str().starts_with("chat:") || user.as_str().starts_with("owed:"))
}

#[derive(Serialize)]
struct EnvelopeOut<'a, T> {
    v: u32,
    data: &'a T,
}

#[derive(Deserialize)]
struct EnvelopeIn<T> {
    v: u32,
    data: T,
}

/// The version alone, to say why an envelope whose data did not fit could not be read.
#[derive(Deserialize)]
struct VersionIn {
    v: u32,
}

/// A value as every store keeps it: `{"v": SCHEMA_VERSION, "data": value}` (public so a
/// store outside the core writes the same bytes: a backup, a bug report or a later version
/// reads them alike).
pub fn encode<T: Serialize>(value: &T) -> Result<Vec<u8>, StoreError> {
    let mut out = Vec::with_capacity(128);
    encode_into(value, &mut out)?;
    Ok(out)
}

/// [`encode`], appended to `out` (so a caller can reuse one buffer); after an error `out`
/// holds part of it.
pub fn encode_into<T: Serialize>(value: &T, out: &mut Vec<u8>) -> Result<(), StoreError> {
    serde_json::to_writer(out, &EnvelopeOut { v: SCHEMA_VERSION, data: value })
        .map_err(|e| StoreError::Backend(e.to_string()))
}

/// A kept value read back; [`StoreError::Unreadable`] for bytes that are not an envelope,
/// one of an unknown schema version, or data of another shape.
pub fn decode<T: DeserializeOwned>(what: &'static str, bytes: &[u8]) -> Result<T, StoreError> {
    let unknown = |v: u32| StoreError::Unreadable { what, reason: format!("schema version {v} is unknown") };
    // One pass in the usual case; the version is looked at alone only to explain a failure.
    match serde_json::from_slice::<EnvelopeIn<T>>(bytes) {
        Ok(envelope) if envelope.v == SCHEMA_VERSION => Ok(envelope.data),
        Ok(envelope) => Err(unknown(envelope.v)),
        Err(e) => match serde_json::from_slice::<VersionIn>(bytes) {
            Ok(VersionIn { v }) if v != SCHEMA_VERSION => Err(unknown(v)),
            _ => Err(StoreError::Unreadable { what, reason: e.to_string() }),
        },
    }
}

/// A backup file of every record of `store` (the store goes on serving meanwhile); see
/// [`backup::write_file`].
pub fn write_backup(
    store: &(impl Store + ?Sized),
    path: &std::path::Path,
    created: DateTime<Utc>,
) -> Result<u64, backup::BackupError> {
    backup::write_file(path, created, |w| {
        let mut failed = None;
        let exported = store.export(&mut |r| {
            w.record(&r).map_err(|e| {
                let said = StoreError::Backend(e.to_string());
                failed = Some(e);
                said
            })
        });
        match (failed, exported) {
            (Some(e), _) => Err(e),
            (None, Err(e)) => Err(e.into()),
            (None, Ok(())) => Ok(()),
        }
    })
}

impl From<StoreError> for backup::BackupError {
    fn from(e: StoreError) -> Self {
        backup::BackupError::Store(Box::new(e))
    }
}

#[cfg(test)]
mod tests {
    use super::UserKey;

    #[test]
    fn a_key_is_platform_colon_id_without_nuls_and_parses_back() {
        let key = UserKey::new("telegram", "42");
        assert_eq!(key.as_str(), "telegram:42");
        assert_eq!(UserKey::parse(key.as_str()), Some(key));
        assert_eq!(UserKey::new("disc\0ord", "4\u{0}2").as_str(), "discord:42");
        assert_eq!(UserKey::parse("no colon"), None);
    }
}
