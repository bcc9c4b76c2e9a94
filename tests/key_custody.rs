//! Key custody, with the real binary (issue 12, point 4): a key file moved aside makes every
//! command that needs keys refuse, saying what to restore, and no new ring appears in its place;
//! a passphrase-protected backup brings back access to a document filed before; an import never
//! replaces a different ring; `keys init` makes the first ring only; and a retirement waits for a
//! pipeline that is sealing a document (the ring's lock).

mod support;

use std::path::Path;
use std::process::Output;
use std::time::{Duration, Instant};

use sha2::{Digest, Sha256};
use support::cli::{casevault, json_lines, ok, repo};

const PASSPHRASE: &str = "correct horse battery staple";

fn run(home: &Path, args: &[&str]) -> Output {
    casevault(home)
        .env("CASEVAULT_KEY_PASSPHRASE", PASSPHRASE)
        .args(args)
        .output()
        .unwrap()
}

fn refused(home: &Path, args: &[&str]) -> String {
    let out = run(home, args);
    assert!(
        !out.status.success(),
        "casevault {args:?} should have been refused: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    String::from_utf8(out.stderr).unwrap()
}

fn get_sha(home: &Path, id: &str) -> String {
    let out = home.join("got.pdf");
    let r = run(home, &["get", id, "-o", out.to_str().unwrap()]);
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    let sha = hex::encode(Sha256::digest(std::fs::read(&out).unwrap()).as_slice());
    std::fs::remove_file(out).unwrap();
    sha
}

#[test]
fn a_missing_key_file_is_refused_everywhere_and_a_backup_restores_access() {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    let inbox = tmp.path().join("inbox");
    std::fs::create_dir_all(&inbox).unwrap();
    std::fs::copy(
        repo().join("test-data/scans/police_disclosure.png"),
        inbox.join("police_disclosure.png"),
    )
    .unwrap();
    ok(
        &home,
        &[
            "import-cases",
            repo().join("test-data/cases.csv").to_str().unwrap(),
        ],
    );
    ok(
        &home,
        &[
            "run",
            "scanning-station",
            "--once",
            "--inbox",
            inbox.to_str().unwrap(),
        ],
    );
    let docs = json_lines(&ok(&home, &["ls", "--json"]));
    assert_eq!(docs.len(), 1, "{docs:?}");
    let id = docs[0]["id"].as_str().unwrap().to_string();
    let sha = get_sha(&home, &id);

    // A backup, encrypted to a passphrase: no key material in it, and only its owner reads it.
    let key_file = home.join("keys.toml");
    let ring_text = std::fs::read_to_string(&key_file).unwrap();
    let ring: serde_json::Value = serde_json::from_str(&ring_text).unwrap();
    let material = ring["keys"][0]["material"].as_str().unwrap().to_string();
    let backup = tmp.path().join("keys-backup.age");
    let out = run(&home, &["keys", "export", backup.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let sealed = std::fs::read_to_string(&backup).unwrap();
    assert!(
        sealed.starts_with("-----BEGIN AGE ENCRYPTED FILE-----"),
        "{sealed}"
    );
    assert!(!sealed.contains(&material) && !sealed.contains(&material[..16]));
    assert!(!String::from_utf8_lossy(&out.stdout).contains(PASSPHRASE));
    let mode =
        std::os::unix::fs::PermissionsExt::mode(&std::fs::metadata(&backup).unwrap().permissions());
    assert_eq!(mode & 0o777, 0o600);
    // A backup is never written over.
    let e = refused(&home, &["keys", "export", backup.to_str().unwrap()]);
    assert!(e.contains("must not exist"), "{e}");

    // The key file moved aside: every command that needs keys refuses, names the file and
    // `keys import`, and no new ring appears. A document waiting in the inbox stays there.
    std::fs::rename(&key_file, tmp.path().join("keys.toml.aside")).unwrap();
    std::fs::copy(
        repo().join("test-data/scans/scan_0014.png"),
        inbox.join("scan_0014.png"),
    )
    .unwrap();
    let got = home.join("x.pdf");
    let commands: Vec<Vec<&str>> = vec![
        vec!["get", &id, "-o", got.to_str().unwrap()],
        vec![
            "run",
            "scanning-station",
            "--once",
            "--inbox",
            inbox.to_str().unwrap(),
        ],
        vec!["keys", "ls"],
        vec!["keys", "rotate"],
        vec!["keys", "new"],
        vec!["keys", "export", "/dev/null"],
        vec!["verify"],
        vec!["dispose", "--execute"],
        vec!["audit", "verify"],
        vec!["hold", "set", "--global", "--reason", "test"],
        vec!["catalog", "rebuild"],
    ];
    for args in &commands {
        let e = refused(&home, args);
        assert!(
            e.contains(&key_file.display().to_string()) && e.contains("keys import"),
            "{args:?}: {e}"
        );
        assert!(!key_file.exists(), "{args:?} made a new key ring");
    }
    assert!(
        inbox.join("scan_0014.png").exists(),
        "the waiting scan was taken"
    );
    assert!(!got.exists());
    // `keys init` refuses too: a new ring would orphan what is sealed.
    let e = refused(&home, &["keys", "init"]);
    assert!(e.contains("keys import") && e.contains("--force"), "{e}");
    assert!(!key_file.exists());

    // A wrong passphrase restores nothing.
    let out = casevault(&home)
        .env("CASEVAULT_KEY_PASSPHRASE", "not the passphrase at all")
        .args(["keys", "import", backup.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("passphrase is wrong"));
    assert!(!key_file.exists());

    // The right one restores the ring, and the earlier document reads as it was filed.
    ok_with_passphrase(&home, &["keys", "import", backup.to_str().unwrap()]);
    assert_eq!(get_sha(&home, &id), sha);
    let mode = std::os::unix::fs::PermissionsExt::mode(
        &std::fs::metadata(&key_file).unwrap().permissions(),
    );
    assert_eq!(mode & 0o777, 0o600);
    let again = ok_with_passphrase(&home, &["keys", "import", backup.to_str().unwrap()]);
    assert!(again.contains("already holds"), "{again}");

    // An import never replaces a different ring.
    std::fs::rename(&key_file, tmp.path().join("keys.toml.restored")).unwrap();
    ok(&home, &["keys", "init", "--force"]);
    let other = std::fs::read(&key_file).unwrap();
    let e = refused(&home, &["keys", "import", backup.to_str().unwrap()]);
    assert!(e.contains("different key ring"), "{e}");
    assert_eq!(std::fs::read(&key_file).unwrap(), other);
}

fn ok_with_passphrase(home: &Path, args: &[&str]) -> String {
    let out = run(home, args);
    assert!(
        out.status.success(),
        "casevault {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn keys_init_makes_the_first_ring_only_and_keys_new_needs_one() {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    let e = refused(&home, &["keys", "new"]);
    assert!(e.contains("keys init"), "{e}");
    assert!(!home.join("keys.toml").exists());
    let out = ok(&home, &["keys", "init"]);
    assert!(out.contains("keys export"), "{out}");
    let ring = std::fs::read(home.join("keys.toml")).unwrap();
    let e = refused(&home, &["keys", "init"]);
    assert!(e.contains("already exists"), "{e}");
    assert_eq!(std::fs::read(home.join("keys.toml")).unwrap(), ring);
}

#[test]
fn a_retirement_waits_for_a_document_being_sealed() {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    ok(&home, &["keys", "init"]);
    let key_file = home.join("keys.toml");
    let old = casevault::seal::KeyRing::load(&key_file).unwrap().current();
    ok(&home, &["keys", "new"]);

    // What a pipeline holds from the wrap of a data key until the catalog names the envelope.
    let filing = casevault::seal::KeyLock::shared(&key_file).unwrap();
    let mut retire = casevault(&home)
        .args(["keys", "retire", old.as_str()])
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(1500));
    assert!(
        retire.try_wait().unwrap().is_none(),
        "the key was retired while a document was being sealed"
    );
    drop(filing);
    let started = Instant::now();
    let status = loop {
        if let Some(s) = retire.try_wait().unwrap() {
            break s;
        }
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "retire never ended"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success());
    let ring = casevault::seal::KeyRing::load(&key_file).unwrap();
    assert!(ring
        .list()
        .iter()
        .any(|k| k.id == old && k.status == casevault::seal::KeyStatus::Retired));
}
