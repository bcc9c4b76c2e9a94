//! Nothing casevault writes can be read by anyone but its own user (issue 12 point 7): after a
//! run like `make run` (scans, the e-mail drop folder, the legacy drive), no file or folder under
//! the home folder is open to group or others. The catalog holds children's names and dates of
//! birth, quarantine holds originals in the clear, reports hold file names.
//!
//! The home and the catalog are first made as an older version left them (0755 and 0644), and
//! the originals arrive 0644 (a rename into quarantine keeps a file's mode), so each way a loose
//! mode could reach the home is tried. Every door is used: the scan folder (releasing originals
//! into `returned/`, an office document through LibreOffice), the e-mail folder, the legacy
//! drive (quarantine copies, the report) and the HTTP upload spool.
//!
//! Temporary files live in `<home>/tmp/`, one folder a process: a folder a killed run left is
//! deleted when the next command starts, the folder of a casevault still running is not.
//! A run's per-document lines name no file and no case unless `--show-names` is given.

mod support;

use std::io::BufRead;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use sha2::{Digest, Sha256};
use support::cli::{casevault, copy_dir, json_lines, ok, repo, succeeded};
use support::dovecot::Dovecot;

fn loosen(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// Every path under `home` (itself included) that group or others may read, write or enter.
fn open_to_others(home: &Path) -> Vec<String> {
    walkdir::WalkDir::new(home)
        .into_iter()
        .map(Result::unwrap)
        .filter_map(|e| {
            let mode = e.metadata().unwrap().permissions().mode() & 0o777;
            (mode & 0o077 != 0).then(|| {
                let rel = e.path().strip_prefix(home).unwrap();
                format!("{:o} {}", mode, rel.display())
            })
        })
        .collect()
}

#[test]
fn after_a_run_nothing_in_the_home_folder_is_open_to_others() {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    // What an older version left: a home and a catalog anyone could read.
    std::fs::create_dir(&home).unwrap();
    loosen(&home, 0o755);
    std::fs::write(home.join("catalog.sqlite"), b"").unwrap();
    loosen(&home.join("catalog.sqlite"), 0o644);

    ok(
        &home,
        &[
            "import-cases",
            repo().join("test-data/cases.csv").to_str().unwrap(),
        ],
    );

    // Scans: one filed, two quarantined (renamed in from the inbox, where they were 0644), and
    // an office document converted in LibreOffice's sandbox. Originals filed are moved to
    // `returned/`.
    let picked = tmp.path().join("picked");
    std::fs::create_dir(&picked).unwrap();
    for name in [
        "Hughes v Patel - LS24P01234 - Position statement.png",
        "truncated.png",
        "random.pdf",
    ] {
        let to = picked.join(name);
        std::fs::copy(repo().join("test-data/scans").join(name), &to).unwrap();
    }
    std::fs::copy(
        repo().join("test-data/office/Hughes v Patel - LS24P01234 - Position statement.docx"),
        picked.join("Hughes v Patel - LS24P01234 - Position statement.docx"),
    )
    .unwrap();
    let inbox = tmp.path().join("inbox");
    copy_dir(&picked, &inbox);
    for e in std::fs::read_dir(&inbox).unwrap() {
        loosen(&e.unwrap().path(), 0o644);
    }
    let station = pipeline_copy(
        tmp.path(),
        "scanning-station",
        &[("release = \"delete\"", "release = \"move\"")],
    );
    let scans = ok(
        &home,
        &[
            "run",
            station.to_str().unwrap(),
            "--once",
            "--inbox",
            inbox.to_str().unwrap(),
        ],
    );
    // The table says what happened, by number and document id, and names nobody.
    assert_eq!(scans.matches(" stored ").count(), 2, "{scans}");
    assert_eq!(scans.matches(" quarantined ").count(), 2, "{scans}");
    for name in [
        "Hughes",
        "Patel",
        "LS24P01234",
        "Evans",
        "MK23C00456",
        "truncated",
        "random",
        "Position",
    ] {
        assert!(
            !scans.contains(name),
            "{name} printed without --show-names:\n{scans}"
        );
    }
    assert!(
        home.join("returned").read_dir().unwrap().count() == 2,
        "originals returned"
    );

    // The e-mail drop folder.
    let mail = tmp.path().join("mail");
    std::fs::create_dir(&mail).unwrap();
    std::fs::copy(
        repo().join("test-data/mail/legal.eml"),
        mail.join("legal.eml"),
    )
    .unwrap();
    support::cli::arrived_long_ago(&mail.join("legal.eml"));
    // --json follows the same rule: no input name, case number, canonical name or detail.
    let quiet = ok(
        &home,
        &[
            "run",
            "email-inbox",
            "--once",
            "--json",
            "--inbox",
            mail.to_str().unwrap(),
        ],
    );
    let rows = support::cli::json_lines(&quiet);
    assert!(!rows.is_empty(), "{quiet}");
    for row in &rows {
        for named in ["input", "case_number", "name", "detail"] {
            assert!(row.get(named).is_none(), "{named} in {row}");
        }
        assert!(row["row"].as_u64().is_some(), "{row}");
    }
    assert!(!quiet.contains("legal.eml"), "{quiet}");
    // (Not police.eml: the IMAP part below files that one.)
    std::fs::copy(
        repo().join("test-data/mail/windows-1252.eml"),
        mail.join("windows-1252.eml"),
    )
    .unwrap();
    support::cli::arrived_long_ago(&mail.join("windows-1252.eml"));
    let mails = ok(
        &home,
        &[
            "run",
            "email-inbox",
            "--once",
            "--show-names",
            "--inbox",
            mail.to_str().unwrap(),
        ],
    );
    assert!(
        mails.contains("windows-1252.eml"),
        "--show-names names the input:\n{mails}"
    );

    // The legacy drive: quarantine copies and the import report.
    ok(
        &home,
        &[
            "import-tree",
            repo().join("test-data/g-drive/tree").to_str().unwrap(),
            "--map",
            repo()
                .join("pipelines/g-drive-mapping.toml")
                .to_str()
                .unwrap(),
        ],
    );

    // The upload door: its spool, its outcomes. Its temporary folder and a killed run's are
    // checked on the way.
    uploads_and_temporary_folders(tmp.path(), &home);

    // The IMAP door: its spool, and a message quarantined from it.
    imap(tmp.path(), &home);

    // The run did make what is checked below.
    for made in [
        "catalog.sqlite",
        "quarantine",
        "reports",
        "store/objects",
        "returned",
        "spool/upload/.outcomes",
        "spool/imap",
        "quarantine/corrupt",
        "tmp",
    ] {
        assert!(home.join(made).exists(), "{made} was not made");
    }
    let offenders = open_to_others(&home);
    assert!(
        offenders.is_empty(),
        "open to group or others (mode, path under the home):\n  {}",
        offenders.join("\n  ")
    );
}

/// A copy of `pipelines/NAME.toml` in `dir` with its routing rules found from there and each
/// `(from, to)` replaced (each must be there).
fn pipeline_copy(dir: &Path, name: &str, changes: &[(&str, &str)]) -> PathBuf {
    let mut text = std::fs::read_to_string(repo().join(format!("pipelines/{name}.toml")))
        .unwrap()
        .replace(
            "rules = \"routing.toml\"",
            &format!(
                "rules = \"{}\"",
                repo().join("pipelines/routing.toml").display()
            ),
        );
    for (from, to) in changes {
        assert!(text.contains(from), "{name}.toml has no {from}");
        text = text.replace(from, to);
    }
    let path = dir.join(format!("{name}.toml"));
    std::fs::write(&path, text).unwrap();
    path
}

/// The folders in `<home>/tmp/` (each process's), without the lock files beside them.
fn temporary_folders(home: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(home.join("tmp"))
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().unwrap().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Plants what a killed run leaves in `<home>/tmp/`, starts the upload station (watching), posts
/// a scan and waits until it is filed; checks the station's start swept the dead run's folder,
/// that its own stays while another command starts, that its line names nobody, and that once
/// it is killed (SIGKILL, as the OOM killer would) the next command deletes its folder.
fn uploads_and_temporary_folders(tmp: &Path, home: &Path) {
    const TOKEN: &str = "private-files-token";
    let stale = home.join("tmp/1-1");
    std::fs::create_dir_all(&stale).unwrap();
    std::fs::write(stale.join("page-0001.png"), b"a page of a killed run").unwrap();
    std::fs::write(home.join("tmp/1-1.lock"), b"").unwrap();

    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let hash = hex::encode(Sha256::digest(TOKEN.as_bytes()));
    let pipeline = pipeline_copy(
        tmp,
        "scan-upload",
        &[
            ("127.0.0.1:8480", &format!("127.0.0.1:{port}")),
            ("token_sha256 = []", &format!("token_sha256 = [\"{hash}\"]")),
        ],
    );
    let mut child = casevault(home)
        .args(["run", pipeline.to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
        {
            let _ = tx.send(line);
        }
    });
    let client = reqwest::blocking::Client::builder()
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap();
    let base = format!("http://127.0.0.1:{port}/v1/inbox");
    let started = Instant::now();
    // Not the scan filed before (that would be a duplicate found before OCR): this one is read.
    let name = "Smith v Jones - LS24P01234 - Note.png";
    let body = std::fs::read(repo().join("test-data/scans").join(name)).unwrap();
    let accepted = loop {
        let r = client
            .post(format!("{base}/scan-upload"))
            .bearer_auth(TOKEN)
            .header(
                "X-Filename",
                "Smith%20v%20Jones%20-%20LS24P01234%20-%20Note.png",
            )
            .body(body.clone())
            .send();
        if let Ok(r) = r {
            break r;
        }
        assert!(
            child.try_wait().unwrap().is_none(),
            "the upload station ended"
        );
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "never listened"
        );
        std::thread::sleep(Duration::from_millis(100));
    };
    assert_eq!(accepted.status(), 202);
    let line = rx
        .recv_timeout(Duration::from_secs(300))
        .expect("a line for the upload");
    assert!(
        line.contains("stored") || line.contains("quarantined"),
        "{line}"
    );
    for name in ["Smith", "Jones", "Hughes", "LS24P01234", "Note", ".png"] {
        assert!(
            !line.contains(name),
            "{name} in a watching run's line: {line}"
        );
    }

    // The station swept the dead run's folder when it started, and has its own now.
    let mine = format!("{}-", child.id());
    let folders = temporary_folders(home);
    assert!(
        !stale.exists(),
        "a killed run's folder outlived the next start: {folders:?}"
    );
    assert!(!home.join("tmp/1-1.lock").exists());
    assert_eq!(folders.len(), 1, "{folders:?}");
    assert!(
        folders[0].starts_with(&mine),
        "{folders:?} (pid {})",
        child.id()
    );
    // Another command starts (and sweeps) beside it: the live station's folder stays.
    ok(home, &["ls"]);
    assert_eq!(
        temporary_folders(home),
        folders,
        "a running casevault's folder was swept"
    );

    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(
        temporary_folders(home),
        folders,
        "a SIGKILL cleans nothing up"
    );
    ok(home, &["ls"]);
    assert_eq!(
        temporary_folders(home),
        Vec::<String>::new(),
        "the killed station's folder"
    );
}

/// Files two messages from a Dovecot started here through the shipped IMAP pipeline: one
/// stored, one (cut short) quarantined from the spool.
fn imap(tmp: &Path, home: &Path) {
    let dv = Dovecot::start();
    for f in ["police.eml", "truncated.eml"] {
        dv.append(
            "INBOX",
            &std::fs::read(repo().join("test-data/mail").join(f)).unwrap(),
        );
    }
    let pipeline = pipeline_copy(
        tmp,
        "email-imap",
        &[("poll_interval_ms = 30000", "poll_interval_ms = 500")],
    );
    let config = tmp.join("imap-config.toml");
    std::fs::write(
        &config,
        format!(
            "[retention]\nschedules_dir = \"{}\"\n\n[imap.business-services]\nhost = \"127.0.0.1\"\n\
             port = {}\nuser = \"{}\"\ntls = \"none\"\n",
            repo().join("config/retention").display(),
            dv.port(),
            dv.user()
        ),
    )
    .unwrap();
    let out = succeeded(
        casevault(home)
            .env("CASEVAULT_CONFIG", &config)
            .env("CASEVAULT_IMAP_PASSWORD", dv.password())
            .args([
                "run",
                pipeline.to_str().unwrap(),
                "--once",
                "--json",
                "--show-names",
            ]),
    );
    let rows = json_lines(&String::from_utf8(out.stdout).unwrap());
    let count = |o: &str| rows.iter().filter(|r| r["outcome"] == o).count();
    assert!(count("stored") >= 1, "{rows:#?}");
    assert_eq!(count("quarantined"), 1, "{rows:#?}");
}
