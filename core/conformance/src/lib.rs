//! One suite of promises every upback [`Store`] keeps, run against each backend (memory and
//! sled in the core's tests, PostgreSQL in the shell's), so that the engine can rely on the
//! trait and not on a backend. A crate of its own so that every backend's tests can use it.
//!
//! Each check takes a fresh, empty store and panics with what broke. [`Faulty`] is a store
//! that fails when told to, for the tests of what sits on top of a store.

use chrono::{DateTime, Duration, TimeZone, Utc};

mod faulty;

pub use faulty::Faulty;

use upback_core::{
    history::{CheckinKind, CheckinRecord, Entry},
    input::UserKey,
    prefs::Prefs,
    reminders::{self, Audience, Paused, Reminder, ReminderKind},
    session::Session,
    store::{Change, DonePress, ReminderChange, SessionChange, Store, StoreError},
};

/// What a backend offers the suite beyond the trait: writing a damaged record, as a disk or
/// an older bug would have left it.
pub trait Damage {
    /// Stores bytes no version of upback can read as the user's session.
    fn damage_session(&self, user: &UserKey);
    /// Adds a history record no version of upback can read to the user's history.
    fn damage_history(&self, user: &UserKey);
}

/// One named check of the suite.
pub type Check<S> = (&'static str, fn(&S));

/// Every check, by name, for a backend's test to run one by one.
pub fn checks<S: Store + Damage>() -> Vec<Check<S>> {
    vec![
        ("a_session_is_saved_and_cleared_by_revision", sessions::<S>),
        ("a_session_change_based_on_an_old_revision_is_refused", stale_sessions::<S>),
        ("preferences_round_trip", prefs::<S>),
        ("history_is_per_user_and_in_time_order", history_order::<S>),
        ("a_refused_change_writes_nothing", atomic::<S>),
        ("reminders_are_saved_by_revision_and_indexed_by_time", reminders_by_revision::<S>),
        ("done_counts_each_member_once", done_counts::<S>),
        ("forget_removes_the_user_and_only_the_user", forget::<S>),
        ("ids_are_never_handed_out_twice", ids::<S>),
        ("concurrent_done_presses_are_all_counted", concurrent_done::<S>),
        ("concurrent_turns_of_one_user_advance_the_session_once_each", concurrent_sessions::<S>),
        ("unreadable_records_are_kept_and_reported", unreadable::<S>),
        ("what_was_owed_at_a_stop_is_handed_back_once", owed::<S>),
        ("club_posts_and_presses_are_kept_by_group_and_forgotten_with_the_member", club::<S>),
        ("people_inactive_past_the_limit_are_found_and_groups_never", inactive::<S>),
        ("a_person_s_records_are_all_kept_about_them_and_no_one_else_s", kept_about::<S>),
    ]
}

fn at(minute: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 5, 1, 7, 0, 0).single().unwrap_or_default() + Duration::minutes(minute)
}

fn checkin(minute: i64, severity: u8) -> Entry {
    Entry::Checkin(CheckinRecord {
        at: at(minute),
        severity: Some(severity),
        after_run: Some(true),
        kind: CheckinKind::Feeling,
    })
}

fn session(nonce: u32) -> Session {
    Session::new(nonce, at(0))
}

fn set(read: u64, s: Session) -> Change {
    Change { read, session: SessionChange::Set(s), ..Change::none() }
}

fn append(entries: Vec<Entry>) -> Change {
    Change { append: entries, ..Change::none() }
}

fn reminder(store: &(impl Store + ?Sized), owner: &str, minute: i64) -> Reminder {
    let schedule =
        reminders::parse("daily 19:30 Europe/Berlin", None, at(0)).expect("a valid schedule").schedule;
    Reminder {
        id: store.next_id().expect("an id"),
        rev: 0,
        owner: owner.to_string(),
        platform: "telegram".into(),
        chat_id: "-100".into(),
        created_by: "telegram:1".into(),
        audience: Audience::Group,
        kind: ReminderKind::Stretch,
        next: Some(at(minute)),
        schedule,
        note: None,
        role: None,
        locale: "en-US".into(),
        paused: None,
        last_fired: None,
    }
}

fn save(store: &(impl Store + ?Sized), user: &UserKey, r: &Reminder) -> Result<(), StoreError> {
    store
        .commit(user, Change { reminders: vec![ReminderChange::Save(r.clone())], ..Change::none() })
        .map(|_| ())
}

pub fn sessions<S: Store>(store: &S) {
    let ana = UserKey::new("tg", "ana");
    assert_eq!(store.session(&ana).expect("readable"), None);
    store.commit(&ana, set(0, session(7))).expect("a first session");
    let stored = store.session(&ana).expect("readable").expect("kept");
    assert_eq!((stored.nonce, stored.rev), (7, 1));
    store.commit(&ana, set(1, session(8))).expect("the next revision");
    assert_eq!(store.session(&ana).expect("readable").map(|s| (s.nonce, s.rev)), Some((8, 2)));
    store.commit(&ana, Change { read: 2, session: SessionChange::Clear, ..Change::none() }).expect("cleared");
    assert_eq!(store.session(&ana).expect("readable"), None);
}

pub fn stale_sessions<S: Store>(store: &S) {
    let ana = UserKey::new("tg", "ana");
    store.commit(&ana, set(0, session(1))).expect("first");
    let refused = store.commit(&ana, set(0, session(2)));
    assert!(matches!(refused, Err(StoreError::Conflict(_))), "{refused:?}");
    let refused = store.commit(&ana, Change { read: 5, session: SessionChange::Clear, ..Change::none() });
    assert!(matches!(refused, Err(StoreError::Conflict(_))), "{refused:?}");
    assert_eq!(store.session(&ana).expect("readable").map(|s| s.nonce), Some(1), "nothing changed");
    // A change that leaves the session alone does not depend on it.
    store.commit(&ana, Change { read: 99, ..append(vec![checkin(1, 3)]) }).expect("history only");
}

pub fn prefs<S: Store>(store: &S) {
    let ana = UserKey::new("tg", "ana");
    assert_eq!(store.prefs(&ana).expect("readable"), Prefs::default());
    let prefs = Prefs {
        locale: Some("de".into()),
        zone: Some("Europe/Berlin".into()),
        history: Some(upback_core::prefs::Keeping::Keep),
        welcomed: true,
        leaderboard: [("chat:tg:-1".to_string(), "Ana".to_string())].into(),
    };
    store.commit(&ana, Change { prefs: Some(prefs.clone()), ..Change::none() }).expect("saved");
    assert_eq!(store.prefs(&ana).expect("readable"), prefs);
    assert_eq!(store.prefs(&UserKey::new("tg", "bob")).expect("readable"), Prefs::default());
}

pub fn history_order<S: Store>(store: &S) {
    let a = UserKey::new("tg", "1");
    let b = UserKey::new("tg", "12");
    store.commit(&a, append(vec![checkin(5, 5)])).expect("a");
    store.commit(&b, append(vec![checkin(1, 1)])).expect("b");
    store.commit(&a, append(vec![checkin(2, 2), checkin(9, 9)])).expect("a again");
    let h = store.history(&a).expect("history");
    let severities: Vec<u8> = h.severities();
    assert_eq!(severities, [2, 5, 9], "in time order, whatever the order of writing");
    assert_eq!(
        store.history(&b).expect("history").severities(),
        [1],
        "a prefix of another user's id is not theirs"
    );
}

pub fn atomic<S: Store>(store: &S) {
    let ana = UserKey::new("tg", "ana");
    let stale = Reminder { rev: 4, ..reminder(store, "tg:ana", 10) };
    let change = Change {
        session: SessionChange::Set(session(3)),
        append: vec![checkin(1, 4)],
        reminders: vec![ReminderChange::Save(stale)],
        done: Some(DonePress { post: 77, entry: Some(checkin(2, 0)) }),
        post: Some(upback_core::club::ClubPost {
            id: 78,
            group: "chat:tg:-5".into(),
            at: at(3),
            locale: "en-US".into(),
        }),
        ..Change::none()
    };
    assert!(matches!(store.commit(&ana, change), Err(StoreError::Conflict(_))));
    assert!(store.club_posts("chat:tg:-5", at(0)).expect("posts").is_empty(), "no routine post recorded");
    assert_eq!(store.session(&ana).expect("readable"), None);
    assert!(store.history(&ana).expect("history").entries.is_empty());
    assert_eq!(store.done_count(77).expect("count"), 0);
    assert!(store.reminders("tg:ana").expect("reminders").is_empty());
}

pub fn reminders_by_revision<S: Store>(store: &S) {
    let moderator = UserKey::new("tg", "mod");
    let owner = "chat:telegram:-100";
    // Made by a member, as on a real club: their key must read back, and moving such a
    // reminder on must not trip over it (a store that resolves it inside its own
    // transaction can deadlock there).
    let first = Reminder { created_by: moderator.to_string(), ..reminder(store, owner, 30) };
    let second = Reminder { created_by: moderator.to_string(), ..reminder(store, owner, 10) };
    save(store, &moderator, &first).expect("new");
    save(store, &moderator, &second).expect("new");
    let listed = store.reminders(owner).expect("listed");
    assert_eq!(listed.iter().map(|r| r.id).collect::<Vec<_>>(), [first.id, second.id], "oldest first");
    assert!(listed.iter().all(|r| r.rev == 1 && r.created_by == moderator.to_string()));
    assert_eq!(store.next_due().expect("next"), Some(at(10)));
    assert_eq!(store.due(at(20), 10).expect("due").iter().map(|r| r.id).collect::<Vec<_>>(), [second.id]);
    assert!(store.due(at(5), 10).expect("due").is_empty());

    // The scheduler moves one on while a moderator pauses it, from the same read: one wins.
    let read = listed[1].clone();
    assert!(store.swap_reminder(&Reminder { next: Some(at(60)), ..read.clone() }).expect("swap"));
    let paused = Reminder { paused: Some(Paused::Moderator), ..read.clone() };
    assert!(matches!(save(store, &moderator, &paused), Err(StoreError::Conflict(_))));
    assert!(!store.swap_reminder(&paused).expect("swap"), "a stale swap is refused");
    let now = store.reminders(owner).expect("listed").into_iter().find(|r| r.id == read.id).expect("kept");
    assert_eq!((now.rev, now.next, now.paused), (2, Some(at(60)), None));
    assert_eq!(store.next_due().expect("next"), Some(at(30)), "the index follows the move");

    let paused = Reminder { paused: Some(Paused::Moderator), ..now };
    save(store, &moderator, &paused).expect("paused on the fresh read");
    assert!(store.due(at(100), 10).expect("due").iter().all(|r| r.id != paused.id), "paused is not due");
    let remove =
        store.reminders(owner).expect("listed").into_iter().find(|r| r.id == first.id).expect("kept");
    store
        .commit(
            &moderator,
            Change { reminders: vec![ReminderChange::Remove(remove.clone())], ..Change::none() },
        )
        .expect("removed");
    assert!(matches!(
        store
            .commit(&moderator, Change { reminders: vec![ReminderChange::Remove(remove)], ..Change::none() }),
        Err(StoreError::Conflict(_))
    ));
    assert_eq!(store.reminders(owner).expect("listed").len(), 1);
    assert_eq!(store.next_due().expect("next"), None);
}

pub fn done_counts<S: Store>(store: &S) {
    let ana = UserKey::new("tg", "ana");
    let bob = UserKey::new("tg", "bob");
    let press = |entry| Change { done: Some(DonePress { post: 5, entry }), ..Change::none() };
    let first = store.commit(&ana, press(Some(checkin(1, 0)))).expect("counted").done.expect("a count");
    assert_eq!((first.count, first.first), (1, true));
    let again = store.commit(&ana, press(Some(checkin(2, 0)))).expect("counted").done.expect("a count");
    assert_eq!((again.count, again.first), (1, false));
    assert_eq!(store.history(&ana).expect("history").entries.len(), 1, "one entry for one member");
    let bob_press = store.commit(&bob, press(None)).expect("counted").done.expect("a count");
    assert_eq!((bob_press.count, bob_press.first), (2, true));
    assert!(store.history(&bob).expect("history").entries.is_empty(), "counted without keeping history");
    assert_eq!(store.done_count(5).expect("count"), 2);
    assert_eq!(store.done_count(6).expect("count"), 0);
}

pub fn forget<S: Store>(store: &S) {
    let ana = UserKey::new("tg", "ana");
    let bob = UserKey::new("tg", "bob");
    for user in [&ana, &bob] {
        store
            .commit(
                user,
                Change {
                    session: SessionChange::Set(session(1)),
                    prefs: Some(Prefs { locale: Some("fr".into()), ..Prefs::default() }),
                    append: vec![checkin(1, 3)],
                    done: Some(DonePress { post: 9, entry: Some(checkin(2, 0)) }),
                    ..Change::none()
                },
            )
            .expect("saved");
        let own = reminder(store, user.as_str(), 10);
        save(store, user, &own).expect("a personal reminder");
    }
    let club = Reminder { created_by: ana.to_string(), ..reminder(store, "chat:tg:-5", 30) };
    save(store, &ana, &club).expect("a club reminder Ana set");
    store.forget(&ana).expect("forgotten");
    let kept = store.reminders("chat:tg:-5").expect("reminders");
    assert_eq!(kept.len(), 1, "the club keeps its reminder");
    assert_eq!(kept[0].created_by, "", "without the name of who set it");
    assert_eq!(store.session(&ana).expect("readable"), None);
    assert_eq!(store.prefs(&ana).expect("readable"), Prefs::default());
    assert!(store.history(&ana).expect("history").entries.is_empty());
    assert!(store.reminders(ana.as_str()).expect("reminders").is_empty());
    let again = store
        .commit(&ana, Change { done: Some(DonePress { post: 9, entry: None }), ..Change::none() })
        .expect("counted")
        .done
        .expect("a count");
    assert!(again.first, "a forgotten member's press counts as new");
    assert!(store.session(&bob).expect("readable").is_some());
    assert_eq!(store.history(&bob).expect("history").entries.len(), 2);
    assert_eq!(store.reminders(bob.as_str()).expect("reminders").len(), 1);
    assert_eq!(store.next_due().expect("next"), Some(at(10)), "bob's reminder is still due");
}

pub fn ids<S: Store>(store: &S) {
    let mut seen = std::collections::BTreeSet::new();
    for _ in 0..1000 {
        assert!(seen.insert(store.next_id().expect("an id")), "an id came twice");
    }
}

pub fn concurrent_done<S: Store>(store: &S) {
    std::thread::scope(|scope| {
        for t in 0..8 {
            scope.spawn(move || {
                for i in 0..10 {
                    let user = UserKey::new("tg", &format!("{t}-{i}"));
                    let press = Change { done: Some(DonePress { post: 1, entry: None }), ..Change::none() };
                    store.commit(&user, press).expect("counted");
                }
            });
        }
    });
    assert_eq!(store.done_count(1).expect("count"), 80);
}

pub fn concurrent_sessions<S: Store>(store: &S) {
    let ana = UserKey::new("tg", "ana");
    let won = std::sync::atomic::AtomicU32::new(0);
    // Every thread reads revision 0 and tries to move on from it: exactly one may.
    std::thread::scope(|scope| {
        for t in 0..8 {
            let (won, ana) = (&won, &ana);
            scope.spawn(move || match store.commit(ana, set(0, session(t))) {
                Ok(_) => {
                    won.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                }
                Err(StoreError::Conflict(_)) => {}
                Err(e) => panic!("{e}"),
            });
        }
    });
    assert_eq!(won.load(std::sync::atomic::Ordering::SeqCst), 1);
    assert_eq!(store.session(&ana).expect("readable").map(|s| s.rev), Some(1));
}

pub fn unreadable<S: Store + Damage>(store: &S) {
    let ana = UserKey::new("tg", "ana");
    store.commit(&ana, append(vec![checkin(1, 3)])).expect("saved");
    store.damage_history(&ana);
    let h = store.history(&ana).expect("history");
    assert_eq!((h.entries.len(), h.unreadable), (1, 1), "the readable entry survives, the other is counted");
    store.damage_session(&ana);
    assert!(matches!(store.session(&ana), Err(StoreError::Unreadable { .. })));
    assert_eq!(store.session(&ana).expect("set aside, so the user can go on"), None);
    store.commit(&ana, set(0, session(4))).expect("a new session after the damaged one");
    assert_eq!(store.history(&ana).expect("history").unreadable, 1, "kept, not deleted");
}

impl Damage for upback_core::store::SledStore {
    fn damage_session(&self, user: &UserKey) {
        self.put_raw("sessions", user, b"\xff not a session").expect("a raw write");
    }

    fn damage_history(&self, user: &UserKey) {
        self.put_raw("history", user, br#"{"v":99,"data":{}}"#).expect("a raw write");
    }
}

impl Damage for upback_core::store::MemoryStore {
    fn damage_session(&self, user: &UserKey) {
        self.plant_unreadable_session(user);
    }

    fn damage_history(&self, user: &UserKey) {
        self.plant_unreadable_history(user);
    }
}

pub fn owed<S: Store>(store: &S) {
    let first = serde_json::json!({"chat": "-100", "text": "Stretch time!"});
    let second = serde_json::json!({"chat": "-100", "edit": 7, "text": "12 runners"});
    store.owe("telegram", std::slice::from_ref(&first)).expect("kept");
    store.owe("telegram", std::slice::from_ref(&second)).expect("kept");
    store.owe("discord", &[serde_json::json!({"other": true})]).expect("kept");
    assert_eq!(store.take_owed("telegram").expect("read"), [first, second], "oldest first");
    assert!(store.take_owed("telegram").expect("read").is_empty(), "handed back once");
    assert_eq!(store.take_owed("discord").expect("read").len(), 1, "per platform");
}

pub fn club<S: Store>(store: &S) {
    use upback_core::club::ClubPost;
    let (g, other) = ("chat:telegram:-1", "chat:telegram:-2");
    for (id, minute, group) in [(1, 10, g), (2, 20, g), (3, 30, other), (4, 40, g)] {
        store
            .record_post(&ClubPost { id, group: group.into(), at: at(minute), locale: "de".into() })
            .expect("kept");
    }
    let ids: Vec<u64> = store.club_posts(g, at(15)).expect("posts").iter().map(|p| p.id).collect();
    assert_eq!(ids, [4, 2], "the group's, since the time, newest first");
    // Posted by a moderator's turn: recorded by the commit that carries it.
    let posted = ClubPost { id: 5, group: other.into(), at: at(50), locale: "fr".into() };
    let moderator = UserKey::new("tg", "mod");
    store.commit(&moderator, Change { post: Some(posted.clone()), ..Change::none() }).expect("committed");
    assert_eq!(store.club_posts(other, at(45)).expect("posts"), [posted]);
    let today = chrono::NaiveDate::from_ymd_opt(2026, 5, 1).expect("a day");
    assert!(
        !store.touch(&moderator, today).expect("noted"),
        "the post is the group's: nothing kept of who posted it"
    );
    let ana = UserKey::new("tg", "ana");
    let bob = UserKey::new("tg", "bob");
    for user in [&ana, &bob] {
        store
            .commit(user, Change { done: Some(DonePress { post: 4, entry: None }), ..Change::none() })
            .expect("counted");
    }
    let mut by = store.done_by(4).expect("presses");
    by.sort();
    assert_eq!(by, [ana.clone(), bob.clone()]);
    assert!(store.done_by(2).expect("presses").is_empty());
    assert!(store.pressed(&ana, 4).expect("read") && !store.pressed(&ana, 2).expect("read"));
    store.forget(&ana).expect("forgotten");
    assert_eq!(store.done_by(4).expect("presses"), [bob], "a forgotten member is out of the club's stats");
    assert!(!store.pressed(&ana, 4).expect("read"));
}

/// Everything `from` holds, exported and imported into the empty `into`, reads back the
/// same through the trait (a backup and its restore), and ids handed out afterwards are new.
pub fn inactive<S: Store>(store: &S) {
    let day = |d: u32| chrono::NaiveDate::from_ymd_opt(2026, 1, d).expect("a day");
    let (ana, bob, new, quiet) = (
        UserKey::new("tg", "ana"),
        UserKey::new("tg", "bob"),
        UserKey::new("tg", "new"),
        UserKey::new("tg", "quiet"),
    );
    let group = UserKey::new("chat", "tg:-1");
    for user in [&ana, &bob, &group] {
        store.commit(user, append(vec![checkin(1, 3)])).expect("saved");
    }
    // Kept by an older version, before activity was noted: never touched.
    store.commit(&quiet, append(vec![checkin(2, 1)])).expect("saved");
    assert!(store.touch(&ana, day(1)).expect("touched"));
    assert!(store.touch(&bob, day(10)).expect("touched"));
    store.touch(&group, day(1)).expect("touched");
    assert!(!store.touch(&new, day(1)).expect("touched"), "nothing stored: not noted");
    let mut found = store.inactive(day(5), day(20)).expect("swept");
    found.sort();
    assert_eq!(found, std::slice::from_ref(&ana), "only who was last seen before the limit");
    assert!(store.inactive(day(5), day(20)).expect("swept").iter().all(|u| *u != new), "nothing to delete");

    // Their clock started at the first sweep (the 20th), not at zero.
    assert!(!store.inactive(day(20), day(22)).expect("swept").contains(&quiet), "seen on the 20th");
    assert!(store.inactive(day(21), day(22)).expect("swept").contains(&quiet), "inactive since the 20th");

    store.touch(&ana, day(12)).expect("touched");
    let found = store.inactive(day(11), day(20)).expect("swept");
    assert!(!found.contains(&ana) && found.contains(&bob), "the latest activity counts: {found:?}");
    store.forget(&bob).expect("forgotten");
    assert!(!store.inactive(day(28), day(28)).expect("swept").contains(&bob), "forgotten with the rest");
    assert!(!store.inactive(day(28), day(28)).expect("swept").contains(&group), "a group never");
}

/// What a backup holds of one person is what `kept_about` hands them (their /export): every
/// kind of record, their own reminders and not the club's, nobody else's; nothing once they
/// are forgotten.
pub fn kept_about<S: Store + Damage>(store: &S) {
    use upback_core::{
        assessment::{Answer, Assessment},
        store::Record,
    };
    let ana = UserKey::new("tg", "ana");
    let bob = UserKey::new("tg", "bob");
    for user in [&ana, &bob] {
        let open = Session {
            assessment: Some(Assessment {
                answers: vec![Answer::one("alarm", "none")].into(),
                picked: Vec::new(),
            }),
            pending: vec![checkin(3, 6)],
            ..session(1)
        };
        let prefs = Prefs { zone: Some("Europe/Berlin".into()), welcomed: true, ..Prefs::default() };
        store
            .commit(
                user,
                Change {
                    session: SessionChange::Set(open),
                    prefs: Some(prefs),
                    append: vec![checkin(1, 3)],
                    done: Some(DonePress { post: 9, entry: Some(checkin(2, 0)) }),
                    ..Change::none()
                },
            )
            .expect("saved");
        let own = Reminder { audience: Audience::Personal, ..reminder(store, user.as_str(), 10) };
        save(store, user, &own).expect("a personal reminder");
    }
    let club = Reminder { created_by: ana.to_string(), ..reminder(store, "chat:tg:-5", 30) };
    save(store, &ana, &club).expect("a club reminder Ana set");
    let someone_else_s = reminder(store, "chat:tg:-5", 31);
    save(store, &ana, &someone_else_s).expect("a club reminder another moderator set");
    store.damage_history(&ana);
    let day = at(0).date_naive();
    assert!(store.touch(&ana, day).expect("noted"), "Ana has records: her day is noted");

    let by_text = |mut records: Vec<Record>| {
        records.sort_by_cached_key(|r| serde_json::to_string(r).unwrap_or_default());
        records
    };
    let about = |r: &Record, who: &UserKey| match r {
        Record::Prefs { user, .. }
        | Record::Session { user, .. }
        | Record::Entry { user, .. }
        | Record::Done { user, .. }
        | Record::Active { user, .. }
        | Record::Unreadable { user, .. } => user == who.as_str(),
        Record::Reminder { reminder } => {
            reminder.owner == who.as_str() || reminder.created_by == who.as_str()
        }
        Record::Post { .. } | Record::Count { .. } | Record::Owed { .. } => false,
    };
    let mut backup = Vec::new();
    store
        .export(&mut |r| {
            backup.push(r);
            Ok(())
        })
        .expect("exported");
    let kept = by_text(store.kept_about(&ana).expect("read"));
    let expected = by_text(backup.iter().filter(|r| about(r, &ana)).cloned().collect());
    assert_eq!(kept, expected, "what a backup holds of Ana is what she is handed");
    let count = |pick: fn(&Record) -> bool| kept.iter().filter(|r| pick(r)).count();
    assert_eq!(count(|r| matches!(r, Record::Prefs { .. })), 1, "her settings: {kept:?}");
    assert_eq!(
        count(
            |r| matches!(r, Record::Session { session, .. } if session.assessment.is_some() && session.pending.len() == 1)
        ),
        1,
        "her unfinished check, with what waits for her consent: {kept:?}"
    );
    assert_eq!(count(|r| matches!(r, Record::Entry { .. })), 2, "her check-in and her stretch: {kept:?}");
    assert_eq!(count(|r| matches!(r, Record::Done { post: 9, .. })), 1, "her Done press: {kept:?}");
    assert_eq!(
        count(|r| matches!(r, Record::Unreadable { .. })),
        1,
        "the record that cannot be read: {kept:?}"
    );
    assert_eq!(
        count(|r| matches!(r, Record::Reminder { reminder } if reminder.audience == Audience::Personal)),
        1,
        "her own reminder: {kept:?}"
    );
    assert_eq!(
        count(|r| matches!(r, Record::Reminder { reminder } if reminder.audience == Audience::Group)),
        1,
        "the club reminder she set, not the club's other one: {kept:?}"
    );
    assert_eq!(count(|r| matches!(r, Record::Active { .. })), 1, "the day she last wrote: {kept:?}");
    assert_eq!(kept.len(), 9, "nothing else, and nothing of Bob's: {kept:?}");
    assert!(store.kept_about(&UserKey::new("tg", "nobody")).expect("read").is_empty());
    store.forget(&ana).expect("forgotten");
    assert!(store.kept_about(&ana).expect("read").is_empty(), "nothing once forgotten");
    assert_eq!(store.kept_about(&bob).expect("read").len(), 6, "Bob's stay");
}

/// Between two backends, as `round_trip::<dyn Store>(&sled, &postgres)`.
pub fn round_trip<S: Store + ?Sized>(from: &S, into: &S) {
    use upback_core::{club::ClubPost, store::Record};
    let ana = UserKey::new("tg", "ana");
    let bob = UserKey::new("tg", "bob");
    let mut ids = Vec::new();
    for (user, minute) in [(&ana, 1), (&bob, 2), (&ana, 3)] {
        let s = session(minute as u32);
        from.commit(
            user,
            Change {
                read: from.session(user).expect("readable").map_or(0, |s| s.rev),
                session: SessionChange::Set(s),
                prefs: Some(Prefs { locale: Some("de".into()), welcomed: true, ..Prefs::default() }),
                append: vec![checkin(minute, 4)],
                done: Some(DonePress { post: 77, entry: Some(checkin(minute + 100, 0)) }),
                ..Change::none()
            },
        )
        .expect("saved");
    }
    let own = reminder(from, ana.as_str(), 10);
    ids.push(own.id);
    save(from, &ana, &own).expect("personal");
    let club = reminder(from, "chat:tg:-1", 20);
    ids.push(club.id);
    save(from, &ana, &Reminder { created_by: ana.to_string(), ..club }).expect("club");
    let post = ClubPost {
        id: from.next_id().expect("id"),
        group: "chat:tg:-1".into(),
        at: at(5),
        locale: "fr".into(),
    };
    ids.push(post.id);
    from.record_post(&post).expect("post");
    from.owe("telegram", &[serde_json::json!({"chat": "1", "text": "hi"})]).expect("owed");

    let mut records: Vec<Record> = Vec::new();
    from.export(&mut |r| {
        records.push(r);
        Ok(())
    })
    .expect("exported");
    for r in records.clone() {
        into.import(r).expect("imported");
    }
    into.sync().expect("synced");
    for user in [&ana, &bob] {
        assert_eq!(into.session(user).expect("read"), from.session(user).expect("read"), "{user}'s session");
        assert_eq!(into.prefs(user).expect("read"), from.prefs(user).expect("read"));
        assert_eq!(into.history(user).expect("read"), from.history(user).expect("read"), "{user}'s history");
    }
    assert_eq!(into.reminders(ana.as_str()).expect("read"), from.reminders(ana.as_str()).expect("read"));
    assert_eq!(into.reminders("chat:tg:-1").expect("read"), from.reminders("chat:tg:-1").expect("read"));
    assert_eq!(into.next_due().expect("read"), from.next_due().expect("read"));
    assert_eq!(into.done_count(77).expect("read"), 2);
    let mut by = into.done_by(77).expect("read");
    by.sort();
    assert_eq!(by, [ana.clone(), bob.clone()]);
    assert_eq!(into.club_posts("chat:tg:-1", at(0)).expect("read"), [post]);
    let next = into.next_id().expect("an id");
    assert!(ids.iter().all(|id| next > *id), "ids after a restore are new: {next} vs {ids:?}");
    let mut again = 0;
    into.export(&mut |_| {
        again += 1;
        Ok(())
    })
    .expect("exported");
    assert_eq!(again, records.len(), "the restored store backs up to as many records");
    assert_eq!(into.take_owed("telegram").expect("read").len(), 1, "what was owed is still owed");
}
