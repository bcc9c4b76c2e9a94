//! Pages per second, end to end, against bare Tesseract on the same pages.
//!
//! The baseline is what a scanning station would do without casevault: `tesseract PAGE out`, one
//! process per page, one OCR thread each (`OMP_THREAD_LIMIT=1`), as many processes at once as
//! there are cores. casevault runs its real binary on the same sample (`run scanning-station
//! --once`), which also writes the PDFs, seals, stores, verifies and records them. The ratio is
//! casevault's pages per second over the baseline's: at least 1.0 means loading the model once
//! pays for everything else. The slowest page against the median page shows whether one bad page
//! can stall a station (target: at most 5).
//!
//! `make bench` runs it; it prints and checks nothing else (benches measure, tests assert).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use casevault::stages::decode::decode;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    if v.is_empty() {
        0.0
    } else {
        v[v.len() / 2]
    }
}

fn main() {
    // `cargo bench` passes --bench; `cargo test --benches` would pass nothing: do nothing then.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let cores = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    let tmp = tempfile::tempdir().unwrap();
    let pages_dir = tmp.path().join("pages");
    std::fs::create_dir_all(&pages_dir).unwrap();

    // The same pages the pipeline will see: every page of every readable sample file.
    let mut pages: Vec<PathBuf> = Vec::new();
    let scans = repo().join("test-data/scans");
    let mut inputs: Vec<PathBuf> = std::fs::read_dir(&scans)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    inputs.sort();
    for input in &inputs {
        let bytes = std::fs::read(input).unwrap();
        let name = input.file_name().unwrap().to_string_lossy().into_owned();
        let Ok(doc) = decode(&name, &bytes) else {
            continue;
        };
        for (i, p) in doc.iter().enumerate() {
            let (ext, data) = p.file_bytes().unwrap();
            let path = pages_dir.join(format!("{:03}-{}.{ext}", pages.len(), i + 1));
            std::fs::write(&path, data).unwrap();
            pages.push(path);
        }
    }
    println!(
        "sample: {} inputs, {} pages, {cores} cores",
        inputs.len(),
        pages.len()
    );

    // Baseline: bare tesseract, one process per page, `cores` at once.
    let queue = Arc::new(Mutex::new(pages.clone()));
    let times = Arc::new(Mutex::new(Vec::new()));
    let t0 = Instant::now();
    let workers: Vec<_> = (0..cores)
        .map(|_| {
            let (queue, times) = (queue.clone(), times.clone());
            let out_dir = tmp.path().join("tess-out");
            std::thread::spawn(move || {
                std::fs::create_dir_all(&out_dir).unwrap();
                loop {
                    let Some(page) = queue.lock().unwrap().pop() else {
                        break;
                    };
                    let out = out_dir.join(page.file_stem().unwrap());
                    let start = Instant::now();
                    let status = Command::new("timeout")
                        .arg("600")
                        .arg("tesseract")
                        .arg(&page)
                        .arg(&out)
                        .env("OMP_THREAD_LIMIT", "1")
                        .stdout(std::process::Stdio::null())
                        .stderr(std::process::Stdio::null())
                        .status()
                        .expect("tesseract CLI (apt-get install tesseract-ocr)");
                    let secs = start.elapsed().as_secs_f64();
                    if !status.success() {
                        eprintln!("tesseract failed or timed out on {}", page.display());
                    }
                    times.lock().unwrap().push(secs);
                }
            })
        })
        .collect();
    for w in workers {
        w.join().unwrap();
    }
    let base_wall = t0.elapsed();
    let mut base_times = times.lock().unwrap().clone();
    let base_max = base_times.iter().cloned().fold(0.0, f64::max);
    let base_median = median(&mut base_times);

    // casevault, end to end, on the same sample.
    let home = tmp.path().join("home");
    let inbox = tmp.path().join("inbox");
    std::fs::create_dir_all(&inbox).unwrap();
    for input in &inputs {
        std::fs::copy(input, inbox.join(input.file_name().unwrap())).unwrap();
    }
    let bin = env!("CARGO_BIN_EXE_casevault");
    let run = |args: &[&str], inbox: Option<&Path>| {
        let mut c = Command::new(bin);
        c.current_dir(repo())
            .env("CASEVAULT_HOME", &home)
            .env("CASEVAULT_FIRST_USER", BENCH_USER)
            .args(args);
        if let Some(i) = inbox {
            c.arg("--inbox").arg(i);
        }
        c.output().unwrap()
    };
    let out = run(&["import-cases", "test-data/cases.csv"], None);
    assert!(out.status.success());
    let t0 = Instant::now();
    let out = run(
        &["run", "scanning-station", "--once", "--json"],
        Some(&inbox),
    );
    let cv_wall = t0.elapsed();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut cv_times = Vec::new();
    let mut cv_pages = 0;
    for line in String::from_utf8(out.stdout).unwrap().lines() {
        let row: serde_json::Value = serde_json::from_str(line).unwrap();
        for p in row["pages"].as_array().into_iter().flatten() {
            cv_pages += 1;
            cv_times.push(p["millis"].as_f64().unwrap() / 1000.0);
        }
    }
    let cv_max = cv_times.iter().cloned().fold(0.0, f64::max);
    let cv_median = median(&mut cv_times);

    let pps = |n: usize, d: Duration| n as f64 / d.as_secs_f64();
    let base_pps = pps(pages.len(), base_wall);
    let cv_pps = pps(pages.len(), cv_wall);
    println!(
        "bare tesseract: {:.1} s wall, {base_pps:.2} pages/s; slowest page {base_max:.1} s, median {base_median:.2} s (slowest/median {:.1})",
        base_wall.as_secs_f64(),
        base_max / base_median.max(1e-9)
    );
    println!(
        "casevault:      {:.1} s wall, {cv_pps:.2} pages/s ({cv_pages} pages recognised); slowest page {cv_max:.1} s, median {cv_median:.2} s (slowest/median {:.1})",
        cv_wall.as_secs_f64(),
        cv_max / cv_median.max(1e-9)
    );
    println!(
        "ratio (casevault pages/s over bare tesseract pages/s): {:.2}  [target >= 1.0]",
        cv_pps / base_pps
    );
    // The same ratio without the baseline's runaway pages, so the figure does not rest on them.
    let tame: f64 = times
        .lock()
        .unwrap()
        .iter()
        .filter(|t| **t <= 5.0 * base_median)
        .sum();
    let tame_n = times
        .lock()
        .unwrap()
        .iter()
        .filter(|t| **t <= 5.0 * base_median)
        .count();
    if tame_n < pages.len() {
        let tame_wall = tame / cores as f64;
        println!(
            "ratio excluding the {} page(s) bare tesseract took over 5x its median on: {:.2} (baseline estimated {:.1} s for {tame_n} pages over {cores} cores)",
            pages.len() - tame_n,
            (cv_pps) / (tame_n as f64 / tame_wall),
            tame_wall
        );
    }
}

/// The first user of a bench home: runs intake, keeps and reads the records (see the README,
/// "People and roles").
const BENCH_USER: &str = "bench:administrator,business-services,service-manager,records-manager";
