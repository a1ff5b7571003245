//! A club's routine posts and the members' Done presses under them. A press is one row per
//! member and post (`ON CONFLICT DO NOTHING`: a second press, even from another process at the
//! same moment, finds the first and counts nothing), and only a new row moves the post's
//! count on, in the same transaction, by an upsert that takes the count's row lock: presses
//! arriving together are all counted, one after another.

use chrono::{DateTime, Utc};
use postgres::GenericClient;
use upback_core::{
    club::ClubPost,
    input::UserKey,
    store::{Counted, DonePress, StoreError},
};

use crate::{
    columns::{bigint, bytes, col, decode, encode, int, signed, text, time},
    error::from_pg,
    history,
};

/// Inside the commit's transaction: the member's press, counted if it is their first.
pub(crate) fn press(
    c: &mut impl GenericClient,
    user: &UserKey,
    press: &DonePress,
) -> Result<Counted, StoreError> {
    let (post, key, at) = (signed(press.post)?, user.as_str(), press.entry.as_ref().map(|e| e.at()));
    let new = c
        .execute_typed(
            "INSERT INTO done_presses (post, user_key, at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
            &[bigint(&post), text(&key), time(&at)],
        )
        .map_err(from_pg)?;
    if new == 0 {
        return Ok(Counted { count: count(c, press.post)?, first: false });
    }
    let row = c
        .query_typed_one(
            "INSERT INTO done_counts (post, count) VALUES ($1, 1)
             ON CONFLICT (post) DO UPDATE SET count = done_counts.count + 1
             RETURNING count",
            &[bigint(&post)],
        )
        .map_err(from_pg)?;
    if let Some(entry) = &press.entry {
        history::append(c, user, entry)?;
    }
    Ok(Counted { count: count_of(col(&row, 0)?), first: true })
}

fn count_of(n: i32) -> u32 {
    u32::try_from(n).unwrap_or(0)
}

pub(crate) fn count(c: &mut impl GenericClient, post: u64) -> Result<u32, StoreError> {
    let post = signed(post)?;
    let row = c
        .query_typed_opt("SELECT count FROM done_counts WHERE post = $1", &[bigint(&post)])
        .map_err(from_pg)?;
    Ok(row.map(|r| col(&r, 0)).transpose()?.map_or(0, count_of))
}

/// A count as a backup had it.
pub(crate) fn restore_count(c: &mut impl GenericClient, post: u64, count: u32) -> Result<(), StoreError> {
    let (post, count) = (signed(post)?, i32::try_from(count).unwrap_or(i32::MAX));
    c.execute_typed(
        "INSERT INTO done_counts (post, count) VALUES ($1, $2)
         ON CONFLICT (post) DO UPDATE SET count = EXCLUDED.count",
        &[bigint(&post), int(&count)],
    )
    .map_err(from_pg)?;
    Ok(())
}

/// A press as a backup had it, without touching the count (the backup carries that).
pub(crate) fn restore_press(
    c: &mut impl GenericClient,
    user: &UserKey,
    post: u64,
    at: Option<DateTime<Utc>>,
) -> Result<(), StoreError> {
    let (post, key) = (signed(post)?, user.as_str());
    c.execute_typed(
        "INSERT INTO done_presses (post, user_key, at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
        &[bigint(&post), text(&key), time(&at)],
    )
    .map_err(from_pg)?;
    Ok(())
}

pub(crate) fn record_post(c: &mut impl GenericClient, post: &ClubPost) -> Result<(), StoreError> {
    let (group, id, doc) = (post.group.as_str(), signed(post.id)?, encode(post)?);
    c.execute_typed(
        "INSERT INTO club_posts (group_key, at, id, doc) VALUES ($1, $2, $3, $4)
         ON CONFLICT (group_key, at, id) DO UPDATE SET doc = EXCLUDED.doc",
        &[text(&group), time(&post.at), bigint(&id), bytes(&doc)],
    )
    .map_err(from_pg)?;
    Ok(())
}

pub(crate) fn posts(
    c: &mut impl GenericClient,
    group: &str,
    since: DateTime<Utc>,
) -> Result<Vec<ClubPost>, StoreError> {
    let rows = c
        .query_typed(
            "SELECT doc FROM club_posts WHERE group_key = $1 AND at >= $2 ORDER BY at DESC, id DESC",
            &[text(&group), time(&since)],
        )
        .map_err(from_pg)?;
    let mut out = Vec::new();
    for row in &rows {
        match decode("club post", col(row, 0)?) {
            Ok(post) => out.push(post),
            Err(e) => tracing::warn!(error = %e, "skipping an unreadable club post"),
        }
    }
    Ok(out)
}

pub(crate) fn done_by(c: &mut impl GenericClient, post: u64) -> Result<Vec<UserKey>, StoreError> {
    let post = signed(post)?;
    let rows = c
        .query_typed("SELECT user_key FROM done_presses WHERE post = $1 ORDER BY user_key", &[bigint(&post)])
        .map_err(from_pg)?;
    let mut out = Vec::new();
    for row in &rows {
        out.extend(UserKey::parse(col(row, 0)?));
    }
    Ok(out)
}

pub(crate) fn pressed(c: &mut impl GenericClient, user: &UserKey, post: u64) -> Result<bool, StoreError> {
    let (post, key) = (signed(post)?, user.as_str());
    let found = c
        .execute_typed(
            "SELECT 1 FROM done_presses WHERE post = $1 AND user_key = $2",
            &[bigint(&post), text(&key)],
        )
        .map_err(from_pg)?;
    Ok(found > 0)
}
