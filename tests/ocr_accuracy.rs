//! Accuracy first (issue 10, point 7): casevault's text layer finds as many of the true words as
//! bare Tesseract does, on pages in the formats real offices produce.
//!
//! Labelled pages of test-data/ocr-real go through casevault's own path: the real binary files
//! them from a scanning-station inbox, `casevault get` decrypts each stored PDF and `pdftotext`
//! reads its text layer, which is what a person searching the record finds. The same pages go
//! through `tesseract PAGE -` (a PDF rasterised at 300 dpi first, as a user of Tesseract must).
//! Word recall is counted by tests/support/recall.rs against each page's `.gt.txt`, over each
//! class of pages (the issue states its target per kind of page; on one page of 140 words a
//! single word is 0.7 points, less than the difference between Tesseract given 72 dpi and
//! 300 dpi for the same photograph):
//! - bilevel 300 dpi office pages (a CCITT G4 TIFF letter, a JBIG2/G4 PDF of two columns, a TIFF
//!   of 8 pt small print) and photographs of documents (all four): within 0.5 points of bare
//!   Tesseract, as the issue asks. Both are read at their own resolution.
//! - grey and colour 300 dpi scans (all five): read at 200 dpi for speed (the issue asks for
//!   accuracy on the two classes above and leaves this one to the speed target); they may lose
//!   at most [`GREY_TOLERANCE`] against bare Tesseract reading them at 300 dpi. (Measured when
//!   this was written: casevault ahead by 5 points on the class, because bare Tesseract loses
//!   the lines under a yellow highlighter that casevault's grey conversion keeps, and behind by
//!   0.8-3.3 points on three single pages: a merged "I am", a numbered list's numbers.)
//!
//! Speed is never asserted here (benches/real_formats.rs measures it). A failure lists, per
//! page, the words casevault lost that bare Tesseract found, and casevault's recall by
//! `pdftotext -raw` (are the words in the text layer at all, whatever its geometry does to
//! `pdftotext`'s layout reading?).

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

use serde::Deserialize;
use support::cli::{casevault, json_lines, ok, repo};
use support::recall::{self, Score};

/// Issue 10, point 7: word recall within 0.5 points of `tesseract PAGE out`.
const TOLERANCE: f64 = 0.005;

/// Grey and colour scans, read at 200 dpi: at most 2 points below bare Tesseract at 300 dpi.
const GREY_TOLERANCE: f64 = 0.02;

/// The pages checked, by class of the real-format mix.
const PAGES: [&str; 12] = [
    "b1-letter.tif",
    "b4-two-column.pdf",
    "b6-small-print.tif",
    "g1-letter-grey.jpg",
    "g2-stamped-colour.jpg",
    "g3-highlighted-colour.jpg",
    "g4-faint-grey.jpg",
    "g5-order-colour.pdf",
    "p1-letter-on-desk.jpg",
    "p2-form-shadow.jpg",
    "p3-receipt.jpg",
    "p4-curled-letter.jpg",
];

#[derive(Debug, Deserialize)]
struct Manifest {
    page: Vec<Entry>,
}

#[derive(Debug, Deserialize, Clone)]
struct Entry {
    file: String,
    truth: String,
    class: String,
    case_name: String,
    case_number: String,
    document: String,
}

fn corpus() -> PathBuf {
    repo().join("test-data/ocr-real")
}

fn manifest() -> Vec<Entry> {
    let text = std::fs::read_to_string(corpus().join("manifest.toml")).unwrap();
    toml::from_str::<Manifest>(&text).unwrap().page
}

/// Fails loudly, naming the Debian package, when a tool the test needs is missing.
fn require(tool: &str, package: &str) {
    let found = Command::new(tool).arg("-v").output().is_ok();
    assert!(
        found,
        "`{tool}` is not installed: apt-get install {package} (make test installs it)"
    );
}

/// Runs a command that must succeed and returns its standard output as text.
fn run(cmd: &mut Command) -> String {
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn tesseract_text(page: &Path, dpi: Option<u32>) -> String {
    if page.extension().is_some_and(|e| e == "pdf") {
        // Tesseract reads no PDF: rasterise at 300 dpi as its users do (TIFF, which carries the
        // resolution; given a PGM Tesseract guesses it, and badly).
        let dir = tempfile::tempdir().unwrap();
        let base = dir.path().join("page");
        run(Command::new("pdftoppm")
            .args(["-r", "300", "-gray", "-tiff", "-singlefile"])
            .arg(page)
            .arg(&base));
        return tesseract_text(&base.with_extension("tif"), dpi);
    }
    let mut cmd = Command::new("tesseract");
    cmd.arg(page).arg("-").env("OMP_THREAD_LIMIT", "1");
    if let Some(d) = dpi {
        cmd.arg("--dpi").arg(d.to_string());
    }
    run(&mut cmd)
}

/// The true words `ours` lacks that `theirs` has (first 20, each as often as it is lost).
fn lost_words(truth: &str, ours: &str, theirs: &str) -> Vec<String> {
    let mut theirs_missing = recall::missing(truth, theirs);
    recall::missing(truth, ours)
        .into_iter()
        .filter(|w| match theirs_missing.iter().position(|m| m == w) {
            Some(i) => {
                theirs_missing.swap_remove(i);
                false
            }
            None => true,
        })
        .take(20)
        .collect()
}

fn pct(x: f64) -> String {
    format!("{:.1}%", x * 100.0)
}

#[test]
fn recall_counts_words_as_documented() {
    // Multiset: a word printed twice must be found twice.
    let s = recall::score("the cat and the dog", "the cat and dog");
    assert_eq!((s.truth_words, s.found), (5, 4));
    assert_eq!(s.edits, 1);
    // Punctuation at the ends is stripped, case is kept, a hyphenated line break is joined.
    let (truth, output) = (
        "Assessment, (Appendix A) \"signed\" Case",
        "assess-\nment Appendix A. signed case",
    );
    assert_eq!(recall::words("assess-\nment"), vec!["assessment"]);
    assert_eq!(recall::score(truth, output).found, 3);
    assert_eq!(recall::missing(truth, output), vec!["Assessment", "Case"]);
    // NFC: a decomposed ŵ equals the composed one.
    assert_eq!(recall::score("d\u{175}r", "dw\u{302}r").found, 1);
    // Table rules and bullets are not words.
    assert_eq!(recall::words("| \u{2022} -- Page 1"), vec!["Page", "1"]);
    // A hyphen inside a line is kept: "well-being" is one word.
    assert_eq!(recall::words("well-being"), vec!["well-being"]);
    assert_eq!(
        recall::score("", "anything").recall(),
        1.0,
        "an empty truth is fully found"
    );
}

#[test]
fn casevault_reads_real_format_pages_as_well_as_bare_tesseract() {
    require("tesseract", "tesseract-ocr tesseract-ocr-eng");
    require("pdftotext", "poppler-utils");
    let all = manifest();
    let pages: Vec<Entry> = PAGES
        .iter()
        .map(|f| {
            all.iter()
                .find(|e| e.file == *f)
                .unwrap_or_else(|| panic!("{f} is not in test-data/ocr-real/manifest.toml"))
                .clone()
        })
        .collect();

    // Bare Tesseract, one process per page, while casevault runs (accuracy only: the two
    // compete for the cores, which changes times, not words).
    let bare: Vec<_> = pages
        .iter()
        .map(|e| {
            let page = corpus().join(&e.file);
            std::thread::spawn(move || tesseract_text(&page, None))
        })
        .collect();

    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    let inbox = tmp.path().join("inbox");
    std::fs::create_dir_all(&inbox).unwrap();
    ok(&home, &["import-cases", "test-data/cases.csv"]);
    let mut by_name = Vec::new();
    for e in &pages {
        let ext = Path::new(&e.file).extension().unwrap().to_string_lossy();
        let name = format!("{} - {} - {}.{ext}", e.case_name, e.case_number, e.document);
        std::fs::copy(corpus().join(&e.file), inbox.join(&name)).unwrap();
        by_name.push((name, e.clone()));
    }
    let out = casevault(&home)
        .args([
            "run",
            "scanning-station",
            "--once",
            "--json",
            "--show-names",
            "--inbox",
        ])
        .arg(&inbox)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "casevault run failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rows = json_lines(&String::from_utf8(out.stdout).unwrap());

    let mut report = Vec::new();
    // Per class: (true words, found by casevault, found by bare tesseract, words lost).
    let mut classes: std::collections::BTreeMap<String, (usize, usize, usize, Vec<String>)> =
        Default::default();
    for ((name, e), bare) in by_name.iter().zip(bare) {
        let truth = std::fs::read_to_string(corpus().join(&e.truth)).unwrap();
        let row = rows
            .iter()
            .find(|r| r["input"].as_str() == Some(name.as_str()))
            .unwrap_or_else(|| panic!("no report row for {}: {rows:?}", e.file));
        assert_eq!(
            row["outcome"], "stored",
            "{} ({}) was not filed: {} {}",
            e.file, e.class, row["reason"], row["detail"]
        );
        let pdf = tmp.path().join(format!("{}.pdf", e.file));
        let id = row["doc_id"].as_str().unwrap();
        ok(&home, &["get", id, "-o", pdf.to_str().unwrap()]);
        let ours = run(Command::new("pdftotext")
            .args(["-enc", "UTF-8"])
            .arg(&pdf)
            .arg("-"));
        let raw = run(Command::new("pdftotext")
            .args(["-enc", "UTF-8", "-raw"])
            .arg(&pdf)
            .arg("-"));
        let theirs = bare.join().unwrap();
        let cv: Score = recall::score(&truth, &ours);
        let bt: Score = recall::score(&truth, &theirs);
        report.push(format!(
            "{:<26} {:<8} casevault {:>6} (raw {:>6}, WER {:.3})   bare tesseract {:>6} (WER {:.3})   of {} words; lost: {:?}",
            e.file,
            e.class,
            pct(cv.recall()),
            pct(recall::score(&truth, &raw).recall()),
            cv.wer(),
            pct(bt.recall()),
            bt.wer(),
            cv.truth_words,
            lost_words(&truth, &ours, &theirs)
        ));
        let c = classes.entry(e.class.clone()).or_default();
        c.0 += cv.truth_words;
        c.1 += cv.found;
        c.2 += bt.found;
    }
    let mut failures = Vec::new();
    for (class, (truth, ours, theirs, _)) in &classes {
        let (cv, bt) = (*ours as f64 / *truth as f64, *theirs as f64 / *truth as f64);
        let tolerance = if class == "scan" {
            GREY_TOLERANCE
        } else {
            TOLERANCE
        };
        let line = format!(
            "class {class}: casevault {} bare tesseract {} over {truth} words (allowed {:.1} points below)",
            pct(cv),
            pct(bt),
            tolerance * 100.0
        );
        if cv + tolerance < bt {
            failures.push(line.clone());
        }
        report.push(line);
    }
    assert_eq!(
        classes.keys().collect::<Vec<_>>(),
        ["bilevel", "photo", "scan"],
        "the classes of test-data/ocr-real/manifest.toml changed"
    );
    eprintln!("{}", report.join("\n"));
    assert!(
        failures.is_empty(),
        "word recall below bare Tesseract's (issue 10, point 7):\n{}\n\nall pages:\n{}",
        failures.join("\n"),
        report.join("\n")
    );
}
