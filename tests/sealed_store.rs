//! Sealed storage end to end, with the real binary: key rotation (interrupted and finished) and
//! retirement, the key file's permissions, `verify` and `get` on a damaged object, catalog rebuild
//! from the store alone, crypto-shredding against a restored stale copy, no plaintext anywhere in
//! the store (records included), and a store outage (SeaweedFS) in the middle of a run.

mod support;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Output, Stdio};
use std::time::{Duration, Instant};

use casevault::config::Config;
use casevault::seal::KeyEnvelope;
use casevault::sink::Sink;
use chrono::{Months, NaiveDate};
use sha2::{Digest, Sha256};
use support::cli::{casevault, json_lines, ok, repo, store_files};
use support::seaweedfs::SeaweedFs;

fn run(home: &Path, args: &[&str]) -> Output {
    casevault(home).args(args).output().unwrap()
}

fn fails(home: &Path, args: &[&str]) -> (String, String) {
    let out = run(home, args);
    assert!(
        !out.status.success(),
        "casevault {args:?} should have failed: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// Imports the sample's case list and files `files` from test-data/scans.
fn file_sample(home: &Path, inbox: &Path, files: &[&str]) -> Vec<serde_json::Value> {
    std::fs::create_dir_all(inbox).unwrap();
    for f in files {
        std::fs::copy(repo().join("test-data/scans").join(f), inbox.join(f)).unwrap();
    }
    ok(
        home,
        &[
            "import-cases",
            repo().join("test-data/cases.csv").to_str().unwrap(),
        ],
    );
    ok(
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
    );
    let docs = json_lines(&ok(home, &["ls", "--json"]));
    assert_eq!(
        docs.len(),
        files.len(),
        "every sample file is stored: {docs:#?}"
    );
    docs
}

fn id_of<'a>(docs: &'a [serde_json::Value], original: &str) -> &'a str {
    docs.iter()
        .find(|d| d["original_name"] == original)
        .unwrap_or_else(|| panic!("{original} not listed"))["id"]
        .as_str()
        .unwrap()
}

/// The ring's keys (the sample case list's shielded case has a key of its own too, left out).
fn keys_ls(home: &Path) -> Vec<serde_json::Value> {
    json_lines(&ok(home, &["keys", "ls", "--json"]))
        .into_iter()
        .filter(|k| k["case_key"] == false)
        .collect()
}

fn key<'a>(keys: &'a [serde_json::Value], id: &str) -> &'a serde_json::Value {
    keys.iter().find(|k| k["id"] == id).unwrap()
}

/// SHA-256 of every file under `dir/sub`, by file name.
fn hashes(dir: &Path, sub: &str) -> BTreeMap<String, String> {
    std::fs::read_dir(dir.join(sub))
        .unwrap()
        .map(|e| {
            let p = e.unwrap().path();
            let sha = hex::encode(Sha256::digest(std::fs::read(&p).unwrap()).as_slice());
            (p.file_name().unwrap().to_string_lossy().into_owned(), sha)
        })
        .collect()
}

/// The key id of every envelope in the store, by object id.
fn store_envelope_keys(store: &Path) -> BTreeMap<String, String> {
    std::fs::read_dir(store.join("keys"))
        .unwrap()
        .map(|e| {
            let p = e.unwrap().path();
            let env = KeyEnvelope::from_bytes(&std::fs::read(&p).unwrap()).unwrap();
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                env.key_id().to_string(),
            )
        })
        .collect()
}

fn get_sha(home: &Path, id: &str) -> String {
    let out = home.join(format!("{id}.pdf"));
    ok(home, &["get", id, "-o", out.to_str().unwrap()]);
    let sha = hex::encode(Sha256::digest(std::fs::read(&out).unwrap()).as_slice());
    std::fs::remove_file(out).unwrap();
    sha
}

#[test]
fn rotation_resumes_retires_only_unused_keys_and_damage_is_named() {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    let store = home.join("store");
    let docs = file_sample(
        &home,
        &tmp.path().join("inbox"),
        &["scan_0001.jpg", "scan_0014.png", "scan_0015.png"],
    );
    let ids: Vec<String> = docs
        .iter()
        .map(|d| d["id"].as_str().unwrap().to_string())
        .collect();
    let pdfs: BTreeMap<String, String> = ids
        .iter()
        .map(|id| (id.clone(), get_sha(&home, id)))
        .collect();

    // One key wraps the three documents and the mirrored records (7 cases, the holds and the
    // people).
    let keys = keys_ls(&home);
    assert_eq!(keys.len(), 1);
    let old = keys[0]["id"].as_str().unwrap().to_string();
    assert_eq!(
        (keys[0]["documents"].as_u64(), keys[0]["records"].as_u64()),
        (Some(3), Some(9))
    );
    let text = ok(&home, &["keys", "ls"]);
    assert!(text.contains(&old) && !text.contains("material"), "{text}");

    let objects_before = hashes(&store, "objects");
    let new_out = ok(&home, &["keys", "new"]);
    let keys = keys_ls(&home);
    let new = keys.iter().find(|k| k["current"] == true).unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    assert_ne!(new, old);
    assert!(new_out.contains(&new), "{new_out}");
    assert_eq!(key(&keys, &new)["documents"], 0);

    // The old key still wraps everything: retiring it is refused, with the count.
    let (_, err) = fails(&home, &["keys", "retire", &old]);
    assert!(
        err.contains("still wraps") && err.contains("keys rotate"),
        "{err}"
    );
    let (_, err) = fails(&home, &["keys", "retire", &new]);
    assert!(err.contains("current key"), "{err}");

    // Rotate two envelopes, as if interrupted.
    let out = ok(&home, &["keys", "rotate", "--limit", "2"]);
    assert!(out.contains("re-wrapped 2 document(s)"), "{out}");
    let keys = keys_ls(&home);
    assert_eq!(key(&keys, &new)["documents"], 2);
    assert_eq!(key(&keys, &old)["documents"], 1);
    // (Documents only: the rotation also gave the sample's shielded case a fresh key of its own,
    // and its case record, mirrored again, is sealed under the new key.)
    let in_store = store_envelope_keys(&store);
    assert_eq!(
        ids.iter().filter(|id| in_store[id.as_str()] == new).count(),
        2,
        "{in_store:?}"
    );
    // Half-rotated, every document still opens.
    for (id, sha) in &pdfs {
        assert_eq!(&get_sha(&home, id), sha);
    }
    let (_, err) = fails(&home, &["keys", "rotate", "--limit", "1", "--retire-old"]);
    assert!(err.contains("not retiring"), "{err}");

    // Finish and retire.
    let out = ok(&home, &["keys", "rotate", "--retire-old"]);
    assert!(out.contains(&format!("retired {old}")), "{out}");
    let keys = keys_ls(&home);
    assert_eq!(key(&keys, &old)["status"], "retired");
    assert_eq!(
        (
            key(&keys, &old)["documents"].as_u64(),
            key(&keys, &old)["records"].as_u64()
        ),
        (Some(0), Some(0))
    );
    assert_eq!(
        (
            key(&keys, &new)["documents"].as_u64(),
            key(&keys, &new)["records"].as_u64()
        ),
        (Some(3), Some(9))
    );
    assert!(store_envelope_keys(&store).values().all(|k| *k == new));
    assert_eq!(
        hashes(&store, "objects"),
        objects_before,
        "rotation must not touch content"
    );
    let key_file = std::fs::read_to_string(home.join("keys.toml")).unwrap();
    let ring: serde_json::Value = serde_json::from_str(&key_file).unwrap();
    let old_entry = ring["keys"]
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["id"] == old.as_str())
        .unwrap();
    assert!(
        old_entry.get("material").is_none(),
        "retired key material must be gone"
    );
    for (id, sha) in &pdfs {
        assert_eq!(&get_sha(&home, id), sha);
    }
    let out = run(&home, &["verify"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    // Flip one byte in the middle of one object: verify and get both name it as corrupted.
    let victim = &ids[1];
    let path = store.join("objects").join(victim);
    let mut bytes = std::fs::read(&path).unwrap();
    let mid = bytes.len() / 2;
    bytes[mid] ^= 0x01;
    std::fs::write(&path, bytes).unwrap();
    let (stdout, stderr) = fails(&home, &["verify"]);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 1, "exactly the damaged document: {stdout}");
    assert!(
        lines[0].starts_with(victim.as_str()) && lines[0].contains("corrupted"),
        "{stdout}"
    );
    assert!(stderr.contains("1 problem"), "{stderr}");
    let out_pdf = home.join("x.pdf");
    let (_, err) = fails(&home, &["get", victim, "-o", out_pdf.to_str().unwrap()]);
    assert!(
        err.contains("corrupted") && err.contains(victim.as_str()),
        "{err}"
    );
    assert!(
        !out_pdf.exists(),
        "nothing may be written from a damaged object"
    );
    let json = json_lines(&fails(&home, &["verify", "--json"]).0);
    assert_eq!(json[0]["id"], victim.as_str());

    // A key file others can read is refused, saying what to run.
    use std::os::unix::fs::PermissionsExt;
    let kf = home.join("keys.toml");
    std::fs::set_permissions(&kf, std::fs::Permissions::from_mode(0o644)).unwrap();
    for args in [
        &["keys", "ls"][..],
        &["get", &ids[0], "-o", out_pdf.to_str().unwrap()][..],
    ] {
        let (_, err) = fails(&home, args);
        assert!(
            err.contains("chmod 600") && err.contains("keys.toml"),
            "{args:?}: {err}"
        );
    }
    std::fs::set_permissions(&kf, std::fs::Permissions::from_mode(0o600)).unwrap();
    assert_eq!(get_sha(&home, &ids[0]), pdfs[&ids[0]]);
}

fn personal_data(files: &[&str]) -> Vec<String> {
    let mut needles: Vec<String> = Vec::new();
    let cases = std::fs::read_to_string(repo().join("test-data/cases.csv")).unwrap();
    for line in cases.lines().skip(1) {
        let cols: Vec<&str> = line.split(',').collect();
        needles.push(cols[0].to_string());
        needles.push(cols[1].to_string());
        for child in cols[6].split(';').filter(|c| !c.is_empty()) {
            let name = child.split(':').next().unwrap();
            needles.push(name.to_string());
            needles.extend(name.split(' ').map(str::to_string));
        }
    }
    for f in files {
        needles.push(f.rsplit_once('.').unwrap().0.to_string());
    }
    needles.extend(
        [
            "police-information",
            "Police information",
            "moratorium",
            "complaint",
        ]
        .map(String::from),
    );
    // Shorter needles would match random ciphertext by chance.
    needles.retain(|n| n.len() >= 6);
    needles.sort();
    needles.dedup();
    needles
}

fn assert_no_plaintext_in_every_folder(store: &Path, needles: &[String]) {
    let files = store_files(store);
    for folder in ["objects", "labels", "keys", "cases", "holds", "audit"] {
        assert!(
            files
                .iter()
                .any(|f| f.strip_prefix(store).unwrap().starts_with(folder)),
            "nothing in {folder}/"
        );
    }
    support::cli::assert_no_plaintext(store, needles);
}

fn cases_of(home: &Path) -> Vec<casevault::catalog::Case> {
    let cat = support::catalog::open_home(home);
    cat.case_numbers()
        .unwrap()
        .iter()
        .map(|n| cat.case(n).unwrap().unwrap())
        .collect()
}

fn remove_catalog(home: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let p = home.join(format!("catalog.sqlite{suffix}"));
        if p.exists() {
            std::fs::remove_file(p).unwrap();
        }
    }
}

#[test]
fn catalog_rebuilds_from_the_store_and_shredded_documents_stay_unreadable() {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    let store = home.join("store");
    let files = [
        "police_disclosure.png",
        "scan_0014.png",
        "scan_0016.png",
        "scan_0001.jpg",
    ];
    let docs = file_sample(&home, &tmp.path().join("inbox"), &files);
    let police = id_of(&docs, "police_disclosure.png").to_string();

    // Case events and holds, each mirrored to the store.
    ok(
        &home,
        &[
            "hold",
            "set",
            "--case",
            "LS24P01234",
            "--reason",
            "complaint under investigation",
        ],
    );
    ok(
        &home,
        &[
            "hold",
            "extend",
            "--case",
            "MK23C00456",
            "--until",
            "2090-01-01",
            "--reason",
            "public interest",
        ],
    );
    ok(
        &home,
        &["case", "close", "MK23C00456", "--on", "2025-03-31"],
    );
    ok(&home, &["hold", "lift", "--global"]);

    // Keep a stale copy of the police document, then destroy it lawfully.
    let aside = tmp.path().join("aside");
    std::fs::create_dir_all(&aside).unwrap();
    for folder in ["objects", "labels", "keys"] {
        std::fs::copy(store.join(folder).join(&police), aside.join(folder)).unwrap();
    }
    let received: NaiveDate = chrono::DateTime::parse_from_rfc3339(
        docs.iter().find(|d| d["id"] == police.as_str()).unwrap()["received_at"]
            .as_str()
            .unwrap(),
    )
    .unwrap()
    .date_naive();
    let today = received
        .checked_add_months(Months::new(4))
        .unwrap()
        .to_string();
    let out = ok(
        &home,
        &["dispose", "--execute", "--today", &today, "--json"],
    );
    let destroyed: Vec<_> = json_lines(&out)
        .into_iter()
        .filter(|d| d["destroyed"] == true)
        .collect();
    assert_eq!(destroyed.len(), 1, "{out}");
    assert_eq!(destroyed[0]["document_id"], police.as_str());
    assert!(!store.join("keys").join(&police).exists());

    let ls_before = ok(&home, &["ls", "--json"]);
    assert_eq!(json_lines(&ls_before).len(), 3);
    let holds_before = ok(&home, &["hold", "ls", "--all", "--json"]);
    assert_eq!(json_lines(&holds_before).len(), 3, "{holds_before}");
    let audit_before = ok(&home, &["audit", "ls"]);
    assert_eq!(json_lines(&audit_before).len(), 2, "intent and completion");
    let cases_before = cases_of(&home);
    assert_eq!(cases_before.len(), 7);
    let mk = cases_before
        .iter()
        .find(|c| c.case_number == "MK23C00456")
        .unwrap();
    assert_eq!(mk.closed_on, NaiveDate::from_ymd_opt(2025, 3, 31));

    // Full-text search finds words that are in the documents' text and not in their names.
    let searches = ["telephone", "chronology skeleton", "district judge"];
    let found_before: Vec<String> = searches
        .iter()
        .map(|w| {
            let mut args = vec!["search", "--json"];
            args.extend(w.split(' '));
            ok(&home, &args)
        })
        .collect();
    for (w, f) in searches.iter().zip(&found_before) {
        let hits = json_lines(f);
        assert_eq!(hits.len(), 1, "{w}: {f}");
        assert!(hits[0]["snippet"].is_string(), "{w} matched the text: {f}");
    }

    // The stale copy comes back into the store (a restored backup, a replica).
    for folder in ["objects", "labels"] {
        std::fs::copy(aside.join(folder), store.join(folder).join(&police)).unwrap();
    }

    // Lose the catalog; rebuild it from the store and the key file.
    remove_catalog(&home);
    let out = run(&home, &["catalog", "rebuild"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&police) && stderr.contains("destroyed"),
        "{stderr}"
    );
    assert_eq!(ok(&home, &["ls", "--json"]), ls_before);
    // The search index came back from the documents' own text (it lives only in the catalog).
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("search index: 3 document(s) indexed"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    for (w, f) in searches.iter().zip(&found_before) {
        let mut args = vec!["search", "--json"];
        args.extend(w.split(' '));
        assert_eq!(
            json_lines(&ok(&home, &args))
                .iter()
                .map(|h| h["id"].clone())
                .collect::<Vec<_>>(),
            json_lines(f)
                .iter()
                .map(|h| h["id"].clone())
                .collect::<Vec<_>>(),
            "{w}"
        );
    }
    // `catalog reindex` does the same on a live catalog, and leaves a shielded case out.
    ok(&home, &["case", "shield", "MK23C00456"]);
    let again = ok(&home, &["catalog", "reindex"]);
    assert!(
        again.contains("2 document(s) indexed") && again.contains("1 of shielded cases"),
        "{again}"
    );
    assert!(json_lines(&ok(&home, &["search", "--json", "chronology", "skeleton"])).is_empty());
    // Lifting the shield puts the case's text back in the index.
    ok(&home, &["case", "unshield", "MK23C00456"]);
    assert_eq!(
        json_lines(&ok(&home, &["search", "--json", "chronology", "skeleton"])).len(),
        1
    );
    assert_eq!(ok(&home, &["hold", "ls", "--all", "--json"]), holds_before);
    assert_eq!(ok(&home, &["audit", "ls"]), audit_before);
    assert_eq!(cases_of(&home), cases_before);
    assert!(ok(&home, &["audit", "verify"]).contains("intact"));
    let out = run(&home, &["verify"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    for d in json_lines(&ls_before) {
        get_sha(&home, d["id"].as_str().unwrap());
    }
    // A rebuild refuses to merge into a live catalog.
    let (_, err) = fails(&home, &["catalog", "rebuild"]);
    assert!(err.contains("only fills an empty catalog"), "{err}");
    // Nothing mirrored is written again after a rebuild (the catalog knows what the store has).
    let files_before = store_files(&store);
    // (lifting no hold still mirrors every case, the holds and the destruction record)
    ok(&home, &["hold", "lift", "--case", "NW24C00333"]);
    assert_eq!(store_files(&store), files_before);

    // The shredded document: its stale object is back, but nothing can open it.
    let (_, err) = fails(
        &home,
        &[
            "get",
            &police,
            "-o",
            tmp.path().join("p.pdf").to_str().unwrap(),
        ],
    );
    assert!(err.contains("no document"), "{err}");
    let config = Config::load(None, Some(&home)).unwrap();
    let cat = casevault::sink::open_catalog(&config).unwrap();
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let sink = Sink::open(&config).await.unwrap();
        let mut row = cat.documents(None).unwrap().remove(0);
        row.object_key = format!("objects/{police}");
        row.id = police.clone();
        let e = sink.fetch(&row).await.unwrap_err();
        assert!(e.to_string().contains("destroyed"), "{e}");
        assert!(sink.read_label(&police).await.is_err());
    });
    // No envelope anywhere names it: not in the store, not in the catalog.
    assert!(store.join("objects").join(&police).exists());
    let oid: [u8; 16] = hex::decode(&police).unwrap().try_into().unwrap();
    for p in store_files(&store.join("keys")) {
        let env = KeyEnvelope::from_bytes(&std::fs::read(&p).unwrap()).unwrap();
        assert_ne!(
            env.object_id(),
            &oid,
            "an envelope for the shredded document survived"
        );
    }
    let db = std::fs::read(home.join("catalog.sqlite")).unwrap();
    let stale_env = std::fs::read(aside.join("keys")).unwrap();
    assert!(!db
        .windows(stale_env.len())
        .any(|w| w == stale_env.as_slice()));

    // And no personal data anywhere in the store: documents, labels, cases, holds, audit.
    assert_no_plaintext_in_every_folder(&store, &personal_data(&files));
}

#[test]
fn a_store_outage_mid_run_leaves_originals_and_a_second_run_stores_each_once() {
    let mut weed = SeaweedFs::start();
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    let inbox = tmp.path().join("inbox");
    std::fs::create_dir_all(&inbox).unwrap();
    let files = ["scan_0001.jpg", "scan_0014.png", "scan_0015.png"];
    for f in files {
        std::fs::copy(repo().join("test-data/scans").join(f), inbox.join(f)).unwrap();
    }
    let config_path = tmp.path().join("casevault.toml");
    weed.write_casevault_config(
        &config_path,
        "prefix",
        "concurrency = 1\nchannel_capacity = 1\n",
    );
    let cv = |args: &[&str]| {
        let mut c = casevault(&home);
        c.arg("--config").arg(&config_path).args(args);
        c
    };
    let out = cv(&[
        "import-cases",
        repo().join("test-data/cases.csv").to_str().unwrap(),
    ])
    .output()
    .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    // Start a run; take the store away as soon as the first document is stored.
    let mut child = cv(&[
        "run",
        "scanning-station",
        "--once",
        "--json",
        "--show-names",
        "--inbox",
        inbox.to_str().unwrap(),
    ])
    .stdout(Stdio::piped())
    .stderr(Stdio::piped())
    .spawn()
    .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    let reader = std::thread::spawn(move || {
        use std::io::BufRead;
        let mut rows = Vec::new();
        for line in std::io::BufReader::new(stdout).lines() {
            let row: serde_json::Value = serde_json::from_str(&line.unwrap()).unwrap();
            if row["outcome"] == "stored" {
                let _ = tx.send(());
            }
            rows.push(row);
        }
        rows
    });
    rx.recv_timeout(Duration::from_secs(300))
        .expect("a first document is stored");
    weed.stop();
    let started = Instant::now();
    let status = child.wait().unwrap();
    let rows = reader.join().unwrap();
    // The run itself ends cleanly, saying that documents wait to be retried (exit code 3).
    assert_eq!(
        status.code(),
        Some(3),
        "the run must end cleanly, with documents to retry"
    );
    let outcomes: Vec<&str> = rows
        .iter()
        .map(|r| r["outcome"].as_str().unwrap())
        .collect();
    let stored_first = outcomes.iter().filter(|o| **o == "stored").count();
    let retry = outcomes.iter().filter(|o| **o == "retry later").count();
    assert!(
        stored_first >= 1 && retry >= 1 && stored_first + retry == 3,
        "{rows:#?}"
    );
    // Retried with backoff (4 retries: 0.25 + 0.5 + 1 + 2 s) before giving up on each.
    assert!(
        started.elapsed() >= Duration::from_secs(3),
        "gave up too soon: {:?}",
        started.elapsed()
    );
    let left: Vec<String> = std::fs::read_dir(&inbox)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        left.len(),
        retry,
        "the originals not stored stay in the inbox: {left:?}"
    );

    weed.start_again();
    let config = Config::load(Some(&config_path), Some(&home)).unwrap();
    let rt = tokio::runtime::Runtime::new().unwrap();
    let check = |expect_stored: usize| {
        let cat = casevault::sink::open_catalog(&config).unwrap();
        let rows = cat.all_documents().unwrap();
        let stored: Vec<_> = rows
            .iter()
            .filter(|r| r.status == casevault::catalog::DocStatus::Stored)
            .collect();
        assert_eq!(stored.len(), expect_stored);
        rt.block_on(async {
            let store = casevault::store::open(
                &config.store_url,
                &casevault::sink::s3_settings(&config).into(),
            )
            .await
            .unwrap();
            for r in &stored {
                assert!(
                    store.head(&r.object_key).await.unwrap().is_some(),
                    "stored row {} has no object",
                    r.id
                );
            }
            store.list("objects").await.unwrap()
        })
    };
    let objects = check(stored_first);
    assert!(objects.len() >= stored_first);

    // Run again with the store back: everything stored, nothing twice.
    let out = cv(&[
        "run",
        "scanning-station",
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
    let rows = json_lines(&String::from_utf8(out.stdout).unwrap());
    assert_eq!(rows.len(), retry);
    assert!(rows.iter().all(|r| r["outcome"] == "stored"), "{rows:#?}");
    assert_eq!(std::fs::read_dir(&inbox).unwrap().count(), 0);
    let objects = check(3);
    assert_eq!(objects.len(), 3, "one object per document: {objects:?}");
    let out = cv(&["verify"]).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    // Cases, holds and people were mirrored to S3 too.
    let out = cv(&["keys", "ls", "--json"]).output().unwrap();
    let keys = json_lines(&String::from_utf8(out.stdout).unwrap());
    assert_eq!(keys[0]["records"], 9);
    drop(weed);
}
