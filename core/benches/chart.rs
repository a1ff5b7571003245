//! How long one chart takes, PNG encoding included: a 60-entry pain chart over 90 days and
//! an 8-week club chart. The budget is 50 ms each in a release build.
//! Run with `cargo bench -p upback-core --bench chart`.

use std::hint::black_box;

use chrono::{Datelike, Duration, NaiveDate, TimeZone, Utc};
use criterion::{criterion_group, criterion_main, Criterion};
use upback_core::chart::{club_chart, pain_chart, Bar, BarLabels, Mark, PainLabels, PainLegend, PainPoint};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 12, 10).unwrap_or_default()
}

fn date(d: NaiveDate) -> String {
    const MONTHS: [&str; 12] =
        ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."];
    format!("{} {}", d.day(), MONTHS[d.month0() as usize])
}

fn sixty() -> Vec<PainPoint> {
    const MARKS: [Mark; 5] =
        [Mark::Checkin, Mark::CheckinAfterRun, Mark::Assessment, Mark::CheckinAfterRun, Mark::Stretch];
    (0..60u32)
        .map(|i| {
            let day = today() - Duration::days(89 - i64::from(i) * 3 / 2);
            let at = Utc
                .with_ymd_and_hms(day.year(), day.month(), day.day(), 7 + i % 12, 0, 0)
                .single()
                .unwrap_or_default();
            let mark = if i == 40 { Mark::RedFlag } else { MARKS[i as usize % MARKS.len()] };
            let severity = (mark != Mark::Stretch).then_some((8 - i * 5 / 60 + i % 3) as u8);
            PainPoint { at, severity, mark }
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let points = sixty();
    let labels = PainLabels {
        title: "Évolution de la douleur : 90 derniers jours".into(),
        y_axis: "Douleur (0–10)".into(),
        legend: PainLegend {
            assessment: "Bilan".into(),
            red_flag: "Signal d’alerte".into(),
            checkin: "Point du jour".into(),
            after_run: "Après la course".into(),
            stretch: "Étirements".into(),
            trend: "Tendance".into(),
        },
        date: &date,
    };
    // A chart that fails is fast: make sure the timed one is a real one.
    assert!(pain_chart(&points, today(), &labels).is_ok_and(|png| png.len() > 10_000));
    c.bench_function("pain chart, 60 entries", |b| {
        b.iter(|| pain_chart(black_box(&points), today(), &labels).map(|png| png.len()))
    });

    let first = NaiveDate::from_ymd_opt(2025, 10, 14).unwrap_or_default();
    let bars: Vec<Bar> = (0..8)
        .map(|i| Bar {
            label: date(first + Duration::weeks(i)),
            value: [5, 7, 0, 9, 12, 6, 11, 8][i as usize],
        })
        .collect();
    let bar_labels = BarLabels { title: "Étirements du mardi".into(), y_axis: "« Fait » appuyé".into() };
    assert!(club_chart(&bars, &bar_labels).is_ok_and(|png| png.len() > 10_000));
    c.bench_function("club chart, 8 weeks", |b| {
        b.iter(|| club_chart(black_box(&bars), &bar_labels).map(|png| png.len()))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
