//! The drafts of every screen the bot shows: the menus and what anyone may read here, the
//! check's screens (`check`), a runner's record ([`history`]) and what is kept of it
//! ([`privacy`]). Pure: state in, [`Draft`] out. Words are message ids; the engine renders them.
//! Every screen ends with buttons that lead on: none is a dead end, but the emergency reply,
//! whose one way on is the call for help.

use crate::{
    action::Action,
    command::Command,
    content::Content,
    msg::{Arg, Msg},
    reply::{Draft, DraftButton, Part},
};

mod check;
mod club;
mod history;
mod privacy;

pub use check::{intro, question, referral, referral_saved, result, why};
pub use club::{club_stats, REGULARS};
pub use history::{checkin_after_run, checkin_ask, checkin_saved, history, stretched, trend, Waiting, HIGH};
pub use privacy::{follow_up, follow_up_not_yet, kept, privacy, saving, Saving};

/// A button with a message for its label.
pub fn button(label: Msg, action: Action) -> DraftButton {
    DraftButton { label: Part::Msg(label), action: action.encode() }
}

pub(crate) fn num(name: &'static str, n: impl Into<f64>) -> (&'static str, Arg) {
    (name, Arg::Num(n.into()))
}

pub(crate) fn text(name: &'static str, s: impl Into<String>) -> (&'static str, Arg) {
    (name, Arg::Str(s.into()))
}

/// The buttons under something that may be saved: while the runner is asked whether it may
/// be kept, none leads into a history it is not in yet (the history says it waits for the
/// answer, but the answer is right here).
pub fn menu_row_after(commands: &[Command], saved: Saving) -> Vec<DraftButton> {
    let asking = matches!(saved, Saving::Ask { .. });
    let shown: Vec<Command> =
        commands.iter().copied().filter(|c| !(asking && *c == Command::History)).collect();
    menu_row(&shown)
}

/// The buttons that lead somewhere useful from any dead end.
pub fn menu_row(commands: &[Command]) -> Vec<DraftButton> {
    commands
        .iter()
        .map(|c| {
            let label = match c {
                Command::Start => Msg::new("button-start"),
                Command::Checkin => Msg::new("button-checkin"),
                Command::History => Msg::new("button-history"),
                Command::Faq => Msg::new("button-faq"),
                Command::Tips => Msg::new("button-tips"),
                Command::Stretch => Msg::new("button-stretch"),
                Command::Help => Msg::new("button-help"),
                Command::Export => Msg::new("button-export"),
                Command::Forget => Msg::new("button-forget"),
                Command::Language => Msg::new("button-language"),
                Command::Cancel => Msg::new("button-cancel"),
                Command::Routine => Msg::new("button-routine"),
                Command::Remind => Msg::new("button-remind"),
                Command::Reminders => Msg::new("button-reminders"),
                Command::Privacy => Msg::new("button-privacy"),
                Command::Clubstats => Msg::new("button-clubstats"),
                Command::Leaderboard => Msg::new("button-leaderboard"),
            };
            button(label, Action::Run(*c))
        })
        .collect()
}

pub fn faq_menu(content: &Content) -> Draft {
    let mut d = Draft::public([Msg::new("faq-head").into()]);
    for (i, id) in content.faq.iter().enumerate() {
        d = d.button_row(vec![button(
            Msg::new(format!("faq-{id}-question")),
            Action::Faq(u8::try_from(i).unwrap_or(u8::MAX)),
        )]);
    }
    d
}

pub fn faq_answer(id: &str) -> Draft {
    Draft::public([
        Msg::new(format!("faq-{id}-question")).into(),
        Msg::new(format!("faq-{id}-answer")).into(),
    ])
    .button_row(menu_row(&[Command::Faq, Command::Start]))
}

/// A typed question's answer from the FAQ, with the other questions below in case it was
/// not the one meant.
pub fn faq_found(content: &Content, id: &str) -> Draft {
    let mut d = faq_answer(id);
    d.parts.push(Msg::new("not-what-you-asked").into());
    let others: Vec<DraftButton> = content
        .faq
        .iter()
        .enumerate()
        .filter(|(_, other)| *other != id)
        .map(|(i, other)| {
            button(Msg::new(format!("faq-{other}-question")), Action::Faq(u8::try_from(i).unwrap_or(u8::MAX)))
        })
        .collect();
    for b in others {
        d = d.button_row(vec![b]);
    }
    d
}

/// A typed question's answer from the tips.
pub fn tip_found(id: &str) -> Draft {
    Draft::public([Msg::new(format!("tip-{id}")).into()]).button_row(menu_row(&[Command::Tips, Command::Faq]))
}

pub fn tips(content: &Content) -> Draft {
    let mut parts: Vec<Part> = vec![Msg::new("tips-head").into()];
    parts.extend(content.tips.iter().map(|t| Part::Msg(Msg::new(format!("tip-{t}")))));
    Draft::public(parts).button_row(menu_row(&[Command::Stretch, Command::Start]))
}

/// The stretch routine with its hold times. `held_back`: a red flag still waits to be checked,
/// so it comes with a word of caution first.
pub fn stretch(content: &Content, held_back: bool) -> Draft {
    let mut parts: Vec<Part> = Vec::new();
    if held_back {
        parts.push(Msg::new("stretch-held-back").into());
    }
    parts.push(Msg::new("stretch-head").into());
    for s in &content.stretches {
        parts.push(
            Msg::with(
                format!("stretch-{}", s.id),
                vec![
                    num("seconds", s.hold_seconds),
                    num("minutes", f64::from(s.hold_seconds) / 60.0),
                    num("repeats", s.repeats),
                ],
            )
            .into(),
        );
    }
    parts.push(Msg::new("stretch-foot").into());
    Draft::public(parts)
}

/// What the bot does; the first time, with the welcome in front.
pub fn help(welcome: bool) -> Draft {
    let mut parts: Vec<Part> = Vec::new();
    if welcome {
        parts.push(Msg::new("welcome").into());
    }
    parts.push(Msg::new("help").into());
    parts.push(Msg::new("not-a-doctor").into());
    Draft::public(parts).button_row(menu_row(&[Command::Start, Command::Checkin])).button_row(menu_row(&[
        Command::Faq,
        Command::Tips,
        Command::Stretch,
    ]))
}

/// The bot's hello to a group that just added it: what members can do, what moderators can
/// do, and the two ways in.
pub fn group_welcome() -> Draft {
    Draft::public([Msg::new("group-welcome").into()]).button_row(menu_row(&[Command::Start, Command::Faq]))
}

/// In a group that cannot show private replies: the way to the private chat, opening
/// `command` there.
pub fn go_private(command: Command) -> Draft {
    Draft::public([Msg::new("go-private").into()])
        .button_row(vec![button(Msg::new("button-go-private"), Action::Run(command))])
}
