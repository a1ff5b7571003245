//! One turn of the engine, run from an adapter: off the async threads (the engine waits for
//! the disk), timed and counted for /metrics. Every adapter runs its turns through here.

use std::sync::Arc;

use upback_core::{
    engine::Engine,
    input::{Input, Platform, Who},
    reply::Reply,
    store::Store,
};

use crate::metrics::METRICS;

/// The replies to `input`, or none if the engine's task failed (it never panics on input;
/// a failure here is a bug, logged).
pub async fn run<S: Store + 'static>(
    engine: Arc<Engine<S>>,
    platform: Platform,
    who: Who,
    input: Input,
) -> Vec<Reply> {
    let (kind, started) = (input.kind(), std::time::Instant::now());
    let replies = tokio::task::spawn_blocking(move || engine.handle(&who, input, chrono::Utc::now()))
        .await
        .unwrap_or_else(|e| {
            tracing::error!(platform = platform.key(), error = %e, "the engine task failed");
            Vec::new()
        });
    METRICS.handled(platform, kind, started.elapsed(), replies.len());
    replies
}
