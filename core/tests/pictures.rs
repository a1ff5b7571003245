//! Pictures and files as a runner meets them through the engine: the pain chart under
//! /history and after the third scored check-in, the club's chart under /clubstats in the
//! club's language, the export as one JSON file, and nothing personal attached in a group
//! that cannot show a reply to one member alone.

mod support;

use chrono::{DateTime, Duration, NaiveDate, Utc};
use support::Chat;
use upback_core::{
    chart::{Mark, PainPoint, HEIGHT, WIDTH},
    i18n::Locales,
    input::{ChatKind, Input, Platform, Role, Who},
    msg::{Arg, Msg},
    reply::{Attachment, Draft, Picture, Reply},
};

/// The picture's size, read back from its PNG header: it is a real PNG.
fn size(png: &Attachment) -> (u32, u32) {
    let decoder = png::Decoder::new(std::io::Cursor::new(png.bytes.as_slice()));
    let reader = decoder.read_info().expect("a readable PNG");
    (reader.info().width, reader.info().height)
}

fn check_in(chat: &Chat, score: &str) -> Vec<Reply> {
    chat.say("/checkin");
    chat.press(score);
    chat.press("After a run")
}

fn utc(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).expect("time").with_timezone(&Utc)
}

#[test]
fn a_check_in_carries_the_pain_chart_from_the_third_score_on() {
    let chat = Chat::new();
    chat.keep_history();
    for score in ["6", "5"] {
        let noted = check_in(&chat, score);
        assert!(noted.iter().all(|r| r.image.is_none()), "no chart before three scores: {noted:?}");
    }
    let noted = check_in(&chat, "3");
    let with_chart: Vec<&Reply> = noted.iter().filter(|r| r.image.is_some()).collect();
    assert_eq!(with_chart.len(), 1, "{noted:?}");
    let reply = with_chart[0];
    assert!(
        reply.text.contains("Got it: 3/10 after a run."),
        "the chart comes with the noted line: {}",
        reply.text
    );
    assert!(reply.private && reply.edit, "it replaces the question, for the runner alone");
    let png = reply.image.as_ref().expect("a picture");
    assert_eq!((png.name.as_str(), png.mime.as_str()), ("history-2026-06-02.png", "image/png"));
    assert_eq!(size(png), (WIDTH, HEIGHT));
    assert_eq!(
        png.description.as_deref(),
        Some("Chart of your upper-back pain from 0 to 10 over the last 7 days: getting better."),
        "the alt text says what the trend line in the text says"
    );
    assert!(reply.text.contains("Trend: getting better"), "{}", reply.text);
}

#[test]
fn history_shows_the_chart_from_the_first_entry_and_none_without_one() {
    let chat = Chat::new();
    chat.keep_history();
    let empty = chat.say("/history");
    assert!(empty.iter().all(|r| r.image.is_none()), "nothing to draw yet");
    check_in(&chat, "4");
    let history = chat.say("/history");
    let png = history[0].image.as_ref().expect("the chart of one check-in");
    assert_eq!(size(png), (WIDTH, HEIGHT));
    assert!(history[0].text.contains("Your recent checks"), "{}", history[0].text);
    assert_eq!(
        png.description.as_deref(),
        Some("Chart of your upper-back pain from 0 to 10 over the last 7 days."),
        "one score has no trend, and the alt text does not invent one"
    );
}

#[test]
fn a_chart_is_drawn_in_the_runners_language() {
    let mut chat = Chat::new();
    chat.who.locale = Some("de-AT".into());
    chat.say("/privacy");
    chat.press("✅ Ja, Verlauf speichern");
    chat.say("/checkin");
    chat.press("5");
    chat.press("Nach einem Lauf");
    let history = chat.say("/history");
    let png = history[0].image.as_ref().expect("a chart");
    assert!(
        png.description.as_deref().is_some_and(|d| d.starts_with("Diagramm deiner Schmerzen")),
        "{png:?}"
    );

    let locales = Locales::embedded().expect("locales");
    let day = |tag: &str| {
        locales.format(tag, &Msg::with("chart-day", vec![("month", Arg::Num(6.0)), ("day", Arg::Num(2.0))]))
    };
    assert_eq!(
        [day("en-US"), day("de"), day("es"), day("fr")],
        ["Jun 2", "2. Juni", "2 jun", "2 juin"],
        "axis dates in each language's own short form"
    );
    let december = Msg::with("chart-day", vec![("month", Arg::Num(12.0)), ("day", Arg::Num(24.0))]);
    assert_eq!(locales.format("fr", &december), "24 déc.");
}

fn telegram_group(user: &str) -> Who {
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

/// Says yes to keeping a history, as `who`, through /privacy.
fn keep_history(
    e: &upback_core::engine::Engine<upback_core::store::SledStore>,
    who: &Who,
    now: DateTime<Utc>,
) {
    let privacy = e.handle(who, Input::Text("/privacy".into()), now);
    let keep = privacy
        .iter()
        .flat_map(|r| r.buttons.iter().flatten())
        .find(|b| b.label == "✅ OK, keep my history")
        .map(|b| b.action.clone())
        .expect("the keep button");
    e.handle(who, Input::Action(keep), now);
}

#[test]
fn a_group_that_cannot_reply_privately_gets_no_chart_and_no_file() {
    let chat = Chat::new();
    let e = &chat.engine;
    let now = utc("2026-06-02T18:00:00Z");
    let private = Who::private(Platform::Telegram, "7");
    keep_history(e, &private, now);
    for _ in 0..3 {
        let ask = e.handle(&private, Input::Text("/checkin".into()), now);
        let five = ask[0].buttons[0][5].action.clone();
        let after = e.handle(&private, Input::Action(five), now);
        e.handle(&private, Input::Action(after[0].buttons[0][0].action.clone()), now);
    }
    assert!(
        e.handle(&private, Input::Text("/history".into()), now)[0].image.is_some(),
        "alone with the bot, the chart is there"
    );

    for command in ["/history", "/export", "/checkin"] {
        let said = e.handle(&telegram_group("7"), Input::Text(command.into()), now);
        assert!(
            Chat::text(&said).contains("let's not do it in the group"),
            "{command}: {}",
            Chat::text(&said)
        );
        assert!(said.iter().all(|r| r.image.is_none() && r.file.is_none()), "{command}: {said:?}");
    }
}

#[test]
fn a_discord_server_gets_the_chart_and_the_file_for_the_member_alone() {
    let chat = Chat::new();
    let e = &chat.engine;
    let now = utc("2026-06-02T18:00:00Z");
    let member = Who {
        platform: Platform::Discord,
        user_id: "9".into(),
        chat_id: "70".into(),
        locale: Some("en-US".into()),
        role: Role::Member,
        chat: ChatKind::Group { private_replies: true },
        name: None,
    };
    keep_history(e, &member, now);
    let ask = e.handle(&member, Input::Text("/checkin".into()), now);
    let after = e.handle(&member, Input::Action(ask[0].buttons[0][2].action.clone()), now);
    e.handle(&member, Input::Action(after[0].buttons[0][1].action.clone()), now);
    let history = e.handle(&member, Input::Text("/history".into()), now);
    assert!(history[0].private && history[0].image.is_some(), "{history:?}");
    let export = e.handle(&member, Input::Text("/export".into()), now);
    assert!(export[0].private && export[0].file.is_some(), "{export:?}");
}

#[test]
fn club_stats_carry_a_bar_chart_in_the_clubs_language() {
    let chat = Chat::new();
    let e = &chat.engine;
    let now = utc("2026-12-01T18:30:00Z");
    let german = Who { locale: Some("de".into()), role: Role::Moderator, ..telegram_group("1") };
    for (i, at) in [now - Duration::days(7), now].into_iter().enumerate() {
        let post = e.handle(&german, Input::Text("/routine".into()), at);
        let done = post[0].buttons[0][0].action.clone();
        for user in 0..=i {
            e.handle(&telegram_group(&format!("2{user}")), Input::Action(done.clone()), at);
        }
    }
    let asker = Who { locale: Some("es".into()), ..german.clone() };
    let stats = e.handle(&asker, Input::Text("/clubstats".into()), now);
    assert!(!stats[0].private, "the club's counts are the club's");
    let png = stats[0].image.as_ref().expect("a bar chart, even in a Telegram group");
    assert_eq!(png.name, "clubstats-2026-12-01.png");
    assert_eq!(size(png), (WIDTH, HEIGHT));
    assert_eq!(
        png.description.as_deref(),
        Some(
            "Balkendiagramm: wie viele Mitglieder bei jeder der 2 Vereinseinheiten der letzten 8 Wochen \
             auf Erledigt geklickt haben; die meisten bei einer Einheit: 2."
        )
    );
}

#[test]
fn a_picture_that_cannot_be_drawn_leaves_the_words() {
    let chat = Chat::new();
    let today = NaiveDate::from_ymd_opt(2026, 6, 2).expect("date");
    let broken = Picture::Pain {
        points: vec![PainPoint { at: utc("2026-06-01T08:00:00Z"), severity: Some(11), mark: Mark::Checkin }],
        today,
        trend: None,
    };
    let mut draft = Draft::private([Msg::new("history-head").into()]);
    draft.image = Some(broken);
    let reply = chat.engine.render("en-US", &draft);
    assert!(reply.image.is_none());
    assert_eq!(reply.text, "Your recent checks and check-ins:");
}

/// Writes what a runner and a club see, in every language, under `target/tmp/pictures/` to
/// look at: a month of check-ins, checks and stretches with a red flag, and two weeks of club
/// sessions.
#[test]
fn sample_pictures_in_every_language_are_written_to_look_at() {
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("pictures");
    let chat = Chat::new();
    let today = NaiveDate::from_ymd_opt(2026, 6, 2).expect("date");
    let points: Vec<PainPoint> = (0..30)
        .map(|i| {
            let at = (today - Duration::days(29 - i))
                .and_hms_opt(7 + (i % 10) as u32, 0, 0)
                .expect("time")
                .and_utc();
            let mark = match i % 6 {
                0 => Mark::Assessment,
                1 | 3 => Mark::Checkin,
                2 | 4 => Mark::CheckinAfterRun,
                _ => Mark::Stretch,
            };
            let mark = if i == 9 { Mark::RedFlag } else { mark };
            let severity = (mark != Mark::Stretch).then_some((8 - i / 5 + i % 2) as u8);
            PainPoint { at, severity, mark }
        })
        .collect();
    let pain = Picture::Pain { points, today, trend: Some(upback_core::history::Trend::Better) };
    let sessions: Vec<(DateTime<Utc>, usize)> = (0..16)
        .map(|i| (utc("2026-04-07T17:30:00Z") + Duration::days(i * 7 / 2), (5 + i * 3 % 7) as usize))
        .collect();
    let club = Picture::club(&sessions, today).expect("a club chart");
    for tag in chat.engine.locales().tags() {
        for (what, picture) in [("history", &pain), ("clubstats", &club)] {
            let mut draft = Draft::private([Msg::new("history-head").into()]);
            draft.image = Some(picture.clone());
            let png = chat.engine.render(tag, &draft).image.expect("drawn");
            assert_eq!(size(&png), (WIDTH, HEIGHT));
            if let Err(e) = std::fs::create_dir_all(&dir)
                .and_then(|()| std::fs::write(dir.join(format!("{what}-{tag}.png")), &png.bytes))
            {
                eprintln!("could not write a sample picture: {e}");
            }
        }
    }
}
