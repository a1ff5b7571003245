//! A loopback fake of Discord for the real serenity client: REST under `/api/v10` (reached
//! through serenity's proxy setting) and a WebSocket gateway on the same port (HELLO,
//! IDENTIFY, READY, heartbeats, then whatever events a test dispatches). Every REST call is
//! recorded so tests assert on exactly what a member would see; faults can be queued. Uploads
//! come as Discord takes them: multipart/form-data with the JSON in `payload_json` and each
//! file in a part `files[n]` that an `attachments` entry with `id` n describes; like Discord,
//! the fake refuses a file without its entry, and content over 2,000 characters.

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
        atomic::{AtomicU64, Ordering},
        Arc, Mutex,
    },
    time::Duration,
};

use axum::{
    body::Bytes,
    extract::{
        ws::{CloseFrame, Message as WsMessage, WebSocket, WebSocketUpgrade},
        Path, State,
    },
    http::{header::CONTENT_TYPE, HeaderMap, Method, StatusCode},
    response::{IntoResponse, Response},
    routing::{any, get},
    Json, Router,
};
use serde_json::{json, Value};
use tokio::sync::{watch, Notify};

/// Not the bot user's id: an application's id and its bot's are different things to ask for.
pub const APP_ID: u64 = 900_000_000_000_000_077;
pub const BOT_ID: u64 = 900_000_000_000_000_001;
pub const GUILD: u64 = 800_000_000_000_000_001;
pub const CHANNEL: u64 = 700_000_000_000_000_001;
pub const DM_CHANNEL: u64 = 700_000_000_000_000_002;
/// The role Discord gives the bot in a server it was invited to.
pub const BOT_ROLE: u64 = 800_000_000_000_000_101;
pub const PATIENCE: Duration = Duration::from_secs(60);

#[derive(Debug, Clone)]
pub enum Fault {
    RateLimited,
    ServerError,
}

#[derive(Debug, Clone)]
pub struct Call {
    pub method: String,
    /// Below `/api/v10`, e.g. `/interactions/1/tok-1/callback`.
    pub path: String,
    pub body: Value,
    pub faulted: bool,
    pub result: Value,
    /// The files uploaded with it, as the parts `files[n]` carried them.
    pub files: Vec<Part>,
}

impl Call {
    /// The message fields of the call: an interaction callback's `data`, else the body.
    pub fn data(&self) -> &Value {
        if self.path.ends_with("/callback") {
            &self.body["data"]
        } else {
            &self.body
        }
    }

    /// The uploaded files with the `attachments` entry that describes each:
    /// (entry, file).
    pub fn attachments(&self) -> Vec<(Value, Part)> {
        self.files
            .iter()
            .map(|f| {
                let entry = attachment_entry(self.data(), f).cloned().unwrap_or(Value::Null);
                (entry, f.clone())
            })
            .collect()
    }
}

/// Discord's longest message content.
pub const MAX_CONTENT: usize = 2000;

/// The index `n` of a part named `files[n]`.
fn file_index(part: &Part) -> Option<u64> {
    part.name.strip_prefix("files[")?.strip_suffix(']')?.parse().ok()
}

/// The `attachments` entry of `data` that describes an uploaded part (same `id` as its `n`).
fn attachment_entry<'a>(data: &'a Value, part: &Part) -> Option<&'a Value> {
    let n = file_index(part)?;
    data["attachments"]
        .as_array()?
        .iter()
        .find(|a| a["id"].as_u64() == Some(n) || a["id"].as_str().and_then(|s| s.parse().ok()) == Some(n))
}

/// A request's JSON and files: a plain JSON body, or multipart/form-data with `payload_json`
/// and `files[n]`. An error is Discord's "Invalid Form Body" reason.
fn request(headers: &HeaderMap, raw: &[u8]) -> Result<(Value, Vec<Part>), String> {
    let content_type = headers.get(CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or_default();
    let Some(boundary) = multipart::boundary(content_type) else {
        return Ok((serde_json::from_slice(raw).unwrap_or(Value::Null), Vec::new()));
    };
    let parts = multipart::parse(raw, &boundary)?;
    let payload = parts.iter().find(|p| p.name == "payload_json").ok_or("no payload_json part")?;
    let body: Value = serde_json::from_slice(&payload.bytes).map_err(|e| format!("payload_json: {e}"))?;
    let mut files = Vec::new();
    for part in parts.iter().filter(|p| p.name != "payload_json") {
        if file_index(part).is_none() || part.filename.is_none() {
            return Err(format!("an unexpected part {:?}", part.name));
        }
        files.push(part.clone());
    }
    Ok((body, files))
}

/// What Discord refuses in a message: a file no `attachments` entry describes (or one under
/// another name), content that is too long.
fn refused(body: &Value, path: &str, files: &[Part]) -> Option<String> {
    let data = if path.ends_with("/callback") { &body["data"] } else { body };
    if data["content"].as_str().is_some_and(|c| c.chars().count() > MAX_CONTENT) {
        return Some("content: Must be 2000 or fewer in length.".into());
    }
    files.iter().find_map(|f| match attachment_entry(data, f) {
        None => Some(format!("attachments: no entry for {}", f.name)),
        Some(a) if a["filename"].as_str() != f.filename.as_deref() => {
            Some(format!("attachments: {} is named {} in its entry", f.name, a["filename"]))
        }
        Some(_) => None,
    })
}

#[derive(Default)]
struct Inner {
    calls: Vec<Call>,
    faults: HashMap<String, VecDeque<Fault>>,
    events: VecDeque<(String, Value)>,
    /// IDENTIFYs and RESUMEs so far; a connection sends events only while it is the latest.
    identified: usize,
    /// The `shard` of each IDENTIFY, in the order they came (`[id, total]`).
    shards: Vec<Value>,
    /// When set, a REST call with any other token is answered 401, as Discord does.
    valid_token: Option<String>,
    /// What PUT registered, by path, for GET to answer.
    commands: HashMap<String, Value>,
    guilds: HashMap<u64, FakeGuild>,
    /// The gateway answers 503 instead of opening a WebSocket (REST still works).
    gateway_down: bool,
}

/// A server the bot is in, as the fake describes it in GUILD_CREATE and over REST.
#[derive(Debug, Clone)]
pub struct FakeGuild {
    pub id: u64,
    pub preferred_locale: String,
    /// The permissions of the bot's own role ([`BOT_ROLE`]); @everyone has none.
    pub bot_permissions: u64,
    pub system_channel: Option<u64>,
    /// Text channels: (id, position, whether @everyone is denied Send Messages there).
    pub channels: Vec<(u64, u16, bool)>,
    /// When the bot joined (RFC 3339).
    pub joined_at: String,
    /// Who owns the server (`owner_id`).
    pub owner: u64,
    /// The server's roles besides @everyone and the bot's: (id, permissions). A member has
    /// them as a message's `member.roles` names them.
    pub roles: Vec<(u64, u64)>,
}

impl FakeGuild {
    /// A server that just added the bot with what its invite asks for (View Channel, Send
    /// Messages, Send Messages in Threads), with one text channel, [`CHANNEL`], its system
    /// channel.
    pub fn new(id: u64) -> Self {
        Self {
            id,
            preferred_locale: "en-US".into(),
            bot_permissions: 1024 | 2048 | 16_384 | 32_768 | 131_072,
            system_channel: Some(CHANNEL),
            channels: vec![(CHANNEL, 0, false)],
            joined_at: chrono::Utc::now().to_rfc3339(),
            owner: 1,
            roles: Vec::new(),
        }
    }

    fn role(&self, id: u64, name: &str, permissions: u64) -> Value {
        json!({"id": id.to_string(), "name": name, "color": 0, "colors": {"primary_color": 0},
               "hoist": false, "managed": id == BOT_ROLE, "mentionable": false,
               "permissions": permissions.to_string(), "position": u64::from(id != self.id),
               "icon": null, "unicode_emoji": null, "flags": 0})
    }

    fn member(&self) -> Value {
        json!({"user": bot_user(), "roles": [BOT_ROLE.to_string()], "deaf": false, "mute": false,
               "flags": 0, "joined_at": self.joined_at, "nick": null})
    }

    /// The server as `GET /guilds/{id}` answers.
    fn partial(&self) -> Value {
        let mut roles =
            vec![self.role(self.id, "@everyone", 0), self.role(BOT_ROLE, "upback", self.bot_permissions)];
        roles.extend(
            self.roles.iter().map(|(id, permissions)| self.role(*id, &format!("role-{id}"), *permissions)),
        );
        json!({
            "id": self.id.to_string(), "name": "Running club", "icon": null, "splash": null,
            "discovery_splash": null, "owner_id": self.owner.to_string(), "afk_channel_id": null,
            "afk_timeout": 300, "verification_level": 0, "default_message_notifications": 0,
            "explicit_content_filter": 0, "roles": roles,
            "emojis": [], "features": [], "mfa_level": 0, "application_id": null,
            "system_channel_id": self.system_channel.map(|c| c.to_string()), "system_channel_flags": 0,
            "rules_channel_id": null, "vanity_url_code": null, "description": null, "banner": null,
            "premium_tier": 0, "preferred_locale": self.preferred_locale,
            "public_updates_channel_id": null, "nsfw_level": 0, "stickers": [],
            "premium_progress_bar_enabled": false, "safety_alerts_channel_id": null,
        })
    }

    /// The GUILD_CREATE event Discord sends for this server at every connection.
    pub fn guild_create(&self) -> Value {
        let mut g = self.partial();
        let channels: Vec<Value> = self
            .channels
            .iter()
            .map(|(id, position, denied)| {
                let overwrites = if *denied {
                    json!([{"id": self.id.to_string(), "type": 0, "allow": "0", "deny": "2048"}])
                } else {
                    json!([])
                };
                json!({"id": id.to_string(), "type": 0, "guild_id": self.id.to_string(),
                       "name": format!("channel-{position}"), "position": position,
                       "permission_overwrites": overwrites, "nsfw": false, "topic": null,
                       "last_message_id": null, "parent_id": null, "rate_limit_per_user": 0})
            })
            .collect();
        let extra = json!({
            "joined_at": self.joined_at, "large": false, "unavailable": false, "member_count": 2,
            "voice_states": [], "members": [self.member()], "channels": channels, "threads": [],
            "presences": [], "stage_instances": [], "guild_scheduled_events": [],
        });
        if let (Some(g), Some(extra)) = (g.as_object_mut(), extra.as_object()) {
            g.extend(extra.clone());
        }
        if let Err(e) = serde_json::from_str::<serenity::all::Guild>(&g.to_string()) {
            panic!("serenity cannot parse this guild ({e}): {g}");
        }
        g
    }
}

/// The queue entry that makes the connected session send op 9 instead of an event.
const INVALID_SESSION: &str = "(op 9)";
/// The start of the queue entry that makes the connected session close with a code.
const CLOSE: &str = "(close) ";

/// Whether a queue entry ends the connection instead of being an event.
fn ends_session(kind: &str) -> bool {
    kind == INVALID_SESSION || kind.starts_with(CLOSE)
}

pub struct FakeDiscord {
    inner: Mutex<Inner>,
    changed: watch::Sender<usize>,
    new_event: Notify,
    ids: AtomicU64,
    pub addr: SocketAddr,
}

impl FakeDiscord {
    pub async fn start() -> Arc<Self> {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind loopback");
        let addr = listener.local_addr().expect("addr");
        let (changed, _) = watch::channel(0);
        let fake = Arc::new(Self {
            inner: Mutex::new(Inner::default()),
            changed,
            new_event: Notify::new(),
            ids: AtomicU64::new(1_000),
            addr,
        });
        let app = Router::new()
            .route("/", get(gateway))
            .route("/api/v10/{*path}", any(rest))
            .with_state(fake.clone());
        tokio::spawn(async move { axum::serve(listener, app).await.expect("fake serves") });
        fake
    }

    pub fn url(&self) -> url::Url {
        format!("http://{}", self.addr).parse().expect("url")
    }

    pub fn next_id(&self) -> u64 {
        self.ids.fetch_add(1, Ordering::SeqCst)
    }

    /// Sends a gateway event (`t`, `d`) to the connected bot.
    pub fn dispatch(&self, kind: &str, data: Value) {
        self.inner.lock().expect("lock").events.push_back((kind.to_string(), data));
        self.new_event.notify_waiters();
        self.new_event.notify_one();
    }

    /// Ends the bot's gateway session as Discord does when it drops one (op 9 INVALID_SESSION,
    /// not resumable): the client connects again and IDENTIFYs afresh, and gets READY again.
    /// Events dispatched from now on go to the new connection.
    pub fn invalidate_session(&self) {
        self.dispatch(INVALID_SESSION, Value::Null);
    }

    /// Closes the bot's gateway connection with `code`, as Discord does when it will not take
    /// the session any more: 4004 (authentication failed, as after a token reset) or 4014
    /// (disallowed intents) are final, and serenity does not connect again by itself.
    /// Events dispatched from now on go to the next connection.
    pub fn close_session(&self, code: u16) {
        self.dispatch(&format!("{CLOSE}{code}"), Value::Null);
    }

    /// Makes the gateway unreachable (503 to the WebSocket upgrade) or reachable again, while
    /// REST goes on answering: a firewall that lets HTTPS through but not WebSockets.
    pub fn gateway_down(&self, down: bool) {
        self.inner.lock().expect("lock").gateway_down = down;
    }

    /// Queues a fault for the next call whose `METHOD /first-segment` matches, e.g.
    /// `POST /interactions`.
    pub fn fail_next(&self, route: &str, fault: Fault) {
        self.inner.lock().expect("lock").faults.entry(route.to_string()).or_default().push_back(fault);
    }

    /// From now on only `token` is a valid bot token; REST calls with another get a 401.
    pub fn accept_only(&self, token: &str) {
        self.inner.lock().expect("lock").valid_token = Some(token.to_string());
    }

    /// Puts the bot in a server (for REST; dispatch its [`FakeGuild::guild_create`] to say so
    /// on the gateway).
    pub fn add_guild(&self, guild: FakeGuild) {
        self.inner.lock().expect("lock").guilds.insert(guild.id, guild);
    }

    pub fn calls(&self) -> Vec<Call> {
        self.inner.lock().expect("lock").calls.clone()
    }

    /// The shards that identified, as `[id, total]`, in order.
    pub fn shards(&self) -> Vec<Value> {
        self.inner.lock().expect("lock").shards.clone()
    }

    pub fn identified(&self) -> usize {
        self.inner.lock().expect("lock").identified
    }

    pub async fn wait_for<T>(&self, what: &str, mut check: impl FnMut(&[Call]) -> Option<T>) -> T {
        let mut rx = self.changed.subscribe();
        let deadline = tokio::time::Instant::now() + PATIENCE;
        loop {
            if let Some(v) = check(&self.calls()) {
                return v;
            }
            if !matches!(tokio::time::timeout_at(deadline, rx.changed()).await, Ok(Ok(()))) {
                let seen: Vec<String> =
                    self.calls().iter().map(|c| format!("{} {} {}", c.method, c.path, c.body)).collect();
                panic!("timed out waiting for {what}; calls:\n{}", seen.join("\n"));
            }
        }
    }

    fn guild(&self, id: &str) -> Option<FakeGuild> {
        let id: u64 = id.parse().ok()?;
        self.inner.lock().expect("lock").guilds.get(&id).cloned()
    }

    fn record(&self, call: Call) {
        self.inner.lock().expect("lock").calls.push(call);
        self.changed.send_modify(|n| *n += 1);
    }

    fn message(&self, body: &Value, channel: u64, files: &[Part]) -> Value {
        let attachments: Vec<Value> = files
            .iter()
            .map(|f| {
                let id = self.next_id();
                let name = f.filename.clone().unwrap_or_default();
                let url = format!("https://cdn.discordapp.com/attachments/{channel}/{id}/{name}");
                json!({"id": id.to_string(), "filename": name, "size": f.bytes.len(),
                       "url": url, "proxy_url": url, "content_type": f.content_type,
                       "description": attachment_entry(body, f).and_then(|a| a.get("description")).cloned()})
            })
            .collect();
        json!({
            "id": self.next_id().to_string(),
            "channel_id": channel.to_string(),
            "author": bot_user(),
            "content": body["content"].as_str().unwrap_or(""),
            "timestamp": "2026-06-02T18:00:00.000000+00:00",
            "tts": false,
            "mention_everyone": false,
            "mentions": [],
            "mention_roles": [],
            "attachments": attachments,
            "embeds": [],
            "pinned": false,
            "type": 0,
            "flags": body["flags"].as_u64().unwrap_or(0),
            "components": body.get("components").cloned().unwrap_or(json!([])),
        })
    }
}

pub fn bot_user() -> Value {
    json!({"id": BOT_ID.to_string(), "username": "upback", "discriminator": "0", "global_name": null, "avatar": null, "bot": true})
}

pub fn user(id: u64) -> Value {
    json!({"id": id.to_string(), "username": format!("runner{id}"), "discriminator": "0", "global_name": null, "avatar": null})
}

async fn rest(
    State(fake): State<Arc<FakeDiscord>>,
    method: Method,
    Path(path): Path<String>,
    headers: HeaderMap,
    raw: Bytes,
) -> Response {
    let path = format!("/{path}");
    let invalid = |why: &str| {
        (
            StatusCode::BAD_REQUEST,
            Json(json!({"message": format!("Invalid Form Body: {why}"), "code": 50035})),
        )
            .into_response()
    };
    let (body, files) = match request(&headers, &raw) {
        Ok(parsed) => parsed,
        Err(why) => return invalid(&why),
    };
    let valid = fake.inner.lock().expect("lock").valid_token.clone();
    let given = headers.get("authorization").and_then(|v| v.to_str().ok()).unwrap_or_default();
    if valid.is_some_and(|t| given != format!("Bot {t}")) {
        fake.record(Call {
            method: method.to_string(),
            path,
            body,
            faulted: true,
            result: json!("401"),
            files,
        });
        return (StatusCode::UNAUTHORIZED, Json(json!({"message": "401: Unauthorized", "code": 0})))
            .into_response();
    }
    if let Some(why) = refused(&body, &path, &files) {
        fake.record(Call {
            method: method.to_string(),
            path,
            body,
            faulted: true,
            result: json!(why),
            files,
        });
        return invalid(&why);
    }
    let segment = path.split('/').nth(1).unwrap_or_default();
    let route = format!("{method} /{segment}");
    let fault = fake.inner.lock().expect("lock").faults.get_mut(&route).and_then(VecDeque::pop_front);
    if let Some(fault) = fault {
        fake.record(Call {
            method: method.to_string(),
            path,
            body,
            faulted: true,
            result: Value::Null,
            files,
        });
        return match fault {
            Fault::RateLimited => (
                StatusCode::TOO_MANY_REQUESTS,
                Json(json!({"message": "You are being rate limited.", "retry_after": 0.05, "global": false, "code": 0})),
            )
                .into_response(),
            Fault::ServerError => {
                (StatusCode::INTERNAL_SERVER_ERROR, Json(json!({"message": "Internal Server Error", "code": 0})))
                    .into_response()
            }
        };
    }
    let parts: Vec<&str> = path.split('/').skip(1).collect();
    let (status, result) = match (method.as_str(), parts.as_slice()) {
        ("GET", ["gateway"]) => (StatusCode::OK, json!({"url": format!("ws://{}", fake.addr)})),
        ("GET", ["gateway", "bot"]) => (
            StatusCode::OK,
            json!({"url": format!("ws://{}", fake.addr), "shards": 1,
                   "session_start_limit": {"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1}}),
        ),
        ("GET", ["users", "@me"]) => (StatusCode::OK, bot_user()),
        ("GET", ["oauth2", "applications", "@me"]) => (
            StatusCode::OK,
            json!({"id": APP_ID.to_string(), "name": "upback", "icon": null, "description": "", "bot_public": true,
                   "bot_require_code_grant": false, "verify_key": "k", "flags": 0,
                   "owner": user(1), "team": null}),
        ),
        ("PUT", ["applications", _, "commands"]) | ("PUT", ["applications", _, "guilds", _, "commands"]) => {
            let echoed: Vec<Value> = body
                .as_array()
                .cloned()
                .unwrap_or_default()
                .into_iter()
                .map(|mut c| {
                    c["id"] = json!(fake.next_id().to_string());
                    c["application_id"] = json!(APP_ID.to_string());
                    c["version"] = json!("1");
                    c["type"] = c.get("type").cloned().unwrap_or(json!(1));
                    c["default_member_permissions"] =
                        c.get("default_member_permissions").cloned().unwrap_or(Value::Null);
                    c
                })
                .collect();
            fake.inner.lock().expect("lock").commands.insert(path.clone(), Value::Array(echoed.clone()));
            (StatusCode::OK, Value::Array(echoed))
        }
        ("GET", ["applications", _, "commands"]) | ("GET", ["applications", _, "guilds", _, "commands"]) => {
            let registered = fake.inner.lock().expect("lock").commands.get(&path).cloned();
            (StatusCode::OK, registered.unwrap_or(json!([])))
        }
        ("GET", ["guilds", id]) => match fake.guild(id) {
            Some(g) => (StatusCode::OK, g.partial()),
            None => (StatusCode::NOT_FOUND, json!({"message": "Unknown Guild", "code": 10004})),
        },
        ("GET", ["guilds", id, "members", user]) => match fake.guild(id) {
            Some(g) if *user == BOT_ID.to_string() => (StatusCode::OK, g.member()),
            Some(_) => (StatusCode::NOT_FOUND, json!({"message": "Unknown Member", "code": 10007})),
            None => (StatusCode::NOT_FOUND, json!({"message": "Unknown Guild", "code": 10004})),
        },
        ("POST", ["interactions", _, _, "callback"]) => (StatusCode::NO_CONTENT, Value::Null),
        ("POST", ["webhooks", _, _]) => (StatusCode::OK, fake.message(&body, CHANNEL, &files)),
        ("PATCH", ["webhooks", _, _, "messages", _]) => {
            (StatusCode::OK, fake.message(&body, CHANNEL, &files))
        }
        ("POST", ["channels", channel, "messages"]) => {
            (StatusCode::OK, fake.message(&body, channel.parse().unwrap_or(CHANNEL), &files))
        }
        ("PATCH", ["channels", channel, "messages", id]) => {
            let mut edited = fake.message(&body, channel.parse().unwrap_or(CHANNEL), &files);
            edited["id"] = json!(id.to_string());
            (StatusCode::OK, edited)
        }
        _ => (StatusCode::NOT_FOUND, json!({"message": "404: Not Found", "code": 0})),
    };
    fake.record(Call {
        method: method.to_string(),
        path,
        body,
        faulted: false,
        result: result.clone(),
        files,
    });
    if status == StatusCode::NO_CONTENT {
        status.into_response()
    } else {
        (status, Json(result)).into_response()
    }
}

async fn gateway(ws: WebSocketUpgrade, State(fake): State<Arc<FakeDiscord>>) -> Response {
    if fake.inner.lock().expect("lock").gateway_down {
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    }
    ws.on_upgrade(move |socket| session(fake, socket))
}

async fn send(socket: &mut WebSocket, value: Value) -> bool {
    socket.send(WsMessage::Text(value.to_string().into())).await.is_ok()
}

async fn session(fake: Arc<FakeDiscord>, mut socket: WebSocket) {
    if !send(&mut socket, json!({"op": 10, "d": {"heartbeat_interval": 45000}})).await {
        return;
    }
    let mut seq = 0u64;
    // This connection's IDENTIFY, once READY is sent; only the latest connection takes events.
    let mut mine: Option<usize> = None;
    loop {
        let notified = fake.new_event.notified();
        let pending: Vec<(String, Value)> = {
            let mut inner = fake.inner.lock().expect("lock");
            if mine == Some(inner.identified) {
                match inner.events.iter().position(|(kind, _)| ends_session(kind)) {
                    Some(i) => inner.events.drain(..=i).collect(),
                    None => inner.events.drain(..).collect(),
                }
            } else {
                Vec::new()
            }
        };
        for (kind, data) in pending {
            if let Some(code) = kind.strip_prefix(CLOSE) {
                let code = code.parse().expect("a close code");
                let frame = CloseFrame { code, reason: "closed by the test".into() };
                let _ = socket.send(WsMessage::Close(Some(frame))).await;
                return;
            }
            if kind == INVALID_SESSION {
                // Not resumable: the client closes this connection and identifies on a new one.
                let _ = send(&mut socket, json!({"op": 9, "d": false})).await;
                mine = None;
                break;
            }
            seq += 1;
            if !send(&mut socket, json!({"op": 0, "s": seq, "t": kind, "d": data})).await {
                return;
            }
        }
        tokio::select! {
            frame = socket.recv() => {
                let Some(Ok(frame)) = frame else { return };
                let text = match frame {
                    WsMessage::Text(t) => t.to_string(),
                    WsMessage::Binary(b) => String::from_utf8_lossy(&b).into_owned(),
                    WsMessage::Close(_) => return,
                    _ => continue,
                };
                let Ok(v) = serde_json::from_str::<Value>(&text) else { continue };
                match v["op"].as_u64() {
                    Some(1) if !send(&mut socket, json!({"op": 11})).await => return,
                    Some(2) | Some(6) => {
                        let n = {
                            let mut inner = fake.inner.lock().expect("lock");
                            if v["op"] == 2 {
                                inner.shards.push(v["d"]["shard"].clone());
                            }
                            inner.identified += 1;
                            inner.identified
                        };
                        fake.changed.send_modify(|n| *n += 1);
                        seq += 1;
                        let ready_event = json!({"op": 0, "s": seq, "t": "READY", "d": {
                            "v": 10, "user": bot_user(), "guilds": [], "session_id": "s",
                            "resume_gateway_url": format!("ws://{}", fake.addr),
                            "application": {"id": APP_ID.to_string(), "flags": 0},
                        }});
                        if !send(&mut socket, ready_event).await { return }
                        mine = Some(n);
                    }
                    _ => {}
                }
            }
            _ = notified => {}
        }
    }
}

fn member(user_id: u64) -> Value {
    json!({"user": user(user_id), "roles": [], "deaf": false, "mute": false, "flags": 0,
           "joined_at": "2025-01-01T00:00:00.000000+00:00", "permissions": "0"})
}

/// Where an interaction happens: a server channel or a DM.
#[derive(Debug, Clone, Copy)]
pub enum Place {
    Guild,
    Dm,
}

fn base(fake: &FakeDiscord, kind: u8, user_id: u64, place: Place, locale: &str) -> Value {
    let id = fake.next_id();
    let mut v = json!({
        "id": id.to_string(),
        "application_id": APP_ID.to_string(),
        "type": kind,
        "token": format!("tok-{id}"),
        "version": 1,
        "locale": locale,
        "entitlements": [],
        "attachment_size_limit": 8_388_608,
        "app_permissions": "0",
    });
    match place {
        Place::Guild => {
            v["guild_id"] = json!(GUILD.to_string());
            v["channel_id"] = json!(CHANNEL.to_string());
            v["guild_locale"] = json!("en-US");
            v["member"] = member(user_id);
        }
        Place::Dm => {
            v["channel_id"] = json!(DM_CHANNEL.to_string());
            v["user"] = user(user_id);
        }
    }
    v
}

/// A slash command.
pub fn slash(fake: &FakeDiscord, user_id: u64, place: Place, name: &str, locale: &str) -> Value {
    let mut v = base(fake, 2, user_id, place, locale);
    v["data"] = json!({"id": fake.next_id().to_string(), "name": name, "type": 1});
    checked(v)
}

/// A button press on `message` (as the fake returned it, or rebuilt from a response).
pub fn press(fake: &FakeDiscord, user_id: u64, place: Place, message: &Value, custom_id: &str) -> Value {
    let mut v = base(fake, 3, user_id, place, "en-US");
    v["data"] = json!({"custom_id": custom_id, "component_type": 2});
    v["message"] = message.clone();
    checked(v)
}

/// A message a member typed: in a DM, or in the server's channel (mentioning the bot when
/// `mention` is set), as MESSAGE_CREATE carries it.
pub fn typed(fake: &FakeDiscord, user_id: u64, place: Place, content: &str, mention: bool) -> Value {
    let mut v = json!({
        "id": fake.next_id().to_string(),
        "author": user(user_id),
        "content": if mention { format!("<@{BOT_ID}> {content}") } else { content.to_string() },
        "timestamp": "2026-06-02T18:00:00.000000+00:00",
        "tts": false,
        "mention_everyone": false,
        "mentions": if mention { json!([bot_user()]) } else { json!([]) },
        "mention_roles": [],
        "attachments": [],
        "embeds": [],
        "pinned": false,
        "type": 0,
    });
    match place {
        Place::Guild => {
            v["channel_id"] = json!(CHANNEL.to_string());
            v["guild_id"] = json!(GUILD.to_string());
            v["member"] = json!({"roles": [], "deaf": false, "mute": false, "flags": 0,
                                 "joined_at": "2025-01-01T00:00:00.000000+00:00"});
        }
        Place::Dm => v["channel_id"] = json!(DM_CHANNEL.to_string()),
    }
    if let Err(e) = serde_json::from_str::<serenity::all::Message>(&v.to_string()) {
        panic!("serenity cannot parse this message ({e}): {v}");
    }
    v
}

/// The message an interaction response created, as Discord would show it to a later press.
pub fn message_from_response(fake: &FakeDiscord, response: &Call) -> Value {
    fake.message(&response.body["data"], CHANNEL, &response.files)
}

/// Refuses a fixture serenity could not parse (it would become an Unknown event).
fn checked(v: Value) -> Value {
    if let Err(e) = serde_json::from_str::<serenity::all::Interaction>(&v.to_string()) {
        panic!("serenity cannot parse this interaction ({e}): {v}");
    }
    v
}

/// The custom_id of the button labelled `label` in a body's components.
pub fn custom_id(body: &Value, label: &str) -> String {
    let components = if body["data"].is_object() { &body["data"]["components"] } else { &body["components"] };
    components
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|row| row["components"].as_array().cloned().unwrap_or_default())
        .find(|b| b["label"] == label)
        .and_then(|b| b["custom_id"].as_str().map(String::from))
        .unwrap_or_else(|| panic!("no button {label:?} in {body}"))
}
