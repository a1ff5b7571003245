//! Webhook mode: Telegram posts each update to the public URL, a load balancer or reverse
//! proxy hands it to one replica, and that replica's dispatcher handles it as if polled.
//!
//! Built on teloxide's `axum_no_setup` (its router parses updates and feeds the listener) with
//! two things of our own:
//!
//! - **setWebhook is ours**, with the operator's secret and the update kinds the handlers use
//!   (teloxide's listener ignores the dispatcher's hint; Telegram would keep whatever kinds
//!   were set last).
//! - **No deleteWebhook on stop.** teloxide's `axum`/`axum_to_router` delete the webhook when
//!   their listener stops. Behind a load balancer that would be wrong: one replica stopping
//!   (a deploy, a scale-down) would cut every other replica off from Telegram until one of
//!   them restarted. So a stop only closes this replica's listener; the webhook stays set and
//!   Telegram keeps posting to the URL, which the other replicas answer (and when none is up,
//!   Telegram keeps the updates and retries for up to a day). Going back to long polling needs
//!   no step either: polling's start deletes the webhook first.
//! - **The secret is checked in constant time, and every refusal is 401.** teloxide compares
//!   the header with `!=` and answers 400 to a header with characters a secret cannot have;
//!   our layer in front answers 401 to a missing, malformed or wrong secret before teloxide's
//!   handler sees the body, so such a request is never handled.

use std::{convert::Infallible, future::IntoFuture, sync::Arc};

use anyhow::{Context, Result};
use axum::{
    extract::Request,
    http::StatusCode,
    middleware::{self, Next},
    response::{IntoResponse, Response},
};
use subtle::ConstantTimeEq;
use teloxide::{
    payloads::SetWebhookSetters,
    prelude::Requester,
    types::AllowedUpdate,
    update_listeners::{
        webhooks::{axum_no_setup, Options},
        UpdateListener,
    },
    Bot,
};
use tokio::task::JoinHandle;
use upback_core::input::Platform;

use super::Webhook;
use crate::{delivery::retry::retry, secret::Secret};

/// The header Telegram sends the webhook's secret in.
const SECRET_HEADER: &str = "x-telegram-bot-api-secret-token";

/// Listens on the webhook's address, tells Telegram to post there, and serves until the
/// returned listener is stopped (the dispatcher's shutdown stops it).
pub(super) async fn listen(
    bot: &Bot,
    hook: &Webhook,
) -> Result<(impl UpdateListener<Err = Infallible> + Send, JoinHandle<std::io::Result<()>>)> {
    let tcp = tokio::net::TcpListener::bind(hook.addr)
        .await
        .with_context(|| format!("telegram: cannot listen on TELEGRAM_WEBHOOK_ADDR {}", hook.addr))?;
    // The fields, not `Options::secret_token`, which panics on a bad secret (config refuses
    // one before it gets here).
    let options = Options {
        secret_token: Some(hook.secret.expose().to_string()),
        ..Options::new(hook.addr, hook.url.clone())
    };
    let (listener, stopped, router) = axum_no_setup(options);
    let secret = Arc::new(hook.secret.clone());
    let router = router.layer(middleware::from_fn(move |request: Request, next: Next| {
        let secret = secret.clone();
        async move { checked(&secret, request, next).await }
    }));
    retry(Platform::Telegram, "setWebhook", || {
        bot.set_webhook(hook.url.clone())
            .secret_token(hook.secret.expose().to_string())
            .allowed_updates([
                AllowedUpdate::Message,
                AllowedUpdate::CallbackQuery,
                AllowedUpdate::MyChatMember,
            ])
            .into_future()
    })
    .await
    .context("telegram: setWebhook failed")?;
    tracing::info!(url = %hook.url, listen = %hook.addr, "telegram: receiving updates on a webhook");
    let server = tokio::spawn(async move { axum::serve(tcp, router).with_graceful_shutdown(stopped).await });
    Ok((listener, server))
}

/// Lets a request through only with the webhook's secret in its header.
async fn checked(secret: &Secret, request: Request, next: Next) -> Response {
    let given = request.headers().get(SECRET_HEADER).map(|v| v.as_bytes());
    let right = given.is_some_and(|g| bool::from(g.ct_eq(secret.expose().as_bytes())));
    if !right {
        tracing::warn!(
            header = if given.is_some() { "wrong" } else { "missing" },
            "telegram: refused a webhook request without the right secret token"
        );
        return StatusCode::UNAUTHORIZED.into_response();
    }
    next.run(request).await
}
