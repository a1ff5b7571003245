//! Charts as PNG bytes: a runner's pain over the last 90 days and a club's "Done" presses per
//! session. Pure and deterministic: data and already-localized words in, the same bytes out
//! for the same input, no clock, no files, no system fonts (DejaVu Sans is embedded). The
//! adapters decide how to send the picture and the alt text that goes with it.
//!
//! Both charts are [`WIDTH`] × [`HEIGHT`] pixels (800 × 500, wide enough for 90 days of
//! points and still legible when a phone shrinks it to the screen's width): a white card
//! with dark text and a thin grey border, which reads the same in light and dark chat
//! themes. Colours are the Okabe–Ito palette, and every mark kind also has its own shape,
//! so nothing depends on telling colours apart.

mod canvas;
mod club;
mod frame;
mod pain;
mod palette;
mod text;

use chrono::{DateTime, NaiveDate, Utc};

use crate::{
    content::Outcome,
    history::{CheckinKind, Entry},
};

pub use frame::PlotRect;

/// Width of every chart, in pixels.
pub const WIDTH: u32 = 800;
/// Height of every chart, in pixels.
pub const HEIGHT: u32 = 500;

/// Where the pain chart's data lands, so tests can compute a point's pixel: a value `v` on
/// the y axis is at `bottom - (v - lo) / (hi - lo) * (bottom - top)` with `(lo, hi)` =
/// [`PAIN_Y_RANGE`], rounded to the nearest pixel; an instant `t` is at
/// `left + (t - start) / (end - start) * (right - left)`, where `end` is the midnight that
/// ends the day after `today` and `start` is the midnight that starts the earlier of the
/// day before the first point shown and `today - 6` (so even one point gets a week of
/// context and a day's margin on both sides).
pub const PAIN_PLOT: PlotRect = PlotRect { left: 80, top: 66, right: 772, bottom: 384 };
/// The pain chart's y range. Below 0 is a lane for the stretch-routine ticks, which have no
/// score; above 10 is room for a marker at 10 to show whole.
pub const PAIN_Y_RANGE: (f64, f64) = (-1.0, 10.5);
/// How many days back the pain chart looks, `today` included.
pub const PAIN_WINDOW_DAYS: i64 = 90;

/// Where the club chart's bars land: bar `i` of `n` is centred on
/// `left + (i + 0.5) * (right - left) / n`; a value `v` is at
/// `bottom - v / top_value * (bottom - top)`, where `top_value` is the first multiple of a
/// 1-2-5 step (1, 2, 5, 10, 20, …, the smallest that needs at most 6 of them) above the
/// highest bar, so there is always room for the count written over the tallest bar.
pub const CLUB_PLOT: PlotRect = PlotRect { left: 80, top: 66, right: 772, bottom: 420 };
/// More bars than this would be slivers; 8 weeks of even daily sessions fit.
pub const MAX_BARS: usize = 60;

/// What a chart could not be drawn from. Empty input is an error rather than an empty
/// picture: the bot has a sentence for "nothing logged yet" in the user's language, the
/// chart module does not.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ChartError {
    #[error("no pain entries in the {PAIN_WINDOW_DAYS} days up to {today}")]
    NoPoints { today: NaiveDate },
    #[error("no club sessions to chart")]
    NoBars,
    /// A score over 10 means a bug upstream; drawing it at 10 would show a number the user
    /// never gave.
    #[error("pain score {severity} at {at} is outside 0–10")]
    SeverityOutOfRange { severity: u8, at: DateTime<Utc> },
    #[error("{count} bars do not fit in one chart (at most {MAX_BARS})")]
    TooManyBars { count: usize },
    #[error("the embedded font could not be loaded")]
    Font,
    #[error("drawing failed: {0}")]
    Draw(String),
    #[error("PNG encoding failed: {0}")]
    Encode(String),
}

/// One entry of a user's history as the pain chart sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PainPoint {
    /// Placed by its UTC day and time of day, the same calendar as `today`.
    pub at: DateTime<Utc>,
    /// 0–10; `None` for entries without a score (a stretch routine, a red flag that ended
    /// the assessment before the pain question).
    pub severity: Option<u8>,
    pub mark: Mark,
}

/// How an entry is drawn. Each kind has its own shape and colour.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mark {
    /// A full assessment: a blue circle.
    Assessment,
    /// An assessment a red flag ended: a vermillion cross on its score (or a triangle at
    /// the top when it has none) and a dashed vermillion rule across the whole height, so
    /// the day stands out whatever the score.
    RedFlag,
    /// A "how does your back feel" check-in: a bluish-green diamond.
    Checkin,
    /// A check-in right after a run: an orange triangle.
    CheckinAfterRun,
    /// A stretch routine done: no score, so a short purple tick in the lane under 0.
    Stretch,
}

impl PainPoint {
    /// Where a history entry goes on the chart; `None` for what has no place there (the note
    /// that the runner got checked).
    pub fn of(entry: &Entry) -> Option<Self> {
        Some(match entry {
            Entry::Assessment(a) => PainPoint {
                at: a.at,
                severity: a.severity,
                mark: if a.outcome == Outcome::SelfCare { Mark::Assessment } else { Mark::RedFlag },
            },
            Entry::Checkin(c) => PainPoint {
                at: c.at,
                severity: c.severity,
                mark: match (c.kind, c.after_run) {
                    (CheckinKind::Checked, _) => return None,
                    (CheckinKind::Stretch, _) => Mark::Stretch,
                    (CheckinKind::Feeling, Some(true)) => Mark::CheckinAfterRun,
                    (CheckinKind::Feeling, _) => Mark::Checkin,
                },
            },
        })
    }
}

/// Legend text, one per mark kind and one for the trend line. Only the kinds present in
/// the window (and the trend, when drawn) are shown, so an unused entry costs nothing.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PainLegend {
    pub assessment: String,
    pub red_flag: String,
    pub checkin: String,
    pub after_run: String,
    pub stretch: String,
    pub trend: String,
}

impl PainLegend {
    fn text(&self, mark: Mark) -> &str {
        match mark {
            Mark::Assessment => &self.assessment,
            Mark::RedFlag => &self.red_flag,
            Mark::Checkin => &self.checkin,
            Mark::CheckinAfterRun => &self.after_run,
            Mark::Stretch => &self.stretch,
        }
    }
}

/// The words on the pain chart, in the user's language; too-long text is cut with "…"
/// rather than drawn over its neighbours.
pub struct PainLabels<'a> {
    pub title: String,
    pub y_axis: String,
    pub legend: PainLegend,
    /// Formats an x-axis tick's day in the user's language and date style; called once per
    /// candidate tick, so it should be cheap.
    pub date: &'a dyn Fn(NaiveDate) -> String,
}

/// Pain 0–10 over the last [`PAIN_WINDOW_DAYS`] days up to `today`, with a least-squares
/// trend line once there are two scored points.
///
/// `today` is the last day shown, passed in because the core has no clock. Entries after
/// `today` or before the window are left out; the x range starts at the first entry shown
/// (see [`PAIN_PLOT`]). Fails with [`ChartError::NoPoints`] when nothing is left and
/// [`ChartError::SeverityOutOfRange`] on a score over 10.
pub fn pain_chart(
    points: &[PainPoint],
    today: NaiveDate,
    labels: &PainLabels<'_>,
) -> Result<Vec<u8>, ChartError> {
    pain::draw(points, today, labels)
}

/// One bar of the club chart: a session and how many pressed "Done".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bar {
    /// Written under the bar (every bar's when they fit, otherwise every second or third,
    /// always including the last).
    pub label: String,
    pub value: u32,
}

/// The words on the club chart, in the club's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BarLabels {
    pub title: String,
    pub y_axis: String,
}

/// "Done" presses per session, oldest bar first, the count written over each bar. A
/// session nobody finished still shows a sliver on the baseline, so it reads as "zero"
/// rather than "missing". Fails with [`ChartError::NoBars`] on no bars and
/// [`ChartError::TooManyBars`] past [`MAX_BARS`].
pub fn club_chart(bars: &[Bar], labels: &BarLabels) -> Result<Vec<u8>, ChartError> {
    club::draw(bars, labels)
}
