//! The mode of the files upback makes: its user's alone.

/// Makes every file and folder upback creates readable by its own user only (umask 077):
/// the backups, exports and charts hold runners' health answers in the clear, and the
/// database's files are nobody else's business either. Files that already exist keep their
/// mode. Call it first thing in `main`, before any file is made.
pub fn private_files() {
    #[cfg(unix)]
    // SAFETY: umask only sets the process's file-creation mask; it cannot fail.
    unsafe {
        libc::umask(0o077);
    }
}
