//! Trying a platform request again, the same way on every platform: a 429 is waited out for
//! exactly as long as the platform says, a passing failure (a 5xx, a dropped connection) is
//! tried again after an exponential backoff with jitter (so a hundred chats that failed
//! together do not retry together), and anything else is given up at once ([`retry`]). Each
//! adapter only says which of these its errors are.
//!
//! Starting an adapter is different ([`until_started`]): every failure is tried again, with
//! longer pauses and no end, a final one too (a refused token). The process keeps serving the
//! other platform meanwhile and /healthz names the reason, and the operator who fixes the
//! token or the network sees the bot connect without a restart. Each failed start is handed to
//! the caller once, with the pause before the next, for one log line (without the token).

use std::{fmt::Display, future::Future, time::Duration};

use backon::{ExponentialBuilder, Retryable};
use upback_core::input::Platform;

/// What a failed request means for trying again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    /// The platform said how long to wait (a 429): wait that long, then try again.
    RetryAfter(Duration),
    /// It may pass (a 5xx, a dropped connection, a proxy's error page).
    Transient,
    /// The chat is gone or closed to the bot (blocked, removed, deleted): stop posting there.
    Gone,
    /// Anything else: trying again would fail the same way.
    Fatal,
}

/// A platform client's error, sorted into a [`Failure`].
pub trait Classify {
    fn failure(&self) -> Failure;
}

/// `e` and every cause under it, each once ("error sending request: client error (Connect):
/// tcp connect error: Connection refused"): the top line of a client's error rarely says
/// whether it was the name lookup, the connection or a timeout.
pub fn with_causes(e: &(dyn std::error::Error + 'static)) -> String {
    let mut said = e.to_string();
    let mut cause = e.source();
    while let Some(c) = cause {
        let text = c.to_string();
        if !said.contains(&text) {
            said = format!("{said}: {text}");
        }
        cause = c.source();
    }
    said
}

/// How often a request is tried in all.
pub const ATTEMPTS: usize = 5;
const FIRST_BACKOFF: Duration = Duration::from_millis(200);
const LONGEST_BACKOFF: Duration = Duration::from_secs(10);

/// Runs `request` until it succeeds, fails for good, or has been tried [`ATTEMPTS`] times.
pub async fn retry<T, E, F, Fut>(platform: Platform, what: &'static str, request: F) -> Result<T, E>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, E>>,
    E: Classify + Display,
{
    let backoff = ExponentialBuilder::default()
        .with_min_delay(FIRST_BACKOFF)
        .with_max_delay(LONGEST_BACKOFF)
        .with_max_times(ATTEMPTS - 1)
        .with_jitter();
    request
        .retry(backoff)
        .sleep(tokio::time::sleep)
        .when(|e: &E| matches!(e.failure(), Failure::RetryAfter(_) | Failure::Transient))
        // A 429 says how long to wait; the backoff only decides whether to try again at all.
        .adjust(|e: &E, next: Option<Duration>| {
            next.map(|d| match e.failure() {
                Failure::RetryAfter(wait) => wait,
                _ => d,
            })
        })
        .notify(|e: &E, wait: Duration| {
            tracing::info!(platform = platform.key(), request = what, error = %e, wait_ms = wait.as_millis() as u64, "retrying");
        })
        .await
}

/// The first pause before a start is tried again; it doubles up to `LONGEST_PAUSE`, and each
/// pause gets up to as much again of jitter: 1 s up to a minute, and replicas that lost a
/// platform together do not all knock again in the same second when it comes back.
pub const FIRST_PAUSE: Duration = Duration::from_secs(1);
const LONGEST_PAUSE: Duration = Duration::from_secs(30);

/// Runs `start` until it succeeds, for as long as the caller waits: a platform that cannot be
/// reached at start (an outage, no network yet) is connected to when it comes back, and a
/// refused token once it is fixed. Every failure, final or passing, is told to `failed` once,
/// with the pause before the next try, so the caller can say why it is down; the caller ends
/// the trying by dropping the future. (The `Err` would take `usize::MAX` failures.)
pub async fn until_started<T, E, F, Fut>(start: F, failed: impl FnMut(&E, Duration)) -> Result<T, E>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, E>>,
{
    let backoff = ExponentialBuilder::default()
        .with_min_delay(FIRST_PAUSE)
        .with_max_delay(LONGEST_PAUSE)
        .without_max_times()
        .with_jitter();
    start.retry(backoff).sleep(tokio::time::sleep).notify(failed).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[derive(Debug)]
    struct Fails(Failure);

    impl Display for Fails {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(f, "{:?}", self.0)
        }
    }

    impl Classify for Fails {
        fn failure(&self) -> Failure {
            self.0
        }
    }

    async fn attempts(failure: Failure, succeed_on: usize) -> (usize, bool) {
        let tries = AtomicUsize::new(0);
        let result = retry(Platform::Telegram, "test", || async {
            let n = tries.fetch_add(1, Ordering::SeqCst) + 1;
            if n >= succeed_on {
                Ok(())
            } else {
                Err(Fails(failure))
            }
        })
        .await;
        (tries.load(Ordering::SeqCst), result.is_ok())
    }

    #[tokio::test(start_paused = true)]
    async fn passing_failures_and_rate_limits_are_tried_again_and_others_are_not() {
        assert_eq!(attempts(Failure::Transient, 3).await, (3, true));
        assert_eq!(attempts(Failure::RetryAfter(Duration::from_secs(7)), 2).await, (2, true));
        assert_eq!(attempts(Failure::Transient, 99).await, (ATTEMPTS, false), "gives up in the end");
        assert_eq!(attempts(Failure::Gone, 2).await, (1, false));
        assert_eq!(attempts(Failure::Fatal, 2).await, (1, false));
    }

    #[tokio::test(start_paused = true)]
    async fn a_rate_limit_waits_exactly_as_long_as_the_platform_says() {
        let start = tokio::time::Instant::now();
        attempts(Failure::RetryAfter(Duration::from_secs(7)), 2).await;
        assert_eq!(start.elapsed().as_secs(), 7);
    }

    #[tokio::test(start_paused = true)]
    async fn a_start_is_tried_again_past_the_request_attempts_with_growing_jittered_pauses() {
        let tries = AtomicUsize::new(0);
        let mut pauses = Vec::new();
        let started = until_started(
            || async {
                let n = tries.fetch_add(1, Ordering::SeqCst) + 1;
                if n > 12 {
                    Ok(n)
                } else {
                    Err(Fails(Failure::Fatal))
                }
            },
            |_: &Fails, pause| pauses.push(pause),
        )
        .await;
        assert_eq!(started.ok(), Some(13), "even a failure that looks final is tried again");
        assert_eq!(pauses.len(), 12);
        for (i, pause) in pauses.iter().enumerate() {
            let base = (FIRST_PAUSE * 2u32.pow(i as u32)).min(LONGEST_PAUSE);
            assert!(*pause >= base && *pause < base * 2, "pause {i}: {pause:?} from {base:?}");
        }
        assert!(pauses.iter().all(|p| *p < Duration::from_secs(60)), "never more than a minute");
        let exact = pauses.iter().enumerate().filter(|(i, p)| **p == FIRST_PAUSE * 2u32.pow(*i as u32));
        assert!(exact.count() < 3, "jittered, not plain doubling: {pauses:?}");
    }
}
