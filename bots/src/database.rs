//! Which store the bot runs on: sled in the data directory (the default: embedded, nothing
//! to run), or PostgreSQL when `DATABASE_URL` (or `DATABASE_URL_FILE`) names one, for several
//! replicas sharing a database. The shell holds it as one shared `dyn Store`, so every
//! adapter has one type whatever the backend.

use std::{path::Path, sync::Arc};

use anyhow::{Context, Result};
use upback_core::store::{sled_store::Durability, Store};

/// The bot's store, whichever it is.
pub type Db = Arc<dyn Store>;

/// Where the records live.
#[derive(Clone)]
pub enum Location {
    /// sled, its commits acknowledged at this durability (`UPBACK_SYNC`).
    Sled(Durability),
    Postgres(crate::secret::Secret),
}

impl Location {
    /// `DATABASE_URL`, or the file `DATABASE_URL_FILE` names (docker secrets); sled if
    /// neither is set, synced as `UPBACK_SYNC` says.
    pub fn from_env() -> Result<Self> {
        if let Ok(url) = std::env::var("DATABASE_URL") {
            if !url.trim().is_empty() {
                return Ok(Self::Postgres(url.trim().to_string().into()));
            }
        }
        if let Ok(file) = std::env::var("DATABASE_URL_FILE") {
            let url = std::fs::read_to_string(&file)
                .with_context(|| format!("DATABASE_URL_FILE: cannot read {file}"))?;
            return Ok(Self::Postgres(url.trim().to_string().into()));
        }
        let durability = match std::env::var("UPBACK_SYNC").unwrap_or_default().trim() {
            "" | "disk" => Durability::Disk,
            "full" => Durability::Full,
            other => anyhow::bail!("UPBACK_SYNC: {other:?} is neither disk (the default) nor full"),
        };
        Ok(Self::Sled(durability))
    }

    /// What /healthz says the replica serves (never the URL: it may carry a password).
    pub fn name(&self) -> &'static str {
        match self {
            Self::Sled(_) => "sled",
            Self::Postgres(_) => "postgres",
        }
    }
}

/// Opens the store: sled in `data_dir` (made if new), or the Postgres database.
pub fn open(location: &Location, data_dir: &Path, cache_bytes: u64) -> Result<Db> {
    match location {
        Location::Sled(durability) => Ok(Arc::new(crate::backups::open(data_dir, cache_bytes, *durability)?)),
        Location::Postgres(url) => {
            let store = upback_store_postgres::PostgresStore::connect(url.expose())
                .map_err(|e| anyhow::anyhow!("DATABASE_URL: cannot use the database: {e}"))?;
            Ok(Arc::new(store))
        }
    }
}
