//! The `upback` command line: what a user or an operator types, and what it starts.

use std::{
    io::{self, BufReader},
    path::{Path, PathBuf},
};

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};
use upback_core::{
    engine::Engine,
    input::{Platform, Who},
    store::SledStore,
};

use crate::{
    config::{Config, ServeArgs},
    console, logging,
};

#[derive(Debug, Parser)]
#[command(name = "upback", version, about = "A chat bot that helps runners with a sore upper back.")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Talk to the bot in this terminal: no account, no token.
    Chat(ChatArgs),
    /// Run the bot on every platform whose token is set, on one database.
    #[command(after_help = crate::config::ENVIRONMENT_HELP)]
    Serve(Box<ServeArgs>),
    /// Copy every record to a file, whether the bot is running or not.
    Backup(BackupArgs),
    /// Replace the database with a verified backup (the old one is kept aside).
    Restore(RestoreArgs),
    /// Exit 0 when the running bot is healthy (for container healthchecks).
    Health(HealthArgs),
    /// Print the links that add the bot to a Discord server and a Telegram group (same
    /// settings as `serve`).
    Invite(Box<ServeArgs>),
    /// Check the settings, the data directory, the tokens, the command menus and the bot's
    /// permissions; exit non-zero if anything needs fixing (same settings as `serve`).
    Doctor(Box<ServeArgs>),
}

#[derive(Debug, clap::Args)]
pub struct ChatArgs {
    /// Where the bot keeps its database.
    #[arg(long, env = "UPBACK_DATA_DIR", default_value = "data")]
    pub data_dir: PathBuf,
    /// Whose conversation this is: each name has its own history.
    #[arg(long, default_value = "console")]
    pub user: String,
    /// The language to answer in (e.g. en-US, de); defaults to the terminal's $LANG.
    #[arg(long)]
    pub lang: Option<String>,
    /// One JSON object per reply, and `{"action": "..."}` lines to press buttons.
    #[arg(long)]
    pub json: bool,
    /// Days without any input after which a runner's records are deleted, as /forget would
    /// (looked at when the chat starts).
    #[arg(long, env = "UPBACK_RETENTION_DAYS", default_value = "365")]
    pub retention_days: String,
}

/// The language a terminal reports: `de_DE.UTF-8` -> `de-DE`; `C` and `POSIX` say nothing.
fn terminal_language() -> Option<String> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.is_empty())
        .map(|v| v.split(['.', '@']).next().unwrap_or_default().replace('_', "-"))
        .filter(|v| !v.is_empty() && v != "C" && v != "POSIX")
}

/// The chat's store: sled in `dir`, or the PostgreSQL database `DATABASE_URL` names (so a
/// terminal can talk to the same records as the running replicas).
pub fn open_store(dir: &Path) -> Result<crate::database::Db> {
    let location = crate::database::Location::from_env()?;
    crate::database::open(&location, dir, upback_core::store::sled_store::DEFAULT_CACHE_BYTES)
}

pub fn chat(args: ChatArgs) -> Result<()> {
    logging::init("warn");
    let retention = crate::config::parse_retention(&args.retention_days).map_err(|e| anyhow::anyhow!(e))?;
    let engine =
        Engine::built_in(open_store(&args.data_dir)?).context("the bot's content or messages are broken")?;
    engine.set_retention_days(retention);
    let files = console::files::Files::in_data_dir(&args.data_dir);
    // The terminal has no scheduler: the retention limit is kept when a chat starts.
    for gone in engine.forget_inactive(chrono::Utc::now()).context("could not apply the retention limit")? {
        if let Some(name) = gone.as_str().strip_prefix("console:") {
            files.forget(&Who::private(Platform::Console, name))?;
        }
    }
    let mut who = Who::private(Platform::Console, args.user.clone());
    who.name = Some(args.user);
    who.locale = args.lang.or_else(terminal_language);
    let output = if args.json { console::Output::Json } else { console::Output::Human };
    let stdin = io::stdin();
    let (input, out) = (BufReader::new(stdin.lock()), io::stdout().lock());
    console::run(&engine, &who, input, out, output, chrono::Utc::now, &files)
}

pub fn serve(args: ServeArgs) -> Result<()> {
    logging::init("info");
    let config = Config::from_args(args).map_err(|e| anyhow::anyhow!(e))?;
    crate::serve::run(config)
}

#[derive(Debug, clap::Args)]
pub struct BackupArgs {
    /// The bot's database directory.
    #[arg(long, env = "UPBACK_DATA_DIR", default_value = "data")]
    pub data_dir: PathBuf,
    /// Where to write the backup (a new file outside the data directory).
    #[arg(long)]
    pub to: PathBuf,
    /// Replace the file at --to if there is one.
    #[arg(long)]
    pub force: bool,
    /// Back up this PostgreSQL database instead of the data directory's (any replica may be
    /// running: the copy is one consistent snapshot).
    #[arg(long, env = "DATABASE_URL", hide_env_values = true)]
    pub database_url: Option<String>,
    /// Where the running bot serves `/backup` (used when it is running).
    #[arg(long, env = "UPBACK_ADMIN_ADDR", default_value = "127.0.0.1:9465")]
    pub admin_addr: String,
}

#[derive(Debug, clap::Args)]
pub struct RestoreArgs {
    /// The data directory whose database the backup replaces (the old one is kept aside).
    #[arg(long, env = "UPBACK_DATA_DIR", default_value = "data")]
    pub data_dir: PathBuf,
    /// The backup file.
    #[arg(long)]
    pub from: PathBuf,
    /// Restore into a new or empty directory (on a fresh machine) instead of replacing a
    /// database.
    #[arg(long)]
    pub new: bool,
    /// Load the backup into this empty PostgreSQL database instead (moving a club from sled
    /// to Postgres).
    #[arg(long, env = "DATABASE_URL", hide_env_values = true)]
    pub database_url: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct HealthArgs {
    #[arg(long, env = "UPBACK_HTTP_ADDR", default_value = "127.0.0.1:9464")]
    pub http_addr: String,
}

/// The HTTP client for the bot's own operator server on this machine (ureq, plain HTTP on
/// loopback): every status is an answer to read, not an error, and a backup may take a while.
fn operator() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(std::time::Duration::from_secs(3600)))
        .build()
        .into()
}

/// Writes a verified backup: straight from the database when the bot is stopped, or through
/// the running bot (which holds the database open) when it is not. Refuses a data directory
/// with no database, and a target inside it or already there (unless --force).
pub fn backup(args: BackupArgs) -> Result<()> {
    logging::init("warn");
    if let Some(url) = args.database_url.as_deref().filter(|u| !u.trim().is_empty()) {
        crate::backups::check_target(&args.data_dir, &args.to, args.force)?;
        let store = postgres(url)?;
        let records = crate::backups::write(&store, &args.to, chrono::Utc::now())?;
        eprintln!("upback: backed up {records} records from PostgreSQL to {}", args.to.display());
        return Ok(());
    }
    crate::backups::check_database(&args.data_dir)?;
    crate::backups::check_target(&args.data_dir, &args.to, args.force)?;
    let records = match SledStore::open_existing(&args.data_dir) {
        Ok(store) => crate::backups::write(&store, &args.to, chrono::Utc::now())?,
        Err(upback_core::store::StoreError::Locked) => from_running_bot(&args)?,
        Err(e) => anyhow::bail!(crate::backups::explain(&args.data_dir, &e)),
    };
    eprintln!("upback: backed up {records} records to {}", args.to.display());
    Ok(())
}

/// Asks the running bot for a backup, streams it to a temporary file beside `--to`, and
/// keeps it only once its trailer checks out.
fn from_running_bot(args: &BackupArgs) -> Result<u64> {
    let token = std::fs::read_to_string(crate::serve::admin_token_path(&args.data_dir)).map_err(|_| {
        anyhow::anyhow!(
            "the database in {} is in use by an upback that takes no backups while it runs (an `upback chat`, \
             most likely: only `upback serve` answers a backup); end it first, then run this again",
            args.data_dir.display()
        )
    })?;
    // The bot says where it listens; UPBACK_ADMIN_ADDR is for a bot that did not (older).
    let addr = std::fs::read_to_string(crate::serve::admin_addr_path(&args.data_dir))
        .map(|a| a.trim().to_string())
        .unwrap_or_else(|_| args.admin_addr.clone());
    let mut response = operator()
        .post(format!("http://{addr}/backup"))
        .header("Authorization", format!("Bearer {}", token.trim()))
        .send_empty()
        .with_context(|| {
            format!("the database is in use, but no bot answers on {addr} (UPBACK_ADMIN_ADDR)")
        })?;
    if response.status() != 200 {
        let said = response.body_mut().read_to_string().unwrap_or_default();
        anyhow::bail!("the running bot refused the backup: {}", said.trim());
    }
    let name = args.to.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let tmp = args.to.with_file_name(format!(".{name}.partial"));
    let written = (|| -> Result<u64> {
        let mut file =
            std::fs::File::create(&tmp).with_context(|| format!("cannot write {}", tmp.display()))?;
        // Streamed to disk as it comes: a big database is never held in memory whole.
        std::io::copy(&mut response.into_body().into_reader(), &mut file)
            .context("the backup stopped arriving")?;
        file.sync_all()?;
        let verified = crate::backups::verify(&tmp)?;
        std::fs::rename(&tmp, &args.to).with_context(|| format!("cannot write {}", args.to.display()))?;
        Ok(verified.records)
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written
}

/// The shared database at `url` (`--database-url` or DATABASE_URL), saying why in one line
/// when it cannot be used (never the URL itself: it may carry a password).
fn postgres(url: &str) -> Result<upback_store_postgres::PostgresStore> {
    crate::database::postgres(url, "DATABASE_URL")
}

pub fn restore(args: RestoreArgs) -> Result<()> {
    logging::init("warn");
    if let Some(url) = args.database_url.as_deref().filter(|u| !u.trim().is_empty()) {
        let store = postgres(url)?;
        let n = crate::backups::restore_into(&store, &args.from)?;
        eprintln!("upback: restored {n} records into PostgreSQL");
        return Ok(());
    }
    let dir = args.data_dir.display();
    match crate::backups::restore(&args.data_dir, &args.from, args.new, chrono::Utc::now())? {
        crate::backups::Restored::New { records } => {
            eprintln!("upback: restored {records} records into a new database in {dir}");
        }
        crate::backups::Restored::Replaced { records, kept } => {
            eprintln!("upback: restored {records} records into {dir}");
            eprintln!("upback: the database it replaced is kept in {}", kept.display());
        }
    }
    Ok(())
}

/// For the container's healthcheck: exits 0 when the running bot says it is healthy.
pub fn health(args: HealthArgs) -> Result<()> {
    let mut response = operator()
        .get(format!("http://{}/healthz", args.http_addr))
        .call()
        .with_context(|| format!("nothing answers on {}", args.http_addr))?;
    let status = response.status();
    let said = response.body_mut().read_to_string().unwrap_or_default();
    anyhow::ensure!(status == 200, "unhealthy: {}", said.trim());
    Ok(())
}

/// Prints the invite links of every configured platform; a platform that cannot be asked is
/// said on stderr, and makes the exit code non-zero, after the others are printed.
pub fn invite(args: ServeArgs) -> Result<()> {
    logging::init("warn");
    let platforms = crate::config::Platforms::from_args(&args).map_err(|e| anyhow::anyhow!(e))?;
    let runtime = tokio::runtime::Runtime::new().context("cannot start the async runtime")?;
    runtime.block_on(async {
        let mut failed = Vec::new();
        if let Some(discord) = &platforms.discord {
            match crate::invite::discord_application_id(discord).await {
                Ok(id) => println!(
                    "Discord: add the bot to a server (it asks for {}):\n{}",
                    crate::invite::DISCORD_PERMISSIONS,
                    crate::invite::discord_invite(id)
                ),
                Err(e) => failed.push(e),
            }
        }
        if let Some(telegram) = &platforms.telegram {
            match crate::invite::telegram_username(telegram).await {
                Ok(name) => {
                    println!(
                        "Telegram: add @{name} to a group:\n{}",
                        crate::invite::telegram_group_link(&name)
                    )
                }
                Err(e) => failed.push(e),
            }
        }
        let last = failed.pop();
        for e in failed {
            eprintln!("upback: {e:#}");
        }
        last.map_or(Ok(()), Err)
    })
}

/// Prints one line per check; fails (exit code 1) when any check did.
pub fn doctor(args: ServeArgs) -> Result<()> {
    logging::init("warn");
    let runtime = tokio::runtime::Runtime::new().context("cannot start the async runtime")?;
    let checks = runtime.block_on(crate::doctor::run(&args));
    for check in &checks {
        println!("{check}");
    }
    let failed = checks.iter().filter(|c| c.verdict == crate::doctor::Verdict::Fail).count();
    anyhow::ensure!(failed == 0, "{failed} of {} checks failed", checks.len());
    Ok(())
}

pub fn run() -> Result<()> {
    match Cli::parse().command {
        Command::Chat(args) => chat(args),
        Command::Serve(args) => serve(*args),
        Command::Backup(args) => backup(args),
        Command::Restore(args) => restore(args),
        Command::Health(args) => health(args),
        Command::Invite(args) => invite(*args),
        Command::Doctor(args) => doctor(*args),
    }
}
