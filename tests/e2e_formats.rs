//! Every encoding and file format an office holds (issue 10), through a scanning station's
//! inbox: each file of `test-data/formats/<set>/` is filed, or quarantined with the reason its
//! manifest expects, and no file makes the pipeline panic.
//!
//! Manifest (`test-data/formats/<set>/manifest.toml`), one `[[file]]` per input:
//!   file      path relative to the set's folder
//!   outcome   "stored" | "quarantined"
//!   reason    quarantined only: the quarantine reason code
//!   detail    quarantined only: words the reason's detail must contain (case-insensitive)
//!   pages     stored only: pages of the stored PDF
//!   words     stored only: words `pdftotext` must find in the stored PDF
//!   encoding  what the file exercises (informational)

mod support;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde::Deserialize;
use support::cli::{casevault, json_lines, ok, repo};

#[derive(Debug, Deserialize)]
struct Manifest {
    file: Vec<Entry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    file: String,
    outcome: String,
    #[serde(default)]
    reason: Option<String>,
    #[serde(default)]
    detail: Vec<String>,
    #[serde(default)]
    pages: Option<u32>,
    #[serde(default)]
    words: Vec<String>,
    #[serde(default)]
    #[allow(dead_code)]
    encoding: Option<String>,
    #[serde(default)]
    #[allow(dead_code)]
    case_number: Option<String>,
    #[serde(default)]
    folder: Option<String>,
}

/// The PDF a stored document decrypts to, checked by `qpdf --check`, and its text.
fn stored_pdf(home: &Path, doc_id: &str) -> (PathBuf, String) {
    let out = home.join(format!("{doc_id}.pdf"));
    ok(home, &["get", doc_id, "-o", out.to_str().unwrap()]);
    let q = Command::new("qpdf")
        .arg("--check")
        .arg(&out)
        .output()
        .expect("qpdf is installed by make deps");
    assert!(
        q.status.success(),
        "qpdf --check failed for {doc_id}: {}",
        String::from_utf8_lossy(&q.stdout)
    );
    let t = Command::new("pdftotext")
        .args([out.to_str().unwrap(), "-"])
        .output()
        .expect("pdftotext is installed by make deps");
    assert!(t.status.success());
    (out, String::from_utf8_lossy(&t.stdout).into_owned())
}

fn pdf_pages(pdf: &Path) -> u32 {
    let info = Command::new("pdfinfo").arg(pdf).output().unwrap();
    String::from_utf8_lossy(&info.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("pdfinfo gave no page count for {pdf:?}"))
}

/// Files every input of one set through a scanning-station inbox and checks each against its
/// manifest entry. Returns the report rows by input name, for checks of a set's own.
fn file_set(set: &str) -> (tempfile::TempDir, HashMap<String, serde_json::Value>) {
    let dir = repo().join("test-data/formats").join(set);
    let manifest: Manifest = toml::from_str(
        &std::fs::read_to_string(dir.join("manifest.toml"))
            .unwrap_or_else(|e| panic!("test-data/formats/{set}/manifest.toml: {e}")),
    )
    .unwrap_or_else(|e| panic!("test-data/formats/{set}/manifest.toml: {e}"));
    assert!(!manifest.file.is_empty());
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    let inbox = tmp.path().join("inbox");
    std::fs::create_dir_all(&inbox).unwrap();
    ok(
        &home,
        &[
            "import-cases",
            repo().join("test-data/cases.csv").to_str().unwrap(),
        ],
    );
    // The samples include a letter for the shielded sample case: the test reads it.
    support::cli::see_shielded_sample(&home);
    for e in &manifest.file {
        let to = inbox.join(Path::new(&e.file).file_name().unwrap());
        std::fs::copy(dir.join(&e.file), &to)
            .unwrap_or_else(|err| panic!("{set}/{}: {err}", e.file));
        // Damaged samples (cut short) are judged, not left for a writer still at work.
        support::cli::arrived_long_ago(&to);
    }
    let out = casevault(&home)
        .args([
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
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(!stderr.contains("panicked"), "a decoder panicked: {stderr}");
    let rows: HashMap<String, serde_json::Value> =
        json_lines(&String::from_utf8(out.stdout).unwrap())
            .into_iter()
            .map(|r| (r["input"].as_str().unwrap().to_string(), r))
            .collect();
    let mut failures = Vec::new();
    for e in &manifest.file {
        let name = Path::new(&e.file).file_name().unwrap().to_str().unwrap();
        let Some(row) = rows.get(name) else {
            failures.push(format!("{name}: no report row"));
            continue;
        };
        if row["outcome"] != e.outcome.as_str() {
            failures.push(format!("{name}: expected {}, got {row}", e.outcome));
            continue;
        }
        match e.outcome.as_str() {
            "quarantined" => {
                let reason = e
                    .reason
                    .as_deref()
                    .expect("a quarantined entry names its reason");
                if row["reason"] != reason {
                    failures.push(format!("{name}: expected reason {reason}, got {row}"));
                }
                let detail = row["detail"].as_str().unwrap_or("").to_lowercase();
                for w in &e.detail {
                    if !detail.contains(&w.to_lowercase()) {
                        failures.push(format!("{name}: the reason does not say {w:?}: {row}"));
                    }
                }
            }
            "stored" => {
                if let Some(folder) = &e.folder {
                    if row["folder"] != folder.as_str() {
                        failures.push(format!("{name}: expected folder {folder}, got {row}"));
                    }
                }
                let (pdf, text) = stored_pdf(&home, row["doc_id"].as_str().unwrap());
                if let Some(pages) = e.pages {
                    let got = pdf_pages(&pdf);
                    if got != pages {
                        failures.push(format!("{name}: {got} pages stored, expected {pages}"));
                    }
                }
                let flat = text.to_lowercase();
                for w in &e.words {
                    if !flat.contains(&w.to_lowercase()) {
                        failures.push(format!("{name}: the stored PDF's text lacks {w:?}"));
                    }
                }
            }
            other => panic!("{name}: unknown outcome {other:?} in the manifest"),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} files of test-data/formats/{set} not as the manifest says:\n{}",
        failures.len(),
        manifest.file.len(),
        failures.join("\n")
    );
    (tmp, rows)
}

/// `test-data/formats/pdf/facts.toml`: what each file is made of (see its header).
#[derive(Debug, Deserialize)]
struct Facts {
    file: Vec<FileFacts>,
}

#[derive(Debug, Deserialize)]
struct FileFacts {
    file: String,
    intact: bool,
    qpdf_check: String,
    #[serde(default)]
    page: Vec<PageFacts>,
}

#[derive(Debug, Deserialize)]
struct PageFacts {
    text_layer: String,
    #[serde(default)]
    orientation: i64,
    #[serde(default)]
    rotate: i64,
}

/// SHA-256 of the stored bytes of every image XObject of a PDF.
fn image_streams(pdf: &lopdf::Document) -> Vec<String> {
    use sha2::Digest;
    let mut out: Vec<String> = pdf
        .objects
        .values()
        .filter_map(|o| o.as_stream().ok())
        .filter(|s| {
            s.dict
                .get(b"Subtype")
                .and_then(|t| t.as_name())
                .is_ok_and(|n| n == b"Image")
        })
        .map(|s| hex::encode(sha2::Sha256::digest(&s.content).as_slice()))
        .collect();
    out.sort();
    out
}

/// `/Rotate` of each page, as inherited.
fn rotations(pdf: &lopdf::Document) -> Vec<i64> {
    pdf.get_pages()
        .values()
        .map(|&id| {
            let mut at = id;
            loop {
                let d = pdf.get_dictionary(at).unwrap();
                if let Ok(r) = d.get(b"Rotate") {
                    break r.as_i64().unwrap().rem_euclid(360);
                }
                match d.get(b"Parent").and_then(|p| p.as_reference()) {
                    Ok(p) => at = p,
                    Err(_) => break 0,
                }
            }
        })
        .collect()
}

/// Issue 10, points 1-4: every PDF page is read whatever its encoding; the stored PDF is the
/// scanner's own pages, unchanged (every image stream byte for byte, so a bilevel page stays
/// bilevel), with the text layer on top; an intact file is kept whole, the layer appended as
/// an incremental update; a page that lay sideways or upside down is turned by `/Rotate`; a
/// born-digital PDF is stored exactly as it came; the file grows by the text layer only.
#[test]
fn every_pdf_encoding_is_read_or_quarantined_as_the_manifest_says() {
    let (tmp, rows) = file_set("pdf");
    let dir = repo().join("test-data/formats/pdf");
    let facts: Facts =
        toml::from_str(&std::fs::read_to_string(dir.join("facts.toml")).unwrap()).unwrap();
    let home = tmp.path().join("home");
    let mut failures = Vec::new();
    let mut growth = Vec::new();
    for f in &facts.file {
        let Some(row) = rows.get(&f.file).filter(|r| r["outcome"] == "stored") else {
            continue;
        };
        let original = std::fs::read(dir.join(&f.file)).unwrap();
        let out = home.join("check.pdf");
        ok(
            &home,
            &[
                "get",
                row["doc_id"].as_str().unwrap(),
                "-o",
                out.to_str().unwrap(),
            ],
        );
        let stored = std::fs::read(&out).unwrap();
        let name = &f.file;
        let scanned = f.page.iter().filter(|p| p.text_layer != "usable").count();
        if scanned == 0 {
            if stored != original {
                failures.push(format!("{name}: a born-digital PDF was changed"));
            }
            continue;
        }
        if f.intact && f.qpdf_check == "clean" && !stored.starts_with(&original) {
            failures.push(format!(
                "{name}: an intact file was rewritten, not kept whole with the layer appended"
            ));
        }
        let (Ok(before), Ok(after)) = (
            lopdf::Document::load_mem(&original),
            lopdf::Document::load_mem(&stored),
        ) else {
            failures.push(format!(
                "{name}: lopdf cannot read the original or the stored file"
            ));
            continue;
        };
        let kept = image_streams(&after);
        for sha in image_streams(&before) {
            if kept.binary_search(&sha).is_err() {
                failures.push(format!(
                    "{name}: an image stream was not kept byte for byte"
                ));
            }
        }
        let want: Vec<i64> = f
            .page
            .iter()
            .map(|p| (p.rotate + p.orientation).rem_euclid(360))
            .collect();
        let got = rotations(&after);
        if got != want {
            failures.push(format!(
                "{name}: /Rotate {got:?}, expected {want:?} (upright)"
            ));
        }
        let grown = stored.len() as i64 - original.len() as i64;
        growth.push(grown as f64 / scanned as f64);
        if grown > 8 * 1024 * scanned as i64 + 4096 {
            failures.push(format!(
                "{name}: grew by {grown} bytes for {scanned} recognised page(s)"
            ));
        }
    }
    growth.sort_by(f64::total_cmp);
    assert!(!growth.is_empty());
    assert!(
        failures.is_empty(),
        "{} problems with the stored PDFs:\n{}",
        failures.len(),
        failures.join("\n")
    );
    eprintln!(
        "text layer: median {:.0} bytes a recognised page (max {:.0})",
        growth[growth.len() / 2],
        growth[growth.len() - 1]
    );
}

#[test]
fn every_image_format_is_read_or_quarantined_as_the_manifest_says() {
    let (tmp, rows) = file_set("images");
    let home = tmp.path().join("home");
    // Each page keeps its kind in the stored PDF: black-and-white at 1 bit per pixel (whatever
    // the file's coding) and CCITT G4 as a scanner writes it, ink still dark on light paper;
    // grey as grey, colour as colour, transparency not turned into colour.
    let expected = [
        ("Re Evans - MK23C00456 - Court order.png", "gray", "1"),
        ("Hughes v Patel - LS24P01234 - Court order.tif", "gray", "1"),
        ("Re Evans - MK23C00456 - Letter.tif", "gray", "1"),
        (
            "Smith v Brown - BM25P00012 - Police information.tif",
            "gray",
            "1",
        ),
        ("Re Taylor - NW24C00333 - Letter.tiff", "gray", "1"),
        (
            "Jones v Jones - CF22P00789 - Screening response.tif",
            "gray",
            "1",
        ),
        ("Smith v Brown - BM25P00012 - Court order.bmp", "gray", "1"),
        ("Re Evans - MK23C00456 - Expert report.png", "gray", "8"),
        (
            "Re Taylor - NW24C00333 - Screening response.png",
            "gray",
            "8",
        ),
        (
            "Jones v Jones - CF22P00789 - Position statement.bmp",
            "gray",
            "8",
        ),
        (
            "Re Taylor - NW24C00333 - Position statement.tif",
            "rgb",
            "8",
        ),
        ("Re Evans - MK23C00456 - Case plan.tif", "rgb", "8"),
        ("Jones v Jones - CF22P00789 - Case plan.png", "rgb", "8"),
    ];
    let mut failures = Vec::new();
    for (name, colour, bpc) in expected {
        let doc_id = rows[name]["doc_id"].as_str().unwrap();
        let (pdf, _) = stored_pdf(&home, doc_id);
        let list = Command::new("pdfimages")
            .arg("-list")
            .arg(&pdf)
            .output()
            .expect("pdfimages is installed by make deps");
        let list = String::from_utf8_lossy(&list.stdout);
        let images: Vec<Vec<&str>> = list
            .lines()
            .skip(2)
            .map(|l| l.split_whitespace().collect())
            .collect();
        assert!(!images.is_empty(), "{name}: no image in the stored PDF");
        for cols in images {
            // page num type width height color comp bpc enc ...
            if cols.get(5) != Some(&colour) || cols.get(7) != Some(&bpc) {
                failures.push(format!(
                    "{name}: stored as {}, expected {colour} at {bpc} bpc",
                    cols.join(" ")
                ));
            }
            if bpc == "1" && cols.get(8) != Some(&"ccitt") {
                failures.push(format!(
                    "{name}: a bilevel page stored as {}, expected CCITT",
                    cols.join(" ")
                ));
            }
        }
        if bpc == "1" {
            // A page of print is mostly paper: an inverted 1-bit page would be mostly black.
            let paper = mean_grey_of_first_page(&pdf);
            if paper < 160.0 {
                failures.push(format!(
                    "{name}: the stored page is dark (mean grey {paper:.0}): inverted?"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Mean grey (0 black, 255 white) of the first page of `pdf` drawn by Poppler at 20 dpi.
fn mean_grey_of_first_page(pdf: &Path) -> f64 {
    let out = Command::new("pdftoppm")
        .args(["-r", "20", "-gray", "-f", "1", "-l", "1"])
        .arg(pdf)
        .output()
        .expect("pdftoppm is installed by make deps");
    assert!(out.status.success(), "pdftoppm failed on {}", pdf.display());
    // Binary PGM: "P5\n{w} {h}\n255\n" then w*h bytes.
    let header: Vec<usize> = out
        .stdout
        .iter()
        .enumerate()
        .filter(|(_, b)| **b == b'\n')
        .map(|(i, _)| i)
        .take(3)
        .collect();
    let pixels = &out.stdout[header[2] + 1..];
    assert!(!pixels.is_empty(), "pdftoppm drew nothing");
    pixels.iter().map(|&b| f64::from(b)).sum::<f64>() / pixels.len() as f64
}

#[test]
fn other_documents_are_drawn_or_quarantined_as_the_manifest_says() {
    let (tmp, rows) = file_set("documents");
    let home = tmp.path().join("home");
    let log = json_lines(&ok(&home, &["log", "--json"]));
    let received = |doc_id: &str| -> String {
        log.iter()
            .find(|e| e["document_id"] == doc_id && e["action"] == "received")
            .map(|e| e["detail"].as_str().unwrap().to_string())
            .unwrap_or_else(|| panic!("no contact-log entry for {doc_id}: {log:#?}"))
    };
    // Text documents are drawn, not recognised: their words are known.
    for (input, row) in &rows {
        let ext = input.rsplit('.').next().unwrap();
        if row["outcome"] == "stored" && ["txt", "csv", "json", "xml", "html"].contains(&ext) {
            let detail = received(row["doc_id"].as_str().unwrap());
            assert!(detail.contains("(text"), "{input}: {detail}");
        }
    }
    // Attachments of .msg files and a sniffed octet-stream attachment are documents of their
    // own, under the names their content shows; an embedded message is filed as an e-mail with
    // its own attachment.
    let part = |key: &str| {
        rows.get(key)
            .unwrap_or_else(|| panic!("no report row for {key}: {:#?}", rows.keys()))
    };
    for (key, folder, words) in [
        (
            "octet-stream-attachment.eml / attachment-1.pdf",
            "court-papers",
            "position statement of the mother",
        ),
        (
            "pdf-attachment.msg / PNC check.pdf",
            "police-information",
            "pnc check on the adults",
        ),
        (
            "embedded-message.msg / DR25P00077 letter about Ellis.msg",
            "",
            "ellis has settled well",
        ),
        (
            "embedded-message.msg / school notes.txt",
            "",
            "spring: attendance 96%",
        ),
    ] {
        let row = part(key);
        assert_eq!(row["outcome"], "stored", "{key}: {row}");
        if !folder.is_empty() {
            assert_eq!(row["folder"], folder, "{key}: {row}");
        }
        let (_, text) = stored_pdf(&home, row["doc_id"].as_str().unwrap());
        assert!(text.to_lowercase().contains(words), "{key}: {text}");
    }
    let inner = part("embedded-message.msg / DR25P00077 letter about Ellis.msg");
    assert!(received(inner["doc_id"].as_str().unwrap()).contains("(email"));
    // E-mails without a readable sender are filed, and the contact log says so.
    for input in ["no-sender.msg", "no-from.eml"] {
        let id = rows[input]["doc_id"].as_str().unwrap();
        let note = log
            .iter()
            .find(|e| e["document_id"] == id && e["action"] == "note")
            .unwrap_or_else(|| panic!("{input}: no contact-log note: {log:#?}"));
        let detail = note["detail"].as_str().unwrap();
        assert!(detail.contains("no readable sender"), "{input}: {detail}");
    }
    let notes = log.iter().filter(|e| e["action"] == "note").count();
    assert_eq!(
        notes, 2,
        "only the two e-mails without a sender get a note: {log:#?}"
    );
}
