//! `upback doctor`: everything a first run can get wrong, checked from the outside, one line
//! each — the settings, the data directory and its database, each token against its platform,
//! the command menus, and the bot's permissions in `DISCORD_GUILD_ID`. A line says `ok`, or
//! what is wrong and how to fix it. It looks and does not set up: a data directory it had to
//! create to prove it could be created is removed again, and no database is created.

use std::{
    fmt,
    future::IntoFuture,
    path::{Path, PathBuf},
};

use serenity::all::{GuildId, Permissions};
use teloxide::prelude::Requester;
use upback_core::{
    command::Command,
    input::Platform,
    store::{SledStore, Store, StoreError},
};

use crate::{
    config::{self, Config, ConfigError, Platforms, ServeArgs},
    delivery::retry::retry,
    discord::{status_of, trouble, DiscordConfig},
    invite,
    telegram::TelegramConfig,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Ok,
    Fail,
    /// Could not be checked (nothing to check, or an earlier check failed); not a failure.
    Skip,
}

/// One line of the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check {
    pub name: &'static str,
    pub verdict: Verdict,
    /// What was found; for a failure, what to do about it.
    pub detail: String,
}

impl fmt::Display for Check {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let verdict = match self.verdict {
            Verdict::Ok => "ok",
            Verdict::Fail => "FAIL",
            Verdict::Skip => "skip",
        };
        write!(f, "{verdict:<4} {}: {}", self.name, self.detail)
    }
}

fn ok(name: &'static str, detail: impl Into<String>) -> Check {
    Check { name, verdict: Verdict::Ok, detail: detail.into() }
}

fn fail(name: &'static str, detail: impl Into<String>) -> Check {
    Check { name, verdict: Verdict::Fail, detail: detail.into() }
}

fn skip(name: &'static str, detail: impl Into<String>) -> Check {
    Check { name, verdict: Verdict::Skip, detail: detail.into() }
}

/// Every check, in the order a first run meets them.
pub async fn run(args: &ServeArgs) -> Vec<Check> {
    let mut checks = vec![settings(args), data_directory(&args.data_dir), database(&args.data_dir)];
    match Platforms::from_args(args) {
        Ok(platforms) => {
            match &platforms.telegram {
                Some(t) => checks.extend(telegram(t).await),
                None => checks.push(skip("telegram", "TELEGRAM_BOT_TOKEN is not set")),
            }
            match &platforms.discord {
                Some(d) => checks.extend(discord(d).await),
                None => checks.push(skip("discord", "DISCORD_BOT_TOKEN is not set")),
            }
        }
        Err(_) => checks.push(skip("platforms", "fix the settings above first")),
    }
    checks
}

/// Runs `check`, then removes the directories it created on the way to `dir` (empty ones
/// only): doctor proves a data directory can be created without leaving one behind.
fn leaving_no_new_directories<T>(dir: &Path, check: impl FnOnce() -> T) -> T {
    let missing: Vec<PathBuf> = dir
        .ancestors()
        .take_while(|d| !d.as_os_str().is_empty() && !d.exists())
        .map(Path::to_path_buf)
        .collect();
    let out = check();
    for created in missing {
        let _ = std::fs::remove_dir(created);
    }
    out
}

fn settings(args: &ServeArgs) -> Check {
    match leaving_no_new_directories(&args.data_dir, || Config::from_args(args.clone())) {
        Ok(c) => {
            let mut on = Vec::new();
            if c.telegram.is_some() {
                on.push("Telegram".to_string());
            }
            if let Some(d) = &c.discord {
                on.push(match d.guild_id {
                    Some(g) => format!("Discord (commands in server {g} only)"),
                    None => "Discord".to_string(),
                });
            }
            ok("settings", format!("{}; club reminders default to {}", on.join(" and "), c.default_time_zone))
        }
        // The last thing `serve` checks: everything else read. The next line says more.
        Err(ConfigError::DataDir { .. } | ConfigError::DataDirIsFile(_)) => {
            ok("settings", "every value reads")
        }
        Err(e) => fail("settings", e.to_string()),
    }
}

fn data_directory(dir: &Path) -> Check {
    let existed = dir.is_dir();
    match leaving_no_new_directories(dir, || config::check_data_dir(dir)) {
        Ok(()) if existed => ok("data directory", format!("{} is writable", dir.display())),
        Ok(()) => ok("data directory", format!("{} does not exist yet; it can be created", dir.display())),
        Err(_) if dir.exists() && !dir.is_dir() => fail(
            "data directory",
            format!("{} is a file: set UPBACK_DATA_DIR to a directory the bot may write", dir.display()),
        ),
        Err(e) => {
            fail("data directory", format!("{e}; set UPBACK_DATA_DIR to a directory the bot may write"))
        }
    }
}

/// The cache of the doctor's look at the database: it reads one index, not the data.
const LOOK_CACHE_BYTES: u64 = 1 << 20;

fn database(dir: &Path) -> Check {
    if !SledStore::exists_in(dir) {
        return ok("database", "none yet; `upback serve` creates it at its first start");
    }
    match SledStore::open_with_cache(dir, LOOK_CACHE_BYTES) {
        Ok(store) => match store.next_due() {
            Ok(_) => ok("database", format!("{} opens as an upback database", dir.display())),
            Err(e) => fail(
                "database",
                format!("{} opens, but does not read as an upback database: {e}", dir.display()),
            ),
        },
        Err(StoreError::Locked) => {
            ok("database", "in use by a running upback (stop it to check the database itself)")
        }
        // Read-only, permissions, damage: each says its cause and what to do (a restore hint
        // for damage).
        Err(e) => fail("database", crate::backups::explain(dir, &e)),
    }
}

async fn telegram(config: &TelegramConfig) -> Vec<Check> {
    let bot = crate::telegram::client(config);
    let me = match retry(Platform::Telegram, "getMe", || bot.get_me().into_future()).await {
        Ok(me) => me,
        Err(e) => {
            return vec![
                fail("telegram token", crate::telegram::trouble(&e, config)),
                skip("telegram commands", "needs a token Telegram accepts"),
            ]
        }
    };
    let username = me.username().to_string();
    let mut checks = vec![ok("telegram token", format!("@{username} (bot id {})", me.id))];
    checks.push(if !me.can_join_groups {
        fail("telegram groups", format!("@{username} may not be added to groups: in @BotFather, /setjoingroups → @{username} → Enable"))
    } else if me.can_read_all_group_messages {
        ok("telegram groups", format!("can be added ({}); privacy mode is off, which it does not need: it answers only commands, mentions and replies to it", invite::telegram_group_link(&username)))
    } else {
        ok("telegram groups", format!("can be added ({}); privacy mode on", invite::telegram_group_link(&username)))
    });
    let menu = retry(Platform::Telegram, "getMyCommands", || bot.get_my_commands().into_future()).await;
    checks.push(match menu {
        Ok(menu) => {
            let names: Vec<&str> = menu.iter().map(|c| c.command.as_str()).collect();
            let expected = Command::ALL.iter().filter(|c| !c.is_for_moderators()).map(|c| c.name());
            commands_check("telegram commands", &names, expected)
        }
        Err(e) => fail(
            "telegram commands",
            format!("getMyCommands failed: {}", crate::telegram::trouble(&e, config)),
        ),
    });
    checks
}

/// Whether `registered` holds every `expected` command.
fn commands_check<'a>(
    name: &'static str,
    registered: &[&str],
    expected: impl IntoIterator<Item = &'a str>,
) -> Check {
    if registered.is_empty() {
        return fail(name, "none registered: `upback serve` registers them at every start; start it once");
    }
    let missing: Vec<String> =
        expected.into_iter().filter(|c| !registered.contains(c)).map(|c| format!("/{c}")).collect();
    if missing.is_empty() {
        ok(name, format!("{} registered", registered.len()))
    } else {
        fail(
            name,
            format!("{} missing: restart `upback serve` to register this version's", missing.join(", ")),
        )
    }
}

async fn discord(config: &DiscordConfig) -> Vec<Check> {
    let http = crate::discord::rest_client(config);
    let me = match retry(Platform::Discord, "get current user", || http.get_current_user()).await {
        Ok(me) => me,
        Err(e) => {
            return vec![
                fail("discord token", trouble(&e, config)),
                skip("discord commands", "needs a token Discord accepts"),
            ]
        }
    };
    let mut checks = vec![ok("discord token", format!("{} (bot id {})", me.name, me.id))];
    let app = match retry(Platform::Discord, "get application", || http.get_current_application_info()).await
    {
        Ok(app) => app,
        Err(e) => {
            checks.push(fail("discord application", trouble(&e, config)));
            return checks;
        }
    };
    let who_adds = if app.bot_public { "anyone with the link" } else { "only the application's owner" };
    checks.push(ok(
        "discord application",
        format!("{}: {who_adds} can add it ({})", app.id, invite::discord_invite(app.id.get())),
    ));
    http.set_application_id(app.id);
    let (where_, registered) = match config.guild_id {
        Some(g) => (
            "in that server",
            retry(Platform::Discord, "get guild commands", || GuildId::new(g).get_commands(&http)).await,
        ),
        None => {
            ("globally", retry(Platform::Discord, "get global commands", || http.get_global_commands()).await)
        }
    };
    checks.push(match registered {
        Ok(commands) => {
            let names: Vec<&str> = commands.iter().map(|c| c.name.as_str()).collect();
            let mut check = commands_check("discord commands", &names, Command::ALL.iter().map(|c| c.name()));
            if check.verdict == Verdict::Ok {
                check.detail = format!("{} {where_}", check.detail);
            }
            check
        }
        Err(e) => fail("discord commands", trouble(&e, config)),
    });
    checks.push(match config.guild_id {
        Some(g) => discord_permissions(&http, g, me.id, config).await,
        None => skip("discord permissions", "set DISCORD_GUILD_ID to check them in your server"),
    });
    checks
}

/// The bot's permissions in server `guild` (its roles, channel overwrites aside) against what
/// the invite asks for.
async fn discord_permissions(
    http: &serenity::http::Http,
    guild: u64,
    me: serenity::all::UserId,
    config: &DiscordConfig,
) -> Check {
    let id = GuildId::new(guild);
    let not_in = |e: &serenity::Error| {
        match status_of(e) {
        Some((403 | 404, said)) => fail(
            "discord permissions",
            format!("the bot is not in server {guild} (Discord: {said}): add it with the link from `upback invite`"),
        ),
        _ => fail("discord permissions", trouble(e, config)),
    }
    };
    let server = match retry(Platform::Discord, "get guild", || http.get_guild(id)).await {
        Ok(s) => s,
        Err(e) => return not_in(&e),
    };
    let member = match retry(Platform::Discord, "get member", || http.get_member(id, me)).await {
        Ok(m) => m,
        Err(e) => return not_in(&e),
    };
    let has = server.member_permissions(&member);
    let missing = invite::DISCORD_PERMISSIONS - has;
    if !missing.is_empty() {
        return fail(
            "discord permissions",
            format!(
                "in {} the bot lacks {missing}: give its role {missing} (Server Settings → Roles), or add it again with the link from `upback invite`",
                server.name
            ),
        );
    }
    let more = has - invite::DISCORD_PERMISSIONS;
    if has.administrator() || more.contains(Permissions::MENTION_EVERYONE) {
        ok(
            "discord permissions",
            format!("in {} it has what it needs, and more than it uses ({more})", server.name),
        )
    } else {
        ok("discord permissions", format!("in {} it has {}", server.name, invite::DISCORD_PERMISSIONS))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_says_ok_or_what_is_wrong() {
        assert_eq!(ok("settings", "Telegram").to_string(), "ok   settings: Telegram");
        assert_eq!(fail("database", "locked").to_string(), "FAIL database: locked");
        let missing = commands_check("commands", &["start"], ["start", "faq"]);
        assert_eq!(missing.verdict, Verdict::Fail);
        assert!(missing.detail.starts_with("/faq missing"), "{}", missing.detail);
        assert_eq!(commands_check("commands", &[], ["start"]).verdict, Verdict::Fail);
        assert_eq!(commands_check("commands", &["start", "faq"], ["start"]).verdict, Verdict::Ok);
    }

    #[test]
    fn checking_a_data_directory_leaves_none_behind() {
        let root = tempfile::tempdir().expect("dir");
        let dir = root.path().join("a").join("data");
        assert_eq!(data_directory(&dir).verdict, Verdict::Ok);
        assert!(!root.path().join("a").exists(), "created and removed again");
        assert_eq!(database(&dir).verdict, Verdict::Ok, "no database yet is fine");
        assert!(!dir.exists());
        let file = root.path().join("file");
        std::fs::write(&file, "x").expect("write");
        assert_eq!(data_directory(&file).verdict, Verdict::Fail);
    }

    #[test]
    fn a_database_in_use_is_reported_as_such_not_as_broken() {
        let dir = tempfile::tempdir().expect("dir");
        let held = SledStore::open(dir.path()).expect("open");
        let check = database(dir.path());
        assert_eq!(check.verdict, Verdict::Ok, "{check}");
        assert!(check.detail.contains("in use by a running upback"), "{check}");
        drop(held);
        let check = database(dir.path());
        assert!(check.detail.contains("opens as an upback database"), "{check}");
    }
}
