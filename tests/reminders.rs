//! Reminders and group routines end to end: moderators on Telegram and Discord schedule them
//! through the real clients, the scheduler posts them at the (hand-turned) time through the
//! loopback fakes, members press Done, and a thousand chats at once stay within Telegram's
//! limits.

#[path = "support/discord_fake.rs"]
mod discord_fake;
#[path = "support/telegram_fake.rs"]
mod telegram_fake;

use std::{collections::HashMap, sync::Arc, time::Duration};

use chrono::{DateTime, Utc};
use serde_json::{json, Value};
use telegram_fake::{button, callback_update, text_update, FakeTelegram, Fault};
use upback::{
    clock::ManualClock,
    discord::{self, DiscordConfig},
    scheduler,
    telegram::{self, TelegramConfig},
};
use upback_core::{
    engine::Engine,
    input::{ChatKind, Input, Platform, Role, Who},
    reminders::group_owner,
    store::{SledStore, Store},
};

const MOD: i64 = 11;
const MEMBER: i64 = 22;
const OTHER: i64 = 33;
const GROUP: i64 = -100_500;

fn utc(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).expect("time").with_timezone(&Utc)
}

fn engine(dir: &std::path::Path) -> Arc<Engine<upback::database::Db>> {
    Arc::new(
        Engine::built_in(std::sync::Arc::new(SledStore::open(dir).expect("store")) as upback::database::Db)
            .expect("engine"),
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_telegram_moderator_schedules_a_reminder_that_is_posted_on_time_and_done_counts_once() {
    let fake = FakeTelegram::start().await;
    fake.set_member(GROUP, MOD, "administrator");
    let dir = tempfile::tempdir().expect("dir");
    let engine = engine(dir.path());
    let tg = telegram::start(
        engine.clone(),
        TelegramConfig { token: "1:T".into(), api_url: Some(fake.url()), webhook: None },
    )
    .await
    .expect("starts");
    let clock = Arc::new(ManualClock::new(chrono::Utc::now()));
    let sched =
        scheduler::start(engine.clone(), vec![tg.outbox()], clock.clone(), chrono::Duration::hours(1));

    // A member is refused and nothing is stored.
    fake.push(text_update(MEMBER, GROUP, "/remind@upback_bot tue,thu 19:30 Europe/Berlin", None));
    fake.shown(GROUP, "only the group's admins").await;
    assert!(engine.store().reminders(&group_owner("telegram", &GROUP.to_string())).expect("list").is_empty());

    fake.push(text_update(MOD, GROUP, "/remind tue,thu 19:30 Europe/Berlin after the club run", None));
    fake.shown(GROUP, "Reminder set").await;
    let checked: Vec<Value> = fake.done("getChatMember");
    assert_eq!(checked.len(), 2, "the rights are checked on every use");
    let due = engine.next_due().expect("next").expect("scheduled");

    clock.set(due - chrono::Duration::minutes(1));
    clock.set(due);
    let post = fake.shown(GROUP, "Stretch time!").await.body;
    assert!(post["text"].as_str().expect("text").contains("after the club run"));
    let message_id = fake
        .calls()
        .into_iter()
        .find(|c| c.body == post)
        .and_then(|c| c.result["message_id"].as_i64())
        .expect("the post's id");
    let done = button(&post, "✅ Done")["callback_data"].as_str().expect("data").to_string();

    // The member keeps a history (said so in the private chat); the other member never said.
    fake.push(text_update(MEMBER, MEMBER, "/privacy", None));
    let privacy = fake.shown(MEMBER, "What I keep, if you let me").await;
    let keep =
        button(&privacy.body, "✅ OK, keep my history")["callback_data"].as_str().expect("data").to_string();
    let privacy_id = privacy.result["message_id"].as_i64().expect("id");
    fake.push(callback_update(MEMBER, MEMBER, privacy_id, &keep, None));
    fake.shown(MEMBER, "I'll keep your history").await;

    fake.push(callback_update(MEMBER, GROUP, message_id, &done, None));
    fake.shown(GROUP, "One runner has stretched").await;
    fake.push(callback_update(MEMBER, GROUP, message_id, &done, None));
    fake.push(callback_update(OTHER, GROUP, message_id, &done, None));
    fake.shown(GROUP, "2 runners have stretched").await;
    assert!(
        !fake.calls().iter().any(|c| c.body["text"].as_str().is_some_and(|t| t.contains("3 runners"))),
        "the second press did not count"
    );
    let member = Who::private(Platform::Telegram, MEMBER.to_string());
    assert_eq!(
        engine.store().history(&member.key()).expect("history").entries.len(),
        1,
        "saved as a stretch check-in"
    );
    let other = Who::private(Platform::Telegram, OTHER.to_string());
    assert!(engine.store().history(&other.key()).expect("history").entries.is_empty(), "counted, not kept");
    assert_eq!(
        fake.done("sendMessage")
            .iter()
            .filter(
                |b| b["chat_id"] == GROUP && b["text"].as_str().is_some_and(|t| t.contains("Stretch time!"))
            )
            .count(),
        1
    );

    sched.stop().await;
    tg.stop().await.expect("stops");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_chat_that_removed_the_bot_pauses_its_reminder_with_the_reason() {
    let fake = FakeTelegram::start().await;
    let dir = tempfile::tempdir().expect("dir");
    let engine = engine(dir.path());
    let start = utc("2026-03-23T12:00:00Z");
    let moderator = Who {
        platform: Platform::Telegram,
        user_id: MOD.to_string(),
        chat_id: GROUP.to_string(),
        locale: None,
        role: Role::Moderator,
        chat: ChatKind::Group { private_replies: false },
        name: None,
    };
    engine.handle(&moderator, Input::Text("/remind daily 19:30 Europe/Berlin".into()), start);
    fake.fail_chat(GROUP, Fault::Forbidden);
    let tg = telegram::start(
        engine.clone(),
        TelegramConfig { token: "1:T".into(), api_url: Some(fake.url()), webhook: None },
    )
    .await
    .expect("starts");
    let clock = Arc::new(ManualClock::new(utc("2026-03-23T18:30:00Z")));
    let sched =
        scheduler::start(engine.clone(), vec![tg.outbox()], clock.clone(), chrono::Duration::hours(1));
    fake.wait_for("the refused post", |calls| {
        calls.iter().any(|c| c.faulted && c.body["chat_id"] == GROUP).then_some(())
    })
    .await;
    sched.stop().await;
    tg.stop().await.expect("stops");
    let list = engine.handle(&moderator, Input::Text("/reminders".into()), start);
    assert!(list[0].text.contains("I can't post in this chat any more"), "{}", list[0].text);
    assert!(list[0].text.contains("kicked"), "the reason is kept: {}", list[0].text);
    assert_eq!(engine.next_due().expect("next"), None, "paused, not retried forever");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_reminders_due_at_once_reach_a_thousand_chats_once_each_within_the_limits() {
    let fake = FakeTelegram::start().await;
    let dir = tempfile::tempdir().expect("dir");
    let engine = engine(dir.path());
    let set_at = utc("2026-03-23T12:00:00Z");
    for chat in 1..=1000i64 {
        let moderator = Who {
            platform: Platform::Telegram,
            user_id: MOD.to_string(),
            chat_id: (-1_000_000 - chat).to_string(),
            locale: None,
            role: Role::Moderator,
            chat: ChatKind::Group { private_replies: false },
            name: None,
        };
        engine.handle(&moderator, Input::Text("/remind daily 19:30 Europe/Berlin".into()), set_at);
    }
    for _ in 0..3 {
        fake.fail_next("sendMessage", Fault::RetryAfter(1));
    }
    let tg = telegram::start(
        engine.clone(),
        TelegramConfig { token: "1:T".into(), api_url: Some(fake.url()), webhook: None },
    )
    .await
    .expect("starts");
    let clock = Arc::new(ManualClock::new(utc("2026-03-23T18:30:00Z")));
    let sched =
        scheduler::start(engine.clone(), vec![tg.outbox()], clock.clone(), chrono::Duration::hours(1));
    // Paced to stay within Telegram's limits, a thousand posts take about a minute.
    fake.wait_within(Duration::from_secs(240), "a thousand posts", |calls| {
        (calls.iter().filter(|c| c.method == "sendmessage" && !c.faulted).count() >= 1000).then_some(())
    })
    .await;
    sched.stop().await;
    tg.stop().await.expect("stops");

    let posts: Vec<_> =
        fake.calls().into_iter().filter(|c| c.method == "sendmessage" && !c.faulted).collect();
    let mut per_chat: HashMap<i64, usize> = HashMap::new();
    for p in &posts {
        *per_chat.entry(p.body["chat_id"].as_i64().expect("chat")).or_default() += 1;
    }
    assert_eq!(per_chat.len(), 1000, "every chat got its reminder");
    assert!(per_chat.values().all(|n| *n == 1), "no chat got it twice");
    // Telegram allows 30 messages a second overall: no one-second window holds more.
    let times: Vec<_> = posts.iter().map(|p| p.at).collect();
    for (i, t) in times.iter().enumerate() {
        let in_window =
            times[i..].iter().take_while(|u| u.duration_since(*t) < Duration::from_secs(1)).count();
        assert!(in_window <= 30, "{in_window} messages within one second");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_discord_moderator_schedules_a_reminder_that_mentions_only_the_chosen_role() {
    use discord_fake::{FakeDiscord, Place, CHANNEL};
    let fake = FakeDiscord::start().await;
    let dir = tempfile::tempdir().expect("dir");
    let engine = engine(dir.path());
    let dc = discord::start(
        engine.clone(),
        DiscordConfig { token: "T".into(), api_url: Some(fake.url()), guild_id: None, shards: None },
    )
    .await
    .expect("starts");
    fake.wait_for("registration", |calls| calls.iter().any(|c| c.method == "PUT").then_some(())).await;
    let clock = Arc::new(ManualClock::new(utc("2026-03-23T12:00:00Z")));
    let sched =
        scheduler::start(engine.clone(), vec![dc.outbox()], clock.clone(), chrono::Duration::hours(1));

    let remind = |user: u64, permissions: &str| {
        let mut i = discord_fake::slash(&fake, user, Place::Guild, "remind", "en-GB");
        i["member"]["permissions"] = json!(permissions);
        i["data"]["options"] = json!([
            {"name": "when", "type": 3, "value": "tue,thu 19:30 Europe/Berlin"},
            {"name": "note", "type": 3, "value": "@everyone stretch!"},
            {"name": "role", "type": 8, "value": "555000000000000001"},
        ]);
        i
    };
    let refused = remind(77, "0");
    fake.dispatch("INTERACTION_CREATE", refused.clone());
    let reply = fake
        .wait_for("a refusal", |calls| {
            calls
                .iter()
                .find(|c| c.path.contains(refused["token"].as_str().expect("t")))
                .map(|c| c.body.clone())
        })
        .await;
    assert!(reply["data"]["content"].as_str().expect("text").contains("only the group's admins"));
    assert_eq!(reply["data"]["flags"], 64, "the refusal is ephemeral");
    assert_eq!(engine.next_due().expect("next"), None, "nothing stored");

    let ok = remind(78, "32");
    fake.dispatch("INTERACTION_CREATE", ok.clone());
    fake.wait_for("the confirmation", |calls| {
        calls
            .iter()
            .any(|c| {
                c.path.contains(ok["token"].as_str().expect("t"))
                    && c.body["data"]["content"].as_str().is_some_and(|t| t.contains("Reminder set"))
            })
            .then_some(())
    })
    .await;
    let due = engine.next_due().expect("next").expect("scheduled");
    clock.set(due);
    let post = fake
        .wait_for("the reminder post", |calls| {
            calls
                .iter()
                .find(|c| c.method == "POST" && c.path == format!("/channels/{CHANNEL}/messages"))
                .cloned()
        })
        .await;
    let content = post.body["content"].as_str().expect("content");
    assert!(content.starts_with("<@&555000000000000001> 🔔 Stretch time!"), "{content}");
    assert!(!content.contains("@everyone"), "{content}");
    assert_eq!(post.body["allowed_mentions"]["parse"], json!([]), "{}", post.body);
    assert_eq!(post.body["allowed_mentions"]["roles"], json!(["555000000000000001"]));
    sched.stop().await;
    assert_eq!(dc.unknown_events(), 0);
    dc.stop().await.expect("stops");
}
