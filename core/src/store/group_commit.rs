//! Commits that arrive together share one sync. Each commit is acknowledged only once a sync
//! that began after its write has finished, so what a user is told was saved is on disk; but
//! ten users committing at once pay for one sync instead of ten. The first commit to find no
//! sync running leads one, covering every write made so far; the others wait for it, or lead
//! the next.
//!
//! Waiting is done first by yielding, then by sleeping: a sync takes a tenth of a
//! millisecond, and on a virtual machine a thread asleep on another core takes some 40 µs to
//! wake (its core halted), so a waiter that slept at once would leave the disk idle when the
//! sync it waited for ends. For the same reason the waiters look at atomics, not at a locked
//! state: taking a lock in turn put some of them to sleep on it. (A sync thread of the
//! store's own, tried instead of leaders, lost a third of one user's speed to the hand-over,
//! and did no better than these leaders with four.)

use std::{
    sync::{
        atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering},
        Condvar, Mutex, MutexGuard,
    },
    time::{Duration, Instant},
};

/// How long a waiter yields before it sleeps: about two syncs.
const YIELD_FOR: Duration = Duration::from_micros(200);

#[derive(Default)]
pub struct GroupCommit {
    /// Writes that asked to be made durable, numbered.
    written: AtomicU64,
    /// Every write up to this number is on disk.
    durable: AtomicU64,
    /// A sync is under way.
    syncing: AtomicBool,
    /// Waiters asleep until a sync ends.
    sleepers: AtomicUsize,
    /// Held to sleep, and to wake the sleepers without a wake-up being lost.
    sleep: Mutex<()>,
    synced: Condvar,
    /// No syncing at all (a throwaway store).
    off: bool,
}

impl GroupCommit {
    /// Commits whose writes `durable`'s caller syncs.
    pub fn new() -> Self {
        Self::default()
    }

    /// No syncing (a throwaway store): every write is as durable as it will ever be.
    pub fn none() -> Self {
        Self { off: true, ..Self::default() }
    }

    fn sleep(&self) -> MutexGuard<'_, ()> {
        self.sleep.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Returns once the write just made is durable, running `sync` (which makes durable
    /// every write made before it was called) if no sync is under way. A failed sync fails
    /// its leader; the others try again.
    pub fn durable<E>(&self, sync: impl Fn() -> Result<(), E>) -> Result<(), E> {
        if self.off {
            return Ok(());
        }
        let mine = self.written.fetch_add(1, Ordering::SeqCst) + 1;
        let started = Instant::now();
        loop {
            if self.durable.load(Ordering::SeqCst) >= mine {
                return Ok(());
            }
            // Looked at before trying: a failed exchange still takes the cache line from the
            // other waiters.
            if !self.syncing.load(Ordering::SeqCst)
                && self.syncing.compare_exchange(false, true, Ordering::SeqCst, Ordering::SeqCst).is_ok()
            {
                let leading = Leading(self);
                // The sync just ended may have covered this write after it was looked at.
                if self.durable.load(Ordering::SeqCst) >= mine {
                    return Ok(());
                }
                let upto = self.written.load(Ordering::SeqCst);
                let result = sync();
                if result.is_ok() {
                    self.durable.fetch_max(upto, Ordering::SeqCst);
                }
                drop(leading);
                result?;
                continue;
            }
            if started.elapsed() < YIELD_FOR {
                std::thread::yield_now();
                continue;
            }
            let held = self.sleep();
            self.sleepers.fetch_add(1, Ordering::SeqCst);
            if self.syncing.load(Ordering::SeqCst) && self.durable.load(Ordering::SeqCst) < mine {
                drop(self.synced.wait(held).unwrap_or_else(|p| p.into_inner()));
            }
            self.sleepers.fetch_sub(1, Ordering::SeqCst);
        }
    }
}

/// Ends a leader's sync however `sync` returns, a panic included, so that no waiter waits
/// for a sync nobody runs.
struct Leading<'a>(&'a GroupCommit);

impl Drop for Leading<'_> {
    fn drop(&mut self) {
        let commit = self.0;
        commit.syncing.store(false, Ordering::SeqCst);
        if commit.sleepers.load(Ordering::SeqCst) > 0 {
            let _held = commit.sleep();
            commit.synced.notify_all();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{atomic::AtomicU64, Arc};

    #[test]
    fn writes_that_arrive_together_share_syncs_and_each_waits_for_one() {
        let commit = Arc::new(GroupCommit::new());
        // The "disk": how many writes were made, and how many a finished sync covered.
        let written = Arc::new(AtomicU64::new(0));
        let on_disk = Arc::new(AtomicU64::new(0));
        let syncs = Arc::new(AtomicUsize::new(0));
        let threads: Vec<_> = (0..8)
            .map(|_| {
                let (commit, written, on_disk, syncs) =
                    (commit.clone(), written.clone(), on_disk.clone(), syncs.clone());
                std::thread::spawn(move || {
                    for _ in 0..50 {
                        let mine = written.fetch_add(1, Ordering::SeqCst) + 1;
                        commit
                            .durable(|| {
                                let upto = written.load(Ordering::SeqCst);
                                syncs.fetch_add(1, Ordering::SeqCst);
                                std::thread::sleep(Duration::from_millis(1));
                                on_disk.fetch_max(upto, Ordering::SeqCst);
                                Ok::<(), ()>(())
                            })
                            .expect("durable");
                        assert!(on_disk.load(Ordering::SeqCst) >= mine, "acknowledged before its sync ended");
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().expect("no panic");
        }
        let n = syncs.load(Ordering::SeqCst);
        assert!((50..400).contains(&n), "400 writes shared {n} syncs");
    }

    #[test]
    fn a_sync_that_panics_leaves_the_next_write_to_lead_its_own() {
        let commit = GroupCommit::new();
        let panicked = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            commit.durable(|| -> Result<(), ()> { panic!("the disk driver") })
        }));
        assert!(panicked.is_err());
        let synced = AtomicU64::new(0);
        let next = commit.durable(|| {
            synced.fetch_add(1, Ordering::SeqCst);
            Ok::<(), ()>(())
        });
        assert_eq!(next, Ok(()));
        assert_eq!(synced.load(Ordering::SeqCst), 1, "the next write ran a sync of its own");
    }

    #[test]
    fn a_failed_sync_fails_its_write_and_the_next_one_tries_again() {
        let commit = GroupCommit::new();
        assert_eq!(commit.durable(|| Err("disk full")), Err("disk full"));
        assert_eq!(commit.durable(|| Ok::<(), &str>(())), Ok(()));
    }
}
