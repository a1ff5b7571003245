//! Who said what: the vocabulary every layer shares. The adapters build a [`Who`] and an
//! [`Input`] from a platform's update; the conversation decides on them; the engine keys the
//! store by them ([`UserKey`]). Low in the crate: it imports only the actions and commands
//! an input carries (and, through them, message ids), nothing that stores, decides or
//! renders.

use chrono::{DateTime, Utc};

use crate::{
    action::Action,
    command::{self, Command},
};

/// Whose records: the platform and the platform's user id. Never empty, never holds a NUL
/// (the store uses NUL to end a user's key prefix).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct UserKey(String);

impl UserKey {
    /// NULs are left out (they separate keys in the stores). Made with one allocation: every
    /// input makes its user's key.
    pub fn new(platform: &str, user_id: &str) -> Self {
        let mut key = String::with_capacity(platform.len() + 1 + user_id.len());
        let mut add = |s: &str| match s.contains('\0') {
            true => key.extend(s.chars().filter(|c| *c != '\0')),
            false => key.push_str(s),
        };
        add(platform);
        add(":");
        add(user_id);
        Self(key)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// A key as [`Self::as_str`] wrote it (`platform:id`), from a backup or a reminder's
    /// owner; `None` for anything else.
    pub fn parse(s: &str) -> Option<Self> {
        let (platform, id) = s.split_once(':')?;
        (!platform.is_empty() && !s.contains('\0') && !s.starts_with("chat:"))
            .then(|| Self::new(platform, id))
    }
}

impl std::fmt::Display for UserKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Where a message came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Platform {
    Console,
    Telegram,
    Discord,
}

impl Platform {
    pub const ALL: [Platform; 3] = [Platform::Console, Platform::Telegram, Platform::Discord];

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
    /// How the platform shows them (a first name, a username): only ever shown where they
    /// asked for it, on the club's leaderboard.
    pub name: Option<String>,
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
            name: None,
        }
    }

    pub fn key(&self) -> UserKey {
        UserKey::new(self.platform.key(), &self.user_id)
    }

    pub fn in_group(&self) -> bool {
        self.chat != ChatKind::Private
    }

    /// The key of the group's own records (`chat:<platform>:<chat id>`, the same as its
    /// reminders' owner), kept beside its members' as if the group were one more user.
    pub fn group_key(&self) -> UserKey {
        UserKey::new("chat", &format!("{}:{}", self.platform.key(), self.chat_id))
    }

    /// A group where nothing can be shown to one member alone (a Telegram group).
    pub fn in_open_group(&self) -> bool {
        self.chat == (ChatKind::Group { private_replies: false })
    }
}

/// The options of a command the platform parsed (a Discord slash command), as typed values:
/// free text stays text, so a note that happens to contain `role:` is only ever a note.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CommandArgs {
    /// What follows the command's name, as the user wrote it.
    pub text: String,
    /// A role the moderator picked to mention (Discord's role option).
    pub role: Option<u64>,
}

impl CommandArgs {
    pub fn text(text: impl Into<String>) -> Self {
        Self { text: text.into(), role: None }
    }
}

/// One thing a user did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// The user opened the chat (the terminal started): greet, or resume what is open.
    Open,
    /// Typed text; `/name arg` is a command. In a group, adapters pass only what is addressed
    /// to the bot: commands, mentions of it and replies to it.
    Text(String),
    /// A command the platform already parsed (a slash command).
    Command { name: String, args: CommandArgs },
    /// The code behind a pressed button.
    Action(String),
    /// A message the bot cannot read: a photo, a sticker, a voice note.
    NonText,
    /// The bot was added to the group in `who.chat_id` (a Telegram group, a Discord server)
    /// at `at`, as far as the platform says. It is the group's business, not the adding
    /// user's: see [`Input::key_for`].
    Joined { at: Option<DateTime<Utc>> },
}

impl Input {
    /// Whether, in a group, the sender's rights must be checked before the input is handled:
    /// the core names what moderators own, so an adapter only answers "is this one of them?".
    pub fn is_for_moderators(&self) -> bool {
        match self {
            Input::Text(t) => command::split(t)
                .and_then(|c| Command::linked(c.name, c.arg).or_else(|| Command::from_name(c.name)))
                .is_some_and(Command::is_for_moderators),
            Input::Command { name, args } => Command::linked(name, &args.text)
                .or_else(|| Command::from_name(name))
                .is_some_and(Command::is_for_moderators),
            Input::Action(code) => Action::decode(code).is_ok_and(|a| a.is_for_moderators()),
            Input::Open | Input::NonText | Input::Joined { .. } => false,
        }
    }

    /// Whose records the input reads and writes: the group's own for a join (so the group is
    /// greeted once, whoever added the bot and however often the platform says so), the
    /// sender's for everything else.
    pub fn key_for(&self, who: &Who) -> UserKey {
        match self {
            Input::Joined { .. } => who.group_key(),
            _ => who.key(),
        }
    }

    /// What kind of input this is, for counting; never the user's words.
    pub fn kind(&self) -> &'static str {
        match self {
            Input::Command { .. } => "command",
            Input::Text(t) if command::split(t).is_some() => "command",
            Input::Text(_) => "text",
            Input::Action(_) => "button",
            Input::NonText => "non_text",
            Input::Open => "open",
            Input::Joined { .. } => "joined",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_core_says_which_inputs_need_a_moderator() {
        assert!(Input::Text("/remind tue 19:30".into()).is_for_moderators());
        assert!(Input::Text("/routine@upback_bot".into()).is_for_moderators());
        assert!(!Input::Text("/start".into()).is_for_moderators());
        // A deep link asks for the flow it names, with that flow's rights.
        assert!(Input::Text("/start routine".into()).is_for_moderators());
        assert!(!Input::Text("/start checkin".into()).is_for_moderators());
        let linked = |text: &str| Input::Command {
            name: "start".into(),
            args: CommandArgs { text: text.into(), ..CommandArgs::default() },
        };
        assert!(linked("clubstats").is_for_moderators() && !linked("tips").is_for_moderators());
        assert!(!Input::Text("remind me".into()).is_for_moderators());
        assert!(Input::Action(Action::PauseReminder { id: 3 }.encode()).is_for_moderators());
        assert!(Input::Action(Action::Run(Command::Routine).encode()).is_for_moderators());
        assert!(!Input::Action(Action::Done { post: 3 }.encode()).is_for_moderators());
        assert!(!Input::Action("garbage".into()).is_for_moderators());
        assert!(Input::Command { name: "remind".into(), args: CommandArgs::default() }.is_for_moderators());
        assert!(!Input::Joined { at: None }.is_for_moderators());
    }

    #[test]
    fn a_join_is_kept_under_the_group_as_its_reminders_are() {
        let mut who = Who::private(Platform::Telegram, "42");
        who.chat_id = "-100".into();
        who.chat = ChatKind::Group { private_replies: false };
        let group = Input::Joined { at: None }.key_for(&who);
        assert_eq!(group.as_str(), crate::reminders::group_owner("telegram", "-100"));
        assert_eq!(Input::Open.key_for(&who), who.key());
    }
}
