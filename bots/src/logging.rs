//! Logs go to stderr through `tracing`: `RUST_LOG` filters, `UPBACK_LOG_FORMAT=json` prints
//! one JSON object per line for machines. Colour only on a terminal: Docker's logs, a file or
//! a pipe get plain text, and `NO_COLOR` (<https://no-color.org>) turns it off everywhere.

use std::io::IsTerminal;

use tracing_subscriber::{fmt, EnvFilter};

/// How log lines are written (`UPBACK_LOG_FORMAT`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Json,
}

/// `UPBACK_LOG_FORMAT` as typed, in any case; `Err` names what was typed (and text is used).
fn format(value: Option<&str>) -> Result<Format, String> {
    match value.map(str::trim).unwrap_or_default() {
        "" => Ok(Format::Text),
        v if v.eq_ignore_ascii_case("text") => Ok(Format::Text),
        v if v.eq_ignore_ascii_case("json") => Ok(Format::Json),
        other => Err(other.to_string()),
    }
}

/// Whether to colour the lines: only for a person at a terminal, and not when `NO_COLOR` is
/// set to anything but the empty string.
fn colour(terminal: bool, no_color: Option<&std::ffi::OsStr>) -> bool {
    terminal && no_color.is_none_or(|v| v.is_empty())
}

/// Installs the global subscriber. `default` is the filter when `RUST_LOG` is unset.
pub fn init(default: &str) {
    // sled's own complaints about damage come back to us as errors, which say it in one line
    // with what to do; its log lines would only repeat them in its words. RUST_LOG still can
    // ask for them.
    let filter =
        EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(format!("{default},sled=off")));
    let typed = std::env::var("UPBACK_LOG_FORMAT").ok();
    let chosen = format(typed.as_deref());
    let ansi = colour(std::io::stderr().is_terminal(), std::env::var_os("NO_COLOR").as_deref());
    let builder = fmt().with_env_filter(filter).with_writer(std::io::stderr).with_ansi(ansi);
    // A second init (tests) is harmless: keep whichever subscriber came first.
    let _ = if chosen == Ok(Format::Json) { builder.json().try_init() } else { builder.try_init() };
    if let Err(typed) = chosen {
        tracing::warn!("UPBACK_LOG_FORMAT: {typed:?} is not a log format; use text (the default) or json. Logging as text");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::OsStr;

    #[test]
    fn colour_is_for_a_terminal_without_no_color() {
        assert!(colour(true, None));
        assert!(colour(true, Some(OsStr::new(""))), "an empty NO_COLOR does not count");
        assert!(!colour(true, Some(OsStr::new("1"))));
        assert!(!colour(false, None), "a pipe, a file, docker logs");
    }

    #[test]
    fn the_log_format_is_read_in_any_case() {
        assert_eq!(format(None), Ok(Format::Text));
        assert_eq!(format(Some("JSON")), Ok(Format::Json));
        assert_eq!(format(Some(" Text ")), Ok(Format::Text));
        assert_eq!(format(Some("jsno")), Err("jsno".to_string()));
    }
}
