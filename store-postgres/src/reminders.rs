//! Reminders, keyed by owner and id, each saved only from the revision it was read at. The
//! `due_at` column (the next fire time while active, NULL otherwise) under a partial index is
//! the scheduler's queue.
//!
//! Why a reminder is posted once even with several replicas: each replica's scheduler reads
//! what is due ([`due`]), and for each reminder moves it on with [`swap`] from the revision it
//! read before posting (`Engine::take_due`). The move is one `UPDATE … WHERE rev = $read`:
//! when two replicas read the same revision, the second's update waits for the first's row
//! lock, then finds the revision moved on, changes nothing and reports false, and that
//! replica skips the post. The compare-and-swap alone guarantees at most one post;
//! `FOR UPDATE SKIP LOCKED` in [`due`] only spares a replica the reminders another one is
//! moving on at that moment (it would lose the swap anyway) instead of reading them.

use chrono::{DateTime, Utc};
use postgres::{GenericClient, Row};
use upback_core::{input::UserKey, reminders::Reminder, store::StoreError};

use crate::{
    columns::{bigint, bytes, col, decode, encode, signed, text, time, unsigned},
    error::from_pg,
};

/// A row of `owner, id, rev, created_by, doc` as the reminder it holds: the columns, not the
/// document, say its revision and who set it.
pub(crate) fn from_row(row: &Row) -> Result<Reminder, StoreError> {
    let reminder: Reminder = decode("reminder", col(row, 4)?)?;
    Ok(Reminder { rev: unsigned(col(row, 2)?)?, created_by: col(row, 3)?, ..reminder })
}

/// Saves (`remove`: deletes) a reminder if the stored one is still at `reminder.rev`, or for
/// revision 0 if there is none yet; false when someone changed it meanwhile.
pub(crate) fn swap(
    c: &mut impl GenericClient,
    reminder: &Reminder,
    remove: bool,
) -> Result<bool, StoreError> {
    let (owner, id, rev) = (reminder.owner.as_str(), signed(reminder.id)?, signed(reminder.rev)?);
    let changed = if remove {
        c.execute_typed(
            "DELETE FROM reminders WHERE owner = $1 AND id = $2 AND rev = $3",
            &[text(&owner), bigint(&id), bigint(&rev)],
        )
    } else {
        let next_rev = signed(reminder.rev + 1)?;
        let due_at = reminder.next.filter(|_| reminder.active());
        let created_by = reminder.created_by.as_str();
        let doc = encode(&Reminder { rev: reminder.rev + 1, created_by: String::new(), ..reminder.clone() })?;
        if reminder.rev == 0 {
            c.execute_typed(
                "INSERT INTO reminders (owner, id, rev, created_by, due_at, doc) VALUES ($1, $2, $3, $4, $5, $6)
                 ON CONFLICT (owner, id) DO NOTHING",
                &[text(&owner), bigint(&id), bigint(&next_rev), text(&created_by), time(&due_at), bytes(&doc)],
            )
        } else {
            c.execute_typed(
                "UPDATE reminders SET rev = $4, created_by = $5, due_at = $6, doc = $7
                 WHERE owner = $1 AND id = $2 AND rev = $3",
                &[
                    text(&owner),
                    bigint(&id),
                    bigint(&rev),
                    bigint(&next_rev),
                    text(&created_by),
                    time(&due_at),
                    bytes(&doc),
                ],
            )
        }
    }
    .map_err(from_pg)?;
    Ok(changed == 1)
}

/// Puts a reminder from a backup in place as it was, revision included.
pub(crate) fn restore(c: &mut impl GenericClient, reminder: &Reminder) -> Result<(), StoreError> {
    let (owner, id, rev) = (reminder.owner.as_str(), signed(reminder.id)?, signed(reminder.rev)?);
    let due_at = reminder.next.filter(|_| reminder.active());
    let created_by = reminder.created_by.as_str();
    let doc = encode(&Reminder { created_by: String::new(), ..reminder.clone() })?;
    c.execute_typed(
        "INSERT INTO reminders (owner, id, rev, created_by, due_at, doc) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (owner, id) DO UPDATE
         SET rev = EXCLUDED.rev, created_by = EXCLUDED.created_by, due_at = EXCLUDED.due_at, doc = EXCLUDED.doc",
        &[text(&owner), bigint(&id), bigint(&rev), text(&created_by), time(&due_at), bytes(&doc)],
    )
    .map_err(from_pg)?;
    Ok(())
}

pub(crate) fn of_owner(c: &mut impl GenericClient, owner: &str) -> Result<Vec<Reminder>, StoreError> {
    let rows = c
        .query_typed(
            "SELECT owner, id, rev, created_by, doc FROM reminders WHERE owner = $1 ORDER BY id",
            &[text(&owner)],
        )
        .map_err(from_pg)?;
    let mut out = Vec::new();
    for row in &rows {
        match from_row(row) {
            Ok(r) => out.push(r),
            Err(e) => tracing::warn!(error = %e, "skipping an unreadable reminder"),
        }
    }
    Ok(out)
}

pub(crate) fn next_due(c: &mut impl GenericClient) -> Result<Option<DateTime<Utc>>, StoreError> {
    let row = c
        .query_typed_opt(
            "SELECT due_at FROM reminders WHERE due_at IS NOT NULL ORDER BY due_at, id LIMIT 1",
            &[],
        )
        .map_err(from_pg)?;
    row.map(|r| col(&r, 0)).transpose()
}

pub(crate) fn due(
    c: &mut impl GenericClient,
    now: DateTime<Utc>,
    limit: usize,
) -> Result<Vec<Reminder>, StoreError> {
    let limit = i64::try_from(limit).unwrap_or(i64::MAX);
    let rows = c
        .query_typed(
            "SELECT owner, id, rev, created_by, doc FROM reminders
             WHERE due_at <= $1 ORDER BY due_at, id LIMIT $2
             FOR UPDATE SKIP LOCKED",
            &[time(&now), bigint(&limit)],
        )
        .map_err(from_pg)?;
    let mut out = Vec::new();
    for row in &rows {
        match from_row(row) {
            Ok(r) if r.active() => out.push(r),
            readable => {
                // An unreadable (or inactive) row must not stay at the head of the queue
                // forever; it is kept, out of the queue.
                tracing::warn!(
                    readable = readable.is_ok(),
                    "taking a reminder that cannot fire out of the queue"
                );
                let (owner, id, rev): (String, i64, i64) = (col(row, 0)?, col(row, 1)?, col(row, 2)?);
                c.execute_typed(
                    "UPDATE reminders SET due_at = NULL WHERE owner = $1 AND id = $2 AND rev = $3",
                    &[text(&owner), bigint(&id), bigint(&rev)],
                )
                .map_err(from_pg)?;
            }
        }
    }
    Ok(out)
}

/// Removes a forgotten user's own reminders and their name from the group reminders they
/// set (moving those on a revision, so a swap read before cannot write the name back).
pub(crate) fn forget(c: &mut impl GenericClient, user: &UserKey) -> Result<(), StoreError> {
    let key = user.as_str();
    c.execute_typed("DELETE FROM reminders WHERE owner = $1", &[text(&key)]).map_err(from_pg)?;
    c.execute_typed(
        "UPDATE reminders SET created_by = '', rev = rev + 1 WHERE created_by = $1",
        &[text(&key)],
    )
    .map_err(from_pg)?;
    Ok(())
}
