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

/// The data directory's backups, newest first.
fn newest_first(data_dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder(data_dir))
        .map(|d| {
            d.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "backup")).collect()
        })
        .unwrap_or_default();
    files.sort_by_key(|p| std::cmp::Reverse(written_at(p)));
    files
}

/// The newest backup in the data directory's backups folder that reads back whole, checked
/// as `upback restore` checks it (a file cut short or damaged would be refused there), and
/// the newer ones that do not.
pub fn latest_whole(data_dir: &Path) -> (Option<PathBuf>, Vec<PathBuf>) {
    let mut broken = Vec::new();
    for file in newest_first(data_dir) {
        if verify(&file).is_ok() {
            return (Some(file), broken);
        }
        broken.push(file);
    }
    (None, broken)
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

/// What to do about a database that is damaged: the exact command, with the newest backup
/// that a restore would take (never one it would refuse).
pub fn restore_hint(data_dir: &Path) -> String {
    let (whole, broken) = latest_whole(data_dir);
    let broken_names = || {
        broken
            .iter()
            .map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default())
            .collect::<Vec<_>>()
            .join(", ")
    };
    match whole {
        Some(file) if broken.is_empty() => format!(
            "restore the latest backup with: upback restore --data-dir {} --from {}",
            data_dir.display(),
            file.display()
        ),
        Some(file) => format!(
            "restore the newest backup that reads back whole with: upback restore --data-dir {} --from {} \
             (the newer {} cannot be restored: {})",
            data_dir.display(),
            file.display(),
            if broken.len() == 1 { "one" } else { "ones" },
            broken_names()
        ),
        None if !broken.is_empty() => format!(
            "none of the backups in {} reads back whole ({}: cut short or damaged); restore one you copied \
             elsewhere with: upback restore --data-dir {} --from <file>",
            folder(data_dir).display(),
            broken_names(),
            data_dir.display()
        ),
        None => format!(
            "there is no automatic backup in {} yet; restore one you made with: upback restore --data-dir {} \
             --from <file>",
            folder(data_dir).display(),
            data_dir.display()
        ),
    }
}

/// Whether a file can be made in `dir` (its own permission, not its database files').
fn writable(dir: &Path) -> bool {
    let probe = dir.join(".upback-write-test");
    let made = std::fs::OpenOptions::new().write(true).create_new(true).open(&probe).is_ok();
    if made {
        let _ = std::fs::remove_file(&probe);
    }
    made
}

/// One line that says why the database in `dir` cannot be opened, and what to do.
pub fn explain(dir: &Path, e: &StoreError) -> String {
    let d = dir.display();
    match e {
        StoreError::Locked => format!(
            "the database in {d} is in use by another upback; stop it first (a running `upback serve` can still be backed up: `upback backup`)"
        ),
        StoreError::ReadOnly => format!("the database in {d} is on a read-only file system; mount it writable"),
        StoreError::PermissionDenied(_) if dir.is_dir() && !writable(dir) => format!(
            "no permission to write in the directory {d} itself; run as its owner, or give the user upback runs \
             as write permission on it"
        ),
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
    if let Some(aside) = unfinished_restore(dir) {
        anyhow::bail!(
            "a restore into {} stopped half-way (the database it replaces is kept in {}); upback will not start \
             on half a database: run the same upback restore again",
            dir.display(),
            aside.display()
        );
    }
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
    let Ok(there) = std::fs::symlink_metadata(to) else { return Ok(()) };
    if there.is_dir() {
        bail!("{} is a directory; give a file name", to.display());
    }
    if !there.file_type().is_file() {
        // --force replaces a backup written before, never a device, a socket or a link.
        bail!(
            "{} is {}, not a regular file; upback replaces only a file it could have written: choose another name",
            to.display(),
            kind_of(&there)
        );
    }
    if !force {
        bail!("{} already exists; choose another name, or add --force to replace it", to.display());
    }
    Ok(())
}

/// What a file system entry is, in words.
fn kind_of(meta: &std::fs::Metadata) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    let t = meta.file_type();
    if t.is_symlink() {
        "a symbolic link"
    } else if t.is_socket() {
        "a socket"
    } else if t.is_block_device() || t.is_char_device() {
        "a device"
    } else if t.is_fifo() {
        "a named pipe"
    } else if t.is_dir() {
        "a directory"
    } else {
        "a file"
    }
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

/// What a restore did, for the line that tells the operator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Restored {
    /// Into a directory that held no database (`--new`).
    New { records: u64 },
    /// Over a database, which is kept at `kept`.
    Replaced { records: u64, kept: PathBuf },
}

/// Marks a data directory whose contents are being swapped (see [`swap_contents`]); holds
/// where the database it replaces is kept.
const UNFINISHED: &str = ".restore-unfinished";

/// Where the database an in-place restore replaced is kept, when that restore stopped
/// half-way: the directory holds part of each, and must not be opened.
fn unfinished_restore(data_dir: &Path) -> Option<PathBuf> {
    std::fs::read_to_string(data_dir.join(UNFINISHED)).ok().map(|aside| PathBuf::from(aside.trim()))
}

/// Restores `from` as the database of `data_dir`. The backup is verified whole first; the
/// new database is built beside the old and swapped in only when complete; the old one (and
/// its automatic backups) is kept aside as `<data-dir>.before-restore-<time>`. A directory
/// with no database is refused unless `new` (restoring onto a fresh machine).
///
/// A data directory that cannot be renamed (a mount point: a Docker volume, where rename says
/// EBUSY; or one whose parent upback may not write) is restored into instead: the database
/// is built inside it, the old one's files move into `<data-dir>/before-restore-<time>`, and
/// the new one's take their place.
pub fn restore(data_dir: &Path, from: &Path, new: bool, now: DateTime<Utc>) -> Result<Restored> {
    restore_with(data_dir, from, new, now, &|a, b| std::fs::rename(a, b))
}

/// [`restore`], moving files with `rename` (a test makes it fail as a mount point does).
fn restore_with(
    data_dir: &Path,
    from: &Path,
    new: bool,
    now: DateTime<Utc>,
    rename: &dyn Fn(&Path, &Path) -> std::io::Result<()>,
) -> Result<Restored> {
    if let Ok(there) = std::fs::symlink_metadata(data_dir) {
        if !there.is_dir() {
            bail!(
                "{} is {}, not a data directory; upback restores only into a directory (check --data-dir)",
                data_dir.display(),
                kind_of(&there)
            );
        }
    }
    let half_done = unfinished_restore(data_dir).is_some();
    let has_database = SledStore::exists_in(data_dir) || half_done;
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
    if has_database && !half_done {
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
    let stamp = now.format("%Y%m%dT%H%M%S");
    // A mount point cannot be renamed, and a database built on another file system could not
    // be moved into it: build inside it. So too where the parent is not ours to write in.
    let in_place = data_dir.exists() && (mount_point(data_dir, parent) || !writable(parent));
    let building =
        if in_place { data_dir.join(".restoring") } else { parent.join(format!(".{name}.restoring")) };
    if building.exists() {
        std::fs::remove_dir_all(&building)
            .with_context(|| format!("cannot clear an unfinished restore in {}", building.display()))?;
    }
    std::fs::create_dir_all(&building).with_context(|| {
        format!(
            "cannot build the restored database in {}: no room or no permission in the directory {}",
            building.display(),
            building.parent().unwrap_or(parent).display()
        )
    })?;
    let restored = build(&building, from, verified.records);
    let records = match restored {
        Ok(n) => n,
        Err(e) => {
            let _ = std::fs::remove_dir_all(&building);
            return Err(e.context("the restore failed; the data directory was not changed"));
        }
    };
    let kept = if in_place {
        swap_contents(data_dir, &building, has_database, &stamp.to_string(), rename)?
    } else {
        swap_directories(data_dir, parent, &name, &building, has_database, &stamp.to_string(), rename)?
    };
    std::fs::File::open(parent).and_then(|d| d.sync_all()).ok();
    Ok(match kept {
        Some(kept) => Restored::Replaced { records, kept },
        None => Restored::New { records },
    })
}

/// Loads the backup into a new database at `building`, and checks it holds every record.
fn build(building: &Path, from: &Path, expected: u64) -> Result<u64> {
    let store = SledStore::open(building).map_err(|e| anyhow::anyhow!(explain(building, &e)))?;
    let file = std::fs::File::open(from).with_context(|| format!("cannot read {}", from.display()))?;
    let read = backup::read(std::io::BufReader::new(file), |r| Ok(store.import(r)?))?;
    store.sync()?;
    let mut again = 0u64;
    store.export(&mut |_| {
        again += 1;
        Ok(())
    })?;
    if again != read.records || read.records != expected {
        bail!("the restored database holds {} of the backup's {}", records(again), read.records);
    }
    Ok(read.records)
}

/// Whether `dir` is a mount point: on another device than its parent.
fn mount_point(dir: &Path, parent: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (std::fs::metadata(dir), std::fs::metadata(parent)) {
        (Ok(d), Ok(p)) => d.dev() != p.dev(),
        _ => false,
    }
}

/// Whether a rename failed because the directory cannot be renamed where it is (a mount
/// point, or another file system), rather than for a reason worth saying.
fn cannot_rename(e: &std::io::Error) -> bool {
    matches!(e.raw_os_error(), Some(libc::EBUSY | libc::EXDEV | libc::EPERM | libc::EACCES))
}

/// The usual swap: the data directory moves aside whole, and the restored one takes its
/// name; the automatic backups move over. Falls back to [`swap_contents`] when the data
/// directory cannot be renamed after all (a bind mount on the same file system).
fn swap_directories(
    data_dir: &Path,
    parent: &Path,
    name: &str,
    building: &Path,
    has_database: bool,
    stamp: &str,
    rename: &dyn Fn(&Path, &Path) -> std::io::Result<()>,
) -> Result<Option<PathBuf>> {
    let mut kept = None;
    if data_dir.exists() {
        if has_database {
            let aside = parent.join(format!("{name}.before-restore-{stamp}"));
            // The automatic backups stay with the data directory.
            let backups = folder(data_dir);
            let moved = backups.is_dir();
            if moved {
                rename(&backups, &folder(building)).context("cannot move the automatic backups over")?;
            }
            match rename(data_dir, &aside) {
                Ok(()) => kept = Some(aside),
                Err(e) if cannot_rename(&e) => {
                    if moved {
                        rename(&folder(building), &backups)
                            .context("cannot move the automatic backups back")?;
                    }
                    return swap_contents(data_dir, building, has_database, stamp, rename);
                }
                Err(e) => {
                    return Err(anyhow::Error::new(e)
                        .context(format!("cannot move the old database aside to {}", aside.display())))
                }
            }
        } else if let Err(e) = std::fs::remove_dir(data_dir) {
            // An empty directory that cannot go (a mount point): restore into it.
            if cannot_rename(&e) {
                return swap_contents(data_dir, building, has_database, stamp, rename);
            }
            return Err(
                anyhow::Error::new(e).context(format!("cannot replace the empty {}", data_dir.display()))
            );
        }
    }
    rename(building, data_dir)
        .with_context(|| format!("cannot move the restored database into {}", data_dir.display()))?;
    Ok(kept)
}

/// The swap for a data directory that stays where it is: its entries (all but the automatic
/// backups and earlier restores' leftovers) move into `<data-dir>/before-restore-<time>`,
/// then the restored database's move in, each a rename within one file system. A marker
/// says a swap is under way until it is done, so a stop half-way is never opened as a
/// database, and running the restore again finishes it.
fn swap_contents(
    data_dir: &Path,
    building: &Path,
    has_database: bool,
    stamp: &str,
    rename: &dyn Fn(&Path, &Path) -> std::io::Result<()>,
) -> Result<Option<PathBuf>> {
    let aside = data_dir.join(format!("before-restore-{stamp}"));
    let marker = data_dir.join(UNFINISHED);
    let in_dir = |what: &str| format!("cannot restore into {}: {what}", data_dir.display());
    // A building place outside the data directory is moved into it first (one file system:
    // the rename that failed was the data directory's own).
    let inside = data_dir.join(".restoring");
    if building != inside {
        if inside.exists() {
            std::fs::remove_dir_all(&inside)
                .with_context(|| in_dir("an earlier restore's leftovers stay"))?;
        }
        rename(building, &inside).with_context(|| in_dir("the restored database cannot be moved in"))?;
    }
    let keep = |n: &std::ffi::OsStr| {
        let n = n.to_string_lossy();
        n == backup::DIR || n == ".restoring" || n == UNFINISHED || n.starts_with("before-restore-")
    };
    if has_database {
        std::fs::write(&marker, aside.display().to_string())
            .with_context(|| in_dir("no marker can be written"))?;
        std::fs::File::open(&marker).and_then(|f| f.sync_all()).ok();
        std::fs::create_dir_all(&aside).with_context(|| in_dir("the old database cannot be kept aside"))?;
        for entry in std::fs::read_dir(data_dir)?.flatten() {
            if !keep(&entry.file_name()) {
                rename(&entry.path(), &aside.join(entry.file_name()))
                    .with_context(|| in_dir("the old database cannot be moved aside"))?;
            }
        }
    }
    for entry in std::fs::read_dir(&inside)?.flatten() {
        rename(&entry.path(), &data_dir.join(entry.file_name()))
            .with_context(|| in_dir("the restored database cannot be moved into place"))?;
    }
    std::fs::remove_dir(&inside).ok();
    std::fs::File::open(data_dir).and_then(|d| d.sync_all()).ok();
    if has_database {
        std::fs::remove_file(&marker).with_context(|| in_dir("its marker cannot be removed"))?;
        std::fs::File::open(data_dir).and_then(|d| d.sync_all()).ok();
        return Ok(Some(aside));
    }
    Ok(None)
}

/// Writes an automatic backup now and keeps only the newest `keep`, but for one rule: a
/// backup with no record never rotates out one that has some. An empty database where the
/// backups before held a club is what a lost or emptied data directory looks like (a volume
/// not mounted, files deleted), and a week of such backups would leave nothing to restore:
/// the good ones are kept, and the log says so loudly every time.
pub fn automatic(store: &impl Store, data_dir: &Path, now: DateTime<Utc>, keep: usize) -> Result<PathBuf> {
    let path = folder(data_dir).join(format!("upback-{}.backup", now.format("%Y-%m-%dT%H%M%SZ")));
    let written = write(store, &path, now)?;
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
    let holds_records = |p: &Path| verify(p).is_ok_and(|v| v.records > 0);
    if written == 0 {
        if let Some(before) = files.iter().rev().find(|p| **p != path).filter(|p| holds_records(p)) {
            tracing::error!(
                file = %path.display(),
                earlier = %before.display(),
                "THE DATABASE IS EMPTY, but the backup before this one holds records: was the data directory \
                 lost, emptied or not mounted? No backup with records is rotated out while this lasts; restore \
                 with: upback restore --data-dir {} --from {}",
                data_dir.display(),
                before.display()
            );
        }
    }
    let excess = files.len().saturating_sub(keep.max(1));
    for old in &files[..excess] {
        if written == 0 && holds_records(old) {
            continue;
        }
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
            newest_first(dir.path()).first().map(PathBuf::as_path),
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
            assert_eq!(newest_first(dir.path()).first(), Some(&written));
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

    /// A sled database in `dir` holding `n` check-ins of runner `who`.
    fn database(dir: &Path, who: &str, n: i64) {
        use upback_core::{
            history::{CheckinKind, CheckinRecord, Entry},
            input::UserKey,
            store::Change,
        };
        let store = SledStore::open(dir).expect("store");
        let append = (0..n)
            .map(|d| {
                Entry::Checkin(CheckinRecord {
                    at: at(1) + chrono::Duration::days(d),
                    severity: Some(3),
                    after_run: Some(true),
                    kind: CheckinKind::Feeling,
                })
            })
            .collect();
        store.commit(&UserKey::new("telegram", who), Change { append, ..Change::none() }).expect("stored");
        store.sync().expect("synced");
    }

    /// The users whose records the database in `dir` holds.
    fn users(dir: &Path) -> std::collections::BTreeSet<String> {
        let store = SledStore::open(dir).expect("opens");
        let mut seen = std::collections::BTreeSet::new();
        store
            .export(&mut |r| {
                if let backup::Record::Entry { user, .. } = r {
                    seen.insert(user);
                }
                Ok(())
            })
            .expect("reads");
        seen
    }

    #[test]
    fn a_data_directory_that_cannot_be_renamed_is_restored_into_where_it_is() {
        let root = tempfile::tempdir().expect("dir");
        let (club, data) = (root.path().join("club"), root.path().join("data"));
        database(&club, "ana", 2);
        let from = root.path().join("club.backup");
        write(&SledStore::open(&club).expect("open"), &from, at(2)).expect("backup");
        database(&data, "bea", 1);
        std::fs::create_dir_all(folder(&data)).expect("backups folder");
        std::fs::write(folder(&data).join("upback-2026-03-01T030000Z.backup"), "kept").expect("a backup");
        // What a Docker volume's mount point answers to a rename of itself.
        let busy = |a: &Path, b: &Path| {
            if a == data {
                Err(std::io::Error::from_raw_os_error(libc::EBUSY))
            } else {
                std::fs::rename(a, b)
            }
        };
        let restored = restore_with(&data, &from, false, at(3), &busy).expect("restored where it is");
        let Restored::Replaced { records, kept } = restored else { panic!("it replaced a database") };
        assert!(records > 0);
        assert!(kept.starts_with(&data), "kept inside the directory that could not move: {}", kept.display());
        assert_eq!(users(&data), ["telegram:ana".to_string()].into(), "the backup's runner");
        assert_eq!(users(&kept), ["telegram:bea".to_string()].into(), "the replaced database, whole");
        let automatic = folder(&data).join("upback-2026-03-01T030000Z.backup");
        assert!(automatic.is_file(), "the automatic backups stay where they were");
        assert!(
            !data.join(".restoring").exists() && unfinished_restore(&data).is_none(),
            "nothing left over"
        );
        assert!(!root.path().join(".data.restoring").exists());
        assert!(open(&data, 1 << 20, Durability::Disk).is_ok(), "the bot starts on it");
    }

    #[test]
    fn a_restore_stopped_half_way_in_place_is_never_opened_as_a_database() {
        let dir = tempfile::tempdir().expect("dir");
        std::fs::write(dir.path().join(UNFINISHED), "/data/before-restore-x").expect("marker");
        let said =
            open(dir.path(), 1 << 20, Durability::Disk).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(said.contains("stopped half-way") && said.contains("restore again"), "{said}");
    }

    #[test]
    fn force_never_replaces_a_socket_or_a_link_and_restore_no_socket() {
        let root = tempfile::tempdir().expect("dir");
        let data = root.path().join("data");
        let socket = root.path().join("sock");
        let _listening = std::os::unix::net::UnixListener::bind(&socket).expect("a socket");
        let said = check_target(&data, &socket, true).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(said.contains("a socket, not a regular file"), "{said}");
        assert!(socket.exists(), "left alone");
        let link = root.path().join("link");
        std::os::unix::fs::symlink("/dev/null", &link).expect("a link");
        let said = check_target(&data, &link, true).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(said.contains("a symbolic link"), "{said}");
        let file = root.path().join("old.backup");
        std::fs::write(&file, "x").expect("a file");
        assert!(check_target(&data, &file, true).is_ok(), "--force replaces a file");
        assert!(check_target(&data, &file, false).is_err(), "but only with --force");
        let said = restore(&socket, &file, true, at(1)).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(said.contains("a socket, not a data directory"), "{said}");
        assert!(socket.exists(), "left alone");
    }

    #[test]
    fn restoring_into_an_empty_directory_says_it_made_a_new_database() {
        let root = tempfile::tempdir().expect("dir");
        let club = root.path().join("club");
        database(&club, "ana", 1);
        let from = root.path().join("club.backup");
        write(&SledStore::open(&club).expect("open"), &from, at(2)).expect("backup");
        let empty = root.path().join("empty");
        std::fs::create_dir(&empty).expect("dir");
        assert!(matches!(restore(&empty, &from, true, at(3)), Ok(Restored::New { .. })));
        assert_eq!(users(&empty), ["telegram:ana".to_string()].into());
        let leftovers: Vec<_> = std::fs::read_dir(root.path())
            .expect("dir")
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.contains("before-restore") || n.contains("restoring"))
            .collect();
        assert!(leftovers.is_empty(), "nothing was replaced, so nothing kept aside: {leftovers:?}");
    }

    #[test]
    fn the_damage_advice_names_the_newest_backup_that_reads_back_whole() {
        let root = tempfile::tempdir().expect("dir");
        let data = root.path().join("data");
        database(&data, "ana", 1);
        let good = folder(&data).join("upback-2026-03-01T030000Z.backup");
        write(&SledStore::open(&data).expect("open"), &good, at(1)).expect("backup");
        let whole = std::fs::read_to_string(&good).expect("read");
        let cut = folder(&data).join("upback-2026-03-02T030000Z.backup");
        std::fs::write(&cut, &whole[..whole.len() / 2]).expect("a backup cut short");
        let hint = restore_hint(&data);
        assert!(hint.contains(&good.display().to_string()), "{hint}");
        assert!(
            hint.contains("upback-2026-03-02T030000Z.backup") && hint.contains("cannot be restored"),
            "{hint}"
        );
        std::fs::write(&good, "{}").expect("damaged too");
        let hint = restore_hint(&data);
        assert!(hint.starts_with("none of the backups") && !hint.contains("--from /"), "{hint}");
    }

    #[test]
    fn an_empty_database_never_rotates_out_backups_that_hold_records() {
        let root = tempfile::tempdir().expect("dir");
        let data = root.path().join("data");
        database(&data, "ana", 1);
        for day in 1..=3 {
            automatic(&SledStore::open(&data).expect("open"), &data, at(day), 3).expect("written");
        }
        // The volume came back empty: the same directory, no records.
        let emptied = root.path().join("emptied");
        std::fs::create_dir_all(&emptied).expect("dir");
        std::fs::rename(folder(&data), folder(&emptied)).expect("the backups stay");
        let empty = SledStore::open(&emptied).expect("an empty database");
        for day in 4..=9 {
            automatic(&empty, &emptied, at(day), 3).expect("written");
        }
        let with_records =
            newest_first(&emptied).into_iter().filter(|p| verify(p).is_ok_and(|v| v.records > 0));
        assert_eq!(with_records.count(), 3, "every backup with records is still there");
        drop(empty);
        database(&emptied, "bea", 1);
        let refilled = SledStore::open(&emptied).expect("open");
        automatic(&refilled, &emptied, at(10), 3).expect("written");
        assert_eq!(newest_first(&emptied).len(), 3, "with records again, the oldest rotate out as before");
    }
}
