//! Backups for the operator: `upback backup` and `upback restore`, the daily automatic backup
//! `upback serve` writes into `<data-dir>/backups/`, and the one-line explanations of a
//! database that cannot be opened (naming the latest backup and the command that restores it).
//!
//! Every file is written under a temporary name, synced, verified by reading it back and only
//! then renamed into place; a restore reads the whole backup (checking its trailer) before it
//! writes anything, builds the new database beside the old one, and swaps them only when it is
//! complete, keeping the old one aside.

use crate::database::Db;
use std::{
    path::{Path, PathBuf},
    sync::Arc,
};

use anyhow::{bail, Context, Result};
use chrono::{DateTime, Utc};
use tokio::{sync::Notify, task::JoinHandle};
use upback_core::{
    backup,
    engine::Engine,
    store::{sled_store::Durability, SledStore, Store, StoreError},
};

use crate::clock::Clock;

/// The automatic backups' folder in the data directory.
pub fn folder(data_dir: &Path) -> PathBuf {
    data_dir.join(backup::DIR)
}

/// The newest backup in the data directory's backups folder.
pub fn latest(data_dir: &Path) -> Option<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder(data_dir))
        .ok()?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "backup"))
        .collect();
    files.sort_by_key(|p| written_at(p));
    files.pop()
}

/// When a backup was made: the time in an automatic backup's name (a copy keeps it, where its
/// file time would not), else the file's time (the one made before a layout migration).
fn written_at(path: &Path) -> Option<std::time::SystemTime> {
    let named = path
        .file_name()
        .and_then(|n| n.to_str())
        .and_then(|n| n.strip_prefix("upback-")?.strip_suffix(".backup").map(str::to_owned))
        .and_then(|t| chrono::NaiveDateTime::parse_from_str(&t, "%Y-%m-%dT%H%M%SZ").ok())
        .map(|t| std::time::SystemTime::from(t.and_utc()));
    named.or_else(|| std::fs::metadata(path).and_then(|m| m.modified()).ok())
}

/// What to do about a database that is damaged: the exact command, with the latest backup.
pub fn restore_hint(data_dir: &Path) -> String {
    match latest(data_dir) {
        Some(file) => format!(
            "restore the latest backup with: upback restore --data-dir {} --from {}",
            data_dir.display(),
            file.display()
        ),
        None => format!(
            "there is no automatic backup in {} yet; restore one you made with: upback restore --data-dir {} \
             --from <file>",
            folder(data_dir).display(),
            data_dir.display()
        ),
    }
}

/// One line that says why the database in `dir` cannot be opened, and what to do.
pub fn explain(dir: &Path, e: &StoreError) -> String {
    let d = dir.display();
    match e {
        StoreError::Locked => format!(
            "the database in {d} is in use by another upback; stop it first (a running `upback serve` can still be backed up: `upback backup`)"
        ),
        StoreError::ReadOnly => format!("the database in {d} is on a read-only file system; mount it writable"),
        StoreError::PermissionDenied(_) => {
            format!("no permission to use the database files in {d}; run as their owner or fix their mode")
        }
        StoreError::Corrupt(_) | StoreError::Damaged { .. } => {
            format!("{e}; upback will not start on it; {}", restore_hint(dir))
        }
        StoreError::NoDatabase(_) => format!("{d} holds no upback database (check --data-dir / UPBACK_DATA_DIR)"),
        other => format!("cannot open the database in {d}: {other}"),
    }
}

/// Opens the database in `dir` (made if it is new), saying in one line why it cannot be.
pub fn open(dir: &Path, cache_bytes: u64, durability: Durability) -> Result<SledStore> {
    if dir.is_file() {
        anyhow::bail!(
            "the data directory {} is a file, not a directory (check --data-dir / UPBACK_DATA_DIR)",
            dir.display()
        );
    }
    std::fs::create_dir_all(dir)
        .with_context(|| format!("cannot create the data directory {}", dir.display()))?;
    SledStore::open_with(dir, cache_bytes, durability).map_err(|e| anyhow::anyhow!(explain(dir, &e)))
}

/// Whether `path` is inside `dir` (once both are resolved; `path` and its folders need not
/// exist yet: the nearest one that does is resolved, and the rest taken as written).
fn inside(path: &Path, dir: &Path) -> bool {
    let Ok(dir) = dir.canonicalize() else { return false };
    let path = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().map(|d| d.join(path)).unwrap_or_else(|_| path.to_path_buf())
    };
    let mut rest = Vec::new();
    let mut at = path.as_path();
    loop {
        if let Ok(real) = at.canonicalize() {
            let whole = rest.iter().rev().fold(real, |p: PathBuf, part| p.join(part));
            return whole.starts_with(&dir);
        }
        match (at.parent(), at.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name.to_os_string());
                at = parent;
            }
            _ => return false,
        }
    }
}

/// Checks where `upback backup --to` may write: never inside the data directory (a backup
/// there is lost with it, and a wrong name could overwrite the database itself), and never
/// over an existing file unless `force`.
pub fn check_target(data_dir: &Path, to: &Path, force: bool) -> Result<()> {
    if inside(to, data_dir) {
        bail!(
            "{} is inside the data directory {}; write the backup somewhere else (the automatic ones are in {})",
            to.display(),
            data_dir.display(),
            folder(data_dir).display()
        );
    }
    if to.exists() && !force {
        bail!("{} already exists; choose another name, or add --force to replace it", to.display());
    }
    if to.is_dir() {
        bail!("{} is a directory; give a file name", to.display());
    }
    Ok(())
}

/// Checks that `data_dir` holds a database before `backup` or `restore` touches it.
pub fn check_database(data_dir: &Path) -> Result<()> {
    if !data_dir.is_dir() {
        bail!(
            "the data directory {} does not exist (check --data-dir / UPBACK_DATA_DIR)",
            data_dir.display()
        );
    }
    if !SledStore::exists_in(data_dir) {
        bail!("{} holds no upback database (check --data-dir / UPBACK_DATA_DIR)", data_dir.display());
    }
    Ok(())
}

/// Writes a verified backup of `store` to `to`.
pub fn write(store: &impl Store, to: &Path, now: DateTime<Utc>) -> Result<u64> {
    upback_core::store::write_backup(store, to, now)
        .with_context(|| format!("the backup to {} failed", to.display()))
}

/// Checks a whole backup file without restoring it.
pub fn verify(from: &Path) -> Result<backup::Verified> {
    let file = std::fs::File::open(from).with_context(|| format!("cannot read {}", from.display()))?;
    backup::read(std::io::BufReader::new(file), |_| Ok(()))
        .with_context(|| format!("{} cannot be restored; nothing was changed", from.display()))
}

/// Loads `from` into an empty shared database (moving a club from sled to Postgres, or a
/// new Postgres). The backup is verified whole before anything is written, and a database
/// that already holds records is refused: a merge of two clubs' records is no restore.
pub fn restore_into(store: &impl Store, from: &Path) -> Result<u64> {
    let verified = verify(from)?;
    let mut there = 0u64;
    store.export(&mut |_| {
        there += 1;
        Ok(())
    })?;
    if there > 0 {
        bail!("the database already holds {}; restore into an empty one", records(there));
    }
    let file = std::fs::File::open(from).with_context(|| format!("cannot read {}", from.display()))?;
    let read = backup::read(std::io::BufReader::new(file), |r| Ok(store.import(r)?))?;
    store.sync()?;
    if read.records != verified.records {
        bail!("the backup changed while it was read: {} records, then {}", verified.records, read.records);
    }
    Ok(read.records)
}

/// Restores `from` as the database of `data_dir`. The backup is verified whole first; the
/// new database is built beside the old and swapped in only when complete; the old one (and
/// its automatic backups) is kept aside as `<data-dir>.before-restore-<time>`. A directory
/// with no database is refused unless `new` (restoring onto a fresh machine).
pub fn restore(
    data_dir: &Path,
    from: &Path,
    new: bool,
    now: DateTime<Utc>,
) -> Result<(u64, Option<PathBuf>)> {
    let has_database = SledStore::exists_in(data_dir);
    if !has_database && !new {
        bail!(
            "{} holds no upback database to replace (check --data-dir); to restore into a new directory, add --new",
            data_dir.display()
        );
    }
    if has_database && new {
        bail!(
            "{} already holds a database; leave out --new to replace it (the one it replaces is kept aside)",
            data_dir.display()
        );
    }
    if !has_database && data_dir.read_dir().is_ok_and(|mut d| d.next().is_some()) {
        bail!(
            "{} is not empty and holds no upback database; restore into an empty directory",
            data_dir.display()
        );
    }
    let verified = verify(from)?;
    if has_database {
        // Refused while a bot has it open: its writes would be lost with the swap. A damaged
        // one is what a restore is for.
        match SledStore::open_existing(data_dir) {
            Ok(store) => drop(store),
            Err(StoreError::Corrupt(_) | StoreError::Damaged { .. }) => {}
            Err(e) => bail!(explain(data_dir, &e)),
        }
    }
    let name =
        data_dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "data".into());
    let parent = data_dir.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let building = parent.join(format!(".{name}.restoring"));
    if building.exists() {
        std::fs::remove_dir_all(&building)
            .with_context(|| format!("cannot clear an unfinished restore in {}", building.display()))?;
    }
    let restored = (|| -> Result<u64> {
        let store = SledStore::open(&building).map_err(|e| anyhow::anyhow!(explain(&building, &e)))?;
        let file = std::fs::File::open(from).with_context(|| format!("cannot read {}", from.display()))?;
        let read = backup::read(std::io::BufReader::new(file), |r| Ok(store.import(r)?))?;
        store.sync()?;
        let mut again = 0u64;
        store.export(&mut |_| {
            again += 1;
            Ok(())
        })?;
        if again != read.records || read.records != verified.records {
            bail!("the restored database holds {} of the backup's {}", records(again), read.records);
        }
        Ok(read.records)
    })();
    let records = match restored {
        Ok(n) => n,
        Err(e) => {
            let _ = std::fs::remove_dir_all(&building);
            return Err(e.context("the restore failed; the data directory was not changed"));
        }
    };
    let mut kept = None;
    if data_dir.exists() {
        let aside = parent.join(format!("{name}.before-restore-{}", now.format("%Y%m%dT%H%M%S")));
        // The automatic backups stay with the data directory.
        let backups = folder(data_dir);
        if backups.is_dir() {
            std::fs::rename(&backups, folder(&building)).context("cannot move the automatic backups over")?;
        }
        std::fs::rename(data_dir, &aside)
            .with_context(|| format!("cannot move the old database aside to {}", aside.display()))?;
        kept = Some(aside);
    }
    std::fs::rename(&building, data_dir)
        .with_context(|| format!("cannot move the restored database into {}", data_dir.display()))?;
    std::fs::File::open(parent).and_then(|d| d.sync_all()).ok();
    Ok((records, kept))
}

/// Writes an automatic backup now and keeps only the newest `keep`.
pub fn automatic(store: &impl Store, data_dir: &Path, now: DateTime<Utc>, keep: usize) -> Result<PathBuf> {
    let path = folder(data_dir).join(format!("upback-{}.backup", now.format("%Y-%m-%dT%H%M%SZ")));
    write(store, &path, now)?;
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder(data_dir))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("upback-20") && n.ends_with(".backup"))
        })
        .collect();
    files.sort();
    let excess = files.len().saturating_sub(keep.max(1));
    for old in &files[..excess] {
        if let Err(e) = std::fs::remove_file(old) {
            tracing::warn!(file = %old.display(), error = %e, "could not remove an old automatic backup");
        }
    }
    Ok(path)
}

/// When the newest automatic backup was written, from its name.
fn newest_automatic(data_dir: &Path) -> Option<DateTime<Utc>> {
    std::fs::read_dir(folder(data_dir))
        .ok()?
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().into_string().ok()?;
            let stamp = name.strip_prefix("upback-")?.strip_suffix("Z.backup")?;
            chrono::NaiveDateTime::parse_from_str(stamp, "%Y-%m-%dT%H%M%S").ok().map(|t| t.and_utc())
        })
        .max()
}

pub struct Running {
    stop: Arc<Notify>,
    task: JoinHandle<()>,
    latest: tokio::sync::watch::Receiver<Option<PathBuf>>,
}

impl Running {
    /// The automatic backup written last by this run, as it changes.
    pub fn latest(&self) -> tokio::sync::watch::Receiver<Option<PathBuf>> {
        self.latest.clone()
    }

    pub async fn stop(self) {
        self.stop.notify_one();
        let _ = self.task.await;
    }
}

/// Writes an automatic backup every `every` (the first one at once if the newest is older),
/// off the async workers. A failure is logged and tried again at the next time.
pub fn start(
    engine: Arc<Engine<Db>>,
    data_dir: PathBuf,
    clock: Arc<dyn Clock>,
    every: chrono::Duration,
    keep: usize,
) -> Running {
    let stop = Arc::new(Notify::new());
    let stopping = stop.clone();
    let (written, latest) = tokio::sync::watch::channel(None);
    let task = tokio::spawn(async move {
        loop {
            let due = newest_automatic(&data_dir).map_or(clock.now(), |last| last + every);
            tokio::select! {
                _ = clock.sleep_until(due) => {}
                _ = stopping.notified() => return,
            }
            let (engine, dir, now) = (engine.clone(), data_dir.clone(), clock.now());
            match tokio::task::spawn_blocking(move || automatic(engine.store(), &dir, now, keep)).await {
                Ok(Ok(path)) => {
                    tracing::info!(file = %path.display(), "automatic backup written");
                    written.send_replace(Some(path));
                }
                Ok(Err(e)) => {
                    tracing::error!(error = %format!("{e:#}"), "the automatic backup failed; trying again later");
                    tokio::select! {
                        _ = clock.sleep_until(clock.now() + chrono::Duration::minutes(10)) => {}
                        _ = stopping.notified() => return,
                    }
                }
                Err(e) => tracing::error!(error = %e, "the automatic backup task failed"),
            }
        }
    });
    Running { stop, task, latest }
}

/// "1 record", "2 records".
fn records(n: impl Into<u64>) -> String {
    let n = n.into();
    if n == 1 {
        "1 record".to_string()
    } else {
        format!("{n} records")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::ManualClock;
    use upback_core::input::{ChatKind, Input, Platform, Role, Who};

    fn at(day: u32) -> DateTime<Utc> {
        chrono::TimeZone::with_ymd_and_hms(&Utc, 2026, 3, day, 3, 0, 0).single().expect("a time")
    }

    #[tokio::test]
    async fn a_backup_at_start_then_one_a_day_and_only_the_newest_seven_are_kept() {
        let dir = tempfile::tempdir().expect("dir");
        let store: Db = Arc::new(SledStore::open(dir.path()).expect("store"));
        let engine = Arc::new(Engine::built_in(store).expect("engine"));
        let ana = Who {
            platform: Platform::Telegram,
            user_id: "7".into(),
            chat_id: "7".into(),
            locale: None,
            role: Role::Member,
            chat: ChatKind::Private,
            name: None,
        };
        engine.handle(&ana, Input::Text("/start".into()), at(1));
        let clock = Arc::new(ManualClock::new(at(1)));
        let running =
            start(engine.clone(), dir.path().to_path_buf(), clock.clone(), chrono::Duration::days(1), 7);
        let mut written_now = running.latest();
        let first = written_now.wait_for(Option::is_some).await.expect("written").clone().expect("a file");
        assert_eq!(
            super::latest(dir.path()).as_deref(),
            Some(first.as_path()),
            "at start, as none was there"
        );
        assert!(verify(&first).expect("a whole backup").records > 0, "it holds the runner's session");
        for day in 2..=10 {
            clock.set(at(day));
            let name = format!("upback-2026-03-{day:02}T030000Z.backup");
            let written = written_now
                .wait_for(|p| p.as_ref().is_some_and(|p| p.ends_with(&name)))
                .await
                .expect("written")
                .clone()
                .expect("a file");
            assert_eq!(super::latest(dir.path()), Some(written));
        }
        running.stop().await;
        let mut kept: Vec<String> = std::fs::read_dir(folder(dir.path()))
            .expect("folder")
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        kept.sort();
        let expected: Vec<String> =
            (4..=10).map(|d| format!("upback-2026-03-{d:02}T030000Z.backup")).collect();
        assert_eq!(kept, expected, "the newest seven");
        for name in kept {
            verify(&folder(dir.path()).join(name)).expect("each one whole");
        }
    }
}
