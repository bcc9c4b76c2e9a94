//! Shielded cases under their own key (issue 13, point 3): the real binary shields a case (by
//! command and by the CMS export's flag), and then every envelope of the case, in catalog and
//! store, must be under the case's own key, every document must still open, new documents of the
//! case must be wrapped under it, rotation must keep them there, a lift must bring them back and
//! destroy the case key, a rebuilt catalog must know all of it, and crypto-shredding must work.
//! The SIGKILL tests of the re-wrap are in tests/failpoints.rs with the other failpoints.

mod support;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use casevault::catalog::Catalog;
use casevault::seal::KeyEnvelope;
use chrono::{Months, NaiveDate};
use sha2::{Digest, Sha256};
use support::cli::{arrived_long_ago, casevault, json_lines, ok, repo};

const HUGHES: &str = "LS24P01234";
const SMITH: &str = "BM25P00012";
const HART: &str = "DR25P00077"; // shielded in test-data/cases.csv

/// A police disclosure as text: routed to police information by its words.
fn police_text(n: usize) -> Vec<u8> {
    format!(
        "West Yorkshire Police\nDisclosure to the family court, reference {n}\n\n\
         A search of the Police National Computer found {n} record(s) for the household.\n\
         Officers attended the address on {n} occasion(s); no further police action.\n"
    )
    .into_bytes()
}

/// A home with the sample case list imported.
fn home(tmp: &Path) -> PathBuf {
    let home = tmp.join("home");
    ok(
        &home,
        &[
            "import-cases",
            repo().join("test-data/cases.csv").to_str().unwrap(),
        ],
    );
    home
}

/// Files `n` police disclosures for `case` (named `name - case`), numbered from `from`.
fn file(home: &Path, inbox: &Path, name: &str, case: &str, from: usize, n: usize) {
    std::fs::create_dir_all(inbox).unwrap();
    for i in from..from + n {
        let p = inbox.join(format!("{name} - {case} - Police disclosure {i}.txt"));
        std::fs::write(&p, police_text(i)).unwrap();
        arrived_long_ago(&p);
    }
    ok(
        home,
        &[
            "run",
            "scanning-station",
            "--once",
            "--inbox",
            inbox.to_str().unwrap(),
        ],
    );
}

fn catalog(home: &Path) -> Catalog {
    support::catalog::open_home(home)
}

/// Document id -> (key id of the catalog's envelope, key id of the store's envelope).
fn wrapping(home: &Path, case: &str) -> BTreeMap<String, (String, String)> {
    let cat = catalog(home);
    cat.documents(Some(case))
        .unwrap()
        .into_iter()
        .map(|d| {
            let env = cat.sealing(&d.id).unwrap().0.unwrap();
            let in_catalog = KeyEnvelope::from_bytes(&env).unwrap().key_id().to_string();
            let stored = std::fs::read(home.join("store/keys").join(&d.id)).unwrap();
            let in_store = KeyEnvelope::from_bytes(&stored)
                .unwrap()
                .key_id()
                .to_string();
            (d.id, (in_catalog, in_store))
        })
        .collect()
}

/// Asserts every envelope of `case`, in catalog and store, is under `key`; returns how many.
fn all_under(home: &Path, case: &str, key: &str) -> usize {
    let w = wrapping(home, case);
    for (id, (c, s)) in &w {
        assert_eq!((c.as_str(), s.as_str()), (key, key), "{id} of {case}");
    }
    w.len()
}

fn keys_ls(home: &Path) -> Vec<serde_json::Value> {
    json_lines(&ok(home, &["keys", "ls", "--json"]))
}

fn current_key(home: &Path) -> String {
    keys_ls(home)
        .into_iter()
        .find(|k| k["current"] == true)
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string()
}

fn case_key(home: &Path, case: &str) -> String {
    catalog(home)
        .shield_state(case)
        .unwrap()
        .unwrap()
        .key
        .unwrap_or_else(|| panic!("{case} has no key of its own"))
}

fn key_status(home: &Path, id: &str) -> String {
    keys_ls(home)
        .into_iter()
        .find(|k| k["id"] == id)
        .unwrap_or_else(|| panic!("{id} not listed"))["status"]
        .as_str()
        .unwrap()
        .to_string()
}

/// SHA-256 of every document of `case` as `get` writes it.
fn contents(home: &Path, case: &str) -> BTreeMap<String, String> {
    catalog(home)
        .documents(Some(case))
        .unwrap()
        .into_iter()
        .map(|d| {
            let out = home.join(format!("{}.pdf", d.id));
            ok(home, &["get", &d.id, "-o", out.to_str().unwrap()]);
            let sha = hex::encode(Sha256::digest(std::fs::read(&out).unwrap()));
            std::fs::remove_file(out).unwrap();
            (d.id, sha)
        })
        .collect()
}

fn verify_clean(home: &Path) {
    let out = casevault(home).arg("verify").output().unwrap();
    assert!(
        out.status.success(),
        "verify: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn log_count(home: &Path, case: &str, action: &str) -> usize {
    catalog(home)
        .contact_log(Some(case))
        .unwrap()
        .iter()
        .filter(|e| e.action == action)
        .count()
}

#[test]
fn shield_rotate_file_and_lift_move_only_that_cases_keys() {
    let tmp = tempfile::tempdir().unwrap();
    let home = home(tmp.path());
    file(
        &home,
        &tmp.path().join("in1"),
        "Hughes v Patel",
        HUGHES,
        1,
        3,
    );
    file(
        &home,
        &tmp.path().join("in2"),
        "Smith v Brown",
        SMITH,
        10,
        1,
    );
    let ring = current_key(&home);
    assert_eq!(all_under(&home, HUGHES, &ring), 3);
    let before = contents(&home, HUGHES);

    let out = ok(&home, &["case", "shield", HUGHES]);
    assert!(out.contains("3 document(s)"), "{out}");
    let own = case_key(&home, HUGHES);
    assert_ne!(own, ring);
    assert_eq!(all_under(&home, HUGHES, &own), 3);
    assert_eq!(all_under(&home, SMITH, &ring), 1, "another case moved");
    assert_eq!(contents(&home, HUGHES), before);
    verify_clean(&home);
    assert_eq!(log_count(&home, HUGHES, "case shielded"), 1);
    // `keys ls` shows the case key by id and count, never which case it serves.
    let listed = keys_ls(&home);
    let k = listed.iter().find(|k| k["id"] == own.as_str()).unwrap();
    assert_eq!(
        (k["case_key"].as_bool(), k["documents"].as_u64()),
        (Some(true), Some(3))
    );
    let text = ok(&home, &["keys", "ls"]);
    assert!(text.contains(&own) && !text.contains(HUGHES), "{text}");
    let key_file = std::fs::read_to_string(home.join("keys.toml")).unwrap();
    assert!(key_file.contains(&own));
    for secret in [HUGHES, "Hughes", "Patel"] {
        assert!(!key_file.contains(secret), "the key file names {secret}");
    }
    // Shielding again changes nothing and logs nothing more.
    let out = ok(&home, &["case", "shield", HUGHES]);
    assert!(out.contains("0 re-wrapped"), "{out}");
    assert_eq!(case_key(&home, HUGHES), own);
    assert_eq!(log_count(&home, HUGHES, "case shielded"), 1);

    // A new document of the shielded case is wrapped under its key at filing.
    file(
        &home,
        &tmp.path().join("in3"),
        "Hughes v Patel",
        HUGHES,
        20,
        1,
    );
    assert_eq!(all_under(&home, HUGHES, &own), 4);

    // A case key cannot be retired while its case is shielded.
    let err = casevault(&home)
        .args(["keys", "retire", &own])
        .output()
        .unwrap();
    assert!(!err.status.success());
    assert!(
        String::from_utf8_lossy(&err.stderr).contains("shielded case"),
        "{}",
        String::from_utf8_lossy(&err.stderr)
    );

    // Rotation: a new ring key; the shielded case gets a fresh key of its own and stays off the
    // ring's key; the other case moves to the new ring key; old keys are retired.
    ok(&home, &["keys", "new"]);
    let ring2 = current_key(&home);
    let out = ok(&home, &["keys", "rotate", "--retire-old"]);
    let own2 = case_key(&home, HUGHES);
    assert_ne!(own2, own, "the case key was not replaced");
    assert_eq!(all_under(&home, HUGHES, &own2), 4);
    assert_eq!(all_under(&home, SMITH, &ring2), 1);
    assert!(
        out.contains(&format!("retired {ring}")) && out.contains(&format!("retired {own}")),
        "{out}"
    );
    assert_eq!(key_status(&home, &own), "retired");
    assert_eq!(key_status(&home, &own2), "active");
    verify_clean(&home);
    let before = contents(&home, HUGHES);
    assert_eq!(before.len(), 4);

    // Lift: back under the ring's current key, the case key destroyed.
    let out = ok(&home, &["case", "unshield", HUGHES]);
    assert!(out.contains("4 document(s)"), "{out}");
    assert_eq!(all_under(&home, HUGHES, &ring2), 4);
    assert_eq!(key_status(&home, &own2), "retired");
    let state = catalog(&home).shield_state(HUGHES).unwrap().unwrap();
    assert!(!state.shielded && state.key.is_none(), "{state:?}");
    let key_file = std::fs::read_to_string(home.join("keys.toml")).unwrap();
    let ring_json: serde_json::Value = serde_json::from_str(&key_file).unwrap();
    let entry = ring_json["case_keys"]
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["id"] == own2.as_str())
        .unwrap();
    assert!(entry.get("material").is_none(), "lifted case key kept");
    assert_eq!(contents(&home, HUGHES), before);
    assert_eq!(log_count(&home, HUGHES, "shield lifted"), 1);
    verify_clean(&home);
    // And a new document of the lifted case goes under the ring's key.
    file(
        &home,
        &tmp.path().join("in4"),
        "Hughes v Patel",
        HUGHES,
        30,
        1,
    );
    assert_eq!(all_under(&home, HUGHES, &ring2), 5);
    // No contact-log entry carries a key id.
    for e in catalog(&home).contact_log(Some(HUGHES)).unwrap() {
        assert!(
            !e.detail.contains(&own) && !e.detail.contains(&own2),
            "{e:?}"
        );
    }
}

#[test]
fn the_cms_flag_shields_and_lifts_and_a_rebuilt_catalog_keeps_it() {
    let tmp = tempfile::tempdir().unwrap();
    let home = home(tmp.path());
    // Hart v Quinn is shielded in the export: its key was made by the import.
    let own = case_key(&home, HART);
    assert_eq!(log_count(&home, HART, "case shielded"), 1);
    file(&home, &tmp.path().join("in1"), "Hart v Quinn", HART, 1, 2);
    file(
        &home,
        &tmp.path().join("in2"),
        "Hughes v Patel",
        HUGHES,
        5,
        1,
    );
    assert_eq!(all_under(&home, HART, &own), 2);
    let ring = current_key(&home);

    // The catalog is lost: the rebuild restores the flag, the key and each wrapping.
    let before = contents(&home, HART);
    std::fs::rename(
        home.join("catalog.sqlite"),
        tmp.path().join("catalog.sqlite.lost"),
    )
    .unwrap();
    for suffix in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(home.join(format!("catalog.sqlite{suffix}")));
    }
    ok(&home, &["catalog", "rebuild"]);
    let state = catalog(&home).shield_state(HART).unwrap().unwrap();
    assert!(state.shielded && state.key.as_deref() == Some(own.as_str()) && !state.pending());
    assert_eq!(all_under(&home, HART, &own), 2);
    assert_eq!(all_under(&home, HUGHES, &ring), 1);
    assert_eq!(contents(&home, HART), before);
    verify_clean(&home);

    // The export lifts Hart v Quinn's shield and shields Hughes v Patel.
    let list = std::fs::read_to_string(repo().join("test-data/cases.csv"))
        .unwrap()
        .lines()
        .map(|l| {
            if l.starts_with(HART) {
                l.replace(",true", ",false")
            } else if l.starts_with(HUGHES) {
                l.replace(",false", ",true")
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    let changed = tmp.path().join("cases.csv");
    std::fs::write(&changed, list + "\n").unwrap();
    ok(&home, &["import-cases", changed.to_str().unwrap()]);
    assert_eq!(all_under(&home, HART, &ring), 2);
    assert_eq!(key_status(&home, &own), "retired");
    let hughes_key = case_key(&home, HUGHES);
    assert_eq!(all_under(&home, HUGHES, &hughes_key), 1);
    assert_eq!(log_count(&home, HART, "shield lifted"), 1);
    assert_eq!(log_count(&home, HUGHES, "case shielded"), 1);
    verify_clean(&home);
}

#[test]
fn a_shielded_document_is_crypto_shredded_when_due() {
    let tmp = tempfile::tempdir().unwrap();
    let home = home(tmp.path());
    ok(&home, &["case", "shield", SMITH]);
    file(&home, &tmp.path().join("in"), "Smith v Brown", SMITH, 1, 1);
    let own = case_key(&home, SMITH);
    assert_eq!(all_under(&home, SMITH, &own), 1);
    ok(&home, &["hold", "lift", "--global"]);
    let docs = json_lines(&ok(&home, &["ls", "--json", "--case", SMITH]));
    let id = docs[0]["id"].as_str().unwrap().to_string();
    let received: NaiveDate =
        chrono::DateTime::parse_from_rfc3339(docs[0]["received_at"].as_str().unwrap())
            .unwrap()
            .date_naive();
    let due = received
        .checked_add_months(Months::new(4))
        .unwrap()
        .to_string();
    ok(&home, &["dispose", "--execute", "--today", &due]);
    for folder in ["keys", "objects", "labels"] {
        assert!(
            !home.join("store").join(folder).join(&id).exists(),
            "{folder}/{id} left"
        );
    }
    assert!(catalog(&home).sealing(&id).unwrap().0.is_none());
    let audit = casevault(&home).args(["audit", "verify"]).output().unwrap();
    assert!(audit.status.success());
    verify_clean(&home);
    // The case is still shielded, so its key stays: the next document goes under it.
    assert_eq!(key_status(&home, &own), "active");
}
