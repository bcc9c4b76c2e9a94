//! How the connection to a PostgreSQL catalog is protected: TLS, chosen by `catalog_url`'s own
//! libpq parameters, so that a database administrator's usual URL works as written.
//!
//! Several workers on several machines reach the catalog across a network, and what travels on
//! it is the catalog's personal data (case names, the contact log, documents' text for search).
//! So:
//! - `sslmode=require`, `verify-ca` or `verify-full`: TLS or no connection, and the server's
//!   certificate is always checked, chain and name (rustls checks both; libpq's `require` checks
//!   neither, and its `verify-ca` not the name: casevault is stricter than each).
//! - `sslmode=prefer` (libpq's default) or `allow`: TLS when the server offers it, checked as
//!   above; in the clear when it does not.
//! - `sslmode=disable`: in the clear.
//! - No `sslmode`: `require` when any host is another machine, `prefer` when every host is this
//!   one (loopback or a Unix socket), where nothing crosses a network.
//! - `sslrootcert=PATH`: the PEM authorities to trust instead of the system's (a service's own
//!   certificate authority); `sslrootcert=system` is the system's, as in libpq 16.
//! - `sslcert=PATH&sslkey=PATH`: a client certificate (PEM chain) and its PEM key, shown to a
//!   server that authenticates workers by certificate (`hostssl … cert` in `pg_hba.conf`), so
//!   no password need be kept in the configuration.
//!
//! The configuration refuses a URL that could send the catalog in the clear to another machine
//! (`disable`, `allow`, `prefer`) unless `catalog_allow_plaintext = true` says the network is
//! trusted (see `config`), as it does for an IMAP server without TLS.

use std::path::PathBuf;

use postgres::config::{Host, SslMode};

/// What `catalog_url` asks of the connection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PgTls {
    /// TLS required (and checked), preferred, or not used.
    pub mode: Mode,
    /// The authorities to trust; `None` is the system's.
    pub root_cert: Option<PathBuf>,
    /// Every host is this machine (loopback or a Unix socket).
    pub local: bool,
    /// The client certificate (PEM chain) and its key that this worker shows the server
    /// (`sslcert` and `sslkey`), for a server that authenticates workers by certificate.
    pub client_cert: Option<(PathBuf, PathBuf)>,
}

/// The three behaviours libpq's six `sslmode` values come to here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Disable,
    Prefer,
    Require,
}

impl PgTls {
    /// Whether the catalog's data could cross a network in the clear.
    pub fn may_send_plaintext(&self) -> bool {
        !self.local && self.mode != Mode::Require
    }
}

/// The URL parameters the `postgres` client takes as they are (besides `sslmode`).
const CLIENT_PARAMETERS: &[&str] = &[
    "user",
    "password",
    "dbname",
    "options",
    "application_name",
    "host",
    "hostaddr",
    "port",
    "connect_timeout",
    "tcp_user_timeout",
    "keepalives",
    "keepalives_idle",
    "keepalives_interval",
    "keepalives_retries",
    "target_session_attrs",
    "channel_binding",
    "load_balance_hosts",
];

/// Reads the TLS parameters out of `url` and returns the connection settings without them
/// (the `postgres` client knows `sslmode` but not `sslrootcert` or the `verify-*` modes).
pub fn settings(url: &str) -> Result<(postgres::Config, PgTls), String> {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, q),
        None => (url, ""),
    };
    let mut mode = None;
    let mut root_cert = None;
    let (mut cert, mut key) = (None, None);
    // The other parameters go on as they were written (decoding and encoding them again could
    // change them: `+` is a plus sign in a connection URL, not a space).
    let mut rest: Vec<&str> = Vec::new();
    for raw in query.split('&').filter(|p| !p.is_empty()) {
        let plus_kept = raw.replace('+', "%2B");
        let Some((k, v)) = url::form_urlencoded::parse(plus_kept.as_bytes()).next() else {
            continue;
        };
        match &*k {
            "sslmode" => {
                mode = Some(match &*v {
                    "disable" => Mode::Disable,
                    "allow" | "prefer" => Mode::Prefer,
                    "require" | "verify-ca" | "verify-full" => Mode::Require,
                    other => {
                        return Err(format!(
                            "sslmode={other} is not one of disable, allow, prefer, require, verify-ca, verify-full"
                        ))
                    }
                })
            }
            "sslrootcert" if v == "system" => root_cert = None,
            "sslrootcert" => root_cert = Some(PathBuf::from(&*v)),
            "sslcert" => cert = Some(PathBuf::from(&*v)),
            "sslkey" => key = Some(PathBuf::from(&*v)),
            known if CLIENT_PARAMETERS.contains(&known) => rest.push(raw),
            other => {
                // Said by name: the client's own parser would only call the URL invalid.
                return Err(format!(
                    "the parameter {other:?} is not one casevault knows (sslmode, sslrootcert, sslcert, sslkey, {})",
                    CLIENT_PARAMETERS.join(", ")
                ));
            }
        }
    }
    let client_cert = match (cert, key) {
        (Some(c), Some(k)) => Some((c, k)),
        (None, None) => None,
        _ => return Err("sslcert and sslkey go together: give both, or neither".into()),
    };
    let cleaned = if rest.is_empty() {
        base.to_string()
    } else {
        format!("{base}?{}", rest.join("&"))
    };
    let mut config: postgres::Config = cleaned
        .parse()
        .map_err(|e| format!("not a PostgreSQL URL: {e}"))?;
    // A `hostaddr` is where the client really connects (the host name is then only for the
    // certificate): both must be this machine.
    let local = config.get_hosts().iter().all(|h| match h {
        Host::Unix(_) => true,
        Host::Tcp(name) => crate::tls::is_loopback(name),
    }) && config.get_hostaddrs().iter().all(|ip| ip.is_loopback());
    let mode = mode.unwrap_or(if local { Mode::Prefer } else { Mode::Require });
    config.ssl_mode(match mode {
        Mode::Disable => SslMode::Disable,
        Mode::Prefer => SslMode::Prefer,
        Mode::Require => SslMode::Require,
    });
    Ok((
        config,
        PgTls {
            mode,
            root_cert,
            local,
            client_cert,
        },
    ))
}

/// The client's TLS settings (see `tls`): `sslrootcert`'s authorities, else the system's. With
/// TLS required and no authority to check the server with, refused rather than left unchecked.
pub fn client_config(tls: &PgTls) -> Result<rustls::ClientConfig, String> {
    crate::tls::client_config(
        tls.root_cert.as_deref(),
        "sslrootcert",
        tls.mode == Mode::Require,
        tls.client_cert
            .as_ref()
            .map(|(c, k)| (c.as_path(), k.as_path())),
    )
}

/// Connects as `url` says, with TLS as above.
pub fn connect(url: &str) -> Result<postgres::Client, String> {
    let (config, tls) = settings(url)?;
    let connector = tokio_postgres_rustls::MakeRustlsConnect::new(client_config(&tls)?);
    // The causes say what went wrong (a certificate not trusted, TLS not offered by a server
    // asked to require it); the client's own message may not carry them.
    config
        .connect(connector)
        .map_err(|e| crate::error_text::chain(&e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tls_follows_sslmode_and_defaults_to_required_off_this_machine() {
        let (c, t) = settings("postgres://cv@db.example.org:5433/casevault").unwrap();
        assert_eq!(
            (t.mode, t.local, t.root_cert.clone()),
            (Mode::Require, false, None)
        );
        assert!(!t.may_send_plaintext());
        assert_eq!(c.get_ssl_mode(), SslMode::Require);
        assert_eq!(c.get_dbname(), Some("casevault"));

        let (_, t) = settings("postgres://cv@127.0.0.1:5433/casevault").unwrap();
        assert_eq!((t.mode, t.local), (Mode::Prefer, true));
        let (_, t) = settings("postgresql://cv@[::1]/casevault?application_name=w1").unwrap();
        assert_eq!((t.mode, t.local), (Mode::Prefer, true));
        let (_, t) = settings("postgres://cv@localhost,db.example.org/casevault").unwrap();
        assert_eq!(
            (t.mode, t.local),
            (Mode::Require, false),
            "one host elsewhere"
        );

        let (c, t) = settings(
            "postgres://cv@db.example.org/casevault?sslmode=verify-full&sslrootcert=%2Fetc%2Fcasevault%2Fpg%20ca.pem&application_name=w1",
        )
        .unwrap();
        assert_eq!(t.mode, Mode::Require);
        assert_eq!(t.root_cert, Some(PathBuf::from("/etc/casevault/pg ca.pem")));
        assert_eq!(
            c.get_application_name(),
            Some("w1"),
            "other parameters kept"
        );
        let (c, _) = settings("postgres://cv@db.example.org/c?application_name=a+b%20c").unwrap();
        assert_eq!(c.get_application_name(), Some("a+b c"), "kept as written");
        let (_, t) = settings("postgres://cv@localhost/c?hostaddr=10.1.2.3").unwrap();
        assert_eq!(
            (t.mode, t.local),
            (Mode::Require, false),
            "really another machine"
        );
        let (_, t) = settings("postgres://cv@localhost/c?hostaddr=127.0.0.1").unwrap();
        assert_eq!((t.mode, t.local), (Mode::Prefer, true));

        for (url, mode) in [
            (
                "postgres://cv@db.example.org/c?sslmode=disable",
                Mode::Disable,
            ),
            (
                "postgres://cv@db.example.org/c?sslmode=prefer",
                Mode::Prefer,
            ),
            ("postgres://cv@db.example.org/c?sslmode=allow", Mode::Prefer),
        ] {
            let (_, t) = settings(url).unwrap();
            assert_eq!(t.mode, mode, "{url}");
            assert!(t.may_send_plaintext(), "{url}");
        }
        let (_, t) = settings("postgres://cv@db.example.org/c?sslrootcert=system").unwrap();
        assert_eq!(t.root_cert, None);

        let e = settings("postgres://cv@db.example.org/c?sslmode=sometimes").unwrap_err();
        assert!(e.contains("sslmode=sometimes"), "{e}");
        let e = settings("postgres://cv@db.example.org/c?colour=blue").unwrap_err();
        assert!(e.contains("\"colour\""), "{e}");
        let e = settings("postgres://cv@db.example.org/c?sslcert=/etc/client.pem").unwrap_err();
        assert!(e.contains("sslcert and sslkey go together"), "{e}");
        let (_, t) =
            settings("postgres://cv@db.example.org/c?sslcert=/etc/w1.pem&sslkey=/etc/w1.key")
                .unwrap();
        assert_eq!(
            t.client_cert,
            Some((PathBuf::from("/etc/w1.pem"), PathBuf::from("/etc/w1.key")))
        );
    }

    /// Against a real server with TLS on: with its authority trusted the connection is
    /// encrypted (the server says so); with the system's authorities only, the certificate is
    /// refused, whatever `sslmode=require` would let through in libpq; `sslmode=disable` is in
    /// the clear; and a server without TLS is refused when TLS is required.
    #[test]
    fn the_catalog_connection_is_encrypted_and_its_server_checked() {
        use crate::catalog::pg_server::{shared, PgServer};
        use crate::catalog::Catalog;
        let server = PgServer::start_tls();
        let ca = server.ca_file();
        let base = server.url("postgres");
        let encrypted = |c: &Catalog| -> i64 {
            c.conn()
                .query_row(
                    "SELECT CASE WHEN ssl THEN 1 ELSE 0 END FROM pg_stat_ssl WHERE pid = pg_backend_pid()",
                    [],
                    |r| r.get(0),
                )
                .unwrap()
        };
        let with = |query: String| format!("{base}?{query}");
        let root = url::form_urlencoded::byte_serialize(ca.to_str().unwrap().as_bytes())
            .collect::<String>();
        for mode in ["verify-full", "require", "prefer"] {
            let c =
                Catalog::open_postgres(&with(format!("sslmode={mode}&sslrootcert={root}")), None)
                    .unwrap_or_else(|e| panic!("sslmode={mode}: {e}"));
            assert_eq!(encrypted(&c), 1, "sslmode={mode}");
        }
        // Left out on this machine: TLS when the server offers it.
        let c = Catalog::open_postgres(&with(format!("sslrootcert={root}")), None).unwrap();
        assert_eq!(encrypted(&c), 1);
        let c = Catalog::open_postgres(&with("sslmode=disable".into()), None).unwrap();
        assert_eq!(encrypted(&c), 0);
        // Not an authority this machine trusts: refused, not connected unchecked.
        let e = Catalog::open_postgres(&with("sslmode=require".into()), None)
            .err()
            .expect("a certificate from an unknown authority is refused")
            .to_string();
        assert!(e.contains("certificate"), "{e}");
        // A server without TLS, asked for it.
        let plain = shared().url("postgres");
        let e =
            Catalog::open_postgres(&format!("{plain}?sslmode=require&sslrootcert={root}"), None)
                .err()
                .expect("a server without TLS is refused when TLS is required")
                .to_string();
        assert!(e.to_lowercase().contains("tls") || e.contains("SSL"), "{e}");
    }

    /// A server that authenticates workers by certificate (`hostssl … cert`): a worker that
    /// shows the role's certificate is let in with no password, and the server sees it; one
    /// without is turned away by the server.
    #[test]
    fn a_worker_shows_its_client_certificate_when_the_server_asks() {
        use crate::catalog::pg_server::PgServer;
        use crate::catalog::Catalog;
        let server = PgServer::start_client_certs();
        let enc = |p: &std::path::Path| {
            url::form_urlencoded::byte_serialize(p.to_str().unwrap().as_bytes()).collect::<String>()
        };
        let (cert, key) = server.client_cert();
        let base = format!(
            "{}?sslmode=verify-full&sslrootcert={}",
            server.url("postgres"),
            enc(&server.ca_file())
        );
        let c = Catalog::open_postgres(
            &format!("{base}&sslcert={}&sslkey={}", enc(&cert), enc(&key)),
            None,
        )
        .unwrap();
        let seen: String = c
            .conn()
            .query_row(
                "SELECT client_dn FROM pg_stat_ssl WHERE pid = pg_backend_pid()",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(seen, "/CN=casevault");
        let e = Catalog::open_postgres(&base, None)
            .err()
            .expect("no certificate, no entry")
            .to_string();
        assert!(e.contains("certificate"), "{e}");
        // A key that is not the certificate's is refused before anything is sent.
        let other = tempfile::tempdir().unwrap();
        let wrong = other.path().join("other.key");
        std::fs::write(
            &wrong,
            std::fs::read(server.ca_file().with_file_name("ca.key")).unwrap(),
        )
        .unwrap();
        let e = Catalog::open_postgres(
            &format!("{base}&sslcert={}&sslkey={}", enc(&cert), enc(&wrong)),
            None,
        )
        .err()
        .expect("a mismatched key is refused")
        .to_string();
        assert!(e.contains("do not go together"), "{e}");
    }
}
