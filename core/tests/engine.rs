//! The engine as a user meets it: whole conversations on a real database, asserting on what
//! the user reads.

#[path = "../../tests/support/personas.rs"]
mod personas;
mod support;

use personas::DESK_WORKER;
use std::{sync::Arc, thread};

use support::Chat;
use upback_core::{
    engine::{ChatKind, Input, Platform, Who},
    store::{SledStore, Store},
};

fn answer_all(chat: &Chat, labels: &[&str]) -> Vec<upback_core::reply::Reply> {
    let mut last = Vec::new();
    for label in labels {
        last = chat.press(label);
    }
    last
}

#[test]
fn a_whole_assessment_ends_in_a_ranked_explained_result_saved_to_history() {
    let chat = Chat::new();
    let first = chat.say("/start");
    let text = Chat::text(&first);
    assert!(text.contains("not a doctor"), "{text}");
    assert!(text.contains("Question 1 of about"), "{text}");
    assert!(first.iter().all(|r| r.private));

    let result = Chat::text(&answer_all(&chat, DESK_WORKER));
    assert!(result.contains("1. Posture — likely"), "{result}");
    assert!(result.contains("You sit for 8 hours or more"), "{result}");
    assert!(result.contains("rows, reverse flyes"), "{result}");
    assert!(result.contains("See a doctor or physio if"), "{result}");
    assert!(result.contains("I've saved this to your history"), "{result}");

    let history = Chat::text(&chat.say("/history"));
    assert!(history.contains("2026-06-02 · check 5/10 · most likely Posture"), "{history}");
}

#[test]
fn every_question_offers_back_why_cancel_and_a_progress_hint() {
    let chat = Chat::new();
    chat.say("/start");
    for label in &DESK_WORKER[..DESK_WORKER.len() - 1] {
        let replies = chat.last.borrow().clone();
        let question =
            replies.iter().find(|r| r.text.contains("Question ")).expect("a question is on screen");
        let labels: Vec<&str> = question.buttons.iter().flatten().map(|b| b.label.as_str()).collect();
        assert!(labels.contains(&"Why do you ask?") && labels.contains(&"✖ Cancel"), "{labels:?}");
        chat.press(label);
    }
    let later = chat.last.borrow().clone();
    assert!(later[0].text.starts_with("Question 15 of about 15"), "{}", later[0].text);
    assert!(later[0].edit, "the next question replaces the last one where the platform can");
}

#[test]
fn back_changes_an_earlier_answer() {
    let chat = Chat::new();
    chat.say("/start");
    chat.press("None of these");
    let q2 = Chat::text(&chat.press("← Back"));
    assert!(q2.contains("Question 1 of about") && q2.contains("do you have any of these right now"), "{q2}");
    // The first question again, this time with a red flag.
    let flagged = Chat::text(&chat.press("Chest pain or pressure"));
    assert!(flagged.contains("get medical help now"), "{flagged}");
}

#[test]
fn why_explains_the_question_without_moving_on() {
    let chat = Chat::new();
    chat.say("/start");
    let why = Chat::text(&chat.press("Why do you ask?"));
    assert!(why.contains("need a doctor straight away"), "{why}");
    // The original buttons still work.
    chat.say("/start");
    let resumed = Chat::text(&chat.press("▶ Carry on"));
    assert!(resumed.contains("Question 1 of about"), "{resumed}");
}

#[test]
fn cancel_stops_and_saves_nothing() {
    let chat = Chat::new();
    chat.say("/start");
    chat.press("None of these");
    let cancelled = Chat::text(&chat.press("✖ Cancel"));
    assert!(cancelled.contains("Nothing from it was saved"), "{cancelled}");
    assert!(Chat::text(&chat.say("/history")).contains("Nothing here yet"));
    assert!(chat.engine.store().session(&chat.who.key()).expect("readable").is_none());
}

#[test]
fn start_again_from_the_resume_offer_makes_old_buttons_stale() {
    let chat = Chat::new();
    chat.say("/start");
    let old = chat.action_of("None of these");
    chat.press("None of these");
    let offer = Chat::text(&chat.say("/assess"));
    assert!(offer.contains("you're on question 2"), "{offer}");
    let fresh = Chat::text(&chat.press("↺ Start again"));
    assert!(fresh.contains("Question 1 of about"), "{fresh}");
    let stale = Chat::text(&chat.press_action(&old));
    assert!(stale.contains("That button has expired"), "{stale}");
}

#[test]
fn an_assessment_resumes_after_the_database_is_reopened() {
    let chat = Chat::new();
    chat.say("/start");
    chat.press("None of these");
    chat.press("None of these");
    let path = chat.dir.path().to_path_buf();
    let Chat { engine, dir, .. } = chat;
    drop(engine);
    let reopened =
        upback_core::engine::Engine::built_in(SledStore::open(&path).expect("reopen")).expect("engine");
    let replies =
        reopened.handle(&Who::private(Platform::Console, "ana"), Input::Open, support::start_time());
    let text = Chat::text(&replies);
    assert!(text.contains("Welcome back") && text.contains("Question 3 of about"), "{text}");
    drop(dir);
}

#[test]
fn each_red_flag_alone_escalates_before_any_self_care_advice() {
    let emergency = [
        "Chest pain or pressure",
        "Struggling to breathe",
        "Pain spreading to my arm or jaw",
        "Sweating or feeling sick with the pain",
        "Lost control of bladder or bowels",
    ];
    let soon_warning = [
        "It started after a fall or a knock",
        "Numbness, tingling or weakness in my arms or legs",
        "Fever, or weight loss I can't explain",
        "It hurts at night or when I'm resting",
    ];
    let cases: Vec<(Vec<&str>, &str)> = emergency
        .iter()
        .map(|f| (vec![*f], "emergency"))
        .chain(soon_warning.iter().map(|f| (vec!["None of these", *f], "see_professional")))
        .chain(
            ["8", "9", "10"].iter().map(|s| (vec!["None of these", "None of these", *s], "see_professional")),
        )
        .chain(
            ["It keeps getting worse", "More than two weeks"]
                .iter()
                .map(|c| (vec!["None of these", "None of these", "4", *c], "see_professional")),
        )
        .collect();
    for (labels, outcome) in cases {
        let chat = Chat::new();
        chat.say("/start");
        let text = Chat::text(&answer_all(&chat, &labels));
        let expected =
            if outcome == "emergency" { "get medical help now" } else { "pause the self-help part" };
        assert!(text.contains(expected), "{labels:?}: {text}");
        assert!(!text.contains("What I'd try"), "no self-care advice after a red flag: {text}");
        assert!(text.contains("I've saved this"), "{text}");
        let export = chat.say("/export");
        let json: serde_json::Value = serde_json::from_str(&export[1].text).expect("export is JSON");
        assert_eq!(json["assessments"][0]["outcome"], outcome, "{labels:?}");
        assert!(
            chat.engine.store().session(&chat.who.key()).expect("readable").is_none(),
            "the assessment ended"
        );
    }
}

#[test]
fn stale_forged_oversized_and_garbage_buttons_get_a_kind_reply() {
    let chat = Chat::new();
    chat.say("/start");
    let real = chat.action_of("None of these");
    let forged_nonce = {
        let mut parts: Vec<String> = real.split(':').map(String::from).collect();
        parts[2] = "zz".into();
        parts.join(":")
    };
    for code in [
        forged_nonce.as_str(),
        &"1:a:1:1:1".repeat(10),
        "hello",
        "",
        "9:a:1:0:0",
        "1:a:zz:0:0:0",
        "1:f:99",
        "1:l:xx-YY",
        "💥",
    ] {
        let text = Chat::text(&chat.press_action(code));
        assert!(text.contains("That button has expired"), "{code:?}: {text}");
        assert!(chat.action_of("▶ Carry on").starts_with("1:r:"), "a way back to the open check");
    }
    // A double tap: the second press is recognised, and the check advanced once.
    chat.press_action(&real);
    let again = Chat::text(&chat.press_action(&real));
    assert!(
        again.contains("You already answered that one") && again.contains("Question 2 of about"),
        "{again}"
    );
    let session = chat.engine.store().session(&chat.who.key()).expect("readable").expect("open");
    assert_eq!(session.assessment.expect("in progress").answers.len(), 1);
    // A finished assessment's buttons are stale.
    let chat = Chat::new();
    chat.say("/start");
    let before = chat.action_of("Chest pain or pressure");
    chat.press("Chest pain or pressure");
    assert!(Chat::text(&chat.press_action(&before)).contains("That button has expired"));
}

#[test]
fn a_corrupt_record_gets_a_kind_reply_and_the_history_survives() {
    let chat = Chat::new();
    chat.say("/checkin");
    chat.press("4");
    chat.press("After a run");
    chat.engine
        .store()
        .put_raw("sessions", &chat.who.key(), b"{\"v\":1,\"data\":{\"nonce\":\"oops\"}}")
        .expect("write");
    let text = Chat::text(&chat.say("/start"));
    assert!(
        text.contains("couldn't read where we left off") && text.contains("Question 1 of about"),
        "{text}"
    );
    chat.engine.store().put_raw("history", &chat.who.key(), b"garbage").expect("write");
    let history = Chat::text(&chat.say("/history"));
    assert!(
        history.contains("check-in 4/10, after a run")
            && history.contains("One older record couldn't be read"),
        "{history}"
    );
}

#[test]
fn forget_asks_first_then_leaves_no_key_of_the_user_in_any_tree() {
    let chat = Chat::new();
    let other = Who::private(Platform::Telegram, "ana-2");
    chat.engine.handle(&other, Input::Text("/checkin".into()), support::start_time());
    chat.say("/checkin");
    chat.press("6");
    chat.press("Not after a run");
    chat.say("/language");
    chat.press("English");
    chat.say("/start");
    chat.press("None of these");
    chat.engine.store().put_raw("quarantine", &chat.who.key(), b"x").expect("write");

    let ask = Chat::text(&chat.say("/forget"));
    assert!(ask.contains("Are you sure?"), "{ask}");
    assert!(Chat::text(&chat.press("No, keep it")).contains("kept everything"));
    assert!(chat.engine.store().history(&chat.who.key()).expect("history").entries.len() == 1);
    chat.say("/forget");
    assert!(Chat::text(&chat.press("Yes, delete everything")).contains("deleted everything"));

    let keys = chat.engine.store().all_keys().expect("keys");
    let mine: Vec<_> =
        keys.iter().filter(|(_, k)| String::from_utf8_lossy(k).contains("console:ana")).collect();
    assert!(mine.is_empty(), "left behind: {mine:?}");
    assert!(
        keys.iter().any(|(_, k)| String::from_utf8_lossy(k).contains("telegram:ana-2")),
        "other users stay"
    );
}

#[test]
fn export_lists_everything_in_the_documented_format() {
    let chat = Chat::new();
    chat.say("/start");
    answer_all(&chat, DESK_WORKER);
    chat.say("/checkin");
    chat.press("3");
    chat.press("After a run");
    let replies = chat.say("/export");
    assert!(replies[0].text.contains("everything I keep about you"));
    let json: serde_json::Value = serde_json::from_str(&replies[1].text).expect("JSON");
    assert_eq!(json["user"], "console:ana");
    let a = &json["assessments"][0];
    assert_eq!(a["at"], "2026-06-02T18:15:00Z");
    assert_eq!(a["severity"], 5);
    assert_eq!(a["outcome"], "self_care");
    assert_eq!(a["factors"][0]["factor"], "posture");
    assert_eq!(a["factors"][0]["level"], "likely");
    assert!(a["factors"][0]["score"].as_u64().expect("score") > 40);
    assert_eq!(a["factors"].as_array().expect("factors").len(), 6);
    assert_eq!(a["answers"]["posture-screen"], "lots");
    assert_eq!(json["checkins"][0]["severity"], 3);
    assert_eq!(json["checkins"][0]["at"], "2026-06-02T18:18:00Z");
}

#[test]
fn a_checkin_is_saved_and_the_history_shows_the_trend() {
    let chat = Chat::new();
    for score in ["7", "6", "2"] {
        chat.say("/checkin");
        chat.press(score);
        let saved = Chat::text(&chat.press("After a run"));
        assert!(saved.contains(&format!("Saved: {score}/10 after a run.")), "{saved}");
    }
    let history = Chat::text(&chat.say("/history"));
    assert!(history.contains("Trend: getting better"), "{history}");
    // Typing the number works as well as tapping it.
    chat.say("/checkin");
    assert!(Chat::text(&chat.say("9")).contains("9 out of 10"));
}

#[test]
fn text_that_is_not_a_command_never_meets_silence() {
    let chat = Chat::new();
    assert!(Chat::text(&chat.say("hello?")).contains("better with buttons"));
    assert!(Chat::text(&chat.say("/frobnicate now")).contains("I don't know /frobnicate"));
    assert!(Chat::text(&chat.say(&"a".repeat(100_000))).contains("too long"));
    chat.say("/start");
    let typed = Chat::text(&chat.say("none of these"));
    assert!(typed.contains("Question 2 of about"), "a typed label answers: {typed}");
    let nonsense = Chat::text(&chat.say("purple"));
    assert!(
        nonsense.contains("I didn't catch that") && nonsense.contains("Question 2 of about"),
        "{nonsense}"
    );
}

#[test]
fn reading_commands_answer_for_everyone() {
    let chat = Chat::new();
    let faq = chat.say("/faq");
    assert_eq!(faq[0].buttons.len(), 9);
    assert!(!faq[0].private);
    let answer = Chat::text(&chat.press("Will changing my cadence help?"));
    assert!(answer.contains("steps per minute"), "{answer}");
    let tips = Chat::text(&chat.say("/tips"));
    assert_eq!(tips.lines().filter(|l| l.starts_with(char::is_numeric)).count(), 7, "{tips}");
    let stretch = Chat::text(&chat.say("/stretch"));
    assert!(stretch.contains("Hold 30 s, 3 times") && stretch.contains("for 5 minutes"), "{stretch}");
    assert!(Chat::text(&chat.say("/help")).contains("/checkin"));
}

#[test]
fn personal_commands_in_a_group_do_not_ask_health_questions_there() {
    let chat = Chat::new();
    let group = Who { chat: ChatKind::Group { private_replies: false }, ..chat.who.clone() };
    let replies = chat.engine.handle(&group, Input::Text("/start".into()), support::start_time());
    assert_eq!(replies.len(), 1);
    assert!(!replies[0].text.contains("Question"), "{}", replies[0].text);
    assert!(replies[0].text.contains("talk to me privately"));
    assert_eq!(replies[0].buttons[0][0].action, "1:c:start");
    let tips = chat.engine.handle(&group, Input::Text("/tips".into()), support::start_time());
    assert!(tips[0].text.contains("Seven ways"));
}

#[test]
fn the_language_choice_is_kept_and_exported() {
    let chat = Chat::new();
    let menu = chat.say("/language");
    let labels: Vec<&str> = menu[0].buttons.iter().flatten().map(|b| b.label.as_str()).collect();
    assert_eq!(labels, ["English", "Deutsch", "Español", "Français", "Match my app's language"]);
    assert!(Chat::text(&chat.press("Français")).contains("je te parle en français"));
    assert!(Chat::text(&chat.say("/help")).contains("J’aide les coureurs"), "the choice sticks");
    let export: serde_json::Value = serde_json::from_str(&chat.say("/export")[1].text).expect("JSON");
    assert_eq!(export["preferences"]["language"], "fr");
    chat.say("/language");
    chat.press("La langue de mon appli");
    assert!(Chat::text(&chat.say("/help")).contains("I help runners"), "back to the platform's language");
}

#[test]
fn one_user_hammered_from_many_threads_advances_once_per_question() {
    let chat = Chat::new();
    chat.say("/start");
    let engine = Arc::new(chat.engine);
    let who = chat.who.clone();
    let now = support::start_time();
    // Everyone presses the same first answer at once, then everyone presses "Back".
    let first = {
        let replies = engine.handle(&who, Input::Text("/start".into()), now);
        let resume = replies[0].buttons[0][0].action.clone();
        let q = engine.handle(&who, Input::Action(resume), now);
        q[0].buttons[5][0].action.clone()
    };
    let threads: Vec<_> = (0..8)
        .map(|_| {
            let (engine, who, code) = (engine.clone(), who.clone(), first.clone());
            thread::spawn(move || engine.handle(&who, Input::Action(code), now))
        })
        .collect();
    let replies: Vec<_> = threads.into_iter().map(|t| t.join().expect("no panic")).collect();
    let advanced = replies.iter().filter(|r| r[0].text.starts_with("Question 2")).count();
    assert_eq!(advanced, 1, "exactly one press advanced the check");
    let s = engine.store().session(&who.key()).expect("readable").expect("open");
    assert_eq!(s.assessment.expect("in progress").answers.len(), 1);
}
