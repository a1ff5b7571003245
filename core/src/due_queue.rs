//! The due queue, run: the reminders whose time has come, each moved on to its next
//! occurrence in the store before it is handed out, so a crash after sending can never post
//! one occurrence twice (at most once is the promise). What becomes of each is the schedules'
//! policy ([`reminders::due`](crate::reminders::due)) and what a post says is theirs too ([`reminders::posts`](crate::reminders::posts)); this
//! is the loop that reads and saves, over any store. It sits above the store and the
//! reminders (the store keeps reminders, so the reminders cannot call it), and the engine
//! draws the posts in each group's language.

use chrono::{DateTime, Duration, Utc};

use crate::{
    club::ClubPost,
    content::Content,
    reminders::{due, posts, Audience, Reminder, ReminderKind},
    reply::Draft,
    store::{Store, StoreError},
};

/// How many due reminders one call of [`take`] settles.
pub const BATCH: usize = 500;

/// What one call of [`take`] handed out.
#[derive(Debug, Default)]
pub struct Taken {
    /// Each reminder to post now, with its post (not yet drawn in a language).
    pub due: Vec<(Reminder, Draft)>,
    /// More were due than one batch takes: ask again at once.
    pub more: bool,
    /// The store failed part-way; `due` holds what was moved on before it did.
    pub error: Option<StoreError>,
}

/// The reminders due at `now`, each moved on before it is handed out. A reminder changed
/// meanwhile (paused, removed, edited) is left to its new state. A store failure part-way
/// ends the batch with what was already moved on, so none of those is lost, and says so in
/// `error`.
pub fn take(store: &impl Store, content: &Content, now: DateTime<Utc>, grace: Duration) -> Taken {
    let mut taken = Taken::default();
    let due = match store.due(now, BATCH) {
        Ok(due) => due,
        Err(e) => {
            taken.error = Some(e);
            return taken;
        }
    };
    taken.more = due.len() >= BATCH;
    for reminder in due {
        let Some(step) = due::settle(&reminder, now, grace) else { continue };
        let post = match step.fire.then(|| store.next_id()).transpose() {
            Ok(post) => post,
            Err(e) => {
                taken.error = Some(e);
                break;
            }
        };
        match store.swap_reminder(&step.next) {
            Ok(true) => {}
            Ok(false) => continue,
            Err(e) => {
                taken.error = Some(e);
                break;
            }
        }
        match post {
            Some(post) => {
                if reminder.kind == ReminderKind::Stretch && reminder.audience != Audience::Personal {
                    // A session for /clubstats; the post goes out even if this fails, as a
                    // missing count beats a missing reminder.
                    let session = ClubPost {
                        id: post,
                        group: reminder.owner.clone(),
                        at: now,
                        locale: reminder.locale.clone(),
                    };
                    if let Err(e) = store.record_post(&session) {
                        tracing::warn!(reminder = reminder.id, error = %e, "could not record a club session");
                    }
                }
                let draft = posts::reminder_post(content, &reminder, post);
                taken.due.push((reminder, draft));
            }
            None => tracing::info!(
                reminder = reminder.id,
                "skipping a reminder missed by more than the grace period"
            ),
        }
    }
    taken
}
