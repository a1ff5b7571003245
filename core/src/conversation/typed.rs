//! Typed text: a command, an answer typed instead of tapped, or anything else a runner
//! writes.

use super::{typed_command, Decision, Turn, MAX_TEXT};
use crate::{
    assessment::Next,
    command::Command,
    reply::{Draft, Msg},
    session::Prompt,
    store::{Store, StoreError},
    views,
};

impl<S: Store> Turn<'_, S> {
    pub(super) fn text(&self, text: &str) -> Result<Decision, StoreError> {
        if text.len() > MAX_TEXT {
            return Ok(Decision::show([Draft::private([Msg::new("too-long").into()])]));
        }
        if let Some((name, args)) = typed_command(text) {
            return self.command_named(name, &args);
        }
        if self.who.in_group() {
            // Group chatter is not addressed to the bot; only commands are.
            return Ok(Decision::default());
        }
        let typed = text.trim().to_lowercase();
        // An answer typed instead of tapped.
        if let Some(session) = &self.session {
            if let Some(a) = &session.assessment {
                if let Next::Ask { question, .. } = a.next(self.content) {
                    let found = question.choices.iter().position(|c| {
                        let label = match question.label_id(c) {
                            Some(id) => self.locales.format(&self.tag, &Msg::new(id)).to_lowercase(),
                            None => c.id.clone(),
                        };
                        label == typed
                    });
                    if let Some(choice) = found {
                        let step = u16::try_from(a.step()).unwrap_or(u16::MAX);
                        return self.answer(session.nonce, step, u8::try_from(choice).unwrap_or(u8::MAX));
                    }
                    let mut d = Decision::show([Draft::private([Msg::new("tap-a-button").into()])]);
                    d.drafts.extend(self.ask(session.nonce, a, false));
                    return Ok(d);
                }
            }
            if let Some(Prompt::Checkin { severity: None }) = session.prompt {
                if let Ok(value) = typed.parse::<u8>() {
                    if value <= 10 {
                        return self.severity(session.nonce, value);
                    }
                }
            }
        }
        Ok(Decision::show([Draft::private([Msg::new("free-text").into()])
            .button_row(views::menu_row(&[Command::Start, Command::Checkin]))
            .button_row(views::menu_row(&[Command::Help]))]))
    }
}
