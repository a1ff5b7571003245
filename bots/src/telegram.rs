//! The Telegram adapter (teloxide; long polling, or a webhook when [`Webhook`] is set). It turns messages and callback queries into
//! engine inputs, and the engine's replies into messages, inline keyboards, in-place edits,
//! photos and documents, sent through the shared delivery path (a paced queue per chat that
//! coalesces edits). It decides nothing about the conversation; it only knows Telegram's wire.

use crate::database::Db;
use std::{
    future::{Future, IntoFuture},
    pin::Pin,
    sync::Arc,
    time::Duration,
};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use teloxide::{
    dispatching::{Dispatcher, ShutdownToken, UpdateFilterExt},
    dptree,
    error_handlers::LoggingErrorHandler,
    payloads::{
        AnswerCallbackQuerySetters, EditMessageTextSetters, SendDocumentSetters, SendMessageSetters,
        SendPhotoSetters, SetMyCommandsSetters,
    },
    prelude::Requester,
    types::{
        BotCommand, BotCommandScope, CallbackQuery, ChatId, InlineKeyboardButton, InlineKeyboardMarkup,
        InputFile, Message, MessageId, Update, User, UserId,
    },
    ApiError, Bot, RequestError,
};
use tokio::task::JoinHandle;
use upback_core::{
    action::Action,
    command::{self, Command},
    engine::Engine,
    input::{ChatKind, Input, Platform, Role, Who},
    reply::{Attachment, Button, Reply},
};

use crate::{
    delivery::{
        cut,
        mailbox::{Mailboxes, Wire},
        pacing::Limits,
        retry::{retry, Classify, Failure},
        Undelivered,
    },
    secret::Secret,
};

mod joining;
mod webhook;

/// Telegram's longest message, in characters; longer texts are split at line breaks.
const MAX_MESSAGE: usize = 4000;
/// Telegram's longest caption of a photo or document, in the UTF-16 code units it counts
/// (an emoji is two); a longer text goes as the message after the file.
const MAX_CAPTION: usize = 1024;
/// How long a stop waits for what is owed to chats before keeping the rest for next time.
const DRAIN: Duration = Duration::from_secs(5);

/// Where and how to reach Telegram.
#[derive(Clone, Debug)]
pub struct TelegramConfig {
    pub token: Secret,
    /// A self-hosted Bot API server, or a test's fake; `None` is api.telegram.org.
    pub api_url: Option<url::Url>,
    /// Receive updates on a webhook instead of long polling.
    pub webhook: Option<Webhook>,
}

/// Webhook mode: Telegram posts every update to `url`, which reaches this replica at `addr`
/// (a load balancer or reverse proxy in between), with `secret` in the
/// `X-Telegram-Bot-Api-Secret-Token` header. Any replica behind the URL can take any update.
#[derive(Clone, Debug)]
pub struct Webhook {
    /// The public URL given to setWebhook; its path is the one served at `addr`.
    pub url: url::Url,
    /// Where this replica listens.
    pub addr: std::net::SocketAddr,
    pub secret: Secret,
}

/// One thing to send into a chat.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Op {
    Send {
        text: String,
        keyboard: Option<InlineKeyboardMarkup>,
    },
    /// Replace the text (and keyboard) of one of the bot's messages; `version` orders edits of
    /// a shared post. A message that can no longer be edited gets the text as a new message.
    Edit {
        message: i32,
        text: String,
        keyboard: Option<InlineKeyboardMarkup>,
        version: Option<u64>,
    },
    /// A picture (sendPhoto), with a caption and the keyboard when the caption is the reply's
    /// text.
    Photo {
        picture: Attachment,
        caption: Option<String>,
        keyboard: Option<InlineKeyboardMarkup>,
    },
    /// A file to keep (sendDocument: the export), the same way.
    Document {
        file: Attachment,
        caption: Option<String>,
        keyboard: Option<InlineKeyboardMarkup>,
    },
}

/// Telegram's sending side.
pub struct Telegram {
    bot: Bot,
}

impl Classify for RequestError {
    fn failure(&self) -> Failure {
        match self {
            RequestError::RetryAfter(wait) => Failure::RetryAfter(wait.duration()),
            RequestError::Network(_) | RequestError::InvalidJson { .. } | RequestError::Io(_) => {
                Failure::Transient
            }
            RequestError::MigrateToChatId(_) => Failure::Gone,
            RequestError::Api(api) => match api {
                ApiError::BotBlocked
                | ApiError::BotKicked
                | ApiError::BotKickedFromSupergroup
                | ApiError::ChatNotFound
                | ApiError::UserDeactivated
                | ApiError::CantInitiateConversation
                | ApiError::NotEnoughRightsToPostMessages
                | ApiError::GroupDeactivated => Failure::Gone,
                ApiError::Unknown(d) if d.starts_with("Forbidden") => Failure::Gone,
                // A proxy's error page, or the Bot API's own 5xx.
                ApiError::Unknown(d)
                    if ["internal server error", "bad gateway", "service unavailable", "gateway timeout"]
                        .iter()
                        .any(|s| d.to_ascii_lowercase().contains(s)) =>
                {
                    Failure::Transient
                }
                _ => Failure::Fatal,
            },
        }
    }
}

impl Wire for Telegram {
    type Chat = i64;
    type Op = Op;
    type Error = RequestError;

    fn is_group(chat: &i64) -> bool {
        *chat < 0
    }

    fn edits(op: &Op) -> Option<u64> {
        match op {
            Op::Edit { message, .. } => u64::try_from(*message).ok(),
            Op::Send { .. } | Op::Photo { .. } | Op::Document { .. } => None,
        }
    }

    fn version(op: &Op) -> Option<u64> {
        match op {
            Op::Edit { version, .. } => *version,
            Op::Send { .. } | Op::Photo { .. } | Op::Document { .. } => None,
        }
    }

    fn send<'a>(
        &'a self,
        chat: &'a i64,
        op: &'a Op,
    ) -> Pin<Box<dyn Future<Output = Result<(), RequestError>> + Send + 'a>> {
        Box::pin(async move {
            let chat = ChatId(*chat);
            let send = |text: &str, keyboard: &Option<InlineKeyboardMarkup>| {
                let mut r = self.bot.send_message(chat, text.to_string());
                if let Some(k) = keyboard {
                    r = r.reply_markup(k.clone());
                }
                r
            };
            // A retry sends the bytes again: the request is built anew for every attempt.
            let upload = |a: &Attachment| InputFile::memory(a.bytes.clone()).file_name(a.name.clone());
            match op {
                Op::Send { text, keyboard } => send(text, keyboard).await.map(|_| ()),
                Op::Photo { picture, caption, keyboard } => {
                    let mut r = self.bot.send_photo(chat, upload(picture));
                    if let Some(c) = caption {
                        r = r.caption(c.clone());
                    }
                    if let Some(k) = keyboard {
                        r = r.reply_markup(k.clone());
                    }
                    r.await.map(|_| ())
                }
                Op::Document { file, caption, keyboard } => {
                    let mut r = self.bot.send_document(chat, upload(file));
                    if let Some(c) = caption {
                        r = r.caption(c.clone());
                    }
                    if let Some(k) = keyboard {
                        r = r.reply_markup(k.clone());
                    }
                    r.await.map(|_| ())
                }
                Op::Edit { message, text, keyboard, .. } => {
                    let mut r = self.bot.edit_message_text(chat, MessageId(*message), text.clone());
                    if let Some(k) = keyboard {
                        r = r.reply_markup(k.clone());
                    }
                    match r.await {
                        Ok(_) | Err(RequestError::Api(ApiError::MessageNotModified)) => Ok(()),
                        Err(e) if e.failure() == Failure::Fatal => {
                            // Too old to edit, or deleted: say it as a new message instead.
                            tracing::info!(error = %e, "telegram: could not edit; sending instead");
                            send(text, keyboard).await.map(|_| ())
                        }
                        Err(e) => Err(e),
                    }
                }
            }
        })
    }
}

/// What the handlers share.
struct Shared {
    engine: Arc<Engine<Db>>,
    bot: Bot,
    mailboxes: Mailboxes<Telegram>,
    /// The bot's @username, for deep links and for telling our commands from other bots'.
    username: String,
    /// The bot's own user id, for telling a reply to the bot from other replies.
    id: UserId,
}

/// A running Telegram adapter.
pub struct Running {
    shutdown: ShutdownToken,
    task: JoinHandle<()>,
    /// Webhook mode's HTTP server; it ends when the dispatcher's stop reaches its listener.
    server: Option<JoinHandle<std::io::Result<()>>>,
    outbox: Arc<Outbox>,
    shared: Arc<Shared>,
}

/// Posts reminders into Telegram chats, through the same queues as the replies.
pub struct Outbox {
    shared: Arc<Shared>,
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
    ) -> Pin<Box<dyn Future<Output = Result<(), Undelivered>> + Send + 'a>> {
        Box::pin(async move {
            let chat: i64 =
                chat_id.parse().map_err(|_| Undelivered::Gone(format!("bad chat id {chat_id}")))?;
            let sent = self.shared.deliver(chat, chat < 0, None, std::slice::from_ref(reply));
            for outcome in sent {
                outcome.await.unwrap_or(Err(Undelivered::Stopping))?;
            }
            Ok(())
        })
    }
}

impl Running {
    /// Where the scheduler posts Telegram reminders.
    pub fn outbox(&self) -> Arc<Outbox> {
        self.outbox.clone()
    }

    /// Stops polling, lets the updates in flight finish, sends what is owed to chats for a
    /// few seconds, and keeps the rest in the store for the next start, even when the
    /// dispatcher or the webhook listener failed to stop (each failure is reported).
    pub async fn stop(self) -> Result<()> {
        // Not awaited: awaiting the returned future can hang (see shared/platform-fakes.md);
        // the dispatcher's own task ending is what we wait for. A dispatcher that has not
        // begun dispatching yet refuses the token, so it is asked again until it takes it.
        let mut task = self.task;
        let stopped = tokio::time::timeout(Duration::from_secs(3), async {
            loop {
                if self.shutdown.shutdown().is_ok() {
                    break (&mut task).await;
                }
                tokio::select! {
                    done = &mut task => break done,
                    _ = tokio::time::sleep(Duration::from_millis(20)) => {}
                }
            }
        })
        .await;
        let polled = match stopped {
            Ok(ended) => ended.context("the telegram adapter failed"),
            Err(_) => Err(anyhow::anyhow!("the telegram adapter did not stop within 3 s")),
        };
        let served = match self.server {
            None => Ok(()),
            Some(server) => match tokio::time::timeout(Duration::from_secs(3), server).await {
                Ok(Ok(served)) => served.context("the telegram webhook server failed"),
                Ok(Err(e)) => Err(anyhow::Error::new(e).context("the telegram webhook server failed")),
                Err(_) => Err(anyhow::anyhow!("the telegram webhook server did not stop within 3 s")),
            },
        };
        // Whatever the dispatcher or the listener said: what is owed is kept.
        let kept = self.shared.mailboxes.drain_into_store(DRAIN, self.shared.engine.store()).await.map(drop);
        crate::delivery::all_of([polled, served, kept])
    }
}

/// What to do about a refused or unreachable Telegram, for the operator (the log, /healthz,
/// `upback doctor`, `upback invite`): a refused token, a network that does not get there and
/// Telegram's own trouble each have their own fix, and only the first is the token's.
pub(crate) fn trouble(e: &RequestError, config: &TelegramConfig) -> String {
    let at = || config.api_url.as_ref().map_or("https://api.telegram.org".to_string(), ToString::to_string);
    match e {
        RequestError::Api(ApiError::InvalidToken) => "TELEGRAM_BOT_TOKEN was refused (401 Unauthorized): copy the \
                                                      token again from @BotFather (/mybots → your bot → API Token)"
            .to_string(),
        RequestError::Network(_) | RequestError::Io(_) => format!(
            "cannot reach {} ({}); check this machine's network (DNS, firewall, proxy) and TELEGRAM_API_URL; \
             the token was not checked",
            at(),
            crate::delivery::retry::with_causes(e)
        ),
        RequestError::InvalidJson { .. } => format!(
            "{} did not answer as the Bot API does (a proxy's error page, or an outage); check TELEGRAM_API_URL, \
             or try again in a while; the token was not checked",
            at()
        ),
        other if other.failure() == Failure::Transient => format!(
            "Telegram is having trouble (it answered: {other}); try again in a while (the token was not the problem)"
        ),
        other => format!("Telegram answered: {other}"),
    }
}

/// The Bot API client for `config`: api.telegram.org, or the server it names.
pub fn client(config: &TelegramConfig) -> Bot {
    let bot = Bot::new(config.token.expose().trim());
    match config.api_url.clone() {
        Some(url) => bot.set_api_url(url),
        None => bot,
    }
}

/// Connects, registers the command menu and starts polling (or, in webhook mode, sets the
/// webhook and listens for it) in the background.
pub async fn start(engine: Arc<Engine<Db>>, config: TelegramConfig) -> Result<Running> {
    start_with(engine, config, Arc::new(std::sync::atomic::AtomicBool::new(false))).await
}

/// [`start`], setting `connected` once Telegram answered and polling begins (for /healthz).
pub async fn start_with(
    engine: Arc<Engine<Db>>,
    config: TelegramConfig,
    connected: Arc<std::sync::atomic::AtomicBool>,
) -> Result<Running> {
    let bot = client(&config);
    // A refused token is not tried again here: the start fails once, saying what to fix, and
    // whoever started the adapter decides when to try again.
    let me = retry(Platform::Telegram, "getMe", || bot.get_me().into_future())
        .await
        .map_err(|e| anyhow::anyhow!("telegram: {}", trouble(&e, &config)))?;
    let username = me.username.clone().unwrap_or_default();
    tracing::info!(
        bot = %username,
        add_to_group = %crate::invite::telegram_group_link(&username),
        "telegram connected"
    );
    register_commands(&bot, &engine).await;
    // Before the owed deliveries are taken from the store: nothing after this can fail.
    let hooked = match &config.webhook {
        Some(hook) => Some(webhook::listen(&bot, hook).await?),
        None => None,
    };

    let mailboxes = Mailboxes::new(Telegram { bot: bot.clone() }, Platform::Telegram, Limits::telegram());
    let shared = Arc::new(Shared { engine, bot: bot.clone(), mailboxes, username, id: me.id });
    shared.mailboxes.restore(shared.engine.store()).await;
    let outbox = Arc::new(Outbox { shared: shared.clone() });
    let handler = dptree::entry()
        .branch(Update::filter_message().endpoint(on_message))
        .branch(Update::filter_callback_query().endpoint(on_callback))
        // Also what makes the polling ask Telegram for my_chat_member updates at all.
        .branch(Update::filter_my_chat_member().endpoint(joining::on_my_chat_member));
    let mut dispatcher = Dispatcher::builder(bot, handler)
        .dependencies(dptree::deps![shared.clone()])
        // One user's updates in order; different users in parallel, in a bounded number of
        // lanes (see `LANES`).
        .distribution_function(|u: &Update| u.from().map(|user| user.id.0 % LANES))
        // A lane whose turn waits (for a moderator's role) queues what comes for it meanwhile
        // instead of stopping the dispatcher for every lane; a queue takes memory only for
        // what is in it.
        .worker_queue_size(LANE_QUEUE)
        .default_handler(|update| async move {
            tracing::debug!(id = update.id.0, "ignoring an update kind the bot does not use");
        })
        .error_handler(LoggingErrorHandler::with_custom_text("telegram: a handler failed"))
        .build();
    let shutdown = dispatcher.shutdown_token();
    let (task, server) = match hooked {
        None => {
            connected.store(true, std::sync::atomic::Ordering::SeqCst);
            (tokio::spawn(async move { dispatcher.dispatch().await }), None)
        }
        Some((listener, server)) => {
            connected.store(true, std::sync::atomic::Ordering::SeqCst);
            let errors = LoggingErrorHandler::with_custom_text("telegram: the webhook listener failed");
            let task = tokio::spawn(async move { dispatcher.dispatch_with_listener(listener, errors).await });
            (task, Some(server))
        }
    };
    Ok(Running { shutdown, task, server, outbox, shared })
}

async fn register_commands(bot: &Bot, engine: &Engine<Db>) {
    let listed = |tag: &str, scope: &BotCommandScope| -> Vec<BotCommand> {
        Command::ALL
            .iter()
            .filter(|c| match scope {
                BotCommandScope::AllPrivateChats => !c.is_group_only(),
                BotCommandScope::AllChatAdministrators => true,
                _ => !c.is_for_moderators(),
            })
            .map(|c| BotCommand::new(c.name(), engine.locales().format(tag, &c.description())))
            .collect()
    };
    // Members see their own commands everywhere; in a private chat reminders and the routine
    // are theirs too (the club's stats and leaderboard are not); group administrators see
    // the moderator commands as well. The source
    // language is the default; every other locale is registered for its language code.
    let source = engine.source_locale();
    let mut languages: Vec<(&str, Option<String>)> = vec![(source, None)];
    for tag in engine.locales().tags().into_iter().filter(|t| *t != source) {
        let code = tag.split('-').next().unwrap_or(tag).to_ascii_lowercase();
        languages.push((tag, Some(code)));
    }
    for (tag, code) in languages {
        let scopes = [
            BotCommandScope::Default,
            BotCommandScope::AllPrivateChats,
            BotCommandScope::AllChatAdministrators,
        ];
        for scope in scopes {
            let commands = listed(tag, &scope);
            let set = retry(Platform::Telegram, "setMyCommands", || {
                let mut r = bot.set_my_commands(commands.clone()).scope(scope.clone());
                if let Some(code) = &code {
                    r = r.language_code(code.clone());
                }
                r.into_future()
            })
            .await;
            if let Err(e) = set {
                // The menu is a convenience: the bot works without it.
                tracing::warn!(error = %e, "telegram: could not register the command menu");
            }
        }
    }
}

impl Shared {
    /// A group's creator and administrators are its moderators; asked of Telegram on every
    /// use, so a demoted admin loses the right at once.
    async fn role_in(&self, chat: ChatId, user: UserId) -> Role {
        match retry(Platform::Telegram, "getChatMember", || {
            self.bot.get_chat_member(chat, user).into_future()
        })
        .await
        {
            Ok(member) if member.is_privileged() => Role::Moderator,
            Ok(_) => Role::Member,
            Err(e) => {
                tracing::warn!(error = %e, "telegram: could not check a member's rights; treating as a member");
                Role::Member
            }
        }
    }

    /// Queues the replies for `chat`: the first one marked `edit` replaces the message whose
    /// button was pressed (with its first piece, if it is long), the others are new messages.
    fn deliver(
        &self,
        chat: i64,
        group: bool,
        mut pressed: Option<MessageId>,
        replies: &[Reply],
    ) -> Vec<tokio::sync::oneshot::Receiver<Result<(), Undelivered>>> {
        let keyboard = |rows: &[Vec<Button>]| keyboard(rows, group, &self.username);
        replies
            .iter()
            .flat_map(|reply| ops(reply, &mut pressed, &keyboard))
            .map(|op| self.mailboxes.post(chat, op))
            .collect()
    }
}

/// The messages one reply becomes. Text alone: its pieces, the first replacing the pressed
/// message when the reply says so. With a picture or a file: the file with the text as its
/// caption and the buttons under it, when the text fits a caption; otherwise the file with its
/// alt text as the caption, then the text with the buttons as the next message. A reply that
/// replaces the pressed message keeps doing so (Telegram cannot turn a text message into a
/// photo): the text and buttons go in place, and the file follows.
fn ops(
    reply: &Reply,
    pressed: &mut Option<MessageId>,
    keyboard: &dyn Fn(&[Vec<Button>]) -> Option<InlineKeyboardMarkup>,
) -> Vec<Op> {
    let uploads: Vec<(bool, &Attachment)> =
        reply.image.iter().map(|a| (true, a)).chain(reply.file.iter().map(|a| (false, a))).collect();
    let upload = |&(photo, a): &(bool, &Attachment), caption: Option<String>, keyboard| {
        if photo {
            Op::Photo { picture: a.clone(), caption, keyboard }
        } else {
            Op::Document { file: a.clone(), caption, keyboard }
        }
    };
    // The alt text, as much of it as a caption takes.
    let alt = |a: &Attachment| {
        a.description.as_ref().map(|d| {
            let mut cut = String::new();
            for c in d.chars() {
                if cut.encode_utf16().count() + c.len_utf16() > MAX_CAPTION {
                    break;
                }
                cut.push(c);
            }
            cut
        })
    };
    let in_place = reply.edit && pressed.is_some();
    let fits = !reply.text.trim().is_empty() && reply.text.encode_utf16().count() <= MAX_CAPTION;
    if let (false, true, Some((first, rest))) = (in_place, fits, uploads.split_first()) {
        let mut ops = vec![upload(first, Some(reply.text.clone()), keyboard(&reply.buttons))];
        ops.extend(rest.iter().map(|u| upload(u, alt(u.1), None)));
        return ops;
    }
    let mut text = Vec::new();
    for piece in cut(reply, MAX_MESSAGE) {
        let keyboard = keyboard(&piece.buttons);
        text.push(match (reply.edit && piece.first, *pressed) {
            (true, Some(id)) => {
                *pressed = None;
                Op::Edit { message: id.0, text: piece.text, keyboard, version: reply.version }
            }
            _ => Op::Send { text: piece.text, keyboard },
        });
    }
    let files = uploads.iter().map(|u| upload(u, alt(u.1), None));
    if in_place {
        text.extend(files);
        text
    } else {
        files.chain(text).collect()
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
        name: Some(user.first_name.clone()),
    }
}

/// How many of teloxide's workers there are at most. teloxide keeps a worker (a task and a
/// queue, about 6 KiB) for every key its distribution function returns, and drops idle ones
/// only once there are more than were ever busy at once: keyed by user, 3,000 runners writing
/// at once made 3,000 of them (18 MiB), kept from then on. Keyed by user modulo this, a
/// user's updates still run in order. Users sharing a lane wait for each other's turns, which
/// the engine runs on at most `serve::BLOCKING_THREADS` threads anyway, and for a moderator's
/// role when a group command needs it (the one call to Telegram made in the lane: button
/// presses are answered beside it).
const LANES: u64 = 64;

/// How many updates a lane holds while its turn runs (see `worker_queue_size` above).
const LANE_QUEUE: usize = 4096;

async fn on_message(msg: Message, shared: Arc<Shared>) -> Result<(), RequestError> {
    let Some(user) = msg.from.as_ref().filter(|u| !u.is_bot) else { return Ok(()) };
    let replying_to_bot =
        msg.reply_to_message().and_then(|m| m.from.as_ref()).is_some_and(|u| u.id == shared.id);
    let input = match msg.text() {
        Some(text) if for_another_bot(text, &shared.username) => return Ok(()),
        Some(text) if msg.chat.is_private() => Input::Text(text.to_string()),
        // In a group only what is addressed to the bot is its business (with privacy mode on,
        // Telegram sends nothing else; with it off, everything else is left alone here).
        Some(text) => match addressed(text, &shared.username, replying_to_bot) {
            Some(text) => Input::Text(text),
            None => return Ok(()),
        },
        None if msg.chat.is_private() => Input::NonText,
        None => return Ok(()),
    };
    let mut who = who(user, &msg.chat);
    if !msg.chat.is_private() && input.is_for_moderators() {
        who.role = shared.role_in(msg.chat.id, user.id).await;
    }
    let replies = crate::turn::run(shared.engine.clone(), Platform::Telegram, who, input).await;
    shared.deliver(msg.chat.id.0, !msg.chat.is_private(), None, &replies);
    Ok(())
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

async fn on_callback(q: CallbackQuery, shared: Arc<Shared>) -> Result<(), RequestError> {
    // A photo or a document has a caption, not a text that an edit could replace: replies
    // to a press under one (the pain chart's buttons) come as new messages.
    let (chat_id, group, message) = match &q.message {
        Some(m) => {
            let editable = m.regular_message().is_none_or(|m| m.text().is_some());
            (m.chat().id, !m.chat().is_private(), Some(m.id()).filter(|_| editable))
        }
        None => (ChatId(q.from.id.0 as i64), false, None),
    };
    let mut who = Who::private(Platform::Telegram, q.from.id.0.to_string());
    who.chat_id = chat_id.0.to_string();
    who.locale = q.from.language_code.clone();
    who.name = Some(q.from.first_name.clone());
    let input = Input::Action(q.data.clone().unwrap_or_default());
    if group {
        who.chat = ChatKind::Group { private_replies: false };
        if input.is_for_moderators() {
            who.role = shared.role_in(chat_id, q.from.id).await;
        }
    }
    let replies = crate::turn::run(shared.engine.clone(), Platform::Telegram, who, input).await;
    // The spinner on the user's button always stops, with the engine's word if it has one
    // (a Done press: "counted"); it is not a message, so no chat's pace holds it up, and it is
    // answered beside the lane, so its retries hold up nobody's next turn.
    let toast = replies.iter().find_map(|r| r.toast.clone());
    let bot = shared.bot.clone();
    tokio::spawn(async move {
        let answered = retry(Platform::Telegram, "answerCallbackQuery", || {
            let mut r = bot.answer_callback_query(q.id.clone());
            if let Some(t) = &toast {
                r = r.text(t.clone());
            }
            r.into_future()
        })
        .await;
        if let Err(e) = answered {
            tracing::warn!(error = %e, "telegram: could not answer a callback query");
        }
    });
    shared.deliver(chat_id.0, group, message, &replies);
    Ok(())
}

/// The inline keyboard of a reply. In a group, a button that opens something personal becomes
/// a deep link into the private chat (`t.me/<bot>?start=<command>`).
fn keyboard(
    rows: &[Vec<upback_core::reply::Button>],
    group: bool,
    username: &str,
) -> Option<InlineKeyboardMarkup> {
    if rows.is_empty() {
        return None;
    }
    let rows = rows.iter().map(|row| {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refused_token_and_telegrams_own_trouble_are_told_apart() {
        let config = TelegramConfig { token: "1:x".into(), api_url: None, webhook: None };
        let refused = trouble(&RequestError::Api(ApiError::InvalidToken), &config);
        assert!(refused.contains("TELEGRAM_BOT_TOKEN was refused"), "{refused}");
        let down = trouble(&RequestError::Api(ApiError::Unknown("Internal Server Error".into())), &config);
        assert!(
            down.starts_with("Telegram is having trouble") && down.contains("Internal Server Error"),
            "{down}"
        );
        assert!(!down.contains("TELEGRAM_BOT_TOKEN was refused"), "{down}");
    }

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
        let c = TelegramConfig {
            token: Secret::new("123:SECRET"),
            api_url: None,
            webhook: Some(Webhook {
                url: "https://example.org/hook".parse().expect("url"),
                addr: "127.0.0.1:8443".parse().expect("addr"),
                secret: Secret::new("HOOKSECRET"),
            }),
        };
        assert!(!format!("{c:?}").contains("SECRET"));
        assert!(!format!("{c:?}").contains("HOOKSECRET"));
    }

    #[test]
    fn an_owed_op_survives_the_store_round_trip() {
        let op = Op::Edit { message: 7, text: "12 runners".into(), keyboard: None, version: Some(12) };
        let value = serde_json::to_value(&op).expect("serialises");
        let back: Op = serde_json::from_value(value).expect("reads back");
        assert_eq!(back, op);
    }
}
