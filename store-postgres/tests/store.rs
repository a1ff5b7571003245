//! The PostgreSQL store against a real server (a throwaway cluster, see `testing`): every
//! promise of the conformance suite, backups to and from sled, and what only a shared database
//! has to keep: two processes on one database, replicas starting at once, a database made by a
//! newer upback.

use std::sync::{
    atomic::{AtomicUsize, Ordering},
    Barrier,
};

use chrono::{Duration, TimeZone, Utc};
use upback_core::{
    engine::Engine,
    input::UserKey,
    reminders::{self, Audience, Reminder, ReminderKind},
    session::Session,
    store::{Change, ReminderChange, SessionChange, SledStore, Store, StoreError},
};
use upback_store_conformance::{checks, round_trip};
use upback_store_postgres::{testing, PostgresStore};

#[test]
fn the_postgres_store_keeps_every_promise() {
    let Some(cluster) = testing::cluster() else { return };
    for (name, check) in checks::<PostgresStore>() {
        eprintln!("postgres: {name}");
        check(&cluster.store());
    }
}

#[test]
fn a_backup_restores_from_sled_into_postgres_and_back() {
    let Some(cluster) = testing::cluster() else { return };
    let dirs = [tempfile::tempdir().expect("dir"), tempfile::tempdir().expect("dir")];
    let sled = SledStore::open(dirs[0].path()).expect("sled");
    round_trip::<dyn Store>(&sled, &cluster.store());
    let sled = SledStore::open(dirs[1].path()).expect("sled");
    round_trip::<dyn Store>(&cluster.store(), &sled);
    round_trip(&cluster.store(), &cluster.store());
}

fn session(nonce: u32) -> Session {
    Session::new(nonce, Utc.with_ymd_and_hms(2026, 5, 1, 7, 0, 0).single().unwrap_or_default())
}

#[test]
fn two_processes_committing_one_session_from_one_read_one_wins() {
    let Some(cluster) = testing::cluster() else { return };
    let url = cluster.database();
    let stores = [PostgresStore::connect(&url).expect("one"), PostgresStore::connect(&url).expect("two")];
    let ana = UserKey::new("tg", "ana");
    let set = |read, nonce| Change { read, session: SessionChange::Set(session(nonce)), ..Change::none() };
    stores[0].commit(&ana, set(0, 1)).expect("a first session");
    for round in 0..20u32 {
        let read = stores[1].session(&ana).expect("readable").map_or(0, |s| s.rev);
        let (won, barrier) = (AtomicUsize::new(0), Barrier::new(2));
        std::thread::scope(|scope| {
            for (i, store) in stores.iter().enumerate() {
                let (won, barrier, ana, set) = (&won, &barrier, &ana, &set);
                scope.spawn(move || {
                    barrier.wait();
                    match store.commit(ana, set(read, round * 2 + i as u32)) {
                        Ok(_) => {
                            won.fetch_add(1, Ordering::SeqCst);
                        }
                        Err(StoreError::Conflict(_)) => {}
                        Err(e) => panic!("{e}"),
                    }
                });
            }
        });
        assert_eq!(won.load(Ordering::SeqCst), 1, "round {round}: exactly one commit from revision {read}");
        assert_eq!(stores[0].session(&ana).expect("readable").map(|s| s.rev), Some(read + 1));
    }
}

fn due_reminder(store: &impl Store, minutes_ago: i64) -> Reminder {
    let now = Utc::now();
    let schedule = reminders::parse("daily 19:30 Europe/Berlin", None, now).expect("a schedule").schedule;
    Reminder {
        id: store.next_id().expect("an id"),
        rev: 0,
        owner: "chat:telegram:-100".into(),
        platform: "telegram".into(),
        chat_id: "-100".into(),
        created_by: "telegram:1".into(),
        audience: Audience::Group,
        kind: ReminderKind::Stretch,
        next: Some(now - Duration::minutes(minutes_ago)),
        schedule,
        note: None,
        role: None,
        locale: "en-US".into(),
        paused: None,
        last_fired: None,
    }
}

#[test]
fn two_schedulers_claiming_the_same_due_reminders_post_each_once() {
    let Some(cluster) = testing::cluster() else { return };
    let url = cluster.database();
    let engines = [
        Engine::built_in(PostgresStore::connect(&url).expect("one")).expect("engine"),
        Engine::built_in(PostgresStore::connect(&url).expect("two")).expect("engine"),
    ];
    let moderator = UserKey::new("telegram", "1");
    let store = engines[0].store();
    let mut ids = Vec::new();
    for n in 0..40 {
        let r = due_reminder(store, n % 5 + 1);
        ids.push(r.id);
        store
            .commit(&moderator, Change { reminders: vec![ReminderChange::Save(r)], ..Change::none() })
            .expect("saved");
    }
    let now = Utc::now();
    let barrier = Barrier::new(2);
    let posted: Vec<Vec<u64>> = std::thread::scope(|scope| {
        let runs: Vec<_> = engines
            .iter()
            .map(|engine| {
                let barrier = &barrier;
                scope.spawn(move || {
                    barrier.wait();
                    let batch = engine.take_due(now, Duration::hours(1));
                    assert!(batch.error.is_none(), "{:?}", batch.error);
                    batch.due.iter().map(|d| d.reminder.id).collect::<Vec<_>>()
                })
            })
            .collect();
        runs.into_iter().map(|r| r.join().expect("a scheduler")).collect()
    });
    let mut all: Vec<u64> = posted.concat();
    all.sort_unstable();
    let each: Vec<usize> = posted.iter().map(Vec::len).collect();
    assert_eq!(all, ids, "every due reminder posted, none twice (each scheduler: {each:?})");
    assert!(store.due(now, 100).expect("due").is_empty(), "all moved on");
    assert_eq!(store.club_posts("chat:telegram:-100", now - Duration::days(1)).expect("posts").len(), 40);
}

#[test]
fn two_schedulers_racing_for_one_reminder_post_it_once() {
    let Some(cluster) = testing::cluster() else { return };
    let url = cluster.database();
    let engines = [
        Engine::built_in(PostgresStore::connect(&url).expect("one")).expect("engine"),
        Engine::built_in(PostgresStore::connect(&url).expect("two")).expect("engine"),
    ];
    let moderator = UserKey::new("telegram", "1");
    for round in 0..20 {
        let r = due_reminder(engines[0].store(), 1);
        engines[0]
            .store()
            .commit(&moderator, Change { reminders: vec![ReminderChange::Save(r)], ..Change::none() })
            .expect("saved");
        let (posts, barrier, now) = (AtomicUsize::new(0), Barrier::new(2), Utc::now());
        std::thread::scope(|scope| {
            for engine in &engines {
                let (posts, barrier) = (&posts, &barrier);
                scope.spawn(move || {
                    barrier.wait();
                    let batch = engine.take_due(now, Duration::hours(1));
                    assert!(batch.error.is_none(), "{:?}", batch.error);
                    posts.fetch_add(batch.due.len(), Ordering::SeqCst);
                });
            }
        });
        assert_eq!(posts.load(Ordering::SeqCst), 1, "round {round}: one post");
    }
}

#[test]
fn replicas_starting_at_once_apply_the_migrations_once() {
    let Some(cluster) = testing::cluster() else { return };
    let url = cluster.database();
    let barrier = Barrier::new(4);
    std::thread::scope(|scope| {
        for _ in 0..4 {
            let (url, barrier) = (&url, &barrier);
            scope.spawn(move || {
                barrier.wait();
                PostgresStore::connect(url).expect("every replica starts");
            });
        }
    });
    let store = PostgresStore::connect(&url).expect("again");
    let versions =
        store.query_text("SELECT string_agg(version::text, ',') FROM schema_migrations").expect("read");
    let all: Vec<String> =
        upback_store_postgres::migrations::MIGRATIONS.iter().map(|m| m.version.to_string()).collect();
    assert_eq!(versions, Some(all.join(",")));
}

#[test]
fn a_database_a_newer_upback_moved_on_is_refused() {
    let Some(cluster) = testing::cluster() else { return };
    let url = cluster.database();
    PostgresStore::connect(&url)
        .expect("made")
        .execute_sql("INSERT INTO schema_migrations (version, name) VALUES (9999, 'from the future')")
        .expect("written");
    match PostgresStore::connect(&url) {
        Err(StoreError::Corrupt(why)) => assert!(why.contains("newer upback"), "{why}"),
        other => panic!("opened anyway: {:?}", other.err()),
    }
}

#[test]
fn a_database_that_is_not_there_is_said() {
    let Some(cluster) = testing::cluster() else { return };
    let result = PostgresStore::connect(&cluster.url("no_such_database"));
    assert!(matches!(result, Err(StoreError::NoDatabase(_))), "{:?}", result.err());
}

#[test]
fn a_refused_password_and_a_server_not_there_each_say_their_own_cause() {
    let Some(cluster) = testing::cluster_with_passwords() else { return };
    // As the superuser, who gets in without a password; a role is the cluster's, not a database's.
    cluster.store().execute_sql("CREATE ROLE runner LOGIN PASSWORD 'right-one'").expect("a role");
    let port = cluster.port();
    let wrong = format!("postgres://runner:not-the-one@127.0.0.1:{port}/postgres?sslmode=disable");
    match PostgresStore::connect(&wrong) {
        Err(StoreError::Unauthorized(why)) => {
            assert!(why.starts_with("28P01") && !why.contains("not-the-one"), "{why}")
        }
        other => panic!("a wrong password said otherwise: {:?}", other.err()),
    }
    let none = format!("postgres://runner@127.0.0.1:{port}/postgres?sslmode=disable");
    assert!(matches!(PostgresStore::connect(&none), Err(StoreError::Unauthorized(_))), "no password at all");
    let right = format!("postgres://runner:right-one@127.0.0.1:{port}/postgres?sslmode=disable");
    assert!(
        !matches!(PostgresStore::connect(&right), Err(StoreError::Unauthorized(_))),
        "the right one gets in"
    );
    let closed = std::net::TcpListener::bind("127.0.0.1:0").expect("bind").local_addr().expect("addr").port();
    let nowhere = format!("postgres://runner:right-one@127.0.0.1:{closed}/postgres?sslmode=disable");
    let result = PostgresStore::connect(&nowhere);
    assert!(matches!(result, Err(StoreError::Unreachable(_))), "{:?}", result.err());
}

#[test]
fn tls_required_of_a_server_without_it_is_refused() {
    let Some(cluster) = testing::cluster() else { return };
    let url = cluster.url("postgres").replace("sslmode=disable", "sslmode=require");
    let result = PostgresStore::connect(&url);
    assert!(matches!(result, Err(StoreError::Backend(_))), "connected in the clear: {:?}", result.err());
}

#[test]
fn forget_leaves_no_row_of_the_member() {
    let Some(cluster) = testing::cluster() else { return };
    let store = cluster.store();
    upback_store_conformance::forget(&store);
    let ana = "tg:ana";
    let rows = store
        .query_text(&format!(
            "SELECT (SELECT count(*) FROM sessions WHERE user_key = '{ana}')
                  + (SELECT count(*) FROM prefs WHERE user_key = '{ana}')
                  + (SELECT count(*) FROM history WHERE user_key = '{ana}')
                  + (SELECT count(*) FROM quarantine WHERE user_key = '{ana}')
                  + (SELECT count(*) FROM done_presses WHERE user_key = '{ana}')
                  + (SELECT count(*) FROM reminders WHERE owner = '{ana}' OR created_by = '{ana}')
                  + (SELECT count(*) FROM reminders WHERE position('{ana}' in convert_from(doc, 'UTF8')) > 0)"
        ))
        .expect("counted");
    // The suite's own check pressed Done again after forgetting: that press is Ana's anew.
    assert_eq!(rows.as_deref(), Some("1"), "only the press made after /forget");
}

#[test]
fn an_unreadable_session_is_kept_in_quarantine_and_backed_up() {
    use upback_store_conformance::Damage;
    let Some(cluster) = testing::cluster() else { return };
    let store = cluster.store();
    let ana = UserKey::new("tg", "ana");
    store.damage_session(&ana);
    assert!(matches!(store.session(&ana), Err(StoreError::Unreadable { .. })));
    assert_eq!(store.query_text("SELECT source FROM quarantine").expect("read").as_deref(), Some("sessions"));
    store.damage_history(&ana);
    let mut unreadable = Vec::new();
    store
        .export(&mut |r| {
            if let upback_core::store::Record::Unreadable { from, .. } = &r {
                unreadable.push(from.clone());
            }
            Ok(())
        })
        .expect("exported");
    unreadable.sort();
    assert_eq!(unreadable, ["history", "sessions"]);
}
