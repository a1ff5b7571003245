//! `upback serve`'s settings: every one from the environment (or a flag) with a documented
//! default, checked before anything starts, so a bad value stops start-up with one line that
//! names the setting instead of failing later in a stranger way.

use std::{
    net::SocketAddr,
    path::{Path, PathBuf},
};

use chrono_tz::Tz;

use crate::{
    discord::DiscordConfig,
    secret::Secret,
    telegram::{TelegramConfig, Webhook},
};

/// The settings as typed, before checking.
#[derive(Debug, Clone, clap::Args)]
pub struct ServeArgs {
    /// Where the bot keeps its database.
    #[arg(long, env = "UPBACK_DATA_DIR", default_value = "data")]
    pub data_dir: PathBuf,
    /// The Telegram bot token from @BotFather; the Telegram adapter runs when it is set.
    #[arg(long, env = "TELEGRAM_BOT_TOKEN", hide_env_values = true)]
    pub telegram_token: Option<String>,
    /// A file holding the Telegram token (docker secrets); instead of TELEGRAM_BOT_TOKEN.
    #[arg(long, env = "TELEGRAM_BOT_TOKEN_FILE")]
    pub telegram_token_file: Option<PathBuf>,
    /// The Bot API server to use instead of <https://api.telegram.org> (a self-hosted one).
    #[arg(long, env = "TELEGRAM_API_URL")]
    pub telegram_api_url: Option<String>,
    /// Webhook mode: the public https URL Telegram posts updates to (given to setWebhook).
    /// With TELEGRAM_WEBHOOK_ADDR and TELEGRAM_WEBHOOK_SECRET; unset, the bot long-polls.
    #[arg(long, env = "TELEGRAM_WEBHOOK_URL")]
    pub telegram_webhook_url: Option<String>,
    /// Webhook mode: where this replica listens for Telegram's posts (e.g. 0.0.0.0:8443); it
    /// serves the path of TELEGRAM_WEBHOOK_URL.
    #[arg(long, env = "TELEGRAM_WEBHOOK_ADDR")]
    pub telegram_webhook_addr: Option<String>,
    /// Webhook mode: the secret Telegram sends with every post (1-256 of A-Z a-z 0-9 _ -).
    #[arg(long, env = "TELEGRAM_WEBHOOK_SECRET", hide_env_values = true)]
    pub telegram_webhook_secret: Option<String>,
    /// A file holding the webhook secret (docker secrets); instead of TELEGRAM_WEBHOOK_SECRET.
    #[arg(long, env = "TELEGRAM_WEBHOOK_SECRET_FILE")]
    pub telegram_webhook_secret_file: Option<PathBuf>,
    /// The Discord bot token; the Discord adapter runs when it is set.
    #[arg(long, env = "DISCORD_BOT_TOKEN", hide_env_values = true)]
    pub discord_token: Option<String>,
    /// A file holding the Discord token (docker secrets); instead of DISCORD_BOT_TOKEN.
    #[arg(long, env = "DISCORD_BOT_TOKEN_FILE")]
    pub discord_token_file: Option<PathBuf>,
    /// A REST proxy for Discord (twilight's http-proxy, nirn-proxy) instead of discord.com.
    #[arg(long, env = "DISCORD_API_URL")]
    pub discord_api_url: Option<String>,
    /// Register the slash commands in this server only (instant), instead of globally.
    #[arg(long, env = "DISCORD_GUILD_ID")]
    pub discord_guild_id: Option<String>,
    /// The gateway shards this replica runs, e.g. `0-1/4` (shards 0 and 1 of 4); all of them
    /// when unset.
    #[arg(long, env = "DISCORD_SHARDS")]
    pub discord_shards: Option<String>,
    /// Where /healthz and /metrics are served.
    #[arg(long, env = "UPBACK_HTTP_ADDR", default_value = "127.0.0.1:9464")]
    pub http_addr: String,
    /// Where `upback backup` asks the running bot for a copy (behind the admin token in the
    /// data directory). Loopback unless set otherwise.
    #[arg(long, env = "UPBACK_ADMIN_ADDR", default_value = "127.0.0.1:9465")]
    pub admin_addr: String,
    /// How often `upback serve` writes a verified backup into `<data dir>/backups` (hours; 0
    /// turns it off).
    #[arg(long, env = "UPBACK_BACKUP_HOURS", default_value = "24")]
    pub backup_hours: String,
    /// How many automatic backups to keep.
    #[arg(long, env = "UPBACK_BACKUP_KEEP", default_value = "7")]
    pub backup_keep: String,
    /// Days without any input after which a runner's records are deleted, as /forget would.
    #[arg(long, env = "UPBACK_RETENTION_DAYS", default_value = "365")]
    pub retention_days: String,
    /// The time zone of a club reminder written without one (an IANA name).
    #[arg(long, env = "UPBACK_DEFAULT_TIME_ZONE", default_value = "UTC")]
    pub default_time_zone: String,
    /// A reminder missed while the bot was down is still posted if at most this many minutes
    /// late; later ones are skipped until their next time.
    #[arg(long, env = "UPBACK_REMINDER_GRACE_MINUTES", default_value = "60")]
    pub reminder_grace_minutes: String,
    /// The database's page cache, in MiB: the most memory it holds on to, whatever the number
    /// of users on disk.
    #[arg(long, env = "UPBACK_CACHE_MB", default_value = "64")]
    pub cache_mb: String,
    /// When a commit counts as saved on sled: disk (once written to the disk) or full (once
    /// the disk's cache is flushed too: survives a power cut, at about half the speed).
    #[arg(long, env = "UPBACK_SYNC", default_value = "disk")]
    pub sync: String,
    /// Keep the records in this PostgreSQL database instead of sled in the data directory
    /// (postgres://user:password@host/db?sslmode=verify-full).
    #[arg(long, env = "DATABASE_URL", hide_env_values = true)]
    pub database_url: Option<String>,
    /// A file holding the database URL (docker secrets); instead of DATABASE_URL.
    #[arg(long, env = "DATABASE_URL_FILE")]
    pub database_url_file: Option<PathBuf>,
}

/// The settings `serve --help` cannot show as flags: they are read before the flags are (the
/// logger's, so even a bad flag is said in the format asked for; the allocator's, before any
/// thread starts).
pub const ENVIRONMENT_HELP: &str = "Also read from the environment:
  RUST_LOG           which lines to log: error, warn, info (the default), debug, or per module
  UPBACK_LOG_FORMAT  text (the default) or json: one JSON object per line
  NO_COLOR           set to anything to turn colour off (it is only ever used on a terminal)
  MALLOC_ARENA_MAX   glibc's allocator arenas (or arena_max in GLIBC_TUNABLES); upback runs
                     with one, for memory, unless one of these says otherwise";

/// The checked settings. Tokens are [`crate::secret::Secret`]s: printing a config never
/// shows one.
#[derive(Clone, Debug)]
pub struct Config {
    pub data_dir: PathBuf,
    pub telegram: Option<TelegramConfig>,
    pub discord: Option<DiscordConfig>,
    pub http_addr: SocketAddr,
    pub admin_addr: SocketAddr,
    /// How often an automatic backup is written; `None`: never.
    pub backup_every: Option<chrono::Duration>,
    pub backup_keep: usize,
    /// Days without any input after which a runner's records are deleted.
    pub retention_days: u32,
    pub default_time_zone: String,
    pub reminder_grace: chrono::Duration,
    /// The database's page cache, in bytes.
    pub cache_bytes: u64,
    /// sled (and how it syncs) or PostgreSQL.
    pub location: crate::database::Location,
}

/// One bad setting, said in one line.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ConfigError {
    #[error("{setting} is not a valid URL ({value:?}): {reason}")]
    Url { setting: &'static str, value: String, reason: String },
    #[error("{setting} contains a line break or a space; check the env file or secret")]
    TokenWhitespace { setting: &'static str },
    #[error("{setting}_FILE: cannot read {path}: {reason}")]
    TokenFile { setting: &'static str, path: String, reason: String },
    #[error("both {0} and {0}_FILE are set; use one")]
    TokenTwice(&'static str),
    #[error("UPBACK_DATA_DIR ({path}) is not writable: {reason}")]
    DataDir { path: String, reason: String },
    #[error("UPBACK_DATA_DIR ({0}) is a file, not a directory")]
    DataDirIsFile(String),
    #[error("UPBACK_DEFAULT_TIME_ZONE: unknown time zone {0:?} (use an IANA name like Europe/Berlin)")]
    Zone(String),
    #[error("UPBACK_HTTP_ADDR: {0:?} is not an address like 127.0.0.1:9464")]
    Addr(String),
    #[error("UPBACK_ADMIN_ADDR: {0:?} is not an address like 127.0.0.1:9465")]
    AdminAddr(String),
    #[error("UPBACK_ADMIN_ADDR and UPBACK_HTTP_ADDR are both {0}; give /backup a port of its own")]
    SameAddr(String),
    #[error("UPBACK_BACKUP_HOURS: {0:?} is not a number of hours (0 turns automatic backups off)")]
    BackupHours(String),
    #[error("UPBACK_BACKUP_KEEP: {0:?} is not a number of backups between 1 and 1000")]
    BackupKeep(String),
    #[error("UPBACK_RETENTION_DAYS: {0:?} is not a number of days between 1 and 3650")]
    RetentionDays(String),
    #[error("DISCORD_SHARDS: {0:?} is not a range of shards such as 0-1/4")]
    Shards(String),
    #[error("DISCORD_GUILD_ID: {0:?} is not a server id")]
    Guild(String),
    #[error("UPBACK_REMINDER_GRACE_MINUTES: {0:?} is not a number of minutes")]
    Grace(String),
    #[error("UPBACK_CACHE_MB: {0:?} is not a number of MiB between 1 and 65536")]
    Cache(String),
    #[error("UPBACK_SYNC: {0:?} is not a sync mode; use disk (the default) or full")]
    Sync(String),
    #[error("DATABASE_URL_FILE: cannot read {path}: {reason}")]
    DatabaseUrlFile { path: String, reason: String },
    #[error("{missing} is not set; webhook mode needs TELEGRAM_WEBHOOK_URL, TELEGRAM_WEBHOOK_ADDR and TELEGRAM_WEBHOOK_SECRET (or none of them, for long polling)")]
    WebhookPartial { missing: &'static str },
    #[error("TELEGRAM_WEBHOOK_URL must be https:// (http:// only for a loopback host): {0:?}")]
    WebhookScheme(String),
    #[error("TELEGRAM_WEBHOOK_ADDR: {0:?} is not an address like 0.0.0.0:8443")]
    WebhookAddr(String),
    #[error("TELEGRAM_WEBHOOK_SECRET must be 1 to 256 characters of A-Z, a-z, 0-9, _ and -")]
    WebhookSecret,
    #[error(
        "webhook mode is for Telegram: set TELEGRAM_BOT_TOKEN too, or unset the TELEGRAM_WEBHOOK_ settings"
    )]
    WebhookWithoutToken,
    #[error(
        "no platform token is set: set TELEGRAM_BOT_TOKEN and/or DISCORD_BOT_TOKEN (or their _FILE \
         variants), or run `upback chat` to talk to the bot in this terminal"
    )]
    NoToken,
}

fn token(
    setting: &'static str,
    value: Option<String>,
    file: Option<PathBuf>,
) -> Result<Option<String>, ConfigError> {
    let value = value.filter(|v| !v.is_empty());
    let raw = match (value, file) {
        (Some(_), Some(_)) => return Err(ConfigError::TokenTwice(setting)),
        (Some(v), None) => v,
        (None, Some(path)) => {
            // A secret file usually ends with a newline: that one is not part of the token.
            let read = std::fs::read_to_string(&path).map_err(|e| ConfigError::TokenFile {
                setting,
                path: path.display().to_string(),
                reason: e.to_string(),
            })?;
            read.trim_end_matches(['\n', '\r']).to_string()
        }
        (None, None) => return Ok(None),
    };
    if raw.chars().any(char::is_whitespace) {
        return Err(ConfigError::TokenWhitespace { setting });
    }
    Ok((!raw.is_empty()).then_some(raw))
}

fn url(setting: &'static str, value: Option<String>) -> Result<Option<url::Url>, ConfigError> {
    let Some(value) = value.filter(|v| !v.trim().is_empty()) else { return Ok(None) };
    let parsed: url::Url = value.trim().parse().map_err(|e: url::ParseError| ConfigError::Url {
        setting,
        value: value.clone(),
        reason: e.to_string(),
    })?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(ConfigError::Url { setting, value, reason: "use http:// or https://".into() });
    }
    Ok(Some(parsed))
}

/// Telegram's webhook settings: all three set is webhook mode, none is long polling, and
/// anything between names what is missing. The secret is checked as Telegram checks it.
fn webhook(a: &ServeArgs) -> Result<Option<Webhook>, ConfigError> {
    let given = |v: &Option<String>| v.as_ref().filter(|v| !v.trim().is_empty()).cloned();
    let url_value = given(&a.telegram_webhook_url);
    let addr_value = given(&a.telegram_webhook_addr);
    let secret = token(
        "TELEGRAM_WEBHOOK_SECRET",
        a.telegram_webhook_secret.clone(),
        a.telegram_webhook_secret_file.clone(),
    )?;
    let (url_value, addr_value, secret) = match (url_value, addr_value, secret) {
        (None, None, None) => return Ok(None),
        (Some(u), Some(d), Some(s)) => (u, d, s),
        (u, d, _) => {
            let missing = if u.is_none() {
                "TELEGRAM_WEBHOOK_URL"
            } else if d.is_none() {
                "TELEGRAM_WEBHOOK_ADDR"
            } else {
                "TELEGRAM_WEBHOOK_SECRET"
            };
            return Err(ConfigError::WebhookPartial { missing });
        }
    };
    let parsed = url("TELEGRAM_WEBHOOK_URL", Some(url_value.clone()))?
        .ok_or(ConfigError::WebhookPartial { missing: "TELEGRAM_WEBHOOK_URL" })?;
    let loopback = match parsed.host() {
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        None => false,
    };
    if parsed.scheme() != "https" && !loopback {
        return Err(ConfigError::WebhookScheme(url_value));
    }
    let addr: SocketAddr =
        addr_value.trim().parse().map_err(|_| ConfigError::WebhookAddr(addr_value.clone()))?;
    let allowed = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '-';
    if secret.len() > 256 || !secret.chars().all(allowed) {
        return Err(ConfigError::WebhookSecret);
    }
    Ok(Some(Webhook { url: parsed, addr, secret: Secret::new(secret) }))
}

/// The Telegram adapter's settings, when its token is set.
fn telegram(
    token: Option<String>,
    api_url: Option<url::Url>,
    webhook: Option<Webhook>,
) -> Result<Option<TelegramConfig>, ConfigError> {
    match (token, webhook) {
        (None, Some(_)) => Err(ConfigError::WebhookWithoutToken),
        (None, None) => Ok(None),
        (Some(t), webhook) => Ok(Some(TelegramConfig { token: Secret::new(t), api_url, webhook })),
    }
}

/// Creates the data directory if needed and proves a file can be written in it.
pub fn check_data_dir(dir: &Path) -> Result<(), ConfigError> {
    let fail =
        |e: std::io::Error| ConfigError::DataDir { path: dir.display().to_string(), reason: e.to_string() };
    if dir.is_file() {
        return Err(ConfigError::DataDirIsFile(dir.display().to_string()));
    }
    std::fs::create_dir_all(dir).map_err(fail)?;
    let probe = dir.join(".upback-write-test");
    std::fs::write(&probe, b"ok").map_err(fail)?;
    std::fs::remove_file(&probe).map_err(fail)?;
    Ok(())
}

fn guild_id(value: Option<String>) -> Result<Option<u64>, ConfigError> {
    match value.filter(|g| !g.trim().is_empty()) {
        Some(g) => Ok(Some(g.trim().parse::<u64>().ok().filter(|g| *g > 0).ok_or(ConfigError::Guild(g))?)),
        None => Ok(None),
    }
}

/// The platforms a set of settings reaches, without the rest of `serve`'s settings: what
/// `upback invite` and `upback doctor` need to ask Telegram and Discord, and nothing that
/// would create a data directory.
#[derive(Clone, Debug, Default)]
pub struct Platforms {
    pub telegram: Option<TelegramConfig>,
    pub discord: Option<DiscordConfig>,
}

impl Platforms {
    /// The tokens (or token files), API URLs and server id of `a`, checked as `serve` checks
    /// them; no token at all is [`ConfigError::NoToken`].
    pub fn from_args(a: &ServeArgs) -> Result<Platforms, ConfigError> {
        let telegram_token =
            token("TELEGRAM_BOT_TOKEN", a.telegram_token.clone(), a.telegram_token_file.clone())?;
        let discord_token =
            token("DISCORD_BOT_TOKEN", a.discord_token.clone(), a.discord_token_file.clone())?;
        let telegram_url = url("TELEGRAM_API_URL", a.telegram_api_url.clone())?;
        let discord_url = url("DISCORD_API_URL", a.discord_api_url.clone())?;
        let guild = guild_id(a.discord_guild_id.clone())?;
        let shards = shards(a.discord_shards.as_deref())?;
        if telegram_token.is_none() && discord_token.is_none() {
            return Err(ConfigError::NoToken);
        }
        Ok(Platforms {
            telegram: telegram(telegram_token, telegram_url, webhook(a)?)?,
            discord: discord_token.map(|t| DiscordConfig {
                token: Secret::new(t),
                api_url: discord_url,
                guild_id: guild,
                shards,
            }),
        })
    }
}

impl Config {
    pub fn from_args(a: ServeArgs) -> Result<Config, ConfigError> {
        let telegram_webhook = webhook(&a)?;
        let telegram_token = token("TELEGRAM_BOT_TOKEN", a.telegram_token, a.telegram_token_file)?;
        let discord_token = token("DISCORD_BOT_TOKEN", a.discord_token, a.discord_token_file)?;
        let telegram_url = url("TELEGRAM_API_URL", a.telegram_api_url.clone())?;
        let discord_url = url("DISCORD_API_URL", a.discord_api_url)?;
        let guild = guild_id(a.discord_guild_id)?;
        let shards = shards(a.discord_shards.as_deref())?;
        let zone = zone(&a.default_time_zone)?;
        let http_addr: SocketAddr =
            a.http_addr.trim().parse().map_err(|_| ConfigError::Addr(a.http_addr.clone()))?;
        let admin_addr: SocketAddr =
            a.admin_addr.trim().parse().map_err(|_| ConfigError::AdminAddr(a.admin_addr.clone()))?;
        if admin_addr == http_addr && admin_addr.port() != 0 {
            return Err(ConfigError::SameAddr(admin_addr.to_string()));
        }
        let backup_hours = a
            .backup_hours
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|h| *h <= 24 * 365)
            .ok_or_else(|| ConfigError::BackupHours(a.backup_hours.clone()))?;
        let backup_keep = a
            .backup_keep
            .trim()
            .parse::<usize>()
            .ok()
            .filter(|k| (1..=1000).contains(k))
            .ok_or_else(|| ConfigError::BackupKeep(a.backup_keep.clone()))?;
        let retention_days = parse_retention(&a.retention_days)?;
        let grace = a
            .reminder_grace_minutes
            .trim()
            .parse::<u32>()
            .map_err(|_| ConfigError::Grace(a.reminder_grace_minutes.clone()))?;
        let cache_mb = a
            .cache_mb
            .trim()
            .parse::<u64>()
            .ok()
            .filter(|mb| (1..=65_536).contains(mb))
            .ok_or_else(|| ConfigError::Cache(a.cache_mb.clone()))?;
        let location = crate::database::Location::from_settings(
            a.database_url.as_deref(),
            a.database_url_file.as_deref(),
            &a.sync,
        )?;
        if telegram_token.is_none() && discord_token.is_none() {
            return Err(ConfigError::NoToken);
        }
        let telegram = telegram(telegram_token, telegram_url, telegram_webhook)?;
        check_data_dir(&a.data_dir)?;
        Ok(Config {
            data_dir: a.data_dir,
            telegram,
            discord: discord_token.map(|t| DiscordConfig {
                token: Secret::new(t),
                api_url: discord_url,
                guild_id: guild,
                shards,
            }),
            http_addr,
            admin_addr,
            backup_every: (backup_hours > 0).then(|| chrono::Duration::hours(i64::from(backup_hours))),
            backup_keep,
            retention_days,
            default_time_zone: zone.name().to_string(),
            reminder_grace: chrono::Duration::minutes(i64::from(grace)),
            cache_bytes: cache_mb * 1024 * 1024,
            location,
        })
    }
}

/// `UPBACK_DEFAULT_TIME_ZONE`: an IANA name, in any case (`europe/berlin` is Europe/Berlin),
/// as the other settings with a fixed set of values are read.
fn zone(value: &str) -> Result<Tz, ConfigError> {
    let typed = value.trim();
    typed
        .parse::<Tz>()
        .ok()
        .or_else(|| chrono_tz::TZ_VARIANTS.iter().copied().find(|z| z.name().eq_ignore_ascii_case(typed)))
        .ok_or_else(|| ConfigError::Zone(value.to_string()))
}

/// `DISCORD_SHARDS`, when set.
fn shards(value: Option<&str>) -> Result<Option<crate::discord::Shards>, ConfigError> {
    match value.map(str::trim).filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(v) => {
            crate::discord::Shards::parse(v).map(Some).ok_or_else(|| ConfigError::Shards(v.to_string()))
        }
    }
}

/// `UPBACK_RETENTION_DAYS`: a runner's records go after this many silent days. At least a
/// day (nothing is deleted under a runner's feet mid-week), at most ten years.
pub fn parse_retention(value: &str) -> Result<u32, ConfigError> {
    value
        .trim()
        .parse::<u32>()
        .ok()
        .filter(|d| (1..=3650).contains(d))
        .ok_or_else(|| ConfigError::RetentionDays(value.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args() -> ServeArgs {
        // Each call its own directory: tests run in parallel and probe-write into it.
        static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = N.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        ServeArgs {
            data_dir: std::env::temp_dir().join(format!("upback-config-{}-{n}", std::process::id())),
            telegram_token: Some("123:abc".into()),
            telegram_token_file: None,
            telegram_api_url: None,
            telegram_webhook_url: None,
            telegram_webhook_addr: None,
            telegram_webhook_secret: None,
            telegram_webhook_secret_file: None,
            discord_token: None,
            discord_token_file: None,
            discord_api_url: None,
            discord_guild_id: None,
            discord_shards: None,
            http_addr: "127.0.0.1:9464".into(),
            admin_addr: "127.0.0.1:9465".into(),
            backup_hours: "24".into(),
            backup_keep: "7".into(),
            retention_days: "365".into(),
            default_time_zone: "UTC".into(),
            reminder_grace_minutes: "60".into(),
            cache_mb: "64".into(),
            sync: "disk".into(),
            database_url: None,
            database_url_file: None,
        }
    }

    fn error(change: impl FnOnce(&mut ServeArgs)) -> String {
        let mut a = args();
        change(&mut a);
        Config::from_args(a).err().map(|e| e.to_string()).unwrap_or_default()
    }

    #[test]
    fn each_bad_value_names_its_setting_in_one_line() {
        assert!(Config::from_args(args()).is_ok());
        let cases = [
            (error(|a| a.default_time_zone = "Mars/Base".into()), "UPBACK_DEFAULT_TIME_ZONE"),
            (error(|a| a.telegram_api_url = Some("not a url".into())), "TELEGRAM_API_URL"),
            (error(|a| a.discord_api_url = Some("ftp://x".into())), "DISCORD_API_URL"),
            (error(|a| a.data_dir = "/proc/upback-cannot-write-here".into()), "UPBACK_DATA_DIR"),
            (error(|a| a.telegram_token = Some("123:abc\n456".into())), "TELEGRAM_BOT_TOKEN"),
            (error(|a| a.http_addr = "localhost".into()), "UPBACK_HTTP_ADDR"),
            (error(|a| a.discord_guild_id = Some("general".into())), "DISCORD_GUILD_ID"),
            (error(|a| a.discord_shards = Some("2-1/4".into())), "DISCORD_SHARDS"),
            (error(|a| a.discord_shards = Some("0-4/4".into())), "DISCORD_SHARDS"),
            (error(|a| a.reminder_grace_minutes = "an hour".into()), "UPBACK_REMINDER_GRACE_MINUTES"),
            (error(|a| a.cache_mb = "lots".into()), "UPBACK_CACHE_MB"),
            (error(|a| a.admin_addr = "nowhere".into()), "UPBACK_ADMIN_ADDR"),
            (error(|a| a.admin_addr = "127.0.0.1:9464".into()), "UPBACK_ADMIN_ADDR"),
            (error(|a| a.backup_hours = "daily".into()), "UPBACK_BACKUP_HOURS"),
            (error(|a| a.backup_keep = "0".into()), "UPBACK_BACKUP_KEEP"),
            (error(|a| a.retention_days = "0".into()), "UPBACK_RETENTION_DAYS"),
            (error(|a| a.retention_days = "a year".into()), "UPBACK_RETENTION_DAYS"),
            (error(|a| a.telegram_token = None), "TELEGRAM_BOT_TOKEN"),
            (error(|a| a.sync = "always".into()), "UPBACK_SYNC"),
            (error(|a| a.database_url_file = Some("/nonexistent/url".into())), "DATABASE_URL_FILE"),
        ];
        for (message, setting) in cases {
            assert!(message.contains(setting), "{message:?} should name {setting}");
            assert!(!message.contains('\n'), "one line: {message:?}");
        }
    }

    #[test]
    fn a_time_zone_is_read_in_any_case() {
        let mut a = args();
        a.default_time_zone = "europe/BERLIN".into();
        assert_eq!(Config::from_args(a).map(|c| c.default_time_zone).ok().as_deref(), Some("Europe/Berlin"));
    }

    #[test]
    fn the_platforms_alone_need_no_data_directory() {
        let mut a = args();
        a.data_dir = "/proc/upback-cannot-write-here".into();
        a.discord_token = Some("xyz".into());
        a.discord_guild_id = Some(" 42 ".into());
        let p = Platforms::from_args(&a).expect("valid");
        assert_eq!(p.discord.as_ref().and_then(|d| d.guild_id), Some(42));
        assert!(p.telegram.is_some());
        a.discord_guild_id = Some("general".into());
        assert_eq!(Platforms::from_args(&a).err(), Some(ConfigError::Guild("general".into())));
        a.discord_guild_id = None;
        a.telegram_token = None;
        a.discord_token = None;
        assert_eq!(Platforms::from_args(&a).err(), Some(ConfigError::NoToken));
    }

    #[test]
    fn a_token_file_may_end_with_a_newline_and_never_shows_in_debug() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("token");
        std::fs::write(&path, "987:secret\n").expect("write");
        let mut a = args();
        a.telegram_token = None;
        a.telegram_token_file = Some(path);
        let config = Config::from_args(a).expect("valid");
        assert_eq!(config.telegram.as_ref().map(|t| t.token.expose()), Some("987:secret"));
        assert!(!format!("{config:?}").contains("secret"));
        let twice = error(|a| a.telegram_token_file = Some("/nonexistent".into()));
        assert!(twice.contains("TELEGRAM_BOT_TOKEN"), "{twice}");
    }

    fn webhook_mode(a: &mut ServeArgs) {
        a.telegram_webhook_url = Some("https://bot.example.org/telegram/hook".into());
        a.telegram_webhook_addr = Some("0.0.0.0:8443".into());
        a.telegram_webhook_secret = Some("s3cr3t_WEBHOOK-value".into());
    }

    #[test]
    fn all_three_webhook_settings_are_webhook_mode_and_none_is_long_polling() {
        let polling = Config::from_args(args()).expect("valid");
        assert!(polling.telegram.as_ref().is_some_and(|t| t.webhook.is_none()));
        let mut a = args();
        webhook_mode(&mut a);
        let config = Config::from_args(a).expect("valid");
        let hook = config.telegram.as_ref().and_then(|t| t.webhook.clone()).expect("webhook mode");
        assert_eq!(hook.url.path(), "/telegram/hook");
        assert_eq!(hook.addr, "0.0.0.0:8443".parse().expect("addr"));
        assert_eq!(hook.secret.expose(), "s3cr3t_WEBHOOK-value");
        assert!(!format!("{config:?}").contains("s3cr3t"), "the secret shows in Debug");
        let mut a = args();
        a.telegram_webhook_url = Some("http://127.0.0.1:8080/hook".into());
        a.telegram_webhook_addr = Some("127.0.0.1:8080".into());
        a.telegram_webhook_secret = Some("x".into());
        assert!(Config::from_args(a).is_ok(), "http on a loopback host, for tests");
    }

    #[test]
    fn a_partial_or_bad_webhook_setting_is_one_line_naming_it() {
        let cases = [
            (error(|a| a.telegram_webhook_url = Some("https://x.org/h".into())), "TELEGRAM_WEBHOOK_ADDR"),
            (
                error(|a| {
                    webhook_mode(a);
                    a.telegram_webhook_secret = None;
                }),
                "TELEGRAM_WEBHOOK_SECRET",
            ),
            (error(|a| a.telegram_webhook_secret = Some("abc".into())), "TELEGRAM_WEBHOOK_URL"),
            (
                error(|a| {
                    webhook_mode(a);
                    a.telegram_webhook_url = Some("http://bot.example.org/hook".into());
                }),
                "TELEGRAM_WEBHOOK_URL",
            ),
            (
                error(|a| {
                    webhook_mode(a);
                    a.telegram_webhook_addr = Some("port 8443".into());
                }),
                "TELEGRAM_WEBHOOK_ADDR",
            ),
            (
                error(|a| {
                    webhook_mode(a);
                    a.telegram_webhook_secret = Some("not*allowed".into());
                }),
                "TELEGRAM_WEBHOOK_SECRET",
            ),
            (
                error(|a| {
                    webhook_mode(a);
                    a.telegram_webhook_secret = Some("a".repeat(257));
                }),
                "TELEGRAM_WEBHOOK_SECRET",
            ),
            (
                error(|a| {
                    webhook_mode(a);
                    a.telegram_token = None;
                    a.discord_token = Some("xyz".into());
                }),
                "TELEGRAM_BOT_TOKEN",
            ),
        ];
        for (message, setting) in cases {
            assert!(message.contains(setting), "{message:?} should name {setting}");
            assert!(!message.contains('\n'), "one line: {message:?}");
            assert!(
                !message.contains("not*allowed") && !message.contains("aaaa"),
                "the secret shows: {message}"
            );
        }
    }
}
