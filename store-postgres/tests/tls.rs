//! TLS to PostgreSQL through rustls, against a server with a certificate of a CA made for the
//! test (by the `openssl` command line tool, which only makes the files; nothing links it):
//! `verify-full` with that CA as `sslrootcert` connects encrypted, and a certificate no trusted
//! root vouches for is refused.

use std::{path::Path, process::Command};

use upback_core::store::{Store, StoreError};
use upback_store_postgres::{testing, PostgresStore};

/// A CA and a certificate for `localhost` it signed, in `dir`; `None` without `openssl`.
fn certificates(dir: &Path) -> Option<()> {
    let run = |args: &[&str]| {
        Command::new("openssl").args(args).current_dir(dir).output().is_ok_and(|o| o.status.success())
    };
    std::fs::write(dir.join("san.ext"), "subjectAltName=DNS:localhost,IP:127.0.0.1\n").ok()?;
    let ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];
    let made = run(&[
        &["req", "-x509"][..],
        &ec,
        &["-keyout", "ca.key", "-out", "ca.pem", "-days", "2"],
        &["-subj", "/CN=upback test CA"],
    ]
    .concat())
        && run(&[
            &["req"][..],
            &ec,
            &["-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=localhost"],
        ]
        .concat())
        && run(&[
            "x509",
            "-req",
            "-in",
            "server.csr",
            "-CA",
            "ca.pem",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-out",
            "server.crt",
            "-days",
            "2",
            "-extfile",
            "san.ext",
        ]);
    made.then_some(())
}

#[test]
fn tls_is_verified_against_the_root_the_url_names() {
    let dir = tempfile::tempdir().expect("dir");
    if certificates(dir.path()).is_none() {
        eprintln!("skipping the TLS test: the openssl tool could not make certificates");
        return;
    }
    let read = |name: &str| std::fs::read_to_string(dir.path().join(name)).expect("a certificate file");
    let cluster = match testing::Cluster::start_with_tls(&read("server.crt"), &read("server.key")) {
        Ok(cluster) => cluster,
        Err(e) if std::env::var("UPBACK_REQUIRE_POSTGRES").is_ok_and(|v| v == "1") => panic!("{e}"),
        Err(e) => return eprintln!("skipping the TLS test: {e}"),
    };
    let ca = dir.path().join("ca.pem");
    let url = format!(
        "postgres://upback@localhost:{}/postgres?sslmode=verify-full&sslrootcert={}",
        cluster.port(),
        ca.display()
    );
    let store = PostgresStore::connect(&url).expect("a verified TLS connection");
    let ssl =
        store.query_text("SELECT ssl::text FROM pg_stat_ssl WHERE pid = pg_backend_pid()").expect("read");
    assert_eq!(ssl.as_deref(), Some("true"), "the connection is encrypted");
    store.next_id().expect("the store works over it");

    // The web PKI's roots do not vouch for the test CA: refused, not connected unverified.
    let unverified = format!("postgres://upback@localhost:{}/postgres?sslmode=require", cluster.port());
    let refused = PostgresStore::connect(&unverified);
    match refused {
        Err(StoreError::Backend(why)) => assert!(why.contains("certificate"), "{why}"),
        other => panic!("connected unverified: {:?}", other.err()),
    }
}
