//! The small files the store keeps beside sled's own (the journal, the marks, the keys): each
//! read whole when the store opens, then written in place at an offset; [`sync`] makes what
//! was written durable at a [`Durability`] (each file's module says when it is synced, and
//! how far).

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

/// How far a write to these files goes before it counts as saved (`UPBACK_SYNC`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Durability {
    /// The write is on the disk itself (what sled's own flush does): it survives the process
    /// being killed and the system crashing, not a power cut that takes a disk's volatile
    /// write cache with it.
    #[default]
    Disk,
    /// The disk's cache is flushed too (`fdatasync`): it survives a power cut, at about
    /// twice the cost of a commit.
    Full,
}

/// Makes what was written to `file` durable at `durability`. At [`Durability::Disk`] no file
/// size or other metadata is recorded: the caller grows the file by zero-filled steps synced
/// in full, and writes within them.
pub fn sync(file: &File, durability: Durability) -> std::io::Result<()> {
    match durability {
        Durability::Full => file.sync_data(),
        Durability::Disk => write_out(file),
    }
}

/// Writes the file's dirty pages to the disk and waits for them, without flushing the
/// disk's cache (Linux's `sync_file_range`; a full sync elsewhere).
#[cfg(target_os = "linux")]
fn write_out(file: &File) -> std::io::Result<()> {
    use std::os::unix::io::AsRawFd;
    let flags =
        libc::SYNC_FILE_RANGE_WAIT_BEFORE | libc::SYNC_FILE_RANGE_WRITE | libc::SYNC_FILE_RANGE_WAIT_AFTER;
    // SAFETY: the descriptor is open for as long as `file` is borrowed, and the call only
    // reads its arguments (offset 0, length 0: the whole file).
    let done = unsafe { libc::sync_file_range(file.as_raw_fd(), 0, 0, flags) };
    if done == 0 {
        return Ok(());
    }
    let e = std::io::Error::last_os_error();
    match e.raw_os_error() {
        Some(libc::ENOSYS) | Some(libc::EINVAL) => file.sync_data(),
        _ => Err(e),
    }
}

#[cfg(not(target_os = "linux"))]
fn write_out(file: &File) -> std::io::Result<()> {
    file.sync_data()
}
