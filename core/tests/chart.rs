//! The charts as pictures: sample PNGs written under `target/tmp/charts/` to look at, and
//! checks that decode them and sample pixels where the documented geometry says a value
//! must (and must not) be.

use std::{fs, path::PathBuf};

use chrono::{DateTime, Datelike, Duration, NaiveDate, TimeZone, Utc};
use upback_core::chart::{
    club_chart, pain_chart, Bar, BarLabels, ChartError, Mark, PainLabels, PainLegend, PainPoint, CLUB_PLOT,
    HEIGHT, MAX_BARS, PAIN_PLOT, PAIN_Y_RANGE, WIDTH,
};

// The Okabe–Ito colours the module documents for each kind.
const BLUE: [u8; 3] = [0x00, 0x72, 0xB2];
const VERMILLION: [u8; 3] = [0xD5, 0x5E, 0x00];
const GREEN: [u8; 3] = [0x00, 0x9E, 0x73];
const ORANGE: [u8; 3] = [0xE6, 0x9F, 0x00];
const PURPLE: [u8; 3] = [0xCC, 0x79, 0xA7];
const TREND: [u8; 3] = [0x33, 0x33, 0x33];
const TOLERANCE: i32 = 12;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 12, 10).unwrap_or_default()
}

fn at(day: NaiveDate, hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(day.year(), day.month(), day.day(), hour, 0, 0).single().unwrap_or_default()
}

fn point(days_ago: i64, hour: u32, severity: Option<u8>, mark: Mark) -> PainPoint {
    PainPoint { at: at(today() - Duration::days(days_ago), hour), severity, mark }
}

fn english_date(d: NaiveDate) -> String {
    const MONTHS: [&str; 12] =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    format!("{} {}", MONTHS[d.month0() as usize], d.day())
}

fn german_date(d: NaiveDate) -> String {
    const MONTHS: [&str; 12] =
        ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."];
    format!("{}. {}", d.day(), MONTHS[d.month0() as usize])
}

fn spanish_date(d: NaiveDate) -> String {
    const MONTHS: [&str; 12] =
        ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"];
    format!("{} {}", d.day(), MONTHS[d.month0() as usize])
}

fn french_date(d: NaiveDate) -> String {
    const MONTHS: [&str; 12] =
        ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."];
    format!("{} {}", d.day(), MONTHS[d.month0() as usize])
}

fn english(date: &dyn Fn(NaiveDate) -> String) -> PainLabels<'_> {
    PainLabels {
        title: "Your upper-back pain, last 90 days".into(),
        y_axis: "Pain (0–10)".into(),
        legend: PainLegend {
            assessment: "Check".into(),
            red_flag: "Red flag".into(),
            checkin: "Check-in".into(),
            after_run: "After a run".into(),
            stretch: "Stretch routine".into(),
            trend: "Trend".into(),
        },
        date,
    }
}

fn german(date: &dyn Fn(NaiveDate) -> String) -> PainLabels<'_> {
    PainLabels {
        title: "Deine Schmerzen im oberen Rücken, letzte 90 Tage".into(),
        y_axis: "Schmerz (0–10)".into(),
        legend: PainLegend {
            assessment: "Einschätzung".into(),
            red_flag: "Warnzeichen".into(),
            checkin: "Check-in".into(),
            after_run: "Nach dem Lauf".into(),
            stretch: "Dehnübungen".into(),
            trend: "Trend".into(),
        },
        date,
    }
}

fn spanish(date: &dyn Fn(NaiveDate) -> String) -> PainLabels<'_> {
    PainLabels {
        title: "Evolución del dolor: últimos 90 días".into(),
        y_axis: "Dolor (0–10)".into(),
        legend: PainLegend {
            assessment: "Evaluación".into(),
            red_flag: "Señal de alarma".into(),
            checkin: "¿Qué tal?".into(),
            after_run: "Tras correr".into(),
            stretch: "Estiramientos".into(),
            trend: "Tendencia".into(),
        },
        date,
    }
}

fn french(date: &dyn Fn(NaiveDate) -> String) -> PainLabels<'_> {
    PainLabels {
        title: "Évolution de la douleur : 90 derniers jours".into(),
        y_axis: "Douleur (0–10)".into(),
        legend: PainLegend {
            assessment: "Bilan".into(),
            red_flag: "Signal d’alerte".into(),
            checkin: "« Ça va ? »".into(),
            after_run: "Après la course".into(),
            stretch: "Étirements".into(),
            trend: "Tendance".into(),
        },
        date,
    }
}

/// 60 entries spread over 90 days, every kind, pain easing off: a plain LCG keeps it the
/// same on every run.
fn sixty() -> Vec<PainPoint> {
    let mut seed: u32 = 7;
    let mut next = move || {
        seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        (seed >> 16) % 100
    };
    (0..60)
        .map(|i| {
            let days_ago = 89 - i * 3 / 2;
            let mark = match next() {
                0..=19 => Mark::Assessment,
                20..=54 => Mark::Checkin,
                55..=84 => Mark::CheckinAfterRun,
                _ => Mark::Stretch,
            };
            let base = 8.0 - 5.0 * f64::from(i as u32) / 60.0;
            let severity = (base + f64::from(next() % 5) - 2.0).clamp(0.0, 10.0) as u8;
            point(days_ago, 6 + next() % 14, (mark != Mark::Stretch).then_some(severity), mark)
        })
        .collect()
}

fn five() -> Vec<PainPoint> {
    vec![
        point(20, 18, Some(7), Mark::Assessment),
        point(16, 8, Some(6), Mark::CheckinAfterRun),
        point(12, 9, Some(5), Mark::Checkin),
        point(9, 19, None, Mark::Stretch),
        point(4, 7, Some(3), Mark::CheckinAfterRun),
    ]
}

fn with_red_flag() -> Vec<PainPoint> {
    vec![
        point(30, 18, Some(4), Mark::Assessment),
        point(26, 8, Some(5), Mark::CheckinAfterRun),
        point(21, 9, Some(6), Mark::Checkin),
        point(17, 19, Some(9), Mark::RedFlag),
        point(10, 7, Some(5), Mark::Assessment),
        point(6, 7, None, Mark::RedFlag),
        point(3, 7, Some(4), Mark::Checkin),
        point(2, 7, None, Mark::Stretch),
    ]
}

fn eight_weeks() -> Vec<Bar> {
    let first = NaiveDate::from_ymd_opt(2025, 10, 16).unwrap_or_default();
    let counts = [5, 7, 0, 9, 12, 6, 11, 8];
    counts
        .iter()
        .enumerate()
        .map(|(i, v)| Bar { label: english_date(first + Duration::weeks(i as i64)), value: *v })
        .collect()
}

fn club_labels() -> BarLabels {
    BarLabels { title: "Tuesday stretch: who pressed Done".into(), y_axis: "Done presses".into() }
}

/// Writes a sample to look at; failing to write is not a chart bug, so it only warns.
fn save(name: &str, png: &[u8]) {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("charts");
    if let Err(e) = fs::create_dir_all(&dir).and_then(|()| fs::write(dir.join(name), png)) {
        eprintln!("could not save {name}: {e}");
    }
}

struct Image {
    width: u32,
    pixels: Vec<u8>,
}

impl Image {
    fn rgb(&self, x: i32, y: i32) -> [u8; 3] {
        let i = (y as usize * self.width as usize + x as usize) * 3;
        [self.pixels[i], self.pixels[i + 1], self.pixels[i + 2]]
    }

    /// Whether a pixel within `radius` of (x, y) has `colour`: marker edges are a pixel
    /// either way of where rounding puts them.
    fn has_near(&self, (x, y): (i32, i32), radius: i32, colour: [u8; 3]) -> bool {
        (-radius..=radius).any(|dy| (-radius..=radius).any(|dx| close(self.rgb(x + dx, y + dy), colour)))
    }

    fn is_background(&self, (x, y): (i32, i32)) -> bool {
        self.rgb(x, y).iter().all(|c| *c >= 0xDC)
    }
}

fn close(a: [u8; 3], b: [u8; 3]) -> bool {
    a.iter().zip(b).all(|(a, b)| (i32::from(*a) - i32::from(b)).abs() <= TOLERANCE)
}

fn decode(png: &[u8]) -> Image {
    let decoder = png::Decoder::new(std::io::Cursor::new(png));
    let mut reader = decoder.read_info().expect("a PNG header");
    let mut pixels = vec![0; reader.output_buffer_size().expect("a sane size")];
    let info = reader.next_frame(&mut pixels).expect("a PNG frame");
    assert_eq!((info.width, info.height), (WIDTH, HEIGHT));
    assert_eq!((info.color_type, info.bit_depth), (png::ColorType::Rgb, png::BitDepth::Eight));
    pixels.truncate(info.buffer_size());
    Image { width: info.width, pixels }
}

/// The documented pain geometry, recomputed here rather than taken from the module.
struct PainAxes {
    start: DateTime<Utc>,
    end: DateTime<Utc>,
}

impl PainAxes {
    /// Starts at the earlier of the day before the first point and `today - 6`; ends at the
    /// midnight after the day after `today`.
    fn for_first(first: NaiveDate) -> Self {
        let start_day = (first - Duration::days(1)).min(today() - Duration::days(6));
        PainAxes { start: at(start_day, 0), end: at(today() + Duration::days(2), 0) }
    }

    fn pixel(&self, p: &PainPoint, severity: f64) -> (i32, i32) {
        let f = (p.at - self.start).num_seconds() as f64 / (self.end - self.start).num_seconds() as f64;
        let x = f64::from(PAIN_PLOT.left) + f * f64::from(PAIN_PLOT.right - PAIN_PLOT.left);
        let (lo, hi) = PAIN_Y_RANGE;
        let y = f64::from(PAIN_PLOT.bottom)
            - (severity - lo) / (hi - lo) * f64::from(PAIN_PLOT.bottom - PAIN_PLOT.top);
        (x.round() as i32, y.round() as i32)
    }
}

#[test]
fn one_entry_lands_where_the_geometry_says_and_nowhere_else() {
    let p = point(0, 12, Some(8), Mark::Assessment);
    let png = pain_chart(&[p], today(), &english(&english_date)).expect("a chart");
    save("pain-1-entry.png", &png);
    let img = decode(&png);
    let axes = PainAxes::for_first(today());
    let here = axes.pixel(&p, 8.0);
    assert!(img.has_near(here, 1, BLUE), "no blue marker at {here:?}: {:?}", img.rgb(here.0, here.1));
    // The same instant at severity 2 must be empty: the test would pass for a wrong y otherwise.
    let wrong = axes.pixel(&p, 2.0);
    assert!(!img.has_near(wrong, 3, BLUE) && img.is_background(wrong), "something at {wrong:?}");
    // A day earlier at severity 8 is empty too: the x is right, not just the y.
    let earlier = PainPoint { at: p.at - Duration::days(1), ..p };
    assert!(!img.has_near(axes.pixel(&earlier, 8.0), 3, BLUE));
    // One point: no trend line anywhere near it.
    assert!(!img.has_near(here, 12, TREND));
}

#[test]
fn each_kind_has_its_colour_at_its_place() {
    let points = with_red_flag();
    let png = pain_chart(&points, today(), &english(&english_date)).expect("a chart");
    save("pain-red-flag.png", &png);
    let img = decode(&png);
    let axes = PainAxes::for_first(points[0].at.date_naive());
    let expect = |p: &PainPoint, colour: [u8; 3]| {
        let xy = axes.pixel(p, f64::from(p.severity.unwrap_or_default()));
        assert!(img.has_near(xy, 1, colour), "{:?} not at {xy:?}: {:?}", p.mark, img.rgb(xy.0, xy.1));
    };
    expect(&points[0], BLUE);
    expect(&points[1], ORANGE);
    expect(&points[2], GREEN);
    expect(&points[3], VERMILLION);
    // The red flag's rule runs the whole height: vermillion well above and below its cross.
    let (x, _) = axes.pixel(&points[3], 9.0);
    let rule = |y0: i32, y1: i32| (y0..y1).any(|y| img.has_near((x, y), 1, VERMILLION));
    assert!(
        rule(PAIN_PLOT.bottom - 60, PAIN_PLOT.bottom - 2)
            && rule(axes.pixel(&points[3], 5.0).1, axes.pixel(&points[3], 3.0).1)
    );
    // An unscored red flag: its rule and a triangle over the plot, off the scale.
    let (x, _) = axes.pixel(&points[5], 0.0);
    assert!(img.has_near((x, PAIN_PLOT.top - 6), 1, VERMILLION));
    // A stretch routine: a tick in the lane under 0, nothing on the scale above it.
    let stretch = axes.pixel(&points[7], -0.75);
    assert!(img.has_near(stretch, 1, PURPLE), "no stretch tick at {stretch:?}");
    assert!(!img.has_near(axes.pixel(&points[7], 5.0), 3, PURPLE));
}

#[test]
fn the_trend_line_passes_through_the_fitted_values() {
    // Scores 8 then 2 six days apart: the fitted line is the segment between them, and its
    // middle (5, three days in) is on no marker.
    let points = [point(6, 12, Some(8), Mark::Checkin), point(0, 12, Some(2), Mark::Checkin)];
    let png = pain_chart(&points, today(), &english(&english_date)).expect("a chart");
    save("pain-2-entries.png", &png);
    let img = decode(&png);
    let axes = PainAxes::for_first(points[0].at.date_naive());
    let middle = PainPoint { at: points[0].at + Duration::days(3), ..points[0] };
    assert!(img.has_near(axes.pixel(&middle, 5.0), 2, TREND));
    assert!(!img.has_near(axes.pixel(&middle, 8.0), 3, TREND));
}

#[test]
fn samples_to_look_at() {
    let png = pain_chart(&five(), today(), &english(&english_date)).expect("5 entries");
    save("pain-5-entries.png", &png);
    decode(&png);
    let sixty = sixty();
    assert_eq!(sixty.len(), 60);
    for (name, labels) in [
        ("pain-60-en-US.png", english(&english_date)),
        ("pain-60-de.png", german(&german_date)),
        ("pain-60-es.png", spanish(&spanish_date)),
        ("pain-60-fr.png", french(&french_date)),
    ] {
        let png = pain_chart(&sixty, today(), &labels).expect(name);
        save(name, &png);
        decode(&png);
    }
    let short = pain_chart(&five(), today(), &german(&german_date)).expect("5 entries in German");
    save("pain-5-de.png", &short);
}

#[test]
fn long_labels_are_cut_not_drawn_over_each_other() {
    let long = "A title far too long for any chart card, which keeps going and going and going on";
    let wordy = |d: NaiveDate| format!("Wednesday the {} of {}", d.day(), d.year());
    let mut labels = english(&wordy);
    labels.title = long.into();
    labels.legend.checkin = long.into();
    labels.legend.after_run = long.into();
    labels.legend.assessment = long.into();
    labels.legend.stretch = long.into();
    labels.legend.red_flag = long.into();
    labels.legend.trend = long.into();
    labels.y_axis = long.into();
    let mut points = sixty();
    points.extend(with_red_flag());
    let png = pain_chart(&points, today(), &labels).expect("a chart");
    save("pain-long-labels.png", &png);
    decode(&png);
}

#[test]
fn the_tallest_and_the_empty_bar_sit_where_the_geometry_says() {
    let bars = eight_weeks();
    let png = club_chart(&bars, &club_labels()).expect("a chart");
    save("club-8-weeks.png", &png);
    let img = decode(&png);
    // Highest bar 12: a 5-step axis up to 15.
    let top_value = 15.0;
    let slot = f64::from(CLUB_PLOT.right - CLUB_PLOT.left) / bars.len() as f64;
    let x = |i: usize| (f64::from(CLUB_PLOT.left) + (i as f64 + 0.5) * slot).round() as i32;
    let y = |v: f64| {
        (f64::from(CLUB_PLOT.bottom) - v / top_value * f64::from(CLUB_PLOT.bottom - CLUB_PLOT.top)).round()
            as i32
    };
    // Bar 4 (12): blue just under its top, background a little above (over its count).
    assert!(img.has_near((x(4), y(12.0) + 2), 0, BLUE));
    assert!(img.is_background((x(4), y(12.0) - 30)));
    // Bar 3 (9) stops at 9: at 11 there is nothing.
    assert!(img.has_near((x(3), y(9.0) + 2), 0, BLUE));
    assert!(img.is_background((x(3), y(11.0))));
    // Bar 2 (0): a sliver on the baseline, nothing over its count.
    assert!(img.has_near((x(2), CLUB_PLOT.bottom - 1), 0, BLUE));
    assert!(img.is_background((x(2), y(2.0))));
    // Between bars: background.
    assert!(img.is_background(((x(3) + x(4)) / 2, y(4.0))));
}

#[test]
fn club_samples_to_look_at() {
    let twenty: Vec<Bar> = (0..20)
        .map(|i| Bar {
            label: german_date(
                NaiveDate::from_ymd_opt(2025, 10, 14).unwrap_or_default() + Duration::days(i * 3),
            ),
            value: (i as u32 * 7) % 23,
        })
        .collect();
    let png = club_chart(
        &twenty,
        &BarLabels { title: "Dehnen am Dienstag: „Fertig“ gedrückt".into(), y_axis: "Anzahl".into() },
    )
    .expect("20 bars");
    save("club-20-sessions-de.png", &png);
    decode(&png);
    let zeros: Vec<Bar> = eight_weeks().into_iter().map(|b| Bar { value: 0, ..b }).collect();
    let png = club_chart(&zeros, &club_labels()).expect("all zero");
    save("club-all-zero.png", &png);
    decode(&png);
    let one = club_chart(&eight_weeks()[..1], &club_labels()).expect("one bar");
    save("club-1-session.png", &one);
    decode(&one);
}

#[test]
fn same_input_same_bytes() {
    let points = sixty();
    let a = pain_chart(&points, today(), &french(&french_date)).expect("a chart");
    let b = pain_chart(&points, today(), &french(&french_date)).expect("a chart");
    assert!(a == b, "two renders of the same pain chart differ");
    let a = club_chart(&eight_weeks(), &club_labels()).expect("a chart");
    let b = club_chart(&eight_weeks(), &club_labels()).expect("a chart");
    assert!(a == b, "two renders of the same club chart differ");
    // The order entries arrive in does not matter.
    let mut reversed = points.clone();
    reversed.reverse();
    assert!(
        pain_chart(&reversed, today(), &french(&french_date))
            == pain_chart(&points, today(), &french(&french_date))
    );
}

#[test]
fn nothing_to_draw_is_a_clear_error() {
    let labels = english(&english_date);
    assert_eq!(pain_chart(&[], today(), &labels), Err(ChartError::NoPoints { today: today() }));
    // Only entries outside the window: older than 90 days, or after today.
    let outside = [point(90, 12, Some(3), Mark::Checkin), point(-1, 12, Some(3), Mark::Checkin)];
    assert_eq!(pain_chart(&outside, today(), &labels), Err(ChartError::NoPoints { today: today() }));
    assert_eq!(club_chart(&[], &club_labels()), Err(ChartError::NoBars));
    let message = ChartError::NoPoints { today: today() }.to_string();
    assert!(message.contains("no pain entries") && message.contains("2025-12-10"), "{message}");
}

#[test]
fn bad_data_is_an_error_not_a_panic() {
    let labels = english(&english_date);
    let bad = point(3, 12, Some(11), Mark::Checkin);
    assert_eq!(
        pain_chart(&[point(5, 1, Some(4), Mark::Checkin), bad], today(), &labels),
        Err(ChartError::SeverityOutOfRange { severity: 11, at: bad.at })
    );
    let many: Vec<Bar> = (0..=MAX_BARS).map(|i| Bar { label: i.to_string(), value: 1 }).collect();
    assert_eq!(club_chart(&many, &club_labels()), Err(ChartError::TooManyBars { count: MAX_BARS + 1 }));
    // All on one instant, every score at the ends of the scale, empty labels: still a chart.
    let same = [
        point(0, 0, Some(0), Mark::Checkin),
        point(0, 0, Some(10), Mark::RedFlag),
        point(0, 0, None, Mark::Stretch),
        point(0, 0, None, Mark::Assessment),
    ];
    let blank = |_: NaiveDate| String::new();
    let labels = PainLabels {
        title: String::new(),
        y_axis: String::new(),
        legend: PainLegend::default(),
        date: &blank,
    };
    let png = pain_chart(&same, today(), &labels).expect("one instant");
    save("pain-one-instant.png", &png);
    decode(&png);
    let huge = club_chart(
        &[Bar { label: String::new(), value: u32::MAX }],
        &BarLabels { title: String::new(), y_axis: String::new() },
    )
    .expect("a huge bar");
    decode(&huge);
}
