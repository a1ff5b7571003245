//! The bot was added to a group: it says once, in the group, what members and moderators can
//! do with it. "Once" is kept in the group's own preferences (its `welcomed` flag, as a
//! runner's first /help keeps theirs), so a restart, a reconnect or a platform repeating
//! itself never posts it twice.

use chrono::{DateTime, Duration, Utc};

use super::{Decision, Turn};
use crate::{prefs::Prefs, store::Store, views};

/// A join older than this is not greeted: a group that added the bot before this version
/// knew it (Discord reports every server on every connection, with when the bot joined), and
/// a day matches how long Telegram keeps an update for a bot that was down.
pub const WELCOME_WITHIN: Duration = Duration::hours(24);

impl<S: Store> Turn<'_, S> {
    /// The welcome, the first time the bot hears of the group; a join too old to greet is
    /// noted all the same, so it is never greeted later either.
    pub(super) fn joined(&self, at: Option<DateTime<Utc>>) -> Decision {
        if self.prefs.welcomed || !self.who.in_group() {
            return Decision::default();
        }
        let late = at.is_some_and(|at| self.now.signed_duration_since(at) > WELCOME_WITHIN);
        let shown = if late { Vec::new() } else { vec![views::group_welcome()] };
        Decision::show(shown).with_prefs(Prefs { welcomed: true, ..self.prefs.clone() })
    }
}
