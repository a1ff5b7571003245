//! The `upback` command line: what a user or an operator types, and what it starts.

use std::{
    io::{self, BufReader},
    path::{Path, PathBuf},
    sync::Arc,
};

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};
use upback_core::{
    engine::{Engine, Platform, Who},
    store::SledStore,
};

use crate::{console, logging};

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
}

#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// Where the bot keeps its database.
    #[arg(long, env = "UPBACK_DATA_DIR", default_value = "data")]
    pub data_dir: PathBuf,
    /// The Telegram bot token from @BotFather; the Telegram adapter runs when it is set.
    #[arg(long, env = "TELEGRAM_BOT_TOKEN", hide_env_values = true)]
    pub telegram_token: Option<String>,
    /// The Bot API server to use instead of api.telegram.org (a self-hosted one).
    #[arg(long, env = "TELEGRAM_API_URL")]
    pub telegram_api_url: Option<url::Url>,
    /// The Discord bot token; the Discord adapter runs when it is set.
    #[arg(long, env = "DISCORD_BOT_TOKEN", hide_env_values = true)]
    pub discord_token: Option<String>,
    /// A REST proxy for Discord (twilight's http-proxy, nirn-proxy) instead of discord.com.
    #[arg(long, env = "DISCORD_API_URL")]
    pub discord_api_url: Option<url::Url>,
    /// Register the slash commands in this server only (instant), instead of globally.
    #[arg(long, env = "DISCORD_GUILD_ID")]
    pub discord_guild_id: Option<u64>,
    /// A reminder missed while the bot was down is still posted if it is at most this many
    /// minutes late; later ones are skipped until their next time.
    #[arg(long, env = "UPBACK_REMINDER_GRACE_MINUTES", default_value_t = 60)]
    pub reminder_grace_minutes: u32,
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
    let set = |t: Option<String>| t.filter(|t| !t.trim().is_empty());
    let (telegram_token, discord_token) = (set(args.telegram_token), set(args.discord_token));
    if telegram_token.is_none() && discord_token.is_none() {
        anyhow::bail!(
            "no platform token is set: set TELEGRAM_BOT_TOKEN and/or DISCORD_BOT_TOKEN, \
             or run `upback chat` to talk to the bot in this terminal"
        );
    }
    let engine = Arc::new(
        Engine::built_in(open_store(&args.data_dir)?).context("the bot's content or messages are broken")?,
    );
    let runtime = tokio::runtime::Runtime::new().context("cannot start the async runtime")?;
    runtime.block_on(async {
        let telegram = match telegram_token {
            Some(token) => Some(
                crate::telegram::start(
                    engine.clone(),
                    crate::telegram::TelegramConfig { token, api_url: args.telegram_api_url },
                )
                .await?,
            ),
            None => None,
        };
        let discord = match discord_token {
            Some(token) => Some(
                crate::discord::start(
                    engine.clone(),
                    crate::discord::DiscordConfig {
                        token,
                        api_url: args.discord_api_url,
                        guild_id: args.discord_guild_id,
                    },
                )
                .await?,
            ),
            None => None,
        };
        let mut outboxes: Vec<Arc<dyn crate::scheduler::Outbox>> = Vec::new();
        if let Some(t) = &telegram {
            outboxes.push(t.outbox());
        }
        if let Some(d) = &discord {
            outboxes.push(d.outbox());
        }
        let scheduler = crate::scheduler::start(
            engine.clone(),
            outboxes,
            Arc::new(crate::clock::SystemClock),
            chrono::Duration::minutes(i64::from(args.reminder_grace_minutes)),
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
        anyhow::Ok(())
    })?;
    engine.store().flush().context("could not flush the database")?;
    tracing::info!("stopped");
    Ok(())
}

pub fn run() -> Result<()> {
    match Cli::parse().command {
        Command::Chat(args) => chat(args),
        Command::Serve(args) => serve(args),
    }
}
