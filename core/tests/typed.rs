//! What runners type, through the engine: red flags in words (in every language, in the middle
//! of anything), typed answers and scores, typed questions answered from the FAQ, and a kind
//! "I didn't understand" otherwise.

mod support;

use support::Chat;
use upback_core::{
    input::{ChatKind, CommandArgs, Input, Who},
    store::Store,
};

fn emergency(text: &str) -> bool {
    text.contains("get medical help now")
}

#[test]
fn an_emergency_typed_in_words_gets_the_emergency_reply_at_once() {
    let chat = Chat::new();
    let said = Chat::text(&chat.say("my upper back hurts and I have chest pain and can't breathe"));
    assert!(emergency(&said), "{said}");
    assert!(
        said.contains("Chest pain, pressure or tightness") && said.contains("Trouble breathing"),
        "{said}"
    );
    assert!(!said.contains("better with buttons") && !said.contains("didn't quite get that"), "{said}");
}

#[test]
fn a_red_flag_typed_during_the_safety_question_stops_the_check() {
    let chat = Chat::new();
    chat.keep_history();
    chat.say("/start");
    let said = Chat::text(&chat.say("I have chest pain"));
    assert!(emergency(&said) && !said.contains("I didn't catch that"), "{said}");
    assert!(chat
        .engine
        .store()
        .session(&chat.who.key())
        .expect("readable")
        .is_none_or(|s| s.assessment.is_none()));
    let history = chat.engine.store().history(&chat.who.key()).expect("history");
    assert_eq!(history.entries.len(), 1, "the stop is in the history");
}

#[test]
fn a_red_flag_typed_later_in_the_check_or_in_a_checkin_or_a_command_still_stops_everything() {
    let chat = Chat::new();
    chat.say("/start");
    chat.press("None of these");
    chat.press("None of these");
    let said = Chat::text(&chat.say("it hurts a lot and my left arm is going numb"));
    assert!(
        said.contains("pause the self-help part") && said.contains("Numbness, tingling or weakness"),
        "{said}"
    );

    let chat = Chat::new();
    chat.say("/checkin");
    let said = Chat::text(&chat.say("about a 6, but I fainted after the run"));
    assert!(emergency(&said) && said.contains("Fainting or nearly fainting"), "{said}");

    let chat = Chat::new();
    assert!(emergency(&Chat::text(&chat.say("/start I can't breathe properly"))));
    let slash = chat.input(Input::Command { name: "faq".into(), args: CommandArgs::text("cant breath") });
    assert!(emergency(&Chat::text(&slash)), "a slash command's option is read too");
}

#[test]
fn plain_negations_and_stretch_talk_are_not_red_flags() {
    for text in ["no chest pain, just stiff", "the chest stretch felt great", "I breathe fine when I run"] {
        let chat = Chat::new();
        let said = Chat::text(&chat.say(text));
        assert!(!emergency(&said) && !said.contains("pause the self-help part"), "{text}: {said}");
    }
    let chat = Chat::new();
    chat.say("/start");
    let said = Chat::text(&chat.say("no chest pain"));
    assert!(!emergency(&said) && said.contains("Question 1 of"), "{said}");
}

#[test]
fn red_flags_are_understood_in_every_language() {
    for (lang, text, head) in [
        ("de", "Ich habe Brustschmerzen und kriege keine Luft", "Bitte hör hier auf"),
        ("es", "me duele el pecho", "busca ayuda médica"),
        ("fr", "j'ai mal à la poitrine", "Arrête-toi"),
    ] {
        let mut chat = Chat::new();
        chat.who.locale = Some(lang.into());
        let said = Chat::text(&chat.say(text));
        let english = Chat::new();
        let en = Chat::text(&english.say("I have chest pain"));
        assert!(said.contains("112") && said.contains(head), "{lang}: {said}");
        assert_ne!(said, en, "{lang}: answered in its own language");
    }
    // A runner may write in another language than their app's: safety first.
    let chat = Chat::new();
    assert!(emergency(&Chat::text(&chat.say("j'ai très mal à la poitrine"))));
}

#[test]
fn in_a_group_a_typed_red_flag_is_answered_in_the_group() {
    let chat = Chat::new();
    let group = Who { chat: ChatKind::Group { private_replies: false }, ..chat.who.clone() };
    let replies = chat.engine.handle(
        &group,
        Input::Text("@upback_bot I have chest pain".into()),
        support::start_time(),
    );
    assert_eq!(replies.len(), 1);
    assert!(emergency(&replies[0].text) && !replies[0].private, "{:?}", replies[0]);
    let faq = chat.engine.handle(
        &group,
        Input::Text("how long should I hold a stretch?".into()),
        support::start_time(),
    );
    assert!(faq[0].text.contains("30 seconds") && !faq[0].private, "{:?}", faq[0]);
    let chatter =
        chat.engine.handle(&group, Input::Text("nice run today everyone".into()), support::start_time());
    assert!(chatter[0].text.contains("talk to me privately"), "{:?}", chatter[0]);
}

#[test]
fn typed_questions_get_the_faq_answer_with_the_other_questions_below() {
    let chat = Chat::new();
    let said = chat.say("how long should I hold a stretch?");
    let text = Chat::text(&said);
    assert!(text.contains("How long should I hold a stretch?") && text.contains("30 seconds"), "{text}");
    assert!(text.contains("Not what you asked?"), "{text}");
    assert!(chat.has_button("Will changing my cadence help?"), "the other questions are buttons");
    let foam = Chat::text(&chat.say("how hard should i foam roll"));
    assert!(foam.contains("60") && foam.contains("90"), "{foam}");
    let unknown = Chat::text(&chat.say("what's the weather tomorrow?"));
    assert!(unknown.contains("didn't quite get that") && chat.has_button("❓ FAQ"), "{unknown}");
}

#[test]
fn a_typed_question_in_the_middle_of_a_check_is_answered_and_the_question_comes_back() {
    let chat = Chat::new();
    chat.say("/start");
    chat.press("None of these");
    let text = Chat::text(&chat.say("can my shoes cause upper back pain?"));
    assert!(text.contains("Indirectly") && text.contains("Question 2 of"), "{text}");
}

#[test]
fn typed_answers_and_scores_move_the_check_on() {
    let chat = Chat::new();
    chat.say("/start");
    assert!(Chat::text(&chat.say("nope")).contains("Question 2 of"), "nope is None of these");
    assert!(Chat::text(&chat.say("nothing like that")).contains("Question 3 of"));
    let scored = Chat::text(&chat.say("about 7/10"));
    assert!(scored.contains("Question 4 of"), "{scored}");
    let session = chat.engine.store().session(&chat.who.key()).expect("readable").expect("open");
    assert_eq!(session.assessment.expect("open").answers[2].choices.as_slice(), ["7"]);
    let label = Chat::text(&chat.say("it started with this run"));
    assert!(label.contains("Question 5 of"), "{label}");
    let purple = Chat::text(&chat.say("purple"));
    assert!(purple.contains("I didn't catch that") && purple.contains("Question 5 of"), "{purple}");
}

#[test]
fn a_checkin_takes_typed_numbers_in_words_and_a_typed_yes() {
    let mut chat = Chat::new();
    chat.who.locale = Some("de".into());
    chat.say("/checkin");
    let after = Chat::text(&chat.say("sieben"));
    assert!(after.contains("7 von 10"), "{after}");
    let noted = Chat::text(&chat.say("ja"));
    assert!(noted.contains("7/10"), "{noted}");
}

#[test]
fn typed_back_and_next_work_like_their_buttons_and_only_when_that_is_all_that_is_said() {
    let chat = Chat::new();
    chat.say("/start");
    chat.say("none");
    chat.say("none");
    let q3 = Chat::text(&chat.say("back"));
    assert!(q3.contains("Question 2 of") && q3.contains("do any of these fit"), "back goes back: {q3}");
    chat.say("none");
    chat.say("5");
    let q5 = Chat::text(&chat.say("it comes back after runs and settles"));
    assert!(!q5.contains("Question 4 of"), "an answer with the word back in it answers: {q5}");

    let mut chat = Chat::new();
    chat.who.locale = Some("de".into());
    chat.say("/start");
    chat.press("▫️ Schmerzen oder Druck in der Brust");
    let held = Chat::text(&chat.say("fertig"));
    assert!(held.contains("112"), "fertig is Weiter: the ticked chest pain is answered: {held}");
    let mut chat = Chat::new();
    chat.who.locale = Some("de".into());
    chat.say("/start");
    chat.say("nichts davon");
    let back = Chat::text(&chat.say("zurück"));
    assert!(back.contains("Frage 1 von"), "{back}");
}

#[test]
fn a_red_flag_option_is_never_ticked_by_a_word_it_shares_with_its_label() {
    for text in ["start", "fever? no", "chills: nope"] {
        let chat = Chat::new();
        chat.say("/start");
        chat.say("none");
        let said = Chat::text(&chat.say(text));
        assert!(!said.contains("pause the self-help part") && !emergency(&said), "{text}: {said}");
    }
    let chat = Chat::new();
    chat.say("/start");
    chat.say("none");
    let said = Chat::text(&chat.say("I had a fever last week"));
    assert!(said.contains("pause the self-help part"), "the lexicon's words still count: {said}");
}

#[test]
fn none_of_these_after_ticking_a_red_flag_keeps_the_red_flag_and_says_so() {
    let chat = Chat::new();
    chat.say("/start");
    chat.press("▫️ Chest pain or pressure");
    let said = Chat::text(&chat.press("None of these"));
    assert!(said.contains("take seriously") && said.contains("Question 1 of"), "{said}");
    let said = Chat::text(&chat.press("Next ➜"));
    assert!(emergency(&said), "the chest pain is still ticked: {said}");
    let chat = Chat::new();
    chat.say("/start");
    chat.press("▫️ Chest pain or pressure");
    let said = Chat::text(&chat.say("none of these"));
    assert!(said.contains("take seriously") && !emergency(&said), "typed as well: {said}");
}

#[test]
fn a_bare_yes_no_or_number_is_never_read_as_a_question_for_the_faq() {
    for (lang, text, didnt) in [
        ("en-US", "yes", "I didn't catch that"),
        ("de", "ja", "Das habe ich nicht verstanden"),
        ("fr", "oui", "Je n’ai pas compris"),
        ("es", "sí", "No te he entendido"),
        ("en-US", "8", "I didn't catch that"),
    ] {
        let mut chat = Chat::new();
        chat.who.locale = Some(lang.into());
        chat.say("/start");
        let said = chat.say(text);
        let first = said.first().map(|r| r.text.clone()).unwrap_or_default();
        assert!(first.starts_with(didnt), "{lang} {text}: asked which, not answered from the FAQ: {first}");
        assert!(Chat::text(&said).contains("1"), "{lang}: the question is shown again");
    }
}

#[test]
fn an_emergency_names_only_what_is_urgent_and_asks_nothing_about_keeping_data() {
    let chat = Chat::new();
    let said = Chat::text(&chat.say("I have chest pain and my left arm is numb"));
    assert!(emergency(&said), "{said}");
    assert!(!said.contains("within a day or two"), "no leave to wait beside the emergency: {said}");
    assert!(!said.contains("Before I save anything"), "no consent question now: {said}");
    let chat = Chat::new();
    let said = Chat::text(&chat.say("my left arm has been numb since the run"));
    assert!(said.contains("pause the self-help part") && said.contains("Before I save anything"), "{said}");
}

#[test]
fn a_message_too_long_to_read_is_still_read_for_red_flags_and_the_question_comes_back() {
    let story =
        format!("{} and now I have chest pain", "I ran along the river and it was lovely. ".repeat(150));
    assert!(story.len() > 4096);
    let chat = Chat::new();
    assert!(emergency(&Chat::text(&chat.say(&story))), "a long story ending in chest pain");
    let chat = Chat::new();
    chat.say("/start");
    let said = Chat::text(&chat.say(&"la ".repeat(3000)));
    assert!(said.contains("too long") && said.contains("Question 1 of"), "{said}");
}

#[test]
fn hello_help_thanks_and_are_you_a_doctor_get_answers_in_every_language() {
    for (lang, hello, thanks, doctor, not_doctor) in [
        ("en-US", "hi", "thanks!", "are you a doctor?", "I'm a bot, not a doctor"),
        ("de", "Hallo", "danke", "Bist du ein Arzt?", "ich bin ein Bot"),
        ("es", "hola", "gracias", "¿eres médico?", "soy un bot"),
        ("fr", "bonjour", "merci", "tu es médecin ?", "je suis un bot"),
    ] {
        let mut chat = Chat::new();
        chat.who.locale = Some(lang.into());
        let greeted = chat.say(hello);
        let mut helped = Chat::new();
        helped.who.locale = Some(lang.into());
        assert_eq!(
            Chat::text(&greeted),
            Chat::text(&helped.say("/help")),
            "{lang}: a hello gets what /help says"
        );
        let mut free = Chat::new();
        free.who.locale = Some(lang.into());
        let free = free.say("qwzx");
        assert_ne!(Chat::text(&greeted), Chat::text(&free), "{lang}: a hello is not 'I didn't get that'");
        let thanked = Chat::text(&chat.say(thanks));
        assert_ne!(thanked, Chat::text(&free), "{lang}: {thanked}");
        let said = Chat::text(&chat.say(doctor));
        assert!(said.contains(not_doctor), "{lang}: {said}");
    }
}

#[test]
fn a_typed_answer_says_what_it_was_taken_for() {
    let mut chat = Chat::new();
    chat.who.locale = Some("es".into());
    chat.say("/start");
    chat.say("nada de esto");
    let said = chat.say("nada de esto");
    let first = said.first().map(|r| r.text.clone()).unwrap_or_default();
    assert!(first.starts_with("Apuntado: «Nada de esto»."), "{first}");
    let scored = Chat::text(&chat.say("un 7"));
    assert!(scored.starts_with("Apuntado: «7»."), "{scored}");
    let tapped = Chat::text(&chat.press("Empezó con esta carrera"));
    assert!(!tapped.contains("Apuntado"), "a tap needs no echo: {tapped}");
}

#[test]
fn vague_words_back_on_the_first_question_and_answer_like_text_are_asked_again() {
    let didnt = |said: &str| said.starts_with("I didn't catch that");
    let chat = Chat::new();
    chat.say("/start");
    let said = Chat::text(&chat.say("back"));
    assert!(didnt(&said) && said.contains("Question 1 of"), "no Back on the first question: {said}");
    chat.say("none");
    let said = Chat::text(&chat.say("start"));
    assert!(
        didnt(&said) && said.contains("Question 2 of"),
        "an unmatched word is not a FAQ question: {said}"
    );
    chat.say("none");
    chat.say("5");
    let said = Chat::text(&chat.say("more or less"));
    assert!(didnt(&said) && said.contains("Question 4 of"), "{said}");
    let thanked = chat.say("thanks");
    let said = Chat::text(&thanked);
    assert!(said.contains("welcome") && said.contains("Question 4 of"), "{said}");
    assert!(thanked[0].buttons.is_empty(), "no menu mid-check: {:?}", thanked[0].buttons);
    let mut chat = Chat::new();
    chat.who.locale = Some("de".into());
    chat.say("/start");
    chat.say("nichts davon");
    chat.say("nichts davon");
    chat.say("5");
    let said = Chat::text(&chat.say("mehr oder weniger"));
    assert!(said.starts_with("Das habe ich nicht verstanden") && said.contains("Frage 4 von"), "{said}");
}

#[test]
fn at_a_checkin_what_is_not_its_answer_gets_its_question_again() {
    let chat = Chat::new();
    chat.say("/checkin");
    let said = Chat::text(&chat.say("hmm"));
    assert!(said.starts_with("I didn't catch that") && chat.has_button("7"), "{said}");
    chat.say("4");
    let said = Chat::text(&chat.say("about 4"));
    assert!(said.starts_with("I didn't catch that") && !said.contains("Stand, sit and run tall"), "{said}");
    assert!(chat.has_button("After a run"), "the after-a-run question again: {said}");
    let said = Chat::text(&chat.say("how long should I hold a stretch?"));
    assert!(!said.starts_with("I didn't catch that"), "a real question is still answered: {said}");
}

#[test]
fn the_emergency_reply_offers_nothing_to_tap_beside_the_call_for_help() {
    // Typed, with no history asked about yet, with one kept, and in a group.
    let chat = Chat::new();
    let said = chat.say("I have chest pain");
    assert!(emergency(&Chat::text(&said)), "{said:?}");
    assert!(said.iter().all(|r| r.buttons.is_empty()), "no buttons: {:?}", said[0].buttons);
    let chat = Chat::new();
    chat.keep_history();
    let said = chat.say("I can't breathe");
    assert!(emergency(&Chat::text(&said)) && Chat::text(&said).contains("I've saved this"), "{said:?}");
    assert!(!chat.has_button("📈 My history") && said.iter().all(|r| r.buttons.is_empty()), "{said:?}");
    let group = Who { chat: ChatKind::Group { private_replies: false }, ..chat.who.clone() };
    let said = chat.engine.handle(
        &group,
        Input::Text("@upback_bot I have chest pain".into()),
        support::start_time(),
    );
    assert!(emergency(&said[0].text) && said[0].buttons.is_empty(), "{:?}", said[0]);
    // Ticked in the check.
    let chat = Chat::new();
    chat.say("/start");
    chat.press("▫️ Chest pain or pressure");
    let said = chat.press("Next ➜");
    assert!(emergency(&Chat::text(&said)) && said.iter().all(|r| r.buttons.is_empty()), "{said:?}");
}

#[test]
fn a_referral_that_asks_to_keep_the_history_has_no_my_history_button_beside_the_question() {
    let chat = Chat::new();
    let said = Chat::text(&chat.say("my left arm has been numb since the run"));
    assert!(said.contains("pause the self-help part") && said.contains("Before I save anything"), "{said}");
    assert!(!chat.has_button("📈 My history"), "the record is not in a history yet: {said}");
    assert!(chat.has_button("✅ OK, keep my history") && chat.has_button("Help"), "{said}");
    let chat = Chat::new();
    chat.keep_history();
    chat.say("my left arm has been numb since the run");
    assert!(chat.has_button("📈 My history"), "once kept, the history is a way on");
}

/// Per language: ways to ask "are you a doctor?", to say hello, and to say thanks.
type SmallTalk =
    &'static [(&'static str, &'static [&'static str], &'static [&'static str], &'static [&'static str])];

#[test]
fn formal_and_fuller_forms_of_small_talk_get_the_same_answers_and_never_a_faq() {
    let cases: SmallTalk = &[
        (
            "en-US",
            &["are you a real doctor?", "Are you an actual doctor?", "are you really a doctor"],
            &["good day", "greetings"],
            &["thank you very much", "many thanks"],
        ),
        (
            "de",
            &["Sind Sie Arzt?", "Sind Sie ein Arzt?", "sind sie ärztin", "Bist du ein echter Arzt?"],
            &["Guten Tag", "Grüß Gott"],
            &["Vielen Dank", "Herzlichen Dank!"],
        ),
        (
            "es",
            &["¿es usted médico?", "¿eres médico?", "¿Es usted un médico?", "¿eres doctor?"],
            &["buenos días", "Buen día"],
            &["muchas gracias", "muchísimas gracias"],
        ),
        (
            "fr",
            &["êtes-vous médecin ?", "es-tu médecin", "Êtes-vous un médecin ?", "vous êtes médecin ?"],
            &["bonjour", "Bonjour à vous"],
            &["merci beaucoup", "je vous remercie"],
        ),
    ];
    for (lang, doctor, hello, thanks) in cases {
        let fresh = || {
            let mut chat = Chat::new();
            chat.who.locale = Some(lang.to_string());
            chat
        };
        let answer = |text: &str| {
            let chat = fresh();
            Chat::text(&chat.say(text))
        };
        let not_doctor = answer(doctor[0]);
        let bot = match *lang {
            "de" => "ich bin ein Bot",
            "es" => "soy un bot",
            "fr" => "je suis un bot",
            _ => "I'm a bot, not a doctor",
        };
        assert!(not_doctor.contains(bot), "{lang} {:?}: {not_doctor}", doctor[0]);
        let help = {
            let chat = fresh();
            chat.say("/help");
            Chat::text(&chat.say("/help"))
        };
        let welcome = answer("/help");
        let welcome_thanks = answer(thanks[0]);
        for text in *doctor {
            let said = answer(text);
            assert_eq!(said, not_doctor, "{lang} {text:?}: the small-talk answer, not a FAQ");
        }
        for text in *hello {
            assert_eq!(answer(text), welcome, "{lang} {text:?}: a hello gets what /help says");
        }
        for text in *thanks {
            assert_eq!(answer(text), welcome_thanks, "{lang} {text:?}");
        }
        // In the middle of a check: the same answer, then the question again.
        let chat = fresh();
        chat.say("/help");
        chat.say("/start");
        for text in doctor.iter().chain(hello.iter()).chain(thanks.iter()) {
            let said = Chat::text(&chat.say(text));
            assert!(said.contains('1'), "{lang} {text:?}: the question comes back: {said}");
        }
        let said = Chat::text(&chat.say(hello[0]));
        assert!(said.starts_with(help.lines().next().unwrap_or_default()), "{lang}: {said}");
    }
}

#[test]
fn a_typed_amount_answers_a_question_about_an_amount_with_the_option_it_falls_in() {
    for (lang, taps, typed, noted) in [
        (
            "de",
            [
                "Seit diesem Lauf",
                "Zwischen den Schulterblättern",
                "Während des Laufens",
                "Ein halbes bis zwei Jahre",
            ],
            "ca. 9 Stunden",
            "Notiert: „8 Stunden oder mehr“.",
        ),
        (
            "fr",
            [
                "Ça a commencé avec cette course",
                "Entre les omoplates",
                "Pendant la course",
                "Entre six mois et deux ans",
            ],
            "environ 9 heures par jour",
            "Noté : « 8 heures ou plus ».",
        ),
        (
            "en-US",
            [
                "It started with this run",
                "Between my shoulder blades",
                "During the run",
                "Six months to two years",
            ],
            "about 5 hours",
            "Noted: “4 to 7 hours”.",
        ),
        (
            "en-US",
            [
                "It started with this run",
                "Between my shoulder blades",
                "During the run",
                "Six months to two years",
            ],
            "2h",
            "Noted: “Less than 4 hours”.",
        ),
    ] {
        let mut chat = Chat::new();
        chat.who.locale = Some(lang.into());
        chat.say("/start");
        let none = match lang {
            "de" => "nichts davon",
            "fr" => "aucun",
            _ => "none",
        };
        chat.say(none);
        chat.say(none);
        chat.say("3");
        for tap in taps {
            chat.press(tap);
        }
        let said = Chat::text(&chat.say(typed));
        assert!(said.starts_with(noted), "{lang} {typed:?}: {said}");
    }
}
