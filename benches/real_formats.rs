//! The real-format mix (issue 10, points 7 and 10): casevault beside bare Tesseract and beside
//! OCRmyPDF, in one run, on the pages of test-data/ocr-real (bilevel office pages as CCITT G4
//! TIFF and as scanner PDFs with G4 or JBIG2, grey and colour JPEG scans, phone photographs).
//!
//! For each engine: pages per second over the mix (wall clock, both cores), word recall against
//! each page's ground truth (tests/support/recall.rs, the same measure the accuracy test asserts)
//! and the output's size beside the input's. The three contenders:
//! - casevault end to end: the release binary runs `run scanning-station --once --json` in a
//!   fresh home (cases imported from test-data/cases.csv, files named by the convention so they
//!   are filed); each stored PDF is fetched with `casevault get` and read with `pdftotext`. Its
//!   time includes everything it does (decode, OCR, PDF, seal, store, verify, catalog).
//! - bare Tesseract: `tesseract PAGE out`, one process per page, as many at once as there are
//!   cores, `OMP_THREAD_LIMIT=1`. PDFs are rasterised first with `pdftoppm -r 300` and that time
//!   is reported apart, not counted (Tesseract cannot read PDFs).
//! - OCRmyPDF: `ocrmypdf --jobs 1 IN OUT.pdf`, as many files at once as there are cores (each
//!   file here is one page, and OCRmyPDF parallelises by page, so `--jobs 2` on one file at a time
//!   would leave a core idle); images go through its image input. `CASEVAULT_BENCH_OCRMYPDF=serial`
//!   runs it the other way: one file at a time with `--jobs 2`. Its recall is `pdftotext` of its
//!   output.
//!
//! casevault and bare Tesseract run in rounds (`CASEVAULT_BENCH_ROUNDS`, default 2) and OCRmyPDF,
//! much the slowest, once between the first two: casevault, bare, OCRmyPDF, bare, casevault. Load
//! from other work on a shared machine that grows or fades during the run then weighs on all
//! three alike. casevault's and bare Tesseract's times are the mean of their rounds, and each
//! round's ratio is printed.
//!
//! Files a contender refuses count as read by nobody: their words count as not found in "recall
//! (all)", and the pages-per-second figures say how many pages were really read. Per class
//! (bilevel, scan, photo) and per file tables follow, and the slowest page against the median
//! page. Benches measure and print; nothing here asserts a speed (tests/ocr_accuracy.rs asserts
//! accuracy). `make bench` installs OCRmyPDF and Ghostscript first (.ci/install-bench-deps.sh).

#[path = "../tests/support/recall.rs"]
mod recall;

use std::collections::{BTreeMap, VecDeque};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use recall::Score;
use serde::Deserialize;

#[derive(Debug, Deserialize)]
struct Manifest {
    page: Vec<Entry>,
}

#[derive(Debug, Deserialize, Clone)]
struct Entry {
    file: String,
    truth: String,
    class: String,
    format: String,
    case_name: String,
    case_number: String,
    document: String,
}

/// One contender's result on one file.
#[derive(Debug, Clone, Default)]
struct Outcome {
    /// Read and its text obtained.
    read: bool,
    /// Why not, when not read.
    why: String,
    score: Option<Score>,
    /// Recall of `pdftotext -raw` (content-stream order): whether the words are in the text
    /// layer at all, even where its geometry makes `pdftotext`'s layout reading split them.
    raw: Option<Score>,
    /// The text the score was taken from.
    text: String,
    /// How the file was run, when not the default way (OCRmyPDF's `--image-dpi` retry).
    note: String,
    /// Wall seconds per page (bare Tesseract, casevault's own per-page figure).
    page_secs: Vec<f64>,
    /// Size of the output PDF, bytes.
    out_bytes: Option<u64>,
}

/// Everything known about one file of the mix.
struct Item {
    entry: Entry,
    input: PathBuf,
    input_bytes: u64,
    truth: String,
    pages: usize,
    casevault: Outcome,
    bare: Outcome,
    ocrmypdf: Outcome,
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn corpus() -> PathBuf {
    repo().join("test-data/ocr-real")
}

/// A tool on PATH (or in ~/.local/bin, where the install script puts OCRmyPDF), or a loud stop
/// that says how to get it.
fn tool(name: &str, install: &str) -> PathBuf {
    let local = std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/bin").join(name));
    let on_path = std::env::var_os("PATH").and_then(|p| {
        std::env::split_paths(&p)
            .map(|d| d.join(name))
            .find(|c| c.is_file())
    });
    match on_path.or(local.filter(|l| l.is_file())) {
        Some(p) => p,
        None => panic!(
            "`{name}` is needed by the real-format bench and is not installed: run `make bench` (it runs .ci/install-bench-deps.sh) or {install}"
        ),
    }
}

fn output(cmd: &mut Command) -> std::process::Output {
    cmd.output()
        .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"))
}

fn pdftotext(pdftotext: &Path, pdf: &Path, raw: bool) -> Option<String> {
    let mut cmd = Command::new(pdftotext);
    cmd.args(["-enc", "UTF-8"]);
    if raw {
        cmd.arg("-raw");
    }
    let out = output(cmd.arg(pdf).arg("-"));
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Scores a contender's output PDF: `pdftotext` (layout order, what a search reads) and
/// `pdftotext -raw`.
fn score_pdf(o: &mut Outcome, pdftotext_bin: &Path, pdf: &Path, truth: &str) {
    o.out_bytes = std::fs::metadata(pdf).ok().map(|m| m.len());
    match (
        pdftotext(pdftotext_bin, pdf, false),
        pdftotext(pdftotext_bin, pdf, true),
    ) {
        (Some(text), Some(raw)) => {
            o.read = true;
            o.score = Some(recall::score(truth, &text));
            o.raw = Some(recall::score(truth, &raw));
            o.text = text;
        }
        _ => o.why = "output unreadable by pdftotext".into(),
    }
}

/// Runs `jobs` over `workers` threads; each job returns its result, kept in job order.
fn parallel<T: Send + 'static, R: Send + 'static>(
    jobs: Vec<T>,
    workers: usize,
    f: impl Fn(T) -> R + Send + Sync + 'static,
) -> Vec<R> {
    let n = jobs.len();
    let queue = Arc::new(Mutex::new(
        jobs.into_iter().enumerate().collect::<VecDeque<_>>(),
    ));
    let results = Arc::new(Mutex::new((0..n).map(|_| None).collect::<Vec<Option<R>>>()));
    let f = Arc::new(f);
    let handles: Vec<_> = (0..workers.max(1))
        .map(|_| {
            let (queue, results, f) = (queue.clone(), results.clone(), f.clone());
            std::thread::spawn(move || loop {
                let Some((i, job)) = queue.lock().unwrap().pop_front() else {
                    break;
                };
                let r = f(job);
                results.lock().unwrap()[i] = Some(r);
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    Arc::try_unwrap(results)
        .ok()
        .unwrap()
        .into_inner()
        .unwrap()
        .into_iter()
        .map(Option::unwrap)
        .collect()
}

fn median(v: &[f64]) -> f64 {
    let mut v = v.to_vec();
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    if v.is_empty() {
        0.0
    } else {
        v[v.len() / 2]
    }
}

fn pct(s: Option<Score>) -> String {
    match s {
        Some(s) => format!("{:.1}%", s.recall() * 100.0),
        None => "-".into(),
    }
}

fn kb(b: Option<u64>) -> String {
    match b {
        Some(b) => format!("{:.0}", b as f64 / 1024.0),
        None => "-".into(),
    }
}

fn main() {
    // `cargo bench` passes --bench; `cargo test --benches` passes nothing: do nothing then.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let started = Instant::now();
    let cores = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    let tesseract = tool(
        "tesseract",
        "apt-get install tesseract-ocr tesseract-ocr-eng",
    );
    let pdftoppm = tool("pdftoppm", "apt-get install poppler-utils");
    let pdftotext_bin = tool("pdftotext", "apt-get install poppler-utils");
    let ocrmypdf = tool(
        "ocrmypdf",
        "pip install ocrmypdf (with apt-get install ghostscript qpdf)",
    );
    let ocrmypdf_version =
        String::from_utf8_lossy(&output(Command::new(&ocrmypdf).arg("--version")).stdout)
            .trim()
            .to_string();
    let tmp = tempfile::tempdir().unwrap();

    let manifest: Manifest =
        toml::from_str(&std::fs::read_to_string(corpus().join("manifest.toml")).unwrap()).unwrap();
    let mut items: Vec<Item> = manifest
        .page
        .into_iter()
        .map(|entry| {
            let input = corpus().join(&entry.file);
            let truth = std::fs::read_to_string(corpus().join(&entry.truth)).unwrap();
            Item {
                input_bytes: std::fs::metadata(&input).unwrap().len(),
                input,
                truth,
                pages: 0,
                entry,
                casevault: Outcome::default(),
                bare: Outcome::default(),
                ocrmypdf: Outcome::default(),
            }
        })
        .collect();

    // Pages for bare Tesseract: images as they are; PDFs rasterised at 300 dpi (not timed as
    // Tesseract's work).
    let raster_dir = tmp.path().join("raster");
    std::fs::create_dir_all(&raster_dir).unwrap();
    let t0 = Instant::now();
    let mut page_files: Vec<Vec<PathBuf>> = Vec::new();
    for (i, it) in items.iter_mut().enumerate() {
        if it.input.extension().is_some_and(|e| e == "pdf") {
            let prefix = raster_dir.join(format!("{i:02}"));
            let out = output(
                Command::new(&pdftoppm)
                    // Uncompressed TIFF: quick to write (PNG compression of a page takes
                    // seconds) and it carries the resolution (a PGM does not, and Tesseract's
                    // guess at one loses words: 40% instead of 96% on the table page).
                    .args(["-r", "300", "-tiff"])
                    .args(if it.entry.class == "bilevel" {
                        &["-gray"][..]
                    } else {
                        &[][..]
                    })
                    .arg(&it.input)
                    .arg(&prefix),
            );
            assert!(out.status.success(), "pdftoppm failed on {}", it.entry.file);
            let mut pages: Vec<PathBuf> = std::fs::read_dir(&raster_dir)
                .unwrap()
                .map(|e| e.unwrap().path())
                .filter(|p| {
                    p.file_name()
                        .unwrap()
                        .to_string_lossy()
                        .starts_with(&format!("{i:02}-"))
                })
                .collect();
            pages.sort();
            page_files.push(pages);
        } else {
            page_files.push(vec![it.input.clone()]);
        }
        it.pages = page_files.last().unwrap().len();
    }
    let raster_secs = t0.elapsed().as_secs_f64();
    let total_pages: usize = items.iter().map(|i| i.pages).sum();
    let mut per_class: BTreeMap<&str, usize> = BTreeMap::new();
    for it in &items {
        *per_class.entry(class_name(&it.entry.class)).or_default() += it.pages;
    }
    println!(
        "real-format mix: {} files, {total_pages} pages ({}); {cores} cores, OMP_THREAD_LIMIT=1; {ocrmypdf_version}",
        items.len(),
        per_class
            .iter()
            .map(|(c, n)| format!("{c} {n}"))
            .collect::<Vec<_>>()
            .join(", ")
    );

    // casevault and bare Tesseract in rounds, in the order A B B A (casevault, bare; bare,
    // casevault; ...): other work on the machine that grows or fades during the run then weighs
    // on both alike. Words are scored in the first round (recognition is deterministic).
    let rounds: usize = std::env::var("CASEVAULT_BENCH_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2)
        .max(1);
    let mut cv_walls = Vec::new();
    let mut bare_walls = Vec::new();
    let mut ocr_wall = None;
    for round in 0..rounds {
        let casevault_first = round % 2 == 0;
        for step in 0..2 {
            if (step == 0) == casevault_first {
                cv_walls.push(run_casevault(&mut items, tmp.path(), &pdftotext_bin, round));
            } else {
                bare_walls.push(run_bare(
                    &mut items,
                    &page_files,
                    &tesseract,
                    tmp.path(),
                    cores,
                    round,
                ));
            }
        }
        // OCRmyPDF once, it is much the slowest: after the first round, so that with two
        // rounds it sits in the middle (casevault, bare, OCRmyPDF, bare, casevault).
        if ocr_wall.is_none() {
            ocr_wall = Some(run_ocrmypdf(
                &mut items,
                &ocrmypdf,
                &pdftotext_bin,
                tmp.path(),
                cores,
            ));
        }
    }
    let ocr_wall = ocr_wall.expect("at least one round");

    report(
        &items,
        cores,
        raster_secs,
        Walls {
            casevault: cv_walls,
            bare: bare_walls,
            ocrmypdf: ocr_wall,
        },
        started.elapsed(),
    );
}

/// Wall-clock time of each round of each contender.
struct Walls {
    casevault: Vec<Duration>,
    bare: Vec<Duration>,
    ocrmypdf: Duration,
}

fn class_name(c: &str) -> &'static str {
    match c {
        "bilevel" => "bilevel office pages",
        "scan" => "grey/colour scans",
        "photo" => "photographs",
        _ => "other",
    }
}

/// One round of casevault in a fresh home (a second round in the same home would find every
/// file already stored). Per-page times are kept from every round; words are scored in round 0.
fn run_casevault(items: &mut [Item], tmp: &Path, pdftotext_bin: &Path, round: usize) -> Duration {
    let bin = env!("CARGO_BIN_EXE_casevault");
    let home = tmp.join(format!("cv-home-{round}"));
    let inbox = tmp.join(format!("cv-inbox-{round}"));
    let fetched = tmp.join(format!("cv-out-{round}"));
    std::fs::create_dir_all(&inbox).unwrap();
    std::fs::create_dir_all(&fetched).unwrap();
    let cv = |args: &[&str]| {
        let mut c = Command::new(bin);
        c.current_dir(repo())
            .env("CASEVAULT_HOME", &home)
            .env("OMP_THREAD_LIMIT", "1")
            .env("CASEVAULT_FIRST_USER", BENCH_USER)
            .env_remove("CASEVAULT_CONFIG")
            .args(args);
        c
    };
    let out = output(&mut cv(&["import-cases", "test-data/cases.csv"]));
    assert!(
        out.status.success(),
        "import-cases: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut names = Vec::new();
    for it in items.iter() {
        let ext = it.input.extension().unwrap().to_string_lossy();
        let e = &it.entry;
        let name = format!("{} - {} - {}.{ext}", e.case_name, e.case_number, e.document);
        std::fs::copy(&it.input, inbox.join(&name)).unwrap();
        // A backlog: files that arrived a while ago. A scanning station waits until a new file
        // has stopped growing (`settle_ms`, 1.5 s); that is latency, which a watched folder
        // overlaps with other work, not throughput, so the bench does not time it.
        std::fs::File::options()
            .write(true)
            .open(inbox.join(&name))
            .and_then(|f| f.set_modified(std::time::SystemTime::now() - Duration::from_secs(3600)))
            .unwrap();
        names.push(name);
    }
    let t0 = Instant::now();
    // --show-names: each row is matched to its file by the input's name, which `--json` leaves
    // out unless asked (the names are personal data where a run's output ends in a log).
    let out = output(
        cv(&[
            "run",
            "scanning-station",
            "--once",
            "--json",
            "--show-names",
            "--inbox",
        ])
        .arg(&inbox),
    );
    let wall = t0.elapsed();
    assert!(
        out.status.success(),
        "casevault run: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rows: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    for (it, name) in items.iter_mut().zip(&names) {
        let Some(row) = rows.iter().find(|r| r["input"].as_str() == Some(name)) else {
            it.casevault.why = "no report row".into();
            continue;
        };
        it.casevault.page_secs.extend(
            row["pages"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|p| p["millis"].as_f64().unwrap_or(0.0) / 1000.0),
        );
        if round > 0 {
            continue;
        }
        if row["outcome"] != "stored" {
            it.casevault.why = format!(
                "{} {}",
                row["outcome"].as_str().unwrap_or("?"),
                row["reason"].as_str().unwrap_or("")
            );
            continue;
        }
        let id = row["doc_id"].as_str().unwrap();
        let pdf = fetched.join(format!("{id}.pdf"));
        let got = output(cv(&["get", id, "-o"]).arg(&pdf));
        assert!(
            got.status.success(),
            "casevault get: {}",
            String::from_utf8_lossy(&got.stderr)
        );
        score_pdf(&mut it.casevault, pdftotext_bin, &pdf, &it.truth);
    }
    wall
}

fn run_bare(
    items: &mut [Item],
    page_files: &[Vec<PathBuf>],
    tesseract: &Path,
    tmp: &Path,
    cores: usize,
    round: usize,
) -> Duration {
    let out_dir = tmp.join(format!("bare-{round}"));
    std::fs::create_dir_all(&out_dir).unwrap();
    let jobs: Vec<(usize, usize, PathBuf)> = page_files
        .iter()
        .enumerate()
        .flat_map(|(i, pages)| {
            pages
                .iter()
                .enumerate()
                .map(move |(k, p)| (i, k, p.clone()))
        })
        .collect();
    let tesseract = tesseract.to_path_buf();
    let od = out_dir.clone();
    let t0 = Instant::now();
    let results = parallel(jobs, cores, move |(i, k, page)| {
        let base = od.join(format!("{i:02}-{k:03}"));
        let start = Instant::now();
        let ok = Command::new(&tesseract)
            .arg(&page)
            .arg(&base)
            .env("OMP_THREAD_LIMIT", "1")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .map(|s| s.success())
            .unwrap_or(false);
        let secs = start.elapsed().as_secs_f64();
        let text = std::fs::read_to_string(base.with_extension("txt")).ok();
        (i, secs, if ok { text } else { None })
    });
    let wall = t0.elapsed();
    let mut texts: Vec<Option<String>> = vec![Some(String::new()); items.len()];
    for (i, secs, text) in results {
        items[i].bare.page_secs.push(secs);
        match (text, &mut texts[i]) {
            (Some(t), Some(acc)) => acc.push_str(&t),
            _ => texts[i] = None,
        }
    }
    if round > 0 {
        return wall;
    }
    for (it, text) in items.iter_mut().zip(texts) {
        match text {
            Some(t) => {
                it.bare.read = true;
                it.bare.score = Some(recall::score(&it.truth, &t));
                it.bare.text = t;
            }
            None => it.bare.why = "tesseract failed".into(),
        }
    }
    wall
}

fn run_ocrmypdf(
    items: &mut [Item],
    ocrmypdf: &Path,
    pdftotext_bin: &Path,
    tmp: &Path,
    cores: usize,
) -> Duration {
    let out_dir = tmp.join("ocrmypdf");
    std::fs::create_dir_all(&out_dir).unwrap();
    let serial = std::env::var("CASEVAULT_BENCH_OCRMYPDF").is_ok_and(|v| v == "serial");
    let (workers, jobs_flag) = if serial {
        (1, cores.to_string())
    } else {
        (cores, "1".to_string())
    };
    println!(
        "OCRmyPDF: {workers} file(s) at a time, --jobs {jobs_flag} each{}",
        if serial {
            " (CASEVAULT_BENCH_OCRMYPDF=serial)"
        } else {
            ""
        }
    );
    let jobs: Vec<(usize, PathBuf)> = items
        .iter()
        .enumerate()
        .map(|(i, it)| (i, it.input.clone()))
        .collect();
    let ocrmypdf = ocrmypdf.to_path_buf();
    let od = out_dir.clone();
    let t0 = Instant::now();
    let results = parallel(jobs, workers, move |(i, input)| {
        let out = od.join(format!("{i:02}.pdf"));
        let run = |extra: &[String]| {
            Command::new(&ocrmypdf)
                .args(["--jobs", &jobs_flag, "--quiet"])
                .args(extra)
                .arg(&input)
                .arg(&out)
                .env("OMP_THREAD_LIMIT", "1")
                .stdout(Stdio::null())
                .output()
        };
        let start = Instant::now();
        let mut res = run(&[]);
        let mut note = String::new();
        // A phone photo says 72 dpi, which OCRmyPDF refuses ("DpiError ... specify it using
        // --image-dpi"). Do what its user must: give the resolution the page would have if the
        // photo's width were an A4 page's (both attempts are timed).
        if let Ok(o) = &res {
            if !o.status.success() && String::from_utf8_lossy(&o.stderr).contains("DpiError") {
                let dpi = image_width(&input).map_or(300, |w| (w as f64 / 8.27).round() as u32);
                note = format!("retried with --image-dpi {dpi}");
                res = run(&["--image-dpi".to_string(), dpi.to_string()]);
            }
        }
        let secs = start.elapsed().as_secs_f64();
        let why = match res {
            Ok(o) if o.status.success() => None,
            Ok(o) => Some(format!(
                "exit {}: {}",
                o.status.code().unwrap_or(-1),
                String::from_utf8_lossy(&o.stderr)
                    .lines()
                    .last()
                    .unwrap_or("")
            )),
            Err(e) => Some(e.to_string()),
        };
        (i, secs, out, why, note)
    });
    let wall = t0.elapsed();
    for (i, secs, out, why, note) in results {
        let it = &mut items[i];
        it.ocrmypdf.page_secs.push(secs);
        it.ocrmypdf.note = note;
        if let Some(w) = why {
            it.ocrmypdf.why = w;
            continue;
        }
        score_pdf(&mut it.ocrmypdf, pdftotext_bin, &out, &it.truth);
    }
    wall
}

/// `pdftotext -raw` recall over the files a contender read.
fn raw_recall(items: &[&Item], pick: fn(&Item) -> &Outcome) -> Option<Score> {
    let raws: Vec<Score> = items.iter().filter_map(|i| pick(i).raw).collect();
    (!raws.is_empty()).then(|| raws.into_iter().fold(Score::zero(), Score::add))
}

/// The pixel width of an image file (JPEG, PNG, TIFF), from its header.
fn image_width(path: &Path) -> Option<u32> {
    image::ImageReader::open(path)
        .ok()?
        .with_guessed_format()
        .ok()?
        .into_dimensions()
        .ok()
        .map(|(w, _)| w)
}

/// Recall over the files a contender read, and over all files (unread ones finding nothing).
fn recalls(items: &[&Item], pick: fn(&Item) -> &Outcome) -> (Option<Score>, Score) {
    let mut read = Score::zero();
    let mut all = Score::zero();
    let mut any = false;
    for it in items {
        let truth_words = recall::words(&it.truth).len();
        match pick(it).score {
            Some(s) => {
                read = read.add(s);
                all = all.add(s);
                any = true;
            }
            None => {
                all = all.add(Score {
                    truth_words,
                    found: 0,
                    edits: truth_words,
                })
            }
        }
    }
    (any.then_some(read), all)
}

fn report(items: &[Item], cores: usize, raster_secs: f64, walls: Walls, elapsed: Duration) {
    let rounds = walls.casevault.len();
    let cv_wall: Duration = walls.casevault.iter().sum::<Duration>() / rounds as u32;
    let bare_wall: Duration = walls.bare.iter().sum::<Duration>() / rounds as u32;
    let ocr_wall = walls.ocrmypdf;

    println!(
        "\nper file: recall of the true words (pdftotext of the output PDF; \"raw\" = pdftotext -raw), WER, seconds (casevault: its per-page figure), output KB"
    );
    println!(
        "{:<26} {:<26} {:>5} | {:<18} {:>6} {:>6} {:>5} {:>5} {:>5} | {:>6} {:>5} {:>5} | {:>6} {:>6} {:>5} {:>5}",
        "file", "format", "in KB", "casevault", "recall", "raw", "WER", "s", "KB", "bare", "WER",
        "s", "ocrmyp", "raw", "s", "KB"
    );
    let wer = |o: &Outcome| o.score.map_or("-".into(), |s| format!("{:.2}", s.wer()));
    let secs = |o: &Outcome, pages: usize| {
        if o.page_secs.is_empty() {
            "-".into()
        } else {
            // Mean over the rounds, for the whole file.
            let per_page = o.page_secs.iter().sum::<f64>() / o.page_secs.len() as f64;
            format!("{:.1}", per_page * pages as f64)
        }
    };
    let mut notes = Vec::new();
    for it in items {
        let status = if it.casevault.read {
            "stored".to_string()
        } else {
            it.casevault.why.clone()
        };
        let ocr_recall = if it.ocrmypdf.read {
            pct(it.ocrmypdf.score)
        } else {
            "failed".into()
        };
        if !it.ocrmypdf.note.is_empty() || !it.ocrmypdf.why.is_empty() {
            notes.push(format!(
                "  ocrmypdf on {}: {}{}",
                it.entry.file,
                it.ocrmypdf.note,
                if it.ocrmypdf.why.is_empty() {
                    String::new()
                } else {
                    format!(" failed: {}", it.ocrmypdf.why)
                }
            ));
        }
        println!(
            "{:<26} {:<26} {:>5} | {:<18} {:>6} {:>6} {:>5} {:>5} {:>5} | {:>6} {:>5} {:>5} | {:>6} {:>6} {:>5} {:>5}",
            truncate(&it.entry.file, 26),
            truncate(&it.entry.format, 26),
            kb(Some(it.input_bytes)),
            truncate(&status, 18),
            pct(it.casevault.score),
            pct(it.casevault.raw),
            wer(&it.casevault),
            secs(&it.casevault, it.pages),
            kb(it.casevault.out_bytes),
            pct(it.bare.score),
            wer(&it.bare),
            secs(&it.bare, it.pages),
            ocr_recall,
            pct(it.ocrmypdf.raw),
            secs(&it.ocrmypdf, it.pages),
            kb(it.ocrmypdf.out_bytes),
        );
    }
    for n in notes {
        println!("{n}");
    }

    // Where casevault loses words bare Tesseract reads: the words, for whoever tunes it.
    let mut lost_any = false;
    for it in items {
        let (Some(c), Some(b)) = (it.casevault.score, it.bare.score) else {
            continue;
        };
        if c.recall() + 0.005 >= b.recall() {
            continue;
        }
        if !lost_any {
            println!("\nwords casevault's text layer lacks and bare tesseract found (files more than 0.5 points behind; first 12)");
            lost_any = true;
        }
        let bare_missing = recall::missing(&it.truth, &it.bare.text);
        let mut bare_left: BTreeMap<String, usize> = BTreeMap::new();
        for w in bare_missing {
            *bare_left.entry(w).or_default() += 1;
        }
        let lost: Vec<String> = recall::missing(&it.truth, &it.casevault.text)
            .into_iter()
            .filter(|w| match bare_left.get_mut(w) {
                Some(n) if *n > 0 => {
                    *n -= 1;
                    false
                }
                _ => true,
            })
            .take(12)
            .collect();
        println!("  {:<26} {}", it.entry.file, lost.join(" "));
    }

    println!("\nper class: recall over all true words of the class (a file a contender did not read finds none); cv(read) = over the files casevault filed; raw = pdftotext -raw over the files read; sizes: output beside the same files' input");
    println!(
        "{:<22} {:>5} | {:>8} {:>9} {:>8} {:>8} | {:>6} | {:>8} {:>8} {:>8} | {:>6} {:>13} {:>13}",
        "class",
        "pages",
        "cv filed",
        "cv(read)",
        "cv(all)",
        "cv raw",
        "bare",
        "ocr(all)",
        "ocr raw",
        "ocr ok",
        "in KB",
        "cv out KB",
        "ocr out KB"
    );
    let mut classes: Vec<&str> = items.iter().map(|i| i.entry.class.as_str()).collect();
    classes.dedup();
    let mut groups: Vec<(String, Vec<&Item>)> = classes
        .iter()
        .map(|c| {
            (
                class_name(c).to_string(),
                items.iter().filter(|i| i.entry.class == *c).collect(),
            )
        })
        .collect();
    groups.push(("whole mix".into(), items.iter().collect()));
    for (name, group) in &groups {
        let pages: usize = group.iter().map(|i| i.pages).sum();
        let filed = group.iter().filter(|i| i.casevault.read).count();
        let (cv_read, cv_all) = recalls(group, cv);
        let (_, bare_all) = recalls(group, bare);
        let (_, ocr_all) = recalls(group, ocr);
        let cv_raw = raw_recall(group, cv);
        let ocr_raw = raw_recall(group, ocr);
        let ocr_ok = group.iter().filter(|i| i.ocrmypdf.read).count();
        let in_kb: u64 = group.iter().map(|i| i.input_bytes).sum();
        let size_of = |pick: fn(&Item) -> &Outcome| {
            // Output beside the input of the same files (those with an output).
            let with: Vec<&&Item> = group
                .iter()
                .filter(|i| pick(i).out_bytes.is_some())
                .collect();
            let out: u64 = with.iter().map(|i| pick(i).out_bytes.unwrap()).sum();
            let inp: u64 = with.iter().map(|i| i.input_bytes).sum();
            if with.is_empty() {
                "-".to_string()
            } else {
                format!(
                    "{:.0} ({:.1}x)",
                    out as f64 / 1024.0,
                    out as f64 / inp as f64
                )
            }
        };
        println!(
            "{:<22} {:>5} | {:>8} {:>9} {:>8} {:>8} | {:>6} | {:>8} {:>8} {:>8} | {:>6} {:>13} {:>13}",
            name,
            pages,
            format!("{filed}/{}", group.len()),
            pct(cv_read),
            pct(Some(cv_all)),
            pct(cv_raw),
            pct(Some(bare_all)),
            pct(Some(ocr_all)),
            pct(ocr_raw),
            format!("{ocr_ok}/{}", group.len()),
            format!("{:.0}", in_kb as f64 / 1024.0),
            size_of(cv),
            size_of(ocr),
        );
    }

    // Throughput.
    let total_pages: usize = items.iter().map(|i| i.pages).sum();
    let cv_read_pages: usize = items
        .iter()
        .filter(|i| !i.casevault.page_secs.is_empty())
        .map(|i| i.pages)
        .sum();
    let ocr_read_pages: usize = items
        .iter()
        .filter(|i| i.ocrmypdf.read)
        .map(|i| i.pages)
        .sum();
    let pps = |n: usize, d: Duration| n as f64 / d.as_secs_f64();
    let secs = |v: &[Duration]| {
        v.iter()
            .map(|d| format!("{:.1}", d.as_secs_f64()))
            .collect::<Vec<_>>()
            .join(" / ")
    };
    println!(
        "\nthroughput (wall clock, {cores} cores; the mix is {total_pages} pages; casevault and bare tesseract: mean of {rounds} rounds, run as casevault, bare, OCRmyPDF, bare, casevault)"
    );
    println!(
        "  rounds: casevault {} s; bare tesseract {} s; ratio per round (casevault pages/s over bare's) {}",
        secs(&walls.casevault),
        secs(&walls.bare),
        walls
            .casevault
            .iter()
            .zip(&walls.bare)
            .map(|(c, b)| format!("{:.2}", b.as_secs_f64() / c.as_secs_f64()))
            .collect::<Vec<_>>()
            .join(" / ")
    );
    println!(
        "  casevault       {:>6.1} s  {:>5.2} pages/s over the mix  ({cv_read_pages} pages read; {:.2} pages/s read)",
        cv_wall.as_secs_f64(),
        pps(total_pages, cv_wall),
        pps(cv_read_pages, cv_wall)
    );
    println!(
        "  bare tesseract  {:>6.1} s  {:>5.2} pages/s  (+ {raster_secs:.1} s rasterising PDFs with pdftoppm, not counted)",
        bare_wall.as_secs_f64(),
        pps(total_pages, bare_wall)
    );
    println!(
        "  ocrmypdf        {:>6.1} s  {:>5.2} pages/s over the mix  ({ocr_read_pages} pages read)",
        ocr_wall.as_secs_f64(),
        pps(total_pages, ocr_wall)
    );
    println!(
        "  bare tesseract end to end, the PDFs rasterised as a user of it must: {:.1} s ({:.2} pages/s): casevault / that = {:.2}",
        bare_wall.as_secs_f64() + raster_secs / cores as f64,
        pps(total_pages, bare_wall + Duration::from_secs_f64(raster_secs / cores as f64)),
        (bare_wall.as_secs_f64() + raster_secs / cores as f64) / cv_wall.as_secs_f64()
    );
    println!(
        "  ratios over the mix (pages/s over pages/s): casevault / bare tesseract = {:.2}   casevault / ocrmypdf = {:.2}{}",
        bare_wall.as_secs_f64() / cv_wall.as_secs_f64(),
        ocr_wall.as_secs_f64() / cv_wall.as_secs_f64(),
        if cv_read_pages < total_pages {
            "   (not like for like: casevault did not read every page, see below)"
        } else {
            ""
        }
    );
    if cv_read_pages < total_pages {
        // Bare Tesseract on the same pages casevault read, from its per-page times spread over
        // the cores (an estimate: the measured run also did the others).
        let same: f64 = items
            .iter()
            .filter(|i| !i.casevault.page_secs.is_empty())
            .map(|i| i.bare.page_secs.iter().sum::<f64>())
            .sum::<f64>()
            / rounds as f64
            / cores as f64;
        println!(
            "  casevault refused {} of {total_pages} pages unread; on the {cv_read_pages} pages it read: casevault {:.2} pages/s, bare tesseract about {:.2} pages/s (its per-page times / {cores} cores): ratio {:.2}",
            total_pages - cv_read_pages,
            pps(cv_read_pages, cv_wall),
            cv_read_pages as f64 / same,
            pps(cv_read_pages, cv_wall) / (cv_read_pages as f64 / same)
        );
        // The same estimate for OCRmyPDF (its files ran two at a time, one worker each).
        let ocr_same: f64 = items
            .iter()
            .filter(|i| !i.casevault.page_secs.is_empty())
            .map(|i| i.ocrmypdf.page_secs.iter().sum::<f64>())
            .sum::<f64>()
            / cores as f64;
        println!(
            "  on the same {cv_read_pages} pages OCRmyPDF about {:.2} pages/s (its per-file times / {cores}): casevault / ocrmypdf {:.2}",
            cv_read_pages as f64 / ocr_same,
            pps(cv_read_pages, cv_wall) / (cv_read_pages as f64 / ocr_same)
        );
    }
    let bound = |name: &str, pick: fn(&Item) -> &Outcome| {
        let secs: Vec<(f64, &str)> = items
            .iter()
            .flat_map(|i| {
                pick(i)
                    .page_secs
                    .iter()
                    .map(|s| (*s, i.entry.file.as_str()))
            })
            .collect();
        if secs.is_empty() {
            return;
        }
        let med = median(&secs.iter().map(|s| s.0).collect::<Vec<_>>());
        let (max, file) = secs
            .iter()
            .cloned()
            .fold((0.0, ""), |a, b| if b.0 > a.0 { b } else { a });
        println!(
            "  slowest page / median page, {name}: {max:.2} s ({file}) / {med:.2} s = {:.1}",
            max / med.max(1e-9)
        );
    };
    bound("casevault (its per-page figure)", cv);
    bound("bare tesseract (per process)", bare);
    println!("\nbench took {:.0} s", elapsed.as_secs_f64());
}

fn cv(i: &Item) -> &Outcome {
    &i.casevault
}

fn bare(i: &Item) -> &Outcome {
    &i.bare
}

fn ocr(i: &Item) -> &Outcome {
    &i.ocrmypdf
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        s.chars().take(n - 1).collect::<String>() + "~"
    }
}

/// The first user of a bench home: runs intake, keeps and reads the records (see the README,
/// "People and roles").
const BENCH_USER: &str = "bench:administrator,business-services,service-manager,records-manager";
