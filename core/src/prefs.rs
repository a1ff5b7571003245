//! What a user chose for themselves: their language, time zone, whether their history is
//! kept, and how club stats may name them. A leaf: the history's export and the store read
//! it, and the conversation that changes it sits above both.

use serde::{Deserialize, Serialize};

/// What a user chose for themselves.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Prefs {
    /// A locale tag chosen with /language; `None` follows the platform.
    #[serde(default)]
    pub locale: Option<String>,
    /// The IANA time zone of the runner's personal reminders, asked once and kept.
    #[serde(default)]
    pub zone: Option<String>,
    /// Whether their checks and check-ins may be kept; `None` until they were asked.
    #[serde(default)]
    pub history: Option<Keeping>,
    /// The welcome was shown: from now on /help is the list of what the bot does.
    #[serde(default)]
    pub welcomed: bool,
    /// The groups whose stats may show this member by name, and the name to show.
    #[serde(default)]
    pub leaderboard: std::collections::BTreeMap<String, String>,
}

/// The runner's answer to "may I keep your history?".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Keeping {
    Keep,
    /// The check works and the result is shown, but nothing is kept beyond the conversation.
    Off,
}
