//! The [`Store`] on sled: one embedded database, one tree per kind of record.
//!
//! Keys: `sessions` and `prefs` are keyed by the user key; `history` by the user key, a NUL,
//! then the time and a unique id big-endian, so a prefix scan is the user's history in time
//! order; `quarantine` holds unreadable records under the user key, a NUL and where they came
//! from. Every tree uses the same "user key, maybe NUL and more" shape, which is what lets
//! [`Store::forget`] clear a user from every tree, including ones added later.

use std::path::Path;

use chrono::{DateTime, Utc};
use sled::{
    transaction::{ConflictableTransactionError, TransactionError, TransactionalTree},
    Transactional,
};

use super::{
    decode, encode, Change, Committed, Counted, ReminderChange, SessionChange, Store, StoreError, UserKey,
};
use crate::{
    club::ClubPost,
    history::{Entry, History},
    reminders::Reminder,
    session::{Prefs, Session},
};

const SESSIONS: &str = "sessions";
const PREFS: &str = "prefs";
const HISTORY: &str = "history";
const QUARANTINE: &str = "quarantine";
/// The first line of a backup file.
const BACKUP_FORMAT: &str = "upback-backup";
const REMINDERS: &str = "reminders";
/// next fire time (ms, big-endian) + reminder id -> the reminder's key.
const REMINDER_INDEX: &str = "reminder_index";
/// user key, NUL, post id -> when they pressed Done.
const ROUTINE_DONE: &str = "routine_done";
/// post id -> how many pressed Done.
const ROUTINE_COUNTS: &str = "routine_counts";
/// platform, NUL, a unique id -> what a stopping adapter still owed a chat.
const OWED: &str = "owed";
/// group, NUL, time (ms) and post id -> a routine post of the group.
const CLUB_POSTS: &str = "club_posts";
/// post id, then the user key -> when they pressed Done (the press by post, for club stats;
/// `routine_done` has it by user, for /forget).
const DONE_BY_POST: &str = "done_by_post";

/// sled's page cache unless the deployment says otherwise: 64 MiB.
pub const DEFAULT_CACHE_BYTES: u64 = 64 * 1024 * 1024;

/// One stored record as bytes: its tree's name, its key and its value.
pub type RawRecord = (Vec<u8>, Vec<u8>, Vec<u8>);

pub struct SledStore {
    db: sled::Db,
    sessions: sled::Tree,
    prefs: sled::Tree,
    history: sled::Tree,
    quarantine: sled::Tree,
    reminders: sled::Tree,
    reminder_index: sled::Tree,
    routine_done: sled::Tree,
    routine_counts: sled::Tree,
    owed: sled::Tree,
    club_posts: sled::Tree,
    done_by_post: sled::Tree,
    /// Commits that arrive together share one flush.
    commits: super::group_commit::GroupCommit,
}

fn backend(e: impl std::fmt::Display) -> StoreError {
    StoreError::Backend(e.to_string())
}

fn prefix(user: &UserKey) -> Vec<u8> {
    owner_prefix(user.as_str())
}

fn owner_prefix(owner: &str) -> Vec<u8> {
    let mut p = owner.as_bytes().to_vec();
    p.push(0);
    p
}

fn reminder_key(owner: &str, id: u64) -> Vec<u8> {
    let mut k = owner_prefix(owner);
    k.extend_from_slice(&id.to_be_bytes());
    k
}

fn index_key(at: DateTime<Utc>, id: u64) -> Vec<u8> {
    let mut k = u64::try_from(at.timestamp_millis()).unwrap_or(0).to_be_bytes().to_vec();
    k.extend_from_slice(&id.to_be_bytes());
    k
}

impl SledStore {
    /// Opens (or creates) the database in `dir`. Fails when another process has it open.
    pub fn open(dir: &Path) -> Result<Self, StoreError> {
        Self::open_with_cache(dir, DEFAULT_CACHE_BYTES)
    }

    /// [`SledStore::open`] with a page cache of `bytes` (`UPBACK_CACHE_MB`): the most memory
    /// the database holds on to, whatever the number of users on disk.
    pub fn open_with_cache(dir: &Path, bytes: u64) -> Result<Self, StoreError> {
        let db = sled::Config::new().path(dir).cache_capacity(bytes).open().map_err(backend)?;
        Self::from_db(db)
    }

    /// A throwaway database in memory or a temp dir, for tests and `--ephemeral` runs.
    pub fn temporary() -> Result<Self, StoreError> {
        Self::from_db(sled::Config::new().temporary(true).open().map_err(backend)?)
    }

    fn from_db(db: sled::Db) -> Result<Self, StoreError> {
        Ok(Self {
            sessions: db.open_tree(SESSIONS).map_err(backend)?,
            prefs: db.open_tree(PREFS).map_err(backend)?,
            history: db.open_tree(HISTORY).map_err(backend)?,
            quarantine: db.open_tree(QUARANTINE).map_err(backend)?,
            reminders: db.open_tree(REMINDERS).map_err(backend)?,
            reminder_index: db.open_tree(REMINDER_INDEX).map_err(backend)?,
            routine_done: db.open_tree(ROUTINE_DONE).map_err(backend)?,
            routine_counts: db.open_tree(ROUTINE_COUNTS).map_err(backend)?,
            owed: db.open_tree(OWED).map_err(backend)?,
            club_posts: db.open_tree(CLUB_POSTS).map_err(backend)?,
            done_by_post: db.open_tree(DONE_BY_POST).map_err(backend)?,
            commits: Default::default(),
            db,
        })
    }

    /// Writes everything to disk now.
    pub fn flush(&self) -> Result<(), StoreError> {
        self.db.flush().map(|_| ()).map_err(backend)
    }

    /// Returns once what was just written is on disk, sharing the flush with whatever
    /// other commits arrived at the same moment.
    fn durable(&self) -> Result<(), StoreError> {
        self.durable_after(self.commits.begin())
    }

    /// [`Self::durable`] for a write that said it began (so a flush about to start waits
    /// for it a moment, and commits that arrive together really share one).
    fn durable_after(&self, writing: super::group_commit::Writing<'_>) -> Result<(), StoreError> {
        self.commits.durable(writing, || self.flush())
    }

    /// A change of the session alone (most steps of a check), made with one compare-and-swap
    /// instead of a transaction over every tree: sled's transactions wait on its flushes,
    /// a single-key swap does not, so commits that arrive together really share a flush.
    fn commit_session(
        &self,
        user: &UserKey,
        read: u64,
        new: Option<&Session>,
        writing: super::group_commit::Writing<'_>,
    ) -> Result<(), StoreError> {
        let key = user.as_str().as_bytes();
        let current = self.sessions.get(key).map_err(backend)?;
        let stored = match &current {
            Some(bytes) => decode::<Session>(SESSIONS, bytes).map(|s| s.rev).unwrap_or(u64::MAX),
            None => 0,
        };
        if stored != read {
            return Err(StoreError::Conflict("session"));
        }
        let bytes =
            new.map(|s| encode(&Session { rev: stored.wrapping_add(1).max(1), ..s.clone() })).transpose()?;
        match self.sessions.compare_and_swap(key, current, bytes).map_err(backend)? {
            Ok(()) => self.durable_after(writing),
            Err(_) => Err(StoreError::Conflict("session")),
        }
    }

    /// Writes every record of every tree as JSON lines (a header, then one line a record, keys
    /// and values in base64), so a backup can be read, diffed and restored by any version
    /// that knows this format. Each tree is read consistently; the bot may keep running.
    pub fn backup(&self, out: &mut dyn std::io::Write) -> Result<usize, StoreError> {
        use base64::{engine::general_purpose::STANDARD, Engine as _};
        let io = |e: std::io::Error| backend(e);
        writeln!(out, "{}", serde_json::json!({"format": BACKUP_FORMAT, "version": 1})).map_err(io)?;
        let mut n = 0;
        for name in self.db.tree_names() {
            let tree = self.db.open_tree(&name).map_err(backend)?;
            for kv in tree.iter() {
                let (k, v) = kv.map_err(backend)?;
                let line = serde_json::json!({"tree": STANDARD.encode(&name), "key": STANDARD.encode(&k), "value": STANDARD.encode(&v)});
                writeln!(out, "{line}").map_err(io)?;
                n += 1;
            }
        }
        out.flush().map_err(io)?;
        Ok(n)
    }

    /// Restores a [`SledStore::backup`] into `dir`, which must be empty (or not exist yet):
    /// restoring over live data would mix two histories.
    pub fn restore(dir: &Path, input: impl std::io::BufRead) -> Result<usize, StoreError> {
        use base64::{engine::general_purpose::STANDARD, Engine as _};
        if dir.read_dir().map(|mut d| d.next().is_some()).unwrap_or(false) {
            return Err(StoreError::Backend(format!(
                "{} is not empty; restore into an empty directory",
                dir.display()
            )));
        }
        let mut lines = input.lines();
        let header: serde_json::Value = lines
            .next()
            .ok_or_else(|| backend("the backup is empty"))?
            .map_err(backend)
            .and_then(|l| serde_json::from_str(&l).map_err(backend))?;
        if header["format"] != BACKUP_FORMAT || header["version"] != 1 {
            return Err(backend("this is not an upback backup (or a newer format)"));
        }
        let store = Self::open(dir)?;
        let mut n = 0;
        for (i, line) in lines.enumerate() {
            let line = line.map_err(backend)?;
            if line.trim().is_empty() {
                continue;
            }
            let record: serde_json::Value =
                serde_json::from_str(&line).map_err(|e| backend(format!("line {}: {e}", i + 2)))?;
            let field = |f: &str| {
                record[f]
                    .as_str()
                    .and_then(|s| STANDARD.decode(s).ok())
                    .ok_or_else(|| backend(format!("line {}: bad {f}", i + 2)))
            };
            let tree = store.db.open_tree(field("tree")?).map_err(backend)?;
            tree.insert(field("key")?, field("value")?).map_err(backend)?;
            n += 1;
        }
        store.flush()?;
        Ok(n)
    }

    /// Every (tree, key, value) in the database, for comparing a restore with its source.
    pub fn all_records(&self) -> Result<Vec<RawRecord>, StoreError> {
        let mut out = Vec::new();
        for name in self.db.tree_names() {
            let tree = self.db.open_tree(&name).map_err(backend)?;
            for kv in tree.iter() {
                let (k, v) = kv.map_err(backend)?;
                out.push((name.to_vec(), k.to_vec(), v.to_vec()));
            }
        }
        Ok(out)
    }

    /// Every (tree, key) in the database: for tests that a user is really gone.
    pub fn all_keys(&self) -> Result<Vec<(String, Vec<u8>)>, StoreError> {
        let mut out = Vec::new();
        for name in self.db.tree_names() {
            let tree = self.db.open_tree(&name).map_err(backend)?;
            for kv in tree.iter() {
                let (k, _) = kv.map_err(backend)?;
                out.push((String::from_utf8_lossy(&name).into_owned(), k.to_vec()));
            }
        }
        Ok(out)
    }

    /// Writes raw bytes under a user's key in one of the per-user trees; for tests that a
    /// corrupt record is handled kindly.
    pub fn put_raw(&self, tree: &str, user: &UserKey, value: &[u8]) -> Result<(), StoreError> {
        let key: Vec<u8> = match tree {
            HISTORY => {
                let mut k = prefix(user);
                k.extend_from_slice(&u64::MAX.to_be_bytes());
                k
            }
            _ => user.as_str().as_bytes().to_vec(),
        };
        self.db.open_tree(tree).map_err(backend)?.insert(key, value).map_err(backend)?;
        self.flush()
    }

    /// A history entry's key: the user, a NUL, the time and a unique id, so a prefix scan is
    /// the user's history in time order.
    fn history_key(&self, user: &UserKey, entry: &Entry) -> Result<Vec<u8>, StoreError> {
        let mut k = prefix(user);
        k.extend_from_slice(&u64::try_from(entry.at().timestamp_millis()).unwrap_or(0).to_be_bytes());
        k.extend_from_slice(&self.db.generate_id().map_err(backend)?.to_be_bytes());
        Ok(k)
    }

    /// Moves an unreadable value aside, so the user can carry on and nothing is lost.
    fn quarantine(&self, tree: &sled::Tree, tree_name: &str, user: &UserKey, key: &[u8], value: &[u8]) {
        let mut qkey = prefix(user);
        qkey.extend_from_slice(tree_name.as_bytes());
        qkey.push(0);
        qkey.extend_from_slice(key);
        let moved = (&self.quarantine, tree).transaction(|(q, t)| {
            q.insert(qkey.as_slice(), value)?;
            t.remove(key)?;
            Ok::<_, sled::transaction::ConflictableTransactionError<()>>(())
        });
        match moved.map_err(|e| format!("{e:?}")).and_then(|_| self.db.flush().map_err(|e| e.to_string())) {
            Ok(_) => tracing::warn!(tree = tree_name, "an unreadable record was moved to quarantine"),
            Err(e) => {
                tracing::error!(tree = tree_name, error = %e, "could not quarantine an unreadable record")
            }
        }
    }

    fn read_one<T: serde::de::DeserializeOwned>(
        &self,
        tree: &sled::Tree,
        name: &'static str,
        user: &UserKey,
    ) -> Result<Option<T>, StoreError> {
        let key = user.as_str().as_bytes();
        let Some(bytes) = tree.get(key).map_err(backend)? else {
            return Ok(None);
        };
        match decode(name, &bytes) {
            Ok(v) => Ok(Some(v)),
            Err(e) => {
                tracing::warn!(tree = name, error = %e, "unreadable record");
                self.quarantine(tree, name, user, key, &bytes);
                Err(e)
            }
        }
    }
}

type TxResult<T> = Result<T, ConflictableTransactionError<StoreError>>;

fn abort<T>(e: StoreError) -> TxResult<T> {
    Err(ConflictableTransactionError::Abort(e))
}

fn tx_error(e: TransactionError<StoreError>) -> StoreError {
    match e {
        TransactionError::Abort(e) => e,
        TransactionError::Storage(e) => backend(e),
    }
}

/// Inside a transaction: replaces (or, with `remove`, deletes) the stored reminder if it is
/// still at `reminder.rev` (absent for revision 0), keeping the time index in step. The new
/// value is written one revision on. False when the stored one moved on (or is unreadable:
/// nobody can have read it at any revision).
fn swap_in(
    r: &TransactionalTree,
    i: &TransactionalTree,
    reminder: &Reminder,
    remove: bool,
) -> TxResult<bool> {
    let key = reminder_key(&reminder.owner, reminder.id);
    let old = match r.get(key.as_slice())? {
        None if reminder.rev == 0 && !remove => None,
        None => return Ok(false),
        Some(bytes) => match decode::<Reminder>(REMINDERS, &bytes) {
            Ok(old) if old.rev == reminder.rev => Some(old),
            _ => return Ok(false),
        },
    };
    if let Some(t) = old.and_then(|o| o.next) {
        i.remove(index_key(t, reminder.id))?;
    }
    if remove {
        r.remove(key.as_slice())?;
        return Ok(true);
    }
    let new = Reminder { rev: reminder.rev + 1, ..reminder.clone() };
    r.insert(key.as_slice(), encode(&new).or_else(abort)?)?;
    if let Some(t) = new.next.filter(|_| new.active()) {
        i.insert(index_key(t, new.id), key.as_slice())?;
    }
    Ok(true)
}

impl Store for SledStore {
    fn session(&self, user: &UserKey) -> Result<Option<Session>, StoreError> {
        self.read_one(&self.sessions, SESSIONS, user)
    }

    fn prefs(&self, user: &UserKey) -> Result<Prefs, StoreError> {
        Ok(self.read_one(&self.prefs, PREFS, user)?.unwrap_or_default())
    }

    fn history(&self, user: &UserKey) -> Result<History, StoreError> {
        let mut history = History::default();
        for kv in self.history.scan_prefix(prefix(user)) {
            let (_, bytes) = kv.map_err(backend)?;
            match decode::<Entry>(HISTORY, &bytes) {
                Ok(entry) => history.entries.push(entry),
                Err(e) => {
                    // Left where it is: a newer version of the bot may read it again.
                    tracing::warn!(error = %e, "skipping an unreadable history record");
                    history.unreadable += 1;
                }
            }
        }
        Ok(history)
    }

    fn commit(&self, user: &UserKey, change: Change) -> Result<Committed, StoreError> {
        if change.is_empty() {
            return Ok(Committed::default());
        }
        let writing = self.commits.begin();
        let session_only = change.prefs.is_none()
            && change.append.is_empty()
            && change.reminders.is_empty()
            && change.done.is_none();
        if session_only {
            let new = match &change.session {
                SessionChange::Set(s) => Some(s),
                _ => None,
            };
            self.commit_session(user, change.read, new, writing)?;
            return Ok(Committed::default());
        }
        let key = user.as_str().as_bytes();
        let session = match &change.session {
            SessionChange::Set(s) => Some(Some(s.clone())),
            SessionChange::Clear => Some(None),
            SessionChange::Keep => None,
        };
        let prefs = change.prefs.as_ref().map(encode).transpose()?;
        let mut entries = Vec::new();
        for entry in change.append.iter().chain(change.done.iter().filter_map(|d| d.entry.as_ref())) {
            entries.push((self.history_key(user, entry)?, encode(entry)?));
        }
        let done_entry = change.done.as_ref().and_then(|d| d.entry.as_ref()).map(|_| entries.len() - 1);
        let done = change.done.as_ref().map(|d| {
            let mut done_key = prefix(user);
            done_key.extend_from_slice(&d.post.to_be_bytes());
            (done_key, d.post.to_be_bytes())
        });
        let marker = encode(&change.done.as_ref().and_then(|d| d.entry.as_ref()).map(Entry::at))?;
        let trees = (
            &self.sessions,
            &self.prefs,
            &self.history,
            &self.reminders,
            &self.reminder_index,
            &self.routine_done,
            &self.routine_counts,
            &self.done_by_post,
        );
        let by_post = change.done.as_ref().map(|d| {
            let mut k = d.post.to_be_bytes().to_vec();
            k.extend_from_slice(user.as_str().as_bytes());
            k
        });
        let committed = trees
            .transaction(|(s, p, h, r, i, d, c, b)| -> TxResult<Committed> {
                if let Some(new) = &session {
                    let stored = match s.get(key)? {
                        Some(bytes) => decode::<Session>(SESSIONS, &bytes).map(|s| s.rev).unwrap_or(u64::MAX),
                        None => 0,
                    };
                    if stored != change.read {
                        return abort(StoreError::Conflict("session"));
                    }
                    match new {
                        Some(session) => {
                            let bytes =
                                encode(&Session { rev: stored.wrapping_add(1).max(1), ..session.clone() })
                                    .or_else(abort)?;
                            s.insert(key, bytes)?;
                        }
                        None => {
                            s.remove(key)?;
                        }
                    }
                }
                if let Some(bytes) = &prefs {
                    p.insert(key, bytes.as_slice())?;
                }
                for (n, (k, v)) in entries.iter().enumerate() {
                    if Some(n) != done_entry {
                        h.insert(k.as_slice(), v.as_slice())?;
                    }
                }
                for rc in &change.reminders {
                    let ok = match rc {
                        ReminderChange::Save(reminder) => swap_in(r, i, reminder, false)?,
                        ReminderChange::Remove(reminder) => swap_in(r, i, reminder, true)?,
                    };
                    if !ok {
                        return abort(StoreError::Conflict("reminder"));
                    }
                }
                let mut committed = Committed::default();
                if let Some((done_key, post_key)) = &done {
                    let count = c
                        .get(post_key)?
                        .and_then(|b| <[u8; 4]>::try_from(b.as_ref()).ok())
                        .map(u32::from_be_bytes)
                        .unwrap_or(0);
                    if d.get(done_key.as_slice())?.is_some() {
                        committed.done = Some(Counted { count, first: false });
                    } else {
                        d.insert(done_key.as_slice(), marker.as_slice())?;
                        if let Some(k) = &by_post {
                            b.insert(k.as_slice(), marker.as_slice())?;
                        }
                        c.insert(post_key, &(count + 1).to_be_bytes())?;
                        if let Some((k, v)) = done_entry.and_then(|n| entries.get(n)) {
                            h.insert(k.as_slice(), v.as_slice())?;
                        }
                        committed.done = Some(Counted { count: count + 1, first: true });
                    }
                }
                Ok(committed)
            })
            .map_err(tx_error)?;
        self.durable_after(writing)?;
        Ok(committed)
    }

    fn forget(&self, user: &UserKey) -> Result<(), StoreError> {
        for reminder in self.reminders(user.as_str())? {
            (&self.reminders, &self.reminder_index)
                .transaction(|(r, i)| swap_in(r, i, &reminder, true))
                .map_err(tx_error)?;
        }
        // The presses by post, for club stats, are keyed by post: found through the user's own.
        let pressed: Vec<sled::IVec> =
            self.routine_done.scan_prefix(prefix(user)).keys().collect::<Result<_, _>>().map_err(backend)?;
        for k in pressed {
            if let Some(post) = k.get(k.len().saturating_sub(8)..) {
                let mut by_post = post.to_vec();
                by_post.extend_from_slice(user.as_str().as_bytes());
                self.done_by_post.remove(by_post).map_err(backend)?;
            }
        }
        let exact = user.as_str().as_bytes();
        let prefix = prefix(user);
        for name in self.db.tree_names() {
            let tree = self.db.open_tree(&name).map_err(backend)?;
            tree.remove(exact).map_err(backend)?;
            let keys: Vec<sled::IVec> =
                tree.scan_prefix(&prefix).keys().collect::<Result<_, _>>().map_err(backend)?;
            for k in keys {
                tree.remove(k).map_err(backend)?;
            }
        }
        self.durable()
    }

    fn next_id(&self) -> Result<u64, StoreError> {
        self.db.generate_id().map_err(backend)
    }

    fn swap_reminder(&self, reminder: &Reminder) -> Result<bool, StoreError> {
        let swapped = (&self.reminders, &self.reminder_index)
            .transaction(|(r, i)| swap_in(r, i, reminder, false))
            .map_err(tx_error)?;
        self.durable()?;
        Ok(swapped)
    }

    fn reminders(&self, owner: &str) -> Result<Vec<Reminder>, StoreError> {
        let mut out = Vec::new();
        for kv in self.reminders.scan_prefix(owner_prefix(owner)) {
            let (_, bytes) = kv.map_err(backend)?;
            match decode::<Reminder>(REMINDERS, &bytes) {
                Ok(r) => out.push(r),
                Err(e) => tracing::warn!(error = %e, "skipping an unreadable reminder"),
            }
        }
        Ok(out)
    }

    fn next_due(&self) -> Result<Option<DateTime<Utc>>, StoreError> {
        let Some((k, _)) = self.reminder_index.first().map_err(backend)? else { return Ok(None) };
        let millis =
            k.get(..8).and_then(|b| <[u8; 8]>::try_from(b).ok()).map(u64::from_be_bytes).unwrap_or(0);
        Ok(DateTime::from_timestamp_millis(i64::try_from(millis).unwrap_or(i64::MAX)))
    }

    fn due(&self, now: DateTime<Utc>, limit: usize) -> Result<Vec<Reminder>, StoreError> {
        let end = index_key(now, u64::MAX);
        let mut out = Vec::new();
        for kv in self.reminder_index.range(..=end) {
            if out.len() >= limit {
                break;
            }
            let (index, key) = kv.map_err(backend)?;
            match self.reminders.get(&key).map_err(backend)?.map(|b| decode::<Reminder>(REMINDERS, &b)) {
                Some(Ok(r)) if r.active() => out.push(r),
                other => {
                    // A dangling or unreadable entry must not block the queue forever.
                    tracing::warn!(readable = other.is_some(), "dropping a stale reminder index entry");
                    self.reminder_index.remove(index).map_err(backend)?;
                }
            }
        }
        Ok(out)
    }

    fn record_post(&self, post: &ClubPost) -> Result<(), StoreError> {
        let mut key = owner_prefix(&post.group);
        key.extend_from_slice(&u64::try_from(post.at.timestamp_millis()).unwrap_or(0).to_be_bytes());
        key.extend_from_slice(&post.id.to_be_bytes());
        self.club_posts.insert(key, encode(post)?).map_err(backend)?;
        self.durable()
    }

    fn club_posts(&self, group: &str, since: DateTime<Utc>) -> Result<Vec<ClubPost>, StoreError> {
        let mut from = owner_prefix(group);
        from.extend_from_slice(&u64::try_from(since.timestamp_millis()).unwrap_or(0).to_be_bytes());
        let mut to = owner_prefix(group);
        to.extend_from_slice(&[0xff; 16]);
        let mut posts = Vec::new();
        for kv in self.club_posts.range(from..=to).rev() {
            let (_, v) = kv.map_err(backend)?;
            match decode(CLUB_POSTS, &v) {
                Ok(post) => posts.push(post),
                Err(e) => tracing::warn!(error = %e, "skipping an unreadable club post"),
            }
        }
        Ok(posts)
    }

    fn done_by(&self, post: u64) -> Result<Vec<UserKey>, StoreError> {
        let mut users = Vec::new();
        for kv in self.done_by_post.scan_prefix(post.to_be_bytes()) {
            let (k, _) = kv.map_err(backend)?;
            let user = String::from_utf8_lossy(k.get(8..).unwrap_or_default()).into_owned();
            if let Some((platform, id)) = user.split_once(':') {
                users.push(UserKey::new(platform, id));
            }
        }
        Ok(users)
    }

    fn owe(&self, platform: &str, items: &[serde_json::Value]) -> Result<(), StoreError> {
        let mut batch = sled::Batch::default();
        for item in items {
            let mut key = owner_prefix(platform);
            key.extend_from_slice(&self.db.generate_id().map_err(backend)?.to_be_bytes());
            batch.insert(key, encode(item)?);
        }
        self.owed.apply_batch(batch).map_err(backend)?;
        self.durable()
    }

    fn take_owed(&self, platform: &str) -> Result<Vec<serde_json::Value>, StoreError> {
        let mut items = Vec::new();
        let mut batch = sled::Batch::default();
        for kv in self.owed.scan_prefix(owner_prefix(platform)) {
            let (k, v) = kv.map_err(backend)?;
            match decode(OWED, &v) {
                Ok(item) => items.push(item),
                Err(e) => tracing::warn!(error = %e, "dropping an unreadable owed delivery"),
            }
            batch.remove(k);
        }
        self.owed.apply_batch(batch).map_err(backend)?;
        self.durable()?;
        Ok(items)
    }

    fn done_count(&self, post: u64) -> Result<u32, StoreError> {
        Ok(self
            .routine_counts
            .get(post.to_be_bytes())
            .map_err(backend)?
            .and_then(|b| <[u8; 4]>::try_from(b.as_ref()).ok())
            .map(u32::from_be_bytes)
            .unwrap_or(0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::{CheckinKind, CheckinRecord};
    use chrono::{TimeZone, Utc};

    fn at(min: u32) -> chrono::DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 5, 1, 7, min, 0).single().expect("valid time")
    }

    fn checkin(min: u32) -> Entry {
        Entry::Checkin(CheckinRecord {
            at: at(min),
            severity: Some(3),
            after_run: None,
            kind: CheckinKind::Feeling,
        })
    }

    #[test]
    fn a_backup_restores_every_record_into_an_empty_directory() {
        let dir = tempfile::tempdir().expect("dir");
        let store = SledStore::open(&dir.path().join("a")).expect("store");
        for (user, min) in [("1", 1), ("2", 2), ("1", 3)] {
            store
                .commit(&UserKey::new("tg", user), Change { append: vec![checkin(min)], ..Change::none() })
                .expect("commit");
        }
        store.put_raw(SESSIONS, &UserKey::new("tg", "3"), b"\x00binary\xff").expect("raw");
        let mut file = Vec::new();
        let n = store.backup(&mut file).expect("backup");
        assert!(n >= 4);
        let target = dir.path().join("b");
        assert_eq!(SledStore::restore(&target, file.as_slice()).expect("restore"), n);
        let restored = SledStore::open(&target).expect("reopen");
        assert_eq!(restored.all_records().expect("records"), store.all_records().expect("records"));
        assert!(SledStore::restore(&target, file.as_slice()).is_err(), "never over existing data");
        assert!(SledStore::restore(&dir.path().join("c"), &b"{}\n"[..]).is_err(), "not a backup");
    }

    #[test]
    fn a_corrupt_session_is_moved_aside_and_the_rest_survives() {
        let store = SledStore::temporary().expect("store");
        let user = UserKey::new("tg", "7");
        store.commit(&user, Change { append: vec![checkin(1)], ..Change::none() }).expect("commit");
        store.put_raw(SESSIONS, &user, b"\xff not json").expect("raw write");
        assert!(matches!(store.session(&user), Err(StoreError::Unreadable { .. })));
        assert_eq!(store.session(&user).expect("readable now"), None);
        assert_eq!(store.history(&user).expect("history").entries.len(), 1);
        let quarantined =
            store.all_keys().expect("keys").into_iter().filter(|(t, _)| t == QUARANTINE).count();
        assert_eq!(quarantined, 1);
    }
}
