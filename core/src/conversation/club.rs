//! Turns about routines and reminders: a moderator posting the stretch routine or scheduling
//! the club's reminders, a runner setting their own, and a member's Done press. Their writes
//! are part of the [`Decision`] like every other turn's: a reminder is saved with the
//! revision it was read at, and a Done press is counted by the store, which reports the count
//! back for the post.

use super::{Decision, Then, Turn};
use crate::{
    action::Action,
    club::{self, ClubPost},
    command::Command,
    history::{CheckinKind, CheckinRecord, Entry},
    input::{CommandArgs, Role},
    msg::{Arg, Msg},
    prefs::Keeping,
    reminders::{
        self,
        posts::{describe, local, routine_post},
        Audience, Paused, Reminder, ReminderKind, ScheduleError,
    },
    reply::{Draft, Part},
    store::{Committed, DonePress, ReminderChange, Store, StoreError},
    views::{self, button},
};

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

impl<S: Store> Turn<'_, S> {
    /// The owner of the reminders this user manages here: the group's, or their own.
    fn owner(&self) -> String {
        if self.who.in_group() {
            reminders::group_owner(self.who.platform.key(), &self.who.chat_id)
        } else {
            self.who.key().as_str().to_string()
        }
    }

    /// In a group, only moderators; the adapter checked the role against the platform just now.
    fn refused(&self) -> Option<Decision> {
        (self.who.in_group() && self.who.role != Role::Moderator).then(|| {
            Decision::show([Draft {
                parts: vec![Msg::new("moderators-only").into()],
                private: true,
                ..Draft::default()
            }])
        })
    }

    pub(super) fn club_command(&self, command: Command, args: &CommandArgs) -> Result<Decision, StoreError> {
        if let Some(no) = self.refused() {
            return Ok(no);
        }
        match command {
            Command::Routine => {
                let post = self.store.next_id()?;
                let mut d = routine_post(self.content, post, 0, None);
                d.private = false;
                d.version = Some(0);
                d.toast = Some(Msg::new("routine-posted"));
                let mut decision = Decision::show([d]);
                if self.who.in_group() {
                    decision.change().post = Some(ClubPost {
                        id: post,
                        group: self.owner(),
                        at: self.now,
                        locale: self.tag.clone(),
                    });
                }
                Ok(decision)
            }
            Command::Clubstats => self.club_stats(),
            Command::Remind => self.remind(args),
            _ => self.list_reminders(),
        }
    }

    fn remind(&self, args: &CommandArgs) -> Result<Decision, StoreError> {
        let group = self.who.in_group();
        let mut words: Vec<&str> = args.text.split_whitespace().collect();
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
            rev: 0,
            owner,
            platform: self.who.platform.key().to_string(),
            chat_id: self.who.chat_id.clone(),
            created_by: self.who.key().as_str().to_string(),
            audience: if group { Audience::Group } else { Audience::Personal },
            kind: if group { ReminderKind::Stretch } else { kind },
            next: parsed.schedule.next_after(self.now),
            schedule: parsed.schedule,
            note: reminders::clean_note(&parsed.rest),
            role: args.role.filter(|_| group),
            locale: self.tag.clone(),
            paused: None,
            last_fired: None,
        };
        let next = reminder.next.map_or(Arg::Str(String::new()), |t| local(&reminder.schedule, t));
        let confirm = Msg::with("remind-set", vec![("next", next)]);
        let mut d = Decision::show([Draft {
            parts: vec![confirm.into(), describe(&reminder.schedule).into()],
            private: !group,
            ..Draft::default()
        }
        .button_row(views::menu_row(&[Command::Reminders]))]);
        d.change().reminders.push(ReminderChange::Save(reminder.clone()));
        d.reminders_changed = true;
        if !group && self.prefs.zone.as_deref() != Some(reminder.schedule.zone.as_str()) {
            // The zone is asked once: from now on `/remind daily 08:00` is enough.
            let mut prefs = self.prefs.clone();
            prefs.zone = Some(reminder.schedule.zone.clone());
            d = d.with_prefs(prefs);
        }
        Ok(d)
    }

    fn list_reminders(&self) -> Result<Decision, StoreError> {
        Ok(self.reminder_list(&self.store.reminders(&self.owner())?, false))
    }

    /// The reminders here with their buttons; `edit` replaces the list whose button was pressed.
    fn reminder_list(&self, all: &[Reminder], edit: bool) -> Decision {
        let group = self.who.in_group();
        if all.is_empty() {
            let usage = if group { Msg::new("remind-usage-group") } else { Msg::new("remind-usage") };
            let d = Draft {
                parts: vec![Msg::new("reminders-empty").into(), usage.into()],
                private: !group,
                edit,
                ..Draft::default()
            };
            return Decision::show([d]);
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
        Decision::show([draft])
    }

    pub(super) fn club_action(&self, action: &Action) -> Result<Decision, StoreError> {
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
        let mut shown = self.store.reminders(&owner)?;
        let Some(mut r) = shown.iter().find(|r| r.id == id).cloned() else {
            return Ok(self.expired());
        };
        let change = match action {
            Action::RemoveReminder { .. } => {
                shown.retain(|x| x.id != id);
                ReminderChange::Remove(r)
            }
            Action::PauseReminder { .. } => {
                r.paused = Some(Paused::Moderator);
                ReminderChange::Save(r)
            }
            _ => {
                r.paused = None;
                if r.next.is_none_or(|t| t <= self.now) {
                    r.next = r.schedule.next_after(self.now);
                }
                ReminderChange::Save(r)
            }
        };
        if let ReminderChange::Save(changed) = &change {
            shown.iter_mut().filter(|x| x.id == id).for_each(|x| *x = changed.clone());
        }
        let mut d = self.reminder_list(&shown, true);
        d.change().reminders.push(change);
        d.reminders_changed = true;
        Ok(d)
    }

    /// A Done press counts for the club whatever the member chose (a count is no health
    /// data); it becomes a stretch check-in in their history only if they keep one.
    fn done(&self, post: u64) -> Result<Decision, StoreError> {
        let entry = (self.prefs.history == Some(Keeping::Keep)).then_some(Entry::Checkin(CheckinRecord {
            at: self.now,
            severity: None,
            after_run: None,
            kind: CheckinKind::Stretch,
        }));
        let mut d = Decision { then: Some(Then::DoneCounted { post }), ..Decision::default() };
        d.change().done = Some(DonePress { post, entry });
        Ok(d)
    }

    /// The post with the count the store arrived at (its version, so that the latest count
    /// wins however the edits arrive), and a word for the member who pressed.
    pub(super) fn done_counted(&self, post: u64, committed: &Committed) -> Vec<Draft> {
        let count = committed.done.map_or(0, |c| c.count);
        let mut d = routine_post(self.content, post, count, None);
        d.private = false;
        d.version = Some(u64::from(count));
        // The count and streak are extras on top of the press, which is saved: a failed read
        // leaves the post in the member's language and the toast without a streak.
        let posts = if self.who.in_group() { self.club_posts().unwrap_or_default() } else { Vec::new() };
        d.locale = posts.iter().find(|p| p.id == post).map(|p| p.locale.clone());
        let streak = self.streak(&posts).unwrap_or(0);
        d.toast = Some(match (committed.done.is_some_and(|c| c.first), streak) {
            (true, n) if n >= 2 => Msg::with("done-counted-streak", vec![("streak", Arg::Num(f64::from(n)))]),
            (true, _) => Msg::new("done-counted"),
            (false, _) => Msg::new("done-already"),
        });
        vec![d.editing()]
    }

    /// This group's routine posts of the last [`club::WEEKS`] weeks, newest first.
    fn club_posts(&self) -> Result<Vec<ClubPost>, StoreError> {
        self.store.club_posts(&self.owner(), self.now - chrono::Duration::weeks(club::WEEKS))
    }

    /// The member's streak in this group: its latest routine posts in a row they pressed.
    fn streak(&self, posts: &[ClubPost]) -> Result<u32, StoreError> {
        let me = self.who.key();
        let mut failed = None;
        let n = club::streak(posts, |p| match self.store.pressed(&me, p.id) {
            Ok(pressed) => pressed,
            Err(e) => {
                failed = Some(e);
                false
            }
        });
        failed.map_or(Ok(n), Err)
    }

    /// /clubstats: members who stretched this week and last, sessions posted, and the most
    /// regular members — by name only for those who said so with /leaderboard.
    fn club_stats(&self) -> Result<Decision, StoreError> {
        if !self.who.in_group() {
            return Ok(Decision::show([Draft::private([Msg::new("clubstats-in-group").into()])
                .button_row(views::menu_row(&[Command::Help]))]));
        }
        let group = self.owner();
        let posts = self.club_posts()?;
        // In the club's language: that of its latest post.
        let locale = posts.first().map(|p| p.locale.clone());
        let mut sessions = Vec::new();
        for post in posts {
            let done = self.store.done_by(post.id)?;
            sessions.push(club::Session { post, done });
        }
        let stats = club::stats(&sessions, self.now);
        let mut named = Vec::new();
        let mut others = 0;
        for (user, count) in stats.regulars.iter().take(views::REGULARS) {
            match self.store.prefs(user)?.leaderboard.get(&group) {
                Some(name) => named.push((name.clone(), *count)),
                None => others += 1,
            }
        }
        let mut shown = views::club_stats(&stats, &named, others, self.now.date_naive());
        shown.locale = locale;
        Ok(Decision::show([shown]))
    }

    /// /leaderboard on|off, in a group: whether this member's name may show on its stats.
    pub(super) fn leaderboard(&self, args: &CommandArgs) -> Decision {
        if !self.who.in_group() {
            return Decision::show([Draft::private([Msg::new("leaderboard-in-group").into()])
                .button_row(views::menu_row(&[Command::Help]))]);
        }
        let group = self.owner();
        let mut prefs = self.prefs.clone();
        let said = match args.text.trim().to_lowercase().as_str() {
            "on" | "an" | "sí" | "si" | "oui" | "ja" | "yes" => {
                let shown = self.who.name.as_deref().unwrap_or(&self.who.user_id);
                let name: String = shown.chars().filter(|c| !c.is_control()).take(40).collect();
                prefs.leaderboard.insert(group, name.clone());
                Msg::with("leaderboard-on", vec![("name", Arg::Str(name))])
            }
            "off" | "aus" | "no" | "non" | "nein" => {
                prefs.leaderboard.remove(&group);
                Msg::new("leaderboard-off")
            }
            _ => return Decision::show([Draft::public([Msg::new("leaderboard-usage").into()])]),
        };
        // Only this member's business, though no health data: ephemeral where it can be.
        let mut d = Draft::public([said.into()]);
        d.private = true;
        Decision::show([d]).with_prefs(prefs)
    }
}
