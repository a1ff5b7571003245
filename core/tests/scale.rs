//! Scores typed on the 0–10 scale, in a check-in and in the check's pain question: a number
//! off the scale is answered with the scale and the same question, never clamped into a score.

mod support;

use support::Chat;

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
