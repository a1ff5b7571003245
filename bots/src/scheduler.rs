//! The reminder scheduler: sleeps until the earliest reminder is due (or until a reminder
//! changes), takes what is due from the engine and posts it through the adapter that owns
//! the chat. The engine moves a reminder on before it is handed out, so nothing is posted
//! twice; a chat that is gone pauses its reminder with the reason.

use std::{future::Future, pin::Pin, sync::Arc};

use tokio::{
    sync::{Notify, Semaphore},
    task::JoinHandle,
};
use upback_core::{
    engine::{Due, DueBatch, Engine},
    reply::Reply,
    store::Store,
};

use crate::{clock::Clock, delivery::Undelivered};

/// Posting into one platform's chats.
pub trait Outbox: Send + Sync + 'static {
    /// The platform key reminders carry (`telegram`, `discord`).
    fn platform(&self) -> &'static str;
    fn post<'a>(
        &'a self,
        chat_id: &'a str,
        reply: &'a Reply,
        role: Option<u64>,
    ) -> Pin<Box<dyn Future<Output = Result<(), Undelivered>> + Send + 'a>>;
}

/// How many posts may be in flight at once; the adapters' own limits pace them further.
const IN_FLIGHT: usize = 256;

pub struct Running {
    stop: Arc<Notify>,
    task: JoinHandle<()>,
}

impl Running {
    pub async fn stop(self) {
        self.stop.notify_one();
        let _ = self.task.await;
    }
}

/// How long the scheduler waits after a store failure, doubling up to [`MAX_BACKOFF`]: a
/// failing disk must not spin a core, nor fill the log.
const FIRST_BACKOFF: std::time::Duration = std::time::Duration::from_secs(1);
const MAX_BACKOFF: std::time::Duration = std::time::Duration::from_secs(60);

pub fn start<S: Store + 'static>(
    engine: Arc<Engine<S>>,
    outboxes: Vec<Arc<dyn Outbox>>,
    clock: Arc<dyn Clock>,
    grace: chrono::Duration,
) -> Running {
    let wake = Arc::new(Notify::new());
    let hook = wake.clone();
    engine.on_reminders_changed(Box::new(move || hook.notify_one()));
    let stop = Arc::new(Notify::new());
    let stopping = stop.clone();
    let task = tokio::spawn(async move {
        let slots = Arc::new(Semaphore::new(IN_FLIGHT));
        let mut posts = tokio::task::JoinSet::new();
        let mut failing = Failing::default();
        loop {
            let now = clock.now();
            let e = engine.clone();
            // Every store call runs off the async workers: sled blocks on its disk.
            let (batch, next) = match tokio::task::spawn_blocking(move || {
                let batch = e.take_due(now, grace);
                let next = e.next_due();
                (batch, next)
            })
            .await
            {
                Ok(done) => done,
                Err(e) => {
                    tracing::error!(error = %e, "scheduler: the store task failed");
                    (DueBatch::default(), Ok(None))
                }
            };
            crate::metrics::METRICS.reminders_claimed(batch.due.len());
            // What was moved on is handed out even when the store failed part-way.
            for d in batch.due {
                let Some(outbox) = outboxes.iter().find(|o| o.platform() == d.reminder.platform).cloned()
                else {
                    tracing::warn!(platform = %d.reminder.platform, "scheduler: no adapter runs for this reminder");
                    continue;
                };
                let (engine, slots) = (engine.clone(), slots.clone());
                posts.spawn(async move {
                    let Ok(_slot) = slots.acquire_owned().await else { return };
                    deliver(&engine, outbox.as_ref(), d).await;
                });
            }
            while posts.try_join_next().is_some() {}
            let failure =
                batch.error.map(|e| e.to_string()).or_else(|| next.as_ref().err().map(|e| e.to_string()));
            let wait = match failure {
                Some(error) => Wait::For(failing.failed(&error)),
                None => {
                    failing.recovered();
                    if batch.more {
                        continue;
                    }
                    match next {
                        Ok(Some(at)) => Wait::Until(at),
                        _ => Wait::Forever,
                    }
                }
            };
            let sleep = async {
                match wait {
                    Wait::Until(at) => clock.sleep_until(at).await,
                    Wait::For(pause) => tokio::time::sleep(pause).await,
                    Wait::Forever => std::future::pending().await,
                }
            };
            tokio::select! {
                _ = sleep => {}
                _ = wake.notified() => {}
                _ = stopping.notified() => break,
            }
        }
        // Posts already handed to an adapter are finished, not dropped.
        while posts.join_next().await.is_some() {}
    });
    Running { stop, task }
}

enum Wait {
    Until(chrono::DateTime<chrono::Utc>),
    For(std::time::Duration),
    Forever,
}

/// The scheduler's run of store failures: logged once when it starts and once when it ends,
/// with a pause that doubles in between.
#[derive(Default)]
struct Failing {
    backoff: Option<std::time::Duration>,
}

impl Failing {
    fn failed(&mut self, error: &str) -> std::time::Duration {
        let next = match self.backoff {
            None => {
                tracing::error!(error, "scheduler: the store failed; backing off until it works again");
                FIRST_BACKOFF
            }
            Some(b) => (b * 2).min(MAX_BACKOFF),
        };
        self.backoff = Some(next);
        next
    }

    fn recovered(&mut self) {
        if self.backoff.take().is_some() {
            tracing::info!("scheduler: the store works again");
        }
    }
}

async fn deliver<S: Store + 'static>(engine: &Arc<Engine<S>>, outbox: &dyn Outbox, due: Due) {
    let r = &due.reminder;
    match outbox.post(&r.chat_id, &due.reply, r.role).await {
        Ok(()) => {
            crate::metrics::METRICS.reminder_fired();
            tracing::info!(reminder = r.id, platform = %r.platform, "reminder posted");
        }
        Err(Undelivered::Gone(detail)) => {
            tracing::warn!(reminder = r.id, detail = %detail, "the chat is gone; pausing its reminder");
            let (engine, reminder) = (engine.clone(), r.clone());
            let paused = tokio::task::spawn_blocking(move || engine.pause_gone(&reminder, &detail)).await;
            match paused {
                Ok(Ok(())) => {}
                Ok(Err(e)) => tracing::error!(error = %e, "could not pause a reminder"),
                Err(e) => tracing::error!(error = %e, "could not pause a reminder"),
            }
        }
        Err(Undelivered::Failed(e)) => {
            tracing::error!(reminder = r.id, error = %e, "a reminder could not be posted")
        }
        Err(Undelivered::Stopping) => {
            tracing::info!(reminder = r.id, "stopping: the reminder is kept and posted at the next start")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::Ordering;

    use upback_store_conformance::Faulty;

    #[tokio::test(start_paused = true)]
    async fn a_failing_store_makes_the_scheduler_back_off_not_spin() {
        let engine = Arc::new(Engine::built_in(Faulty::new()).expect("engine"));
        engine.store().reads_failing.store(usize::MAX, Ordering::SeqCst);
        let clock = Arc::new(crate::clock::SystemClock);
        let running = start(engine.clone(), Vec::new(), clock, chrono::Duration::hours(1));
        // Ten minutes of a store that fails every read.
        tokio::time::sleep(std::time::Duration::from_secs(600)).await;
        let calls = engine.store().due_calls.load(Ordering::SeqCst);
        // 1, 2, 4 … up to 60 s between tries: about fifteen in ten minutes, not millions.
        assert!((5..=20).contains(&calls), "{calls} reads in ten minutes");
        // The store recovers: the scheduler goes back to sleeping until something is due.
        engine.store().reads_failing.store(0, Ordering::SeqCst);
        tokio::time::sleep(std::time::Duration::from_secs(61)).await;
        let after = engine.store().due_calls.load(Ordering::SeqCst);
        tokio::time::sleep(std::time::Duration::from_secs(600)).await;
        assert_eq!(engine.store().due_calls.load(Ordering::SeqCst), after, "nothing due: it sleeps");
        running.stop().await;
    }
}
