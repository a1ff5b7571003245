//! The first layout (before records were sealed): every key began with the user's key in
//! plain text and every value was plain JSON. Read once, to move a database made by an
//! earlier upback into the sealed layout; a backup of it is written first.

use base64::{engine::general_purpose::STANDARD, Engine as _};

use super::backend;
use crate::{
    backup::Record,
    club::ClubPost,
    history::Entry,
    prefs::Prefs,
    reminders::Reminder,
    session::Session,
    store::{decode, StoreError},
};

/// The first layout's trees.
mod names {
    pub const SESSIONS: &str = "sessions";
    pub const PREFS: &str = "prefs";
    pub const HISTORY: &str = "history";
    pub const QUARANTINE: &str = "quarantine";
    pub const REMINDERS: &str = "reminders";
    pub const REMINDER_INDEX: &str = "reminder_index";
    pub const ROUTINE_DONE: &str = "routine_done";
    pub const ROUTINE_COUNTS: &str = "routine_counts";
    pub const OWED: &str = "owed";
    pub const CLUB_POSTS: &str = "club_posts";
    pub const DONE_BY_POST: &str = "done_by_post";
}

/// The trees the first layout kept records in.
const TREES: [&str; 9] = [
    names::SESSIONS,
    names::PREFS,
    names::HISTORY,
    names::QUARANTINE,
    names::REMINDERS,
    names::ROUTINE_DONE,
    names::ROUTINE_COUNTS,
    names::OWED,
    names::CLUB_POSTS,
];

/// Whether `db` holds records in the first layout (it has no schema mark, but records).
pub fn present(db: &sled::Db) -> Result<bool, StoreError> {
    let existing = db.tree_names();
    for name in TREES.iter().filter(|n| existing.iter().any(|e| e.as_ref() == n.as_bytes())) {
        if !db.open_tree(name).map_err(backend)?.is_empty() {
            return Ok(true);
        }
    }
    Ok(false)
}

fn user_of(key: &[u8]) -> Option<(String, &[u8])> {
    let end = key.iter().position(|b| *b == 0).unwrap_or(key.len());
    let user = String::from_utf8(key[..end].to_vec()).ok()?;
    Some((user, key.get(end + 1..).unwrap_or_default()))
}

/// Every record of the first layout, logically. Unreadable ones become
/// [`Record::Unreadable`], as they would have in a backup.
pub fn records(db: &sled::Db) -> Result<Vec<Record>, StoreError> {
    let mut out = Vec::new();
    let tree = |name: &str| db.open_tree(name).map_err(backend);
    let unreadable = |user: String, from: &str, bytes: &[u8]| Record::Unreadable {
        user,
        from: from.to_string(),
        bytes: STANDARD.encode(bytes),
    };
    for kv in tree(names::PREFS)?.iter() {
        let (k, v) = kv.map_err(backend)?;
        let Some((user, _)) = user_of(&k) else { continue };
        out.push(match decode::<Prefs>(names::PREFS, &v) {
            Ok(prefs) => Record::Prefs { user, prefs },
            Err(_) => unreadable(user, names::PREFS, &v),
        });
    }
    for kv in tree(names::SESSIONS)?.iter() {
        let (k, v) = kv.map_err(backend)?;
        let Some((user, _)) = user_of(&k) else { continue };
        out.push(match decode::<Session>(names::SESSIONS, &v) {
            Ok(session) => Record::Session { user, session },
            Err(_) => unreadable(user, names::SESSIONS, &v),
        });
    }
    for kv in tree(names::HISTORY)?.iter() {
        let (k, v) = kv.map_err(backend)?;
        let Some((user, _)) = user_of(&k) else { continue };
        out.push(match decode::<Entry>(names::HISTORY, &v) {
            Ok(entry) => Record::Entry { user, entry },
            Err(_) => unreadable(user, names::HISTORY, &v),
        });
    }
    for kv in tree(names::QUARANTINE)?.iter() {
        let (k, v) = kv.map_err(backend)?;
        let Some((user, rest)) = user_of(&k) else { continue };
        let from = user_of(rest).map(|(t, _)| t).unwrap_or_default();
        out.push(unreadable(user, &from, &v));
    }
    for kv in tree(names::ROUTINE_DONE)?.iter() {
        let (k, v) = kv.map_err(backend)?;
        let Some((user, rest)) = user_of(&k) else { continue };
        let Ok(post) = <[u8; 8]>::try_from(rest).map(u64::from_be_bytes) else { continue };
        let at = decode::<Option<chrono::DateTime<chrono::Utc>>>(names::ROUTINE_DONE, &v).unwrap_or(None);
        out.push(Record::Done { user, post, at });
    }
    for kv in tree(names::ROUTINE_COUNTS)?.iter() {
        let (k, v) = kv.map_err(backend)?;
        if let (Ok(post), Ok(count)) = (<[u8; 8]>::try_from(k.as_ref()), <[u8; 4]>::try_from(v.as_ref())) {
            out.push(Record::Count { post: u64::from_be_bytes(post), count: u32::from_be_bytes(count) });
        }
    }
    for kv in tree(names::REMINDERS)?.iter() {
        let (_, v) = kv.map_err(backend)?;
        if let Ok(reminder) = decode::<Reminder>(names::REMINDERS, &v) {
            out.push(Record::Reminder { reminder });
        }
    }
    for kv in tree(names::CLUB_POSTS)?.iter() {
        let (_, v) = kv.map_err(backend)?;
        if let Ok(post) = decode::<ClubPost>(names::CLUB_POSTS, &v) {
            out.push(Record::Post { post });
        }
    }
    for kv in tree(names::OWED)?.iter() {
        let (k, v) = kv.map_err(backend)?;
        let Some((platform, _)) = user_of(&k) else { continue };
        if let Ok(item) = decode::<serde_json::Value>(names::OWED, &v) {
            out.push(Record::Owed { platform, item });
        }
    }
    Ok(out)
}

/// Drops every tree of the first layout (their records are in the new one by now).
pub fn drop_all(db: &sled::Db) -> Result<(), StoreError> {
    for name in TREES.iter().chain(&[names::REMINDER_INDEX, names::DONE_BY_POST]) {
        db.drop_tree(name).map_err(backend)?;
    }
    Ok(())
}
