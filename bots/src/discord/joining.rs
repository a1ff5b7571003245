//! Discord's side of being added to a server. Discord sends GUILD_CREATE for every server at
//! every connection, so "new" is not Discord's to say: each one becomes [`Input::Joined`] (with
//! when the bot joined, and the server's preferred locale) and the engine, which remembers the
//! servers it greeted, decides. This only finds where the welcome may go: the server's system
//! channel, or else its first text channel the bot can post in.

use serenity::all::{ChannelId, ChannelType, Guild, GuildChannel, Member};
use upback_core::input::{ChatKind, Input, Platform, Role, Who};

use super::{as_discord_shows, post_message, Handler};
use crate::{delivery::retry::retry, metrics::METRICS};

impl Handler {
    pub(super) async fn on_guild_create(&self, ctx: &serenity::client::Context, guild: Guild) {
        let Some(engine) = self.engine.upgrade() else { return };
        // READY names the bot and comes before a connection's first GUILD_CREATE, but serenity
        // runs each event's handler in its own task: this one may start before READY's has
        // noted who the bot is, so it asks then.
        let me = match self.me.get() {
            Some(me) => *me,
            None => {
                match retry(Platform::Discord, "get current user", || ctx.http.get_current_user()).await {
                    Ok(user) => user.id,
                    Err(e) => {
                        tracing::warn!(error = %e, "discord: cannot tell which member of a server is the bot");
                        return;
                    }
                }
            }
        };
        // Discord includes the bot's own member in GUILD_CREATE; asked for when it does not.
        let member = match guild.members.get(&me) {
            Some(m) => m.clone(),
            None => {
                match retry(Platform::Discord, "get member", || ctx.http.get_member(guild.id, me)).await {
                    Ok(m) => m,
                    Err(e) => {
                        tracing::warn!(error = %e, "discord: cannot read the bot's roles in a server");
                        return;
                    }
                }
            }
        };
        // Asked before the engine, which would note the server as greeted: a server where the
        // bot may post nowhere yet is greeted at a later connection, once it may.
        let Some(channel) = welcome_channel(&guild, &member) else {
            tracing::info!(guild = guild.id.get(), "discord: no channel the bot may post in; no welcome yet");
            return;
        };
        let who = Who {
            platform: Platform::Discord,
            // Discord does not say who added the bot; the owner answers for the server.
            user_id: guild.owner_id.get().to_string(),
            chat_id: guild.id.get().to_string(),
            locale: Some(guild.preferred_locale.clone()),
            role: Role::Member,
            chat: ChatKind::Group { private_replies: true },
            name: None,
        };
        let at = chrono::DateTime::from_timestamp(guild.joined_at.unix_timestamp(), 0);
        let replies = crate::turn::run(engine.clone(), Platform::Discord, who, Input::Joined { at }).await;
        for reply in replies {
            if let Err(e) = post_message(&ctx.http, channel, &as_discord_shows(&engine, reply), None).await {
                METRICS.error(Platform::Discord);
                tracing::warn!(error = %e, "discord: could not post the welcome");
                return;
            }
        }
    }
}

/// Where a welcome goes: the system channel (where Discord itself greets newcomers) when the
/// bot may post there, else the first text channel in the server's order it may post in.
fn welcome_channel(guild: &Guild, member: &Member) -> Option<ChannelId> {
    let can_post = |c: &GuildChannel| {
        let p = guild.user_permissions_in(c, member);
        c.kind == ChannelType::Text && p.view_channel() && p.send_messages()
    };
    let system = guild.system_channel_id.and_then(|id| guild.channels.get(&id)).filter(|c| can_post(c));
    system
        .or_else(|| guild.channels.values().filter(|c| can_post(c)).min_by_key(|c| (c.position, c.id)))
        .map(|c| c.id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Value};

    const GUILD: u64 = 81;
    const BOT: u64 = 9;
    const BOT_ROLE: u64 = 82;
    const SEND: u64 = 2048;
    const VIEW_AND_SEND: &str = "3072";

    /// A text channel at `position`; `denied` overwrites take Send Messages from @everyone.
    fn channel(id: u64, position: u16, denied: bool) -> Value {
        let overwrites = if denied {
            json!([{"id": GUILD.to_string(), "type": 0, "allow": "0", "deny": SEND.to_string()}])
        } else {
            json!([])
        };
        json!({"id": id.to_string(), "type": 0, "guild_id": GUILD.to_string(), "name": format!("c{id}"),
               "position": position, "permission_overwrites": overwrites, "nsfw": false})
    }

    fn guild(system: Option<u64>, channels: Vec<Value>, bot_permissions: &str) -> (Guild, Member) {
        let role = |id: u64, permissions: &str| {
            json!({"id": id.to_string(), "name": "r", "color": 0, "colors": {"primary_color": 0},
                   "hoist": false, "managed": false, "mentionable": false, "permissions": permissions,
                   "position": 0})
        };
        let member = json!({"user": {"id": BOT.to_string(), "username": "upback", "discriminator": "0", "bot": true},
                            "roles": [BOT_ROLE.to_string()], "deaf": false, "mute": false, "flags": 0,
                            "joined_at": "2026-06-02T18:00:00.000000+00:00", "guild_id": GUILD.to_string()});
        let g = json!({
            "id": GUILD.to_string(), "name": "club", "owner_id": "1", "verification_level": 0,
            "default_message_notifications": 0, "explicit_content_filter": 0,
            "roles": [role(GUILD, "0"), role(BOT_ROLE, bot_permissions)],
            "emojis": [], "features": [], "mfa_level": 0,
            "system_channel_id": system.map(|s| s.to_string()), "system_channel_flags": 0,
            "premium_tier": 0, "preferred_locale": "en-US", "nsfw_level": 0, "stickers": [],
            "premium_progress_bar_enabled": false, "joined_at": "2026-06-02T18:00:00.000000+00:00",
            "large": false, "member_count": 2, "voice_states": [], "members": [member.clone()],
            "channels": channels, "threads": [], "presences": [], "stage_instances": [],
            "guild_scheduled_events": [],
        });
        (
            serde_json::from_value(g).expect("a guild serenity reads"),
            serde_json::from_value(member).expect("a member serenity reads"),
        )
    }

    #[test]
    fn the_system_channel_first_else_the_first_text_channel_the_bot_may_post_in() {
        let (g, m) = guild(Some(12), vec![channel(11, 0, false), channel(12, 3, false)], VIEW_AND_SEND);
        assert_eq!(welcome_channel(&g, &m), Some(ChannelId::new(12)));
        let (g, m) = guild(
            Some(12),
            vec![channel(13, 2, false), channel(11, 1, true), channel(12, 0, true)],
            VIEW_AND_SEND,
        );
        assert_eq!(welcome_channel(&g, &m), Some(ChannelId::new(13)), "the system channel and #11 deny it");
        let (g, m) = guild(None, vec![channel(11, 0, false)], "1024");
        assert_eq!(welcome_channel(&g, &m), None, "viewing is not posting");
        let (g, m) = guild(None, vec![channel(11, 0, true)], "8");
        assert_eq!(welcome_channel(&g, &m), Some(ChannelId::new(11)), "an administrator posts anywhere");
    }
}
