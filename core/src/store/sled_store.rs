//! The [`Store`] on sled: one embedded database, one tree per kind of record.
//!
//! Every record of a user is stored under a random prefix of theirs and sealed with a key of
//! theirs (`keyring`), so /forget can make every copy sled still carries unreadable at once
//! by destroying the key. Keys: `sessions`, `prefs` and `members` (the prefix's user key,
//! sealed) by the prefix; `history` by the prefix and a unique id; `routine_done` by the prefix
//! and the post; `done_by_post` by the post and the prefix; `quarantine` (unreadable records,
//! kept as they were) by the prefix, the tree and the old key. Reminders are keyed by their
//! owner (`u:<prefix in hex>` for a user, sealed; the group's key for a group, in the clear)
//! and the id. A group reminder names who set it by their prefix only.
//!
//! Every write goes first into the `journal`, in the order sled sees it, and a commit is
//! acknowledged once the journal is synced (commits that arrive together share the sync);
//! sled itself is flushed at checkpoints. The write marks (`mark`) say how far both got:
//! an open that finds less refuses, instead of carrying on without acknowledged writes.

use std::{
    collections::HashSet,
    path::Path,
    sync::atomic::{AtomicU64, Ordering},
};

use chrono::{DateTime, Datelike, NaiveDate, Utc};

use super::{
    decode, encode, encode_into, Change, Committed, Counted, Record, ReminderChange, SessionChange, Store,
    StoreError, UserKey,
};
use crate::{
    club::ClubPost,
    history::{Entry, History},
    prefs::Prefs,
    reminders::Reminder,
    session::Session,
};

mod direct;
mod journal;
mod keyring;
mod mark;
mod recent;
mod side_file;
mod v1;

use keyring::{KeyRing, Prefix, UserSeal};
pub use side_file::Durability;

/// The trees of this layout (the first one's are in [`v1`]).
mod names {
    pub const META: &str = "2.meta";
    pub const MEMBERS: &str = "2.members";
    pub const SESSIONS: &str = "2.sessions";
    pub const PREFS: &str = "2.prefs";
    pub const HISTORY: &str = "2.history";
    pub const QUARANTINE: &str = "2.quarantine";
    pub const REMINDERS: &str = "2.reminders";
    /// next fire time (ms, big-endian) + reminder id -> the reminder's key.
    pub const REMINDER_INDEX: &str = "2.reminder_index";
    /// prefix + post id -> when they pressed Done (sealed).
    pub const ROUTINE_DONE: &str = "2.routine_done";
    /// post id -> how many pressed Done.
    pub const ROUTINE_COUNTS: &str = "2.routine_counts";
    /// platform, NUL, a unique id -> what a stopping adapter still owed a chat (sealed).
    pub const OWED: &str = "2.owed";
    /// group, NUL, time (ms) and post id -> a routine post of the group.
    pub const CLUB_POSTS: &str = "2.club_posts";
    /// post id + prefix -> nothing: who pressed Done, by post, for club stats.
    pub const DONE_BY_POST: &str = "2.done_by_post";
}

/// The layout this version writes.
const SCHEMA: u64 = 2;
const META_SCHEMA: &[u8] = b"schema";
/// The number of the last write in sled's own files: the last checkpoint (the journal replays
/// what comes after it).
const META_EPOCH: &[u8] = b"epoch";
const META_ID_OFFSET: &[u8] = b"id_offset";
/// `forgetting:` + a prefix: a /forget whose clean-up may not have finished.
const META_FORGETTING: &[u8] = b"forgetting:";
/// How long the key file had grown when a key was last made (see [`KeyRing::allocated`]).
const META_KEYS_LENGTH: &[u8] = b"keys_length";
/// `seen:` + a member's prefix -> the day they last did something (days from the common era,
/// big-endian): the retention clock, kept beside the other bookkeeping, never sealed (it
/// says nothing without the sealed member record).
const META_SEEN: &[u8] = b"seen:";
/// The day of the first retention sweep (days from the common era, big-endian).
const META_FIRST_SWEEP: &[u8] = b"first_sweep";

/// A club post as stored: keyed by its group, its time and its id (a group's posts read in
/// time order).
fn club_post_record(post: &ClubPost) -> Result<(Vec<u8>, Vec<u8>), StoreError> {
    let mut key = owner_prefix(&post.group);
    key.extend_from_slice(&millis(post.at));
    key.extend_from_slice(&post.id.to_be_bytes());
    Ok((key, encode(post)?))
}

fn seen_key(prefix: &Prefix) -> Vec<u8> {
    [META_SEEN, prefix.as_slice()].concat()
}

/// A day as `seen:` and `first_sweep` keep it.
fn seen_day(b: &[u8]) -> Option<NaiveDate> {
    <[u8; 4]>::try_from(b).ok().and_then(|b| NaiveDate::from_num_days_from_ce_opt(i32::from_be_bytes(b)))
}
/// The file that holds the users' keys, beside sled's own.
pub const KEY_FILE: &str = "keys";
/// The file that holds the write marks.
pub const MARK_FILE: &str = "mark";
/// The file that holds the writes since the last checkpoint.
pub const JOURNAL_FILE: &str = "journal";
/// The file sled writes first in a database directory.
const SLED_CONF: &str = "conf";

/// sled's page cache unless the deployment says otherwise: 64 MiB.
pub const DEFAULT_CACHE_BYTES: u64 = 64 * 1024 * 1024;

/// What sled is told its cache may hold, for a cache that should really take `bytes`.
/// sled counts a cached page at its size on disk, where keys are prefix-compressed, and
/// evicts a little late; decoded in memory, with an allocation per key and value, the pages it
/// keeps take about 1.6 times that (measured with heaptrack on 100,000 runners: 67 MB of
/// nodes for a setting of 43). Asking for three fifths makes `UPBACK_CACHE_MB` what the cache
/// really costs.
fn sled_cache_capacity(bytes: u64) -> u64 {
    bytes / 5 * 3
}

/// One stored record as bytes: its tree's name, its key and its value.
pub type RawRecord = (Vec<u8>, Vec<u8>, Vec<u8>);

pub struct SledStore {
    db: sled::Db,
    meta: sled::Tree,
    members: sled::Tree,
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
    keys: KeyRing,
    mark: mark::Mark,
    journal: journal::Journal,
    /// The sessions and preferences read or written lately.
    recent: recent::Recent,
    /// Added to sled's ids, so that ids restored from a backup are never handed out again.
    id_offset: AtomicU64,
    /// Commits that arrive together share one journal sync.
    commits: super::group_commit::GroupCommit,
    /// Set once the open finished: a database refused at its open is left as it was found.
    opened: std::sync::atomic::AtomicBool,
    /// The key file's length last recorded in the database.
    keys_length: AtomicU64,
}

/// A store that closes checkpoints, so the next open has nothing to replay.
impl Drop for SledStore {
    fn drop(&mut self) {
        if self.opened.load(Ordering::SeqCst) {
            if let Err(e) = self.flush() {
                tracing::warn!(error = %e, "the checkpoint at close failed; the next open replays the journal");
            }
        }
    }
}

/// The trees, by the number the journal knows each by. The numbers are stored: never change
/// or reuse one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
enum TreeId {
    Meta = 0,
    Members = 1,
    Sessions = 2,
    Prefs = 3,
    History = 4,
    Quarantine = 5,
    Reminders = 6,
    ReminderIndex = 7,
    RoutineDone = 8,
    RoutineCounts = 9,
    Owed = 10,
    ClubPosts = 11,
    DoneByPost = 12,
}

impl TreeId {
    const ALL: [TreeId; 13] = [
        TreeId::Meta,
        TreeId::Members,
        TreeId::Sessions,
        TreeId::Prefs,
        TreeId::History,
        TreeId::Quarantine,
        TreeId::Reminders,
        TreeId::ReminderIndex,
        TreeId::RoutineDone,
        TreeId::RoutineCounts,
        TreeId::Owed,
        TreeId::ClubPosts,
        TreeId::DoneByPost,
    ];
}

/// The writes of one commit, gathered while the journal's tail is held: reads through it
/// see the writes already gathered, as a transaction's would.
struct Writes<'a> {
    store: &'a SledStore,
    ops: Vec<journal::Op>,
    /// What to keep in [`recent`] once the writes are in sled.
    keep: Vec<Keep>,
}

enum Keep {
    Session(Prefix, Option<Session>),
    Prefs(Prefix, Prefs),
}

impl Writes<'_> {
    fn insert(&mut self, tree: TreeId, key: impl AsRef<[u8]>, value: impl AsRef<[u8]>) {
        let (key, value) = (key.as_ref().to_vec(), Some(value.as_ref().to_vec()));
        self.ops.push(journal::Op { tree: tree as u8, key, value });
    }

    /// [`Self::insert`] of a value the caller no longer needs, without copying it.
    fn insert_owned(&mut self, tree: TreeId, key: impl AsRef<[u8]>, value: Vec<u8>) {
        self.ops.push(journal::Op { tree: tree as u8, key: key.as_ref().to_vec(), value: Some(value) });
    }

    fn remove(&mut self, tree: TreeId, key: impl AsRef<[u8]>) {
        self.ops.push(journal::Op { tree: tree as u8, key: key.as_ref().to_vec(), value: None });
    }

    fn get(&self, tree: TreeId, key: impl AsRef<[u8]>) -> Result<Option<Vec<u8>>, StoreError> {
        let key = key.as_ref();
        if let Some(op) = self.ops.iter().rev().find(|op| op.tree == tree as u8 && op.key == key) {
            return Ok(op.value.clone());
        }
        Ok(self.store.tree(tree).get(key).map_err(backend)?.map(|v| v.to_vec()))
    }
}

fn backend(e: impl std::fmt::Display) -> StoreError {
    StoreError::Backend(e.to_string())
}

/// Opens sled's database, waiting a moment for its lock. sled lets go of the lock file only
/// once its own threads let go of the database, so a database closed a moment ago in this
/// process can still be held for a few milliseconds (a test that closed and reopened one
/// failed on it once). Another process's lock is reported after about 0.3 s.
fn open_sled(config: &sled::Config, dir: &Path) -> Result<sled::Db, StoreError> {
    let mut wait = std::time::Duration::from_millis(10);
    loop {
        match config.open().map_err(|e| open_error(e, dir)) {
            Err(StoreError::Locked) if wait <= std::time::Duration::from_millis(160) => {
                std::thread::sleep(wait);
                wait *= 2;
            }
            opened => return opened,
        }
    }
}

/// Says what really went wrong opening a database: locked, read-only, no permission, damaged.
fn open_error(e: sled::Error, dir: &Path) -> StoreError {
    match e {
        sled::Error::Io(io) if io.to_string().contains("could not acquire lock") => StoreError::Locked,
        sled::Error::Io(io) => match io.kind() {
            std::io::ErrorKind::ReadOnlyFilesystem => StoreError::ReadOnly,
            std::io::ErrorKind::PermissionDenied => StoreError::PermissionDenied(dir.display().to_string()),
            _ => StoreError::Backend(format!("{}: {io}", dir.display())),
        },
        sled::Error::Corruption { .. } => {
            StoreError::Corrupt(format!("sled found damage in {}", dir.display()))
        }
        other => StoreError::Backend(other.to_string()),
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(s: &str) -> Option<Prefix> {
    let mut out = [0u8; 16];
    if s.len() != 32 {
        return None;
    }
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(s.get(2 * i..2 * i + 2)?, 16).ok()?;
    }
    Some(out)
}

fn be_u64(bytes: &[u8]) -> Option<u64> {
    <[u8; 8]>::try_from(bytes).ok().map(u64::from_be_bytes)
}

fn millis(at: DateTime<Utc>) -> [u8; 8] {
    u64::try_from(at.timestamp_millis()).unwrap_or(0).to_be_bytes()
}

fn owner_prefix(owner: &str) -> Vec<u8> {
    let mut p = owner.as_bytes().to_vec();
    p.push(0);
    p
}

fn index_key(at: DateTime<Utc>, id: u64) -> Vec<u8> {
    let mut k = millis(at).to_vec();
    k.extend_from_slice(&id.to_be_bytes());
    k
}

/// What a group reminder keeps of who set it: their prefix, which names nobody once they
/// are forgotten.
const MEMBER_TOKEN: &str = "member:";

/// Where a reminder is kept (its key prefix), and the seal of the user it belongs to
/// (none for a group's, which are kept plain).
type ReminderHome = (Vec<u8>, Option<UserSeal>);

impl SledStore {
    /// Opens (or creates) the database in `dir`. Fails when another process has it open, and
    /// when it finds the database behind its write mark (see `mark`).
    pub fn open(dir: &Path) -> Result<Self, StoreError> {
        Self::open_with_cache(dir, DEFAULT_CACHE_BYTES)
    }

    /// Whether `dir` holds an upback database (for the commands that must not make one).
    pub fn exists_in(dir: &Path) -> bool {
        dir.join(SLED_CONF).is_file() && dir.join("db").is_file()
    }

    /// Opens a database that must already be there: `backup`'s, not a new empty one.
    pub fn open_existing(dir: &Path) -> Result<Self, StoreError> {
        if !Self::exists_in(dir) {
            return Err(StoreError::NoDatabase(dir.display().to_string()));
        }
        Self::open(dir)
    }

    /// [`SledStore::open`] with a page cache of `bytes` (`UPBACK_CACHE_MB`): the most memory
    /// the database holds on to, whatever the number of users on disk.
    pub fn open_with_cache(dir: &Path, bytes: u64) -> Result<Self, StoreError> {
        Self::open_with(dir, bytes, Durability::default())
    }

    /// [`SledStore::open_with_cache`], with commits acknowledged at `durability`
    /// (`UPBACK_SYNC`).
    pub fn open_with(dir: &Path, bytes: u64, durability: Durability) -> Result<Self, StoreError> {
        let existed = Self::exists_in(dir);
        let config = sled::Config::new().path(dir).cache_capacity(sled_cache_capacity(bytes));
        let db = open_sled(&config, dir)?;
        let key_file = dir.join(KEY_FILE);
        if existed && !key_file.exists() && !v1::present(&db)? && Self::holds_users(&db)? {
            return Err(StoreError::Corrupt(format!(
                "{} is missing: the records in this database cannot be read without it",
                key_file.display()
            )));
        }
        let keys = KeyRing::open(&key_file, durability)?;
        let (mark, marks) = mark::Mark::open(&dir.join(MARK_FILE))?;
        let (journal, found) = journal::Journal::open(&dir.join(JOURNAL_FILE), durability)?;
        let store = Self::from_db(db, keys, mark, journal)?;
        store.recover(marks.unwrap_or_default(), found)?;
        store.settle(Some(dir))?;
        store.opened.store(true, Ordering::SeqCst);
        Ok(store)
    }

    /// A throwaway database in memory or a temp dir, for tests and `--ephemeral` runs.
    pub fn temporary() -> Result<Self, StoreError> {
        let db = sled::Config::new().temporary(true).open().map_err(backend)?;
        let store = Self::from_db(db, KeyRing::temporary()?, mark::Mark::none(), journal::Journal::none())?;
        store.settle(None)?;
        store.opened.store(true, Ordering::SeqCst);
        Ok(store)
    }

    /// Replays what the journal holds past sled's last checkpoint, after checking that
    /// nothing the marks say was saved is missing.
    ///
    /// A record that does not read back ends the replay. That loses nothing confirmed as
    /// long as the journal mark is reached (a kill cannot tear a record that was confirmed;
    /// a power cut can tear ones that were not, and leave newer ones readable past them).
    fn recover(&self, marks: mark::Marks, found: journal::Scan) -> Result<(), StoreError> {
        let checkpoint = self.meta.get(META_EPOCH).map_err(backend)?.and_then(|v| be_u64(&v)).unwrap_or(0);
        if checkpoint < marks.checkpoint {
            return Err(StoreError::Damaged { expected: marks.checkpoint, found: checkpoint });
        }
        let mut tail = self.journal.lock();
        let mut last = checkpoint;
        let mut replayed = 0;
        for entry in found.entries.into_iter().filter(|e| e.seq > checkpoint) {
            if last.checked_add(1) != Some(entry.seq) {
                return Err(StoreError::Damaged { expected: last.saturating_add(1), found: last });
            }
            self.apply(&entry.ops)?;
            last = entry.seq;
            replayed += 1;
        }
        if last < marks.journal {
            return Err(StoreError::Damaged { expected: marks.journal, found: last });
        }
        if let Some(stray) = found.stray.filter(|s| *s > last) {
            tracing::warn!(
                up_to = stray,
                after = last,
                "the journal holds writes past one that does not read back; none was confirmed saved, and they are left out"
            );
        }
        // Numbering goes on past every record either file still holds, so that none left
        // behind can be taken for a later one; the checkpoint below then says so. (Not past
        // a number no journal could have reached since the last one: a journal holds far
        // fewer than 2^32 records, and a forged one must not leave no numbers to write with.)
        let resumed = found.stray.filter(|s| s.saturating_sub(last) < 1 << 32).map_or(last, |s| s.max(last));
        tail.resume(resumed);
        tail.ready()?;
        if replayed > 0 {
            tracing::info!(writes = replayed, "replayed the journal past the last checkpoint");
        }
        drop(tail);
        let offset = self.meta.get(META_ID_OFFSET).map_err(backend)?.and_then(|v| be_u64(&v)).unwrap_or(0);
        self.id_offset.store(offset, Ordering::SeqCst);
        // sled keeps its id counter safe across a crash only if one of its own flushes
        // follows the first id it hands out after an open (it jumps ahead at each open, and
        // counts on that jump being on disk). The journal spares sled those flushes, so one id
        // is taken now, before the checkpoint the open ends with.
        self.db.generate_id().map_err(backend)?;
        // What was replayed goes into sled's files before anything new is written: the next
        // record goes at the start of the journal, over what was just replayed.
        if replayed > 0 || resumed > last {
            self.flush()?;
        }
        Ok(())
    }

    fn tree(&self, id: TreeId) -> &sled::Tree {
        match id {
            TreeId::Meta => &self.meta,
            TreeId::Members => &self.members,
            TreeId::Sessions => &self.sessions,
            TreeId::Prefs => &self.prefs,
            TreeId::History => &self.history,
            TreeId::Quarantine => &self.quarantine,
            TreeId::Reminders => &self.reminders,
            TreeId::ReminderIndex => &self.reminder_index,
            TreeId::RoutineDone => &self.routine_done,
            TreeId::RoutineCounts => &self.routine_counts,
            TreeId::Owed => &self.owed,
            TreeId::ClubPosts => &self.club_posts,
            TreeId::DoneByPost => &self.done_by_post,
        }
    }

    /// Makes one write: `f` reads what it needs and gathers the writes while the journal's
    /// tail is held (so no other write comes between), and unless it fails they go into the
    /// journal and then into sled, atomically. Not durable until [`Self::durable`]. Once the
    /// journal has grown large, a checkpoint follows.
    fn write<T>(&self, f: impl FnOnce(&mut Writes<'_>) -> Result<T, StoreError>) -> Result<T, StoreError> {
        let mut tail = self.journal.lock();
        let mut writes = Writes { store: self, ops: Vec::new(), keep: Vec::new() };
        let out = f(&mut writes)?;
        if !writes.ops.is_empty() {
            tail.append(&writes.ops)?;
            self.apply(&writes.ops)?;
        }
        for keep in writes.keep {
            match keep {
                Keep::Session(prefix, session) => self.recent.wrote_session(prefix, session),
                Keep::Prefs(prefix, prefs) => self.recent.wrote_prefs(prefix, prefs),
            }
        }
        drop(tail);
        if self.journal.len() > journal::CHECKPOINT_BYTES {
            self.flush()?;
        }
        Ok(out)
    }

    /// Puts journalled writes into sled, and lets go of what [`recent`] kept of them.
    fn apply(&self, ops: &[journal::Op]) -> Result<(), StoreError> {
        let result = self.apply_to_sled(ops);
        for op in ops {
            let kind = match op.tree {
                t if t == TreeId::Sessions as u8 => recent::Kind::Session,
                t if t == TreeId::Prefs as u8 => recent::Kind::Prefs,
                _ => continue,
            };
            if let Ok(prefix) = <Prefix>::try_from(op.key.as_slice()) {
                self.recent.changed(&prefix, kind);
            }
        }
        result
    }

    /// In the order gathered, without a sled transaction: the journal record is already
    /// written whole, so a crash part-way is finished by the replay, and the order keeps
    /// what other readers see sound (a reminder is there before its index entry, an index
    /// entry goes before its reminder).
    fn apply_to_sled(&self, ops: &[journal::Op]) -> Result<(), StoreError> {
        for op in ops {
            let id = TreeId::ALL.get(usize::from(op.tree)).copied().ok_or_else(|| {
                StoreError::Corrupt(format!("the journal names tree {}, unknown here", op.tree))
            })?;
            let tree = self.tree(id);
            match &op.value {
                Some(v) => tree.insert(op.key.as_slice(), v.as_slice()).map(drop),
                None => tree.remove(op.key.as_slice()).map(drop),
            }
            .map_err(backend)?;
        }
        Ok(())
    }

    fn holds_users(db: &sled::Db) -> Result<bool, StoreError> {
        Ok(!db.open_tree(names::MEMBERS).map_err(backend)?.is_empty())
    }

    fn from_db(
        db: sled::Db,
        keys: KeyRing,
        mark: mark::Mark,
        journal: journal::Journal,
    ) -> Result<Self, StoreError> {
        let commits = if journal.is_file() {
            super::group_commit::GroupCommit::new()
        } else {
            super::group_commit::GroupCommit::none()
        };
        let tree = |name: &str| db.open_tree(name).map_err(backend);
        let meta = tree(names::META)?;
        let number = |key: &[u8]| -> Result<u64, StoreError> {
            Ok(meta.get(key).map_err(backend)?.and_then(|v| be_u64(&v)).unwrap_or(0))
        };
        Ok(Self {
            id_offset: AtomicU64::new(number(META_ID_OFFSET)?),
            members: tree(names::MEMBERS)?,
            sessions: tree(names::SESSIONS)?,
            prefs: tree(names::PREFS)?,
            history: tree(names::HISTORY)?,
            quarantine: tree(names::QUARANTINE)?,
            reminders: tree(names::REMINDERS)?,
            reminder_index: tree(names::REMINDER_INDEX)?,
            routine_done: tree(names::ROUTINE_DONE)?,
            routine_counts: tree(names::ROUTINE_COUNTS)?,
            owed: tree(names::OWED)?,
            club_posts: tree(names::CLUB_POSTS)?,
            done_by_post: tree(names::DONE_BY_POST)?,
            meta,
            keys,
            mark,
            journal,
            recent: Default::default(),
            commits,
            opened: Default::default(),
            keys_length: AtomicU64::new(0),
            db,
        })
    }

    /// Brings the database to this layout and finishes what a crash interrupted: a move from
    /// the first layout (after a backup of it), a /forget's clean-up.
    fn settle(&self, dir: Option<&Path>) -> Result<(), StoreError> {
        let schema = self.meta.get(META_SCHEMA).map_err(backend)?.and_then(|v| be_u64(&v));
        match schema {
            Some(SCHEMA) => {
                if v1::present(&self.db)? {
                    // The move finished but the old trees were not dropped yet.
                    v1::drop_all(&self.db)?;
                }
            }
            Some(newer) => {
                return Err(StoreError::Corrupt(format!(
                    "this database is in layout {newer}, made by a newer upback; run that version"
                )))
            }
            None if v1::present(&self.db)? => self.migrate_v1(dir)?,
            None => self.write(|w| {
                w.insert(TreeId::Meta, META_SCHEMA, SCHEMA.to_be_bytes());
                Ok(())
            })?,
        }
        let pending: Vec<sled::IVec> =
            self.meta.scan_prefix(META_FORGETTING).keys().collect::<Result<_, _>>().map_err(backend)?;
        for key in pending {
            if let Ok(prefix) = <[u8; 16]>::try_from(&key[META_FORGETTING.len()..]) {
                tracing::info!("finishing a /forget that a stop interrupted");
                self.clean_up(&prefix)?;
            }
        }
        if dir.is_some() {
            self.check_keys()?;
        }
        self.flush()
    }

    /// Refuses a key file that does not fit the database: cut short of the length it had
    /// grown to, or holding keys that are not the ones their runners' records were sealed
    /// with (a changed byte). Either would make runners look new, their history gone without
    /// a word, and every backup from then on hold nothing of them. A runner whose key is
    /// simply not there is what a power cut at `UPBACK_SYNC=disk` can leave (their newest
    /// records are lost with it): said, not refused.
    fn check_keys(&self) -> Result<(), StoreError> {
        let length = self.keys.allocated();
        let recorded = self.meta.get(META_KEYS_LENGTH).map_err(backend)?.and_then(|v| be_u64(&v));
        if let Some(recorded) = recorded.filter(|r| *r > length) {
            return Err(StoreError::Corrupt(format!(
                "the key file ({KEY_FILE}) is cut short: it holds {length} bytes of the {recorded} it had grown to"
            )));
        }
        let (mut wrong, mut missing, mut keyed) = (0usize, 0usize, 0usize);
        for item in self.members.iter() {
            let (k, sealed) = item.map_err(backend)?;
            let Ok(prefix) = <Prefix>::try_from(k.as_ref()) else { continue };
            let Some(seal) = self.keys.by_prefix(&prefix) else {
                missing += 1;
                continue;
            };
            keyed += 1;
            let user = seal
                .open(names::MEMBERS, &prefix, &sealed)
                .ok()
                .and_then(|bytes| String::from_utf8(bytes).ok())
                // Any key the store made one for, a chat's own (`chat:…`) too.
                .and_then(|s| s.split_once(':').map(|(platform, id)| UserKey::new(platform, id)));
            let fits = match user {
                Some(user) => self.keys.belongs_to(&prefix, &user)?,
                None => false,
            };
            if !fits {
                wrong += 1;
            }
        }
        // A runner without their key while a key belongs to nobody: a key's name changed.
        if missing > 0 && self.keys.count() > keyed {
            wrong += missing;
        }
        if wrong > 0 {
            return Err(StoreError::Corrupt(format!(
                "the key file ({KEY_FILE}) is damaged: {wrong} runners' keys do not match their records"
            )));
        }
        if missing > 0 {
            tracing::warn!(
                runners = missing,
                "runners with records but no key (a power cut while their key was made): their records cannot be read"
            );
        }
        self.keys_length.store(length, Ordering::SeqCst);
        if recorded != Some(length) {
            self.write(|w| {
                w.insert(TreeId::Meta, META_KEYS_LENGTH, length.to_be_bytes());
                Ok(())
            })?;
        }
        Ok(())
    }

    /// Moves a database of the first layout into this one. A backup of it goes into
    /// `backups/` first; a crash part-way starts the move again at the next open.
    fn migrate_v1(&self, dir: Option<&Path>) -> Result<(), StoreError> {
        let records = v1::records(&self.db)?;
        tracing::warn!(records = records.len(), "moving the database to the sealed layout");
        if let Some(dir) = dir {
            let backups = dir.join(crate::backup::DIR);
            let path = backups.join(format!("upback-before-layout-{SCHEMA}.backup"));
            if !path.exists() {
                let now = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .ok()
                    .and_then(|d| DateTime::from_timestamp(i64::try_from(d.as_secs()).ok()?, 0))
                    .unwrap_or_default();
                crate::backup::write_records(&path, now, records.iter().cloned())
                    .map_err(|e| StoreError::Backend(format!("the backup before the move failed: {e}")))?;
                tracing::warn!(path = %path.display(), "backed up the database before moving it");
            }
        }
        // What an interrupted move left in the new trees is made again from the old ones.
        for id in TreeId::ALL.into_iter().filter(|id| *id != TreeId::Meta) {
            let keys: Vec<sled::IVec> =
                self.tree(id).iter().keys().collect::<Result<_, _>>().map_err(backend)?;
            self.write(|w| {
                keys.iter().for_each(|k| w.remove(id, k));
                Ok(())
            })?;
        }
        for record in records {
            self.import(record)?;
        }
        self.write(|w| {
            w.insert(TreeId::Meta, META_SCHEMA, SCHEMA.to_be_bytes());
            Ok(())
        })?;
        self.flush()?;
        v1::drop_all(&self.db)?;
        Ok(())
    }

    /// A checkpoint: writes everything into sled's own files now, moves the marks on, and
    /// starts the journal again.
    pub fn flush(&self) -> Result<(), StoreError> {
        let mut tail = self.journal.lock();
        let seq = tail.seq();
        // Last before the flush: a log cut short anywhere before it loses this too. Not
        // journalled: it says what the journal need not replay.
        self.meta.insert(META_EPOCH, &seq.to_be_bytes()).map_err(backend)?;
        self.db.flush().map_err(backend)?;
        self.mark.advance(seq, Some(seq))?;
        tail.restart()
    }

    /// Returns once what was just written is on disk, sharing the sync with whatever
    /// other commits arrived at the same moment.
    fn durable(&self) -> Result<(), StoreError> {
        self.commits.durable(|| self.journal.sync().and_then(|upto| self.mark.advance(upto, None)))
    }

    /// The user's key, made first (with their entry in `members`) if they have none.
    fn seal_for(&self, user: &UserKey) -> Result<UserSeal, StoreError> {
        if let Some(seal) = self.keys.get(user)? {
            return Ok(seal);
        }
        let seal = self.keys.get_or_create(user)?;
        let sealed = seal.seal(names::MEMBERS, &seal.prefix, user.as_str().as_bytes())?;
        // After a key that grew the file: from now on the file must be at least this long.
        let length = self.keys.allocated();
        let grew = length > self.keys_length.load(Ordering::SeqCst);
        self.write(|w| {
            w.insert(TreeId::Members, seal.prefix, sealed);
            if grew {
                w.insert(TreeId::Meta, META_KEYS_LENGTH, length.to_be_bytes());
            }
            Ok(())
        })?;
        if grew {
            self.keys_length.fetch_max(length, Ordering::SeqCst);
        }
        Ok(seal)
    }

    /// The user whose records are under `prefix`, if they are still known.
    fn member(&self, prefix: &Prefix) -> Result<Option<UserKey>, StoreError> {
        let Some(seal) = self.keys.by_prefix(prefix) else { return Ok(None) };
        let Some(sealed) = self.members.get(prefix).map_err(backend)? else { return Ok(None) };
        let bytes = seal.open(names::MEMBERS, prefix, &sealed)?;
        Ok(String::from_utf8(bytes).ok().and_then(|s| UserKey::parse(&s)))
    }

    /// A value of the user's, sealed for its place.
    fn sealed<T: serde::Serialize>(
        seal: &UserSeal,
        tree: &str,
        key: &[u8],
        value: &T,
    ) -> Result<Vec<u8>, StoreError> {
        thread_local! {
            /// Where a value is encoded before it is sealed, kept from one value to the next:
            /// encoding grows a buffer as it goes, and a new one each time made every session
            /// (about 1.5 KB) a few trips to the allocator's shared arena.
            static PLAIN: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
        }
        PLAIN.with_borrow_mut(|plain| {
            plain.clear();
            let sealed = encode_into(value, plain).and_then(|()| seal.seal(tree, key, plain));
            // Not held on to after an unusually large value.
            if plain.capacity() > 64 * 1024 {
                *plain = Vec::new();
            }
            sealed
        })
    }

    /// Opens and reads a value of the user's.
    fn unsealed<T: serde::de::DeserializeOwned>(
        seal: &UserSeal,
        tree: &'static str,
        key: &[u8],
        bytes: &[u8],
    ) -> Result<T, StoreError> {
        decode(tree, &seal.open(tree, key, bytes)?)
    }

    /// Where a reminder of `owner` is kept, and the key it is sealed with (a user's), made if
    /// `create`.
    fn reminder_home(&self, owner: &str, create: bool) -> Result<Option<ReminderHome>, StoreError> {
        match UserKey::parse(owner) {
            Some(user) => {
                let seal = if create { Some(self.seal_for(&user)?) } else { self.keys.get(&user)? };
                Ok(seal.map(|s| (owner_prefix(&format!("u:{}", hex(&s.prefix))), Some(s))))
            }
            None => Ok(Some((owner_prefix(owner), None))),
        }
    }

    fn reminder_key(home: &[u8], id: u64) -> Vec<u8> {
        let mut k = home.to_vec();
        k.extend_from_slice(&id.to_be_bytes());
        k
    }

    /// A reminder as stored: sealed when it is a user's; a group's names its creator by
    /// prefix only.
    fn reminder_bytes(
        &self,
        key: &[u8],
        seal: Option<&UserSeal>,
        reminder: &Reminder,
    ) -> Result<Vec<u8>, StoreError> {
        match seal {
            Some(seal) => Self::sealed(seal, names::REMINDERS, key, reminder),
            None => {
                let mut r = reminder.clone();
                if let Some(user) = UserKey::parse(&r.created_by) {
                    r.created_by = format!("{MEMBER_TOKEN}{}", hex(&self.seal_for(&user)?.prefix));
                }
                encode(&r)
            }
        }
    }

    /// Reads a stored reminder back (the creator of a group's resolved, or empty once they
    /// are forgotten).
    fn reminder_from(&self, key: &[u8], bytes: &[u8]) -> Result<Reminder, StoreError> {
        let mut r = self.reminder_as_stored(key, bytes)?;
        if let Some(token) = r.created_by.strip_prefix(MEMBER_TOKEN) {
            let user = unhex(token).map(|p| self.member(&p)).transpose()?.flatten();
            r.created_by = user.map(|u| u.to_string()).unwrap_or_default();
        }
        Ok(r)
    }

    /// A reminder as it is kept, its group creator still a member token: what a swap compares
    /// revisions on (no other record needs reading for that).
    fn reminder_as_stored(&self, key: &[u8], bytes: &[u8]) -> Result<Reminder, StoreError> {
        let user_home = key
            .strip_prefix(b"u:")
            .and_then(|rest| std::str::from_utf8(rest.get(..32)?).ok())
            .and_then(unhex);
        match user_home {
            Some(prefix) => {
                let seal = self.keys.by_prefix(&prefix).ok_or(StoreError::Unreadable {
                    what: names::REMINDERS,
                    reason: "its owner was forgotten".into(),
                })?;
                Self::unsealed(&seal, names::REMINDERS, key, bytes)
            }
            None => decode(names::REMINDERS, bytes),
        }
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

    /// How many records of the user are stored, in any tree (for tests that forgetting and
    /// "without history" keep what they promise).
    pub fn records_of(&self, user: &UserKey) -> Result<usize, StoreError> {
        let Some(seal) = self.keys.get(user)? else { return Ok(0) };
        self.records_under(&seal.prefix)
    }

    fn records_under(&self, prefix: &Prefix) -> Result<usize, StoreError> {
        let mut n = 0;
        for tree in
            [&self.members, &self.sessions, &self.prefs, &self.history, &self.quarantine, &self.routine_done]
        {
            n += tree.scan_prefix(prefix).count();
        }
        let home = owner_prefix(&format!("u:{}", hex(prefix)));
        n += self.reminders.scan_prefix(home).count();
        Ok(n)
    }

    /// The records kept under one member's prefix, as a backup holds them (their reminders
    /// aside): the one list of them, for a backup and for the member's /export alike.
    fn member_records(
        &self,
        seal: &UserSeal,
        user: &UserKey,
        each: &mut dyn FnMut(Record) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        use base64::{engine::general_purpose::STANDARD, Engine as _};
        let prefix = seal.prefix;
        let name = user.to_string();
        // A value that does not open is handed over as its bytes, so nothing is lost.
        let unreadable = |from: &str, bytes: &[u8]| Record::Unreadable {
            user: name.clone(),
            from: from.into(),
            bytes: STANDARD.encode(bytes),
        };
        if let Some(bytes) = self.prefs.get(prefix).map_err(backend)? {
            match Self::unsealed(seal, names::PREFS, &prefix, &bytes) {
                Ok(prefs) => each(Record::Prefs { user: name.clone(), prefs })?,
                Err(_) => each(unreadable("prefs", &bytes))?,
            }
        }
        if let Some(bytes) = self.sessions.get(prefix).map_err(backend)? {
            match Self::unsealed(seal, names::SESSIONS, &prefix, &bytes) {
                Ok(session) => each(Record::Session { user: name.clone(), session })?,
                Err(_) => each(unreadable("sessions", &bytes))?,
            }
        }
        for kv in self.history.scan_prefix(prefix) {
            let (k, bytes) = kv.map_err(backend)?;
            match Self::unsealed(seal, names::HISTORY, &k, &bytes) {
                Ok(entry) => each(Record::Entry { user: name.clone(), entry })?,
                Err(_) => each(unreadable("history", &bytes))?,
            }
        }
        for kv in self.routine_done.scan_prefix(prefix) {
            let (k, bytes) = kv.map_err(backend)?;
            let Some(post) = k.get(16..).and_then(be_u64) else { continue };
            let at = Self::unsealed(seal, names::ROUTINE_DONE, &k, &bytes).unwrap_or(None);
            each(Record::Done { user: name.clone(), post, at })?;
        }
        for kv in self.quarantine.scan_prefix(prefix) {
            let (k, bytes) = kv.map_err(backend)?;
            let from = k.get(16..).map(|rest| {
                let end = rest.iter().position(|b| *b == 0).unwrap_or(rest.len());
                String::from_utf8_lossy(&rest[..end]).trim_start_matches("2.").to_string()
            });
            each(unreadable(&from.unwrap_or_default(), &bytes))?;
        }
        if let Some(day) = self.meta.get(seen_key(&prefix)).map_err(backend)?.and_then(|b| seen_day(&b)) {
            each(Record::Active { user: name.clone(), day })?;
        }
        Ok(())
    }

    /// The trees in which the user has records (for tests: "only their settings").
    pub fn trees_of(&self, user: &UserKey) -> Result<Vec<&'static str>, StoreError> {
        let Some(seal) = self.keys.get(user)? else { return Ok(Vec::new()) };
        let trees = [
            (names::SESSIONS, &self.sessions),
            (names::PREFS, &self.prefs),
            (names::HISTORY, &self.history),
            (names::QUARANTINE, &self.quarantine),
            (names::ROUTINE_DONE, &self.routine_done),
        ];
        Ok(trees
            .into_iter()
            .filter(|(_, t)| t.scan_prefix(seal.prefix).next().is_some())
            .map(|(name, _)| name.trim_start_matches("2."))
            .collect())
    }

    /// Writes a value under a user's key in one of the per-user trees (`sessions`, `prefs`,
    /// `history`, `quarantine`), sealed as the store would: for tests that a record that
    /// opens but cannot be read is handled kindly.
    pub fn put_raw(&self, tree: &str, user: &UserKey, value: &[u8]) -> Result<(), StoreError> {
        let seal = self.seal_for(user)?;
        let (name, tree, key) = match tree {
            "history" => {
                let mut k = seal.prefix.to_vec();
                k.extend_from_slice(&u64::MAX.to_be_bytes());
                (names::HISTORY, TreeId::History, k)
            }
            "prefs" => (names::PREFS, TreeId::Prefs, seal.prefix.to_vec()),
            "quarantine" => {
                let mut k = seal.prefix.to_vec();
                k.extend_from_slice(b"test\0");
                (names::QUARANTINE, TreeId::Quarantine, k)
            }
            _ => (names::SESSIONS, TreeId::Sessions, seal.prefix.to_vec()),
        };
        let sealed = seal.seal(name, &key, value)?;
        self.write(|w| {
            w.insert(tree, &key, sealed);
            Ok(())
        })?;
        self.flush()
    }

    fn history_key(&self, prefix: &Prefix) -> Result<Vec<u8>, StoreError> {
        let mut k = prefix.to_vec();
        k.extend_from_slice(&self.db.generate_id().map_err(backend)?.to_be_bytes());
        Ok(k)
    }

    /// Moves an unreadable value aside, so the user can carry on and nothing is lost.
    fn quarantine(&self, tree: TreeId, tree_name: &str, prefix: &Prefix, key: &[u8], value: &[u8]) {
        let mut qkey = prefix.to_vec();
        qkey.extend_from_slice(tree_name.as_bytes());
        qkey.push(0);
        qkey.extend_from_slice(key);
        let moved = self.write(|w| {
            w.insert(TreeId::Quarantine, &qkey, value);
            w.remove(tree, key);
            Ok(())
        });
        match moved.and_then(|_| self.durable()) {
            Ok(_) => tracing::warn!(tree = tree_name, "an unreadable record was moved to quarantine"),
            Err(e) => {
                tracing::error!(tree = tree_name, error = %e, "could not quarantine an unreadable record")
            }
        }
    }

    fn read_one<T: serde::de::DeserializeOwned>(
        &self,
        tree: TreeId,
        name: &'static str,
        user: &UserKey,
    ) -> Result<Option<T>, StoreError> {
        let Some(seal) = self.keys.get(user)? else { return Ok(None) };
        let key = seal.prefix;
        let Some(bytes) = self.tree(tree).get(key).map_err(backend)? else {
            return Ok(None);
        };
        match Self::unsealed(&seal, name, &key, &bytes) {
            Ok(v) => Ok(Some(v)),
            Err(e) => {
                tracing::warn!(tree = name, error = %e, "unreadable record");
                self.quarantine(tree, name, &seal.prefix, &key, &bytes);
                Err(e)
            }
        }
    }

    /// Removes every record stored under a forgotten user's prefix, in one write, and
    /// scrubs them from the group reminders they set.
    fn clean_up(&self, prefix: &Prefix) -> Result<(), StoreError> {
        self.write(|w| {
            let keys_in = |tree: &sled::Tree| -> Result<Vec<sled::IVec>, StoreError> {
                tree.scan_prefix(prefix).keys().collect::<Result<_, _>>().map_err(backend)
            };
            for id in [TreeId::Members, TreeId::Sessions, TreeId::Prefs] {
                w.remove(id, prefix);
            }
            for id in [TreeId::History, TreeId::Quarantine] {
                keys_in(self.tree(id))?.iter().for_each(|k| w.remove(id, k));
            }
            for k in keys_in(&self.routine_done)? {
                if let Some(post) = k.get(16..) {
                    w.remove(TreeId::DoneByPost, [post, prefix.as_slice()].concat());
                }
                w.remove(TreeId::RoutineDone, k);
            }
            let home = owner_prefix(&format!("u:{}", hex(prefix)));
            for k in self.reminders.scan_prefix(&home).keys() {
                w.remove(TreeId::Reminders, k.map_err(backend)?);
            }
            // A forgotten user's reminders cannot be read any more; their index entries are
            // found by the key they point at.
            for kv in self.reminder_index.iter() {
                let (i, target) = kv.map_err(backend)?;
                if target.starts_with(&home) {
                    w.remove(TreeId::ReminderIndex, i);
                }
            }
            let token = format!("{MEMBER_TOKEN}{}", hex(prefix));
            for kv in self.reminders.iter() {
                let (k, v) = kv.map_err(backend)?;
                if k.starts_with(b"u:") {
                    continue;
                }
                if let Ok(mut r) = decode::<Reminder>(names::REMINDERS, &v) {
                    if r.created_by == token {
                        r.created_by.clear();
                        w.insert(TreeId::Reminders, k, encode(&r)?);
                    }
                }
            }
            w.remove(TreeId::Meta, [META_FORGETTING, prefix.as_slice()].concat());
            w.remove(TreeId::Meta, seen_key(prefix));
            Ok(())
        })
    }
}

/// A reminder change made ready before the write: where it goes and its new bytes.
struct Swap {
    key: Vec<u8>,
    reminder: Reminder,
    /// The stored bytes at the revision it was read at are checked inside.
    new: Option<Vec<u8>>,
}

impl SledStore {
    fn prepare_swap(&self, reminder: &Reminder, remove: bool) -> Result<Option<Swap>, StoreError> {
        let Some((home, seal)) = self.reminder_home(&reminder.owner, !remove)? else { return Ok(None) };
        let key = Self::reminder_key(&home, reminder.id);
        let new = if remove {
            None
        } else {
            let next = Reminder { rev: reminder.rev + 1, ..reminder.clone() };
            Some(self.reminder_bytes(&key, seal.as_ref(), &next)?)
        };
        Ok(Some(Swap { key, reminder: reminder.clone(), new }))
    }

    /// Inside a write: replaces (or deletes) the stored reminder if it is still at the
    /// revision the swap was made from (absent for revision 0), keeping the time index in
    /// step. False when the stored one moved on, or is unreadable.
    fn swap_in(&self, w: &mut Writes<'_>, swap: &Swap) -> Result<bool, StoreError> {
        let reminder = &swap.reminder;
        let old = match w.get(TreeId::Reminders, &swap.key)? {
            None if reminder.rev == 0 && swap.new.is_some() => None,
            None => return Ok(false),
            Some(bytes) => match self.reminder_as_stored(&swap.key, &bytes) {
                Ok(old) if old.rev == reminder.rev => Some(old),
                _ => return Ok(false),
            },
        };
        if let Some(t) = old.and_then(|o| o.next) {
            w.remove(TreeId::ReminderIndex, index_key(t, reminder.id));
        }
        let Some(bytes) = &swap.new else {
            w.remove(TreeId::Reminders, &swap.key);
            return Ok(true);
        };
        w.insert(TreeId::Reminders, &swap.key, bytes);
        if let Some(t) = reminder.next.filter(|_| reminder.active()) {
            w.insert(TreeId::ReminderIndex, index_key(t, reminder.id), &swap.key);
        }
        Ok(true)
    }

    fn swap_one(&self, reminder: &Reminder, remove: bool) -> Result<bool, StoreError> {
        let Some(swap) = self.prepare_swap(reminder, remove)? else { return Ok(false) };
        self.write(|w| self.swap_in(w, &swap))
    }

    /// The revision stored in the user's session (none: 0; unreadable: one no commit has).
    fn stored_rev(w: &Writes<'_>, seal: &UserSeal) -> Result<u64, StoreError> {
        /// The revision alone: the rest of the session need not be read to check it.
        #[derive(serde::Deserialize)]
        struct Rev {
            #[serde(default)]
            rev: u64,
        }
        if !w.ops.iter().any(|op| op.tree == TreeId::Sessions as u8) {
            if let Some(session) = w.store.recent.session(&seal.prefix) {
                return Ok(session.map_or(0, |s| s.rev));
            }
        }
        Ok(match w.get(TreeId::Sessions, seal.prefix)? {
            Some(bytes) => Self::unsealed::<Rev>(seal, names::SESSIONS, &seal.prefix, &bytes)
                .map(|s| s.rev)
                .unwrap_or(u64::MAX),
            None => 0,
        })
    }

    /// The key owed deliveries of a platform are sealed with; made anew once they are
    /// handed back, so what was delivered is shredded with the old one.
    fn owed_seal(platform: &str) -> UserKey {
        UserKey::new("owed", platform)
    }
}

impl Store for SledStore {
    fn session(&self, user: &UserKey) -> Result<Option<Session>, StoreError> {
        let Some(seal) = self.keys.get(user)? else { return Ok(None) };
        if let Some(session) = self.recent.session(&seal.prefix) {
            return Ok(session);
        }
        let stamp = self.recent.stamp();
        let session: Option<Session> = self.read_one(TreeId::Sessions, names::SESSIONS, user)?;
        self.recent.read_session(seal.prefix, stamp, session.clone());
        Ok(session)
    }

    fn prefs(&self, user: &UserKey) -> Result<Prefs, StoreError> {
        let Some(seal) = self.keys.get(user)? else { return Ok(Prefs::default()) };
        if let Some(prefs) = self.recent.prefs(&seal.prefix) {
            return Ok(prefs);
        }
        let stamp = self.recent.stamp();
        let prefs: Prefs = self.read_one(TreeId::Prefs, names::PREFS, user)?.unwrap_or_default();
        self.recent.read_prefs(seal.prefix, stamp, prefs.clone());
        Ok(prefs)
    }

    fn history(&self, user: &UserKey) -> Result<History, StoreError> {
        let mut history = History::default();
        let Some(seal) = self.keys.get(user)? else { return Ok(history) };
        for kv in self.history.scan_prefix(seal.prefix) {
            let (key, bytes) = kv.map_err(backend)?;
            match Self::unsealed::<Entry>(&seal, names::HISTORY, &key, &bytes) {
                Ok(entry) => history.entries.push(entry),
                Err(e) => {
                    // Left where it is: a newer version of the bot may read it again.
                    tracing::warn!(error = %e, "skipping an unreadable history record");
                    history.unreadable += 1;
                }
            }
        }
        // Stored in the order written; shown in the order lived (a stable sort keeps the
        // order of entries of the same moment).
        history.entries.sort_by_key(Entry::at);
        Ok(history)
    }

    fn commit(&self, user: &UserKey, change: Change) -> Result<Committed, StoreError> {
        if !change.keeps_anything_of_the_user() {
            // No key is made for a user of whom nothing is kept.
            return match &change.post {
                Some(post) => self.record_post(post).map(|()| Committed::default()),
                None => Ok(Committed::default()),
            };
        }
        let seal = self.seal_for(user)?;
        let key = seal.prefix;
        // Everything that can be made before the write is made here: sealing, ids, the new
        // bytes of reminders; the write itself only checks and gathers.
        // The session as stored after a commit that read revision `read`, and sealed.
        let session = match &change.session {
            SessionChange::Set(s) => {
                let next = Session { rev: change.read.wrapping_add(1).max(1), ..s.clone() };
                let bytes = Self::sealed(&seal, names::SESSIONS, &key, &next)?;
                Some((Some(next), Some(bytes)))
            }
            SessionChange::Clear => Some((None, None)),
            SessionChange::Keep => None,
        };
        let prefs = change.prefs.as_ref().map(|p| Self::sealed(&seal, names::PREFS, &key, p)).transpose()?;
        let mut entries = Vec::new();
        for entry in &change.append {
            let k = self.history_key(&seal.prefix)?;
            let v = Self::sealed(&seal, names::HISTORY, &k, entry)?;
            entries.push((k, v));
        }
        let post = change.post.as_ref().map(club_post_record).transpose()?;
        let done = change
            .done
            .as_ref()
            .map(|d| -> Result<_, StoreError> {
                let done_key = [seal.prefix.as_slice(), &d.post.to_be_bytes()].concat();
                let marker =
                    Self::sealed(&seal, names::ROUTINE_DONE, &done_key, &d.entry.as_ref().map(Entry::at))?;
                let by_post = [d.post.to_be_bytes().as_slice(), seal.prefix.as_slice()].concat();
                let entry = d
                    .entry
                    .as_ref()
                    .map(|entry| -> Result<_, StoreError> {
                        let k = self.history_key(&seal.prefix)?;
                        let v = Self::sealed(&seal, names::HISTORY, &k, entry)?;
                        Ok((k, v))
                    })
                    .transpose()?;
                Ok((done_key, d.post.to_be_bytes(), marker, by_post, entry))
            })
            .transpose()?;
        let mut swaps = Vec::new();
        for rc in &change.reminders {
            let swap = match rc {
                ReminderChange::Save(r) => self.prepare_swap(r, false)?,
                ReminderChange::Remove(r) => self.prepare_swap(r, true)?,
            };
            swaps.push(swap.ok_or(StoreError::Conflict("reminder"))?);
        }
        let committed = self.write(|w| {
            // Moved in, not copied: a session is the largest value a step writes.
            if let Some((next, bytes)) = session {
                if Self::stored_rev(w, &seal)? != change.read {
                    return Err(StoreError::Conflict("session"));
                }
                match bytes {
                    Some(bytes) => w.insert_owned(TreeId::Sessions, key, bytes),
                    None => w.remove(TreeId::Sessions, key),
                }
                w.keep.push(Keep::Session(key, next));
            }
            if let Some(bytes) = &prefs {
                w.insert(TreeId::Prefs, key, bytes);
                w.keep.push(Keep::Prefs(key, change.prefs.clone().unwrap_or_default()));
            }
            for (k, v) in entries {
                w.insert_owned(TreeId::History, k, v);
            }
            if let Some((k, v)) = post {
                w.insert_owned(TreeId::ClubPosts, k, v);
            }
            for swap in &swaps {
                if !self.swap_in(w, swap)? {
                    return Err(StoreError::Conflict("reminder"));
                }
            }
            let mut committed = Committed::default();
            if let Some((done_key, post_key, marker, by_post, entry)) = &done {
                let count = w
                    .get(TreeId::RoutineCounts, post_key)?
                    .and_then(|b| <[u8; 4]>::try_from(b.as_slice()).ok())
                    .map(u32::from_be_bytes)
                    .unwrap_or(0);
                if w.get(TreeId::RoutineDone, done_key)?.is_some() {
                    committed.done = Some(Counted { count, first: false });
                } else {
                    w.insert(TreeId::RoutineDone, done_key, marker);
                    w.insert(TreeId::DoneByPost, by_post, []);
                    w.insert(TreeId::RoutineCounts, post_key, (count + 1).to_be_bytes());
                    if let Some((k, v)) = entry {
                        w.insert(TreeId::History, k, v);
                    }
                    committed.done = Some(Counted { count: count + 1, first: true });
                }
            }
            Ok(committed)
        })?;
        self.durable()?;
        Ok(committed)
    }

    /// Destroys the user's key first (one synced write: from then on nothing of theirs can
    /// be read, in any copy sled still carries), then removes their records in one write.
    /// A stop in between leaves a note the next open finishes from.
    fn forget(&self, user: &UserKey) -> Result<(), StoreError> {
        let Some(seal) = self.keys.get(user)? else { return Ok(()) };
        self.write(|w| {
            w.insert(TreeId::Meta, [META_FORGETTING, seal.prefix.as_slice()].concat(), []);
            Ok(())
        })?;
        self.durable()?;
        self.keys.destroy(user)?;
        self.clean_up(&seal.prefix)?;
        self.durable()
    }

    fn next_id(&self) -> Result<u64, StoreError> {
        Ok(self.db.generate_id().map_err(backend)? + self.id_offset.load(Ordering::SeqCst))
    }

    fn swap_reminder(&self, reminder: &Reminder) -> Result<bool, StoreError> {
        let swapped = self.swap_one(reminder, false)?;
        self.durable()?;
        Ok(swapped)
    }

    fn reminders(&self, owner: &str) -> Result<Vec<Reminder>, StoreError> {
        let Some((home, _)) = self.reminder_home(owner, false)? else { return Ok(Vec::new()) };
        let mut out = Vec::new();
        for kv in self.reminders.scan_prefix(&home) {
            let (k, bytes) = kv.map_err(backend)?;
            match self.reminder_from(&k, &bytes) {
                Ok(r) => out.push(r),
                Err(e) => tracing::warn!(error = %e, "skipping an unreadable reminder"),
            }
        }
        Ok(out)
    }

    fn next_due(&self) -> Result<Option<DateTime<Utc>>, StoreError> {
        let Some((k, _)) = self.reminder_index.first().map_err(backend)? else { return Ok(None) };
        let millis = k.get(..8).and_then(be_u64).unwrap_or(0);
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
            match self.reminders.get(&key).map_err(backend)?.map(|b| self.reminder_from(&key, &b)) {
                Some(Ok(r)) if r.active() => out.push(r),
                other => {
                    // A dangling or unreadable entry must not block the queue forever.
                    tracing::warn!(readable = other.is_some(), "dropping a stale reminder index entry");
                    self.write(|w| {
                        w.remove(TreeId::ReminderIndex, index);
                        Ok(())
                    })?;
                }
            }
        }
        Ok(out)
    }

    fn record_post(&self, post: &ClubPost) -> Result<(), StoreError> {
        let (key, bytes) = club_post_record(post)?;
        self.write(|w| {
            w.insert(TreeId::ClubPosts, key, bytes);
            Ok(())
        })?;
        self.durable()
    }

    fn club_posts(&self, group: &str, since: DateTime<Utc>) -> Result<Vec<ClubPost>, StoreError> {
        let mut from = owner_prefix(group);
        from.extend_from_slice(&millis(since));
        let mut to = owner_prefix(group);
        to.extend_from_slice(&[0xff; 16]);
        let mut posts = Vec::new();
        for kv in self.club_posts.range(from..=to).rev() {
            let (_, v) = kv.map_err(backend)?;
            match decode(names::CLUB_POSTS, &v) {
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
            if let Some(user) = k.get(8..).and_then(|p| <[u8; 16]>::try_from(p).ok()).map(|p| self.member(&p))
            {
                users.extend(user?);
            }
        }
        Ok(users)
    }

    fn pressed(&self, user: &UserKey, post: u64) -> Result<bool, StoreError> {
        let Some(seal) = self.keys.get(user)? else { return Ok(false) };
        let key = [seal.prefix.as_slice(), &post.to_be_bytes()].concat();
        self.routine_done.contains_key(key).map_err(backend)
    }

    fn owe(&self, platform: &str, items: &[serde_json::Value]) -> Result<(), StoreError> {
        let seal = self.seal_for(&Self::owed_seal(platform))?;
        let mut owed = Vec::new();
        for item in items {
            let mut key = owner_prefix(platform);
            key.extend_from_slice(&self.db.generate_id().map_err(backend)?.to_be_bytes());
            let sealed = Self::sealed(&seal, names::OWED, &key, item)?;
            owed.push((key, sealed));
        }
        self.write(|w| {
            owed.iter().for_each(|(k, v)| w.insert(TreeId::Owed, k, v));
            Ok(())
        })?;
        self.durable()
    }

    fn take_owed(&self, platform: &str) -> Result<Vec<serde_json::Value>, StoreError> {
        let who = Self::owed_seal(platform);
        let Some(seal) = self.keys.get(&who)? else { return Ok(Vec::new()) };
        let items = self.write(|w| {
            let mut items = Vec::new();
            for kv in self.owed.scan_prefix(owner_prefix(platform)) {
                let (k, v) = kv.map_err(backend)?;
                match Self::unsealed(&seal, names::OWED, &k, &v) {
                    Ok(item) => items.push(item),
                    Err(e) => tracing::warn!(error = %e, "dropping an unreadable owed delivery"),
                }
                w.remove(TreeId::Owed, k);
            }
            Ok(items)
        })?;
        self.durable()?;
        // What was owed may have been a runner's result: its copies go with the key.
        self.forget(&who)?;
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

    fn kept_about(&self, user: &UserKey) -> Result<Vec<Record>, StoreError> {
        let mut out = Vec::new();
        if let Some(seal) = self.keys.get(user)? {
            self.member_records(&seal, user, &mut |r| {
                out.push(r);
                Ok(())
            })?;
        }
        out.extend(self.reminders(user.as_str())?.into_iter().map(|reminder| Record::Reminder { reminder }));
        // A club's reminders are the club's, but the ones they set carry their name.
        for kv in self.reminders.iter() {
            let (k, bytes) = kv.map_err(backend)?;
            let Ok(reminder) = self.reminder_from(&k, &bytes) else { continue };
            if reminder.owner != user.as_str() && reminder.created_by == user.as_str() {
                out.push(Record::Reminder { reminder });
            }
        }
        Ok(out)
    }

    fn export(&self, each: &mut dyn FnMut(Record) -> Result<(), StoreError>) -> Result<(), StoreError> {
        let owed = |u: &UserKey| u.as_str().starts_with("owed:");
        for kv in self.members.iter() {
            let (prefix, _) = kv.map_err(backend)?;
            let Ok(prefix) = <[u8; 16]>::try_from(prefix.as_ref()) else { continue };
            let Some(user) = self.member(&prefix)? else { continue };
            if owed(&user) {
                continue;
            }
            let Some(seal) = self.keys.by_prefix(&prefix) else { continue };
            self.member_records(&seal, &user, each)?;
        }
        for kv in self.reminders.iter() {
            let (k, bytes) = kv.map_err(backend)?;
            match self.reminder_from(&k, &bytes) {
                Ok(reminder) => each(Record::Reminder { reminder })?,
                Err(e) => tracing::warn!(error = %e, "leaving an unreadable reminder out of the backup"),
            }
        }
        for kv in self.club_posts.iter() {
            let (_, v) = kv.map_err(backend)?;
            if let Ok(post) = decode(names::CLUB_POSTS, &v) {
                each(Record::Post { post })?;
            }
        }
        for kv in self.routine_counts.iter() {
            let (k, v) = kv.map_err(backend)?;
            if let (Some(post), Ok(count)) = (be_u64(&k), <[u8; 4]>::try_from(v.as_ref())) {
                each(Record::Count { post, count: u32::from_be_bytes(count) })?;
            }
        }
        let mut platforms = HashSet::new();
        for kv in self.owed.iter() {
            let (k, _) = kv.map_err(backend)?;
            let end = k.iter().position(|b| *b == 0).unwrap_or(k.len());
            platforms.insert(String::from_utf8_lossy(&k[..end]).into_owned());
        }
        for platform in platforms {
            let Some(seal) = self.keys.get(&Self::owed_seal(&platform))? else { continue };
            for kv in self.owed.scan_prefix(owner_prefix(&platform)) {
                let (k, v) = kv.map_err(backend)?;
                if let Ok(item) = Self::unsealed(&seal, names::OWED, &k, &v) {
                    each(Record::Owed { platform: platform.clone(), item })?;
                }
            }
        }
        Ok(())
    }

    fn import(&self, record: Record) -> Result<(), StoreError> {
        use base64::{engine::general_purpose::STANDARD, Engine as _};
        let user =
            |s: &str| UserKey::parse(s).ok_or_else(|| StoreError::Backend(format!("not a user: {s:?}")));
        let mut seen = 0u64;
        // The writes of this record: (tree, key, value).
        let mut puts: Vec<(TreeId, Vec<u8>, Vec<u8>)> = Vec::new();
        match record {
            Record::Prefs { user: u, prefs } => {
                let seal = self.seal_for(&user(&u)?)?;
                let bytes = Self::sealed(&seal, names::PREFS, &seal.prefix, &prefs)?;
                puts.push((TreeId::Prefs, seal.prefix.to_vec(), bytes));
            }
            Record::Session { user: u, session } => {
                seen = u64::from(session.nonce);
                let seal = self.seal_for(&user(&u)?)?;
                let bytes = Self::sealed(&seal, names::SESSIONS, &seal.prefix, &session)?;
                puts.push((TreeId::Sessions, seal.prefix.to_vec(), bytes));
            }
            Record::Entry { user: u, entry } => {
                let seal = self.seal_for(&user(&u)?)?;
                let k = self.history_key(&seal.prefix)?;
                let bytes = Self::sealed(&seal, names::HISTORY, &k, &entry)?;
                puts.push((TreeId::History, k, bytes));
            }
            Record::Done { user: u, post, at } => {
                seen = post;
                let seal = self.seal_for(&user(&u)?)?;
                let k = [seal.prefix.as_slice(), &post.to_be_bytes()].concat();
                let bytes = Self::sealed(&seal, names::ROUTINE_DONE, &k, &at)?;
                puts.push((TreeId::RoutineDone, k, bytes));
                puts.push((
                    TreeId::DoneByPost,
                    [post.to_be_bytes().as_slice(), &seal.prefix].concat(),
                    Vec::new(),
                ));
            }
            Record::Reminder { reminder } => {
                seen = reminder.id;
                let Some((home, seal)) = self.reminder_home(&reminder.owner, true)? else { return Ok(()) };
                let key = Self::reminder_key(&home, reminder.id);
                let bytes = self.reminder_bytes(&key, seal.as_ref(), &reminder)?;
                if let Some(t) = reminder.next.filter(|_| reminder.active()) {
                    puts.push((TreeId::ReminderIndex, index_key(t, reminder.id), key.clone()));
                }
                puts.push((TreeId::Reminders, key, bytes));
            }
            Record::Post { post } => {
                seen = post.id;
                let mut key = owner_prefix(&post.group);
                key.extend_from_slice(&millis(post.at));
                key.extend_from_slice(&post.id.to_be_bytes());
                puts.push((TreeId::ClubPosts, key, encode(&post)?));
            }
            Record::Count { post, count } => {
                puts.push((TreeId::RoutineCounts, post.to_be_bytes().to_vec(), count.to_be_bytes().to_vec()));
            }
            Record::Owed { platform, item } => {
                let seal = self.seal_for(&Self::owed_seal(&platform))?;
                let mut key = owner_prefix(&platform);
                key.extend_from_slice(&self.db.generate_id().map_err(backend)?.to_be_bytes());
                let bytes = Self::sealed(&seal, names::OWED, &key, &item)?;
                puts.push((TreeId::Owed, key, bytes));
            }
            Record::Active { user: u, day } => {
                let seal = self.seal_for(&user(&u)?)?;
                puts.push((
                    TreeId::Meta,
                    seen_key(&seal.prefix),
                    day.num_days_from_ce().to_be_bytes().to_vec(),
                ));
            }
            Record::Unreadable { user: u, from, bytes } => {
                let seal = self.seal_for(&user(&u)?)?;
                let mut k = seal.prefix.to_vec();
                k.extend_from_slice(from.as_bytes());
                k.push(0);
                k.extend_from_slice(&self.db.generate_id().map_err(backend)?.to_be_bytes());
                let raw = STANDARD.decode(bytes.as_bytes()).map_err(backend)?;
                puts.push((TreeId::Quarantine, k, raw));
            }
        }
        // Ids handed out after a restore start past every id the backup holds.
        let floor = seen.saturating_add(1);
        let next = self.db.generate_id().map_err(backend)?;
        if next + self.id_offset.load(Ordering::SeqCst) < floor {
            let offset = floor - next;
            self.id_offset.store(offset, Ordering::SeqCst);
            puts.push((TreeId::Meta, META_ID_OFFSET.to_vec(), offset.to_be_bytes().to_vec()));
        }
        self.write(|w| {
            puts.iter().for_each(|(t, k, v)| w.insert(*t, k, v));
            Ok(())
        })
    }

    fn sync(&self) -> Result<(), StoreError> {
        self.flush()
    }

    fn touch(&self, user: &UserKey, day: NaiveDate) -> Result<bool, StoreError> {
        let Some(seal) = self.keys.get(user)? else { return Ok(false) };
        self.write(|w| {
            w.insert(TreeId::Meta, seen_key(&seal.prefix), day.num_days_from_ce().to_be_bytes());
            Ok(())
        })?;
        Ok(true)
    }

    /// Someone with no day of their own (kept by a version from before the retention clock)
    /// counts as seen on the day of the first sweep, kept once for all of them: a first sweep
    /// over a large database writes one record, not one per member.
    fn inactive(&self, before: NaiveDate, today: NaiveDate) -> Result<Vec<UserKey>, StoreError> {
        let day = seen_day;
        let first = match self.meta.get(META_FIRST_SWEEP).map_err(backend)?.and_then(|b| day(&b)) {
            Some(first) => first,
            None => {
                self.write(|w| {
                    w.insert(TreeId::Meta, META_FIRST_SWEEP, today.num_days_from_ce().to_be_bytes());
                    Ok(())
                })?;
                self.durable()?;
                today
            }
        };
        let mut out = Vec::new();
        for kv in self.members.iter() {
            let (prefix, _) = kv.map_err(backend)?;
            let Ok(prefix) = <[u8; 16]>::try_from(prefix.as_ref()) else { continue };
            let seen =
                self.meta.get(seen_key(&prefix)).map_err(backend)?.and_then(|b| day(&b)).unwrap_or(first);
            if seen >= before {
                continue;
            }
            match self.member(&prefix)? {
                Some(user) if super::is_a_person(&user) => out.push(user),
                _ => {}
            }
        }
        Ok(out)
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
    fn a_corrupt_session_is_moved_aside_and_the_rest_survives() {
        let store = SledStore::temporary().expect("store");
        let user = UserKey::new("tg", "7");
        store.commit(&user, Change { append: vec![checkin(1)], ..Change::none() }).expect("commit");
        store.put_raw("sessions", &user, b"\xff not json").expect("raw write");
        assert!(matches!(store.session(&user), Err(StoreError::Unreadable { .. })));
        assert_eq!(store.session(&user).expect("readable now"), None);
        assert_eq!(store.history(&user).expect("history").entries.len(), 1);
        assert_eq!(store.trees_of(&user).expect("trees"), ["history", "quarantine"]);
    }

    /// The files of a running store, as a kill -9 would leave them on disk.
    fn files_now(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).expect("dir");
        for entry in std::fs::read_dir(from).expect("dir").flatten() {
            if entry.path().is_file() {
                std::fs::copy(entry.path(), to.join(entry.file_name())).expect("copy");
            }
        }
    }

    fn checked_in(store: &SledStore, user: &UserKey, n: u32) {
        for min in 0..n {
            store.commit(user, Change { append: vec![checkin(min)], ..Change::none() }).expect("commit");
        }
    }

    #[test]
    fn a_key_file_cut_short_or_changed_is_refused_instead_of_runners_looking_new() {
        let root = tempfile::tempdir().expect("dir");
        let good = root.path().join("good");
        {
            let store = SledStore::open(&good).expect("store");
            for name in ["ana", "ben", "cy"] {
                checked_in(&store, &UserKey::new("tg", name), 2);
            }
        }
        let keys = std::fs::read(good.join(KEY_FILE)).expect("keys");
        let damaged = |name: &str, bytes: &[u8]| {
            let dir = root.path().join(name);
            files_now(&good, &dir);
            std::fs::write(dir.join(KEY_FILE), bytes).expect("write");
            SledStore::open(&dir).err().map(|e| e.to_string())
        };
        let refused = |said: Option<String>, what: &str| {
            assert!(
                said.as_deref().is_some_and(|s| s.contains("database is damaged") && s.contains(what)),
                "{what}: {said:?}"
            );
        };
        refused(damaged("cut", &keys[..100]), "cut short");
        refused(damaged("header", &keys[..48]), "cut short");
        refused(damaged("empty", &[]), "cut short");
        for at in [48 + 3, 48 + 20, 48 + 40] {
            // The first slot's lookup, prefix and key in turn.
            let mut flipped = keys.clone();
            flipped[at] ^= 0x40;
            refused(damaged(&format!("flip-{at}"), &flipped), "do not match their records");
        }
        let store = SledStore::open(&good).expect("the undamaged copy opens");
        assert_eq!(store.history(&UserKey::new("tg", "ana")).expect("history").entries.len(), 2);
    }

    #[test]
    fn what_was_acknowledged_before_a_kill_is_there_after_it() {
        let root = tempfile::tempdir().expect("dir");
        let ana = UserKey::new("tg", "ana");
        let mut live = root.path().join("live");
        let store = SledStore::open(&live).expect("store");
        checked_in(&store, &ana, 30);
        // Killed, opened again (the journal replayed), more written, killed again: nothing
        // written before either kill is lost, nor overwritten by what came after.
        for (kill, more) in [(1, 5), (2, 5)] {
            let killed = root.path().join(format!("killed-{kill}"));
            files_now(&live, &killed);
            let reopened = SledStore::open(&killed).expect("the journal is replayed");
            checked_in(&reopened, &ana, more);
            std::mem::forget(reopened);
            live = killed;
        }
        let last = root.path().join("last");
        files_now(&live, &last);
        let reopened = SledStore::open(&last).expect("replayed");
        assert_eq!(reopened.history(&ana).expect("history").entries.len(), 40);
        drop(reopened);
        assert_eq!(SledStore::open(&last).expect("again").history(&ana).expect("history").entries.len(), 40);
    }

    /// Both files of the journal, where this file system takes the direct writes of its copy.
    fn journal_files(dir: &Path) -> Vec<std::path::PathBuf> {
        let journal = dir.join(JOURNAL_FILE);
        let copy = journal::copy_path(&journal);
        std::iter::once(journal).chain(copy.exists().then_some(copy)).collect()
    }

    fn flip(path: &Path, at: usize) {
        let mut bytes = std::fs::read(path).expect("journal");
        bytes[at] ^= 0xff;
        std::fs::write(path, &bytes).expect("write");
    }

    #[test]
    fn a_journal_damaged_in_the_middle_or_cut_short_of_its_mark_is_refused() {
        let root = tempfile::tempdir().expect("dir");
        let live = root.path().join("live");
        let store = SledStore::open(&live).expect("store");
        checked_in(&store, &UserKey::new("tg", "ana"), 5);

        let flipped = root.path().join("flipped");
        files_now(&live, &flipped);
        journal_files(&flipped).iter().for_each(|f| flip(f, 30));
        assert!(matches!(SledStore::open(&flipped), Err(StoreError::Damaged { .. })));

        let cut = root.path().join("cut");
        files_now(&live, &cut);
        for file in journal_files(&cut) {
            std::fs::write(&file, b"").expect("cut");
        }
        assert!(matches!(SledStore::open(&cut), Err(StoreError::Damaged { .. })));
        for file in journal_files(&cut) {
            assert!(std::fs::read(&file).expect("journal").is_empty(), "refused, left as found");
        }
    }

    #[test]
    fn a_readable_record_numbered_at_the_end_of_numbers_does_not_stop_every_write() {
        let dir = tempfile::tempdir().expect("dir");
        let ana = UserKey::new("tg", "ana");
        checked_in(&SledStore::open(dir.path()).expect("store"), &ana, 2);
        // A forged record, readable, past the run.
        let forged = journal::encode(u64::MAX, &[journal::Op { tree: 1, key: b"x".to_vec(), value: None }]);
        for file in journal_files(dir.path()) {
            let f = std::fs::OpenOptions::new().write(true).open(&file).expect("open");
            side_file::write_at(&f, &forged, 8192).expect("forge");
        }
        let store = SledStore::open(dir.path()).expect("opens");
        checked_in(&store, &ana, 1);
        assert_eq!(store.history(&ana).expect("history").entries.len(), 3, "it still writes");
    }

    #[test]
    fn a_journal_damaged_in_one_of_its_two_files_is_read_from_the_other() {
        let root = tempfile::tempdir().expect("dir");
        let live = root.path().join("live");
        let ana = UserKey::new("tg", "ana");
        let store = SledStore::open(&live).expect("store");
        checked_in(&store, &ana, 5);
        let files = journal_files(&live);
        if files.len() < 2 {
            eprintln!("no direct writes on this file system: the journal has no copy to test");
            return;
        }
        for (i, name) in files.iter().map(|f| f.file_name().expect("name")).enumerate() {
            let damaged = root.path().join(format!("damaged-{i}"));
            files_now(&live, &damaged);
            flip(&damaged.join(name), 30);
            let reopened = SledStore::open(&damaged).expect("the other file holds the records");
            assert_eq!(reopened.history(&ana).expect("history").entries.len(), 5, "{name:?} damaged");
        }
        // A crash of the system that took every page of the journal the kernel had not written.
        let crashed = root.path().join("crashed");
        files_now(&live, &crashed);
        let journal = crashed.join(JOURNAL_FILE);
        let len = std::fs::metadata(&journal).expect("journal").len();
        std::fs::write(&journal, vec![0; usize::try_from(len).expect("length")]).expect("lost");
        let reopened = SledStore::open(&crashed).expect("the copy holds what was confirmed");
        assert_eq!(reopened.history(&ana).expect("history").entries.len(), 5);
    }

    #[test]
    fn a_torn_first_record_after_a_checkpoint_that_was_never_confirmed_is_not_damage() {
        let root = tempfile::tempdir().expect("dir");
        let (live, torn) = (root.path().join("live"), root.path().join("torn"));
        let ana = UserKey::new("tg", "ana");
        let store = SledStore::open(&live).expect("store");
        checked_in(&store, &ana, 20);
        store.flush().expect("a checkpoint: the journal starts again at its beginning");
        // Written but not waited for (nothing confirmed): the first record of the new run,
        // over the older ones.
        let day = NaiveDate::from_ymd_opt(2026, 5, 2).expect("day");
        assert!(store.touch(&ana, day).expect("noted"));
        files_now(&live, &torn);
        flip(&torn.join(JOURNAL_FILE), 30);
        let reopened = SledStore::open(&torn).expect("not refused: only older records lie past it");
        assert_eq!(reopened.history(&ana).expect("history").entries.len(), 20);
    }

    #[test]
    fn a_database_of_the_first_layout_is_backed_up_and_moved() {
        let dir = tempfile::tempdir().expect("dir");
        let ana = UserKey::new("telegram", "ana");
        {
            // The first layout, as an earlier upback wrote it.
            let db = sled::open(dir.path()).expect("db");
            let mut k = owner_prefix(ana.as_str());
            k.extend_from_slice(&millis(at(1)));
            k.extend_from_slice(&7u64.to_be_bytes());
            db.open_tree("history")
                .expect("tree")
                .insert(k, encode(&checkin(1)).expect("json"))
                .expect("put");
            let prefs = Prefs { welcomed: true, ..Prefs::default() };
            db.open_tree("prefs")
                .expect("tree")
                .insert(ana.as_str(), encode(&prefs).expect("json"))
                .expect("put");
            db.flush().expect("flush");
        }
        let store = SledStore::open(dir.path()).expect("moved");
        assert_eq!(store.history(&ana).expect("history").entries, [checkin(1)]);
        assert!(store.prefs(&ana).expect("prefs").welcomed);
        let backup = dir.path().join(crate::backup::DIR).join("upback-before-layout-2.backup");
        let verified = crate::backup::read(
            std::io::BufReader::new(std::fs::File::open(&backup).expect("backup")),
            |_| Ok(()),
        )
        .expect("a verified backup");
        assert_eq!(verified.records, 2);
        assert!(!store.db.tree_names().iter().any(|n| n.as_ref() == b"history"), "the old trees are gone");
        drop(store);
        let store = SledStore::open(dir.path()).expect("reopened");
        assert_eq!(store.history(&ana).expect("history").entries.len(), 1, "moved once");
    }
}
