//! How fast the engine is on PostgreSQL: one step of a check (a whole check by buttons,
//! divided by its steps), every step committed durably, with 1, 4 and 16 users at once, as
//! `upback-core`'s engine bench measures sled. The server is a throwaway cluster on this
//! machine (fsync on), so the figure is the store's and the local disk's, without a network.
//! Run with `cargo bench -p upback-store-postgres`.

use std::{
    hint::black_box,
    sync::{
        atomic::{AtomicU64, Ordering},
        Arc,
    },
    time::{Duration, Instant},
};

use chrono::{TimeZone, Utc};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use upback_core::{
    engine::Engine,
    input::{Input, Platform, Who},
    prefs::{Keeping, Prefs},
    store::{Change, Store},
};
use upback_store_postgres::{testing::Cluster, Options, PostgresStore};

#[path = "../../tests/support/personas.rs"]
mod personas;

static USERS: AtomicU64 = AtomicU64::new(0);

/// A fresh user who keeps a history (so every result is a durable write).
fn runner<S: Store>(engine: &Engine<S>) -> Who {
    let who = Who::private(Platform::Telegram, format!("bench-{}", USERS.fetch_add(1, Ordering::Relaxed)));
    let prefs = Prefs { history: Some(Keeping::Keep), welcomed: true, ..Prefs::default() };
    engine.store().commit(&who.key(), Change { prefs: Some(prefs), ..Change::none() }).expect("prefs");
    who
}

/// A whole check by buttons, as the desk worker; returns the number of steps.
fn whole_check<S: Store>(engine: &Engine<S>, who: &Who) -> u64 {
    let now = Utc.with_ymd_and_hms(2026, 6, 2, 18, 0, 0).single().unwrap_or_default();
    let mut replies = engine.handle(who, Input::Text("/start".into()), now);
    let mut steps = 1;
    for label in personas::DESK_WORKER {
        let action = replies
            .iter()
            .flat_map(|r| r.buttons.iter().flatten())
            .find(|b| b.label == *label)
            .map(|b| b.action.clone())
            .unwrap_or_default();
        replies = engine.handle(who, Input::Action(action), now);
        steps += 1;
    }
    black_box(replies);
    steps
}

fn steps_per_second<S: Store + 'static>(
    c: &mut Criterion,
    name: &str,
    engine: Arc<Engine<S>>,
    threads: usize,
) {
    let steps = whole_check(&engine, &runner(&engine));
    let mut group = c.benchmark_group(name);
    group.throughput(Throughput::Elements(steps * threads as u64));
    group.bench_function("check", |b| {
        b.iter_custom(|iterations| {
            // The runners are made before the clock starts: making one is a durable commit
            // of its own, not a step of a check.
            let runners: Vec<Vec<Who>> =
                (0..threads).map(|_| (0..iterations).map(|_| runner(&engine)).collect()).collect();
            let start = Instant::now();
            std::thread::scope(|scope| {
                for runners in runners {
                    let engine = engine.clone();
                    scope.spawn(move || {
                        for who in runners {
                            whole_check(&engine, &who);
                        }
                    });
                }
            });
            start.elapsed()
        })
    });
    group.finish();
}

fn engine_steps(c: &mut Criterion) {
    let cluster = match Cluster::start() {
        Ok(cluster) => cluster,
        Err(e) => {
            eprintln!("no PostgreSQL to measure: {e}");
            return;
        }
    };
    let options = Options { pool_size: 16, ..Options::default() };
    let store = PostgresStore::connect_with(&cluster.database(), options).expect("store");
    let engine = Arc::new(Engine::built_in(store).expect("engine"));
    steps_per_second(c, "engine step, postgres durable, 1 user", engine.clone(), 1);
    steps_per_second(c, "engine step, postgres durable, 4 users", engine.clone(), 4);
    steps_per_second(c, "engine step, postgres durable, 16 users", engine, 16);
}

criterion_group! {
    name = benches;
    config = Criterion::default().measurement_time(Duration::from_secs(5)).sample_size(20);
    targets = engine_steps
}
criterion_main!(benches);
