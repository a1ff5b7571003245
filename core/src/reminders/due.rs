//! The due queue's policy: what becomes of a reminder whose time has come — posted now, or
//! skipped when the bot was down for so long that the post would no longer help — and when it
//! comes next. Pure: the engine reads what is due, saves each step with compare-and-swap
//! before it hands out a post, so a crash never posts one occurrence twice.

use chrono::{DateTime, Duration, Utc};

use super::Reminder;

/// What to do with a reminder whose time came while the bot could not send it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Missed {
    /// Late by less than the grace period: send it now, once.
    Fire,
    /// Too late to be useful: skip this occurrence and wait for the next.
    Skip,
}

pub fn missed(due: DateTime<Utc>, now: DateTime<Utc>, grace: Duration) -> Missed {
    if now - due <= grace {
        Missed::Fire
    } else {
        Missed::Skip
    }
}

/// One due reminder, settled: what to store, and whether to post it.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    /// The reminder moved on to its next occurrence (at the revision it was read at).
    pub next: Reminder,
    pub fire: bool,
}

/// Settles a due reminder at `now`; `None` when it has no occurrence to settle.
pub fn settle(reminder: &Reminder, now: DateTime<Utc>, grace: Duration) -> Option<Step> {
    let at = reminder.next?;
    let fire = missed(at, now, grace) == Missed::Fire;
    Some(Step { next: reminder.advanced(at, now, fire), fire })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).expect("valid time").with_timezone(&Utc)
    }

    #[test]
    fn lateness_within_the_grace_period_fires_and_beyond_it_skips() {
        let due = utc("2026-06-01T18:30:00Z");
        assert_eq!(missed(due, due + Duration::minutes(59), Duration::hours(1)), Missed::Fire);
        assert_eq!(missed(due, due + Duration::minutes(61), Duration::hours(1)), Missed::Skip);
    }
}
