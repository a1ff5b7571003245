//! The small files the store keeps beside sled's own (the journal, the marks, the keys): each
//! read whole when the store opens, then written in place at an offset.

use std::{
    fs::{File, OpenOptions},
    io::Read,
    path::Path,
};

/// Opens (or creates) the file at `path`, with what it holds.
pub fn open(path: &Path) -> std::io::Result<(File, Vec<u8>)> {
    let mut file = OpenOptions::new().read(true).write(true).create(true).truncate(false).open(path)?;
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes)?;
    Ok((file, bytes))
}

/// Writes `bytes` at offset `at`.
#[cfg(unix)]
pub fn write_at(file: &File, bytes: &[u8], at: u64) -> std::io::Result<()> {
    use std::os::unix::fs::FileExt;
    file.write_all_at(bytes, at)
}

/// Writes `bytes` at offset `at`.
#[cfg(not(unix))]
pub fn write_at(mut file: &File, bytes: &[u8], at: u64) -> std::io::Result<()> {
    use std::io::{Seek, SeekFrom, Write};
    file.seek(SeekFrom::Start(at))?;
    file.write_all(bytes)
}
