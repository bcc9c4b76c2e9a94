//! Watch mode: a file that arrives while the pipeline runs is taken once it has stopped growing,
//! stored once, and Ctrl-C stops the pipeline cleanly; an idle watcher costs nothing, and a
//! notification (not the poll) is what brings a new file in.

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
