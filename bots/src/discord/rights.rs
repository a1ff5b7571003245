//! Whether the author of a typed message moderates a server. An interaction carries the
//! member's permissions; a message does not, so for an input the core says needs a moderator
//! the server is asked for its owner and roles, and the rights are worked out as Discord works
//! out a member's base (server-wide) permissions. Channel overwrites play no part: no channel
//! can grant or take Administrator or Manage Server, so the answer is the one an interaction's
//! permissions give for the same member.

use std::collections::HashMap;

use serenity::{
    all::{GuildId, Message, Permissions, RoleId, UserId},
    http::Http,
};
use upback_core::input::{Platform, Role};

use crate::delivery::retry::retry;

/// The author's role in `guild`, asked of Discord on every use so a change of rights counts
/// at once. A server that cannot be read answers as for a member: a refused moderator still
/// has the slash command, while a member let through would change the club's reminders.
pub(super) async fn author_role(http: &Http, guild: GuildId, msg: &Message) -> Role {
    let server = match retry(Platform::Discord, "get guild", || http.get_guild(guild)).await {
        Ok(server) => server,
        Err(e) => {
            tracing::warn!(
                error = %e,
                guild = guild.get(),
                "discord: could not read a server's roles; treating the author as a member"
            );
            return Role::Member;
        }
    };
    // MESSAGE_CREATE names the author's roles in a server; only a webhook's message comes
    // without, and a webhook moderates nothing.
    let member_roles = msg.member.as_ref().map_or(&[][..], |m| m.roles.as_slice());
    let permissions = server.roles.iter().map(|(id, r)| (*id, r.permissions)).collect();
    base_role(guild, server.owner_id, msg.author.id, member_roles, &permissions)
}

/// Discord's base permissions: the owner may do anything; anyone else has what @everyone (the
/// role whose id is the server's) and each of their roles allow together. Administrator or
/// Manage Server moderates, as for the slash commands. A role the server no longer has counts
/// for nothing.
pub(super) fn base_role(
    guild: GuildId,
    owner: UserId,
    author: UserId,
    member_roles: &[RoleId],
    permissions: &HashMap<RoleId, Permissions>,
) -> Role {
    if author == owner {
        return Role::Moderator;
    }
    let everyone = RoleId::new(guild.get());
    let base = std::iter::once(&everyone)
        .chain(member_roles)
        .filter_map(|r| permissions.get(r))
        .fold(Permissions::empty(), |all, p| all | *p);
    role_with(base)
}

/// The one rule, for typed messages and slash commands alike: Administrator or Manage Server
/// moderates.
pub(super) fn role_with(permissions: Permissions) -> Role {
    if permissions.administrator() || permissions.manage_guild() {
        Role::Moderator
    } else {
        Role::Member
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GUILD: GuildId = GuildId::new(81);
    const OWNER: UserId = UserId::new(1);
    const ANA: UserId = UserId::new(42);
    const COACHES: RoleId = RoleId::new(83);
    const RUNNERS: RoleId = RoleId::new(84);

    fn roles(everyone: Permissions) -> HashMap<RoleId, Permissions> {
        HashMap::from([
            (RoleId::new(GUILD.get()), everyone),
            (COACHES, Permissions::MANAGE_GUILD | Permissions::SEND_MESSAGES),
            (RUNNERS, Permissions::SEND_MESSAGES | Permissions::MANAGE_MESSAGES),
        ])
    }

    #[test]
    fn a_role_with_manage_server_or_administrator_moderates() {
        let base = roles(Permissions::SEND_MESSAGES);
        assert_eq!(base_role(GUILD, OWNER, ANA, &[RUNNERS, COACHES], &base), Role::Moderator);
        let mut admins = base.clone();
        admins.insert(RUNNERS, Permissions::ADMINISTRATOR);
        assert_eq!(base_role(GUILD, OWNER, ANA, &[RUNNERS], &admins), Role::Moderator);
    }

    #[test]
    fn a_member_whose_roles_allow_neither_is_a_member() {
        let base = roles(Permissions::SEND_MESSAGES);
        assert_eq!(
            base_role(GUILD, OWNER, ANA, &[RUNNERS], &base),
            Role::Member,
            "Manage Messages is not enough"
        );
        assert_eq!(base_role(GUILD, OWNER, ANA, &[], &base), Role::Member);
        assert_eq!(
            base_role(GUILD, OWNER, ANA, &[RoleId::new(99)], &base),
            Role::Member,
            "a role the server does not have"
        );
    }

    #[test]
    fn the_owner_moderates_without_any_role() {
        assert_eq!(base_role(GUILD, OWNER, OWNER, &[], &HashMap::new()), Role::Moderator);
    }

    #[test]
    fn what_everyone_may_do_counts_for_each_member() {
        let open = roles(Permissions::MANAGE_GUILD);
        assert_eq!(base_role(GUILD, OWNER, ANA, &[], &open), Role::Moderator);
    }
}
