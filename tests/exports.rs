//! Exports (issue 13, points 6 and 7), through the real binary: the subject access PDF leaves
//! legal advice out and counts it on its index, and passes `qpdf --check`; the serious case
//! review copy verifies offline with its key alone, fails to verify after one changed byte or a
//! changed file re-sealed with the same key, and still verifies after `dispose --execute`
//! destroyed the originals.

mod support;

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use chrono::{Months, NaiveDate};
use sha2::{Digest, Sha256};
use support::cli::{arrived_long_ago, casevault, json_lines, ok, repo};

/// Words only the legal advice holds (a text file routed to legal-advice by its words).
const ADVICE_WORD: &str = "zebracrossing";
const ADVICE: &str = "Cafcass Legal\nPRIVILEGED AND CONFIDENTIAL: legal advice\n\n\
    The advice on the application is zebracrossing: the practitioner should not file the \
    report before the hearing.\n";

const POLICE: &str = "West Yorkshire Police\nDisclosure to the family court, reference 7\n\n\
    A search of the Police National Computer found 1 record for the household.\n\
    Officers attended the address on 2 occasions; no further police action.\n";

fn put(inbox: &Path, name: &str, text: &str) {
    let p = inbox.join(name);
    std::fs::write(&p, text).unwrap();
    arrived_long_ago(&p);
}

fn copy(inbox: &Path, sample: &str, name: &str) {
    let p = inbox.join(name);
    std::fs::copy(repo().join(sample), &p).unwrap();
    arrived_long_ago(&p);
}

/// A home with the sample cases, and the inbox filed by the scanning station.
fn filed(tmp: &Path, fill: impl FnOnce(&Path)) -> PathBuf {
    let home = tmp.join("home");
    let inbox = tmp.join("inbox");
    std::fs::create_dir_all(&inbox).unwrap();
    ok(
        &home,
        &[
            "import-cases",
            repo().join("test-data/cases.csv").to_str().unwrap(),
        ],
    );
    fill(&inbox);
    let rows = json_lines(&ok(
        &home,
        &[
            "run",
            "scanning-station",
            "--once",
            "--json",
            "--inbox",
            inbox.to_str().unwrap(),
        ],
    ));
    assert!(
        rows.iter().all(|r| r["outcome"] == "stored"),
        "every sample is stored: {rows:#?}"
    );
    home
}

fn tool(name: &str, args: &[&str]) -> Output {
    Command::new(name).args(args).output().unwrap_or_else(|e| {
        panic!(
            "{name} is needed by this test (poppler-utils, qpdf: `make test` installs them): {e}"
        )
    })
}

/// The PDF's text by `pdftotext`, white space runs as one space.
fn pdftotext(pdf: &Path) -> String {
    let out = tool("pdftotext", &[pdf.to_str().unwrap(), "-"]);
    assert!(out.status.success(), "{out:?}");
    // Lines wrapped where the page ends them: compared as running text.
    String::from_utf8(out.stdout)
        .unwrap()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn sha256_file(p: &Path) -> String {
    hex::encode(Sha256::digest(std::fs::read(p).unwrap()))
}

#[cfg(unix)]
fn mode(p: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

#[test]
fn a_subject_access_export_leaves_out_legal_advice_and_counts_what_it_withheld() {
    let tmp = tempfile::tempdir().unwrap();
    // Re Evans (MK23C00456): a two-page scanned expert report (image-only PDF, OCR'd and kept
    // as it came with a text layer), a police disclosure, and two pieces of legal advice: a
    // scan (routed by its words PRIVILEGED / LEGAL ADVICE) and a text file.
    let home = filed(tmp.path(), |inbox| {
        copy(inbox, "test-data/scans/scan_0004.pdf", "scan_0004.pdf");
        copy(inbox, "test-data/scans/scan_0007.png", "scan_0007.png");
        put(inbox, "Re Evans - MK23C00456 - Advice.txt", ADVICE);
        put(
            inbox,
            "Re Evans - MK23C00456 - Police disclosure.txt",
            POLICE,
        );
    });
    let docs = json_lines(&ok(&home, &["ls", "--case", "MK23C00456", "--json"]));
    let folders: Vec<&str> = docs.iter().map(|d| d["folder"].as_str().unwrap()).collect();
    assert_eq!(
        folders.iter().filter(|f| **f == "legal-advice").count(),
        2,
        "{docs:#?}"
    );

    let sar = tmp.path().join("sar.pdf");
    let said = ok(
        &home,
        &[
            "export",
            "sar",
            "--case",
            "MK23C00456",
            "--subject",
            "Rhys Evans",
            "--out",
            sar.to_str().unwrap(),
        ],
    );
    assert!(
        said.contains("2 document(s) included, 4 page(s) with the 1-page index; 2 withheld"),
        "{said}"
    );
    #[cfg(unix)]
    assert_eq!(
        mode(&sar),
        0o600,
        "the export holds a case file in the clear"
    );

    let check = tool("qpdf", &["--check", sar.to_str().unwrap()]);
    assert!(check.status.success(), "qpdf --check: {check:?}");

    let text = pdftotext(&sar);
    // Nothing of either piece of legal advice.
    for word in [ADVICE_WORD, "proportionate", "should not file the report"] {
        assert!(
            !text.to_lowercase().contains(&word.to_lowercase()),
            "legal advice text {word:?} is in the export:\n{text}"
        );
    }
    // The index: what was withheld, counted with why; what is in, with its pages.
    assert!(text.contains("Withheld: 2 documents."), "{text}");
    assert!(
        text.contains("- legal-advice: 2 documents. Why: legal advice is privileged"),
        "{text}"
    );
    assert!(text.contains("Documents included: 2"), "{text}");
    assert!(
        text.contains("1. experts-and-agency: Re Evans - MK23C00456 - Expert report.pdf"),
        "{text}"
    );
    assert!(text.contains("pages 2-3"), "{text}");
    assert!(
        text.contains("Rhys Evans, a subject child of this case"),
        "{text}"
    );
    // The documents, in folder order (experts-and-agency before police-information), every
    // page numbered.
    let expert = text
        .find("psychologist")
        .expect("the expert report's OCR text");
    let police = text
        .find("Police National Computer")
        .expect("the police text");
    assert!(expert < police, "folder order");
    for n in 1..=4 {
        assert!(
            text.contains(&format!(
                "Subject access export, case MK23C00456 - page {n} of 4"
            )),
            "page {n} is numbered:\n{text}"
        );
    }

    // Recorded: counts and the file's SHA-256, no name of anyone or anything.
    let log = json_lines(&ok(&home, &["log", "--case", "MK23C00456", "--json"]));
    let entry = log
        .iter()
        .find(|e| e["action"] == "exported (subject access)")
        .expect("the export is in the contact log");
    let detail = entry["detail"].as_str().unwrap();
    assert!(detail.contains(&sha256_file(&sar)), "{detail}");
    assert!(detail.contains("2 withheld (legal-advice 2)"), "{detail}");
    for name in ["Rhys", "Evans", "Expert report", ".pdf", "sar.pdf"] {
        assert!(
            !detail.contains(name),
            "{name:?} in the contact log: {detail}"
        );
    }
    // And each document that went out is a read of it; nothing withheld was read.
    let mut reads: Vec<&str> = log
        .iter()
        .filter(|e| e["action"] == "read")
        .map(|e| e["document_id"].as_str().unwrap())
        .collect();
    let mut included: Vec<&str> = docs
        .iter()
        .filter(|d| d["folder"] != "legal-advice")
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    reads.sort();
    included.sort();
    assert_eq!(reads, included, "{log:#?}");

    // An existing file is never replaced.
    let again = casevault(&home)
        .args([
            "export",
            "sar",
            "--case",
            "MK23C00456",
            "--out",
            sar.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(!again.status.success());
    assert!(
        String::from_utf8_lossy(&again.stderr).contains("already exists"),
        "{again:?}"
    );

    // A folder the schedule marks sar_exempt is withheld too, with the schedule's reason: the
    // same home under a configuration whose cafcass-2020 marks police-information exempt.
    let config = tmp.path().join("config");
    std::fs::create_dir_all(config.join("retention")).unwrap();
    std::fs::copy(
        repo().join("config/casevault.toml"),
        config.join("casevault.toml"),
    )
    .unwrap();
    for e in std::fs::read_dir(repo().join("config/retention")).unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, config.join("retention").join(p.file_name().unwrap())).unwrap();
    }
    let schedule = config.join("retention/cafcass-2020.toml");
    let mut text = std::fs::read_to_string(&schedule).unwrap();
    text.push_str(
        "\n[[folder]]\nname = \"police-information\"\nsar_exempt = true\n\
         source = \"a test's local decision\"\n",
    );
    std::fs::write(&schedule, text).unwrap();
    let exempt = tmp.path().join("exempt.pdf");
    support::cli::succeeded(
        casevault(&home)
            .arg("--config")
            .arg(config.join("casevault.toml"))
            .args(["export", "sar", "--case", "MK23C00456", "--out"])
            .arg(&exempt),
    );
    let text = pdftotext(&exempt);
    assert!(!text.contains("Police National Computer"), "{text}");
    assert!(text.contains("Withheld: 3 documents."), "{text}");
    assert!(
        text.contains("- police-information: 1 document. Why: the retention schedule cafcass-2020 marks the folder exempt from subject access (a test's local decision)."),
        "{text}"
    );
    assert!(text.contains("Documents included: 1"), "{text}");

    // Someone who is not a subject child: the whole file (less legal advice), with the note.
    let other = tmp.path().join("other.pdf");
    ok(
        &home,
        &[
            "export",
            "sar",
            "--case",
            "MK23C00456",
            "--subject",
            "A Neighbour",
            "--out",
            other.to_str().unwrap(),
        ],
    );
    let text = pdftotext(&other);
    assert!(text.contains("not a subject child of this case"), "{text}");
    assert!(text.contains("the whole case file is included"), "{text}");
    assert!(!text.contains(ADVICE_WORD), "{text}");
}

/// Runs `verify-export` as someone with the copy and its key only: no home, no configuration,
/// a working folder where nothing of casevault is.
fn verify_export(copy: &Path, key_args: &[&str], env: &[(&str, &str)]) -> Output {
    let nowhere = tempfile::tempdir().unwrap();
    let mut c = Command::new(env!("CARGO_BIN_EXE_casevault"));
    c.current_dir(nowhere.path())
        .env_remove("CASEVAULT_HOME")
        .env_remove("CASEVAULT_CONFIG")
        .env("OMP_THREAD_LIMIT", "1")
        .arg("verify-export")
        .arg(copy)
        .args(key_args);
    for (k, v) in env {
        c.env(k, v);
    }
    let out = c.output().unwrap();
    assert_eq!(
        std::fs::read_dir(nowhere.path()).unwrap().count(),
        0,
        "verify-export wrote nothing where it ran"
    );
    out
}

const PASSPHRASE: &str = "serious case review 2026";

/// The copy decrypted: the tar archive's entries, path to bytes.
fn unpack(copy: &Path) -> Vec<(String, Vec<u8>)> {
    let sealed = std::fs::read(copy).unwrap();
    let d = age::Decryptor::new(&sealed[..]).unwrap();
    let id = age::scrypt::Identity::new(PASSPHRASE.to_string().into());
    let mut tar_bytes = Vec::new();
    d.decrypt(std::iter::once(&id as &dyn age::Identity))
        .unwrap()
        .read_to_end(&mut tar_bytes)
        .unwrap();
    let mut a = tar::Archive::new(&tar_bytes[..]);
    a.entries()
        .unwrap()
        .map(|e| {
            let mut e = e.unwrap();
            let p = e.path().unwrap().to_string_lossy().into_owned();
            let mut v = Vec::new();
            e.read_to_end(&mut v).unwrap();
            (p, v)
        })
        .collect()
}

/// Seals `entries` again as a tar, to the same passphrase: what someone who knows the key could
/// do after changing a file.
fn reseal(entries: &[(String, Vec<u8>)], to: &Path) {
    let mut tar = tar::Builder::new(Vec::new());
    for (p, v) in entries {
        let mut h = tar::Header::new_gnu();
        h.set_size(v.len() as u64);
        h.set_mode(0o600);
        tar.append_data(&mut h, p, &v[..]).unwrap();
    }
    let tar_bytes = tar.into_inner().unwrap();
    let mut out = Vec::new();
    let mut w = age::Encryptor::with_user_passphrase(PASSPHRASE.to_string().into())
        .wrap_output(&mut out)
        .unwrap();
    w.write_all(&tar_bytes).unwrap();
    w.finish().unwrap();
    std::fs::write(to, out).unwrap();
}

#[test]
fn a_review_copy_verifies_with_its_key_alone_fails_when_changed_and_outlives_the_originals() {
    let tmp = tempfile::tempdir().unwrap();
    // Smith v Brown (BM25P00012), a Work to First Hearing case: its police information is kept
    // three months, then destroyed.
    let home = filed(tmp.path(), |inbox| {
        put(inbox, "Smith v Brown - BM25P00012 - PNC check.txt", POLICE);
    });
    let docs = json_lines(&ok(&home, &["ls", "--json"]));
    assert_eq!(docs.len(), 1, "{docs:#?}");
    assert_eq!(docs[0]["folder"], "police-information");
    let id = docs[0]["id"].as_str().unwrap().to_string();
    let as_stored = tmp.path().join("as-stored.pdf");
    ok(&home, &["get", &id, "-o", as_stored.to_str().unwrap()]);
    let as_stored = std::fs::read(&as_stored).unwrap();

    // Sealed to a passphrase, into a folder: the file is named with the case and the date.
    let out_dir = tmp.path().join("copies");
    std::fs::create_dir_all(&out_dir).unwrap();
    let said = String::from_utf8(
        support::cli::succeeded(
            casevault(&home)
                .env("REVIEW_PASSPHRASE", PASSPHRASE)
                .args([
                    "export",
                    "review",
                    "--case",
                    "BM25P00012",
                    "--passphrase-env",
                ])
                .arg("REVIEW_PASSPHRASE")
                .arg("--out")
                .arg(&out_dir),
        )
        .stdout,
    )
    .unwrap();
    let copies: Vec<PathBuf> = std::fs::read_dir(&out_dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(copies.len(), 1);
    let copy = copies[0].clone();
    let today = chrono::Utc::now().date_naive().to_string();
    assert_eq!(
        copy.file_name().unwrap().to_string_lossy(),
        format!("review-BM25P00012-{today}.tar.age")
    );
    assert!(said.contains("1 document(s), 5 file(s)"), "{said}");
    #[cfg(unix)]
    assert_eq!(mode(&copy), 0o600);

    // Self-contained: the document as stored, the log, the labels, the case and the manifest.
    let entries = unpack(&copy);
    let top = format!("review-BM25P00012-{today}");
    let names: Vec<&str> = entries.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(
        names,
        [
            format!(
                "{top}/documents/police-information/Smith v Brown - BM25P00012 - PNC check.pdf"
            ),
            format!("{top}/case.json"),
            format!("{top}/contact-log.json"),
            format!("{top}/retention-labels.json"),
            format!("{top}/manifest.json"),
        ]
    );
    assert_eq!(entries[0].1, as_stored, "the document exactly as stored");
    let log: serde_json::Value = serde_json::from_slice(&entries[2].1).unwrap();
    assert!(
        log.as_array()
            .unwrap()
            .iter()
            .any(|e| e["action"] == "filed"),
        "{log}"
    );
    let labels: serde_json::Value = serde_json::from_slice(&entries[3].1).unwrap();
    assert_eq!(labels["documents"][0]["id"], id.as_str());
    assert_eq!(
        labels["documents"][0]["retention"]["rule"], "police-information-wtfh",
        "{labels}"
    );
    let manifest: serde_json::Value = serde_json::from_slice(&entries[4].1).unwrap();
    assert_eq!(manifest["case_number"], "BM25P00012");
    assert_eq!(
        manifest["files"][0]["sha256"],
        hex::encode(Sha256::digest(&as_stored))
    );

    // Verified offline with the passphrase alone.
    let key = ["--passphrase-env", "REVIEW_PASSPHRASE"];
    let env = [("REVIEW_PASSPHRASE", PASSPHRASE)];
    let out = verify_export(&copy, &key, &env);
    assert!(out.status.success(), "{out:?}");
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.starts_with("OK: 1 document(s) and 5 file(s) of case BM25P00012"),
        "{said}"
    );
    // The copy is recorded with its SHA-256, which verify-export reports.
    let sha = sha256_file(&copy);
    assert!(said.contains(&sha), "{said}");
    let log = json_lines(&ok(&home, &["log", "--case", "BM25P00012", "--json"]));
    assert!(
        log.iter().any(|e| e["action"] == "exported (review copy)"
            && e["detail"].as_str().unwrap().contains(&sha)),
        "{log:#?}"
    );

    // A wrong passphrase does not open it.
    let out = verify_export(&copy, &key, &[("REVIEW_PASSPHRASE", "not the passphrase")]);
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("does not open with this key"),
        "{out:?}"
    );

    // One byte changed anywhere in the sealed data: it fails, exit 1.
    let sealed = std::fs::read(&copy).unwrap();
    for at in [sealed.len() / 2, sealed.len() - 1] {
        let mut changed = sealed.clone();
        changed[at] ^= 0x01;
        let bad = tmp.path().join(format!("changed-{at}.age"));
        std::fs::write(&bad, &changed).unwrap();
        let out = verify_export(&bad, &key, &env);
        assert_eq!(out.status.code(), Some(1), "byte {at} changed: {out:?}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("damaged or was changed"),
            "{out:?}"
        );
    }
    // Cut short: fails too.
    let cut = tmp.path().join("cut.age");
    std::fs::write(&cut, &sealed[..sealed.len() - 100]).unwrap();
    assert!(!verify_export(&cut, &key, &env).status.success());

    // Unpacked, a document changed, sealed again with the same passphrase: age cannot tell,
    // the manifest does.
    let mut entries = unpack(&copy);
    entries[0].1.extend_from_slice(b"\n% a line added\n");
    let resealed = tmp.path().join("resealed.age");
    reseal(&entries, &resealed);
    let out = verify_export(&resealed, &key, &env);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("does not match the manifest"), "{err}");
    // ... and with the same files unchanged, it verifies (the check above is the change).
    let entries = unpack(&copy);
    reseal(&entries, &resealed.with_extension("same"));
    assert!(verify_export(&resealed.with_extension("same"), &key, &env)
        .status
        .success());
    // A file added that the manifest does not list.
    let mut entries = unpack(&copy);
    entries.insert(
        1,
        (format!("{top}/documents/extra.pdf"), b"%PDF-1.4".to_vec()),
    );
    reseal(&entries, &resealed.with_extension("extra"));
    let out = verify_export(&resealed.with_extension("extra"), &key, &env);
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("is not in the manifest"),
        "{out:?}"
    );

    // The originals destroyed (crypto-shredded: their keys are gone): the copy still opens.
    ok(&home, &["hold", "lift", "--global"]);
    let received: NaiveDate =
        chrono::DateTime::parse_from_rfc3339(docs[0]["received_at"].as_str().unwrap())
            .unwrap()
            .date_naive();
    let due = received
        .checked_add_months(Months::new(4))
        .unwrap()
        .to_string();
    ok(&home, &["dispose", "--execute", "--today", &due]);
    assert!(
        json_lines(&ok(&home, &["ls", "--json"])).is_empty(),
        "destroyed"
    );
    assert!(!home.join("store").join("objects").join(&id).exists());
    let out = verify_export(&copy, &key, &env);
    assert!(out.status.success(), "after destruction: {out:?}");
    assert_eq!(
        unpack(&copy)[0].1,
        as_stored,
        "the document is still in the copy"
    );
}

#[test]
fn a_review_copy_sealed_to_a_recipient_opens_with_its_identity_only() {
    let tmp = tempfile::tempdir().unwrap();
    let home = filed(tmp.path(), |inbox| {
        put(inbox, "Smith v Brown - BM25P00012 - PNC check.txt", POLICE);
    });
    let identity = age::x25519::Identity::generate();
    let id_file = tmp.path().join("review.key");
    {
        use age::secrecy::ExposeSecret;
        std::fs::write(
            &id_file,
            format!("{}\n", identity.to_string().expose_secret()),
        )
        .unwrap();
    }
    let copy = tmp.path().join("copy.age");
    ok(
        &home,
        &[
            "export",
            "review",
            "--case",
            "BM25P00012",
            "--recipient",
            &identity.to_public().to_string(),
            "--out",
            copy.to_str().unwrap(),
        ],
    );
    let out = verify_export(&copy, &["--identity", id_file.to_str().unwrap()], &[]);
    assert!(out.status.success(), "{out:?}");
    // Another identity does not open it, nor does a passphrase.
    let other = tmp.path().join("other.key");
    {
        use age::secrecy::ExposeSecret;
        let o = age::x25519::Identity::generate();
        std::fs::write(&other, format!("{}\n", o.to_string().expose_secret())).unwrap();
    }
    let out = verify_export(&copy, &["--identity", other.to_str().unwrap()], &[]);
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("does not open with this key"),
        "{out:?}"
    );
    let out = verify_export(&copy, &["--passphrase-env", "P"], &[("P", PASSPHRASE)]);
    assert!(!out.status.success());
    // A passphrase too short to seal with is refused, and nothing is written.
    let weak = tmp.path().join("weak.age");
    let out = casevault(&home)
        .env("P", "short")
        .args([
            "export",
            "review",
            "--case",
            "BM25P00012",
            "--passphrase-env",
            "P",
            "--out",
        ])
        .arg(&weak)
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("too short"),
        "{out:?}"
    );
    assert!(!weak.exists());
}
