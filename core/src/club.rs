//! What a club can see of its own participation: the routine posts it was offered, who pressed
//! Done under them, each member's streak, and the week-by-week stats a moderator asks for with
//! /clubstats. Pure: the store keeps posts and presses, this turns them into numbers. A Done
//! press is no health data (it says "stretched with the club", nothing about pain), so it is
//! counted whatever the member chose about their history; names appear only for members who
//! said so with /leaderboard.

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::input::UserKey;

/// A routine post in a group, by a moderator or a reminder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClubPost {
    pub id: u64,
    /// The group's owner key (`chat:<platform>:<chat id>`).
    pub group: String,
    pub at: DateTime<Utc>,
    /// The language it was posted in: its counts and the club's stats stay in it, whoever
    /// presses or asks.
    #[serde(default)]
    pub locale: String,
}

/// How far back /clubstats looks.
pub const WEEKS: i64 = 8;

/// A post with who pressed Done under it.
#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    pub post: ClubPost,
    pub done: Vec<UserKey>,
}

/// A member's streak: the club's posts in a row, newest first, that they pressed Done under.
/// `sessions` are the group's posts, newest first; `pressed` says whether the member pressed
/// one.
pub fn streak(sessions: &[ClubPost], mut pressed: impl FnMut(&ClubPost) -> bool) -> u32 {
    sessions.iter().take_while(|p| pressed(p)).count() as u32
}

/// The Monday that starts the (UTC) week of `at`.
pub fn week_of(at: DateTime<Utc>) -> NaiveDate {
    let day = at.date_naive();
    day - Duration::days(i64::from(day.weekday().num_days_from_monday()))
}

/// The numbers /clubstats shows.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Stats {
    pub members_this_week: usize,
    pub members_last_week: usize,
    pub sessions_this_week: usize,
    pub sessions_last_week: usize,
    /// Members by Done presses over [`WEEKS`] weeks, most first (ties by key, for a stable
    /// order); the top few are shown.
    pub regulars: Vec<(UserKey, usize)>,
    /// Done presses per session, oldest first, for the chart.
    pub per_session: Vec<(DateTime<Utc>, usize)>,
}

/// The club's stats at `now` from its sessions of the last [`WEEKS`] weeks.
pub fn stats(sessions: &[Session], now: DateTime<Utc>) -> Stats {
    let this_week = week_of(now);
    let last_week = this_week - Duration::days(7);
    let members = |week: NaiveDate| {
        let mut who: Vec<&UserKey> =
            sessions.iter().filter(|s| week_of(s.post.at) == week).flat_map(|s| &s.done).collect();
        who.sort();
        who.dedup();
        who.len()
    };
    let posted = |week: NaiveDate| sessions.iter().filter(|s| week_of(s.post.at) == week).count();
    let mut counts: std::collections::BTreeMap<&UserKey, usize> = std::collections::BTreeMap::new();
    for s in sessions {
        for u in &s.done {
            *counts.entry(u).or_default() += 1;
        }
    }
    let mut regulars: Vec<(UserKey, usize)> = counts.into_iter().map(|(u, n)| (u.clone(), n)).collect();
    regulars.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut per_session: Vec<(DateTime<Utc>, usize)> =
        sessions.iter().map(|s| (s.post.at, s.done.len())).collect();
    per_session.sort();
    Stats {
        members_this_week: members(this_week),
        members_last_week: members(last_week),
        sessions_this_week: posted(this_week),
        sessions_last_week: posted(last_week),
        regulars,
        per_session,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(day: u32) -> DateTime<Utc> {
        // December 2026: the 7th and the 14th are Mondays.
        DateTime::parse_from_rfc3339(&format!("2026-12-{day:02}T18:30:00Z"))
            .expect("time")
            .with_timezone(&Utc)
    }

    fn session(id: u64, day: u32, who: &[&str]) -> Session {
        Session {
            post: ClubPost { id, group: "chat:telegram:-1".into(), at: at(day), locale: "en-US".into() },
            done: who.iter().map(|u| UserKey::new("telegram", u)).collect(),
        }
    }

    #[test]
    fn a_streak_counts_the_latest_posts_pressed_in_a_row() {
        let posts: Vec<ClubPost> = [3, 2, 1]
            .iter()
            .map(|i| ClubPost { id: *i, group: "g".into(), at: at(*i as u32), locale: "en-US".into() })
            .collect();
        assert_eq!(streak(&posts, |p| p.id != 1), 2);
        assert_eq!(streak(&posts, |p| p.id != 3), 0, "missing the latest breaks it");
        assert_eq!(streak(&posts, |_| true), 3);
    }

    #[test]
    fn weekly_members_sessions_and_regulars_come_from_the_presses() {
        let sessions = [
            session(1, 8, &["ana", "ben"]),
            session(2, 10, &["ana", "cid"]),
            session(3, 15, &["ana"]),
            session(4, 17, &["ben", "ana"]),
        ];
        let s = stats(&sessions, at(17));
        assert_eq!((s.members_this_week, s.sessions_this_week), (2, 2));
        assert_eq!((s.members_last_week, s.sessions_last_week), (3, 2));
        assert_eq!(s.regulars[0], (UserKey::new("telegram", "ana"), 4));
        assert_eq!(s.regulars[1], (UserKey::new("telegram", "ben"), 2));
        assert_eq!(s.per_session.iter().map(|(_, n)| *n).collect::<Vec<_>>(), [2, 2, 1, 2]);
    }
}
