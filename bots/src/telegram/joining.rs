//! Telegram's side of being added to a group: the `my_chat_member` update that says the bot
//! went from outside a group to inside it becomes [`Input::Joined`], in the adding user's
//! language; the engine decides whether the group hears a welcome (once, ever) and this only
//! delivers it.

use std::sync::Arc;

use teloxide::{
    types::{ChatMemberKind, ChatMemberUpdated},
    RequestError,
};
use upback_core::input::{Input, Platform};

use super::Shared;

pub(super) async fn on_my_chat_member(
    update: ChatMemberUpdated,
    shared: Arc<Shared>,
) -> Result<(), RequestError> {
    // Channels are not clubs; a private chat's "member" is a user unblocking the bot.
    let group = update.chat.is_group() || update.chat.is_supergroup();
    let about_us = update.new_chat_member.user.id == shared.id;
    if !group || !about_us || !added(&update.old_chat_member.kind, &update.new_chat_member.kind) {
        return Ok(());
    }
    let who = super::who(&update.from, &update.chat);
    let input = Input::Joined { at: Some(update.date) };
    let replies = crate::turn::run(shared.engine.clone(), Platform::Telegram, who, input).await;
    shared.deliver(update.chat.id.0, true, None, &replies);
    Ok(())
}

/// From outside the group (never in it, left, removed) to inside it (a member, an
/// administrator). A promotion, a demotion or a restriction is no join.
fn added(old: &ChatMemberKind, new: &ChatMemberKind) -> bool {
    (old.is_left() || old.is_banned()) && (new.is_member() || new.is_administrator())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(status: &str) -> ChatMemberKind {
        let mut member = serde_json::json!({
            "user": {"id": 1, "is_bot": true, "first_name": "upback"},
            "status": status,
        });
        if status == "kicked" {
            member["until_date"] = 0.into();
        }
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
                member[right] = false.into();
            }
        }
        serde_json::from_value::<teloxide::types::ChatMember>(member).expect("a chat member").kind
    }

    #[test]
    fn only_coming_in_from_outside_is_a_join() {
        assert!(added(&kind("left"), &kind("member")));
        assert!(added(&kind("kicked"), &kind("administrator")));
        assert!(!added(&kind("member"), &kind("administrator")), "a promotion");
        assert!(!added(&kind("administrator"), &kind("member")), "a demotion");
        assert!(!added(&kind("member"), &kind("left")), "removed");
    }
}
