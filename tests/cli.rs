//! The command line as a new user meets it (issue 11, point 5): a wrong file or folder is an
//! error that says what is wrong, a closed pipe is not an error, each cause is said once, and
//! the exit code tells done (0), error (1), usage (2) and "documents wait to be retried" (3).
//! Every test runs the real binary on its own home folder.

mod support;

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, Output, Stdio};
use std::time::{Duration, Instant};

use support::cli::{casevault, json_lines, ok, repo};

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Waits for a child, failing the test if it takes longer than `limit`.
fn wait(child: &mut Child, limit: Duration) -> std::process::ExitStatus {
    let deadline = Instant::now() + limit;
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("casevault did not end within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// A case list of `n` generated cases (only the required columns).
fn case_list(path: &Path, n: usize, name: &str) {
    let mut text = String::from("case_number,case_name,law_type,status\n");
    for i in 0..n {
        text.push_str(&format!("LS24P{i:05},{name} {i},private,open\n"));
    }
    std::fs::write(path, text).unwrap();
}

#[test]
fn import_cases_refuses_a_file_that_is_not_a_case_list_and_changes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    let hostname = tmp.path().join("hostname");
    std::fs::write(&hostname, "build-host\n").unwrap();

    let out = casevault(&home)
        .args(["import-cases"])
        .arg(&hostname)
        .output()
        .unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("not a case list"), "{err}");
    for column in ["case_number", "case_name", "law_type", "status"] {
        assert!(err.contains(column), "{column} not named: {err}");
    }
    assert!(
        !String::from_utf8_lossy(&out.stdout).contains("cases:"),
        "reported an import"
    );
    assert!(
        !home.join("catalog.sqlite").exists(),
        "a catalog was created"
    );

    // On a home with cases, nothing changes either.
    ok(
        &home,
        &[
            "import-cases",
            repo().join("test-data/cases.csv").to_str().unwrap(),
        ],
    );
    let log_before = ok(&home, &["log", "--json"]);
    let partial = tmp.path().join("partial.csv");
    std::fs::write(
        &partial,
        "case_number,case_name,law_type\nLS24P01234,Hughes v Patel,private\n",
    )
    .unwrap();
    let out = casevault(&home)
        .args(["import-cases"])
        .arg(&partial)
        .output()
        .unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("no status column"), "{err}");
    assert_eq!(ok(&home, &["log", "--json"]), log_before);
}

#[test]
fn run_with_a_mistyped_inbox_is_an_error_and_an_empty_one_is_not() {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");

    let missing = tmp.path().join("no-such-inbox");
    let out = casevault(&home)
        .args(["run", "scanning-station", "--once", "--inbox"])
        .arg(&missing)
        .output()
        .unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("does not exist") && err.contains(missing.to_str().unwrap()),
        "{err}"
    );
    assert!(out.stdout.is_empty(), "printed a report");
    assert!(!missing.exists(), "the mistyped inbox was created");

    let file = tmp.path().join("a-file");
    std::fs::write(&file, "not a folder").unwrap();
    let out = casevault(&home)
        .args(["run", "scanning-station", "--once", "--inbox"])
        .arg(&file)
        .output()
        .unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("is not a folder"), "{err}");

    // An inbox that is there but empty is fine, once or watched.
    let empty = tmp.path().join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let out = casevault(&home)
        .args(["run", "scanning-station", "--once", "--inbox"])
        .arg(&empty)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));

    let mut child = casevault(&home)
        .args(["run", "scanning-station", "--inbox"])
        .arg(&empty)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    loop {
        let line = lines.next().expect("says it is watching").unwrap();
        if line.contains("watching") {
            break;
        }
    }
    // Give the Ctrl-C handler, set up as the watch starts, a moment to be in place.
    std::thread::sleep(Duration::from_secs(1));
    let status = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    assert_eq!(wait(&mut child, Duration::from_secs(60)).code(), Some(0));
}

#[test]
fn a_usage_error_exits_with_2() {
    let tmp = tempfile::tempdir().unwrap();
    let out = casevault(tmp.path()).args(["run"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let out = casevault(tmp.path())
        .args(["no-such-command"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
}

/// Starts `args` with standard output piped, reads one line, closes the pipe, and returns how
/// the process ended and what it said on standard error.
fn read_one_line_then_close(home: &Path, args: &[&str]) -> (std::process::ExitStatus, String) {
    let mut child = casevault(home)
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    stdout.read_line(&mut line).unwrap();
    assert!(!line.is_empty(), "casevault {args:?} printed nothing");
    drop(stdout);
    let mut err = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut err).unwrap();
    (wait(&mut child, Duration::from_secs(120)), err)
}

fn assert_quiet(what: &str, status: std::process::ExitStatus, err: &str) {
    assert_eq!(status.code(), Some(0), "{what}: {status}; stderr: {err}");
    for bad in ["panicked", "Broken pipe", "os error 32", "casevault:"] {
        assert!(!err.contains(bad), "{what}: stderr says {bad:?}: {err}");
    }
}

/// `casevault log | head -1` and the like: the reader going away is not an error, and a
/// command that changes things still finishes its work.
#[test]
fn a_closed_pipe_ends_quietly_and_successfully() {
    const CASES: usize = 2000;
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    let list = tmp.path().join("cases.csv");
    case_list(&list, CASES, "Case");
    ok(&home, &["import-cases", list.to_str().unwrap()]);

    // A listing far bigger than a pipe's buffer (64 KiB), so that the writes really fail.
    let full = ok(&home, &["log"]);
    assert!(
        full.len() > 2 * 65536,
        "the log is only {} bytes",
        full.len()
    );
    let (status, err) = read_one_line_then_close(&home, &["log"]);
    assert_quiet("log", status, &err);

    // A re-import that renames every case prints a line per case (and one per recomputation),
    // again far more than a pipe holds (measured on a second home with the same cases); every
    // case is still updated and logged.
    let twin = tmp.path().join("twin");
    ok(&twin, &["import-cases", list.to_str().unwrap()]);
    let renamed = tmp.path().join("renamed.csv");
    case_list(&renamed, CASES, "Renamed case");
    let full = ok(&twin, &["import-cases", renamed.to_str().unwrap()]);
    assert!(
        full.len() > 2 * 65536,
        "the import printed only {} bytes",
        full.len()
    );
    let (status, err) =
        read_one_line_then_close(&home, &["import-cases", renamed.to_str().unwrap()]);
    assert_quiet("import-cases", status, &err);
    let updated = json_lines(&ok(&home, &["log", "--json"]))
        .iter()
        .filter(|e| e["action"] == "case updated")
        .count();
    assert_eq!(updated, CASES, "the import stopped with its output");

    // A stream with no end (answers to scenarios read from stdin) stops when its reader goes.
    let mut child = casevault(&home)
        .args(["retention", "eval"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let feeder = std::thread::spawn(move || {
        let line = b"{\"schedule\": \"cafcass-2020\"}\n";
        while stdin.write_all(line).is_ok() {}
    });
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    stdout.read_line(&mut line).unwrap();
    assert!(line.starts_with('{'), "{line}");
    drop(stdout);
    let mut err = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut err).unwrap();
    let status = wait(&mut child, Duration::from_secs(60));
    feeder.join().unwrap();
    assert_quiet("retention eval", status, &err);
}

/// `casevault run ... --json | head -1`: once nobody reads the report, the run stops as on
/// Ctrl-C, after the documents in flight, and every original is either still in the inbox or
/// accounted for.
#[test]
fn a_run_whose_report_is_no_longer_read_stops_after_the_documents_in_flight() {
    const MESSAGES: usize = 1000;
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    let inbox = tmp.path().join("inbox");
    std::fs::create_dir_all(&inbox).unwrap();
    // Messages with no case number: each is quarantined at once, without OCR, and reported
    // on a line of its own (far more than a pipe's 64 KiB in all).
    for i in 0..MESSAGES {
        std::fs::write(
            inbox.join(format!("m{i:04}.eml")),
            format!(
                "From: a@example.org\r\nTo: b@example.org\r\nSubject: note {i}\r\n\
                 Date: Mon, 2 Nov 2026 10:00:00 +0000\r\nMessage-ID: <{i}@example.org>\r\n\r\n\
                 Hello {i}\r\n"
            ),
        )
        .unwrap();
    }
    let (status, err) = read_one_line_then_close(
        &home,
        &[
            "run",
            "email-inbox",
            "--once",
            "--json",
            "--show-names",
            "--inbox",
            inbox.to_str().unwrap(),
        ],
    );
    assert_quiet("run --json", status, &err);
    let left = std::fs::read_dir(&inbox).unwrap().count();
    let quarantined = walkdir::WalkDir::new(home.join("quarantine"))
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .filter(|e| !e.file_name().to_string_lossy().ends_with(".why.json"))
        .count();
    assert!(left > 0, "the run did not stop: {err}");
    assert_eq!(left + quarantined, MESSAGES, "{err}");
}

/// An unreadable file's OS error is said once, not once by the message and again as its cause.
#[test]
fn each_cause_of_an_error_is_said_once() {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");

    let pipeline = tmp.path().join("no-such-pipeline.toml");
    let out = casevault(&home)
        .args(["run"])
        .arg(&pipeline)
        .arg("--once")
        .output()
        .unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("cannot read pipeline"), "{err}");
    assert_eq!(err.matches("os error 2").count(), 1, "{err}");

    let config = tmp.path().join("casevault.toml");
    let schedules = tmp.path().join("no-such-schedules");
    std::fs::write(
        &config,
        format!("[retention]\nschedules_dir = \"{}\"\n", schedules.display()),
    )
    .unwrap();
    let out = casevault(&home)
        .arg("--config")
        .arg(&config)
        .args(["retention", "eval"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    // Checked when the configuration is loaded: the folder is named, and said once.
    assert!(
        err.contains("no-such-schedules") && err.contains("does not exist"),
        "{err}"
    );
    assert_eq!(err.matches("does not exist").count(), 1, "{err}");
    assert!(err.matches("os error").count() <= 1, "{err}");
}

/// A run whose store cannot take a document finishes, leaves the original in the inbox and
/// exits with 3; the same run with the store working again files it and exits with 0.
#[test]
fn documents_left_to_retry_exit_with_3() {
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
    std::fs::copy(
        repo().join("test-data/mail/legal.eml"),
        inbox.join("legal.eml"),
    )
    .unwrap();
    // The file store keeps documents under objects/: a plain file there makes every write of a
    // document fail, as a store that is down does.
    let objects = home.join("store/objects");
    std::fs::create_dir_all(objects.parent().unwrap()).unwrap();
    std::fs::write(&objects, "in the way").unwrap();

    let run = || {
        casevault(&home)
            .args([
                "run",
                "email-inbox",
                "--once",
                "--json",
                "--show-names",
                "--inbox",
            ])
            .arg(&inbox)
            .output()
            .unwrap()
    };
    let out = run();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(3), "{err}");
    let rows = json_lines(&String::from_utf8(out.stdout).unwrap());
    assert!(
        rows.iter().all(|r| r["outcome"] == "retry later"),
        "{rows:#?}"
    );
    assert!(err.contains("1 to retry"), "{err}");
    assert!(err.contains("wait to be retried"), "{err}");
    assert!(
        inbox.join("legal.eml").exists(),
        "the original was not kept"
    );

    std::fs::remove_file(&objects).unwrap();
    let out = run();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let rows = json_lines(&String::from_utf8(out.stdout).unwrap());
    assert!(rows.iter().any(|r| r["outcome"] == "stored"), "{rows:#?}");
    assert!(
        !inbox.join("legal.eml").exists(),
        "the original was not released"
    );
}
