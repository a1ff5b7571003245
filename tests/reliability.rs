//! Faults and bad input, through the released binary: a damaged database, cut and tampered
//! backups, backups aimed at the wrong place, garbage on stdin, what /forget leaves on disk,
//! a platform that is down at start or closes the connection for good later, and kill -9 in the middle of check-ins and Done presses.

#[path = "support/discord_fake.rs"]
mod discord_fake;
#[path = "support/telegram_fake.rs"]
mod telegram_fake;

use std::{
    io::{BufRead, BufReader, Read, Write},
    path::{Path, PathBuf},
    process::{Child, Command, Output, Stdio},
    sync::mpsc,
    time::Duration,
};

use telegram_fake::{button, callback_update, text_update, FakeTelegram};
use upback::console::JsonReply;
use upback_core::{
    input::UserKey,
    store::{SledStore, Store},
};

/// Long enough for a slow CI machine; only reached when the bot has stopped answering.
const PATIENCE: Duration = Duration::from_secs(60);
const SAVED: &str = "I've saved this to your history";

fn upback(args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_upback"));
    c.args(args)
        .env_remove("UPBACK_DATA_DIR")
        .env_remove("TELEGRAM_BOT_TOKEN")
        .env_remove("DISCORD_BOT_TOKEN")
        .env("LANG", "C");
    c
}

/// `upback chat` fed `input` whole (then EOF): its output.
fn chat(dir: &Path, user: &str, input: &[u8]) -> Output {
    let mut child = upback(&["chat", "--json", "--user", user, "--data-dir"])
        .arg(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("upback starts");
    let mut stdin = child.stdin.take().expect("stdin");
    let input = input.to_vec();
    // Written from its own thread: a big input must not wait on the output we read.
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let out = child.wait_with_output().expect("upback exits");
    writer.join().expect("writer");
    out
}

fn replies(out: &Output) -> Vec<JsonReply> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not a JSON reply ({e}): {l}")))
        .collect()
}

fn lines(items: &[&str]) -> Vec<u8> {
    items.iter().flat_map(|l| format!("{l}\n").into_bytes()).collect()
}

/// A history of `n` after-run check-ins for `user`, kept with their consent.
fn checkins(dir: &Path, user: &str, n: usize) {
    let mut input = vec!["/privacy", "✅ OK, keep my history"];
    for _ in 0..n {
        input.extend(["/checkin", "4", "After a run"]);
    }
    let out = chat(dir, user, &lines(&input));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let saved = replies(&out).iter().filter(|r| r.text.contains(SAVED)).count();
    assert_eq!(saved, n, "every check-in acknowledged");
}

/// How many check-ins `/export` shows for `user`.
fn exported_checkins(dir: &Path, user: &str) -> usize {
    let out = chat(dir, user, b"/export\n");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    replies(&out)
        .iter()
        .find_map(|r| serde_json::from_str::<serde_json::Value>(&r.text).ok())
        .and_then(|json| json["checkins"].as_array().map(Vec::len))
        .unwrap_or(0)
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Every file under `dir`, with its bytes.
fn files(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("readable").flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(files(&path));
        } else {
            out.push((path.clone(), std::fs::read(&path).expect("readable")));
        }
    }
    out
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

fn flip_byte(file: &Path, at: u64) {
    use std::io::{Seek, SeekFrom};
    let mut f = std::fs::OpenOptions::new().read(true).write(true).open(file).expect("opens");
    f.seek(SeekFrom::Start(at)).expect("seek");
    let mut b = [0u8];
    f.read_exact(&mut b).expect("read");
    f.seek(SeekFrom::Start(at)).expect("seek");
    f.write_all(&[!b[0]]).expect("write");
}

#[test]
fn a_damaged_young_database_is_refused_with_the_command_that_restores_the_latest_backup() {
    let root = tempfile::tempdir().expect("dir");
    let data = root.path().join("data");
    checkins(&data, "ana", 10);
    // The latest automatic backup, as `upback serve` keeps them (made from a copy: a
    // database opened again soon has a snapshot, and this one is to stay young).
    let copy = root.path().join("copy");
    copy_dir(&data, &copy);
    let made = root.path().join("made.backup");
    let out = upback(&["backup", "--data-dir"]).arg(&copy).arg("--to").arg(&made).output().expect("runs");
    assert!(out.status.success(), "{}", stderr(&out));
    std::fs::create_dir_all(data.join("backups")).expect("dir");
    let latest = data.join("backups").join("upback-2026-11-30T030000Z.backup");
    std::fs::copy(&made, &latest).expect("copied");
    std::fs::copy(&made, data.join("backups").join("upback-2026-11-29T030000Z.backup")).expect("copied");
    assert!(!files(&data).iter().any(|(p, _)| p.to_string_lossy().contains("snap.")), "young: no snapshot");

    let db = data.join("db");
    let len = std::fs::metadata(&db).expect("db").len();
    flip_byte(&db, len / 2);
    for args in [&["chat", "--data-dir"][..], &["serve", "--data-dir"][..]] {
        let out = upback(args)
            .arg(&data)
            .env("TELEGRAM_BOT_TOKEN", "1:T")
            .env("TELEGRAM_API_URL", "http://127.0.0.1:9")
            .stdin(Stdio::null())
            .output()
            .expect("runs");
        let said = stderr(&out);
        assert!(!out.status.success(), "{args:?} refuses: {said}");
        assert_eq!(said.trim().lines().count(), 1, "one line: {said}");
        assert!(said.contains("will not start"), "{said}");
        let command = format!("upback restore --data-dir {} --from {}", data.display(), latest.display());
        assert!(said.contains(&command), "names the latest backup and the command: {said}");
    }

    // The command it gives works, and keeps the damaged database aside.
    let out =
        upback(&["restore", "--data-dir"]).arg(&data).arg("--from").arg(&latest).output().expect("runs");
    let said = stderr(&out);
    assert!(out.status.success(), "{said}");
    assert!(said.contains("restored"), "{said}");
    let aside: Vec<_> = std::fs::read_dir(root.path())
        .expect("dir")
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with("data.before-restore-"))
        .collect();
    assert_eq!(aside.len(), 1, "the damaged one is kept");
    assert_eq!(exported_checkins(&data, "ana"), 10, "everything the backup held is back");
    assert!(data.join("backups").join("upback-2026-11-29T030000Z.backup").exists(), "the backups stay");
}

#[test]
fn cut_header_only_and_tampered_backups_are_refused_and_leave_nothing_behind() {
    let root = tempfile::tempdir().expect("dir");
    let data = root.path().join("data");
    checkins(&data, "ana", 6);
    let whole = root.path().join("whole.backup");
    let out = upback(&["backup", "--data-dir"]).arg(&data).arg("--to").arg(&whole).output().expect("runs");
    assert!(out.status.success(), "{}", stderr(&out));
    let text = std::fs::read_to_string(&whole).expect("backup");
    let all: Vec<&str> = text.lines().collect();
    assert!(all.len() > 6, "{text}");
    let keep = |n: usize| all[..n].iter().map(|l| format!("{l}\n")).collect::<String>();
    let tampered = text.replacen("\"severity\":4", "\"severity\":9", 1);
    assert_ne!(tampered, text, "the backup carries the check-ins");
    let cases = [
        ("cut at a line", keep(all.len() / 2)),
        ("header only", keep(1)),
        ("cut mid-line", text[..text.len() / 2].to_string()),
        ("without its trailer", keep(all.len() - 1)),
        ("tampered", tampered),
        ("extra after the trailer", format!("{text}{}\n", all[1])),
        ("empty", String::new()),
    ];
    let before = exported_checkins(&data, "ana");
    for (what, body) in cases {
        let bad = root.path().join("bad.backup");
        std::fs::write(&bad, body).expect("written");
        let fresh = root.path().join("fresh");
        let out = upback(&["restore", "--new", "--data-dir"])
            .arg(&fresh)
            .arg("--from")
            .arg(&bad)
            .output()
            .expect("runs");
        assert!(!out.status.success(), "{what}: refused");
        assert!(!stderr(&out).contains("upback: restored"), "{what}: {}", stderr(&out));
        assert!(stderr(&out).contains("nothing was changed"), "{what}: {}", stderr(&out));
        assert!(!fresh.exists(), "{what}: nothing left behind");
        let out =
            upback(&["restore", "--data-dir"]).arg(&data).arg("--from").arg(&bad).output().expect("runs");
        assert!(!out.status.success(), "{what}: refused over a database too");
        let left: Vec<String> = std::fs::read_dir(root.path())
            .expect("dir")
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.contains("restoring") || n.contains("before-restore"))
            .collect();
        assert!(left.is_empty(), "{what}: {left:?}");
    }
    assert_eq!(exported_checkins(&data, "ana"), before, "the database is as it was");
    // The whole file still restores.
    let fresh = root.path().join("fresh");
    let out = upback(&["restore", "--new", "--data-dir"])
        .arg(&fresh)
        .arg("--from")
        .arg(&whole)
        .output()
        .expect("runs");
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(exported_checkins(&fresh, "ana"), 6);
}

#[test]
fn backups_refuse_the_data_directory_an_existing_file_and_a_mistyped_data_dir() {
    let root = tempfile::tempdir().expect("dir");
    let data = root.path().join("data");
    checkins(&data, "ana", 3);
    let backup = |to: &Path, extra: &[&str]| {
        let out = upback(&["backup", "--data-dir"])
            .arg(&data)
            .arg("--to")
            .arg(to)
            .args(extra)
            .output()
            .expect("runs");
        (out.status.success(), stderr(&out))
    };
    for inside in [data.join("db"), data.join("copy.backup"), data.join("backups").join("mine.backup")] {
        let (ok, said) = backup(&inside, &["--force"]);
        assert!(!ok, "{inside:?}: {said}");
        assert!(said.contains("inside the data directory"), "{said}");
    }
    assert_eq!(exported_checkins(&data, "ana"), 3, "the database is untouched");

    let there = root.path().join("there.backup");
    std::fs::write(&there, "mine").expect("written");
    let (ok, said) = backup(&there, &[]);
    assert!(!ok && said.contains("--force"), "{said}");
    assert_eq!(std::fs::read_to_string(&there).expect("file"), "mine", "not overwritten");
    let (ok, said) = backup(&there, &["--force"]);
    assert!(ok, "{said}");
    assert!(std::fs::read_to_string(&there).expect("file").contains("\"trailer\""));
    let leftovers: Vec<_> = std::fs::read_dir(root.path())
        .expect("dir")
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".partial"))
        .collect();
    assert!(leftovers.is_empty(), "no temporary file stays");

    let typo = root.path().join("dta");
    let out = upback(&["backup", "--data-dir"])
        .arg(&typo)
        .arg("--to")
        .arg(root.path().join("t.backup"))
        .output()
        .expect("runs");
    assert!(!out.status.success());
    assert!(stderr(&out).contains("does not exist (check --data-dir"), "{}", stderr(&out));
    assert!(!typo.exists(), "no database made where none was");
    std::fs::create_dir(&typo).expect("dir");
    let out = upback(&["restore", "--data-dir"]).arg(&typo).arg("--from").arg(&there).output().expect("runs");
    assert!(!out.status.success());
    assert!(stderr(&out).contains("no upback database"), "{}", stderr(&out));
    assert_eq!(std::fs::read_dir(&typo).expect("dir").count(), 0, "nothing written there");
}

#[test]
fn bad_bytes_and_a_huge_line_on_stdin_are_answered_and_the_chat_goes_on() {
    let root = tempfile::tempdir().expect("dir");
    let mut input = b"/help\n".to_vec();
    input.extend_from_slice(b"\xff\xfe\xc3 not utf-8 \x80\n");
    // 64 MB with no newline until its end: read as it streams, never held whole.
    input.extend(std::iter::repeat_n(b'a', 64 << 20));
    input.extend_from_slice(b"\n/checkin\n");
    let out = chat(root.path(), "ana", &input);
    assert!(out.status.success(), "{}", stderr(&out));
    let replies = replies(&out);
    let texts: Vec<&str> = replies.iter().map(|r| r.text.as_str()).collect();
    assert!(texts.iter().any(|t| t.contains("/checkin")), "/help answered: {texts:?}");
    assert!(texts.iter().any(|t| t.contains("too long")), "the long line is answered kindly: {texts:?}");
    assert!(
        texts.last().is_some_and(|t| t.contains("0") && t.contains("10")),
        "the check-in goes on: {texts:?}"
    );
}

#[test]
fn after_forget_no_byte_of_the_users_records_can_be_read_in_the_data_directory() {
    let root = tempfile::tempdir().expect("dir");
    let data = root.path().join("data");
    let user = "ana-7319";
    checkins(&data, user, 5);
    let out = chat(&data, user, &lines(&["/start", "None of these", "None of these", "6"]));
    assert!(out.status.success());
    let key = UserKey::new("console", user);
    {
        let store = SledStore::open(&data).expect("opens");
        assert!(store.records_of(&key).expect("count") > 5, "kept before /forget");
    }
    // A copy of the files as they were: what sled may still carry in old segments.
    let before = root.path().join("before");
    copy_dir(&data, &before);

    let out = chat(&data, user, &lines(&["/forget", "Yes, delete everything"]));
    assert!(replies(&out).iter().any(|r| r.text.contains("deleted everything")), "{}", stderr(&out));
    let today = chrono::Utc::now().format("%Y-%m-%dT").to_string();
    for (path, bytes) in files(&data) {
        assert!(!contains(&bytes, user.as_bytes()), "{path:?} names the user");
        assert!(!contains(&bytes, today.as_bytes()), "{path:?} holds a timestamp of today");
    }
    {
        let store = SledStore::open(&data).expect("opens");
        assert_eq!(store.records_of(&key).expect("count"), 0);
    }
    // The old files with today's keys: nothing of the user's opens any more.
    std::fs::copy(data.join("keys"), before.join("keys")).expect("keys");
    let store = SledStore::open(&before).expect("opens");
    assert_eq!(store.records_of(&key).expect("count"), 0, "the old records cannot be read");
    assert!(store.history(&key).expect("history").entries.is_empty());
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("dir");
    for entry in std::fs::read_dir(from).expect("dir").flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copied");
        }
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").expect("bind").local_addr().expect("addr").port()
}

/// A GET on the bot's operator server: (status, body), or None while nothing answers.
fn get(port: u16, path: &str) -> Option<(u16, String)> {
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).ok()?;
    write!(s, "GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").ok()?;
    let mut raw = String::new();
    s.read_to_string(&mut raw).ok()?;
    let status = raw.split_whitespace().nth(1).and_then(|c| c.parse().ok()).unwrap_or(0);
    Some((status, raw.split_once("\r\n\r\n").map(|(_, b)| b.to_string()).unwrap_or_default()))
}

/// Asks /healthz until it says `status` (the bot moves on its own; we only look).
async fn health_becomes(port: u16, status: u16) -> String {
    let deadline = std::time::Instant::now() + PATIENCE;
    loop {
        let seen = tokio::task::spawn_blocking(move || get(port, "/healthz")).await.expect("join");
        if let Some((s, body)) = seen {
            if s == status {
                return body;
            }
        }
        assert!(std::time::Instant::now() < deadline, "/healthz never said {status}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

struct Serve {
    child: Child,
    /// Its log lines as they come (read from their own thread: a full pipe would stall it).
    logs: mpsc::Receiver<String>,
    seen: Vec<String>,
}

fn serve(data: &Path, api: &str, http_port: u16) -> Serve {
    serve_on(data, api, &format!("127.0.0.1:{http_port}"), "127.0.0.1:0")
}

/// [`serve`] with its two listeners where the test says.
fn serve_on(data: &Path, api: &str, http_addr: &str, admin_addr: &str) -> Serve {
    let mut c = upback(&["serve", "--data-dir"]);
    c.env("TELEGRAM_BOT_TOKEN", "4242:RELIABILITY").env("TELEGRAM_API_URL", api);
    spawn_serve(c, data, http_addr, admin_addr)
}

/// `upback serve` on Discord only, through the fake at `api`.
fn serve_discord(data: &Path, api: &str, http_port: u16) -> Serve {
    let mut c = upback(&["serve", "--data-dir"]);
    c.env("DISCORD_BOT_TOKEN", DISCORD_TOKEN).env("DISCORD_API_URL", api);
    spawn_serve(c, data, &format!("127.0.0.1:{http_port}"), "127.0.0.1:0")
}

fn spawn_serve(mut c: Command, data: &Path, http_addr: &str, admin_addr: &str) -> Serve {
    let mut child = c
        .arg(data)
        .env("UPBACK_HTTP_ADDR", http_addr)
        .env("UPBACK_ADMIN_ADDR", admin_addr)
        .env("UPBACK_LOG_FORMAT", "json")
        .env("RUST_LOG", "info")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("serve starts");
    let err = child.stderr.take().expect("stderr");
    let (tx, logs) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(err).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    Serve { child, logs, seen: Vec::new() }
}

impl Serve {
    /// Waits for a log line containing `needle`.
    fn log_says(&mut self, needle: &str) {
        loop {
            let line = self
                .logs
                .recv_timeout(PATIENCE)
                .unwrap_or_else(|_| panic!("no log line with {needle:?}:\n{}", self.seen.join("\n")));
            let found = line.contains(needle);
            self.seen.push(line);
            if found {
                return;
            }
        }
    }

    fn kill(mut self) {
        self.child.kill().expect("SIGKILL");
        self.child.wait().expect("reaped");
    }

    fn terminate(mut self) -> (std::process::ExitStatus, String) {
        let pid = self.child.id().to_string();
        assert!(Command::new("kill").args(["-TERM", &pid]).status().expect("kill").success());
        let status = self.child.wait().expect("exits");
        self.seen.extend(self.logs.iter());
        (status, self.seen.join("\n"))
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_stays_up_while_telegram_is_unreachable_and_connects_when_it_comes_back() {
    let root = tempfile::tempdir().expect("dir");
    let api_port = free_port();
    let http = free_port();
    let mut bot = serve(&root.path().join("data"), &format!("http://127.0.0.1:{api_port}"), http);
    let body = health_becomes(http, 503).await;
    assert!(body.contains("telegram: down"), "{body}");
    // Past the quick retries of one request: the start itself failed, and the bot stays up.
    let bot = tokio::task::spawn_blocking(move || {
        bot.log_says("cannot connect; trying again");
        bot
    })
    .await
    .expect("join");
    let body = health_becomes(http, 503).await;
    assert!(body.contains("telegram: down (cannot connect"), "the platform and why: {body}");
    assert!(!body.contains("RELIABILITY"), "no token in the health report: {body}");

    let fake = FakeTelegram::start_on(api_port).await;
    let body = health_becomes(http, 200).await;
    assert!(body.contains("telegram: up"), "{body}");
    fake.push(text_update(61, 61, "/start", None));
    fake.shown(61, "Question 1 of").await;
    let (status, logs) = tokio::task::spawn_blocking(move || bot.terminate()).await.expect("join");
    assert!(status.success(), "{status:?}: {logs}");
    assert!(!logs.contains("RELIABILITY"), "no token in the logs");
}

const DISCORD_TOKEN: &str = "RELIABILITY.DISCORD.TOKEN";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_discord_session_closed_for_good_shows_as_down_and_the_bot_reconnects_when_discord_takes_it_again()
{
    let fake = discord_fake::FakeDiscord::start().await;
    fake.accept_only(DISCORD_TOKEN);
    let root = tempfile::tempdir().expect("dir");
    let http = free_port();
    let bot = serve_discord(&root.path().join("data"), fake.url().as_str(), http);
    let registrations = |n: usize| {
        move |calls: &[discord_fake::Call]| {
            (calls.iter().filter(|c| c.method == "PUT" && !c.faulted).count() == n).then_some(())
        }
    };
    // Each READY registers the commands; the bot is up before that.
    fake.wait_for("the first READY handled", registrations(1)).await;
    assert!(health_becomes(http, 200).await.contains("discord: up"));

    // The token is reset in the Developer Portal: Discord closes the session with 4004, and
    // REST refuses the old token from now on.
    fake.accept_only("THE.NEW.TOKEN");
    fake.close_session(4004);
    let body = health_becomes(http, 503).await;
    assert!(body.contains("discord: down ("), "{body}");
    assert!(!body.contains(DISCORD_TOKEN), "no token in the health report: {body}");
    // Started again through the backoff, and refused for now.
    fake.wait_for("a start with the old token refused", |calls| {
        calls.iter().any(|c| c.faulted && c.path == "/users/@me").then_some(())
    })
    .await;
    assert!(health_becomes(http, 503).await.contains("discord: down ("));

    // Discord takes the token again (the operator set it back, or the reset was undone).
    fake.accept_only(DISCORD_TOKEN);
    fake.wait_for("a second READY handled", registrations(2)).await;
    assert!(health_becomes(http, 200).await.contains("discord: up"));
    assert_eq!(fake.identified(), 2, "one new session, no ghost");
    let (status, logs) = tokio::task::spawn_blocking(move || bot.terminate()).await.expect("join");
    assert!(status.success(), "{status:?}: {logs}");
    assert!(logs.contains("disconnected for good; starting again"), "{logs}");
    assert!(!logs.contains(DISCORD_TOKEN), "no token in the logs");
}

/// A small deterministic generator: the same "random" kill points on every run.
struct Lcg(u64);
impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n
    }
}

#[test]
fn kill_9_during_check_ins_loses_nothing_that_was_acknowledged() {
    let root = tempfile::tempdir().expect("dir");
    let data = root.path().join("data");
    let mut dice = Lcg(14);
    let mut acknowledged = 0usize;
    let mut sent = 0usize;
    let consent = chat(&data, "kim", &lines(&["/privacy", "✅ OK, keep my history"]));
    assert!(consent.status.success());
    for round in 0..12 {
        let mut child = upback(&["chat", "--json", "--user", "kim", "--data-dir"])
            .arg(&data)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("starts");
        let (tx, rx) = mpsc::channel();
        let stdout = child.stdout.take().expect("stdout");
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let mut stdin = child.stdin.take().expect("stdin");
        // Some check-ins acknowledged one by one, then a few sent at once and the kill lands
        // while they are being written.
        let waited = dice.below(4);
        for _ in 0..waited {
            writeln!(stdin, "/checkin\n4\nAfter a run").expect("write");
            sent += 1;
            loop {
                let line = rx.recv_timeout(PATIENCE).unwrap_or_else(|_| panic!("round {round}: no answer"));
                if line.contains(SAVED) {
                    acknowledged += 1;
                    break;
                }
            }
        }
        let burst = 1 + dice.below(4);
        for _ in 0..burst {
            let _ = writeln!(stdin, "/checkin\n4\nAfter a run");
            sent += 1;
        }
        let _ = stdin.flush();
        // Let a random number of the burst's replies arrive before the kill.
        for _ in 0..dice.below(burst * 3) {
            match rx.recv_timeout(PATIENCE) {
                Ok(line) if line.contains(SAVED) => acknowledged += 1,
                Ok(_) => {}
                Err(_) => break,
            }
        }
        child.kill().expect("SIGKILL");
        child.wait().expect("reaped");
        // A reply already written before the kill was acknowledged too.
        acknowledged += rx.try_iter().filter(|l| l.contains(SAVED)).count();
        drop(stdin);
    }
    let kept = exported_checkins(&data, "kim");
    assert!(acknowledged > 0);
    assert!(kept >= acknowledged, "kept {kept} of {acknowledged} acknowledged ({sent} sent)");
    assert!(kept <= sent);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kill_9_during_done_presses_loses_no_counted_press() {
    const GROUP: i64 = -100_777;
    const MOD: i64 = 70;
    let root = tempfile::tempdir().expect("dir");
    let data = root.path().join("data");
    let fake = FakeTelegram::start().await;
    fake.set_member(GROUP, MOD, "administrator");
    let mut dice = Lcg(9);
    let mut bot = serve(&data, fake.url().as_str(), free_port());
    fake.push(text_update(MOD, GROUP, "/routine", None));
    let post = fake.shown(GROUP, "Nobody has ticked it off yet").await;
    let message = post.result["message_id"].as_i64().expect("id");
    let done = button(&post.body, "✅ Done")["callback_data"].as_str().expect("data").to_string();
    let mut member = 5000;
    let mut pressed = 0usize;
    for _ in 0..4 {
        let before = fake.calls().iter().filter(|c| c.method == "answercallbackquery" && !c.faulted).count();
        let presses = 2 + dice.below(6) as usize;
        for _ in 0..presses {
            fake.push(callback_update(member, GROUP, message, &done, None));
            member += 1;
        }
        pressed += presses;
        let wait_for = dice.below(presses as u64) as usize;
        fake.wait_for("some presses answered", |calls| {
            (calls.iter().filter(|c| c.method == "answercallbackquery" && !c.faulted).count()
                >= before + wait_for)
                .then_some(())
        })
        .await;
        tokio::task::spawn_blocking(move || bot.kill()).await.expect("join");
        bot = serve(&data, fake.url().as_str(), free_port());
    }
    tokio::task::spawn_blocking(move || bot.kill()).await.expect("join");
    let counted = fake
        .calls()
        .iter()
        .filter(|c| {
            c.method == "answercallbackquery"
                && c.body["text"].as_str().is_some_and(|t| t.contains("Counted"))
        })
        .count();
    let store = SledStore::open(&data).expect("opens");
    let group = upback_core::reminders::group_owner("telegram", &GROUP.to_string());
    let post_id = store.club_posts(&group, chrono::DateTime::UNIX_EPOCH).expect("posts");
    let post_id = post_id.first().map(|p| p.id).expect("the routine post");
    let kept = store.done_count(post_id).expect("count") as usize;
    assert!(counted > 0);
    assert!(kept >= counted, "{kept} kept of {counted} counted ({pressed} pressed)");
    assert!(kept <= pressed);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn listeners_beyond_loopback_are_warned_about_at_start() {
    let root = tempfile::tempdir().expect("dir");
    let fake = FakeTelegram::start().await;
    let http = free_port();
    let mut bot =
        serve_on(&root.path().join("data"), fake.url().as_str(), &format!("0.0.0.0:{http}"), "0.0.0.0:0");
    let mut bot = tokio::task::spawn_blocking(move || {
        bot.log_says("UPBACK_HTTP_ADDR listens beyond this machine");
        bot.log_says("UPBACK_ADMIN_ADDR listens beyond this machine");
        bot
    })
    .await
    .expect("join");
    health_becomes(http, 200).await;
    bot.seen.clear();
    let (status, logs) = tokio::task::spawn_blocking(move || bot.terminate()).await.expect("join");
    assert!(status.success(), "{status:?}: {logs}");
}

#[test]
fn the_sync_setting_is_checked_and_a_full_sync_keeps_what_it_acknowledged_through_a_kill() {
    let root = tempfile::tempdir().expect("dir");
    let data = root.path().join("data");
    let out = upback(&["chat", "--json", "--user", "kim", "--data-dir"])
        .arg(&data)
        .env("UPBACK_SYNC", "sometimes")
        .stdin(Stdio::null())
        .output()
        .expect("runs");
    let said = stderr(&out);
    assert!(!out.status.success(), "refused: {said}");
    assert_eq!(said.trim().lines().count(), 1, "one line: {said}");
    assert!(said.contains("UPBACK_SYNC") && said.contains("full"), "{said}");

    let consent = chat(&data, "kim", &lines(&["/privacy", "✅ OK, keep my history"]));
    assert!(consent.status.success());
    let mut child = upback(&["chat", "--json", "--user", "kim", "--data-dir"])
        .arg(&data)
        .env("UPBACK_SYNC", "full")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("starts");
    let mut stdin = child.stdin.take().expect("stdin");
    let mut answers = BufReader::new(child.stdout.take().expect("stdout")).lines();
    for _ in 0..3 {
        writeln!(stdin, "/checkin\n4\nAfter a run").expect("write");
        while !answers.next().expect("an answer").expect("a line").contains(SAVED) {}
    }
    child.kill().expect("SIGKILL");
    child.wait().expect("reaped");
    assert_eq!(exported_checkins(&data, "kim"), 3, "every acknowledged check-in is there");
}
