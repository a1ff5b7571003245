//! The load benchmark: the real `upback serve` (a release build) against the loopback
//! Telegram fake, measured from outside as Telegram would see it. Not a test: run it on
//! demand with `cargo bench -p upback --bench load [start|done|users]` (all three without an
//! argument). It prints what the README quotes.
//!
//! - `start`: 2,000 runners press /start at once — messages a second sent, the time until the
//!   last one's first reply, and the bot's peak RSS.
//! - `done`: 300 Done presses under one routine post within 10 s — how long after the last
//!   press the post shows the exact count, and how many requests Telegram answered 429.
//! - `users`: 100,000 runners' histories on disk — the bot's peak RSS while it serves them.

#[path = "support/telegram_fake.rs"]
mod telegram_fake;

use std::{
    path::Path,
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

use telegram_fake::{button, callback_update, text_update, FakeTelegram};

const TOKEN: &str = "4242:LOAD";

fn serve(data: &Path, fake: &FakeTelegram) -> Child {
    Command::new(env!("CARGO_BIN_EXE_upback"))
        .args(["serve", "--data-dir"])
        .arg(data)
        .env("TELEGRAM_BOT_TOKEN", TOKEN)
        .env("TELEGRAM_API_URL", fake.url().as_str())
        .env("UPBACK_HTTP_ADDR", "127.0.0.1:0")
        .env("RUST_LOG", "warn")
        .env_remove("DISCORD_BOT_TOKEN")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("upback serve starts")
}

/// The peak resident memory of a process, in MiB (Linux: VmHWM).
fn peak_rss_mib(pid: u32) -> f64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

fn stop(mut child: Child) {
    let _ = Command::new("kill").args(["-TERM", &child.id().to_string()]).status();
    let _ = child.wait();
}

async fn start_burst() {
    const RUNNERS: i64 = 2000;
    let fake = FakeTelegram::start().await;
    let dir = tempfile::tempdir().expect("dir");
    let bot = serve(dir.path(), &fake);
    fake.nth("setMyCommands", 1).await;
    let begin = Instant::now();
    for user in 0..RUNNERS {
        fake.push(text_update(100_000 + user, 100_000 + user, "/start", None));
    }
    let last = fake
        .wait_within(Duration::from_secs(600), "every runner's first reply", |calls| {
            let answered: std::collections::HashSet<i64> = calls
                .iter()
                .filter(|c| c.method == "sendmessage" && !c.faulted)
                .filter_map(|c| c.body["chat_id"].as_i64())
                .collect();
            (answered.len() as i64 >= RUNNERS).then(|| calls.iter().map(|c| c.at).max())
        })
        .await
        .unwrap_or_else(Instant::now);
    let took = last.duration_since(begin).as_secs_f64();
    let sent = fake.done("sendmessage").len();
    println!(
        "start: {RUNNERS} runners, last first reply after {took:.1} s, {:.1} messages/s, peak RSS {:.0} MiB",
        sent as f64 / took,
        peak_rss_mib(bot.id())
    );
    stop(bot);
}

async fn done_burst() {
    const GROUP: i64 = -100_123;
    const MEMBERS: i64 = 300;
    let fake = FakeTelegram::start().await;
    fake.set_member(GROUP, 1, "administrator");
    fake.enforce_limits();
    let dir = tempfile::tempdir().expect("dir");
    let bot = serve(dir.path(), &fake);
    fake.nth("setMyCommands", 1).await;
    fake.push(text_update(1, GROUP, "/routine", None));
    let post = fake.shown(GROUP, "Nobody has ticked it off yet").await;
    let message = post.result["message_id"].as_i64().expect("id");
    let done = button(&post.body, "✅ Done")["callback_data"].as_str().expect("data").to_string();
    // 300 presses spread over ten seconds, as a club does after the run.
    let spacing = Duration::from_secs(10) / MEMBERS as u32;
    for member in 0..MEMBERS {
        fake.push(callback_update(5000 + member, GROUP, message, &done, None));
        tokio::time::sleep(spacing).await;
    }
    let last_press = Instant::now();
    let exact = fake
        .wait_within(Duration::from_secs(120), "the exact count", |calls| {
            calls
                .iter()
                .find(|c| {
                    !c.faulted
                        && c.method == "editmessagetext"
                        && c.body["text"].as_str().is_some_and(|t| t.contains(&format!("{MEMBERS} runners")))
                })
                .map(|c| c.at)
        })
        .await;
    println!(
        "done: {MEMBERS} presses in 10 s, exact count {:.1} s after the last press, {} answered 429",
        exact.saturating_duration_since(last_press).as_secs_f64(),
        fake.rate_limited()
    );
    stop(bot);
}

async fn many_users() {
    use upback_core::{
        history::{CheckinKind, CheckinRecord, Entry},
        input::UserKey,
        prefs::{Keeping, Prefs},
        store::{Change, SledStore, Store},
    };
    const USERS: u64 = 100_000;
    let dir = tempfile::tempdir().expect("dir");
    {
        let store = SledStore::open(dir.path()).expect("store");
        let at = chrono::DateTime::from_timestamp(1_780_000_000, 0).unwrap_or_default();
        let filling = Instant::now();
        std::thread::scope(|scope| {
            for part in 0..4u64 {
                let store = &store;
                scope.spawn(move || {
                    for u in (part..USERS).step_by(4) {
                        let user = UserKey::new("telegram", &(10_000_000 + u).to_string());
                        let entries = (0..5)
                            .map(|d| {
                                Entry::Checkin(CheckinRecord {
                                    at: at + chrono::Duration::days(d),
                                    severity: Some((u % 10) as u8),
                                    after_run: Some(d % 2 == 0),
                                    kind: CheckinKind::Feeling,
                                })
                            })
                            .collect();
                        let prefs =
                            Prefs { history: Some(Keeping::Keep), welcomed: true, ..Prefs::default() };
                        store
                            .commit(&user, Change { prefs: Some(prefs), append: entries, ..Change::none() })
                            .expect("filled");
                    }
                });
            }
        });
        store.flush().expect("flush");
        eprintln!("users: filled {USERS} histories in {:.0} s", filling.elapsed().as_secs_f64());
    }
    let fake = FakeTelegram::start().await;
    let bot = serve(dir.path(), &fake);
    fake.nth("setMyCommands", 1).await;
    // Runners from all over the database read their history.
    for i in 0..3000u64 {
        let user = 10_000_000 + (i * 7919) % USERS;
        fake.push(text_update(user as i64, user as i64, "/history", None));
    }
    fake.wait_within(Duration::from_secs(600), "3000 histories shown", |calls| {
        (calls.iter().filter(|c| c.method == "sendmessage").count() >= 3000).then_some(())
    })
    .await;
    println!("users: {USERS} histories on disk, 3,000 read, peak RSS {:.0} MiB", peak_rss_mib(bot.id()));
    stop(bot);
}

fn main() {
    let which: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with('-')).collect();
    let all = which.is_empty();
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("runtime");
    runtime.block_on(async {
        if all || which.iter().any(|w| w == "start") {
            start_burst().await;
        }
        if all || which.iter().any(|w| w == "done") {
            done_burst().await;
        }
        if all || which.iter().any(|w| w == "users") {
            many_users().await;
        }
    });
}
