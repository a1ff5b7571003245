//! Turns about routines and reminders: a moderator posting the stretch routine or scheduling
//! the club's reminders, a runner setting their own, and what a reminder says when it fires.
//! Unlike the assessment's turns, these write through the store as they go: a Done press is
//! counted atomically because the reply shows the count, and a reminder is on disk before
//! the scheduler is told about it.

use chrono::{DateTime, Duration, Utc};

use crate::{
    action::Action,
    command::Command,
    conversation::{Decision, Turn},
    engine::{ChatKind, Role},
    history::{CheckinKind, CheckinRecord, Entry},
    reminders::{self, Audience, Missed, Paused, Reminder, ReminderKind, Repeat, Schedule, ScheduleError},
    reply::{Arg, Draft, DraftButton, Msg, Part},
    store::{Store, StoreError},
    views,
};

fn button(label: Msg, action: Action) -> DraftButton {
    DraftButton { label: Part::Msg(label), action: action.encode() }
}

/// The routine with its Done button and how many have pressed it.
pub fn routine_post(
    content: &crate::content::Content,
    post: u64,
    count: u32,
    lead: Option<Vec<Part>>,
) -> Draft {
    let mut draft = views::stretch(content);
    if let Some(lead) = lead {
        draft.parts.splice(0..0, lead);
    }
    draft.parts.push(Msg::with("routine-count", vec![("count", Arg::Num(f64::from(count)))]).into());
    draft.button_row(vec![button(Msg::new("button-done"), Action::Done { post })])
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
        Repeat::Weekly { days } if *days == reminders::Days::EVERY => {
            Msg::with("schedule-daily", vec![time, zone])
        }
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
fn local(schedule: &Schedule, at: DateTime<Utc>) -> Arg {
    let wall = match schedule.tz() {
        Some(tz) => at.with_timezone(&tz).naive_local(),
        None => at.naive_utc(),
    };
    Arg::Nested(Box::new(Msg::datetime(wall)))
}

fn schedule_error(e: &ScheduleError) -> Msg {
    match e {
        ScheduleError::NoDays => Msg::new("remind-bad-days"),
        ScheduleError::NoTime => Msg::new("remind-bad-time"),
        ScheduleError::Zone(z) => {
            Msg::with("remind-bad-zone", vec![("zone", Arg::Str(z.chars().take(40).collect()))])
        }
        ScheduleError::NoZone => Msg::new("remind-no-zone"),
        ScheduleError::Past => Msg::new("remind-past"),
    }
}

/// What a due reminder says, in its creator's language.
pub fn reminder_post(content: &crate::content::Content, reminder: &Reminder, post: u64) -> Draft {
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

impl<S: Store> Turn<'_, S> {
    fn in_group(&self) -> bool {
        self.who.chat != ChatKind::Private
    }

    /// The owner of the reminders this user manages here: the group's, or their own.
    fn owner(&self) -> String {
        if self.in_group() {
            reminders::group_owner(self.who.platform.key(), &self.who.chat_id)
        } else {
            self.who.key().as_str().to_string()
        }
    }

    /// In a group, only moderators; the adapter checked the role against the platform just now.
    fn refused(&self) -> Option<Decision> {
        (self.in_group() && self.who.role != Role::Moderator).then(|| {
            Decision::show([Draft {
                parts: vec![Msg::new("moderators-only").into()],
                private: true,
                ..Draft::default()
            }])
        })
    }

    pub(crate) fn club_command(&self, command: Command, arg: &str) -> Result<Decision, StoreError> {
        if let Some(no) = self.refused() {
            return Ok(no);
        }
        match command {
            Command::Routine => {
                let post = self.store.next_id()?;
                let mut d = routine_post(self.content, post, 0, None);
                d.private = false;
                Ok(Decision::show([d]))
            }
            Command::Remind => self.remind(arg),
            _ => self.list_reminders(false),
        }
    }

    fn remind(&self, arg: &str) -> Result<Decision, StoreError> {
        let group = self.in_group();
        let mut words: Vec<&str> = arg.split_whitespace().collect();
        let kind = match words.first().map(|w| w.to_ascii_lowercase()) {
            Some(w) if w == "checkin" || w == "check-in" => {
                words.remove(0);
                ReminderKind::Checkin
            }
            Some(w) if w == "stretch" => {
                words.remove(0);
                ReminderKind::Stretch
            }
            _ => ReminderKind::Stretch,
        };
        // `role:<id>` is how the Discord adapter passes the role a moderator picked.
        let role = words.iter().find_map(|w| w.strip_prefix("role:").and_then(|r| r.parse::<u64>().ok()));
        words.retain(|w| !w.starts_with("role:"));
        let usage = |problem: Option<Msg>| {
            let mut parts: Vec<Part> = problem.into_iter().map(Part::Msg).collect();
            parts.push(if group { Msg::new("remind-usage-group") } else { Msg::new("remind-usage") }.into());
            Decision::show([Draft { parts, private: !group, ..Draft::default() }])
        };
        if words.is_empty() {
            return Ok(usage(None));
        }
        // A runner is asked for their own zone; a club falls back to the deployment's.
        let kept_zone = if group { self.default_zone } else { self.prefs.zone.as_deref() };
        let parsed = match reminders::parse(&words.join(" "), kept_zone, self.now) {
            Ok(p) => p,
            Err(e) => return Ok(usage(Some(schedule_error(&e)))),
        };
        let owner = self.owner();
        let reminder = Reminder {
            id: self.store.next_id()?,
            owner,
            platform: self.who.platform.key().to_string(),
            chat_id: self.who.chat_id.clone(),
            created_by: self.who.key().as_str().to_string(),
            audience: if group { Audience::Group } else { Audience::Personal },
            kind: if group { ReminderKind::Stretch } else { kind },
            next: parsed.schedule.next_after(self.now),
            schedule: parsed.schedule,
            note: reminders::clean_note(&parsed.rest),
            role: role.filter(|_| group),
            locale: self.tag.clone(),
            paused: None,
            last_fired: None,
        };
        self.store.put_reminder(&reminder)?;
        let next = reminder.next.map_or(Arg::Str(String::new()), |t| local(&reminder.schedule, t));
        let confirm = Msg::with("remind-set", vec![("next", next)]);
        let mut d = Decision::show([Draft {
            parts: vec![confirm.into(), describe(&reminder.schedule).into()],
            private: !group,
            ..Draft::default()
        }
        .button_row(views::menu_row(&[Command::Reminders]))]);
        d.reminders_changed = true;
        if !group && self.prefs.zone.as_deref() != Some(reminder.schedule.zone.as_str()) {
            // The zone is asked once: from now on `/remind daily 08:00` is enough.
            let mut prefs = self.prefs.clone();
            prefs.zone = Some(reminder.schedule.zone.clone());
            d.change = Some(crate::store::Change { prefs: Some(prefs), ..crate::store::Change::none() });
        }
        Ok(d)
    }

    fn list_reminders(&self, edit: bool) -> Result<Decision, StoreError> {
        let all = self.store.reminders(&self.owner())?;
        let group = self.in_group();
        if all.is_empty() {
            let usage = if group { Msg::new("remind-usage-group") } else { Msg::new("remind-usage") };
            let d = Draft {
                parts: vec![Msg::new("reminders-empty").into(), usage.into()],
                private: !group,
                edit,
                ..Draft::default()
            };
            return Ok(Decision::show([d]));
        }
        let mut parts: Vec<Part> = vec![Msg::new("reminders-head").into()];
        let mut draft = Draft { private: !group, edit, ..Draft::default() };
        for (i, r) in all.iter().enumerate() {
            let n = ("n", Arg::Num((i + 1) as f64));
            let kind = match r.kind {
                ReminderKind::Stretch => Msg::new("reminder-kind-stretch").id,
                ReminderKind::Checkin => Msg::new("reminder-kind-checkin").id,
            };
            let status = match (&r.paused, r.next) {
                (Some(Paused::ChatGone { detail }), _) => {
                    Msg::with("reminder-gone", vec![("detail", Arg::Str(detail.chars().take(100).collect()))])
                }
                (Some(Paused::Moderator), _) => Msg::new("reminder-paused"),
                (None, Some(next)) => Msg::with("reminder-next", vec![("next", local(&r.schedule, next))]),
                (None, None) => Msg::new("reminder-finished"),
            };
            parts.push(Msg::with("reminder-line", vec![n.clone(), ("kind", Arg::Msg(kind))]).into());
            parts.push(describe(&r.schedule).into());
            parts.push(status.into());
            if let Some(note) = &r.note {
                parts.push(Msg::with("reminder-note", vec![("note", Arg::Str(note.clone()))]).into());
            }
            let toggle = if r.paused.is_some() {
                button(
                    Msg::with("button-resume-reminder", vec![n.clone()]),
                    Action::ResumeReminder { id: r.id },
                )
            } else {
                button(
                    Msg::with("button-pause-reminder", vec![n.clone()]),
                    Action::PauseReminder { id: r.id },
                )
            };
            draft = draft.button_row(vec![
                toggle,
                button(Msg::with("button-remove-reminder", vec![n]), Action::RemoveReminder { id: r.id }),
            ]);
        }
        draft.parts = parts;
        Ok(Decision::show([draft]))
    }

    pub(crate) fn club_action(&self, action: &Action) -> Result<Decision, StoreError> {
        if let Action::Done { post } = action {
            return self.done(*post);
        }
        if let Some(no) = self.refused() {
            return Ok(no);
        }
        let id = match action {
            Action::PauseReminder { id } | Action::ResumeReminder { id } | Action::RemoveReminder { id } => {
                *id
            }
            _ => return Ok(Decision::default()),
        };
        let owner = self.owner();
        let Some(mut r) = self.store.reminders(&owner)?.into_iter().find(|r| r.id == id) else {
            return Ok(self.expired());
        };
        match action {
            Action::RemoveReminder { .. } => {
                self.store.remove_reminder(&owner, id)?;
            }
            Action::PauseReminder { .. } => {
                r.paused = Some(Paused::Moderator);
                self.store.put_reminder(&r)?;
            }
            _ => {
                r.paused = None;
                if r.next.is_none_or(|t| t <= self.now) {
                    r.next = r.schedule.next_after(self.now);
                }
                self.store.put_reminder(&r)?;
            }
        }
        let mut d = self.list_reminders(true)?;
        d.reminders_changed = true;
        Ok(d)
    }

    fn done(&self, post: u64) -> Result<Decision, StoreError> {
        let entry = Entry::Checkin(CheckinRecord {
            at: self.now,
            severity: None,
            after_run: None,
            kind: CheckinKind::Stretch,
        });
        let count = match self.store.mark_done(post, &self.who.key(), entry)? {
            Some(count) => count,
            None => self.store.done_count(post)?,
        };
        let mut d = routine_post(self.content, post, count, None);
        d.private = false;
        Ok(Decision::show([d.editing()]))
    }
}

/// The engine's side of the scheduler: what to post for the reminders due at `now`.
pub struct Outgoing {
    pub reminder: Reminder,
    pub draft: Draft,
}

/// Takes the due reminders, moving each on to its next occurrence on disk *before* it is
/// handed out: a crash after sending can then never post the same occurrence twice (at most
/// once is the promise; a crash between the write and the send loses that one post).
pub fn take_due<S: Store>(
    store: &S,
    content: &crate::content::Content,
    now: DateTime<Utc>,
    grace: Duration,
) -> Result<Vec<Outgoing>, StoreError> {
    let mut out = Vec::new();
    for reminder in store.due(now, 500)? {
        let Some(at) = reminder.next else { continue };
        match reminders::missed(at, now, grace) {
            Missed::Fire => {
                store.put_reminder(&reminder.advanced(at, now, true))?;
                let post = store.next_id()?;
                let draft = reminder_post(content, &reminder, post);
                out.push(Outgoing { reminder, draft });
            }
            Missed::Skip => {
                tracing::info!(
                    reminder = reminder.id,
                    "skipping a reminder missed by more than the grace period"
                );
                store.put_reminder(&reminder.advanced(at, now, false))?;
            }
        }
    }
    Ok(out)
}
