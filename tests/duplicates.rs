//! A duplicate is the same bytes for the same case (SPEC). The same document sent for two cases
//! (a police check that concerns both families) is filed for each; sent again for one of them,
//! it is that case's duplicate and is not stored again. Through the real binary, on a
//! scanning station's folder.

mod support;

use std::path::Path;

use support::cli::{arrived_long_ago, json_lines, ok, repo};

const TEXT: &str = "Police national computer check\n\nThames Valley Police\n\n\
                    A check of the police national computer was made on the adults named in \
                    the request. No trace was found for either of them.\n";

fn drop_in(inbox: &Path, name: &str) {
    let p = inbox.join(name);
    std::fs::write(&p, TEXT).unwrap();
    arrived_long_ago(&p);
}

fn run(home: &Path, inbox: &Path) -> Vec<serde_json::Value> {
    json_lines(&ok(
        home,
        &[
            "run",
            "scanning-station",
            "--once",
            "--json",
            "--inbox",
            inbox.to_str().unwrap(),
        ],
    ))
}

#[test]
fn the_same_bytes_are_filed_once_per_case() {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    let inbox = tmp.path().join("inbox");
    std::fs::create_dir_all(&inbox).unwrap();
    ok(
        &home,
        &[
            "import-cases",
            repo().join("test-data/cases.csv").to_str().unwrap(),
        ],
    );
    drop_in(&inbox, "Hughes v Patel - LS24P01234 - Police check.txt");
    drop_in(&inbox, "Re Evans - MK23C00456 - Police check.txt");
    let rows = run(&home, &inbox);
    assert_eq!(rows.len(), 2, "{rows:#?}");
    assert!(rows.iter().all(|r| r["outcome"] == "stored"), "{rows:#?}");
    let mut cases: Vec<&str> = rows
        .iter()
        .map(|r| r["case_number"].as_str().unwrap())
        .collect();
    cases.sort();
    assert_eq!(cases, ["LS24P01234", "MK23C00456"], "{rows:#?}");
    let docs = json_lines(&ok(&home, &["ls", "--json"]));
    assert_eq!(docs.len(), 2, "{docs:#?}");
    assert_ne!(docs[0]["id"], docs[1]["id"]);

    // Sent again for one of them, under another name: that case's duplicate, nothing stored.
    drop_in(&inbox, "Hughes v Patel - LS24P01234 - PNC result.txt");
    let rows = run(&home, &inbox);
    assert_eq!(rows.len(), 1, "{rows:#?}");
    assert_eq!(rows[0]["outcome"], "duplicate", "{rows:#?}");
    assert_eq!(rows[0]["case_number"], "LS24P01234", "{rows:#?}");
    let first = docs
        .iter()
        .find(|d| d["case_number"] == "LS24P01234")
        .unwrap();
    assert_eq!(rows[0]["doc_id"], first["id"], "{rows:#?}");
    assert_eq!(json_lines(&ok(&home, &["ls", "--json"])).len(), 2);
    assert_eq!(
        std::fs::read_dir(&inbox).unwrap().count(),
        0,
        "originals left"
    );
}
