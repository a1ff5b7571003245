//! A club's first run end to end: the links that add the bot (`upback invite`, and once in
//! `upback serve`'s log), the welcome a group or server hears when it adds the bot (once, not
//! again after a restart or a reconnect), and `upback doctor` against a healthy and a
//! misconfigured setup. The real teloxide and serenity clients talk to the loopback fakes;
//! the CLI is the real binary.

#[path = "support/discord_fake.rs"]
mod discord_fake;
#[path = "support/telegram_fake.rs"]
mod telegram_fake;

use std::{
    io::Read,
    path::Path,
    process::{Command, Output, Stdio},
    sync::Arc,
    time::Duration,
};

use discord_fake::{FakeDiscord, FakeGuild, APP_ID, CHANNEL, GUILD};
use serenity::all::Permissions;
use telegram_fake::{my_chat_member_update, text_update, FakeTelegram, BOT_USERNAME};
use upback::{
    discord::{self, DiscordConfig},
    telegram::{self, TelegramConfig},
};
use upback_core::{engine::Engine, store::SledStore};

const TELEGRAM_TOKEN: &str = "515151:FIRST-RUN-TELEGRAM-SECRET";
const DISCORD_TOKEN: &str = "FIRST.RUN.DISCORD-SECRET";
const ANA: i64 = 4343;
const BEA: i64 = 4444;
const GROUP: i64 = -100_777;

fn engine(dir: &Path) -> Arc<Engine<upback::database::Db>> {
    Arc::new(
        Engine::built_in(
            std::sync::Arc::new(SledStore::open(dir).expect("open store")) as upback::database::Db
        )
        .expect("engine"),
    )
}

fn telegram_config(fake: &FakeTelegram) -> TelegramConfig {
    TelegramConfig { token: TELEGRAM_TOKEN.into(), api_url: Some(fake.url()), webhook: None }
}

fn discord_config(fake: &FakeDiscord, guild_id: Option<u64>) -> DiscordConfig {
    DiscordConfig { token: DISCORD_TOKEN.into(), api_url: Some(fake.url()), guild_id, shards: None }
}

/// The binary with none of the operator's own settings leaking in.
fn upback(args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_upback"));
    c.args(args);
    for setting in [
        "UPBACK_DATA_DIR",
        "TELEGRAM_BOT_TOKEN",
        "TELEGRAM_BOT_TOKEN_FILE",
        "TELEGRAM_API_URL",
        "DISCORD_BOT_TOKEN",
        "DISCORD_BOT_TOKEN_FILE",
        "DISCORD_API_URL",
        "DISCORD_GUILD_ID",
        "UPBACK_HTTP_ADDR",
    ] {
        c.env_remove(setting);
    }
    c
}

/// `c` pointed at both fakes with both tokens.
fn at_fakes(mut c: Command, telegram: &FakeTelegram, discord: &FakeDiscord) -> Command {
    c.env("TELEGRAM_BOT_TOKEN", TELEGRAM_TOKEN)
        .env("TELEGRAM_API_URL", telegram.url().as_str())
        .env("DISCORD_BOT_TOKEN", DISCORD_TOKEN)
        .env("DISCORD_API_URL", discord.url().as_str());
    c
}

/// Runs `c` to the end off the runtime (the fakes it talks to run on it).
async fn output(mut c: Command) -> (bool, String, String) {
    let out: Output =
        tokio::task::spawn_blocking(move || c.output().expect("upback runs")).await.expect("join");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    for shown in [&stdout, &stderr] {
        assert!(!shown.contains(TELEGRAM_TOKEN) && !shown.contains(DISCORD_TOKEN), "a token shows: {shown}");
        assert!(!shown.contains("SECRET"), "part of a token shows: {shown}");
    }
    (out.status.success(), stdout, stderr)
}

fn query(url: &str) -> Vec<(String, String)> {
    let url: url::Url = url.parse().expect("a URL");
    url.query_pairs().into_owned().collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invite_prints_the_discord_link_of_this_tokens_application_and_the_telegram_group_link() {
    let telegram = FakeTelegram::start().await;
    let discord = FakeDiscord::start().await;
    telegram.accept_only(TELEGRAM_TOKEN);
    discord.accept_only(DISCORD_TOKEN);
    let dir = tempfile::tempdir().expect("dir");
    let data = dir.path().join("data");
    let mut c = at_fakes(upback(&["invite"]), &telegram, &discord);
    c.env("UPBACK_DATA_DIR", &data);
    let (ok, stdout, stderr) = output(c).await;
    assert!(ok, "{stdout}{stderr}");
    assert!(!data.exists(), "printing links creates no data directory");

    let discord_link = stdout
        .lines()
        .find(|l| l.starts_with("https://discord.com/oauth2/authorize?"))
        .unwrap_or_else(|| panic!("no Discord invite in {stdout}"));
    let pairs = query(discord_link);
    let get = |k: &str| pairs.iter().find(|(key, _)| key == k).map(|(_, v)| v.clone()).unwrap_or_default();
    assert_eq!(get("client_id"), APP_ID.to_string(), "the application's id, as Discord gave it");
    assert_eq!(get("scope"), "bot applications.commands");
    let asked = Permissions::from_bits(get("permissions").parse().expect("a number")).expect("known bits");
    assert_eq!(
        asked,
        Permissions::VIEW_CHANNEL
            | Permissions::SEND_MESSAGES
            | Permissions::EMBED_LINKS
            | Permissions::ATTACH_FILES
            | Permissions::MENTION_EVERYONE,
        "what the bot uses, and nothing more"
    );
    assert!(stdout.contains("View Channel"), "the permissions are named: {stdout}");
    assert!(discord.calls().iter().any(|c| c.path == "/oauth2/applications/@me" && !c.faulted));

    let group_link = format!("https://t.me/{BOT_USERNAME}?startgroup=true");
    assert!(stdout.lines().any(|l| l == group_link), "{stdout}");
    assert!(stdout.contains(&format!("@{BOT_USERNAME}")), "{stdout}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invite_says_which_token_was_refused() {
    let telegram = FakeTelegram::start().await;
    let discord = FakeDiscord::start().await;
    telegram.accept_only("another:token");
    let (ok, stdout, stderr) = output(at_fakes(upback(&["invite"]), &telegram, &discord)).await;
    assert!(!ok);
    assert!(stdout.contains("https://discord.com/oauth2/authorize?"), "the other link still comes: {stdout}");
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    assert!(stderr.contains("TELEGRAM_BOT_TOKEN"), "{stderr}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invite_tells_a_network_down_and_the_platforms_own_trouble_from_a_refused_token() {
    // Nothing listens there: the network does not get through, whatever the token.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").expect("bind").local_addr().expect("addr").port();
    let mut c = upback(&["invite"]);
    c.env("TELEGRAM_BOT_TOKEN", TELEGRAM_TOKEN)
        .env("TELEGRAM_API_URL", format!("http://127.0.0.1:{closed}/"));
    let (ok, _, stderr) = output(c).await;
    assert!(!ok, "{stderr}");
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    assert!(stderr.contains("cannot reach") && stderr.contains("network"), "{stderr}");
    assert!(!stderr.contains("was refused") && !stderr.contains("is TELEGRAM_BOT_TOKEN right"), "{stderr}");

    // Discord answers 500 to every try: its trouble, not the token's.
    let discord = FakeDiscord::start().await;
    for _ in 0..upback::delivery::retry::ATTEMPTS {
        discord.fail_next("GET /oauth2", discord_fake::Fault::ServerError);
    }
    let mut c = upback(&["invite"]);
    c.env("DISCORD_BOT_TOKEN", DISCORD_TOKEN).env("DISCORD_API_URL", discord.url().as_str());
    let (ok, _, stderr) = output(c).await;
    assert!(!ok, "{stderr}");
    assert!(stderr.contains("Discord is having trouble") && stderr.contains("500"), "{stderr}");
    assert!(!stderr.contains("was refused"), "{stderr}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_logs_both_links_once_even_across_a_reconnect_and_never_a_token() {
    let telegram = FakeTelegram::start().await;
    let discord = FakeDiscord::start().await;
    let dir = tempfile::tempdir().expect("dir");
    let port = std::net::TcpListener::bind("127.0.0.1:0").expect("bind").local_addr().expect("addr").port();
    let mut c = at_fakes(upback(&["serve", "--data-dir"]), &telegram, &discord);
    c.arg(dir.path().join("data"))
        .env("UPBACK_HTTP_ADDR", format!("127.0.0.1:{port}"))
        .env("RUST_LOG", "info")
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    let mut child = c.spawn().expect("upback serve starts");
    let mut stderr = child.stderr.take().expect("stderr");
    let logs = std::thread::spawn(move || {
        let mut all = String::new();
        stderr.read_to_string(&mut all).ok();
        all
    });
    let registrations = |calls: &[discord_fake::Call]| calls.iter().filter(|c| c.method == "PUT").count();
    // Each READY registers the commands; its link is logged before that.
    discord.wait_for("the first READY handled", |calls| (registrations(calls) == 1).then_some(())).await;
    discord.invalidate_session();
    discord.wait_for("a second READY handled", |calls| (registrations(calls) == 2).then_some(())).await;
    assert_eq!(discord.identified(), 2);
    let pid = child.id().to_string();
    assert!(Command::new("kill").args(["-TERM", &pid]).status().expect("kill").success());
    let status = tokio::task::spawn_blocking(move || child.wait()).await.expect("join").expect("exits");
    let logs = logs.join().expect("logs");
    assert!(status.success(), "{logs}");
    let invite = format!("client_id={APP_ID}&scope=bot+applications.commands&permissions=183296");
    assert_eq!(logs.matches(&invite).count(), 1, "{logs}");
    assert_eq!(logs.matches(&format!("t.me/{BOT_USERNAME}?startgroup=true")).count(), 1, "{logs}");
    assert!(
        !logs.contains(TELEGRAM_TOKEN) && !logs.contains(DISCORD_TOKEN) && !logs.contains("SECRET"),
        "{logs}"
    );
}

fn welcomes(fake: &FakeTelegram, chat: i64) -> Vec<String> {
    fake.calls()
        .iter()
        .filter(|c| !c.faulted && c.method == "sendmessage" && c.body["chat_id"] == chat)
        .filter_map(|c| c.body["text"].as_str().map(String::from))
        .filter(|t| t.contains("/clubstats"))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_telegram_group_that_adds_the_bot_hears_one_welcome_in_the_adders_language() {
    let fake = FakeTelegram::start().await;
    let dir = tempfile::tempdir().expect("dir");
    let engine = engine(dir.path());
    let running = telegram::start(engine.clone(), telegram_config(&fake)).await.expect("starts");
    fake.push(my_chat_member_update(ANA, GROUP, "left", "member", Some("de-DE")));
    let welcome = fake.shown(GROUP, "Hallo zusammen, ich bin upback").await;
    let text = welcome.body["text"].as_str().expect("text");
    for command in ["/start", "/routine", "/remind", "/clubstats"] {
        assert!(text.contains(command), "{command} in {text}");
    }
    assert!(text.contains("keine Ärztin und kein Arzt"), "{text}");
    running.stop().await.expect("stops");
    engine.store().sync().expect("flush");
    drop(engine);

    // After a restart: promoted, removed, added again by someone else — and then a command, by
    // the same member, so its answer comes after whatever the joins said.
    let engine = self::engine(dir.path());
    let running = telegram::start(engine.clone(), telegram_config(&fake)).await.expect("starts again");
    let before = fake.calls().len();
    fake.push(my_chat_member_update(BEA, GROUP, "member", "administrator", Some("fr")));
    fake.push(my_chat_member_update(BEA, GROUP, "administrator", "left", Some("fr")));
    fake.push(my_chat_member_update(BEA, GROUP, "left", "member", Some("fr")));
    fake.push(text_update(BEA, GROUP, "/faq", Some("fr")));
    let answer = fake
        .wait_for("the answer to /faq", |calls| {
            calls[before..]
                .iter()
                .find(|c| !c.faulted && c.method == "sendmessage" && c.body["chat_id"] == GROUP)
                .cloned()
        })
        .await;
    assert!(!answer.body["text"].as_str().unwrap_or_default().contains("/clubstats"), "{}", answer.body);
    assert_eq!(welcomes(&fake, GROUP).len(), 1, "one welcome, ever");
    running.stop().await.expect("stops");
}

/// Waits until `n` servers' GUILD_CREATE have been decided by this run of the adapter.
async fn guilds_decided(running: &discord::Running, n: u64) {
    let mut seen = running.guilds_seen();
    tokio::time::timeout(Duration::from_secs(60), seen.wait_for(|s| *s >= n))
        .await
        .expect("the servers were decided in time")
        .expect("the adapter runs");
}

/// What the bot posted into `channel`.
fn posted(fake: &FakeDiscord, channel: u64) -> Vec<serde_json::Value> {
    let path = format!("/channels/{channel}/messages");
    fake.calls()
        .into_iter()
        .filter(|c| !c.faulted && c.method == "POST" && c.path == path)
        .map(|c| c.body)
        .collect()
}

async fn start_discord(
    fake: &Arc<FakeDiscord>,
    engine: Arc<Engine<upback::database::Db>>,
) -> discord::Running {
    let before = fake.calls().iter().filter(|c| c.method == "PUT").count();
    let running = discord::start(engine, discord_config(fake, None)).await.expect("starts");
    fake.wait_for("READY handled", |calls| {
        (calls.iter().filter(|c| c.method == "PUT").count() > before).then_some(())
    })
    .await;
    running
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_discord_server_that_adds_the_bot_hears_one_welcome_not_again_after_a_reconnect_or_restart() {
    let fake = FakeDiscord::start().await;
    let dir = tempfile::tempdir().expect("dir");
    let mut club = FakeGuild::new(GUILD);
    club.preferred_locale = "es-ES".into();
    // A server that added the bot where it may post nowhere yet: greeted once it may.
    const LOCKED: u64 = GUILD + 1;
    const LOCKED_CHANNEL: u64 = CHANNEL + 10;
    let mut locked = FakeGuild::new(LOCKED);
    locked.system_channel = None;
    locked.channels = vec![(LOCKED_CHANNEL, 0, true)];
    // A server the bot has been in for long (since before it greeted): never greeted now.
    const OLD: u64 = GUILD + 2;
    const OLD_CHANNEL: u64 = CHANNEL + 20;
    let mut old = FakeGuild::new(OLD);
    old.channels = vec![(OLD_CHANNEL, 0, false)];
    old.system_channel = Some(OLD_CHANNEL);
    old.joined_at = "2026-01-05T18:00:00+00:00".into();
    for g in [&club, &locked, &old] {
        fake.add_guild(g.clone());
    }

    let engine = engine(dir.path());
    let running = start_discord(&fake, engine.clone()).await;
    for g in [&club, &locked, &old] {
        fake.dispatch("GUILD_CREATE", g.guild_create());
    }
    guilds_decided(&running, 3).await;
    let welcome = posted(&fake, CHANNEL);
    assert_eq!(welcome.len(), 1, "{welcome:?}");
    let text = welcome[0]["content"].as_str().expect("content");
    assert!(text.starts_with("¡Hola a todos! Soy upback"), "in the server's language: {text}");
    // On Discord the commands go by their Spanish names.
    for command in ["/rutina", "/recordar", "/estadisticas"] {
        assert!(text.contains(command), "{command} in {text}");
    }
    assert_eq!(welcome[0]["allowed_mentions"]["parse"], serde_json::json!([]), "it pings no one");
    assert!(posted(&fake, LOCKED_CHANNEL).is_empty());
    assert!(posted(&fake, OLD_CHANNEL).is_empty());

    // Discord drops the session; at the new one every server comes again, the locked one now
    // with a channel the bot may post in.
    locked.channels = vec![(LOCKED_CHANNEL, 0, false)];
    fake.invalidate_session();
    fake.wait_for("a second READY handled", |calls| {
        (calls.iter().filter(|c| c.method == "PUT").count() == 2).then_some(())
    })
    .await;
    for g in [&club, &locked, &old] {
        fake.dispatch("GUILD_CREATE", g.guild_create());
    }
    guilds_decided(&running, 6).await;
    assert_eq!(posted(&fake, CHANNEL).len(), 1, "not again after a reconnect");
    let late = posted(&fake, LOCKED_CHANNEL);
    assert_eq!(late.len(), 1, "greeted once it may post: {late:?}");
    assert!(late[0]["content"].as_str().is_some_and(|t| t.starts_with("Hi everyone, I'm upback")));
    assert!(posted(&fake, OLD_CHANNEL).is_empty());
    assert_eq!(running.unknown_events(), 0);
    running.stop().await.expect("stops");
    engine.store().sync().expect("flush");
    drop(engine);

    let engine = self::engine(dir.path());
    let running = start_discord(&fake, engine.clone()).await;
    for g in [&club, &locked, &old] {
        fake.dispatch("GUILD_CREATE", g.guild_create());
    }
    guilds_decided(&running, 3).await;
    assert_eq!(posted(&fake, CHANNEL).len(), 1, "not again after a restart");
    assert_eq!(posted(&fake, LOCKED_CHANNEL).len(), 1);
    assert!(posted(&fake, OLD_CHANNEL).is_empty());
    running.stop().await.expect("stops");
}

/// The doctor's report: (whether it passed, its lines, what it said on stderr).
async fn doctor(telegram: &FakeTelegram, discord: &FakeDiscord, data: &Path) -> (bool, Vec<String>, String) {
    let mut c = at_fakes(upback(&["doctor", "--data-dir"]), telegram, discord);
    c.arg(data).env("DISCORD_GUILD_ID", GUILD.to_string());
    let (ok, stdout, stderr) = output(c).await;
    (ok, stdout.lines().map(String::from).collect(), stderr)
}

fn line<'a>(lines: &'a [String], check: &str) -> &'a str {
    let prefix = format!(" {check}: ");
    lines.iter().find(|l| l[4..].starts_with(&prefix)).unwrap_or_else(|| panic!("no {check} in {lines:#?}"))
}

const CHECKS: [&str; 10] = [
    "settings",
    "data directory",
    "database",
    "telegram token",
    "telegram groups",
    "telegram commands",
    "discord token",
    "discord application",
    "discord commands",
    "discord permissions",
];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn doctor_passes_a_bot_that_has_run_once_with_what_it_needs() {
    let telegram = FakeTelegram::start().await;
    let discord = FakeDiscord::start().await;
    telegram.accept_only(TELEGRAM_TOKEN);
    discord.accept_only(DISCORD_TOKEN);
    discord.add_guild(FakeGuild::new(GUILD));
    let dir = tempfile::tempdir().expect("dir");
    // A first `serve`: the database exists and the command menus are registered.
    let engine = engine(dir.path());
    let t = telegram::start(engine.clone(), telegram_config(&telegram)).await.expect("telegram starts");
    let d =
        discord::start(engine.clone(), discord_config(&discord, Some(GUILD))).await.expect("discord starts");
    discord.wait_for("guild commands", |calls| calls.iter().any(|c| c.method == "PUT").then_some(())).await;
    t.stop().await.expect("stops");
    d.stop().await.expect("stops");
    engine.store().sync().expect("flush");
    drop(engine);

    let (ok, lines, stderr) = doctor(&telegram, &discord, dir.path()).await;
    assert!(ok, "{lines:#?}\n{stderr}");
    assert_eq!(lines.len(), CHECKS.len(), "{lines:#?}");
    for check in CHECKS {
        assert!(line(&lines, check).starts_with("ok  "), "{lines:#?}");
    }
    assert!(line(&lines, "database").contains("opens as an upback database"));
    assert!(line(&lines, "telegram token").contains(&format!("@{BOT_USERNAME}")));
    assert!(line(&lines, "telegram groups").contains("privacy mode on"));
    assert!(line(&lines, "discord application").contains(&format!("client_id={APP_ID}")));
    assert!(line(&lines, "discord commands").contains("in that server"));
    assert!(line(&lines, "discord permissions").contains("View Channel"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn doctor_says_what_to_fix_in_a_misconfigured_first_run_and_fails() {
    let telegram = FakeTelegram::start().await;
    let discord = FakeDiscord::start().await;
    // The Telegram token was copied wrong; the bot's Discord role may only look; `serve` never
    // ran, so no commands are registered; the data directory is a file.
    telegram.accept_only("515151:THE-RIGHT-ONE");
    discord.accept_only(DISCORD_TOKEN);
    let mut guild = FakeGuild::new(GUILD);
    guild.bot_permissions = Permissions::VIEW_CHANNEL.bits();
    discord.add_guild(guild);
    let file = tempfile::NamedTempFile::new().expect("file");

    let (ok, lines, stderr) = doctor(&telegram, &discord, file.path()).await;
    assert!(!ok, "{lines:#?}");
    let failed: Vec<&str> = lines.iter().filter(|l| l.starts_with("FAIL")).map(String::as_str).collect();
    assert_eq!(failed.len(), 4, "{lines:#?}");
    assert!(line(&lines, "data directory").contains("UPBACK_DATA_DIR"), "{lines:#?}");
    assert!(line(&lines, "telegram token").contains("@BotFather"), "{lines:#?}");
    assert!(line(&lines, "telegram commands").starts_with("skip"), "{lines:#?}");
    assert!(line(&lines, "discord token").starts_with("ok  "), "{lines:#?}");
    assert!(line(&lines, "discord commands").contains("start it once"), "{lines:#?}");
    let permissions = line(&lines, "discord permissions");
    assert!(permissions.starts_with("FAIL") && permissions.contains("lacks Send Messages"), "{permissions}");
    assert_eq!(stderr.trim(), format!("upback: 4 of {} checks failed", lines.len()));

    // A server the bot is not in.
    let elsewhere = FakeDiscord::start().await;
    let dir = tempfile::tempdir().expect("dir");
    let (ok, lines, _) = doctor(&telegram, &elsewhere, dir.path()).await;
    assert!(!ok);
    assert!(line(&lines, "discord permissions").contains("not in server"), "{lines:#?}");
    assert!(line(&lines, "discord permissions").contains("upback invite"), "{lines:#?}");
}
