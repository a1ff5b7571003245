//! The commands a user can type (`/start`, `/checkin@upback_bot`, …) or send as a slash
//! command, and how typed text becomes one.

use crate::msg::Msg;

/// Everything a user can ask for by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Command {
    Start,
    Checkin,
    History,
    Faq,
    Tips,
    Stretch,
    Export,
    Forget,
    Language,
    /// What is kept about the runner, and whether it may be.
    Privacy,
    Help,
    Cancel,
    /// A moderator posts the group stretch routine with a Done button.
    Routine,
    /// Schedule a reminder: a group's (moderators) or one's own.
    Remind,
    /// List, pause, resume and remove reminders.
    Reminders,
    /// A group's participation, for its moderators.
    Clubstats,
    /// A member shows their name on the club's stats, or stops.
    Leaderboard,
}

impl Command {
    /// Every command, in the order the help lists them.
    pub const ALL: [Command; 17] = [
        Command::Start,
        Command::Checkin,
        Command::History,
        Command::Faq,
        Command::Tips,
        Command::Stretch,
        Command::Export,
        Command::Forget,
        Command::Language,
        Command::Privacy,
        Command::Help,
        Command::Cancel,
        Command::Routine,
        Command::Remind,
        Command::Reminders,
        Command::Clubstats,
        Command::Leaderboard,
    ];

    /// The name a user types, without the slash.
    pub fn name(self) -> &'static str {
        match self {
            Command::Start => "start",
            Command::Checkin => "checkin",
            Command::History => "history",
            Command::Faq => "faq",
            Command::Tips => "tips",
            Command::Stretch => "stretch",
            Command::Export => "export",
            Command::Forget => "forget",
            Command::Language => "language",
            Command::Privacy => "privacy",
            Command::Help => "help",
            Command::Cancel => "cancel",
            Command::Routine => "routine",
            Command::Remind => "remind",
            Command::Reminders => "reminders",
            Command::Clubstats => "clubstats",
            Command::Leaderboard => "leaderboard",
        }
    }

    /// A command by name or alias, any case.
    pub fn from_name(name: &str) -> Option<Command> {
        let name = name.to_ascii_lowercase();
        if name == "assess" {
            return Some(Command::Start);
        }
        Command::ALL.into_iter().find(|c| c.name() == name)
    }

    /// The flow a deep link asks for: `/start checkin` (what a link that opens the bot sends)
    /// means /checkin. `None` for anything else, `/start` alone included.
    pub fn linked(name: &str, arg: &str) -> Option<Command> {
        (Command::from_name(name)? == Command::Start)
            .then(|| Command::from_name(arg.trim()))
            .flatten()
            .filter(|c| *c != Command::Start)
    }

    /// What the command does, for a platform's command menu.
    pub fn description(self) -> Msg {
        match self {
            Command::Start => Msg::new("command-start"),
            Command::Checkin => Msg::new("command-checkin"),
            Command::History => Msg::new("command-history"),
            Command::Faq => Msg::new("command-faq"),
            Command::Tips => Msg::new("command-tips"),
            Command::Stretch => Msg::new("command-stretch"),
            Command::Export => Msg::new("command-export"),
            Command::Forget => Msg::new("command-forget"),
            Command::Language => Msg::new("command-language"),
            Command::Privacy => Msg::new("command-privacy"),
            Command::Help => Msg::new("command-help"),
            Command::Cancel => Msg::new("command-cancel"),
            Command::Routine => Msg::new("command-routine"),
            Command::Remind => Msg::new("command-remind"),
            Command::Reminders => Msg::new("command-reminders"),
            Command::Clubstats => Msg::new("command-clubstats"),
            Command::Leaderboard => Msg::new("command-leaderboard"),
        }
    }

    /// The command's name in a language, where a platform lets names be translated
    /// (Discord); the en-US message is the name itself.
    pub fn localized_name(self) -> Msg {
        match self {
            Command::Start => Msg::new("command-name-start"),
            Command::Checkin => Msg::new("command-name-checkin"),
            Command::History => Msg::new("command-name-history"),
            Command::Faq => Msg::new("command-name-faq"),
            Command::Tips => Msg::new("command-name-tips"),
            Command::Stretch => Msg::new("command-name-stretch"),
            Command::Export => Msg::new("command-name-export"),
            Command::Forget => Msg::new("command-name-forget"),
            Command::Language => Msg::new("command-name-language"),
            Command::Privacy => Msg::new("command-name-privacy"),
            Command::Help => Msg::new("command-name-help"),
            Command::Cancel => Msg::new("command-name-cancel"),
            Command::Routine => Msg::new("command-name-routine"),
            Command::Remind => Msg::new("command-name-remind"),
            Command::Reminders => Msg::new("command-name-reminders"),
            Command::Clubstats => Msg::new("command-name-clubstats"),
            Command::Leaderboard => Msg::new("command-name-leaderboard"),
        }
    }

    /// Whether the reply is about the user's own health or data, so it must never be shown
    /// to a group.
    pub fn is_personal(self) -> bool {
        !matches!(
            self,
            Command::Faq
                | Command::Tips
                | Command::Stretch
                | Command::Help
                | Command::Routine
                | Command::Remind
                | Command::Reminders
                | Command::Clubstats
                | Command::Leaderboard
        )
    }

    /// Whether, in a group, only its moderators may use the command (in a private chat it is
    /// the runner's own business).
    pub fn is_for_moderators(self) -> bool {
        matches!(self, Command::Routine | Command::Remind | Command::Reminders | Command::Clubstats)
    }

    /// Whether the command is about a club, so it means nothing in a private chat (menus
    /// there leave it out).
    pub fn is_group_only(self) -> bool {
        matches!(self, Command::Clubstats | Command::Leaderboard)
    }
}

/// A line of text that looks like a command: its name (still unchecked) and argument.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Typed<'a> {
    pub name: &'a str,
    pub arg: &'a str,
}

/// Rewrites every `/command` in a text through `name` (a command's name in the reader's
/// language). Only a slash at the start of a word counts, so `Europe/Berlin` is left alone.
pub fn rename_commands(text: &str, name: impl Fn(Command) -> String) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    let mut previous: Option<char> = None;
    while let Some(at) = rest.find('/') {
        let (before, from) = rest.split_at(at);
        out.push_str(before);
        let prev = before.chars().last().or(previous);
        let word: String = from[1..].chars().take_while(|c| c.is_ascii_lowercase()).collect();
        let after = from[1 + word.len()..].chars().next();
        let starts_word = prev.is_none_or(|c| !c.is_alphanumeric());
        let ends_word = after.is_none_or(|c| !c.is_alphanumeric() && c != '_');
        match Command::from_name(&word).filter(|_| starts_word && ends_word && !word.is_empty()) {
            Some(c) if c.name() == word => {
                out.push('/');
                out.push_str(&name(c));
                previous = word.chars().last();
                rest = &from[1 + word.len()..];
            }
            _ => {
                out.push('/');
                previous = Some('/');
                rest = &from[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Splits `/name@bot arg` into its parts; `None` when the text is not a command at all.
pub fn split(text: &str) -> Option<Typed<'_>> {
    let rest = text.trim().strip_prefix('/')?;
    let (word, arg) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
    let name = word.split_once('@').map_or(word, |(n, _)| n);
    if name.is_empty() {
        return None;
    }
    Some(Typed { name, arg: arg.trim() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn command_references_are_renamed_but_time_zones_are_not() {
        let renamed =
            rename_commands("/start — go (/history), Europe/Berlin, /startle, /remind daily", |c| {
                format!("x{}", c.name())
            });
        assert_eq!(renamed, "/xstart — go (/xhistory), Europe/Berlin, /startle, /xremind daily");
        assert_eq!(rename_commands("a/b /", |_| String::new()), "a/b /");
    }

    #[test]
    fn typed_commands_are_split_from_bot_names_and_arguments() {
        assert_eq!(split("/start"), Some(Typed { name: "start", arg: "" }));
        assert_eq!(split("  /start@upback_bot  abc "), Some(Typed { name: "start", arg: "abc" }));
        assert_eq!(split("hello"), None);
        assert_eq!(split("/"), None);
        assert_eq!(Command::from_name("ASSESS"), Some(Command::Start));
        assert_eq!(Command::from_name("nope"), None);
    }
}
