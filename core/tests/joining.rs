//! A group that adds the bot is greeted once, in the language of whoever added it, with what
//! members and moderators can do; a restart, a second adder or the platform repeating itself
//! never greets it again.

mod support;

use chrono::Duration;
use support::{start_time, Chat};
use upback_core::{
    engine::Engine,
    input::{ChatKind, Input, Platform, Who},
    store::SledStore,
};

fn adder(user: &str, locale: Option<&str>) -> Who {
    let mut who = Who::private(Platform::Telegram, user);
    who.chat_id = "-100200".into();
    who.chat = ChatKind::Group { private_replies: false };
    who.locale = locale.map(String::from);
    who
}

fn joined_now() -> Input {
    Input::Joined { at: Some(start_time()) }
}

#[test]
fn a_group_is_welcomed_once_in_the_adders_language_whoever_adds_it_again() {
    let chat = Chat::new();
    let german = adder("7", Some("de-AT"));
    let said = chat.engine.handle(&german, joined_now(), start_time());
    assert_eq!(said.len(), 1, "{said:?}");
    let welcome = &said[0];
    assert_eq!(welcome.lang, "de");
    assert!(welcome.text.starts_with("Hallo zusammen, ich bin upback"), "{}", welcome.text);
    assert!(!welcome.private, "said to the group");
    let labels: Vec<&str> = welcome.buttons.iter().flatten().map(|b| b.label.as_str()).collect();
    assert_eq!(labels, ["🩺 Check starten", "❓ Häufige Fragen"]);

    assert!(chat.engine.handle(&german, joined_now(), start_time()).is_empty(), "a repeated update");
    let later = start_time() + Duration::minutes(5);
    let other = adder("8", Some("en"));
    assert!(chat.engine.handle(&other, Input::Joined { at: Some(later) }, later).is_empty(), "another adder");

    // The adder's own first /help still greets them: the group's flag is the group's.
    let mut alone = Who::private(Platform::Telegram, "7");
    alone.locale = Some("de".into());
    let help = chat.engine.handle(&alone, Input::Text("/help".into()), later);
    assert!(help[0].text.starts_with("Hi, ich bin upback"), "{}", help[0].text);
}

#[test]
fn a_restart_does_not_greet_the_group_again() {
    let dir = tempfile::tempdir().expect("dir");
    let who = adder("7", None);
    {
        let engine = Engine::built_in(SledStore::open(dir.path()).expect("store")).expect("engine");
        assert_eq!(engine.handle(&who, joined_now(), start_time()).len(), 1);
        engine.store().flush().expect("flush");
    }
    let engine = Engine::built_in(SledStore::open(dir.path()).expect("store")).expect("engine");
    assert!(engine.handle(&who, joined_now(), start_time() + Duration::hours(1)).is_empty());
}

#[test]
fn the_welcome_says_what_members_and_moderators_can_do_in_every_language() {
    let chat = Chat::new();
    for (i, tag) in chat.engine.locales().tags().into_iter().enumerate() {
        let mut who = adder("7", Some(tag));
        who.chat_id = format!("-{}", 1000 + i);
        let said = chat.engine.handle(&who, joined_now(), start_time());
        assert_eq!(said.len(), 1, "{tag}");
        assert_eq!(said[0].lang, tag);
        for command in
            ["/start", "/checkin", "/faq", "/stretch", "/leaderboard", "/routine", "/remind", "/clubstats"]
        {
            assert!(said[0].text.contains(command), "{tag} lacks {command}: {}", said[0].text);
        }
        assert!(said[0].text.chars().count() < 1000, "{tag}: a short welcome");
    }
}

#[test]
fn a_join_older_than_a_day_is_noted_but_never_greeted() {
    let chat = Chat::new();
    let who = adder("7", None);
    let now = start_time();
    let long_ago = Input::Joined { at: Some(now - Duration::days(40)) };
    assert!(chat.engine.handle(&who, long_ago, now).is_empty(), "a server the bot was in before");
    assert!(
        chat.engine.handle(&who, Input::Joined { at: Some(now) }, now).is_empty(),
        "and not later either"
    );
    let mut fresh = adder("7", None);
    fresh.chat_id = "-999".into();
    let hours_late = Input::Joined { at: Some(now - Duration::hours(20)) };
    assert_eq!(chat.engine.handle(&fresh, hours_late, now).len(), 1, "a bot down for hours still greets");
}

#[test]
fn a_join_outside_a_group_says_nothing() {
    let chat = Chat::new();
    let who = Who::private(Platform::Telegram, "7");
    assert!(chat.engine.handle(&who, joined_now(), start_time()).is_empty());
}
