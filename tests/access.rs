//! People and access (issue 13, points 1 to 4 and 8), through the real binary: every role
//! against every operation on its own case, another case and a shielded case, as a matrix
//! written out here (the README's table, not the library's: a change to either shows); an
//! unknown, disabled or not-allowed user refused by every command; a shielded case that does
//! not exist for anyone off its list, by any listing or id, with each attempt in its contact
//! log; and every read recorded with who and why.

mod support;

use std::path::{Path, PathBuf};
use std::process::Output;

use support::cli::{arrived_long_ago, as_user, casevault, json_lines, ok, repo, TEST_USER};

/// A case the practitioner is allocated to and the business services officer filed into.
const OWN: &str = "LS24P01234";
/// A case nobody of the roles under test is allocated to; filed by the tester.
const OTHER: &str = "MK23C00456";
/// Shielded in the sample case list; filed by the tester; nobody under test on its list.
const SHIELDED: &str = "DR25P00077";

/// A police disclosure (routed to police-information by its sender and words).
const NOTE: &str = "West Yorkshire Police\nDisclosure to the family court, reference 7\n\n\
    A search of the Police National Computer found 1 record for the household (telephone).\n\
    Officers attended the address on 2 occasions; no further police action.\n";

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// What a command did, as the person at the terminal sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Seen {
    /// It ran (for `catalog rebuild` on a full catalog: it got past the check and refused for
    /// its own reason).
    Allowed,
    /// Refused for the user's roles.
    Refused,
    /// Told the case or document does not exist.
    Missing,
}

fn seen(out: &Output) -> Seen {
    let err = text(&out.stderr);
    if out.status.success() {
        return Seen::Allowed;
    }
    if err.contains(" may not ") {
        return Seen::Refused;
    }
    if err.contains("is not in the case list") || err.contains("no document with id") {
        return Seen::Missing;
    }
    if err.contains("a rebuild only fills an empty catalog") {
        return Seen::Allowed;
    }
    panic!(
        "neither done, refused nor missing: {}\n{err}",
        text(&out.stdout)
    );
}

fn put(inbox: &Path, case_name: &str, case: &str, doc: &str) {
    let p = inbox.join(format!("{case_name} - {case} - {doc}.txt"));
    std::fs::write(&p, NOTE.replace("telephone", &format!("telephone ({doc})"))).unwrap();
    arrived_long_ago(&p);
}

/// Files the inbox as `user`; the ids of what was stored.
fn file_as(home: &Path, user: &str, inbox: &Path) -> Vec<String> {
    let out = as_user(
        home,
        user,
        &[
            "run",
            "scanning-station",
            "--once",
            "--json",
            "--inbox",
            inbox.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let rows = json_lines(&text(&out.stdout));
    assert!(rows.iter().all(|r| r["outcome"] == "stored"), "{rows:#?}");
    rows.iter()
        .map(|r| r["doc_id"].as_str().unwrap().to_string())
        .collect()
}

struct Setup {
    _tmp: tempfile::TempDir,
    tmp: PathBuf,
    home: PathBuf,
    own_doc: String,
    other_doc: String,
    shielded_doc: String,
}

const ROLES: [&str; 5] = [
    "business-services",
    "practitioner",
    "service-manager",
    "records-manager",
    "administrator",
];

/// A home with one user per role (named after the role), the practitioner allocated to OWN,
/// and one document in each of OWN (filed by the business services officer), OTHER and
/// SHIELDED (filed by the tester).
fn setup() -> Setup {
    let tmp_dir = tempfile::tempdir().unwrap();
    let tmp = tmp_dir.path().to_path_buf();
    let home = tmp.join("home");
    ok(
        &home,
        &[
            "import-cases",
            repo().join("test-data/cases.csv").to_str().unwrap(),
        ],
    );
    ok(&home, &["users", "allow-env-user", "on"]);
    for r in ROLES {
        ok(&home, &["users", "add", r, "--role", r]);
    }
    ok(&home, &["case", "allocate", OWN, "practitioner"]);

    let bso_inbox = tmp.join("bso-inbox");
    std::fs::create_dir_all(&bso_inbox).unwrap();
    put(&bso_inbox, "Hughes v Patel", OWN, "Police disclosure");
    let own_doc = file_as(&home, "business-services", &bso_inbox).remove(0);

    let inbox = tmp.join("inbox");
    std::fs::create_dir_all(&inbox).unwrap();
    put(&inbox, "Re Evans", OTHER, "Police disclosure");
    let other_doc = file_as(&home, TEST_USER, &inbox).remove(0);
    put(&inbox, "Hart v Quinn", SHIELDED, "Police disclosure");
    let shielded_doc = file_as(&home, TEST_USER, &inbox).remove(0);
    Setup {
        _tmp: tmp_dir,
        tmp,
        home,
        own_doc,
        other_doc,
        shielded_doc,
    }
}

/// Operations on no one case: (what, argv). Each changes nothing lasting or undoes itself.
fn global_ops(s: &Setup) -> Vec<(&'static str, Vec<String>)> {
    let empty = s.tmp.join("empty-inbox");
    std::fs::create_dir_all(&empty).unwrap();
    let v = |a: &[&str]| a.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    vec![
        (
            "intake",
            v(&[
                "run",
                "scanning-station",
                "--once",
                "--inbox",
                empty.to_str().unwrap(),
            ]),
        ),
        ("review queue", v(&["quarantine", "ls"])),
        (
            "import cases",
            v(&[
                "import-cases",
                repo().join("test-data/cases.csv").to_str().unwrap(),
            ]),
        ),
        ("holds", v(&["hold", "ls"])),
        ("dispose", v(&["dispose"])),
        ("audit", v(&["audit", "ls"])),
        ("verify", v(&["verify"])),
        ("keys", v(&["keys", "ls"])),
        ("list users", v(&["users", "ls"])),
        ("manage users", v(&["users", "enable", "practitioner"])),
        ("rebuild", v(&["catalog", "rebuild"])),
        ("reindex", v(&["catalog", "reindex"])),
        ("case people", v(&["case", "people", OTHER])),
    ]
}

/// The README's table for operations on no one case: who may.
fn may_global(role: &str, what: &str) -> bool {
    let table: &[(&str, &[&str])] = &[
        ("intake", &["business-services"]),
        ("review queue", &["business-services"]),
        ("import cases", &["service-manager"]),
        ("holds", &["records-manager"]),
        ("dispose", &["records-manager"]),
        ("audit", &["records-manager", "administrator"]),
        ("verify", &["records-manager", "administrator"]),
        ("keys", &["administrator"]),
        ("list users", &["service-manager", "administrator"]),
        ("manage users", &["administrator"]),
        ("rebuild", &["administrator"]),
        ("reindex", &["administrator"]),
        ("case people", &["service-manager"]),
    ];
    table
        .iter()
        .find(|(w, _)| *w == what)
        .unwrap_or_else(|| panic!("{what} is not in the table"))
        .1
        .contains(&role)
}

/// Operations on one case or document.
fn case_ops(s: &Setup, case: &str, doc: &str) -> Vec<(&'static str, Vec<String>)> {
    let out = |n: &str| {
        s.tmp
            .join(format!("{n}-{case}-{}", rand_suffix()))
            .to_str()
            .unwrap()
            .to_string()
    };
    let v = |a: &[&str]| a.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    vec![
        ("list", v(&["ls", "--case", case])),
        ("read", v(&["get", doc, "-o", &out("get.pdf")])),
        ("log", v(&["log", "--case", case])),
        ("explain", v(&["retention", "explain", doc])),
        (
            "export sar",
            v(&["export", "sar", "--case", case, "--out", &out("sar.pdf")]),
        ),
        (
            "export review",
            v(&[
                "export",
                "review",
                "--case",
                case,
                "--passphrase-env",
                "REVIEW_PASSPHRASE",
                "--out",
                &out("review.tar.age"),
            ]),
        ),
        (
            "hold",
            v(&["hold", "set", "--case", case, "--reason", "matrix test"]),
        ),
    ]
}

fn rand_suffix() -> String {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static N: AtomicUsize = AtomicUsize::new(0);
    N.fetch_add(1, Ordering::Relaxed).to_string()
}

/// The README's table for one case: what a role sees on its own case (allocated, or for
/// business services the document it filed), on another case, and on a shielded case it is not
/// on the list of.
fn expect_case(role: &str, what: &str, which: &str) -> Seen {
    use Seen::*;
    if which == "shielded" {
        // The case does not exist for them, whatever their role; a role refused the operation
        // everywhere (holds are the records manager's) is refused before any case is looked at,
        // which says nothing about the case either.
        if what == "hold" && role != "records-manager" {
            return Refused;
        }
        return Missing;
    }
    let own = which == "own";
    let allowed = match (role, what) {
        ("business-services", "list" | "read" | "explain") => own,
        ("practitioner", "list" | "read" | "log" | "explain") => own,
        ("service-manager", "list" | "read" | "log" | "explain") => true,
        ("records-manager", "list" | "log" | "explain" | "export sar" | "export review") => true,
        ("records-manager", "hold") => true,
        _ => false,
    };
    if allowed {
        Allowed
    } else {
        Refused
    }
}

#[test]
fn the_role_table_holds_for_every_role_operation_and_case() {
    let s = setup();
    let mut wrong = Vec::new();
    for role in ROLES {
        for (what, args) in global_ops(&s) {
            let args: Vec<&str> = args.iter().map(|a| a.as_str()).collect();
            let got = seen(&as_user(&s.home, role, &args));
            let want = if may_global(role, what) {
                Seen::Allowed
            } else {
                Seen::Refused
            };
            if got != want {
                wrong.push(format!("{role} / {what}: {got:?}, expected {want:?}"));
            }
        }
        for (which, case, doc) in [
            ("own", OWN, &s.own_doc),
            ("other", OTHER, &s.other_doc),
            ("shielded", SHIELDED, &s.shielded_doc),
        ] {
            for (what, args) in case_ops(&s, case, doc) {
                let args: Vec<&str> = args.iter().map(|a| a.as_str()).collect();
                let out = casevault(&s.home)
                    .env("CASEVAULT_USER", role)
                    .env("REVIEW_PASSPHRASE", "a long enough passphrase")
                    .args(&args)
                    .output()
                    .unwrap();
                let got = seen(&out);
                let want = expect_case(role, what, which);
                if got != want {
                    wrong.push(format!(
                        "{role} / {what} on the {which} case: {got:?}, expected {want:?} ({})",
                        text(&out.stderr).trim()
                    ));
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "{} cell(s) wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[test]
fn every_command_refuses_an_unknown_a_disabled_or_a_not_allowed_user() {
    let s = setup();
    let doc = s.own_doc.clone();
    let out = s.tmp.join("x.pdf");
    let commands: Vec<Vec<&str>> = vec![
        vec!["run", "scanning-station", "--once"],
        vec![
            "import-tree",
            "test-data/g-drive/tree",
            "--map",
            "pipelines/g-drive-mapping.toml",
        ],
        vec!["import-cases", "test-data/cases.csv"],
        vec!["ls"],
        vec!["get", &doc, "-o", out.to_str().unwrap()],
        vec!["quarantine", "ls"],
        vec!["retention", "explain", &doc],
        vec!["case", "close", OWN, "--on", "2026-01-01"],
        vec!["hold", "ls"],
        vec!["dispose"],
        vec!["audit", "verify"],
        vec!["keys", "ls"],
        vec!["catalog", "rebuild"],
        vec!["verify"],
        vec!["log"],
        vec!["users", "ls"],
        vec!["users", "whoami"],
        vec![
            "export",
            "sar",
            "--case",
            OWN,
            "--out",
            out.to_str().unwrap(),
        ],
    ];
    ok(&s.home, &["users", "disable", "practitioner"]);
    let reads_before = json_lines(&ok(&s.home, &["log", "--json"])).len();
    for args in &commands {
        let unknown = as_user(&s.home, "nobody", args);
        assert!(
            !unknown.status.success(),
            "{args:?} ran for an unknown user"
        );
        assert!(
            text(&unknown.stderr).contains("nobody is not a casevault user"),
            "{args:?}: {}",
            text(&unknown.stderr)
        );
        let disabled = as_user(&s.home, "practitioner", args);
        assert!(
            !disabled.status.success(),
            "{args:?} ran for a disabled user"
        );
        assert!(
            text(&disabled.stderr).contains("the casevault user practitioner is disabled"),
            "{args:?}: {}",
            text(&disabled.stderr)
        );
    }
    // Nothing was read or written for them: the contact log did not move.
    assert_eq!(
        json_lines(&ok(&s.home, &["log", "--json"])).len(),
        reads_before
    );
    assert!(!out.exists());

    // Turned off, CASEVAULT_USER is refused even for a real user.
    ok(&s.home, &["users", "allow-env-user", "off"]);
    let o = as_user(&s.home, "service-manager", &["ls"]);
    assert!(!o.status.success());
    assert!(
        text(&o.stderr).contains("an administrator has not allowed it"),
        "{}",
        text(&o.stderr)
    );

    // A home with users, run by a login that maps to none of them.
    let o = casevault(&s.home)
        .env("SUDO_UID", "1000")
        .env("SUDO_USER", "someone-else")
        .arg("ls")
        .output()
        .unwrap();
    assert!(!o.status.success());
    assert!(
        text(&o.stderr).contains("the login someone-else is not a casevault user"),
        "{}",
        text(&o.stderr)
    );
}

#[test]
fn a_new_home_has_no_users_until_an_administrator_makes_the_first() {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    let bare = |args: &[&str]| {
        casevault(&home)
            .env_remove("CASEVAULT_FIRST_USER")
            .args(args)
            .output()
            .unwrap()
    };
    for args in [
        vec!["ls"],
        vec!["import-cases", "test-data/cases.csv"],
        vec!["run", "scanning-station", "--once"],
        vec!["users", "ls"],
    ] {
        let o = bare(&args);
        assert!(!o.status.success(), "{args:?}");
        assert!(
            text(&o.stderr).contains("casevault has no users yet"),
            "{args:?}: {}",
            text(&o.stderr)
        );
    }
    // Nothing was made to say so.
    assert!(!home.join("catalog.sqlite").exists());
    // The first user must be an administrator.
    let o = bare(&["users", "add", "amy", "--role", "practitioner"]);
    assert!(!o.status.success());
    assert!(
        text(&o.stderr).contains("administrator"),
        "{}",
        text(&o.stderr)
    );
    // The administrator makes themselves, mapped to this login, and can then act.
    let o = bare(&["users", "add", "ada", "--role", "administrator"]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let who = bare(&["users", "whoami"]);
    assert_eq!(text(&who.stdout).trim(), "ada (administrator)");
    // An administrator reads no case content by that role alone, and runs no intake.
    let o = bare(&["import-cases", "test-data/cases.csv"]);
    assert!(text(&o.stderr).contains("ada (administrator) may not import the case list"));
    // The first-user variable is ignored once there are users.
    let o = casevault(&home)
        .env("CASEVAULT_FIRST_USER", "eve:administrator")
        .args(["users", "whoami"])
        .output()
        .unwrap();
    assert_eq!(text(&o.stdout).trim(), "ada (administrator)");
    let users = json_lines(&text(&bare(&["users", "ls", "--json"]).stdout));
    assert_eq!(users.len(), 1, "{users:#?}");
}

#[test]
fn a_shielded_case_does_not_exist_for_anyone_off_its_list_and_every_attempt_is_logged() {
    let s = setup();
    // The practitioner is allocated to the shielded case too, by a service manager on its list
    // (for one off it, the case is not there to allocate): allocation alone opens nothing.
    ok(&s.home, &["case", "grant", SHIELDED, TEST_USER]);
    ok(&s.home, &["case", "allocate", SHIELDED, "practitioner"]);
    let made_up = "ZZ99Z99999";
    for user in ["practitioner", "service-manager", "records-manager"] {
        // Every listing leaves it out.
        let all = json_lines(&text(&as_user(&s.home, user, &["ls", "--json"]).stdout));
        assert!(
            all.iter().all(|d| d["case_number"] != SHIELDED),
            "{user} sees it in ls: {all:#?}"
        );
        let log = text(&as_user(&s.home, user, &["log", "--json"]).stdout);
        assert!(!log.contains(SHIELDED), "{user} sees it in the log");
        // By case number: exactly what a case that does not exist gives.
        for args in [
            vec!["ls", "--case", "CASE"],
            vec!["log", "--case", "CASE"],
            vec![
                "hold",
                "extend",
                "--case",
                "CASE",
                "--until",
                "2099-01-01",
                "--reason",
                "r",
            ],
        ] {
            let with =
                |c: &str| -> Vec<String> { args.iter().map(|a| a.replace("CASE", c)).collect() };
            let real: Vec<String> = with(SHIELDED);
            let fake: Vec<String> = with(made_up);
            let real = as_user(
                &s.home,
                user,
                &real.iter().map(|a| a.as_str()).collect::<Vec<_>>(),
            );
            let fake = as_user(
                &s.home,
                user,
                &fake.iter().map(|a| a.as_str()).collect::<Vec<_>>(),
            );
            assert!(!real.status.success());
            assert_eq!(
                text(&real.stderr).replace(SHIELDED, "X"),
                text(&fake.stderr).replace(made_up, "X"),
                "{user} {args:?}"
            );
        }
        // By document id or prefix: what an id that does not exist gives.
        let o = s.tmp.join("out.pdf");
        for id in [s.shielded_doc.as_str(), &s.shielded_doc[..8]] {
            let real = as_user(&s.home, user, &["get", id, "-o", o.to_str().unwrap()]);
            let fake = as_user(
                &s.home,
                user,
                &["get", "0123456789abcdef", "-o", o.to_str().unwrap()],
            );
            assert_eq!(
                text(&real.stderr).replace(id, "X"),
                text(&fake.stderr).replace("0123456789abcdef", "X"),
                "{user} get {id}"
            );
            let real = as_user(&s.home, user, &["retention", "explain", id]);
            assert!(text(&real.stderr).contains(&format!("no document with id {id}")));
        }
        assert!(!o.exists());
    }
    // The records manager's lists count its hold without saying which case.
    ok(
        &s.home,
        &[
            "hold",
            "set",
            "--case",
            SHIELDED,
            "--reason",
            "police inquiry",
        ],
    );
    let holds = text(&as_user(&s.home, "records-manager", &["hold", "ls"]).stdout);
    assert!(holds.contains("(shielded case)"), "{holds}");
    assert!(
        !holds.contains(SHIELDED) && !holds.contains("police inquiry"),
        "{holds}"
    );

    // The service manager names the practitioner: now the case is there for them.
    let o = as_user(
        &s.home,
        "service-manager",
        &["case", "grant", SHIELDED, "practitioner"],
    );
    assert!(o.status.success(), "{}", text(&o.stderr));
    let o = s.tmp.join("read.pdf");
    let got = as_user(
        &s.home,
        "practitioner",
        &[
            "get",
            &s.shielded_doc,
            "-o",
            o.to_str().unwrap(),
            "--reason",
            "home visit",
        ],
    );
    assert!(got.status.success(), "{}", text(&got.stderr));
    assert!(std::fs::read(&o).unwrap().starts_with(b"%PDF"));
    let listed = json_lines(&text(
        &as_user(&s.home, "practitioner", &["ls", "--json"]).stdout,
    ));
    assert!(listed.iter().any(|d| d["case_number"] == SHIELDED));
    // Still nobody else.
    let other = as_user(&s.home, "service-manager", &["ls", "--case", SHIELDED]);
    assert!(!other.status.success());

    // The case's contact log holds every attempt with its user: the refusals of each user above,
    // the practitioner's allowed read with the reason, and the grant with who made it.
    let log = json_lines(&text(
        &as_user(
            &s.home,
            "practitioner",
            &["log", "--case", SHIELDED, "--json"],
        )
        .stdout,
    ));
    let by = |user: &str, action: &str| {
        log.iter()
            .filter(|e| e["user"] == user && e["action"] == action)
            .count()
    };
    for user in ["practitioner", "service-manager", "records-manager"] {
        assert!(by(user, "access refused") >= 5, "{user}: {log:#?}");
    }
    assert!(by("practitioner", "shielded access") >= 1, "{log:#?}");
    assert!(
        log.iter().any(|e| e["user"] == "practitioner"
            && e["action"] == "read"
            && e["detail"].as_str().unwrap().contains("home visit")),
        "{log:#?}"
    );
    assert!(
        log.iter()
            .any(|e| e["user"] == "service-manager" && e["action"] == "shield access granted"),
        "{log:#?}"
    );
}

#[test]
fn every_read_is_recorded_with_who_when_and_why_and_log_filters_by_user() {
    let s = setup();
    let o = s.tmp.join("a.pdf");
    let got = as_user(
        &s.home,
        "practitioner",
        &[
            "get",
            &s.own_doc,
            "-o",
            o.to_str().unwrap(),
            "--reason",
            "court report",
        ],
    );
    assert!(got.status.success(), "{}", text(&got.stderr));
    let o2 = s.tmp.join("b.pdf");
    ok(&s.home, &["get", &s.other_doc, "-o", o2.to_str().unwrap()]);

    let mine = json_lines(&text(
        &as_user(
            &s.home,
            "service-manager",
            &["log", "--user", "practitioner", "--json"],
        )
        .stdout,
    ));
    let reads: Vec<_> = mine.iter().filter(|e| e["action"] == "read").collect();
    assert_eq!(reads.len(), 1, "{mine:#?}");
    assert_eq!(reads[0]["document_id"], s.own_doc.as_str());
    assert_eq!(reads[0]["case_number"], OWN);
    assert!(reads[0]["detail"]
        .as_str()
        .unwrap()
        .contains("court report"));
    assert!(reads[0]["at"].as_str().unwrap().starts_with("20"));
    assert!(
        mine.iter().all(|e| e["user"] == "practitioner"),
        "{mine:#?}"
    );

    let tester = json_lines(&ok(&s.home, &["log", "--user", TEST_USER, "--json"]));
    assert!(tester.iter().any(|e| e["action"] == "read"
        && e["document_id"] == s.other_doc.as_str()
        && e["detail"].as_str().unwrap().contains("no reason given")));
    // What the business services officer filed is theirs in the log; the tester's is not.
    let filed = json_lines(&ok(&s.home, &["log", "--case", OWN, "--json"]));
    assert!(filed
        .iter()
        .any(|e| e["action"] == "received" && e["user"] == "business-services"));
    // The practitioner sees only their case's log.
    let theirs = json_lines(&text(
        &as_user(&s.home, "practitioner", &["log", "--json"]).stdout,
    ));
    assert!(!theirs.is_empty());
    assert!(
        theirs.iter().all(|e| e["case_number"] == OWN),
        "{theirs:#?}"
    );
}

#[test]
fn people_survive_a_catalog_rebuild() {
    let s = setup();
    std::fs::remove_file(s.home.join("catalog.sqlite")).unwrap();
    for suffix in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(s.home.join(format!("catalog.sqlite{suffix}")));
    }
    ok(&s.home, &["catalog", "rebuild"]);
    let users = json_lines(&ok(&s.home, &["users", "ls", "--json"]));
    let names: Vec<&str> = users.iter().map(|u| u["name"].as_str().unwrap()).collect();
    for r in ROLES {
        assert!(names.contains(&r), "{names:?}");
    }
    // The allocation came back with them: the practitioner reads their case again.
    let o = s.tmp.join("again.pdf");
    let got = as_user(
        &s.home,
        "practitioner",
        &["get", &s.own_doc, "-o", o.to_str().unwrap()],
    );
    assert!(got.status.success(), "{}", text(&got.stderr));
}
