//! Records management end to end: documents filed by the real binary, then case events, holds,
//! disposal and the destruction record, checking exactly what remains.

mod support;

use std::io::Write;
use std::process::Stdio;

use chrono::{Months, NaiveDate};
use support::cli::{casevault, json_lines, ok, repo};

fn doc<'a>(docs: &'a [serde_json::Value], original: &str) -> &'a serde_json::Value {
    docs.iter()
        .find(|d| d["original_name"] == original)
        .unwrap_or_else(|| panic!("{original} not listed"))
}

#[test]
fn events_move_dates_holds_stop_disposal_and_destruction_is_recorded() {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    let inbox = tmp.path().join("inbox");
    std::fs::create_dir_all(&inbox).unwrap();
    for f in [
        "police_disclosure.png", // BM25P00012, WTFH: police information, received + 3 months
        "scan_0014.png",         // BM25P00012: case information, youngest child + 25 years
        "scan_0016.png",         // MK23C00456: court bundle, pending case closure
        "scan_0001.jpg",         // LS24P01234: court order
    ] {
        std::fs::copy(repo().join("test-data/scans").join(f), inbox.join(f)).unwrap();
    }
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
            "--json",
            "--show-names",
            "--inbox",
            inbox.to_str().unwrap(),
        ],
    );
    let docs = json_lines(&ok(&home, &["ls", "--json"]));
    assert_eq!(docs.len(), 4);
    let received: NaiveDate = chrono::DateTime::parse_from_rfc3339(
        doc(&docs, "police_disclosure.png")["received_at"]
            .as_str()
            .unwrap(),
    )
    .unwrap()
    .date_naive();
    let police_until = received.checked_add_months(Months::new(3)).unwrap();
    assert_eq!(
        doc(&docs, "police_disclosure.png")["retention_until"],
        police_until.to_string()
    );
    assert_eq!(
        doc(&docs, "police_disclosure.png")["retention_rule"],
        "police-information-wtfh"
    );
    assert_eq!(doc(&docs, "scan_0014.png")["retention_until"], "2045-01-31");
    assert_eq!(
        doc(&docs, "scan_0016.png")["retention_pending"],
        "case_closed"
    );

    // A re-import that corrects a date of birth moves the case record's date. (The CMS export
    // is the source of truth for case metadata, so it comes before the closures below.)
    let csv = std::fs::read_to_string(repo().join("test-data/cases.csv"))
        .unwrap()
        .replace("Leo Smith:2020-01-31", "Leo Smith:2021-02-28");
    let fixed = tmp.path().join("cases.csv");
    std::fs::write(&fixed, csv).unwrap();
    let out = ok(&home, &["import-cases", fixed.to_str().unwrap()]);
    assert!(out.contains("updated BM25P00012"), "{out}");
    let docs = json_lines(&ok(&home, &["ls", "--json"]));
    assert_eq!(doc(&docs, "scan_0014.png")["retention_until"], "2046-02-28");
    let log = ok(&home, &["log", "--case", "BM25P00012"]);
    assert!(log.contains("retention recomputed"), "{log}");

    // An event: the court bundle's case closes; its date follows.
    ok(
        &home,
        &["case", "close", "MK23C00456", "--on", "2026-01-10"],
    );
    let docs = json_lines(&ok(&home, &["ls", "--json"]));
    assert_eq!(doc(&docs, "scan_0016.png")["retention_until"], "2026-01-10");
    // ... and reopening makes it pending again, then closing again sets it back.
    ok(&home, &["case", "reopen", "MK23C00456"]);
    let docs = json_lines(&ok(&home, &["ls", "--json"]));
    assert_eq!(
        doc(&docs, "scan_0016.png")["retention_pending"],
        "case_closed"
    );
    ok(
        &home,
        &["case", "close", "MK23C00456", "--on", "2026-01-10"],
    );

    // The explanation shows the rule and the arithmetic.
    let id = doc(&docs, "scan_0014.png")["id"]
        .as_str()
        .unwrap()
        .to_string();
    let explain = ok(&home, &["retention", "explain", &id]);
    assert!(
        explain.contains("2021-02-28") && explain.contains("2046-02-28"),
        "{explain}"
    );

    // Later: both the police information and the bundle are due. The moratorium holds both.
    let later = police_until.succ_opt().unwrap().to_string();
    let due = json_lines(&ok(&home, &["dispose", "--today", &later, "--json"]));
    assert_eq!(due.len(), 2, "{due:#?}");
    assert!(due
        .iter()
        .all(|d| d["held_by"].as_str().unwrap().contains("global")));
    let done = json_lines(&ok(
        &home,
        &["dispose", "--execute", "--today", &later, "--json"],
    ));
    assert!(
        done.iter().all(|d| d["destroyed"] == false),
        "the moratorium must stop it"
    );
    assert_eq!(json_lines(&ok(&home, &["ls", "--json"])).len(), 4);

    // Lift the moratorium, hold one case: only the other case's document goes.
    ok(&home, &["hold", "lift", "--global"]);
    ok(
        &home,
        &[
            "hold",
            "set",
            "--case",
            "BM25P00012",
            "--reason",
            "complaint",
        ],
    );
    let done = json_lines(&ok(
        &home,
        &["dispose", "--execute", "--today", &later, "--json"],
    ));
    let destroyed: Vec<&str> = done
        .iter()
        .filter(|d| d["destroyed"] == true)
        .map(|d| d["case_number"].as_str().unwrap())
        .collect();
    assert_eq!(destroyed, ["MK23C00456"]);
    ok(&home, &["hold", "lift", "--case", "BM25P00012"]);
    ok(&home, &["dispose", "--execute", "--today", &later]);

    // Exactly the two documents not yet due remain, in the catalog and in the store.
    let left = json_lines(&ok(&home, &["ls", "--json"]));
    let mut names: Vec<&str> = left
        .iter()
        .map(|d| d["original_name"].as_str().unwrap())
        .collect();
    names.sort();
    assert_eq!(names, ["scan_0001.jpg", "scan_0014.png"]);
    let objects = std::fs::read_dir(home.join("store/objects"))
        .unwrap()
        .count();
    assert_eq!(objects, 2);

    // The destruction record outlives the documents and its chain verifies.
    // Each destruction is told in two records: its intent and its completion.
    let records = json_lines(&ok(&home, &["audit", "ls"]));
    assert_eq!(records.len(), 4);
    for step in ["intent", "completed"] {
        assert_eq!(
            records
                .iter()
                .filter(|r| r["record"]["step"] == step)
                .count(),
            2,
            "{records:#?}"
        );
    }
    assert!(records
        .iter()
        .any(|r| r["record"]["folder"] == "police-information"
            && r["record"]["rule"] == "police-information-wtfh"));
    let verify = ok(&home, &["audit", "verify"]);
    assert!(verify.contains("intact"), "{verify}");
}

#[test]
fn retention_eval_answers_every_scenario_line() {
    let scenarios =
        std::fs::read_to_string(repo().join("test-data/retention/scenarios.jsonl")).unwrap();
    let expected =
        std::fs::read_to_string(repo().join("test-data/retention/expected.jsonl")).unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let mut child = casevault(tmp.path())
        .args(["retention", "eval"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(scenarios.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let got: Vec<serde_json::Value> = json_lines(&String::from_utf8(out.stdout).unwrap());
    let want: Vec<&str> = expected.lines().collect();
    assert_eq!(got.len(), scenarios.lines().count(), "one answer per line");
    for (i, (g, w)) in got.iter().zip(&want).enumerate() {
        let w: serde_json::Value = serde_json::from_str(w).unwrap();
        if w.get("error").is_some() {
            assert!(
                g.get("error").is_some(),
                "line {}: expected an error, got {g}",
                i + 1
            );
        } else {
            assert_eq!(g, &w, "line {}", i + 1);
        }
    }
}
