//! The high-water mark: after every flush, the number of that flush goes into a small file of
//! its own beside the database and is synced, and the same number is the last thing written
//! into sled before the flush. A database that reopens with a lower number than the file
//! lost writes that users were told were saved (a damaged log is cut short at the damage, and
//! sled then opens without a word); it is refused instead of going on without them.

use std::{
    fs::{File, OpenOptions},
    io::Read,
    path::Path,
    sync::Mutex,
};

use crate::store::StoreError;

const MAGIC: &[u8; 8] = b"upbkmrk1";

pub struct Mark {
    file: Option<Mutex<File>>,
}

fn io(what: &str, e: std::io::Error) -> StoreError {
    StoreError::Backend(format!("the write mark: {what}: {e}"))
}

impl Mark {
    /// Opens (or creates) the mark file; returns it with the mark it holds (`None` for a new
    /// file).
    pub fn open(path: &Path) -> Result<(Self, Option<u64>), StoreError> {
        let mut file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(path)
            .map_err(|e| io("open", e))?;
        let mut bytes = Vec::new();
        file.read_to_end(&mut bytes).map_err(|e| io("read", e))?;
        let mark = match bytes.len() {
            0 => None,
            24 if &bytes[..8] == MAGIC => {
                let n = u64::from_be_bytes(bytes[8..16].try_into().unwrap_or_default());
                let check = u64::from_be_bytes(bytes[16..24].try_into().unwrap_or_default());
                if check != !n {
                    return Err(StoreError::Corrupt(format!("{} is damaged", path.display())));
                }
                Some(n)
            }
            _ => return Err(StoreError::Corrupt(format!("{} is not an upback write mark", path.display()))),
        };
        Ok((Self { file: Some(Mutex::new(file)) }, mark))
    }

    /// No file, for a throwaway store.
    pub fn none() -> Self {
        Self { file: None }
    }

    /// Records that every write up to flush `n` is on disk.
    pub fn advance(&self, n: u64) -> Result<(), StoreError> {
        let Some(file) = &self.file else { return Ok(()) };
        let file = file.lock().unwrap_or_else(|p| p.into_inner());
        let mut bytes = MAGIC.to_vec();
        bytes.extend_from_slice(&n.to_be_bytes());
        bytes.extend_from_slice(&(!n).to_be_bytes());
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileExt;
            file.write_all_at(&bytes, 0).map_err(|e| io("write", e))?;
        }
        #[cfg(not(unix))]
        {
            use std::io::{Seek, SeekFrom, Write};
            let mut f = &*file;
            f.seek(SeekFrom::Start(0)).map_err(|e| io("seek", e))?;
            f.write_all(&bytes).map_err(|e| io("write", e))?;
        }
        file.sync_data().map_err(|e| io("sync", e))
    }
}
