//! The backup file: every record a store holds, as logical JSON lines (a user's prefs, a
//! history entry, a reminder…) rather than one store's bytes, so a backup of the embedded
//! store restores into a shared one and back, and outlives any change of layout or of
//! encryption. The file ends with a trailer (the number of records and the SHA-256 of
//! everything before it): a restore checks it before writing anything, so a file cut short,
//! holding only its header, or edited, is refused whole instead of restoring part of a club.

use std::{
    fs::File,
    io::{BufRead, BufReader, BufWriter, Write},
    path::{Path, PathBuf},
};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::{club::ClubPost, history::Entry, prefs::Prefs, reminders::Reminder, session::Session};

/// Where automatic backups go, inside the data directory.
pub const DIR: &str = "backups";

/// The first line's `format`.
pub const FORMAT: &str = "upback-backup";
/// The layout of the lines; version 1 (raw sled trees) is no longer written or read. Version
/// 3 added [`Record::Active`]; a version 2 backup is read as it was (no one's day is known,
/// so the retention clock starts again for them, as for records kept before it existed).
pub const VERSION: u32 = 3;
/// The oldest layout still read.
const OLDEST_READ: u32 = 2;

/// One record of a backup.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Record {
    Prefs {
        user: String,
        prefs: Prefs,
    },
    Session {
        user: String,
        session: Session,
    },
    Entry {
        user: String,
        entry: Entry,
    },
    /// A member's Done press under a club post (`at`: when, if it was also a check-in).
    Done {
        user: String,
        post: u64,
        at: Option<DateTime<Utc>>,
    },
    Reminder {
        reminder: Reminder,
    },
    Post {
        post: ClubPost,
    },
    /// How many pressed Done under a post (forgotten members included: a count is no one's).
    Count {
        post: u64,
        count: u32,
    },
    /// What a stopping adapter still owed a chat.
    Owed {
        platform: String,
        item: serde_json::Value,
    },
    /// The day a person last sent anything: the retention clock (`UPBACK_RETENTION_DAYS`),
    /// kept with their records so a restore does not start it again, and shown in /export.
    Active {
        user: String,
        day: chrono::NaiveDate,
    },
    /// A record the store could not read, kept as it was (base64) for a later version.
    Unreadable {
        user: String,
        from: String,
        bytes: String,
    },
}

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("could not read or write the backup: {0}")]
    Io(#[from] std::io::Error),
    #[error("this is not an upback backup (the first line says otherwise)")]
    NotABackup,
    #[error("this backup is in format version {0}, which this upback does not read")]
    Version(u64),
    #[error("the backup is incomplete: it has no trailer (it was cut short after {records} record(s))")]
    Truncated { records: u64 },
    #[error("line {line} is not a backup record: {reason}")]
    BadLine { line: u64, reason: String },
    #[error("the backup does not match its trailer ({0}): it was changed or damaged")]
    Mismatch(&'static str),
    #[error("there is more after the trailer, at line {0}")]
    AfterTrailer(u64),
    /// The store a backup is read into or written from failed (see `store::StoreError`,
    /// which converts into this: the file format knows nothing of stores).
    #[error(transparent)]
    Store(Box<dyn std::error::Error + Send + Sync>),
}

#[derive(Serialize, Deserialize)]
struct Header {
    format: String,
    version: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    created: Option<DateTime<Utc>>,
}

#[derive(Serialize, Deserialize)]
struct Trailer {
    records: u64,
    sha256: String,
}

#[derive(Serialize, Deserialize)]
struct TrailerLine {
    trailer: Trailer,
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Writes a backup: the header at once, a line a record, the trailer at [`Writer::finish`].
/// Nothing is a valid backup before `finish`.
pub struct Writer<W: Write> {
    out: W,
    hash: Sha256,
    records: u64,
}

impl<W: Write> Writer<W> {
    pub fn new(mut out: W, created: DateTime<Utc>) -> Result<Self, BackupError> {
        let mut hash = Sha256::new();
        let mut line = serde_json::to_vec(&Header {
            format: FORMAT.into(),
            version: VERSION.into(),
            created: Some(created),
        })
        .map_err(|e| BackupError::BadLine { line: 1, reason: e.to_string() })?;
        line.push(b'\n');
        out.write_all(&line)?;
        hash.update(&line);
        Ok(Self { out, hash, records: 0 })
    }

    pub fn record(&mut self, record: &Record) -> Result<(), BackupError> {
        let mut line = serde_json::to_vec(record)
            .map_err(|e| BackupError::BadLine { line: self.records + 2, reason: e.to_string() })?;
        line.push(b'\n');
        self.out.write_all(&line)?;
        self.hash.update(&line);
        self.records += 1;
        Ok(())
    }

    /// Writes the trailer and hands back the output (to be synced) and the record count.
    pub fn finish(mut self) -> Result<(W, u64), BackupError> {
        let trailer =
            TrailerLine { trailer: Trailer { records: self.records, sha256: hex(&self.hash.finalize()) } };
        let mut line = serde_json::to_vec(&trailer)
            .map_err(|e| BackupError::BadLine { line: 0, reason: e.to_string() })?;
        line.push(b'\n');
        self.out.write_all(&line)?;
        self.out.flush()?;
        Ok((self.out, self.records))
    }
}

/// What a verified backup holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
    pub records: u64,
    pub created: Option<DateTime<Utc>>,
}

/// Reads a backup through once, line by line (a big one is never held whole), handing each
/// record to `each`, and checks the trailer at the end. `each` sees records before the file
/// is known to be whole: run it once with a no-op to verify, then again to restore.
pub fn read(
    input: impl BufRead,
    mut each: impl FnMut(Record) -> Result<(), BackupError>,
) -> Result<Verified, BackupError> {
    let mut hash = Sha256::new();
    let mut lines = Lines { input, line: 0 };
    let first = lines.next_line()?.ok_or(BackupError::NotABackup)?;
    let header: Header = serde_json::from_slice(&first).map_err(|_| BackupError::NotABackup)?;
    if header.format != FORMAT {
        return Err(BackupError::NotABackup);
    }
    if !(u64::from(OLDEST_READ)..=u64::from(VERSION)).contains(&header.version) {
        return Err(BackupError::Version(header.version));
    }
    hash.update(&first);
    let mut records = 0u64;
    loop {
        let Some(line) = lines.next_line()? else {
            return Err(BackupError::Truncated { records });
        };
        if !line.ends_with(b"\n") {
            // The last line of a file cut mid-line.
            return Err(BackupError::Truncated { records });
        }
        if let Ok(TrailerLine { trailer }) = serde_json::from_slice::<TrailerLine>(&line) {
            if trailer.records != records {
                return Err(BackupError::Mismatch("the number of records"));
            }
            if trailer.sha256 != hex(&hash.finalize()) {
                return Err(BackupError::Mismatch("the SHA-256"));
            }
            if let Some(_more) = lines.next_line()?.filter(|l| !l.iter().all(u8::is_ascii_whitespace)) {
                return Err(BackupError::AfterTrailer(lines.line));
            }
            return Ok(Verified { records, created: header.created });
        }
        let record: Record = serde_json::from_slice(&line)
            .map_err(|e| BackupError::BadLine { line: lines.line, reason: e.to_string() })?;
        hash.update(&line);
        records += 1;
        each(record)?;
    }
}

/// Writes a backup file safely: under a temporary name beside `path`, synced, read back and
/// verified, and only then renamed into place (and the directory synced), so `path` is
/// either a whole, verified backup or untouched. Returns the number of records.
pub fn write_file(
    path: &Path,
    created: DateTime<Utc>,
    fill: impl FnOnce(&mut Writer<BufWriter<File>>) -> Result<(), BackupError>,
) -> Result<u64, BackupError> {
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let tmp: PathBuf = dir.join(format!(".{name}.partial"));
    let result = (|| {
        let mut writer = Writer::new(BufWriter::new(File::create(&tmp)?), created)?;
        fill(&mut writer)?;
        let (out, records) = writer.finish()?;
        out.into_inner().map_err(|e| e.into_error())?.sync_all()?;
        let verified = read(BufReader::new(File::open(&tmp)?), |_| Ok(()))?;
        if verified.records != records {
            return Err(BackupError::Mismatch("the number of records"));
        }
        std::fs::rename(&tmp, path)?;
        File::open(dir)?.sync_all()?;
        Ok(records)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// [`write_file`] with the given records.
pub fn write_records(
    path: &Path,
    created: DateTime<Utc>,
    records: impl IntoIterator<Item = Record>,
) -> Result<u64, BackupError> {
    write_file(path, created, |w| records.into_iter().try_for_each(|r| w.record(&r)))
}

/// Whole lines, newline kept (a missing one marks a file cut mid-line).
struct Lines<R: BufRead> {
    input: R,
    line: u64,
}

impl<R: BufRead> Lines<R> {
    fn next_line(&mut self) -> Result<Option<Vec<u8>>, BackupError> {
        let mut buf = Vec::new();
        if self.input.read_until(b'\n', &mut buf)? == 0 {
            return Ok(None);
        }
        self.line += 1;
        Ok(Some(buf))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Vec<u8> {
        let at = DateTime::from_timestamp(1_780_000_000, 0).unwrap_or_default();
        let mut w = Writer::new(Vec::new(), at).expect("header");
        for post in 0..3 {
            w.record(&Record::Count { post, count: 2 }).expect("record");
        }
        w.finish().expect("trailer").0
    }

    fn records(bytes: &[u8]) -> Result<u64, BackupError> {
        read(bytes, |_| Ok(())).map(|v| v.records)
    }

    #[test]
    fn a_whole_backup_reads_back_with_its_count() {
        assert_eq!(records(&sample()).expect("verified"), 3);
    }

    #[test]
    fn a_backup_cut_anywhere_is_refused() {
        let whole = sample();
        for cut in 0..whole.len() {
            assert!(records(&whole[..cut]).is_err(), "cut at {cut} of {} passed", whole.len());
        }
    }

    #[test]
    fn an_edited_record_or_extra_line_is_refused() {
        let text = String::from_utf8(sample()).expect("utf-8");
        let edited = text.replacen("\"count\":2", "\"count\":9", 1);
        assert!(matches!(records(edited.as_bytes()), Err(BackupError::Mismatch(_))));
        let dropped: String =
            text.lines().enumerate().filter(|(i, _)| *i != 1).map(|(_, l)| format!("{l}\n")).collect();
        assert!(matches!(records(dropped.as_bytes()), Err(BackupError::Mismatch(_))));
        let extra = format!("{text}{{\"kind\":\"count\",\"post\":9,\"count\":1}}\n");
        assert!(matches!(records(extra.as_bytes()), Err(BackupError::AfterTrailer(_))));
        assert!(matches!(records(b"{\"format\":\"other\",\"version\":2}\n"), Err(BackupError::NotABackup)));
        assert!(matches!(
            records(b"{\"format\":\"upback-backup\",\"version\":1}\n"),
            Err(BackupError::Version(1))
        ));
    }
}
