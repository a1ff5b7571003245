//! A throwaway PostgreSQL for tests and benchmarks: `initdb` into a temporary directory and
//! `pg_ctl start` on a free port of 127.0.0.1, stopped and deleted on drop, so the tests run
//! against the real server the deployment uses and leave nothing behind. PostgreSQL refuses to
//! run as root, so as root the cluster runs as the `postgres` user (the directory is given to
//! it). Also the damage the conformance suite plants, written as a damaged disk or an older
//! bug would have left it.
//!
//! Where the server is not installed the tests say so and pass, unless
//! `UPBACK_REQUIRE_POSTGRES=1` (CI sets it), where they fail: a CI that silently skipped the
//! PostgreSQL store would prove nothing about it.

use std::{
    net::TcpListener,
    os::unix::fs::MetadataExt,
    path::{Path, PathBuf},
    process::Command,
    sync::atomic::{AtomicU32, Ordering},
};

use upback_core::input::UserKey;
use upback_store_conformance::Damage;

use crate::PostgresStore;

/// Where Debian's `postgresql-15` puts the server; `UPBACK_POSTGRES_BIN` says otherwise.
pub const DEFAULT_BIN: &str = "/usr/lib/postgresql/15/bin";

/// Why no cluster could be started.
#[derive(Debug, thiserror::Error)]
pub enum Unavailable {
    #[error("PostgreSQL is not installed: {0} is missing (apt-get install postgresql-15)")]
    Missing(PathBuf),
    #[error("running as root needs the `postgres` user and runuser to start PostgreSQL: {0}")]
    NoUser(String),
    #[error("could not start PostgreSQL: {0}")]
    Failed(String),
}

/// A running cluster of its own.
pub struct Cluster {
    bin: PathBuf,
    data: PathBuf,
    port: u16,
    /// Root runs the server's tools as `postgres`.
    runuser: bool,
    /// `-c name=value` settings of the server beyond the ones every test cluster has.
    settings: Vec<String>,
    databases: AtomicU32,
    /// Last: removed after the server is stopped.
    _dir: tempfile::TempDir,
}

/// A cluster for a test, or `None` (said on stderr) where PostgreSQL is not installed;
/// panics instead when `UPBACK_REQUIRE_POSTGRES=1`.
pub fn cluster() -> Option<Cluster> {
    available(Cluster::start())
}

/// [`cluster`], where only its superuser `upback` gets in without a password over TCP: every
/// other role must give its password (scram-sha-256), as on a real server.
pub fn cluster_with_passwords() -> Option<Cluster> {
    available(Cluster::start_with_passwords())
}

fn available(started: Result<Cluster, Unavailable>) -> Option<Cluster> {
    match started {
        Ok(cluster) => Some(cluster),
        Err(e) if std::env::var("UPBACK_REQUIRE_POSTGRES").is_ok_and(|v| v == "1") => {
            panic!("UPBACK_REQUIRE_POSTGRES=1, but {e}")
        }
        Err(e) => {
            eprintln!("skipping the PostgreSQL tests: {e}");
            None
        }
    }
}

fn is_root() -> bool {
    // /proc/self belongs to the process's effective user.
    std::fs::metadata("/proc/self").is_ok_and(|m| m.uid() == 0)
}

/// The uid and gid of `name`, from /etc/passwd.
fn user_ids(name: &str) -> Option<(u32, u32)> {
    let passwd = std::fs::read_to_string("/etc/passwd").ok()?;
    passwd.lines().find_map(|line| {
        let fields: Vec<&str> = line.split(':').collect();
        (fields.first() == Some(&name) && fields.len() > 3)
            .then(|| Some((fields[2].parse().ok()?, fields[3].parse().ok()?)))
            .flatten()
    })
}

fn free_port() -> Result<u16, Unavailable> {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .map_err(|e| Unavailable::Failed(format!("no free port: {e}")))
}

impl Cluster {
    /// Starts a new cluster whose every commit is durable (fsync on, as in production: the
    /// benchmark measures that).
    pub fn start() -> Result<Self, Unavailable> {
        Self::start_with(|_| Ok(Vec::new()))
    }

    /// A cluster that speaks TLS with the given certificate chain and key (PEM), for tests
    /// of `sslmode`.
    pub fn start_with_tls(cert: &str, key: &str) -> Result<Self, Unavailable> {
        Self::start_with(|cluster| {
            let (cert_path, key_path) = (cluster.dir().join("server.crt"), cluster.dir().join("server.key"));
            let written = std::fs::write(&cert_path, cert).and_then(|()| std::fs::write(&key_path, key));
            written.map_err(|e| Unavailable::Failed(format!("could not write the certificate: {e}")))?;
            // PostgreSQL refuses a key others can read, or one that is not its user's.
            cluster.give(&key_path, 0o600)?;
            cluster.give(&cert_path, 0o644)?;
            Ok(vec![
                "ssl=on".into(),
                format!("ssl_cert_file={}", cert_path.display()),
                format!("ssl_key_file={}", key_path.display()),
            ])
        })
    }

    /// A cluster that asks every role but `upback` for its password (see
    /// [`cluster_with_passwords`]).
    pub fn start_with_passwords() -> Result<Self, Unavailable> {
        Self::start_with(|cluster| {
            let hba = cluster.data.join("pg_hba.conf");
            std::fs::write(
                &hba,
                "local all all trust\nhost all upback 127.0.0.1/32 trust\nhost all all 127.0.0.1/32 scram-sha-256\n",
            )
            .map_err(|e| Unavailable::Failed(format!("could not write {}: {e}", hba.display())))?;
            Ok(Vec::new())
        })
    }

    /// Makes `path` the server's, with `mode`.
    fn give(&self, path: &Path, mode: u32) -> Result<(), Unavailable> {
        use std::os::unix::fs::PermissionsExt;
        let failed = |e: std::io::Error| Unavailable::Failed(format!("{}: {e}", path.display()));
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).map_err(failed)?;
        if self.runuser {
            let (uid, gid) =
                user_ids("postgres").ok_or_else(|| Unavailable::NoUser("no postgres user".into()))?;
            std::os::unix::fs::chown(path, Some(uid), Some(gid)).map_err(failed)?;
        }
        Ok(())
    }

    /// Starts a cluster with the settings `prepare` returns once the data directory is made.
    fn start_with(
        prepare: impl FnOnce(&Self) -> Result<Vec<String>, Unavailable>,
    ) -> Result<Self, Unavailable> {
        let bin =
            std::env::var_os("UPBACK_POSTGRES_BIN").map_or_else(|| PathBuf::from(DEFAULT_BIN), PathBuf::from);
        for tool in ["initdb", "pg_ctl"] {
            if !bin.join(tool).is_file() {
                return Err(Unavailable::Missing(bin.join(tool)));
            }
        }
        let dir = tempfile::Builder::new()
            .prefix("upback-pg-")
            .tempdir()
            .map_err(|e| Unavailable::Failed(format!("no temporary directory: {e}")))?;
        let runuser = is_root();
        if runuser {
            let (uid, gid) = user_ids("postgres")
                .ok_or_else(|| Unavailable::NoUser("there is no postgres user".into()))?;
            std::os::unix::fs::chown(dir.path(), Some(uid), Some(gid)).map_err(|e| {
                Unavailable::NoUser(format!("could not give {} to it: {e}", dir.path().display()))
            })?;
        }
        let data = dir.path().join("data");
        let mut cluster = Self {
            bin,
            data,
            port: 0,
            runuser,
            settings: Vec::new(),
            databases: AtomicU32::new(0),
            _dir: dir,
        };
        cluster.run(
            "initdb",
            &[
                "-D",
                &cluster.data.display().to_string(),
                "-U",
                "upback",
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--no-locale",
                "-N",
            ],
        )?;
        cluster.settings = prepare(&cluster)?;
        // A port found free may be taken before the server binds it: a few tries.
        let mut last = None;
        for _ in 0..3 {
            cluster.port = free_port()?;
            match cluster.start_server() {
                Ok(()) => return Ok(cluster),
                Err(e) => last = Some(e),
            }
        }
        Err(last.unwrap_or_else(|| Unavailable::Failed("the server did not start".into())))
    }

    fn start_server(&self) -> Result<(), Unavailable> {
        let socket_dir = self.dir().display().to_string();
        let mut options = format!(
            "-c listen_addresses=127.0.0.1 -p {} -c unix_socket_directories={socket_dir} -c max_connections=200",
            self.port
        );
        for setting in &self.settings {
            options.push_str(&format!(" -c {setting}"));
        }
        let log = self.dir().join("server.log").display().to_string();
        let data = self.data.display().to_string();
        // `-w` waits (a bounded time, `-t`) until the server accepts connections.
        self.run("pg_ctl", &["-D", &data, "-l", &log, "-o", &options, "-w", "-t", "60", "start"]).map_err(
            |e| {
                let tail = std::fs::read_to_string(&log).unwrap_or_default();
                let tail: Vec<&str> = tail.lines().rev().take(5).collect();
                Unavailable::Failed(format!(
                    "{e}; the server's log ends: {}",
                    tail.into_iter().rev().collect::<Vec<_>>().join(" | ")
                ))
            },
        )
    }

    fn dir(&self) -> &Path {
        self.data.parent().unwrap_or(&self.data)
    }

    /// Runs one of the server's tools (as `postgres` when we are root).
    fn run(&self, tool: &str, args: &[&str]) -> Result<(), Unavailable> {
        let path = self.bin.join(tool);
        let mut command = if self.runuser {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(&path);
            c
        } else {
            Command::new(&path)
        };
        let out = command
            .args(args)
            .current_dir(self.dir())
            .output()
            .map_err(|e| Unavailable::Failed(format!("{tool}: {e}")))?;
        if out.status.success() {
            Ok(())
        } else {
            Err(Unavailable::Failed(format!(
                "{tool} failed ({}): {}",
                out.status,
                String::from_utf8_lossy(&out.stderr).trim()
            )))
        }
    }

    /// The URL of a database of this cluster.
    pub fn url(&self, database: &str) -> String {
        format!("postgres://upback@127.0.0.1:{}/{database}?sslmode=disable", self.port)
    }

    /// The port the server listens on, at 127.0.0.1.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// A new, empty database; its URL.
    pub fn database(&self) -> String {
        let name = format!("test_{}", self.databases.fetch_add(1, Ordering::SeqCst));
        let mut admin = postgres::Client::connect(&self.url("postgres"), postgres::NoTls)
            .expect("the cluster's own database");
        admin.batch_execute(&format!("CREATE DATABASE {name}")).expect("a new database");
        self.url(&name)
    }

    /// A store on a new, empty database.
    pub fn store(&self) -> PostgresStore {
        PostgresStore::connect(&self.database()).expect("a store on the test cluster")
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let data = self.data.display().to_string();
        if let Err(e) = self.run("pg_ctl", &["-D", &data, "-m", "immediate", "-w", "stop"]) {
            eprintln!("could not stop the test PostgreSQL: {e}");
        }
    }
}

impl PostgresStore {
    /// Runs SQL as the store's own connection would, for tests that look under the trait.
    pub fn execute_sql(&self, sql: &str) -> Result<(), upback_core::store::StoreError> {
        self.conn()?.batch_execute(sql).map_err(crate::error::from_pg)
    }

    /// The first column of the first row of `sql`, as text.
    pub fn query_text(&self, sql: &str) -> Result<Option<String>, upback_core::store::StoreError> {
        let rows = self.conn()?.simple_query(sql).map_err(crate::error::from_pg)?;
        Ok(rows.into_iter().find_map(|m| match m {
            postgres::SimpleQueryMessage::Row(row) => row.get(0).map(str::to_string),
            _ => None,
        }))
    }
}

impl Damage for PostgresStore {
    fn damage_session(&self, user: &UserKey) {
        let mut conn = self.conn().expect("a connection");
        conn.execute(
            "INSERT INTO sessions (user_key, rev, doc) VALUES ($1, 1, $2)
             ON CONFLICT (user_key) DO UPDATE SET doc = EXCLUDED.doc",
            &[&user.as_str(), &b"\xff not a session".as_slice()],
        )
        .expect("a raw write");
    }

    fn damage_history(&self, user: &UserKey) {
        let mut conn = self.conn().expect("a connection");
        conn.execute(
            "INSERT INTO history (user_key, at, doc) VALUES ($1, now(), $2)",
            &[&user.as_str(), &br#"{"v":99,"data":{}}"#.as_slice()],
        )
        .expect("a raw write");
    }
}
