//! The one entry point: who said what, and when -> the replies. Adapters call
//! [`Engine::handle`] and only translate its [`Reply`]s; every decision is made here (and in
//! [`crate::conversation`]), and the store is the only I/O.

use std::{
    collections::hash_map::DefaultHasher,
    hash::{Hash, Hasher},
    sync::{Mutex, OnceLock},
};

use chrono::{DateTime, Utc};

use crate::{
    content::{Content, ContentError},
    conversation::Turn,
    i18n::{I18nError, Locales, SOURCE_LOCALE},
    reminders::{Paused, Reminder},
    reply::{Button, Draft, Msg, Part, Reply},
    store::{Store, StoreError, UserKey},
};

/// Where a message came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Platform {
    Console,
    Telegram,
    Discord,
}

impl Platform {
    /// The prefix of the user's key in the store.
    pub fn key(self) -> &'static str {
        match self {
            Platform::Console => "console",
            Platform::Telegram => "telegram",
            Platform::Discord => "discord",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Member,
    /// May post group routines and schedule reminders (checked by the adapter on every use).
    Moderator,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChatKind {
    /// A one-to-one chat with the bot: everything may be said here.
    Private,
    /// A group or server channel. `private_replies` says whether the platform can show a reply
    /// to the asking user alone (Discord's ephemeral messages); where it cannot, nothing
    /// personal is said in the group.
    Group { private_replies: bool },
}

/// Who sent an input: enough to find their records, their language and their rights.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Who {
    pub platform: Platform,
    pub user_id: String,
    pub chat_id: String,
    /// What the platform reports (`pt-br`, `es-ES`), if anything.
    pub locale: Option<String>,
    pub role: Role,
    pub chat: ChatKind,
}

impl Who {
    /// A user alone with the bot: the terminal, a private chat, a DM.
    pub fn private(platform: Platform, user_id: impl Into<String>) -> Self {
        let user_id = user_id.into();
        Self {
            platform,
            chat_id: user_id.clone(),
            user_id,
            locale: None,
            role: Role::Member,
            chat: ChatKind::Private,
        }
    }

    pub fn key(&self) -> UserKey {
        UserKey::new(self.platform.key(), &self.user_id)
    }
}

/// One thing a user did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// The user opened the chat (the terminal started): greet, or resume what is open.
    Open,
    /// Typed text; `/name arg` is a command.
    Text(String),
    /// A command the platform already parsed (a slash command).
    Command { name: String, arg: String },
    /// The code behind a pressed button.
    Action(String),
    /// A message the bot cannot read: a photo, a sticker, a voice note.
    NonText,
}

#[derive(Debug, thiserror::Error)]
pub enum EngineError {
    #[error(transparent)]
    Content(#[from] ContentError),
    #[error(transparent)]
    I18n(#[from] I18nError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Inputs of one user are handled one at a time (a double click, or Discord running two
/// handlers at once, must not advance a question twice); different users run in parallel.
const STRIPES: usize = 64;

pub struct Engine<S> {
    content: Content,
    locales: Locales,
    store: S,
    stripes: Vec<Mutex<()>>,
    /// Called after a reminder was added or changed, so the scheduler looks again.
    reminder_hook: OnceLock<Box<dyn Fn() + Send + Sync>>,
    /// The deployment's time zone, for reminders written without one.
    default_zone: OnceLock<String>,
}

impl<S: Store> Engine<S> {
    /// Checks that every message the content uses exists, so a typo stops start-up instead of
    /// reaching a user.
    pub fn new(content: Content, locales: Locales, store: S) -> Result<Self, EngineError> {
        locales.check_defined(content.message_ids().iter().map(String::as_str))?;
        Ok(Self {
            content,
            locales,
            store,
            stripes: (0..STRIPES).map(|_| Mutex::new(())).collect(),
            reminder_hook: OnceLock::new(),
            default_zone: OnceLock::new(),
        })
    }

    /// The built-in content and locales over `store`.
    pub fn built_in(store: S) -> Result<Self, EngineError> {
        Self::new(Content::built_in()?, Locales::embedded()?, store)
    }

    pub fn content(&self) -> &Content {
        &self.content
    }

    pub fn locales(&self) -> &Locales {
        &self.locales
    }

    pub fn store(&self) -> &S {
        &self.store
    }

    /// Handles one input of one user at `now`. Never fails: a problem becomes a kind reply.
    pub fn handle(&self, who: &Who, input: Input, now: DateTime<Utc>) -> Vec<Reply> {
        let user = who.key();
        let mut hasher = DefaultHasher::new();
        user.hash(&mut hasher);
        let stripe = &self.stripes[(hasher.finish() as usize) % STRIPES];
        let _one_at_a_time = stripe.lock().unwrap_or_else(|poisoned| poisoned.into_inner());

        let mut notices = Vec::new();
        let prefs = self.store.prefs(&user).unwrap_or_else(|e| {
            tracing::warn!(error = %e, "preferences unreadable; using defaults");
            Default::default()
        });
        let tag = prefs
            .locale
            .as_deref()
            .filter(|t| self.locales.has(t))
            .unwrap_or_else(|| self.locales.negotiate(who.locale.as_deref()))
            .to_string();
        let session = match self.store.session(&user) {
            Ok(s) => s,
            Err(StoreError::Unreadable { .. }) => {
                notices.push(Draft::private([Msg::new("session-unreadable").into()]));
                None
            }
            Err(e) => {
                tracing::error!(error = %e, "could not read the session");
                return vec![self.render(&tag, &trouble())];
            }
        };
        let turn = Turn {
            content: &self.content,
            locales: &self.locales,
            store: &self.store,
            who,
            now,
            session,
            prefs,
            tag,
            default_zone: self.default_zone.get().map(String::as_str),
        };
        let decision = match turn.decide(input) {
            Ok(d) => d,
            Err(e) => {
                tracing::error!(error = %e, "could not handle an input");
                return vec![self.render(&turn.tag, &trouble())];
            }
        };
        let tag = decision.tag.clone().unwrap_or(turn.tag);
        if let Err(e) = decision.change.map_or(Ok(()), |change| self.store.commit(&user, change)) {
            // Nothing is said to be saved unless it was.
            tracing::error!(error = %e, "could not save");
            return vec![self.render(&tag, &trouble())];
        }
        if decision.forget {
            if let Err(e) = self.store.forget(&user) {
                tracing::error!(error = %e, "could not forget a user");
                return vec![self.render(&tag, &trouble())];
            }
        }
        notices.extend(decision.drafts);
        if who.chat == (ChatKind::Group { private_replies: false }) {
            // Health data never reaches a group: whatever is personal is replaced by a pointer
            // to the private chat; the rest is said to the group.
            if notices.iter().any(|d| d.personal) {
                notices.retain(|d| !d.personal);
                notices.push(crate::views::go_private(crate::command::Command::Start));
            }
            notices.iter_mut().for_each(|d| d.private = false);
        }
        if decision.reminders_changed {
            if let Some(hook) = self.reminder_hook.get() {
                hook();
            }
        }
        let mut replies: Vec<Reply> = notices.iter().map(|d| self.render(&tag, d)).collect();
        if who.platform == Platform::Discord && tag != SOURCE_LOCALE {
            // Discord shows slash commands under their translated names, so the texts that
            // mention commands follow; Telegram and the terminal keep the typed names.
            for r in &mut replies {
                r.text = crate::command::rename_commands(&r.text, |c| {
                    self.locales.format(&tag, &c.localized_name())
                });
            }
        }
        replies
    }

    /// Puts a draft into words in the user's language.
    pub fn render(&self, tag: &str, draft: &Draft) -> Reply {
        let part = |p: &Part| match p {
            Part::Msg(m) => self.locales.format(tag, m),
            Part::Raw(s) => s.clone(),
        };
        Reply {
            text: draft.parts.iter().map(part).collect::<Vec<_>>().join("\n\n"),
            buttons: draft
                .buttons
                .iter()
                .map(|row| {
                    row.iter().map(|b| Button { label: part(&b.label), action: b.action.clone() }).collect()
                })
                .collect(),
            image: draft.image.clone(),
            private: draft.private,
            edit: draft.edit,
        }
    }

    /// Registers what to call when reminders change (the scheduler's wake-up); the first
    /// registration wins.
    pub fn on_reminders_changed(&self, hook: Box<dyn Fn() + Send + Sync>) {
        let _ = self.reminder_hook.set(hook);
    }

    /// Sets the time zone used for a reminder written without one (the first call wins).
    pub fn set_default_zone(&self, zone: &str) {
        let _ = self.default_zone.set(zone.to_string());
    }

    /// When the earliest active reminder is due.
    pub fn next_due(&self) -> Result<Option<DateTime<Utc>>, StoreError> {
        self.store.next_due()
    }

    /// The reminders due at `now`, each moved on to its next occurrence on disk before it is
    /// returned, with what to post in the reminder's language.
    pub fn take_due(&self, now: DateTime<Utc>, grace: chrono::Duration) -> Result<Vec<Due>, StoreError> {
        Ok(crate::club::take_due(&self.store, &self.content, now, grace)?
            .into_iter()
            .map(|o| {
                let reply = self.render(&o.reminder.locale, &o.draft);
                Due { reminder: o.reminder, reply }
            })
            .collect())
    }

    /// Stops a reminder whose chat is gone or forbids the bot, keeping why for /reminders.
    pub fn pause_gone(&self, reminder: &Reminder, detail: &str) -> Result<(), StoreError> {
        if let Some(mut r) = self.store.reminders(&reminder.owner)?.into_iter().find(|r| r.id == reminder.id)
        {
            r.paused = Some(Paused::ChatGone { detail: detail.chars().take(200).collect() });
            self.store.put_reminder(&r)?;
        }
        Ok(())
    }

    /// The language a user is answered in, for adapters that label things themselves.
    pub fn locale_for(&self, who: &Who) -> String {
        let prefs = self.store.prefs(&who.key()).unwrap_or_default();
        prefs
            .locale
            .filter(|t| self.locales.has(t))
            .unwrap_or_else(|| self.locales.negotiate(who.locale.as_deref()).to_string())
    }
}

/// A reminder to post now, and what it says.
#[derive(Debug, Clone)]
pub struct Due {
    pub reminder: Reminder,
    pub reply: Reply,
}

fn trouble() -> Draft {
    Draft::private([Msg::new("trouble").into()])
}

impl<S> Engine<S> {
    /// The source locale's tag, for adapters that need one before any user speaks.
    pub fn source_locale(&self) -> &'static str {
        SOURCE_LOCALE
    }
}
