//! Watch mode: a file that arrives while the pipeline runs is taken once it has stopped growing,
//! stored once, and Ctrl-C stops the pipeline cleanly; an idle watcher costs nothing, and a
//! notification (not the poll) is what brings a new file in; a writer that pauses for longer
//! than the settle time has its file taken only once it is finished, and filed whole.

mod support;

use std::io::{BufRead, Write};
use std::process::Stdio;
use std::time::{Duration, Instant};

use support::cli::{casevault, repo};

#[test]
fn a_file_written_slowly_is_taken_once_it_stops_growing() {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    let inbox = tmp.path().join("inbox");
    std::fs::create_dir_all(&inbox).unwrap();
    let out = casevault(&home)
        .arg("import-cases")
        .arg(repo().join("test-data/cases.csv"))
        .output()
        .unwrap();
    assert!(out.status.success());

    // Notifications off (poll mode), as on a network share.
    let pipeline = tmp.path().join("station.toml");
    let text = std::fs::read_to_string(repo().join("pipelines/scanning-station.toml"))
        .unwrap()
        .replace("watch = \"notify\"", "watch = \"poll\"")
        .replace("poll_interval_ms = 2000", "poll_interval_ms = 200")
        .replace(
            "rules = \"routing.toml\"",
            &format!(
                "rules = \"{}\"",
                repo().join("pipelines/routing.toml").display()
            ),
        );
    std::fs::write(&pipeline, text).unwrap();

    let mut child = casevault(&home)
        .args([
            "run",
            pipeline.to_str().unwrap(),
            "--json",
            "--show-names",
            "--inbox",
            inbox.to_str().unwrap(),
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel::<serde_json::Value>();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
        {
            let _ = tx.send(serde_json::from_str(&line).unwrap());
        }
    });

    // A scanner writes the file in three parts, 600 ms apart (less than the 1.5 s settle time):
    // had the pipeline taken it early, it would be a truncated JPEG, quarantined as corrupt.
    let bytes = std::fs::read(repo().join("test-data/scans/scan_0001.jpg")).unwrap();
    let target = inbox.join("scan_0001.jpg");
    let mut f = std::fs::File::create(&target).unwrap();
    for chunk in bytes.chunks(bytes.len() / 3 + 1) {
        f.write_all(chunk).unwrap();
        f.flush().unwrap();
        std::thread::sleep(Duration::from_millis(600));
    }
    drop(f);

    let started = Instant::now();
    let row = rx
        .recv_timeout(Duration::from_secs(180))
        .expect("the file was never processed");
    assert_eq!(row["outcome"], "stored", "{row}");
    assert_eq!(row["name"], "Hughes v Patel - LS24P01234 - Court order.pdf");
    assert!(started.elapsed() < Duration::from_secs(180));
    // Released after storing, and nothing else happens to it.
    let deadline = Instant::now() + Duration::from_secs(10);
    while target.exists() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(!target.exists(), "the original was not released");
    assert!(
        rx.recv_timeout(Duration::from_secs(2)).is_err(),
        "processed twice"
    );

    // Ctrl-C stops it cleanly.
    let status = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if let Some(st) = child.try_wait().unwrap() {
            assert!(st.success(), "exit status {st}");
            break;
        }
        assert!(Instant::now() < deadline, "did not stop after Ctrl-C");
        std::thread::sleep(Duration::from_millis(100));
    }
    // What was filed is the whole file: the catalog's hash of the original is the complete
    // file's, and the stored PDF has its page.
    assert_filed_whole(&home, &bytes, 1);
}

/// A watched folder on a network share, where file-system notifications never arrive: with
/// notifications unavailable (`CASEVAULT_NOTIFY=off`), the e-mail drop folder in its default
/// `notify` mode still finds a message written while it runs, by polling, and files it once.
#[test]
fn without_notifications_a_watched_folder_is_polled() {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    let inbox = tmp.path().join("share");
    std::fs::create_dir_all(&inbox).unwrap();
    support::cli::ok(
        &home,
        &[
            "import-cases",
            repo().join("test-data/cases.csv").to_str().unwrap(),
        ],
    );
    let pipeline = tmp.path().join("email.toml");
    let text = std::fs::read_to_string(repo().join("pipelines/email-inbox.toml"))
        .unwrap()
        .replace("poll_interval_ms = 2000", "poll_interval_ms = 300")
        .replace(
            "rules = \"routing.toml\"",
            &format!(
                "rules = \"{}\"",
                repo().join("pipelines/routing.toml").display()
            ),
        );
    assert!(text.contains("watch = \"notify\""));
    std::fs::write(&pipeline, text).unwrap();
    let log = tmp.path().join("stderr.log");
    let mut child = casevault(&home)
        .env("CASEVAULT_NOTIFY", "off")
        .args([
            "run",
            pipeline.to_str().unwrap(),
            "--json",
            "--show-names",
            "--inbox",
            inbox.to_str().unwrap(),
        ])
        .stdout(Stdio::piped())
        .stderr(std::fs::File::create(&log).unwrap())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel::<serde_json::Value>();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
        {
            let _ = tx.send(serde_json::from_str(&line).unwrap());
        }
    });
    std::thread::sleep(Duration::from_millis(500));
    // Written under a temporary name and renamed, as a mail rule's export does.
    let partial = inbox.join(".legal.eml.part");
    std::fs::copy(repo().join("test-data/mail/legal.eml"), &partial).unwrap();
    std::fs::rename(&partial, inbox.join("legal.eml")).unwrap();
    let row = rx
        .recv_timeout(Duration::from_secs(60))
        .expect("the message was never found: polling did not work");
    assert_eq!(row["outcome"], "stored", "{row}");
    assert_eq!(row["folder"], "legal-advice", "{row}");
    assert!(
        rx.recv_timeout(Duration::from_secs(2)).is_err(),
        "processed twice"
    );
    assert!(!inbox.join("legal.eml").exists(), "not released");
    let _ = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status();
    let deadline = Instant::now() + Duration::from_secs(30);
    while child.try_wait().unwrap().is_none() {
        assert!(Instant::now() < deadline, "did not stop after Ctrl-C");
        std::thread::sleep(Duration::from_millis(100));
    }
    let stderr = std::fs::read_to_string(&log).unwrap();
    assert!(
        stderr.contains("notifications unavailable"),
        "the notify path was not the one tested: {stderr}"
    );
}

/// CPU seconds (user + system) a process has used so far, from /proc (Linux).
fn cpu_seconds(pid: u32) -> f64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    // Fields after the command name (which may hold spaces, so split after its ')').
    let rest = &stat[stat.rfind(')').unwrap() + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name and state.
    let ticks: f64 = fields[11].parse::<f64>().unwrap() + fields[12].parse::<f64>().unwrap();
    let hz = std::process::Command::new("getconf")
        .arg("CLK_TCK")
        .output()
        .unwrap();
    let hz: f64 = String::from_utf8_lossy(&hz.stdout).trim().parse().unwrap();
    ticks / hz
}

/// A watcher with notifications on (the default) waits without working: its own listing and
/// reading of the inbox must not wake it again (they did, and an idle watcher kept a core about
/// half busy). And a file that arrives is still seen at once, by its notification: the poll
/// interval here is a minute, so a file taken within it was taken because of the event.
#[test]
fn an_idle_watcher_costs_nothing_and_still_sees_a_new_file_at_once() {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    let inbox = tmp.path().join("inbox");
    std::fs::create_dir_all(&inbox).unwrap();
    support::cli::ok(
        &home,
        &[
            "import-cases",
            repo().join("test-data/cases.csv").to_str().unwrap(),
        ],
    );
    let pipeline = tmp.path().join("station.toml");
    let text = std::fs::read_to_string(repo().join("pipelines/scanning-station.toml"))
        .unwrap()
        .replace("poll_interval_ms = 2000", "poll_interval_ms = 60000")
        .replace(
            "rules = \"routing.toml\"",
            &format!(
                "rules = \"{}\"",
                repo().join("pipelines/routing.toml").display()
            ),
        );
    assert!(text.contains("watch = \"notify\"") && text.contains("poll_interval_ms = 60000"));
    std::fs::write(&pipeline, text).unwrap();
    let log = tmp.path().join("stderr.log");
    let mut child = casevault(&home)
        .args([
            "run",
            pipeline.to_str().unwrap(),
            "--json",
            "--show-names",
            "--inbox",
            inbox.to_str().unwrap(),
        ])
        .stdout(Stdio::piped())
        .stderr(std::fs::File::create(&log).unwrap())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel::<serde_json::Value>();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
        {
            let _ = tx.send(serde_json::from_str(&line).unwrap());
        }
    });

    // Started (engines loaded) and then idle for 4 seconds: a busy loop would use seconds of
    // CPU here; a waiting one uses (almost) none. The bound leaves room for a slow machine.
    std::thread::sleep(Duration::from_secs(3));
    let before = cpu_seconds(child.id());
    std::thread::sleep(Duration::from_secs(4));
    let idle = cpu_seconds(child.id()) - before;
    eprintln!("idle watcher: {idle:.2} s of CPU in 4 s");
    assert!(
        idle < 0.2,
        "an idle watcher used {idle:.2} s of CPU in 4 s: it is busy-waiting"
    );

    // A scan arrives (copied in, as a scanner's network share delivers it).
    let target = inbox.join("scan_0001.jpg");
    std::fs::copy(repo().join("test-data/scans/scan_0001.jpg"), &target).unwrap();
    let row = rx
        .recv_timeout(Duration::from_secs(50))
        .expect("the new file was not seen by its notification (the poll is a minute)");
    assert_eq!(row["outcome"], "stored", "{row}");
    let _ = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status();
    let deadline = Instant::now() + Duration::from_secs(30);
    while child.try_wait().unwrap().is_none() {
        assert!(Instant::now() < deadline, "did not stop after Ctrl-C");
        std::thread::sleep(Duration::from_millis(100));
    }
    let stderr = std::fs::read_to_string(&log).unwrap();
    assert!(
        !stderr.contains("notifications unavailable"),
        "notifications were not in use, so the notify path was not tested: {stderr}"
    );
}

/// A running `casevault run` of the scanning-station pipeline, watching `inbox`.
struct Watcher {
    child: std::process::Child,
    rows: std::sync::mpsc::Receiver<serde_json::Value>,
    log: std::path::PathBuf,
}

impl Watcher {
    /// Starts the scanning station on `inbox` with the given watch mode, poll interval and
    /// settle time, logging at `info` to a file.
    fn start(tmp: &std::path::Path, watch: &str, poll_ms: u64, settle_ms: u64) -> Watcher {
        let home = tmp.join("home");
        let inbox = tmp.join("inbox");
        std::fs::create_dir_all(&inbox).unwrap();
        support::cli::ok(
            &home,
            &[
                "import-cases",
                repo().join("test-data/cases.csv").to_str().unwrap(),
            ],
        );
        let pipeline = tmp.join("station.toml");
        let text = std::fs::read_to_string(repo().join("pipelines/scanning-station.toml"))
            .unwrap()
            .replace("watch = \"notify\"", &format!("watch = \"{watch}\""))
            .replace(
                "poll_interval_ms = 2000",
                &format!("poll_interval_ms = {poll_ms}"),
            )
            .replace("settle_ms = 1500", &format!("settle_ms = {settle_ms}"))
            .replace(
                "rules = \"routing.toml\"",
                &format!(
                    "rules = \"{}\"",
                    repo().join("pipelines/routing.toml").display()
                ),
            );
        assert!(text.contains(&format!("settle_ms = {settle_ms}")));
        std::fs::write(&pipeline, text).unwrap();
        let log = tmp.join("stderr.log");
        let mut child = casevault(&home)
            .env("CASEVAULT_LOG", "info")
            .args([
                "run",
                pipeline.to_str().unwrap(),
                "--json",
                "--show-names",
                "--inbox",
                inbox.to_str().unwrap(),
            ])
            .stdout(Stdio::piped())
            .stderr(std::fs::File::create(&log).unwrap())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, rows) = std::sync::mpsc::channel::<serde_json::Value>();
        std::thread::spawn(move || {
            for line in std::io::BufReader::new(stdout)
                .lines()
                .map_while(Result::ok)
            {
                let _ = tx.send(serde_json::from_str(&line).unwrap());
            }
        });
        Watcher { child, rows, log }
    }

    /// Stops it with Ctrl-C and returns what it logged.
    fn stop(mut self) -> String {
        let _ = std::process::Command::new("kill")
            .args(["-INT", &self.child.id().to_string()])
            .status();
        let deadline = Instant::now() + Duration::from_secs(30);
        while self.child.try_wait().unwrap().is_none() {
            assert!(Instant::now() < deadline, "did not stop after Ctrl-C");
            std::thread::sleep(Duration::from_millis(100));
        }
        std::fs::read_to_string(&self.log).unwrap()
    }
}

/// Writes `bytes` to `target` in `parts` parts through one open file, pausing `pause` after
/// each part but the last, as a scanner writing page by page or a slow share does.
fn write_slowly(target: &std::path::Path, bytes: &[u8], parts: usize, pause: Duration) {
    let mut f = std::fs::File::create(target).unwrap();
    let chunks: Vec<&[u8]> = bytes.chunks(bytes.len().div_ceil(parts)).collect();
    for (i, chunk) in chunks.iter().enumerate() {
        f.write_all(chunk).unwrap();
        f.flush().unwrap();
        if i + 1 < chunks.len() {
            std::thread::sleep(pause);
        }
    }
}

/// Everything in the quarantine folder (notes included).
fn quarantined_files(home: &std::path::Path) -> Vec<std::path::PathBuf> {
    support::cli::store_files(&home.join("quarantine"))
}

/// Issue 11, point 6b: a writer that pauses for longer than the settle time (here 4 times it)
/// no longer has its file taken half-written and quarantined as corrupt. Polling only (as on a
/// network share, no notifications): what keeps the PDF waiting is that it does not end with
/// `%%EOF` until its last part is written.
#[test]
fn a_pdf_written_with_pauses_longer_than_the_settle_time_is_filed_whole() {
    let tmp = tempfile::tempdir().unwrap();
    let w = Watcher::start(tmp.path(), "poll", 100, 300);
    let bytes = std::fs::read(repo().join("test-data/scans/scan_0004.pdf")).unwrap();
    let target = tmp.path().join("inbox/scan_0004.pdf");
    write_slowly(&target, &bytes, 4, Duration::from_millis(1200));

    let row = w
        .rows
        .recv_timeout(Duration::from_secs(180))
        .expect("the file was never processed");
    assert_eq!(row["outcome"], "stored", "{row}");
    assert_eq!(row["name"], "Re Evans - MK23C00456 - Expert report.pdf");
    assert_eq!(row["pages"].as_array().unwrap().len(), 2, "{row}");
    assert!(
        w.rows.recv_timeout(Duration::from_secs(2)).is_err(),
        "processed twice"
    );
    let home = tmp.path().join("home");
    let log = w.stop();
    assert_eq!(quarantined_files(&home), Vec::<std::path::PathBuf>::new());
    assert_filed_whole(&home, &bytes, 2);
    assert!(
        log.contains("waiting for its writer"),
        "the wait was not logged: {log}"
    );
    assert!(!log.contains("scan_0004"), "a file name was logged: {log}");
}

/// The same with a TIFF, which has no end marker, written through a file kept open between
/// pages: with notifications on, the file is known to be open for writing until its writer
/// closes it, and it is taken only then.
#[test]
fn a_tiff_written_page_by_page_is_taken_when_its_writer_closes_it() {
    let tmp = tempfile::tempdir().unwrap();
    let w = Watcher::start(tmp.path(), "notify", 60000, 300);
    // Started (engines loaded) before the scanner writes.
    std::thread::sleep(Duration::from_secs(2));
    let bytes = std::fs::read(repo().join("test-data/scans/scan_0002.tif")).unwrap();
    let target = tmp.path().join("inbox/scan_0002.tif");
    write_slowly(&target, &bytes, 3, Duration::from_millis(1200));

    let row = w
        .rows
        .recv_timeout(Duration::from_secs(120))
        .expect("the file was never processed");
    assert_eq!(row["outcome"], "stored", "{row}");
    assert_eq!(row["name"], "Smith v Brown - BM25P00012 - Application.pdf");
    assert_eq!(row["pages"].as_array().unwrap().len(), 3, "{row}");
    let home = tmp.path().join("home");
    let log = w.stop();
    assert_eq!(quarantined_files(&home), Vec::<std::path::PathBuf>::new());
    assert_filed_whole(&home, &bytes, 3);
    assert!(
        log.contains("waiting for its writer"),
        "the wait was not logged: {log}"
    );
    assert!(!log.contains("scan_0002"), "a file name was logged: {log}");
}

/// The one document filed in `home` is the complete file written slowly: the catalog's SHA-256
/// of the original is that of `bytes` (a file taken half-written would have another), and the
/// stored PDF, decrypted with `casevault get`, has all `pages` pages (counted by qpdf), as the
/// catalog says.
fn assert_filed_whole(home: &std::path::Path, bytes: &[u8], pages: u32) {
    let stored = support::cli::json_lines(&support::cli::ok(home, &["ls", "--json"]));
    assert_eq!(stored.len(), 1, "{stored:#?}");
    let doc = &stored[0];
    assert_eq!(
        doc["sha256"].as_str().unwrap(),
        sha256_hex(bytes),
        "the stored document is not the complete file: {doc}"
    );
    assert_eq!(doc["pages"], pages, "{doc}");
    let id = doc["id"].as_str().unwrap();
    let pdf = home.join(format!("{id}.pdf"));
    support::cli::ok(home, &["get", id, "-o", pdf.to_str().unwrap()]);
    let out = std::process::Command::new("qpdf")
        .arg("--show-npages")
        .arg(&pdf)
        .output()
        .expect("qpdf is needed by this test (apt-get install qpdf; make test installs it)");
    assert!(
        out.status.success(),
        "qpdf --show-npages: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let n: u32 = String::from_utf8_lossy(&out.stdout).trim().parse().unwrap();
    assert_eq!(n, pages, "pages in the stored PDF");
}

fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(bytes))
}
