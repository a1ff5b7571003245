//! A whole assessment in every shipped language, through the terminal and through Telegram,
//! with no English leaking into the replies.

#[path = "support/english.rs"]
mod english;
#[path = "support/telegram_fake.rs"]
mod telegram_fake;

use std::{
    io::{BufRead, BufReader, Write},
    process::{Command, Stdio},
    sync::Arc,
};

use upback::console::JsonReply;

const LOCALES: [(&str, &str); 3] = [("de", "1. Haltung"), ("es", "1. Postura"), ("fr", "1. Posture")];

/// The desk worker of the en-US tests, as positions among each question's answers (the same
/// in every language).
const DESK_WORKER: &[usize] = &[6, 5, 5, 0, 0, 1, 2, 2, 0, 0, 3, 0, 0, 0, 2, 0, 0, 1, 0, 0];

/// Whether a button answers the question on screen: an answer, or a tick on a question that
/// takes several (its "None of these" answers at once).
fn is_answer(action: &str) -> bool {
    action.starts_with("1:a:") || action.starts_with("1:g:")
}

/// Answers the question on screen with its `n`-th option.
fn answer_action(reply: &JsonReply, n: usize) -> String {
    reply
        .buttons
        .iter()
        .flatten()
        .filter(|b| is_answer(&b.action))
        .nth(n)
        .map(|b| b.action.clone())
        .unwrap_or_else(|| panic!("no answer #{n} in {reply:?}"))
}

fn converse(lang: &str) -> Vec<JsonReply> {
    let dir = tempfile::tempdir().expect("dir");
    let mut child = Command::new(env!("CARGO_BIN_EXE_upback"))
        .args(["chat", "--json", "--lang", lang, "--data-dir"])
        .arg(dir.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("starts");
    let mut stdin = child.stdin.take().expect("stdin");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    let mut all: Vec<JsonReply> = Vec::new();
    let mut read_until = |all: &mut Vec<JsonReply>, pred: &dyn Fn(&JsonReply) -> bool| -> JsonReply {
        loop {
            let line = lines.next().expect("a reply").expect("readable");
            let reply: JsonReply = serde_json::from_str(&line).expect("JSON");
            all.push(reply.clone());
            if pred(&reply) {
                return reply;
            }
        }
    };
    let question = |r: &JsonReply| r.buttons.iter().flatten().any(|b| is_answer(&b.action));
    read_until(&mut all, &|r| !r.buttons.is_empty());
    writeln!(stdin, "/start").expect("write");
    let mut q = read_until(&mut all, &question);
    for (i, n) in DESK_WORKER.iter().enumerate() {
        writeln!(stdin, "{{\"action\":\"{}\"}}", answer_action(&q, *n)).expect("write");
        if i + 1 < DESK_WORKER.len() {
            q = read_until(&mut all, &question);
        } else {
            // The result ends with the question whether the history may be kept (nothing is
            // asked yet), or with the menu of what to do next.
            read_until(&mut all, &|r| {
                r.buttons.iter().flatten().any(|b| b.action == "1:c:history" || b.action.starts_with("1:v:"))
            });
        }
    }
    for command in ["/history", "/tips", "/stretch", "/faq", "/checkin", "/help"] {
        writeln!(stdin, "{command}").expect("write");
        read_until(&mut all, &|r| !r.text.is_empty());
    }
    drop(stdin);
    assert!(child.wait().expect("exits").success());
    all
}

#[test]
fn a_whole_assessment_in_each_language_through_the_terminal_has_no_english() {
    // The persona really is the desk worker: in English the result is posture.
    let english = converse("en-US");
    assert!(english.iter().any(|r| r.text.contains("1. Posture — likely")), "the persona holds in en-US");
    let english_text: String = english.iter().map(|r| r.text.as_str()).collect::<Vec<_>>().join("\n");
    assert!(
        english::english_in(&english_text, &english::leaks("de")).len() > 20,
        "the leak detector recognises English when it sees it"
    );
    for (lang, top) in LOCALES {
        let replies = converse(lang);
        let leaks = english::leaks(lang);
        let text: String = replies.iter().map(|r| r.text.as_str()).collect::<Vec<_>>().join("\n");
        assert!(text.contains(top), "{lang}: the result ranks posture first:\n{text}");
        let found = english::english_in(&text, &leaks);
        assert!(found.is_empty(), "{lang}: English in the replies: {found:?}");
        for r in &replies {
            for b in r.buttons.iter().flatten() {
                let found = english::english_in(&b.label, &leaks);
                assert!(found.is_empty(), "{lang}: English button {:?}", b.label);
            }
        }
    }
}

/// (language code Telegram reports, our locale, "Question n" prefix, the question before
/// anything is saved, top result).
const TELEGRAM_RUNS: [(&str, &str, &str, &str, &str); 3] = [
    ("de-AT", "de", "Frage {n} von", "Darf ich deine Checks", "1. Haltung – wahrscheinlich"),
    ("es-419", "es", "Pregunta {n} de", "¿me dejas conservar tus revisiones", "1. Postura: probable"),
    ("fr-CA", "fr", "Question {n} sur", "est-ce que je peux garder tes bilans", "1. Posture : probable"),
];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_whole_assessment_in_each_language_on_telegram_has_no_english() {
    use telegram_fake::{callback_update, text_update, FakeTelegram};
    for (code, tag, progress, saved, top) in TELEGRAM_RUNS {
        let fake = FakeTelegram::start().await;
        let dir = tempfile::tempdir().expect("dir");
        let engine = Arc::new(
            upback_core::engine::Engine::built_in(std::sync::Arc::new(
                upback_core::store::SledStore::open(dir.path()).expect("store"),
            ) as upback::database::Db)
            .expect("engine"),
        );
        let bot = upback::telegram::start(
            engine,
            upback::telegram::TelegramConfig {
                token: "1:T".into(),
                api_url: Some(fake.url()),
                webhook: None,
            },
        )
        .await
        .expect("starts");
        const USER: i64 = 777;
        fake.push(text_update(USER, USER, "/start", Some(code)));
        let shown = |n: usize| {
            let (fake, prefix) = (fake.clone(), progress.replace("{n}", &n.to_string()));
            async move {
                fake.wait_for(&prefix, |calls| {
                    calls
                        .iter()
                        .rev()
                        .find(|c| c.body["text"].as_str().is_some_and(|t| t.contains(&prefix)))
                        .cloned()
                })
                .await
            }
        };
        let mut q = shown(1).await;
        let id = q.result["message_id"].as_i64().expect("id");
        for (i, n) in DESK_WORKER.iter().enumerate() {
            let data: Vec<String> = q.body["reply_markup"]["inline_keyboard"]
                .as_array()
                .expect("keyboard")
                .iter()
                .flat_map(|row| row.as_array().cloned().unwrap_or_default())
                .filter_map(|b| b["callback_data"].as_str().map(String::from))
                .filter(|d| is_answer(d))
                .collect();
            fake.push(callback_update(USER, USER, id, &data[*n], Some(code)));
            if i + 1 < DESK_WORKER.len() {
                q = shown(i + 2).await;
            }
        }
        fake.shown(USER, saved).await;
        bot.stop().await.expect("stops");
        let leaks = english::leaks(tag);
        let mut shown_text: Vec<String> = Vec::new();
        for c in fake.calls().iter().filter(|c| c.method == "sendmessage" || c.method == "editmessagetext") {
            shown_text.extend(c.body["text"].as_str().map(String::from));
            for row in c.body["reply_markup"]["inline_keyboard"].as_array().into_iter().flatten() {
                for b in row.as_array().into_iter().flatten() {
                    shown_text.extend(b["text"].as_str().map(String::from));
                }
            }
        }
        let text = shown_text.join("\n");
        assert!(text.contains(top), "{tag}: {text}");
        let found = english::english_in(&text, &leaks);
        assert!(found.is_empty(), "{tag}: English on Telegram: {found:?}");
    }
}
