//! The drawing surface both charts share: an RGB pixel buffer behind plotters' bitmap
//! backend, the embedded font, the card, text placed by its baseline, and the PNG encoding
//! at the end.

use ab_glyph::FontRef;
use plotters::{
    backend::{BitMapBackend, RGBPixel},
    coord::Shift,
    drawing::{DrawingArea, IntoDrawingArea},
    element::{Circle, DashedPathElement, PathElement, Polygon, Rectangle},
    style::{RGBColor, ShapeStyle},
};

use super::{
    palette,
    text::{self, Direction, Label, Run},
    ChartError, HEIGHT, WIDTH,
};

/// Inset of the card from the picture's edge, and its corner radius.
const CARD_INSET: i32 = 4;
const CARD_RADIUS: i32 = 14;

type Area<'a> = DrawingArea<BitMapBackend<'a, RGBPixel>, Shift>;

/// Horizontal placement of text relative to its x.
#[derive(Debug, Clone, Copy)]
pub(super) enum Align {
    Left,
    Center,
    Right,
}

pub(super) struct Canvas<'a> {
    area: Area<'a>,
    font: &'static FontRef<'static>,
}

/// Draws with `paint` on a fresh card and encodes the result as PNG.
pub(super) fn render(
    paint: impl FnOnce(&Canvas<'_>) -> Result<(), ChartError>,
) -> Result<Vec<u8>, ChartError> {
    let font = text::font()?;
    let mut pixels = vec![0u8; (WIDTH * HEIGHT * 3) as usize];
    {
        let backend = BitMapBackend::<RGBPixel>::with_buffer_and_format(&mut pixels, (WIDTH, HEIGHT))
            .map_err(|e| ChartError::Draw(e.to_string()))?;
        let canvas = Canvas { area: backend.into_drawing_area(), font };
        canvas.card()?;
        paint(&canvas)?;
        canvas.area.present().map_err(draw_error)?;
    }
    encode(&pixels)
}

/// `Fast` is png's fdeflate path, made for PNG rows: flat-colour charts come out at a few
/// tens of kB, small enough for any chat, so slower levels would buy nothing.
fn encode(pixels: &[u8]) -> Result<Vec<u8>, ChartError> {
    let mut out = Vec::with_capacity(64 * 1024);
    let mut encoder = png::Encoder::new(&mut out, WIDTH, HEIGHT);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Fast);
    let mut writer = encoder.write_header().map_err(|e| ChartError::Encode(e.to_string()))?;
    writer.write_image_data(pixels).map_err(|e| ChartError::Encode(e.to_string()))?;
    writer.finish().map_err(|e| ChartError::Encode(e.to_string()))?;
    Ok(out)
}

fn draw_error(e: impl std::fmt::Display) -> ChartError {
    ChartError::Draw(e.to_string())
}

impl Canvas<'_> {
    /// A white card with a thin border and round corners on a light grey margin.
    fn card(&self) -> Result<(), ChartError> {
        self.area.fill(&palette::MARGIN).map_err(draw_error)?;
        let (x0, y0, x1, y1) =
            (CARD_INSET, CARD_INSET, WIDTH as i32 - 1 - CARD_INSET, HEIGHT as i32 - 1 - CARD_INSET);
        self.rounded_rect((x0, y0), (x1, y1), CARD_RADIUS, palette::BORDER)?;
        self.rounded_rect((x0 + 1, y0 + 1), (x1 - 1, y1 - 1), CARD_RADIUS - 1, palette::CARD)
    }

    fn rounded_rect(
        &self,
        (x0, y0): (i32, i32),
        (x1, y1): (i32, i32),
        r: i32,
        color: RGBColor,
    ) -> Result<(), ChartError> {
        let fill = ShapeStyle::from(color).filled();
        self.area.draw(&Rectangle::new([(x0 + r, y0), (x1 - r, y1)], fill)).map_err(draw_error)?;
        self.area.draw(&Rectangle::new([(x0, y0 + r), (x1, y1 - r)], fill)).map_err(draw_error)?;
        for centre in [(x0 + r, y0 + r), (x1 - r, y0 + r), (x0 + r, y1 - r), (x1 - r, y1 - r)] {
            self.area.draw(&Circle::new(centre, r, fill)).map_err(draw_error)?;
        }
        Ok(())
    }

    pub fn rect(
        &self,
        (x0, y0): (i32, i32),
        (x1, y1): (i32, i32),
        color: RGBColor,
    ) -> Result<(), ChartError> {
        self.area
            .draw(&Rectangle::new([(x0, y0), (x1, y1)], ShapeStyle::from(color).filled()))
            .map_err(draw_error)
    }

    pub fn line(&self, points: &[(i32, i32)], color: RGBColor, width: u32) -> Result<(), ChartError> {
        self.area
            .draw(&PathElement::new(points.to_vec(), ShapeStyle::from(color).stroke_width(width)))
            .map_err(draw_error)
    }

    pub fn dashed_line(
        &self,
        from: (i32, i32),
        to: (i32, i32),
        color: RGBColor,
        width: u32,
    ) -> Result<(), ChartError> {
        self.area
            .draw(&DashedPathElement::new(vec![from, to], 6, 5, ShapeStyle::from(color).stroke_width(width)))
            .map_err(draw_error)
    }

    pub fn disc(&self, centre: (i32, i32), r: i32, color: RGBColor) -> Result<(), ChartError> {
        self.area.draw(&Circle::new(centre, r, ShapeStyle::from(color).filled())).map_err(draw_error)
    }

    pub fn polygon(&self, points: Vec<(i32, i32)>, color: RGBColor) -> Result<(), ChartError> {
        self.area.draw(&Polygon::new(points, ShapeStyle::from(color).filled())).map_err(draw_error)
    }

    /// Width of `text` in pixels at `size`, rounded up.
    pub fn text_width(&self, text: &str, size: f64) -> i32 {
        Run::layout(self.font, text, size as f32).width.ceil() as i32
    }

    /// `text` cut with "…" to fit `max_width`, so a long translation never runs into the
    /// next label or off the card.
    pub fn fit(&self, text: &str, size: f64, max_width: i32) -> String {
        if self.text_width(text, size) <= max_width {
            return text.to_owned();
        }
        let mut chars: Vec<char> = text.chars().collect();
        while !chars.is_empty() {
            chars.pop();
            let candidate = chars.iter().collect::<String>().trim_end().to_owned() + "…";
            if self.text_width(&candidate, size) <= max_width {
                return candidate;
            }
        }
        String::new()
    }

    /// Text whose baseline starts, centres or ends (by `align`) at (`x`, `baseline`).
    pub fn text(
        &self,
        text: &str,
        size: f64,
        colour: RGBColor,
        x: i32,
        baseline: i32,
        align: Align,
    ) -> Result<(), ChartError> {
        let run = Run::layout(self.font, text, size as f32);
        let left = match align {
            Align::Left => x as f32,
            Align::Center => x as f32 - run.width / 2.0,
            Align::Right => x as f32 - run.width,
        };
        let label = Label {
            font: self.font,
            run: &run,
            origin: (left, baseline as f32),
            direction: Direction::LeftToRight,
            colour,
        };
        self.area.draw(&label).map_err(draw_error)
    }

    /// Text read bottom to top, centred on `centre_y`, its baseline at `baseline_x`: the
    /// y axis title.
    pub fn vertical_text(
        &self,
        text: &str,
        size: f64,
        colour: RGBColor,
        baseline_x: i32,
        centre_y: i32,
    ) -> Result<(), ChartError> {
        let run = Run::layout(self.font, text, size as f32);
        let origin = (baseline_x as f32, centre_y as f32 + run.width / 2.0);
        let label = Label { font: self.font, run: &run, origin, direction: Direction::Up, colour };
        self.area.draw(&label).map_err(draw_error)
    }
}
