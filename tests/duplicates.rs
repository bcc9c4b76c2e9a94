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
            "--show-names",
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

/// An import carried on gives each file the answer it got before. The same bytes in a case
/// folder (filed for that case) and in a folder that names no case (quarantined: nothing in the
/// file names one) stay filed and quarantined respectively; the second is not "already filed"
/// through its twin.
#[test]
fn an_import_carried_on_gives_each_copy_its_own_earlier_answer() {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    let tree = tmp.path().join("drive");
    for dir in ["Evans 2023/Police", "Unsorted"] {
        std::fs::create_dir_all(tree.join(dir)).unwrap();
        std::fs::write(tree.join(dir).join("check.txt"), TEXT).unwrap();
    }
    ok(
        &home,
        &[
            "import-cases",
            repo().join("test-data/cases.csv").to_str().unwrap(),
        ],
    );
    let import = |report: &str| {
        let report = tmp.path().join(report);
        ok(
            &home,
            &[
                "import-tree",
                tree.to_str().unwrap(),
                "--map",
                repo()
                    .join("pipelines/g-drive-mapping.toml")
                    .to_str()
                    .unwrap(),
                "--quiet",
                "--report",
                report.to_str().unwrap(),
            ],
        );
        let text = std::fs::read_to_string(report).unwrap();
        let outcome = |path: &str| {
            text.lines()
                .find(|l| l.starts_with(path))
                .and_then(|l| l.split(',').nth(1))
                .unwrap_or_else(|| panic!("no line for {path}: {text}"))
                .to_string()
        };
        (
            outcome("Evans 2023/Police/check.txt"),
            outcome("Unsorted/check.txt"),
        )
    };
    assert_eq!(
        import("first.csv"),
        ("stored".to_string(), "quarantined".to_string())
    );
    assert_eq!(
        import("again.csv"),
        (
            "already-filed".to_string(),
            "already-quarantined".to_string()
        )
    );
}
