//! Parallel work bounded in bytes (issue 12, point 6): with `in_flight_mib = 1` most sample
//! scans are larger than the whole budget and must each run alone, the smaller ones share it,
//! and the run must still end with every file accounted for exactly as it is with the shipped
//! budget. A topology that held a file back and never took it in again would hang here or
//! leave it in the inbox; one that dropped it would lose its report line.

mod support;

use std::collections::BTreeMap;
use std::path::Path;

use support::cli::{casevault, copy_dir, json_lines, repo};

/// Each input's outcome, from a `--once` run over a copy of `test-data/scans`, with `config`
/// (a configuration file) if given.
fn outcomes(home: &Path, inbox: &Path, config: Option<&Path>) -> BTreeMap<String, String> {
    copy_dir(&repo().join("test-data/scans"), inbox);
    let cases = casevault(home)
        .arg("import-cases")
        .arg(repo().join("test-data/cases.csv"))
        .output()
        .unwrap();
    assert!(cases.status.success(), "import-cases failed");
    let mut c = casevault(home);
    if let Some(config) = config {
        c.arg("--config").arg(config);
    }
    let out = c
        .args([
            "run",
            "scanning-station",
            "--once",
            "--json",
            "--show-names",
            "--inbox",
        ])
        .arg(inbox)
        .output()
        .unwrap();
    // 0: done; 3: done, but documents wait to be retried (the README's exit codes).
    assert!(
        matches!(out.status.code(), Some(0) | Some(3)),
        "run failed ({:?}): {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    json_lines(&String::from_utf8(out.stdout).unwrap())
        .into_iter()
        .map(|r| {
            (
                r["input"].as_str().unwrap_or_default().to_string(),
                r["outcome"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

#[test]
fn a_budget_smaller_than_most_files_changes_no_outcome() {
    let tmp = tempfile::tempdir().unwrap();
    let shipped = std::fs::read_to_string(repo().join("config/casevault.toml")).unwrap();
    assert!(
        shipped.contains("in_flight_mib = 64"),
        "the shipped budget moved"
    );
    let small = shipped
        .replace("in_flight_mib = 64", "in_flight_mib = 1")
        .replace(
            "schedules_dir = \"retention\"",
            &format!(
                "schedules_dir = \"{}\"",
                repo().join("config/retention").display()
            ),
        );
    let config = tmp.path().join("small-budget.toml");
    std::fs::write(&config, small).unwrap();
    let larger = std::fs::read_dir(repo().join("test-data/scans"))
        .unwrap()
        .filter(|e| e.as_ref().unwrap().metadata().unwrap().len() > 1 << 20)
        .count();
    assert!(larger >= 2, "the sample needs files over the 1 MiB budget");

    let budget_inbox = tmp.path().join("inbox-small");
    let with_budget = outcomes(&tmp.path().join("home-small"), &budget_inbox, Some(&config));
    let shipped_inbox = tmp.path().join("inbox-shipped");
    let as_shipped = outcomes(&tmp.path().join("home-shipped"), &shipped_inbox, None);

    let inputs = std::fs::read_dir(repo().join("test-data/scans"))
        .unwrap()
        .count();
    assert_eq!(
        with_budget.len(),
        inputs,
        "one line per input: {with_budget:#?}"
    );
    assert_eq!(with_budget, as_shipped);
    assert!(with_budget.values().any(|o| o == "stored"));
    assert_eq!(
        std::fs::read_dir(&budget_inbox).unwrap().count(),
        0,
        "a file was left behind"
    );
}
