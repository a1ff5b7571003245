//! What is kept about one runner, read from their records as a backup holds them
//! ([`crate::store::Store::kept_about`]): the /export file, and the list /privacy and /export
//! say out loud. Both come from the same records, so neither can leave out a reminder, an
//! unfinished check or what waits for the runner's consent while the database keeps it.

use chrono::{DateTime, SecondsFormat, Utc};
use serde_json::{json, Value};

use crate::{
    backup::Record,
    history::Entry,
    msg::Msg,
    prefs::Prefs,
    reminders::{Audience, Reminder},
    session::{Prompt, Session},
};

/// One runner's records, sorted by what they are.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Kept {
    pub prefs: Option<Prefs>,
    pub session: Option<Session>,
    pub entries: Vec<Entry>,
    /// The club routine posts they pressed Done under, and when (if it was a check-in too).
    pub presses: Vec<(u64, Option<DateTime<Utc>>)>,
    pub reminders: Vec<Reminder>,
    /// The club reminders they set as a group's moderator: the club's, but with their name
    /// on them (`created_by`).
    pub club_reminders: Vec<Reminder>,
    /// The day they last sent anything (the retention clock).
    pub last_active: Option<chrono::NaiveDate>,
    /// Records that could not be read (kept for a later version, never deleted).
    pub unreadable: usize,
}

impl Kept {
    pub fn from_records(records: impl IntoIterator<Item = Record>) -> Self {
        let mut kept = Kept::default();
        for record in records {
            match record {
                Record::Prefs { prefs, .. } => kept.prefs = Some(prefs),
                Record::Session { session, .. } => kept.session = Some(session),
                Record::Entry { entry, .. } => kept.entries.push(entry),
                Record::Done { post, at, .. } => kept.presses.push((post, at)),
                Record::Reminder { reminder } if reminder.audience == Audience::Group => {
                    kept.club_reminders.push(reminder)
                }
                Record::Reminder { reminder } => kept.reminders.push(reminder),
                Record::Active { day, .. } => kept.last_active = Some(day),
                Record::Unreadable { .. } => kept.unreadable += 1,
                Record::Post { .. } | Record::Count { .. } | Record::Owed { .. } => {}
            }
        }
        kept.entries.sort_by_key(Entry::at);
        kept
    }

    fn prefs(&self) -> Prefs {
        self.prefs.clone().unwrap_or_default()
    }

    /// What waits in the session for the runner's answer to "may I keep your history?".
    pub fn pending(&self) -> &[Entry] {
        self.session.as_ref().map_or(&[], |s| s.pending.as_slice())
    }

    pub fn open_check(&self) -> bool {
        self.session.as_ref().is_some_and(|s| s.assessment.is_some())
    }

    pub fn open_checkin(&self) -> bool {
        self.session.as_ref().is_some_and(|s| matches!(s.prompt, Some(Prompt::Checkin { .. })))
    }

    /// The message ids of what is kept beyond the history choice itself, for a sentence that
    /// lists them ("your reminder, your time zone, the check you haven't finished yet").
    /// `settings`: the language and time zone too (the export's line names settings already).
    pub fn items(&self, settings: bool) -> Vec<String> {
        let prefs = self.prefs();
        let mut items = Vec::new();
        // Each id through `Msg::new`, where the test of unused messages looks for them.
        let mut add = |yes: bool, item: Msg| {
            if yes {
                items.push(item.id);
            }
        };
        add(!self.entries.is_empty() && settings, Msg::new("kept-history"));
        add(!self.pending().is_empty(), Msg::new("kept-pending"));
        add(self.open_check(), Msg::new("kept-open-check"));
        add(self.open_checkin(), Msg::new("kept-open-checkin"));
        add(self.reminders.len() == 1, Msg::new("kept-reminder"));
        add(self.reminders.len() > 1, Msg::new("kept-reminders"));
        add(settings && prefs.zone.is_some(), Msg::new("kept-zone"));
        add(settings && prefs.locale.is_some(), Msg::new("kept-language"));
        add(!prefs.leaderboard.is_empty(), Msg::new("kept-leaderboard"));
        add(!self.presses.is_empty(), Msg::new("kept-presses"));
        add(!self.club_reminders.is_empty(), Msg::new("kept-club-reminders"));
        add(self.unreadable > 0, Msg::new("kept-unreadable"));
        items
    }

    pub fn assessments(&self) -> usize {
        self.entries.iter().filter(|e| matches!(e, Entry::Assessment(_))).count()
    }

    pub fn checkins(&self) -> usize {
        self.entries.len() - self.assessments()
    }

    /// The /export document: every record, in words a runner (or a developer they ask) can
    /// read, with times in UTC.
    pub fn export(&self, user: &str) -> Value {
        let prefs = self.prefs();
        let (assessments, checkins) = entries(&self.entries);
        let unfinished = self.session.as_ref().filter(|s| !s.is_idle()).map(|s| {
            let (assessments, checkins) = entries(&s.pending);
            json!({
                "updated": time(&s.updated),
                "check": s.assessment.as_ref().map(|a| json!({ "answers": answers(&a.answers), "ticked": a.picked })),
                "checkin": match s.prompt {
                    Some(Prompt::Checkin { severity }) => json!({ "severity": severity }),
                    _ => Value::Null,
                },
                "waiting_for_consent": { "assessments": assessments, "checkins": checkins },
            })
        });
        // A club's reminder leaves out when it was last posted: that is the club's, not theirs.
        let reminder = |r: &Reminder, last_sent: bool| {
            let mut shown = json!({
                "id": r.id,
                "kind": r.kind,
                "schedule": r.schedule,
                "note": r.note,
                "language": r.locale,
                "chat": format!("{}:{}", r.platform, r.chat_id),
                "next": r.next.as_ref().map(time),
                "paused": r.paused,
            });
            if last_sent {
                shown["last_sent"] = json!(r.last_fired.as_ref().map(time));
            }
            shown
        };
        let reminders: Vec<Value> = self.reminders.iter().map(|r| reminder(r, true)).collect();
        let club_reminders: Vec<Value> = self.club_reminders.iter().map(|r| reminder(r, false)).collect();
        let presses: Vec<Value> = self
            .presses
            .iter()
            .map(|(post, at)| json!({ "post": post, "at": at.as_ref().map(time) }))
            .collect();
        json!({
            "user": user,
            "preferences": {
                "language": prefs.locale,
                "time_zone": prefs.zone,
                "history": prefs.history,
                "welcomed": prefs.welcomed,
                "club_stats_names": prefs.leaderboard,
            },
            "assessments": assessments,
            "checkins": checkins,
            "unfinished": unfinished,
            "reminders": reminders,
            "club_reminders_set": club_reminders,
            "done_presses": presses,
            "last_active": self.last_active.map(|d| d.to_string()),
            "unreadable_records": self.unreadable,
        })
    }
}

fn time(t: &DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

fn answers(answers: &[crate::assessment::Answer]) -> Value {
    answers
        .iter()
        .map(|x| {
            let value = match x.choices.as_slice() {
                [one] => Value::from(one.as_str()),
                many => Value::from(many.iter().map(|c| c.as_str()).collect::<Vec<_>>()),
            };
            (x.question.to_string(), value)
        })
        .collect::<serde_json::Map<_, _>>()
        .into()
}

/// Entries as the export lists them: the checks, and the check-ins.
fn entries(entries: &[Entry]) -> (Vec<Value>, Vec<Value>) {
    let mut assessments = Vec::new();
    let mut checkins = Vec::new();
    for e in entries {
        match e {
            Entry::Assessment(a) => assessments.push(json!({
                "at": time(&a.at),
                "severity": a.severity,
                "outcome": a.outcome,
                "factors": a.factors.iter().map(|f| json!({
                    "factor": f.factor, "level": f.level, "score": f.score,
                })).collect::<Vec<_>>(),
                "red_flags": a.signs,
                "answers": answers(&a.answers),
            })),
            Entry::Checkin(c) => checkins.push(json!({
                "at": time(&c.at), "severity": c.severity, "after_run": c.after_run, "kind": c.kind,
            })),
        }
    }
    (assessments, checkins)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::{CheckinKind, CheckinRecord};
    use chrono::TimeZone;

    fn checkin(day: u32, severity: u8) -> Entry {
        Entry::Checkin(CheckinRecord {
            at: Utc.with_ymd_and_hms(2026, 3, day, 8, 0, 0).single().expect("valid date"),
            severity: Some(severity),
            after_run: Some(true),
            kind: CheckinKind::Feeling,
        })
    }

    #[test]
    fn export_has_the_documented_shape() {
        let kept = Kept { entries: vec![checkin(2, 4)], ..Kept::default() };
        let v = kept.export("console:ana");
        assert_eq!(v["user"], "console:ana");
        assert_eq!(v["checkins"][0]["at"], "2026-03-02T08:00:00Z");
        assert_eq!(v["checkins"][0]["severity"], 4);
        assert_eq!(v["assessments"], json!([]));
        assert_eq!(v["unfinished"], Value::Null);
        assert_eq!(v["reminders"], json!([]));
        assert_eq!(kept.items(false), Vec::<String>::new(), "the history is the export's own line");
        assert_eq!(kept.items(true), ["kept-history"]);
    }

    #[test]
    fn the_club_reminders_they_set_and_their_last_day_are_in_the_export() {
        let schedule = crate::reminders::parse(
            "daily 19:30 Europe/Berlin",
            None,
            Utc.with_ymd_and_hms(2026, 3, 3, 8, 0, 0).single().expect("a time"),
        )
        .expect("a schedule")
        .schedule;
        let club = Reminder {
            id: 14,
            rev: 1,
            owner: "chat:telegram:-100".into(),
            platform: "telegram".into(),
            chat_id: "-100".into(),
            created_by: "telegram:7".into(),
            audience: Audience::Group,
            kind: crate::reminders::ReminderKind::Stretch,
            next: None,
            schedule,
            note: Some("after the club run".into()),
            role: None,
            locale: "de".into(),
            last_fired: None,
            paused: None,
        };
        let day = chrono::NaiveDate::from_ymd_opt(2026, 3, 2).expect("a day");
        let kept = Kept::from_records([
            Record::Reminder { reminder: club },
            Record::Active { user: "telegram:7".into(), day },
        ]);
        let v = kept.export("telegram:7");
        assert_eq!(v["club_reminders_set"][0]["id"], 14);
        assert_eq!(v["club_reminders_set"][0]["note"], "after the club run");
        assert_eq!(v["reminders"], json!([]), "not among their own");
        assert_eq!(v["last_active"], "2026-03-02");
        assert_eq!(kept.items(true), ["kept-club-reminders"]);
    }

    #[test]
    fn what_waits_for_consent_is_listed_apart_from_the_history() {
        let mut session =
            Session::new(7, Utc.with_ymd_and_hms(2026, 3, 3, 8, 0, 0).single().expect("a time"));
        session.pending.push(checkin(3, 6));
        let kept = Kept { session: Some(session), ..Kept::default() };
        let v = kept.export("console:ana");
        assert_eq!(v["checkins"], json!([]));
        assert_eq!(v["unfinished"]["waiting_for_consent"]["checkins"][0]["severity"], 6);
        assert_eq!(kept.items(true), ["kept-pending"]);
    }
}
