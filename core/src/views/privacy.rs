//! What the bot says about keeping a runner's data: the line under anything it could save
//! (saved, not kept, or the question whether it may), /privacy, and "did you get checked?"
//! after a red flag.

use chrono::NaiveDate;

use super::{button, menu_row, num};
use crate::{
    action::{Action, Nonce},
    command::Command,
    msg::{Arg, Msg},
    prefs::Keeping,
    reply::{Draft, Part},
};

/// What became of what a reply could save.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Saving {
    /// Saved to the runner's history.
    Saved,
    /// Not kept: the runner chose to use the bot without a history.
    NotKept,
    /// Held until the runner answers whether their history may be kept (after `days` of
    /// silence a history is deleted).
    Ask { days: u32 },
}

/// Ends a draft with what became of what it could save: a line, or the question with its
/// two buttons (before anything is saved, the runner is told what would be kept and why).
pub fn saving(mut draft: Draft, saved: Saving) -> Draft {
    match saved {
        Saving::Saved => draft.parts.push(Msg::new("saved-to-history").into()),
        Saving::NotKept => draft.parts.push(Msg::new("not-kept").into()),
        Saving::Ask { days } => {
            draft.parts.push(Msg::with("consent-ask", vec![num("days", days)]).into());
            draft = draft.button_row(choices());
        }
    }
    draft
}

fn choices() -> Vec<crate::reply::DraftButton> {
    vec![
        button(Msg::new("button-keep-history"), Action::Keeping(true)),
        button(Msg::new("button-no-history"), Action::Keeping(false)),
    ]
}

/// /privacy: what is kept, why, where, for how long, how to see or delete it, and the choice.
/// `kept`: the message ids of what the database holds about the runner right now (a reminder,
/// their time zone, an unfinished check…), so that what it says is what is stored.
pub fn privacy(keeping: Option<Keeping>, days: u32, kept: Vec<String>) -> Draft {
    let now = match keeping {
        Some(Keeping::Keep) => Msg::new("privacy-now-kept"),
        Some(Keeping::Off) => Msg::new("privacy-now-off"),
        None => Msg::new("privacy-now-unasked"),
    };
    let mut parts: Vec<Part> = vec![Msg::with("privacy", vec![num("days", days)]).into(), now.into()];
    parts.push(if kept.is_empty() {
        Msg::new("privacy-kept-nothing").into()
    } else {
        Msg::with("privacy-kept-now", vec![("items", Arg::List(kept))]).into()
    });
    Draft::private(parts).button_row(choices()).button_row(menu_row(&[Command::Export, Command::Forget]))
}

/// The answer to a press of either choice.
pub fn kept(keep: bool, saved_now: usize) -> Draft {
    let said = match (keep, saved_now) {
        (true, 0) => Msg::new("history-on"),
        (true, n) => Msg::with("history-on-saved", vec![num("count", n as f64)]),
        (false, _) => Msg::new("history-turned-off"),
    };
    Draft::private([said.into()]).button_row(menu_row(&[Command::History, Command::Start]))
}

/// "On \<date\> I suggested you get checked. Did you?", before a new check or check-in.
pub fn follow_up(nonce: Nonce, flagged_on: NaiveDate) -> Draft {
    Draft::private([
        Msg::with("follow-up-ask", vec![("date", Arg::Nested(Box::new(Msg::date(flagged_on))))]).into()
    ])
    .button_row(vec![
        button(Msg::new("button-checked-yes"), Action::Checked { nonce, yes: true }),
        button(Msg::new("button-checked-not-yet"), Action::Checked { nonce, yes: false }),
    ])
}

/// Said before going on, after "not yet".
pub fn follow_up_not_yet() -> Part {
    Part::Msg(Msg::new("follow-up-not-yet"))
}
