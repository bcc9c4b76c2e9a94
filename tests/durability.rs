//! Durability: every write the folder store makes is on the disk before the call returns, the
//! object and the folder entry that names it (issue 12 point 1).
//!
//! A read-back cannot show this (it reads the page cache), so these tests watch the system calls
//! with `strace` (installed by `make deps`): each write must fsync the staged file before it is
//! published under its key (rename or hard link) and fsync the key's folder after, inside the
//! call; a delete must fsync the folder it removed the entry from. The store calls run in a child
//! copy of this test binary (under strace), bracketed by marker system calls (a `mkdir` that
//! fails) so that each call's window in the trace is known. A second test runs the real binary
//! on a scan and checks the same of every object it stored, and that the catalog's WAL is synced
//! after them (the catalog says `stored` only once it is).

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

use support::cli::{copy_dir, ok, repo};

/// Set in the child copy of this test binary: the store folder to write in.
const CHILD: &str = "CASEVAULT_DURABILITY_CHILD";

/// The store calls the child makes, in order, and the key each is about.
const CALLS: [(&str, &str); 8] = [
    ("put", "objects/a"),
    ("put-create", "objects/b"),
    ("put-with-tags", "labels/c"),
    ("put-verified", "keys/d"),
    ("multipart-from", "objects/e"),
    ("multipart-stream", "objects/f"),
    ("delete", "objects/a"),
    // The last object of its folder: object_store removes the emptied folder too.
    ("delete", "labels/c"),
];

const SYSCALLS: &str =
    "fsync,fdatasync,sync_file_range,rename,renameat,renameat2,link,linkat,unlink,unlinkat,mkdir,mkdirat";

/// One system call of interest, in trace order.
#[derive(Debug, Clone, PartialEq)]
enum Event {
    /// fsync or fdatasync of an open file or folder.
    Sync(PathBuf),
    /// A rename or hard link publishing `from` as `to`.
    Publish { from: PathBuf, to: PathBuf },
    /// A removed file.
    Unlink(PathBuf),
    /// A marker the child left.
    Mark(String),
}

/// Leaves a marker in the trace: a `mkdir` that fails (its parent does not exist).
fn mark(root: &Path, label: &str) {
    let _ = std::fs::create_dir(
        root.join("no-such-folder")
            .join(format!("casevault-mark-{label}")),
    );
}

fn quoted(line: &str) -> Vec<String> {
    line.split('"')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

fn parse_trace(text: &str) -> Vec<Event> {
    let mut events = Vec::new();
    for line in text.lines() {
        // `PID name(args) = result`, or its first half `PID name(args <unfinished ...>`.
        let call = line
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .trim_start();
        if call.starts_with("<...") {
            continue;
        }
        let name = call.split('(').next().unwrap_or("");
        match name {
            "fsync" | "fdatasync" => {
                // strace -y: `fsync(7</the/path>)`.
                if let Some(start) = call.find('<') {
                    let rest = &call[start + 1..];
                    if let Some(end) = rest.find('>') {
                        events.push(Event::Sync(PathBuf::from(&rest[..end])));
                    }
                }
            }
            "rename" | "renameat" | "renameat2" | "link" | "linkat" => {
                let q = quoted(call);
                if q.len() >= 2 && call.contains("= 0") {
                    events.push(Event::Publish {
                        from: PathBuf::from(&q[0]),
                        to: PathBuf::from(&q[1]),
                    });
                }
            }
            "unlink" | "unlinkat" => {
                if let Some(p) = quoted(call).first() {
                    if call.contains("= 0") {
                        events.push(Event::Unlink(PathBuf::from(p)));
                    }
                }
            }
            "mkdir" | "mkdirat" => {
                if let Some(p) = quoted(call).first() {
                    if let Some((_, label)) = p.rsplit_once("casevault-mark-") {
                        events.push(Event::Mark(label.to_string()));
                    }
                }
            }
            _ => {}
        }
    }
    events
}

/// Runs `command` under strace and returns the calls of interest.
fn traced(command: &Command, trace: &Path) -> (std::process::Output, Vec<Event>) {
    let mut st = Command::new("strace");
    st.args(["-f", "-qq", "-y", "-s", "4096", "-e"])
        .arg(format!("trace={SYSCALLS}"))
        .arg("-o")
        .arg(trace)
        .arg(command.get_program())
        .args(command.get_args());
    for (k, v) in command.get_envs() {
        match v {
            Some(v) => st.env(k, v),
            None => st.env_remove(k),
        };
    }
    if let Some(dir) = command.get_current_dir() {
        st.current_dir(dir);
    }
    let out = st.output().unwrap_or_else(|e| {
        panic!("strace could not be started ({e}): `make deps` installs it (Debian package strace)")
    });
    let text = std::fs::read_to_string(trace).unwrap_or_else(|e| {
        panic!(
            "strace wrote no trace ({e}); its error: {}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    (out, parse_trace(&text))
}

fn window<'a>(events: &'a [Event], label: &str) -> &'a [Event] {
    let at = |m: String| {
        events
            .iter()
            .position(|e| *e == Event::Mark(m.clone()))
            .unwrap_or_else(|| panic!("no marker {m} in the trace"))
    };
    let (begin, end) = (at(format!("begin-{label}")), at(format!("end-{label}")));
    &events[begin + 1..end]
}

/// The position of the first event at or after `from` matching `f`.
fn find(events: &[Event], from: usize, f: impl Fn(&Event) -> bool) -> Option<usize> {
    events.iter().skip(from).position(f).map(|i| i + from)
}

/// Checks that the object `path` was published durably within `events`: the staged file
/// synced before it was renamed or linked into place, its folder synced after. Returns a
/// description of what is missing.
fn published_durably(events: &[Event], path: &Path) -> Result<(), String> {
    let publish = find(
        events,
        0,
        |e| matches!(e, Event::Publish { to, .. } if to == path),
    )
    .ok_or("it was never renamed or linked into place")?;
    let Event::Publish { from, .. } = &events[publish] else {
        unreachable!()
    };
    if !events[..publish]
        .iter()
        .any(|e| matches!(e, Event::Sync(p) if p == from))
    {
        return Err(format!(
            "its staged file {} was not synced before it was published",
            from.display()
        ));
    }
    let folder = path.parent().expect("a key has a folder");
    find(
        events,
        publish,
        |e| matches!(e, Event::Sync(p) if p == folder),
    )
    .ok_or_else(|| format!("its folder {} was not synced after", folder.display()))?;
    Ok(())
}

/// The child: the store calls, bracketed by markers. Does nothing in an ordinary test run.
#[tokio::test]
async fn store_calls_child() {
    use casevault::store;
    let Some(root) = std::env::var_os(CHILD).map(PathBuf::from) else {
        return;
    };
    mark(&root, "begin-open");
    let s = store::open(root.to_str().unwrap(), &Default::default())
        .await
        .unwrap();
    mark(&root, "end-open");
    let bytes = bytes::Bytes::from_static(b"sealed bytes stand-in");
    for (i, (call, key)) in CALLS.iter().enumerate() {
        mark(&root, &format!("begin-{i}"));
        // Each call's length and hash are not the subject here, only that it returned.
        let _ = match *call {
            "put" => s.put(key, bytes.clone()).await.unwrap(),
            "put-create" => s.put_create(key, bytes.clone()).await.unwrap(),
            "put-with-tags" => s
                .put_with_tags(key, bytes.clone(), &[("retain", "2043-11-02")])
                .await
                .unwrap(),
            "put-verified" => s.put_verified(key, bytes.clone()).await.unwrap(),
            "multipart-from" => s
                .put_multipart_from(key, std::io::Cursor::new(vec![7u8; 300_000]))
                .await
                .unwrap(),
            "multipart-stream" => {
                let chunks = futures::stream::iter(vec![Ok(bytes.clone()), Ok(bytes.clone())]);
                s.put_multipart_stream(key, chunks).await.unwrap()
            }
            "delete" => {
                s.delete(key).await.unwrap();
                store::Written::of(b"")
            }
            other => unreachable!("{other}"),
        };
        mark(&root, &format!("end-{i}"));
    }
}

#[test]
fn every_store_write_is_synced_with_its_folder_before_it_returns() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("store");
    let mut child = Command::new(std::env::current_exe().unwrap());
    child
        .args([
            "--exact",
            "store_calls_child",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD, &root);
    let (out, events) = traced(&child, &dir.path().join("trace"));
    assert!(
        out.status.success(),
        "the store calls failed: {}",
        String::from_utf8_lossy(&out.stdout)
    );

    let mut missing = Vec::new();
    // Opening makes the store folder: its entry is synced in the folder above.
    let open = window(&events, "open");
    for folder in [&root, dir.path()] {
        if !open.contains(&Event::Sync(folder.to_path_buf())) {
            missing.push(format!(
                "open: the new folder {} not synced",
                folder.display()
            ));
        }
    }
    let mut folders_seen = std::collections::HashSet::new();
    for (i, (call, key)) in CALLS.iter().enumerate() {
        let w = window(&events, &i.to_string());
        let path = root.join(key);
        let folder = path.parent().unwrap().to_path_buf();
        let problem = if *call == "delete" {
            match find(w, 0, |e| *e == Event::Unlink(path.clone())) {
                None => Some("it was never removed".to_string()),
                // Where the entry was removed: its folder, or the store's own folder when
                // the folder was emptied and removed with it.
                Some(at) => find(w, at, |e| {
                    matches!(e, Event::Sync(p) if *p == folder && folder.exists()
                        || *p == root && !folder.exists())
                })
                .is_none()
                .then(|| "its folder was not synced after the removal".to_string()),
            }
        } else {
            let mut problem = published_durably(w, &path).err();
            // The first object of a folder makes the folder: its entry is synced too.
            if folders_seen.insert(folder.clone()) && !w.contains(&Event::Sync(root.clone())) {
                problem.get_or_insert_with(|| {
                    format!(
                        "its new folder's entry in {} was not synced",
                        root.display()
                    )
                });
            }
            problem
        };
        if let Some(p) = problem {
            missing.push(format!("{call} {key}: {p}"));
        }
    }
    assert!(
        missing.is_empty(),
        "store writes that could be lost to a power cut:\n  {}",
        missing.join("\n  ")
    );
}

#[test]
fn a_real_run_syncs_each_stored_object_and_then_the_catalog() {
    let home = tempfile::tempdir().unwrap();
    let home = home.path();
    ok(
        home,
        &[
            "import-cases",
            repo().join("test-data/cases.csv").to_str().unwrap(),
        ],
    );
    let samples = tempfile::tempdir().unwrap();
    let inbox = home.join("inbox");
    // A document that needs no OCR: under strace every system call is slow, and a scan's page
    // can run past the legibility gate's deadline and be quarantined, storing nothing to check.
    std::fs::write(
        samples
            .path()
            .join("Hughes v Patel - LS24P01234 - Police check.txt"),
        "Police national computer check\n\nThames Valley Police\n\nNo trace was found.\n",
    )
    .unwrap();
    copy_dir(samples.path(), &inbox);
    let store = home.join("store");
    // import-cases wrote case records: only what the traced run writes is checked.
    let before = support::cli::store_files(&store);
    let mut run = support::cli::casevault(home);
    run.args(["run", "scanning-station", "--once", "--inbox"])
        .arg(&inbox);
    let trace_dir = tempfile::tempdir().unwrap();
    let (out, events) = traced(&run, &trace_dir.path().join("trace"));
    assert!(
        out.status.success(),
        "the run failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );

    let mut objects = support::cli::store_files(&store);
    objects.retain(|o| !before.contains(o));
    for kind in ["objects/", "keys/", "labels/"] {
        assert!(
            objects
                .iter()
                .any(|o| o.strip_prefix(&store).unwrap().starts_with(kind)),
            "nothing under {kind} in {objects:?}"
        );
    }
    let mut missing = Vec::new();
    let mut last_publish = 0;
    for o in &objects {
        if let Err(p) = published_durably(&events, o) {
            missing.push(format!(
                "{}: {p}",
                o.strip_prefix(&store).unwrap().display()
            ));
        }
        let at = find(
            &events,
            0,
            |e| matches!(e, Event::Publish { to, .. } if to == o),
        );
        last_publish = last_publish.max(at.unwrap_or(0));
    }
    let wal = home.join("catalog.sqlite-wal");
    if find(&events, last_publish, |e| *e == Event::Sync(wal.clone())).is_none() {
        missing.push("the catalog's WAL was not synced after the objects were stored".into());
    }
    assert!(
        missing.is_empty(),
        "a power cut after this run could lose what it reported stored:\n  {}",
        missing.join("\n  ")
    );
}
