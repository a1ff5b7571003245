//! Logs go to stderr through `tracing`: `RUST_LOG` filters, `UPBACK_LOG_FORMAT=json` prints
//! one JSON object per line for machines.

use tracing_subscriber::{fmt, EnvFilter};

/// Installs the global subscriber. `default` is the filter when `RUST_LOG` is unset.
pub fn init(default: &str) {
    // sled's own complaints about damage come back to us as errors, which say it in one line
    // with what to do; its log lines would only repeat them in its words. RUST_LOG still can
    // ask for them.
    let filter =
        EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(format!("{default},sled=off")));
    let json = std::env::var("UPBACK_LOG_FORMAT").is_ok_and(|f| f.eq_ignore_ascii_case("json"));
    let builder = fmt().with_env_filter(filter).with_writer(std::io::stderr);
    // A second init (tests) is harmless: keep whichever subscriber came first.
    let _ = if json { builder.json().try_init() } else { builder.try_init() };
}
