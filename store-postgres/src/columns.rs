//! How the engine's values sit in columns: documents as the same serde envelope the other
//! stores write (so a backup, a bug report or a later version reads them alike), and the
//! engine's unsigned numbers as PostgreSQL's signed `bigint`, refused rather than wrapped
//! when one does not fit.

use postgres::{
    types::{FromSql, ToSql, Type},
    Row,
};
use upback_core::store::StoreError;

/// A value as a `doc`, and back: the core's envelope, so every store writes the same bytes.
pub(crate) use upback_core::store::{decode, encode};

/// An id, revision or post number as a `bigint`.
pub(crate) fn signed(n: u64) -> Result<i64, StoreError> {
    i64::try_from(n).map_err(|_| StoreError::Backend(format!("{n} does not fit a PostgreSQL bigint")))
}

/// A `bigint` column back as the engine's number; a negative one was not written by upback.
pub(crate) fn unsigned(n: i64) -> Result<u64, StoreError> {
    u64::try_from(n).map_err(|_| StoreError::Corrupt(format!("a stored id or revision is negative ({n})")))
}

/// A column of a row, or [`StoreError::Corrupt`] when it is not of the type the schema says
/// (a hand-edited table must not panic the bot).
pub(crate) fn col<'a, T: FromSql<'a>>(row: &'a Row, i: usize) -> Result<T, StoreError> {
    row.try_get(i).map_err(|e| StoreError::Corrupt(format!("column {i} of a stored row: {e}")))
}

/// A statement's parameter with its type said, so the statement runs in one round trip
/// (`query_typed`: no separate prepare) on every call.
pub(crate) type Param<'a> = (&'a (dyn ToSql + Sync), Type);

pub(crate) fn text<'a>(v: &'a (dyn ToSql + Sync)) -> Param<'a> {
    (v, Type::TEXT)
}

pub(crate) fn bigint<'a>(v: &'a (dyn ToSql + Sync)) -> Param<'a> {
    (v, Type::INT8)
}

pub(crate) fn int<'a>(v: &'a (dyn ToSql + Sync)) -> Param<'a> {
    (v, Type::INT4)
}

pub(crate) fn bytes<'a>(v: &'a (dyn ToSql + Sync)) -> Param<'a> {
    (v, Type::BYTEA)
}

pub(crate) fn time<'a>(v: &'a (dyn ToSql + Sync)) -> Param<'a> {
    (v, Type::TIMESTAMPTZ)
}

pub(crate) fn json<'a>(v: &'a (dyn ToSql + Sync)) -> Param<'a> {
    (v, Type::JSONB)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_document_is_the_envelope_the_other_stores_write() {
        assert_eq!(encode(&serde_json::json!({"a": 1})).expect("encoded"), br#"{"v":1,"data":{"a":1}}"#);
        let back: serde_json::Value = decode("test", br#"{"v":1,"data":[2]}"#).expect("decoded");
        assert_eq!(back, serde_json::json!([2]));
    }

    #[test]
    fn a_document_of_another_version_or_no_json_is_unreadable() {
        assert!(matches!(decode::<u8>("t", br#"{"v":99,"data":1}"#), Err(StoreError::Unreadable { .. })));
        assert!(matches!(decode::<u8>("t", b"\xff"), Err(StoreError::Unreadable { .. })));
    }

    #[test]
    fn numbers_past_a_bigint_are_refused_not_wrapped() {
        assert_eq!(signed(7).expect("fits"), 7);
        assert!(signed(u64::MAX).is_err());
        assert!(unsigned(-1).is_err());
    }
}
