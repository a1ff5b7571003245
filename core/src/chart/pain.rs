//! The pain chart: scores over the last 90 days, a marker shape per kind of entry, red
//! flags ruled across the whole height, stretch routines as ticks in a lane under 0, and
//! a least-squares trend line.

use chrono::{DateTime, Days, NaiveDate, NaiveTime, Utc};

use super::{
    canvas::{self, Align, Canvas},
    frame::Frame,
    palette, ChartError, Mark, PainLabels, PainPoint, PAIN_PLOT, PAIN_WINDOW_DAYS, PAIN_Y_RANGE,
};

/// Candidate spacings of the date ticks, in days; the first whose labels fit is used.
const TICK_STEPS: [u64; 7] = [1, 2, 3, 7, 14, 28, 56];
/// Fewest days on the x axis, margins included, so one point still has context.
const MIN_DAYS_BEFORE_TODAY: u64 = 6;
const SECONDS_PER_DAY: f64 = 86_400.0;

const TITLE_SIZE: f64 = 22.0;
const LABEL_SIZE: f64 = 15.0;
const LEGEND_SIZE: f64 = 14.0;
/// The card's inner padding: the title and legend start here.
const PAD: i32 = 28;
/// Half the size of a marker, in pixels.
const MARKER: i32 = 6;
/// Widest legend text: three entries then always fit a row, so six fit two rows.
const LEGEND_TEXT_MAX: i32 = 200;
const LEGEND_BASELINES: [i32; 2] = [440, 466];
/// The order the legend lists the kinds in: the everyday ones first.
const LEGEND_ORDER: [Mark; 5] =
    [Mark::Assessment, Mark::Checkin, Mark::CheckinAfterRun, Mark::Stretch, Mark::RedFlag];

/// Where an entry lands: x in days since the start of the axis, y its score if any.
struct Placed {
    x: f64,
    severity: Option<f64>,
    mark: Mark,
}

pub(super) fn draw(
    points: &[PainPoint],
    today: NaiveDate,
    labels: &PainLabels<'_>,
) -> Result<Vec<u8>, ChartError> {
    let window_start =
        today.checked_sub_days(Days::new(PAIN_WINDOW_DAYS as u64 - 1)).unwrap_or(NaiveDate::MIN);
    let mut shown: Vec<&PainPoint> =
        points.iter().filter(|p| (window_start..=today).contains(&p.at.date_naive())).collect();
    if let Some(bad) = shown.iter().find(|p| p.severity.is_some_and(|s| s > 10)) {
        return Err(ChartError::SeverityOutOfRange {
            severity: bad.severity.unwrap_or_default(),
            at: bad.at,
        });
    }
    // Stable: entries at the same instant keep the caller's order, so the picture does too.
    shown.sort_by_key(|p| p.at);
    let first_day = shown.first().map(|p| p.at.date_naive()).ok_or(ChartError::NoPoints { today })?;

    let start_day = first_day
        .pred_opt()
        .unwrap_or(first_day)
        .min(today.checked_sub_days(Days::new(MIN_DAYS_BEFORE_TODAY)).unwrap_or(NaiveDate::MIN));
    let end_day = today.checked_add_days(Days::new(2)).unwrap_or(NaiveDate::MAX);
    let start = midnight(start_day);
    let days = |at: DateTime<Utc>| (at - start).num_seconds() as f64 / SECONDS_PER_DAY;
    let frame = Frame { rect: PAIN_PLOT, x: (0.0, days(midnight(end_day))), y: PAIN_Y_RANGE };

    let placed: Vec<Placed> = shown
        .iter()
        .map(|p| Placed {
            x: days(p.at),
            severity: if p.mark == Mark::Stretch { None } else { p.severity.map(f64::from) },
            mark: p.mark,
        })
        .collect();
    let trend = trend(&placed);

    canvas::render(|c| {
        let title = c.fit(&labels.title, TITLE_SIZE, super::WIDTH as i32 - 2 * PAD);
        c.text(&title, TITLE_SIZE, palette::INK, PAD, 42, Align::Left)?;
        let y_title = c.fit(&labels.y_axis, LABEL_SIZE, frame.rect.height());
        c.vertical_text(
            &y_title,
            LABEL_SIZE,
            palette::INK_SOFT,
            30,
            (frame.rect.top + frame.rect.bottom) / 2,
        )?;

        y_axis(c, &frame)?;
        x_axis(c, &frame, start_day, today, labels.date)?;

        for p in placed.iter().filter(|p| p.mark == Mark::RedFlag) {
            let x = frame.px(p.x);
            c.dashed_line((x, frame.rect.top), (x, frame.rect.bottom), palette::VERMILLION, 2)?;
        }
        if let Some(((x0, y0), (x1, y1))) = trend {
            c.line(&[(frame.px(x0), frame.py(y0)), (frame.px(x1), frame.py(y1))], palette::TREND, 2)?;
        }
        for p in placed.iter().filter(|p| p.mark == Mark::Stretch) {
            let x = frame.px(p.x);
            c.rect((x - 1, frame.py(-0.92)), (x + 1, frame.py(-0.58)), palette::PURPLE)?;
        }
        // Red flags last: they must not hide under an ordinary marker.
        for p in placed.iter().filter(|p| p.mark != Mark::Stretch && p.mark != Mark::RedFlag) {
            if let Some(s) = p.severity {
                marker(c, p.mark, (frame.px(p.x), frame.py(s)))?;
            }
        }
        for p in placed.iter().filter(|p| p.mark == Mark::RedFlag) {
            match p.severity {
                Some(s) => marker(c, Mark::RedFlag, (frame.px(p.x), frame.py(s)))?,
                None => unscored_red_flag(c, frame.px(p.x), frame.rect.top)?,
            }
        }
        legend(c, &placed, trend.is_some(), labels)
    })
}

fn midnight(day: NaiveDate) -> DateTime<Utc> {
    day.and_time(NaiveTime::MIN).and_utc()
}

/// The least-squares line over the scored entries, from the first to the last of them and
/// cut where it would leave 0–10; `None` with fewer than two scores or all at one instant,
/// where no slope can be fitted.
#[allow(clippy::type_complexity)]
fn trend(placed: &[Placed]) -> Option<((f64, f64), (f64, f64))> {
    let scored: Vec<(f64, f64)> = placed.iter().filter_map(|p| p.severity.map(|s| (p.x, s))).collect();
    if scored.len() < 2 {
        return None;
    }
    let n = scored.len() as f64;
    let mean_x = scored.iter().map(|(x, _)| x).sum::<f64>() / n;
    let mean_y = scored.iter().map(|(_, y)| y).sum::<f64>() / n;
    let sxx: f64 = scored.iter().map(|(x, _)| (x - mean_x).powi(2)).sum();
    if sxx < 1e-9 {
        return None;
    }
    let sxy: f64 = scored.iter().map(|(x, y)| (x - mean_x) * (y - mean_y)).sum();
    let slope = sxy / sxx;
    let at = |x: f64| mean_y + slope * (x - mean_x);
    let (mut x0, mut x1) =
        scored.iter().fold((f64::MAX, f64::MIN), |(lo, hi), (x, _)| (lo.min(*x), hi.max(*x)));
    if slope.abs() > 1e-12 {
        let (a, b) = ((0.0 - mean_y) / slope + mean_x, (10.0 - mean_y) / slope + mean_x);
        x0 = x0.max(a.min(b));
        x1 = x1.min(a.max(b));
    }
    (x1 > x0).then(|| ((x0, at(x0)), (x1, at(x1))))
}

fn y_axis(c: &Canvas<'_>, frame: &Frame) -> Result<(), ChartError> {
    let r = frame.rect;
    for v in (0..=10).step_by(2) {
        let y = frame.py(f64::from(v));
        c.line(&[(r.left, y), (r.right, y)], palette::GRID, 1)?;
        c.text(&v.to_string(), LABEL_SIZE, palette::INK_SOFT, r.left - 10, y + 5, Align::Right)?;
    }
    c.line(&[(r.left, r.top), (r.left, r.bottom), (r.right, r.bottom)], palette::AXIS, 1)
}

/// Date ticks back from `today` (always labelled), as dense as their labels allow, each
/// centred on its day.
fn x_axis(
    c: &Canvas<'_>,
    frame: &Frame,
    start_day: NaiveDate,
    today: NaiveDate,
    date: &dyn Fn(NaiveDate) -> String,
) -> Result<(), ChartError> {
    let r = frame.rect;
    let px_per_day = f64::from(r.width()) / frame.x.1;
    let mut chosen: Vec<(NaiveDate, String)> = Vec::new();
    let mut spacing = 0;
    for step in TICK_STEPS {
        let ticks: Vec<(NaiveDate, String)> = (0..)
            .map_while(|k: u64| today.checked_sub_days(Days::new(k * step)))
            .take_while(|d| *d >= start_day)
            .map(|d| (d, date(d)))
            .collect();
        let widest = ticks.iter().map(|(_, l)| c.text_width(l, LABEL_SIZE)).max().unwrap_or(0);
        spacing = (step as f64 * px_per_day) as i32;
        chosen = ticks;
        if spacing >= widest + 14 {
            break;
        }
    }
    // Right to left from today, which is always named: a label pushed inward to stay on
    // the card is dropped if it would then touch its left neighbour.
    let mut free_until = super::WIDTH as i32 - 12;
    for (day, label) in &chosen {
        let x = frame.px((*day - start_day).num_days() as f64 + 0.5);
        c.line(&[(x, r.top), (x, r.bottom)], palette::GRID, 1)?;
        c.line(&[(x, r.bottom), (x, r.bottom + 5)], palette::AXIS, 1)?;
        let label = c.fit(label, LABEL_SIZE, spacing - 14);
        let width = c.text_width(&label, LABEL_SIZE);
        let left = (x - width / 2).min(free_until - width).max(12);
        if left + width > free_until {
            continue;
        }
        c.text(&label, LABEL_SIZE, palette::INK_SOFT, left, r.bottom + 22, Align::Left)?;
        free_until = left - 14;
    }
    Ok(())
}

/// A mark's shape at `centre`, on a white halo so overlapping marks and the trend line
/// stay apart.
fn marker(c: &Canvas<'_>, mark: Mark, centre: (i32, i32)) -> Result<(), ChartError> {
    shape(c, mark, centre, MARKER + 2, palette::CARD)?;
    shape(c, mark, centre, MARKER, colour(mark))
}

fn colour(mark: Mark) -> plotters::style::RGBColor {
    match mark {
        Mark::Assessment => palette::BLUE,
        Mark::RedFlag => palette::VERMILLION,
        Mark::Checkin => palette::GREEN,
        Mark::CheckinAfterRun => palette::ORANGE,
        Mark::Stretch => palette::PURPLE,
    }
}

fn shape(
    c: &Canvas<'_>,
    mark: Mark,
    (x, y): (i32, i32),
    r: i32,
    colour: plotters::style::RGBColor,
) -> Result<(), ChartError> {
    match mark {
        Mark::Assessment => c.disc((x, y), r, colour),
        Mark::Checkin => {
            c.polygon(vec![(x, y - r - 1), (x + r + 1, y), (x, y + r + 1), (x - r - 1, y)], colour)
        }
        Mark::CheckinAfterRun => {
            c.polygon(vec![(x, y - r - 2), (x + r + 1, y + r - 1), (x - r - 1, y + r - 1)], colour)
        }
        Mark::RedFlag => {
            let width = if colour == palette::CARD { 7 } else { 3 };
            let d = MARKER;
            c.line(&[(x - d, y - d), (x + d, y + d)], colour, width)?;
            c.line(&[(x - d, y + d), (x + d, y - d)], colour, width)
        }
        Mark::Stretch => c.rect((x - 1, y - r + 1), (x + 1, y + r - 1), colour),
    }
}

/// A red flag without a score: a triangle over the plot, pointing down its rule, where it
/// cannot be read as a score of 10.
fn unscored_red_flag(c: &Canvas<'_>, x: i32, top: i32) -> Result<(), ChartError> {
    c.polygon(vec![(x - 7, top - 12), (x + 7, top - 12), (x, top)], palette::VERMILLION)
}

/// One entry per kind present (and the trend when drawn), flowed left to right over at
/// most two rows.
fn legend(
    c: &Canvas<'_>,
    placed: &[Placed],
    has_trend: bool,
    labels: &PainLabels<'_>,
) -> Result<(), ChartError> {
    enum Swatch {
        Mark(Mark),
        Trend,
    }
    let present = |m: Mark| {
        placed
            .iter()
            .any(|p| p.mark == m && (p.severity.is_some() || matches!(m, Mark::Stretch | Mark::RedFlag)))
    };
    let mut entries: Vec<(Swatch, &str)> = LEGEND_ORDER
        .iter()
        .filter(|m| present(**m))
        .map(|m| (Swatch::Mark(*m), labels.legend.text(*m)))
        .collect();
    if has_trend {
        entries.push((Swatch::Trend, &labels.legend.trend));
    }
    let right = super::WIDTH as i32 - PAD;
    let (mut x, mut row) = (PAD, 0);
    for (swatch, text) in entries {
        let text = c.fit(text, LEGEND_SIZE, LEGEND_TEXT_MAX);
        let width = 22 + c.text_width(&text, LEGEND_SIZE);
        if x > PAD && x + width > right {
            row += 1;
            x = PAD;
        }
        let Some(&baseline) = LEGEND_BASELINES.get(row) else { break };
        let centre = (x + 8, baseline - 5);
        match swatch {
            Swatch::Mark(Mark::Stretch) => {
                c.rect((x + 7, baseline - 11), (x + 9, baseline + 1), palette::PURPLE)?
            }
            Swatch::Mark(mark) => marker(c, mark, centre)?,
            Swatch::Trend => c.line(&[(x, baseline - 5), (x + 16, baseline - 5)], palette::TREND, 2)?,
        }
        c.text(&text, LEGEND_SIZE, palette::INK, x + 22, baseline, Align::Left)?;
        x += width + 22;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(x: f64, s: f64) -> Placed {
        Placed { x, severity: Some(s), mark: Mark::Checkin }
    }

    #[test]
    fn trend_follows_a_straight_line() {
        let line = trend(&[at(0.0, 8.0), at(1.0, 7.0), at(2.0, 6.0)]);
        assert_eq!(line, Some(((0.0, 8.0), (2.0, 6.0))));
    }

    #[test]
    fn trend_is_cut_at_the_edges_of_the_scale() {
        let Some(((x0, y0), (x1, y1))) =
            trend(&[at(0.0, 0.0), at(1.0, 10.0), at(0.1, 10.0), at(0.9, 0.0), at(0.5, 10.0)])
        else {
            panic!("a trend for five scores")
        };
        assert!((0.0..=10.0).contains(&y0) && (0.0..=10.0).contains(&y1), "{y0} {y1}");
        assert!(x0 >= 0.0 && x1 <= 1.0);
    }

    #[test]
    fn no_trend_without_two_instants() {
        assert_eq!(trend(&[at(1.0, 3.0)]), None);
        assert_eq!(trend(&[at(1.0, 3.0), at(1.0, 7.0)]), None);
        assert_eq!(trend(&[Placed { x: 0.0, severity: None, mark: Mark::Stretch }, at(1.0, 2.0)]), None);
    }
}
