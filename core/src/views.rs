//! The drafts of every screen the bot shows: a question, a result, the history, the menus.
//! Pure: state in, [`Draft`] out. Words are message ids; the engine renders them.

use crate::{
    action::{Action, Nonce},
    assessment::{Assessment, Next},
    command::Command,
    content::{Content, Factor, Outcome, Question},
    history::{Entry, History, Trend},
    reply::{Arg, Draft, DraftButton, Msg, Part},
    scoring::{Level, Verdict},
};

/// A button with a message for its label.
pub fn button(label: Msg, action: Action) -> DraftButton {
    DraftButton { label: Part::Msg(label), action: action.encode() }
}

fn num(name: &'static str, n: impl Into<f64>) -> (&'static str, Arg) {
    (name, Arg::Num(n.into()))
}

fn text(name: &'static str, s: impl Into<String>) -> (&'static str, Arg) {
    (name, Arg::Str(s.into()))
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
            };
            button(label, Action::Run(*c))
        })
        .collect()
}

pub fn intro(content: &Content) -> Draft {
    let about = match Assessment::default().next(content) {
        Next::Ask { about, .. } => about,
        _ => 0,
    };
    Draft::private([
        Msg::with("intro", vec![num("questions", about as f64)]).into(),
        Msg::new("not-a-doctor").into(),
    ])
}

/// The question the assessment is on, with Back, Why and Cancel.
pub fn question(
    nonce: Nonce,
    assessment: &Assessment,
    question: &Question,
    number: usize,
    about: usize,
) -> Draft {
    let step = u16::try_from(assessment.step()).unwrap_or(u16::MAX);
    let mut draft = Draft::private([
        Msg::with("progress", vec![num("number", number as f64), num("about", about as f64)]).into(),
        question.text().into(),
    ]);
    let choices: Vec<DraftButton> = question
        .choices
        .iter()
        .enumerate()
        .map(|(i, c)| DraftButton {
            label: match question.label_id(c) {
                Some(id) => Part::Msg(Msg::new(id)),
                None => Part::Raw(c.id.clone()),
            },
            action: Action::Answer { nonce, step, choice: u8::try_from(i).unwrap_or(u8::MAX) }.encode(),
        })
        .collect();
    if question.is_scale {
        // Numbers fit side by side: two short rows instead of eleven.
        let half = choices.len().div_ceil(2);
        let (first, second) = choices.split_at(half);
        draft = draft.button_row(first.to_vec()).button_row(second.to_vec());
    } else {
        for c in choices {
            draft = draft.button_row(vec![c]);
        }
    }
    let mut controls = Vec::new();
    if step > 0 {
        controls.push(button(Msg::new("button-back"), Action::Back { nonce, step }));
    }
    controls.push(button(Msg::new("button-why"), Action::Why { nonce, step }));
    controls.push(button(Msg::new("button-cancel"), Action::Cancel { nonce }));
    draft.button_row(controls)
}

pub fn why(question: &Question) -> Draft {
    Draft::private([question.why().into()])
}

/// A red flag: what to do now, before and instead of any self-care advice.
pub fn red_flag(outcome: Outcome, question: &Question, assessment: &Assessment) -> Draft {
    let said = assessment
        .answers
        .iter()
        .find(|a| a.question == question.id)
        .and_then(|a| question.choice(&a.choice))
        .map(|c| match question.label_id(c) {
            Some(id) => Msg::with("red-flag-you-said", vec![("answer", Arg::Msg(id))]),
            None => Msg::with("red-flag-you-said-severity", vec![text("severity", c.id.clone())]),
        });
    let head = match outcome {
        Outcome::Emergency => Msg::new("red-flag-emergency"),
        _ => Msg::new("red-flag-professional"),
    };
    let mut parts: Vec<Part> = vec![head.into()];
    parts.extend(said.map(Part::Msg));
    parts.push(Msg::new("not-a-doctor").into());
    parts.push(Msg::new("saved-to-history").into());
    Draft::private(parts).button_row(menu_row(&[Command::History, Command::Help]))
}

fn level_msg(level: Level) -> Msg {
    match level {
        Level::Likely => Msg::new("level-likely"),
        Level::Possible => Msg::new("level-possible"),
        Level::Unlikely => Msg::new("level-unlikely"),
    }
}

/// The ranked factors with reasons, the advice, and when to see a professional.
pub fn result(content: &Content, verdict: &Verdict) -> Vec<Draft> {
    let mut ranked: Vec<Part> = vec![Msg::new("result-head").into()];
    let relevant: Vec<_> = verdict.factors.iter().filter(|f| f.level > Level::Unlikely).collect();
    if relevant.is_empty() {
        ranked.push(Msg::new("result-nothing-stands-out").into());
    }
    for (i, f) in relevant.iter().enumerate() {
        let mut args = vec![
            num("rank", (i + 1) as f64),
            ("factor", factor_ref(f.factor)),
            ("level", Arg::Msg(level_msg(f.level).id)),
            num("score", f.score),
        ];
        // A likely factor says why, in the user's own answers.
        let reason = f.reasons.first().filter(|_| f.level == Level::Likely).and_then(|r| {
            content.question(&r.question).and_then(|q| q.choice(&r.choice).map(|c| q.reason(c)))
        });
        ranked.push(
            match reason {
                Some(reason) => {
                    args.push(("reason", Arg::Msg(reason.id)));
                    Msg::with("result-factor-why", args)
                }
                None => Msg::with("result-factor", args),
            }
            .into(),
        );
    }
    let unlikely: Vec<String> =
        verdict.factors.iter().filter(|f| f.level == Level::Unlikely).map(|f| f.factor.name().id).collect();
    if !unlikely.is_empty() && !relevant.is_empty() {
        ranked.push(Msg::with("result-unlikely", vec![("factors", Arg::List(unlikely))]).into());
    }
    let mut advice: Vec<Part> = vec![Msg::new("advice-head").into()];
    let ids: Vec<&str> = if verdict.advice.is_empty() {
        vec!["stretch", "strength"]
    } else {
        verdict.advice.iter().map(String::as_str).take(6).collect()
    };
    for id in ids {
        if let Some(a) = content.advice.iter().find(|a| a.id == id) {
            advice.push(a.text().into());
        }
    }
    let footer = Draft::private([
        Msg::new("result-see-professional").into(),
        Msg::new("not-a-doctor").into(),
        Msg::new("saved-to-history").into(),
    ])
    .button_row(menu_row(&[Command::Stretch, Command::Checkin]))
    .button_row(menu_row(&[Command::History, Command::Faq]));
    vec![Draft::private(ranked), Draft::private(advice), footer]
}

fn factor_ref(f: Factor) -> Arg {
    Arg::Msg(f.name().id)
}

pub fn checkin_ask(nonce: Nonce) -> Draft {
    let buttons: Vec<DraftButton> = (0..=10u8)
        .map(|v| DraftButton {
            label: Part::Raw(v.to_string()),
            action: Action::Severity { nonce, value: v }.encode(),
        })
        .collect();
    let (a, b) = buttons.split_at(6);
    Draft::private([Msg::new("checkin-ask").into()])
        .button_row(a.to_vec())
        .button_row(b.to_vec())
        .button_row(vec![button(Msg::new("button-cancel"), Action::Cancel { nonce })])
}

pub fn checkin_after_run(nonce: Nonce, severity: u8) -> Draft {
    Draft::private([Msg::with("checkin-after-run", vec![num("severity", severity)]).into()])
        .button_row(vec![
            button(Msg::new("button-after-run"), Action::AfterRun { nonce, after_run: true }),
            button(Msg::new("button-not-after-run"), Action::AfterRun { nonce, after_run: false }),
        ])
        .editing()
}

pub fn trend(history: &History) -> Option<Part> {
    let chart = vec![text("chart", history.sparkline())];
    Some(
        match history.trend()? {
            Trend::Better => Msg::with("trend-better", chart),
            Trend::Steady => Msg::with("trend-steady", chart),
            Trend::Worse => Msg::with("trend-worse", chart),
        }
        .into(),
    )
}

pub fn checkin_saved(severity: u8, after_run: bool, history: &History) -> Draft {
    let mut parts: Vec<Part> = vec![Msg::with(
        "checkin-saved",
        vec![num("severity", severity), text("after_run", if after_run { "yes" } else { "no" })],
    )
    .into()];
    parts.extend(trend(history));
    if severity >= 8 {
        parts.push(Msg::new("checkin-high").into());
    }
    Draft::private(parts).button_row(menu_row(&[Command::Stretch, Command::History])).editing()
}

/// The day of an entry, in the user's date format (UTC; history spans days, not minutes).
fn date(e: &Entry) -> (&'static str, Arg) {
    ("date", Arg::Nested(Box::new(Msg::date(e.at().date_naive()))))
}

pub fn history(history: &History) -> Draft {
    if history.entries.is_empty() {
        let mut parts: Vec<Part> = vec![Msg::new("history-empty").into()];
        if history.unreadable > 0 {
            parts.push(Msg::with("history-unreadable", vec![num("count", history.unreadable as f64)]).into());
        }
        return Draft::private(parts).button_row(menu_row(&[Command::Start, Command::Checkin]));
    }
    let mut parts: Vec<Part> = vec![Msg::new("history-head").into()];
    let recent: Vec<&Entry> = history.entries.iter().rev().take(10).collect();
    let lines: Vec<Part> = recent
        .iter()
        .rev()
        .map(|e| match e {
            Entry::Assessment(a) => {
                let top = a.factors.first().filter(|f| f.level > Level::Unlikely);
                let args = vec![
                    date(e),
                    num("severity", a.severity.unwrap_or(0)),
                    ("factor", top.map_or(Arg::Str(String::new()), |f| factor_ref(f.factor))),
                ];
                match (a.outcome, top) {
                    (Outcome::Emergency, _) => Msg::with("history-assessment-emergency", args),
                    (Outcome::SeeProfessional, _) => Msg::with("history-assessment-professional", args),
                    (Outcome::SelfCare, Some(_)) => Msg::with("history-assessment", args),
                    (Outcome::SelfCare, None) => Msg::with("history-assessment-nothing", args),
                }
                .into()
            }
            Entry::Checkin(c) => {
                let kind = match (c.kind, c.after_run) {
                    (crate::history::CheckinKind::Stretch, _) => "stretch",
                    (_, Some(true)) => "after-run",
                    _ => "other",
                };
                Msg::with(
                    "history-checkin",
                    vec![date(e), num("severity", c.severity.unwrap_or(0)), text("kind", kind)],
                )
                .into()
            }
        })
        .collect();
    parts.extend(lines);
    parts.extend(trend(history));
    if history.unreadable > 0 {
        parts.push(Msg::with("history-unreadable", vec![num("count", history.unreadable as f64)]).into());
    }
    Draft::private(parts).button_row(menu_row(&[Command::Checkin, Command::Start]))
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

pub fn tips(content: &Content) -> Draft {
    let mut parts: Vec<Part> = vec![Msg::new("tips-head").into()];
    parts.extend(content.tips.iter().map(|t| Part::Msg(Msg::new(format!("tip-{t}")))));
    Draft::public(parts).button_row(menu_row(&[Command::Stretch, Command::Start]))
}

pub fn stretch(content: &Content) -> Draft {
    let mut parts: Vec<Part> = vec![Msg::new("stretch-head").into()];
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

pub fn help() -> Draft {
    Draft::public([Msg::new("help").into(), Msg::new("not-a-doctor").into()])
        .button_row(menu_row(&[Command::Start, Command::Checkin]))
        .button_row(menu_row(&[Command::Faq, Command::Tips, Command::Stretch]))
}

/// In a group that cannot show private replies: the way to the private chat, opening
/// `command` there.
pub fn go_private(command: Command) -> Draft {
    Draft::public([Msg::new("go-private").into()])
        .button_row(vec![button(Msg::new("button-go-private"), Action::Run(command))])
}
