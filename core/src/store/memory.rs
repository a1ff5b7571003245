//! The [`Store`] in memory: everything behind one lock, nothing on disk. For tests and
//! benchmarks, where what is measured should be the bot and not a disk; it keeps the same
//! promises as the durable stores (atomic commits, conditional sessions and reminders), except
//! surviving the process.

use std::{
    collections::{BTreeMap, BTreeSet, HashMap, HashSet},
    sync::{Mutex, MutexGuard},
};

use chrono::{DateTime, NaiveDate, Utc};

use super::{Change, Committed, Counted, Record, ReminderChange, SessionChange, Store, StoreError, UserKey};
use crate::{
    club::ClubPost,
    history::{Entry, History},
    prefs::Prefs,
    reminders::Reminder,
    session::Session,
};

/// Each user's records are found by hashing their key: a tree of every user's key cost each
/// step dozens of key comparisons once it held many users.
#[derive(Default)]
struct Inner {
    sessions: HashMap<UserKey, Session>,
    prefs: HashMap<UserKey, Prefs>,
    /// Each user's entries in time order (ties in the order they were added).
    history: HashMap<UserKey, Vec<Entry>>,
    /// (owner, id) -> reminder.
    reminders: BTreeMap<(String, u64), Reminder>,
    /// (next fire time, id) -> owner, for active reminders only.
    index: BTreeMap<(DateTime<Utc>, u64), String>,
    /// (post, user) pairs that pressed Done, and the count per post.
    done: BTreeSet<(u64, UserKey)>,
    counts: BTreeMap<u64, u32>,
    next_id: u64,
    /// Records planted as unreadable, as a damaged disk would leave them (see
    /// [`MemoryStore::plant_unreadable_session`]).
    unreadable_sessions: HashSet<UserKey>,
    unreadable_history: HashMap<UserKey, usize>,
    owed: BTreeMap<String, Vec<serde_json::Value>>,
    /// (group, time, id) -> post.
    posts: BTreeMap<(String, DateTime<Utc>, u64), ClubPost>,
    /// The day each person last did something.
    seen: HashMap<UserKey, NaiveDate>,
}

#[derive(Default)]
pub struct MemoryStore {
    inner: Mutex<Inner>,
}

impl MemoryStore {
    pub fn new() -> Self {
        Self::default()
    }

    /// Makes the user's session unreadable, so the suite every store runs can check that an
    /// unreadable record is set aside and reported here as in the durable stores.
    pub fn plant_unreadable_session(&self, user: &UserKey) {
        let mut inner = self.lock();
        inner.sessions.remove(user);
        inner.unreadable_sessions.insert(user.clone());
    }

    /// Adds an unreadable record to the user's history (see [`Self::plant_unreadable_session`]).
    pub fn plant_unreadable_history(&self, user: &UserKey) {
        *self.lock().unreadable_history.entry(user.clone()).or_default() += 1;
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

impl Inner {
    /// Replaces or removes a reminder if it is still at the revision it was read at.
    fn swap(&mut self, reminder: &Reminder, remove: bool) -> bool {
        let key = (reminder.owner.clone(), reminder.id);
        match self.reminders.get(&key) {
            Some(old) if old.rev == reminder.rev => {
                if let Some(t) = old.next {
                    self.index.remove(&(t, old.id));
                }
            }
            None if reminder.rev == 0 && !remove => {}
            _ => return false,
        }
        if remove {
            self.reminders.remove(&key);
            return true;
        }
        let new = Reminder { rev: reminder.rev + 1, ..reminder.clone() };
        if let Some(t) = new.next.filter(|_| new.active()) {
            self.index.insert((t, new.id), new.owner.clone());
        }
        self.reminders.insert(key, new);
        true
    }

    /// A group's routine post, by the group, its time and its id (read in time order).
    fn record_post(&mut self, post: ClubPost) {
        self.posts.insert((post.group.clone(), post.at, post.id), post);
    }

    fn append(&mut self, user: &UserKey, entry: Entry) {
        let entries = self.history.entry(user.clone()).or_default();
        let at = entry.at();
        let place = entries.partition_point(|e| e.at() <= at);
        entries.insert(place, entry);
    }
}

impl Store for MemoryStore {
    fn session(&self, user: &UserKey) -> Result<Option<Session>, StoreError> {
        let mut inner = self.lock();
        if inner.unreadable_sessions.remove(user) {
            return Err(StoreError::Unreadable { what: "session", reason: "planted".into() });
        }
        Ok(inner.sessions.get(user).cloned())
    }

    fn prefs(&self, user: &UserKey) -> Result<Prefs, StoreError> {
        Ok(self.lock().prefs.get(user).cloned().unwrap_or_default())
    }

    fn history(&self, user: &UserKey) -> Result<History, StoreError> {
        let inner = self.lock();
        let unreadable = inner.unreadable_history.get(user).copied().unwrap_or(0);
        Ok(History { entries: inner.history.get(user).cloned().unwrap_or_default(), unreadable })
    }

    fn commit(&self, user: &UserKey, change: Change) -> Result<Committed, StoreError> {
        let mut inner = self.lock();
        let stored = inner.sessions.get(user).map_or(0, |s| s.rev);
        if change.session != SessionChange::Keep && stored != change.read {
            return Err(StoreError::Conflict("session"));
        }
        // Check every reminder first, so a conflict writes nothing at all.
        for rc in &change.reminders {
            let (ReminderChange::Save(r) | ReminderChange::Remove(r)) = rc;
            let current = inner.reminders.get(&(r.owner.clone(), r.id)).map(|x| x.rev);
            let fits = match rc {
                ReminderChange::Save(_) => current.map_or(r.rev == 0, |rev| rev == r.rev),
                ReminderChange::Remove(_) => current == Some(r.rev),
            };
            if !fits {
                return Err(StoreError::Conflict("reminder"));
            }
        }
        for rc in &change.reminders {
            match rc {
                ReminderChange::Save(r) => inner.swap(r, false),
                ReminderChange::Remove(r) => inner.swap(r, true),
            };
        }
        match change.session {
            SessionChange::Set(s) => {
                inner.sessions.insert(user.clone(), Session { rev: stored + 1, ..s });
            }
            SessionChange::Clear => {
                inner.sessions.remove(user);
            }
            SessionChange::Keep => {}
        }
        if let Some(prefs) = change.prefs {
            inner.prefs.insert(user.clone(), prefs);
        }
        if let Some(post) = change.post {
            inner.record_post(post);
        }
        for entry in change.append {
            inner.append(user, entry);
        }
        let mut committed = Committed::default();
        if let Some(press) = change.done {
            let count = inner.counts.get(&press.post).copied().unwrap_or(0);
            if inner.done.insert((press.post, user.clone())) {
                inner.counts.insert(press.post, count + 1);
                if let Some(entry) = press.entry {
                    inner.append(user, entry);
                }
                committed.done = Some(Counted { count: count + 1, first: true });
            } else {
                committed.done = Some(Counted { count, first: false });
            }
        }
        Ok(committed)
    }

    fn forget(&self, user: &UserKey) -> Result<(), StoreError> {
        let mut inner = self.lock();
        inner.sessions.remove(user);
        inner.prefs.remove(user);
        inner.history.remove(user);
        inner.unreadable_history.remove(user);
        inner.unreadable_sessions.remove(user);
        inner.done.retain(|(_, u)| u != user);
        inner.seen.remove(user);
        let range = (user.as_str().to_string(), 0)..=(user.as_str().to_string(), u64::MAX);
        let owned: Vec<Reminder> = inner.reminders.range(range).map(|(_, r)| r.clone()).collect();
        for r in owned {
            inner.swap(&r, true);
        }
        // A group's reminder stays the group's, without the name of who set it.
        for r in inner.reminders.values_mut().filter(|r| r.created_by == user.as_str()) {
            r.created_by.clear();
        }
        Ok(())
    }

    fn next_id(&self) -> Result<u64, StoreError> {
        let mut inner = self.lock();
        inner.next_id += 1;
        Ok(inner.next_id)
    }

    fn reminders(&self, owner: &str) -> Result<Vec<Reminder>, StoreError> {
        let range = (owner.to_string(), 0)..=(owner.to_string(), u64::MAX);
        Ok(self.lock().reminders.range(range).map(|(_, r)| r.clone()).collect())
    }

    fn swap_reminder(&self, reminder: &Reminder) -> Result<bool, StoreError> {
        Ok(self.lock().swap(reminder, false))
    }

    fn next_due(&self) -> Result<Option<DateTime<Utc>>, StoreError> {
        Ok(self.lock().index.keys().next().map(|(t, _)| *t))
    }

    fn due(&self, now: DateTime<Utc>, limit: usize) -> Result<Vec<Reminder>, StoreError> {
        let inner = self.lock();
        Ok(inner
            .index
            .range(..=(now, u64::MAX))
            .filter_map(|((_, id), owner)| inner.reminders.get(&(owner.clone(), *id)))
            .take(limit)
            .cloned()
            .collect())
    }

    fn done_count(&self, post: u64) -> Result<u32, StoreError> {
        Ok(self.lock().counts.get(&post).copied().unwrap_or(0))
    }

    fn record_post(&self, post: &ClubPost) -> Result<(), StoreError> {
        self.lock().record_post(post.clone());
        Ok(())
    }

    fn club_posts(&self, group: &str, since: DateTime<Utc>) -> Result<Vec<ClubPost>, StoreError> {
        let inner = self.lock();
        let range = (group.to_string(), since, 0)..=(group.to_string(), DateTime::<Utc>::MAX_UTC, u64::MAX);
        Ok(inner.posts.range(range).rev().map(|(_, p)| p.clone()).collect())
    }

    fn done_by(&self, post: u64) -> Result<Vec<UserKey>, StoreError> {
        let inner = self.lock();
        Ok(inner.done.iter().filter(|(p, _)| *p == post).map(|(_, u)| u.clone()).collect())
    }

    fn pressed(&self, user: &UserKey, post: u64) -> Result<bool, StoreError> {
        Ok(self.lock().done.contains(&(post, user.clone())))
    }

    fn owe(&self, platform: &str, items: &[serde_json::Value]) -> Result<(), StoreError> {
        self.lock().owed.entry(platform.to_string()).or_default().extend(items.iter().cloned());
        Ok(())
    }

    fn take_owed(&self, platform: &str) -> Result<Vec<serde_json::Value>, StoreError> {
        Ok(self.lock().owed.remove(platform).unwrap_or_default())
    }

    fn kept_about(&self, user: &UserKey) -> Result<Vec<Record>, StoreError> {
        let inner = self.lock();
        let name = user.to_string();
        let mut out = Vec::new();
        if let Some(prefs) = inner.prefs.get(user) {
            out.push(Record::Prefs { user: name.clone(), prefs: prefs.clone() });
        }
        if let Some(session) = inner.sessions.get(user) {
            out.push(Record::Session { user: name.clone(), session: session.clone() });
        }
        for entry in inner.history.get(user).into_iter().flatten() {
            out.push(Record::Entry { user: name.clone(), entry: entry.clone() });
        }
        for (post, _) in inner.done.iter().filter(|(_, u)| u == user) {
            out.push(Record::Done { user: name.clone(), post: *post, at: None });
        }
        out.extend(inner.unreadable(user));
        if let Some(day) = inner.seen.get(user) {
            out.push(Record::Active { user: name.clone(), day: *day });
        }
        let own = inner.reminders.range((name.clone(), 0)..=(name.clone(), u64::MAX));
        out.extend(own.map(|(_, r)| Record::Reminder { reminder: r.clone() }));
        // A club's reminders are the club's, but the ones they set carry their name.
        let set = inner.reminders.values().filter(|r| r.owner != name && r.created_by == name);
        out.extend(set.map(|r| Record::Reminder { reminder: r.clone() }));
        Ok(out)
    }

    fn export(&self, each: &mut dyn FnMut(Record) -> Result<(), StoreError>) -> Result<(), StoreError> {
        // A copy first: `each` may write to a file for a while, and the bot goes on meanwhile.
        let records = {
            let inner = self.lock();
            let mut out = Vec::new();
            // In key order, as the other stores write them: a backup reads the same each time.
            for (user, prefs) in sorted(&inner.prefs) {
                out.push(Record::Prefs { user: user.to_string(), prefs: prefs.clone() });
            }
            for (user, session) in sorted(&inner.sessions) {
                out.push(Record::Session { user: user.to_string(), session: session.clone() });
            }
            for (user, entries) in sorted(&inner.history) {
                out.extend(
                    entries.iter().map(|e| Record::Entry { user: user.to_string(), entry: e.clone() }),
                );
            }
            for (post, user) in &inner.done {
                out.push(Record::Done { user: user.to_string(), post: *post, at: None });
            }
            for (user, _) in sorted(&inner.unreadable_history) {
                out.extend(inner.unreadable(user));
            }
            for (user, day) in sorted(&inner.seen) {
                out.push(Record::Active { user: user.to_string(), day: *day });
            }
            out.extend(inner.reminders.values().map(|r| Record::Reminder { reminder: r.clone() }));
            out.extend(inner.posts.values().map(|p| Record::Post { post: p.clone() }));
            out.extend(inner.counts.iter().map(|(post, count)| Record::Count { post: *post, count: *count }));
            for (platform, items) in &inner.owed {
                out.extend(
                    items.iter().map(|i| Record::Owed { platform: platform.clone(), item: i.clone() }),
                );
            }
            out
        };
        records.into_iter().try_for_each(each)
    }

    fn import(&self, record: Record) -> Result<(), StoreError> {
        let mut inner = self.lock();
        let user =
            |s: &str| UserKey::parse(s).ok_or_else(|| StoreError::Backend(format!("not a user: {s:?}")));
        let mut seen = 0u64;
        match record {
            Record::Prefs { user: u, prefs } => {
                inner.prefs.insert(user(&u)?, prefs);
            }
            Record::Session { user: u, session } => {
                seen = u64::from(session.nonce);
                inner.sessions.insert(user(&u)?, session);
            }
            Record::Entry { user: u, entry } => inner.append(&user(&u)?, entry),
            Record::Done { user: u, post, .. } => {
                seen = post;
                inner.done.insert((post, user(&u)?));
            }
            Record::Reminder { reminder } => {
                seen = reminder.id;
                if let Some(t) = reminder.next.filter(|_| reminder.active()) {
                    inner.index.insert((t, reminder.id), reminder.owner.clone());
                }
                inner.reminders.insert((reminder.owner.clone(), reminder.id), reminder);
            }
            Record::Post { post } => {
                seen = post.id;
                inner.posts.insert((post.group.clone(), post.at, post.id), post);
            }
            Record::Count { post, count } => {
                inner.counts.insert(post, count);
            }
            Record::Owed { platform, item } => inner.owed.entry(platform).or_default().push(item),
            Record::Unreadable { user: u, .. } => {
                *inner.unreadable_history.entry(user(&u)?).or_default() += 1;
            }
            Record::Active { user: u, day } => {
                inner.seen.insert(user(&u)?, day);
            }
        }
        inner.next_id = inner.next_id.max(seen);
        Ok(())
    }

    fn sync(&self) -> Result<(), StoreError> {
        Ok(())
    }

    fn touch(&self, user: &UserKey, day: NaiveDate) -> Result<bool, StoreError> {
        let mut inner = self.lock();
        let noted = inner.has_records(user);
        if noted {
            inner.seen.insert(user.clone(), day);
        }
        Ok(noted)
    }

    fn inactive(&self, before: NaiveDate, today: NaiveDate) -> Result<Vec<UserKey>, StoreError> {
        let mut inner = self.lock();
        let people: BTreeSet<UserKey> = inner
            .sessions
            .keys()
            .chain(inner.prefs.keys())
            .chain(inner.history.keys())
            .chain(inner.done.iter().map(|(_, u)| u))
            .filter(|u| super::is_a_person(u))
            .cloned()
            .collect();
        let mut out = Vec::new();
        for user in people {
            match inner.seen.get(&user) {
                Some(day) if *day < before => out.push(user),
                Some(_) => {}
                None => {
                    inner.seen.insert(user, today);
                }
            }
        }
        Ok(out)
    }
}

/// A map's entries in key order.
fn sorted<V>(map: &HashMap<UserKey, V>) -> Vec<(&UserKey, &V)> {
    let mut entries: Vec<_> = map.iter().collect();
    entries.sort_by(|a, b| a.0.cmp(b.0));
    entries
}

impl Inner {
    /// The user's planted unreadable history records, as a durable store reports them (their
    /// bytes are gone: nothing was ever written).
    fn unreadable(&self, user: &UserKey) -> impl Iterator<Item = Record> + '_ {
        let n = self.unreadable_history.get(user).copied().unwrap_or(0);
        let name = user.to_string();
        (0..n).map(move |_| Record::Unreadable {
            user: name.clone(),
            from: "history".into(),
            bytes: String::new(),
        })
    }

    fn has_records(&self, user: &UserKey) -> bool {
        self.sessions.contains_key(user)
            || self.prefs.contains_key(user)
            || self.history.contains_key(user)
            || self.done.iter().any(|(_, u)| u == user)
    }
}
