//! The engine as a user meets it: whole conversations on a real database, asserting on what
//! the user reads.

#[path = "../../tests/support/personas.rs"]
mod personas;
mod support;

use personas::DESK_WORKER;
use std::{sync::Arc, thread};

use support::Chat;
use upback_core::{
    input::{ChatKind, Input, Platform, Who},
    store::{SledStore, Store},
};

fn answer_all(chat: &Chat, labels: &[&str]) -> Vec<upback_core::reply::Reply> {
    let mut last = Vec::new();
    for label in labels {
        last = chat.press(label);
    }
    last
}

fn export(chat: &Chat) -> serde_json::Value {
    Chat::export_json(&chat.say("/export"))
}

#[test]
fn a_whole_assessment_ends_in_a_ranked_explained_result_saved_to_history() {
    let chat = Chat::new();
    chat.keep_history();
    let first = chat.say("/start");
    assert_eq!(first.len(), 1, "the intro and the first question are one message");
    let text = Chat::text(&first);
    assert!(text.contains("not a doctor") && text.contains("I'll ask 19 to 26 quick questions"), "{text}");
    assert!(text.contains("Question 1 of up to 26"), "{text}");
    assert!(first.iter().all(|r| r.private));

    let result = answer_all(&chat, DESK_WORKER);
    assert_eq!(result.len(), 1, "the result is one message");
    assert!(result[0].edit, "it replaces the last question");
    let result = Chat::text(&result);
    assert!(result.contains("1. Posture — likely"), "{result}");
    assert!(result.contains("You sit for 8 hours or more"), "{result}");
    assert!(result.contains("isn't a medical probability"), "what the % means: {result}");
    assert!(result.contains("rows, reverse flyes"), "{result}");
    assert!(result.contains("See a doctor or physio if"), "{result}");
    assert!(result.contains("I've saved this to your history"), "{result}");

    let history = Chat::text(&chat.say("/history"));
    assert!(history.contains("2026-06-02 · check 5/10 · most likely Posture"), "{history}");
}

#[test]
fn every_factor_in_the_result_says_why_and_gets_advice_that_fits_it() {
    let chat = Chat::new();
    chat.say("/start");
    let mut labels = DESK_WORKER.to_vec();
    labels[8] = "No"; // no one-minute plank: core opens its follow-up
    labels.insert(14, "None of these"); // core's follow-up, answered with nothing in particular
    let result = Chat::text(&answer_all(&chat, &labels));
    assert!(
        result.contains("Core strength — possible") || result.contains("Core strength — likely"),
        "{result}"
    );
    assert!(result.contains("You can't hold a plank for a minute yet"), "core says why: {result}");
    assert!(result.contains("planks, side planks and dead bugs"), "core gets its advice: {result}");
}

#[test]
fn every_question_offers_back_why_cancel_and_a_count_that_never_grows() {
    let chat = Chat::new();
    let intro = Chat::text(&chat.say("/start"));
    assert!(intro.contains("I'll ask 19 to 26 quick questions, depending on your answers"), "{intro}");
    let mut counts = Vec::new();
    for label in DESK_WORKER {
        let replies = chat.last.borrow().clone();
        let question =
            replies.iter().find(|r| r.text.contains("Question ")).expect("a question is on screen");
        let labels: Vec<&str> = question.buttons.iter().flatten().map(|b| b.label.as_str()).collect();
        assert!(labels.contains(&"Why do you ask?") && labels.contains(&"✖ Cancel"), "{labels:?}");
        let count =
            question.text.lines().find(|l| l.starts_with("Question ")).expect("the count").to_string();
        let total: usize = count
            .rsplit(' ')
            .next()
            .and_then(|t| t.parse().ok())
            .unwrap_or_else(|| panic!("Question n of [up to] total: {count}"));
        counts.push((count, total));
        chat.press(label);
    }
    let totals: Vec<usize> = counts.iter().map(|(_, t)| *t).collect();
    assert!(totals.windows(2).all(|w| w[1] <= w[0]), "the total never grows: {counts:?}");
    assert!(totals.iter().all(|t| *t <= 26), "never more than the intro said: {counts:?}");
    assert_eq!(counts[0].0, "Question 1 of up to 26");
    assert_eq!(counts[13].0, "Question 14 of 20", "exact once every screen is answered: {counts:?}");
    assert_eq!(counts.last().map(|(c, _)| c.as_str()), Some("Question 20 of 20"), "the last is n of n");
}

#[test]
fn several_red_flags_are_ticked_together_and_each_gets_its_referral() {
    let chat = Chat::new();
    chat.say("/start");
    let ticked = chat.press("▫️ Chest pain or pressure");
    assert!(ticked[0].edit, "a tick updates the question in place");
    assert!(chat.has_button("✅ Chest pain or pressure"), "the tick shows");
    chat.press("▫️ Sweating or feeling sick with the pain");
    let stopped = Chat::text(&chat.press("Next ➜"));
    assert!(stopped.contains("get medical help now"), "{stopped}");
    assert!(
        stopped.contains("Chest pain, pressure or tightness: call your emergency number now"),
        "{stopped}"
    );
    assert!(stopped.contains("Sweating, feeling sick or clammy"), "{stopped}");
    assert!(!stopped.contains("What I'd try"), "{stopped}");
}

#[test]
fn next_with_nothing_ticked_asks_for_an_answer_and_untick_works() {
    let chat = Chat::new();
    chat.say("/start");
    chat.press("▫️ Chest pain or pressure");
    chat.press("✅ Chest pain or pressure");
    let nothing = Chat::text(&chat.press("Next ➜"));
    assert!(nothing.contains("Tick at least one answer") && nothing.contains("Question 1 of"), "{nothing}");
    let on = Chat::text(&chat.press("None of these"));
    assert!(on.contains("Question 2 of"), "None of these answers at once: {on}");
}

#[test]
fn back_changes_an_earlier_answer() {
    let chat = Chat::new();
    chat.say("/start");
    chat.press("None of these");
    let q1 = Chat::text(&chat.press("← Back"));
    assert!(q1.contains("Question 1 of") && q1.contains("do you have any of these right now"), "{q1}");
    // The first question again, this time with a red flag.
    chat.press("▫️ Chest pain or pressure");
    let flagged = Chat::text(&chat.press("Next ➜"));
    assert!(flagged.contains("get medical help now"), "{flagged}");
}

#[test]
fn why_explains_the_question_and_shows_it_again() {
    let chat = Chat::new();
    chat.say("/start");
    let why = Chat::text(&chat.press("Why do you ask?"));
    assert!(why.contains("need a doctor straight away"), "{why}");
    assert!(why.contains("Question 1 of"), "the question comes back below: {why}");
    assert!(Chat::text(&chat.press("None of these")).contains("Question 2 of"), "and it still works");
}

#[test]
fn a_side_trip_in_the_middle_of_a_check_shows_the_question_again() {
    let chat = Chat::new();
    chat.say("/start");
    chat.press("None of these");
    for side in ["/faq", "/tips", "/help", "/history", "/privacy"] {
        let text = Chat::text(&chat.say(side));
        assert!(
            text.contains("Question 2 of") && text.contains("And do any of these fit?"),
            "{side}: {text}"
        );
    }
    chat.say("/language");
    let switched = Chat::text(&chat.press("Deutsch"));
    assert!(switched.contains("Frage 2 von"), "in the new language: {switched}");
}

#[test]
fn history_in_the_middle_of_a_checkin_shows_what_is_kept_and_the_checkin_question_comes_back() {
    let chat = Chat::new();
    chat.keep_history();
    chat.say("/checkin");
    chat.press("4");
    chat.press("After a run");
    chat.say("/checkin");
    chat.press("6");
    let replies = chat.say("/history");
    let text = Chat::text(&replies);
    assert!(!text.contains("Nothing here yet"), "{text}");
    assert!(text.contains("check-in 4/10, after a run"), "the kept check-in: {text}");
    assert!(text.contains("6 out of 10, got it. Is that after a run?"), "asked again: {text}");
    assert!(replies.iter().all(|r| !r.edit), "said anew, not in place of the history");
    assert!(Chat::text(&chat.press("Not after a run")).contains("6/10"), "and it still works");
    // Nothing kept yet: the history says so, and the first question comes back.
    let chat = Chat::new();
    chat.say("/checkin");
    let text = Chat::text(&chat.say("/history"));
    assert!(
        text.contains("Nothing here yet") && text.contains("How does your upper back feel today"),
        "{text}"
    );
    let text = Chat::text(&chat.say("/faq"));
    assert!(text.contains("How does your upper back feel today"), "any side trip: {text}");
    let thanked = chat.say("thanks");
    assert!(thanked[0].buttons.is_empty(), "no goodbye menu mid-check-in: {:?}", thanked[0].buttons);
    assert!(Chat::text(&thanked).contains("How does your upper back feel today"), "{thanked:?}");
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
    assert!(fresh.contains("Question 1 of"), "{fresh}");
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
    assert!(text.contains("Welcome back") && text.contains("Question 3 of"), "{text}");
    drop(dir);
}

#[test]
fn each_red_flag_alone_escalates_with_its_own_referral_before_any_self_care_advice() {
    let emergency = [
        ("▫️ Chest pain or pressure", "call your emergency number now"),
        ("▫️ Struggling to breathe", "sit upright while you wait"),
        ("▫️ Pain spreading to my arm or jaw", "it can come from the heart"),
        ("▫️ Sweating or feeling sick with the pain", "clammy"),
        ("▫️ Lost control of bladder or bowels", "go to an emergency department now"),
        ("▫️ Fainted or nearly fainted", "Fainting or nearly fainting"),
    ];
    let soon = [
        ("▫️ It started after a fall or a knock", "see a doctor today or tomorrow"),
        ("▫️ Numbness, tingling or weakness in my arms or legs", "within a day or two"),
        ("▫️ Fever or chills", "Fever or chills with the back pain"),
        ("▫️ Weight loss I can't explain", "book an appointment with your doctor this week"),
        ("▫️ It hurts at night or when I'm resting", "usually eases when you rest"),
    ];
    let mut cases: Vec<(Vec<&str>, &str, &str)> =
        emergency.iter().map(|(f, r)| (vec![*f, "Next ➜"], "emergency", *r)).collect();
    cases.extend(soon.iter().map(|(f, r)| (vec!["None of these", *f, "Next ➜"], "see_professional", *r)));
    for s in ["8", "9", "10"] {
        cases.push((vec!["None of these", "None of these", s], "see_professional", "Pain of 8 or more"));
    }
    cases.push((
        vec!["None of these", "None of these", "4", "It keeps getting worse"],
        "see_professional",
        "within a few days",
    ));
    cases.push((
        vec!["None of these", "None of these", "4", "Over two weeks, and it isn't easing"],
        "see_professional",
        "hasn't eased in over two weeks",
    ));
    for (labels, outcome, referral) in cases {
        let chat = Chat::new();
        chat.keep_history();
        chat.say("/start");
        let text = Chat::text(&answer_all(&chat, &labels));
        let expected =
            if outcome == "emergency" { "get medical help now" } else { "pause the self-help part" };
        assert!(text.contains(expected) && text.contains(referral), "{labels:?}: {text}");
        assert!(!text.contains("What I'd try"), "no self-care advice after a red flag: {text}");
        assert!(text.contains("I've saved this"), "{text}");
        let json = export(&chat);
        assert_eq!(json["assessments"][0]["outcome"], outcome, "{labels:?}");
        assert_eq!(json["assessments"][0]["red_flags"].as_array().map(Vec::len), Some(1), "{labels:?}");
        assert!(
            chat.engine.store().session(&chat.who.key()).expect("readable").is_none(),
            "the assessment ended"
        );
    }
}

#[test]
fn soreness_that_comes_back_after_runs_and_settles_is_not_a_red_flag() {
    let chat = Chat::new();
    chat.say("/start");
    let next = Chat::text(&answer_all(
        &chat,
        &["None of these", "None of these", "4", "It comes back after runs and settles in a day or two"],
    ));
    assert!(next.contains("Where do you feel it most?"), "the check goes on: {next}");
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
    assert!(again.contains("You already answered that one") && again.contains("Question 2 of"), "{again}");
    let session = chat.engine.store().session(&chat.who.key()).expect("readable").expect("open");
    assert_eq!(session.assessment.expect("in progress").answers.len(), 1);
    // A finished assessment's buttons are stale.
    let chat = Chat::new();
    chat.say("/start");
    chat.press("▫️ Chest pain or pressure");
    let before = chat.action_of("Next ➜");
    chat.press("Next ➜");
    assert!(Chat::text(&chat.press_action(&before)).contains("That button has expired"));
}

#[test]
fn a_corrupt_record_gets_a_kind_reply_and_the_history_survives() {
    let chat = Chat::new();
    chat.keep_history();
    chat.say("/checkin");
    chat.press("4");
    chat.press("After a run");
    chat.engine
        .store()
        .put_raw("sessions", &chat.who.key(), b"{\"v\":1,\"data\":{\"nonce\":\"oops\"}}")
        .expect("write");
    let text = Chat::text(&chat.say("/start"));
    assert!(text.contains("couldn't read where we left off") && text.contains("Question 1 of"), "{text}");
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
    chat.keep_history();
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
    let kept = chat.press("No, keep it");
    assert!(Chat::text(&kept).contains("kept everything"));
    assert!(kept.iter().all(|r| !r.forgotten), "nothing forgotten: the adapters keep their files");
    assert!(chat.engine.store().history(&chat.who.key()).expect("history").entries.len() == 1);
    chat.say("/forget");
    let done = chat.press("Yes, delete everything");
    assert!(Chat::text(&done).contains("deleted everything"));
    assert!(done.iter().all(|r| r.forgotten), "the adapters are told, to remove what they keep");

    let store = chat.engine.store();
    assert_eq!(store.records_of(&chat.who.key()).expect("records"), 0, "nothing left behind");
    assert!(store.records_of(&other.key()).expect("records") > 0, "other users stay");
    let found = support::files_containing(chat.dir.path(), b"console:ana");
    assert!(found.is_empty(), "the runner's key is readable in {found:?}");
}

#[test]
fn export_lists_everything_in_the_documented_format() {
    let chat = Chat::new();
    chat.keep_history();
    chat.say("/start");
    answer_all(&chat, DESK_WORKER);
    chat.say("/checkin");
    chat.press("3");
    chat.press("After a run");
    let replies = chat.say("/export");
    assert_eq!(replies.len(), 1, "one message with the file");
    assert!(
        replies[0].text.contains("everything I keep about you, in one JSON file: one check, one check-in"),
        "the text says what the file holds: {}",
        replies[0].text
    );
    let file = replies[0].file.as_ref().expect("a file");
    assert_eq!(
        (file.name.as_str(), file.mime.as_str()),
        ("upback-export-2026-06-02.json", "application/json")
    );
    let json = Chat::export_json(&replies);
    assert_eq!(json["user"], "console:ana");
    assert_eq!(json["preferences"]["history"], "keep");
    let a = &json["assessments"][0];
    assert_eq!(a["at"], "2026-06-02T18:22:00Z");
    assert_eq!(a["severity"], 5);
    assert_eq!(a["outcome"], "self_care");
    assert_eq!(a["red_flags"], serde_json::json!([]));
    assert_eq!(a["factors"][0]["factor"], "posture");
    assert_eq!(a["factors"][0]["level"], "likely");
    assert!(a["factors"][0]["score"].as_u64().expect("score") > 40);
    assert_eq!(a["factors"].as_array().expect("factors").len(), 6);
    assert_eq!(a["answers"]["posture-screen"], "lots");
    assert_eq!(a["answers"]["alarm"], "none");
    assert_eq!(json["checkins"][0]["severity"], 3);
    assert_eq!(json["checkins"][0]["at"], "2026-06-02T18:25:00Z");
}

#[test]
fn several_answers_are_exported_as_a_list() {
    let chat = Chat::new();
    chat.keep_history();
    chat.say("/start");
    answer_all(
        &chat,
        &["None of these", "▫️ It started after a fall or a knock", "▫️ Fever or chills", "Next ➜"],
    );
    let json = export(&chat);
    assert_eq!(json["assessments"][0]["answers"]["warning"], serde_json::json!(["fall", "fever"]));
    assert_eq!(json["assessments"][0]["red_flags"], serde_json::json!(["fall", "fever"]));
}

#[test]
fn a_checkin_is_saved_and_the_history_shows_the_trend() {
    let chat = Chat::new();
    chat.keep_history();
    for score in ["7", "6", "2"] {
        chat.say("/checkin");
        chat.press(score);
        let saved = Chat::text(&chat.press("After a run"));
        assert!(saved.contains(&format!("Got it: {score}/10 after a run.")), "{saved}");
        assert!(saved.contains("I've saved this to your history"), "{saved}");
    }
    let history = Chat::text(&chat.say("/history"));
    assert!(history.contains("Trend: getting better"), "{history}");
    // Typing the number works as well as tapping it.
    chat.say("/checkin");
    assert!(Chat::text(&chat.say("9")).contains("9 out of 10"));
}

#[test]
fn a_very_sore_checkin_gets_no_stretch_button() {
    let chat = Chat::new();
    chat.keep_history();
    chat.say("/checkin");
    chat.press("8");
    let text = Chat::text(&chat.press("Not after a run"));
    assert!(text.contains("That's a lot of pain"), "{text}");
    assert!(!chat.has_button("🧘 Stretch routine"), "no stretch button at 8/10");
    chat.say("/checkin");
    chat.press("3");
    chat.press("Not after a run");
    assert!(chat.has_button("🧘 Stretch routine"), "a stretch button at 3/10");
}

#[test]
fn nothing_is_saved_before_the_runner_says_their_history_may_be_kept() {
    let chat = Chat::new();
    chat.say("/start");
    let result = Chat::text(&answer_all(&chat, DESK_WORKER));
    assert!(result.contains("1. Posture — likely"), "the result is shown: {result}");
    assert!(result.contains("may I keep your checks, check-ins and settings?"), "{result}");
    assert!(
        result.contains("/export") && result.contains("/forget") && result.contains("365 days"),
        "{result}"
    );
    assert!(!result.contains("I've saved this"), "{result}");
    assert!(chat.has_button("✅ OK, keep my history") && chat.has_button("Use without history"));
    assert!(chat.engine.store().history(&chat.who.key()).expect("history").entries.is_empty(), "not yet");
    let kept = Chat::text(&chat.press("✅ OK, keep my history"));
    assert!(kept.contains("I've saved what you just did"), "{kept}");
    assert_eq!(chat.engine.store().history(&chat.who.key()).expect("history").entries.len(), 1);
}

#[test]
fn without_history_the_check_works_and_nothing_is_kept() {
    let chat = Chat::new();
    chat.say("/checkin");
    chat.press("5");
    chat.press("After a run");
    chat.press("Use without history");
    chat.say("/start");
    let result = Chat::text(&answer_all(&chat, DESK_WORKER));
    assert!(result.contains("1. Posture — likely") && result.contains("I haven't kept this"), "{result}");
    let history = Chat::text(&chat.say("/history"));
    assert!(history.contains("without a history") && chat.has_button("✅ OK, keep my history"), "{history}");
    let json = export(&chat);
    assert_eq!(json["preferences"]["history"], "off");
    assert_eq!(json["assessments"], serde_json::json!([]));
    // Nothing of the runner's health is stored anywhere: only their settings.
    let mine = chat.engine.store().trees_of(&chat.who.key()).expect("trees");
    assert_eq!(mine, ["prefs"], "{mine:?}");
    let privacy = Chat::text(&chat.say("/privacy"));
    assert!(
        privacy.contains("Right now you use me without a history") && privacy.contains("365 days"),
        "{privacy}"
    );
}

#[test]
fn after_a_red_flag_the_next_check_asks_whether_they_got_checked_and_holds_back_exercises() {
    let chat = Chat::new();
    chat.keep_history();
    chat.say("/start");
    answer_all(&chat, &["None of these", "▫️ It started after a fall or a knock", "Next ➜"]);
    let asked = Chat::text(&chat.say("/start"));
    assert!(asked.contains("On 2026-06-02 I suggested you get checked"), "{asked}");
    let not_yet = Chat::text(&chat.press("Not yet"));
    assert!(
        not_yet.contains("Please do get it checked soon") && not_yet.contains("Question 1 of"),
        "{not_yet}"
    );
    let result = Chat::text(&answer_all(&chat, DESK_WORKER));
    assert!(result.contains("1. Posture — likely"), "{result}");
    assert!(result.contains("I've left out stretches and exercises"), "{result}");
    assert!(!result.contains("rows, reverse flyes") && !result.contains("🧘"), "no exercises yet: {result}");
    assert!(!chat.has_button("🧘 Stretch routine"));
    // A check-in asks too; "yes" is noted and the exercises come back.
    chat.say("/checkin");
    assert!(Chat::text(&chat.last.borrow()).contains("Did you?"));
    let checkin = Chat::text(&chat.press("✅ Yes, I got checked"));
    assert!(checkin.contains("How does your upper back feel today"), "{checkin}");
    assert!(Chat::text(&chat.say("/history")).contains("got checked by a professional"));
    chat.say("/start");
    assert!(Chat::text(&chat.last.borrow()).contains("Question 1 of"), "no second question about it");
}

#[test]
fn text_that_is_not_a_command_never_meets_silence() {
    let chat = Chat::new();
    assert!(!Chat::text(&chat.say("hello?")).trim().is_empty());
    assert!(Chat::text(&chat.say("/frobnicate now")).contains("I don't know /frobnicate"));
    assert!(Chat::text(&chat.say(&"a".repeat(100_000))).contains("too long"));
    chat.say("/start");
    let typed = Chat::text(&chat.say("none of these"));
    assert!(typed.contains("Question 2 of"), "a typed label answers: {typed}");
}

#[test]
fn reading_commands_answer_for_everyone_and_always_lead_on() {
    let chat = Chat::new();
    let faq = chat.say("/faq");
    assert_eq!(faq[0].buttons.len(), 9);
    assert!(!faq[0].private);
    let answer = Chat::text(&chat.press("Will changing my cadence help?"));
    assert!(answer.contains("steps per minute"), "{answer}");
    let tips = Chat::text(&chat.say("/tips"));
    assert_eq!(tips.lines().filter(|l| l.starts_with(char::is_numeric)).count(), 7, "{tips}");
    let stretch = chat.say("/stretch");
    let text = Chat::text(&stretch);
    assert!(text.contains("Hold 30 s, 3 times") && text.contains("for 5 minutes"), "{text}");
    for command in
        ["/stretch", "/tips", "/faq", "/help", "/history", "/privacy", "/language", "/cancel", "/nope"]
    {
        let replies = chat.say(command);
        assert!(
            replies.last().is_some_and(|r| !r.buttons.is_empty()),
            "{command} ends without a way on: {replies:?}"
        );
    }
}

#[test]
fn the_welcome_is_said_once_and_then_help_is_the_list() {
    let chat = Chat::new();
    let first = Chat::text(&chat.say("/help"));
    assert!(first.contains("Hi, I'm upback") && first.contains("/checkin"), "{first}");
    let again = Chat::text(&chat.say("/help"));
    assert!(!again.contains("Hi, I'm upback") && again.contains("/checkin"), "{again}");
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
    assert!(Chat::text(&chat.say("/help")).contains("/checkin"), "the choice sticks");
    assert!(
        Chat::text(&chat.say("/tips")).contains("Sept façons")
            || Chat::text(&chat.say("/tips")).contains("façons")
    );
    let export = Chat::export_json(&chat.say("/export"));
    assert_eq!(export["preferences"]["language"], "fr");
    chat.say("/language");
    chat.press("La langue de mon appli");
    assert!(Chat::text(&chat.say("/tips")).contains("Seven ways"), "back to the platform's language");
}

#[test]
fn one_user_hammered_from_many_threads_advances_once_per_question() {
    let chat = Chat::new();
    chat.say("/start");
    let engine = Arc::new(chat.engine);
    let who = chat.who.clone();
    let now = support::start_time();
    // Everyone presses the same first answer at once.
    let first = {
        let replies = engine.handle(&who, Input::Text("/start".into()), now);
        let resume = replies[0].buttons[0][0].action.clone();
        let q = engine.handle(&who, Input::Action(resume), now);
        q[0].buttons.iter().flatten().find(|b| b.label == "None of these").expect("none").action.clone()
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

#[test]
fn a_save_that_fails_says_so_without_claiming_nothing_changed_and_the_next_try_goes_on() {
    use chrono::{TimeZone, Utc};
    use std::sync::atomic::Ordering;
    use upback_core::engine::Engine;
    use upback_store_conformance::Faulty;
    let e = Engine::built_in(Faulty::new()).expect("engine");
    let who = Who::private(Platform::Telegram, "ana");
    let now = Utc.with_ymd_and_hms(2026, 6, 2, 18, 0, 0).single().expect("time");
    let text = |replies: &[upback_core::reply::Reply]| {
        replies.iter().map(|r| r.text.clone()).collect::<Vec<_>>().join("\n")
    };
    e.store().commits_failing.store(1, Ordering::SeqCst);
    let failed = e.handle(&who, Input::Text("/start".into()), now);
    let said = text(&failed);
    assert!(said.contains("could not make sure that was saved"), "{said}");
    assert!(!said.contains("nothing was changed"), "a failed sync may have kept the write: {said}");
    let again = e.handle(&who, Input::Text("/start".into()), now);
    assert!(!text(&again).contains("went wrong"), "the next try goes on: {}", text(&again));
}
