//! A loopback fake of Telegram's Bot API for the real teloxide client: HTTP on 127.0.0.1,
//! `POST /bot<TOKEN>/<Method>` with JSON, long-polled getUpdates, and a record of every call
//! so tests assert on exactly what a user would see. Faults (429, 500) can be queued per
//! method.

#![allow(dead_code)]

use std::{
    collections::{HashMap, VecDeque},
    net::SocketAddr,
    sync::{
        atomic::{AtomicI64, Ordering},
        Arc, Mutex,
    },
    time::Duration,
};

use axum::{
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Response},
    routing::post,
    Json, Router,
};
use serde_json::{json, Value};
use tokio::sync::{watch, Notify};

pub const BOT_ID: i64 = 7_000_000;
pub const BOT_USERNAME: &str = "upback_bot";
/// Long enough for a slow CI machine; only reached when the bot has stopped answering.
pub const PATIENCE: Duration = Duration::from_secs(60);

#[derive(Debug, Clone)]
pub enum Fault {
    /// HTTP 429 with `parameters.retry_after`.
    RetryAfter(u64),
    /// HTTP 500.
    ServerError,
    /// HTTP 403: the bot was removed from the chat.
    Forbidden,
}

#[derive(Debug, Clone)]
pub struct Call {
    /// Lower case: `sendmessage`, `editmessagetext`, …
    pub method: String,
    pub body: Value,
    /// Answered with a fault instead of being carried out.
    pub faulted: bool,
    /// The token in the path.
    pub token: String,
    /// What the fake answered (`null` for a fault).
    pub result: Value,
    /// When the call arrived.
    pub at: std::time::Instant,
}

#[derive(Default)]
struct Inner {
    pending: Vec<Value>,
    next_update: i64,
    calls: Vec<Call>,
    faults: HashMap<String, VecDeque<Fault>>,
    /// chat id -> (user id -> status) for getChatMember.
    members: HashMap<i64, HashMap<i64, String>>,
    /// Every send to these chats fails.
    chat_faults: HashMap<i64, Fault>,
    /// Answer 429 as Telegram does when its limits are passed (see [`FakeTelegram::enforce_limits`]).
    enforce: bool,
    /// When each message (sent or edited) arrived, per chat and overall.
    sent_at: HashMap<i64, VecDeque<std::time::Instant>>,
    sent_overall: VecDeque<std::time::Instant>,
    /// When set, any other token is answered 401 Unauthorized, as Telegram does.
    valid_token: Option<String>,
    /// The command menus setMyCommands registered, by (scope, language code).
    commands: HashMap<(String, String), Value>,
    /// getMe says the bot may not be added to groups (BotFather's /setjoingroups).
    no_groups: bool,
}

pub struct FakeTelegram {
    inner: Mutex<Inner>,
    new_update: Notify,
    changed: watch::Sender<usize>,
    next_message: AtomicI64,
    pub addr: SocketAddr,
}

impl FakeTelegram {
    pub async fn start() -> Arc<Self> {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind loopback");
        let addr = listener.local_addr().expect("local addr");
        let (changed, _) = watch::channel(0);
        let fake = Arc::new(Self {
            inner: Mutex::new(Inner { next_update: 1, ..Inner::default() }),
            new_update: Notify::new(),
            changed,
            next_message: AtomicI64::new(1000),
            addr,
        });
        let app = Router::new().route("/{token}/{method}", post(handle)).with_state(fake.clone());
        tokio::spawn(async move { axum::serve(listener, app).await.expect("fake serves") });
        fake
    }

    pub fn url(&self) -> url::Url {
        format!("http://{}", self.addr).parse().expect("valid url")
    }

    /// Queues an update; its `update_id` is filled in.
    pub fn push(&self, mut update: Value) {
        let mut inner = self.inner.lock().expect("lock");
        update["update_id"] = json!(inner.next_update);
        inner.next_update += 1;
        inner.pending.push(update);
        drop(inner);
        self.new_update.notify_waiters();
    }

    /// Faults only the calls to one chat (a chat the bot was removed from).
    pub fn fail_chat(&self, chat: i64, fault: Fault) {
        self.inner.lock().expect("lock").chat_faults.insert(chat, fault);
    }

    /// Lets the calls to a chat through again.
    pub fn heal_chat(&self, chat: i64) {
        self.inner.lock().expect("lock").chat_faults.remove(&chat);
    }

    pub fn fail_next(&self, method: &str, fault: Fault) {
        self.inner.lock().expect("lock").faults.entry(method.to_lowercase()).or_default().push_back(fault);
    }

    /// From now on, answer 429 (with a retry_after) to a message, new or edited, that would
    /// pass Telegram's limits: 20 a minute in a group, 30 a second overall.
    pub fn enforce_limits(&self) {
        self.inner.lock().expect("lock").enforce = true;
    }

    /// How many requests were answered 429 so far.
    pub fn rate_limited(&self) -> usize {
        self.calls().iter().filter(|c| c.faulted && c.result == json!("429")).count()
    }

    /// From now on only `token` is a valid bot token; calls with any other are answered 401.
    pub fn accept_only(&self, token: &str) {
        self.inner.lock().expect("lock").valid_token = Some(token.to_string());
    }

    /// getMe says the bot may not be added to groups, as after BotFather's /setjoingroups.
    pub fn refuse_groups(&self) {
        self.inner.lock().expect("lock").no_groups = true;
    }

    pub fn set_member(&self, chat: i64, user: i64, status: &str) {
        self.inner.lock().expect("lock").members.entry(chat).or_default().insert(user, status.to_string());
    }

    pub fn calls(&self) -> Vec<Call> {
        self.inner.lock().expect("lock").calls.clone()
    }

    /// Calls carried out (not faulted) of one method.
    pub fn done(&self, method: &str) -> Vec<Value> {
        let m = method.to_lowercase();
        self.calls().into_iter().filter(|c| c.method == m && !c.faulted).map(|c| c.body).collect()
    }

    /// Waits until `check` holds over the calls so far, and returns what it returned.
    pub async fn wait_for<T>(&self, what: &str, check: impl FnMut(&[Call]) -> Option<T>) -> T {
        self.wait_within(PATIENCE, what, check).await
    }

    /// `wait_for` with a patience of its own, for work that takes long by design.
    pub async fn wait_within<T>(
        &self,
        patience: Duration,
        what: &str,
        mut check: impl FnMut(&[Call]) -> Option<T>,
    ) -> T {
        let mut rx = self.changed.subscribe();
        let deadline = tokio::time::Instant::now() + patience;
        loop {
            if let Some(v) = check(&self.calls()) {
                return v;
            }
            match tokio::time::timeout_at(deadline, rx.changed()).await {
                Ok(Ok(())) => {}
                _ => {
                    let seen: Vec<String> =
                        self.calls().iter().map(|c| format!("{} {}", c.method, c.body)).collect();
                    panic!("timed out waiting for {what}; calls:\n{}", seen.join("\n"));
                }
            }
        }
    }

    /// Waits for the first message sent or edited in `chat` whose text contains `needle`.
    pub async fn shown(&self, chat: i64, needle: &str) -> Call {
        self.wait_for(&format!("{needle:?} in chat {chat}"), |calls| {
            calls
                .iter()
                .find(|c| {
                    !c.faulted
                        && (c.method == "sendmessage" || c.method == "editmessagetext")
                        && c.body["chat_id"] == chat
                        && c.body["text"].as_str().is_some_and(|t| t.contains(needle))
                })
                .cloned()
        })
        .await
    }

    /// Waits for the `n`-th (1-based) carried-out call of `method` and returns its body.
    pub async fn nth(&self, method: &str, n: usize) -> Value {
        let m = method.to_lowercase();
        self.wait_for(&format!("{method} #{n}"), |calls| {
            calls.iter().filter(|c| c.method == m && !c.faulted).nth(n - 1).map(|c| c.body.clone())
        })
        .await
    }

    fn record(&self, call: Call) {
        self.inner.lock().expect("lock").calls.push(call);
        self.changed.send_modify(|n| *n += 1);
    }

    fn message(&self, chat_id: i64, text: &str, markup: Option<&Value>, id: Option<i64>) -> Value {
        let id = id.unwrap_or_else(|| self.next_message.fetch_add(1, Ordering::SeqCst));
        let mut m = json!({
            "message_id": id,
            "date": 1_780_000_000,
            "chat": chat(chat_id),
            "from": bot_user(),
            "text": text,
        });
        if let Some(markup) = markup {
            m["reply_markup"] = markup.clone();
        }
        m
    }
}

fn ok(result: Value) -> Response {
    Json(json!({"ok": true, "result": result})).into_response()
}

fn error(status: StatusCode, description: &str, retry_after: Option<u64>) -> Response {
    let mut body = json!({"ok": false, "error_code": status.as_u16(), "description": description});
    if let Some(s) = retry_after {
        body["parameters"] = json!({"retry_after": s});
    }
    (status, Json(body)).into_response()
}

pub fn bot_user() -> Value {
    json!({"id": BOT_ID, "is_bot": true, "first_name": "upback", "username": BOT_USERNAME})
}

pub fn user(id: i64, lang: Option<&str>) -> Value {
    let mut u = json!({"id": id, "is_bot": false, "first_name": format!("Runner {id}")});
    if let Some(l) = lang {
        u["language_code"] = json!(l);
    }
    u
}

/// A private chat for positive ids, a group for negative ones.
pub fn chat(id: i64) -> Value {
    if id < 0 {
        json!({"id": id, "type": "supergroup", "title": "Running club"})
    } else {
        json!({"id": id, "type": "private", "first_name": format!("Runner {id}")})
    }
}

impl FakeTelegram {
    /// With limits enforced: the seconds to wait if a message to `chat` now would pass them,
    /// else `None` (and the message is counted).
    fn over_limits(&self, chat: i64) -> Option<u64> {
        let mut inner = self.inner.lock().expect("lock");
        if !inner.enforce {
            return None;
        }
        let now = std::time::Instant::now();
        let minute = Duration::from_secs(60);
        let second = Duration::from_secs(1);
        while inner.sent_overall.front().is_some_and(|t| now.duration_since(*t) >= second) {
            inner.sent_overall.pop_front();
        }
        if inner.sent_overall.len() >= 30 {
            return Some(1);
        }
        let in_chat = inner.sent_at.entry(chat).or_default();
        while in_chat.front().is_some_and(|t| now.duration_since(*t) >= minute) {
            in_chat.pop_front();
        }
        if chat < 0 && in_chat.len() >= 20 {
            let oldest = in_chat.front().copied().unwrap_or(now);
            return Some((minute - now.duration_since(oldest)).as_secs() + 1);
        }
        in_chat.push_back(now);
        inner.sent_overall.push_back(now);
        None
    }
}

async fn handle(
    State(fake): State<Arc<FakeTelegram>>,
    Path((token, method)): Path<(String, String)>,
    body: Option<Json<Value>>,
) -> Response {
    let method = method.to_lowercase();
    let body = body.map(|Json(b)| b).unwrap_or_else(|| json!({}));
    let token = token.strip_prefix("bot").unwrap_or(&token).to_string();
    let refused = fake.inner.lock().expect("lock").valid_token.as_ref().is_some_and(|t| *t != token);
    if refused {
        fake.record(Call {
            method,
            body,
            faulted: true,
            token,
            result: json!("401"),
            at: std::time::Instant::now(),
        });
        return error(StatusCode::UNAUTHORIZED, "Unauthorized", None);
    }
    let fault = {
        let mut inner = fake.inner.lock().expect("lock");
        let by_chat = (method == "sendmessage" || method == "editmessagetext")
            .then(|| body["chat_id"].as_i64().and_then(|c| inner.chat_faults.get(&c).cloned()))
            .flatten();
        by_chat.or_else(|| inner.faults.get_mut(&method).and_then(VecDeque::pop_front))
    };
    if method == "getupdates" {
        return answer(&fake, &method, &body).await;
    }
    let limited = (fault.is_none() && (method == "sendmessage" || method == "editmessagetext"))
        .then(|| fake.over_limits(body["chat_id"].as_i64().unwrap_or(0)))
        .flatten();
    if let Some(wait) = limited {
        fake.record(Call {
            method,
            body,
            faulted: true,
            token,
            result: json!("429"),
            at: std::time::Instant::now(),
        });
        return fault_response(Fault::RetryAfter(wait));
    }
    if let Some(fault) = fault {
        fake.record(Call {
            method,
            body,
            faulted: true,
            token,
            result: Value::Null,
            at: std::time::Instant::now(),
        });
        return fault_response(fault);
    }
    let (parts, bytes) = answer(&fake, &method, &body).await.into_parts();
    let bytes = axum::body::to_bytes(bytes, usize::MAX).await.unwrap_or_default();
    let result = serde_json::from_slice::<Value>(&bytes).map(|v| v["result"].clone()).unwrap_or(Value::Null);
    fake.record(Call { method, body, faulted: false, token, result, at: std::time::Instant::now() });
    Response::from_parts(parts, axum::body::Body::from(bytes))
}

fn fault_response(fault: Fault) -> Response {
    match fault {
        Fault::RetryAfter(s) => {
            error(StatusCode::TOO_MANY_REQUESTS, &format!("Too Many Requests: retry after {s}"), Some(s))
        }
        Fault::ServerError => error(StatusCode::INTERNAL_SERVER_ERROR, "Internal Server Error", None),
        Fault::Forbidden => {
            error(StatusCode::FORBIDDEN, "Forbidden: bot was kicked from the supergroup chat", None)
        }
    }
}

async fn answer(fake: &Arc<FakeTelegram>, method: &str, body: &Value) -> Response {
    let method = method.to_string();
    match method.as_str() {
        "getme" => ok(json!({
            "id": BOT_ID, "is_bot": true, "first_name": "upback", "username": BOT_USERNAME,
            "can_join_groups": !fake.inner.lock().expect("lock").no_groups, "can_read_all_group_messages": false,
            "supports_inline_queries": false, "has_main_web_app": false,
        })),
        "getwebhookinfo" => {
            ok(json!({"url": "", "has_custom_certificate": false, "pending_update_count": 0}))
        }
        "setmycommands" => {
            let key = menu_key(body);
            fake.inner.lock().expect("lock").commands.insert(key, body["commands"].clone());
            ok(json!(true))
        }
        "getmycommands" => {
            let key = menu_key(body);
            ok(fake.inner.lock().expect("lock").commands.get(&key).cloned().unwrap_or(json!([])))
        }
        "deletewebhook" | "answercallbackquery" | "deletemycommands" => ok(json!(true)),
        "getupdates" => {
            let offset = body["offset"].as_i64().unwrap_or(0);
            let timeout = body["timeout"].as_u64().unwrap_or(0);
            let allowed: Vec<String> = body["allowed_updates"]
                .as_array()
                .map(|kinds| kinds.iter().filter_map(|k| k.as_str().map(String::from)).collect())
                .unwrap_or_default();
            let deadline = tokio::time::Instant::now() + Duration::from_secs(timeout);
            loop {
                let notified = fake.new_update.notified();
                {
                    let mut inner = fake.inner.lock().expect("lock");
                    inner.pending.retain(|u| u["update_id"].as_i64().unwrap_or(0) >= offset);
                    // As Telegram does: kinds the bot did not ask for are never delivered.
                    inner.pending.retain(|u| delivered(u, &allowed));
                    if !inner.pending.is_empty() || timeout == 0 {
                        return ok(Value::Array(inner.pending.clone()));
                    }
                }
                if tokio::time::timeout_at(deadline, notified).await.is_err() {
                    return ok(json!([]));
                }
            }
        }
        "sendmessage" => {
            let chat_id = body["chat_id"].as_i64().unwrap_or(0);
            ok(fake.message(chat_id, body["text"].as_str().unwrap_or(""), body.get("reply_markup"), None))
        }
        "editmessagetext" => {
            let chat_id = body["chat_id"].as_i64().unwrap_or(0);
            let id = body["message_id"].as_i64();
            ok(fake.message(chat_id, body["text"].as_str().unwrap_or(""), body.get("reply_markup"), id))
        }
        "getchatmember" => {
            let chat_id = body["chat_id"].as_i64().unwrap_or(0);
            let user_id = body["user_id"].as_i64().unwrap_or(0);
            let status = fake
                .inner
                .lock()
                .expect("lock")
                .members
                .get(&chat_id)
                .and_then(|m| m.get(&user_id).cloned())
                .unwrap_or_else(|| "member".to_string());
            let mut member = json!({"user": user(user_id, None), "status": status});
            if status == "administrator" {
                for right in [
                    "can_be_edited",
                    "is_anonymous",
                    "can_manage_chat",
                    "can_delete_messages",
                    "can_manage_video_chats",
                    "can_restrict_members",
                    "can_promote_members",
                    "can_change_info",
                    "can_invite_users",
                    "can_post_stories",
                    "can_edit_stories",
                    "can_delete_stories",
                ] {
                    member[right] = json!(right != "is_anonymous");
                }
            }
            if status == "creator" {
                member["is_anonymous"] = json!(false);
            }
            ok(member)
        }
        _ => error(StatusCode::NOT_FOUND, "Not Found: method not found", None),
    }
}

/// The menu setMyCommands/getMyCommands address: the scope's type and the language code.
fn menu_key(body: &Value) -> (String, String) {
    let scope = body["scope"]["type"].as_str().unwrap_or("default").to_string();
    (scope, body["language_code"].as_str().unwrap_or_default().to_string())
}

/// Whether Telegram delivers `update` to a bot that asked for `allowed` kinds (none named:
/// every kind but chat_member and the reactions).
fn delivered(update: &Value, allowed: &[String]) -> bool {
    let kind =
        update.as_object().and_then(|o| o.keys().find(|k| *k != "update_id").cloned()).unwrap_or_default();
    if allowed.is_empty() {
        !["chat_member", "message_reaction", "message_reaction_count"].contains(&kind.as_str())
    } else {
        allowed.contains(&kind)
    }
}

/// An update saying the bot went from `old` to `new` status in `chat` (`"left"` to `"member"`:
/// added to a group), done by `user`.
pub fn my_chat_member_update(user_id: i64, chat_id: i64, old: &str, new: &str, lang: Option<&str>) -> Value {
    let status = |s: &str| {
        let mut m = json!({"user": bot_user(), "status": s});
        if s == "kicked" {
            m["until_date"] = json!(0);
        }
        if s == "administrator" {
            // An administrator's rights, all of them withheld.
            for right in [
                "can_be_edited",
                "is_anonymous",
                "can_manage_chat",
                "can_delete_messages",
                "can_manage_video_chats",
                "can_restrict_members",
                "can_promote_members",
                "can_change_info",
                "can_invite_users",
                "can_post_stories",
                "can_edit_stories",
                "can_delete_stories",
            ] {
                m[right] = json!(false);
            }
        }
        m
    };
    checked(json!({"my_chat_member": {
        "chat": chat(chat_id),
        "from": user(user_id, lang),
        "date": chrono::Utc::now().timestamp(),
        "old_chat_member": status(old),
        "new_chat_member": status(new),
    }}))
}

/// An update with a text message from `user` in `chat`.
pub fn text_update(user_id: i64, chat_id: i64, text: &str, lang: Option<&str>) -> Value {
    let mut message = json!({
        "message_id": 1,
        "date": 1_780_000_000,
        "chat": chat(chat_id),
        "from": user(user_id, lang),
        "text": text,
    });
    if text.starts_with('/') {
        let len = text.split_whitespace().next().map_or(0, |w| w.encode_utf16().count());
        message["entities"] = json!([{"type": "bot_command", "offset": 0, "length": len}]);
    }
    checked(json!({"message": message}))
}

/// An update with a text message from `user` in `chat` that replies to the bot's message
/// `to` (as a tap on Reply in the app sends it).
pub fn reply_update(user_id: i64, chat_id: i64, text: &str, to: i64) -> Value {
    checked(json!({"message": {
        "message_id": 3,
        "date": 1_780_000_000,
        "chat": chat(chat_id),
        "from": user(user_id, None),
        "text": text,
        "reply_to_message": {"message_id": to, "date": 1_780_000_000, "chat": chat(chat_id), "from": bot_user(), "text": "…"},
    }}))
}

/// An update with a photo and no text.
pub fn photo_update(user_id: i64, chat_id: i64) -> Value {
    checked(json!({"message": {
        "message_id": 2,
        "date": 1_780_000_000,
        "chat": chat(chat_id),
        "from": user(user_id, None),
        "photo": [{"file_id": "f", "file_unique_id": "u", "width": 10, "height": 10}],
    }}))
}

/// A press of a button with `data` under the bot's message `message_id` in `chat`.
pub fn callback_update(user_id: i64, chat_id: i64, message_id: i64, data: &str, lang: Option<&str>) -> Value {
    checked(json!({"callback_query": {
        "id": format!("cb-{user_id}-{message_id}-{}", data.len()),
        "from": user(user_id, lang),
        "chat_instance": "ci",
        "data": data,
        "message": {
            "message_id": message_id,
            "date": 1_780_000_000,
            "chat": chat(chat_id),
            "from": bot_user(),
            "text": "…",
        },
    }}))
}

/// Refuses a fixture that teloxide could not parse (it would skip it silently).
fn checked(mut update: Value) -> Value {
    update["update_id"] = json!(1);
    // From text, as teloxide reads it off the wire: its UpdateKind wants borrowed keys.
    match serde_json::from_str::<teloxide::types::Update>(&update.to_string()) {
        Ok(u) if !matches!(u.kind, teloxide::types::UpdateKind::Error(_)) => {}
        Ok(_) => {
            let why = update
                .get("message")
                .map(|m| serde_json::from_value::<teloxide::types::Message>(m.clone()).err())
                .or_else(|| {
                    update
                        .get("callback_query")
                        .map(|q| serde_json::from_value::<teloxide::types::CallbackQuery>(q.clone()).err())
                })
                .or_else(|| {
                    update.get("my_chat_member").map(|m| {
                        serde_json::from_value::<teloxide::types::ChatMemberUpdated>(m.clone()).err()
                    })
                });
            panic!("teloxide cannot parse this fixture ({why:?}): {update}")
        }
        Err(e) => panic!("teloxide cannot parse this fixture ({e}): {update}"),
    }
    if let Some(obj) = update.as_object_mut() {
        obj.remove("update_id");
    }
    update
}

/// The button labelled `label` in a sent or edited message's inline keyboard.
pub fn button(body: &Value, label: &str) -> Value {
    body["reply_markup"]["inline_keyboard"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|row| row.as_array().cloned().unwrap_or_default())
        .find(|b| b["text"] == label)
        .unwrap_or_else(|| panic!("no button {label:?} in {body}"))
}
