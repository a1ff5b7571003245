//! The check's screens: the first question with the intro, each question (one answer, or
//! toggles and Next where several fit), "why do you ask?", the red-flag stop with a referral
//! per sign, and the ranked result with a reason and advice for every factor it lists.

use super::{button, menu_row, menu_row_after, num, saving, Saving};
use crate::{
    action::{Action, Nonce},
    assessment::{Assessment, Next, Total},
    command::Command,
    content::{Content, Factor, Outcome, Question},
    msg::{Arg, Msg},
    reply::{Draft, DraftButton, Part},
    scoring::{Level, Verdict},
};

/// The most pieces of advice a result lists.
const MAX_ADVICE: usize = 7;

/// The intro, said once at the top of the first question (one message, not two): how many
/// questions, as few and as many as the answers can make it, so that no count on the way
/// contradicts it.
pub fn intro(content: &Content) -> Vec<Part> {
    let total = match Assessment::default().next(content) {
        Next::Ask { total, .. } => total,
        _ => Total { least: 0, most: 0 },
    };
    let said = if total.exact() {
        Msg::with("intro", vec![num("questions", total.most as f64)])
    } else {
        Msg::with("intro-range", vec![num("least", total.least as f64), num("most", total.most as f64)])
    };
    vec![said.into(), Msg::new("not-a-doctor").into()]
}

/// The question the assessment is on, with Back, Why and Cancel. Its count is the most
/// questions there can still be ("of up to 26"), which only comes down as answers close
/// follow-ups, and exact ("of 22") once nothing can change it: a count that grew under the
/// runner would break the intro's word.
pub fn question(
    nonce: Nonce,
    assessment: &Assessment,
    question: &Question,
    number: usize,
    total: Total,
) -> Draft {
    let step = u16::try_from(assessment.step()).unwrap_or(u16::MAX);
    let count = vec![num("number", number as f64), num("total", total.most as f64)];
    let progress =
        if total.exact() { Msg::with("progress", count) } else { Msg::with("progress-up-to", count) };
    let mut parts: Vec<Part> = vec![progress.into(), question.text().into()];
    if question.multiple {
        parts.push(Msg::new("pick-several").into());
    }
    let mut draft = Draft::private(parts);
    let choices: Vec<DraftButton> = question
        .choices
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let choice = u8::try_from(i).unwrap_or(u8::MAX);
            let label = match question.label_id(c) {
                Some(id) if question.multiple && !c.exclusive => {
                    let label = vec![("label", Arg::Msg(id))];
                    Part::Msg(if assessment.picked.iter().any(|p| *p == c.id) {
                        Msg::with("toggle-on", label)
                    } else {
                        Msg::with("toggle-off", label)
                    })
                }
                Some(id) => Part::Msg(Msg::new(id)),
                None => Part::Raw(c.id.clone()),
            };
            let action = if question.multiple {
                Action::Toggle { nonce, step, choice }
            } else {
                Action::Answer { nonce, step, choice }
            };
            DraftButton { label, action: action.encode() }
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
    if question.multiple {
        draft = draft.button_row(vec![button(Msg::new("button-next"), Action::Confirm { nonce, step })]);
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

/// A red flag: what to do now, sign by sign, before and instead of any self-care advice.
/// Someone told to get medical help now is offered nothing to tap beside it: a button to
/// their history, the menu or a new check would read as something to do first, and the one
/// thing to do is to call. The professional referral leads on to the history and the help.
pub fn referral(content: &Content, outcome: Outcome, signs: &[String]) -> Draft {
    let draft = referral_said(content, outcome, signs);
    match outcome {
        Outcome::Emergency => draft,
        _ => draft.button_row(menu_row(&[Command::History, Command::Help])),
    }
}

/// The referral's words: the head, the most urgent signs' lines, and "not a doctor".
fn referral_said(content: &Content, outcome: Outcome, signs: &[String]) -> Draft {
    let head = match outcome {
        Outcome::Emergency => Msg::new("red-flag-emergency"),
        _ => Msg::new("red-flag-professional"),
    };
    let mut parts: Vec<Part> = vec![head.into()];
    // Only the most urgent signs' lines: beside "call your emergency number now", a "see a
    // doctor within a day or two" for the numb arm would read as leave to wait (and chest
    // pain with a numb arm is the emergency's own pattern). Whoever sees them hears it all.
    let known: Vec<_> = signs.iter().filter_map(|s| content.sign(s)).collect();
    let most = known.iter().map(|s| s.outcome).max();
    parts.extend(known.iter().filter(|s| Some(s.outcome) == most).map(|s| Part::Msg(s.referral())));
    parts.push(Msg::new("not-a-doctor").into());
    Draft::private(parts)
}

/// The referral, ended with what became of the record. Someone just told to call their
/// emergency number is not asked whether their history may be kept: the record waits, and
/// the question comes with their next check or check-in (or /privacy). Beside the question
/// (after a professional referral), no My history button leads into a history the record
/// is not in yet.
pub fn referral_saved(content: &Content, outcome: Outcome, signs: &[String], saved: Saving) -> Draft {
    let draft = referral_said(content, outcome, signs);
    match (outcome, saved) {
        (Outcome::Emergency, Saving::Ask { .. }) => draft,
        (Outcome::Emergency, _) => saving(draft, saved),
        _ => saving(draft, saved).button_row(menu_row_after(&[Command::History, Command::Help], saved)),
    }
}

fn level_msg(level: Level) -> Msg {
    match level {
        Level::Likely => Msg::new("level-likely"),
        Level::Possible => Msg::new("level-possible"),
        Level::Unlikely => Msg::new("level-unlikely"),
    }
}

fn factor_ref(f: Factor) -> Arg {
    Arg::Msg(f.name().id)
}

/// The ranked factors, each with the answer that points at it most, the advice that fits
/// them, and when to see a professional: one message, which replaces the last question. `held_back`: a red flag still waits to be checked,
/// so stretches and workouts are not suggested yet.
pub fn result(content: &Content, verdict: &Verdict, held_back: bool, saved: Saving) -> Draft {
    let relevant: Vec<_> = verdict.factors.iter().filter(|f| f.level > Level::Unlikely).collect();
    // "Most likely first:" heads a ranking; with nothing ranked it would promise one.
    let mut ranked: Vec<Part> = if relevant.is_empty() {
        vec![Msg::new("result-nothing-stands-out").into()]
    } else {
        vec![Msg::new("result-head").into()]
    };
    for (i, f) in relevant.iter().enumerate() {
        let mut args = vec![
            num("rank", (i + 1) as f64),
            ("factor", factor_ref(f.factor)),
            ("level", Arg::Msg(level_msg(f.level).id)),
            num("score", f.score),
        ];
        // Every factor listed says why, in the user's own answers.
        let reason = f.reasons.first().and_then(|r| {
            let q = content.question(&r.question)?;
            q.choice(r.choices.first()?).map(|c| q.reason(c))
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
    if !relevant.is_empty() {
        ranked.push(Msg::new("result-score-meaning").into());
    }
    let unlikely: Vec<String> =
        verdict.factors.iter().filter(|f| f.level == Level::Unlikely).map(|f| f.factor.name().id).collect();
    if !unlikely.is_empty() && !relevant.is_empty() {
        ranked.push(Msg::with("result-unlikely", vec![("factors", Arg::List(unlikely))]).into());
    }
    let ids: Vec<&str> = if verdict.advice.is_empty() {
        vec!["stretch", "strength"]
    } else {
        verdict.advice.iter().map(String::as_str).collect()
    };
    let items: Vec<_> = ids.iter().filter_map(|id| content.advice.iter().find(|a| a.id == *id)).collect();
    let shown: Vec<_> = items.iter().filter(|a| !(held_back && a.exercise)).take(MAX_ADVICE).collect();
    let mut parts = ranked;
    if !shown.is_empty() {
        parts.push(Msg::new("advice-head").into());
        parts.extend(shown.iter().map(|a| Part::Msg(a.text())));
    }
    if held_back && items.iter().any(|a| a.exercise) {
        parts.push(Msg::new("advice-held-back").into());
    }
    parts.push(Msg::new("result-see-professional").into());
    parts.push(Msg::new("not-a-doctor").into());
    let buttons = if held_back {
        [menu_row_after(&[Command::Checkin, Command::History], saved), menu_row(&[Command::Faq])]
    } else {
        [
            menu_row(&[Command::Stretch, Command::Checkin]),
            menu_row_after(&[Command::History, Command::Faq], saved),
        ]
    };
    let [first, second] = buttons;
    saving(Draft::private(parts), saved).button_row(first).button_row(second)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_result_with_nothing_likely_does_not_promise_a_ranking() {
        let content = Content::built_in().expect("content");
        let calm = Verdict { factors: Vec::new(), advice: Vec::new() };
        let ids = |d: &Draft| -> Vec<String> {
            d.parts
                .iter()
                .filter_map(|p| if let Part::Msg(m) = p { Some(m.id.clone()) } else { None })
                .collect()
        };
        let said = ids(&result(&content, &calm, false, Saving::Saved));
        assert_eq!(said.first().map(String::as_str), Some("result-nothing-stands-out"), "{said:?}");
        assert!(!said.iter().any(|id| id == "result-head"), "{said:?}");
    }
}
