//! End to end, every door in besides the scanning station: the e-mail drop folder, the legacy
//! shared drive (`import-tree`), office documents (with and without LibreOffice) and the CMS's
//! JSON case list. Each runs the real binary against the labelled samples in `test-data/`.

mod support;

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use serde::Deserialize;
use support::cli::{assert_no_plaintext, casevault, json_lines, ok, repo, store_files};

fn import_cases(home: &Path, file: &str) -> String {
    ok(home, &["import-cases", repo().join(file).to_str().unwrap()])
}

/// Decrypts a stored document and returns its text (pdftotext), checking it with qpdf.
fn stored_text(home: &Path, doc_id: &str) -> String {
    let out = home.join(format!("{doc_id}.pdf"));
    ok(home, &["get", doc_id, "-o", out.to_str().unwrap()]);
    let q = Command::new("qpdf")
        .arg("--check")
        .arg(&out)
        .output()
        .unwrap();
    assert!(q.status.success(), "qpdf --check failed for {doc_id}");
    let t = Command::new("pdftotext")
        .args([out.to_str().unwrap(), "-"])
        .output()
        .unwrap();
    assert!(t.status.success());
    String::from_utf8_lossy(&t.stdout).into_owned()
}

fn docs(home: &Path) -> Vec<serde_json::Value> {
    json_lines(&ok(home, &["ls", "--json"]))
}

// ------------------------------------------------------------------------------------------
// E-mail drop folder

#[derive(Debug, Deserialize)]
struct MailManifest {
    mail: Vec<Mail>,
}

#[derive(Debug, Deserialize)]
struct Mail {
    file: String,
    outcome: String,
    #[serde(default)]
    error: Option<String>,
    #[serde(default)]
    case_number: Option<String>,
    #[serde(default)]
    from: Option<String>,
    #[serde(default)]
    subject: Option<String>,
    #[serde(default)]
    attachments: Vec<String>,
    #[serde(default)]
    superseded_by: Option<String>,
    #[serde(default)]
    folder: Option<String>,
    /// "true": no readable sender; filed with "(no sender)" and a contact-log note.
    #[serde(default)]
    sender_missing: Option<String>,
}

fn run_email(home: &Path, inbox: &Path) -> Vec<serde_json::Value> {
    let out = casevault(home)
        .args([
            "run",
            "email-inbox",
            "--once",
            "--json",
            "--show-names",
            "--inbox",
            inbox.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    json_lines(&String::from_utf8(out.stdout).unwrap())
}

#[test]
fn email_folder_files_each_message_and_attachment_as_the_manifest_says() {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    let inbox = tmp.path().join("mail");
    import_cases(&home, "test-data/cases.csv");
    support::cli::copy_dir(&repo().join("test-data/mail"), &inbox);
    for e in std::fs::read_dir(&inbox).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_none_or(|x| x != "eml") {
            std::fs::remove_file(p).unwrap();
        }
    }
    let manifest: MailManifest = toml::from_str(
        &std::fs::read_to_string(repo().join("test-data/mail/manifest.toml")).unwrap(),
    )
    .unwrap();
    // A message whose bytes are also forwarded inside another message of the folder is filed
    // once: by whichever of the two is filed first (the order depends on the workers), the
    // other copy being a duplicate of it.
    let eml_bytes: HashMap<String, Vec<u8>> = manifest
        .mail
        .iter()
        .map(|m| (m.file.clone(), std::fs::read(inbox.join(&m.file)).unwrap()))
        .collect();
    let forwarded_elsewhere = |file: &str| {
        let me = &eml_bytes[file];
        !me.is_empty()
            && eml_bytes.iter().any(|(other, bytes)| {
                other != file && bytes.windows(me.len()).any(|w| w == me.as_slice())
            })
    };
    assert!(
        forwarded_elsewhere("police.eml"),
        "the sample forwards police.eml inside forwarded.eml"
    );
    let rows = run_email(&home, &inbox);
    let by_input: HashMap<String, &serde_json::Value> = rows
        .iter()
        .map(|r| (r["input"].as_str().unwrap().to_string(), r))
        .collect();
    let filed = docs(&home);
    let mut doc_of: HashMap<String, String> = HashMap::new();
    for m in &manifest.mail {
        let row = by_input
            .get(&m.file)
            .unwrap_or_else(|| panic!("no report row for {}: {rows:#?}", m.file));
        let want = match (m.outcome.as_str(), &m.superseded_by) {
            ("error", _) => "quarantined",
            (_, Some(_)) => "superseded",
            _ => "stored",
        };
        if want == "stored" && row["outcome"] == "duplicate" {
            assert!(
                forwarded_elsewhere(&m.file),
                "{} is a duplicate but no other message carries its bytes: {row}",
                m.file
            );
            // A duplicate of the document filed from the other copy (the one catalog row with
            // these bytes, for this case), and not stored a second time.
            let sha = sha256_hex(&eml_bytes[&m.file]);
            let same: Vec<&serde_json::Value> = filed
                .iter()
                .filter(|d| d["sha256"] == sha.as_str())
                .collect();
            assert_eq!(
                same.len(),
                1,
                "{}: catalog rows with its bytes: {same:#?}",
                m.file
            );
            assert_eq!(row["doc_id"], same[0]["id"], "{}: {row}", m.file);
            assert_eq!(
                row["case_number"], same[0]["case_number"],
                "{}: {row}",
                m.file
            );
            assert!(
                !filed.iter().any(|d| d["original_name"] == m.file.as_str()),
                "{}: a duplicate has a catalog row of its own",
                m.file
            );
        } else {
            assert_eq!(row["outcome"], want, "{}: {row}", m.file);
        }
        if let Some(kind) = &m.error {
            let reason = if kind == "empty" { "empty" } else { "corrupt" };
            assert_eq!(row["reason"], reason, "{}: {row}", m.file);
            assert!(!row["detail"].as_str().unwrap().is_empty());
        }
        if want == "stored" && row["outcome"] == "stored" {
            if let Some(folder) = &m.folder {
                assert_eq!(row["folder"], folder.as_str(), "{}: {row}", m.file);
            }
            let number = m.case_number.as_deref().unwrap();
            assert!(
                row["name"].as_str().unwrap().contains(number),
                "{}: {row}",
                m.file
            );
        }
        if want == "stored" {
            doc_of.insert(m.file.clone(), row["doc_id"].as_str().unwrap().to_string());
            // Each attachment is its own document (or, the same bytes already filed, linked).
            for a in &m.attachments {
                let key = format!("{} / {a}", m.file);
                let arow = by_input
                    .get(&key)
                    .unwrap_or_else(|| panic!("no row for attachment {key}: {rows:#?}"));
                assert!(
                    arow["outcome"] == "stored" || arow["outcome"] == "duplicate",
                    "{key}: {arow}"
                );
            }
        }
    }
    // Superseded messages point at the latest message of their thread.
    for m in manifest.mail.iter().filter(|m| m.superseded_by.is_some()) {
        let by = m.superseded_by.as_deref().unwrap();
        assert_eq!(
            by_input[&m.file]["doc_id"],
            doc_of[by].as_str(),
            "{}",
            m.file
        );
    }
    let log = ok(&home, &["log"]);
    assert!(log.contains("superseded"), "{log}");
    // An e-mail without a readable sender is filed, shows "(no sender)", and the contact log
    // notes it against that document (and no other).
    let json_log = json_lines(&ok(&home, &["log", "--json"]));
    let noted: Vec<&str> = json_log
        .iter()
        .filter(|e| e["action"] == "note")
        .map(|e| e["document_id"].as_str().unwrap())
        .collect();
    let no_sender: Vec<&Mail> = manifest
        .mail
        .iter()
        .filter(|m| m.sender_missing.as_deref() == Some("true"))
        .collect();
    assert!(
        !no_sender.is_empty(),
        "the sample has e-mails without a sender"
    );
    assert_eq!(noted.len(), no_sender.len(), "{json_log:#?}");
    for m in no_sender {
        let id = doc_of[&m.file].as_str();
        assert!(noted.contains(&id), "{}: no contact-log note", m.file);
        let text = stored_text(&home, id);
        assert!(text.contains("(no sender)"), "{}: {text}", m.file);
    }

    // The catalog links each attachment to its e-mail, both ways.
    let listed = docs(&home);
    let by_id: HashMap<&str, &serde_json::Value> = listed
        .iter()
        .map(|d| (d["id"].as_str().unwrap(), d))
        .collect();
    let police = by_id[doc_of["police.eml"].as_str()];
    let atts = police["attachments"].as_array().unwrap();
    assert_eq!(atts.len(), 1, "{police}");
    let pnc = by_id[atts[0].as_str().unwrap()];
    assert_eq!(pnc["original_name"], "PNC summary.pdf");
    assert_eq!(pnc["folder"], "police-information");
    assert!(pnc["attached_to"]
        .as_array()
        .unwrap()
        .contains(&police["id"]));
    // The forwarded copy of the same attachment is linked, not stored again.
    let pnc_copies = listed
        .iter()
        .filter(|d| d["original_name"] == "PNC summary.pdf")
        .count();
    assert_eq!(pnc_copies, 1);
    // No two stored documents share their bytes.
    let mut shas: Vec<&str> = listed
        .iter()
        .map(|d| d["sha256"].as_str().unwrap())
        .collect();
    let n = shas.len();
    shas.sort();
    shas.dedup();
    assert_eq!(shas.len(), n, "a document was stored twice");

    // The e-mail's PDF shows its transmission data and body; an attachment keeps its text.
    let text = stored_text(&home, police["id"].as_str().unwrap());
    let pm = manifest
        .mail
        .iter()
        .find(|m| m.file == "police.eml")
        .unwrap();
    for want in [
        pm.from.as_deref().unwrap(),
        pm.subject.as_deref().unwrap(),
        "From",
        "Subject",
        "PNC summary.pdf",
    ] {
        assert!(
            text.contains(want),
            "{want:?} not in the e-mail PDF:\n{text}"
        );
    }
    let text = stored_text(&home, pnc["id"].as_str().unwrap());
    assert!(text.contains("PNC summary"), "{text}");
    let w = manifest
        .mail
        .iter()
        .find(|m| m.file == "windows-1252.eml")
        .unwrap();
    let text = stored_text(&home, &doc_of["windows-1252.eml"]);
    assert!(text.contains("£45"), "{text}");
    assert!(text.contains(w.subject.as_deref().unwrap().split(' ').next().unwrap()));

    // Everything was released; a second delivery of the same messages stores nothing.
    let left: Vec<_> = std::fs::read_dir(&inbox).unwrap().collect();
    assert!(left.is_empty(), "originals left in the inbox: {left:?}");
    let before = store_files(&home.join("store")).len();
    support::cli::copy_dir(&repo().join("test-data/mail"), &inbox);
    let again = run_email(&home, &inbox);
    assert!(
        again.iter().all(|r| r["outcome"] != "stored"),
        "stored again: {again:#?}"
    );
    // The second run did look at each message: each one filed before is reported as a
    // duplicate of its document (an empty report would pass the check above).
    for m in &manifest.mail {
        let Some(id) = doc_of.get(&m.file) else {
            continue;
        };
        let row = again
            .iter()
            .find(|r| r["input"] == m.file.as_str())
            .unwrap_or_else(|| panic!("{}: not reported by the second run: {again:#?}", m.file));
        assert_eq!(row["outcome"], "duplicate", "{}: {row}", m.file);
        assert_eq!(row["doc_id"], id.as_str(), "{}: {row}", m.file);
    }
    assert_eq!(store_files(&home.join("store")).len(), before);

    // Nothing readable in the store.
    let mut needles: Vec<String> = manifest
        .mail
        .iter()
        .flat_map(|m| m.from.clone().into_iter().chain(m.case_number.clone()))
        .filter(|n| !n.is_empty())
        .collect();
    needles.extend(["Amelia", "Hughes", "Evans", "PNC summary", "Disclosure"].map(String::from));
    assert_no_plaintext(&home.join("store"), &needles);
}

// ------------------------------------------------------------------------------------------
// Legacy shared drive

#[derive(Debug, Deserialize)]
struct TreeManifest {
    file: Vec<TreeFile>,
}

#[derive(Debug, Deserialize)]
struct TreeFile {
    file: String,
    outcome: String,
    #[serde(default)]
    folder: Option<String>,
    #[serde(default)]
    reason: Option<String>,
    #[serde(default)]
    case: Option<String>,
}

/// Issue 10, point 0: a message that arrives on its own and also forwarded inside another is
/// filed once, and the catalog ends the same whichever comes first: one document for the police
/// e-mail, its attachment linked to it, and the forwarding e-mail linked to both.
#[test]
fn a_message_forwarded_inside_another_is_filed_once_in_either_order() {
    let mut graphs = Vec::new();
    for order in [
        ["police.eml", "forwarded.eml"],
        ["forwarded.eml", "police.eml"],
    ] {
        let tmp = tempfile::tempdir().unwrap();
        let home = tmp.path().join("home");
        import_cases(&home, "test-data/cases.csv");
        let mut outcomes = Vec::new();
        for file in order {
            let inbox = tmp.path().join(format!("inbox-{file}"));
            std::fs::create_dir_all(&inbox).unwrap();
            std::fs::copy(repo().join("test-data/mail").join(file), inbox.join(file)).unwrap();
            let rows = run_email(&home, &inbox);
            let row = rows
                .iter()
                .find(|r| r["input"] == file)
                .unwrap_or_else(|| panic!("no row for {file}: {rows:#?}"));
            outcomes.push((file, row["outcome"].as_str().unwrap().to_string()));
        }
        // The second arrival of the police e-mail's bytes is a duplicate, whichever it is.
        let want = match order[0] {
            "police.eml" => [("police.eml", "stored"), ("forwarded.eml", "stored")],
            _ => [("forwarded.eml", "stored"), ("police.eml", "duplicate")],
        };
        let got: Vec<(&str, &str)> = outcomes.iter().map(|(f, o)| (*f, o.as_str())).collect();
        assert_eq!(got, want, "order {order:?}");
        let listed = docs(&home);
        let mut shas: Vec<&str> = listed
            .iter()
            .map(|d| d["sha256"].as_str().unwrap())
            .collect();
        let n = shas.len();
        shas.sort();
        shas.dedup();
        assert_eq!(
            shas.len(),
            n,
            "order {order:?}: a document was stored twice"
        );
        // The same graph either way: (SHA-256, SHA-256s of its attachments), sorted. (Names
        // may differ: a forwarded copy is named after its attachment.)
        let sha_of: HashMap<&str, &str> = listed
            .iter()
            .map(|d| (d["id"].as_str().unwrap(), d["sha256"].as_str().unwrap()))
            .collect();
        let mut graph: Vec<(String, Vec<String>)> = listed
            .iter()
            .map(|d| {
                let mut atts: Vec<String> = d["attachments"]
                    .as_array()
                    .map(|a| {
                        a.iter()
                            .map(|id| sha_of[id.as_str().unwrap()].to_string())
                            .collect()
                    })
                    .unwrap_or_default();
                atts.sort();
                (d["sha256"].as_str().unwrap().to_string(), atts)
            })
            .collect();
        graph.sort();
        let sha = |b: &[u8]| {
            use sha2::Digest;
            hex::encode(sha2::Sha256::digest(b).as_slice())
        };
        let police_sha = sha(&std::fs::read(repo().join("test-data/mail/police.eml")).unwrap());
        let pnc_sha = listed
            .iter()
            .find(|d| d["original_name"] == "PNC summary.pdf")
            .map(|d| d["sha256"].as_str().unwrap().to_string());
        let police = graph.iter().find(|(s, _)| *s == police_sha);
        assert_eq!(
            police.map(|(_, a)| a.clone()),
            pnc_sha.map(|p| vec![p]),
            "order {order:?}: the police e-mail and its one attachment: {graph:?}"
        );
        graphs.push(graph);
    }
    assert_eq!(
        graphs[0], graphs[1],
        "the catalog depends on the order of arrival"
    );
}

fn tree_manifest() -> Vec<TreeFile> {
    toml::from_str::<TreeManifest>(
        &std::fs::read_to_string(repo().join("test-data/g-drive/manifest.toml")).unwrap(),
    )
    .unwrap()
    .file
}

fn copy_tree(from: &Path, to: &Path) {
    for e in walkdir::WalkDir::new(from) {
        let e = e.unwrap();
        let dst = to.join(e.path().strip_prefix(from).unwrap());
        if e.file_type().is_dir() {
            std::fs::create_dir_all(&dst).unwrap();
        } else {
            std::fs::copy(e.path(), &dst).unwrap();
        }
    }
}

/// Every file of a tree with its bytes' hash: to prove the import never changed the drive.
fn snapshot(root: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    use sha2::Digest;
    walkdir::WalkDir::new(root)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let h = sha2::Sha256::digest(std::fs::read(e.path()).unwrap());
            (e.path().to_path_buf(), h.as_slice().to_vec())
        })
        .collect()
}

fn import_tree(
    home: &Path,
    tree: &Path,
    extra: &[&str],
) -> (std::process::Output, Vec<BTreeMap<String, String>>) {
    let report = home.join(format!("report-{}.csv", extra.join("")));
    let mut args = vec![
        "import-tree",
        tree.to_str().unwrap(),
        "--map",
        "pipelines/g-drive-mapping.toml",
        "--report",
        report.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    let out = casevault(home).args(&args).output().unwrap();
    let rows = if report.exists() {
        read_report(&report)
    } else {
        Vec::new()
    };
    (out, rows)
}

/// The rows of an `import-tree` CSV report, by column name.
fn read_report(report: &Path) -> Vec<BTreeMap<String, String>> {
    csv::Reader::from_path(report)
        .unwrap()
        .deserialize()
        .map(Result::unwrap)
        .collect()
}

fn row<'a>(rows: &'a [BTreeMap<String, String>], path: &str) -> &'a BTreeMap<String, String> {
    rows.iter()
        .find(|r| r["path"] == path)
        .unwrap_or_else(|| panic!("no report row for {path}: {rows:#?}"))
}

#[test]
fn g_drive_dry_run_then_import_then_rerun_matches_the_manifest() {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    let tree = tmp.path().join("G");
    copy_tree(&repo().join("test-data/g-drive/tree"), &tree);
    // What a real drive has too: a link to nowhere and a pipe. Reported; the walk goes on.
    std::os::unix::fs::symlink(tmp.path().join("gone"), tree.join("Jones/shortcut.pdf")).unwrap();
    assert!(Command::new("mkfifo")
        .arg(tree.join("Jones/pipe"))
        .status()
        .unwrap()
        .success());
    // A desktop's own file, a link out of the drive (never followed), a folder link that loops.
    std::fs::write(tree.join("Jones/.DS_Store"), b"\0\0\0\x01Bud1").unwrap();
    std::os::unix::fs::symlink("/etc/passwd", tree.join("Jones/passwords.pdf")).unwrap();
    std::os::unix::fs::symlink(tree.join("Jones"), tree.join("Jones/Contact/back to Jones"))
        .unwrap();
    import_cases(&home, "test-data/cases.csv");
    // Saved on the drive years ago: retention counts from then, not from the import.
    let pnc_path = tree.join("Evans 2023/Police checks/PNC summary.pdf");
    assert!(Command::new("touch")
        .args(["-d", "2021-05-01 12:00:00Z"])
        .arg(&pnc_path)
        .status()
        .unwrap()
        .success());
    let before = snapshot(&tree);
    let manifest = tree_manifest();

    // Dry run: the report says what would happen, and nothing is stored.
    let sorted_store = || {
        let mut v = store_files(&home.join("store"));
        v.sort();
        v
    };
    let store_before = sorted_store();
    let keys_before = std::fs::read(home.join("keys.toml")).ok();
    let (out, rows) = import_tree(&home, &tree, &["--dry-run"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for f in &manifest {
        let r = row(&rows, &f.file);
        let want = match f.outcome.as_str() {
            "stored" => "would-store",
            "quarantined" => "would-quarantine",
            other => other,
        };
        assert_eq!(r["outcome"], want, "{}: {r:?}", f.file);
        if let Some(folder) = &f.folder {
            assert_eq!(&r["folder"], folder, "{}: {r:?}", f.file);
        }
        if let Some(reason) = &f.reason {
            assert_eq!(&r["reason"], reason, "{}: {r:?}", f.file);
        }
    }
    assert!(docs(&home).is_empty(), "a dry run filed something");
    assert_eq!(sorted_store(), store_before, "a dry run touched the store");
    assert_eq!(
        std::fs::read(home.join("keys.toml")).ok(),
        keys_before,
        "a dry run changed the keys"
    );
    assert!(
        !home.join("quarantine").exists(),
        "a dry run quarantined something"
    );

    // The import.
    let (out, rows) = import_tree(&home, &tree, &[]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    // Not a terminal: plain progress lines with files, pages, MB, rate and ETA.
    assert!(
        stderr.contains("import-tree: ") && stderr.contains("files/s") && stderr.contains("ETA"),
        "{stderr}"
    );
    for f in &manifest {
        let r = row(&rows, &f.file);
        assert_eq!(r["outcome"], f.outcome, "{}: {r:?}", f.file);
        if let Some(folder) = &f.folder {
            assert_eq!(&r["folder"], folder, "{}: {r:?}", f.file);
        }
        if let Some(reason) = &f.reason {
            assert_eq!(&r["reason"], reason, "{}: {r:?}", f.file);
            // A copy with its reason; the drive keeps its file.
            let name = Path::new(&f.file).file_name().unwrap();
            let q = home.join("quarantine").join(reason).join(name);
            assert!(q.exists(), "{} not in quarantine", f.file);
            assert!(PathBuf::from(format!("{}.why.json", q.display())).exists());
        }
        if let Some(case) = &f.case {
            assert_eq!(&r["case_number"], case, "{}: {r:?}", f.file);
        }
        if f.outcome == "duplicate" {
            // A duplicate of the document filed from the one stored file with its bytes.
            let bytes = std::fs::read(tree.join(&f.file)).unwrap();
            let twins: Vec<&TreeFile> = manifest
                .iter()
                .filter(|o| {
                    o.outcome == "stored" && std::fs::read(tree.join(&o.file)).unwrap() == bytes
                })
                .collect();
            assert_eq!(twins.len(), 1, "{}: stored twins {twins:?}", f.file);
            let twin = row(&rows, &twins[0].file);
            assert!(!twin["doc_id"].is_empty(), "{twin:?}");
            assert_eq!(r["doc_id"], twin["doc_id"], "{}: {r:?}", f.file);
        }
    }
    assert_eq!(row(&rows, "Jones/shortcut.pdf")["outcome"], "unreadable");
    assert_eq!(row(&rows, "Jones/pipe")["outcome"], "skipped");
    assert_eq!(row(&rows, "Jones/.DS_Store")["outcome"], "skipped");
    let outside = row(&rows, "Jones/passwords.pdf");
    assert_eq!(outside["outcome"], "skipped", "{outside:?}");
    assert!(
        outside["detail"].contains("outside the drive"),
        "{outside:?}"
    );
    let looped = row(&rows, "Jones/Contact/back to Jones");
    assert_eq!(looped["outcome"], "unreadable", "{looped:?}");
    let stored = manifest.iter().filter(|f| f.outcome == "stored").count();
    assert_eq!(docs(&home).len(), stored);
    assert_eq!(snapshot(&tree), before, "the import changed the drive");

    // Office documents were converted: their words are in the stored PDF.
    let odt = row(&rows, "Evans 2023/Police checks/Police disclosure.odt");
    let text = stored_text(&home, &odt["doc_id"]);
    for w in ["DISCLOSURE", "MK23C00456", "constabulary"] {
        assert!(text.contains(w), "{w} not in {text}");
    }
    let pnc_doc = docs(&home)
        .into_iter()
        .find(|d| d["original_name"] == "PNC summary.pdf")
        .unwrap();
    assert!(
        pnc_doc["received_at"]
            .as_str()
            .unwrap()
            .starts_with("2021-05-01"),
        "{pnc_doc}"
    );
    // A born-digital PDF is kept as it came.
    let pnc = row(&rows, "Evans 2023/Police checks/PNC summary.pdf");
    let out = home.join("pnc.pdf");
    ok(&home, &["get", &pnc["doc_id"], "-o", out.to_str().unwrap()]);
    assert_eq!(
        std::fs::read(&out).unwrap(),
        std::fs::read(tree.join("Evans 2023/Police checks/PNC summary.pdf")).unwrap()
    );

    // Run again: everything filed is skipped by its hash, nothing is stored twice.
    let objects = store_files(&home.join("store")).len();
    let (out, rows) = import_tree(&home, &tree, &[]);
    assert!(out.status.success());
    for f in manifest.iter().filter(|f| f.outcome != "quarantined") {
        assert_eq!(
            row(&rows, &f.file)["outcome"],
            "already-filed",
            "{}",
            f.file
        );
    }
    for f in manifest.iter().filter(|f| f.outcome == "quarantined") {
        assert_eq!(
            row(&rows, &f.file)["outcome"],
            "already-quarantined",
            "{}",
            f.file
        );
    }
    assert_eq!(store_files(&home.join("store")).len(), objects);
    assert_no_plaintext(
        &home.join("store"),
        &[
            "Hughes",
            "Evans",
            "LS24P01234",
            "MK23C00456",
            "constabulary",
        ]
        .map(String::from),
    );
}

#[test]
fn g_drive_import_killed_midway_resumes_without_storing_twice() {
    interrupted_import_resumes("KILL");
}

/// Ctrl-C: the import stops taking files, finishes the one it is filing, writes its report and
/// exits 130; the same command then resumes.
#[test]
fn g_drive_import_stopped_with_ctrl_c_resumes_without_storing_twice() {
    interrupted_import_resumes("INT");
}

/// Starts an import, sends `signal` once the first document is filed, and checks that running
/// the same command again files every document exactly once and leaves no orphan object.
fn interrupted_import_resumes(signal: &str) {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    let tree = tmp.path().join("G");
    copy_tree(&repo().join("test-data/g-drive/tree"), &tree);
    import_cases(&home, "test-data/cases.csv");
    let report = home.join("first.csv");
    let mut child = casevault(&home)
        .args([
            "import-tree",
            tree.to_str().unwrap(),
            "--map",
            "pipelines/g-drive-mapping.toml",
            "--report",
            report.to_str().unwrap(),
        ])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Kill it (SIGKILL: no chance to tidy up) once the first document is filed.
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        let n = casevault(&home)
            .args(["ls", "--json"])
            .output()
            .map(|o| o.stdout.iter().filter(|b| **b == b'\n').count())
            .unwrap_or(0);
        if n >= 1 {
            break;
        }
        assert!(
            child.try_wait().unwrap().is_none(),
            "finished before it could be killed"
        );
        assert!(Instant::now() < deadline, "nothing was filed");
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(Command::new("kill")
        .args([&format!("-{signal}"), &child.id().to_string()])
        .status()
        .unwrap()
        .success());
    let status = child.wait().unwrap();
    if signal == "INT" {
        // A clean stop: its own exit code, and the report of what it did so far.
        assert_eq!(status.code(), Some(130), "{status}");
        let rows = read_report(&report);
        let filed = rows.iter().filter(|r| r["outcome"] == "stored").count();
        assert_eq!(filed, docs(&home).len(), "{rows:#?}");
    }
    let filed_before = docs(&home).len();
    let manifest = tree_manifest();
    let stored = manifest.iter().filter(|f| f.outcome == "stored").count();
    assert!(
        filed_before < stored,
        "the kill came too late to test anything"
    );

    let (out, rows) = import_tree(&home, &tree, &[]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let resumed = rows
        .iter()
        .filter(|r| r["outcome"] == "already-filed")
        .count();
    assert!(resumed >= filed_before, "{rows:#?}");
    let listed = docs(&home);
    assert_eq!(listed.len(), stored, "{listed:#?}");
    let mut shas: Vec<&str> = listed
        .iter()
        .map(|d| d["sha256"].as_str().unwrap())
        .collect();
    shas.sort();
    shas.dedup();
    assert_eq!(shas.len(), stored, "a file was stored twice");
    // Every object in the store belongs to a listed document (no orphan from the killed run).
    let ids: Vec<&str> = listed.iter().map(|d| d["id"].as_str().unwrap()).collect();
    for f in store_files(&home.join("store")) {
        let s = f.to_string_lossy();
        if let Some(id) = s.split("/objects/").nth(1) {
            assert!(ids.contains(&id), "orphan object {s}");
        }
    }
}

// ------------------------------------------------------------------------------------------
// Office documents where LibreOffice is not installed

#[test]
fn office_documents_without_libreoffice_are_quarantined_as_needing_conversion() {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    let tree = tmp.path().join("G");
    let case = tree.join("Hughes family LS24P01234/Court papers");
    std::fs::create_dir_all(&case).unwrap();
    std::fs::copy(
        repo().join("test-data/office/Hughes v Patel - LS24P01234 - Position statement.docx"),
        case.join("Position statement.docx"),
    )
    .unwrap();
    std::fs::copy(
        repo().join("test-data/scans/Hughes v Patel - LS24P01234 - Position statement.png"),
        case.join("Position statement scan.png"),
    )
    .unwrap();
    // And a file over the size limit (1 MiB here): quarantined without being read whole.
    let big = case.join("Bundle scan.tif");
    std::fs::write(&big, vec![0x49u8; 3 * 1024 * 1024]).unwrap();
    let config = tmp.path().join("casevault.toml");
    let base = std::fs::read_to_string(repo().join("config/casevault.toml")).unwrap();
    std::fs::write(
        &config,
        base.replace(
            "soffice = \"soffice\"",
            "soffice = \"/nonexistent/libreoffice/soffice\"",
        )
        .replace("max_file_mib = 512", "max_file_mib = 1")
        .replace(
            "schedules_dir = \"retention\"",
            &format!(
                "schedules_dir = \"{}\"",
                repo().join("config/retention").display()
            ),
        ),
    )
    .unwrap();
    let with_config = |args: &[&str]| {
        let out = casevault(&home)
            .env("CASEVAULT_CONFIG", &config)
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    with_config(&[
        "import-cases",
        repo().join("test-data/cases.csv").to_str().unwrap(),
    ]);
    let import = |name: &str| {
        let report = home.join(name);
        with_config(&[
            "import-tree",
            tree.to_str().unwrap(),
            "--map",
            "pipelines/g-drive-mapping.toml",
            "--report",
            report.to_str().unwrap(),
        ]);
        read_report(&report)
    };
    let rows = import("r.csv");
    let docx = row(
        &rows,
        "Hughes family LS24P01234/Court papers/Position statement.docx",
    );
    assert_eq!(docx["outcome"], "quarantined", "{docx:?}");
    assert_eq!(docx["reason"], "needs-conversion", "{docx:?}");
    assert!(
        docx["detail"].contains("LibreOffice is not installed"),
        "{docx:?}"
    );
    // The rest of the import goes on.
    let png = row(
        &rows,
        "Hughes family LS24P01234/Court papers/Position statement scan.png",
    );
    assert_eq!(png["outcome"], "stored", "{png:?}");
    let tif = row(
        &rows,
        "Hughes family LS24P01234/Court papers/Bundle scan.tif",
    );
    assert_eq!(tif["outcome"], "quarantined", "{tif:?}");
    assert_eq!(tif["reason"], "too-large", "{tif:?}");
    assert!(tif["detail"].contains("limit of 1 MiB"), "{tif:?}");
    assert_eq!(
        std::fs::read(home.join("quarantine/too-large/Bundle scan.tif")).unwrap(),
        std::fs::read(&big).unwrap()
    );
    let note = home.join("quarantine/needs-conversion/Position statement.docx.why.json");
    let note: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(note).unwrap()).unwrap();
    assert!(note["what_to_do"]
        .as_str()
        .unwrap()
        .contains("Save it as PDF"));

    // Run again: the file's own fault stays put (already-quarantined); a document that waited
    // only for LibreOffice is tried again, since it may have been installed meanwhile.
    let rows = import("r2.csv");
    let tif = row(
        &rows,
        "Hughes family LS24P01234/Court papers/Bundle scan.tif",
    );
    assert_eq!(tif["outcome"], "already-quarantined", "{tif:?}");
    let docx = row(
        &rows,
        "Hughes family LS24P01234/Court papers/Position statement.docx",
    );
    assert_eq!(docx["outcome"], "quarantined", "{docx:?}");
    assert_eq!(docx["reason"], "needs-conversion", "{docx:?}");
}

// ------------------------------------------------------------------------------------------
// The CMS's JSON case list

#[test]
fn json_case_list_reimport_updates_cases_and_moves_retention_dates() {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    let inbox = tmp.path().join("mail");
    let out = import_cases(&home, "test-data/cms/cases.json");
    assert!(out.contains("7 cases: 7 added"), "{out}");
    std::fs::create_dir_all(&inbox).unwrap();
    // The police e-mail, as received by our mail server a month ago.
    let received = chrono::Utc::now() - chrono::Duration::days(31);
    let raw = std::fs::read_to_string(repo().join("test-data/mail/police.eml"))
        .unwrap()
        .replace("Thu, 20 Mar 2025 13:20:07 +0000", &received.to_rfc2822());
    std::fs::write(inbox.join("police.eml"), raw).unwrap();
    let rows = run_email(&home, &inbox);
    assert!(rows.iter().all(|r| r["outcome"] == "stored"), "{rows:#?}");
    let before: HashMap<String, String> = docs(&home)
        .iter()
        .map(|d| {
            (
                d["id"].as_str().unwrap().to_string(),
                d["retention_until"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    assert_eq!(before.len(), 2);

    // The export now says: MK23C00456 closed on 2026-10-30, and a child's date of birth fixed;
    // three other cases changed too.
    let out = import_cases(&home, "test-data/cms/cases-update.json");
    assert!(out.contains("0 added, 4 updated, 3 unchanged"), "{out}");
    assert!(
        out.contains("updated MK23C00456: status open -> closed (closed 2026-10-30)"),
        "{out}"
    );
    assert!(out.contains("updated CF22P00789: children 1 -> 2"), "{out}");
    assert!(
        out.contains("updated NW24C00333: shielded -> true"),
        "{out}"
    );
    // Police information is kept max(min(received + 18 months, closure), received + 3 months).
    // Retention counts from the day our mail server received the e-mail (its top Received
    // header), not the day casevault filed it.
    let closed = chrono::NaiveDate::from_ymd_opt(2026, 10, 30).unwrap();
    for d in docs(&home) {
        assert_eq!(d["folder"], "police-information");
        let on = chrono::DateTime::parse_from_rfc3339(d["received_at"].as_str().unwrap())
            .unwrap()
            .date_naive();
        assert_eq!(on, received.date_naive());
        let received = on;
        let months = |n| received.checked_add_months(chrono::Months::new(n)).unwrap();
        let want = months(18).min(closed).max(months(3));
        assert_eq!(d["retention_until"], want.to_string(), "{d}");
        assert_ne!(before[d["id"].as_str().unwrap()], want.to_string());
    }
    let log = ok(&home, &["log", "--case", "MK23C00456"]);
    assert!(log.contains("case updated"), "{log}");
}

/// A message built here: `body` and one base64 attachment.
fn mail_with_attachment(
    subject: &str,
    body: &str,
    name: &str,
    ctype: &str,
    bytes: &[u8],
) -> String {
    let mut child = Command::new("base64")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child.stdin.take().unwrap().write_all(bytes).unwrap();
    let b64 = String::from_utf8(child.wait_with_output().unwrap().stdout).unwrap();
    format!(
        "From: Sarah Whitfield <sarah.whitfield@cafcass.gov.uk>\r\n\
         To: business.services@cafcass.gov.uk\r\n\
         Subject: {subject}\r\n\
         Date: Mon, 16 Nov 2026 10:00:00 +0000\r\n\
         Message-ID: <{}@cafcass.gov.uk>\r\n\
         MIME-Version: 1.0\r\n\
         Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n\
         --b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n\
         --b1\r\nContent-Type: {ctype}\r\nContent-Disposition: attachment; filename=\"{name}\"\r\n\
         Content-Transfer-Encoding: base64\r\n\r\n{b64}\r\n--b1--\r\n",
        subject.len() * 7 + body.len()
    )
}

#[test]
fn attachments_are_validated_converted_and_an_unfileable_one_quarantines_its_email() {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    let inbox = tmp.path().join("mail");
    std::fs::create_dir_all(&inbox).unwrap();
    import_cases(&home, "test-data/cases.csv");
    let locked =
        std::fs::read(repo().join("test-data/g-drive/tree/Evans 2023/Misc/locked.pdf")).unwrap();
    std::fs::write(
        inbox.join("locked.eml"),
        mail_with_attachment(
            "MK23C00456 expert report",
            "Please find the expert report attached.",
            "Expert report.pdf",
            "application/pdf",
            &locked,
        ),
    )
    .unwrap();
    let docx = std::fs::read(
        repo().join("test-data/office/Hughes v Patel - LS24P01234 - Position statement.docx"),
    )
    .unwrap();
    std::fs::write(
        inbox.join("docx.eml"),
        mail_with_attachment(
            "LS24P01234 position statement",
            "The position statement for Hughes v Patel is attached.",
            "Position statement.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            &docx,
        ),
    )
    .unwrap();
    // Signed (S/MIME), a text attachment, and the case number in the body alone.
    std::fs::write(
        inbox.join("signed.eml"),
        "From: Contact Centre <rota@contact-centre.example.org>\r\n\
         To: business.services@cafcass.gov.uk\r\n\
         Subject: Contact arrangements for next month\r\n\
         Date: Mon, 16 Nov 2026 11:00:00 +0000\r\n\
         Message-ID: <signed-rota-1@contact-centre.example.org>\r\n\
         MIME-Version: 1.0\r\n\
         Content-Type: multipart/signed; protocol=\"application/pkcs7-signature\"; micalg=sha-256; boundary=\"s1\"\r\n\r\n\
         --s1\r\nContent-Type: multipart/mixed; boundary=\"m1\"\r\n\r\n\
         --m1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n\
         The rota for Jones v Jones (CF22P00789) is attached.\r\n\
         --m1\r\nContent-Type: text/plain; charset=utf-8\r\n\
         Content-Disposition: attachment; filename=\"Contact rota.txt\"\r\n\r\n\
         Saturday 5 December: supervised contact at the family centre, 10:00 to 12:00.\r\n\
         --m1--\r\n\
         --s1\r\nContent-Type: application/pkcs7-signature; name=\"smime.p7s\"\r\n\
         Content-Disposition: attachment; filename=\"smime.p7s\"\r\n\
         Content-Transfer-Encoding: base64\r\n\r\nMIIBzQYJKoZIhvcNAQcCoIIBvjCCAboCAQExDzANBglghkgBZQMEAgEFADALBgkq\r\n\
         --s1--\r\n",
    )
    .unwrap();
    let rows = run_email(&home, &inbox);
    let find = |input: &str| {
        rows.iter()
            .find(|r| r["input"] == input)
            .unwrap_or_else(|| panic!("no row {input}: {rows:#?}"))
    };
    // The password-protected PDF: the whole e-mail waits in quarantine, the reason names it.
    let q = find("locked.eml");
    assert_eq!(q["outcome"], "quarantined", "{q}");
    assert_eq!(q["reason"], "unsupported", "{q}");
    let detail = q["detail"].as_str().unwrap();
    assert!(
        detail.contains("attachment 1 \"Expert report.pdf\""),
        "{detail}"
    );
    assert!(detail.contains("password"), "{detail}");
    assert!(home.join("quarantine/unsupported/locked.eml").exists());
    // The DOCX: converted by LibreOffice, filed as its own document, linked to its e-mail.
    let e = find("docx.eml");
    assert_eq!(e["outcome"], "stored", "{e}");
    let a = find("docx.eml / Position statement.docx");
    assert_eq!(a["outcome"], "stored", "{a}");
    assert_eq!(a["folder"], "court-papers", "{a}");
    let text = stored_text(&home, a["doc_id"].as_str().unwrap());
    assert!(text.contains("Headingley"), "{text}");
    // The signed e-mail: filed under the case its body names; the text file is a document of
    // its own, its words searchable; the signature is listed on the e-mail, not filed.
    let signed = find("signed.eml");
    assert_eq!(signed["outcome"], "stored", "{signed}");
    assert!(
        signed["name"].as_str().unwrap().contains("CF22P00789"),
        "{signed}"
    );
    let rota = find("signed.eml / Contact rota.txt");
    assert_eq!(rota["outcome"], "stored", "{rota}");
    let text = stored_text(&home, rota["doc_id"].as_str().unwrap());
    assert!(
        text.contains("supervised contact at the family centre"),
        "{text}"
    );
    assert!(
        rows.iter()
            .all(|r| !r["input"].as_str().unwrap().contains("smime.p7s")),
        "{rows:#?}"
    );
    let text = stored_text(&home, signed["doc_id"].as_str().unwrap());
    assert!(
        text.contains("smime.p7s"),
        "the signature is not listed: {text}"
    );

    let listed = docs(&home);
    assert_eq!(
        listed.len(),
        4,
        "nothing of the quarantined e-mail is filed: {listed:#?}"
    );
    let email = listed.iter().find(|d| d["id"] == e["doc_id"]).unwrap();
    assert_eq!(email["attachments"][0], a["doc_id"]);
    let signed_doc = listed.iter().find(|d| d["id"] == signed["doc_id"]).unwrap();
    assert_eq!(signed_doc["case_number"], "CF22P00789", "{signed_doc}");
    assert_eq!(signed_doc["attachments"][0], rota["doc_id"]);
}

/// On a terminal, `import-tree` draws a progress bar (files, pages, bytes, rate, ETA) that
/// redraws in place, instead of the plain lines it writes to a log. `script` gives it a real
/// pseudo-terminal and records what it drew.
#[test]
fn on_a_terminal_import_tree_draws_a_progress_bar() {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    import_cases(&home, "test-data/cases.csv");
    let typescript = tmp.path().join("terminal.log");
    let bin = env!("CARGO_BIN_EXE_casevault");
    let cmd = format!(
        "COLUMNS=100 '{bin}' import-tree test-data/g-drive/tree --map pipelines/g-drive-mapping.toml --dry-run"
    );
    let out = Command::new("script")
        .current_dir(repo())
        .env("CASEVAULT_HOME", &home)
        .env("OMP_THREAD_LIMIT", "1")
        .env("CASEVAULT_FIRST_USER", support::cli::TEST_FIRST_USER)
        .args(["-qfec", &cmd])
        .arg(&typescript)
        .stdin(std::process::Stdio::null())
        .output()
        .expect("script (util-linux) runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let drawn = String::from_utf8_lossy(&std::fs::read(&typescript).unwrap()).into_owned();
    assert!(drawn.contains('█'), "no bar drawn:\n{drawn}");
    assert!(
        drawn.contains("\r\x1b[2K"),
        "the bar is not redrawn in place"
    );
    for want in ["12/12 files", "pages", "KiB/", "/s", "ETA"] {
        assert!(drawn.contains(want), "{want:?} not shown:\n{drawn}");
    }
    assert!(
        !drawn.contains("import-tree: "),
        "plain log lines on a terminal"
    );
    assert!(drawn.contains("would be stored"), "no summary:\n{drawn}");
}

fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(bytes))
}
