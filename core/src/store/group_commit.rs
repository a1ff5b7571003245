//! Commits that arrive together share one sync. Each commit is acknowledged only once a sync
//! that began after its write has finished, so what a user is told was saved is on disk; but
//! ten users committing at once pay for one sync instead of ten. The first commit to find no
//! sync running leads one, covering every write made so far; the others wait for it, or lead
//! the next.
//!
//! Waiting is done first by yielding, then by sleeping: a sync takes a tenth of a
//! millisecond, and on a busy machine a sleeping thread can take as long again to be woken,
//! so a waiter that slept would leave the disk idle when the sync it waited for ends.

use std::{
    sync::{Condvar, Mutex, MutexGuard},
    time::{Duration, Instant},
};

#[derive(Default)]
struct State {
    /// Writes that asked to be made durable, numbered.
    written: u64,
    /// Every write up to this number is on disk.
    durable: u64,
    syncing: bool,
}

#[derive(Default)]
pub struct GroupCommit {
    state: Mutex<State>,
    synced: Condvar,
    /// No syncing at all (a throwaway store).
    off: bool,
}

/// How long a waiter yields before it sleeps: about two syncs.
const YIELD_FOR: Duration = Duration::from_micros(200);

impl GroupCommit {
    /// Commits whose writes `durable`'s caller syncs.
    pub fn new() -> Self {
        Self::default()
    }

    /// No syncing (a throwaway store): every write is as durable as it will ever be.
    pub fn none() -> Self {
        Self { off: true, ..Self::default() }
    }

    fn state(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Returns once the write just made is durable, running `sync` (which makes durable
    /// every write made before it was called) if no sync that covers it is under way. A
    /// failed sync fails its leader; the others try again.
    pub fn durable<E>(&self, sync: impl Fn() -> Result<(), E>) -> Result<(), E> {
        if self.off {
            return Ok(());
        }
        let mut state = self.state();
        state.written += 1;
        let mine = state.written;
        let started = Instant::now();
        loop {
            if state.durable >= mine {
                return Ok(());
            }
            if state.syncing {
                if started.elapsed() < YIELD_FOR {
                    drop(state);
                    std::thread::yield_now();
                    state = self.state();
                } else {
                    state = self.synced.wait(state).unwrap_or_else(|p| p.into_inner());
                }
                continue;
            }
            state.syncing = true;
            let upto = state.written;
            drop(state);
            let result = sync();
            state = self.state();
            state.syncing = false;
            if result.is_ok() {
                state.durable = state.durable.max(upto);
            }
            self.synced.notify_all();
            result?;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{
        atomic::{AtomicUsize, Ordering},
        Arc,
    };

    #[test]
    fn writes_that_arrive_together_share_syncs_and_each_waits_for_one() {
        let commit = Arc::new(GroupCommit::new());
        let syncs = Arc::new(AtomicUsize::new(0));
        let threads: Vec<_> = (0..8)
            .map(|_| {
                let (commit, syncs) = (commit.clone(), syncs.clone());
                std::thread::spawn(move || {
                    for _ in 0..50 {
                        commit
                            .durable(|| {
                                syncs.fetch_add(1, Ordering::SeqCst);
                                std::thread::sleep(Duration::from_millis(1));
                                Ok::<(), ()>(())
                            })
                            .expect("durable");
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
    fn a_failed_sync_fails_its_write_and_the_next_one_tries_again() {
        let commit = GroupCommit::new();
        assert_eq!(commit.durable(|| Err("disk full")), Err("disk full"));
        assert_eq!(commit.durable(|| Ok::<(), &str>(())), Ok(()));
    }
}
