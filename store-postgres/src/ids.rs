//! Ids for nonces, posts and reminders, from one sequence: unique across every process on the
//! database, and never rolled back (a sequence is outside transactions), so an id is never
//! handed out twice even when the turn that took it failed.

use postgres::GenericClient;
use upback_core::store::StoreError;

use crate::{
    columns::{bigint, col, signed, unsigned},
    error::from_pg,
};

pub(crate) fn next(c: &mut impl GenericClient) -> Result<u64, StoreError> {
    let row = c.query_typed_one("SELECT nextval('ids')", &[]).map_err(from_pg)?;
    unsigned(col(&row, 0)?)
}

/// After a restore: ids handed out from now on are past `seen`, an id the backup holds.
pub(crate) fn past(c: &mut impl GenericClient, seen: u64) -> Result<(), StoreError> {
    let seen = signed(seen)?;
    c.query_typed_one("SELECT setval('ids', GREATEST($1, (SELECT last_value FROM ids)))", &[bigint(&seen)])
        .map_err(from_pg)?;
    Ok(())
}
