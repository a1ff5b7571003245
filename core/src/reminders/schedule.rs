//! When a reminder fires (once, daily, or on chosen weekdays, at a local time in an IANA time
//! zone, correct across daylight-saving changes), what happens to ones missed while the bot
//! was down, and how a moderator or a runner writes one down (`tue,thu 19:30 Europe/Berlin`).

use chrono::{DateTime, Datelike, Duration, LocalResult, NaiveDate, NaiveTime, TimeZone, Utc, Weekday};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

/// Which days a recurring reminder fires on: bit 0 is Monday.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Days(pub u8);

impl Days {
    pub const EVERY: Days = Days(0b111_1111);

    pub fn has(self, day: Weekday) -> bool {
        self.0 & (1 << day.num_days_from_monday()) != 0
    }

    /// The days in order, Monday first.
    pub fn list(self) -> Vec<Weekday> {
        (0..7u8).filter(|i| self.0 & (1 << i) != 0).filter_map(|i| Weekday::try_from(i).ok()).collect()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "repeat", rename_all = "snake_case")]
pub enum Repeat {
    Once { date: NaiveDate },
    Weekly { days: Days },
}

/// When a reminder fires: a wall-clock time in a time zone, once or on some weekdays.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Schedule {
    #[serde(flatten)]
    pub repeat: Repeat,
    pub time: NaiveTime,
    /// An IANA time zone name, e.g. `Europe/Berlin`.
    pub zone: String,
}

/// The moment `time` happens on `date` in `zone`: in a spring-forward gap, the first minute
/// that exists after it; in an autumn repeat, the first of the two (so it fires once).
fn local_moment(zone: Tz, date: NaiveDate, time: NaiveTime) -> Option<DateTime<Utc>> {
    let mut t = date.and_time(time);
    // Gaps are at most a few hours long; a day's worth of minutes is a generous bound.
    for _ in 0..(24 * 60) {
        match zone.from_local_datetime(&t) {
            LocalResult::Single(x) => return Some(x.with_timezone(&Utc)),
            LocalResult::Ambiguous(first, _) => return Some(first.with_timezone(&Utc)),
            LocalResult::None => t += Duration::minutes(1),
        }
    }
    None
}

impl Schedule {
    pub fn tz(&self) -> Option<Tz> {
        self.zone.parse().ok()
    }

    /// The first firing strictly after `after`, or `None` when there is no more (a one-off
    /// in the past).
    pub fn next_after(&self, after: DateTime<Utc>) -> Option<DateTime<Utc>> {
        let zone = self.tz()?;
        let start = after.with_timezone(&zone).date_naive() - Duration::days(1);
        match &self.repeat {
            Repeat::Once { date } => local_moment(zone, *date, self.time).filter(|t| *t > after),
            Repeat::Weekly { days } => (0..9)
                .map(|i| start + Duration::days(i))
                .filter(|d| days.has(d.weekday()))
                .filter_map(|d| local_moment(zone, d, self.time))
                .find(|t| *t > after),
        }
    }
}

/// Why a written schedule was refused; each has its own kind reply.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ScheduleError {
    #[error("no days or date")]
    NoDays,
    #[error("no time (HH:MM)")]
    NoTime,
    #[error("unknown time zone {0:?}")]
    Zone(String),
    #[error("no time zone given and none kept")]
    NoZone,
    #[error("the date is in the past")]
    Past,
}

fn weekday(word: &str) -> Option<Weekday> {
    let w = word.to_ascii_lowercase();
    let w = w.get(..3)?;
    ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        .iter()
        .position(|d| *d == w)
        .and_then(|i| Weekday::try_from(i as u8).ok())
}

/// A written schedule and the free text after it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed {
    pub schedule: Schedule,
    pub rest: String,
}

/// Reads `<days|daily|YYYY-MM-DD> <HH:MM> [Area/City] [anything else]`, e.g.
/// `tue,thu 19:30 Europe/Berlin bring a mat`. `zone` is used when none is written.
pub fn parse(text: &str, zone: Option<&str>, now: DateTime<Utc>) -> Result<Parsed, ScheduleError> {
    let mut words = text.split_whitespace().peekable();
    let when = words.next().ok_or(ScheduleError::NoDays)?;
    let repeat = if when.eq_ignore_ascii_case("daily") || when.eq_ignore_ascii_case("every-day") {
        Repeat::Weekly { days: Days::EVERY }
    } else if let Ok(date) = NaiveDate::parse_from_str(when, "%Y-%m-%d") {
        Repeat::Once { date }
    } else {
        let mut bits = 0u8;
        for part in when.split(',').filter(|p| !p.is_empty()) {
            let day = weekday(part).ok_or(ScheduleError::NoDays)?;
            bits |= 1 << day.num_days_from_monday();
        }
        if bits == 0 {
            return Err(ScheduleError::NoDays);
        }
        Repeat::Weekly { days: Days(bits) }
    };
    let time =
        words.next().and_then(|t| NaiveTime::parse_from_str(t, "%H:%M").ok()).ok_or(ScheduleError::NoTime)?;
    let written =
        words.peek().filter(|w| w.contains('/') || w.eq_ignore_ascii_case("UTC")).map(|w| w.to_string());
    if written.is_some() {
        words.next();
    }
    let zone_name = written.or(zone.map(String::from)).ok_or(ScheduleError::NoZone)?;
    let tz: Tz = zone_name.parse().map_err(|_| ScheduleError::Zone(zone_name.clone()))?;
    let schedule = Schedule { repeat, time, zone: tz.name().to_string() };
    if schedule.next_after(now).is_none() {
        return Err(ScheduleError::Past);
    }
    Ok(Parsed { schedule, rest: words.collect::<Vec<_>>().join(" ") })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).expect("valid time").with_timezone(&Utc)
    }

    fn weekly(days: &str, time: &str, zone: &str) -> Schedule {
        parse(&format!("{days} {time} {zone}"), None, utc("2026-01-01T00:00:00Z")).expect("parses").schedule
    }

    #[test]
    fn a_berlin_evening_reminder_stays_at_19_30_local_across_both_changes() {
        let s = weekly("tue,thu", "19:30", "Europe/Berlin");
        // Winter (UTC+1): Thursday 26 March 2026, the week the clocks go forward.
        assert_eq!(s.next_after(utc("2026-03-24T18:31:00Z")), Some(utc("2026-03-26T18:30:00Z")));
        // Summer (UTC+2): Tuesday 31 March 2026.
        assert_eq!(s.next_after(utc("2026-03-26T18:31:00Z")), Some(utc("2026-03-31T17:30:00Z")));
        // October: Thursday 22nd still summer time; Tuesday 27th winter time again.
        assert_eq!(s.next_after(utc("2026-10-21T00:00:00Z")), Some(utc("2026-10-22T17:30:00Z")));
        assert_eq!(s.next_after(utc("2026-10-22T18:00:00Z")), Some(utc("2026-10-27T18:30:00Z")));
    }

    #[test]
    fn new_york_follows_its_own_changes() {
        let s = weekly("daily", "07:00", "America/New_York");
        assert_eq!(s.next_after(utc("2026-03-07T13:00:00Z")), Some(utc("2026-03-08T11:00:00Z")));
        assert_eq!(s.next_after(utc("2026-03-06T13:00:00Z")), Some(utc("2026-03-07T12:00:00Z")));
        assert_eq!(s.next_after(utc("2026-11-01T00:00:00Z")), Some(utc("2026-11-01T12:00:00Z")));
    }

    #[test]
    fn a_time_in_the_spring_gap_fires_at_the_next_valid_minute() {
        // 29 March 2026, Berlin: 02:00 jumps to 03:00; 02:30 does not exist.
        let s = weekly("sun", "02:30", "Europe/Berlin");
        assert_eq!(s.next_after(utc("2026-03-28T00:00:00Z")), Some(utc("2026-03-29T01:00:00Z")));
        // New York, 8 March 2026.
        let s = weekly("sun", "02:15", "America/New_York");
        assert_eq!(s.next_after(utc("2026-03-07T00:00:00Z")), Some(utc("2026-03-08T07:00:00Z")));
    }

    #[test]
    fn a_time_repeated_in_autumn_fires_once() {
        // 25 October 2026, Berlin: 02:30 happens twice; the reminder fires at the first.
        let s = weekly("sun", "02:30", "Europe/Berlin");
        let first = s.next_after(utc("2026-10-24T00:00:00Z")).expect("fires");
        assert_eq!(first, utc("2026-10-25T00:30:00Z"));
        // After it fired, the next time is a week later, not an hour later.
        assert_eq!(s.next_after(first), Some(utc("2026-11-01T01:30:00Z")));
    }

    #[test]
    fn one_off_daily_and_weekly() {
        let now = utc("2026-06-01T10:00:00Z");
        let once = parse("2026-06-03 08:00 Europe/Madrid bring water", None, now).expect("parses");
        assert_eq!(once.rest, "bring water");
        assert_eq!(once.schedule.next_after(now), Some(utc("2026-06-03T06:00:00Z")));
        assert_eq!(once.schedule.next_after(utc("2026-06-03T06:00:00Z")), None);
        let daily = parse("daily 09:15", Some("UTC"), now).expect("parses").schedule;
        assert_eq!(daily.next_after(now), Some(utc("2026-06-02T09:15:00Z")));
        let weekly = parse("Mon 10:00 UTC", None, now).expect("parses").schedule;
        assert_eq!(weekly.next_after(now), Some(utc("2026-06-08T10:00:00Z")));
    }

    #[test]
    fn bad_schedules_are_refused_with_the_reason() {
        let now = utc("2026-06-01T10:00:00Z");
        assert_eq!(parse("", None, now), Err(ScheduleError::NoDays));
        assert_eq!(parse("someday 10:00 UTC", None, now), Err(ScheduleError::NoDays));
        assert_eq!(parse("tue 25:00 UTC", None, now), Err(ScheduleError::NoTime));
        assert_eq!(
            parse("tue 10:00 Mars/Olympus", None, now),
            Err(ScheduleError::Zone("Mars/Olympus".into()))
        );
        assert_eq!(parse("tue 10:00", None, now), Err(ScheduleError::NoZone));
        assert_eq!(parse("2020-01-01 10:00 UTC", None, now), Err(ScheduleError::Past));
    }
}
