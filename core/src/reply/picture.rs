//! What picture a reply shows, as data and message ids. A turn decides it from what it read;
//! the engine, which knows the reader's language, has it drawn. The chart module takes its
//! words already translated, so this is where those words are named: the picture's title,
//! axis, legend, dates and alt text all come from the locales like every other word.

use chrono::{DateTime, Datelike, Days, NaiveDate, Utc};

use super::attachment::{Attachment, PNG};
use crate::{
    chart::{
        self, Bar, BarLabels, ChartError, PainLabels, PainLegend, PainPoint, MAX_BARS, PAIN_WINDOW_DAYS,
    },
    club::WEEKS,
    history::{History, Trend},
    msg::{Arg, Msg},
};

/// Fewest days a pain chart's title names: the chart gives even one entry a week of context.
const MIN_DAYS: i64 = 7;

/// A picture before it is drawn.
#[derive(Debug, Clone, PartialEq)]
pub enum Picture {
    /// A runner's pain over the last [`PAIN_WINDOW_DAYS`] days up to `today`: health data.
    Pain {
        /// Only those in the window, oldest first.
        points: Vec<PainPoint>,
        today: NaiveDate,
        /// The trend the reply's text names, so the alt text says the same.
        trend: Option<Trend>,
    },
    /// A club's Done presses per session, oldest first: counts the whole group may see.
    Club { sessions: Vec<(DateTime<Utc>, u32)>, today: NaiveDate },
}

impl Picture {
    /// The pain chart of `history` up to `today`; `None` when nothing falls in its window (the
    /// chart would have nothing to show, and the text already says so).
    pub fn pain(history: &History, today: NaiveDate) -> Option<Picture> {
        let from = today.checked_sub_days(Days::new(PAIN_WINDOW_DAYS as u64 - 1)).unwrap_or(NaiveDate::MIN);
        let points: Vec<PainPoint> = history
            .entries
            .iter()
            .filter_map(PainPoint::of)
            .filter(|p| (from..=today).contains(&p.at.date_naive()))
            .collect();
        (!points.is_empty()).then(|| Picture::Pain { points, today, trend: history.trend() })
    }

    /// The club chart of the sessions' presses (oldest first), the latest [`MAX_BARS`] of them;
    /// `None` without sessions.
    pub fn club(per_session: &[(DateTime<Utc>, usize)], today: NaiveDate) -> Option<Picture> {
        let latest = &per_session[per_session.len().saturating_sub(MAX_BARS)..];
        let sessions: Vec<(DateTime<Utc>, u32)> =
            latest.iter().map(|(at, n)| (*at, u32::try_from(*n).unwrap_or(u32::MAX))).collect();
        (!sessions.is_empty()).then_some(Picture::Club { sessions, today })
    }

    /// How many scores the picture shows (a pain chart's scored entries; none on a club's).
    pub fn scores(&self) -> usize {
        match self {
            Picture::Pain { points, .. } => {
                points.iter().filter(|p| p.severity.is_some() && p.mark != chart::Mark::Stretch).count()
            }
            Picture::Club { .. } => 0,
        }
    }

    /// Whether it shows someone's health, so it may never reach a group that cannot show a
    /// reply to one member alone. A club's counts are no health data.
    pub fn is_personal(&self) -> bool {
        matches!(self, Picture::Pain { .. })
    }

    /// The picture as a PNG file, its words put into the reader's language by `say`.
    pub fn draw(&self, say: &dyn Fn(&Msg) -> String) -> Result<Attachment, ChartError> {
        let date = |d: NaiveDate| say(&day(d));
        let (name, bytes) = match self {
            Picture::Pain { points, today, .. } => {
                let labels = PainLabels {
                    title: say(&Msg::with("pain-chart-title", vec![("days", Arg::Num(self.days() as f64))])),
                    y_axis: say(&Msg::new("pain-chart-axis")),
                    legend: PainLegend {
                        assessment: say(&Msg::new("pain-chart-assessment")),
                        red_flag: say(&Msg::new("pain-chart-red-flag")),
                        checkin: say(&Msg::new("pain-chart-checkin")),
                        after_run: say(&Msg::new("pain-chart-after-run")),
                        stretch: say(&Msg::new("pain-chart-stretch")),
                        trend: say(&Msg::new("pain-chart-trend")),
                    },
                    date: &date,
                };
                (format!("history-{today}.png"), chart::pain_chart(points, *today, &labels)?)
            }
            Picture::Club { sessions, today } => {
                let bars: Vec<Bar> =
                    sessions.iter().map(|(at, n)| Bar { label: date(at.date_naive()), value: *n }).collect();
                let labels = BarLabels {
                    title: say(&Msg::with("club-chart-title", vec![("weeks", Arg::Num(WEEKS as f64))])),
                    y_axis: say(&Msg::new("club-chart-axis")),
                };
                (format!("clubstats-{today}.png"), chart::club_chart(&bars, &labels)?)
            }
        };
        Ok(Attachment { name, mime: PNG.to_string(), bytes, description: Some(say(&self.alt())) })
    }

    /// The picture in one sentence, for whoever cannot see it.
    pub fn alt(&self) -> Msg {
        match self {
            Picture::Pain { trend, .. } => {
                let trend = match trend {
                    Some(Trend::Better) => "better",
                    Some(Trend::Steady) => "steady",
                    Some(Trend::Worse) => "worse",
                    None => "none",
                };
                Msg::with(
                    "pain-chart-alt",
                    vec![("days", Arg::Num(self.days() as f64)), ("trend", Arg::Str(trend.to_string()))],
                )
            }
            Picture::Club { sessions, .. } => Msg::with(
                "club-chart-alt",
                vec![
                    ("sessions", Arg::Num(sessions.len() as f64)),
                    ("weeks", Arg::Num(WEEKS as f64)),
                    ("most", Arg::Num(f64::from(sessions.iter().map(|(_, n)| *n).max().unwrap_or(0)))),
                ],
            ),
        }
    }

    /// The days a pain chart spans, as its title names them: from its first entry to today,
    /// a week at least.
    fn days(&self) -> i64 {
        match self {
            Picture::Pain { points, today, .. } => points
                .iter()
                .map(|p| (*today - p.at.date_naive()).num_days() + 1)
                .max()
                .unwrap_or(MIN_DAYS)
                .clamp(MIN_DAYS, PAIN_WINDOW_DAYS),
            Picture::Club { .. } => WEEKS * 7,
        }
    }
}

/// A day on a chart's axis, short, in the reader's language ("Jun 2", "2. Juni").
fn day(d: NaiveDate) -> Msg {
    Msg::with(
        "chart-day",
        vec![("month", Arg::Num(f64::from(d.month()))), ("day", Arg::Num(f64::from(d.day())))],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::{CheckinKind, CheckinRecord, Entry};
    use chrono::TimeZone;

    fn checkin(days_ago: u32, severity: Option<u8>, kind: CheckinKind) -> Entry {
        let at = Utc.with_ymd_and_hms(2026, 6, 2, 8, 0, 0).single().expect("valid")
            - chrono::Duration::days(days_ago.into());
        Entry::Checkin(CheckinRecord { at, severity, after_run: Some(false), kind })
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 6, 2).expect("valid")
    }

    #[test]
    fn the_pain_chart_takes_the_last_ninety_days_and_counts_their_scores() {
        let history = History {
            entries: vec![
                checkin(120, Some(9), CheckinKind::Feeling),
                checkin(30, Some(6), CheckinKind::Feeling),
                checkin(3, None, CheckinKind::Stretch),
                checkin(2, None, CheckinKind::Checked),
                checkin(1, Some(4), CheckinKind::Feeling),
            ],
            unreadable: 0,
        };
        let picture = Picture::pain(&history, today()).expect("a picture");
        let Picture::Pain { points, .. } = &picture else { panic!("a pain chart") };
        assert_eq!(points.len(), 3, "the stretch is shown, the old entry and the 'checked' note are not");
        assert_eq!(picture.scores(), 2);
        assert_eq!(picture.days(), 31);
        assert!(picture.is_personal());
        assert_eq!(Picture::pain(&History::default(), today()), None);
    }

    #[test]
    fn the_club_chart_keeps_the_latest_sessions_that_fit() {
        let at = Utc.with_ymd_and_hms(2026, 6, 2, 18, 0, 0).single().expect("valid");
        let many: Vec<(DateTime<Utc>, usize)> =
            (0..70).map(|i| (at + chrono::Duration::hours(i), i as usize)).collect();
        let Some(Picture::Club { sessions, .. }) = Picture::club(&many, today()) else {
            panic!("a club chart")
        };
        assert_eq!(sessions.len(), MAX_BARS);
        assert_eq!(sessions.last().map(|s| s.1), Some(69));
        assert_eq!(Picture::club(&[], today()), None);
        assert!(!Picture::club(&many, today()).is_some_and(|p| p.is_personal()));
    }
}
