//! The Discord adapter (serenity). Slash commands and button presses become engine inputs;
//! replies become interaction responses, in-place updates and follow-ups, with their picture
//! and file as attachments. In a server, anything personal is ephemeral: only the member who
//! asked sees it, attachments included.

use crate::database::Db;
use std::{
    future::Future,
    sync::{
        atomic::{AtomicUsize, Ordering},
        Arc,
    },
    time::Duration,
};

use anyhow::{Context as _, Result};
use serde::{Deserialize, Serialize};
use serenity::{
    all::{
        ButtonStyle, ChannelId, Command as SlashCommand, CommandDataOptionValue, CommandInteraction,
        CommandOptionType, ComponentInteraction, CreateActionRow, CreateAllowedMentions, CreateAttachment,
        CreateButton, CreateCommand, CreateCommandOption, CreateInteractionResponse,
        CreateInteractionResponseFollowup, CreateInteractionResponseMessage, CreateMessage,
        EditInteractionResponse, EditMessage, Event, GatewayIntents, GuildId, HttpError, Interaction,
        InteractionId, MessageFlags, MessageId, Permissions, Ready, RoleId, UserId,
    },
    async_trait,
    builder::Builder,
    client::{ClientBuilder, Context, EventHandler, RawEventHandler},
    gateway::ShardManager,
    http::{Http, HttpBuilder},
};
use tokio::task::JoinHandle;
use upback_core::{
    command::Command,
    engine::Engine,
    input::{ChatKind, CommandArgs, Input, Platform, Role, Who},
    msg::Msg,
    reply::{Button, Reply},
};

use crate::{
    delivery::{
        cut,
        mailbox::{Mailboxes, Wire},
        pacing::Limits,
        retry::{retry, Classify, Failure},
        Undelivered,
    },
    metrics::METRICS,
    secret::Secret,
};

mod joining;
mod rights;

/// Discord's longest message content.
const MAX_CONTENT: usize = 2000;
/// Discord's limits on components: rows per message, buttons per row, characters per label.
const MAX_ROWS: usize = 5;
const MAX_PER_ROW: usize = 5;
const MAX_LABEL: usize = 80;
/// Discord's longest attachment description (the alt text screen readers read).
const MAX_DESCRIPTION: usize = 1024;
/// How long a stop waits for queued edits before keeping the rest for next time.
const DRAIN: Duration = Duration::from_secs(4);
/// Discord wants an answer to an interaction within 3 s; past this, the bot defers first.
const ANSWER_WITHIN: Duration = Duration::from_millis(2000);
/// How long a start waits for the gateway's READY. When REST answers but the gateway cannot
/// be reached, serenity's shard queuer tries it again every 5 s for ever, so without this the
/// start would never end and never say why.
pub const READY_WITHIN: Duration = Duration::from_secs(60);

#[derive(Clone, Debug)]
pub struct DiscordConfig {
    pub token: Secret,
    /// A REST proxy (twilight's http-proxy, nirn-proxy, a test's fake); `None` is discord.com.
    pub api_url: Option<url::Url>,
    /// Register the commands in this guild only (instant; for trying out a deployment).
    pub guild_id: Option<u64>,
    /// The gateway shards this replica runs (`DISCORD_SHARDS`); `None` is all of them, in
    /// one process.
    pub shards: Option<Shards>,
}

/// A range of Discord's gateway shards: `first..=last` of `total`. Discord sends a server's
/// events to shard `(server id >> 22) % total`, so replicas that split the range between
/// them each see their servers' events; any of them posts through REST.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shards {
    pub first: u32,
    pub last: u32,
    pub total: u32,
}

impl Shards {
    /// `0-1/4` (shards 0 and 1 of 4) or `2/4` (shard 2 of 4).
    pub fn parse(s: &str) -> Option<Self> {
        let (range, total) = s.trim().split_once('/')?;
        let total: u32 = total.trim().parse().ok()?;
        let (first, last) = match range.split_once('-') {
            Some((a, b)) => (a.trim().parse().ok()?, b.trim().parse().ok()?),
            None => {
                let n = range.trim().parse().ok()?;
                (n, n)
            }
        };
        (first <= last && last < total && total <= 4096).then_some(Self { first, last, total })
    }
}

impl std::fmt::Display for Shards {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}-{}/{}", self.first, self.last, self.total)
    }
}

/// An edit of a post many members update (a routine's Done count), queued per channel so
/// that a burst of presses becomes a few edits, the highest count last.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Op {
    message: u64,
    text: String,
    buttons: Vec<Vec<Button>>,
    version: Option<u64>,
}

/// Discord's sending side for queued edits.
pub struct Channels {
    http: Arc<Http>,
}

impl Classify for serenity::Error {
    fn failure(&self) -> Failure {
        match self {
            serenity::Error::Http(HttpError::UnsuccessfulRequest(r)) => match r.status_code.as_u16() {
                // With a proxy serenity's own limiter is off, and it does not hand over the wait.
                429 => Failure::RetryAfter(Duration::from_millis(500)),
                403 | 404 => Failure::Gone,
                _ if matches!(r.error.code, 10003 | 50001 | 50007) => Failure::Gone,
                s if (500..600).contains(&s) => Failure::Transient,
                _ => Failure::Fatal,
            },
            serenity::Error::Http(HttpError::Request(_)) => Failure::Transient,
            _ => Failure::Fatal,
        }
    }
}

impl Wire for Channels {
    type Chat = u64;
    type Op = Op;
    type Error = serenity::Error;

    fn is_group(_: &u64) -> bool {
        true
    }

    fn edits(op: &Op) -> Option<u64> {
        Some(op.message)
    }

    fn version(op: &Op) -> Option<u64> {
        op.version
    }

    fn send<'a>(
        &'a self,
        channel: &'a u64,
        op: &'a Op,
    ) -> std::pin::Pin<Box<dyn Future<Output = serenity::Result<()>> + Send + 'a>> {
        Box::pin(async move {
            let edit = EditMessage::new().content(op.text.clone()).components(components(&op.buttons));
            ChannelId::new((*channel).max(1))
                .edit_message(&self.http, MessageId::new(op.message.max(1)), edit)
                .await
                .map(|_| ())
        })
    }
}

/// A running Discord adapter.
pub struct Running {
    shards: Arc<ShardManager>,
    task: JoinHandle<()>,
    unknown_events: Arc<AtomicUsize>,
    outbox: Arc<Outbox>,
    connected: Arc<std::sync::atomic::AtomicBool>,
    edits: Mailboxes<Channels>,
    engine: Arc<Engine<Db>>,
    guilds_seen: tokio::sync::watch::Receiver<u64>,
    gateway: tokio::sync::watch::Receiver<Gateway>,
    retired: Arc<std::sync::atomic::AtomicBool>,
}

impl Running {
    /// Whether the gateway said READY (for /healthz).
    pub fn connected(&self) -> Arc<std::sync::atomic::AtomicBool> {
        self.connected.clone()
    }

    /// Closes the gateway connection (interactions in flight finish on their own tasks),
    /// sends the queued edits for a few seconds and keeps the rest for the next start.
    /// Resolves, saying why (never the token), once the gateway has closed for good after
    /// READY: a token reset in the Developer Portal, intents taken away. serenity does not
    /// connect again after that, and `connected` is cleared; whoever started the adapter stops
    /// it and starts a new one (`serve` does, through its backoff).
    pub async fn closed(&self) -> String {
        let mut gateway = self.gateway.clone();
        let said = gateway.wait_for(|g| matches!(g, Gateway::Closed(_))).await.map(|g| g.clone());
        match said {
            Ok(Gateway::Closed(why)) => why,
            _ => "the gateway task ended".to_string(),
        }
    }

    /// The queued edits are kept however the gateway's stop went, and both are reported.
    pub async fn stop(self) -> Result<()> {
        self.retired.store(true, Ordering::SeqCst);
        self.shards.shutdown_all().await;
        let stopped = match tokio::time::timeout(Duration::from_secs(3), self.task).await {
            Ok(ended) => ended.context("the discord adapter failed"),
            Err(_) => Err(anyhow::anyhow!("the discord adapter did not stop within 3 s")),
        };
        let kept = self.edits.drain_into_store(DRAIN, self.engine.store()).await.map(drop);
        crate::delivery::all_of([stopped, kept])
    }

    /// Where the scheduler posts Discord reminders.
    pub fn outbox(&self) -> Arc<Outbox> {
        self.outbox.clone()
    }

    /// Counts the servers whose GUILD_CREATE has been handled to the end (welcomed or not),
    /// so a caller can wait for a join to have been decided instead of guessing how long.
    pub fn guilds_seen(&self) -> tokio::sync::watch::Receiver<u64> {
        self.guilds_seen.clone()
    }

    /// Gateway events serenity could not parse so far (each is logged; none stops the bot).
    pub fn unknown_events(&self) -> usize {
        self.unknown_events.load(Ordering::SeqCst)
    }
}

struct Handler {
    /// Weak, so that once the adapter stops, serenity's last event tasks cannot keep the
    /// database open: whoever started the adapter decides when the engine goes.
    engine: std::sync::Weak<Engine<Db>>,
    guild: Option<GuildId>,
    connected: Arc<std::sync::atomic::AtomicBool>,
    /// The bot's own user, from READY: a server message is for the bot when it mentions it.
    me: std::sync::OnceLock<UserId>,
    /// Queued edits of shared posts (set once the client, and so its HTTP client, exists).
    edits: Arc<std::sync::OnceLock<Mailboxes<Channels>>>,
    /// The invite link goes into the log at the first READY only, not at every reconnect.
    invite_logged: std::sync::atomic::AtomicBool,
    /// See [`Running::guilds_seen`].
    guilds_seen: tokio::sync::watch::Sender<u64>,
    /// How the gateway answered the start, for [`start_with`] to wait on.
    gateway: tokio::sync::watch::Sender<Gateway>,
    /// Set once the start was given up on or the adapter stopped: a shard serenity still
    /// brings up later (its queuer cannot be stopped before a shard runs) is shut at its
    /// READY, and never marks the bot connected.
    retired: Arc<std::sync::atomic::AtomicBool>,
}

/// How the gateway has answered a start so far.
#[derive(Debug, Clone, PartialEq)]
enum Gateway {
    Connecting,
    Ready,
    /// Closed for good (a token or intents it does not take, before READY or after), with
    /// what serenity said; serenity does not connect again.
    Closed(String),
}

/// Shuts a start's gateway down unless kept: a start that was refused, or that the bot gave up
/// on while Discord could not be reached, leaves no shard connecting behind it.
struct Abandon {
    shards: Arc<ShardManager>,
    task: tokio::task::AbortHandle,
    retired: Arc<std::sync::atomic::AtomicBool>,
    kept: bool,
}

impl Drop for Abandon {
    fn drop(&mut self) {
        if self.kept {
            return;
        }
        self.retired.store(true, Ordering::SeqCst);
        self.task.abort();
        if let Ok(runtime) = tokio::runtime::Handle::try_current() {
            let shards = self.shards.clone();
            runtime.spawn(async move { shards.shutdown_all().await });
        }
    }
}

/// Counts and logs the events serenity could not parse, instead of dropping them silently.
struct Tripwire {
    unknown: Arc<AtomicUsize>,
}

#[async_trait]
impl RawEventHandler for Tripwire {
    async fn raw_event(&self, _ctx: Context, event: Event) {
        if let Event::Unknown(e) = event {
            self.unknown.fetch_add(1, Ordering::SeqCst);
            tracing::warn!(kind = %e.kind, "discord: a gateway event could not be parsed");
        }
    }
}

pub async fn start(engine: Arc<Engine<Db>>, config: DiscordConfig) -> Result<Running> {
    start_with(engine, config, Arc::new(std::sync::atomic::AtomicBool::new(false))).await
}

/// [`start`], setting `connected` while the gateway is up (for /healthz). Resolves once the
/// gateway said READY; fails at once on a token Discord refuses, saying which setting to fix,
/// after the shared retries when Discord's REST cannot be reached, and after [`READY_WITHIN`]
/// when its gateway cannot. Whoever starts the adapter decides whether to try again (`serve`
/// does, with its backoff, and again after [`Running::closed`]): nothing here loops.
pub async fn start_with(
    engine: Arc<Engine<Db>>,
    config: DiscordConfig,
    connected: Arc<std::sync::atomic::AtomicBool>,
) -> Result<Running> {
    start_within(engine, config, connected, READY_WITHIN).await
}

/// [`start_with`], waiting `ready_within` for READY (tests wait less).
pub async fn start_within(
    engine: Arc<Engine<Db>>,
    config: DiscordConfig,
    connected: Arc<std::sync::atomic::AtomicBool>,
    ready_within: Duration,
) -> Result<Running> {
    let http = rest_client(&config);
    // The gateway would only close on a bad token after the connection is up, with a code
    // serenity turns into a bare "invalid authentication"; REST says so at once, with a 401.
    retry(Platform::Discord, "get current user", || http.get_current_user())
        .await
        .map_err(|e| anyhow::anyhow!("discord: {}", trouble(&e, &config)))?;
    let unknown = Arc::new(AtomicUsize::new(0));
    let slot = Arc::new(std::sync::OnceLock::new());
    let (gateway, mut answered) = tokio::sync::watch::channel(Gateway::Connecting);
    let retired = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let handler = Handler {
        engine: Arc::downgrade(&engine),
        guild: config.guild_id.map(GuildId::new),
        connected: connected.clone(),
        me: std::sync::OnceLock::new(),
        edits: slot.clone(),
        invite_logged: std::sync::atomic::AtomicBool::new(false),
        guilds_seen: tokio::sync::watch::Sender::new(0),
        gateway: gateway.clone(),
        retired: retired.clone(),
    };
    let guilds_seen = handler.guilds_seen.subscribe();
    let mut client = ClientBuilder::new_with_http(
        http,
        GatewayIntents::GUILDS | GatewayIntents::DIRECT_MESSAGES | GatewayIntents::GUILD_MESSAGES,
    )
    .event_handler(handler)
    .raw_event_handler(Tripwire { unknown: unknown.clone() })
    .await
    .context("discord: cannot build the client")?;
    let shards = client.shard_manager.clone();
    let outbox = Arc::new(Outbox { http: client.http.clone(), engine: Arc::downgrade(&engine) });
    let edits = Mailboxes::new(Channels { http: client.http.clone() }, Platform::Discord, Limits::discord());
    let _ = slot.set(edits.clone());
    let range = config.shards;
    let ws_url = client.ws_url.clone();
    let up = connected.clone();
    let task = tokio::spawn(async move {
        let started = match range {
            // serenity 0.12 takes the range's end as the last shard it starts (inclusive,
            // whatever `Range` says), so `first..last` starts `first..=last`.
            Some(s) => client.start_shard_range(s.first..s.last, s.total).await,
            None => client.start().await,
        };
        // serenity returns an error only when the gateway closed for good, before READY or
        // long after it (a token reset), and then connects no more; it returns `Ok` when
        // the shards were shut down. Either way this connection is over.
        let why = match started {
            Err(e) => e.to_string(),
            Ok(()) => "the gateway connection was shut down".to_string(),
        };
        up.store(false, Ordering::SeqCst);
        gateway.send_replace(Gateway::Closed(why));
    });
    let mut abandon =
        Abandon { shards: shards.clone(), task: task.abort_handle(), retired: retired.clone(), kept: false };
    let said = tokio::time::timeout(ready_within, answered.wait_for(|g| *g != Gateway::Connecting))
        .await
        .map(|said| said.map(|g| g.clone()));
    match said {
        Ok(Ok(Gateway::Ready)) => abandon.kept = true,
        Ok(Ok(Gateway::Closed(why))) => anyhow::bail!("discord: the gateway refused the bot: {why}"),
        Ok(_) => anyhow::bail!("discord: the gateway task ended before READY"),
        Err(_) => {
            // A queuer with no shard running ignores a shutdown (serenity 0.12), and would
            // keep knocking: pointed at no gateway, its knocks fail without the network, and
            // a shard that did come up is shut at its READY (`retired`).
            *ws_url.lock().await = String::new();
            retired.store(true, Ordering::SeqCst);
            shards.shutdown_all().await;
            anyhow::bail!(
                "discord: no READY from the gateway within {} s: Discord's REST answers, but its \
                 gateway (a WebSocket, wss://gateway.discord.gg) cannot be reached; check firewalls \
                 and proxies for WebSocket traffic",
                ready_within.as_secs()
            )
        }
    }
    edits.restore(engine.store()).await;
    Ok(Running {
        shards,
        task,
        unknown_events: unknown,
        outbox,
        connected,
        edits,
        engine,
        guilds_seen,
        gateway: answered,
        retired,
    })
}

/// The HTTP status of a failed Discord request, and what Discord said.
pub(crate) fn status_of(e: &serenity::Error) -> Option<(u16, String)> {
    match e {
        serenity::Error::Http(HttpError::UnsuccessfulRequest(r)) => {
            Some((r.status_code.as_u16(), r.error.message.clone()))
        }
        _ => None,
    }
}

/// What to do about a refused or unreachable Discord, for the operator (the log, /healthz,
/// `upback doctor`, `upback invite`): a refused token, a network that does not get there and
/// Discord's own trouble each have their own fix, and only the first is the token's.
pub(crate) fn trouble(e: &serenity::Error, config: &DiscordConfig) -> String {
    match (status_of(e), e) {
        (Some((401, _)), _) => {
            "DISCORD_BOT_TOKEN was refused (401 Unauthorized): in the Developer Portal, your \
                                application → Bot → Reset Token, and set the new one"
                .to_string()
        }
        (Some((status, said)), _) if status >= 500 => format!(
            "Discord is having trouble (it answered {status}: {said}); try again in a while (the token was not \
             the problem; https://discordstatus.com says more)"
        ),
        (Some((status, said)), _) => format!("Discord answered {status}: {said}"),
        (None, serenity::Error::Http(HttpError::Request(_))) => {
            let at = config.api_url.as_ref().map_or("https://discord.com".to_string(), ToString::to_string);
            format!(
                "cannot reach {at} ({}); check this machine's network (DNS, firewall, proxy) and \
                 DISCORD_API_URL; the token was not checked",
                crate::delivery::retry::with_causes(e)
            )
        }
        (None, other) => other.to_string(),
    }
}

/// The REST client for `config`: discord.com, or the proxy it names.
pub fn rest_client(config: &DiscordConfig) -> Http {
    let mut http = HttpBuilder::new(config.token.expose().trim());
    if let Some(url) = &config.api_url {
        // serenity's own rate limiter ignores the proxy; the proxy limits, and 429s that still
        // come back are retried here.
        http = http.proxy(url.as_str().trim_end_matches('/')).ratelimiter_disabled(true);
    }
    http.build()
}

/// The locales Discord's clients report, for matching ours against.
const DISCORD_LOCALES: &[&str] = &[
    "id", "da", "de", "en-GB", "en-US", "es-ES", "es-419", "fr", "hr", "it", "lt", "hu", "nl", "no", "pl",
    "pt-BR", "ro", "fi", "sv-SE", "vi", "tr", "cs", "el", "bg", "ru", "uk", "hi", "th", "zh-CN", "ja",
    "zh-TW", "ko",
];

/// Every Discord locale one of ours serves, other than the source: `es` serves `es-ES` and
/// `es-419`, `de` serves `de`.
fn discord_locales_for(engine: &Engine<Db>) -> Vec<(&'static str, String)> {
    let source = engine.source_locale();
    DISCORD_LOCALES
        .iter()
        .filter_map(|d| {
            let ours = engine.locales().negotiate(Some(d));
            (ours != source).then(|| (*d, ours.to_string()))
        })
        .collect()
}

/// The slash commands with their names and descriptions in every language Discord and upback
/// share (Discord sends the default name back, so the engine sees `start` whatever the
/// member's language, and the engine writes the translated names into its texts for Discord).
/// The moderator commands carry Manage Server as their default permission, so other members
/// of a server do not see them; the permission is checked again on every use all the same.
pub fn slash_commands(engine: &Engine<Db>) -> Vec<CreateCommand> {
    let tag = engine.source_locale();
    let localized = discord_locales_for(engine);
    let text = |m: &Msg, in_tag: &str| engine.locales().format(in_tag, m);
    let option = |kind, name: &str, m: Msg| {
        let mut o = CreateCommandOption::new(kind, name, text(&m, tag));
        for (discord, ours) in &localized {
            o = o.description_localized(*discord, text(&m, ours));
        }
        o
    };
    Command::ALL
        .iter()
        .map(|c| {
            let mut command = CreateCommand::new(c.name()).description(text(&c.description(), tag));
            for (discord, ours) in &localized {
                command = command
                    .name_localized(*discord, text(&c.localized_name(), ours))
                    .description_localized(*discord, text(&c.description(), ours));
            }
            if c.is_for_moderators() {
                // In a server these are the moderators'; members set their own reminders in a DM,
                // where this default does not apply.
                command = command.default_member_permissions(Permissions::MANAGE_GUILD);
            }
            if *c == Command::Remind {
                command = command
                    .add_option(
                        option(CommandOptionType::String, "when", Msg::new("option-remind-when"))
                            .required(true),
                    )
                    .add_option(option(CommandOptionType::String, "note", Msg::new("option-remind-note")))
                    .add_option(option(CommandOptionType::Role, "role", Msg::new("option-remind-role")));
            }
            if c.is_group_only() {
                // A club's stats mean nothing in a DM: Discord leaves them out of its menu there.
                command = command.dm_permission(false);
            }
            if *c == Command::Leaderboard {
                let mut choice =
                    option(CommandOptionType::String, "choice", Msg::new("option-leaderboard-choice"))
                        .required(true);
                for (value, label) in
                    [("on", Msg::new("option-leaderboard-on")), ("off", Msg::new("option-leaderboard-off"))]
                {
                    choice = choice.add_string_choice_localized(
                        text(&label, tag),
                        value,
                        localized.iter().map(|(discord, ours)| (*discord, text(&label, ours))),
                    );
                }
                command = command.add_option(choice);
            }
            command
        })
        .collect()
}

/// A slash command's options as typed values: `when`, `note` and `choice` are the command's
/// text, the role stays a role.
fn command_args(c: &CommandInteraction) -> CommandArgs {
    let option = |name: &str| c.data.options.iter().find(|o| o.name == name).map(|o| &o.value);
    let words: Vec<&str> = ["when", "note", "choice"]
        .into_iter()
        .filter_map(|name| match option(name) {
            Some(CommandDataOptionValue::String(s)) => Some(s.as_str()),
            _ => None,
        })
        .collect();
    let role = match option("role") {
        Some(CommandDataOptionValue::Role(r)) => Some(r.get()),
        _ => None,
    };
    CommandArgs { text: words.join(" "), role }
}

/// Members with Manage Server moderate; Discord tells us their permissions with every
/// interaction, so a change of rights counts at once. (A typed message carries none: see
/// [`rights`].)
fn role_of(member: Option<&serenity::all::Member>) -> Role {
    member.and_then(|m| m.permissions).map_or(Role::Member, rights::role_with)
}

/// Posts reminders into Discord channels.
pub struct Outbox {
    http: Arc<Http>,
    /// Weak for the same reason as the handler's: a stopped adapter must not keep the store.
    engine: std::sync::Weak<Engine<Db>>,
}

/// Discord shows slash commands under their translated names (`/verlauf`), so a text that
/// names a command follows; Telegram and the terminal keep the typed names.
fn as_discord_shows(engine: &Engine<Db>, mut reply: Reply) -> Reply {
    if reply.lang != engine.source_locale() {
        reply.text = upback_core::command::rename_commands(&reply.text, |c| {
            engine.locales().format(&reply.lang, &c.localized_name())
        });
    }
    reply
}

impl crate::scheduler::Outbox for Outbox {
    fn platform(&self) -> &'static str {
        Platform::Discord.key()
    }

    fn post<'a>(
        &'a self,
        chat_id: &'a str,
        reply: &'a Reply,
        role: Option<u64>,
    ) -> std::pin::Pin<Box<dyn Future<Output = Result<(), Undelivered>> + Send + 'a>> {
        Box::pin(async move {
            let channel: u64 =
                chat_id.parse().map_err(|_| Undelivered::Gone(format!("bad channel id {chat_id}")))?;
            let shown = match self.engine.upgrade() {
                Some(engine) => as_discord_shows(&engine, reply.clone()),
                None => reply.clone(),
            };
            post_message(&self.http, ChannelId::new(channel.max(1)), &shown, role).await.map_err(|e| {
                if e.failure() == Failure::Gone {
                    Undelivered::Gone(e.to_string())
                } else {
                    Undelivered::Failed(e.to_string())
                }
            })
        })
    }
}

/// Posts a reply into a channel as plain messages (a long text in pieces, the buttons under
/// the last). Only `role` is ever mentioned; never @everyone or @here, nor a user.
async fn post_message(
    http: &Http,
    channel: ChannelId,
    reply: &Reply,
    role: Option<u64>,
) -> serenity::Result<()> {
    let mut content = reply.text.clone();
    let mut mentions = CreateAllowedMentions::new().everyone(false).all_users(false).all_roles(false);
    if let Some(r) = role {
        content = format!("<@&{r}> {content}");
        mentions = mentions.roles(vec![RoleId::new(r.max(1))]);
    }
    let said = Reply { text: content, ..reply.clone() };
    for piece in cut(&said, MAX_CONTENT) {
        let message = CreateMessage::new()
            .content(piece.text)
            .components(components(&piece.buttons))
            .add_files(if piece.first { attachments(reply) } else { Vec::new() })
            .allowed_mentions(mentions.clone());
        retry(Platform::Discord, "post", || message.clone().execute(http, (channel, None))).await?;
    }
    Ok(())
}

#[async_trait]
impl EventHandler for Handler {
    async fn ready(&self, ctx: Context, ready: Ready) {
        if self.retired.load(Ordering::SeqCst) {
            tracing::info!("discord: a shard of a start given up on connected late; closing it");
            ctx.shard.shutdown_clean();
            return;
        }
        tracing::info!(user = %ready.user.name, "discord connected");
        if !self.invite_logged.swap(true, Ordering::SeqCst) {
            let invite = crate::invite::discord_invite(ready.application.id.get());
            tracing::info!(%invite, "discord: add the bot to a server with this link");
        }
        let _ = self.me.set(ready.user.id);
        self.connected.store(true, Ordering::SeqCst);
        self.gateway.send_replace(Gateway::Ready);
        let Some(engine) = self.engine.upgrade() else { return };
        let commands = slash_commands(&engine);
        let registered = match self.guild {
            Some(guild) => retry(Platform::Discord, "register guild commands", || {
                guild.set_commands(&ctx.http, commands.clone())
            })
            .await
            .map(|c| c.len()),
            None => retry(Platform::Discord, "register global commands", || {
                SlashCommand::set_global_commands(&ctx.http, commands.clone())
            })
            .await
            .map(|c| c.len()),
        };
        match registered {
            Ok(n) => tracing::info!(commands = n, "discord: slash commands registered"),
            Err(e) => tracing::error!(error = %e, "discord: could not register the slash commands"),
        }
    }

    /// Typed messages: everything in a DM; in a server, only a message that mentions the bot
    /// (Discord gives the bot the text of those without any privileged intent). Answered as
    /// messages in the same channel, so in a server only what anyone may read is said there.
    async fn message(&self, ctx: Context, msg: serenity::all::Message) {
        if msg.author.bot {
            return;
        }
        let Some(me) = self.me.get().copied() else { return };
        let in_guild = msg.guild_id.is_some();
        if in_guild && !msg.mentions.iter().any(|u| u.id == me) {
            return;
        }
        let Some(engine) = self.engine.upgrade() else { return };
        let text = without_mention(&msg.content, me);
        let input = if text.trim().is_empty() { Input::NonText } else { Input::Text(text) };
        // Asked of Discord only for what the core keeps for moderators, never for chatter.
        let role = match msg.guild_id {
            Some(guild) if input.is_for_moderators() => rights::author_role(&ctx.http, guild, &msg).await,
            _ => Role::Member,
        };
        let who = Who {
            platform: Platform::Discord,
            user_id: msg.author.id.get().to_string(),
            chat_id: msg.channel_id.get().to_string(),
            locale: None,
            role,
            chat: if in_guild { ChatKind::Group { private_replies: false } } else { ChatKind::Private },
            name: Some(msg.author.display_name().to_string()),
        };
        let replies = crate::turn::run(engine.clone(), Platform::Discord, who, input).await;
        for reply in replies {
            if let Err(e) =
                post_message(&ctx.http, msg.channel_id, &as_discord_shows(&engine, reply), None).await
            {
                METRICS.error(Platform::Discord);
                tracing::error!(error = %e, "discord: could not answer a message");
                return;
            }
        }
    }

    /// Every server, at every connection; a new one is welcomed (see [`joining`]).
    async fn guild_create(&self, ctx: Context, guild: serenity::all::Guild, _is_new: Option<bool>) {
        self.on_guild_create(&ctx, guild).await;
        self.guilds_seen.send_modify(|n| *n += 1);
    }

    async fn interaction_create(&self, ctx: Context, interaction: Interaction) {
        match interaction {
            Interaction::Command(c) => self.on_command(&ctx, c).await,
            Interaction::Component(c) => self.on_component(&ctx, c).await,
            other => tracing::debug!(kind = ?other.kind(), "discord: ignoring an interaction kind"),
        }
    }
}

fn who(user: &serenity::all::User, guild: Option<GuildId>, channel: u64, locale: &str) -> Who {
    Who {
        platform: Platform::Discord,
        user_id: user.id.get().to_string(),
        chat_id: channel.to_string(),
        locale: Some(locale.to_string()),
        role: Role::Member,
        chat: if guild.is_some() { ChatKind::Group { private_replies: true } } else { ChatKind::Private },
        name: Some(user.display_name().to_string()),
    }
}

/// What the adapter needs to answer one interaction.
struct Answering<'a> {
    http: &'a Http,
    id: InteractionId,
    token: &'a str,
    channel: ChannelId,
    in_guild: bool,
    /// For a button press: the message the button sits on, and whether it is ephemeral.
    pressed: Option<(MessageId, bool)>,
}

impl Handler {
    async fn on_command(&self, ctx: &Context, c: CommandInteraction) {
        let mut who = who(&c.user, c.guild_id, c.channel_id.get(), &c.locale);
        who.role = role_of(c.member.as_deref());
        let input = Input::Command { name: c.data.name.clone(), args: command_args(&c) };
        let answering = Answering {
            http: &ctx.http,
            id: c.id,
            token: &c.token,
            channel: c.channel_id,
            in_guild: c.guild_id.is_some(),
            pressed: None,
        };
        self.answer(answering, who, input).await;
    }

    async fn on_component(&self, ctx: &Context, c: ComponentInteraction) {
        let mut who = who(&c.user, c.guild_id, c.channel_id.get(), &c.locale);
        who.role = role_of(c.member.as_ref());
        let input = Input::Action(c.data.custom_id.clone());
        let ephemeral = c.message.flags.is_some_and(|f| f.contains(MessageFlags::EPHEMERAL));
        let answering = Answering {
            http: &ctx.http,
            id: c.id,
            token: &c.token,
            channel: c.channel_id,
            in_guild: c.guild_id.is_some(),
            pressed: Some((c.message.id, ephemeral)),
        };
        self.answer(answering, who, input).await;
    }

    /// Runs the engine and answers: the first reply is the interaction's response, the rest
    /// are follow-ups. When the engine is slow, the interaction is deferred first so Discord's
    /// 3 s window is kept.
    async fn answer(&self, a: Answering<'_>, who: Who, input: Input) {
        let Some(engine) = self.engine.upgrade() else {
            tracing::info!("discord: an interaction arrived while stopping; left unanswered");
            return;
        };
        let mut work = tokio::spawn(crate::turn::run(engine.clone(), Platform::Discord, who, input));
        let (replies, deferred) = match tokio::time::timeout(ANSWER_WITHIN, &mut work).await {
            Ok(done) => (done, false),
            Err(_) => {
                // Deferred as ephemeral in a server: whatever comes may be personal.
                let defer = match a.pressed {
                    Some(_) => CreateInteractionResponse::Acknowledge,
                    None => CreateInteractionResponse::Defer(
                        CreateInteractionResponseMessage::new().ephemeral(a.in_guild),
                    ),
                };
                if let Err(e) =
                    retry(Platform::Discord, "defer", || defer.clone().execute(a.http, (a.id, a.token))).await
                {
                    tracing::warn!(error = %e, "discord: could not defer an interaction");
                }
                (work.await, true)
            }
        };
        let Ok(replies) = replies else {
            tracing::error!("discord: the engine task failed");
            return;
        };
        let replies = replies.into_iter().map(|r| as_discord_shows(&engine, r)).collect();
        if let Err(e) = self.deliver(&a, replies, deferred).await {
            METRICS.error(Platform::Discord);
            tracing::error!(error = %e, "discord: could not deliver a reply");
        }
    }

    async fn deliver(&self, a: &Answering<'_>, replies: Vec<Reply>, deferred: bool) -> serenity::Result<()> {
        let mut first = true;
        for reply in replies {
            // A post the whole channel shares and many update: a channel message, edited in a
            // queue; the member who pressed or asked is answered with a word for them alone.
            if reply.version.is_some() && a.in_guild {
                match a.pressed {
                    Some((message, _)) if reply.edit => {
                        let op = Op {
                            message: message.get(),
                            text: reply.text.clone(),
                            buttons: reply.buttons.clone(),
                            version: reply.version,
                        };
                        if let Some(edits) = self.edits.get() {
                            drop(edits.post(a.channel.get(), op));
                        }
                    }
                    _ => post_message(a.http, a.channel, &reply, None).await?,
                }
                if std::mem::take(&mut first) {
                    self.acknowledge(a, reply.toast.as_deref(), deferred).await?;
                }
                continue;
            }
            // A press under a message only the member sees is answered for them alone too.
            let ephemeral = (reply.private || a.pressed.is_some_and(|(_, e)| e)) && a.in_guild;
            for piece in cut(&reply, MAX_CONTENT) {
                let rows = components(&piece.buttons);
                // The picture and the file go with the reply's first message, whichever it is,
                // and so are exactly as private as its text.
                let files = if piece.first { attachments(&reply) } else { Vec::new() };
                if std::mem::take(&mut first) {
                    // Update the pressed message only when that keeps its visibility: a
                    // personal reply must never replace a message the whole channel sees.
                    // A long text updates it with its first piece; the rest follow.
                    let update = reply.edit && a.pressed.is_some_and(|(_, e)| e == ephemeral || !a.in_guild);
                    if deferred && (update || a.pressed.is_none()) {
                        let edit = files.into_iter().fold(
                            EditInteractionResponse::new().content(piece.text).components(rows),
                            EditInteractionResponse::new_attachment,
                        );
                        retry(Platform::Discord, "edit response", || edit.clone().execute(a.http, a.token))
                            .await?;
                        continue;
                    }
                    if !deferred {
                        let message = CreateInteractionResponseMessage::new()
                            .content(piece.text)
                            .components(rows)
                            .add_files(files);
                        let response = if update {
                            CreateInteractionResponse::UpdateMessage(message)
                        } else {
                            CreateInteractionResponse::Message(message.ephemeral(ephemeral))
                        };
                        retry(Platform::Discord, "respond", || {
                            response.clone().execute(a.http, (a.id, a.token))
                        })
                        .await?;
                        continue;
                    }
                }
                let followup = CreateInteractionResponseFollowup::new()
                    .content(piece.text)
                    .components(rows)
                    .add_files(files)
                    .ephemeral(ephemeral);
                retry(Platform::Discord, "follow up", || followup.clone().execute(a.http, (None, a.token)))
                    .await?;
            }
        }
        Ok(())
    }

    /// Answers an interaction whose reply went elsewhere (a shared post): with `toast` for
    /// the member alone, or a silent acknowledgement.
    async fn acknowledge(
        &self,
        a: &Answering<'_>,
        toast: Option<&str>,
        deferred: bool,
    ) -> serenity::Result<()> {
        match (toast, deferred) {
            (Some(t), false) => {
                let said = CreateInteractionResponse::Message(
                    CreateInteractionResponseMessage::new().content(t.to_string()).ephemeral(true),
                );
                retry(Platform::Discord, "respond", || said.clone().execute(a.http, (a.id, a.token))).await
            }
            (Some(t), true) => {
                let said = CreateInteractionResponseFollowup::new().content(t.to_string()).ephemeral(true);
                retry(Platform::Discord, "follow up", || said.clone().execute(a.http, (None, a.token)))
                    .await
                    .map(|_| ())
            }
            (None, false) => {
                let ack = CreateInteractionResponse::Acknowledge;
                retry(Platform::Discord, "acknowledge", || ack.clone().execute(a.http, (a.id, a.token))).await
            }
            (None, true) => Ok(()),
        }
    }
}

/// The reply's picture and file as Discord attachments (uploaded as `files[n]` with their
/// metadata in `payload_json`); the picture's alt text is its description, which Discord
/// gives to screen readers.
fn attachments(reply: &Reply) -> Vec<CreateAttachment> {
    reply
        .image
        .iter()
        .chain(reply.file.iter())
        .map(|a| {
            let upload = CreateAttachment::bytes(a.bytes.clone(), a.name.clone());
            match &a.description {
                Some(d) => upload.description(d.chars().take(MAX_DESCRIPTION).collect::<String>()),
                None => upload,
            }
        })
        .collect()
}

/// A message's text without the mentions of the bot (`<@id>` or `<@!id>`).
fn without_mention(content: &str, me: UserId) -> String {
    let id = me.get();
    content
        .replace(&format!("<@{id}>"), "")
        .replace(&format!("<@!{id}>"), "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The reply's buttons within Discord's limits: rows of at most five; when there are more
/// than five rows, the last row (Back, Why, Cancel) stays and the rest are packed.
fn components(rows: &[Vec<Button>]) -> Vec<CreateActionRow> {
    let mut rows: Vec<Vec<Button>> =
        rows.iter().flat_map(|r| r.chunks(MAX_PER_ROW).map(<[Button]>::to_vec)).collect();
    if rows.len() > MAX_ROWS {
        let last = rows.pop().unwrap_or_default();
        let flat: Vec<Button> = rows.into_iter().flatten().collect();
        rows = flat.chunks(MAX_PER_ROW).map(<[Button]>::to_vec).collect();
        rows.truncate(MAX_ROWS - 1);
        rows.push(last);
    }
    rows.into_iter()
        .filter(|r| !r.is_empty())
        .map(|r| {
            CreateActionRow::Buttons(
                r.into_iter()
                    .map(|b| {
                        let label: String = b.label.chars().take(MAX_LABEL).collect();
                        CreateButton::new(b.action).label(label).style(ButtonStyle::Secondary)
                    })
                    .collect(),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn buttons(n: usize) -> Vec<Button> {
        (0..n).map(|i| Button { label: format!("b{i}"), action: format!("a{i}") }).collect()
    }

    #[test]
    fn more_than_five_rows_are_packed_keeping_the_last_row() {
        let mut rows: Vec<Vec<Button>> = buttons(6).into_iter().map(|b| vec![b]).collect();
        rows.push(buttons(3));
        let packed = components(&rows);
        assert_eq!(packed.len(), 3);
        let eleven = vec![buttons(6), buttons(5), buttons(2)];
        assert_eq!(components(&eleven).len(), 4, "a row of six becomes a row of five and one");
    }

    #[test]
    fn the_config_never_prints_its_token() {
        let c = DiscordConfig { token: "SECRET".into(), api_url: None, guild_id: None, shards: None };
        assert!(!format!("{c:?}").contains("SECRET"));
    }
}
