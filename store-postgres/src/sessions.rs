//! A user's session and preferences: one row each. A session is only ever changed from the
//! revision the turn read: the statement itself compares it (`WHERE rev = $read`, or an insert
//! that does nothing when a row is there), so two turns of one user in two processes cannot
//! both move it on; the second waits for the first's row lock, then finds the revision moved
//! and writes nothing. A row that cannot be read is moved to `quarantine` as it was.

use postgres::GenericClient;
use upback_core::{
    input::UserKey,
    prefs::Prefs,
    session::Session,
    store::{SessionChange, StoreError},
};

use crate::{
    columns::{bigint, bytes, col, decode, encode, signed, text, unsigned},
    error::from_pg,
};

pub(crate) fn session(c: &mut impl GenericClient, user: &UserKey) -> Result<Option<Session>, StoreError> {
    let key = user.as_str();
    let Some(row) = c
        .query_typed_opt("SELECT rev, doc FROM sessions WHERE user_key = $1", &[text(&key)])
        .map_err(from_pg)?
    else {
        return Ok(None);
    };
    let (rev, doc): (i64, Vec<u8>) = (col(&row, 0)?, col(&row, 1)?);
    match decode::<Session>("session", &doc) {
        Ok(session) => Ok(Some(Session { rev: unsigned(rev)?, ..session })),
        Err(e) => {
            quarantine(c, "sessions", user, &doc);
            Err(e)
        }
    }
}

pub(crate) fn prefs(c: &mut impl GenericClient, user: &UserKey) -> Result<Prefs, StoreError> {
    let key = user.as_str();
    let Some(row) =
        c.query_typed_opt("SELECT doc FROM prefs WHERE user_key = $1", &[text(&key)]).map_err(from_pg)?
    else {
        return Ok(Prefs::default());
    };
    let doc: Vec<u8> = col(&row, 0)?;
    decode::<Prefs>("preferences", &doc).inspect_err(|_| quarantine(c, "prefs", user, &doc))
}

pub(crate) fn put_prefs(c: &mut impl GenericClient, user: &UserKey, prefs: &Prefs) -> Result<(), StoreError> {
    let (key, doc) = (user.as_str(), encode(prefs)?);
    c.execute_typed(
        "INSERT INTO prefs (user_key, doc) VALUES ($1, $2)
         ON CONFLICT (user_key) DO UPDATE SET doc = EXCLUDED.doc",
        &[text(&key), bytes(&doc)],
    )
    .map_err(from_pg)?;
    Ok(())
}

/// Changes the session if it is still at `read` (0: there is none); a
/// [`StoreError::Conflict`] otherwise, having written nothing.
pub(crate) fn swap(
    c: &mut impl GenericClient,
    user: &UserKey,
    read: u64,
    change: &SessionChange,
) -> Result<(), StoreError> {
    let key = user.as_str();
    let stored = signed(read)?;
    let changed = match change {
        SessionChange::Keep => return Ok(()),
        SessionChange::Set(s) => {
            // `read` fits a bigint (it was just converted), so one more fits a u64.
            let next = read + 1;
            let rev = signed(next)?;
            let doc = encode(&Session { rev: next, ..s.clone() })?;
            if read == 0 {
                c.execute_typed(
                    "INSERT INTO sessions (user_key, rev, doc) VALUES ($1, $2, $3)
                     ON CONFLICT (user_key) DO NOTHING",
                    &[text(&key), bigint(&rev), bytes(&doc)],
                )
            } else {
                c.execute_typed(
                    "UPDATE sessions SET rev = $2, doc = $3 WHERE user_key = $1 AND rev = $4",
                    &[text(&key), bigint(&rev), bytes(&doc), bigint(&stored)],
                )
            }
        }
        SessionChange::Clear if read == 0 => c
            .execute_typed("SELECT 1 FROM sessions WHERE user_key = $1", &[text(&key)])
            // No row is what revision 0 means: clearing nothing changes nothing.
            .map(|rows| u64::from(rows == 0)),
        SessionChange::Clear => c.execute_typed(
            "DELETE FROM sessions WHERE user_key = $1 AND rev = $2",
            &[text(&key), bigint(&stored)],
        ),
    }
    .map_err(from_pg)?;
    if changed == 1 {
        Ok(())
    } else {
        Err(StoreError::Conflict("session"))
    }
}

/// Moves an unreadable row of `table` (`sessions` or `prefs`) to `quarantine` in one
/// statement, so the user can go on and the bytes are kept for a later version. Only the
/// bytes that were read move: a good row written meanwhile stays. A failure is logged, not
/// returned: the caller reports the unreadable record either way.
pub(crate) fn quarantine(c: &mut impl GenericClient, table: &'static str, user: &UserKey, doc: &Vec<u8>) {
    let key = user.as_str();
    let sql = format!(
        "WITH moved AS (DELETE FROM {table} WHERE user_key = $1 AND doc = $2 RETURNING user_key, doc)
         INSERT INTO quarantine (user_key, source, doc) SELECT user_key, '{table}', doc FROM moved"
    );
    match c.execute_typed(&sql, &[text(&key), bytes(doc)]) {
        Ok(_) => tracing::warn!(table, "an unreadable record was moved to quarantine"),
        Err(e) => tracing::error!(table, error = %from_pg(e), "could not quarantine an unreadable record"),
    }
}

/// Puts a session from a backup in place as it was, revision included.
pub(crate) fn restore(
    c: &mut impl GenericClient,
    user: &UserKey,
    session: &Session,
) -> Result<(), StoreError> {
    let (key, rev, doc) = (user.as_str(), signed(session.rev)?, encode(session)?);
    c.execute_typed(
        "INSERT INTO sessions (user_key, rev, doc) VALUES ($1, $2, $3)
         ON CONFLICT (user_key) DO UPDATE SET rev = EXCLUDED.rev, doc = EXCLUDED.doc",
        &[text(&key), bigint(&rev), bytes(&doc)],
    )
    .map_err(from_pg)?;
    Ok(())
}
