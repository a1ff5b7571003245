//! Scores typed on the 0–10 scale, in a check-in and in the check's pain question: a number
//! off the scale is answered with the scale and the same question, never clamped into a score.

mod support;

use support::Chat;
use upback_core::store::Store;

#[test]
fn a_checkin_score_off_the_scale_gets_the_scale_and_the_question_again() {
    let chat = Chat::new();
    chat.say("/checkin");
    for typed in ["11", "15/10", "12 out of 10"] {
        let said = Chat::text(&chat.say(typed));
        assert!(said.contains("That's off the scale: it goes from 0 to 10."), "{typed}: {said}");
        assert!(said.contains("How does your upper back feel today"), "asked again: {said}");
        assert!(!said.contains("out of 10, got it"), "no score made up: {said}");
        assert!(chat.has_button("10") && chat.has_button("0"), "the scale's buttons: {typed}");
    }
    let said = Chat::text(&chat.say("7"));
    assert!(said.contains("7 out of 10, got it. Is that after a run?"), "{said}");
}

#[test]
fn the_scale_is_told_in_the_runner_s_language() {
    let mut chat = Chat::new();
    chat.who.locale = Some("de".into());
    chat.say("/checkin");
    let said = Chat::text(&chat.say("15 von 10"));
    assert!(said.contains("Das liegt außerhalb der Skala: Sie geht von 0 bis 10."), "{said}");
    assert!(said.contains("Wie fühlt sich dein oberer Rücken heute an"), "{said}");
}

#[test]
fn the_check_s_pain_question_answers_a_number_off_the_scale_the_same_way() {
    let chat = Chat::new();
    chat.say("/start");
    chat.press("None of these");
    chat.press("None of these");
    let said = Chat::text(&chat.say("11"));
    assert!(said.contains("That's off the scale: it goes from 0 to 10."), "{said}");
    assert!(said.contains("Question 3 of") && said.contains("At its worst, how bad is it?"), "{said}");
    let said = Chat::text(&chat.say("5"));
    assert!(said.contains("Question 4 of"), "a score on the scale answers it: {said}");
}

#[test]
fn a_red_flag_beside_a_number_off_the_scale_still_gets_its_referral() {
    let chat = Chat::new();
    chat.say("/checkin");
    let said = Chat::text(&chat.say("11, and I have chest pain"));
    assert!(said.contains("Please stop here and get medical help now"), "{said}");
    assert!(!said.contains("off the scale"), "{said}");
}

#[test]
fn a_number_off_the_scale_on_another_question_is_read_as_before() {
    let chat = Chat::new();
    chat.say("/start");
    let said = Chat::text(&chat.say("11"));
    assert!(!said.contains("off the scale") && said.contains("Question 1 of"), "{said}");
}

#[test]
fn only_numbers_none_of_which_is_on_the_scale_are_off_it() {
    let u = upback_core::understanding::Understanding::built_in().expect("lexicons load");
    for (text, off) in [
        ("11", true),
        ("15/10", true),
        ("-1", true),
        ("7-8", false),
        ("7", false),
        ("10/10", false),
        ("after 20 minutes it's a 6", false),
        ("it hurts a lot", false),
    ] {
        assert_eq!(u.off_scale("en-US", text), off, "{text:?}");
    }
    assert_eq!(u.score("en-US", "11"), None, "still no score");
    assert_eq!(u.score("en-US", "-1"), None, "a minus one is not a one");
    assert_eq!(u.score("en-US", "7-8"), Some(8), "a range still reads");
}

#[test]
fn a_number_that_measures_time_distance_or_a_count_is_no_score_in_any_language() {
    use upback_core::understanding::NotAScore;
    let u = upback_core::understanding::Understanding::built_in().expect("lexicons load");
    for (tag, text) in [
        ("en-US", "for 6 months"),
        ("en-US", "since 3 weeks"),
        ("en-US", "I run 10 km"),
        ("en-US", "3 times a week"),
        ("en-US", "about 2 hours in"),
        ("en-US", "7-8 weeks"),
        ("en-US", "a 3-week break"),
        ("en-US", "six months"),
        ("en-US", "I ran 10km"),
        ("en-US", "3x a week"),
        ("de", "weniger als 6 Monate"),
        ("de", "seit 3 Wochen"),
        ("de", "3 mal die Woche"),
        ("de", "nach 5 Kilometern"),
        ("es", "hace 2 semanas"),
        ("es", "corro 10 km"),
        ("es", "3 veces por semana"),
        ("es", "unos 4 días"),
        ("fr", "depuis 3 jours"),
        ("fr", "je cours 10 km"),
        ("fr", "3 fois par semaine"),
        ("fr", "2 ans"),
        ("fr", "après 5km"),
        // Another language's unit counts too: a German chat, an English phrase.
        ("de", "for 6 months"),
    ] {
        assert_eq!(u.score(tag, text), None, "{tag} {text:?}");
        assert_eq!(u.not_a_score(tag, text), Some(NotAScore::Measure), "{tag} {text:?}");
    }
    for (tag, text, score) in [
        ("en-US", "6/10", 6),
        ("en-US", "about 6", 6),
        ("en-US", "6 out of 10", 6),
        ("en-US", "7-8", 8),
        ("en-US", "pain is 6", 6),
        ("en-US", "I ran 10 km and now it's a 4", 4),
        ("en-US", "6 this morning", 6),
        ("de", "so 6 von 10, seit 3 Wochen", 6),
        ("de", "6 am schlimmsten", 6),
        ("es", "un 7 después de 10 km", 7),
        ("fr", "7 sur 10 depuis 3 jours", 7),
    ] {
        assert_eq!(u.score(tag, text), Some(score), "{tag} {text:?}");
    }
}

#[test]
fn a_time_typed_at_the_checkin_is_asked_again_kindly_not_noted_as_pain() {
    let chat = Chat::new();
    chat.say("/checkin");
    for typed in ["I run 10 km", "since 3 weeks", "3 times a week"] {
        let said = Chat::text(&chat.say(typed));
        assert!(
            said.contains("That sounds like a time, a distance or a count")
                && said.contains("I need a number from 0 to 10"),
            "{typed}: {said}"
        );
        assert!(said.contains("How does your upper back feel today"), "asked again: {said}");
        assert!(!said.contains("out of 10, got it"), "no score made up: {said}");
        assert!(chat.has_button("10") && chat.has_button("0"), "the scale's buttons: {typed}");
    }
    let said = Chat::text(&chat.say("6/10"));
    assert!(said.contains("6 out of 10, got it. Is that after a run?"), "{said}");
}

#[test]
fn a_time_typed_at_the_check_s_pain_question_is_asked_again_in_the_runner_s_language() {
    for (lang, none, typed, said_first, question, next) in [
        (
            "de",
            "nichts davon",
            "weniger als 6 Monate",
            "Das klingt nach einer Dauer",
            "Frage 3 von",
            "Frage 4 von",
        ),
        ("es", "nada de esto", "corro 10 km", "Eso suena a un tiempo", "Pregunta 3 de", "Pregunta 4 de"),
        ("fr", "aucun", "depuis 3 jours", "On dirait une durée", "Question 3 sur", "Question 4 sur"),
    ] {
        let mut chat = Chat::new();
        chat.who.locale = Some(lang.into());
        chat.say("/start");
        chat.say(none);
        chat.say(none);
        let said = Chat::text(&chat.say(typed));
        assert!(said.starts_with(said_first) && said.contains(question), "{lang}: {said}");
        let session = chat.engine.store().session(&chat.who.key()).expect("readable").expect("open");
        assert_eq!(session.assessment.expect("open").answers.len(), 2, "{lang}: nothing noted");
        let said = Chat::text(&chat.say("6"));
        assert!(said.contains(next), "{lang}: a score on the scale answers it: {said}");
    }
}
