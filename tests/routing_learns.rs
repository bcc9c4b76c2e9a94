//! Routing learns from people (issue 15, "done when"): a kind of document that neither the rules
//! nor the shipped model can place waits for review; a business services officer files it from
//! the queue (`quarantine file`); it is filed as decided, through every stage, and kept as a
//! routing example; the next document of that kind (other bytes, other child, other wording
//! around the same form) is then filed into the same folder, under the same name, by the model,
//! without a person. Through the real binary, on text files (no OCR), in a fresh home.

mod support;

use std::path::Path;

use serde_json::Value;
use support::cli::{arrived_long_ago, casevault, json_lines, ok, succeeded};

const CASE: &str = "LS24P01234";
const CASE_NAME: &str = "Hughes v Patel";

/// A kind of document the training set does not have: a forest school's termly outdoor-learning
/// log, whose words (den building, fire circle, tool talk) are in no shipped example. `n` varies
/// the child, dates and sentences, as the same form filled in for another term would.
fn outdoor_log(n: usize) -> String {
    let (child, term, activity, mood) = [
        (
            "Amelia",
            "Autumn",
            "den building by the beck",
            "settled quickly",
        ),
        (
            "Amelia",
            "Spring",
            "whittling with a peeler under tool talk rules",
            "chatty and confident",
        ),
        (
            "Noah",
            "Summer",
            "pond dipping and the fire circle",
            "quiet at first, then joined in",
        ),
    ][n % 3];
    format!(
        "Willowmere Forest School CIC\n\
         Outdoor learning log - {term} term\n\
         Case ref {CASE}\n\n\
         Learner: {child}\n\
         Sessions this term: {sessions} of 10\n\n\
         Woodland skills covered: {activity}. Den building, knots and lashings, fire circle safety \
         and tool talk were revisited each week.\n\
         How the learner presented at drop-off: {mood}. Wellies and waterproofs were brought by \
         the family on most weeks.\n\
         Forest school leader's observations: {child} kept to the boundary ropes and the fire \
         circle rules, and helped tidy the mud kitchen.\n\
         Next term: shelter building, bug hotels, and a campfire bread session.\n",
        sessions = 7 + n % 3
    )
}

fn put(inbox: &Path, name: &str, text: &str) {
    let p = inbox.join(name);
    std::fs::write(&p, text).unwrap();
    arrived_long_ago(&p);
}

/// One `run --once` of the scanning station over `inbox`: its report rows.
fn run(home: &Path, inbox: &Path) -> Vec<Value> {
    let out = succeeded(casevault(home).args([
        "run",
        "scanning-station",
        "--once",
        "--json",
        "--show-names",
        "--inbox",
        inbox.to_str().unwrap(),
    ]));
    json_lines(&String::from_utf8_lossy(&out.stdout))
}

fn row<'a>(rows: &'a [Value], input: &str) -> &'a Value {
    rows.iter()
        .find(|r| r["input"] == input)
        .unwrap_or_else(|| panic!("no row for {input}: {rows:#?}"))
}

#[test]
fn a_persons_decision_changes_the_next_routing_of_a_similar_document() {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    let inbox = tmp.path().join("inbox");
    std::fs::create_dir_all(&inbox).unwrap();
    ok(&home, &["import-cases", "test-data/cases.csv"]);

    // Before: neither the rules nor the model place this kind; both copies wait for a person.
    put(&inbox, "scan_0001.txt", &outdoor_log(0));
    put(&inbox, "scan_0002.txt", &outdoor_log(1));
    let rows = run(&home, &inbox);
    for input in ["scan_0001.txt", "scan_0002.txt"] {
        let r = row(&rows, input);
        assert_eq!(r["outcome"], "quarantined", "{r:#?}");
        assert_eq!(r["reason"], "needs-review", "{r:#?}");
        // The reason says what the model thought, for the person who decides.
        assert!(r["detail"].as_str().unwrap().contains("model"), "{r:#?}");
    }

    // A business services officer decides the first: this case, the agencies' folder, a name.
    let queue = json_lines(&ok(&home, &["quarantine", "ls", "--json"]));
    let item = queue
        .iter()
        .find(|q| q["original_name"] == "scan_0001.txt")
        .unwrap_or_else(|| panic!("{queue:#?}"))["id"]
        .to_string();
    ok(
        &home,
        &[
            "quarantine",
            "file",
            &item,
            "--case",
            CASE,
            "--folder",
            "experts-and-agency",
            "--name",
            "Forest school log",
            "--reason",
            "outdoor learning provider's record",
            "--to",
            inbox.to_str().unwrap(),
        ],
    );
    assert!(
        inbox.join("scan_0001.txt").exists(),
        "the file went back to the inbox"
    );
    let queue = json_lines(&ok(&home, &["quarantine", "ls", "--json"]));
    assert!(
        queue.iter().all(|q| q["original_name"] != "scan_0001.txt"),
        "a decided item left the queue: {queue:#?}"
    );

    // The next run files it as decided, through every stage.
    let rows = run(&home, &inbox);
    let r = row(&rows, "scan_0001.txt");
    assert_eq!(r["outcome"], "stored", "{r:#?}");
    assert_eq!(r["folder"], "experts-and-agency");
    assert_eq!(
        r["name"],
        format!("{CASE_NAME} - {CASE} - Forest school log.pdf")
    );
    let log = ok(&home, &["log", "--case", CASE, "--json"]);
    assert!(log.contains("review decision"), "{log}");
    assert!(log.contains("decided by tester"), "{log}");
    assert!(log.contains("kept as a routing example"), "{log}");

    // After: a new term's log of the same kind, never seen, is filed by the model alone, into
    // the folder and under the name the person chose (the person's kind, learned from one
    // decision).
    put(&inbox, "scan_0003.txt", &outdoor_log(2));
    let rows = run(&home, &inbox);
    let r = row(&rows, "scan_0003.txt");
    assert_eq!(r["outcome"], "stored", "{r:#?}");
    assert_eq!(r["folder"], "experts-and-agency", "{r:#?}");
    // The second of that name in the case: numbered, as any second document of one name is.
    assert_eq!(
        r["name"],
        format!("{CASE_NAME} - {CASE} - Forest school log (2).pdf"),
        "{r:#?}"
    );
    let docs = json_lines(&ok(&home, &["ls", "--case", CASE, "--json"]));
    let filed = docs
        .iter()
        .find(|d| d["id"] == r["doc_id"])
        .unwrap_or_else(|| panic!("{docs:#?}"));
    assert!(
        filed["routing_rule"]
            .as_str()
            .unwrap()
            .starts_with("model "),
        "filed by the model, not a person or a rule: {filed:#?}"
    );
}
