//! The bot as its operator runs it: `upback serve` with its settings checked, /healthz and
//! /metrics, JSON logs without tokens or answers, a live backup, SIGTERM mid-conversation,
//! and a restore that brings back every record.

#[path = "support/telegram_fake.rs"]
mod telegram_fake;

use std::{
    io::Read,
    path::Path,
    process::{Child, Command, Stdio},
    sync::Arc,
};

use telegram_fake::{button, callback_update, text_update, FakeTelegram};
use upback::http::Status;
use upback_core::{engine::Engine, store::SledStore};

const TOKEN: &str = "424242:OPERATIONS-SECRET";
const ANA: i64 = 5151;

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").expect("bind").local_addr().expect("addr").port()
}

fn upback(args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_upback"));
    c.args(args)
        .env_remove("UPBACK_DATA_DIR")
        .env_remove("TELEGRAM_BOT_TOKEN")
        .env_remove("DISCORD_BOT_TOKEN");
    c
}

/// A GET on the bot's operator server: (status, body).
async fn get(port: u16, path: &str) -> (u16, String) {
    let path = path.to_string();
    tokio::task::spawn_blocking(move || {
        use std::io::Write;
        let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).expect("connects");
        write!(s, "GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").expect("writes");
        let mut raw = String::new();
        s.read_to_string(&mut raw).expect("reads");
        let status = raw.split_whitespace().nth(1).and_then(|c| c.parse().ok()).unwrap_or(0);
        let body = raw.split_once("\r\n\r\n").map(|(_, b)| b.to_string()).unwrap_or_default();
        (status, body)
    })
    .await
    .expect("join")
}

fn spawn_serve(data: &Path, fake: &FakeTelegram, port: u16) -> (Child, std::thread::JoinHandle<String>) {
    spawn_serve_logging(data, fake, port, "json")
}

/// `upback serve` against the fake, its logs (stderr, a pipe) in `format`.
fn spawn_serve_logging(
    data: &Path,
    fake: &FakeTelegram,
    port: u16,
    format: &str,
) -> (Child, std::thread::JoinHandle<String>) {
    let mut child = upback(&["serve", "--data-dir"])
        .arg(data)
        .env("TELEGRAM_BOT_TOKEN", TOKEN)
        .env("TELEGRAM_API_URL", fake.url().as_str())
        .env("UPBACK_HTTP_ADDR", format!("127.0.0.1:{port}"))
        // The system picks the admin port; the bot writes it into the data directory.
        .env("UPBACK_ADMIN_ADDR", "127.0.0.1:0")
        .env("UPBACK_LOG_FORMAT", format)
        .env("RUST_LOG", "info")
        .env_remove("NO_COLOR")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("upback serve starts");
    let mut stderr = child.stderr.take().expect("stderr");
    // Read the logs as they come: a full pipe would stall the bot.
    let logs = std::thread::spawn(move || {
        let mut all = String::new();
        stderr.read_to_string(&mut all).ok();
        all
    });
    (child, logs)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_reports_health_and_metrics_backs_up_live_and_stops_on_sigterm() {
    let fake = FakeTelegram::start().await;
    let dir = tempfile::tempdir().expect("dir");
    let data = dir.path().join("data");
    let port = free_port();
    let (child, logs) = spawn_serve(&data, &fake, port);
    fake.nth("setMyCommands", 1).await;
    fake.push(text_update(ANA, ANA, "/start", None));
    let q1 = fake.shown(ANA, "Question 1 of").await;
    // The operator server was up before the adapters connected; now the bot has answered.
    let (status, body) = get(port, "/healthz").await;
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("telegram: up; long polling"), "its state and how, on one line: {body}");
    assert!(body.contains("sled store: up"), "what it serves: {body}");
    assert_eq!(body.matches("telegram").count(), 1, "one line for the platform: {body}");
    let none = button(&q1.body, "None of these")["callback_data"].as_str().expect("data").to_string();
    assert!(q1.body["text"].as_str().is_some_and(|t| t.contains("not a doctor")));
    let id = q1.result["message_id"].as_i64().expect("id");
    fake.push(callback_update(ANA, ANA, id, &none, None));
    fake.shown(ANA, "Question 2 of").await;

    let (status, metrics) = get(port, "/metrics").await;
    assert_eq!(status, 200);
    assert!(metrics.contains("upback_updates_total{platform=\"telegram\",kind=\"command\"} 1"), "{metrics}");
    assert!(metrics.contains("upback_updates_total{platform=\"telegram\",kind=\"button\"} 1"), "{metrics}");
    assert!(metrics.contains("upback_handling_seconds_count 2"), "{metrics}");
    assert!(metrics.contains("# TYPE upback_handling_seconds histogram"));
    assert!(metrics.contains("# TYPE upback_conflicts_retried counter"), "{metrics}");
    assert!(metrics.contains("upback_conflicts_retried_total 0"), "one replica: no conflicts");
    assert!(metrics.contains("upback_updates_total{platform=\"discord\",kind=\"joined\"} 0"), "{metrics}");

    // A backup while the bot runs goes through the bot itself.
    let live = dir.path().join("live.backup");
    let out =
        upback(&["backup", "--data-dir"]).arg(&data).arg("--to").arg(&live).output().expect("backup runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = std::fs::read_to_string(&live).expect("backup written");
    assert!(text.starts_with("{\"format\":\"upback-backup\""), "{text}");
    assert!(text.trim_end().lines().last().is_some_and(|l| l.contains("\"trailer\"")), "a whole backup");
    assert!(String::from_utf8_lossy(&out.stderr).contains("backed up"));

    // SIGTERM mid-conversation: a clean exit with everything on disk.
    let pid = child.id().to_string();
    assert!(Command::new("kill").args(["-TERM", &pid]).status().expect("kill").success());
    let mut child = child;
    let status = tokio::task::spawn_blocking(move || child.wait()).await.expect("join").expect("waits");
    assert!(status.success(), "{status:?}");
    let logs = logs.join().expect("logs");
    for line in logs.lines().filter(|l| !l.trim().is_empty()) {
        let parsed: serde_json::Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}"));
        assert!(parsed["level"].is_string(), "{line}");
    }
    assert!(!logs.contains("OPERATIONS-SECRET"), "the token leaked into the logs");
    for answer in ["None of these", "\"none\"", "alarm"] {
        assert!(!logs.contains(answer), "an answer ({answer}) was logged at info level");
    }

    // A backup with the bot stopped, restored into an empty directory: every record is back.
    let offline = dir.path().join("offline.backup");
    let out = upback(&["backup", "--data-dir"]).arg(&data).arg("--to").arg(&offline).output().expect("runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let restored_dir = dir.path().join("restored");
    let out = upback(&["restore", "--new", "--data-dir"])
        .arg(&restored_dir)
        .arg("--from")
        .arg(&offline)
        .output()
        .expect("runs");
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{said}");
    assert!(said.contains("into a new database in") && !said.contains("replaced"), "{said}");
    let original = records(&SledStore::open(&data).expect("open"));
    let restored = records(&SledStore::open(&restored_dir).expect("open"));
    assert!(!original.is_empty());
    assert_eq!(original, restored);
    let out = upback(&["restore", "--new", "--data-dir"])
        .arg(dir.path().join("live-restored"))
        .arg("--from")
        .arg(&live)
        .output()
        .expect("runs");
    assert!(out.status.success(), "the live backup restores too: {}", String::from_utf8_lossy(&out.stderr));
    let out = upback(&["restore", "--new", "--data-dir"])
        .arg(&restored_dir)
        .arg("--from")
        .arg(&offline)
        .output()
        .expect("runs");
    assert!(!out.status.success(), "--new never writes over existing data");
    // Without --new, a restore replaces the database and keeps the one it replaced.
    let out = upback(&["restore", "--data-dir"])
        .arg(&restored_dir)
        .arg("--from")
        .arg(&live)
        .output()
        .expect("runs");
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{said}");
    assert!(said.contains("the database it replaced is kept in"), "{said}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_during_a_backlog_exits_0_within_10_s_and_the_next_start_delivers_what_was_owed() {
    use telegram_fake::Fault;
    const GROUP: i64 = -100_900;
    const MOD: i64 = 77;
    let fake = FakeTelegram::start().await;
    fake.set_member(GROUP, MOD, "administrator");
    let dir = tempfile::tempdir().expect("dir");
    let data = dir.path().join("data");
    let (child, logs) = spawn_serve(&data, &fake, free_port());
    fake.push(text_update(MOD, GROUP, "/routine", None));
    let post = fake.shown(GROUP, "Nobody has ticked it off yet").await;
    let message = post.result["message_id"].as_i64().expect("id");
    let done = button(&post.body, "✅ Done")["callback_data"].as_str().expect("data").to_string();
    // Telegram holds the group back for a while: the count's edit cannot go out.
    fake.fail_chat(GROUP, Fault::RetryAfter(30));
    for member in 0..5 {
        fake.push(callback_update(2000 + member, GROUP, message, &done, None));
    }
    fake.wait_for("five presses answered", |calls| {
        (calls.iter().filter(|c| c.method == "answercallbackquery").count() >= 5).then_some(())
    })
    .await;
    fake.wait_for("the edit held back", |calls| {
        calls.iter().any(|c| c.method == "editmessagetext" && c.faulted).then_some(())
    })
    .await;
    let stopping = std::time::Instant::now();
    let pid = child.id().to_string();
    assert!(Command::new("kill").args(["-TERM", &pid]).status().expect("kill").success());
    let mut child = child;
    let status = tokio::task::spawn_blocking(move || child.wait()).await.expect("join").expect("waits");
    let took = stopping.elapsed();
    assert!(status.success(), "{status:?}: {}", logs.join().unwrap_or_default());
    assert!(took < std::time::Duration::from_secs(10), "stopped in {took:?}");
    assert!(logs.join().expect("logs").contains("keeping what could not be sent"));

    // The group is reachable again; the next start delivers the final count.
    fake.heal_chat(GROUP);
    let (child, logs) = spawn_serve(&data, &fake, free_port());
    fake.wait_for("the owed count delivered", |calls| {
        calls
            .iter()
            .any(|c| {
                !c.faulted
                    && c.method == "editmessagetext"
                    && c.body["message_id"] == message
                    && c.body["text"].as_str().is_some_and(|t| t.contains("5 runners have stretched"))
            })
            .then_some(())
    })
    .await;
    let pid = child.id().to_string();
    assert!(Command::new("kill").args(["-TERM", &pid]).status().expect("kill").success());
    let mut child = child;
    let status = tokio::task::spawn_blocking(move || child.wait()).await.expect("join").expect("waits");
    assert!(status.success(), "{status:?}: {}", logs.join().unwrap_or_default());
}

/// Stops `child` with SIGTERM, and returns its logs once it exited 0.
async fn stop(child: Child, logs: std::thread::JoinHandle<String>) -> String {
    let pid = child.id().to_string();
    assert!(Command::new("kill").args(["-TERM", &pid]).status().expect("kill").success());
    let mut child = child;
    let status = tokio::task::spawn_blocking(move || child.wait()).await.expect("join").expect("waits");
    let logs = logs.join().expect("logs");
    assert!(status.success(), "{status:?}: {logs}");
    logs
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn logs_written_into_a_pipe_carry_no_colour_codes() {
    let fake = FakeTelegram::start().await;
    let dir = tempfile::tempdir().expect("dir");
    let (child, logs) = spawn_serve_logging(&dir.path().join("data"), &fake, free_port(), "TEXT");
    fake.nth("setMyCommands", 1).await;
    let logs = stop(child, logs).await;
    assert!(logs.contains("INFO") && logs.contains("telegram connected"), "text lines: {logs}");
    assert!(!logs.contains('\u{1b}'), "colour codes where no terminal shows them: {logs:?}");
    assert!(!logs.contains("UPBACK_LOG_FORMAT"), "TEXT is a log format: {logs}");
}

#[test]
fn a_sync_mode_is_read_in_any_case_and_a_wrong_one_says_what_is_accepted() {
    let dir = tempfile::tempdir().expect("dir");
    let out = upback(&["chat", "--data-dir"])
        .arg(dir.path().join("d"))
        .env("UPBACK_SYNC", "FULL")
        .env_remove("DATABASE_URL")
        .env_remove("DATABASE_URL_FILE")
        .stdin(Stdio::null())
        .output()
        .expect("runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let out = upback(&["serve", "--data-dir"])
        .arg(dir.path().join("d"))
        .env("TELEGRAM_BOT_TOKEN", "123:abc")
        .env("UPBACK_SYNC", "always")
        .env_remove("DATABASE_URL")
        .env_remove("DATABASE_URL_FILE")
        .output()
        .expect("runs");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "one line: {err}");
    assert!(err.contains("UPBACK_SYNC") && err.contains("disk") && err.contains("full"), "{err}");
}

/// Every environment setting the binary's code reads: `env = "…"` on a flag, and
/// `env::var("…")` / `env::var_os("…")` where a setting is read before the flags are.
fn settings_the_code_reads() -> std::collections::BTreeSet<String> {
    fn scan(dir: &Path, found: &mut std::collections::BTreeSet<String>) {
        for entry in std::fs::read_dir(dir).expect("sources").flatten() {
            let path = entry.path();
            if path.is_dir() {
                scan(&path, found);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("a source file");
                for opening in ["env = \"", "env::var(\"", "env::var_os(\""] {
                    for piece in text.split(opening).skip(1) {
                        let name: String = piece.chars().take_while(|c| *c != '"').collect();
                        if !name.is_empty() && name.chars().all(|c| c.is_ascii_uppercase() || c == '_') {
                            found.insert(name);
                        }
                    }
                }
            }
        }
    }
    let mut found = std::collections::BTreeSet::new();
    scan(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut found);
    // tracing-subscriber's EnvFilter reads it by its default name.
    found.insert("RUST_LOG".into());
    found
}

#[test]
fn serve_help_and_the_env_example_name_every_setting_the_code_reads() {
    let settings = settings_the_code_reads();
    assert!(settings.contains("UPBACK_SYNC") && settings.contains("DATABASE_URL_FILE"), "{settings:?}");
    let out = upback(&["serve", "--help"]).output().expect("runs");
    let help = String::from_utf8_lossy(&out.stdout);
    let example = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../.env.example"))
        .expect(".env.example");
    for setting in &settings {
        assert!(help.contains(setting.as_str()), "`upback serve --help` leaves out {setting}:\n{help}");
        assert!(example.contains(setting.as_str()), ".env.example leaves out {setting}");
    }
}

#[test]
fn a_bad_setting_stops_start_up_with_one_line_naming_it() {
    let dir = tempfile::tempdir().expect("dir");
    let cases = [
        ("UPBACK_DEFAULT_TIME_ZONE", "Mars/Olympus"),
        ("TELEGRAM_API_URL", "not a url"),
        ("TELEGRAM_BOT_TOKEN", "123:abc\ndef"),
        ("UPBACK_HTTP_ADDR", "everywhere"),
    ];
    for (setting, value) in cases {
        let mut c = upback(&["serve", "--data-dir"]);
        c.arg(dir.path().join("d")).env("TELEGRAM_BOT_TOKEN", "123:abc").env(setting, value);
        let out = c.output().expect("runs");
        assert!(!out.status.success(), "{setting}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(err.trim().lines().count(), 1, "one line: {err}");
        assert!(err.contains(setting), "{setting}: {err}");
        assert!(!err.contains("123:abc"), "no token in the message: {err}");
    }
    let file = tempfile::NamedTempFile::new().expect("file");
    let mut c = upback(&["serve", "--data-dir"]);
    c.arg(file.path()).env("TELEGRAM_BOT_TOKEN", "123:abc");
    let out = c.output().expect("runs");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success() && err.contains("UPBACK_DATA_DIR"), "{err}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn healthz_is_503_until_every_adapter_is_connected() {
    let dir = tempfile::tempdir().expect("dir");
    let engine = Arc::new(
        Engine::built_in(
            std::sync::Arc::new(SledStore::open(dir.path()).expect("store")) as upback::database::Db
        )
        .expect("engine"),
    );
    let (telegram, discord) = (Status::new(), Status::new());
    telegram.up();
    telegram.serving("long polling");
    discord.down("cannot connect: connection refused");
    let health =
        upback::http::Health { checks: vec![("telegram", telegram.clone()), ("discord", discord.clone())] };
    let server = upback::http::start("127.0.0.1:0".parse().expect("addr"), health, engine.clone())
        .await
        .expect("starts");
    let admin = upback::http::start_admin("127.0.0.1:0".parse().expect("addr"), engine, "t".into())
        .await
        .expect("starts");
    let port = server.addr.port();
    let (status, body) = get(port, "/healthz").await;
    assert_eq!(status, 503);
    assert!(body.contains("discord: down (cannot connect: connection refused)"), "{body}");
    assert!(body.contains("telegram: up; long polling"), "{body}");
    telegram.down("cannot connect: timed out");
    let (_, body) = get(port, "/healthz").await;
    assert!(body.contains("telegram: down (cannot connect: timed out); long polling"), "{body}");
    assert!(!body.contains(": up; long polling"), "never up and down at once: {body}");
    telegram.up();
    discord.up();
    assert_eq!(get(port, "/healthz").await.0, 200);
    let monitored = port;
    let (status, _) = post_backup(monitored, "t").await;
    assert_eq!(status, 404, "no /backup next to /metrics");
    let port = admin.addr.port();
    let (status, body) = post_backup(port, "t").await;
    assert_eq!(status, 200);
    assert!(body.contains("\"trailer\""), "a whole backup: {body}");
    let forbidden = tokio::task::spawn_blocking(move || {
        use std::io::Write;
        let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).expect("connects");
        write!(s, "POST /backup HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer wrong\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").expect("writes");
        let mut raw = String::new();
        s.read_to_string(&mut raw).expect("reads");
        raw
    })
    .await
    .expect("join");
    assert!(forbidden.starts_with("HTTP/1.1 401"), "{forbidden}");
    server.stop().await;
    admin.stop().await;
}

/// Every record a store holds, as a backup carries them (each store seals them with keys
/// of its own, so their bytes on disk differ).
fn records(store: &SledStore) -> Vec<upback_core::store::Record> {
    use upback_core::store::Store;
    let mut all = Vec::new();
    store
        .export(&mut |r| {
            all.push(r);
            Ok(())
        })
        .expect("exports");
    all
}

/// A POST /backup with a token: (status, body).
async fn post_backup(port: u16, token: &str) -> (u16, String) {
    let token = token.to_string();
    tokio::task::spawn_blocking(move || {
        use std::io::Write;
        let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).expect("connects");
        write!(s, "POST /backup HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {token}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").expect("writes");
        let mut raw = Vec::new();
        s.read_to_end(&mut raw).expect("reads");
        let raw = String::from_utf8_lossy(&raw).into_owned();
        let status = raw.split_whitespace().nth(1).and_then(|c| c.parse().ok()).unwrap_or(0);
        (status, raw)
    })
    .await
    .expect("join")
}
