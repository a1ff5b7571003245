//! What a runner is told about what is kept, against what the database holds: /export hands
//! over every record kept about them (a reminder, an unfinished check, what waits for their
//! consent), and /privacy says what is stored right now, never "nothing" while something is.

#[path = "../../tests/support/personas.rs"]
mod personas;
mod support;

use personas::DESK_WORKER;
use support::Chat;
use upback_core::{
    engine::Engine,
    input::{Input, Platform, Who},
    store::SledStore,
};

fn german() -> Chat {
    let mut chat = Chat::new();
    chat.who.locale = Some("de".into());
    chat
}

#[test]
fn a_reminder_and_its_time_zone_are_in_the_export_and_privacy_names_them() {
    let chat = german();
    chat.say("/remind daily 08:00 Europe/Berlin");
    let privacy = Chat::text(&chat.say("/privacy"));
    assert!(!privacy.contains("nichts gespeichert"), "a reminder is kept, so not nothing: {privacy}");
    assert!(
        privacy.contains(
            "Das habe ich gerade über dich gespeichert: deine Erinnerung (siehe /reminders) und deine Zeitzone."
        ),
        "{privacy}"
    );
    let replies = chat.say("/export");
    let text = Chat::text(&replies);
    assert!(text.contains("Außerdem findest du darin: deine Erinnerung (siehe /reminders)."), "{text}");
    let json = Chat::export_json(&replies);
    assert_eq!(json["preferences"]["time_zone"], "Europe/Berlin");
    let reminders = json["reminders"].as_array().expect("the reminders are listed");
    assert_eq!(reminders.len(), 1, "{json:#}");
    assert_eq!(reminders[0]["schedule"]["zone"], "Europe/Berlin");
    assert_eq!(reminders[0]["schedule"]["time"], "08:00:00");
    assert_eq!(reminders[0]["next"], "2026-06-03T06:00:00Z", "08:00 in Berlin, the next morning");
}

#[test]
fn an_unfinished_check_survives_a_restart_and_is_in_the_export() {
    let chat = Chat::new();
    chat.say("/start");
    chat.press("None of these");
    chat.press("None of these");
    let path = chat.dir.path().to_path_buf();
    let Chat { engine, dir, .. } = chat;
    drop(engine);
    let reopened = Engine::built_in(SledStore::open(&path).expect("reopen")).expect("engine");
    let ana = Who::private(Platform::Console, "ana");
    let at = support::start_time() + chrono::Duration::hours(1);
    let privacy = Chat::text(&reopened.handle(&ana, Input::Text("/privacy".into()), at));
    assert!(
        privacy.contains("so I haven't saved any of your checks or check-ins")
            && privacy.contains(
                "Stored about you right now: the check you haven't finished yet (so you can carry on)."
            ),
        "{privacy}"
    );
    let json = Chat::export_json(&reopened.handle(&ana, Input::Text("/export".into()), at));
    let answers = &json["unfinished"]["check"]["answers"];
    assert_eq!(answers["alarm"], "none", "{json:#}");
    assert_eq!(answers["warning"], "none", "{json:#}");
    assert_eq!(json["assessments"], serde_json::json!([]), "not a finished check");
    drop(dir);
}

#[test]
fn a_checkin_waiting_for_consent_is_in_the_export_and_privacy_says_so() {
    let chat = Chat::new();
    chat.say("/checkin");
    chat.press("6");
    chat.press("After a run");
    let privacy = Chat::text(&chat.say("/privacy"));
    assert!(
        privacy.contains(
            "Stored about you right now: what you just did (until you tell me whether I may keep your history)."
        ),
        "{privacy}"
    );
    let json = Chat::export_json(&chat.say("/export"));
    assert_eq!(json["checkins"], serde_json::json!([]), "not in the history yet");
    let waiting = &json["unfinished"]["waiting_for_consent"]["checkins"][0];
    assert_eq!((&waiting["severity"], &waiting["after_run"]), (&6.into(), &true.into()), "{json:#}");
}

#[test]
fn with_nothing_stored_privacy_says_so() {
    let chat = Chat::new();
    let privacy = Chat::text(&chat.say("/privacy"));
    assert!(privacy.contains("Nothing else about you is stored right now."), "{privacy}");
}

#[test]
fn a_checkin_waiting_for_consent_has_no_history_button_and_history_says_it_waits() {
    let chat = Chat::new();
    chat.say("/checkin");
    chat.press("6");
    let noted = Chat::text(&chat.press("After a run"));
    assert!(noted.contains("Got it: 6/10 after a run.") && noted.contains("may I keep"), "{noted}");
    assert!(chat.has_button("✅ OK, keep my history") && chat.has_button("Use without history"));
    assert!(!chat.has_button("📈 My history"), "no way into a history it is not in yet");

    let history = Chat::text(&chat.say("/history"));
    assert!(!history.contains("Nothing here yet"), "{history}");
    assert!(
        history.contains("What you just did isn't in your history yet: it's waiting for your answer below.")
            && history.contains("Before I save anything: may I keep your checks, check-ins and settings?"),
        "{history}"
    );
    assert!(chat.has_button("✅ OK, keep my history") && chat.has_button("Use without history"));
    let kept = Chat::text(&chat.press("✅ OK, keep my history"));
    assert!(kept.contains("I've saved what you just did, too."), "{kept}");
    let history = Chat::text(&chat.say("/history"));
    assert!(history.contains("check-in 6/10, after a run"), "{history}");
}

#[test]
fn a_result_or_a_stretch_waiting_for_consent_has_no_history_button() {
    let chat = Chat::new();
    chat.say("/start");
    for label in DESK_WORKER {
        chat.press(label);
    }
    assert!(chat.has_button("✅ OK, keep my history"), "the result asks");
    assert!(!chat.has_button("📈 My history") && chat.has_button("❓ FAQ"), "{:#?}", chat.last.borrow());
    chat.say("/stretch");
    let done = Chat::text(&chat.press("✅ I did it"));
    assert!(done.contains("may I keep"), "{done}");
    assert!(!chat.has_button("📈 My history"), "{:#?}", chat.last.borrow());
    let history = Chat::text(&chat.say("/history"));
    assert!(history.contains("The last 2 things you did aren't in your history yet"), "{history}");
}

#[test]
fn the_score_is_acknowledged_without_saying_it_was_noted() {
    for (tag, score, said, not) in [
        ("es", "4", "4 sobre 10, vale.", "anotado"),
        ("de", "4", "4 von 10, verstanden.", "notiert"),
        ("fr", "4", "4 sur 10, d’accord.", "noté"),
    ] {
        let mut chat = Chat::new();
        chat.who.locale = Some(tag.into());
        chat.say("/checkin");
        let asked = Chat::text(&chat.press(score));
        assert!(asked.contains(said) && !asked.contains(not), "{tag}: {asked}");
    }
}

#[test]
fn what_is_kept_is_listed_with_the_language_s_and() {
    let chat = Chat::new();
    chat.say("/remind daily 08:00 Europe/Berlin");
    chat.say("/language");
    chat.press("English");
    let privacy = Chat::text(&chat.say("/privacy"));
    assert!(
        privacy.contains(
            "Stored about you right now: your reminder (see /reminders), your time zone, and the language you chose."
        ),
        "{privacy}"
    );
    chat.say("/start");
    let export = Chat::text(&chat.say("/export"));
    assert!(
        export.contains(
            "Also in it: the check you haven't finished yet (so you can carry on) and your reminder (see /reminders)."
        ),
        "{export}"
    );
    for (lang, and) in [("es", " y "), ("fr", " et ")] {
        let mut chat = Chat::new();
        chat.who.locale = Some(lang.into());
        chat.say("/remind daily 08:00 Europe/Berlin");
        let privacy = Chat::text(&chat.say("/privacy"));
        let line = privacy.lines().find(|l| l.contains("/reminders")).unwrap_or_default();
        assert!(line.contains(and) && !line.contains("), "), "{lang}: {line}");
    }
}
