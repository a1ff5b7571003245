//! `upback chat` as a person or a script uses it: the real binary, real stdin and stdout, a
//! real database in a temp dir.

use std::{
    io::{BufRead, BufReader, Write},
    path::Path,
    process::{Child, ChildStdin, Command, Stdio},
    sync::mpsc::{self, Receiver},
    time::Duration,
};

use upback::console::JsonReply;

/// Long enough for a slow CI machine; only reached when the bot has stopped answering.
const PATIENCE: Duration = Duration::from_secs(60);

struct Console {
    child: Child,
    stdin: Option<ChildStdin>,
    lines: Receiver<String>,
}

impl Console {
    fn start(data_dir: &Path, extra: &[&str]) -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_upback"))
            .arg("chat")
            .arg("--data-dir")
            .arg(data_dir)
            .args(extra)
            .env_remove("UPBACK_DATA_DIR")
            .env("LANG", "C")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("upback starts");
        let stdout = child.stdout.take().expect("stdout is piped");
        let (tx, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        Self { stdin: child.stdin.take(), child, lines }
    }

    fn send(&mut self, line: &str) {
        let stdin = self.stdin.as_mut().expect("stdin open");
        writeln!(stdin, "{line}").expect("write to upback");
        stdin.flush().expect("flush");
    }

    fn next_reply(&self) -> Option<JsonReply> {
        let line = self.lines.recv_timeout(PATIENCE).ok()?;
        Some(serde_json::from_str(&line).unwrap_or_else(|e| panic!("not a JSON reply ({e}): {line}")))
    }

    /// Replies up to and including the first whose text contains `needle`.
    fn until(&self, needle: &str) -> Vec<JsonReply> {
        let mut seen: Vec<JsonReply> = Vec::new();
        loop {
            let Some(r) = self.next_reply() else {
                let texts: Vec<&str> = seen.iter().map(|r| r.text.as_str()).collect();
                panic!("no reply with {needle:?}; saw:\n{}", texts.join("\n---\n"));
            };
            let done = r.text.contains(needle);
            seen.push(r);
            if done {
                return seen;
            }
        }
    }

    /// Closes stdin (EOF) and waits for a clean exit.
    fn finish(mut self) -> Vec<String> {
        drop(self.stdin.take());
        let status = self.child.wait().expect("upback exits");
        assert!(status.success(), "EOF ends the chat cleanly: {status}");
        // Every line: the reader ends at the end of stdout, which came with the exit.
        self.lines.iter().collect()
    }
}

fn button(reply: &JsonReply, label: &str) -> String {
    reply
        .buttons
        .iter()
        .flatten()
        .find(|b| b.label == label)
        .map(|b| b.action.clone())
        .unwrap_or_else(|| panic!("no {label:?} button in {reply:?}"))
}

#[test]
fn a_script_takes_the_whole_assessment_by_pressing_buttons() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut bot = Console::start(dir.path(), &["--json", "--user", "ana"]);
    bot.until("not a doctor");
    bot.send("/start");
    let q1 = bot.until("Question 1 of").pop().expect("question");
    assert!(q1.private);
    bot.send(&format!(r#"{{"action":"{}"}}"#, button(&q1, "None of these")));
    let q2 = bot.until("Question 2 of").pop().expect("question");
    bot.send(&format!(r#"{{"action":"{}"}}"#, button(&q2, "None of these")));
    bot.until("Question 3 of");
    // Labels work as well as actions, ticks and Next included.
    for label in [
        "4",
        "A few days, not really changing",
        "More on one side",
        "During the run",
        "Six months to two years",
        "Less than 4 hours",
        "Yes, easily",
        "Yes, something's off",
        "Deep and steady, from the belly",
        "Short and easy",
        "Plenty",
        "▫️ My hands swing across my chest",
        "▫️ My shoulders creep up towards my ears",
        "Next ➜",
        "Hardly ever",
        "Sometimes",
        "Yes, every week",
        "A mix",
        "Fairly new and comfy",
        "Quick, light steps",
    ] {
        bot.send(label);
    }
    let result = bot.until("may I keep your checks");
    let text: Vec<&str> = result.iter().map(|r| r.text.as_str()).collect();
    let text = text.join("\n");
    assert!(text.contains("1. Arm swing — likely"), "{text}");
    assert!(text.contains("Relax your arm swing"), "{text}");
    bot.send("✅ OK, keep my history");
    bot.until("I've saved what you just did");
    bot.send("/export");
    bot.until("everything I keep about you");
    let export: serde_json::Value =
        serde_json::from_str(&bot.next_reply().expect("the export").text).expect("export is JSON");
    assert_eq!(export["user"], "console:ana");
    assert_eq!(export["assessments"][0]["factors"][0]["factor"], "arm_swing");
    assert_eq!(export["assessments"][0]["answers"]["arms-how"], serde_json::json!(["cross", "shrug"]));
    bot.finish();
}

#[test]
fn a_second_run_on_the_same_data_dir_resumes_the_unfinished_assessment() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut first = Console::start(dir.path(), &["--json"]);
    first.send("/start");
    first.send("None of these");
    first.send("None of these");
    first.until("Question 3 of");
    first.finish();

    let second = Console::start(dir.path(), &["--json"]);
    let greeting = second.until("Question 3 of");
    assert!(greeting[0].text.contains("Welcome back"), "{greeting:?}");
    second.finish();
}

#[test]
fn a_person_types_numbers_labels_and_commands() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut bot = Console::start(dir.path(), &[]);
    for line in ["/start", "7", "none of these", "7", "/cancel"] {
        bot.send(line);
    }
    let out = bot.finish();
    let text = out.join("\n");
    assert!(text.contains("[7] None of these"), "buttons are numbered:\n{text}");
    assert!(text.contains("Question 3 of"), "a number and a label both answered:\n{text}");
    assert!(text.contains("[7]  [8]"), "the pain scale shows its numbers:\n{text}");
    assert!(text.contains("Question 4 of"), "typing 7 on the scale means 7:\n{text}");
    assert!(text.contains("I've stopped the check"), "{text}");
}

#[test]
fn a_data_dir_in_use_is_refused_with_a_clear_message() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut first = Console::start(dir.path(), &["--json"]);
    first.send("/help");
    first.until("/checkin");
    let second = Command::new(env!("CARGO_BIN_EXE_upback"))
        .args(["chat", "--data-dir"])
        .arg(dir.path())
        .stdin(Stdio::null())
        .output()
        .expect("runs");
    assert!(!second.status.success());
    let err = String::from_utf8_lossy(&second.stderr);
    assert!(err.contains("is in use by another upback; stop it first"), "{err}");
    let to = tempfile::tempdir().expect("temp dir");
    let backup = Command::new(env!("CARGO_BIN_EXE_upback"))
        .args(["backup", "--data-dir"])
        .arg(dir.path())
        .arg("--to")
        .arg(to.path().join("b.backup"))
        .env_remove("DATABASE_URL")
        .output()
        .expect("runs");
    let err = String::from_utf8_lossy(&backup.stderr);
    assert!(
        !backup.status.success() && err.contains("an `upback chat`") && err.contains("end it first"),
        "{err}"
    );
    assert!(!err.contains("os error"), "no raw error: {err}");
    first.finish();
}

/// The width and height a PNG's header gives (IHDR, right after the signature).
fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG");
    let word = |at: usize| u32::from_be_bytes(bytes[at..at + 4].try_into().expect("4 bytes"));
    (word(16), word(20))
}

/// The path printed after `marker` on a line of `out`.
fn path_after<'a>(out: &'a [String], marker: &str) -> &'a str {
    out.iter()
        .find_map(|l| l.split_once(marker).map(|(_, p)| p.trim()))
        .unwrap_or_else(|| panic!("no {marker:?} in:\n{}", out.join("\n")))
}

#[test]
fn pictures_and_the_export_are_files_in_the_data_dir_that_forget_removes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut bot = Console::start(dir.path(), &["--user", "ana"]);
    for line in ["/privacy", "✅ OK, keep my history", "/checkin", "4", "After a run", "/history", "/export"]
    {
        bot.send(line);
    }
    let out = bot.finish();
    let text = out.join("\n");
    assert!(
        text.contains("🖼 Chart of your upper-back pain from 0 to 10 over the last 7 days. It's saved as "),
        "the alt text and where the chart is:\n{text}"
    );
    let chart = std::path::PathBuf::from(path_after(
        &out,
        "🖼 Chart of your upper-back pain from 0 to 10 over the last 7 days. It's saved as ",
    ));
    let export = std::path::PathBuf::from(path_after(&out, "💾 It's saved as "));
    let folder = dir.path().join("files").join("ana");
    assert_eq!(chart.parent(), Some(folder.as_path()), "{chart:?}");
    assert_eq!(export.parent(), Some(folder.as_path()), "{export:?}");
    assert_eq!(png_size(&std::fs::read(&chart).expect("the chart is there")), (800, 500));
    let name = export.file_name().and_then(|n| n.to_str()).expect("a name");
    assert!(name.starts_with("upback-export-") && name.ends_with(".json"), "{name}");
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&export).expect("the export is there")).expect("JSON");
    assert_eq!(
        (json["user"].as_str(), json["checkins"][0]["severity"].as_u64()),
        (Some("console:ana"), Some(4))
    );
    assert!(!text.contains("\"checkins\""), "the export is the file, not the screen:\n{text}");

    // Another user's files stay; /forget takes ana's with everything else.
    let mut other = Console::start(dir.path(), &["--user", "ben"]);
    other.send("/export");
    let bens = std::path::PathBuf::from(path_after(&other.finish(), "💾 It's saved as "));
    let mut bot = Console::start(dir.path(), &["--user", "ana"]);
    bot.send("/forget");
    bot.send("Yes, delete everything");
    let out = bot.finish().join("\n");
    assert!(out.contains("deleted everything"), "{out}");
    assert!(!folder.exists(), "ana's files are gone");
    assert!(bens.exists(), "ben's file stays: {bens:?}");
}

#[test]
fn with_json_the_chart_is_base64_in_image_bytes() {
    use base64::Engine as _;
    let dir = tempfile::tempdir().expect("temp dir");
    let mut bot = Console::start(dir.path(), &["--json"]);
    for line in ["/privacy", "✅ OK, keep my history", "/checkin", "4", "After a run", "/history"] {
        bot.send(line);
    }
    let history = bot.until("Your recent checks");
    let png = history.last().and_then(|r| r.image_bytes.as_deref()).expect("the chart as base64");
    let png = base64::engine::general_purpose::STANDARD.decode(png).expect("base64");
    assert_eq!(png_size(&png), (800, 500));
    assert!(history.iter().rev().skip(1).all(|r| r.image_bytes.is_none()), "one picture");
    bot.finish();
    assert!(!dir.path().join("files").exists(), "a script gets the bytes, not a file");
}

/// Every file under `dir`, its folders included.
#[cfg(unix)]
fn everything_in(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut found = vec![dir.to_path_buf()];
    let mut i = 0;
    while i < found.len() {
        if found[i].is_dir() {
            let inside: Vec<_> =
                std::fs::read_dir(&found[i]).expect("dir").flatten().map(|e| e.path()).collect();
            found.extend(inside);
        }
        i += 1;
    }
    found
}

#[cfg(unix)]
#[test]
fn the_database_backups_exports_and_charts_are_readable_by_their_owner_alone() {
    use std::os::unix::fs::PermissionsExt;
    let root = tempfile::tempdir().expect("temp dir");
    let data = root.path().join("data");
    let mut bot = Console::start(&data, &["--user", "ana"]);
    for line in ["/privacy", "✅ OK, keep my history", "/checkin", "4", "After a run", "/history", "/export"]
    {
        bot.send(line);
    }
    bot.finish();
    let backup = root.path().join("ana.backup");
    let made = Command::new(env!("CARGO_BIN_EXE_upback"))
        .args(["backup", "--data-dir"])
        .arg(&data)
        .arg("--to")
        .arg(&backup)
        .env_remove("UPBACK_DATA_DIR")
        .env_remove("DATABASE_URL")
        .output()
        .expect("upback backup runs");
    assert!(made.status.success(), "{}", String::from_utf8_lossy(&made.stderr));
    let mut files = everything_in(&data);
    files.push(backup);
    assert!(files.iter().any(|f| f.extension().is_some_and(|e| e == "png")), "a chart was made: {files:?}");
    for file in files {
        let mode = std::fs::metadata(&file).expect("there").permissions().mode();
        assert_eq!(
            mode & 0o077,
            0,
            "{} is {:o}: runners' answers for its owner only",
            file.display(),
            mode & 0o777
        );
    }
}

#[test]
fn a_data_dir_that_is_a_file_is_named_as_one() {
    let root = tempfile::tempdir().expect("temp dir");
    let file = root.path().join("afile");
    std::fs::write(&file, b"not a folder").expect("write");
    let out = Command::new(env!("CARGO_BIN_EXE_upback"))
        .args(["chat", "--data-dir"])
        .arg(&file)
        .env_remove("DATABASE_URL")
        .stdin(Stdio::null())
        .output()
        .expect("runs");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success() && err.contains("is a file, not a directory"), "{err}");
    assert!(!err.contains("os error"), "{err}");
}
