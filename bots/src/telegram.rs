//! The Telegram adapter (teloxide, long polling). It turns messages and callback queries into
//! engine inputs and the engine's replies into messages, inline keyboards and in-place edits.
//! It decides nothing about the conversation; it only knows Telegram.

use std::{sync::Arc, time::Duration};

use crate::scheduler::Undelivered;
use anyhow::{Context, Result};
use teloxide::{
    adaptors::{throttle::Limits, Throttle},
    dispatching::{Dispatcher, ShutdownToken, UpdateFilterExt},
    dptree,
    error_handlers::LoggingErrorHandler,
    payloads::{EditMessageTextSetters, SendMessageSetters, SetMyCommandsSetters},
    prelude::{Requester, RequesterExt},
    types::{
        BotCommand, BotCommandScope, CallbackQuery, ChatId, InlineKeyboardButton, InlineKeyboardMarkup,
        Message, MessageId, Update, User, UserId,
    },
    ApiError, Bot, RequestError,
};
use tokio::task::JoinHandle;
use upback_core::{
    action::Action,
    command::{self, Command},
    engine::Engine,
    input::{ChatKind, Input, Platform, Role, Who},
    reply::{pieces, Reply},
    store::SledStore,
};

/// The bot as the handlers use it: every send goes through teloxide's throttle, which keeps
/// Telegram's limits (1 message a second per chat, 20 a minute per group, 30 a second
/// overall) and waits out a 429's retry_after.
type TgBot = Throttle<Bot>;

/// Telegram allows 1 message a second per chat, 20 a minute per group and 30 a second
/// overall. teloxide's throttle lets each second's allowance go as one batch, and measured
/// where Telegram counts, two batches can land inside one second; so the overall allowance
/// is half of Telegram's, which keeps every second Telegram sees at 30 or fewer.
const LIMITS: Limits = Limits {
    messages_per_sec_chat: 1,
    messages_per_min_chat: 20,
    messages_per_min_channel_or_supergroup: 20,
    messages_per_sec_overall: 15,
};

/// Telegram's longest message, in characters; longer texts are split at line breaks.
const MAX_MESSAGE: usize = 4000;
/// How often a request that failed for a passing reason (5xx, a dropped connection) is tried.
const ATTEMPTS: u32 = 5;

/// Where and how to reach Telegram.
#[derive(Clone)]
pub struct TelegramConfig {
    pub token: String,
    /// A self-hosted Bot API server, or a test's fake; `None` is api.telegram.org.
    pub api_url: Option<url::Url>,
}

impl std::fmt::Debug for TelegramConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The token never reaches a log line.
        f.debug_struct("TelegramConfig")
            .field("token", &"<redacted>")
            .field("api_url", &self.api_url)
            .finish()
    }
}

struct Context_ {
    engine: Arc<Engine<SledStore>>,
    /// The bot's @username, for deep links and for telling our commands from other bots'.
    username: String,
    /// The bot's own user id, for telling a reply to the bot from other replies.
    id: UserId,
}

/// A running Telegram adapter.
pub struct Running {
    shutdown: ShutdownToken,
    task: JoinHandle<()>,
    outbox: Arc<Outbox>,
}

/// Posts reminders into Telegram chats, through the same throttled bot as the replies.
pub struct Outbox {
    bot: TgBot,
    username: String,
}

impl crate::scheduler::Outbox for Outbox {
    fn platform(&self) -> &'static str {
        Platform::Telegram.key()
    }

    fn post<'a>(
        &'a self,
        chat_id: &'a str,
        reply: &'a Reply,
        _role: Option<u64>,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = Result<(), Undelivered>> + Send + 'a>> {
        Box::pin(async move {
            let chat =
                ChatId(chat_id.parse().map_err(|_| Undelivered::Gone(format!("bad chat id {chat_id}")))?);
            match deliver(&self.bot, &self.username, chat, chat.0 < 0, None, vec![reply.clone()]).await {
                Ok(()) => Ok(()),
                Err(e) if gone(&e) => Err(Undelivered::Gone(e.to_string())),
                Err(e) => Err(Undelivered::Failed(e.to_string())),
            }
        })
    }
}

/// Whether Telegram says the bot can no longer post in the chat (blocked, removed, the chat
/// deleted): a 403, or a 400 that names the chat.
fn gone(e: &RequestError) -> bool {
    match e {
        RequestError::Api(api) => match api {
            ApiError::BotBlocked
            | ApiError::BotKicked
            | ApiError::BotKickedFromSupergroup
            | ApiError::ChatNotFound
            | ApiError::UserDeactivated
            | ApiError::CantInitiateConversation
            | ApiError::NotEnoughRightsToPostMessages
            | ApiError::GroupDeactivated => true,
            ApiError::Unknown(d) => d.starts_with("Forbidden"),
            _ => false,
        },
        RequestError::MigrateToChatId(_) => true,
        _ => false,
    }
}

impl Running {
    /// Where the scheduler posts Telegram reminders.
    pub fn outbox(&self) -> Arc<Outbox> {
        self.outbox.clone()
    }

    /// Stops polling, lets the updates in flight finish, and returns once the dispatcher has.
    pub async fn stop(self) -> Result<()> {
        // Not awaited: awaiting the returned future can hang (see shared/platform-fakes.md);
        // the dispatcher's own task ending is what we wait for.
        match self.shutdown.shutdown() {
            Ok(_) => {}
            Err(_) => tracing::debug!("telegram dispatcher was not running"),
        }
        tokio::time::timeout(Duration::from_secs(10), self.task)
            .await
            .context("the telegram adapter did not stop within 10 s")?
            .context("the telegram adapter failed")?;
        Ok(())
    }
}

/// Connects, registers the command menu and starts polling in the background.
pub async fn start(engine: Arc<Engine<SledStore>>, config: TelegramConfig) -> Result<Running> {
    start_with(engine, config, Arc::new(std::sync::atomic::AtomicBool::new(false))).await
}

/// [`start`], setting `connected` once Telegram answered and polling begins (for /healthz).
pub async fn start_with(
    engine: Arc<Engine<SledStore>>,
    config: TelegramConfig,
    connected: Arc<std::sync::atomic::AtomicBool>,
) -> Result<Running> {
    let mut bot = Bot::new(config.token.trim());
    if let Some(url) = config.api_url.clone() {
        bot = bot.set_api_url(url);
    }
    let me = retry("getMe", || bot.get_me()).await.context("telegram: getMe failed (is the token right?)")?;
    let username = me.username.clone().unwrap_or_default();
    tracing::info!(bot = %username, "telegram connected");
    register_commands(&bot, &engine).await;

    let bot = bot.throttle(LIMITS);
    let outbox = Arc::new(Outbox { bot: bot.clone(), username: username.clone() });
    let ctx = Arc::new(Context_ { engine, username, id: me.id });
    let handler = dptree::entry()
        .branch(Update::filter_message().endpoint(on_message))
        .branch(Update::filter_callback_query().endpoint(on_callback));
    let mut dispatcher = Dispatcher::builder(bot, handler)
        .dependencies(dptree::deps![ctx])
        // One user's updates in order; different users in parallel.
        .distribution_function(|u: &Update| u.from().map(|user| user.id))
        .default_handler(|update| async move {
            tracing::debug!(id = update.id.0, "ignoring an update kind the bot does not use");
        })
        .error_handler(LoggingErrorHandler::with_custom_text("telegram: a handler failed"))
        .build();
    let shutdown = dispatcher.shutdown_token();
    connected.store(true, std::sync::atomic::Ordering::SeqCst);
    let task = tokio::spawn(async move { dispatcher.dispatch().await });
    Ok(Running { shutdown, task, outbox })
}

async fn register_commands(bot: &Bot, engine: &Engine<SledStore>) {
    let listed = |tag: &str, moderators: bool| -> Vec<BotCommand> {
        Command::ALL
            .iter()
            .filter(|c| moderators || !c.is_for_moderators())
            .map(|c| BotCommand::new(c.name(), engine.locales().format(tag, &c.description())))
            .collect()
    };
    // Members see their own commands everywhere; in a private chat reminders and the routine
    // are theirs too; group administrators see the moderator commands as well. The source
    // language is the default; every other locale is registered for its language code.
    let source = engine.source_locale();
    let mut languages: Vec<(&str, Option<String>)> = vec![(source, None)];
    for tag in engine.locales().tags().into_iter().filter(|t| *t != source) {
        let code = tag.split('-').next().unwrap_or(tag).to_ascii_lowercase();
        languages.push((tag, Some(code)));
    }
    for (tag, code) in languages {
        let scopes = [
            (listed(tag, false), BotCommandScope::Default),
            (listed(tag, true), BotCommandScope::AllPrivateChats),
            (listed(tag, true), BotCommandScope::AllChatAdministrators),
        ];
        for (commands, scope) in scopes {
            let set = retry("setMyCommands", || {
                let mut r = bot.set_my_commands(commands.clone()).scope(scope.clone());
                if let Some(code) = &code {
                    r = r.language_code(code.clone());
                }
                r
            })
            .await;
            if let Err(e) = set {
                // The menu is a convenience: the bot works without it.
                tracing::warn!(error = %e, "telegram: could not register the command menu");
            }
        }
    }
}

/// A group's creator and administrators are its moderators; asked of Telegram on every use,
/// so a demoted admin loses the right at once.
async fn role_in(bot: &TgBot, chat: ChatId, user: UserId) -> Role {
    match retry("getChatMember", || bot.inner().get_chat_member(chat, user)).await {
        Ok(member) if member.is_privileged() => Role::Moderator,
        Ok(_) => Role::Member,
        Err(e) => {
            tracing::warn!(error = %e, "telegram: could not check a member's rights; treating as a member");
            Role::Member
        }
    }
}

fn who(user: &User, chat: &teloxide::types::Chat) -> Who {
    Who {
        platform: Platform::Telegram,
        user_id: user.id.0.to_string(),
        chat_id: chat.id.0.to_string(),
        locale: user.language_code.clone(),
        role: Role::Member,
        chat: if chat.is_private() { ChatKind::Private } else { ChatKind::Group { private_replies: false } },
    }
}

async fn on_message(bot: TgBot, msg: Message, ctx: Arc<Context_>) -> Result<(), RequestError> {
    let Some(user) = msg.from.as_ref().filter(|u| !u.is_bot) else { return Ok(()) };
    let replying_to_bot =
        msg.reply_to_message().and_then(|m| m.from.as_ref()).is_some_and(|u| u.id == ctx.id);
    let input = match msg.text() {
        Some(text) if for_another_bot(text, &ctx.username) => return Ok(()),
        Some(text) if msg.chat.is_private() => Input::Text(text.to_string()),
        // In a group only what is addressed to the bot is its business (with privacy mode on,
        // Telegram sends nothing else; with it off, everything else is left alone here).
        Some(text) => match addressed(text, &ctx.username, replying_to_bot) {
            Some(text) => Input::Text(text),
            None => return Ok(()),
        },
        None if msg.chat.is_private() => Input::NonText,
        None => return Ok(()),
    };
    let mut who = who(user, &msg.chat);
    if !msg.chat.is_private() && input.is_for_moderators() {
        who.role = role_in(&bot, msg.chat.id, user.id).await;
    }
    let replies = handle(&ctx, who, input).await;
    deliver(&bot, &ctx.username, msg.chat.id, !msg.chat.is_private(), None, replies).await
}

/// A group message's text when it is for the bot: a command, a message naming `@bot` (the
/// name taken out), or a reply to one of the bot's messages.
fn addressed(text: &str, username: &str, replying_to_bot: bool) -> Option<String> {
    if command::split(text).is_some() || replying_to_bot {
        return Some(text.to_string());
    }
    let mention = format!("@{}", username.to_lowercase());
    let lower = text.to_lowercase();
    let at = lower.find(&mention).filter(|_| !username.is_empty())?;
    // Case folding can change byte lengths: cut by characters, not bytes.
    let before = lower[..at].chars().count();
    let length = mention.chars().count();
    let rest: String = text.chars().take(before).chain(text.chars().skip(before + length)).collect();
    Some(rest.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// `/start@other_bot` in a group is for another bot.
fn for_another_bot(text: &str, username: &str) -> bool {
    command::split(text).is_some()
        && text
            .split_whitespace()
            .next()
            .and_then(|w| w.split_once('@'))
            .is_some_and(|(_, name)| !name.eq_ignore_ascii_case(username))
}

async fn on_callback(bot: TgBot, q: CallbackQuery, ctx: Arc<Context_>) -> Result<(), RequestError> {
    // The spinner on the user's button always stops, whatever the button was.
    if let Err(e) = retry("answerCallbackQuery", || bot.inner().answer_callback_query(q.id.clone())).await {
        tracing::warn!(error = %e, "telegram: could not answer a callback query");
    }
    let (chat_id, group, message) = match &q.message {
        Some(m) => (m.chat().id, !m.chat().is_private(), Some(m.id())),
        None => (ChatId(q.from.id.0 as i64), false, None),
    };
    let mut who = Who::private(Platform::Telegram, q.from.id.0.to_string());
    who.chat_id = chat_id.0.to_string();
    who.locale = q.from.language_code.clone();
    let input = Input::Action(q.data.clone().unwrap_or_default());
    if group {
        who.chat = ChatKind::Group { private_replies: false };
        if input.is_for_moderators() {
            who.role = role_in(&bot, chat_id, q.from.id).await;
        }
    }
    let replies = handle(&ctx, who, input).await;
    deliver(&bot, &ctx.username, chat_id, group, message, replies).await
}

/// Runs the engine off the async threads: it touches the disk.
async fn handle(ctx: &Arc<Context_>, who: Who, input: Input) -> Vec<Reply> {
    let engine = ctx.engine.clone();
    let (kind, started) = (crate::metrics::kind(&input), std::time::Instant::now());
    let replies = tokio::task::spawn_blocking(move || engine.handle(&who, input, chrono::Utc::now()))
        .await
        .unwrap_or_else(|e| {
            tracing::error!(error = %e, "telegram: the engine task failed");
            Vec::new()
        });
    crate::metrics::METRICS.handled(Platform::Telegram, kind, started.elapsed(), replies.len());
    replies
}

/// The inline keyboard of a reply. In a group, a button that opens something personal becomes
/// a deep link into the private chat (`t.me/<bot>?start=<command>`).
fn keyboard(reply: &Reply, group: bool, username: &str) -> Option<InlineKeyboardMarkup> {
    if reply.buttons.is_empty() {
        return None;
    }
    let rows = reply.buttons.iter().map(|row| {
        row.iter()
            .map(|b| match Action::decode(&b.action) {
                Ok(Action::Run(c)) if group && c.is_personal() => {
                    match format!("https://t.me/{username}?start={}", c.name()).parse() {
                        Ok(url) => InlineKeyboardButton::url(b.label.clone(), url),
                        Err(_) => InlineKeyboardButton::callback(b.label.clone(), b.action.clone()),
                    }
                }
                _ => InlineKeyboardButton::callback(b.label.clone(), b.action.clone()),
            })
            .collect::<Vec<_>>()
    });
    Some(InlineKeyboardMarkup::new(rows))
}

/// Sends the replies: the first one marked `edit` replaces the message whose button was
/// pressed, the others are new messages.
async fn deliver(
    bot: &TgBot,
    username: &str,
    chat: ChatId,
    group: bool,
    mut pressed: Option<MessageId>,
    replies: Vec<Reply>,
) -> Result<(), RequestError> {
    for reply in replies {
        let markup = keyboard(&reply, group, username);
        let parts = pieces(&reply.text, MAX_MESSAGE);
        let last = parts.len().saturating_sub(1);
        for (i, text) in parts.into_iter().enumerate() {
            // The keyboard goes under the last piece of a long text.
            let markup = if i == last { markup.clone() } else { None };
            // A long text edits the message with its first piece; the rest are new messages.
            if let (true, Some(id), 0) = (reply.edit, pressed, i) {
                pressed = None;
                let edited = retry("editMessageText", || {
                    let mut r = bot.edit_message_text(chat, id, text.clone());
                    if let Some(m) = &markup {
                        r = r.reply_markup(m.clone());
                    }
                    r
                })
                .await;
                match edited {
                    Ok(_) | Err(RequestError::Api(ApiError::MessageNotModified)) => continue,
                    // Too old to edit, or deleted: say it as a new message instead.
                    Err(e) => tracing::info!(error = %e, "telegram: could not edit; sending instead"),
                }
            }
            retry("sendMessage", || {
                let mut r = bot.send_message(chat, text.clone());
                if let Some(m) = &markup {
                    r = r.reply_markup(m.clone());
                }
                r
            })
            .await
            .inspect_err(|_| crate::metrics::METRICS.error(Platform::Telegram))?;
        }
    }
    Ok(())
}

/// Whether a failure may pass: a server error, a dropped connection, an answer that was not
/// the Bot API's (a proxy's error page).
fn transient(e: &RequestError) -> bool {
    match e {
        RequestError::Network(_) | RequestError::InvalidJson { .. } | RequestError::Io(_) => true,
        RequestError::Api(ApiError::Unknown(description)) => {
            let d = description.to_ascii_lowercase();
            ["internal server error", "bad gateway", "service unavailable", "gateway timeout"]
                .iter()
                .any(|s| d.contains(s))
        }
        _ => false,
    }
}

/// Sends a request, waiting out a 429's retry_after and retrying passing failures with
/// exponential backoff.
async fn retry<F, R, T>(what: &str, make: F) -> Result<T, RequestError>
where
    F: Fn() -> R,
    R: std::future::IntoFuture<Output = Result<T, RequestError>>,
{
    let mut backoff = Duration::from_millis(200);
    let mut attempt = 1;
    loop {
        match make().into_future().await {
            Ok(v) => return Ok(v),
            Err(RequestError::RetryAfter(wait)) if attempt < ATTEMPTS => {
                tracing::info!(request = what, seconds = wait.seconds(), "telegram: rate limited; waiting");
                tokio::time::sleep(wait.duration()).await;
            }
            Err(e) if transient(&e) && attempt < ATTEMPTS => {
                tracing::warn!(request = what, error = %e, attempt, "telegram: retrying");
                tokio::time::sleep(backoff).await;
                backoff *= 2;
            }
            Err(e) => return Err(e),
        }
        attempt += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_for_other_bots_are_left_alone() {
        assert!(for_another_bot("/start@other_bot", "upback_bot"));
        assert!(!for_another_bot("/start@UpBack_Bot now", "upback_bot"));
        assert!(!for_another_bot("/start", "upback_bot"));
        assert!(!for_another_bot("hello @other_bot", "upback_bot"));
    }

    #[test]
    fn in_a_group_only_commands_mentions_and_replies_are_for_the_bot() {
        assert_eq!(addressed("/faq", "upback_bot", false).as_deref(), Some("/faq"));
        assert_eq!(
            addressed("@UpBack_Bot I have chest pain", "upback_bot", false).as_deref(),
            Some("I have chest pain")
        );
        assert_eq!(
            addressed("hey @upback_bot, shoes?", "upback_bot", false).as_deref(),
            Some("hey , shoes?")
        );
        assert_eq!(addressed("thanks!", "upback_bot", true).as_deref(), Some("thanks!"));
        assert_eq!(addressed("nice run everyone", "upback_bot", false), None);
        assert_eq!(addressed("@other_bot hello", "upback_bot", false), None);
    }

    #[test]
    fn the_config_never_prints_its_token() {
        let c = TelegramConfig { token: "123:SECRET".into(), api_url: None };
        assert!(!format!("{c:?}").contains("SECRET"));
    }
}
