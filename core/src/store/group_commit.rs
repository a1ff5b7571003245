//! Commits that arrive together share one flush. Each commit is acknowledged only once a
//! flush that began after its write has finished, so what a user is told was saved is on
//! disk; but ten users committing at once pay for one fsync instead of ten. The first
//! commit to find no flush running leads it; the others wait for it, or lead the next.

use std::sync::{Condvar, Mutex};

#[derive(Default)]
struct State {
    /// Writes begun but not yet waiting to be made durable: a leader gives them a moment to
    /// join its flush.
    writing: u64,
    /// Writes that asked to be made durable, numbered.
    written: u64,
    /// Every write up to this number is on disk.
    durable: u64,
    flushing: bool,
}

#[derive(Default)]
pub struct GroupCommit {
    state: Mutex<State>,
    flushed: Condvar,
}

/// How long a flush's leader waits at most for writes already under way to join it.
const LINGER: std::time::Duration = std::time::Duration::from_micros(150);

/// A write under way; it joins a flush with [`GroupCommit::durable`].
pub struct Writing<'a>(&'a GroupCommit);

impl Drop for Writing<'_> {
    fn drop(&mut self) {
        let mut state = self.0.state.lock().unwrap_or_else(|p| p.into_inner());
        state.writing = state.writing.saturating_sub(1);
        self.0.flushed.notify_all();
    }
}

impl GroupCommit {
    /// Says a write has begun, so that a flush about to start waits for it a moment.
    pub fn begin(&self) -> Writing<'_> {
        self.state.lock().unwrap_or_else(|p| p.into_inner()).writing += 1;
        Writing(self)
    }

    /// Returns once the write just made is durable, running `flush` if no flush that covers
    /// it is under way. A failed flush fails its leader; the others try again.
    pub fn durable<E>(&self, writing: Writing<'_>, flush: impl Fn() -> Result<(), E>) -> Result<(), E> {
        drop(writing);
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        state.written += 1;
        let mine = state.written;
        loop {
            if state.durable >= mine {
                return Ok(());
            }
            if state.flushing {
                state = self.flushed.wait(state).unwrap_or_else(|p| p.into_inner());
                continue;
            }
            // Writes under way join this flush if they arrive within a moment.
            let deadline = std::time::Instant::now() + LINGER;
            while state.writing > 0 {
                let left = deadline.saturating_duration_since(std::time::Instant::now());
                if left.is_zero() {
                    break;
                }
                state = self.flushed.wait_timeout(state, left).unwrap_or_else(|p| p.into_inner()).0;
            }
            if state.durable >= mine {
                return Ok(());
            }
            if state.flushing {
                continue;
            }
            state.flushing = true;
            let upto = state.written;
            drop(state);
            let result = flush();
            state = self.state.lock().unwrap_or_else(|p| p.into_inner());
            state.flushing = false;
            if result.is_ok() {
                state.durable = state.durable.max(upto);
            }
            self.flushed.notify_all();
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
    fn writes_that_arrive_together_share_flushes_and_each_waits_for_one() {
        let commit = Arc::new(GroupCommit::default());
        let flushes = Arc::new(AtomicUsize::new(0));
        let threads: Vec<_> = (0..8)
            .map(|_| {
                let (commit, flushes) = (commit.clone(), flushes.clone());
                std::thread::spawn(move || {
                    for _ in 0..50 {
                        commit
                            .durable(commit.begin(), || {
                                flushes.fetch_add(1, Ordering::SeqCst);
                                std::thread::sleep(std::time::Duration::from_millis(1));
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
        let n = flushes.load(Ordering::SeqCst);
        assert!((50..400).contains(&n), "400 writes shared {n} flushes");
    }

    #[test]
    fn a_failed_flush_fails_its_write_and_the_next_one_tries_again() {
        let commit = GroupCommit::default();
        assert_eq!(commit.durable(commit.begin(), || Err("disk full")), Err("disk full"));
        assert_eq!(commit.durable(commit.begin(), || Ok::<(), &str>(())), Ok(()));
    }
}
