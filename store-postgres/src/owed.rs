//! What a stopping adapter still owed a platform's chats. Taking it back is one
//! `DELETE … RETURNING`: when two replicas start at once, each item goes to one of them.

use postgres::GenericClient;
use upback_core::store::StoreError;

use crate::{
    columns::{col, json, text},
    error::from_pg,
};

pub(crate) fn owe(
    c: &mut impl GenericClient,
    platform: &str,
    items: &[serde_json::Value],
) -> Result<(), StoreError> {
    let mut tx = c.transaction().map_err(from_pg)?;
    for item in items {
        tx.execute_typed("INSERT INTO owed (platform, item) VALUES ($1, $2)", &[text(&platform), json(item)])
            .map_err(from_pg)?;
    }
    tx.commit().map_err(from_pg)
}

pub(crate) fn take(c: &mut impl GenericClient, platform: &str) -> Result<Vec<serde_json::Value>, StoreError> {
    let rows = c
        .query_typed("DELETE FROM owed WHERE platform = $1 RETURNING id, item", &[text(&platform)])
        .map_err(from_pg)?;
    let mut items = rows
        .iter()
        .map(|row| Ok((col::<i64>(row, 0)?, col::<serde_json::Value>(row, 1)?)))
        .collect::<Result<Vec<_>, StoreError>>()?;
    // RETURNING keeps no order; the ids do.
    items.sort_by_key(|(id, _)| *id);
    Ok(items.into_iter().map(|(_, item)| item).collect())
}

/// What `export` needs: every platform's items, oldest first.
pub(crate) const ALL: &str = "SELECT platform, item FROM owed ORDER BY id";
