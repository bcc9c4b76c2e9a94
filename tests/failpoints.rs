//! The dangerous moments, one by one (issue 12, point 2): the binary is killed with SIGKILL at
//! each named failpoint (`src/failpoint.rs`) of filing, release, quarantine, key rotation and
//! destruction, run again without it, and then nothing may be lost, nothing stored twice, every
//! record must agree with the store and `verify` (and for destruction `audit verify`) must be
//! clean. A last test kills runs over 120 documents at 20 random moments.
//!
//! The binary must be built with the `failpoints` feature (`make test` does:
//! `cargo test --features failpoints`); against one built without it these tests fail, saying so,
//! rather than pass without ever stopping anywhere.

mod support;

use std::collections::{BTreeMap, BTreeSet};
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use casevault::catalog::DocStatus;
use chrono::{Months, NaiveDate};
use sha2::{Digest, Sha256};
use support::cli::{arrived_long_ago, casevault, json_lines, ok, repo, store_files};

/// Every point this file kills the process at; `every_failpoint_has_a_test` checks it is the
/// whole of `casevault::failpoint::POINTS`.
const TESTED: &[&str] = &[
    "recognise-started",
    "file-after-pending",
    "file-after-put-envelope",
    "file-after-put-label",
    "file-after-put-object",
    "file-after-stored",
    "release-after-remove",
    "quarantine-after-note",
    "quarantine-after-move",
    "rotate-after-put-envelope",
    "rotate-after-catalog",
    "shield-after-new-key",
    "shield-after-put-envelope",
    "shield-after-catalog",
    "shield-before-done",
    "unshield-after-catalog",
    "unshield-before-retire",
    "destroy-after-intent",
    "destroy-after-anchor",
    "destroy-after-envelope-delete",
    "destroy-after-object-delete",
    "destroy-before-completion",
    "destroy-after-completion",
];

#[test]
fn every_failpoint_has_a_test() {
    let named: BTreeSet<&str> = casevault::failpoint::POINTS.iter().map(|p| p.0).collect();
    let tested: BTreeSet<&str> = TESTED.iter().copied().collect();
    assert_eq!(named, tested);
}

/// Runs `args` with the failpoint armed and checks the process died there, by SIGKILL.
fn killed_at(home: &Path, point: &str, args: &[&str]) {
    let out = casevault(home)
        .args(args)
        .env("CASEVAULT_FAILPOINT", point)
        .output()
        .unwrap();
    assert_eq!(
        out.status.signal(),
        Some(libc::SIGKILL),
        "casevault {args:?} was to be killed at {point}, but ended with {}{}: {}",
        out.status,
        if casevault::failpoint::ENABLED {
            ""
        } else {
            " (this build has no failpoints: run `make test`, which builds with --features failpoints)"
        },
        String::from_utf8_lossy(&out.stderr)
    );
    let name = point.split('@').next().unwrap();
    assert!(
        String::from_utf8_lossy(&out.stderr).contains(&format!("failpoint {name}:")),
        "killed, but not at {point}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn sha(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// A scanning-station inbox: what each file should become (`stored` or a quarantine reason) by
/// the SHA-256 of its bytes.
struct Inbox {
    dir: PathBuf,
    expect: BTreeMap<String, &'static str>,
}

impl Inbox {
    fn new(dir: PathBuf) -> Inbox {
        std::fs::create_dir_all(&dir).unwrap();
        Inbox {
            dir,
            expect: BTreeMap::new(),
        }
    }

    fn put(&mut self, name: &str, bytes: &[u8], outcome: &'static str) {
        let path = self.dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        arrived_long_ago(&path);
        let previous = self.expect.insert(sha(bytes), outcome);
        assert!(previous.is_none_or(|p| p == outcome), "{name}");
    }

    fn copy(&mut self, from: &str, name: &str, outcome: &'static str) {
        self.put(name, &std::fs::read(repo().join(from)).unwrap(), outcome);
    }

    fn path(&self) -> &str {
        self.dir.to_str().unwrap()
    }
}

/// A police disclosure as text: routed to police information by its words.
fn police_text(n: usize) -> Vec<u8> {
    format!(
        "West Yorkshire Police\nDisclosure to the family court, reference {n}\n\n\
         A search of the Police National Computer found {n} record(s) for the household.\n\
         Officers attended the address on {n} occasion(s); no further police action.\n"
    )
    .into_bytes()
}

/// A notice nobody would file in a case file (no rule knows it, and the model finds it fits no
/// folder): quarantined as needing review. (A telephone message asking for a call back was used
/// here until the model learned to file it as an informal contact.)
fn stray_note(n: usize) -> Vec<u8> {
    format!(
        "Staff canteen menu, week {n}\nMonday: leek and potato soup\nTuesday: jacket potatoes\n\
         Wednesday: curry\n"
    )
    .into_bytes()
}

/// A home with the sample cases and the global moratorium lifted, and an inbox of four kinds of
/// file: two stored (a text and a scan that needs OCR), two quarantined.
fn station(tmp: &Path) -> (PathBuf, Inbox) {
    let home = tmp.join("home");
    ok(
        &home,
        &[
            "import-cases",
            repo().join("test-data/cases.csv").to_str().unwrap(),
        ],
    );
    let mut inbox = Inbox::new(tmp.join("inbox"));
    inbox.put(
        "Hughes v Patel - LS24P01234 - Police disclosure.txt",
        &police_text(1),
        "stored",
    );
    inbox.copy(
        "test-data/scans/Hughes v Patel - LS24P01234 - Position statement.png",
        "Hughes v Patel - LS24P01234 - Position statement.png",
        "stored",
    );
    inbox.put(
        "Hughes v Patel - LS24P01234 - Canteen menu.txt",
        &stray_note(1),
        "needs-review",
    );
    inbox.put("empty.png", b"", "empty");
    (home, inbox)
}

fn run_station(home: &Path, inbox: &Inbox) -> std::process::Output {
    casevault(home)
        .args(["run", "scanning-station", "--once", "--inbox", inbox.path()])
        .output()
        .unwrap()
}

/// What must hold after any interruption and a clean run: the inbox is empty; each input is
/// filed once or quarantined once, as expected; nothing is pending; the store holds exactly the
/// stored documents (no orphan, no staging file); each has one "filed" entry in the contact log;
/// each quarantined file has its note and its catalog entry; `verify` is clean.
fn consistent(home: &Path, inbox: &Inbox) {
    let left: Vec<_> = std::fs::read_dir(&inbox.dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert!(left.is_empty(), "left in the inbox: {left:?}");

    let cat = support::catalog::open_home(home);
    let docs = cat.all_documents().unwrap();
    let not_stored: Vec<_> = docs
        .iter()
        .filter(|d| d.status != DocStatus::Stored)
        .map(|d| (&d.id, d.status))
        .collect();
    assert!(not_stored.is_empty(), "{not_stored:?}");
    let mut stored: BTreeMap<(String, String), usize> = BTreeMap::new();
    for d in &docs {
        *stored
            .entry((d.sha256.clone(), d.case_number.clone()))
            .or_default() += 1;
    }
    assert!(stored.values().all(|n| *n == 1), "stored twice: {stored:?}");
    let quarantined = cat.quarantine().unwrap();
    let mut in_quarantine: BTreeMap<&str, usize> = BTreeMap::new();
    for q in &quarantined {
        *in_quarantine.entry(q.sha256.as_str()).or_default() += 1;
        assert!(Path::new(&q.path).is_file(), "{} is not there", q.path);
        let note = format!("{}.why.json", q.path);
        assert!(Path::new(&note).is_file(), "no note for {}", q.path);
    }
    for (sha, outcome) in &inbox.expect {
        let filed = stored.keys().filter(|(s, _)| s == sha).count();
        let waiting = in_quarantine.get(sha.as_str()).copied().unwrap_or(0);
        match *outcome {
            // Once per case (checked above); the same bytes may be filed for two cases.
            "stored" => assert!(
                filed >= 1 && waiting == 0,
                "{sha}: filed {filed}, quarantined {waiting}"
            ),
            reason => {
                assert_eq!((filed, waiting), (0, 1), "{sha} should be quarantined once");
                let q = quarantined.iter().find(|q| &q.sha256 == sha).unwrap();
                assert_eq!(q.reason, reason);
            }
        }
    }
    // Every file in the quarantine folder is listed (one a crash left behind is found again).
    let files: Vec<PathBuf> = store_files(&home.join("quarantine"))
        .into_iter()
        .filter(|p| !p.to_string_lossy().ends_with(".why.json"))
        .collect();
    assert_eq!(
        files.len(),
        quarantined.len(),
        "{files:?} vs {quarantined:#?}"
    );
    for note in store_files(&home.join("quarantine"))
        .into_iter()
        .filter(|p| p.to_string_lossy().ends_with(".why.json"))
    {
        let file = note
            .to_string_lossy()
            .trim_end_matches(".why.json")
            .to_string();
        assert!(
            Path::new(&file).is_file(),
            "a note without its file: {note:?}"
        );
    }

    // The store: one object, envelope and label per stored document, and nothing else in those
    // folders (an interrupted write leaves no staging file).
    let ids: BTreeSet<String> = docs.iter().map(|d| d.id.clone()).collect();
    for folder in ["objects", "labels"] {
        let found: BTreeSet<String> = std::fs::read_dir(home.join("store").join(folder))
            .map(|r| {
                r.map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        assert_eq!(found, ids, "store/{folder}");
    }
    for id in &ids {
        assert!(home.join("store/keys").join(id).is_file(), "keys/{id}");
    }
    let log = cat.contact_log(None).unwrap();
    for id in &ids {
        let filed = log
            .iter()
            .filter(|e| e.action == "filed" && e.document_id.as_deref() == Some(id.as_str()))
            .count();
        assert_eq!(filed, 1, "'filed' entries for {id}");
    }
    drop(cat);
    let out = casevault(home).arg("verify").output().unwrap();
    assert!(
        out.status.success(),
        "verify: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Kills a scanning-station run at `point`, runs it again, and checks everything holds.
fn filing_interrupted_at(point: &str) {
    let tmp = tempfile::tempdir().unwrap();
    let (home, inbox) = station(tmp.path());
    killed_at(
        &home,
        point,
        &["run", "scanning-station", "--once", "--inbox", inbox.path()],
    );
    let out = run_station(&home, &inbox);
    assert!(
        out.status.success(),
        "the run after the kill: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    consistent(&home, &inbox);
    // And a third run finds nothing to do.
    let out = run_station(&home, &inbox);
    assert!(out.status.success());
    consistent(&home, &inbox);
}

macro_rules! filing_tests {
    ($($name:ident => $point:literal),* $(,)?) => {$(
        #[test]
        fn $name() {
            filing_interrupted_at($point);
        }
    )*};
}

filing_tests! {
    killed_after_the_pending_row => "file-after-pending",
    killed_after_the_envelope_is_stored => "file-after-put-envelope",
    killed_after_the_label_is_stored => "file-after-put-label",
    killed_after_the_object_is_stored => "file-after-put-object",
    killed_after_the_row_is_stored => "file-after-stored",
    killed_after_the_original_is_released => "release-after-remove",
    killed_after_the_move_to_quarantine => "quarantine-after-move",
    killed_after_the_quarantine_note => "quarantine-after-note",
}

/// A file that was being read each time the process died is quarantined as `crashed` on the
/// run after the second, without being opened; moved back into the inbox, it is tried afresh.
/// One crash alone is not enough (a power cut is not the file's fault).
#[test]
fn a_file_read_at_two_crashes_is_quarantined_as_crashed() {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    ok(
        &home,
        &[
            "import-cases",
            repo().join("test-data/cases.csv").to_str().unwrap(),
        ],
    );
    let mut inbox = Inbox::new(tmp.path().join("inbox"));
    let name = "Hughes v Patel - LS24P01234 - Position statement.png";
    inbox.copy(&format!("test-data/scans/{name}"), name, "stored");
    let args = ["run", "scanning-station", "--once", "--inbox", inbox.path()];
    killed_at(&home, "recognise-started", &args);
    assert!(inbox.dir.join(name).exists());
    killed_at(&home, "recognise-started", &args);
    let out = run_station(&home, &inbox);
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("an earlier run stopped while reading files"),
        "{stderr}"
    );
    let cat = support::catalog::open_home(&home);
    let q = cat.quarantine().unwrap();
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].reason, "crashed");
    assert!(q[0].detail.contains("2 times"), "{}", q[0].detail);
    assert!(cat.all_documents().unwrap().is_empty());
    // The note says what to do, and no file name is in the crash records.
    let note = std::fs::read_to_string(format!("{}.why.json", q[0].path)).unwrap();
    assert!(note.contains("information security lead"), "{note}");
    for f in store_files(&home.join("inflight")) {
        assert!(!f.to_string_lossy().contains("Hughes"), "{f:?}");
    }
    drop(cat);

    // Retried from quarantine: read afresh and filed.
    std::fs::rename(&q[0].path, inbox.dir.join(name)).unwrap();
    arrived_long_ago(&inbox.dir.join(name));
    let out = run_station(&home, &inbox);
    assert!(out.status.success());
    let docs = json_lines(&ok(&home, &["ls", "--json"]));
    assert_eq!(docs.len(), 1, "{docs:?}");

    // One crash only: the next run reads the file as usual.
    let tmp2 = tempfile::tempdir().unwrap();
    let (home2, inbox2) = station(tmp2.path());
    killed_at(
        &home2,
        "recognise-started",
        &[
            "run",
            "scanning-station",
            "--once",
            "--inbox",
            inbox2.path(),
        ],
    );
    assert!(run_station(&home2, &inbox2).status.success());
    consistent(&home2, &inbox2);
}

/// A home with its documents filed under one key, a second key made current, and a rotation
/// killed at `point`; the rotation run again must leave every envelope, in catalog and store,
/// under the new key, so that the old one can be retired and every document still opens.
fn rotation_interrupted_at(point: &str) {
    let tmp = tempfile::tempdir().unwrap();
    let (home, inbox) = station(tmp.path());
    assert!(run_station(&home, &inbox).status.success());
    let old = current_key(&home);
    ok(&home, &["keys", "new"]);
    let new = current_key(&home);
    assert_ne!(old, new);
    killed_at(&home, point, &["keys", "rotate"]);
    ok(&home, &["keys", "rotate"]);
    ok(&home, &["keys", "retire", &old]);
    consistent(&home, &inbox);
}

fn current_key(home: &Path) -> String {
    let keys = json_lines(&ok(home, &["keys", "ls", "--json"]));
    keys.iter()
        .find(|k| k["current"] == true)
        .and_then(|k| k["id"].as_str())
        .unwrap_or_else(|| panic!("no current key in {keys:?}"))
        .to_string()
}

#[test]
fn rotation_killed_after_a_store_envelope() {
    rotation_interrupted_at("rotate-after-put-envelope");
}

#[test]
fn rotation_killed_after_one_document() {
    rotation_interrupted_at("rotate-after-catalog");
}

const SHIELDED: &str = "LS24P01234";

/// Key id of every envelope of `case`'s documents: (catalog's, store's), by document id.
fn case_wrapping(home: &Path, case: &str) -> BTreeMap<String, (String, String)> {
    let cat = support::catalog::open_home(home);
    let key_of = |bytes: &[u8]| {
        casevault::seal::KeyEnvelope::from_bytes(bytes)
            .unwrap()
            .key_id()
            .to_string()
    };
    cat.documents(Some(case))
        .unwrap()
        .into_iter()
        .map(|d| {
            let in_catalog = key_of(&cat.sealing(&d.id).unwrap().0.unwrap());
            let in_store = key_of(&std::fs::read(home.join("store/keys").join(&d.id)).unwrap());
            (d.id, (in_catalog, in_store))
        })
        .collect()
}

/// SHA-256 of every stored document as `get` writes it, by id.
fn every_document(home: &Path) -> BTreeMap<String, String> {
    let cat = support::catalog::open_home(home);
    cat.all_documents()
        .unwrap()
        .into_iter()
        .map(|d| {
            let out = home.join(format!("{}.pdf", d.id));
            ok(home, &["get", &d.id, "-o", out.to_str().unwrap()]);
            let got = sha(&std::fs::read(&out).unwrap());
            std::fs::remove_file(out).unwrap();
            (d.id, got)
        })
        .collect()
}

/// Asserts that every envelope of the shielded case, in catalog and store, is under `key`.
fn case_under(home: &Path, key: &str) {
    let w = case_wrapping(home, SHIELDED);
    assert_eq!(w.len(), 3, "{w:?}");
    for (id, (c, s)) in &w {
        assert_eq!((c.as_str(), s.as_str()), (key, key), "{id}");
    }
}

/// Three documents of a case filed (and one of another), then the case shielded (`lift`: and
/// its shield lifted) with that run killed at `point`; `resume` (the same command again, or the
/// next `keys rotate`) must finish it: every envelope of the case, in catalog and store, under
/// the case's own key (or back under the ring's, and the case key destroyed), every document
/// reading as before, one contact-log entry, and everything else as after any interruption
/// (`consistent`, which runs `verify`).
fn shielding_interrupted_at(point: &str, lift: bool, resume: &[&str]) {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    ok(
        &home,
        &[
            "import-cases",
            repo().join("test-data/cases.csv").to_str().unwrap(),
        ],
    );
    // The tester reads the documents of the case it shields: on its access list first.
    ok(&home, &["case", "grant", SHIELDED, support::cli::TEST_USER]);
    let mut inbox = Inbox::new(tmp.path().join("inbox"));
    for i in 1..=3 {
        inbox.put(
            &format!("Hughes v Patel - {SHIELDED} - Police disclosure {i}.txt"),
            &police_text(i),
            "stored",
        );
    }
    inbox.put(
        "Smith v Brown - BM25P00012 - PNC check.txt",
        &police_text(9),
        "stored",
    );
    assert!(run_station(&home, &inbox).status.success());
    let ring = current_key(&home);
    let before = every_document(&home);
    let shield = ["case", "shield", SHIELDED];
    let unshield = ["case", "unshield", SHIELDED];
    let state = || {
        support::catalog::open_home(&home)
            .shield_state(SHIELDED)
            .unwrap()
            .unwrap()
    };
    let logged = |action: &str| {
        support::catalog::open_home(&home)
            .contact_log(Some(SHIELDED))
            .unwrap()
            .iter()
            .filter(|e| e.action == action)
            .count()
    };
    if lift {
        ok(&home, &shield);
        let own = state().key.unwrap();
        killed_at(&home, point, &unshield);
        ok(&home, resume);
        let s = state();
        assert!(!s.shielded && s.key.is_none(), "{s:?}");
        case_under(&home, &ring);
        let keys = json_lines(&ok(&home, &["keys", "ls", "--json"]));
        let k = keys.iter().find(|k| k["id"] == own.as_str()).unwrap();
        assert_eq!(k["status"], "retired", "the lifted case's key: {k}");
        assert_eq!(logged("shield lifted"), 1);
    } else {
        killed_at(&home, point, &shield);
        ok(&home, resume);
        let s = state();
        assert!(s.shielded && !s.pending(), "{s:?}");
        let own = s.key.unwrap();
        assert_ne!(own, ring);
        case_under(&home, &own);
        assert_eq!(logged("case shielded"), 1);
    }
    assert_eq!(every_document(&home), before);
    consistent(&home, &inbox);
    // And back the other way, uninterrupted.
    ok(&home, if lift { &shield } else { &unshield });
    if lift {
        let own = state().key.unwrap();
        case_under(&home, &own);
    } else {
        case_under(&home, &ring);
    }
    assert_eq!(every_document(&home), before);
    // A key a killed run left unnamed is retired with the other unused keys.
    ok(&home, &["keys", "rotate", "--retire-old"]);
    let keys = json_lines(&ok(&home, &["keys", "ls", "--json"]));
    let active: Vec<_> = keys.iter().filter(|k| k["status"] == "active").collect();
    // The current key, the sample list's own shielded case's key, and (shielded again) this one's.
    assert_eq!(active.len(), if lift { 3 } else { 2 }, "{keys:?}");
    consistent(&home, &inbox);
}

#[test]
fn shielding_killed_after_making_the_key() {
    shielding_interrupted_at("shield-after-new-key", false, &["case", "shield", SHIELDED]);
}

#[test]
fn shielding_killed_after_a_store_envelope_is_finished_by_rotation() {
    shielding_interrupted_at("shield-after-put-envelope@2", false, &["keys", "rotate"]);
}

#[test]
fn shielding_killed_after_some_documents() {
    shielding_interrupted_at(
        "shield-after-catalog@2",
        false,
        &["case", "shield", SHIELDED],
    );
}

#[test]
fn shielding_killed_before_it_is_marked_done_is_finished_by_rotation() {
    shielding_interrupted_at("shield-before-done", false, &["keys", "rotate"]);
}

#[test]
fn lifting_killed_after_some_documents_is_finished_by_rotation() {
    shielding_interrupted_at("unshield-after-catalog@2", true, &["keys", "rotate"]);
}

#[test]
fn lifting_killed_before_the_key_is_retired() {
    shielding_interrupted_at(
        "unshield-before-retire",
        true,
        &["case", "unshield", SHIELDED],
    );
}

/// A police disclosure for a Work to First Hearing case (kept 3 months) filed, the moratorium
/// lifted, and `dispose --execute` killed at `point` on its due day; the next dispose must
/// finish it: the store's copies gone, one intent and one completion, the chain whole and
/// anchored (`audit verify`), and `verify` clean.
fn destruction_interrupted_at(point: &str) {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    ok(
        &home,
        &[
            "import-cases",
            repo().join("test-data/cases.csv").to_str().unwrap(),
        ],
    );
    let mut inbox = Inbox::new(tmp.path().join("inbox"));
    inbox.copy(
        "test-data/scans/police_disclosure.png",
        "police_disclosure.png",
        "stored",
    );
    inbox.put(
        "Smith v Brown - BM25P00012 - PNC check.txt",
        &police_text(2),
        "stored",
    );
    assert!(run_station(&home, &inbox).status.success());
    ok(&home, &["hold", "lift", "--global"]);
    let docs = json_lines(&ok(&home, &["ls", "--json"]));
    assert_eq!(docs.len(), 2, "{docs:?}");
    let received: NaiveDate =
        chrono::DateTime::parse_from_rfc3339(docs[0]["received_at"].as_str().unwrap())
            .unwrap()
            .date_naive();
    let due = received
        .checked_add_months(Months::new(4))
        .unwrap()
        .to_string();
    killed_at(&home, point, &["dispose", "--execute", "--today", &due]);
    ok(&home, &["dispose", "--execute", "--today", &due]);

    assert!(json_lines(&ok(&home, &["ls", "--json"])).is_empty());
    let store = home.join("store");
    for d in &docs {
        let id = d["id"].as_str().unwrap();
        for folder in ["keys", "objects", "labels"] {
            assert!(!store.join(folder).join(id).exists(), "{folder}/{id} left");
        }
        let steps: Vec<String> = json_lines(&ok(&home, &["audit", "ls"]))
            .into_iter()
            .filter(|r| r["record"]["document_id"] == id)
            .map(|r| r["record"]["step"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(steps, ["intent", "completed"], "{id}");
    }
    let audit = casevault(&home).args(["audit", "verify"]).output().unwrap();
    assert!(
        audit.status.success(),
        "audit verify: {}{}",
        String::from_utf8_lossy(&audit.stdout),
        String::from_utf8_lossy(&audit.stderr)
    );
    let out = casevault(&home).arg("verify").output().unwrap();
    assert!(
        out.status.success(),
        "verify: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    // The store holds the whole chain: each record sealed there, the last one anchored.
    let mirrored = std::fs::read_dir(store.join("audit")).unwrap().count();
    assert_eq!(mirrored, 4, "destruction records in the store");
    // The destructions are not done again.
    ok(&home, &["dispose", "--execute", "--today", &due]);
    assert_eq!(json_lines(&ok(&home, &["audit", "ls"])).len(), 4);
}

macro_rules! destruction_tests {
    ($($name:ident => $point:literal),* $(,)?) => {$(
        #[test]
        fn $name() {
            destruction_interrupted_at($point);
        }
    )*};
}

destruction_tests! {
    destruction_killed_after_its_intent => "destroy-after-intent",
    destruction_killed_after_its_anchor => "destroy-after-anchor",
    destruction_killed_after_the_envelope_is_deleted => "destroy-after-envelope-delete",
    destruction_killed_after_the_object_is_deleted => "destroy-after-object-delete",
    destruction_killed_before_its_completion => "destroy-before-completion",
    // The second (last) one: no later destruction in the same run anchors it.
    destruction_killed_after_its_completion => "destroy-after-completion@2",
}

/// 120 documents (texts routed by their words, texts nobody can route, scans that need OCR,
/// the same bytes twice for one case and once for another, an empty file), and runs killed at
/// 20 random moments; then one run to the end. The seed is printed, so a failure can be replayed
/// with `CASEVAULT_KILL_SEED`.
#[test]
fn twenty_random_kills_over_120_documents_lose_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    ok(
        &home,
        &[
            "import-cases",
            repo().join("test-data/cases.csv").to_str().unwrap(),
        ],
    );
    let mut inbox = Inbox::new(tmp.path().join("inbox"));
    let cases = [
        ("Hughes v Patel", "LS24P01234"),
        ("Smith v Brown", "BM25P00012"),
        ("Re Evans", "MK23C00456"),
        ("Re Taylor", "NW24C00333"),
    ];
    let mut n = 0;
    for i in 0..90 {
        let (name, number) = cases[i % cases.len()];
        inbox.put(
            &format!("{name} - {number} - Police disclosure {i}.txt"),
            &police_text(i),
            "stored",
        );
        n += 1;
    }
    for i in 0..15 {
        inbox.put(
            &format!("Hughes v Patel - LS24P01234 - Message {i}.txt"),
            &stray_note(i),
            "needs-review",
        );
        n += 1;
    }
    for (i, scan) in [
        "Hughes v Patel - LS24P01234 - Position statement.png",
        "police_disclosure.png",
        "scan_0001.jpg",
        "scan_0005.png",
        "scan_0006.png",
        "scan_0010.png",
    ]
    .iter()
    .enumerate()
    {
        let bytes = std::fs::read(repo().join("test-data/scans").join(scan)).unwrap();
        let path = inbox.dir.join(format!("{i:02} {scan}"));
        std::fs::write(&path, &bytes).unwrap();
        arrived_long_ago(&path);
        n += 1;
    }
    // The same text again under another name, for the same case: filed once.
    let again = inbox
        .dir
        .join("Hughes v Patel - LS24P01234 - Police disclosure copy.txt");
    std::fs::write(&again, police_text(0)).unwrap();
    arrived_long_ago(&again);
    // And for another case: filed for that case too.
    let other = inbox
        .dir
        .join("Smith v Brown - BM25P00012 - Police disclosure 0.txt");
    std::fs::write(&other, police_text(0)).unwrap();
    arrived_long_ago(&other);
    inbox.put("blank scan.png", b"", "empty");
    n += 3;
    while n < 120 {
        inbox.put(
            &format!("Re Evans - MK23C00456 - Police disclosure {n}.txt"),
            &police_text(n),
            "stored",
        );
        n += 1;
    }
    let mut inputs = std::fs::read_dir(&inbox.dir).unwrap().count();
    assert!(inputs >= 120, "{inputs}");

    // Twenty kills can land twice on the same file while it is read: with the default crash
    // limit it would be quarantined as `crashed` (tested above); here every file is to be
    // filed or quarantined on its merits.
    let config = tmp.path().join("casevault.toml");
    let base = std::fs::read_to_string(repo().join("config/casevault.toml")).unwrap();
    assert!(base.contains("crash_limit = 2"));
    std::fs::write(
        &config,
        base.replace("crash_limit = 2", "crash_limit = 1000")
            .replace(
                "schedules_dir = \"retention\"",
                &format!(
                    "schedules_dir = \"{}\"",
                    repo().join("config/retention").display()
                ),
            ),
    )
    .unwrap();
    let seed: u64 = std::env::var("CASEVAULT_KILL_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos() as u64
        });
    eprintln!("CASEVAULT_KILL_SEED={seed}");
    let mut state = seed | 1;
    let mut next = move || {
        // xorshift64*: enough to spread kills; reproducible from the seed.
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        state.wrapping_mul(0x2545_F491_4F6C_DD1D)
    };
    let mut kills = 0;
    let mut runs = 0;
    while kills < 20 {
        runs += 1;
        assert!(runs < 60, "only {kills} kills landed in {runs} runs");
        // A quick machine files text documents faster than the kills come (each kill waits
        // for 1 to 3 files to leave, then up to 100 ms): a CI run drained the 120 after 18
        // kills. The corpus is topped up instead, so that twenty kills always land mid-filing
        // whatever the machine's speed; every document added is checked like the rest.
        if std::fs::read_dir(&inbox.dir).unwrap().count() < 10 {
            for _ in 0..20 {
                inbox.put(
                    &format!("Re Evans - MK23C00456 - Police disclosure {n}.txt"),
                    &police_text(n),
                    "stored",
                );
                n += 1;
                inputs += 1;
            }
        }
        let mut child = casevault(&home)
            .env("CASEVAULT_CONFIG", &config)
            .args(["run", "scanning-station", "--once", "--inbox", inbox.path()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Kill once the run has taken 1 to 3 more files out of the inbox, a random 0-100 ms
        // after that: mid-filing, with documents at every step, not in the start-up or OCR
        // alone.
        let before = std::fs::read_dir(&inbox.dir).unwrap().count();
        let take = 1 + (next() % 3) as usize;
        let extra = Duration::from_millis(next() % 100);
        let deadline = Instant::now() + Duration::from_secs(120);
        let mut finished = false;
        loop {
            if child.try_wait().unwrap().is_some() {
                finished = true;
                break;
            }
            let now_left = std::fs::read_dir(&inbox.dir).unwrap().count();
            if before - now_left.min(before) >= take {
                break;
            }
            assert!(
                Instant::now() < deadline,
                "the run took nothing in 2 minutes"
            );
            std::thread::sleep(Duration::from_millis(5));
        }
        let start = Instant::now();
        while !finished && start.elapsed() < extra {
            if child.try_wait().unwrap().is_some() {
                finished = true;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        if finished {
            // The run ended before the kill (the inbox drained): topped up above, run again.
            continue;
        }
        assert!(Command::new("kill")
            .args(["-KILL", &child.id().to_string()])
            .status()
            .unwrap()
            .success());
        let status = child.wait().unwrap();
        if status.signal() == Some(libc::SIGKILL) {
            kills += 1;
        }
    }
    let left = std::fs::read_dir(&inbox.dir).unwrap().count();
    eprintln!("{kills} kills in {runs} runs; {left} of {inputs} files left for the last run");
    assert!(left > 0, "the kills came too late to test anything");
    assert!(
        left < inputs - 20,
        "the killed runs filed too little to test anything"
    );
    let out = casevault(&home)
        .env("CASEVAULT_CONFIG", &config)
        .args(["run", "scanning-station", "--once", "--inbox", inbox.path()])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "the last run: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    consistent(&home, &inbox);
    // The copy for the same case was not stored again; the one for another case was.
    let cat = support::catalog::open_home(&home);
    let first = sha(&police_text(0));
    let mut cases_of_first: Vec<String> = cat
        .all_documents()
        .unwrap()
        .into_iter()
        .filter(|d| d.sha256 == first)
        .map(|d| d.case_number)
        .collect();
    cases_of_first.sort();
    assert_eq!(cases_of_first, ["BM25P00012", "LS24P01234"]);
    // Every input is accounted for, filed or quarantined, but the one same-case copy.
    let seen = cat.all_documents().unwrap().len() + cat.quarantine().unwrap().len();
    assert_eq!(seen, inputs - 1, "documents and quarantine entries");
}
