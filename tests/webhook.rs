//! Telegram in webhook mode, through the real teloxide client and the `upback serve` binary:
//! setWebhook with the URL and the secret, updates POSTed to the bot's own listener, only
//! those with the right secret handled, no getUpdates at all, and a SIGTERM that exits 0 and
//! leaves the webhook set for the other replicas.

#[path = "support/telegram_fake.rs"]
mod telegram_fake;

use std::{
    io::Read,
    path::Path,
    process::{Child, Command, Stdio},
};

use telegram_fake::{button, callback_update, text_update, FakeTelegram};
use upback_store_postgres::testing;

const TOKEN: &str = "434343:WEBHOOK-BOT-TOKEN";
const SECRET: &str = "the_WEBHOOK-secret_0123";
const ANA: i64 = 6161;
const EVE: i64 = 6262;
const MALLORY: i64 = 6363;

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").expect("bind").local_addr().expect("addr").port()
}

fn upback(args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_upback"));
    c.args(args)
        .env_remove("UPBACK_DATA_DIR")
        .env_remove("TELEGRAM_BOT_TOKEN")
        .env_remove("DISCORD_BOT_TOKEN")
        .env_remove("DATABASE_URL")
        .env_remove("TELEGRAM_WEBHOOK_URL")
        .env_remove("TELEGRAM_WEBHOOK_ADDR")
        .env_remove("TELEGRAM_WEBHOOK_SECRET")
        .env_remove("TELEGRAM_WEBHOOK_SECRET_FILE");
    c
}

/// `upback serve` in webhook mode on `hook_port`, JSON logs at info read as they come.
fn spawn_serve(data: &Path, fake: &FakeTelegram, hook_port: u16) -> (Child, std::thread::JoinHandle<String>) {
    spawn_serve_on(data, None, fake, hook_port)
}

/// [`spawn_serve`], on a PostgreSQL database when `database` is given.
fn spawn_serve_on(
    data: &Path,
    database: Option<&str>,
    fake: &FakeTelegram,
    hook_port: u16,
) -> (Child, std::thread::JoinHandle<String>) {
    let mut command = upback(&["serve", "--data-dir"]);
    if let Some(url) = database {
        command.env("DATABASE_URL", url);
    }
    let mut child = command
        .arg(data)
        .env("TELEGRAM_BOT_TOKEN", TOKEN)
        .env("TELEGRAM_API_URL", fake.url().as_str())
        .env("TELEGRAM_WEBHOOK_URL", format!("http://127.0.0.1:{hook_port}/telegram/hook"))
        .env("TELEGRAM_WEBHOOK_ADDR", format!("127.0.0.1:{hook_port}"))
        .env("TELEGRAM_WEBHOOK_SECRET", SECRET)
        .env("UPBACK_HTTP_ADDR", "127.0.0.1:0")
        .env("UPBACK_ADMIN_ADDR", "127.0.0.1:0")
        .env("UPBACK_LOG_FORMAT", "json")
        .env("RUST_LOG", "info")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("upback serve starts");
    let mut stderr = child.stderr.take().expect("stderr");
    let logs = std::thread::spawn(move || {
        let mut all = String::new();
        stderr.read_to_string(&mut all).ok();
        all
    });
    (child, logs)
}

fn messages_to(fake: &FakeTelegram, chat: i64) -> usize {
    fake.calls()
        .iter()
        .filter(|c| telegram_fake::shows_a_message(&c.method) && c.body["chat_id"] == chat)
        .count()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn webhook_mode_sets_the_webhook_answers_only_the_right_secret_and_never_polls() {
    let fake = FakeTelegram::start().await;
    let dir = tempfile::tempdir().expect("dir");
    let hook_port = free_port();
    let (child, logs) = spawn_serve(&dir.path().join("data"), &fake, hook_port);

    let set = fake.nth("setWebhook", 1).await;
    let url = format!("http://127.0.0.1:{hook_port}/telegram/hook");
    assert_eq!(set["url"], url.as_str(), "{set}");
    assert_eq!(set["secret_token"], SECRET, "{set}");
    assert_eq!(fake.webhook(), Some((url, SECRET.to_string())));

    // Without the header, and with a wrong secret: refused, and never handled.
    let status = fake.post_update(text_update(EVE, EVE, "/start", None), None).await;
    assert!(matches!(status, 401 | 403), "no secret: {status}");
    let status =
        fake.post_update(text_update(MALLORY, MALLORY, "/start", None), Some("guessed_secret")).await;
    assert!(matches!(status, 401 | 403), "a wrong secret: {status}");
    let status = fake.post_update(text_update(MALLORY, MALLORY, "/start", None), Some("not a secret!")).await;
    assert!(matches!(status, 401 | 403), "a malformed secret: {status}");

    // With the right one: the assessment starts, and a press moves it on.
    let status = fake.post_update(text_update(ANA, ANA, "/start", None), Some(SECRET)).await;
    assert_eq!(status, 200);
    let q1 = fake.shown(ANA, "Question 1 of").await;
    let none = button(&q1.body, "None of these")["callback_data"].as_str().expect("data").to_string();
    let id = q1.result["message_id"].as_i64().expect("id");
    let status = fake.post_update(callback_update(ANA, ANA, id, &none, None), Some(SECRET)).await;
    assert_eq!(status, 200);
    fake.shown(ANA, "Question 2 of").await;

    let pid = child.id().to_string();
    assert!(Command::new("kill").args(["-TERM", &pid]).status().expect("kill").success());
    let mut child = child;
    let exit = tokio::task::spawn_blocking(move || child.wait()).await.expect("join").expect("waits");
    assert!(exit.success(), "{exit:?}");
    let logs = logs.join().expect("logs");

    assert_eq!(messages_to(&fake, EVE), 0, "an update without the secret was handled");
    assert_eq!(messages_to(&fake, MALLORY), 0, "an update with a wrong secret was handled");
    let methods: Vec<String> = fake.calls().iter().map(|c| c.method.clone()).collect();
    assert!(!methods.iter().any(|m| m == "getupdates"), "polled in webhook mode: {methods:?}");
    // A stopping replica leaves the webhook to the others.
    assert!(!methods.iter().any(|m| m == "deletewebhook"), "{methods:?}");
    assert!(fake.webhook().is_some());
    for line in logs.lines().filter(|l| !l.trim().is_empty()) {
        let parsed: serde_json::Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}"));
        assert!(parsed["level"].is_string(), "{line}");
    }
    assert!(logs.contains("webhook"), "the mode is logged: {logs}");
    assert!(logs.contains("refused a webhook request"), "{logs}");
    assert!(!logs.contains(SECRET), "the webhook secret leaked into the logs");
    assert!(!logs.contains("WEBHOOK-BOT-TOKEN"), "the token leaked into the logs");
}

#[test]
fn a_partial_webhook_setting_stops_serve_with_one_line_naming_what_is_missing() {
    let dir = tempfile::tempdir().expect("dir");
    let out = upback(&["serve", "--data-dir"])
        .arg(dir.path())
        .env("TELEGRAM_BOT_TOKEN", TOKEN)
        .env("TELEGRAM_WEBHOOK_URL", "https://bot.example.org/hook")
        .env("TELEGRAM_WEBHOOK_SECRET", SECRET)
        .output()
        .expect("runs");
    assert!(!out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("TELEGRAM_WEBHOOK_ADDR"), "{said}");
    assert_eq!(said.trim().lines().count(), 1, "{said}");
    assert!(!said.contains(SECRET), "{said}");
}

/// SIGTERM, then the exit status and the logs.
async fn stop(child: Child, logs: std::thread::JoinHandle<String>) -> String {
    let pid = child.id().to_string();
    assert!(Command::new("kill").args(["-TERM", &pid]).status().expect("kill").success());
    let mut child = child;
    let exit = tokio::task::spawn_blocking(move || child.wait()).await.expect("join").expect("waits");
    let logs = logs.join().expect("logs");
    assert!(exit.success(), "{exit:?}\n{logs}");
    logs
}

/// Waits until replica `port`'s webhook listener takes connections (a bounded poll).
async fn listening(port: u16) {
    let deadline = tokio::time::Instant::now() + telegram_fake::PATIENCE;
    while tokio::net::TcpStream::connect(("127.0.0.1", port)).await.is_err() {
        assert!(tokio::time::Instant::now() < deadline, "replica on {port} never listened");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_replicas_on_one_postgres_database_take_turns_and_each_answer_lands_once() {
    // The cluster's client is blocking: it is started, and later dropped, off the runtime.
    let started = tokio::task::spawn_blocking(|| {
        testing::cluster().map(|c| {
            let database = c.database();
            (c, database)
        })
    });
    let Some((cluster, database)) = started.await.expect("join") else { return };
    let fake = FakeTelegram::start().await;
    let dir = tempfile::tempdir().expect("dir");
    let ports = [free_port(), free_port()];
    let a = spawn_serve_on(&dir.path().join("a"), Some(&database), &fake, ports[0]);
    let b = spawn_serve_on(&dir.path().join("b"), Some(&database), &fake, ports[1]);
    fake.nth("setWebhook", 2).await;
    listening(ports[0]).await;
    listening(ports[1]).await;
    // The test is the load balancer: each update to the next replica in turn.
    let url = |i: usize| format!("http://127.0.0.1:{}/telegram/hook", ports[i % 2]);

    assert_eq!(fake.post_update_to(&url(0), text_update(ANA, ANA, "/start", None), Some(SECRET)).await, 200);
    let mut question = fake.shown(ANA, "Question 1 of").await;
    for (turn, next) in [(1, "Question 2 of"), (2, "Question 3 of")] {
        let none =
            button(&question.body, "None of these")["callback_data"].as_str().expect("data").to_string();
        let id = question.result["message_id"].as_i64().expect("id");
        let press = callback_update(ANA, ANA, id, &none, None);
        assert_eq!(fake.post_update_to(&url(turn), press, Some(SECRET)).await, 200);
        question = fake.shown(ANA, next).await;
    }
    fake.wait_for("both presses answered", |calls| {
        (calls.iter().filter(|c| c.method == "answercallbackquery").count() >= 2).then_some(())
    })
    .await;
    let logs = [stop(a.0, a.1).await, stop(b.0, b.1).await];

    // Each question once, in order, whichever replica asked it.
    let shown: Vec<String> = fake
        .calls()
        .iter()
        .filter(|c| !c.faulted && telegram_fake::shows_a_message(&c.method) && c.body["chat_id"] == ANA)
        .map(|c| c.text().to_string())
        .collect();
    let asked: Vec<usize> = (1..=3)
        .map(|n| {
            let at: Vec<usize> = shown
                .iter()
                .enumerate()
                .filter(|(_, t)| t.contains(&format!("Question {n} of")))
                .map(|(i, _)| i)
                .collect();
            assert_eq!(at.len(), 1, "question {n} shown {} times: {shown:?}", at.len());
            at[0]
        })
        .collect();
    assert!(asked.windows(2).all(|w| w[0] < w[1]), "out of order: {shown:?}");
    assert!(!fake.calls().iter().any(|c| c.method == "getupdates" || c.method == "deletewebhook"));
    for log in logs {
        assert!(log.contains(r#""store":"postgres""#), "a replica not on the shared database: {log}");
        assert!(!log.contains(SECRET), "the webhook secret leaked into the logs");
    }
    tokio::task::spawn_blocking(move || drop(cluster)).await.expect("join");
}

fn count_now(fake: &FakeTelegram, needle: &str, chat: i64) -> usize {
    fake.calls()
        .iter()
        .filter(|c| {
            !c.faulted
                && telegram_fake::shows_a_message(&c.method)
                && c.body["chat_id"] == chat
                && c.text().contains(needle)
        })
        .count()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_replicas_share_one_reminder_post_take_a_double_press_once_and_survive_a_kill() {
    use upback_core::{
        engine::Engine,
        input::{ChatKind, Input, Platform, Role, Who},
        reminders::group_owner,
        store::Store,
    };
    const GROUP: i64 = -100_6464;
    let started = tokio::task::spawn_blocking(|| {
        testing::cluster().map(|c| {
            let database = c.database();
            (c, database)
        })
    });
    let Some((cluster, database)) = started.await.expect("join") else { return };

    // A club reminder that fell due five minutes ago, set (yesterday) straight in the shared
    // database: both replicas' schedulers find it at start.
    let url = database.clone();
    let store = tokio::task::spawn_blocking(move || {
        let store = upback_store_postgres::PostgresStore::connect(&url).expect("store");
        let engine = Engine::built_in(store).expect("engine");
        let now = chrono::Utc::now();
        let due = (now - chrono::Duration::minutes(5)).format("%H:%M").to_string();
        let moderator = Who {
            platform: Platform::Telegram,
            user_id: "77".into(),
            chat_id: GROUP.to_string(),
            locale: None,
            role: Role::Moderator,
            chat: ChatKind::Group { private_replies: false },
            name: None,
        };
        let set = engine.handle(
            &moderator,
            Input::Text(format!("/remind daily {due} UTC")),
            now - chrono::Duration::days(1),
        );
        assert!(set[0].text.contains("Reminder set"), "{}", set[0].text);
        engine
    })
    .await
    .expect("join");

    let fake = FakeTelegram::start().await;
    let dir = tempfile::tempdir().expect("dir");
    let ports = [free_port(), free_port()];
    let a = spawn_serve_on(&dir.path().join("a"), Some(&database), &fake, ports[0]);
    let b = spawn_serve_on(&dir.path().join("b"), Some(&database), &fake, ports[1]);
    fake.nth("setWebhook", 2).await;
    listening(ports[0]).await;
    listening(ports[1]).await;
    let url = |i: usize| format!("http://127.0.0.1:{}/telegram/hook", ports[i % 2]);

    // The reminder: posted, and moved on to tomorrow, by one of them.
    fake.shown(GROUP, "Stretch time!").await;
    let owner = group_owner("telegram", &GROUP.to_string());
    // Read, and dropped, off the runtime: the blocking client must not be dropped on it.
    let moved =
        tokio::task::spawn_blocking(move || store.store().reminders(&owner).expect("reminders")[0].next);
    let next = moved.await.expect("join");
    assert!(next.is_some_and(|n| n > chrono::Utc::now()), "moved on: {next:?}");

    // A double press, one copy to each replica at the same moment: one advance.
    assert_eq!(fake.post_update_to(&url(0), text_update(ANA, ANA, "/start", None), Some(SECRET)).await, 200);
    let question = fake.shown(ANA, "Question 1 of").await;
    let none = button(&question.body, "None of these")["callback_data"].as_str().expect("data").to_string();
    let id = question.result["message_id"].as_i64().expect("id");
    let press = callback_update(ANA, ANA, id, &none, None);
    let (to_a, to_b) = (url(0), url(1));
    let (one, two) = tokio::join!(
        fake.post_update_to(&to_a, press.clone(), Some(SECRET)),
        fake.post_update_to(&to_b, press, Some(SECRET)),
    );
    assert_eq!((one, two), (200, 200));
    fake.wait_for("both copies answered", |calls| {
        (calls.iter().filter(|c| c.method == "answercallbackquery").count() >= 2).then_some(())
    })
    .await;
    let question = fake.shown(ANA, "Question 2 of").await;
    assert_eq!(count_now(&fake, "Question 3 of", ANA), 0, "one press of the two moved the check on");

    // Replica A dies mid-conversation; B goes on with the same conversation.
    let (mut a_child, a_logs) = a;
    a_child.kill().expect("SIGKILL");
    tokio::task::spawn_blocking(move || a_child.wait()).await.expect("join").expect("reaped");
    drop(a_logs);
    let none = button(&question.body, "None of these")["callback_data"].as_str().expect("data").to_string();
    let press = callback_update(ANA, ANA, id, &none, None);
    assert_eq!(fake.post_update_to(&url(1), press, Some(SECRET)).await, 200);
    fake.shown(ANA, "Question 3 of").await;
    stop(b.0, b.1).await;

    let count = |needle: &str, chat: i64| count_now(&fake, needle, chat);
    assert_eq!(count("Stretch time!", GROUP), 1, "one post for two replicas");
    // The second copy may show question 2 again (it is where the runner is); it never moves
    // the check on a second time.
    assert_eq!(count("Question 3 of", ANA), 1, "the double press advanced once, the next press once");
    assert_eq!(count("Question 4 of", ANA), 0, "no step was skipped");
    tokio::task::spawn_blocking(move || drop(cluster)).await.expect("join");
}
