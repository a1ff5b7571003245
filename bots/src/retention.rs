//! The retention limit, kept by the shell: once at start and then once a day, everyone whose
//! last input is older than `UPBACK_RETENTION_DAYS` is forgotten, as /forget would (the core
//! decides who; this only asks it on time, off the async workers).

use std::sync::Arc;

use tokio::{sync::Notify, task::JoinHandle};
use upback_core::{engine::Engine, store::Store};

use crate::clock::Clock;

/// How often the limit is looked at: a day late at most.
const EVERY: chrono::Duration = chrono::Duration::hours(24);

pub struct Running {
    stop: Arc<Notify>,
    task: JoinHandle<()>,
    swept: tokio::sync::watch::Receiver<Sweeps>,
}

/// What the sweeps of this run did, for the log and for tests.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Sweeps {
    pub done: u64,
    pub forgotten: u64,
}

impl Running {
    pub fn swept(&self) -> tokio::sync::watch::Receiver<Sweeps> {
        self.swept.clone()
    }

    pub async fn stop(self) {
        self.stop.notify_one();
        let _ = self.task.await;
    }
}

pub fn start<S: Store + 'static>(engine: Arc<Engine<S>>, clock: Arc<dyn Clock>) -> Running {
    let stop = Arc::new(Notify::new());
    let stopping = stop.clone();
    let (tell, swept) = tokio::sync::watch::channel(Sweeps::default());
    let task = tokio::spawn(async move {
        loop {
            let (engine2, now) = (engine.clone(), clock.now());
            match tokio::task::spawn_blocking(move || engine2.forget_inactive(now)).await {
                Ok(Ok(gone)) => {
                    if !gone.is_empty() {
                        tracing::info!(
                            runners = gone.len(),
                            days = engine.retention_days(),
                            "forgot the records of runners silent for longer than the retention limit"
                        );
                    }
                    tell.send_modify(|s| {
                        s.done += 1;
                        s.forgotten += gone.len() as u64;
                    });
                }
                Ok(Err(e)) => tracing::error!(error = %e, "the retention sweep failed; trying again later"),
                Err(e) => tracing::error!(error = %e, "the retention sweep failed"),
            }
            tokio::select! {
                _ = clock.sleep_until(now + EVERY) => {}
                _ = stopping.notified() => return,
            }
        }
    });
    Running { stop, task, swept }
}
