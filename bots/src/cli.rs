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
    Serve(ServeArgs),
    /// Copy every record to a file, whether the bot is running or not.
    Backup(BackupArgs),
    /// Restore a backup into an empty data directory.
    Restore(RestoreArgs),
    /// Exit 0 when the running bot is healthy (for container healthchecks).
    Health(HealthArgs),
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
    std::fs::create_dir_all(dir)
        .with_context(|| format!("cannot create the data directory {}", dir.display()))?;
    SledStore::open(dir).with_context(|| {
        format!("cannot open the database in {} (is another upback using it?)", dir.display())
    })
}

pub fn chat(args: ChatArgs) -> Result<()> {
    logging::init("warn");
    let engine =
        Engine::built_in(open_store(&args.data_dir)?).context("the bot's content or messages are broken")?;
    let mut who = Who::private(Platform::Console, args.user);
    who.locale = args.lang.or_else(terminal_language);
    let output = if args.json { console::Output::Json } else { console::Output::Human };
    let stdin = io::stdin();
    console::run(&engine, &who, BufReader::new(stdin.lock()), io::stdout().lock(), output, chrono::Utc::now)
}

pub fn serve(args: ServeArgs) -> Result<()> {
    logging::init("info");
    let config = Config::from_args(args).map_err(|e| anyhow::anyhow!(e))?;
    let engine = Arc::new(
        Engine::built_in(open_store(&config.data_dir)?)
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

/// A fresh random token, readable by the bot's own user only.
fn write_admin_token(dir: &Path) -> Result<String> {
    let mut bytes = [0u8; 16];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut bytes))
        .context("cannot read /dev/urandom")?;
    let token: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    let path = dir.join(ADMIN_TOKEN_FILE);
    std::fs::write(&path, &token).with_context(|| format!("cannot write {}", path.display()))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600))?;
    }
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

/// A tiny HTTP/1.1 exchange with the bot's own operator server on this machine.
fn local_http(addr: &str, request: &str) -> Result<(u16, Vec<u8>)> {
    use std::io::{Read, Write};
    let mut stream =
        std::net::TcpStream::connect(addr).with_context(|| format!("nothing answers on {addr}"))?;
    stream.set_read_timeout(Some(std::time::Duration::from_secs(120)))?;
    stream.write_all(request.as_bytes())?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw)?;
    let split = raw.windows(4).position(|w| w == b"\r\n\r\n").context("a malformed HTTP answer")?;
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let status =
        head.split_whitespace().nth(1).and_then(|s| s.parse().ok()).context("a malformed HTTP status")?;
    let mut body = raw[split + 4..].to_vec();
    if head.to_ascii_lowercase().contains("transfer-encoding: chunked") {
        body = dechunk(&body)?;
    }
    Ok((status, body))
}

fn dechunk(mut data: &[u8]) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let eol = data.windows(2).position(|w| w == b"\r\n").context("a malformed chunk")?;
        let size = usize::from_str_radix(String::from_utf8_lossy(&data[..eol]).trim(), 16)
            .context("a malformed chunk size")?;
        data = &data[eol + 2..];
        if size == 0 {
            return Ok(out);
        }
        out.extend_from_slice(data.get(..size).context("a short chunk")?);
        data = data.get(size + 2..).unwrap_or_default();
    }
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
            let request = format!(
                "POST /backup HTTP/1.1\r\nHost: {0}\r\nAuthorization: Bearer {1}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
                args.http_addr,
                token.trim()
            );
            let (status, body) = local_http(&args.http_addr, &request)?;
            anyhow::ensure!(
                status == 200,
                "the running bot refused the backup: {}",
                String::from_utf8_lossy(&body).trim()
            );
            std::fs::write(&tmp, &body).with_context(|| format!("cannot write {}", tmp.display()))?;
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
    let request = format!("GET /healthz HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n", args.http_addr);
    let (status, body) = local_http(&args.http_addr, &request)?;
    anyhow::ensure!(status == 200, "unhealthy: {}", String::from_utf8_lossy(&body).trim());
    Ok(())
}

pub fn run() -> Result<()> {
    match Cli::parse().command {
        Command::Chat(args) => chat(args),
        Command::Serve(args) => serve(args),
        Command::Backup(args) => backup(args),
        Command::Restore(args) => restore(args),
        Command::Health(args) => health(args),
    }
}
