//! How the process's memory allocator is set up, before any thread starts.
//!
//! glibc gives every thread that allocates under contention an arena of its own, up to eight
//! per core, and memory freed into one arena is never reused by another. upback's threads all
//! allocate and free the same kind of thing (the database's cached pages, made by whichever
//! thread read them and freed by whichever evicts them), so with many arenas the cache's
//! memory is spread over all of them, each holding on to its own holes: the start-up backup
//! of 100,000 runners peaked at 180 MiB with glibc's default and at 128 MiB with one arena.
//! glibc's per-thread caches serve most allocations without the arena's lock, and the load
//! benchmark's /start burst ran at the same rate with one arena.

/// Limits glibc to one arena, unless the operator set the number (`MALLOC_ARENA_MAX`, or
/// `glibc.malloc.arena_max` in `GLIBC_TUNABLES`: glibc reads those itself, and they win).
/// Call it first thing in `main`: arenas already made stay.
pub fn one_arena() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    if std::env::var_os("MALLOC_ARENA_MAX").is_none()
        && !std::env::var("GLIBC_TUNABLES").is_ok_and(|t| t.contains("arena_max"))
    {
        // SAFETY: mallopt only sets a tunable of the allocator; it is safe to call at any
        // time, and with no other thread running yet nothing races it.
        unsafe {
            libc::mallopt(libc::M_ARENA_MAX, 1);
        }
    }
}
