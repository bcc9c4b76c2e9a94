//! End to end through IMAP: the real `casevault` binary reads a real Dovecot mailbox (started
//! here on 127.0.0.1, as an unprivileged user), files each message and its attachments, and only
//! then moves the message: to Processed when every part is stored and verified, to Quarantine
//! with the reason otherwise. A dropped connection (the server restarted) reconnects.

mod support;

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

use support::cli::{casevault, json_lines, ok, repo, succeeded};
use support::dovecot::Dovecot;
use support::seaweedfs::SeaweedFs;

/// The IMAP pipeline as shipped (polling as asked), and beside it `imap-config.toml`: a
/// configuration whose `[imap.business-services]` is this Dovecot. The server is the
/// configuration's, never the pipeline's, so the shipped pipeline runs unchanged against it.
fn pipeline(dir: &Path, dv: &Dovecot, poll_ms: u64) -> std::path::PathBuf {
    let text = std::fs::read_to_string(repo().join("pipelines/email-imap.toml"))
        .unwrap()
        .replace(
            "poll_interval_ms = 30000",
            &format!("poll_interval_ms = {poll_ms}"),
        )
        .replace(
            "rules = \"routing.toml\"",
            &format!(
                "rules = \"{}\"",
                repo().join("pipelines/routing.toml").display()
            ),
        );
    let p = dir.join("imap.toml");
    std::fs::write(&p, text).unwrap();
    std::fs::write(
        dir.join("imap-config.toml"),
        format!(
            "[retention]\nschedules_dir = \"{}\"\n{}",
            repo().join("config/retention").display(),
            imap_account(dv)
        ),
    )
    .unwrap();
    p
}

/// The configuration's table for the test's Dovecot, in clear (allowed: it is this machine).
fn imap_account(dv: &Dovecot) -> String {
    format!(
        "[imap.business-services]\nhost = \"127.0.0.1\"\nport = {}\nuser = \"{}\"\ntls = \"none\"\n",
        dv.port(),
        dv.user()
    )
}

fn mail(name: &str) -> Vec<u8> {
    std::fs::read(repo().join("test-data/mail").join(name)).unwrap()
}

fn header_of(raw: &[u8], name: &str) -> Option<String> {
    String::from_utf8_lossy(raw)
        .lines()
        .take_while(|l| !l.is_empty())
        .find_map(|l| l.strip_prefix(&format!("{name}: ")).map(str::to_string))
}

/// Over TLS, both ways a server offers it: implicit (its own port) and STARTTLS (the plain
/// port, upgraded before the password is sent), the certificate checked against the authority
/// named in `ca_file`. A server whose certificate the system's authorities do not vouch for is
/// refused with a message that says so, and its mail stays where it is.
#[test]
fn mail_is_read_over_tls_and_a_certificate_nobody_vouches_for_is_refused() {
    let dv = Dovecot::start_tls();
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    ok(
        &home,
        &[
            "import-cases",
            repo().join("test-data/cases.csv").to_str().unwrap(),
        ],
    );
    let p = pipeline(tmp.path(), &dv, 500);
    let config = tmp.path().join("tls.toml");
    let run = |tls: &str, port: u16, ca: bool| {
        std::fs::write(
            &config,
            format!(
                "[retention]\nschedules_dir = \"{}\"\n[imap.business-services]\n\
                 host = \"localhost\"\nport = {port}\nuser = \"{}\"\ntls = \"{tls}\"\n{}",
                repo().join("config/retention").display(),
                dv.user(),
                if ca {
                    format!("ca_file = \"{}\"\n", dv.ca_file().display())
                } else {
                    String::new()
                }
            ),
        )
        .unwrap();
        casevault(&home)
            .env("CASEVAULT_CONFIG", &config)
            .env("CASEVAULT_IMAP_PASSWORD", dv.password())
            .args([
                "run",
                p.to_str().unwrap(),
                "--once",
                "--json",
                "--show-names",
            ])
            .output()
            .unwrap()
    };
    for (i, (tls, port, file)) in [
        ("implicit", dv.imaps_port(), "police.eml"),
        ("starttls", dv.port(), "legal.eml"),
    ]
    .into_iter()
    .enumerate()
    {
        dv.append("INBOX", &mail(file));
        let out = run(tls, port, true);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{tls}: {stderr}");
        let rows = json_lines(&String::from_utf8(out.stdout).unwrap());
        assert!(
            rows.iter().any(|r| r["outcome"] == "stored"
                && r["input"].as_str().unwrap().ends_with(".eml")),
            "{tls}: {rows:#?}"
        );
        assert!(dv.list("INBOX").is_empty(), "{tls}: left in INBOX");
        assert_eq!(dv.list("Processed").len(), i + 1, "{tls}");
    }
    // The system's authorities do not know the test's: refused, said, nothing taken.
    dv.append("INBOX", &mail("police.eml"));
    for (tls, port) in [("implicit", dv.imaps_port()), ("starttls", dv.port())] {
        let out = run(tls, port, false);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{tls}: {stderr}");
        assert!(
            stderr.contains("certificate") && stderr.contains("ca_file"),
            "{tls}: {stderr}"
        );
        assert!(!stderr.contains(dv.password()), "the password was printed");
    }
    assert_eq!(dv.list("INBOX").len(), 1, "a message was taken without TLS");
}

/// The password and children's e-mail never cross a network in clear by default.
#[test]
fn plaintext_to_another_machine_is_refused_before_connecting() {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    let config = tmp.path().join("clear.toml");
    std::fs::write(
        &config,
        format!(
            "[retention]\nschedules_dir = \"{}\"\n[imap.business-services]\n\
             host = \"192.0.2.10\"\nuser = \"bs\"\ntls = \"none\"\n",
            repo().join("config/retention").display()
        ),
    )
    .unwrap();
    let out = casevault(&home)
        .env("CASEVAULT_CONFIG", &config)
        .env("CASEVAULT_IMAP_PASSWORD", "secret-password")
        .args(["run", "email-imap", "--once"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("in clear") && stderr.contains("192.0.2.10"),
        "{stderr}"
    );
    assert!(!stderr.contains("secret-password"));
}

#[test]
fn a_mailbox_is_filed_and_each_message_moved_only_after_it_is_stored() {
    let dv = Dovecot::start();
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    ok(
        &home,
        &[
            "import-cases",
            repo().join("test-data/cases.csv").to_str().unwrap(),
        ],
    );
    let files = [
        "police.eml",
        "plain-attachments.eml",
        "truncated.eml",
        "thread-1.eml",
        "thread-2.eml",
        "thread-3.eml",
    ];
    for f in files {
        dv.append("INBOX", &mail(f));
    }
    let p = pipeline(tmp.path(), &dv, 500);
    let out = casevault(&home)
        .env("CASEVAULT_CONFIG", tmp.path().join("imap-config.toml"))
        .env("CASEVAULT_IMAP_PASSWORD", dv.password())
        .args([
            "run",
            p.to_str().unwrap(),
            "--once",
            "--json",
            "--show-names",
        ])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(!stderr.contains(dv.password()), "the password was printed");
    let rows = json_lines(&String::from_utf8(out.stdout).unwrap());
    let count = |o: &str| rows.iter().filter(|r| r["outcome"] == o).count();
    // police (+ PNC summary), plain-attachments (+ 2 attachments), thread-3 stored; thread-1
    // and thread-2 superseded by it; truncated quarantined.
    assert_eq!(count("stored"), 6, "{rows:#?}");
    assert_eq!(count("superseded"), 2, "{rows:#?}");
    assert_eq!(count("quarantined"), 1, "{rows:#?}");
    assert!(rows
        .iter()
        .any(|r| r["folder"] == "police-information"
            && r["input"].as_str().unwrap().ends_with(".eml")));

    // Every message has left INBOX: five to Processed, untouched; one to Quarantine, with why.
    assert!(dv.list("INBOX").is_empty(), "messages left in INBOX");
    let processed = dv.list("Processed");
    assert_eq!(processed.len(), 5);
    for f in ["police.eml", "thread-1.eml", "thread-3.eml"] {
        assert!(
            processed.contains(&mail(f)),
            "{f} not in Processed as it was sent"
        );
    }
    let quarantined = dv.list("Quarantine");
    assert_eq!(quarantined.len(), 1);
    let why = header_of(&quarantined[0], "X-Casevault-Quarantine").expect("no reason header");
    assert!(why.starts_with("corrupt: "), "{why}");
    assert!(
        quarantined[0].ends_with(&mail("truncated.eml")),
        "the original was changed"
    );
    // The spool is empty; a second run fetches none of the messages again. So that it cannot
    // pass by not running at all (an empty report would), a new message is waiting in INBOX:
    // the second run must file that one, and only that one.
    let spool = home.join("spool/imap");
    assert_eq!(std::fs::read_dir(&spool).unwrap().count(), 0);
    let before = json_lines(&ok(&home, &["ls", "--json"]));
    dv.append("INBOX", &mail("legal.eml"));
    let out = casevault(&home)
        .env("CASEVAULT_CONFIG", tmp.path().join("imap-config.toml"))
        .env("CASEVAULT_IMAP_PASSWORD", dv.password())
        .args([
            "run",
            p.to_str().unwrap(),
            "--once",
            "--json",
            "--show-names",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rows = json_lines(&String::from_utf8(out.stdout).unwrap());
    assert_eq!(rows.len(), 1, "one row, for the new message: {rows:#?}");
    assert_eq!(rows[0]["outcome"], "stored", "{rows:#?}");
    assert_eq!(rows[0]["folder"], "legal-advice", "{rows:#?}");
    let after = json_lines(&ok(&home, &["ls", "--json"]));
    assert_eq!(after.len(), before.len() + 1, "{after:#?}");
    assert!(
        before.iter().all(|d| after.contains(d)),
        "a document filed by the first run changed"
    );
    assert!(dv.list("INBOX").is_empty());
    let processed_again = dv.list("Processed");
    assert_eq!(processed_again.len(), 6);
    assert_eq!(processed_again[..5], processed[..], "Processed changed");
    assert_eq!(processed_again[5], mail("legal.eml"));
    assert_eq!(dv.list("Quarantine"), quarantined);
}

#[test]
fn the_watching_source_sees_new_mail_and_survives_a_server_restart() {
    let mut dv = Dovecot::start();
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    ok(
        &home,
        &[
            "import-cases",
            repo().join("test-data/cases.csv").to_str().unwrap(),
        ],
    );
    // Polling every 60 s: new mail is seen at once only through IDLE.
    let p = pipeline(tmp.path(), &dv, 60_000);
    let mut child = casevault(&home)
        .env("CASEVAULT_CONFIG", tmp.path().join("imap-config.toml"))
        .env("CASEVAULT_IMAP_PASSWORD", dv.password())
        .args(["run", p.to_str().unwrap(), "--json", "--show-names"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel::<serde_json::Value>();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let _ = tx.send(serde_json::from_str(&line).unwrap());
        }
    });
    let wait_row = |what: &str| {
        rx.recv_timeout(Duration::from_secs(40))
            .unwrap_or_else(|_| panic!("{what} was never filed"))
    };
    std::thread::sleep(Duration::from_secs(1));
    dv.append("INBOX", &mail("legal.eml"));
    let row = wait_row("legal.eml");
    assert_eq!(row["outcome"], "stored", "{row}");
    assert_eq!(row["folder"], "legal-advice", "{row}");

    // The server goes away and comes back: the source reconnects by itself.
    dv.restart();
    dv.append("INBOX", &mail("windows-1252.eml"));
    let row = wait_row("windows-1252.eml after the restart");
    assert_eq!(row["outcome"], "stored", "{row}");
    let deadline = Instant::now() + Duration::from_secs(30);
    while dv.list("Processed").len() < 2 {
        assert!(
            Instant::now() < deadline,
            "not moved to Processed after the restart"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    assert!(dv.list("INBOX").is_empty());

    let _ = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status();
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if let Some(st) = child.try_wait().unwrap() {
            assert!(st.success(), "exit status {st}");
            break;
        }
        assert!(Instant::now() < deadline, "did not stop after Ctrl-C");
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn a_wrong_password_stops_the_run_with_a_clear_error() {
    let dv = Dovecot::start();
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    let p = pipeline(tmp.path(), &dv, 500);
    let out = casevault(&home)
        .env("CASEVAULT_CONFIG", tmp.path().join("imap-config.toml"))
        .env("CASEVAULT_IMAP_PASSWORD", "not-the-password")
        .args(["run", p.to_str().unwrap(), "--once"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.to_lowercase().contains("login"), "{stderr}");
    assert!(!stderr.contains("not-the-password"), "{stderr}");
    // And without the variable at all.
    let out = casevault(&home)
        .env("CASEVAULT_CONFIG", tmp.path().join("imap-config.toml"))
        .env_remove("CASEVAULT_IMAP_PASSWORD")
        .args(["run", p.to_str().unwrap(), "--once"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("CASEVAULT_IMAP_PASSWORD"));
}

/// "Moved only after it is stored and verified", tested by taking the store away: a watching
/// run on a real SeaweedFS, the server killed, then a message arrives. It cannot be stored, so it
/// stays in INBOX and is neither in Processed nor in Quarantine. With the store back, the next
/// run files it from the spool and only then moves it to Processed.
#[test]
fn a_message_stays_in_the_inbox_until_it_is_stored() {
    let dv = Dovecot::start();
    let mut weed = SeaweedFs::start();
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    let config = tmp.path().join("s3.toml");
    weed.write_casevault_config(&config, "prefix", &imap_account(&dv));
    let cv = || {
        let mut c = casevault(&home);
        c.env("CASEVAULT_IMAP_PASSWORD", dv.password())
            .arg("--config")
            .arg(&config);
        c
    };
    succeeded(cv().args([
        "import-cases",
        repo().join("test-data/cases.csv").to_str().unwrap(),
    ]));
    let p = pipeline(tmp.path(), &dv, 500);
    let mut child = cv()
        .env("CASEVAULT_LOG", "info")
        .args(["run", p.to_str().unwrap(), "--json", "--show-names"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let (tx, rx) = std::sync::mpsc::channel::<String>();
    let stderr = child.stderr.take().unwrap();
    let tx2 = tx.clone();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            let _ = tx2.send(format!("stderr: {line}"));
        }
    });
    let stdout = child.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    let wait_for = |what: &str, f: &dyn Fn(&str) -> bool| loop {
        let line = rx
            .recv_timeout(Duration::from_secs(90))
            .unwrap_or_else(|_| panic!("never saw {what}"));
        if f(&line) {
            return line;
        }
    };
    wait_for("the IMAP source connect", &|l| {
        l.contains("IMAP source connected")
    });
    weed.stop();
    dv.append("INBOX", &mail("legal.eml"));
    let row = wait_for("a report row", &|l| !l.starts_with("stderr: "));
    let row: serde_json::Value = serde_json::from_str(&row).unwrap();
    assert_eq!(row["outcome"], "retry later", "{row}");
    // Not stored: still in INBOX, in neither Processed nor Quarantine.
    assert_eq!(
        dv.list("INBOX"),
        vec![mail("legal.eml")],
        "the message left INBOX"
    );
    assert!(dv.list("Processed").is_empty());
    assert!(dv.list("Quarantine").is_empty());
    let _ = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status();
    // Stopped cleanly, with the message still to retry: exit code 3.
    assert_eq!(child.wait().unwrap().code(), Some(3));
    assert_eq!(dv.list("INBOX"), vec![mail("legal.eml")]);

    // The store is back: filed, then moved.
    weed.start_again();
    let out = succeeded(cv().args([
        "run",
        p.to_str().unwrap(),
        "--once",
        "--json",
        "--show-names",
    ]));
    let rows = json_lines(&String::from_utf8(out.stdout).unwrap());
    assert_eq!(rows.len(), 1, "{rows:#?}");
    assert_eq!(rows[0]["outcome"], "stored", "{rows:#?}");
    assert_eq!(rows[0]["folder"], "legal-advice");
    assert!(dv.list("INBOX").is_empty());
    assert_eq!(dv.list("Processed"), vec![mail("legal.eml")]);
    assert!(dv.list("Quarantine").is_empty());
}
