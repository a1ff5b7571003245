//! One turn's change, written at once or not at all. Most steps of a check change the session
//! alone: that is one conditional statement in autocommit, one round trip and one WAL flush.
//! Anything more runs in one transaction, each conditional part (the session, each reminder)
//! checked by the statement that writes it; the first that finds its row moved on rolls the
//! whole transaction back, so a refused change writes nothing.

use postgres::Client;
use upback_core::{
    input::UserKey,
    store::{Change, Committed, ReminderChange, StoreError},
};

use crate::{club, error::from_pg, history, reminders, sessions};

pub(crate) fn commit(c: &mut Client, user: &UserKey, change: Change) -> Result<Committed, StoreError> {
    if !change.keeps_anything_of_the_user() {
        // A routine post alone is the group's record; nothing of the user is written.
        if let Some(post) = &change.post {
            club::record_post(c, post)?;
        }
        return Ok(Committed::default());
    }
    if change.is_session_only() {
        sessions::swap(c, user, change.read, &change.session)?;
        return Ok(Committed::default());
    }
    // Dropped without commit (any `?` below), the transaction is rolled back.
    let mut tx = c.transaction().map_err(from_pg)?;
    sessions::swap(&mut tx, user, change.read, &change.session)?;
    for rc in &change.reminders {
        let swapped = match rc {
            ReminderChange::Save(r) => reminders::swap(&mut tx, r, false)?,
            ReminderChange::Remove(r) => reminders::swap(&mut tx, r, true)?,
        };
        if !swapped {
            return Err(StoreError::Conflict("reminder"));
        }
    }
    if let Some(prefs) = &change.prefs {
        sessions::put_prefs(&mut tx, user, prefs)?;
    }
    for entry in &change.append {
        history::append(&mut tx, user, entry)?;
    }
    if let Some(post) = &change.post {
        club::record_post(&mut tx, post)?;
    }
    let done = change.done.as_ref().map(|press| club::press(&mut tx, user, press)).transpose()?;
    tx.commit().map_err(from_pg)?;
    Ok(Committed { done })
}
