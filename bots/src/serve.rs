//! `upback serve`: the operator's listeners, every configured platform, the scheduler and the
//! automatic backups, on one database, until SIGTERM.
//!
//! A platform that cannot be reached at start (an outage, a network not up yet), or that
//! closes the connection for good later (a Discord token reset), does not stop the bot: it
//! keeps trying with a growing pause, /healthz says 503 and why, and the bot connects when the
//! platform comes back, while it goes on serving the other platform. Reminders due meanwhile
//! wait for it.

use crate::database::Db;
use std::{future::Future, path::Path, pin::Pin, sync::Arc, time::Duration};

use anyhow::{Context, Result};
use tokio::sync::watch;
use upback_core::{engine::Engine, reply::Reply, store::Store};

use crate::{
    config::Config,
    delivery::{retry, Undelivered},
    http::Status,
    scheduler::{self, Outbox},
};

/// A platform's outbox before it is connected: posts wait for the connection (or for the
/// stop, which keeps them for the scheduler's next round).
struct Later {
    platform: &'static str,
    ready: watch::Receiver<Option<Arc<dyn Outbox>>>,
    stopping: watch::Receiver<bool>,
}

impl Outbox for Later {
    fn platform(&self) -> &'static str {
        self.platform
    }

    fn post<'a>(
        &'a self,
        chat_id: &'a str,
        reply: &'a Reply,
        role: Option<u64>,
    ) -> Pin<Box<dyn Future<Output = Result<(), Undelivered>> + Send + 'a>> {
        Box::pin(async move {
            let mut ready = self.ready.clone();
            let mut stopping = self.stopping.clone();
            let outbox = loop {
                if let Some(outbox) = ready.borrow_and_update().clone() {
                    break outbox;
                }
                if *stopping.borrow_and_update() {
                    return Err(Undelivered::Stopping);
                }
                tokio::select! {
                    changed = ready.changed() => if changed.is_err() { return Err(Undelivered::Stopping) },
                    _ = stopping.changed() => {}
                }
            };
            outbox.post(chat_id, reply, role).await
        })
    }
}

/// What an error says, without the token (some clients put the request URL, and so the
/// token, into their errors).
fn redacted(e: &anyhow::Error, token: &str) -> String {
    without_token(format!("{e:#}"), token)
}

/// `said` with the token, should it appear, replaced.
fn without_token(said: String, token: &str) -> String {
    if token.is_empty() {
        said
    } else {
        said.replace(token, "<token>")
    }
}

/// What `serve` needs of a running adapter.
trait Adapter: Send + Sized {
    fn outbox(&self) -> Arc<dyn Outbox>;
    /// Resolves, saying why, once the connection has ended for good: the adapter will not
    /// connect again by itself and is to be stopped and started anew.
    fn closed(&self) -> impl Future<Output = String> + Send;
    fn stop(self) -> impl Future<Output = Result<()>> + Send;
}

impl Adapter for crate::discord::Running {
    fn outbox(&self) -> Arc<dyn Outbox> {
        crate::discord::Running::outbox(self)
    }

    fn closed(&self) -> impl Future<Output = String> + Send {
        crate::discord::Running::closed(self)
    }

    fn stop(self) -> impl Future<Output = Result<()>> + Send {
        crate::discord::Running::stop(self)
    }
}

impl Adapter for crate::telegram::Running {
    fn outbox(&self) -> Arc<dyn Outbox> {
        crate::telegram::Running::outbox(self)
    }

    /// Never: teloxide's polling and webhook listener try again by themselves, and the
    /// dispatcher ends only when asked.
    fn closed(&self) -> impl Future<Output = String> + Send {
        std::future::pending()
    }

    fn stop(self) -> impl Future<Output = Result<()>> + Send {
        crate::telegram::Running::stop(self)
    }
}

/// Starts an adapter, and keeps trying while its platform cannot be reached, with the shared
/// backoff ([`retry::until_started`]): the one place a start is tried again. Once started,
/// its outbox goes into `ready`; when its connection closes for good, it is stopped (keeping
/// what it owed), and after a pause started again the same way. Resolves to the running
/// adapter when the bot is stopped, or `None` if it was not connected then.
async fn connect<R, F, Fut>(
    name: &'static str,
    token: &str,
    status: &Status,
    mut stopping: watch::Receiver<bool>,
    ready: watch::Sender<Option<Arc<dyn Outbox>>>,
    mut start: F,
) -> Option<R>
where
    R: Adapter,
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<R>>,
{
    let mut failed = |e: &anyhow::Error, pause: Duration| {
        let why = redacted(e, token);
        tracing::error!(platform = name, error = %why, retry_in_ms = pause.as_millis() as u64, "cannot connect; trying again");
        status.down(format!("cannot connect: {why}"));
    };
    loop {
        let running = tokio::select! {
            started = retry::until_started(&mut start, &mut failed) => started.ok()?,
            _ = stopping.wait_for(|s| *s) => return None,
        };
        ready.send_replace(Some(running.outbox()));
        let closed = tokio::select! {
            why = running.closed() => Some(why),
            _ = stopping.wait_for(|s| *s) => None,
        };
        let Some(why) = closed else { return Some(running) };
        // Posts wait for the next connection, as they did for the first.
        ready.send_replace(None);
        let why = without_token(why, token);
        let pause = retry::FIRST_PAUSE;
        tracing::error!(platform = name, error = %why, retry_in_ms = pause.as_millis() as u64, "disconnected for good; starting again");
        status.down(format!("disconnected: {why}"));
        if let Err(e) = running.stop().await {
            tracing::warn!(platform = name, error = %redacted(&e, token), "the closed connection did not stop cleanly");
        }
        // A connection that closes as soon as it is up is not knocked on in a tight loop.
        tokio::select! {
            _ = tokio::time::sleep(pause) => {}
            _ = stopping.wait_for(|s| *s) => return None,
        }
    }
}

/// How many threads run engine turns, and the other work that waits (the disk, the name
/// lookups of new connections to the platforms, a backup being downloaded), at once. A turn
/// is a few tens of microseconds of work and a wait for one journal sync, so a handful of
/// threads keep two cores busy and give group commit its company; tokio's default of 512 let
/// a burst of 3,000 /history requests start 150 threads, each rendering a chart at the same
/// time, which cost memory and bought nothing. Work beyond these waits in tokio's queue, in
/// order; the admin listener sends one backup at a time, so downloads never take them all.
const BLOCKING_THREADS: usize = 16;

/// The admin token `upback backup` reads to ask the running bot for a copy.
const ADMIN_TOKEN_FILE: &str = "admin.token";

/// Where the running bot's admin listener really is (the port may have been chosen by the
/// system), so `upback backup` finds it without being told.
const ADMIN_ADDR_FILE: &str = "admin.addr";

pub fn admin_token_path(data_dir: &Path) -> std::path::PathBuf {
    data_dir.join(ADMIN_TOKEN_FILE)
}

pub fn admin_addr_path(data_dir: &Path) -> std::path::PathBuf {
    data_dir.join(ADMIN_ADDR_FILE)
}

/// A fresh random token, in a file readable by the bot's own user only from the moment it
/// exists (created with mode 0600, never widened and narrowed afterwards).
fn write_admin_token(dir: &Path) -> Result<String> {
    use std::io::Write;
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| anyhow::anyhow!("no randomness for the admin token: {e}"))?;
    let token: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    let path = admin_token_path(dir);
    let _ = std::fs::remove_file(&path);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(&path).with_context(|| format!("cannot write {}", path.display()))?;
    file.write_all(token.as_bytes())?;
    file.sync_all()?;
    Ok(token)
}

pub fn run(config: Config) -> Result<()> {
    let location = config.location.clone();
    std::fs::create_dir_all(&config.data_dir)
        .with_context(|| format!("cannot create the data directory {}", config.data_dir.display()))?;
    let store = crate::database::open(&location, &config.data_dir, config.cache_bytes)?;
    tracing::info!(store = location.name(), "database open");
    let engine = Arc::new(Engine::built_in(store).context("the bot's content or messages are broken")?);
    engine.set_default_zone(&config.default_time_zone);
    engine.set_retention_days(config.retention_days);
    let admin_token = write_admin_token(&config.data_dir)?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .max_blocking_threads(BLOCKING_THREADS)
        .build()
        .context("cannot start the async runtime")?;
    runtime.block_on(serve(config, engine.clone(), admin_token, location.name()))?;
    engine.store().sync().context("could not flush the database")?;
    tracing::info!("stopped");
    Ok(())
}

async fn serve(
    config: Config,
    engine: Arc<Engine<Db>>,
    admin_token: String,
    store: &'static str,
) -> Result<()> {
    // The operator server comes first, so a healthcheck sees 503 while adapters connect.
    let telegram_status = Status::new();
    let discord_status = Status::new();
    let mut health = crate::http::Health::default();
    // Which store this replica serves, for whoever looks at /healthz.
    let database = Status::new();
    database.up();
    health.checks.push((if store == "postgres" { "postgres store" } else { "sled store" }, database));
    // What each platform runs on goes on its own line, beside its state: one source of truth.
    if let Some(telegram) = &config.telegram {
        telegram_status.serving(if telegram.webhook.is_some() { "webhook" } else { "long polling" });
        health.checks.push(("telegram", telegram_status.clone()));
    }
    if let Some(discord) = &config.discord {
        if let Some(shards) = discord.shards {
            discord_status.serving(format!("shards {shards}"));
        }
        health.checks.push(("discord", discord_status.clone()));
    }
    let http = crate::http::start(config.http_addr, health, engine.clone()).await?;
    let admin = crate::http::start_admin(config.admin_addr, engine.clone(), admin_token).await?;
    let addr_file = admin_addr_path(&config.data_dir);
    std::fs::write(&addr_file, admin.addr.to_string())
        .with_context(|| format!("cannot write {}", addr_file.display()))?;
    let (stop, stopping) = watch::channel(false);

    let mut outboxes: Vec<Arc<dyn Outbox>> = Vec::new();
    let (telegram_ready, telegram_later) = watch::channel::<Option<Arc<dyn Outbox>>>(None);
    let (discord_ready, discord_later) = watch::channel::<Option<Arc<dyn Outbox>>>(None);
    let telegram = config.telegram.clone().map(|telegram| {
        outboxes.push(Arc::new(Later {
            platform: "telegram",
            ready: telegram_later,
            stopping: stopping.clone(),
        }));
        let (engine, status, stopping) = (engine.clone(), telegram_status.clone(), stopping.clone());
        tokio::spawn(async move {
            let token = telegram.token.expose().to_string();
            connect("telegram", &token, &status, stopping, telegram_ready, || {
                crate::telegram::start_with(engine.clone(), telegram.clone(), status.flag())
            })
            .await
        })
    });
    let discord = config.discord.clone().map(|discord| {
        outboxes.push(Arc::new(Later {
            platform: "discord",
            ready: discord_later,
            stopping: stopping.clone(),
        }));
        let (engine, status, stopping) = (engine.clone(), discord_status.clone(), stopping.clone());
        tokio::spawn(async move {
            let token = discord.token.expose().to_string();
            connect("discord", &token, &status, stopping, discord_ready, || {
                crate::discord::start_with(engine.clone(), discord.clone(), status.flag())
            })
            .await
        })
    });
    let clock: Arc<dyn crate::clock::Clock> = Arc::new(crate::clock::SystemClock);
    let scheduler = scheduler::start(engine.clone(), outboxes, clock.clone(), config.reminder_grace);
    let retention = crate::retention::start(engine.clone(), clock.clone());
    let backups = config.backup_every.map(|every| {
        crate::backups::start(
            engine.clone(),
            config.data_dir.clone(),
            clock.clone(),
            every,
            config.backup_keep,
        )
    });

    crate::signals::stopped().await;
    tracing::info!("stopping: finishing what is in flight");
    stop.send_replace(true);
    scheduler.stop().await;
    retention.stop().await;
    if let Some(backups) = backups {
        backups.stop().await;
    }
    // Every adapter is stopped (and keeps what it owes) whatever the others' stops said.
    let mut stopped = Vec::new();
    if let Some(task) = telegram {
        stopped.push(match task.await {
            Ok(Some(t)) => t.stop().await.context("telegram"),
            Ok(None) => Ok(()),
            Err(e) => Err(anyhow::Error::new(e).context("telegram: the adapter's task failed")),
        });
    }
    if let Some(task) = discord {
        stopped.push(match task.await {
            Ok(Some(d)) => d.stop().await.context("discord"),
            Ok(None) => Ok(()),
            Err(e) => Err(anyhow::Error::new(e).context("discord: the adapter's task failed")),
        });
    }
    admin.stop().await;
    http.stop().await;
    crate::delivery::all_of(stopped)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{
        atomic::{AtomicUsize, Ordering},
        Mutex,
    };

    /// An adapter whose connection closes for good when its `close` is sent.
    struct Fake {
        n: usize,
        close: watch::Receiver<Option<String>>,
        stops: Arc<AtomicUsize>,
    }

    struct Nowhere;

    impl Outbox for Nowhere {
        fn platform(&self) -> &'static str {
            "test"
        }

        fn post<'a>(
            &'a self,
            _: &'a str,
            _: &'a Reply,
            _: Option<u64>,
        ) -> Pin<Box<dyn Future<Output = Result<(), Undelivered>> + Send + 'a>> {
            Box::pin(async { Ok(()) })
        }
    }

    impl Adapter for Fake {
        fn outbox(&self) -> Arc<dyn Outbox> {
            Arc::new(Nowhere)
        }

        fn closed(&self) -> impl Future<Output = String> + Send {
            let mut close = self.close.clone();
            async move {
                let said = close.wait_for(Option::is_some).await.map(|why| why.clone());
                match said {
                    Ok(why) => why.unwrap_or_default(),
                    Err(_) => std::future::pending().await,
                }
            }
        }

        fn stop(self) -> impl Future<Output = Result<()>> + Send {
            self.stops.fetch_add(1, Ordering::SeqCst);
            async { Ok(()) }
        }
    }

    fn fake(n: usize) -> (Fake, watch::Sender<Option<String>>) {
        let (close, closing) = watch::channel(None);
        (Fake { n, close: closing, stops: Arc::new(AtomicUsize::new(0)) }, close)
    }

    #[tokio::test(start_paused = true)]
    async fn a_start_that_fails_is_tried_again_until_it_connects_or_the_bot_stops() {
        let (stop, stopping) = watch::channel(false);
        let (ready, mut handed) = watch::channel(None);
        let tries = Arc::new(AtomicUsize::new(0));
        let connecting = {
            let tries = tries.clone();
            tokio::spawn(async move {
                let status = Status::new();
                connect("test", "T0KEN", &status, stopping, ready, || {
                    let n = tries.fetch_add(1, Ordering::SeqCst);
                    async move {
                        match n {
                            0..=6 => Err(anyhow::anyhow!("refused T0KEN")),
                            _ => Ok(fake(7).0),
                        }
                    }
                })
                .await
                .map(|f| f.n)
            })
        };
        handed.wait_for(Option::is_some).await.expect("its outbox is handed out");
        assert_eq!(tries.load(Ordering::SeqCst), 8, "past the attempts of one request");
        stop.send_replace(true);
        assert_eq!(connecting.await.expect("joins"), Some(7), "the stop gets the running adapter");

        let (stop, stopping) = watch::channel(false);
        let trying = tokio::spawn(async move {
            let status = Status::new();
            let (ready, _) = watch::channel(None);
            connect("test", "", &status, stopping, ready, || async {
                Err::<Fake, _>(anyhow::anyhow!("down"))
            })
            .await
            .map(|f| f.n)
        });
        tokio::time::sleep(Duration::from_secs(600)).await;
        stop.send_replace(true);
        assert_eq!(trying.await.expect("joins"), None, "a stop ends the trying");
    }

    /// Log lines, as the operator reads them.
    #[derive(Clone, Default)]
    struct Logs(Arc<Mutex<Vec<u8>>>);

    impl std::io::Write for Logs {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0.lock().expect("lock").extend_from_slice(bytes);
            Ok(bytes.len())
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[tokio::test(start_paused = true)]
    async fn a_refused_token_is_logged_once_per_attempt_with_the_pause_and_never_the_token() {
        let logs = Logs::default();
        let writer = logs.clone();
        let subscriber =
            tracing_subscriber::fmt().with_ansi(false).with_writer(move || writer.clone()).finish();
        let _logging = tracing::subscriber::set_default(subscriber);
        let status = Status::new();
        let (_stop, stopping) = watch::channel(false);
        let (ready, _) = watch::channel(None);
        let tries = AtomicUsize::new(0);
        let refused = || {
            tries.fetch_add(1, Ordering::SeqCst);
            async {
                Err::<Fake, _>(anyhow::anyhow!("DISCORD_BOT_TOKEN was refused (401 Unauthorized) for T0KEN"))
            }
        };
        tokio::select! {
            _ = connect("test", "T0KEN", &status, stopping, ready, refused) => panic!("never connects"),
            _ = tokio::time::sleep(Duration::from_secs(120)) => {}
        }
        let text = String::from_utf8(logs.0.lock().expect("lock").clone()).expect("utf-8");
        let lines: Vec<&str> = text.lines().filter(|l| l.contains("cannot connect; trying again")).collect();
        let tries = tries.load(Ordering::SeqCst);
        assert!(tries >= 4, "still trying after two minutes: {tries}");
        assert_eq!(lines.len(), tries, "one line per failed attempt:\n{text}");
        assert!(lines.iter().all(|l| l.contains("retry_in_ms=") && l.contains("401 Unauthorized")), "{text}");
        assert!(!text.contains("T0KEN"), "the token leaked:\n{text}");
    }

    #[tokio::test(start_paused = true)]
    async fn a_connection_closed_for_good_is_stopped_and_started_again_saying_why_meanwhile() {
        let status = Arc::new(Status::new());
        let (stop, stopping) = watch::channel(false);
        let (ready, mut handed) = watch::channel(None);
        let (first, close_first) = fake(1);
        let (second, _keep_second) = fake(3);
        let first_stops = first.stops.clone();
        let starts = Arc::new(Mutex::new(vec![Ok(second), Err(anyhow::anyhow!("401 for T0KEN")), Ok(first)]));
        let running = {
            let (status, starts) = (status.clone(), starts.clone());
            tokio::spawn(async move {
                connect("test", "T0KEN", &status, stopping, ready, || {
                    let next = starts.lock().expect("lock").pop().expect("a start left");
                    let status = status.clone();
                    async move {
                        if next.is_ok() {
                            status.up();
                        }
                        next
                    }
                })
                .await
                .map(|f| f.n)
            })
        };
        handed.wait_for(Option::is_some).await.expect("the first connection");
        assert!(status.is_up());
        close_first.send_replace(Some("Sent invalid authentication (T0KEN)".into()));
        handed.wait_for(Option::is_none).await.expect("its outbox taken back");
        let line = status.line("test");
        assert!(line.starts_with("test: down (disconnected: Sent invalid authentication"), "{line}");
        assert!(!line.contains("T0KEN"), "no token in the health report: {line}");
        handed.wait_for(Option::is_some).await.expect("the next connection");
        assert_eq!(first_stops.load(Ordering::SeqCst), 1, "the closed one was stopped, keeping what it owed");
        assert!(starts.lock().expect("lock").is_empty(), "started again, through the refused start");
        stop.send_replace(true);
        assert_eq!(running.await.expect("joins"), Some(3), "the stop gets the running one");
    }
}
