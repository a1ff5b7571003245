//! Random input sequences, including presses of the buttons the bot just showed, never make
//! the engine panic; every reply has text and every button code fits in 64 bytes.

mod support;

use proptest::prelude::*;
use support::Chat;
use upback_core::input::Input;

#[derive(Debug, Clone)]
enum Step {
    /// Press the n-th button currently on screen (if any).
    Press(usize),
    Command(&'static str),
    Text(String),
    Code(String),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        6 => (0usize..20).prop_map(Step::Press),
        2 => prop::sample::select(vec![
            "/start", "/assess", "/checkin", "/history", "/faq", "/tips", "/stretch", "/export",
            "/forget", "/language", "/help", "/cancel", "/nope", "/", "/start checkin",
        ]).prop_map(Step::Command),
        1 => ".{0,80}".prop_map(Step::Text),
        1 => "1:[a-z]:[0-9a-z]{0,8}:[0-9]{0,6}:[0-9]{0,4}".prop_map(Step::Code),
        1 => ".{0,100}".prop_map(Step::Code),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn random_inputs_never_panic_and_every_reply_is_usable(steps in prop::collection::vec(step(), 1..60)) {
        let chat = Chat::new();
        for s in steps {
            // Chat::input checks every reply for text and every action for its length.
            match s {
                Step::Press(n) => {
                    let actions: Vec<String> =
                        chat.last.borrow().iter().flat_map(|r| r.actions().map(String::from).collect::<Vec<_>>()).collect();
                    let input = match actions.get(n % actions.len().max(1)) {
                        Some(a) => Input::Action(a.clone()),
                        None => Input::Open,
                    };
                    chat.input(input);
                }
                Step::Command(c) => { chat.say(c); }
                Step::Text(t) => { chat.say(&t); }
                Step::Code(c) => { chat.press_action(&c); }
            }
        }
    }
}
