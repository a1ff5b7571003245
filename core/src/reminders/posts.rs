//! What reminders and routines post: the stretch routine with its Done button and count, a
//! due reminder in its creator's language, and a schedule in words. Drafts only; the engine
//! renders them.

use chrono::{DateTime, Utc};

use super::{Audience, Days, Reminder, ReminderKind, Repeat, Schedule};
use crate::{
    action::Action,
    command::Command,
    content::Content,
    msg::{Arg, Msg},
    reply::{Draft, DraftButton, Part},
    views,
};

/// The routine with its Done button and how many have pressed it.
pub fn routine_post(content: &Content, post: u64, count: u32, lead: Option<Vec<Part>>) -> Draft {
    let mut draft = views::stretch(content, false);
    if let Some(lead) = lead {
        draft.parts.splice(0..0, lead);
    }
    draft.parts.push(Msg::with("routine-count", vec![("count", Arg::Num(f64::from(count)))]).into());
    draft.button_row(vec![DraftButton {
        label: Part::Msg(Msg::new("button-done")),
        action: Action::Done { post }.encode(),
    }])
}

fn weekday_msg(day: chrono::Weekday) -> String {
    match day {
        chrono::Weekday::Mon => Msg::new("weekday-mon"),
        chrono::Weekday::Tue => Msg::new("weekday-tue"),
        chrono::Weekday::Wed => Msg::new("weekday-wed"),
        chrono::Weekday::Thu => Msg::new("weekday-thu"),
        chrono::Weekday::Fri => Msg::new("weekday-fri"),
        chrono::Weekday::Sat => Msg::new("weekday-sat"),
        chrono::Weekday::Sun => Msg::new("weekday-sun"),
    }
    .id
}

/// "Tue, Thu at 19:30 (Europe/Berlin)", in words.
pub fn describe(schedule: &Schedule) -> Msg {
    let time = ("time", Arg::Str(schedule.time.format("%H:%M").to_string()));
    let zone = ("zone", Arg::Str(schedule.zone.clone()));
    match &schedule.repeat {
        Repeat::Weekly { days } if *days == Days::EVERY => Msg::with("schedule-daily", vec![time, zone]),
        Repeat::Weekly { days } => Msg::with(
            "schedule-weekly",
            vec![("days", Arg::List(days.list().into_iter().map(weekday_msg).collect())), time, zone],
        ),
        Repeat::Once { date } => Msg::with(
            "schedule-once",
            vec![("date", Arg::Str(date.format("%Y-%m-%d").to_string())), time, zone],
        ),
    }
}

/// A moment as the reminder's own zone shows it, in the user's date format.
pub fn local(schedule: &Schedule, at: DateTime<Utc>) -> Arg {
    let wall = match schedule.tz() {
        Some(tz) => at.with_timezone(&tz).naive_local(),
        None => at.naive_utc(),
    };
    Arg::Nested(Box::new(Msg::datetime(wall)))
}

/// What a due reminder says, in its creator's language.
pub fn reminder_post(content: &Content, reminder: &Reminder, post: u64) -> Draft {
    let mut lead: Vec<Part> = Vec::new();
    match reminder.kind {
        ReminderKind::Stretch => lead.push(Msg::new("reminder-stretch").into()),
        ReminderKind::Checkin => lead.push(Msg::new("reminder-checkin").into()),
    }
    if let Some(note) = &reminder.note {
        lead.push(Msg::with("reminder-note", vec![("note", Arg::Str(note.clone()))]).into());
    }
    let mut draft = match reminder.kind {
        ReminderKind::Stretch => routine_post(content, post, 0, Some(lead)),
        ReminderKind::Checkin => {
            Draft::private(lead).button_row(views::menu_row(&[Command::Checkin, Command::Stretch]))
        }
    };
    draft.private = reminder.audience == Audience::Personal;
    draft
}
