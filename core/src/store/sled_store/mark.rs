//! The high-water marks, in a small file of their own beside the database: the number of the
//! last checkpoint (every write up to it is in sled's files, and sled holds the number) and
//! of the last journal sync (every write up to it is in the journal). A database that opens
//! with less than either lost writes that users were told were saved (a damaged log is cut
//! short at the damage, and sled then opens without a word); it is refused instead of going
//! on without them.
//!
//! The journal's number is written after every sync but synced only with a checkpoint: it
//! guards against losing what a process kill cannot lose, so it need not outlive a power cut,
//! and it never claims more than was synced before it was written.

use std::{fs::File, path::Path, sync::Mutex};

use crate::store::StoreError;

const MAGIC_V1: &[u8; 8] = b"upbkmrk1";
const MAGIC: &[u8; 8] = b"upbkmrk2";

/// What the marks say is on disk.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Marks {
    /// Every write up to this number is in sled's own files.
    pub checkpoint: u64,
    /// Every write up to this number is in the journal (or in sled).
    pub journal: u64,
}

pub struct Mark {
    file: Option<Mutex<(File, Marks)>>,
}

fn io(what: &str, e: std::io::Error) -> StoreError {
    StoreError::Backend(format!("the write mark: {what}: {e}"))
}

fn number(bytes: &[u8], at: usize) -> u64 {
    bytes.get(at..at + 8).and_then(|b| b.try_into().ok()).map(u64::from_be_bytes).unwrap_or_default()
}

fn check(marks: Marks) -> u64 {
    !(marks.checkpoint ^ marks.journal.rotate_left(17))
}

impl Mark {
    /// Opens (or creates) the mark file; returns it with the marks it holds (`None` for a new
    /// file). A mark of the first kind (one number, from before the journal) counts for both.
    pub fn open(path: &Path) -> Result<(Self, Option<Marks>), StoreError> {
        let (file, bytes) = super::side_file::open(path).map_err(|e| io("open", e))?;
        let damaged = || StoreError::Corrupt(format!("{} is damaged", path.display()));
        let marks = match bytes.len() {
            0 => None,
            24 if &bytes[..8] == MAGIC_V1 => {
                let n = number(&bytes, 8);
                if number(&bytes, 16) != !n {
                    return Err(damaged());
                }
                Some(Marks { checkpoint: n, journal: n })
            }
            32 if &bytes[..8] == MAGIC => {
                let marks = Marks { checkpoint: number(&bytes, 8), journal: number(&bytes, 16) };
                if number(&bytes, 24) != check(marks) {
                    return Err(damaged());
                }
                Some(marks)
            }
            _ => return Err(StoreError::Corrupt(format!("{} is not an upback write mark", path.display()))),
        };
        Ok((Self { file: Some(Mutex::new((file, marks.unwrap_or_default()))) }, marks))
    }

    /// No file, for a throwaway store.
    pub fn none() -> Self {
        Self { file: None }
    }

    /// Records that every write up to `journal` is in the journal, and (when `checkpoint`
    /// is given) up to it in sled, synced then. Marks only ever move forward.
    pub fn advance(&self, journal: u64, checkpoint: Option<u64>) -> Result<(), StoreError> {
        let Some(file) = &self.file else { return Ok(()) };
        let mut held = file.lock().unwrap_or_else(|p| p.into_inner());
        let (file, marks) = &mut *held;
        let next = Marks {
            checkpoint: marks.checkpoint.max(checkpoint.unwrap_or(0)),
            journal: marks.journal.max(journal),
        };
        if next == *marks && checkpoint.is_none() {
            return Ok(());
        }
        let mut bytes = MAGIC.to_vec();
        bytes.extend_from_slice(&next.checkpoint.to_be_bytes());
        bytes.extend_from_slice(&next.journal.to_be_bytes());
        bytes.extend_from_slice(&check(next).to_be_bytes());
        super::side_file::write_at(file, &bytes, 0).map_err(|e| io("write", e))?;
        *marks = next;
        if checkpoint.is_some() {
            file.sync_data().map_err(|e| io("sync", e))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_read_back_move_only_forward_and_a_first_kind_mark_counts_for_both() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("mark");
        let (mark, none) = Mark::open(&path).expect("open");
        assert_eq!(none, None);
        mark.advance(9, Some(4)).expect("advance");
        mark.advance(7, None).expect("advance");
        drop(mark);
        assert_eq!(Mark::open(&path).expect("open").1, Some(Marks { checkpoint: 4, journal: 9 }));

        let mut v1 = MAGIC_V1.to_vec();
        v1.extend_from_slice(&5u64.to_be_bytes());
        v1.extend_from_slice(&(!5u64).to_be_bytes());
        std::fs::write(&path, &v1).expect("write");
        assert_eq!(Mark::open(&path).expect("open").1, Some(Marks { checkpoint: 5, journal: 5 }));

        let mut bad = std::fs::read(&path).expect("read");
        bad[12] ^= 1;
        std::fs::write(&path, &bad).expect("write");
        assert!(matches!(Mark::open(&path), Err(StoreError::Corrupt(_))));
    }
}
