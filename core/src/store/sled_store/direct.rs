//! The journal's durable copy: the journal's bytes at the same places in a file of their
//! own, written straight to the disk (`O_DIRECT`) instead of through the page cache.
//!
//! The journal itself is written into the page cache before sled sees a write (a killed
//! process then leaves every record behind for the replay). Making those pages durable took
//! a `sync_file_range`: the page cache's writeback, its locks and the VM's doorbell, about
//! 50 µs of CPU and 90 µs in all on the build machines. A direct write of the same bytes does
//! without the writeback (about 40 and 80), and that is most of what a durable commit costs.
//! So a sync writes what the journal gained since the last one into this copy and leaves
//! the journal's pages to the kernel's own writeback; an open replays whichever of the two
//! holds the longer run of records (the journal after a kill, the copy after a crash of the
//! system, when pages the kernel had not written yet are gone).
//!
//! Direct writes must start and end on the disk's blocks, from memory aligned to them:
//! [`PAGE`] covers every disk's logical block. A file system that does not take direct
//! writes (tmpfs, some network ones) leaves the journal to sync its own pages, as before.

use std::{fs::File, io, path::Path};

use super::side_file::Durability;

/// What a direct write is aligned to: at least any disk's logical block.
pub const PAGE: usize = 4096;

/// One aligned block of memory.
#[derive(Clone, Copy)]
#[repr(C, align(4096))]
struct Block([u8; PAGE]);

/// Bytes in memory aligned for a direct write, a whole number of [`PAGE`]s long.
pub struct Aligned(Vec<Block>);

impl Aligned {
    /// `len` bytes (rounded up to whole pages) of zeros.
    pub fn zeros(len: usize) -> Self {
        Self(vec![Block([0; PAGE]); len.div_ceil(PAGE)])
    }

    /// A copy of `bytes`, padded with zeros to whole pages.
    pub fn copy_of(bytes: &[u8]) -> Self {
        let mut out = Self::zeros(bytes.len());
        for (block, chunk) in out.0.iter_mut().zip(bytes.chunks(PAGE)) {
            block.0[..chunk.len()].copy_from_slice(chunk);
        }
        out
    }

    pub fn as_bytes(&self) -> &[u8] {
        let len = self.0.len() * PAGE;
        // SAFETY: `Block` is a `repr(C)` array of bytes with no padding (its size is its
        // alignment), so the vector's blocks are `len` contiguous, initialised bytes, borrowed
        // for as long as `self` is.
        unsafe { std::slice::from_raw_parts(self.0.as_ptr().cast::<u8>(), len) }
    }
}

/// Rounds `at` down to a page.
pub fn page_of(at: u64) -> u64 {
    at - at % PAGE as u64
}

/// Opens the copy at `path` for direct writes (and, at [`Durability::Full`], writes that
/// return once the disk's cache holds them no more: `O_DSYNC`), with what it holds; `None`
/// where the file system does not take them.
#[cfg(target_os = "linux")]
pub fn open(path: &Path, durability: Durability) -> io::Result<Option<(File, Vec<u8>)>> {
    use std::os::unix::fs::OpenOptionsExt;
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == io::ErrorKind::NotFound => Vec::new(),
        Err(e) => return Err(e),
    };
    let flags = match durability {
        Durability::Disk => libc::O_DIRECT,
        Durability::Full => libc::O_DIRECT | libc::O_DSYNC,
    };
    let opened = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .custom_flags(flags)
        .open(path);
    match opened {
        Ok(file) => Ok(Some((file, bytes))),
        Err(e) if e.raw_os_error() == Some(libc::EINVAL) => Ok(None),
        Err(e) => Err(e),
    }
}

#[cfg(not(target_os = "linux"))]
pub fn open(_: &Path, _: Durability) -> io::Result<Option<(File, Vec<u8>)>> {
    Ok(None)
}

/// Whether a write's error says the file system does not take direct writes after all.
#[cfg(target_os = "linux")]
pub fn unsupported(e: &io::Error) -> bool {
    e.raw_os_error() == Some(libc::EINVAL)
}

#[cfg(not(target_os = "linux"))]
pub fn unsupported(_: &io::Error) -> bool {
    false
}

/// Writes `bytes` at `at` (a whole page), straight to the disk.
pub fn write(file: &File, bytes: &Aligned, at: u64) -> io::Result<()> {
    if at % PAGE as u64 != 0 {
        return Err(io::Error::new(io::ErrorKind::InvalidInput, "a direct write off a page boundary"));
    }
    super::side_file::write_at(file, bytes.as_bytes(), at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aligned_bytes_are_whole_pages_on_a_page_boundary_with_the_copy_in_front() {
        let copy = Aligned::copy_of(&[7; 5000]);
        let bytes = copy.as_bytes();
        assert_eq!(bytes.len(), 2 * PAGE);
        assert_eq!(bytes.as_ptr() as usize % PAGE, 0);
        assert!(bytes[..5000].iter().all(|b| *b == 7) && bytes[5000..].iter().all(|b| *b == 0));
        assert_eq!(Aligned::zeros(0).as_bytes().len(), 0);
        assert_eq!((page_of(4095), page_of(4096), page_of(9000)), (0, 4096, 8192));
    }
}
