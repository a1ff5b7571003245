//! A user's history: one row per assessment or check-in, read in the order lived (the
//! entry's time, ties in the order added). A row that cannot be read stays where it is and is
//! counted, as on sled: a newer version may read it in place.

use postgres::GenericClient;
use upback_core::{
    history::{Entry, History},
    input::UserKey,
    store::StoreError,
};

use crate::{
    columns::{bytes, col, decode, encode, text, time},
    error::from_pg,
};

pub(crate) fn append(c: &mut impl GenericClient, user: &UserKey, entry: &Entry) -> Result<(), StoreError> {
    let (key, at, doc) = (user.as_str(), entry.at(), encode(entry)?);
    c.execute_typed(
        "INSERT INTO history (user_key, at, doc) VALUES ($1, $2, $3)",
        &[text(&key), time(&at), bytes(&doc)],
    )
    .map_err(from_pg)?;
    Ok(())
}

pub(crate) fn history(c: &mut impl GenericClient, user: &UserKey) -> Result<History, StoreError> {
    let key = user.as_str();
    let rows = c
        .query_typed("SELECT doc FROM history WHERE user_key = $1 ORDER BY at, id", &[text(&key)])
        .map_err(from_pg)?;
    let mut history = History::default();
    for row in &rows {
        match decode::<Entry>("history record", col(row, 0)?) {
            Ok(entry) => history.entries.push(entry),
            Err(e) => {
                tracing::warn!(error = %e, "skipping an unreadable history record");
                history.unreadable += 1;
            }
        }
    }
    // The column keeps microseconds; a stable sort on the entries' own times orders what it
    // could not tell apart, and leaves ties in the order they were added.
    history.entries.sort_by_key(Entry::at);
    Ok(history)
}

/// A record a backup carried as unreadable, back among the user's history as it was (no time:
/// it could not be read to know one), so it is counted as before and a later version may
/// read it in place.
pub(crate) fn restore_unreadable(
    c: &mut impl GenericClient,
    user: &UserKey,
    doc: &Vec<u8>,
) -> Result<(), StoreError> {
    let key = user.as_str();
    c.execute_typed(
        "INSERT INTO history (user_key, at, doc) VALUES ($1, NULL, $2)",
        &[text(&key), bytes(doc)],
    )
    .map_err(from_pg)?;
    Ok(())
}
