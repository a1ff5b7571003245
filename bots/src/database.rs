//! Which store the bot runs on: sled in the data directory (the default: embedded, nothing
//! to run), or PostgreSQL when `DATABASE_URL` (or `DATABASE_URL_FILE`) names one, for several
//! replicas sharing a database. The shell holds it as one shared `dyn Store`, so every
//! adapter has one type whatever the backend.

use std::{path::Path, sync::Arc};

use anyhow::Result;
use upback_core::store::{sled_store::Durability, Store, StoreError};

/// The bot's store, whichever it is.
pub type Db = Arc<dyn Store>;

use crate::config::ConfigError;

/// Where the records live.
#[derive(Clone, Debug)]
pub enum Location {
    /// sled, its commits acknowledged at this durability (`UPBACK_SYNC`).
    Sled(Durability),
    /// The URL, and the setting it came from (named when the database cannot be used).
    Postgres { url: crate::secret::Secret, setting: &'static str },
}

impl Location {
    /// `DATABASE_URL`, or the file `DATABASE_URL_FILE` names (docker secrets); sled if
    /// neither is set, synced as `UPBACK_SYNC` says: for the commands that take no flags for
    /// them (`upback chat`).
    pub fn from_env() -> Result<Self> {
        let url = std::env::var("DATABASE_URL").ok();
        let file = std::env::var_os("DATABASE_URL_FILE").map(std::path::PathBuf::from);
        let sync = std::env::var("UPBACK_SYNC").unwrap_or_default();
        Ok(Self::from_settings(url.as_deref(), file.as_deref(), &sync)?)
    }

    /// The store the settings name: `url` (DATABASE_URL) first, then the file (for docker
    /// secrets), else sled at `sync`.
    pub fn from_settings(url: Option<&str>, file: Option<&Path>, sync: &str) -> Result<Self, ConfigError> {
        if let Some(url) = url.map(str::trim).filter(|u| !u.is_empty()) {
            return Ok(Self::Postgres { url: url.to_string().into(), setting: "DATABASE_URL" });
        }
        if let Some(file) = file.filter(|f| !f.as_os_str().is_empty()) {
            let url = std::fs::read_to_string(file).map_err(|e| ConfigError::DatabaseUrlFile {
                path: file.display().to_string(),
                reason: e.to_string(),
            })?;
            return Ok(Self::Postgres { url: url.trim().to_string().into(), setting: "DATABASE_URL_FILE" });
        }
        Ok(Self::Sled(durability(sync)?))
    }

    /// What /healthz says the replica serves (never the URL: it may carry a password).
    pub fn name(&self) -> &'static str {
        match self {
            Self::Sled(_) => "sled",
            Self::Postgres { .. } => "postgres",
        }
    }
}

/// `UPBACK_SYNC` as typed: `disk` (the default) or `full`, in any case (`FULL`, `Disk`), as
/// operators write settings in env files; anything else is refused, naming what is accepted.
pub fn durability(value: &str) -> Result<Durability, ConfigError> {
    let value = value.trim();
    if value.is_empty() || value.eq_ignore_ascii_case("disk") {
        Ok(Durability::Disk)
    } else if value.eq_ignore_ascii_case("full") {
        Ok(Durability::Full)
    } else {
        Err(ConfigError::Sync(value.to_string()))
    }
}

/// Opens the store: sled in `data_dir` (made if new), or the Postgres database.
pub fn open(location: &Location, data_dir: &Path, cache_bytes: u64) -> Result<Db> {
    match location {
        Location::Sled(durability) => Ok(Arc::new(crate::backups::open(data_dir, cache_bytes, *durability)?)),
        Location::Postgres { url, setting } => Ok(Arc::new(postgres(url.expose(), setting)?)),
    }
}

/// The PostgreSQL database at `url` (from `setting`), or one line that says why it cannot be
/// used and what to check; never the URL itself, which may carry a password.
pub fn postgres(url: &str, setting: &str) -> Result<upback_store_postgres::PostgresStore> {
    upback_store_postgres::PostgresStore::connect(url.trim())
        .map_err(|e| anyhow::anyhow!(explain(setting, &e)))
}

/// What a PostgreSQL failure at connect means for the operator, naming the setting to fix.
pub fn explain(setting: &str, e: &StoreError) -> String {
    match e {
        StoreError::Unauthorized(why) => format!(
            "{setting}: the database refused the user name or password ({why}); check both in {setting} \
             (and that the server's pg_hba.conf lets this user in from here)"
        ),
        StoreError::Unreachable(why) => format!(
            "{setting}: cannot reach the PostgreSQL server ({why}); check the host and port in {setting}, \
             that the server is running, and that this machine can reach it"
        ),
        StoreError::NoDatabase(why) => format!(
            "{setting}: the server has no such database ({why}); create it (createdb, or CREATE DATABASE) \
             or fix the database name in {setting}"
        ),
        StoreError::NoRight(why) => format!(
            "{setting}: the database user may not do what upback needs ({why}); make it the database's \
             owner, or grant it CREATE and USAGE on the schema"
        ),
        other => format!("{setting}: cannot use the database: {other}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_postgres_failure_says_its_own_cause_and_names_the_setting() {
        let cases = [
            (
                StoreError::Unauthorized("28P01: password authentication failed for user \"ana\"".into()),
                "refused the user name or password",
            ),
            (
                StoreError::Unreachable("error connecting to server: Connection refused".into()),
                "cannot reach the PostgreSQL server",
            ),
            (
                StoreError::NoDatabase("PostgreSQL (database \"club\" does not exist)".into()),
                "no such database",
            ),
            (StoreError::NoRight("42501: permission denied for schema public".into()), "may not do"),
        ];
        for (e, said) in cases {
            let line = explain("DATABASE_URL_FILE", &e);
            assert!(line.contains(said) && line.starts_with("DATABASE_URL_FILE: "), "{line}");
            assert!(!line.contains("database files"), "{line}");
        }
    }

    #[test]
    fn the_sync_mode_is_read_in_any_case_and_a_wrong_one_lists_the_right_ones() {
        for (typed, mode) in [
            ("", Durability::Disk),
            ("disk", Durability::Disk),
            ("Disk", Durability::Disk),
            (" FULL ", Durability::Full),
        ] {
            assert_eq!(durability(typed).ok(), Some(mode), "{typed:?}");
        }
        let said = durability("fsync").err().map(|e| e.to_string()).unwrap_or_default();
        assert!(said.contains("UPBACK_SYNC") && said.contains("disk") && said.contains("full"), "{said}");
    }
}
