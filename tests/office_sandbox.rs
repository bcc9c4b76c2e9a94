//! LibreOffice converts only inside its sandbox (issue 12 point 7): where the sandbox cannot be
//! made (here, the configuration names a bubblewrap that is not there), an office document is
//! quarantined as `needs-conversion` saying why and what to do, and its original is kept; with
//! `allow_unsandboxed_office = true` the same document is converted and filed. What the sandbox
//! keeps out (the home, the key file, the network) is tested in `src/convert/office.rs`.

mod support;

use std::path::Path;

use support::cli::{casevault, copy_dir, json_lines, ok, repo, succeeded};

const DOCX: &str = "Hughes v Patel - LS24P01234 - Position statement.docx";

fn config(dir: &Path, allow: bool) -> std::path::PathBuf {
    let path = dir.join(format!("casevault-{allow}.toml"));
    std::fs::write(
        &path,
        format!(
            "[retention]\nschedules_dir = \"{}\"\ndefault_schedule = \"cafcass-2020\"\n\n\
             [office]\nbwrap = \"/nonexistent/bwrap\"\nallow_unsandboxed_office = {allow}\n",
            repo().join("config/retention").display()
        ),
    )
    .unwrap();
    path
}

#[test]
fn without_a_sandbox_office_documents_wait_unless_allowed() {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    ok(
        &home,
        &[
            "import-cases",
            repo().join("test-data/cases.csv").to_str().unwrap(),
        ],
    );
    let picked = tmp.path().join("picked");
    std::fs::create_dir(&picked).unwrap();
    std::fs::copy(
        repo().join("test-data/office").join(DOCX),
        picked.join(DOCX),
    )
    .unwrap();
    let inbox = tmp.path().join("inbox");
    copy_dir(&picked, &inbox);

    let run = |allow: bool| {
        let out = succeeded(casevault(&home).args([
            "--config",
            config(tmp.path(), allow).to_str().unwrap(),
            "run",
            "scanning-station",
            "--once",
            "--json",
            "--show-names",
            "--inbox",
            inbox.to_str().unwrap(),
        ]));
        json_lines(&String::from_utf8(out.stdout).unwrap())
    };

    let refused = run(false);
    assert_eq!(refused.len(), 1, "{refused:?}");
    assert_eq!(refused[0]["outcome"], "quarantined", "{refused:?}");
    assert_eq!(refused[0]["reason"], "needs-conversion", "{refused:?}");
    let detail = refused[0]["detail"].as_str().unwrap();
    assert!(
        detail.contains("sandbox") && detail.contains("allow_unsandboxed_office"),
        "{detail}"
    );
    let quarantined = home.join("quarantine/needs-conversion").join(DOCX);
    assert!(quarantined.exists(), "the original is kept in quarantine");

    // Fixed (here: allowed), the same document dropped in again is filed.
    std::fs::rename(&quarantined, inbox.join(DOCX)).unwrap();
    support::cli::arrived_long_ago(&inbox.join(DOCX));
    let filed = run(true);
    assert_eq!(filed.len(), 1, "{filed:?}");
    assert_eq!(filed[0]["outcome"], "stored", "{filed:?}");
}
