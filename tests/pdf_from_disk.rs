//! A PDF read from disk (issue 12, bounded memory) becomes the same stored PDF as the same
//! file read into memory: born-digital PDFs byte for byte the original, scanned PDFs the
//! original with the same text layer appended, and the result passes `qpdf --check`.
//!
//! Files larger than the in-flight budget are copied to casevault's temporary folder and read
//! through a memory map whose pages are given back as they are used (`casevault::content`);
//! the stored PDF is then the original plus an appended tail, sealed from disk a chunk at a
//! time. The end-to-end half of this (`a_pdf_larger_than_the_budget_is_filed_from_disk`) runs
//! the scanning station with a budget of 1 MiB on a scanned PDF larger than that, reads the
//! stored document back and compares it with what the in-memory run stored.

mod support;

use std::path::Path;

use casevault::content::Content;
use casevault::document::Arrival;
use casevault::messages::{Job, Recognised};
use casevault::pipeline::ocr_stage::{recognise, OcrPool, Prepare};
use support::cli::{casevault, repo};

fn arrival(name: &str, sha: &str, size: u64) -> Arrival {
    Arrival {
        path: Path::new("/nonexistent").join(name),
        original_name: name.to_string(),
        sha256: sha.to_string(),
        size,
        received_at: chrono::Utc::now(),
        pipeline: "test".into(),
        hint: None,
        identity: None,
    }
}

/// What the OCR stage makes of `bytes`, read into memory (`from_disk` false) or from a private
/// copy on disk: the kind and the stored PDF's bytes.
fn stored_pdf(
    pool: &OcrPool,
    prep: &Prepare,
    name: &str,
    bytes: &[u8],
    from_disk: bool,
) -> (String, Vec<u8>, bool) {
    let spool = tempfile::tempdir().unwrap();
    let keep = if from_disk { 0 } else { u64::MAX };
    let (content, sha) =
        Content::read_hashed(&mut &bytes[..], bytes.len() as u64, keep, spool.path()).unwrap();
    assert_eq!(content.is_mapped(), from_disk);
    let job = Job {
        arrival: arrival(name, &sha, bytes.len() as u64),
        bytes: content,
    };
    match recognise(pool, prep, job) {
        Recognised::Ok { parts, .. } => {
            let p = &parts[0];
            assert_eq!(p.sha256, sha, "part 0 carries the arrival's SHA-256");
            (
                p.kind.as_str().to_string(),
                p.pdf.to_vec(),
                p.pdf.is_mapped(),
            )
        }
        Recognised::Quarantine(_, q) => panic!("{name} quarantined: {q:?}"),
    }
}

fn qpdf_check(pdf: &[u8]) {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("stored.pdf");
    std::fs::write(&f, pdf).unwrap();
    let out = std::process::Command::new("qpdf")
        .arg("--check")
        .arg(&f)
        .output()
        .expect("qpdf is installed");
    assert!(
        out.status.success(),
        "qpdf --check: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!text.contains("WARNING"), "qpdf --check warns: {text}");
}

#[test]
fn a_pdf_read_from_disk_is_stored_as_the_same_bytes_as_one_read_into_memory() {
    let pool = OcrPool::new("eng", &casevault::config::LegibilityConfig::default());
    let prep = Prepare {
        input: casevault::pipeline::definition::InputKind::Scan,
        office: Default::default(),
    };
    // Named, not the first files a directory listing gives: most of `formats/pdf` are
    // image-only, and the test needs a born-digital PDF (text on every page: `pdftotext`
    // finds words in it) next to scanned ones.
    let formats = repo().join("test-data/formats/pdf");
    let inputs = [
        formats.join("Smith v Brown - BM25P00012 - Witness statement.pdf"),
        formats.join("Hughes v Patel - LS24P01234 - Application.pdf"),
        formats.join("Jones v Jones - CF22P00789 - Court order.pdf"),
        repo().join("test-data/scans/scan_0004.pdf"),
    ];
    let mut kinds = Vec::new();
    for path in inputs {
        let bytes = std::fs::read(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let (kind_mem, pdf_mem, _) = stored_pdf(&pool, &prep, &name, &bytes, false);
        let (kind_disk, pdf_disk, mapped) = stored_pdf(&pool, &prep, &name, &bytes, true);
        assert_eq!(kind_mem, kind_disk, "{name}");
        assert!(
            mapped,
            "{name}: the stored PDF is not read from the copy on disk"
        );
        assert!(
            pdf_disk.starts_with(&bytes),
            "{name}: the original is not a prefix of what is stored"
        );
        if kind_disk == "born-digital" {
            assert_eq!(
                pdf_disk, bytes,
                "{name}: a born-digital PDF is stored as it came"
            );
        } else {
            assert!(
                pdf_disk.len() > bytes.len(),
                "{name}: no text layer appended"
            );
            qpdf_check(&pdf_disk);
        }
        assert!(
            pdf_mem == pdf_disk,
            "{name}: the two paths store different bytes"
        );
        kinds.push(kind_disk);
    }
    assert!(kinds.iter().any(|k| k == "born-digital"), "{kinds:?}");
    assert!(kinds.iter().any(|k| k == "scan"), "{kinds:?}");
}

/// The stored PDFs of a `--once` run over `inbox` with `config`, read back with `get`.
fn filed(home: &Path, inbox: &Path, config: &Path) -> Vec<Vec<u8>> {
    let cases = casevault(home)
        .arg("import-cases")
        .arg(repo().join("test-data/cases.csv"))
        .output()
        .unwrap();
    assert!(cases.status.success(), "import-cases failed");
    let out = casevault(home)
        .arg("--config")
        .arg(config)
        .args(["run", "scanning-station", "--once", "--json", "--inbox"])
        .arg(inbox)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "run failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let mut pdfs = Vec::new();
    for row in support::cli::json_lines(&stdout) {
        assert_eq!(row["outcome"], "stored", "{stdout}");
        let id = row["doc_id"]
            .as_str()
            .expect("a stored row names its document");
        let file = home.join(format!("{id}.pdf"));
        support::cli::ok(home, &["get", id, "-o", file.to_str().unwrap()]);
        pdfs.push(std::fs::read(&file).unwrap());
    }
    pdfs
}

#[test]
fn a_pdf_larger_than_the_budget_is_filed_from_disk_as_it_is_from_memory() {
    let tmp = tempfile::tempdir().unwrap();
    let shipped = std::fs::read_to_string(repo().join("config/casevault.toml")).unwrap();
    let config_with = |mib: u64, name: &str| {
        let text = shipped
            .replace("in_flight_mib = 64", &format!("in_flight_mib = {mib}"))
            .replace(
                "schedules_dir = \"retention\"",
                &format!(
                    "schedules_dir = \"{}\"",
                    repo().join("config/retention").display()
                ),
            );
        let p = tmp.path().join(name);
        std::fs::write(&p, text).unwrap();
        p
    };
    let input = repo().join("test-data/scans/scan_0004.pdf");
    assert!(
        std::fs::metadata(&input).unwrap().len() > 1 << 20,
        "the sample must be larger than a 1 MiB budget"
    );
    let mut runs = Vec::new();
    for (mib, tag) in [(1u64, "disk"), (64, "memory")] {
        let inbox = tmp.path().join(format!("inbox-{tag}"));
        std::fs::create_dir_all(&inbox).unwrap();
        let file = inbox.join("scan_0004.pdf");
        std::fs::copy(&input, &file).unwrap();
        support::cli::arrived_long_ago(&file);
        let config = config_with(mib, &format!("{tag}.toml"));
        runs.push(filed(
            &tmp.path().join(format!("home-{tag}")),
            &inbox,
            &config,
        ));
        assert_eq!(std::fs::read_dir(&inbox).unwrap().count(), 0, "left behind");
    }
    assert_eq!(runs[0].len(), 1, "one document stored");
    let original = std::fs::read(&input).unwrap();
    assert!(
        runs[0][0].starts_with(&original),
        "the original is kept as it came"
    );
    assert!(
        runs[0][0].len() > original.len(),
        "with its text layer appended"
    );
    qpdf_check(&runs[0][0]);
    assert!(runs[0] == runs[1], "the two paths stored different PDFs");
}
