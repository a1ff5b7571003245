//! Routines and reminders through the engine: moderators and members, Done presses, and the
//! scheduler's side (due reminders, missed ones, no double posts across a crash).

mod support;

use chrono::{DateTime, Duration, Utc};
use support::Chat;
use upback_core::{
    engine::Engine,
    input::{ChatKind, Input, Platform, Role, Who},
    reminders::group_owner,
    store::{SledStore, Store},
};

fn utc(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).expect("time").with_timezone(&Utc)
}

fn member(user: &str) -> Who {
    Who {
        platform: Platform::Telegram,
        user_id: user.into(),
        chat_id: "-100500".into(),
        locale: None,
        role: Role::Member,
        chat: ChatKind::Group { private_replies: false },
        name: None,
    }
}

fn moderator(user: &str) -> Who {
    Who { role: Role::Moderator, ..member(user) }
}

fn text(replies: &[upback_core::reply::Reply]) -> String {
    Chat::text(replies)
}

#[test]
fn a_moderator_schedules_lists_pauses_and_removes_a_group_reminder() {
    let chat = Chat::new();
    let e = &chat.engine;
    let now = utc("2026-03-23T12:00:00Z");
    let set = e.handle(
        &moderator("1"),
        Input::Text("/remind tue,thu 19:30 Europe/Berlin after the club run".into()),
        now,
    );
    let t = text(&set);
    assert!(t.contains("Reminder set! The first one comes on 2026-03-24 19:30"), "{t}");
    assert!(t.contains("Every Tue and Thu at 19:30 (Europe/Berlin)"), "{t}");
    assert!(!set[0].private, "the group sees the confirmation");
    let owner = group_owner("telegram", "-100500");
    let stored = e.store().reminders(&owner).expect("reminders");
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].note.as_deref(), Some("after the club run"));

    let list = e.handle(&member("2"), Input::Text("/reminders".into()), now);
    assert!(text(&list).contains("only the group's admins"), "members cannot manage reminders");
    let list = e.handle(&moderator("1"), Input::Text("/reminders".into()), now);
    let t = text(&list);
    assert!(
        t.contains("#1 · stretch")
            && t.contains("Next: 2026-03-24 19:30")
            && t.contains("after the club run"),
        "{t}"
    );
    let pause = list[0].buttons[0][0].action.clone();
    let remove = list[0].buttons[0][1].action.clone();

    let refused = e.handle(&member("2"), Input::Action(pause.clone()), now);
    assert!(text(&refused).contains("only the group's admins"));
    assert!(e.store().reminders(&owner).expect("reminders")[0].paused.is_none(), "nothing changed");

    let paused = e.handle(&moderator("1"), Input::Action(pause), now);
    assert!(text(&paused).contains("Paused"), "{}", text(&paused));
    assert_eq!(e.next_due().expect("next"), None, "a paused reminder is not due");
    let resumed = e.handle(&moderator("1"), Input::Action(paused[0].buttons[0][0].action.clone()), now);
    assert!(text(&resumed).contains("Next: 2026-03-24 19:30"));
    assert_eq!(e.next_due().expect("next"), Some(utc("2026-03-24T18:30:00Z")));
    e.handle(&moderator("1"), Input::Action(remove), now);
    assert!(e.store().reminders(&owner).expect("reminders").is_empty());
    assert_eq!(e.next_due().expect("next"), None);
}

#[test]
fn a_member_who_is_not_a_moderator_is_refused_and_nothing_is_stored() {
    let chat = Chat::new();
    let e = &chat.engine;
    let now = utc("2026-03-23T12:00:00Z");
    for cmd in ["/remind tue 19:30 Europe/Berlin", "/routine", "/reminders"] {
        let r = e.handle(&member("2"), Input::Text(cmd.into()), now);
        assert!(text(&r).contains("only the group's admins"), "{cmd}: {}", text(&r));
    }
    assert!(e.store().reminders(&group_owner("telegram", "-100500")).expect("reminders").is_empty());
    assert_eq!(e.next_due().expect("next"), None);
}

#[test]
fn done_counts_each_member_once_and_saves_a_stretch_to_the_history_of_those_who_keep_one() {
    let chat = Chat::new();
    let e = &chat.engine;
    let now = utc("2026-03-24T18:45:00Z");
    // Member 2 keeps a history (said so in their private chat); member 3 never said.
    let private = Who::private(Platform::Telegram, "2");
    let privacy = e.handle(&private, Input::Text("/privacy".into()), now);
    let keep = privacy[0].buttons[0][0].action.clone();
    e.handle(&private, Input::Action(keep), now);
    let post = e.handle(&moderator("1"), Input::Text("/routine".into()), now);
    assert!(text(&post).contains("Chest stretch") && text(&post).contains("Nobody has ticked it off yet"));
    let done = post[0].buttons[0][0].action.clone();
    let first = e.handle(&member("2"), Input::Action(done.clone()), now);
    assert!(text(&first).contains("One runner has stretched so far") && first[0].edit);
    let again = e.handle(&member("2"), Input::Action(done.clone()), now);
    assert!(text(&again).contains("One runner has stretched so far"), "a second press does not count");
    let other = e.handle(&member("3"), Input::Action(done), now);
    assert!(text(&other).contains("2 runners have stretched"));
    let history = e.store().history(&member("2").key()).expect("history");
    assert_eq!(history.entries.len(), 1);
    let export = e.handle(&private, Input::Text("/export".into()), now);
    let file = export.iter().find_map(|r| r.file.as_ref()).expect("the export file");
    let json: serde_json::Value = serde_json::from_slice(&file.bytes).expect("JSON");
    assert_eq!(json["checkins"][0]["kind"], "stretch", "{json}");
    assert!(e.store().history(&member("3").key()).expect("history").entries.is_empty(), "counted, not kept");
}

#[test]
fn a_personal_reminder_asks_for_the_time_zone_once_and_keeps_it() {
    let chat = Chat::new();
    let now = utc("2026-06-01T10:00:00Z");
    chat.clock.set(now);
    let asked = text(&chat.say("/remind daily 08:00"));
    assert!(asked.contains("Which time zone are you in?"), "{asked}");
    let set = text(&chat.say("/remind daily 08:00 Europe/Madrid"));
    assert!(set.contains("The first one comes on 2026-06-02 08:00"), "{set}");
    let again = text(&chat.say("/remind checkin mon 07:00"));
    assert!(again.contains("Every Mon at 07:00 (Europe/Madrid)"), "the kept zone is used: {again}");
    let list = text(&chat.say("/reminders"));
    assert!(list.contains("#1 · stretch") && list.contains("#2 · check-in"), "{list}");
    let bad = text(&chat.say("/remind someday 25:00"));
    assert!(bad.contains("couldn't read the days"), "{bad}");

    chat.say("/forget");
    chat.press("Yes, delete everything");
    assert_eq!(
        chat.engine.store().records_of(&chat.who.key()).expect("records"),
        0,
        "nothing of Ana is left"
    );
    assert_eq!(
        chat.engine.next_due().expect("next"),
        None,
        "the forgotten user's reminders are gone from the index"
    );
}

#[test]
fn due_reminders_fire_once_and_missed_ones_follow_the_grace_period_across_restarts() {
    let dir = tempfile::tempdir().expect("dir");
    let grace = Duration::hours(1);
    let set_at = utc("2026-03-23T12:00:00Z");
    {
        let e = Engine::built_in(SledStore::open(dir.path()).expect("store")).expect("engine");
        e.handle(&moderator("1"), Input::Text("/remind daily 19:30 Europe/Berlin".into()), set_at);
        let other = Who { chat_id: "-200".into(), ..moderator("1") };
        e.handle(&other, Input::Text("/remind daily 07:00 Europe/Berlin".into()), set_at);
        assert!(e.take_due(utc("2026-03-23T18:29:00Z"), grace).due.is_empty(), "nothing early");
    }
    // The bot was down from 18:00 to 19:10 UTC: 19:30 Berlin (18:30 UTC) is 40 minutes late.
    let e = Engine::built_in(SledStore::open(dir.path()).expect("store")).expect("engine");
    let due = e.take_due(utc("2026-03-23T19:10:00Z"), grace).due;
    assert_eq!(due.len(), 1);
    assert_eq!(due[0].reminder.chat_id, "-100500");
    assert!(due[0].reply.text.contains("Stretch time!") && !due[0].reply.private);
    assert!(due[0].reply.buttons[0][0].label.contains("Done"));
    // Taken means moved on, on disk: a crash right after sending posts nothing twice.
    drop(e);
    let e = Engine::built_in(SledStore::open(dir.path()).expect("store")).expect("engine");
    assert!(e.take_due(utc("2026-03-23T19:11:00Z"), grace).due.is_empty());
    assert_eq!(e.next_due().expect("next"), Some(utc("2026-03-24T06:00:00Z")));
    // Down all night until 09:00 UTC: the 07:00 Berlin one is two hours late and skipped.
    assert!(e.take_due(utc("2026-03-24T09:00:00Z"), grace).due.is_empty());
    assert_eq!(e.next_due().expect("next"), Some(utc("2026-03-24T18:30:00Z")), "rescheduled, not replayed");
    let owner = group_owner("telegram", "-200");
    let skipped = &e.store().reminders(&owner).expect("reminders")[0];
    assert_eq!(skipped.last_fired, None);
    assert_eq!(skipped.next, Some(utc("2026-03-25T06:00:00Z")));
}

use upback_store_conformance::Faulty;

#[test]
fn a_store_failing_half_way_through_the_due_reminders_loses_none_of_those_moved_on() {
    let e = Engine::built_in(Faulty::new()).expect("engine");
    let set_at = utc("2026-03-23T12:00:00Z");
    for chat in 1..=4 {
        let m = Who { chat_id: format!("-{chat}"), ..moderator("1") };
        e.handle(&m, Input::Text("/remind daily 19:30 Europe/Berlin".into()), set_at);
    }
    // Two are moved on, then the disk fills up.
    e.store().swaps_before_failing.store(2, std::sync::atomic::Ordering::SeqCst);
    let batch = e.take_due(utc("2026-03-23T18:31:00Z"), Duration::hours(1));
    assert_eq!(batch.due.len(), 2, "what was moved on is handed out");
    assert!(batch.error.is_some(), "and the failure is reported");
    // The disk recovers: the other two are still due, and only they.
    e.store().swaps_before_failing.store(usize::MAX, std::sync::atomic::Ordering::SeqCst);
    let rest = e.take_due(utc("2026-03-23T18:32:00Z"), Duration::hours(1));
    assert!(rest.error.is_none());
    let mut chats: Vec<String> =
        batch.due.iter().chain(&rest.due).map(|d| d.reminder.chat_id.clone()).collect();
    chats.sort();
    assert_eq!(chats, ["-1", "-2", "-3", "-4"], "each posted exactly once");
}

#[test]
fn a_moderators_pause_that_races_the_scheduler_is_not_undone() {
    use upback_core::{reminders::Paused, store::Store as _};
    let e = Engine::built_in(Faulty::new()).expect("engine");
    let set_at = utc("2026-03-23T12:00:00Z");
    e.handle(&moderator("1"), Input::Text("/remind daily 19:30 Europe/Berlin".into()), set_at);
    let owner = group_owner("telegram", "-100500");
    // Between the scheduler's read and its write, a moderator pauses the reminder.
    let race_owner = owner.clone();
    *e.store().racing.lock().expect("lock") = Some(Box::new(move |inner| {
        let mut r = inner.reminders(&race_owner).expect("reminders").remove(0);
        r.paused = Some(Paused::Moderator);
        assert!(inner.swap_reminder(&r).expect("swap"), "the pause lands first");
    }));
    let batch = e.take_due(utc("2026-03-23T18:31:00Z"), Duration::hours(1));
    assert!(batch.due.is_empty(), "a paused reminder is not posted: {:?}", batch.due);
    let stored = &e.store().reminders(&owner).expect("reminders")[0];
    assert_eq!(stored.paused, Some(Paused::Moderator), "the pause stands");
    assert_eq!(e.next_due().expect("next"), None);
}

/// A routine post by moderator 1 at `now`, and the code of its Done button.
fn post_routine(e: &Engine<SledStore>, now: DateTime<Utc>) -> String {
    let post = e.handle(&moderator("1"), Input::Text("/routine".into()), now);
    post[0].buttons[0][0].action.clone()
}

fn named(user: &str, name: &str) -> Who {
    Who { name: Some(name.into()), ..member(user) }
}

#[test]
fn the_done_toast_counts_club_sessions_in_a_row() {
    let chat = Chat::new();
    let e = &chat.engine;
    let start = utc("2026-12-01T18:30:00Z");
    let mut toasts = Vec::new();
    for day in 0..3 {
        let now = start + Duration::days(2 * day);
        let done = post_routine(e, now);
        let pressed = e.handle(&member("2"), Input::Action(done), now);
        toasts.push(pressed[0].toast.clone().expect("a toast"));
    }
    assert_eq!(toasts[0], "✅ Counted — nice work!");
    assert_eq!(toasts[1], "✅ Counted — that's 2 club sessions in a row 🔥");
    assert_eq!(toasts[2], "✅ Counted — that's 3 club sessions in a row 🔥");
    // Missing a session starts again.
    let now = start + Duration::days(7);
    post_routine(e, now);
    let done = post_routine(e, now + Duration::days(1));
    let pressed = e.handle(&member("2"), Input::Action(done), now + Duration::days(1));
    assert_eq!(pressed[0].toast.as_deref(), Some("✅ Counted — nice work!"));
}

#[test]
fn club_stats_count_members_and_sessions_and_name_only_those_who_opted_in() {
    let chat = Chat::new();
    let e = &chat.engine;
    // Monday 2026-11-23 is last week; Monday 2026-11-30 starts this one.
    let last_week = utc("2026-11-24T18:30:00Z");
    let this_week = utc("2026-12-01T18:30:00Z");
    let empty = e.handle(&moderator("1"), Input::Text("/clubstats".into()), last_week);
    assert!(text(&empty).contains("No club sessions in the last 8 weeks"), "{}", text(&empty));

    let on = e.handle(&named("2", "Ana"), Input::Text("/leaderboard on".into()), last_week);
    assert!(text(&on).contains("as Ana"), "{}", text(&on));
    let done = post_routine(e, last_week);
    for user in ["2", "3", "4"] {
        e.handle(&member(user), Input::Action(done.clone()), last_week);
    }
    for at in [this_week, this_week + Duration::days(2)] {
        let done = post_routine(e, at);
        for user in ["2", "3"] {
            e.handle(&member(user), Input::Action(done.clone()), at);
        }
    }
    let now = this_week + Duration::days(2);
    let refused = e.handle(&member("2"), Input::Text("/clubstats".into()), now);
    assert!(text(&refused).contains("only the group's admins"), "stats are the moderators'");
    let stats = e.handle(&moderator("1"), Input::Text("/clubstats".into()), now);
    let t = text(&stats);
    assert!(t.contains("This week: 2 members stretched, 2 sessions posted."), "{t}");
    assert!(t.contains("Last week: 3 members stretched, one session posted."), "{t}");
    assert!(t.contains("🏅 Ana · 3 times"), "{t}");
    assert!(t.contains("…and 2 more regulars who prefer not to be named."), "{t}");
    assert!(!stats[0].private, "the moderator may share them with the club");

    let off = e.handle(&member("2"), Input::Text("/leaderboard off".into()), now);
    assert!(text(&off).contains("without your name"));
    let t = text(&e.handle(&moderator("1"), Input::Text("/clubstats".into()), now));
    assert!(!t.contains("Ana") && t.contains("…and 3 more regulars"), "{t}");
}

#[test]
fn a_forgotten_member_leaves_the_club_stats() {
    let chat = Chat::new();
    let e = &chat.engine;
    let now = utc("2026-12-01T18:30:00Z");
    e.handle(&named("2", "Ana"), Input::Text("/leaderboard on".into()), now);
    let done = post_routine(e, now);
    for user in ["2", "3"] {
        e.handle(&member(user), Input::Action(done.clone()), now);
    }
    let private = Who::private(Platform::Telegram, "2");
    let asked = e.handle(&private, Input::Text("/forget".into()), now);
    let yes = asked[0].buttons[0][0].action.clone();
    let gone = e.handle(&private, Input::Action(yes), now);
    assert!(text(&gone).contains("deleted"), "{}", text(&gone));
    let t = text(&e.handle(&moderator("1"), Input::Text("/clubstats".into()), now));
    assert!(t.contains("This week: one member stretched"), "{t}");
    assert!(!t.contains("Ana"), "{t}");
    assert_eq!(
        e.store()
            .done_by(
                e.store()
                    .club_posts(&group_owner("telegram", "-100500"), now - Duration::days(1))
                    .expect("posts")[0]
                    .id
            )
            .expect("done"),
        [member("3").key()]
    );
}

#[test]
fn the_club_post_keeps_its_language_whoever_presses_done() {
    let chat = Chat::new();
    let e = &chat.engine;
    let now = utc("2026-12-01T18:30:00Z");
    let german = Who { locale: Some("de".into()), ..moderator("1") };
    let post = e.handle(&german, Input::Text("/routine".into()), now);
    let done = post[0].buttons[0][0].action.clone();
    let pressed = e.handle(&Who { locale: Some("fr".into()), ..member("2") }, Input::Action(done), now);
    assert_eq!(pressed[0].lang, "de", "the group's post stays German");
    assert!(pressed[0].buttons[0][0].label.contains("Erledigt"), "{:?}", pressed[0].buttons);
    assert_eq!(pressed[0].toast.as_deref(), Some("✅ C’est compté, bravo !"), "the toast is the presser's");
    let stats =
        e.handle(&Who { locale: Some("es".into()), ..moderator("5") }, Input::Text("/clubstats".into()), now);
    assert_eq!(stats[0].lang, "de", "the stats are in the club's language");
}

#[test]
fn leaderboard_and_club_stats_belong_to_a_group() {
    let chat = Chat::new();
    let e = &chat.engine;
    let now = utc("2026-12-01T18:30:00Z");
    let private = Who::private(Platform::Telegram, "2");
    let t = text(&e.handle(&private, Input::Text("/leaderboard on".into()), now));
    assert!(t.contains("in your club's group"), "{t}");
    let t = text(&e.handle(&private, Input::Text("/clubstats".into()), now));
    assert!(t.contains("ask for them in your club's group"), "{t}");
    let t = text(&e.handle(&member("2"), Input::Text("/leaderboard maybe".into()), now));
    assert!(t.contains("/leaderboard on"), "unclear words get the usage: {t}");
    assert!(e.store().prefs(&member("2").key()).expect("prefs").leaderboard.is_empty(), "nothing changed");
}

#[test]
fn a_runner_alone_ticks_off_the_routine_and_sees_a_day_streak_in_their_history() {
    let chat = Chat::new();
    chat.keep_history();
    let start = chat.clock.get();
    for day in 0..3 {
        chat.clock.set(start + Duration::days(day));
        chat.say("/stretch");
        let done = chat.press("✅ I did it");
        let t = text(&done);
        assert!(t.contains("Nice work, stretch done!") && t.contains("saved this to your history"), "{t}");
        if day == 0 {
            assert!(!t.contains("in a row"), "one day is not a streak yet: {t}");
        } else {
            assert!(t.contains(&format!("{} days in a row with a stretch", day + 1)), "{t}");
        }
    }
    // The next day, before stretching, the streak still stands; a day missed ends it.
    chat.clock.set(start + Duration::days(3));
    assert!(text(&chat.say("/history")).contains("3 days in a row with a stretch"));
    chat.clock.set(start + Duration::days(5));
    assert!(!text(&chat.say("/history")).contains("in a row"));
}

#[test]
fn ticking_off_a_stretch_without_a_history_keeps_nothing() {
    let chat = Chat::new();
    chat.say("/privacy");
    chat.press("Use without history");
    chat.say("/stretch");
    let t = text(&chat.press("✅ I did it"));
    assert!(t.contains("Nice work") && !t.contains("in a row"), "{t}");
    assert!(chat.engine.store().history(&chat.who.key()).expect("history").entries.is_empty());
}
