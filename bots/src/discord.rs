//! The Discord adapter (serenity). Slash commands and button presses become engine inputs;
//! replies become interaction responses, in-place updates and follow-ups. In a server,
//! anything personal is ephemeral: only the member who asked sees it.

use std::{
    future::Future,
    sync::{
        atomic::{AtomicUsize, Ordering},
        Arc,
    },
    time::Duration,
};

use crate::{metrics::METRICS, scheduler::Undelivered};
use anyhow::{Context as _, Result};
use serenity::{
    all::{
        ButtonStyle, ChannelId, Command as SlashCommand, CommandDataOptionValue, CommandInteraction,
        CommandOptionType, ComponentInteraction, CreateActionRow, CreateAllowedMentions, CreateButton,
        CreateCommand, CreateCommandOption, CreateInteractionResponse, CreateInteractionResponseFollowup,
        CreateInteractionResponseMessage, CreateMessage, EditInteractionResponse, Event, GatewayIntents,
        GuildId, HttpError, Interaction, InteractionId, MessageFlags, Permissions, Ready, RoleId, UserId,
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
    reply::{pieces, Button, Msg, Reply},
    store::SledStore,
};

/// Discord's longest message content.
const MAX_CONTENT: usize = 2000;
/// Discord's limits on components: rows per message, buttons per row, characters per label.
const MAX_ROWS: usize = 5;
const MAX_PER_ROW: usize = 5;
const MAX_LABEL: usize = 80;
/// How often a request that failed for a passing reason (429, 5xx, network) is tried.
const ATTEMPTS: u32 = 5;
/// Discord wants an answer to an interaction within 3 s; past this, the bot defers first.
const ANSWER_WITHIN: Duration = Duration::from_millis(2000);

#[derive(Clone)]
pub struct DiscordConfig {
    pub token: String,
    /// A REST proxy (twilight's http-proxy, nirn-proxy, a test's fake); `None` is discord.com.
    pub api_url: Option<url::Url>,
    /// Register the commands in this guild only (instant; for trying out a deployment).
    pub guild_id: Option<u64>,
}

impl std::fmt::Debug for DiscordConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DiscordConfig")
            .field("token", &"<redacted>")
            .field("api_url", &self.api_url)
            .field("guild_id", &self.guild_id)
            .finish()
    }
}

/// A running Discord adapter.
pub struct Running {
    shards: Arc<ShardManager>,
    task: JoinHandle<()>,
    unknown_events: Arc<AtomicUsize>,
    outbox: Arc<Outbox>,
    connected: Arc<std::sync::atomic::AtomicBool>,
}

impl Running {
    /// Whether the gateway said READY (for /healthz).
    pub fn connected(&self) -> Arc<std::sync::atomic::AtomicBool> {
        self.connected.clone()
    }

    /// Closes the gateway connection; interactions in flight finish on their own tasks.
    pub async fn stop(self) -> Result<()> {
        self.shards.shutdown_all().await;
        tokio::time::timeout(Duration::from_secs(10), self.task)
            .await
            .context("the discord adapter did not stop within 10 s")?
            .context("the discord adapter failed")?;
        Ok(())
    }

    /// Where the scheduler posts Discord reminders.
    pub fn outbox(&self) -> Arc<Outbox> {
        self.outbox.clone()
    }

    /// Gateway events serenity could not parse so far (each is logged; none stops the bot).
    pub fn unknown_events(&self) -> usize {
        self.unknown_events.load(Ordering::SeqCst)
    }
}

struct Handler {
    /// Weak, so that once the adapter stops, serenity's last event tasks cannot keep the
    /// database open: whoever started the adapter decides when the engine goes.
    engine: std::sync::Weak<Engine<SledStore>>,
    guild: Option<GuildId>,
    connected: Arc<std::sync::atomic::AtomicBool>,
    /// The bot's own user, from READY: a server message is for the bot when it mentions it.
    me: std::sync::OnceLock<UserId>,
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

pub async fn start(engine: Arc<Engine<SledStore>>, config: DiscordConfig) -> Result<Running> {
    start_with(engine, config, Arc::new(std::sync::atomic::AtomicBool::new(false))).await
}

/// [`start`], setting `connected` once the gateway says READY (for /healthz).
pub async fn start_with(
    engine: Arc<Engine<SledStore>>,
    config: DiscordConfig,
    connected: Arc<std::sync::atomic::AtomicBool>,
) -> Result<Running> {
    let mut http = HttpBuilder::new(config.token.trim());
    if let Some(url) = &config.api_url {
        // serenity's own rate limiter ignores the proxy; the proxy limits, and 429s that still
        // come back are retried here.
        http = http.proxy(url.as_str().trim_end_matches('/')).ratelimiter_disabled(true);
    }
    let unknown = Arc::new(AtomicUsize::new(0));
    let handler = Handler {
        engine: Arc::downgrade(&engine),
        guild: config.guild_id.map(GuildId::new),
        connected: connected.clone(),
        me: std::sync::OnceLock::new(),
    };
    let mut client = ClientBuilder::new_with_http(
        http.build(),
        GatewayIntents::GUILDS | GatewayIntents::DIRECT_MESSAGES | GatewayIntents::GUILD_MESSAGES,
    )
    .event_handler(handler)
    .raw_event_handler(Tripwire { unknown: unknown.clone() })
    .await
    .context("discord: cannot build the client")?;
    let shards = client.shard_manager.clone();
    let outbox = Arc::new(Outbox { http: client.http.clone(), engine: Arc::downgrade(&engine) });
    let task = tokio::spawn(async move {
        if let Err(e) = client.start().await {
            tracing::error!(error = %e, "discord: the gateway connection ended with an error");
        }
    });
    Ok(Running { shards, task, unknown_events: unknown, outbox, connected })
}

/// Every command of the core, with its description in the source language.
/// The locales Discord's clients report, for matching ours against.
const DISCORD_LOCALES: &[&str] = &[
    "id", "da", "de", "en-GB", "en-US", "es-ES", "es-419", "fr", "hr", "it", "lt", "hu", "nl", "no", "pl",
    "pt-BR", "ro", "fi", "sv-SE", "vi", "tr", "cs", "el", "bg", "ru", "uk", "hi", "th", "zh-CN", "ja",
    "zh-TW", "ko",
];

/// Every Discord locale one of ours serves, other than the source: `es` serves `es-ES` and
/// `es-419`, `de` serves `de`.
fn discord_locales_for(engine: &Engine<SledStore>) -> Vec<(&'static str, String)> {
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
pub fn slash_commands(engine: &Engine<SledStore>) -> Vec<CreateCommand> {
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
            command
        })
        .collect()
}

/// A slash command's options as typed values: `when` and `note` are the command's text, the
/// role stays a role.
fn command_args(c: &CommandInteraction) -> CommandArgs {
    let option = |name: &str| c.data.options.iter().find(|o| o.name == name).map(|o| &o.value);
    let words: Vec<&str> = ["when", "note"]
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
/// interaction, so a change of rights counts at once.
fn role_of(member: Option<&serenity::all::Member>) -> Role {
    match member.and_then(|m| m.permissions) {
        Some(p) if p.manage_guild() || p.administrator() => Role::Moderator,
        _ => Role::Member,
    }
}

/// Posts reminders into Discord channels.
pub struct Outbox {
    http: Arc<Http>,
    /// Weak for the same reason as the handler's: a stopped adapter must not keep the store.
    engine: std::sync::Weak<Engine<SledStore>>,
}

/// Discord shows slash commands under their translated names (`/verlauf`), so a text that
/// names a command follows; Telegram and the terminal keep the typed names.
fn as_discord_shows(engine: &Engine<SledStore>, mut reply: Reply) -> Reply {
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
                if gone(&e) {
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
    let pieces = pieces(&content, MAX_CONTENT);
    let last = pieces.len().saturating_sub(1);
    for (i, piece) in pieces.into_iter().enumerate() {
        let rows = if i == last { components(&reply.buttons) } else { Vec::new() };
        let message = CreateMessage::new().content(piece).components(rows).allowed_mentions(mentions.clone());
        retry("post", || message.clone().execute(http, (channel, None))).await?;
    }
    Ok(())
}

/// Whether Discord says the channel is gone or closed to the bot: 404, 403, or the JSON codes
/// for an unknown channel (10003), missing access (50001) and a user who cannot be messaged
/// (50007).
fn gone(e: &serenity::Error) -> bool {
    match e {
        serenity::Error::Http(HttpError::UnsuccessfulRequest(r)) => {
            matches!(r.status_code.as_u16(), 403 | 404) || matches!(r.error.code, 10003 | 50001 | 50007)
        }
        _ => false,
    }
}

#[async_trait]
impl EventHandler for Handler {
    async fn ready(&self, ctx: Context, ready: Ready) {
        tracing::info!(user = %ready.user.name, "discord connected");
        let _ = self.me.set(ready.user.id);
        self.connected.store(true, Ordering::SeqCst);
        let Some(engine) = self.engine.upgrade() else { return };
        let commands = slash_commands(&engine);
        let registered = match self.guild {
            Some(guild) => {
                retry("register guild commands", || guild.set_commands(&ctx.http, commands.clone()))
                    .await
                    .map(|c| c.len())
            }
            None => retry("register global commands", || {
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
        let who = Who {
            platform: Platform::Discord,
            user_id: msg.author.id.get().to_string(),
            chat_id: msg.channel_id.get().to_string(),
            locale: None,
            role: Role::Member,
            chat: if in_guild { ChatKind::Group { private_replies: false } } else { ChatKind::Private },
        };
        let (kind, started) = (input.kind(), std::time::Instant::now());
        let handling = engine.clone();
        let replies =
            match tokio::task::spawn_blocking(move || handling.handle(&who, input, chrono::Utc::now())).await
            {
                Ok(r) => r,
                Err(e) => {
                    tracing::error!(error = %e, "discord: the engine task failed");
                    return;
                }
            };
        METRICS.handled(Platform::Discord, kind, started.elapsed(), replies.len());
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
    }
}

/// What the adapter needs to answer one interaction.
struct Answering<'a> {
    http: &'a Http,
    id: InteractionId,
    token: &'a str,
    in_guild: bool,
    /// For a button press: whether the message the button sits on is ephemeral.
    pressed_ephemeral: Option<bool>,
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
            in_guild: c.guild_id.is_some(),
            pressed_ephemeral: None,
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
            in_guild: c.guild_id.is_some(),
            pressed_ephemeral: Some(ephemeral),
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
        let (kind, started) = (crate::metrics::kind(&input), std::time::Instant::now());
        let handling = engine.clone();
        let mut work = tokio::task::spawn_blocking(move || handling.handle(&who, input, chrono::Utc::now()));
        let (replies, deferred) = match tokio::time::timeout(ANSWER_WITHIN, &mut work).await {
            Ok(done) => (done, false),
            Err(_) => {
                // Deferred as ephemeral in a server: whatever comes may be personal.
                let defer = match a.pressed_ephemeral {
                    Some(_) => CreateInteractionResponse::Acknowledge,
                    None => CreateInteractionResponse::Defer(
                        CreateInteractionResponseMessage::new().ephemeral(a.in_guild),
                    ),
                };
                if let Err(e) = retry("defer", || defer.clone().execute(a.http, (a.id, a.token))).await {
                    tracing::warn!(error = %e, "discord: could not defer an interaction");
                }
                (work.await, true)
            }
        };
        let replies = match replies {
            Ok(r) => r,
            Err(e) => {
                tracing::error!(error = %e, "discord: the engine task failed");
                return;
            }
        };
        METRICS.handled(Platform::Discord, kind, started.elapsed(), replies.len());
        let replies = replies.into_iter().map(|r| as_discord_shows(&engine, r)).collect();
        if let Err(e) = self.deliver(&a, replies, deferred).await {
            METRICS.error(Platform::Discord);
            tracing::error!(error = %e, "discord: could not deliver a reply");
        }
    }

    async fn deliver(&self, a: &Answering<'_>, replies: Vec<Reply>, deferred: bool) -> serenity::Result<()> {
        let mut first = true;
        for reply in replies {
            let ephemeral = reply.private && a.in_guild;
            let pieces = pieces(&reply.text, MAX_CONTENT);
            let last = pieces.len().saturating_sub(1);
            for (i, content) in pieces.into_iter().enumerate() {
                let rows = if i == last { components(&reply.buttons) } else { Vec::new() };
                if first {
                    first = false;
                    // Update the pressed message only when that keeps its visibility: a
                    // personal reply must never replace a message the whole channel sees.
                    // A long text updates it with its first piece; the rest follow.
                    let update =
                        reply.edit && a.pressed_ephemeral.is_some_and(|e| e == ephemeral || !a.in_guild);
                    if deferred && (update || a.pressed_ephemeral.is_none()) {
                        let edit = EditInteractionResponse::new().content(content).components(rows);
                        retry("edit response", || edit.clone().execute(a.http, a.token)).await?;
                        continue;
                    }
                    if !deferred {
                        let message =
                            CreateInteractionResponseMessage::new().content(content).components(rows);
                        let response = if update {
                            CreateInteractionResponse::UpdateMessage(message)
                        } else {
                            CreateInteractionResponse::Message(message.ephemeral(ephemeral))
                        };
                        retry("respond", || response.clone().execute(a.http, (a.id, a.token))).await?;
                        continue;
                    }
                }
                let followup = CreateInteractionResponseFollowup::new()
                    .content(content)
                    .components(rows)
                    .ephemeral(ephemeral);
                retry("follow up", || followup.clone().execute(a.http, (None, a.token))).await?;
            }
        }
        Ok(())
    }
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

/// Whether a failed request may succeed when tried again, and after how long at least.
fn transient(e: &serenity::Error) -> Option<Duration> {
    match e {
        serenity::Error::Http(HttpError::UnsuccessfulRequest(r)) if r.status_code.as_u16() == 429 => {
            Some(Duration::from_millis(500))
        }
        serenity::Error::Http(HttpError::UnsuccessfulRequest(r)) if r.status_code.is_server_error() => {
            Some(Duration::from_millis(200))
        }
        serenity::Error::Http(HttpError::Request(_)) => Some(Duration::from_millis(200)),
        _ => None,
    }
}

async fn retry<T, F, Fut>(what: &str, make: F) -> serenity::Result<T>
where
    F: Fn() -> Fut,
    Fut: Future<Output = serenity::Result<T>>,
{
    let mut attempt = 1;
    loop {
        match make().await {
            Ok(v) => return Ok(v),
            Err(e) => match transient(&e) {
                Some(wait) if attempt < ATTEMPTS => {
                    let wait = wait * 2u32.pow(attempt - 1);
                    tracing::warn!(request = what, error = %e, attempt, "discord: retrying");
                    tokio::time::sleep(wait).await;
                    attempt += 1;
                }
                _ => return Err(e),
            },
        }
    }
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
        let c = DiscordConfig { token: "SECRET".into(), api_url: None, guild_id: None };
        assert!(!format!("{c:?}").contains("SECRET"));
    }
}
