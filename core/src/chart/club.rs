//! The club chart: one bar per stretch session with how many members pressed "Done", the
//! count written over each bar.

use super::{
    canvas::{self, Align, Canvas},
    frame::Frame,
    palette, Bar, BarLabels, ChartError, CLUB_PLOT, MAX_BARS,
};

const TITLE_SIZE: f64 = 22.0;
const LABEL_SIZE: f64 = 15.0;
const VALUE_SIZE: f64 = 14.0;
const PAD: i32 = 28;
/// At most this many steps up the y axis, so its labels stay apart.
const MAX_Y_STEPS: u64 = 6;
/// Wide enough to read as a bar, narrow enough that eight of them are not a wall.
const MAX_BAR_WIDTH: f64 = 56.0;
/// A session nobody finished: this tall, so it reads as zero rather than missing.
const ZERO_BAR_HEIGHT: i32 = 3;

pub(super) fn draw(bars: &[Bar], labels: &BarLabels) -> Result<Vec<u8>, ChartError> {
    if bars.is_empty() {
        return Err(ChartError::NoBars);
    }
    if bars.len() > MAX_BARS {
        return Err(ChartError::TooManyBars { count: bars.len() });
    }
    let highest = bars.iter().map(|b| b.value).max().unwrap_or(0);
    let (step, top) = y_scale(highest);
    let frame = Frame { rect: CLUB_PLOT, x: (0.0, bars.len() as f64), y: (0.0, top as f64) };

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
        y_axis(c, &frame, step, top)?;
        columns(c, &frame, bars)
    })
}

/// The y axis' step and top: a 1-2-5 step, the smallest needing at most [`MAX_Y_STEPS`],
/// and the first multiple of it above the highest bar (headroom for its count).
fn y_scale(highest: u32) -> (u64, u64) {
    // In u64, where neither the steps nor the top can overflow for any u32 count.
    let highest = u64::from(highest);
    let mut magnitude: u64 = 1;
    loop {
        for factor in [1, 2, 5] {
            let step = magnitude * factor;
            let steps = highest / step + 1;
            if steps <= MAX_Y_STEPS {
                return (step, (steps * step).max(5));
            }
        }
        magnitude *= 10;
    }
}

fn y_axis(c: &Canvas<'_>, frame: &Frame, step: u64, top: u64) -> Result<(), ChartError> {
    let r = frame.rect;
    for v in (0..=top).step_by(usize::try_from(step).unwrap_or(usize::MAX)) {
        let y = frame.py(v as f64);
        c.line(&[(r.left, y), (r.right, y)], palette::GRID, 1)?;
        c.text(&v.to_string(), LABEL_SIZE, palette::INK_SOFT, r.left - 10, y + 5, Align::Right)?;
    }
    c.line(&[(r.left, r.top), (r.left, r.bottom)], palette::AXIS, 1)
}

/// The bars, their counts, and their labels: every label when they fit, otherwise every
/// k-th counting back from the last, so the latest session is always named.
fn columns(c: &Canvas<'_>, frame: &Frame, bars: &[Bar]) -> Result<(), ChartError> {
    let r = frame.rect;
    let slot = f64::from(r.width()) / bars.len() as f64;
    let half_bar = ((slot * 0.62).min(MAX_BAR_WIDTH) / 2.0).max(1.0);
    let widest_label = bars.iter().map(|b| c.text_width(&b.label, LABEL_SIZE)).max().unwrap_or(0);
    let every =
        (1..=bars.len()).find(|k| slot * *k as f64 >= f64::from(widest_label + 12)).unwrap_or(bars.len());
    let label_room = (slot * every as f64) as i32 - 12;
    let widest_value = bars.iter().map(|b| c.text_width(&b.value.to_string(), VALUE_SIZE)).max().unwrap_or(0);
    let show_values = slot >= f64::from(widest_value + 4);

    for (i, bar) in bars.iter().enumerate() {
        let centre = i as f64 + 0.5;
        let x = frame.px(centre);
        let (x0, x1) = (frame.px(centre - half_bar / slot), frame.px(centre + half_bar / slot));
        let y = frame.py(f64::from(bar.value)).min(r.bottom - ZERO_BAR_HEIGHT);
        c.rect((x0, y), (x1, r.bottom), palette::BLUE)?;
        if show_values {
            c.text(&bar.value.to_string(), VALUE_SIZE, palette::INK, x, y - 6, Align::Center)?;
        }
        if (bars.len() - 1 - i) % every == 0 {
            c.line(&[(x, r.bottom), (x, r.bottom + 5)], palette::AXIS, 1)?;
            let label = c.fit(&bar.label, LABEL_SIZE, label_room);
            c.text(&label, LABEL_SIZE, palette::INK_SOFT, x, r.bottom + 22, Align::Center)?;
        }
    }
    c.line(&[(r.left, r.bottom), (r.right, r.bottom)], palette::AXIS, 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_y_axis_leaves_room_over_the_highest_bar() {
        assert_eq!(y_scale(0), (1, 5));
        assert_eq!(y_scale(4), (1, 5));
        assert_eq!(y_scale(5), (1, 6));
        assert_eq!(y_scale(12), (5, 15));
        assert_eq!(y_scale(15), (5, 20));
        assert_eq!(y_scale(29), (5, 30));
        assert_eq!(y_scale(30), (10, 40));
        assert_eq!(y_scale(1000), (200, 1200));
        assert_eq!(y_scale(u32::MAX), (1_000_000_000, 5_000_000_000));
    }
}
