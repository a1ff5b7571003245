//! The operator's HTTP endpoints on `UPBACK_HTTP_ADDR`: `/healthz` (200 once every adapter
//! is connected, 503 before), `/metrics` (Prometheus), and `/backup`, which streams a
//! consistent backup of the live database to `upback backup` (it needs the admin token the
//! bot writes into its data directory, so only someone who can read the data can copy it).

use std::{
    net::SocketAddr,
    sync::{
        atomic::{AtomicBool, Ordering},
        Arc,
    },
};

use anyhow::{Context, Result};
use axum::{
    extract::State,
    http::{header, HeaderMap, StatusCode},
    response::{IntoResponse, Response},
    routing::{get, post},
    Router,
};
use tokio::{net::TcpListener, sync::oneshot, task::JoinHandle};
use upback_core::{engine::Engine, store::SledStore};

use crate::metrics::METRICS;

/// Which adapters are up. A platform that is not configured does not count.
#[derive(Default)]
pub struct Health {
    pub checks: Vec<(&'static str, Arc<AtomicBool>)>,
}

impl Health {
    pub fn healthy(&self) -> bool {
        self.checks.iter().all(|(_, up)| up.load(Ordering::SeqCst))
    }
}

struct Shared {
    health: Health,
    engine: Arc<Engine<SledStore>>,
    admin_token: String,
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

pub async fn start(
    addr: SocketAddr,
    health: Health,
    engine: Arc<Engine<SledStore>>,
    admin_token: String,
) -> Result<Running> {
    let listener = TcpListener::bind(addr)
        .await
        .with_context(|| format!("UPBACK_HTTP_ADDR: cannot listen on {addr}"))?;
    let addr = listener.local_addr()?;
    let shared = Arc::new(Shared { health, engine, admin_token });
    let app = Router::new()
        .route("/healthz", get(healthz))
        .route("/metrics", get(metrics))
        .route("/backup", post(backup))
        .with_state(shared);
    let (stop, stopped) = oneshot::channel::<()>();
    let task = tokio::spawn(async move {
        let serve = axum::serve(listener, app).with_graceful_shutdown(async {
            let _ = stopped.await;
        });
        if let Err(e) = serve.await {
            tracing::error!(error = %e, "the operator HTTP server failed");
        }
    });
    tracing::info!(%addr, "serving /healthz and /metrics");
    Ok(Running { stop, task, addr })
}

async fn healthz(State(s): State<Arc<Shared>>) -> Response {
    let detail: Vec<String> = s
        .health
        .checks
        .iter()
        .map(|(name, up)| format!("{name}: {}", if up.load(Ordering::SeqCst) { "up" } else { "down" }))
        .collect();
    let status = if s.health.healthy() { StatusCode::OK } else { StatusCode::SERVICE_UNAVAILABLE };
    (status, detail.join("\n") + "\n").into_response()
}

async fn metrics(State(s): State<Arc<Shared>>) -> Response {
    METRICS.conflicts_retried(s.engine.conflicts_retried());
    ([(header::CONTENT_TYPE, "application/openmetrics-text; version=1.0.0; charset=utf-8")], METRICS.render())
        .into_response()
}

async fn backup(State(s): State<Arc<Shared>>, headers: HeaderMap) -> Response {
    let presented = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "));
    if presented != Some(s.admin_token.as_str()) {
        return (StatusCode::UNAUTHORIZED, "the admin token from the data directory is needed\n")
            .into_response();
    }
    let engine = s.engine.clone();
    let dumped = tokio::task::spawn_blocking(move || {
        let mut out = Vec::new();
        engine.store().backup(&mut out).map(|_| out)
    })
    .await;
    match dumped {
        Ok(Ok(bytes)) => bytes.into_response(),
        Ok(Err(e)) => (StatusCode::INTERNAL_SERVER_ERROR, format!("backup failed: {e}\n")).into_response(),
        Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, format!("backup failed: {e}\n")).into_response(),
    }
}
