//! TLS as a client, for every connection casevault makes to another machine: an IMAP server, a
//! PostgreSQL catalog. One place decides the provider, the protocol versions and whose
//! authorities are trusted, so the doors cannot drift apart.

use std::path::Path;
use std::sync::Arc;

/// Whether `host` is this machine: `localhost`, or a loopback address (bare, or in brackets as
/// a URL writes IPv6). Traffic to it never crosses a network.
pub fn is_loopback(host: &str) -> bool {
    let h = host.trim().trim_start_matches('[').trim_end_matches(']');
    h.eq_ignore_ascii_case("localhost")
        || h.parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// A client's TLS settings: ring as the provider (both ring and aws-lc-rs are in the tree, and
/// rustls will not guess), safe protocol versions, and the authorities to trust: the PEM file
/// `ca_file` (named `setting` in messages, as the operator wrote it) or else the system's.
/// With no authority at all, refused when `need_roots`: a connection that must be checked
/// could never be. With `identity` (a PEM certificate chain and its PEM private key), the
/// client shows that certificate when the server asks for one.
pub fn client_config(
    ca_file: Option<&Path>,
    setting: &str,
    need_roots: bool,
    identity: Option<(&Path, &Path)>,
) -> Result<rustls::ClientConfig, String> {
    use rustls_pki_types::pem::PemObject as _;
    let mut roots = rustls::RootCertStore::empty();
    match ca_file {
        Some(file) => {
            let certs = rustls_pki_types::CertificateDer::pem_file_iter(file)
                .and_then(|it| it.collect::<Result<Vec<_>, _>>())
                .map_err(|e| format!("cannot read {setting} {}: {e}", file.display()))?;
            let (added, _) = roots.add_parsable_certificates(certs);
            if added == 0 {
                return Err(format!(
                    "{setting} {} holds no certificate authority in PEM",
                    file.display()
                ));
            }
        }
        None => {
            roots.add_parsable_certificates(rustls_native_certs::load_native_certs().certs);
            if roots.is_empty() && need_roots {
                return Err(format!(
                    "this machine has no certificate authorities to check the server with \
                     (install ca-certificates, or give {setting})"
                ));
            }
        }
    }
    let builder = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .map_err(|e| format!("TLS set-up: {e}"))?
    .with_root_certificates(roots);
    let Some((cert_file, key_file)) = identity else {
        return Ok(builder.with_no_client_auth());
    };
    let chain = rustls_pki_types::CertificateDer::pem_file_iter(cert_file)
        .and_then(|it| it.collect::<Result<Vec<_>, _>>())
        .map_err(|e| {
            format!(
                "cannot read the client certificate {}: {e}",
                cert_file.display()
            )
        })?;
    if chain.is_empty() {
        return Err(format!(
            "the client certificate {} holds no certificate in PEM",
            cert_file.display()
        ));
    }
    // The key's own error may quote nothing of it; the path is the operator's.
    let key = rustls_pki_types::PrivateKeyDer::from_pem_file(key_file)
        .map_err(|e| format!("cannot read the client key {}: {e}", key_file.display()))?;
    builder
        .with_client_auth_cert(chain, key)
        .map_err(|e| format!("the client certificate and key do not go together: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_by_name_or_address() {
        for h in [
            "localhost",
            "LOCALHOST",
            "127.0.0.1",
            "127.8.9.1",
            "::1",
            "[::1]",
        ] {
            assert!(is_loopback(h), "{h}");
        }
        for h in [
            "db.example.org",
            "10.0.0.5",
            "::2",
            "localhost.example.org",
            "",
        ] {
            assert!(!is_loopback(h), "{h}");
        }
    }

    #[test]
    fn an_authorities_file_must_hold_one() {
        let dir = tempfile::tempdir().unwrap();
        let junk = dir.path().join("junk.pem");
        std::fs::write(&junk, "not a certificate\n").unwrap();
        let e = client_config(Some(&junk), "sslrootcert", true, None).unwrap_err();
        assert!(
            e.contains("sslrootcert") && e.contains("no certificate authority"),
            "{e}"
        );
        let e = client_config(Some(&dir.path().join("missing.pem")), "ca_file", true, None)
            .unwrap_err();
        assert!(e.starts_with("cannot read ca_file"), "{e}");
    }
}
