//! Peak memory (issue 12, point 6): the real `casevault` binary on three large inputs, each in
//! its own process, its peak resident set (`ru_maxrss` from `wait4`, the kernel's high-water
//! mark of the child) printed beside the target of 400 MiB.
//!
//! 1. **A 500-page TIFF**: A4 at 300 dpi, 8-bit grey, Deflate, every page carrying a few lines
//!    of a real scan (`test-data/scans/scan_0005.png`'s heading) on white. The file is small
//!    (a few tens of MB) but its pages decode to 4.3 GB of pixels. Run through the scanning
//!    station (`run scanning-station --once`).
//! 2. **A 2 GiB PDF**: 500 born-digital pages, each with a few lines of text and an
//!    uncompressed 2048 x 2100 grey image (4.1 MiB) drawn small, written by this bench. Run
//!    twice through the scanning station: with the shipped configuration (`max_file_mib = 512`),
//!    which refuses it as too large before reading it, and with the limit raised to 4096 MiB so
//!    that it is actually read, checked and sealed. Both figures are printed, labelled.
//! 3. **A scanned PDF of about 1 GiB**: 120 pages (`CASEVAULT_BENCH_SCAN_PAGES`), each an
//!    uncompressed A4 page at 300 dpi carrying a real scan's heading, read with the limit
//!    raised: every page rendered, recognised and given a text layer (`scan` below).
//! 4. **A 10,000-file drive import**: 100 case folders of 100 files each (90 small text files,
//!    9 small born-digital PDFs, 1 scanned PNG that goes through OCR), imported with
//!    `import-tree` and the g-drive mapping.
//!
//! Environment: `CASEVAULT_BENCH_MEMORY=tiff,pdf,scan,tree` picks cases (default: all);
//! `CASEVAULT_BENCH_TIFF_PAGES` and `CASEVAULT_BENCH_TREE_FOLDERS` shrink them for a quick look;
//! `CASEVAULT_BENCH_PDF_PROCESS=0` skips reading the 2 GiB PDF with the raised limit (it needs
//! several GiB of free memory and disk); `CASEVAULT_BENCH_BIN=PATH` measures another build of the
//! binary (an earlier commit's) instead of this one's. The inputs are written under the system's temporary
//! folder (about 2.1 GB for the PDF) and removed afterwards.
//!
//! Run: `cargo bench --bench memory` (about 10 to 15 minutes on 2 cores, mostly OCR).

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const TARGET_MIB: f64 = 400.0;

fn main() {
    // `cargo bench` passes `--bench`; anything else (e.g. `cargo test --benches`) does nothing.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let chosen =
        std::env::var("CASEVAULT_BENCH_MEMORY").unwrap_or_else(|_| "tiff,pdf,scan,tree".into());
    let want = |c: &str| chosen.split(',').any(|x| x.trim() == c);
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut results: Vec<(String, Measured)> = Vec::new();
    if want("tiff") {
        let pages = env_usize("CASEVAULT_BENCH_TIFF_PAGES", 500);
        results.push((
            format!("{pages}-page TIFF (A4, 300 dpi, Deflate)"),
            tiff_case(tmp.path(), pages),
        ));
    }
    if want("pdf") {
        for r in pdf_case(tmp.path()) {
            results.push(r);
        }
    }
    if want("scan") {
        let pages = env_usize("CASEVAULT_BENCH_SCAN_PAGES", 120);
        results.push((
            format!("{pages}-page scanned PDF (uncompressed A4 300 dpi), OCR"),
            scan_pdf_case(tmp.path(), pages),
        ));
    }
    if want("tree") {
        let folders = env_usize("CASEVAULT_BENCH_TREE_FOLDERS", 100);
        results.push((
            format!("{}-file drive import (import-tree)", folders * 100),
            tree_case(tmp.path(), folders),
        ));
    }
    println!();
    println!("{:<58} {:>12} {:>9}  outcome", "case", "peak RSS", "time");
    for (name, m) in &results {
        let mark = if m.peak_mib < TARGET_MIB {
            "under"
        } else {
            "OVER"
        };
        println!(
            "{name:<58} {:>8.0} MiB {:>8.1}s  {} ({mark} the {TARGET_MIB:.0} MiB target)",
            m.peak_mib,
            m.elapsed.as_secs_f64(),
            m.outcome
        );
    }
}

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// What one run of the binary did and cost.
struct Measured {
    peak_mib: f64,
    elapsed: Duration,
    outcome: String,
}

/// The binary with `home` as its home folder and the repository as working directory (the
/// shipped `config/casevault.toml` applies unless `--config` is given).
fn casevault(home: &Path) -> Command {
    // Another build (an earlier commit's, to compare) may be measured in its place.
    let bin = std::env::var_os("CASEVAULT_BENCH_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_casevault")));
    let mut c = Command::new(bin);
    c.current_dir(repo())
        .env("CASEVAULT_HOME", home)
        .env("OMP_THREAD_LIMIT", "1")
        .env("CASEVAULT_FIRST_USER", BENCH_USER)
        .env_remove("CASEVAULT_CONFIG")
        .env_remove("RUST_LOG");
    c
}

/// Runs `command` to its end and returns its peak RSS (the kernel's `ru_maxrss` of the child,
/// in KiB, from `wait4`), its wall time and its standard output.
// The child is reaped by `wait4` (which also gives its peak RSS), not by `Child::wait`.
#[allow(clippy::zombie_processes)]
fn measure(mut command: Command) -> (f64, Duration, String) {
    let out = tempfile::NamedTempFile::new().expect("stdout file");
    command
        .stdout(Stdio::from(out.reopen().expect("stdout file")))
        .stderr(Stdio::null());
    let start = Instant::now();
    let child = command.spawn().expect("run casevault");
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: plain FFI; `usage` is a zeroed plain-old-data struct the kernel fills in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let elapsed = start.elapsed();
    assert_eq!(r, pid, "wait4: {}", std::io::Error::last_os_error());
    assert!(
        libc::WIFEXITED(status),
        "casevault did not exit normally (status {status})"
    );
    let stdout = std::fs::read_to_string(out.path()).unwrap_or_default();
    (usage.ru_maxrss as f64 / 1024.0, elapsed, stdout)
}

fn import_cases(home: &Path, csv: &Path) {
    let status = casevault(home)
        .arg("import-cases")
        .arg(csv)
        .stdout(Stdio::null())
        .status()
        .expect("import-cases");
    assert!(status.success(), "import-cases failed");
}

/// The scanning station once over `inbox`, with `config` if given; the outcome is the report's
/// words for the one file.
fn scanning_station(home: &Path, inbox: &Path, config: Option<&Path>) -> Measured {
    let mut c = casevault(home);
    if let Some(config) = config {
        c.arg("--config").arg(config);
    }
    c.args(["run", "scanning-station", "--once", "--inbox"])
        .arg(inbox);
    let (peak_mib, elapsed, stdout) = measure(c);
    let outcome = stdout
        .lines()
        .find(|l| l.contains("stored") || l.contains("quarantined"))
        // The report is a table whose columns are set apart by runs of spaces.
        .map(|l| {
            l.split("  ")
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .nth(1)
                .unwrap_or(l)
                .to_string()
        })
        .unwrap_or_else(|| "no report line".into());
    Measured {
        peak_mib,
        elapsed,
        outcome,
    }
}

fn dated_an_hour_back(path: &Path) {
    let hour_ago = std::time::SystemTime::now() - Duration::from_secs(3600);
    std::fs::File::options()
        .write(true)
        .open(path)
        .and_then(|f| f.set_modified(hour_ago))
        .expect("date the input");
}

/// The top rows of a real scan (its heading and first lines), on white pages of A4 at 300 dpi.
fn scan_heading(rows: u32) -> image::GrayImage {
    let scan = image::open(repo().join("test-data/scans/scan_0005.png"))
        .expect("test-data/scans/scan_0005.png")
        .to_luma8();
    let mut page = image::GrayImage::from_pixel(2480, 3508, image::Luma([255]));
    for y in 0..rows.min(scan.height()) {
        for x in 0..scan.width().min(2480) {
            page.put_pixel(x, y, *scan.get_pixel(x, y));
        }
    }
    page
}

fn tiff_case(dir: &Path, pages: usize) -> Measured {
    let home = dir.join("home-tiff");
    import_cases(&home, &repo().join("test-data/cases.csv"));
    let inbox = dir.join("inbox-tiff");
    std::fs::create_dir_all(&inbox).expect("inbox");
    let path = inbox.join("bundle.tif");
    let page = scan_heading(400);
    {
        use tiff::encoder::{colortype::Gray8, Compression, DeflateLevel, Rational, TiffEncoder};
        let file = BufWriter::new(std::fs::File::create(&path).expect("tiff file"));
        let mut enc = TiffEncoder::new(file)
            .expect("tiff encoder")
            .with_compression(Compression::Deflate(DeflateLevel::Fast));
        let mut px = page.into_raw();
        for i in 0..pages {
            // One pixel differs per page, as no two scanned pages are the same.
            px[3000 * 2480 + i % 2480] = (i % 200) as u8;
            let mut img = enc.new_image::<Gray8>(2480, 3508).expect("tiff page");
            img.resolution(tiff::tags::ResolutionUnit::Inch, Rational { n: 300, d: 1 });
            img.write_data(&px).expect("tiff page data");
        }
    }
    dated_an_hour_back(&path);
    let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    println!(
        "TIFF: {pages} pages, {:.1} MB on disk, {:.1} GB of pixels decoded",
        size as f64 / 1e6,
        pages as f64 * 2480.0 * 3508.0 / 1e9
    );
    let m = scanning_station(&home, &inbox, None);
    println!("TIFF: peak RSS {:.0} MiB ({})", m.peak_mib, m.outcome);
    m
}

/// Writes a PDF of `pages` pages, each with `lines` of text and, if `image` is given, an
/// uncompressed grey image of that many columns and rows drawn 100 pt square (its bytes
/// pseudo-random, so nothing compresses). With `scan`, the image is those pixels instead
/// (one row of them changed per page), drawn over the whole page: a scanner's page. Written
/// straight to the file: never held whole.
fn write_pdf(
    path: &Path,
    pages: usize,
    lines: &dyn Fn(usize) -> Vec<String>,
    image: Option<(u32, u32)>,
    scan: Option<&image::GrayImage>,
) {
    let image = scan.map(|s| (s.width(), s.height())).or(image);
    let mut w = Counted {
        inner: BufWriter::with_capacity(1 << 20, std::fs::File::create(path).expect("pdf")),
        at: 0,
    };
    let mut offsets: Vec<u64> = Vec::new();
    w.put(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n");
    // 1 catalog, 2 pages, 3 font; then per page: page, content, (image).
    let per = if image.is_some() { 3 } else { 2 };
    let first = 4;
    let obj = |w: &mut Counted, offsets: &mut Vec<u64>, n: usize, body: &[u8]| {
        if offsets.len() < n {
            offsets.resize(n, 0);
        }
        offsets[n - 1] = w.at;
        w.put(format!("{n} 0 obj\n").as_bytes());
        w.put(body);
        w.put(b"\nendobj\n");
    };
    obj(
        &mut w,
        &mut offsets,
        1,
        b"<< /Type /Catalog /Pages 2 0 R >>",
    );
    let kids: Vec<String> = (0..pages)
        .map(|i| format!("{} 0 R", first + i * per))
        .collect();
    obj(
        &mut w,
        &mut offsets,
        2,
        format!(
            "<< /Type /Pages /Count {pages} /Kids [{}] >>",
            kids.join(" ")
        )
        .as_bytes(),
    );
    obj(
        &mut w,
        &mut offsets,
        3,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    );
    let mut seed = 0x9e37_79b9_7f4a_7c15u64;
    for i in 0..pages {
        let n = first + i * per;
        let resources = match image {
            Some(_) => format!(
                "<< /Font << /F1 3 0 R >> /XObject << /Im1 {} 0 R >> >>",
                n + 2
            ),
            None => "<< /Font << /F1 3 0 R >> >>".to_string(),
        };
        obj(
            &mut w,
            &mut offsets,
            n,
            format!(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources {resources} /Contents {} 0 R >>",
                n + 1
            )
            .as_bytes(),
        );
        let mut content = String::from("BT /F1 11 Tf 72 780 Td 14 TL\n");
        for l in lines(i) {
            let esc = l
                .replace('\\', "\\\\")
                .replace('(', "\\(")
                .replace(')', "\\)");
            content.push_str(&format!("({esc}) Tj T*\n"));
        }
        content.push_str("ET\n");
        if scan.is_some() {
            content.push_str("q 595 0 0 842 0 0 cm /Im1 Do Q\n");
        } else if image.is_some() {
            content.push_str("q 100 0 0 100 72 72 cm /Im1 Do Q\n");
        }
        obj(
            &mut w,
            &mut offsets,
            n + 1,
            format!(
                "<< /Length {} >>\nstream\n{content}\nendstream",
                content.len() + 1
            )
            .as_bytes(),
        );
        if let Some((iw, ih)) = image {
            let len = u64::from(iw) * u64::from(ih);
            offsets.resize(n + 2, 0);
            offsets[n + 1] = w.at;
            w.put(
                format!(
                    "{} 0 obj\n<< /Type /XObject /Subtype /Image /Width {iw} /Height {ih} /ColorSpace /DeviceGray /BitsPerComponent 8 /Length {len} >>\nstream\n",
                    n + 2
                )
                .as_bytes(),
            );
            let mut row = vec![0u8; iw as usize];
            for y in 0..ih {
                if let Some(scan) = scan {
                    let cols = iw as usize;
                    let at = y as usize * cols;
                    row.copy_from_slice(&scan.as_raw()[at..at + cols]);
                    if y == 3000 {
                        // No two scanned pages are the same.
                        row[i % cols] = (i % 200) as u8;
                    }
                    w.put(&row);
                    continue;
                }
                for b in row.chunks_mut(8) {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    let bytes = seed.to_le_bytes();
                    b.copy_from_slice(&bytes[..b.len()]);
                }
                w.put(&row);
            }
            w.put(b"\nendstream\nendobj\n");
        }
    }
    let xref = w.at;
    let count = offsets.len() + 1;
    w.put(format!("xref\n0 {count}\n0000000000 65535 f \n").as_bytes());
    for o in &offsets {
        w.put(format!("{o:010} 00000 n \n").as_bytes());
    }
    w.put(
        format!("trailer\n<< /Size {count} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n").as_bytes(),
    );
    w.inner.flush().expect("pdf written");
}

struct Counted {
    inner: BufWriter<std::fs::File>,
    at: u64,
}

impl Counted {
    fn put(&mut self, b: &[u8]) {
        self.inner.write_all(b).expect("write pdf");
        self.at += b.len() as u64;
    }
}

fn pdf_case(dir: &Path) -> Vec<(String, Measured)> {
    let mut out = Vec::new();
    let inbox = dir.join("inbox-pdf");
    std::fs::create_dir_all(&inbox).expect("inbox");
    let path = inbox.join("bundle.pdf");
    let lines = |i: usize| {
        vec![
            "Re Taylor NW24C00333".to_string(),
            format!("Court bundle, page {} of the hearing papers", i + 1),
            "Statement of the social worker about contact arrangements".to_string(),
            "The children live with their grandmother during the week".to_string(),
        ]
    };
    let started = Instant::now();
    write_pdf(&path, 500, &lines, Some((2048, 2100)), None);
    let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    println!(
        "PDF: 500 pages, {:.2} GiB, written in {:.1} s",
        size as f64 / (1u64 << 30) as f64,
        started.elapsed().as_secs_f64()
    );
    let cases = repo().join("test-data/cases.csv");

    dated_an_hour_back(&path);
    let home = dir.join("home-pdf-default");
    import_cases(&home, &cases);
    // The refused file is moved to quarantine; bring it back for the second run.
    let m = scanning_station(&home, &inbox, None);
    println!(
        "PDF, shipped limit (512 MiB): peak RSS {:.0} MiB ({})",
        m.peak_mib, m.outcome
    );
    out.push(("2 GiB PDF, shipped config (refused unread)".to_string(), m));
    let quarantined = walkdir::WalkDir::new(home.join("quarantine"))
        .into_iter()
        .filter_map(Result::ok)
        .find(|e| e.file_name() == "bundle.pdf")
        .map(|e| e.into_path());
    if !path.exists() {
        match quarantined {
            Some(q) => std::fs::rename(&q, &path).expect("bring the PDF back"),
            None => panic!("the 2 GiB PDF is neither in the inbox nor in quarantine"),
        }
    }
    std::fs::remove_dir_all(&home).ok();

    if std::env::var("CASEVAULT_BENCH_PDF_PROCESS").is_ok_and(|v| v == "0") {
        println!(
            "(reading the 2 GiB PDF with a raised limit skipped: CASEVAULT_BENCH_PDF_PROCESS=0)"
        );
        std::fs::remove_file(&path).ok();
        return out;
    }
    dated_an_hour_back(&path);
    let config = dir.join("big-files.toml");
    std::fs::write(&config, raised_config()).expect("raised config");
    let home = dir.join("home-pdf-raised");
    import_cases(&home, &cases);
    let m = scanning_station(&home, &inbox, Some(&config));
    println!(
        "PDF, limit raised to 4096 MiB: peak RSS {:.0} MiB ({})",
        m.peak_mib, m.outcome
    );
    out.push((
        "2 GiB PDF, max_file_mib = 4096 (read and filed)".to_string(),
        m,
    ));
    std::fs::remove_dir_all(&home).ok();
    std::fs::remove_file(&path).ok();
    out
}

/// A scanned PDF of `pages` pages, each an uncompressed A4 page at 300 dpi (8.7 MB: 120
/// pages make about 1 GiB) carrying a real scan's heading, with the case number in the file's
/// name; read with the size limit raised, every page recognised and its text layer appended.
fn scan_pdf_case(dir: &Path, pages: usize) -> Measured {
    let inbox = dir.join("inbox-scan");
    std::fs::create_dir_all(&inbox).expect("inbox");
    let path = inbox.join("Re Taylor - NW24C00333 - Court bundle.pdf");
    let page = scan_heading(900);
    let started = Instant::now();
    write_pdf(&path, pages, &|_| Vec::new(), None, Some(&page));
    let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    println!(
        "scanned PDF: {pages} pages, {:.2} GiB, written in {:.1} s",
        size as f64 / (1u64 << 30) as f64,
        started.elapsed().as_secs_f64()
    );
    dated_an_hour_back(&path);
    let config = dir.join("big-scans.toml");
    std::fs::write(&config, raised_config()).expect("raised config");
    let home = dir.join("home-scan");
    import_cases(&home, &repo().join("test-data/cases.csv"));
    let m = scanning_station(&home, &inbox, Some(&config));
    println!(
        "scanned PDF: peak RSS {:.0} MiB ({})",
        m.peak_mib, m.outcome
    );
    std::fs::remove_dir_all(&home).ok();
    std::fs::remove_file(&path).ok();
    m
}

/// The shipped configuration with `max_file_mib` raised to 4096 (and the retention schedules
/// found from anywhere).
fn raised_config() -> String {
    let shipped = std::fs::read_to_string(repo().join("config/casevault.toml")).expect("config");
    let raised = shipped
        .replace("max_file_mib = 512", "max_file_mib = 4096")
        .replace(
            "schedules_dir = \"retention\"",
            &format!(
                "schedules_dir = \"{}\"",
                repo().join("config/retention").display()
            ),
        );
    assert!(
        raised.contains("max_file_mib = 4096"),
        "config/casevault.toml no longer sets max_file_mib = 512"
    );
    raised
}

fn tree_case(dir: &Path, folders: usize) -> Measured {
    let home = dir.join("home-tree");
    let tree = dir.join("tree");
    let csv = dir.join("tree-cases.csv");
    let mut cases =
        String::from("case_number,case_name,law_type,stage,status,closed_on,children,shielded\n");
    let subfolders = [
        "Letters",
        "Reports",
        "Police checks",
        "Contact",
        "Court papers",
    ];
    let heading = scan_heading(900);
    let started = Instant::now();
    for f in 0..folders {
        let number = format!("BN24P1{f:04}");
        cases.push_str(&format!(
            "{number},Bench{f} v Case{f},private,WTFH,open,,Child Bench{f}:2016-01-{:02},false\n",
            1 + f % 28
        ));
        let top = tree.join(format!("Family {f} {number}"));
        for (j, s) in subfolders.iter().enumerate() {
            std::fs::create_dir_all(top.join(s)).expect("tree folder");
            let _ = j;
        }
        for i in 0..100 {
            let sub = top.join(subfolders[i % subfolders.len()]);
            if i < 90 {
                let text = format!(
                    "Note {i} for case {number}.\nVisit on day {i}: the child was well and talked about school.\nRecorded by the family court adviser, file {f}-{i}.\n"
                );
                std::fs::write(sub.join(format!("note {i}.txt")), text).expect("text file");
            } else if i < 99 {
                let lines = |_: usize| {
                    vec![
                        format!("Letter {i} about case {number}"),
                        "Dear parties, the hearing is listed for next month.".to_string(),
                        format!("Reference {f}-{i}. Yours faithfully, the court office."),
                    ]
                };
                write_pdf(&sub.join(format!("letter {i}.pdf")), 1, &lines, None, None);
            } else {
                let mut page = heading.clone();
                page.put_pixel((f % 2480) as u32, 3000, image::Luma([f as u8]));
                page.save(sub.join(format!("scan {i}.png"))).expect("png");
            }
        }
    }
    std::fs::write(&csv, cases).expect("cases csv");
    println!(
        "tree: {} files in {folders} case folders, written in {:.1} s",
        folders * 100,
        started.elapsed().as_secs_f64()
    );
    import_cases(&home, &csv);
    let report = dir.join("tree-report.csv");
    let mut c = casevault(&home);
    c.arg("import-tree")
        .arg(&tree)
        .arg("--map")
        .arg(repo().join("pipelines/g-drive-mapping.toml"))
        .arg("--report")
        .arg(&report)
        .arg("--quiet");
    let (peak_mib, elapsed, _) = measure(c);
    let text = std::fs::read_to_string(&report).unwrap_or_default();
    let mut counts: std::collections::BTreeMap<String, usize> = Default::default();
    let mut rows = csv::Reader::from_reader(text.as_bytes());
    let headers = rows.headers().cloned().unwrap_or_default();
    let col = headers.iter().position(|h| h == "outcome").unwrap_or(1);
    for r in rows.records().filter_map(Result::ok) {
        *counts
            .entry(r.get(col).unwrap_or("?").to_string())
            .or_default() += 1;
    }
    let outcome = counts
        .iter()
        .map(|(k, v)| format!("{v} {k}"))
        .collect::<Vec<_>>()
        .join(", ");
    println!("tree: peak RSS {peak_mib:.0} MiB ({outcome})");
    Measured {
        peak_mib,
        elapsed,
        outcome,
    }
}

/// The first user of a bench home: runs intake, keeps and reads the records (see the README,
/// "People and roles").
const BENCH_USER: &str = "bench:administrator,business-services,service-manager,records-manager";
