//! Destruction as one story (issue 12, point 3): the intent recorded in the transaction that
//! re-checks the holds, the extension and the date and takes the key away; a destruction stopped
//! after its intent (as by a crash) is finished by the next `dispose --execute`, with exactly one
//! intent and one completion; and the keyed chain, checked by `audit verify` with the key ring and
//! against the store's anchor, names the record someone changed in SQLite, even when its links are
//! recomputed without the key.

mod support;

use std::path::Path;

use casevault::catalog::{DocStatus, Refusal};
use casevault::config::Config;
use casevault::sink::Sink;
use chrono::{Months, NaiveDate};
use sha2::{Digest, Sha256};
use support::cli::{as_user, casevault, json_lines, ok, repo};

fn audit_verify(home: &Path) -> Result<String, String> {
    let out = casevault(home).args(["audit", "verify"]).output().unwrap();
    if out.status.success() {
        Ok(String::from_utf8(out.stdout).unwrap())
    } else {
        Err(String::from_utf8(out.stderr).unwrap())
    }
}

fn steps_of(home: &Path, id: &str) -> Vec<String> {
    json_lines(&ok(home, &["audit", "ls"]))
        .into_iter()
        .filter(|r| r["record"]["document_id"] == id)
        .map(|r| r["record"]["step"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_destruction_stopped_after_its_intent_is_finished_once_and_tampering_is_named() {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    let inbox = tmp.path().join("inbox");
    std::fs::create_dir_all(&inbox).unwrap();
    // BM25P00012, a Work to First Hearing case: police information, kept 3 months.
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
    ok(&home, &["hold", "lift", "--global"]);
    let docs = json_lines(&ok(&home, &["ls", "--json"]));
    assert_eq!(docs.len(), 1);
    let id = docs[0]["id"].as_str().unwrap().to_string();
    let case = docs[0]["case_number"].as_str().unwrap().to_string();
    let received: NaiveDate =
        chrono::DateTime::parse_from_rfc3339(docs[0]["received_at"].as_str().unwrap())
            .unwrap()
            .date_naive();
    let due_day = received.checked_add_months(Months::new(4)).unwrap();
    let store = home.join("store");

    let config = Config::load(None, Some(&home)).unwrap();
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let sink = Sink::open(&config).await.unwrap();
        let cat = casevault::sink::open_catalog(&config).unwrap();
        let key = sink.chain_key().unwrap();
        let row = cat.documents(None).unwrap().remove(0);

        // Refusals are decided inside the transaction, and change nothing.
        let refusal = |today| {
            cat.begin_destruction(&key, &id, today)
                .unwrap()
                .unwrap_err()
        };
        assert!(matches!(refusal(received), Refusal::NotDue(_)));
        cat.set_hold(&case, "complaint").unwrap();
        assert!(matches!(refusal(due_day), Refusal::Held { .. }));
        cat.lift_holds(&case).unwrap();
        let later = due_day.checked_add_months(Months::new(12)).unwrap();
        cat.set_extension(&case, later, "serious case review")
            .unwrap();
        assert!(matches!(refusal(due_day), Refusal::Extended(_)));
        cat.lift_extensions(&case).unwrap();
        assert!(cat.destruction_log().unwrap().is_empty());
        assert!(cat.sealing(&id).unwrap().0.is_some());

        // The first half only, as a crash right after the catalog's transaction leaves it.
        casevault::records::begin_destruction(&cat, &sink, &key, &row, due_day)
            .await
            .unwrap()
            .unwrap();
        let row = cat.all_documents().unwrap().remove(0);
        assert_eq!(row.status, DocStatus::Destroying);
        assert_eq!(
            cat.sealing(&id).unwrap().0,
            None,
            "the catalog's key is gone"
        );
    });
    assert_eq!(steps_of(&home, &id), ["intent"]);
    assert!(
        store.join("keys").join(&id).exists(),
        "the store's half is not done yet"
    );
    assert!(json_lines(&ok(&home, &["ls", "--json"])).is_empty());
    audit_verify(&home).expect("an intent alone is a whole chain");
    let out = casevault(&home).arg("verify").output().unwrap();
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("destruction was begun and not finished"),
        "{out:?}"
    );

    // A dry run says so and leaves it.
    let out = casevault(&home)
        .args(["dispose", "--today", &due_day.to_string()])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("not yet finished"));
    assert!(store.join("objects").join(&id).exists());

    // The next dispose finishes it: store copies gone, one completion, and again nothing more.
    for _ in 0..2 {
        ok(
            &home,
            &["dispose", "--execute", "--today", &due_day.to_string()],
        );
        for folder in ["keys", "objects", "labels"] {
            assert!(!store.join(folder).join(&id).exists(), "{folder}/{id} left");
        }
        assert_eq!(steps_of(&home, &id), ["intent", "completed"]);
    }
    let intact = audit_verify(&home).unwrap();
    assert!(intact.contains("2 record(s)"), "{intact}");
    let wal = home.join("catalog.sqlite-wal");
    assert!(
        !wal.exists() || std::fs::metadata(&wal).unwrap().len() == 0,
        "the WAL still holds pages after a shred"
    );

    // Tampering in SQLite is named.
    let db = support::catalog::connection(&config.catalog, &config.key_file);
    let original: String = db
        .query_row(
            "SELECT record FROM destruction_log WHERE seq = 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    db.execute(
        "UPDATE destruction_log SET record = replace(record, 'police-information', 'court-bundle') WHERE seq = 1",
        [],
    )
    .unwrap();
    let e = audit_verify(&home).unwrap_err();
    assert!(e.contains("record 1"), "{e}");
    db.execute(
        "UPDATE destruction_log SET record = ?1 WHERE seq = 1",
        [&original],
    )
    .unwrap();
    audit_verify(&home).unwrap();

    // Rewritten and every link recomputed, but without the ring's key: still named.
    let rows: Vec<(i64, String, String, String)> = db
        .prepare("SELECT seq, record, prev_hash, hash FROM destruction_log ORDER BY seq")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let forger = casevault::seal::ChainKey::from_bytes([9; 32]);
    let mut prev = rows[0].2.clone();
    for (seq, record, _, _) in &rows {
        let record = record.replace("police-information", "court-bundle");
        let link = casevault::catalog::audit::keyed_link(&forger, *seq, &prev, &record);
        db.execute(
            "UPDATE destruction_log SET record = ?2, prev_hash = ?3, hash = ?4 WHERE seq = ?1",
            rusqlite::params![seq, record, prev, link],
        )
        .unwrap();
        prev = link;
    }
    let e = audit_verify(&home).unwrap_err();
    assert!(e.contains("record 1") && e.contains("chain key"), "{e}");
    // ... or recomputed as the plain SHA-256 chain it used to be, which needs no key at all.
    let mut prev = rows[0].2.clone();
    for (seq, record, _, _) in &rows {
        let record = record.replace("police-information", "court-bundle");
        let link = hex::encode(Sha256::digest(format!("{prev}\n{record}").as_bytes()).as_slice());
        db.execute(
            "UPDATE destruction_log SET record = ?2, prev_hash = ?3, hash = ?4 WHERE seq = ?1",
            rusqlite::params![seq, record, prev, link],
        )
        .unwrap();
        prev = link;
    }
    let e = audit_verify(&home).unwrap_err();
    assert!(e.contains("record 1") && e.contains("chain key"), "{e}");
    for (seq, record, prev, hash) in &rows {
        db.execute(
            "UPDATE destruction_log SET record = ?2, prev_hash = ?3, hash = ?4 WHERE seq = ?1",
            rusqlite::params![seq, record, prev, hash],
        )
        .unwrap();
    }
    audit_verify(&home).unwrap();

    // The last record removed: what is left is a whole chain, but the store's anchor names more.
    db.execute("DELETE FROM destruction_log WHERE seq = 2", [])
        .unwrap();
    drop(db);
    let e = audit_verify(&home).unwrap_err();
    assert!(e.contains("record 2") && e.contains("removed"), "{e}");
}

fn ok_as(home: &Path, user: &str, args: &[&str]) -> String {
    let out = as_user(home, user, args);
    assert!(
        out.status.success(),
        "{user}: {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap() + &String::from_utf8_lossy(&out.stderr)
}

/// With two-person disposal on, the command line asks for two records managers as the
/// workspace does: one approves the list, nothing is destroyed until another confirms it, the
/// approver cannot confirm their own, and `--execute` alone destroys nothing new.
#[test]
fn two_person_disposal_on_the_command_line() {
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
    ok(&home, &["hold", "lift", "--global"]);
    for u in ["rita", "ravi"] {
        ok(&home, &["users", "add", u, "--role", "records-manager"]);
    }
    ok(&home, &["users", "allow-env-user", "on"]);
    ok(&home, &["users", "two-person-disposal", "on"]);
    let docs = json_lines(&ok(&home, &["ls", "--json"]));
    let id = docs[0]["id"].as_str().unwrap().to_string();
    let received: NaiveDate =
        chrono::DateTime::parse_from_rfc3339(docs[0]["received_at"].as_str().unwrap())
            .unwrap()
            .date_naive();
    let today = received
        .checked_add_months(Months::new(4))
        .unwrap()
        .to_string();

    // One person's --execute destroys nothing new.
    let said = ok_as(&home, "rita", &["dispose", "--execute", "--today", &today]);
    assert!(said.contains("two-person disposal is on"), "{said}");
    assert_eq!(json_lines(&ok(&home, &["ls", "--json"])).len(), 1);
    assert!(steps_of(&home, &id).is_empty());

    // Rita approves; she cannot confirm her own approval; Ravi confirms and it runs.
    let said = ok_as(&home, "rita", &["dispose", "--approve", "--today", &today]);
    let approval = said
        .split("approval ")
        .nth(1)
        .and_then(|r| r.split(':').next())
        .unwrap_or_else(|| panic!("{said}"))
        .to_string();
    assert_eq!(json_lines(&ok(&home, &["ls", "--json"])).len(), 1);
    let own = as_user(
        &home,
        "rita",
        &["dispose", "--confirm", &approval, "--today", &today],
    );
    assert!(!own.status.success());
    assert!(
        String::from_utf8_lossy(&own.stderr).contains("second records manager"),
        "{}",
        String::from_utf8_lossy(&own.stderr)
    );
    assert!(steps_of(&home, &id).is_empty());
    let ran = ok_as(
        &home,
        "ravi",
        &[
            "dispose",
            "--confirm",
            &approval,
            "--today",
            &today,
            "--json",
        ],
    );
    assert!(
        json_lines(
            &ran.lines()
                .filter(|l| l.starts_with('{'))
                .collect::<Vec<_>>()
                .join("\n")
        )
        .iter()
        .any(|d| d["document_id"] == id.as_str() && d["destroyed"] == true),
        "{ran}"
    );
    assert_eq!(steps_of(&home, &id), ["intent", "completed"]);
    // An approval runs once.
    let again = as_user(
        &home,
        "ravi",
        &["dispose", "--confirm", &approval, "--today", &today],
    );
    assert!(!again.status.success());
    // Both people are in the contact log.
    let log = ok(&home, &["log", "--json"]);
    let entries = json_lines(&log);
    assert!(entries
        .iter()
        .any(|e| e["user"] == "rita" && e["action"] == "disposal approved"));
    assert!(entries
        .iter()
        .any(|e| e["user"] == "ravi" && e["action"] == "disposal confirmed"));
}
