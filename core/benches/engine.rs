//! How fast the engine is: one step of a check (a whole check by buttons, divided by its
//! steps) on the in-memory store (one thread, and four; each runner forgotten after their
//! check); on sled with every commit durable, one user and four at once (commits that arrive
//! together share a journal sync), at the default durability and at `UPBACK_SYNC=full`;
//! and, alone, rendering a result and scoring.
//! Targets: 100,000 steps a second on one core in memory, 20,000 durable steps a second on
//! sled with four users. Run with `cargo bench -p upback-core --bench engine`.
//! The sled databases go in the temporary directory (`TMPDIR=/dev/shm` puts them on tmpfs,
//! where a sync costs next to nothing: what the code itself can do), and glibc keeps its
//! default arenas (`MALLOC_ARENA_MAX=1` measures the allocator as `upback serve` sets it).

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
    assessment::{Assessment, Next},
    content::Content,
    engine::Engine,
    i18n::Locales,
    input::{Input, Platform, UserKey, Who},
    prefs::{Keeping, Prefs},
    scoring,
    store::{sled_store::Durability, Change, MemoryStore, SledStore, Store},
    views,
};

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

/// What becomes of each runner after their check.
#[derive(Clone, Copy)]
enum After {
    /// Kept, as a database keeps everyone (the sled store).
    Kept,
    /// Forgotten, within the timing (the memory store): it then holds a steady number of
    /// runners' histories instead of one more with every check, so what is measured is the
    /// step, not how far the benchmark's own heap has grown (a sample's runners are made
    /// before its clock starts, with their preferences only: a few hundred bytes each). Kept, every runner's history stays in the
    /// process's heap, and the allocator's work grows with it: over 30,000 checks a step
    /// went from 7 to 10 µs, so a figure depended on how long criterion chose to run.
    Forgotten,
}

fn steps_per_second<S: Store + 'static>(
    c: &mut Criterion,
    name: &str,
    engine: Arc<Engine<S>>,
    threads: usize,
    after: After,
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
                            if let After::Forgotten = after {
                                engine.store().forget(&who.key()).expect("forget");
                            }
                        }
                    });
                }
            });
            start.elapsed()
        })
    });
    group.finish();
}

/// The sled store's durable commit alone, without the engine: each user commits a change
/// of their preferences and waits for it to be on disk, over and over. No engine step on
/// sled can go faster than this; what a step adds is the engine's own work.
fn commits_per_second(c: &mut Criterion, name: &str, store: Arc<SledStore>, threads: usize) {
    let users: Vec<UserKey> =
        (0..threads).map(|i| Who::private(Platform::Telegram, format!("bench-commit-{i}")).key()).collect();
    let mut group = c.benchmark_group(name);
    group.throughput(Throughput::Elements(threads as u64));
    group.bench_function("commit", |b| {
        b.iter_custom(|iterations| {
            let start = Instant::now();
            std::thread::scope(|scope| {
                for user in &users {
                    let store = store.clone();
                    scope.spawn(move || {
                        for i in 0..iterations {
                            let prefs = Prefs {
                                history: Some(Keeping::Keep),
                                welcomed: true,
                                locale: Some(if i % 2 == 0 { "de" } else { "fr" }.into()),
                                ..Prefs::default()
                            };
                            store
                                .commit(user, Change { prefs: Some(prefs), ..Change::none() })
                                .expect("commit");
                        }
                    });
                }
            });
            start.elapsed()
        })
    });
    group.finish();
}

/// The disk alone, as a ceiling for the two above: each user appends a record of a step's
/// size (1.5 KB) to one file and waits until a sync has covered it, the first to find no sync
/// under way leading one (`sync_file_range`, as the journal syncs at `UPBACK_SYNC=disk`) for
/// every record written so far. No store, no engine: nothing a durable commit could do
/// without less of the disk goes faster than this.
#[cfg(target_os = "linux")]
fn disk_alone(c: &mut Criterion, threads: usize) {
    use std::{
        os::unix::{fs::FileExt, io::AsRawFd},
        sync::{atomic::AtomicBool, Mutex},
    };
    let dir = tempfile::tempdir().expect("dir");
    let file = std::fs::File::options()
        .read(true)
        .write(true)
        .create(true)
        .truncate(true)
        .open(dir.path().join("disk"))
        .expect("file");
    const SIZE: u64 = 64 << 20;
    const RECORD: u64 = 1536;
    for at in (0..SIZE).step_by(1 << 20) {
        file.write_all_at(&vec![0; 1 << 20], at).expect("zeros");
    }
    file.sync_all().expect("sync");
    let (tail, written, durable, syncing) =
        (Mutex::new(0u64), AtomicU64::new(0), AtomicU64::new(0), AtomicBool::new(false));
    let sync = || {
        let flags = libc::SYNC_FILE_RANGE_WAIT_BEFORE
            | libc::SYNC_FILE_RANGE_WRITE
            | libc::SYNC_FILE_RANGE_WAIT_AFTER;
        // SAFETY: the descriptor stays open while `file` is borrowed; the call reads only its arguments.
        assert_eq!(unsafe { libc::sync_file_range(file.as_raw_fd(), 0, 0, flags) }, 0, "sync");
    };
    let mut group = c.benchmark_group(format!("the disk alone, group commit, {threads} users"));
    group.throughput(Throughput::Elements(threads as u64));
    group.bench_function("commit", |b| {
        b.iter_custom(|iterations| {
            let start = Instant::now();
            std::thread::scope(|scope| {
                for _ in 0..threads {
                    scope.spawn(|| {
                        let record = [7u8; RECORD as usize];
                        for _ in 0..iterations {
                            let mine = {
                                let mut at = tail.lock().expect("tail");
                                *at = (*at + RECORD) % (SIZE - RECORD);
                                file.write_all_at(&record, *at).expect("write");
                                written.fetch_add(1, Ordering::SeqCst) + 1
                            };
                            while durable.load(Ordering::SeqCst) < mine {
                                if syncing
                                    .compare_exchange(false, true, Ordering::SeqCst, Ordering::SeqCst)
                                    .is_ok()
                                {
                                    let upto = written.load(Ordering::SeqCst);
                                    sync();
                                    durable.fetch_max(upto, Ordering::SeqCst);
                                    syncing.store(false, Ordering::SeqCst);
                                } else {
                                    std::thread::yield_now();
                                }
                            }
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
    let memory = Arc::new(Engine::built_in(MemoryStore::new()).expect("engine"));
    steps_per_second(c, "engine step, memory store, 1 thread", memory.clone(), 1, After::Forgotten);
    steps_per_second(c, "engine step, memory store, 4 threads", memory, 4, After::Forgotten);
    let dir = tempfile::tempdir().expect("dir");
    let sled = Arc::new(Engine::built_in(SledStore::open(dir.path()).expect("sled")).expect("engine"));
    steps_per_second(c, "engine step, sled durable, 1 user", sled.clone(), 1, After::Kept);
    steps_per_second(c, "engine step, sled durable, 4 users", sled, 4, After::Kept);
    let dir = tempfile::tempdir().expect("dir");
    let alone = Arc::new(SledStore::open(dir.path()).expect("sled"));
    commits_per_second(c, "sled store alone, durable commit, 1 user", alone.clone(), 1);
    commits_per_second(c, "sled store alone, durable commit, 4 users", alone, 4);
    #[cfg(target_os = "linux")]
    disk_alone(c, 4);
    let dir = tempfile::tempdir().expect("dir");
    let full = SledStore::open_with(dir.path(), 64 << 20, Durability::Full).expect("sled");
    let full = Arc::new(Engine::built_in(full).expect("engine"));
    steps_per_second(c, "engine step, sled durable (UPBACK_SYNC=full), 1 user", full.clone(), 1, After::Kept);
    steps_per_second(c, "engine step, sled durable (UPBACK_SYNC=full), 4 users", full, 4, After::Kept);
}

fn result_and_scoring(c: &mut Criterion) {
    let content = Content::built_in().expect("content");
    let locales = Locales::embedded().expect("locales");
    let mut a = Assessment::default();
    while let Next::Ask { question, .. } = a.next(&content) {
        let lightest = question.choices.iter().position(|x| x.red_flag.is_none()).unwrap_or(0);
        a = a.answer(&content, a.step(), lightest).expect("answer");
    }
    c.bench_function("scoring a finished check", |b| b.iter(|| black_box(scoring::score(&content, &a))));
    let verdict = scoring::score(&content, &a);
    let engine = Engine::built_in(MemoryStore::new()).expect("engine");
    c.bench_function("rendering a result", |b| {
        b.iter(|| {
            let draft = views::result(&content, &verdict, false, views::Saving::Saved);
            black_box(engine.render("de", &draft))
        })
    });
    black_box(locales);
}

criterion_group! {
    name = benches;
    config = Criterion::default().measurement_time(Duration::from_secs(5)).sample_size(20);
    targets = engine_steps, result_and_scoring
}
criterion_main!(benches);
