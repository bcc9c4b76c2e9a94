//! The catalog encrypted at rest (issue 13 point 5), with the real binary: after a day's work
//! (the case list, the scanning station, the e-mail drop folder, the shared-drive import) no
//! case name, case number, child's name or date of birth can be read in the catalog, its WAL or
//! shared-memory file, the store, or what the commands print; a catalog an earlier version kept
//! in the clear is encrypted when first opened, saying so once; and a catalog opened with the
//! wrong key ring, or without one, is refused in words that say what to restore.

mod support;

use std::path::{Path, PathBuf};
use std::process::Output;

use support::cli::{arrived_long_ago, casevault, copy_dir, repo};

/// Every case number, case name, child's name and date of birth of the sample case list and of
/// the CMS export, as they are written there and as a date is written on a form (dd/mm/yyyy).
fn personal_data() -> Vec<String> {
    let mut needles = Vec::new();
    let csv = std::fs::read_to_string(repo().join("test-data/cases.csv")).unwrap();
    for line in csv.lines().skip(1) {
        let cols: Vec<&str> = line.split(',').collect();
        needles.push(cols[0].to_string());
        needles.push(cols[1].to_string());
        for child in cols[6].split(';').filter(|c| !c.is_empty()) {
            let (name, dob) = child.split_once(':').unwrap();
            needles.push(name.to_string());
            needles.push(dob.to_string());
        }
    }
    for file in [
        "test-data/cms/cases.json",
        "test-data/cms/cases-update.json",
    ] {
        let json: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(repo().join(file)).unwrap()).unwrap();
        // The export as a whole (`{"cases": [...]}`) or a bare list of cases.
        let list = json.get("cases").unwrap_or(&json);
        for case in list.as_array().unwrap() {
            for field in ["case_number", "case_name"] {
                if let Some(v) = case[field].as_str() {
                    needles.push(v.to_string());
                }
            }
            for child in case["children"].as_array().into_iter().flatten() {
                for field in ["name", "dob"] {
                    if let Some(v) = child[field].as_str() {
                        needles.push(v.to_string());
                    }
                }
            }
        }
    }
    let iso_dates: Vec<String> = needles
        .iter()
        .filter(|n| n.len() == 10 && n.as_bytes()[4] == b'-' && n.as_bytes()[7] == b'-')
        .cloned()
        .collect();
    for d in iso_dates {
        needles.push(format!("{}/{}/{}", &d[8..10], &d[5..7], &d[..4]));
    }
    // Shorter strings would turn up in megabytes of ciphertext by chance (see
    // tests/e2e_scanning_station.rs); every name, number and date here is longer.
    needles.retain(|n| n.len() >= 6);
    needles.sort();
    needles.dedup();
    needles
}

/// The needles found in `bytes`, as written, in lower case or in upper case.
fn found_in(bytes: &[u8], needles: &[String]) -> Vec<String> {
    needles
        .iter()
        .filter(|n| {
            [n.to_string(), n.to_lowercase(), n.to_uppercase()]
                .iter()
                .any(|v| bytes.windows(v.len()).any(|w| w == v.as_bytes()))
        })
        .cloned()
        .collect()
}

/// The catalog and the files SQLite keeps beside it.
fn catalog_files(home: &Path) -> Vec<PathBuf> {
    ["", "-wal", "-shm", "-journal"]
        .iter()
        .map(|s| home.join(format!("catalog.sqlite{s}")))
        .filter(|p| p.exists())
        .collect()
}

fn run(home: &Path, args: &[&str], log: Option<&str>) -> Output {
    let mut c = casevault(home);
    match log {
        Some(level) => c.env("CASEVAULT_LOG", level),
        None => c.env_remove("CASEVAULT_LOG"),
    };
    let out = c.args(args).output().unwrap();
    assert!(
        out.status.success(),
        "casevault {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn refused(home: &Path, args: &[&str]) -> String {
    let out = casevault(home).args(args).output().unwrap();
    assert!(
        !out.status.success(),
        "casevault {args:?} should have been refused: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    String::from_utf8(out.stderr).unwrap()
}

/// A copy of the home's catalog in the clear, as an earlier version kept it (SQLCipher's
/// `sqlcipher_export` into a database attached with an empty key), written to `to`.
fn plaintext_copy(home: &Path, to: &Path) {
    let db = support::catalog::connection(&home.join("catalog.sqlite"), &home.join("keys.toml"));
    db.execute("ATTACH DATABASE ?1 AS plain KEY ''", [to.to_string_lossy()])
        .unwrap();
    db.query_row("SELECT sqlcipher_export('plain')", [], |_| Ok(()))
        .unwrap();
    db.execute_batch("DETACH DATABASE plain").unwrap();
}

#[test]
fn after_a_days_work_no_personal_data_is_readable_in_the_catalog_the_store_or_the_output() {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    let needles = personal_data();
    assert!(needles.len() >= 30, "{needles:?}");
    let mut printed = Vec::new();
    let mut keep = |out: Output| {
        printed.extend_from_slice(&out.stdout);
        printed.extend_from_slice(&out.stderr);
    };

    let cases = repo().join("test-data/cases.csv");
    keep(run(&home, &["import-cases", cases.to_str().unwrap()], None));
    // Held open while the rest runs, as a second worker would: then no command is the last to
    // close the catalog, and its WAL stays on disk with every page written since, to be read.
    let held = support::catalog::open_home(&home);
    assert_eq!(held.case_numbers().unwrap().len(), 7);

    let scans = tmp.path().join("scans");
    copy_dir(&repo().join("test-data/scans"), &scans);
    keep(run(
        &home,
        &[
            "run",
            "scanning-station",
            "--once",
            "--inbox",
            scans.to_str().unwrap(),
        ],
        Some("info"),
    ));
    let mail = tmp.path().join("mail");
    std::fs::create_dir_all(&mail).unwrap();
    for e in std::fs::read_dir(repo().join("test-data/mail")).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "eml") {
            let copy = mail.join(p.file_name().unwrap());
            std::fs::copy(&p, &copy).unwrap();
            arrived_long_ago(&copy);
        }
    }
    keep(run(
        &home,
        &[
            "run",
            "email-inbox",
            "--once",
            "--inbox",
            mail.to_str().unwrap(),
        ],
        Some("info"),
    ));
    keep(run(
        &home,
        &[
            "import-tree",
            "test-data/g-drive/tree",
            "--map",
            "pipelines/g-drive-mapping.toml",
        ],
        Some("info"),
    ));
    // The case list again, now with the info log: nothing it changes is said by name.
    keep(run(
        &home,
        &["import-cases", cases.to_str().unwrap()],
        Some("info"),
    ));

    // The work was done: documents filed for the cases, and written through the WAL.
    let docs = held.all_documents().unwrap();
    assert!(docs.len() >= 20, "{} documents", docs.len());
    let wal = home.join("catalog.sqlite-wal");
    assert!(
        std::fs::metadata(&wal).map(|m| m.len()).unwrap_or(0) > 0,
        "the WAL is empty: nothing to look in"
    );

    // Nothing readable in the catalog, its WAL or its shared memory.
    let files = catalog_files(&home);
    assert!(files.len() >= 3, "{files:?}");
    for f in &files {
        let bytes = std::fs::read(f).unwrap();
        let found = found_in(&bytes, &needles);
        assert!(found.is_empty(), "{} holds {found:?}", f.display());
    }
    // Nor in the store, nor in anything the commands printed.
    support::cli::assert_no_plaintext(&home.join("store"), &needles);
    let found = found_in(&printed, &needles);
    assert!(
        found.is_empty(),
        "the commands printed {found:?}:\n{}",
        String::from_utf8_lossy(&printed)
    );

    // The search itself finds them where they are readable: in a copy of the same catalog in
    // the clear, every case, child and date of birth of the case list is there.
    let clear = tmp.path().join("clear.sqlite");
    plaintext_copy(&home, &clear);
    let found = found_in(&std::fs::read(&clear).unwrap(), &needles);
    let csv = std::fs::read_to_string(&cases).unwrap();
    for n in &needles {
        if csv.contains(n.as_str()) {
            assert!(
                found.contains(n),
                "{n} not found in the catalog in the clear"
            );
        }
    }
}

#[test]
fn a_catalog_kept_in_the_clear_is_encrypted_when_first_opened() {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    let cases = repo().join("test-data/cases.csv");
    run(&home, &["import-cases", cases.to_str().unwrap()], None);
    run(
        &home,
        &[
            "hold",
            "set",
            "--case",
            "LS24P01234",
            "--reason",
            "complaint",
        ],
        None,
    );
    let before = support::catalog::open_home(&home)
        .contact_log(None)
        .unwrap();
    assert!(before.len() >= 2, "{before:?}");

    // The home as an earlier version left it: the catalog in the clear, a ring without a
    // catalog key.
    let clear = tmp.path().join("clear.sqlite");
    plaintext_copy(&home, &clear);
    for f in catalog_files(&home) {
        std::fs::remove_file(f).unwrap();
    }
    std::fs::rename(&clear, home.join("catalog.sqlite")).unwrap();
    let key_file = home.join("keys.toml");
    let mut ring: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&key_file).unwrap()).unwrap();
    ring.as_object_mut().unwrap().remove("catalog_key").unwrap();
    std::fs::write(&key_file, serde_json::to_vec_pretty(&ring).unwrap()).unwrap();
    let needles = personal_data();
    let db = std::fs::read(home.join("catalog.sqlite")).unwrap();
    assert!(db.starts_with(b"SQLite format 3\0"));
    assert!(
        found_in(&db, &needles).contains(&"Hughes v Patel".to_string()),
        "the old catalog should be readable"
    );

    // The first command encrypts it, and says so once, naming nobody.
    let first = run(&home, &["log", "--json"], None);
    let said = String::from_utf8(first.stderr).unwrap();
    assert_eq!(
        said.matches("kept in the clear by an earlier version")
            .count(),
        1,
        "{said}"
    );
    assert!(found_in(said.as_bytes(), &needles).is_empty(), "{said}");
    let ring: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&key_file).unwrap()).unwrap();
    assert_eq!(ring["catalog_key"].as_str().map(str::len), Some(64));
    for f in catalog_files(&home) {
        let bytes = std::fs::read(&f).unwrap();
        assert!(!bytes.starts_with(b"SQLite format 3\0"), "{}", f.display());
        let found = found_in(&bytes, &needles);
        assert!(found.is_empty(), "{} holds {found:?}", f.display());
    }
    let leftovers: Vec<_> = std::fs::read_dir(&home)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("encrypting"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");

    // Everything it held is still there, and opens with the ring's new catalog key.
    let cat = support::catalog::open_home(&home);
    assert_eq!(cat.case_numbers().unwrap().len(), 7);
    let after = cat.contact_log(None).unwrap();
    assert_eq!(
        after.iter().map(|e| &e.detail).collect::<Vec<_>>(),
        before.iter().map(|e| &e.detail).collect::<Vec<_>>()
    );
    drop(cat);

    // Said once: the next command finds it encrypted already.
    let again = run(&home, &["log", "--json"], None);
    let said = String::from_utf8(again.stderr).unwrap();
    assert!(!said.contains("in the clear"), "{said}");
}

#[test]
fn a_catalog_opens_only_with_its_own_key_ring() {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    let cases = repo().join("test-data/cases.csv");
    run(&home, &["import-cases", cases.to_str().unwrap()], None);
    let log_before = run(&home, &["log", "--json"], None).stdout;
    assert!(!log_before.is_empty());
    let key_file = home.join("keys.toml");
    let own = tmp.path().join("own-keys.toml");
    std::fs::rename(&key_file, &own).unwrap();

    // No key ring: refused, naming the key file and how to restore it; no new ring is made.
    let e = refused(&home, &["ls"]);
    assert!(
        e.contains(&key_file.display().to_string()) && e.contains("keys import"),
        "{e}"
    );
    assert!(e.contains("encrypted"), "{e}");
    assert!(!key_file.exists(), "a new ring was made");

    // Another home's ring: refused, saying the catalog was encrypted under another ring.
    let other = tmp.path().join("other");
    run(&other, &["keys", "init"], None);
    std::fs::copy(other.join("keys.toml"), &key_file).unwrap();
    for args in [&["ls"][..], &["log"], &["quarantine", "ls"]] {
        let e = refused(&home, args);
        assert!(
            e.contains("does not open with the key ring's catalog key")
                && e.contains("keys import"),
            "{args:?}: {e}"
        );
    }

    // A file that is no catalog at all: the same refusal, which names that case too.
    std::fs::rename(
        home.join("catalog.sqlite"),
        tmp.path().join("catalog.aside"),
    )
    .unwrap();
    std::fs::write(home.join("catalog.sqlite"), vec![0x42u8; 4096]).unwrap();
    let e = refused(&home, &["ls"]);
    assert!(e.contains("not a casevault catalog"), "{e}");

    // Its own ring back: it opens, as it was.
    std::fs::rename(
        tmp.path().join("catalog.aside"),
        home.join("catalog.sqlite"),
    )
    .unwrap();
    std::fs::copy(&own, &key_file).unwrap();
    assert_eq!(run(&home, &["log", "--json"], None).stdout, log_before);
}
