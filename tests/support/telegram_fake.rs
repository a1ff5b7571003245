//! A loopback fake of Telegram's Bot API for the real teloxide client: HTTP on 127.0.0.1,
//! `POST /bot<TOKEN>/<Method>` with JSON, or multipart/form-data for uploads (sendPhoto,
//! sendDocument, files referenced as `attach://<part>`), long-polled getUpdates, and a record
//! of every call so tests assert on exactly what a user would see. Faults (429, 500) can be
//! queued per method. Like Telegram, it refuses a caption over 1024 characters and a photo
//! that is not an image.

#![allow(dead_code)]

// A test that runs both fakes holds two copies of the form reader: each fake keeps its own.
#[allow(clippy::duplicate_mod)]
#[path = "multipart.rs"]
mod multipart;
pub use multipart::Part;

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
    body::Bytes,
    extract::{Path, State},
    http::{header::CONTENT_TYPE, HeaderMap, StatusCode},
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
    /// The files uploaded with it, each named after the field that refers to it (`photo`,
    /// `document`); in `body` that field says `{"attach": part, "file_name": …, "size": …}`.
    pub files: Vec<Part>,
}

impl Call {
    /// What the user reads of it: a message's text or a photo's or document's caption.
    pub fn text(&self) -> &str {
        self.body["text"].as_str().or_else(|| self.body["caption"].as_str()).unwrap_or_default()
    }

    /// The uploaded file of `field` (`photo`, `document`).
    pub fn file(&self, field: &str) -> Option<&Part> {
        self.files.iter().find(|f| f.name == field)
    }
}

/// Calls that put a message in front of a user, new or edited.
pub fn shows_a_message(method: &str) -> bool {
    matches!(method, "sendmessage" | "editmessagetext" | "sendphoto" | "senddocument")
}

/// The longest caption Telegram takes, in UTF-16 code units as it counts them.
pub const MAX_CAPTION: usize = 1024;

#[derive(Default)]
struct Inner {
    pending: Vec<Value>,
    next_update: i64,
    calls: Vec<Call>,
    faults: HashMap<String, VecDeque<Fault>>,
    /// (method, n): the n-th call of that method (1 for the first) gets the fault.
    nth_faults: HashMap<(String, usize), Fault>,
    /// chat id -> (user id -> status) for getChatMember.
    members: HashMap<i64, HashMap<i64, String>>,
    /// Every send to these chats fails.
    chat_faults: HashMap<i64, Fault>,
    /// Answer 429 as Telegram does when its limits are passed (see [`FakeTelegram::enforce_limits`]).
    enforce: bool,
    /// When each message (sent or edited) arrived, per chat and overall.
    sent_at: HashMap<i64, VecDeque<std::time::Instant>>,
    sent_overall: VecDeque<std::time::Instant>,
    /// Messages that are a photo or a document (chat, message id): they have a caption, and
    /// editMessageText refuses them as Telegram does.
    media: std::collections::HashSet<(i64, i64)>,
    /// When set, any other token is answered 401 Unauthorized, as Telegram does.
    valid_token: Option<String>,
    /// The command menus setMyCommands registered, by (scope, language code).
    commands: HashMap<(String, String), Value>,
    /// getMe says the bot may not be added to groups (BotFather's /setjoingroups).
    no_groups: bool,
    /// The webhook setWebhook registered: (url, secret_token); deleteWebhook clears it.
    webhook: Option<(String, String)>,
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
        Self::start_on(0).await
    }

    /// On a given port: Telegram "coming back" where the bot was told it is.
    pub async fn start_on(port: u16) -> Arc<Self> {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await.expect("bind loopback");
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

    /// Fails the `n`-th call of `method` (1 for the first, counting every call so far): the
    /// dispatcher's own getMe, say, which comes after the adapter's.
    pub fn fail_call(&self, method: &str, n: usize, fault: Fault) {
        self.inner.lock().expect("lock").nth_faults.insert((method.to_lowercase(), n), fault);
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

    /// The webhook now registered, as (url, secret_token).
    pub fn webhook(&self) -> Option<(String, String)> {
        self.inner.lock().expect("lock").webhook.clone()
    }

    /// Delivers `update` (its `update_id` filled in, as [`Self::push`] does) as Telegram does in
    /// webhook mode: POSTed as JSON to the registered URL, with `secret` in the
    /// X-Telegram-Bot-Api-Secret-Token header when given. Returns the HTTP status.
    pub async fn post_update(&self, update: Value, secret: Option<&str>) -> u16 {
        let (url, _) = self.webhook().expect("no webhook is set");
        self.post_update_to(&url, update, secret).await
    }

    /// [`Self::post_update`] to a given replica's `url`, as a load balancer in front of
    /// several would.
    pub async fn post_update_to(&self, url: &str, mut update: Value, secret: Option<&str>) -> u16 {
        {
            let mut inner = self.inner.lock().expect("lock");
            update["update_id"] = json!(inner.next_update);
            inner.next_update += 1;
        }
        post_json(url, &update.to_string(), secret).await
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

    /// Waits for the first message sent or edited in `chat` whose text (or caption) contains
    /// `needle`.
    pub async fn shown(&self, chat: i64, needle: &str) -> Call {
        self.wait_for(&format!("{needle:?} in chat {chat}"), |calls| {
            calls
                .iter()
                .find(|c| {
                    !c.faulted
                        && shows_a_message(&c.method)
                        && c.body["chat_id"] == chat
                        && c.text().contains(needle)
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

    /// The message a sendPhoto or sendDocument made: the file (as Telegram describes it) and
    /// its caption instead of a text.
    fn media_message(&self, body: &Value, field: &str, file: &Part) -> Value {
        let id = self.next_message.fetch_add(1, Ordering::SeqCst);
        let chat_id = body["chat_id"].as_i64().unwrap_or(0);
        self.inner.lock().expect("lock").media.insert((chat_id, id));
        let mut m = self.message(chat_id, "", body.get("reply_markup"), Some(id));
        if let Some(obj) = m.as_object_mut() {
            obj.remove("text");
        }
        let (file_id, unique) = (format!("file-{id}"), format!("unique-{id}"));
        if field == "photo" {
            m["photo"] = json!([{"file_id": file_id, "file_unique_id": unique, "width": 800, "height": 500,
                                 "file_size": file.bytes.len()}]);
        } else {
            m["document"] = json!({"file_id": file_id, "file_unique_id": unique,
                                   "file_name": file.filename.clone().unwrap_or_default(),
                                   "mime_type": file.content_type.clone().unwrap_or_default(),
                                   "file_size": file.bytes.len()});
        }
        if let Some(caption) = body["caption"].as_str() {
            m["caption"] = json!(caption);
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

/// Fields of a form that the Bot API reads as numbers or JSON objects; the rest are text.
const STRUCTURED_FIELDS: &[&str] = &["chat_id", "message_id", "reply_markup", "reply_parameters"];

/// A request's parameters as one JSON object, and its uploaded files: from a JSON body, or from
/// multipart/form-data as teloxide sends uploads (a field `photo` = `attach://<part>` names the
/// part that holds the file).
fn request(headers: &HeaderMap, raw: &[u8]) -> Result<(Value, Vec<Part>), String> {
    let content_type = headers.get(CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or_default();
    let Some(boundary) = multipart::boundary(content_type) else {
        let body = if raw.is_empty() {
            json!({})
        } else {
            serde_json::from_slice(raw).map_err(|e| e.to_string())?
        };
        return Ok((body, Vec::new()));
    };
    let parts = multipart::parse(raw, &boundary)?;
    let mut body = json!({});
    let mut files = Vec::new();
    for part in parts.iter().filter(|p| p.filename.is_none()) {
        let text = part.text();
        let value = match text.strip_prefix("attach://") {
            Some(id) => {
                let file = parts
                    .iter()
                    .find(|f| f.name == id && f.filename.is_some())
                    .ok_or_else(|| format!("{} refers to a missing part {id}", part.name))?;
                files.push(Part { name: part.name.clone(), ..file.clone() });
                json!({"attach": id, "file_name": file.filename, "size": file.bytes.len()})
            }
            None if STRUCTURED_FIELDS.contains(&part.name.as_str()) => {
                serde_json::from_str(&text).map_err(|e| format!("{}: {e}", part.name))?
            }
            None => json!(text),
        };
        body[part.name.as_str()] = value;
    }
    Ok((body, files))
}

/// What Telegram itself refuses in an upload: a caption too long, a photo that is no image,
/// a missing file.
fn refused_upload(method: &str, body: &Value, files: &[Part]) -> Option<&'static str> {
    let field = match method {
        "sendphoto" => "photo",
        "senddocument" => "document",
        _ => return None,
    };
    if body["caption"].as_str().is_some_and(|c| c.encode_utf16().count() > MAX_CAPTION) {
        return Some("Bad Request: message caption is too long");
    }
    match files.iter().find(|f| f.name == field) {
        None => Some("Bad Request: there is no file in the request"),
        Some(f) if field == "photo" && !f.bytes.starts_with(b"\x89PNG\r\n\x1a\n") => {
            Some("Bad Request: IMAGE_PROCESS_FAILED")
        }
        Some(_) => None,
    }
}

async fn handle(
    State(fake): State<Arc<FakeTelegram>>,
    Path((token, method)): Path<(String, String)>,
    headers: HeaderMap,
    raw: Bytes,
) -> Response {
    let method = method.to_lowercase();
    let token = token.strip_prefix("bot").unwrap_or(&token).to_string();
    let (body, files) = match request(&headers, &raw) {
        Ok(parsed) => parsed,
        Err(e) => return error(StatusCode::BAD_REQUEST, &format!("Bad Request: {e}"), None),
    };
    let refused = fake.inner.lock().expect("lock").valid_token.as_ref().is_some_and(|t| *t != token);
    if refused {
        fake.record(Call {
            method,
            body,
            faulted: true,
            token,
            result: json!("401"),
            at: std::time::Instant::now(),
            files,
        });
        return error(StatusCode::UNAUTHORIZED, "Unauthorized", None);
    }
    let fault = {
        let mut inner = fake.inner.lock().expect("lock");
        let by_chat = shows_a_message(&method)
            .then(|| body["chat_id"].as_i64().and_then(|c| inner.chat_faults.get(&c).cloned()))
            .flatten();
        let nth = inner.calls.iter().filter(|c| c.method == method).count() + 1;
        by_chat
            .or_else(|| inner.nth_faults.remove(&(method.clone(), nth)))
            .or_else(|| inner.faults.get_mut(&method).and_then(VecDeque::pop_front))
    };
    if method == "getupdates" {
        return answer(&fake, &method, &body, &files).await;
    }
    let no_text = method == "editmessagetext" && {
        let key = (body["chat_id"].as_i64().unwrap_or(0), body["message_id"].as_i64().unwrap_or(0));
        fake.inner.lock().expect("lock").media.contains(&key)
    };
    let refused = refused_upload(&method, &body, &files)
        .or(no_text.then_some("Bad Request: there is no text in the message to edit"));
    if let Some(why) = refused {
        fake.record(Call {
            method,
            body,
            faulted: true,
            token,
            result: json!(why),
            at: std::time::Instant::now(),
            files,
        });
        return error(StatusCode::BAD_REQUEST, why, None);
    }
    let limited = (fault.is_none() && shows_a_message(&method))
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
            files,
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
            files,
        });
        return fault_response(fault);
    }
    let (parts, bytes) = answer(&fake, &method, &body, &files).await.into_parts();
    let bytes = axum::body::to_bytes(bytes, usize::MAX).await.unwrap_or_default();
    let result = serde_json::from_slice::<Value>(&bytes).map(|v| v["result"].clone()).unwrap_or(Value::Null);
    fake.record(Call { method, body, faulted: false, token, result, at: std::time::Instant::now(), files });
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

async fn answer(fake: &Arc<FakeTelegram>, method: &str, body: &Value, files: &[Part]) -> Response {
    let method = method.to_string();
    match method.as_str() {
        "getme" => ok(json!({
            "id": BOT_ID, "is_bot": true, "first_name": "upback", "username": BOT_USERNAME,
            "can_join_groups": !fake.inner.lock().expect("lock").no_groups, "can_read_all_group_messages": false,
            "supports_inline_queries": false, "has_main_web_app": false,
        })),
        "getwebhookinfo" => {
            let url = fake.webhook().map(|(url, _)| url).unwrap_or_default();
            ok(json!({"url": url, "has_custom_certificate": false, "pending_update_count": 0}))
        }
        "setwebhook" => {
            let url = body["url"].as_str().unwrap_or_default().to_string();
            let secret = body["secret_token"].as_str().unwrap_or_default().to_string();
            fake.inner.lock().expect("lock").webhook = (!url.is_empty()).then_some((url, secret));
            ok(json!(true))
        }
        "deletewebhook" => {
            fake.inner.lock().expect("lock").webhook = None;
            ok(json!(true))
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
        "answercallbackquery" | "deletemycommands" => ok(json!(true)),
        "getupdates" => {
            let offset = body["offset"].as_i64().unwrap_or(0);
            let timeout = body["timeout"].as_u64().unwrap_or(0);
            // As Telegram does: at most `limit` updates an answer, 100 unless asked for fewer.
            let limit = body["limit"].as_u64().unwrap_or(100).clamp(1, 100) as usize;
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
                        return ok(Value::Array(inner.pending.iter().take(limit).cloned().collect()));
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
        "sendphoto" | "senddocument" => {
            let field = if method == "sendphoto" { "photo" } else { "document" };
            match files.iter().find(|f| f.name == field) {
                Some(file) => ok(fake.media_message(body, field, file)),
                None => error(StatusCode::BAD_REQUEST, "Bad Request: there is no file in the request", None),
            }
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

/// POSTs `body` as JSON to an http:// `url` (a bot's webhook on loopback), with the secret
/// header when given, over a fresh connection; returns the status.
async fn post_json(url: &str, body: &str, secret: Option<&str>) -> u16 {
    use std::io::{Read, Write};
    let url: url::Url = url.parse().expect("webhook url");
    let host = url.host_str().expect("host").to_string();
    let port = url.port_or_known_default().expect("port");
    let path = url.path().to_string();
    let body = body.to_string();
    let secret = secret.map(String::from);
    tokio::task::spawn_blocking(move || {
        let mut s = std::net::TcpStream::connect((host.as_str(), port)).expect("the webhook listens");
        let header = secret.map(|s| format!("X-Telegram-Bot-Api-Secret-Token: {s}\r\n")).unwrap_or_default();
        write!(
            s,
            "POST {path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n{header}\
             Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        )
        .expect("writes");
        let mut raw = String::new();
        s.read_to_string(&mut raw).expect("reads");
        raw.split_whitespace().nth(1).and_then(|c| c.parse().ok()).unwrap_or(0)
    })
    .await
    .expect("join")
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

/// A press of a button with `data` under the bot's photo `message_id` (the pain chart) in
/// `chat`: the message has a caption and no text.
pub fn callback_on_photo_update(user_id: i64, chat_id: i64, message_id: i64, data: &str) -> Value {
    checked(json!({"callback_query": {
        "id": format!("cb-{user_id}-{message_id}-{}", data.len()),
        "from": user(user_id, None),
        "chat_instance": "ci",
        "data": data,
        "message": {
            "message_id": message_id,
            "date": 1_780_000_000,
            "chat": chat(chat_id),
            "from": bot_user(),
            "photo": [{"file_id": "f", "file_unique_id": "u", "width": 800, "height": 500}],
            "caption": "…",
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
