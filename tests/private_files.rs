//! Nothing casevault writes can be read by anyone but its own user (issue 12 point 7): after a
//! run like `make run` (scans, the e-mail drop folder, the legacy drive), no file or folder under
//! the home folder is open to group or others. The catalog holds children's names and dates of
//! birth, quarantine holds originals in the clear, reports hold file names.
//!
//! The home and the catalog are first made as an older version left them (0755 and 0644), and
//! the originals arrive 0644 (a rename into quarantine keeps a file's mode), so each way a loose
//! mode could reach the home is tried.

mod support;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use support::cli::{copy_dir, ok, repo};

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

    // Scans: one filed, two quarantined (renamed in from the inbox, where they were 0644).
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
    let inbox = tmp.path().join("inbox");
    copy_dir(&picked, &inbox);
    for e in std::fs::read_dir(&inbox).unwrap() {
        loosen(&e.unwrap().path(), 0o644);
    }
    let scans = ok(
        &home,
        &[
            "run",
            "scanning-station",
            "--once",
            "--json",
            "--inbox",
            inbox.to_str().unwrap(),
        ],
    );
    assert!(scans.contains("\"stored\""), "{scans}");
    assert!(scans.contains("\"quarantined\""), "{scans}");

    // The e-mail drop folder.
    let mail = tmp.path().join("mail");
    std::fs::create_dir(&mail).unwrap();
    std::fs::copy(
        repo().join("test-data/mail/legal.eml"),
        mail.join("legal.eml"),
    )
    .unwrap();
    support::cli::arrived_long_ago(&mail.join("legal.eml"));
    ok(
        &home,
        &[
            "run",
            "email-inbox",
            "--once",
            "--inbox",
            mail.to_str().unwrap(),
        ],
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

    // The run did make what is checked below.
    for made in ["catalog.sqlite", "quarantine", "reports", "store/objects"] {
        assert!(home.join(made).exists(), "{made} was not made");
    }
    let offenders = open_to_others(&home);
    assert!(
        offenders.is_empty(),
        "open to group or others (mode, path under the home):\n  {}",
        offenders.join("\n  ")
    );
}
