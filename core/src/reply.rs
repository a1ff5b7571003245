//! Platform-neutral output. The engine builds [`Draft`]s out of Fluent message ids, renders
//! them in the user's language into [`Reply`]s, and every adapter only translates a `Reply`
//! into its platform's message, keyboard or embed.

use serde::{Deserialize, Serialize};

mod attachment;
mod picture;

pub use attachment::{Attachment, JSON, PNG};
pub use picture::Picture;

use crate::msg::Msg;

/// One piece of a reply's text.
#[derive(Debug, Clone, PartialEq)]
pub enum Part {
    Msg(Msg),
    /// Text that is data rather than words (an export, a number): never translated.
    Raw(String),
}

impl From<Msg> for Part {
    fn from(m: Msg) -> Self {
        Part::Msg(m)
    }
}

/// A button before rendering: its label is a message (or a literal such as "7"), its action a
/// compact code from [`crate::action`].
#[derive(Debug, Clone, PartialEq)]
pub struct DraftButton {
    pub label: Part,
    pub action: String,
}

/// A reply before it is put into words.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Draft {
    /// Rendered one after the other, separated by a blank line.
    pub parts: Vec<Part>,
    pub buttons: Vec<Vec<DraftButton>>,
    /// The picture to draw under (or around) the text, in the language the text is in.
    pub image: Option<Picture>,
    /// A file the reply hands over (the export).
    pub file: Option<Attachment>,
    /// Best shown to the asking user alone (ephemeral where the platform can).
    pub private: bool,
    /// Holds something about the user's health or data: never shown to a group, whatever
    /// the platform can do.
    pub personal: bool,
    pub edit: bool,
    /// A post many people update (a routine's Done count): of two edits of it, the one with
    /// the higher version is the true one, whichever arrives last.
    pub version: Option<u64>,
    /// A word for the pressing user alone, shown briefly (Telegram's callback answer).
    pub toast: Option<Msg>,
    /// The language of a post the whole group shares (its routine post, its stats), when it
    /// is not the asking member's; the toast stays in theirs.
    pub locale: Option<String>,
    /// See [`Reply::forgotten`]; set by the engine once the store has forgotten the user.
    pub forgotten: bool,
}

impl Draft {
    /// A reply about the user's health or data: only they may see it.
    pub fn private(parts: impl IntoIterator<Item = Part>) -> Self {
        Self { parts: parts.into_iter().collect(), private: true, personal: true, ..Self::default() }
    }

    /// A reply anybody in the chat may see: general knowledge, help.
    pub fn public(parts: impl IntoIterator<Item = Part>) -> Self {
        Self { parts: parts.into_iter().collect(), private: false, ..Self::default() }
    }

    pub fn button_row(mut self, row: Vec<DraftButton>) -> Self {
        if !row.is_empty() {
            self.buttons.push(row);
        }
        self
    }

    /// Marks the reply as the next state of the message whose button was pressed, so that
    /// platforms that can edit a message in place do so instead of flooding the chat.
    pub fn editing(mut self) -> Self {
        self.edit = true;
        self
    }
}

/// A button as the user sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Button {
    pub label: String,
    pub action: String,
}

/// What one message from the bot looks like, on any platform.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reply {
    pub text: String,
    /// Rows of buttons, top to bottom.
    pub buttons: Vec<Vec<Button>>,
    /// A PNG, when the reply has a picture; its description is the picture's alt text.
    #[serde(default)]
    pub image: Option<Attachment>,
    /// A file the reply hands over: a document on Telegram, an attachment on Discord, a file
    /// in the data directory in the terminal.
    #[serde(default)]
    pub file: Option<Attachment>,
    /// Only the asking user may see this reply (ephemeral on Discord, private chat elsewhere).
    pub private: bool,
    /// This reply replaces the message whose button was pressed, where the platform can.
    pub edit: bool,
    /// The locale it is written in, for whatever an adapter words around it (a toast, a
    /// command's name as the platform shows it).
    pub lang: String,
    /// See [`Draft::version`]: adapters coalesce edits of a shared post by it.
    #[serde(default)]
    pub version: Option<u64>,
    /// See [`Draft::toast`].
    #[serde(default)]
    pub toast: Option<String>,
    /// Everything stored about the user has just been removed (/forget): an adapter that keeps
    /// anything of theirs outside the store (the terminal's files) removes it too.
    #[serde(default)]
    pub forgotten: bool,
}

impl Reply {
    /// Every action on the reply's buttons, in reading order.
    pub fn actions(&self) -> impl Iterator<Item = &str> {
        self.buttons.iter().flatten().map(|b| b.action.as_str())
    }
}

/// Splits a text into pieces of at most `max` characters, at line breaks where it can (a
/// platform's message length limit: 4096 on Telegram, 2000 on Discord). Never returns an
/// empty list: an empty text is one "…".
pub fn pieces(text: &str, max: usize) -> Vec<String> {
    let max = max.max(1);
    let mut out = vec![String::new()];
    for line in text.split_inclusive('\n') {
        let mut rest = line;
        while !rest.is_empty() {
            let current = out.last_mut().expect("never empty");
            let room = max.saturating_sub(current.chars().count());
            if rest.chars().count() <= room {
                current.push_str(rest);
                rest = "";
            } else if current.is_empty() {
                let cut = rest.char_indices().nth(room).map_or(rest.len(), |(i, _)| i);
                current.push_str(&rest[..cut]);
                rest = &rest[cut..];
                out.push(String::new());
            } else {
                out.push(String::new());
            }
        }
    }
    out.retain(|p| !p.is_empty());
    if out.is_empty() {
        out.push("…".to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_texts_are_split_at_line_breaks_within_the_limit() {
        let text = format!("{}\n{}", "a".repeat(3000), "b".repeat(3000));
        let p = pieces(&text, 4000);
        assert_eq!(p.len(), 2);
        assert_eq!(p.concat(), text);
        let one_line = "é".repeat(9000);
        assert_eq!(pieces(&one_line, 4000).concat(), one_line);
        assert!(pieces(&one_line, 2000).iter().all(|x| x.chars().count() <= 2000));
        assert_eq!(pieces("", 10), ["…"]);
    }
}
