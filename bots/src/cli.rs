//! The `upback` command line: what a user or an operator types, and what it starts.

use std::{
    io::{self, BufReader},
    path::{Path, PathBuf},
    sync::{atomic::AtomicBool, Arc},
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
    Serve(Box<ServeArgs>),
    /// Copy every record to a file, whether the bot is running or not.
    Backup(BackupArgs),
    /// Restore a backup into an empty data directory.
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

pub fn open_store(dir: &Path) -> Result<SledStore> {
    open_store_with_cache(dir, upback_core::store::sled_store::DEFAULT_CACHE_BYTES)
}

fn open_store_with_cache(dir: &Path, cache_bytes: u64) -> Result<SledStore> {
    std::fs::create_dir_all(dir)
        .with_context(|| format!("cannot create the data directory {}", dir.display()))?;
    SledStore::open_with_cache(dir, cache_bytes).with_context(|| {
        format!("cannot open the database in {} (is another upback using it?)", dir.display())
    })
}

pub fn chat(args: ChatArgs) -> Result<()> {
    logging::init("warn");
    let engine =
        Engine::built_in(open_store(&args.data_dir)?).context("the bot's content or messages are broken")?;
    let mut who = Who::private(Platform::Console, args.user.clone());
    who.name = Some(args.user);
    who.locale = args.lang.or_else(terminal_language);
    let output = if args.json { console::Output::Json } else { console::Output::Human };
    let stdin = io::stdin();
    console::run(&engine, &who, BufReader::new(stdin.lock()), io::stdout().lock(), output, chrono::Utc::now)
}

pub fn serve(args: ServeArgs) -> Result<()> {
    logging::init("info");
    let config = Config::from_args(args).map_err(|e| anyhow::anyhow!(e))?;
    let engine = Arc::new(
        Engine::built_in(open_store_with_cache(&config.data_dir, config.cache_bytes)?)
            .context("the bot's content or messages are broken")?,
    );
    engine.set_default_zone(&config.default_time_zone);
    let admin_token = write_admin_token(&config.data_dir)?;
    let runtime = tokio::runtime::Runtime::new().context("cannot start the async runtime")?;
    runtime.block_on(async {
        // The operator server comes first, so a healthcheck sees 503 while adapters connect.
        let telegram_up = Arc::new(AtomicBool::new(false));
        let discord_up = Arc::new(AtomicBool::new(false));
        let mut health = crate::http::Health::default();
        if config.telegram.is_some() {
            health.checks.push(("telegram", telegram_up.clone()));
        }
        if config.discord.is_some() {
            health.checks.push(("discord", discord_up.clone()));
        }
        let http = crate::http::start(config.http_addr, health, engine.clone(), admin_token).await?;
        let mut outboxes: Vec<Arc<dyn crate::scheduler::Outbox>> = Vec::new();
        let telegram = match config.telegram.clone() {
            Some(telegram) => {
                let t = crate::telegram::start_with(engine.clone(), telegram, telegram_up.clone()).await?;
                outboxes.push(t.outbox());
                Some(t)
            }
            None => None,
        };
        let discord = match config.discord.clone() {
            Some(discord) => {
                let d = crate::discord::start_with(engine.clone(), discord, discord_up.clone()).await?;
                outboxes.push(d.outbox());
                Some(d)
            }
            None => None,
        };
        let scheduler = crate::scheduler::start(
            engine.clone(),
            outboxes,
            Arc::new(crate::clock::SystemClock),
            config.reminder_grace,
        );
        crate::signals::stopped().await;
        tracing::info!("stopping: finishing what is in flight");
        scheduler.stop().await;
        if let Some(t) = telegram {
            t.stop().await?;
        }
        if let Some(d) = discord {
            d.stop().await?;
        }
        http.stop().await;
        anyhow::Ok(())
    })?;
    engine.store().flush().context("could not flush the database")?;
    tracing::info!("stopped");
    Ok(())
}

/// The file in the data directory that lets `upback backup` ask the running bot for a copy.
const ADMIN_TOKEN_FILE: &str = "admin.token";

/// A fresh random token, in a file readable by the bot's own user only from the moment it
/// exists (created with mode 0600, never widened and narrowed afterwards).
fn write_admin_token(dir: &Path) -> Result<String> {
    use std::io::Write;
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| anyhow::anyhow!("no randomness for the admin token: {e}"))?;
    let token: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    let path = dir.join(ADMIN_TOKEN_FILE);
    let _ = std::fs::remove_file(&path);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(&path).with_context(|| format!("cannot write {}", path.display()))?;
    file.write_all(token.as_bytes())?;
    file.sync_all()?;
    Ok(token)
}

#[derive(Debug, clap::Args)]
pub struct BackupArgs {
    /// The bot's database directory.
    #[arg(long, env = "UPBACK_DATA_DIR", default_value = "data")]
    pub data_dir: PathBuf,
    /// Where to write the backup.
    #[arg(long)]
    pub to: PathBuf,
    /// Where the running bot serves its operator endpoints (used when it is running).
    #[arg(long, env = "UPBACK_HTTP_ADDR", default_value = "127.0.0.1:9464")]
    pub http_addr: String,
}

#[derive(Debug, clap::Args)]
pub struct RestoreArgs {
    /// An empty (or new) directory to restore into.
    #[arg(long, env = "UPBACK_DATA_DIR", default_value = "data")]
    pub data_dir: PathBuf,
    /// The backup file.
    #[arg(long)]
    pub from: PathBuf,
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
        .timeout_global(Some(std::time::Duration::from_secs(120)))
        .build()
        .into()
}

/// Writes a backup: straight from the database when the bot is stopped, or through the
/// running bot (which holds the database open) when it is not.
pub fn backup(args: BackupArgs) -> Result<()> {
    logging::init("warn");
    let tmp = args.to.with_extension("partial");
    let records = match SledStore::open(&args.data_dir) {
        Ok(store) => {
            let mut file = std::io::BufWriter::new(
                std::fs::File::create(&tmp).with_context(|| format!("cannot write {}", tmp.display()))?,
            );
            let n = store.backup(&mut file)?;
            file.into_inner().map_err(|e| e.into_error())?.sync_all()?;
            Some(n)
        }
        Err(_) => {
            let token = std::fs::read_to_string(args.data_dir.join(ADMIN_TOKEN_FILE))
                .context("the database is in use and no running bot's admin token was found")?;
            let mut response = operator()
                .post(format!("http://{}/backup", args.http_addr))
                .header("Authorization", format!("Bearer {}", token.trim()))
                .send_empty()
                .with_context(|| format!("nothing answers on {}", args.http_addr))?;
            if response.status() != 200 {
                let said = response.body_mut().read_to_string().unwrap_or_default();
                anyhow::bail!("the running bot refused the backup: {}", said.trim());
            }
            // Streamed to disk as it comes: a big database is never held in memory whole.
            let mut file =
                std::fs::File::create(&tmp).with_context(|| format!("cannot write {}", tmp.display()))?;
            std::io::copy(&mut response.into_body().into_reader(), &mut file)
                .context("the backup stopped arriving")?;
            file.sync_all()?;
            None
        }
    };
    std::fs::rename(&tmp, &args.to).with_context(|| format!("cannot write {}", args.to.display()))?;
    match records {
        Some(n) => eprintln!("upback: backed up {n} records to {}", args.to.display()),
        None => eprintln!("upback: backed up the running bot's database to {}", args.to.display()),
    }
    Ok(())
}

pub fn restore(args: RestoreArgs) -> Result<()> {
    logging::init("warn");
    let file =
        std::fs::File::open(&args.from).with_context(|| format!("cannot read {}", args.from.display()))?;
    let n = SledStore::restore(&args.data_dir, std::io::BufReader::new(file))?;
    eprintln!("upback: restored {n} records into {}", args.data_dir.display());
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
