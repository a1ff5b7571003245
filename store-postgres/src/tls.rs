//! Where to connect and how: the URL as PostgreSQL's own clients read it, with TLS by rustls
//! (never OpenSSL, which the bots must not link). `sslmode` picks whether TLS is used:
//! `disable` never, `prefer` (the default) when the server offers it, `require`,
//! `verify-ca` and `verify-full` always. Whenever TLS is used the server's certificate is
//! verified, name included, against the web PKI roots, or against the PEM file named by
//! `sslrootcert` (a managed database's own CA): stricter than libpq's `require`, which takes
//! any certificate, because an unverified TLS connection protects against nobody who matters.

use std::{str::FromStr, sync::Arc};

use postgres::config::SslMode;
use tokio_postgres_rustls::MakeRustlsConnect;

use crate::error::ConfigError;

/// A parsed database URL and the TLS connector for it.
pub struct Target {
    pub config: postgres::Config,
    pub tls: MakeRustlsConnect,
}

/// Reads a `postgres://` (or `postgresql://`) URL, or a `key=value` connection string (whose
/// `sslmode` may only be disable, prefer or require). `sslmode` and `sslrootcert` are read
/// here; every other parameter is left to PostgreSQL's client as written.
pub fn target(url: &str) -> Result<Target, ConfigError> {
    let (rest, mut mode, mut root) = if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        let (base, query) = url.split_once('?').unwrap_or((url, ""));
        let mut kept = Vec::new();
        let (mut mode, mut root) = (None, None);
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let Some((key, value)) = url::form_urlencoded::parse(pair.as_bytes()).next() else { continue };
            match key.as_ref() {
                "sslmode" => mode = Some(value.into_owned()),
                "sslrootcert" => root = Some(value.into_owned()),
                _ => kept.push(pair),
            }
        }
        let rest = if kept.is_empty() { base.to_string() } else { format!("{base}?{}", kept.join("&")) };
        (rest, mode, root)
    } else {
        (url.to_string(), None, None)
    };
    let mut config = postgres::Config::from_str(&rest).map_err(|e| ConfigError::Url(e.to_string()))?;
    if let Some(m) = mode.take() {
        config.ssl_mode(match m.as_str() {
            "disable" => SslMode::Disable,
            "prefer" => SslMode::Prefer,
            "require" | "verify-ca" | "verify-full" => SslMode::Require,
            _ => return Err(ConfigError::SslMode(m)),
        });
    }
    let roots = match root.take().filter(|r| r != "system") {
        Some(path) => roots_from(&path)?,
        None => rustls::RootCertStore { roots: webpki_roots::TLS_SERVER_ROOTS.to_vec() },
    };
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let tls = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| ConfigError::Tls(e.to_string()))?
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(Target { config, tls: MakeRustlsConnect::new(tls) })
}

fn roots_from(path: &str) -> Result<rustls::RootCertStore, ConfigError> {
    let failed = |reason: String| ConfigError::RootCert { path: path.to_string(), reason };
    let pem = std::fs::read(path).map_err(|e| failed(e.to_string()))?;
    let mut roots = rustls::RootCertStore::empty();
    for cert in rustls_pemfile::certs(&mut pem.as_slice()) {
        roots.add(cert.map_err(|e| failed(e.to_string()))?).map_err(|e| failed(e.to_string()))?;
    }
    if roots.is_empty() {
        return Err(failed("it holds no certificate".into()));
    }
    Ok(roots)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sslmode_picks_whether_tls_is_used() {
        let mode = |url: &str| target(url).map(|t| t.config.get_ssl_mode());
        assert_eq!(mode("postgres://u@db/upback").expect("parsed"), SslMode::Prefer);
        assert_eq!(mode("postgres://u@db/upback?sslmode=disable").expect("parsed"), SslMode::Disable);
        assert_eq!(mode("postgresql://u@db/upback?sslmode=verify-full").expect("parsed"), SslMode::Require);
        assert_eq!(
            mode("postgres://u@db/upback?application_name=upback&sslmode=require").expect("parsed"),
            SslMode::Require
        );
        assert_eq!(mode("host=db user=u sslmode=require").expect("parsed"), SslMode::Require);
        assert!(matches!(mode("postgres://u@db/upback?sslmode=sometimes"), Err(ConfigError::SslMode(_))));
    }

    #[test]
    fn the_other_parameters_reach_the_client() {
        let t = target("postgres://ana:secret@db:6432/club?application_name=upback&sslmode=disable")
            .expect("parsed");
        assert_eq!(t.config.get_dbname(), Some("club"));
        assert_eq!(t.config.get_ports(), [6432]);
        assert_eq!(t.config.get_application_name(), Some("upback"));
    }

    #[test]
    fn a_missing_root_certificate_file_is_said() {
        let e = target("postgres://db/x?sslmode=verify-full&sslrootcert=/nonexistent/ca.pem").err();
        assert!(matches!(e, Some(ConfigError::RootCert { .. })), "{e:?}");
    }

    #[test]
    fn a_url_postgres_cannot_read_is_refused() {
        assert!(matches!(target("postgres://db:notaport/x"), Err(ConfigError::Url(_))));
    }
}
