//! A store that fails when told to, over a real in-memory one: for the faults a disk or a
//! database can have in the middle of something (the n-th write fails; another process
//! changes a record between a read and a write).

use std::sync::{
    atomic::{AtomicUsize, Ordering},
    Mutex,
};

use chrono::{DateTime, Utc};
use upback_core::{
    history::History,
    input::UserKey,
    prefs::Prefs,
    reminders::Reminder,
    session::Session,
    store::{Change, Committed, MemoryStore, Store, StoreError},
};

type Hook = Box<dyn Fn(&MemoryStore) + Send + Sync>;

#[derive(Default)]
pub struct Faulty {
    pub inner: MemoryStore,
    /// `swap_reminder` calls that succeed before they start failing (usize::MAX: never fail).
    pub swaps_before_failing: AtomicUsize,
    /// `commit` fails while this is non-zero, counting down (a sync the disk refused).
    pub commits_failing: AtomicUsize,
    /// `due` and `next_due` fail while this is non-zero, counting down.
    pub reads_failing: AtomicUsize,
    /// How many times `due` was called.
    pub due_calls: AtomicUsize,
    /// Run inside `due`, after reading and before returning: another process's change.
    pub racing: Mutex<Option<Hook>>,
}

impl Faulty {
    pub fn new() -> Self {
        Self { swaps_before_failing: AtomicUsize::new(usize::MAX), ..Self::default() }
    }

    fn failing_read(&self) -> Result<(), StoreError> {
        let left = self.reads_failing.load(Ordering::SeqCst);
        if left > 0 {
            self.reads_failing.store(left - 1, Ordering::SeqCst);
            return Err(StoreError::Backend("the disk is unwell".into()));
        }
        Ok(())
    }
}

impl Store for Faulty {
    fn session(&self, user: &UserKey) -> Result<Option<Session>, StoreError> {
        self.inner.session(user)
    }
    fn prefs(&self, user: &UserKey) -> Result<Prefs, StoreError> {
        self.inner.prefs(user)
    }
    fn history(&self, user: &UserKey) -> Result<History, StoreError> {
        self.inner.history(user)
    }
    fn commit(&self, user: &UserKey, change: Change) -> Result<Committed, StoreError> {
        let left = self.commits_failing.load(Ordering::SeqCst);
        if left > 0 {
            self.commits_failing.store(left - 1, Ordering::SeqCst);
            return Err(StoreError::Backend("the journal: sync: Input/output error".into()));
        }
        self.inner.commit(user, change)
    }
    fn forget(&self, user: &UserKey) -> Result<(), StoreError> {
        self.inner.forget(user)
    }
    fn next_id(&self) -> Result<u64, StoreError> {
        self.inner.next_id()
    }
    fn reminders(&self, owner: &str) -> Result<Vec<Reminder>, StoreError> {
        self.inner.reminders(owner)
    }
    fn swap_reminder(&self, reminder: &Reminder) -> Result<bool, StoreError> {
        let left = self.swaps_before_failing.load(Ordering::SeqCst);
        if left == 0 {
            return Err(StoreError::Backend("the disk is full".into()));
        }
        if left != usize::MAX {
            self.swaps_before_failing.store(left - 1, Ordering::SeqCst);
        }
        self.inner.swap_reminder(reminder)
    }
    fn next_due(&self) -> Result<Option<DateTime<Utc>>, StoreError> {
        self.failing_read()?;
        self.inner.next_due()
    }
    fn due(&self, now: DateTime<Utc>, limit: usize) -> Result<Vec<Reminder>, StoreError> {
        self.due_calls.fetch_add(1, Ordering::SeqCst);
        self.failing_read()?;
        let due = self.inner.due(now, limit)?;
        if let Some(race) = self.racing.lock().expect("lock").take() {
            race(&self.inner);
        }
        Ok(due)
    }
    fn done_count(&self, post: u64) -> Result<u32, StoreError> {
        self.inner.done_count(post)
    }
    fn record_post(&self, post: &upback_core::club::ClubPost) -> Result<(), StoreError> {
        self.inner.record_post(post)
    }
    fn club_posts(
        &self,
        group: &str,
        since: DateTime<Utc>,
    ) -> Result<Vec<upback_core::club::ClubPost>, StoreError> {
        self.inner.club_posts(group, since)
    }
    fn done_by(&self, post: u64) -> Result<Vec<UserKey>, StoreError> {
        self.inner.done_by(post)
    }
    fn pressed(&self, user: &UserKey, post: u64) -> Result<bool, StoreError> {
        self.inner.pressed(user, post)
    }
    fn owe(&self, platform: &str, items: &[serde_json::Value]) -> Result<(), StoreError> {
        self.inner.owe(platform, items)
    }
    fn take_owed(&self, platform: &str) -> Result<Vec<serde_json::Value>, StoreError> {
        self.inner.take_owed(platform)
    }
    fn kept_about(&self, user: &UserKey) -> Result<Vec<upback_core::store::Record>, StoreError> {
        self.failing_read()?;
        self.inner.kept_about(user)
    }
    fn export(
        &self,
        each: &mut dyn FnMut(upback_core::store::Record) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        self.failing_read()?;
        self.inner.export(each)
    }
    fn import(&self, record: upback_core::store::Record) -> Result<(), StoreError> {
        self.inner.import(record)
    }
    fn sync(&self) -> Result<(), StoreError> {
        self.inner.sync()
    }

    fn touch(&self, user: &UserKey, day: chrono::NaiveDate) -> Result<bool, StoreError> {
        self.inner.touch(user, day)
    }

    fn inactive(
        &self,
        before: chrono::NaiveDate,
        today: chrono::NaiveDate,
    ) -> Result<Vec<UserKey>, StoreError> {
        self.inner.inactive(before, today)
    }
}
