//! Trying a platform request again, the same way on every platform: a 429 is waited out for
//! exactly as long as the platform says, a passing failure (a 5xx, a dropped connection) is
//! tried again after an exponential backoff with jitter (so a hundred chats that failed
//! together do not retry together), and anything else is given up at once. Each adapter only
//! says which of these its errors are.

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
}
