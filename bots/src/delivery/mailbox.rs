//! What is owed to each chat, sent in order at the platform's pace: one queue, and one sender
//! task while the chat has something queued. Edits of one message are coalesced — the latest
//! version wins, and one sender per chat means at most one edit of a message is in flight —
//! so a hundred Done presses become a handful of edits. A 429 pauses only its own chat, once,
//! for as long as the platform says. At a stop, what could not go out in time is handed back
//! and kept in the store, and the next start sends it ([`Mailboxes::drain_into_store`],
//! [`Mailboxes::restore`]); an adapter only says what its chats and ops are.

use std::{
    collections::{HashMap, VecDeque},
    fmt::{Debug, Display},
    future::Future,
    hash::Hash,
    pin::Pin,
    sync::{Arc, Mutex, MutexGuard},
    time::Duration,
};

use anyhow::Context as _;
use serde::{de::DeserializeOwned, Deserialize, Serialize};
use tokio::sync::{oneshot, watch, Notify};
use upback_core::{input::Platform, store::Store};

use super::{
    pacing::{Limits, Pacing},
    retry::{retry, Classify, Failure},
    Undelivered,
};

/// A platform's sending side, as the mailboxes need it.
pub trait Wire: Send + Sync + 'static {
    type Chat: Clone + Eq + Hash + Debug + Send + Sync + 'static;
    type Op: Clone + Send + Sync + 'static;
    type Error: Classify + Display + Send;

    fn is_group(chat: &Self::Chat) -> bool;
    /// Which message an op edits, if it is an edit: two edits of one message coalesce.
    fn edits(op: &Self::Op) -> Option<u64>;
    /// An edit's version (a shared post's count): of two edits, the higher one is kept.
    fn version(op: &Self::Op) -> Option<u64>;
    fn send<'a>(
        &'a self,
        chat: &'a Self::Chat,
        op: &'a Self::Op,
    ) -> Pin<Box<dyn Future<Output = Result<(), Self::Error>> + Send + 'a>>;
}

type Done = oneshot::Sender<Result<(), Undelivered>>;

struct Item<Op> {
    op: Op,
    /// Everyone waiting for this op, including those whose edits it replaced.
    waiting: Vec<Done>,
}

struct State<W: Wire> {
    queues: HashMap<W::Chat, VecDeque<Item<W::Op>>>,
    /// The highest version posted per edited message, and when: an edit that arrives after
    /// a newer one (two presses' turns finishing out of order) is dropped, not sent.
    newest: HashMap<(W::Chat, u64), (u64, std::time::Instant)>,
    closing: bool,
    /// What could not be sent before the stop.
    left: Vec<(W::Chat, W::Op)>,
}

struct Inner<W: Wire> {
    wire: W,
    platform: Platform,
    pacing: Pacing<W::Chat>,
    state: Mutex<State<W>>,
    /// Told whenever a chat's queue runs empty.
    emptied: Notify,
    /// Set when the stop's deadline has passed: senders stop waiting and retrying.
    abandon: watch::Sender<bool>,
}

/// Every chat's queue on one platform.
pub struct Mailboxes<W: Wire> {
    inner: Arc<Inner<W>>,
}

impl<W: Wire> Clone for Mailboxes<W> {
    fn clone(&self) -> Self {
        Self { inner: self.inner.clone() }
    }
}

/// Whether `new` and `queued` edit the same message, and if so which one stays.
fn merge<W: Wire>(queued: &mut Item<W::Op>, new: W::Op, done: Done) -> Result<(), (W::Op, Done)> {
    match (W::edits(&queued.op), W::edits(&new)) {
        (Some(a), Some(b)) if a == b => {
            // A version-less edit is the newest; otherwise the higher version is the truth.
            let newer = match (W::version(&queued.op), W::version(&new)) {
                (Some(old), Some(fresh)) => fresh >= old,
                _ => true,
            };
            if newer {
                queued.op = new;
            }
            queued.waiting.push(done);
            Ok(())
        }
        _ => Err((new, done)),
    }
}

/// Keeps the versions map small: what a shared post showed ten minutes ago no longer races.
fn forget_old_versions<K: Eq + Hash>(newest: &mut HashMap<K, (u64, std::time::Instant)>) {
    const KEEP: usize = 4096;
    if newest.len() > KEEP {
        let cutoff = Duration::from_secs(600);
        newest.retain(|_, (_, at)| at.elapsed() < cutoff);
    }
}

impl<W: Wire> Mailboxes<W> {
    pub fn new(wire: W, platform: Platform, limits: Limits) -> Self {
        Self {
            inner: Arc::new(Inner {
                wire,
                platform,
                pacing: Pacing::new(limits),
                state: Mutex::new(State {
                    queues: HashMap::new(),
                    newest: HashMap::new(),
                    closing: false,
                    left: Vec::new(),
                }),
                emptied: Notify::new(),
                abandon: watch::channel(false).0,
            }),
        }
    }

    pub fn wire(&self) -> &W {
        &self.inner.wire
    }

    fn state(&self) -> MutexGuard<'_, State<W>> {
        self.inner.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Queues `op` for `chat`; the receiver says how it went. An edit of a message that is
    /// already waiting to be edited replaces that edit (or is dropped, if it is older).
    pub fn post(&self, chat: W::Chat, op: W::Op) -> oneshot::Receiver<Result<(), Undelivered>> {
        let (done, outcome) = oneshot::channel();
        let mut state = self.state();
        if state.closing {
            state.left.push((chat, op));
            let _ = done.send(Err(Undelivered::Stopping));
            return outcome;
        }
        if let (Some(message), Some(version)) = (W::edits(&op), W::version(&op)) {
            let newest =
                state.newest.entry((chat.clone(), message)).or_insert((version, std::time::Instant::now()));
            if version < newest.0 {
                let _ = done.send(Ok(()));
                return outcome;
            }
            *newest = (version, std::time::Instant::now());
            forget_old_versions(&mut state.newest);
        }
        let start = !state.queues.contains_key(&chat);
        let queue = state.queues.entry(chat.clone()).or_default();
        let mut pending = Some((op, done));
        for queued in queue.iter_mut() {
            if let Some((op, done)) = pending.take() {
                pending = merge::<W>(queued, op, done).err();
            }
        }
        if let Some((op, done)) = pending {
            queue.push_back(Item { op, waiting: vec![done] });
        }
        drop(state);
        if start {
            tokio::spawn(sender(self.inner.clone(), chat));
        }
        outcome
    }

    /// Stops taking new posts and waits up to `within` for every queue to run empty; then
    /// gives up on the rest and returns what was not sent (the op in flight at the deadline
    /// included: it may have arrived, and is sent again at the next start rather than lost).
    pub async fn drain(&self, within: Duration) -> Vec<(W::Chat, W::Op)> {
        self.state().closing = true;
        let deadline = tokio::time::Instant::now() + within;
        loop {
            let emptied = self.inner.emptied.notified();
            if self.state().queues.is_empty() {
                break;
            }
            if tokio::time::timeout_at(deadline, emptied).await.is_err() {
                let _ = self.inner.abandon.send(true);
                // The senders hand back their op and their queue, then stop.
                while !self.state().queues.is_empty() {
                    let emptied = self.inner.emptied.notified();
                    if self.state().queues.is_empty() {
                        break;
                    }
                    let _ = tokio::time::timeout(Duration::from_secs(1), emptied).await;
                }
                break;
            }
        }
        std::mem::take(&mut self.state().left)
    }

    /// How many ops wait in all (for tests and metrics).
    pub fn waiting(&self) -> usize {
        self.state().queues.values().map(VecDeque::len).sum()
    }
}

/// What a stop left owed to a chat, as kept in the store until the next start.
#[derive(Serialize, Deserialize)]
struct Owed<Chat, Op> {
    /// Discord's adapter kept its own form before this was shared, under `channel`: what a
    /// stop of that version kept is still sent.
    #[serde(alias = "channel")]
    chat: Chat,
    op: Op,
}

impl<W: Wire> Mailboxes<W>
where
    W::Chat: Serialize + DeserializeOwned,
    W::Op: Serialize + DeserializeOwned,
{
    /// [`drain`](Self::drain)s for up to `within`, then keeps what could not be sent in `store`
    /// under the platform's name, for [`restore`](Self::restore) at the next start: a stop
    /// loses nothing that was owed. Returns how many were kept.
    pub async fn drain_into_store<S: Store + Clone + 'static>(
        &self,
        within: Duration,
        store: &S,
    ) -> anyhow::Result<usize> {
        let platform = self.inner.platform;
        let items: Vec<serde_json::Value> = self
            .drain(within)
            .await
            .into_iter()
            .filter_map(|(chat, op)| match serde_json::to_value(Owed { chat, op }) {
                Ok(item) => Some(item),
                Err(e) => {
                    tracing::warn!(platform = platform.key(), error = %e, "dropping an owed op it cannot keep");
                    None
                }
            })
            .collect();
        if items.is_empty() {
            return Ok(0);
        }
        let kept = items.len();
        tracing::info!(
            platform = platform.key(),
            owed = kept,
            "keeping what could not be sent for the next start"
        );
        let store = store.clone();
        tokio::task::spawn_blocking(move || store.owe(platform.key(), &items))
            .await
            .context("the store task failed")?
            .context("could not keep what was owed")?;
        Ok(kept)
    }

    /// Queues what the last stop kept in `store` (and takes it out). The adapter starts
    /// whatever happens here: what cannot be read is logged and left, and a record it cannot
    /// make sense of is dropped. Returns how many were queued.
    pub async fn restore<S: Store + Clone + 'static>(&self, store: &S) -> usize {
        let platform = self.inner.platform;
        let store = store.clone();
        let items = match tokio::task::spawn_blocking(move || store.take_owed(platform.key())).await {
            Ok(Ok(items)) => items,
            Ok(Err(e)) => {
                tracing::error!(platform = platform.key(), error = %e, "could not read what was owed");
                return 0;
            }
            Err(e) => {
                tracing::error!(platform = platform.key(), error = %e, "the store task failed");
                return 0;
            }
        };
        let mut queued = 0;
        for item in items {
            match serde_json::from_value::<Owed<W::Chat, W::Op>>(item) {
                Ok(Owed { chat, op }) => {
                    drop(self.post(chat, op));
                    queued += 1;
                }
                Err(e) => {
                    tracing::warn!(platform = platform.key(), error = %e, "dropping an owed op it cannot read")
                }
            }
        }
        queued
    }
}

impl<W: Wire> Inner<W> {
    /// Moves a queued edit of the message `held` edits into `held`, keeping the newer op.
    fn take_newer(&self, chat: &W::Chat, held: &mut Item<W::Op>) {
        let Some(message) = W::edits(&held.op) else { return };
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        let Some(queue) = state.queues.get_mut(chat) else { return };
        let Some(at) = queue.iter().position(|i| W::edits(&i.op) == Some(message)) else { return };
        let Some(newer) = queue.remove(at) else { return };
        let keep_newer = match (W::version(&held.op), W::version(&newer.op)) {
            (Some(old), Some(fresh)) => fresh >= old,
            _ => true,
        };
        if keep_newer {
            held.op = newer.op;
        }
        held.waiting.extend(newer.waiting);
    }
}

/// Sends `chat`'s queue until it is empty.
async fn sender<W: Wire>(inner: Arc<Inner<W>>, chat: W::Chat) {
    let mut abandon = inner.abandon.subscribe();
    loop {
        let item = {
            let mut state = inner.state.lock().unwrap_or_else(|p| p.into_inner());
            match state.queues.get_mut(&chat).and_then(VecDeque::pop_front) {
                Some(item) => item,
                None => {
                    state.queues.remove(&chat);
                    drop(state);
                    inner.emptied.notify_waiters();
                    inner.pacing.forget_quiet_chats();
                    return;
                }
            }
        };
        // Every attempt waits for its place in the pace, a retry included: a message tried
        // again is one more message in that second. An edit takes in any newer edit of its
        // message that arrived while it waited, so what goes out is the latest.
        let held = Mutex::new(item);
        let outcome = {
            let sent = retry(inner.platform, "send", || async {
                inner.pacing.ready(&chat, W::is_group(&chat)).await;
                let op = {
                    let mut held = held.lock().unwrap_or_else(|p| p.into_inner());
                    inner.take_newer(&chat, &mut held);
                    held.op.clone()
                };
                inner.wire.send(&chat, &op).await
            });
            if *abandon.borrow() {
                None
            } else {
                tokio::select! {
                    sent = sent => Some(sent),
                    _ = abandon.wait_for(|stop| *stop) => None,
                }
            }
        };
        let item = held.into_inner().unwrap_or_else(|p| p.into_inner());
        let result = match outcome {
            Some(Ok(())) => Ok(()),
            Some(Err(e)) => {
                crate::metrics::METRICS.error(inner.platform);
                match e.failure() {
                    Failure::Gone => Err(Undelivered::Gone(e.to_string())),
                    _ => {
                        tracing::warn!(platform = inner.platform.key(), chat = ?chat, error = %e, "could not deliver");
                        Err(Undelivered::Failed(e.to_string()))
                    }
                }
            }
            None => {
                let mut state = inner.state.lock().unwrap_or_else(|p| p.into_inner());
                state.left.push((chat.clone(), item.op.clone()));
                Err(Undelivered::Stopping)
            }
        };
        for waiting in item.waiting {
            let _ = waiting.send(result.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::{
        num::NonZeroU32,
        sync::atomic::{AtomicUsize, Ordering},
    };

    use governor::Quota;

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    enum Op {
        Send(String),
        Edit { message: u64, version: u64 },
    }

    fn send(text: &str) -> Op {
        Op::Send(text.to_string())
    }

    #[derive(Debug)]
    struct Error(Failure);

    impl Display for Error {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(f, "{:?}", self.0)
        }
    }

    impl Classify for Error {
        fn failure(&self) -> Failure {
            self.0
        }
    }

    /// Records what arrives; the first `limited` sends answer 429 (wait 1 s).
    #[derive(Default)]
    struct Recorder {
        sent: Mutex<Vec<(i64, Op)>>,
        limited: AtomicUsize,
        slow: Option<Duration>,
    }

    impl Wire for Recorder {
        type Chat = i64;
        type Op = Op;
        type Error = Error;

        fn is_group(chat: &i64) -> bool {
            *chat < 0
        }

        fn edits(op: &Op) -> Option<u64> {
            match op {
                Op::Edit { message, .. } => Some(*message),
                Op::Send(_) => None,
            }
        }

        fn version(op: &Op) -> Option<u64> {
            match op {
                Op::Edit { version, .. } => Some(*version),
                Op::Send(_) => None,
            }
        }

        fn send<'a>(
            &'a self,
            chat: &'a i64,
            op: &'a Op,
        ) -> Pin<Box<dyn Future<Output = Result<(), Error>> + Send + 'a>> {
            Box::pin(async move {
                if let Some(slow) = self.slow {
                    tokio::time::sleep(slow).await;
                }
                let limited = self.limited.load(Ordering::SeqCst);
                if limited > 0 {
                    self.limited.store(limited - 1, Ordering::SeqCst);
                    return Err(Error(Failure::RetryAfter(Duration::from_secs(1))));
                }
                self.sent.lock().expect("lock").push((*chat, op.clone()));
                Ok(())
            })
        }
    }

    fn quick() -> Limits {
        let fast = Quota::per_second(NonZeroU32::new(1000).expect("non-zero"));
        Limits { overall: fast, chat: fast, group: fast }
    }

    #[tokio::test]
    async fn edits_of_one_message_coalesce_and_the_highest_version_wins() {
        let boxes = Mailboxes::new(
            Recorder { slow: Some(Duration::from_millis(50)), ..Recorder::default() },
            Platform::Telegram,
            quick(),
        );
        let mut waiting = Vec::new();
        waiting.push(boxes.post(-1, send("first")));
        // While the first is in flight, eight edits arrive, out of order.
        for version in [1, 2, 5, 3, 8, 4, 7, 6] {
            waiting.push(boxes.post(-1, Op::Edit { message: 9, version }));
        }
        for w in waiting {
            assert_eq!(w.await.expect("answered"), Ok(()), "every post is answered");
        }
        // An older count that arrives after the newest went out is dropped, not sent.
        boxes
            .post(-1, Op::Edit { message: 9, version: 7 })
            .await
            .expect("answered")
            .expect("dropped quietly");
        let sent = boxes.wire().sent.lock().expect("lock").clone();
        assert_eq!(sent, [(-1, send("first")), (-1, Op::Edit { message: 9, version: 8 })]);
    }

    #[tokio::test(start_paused = true)]
    async fn a_429_pauses_its_chat_once_and_the_order_holds() {
        let boxes = Mailboxes::new(
            Recorder { limited: AtomicUsize::new(1), ..Recorder::default() },
            Platform::Telegram,
            quick(),
        );
        let waits: Vec<_> = ["a", "b", "c"].into_iter().map(|t| boxes.post(5, send(t))).collect();
        for w in waits {
            w.await.expect("answered").expect("sent");
        }
        let sent = boxes.wire().sent.lock().expect("lock").clone();
        assert_eq!(sent, [(5, send("a")), (5, send("b")), (5, send("c"))]);
    }

    #[tokio::test(start_paused = true)]
    async fn at_a_stop_what_is_not_sent_in_time_is_handed_back() {
        let boxes = Mailboxes::new(
            Recorder { slow: Some(Duration::from_secs(3)), ..Recorder::default() },
            Platform::Telegram,
            quick(),
        );
        let _first = boxes.post(1, send("one"));
        let _second = boxes.post(1, send("two"));
        let left = boxes.drain(Duration::from_secs(4)).await;
        assert_eq!(left, [(1, send("two"))], "the first went out; the second was owed");
        let late = boxes.post(1, send("late")).await.expect("answered");
        assert_eq!(late, Err(Undelivered::Stopping));
        assert_eq!(boxes.drain(Duration::ZERO).await, [(1, send("late"))]);
    }

    #[tokio::test(start_paused = true)]
    async fn what_a_stop_could_not_send_is_kept_in_the_store_and_sent_at_the_next_start() {
        let store = std::sync::Arc::new(upback_core::store::MemoryStore::new());
        let stopping = Mailboxes::new(
            Recorder { slow: Some(Duration::from_secs(3)), ..Recorder::default() },
            Platform::Telegram,
            quick(),
        );
        // Each chat sends one in the 4 s; the rest of -2's queue is owed.
        let _one = stopping.post(1, send("one"));
        let _two = stopping.post(-2, send("two"));
        let _edit = stopping.post(-2, Op::Edit { message: 9, version: 4 });
        let _three = stopping.post(-2, send("three"));
        assert_eq!(stopping.drain_into_store(Duration::from_secs(4), &store).await.expect("kept"), 2);
        assert_eq!(stopping.drain_into_store(Duration::ZERO, &store).await.expect("nothing"), 0);
        // What Discord's adapter kept in its own form before the form was shared.
        let older = serde_json::json!({"channel": 3, "op": {"Send": "from before"}});
        store.owe(Platform::Telegram.key(), &[older, serde_json::json!({"unreadable": true})]).expect("owed");

        let started = Mailboxes::new(Recorder::default(), Platform::Telegram, quick());
        assert_eq!(started.restore(&store).await, 3, "the unreadable one is dropped");
        while started.waiting() > 0 {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
        let mut sent = started.wire().sent.lock().expect("lock").clone();
        sent.sort_by_key(|(chat, _)| *chat);
        assert_eq!(
            sent,
            [(-2, Op::Edit { message: 9, version: 4 }), (-2, send("three")), (3, send("from before"))]
        );
        assert_eq!(started.restore(&store).await, 0, "taken once");
        let mut before = stopping.wire().sent.lock().expect("lock").clone();
        before.sort_by_key(|(chat, _)| *chat);
        assert_eq!(before, [(-2, send("two")), (1, send("one"))]);
    }
}
