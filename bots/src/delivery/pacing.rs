//! Sending at a platform's limits, smoothly: a GCRA limiter (governor) for everything the bot
//! sends, and one per chat, so a burst of replies leaves at an even pace that the platform
//! accepts, instead of in batches it answers with 429. Rates are the platform's own, with a
//! small margin for the time a request spends on the wire.

use std::{hash::Hash, num::NonZeroU32, time::Duration};

use governor::{
    clock::DefaultClock,
    state::{keyed::HashMapStateStore, InMemoryState, NotKeyed},
    Quota, RateLimiter,
};

/// A platform's limits.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Everything the bot sends, across chats.
    pub overall: Quota,
    /// One chat.
    pub chat: Quota,
    /// One group chat, on top of `chat`.
    pub group: Quota,
}

fn every(period: Duration) -> Quota {
    Quota::with_period(period).unwrap_or_else(|| Quota::per_second(NonZeroU32::MIN))
}

fn burst(n: u32) -> NonZeroU32 {
    NonZeroU32::new(n).unwrap_or(NonZeroU32::MIN)
}

impl Limits {
    /// Telegram: 30 messages a second overall, about one a second per chat (short bursts are
    /// fine in a private chat), 20 a minute per group — edits included. The overall pace is 28
    /// a second, one at a time, so that no second Telegram sees carries more than 30 even when
    /// requests bunch up on the wire; a group gets one message every 3.1 s, so no minute holds
    /// more than 20.
    pub fn telegram() -> Self {
        Self {
            overall: every(Duration::from_secs(1) / 28),
            chat: Quota::per_second(NonZeroU32::MIN).allow_burst(burst(3)),
            group: every(Duration::from_millis(3100)),
        }
    }
}

impl Limits {
    /// Discord: serenity follows the per-route buckets from the response headers (and a REST
    /// proxy does it for a fleet); this only keeps queued edits of one channel to the five
    /// every five seconds Discord allows there.
    pub fn discord() -> Self {
        Self {
            overall: Quota::per_second(burst(40)),
            chat: Quota::per_second(NonZeroU32::MIN).allow_burst(burst(5)),
            group: Quota::per_second(NonZeroU32::MIN).allow_burst(burst(5)),
        }
    }
}

/// The limiters of one platform.
pub struct Pacing<K: Hash + Eq + Clone> {
    overall: RateLimiter<NotKeyed, InMemoryState, DefaultClock>,
    chat: RateLimiter<K, HashMapStateStore<K>, DefaultClock>,
    group: RateLimiter<K, HashMapStateStore<K>, DefaultClock>,
}

impl<K: Hash + Eq + Clone> Pacing<K> {
    pub fn new(limits: Limits) -> Self {
        Self {
            overall: RateLimiter::direct(limits.overall),
            chat: RateLimiter::hashmap(limits.chat),
            group: RateLimiter::hashmap(limits.group),
        }
    }

    /// Resolves when one more message may go to `chat`. The chat's own limit is waited for
    /// first, so a busy group never holds a slot of the overall pace while it waits.
    pub async fn ready(&self, chat: &K, group: bool) {
        if group {
            self.group.until_key_ready(chat).await;
        }
        self.chat.until_key_ready(chat).await;
        self.overall.until_ready().await;
    }

    /// Forgets chats that have been quiet long enough to have their full allowance back.
    pub fn forget_quiet_chats(&self) {
        self.chat.retain_recent();
        self.group.retain_recent();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Instant;

    #[tokio::test]
    async fn messages_to_a_group_are_spaced_by_its_period() {
        let pacing: Pacing<i64> = Pacing::new(Limits {
            overall: Quota::per_second(burst(1000)),
            chat: Quota::per_second(burst(1000)),
            group: every(Duration::from_millis(150)),
        });
        let start = Instant::now();
        for _ in 0..3 {
            pacing.ready(&-100, true).await;
        }
        let took = start.elapsed();
        assert!(took >= Duration::from_millis(290), "two waits of 150 ms: {took:?}");
    }
}
