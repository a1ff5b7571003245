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
/// - Send Messages in Threads: the same when a moderator sets a routine or reminder up in a
///   thread, or a member mentions the bot in one.
///
/// Left out on purpose: Embed Links (it sends no embeds and no links to preview), Attach Files
/// (nothing it posts into a channel has a file; a feature that adds one adds the permission
/// here, with its test), Read Message History (it never fetches old messages), and Mention
/// Everyone. A reminder's role is pinged only when the role is mentionable (Server Settings →
/// Roles → "Allow anyone to @mention this role"); Mention Everyone would also ping roles that
/// are not, but it lets whoever holds the token ping @everyone and @here in every channel,
/// which this bot never does (its messages allow no such mention) and a leaked token must not
/// be able to.
pub const DISCORD_PERMISSIONS: Permissions = Permissions::from_bits_truncate(
    Permissions::VIEW_CHANNEL.bits()
        | Permissions::SEND_MESSAGES.bits()
        | Permissions::SEND_MESSAGES_IN_THREADS.bits(),
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
    let app = retry(Platform::Discord, "get application", || http.get_current_application_info())
        .await
        .context("discord: cannot read the application (is DISCORD_BOT_TOKEN right?)")?;
    Ok(app.id.get())
}

/// The bot's @username behind the Telegram token (`getMe`).
pub async fn telegram_username(config: &TelegramConfig) -> Result<String> {
    let bot = crate::telegram::client(config);
    let me = retry(Platform::Telegram, "getMe", || bot.get_me().into_future())
        .await
        .context("telegram: getMe failed (is TELEGRAM_BOT_TOKEN right?)")?;
    me.username.clone().filter(|u| !u.is_empty()).context("telegram: the bot has no username")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_invite_asks_for_viewing_and_sending_only() {
        assert_eq!(DISCORD_PERMISSIONS.bits(), 1024 + 2048 + (1 << 38));
        assert_eq!(DISCORD_PERMISSIONS.bits(), 274_877_910_016);
        assert!(!DISCORD_PERMISSIONS.mention_everyone());
        assert!(!DISCORD_PERMISSIONS.administrator());
        let url: url::Url = discord_invite(42).parse().expect("a URL");
        let query: Vec<(String, String)> = url.query_pairs().into_owned().collect();
        assert_eq!(
            query,
            [
                ("client_id".to_string(), "42".to_string()),
                ("scope".into(), "bot applications.commands".into()),
                ("permissions".into(), "274877910016".into()),
            ]
        );
        assert_eq!(telegram_group_link("upback_bot"), "https://t.me/upback_bot?startgroup=true");
    }
}
