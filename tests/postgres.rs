//! Moving a club from sled to PostgreSQL with the released binary: a backup of the sled data
//! directory restored into an empty Postgres database gives the same /export, the terminal and
//! the backup command work against Postgres, and a database that already holds records is
//! not restored into. Runs against a throwaway cluster (skipped, saying why, where PostgreSQL
//! is not installed; CI requires it).

use std::{
    io::Write,
    path::Path,
    process::{Command, Output, Stdio},
};

use upback_store_postgres::testing;

fn upback(args: &[&str], database: Option<&str>) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_upback"));
    c.args(args)
        .env_remove("UPBACK_DATA_DIR")
        .env_remove("DATABASE_URL")
        .env_remove("DATABASE_URL_FILE")
        .env("LANG", "C");
    if let Some(url) = database {
        c.env("DATABASE_URL", url);
    }
    c
}

fn chat(dir: &Path, database: Option<&str>, input: &str) -> Output {
    let mut child = upback(&["chat", "--json", "--user", "ana", "--data-dir"], database)
        .arg(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("upback starts");
    child.stdin.take().expect("stdin").write_all(input.as_bytes()).expect("written");
    let out = child.wait_with_output().expect("exits");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    out
}

/// What /export shows, less the moment it was asked.
fn export(dir: &Path, database: Option<&str>) -> serde_json::Value {
    let out = chat(dir, database, "/export\n");
    let mut json = String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|r| r["text"].as_str().and_then(|t| serde_json::from_str::<serde_json::Value>(t).ok()))
        .find(|j| j.get("checkins").is_some())
        .expect("the export");
    if let Some(o) = json.as_object_mut() {
        o.remove("exported_at");
    }
    json
}

#[test]
fn a_club_moves_from_sled_to_postgres_and_every_record_comes_along() {
    let Some(cluster) = testing::cluster() else { return };
    let root = tempfile::tempdir().expect("dir");
    let data = root.path().join("data");
    let mut script = String::from("/privacy\n✅ OK, keep my history\n");
    for score in ["6", "4", "3"] {
        script.push_str(&format!("/checkin\n{score}\nAfter a run\n"));
    }
    chat(&data, None, &script);
    let on_sled = export(&data, None);
    assert_eq!(on_sled["checkins"].as_array().map(Vec::len), Some(3), "{on_sled}");

    let backup = root.path().join("club.backup");
    let out =
        upback(&["backup", "--data-dir"], None).arg(&data).arg("--to").arg(&backup).output().expect("runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let url = cluster.database();
    let out =
        upback(&["restore", "--database-url", &url, "--from"], None).arg(&backup).output().expect("runs");
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{said}");
    assert!(said.contains("into PostgreSQL"), "{said}");
    assert!(!said.contains(&url), "the URL (it may hold a password) is not printed: {said}");

    // The terminal on Postgres (its data directory holds no database now) sees the same.
    let elsewhere = root.path().join("elsewhere");
    assert_eq!(export(&elsewhere, Some(&url)), on_sled, "the same /export");
    assert!(!elsewhere.join("db").exists(), "nothing was kept in sled");

    // Backing Postgres up gives the same records again; a second restore is refused.
    let again = root.path().join("again.backup");
    let out = upback(&["backup", "--to"], Some(&url)).arg(&again).output().expect("runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let records = |p: &Path| std::fs::read_to_string(p).expect("backup").lines().count();
    assert_eq!(records(&again), records(&backup));
    let out = upback(&["restore", "--from"], Some(&url)).arg(&backup).output().expect("runs");
    assert!(!out.status.success(), "not over records");
    assert!(String::from_utf8_lossy(&out.stderr).contains("already holds"));
    assert_eq!(export(&elsewhere, Some(&url)), on_sled, "unchanged");
}

#[test]
fn a_wrong_password_is_said_as_one_naming_the_setting_and_never_shown() {
    let Some(cluster) = testing::cluster_with_passwords() else { return };
    // As the superuser, who gets in without a password; a role is the cluster's, not a database's.
    cluster.store().execute_sql("CREATE ROLE runner LOGIN PASSWORD 'right-one'").expect("a role");
    let root = tempfile::tempdir().expect("dir");
    let url = format!("postgres://runner:S3CRET-WRONG@127.0.0.1:{}/postgres?sslmode=disable", cluster.port());
    let out = upback(&["chat", "--data-dir"], Some(&url))
        .arg(root.path())
        .stdin(Stdio::null())
        .output()
        .expect("runs");
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{said}");
    assert!(said.contains("DATABASE_URL") && said.contains("refused the user name or password"), "{said}");
    assert!(!said.contains("database files"), "{said}");
    assert!(!said.contains("S3CRET-WRONG"), "the password shows: {said}");
}
