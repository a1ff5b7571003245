//! A club at its busiest: a hundred members pressing ✅ Done under one routine post at once,
//! through the real teloxide and serenity clients. Every press is answered at once, the post
//! ends on the exact count, edits are coalesced (the count never goes back), and Telegram's
//! group limit is kept before it has to say 429.

#[path = "support/discord_fake.rs"]
mod discord_fake;
#[path = "support/telegram_fake.rs"]
mod telegram_fake;

use std::{sync::Arc, time::Instant};

use serde_json::{json, Value};
use upback::{
    discord::{self, DiscordConfig},
    telegram::{self, TelegramConfig},
};
use upback_core::{engine::Engine, store::SledStore};

/// Members pressing at once.
const MEMBERS: i64 = 300;

fn engine(dir: &std::path::Path) -> Arc<Engine<upback::database::Db>> {
    Arc::new(
        Engine::built_in(std::sync::Arc::new(SledStore::open(dir).expect("store")) as upback::database::Db)
            .expect("engine"),
    )
}

/// The count a routine post's text shows, e.g. "12 runners have stretched so far".
fn count(text: &str) -> Option<u32> {
    if text.contains("One runner has stretched") {
        return Some(1);
    }
    if text.contains("Nobody has ticked it off yet") {
        return Some(0);
    }
    let at = text.find(" runners have stretched")?;
    text[..at].rsplit(|c: char| !c.is_ascii_digit()).next()?.parse().ok()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_burst_of_done_presses_on_telegram_ends_on_the_exact_count_within_the_group_limit() {
    use telegram_fake::{button, callback_update, text_update, FakeTelegram};
    const GROUP: i64 = -100_777;
    const MOD: i64 = 1;
    let fake = FakeTelegram::start().await;
    fake.set_member(GROUP, MOD, "administrator");
    fake.enforce_limits();
    let dir = tempfile::tempdir().expect("dir");
    let tg = telegram::start(
        engine(dir.path()),
        TelegramConfig { token: "1:T".into(), api_url: Some(fake.url()), webhook: None },
    )
    .await
    .expect("starts");
    fake.push(text_update(MOD, GROUP, "/routine", None));
    let post = fake.shown(GROUP, "Nobody has ticked it off yet").await;
    let message = post.result["message_id"].as_i64().expect("the post's id");
    let done = button(&post.body, "✅ Done")["callback_data"].as_str().expect("data").to_string();

    for member in 0..MEMBERS {
        fake.push(callback_update(10_000 + member, GROUP, message, &done, None));
    }
    let pressed = Instant::now();
    let last = fake
        .wait_for("the exact count on the post", |calls| {
            calls
                .iter()
                .filter(|c| !c.faulted && c.method == "editmessagetext" && c.body["message_id"] == message)
                .find(|c| c.body["text"].as_str().and_then(count) == Some(MEMBERS as u32))
                .map(|c| c.at)
        })
        .await;
    eprintln!("the exact count was shown {:?} after the presses", last.duration_since(pressed));
    let answered: Vec<_> = fake
        .calls()
        .iter()
        .filter(|c| c.method == "answercallbackquery")
        .map(|c| c.at.duration_since(pressed).as_millis())
        .collect();
    eprintln!("answers at {:?} .. {:?} ms", answered.first(), answered.last());
    let edits: Vec<_> = fake
        .calls()
        .iter()
        .filter(|c| c.method == "editmessagetext")
        .map(|c| (c.at.duration_since(pressed).as_millis(), c.body["text"].as_str().and_then(count)))
        .collect();
    eprintln!("edits {edits:?}");

    // The post can show the last press before that press's own answer has gone out.
    fake.wait_for("every press answered", |calls| {
        let answered = calls.iter().filter(|c| c.method == "answercallbackquery" && !c.faulted).count();
        (answered >= MEMBERS as usize).then_some(())
    })
    .await;
    let calls = fake.calls();
    let answers: Vec<&Value> =
        calls.iter().filter(|c| c.method == "answercallbackquery" && !c.faulted).map(|c| &c.body).collect();
    assert_eq!(answers.len(), MEMBERS as usize, "every press is answered");
    assert!(
        answers.iter().all(|b| b["text"].as_str().is_some_and(|t| t.contains("Counted"))),
        "with a word for the member"
    );
    let shown: Vec<u32> = calls
        .iter()
        .filter(|c| !c.faulted && c.method == "editmessagetext" && c.body["message_id"] == message)
        .filter_map(|c| c.body["text"].as_str().and_then(count))
        .collect();
    assert!(shown.windows(2).all(|w| w[0] < w[1]), "the count only goes up: {shown:?}");
    assert!(shown.len() <= 20, "the edits are coalesced, not one per press: {} edits", shown.len());
    assert!(fake.rate_limited() <= 2, "paced within the group's limit: {} answered 429", fake.rate_limited());
    tg.stop().await.expect("stops");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_burst_of_done_presses_on_discord_is_acknowledged_and_ends_on_the_exact_count() {
    use discord_fake::{press, slash, FakeDiscord, Place, CHANNEL};
    let fake = FakeDiscord::start().await;
    let dir = tempfile::tempdir().expect("dir");
    let dc = discord::start(
        engine(dir.path()),
        DiscordConfig { token: "T".into(), api_url: Some(fake.url()), guild_id: None, shards: None },
    )
    .await
    .expect("starts");
    fake.wait_for("command registration", |calls| calls.iter().any(|c| c.method == "PUT").then_some(()))
        .await;
    let mut routine = slash(&fake, 1, Place::Guild, "routine", "en-US");
    routine["member"]["permissions"] = json!("32");
    fake.dispatch("INTERACTION_CREATE", routine.clone());
    let post = fake
        .wait_for("the routine posted to the channel", |calls| {
            calls
                .iter()
                .find(|c| c.method == "POST" && c.path == format!("/channels/{CHANNEL}/messages"))
                .map(|c| c.result.clone())
        })
        .await;
    let posted = fake
        .wait_for("the moderator told", |calls| {
            calls
                .iter()
                .find(|c| c.path.contains(routine["token"].as_str().unwrap_or("-")))
                .map(|c| c.body.clone())
        })
        .await;
    assert_eq!(posted["data"]["flags"], 64, "the moderator's word is for them alone: {posted}");
    let done = discord_fake::custom_id(&post, "✅ Done");
    let presses: Vec<Value> =
        (0..MEMBERS as u64).map(|m| press(&fake, 10_000 + m, Place::Guild, &post, &done)).collect();
    for p in &presses {
        fake.dispatch("INTERACTION_CREATE", p.clone());
    }
    let edit_path = format!("/channels/{CHANNEL}/messages/{}", post["id"].as_str().expect("id"));
    fake.wait_for("the exact count on the post", |calls| {
        calls
            .iter()
            .any(|c| {
                c.method == "PATCH"
                    && c.path == edit_path
                    && c.body["content"].as_str().and_then(count) == Some(MEMBERS as u32)
            })
            .then_some(())
    })
    .await;
    let callback = |p: &Value| {
        format!(
            "/interactions/{}/{}/callback",
            p["id"].as_str().unwrap_or("-"),
            p["token"].as_str().unwrap_or("-")
        )
    };
    // The post can show the last press before that press's own answer has gone out.
    fake.wait_for("every press answered", |calls| {
        presses.iter().all(|p| calls.iter().any(|c| c.path == callback(p))).then_some(())
    })
    .await;
    let calls = fake.calls();
    for p in &presses {
        let answered = calls.iter().find(|c| c.path == callback(p));
        let body = &answered.expect("every press is answered").body;
        assert_eq!(body["data"]["flags"], 64, "each member's word is ephemeral: {body}");
    }
    let shown: Vec<u32> = calls
        .iter()
        .filter(|c| c.method == "PATCH" && c.path == edit_path)
        .filter_map(|c| c.body["content"].as_str().and_then(count))
        .collect();
    assert!(shown.windows(2).all(|w| w[0] < w[1]), "the count only goes up: {shown:?}");
    assert!(shown.len() < MEMBERS as usize / 2, "the edits are coalesced: {} edits", shown.len());
    dc.stop().await.expect("stops");
}
