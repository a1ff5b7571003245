//! From data values to pixels. The charts map values themselves instead of through a
//! plotters chart context, so the geometry is the plain formula documented on
//! [`super::PAIN_PLOT`] and [`super::CLUB_PLOT`] that tests can recompute.

/// A plot area in pixels; `right` and `bottom` are the pixels of the range's far ends
/// (inclusive), `left`/`bottom` is where the lowest x and y values land.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlotRect {
    pub left: i32,
    pub top: i32,
    pub right: i32,
    pub bottom: i32,
}

impl PlotRect {
    pub fn width(&self) -> i32 {
        self.right - self.left
    }

    pub fn height(&self) -> i32 {
        self.bottom - self.top
    }
}

/// A plot area together with the value ranges it shows.
#[derive(Debug, Clone, Copy)]
pub(super) struct Frame {
    pub rect: PlotRect,
    pub x: (f64, f64),
    pub y: (f64, f64),
}

impl Frame {
    pub fn px(&self, x: f64) -> i32 {
        self.rect.left + scale(x, self.x, self.rect.width())
    }

    pub fn py(&self, y: f64) -> i32 {
        self.rect.bottom - scale(y, self.y, self.rect.height())
    }
}

/// Callers guarantee a non-empty range; a degenerate one maps everything to the start
/// rather than dividing by zero.
fn scale(v: f64, (lo, hi): (f64, f64), length: i32) -> i32 {
    let span = hi - lo;
    if span.abs() < f64::EPSILON {
        return 0;
    }
    ((v - lo) / span * f64::from(length)).round() as i32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ends_of_the_ranges_land_on_the_corners() {
        let frame = Frame {
            rect: PlotRect { left: 10, top: 20, right: 110, bottom: 220 },
            x: (0.0, 4.0),
            y: (0.0, 10.0),
        };
        assert_eq!((frame.px(0.0), frame.py(0.0)), (10, 220));
        assert_eq!((frame.px(4.0), frame.py(10.0)), (110, 20));
        assert_eq!((frame.px(1.0), frame.py(5.0)), (35, 120));
    }

    #[test]
    fn a_degenerate_range_does_not_divide_by_zero() {
        let frame = Frame {
            rect: PlotRect { left: 10, top: 20, right: 110, bottom: 220 },
            x: (3.0, 3.0),
            y: (1.0, 1.0),
        };
        assert_eq!((frame.px(3.0), frame.py(7.0)), (10, 220));
    }
}
