//! Text in the embedded DejaVu Sans, laid out and rasterized with ab_glyph and drawn as a
//! plotters element. plotters' own ab_glyph text (0.3.7) places every glyph at the pen
//! without its left side bearing, which shows as "N ov" and "Ok t" at label sizes; laying
//! out here keeps bearings, kerning and sub-pixel positions.

use std::sync::OnceLock;

use ab_glyph::{point, Font, FontRef, Glyph, PxScale, ScaleFont};
use plotters::{
    element::{Drawable, PointCollection},
    style::RGBColor,
};
use plotters_backend::{BackendColor, BackendCoord, DrawingBackend, DrawingErrorKind};

use super::ChartError;

/// DejaVu Sans 2.37 (Bitstream Vera/Arev licence, see `core/assets/fonts/`).
static FONT_BYTES: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");

/// Parsed once per process: the tables are read-only, and parsing per chart is wasted work.
pub(super) fn font() -> Result<&'static FontRef<'static>, ChartError> {
    static FONT: OnceLock<Option<FontRef<'static>>> = OnceLock::new();
    FONT.get_or_init(|| FontRef::try_from_slice(FONT_BYTES).ok()).as_ref().ok_or(ChartError::Font)
}

/// Which way the text reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Direction {
    LeftToRight,
    /// Bottom to top, for a y axis title.
    Up,
}

/// A line of text, positioned: glyphs relative to the start of its baseline.
pub(super) struct Run {
    glyphs: Vec<Glyph>,
    pub width: f32,
}

impl Run {
    /// `size` is the pixel height from the font's ascent to its descent, as in ab_glyph.
    pub fn layout(font: &FontRef<'static>, text: &str, size: f32) -> Run {
        let scale = PxScale::from(size);
        let scaled = font.as_scaled(scale);
        let mut caret = 0.0;
        let mut previous = None;
        let mut glyphs = Vec::with_capacity(text.len());
        for c in text.chars() {
            let id = scaled.glyph_id(c);
            if let Some(previous) = previous {
                caret += scaled.kern(previous, id);
            }
            glyphs.push(id.with_scale_and_position(scale, point(caret, 0.0)));
            caret += scaled.h_advance(id);
            previous = Some(id);
        }
        Run { glyphs, width: caret }
    }
}

/// A [`Run`] placed on the picture: its baseline starts at `origin` and goes `direction`.
pub(super) struct Label<'a> {
    pub font: &'a FontRef<'static>,
    pub run: &'a Run,
    pub origin: (f32, f32),
    pub direction: Direction,
    pub colour: RGBColor,
}

impl<'a> PointCollection<'a, (i32, i32)> for &'a Label<'_> {
    type Point = (i32, i32);
    type IntoIter = std::iter::Once<(i32, i32)>;

    /// No coordinates to map: a label is drawn in pixels.
    fn point_iter(self) -> Self::IntoIter {
        std::iter::once((0, 0))
    }
}

impl<DB: DrawingBackend> Drawable<DB> for Label<'_> {
    fn draw<I: Iterator<Item = BackendCoord>>(
        &self,
        _: I,
        backend: &mut DB,
        _: (u32, u32),
    ) -> Result<(), DrawingErrorKind<DB::ErrorType>> {
        let RGBColor(r, g, b) = self.colour;
        let (ox, oy) = self.origin;
        // Left to right keeps the origin's sub-pixel phase; a quarter turn is exact only on
        // whole pixels, so a vertical title is snapped to one.
        let (phase, base) = match self.direction {
            Direction::LeftToRight => {
                ((ox - ox.floor(), oy - oy.floor()), (ox.floor() as i32, oy.floor() as i32))
            }
            Direction::Up => ((0.0, 0.0), (ox.round() as i32, oy.round() as i32)),
        };
        let mut result = Ok(());
        for glyph in &self.run.glyphs {
            let mut glyph = glyph.clone();
            glyph.position = point(glyph.position.x + phase.0, glyph.position.y + phase.1);
            let Some(outline) = self.font.outline_glyph(glyph) else { continue };
            let bounds = outline.px_bounds();
            let (left, top) = (bounds.min.x as i32, bounds.min.y as i32);
            outline.draw(|x, y, coverage| {
                if result.is_err() || coverage < 1.0 / 255.0 {
                    return;
                }
                let (u, v) = (left + x as i32, top + y as i32);
                let pixel = match self.direction {
                    Direction::LeftToRight => (base.0 + u, base.1 + v),
                    Direction::Up => (base.0 + v, base.1 - u),
                };
                result = backend
                    .draw_pixel(pixel, BackendColor { alpha: f64::from(coverage.min(1.0)), rgb: (r, g, b) });
            });
            if result.is_err() {
                break;
            }
        }
        result
    }
}
