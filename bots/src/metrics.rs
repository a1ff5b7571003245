//! What the bot counts for its operator, exposed in the Prometheus (OpenMetrics) text format
//! through `prometheus-client`: inputs handled by platform and kind, replies produced,
//! errors talking to a platform, reminders posted, conflicting commits run again, and how
//! long handling took. One process-wide registry; every adapter records into it.

use std::{
    sync::{atomic::Ordering, LazyLock, Mutex},
    time::Duration,
};

use prometheus_client::{
    encoding::text::encode,
    metrics::{counter::Counter, family::Family, histogram::Histogram},
    registry::Registry,
};
use upback_core::input::Platform;

type Labels = Vec<(&'static str, &'static str)>;

pub struct Metrics {
    registry: Mutex<Registry>,
    updates: Family<Labels, Counter>,
    replies: Family<Labels, Counter>,
    errors: Family<Labels, Counter>,
    reminders_fired: Counter,
    reminders_claimed: Counter,
    conflicts: Counter,
    handling: Histogram,
}

/// Upper bounds of the latency buckets, in seconds.
const BUCKETS: [f64; 10] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0];

pub static METRICS: LazyLock<Metrics> = LazyLock::new(Metrics::new);

/// Every kind `Input::kind` names, so that each platform's series of each is there from the
/// start: dashboards see zeros rather than gaps. (A test holds it to the core's inputs.)
const KINDS: [&str; 6] = ["command", "text", "button", "non_text", "open", "joined"];

impl Metrics {
    fn new() -> Self {
        let metrics = Self {
            registry: Mutex::new(Registry::default()),
            updates: Family::default(),
            replies: Family::default(),
            errors: Family::default(),
            reminders_fired: Counter::default(),
            reminders_claimed: Counter::default(),
            conflicts: Counter::default(),
            handling: Histogram::new(BUCKETS),
        };
        {
            let mut r = metrics.registry.lock().unwrap_or_else(|p| p.into_inner());
            r.register("upback_updates", "Inputs handled, by platform and kind", metrics.updates.clone());
            r.register("upback_replies", "Replies the engine produced, by platform", metrics.replies.clone());
            r.register("upback_errors", "Errors talking to a platform, by platform", metrics.errors.clone());
            r.register(
                "upback_reminders_fired",
                "Due reminders this replica posted",
                metrics.reminders_fired.clone(),
            );
            r.register(
                "upback_reminders_claimed",
                "Due reminders this replica claimed (moved on in the store; each by one replica only)",
                metrics.reminders_claimed.clone(),
            );
            r.register(
                "upback_conflicts_retried",
                "Turns run again since start because another process changed the user meanwhile",
                metrics.conflicts.clone(),
            );
            r.register(
                "upback_handling_seconds",
                "Time from an input to its replies being ready",
                metrics.handling.clone(),
            );
        }
        // Every platform's series from the start, so dashboards see zeros rather than gaps.
        for platform in Platform::ALL {
            for kind in KINDS {
                let _ = metrics.updates.get_or_create(&vec![("platform", platform.key()), ("kind", kind)]);
            }
            let _ = metrics.replies.get_or_create(&vec![("platform", platform.key())]);
            let _ = metrics.errors.get_or_create(&vec![("platform", platform.key())]);
        }
        metrics
    }

    pub fn handled(&self, platform: Platform, kind: &'static str, took: Duration, replies: usize) {
        self.updates.get_or_create(&vec![("platform", platform.key()), ("kind", kind)]).inc();
        self.replies.get_or_create(&vec![("platform", platform.key())]).inc_by(replies as u64);
        self.handling.observe(took.as_secs_f64());
    }

    pub fn error(&self, platform: Platform) {
        self.errors.get_or_create(&vec![("platform", platform.key())]).inc();
    }

    pub fn reminder_fired(&self) {
        self.reminders_fired.inc();
    }

    pub fn reminders_claimed(&self, n: usize) {
        self.reminders_claimed.inc_by(n as u64);
    }

    /// The engine's count of conflicting commits run again, as of now. The engine keeps the
    /// count; this brings the counter up to it, and two scrapes at once cannot count twice.
    pub fn conflicts_retried(&self, n: u64) {
        self.conflicts.inner().fetch_max(n, Ordering::Relaxed);
    }

    /// The text exposition.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let registry = self.registry.lock().unwrap_or_else(|p| p.into_inner());
        if encode(&mut out, &registry).is_err() {
            tracing::error!("could not encode the metrics");
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_show_in_the_exposition_by_platform_and_kind() {
        let m = Metrics::new();
        m.handled(Platform::Telegram, "command", Duration::from_millis(3), 2);
        m.error(Platform::Discord);
        let text = m.render();
        assert!(text.contains("upback_updates_total{platform=\"telegram\",kind=\"command\"} 1"), "{text}");
        assert!(text.contains("upback_replies_total{platform=\"telegram\"} 2"), "{text}");
        assert!(text.contains("upback_errors_total{platform=\"discord\"} 1"), "{text}");
        assert!(text.contains("# TYPE upback_handling_seconds histogram"), "{text}");
        assert!(text.contains("upback_handling_seconds_count 1"), "{text}");
        assert!(text.contains("# HELP upback_replies Replies the engine produced"), "{text}");
    }

    #[test]
    fn conflicts_retried_are_a_counter_that_only_rises() {
        let m = Metrics::new();
        m.conflicts_retried(3);
        m.conflicts_retried(2);
        let text = m.render();
        assert!(text.contains("# TYPE upback_conflicts_retried counter"), "{text}");
        assert!(text.contains("upback_conflicts_retried_total 3\n"), "{text}");
        m.conflicts_retried(5);
        assert!(m.render().contains("upback_conflicts_retried_total 5\n"));
    }

    #[test]
    fn every_kind_of_input_has_its_series_from_the_start() {
        use upback_core::input::{CommandArgs, Input};
        // Matched in full: a new kind of input does not compile here until it is listed.
        let every = [
            Input::Open,
            Input::Text("hello".into()),
            Input::Text("/start".into()),
            Input::Command { name: "start".into(), args: CommandArgs::default() },
            Input::Action("1:c:help".into()),
            Input::NonText,
            Input::Joined { at: None },
        ];
        for input in &every {
            match input {
                Input::Open
                | Input::Text(_)
                | Input::Command { .. }
                | Input::Action(_)
                | Input::NonText
                | Input::Joined { .. } => {}
            }
        }
        let text = Metrics::new().render();
        for input in every {
            assert!(KINDS.contains(&input.kind()), "{} is not pre-created", input.kind());
        }
        for platform in Platform::ALL {
            for kind in KINDS {
                let series =
                    format!("upback_updates_total{{platform=\"{}\",kind=\"{kind}\"}} 0", platform.key());
                assert!(text.contains(&series), "{series} in {text}");
            }
        }
    }
}
