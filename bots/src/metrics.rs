//! What the bot counts for its operator, in Prometheus' text format: updates handled by
//! platform and kind, replies sent, errors, reminders fired, and how long handling took.
//! Plain atomics in one process-wide registry; every adapter records into it.

use std::{
    fmt::Write,
    sync::atomic::{AtomicU64, Ordering::Relaxed},
    time::Duration,
};

use upback_core::input::{Input, Platform};

const PLATFORMS: [Platform; 3] = [Platform::Console, Platform::Telegram, Platform::Discord];
const KINDS: [&str; 5] = ["command", "text", "button", "non_text", "open"];
/// Upper bounds of the latency buckets, in seconds.
const BUCKETS: [f64; 10] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0];

#[allow(clippy::declare_interior_mutable_const)]
const ZERO: AtomicU64 = AtomicU64::new(0);

pub struct Metrics {
    updates: [[AtomicU64; 5]; 3],
    replies: [AtomicU64; 3],
    errors: [AtomicU64; 3],
    reminders_fired: AtomicU64,
    latency_buckets: [AtomicU64; 10],
    latency_count: AtomicU64,
    latency_micros: AtomicU64,
}

pub static METRICS: Metrics = Metrics {
    updates: [[ZERO; 5], [ZERO; 5], [ZERO; 5]],
    replies: [ZERO; 3],
    errors: [ZERO; 3],
    reminders_fired: ZERO,
    latency_buckets: [ZERO; 10],
    latency_count: ZERO,
    latency_micros: ZERO,
};

fn platform_index(p: Platform) -> usize {
    PLATFORMS.iter().position(|x| *x == p).unwrap_or(0)
}

/// The kind of an input, for counting; never the user's words.
pub fn kind(input: &Input) -> &'static str {
    input.kind()
}

impl Metrics {
    pub fn handled(&self, platform: Platform, kind: &str, took: Duration, replies: usize) {
        let p = platform_index(platform);
        let k = KINDS.iter().position(|x| *x == kind).unwrap_or(0);
        self.updates[p][k].fetch_add(1, Relaxed);
        self.replies[p].fetch_add(replies as u64, Relaxed);
        let secs = took.as_secs_f64();
        if let Some(b) = BUCKETS.iter().position(|le| secs <= *le) {
            self.latency_buckets[b].fetch_add(1, Relaxed);
        }
        self.latency_count.fetch_add(1, Relaxed);
        self.latency_micros.fetch_add(took.as_micros().min(u128::from(u64::MAX)) as u64, Relaxed);
    }

    pub fn error(&self, platform: Platform) {
        self.errors[platform_index(platform)].fetch_add(1, Relaxed);
    }

    pub fn reminder_fired(&self) {
        self.reminders_fired.fetch_add(1, Relaxed);
    }

    /// The Prometheus text exposition.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "# HELP upback_updates_total Inputs handled, by platform and kind.");
        let _ = writeln!(out, "# TYPE upback_updates_total counter");
        for (p, platform) in PLATFORMS.iter().enumerate() {
            for (k, kind) in KINDS.iter().enumerate() {
                let n = self.updates[p][k].load(Relaxed);
                let _ = writeln!(
                    out,
                    "upback_updates_total{{platform=\"{}\",kind=\"{kind}\"}} {n}",
                    platform.key()
                );
            }
        }
        for (name, help, values) in [
            ("upback_replies_total", "Replies sent, by platform.", &self.replies),
            ("upback_errors_total", "Errors talking to a platform, by platform.", &self.errors),
        ] {
            let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} counter");
            for (p, platform) in PLATFORMS.iter().enumerate() {
                let _ =
                    writeln!(out, "{name}{{platform=\"{}\"}} {}", platform.key(), values[p].load(Relaxed));
            }
        }
        let _ = writeln!(out, "# HELP upback_reminders_fired_total Reminders posted.");
        let _ = writeln!(out, "# TYPE upback_reminders_fired_total counter");
        let _ = writeln!(out, "upback_reminders_fired_total {}", self.reminders_fired.load(Relaxed));
        let _ =
            writeln!(out, "# HELP upback_handling_seconds Time from an input to its replies being ready.");
        let _ = writeln!(out, "# TYPE upback_handling_seconds histogram");
        let mut cumulative = 0;
        for (i, le) in BUCKETS.iter().enumerate() {
            cumulative += self.latency_buckets[i].load(Relaxed);
            let _ = writeln!(out, "upback_handling_seconds_bucket{{le=\"{le}\"}} {cumulative}");
        }
        let count = self.latency_count.load(Relaxed);
        let _ = writeln!(out, "upback_handling_seconds_bucket{{le=\"+Inf\"}} {count}");
        let _ =
            writeln!(out, "upback_handling_seconds_sum {}", self.latency_micros.load(Relaxed) as f64 / 1e6);
        let _ = writeln!(out, "upback_handling_seconds_count {count}");
        out
    }
}
