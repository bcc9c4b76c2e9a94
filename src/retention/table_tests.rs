//! Table tests from the policies: `test-data/retention/scenarios.jsonl` evaluated against the
//! shipped schedules in `config/retention/` must give `expected.jsonl`, line for line. The expected
//! answers were worked out by hand from the policies (the working is in
//! `test-data/retention/README.md`), not copied from this code's output.

use super::ScheduleSet;
use std::collections::BTreeSet;
use std::path::Path;

const CONFIG: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/config/retention");
const SCENARIOS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/test-data/retention/scenarios.jsonl"
);
const EXPECTED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/test-data/retention/expected.jsonl"
);

fn shipped() -> ScheduleSet {
    ScheduleSet::load_dir(Path::new(CONFIG)).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn shipped_schedules_load() {
    let set = shipped();
    assert_eq!(
        set.ids().collect::<Vec<_>>(),
        vec!["cafcass-2008", "cafcass-2020", "local-authority"]
    );
    let la = set.get("local-authority").unwrap();
    let ids: Vec<&str> = la.rules().iter().map(|r| r.id()).collect();
    for want in [
        "looked-after-child",
        "looked-after-child-deceased-before-18",
        "privately-fostered-child",
        "adoption",
        "adoption-enquiry",
        "adopted-child-deceased-before-18",
        "adopted-child-deceased-after-18",
        "adopters",
        "adopters-deceased-or-withdrawn",
        "foster-carers",
        "child-protection",
        "child-protection-unit",
        "other-childrens-social-care",
        "send",
        "adult-posing-risk",
        "missing-person",
        "financial",
    ] {
        assert!(ids.contains(&want), "local-authority has no rule {want}");
        let rule = la.rules().iter().find(|r| r.id() == want).unwrap();
        assert_eq!(la.record_classes().iter().filter(|c| *c == want).count(), 1);
        assert!(rule.source().is_some(), "{want} names no policy row");
    }
}

#[test]
fn scenarios_give_the_hand_worked_answers() {
    let set = shipped();
    let scenarios = std::fs::read_to_string(SCENARIOS).expect("scenarios.jsonl");
    let expected = std::fs::read_to_string(EXPECTED).expect("expected.jsonl");
    let scenarios: Vec<&str> = scenarios.lines().collect();
    let expected: Vec<&str> = expected.lines().collect();
    assert_eq!(
        scenarios.len(),
        expected.len(),
        "one expected line per scenario"
    );
    assert!(scenarios.len() >= 25, "at least 25 scenarios");

    let mut out = Vec::new();
    set.eval_json_lines(scenarios.join("\n").as_bytes(), &mut out)
        .unwrap();
    let out = String::from_utf8(out).unwrap();
    let got: Vec<&str> = out.lines().collect();
    assert_eq!(got.len(), scenarios.len());

    let mut failures = Vec::new();
    let mut covered = BTreeSet::new();
    for (i, ((s, e), g)) in scenarios.iter().zip(&expected).zip(&got).enumerate() {
        let want: serde_json::Value = serde_json::from_str(e).expect("expected line is JSON");
        let have: serde_json::Value = serde_json::from_str(g).unwrap();
        let same = match (want.get("error"), have.get("error")) {
            // an expected error gives the part of the message that must appear
            (Some(w), Some(h)) => h.as_str().unwrap().contains(w.as_str().unwrap()),
            _ => want == have,
        };
        if !same {
            failures.push(format!(
                "line {}: {s}\n  expected {e}\n  got      {g}",
                i + 1
            ));
        }
        let input: serde_json::Value = serde_json::from_str(s).unwrap_or_default();
        if let (Some(sched), Some(rule)) = (input.get("schedule"), have.get("rule")) {
            covered.insert(format!(
                "{}/{}",
                sched.as_str().unwrap(),
                rule.as_str().unwrap()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));

    // every shipped rule is exercised by at least one scenario
    for id in set.ids() {
        for rule in set.get(id).unwrap().rules() {
            let key = format!("{id}/{}", rule.id());
            assert!(covered.contains(&key), "no scenario covers {key}");
        }
    }
}
