//! upback's [`Store`] on PostgreSQL: one database that several `upback serve` replicas share,
//! where sled is one process's own. It keeps the same promises the conformance suite checks
//! of every store (`upback_store_conformance`), and reads and writes the same logical backups,
//! so a club moves between sled and PostgreSQL with `upback backup` and `upback restore`.
//!
//! Why the synchronous `postgres` client with an `r2d2` pool, and not tokio-postgres with
//! deadpool: the [`Store`] trait is synchronous, and the bots already call the engine on
//! blocking threads (`spawn_blocking`). The synchronous client drives its connection on the
//! calling thread (each connection has a small current-thread runtime of its own), so a store
//! call is a plain blocking call with no runtime of ours to start, size, or shut down, and no
//! hop to another thread and back per statement. The price: it must never be called from
//! inside an async task (it would block the executor, and tokio refuses to start a runtime
//! there), which is the rule for every [`Store`] already.
//!
//! Durability: every change is committed before the call returns, so it is as durable as the
//! server makes a commit (`synchronous_commit` on, the default; [`PostgresStore::connect`]
//! warns about a server that runs with it or `fsync` off). Consistency across replicas comes
//! from the database, not from the process: sessions and reminders are written only from the
//! revision they were read at (see `sessions.rs` and `reminders.rs`), Done presses are counted
//! by the row each makes (see `club.rs`), and ids come from one sequence.
//!
//! Layout: the tables are in `migrations/` (applied at connect, see [`migrations`]); values
//! are kept as the same JSON envelope the other stores write (see `columns.rs`).

use std::{
    sync::{Mutex, MutexGuard},
    time::Duration,
};

use chrono::{DateTime, Utc};
use r2d2_postgres::PostgresConnectionManager;
use tokio_postgres_rustls::MakeRustlsConnect;
use upback_core::{
    club::ClubPost,
    history::History,
    input::UserKey,
    prefs::Prefs,
    reminders::Reminder,
    session::Session,
    store::{Change, Committed, Record, Store, StoreError},
};

mod activity;
mod backup;
mod club;
mod columns;
mod commit;
mod error;
mod forget;
mod history;
mod ids;
pub mod migrations;
mod owed;
mod reminders;
mod sessions;
#[cfg(feature = "testing")]
pub mod testing;
mod tls;

pub use error::ConfigError;

use error::{from_pg, from_pool};

type Pool = r2d2::Pool<PostgresConnectionManager<MakeRustlsConnect>>;
type Connection = r2d2::PooledConnection<PostgresConnectionManager<MakeRustlsConnect>>;

/// How long a new connection may take when the URL sets no `connect_timeout`.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// How the store uses the server.
#[derive(Debug, Clone)]
pub struct Options {
    /// The most connections the store holds at once: as many store calls run at the same
    /// moment, and the others wait for one. Each is a server process, so the replicas'
    /// pools together must stay under the server's `max_connections`.
    pub pool_size: u32,
    /// How long a call waits for a free connection (or for the server to take a new one)
    /// before it fails.
    pub acquire_timeout: Duration,
}

impl Default for Options {
    fn default() -> Self {
        Self { pool_size: 16, acquire_timeout: Duration::from_secs(30) }
    }
}

pub struct PostgresStore {
    pool: Pool,
    target: tls::Target,
    /// The connection a restore writes through, made on the first [`Store::import`]: its
    /// commits do not wait for the disk (`synchronous_commit` off), and [`Store::sync`]
    /// makes them all durable with one that does, as the trait allows.
    importing: Mutex<Option<postgres::Client>>,
}

impl PostgresStore {
    /// Connects to the database at `url` (`postgres://user:password@host:5432/db?sslmode=…`;
    /// see `tls.rs` for TLS), brings its schema up to date, and returns the store with a pool
    /// of the default size.
    pub fn connect(url: &str) -> Result<Self, StoreError> {
        Self::connect_with(url, Options::default())
    }

    /// [`Self::connect`] with the pool as `options` say.
    pub fn connect_with(url: &str, options: Options) -> Result<Self, StoreError> {
        let mut target = tls::target(url)?;
        // A server that does not answer at all (a firewall that drops, a wrong address) is
        // said within seconds, not after the system's two minutes; the URL may say otherwise.
        if target.config.get_connect_timeout().is_none() {
            target.config.connect_timeout(CONNECT_TIMEOUT);
        }
        // A connection of its own first: it fails at once with the server's own reason (a
        // pool would retry until its timeout), and it runs the migrations.
        let mut first = target.config.connect(target.tls.clone()).map_err(from_pg)?;
        migrations::apply(&mut first)?;
        warn_unless_durable(&mut first);
        warn_if_in_the_clear(&mut first, &target.config);
        let manager = PostgresConnectionManager::new(target.config.clone(), target.tls.clone());
        let pool = r2d2::Pool::builder()
            .max_size(options.pool_size.max(1))
            // Connections are made as calls need them, and kept while they are used.
            .min_idle(Some(0))
            // Checking each connection before handing it out would cost a round trip per
            // call; a broken one is dropped when it fails instead (`is_closed`).
            .test_on_check_out(false)
            .connection_timeout(options.acquire_timeout)
            .build_unchecked(manager);
        Ok(Self { pool, target, importing: Mutex::new(None) })
    }

    fn conn(&self) -> Result<Connection, StoreError> {
        self.pool.get().map_err(from_pool)
    }

    fn importer(&self) -> Result<MutexGuard<'_, Option<postgres::Client>>, StoreError> {
        let mut importing = self.importing.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if importing.as_ref().is_none_or(postgres::Client::is_closed) {
            let mut client = self.target.config.connect(self.target.tls.clone()).map_err(from_pg)?;
            client.batch_execute("SET synchronous_commit TO off").map_err(from_pg)?;
            *importing = Some(client);
        }
        Ok(importing)
    }
}

/// Says so when the server would lose commits the store reports as saved.
fn warn_unless_durable(client: &mut postgres::Client) {
    for setting in ["fsync", "synchronous_commit"] {
        let value = client
            .query_one(&format!("SHOW {setting}"), &[])
            .ok()
            .and_then(|row| row.try_get::<_, String>(0).ok());
        if value.as_deref() == Some("off") {
            tracing::warn!(setting, "PostgreSQL runs with {setting} off: a crash may lose saved changes");
        }
    }
}

/// Whether a connection to these hosts leaves the machine (a Unix socket or a loopback
/// address does not).
fn crosses_a_network(hosts: &[postgres::config::Host]) -> bool {
    hosts.iter().any(|h| match h {
        postgres::config::Host::Tcp(name) => {
            !(name.eq_ignore_ascii_case("localhost")
                || name.trim_matches(['[', ']']).parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback()))
        }
        #[cfg(unix)]
        postgres::config::Host::Unix(_) => false,
    })
}

/// Says so when the connection crosses a network unencrypted: with no `sslmode` in the URL
/// the client uses TLS only if the server offers it (`prefer`, as libpq does), and a
/// server without TLS is then talked to in the clear, password exchange and runners'
/// records included. Asked of the server itself (`pg_stat_ssl`), since the client does not
/// say which it got.
fn warn_if_in_the_clear(client: &mut postgres::Client, config: &postgres::Config) {
    // `sslmode=disable` said so on purpose (a private network the operator trusts).
    if config.get_ssl_mode() != postgres::config::SslMode::Prefer || !crosses_a_network(config.get_hosts()) {
        return;
    }
    let encrypted = client
        .query_opt("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()", &[])
        .ok()
        .flatten()
        .and_then(|row| row.try_get::<_, bool>(0).ok());
    if encrypted == Some(false) {
        tracing::warn!(
            "the connection to PostgreSQL crosses the network unencrypted (the server offers no TLS, and the URL \
             does not ask for it): turn TLS on in the server and add sslmode=verify-full to the URL"
        );
    }
}

impl Store for PostgresStore {
    fn session(&self, user: &UserKey) -> Result<Option<Session>, StoreError> {
        sessions::session(&mut *self.conn()?, user)
    }

    fn prefs(&self, user: &UserKey) -> Result<Prefs, StoreError> {
        sessions::prefs(&mut *self.conn()?, user)
    }

    fn history(&self, user: &UserKey) -> Result<History, StoreError> {
        history::history(&mut *self.conn()?, user)
    }

    fn commit(&self, user: &UserKey, change: Change) -> Result<Committed, StoreError> {
        commit::commit(&mut *self.conn()?, user, change)
    }

    fn forget(&self, user: &UserKey) -> Result<(), StoreError> {
        forget::forget(&mut *self.conn()?, user)
    }

    fn next_id(&self) -> Result<u64, StoreError> {
        ids::next(&mut *self.conn()?)
    }

    fn reminders(&self, owner: &str) -> Result<Vec<Reminder>, StoreError> {
        reminders::of_owner(&mut *self.conn()?, owner)
    }

    fn swap_reminder(&self, reminder: &Reminder) -> Result<bool, StoreError> {
        reminders::swap(&mut *self.conn()?, reminder, false)
    }

    fn next_due(&self) -> Result<Option<DateTime<Utc>>, StoreError> {
        reminders::next_due(&mut *self.conn()?)
    }

    fn due(&self, now: DateTime<Utc>, limit: usize) -> Result<Vec<Reminder>, StoreError> {
        reminders::due(&mut *self.conn()?, now, limit)
    }

    fn done_count(&self, post: u64) -> Result<u32, StoreError> {
        club::count(&mut *self.conn()?, post)
    }

    fn record_post(&self, post: &ClubPost) -> Result<(), StoreError> {
        club::record_post(&mut *self.conn()?, post)
    }

    fn club_posts(&self, group: &str, since: DateTime<Utc>) -> Result<Vec<ClubPost>, StoreError> {
        club::posts(&mut *self.conn()?, group, since)
    }

    fn done_by(&self, post: u64) -> Result<Vec<UserKey>, StoreError> {
        club::done_by(&mut *self.conn()?, post)
    }

    fn pressed(&self, user: &UserKey, post: u64) -> Result<bool, StoreError> {
        club::pressed(&mut *self.conn()?, user, post)
    }

    fn owe(&self, platform: &str, items: &[serde_json::Value]) -> Result<(), StoreError> {
        owed::owe(&mut *self.conn()?, platform, items)
    }

    fn take_owed(&self, platform: &str) -> Result<Vec<serde_json::Value>, StoreError> {
        owed::take(&mut *self.conn()?, platform)
    }

    fn kept_about(&self, user: &UserKey) -> Result<Vec<Record>, StoreError> {
        backup::kept_about(&mut *self.conn()?, user)
    }

    fn export(&self, each: &mut dyn FnMut(Record) -> Result<(), StoreError>) -> Result<(), StoreError> {
        backup::export(&mut *self.conn()?, each)
    }

    fn import(&self, record: Record) -> Result<(), StoreError> {
        let mut importing = self.importer()?;
        let client = importing.as_mut().ok_or_else(|| StoreError::Backend("no import connection".into()))?;
        backup::import(client, record)
    }

    /// Makes what [`Store::import`] wrote durable: one commit that waits for the disk flushes
    /// the write-ahead log up to it, and so every earlier commit with it. Everything else is
    /// durable when its call returns.
    fn sync(&self) -> Result<(), StoreError> {
        let mut importing = self.importing.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(mut client) = importing.take() {
            client.batch_execute("SET synchronous_commit TO on").map_err(from_pg)?;
            // Taking a transaction id makes this commit write (and so flush) a commit record.
            client.batch_execute("SELECT txid_current()").map_err(from_pg)?;
        }
        Ok(())
    }

    fn touch(&self, user: &UserKey, day: chrono::NaiveDate) -> Result<bool, StoreError> {
        activity::touch(&mut *self.conn()?, user, day)
    }

    fn inactive(
        &self,
        before: chrono::NaiveDate,
        today: chrono::NaiveDate,
    ) -> Result<Vec<UserKey>, StoreError> {
        activity::inactive(&mut *self.conn()?, before, today)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn only_a_connection_that_leaves_the_machine_is_warned_about() {
        let hosts = |url: &str| postgres::Config::from_str(url).expect("a URL").get_hosts().to_vec();
        assert!(!crosses_a_network(&hosts("postgres://u@localhost/db")));
        assert!(!crosses_a_network(&hosts("postgres://u@127.0.0.1:5432/db")));
        assert!(!crosses_a_network(&hosts("postgres://u@[::1]/db")));
        assert!(!crosses_a_network(&hosts("host=/var/run/postgresql user=u")));
        assert!(crosses_a_network(&hosts("postgres://u@db.example.org/db")));
        assert!(crosses_a_network(&hosts("postgres://u@10.0.0.5/db")));
    }
}
