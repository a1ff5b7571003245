//! What went wrong, in the engine's words: a PostgreSQL failure becomes the [`StoreError`]
//! that names its cause (a standby that only reads, a refused user name or password, a server
//! that cannot be reached, a role without rights, a database that is not there, a concurrent
//! change the turn should run again on), so the operator's log and the engine's retry both
//! see what really happened. A wrong URL is said before anything connects.

use postgres::error::SqlState;
use upback_core::store::StoreError;

/// A `DATABASE_URL` this store cannot use.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("the database URL is not one PostgreSQL reads: {0}")]
    Url(String),
    #[error("sslmode={0} is not known (disable, prefer, require, verify-ca or verify-full)")]
    SslMode(String),
    #[error("could not read the CA certificates of sslrootcert={path}: {reason}")]
    RootCert { path: String, reason: String },
    #[error("could not set up TLS: {0}")]
    Tls(String),
}

impl From<ConfigError> for StoreError {
    fn from(e: ConfigError) -> Self {
        StoreError::Backend(e.to_string())
    }
}

/// A failed statement or connection.
pub(crate) fn from_pg(e: postgres::Error) -> StoreError {
    let Some(db) = e.as_db_error() else {
        if e.is_closed() {
            return StoreError::Backend("the connection to PostgreSQL was closed".into());
        }
        // The client's own words name the kind ("error connecting to server"); the cause
        // under it says why (an unknown issuer, a refused connection).
        let mut said = e.to_string();
        let mut cause = std::error::Error::source(&e);
        while let Some(c) = cause {
            let text = c.to_string();
            if !said.contains(&text) {
                said = format!("{said}: {text}");
            }
            cause = c.source();
        }
        return if said.contains("password missing") {
            // The server asked for a password the URL does not hold.
            StoreError::Unauthorized("the server asks for a password, and none was given".into())
        } else if [
            "error connecting to server",
            "timeout waiting for server",
            "error communicating with the server",
        ]
        .iter()
        .any(|kind| said.starts_with(kind))
        {
            // The name lookup, the connection, or the wire failed; a TLS handshake that
            // failed (a certificate nobody vouches for) reached the server, and says so.
            StoreError::Unreachable(said)
        } else {
            StoreError::Backend(format!("PostgreSQL: {said}"))
        };
    };
    let code = db.code();
    let said = || format!("{}: {}", code.code(), db.message());
    if *code == SqlState::T_R_SERIALIZATION_FAILURE || *code == SqlState::T_R_DEADLOCK_DETECTED {
        // Two turns touched the same rows in another order: nothing was written, and the
        // engine runs the turn again, as for any other conflict.
        StoreError::Conflict("data")
    } else if *code == SqlState::READ_ONLY_SQL_TRANSACTION {
        // A standby, or a database set read-only: the URL should name the primary.
        StoreError::ReadOnly
    } else if *code == SqlState::INVALID_PASSWORD || *code == SqlState::INVALID_AUTHORIZATION_SPECIFICATION {
        // 28P01 and 28000: a wrong password, or a user pg_hba.conf does not let in. The
        // server's message names the user, never the password.
        StoreError::Unauthorized(said())
    } else if *code == SqlState::INSUFFICIENT_PRIVILEGE {
        StoreError::NoRight(said())
    } else if *code == SqlState::INVALID_CATALOG_NAME {
        StoreError::NoDatabase(format!("PostgreSQL ({})", db.message()))
    } else if *code == SqlState::DATA_CORRUPTED || *code == SqlState::INDEX_CORRUPTED {
        StoreError::Corrupt(said())
    } else {
        StoreError::Backend(format!("PostgreSQL said {}", said()))
    }
}

/// No connection could be had from the pool (the server is down, or every connection busy).
pub(crate) fn from_pool(e: r2d2::Error) -> StoreError {
    StoreError::Backend(format!("no connection to PostgreSQL: {e}"))
}
