//! The screens of a runner's own record: the check-in (0–10, after a run?), the line saved
//! with its trend, and /history.

use super::{button, menu_row, menu_row_after, num, saving, text, Saving};
use crate::{
    action::{Action, Nonce},
    command::Command,
    content::Outcome,
    history::{CheckinKind, Entry, History, Trend},
    msg::{Arg, Msg},
    reply::{Draft, DraftButton, Part, Picture},
    scoring::Level,
};
use chrono::NaiveDate;

/// A check-in this sore gets no stretch button: it is a reason to be seen, not to stretch.
pub const HIGH: u8 = 8;
/// From this many scores in the chart's window, a check-in's answer comes with the pain chart:
/// fewer points than that make no picture worth a look after every check-in (/history shows
/// it from the first entry).
pub const CHART_AFTER_CHECKIN: usize = 3;

pub fn checkin_ask(nonce: Nonce) -> Draft {
    let buttons: Vec<DraftButton> = (0..=10u8)
        .map(|v| DraftButton {
            label: Part::Raw(v.to_string()),
            action: Action::Severity { nonce, value: v }.encode(),
        })
        .collect();
    let (a, b) = buttons.split_at(6);
    Draft::private([Msg::new("checkin-ask").into()])
        .button_row(a.to_vec())
        .button_row(b.to_vec())
        .button_row(vec![button(Msg::new("button-cancel"), Action::Cancel { nonce })])
}

pub fn checkin_after_run(nonce: Nonce, severity: u8) -> Draft {
    Draft::private([Msg::with("checkin-after-run", vec![num("severity", severity)]).into()])
        .button_row(vec![
            button(Msg::new("button-after-run"), Action::AfterRun { nonce, after_run: true }),
            button(Msg::new("button-not-after-run"), Action::AfterRun { nonce, after_run: false }),
        ])
        .editing()
}

pub fn trend(history: &History) -> Option<Part> {
    let chart = vec![text("chart", history.sparkline())];
    Some(
        match history.trend()? {
            Trend::Better => Msg::with("trend-better", chart),
            Trend::Steady => Msg::with("trend-steady", chart),
            Trend::Worse => Msg::with("trend-worse", chart),
        }
        .into(),
    )
}

/// The check-in as noted, with the trend, and the pain chart up to `today` once it has
/// `CHART_AFTER_CHECKIN` scores. `held_back`: a red flag still waits to be checked.
pub fn checkin_saved(
    severity: u8,
    after_run: bool,
    history: &History,
    held_back: bool,
    saved: Saving,
    today: NaiveDate,
) -> Draft {
    let mut parts: Vec<Part> = vec![Msg::with(
        "checkin-noted",
        vec![num("severity", severity), text("after_run", if after_run { "yes" } else { "no" })],
    )
    .into()];
    parts.extend(trend(history));
    if severity >= HIGH {
        parts.push(Msg::new("checkin-high").into());
    }
    let row = if severity >= HIGH || held_back {
        menu_row_after(&[Command::History, Command::Start], saved)
    } else {
        menu_row_after(&[Command::Stretch, Command::History], saved)
    };
    let mut d = saving(Draft::private(parts), saved).button_row(row).editing();
    d.image = Picture::pain(history, today).filter(|p| p.scores() >= CHART_AFTER_CHECKIN);
    d
}

/// The day of an entry, in the user's date format (UTC; history spans days, not minutes).
fn date(e: &Entry) -> (&'static str, Arg) {
    ("date", Arg::Nested(Box::new(Msg::date(e.at().date_naive()))))
}

fn line(e: &Entry) -> Part {
    match e {
        Entry::Assessment(a) => {
            let top = a.factors.first().filter(|f| f.level > Level::Unlikely);
            let args = vec![
                date(e),
                num("severity", a.severity.unwrap_or(0)),
                ("factor", top.map_or(Arg::Str(String::new()), |f| Arg::Msg(f.factor.name().id))),
            ];
            match (a.outcome, top) {
                (Outcome::Emergency, _) => Msg::with("history-assessment-emergency", args),
                (Outcome::SeeProfessional, _) => Msg::with("history-assessment-professional", args),
                (Outcome::SelfCare, Some(_)) => Msg::with("history-assessment", args),
                (Outcome::SelfCare, None) => Msg::with("history-assessment-nothing", args),
            }
            .into()
        }
        Entry::Checkin(c) if c.kind == CheckinKind::Checked => {
            Msg::with("history-checked", vec![date(e)]).into()
        }
        Entry::Checkin(c) => {
            let kind = match (c.kind, c.after_run) {
                (CheckinKind::Stretch, _) => "stretch",
                (_, Some(true)) => "after-run",
                _ => "other",
            };
            Msg::with(
                "history-checkin",
                vec![date(e), num("severity", c.severity.unwrap_or(0)), text("kind", kind)],
            )
            .into()
        }
    }
}

/// What waits for the runner's answer to "may I keep your history?": `count` results and
/// check-ins held in their session, and the days after which a silent runner's records go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Waiting {
    pub count: usize,
    pub days: u32,
}

/// The last ten entries with the trend and the stretch streak (`streak` days in a row, shown
/// from two), and the pain chart of the last 90 days up to `today`; `off`: the runner chose
/// not to keep a history. What `waiting` for their consent is not in it yet: the history says
/// so and asks again, rather than "nothing here" to someone who just did a check-in.
pub fn history(
    history: &History,
    off: bool,
    streak: u32,
    today: NaiveDate,
    waiting: Option<Waiting>,
) -> Draft {
    if let Some(w) = waiting.filter(|w| w.count > 0 && !off) {
        let mut d = Draft::private([Msg::with("history-waiting", vec![num("count", w.count as f64)]).into()]);
        if !history.entries.is_empty() {
            let shown = self::history(history, off, streak, today, None);
            d.parts.extend(shown.parts);
            d.image = shown.image;
        }
        return saving(d, Saving::Ask { days: w.days }).button_row(menu_row(&[Command::Start]));
    }
    let unreadable = (history.unreadable > 0)
        .then(|| Msg::with("history-unreadable", vec![num("count", history.unreadable as f64)]));
    if history.entries.is_empty() {
        let empty = if off { Msg::new("history-off") } else { Msg::new("history-empty") };
        let mut d = Draft::private([empty.into()]);
        d.parts.extend(unreadable.map(Part::Msg));
        if off {
            d = d.button_row(vec![button(Msg::new("button-keep-history"), Action::Keeping(true))]);
        }
        return d.button_row(menu_row(&[Command::Start, Command::Checkin]));
    }
    let mut parts: Vec<Part> = vec![Msg::new("history-head").into()];
    let recent: Vec<&Entry> = history.entries.iter().rev().take(10).collect();
    parts.extend(recent.iter().rev().map(|e| line(e)));
    parts.extend(trend(history));
    if streak >= 2 {
        parts.push(Msg::with("history-streak", vec![num("days", streak)]).into());
    }
    parts.extend(unreadable.map(Part::Msg));
    let mut d = Draft::private(parts).button_row(menu_row(&[Command::Checkin, Command::Start]));
    d.image = Picture::pain(history, today);
    d
}

/// The answer to "I did it" under the stretch routine, with the streak it makes (shown from
/// two days) and what became of it.
pub fn stretched(streak: u32, saved: Saving) -> Draft {
    let mut d = Draft::private([Msg::new("stretched").into()]);
    if streak >= 2 {
        d.parts.push(Msg::with("history-streak", vec![num("days", streak)]).into());
    }
    super::saving(d, saved).button_row(menu_row_after(&[Command::History, Command::Checkin], saved))
}
