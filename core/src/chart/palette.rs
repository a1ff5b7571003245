//! The colours. Data colours are from the Okabe–Ito palette, chosen to stay apart for the
//! common kinds of colour blindness; the rest are greys for a white card that reads on
//! both light and dark chat themes.

use plotters::style::RGBColor;

/// Okabe–Ito blue: assessments and the club's bars.
pub const BLUE: RGBColor = RGBColor(0x00, 0x72, 0xB2);
/// Okabe–Ito vermillion: red flags, the one thing that must stand out.
pub const VERMILLION: RGBColor = RGBColor(0xD5, 0x5E, 0x00);
/// Okabe–Ito bluish green: check-ins.
pub const GREEN: RGBColor = RGBColor(0x00, 0x9E, 0x73);
/// Okabe–Ito orange: check-ins after a run.
pub const ORANGE: RGBColor = RGBColor(0xE6, 0x9F, 0x00);
/// Okabe–Ito reddish purple: stretch routines.
pub const PURPLE: RGBColor = RGBColor(0xCC, 0x79, 0xA7);
/// Okabe–Ito black, softened: the trend line, which should be seen but not compete.
pub const TREND: RGBColor = RGBColor(0x33, 0x33, 0x33);

/// Around the card: light enough to belong to the card on a light theme, a frame on a dark one.
pub const MARGIN: RGBColor = RGBColor(0xE4, 0xE7, 0xEB);
pub const CARD: RGBColor = RGBColor(0xFF, 0xFF, 0xFF);
pub const BORDER: RGBColor = RGBColor(0xB8, 0xBF, 0xC7);
/// Text: near-black, about 16:1 on white.
pub const INK: RGBColor = RGBColor(0x1F, 0x23, 0x28);
/// Tick labels: still above 7:1 on white.
pub const INK_SOFT: RGBColor = RGBColor(0x4A, 0x51, 0x59);
pub const AXIS: RGBColor = RGBColor(0x8A, 0x92, 0x9B);
pub const GRID: RGBColor = RGBColor(0xE6, 0xE9, 0xED);
