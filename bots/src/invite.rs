//! The links that add the bot to a club: Discord's OAuth2 invite for this token's application
//! and Telegram's "add to group" link for this token's bot. Both are asked of the platform
//! (through `DISCORD_API_URL` / `TELEGRAM_API_URL` when set), so the link is right for the
//! token the bot actually runs with, and neither link carries the token.

use std::future::IntoFuture;

use anyhow::{Context, Result};
use serenity::all::Permissions;
use teloxide::prelude::Requester;
use upback_core::input::Platform;

use crate::{delivery::retry::retry, discord::DiscordConfig, telegram::TelegramConfig};

/// What the bot needs in a server's channels, and nothing more:
///
/// - View Channel: to see the channels it posts in, and the messages that mention it.
/// - Send Messages: the club's routine posts, reminders, the welcome, and its answers to
///   messages that mention it are channel messages (slash-command replies are interaction
///   responses, which need no channel permission, and editing its own posts needs none).
/// - Embed Links: a moderator's note on a reminder or routine may carry a link (the meeting
///   point, the club's page); posted by the bot, it shows its preview only with this.
/// - Attach Files: /clubstats asked by mention posts the club's bar chart into the channel.
/// - Mention Everyone: what Discord calls the right to ping a role that is not set to be
///   mentionable, so a reminder reaches the role the moderator chose. The bot's messages
///   allow no other mention (see `allowed_mentions` where they are built): never @everyone
///   or @here, whatever the text says.
///
/// Left out on purpose: Read Message History (it never fetches old messages), Manage
/// Messages, threads, and everything administrative.
pub const DISCORD_PERMISSIONS: Permissions = Permissions::from_bits_truncate(
    Permissions::VIEW_CHANNEL.bits()
        | Permissions::SEND_MESSAGES.bits()
        | Permissions::EMBED_LINKS.bits()
        | Permissions::ATTACH_FILES.bits()
        | Permissions::MENTION_EVERYONE.bits(),
);

/// The OAuth2 scopes of the invite: the bot user, and its slash commands.
pub const DISCORD_SCOPES: [&str; 2] = ["bot", "applications.commands"];

/// The invite that adds application `client_id` to a server with [`DISCORD_PERMISSIONS`].
pub fn discord_invite(client_id: u64) -> String {
    format!(
        "https://discord.com/oauth2/authorize?client_id={client_id}&scope={}&permissions={}",
        DISCORD_SCOPES.join("+"),
        DISCORD_PERMISSIONS.bits()
    )
}

/// The link that opens Telegram's "add to group" picker for bot `username`.
pub fn telegram_group_link(username: &str) -> String {
    format!("https://t.me/{username}?startgroup=true")
}

/// The application id behind the Discord token (`GET /oauth2/applications/@me`).
pub async fn discord_application_id(config: &DiscordConfig) -> Result<u64> {
    let http = crate::discord::rest_client(config);
    // A refused token, a network down and Discord's own trouble each say what to do (see
    // `discord::trouble`): blaming the token for a dropped network sends the operator off to
    // reset a good one.
    let app = retry(Platform::Discord, "get application", || http.get_current_application_info())
        .await
        .map_err(|e| anyhow::anyhow!("discord: {}", crate::discord::trouble(&e, config)))?;
    Ok(app.id.get())
}

/// The bot's @username behind the Telegram token (`getMe`).
pub async fn telegram_username(config: &TelegramConfig) -> Result<String> {
    let bot = crate::telegram::client(config);
    let me = retry(Platform::Telegram, "getMe", || bot.get_me().into_future())
        .await
        .map_err(|e| anyhow::anyhow!("telegram: {}", crate::telegram::trouble(&e, config)))?;
    me.username.clone().filter(|u| !u.is_empty()).context("telegram: the bot has no username")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_invite_asks_for_what_the_bot_uses_only() {
        assert_eq!(DISCORD_PERMISSIONS.bits(), 1024 + 2048 + 16_384 + 32_768 + 131_072);
        assert_eq!(DISCORD_PERMISSIONS.bits(), 183_296);
        assert!(!DISCORD_PERMISSIONS.administrator());
        assert!(!DISCORD_PERMISSIONS.manage_messages());
        let url: url::Url = discord_invite(42).parse().expect("a URL");
        let query: Vec<(String, String)> = url.query_pairs().into_owned().collect();
        assert_eq!(
            query,
            [
                ("client_id".to_string(), "42".to_string()),
                ("scope".into(), "bot applications.commands".into()),
                ("permissions".into(), "183296".into()),
            ]
        );
        assert_eq!(telegram_group_link("upback_bot"), "https://t.me/upback_bot?startgroup=true");
    }
}
