//! The operator's HTTP endpoints. On `UPBACK_HTTP_ADDR`: `/healthz` (200 once every adapter
//! is connected, 503 naming the one that is not) and `/metrics` (Prometheus). On its own
//! listener, `UPBACK_ADMIN_ADDR` (loopback unless set otherwise): `/backup`, which streams a
//! consistent backup of the live database to `upback backup`. It needs the admin token the bot
//! writes into its data directory, so only someone who can read the data can copy it, and it
//! never shares a port with what a monitoring system scrapes.

use crate::database::Db;
use std::{
    net::SocketAddr,
    sync::{
        atomic::{AtomicBool, Ordering},
        Arc, Mutex,
    },
};

use anyhow::{Context, Result};
use axum::{
    body::Body,
    extract::State,
    http::{header, HeaderMap, StatusCode},
    response::{IntoResponse, Response},
    routing::{get, post},
    Router,
};
use subtle::ConstantTimeEq;
use tokio::{net::TcpListener, sync::oneshot, task::JoinHandle};
use upback_core::engine::Engine;

use crate::metrics::METRICS;

/// Whether one adapter is connected, and if not, why: the one place a platform's state is
/// kept, so /healthz cannot say it is up on one line and down on another. How it is served
/// (long polling or a webhook, a range of shards) is said on the same line.
#[derive(Default)]
pub struct Status {
    up: Arc<AtomicBool>,
    why: Mutex<String>,
    how: std::sync::OnceLock<String>,
}

impl Status {
    pub fn new() -> Arc<Self> {
        Arc::new(Self::default())
    }

    /// The flag the adapter itself sets once it is connected (and clears when it is not).
    pub fn flag(&self) -> Arc<AtomicBool> {
        self.up.clone()
    }

    pub fn up(&self) {
        self.up.store(true, Ordering::SeqCst);
    }

    /// Down, saying why (shown on /healthz, so never a token).
    pub fn down(&self, why: impl Into<String>) {
        self.up.store(false, Ordering::SeqCst);
        *self.why.lock().unwrap_or_else(|p| p.into_inner()) = why.into();
    }

    pub fn is_up(&self) -> bool {
        self.up.load(Ordering::SeqCst)
    }

    /// How the platform is served, for the life of the process ("long polling"); said after
    /// its state. Set once: a second call changes nothing.
    pub fn serving(&self, how: impl Into<String>) {
        let _ = self.how.set(how.into());
    }

    pub(crate) fn line(&self, name: &str) -> String {
        let state = if self.is_up() {
            "up".to_string()
        } else {
            match self.why.lock().unwrap_or_else(|p| p.into_inner()).clone() {
                why if why.is_empty() => "down (connecting)".to_string(),
                why => format!("down ({why})"),
            }
        };
        match self.how.get() {
            Some(how) => format!("{name}: {state}; {how}"),
            None => format!("{name}: {state}"),
        }
    }
}

/// Which adapters are up. A platform that is not configured does not count.
#[derive(Default)]
pub struct Health {
    pub checks: Vec<(&'static str, Arc<Status>)>,
}

impl Health {
    pub fn healthy(&self) -> bool {
        self.checks.iter().all(|(_, s)| s.is_up())
    }
}

pub struct Running {
    stop: oneshot::Sender<()>,
    task: JoinHandle<()>,
    pub addr: SocketAddr,
}

impl Running {
    pub async fn stop(self) {
        let _ = self.stop.send(());
        let _ = self.task.await;
    }
}

/// Logs a warning when a listener is reachable from other machines: plain HTTP, and for the
/// admin listener, a copy of every runner's data behind one token.
fn warn_if_exposed(setting: &str, addr: SocketAddr, what: &str) {
    if !addr.ip().is_loopback() {
        tracing::warn!(%addr, "{setting} listens beyond this machine, over plain HTTP: {what}");
    }
}

async fn serve(setting: &'static str, addr: SocketAddr, app: Router) -> Result<Running> {
    let listener =
        TcpListener::bind(addr).await.with_context(|| format!("{setting}: cannot listen on {addr}"))?;
    let addr = listener.local_addr()?;
    let (stop, stopped) = oneshot::channel::<()>();
    let task = tokio::spawn(async move {
        let serve = axum::serve(listener, app).with_graceful_shutdown(async {
            let _ = stopped.await;
        });
        if let Err(e) = serve.await {
            tracing::error!(error = %e, "{setting}: the HTTP server failed");
        }
    });
    Ok(Running { stop, task, addr })
}

/// `/healthz` and `/metrics`.
pub async fn start(addr: SocketAddr, health: Health, engine: Arc<Engine<Db>>) -> Result<Running> {
    warn_if_exposed("UPBACK_HTTP_ADDR", addr, "/healthz and /metrics are open to anyone who can reach it");
    let shared = Arc::new(Monitored { health, engine });
    let app =
        Router::new().route("/healthz", get(healthz)).route("/metrics", get(metrics)).with_state(shared);
    let running = serve("UPBACK_HTTP_ADDR", addr, app).await?;
    tracing::info!(addr = %running.addr, "serving /healthz and /metrics");
    Ok(running)
}

/// `/backup`, behind the admin token.
pub async fn start_admin(addr: SocketAddr, engine: Arc<Engine<Db>>, token: String) -> Result<Running> {
    warn_if_exposed("UPBACK_ADMIN_ADDR", addr, "/backup hands every runner's data to whoever has the token");
    let sending = Arc::new(tokio::sync::Semaphore::new(1));
    let app =
        Router::new().route("/backup", post(backup)).with_state(Arc::new(Admin { engine, token, sending }));
    let running = serve("UPBACK_ADMIN_ADDR", addr, app).await?;
    tracing::info!(addr = %running.addr, "serving /backup for `upback backup`");
    Ok(running)
}

struct Monitored {
    health: Health,
    engine: Arc<Engine<Db>>,
}

struct Admin {
    engine: Arc<Engine<Db>>,
    token: String,
    /// One backup is sent at a time: each holds one of the few threads turns run on for as
    /// long as its client takes to read it.
    sending: Arc<tokio::sync::Semaphore>,
}

async fn healthz(State(s): State<Arc<Monitored>>) -> Response {
    let detail: Vec<String> = s.health.checks.iter().map(|(name, status)| status.line(name)).collect();
    let status = if s.health.healthy() { StatusCode::OK } else { StatusCode::SERVICE_UNAVAILABLE };
    (status, detail.join("\n") + "\n").into_response()
}

async fn metrics(State(s): State<Arc<Monitored>>) -> Response {
    METRICS.conflicts_retried(s.engine.conflicts_retried());
    ([(header::CONTENT_TYPE, "application/openmetrics-text; version=1.0.0; charset=utf-8")], METRICS.render())
        .into_response()
}

/// Lines of a backup as they are written, to the response: a big database is never held in
/// memory whole.
struct Chunks(tokio::sync::mpsc::Sender<Result<Vec<u8>, std::io::Error>>);

impl std::io::Write for Chunks {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0
            .blocking_send(Ok(buf.to_vec()))
            .map_err(|_| std::io::Error::new(std::io::ErrorKind::BrokenPipe, "the client went away"))?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

async fn backup(State(s): State<Arc<Admin>>, headers: HeaderMap) -> Response {
    let presented = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or_default();
    // Constant time: how long a wrong guess takes says nothing about the token.
    if !bool::from(presented.as_bytes().ct_eq(s.token.as_bytes())) {
        return (StatusCode::UNAUTHORIZED, "the admin token from the data directory is needed\n")
            .into_response();
    }
    let Ok(permit) = s.sending.clone().try_acquire_owned() else {
        return (
            StatusCode::SERVICE_UNAVAILABLE,
            [(header::RETRY_AFTER, "60")],
            "a backup is being sent already; try again once it is done\n",
        )
            .into_response();
    };
    let (tx, mut rx) = tokio::sync::mpsc::channel(64);
    let engine = s.engine.clone();
    tokio::task::spawn_blocking(move || {
        let _sending = permit;
        let failed = tx.clone();
        let writer = std::io::BufWriter::with_capacity(64 * 1024, Chunks(tx));
        let mut w = match upback_core::backup::Writer::new(writer, chrono::Utc::now()) {
            Ok(w) => w,
            Err(e) => return drop(failed.blocking_send(Err(std::io::Error::other(e.to_string())))),
        };
        let mut broke = None;
        let exported = upback_core::store::Store::export(engine.store(), &mut |r| {
            w.record(&r).map_err(|e| {
                broke = Some(e.to_string());
                upback_core::store::StoreError::Backend("the backup stream broke".into())
            })
        });
        let ended = match (exported, broke) {
            (_, Some(e)) => Err(e),
            (Err(e), None) => Err(e.to_string()),
            (Ok(()), None) => w.finish().map(|_| ()).map_err(|e| e.to_string()),
        };
        if let Err(e) = ended {
            // The stream ends without its trailer: `upback backup` refuses what it received.
            tracing::error!(error = %e, "the live backup failed");
            let _ = failed.blocking_send(Err(std::io::Error::other(e)));
        }
    });
    let stream = futures_util::stream::poll_fn(move |cx| rx.poll_recv(cx));
    Body::from_stream(stream).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    use upback_core::{
        history::{CheckinKind, CheckinRecord, Entry},
        input::UserKey,
        store::{Change, MemoryStore, Store},
    };

    async fn ask(addr: SocketAddr, token: &str) -> tokio::net::TcpStream {
        let mut s = tokio::net::TcpStream::connect(addr).await.expect("connects");
        let request = format!(
            "POST /backup HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {token}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        );
        s.write_all(request.as_bytes()).await.expect("writes");
        s
    }

    async fn read_all(mut s: tokio::net::TcpStream) -> String {
        let mut out = Vec::new();
        s.read_to_end(&mut out).await.expect("reads");
        String::from_utf8_lossy(&out).into_owned()
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_second_backup_asked_for_while_one_is_sent_is_told_to_come_back() {
        let store = MemoryStore::new();
        // Far more than the stream's and the sockets' buffers hold (about 40 MB), so the first
        // download waits for its reader.
        let at = chrono::DateTime::from_timestamp(1_780_000_000, 0).unwrap_or_default();
        for u in 0..60_000 {
            let entries = (0..5)
                .map(|d| {
                    Entry::Checkin(CheckinRecord {
                        at: at + chrono::Duration::days(d),
                        severity: Some(3),
                        after_run: Some(true),
                        kind: CheckinKind::Feeling,
                    })
                })
                .collect();
            let user = UserKey::new("telegram", &u.to_string());
            store.commit(&user, Change { append: entries, ..Change::none() }).expect("stored");
        }
        let db: Db = Arc::new(store);
        let engine = Arc::new(Engine::built_in(db).expect("engine"));
        let admin =
            start_admin("127.0.0.1:0".parse().expect("addr"), engine, "secret".into()).await.expect("up");
        let mut first = ask(admin.addr, "secret").await;
        // Its headers come once it is being sent; then it waits for a reader that does not read.
        let mut head = Vec::new();
        while !head.ends_with(b"\r\n\r\n") {
            let mut byte = [0u8; 1];
            first.read_exact(&mut byte).await.expect("the first answer");
            head.push(byte[0]);
        }
        assert!(head.starts_with(b"HTTP/1.1 200"), "{}", String::from_utf8_lossy(&head));
        let second = read_all(ask(admin.addr, "secret").await).await;
        assert!(second.starts_with("HTTP/1.1 503"), "{second}");
        assert!(second.contains("a backup is being sent already"), "{second}");
        let rest = read_all(first).await;
        assert!(rest.len() > 1_000_000, "the whole backup, after the refusal: {} bytes", rest.len());
        let third = ask(admin.addr, "secret").await;
        assert!(read_all(third).await.starts_with("HTTP/1.1 200"), "once it is done, the next one is sent");
        admin.stop().await;
    }
}
