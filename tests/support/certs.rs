//! Throwaway certificates for the TLS tests (Dovecot's IMAP, PostgreSQL's catalog connection).
//! Included by `postgres.rs` through `#[path]`, so that the catalog's unit tests have it too.
#![allow(dead_code)]

use std::path::Path;
use std::process::Command;

/// Runs openssl in `d`; fails the test with its message.
fn openssl(d: &Path, args: &[&str]) {
    let out = Command::new("openssl")
        .args(args)
        .current_dir(d)
        .output()
        .expect("openssl must be installed (Debian package openssl) for the TLS tests");
    assert!(
        out.status.success(),
        "openssl {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A new P-256 key, unencrypted.
const EC: [&str; 5] = [
    "-newkey",
    "ec",
    "-pkeyopt",
    "ec_paramgen_curve:prime256v1",
    "-nodes",
];

/// A certificate authority (`ca.pem`) and a server certificate it issued for 127.0.0.1 and
/// localhost (`server.pem`, `server.key`), valid for two days, made with openssl.
pub fn make_certificates(d: &Path) {
    openssl(
        d,
        &[
            &["req", "-x509"][..],
            &EC,
            &[
                "-keyout",
                "ca.key",
                "-out",
                "ca.pem",
                "-days",
                "2",
                "-subj",
                "/CN=casevault test authority",
                "-addext",
                "basicConstraints=critical,CA:TRUE",
                "-addext",
                "keyUsage=critical,keyCertSign",
            ],
        ]
        .concat(),
    );
    issue(
        d,
        "server",
        "/CN=127.0.0.1",
        "subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n\
         keyUsage=digitalSignature\nextendedKeyUsage=serverAuth\n",
    );
}

/// A key (`{stem}.key`) and a certificate (`{stem}.pem`) for `subject` with the extensions
/// `ext`, issued by the authority in `d`, valid for two days.
fn issue(d: &Path, stem: &str, subject: &str, ext: &str) {
    let (key, csr, pem, ext_file) = (
        format!("{stem}.key"),
        format!("{stem}.csr"),
        format!("{stem}.pem"),
        format!("{stem}.ext"),
    );
    openssl(
        d,
        &[
            &["req"][..],
            &EC,
            &["-keyout", &key, "-out", &csr, "-subj", subject],
        ]
        .concat(),
    );
    std::fs::write(d.join(&ext_file), ext).expect("write the extensions file");
    openssl(
        d,
        &[
            "x509",
            "-req",
            "-in",
            &csr,
            "-CA",
            "ca.pem",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-out",
            &pem,
            "-days",
            "2",
            "-extfile",
            &ext_file,
        ],
    );
}

/// A client certificate for `name` (its common name) issued by the authority that
/// [`make_certificates`] made in `d`: `client.pem` and `client.key` (mode 0600, as libpq wants).
pub fn make_client_certificate(d: &Path, name: &str) {
    issue(
        d,
        "client",
        &format!("/CN={name}"),
        "basicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=clientAuth\n",
    );
    std::fs::set_permissions(
        d.join("client.key"),
        std::os::unix::fs::PermissionsExt::from_mode(0o600),
    )
    .expect("chmod client.key");
}
