//! The Discord adapter end to end: the real serenity client against a loopback fake of
//! Discord's REST API and gateway, a real engine and a real database. Assertions are on the
//! REST bodies the bot sends.

#[path = "support/discord_fake.rs"]
mod discord_fake;
#[path = "support/personas.rs"]
mod personas;

use personas::DESK_WORKER;
use std::{path::Path, sync::Arc};

use discord_fake::{
    custom_id, message_from_response, press, slash, typed, Call, FakeDiscord, FakeGuild, Fault, Place,
};
use serde_json::{json, Value};
use upback::{
    clock::ManualClock,
    discord::{self, DiscordConfig, Running},
    scheduler,
};
use upback_core::{
    engine::Engine,
    input::{Platform, Who},
    store::{SledStore, Store},
};

const ANA: u64 = 600_000_000_000_000_042;
const EPHEMERAL: u64 = 64;

struct Bot {
    fake: Arc<FakeDiscord>,
    running: Option<Running>,
    engine: Arc<Engine<upback::database::Db>>,
}

/// What one reply looked like: where it went and what it said.
#[derive(Debug, Clone)]
struct Shown {
    call: Call,
    /// `content`, `flags`, `components`, wherever the call carried them.
    data: Value,
    /// The message a later button press would point at.
    message: Value,
}

impl Shown {
    fn text(&self) -> &str {
        self.data["content"].as_str().unwrap_or_default()
    }

    /// Whether only the member sees it: as sent, or, for an update, as the message it updates.
    fn ephemeral(&self) -> bool {
        self.data["flags"].as_u64().or(self.message["flags"].as_u64()).unwrap_or(0) & EPHEMERAL != 0
    }
}

impl Bot {
    async fn start(fake: Arc<FakeDiscord>, dir: &Path) -> Self {
        Self::start_in(fake, dir, None).await
    }

    async fn start_in(fake: Arc<FakeDiscord>, dir: &Path, guild_id: Option<u64>) -> Self {
        let engine = Arc::new(
            Engine::built_in(
                std::sync::Arc::new(SledStore::open(dir).expect("open store")) as upback::database::Db
            )
            .expect("engine"),
        );
        let before = fake.calls().iter().filter(|c| c.method == "PUT").count();
        let running = discord::start(
            engine.clone(),
            DiscordConfig {
                token: "TEST.DISCORD.TOKEN".into(),
                api_url: Some(fake.url()),
                guild_id,
                shards: None,
            },
        )
        .await
        .expect("the adapter starts");
        // READY has been handled once the commands are registered.
        fake.wait_for("command registration", |calls| {
            (calls.iter().filter(|c| c.method == "PUT" && !c.faulted).count() > before).then_some(())
        })
        .await;
        Self { fake, running: Some(running), engine }
    }

    async fn stop(mut self) {
        let running = self.running.take().expect("running");
        assert_eq!(running.unknown_events(), 0, "serenity could not parse an event");
        running.stop().await.expect("stops cleanly");
        self.engine.store().sync().expect("flush");
    }

    fn send(&self, interaction: &Value) {
        self.fake.dispatch("INTERACTION_CREATE", interaction.clone());
    }

    /// The first reply to `interaction` (its response, or a follow-up) containing `needle`.
    async fn shown(&self, interaction: &Value, needle: &str) -> Shown {
        let token = interaction["token"].as_str().expect("token").to_string();
        let fake = self.fake.clone();
        self.fake
            .wait_for(&format!("{needle:?} in reply to {token}"), |calls| {
                calls.iter().filter(|c| !c.faulted && c.path.contains(&token)).find_map(|c| {
                    let data =
                        if c.path.ends_with("/callback") { c.body["data"].clone() } else { c.body.clone() };
                    data["content"].as_str().filter(|t| t.contains(needle))?;
                    let mut message = if c.path.ends_with("/callback") {
                        message_from_response(&fake, c)
                    } else {
                        c.result.clone()
                    };
                    if c.body["type"] == 7 {
                        // An updated message keeps its visibility.
                        message["flags"] = interaction["message"]["flags"].clone();
                    }
                    Some(Shown { call: c.clone(), data, message })
                })
            })
            .await
    }

    /// Presses the button labelled `label` on a shown message.
    fn press(&self, user: u64, place: Place, on: &Shown, label: &str) -> Value {
        let interaction = press(&self.fake, user, place, &on.message, &custom_id(&on.data, label));
        self.send(&interaction);
        interaction
    }

    async fn acknowledged(&self, interaction: &Value) -> Value {
        let path = format!(
            "/interactions/{}/{}/callback",
            interaction["id"].as_str().expect("id"),
            interaction["token"].as_str().expect("token")
        );
        self.fake
            .wait_for(&format!("a response to {path}"), |calls| {
                calls.iter().find(|c| !c.faulted && c.path == path).map(|c| c.body.clone())
            })
            .await
    }
}

async fn whole_assessment(place: Place) {
    let fake = FakeDiscord::start().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let bot = Bot::start(fake.clone(), dir.path()).await;
    let start = slash(&fake, ANA, place, "start", "en-US");
    bot.send(&start);
    let mut question = bot.shown(&start, "Question 1 of").await;
    assert!(question.text().contains("not a doctor"), "the intro comes with the first question");
    assert!(
        question.call.path.ends_with("/callback") && question.call.body["type"] == 4,
        "{:?}",
        question.call
    );
    let in_guild = matches!(place, Place::Guild);
    assert_eq!(question.ephemeral(), in_guild);
    for (i, label) in DESK_WORKER.iter().enumerate() {
        let pressed = bot.press(ANA, place, &question, label);
        if i + 1 < DESK_WORKER.len() {
            question = bot.shown(&pressed, &format!("Question {} of", i + 2)).await;
            assert_eq!(question.call.body["type"], 7, "the question message is updated in place");
        } else {
            let ranked = bot.shown(&pressed, "Here's what I think is going on").await;
            assert!(ranked.text().contains("1. Posture — likely"), "{}", ranked.text());
            assert_eq!(ranked.call.body["type"], 7, "the result replaces the last question");
            assert_eq!(ranked.ephemeral(), in_guild);
            let asked = bot.shown(&pressed, "may I keep your checks").await;
            assert_eq!(asked.ephemeral(), in_guild);
            let keep = bot.press(ANA, place, &asked, "✅ OK, keep my history");
            let saved = bot.shown(&keep, "I've saved what you just did").await;
            assert_eq!(saved.ephemeral(), in_guild);
            custom_id(&saved.data, "📈 My history");
        }
    }
    let history = slash(&fake, ANA, place, "history", "en-US");
    bot.send(&history);
    assert!(bot.shown(&history, "most likely Posture").await.ephemeral() == in_guild);
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_whole_assessment_in_a_server_is_ephemeral_and_ends_saved() {
    whole_assessment(Place::Guild).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_whole_assessment_in_a_dm_uses_plain_messages() {
    whole_assessment(Place::Dm).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_command_is_registered_with_a_description() {
    let fake = FakeDiscord::start().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let bot = Bot::start(fake.clone(), dir.path()).await;
    let put = fake.calls().into_iter().find(|c| c.method == "PUT").expect("registration");
    assert_eq!(put.path, format!("/applications/{}/commands", discord_fake::APP_ID));
    let names: Vec<&str> =
        put.body.as_array().expect("list").iter().filter_map(|c| c["name"].as_str()).collect();
    assert_eq!(
        names,
        [
            "start",
            "checkin",
            "history",
            "faq",
            "tips",
            "stretch",
            "export",
            "forget",
            "language",
            "privacy",
            "help",
            "cancel",
            "routine",
            "remind",
            "reminders",
            "clubstats",
            "leaderboard"
        ]
    );
    let routine =
        put.body.as_array().expect("list").iter().find(|c| c["name"] == "routine").expect("routine");
    assert_eq!(routine["default_member_permissions"], "32", "only Manage Server sees /routine");
    let remind = put.body.as_array().expect("list").iter().find(|c| c["name"] == "remind").expect("remind");
    let options: Vec<&str> =
        remind["options"].as_array().expect("options").iter().filter_map(|o| o["name"].as_str()).collect();
    assert_eq!(options, ["when", "note", "role"]);
    let stats = put.body.as_array().expect("list").iter().find(|c| c["name"] == "clubstats").expect("stats");
    assert_eq!(stats["default_member_permissions"], "32", "only Manage Server sees /clubstats");
    assert_eq!(stats["dm_permission"], false, "a club's stats are for its server");
    let board =
        put.body.as_array().expect("list").iter().find(|c| c["name"] == "leaderboard").expect("leaderboard");
    let choices: Vec<&str> = board["options"][0]["choices"]
        .as_array()
        .expect("choices")
        .iter()
        .filter_map(|o| o["value"].as_str())
        .collect();
    assert_eq!(choices, ["on", "off"], "members pick on or off instead of typing it");
    assert_eq!(board["options"][0]["choices"][0]["name_localizations"]["de"], "an: meinen Namen zeigen");
    let start = &put.body[0];
    assert_eq!(start["description_localizations"]["de"], "Finde heraus, warum dein oberer Rücken wehtut");
    assert_eq!(start["description_localizations"]["es-ES"], start["description_localizations"]["es-419"]);
    assert!(start["description_localizations"]["fr"].as_str().is_some_and(|d| d.contains("dos")));
    assert!(start["description_localizations"].get("pt-BR").is_none(), "only locales upback has");
    assert_eq!(start["name_localizations"]["de"], "check");
    assert_eq!(start["name_localizations"]["es-ES"], "revisión");
    assert_eq!(start["name_localizations"]["fr"], "bilan");
    for c in put.body.as_array().expect("list") {
        let d = c["description"].as_str().unwrap_or_default();
        assert!(!d.is_empty() && d.chars().count() <= 100, "{c}");
    }
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_german_member_reads_german_with_the_command_names_discord_shows_them() {
    let fake = FakeDiscord::start().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let bot = Bot::start(fake.clone(), dir.path()).await;
    // Discord sends the default name, whatever name the member picked in their language.
    let help = slash(&fake, ANA, Place::Guild, "help", "de");
    bot.send(&help);
    let shown = bot.shown(&help, "Ich helfe").await;
    assert!(shown.text().contains("/check – ein kurzer Check"), "{}", shown.text());
    assert!(shown.text().contains("/verlauf") && !shown.text().contains("/history"), "{}", shown.text());
    assert!(shown.text().contains("Europe/Berlin"), "time zones are not commands: {}", shown.text());
    let history = slash(&fake, ANA, Place::Dm, "history", "fr");
    bot.send(&history);
    assert!(bot.shown(&history, "Rien pour l’instant").await.text().contains("Rien"));
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_guild_id_registers_the_commands_in_that_server_only() {
    let fake = FakeDiscord::start().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let bot = Bot::start_in(fake.clone(), dir.path(), Some(discord_fake::GUILD)).await;
    let put = fake.calls().into_iter().find(|c| c.method == "PUT").expect("registration");
    assert_eq!(
        put.path,
        format!("/applications/{}/guilds/{}/commands", discord_fake::APP_ID, discord_fake::GUILD)
    );
    assert_eq!(put.body.as_array().expect("list").len(), 17);
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_token_fails_the_start_at_once_saying_what_to_set_and_a_passing_failure_is_tried_again() {
    let fake = FakeDiscord::start().await;
    fake.accept_only("THE.RIGHT.TOKEN");
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = Arc::new(
        Engine::built_in(
            std::sync::Arc::new(SledStore::open(dir.path()).expect("store")) as upback::database::Db
        )
        .expect("engine"),
    );
    let config = |token: &str| DiscordConfig {
        token: token.into(),
        api_url: Some(fake.url()),
        guild_id: None,
        shards: None,
    };
    let refused =
        discord::start(engine.clone(), config("A.WRONG.TOKEN")).await.err().expect("the start fails");
    let said = format!("{refused:#}");
    assert!(said.contains("DISCORD_BOT_TOKEN was refused (401 Unauthorized)"), "{said}");
    assert!(!said.contains("A.WRONG.TOKEN"), "{said}");
    let calls: Vec<String> = fake.calls().iter().map(|c| format!("{} {}", c.method, c.path)).collect();
    assert_eq!(calls, ["GET /users/@me"], "asked once, not again, and no gateway opened");
    assert_eq!(fake.identified(), 0);

    // A 5xx from Discord at start is tried again within the start, which then connects.
    fake.fail_next("GET /users", Fault::ServerError);
    let running = discord::start(engine.clone(), config("THE.RIGHT.TOKEN")).await.expect("starts");
    let asked = fake.calls().iter().filter(|c| c.path == "/users/@me").count();
    assert_eq!(asked, 3, "the refused one, the 500 and the one that passed");
    assert_eq!(fake.identified(), 1, "connected when start returned");
    running.stop().await.expect("stops");
    engine.store().sync().expect("flush");
}

fn engine_in(dir: &Path) -> Arc<Engine<upback::database::Db>> {
    Arc::new(
        Engine::built_in(std::sync::Arc::new(SledStore::open(dir).expect("store")) as upback::database::Db)
            .expect("engine"),
    )
}

fn config_for(fake: &FakeDiscord) -> DiscordConfig {
    DiscordConfig {
        token: "TEST.DISCORD.TOKEN".into(),
        api_url: Some(fake.url()),
        guild_id: None,
        shards: None,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_gateway_closed_for_good_after_ready_marks_the_adapter_down_and_says_why() {
    use std::sync::atomic::{AtomicBool, Ordering};
    let fake = FakeDiscord::start().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = engine_in(dir.path());
    let connected = Arc::new(AtomicBool::new(false));
    let running =
        discord::start_with(engine.clone(), config_for(&fake), connected.clone()).await.expect("starts");
    assert!(connected.load(Ordering::SeqCst), "up at READY");
    // The token was reset in the Developer Portal: Discord ends the session with 4004.
    fake.close_session(4004);
    let why = tokio::time::timeout(discord_fake::PATIENCE, running.closed()).await.expect("closed in time");
    assert!(why.to_lowercase().contains("authentication"), "{why}");
    assert!(!why.contains("TEST.DISCORD.TOKEN"), "{why}");
    assert!(!connected.load(Ordering::SeqCst), "no longer reported up");
    running.stop().await.expect("a closed adapter still stops cleanly");
    engine.store().sync().expect("flush");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_gateway_that_cannot_be_reached_ends_the_start_after_the_wait_for_ready_saying_why() {
    use std::sync::atomic::{AtomicBool, Ordering};
    let fake = FakeDiscord::start().await;
    fake.gateway_down(true);
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = engine_in(dir.path());
    let connected = Arc::new(AtomicBool::new(false));
    let wait = std::time::Duration::from_secs(2);
    let failed = discord::start_within(engine.clone(), config_for(&fake), connected.clone(), wait)
        .await
        .err()
        .expect("the start gives up");
    let said = format!("{failed:#}");
    assert!(said.contains("no READY from the gateway within 2 s"), "{said}");
    assert!(said.contains("WebSocket"), "what to check: {said}");
    assert!(!connected.load(Ordering::SeqCst));
    assert_eq!(fake.identified(), 0);

    fake.gateway_down(false);
    let running = discord::start_within(engine.clone(), config_for(&fake), connected.clone(), wait)
        .await
        .expect("the next start connects");
    assert!(connected.load(Ordering::SeqCst));
    running.stop().await.expect("stops");
    engine.store().sync().expect("flush");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forged_and_finished_buttons_get_a_kind_ephemeral_reply_and_a_429_is_retried() {
    let fake = FakeDiscord::start().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let bot = Bot::start(fake.clone(), dir.path()).await;
    let start = slash(&fake, ANA, Place::Guild, "start", "en-US");
    bot.send(&start);
    let q1 = bot.shown(&start, "Question 1 of").await;
    let tick = bot.press(ANA, Place::Guild, &q1, "▫️ Chest pain or pressure");
    let ticked = bot.shown(&tick, "Question 1 of").await;
    assert_eq!(ticked.call.body["type"], 7, "a tick updates the question in place");
    let next = bot.press(ANA, Place::Guild, &ticked, "Next ➜");
    bot.shown(&next, "get medical help now").await;

    let stale = bot.press(ANA, Place::Guild, &q1, "None of these");
    let reply = bot.shown(&stale, "That button has expired").await;
    assert!(reply.ephemeral());

    let forged = press(&fake, ANA, Place::Guild, &q1.message, "1:a:zzzz:0:0");
    bot.send(&forged);
    assert!(bot.shown(&forged, "That button has expired").await.ephemeral());
    let garbage = press(&fake, ANA, Place::Guild, &q1.message, &"x".repeat(100));
    bot.send(&garbage);
    bot.shown(&garbage, "That button has expired").await;

    fake.fail_next("POST /interactions", Fault::RateLimited);
    let tips = slash(&fake, ANA, Place::Guild, "tips", "en-US");
    bot.send(&tips);
    let shown = bot.shown(&tips, "Seven ways").await;
    assert!(!shown.ephemeral(), "tips are for everyone in the channel");
    assert_eq!(fake.calls().iter().filter(|c| c.faulted).count(), 1);
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_same_button_pressed_twice_at_once_advances_once_and_both_are_acknowledged() {
    let fake = FakeDiscord::start().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let bot = Bot::start(fake.clone(), dir.path()).await;
    let start = slash(&fake, ANA, Place::Guild, "start", "en-US");
    bot.send(&start);
    let q1 = bot.shown(&start, "Question 1 of").await;
    let id = custom_id(&q1.data, "None of these");
    let first = press(&fake, ANA, Place::Guild, &q1.message, &id);
    let second = press(&fake, ANA, Place::Guild, &q1.message, &id);
    bot.send(&first);
    bot.send(&second);
    let a = bot.acknowledged(&first).await;
    let b = bot.acknowledged(&second).await;
    let texts = [a["data"]["content"].as_str().unwrap_or(""), b["data"]["content"].as_str().unwrap_or("")];
    assert_eq!(texts.iter().filter(|t| t.starts_with("Question 2 of")).count(), 1, "{texts:?}");
    let who = Who::private(Platform::Discord, ANA.to_string());
    let session = bot.engine.store().session(&who.key()).expect("readable").expect("open");
    assert_eq!(session.assessment.expect("in progress").answers.len(), 1);
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_assessment_resumes_after_the_bot_restarts_and_odd_events_do_not_stop_it() {
    let fake = FakeDiscord::start().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let bot = Bot::start(fake.clone(), dir.path()).await;
    let start = slash(&fake, ANA, Place::Dm, "start", "en-US");
    bot.send(&start);
    let q1 = bot.shown(&start, "Question 1 of").await;
    let p = bot.press(ANA, Place::Dm, &q1, "None of these");
    let q2 = bot.shown(&p, "Question 2 of").await;
    bot.stop().await;

    let bot = Bot::start(fake.clone(), dir.path()).await;
    // An event kind serenity has never heard of is logged and skipped.
    fake.dispatch("SOMETHING_NEW", json!({"x": 1}));
    let p = bot.press(ANA, Place::Dm, &q2, "None of these");
    let q3 = bot.shown(&p, "Question 3 of").await;
    assert!(q3.text().contains("how bad is it"), "{}", q3.text());
    let running = bot.running.as_ref().expect("running");
    assert!(running.unknown_events() <= 1);
    let Bot { running, engine, .. } = bot;
    running.expect("running").stop().await.expect("stops");
    engine.store().sync().expect("flush");
}

/// The first message posted into `channel` whose content contains `needle`.
async fn posted(fake: &FakeDiscord, channel: u64, needle: &str) -> Call {
    let path = format!("/channels/{channel}/messages");
    fake.wait_for(&format!("{needle:?} in {path}"), |calls| {
        calls
            .iter()
            .find(|c| {
                !c.faulted && c.path == path && c.body["content"].as_str().is_some_and(|t| t.contains(needle))
            })
            .cloned()
    })
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn typed_red_flags_in_a_dm_or_a_mention_are_answered_and_chatter_is_left_alone() {
    let typing = typing().await;
    let fake = FakeDiscord::start().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let bot = Bot::start(fake.clone(), dir.path()).await;
    let counted_before = typed_messages_counted();
    type_in(&fake, &typing, typed(&fake, ANA, Place::Dm, "cant breath and my chest hurts", false));
    let urgent = posted(&fake, discord_fake::DM_CHANNEL, "get medical help now").await;
    assert!(urgent.body["content"].as_str().is_some_and(|t| t.contains("call your emergency number now")));
    type_in(&fake, &typing, typed(&fake, ANA, Place::Dm, "how long should I hold a stretch?", false));
    posted(&fake, discord_fake::DM_CHANNEL, "30 seconds").await;

    type_in(&fake, &typing, typed(&fake, ANA, Place::Guild, "nice run today everyone", false));
    type_in(&fake, &typing, typed(&fake, ANA, Place::Guild, "I have chest pain", true));
    let said = posted(&fake, discord_fake::CHANNEL, "get medical help now").await;
    assert_eq!(said.body["flags"].as_u64().unwrap_or(0) & 64, 0, "said to the channel: safety first");
    assert_eq!(said.body["allowed_mentions"]["parse"], json!([]), "nobody is pinged");
    let to_channel = fake
        .calls()
        .iter()
        .filter(|c| c.path == format!("/channels/{}/messages", discord_fake::CHANNEL))
        .count();
    assert_eq!(to_channel, 1, "the chatter got no answer");
    // Typed messages are turns like any other: counted for /metrics, the chatter not at all.
    assert_eq!(typed_messages_counted() - counted_before, 3);
    bot.stop().await;
}

/// Held by a test for as long as it types messages: /metrics is one registry for the whole
/// process, so the `kind="text"` series moves only for the test holding this, whatever else
/// runs beside it. The helpers that type ([`type_in`], [`mention`]) ask for it.
struct Typing(#[allow(dead_code)] tokio::sync::MutexGuard<'static, ()>);

async fn typing() -> Typing {
    static TYPING: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());
    Typing(TYPING.lock().await)
}

/// Sends a MESSAGE_CREATE (see [`Typing`]).
fn type_in(fake: &FakeDiscord, _: &Typing, message: Value) {
    fake.dispatch("MESSAGE_CREATE", message);
}

/// The Discord texts /metrics has counted in this process (see [`Typing`]).
fn typed_messages_counted() -> u64 {
    let series = "upback_updates_total{platform=\"discord\",kind=\"text\"} ";
    let metrics = upback::metrics::METRICS.render();
    metrics
        .lines()
        .find_map(|l| l.strip_prefix(series))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no {series:?} in {metrics}"))
}

/// A slash command from a member with Manage Server (Discord's 0x20), who moderates.
fn as_moderator(mut interaction: Value) -> Value {
    interaction["member"]["permissions"] = json!("32");
    interaction
}

/// Discord's Manage Server and Send Messages permission bits.
const MANAGE_SERVER: u64 = 0x20;
const SEND_MESSAGES: u64 = 0x800;
/// The club server's owner, a member without any role.
const OWNER: u64 = 600_000_000_000_000_007;
/// The club's roles: coaches may manage the server, runners may only talk.
const COACHES: u64 = 800_000_000_000_000_201;
const RUNNERS: u64 = 800_000_000_000_000_202;
const ROUTINE_POSTED: &str = "Nobody has ticked it off yet";
const MODERATORS_ONLY: &str = "only the group's admins and moderators can do that";

/// The club's server as the fake serves it over REST, owned by [`OWNER`].
fn club() -> FakeGuild {
    let mut club = FakeGuild::new(discord_fake::GUILD);
    club.owner = OWNER;
    club.roles = vec![(COACHES, MANAGE_SERVER | SEND_MESSAGES), (RUNNERS, SEND_MESSAGES)];
    club
}

/// `user`, who has `roles` in the club, types `text` in its channel, mentioning the bot.
fn mention(fake: &FakeDiscord, typing: &Typing, user: u64, roles: &[u64], text: &str) {
    let mut message = typed(fake, user, Place::Guild, text, true);
    message["member"]["roles"] = roles.iter().map(|r| json!(r.to_string())).collect();
    type_in(fake, typing, message);
}

/// How many messages said `needle` in the club's channel so far.
fn said_in_channel(fake: &FakeDiscord, needle: &str) -> usize {
    let path = format!("/channels/{}/messages", discord_fake::CHANNEL);
    fake.calls()
        .iter()
        .filter(|c| !c.faulted && c.path == path)
        .filter(|c| c.body["content"].as_str().is_some_and(|t| t.contains(needle)))
        .count()
}

/// How often the bot asked Discord about the club's server.
fn server_lookups(fake: &FakeDiscord) -> usize {
    let path = format!("/guilds/{}", discord_fake::GUILD);
    fake.calls().iter().filter(|c| c.method == "GET" && c.path == path).count()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_member_whose_role_has_manage_server_posts_the_routine_by_mentioning_the_bot() {
    let typing = typing().await;
    let fake = FakeDiscord::start().await;
    fake.add_guild(club());
    let dir = tempfile::tempdir().expect("temp dir");
    let bot = Bot::start(fake.clone(), dir.path()).await;
    mention(&fake, &typing, ANA, &[RUNNERS, COACHES], "/routine");
    let post = posted(&fake, discord_fake::CHANNEL, ROUTINE_POSTED).await;
    assert!(post.body["content"].as_str().is_some_and(|t| t.contains("stretch routine")), "{}", post.body);
    custom_id(&post.body, "✅ Done");
    // The deep link a moderator's flow has is that flow, and checked the same way.
    mention(&fake, &typing, ANA, &[RUNNERS, COACHES], "/start routine");
    fake.wait_for("a second routine post", |_| (said_in_channel(&fake, ROUTINE_POSTED) == 2).then_some(()))
        .await;
    assert_eq!(said_in_channel(&fake, MODERATORS_ONLY), 0);
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_plain_member_mentioning_the_bot_for_the_routine_is_refused_and_other_commands_ask_no_rights() {
    let typing = typing().await;
    let fake = FakeDiscord::start().await;
    fake.add_guild(club());
    let dir = tempfile::tempdir().expect("temp dir");
    let bot = Bot::start(fake.clone(), dir.path()).await;
    mention(&fake, &typing, ANA, &[RUNNERS], "/help");
    posted(&fake, discord_fake::CHANNEL, "Here's what I can do").await;
    assert_eq!(server_lookups(&fake), 0, "what anyone may do needs nobody's rights");
    mention(&fake, &typing, ANA, &[RUNNERS], "/routine");
    posted(&fake, discord_fake::CHANNEL, MODERATORS_ONLY).await;
    assert_eq!(server_lookups(&fake), 1);
    assert_eq!(said_in_channel(&fake, ROUTINE_POSTED), 0, "no routine was posted");
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_servers_owner_moderates_without_any_role() {
    let typing = typing().await;
    let fake = FakeDiscord::start().await;
    fake.add_guild(club());
    let dir = tempfile::tempdir().expect("temp dir");
    let bot = Bot::start(fake.clone(), dir.path()).await;
    mention(&fake, &typing, OWNER, &[], "/routine");
    let post = posted(&fake, discord_fake::CHANNEL, ROUTINE_POSTED).await;
    custom_id(&post.body, "✅ Done");
    assert_eq!(said_in_channel(&fake, MODERATORS_ONLY), 0);
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_the_bot_cannot_read_refuses_even_a_coach_as_a_member() {
    let typing = typing().await;
    let fake = FakeDiscord::start().await;
    // Not added: Discord answers 404 Unknown Guild.
    let dir = tempfile::tempdir().expect("temp dir");
    let bot = Bot::start(fake.clone(), dir.path()).await;
    mention(&fake, &typing, ANA, &[COACHES], "/routine");
    posted(&fake, discord_fake::CHANNEL, MODERATORS_ONLY).await;
    assert_eq!(server_lookups(&fake), 1, "a 404 is not tried again");
    assert_eq!(said_in_channel(&fake, ROUTINE_POSTED), 0);
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reminder_note_that_says_role_colon_stays_the_notes_text_and_pings_no_role() {
    let fake = FakeDiscord::start().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let bot = Bot::start(fake.clone(), dir.path()).await;
    let note = "role:123 stretch after the long run";
    let mut remind = as_moderator(slash(&fake, ANA, Place::Guild, "remind", "en-US"));
    remind["data"]["options"] = json!([
        {"name": "when", "type": 3, "value": "tue,thu 19:30 Europe/Berlin"},
        {"name": "note", "type": 3, "value": note},
    ]);
    bot.send(&remind);
    let set = bot.shown(&remind, "Reminder set").await;
    assert!(set.text().contains("at 19:30 (Europe/Berlin)"), "{}", set.text());
    let list = as_moderator(slash(&fake, ANA, Place::Guild, "reminders", "en-US"));
    bot.send(&list);
    let listed = bot.shown(&list, "Reminders here").await;
    assert!(listed.text().contains(&format!("📝 {note}")), "the note, all of it: {}", listed.text());

    // When it is due, the channel reads the note as it was written, and no role is pinged.
    let clock = Arc::new(ManualClock::new(chrono::Utc::now()));
    let outbox = bot.running.as_ref().expect("running").outbox();
    let reminders =
        scheduler::start(bot.engine.clone(), vec![outbox], clock.clone(), chrono::Duration::hours(1));
    clock.set(bot.engine.next_due().expect("readable").expect("scheduled"));
    let post = posted(&fake, discord_fake::CHANNEL, "Stretch time!").await;
    let content = post.body["content"].as_str().expect("content");
    assert!(content.starts_with("🔔 Stretch time!"), "no role mention before it: {content}");
    assert!(content.contains(&format!("📝 {note}")), "{content}");
    let mentions = &post.body["allowed_mentions"];
    assert_eq!(mentions["parse"], json!([]), "{mentions}");
    assert!(mentions["roles"].as_array().is_none_or(Vec::is_empty), "no role may be pinged: {mentions}");
    reminders.stop().await;
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_button_under_a_private_message_answers_privately() {
    let fake = FakeDiscord::start().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let bot = Bot::start(fake.clone(), dir.path()).await;
    let checkin = slash(&fake, ANA, Place::Guild, "checkin", "en-US");
    bot.send(&checkin);
    let ask = bot.shown(&checkin, "How does your upper back feel today").await;
    assert!(ask.ephemeral());
    let three = bot.press(ANA, Place::Guild, &ask, "3");
    let after = bot.shown(&three, "Is that after a run?").await;
    let noted_press = bot.press(ANA, Place::Guild, &after, "After a run");
    let noted = bot.shown(&noted_press, "Got it: 3/10").await;
    assert!(noted.ephemeral());
    // The stretch routine is for anyone, but pressed under a private reply it stays private.
    let stretch = bot.press(ANA, Place::Guild, &noted, "🧘 Stretch routine");
    let routine = bot.shown(&stretch, "stretch routine").await;
    assert!(routine.ephemeral(), "the routine must not appear in the club channel: {:?}", routine.call);
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_member_on_the_leaderboard_shows_by_name_on_the_club_stats() {
    let fake = FakeDiscord::start().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let bot = Bot::start(fake.clone(), dir.path()).await;
    let mut on = slash(&fake, ANA, Place::Guild, "leaderboard", "en-US");
    on["data"]["options"] = json!([{"name": "choice", "type": 3, "value": "on"}]);
    bot.send(&on);
    let said = bot.shown(&on, "your name shows on this club's stats").await;
    assert!(said.text().contains(&format!("as runner{ANA}")), "{}", said.text());
    assert!(said.ephemeral(), "a member's choice is their own business");

    let mut routine = slash(&fake, 1, Place::Guild, "routine", "en-US");
    routine["member"]["permissions"] = json!("32");
    bot.send(&routine);
    let post = posted(&fake, discord_fake::CHANNEL, "Nobody has ticked it off yet").await;
    let done = press(&fake, ANA, Place::Guild, &post.result, &custom_id(&post.body, "✅ Done"));
    bot.send(&done);
    bot.acknowledged(&done).await;

    let mut stats = slash(&fake, 1, Place::Guild, "clubstats", "en-US");
    stats["member"]["permissions"] = json!("32");
    bot.send(&stats);
    let shown = bot.shown(&stats, "Club stretching").await;
    assert!(
        shown.text().contains("This week: one member stretched, one session posted."),
        "{}",
        shown.text()
    );
    assert!(shown.text().contains(&format!("🏅 runner{ANA} · once")), "{}", shown.text());
    bot.stop().await;
}

/// The width and height a PNG's header gives (IHDR, right after the signature).
fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG");
    let word = |at: usize| u32::from_be_bytes(bytes[at..at + 4].try_into().expect("4 bytes"));
    (word(16), word(20))
}

impl Shown {
    /// The one file uploaded with it, with the `attachments` entry in its payload_json.
    fn attachment(&self) -> (Value, discord_fake::Part) {
        let mut all = self.call.attachments();
        assert_eq!(all.len(), 1, "one attachment: {:?}", self.call);
        let (entry, file) = all.remove(0);
        assert_eq!(file.name, "files[0]");
        assert_eq!(entry["filename"].as_str(), file.filename.as_deref(), "{entry}");
        (entry, file)
    }
}

/// A check-in by buttons: `/checkin`, `score`, "After a run"; the noted reply is returned.
async fn check_in(bot: &Bot, place: Place, score: &str) -> Shown {
    let checkin = slash(&bot.fake, ANA, place, "checkin", "en-US");
    bot.send(&checkin);
    let ask = bot.shown(&checkin, "How does your upper back feel today").await;
    let pressed = bot.press(ANA, place, &ask, score);
    let after = bot.shown(&pressed, "Is that after a run?").await;
    let pressed = bot.press(ANA, place, &after, "After a run");
    bot.shown(&pressed, &format!("Got it: {score}/10 after a run.")).await
}

async fn keep_history(bot: &Bot, place: Place) {
    let privacy = slash(&bot.fake, ANA, place, "privacy", "en-US");
    bot.send(&privacy);
    let asked = bot.shown(&privacy, "haven't saved any of your checks").await;
    let keep = bot.press(ANA, place, &asked, "✅ OK, keep my history");
    bot.shown(&keep, "I'll keep").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn in_a_server_the_pain_chart_is_an_ephemeral_attachment_with_its_alt_text() {
    let fake = FakeDiscord::start().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let bot = Bot::start(fake.clone(), dir.path()).await;
    keep_history(&bot, Place::Guild).await;
    for score in ["6", "5"] {
        let noted = check_in(&bot, Place::Guild, score).await;
        assert!(noted.call.files.is_empty(), "no chart before three scores");
    }
    let noted = check_in(&bot, Place::Guild, "3").await;
    assert_eq!(noted.call.body["type"], 7, "the noted line replaces the question");
    assert!(noted.ephemeral(), "for the member alone");
    let (entry, png) = noted.attachment();
    assert_eq!(
        entry["description"],
        "Chart of your upper-back pain from 0 to 10 over the last 7 days: getting better.",
        "the alt text is the attachment's description"
    );
    assert_eq!(png_size(&png.bytes), (800, 500));

    let history = slash(&fake, ANA, Place::Guild, "history", "en-US");
    bot.send(&history);
    let shown = bot.shown(&history, "Your recent checks").await;
    assert_eq!(shown.call.body["type"], 4);
    assert!(shown.ephemeral(), "the chart is health data: ephemeral in a server");
    let (entry, png) = shown.attachment();
    assert!(entry["filename"].as_str().is_some_and(|n| n.starts_with("history-") && n.ends_with(".png")));
    assert_eq!(png_size(&png.bytes), (800, 500));
    assert!(shown.message["attachments"][0]["url"].is_string(), "Discord shows it as an attachment");

    // Pressing a button under it replaces the message: the stale chart goes with the update.
    let pressed = bot.press(ANA, Place::Guild, &shown, "📝 Check in");
    let ask = bot.shown(&pressed, "How does your upper back feel today").await;
    assert!(ask.call.files.is_empty() && ask.ephemeral());
    assert!(!fake.calls().iter().any(|c| c.faulted), "nothing refused");
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_export_is_a_json_attachment_ephemeral_in_a_server_and_in_the_dm_otherwise() {
    let typing = typing().await;
    let fake = FakeDiscord::start().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let bot = Bot::start(fake.clone(), dir.path()).await;
    keep_history(&bot, Place::Dm).await;
    check_in(&bot, Place::Dm, "4").await;
    for (place, ephemeral) in [(Place::Guild, true), (Place::Dm, false)] {
        let export = slash(&fake, ANA, place, "export", "en-US");
        bot.send(&export);
        let shown = bot.shown(&export, "everything I keep about you").await;
        assert_eq!(shown.ephemeral(), ephemeral, "{place:?}");
        assert!(shown.text().contains("no checks, one check-in"), "{}", shown.text());
        let (entry, file) = shown.attachment();
        assert!(
            entry["filename"]
                .as_str()
                .is_some_and(|n| n.starts_with("upback-export-") && n.ends_with(".json")),
            "{entry}"
        );
        let json: Value = serde_json::from_slice(&file.bytes).expect("the export is JSON");
        assert_eq!(json["user"], format!("discord:{ANA}"));
        assert_eq!(json["checkins"][0]["severity"], 4);
        assert!(!shown.text().contains("\"checkins\""), "the JSON is the file, not the message");
    }
    // Typed in the DM, the chart comes with the message the bot posts there.
    type_in(&fake, &typing, typed(&fake, ANA, Place::Dm, "/history", false));
    let history = posted(&fake, discord_fake::DM_CHANNEL, "Your recent checks").await;
    assert_eq!(history.attachments().len(), 1, "{history:?}");
    assert_eq!(png_size(&history.files[0].bytes), (800, 500));
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn club_stats_show_the_bar_chart_to_the_channel() {
    let fake = FakeDiscord::start().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let bot = Bot::start(fake.clone(), dir.path()).await;
    let mut routine = slash(&fake, 1, Place::Guild, "routine", "en-US");
    routine["member"]["permissions"] = json!("32");
    bot.send(&routine);
    let post = posted(&fake, discord_fake::CHANNEL, "Nobody has ticked it off yet").await;
    for member in [ANA, ANA + 1] {
        let done = press(&fake, member, Place::Guild, &post.result, &custom_id(&post.body, "✅ Done"));
        bot.send(&done);
        bot.acknowledged(&done).await;
    }
    let mut stats = slash(&fake, 1, Place::Guild, "clubstats", "de");
    stats["member"]["permissions"] = json!("32");
    bot.send(&stats);
    let shown = bot.shown(&stats, "Club stretching").await;
    assert!(!shown.ephemeral(), "the club's counts are the club's");
    let (entry, png) = shown.attachment();
    assert!(entry["filename"].as_str().is_some_and(|n| n.starts_with("clubstats-")), "{entry}");
    assert_eq!(
        entry["description"],
        "Bar chart of how many members pressed Done at the club's one session in the last 8 weeks; \
         the most at one session: 2.",
        "in the language of the club's posts"
    );
    assert_eq!(png_size(&png.bytes), (800, 500));
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_replica_runs_only_its_range_of_gateway_shards() {
    let fake = FakeDiscord::start().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = Arc::new(
        Engine::built_in(
            std::sync::Arc::new(SledStore::open(dir.path()).expect("store")) as upback::database::Db
        )
        .expect("engine"),
    );
    let shards = discord::Shards::parse("1-2/4").expect("a range");
    assert_eq!(shards.to_string(), "1-2/4");
    assert!(discord::Shards::parse("3-1/4").is_none() && discord::Shards::parse("0-4/4").is_none());
    let running = discord::start(
        engine,
        DiscordConfig { token: "T".into(), api_url: Some(fake.url()), guild_id: None, shards: Some(shards) },
    )
    .await
    .expect("starts");
    let mut seen =
        fake.wait_for("two shards identified", |_| Some(fake.shards()).filter(|s| s.len() >= 2)).await;
    seen.sort_by_key(|s| s[0].as_u64());
    assert_eq!(
        seen,
        [serde_json::json!([1, 4]), serde_json::json!([2, 4])],
        "shards 1 and 2 of 4, and no other"
    );
    running.stop().await.expect("stops");
    let all = fake.shards();
    assert!(all.iter().all(|s| s[0] == 1 || s[0] == 2), "never another shard: {all:?}");
}
