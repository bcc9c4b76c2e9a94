//! The same intake, retention and destruction on both catalog engines: one home on the embedded
//! SQLite catalog, one on a PostgreSQL catalog (a real server started here), fed the same
//! e-mails, legacy drive and scans through the real binary. What each files, quarantines,
//! lists, destroys and records must be the same; the PostgreSQL catalog is then rebuilt from the
//! store alone into a second, empty database, as `catalog rebuild` does for a lost SQLite file.

mod support;

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::Value;
use support::cli::{arrived_long_ago, casevault, copy_dir, json_lines, repo};
use support::postgres;

/// Runs a command on `home` (and on `catalog_url`, when given) and returns its standard output
/// and standard error; a failure fails the test with what it said.
fn exec(home: &Path, catalog_url: Option<&str>, args: &[&str]) -> (String, String) {
    let mut c = casevault(home);
    match catalog_url {
        Some(u) => c.env("CASEVAULT_CATALOG_URL", u),
        None => c.env_remove("CASEVAULT_CATALOG_URL"),
    };
    let out = c.args(args).output().expect("run casevault");
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(
        out.status.success(),
        "casevault {args:?} on {}: {}\n{stderr}",
        if catalog_url.is_some() {
            "PostgreSQL"
        } else {
            "SQLite"
        },
        out.status,
    );
    (String::from_utf8_lossy(&out.stdout).to_string(), stderr)
}

/// Standard output only (JSON lines).
fn run(home: &Path, catalog_url: Option<&str>, args: &[&str]) -> String {
    exec(home, catalog_url, args).0
}

/// Everything the command said (summaries go to standard error).
fn said(home: &Path, catalog_url: Option<&str>, args: &[&str]) -> String {
    let (out, err) = exec(home, catalog_url, args);
    out + &err
}

/// What a home's catalog says, without what differs by nature between two runs: ids and times,
/// and what depends on the order in which concurrent stages finish. A message that arrives both
/// on its own and forwarded inside another is filed once whatever the order, but which copy is
/// filed (and so the name its document takes, and which copy is the recorded duplicate) follows
/// the order, and a slower catalog changes the order: names and duplicate entries are compared
/// as counts, folders, cases and retention dates exactly.
#[derive(Debug, PartialEq)]
struct Outcome {
    /// Stored documents: (case, folder, retention) in order.
    documents: Vec<(String, String, String)>,
    /// Quarantined files: (original name, reason).
    quarantined: Vec<(String, String)>,
    /// Contact-log entries by action.
    actions: BTreeMap<String, usize>,
}

fn field(v: &Value, k: &str) -> String {
    match &v[k] {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

fn outcome(home: &Path, url: Option<&str>) -> Outcome {
    let mut documents: Vec<(String, String, String)> =
        json_lines(&run(home, url, &["ls", "--json"]))
            .iter()
            .map(|d| {
                (
                    field(d, "case_number"),
                    field(d, "folder"),
                    format!(
                        "{}{}{}",
                        field(d, "retention_until"),
                        field(d, "retention_pending"),
                        field(d, "retention_permanent")
                    ),
                )
            })
            .collect();
    documents.sort();
    let mut quarantined: Vec<_> = json_lines(&run(home, url, &["quarantine", "ls", "--json"]))
        .iter()
        .map(|q| (field(q, "original_name"), field(q, "reason")))
        .collect();
    quarantined.sort();
    let mut actions = BTreeMap::new();
    for e in json_lines(&run(home, url, &["log", "--json"])) {
        if field(&e, "action") == "duplicate received" {
            continue;
        }
        *actions.entry(field(&e, "action")).or_insert(0) += 1;
    }
    Outcome {
        documents,
        quarantined,
        actions,
    }
}

/// The personal data a home's catalog shows through casevault: case and children's names from
/// the case list, stored documents' names, quarantined files' names.
fn personal_data(home: &Path, url: Option<&str>) -> Vec<String> {
    let mut out = Vec::new();
    let cases = std::fs::read_to_string(repo().join("test-data/cases.csv")).unwrap();
    for line in cases.lines().skip(1) {
        let cols: Vec<&str> = line.split(',').collect();
        out.push(cols[1].to_string());
        for child in cols[6].split(';').filter(|c| !c.is_empty()) {
            out.push(child.split(':').next().unwrap().to_string());
        }
    }
    for d in json_lines(&run(home, url, &["ls", "--json"])) {
        out.push(field(&d, "name"));
    }
    for q in json_lines(&run(home, url, &["quarantine", "ls", "--json"])) {
        out.push(field(&q, "original_name"));
    }
    out.retain(|s| s.len() >= 6);
    out.sort();
    out.dedup();
    out
}

/// Which of `needles` the PostgreSQL server holds readable: every row of every table of the
/// database, read straight from the server as text, searched for each.
fn readable_on_server(pg: &postgres::PgServer, url: &str, needles: &[String]) -> Vec<String> {
    let database = url.rsplit('/').next().unwrap();
    let tables = pg
        .psql(
            database,
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()",
        )
        .unwrap();
    let mut held = String::new();
    for table in tables.lines() {
        held.push_str(
            &pg.psql(database, &format!("SELECT t::text FROM {table} t"))
                .unwrap(),
        );
        held.push('\n');
    }
    assert!(
        held.len() > 10_000,
        "the catalog holds rows: {}",
        held.len()
    );
    let held = held.to_lowercase();
    needles
        .iter()
        .filter(|n| held.contains(&n.to_lowercase()))
        .cloned()
        .collect()
}

/// Feeds a home the sample e-mails, the legacy drive and three scans.
fn intake(home: &Path, url: Option<&str>) {
    let repo = repo();
    run(home, url, &["import-cases", "test-data/cases.csv"]);
    let mail = home.join("inbox/email");
    copy_dir(&repo.join("test-data/mail"), &mail);
    run(
        home,
        url,
        &[
            "run",
            "email-inbox",
            "--once",
            "--inbox",
            mail.to_str().unwrap(),
        ],
    );
    run(
        home,
        url,
        &[
            "import-tree",
            "test-data/g-drive/tree",
            "--map",
            "pipelines/g-drive-mapping.toml",
        ],
    );
    let scans = home.join("inbox/scans");
    std::fs::create_dir_all(&scans).unwrap();
    for name in [
        "scan_0001.jpg",
        "scan_0004.pdf",
        "police_disclosure.png",
        "empty.png",
    ] {
        let copy = scans.join(name);
        std::fs::copy(repo.join("test-data/scans").join(name), &copy).unwrap();
        arrived_long_ago(&copy);
    }
    run(
        home,
        url,
        &[
            "run",
            "scanning-station",
            "--once",
            "--inbox",
            scans.to_str().unwrap(),
        ],
    );
}

#[test]
fn both_engines_file_quarantine_destroy_and_record_the_same() {
    let pg = postgres::shared();
    let url = pg.fresh_database();
    let lite = tempfile::tempdir().unwrap();
    let big = tempfile::tempdir().unwrap();

    intake(lite.path(), None);
    intake(big.path(), Some(&url));
    let on_sqlite = outcome(lite.path(), None);
    let on_postgres = outcome(big.path(), Some(&url));
    assert!(
        on_sqlite.documents.len() >= 15,
        "the sample files at least 15 documents: {:?}",
        on_sqlite.documents
    );
    assert!(!on_sqlite.quarantined.is_empty());
    assert_eq!(on_sqlite, on_postgres);
    // Issue 16: the server holds none of it readable (sealed field by field under the key
    // ring's catalog key), while casevault reads it all back.
    let personal = personal_data(big.path(), Some(&url));
    assert!(personal.len() >= 20, "{personal:?}");
    assert!(
        personal.iter().any(|p| p == "Amelia Hughes"),
        "{personal:?}"
    );
    assert_eq!(
        readable_on_server(pg, &url, &personal),
        Vec::<String>::new()
    );
    // The PostgreSQL home has no SQLite file: its catalog is the server's.
    assert!(!big.path().join("catalog.sqlite").exists());
    assert!(lite.path().join("catalog.sqlite").exists());

    // Search reads each engine's own text index.
    let hits = |home: &Path, u: Option<&str>| {
        let mut found: Vec<(String, String)> =
            json_lines(&run(home, u, &["search", "police", "--json"]))
                .iter()
                .map(|h| (field(h, "case_number"), field(h, "folder")))
                .collect();
        found.sort();
        found
    };
    let found = hits(lite.path(), None);
    assert!(!found.is_empty(), "the sample has police documents");
    assert_eq!(found, hits(big.path(), Some(&url)));

    // Destruction: the moratorium lifted, everything due long from now is destroyed on both,
    // and both destruction chains verify.
    for (home, u) in [(lite.path(), None), (big.path(), Some(url.as_str()))] {
        run(home, u, &["hold", "lift", "--global"]);
        let report = said(home, u, &["dispose", "--today", "2070-01-01", "--execute"]);
        assert!(report.contains(" destroyed, 0 held"), "{report}");
        let verified = said(home, u, &["audit", "verify"]);
        assert!(verified.contains("destruction record intact"), "{verified}");
    }
    let after_sqlite = outcome(lite.path(), None);
    assert_eq!(after_sqlite, outcome(big.path(), Some(&url)));
    assert!(after_sqlite.documents.len() < on_sqlite.documents.len());
    assert!(after_sqlite.actions.get("destroyed").copied().unwrap_or(0) > 0);

    // The catalog is rebuilt from the store alone into an empty database.
    let rebuilt = pg.fresh_database();
    let rebuild = said(big.path(), Some(&rebuilt), &["catalog", "rebuild"]);
    assert!(rebuild.contains("catalog rebuilt"), "{rebuild}");
    let again = outcome(big.path(), Some(&rebuilt));
    assert_eq!(again.documents, after_sqlite.documents);
    assert_eq!(
        readable_on_server(pg, &rebuilt, &personal),
        Vec::<String>::new(),
        "a rebuilt catalog is sealed too"
    );
    let verified = said(big.path(), Some(&rebuilt), &["audit", "verify"]);
    assert!(verified.contains("destruction record intact"), "{verified}");
}
