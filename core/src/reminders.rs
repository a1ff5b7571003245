//! Reminders: their schedules ([`schedule`]), what a due one says ([`posts`]), and the due
//! queue's policy ([`due`]). Pure: the store keeps them, the engine applies what the due
//! queue decides, and the scheduler in the shell sends them.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

pub mod due;
pub mod posts;
pub mod schedule;

pub use due::{missed, Missed};
pub use schedule::{parse, Days, Parsed, Repeat, Schedule, ScheduleError};

/// Who a reminder speaks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    /// A group or server channel, set by a moderator.
    Group,
    /// One runner, in their private chat.
    Personal,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReminderKind {
    Stretch,
    Checkin,
}

/// Why a reminder is not firing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "by", rename_all = "snake_case")]
pub enum Paused {
    Moderator,
    /// The chat is gone or forbids the bot; the platform's words are kept for /reminders.
    ChatGone {
        detail: String,
    },
}

/// A stored reminder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reminder {
    pub id: u64,
    /// Counts saved versions: a change based on an older one is refused (a moderator's pause
    /// must not be undone by the scheduler moving the reminder on at the same moment).
    #[serde(default)]
    pub rev: u64,
    /// Whose it is: `chat:<platform>:<chat id>` for a group, the user key for a personal one.
    pub owner: String,
    /// The platform key and chat the reminder is posted to.
    pub platform: String,
    pub chat_id: String,
    pub created_by: String,
    pub audience: Audience,
    pub kind: ReminderKind,
    pub schedule: Schedule,
    pub note: Option<String>,
    /// A Discord role to mention; never @everyone or @here.
    pub role: Option<u64>,
    /// The language the reminder is posted in: its creator's.
    pub locale: String,
    /// The next occurrence; `None` once a one-off has fired.
    pub next: Option<DateTime<Utc>>,
    pub paused: Option<Paused>,
    pub last_fired: Option<DateTime<Utc>>,
}

impl Reminder {
    /// Whether the scheduler should look at it at all.
    pub fn active(&self) -> bool {
        self.paused.is_none() && self.next.is_some()
    }

    /// The reminder after its occurrence `at` was handled at `now` (sent, or skipped as too
    /// late): on to the first occurrence after both, so a long outage is not replayed.
    pub fn advanced(&self, at: DateTime<Utc>, now: DateTime<Utc>, fired: bool) -> Reminder {
        let mut r = self.clone();
        r.next = self.schedule.next_after(at.max(now));
        if fired {
            r.last_fired = Some(at);
        }
        r
    }
}

/// The owner key of a group's reminders.
pub fn group_owner(platform: &str, chat_id: &str) -> String {
    format!("chat:{platform}:{chat_id}")
}

/// A note as a group will read it: short, one line, and unable to ping everyone.
pub fn clean_note(note: &str) -> Option<String> {
    let one_line: String = note.split_whitespace().collect::<Vec<_>>().join(" ");
    let short: String = one_line.chars().take(200).collect();
    let safe = short.replace("@everyone", "@\u{200b}everyone").replace("@here", "@\u{200b}here");
    (!safe.is_empty()).then_some(safe)
}
