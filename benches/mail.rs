//! E-mail ingestion speed without OCR: messages per second.
//!
//! The messages are the sample e-mails that carry no image (so nothing goes to Tesseract): plain
//! text, windows-1252, ISO-8859-1, Welsh, legal, a police e-mail with a born-digital PDF, and a
//! forwarded one. Each copy gets its own Message-ID and a line of its own, so every copy is a new
//! message (nothing is skipped as a duplicate; the shared PDF attachment is, as it would be).
//!
//! Two figures:
//! - parse + render: the library turning a message into its PDF, one core;
//! - end to end: the real binary (`run email-inbox --once`) on a folder of messages, which also
//!   validates attachments, decides case, folder, name and retention, seals, stores, reads back,
//!   verifies and records every document, and releases the originals.
//!
//! `make bench` runs it; it prints and checks nothing else (benches measure, tests assert).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

const TEMPLATES: [&str; 7] = [
    "windows-1252.eml",
    "iso-8859-1.eml",
    "welsh.eml",
    "legal.eml",
    "police.eml",
    "forwarded.eml",
    "malformed-headers.eml",
];
const MESSAGES: usize = 700;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The i-th message: a template with a new Message-ID and a line of its own after the headers.
fn message(templates: &[Vec<u8>], i: usize) -> Vec<u8> {
    let t = String::from_utf8_lossy(&templates[i % templates.len()]).into_owned();
    let mut out = String::with_capacity(t.len() + 100);
    out.push_str(&format!("X-Bench-Copy: {i}\r\n"));
    for line in t.split_inclusive('\n') {
        if line.to_ascii_lowercase().starts_with("message-id:") {
            out.push_str(&format!("Message-ID: <bench-{i}@casevault.example>\r\n"));
        } else {
            out.push_str(line);
        }
    }
    out.into_bytes()
}

fn main() {
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let templates: Vec<Vec<u8>> = TEMPLATES
        .iter()
        .map(|t| std::fs::read(repo().join("test-data/mail").join(t)).unwrap())
        .collect();
    let messages: Vec<Vec<u8>> = (0..MESSAGES).map(|i| message(&templates, i)).collect();
    let mb: f64 = messages.iter().map(|m| m.len()).sum::<usize>() as f64 / 1e6;

    // Parse + render, one core.
    let started = Instant::now();
    let mut pages = 0usize;
    for m in &messages {
        let email = casevault::mail::parse(m).expect("sample parses");
        let pdf = casevault::mail::render_pdf(&email).expect("renders");
        pages += pdf.len().min(1);
    }
    let secs = started.elapsed().as_secs_f64();
    println!(
        "parse + render to PDF: {MESSAGES} messages ({mb:.1} MB) in {secs:.2} s = {:.0} messages/s on one core",
        MESSAGES as f64 / secs
    );
    assert_eq!(pages, MESSAGES);

    // End to end, the real binary.
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    let inbox = tmp.path().join("inbox");
    std::fs::create_dir_all(&inbox).unwrap();
    for (i, m) in messages.iter().enumerate() {
        std::fs::write(inbox.join(format!("m{i:05}.eml")), m).unwrap();
    }
    let bin = env!("CARGO_BIN_EXE_casevault");
    let run = |args: &[&str]| {
        let out = Command::new(bin)
            .current_dir(repo())
            .env("CASEVAULT_HOME", &home)
            .env("CASEVAULT_FIRST_USER", BENCH_USER)
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        out
    };
    run(&["import-cases", "test-data/cases.csv"]);
    let started = Instant::now();
    let out = run(&[
        "run",
        "email-inbox",
        "--once",
        "--json",
        "--inbox",
        inbox.to_str().unwrap(),
    ]);
    let secs = started.elapsed().as_secs_f64();
    let rows = String::from_utf8_lossy(&out.stdout);
    let stored = rows.matches("\"outcome\":\"stored\"").count();
    let duplicates = rows.matches("\"outcome\":\"duplicate\"").count();
    let left = count_files(&inbox);
    println!(
        "end to end (run email-inbox --once): {MESSAGES} messages in {secs:.2} s = {:.0} messages/s; {stored} documents stored ({:.0}/s), {duplicates} attachments linked as duplicates, {left} left in the inbox",
        MESSAGES as f64 / secs,
        stored as f64 / secs
    );
}

fn count_files(dir: &Path) -> usize {
    std::fs::read_dir(dir).map(|d| d.count()).unwrap_or(0)
}

/// The first user of a bench home: runs intake, keeps and reads the records (see the README,
/// "People and roles").
const BENCH_USER: &str = "bench:administrator,business-services,service-manager,records-manager";
