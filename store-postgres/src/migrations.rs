//! The schema, as numbered SQL files in `migrations/` embedded in the binary, applied at
//! connect. Every replica runs this as it starts, so it runs inside one transaction that first
//! takes a transaction-scoped advisory lock: replicas starting together wait for each other
//! instead of racing to create the same tables, and a failed step leaves nothing half made.
//! `schema_migrations` records what was applied; a database a newer upback moved on is
//! refused, as sled refuses a newer layout.

use postgres::Client;
use upback_core::store::StoreError;

use crate::error::from_pg;

/// One step of the schema.
pub struct Migration {
    pub version: i64,
    pub name: &'static str,
    pub sql: &'static str,
}

/// Every step, oldest first; a new one is added at the end and never edited once released.
pub const MIGRATIONS: &[Migration] = &[
    Migration { version: 1, name: "initial", sql: include_str!("../migrations/0001_initial.sql") },
    Migration { version: 2, name: "activity", sql: include_str!("../migrations/0002_activity.sql") },
];

/// The advisory lock every replica's migration holds ("upback" in ASCII, then 1).
pub const LOCK: i64 = 0x7570_6261_636b_0001;

/// Brings the database up to [`MIGRATIONS`]; returns the versions it applied now.
pub fn apply(client: &mut Client) -> Result<Vec<i64>, StoreError> {
    let mut tx = client.transaction().map_err(from_pg)?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&LOCK]).map_err(from_pg)?;
    tx.batch_execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (
             version bigint PRIMARY KEY,
             name text NOT NULL,
             applied_at timestamptz NOT NULL DEFAULT now()
         )",
    )
    .map_err(from_pg)?;
    let applied: Vec<i64> = tx
        .query("SELECT version FROM schema_migrations ORDER BY version", &[])
        .map_err(from_pg)?
        .iter()
        .map(|row| row.get(0))
        .collect();
    let known = MIGRATIONS.last().map_or(0, |m| m.version);
    if let Some(newer) = applied.iter().copied().find(|v| *v > known) {
        return Err(StoreError::Corrupt(format!(
            "this database has schema version {newer}, made by a newer upback (this one knows up to \
             {known}); run that version"
        )));
    }
    let mut now = Vec::new();
    for m in MIGRATIONS.iter().filter(|m| !applied.contains(&m.version)) {
        tx.batch_execute(m.sql).map_err(|e| {
            StoreError::Backend(format!("migration {:04}_{} failed: {}", m.version, m.name, from_pg(e)))
        })?;
        tx.execute("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", &[&m.version, &m.name])
            .map_err(from_pg)?;
        now.push(m.version);
    }
    tx.commit().map_err(from_pg)?;
    if !now.is_empty() {
        tracing::info!(versions = ?now, "applied PostgreSQL migrations");
    }
    Ok(now)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_numbered_in_order_from_one() {
        for (i, m) in MIGRATIONS.iter().enumerate() {
            assert_eq!(m.version, i as i64 + 1, "{}", m.name);
            assert!(!m.sql.trim().is_empty());
        }
    }
}
