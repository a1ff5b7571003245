//! Logical backups: every record as the core's [`Record`], the same lines sled and the memory
//! store write and read, so a club moves from sled to PostgreSQL (and back) through
//! `upback backup` and `upback restore`.
//!
//! An export reads one snapshot (a repeatable-read, read-only transaction) through cursors a
//! few hundred rows at a time, so the backup is of one moment while the bot goes on writing,
//! and a big database is never held in memory whole.

use base64::{engine::general_purpose::STANDARD, Engine as _};
use postgres::{Client, GenericClient, IsolationLevel, Row, Transaction};
use upback_core::{
    history::Entry,
    input::UserKey,
    prefs::Prefs,
    session::Session,
    store::{Record, StoreError},
};

use crate::{
    club,
    columns::{bytes, col, decode, text, unsigned},
    error::from_pg,
    history, ids, owed, reminders, sessions,
};

/// Rows fetched per round trip.
const BATCH: i32 = 500;

/// Runs `f` on every row of `sql`, a batch at a time.
fn each_row(
    tx: &mut Transaction<'_>,
    sql: &str,
    mut f: impl FnMut(&Row) -> Result<(), StoreError>,
) -> Result<(), StoreError> {
    let portal = tx.bind(sql, &[]).map_err(from_pg)?;
    loop {
        let rows = tx.query_portal(&portal, BATCH).map_err(from_pg)?;
        for row in &rows {
            f(row)?;
        }
        if rows.len() < BATCH as usize {
            return Ok(());
        }
    }
}

fn unreadable(user: String, from: &str, doc: &[u8]) -> Record {
    Record::Unreadable { user, from: from.into(), bytes: STANDARD.encode(doc) }
}

/// The queries of a person's own records (each with `user_key` in its first column), the
/// order a backup reads them in, and how a row becomes a record: one list for a backup
/// (every person) and an /export (one).
struct Personal {
    select: &'static str,
    order: &'static str,
    record: fn(&Row) -> Result<Record, StoreError>,
}

const PERSONAL: [Personal; 6] = [
    Personal { select: "SELECT user_key, doc FROM prefs", order: "user_key", record: prefs_record },
    Personal { select: "SELECT user_key, doc, rev FROM sessions", order: "user_key", record: session_record },
    Personal { select: "SELECT user_key, doc FROM history", order: "user_key, at, id", record: entry_record },
    Personal {
        select: "SELECT user_key, doc, source FROM quarantine",
        order: "user_key, id",
        record: quarantined_record,
    },
    Personal {
        select: "SELECT user_key, post, at FROM done_presses",
        order: "user_key, post",
        record: done_record,
    },
    Personal { select: "SELECT user_key, last_day FROM activity", order: "user_key", record: active_record },
];

fn prefs_record(row: &Row) -> Result<Record, StoreError> {
    let (user, doc): (String, &[u8]) = (col(row, 0)?, col(row, 1)?);
    Ok(match decode::<Prefs>("preferences", doc) {
        Ok(prefs) => Record::Prefs { user, prefs },
        Err(_) => unreadable(user, "prefs", doc),
    })
}

fn session_record(row: &Row) -> Result<Record, StoreError> {
    let (user, doc): (String, &[u8]) = (col(row, 0)?, col(row, 1)?);
    Ok(match decode::<Session>("session", doc) {
        Ok(session) => Record::Session { user, session: Session { rev: unsigned(col(row, 2)?)?, ..session } },
        Err(_) => unreadable(user, "sessions", doc),
    })
}

fn entry_record(row: &Row) -> Result<Record, StoreError> {
    let (user, doc): (String, &[u8]) = (col(row, 0)?, col(row, 1)?);
    Ok(match decode::<Entry>("history record", doc) {
        Ok(entry) => Record::Entry { user, entry },
        Err(_) => unreadable(user, "history", doc),
    })
}

fn quarantined_record(row: &Row) -> Result<Record, StoreError> {
    let (user, doc, from): (String, &[u8], &str) = (col(row, 0)?, col(row, 1)?, col(row, 2)?);
    Ok(unreadable(user, from, doc))
}

fn active_record(row: &Row) -> Result<Record, StoreError> {
    Ok(Record::Active { user: col(row, 0)?, day: col(row, 1)? })
}

fn done_record(row: &Row) -> Result<Record, StoreError> {
    Ok(Record::Done { user: col(row, 0)?, post: unsigned(col(row, 1)?)?, at: col(row, 2)? })
}

/// Every record of one person, read as one moment, their reminders included (see
/// `Store::kept_about`).
pub(crate) fn kept_about(c: &mut Client, user: &UserKey) -> Result<Vec<Record>, StoreError> {
    let mut tx = c
        .build_transaction()
        .isolation_level(IsolationLevel::RepeatableRead)
        .read_only(true)
        .start()
        .map_err(from_pg)?;
    let key = user.as_str();
    let mut out = Vec::new();
    for p in PERSONAL {
        let sql = format!("{} WHERE user_key = $1 ORDER BY {}", p.select, p.order);
        for row in tx.query_typed(&sql, &[text(&key)]).map_err(from_pg)? {
            out.push((p.record)(&row)?);
        }
    }
    out.extend(reminders::of_owner(&mut tx, key)?.into_iter().map(|reminder| Record::Reminder { reminder }));
    // A club's reminders are the club's, but the ones they set carry their name.
    let set = tx
        .query_typed(
            "SELECT owner, id, rev, created_by, doc FROM reminders WHERE created_by = $1 AND owner <> $1 \
             ORDER BY owner, id",
            &[text(&key)],
        )
        .map_err(from_pg)?;
    for row in &set {
        if let Ok(reminder) = reminders::from_row(row) {
            out.push(Record::Reminder { reminder });
        }
    }
    tx.commit().map_err(from_pg)?;
    Ok(out)
}

pub(crate) fn export(
    c: &mut Client,
    each: &mut dyn FnMut(Record) -> Result<(), StoreError>,
) -> Result<(), StoreError> {
    let mut tx = c
        .build_transaction()
        .isolation_level(IsolationLevel::RepeatableRead)
        .read_only(true)
        .start()
        .map_err(from_pg)?;
    for p in PERSONAL {
        each_row(&mut tx, &format!("{} ORDER BY {}", p.select, p.order), |row| each((p.record)(row)?))?;
    }
    each_row(&mut tx, "SELECT owner, id, rev, created_by, doc FROM reminders ORDER BY owner, id", |row| {
        match reminders::from_row(row) {
            Ok(reminder) => each(Record::Reminder { reminder }),
            Err(e) => {
                // A group's reminder has no user to keep it under in a backup's lines.
                tracing::warn!(error = %e, "leaving an unreadable reminder out of the backup");
                Ok(())
            }
        }
    })?;
    each_row(&mut tx, "SELECT doc FROM club_posts ORDER BY group_key, at, id", |row| {
        match decode("club post", col(row, 0)?) {
            Ok(post) => each(Record::Post { post }),
            Err(e) => {
                tracing::warn!(error = %e, "leaving an unreadable club post out of the backup");
                Ok(())
            }
        }
    })?;
    each_row(&mut tx, "SELECT post, count FROM done_counts ORDER BY post", |row| {
        let count: i32 = col(row, 1)?;
        each(Record::Count { post: unsigned(col(row, 0)?)?, count: u32::try_from(count).unwrap_or(0) })
    })?;
    each_row(&mut tx, owed::ALL, |row| each(Record::Owed { platform: col(row, 0)?, item: col(row, 1)? }))?;
    tx.commit().map_err(from_pg)
}

pub(crate) fn import(c: &mut impl GenericClient, record: Record) -> Result<(), StoreError> {
    let user = |s: &str| UserKey::parse(s).ok_or_else(|| StoreError::Backend(format!("not a user: {s:?}")));
    let mut seen = 0u64;
    match record {
        Record::Prefs { user: u, prefs } => sessions::put_prefs(c, &user(&u)?, &prefs)?,
        Record::Session { user: u, session } => {
            seen = u64::from(session.nonce);
            sessions::restore(c, &user(&u)?, &session)?;
        }
        Record::Entry { user: u, entry } => history::append(c, &user(&u)?, &entry)?,
        Record::Done { user: u, post, at } => {
            seen = post;
            club::restore_press(c, &user(&u)?, post, at)?;
        }
        Record::Reminder { reminder } => {
            seen = reminder.id;
            reminders::restore(c, &reminder)?;
        }
        Record::Post { post } => {
            seen = post.id;
            club::record_post(c, &post)?;
        }
        Record::Count { post, count } => club::restore_count(c, post, count)?,
        Record::Owed { platform, item } => owed::owe(c, &platform, &[item])?,
        Record::Active { user: u, day } => {
            let key = user(&u)?;
            c.execute(
                "INSERT INTO activity (user_key, last_day) VALUES ($1, $2)
                 ON CONFLICT (user_key) DO UPDATE SET last_day = GREATEST(activity.last_day, EXCLUDED.last_day)",
                &[&key.as_str(), &day],
            )
            .map_err(from_pg)?;
        }
        Record::Unreadable { user: u, from, bytes: encoded } => {
            let u = user(&u)?;
            let doc = STANDARD.decode(encoded.as_bytes()).map_err(|e| StoreError::Backend(e.to_string()))?;
            if from == "history" {
                history::restore_unreadable(c, &u, &doc)?;
            } else {
                let key = u.as_str();
                c.execute_typed(
                    "INSERT INTO quarantine (user_key, source, doc) VALUES ($1, $2, $3)",
                    &[text(&key), text(&from), bytes(&doc)],
                )
                .map_err(from_pg)?;
            }
        }
    }
    if seen > 0 {
        ids::past(c, seen)?;
    }
    Ok(())
}
