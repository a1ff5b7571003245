//! The retention limit: a runner silent for longer than it has their records deleted as
//! /forget would; anyone who said anything since keeps theirs; a club's own records stay.

mod support;

use chrono::Duration;
use support::Chat;
use upback_core::{
    input::{ChatKind, Input, Platform, Role, Who},
    store::Store,
};

#[test]
fn a_runner_silent_past_the_limit_is_forgotten_and_one_who_came_back_is_not() {
    let chat = Chat::new();
    chat.keep_history();
    chat.say("/checkin");
    chat.press("4");
    let ana = chat.who.key();
    assert!(chat.engine.store().records_of(&ana).expect("count") > 0);

    // Bob starts a check on the same day, and says something again ten months later.
    let bob = Who::private(Platform::Console, "bob");
    let t0 = chat.clock.get();
    chat.engine.handle(&bob, Input::Text("/start".into()), t0);
    assert!(chat.engine.store().records_of(&bob.key()).expect("count") > 0);
    chat.engine.handle(&bob, Input::Text("/help".into()), t0 + Duration::days(300));
    // A club's own records (its language, its welcome) are not a person's.
    let group = Who {
        platform: Platform::Telegram,
        user_id: "9".into(),
        chat_id: "-100".into(),
        locale: None,
        role: Role::Moderator,
        chat: ChatKind::Group { private_replies: false },
        name: None,
    };
    chat.engine.handle(&group, Input::Joined { at: Some(t0) }, t0);

    assert_eq!(chat.engine.retention_days(), 365, "the default");
    assert!(chat.engine.forget_inactive(t0 + Duration::days(365)).expect("swept").is_empty(), "not yet");
    let forgotten = chat.engine.forget_inactive(t0 + Duration::days(366)).expect("swept");
    assert_eq!(forgotten, std::slice::from_ref(&ana));
    assert_eq!(chat.engine.store().records_of(&ana).expect("count"), 0, "as /forget would");
    assert!(chat.engine.store().records_of(&bob.key()).expect("count") > 0, "bob came back");
    assert!(chat.engine.store().prefs(&group.group_key()).expect("prefs").welcomed, "the club's stay");
    let later = chat.engine.forget_inactive(t0 + Duration::days(300 + 366)).expect("swept");
    assert_eq!(later, [bob.key()]);
    let far = t0.date_naive() + Duration::days(9999);
    assert!(chat.engine.store().inactive(far, far).expect("swept").is_empty(), "nobody left");
}

#[test]
fn the_privacy_text_states_the_limit() {
    let chat = Chat::new();
    chat.engine.set_retention_days(90);
    let text = Chat::text(&chat.say("/privacy"));
    assert!(text.contains("90 days"), "{text}");
}
