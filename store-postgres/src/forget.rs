//! /forget: every row of the user, in every table, in one transaction, so a crash half-way
//! leaves them either wholly there (and the runner can ask again) or wholly gone. What stays
//! is what is the club's: the post counts their presses added to, and the group reminders
//! they set, without their name.
//!
//! Deleted rows are gone from every query at commit; their bytes live on in PostgreSQL's
//! files until VACUUM reuses the space, and in WAL archives and base backups for as long as
//! the operator keeps those (unlike sled, this store seals nothing per user).

use postgres::GenericClient;
use upback_core::{input::UserKey, store::StoreError};

use crate::{columns::text, error::from_pg, reminders};

/// The tables keyed by the user's key.
const TABLES: [&str; 6] = ["sessions", "prefs", "history", "quarantine", "done_presses", "activity"];

pub(crate) fn forget(c: &mut impl GenericClient, user: &UserKey) -> Result<(), StoreError> {
    let key = user.as_str();
    let mut tx = c.transaction().map_err(from_pg)?;
    for table in TABLES {
        tx.execute_typed(&format!("DELETE FROM {table} WHERE user_key = $1"), &[text(&key)])
            .map_err(from_pg)?;
    }
    reminders::forget(&mut tx, user)?;
    tx.commit().map_err(from_pg)
}
