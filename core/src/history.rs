//! A user's history: finished assessments and check-ins, and what /history shows (with the
//! trend); /export hands it back with the rest (see [`crate::kept`]).

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::{assessment::Answer, content::Outcome, scoring::FactorScore};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AssessmentRecord {
    pub at: DateTime<Utc>,
    pub severity: Option<u8>,
    pub outcome: Outcome,
    /// The red-flag signs that ended it, picked or typed (empty for a self-care result).
    #[serde(default)]
    pub signs: Vec<String>,
    /// Best first; empty when a red flag ended the assessment.
    pub factors: Vec<FactorScore>,
    pub answers: Vec<Answer>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CheckinKind {
    /// "How does your back feel today?"
    Feeling,
    /// A stretch routine done.
    Stretch,
    /// "I got checked" after the bot sent them to a professional.
    Checked,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CheckinRecord {
    pub at: DateTime<Utc>,
    pub severity: Option<u8>,
    pub after_run: Option<bool>,
    pub kind: CheckinKind,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Entry {
    Assessment(AssessmentRecord),
    Checkin(CheckinRecord),
}

impl Entry {
    pub fn at(&self) -> DateTime<Utc> {
        match self {
            Entry::Assessment(a) => a.at,
            Entry::Checkin(c) => c.at,
        }
    }

    pub fn severity(&self) -> Option<u8> {
        match self {
            Entry::Assessment(a) => a.severity,
            Entry::Checkin(c) => c.severity,
        }
    }
}

/// A user's history as read from the store, oldest first.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct History {
    pub entries: Vec<Entry>,
    /// Records that could not be read (corrupt, or from a newer version): kept, not shown.
    pub unreadable: usize,
}

/// How long after a red flag the bot first asks whether the runner got checked.
pub const FOLLOW_UP_DAYS: i64 = 14;
/// A pain score this low, after a red flag, means the self-help may come back.
pub const MILD: u8 = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trend {
    Better,
    Steady,
    Worse,
}

impl History {
    /// The red-flag result of the last [`FOLLOW_UP_DAYS`] days that still waits for its
    /// answer: the runner has not said they got checked, and has not reported mild pain since.
    pub fn awaiting_check(&self, now: DateTime<Utc>) -> Option<&AssessmentRecord> {
        let since = now - chrono::Duration::days(FOLLOW_UP_DAYS);
        let (at, flagged) = self.entries.iter().enumerate().rev().find_map(|(i, e)| match e {
            Entry::Assessment(a) if a.outcome != Outcome::SelfCare => Some((i, a)),
            _ => None,
        })?;
        if flagged.at < since {
            return None;
        }
        let cleared = self.entries[at + 1..].iter().any(|e| match e {
            Entry::Checkin(c) => c.kind == CheckinKind::Checked || c.severity.is_some_and(|s| s <= MILD),
            Entry::Assessment(a) => a.outcome == Outcome::SelfCare && a.severity.is_some_and(|s| s <= MILD),
        });
        (!cleared).then_some(flagged)
    }

    /// The pain scores in time order.
    pub fn severities(&self) -> Vec<u8> {
        self.entries.iter().filter_map(Entry::severity).collect()
    }

    /// The last three scores against the three before them (or the first against the last,
    /// with fewer): a change of a point or more on average is a trend.
    pub fn trend(&self) -> Option<Trend> {
        let s = self.severities();
        if s.len() < 2 {
            return None;
        }
        let n = (s.len() / 2).min(3);
        let mean = |xs: &[u8]| xs.iter().map(|x| f64::from(*x)).sum::<f64>() / xs.len() as f64;
        let recent = mean(&s[s.len() - n..]);
        let before = mean(&s[s.len() - 2 * n..s.len() - n]);
        Some(if recent <= before - 1.0 {
            Trend::Better
        } else if recent >= before + 1.0 {
            Trend::Worse
        } else {
            Trend::Steady
        })
    }

    /// Days in a row, up to `today` (or up to yesterday, when today has none yet: a streak
    /// is not broken before the day is over), with a stretch: a Done press under a club
    /// routine or a stretch check-in. `day` puts an instant on the runner's calendar.
    pub fn stretch_streak(&self, today: NaiveDate, day: impl Fn(DateTime<Utc>) -> NaiveDate) -> u32 {
        let mut days: Vec<NaiveDate> = self
            .entries
            .iter()
            .filter_map(|e| match e {
                Entry::Checkin(c) if c.kind == CheckinKind::Stretch => Some(day(c.at)),
                _ => None,
            })
            .collect();
        days.sort_unstable();
        days.dedup();
        let mut expect = today;
        if days.last() != Some(&today) {
            expect = today - chrono::Duration::days(1);
        }
        let mut n = 0;
        for d in days.iter().rev() {
            if *d > expect {
                continue;
            }
            if *d != expect {
                break;
            }
            n += 1;
            expect -= chrono::Duration::days(1);
        }
        n
    }

    /// The last ten scores as a one-line chart.
    pub fn sparkline(&self) -> String {
        const BARS: [char; 11] = ['▁', '▁', '▂', '▃', '▃', '▄', '▅', '▅', '▆', '▇', '█'];
        let s = self.severities();
        s[s.len().saturating_sub(10)..].iter().map(|v| BARS[usize::from((*v).min(10))]).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn checkin(day: u32, severity: u8) -> Entry {
        Entry::Checkin(CheckinRecord {
            at: Utc.with_ymd_and_hms(2026, 3, day, 8, 0, 0).single().expect("valid date"),
            severity: Some(severity),
            after_run: Some(true),
            kind: CheckinKind::Feeling,
        })
    }

    #[test]
    fn the_trend_compares_recent_scores_with_earlier_ones() {
        let h = |s: &[u8]| History {
            entries: s.iter().enumerate().map(|(i, v)| checkin(i as u32 + 1, *v)).collect(),
            unreadable: 0,
        };
        assert_eq!(h(&[7]).trend(), None);
        assert_eq!(h(&[7, 3]).trend(), Some(Trend::Better));
        assert_eq!(h(&[3, 3, 4, 3]).trend(), Some(Trend::Steady));
        assert_eq!(h(&[2, 2, 2, 5, 6, 6]).trend(), Some(Trend::Worse));
        assert_eq!(h(&[0, 5, 10]).sparkline(), "▁▄█");
    }
}
