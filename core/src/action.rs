//! The compact codes behind buttons. A code is versioned, at most 64 bytes (Telegram's
//! callback_data limit), and names the conversation it belongs to, so that a stale or forged
//! code is recognised and answered kindly instead of being trusted. Nothing in a code is
//! believed without checking it against the user's stored session.

use crate::command::Command;

/// The most bytes a code may have: Telegram's callback_data limit (Discord allows 100).
pub const MAX_LEN: usize = 64;
const VERSION: &str = "1";

/// The number that ties a button to one conversation; a new conversation gets a new one.
pub type Nonce = u32;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Pick option `choice` of the question at `step`.
    Answer {
        nonce: Nonce,
        step: u16,
        choice: u8,
    },
    Back {
        nonce: Nonce,
        step: u16,
    },
    Why {
        nonce: Nonce,
        step: u16,
    },
    /// Tick or untick option `choice` of a question that takes several answers.
    Toggle {
        nonce: Nonce,
        step: u16,
        choice: u8,
    },
    /// Answer a question that takes several answers with what is ticked.
    Confirm {
        nonce: Nonce,
        step: u16,
    },
    /// "Did you get checked?" after a red flag: yes, or not yet.
    Checked {
        nonce: Nonce,
        yes: bool,
    },
    /// Keep the runner's history, or not (stateless: the latest press wins).
    Keeping(bool),
    Cancel {
        nonce: Nonce,
    },
    /// Continue the unfinished assessment.
    Resume {
        nonce: Nonce,
    },
    /// Drop the unfinished assessment and start again.
    Restart {
        nonce: Nonce,
    },
    /// A check-in's 0–10.
    Severity {
        nonce: Nonce,
        value: u8,
    },
    /// A check-in's "after a run?".
    AfterRun {
        nonce: Nonce,
        after_run: bool,
    },
    ForgetConfirm {
        nonce: Nonce,
    },
    ForgetKeep {
        nonce: Nonce,
    },
    /// Show FAQ answer `n` (stateless: any press is fine).
    Faq(u8),
    /// Set the language; `None` follows the platform again.
    Language(Option<String>),
    /// A menu button that runs a command.
    Run(Command),
    /// "Done" under a routine post.
    Done {
        post: u64,
    },
    /// "I did it" under the stretch routine in a private chat: a stretch for the streak.
    Stretched,
    /// Pause, resume or remove a reminder of this chat (or of this user).
    PauseReminder {
        id: u64,
    },
    ResumeReminder {
        id: u64,
    },
    RemoveReminder {
        id: u64,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ActionError {
    #[error("longer than {MAX_LEN} bytes")]
    TooLong,
    #[error("from another version of the bot")]
    Version,
    #[error("not a code this bot makes")]
    Garbage,
}

fn num<T: std::str::FromStr>(s: Option<&str>) -> Result<T, ActionError> {
    s.and_then(|s| s.parse().ok()).ok_or(ActionError::Garbage)
}

fn nonce(s: Option<&str>) -> Result<Nonce, ActionError> {
    s.and_then(|s| Nonce::from_str_radix(s, 36).ok()).ok_or(ActionError::Garbage)
}

fn flag(s: Option<&str>) -> Result<bool, ActionError> {
    match s {
        Some("1") => Ok(true),
        Some("0") => Ok(false),
        _ => Err(ActionError::Garbage),
    }
}

/// Writes `n` in base 36 (nonces: short, and not meant to be read).
fn base36(out: &mut String, mut n: Nonce) {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut digits = [0u8; 8];
    let mut len = 0;
    loop {
        digits[len] = DIGITS[(n % 36) as usize];
        len += 1;
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.extend(digits[..len].iter().rev().map(|d| char::from(*d)));
}

/// Writes a decimal number, without the formatting machinery: every button of every reply
/// carries a code, so encoding is on the path of every step.
fn decimal(out: &mut String, n: u64) {
    let mut digits = [0u8; 20];
    let mut len = 0;
    let mut n = n;
    loop {
        digits[len] = b'0' + (n % 10) as u8;
        len += 1;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend(digits[..len].iter().rev().map(|d| char::from(*d)));
}

/// A code as it is written: the kind letter, then `:`-separated fields.
struct Code(String);

impl Code {
    fn new(kind: &str) -> Self {
        let mut s = String::with_capacity(24);
        s.push_str(VERSION);
        s.push(':');
        s.push_str(kind);
        Code(s)
    }

    fn nonce(mut self, n: Nonce) -> Self {
        self.0.push(':');
        base36(&mut self.0, n);
        self
    }

    fn num(mut self, n: impl Into<u64>) -> Self {
        self.0.push(':');
        decimal(&mut self.0, n.into());
        self
    }

    fn text(mut self, t: &str) -> Self {
        self.0.push(':');
        self.0.push_str(t);
        self
    }
}

impl Action {
    /// Whether, in a group, only moderators may press it (the club's reminders, and the
    /// menu buttons of moderator commands).
    pub fn is_for_moderators(&self) -> bool {
        match self {
            Action::PauseReminder { .. } | Action::ResumeReminder { .. } | Action::RemoveReminder { .. } => {
                true
            }
            Action::Run(c) => c.is_for_moderators(),
            _ => false,
        }
    }

    pub fn encode(&self) -> String {
        let code = match self {
            Action::Answer { nonce, step, choice } => Code::new("a").nonce(*nonce).num(*step).num(*choice),
            Action::Back { nonce, step } => Code::new("b").nonce(*nonce).num(*step),
            Action::Why { nonce, step } => Code::new("w").nonce(*nonce).num(*step),
            Action::Toggle { nonce, step, choice } => Code::new("g").nonce(*nonce).num(*step).num(*choice),
            Action::Confirm { nonce, step } => Code::new("y").nonce(*nonce).num(*step),
            Action::Checked { nonce, yes } => Code::new("h").nonce(*nonce).num(u8::from(*yes)),
            Action::Keeping(keep) => Code::new("v").num(u8::from(*keep)),
            Action::Cancel { nonce } => Code::new("x").nonce(*nonce),
            Action::Resume { nonce } => Code::new("r").nonce(*nonce),
            Action::Restart { nonce } => Code::new("n").nonce(*nonce),
            Action::Severity { nonce, value } => Code::new("s").nonce(*nonce).num(*value),
            Action::AfterRun { nonce, after_run } => Code::new("t").nonce(*nonce).num(u8::from(*after_run)),
            Action::ForgetConfirm { nonce } => Code::new("d").nonce(*nonce),
            Action::ForgetKeep { nonce } => Code::new("k").nonce(*nonce),
            Action::Faq(n) => Code::new("f").num(*n),
            Action::Language(tag) => Code::new("l").text(tag.as_deref().unwrap_or("auto")),
            Action::Run(c) => Code::new("c").text(c.name()),
            Action::Done { post } => Code::new("o").num(*post),
            Action::Stretched => Code::new("z"),
            Action::PauseReminder { id } => Code::new("p").num(*id),
            Action::ResumeReminder { id } => Code::new("u").num(*id),
            Action::RemoveReminder { id } => Code::new("e").num(*id),
        };
        debug_assert!(code.0.len() <= MAX_LEN, "action code too long: {}", code.0);
        code.0
    }

    pub fn decode(code: &str) -> Result<Action, ActionError> {
        if code.len() > MAX_LEN {
            return Err(ActionError::TooLong);
        }
        let mut parts = code.split(':');
        match parts.next() {
            Some(VERSION) => {}
            Some(v) if !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()) => {
                return Err(ActionError::Version)
            }
            _ => return Err(ActionError::Garbage),
        }
        let kind = parts.next().ok_or(ActionError::Garbage)?;
        let action = match kind {
            "a" => Action::Answer {
                nonce: nonce(parts.next())?,
                step: num(parts.next())?,
                choice: num(parts.next())?,
            },
            "b" => Action::Back { nonce: nonce(parts.next())?, step: num(parts.next())? },
            "w" => Action::Why { nonce: nonce(parts.next())?, step: num(parts.next())? },
            "g" => Action::Toggle {
                nonce: nonce(parts.next())?,
                step: num(parts.next())?,
                choice: num(parts.next())?,
            },
            "y" => Action::Confirm { nonce: nonce(parts.next())?, step: num(parts.next())? },
            "h" => Action::Checked { nonce: nonce(parts.next())?, yes: flag(parts.next())? },
            "v" => Action::Keeping(flag(parts.next())?),
            "x" => Action::Cancel { nonce: nonce(parts.next())? },
            "r" => Action::Resume { nonce: nonce(parts.next())? },
            "n" => Action::Restart { nonce: nonce(parts.next())? },
            "s" => Action::Severity { nonce: nonce(parts.next())?, value: num(parts.next())? },
            "t" => Action::AfterRun { nonce: nonce(parts.next())?, after_run: flag(parts.next())? },
            "d" => Action::ForgetConfirm { nonce: nonce(parts.next())? },
            "k" => Action::ForgetKeep { nonce: nonce(parts.next())? },
            "f" => Action::Faq(num(parts.next())?),
            "l" => match parts.next() {
                Some("auto") => Action::Language(None),
                Some(tag)
                    if !tag.is_empty() && tag.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') =>
                {
                    Action::Language(Some(tag.to_string()))
                }
                _ => return Err(ActionError::Garbage),
            },
            "c" => Action::Run(parts.next().and_then(Command::from_name).ok_or(ActionError::Garbage)?),
            "o" => Action::Done { post: num(parts.next())? },
            "z" => Action::Stretched,
            "p" => Action::PauseReminder { id: num(parts.next())? },
            "u" => Action::ResumeReminder { id: num(parts.next())? },
            "e" => Action::RemoveReminder { id: num(parts.next())? },
            _ => return Err(ActionError::Garbage),
        };
        if parts.next().is_some() {
            return Err(ActionError::Garbage);
        }
        Ok(action)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_round_trips_within_the_limit() {
        let n = Nonce::MAX;
        let all = [
            Action::Answer { nonce: n, step: u16::MAX, choice: u8::MAX },
            Action::Back { nonce: n, step: 3 },
            Action::Why { nonce: n, step: 3 },
            Action::Toggle { nonce: n, step: u16::MAX, choice: u8::MAX },
            Action::Confirm { nonce: n, step: u16::MAX },
            Action::Checked { nonce: n, yes: true },
            Action::Checked { nonce: n, yes: false },
            Action::Keeping(true),
            Action::Keeping(false),
            Action::Cancel { nonce: n },
            Action::Resume { nonce: n },
            Action::Restart { nonce: 0 },
            Action::Severity { nonce: n, value: 10 },
            Action::AfterRun { nonce: n, after_run: true },
            Action::AfterRun { nonce: n, after_run: false },
            Action::ForgetConfirm { nonce: n },
            Action::ForgetKeep { nonce: n },
            Action::Faq(5),
            Action::Language(Some("pt-BR".into())),
            Action::Language(None),
            Action::Run(Command::History),
            Action::Done { post: u64::MAX },
            Action::Stretched,
            Action::PauseReminder { id: u64::MAX },
            Action::ResumeReminder { id: 1 },
            Action::RemoveReminder { id: 2 },
        ];
        for a in all {
            let code = a.encode();
            assert!(code.len() <= MAX_LEN, "{code}");
            assert_eq!(Action::decode(&code), Ok(a));
        }
    }

    #[test]
    fn garbage_old_and_oversized_codes_are_recognised() {
        assert_eq!(Action::decode(""), Err(ActionError::Garbage));
        assert_eq!(Action::decode("hello"), Err(ActionError::Garbage));
        assert_eq!(Action::decode("1:a:zz"), Err(ActionError::Garbage));
        assert_eq!(Action::decode("1:a:zz:1:1:extra"), Err(ActionError::Garbage));
        assert_eq!(Action::decode("1:a:zzzzzzzzzzzzz:1:1"), Err(ActionError::Garbage));
        assert_eq!(Action::decode("0:a:1:1:1"), Err(ActionError::Version));
        assert_eq!(Action::decode("2:a:1:1:1"), Err(ActionError::Version));
        assert_eq!(Action::decode(&"1".repeat(65)), Err(ActionError::TooLong));
        assert_eq!(Action::decode("1:c:rm -rf"), Err(ActionError::Garbage));
        assert_eq!(Action::decode("1:l:../../x"), Err(ActionError::Garbage));
    }
}
