//! The journal: every write to the database, in the order it was made, appended to a file of
//! its own before sled is touched, and synced once for all the commits that arrive together.
//!
//! sled's own flush costs several times a bare sync (it seals and writes its buffers through
//! its own threads), and every acknowledged commit used to wait for one. Now a commit is
//! acknowledged once its journal record is synced; sled is flushed only at a checkpoint,
//! when the journal has grown past [`CHECKPOINT_BYTES`] and when the store closes. An open
//! replays what the journal holds past sled's last checkpoint: writes are whole values, so
//! replaying them over a database that already has some of them ends in the same place.
//!
//! The file is made of records, each `UPBJ`, the payload's length, its number, a CRC-32 of
//! all three and the payload, padded to 8 bytes. After a checkpoint the file is written
//! again from the start; what lies past the newest record is older records (lower numbers)
//! or zeros. A record that does not read back is the end of the journal, unless a readable
//! record with a higher number follows it: then something in the middle was damaged, and
//! the open refuses instead of carrying on without it.
//!
//! The file grows in zero-filled, synced steps, so that a sync after a write has no file
//! size to record and costs what the disk's write costs.
//!
//! Where the file system takes direct writes, a sync does not sync the file: it writes what
//! the journal gained since the last sync into a copy of its own, straight to the disk (see
//! [`super::direct`]), and an open reads both. Elsewhere a sync makes the file's own pages
//! durable.
//!
//! The journal keeps in memory what it wrote since its last good sync: the copy is written
//! from it, and without a copy a failed sync needs it. Such a failure may leave the kernel
//! holding the pages it could not write as if they were clean (Linux does), so the next sync
//! would succeed without writing them and acknowledge commits that are not on the disk; the
//! journal therefore writes it all again before it syncs again.

use super::direct::{self, Aligned};
use super::side_file::write_at;
use super::side_file::Durability;
use std::{
    fs::File,
    path::{Path, PathBuf},
    sync::atomic::{AtomicU64, Ordering},
};

use parking_lot::{Mutex, MutexGuard};

use crate::store::StoreError;

/// Past this many bytes of journal, the next sync checkpoints (flushes sled) and the
/// journal starts again from the beginning.
pub const CHECKPOINT_BYTES: u64 = 16 * 1024 * 1024;
/// The file grows by this much at a time, zero-filled and synced.
const GROW_BYTES: u64 = 256 * 1024;
const MAGIC: &[u8; 4] = b"UPBJ";
/// Magic, length, number, CRC and four bytes of padding.
const HEADER: usize = 24;
/// No single write is larger (a guard against a damaged length field).
const MAX_PAYLOAD: usize = 256 * 1024 * 1024;

/// One write: in tree `tree` (a stable number, see the store's `TreeId`), `key` takes
/// `value`, or is removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Op {
    pub tree: u8,
    pub key: Vec<u8>,
    pub value: Option<Vec<u8>>,
}

/// One commit as the journal holds it.
#[derive(Debug, PartialEq, Eq)]
pub struct Entry {
    pub seq: u64,
    pub ops: Vec<Op>,
}

/// Where the next record goes, and its number; held while a write is made, so that the
/// journal's order is the order in which sled saw the writes.
pub struct Tail {
    seq: u64,
    pos: u64,
    allocated: u64,
    /// The copy as the open found it, until it is made ready: its length, and where its last
    /// page starts with what that page holds.
    unready: Option<(u64, u64, Vec<u8>)>,
}

pub struct Journal {
    file: Option<File>,
    /// The durable copy, where the file system takes direct writes: what a sync writes once
    /// the open has made it ready ([`TailGuard::ready`]) and found that it takes them.
    copy: Option<File>,
    copying: std::sync::atomic::AtomicBool,
    durability: Durability,
    /// Held by every write for the 10-20 µs it takes to gather, append and apply it (and by
    /// a checkpoint while sled flushes). A
    /// `parking_lot` lock: it spins and yields a while before it sleeps, where the standard
    /// one sleeps almost at once; four users writing on two cores then hand it over without
    /// waking sleepers on the other core (on a VM that costs tens of µs each). Measured with
    /// the database on tmpfs, where a sync costs nothing: four users' 24,000-27,500 steps a
    /// second became 29,200-31,000.
    tail: Mutex<Tail>,
    /// The number of the last record written to the file (not yet necessarily synced).
    appended: AtomicU64,
    /// Bytes since the last checkpoint (the tail's, readable without it).
    length: AtomicU64,
    /// What was written since the last good sync, taken after the tail (never before it).
    unsynced: Mutex<Unsynced>,
}

/// A copy of the records written since the last sync that succeeded, and where they start
/// (with a durable copy, from the start of the page the last sync ended in: the next direct
/// write begins there).
#[derive(Default)]
struct Unsynced {
    from: u64,
    bytes: Vec<u8>,
    /// Counts checkpoints: a sync that began before one does not trim the copy after it.
    restarts: u64,
    /// A sync failed: the copy is written again before the next one.
    rewrite: bool,
}

fn io(what: &str, e: std::io::Error) -> StoreError {
    StoreError::Backend(format!("the journal: {what}: {e}"))
}

fn padded(len: usize) -> usize {
    len.div_ceil(8) * 8
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_be_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
}

fn u64_at(bytes: &[u8], at: usize) -> Option<u64> {
    Some(u64::from_be_bytes(bytes.get(at..at + 8)?.try_into().ok()?))
}

fn crc(len: u32, seq: u64, payload: &[u8]) -> u32 {
    let mut h = crc32fast::Hasher::new();
    h.update(&len.to_be_bytes());
    h.update(&seq.to_be_bytes());
    h.update(payload);
    h.finalize()
}

/// The record at `at`, if one reads back whole: its number, its payload and where the next
/// one starts.
fn record_at(bytes: &[u8], at: usize) -> Option<(u64, &[u8], usize)> {
    if bytes.get(at..at + 4)? != MAGIC {
        return None;
    }
    let len = u32_at(bytes, at + 4)?;
    let seq = u64_at(bytes, at + 8)?;
    let check = u32_at(bytes, at + 16)?;
    let size = usize::try_from(len).ok().filter(|l| *l <= MAX_PAYLOAD)?;
    let payload = bytes.get(at + HEADER..at + HEADER + size)?;
    (crc(len, seq, payload) == check).then_some((seq, payload, at + HEADER + padded(size)))
}

/// One record, made in one buffer of its final size (a step's is about 1.5 KB: growing a
/// payload and copying it behind the header cost more than the rest).
pub(super) fn encode(seq: u64, ops: &[Op]) -> Vec<u8> {
    let size: usize =
        ops.iter().map(|op| 6 + op.key.len() + op.value.as_ref().map_or(0, |v| 4 + v.len())).sum();
    let mut out = Vec::with_capacity(HEADER + padded(size));
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&(size as u32).to_be_bytes());
    out.extend_from_slice(&seq.to_be_bytes());
    out.extend_from_slice(&[0; 8]); // the CRC, once the payload is in, and the padding
    for op in ops {
        out.push(op.tree);
        out.push(u8::from(op.value.is_some()));
        out.extend_from_slice(&(op.key.len() as u32).to_be_bytes());
        out.extend_from_slice(&op.key);
        if let Some(v) = &op.value {
            out.extend_from_slice(&(v.len() as u32).to_be_bytes());
            out.extend_from_slice(v);
        }
    }
    let check = crc(size as u32, seq, &out[HEADER..]);
    out[16..20].copy_from_slice(&check.to_be_bytes());
    out.resize(HEADER + padded(size), 0);
    out
}

fn decode(seq: u64, mut payload: &[u8]) -> Result<Entry, StoreError> {
    let bad = || StoreError::Corrupt(format!("journal record {seq} does not read back"));
    let take = |n: usize, payload: &mut &[u8]| -> Result<Vec<u8>, StoreError> {
        let (head, rest) = payload.split_at_checked(n).ok_or_else(bad)?;
        *payload = rest;
        Ok(head.to_vec())
    };
    let mut ops = Vec::new();
    while !payload.is_empty() {
        let head = take(2, &mut payload)?;
        let klen = u32::from_be_bytes(take(4, &mut payload)?.try_into().map_err(|_| bad())?);
        let key = take(klen as usize, &mut payload)?;
        let value = if head[1] == 1 {
            let vlen = u32::from_be_bytes(take(4, &mut payload)?.try_into().map_err(|_| bad())?);
            Some(take(vlen as usize, &mut payload)?)
        } else {
            None
        };
        ops.push(Op { tree: head[0], key, value });
    }
    Ok(Entry { seq, ops })
}

/// What a journal file holds: the run of consecutive records from its start, and the
/// highest number of a readable record past where the run stops (older records left by a
/// checkpoint, or, after damage or a torn write, newer ones that cannot be replayed).
pub struct Scan {
    pub entries: Vec<Entry>,
    pub stray: Option<u64>,
}

impl Scan {
    fn last(&self) -> Option<u64> {
        self.entries.last().map(|e| e.seq)
    }

    /// Of the journal and its copy, the one whose run goes further (the two hold the same
    /// records where both hold one: the journal all that was written before a kill, the copy
    /// all that was synced before a crash of the system); what lies past it in either is
    /// stray.
    fn or_longer(self, other: Scan) -> Scan {
        let (run, rest) = if other.last() > self.last() { (other, self) } else { (self, other) };
        let end = run.last();
        let stray =
            [run.stray, rest.stray, rest.last()].into_iter().flatten().filter(|s| Some(*s) > end).max();
        Scan { stray: stray.or(run.stray), entries: run.entries }
    }
}

/// Where the journal at `path` keeps its durable copy.
pub fn copy_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".direct");
    path.with_file_name(name)
}

/// Makes the journal file and its copy `length` bytes long (zero-filled and synced), the
/// copy by a direct write that also shows whether the file system takes them: from `at`,
/// the start of its last page, with what that page holds (`last`).
fn ready(file: &File, copy: &File, at: u64, last: &[u8], allocated: u64, length: u64) -> std::io::Result<()> {
    let mut bytes = last.to_vec();
    bytes.resize(usize::try_from(length - at).unwrap_or(0), 0);
    direct::write(copy, &Aligned::copy_of(&bytes), at)?;
    copy.sync_data()?;
    if allocated < length {
        write_at(file, &vec![0; usize::try_from(length - allocated).unwrap_or(0)], allocated)?;
        file.sync_data()?;
    }
    Ok(())
}

fn scan(bytes: &[u8]) -> Result<Scan, StoreError> {
    let mut entries: Vec<Entry> = Vec::new();
    let mut at = 0;
    while let Some((seq, payload, next)) = record_at(bytes, at) {
        if entries.last().is_some_and(|e| e.seq.checked_add(1) != Some(seq)) {
            break;
        }
        entries.push(decode(seq, payload)?);
        at = next;
    }
    let mut stray = None;
    let mut probe = at;
    while probe + HEADER <= bytes.len() {
        if let Some((seq, ..)) = record_at(bytes, probe) {
            stray = stray.max(Some(seq));
        }
        probe += 8;
    }
    Ok(Scan { entries, stray })
}

impl Journal {
    /// Opens (or creates) the journal at `path` and its durable copy (where the file system
    /// takes direct writes); returns it with what the two hold.
    pub fn open(path: &Path, durability: Durability) -> Result<(Self, Scan), StoreError> {
        Self::open_as(path, durability, true)
    }

    /// [`Self::open`], with a durable copy only if `copied` (a test's journal syncs its own
    /// pages without one).
    fn open_as(path: &Path, durability: Durability, copied: bool) -> Result<(Self, Scan), StoreError> {
        let (file, bytes) = super::side_file::open(path).map_err(|e| io("open", e))?;
        let mut found = scan(&bytes)?;
        let allocated = bytes.len() as u64;
        // Let go of before the copy is read: two files in memory at once would add as much
        // to the most memory upback ever holds.
        drop(bytes);
        let opened = if copied {
            direct::open(&copy_path(path), durability).map_err(|e| io("open its copy", e))?
        } else {
            None
        };
        let (copy, unready) = match opened {
            Some((copy, held)) => {
                found = found.or_longer(scan(&held)?);
                let at = direct::page_of((held.len() as u64).saturating_sub(1));
                let last = held.get(usize::try_from(at).unwrap_or(usize::MAX)..).unwrap_or_default().to_vec();
                (Some(copy), Some((held.len() as u64, at, last)))
            }
            None => (None, None),
        };
        let journal = Self {
            file: Some(file),
            copy,
            copying: Default::default(),
            durability,
            tail: Mutex::new(Tail { seq: 0, pos: 0, allocated, unready }),
            appended: AtomicU64::new(0),
            length: AtomicU64::new(0),
            unsynced: Mutex::default(),
        };
        Ok((journal, found))
    }

    /// No file, for a throwaway store: numbers are still handed out.
    pub fn none() -> Self {
        Self {
            file: None,
            copy: None,
            copying: Default::default(),
            durability: Durability::Disk,
            tail: Mutex::new(Tail { seq: 0, pos: 0, allocated: 0, unready: None }),
            appended: AtomicU64::new(0),
            length: AtomicU64::new(0),
            unsynced: Mutex::default(),
        }
    }

    /// The tail, for one write (or a checkpoint).
    pub fn lock(&self) -> TailGuard<'_> {
        TailGuard { journal: self, tail: self.tail.lock() }
    }

    /// The durable copy, once it is ready.
    fn copy(&self) -> Option<&File> {
        self.copy.as_ref().filter(|_| self.copying.load(Ordering::Acquire))
    }

    /// Whether the journal is kept in a file (not for a throwaway store).
    pub fn is_file(&self) -> bool {
        self.file.is_some()
    }

    /// Bytes written since the last checkpoint.
    pub fn len(&self) -> u64 {
        self.length.load(Ordering::Relaxed)
    }

    /// Makes every record written so far durable; returns the number of the last one.
    pub fn sync(&self) -> Result<u64, StoreError> {
        self.sync_by(super::side_file::sync, direct::write)
    }

    /// [`Self::sync`], with `sync` making the file's writes durable and `write` making a
    /// direct write to the copy (a test's may fail).
    fn sync_by(
        &self,
        sync: impl FnOnce(&File, Durability) -> std::io::Result<()>,
        write: impl FnOnce(&File, &Aligned, u64) -> std::io::Result<()>,
    ) -> Result<u64, StoreError> {
        // Read before the copy is looked at: every record up to it is in the copy, or in a
        // sync that succeeded.
        let upto = self.appended.load(Ordering::Acquire);
        let Some(file) = &self.file else { return Ok(upto) };
        if let Some(copy) = self.copy() {
            let (restarts, from, bytes, end) = {
                let unsynced = self.unsynced.lock();
                let end = unsynced.from + unsynced.bytes.len() as u64;
                (unsynced.restarts, unsynced.from, Aligned::copy_of(&unsynced.bytes), end)
            };
            if end > from {
                write(copy, &bytes, from).map_err(|e| io("write its copy", e))?;
            }
            // The page the write ended in is written again, with more, by the next one.
            self.synced(restarts, direct::page_of(end));
            return Ok(upto);
        }
        if self.unsynced.lock().rewrite {
            self.rewrite(file)?;
        }
        let (restarts, end) = {
            let unsynced = self.unsynced.lock();
            (unsynced.restarts, unsynced.from + unsynced.bytes.len() as u64)
        };
        if let Err(e) = sync(file, self.durability) {
            self.unsynced.lock().rewrite = true;
            return Err(io("sync", e));
        }
        self.synced(restarts, end);
        Ok(upto)
    }

    /// After a sync that began before checkpoint number `restarts`: what lies before `upto`
    /// need not be kept any more.
    fn synced(&self, restarts: u64, upto: u64) {
        let mut unsynced = self.unsynced.lock();
        if unsynced.restarts == restarts && upto > unsynced.from {
            let synced =
                usize::try_from(upto - unsynced.from).unwrap_or(usize::MAX).min(unsynced.bytes.len());
            unsynced.bytes.drain(..synced);
            unsynced.from += synced as u64;
        }
    }

    /// After a failed sync: writes the copy of everything since the last good one again,
    /// so that the kernel holds it as unwritten. The tail is held so that no record is
    /// written meanwhile (this write would put its place back as it was).
    fn rewrite(&self, file: &File) -> Result<(), StoreError> {
        let _tail = self.tail.lock();
        let mut unsynced = self.unsynced.lock();
        write_at(file, &unsynced.bytes, unsynced.from)
            .map_err(|e| io("write again after a failed sync", e))?;
        unsynced.rewrite = false;
        Ok(())
    }
}

pub struct TailGuard<'a> {
    journal: &'a Journal,
    tail: MutexGuard<'a, Tail>,
}

impl TailGuard<'_> {
    /// The number of the last write.
    pub fn seq(&self) -> u64 {
        self.tail.seq
    }

    /// After an open found nothing amiss: makes the journal and its copy as long as the
    /// longer of the two (zero-filled, synced), and from then on syncs by writing the copy,
    /// unless the file system turns out not to take direct writes.
    pub fn ready(&mut self) -> Result<(), StoreError> {
        let (Some(file), Some(copy), Some((held, at, last))) =
            (&self.journal.file, &self.journal.copy, self.tail.unready.take())
        else {
            return Ok(());
        };
        let length = self.tail.allocated.max(held).max(1).div_ceil(GROW_BYTES) * GROW_BYTES;
        match ready(file, copy, at, &last, self.tail.allocated, length) {
            Ok(()) => {
                self.tail.allocated = length;
                self.journal.copying.store(true, Ordering::Release);
                Ok(())
            }
            Err(e) if direct::unsupported(&e) => {
                tracing::debug!("the file system takes no direct writes: the journal syncs its own pages");
                Ok(())
            }
            Err(e) => Err(io("make its copy ready", e)),
        }
    }

    /// Where numbering goes on from, after an open.
    pub fn resume(&mut self, seq: u64) {
        self.tail.seq = seq;
        self.journal.appended.store(seq, Ordering::Release);
    }

    /// Writes one commit's record at the tail (into the file, not yet synced); returns its
    /// number.
    pub fn append(&mut self, ops: &[Op]) -> Result<u64, StoreError> {
        let seq = self
            .tail
            .seq
            .checked_add(1)
            .ok_or(StoreError::Corrupt("the journal's numbers ran out".into()))?;
        if let Some(file) = &self.journal.file {
            let record = encode(seq, ops);
            let end = self.tail.pos + record.len() as u64;
            if end > self.tail.allocated {
                let grown = end.div_ceil(GROW_BYTES) * GROW_BYTES;
                let zeros = vec![0u8; usize::try_from(grown - self.tail.allocated).unwrap_or(0)];
                write_at(file, &zeros, self.tail.allocated).map_err(|e| io("grow", e))?;
                file.sync_data().map_err(|e| io("grow", e))?;
                if let Some(copy) = self.journal.copy() {
                    direct::write(copy, &Aligned::zeros(zeros.len()), self.tail.allocated)
                        .and_then(|()| copy.sync_data())
                        .map_err(|e| io("grow its copy", e))?;
                }
                self.tail.allocated = grown;
            }
            write_at(file, &record, self.tail.pos).map_err(|e| io("write", e))?;
            let mut unsynced = self.journal.unsynced.lock();
            if unsynced.bytes.is_empty() {
                unsynced.from = self.tail.pos;
            }
            unsynced.bytes.extend_from_slice(&record);
            drop(unsynced);
            self.tail.pos = end;
            self.journal.length.store(end, Ordering::Relaxed);
        }
        self.tail.seq = seq;
        self.journal.appended.store(seq, Ordering::Release);
        Ok(seq)
    }

    /// After a checkpoint: everything written is in sled, and the journal starts again at
    /// the beginning of its file (the numbers go on).
    pub fn restart(&mut self) -> Result<(), StoreError> {
        self.tail.pos = 0;
        self.journal.length.store(0, Ordering::Relaxed);
        // Everything written is in sled's files now: nothing of the journal's need be written again.
        let mut unsynced = self.journal.unsynced.lock();
        *unsynced = Unsynced { restarts: unsynced.restarts.wrapping_add(1), ..Unsynced::default() };
        drop(unsynced);
        // The older run is not read again at the next open (left readable, it would be read
        // and skipped: as much memory as the journal is long).
        if let Some(file) = self.journal.file.as_ref().filter(|_| self.tail.allocated >= HEADER as u64) {
            write_at(file, &[0; HEADER], 0).map_err(|e| io("restart", e))?;
        }
        if let Some(copy) = self.journal.copy() {
            direct::write(copy, &Aligned::zeros(direct::PAGE), 0).map_err(|e| io("restart its copy", e))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn op(tree: u8, key: &str, value: Option<&str>) -> Op {
        Op { tree, key: key.into(), value: value.map(Into::into) }
    }

    fn write(path: &Path, commits: &[Vec<Op>]) {
        let (journal, _) = Journal::open(path, Durability::Disk).expect("open");
        let mut tail = journal.lock();
        for ops in commits {
            tail.append(ops).expect("append");
        }
    }

    #[test]
    fn records_read_back_in_order_and_a_restart_leaves_only_older_numbers_behind() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("journal");
        let commits = vec![
            vec![op(1, "a", Some("x")), op(2, "b", None)],
            vec![op(3, "", Some(""))],
            vec![op(1, "a", Some(&"y".repeat(1000)))],
        ];
        write(&path, &commits);
        let (journal, found) = Journal::open(&path, Durability::Disk).expect("open");
        let entries = found.entries;
        let ops: Vec<_> = entries.iter().map(|e| e.ops.clone()).collect();
        assert_eq!(ops, commits);
        assert_eq!(entries.iter().map(|e| e.seq).collect::<Vec<_>>(), [1, 2, 3]);
        {
            let mut tail = journal.lock();
            tail.resume(3);
            tail.restart().expect("restart");
            tail.append(&[op(1, "c", Some("z"))]).expect("append");
        }
        drop(journal);
        let (_, found) = Journal::open(&path, Durability::Disk).expect("open");
        assert_eq!(found.entries.len(), 1, "the run stops where the older records begin");
        assert_eq!(found.entries[0].seq, 4);
        assert!(found.stray.is_some_and(|s| s < 4), "only older records lie past it");
    }

    /// What the disk holds of a file is all a later open reads: `lose` stands for a disk
    /// that did not take the bytes at `at..at + len` (zeros where they should be).
    fn lose(path: &Path, at: u64, len: usize) {
        let file = std::fs::OpenOptions::new().write(true).open(path).expect("open");
        write_at(&file, &vec![0; len], at).expect("zeros");
    }

    fn failing(_: &File, _: Durability) -> std::io::Result<()> {
        Err(std::io::Error::from_raw_os_error(libc::EIO))
    }

    fn failing_write(_: &File, _: &Aligned, _: u64) -> std::io::Result<()> {
        Err(std::io::Error::from_raw_os_error(libc::EIO))
    }

    /// A journal with its durable copy, or `None` where this file system takes no direct
    /// writes (said, so that a run there shows what it did not test).
    fn copied(path: &Path) -> Option<Journal> {
        let (journal, _) = Journal::open(path, Durability::Disk).expect("open");
        journal.lock().ready().expect("ready");
        if journal.copy().is_none() {
            eprintln!("{}: no direct writes on this file system; the copy is not tested", path.display());
            return None;
        }
        Some(journal)
    }

    /// What a crash of the system can leave of the journal: none of the pages the kernel
    /// had not written yet (here, none at all).
    fn lose_all(path: &Path) {
        let len = std::fs::metadata(path).expect("journal").len();
        lose(path, 0, usize::try_from(len).expect("length"));
    }

    fn ops_in(path: &Path) -> Vec<Vec<Op>> {
        let (_, found) = Journal::open(path, Durability::Disk).expect("open");
        found.entries.into_iter().map(|e| e.ops).collect()
    }

    #[test]
    fn what_a_sync_wrote_is_read_back_from_the_copy_when_the_journal_lost_its_pages() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("journal");
        let Some(journal) = copied(&path) else { return };
        let commits: Vec<_> =
            (0..40).map(|i| vec![op(1, &format!("k{i}"), Some(&"v".repeat(i * 37)))]).collect();
        for (i, ops) in commits.iter().enumerate() {
            journal.lock().append(ops).expect("append");
            if i % 3 == 0 {
                assert_eq!(journal.sync().expect("sync"), i as u64 + 1);
            }
        }
        assert_eq!(journal.sync().expect("sync"), 40);
        journal.lock().append(&[op(1, "late", Some("not synced"))]).expect("append");
        drop(journal);
        assert_eq!(ops_in(&path).len(), 41, "after a kill the journal itself holds every record");
        lose_all(&path);
        assert_eq!(ops_in(&path), commits, "the copy holds every synced record, in order");
    }

    #[test]
    fn a_failed_write_of_the_copy_fails_its_sync_and_the_next_sync_writes_it_all() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("journal");
        let Some(journal) = copied(&path) else { return };
        let commits =
            [vec![op(1, "a", Some("one"))], vec![op(1, "b", Some("two"))], vec![op(1, "c", Some("three"))]];
        journal.lock().append(&commits[0]).expect("append");
        assert_eq!(journal.sync().expect("sync"), 1);
        journal.lock().append(&commits[1]).expect("append");
        journal.lock().append(&commits[2]).expect("append");
        assert!(
            journal.sync_by(super::super::side_file::sync, failing_write).is_err(),
            "the commits are failed"
        );
        assert_eq!(journal.sync().expect("the next sync"), 3);
        drop(journal);
        lose_all(&path);
        assert_eq!(ops_in(&path), commits, "the next sync wrote what the failed one should have");
    }

    #[test]
    fn after_a_checkpoint_the_copy_holds_only_the_new_run() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("journal");
        let Some(journal) = copied(&path) else { return };
        journal.lock().append(&[op(1, "a", Some("old"))]).expect("append");
        journal.lock().append(&[op(1, "b", Some("old"))]).expect("append");
        assert_eq!(journal.sync().expect("sync"), 2);
        {
            let mut tail = journal.lock();
            tail.restart().expect("restart");
            tail.append(&[op(1, "c", Some("new"))]).expect("append");
        }
        assert_eq!(journal.sync().expect("sync"), 3);
        drop(journal);
        lose_all(&path);
        let (_, found) = Journal::open(&path, Durability::Disk).expect("open");
        assert_eq!(found.entries.iter().map(|e| e.seq).collect::<Vec<_>>(), [3]);
        assert_eq!(found.entries[0].ops, [op(1, "c", Some("new"))]);
    }

    #[test]
    fn after_a_failed_sync_the_next_one_writes_again_what_the_failed_one_should_have() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("journal");
        let (journal, _) = Journal::open_as(&path, Durability::Disk, false).expect("open");
        let commits =
            [vec![op(1, "a", Some("one"))], vec![op(1, "b", Some("two"))], vec![op(1, "c", Some("three"))]];
        journal.lock().append(&commits[0]).expect("append");
        assert_eq!(journal.sync().expect("sync"), 1);
        let first = encode(1, &commits[0]).len();
        let rest = encode(2, &commits[1]).len() + encode(3, &commits[2]).len();
        journal.lock().append(&commits[1]).expect("append");
        journal.lock().append(&commits[2]).expect("append");
        assert!(journal.sync_by(failing, direct::write).is_err(), "the failed sync fails its commits");
        // The kernel may count the pages the failed sync did not write as written.
        lose(&path, first as u64, rest);
        assert_eq!(journal.sync().expect("the next sync"), 3);
        drop(journal);
        let (_, found) = Journal::open_as(&path, Durability::Disk, false).expect("open");
        let ops: Vec<_> = found.entries.into_iter().map(|e| e.ops).collect();
        assert_eq!(ops, commits, "the commits the next sync acknowledged are in the file");
    }

    #[test]
    fn a_checkpoint_after_a_failed_sync_leaves_nothing_to_write_again() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("journal");
        let (journal, _) = Journal::open_as(&path, Durability::Disk, false).expect("open");
        journal.lock().append(&[op(1, "a", Some("old"))]).expect("append");
        assert!(journal.sync_by(failing, direct::write).is_err());
        {
            let mut tail = journal.lock();
            tail.restart().expect("restart");
            tail.append(&[op(1, "b", Some("new"))]).expect("append");
        }
        assert_eq!(journal.sync().expect("sync"), 2);
        drop(journal);
        let (_, found) = Journal::open_as(&path, Durability::Disk, false).expect("open");
        assert_eq!(
            found.entries.len(),
            1,
            "the record before the checkpoint was not written over the new one"
        );
        assert_eq!(found.entries[0].ops, [op(1, "b", Some("new"))]);
    }

    #[test]
    fn a_record_is_written_byte_for_byte_as_the_format_says() {
        let expected = "5550424a0000000c000000000000000791884d1e0000000001010000000161000000017800000000";
        let hex: String = encode(7, &[op(1, "a", Some("x"))]).iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(hex, expected, "magic, length, number, CRC-32, padding, the payload padded to 8");
    }

    #[test]
    fn a_damaged_record_ends_the_run_and_newer_ones_past_it_are_reported() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("journal");
        write(
            &path,
            &[vec![op(1, "a", Some("one"))], vec![op(1, "b", Some("two"))], vec![op(1, "c", Some("three"))]],
        );
        let bytes = std::fs::read(&path).expect("read");
        let at = |needle: &[u8]| bytes.windows(needle.len()).position(|w| w == needle).expect("found");

        let mut middle = bytes.clone();
        middle[at(b"two")] ^= 0xff;
        std::fs::write(&path, &middle).expect("write");
        let (_, found) = Journal::open(&path, Durability::Disk).expect("open");
        assert_eq!((found.entries.len(), found.stray), (1, Some(3)));

        let mut last = bytes.clone();
        last[at(b"three")] ^= 0xff;
        std::fs::write(&path, &last).expect("write");
        let (_, found) = Journal::open(&path, Durability::Disk).expect("open");
        assert_eq!(
            (found.entries.len(), found.stray),
            (2, None),
            "a last record that does not read back ends it"
        );

        // A readable record numbered u64::MAX: no overflow, no panic.
        let hostile = [encode(u64::MAX, &[op(1, "a", Some("x"))]), encode(0, &[])].concat();
        std::fs::write(&path, &hostile).expect("write");
        assert!(Journal::open(&path, Durability::Disk).is_ok(), "any bytes are read without a panic");
    }
}
