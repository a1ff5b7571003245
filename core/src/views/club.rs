//! What a club sees of its own participation: /clubstats for its moderators. Counts only: who
//! pressed Done is no health data, and a member's name shows only if they chose so.

use super::{menu_row, num, text};
use crate::{
    club::Stats,
    command::Command,
    msg::Msg,
    reply::{Draft, Picture},
};
use chrono::NaiveDate;

/// How many of the most regular members /clubstats lists.
pub const REGULARS: usize = 3;

/// /clubstats: members and sessions this week and last, and the most regular members —
/// `named` are those who opted in with /leaderboard (name, presses), `others` how many of the
/// top [`REGULARS`] did not — with a bar chart of the presses per session up to `today`.
pub fn club_stats(stats: &Stats, named: &[(String, usize)], others: usize, today: NaiveDate) -> Draft {
    if stats.per_session.is_empty() {
        return Draft::public([Msg::new("clubstats-empty").into()]).button_row(menu_row(&[Command::Routine]));
    }
    let mut parts = vec![
        Msg::new("clubstats-head").into(),
        Msg::with(
            "clubstats-this-week",
            vec![
                num("members", stats.members_this_week as f64),
                num("sessions", stats.sessions_this_week as f64),
            ],
        )
        .into(),
        Msg::with(
            "clubstats-last-week",
            vec![
                num("members", stats.members_last_week as f64),
                num("sessions", stats.sessions_last_week as f64),
            ],
        )
        .into(),
    ];
    if !named.is_empty() || others > 0 {
        parts.push(Msg::new("clubstats-regulars").into());
        for (name, count) in named {
            parts.push(
                Msg::with("clubstats-regular", vec![text("name", name.clone()), num("count", *count as f64)])
                    .into(),
            );
        }
        if others > 0 {
            parts.push(Msg::with("clubstats-anonymous", vec![num("count", others as f64)]).into());
        }
    }
    parts.push(Msg::new("clubstats-leaderboard-hint").into());
    let mut d = Draft::public(parts).button_row(menu_row(&[Command::Routine, Command::Reminders]));
    d.image = Picture::club(&stats.per_session, today);
    d
}
