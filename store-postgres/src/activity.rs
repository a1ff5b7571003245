//! The retention clock ([`upback_core::store::Store::touch`] and `inactive`): one row per
//! person with the day of their last input. Only people with records are noted, and a person
//! kept before the clock existed is noted on the day of the first sweep that finds them.

use chrono::NaiveDate;
use postgres::GenericClient;
use upback_core::{
    input::UserKey,
    store::{is_a_person, StoreError},
};

use crate::error::from_pg;

/// Who has records of their own (groups' and adapters' keys are filtered out afterwards).
const WITH_RECORDS: &str = "SELECT user_key FROM sessions UNION SELECT user_key FROM prefs \
     UNION SELECT user_key FROM history UNION SELECT user_key FROM done_presses";

pub(crate) fn touch(c: &mut impl GenericClient, user: &UserKey, day: NaiveDate) -> Result<bool, StoreError> {
    let noted = c
        .execute(
            &format!(
                "INSERT INTO activity (user_key, last_day)
                 SELECT $1, $2 WHERE EXISTS (SELECT 1 FROM ({WITH_RECORDS}) AS k WHERE k.user_key = $1)
                 ON CONFLICT (user_key) DO UPDATE SET last_day = GREATEST(activity.last_day, EXCLUDED.last_day)"
            ),
            &[&user.as_str(), &day],
        )
        .map_err(from_pg)?;
    Ok(noted > 0)
}

pub(crate) fn inactive(
    c: &mut impl GenericClient,
    before: NaiveDate,
    today: NaiveDate,
) -> Result<Vec<UserKey>, StoreError> {
    let mut tx = c.transaction().map_err(from_pg)?;
    let rows = tx
        .query(
            &format!(
                "SELECT k.user_key, a.last_day FROM ({WITH_RECORDS}) AS k
                 LEFT JOIN activity a ON a.user_key = k.user_key"
            ),
            &[],
        )
        .map_err(from_pg)?;
    let mut out = Vec::new();
    for row in rows {
        let key: String = row.get(0);
        let Some(user) = UserKey::parse(&key).filter(is_a_person) else { continue };
        match row.get::<_, Option<NaiveDate>>(1) {
            Some(day) if day < before => out.push(user),
            Some(_) => {}
            None => {
                tx.execute(
                    "INSERT INTO activity (user_key, last_day) VALUES ($1, $2) ON CONFLICT DO NOTHING",
                    &[&key, &today],
                )
                .map_err(from_pg)?;
            }
        }
    }
    tx.commit().map_err(from_pg)?;
    Ok(out)
}
