//! Several workers sharing the work (issue 16): three worker processes, one PostgreSQL catalog,
//! one SeaweedFS holding both the sealed store and a shared inbox of 300 files (born-digital
//! PDFs and e-mails, so the test is about coordination, not OCR). One worker is SIGKILLed in
//! the middle of the run. Every file must end exactly once (stored once, or quarantined once),
//! the inbox must be empty, no claim may be left held, the queue must show the dead worker's
//! items taken over, and the catalog must verify.

mod support;

use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use support::cli::casevault;
use support::postgres;
use support::seaweedfs::SeaweedFs;
use support::shared_inbox::{inbox_files, inbox_left, pipeline_file, sha256_hex, upload};

fn worker(home: &Path, config: &Path, pipeline: &Path) -> Child {
    casevault(home)
        .env("CASEVAULT_LOG", "info")
        .arg("--config")
        .arg(config)
        .args(["run", pipeline.to_str().unwrap(), "--once", "--json"])
        .stdout(Stdio::null())
        .stderr(Stdio::from(
            std::fs::File::create(home.with_extension("log")).unwrap(),
        ))
        .spawn()
        .unwrap()
}

/// The model trained on the shipped sets, in the user's model cache (where every test's
/// `casevault` finds it): trained there once if no test has yet, by a run over an empty inbox
/// in a home of its own (the model on the shipped sets alone is the same for any catalog
/// without people's decisions, and a debug build takes minutes to train it, which the workers
/// must not each do).
fn warm_model() {
    static WARM: std::sync::OnceLock<()> = std::sync::OnceLock::new();
    WARM.get_or_init(|| {
        let tmp = tempfile::tempdir().unwrap();
        let empty = tmp.path().join("empty");
        std::fs::create_dir_all(&empty).unwrap();
        let out = casevault(&tmp.path().join("home"))
            .args([
                "run",
                "pipelines/scanning-station.toml",
                "--once",
                "--inbox",
            ])
            .arg(&empty)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    });
}

/// `n` worker homes under `dir` sharing the configuration `config` (and so its catalog): the
/// first makes the key ring and the case list; the others get its key ring (`keys export` and
/// `import` in production; a copy here) and share the catalog's users.
fn worker_homes(dir: &Path, config: &Path, n: usize) -> Vec<PathBuf> {
    let homes: Vec<PathBuf> = (1..=n).map(|i| dir.join(format!("worker{i}"))).collect();
    let out = casevault(&homes[0])
        .arg("--config")
        .arg(config)
        .args(["import-cases", "test-data/cases.csv"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for h in &homes[1..] {
        std::fs::create_dir_all(h).unwrap();
        std::fs::copy(homes[0].join("keys.toml"), h.join("keys.toml")).unwrap();
    }
    homes
}

/// A configuration in `dir` for workers on one machine: the PostgreSQL catalog at `url`, a
/// store folder in `dir`, the shipped retention schedules, and `more` (TOML tables) after them.
fn local_store_config(dir: &Path, url: &str, more: &str) -> PathBuf {
    let config = dir.join("casevault.toml");
    std::fs::write(
        &config,
        format!(
            "store_url = \"file://{}\"\ncatalog_url = \"{url}\"\nconcurrency = 2\n\
             [retention]\nschedules_dir = \"{}\"\n{more}",
            dir.join("store").display(),
            support::cli::repo().join("config/retention").display(),
        ),
    )
    .unwrap();
    config
}

/// Every file (its bytes) ended exactly once in the catalog `db`: stored once or quarantined
/// once, by whichever worker; and no document is left pending.
fn each_ended_once<'a>(
    pg: &postgres::PgServer,
    db: &str,
    files: impl IntoIterator<Item = &'a Vec<u8>>,
) {
    assert_eq!(
        count(
            pg,
            db,
            "SELECT COUNT(*) FROM documents WHERE status = 'pending'"
        ),
        0,
        "nothing left pending"
    );
    let mut n = 0;
    for bytes in files {
        let sha = sha256_hex(bytes);
        let stored = count(
            pg,
            db,
            &format!("SELECT COUNT(*) FROM documents WHERE status = 'stored' AND sha256 = '{sha}'"),
        );
        let quarantined = count(
            pg,
            db,
            &format!("SELECT COUNT(*) FROM quarantine WHERE sha256 = '{sha}'"),
        );
        assert_eq!(
            stored + quarantined,
            1,
            "file {n} ({sha}): stored {stored} times, quarantined {quarantined} times"
        );
        n += 1;
    }
    assert!(n > 0, "files to check");
}

/// Waits (at most ten minutes) for worker `n` to end, and asserts it ended well; `log` is its
/// log, shown when it did not.
fn finishes_well(w: &mut Child, n: usize, log: impl Fn() -> String) {
    let deadline = Instant::now() + Duration::from_secs(600);
    let status = loop {
        if let Some(s) = w.try_wait().unwrap() {
            break s;
        }
        assert!(
            Instant::now() < deadline,
            "worker {n} did not finish; its log:\n{}",
            log()
        );
        std::thread::sleep(Duration::from_millis(200));
    };
    assert!(
        status.success(),
        "worker {n} ended {status}; its log:\n{}",
        log()
    );
}

/// Worker processes, killed when the test ends, passed or failed, so that none outlives it.
struct Workers(Vec<Child>);

impl Drop for Workers {
    fn drop(&mut self) {
        for c in &mut self.0 {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

impl std::ops::Deref for Workers {
    type Target = Vec<Child>;
    fn deref(&self) -> &Vec<Child> {
        &self.0
    }
}

impl std::ops::DerefMut for Workers {
    fn deref_mut(&mut self) -> &mut Vec<Child> {
        &mut self.0
    }
}

fn count(pg: &postgres::PgServer, db: &str, sql: &str) -> i64 {
    pg.psql(db, sql)
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
        .parse()
        .unwrap()
}

#[test]
fn three_workers_file_every_file_exactly_once_when_one_is_killed() {
    let pg = postgres::shared();
    let url = pg.fresh_database();
    let db = url.rsplit('/').next().unwrap().to_string();
    let weed = SeaweedFs::start();
    let tmp = tempfile::tempdir().unwrap();
    let config = tmp.path().join("casevault.toml");
    weed.write_casevault_config(
        &config,
        "store",
        &format!("catalog_url = \"{url}\"\nconcurrency = 2"),
    );
    let pipeline = tmp.path().join("shared-inbox.toml");
    pipeline_file(&pipeline, &weed.s3_url("inbox"), 4);
    warm_model();
    let homes = worker_homes(tmp.path(), &config, 3);
    let cv = |home: &Path| {
        let mut c = casevault(home);
        c.arg("--config").arg(&config);
        c
    };
    let files = inbox_files(100, 100);
    upload(&weed, "inbox", &files);

    let started = Instant::now();
    let mut workers = Workers(
        homes
            .iter()
            .map(|h| worker(h, &config, &pipeline))
            .collect(),
    );
    // Killed once the run is well under way: a fifth of the files stored.
    loop {
        let stored = count(
            pg,
            &db,
            "SELECT COUNT(*) FROM documents WHERE status = 'stored'",
        );
        if stored >= 60 {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(300),
            "the workers stored only {stored} in 300 s; worker 1 log:\n{}",
            std::fs::read_to_string(homes[0].with_extension("log")).unwrap_or_default()
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    let held_when_killed = count(
        pg,
        &db,
        "SELECT COUNT(*) FROM work_items w WHERE state = 'claimed'",
    );
    workers[0].kill().unwrap();
    workers[0].wait().unwrap();
    for (i, w) in workers.iter_mut().enumerate().skip(1) {
        finishes_well(w, i + 1, || {
            std::fs::read_to_string(homes[i].with_extension("log")).unwrap_or_default()
        });
    }

    // Every item of the queue is done; no claim is left held.
    assert!(
        held_when_killed > 0,
        "claims were held when the worker was killed"
    );
    assert_eq!(
        count(pg, &db, "SELECT COUNT(*) FROM work_items"),
        files.len() as i64
    );
    assert_eq!(
        count(
            pg,
            &db,
            "SELECT COUNT(*) FROM work_items WHERE state <> 'done'"
        ),
        0,
        "no item left waiting or claimed"
    );
    assert!(
        count(
            pg,
            &db,
            "SELECT COUNT(*) FROM work_items WHERE attempts > 1"
        ) > 0,
        "the killed worker's items were taken over"
    );
    assert_eq!(inbox_left(&weed, "inbox"), 0, "every file left the inbox");

    // Each file ended exactly once: stored once, or quarantined once; nothing pending.
    each_ended_once(pg, &db, files.iter().map(|(_, b)| b));
    let stored_twice = pg
        .psql(
            &db,
            "SELECT sha256 FROM documents WHERE status = 'stored'
             GROUP BY sha256, case_number HAVING COUNT(*) > 1",
        )
        .unwrap();
    assert!(stored_twice.is_empty(), "stored twice: {stored_twice}");
    let stored = count(
        pg,
        &db,
        "SELECT COUNT(*) FROM documents WHERE status = 'stored'",
    );
    assert!(
        stored >= 290,
        "nearly all are filed, not quarantined: {stored}"
    );

    // The catalog and the store agree, from any worker's home.
    let verified = cv(&homes[1]).arg("verify").output().unwrap();
    assert!(
        verified.status.success(),
        "{}",
        String::from_utf8_lossy(&verified.stderr)
    );
    let audit = cv(&homes[2]).args(["audit", "verify"]).output().unwrap();
    assert!(
        String::from_utf8_lossy(&audit.stdout).contains("destruction record intact")
            || String::from_utf8_lossy(&audit.stderr).contains("destruction record intact"),
        "{}",
        String::from_utf8_lossy(&audit.stderr)
    );
}

/// A message for the shared-mailbox test: its own sender, subject, date and body, so that no
/// two are one thread or one quoting another.
fn numbered_mail(i: usize) -> Vec<u8> {
    let topics = [
        "the school attendance records for the autumn term",
        "a referral received from the health visitor",
        "the contact centre's notes of the supervised visit",
        "police disclosure of call-outs to the address",
        "the housing officer's letter about the tenancy",
        "a statement from the paternal grandmother",
        "the nursery's observation of the youngest child",
        "the probation service's risk assessment summary",
    ];
    format!(
        "From: Sender {i} <sender{i}@agency{i}.example>\r\nTo: business.services@cafcass.example\r\n\
         Subject: LS24P01234 {topic} ({i})\r\nDate: Thu, 3 Dec 2026 10:{i:02}:00 +0000\r\n\
         Message-ID: <mailbox-lease-{i}@agency{i}.example>\r\nMIME-Version: 1.0\r\n\
         Content-Type: text/plain; charset=utf-8\r\n\r\n\
         Dear colleague,\r\n\r\nPlease find {topic} for Hughes v Patel, reference {i}{i}{i}.\r\n\
         Reply number {n} of the series, written on day {i} of the month.\r\n",
        topic = topics[i % topics.len()],
        n = i * 7 + 3,
    )
    .into_bytes()
}

/// The pid in a lease holder's name (`host:pid:random`).
fn holder_pid(holder: &str) -> u32 {
    holder.split(':').nth(1).unwrap().parse().unwrap()
}

/// Two workers run the same IMAP pipeline against one mailbox and one PostgreSQL catalog: one
/// holds the mailbox and files what arrives, the other stands by without connecting. The holder
/// is SIGKILLed; the other takes the mailbox over once the lease runs out and files what arrives
/// next. Every message leaves the inbox once, nothing is stored twice, and a worker stopped in
/// good order gives the lease up.
#[test]
fn one_worker_at_a_time_reads_a_shared_mailbox_and_another_takes_over() {
    let dv = support::dovecot::Dovecot::start();
    let pg = postgres::shared();
    let url = pg.fresh_database();
    let db = url.rsplit('/').next().unwrap().to_string();
    let tmp = tempfile::tempdir().unwrap();
    let repo = support::cli::repo();
    let config = local_store_config(
        tmp.path(),
        &url,
        &format!(
            "[imap.business-services]\nhost = \"127.0.0.1\"\nport = {}\nuser = \"{}\"\ntls = \"none\"\n",
            dv.port(),
            dv.user()
        ),
    );
    let pipeline = tmp.path().join("imap.toml");
    std::fs::write(
        &pipeline,
        std::fs::read_to_string(repo.join("pipelines/email-imap.toml"))
            .unwrap()
            .replace(
                "poll_interval_ms = 30000",
                "poll_interval_ms = 300\nlease_s = 3",
            )
            .replace(
                "rules = \"routing.toml\"",
                &format!(
                    "rules = \"{}\"",
                    repo.join("pipelines/routing.toml").display()
                ),
            ),
    )
    .unwrap();
    warm_model();
    let homes = worker_homes(tmp.path(), &config, 2);
    let cv = |home: &Path| {
        let mut c = casevault(home);
        c.env("CASEVAULT_IMAP_PASSWORD", dv.password())
            .arg("--config")
            .arg(&config);
        c
    };
    let log =
        |i: usize| std::fs::read_to_string(homes[i].with_extension("log")).unwrap_or_default();
    let start = |i: usize| {
        cv(&homes[i])
            .env("CASEVAULT_LOG", "info,casevault::sources::imap=debug")
            .args(["run", pipeline.to_str().unwrap()])
            .stdout(Stdio::null())
            .stderr(Stdio::from(
                std::fs::File::create(homes[i].with_extension("log")).unwrap(),
            ))
            .spawn()
            .unwrap()
    };
    let holder = || {
        pg.psql(
            &db,
            &format!(
                "SELECT holder FROM leases WHERE name LIKE 'imap:%' AND until_ms >= {}",
                chrono::Utc::now().timestamp_millis()
            ),
        )
        .unwrap()
    };
    let wait_for = |what: &str, done: &dyn Fn() -> bool| {
        let deadline = Instant::now() + Duration::from_secs(120);
        while !done() {
            assert!(
                Instant::now() < deadline,
                "{what}; logs:\n{}\n---\n{}\n---\n{}",
                log(0),
                log(1),
                dv.log_tail()
            );
            std::thread::sleep(Duration::from_millis(200));
        }
    };
    let handled = || dv.list("Processed").len() + dv.list("Quarantine").len();

    for i in 0..4 {
        dv.append("INBOX", &numbered_mail(i));
    }
    let mut workers = Workers(vec![start(0), start(1)]);
    wait_for("the first four messages are handled", &|| {
        dv.list("INBOX").is_empty() && handled() == 4
    });
    let first = holder();
    assert!(!first.is_empty(), "a worker holds the mailbox");
    let holding = workers
        .iter()
        .position(|w| w.id() == holder_pid(&first))
        .expect("the holder is one of the two workers");
    let standing = 1 - holding;
    wait_for("the other worker says it stands by", &|| {
        log(standing).contains("another worker holds this mailbox")
    });
    assert!(
        !log(standing).contains("IMAP source connected"),
        "the worker standing by never connected:\n{}",
        log(standing)
    );

    // The holder dies without a word; the other takes over once its lease has run out.
    workers[holding].kill().unwrap();
    workers[holding].wait().unwrap();
    for i in 4..7 {
        dv.append("INBOX", &numbered_mail(i));
    }
    wait_for("the other worker takes the mailbox over", &|| {
        dv.list("INBOX").is_empty() && handled() == 7
    });
    let second = holder();
    assert_eq!(holder_pid(&second), workers[standing].id(), "taken over");
    assert!(log(standing).contains("IMAP source connected"));

    // Stopped in good order (Ctrl-C), the worker gives the lease up at once.
    unsafe { libc::kill(workers[standing].id() as i32, libc::SIGINT) };
    let status = workers[standing].wait().unwrap();
    assert!(status.success(), "{status}; log:\n{}", log(standing));
    assert_eq!(
        count(
            pg,
            &db,
            "SELECT COUNT(*) FROM leases WHERE name LIKE 'imap:%'"
        ),
        0,
        "the lease was given up"
    );

    // Seven messages, each handled once: none left, none stored twice.
    assert_eq!(handled(), 7);
    assert_eq!(
        count(
            pg,
            &db,
            "SELECT COUNT(*) FROM documents WHERE status = 'pending'"
        ),
        0
    );
    let twice = pg
        .psql(
            &db,
            "SELECT sha256 FROM documents WHERE status = 'stored'
             GROUP BY sha256, case_number HAVING COUNT(*) > 1",
        )
        .unwrap();
    assert!(twice.is_empty(), "stored twice: {twice}");
    assert!(
        count(
            pg,
            &db,
            "SELECT COUNT(*) FROM documents WHERE status = 'stored'"
        ) >= 7,
        "the messages were filed"
    );
}

/// Two workers share one import of a legacy drive through a PostgreSQL catalog: one walks the
/// drive and records it as batches, both file batches, and one is SIGKILLed holding a batch,
/// which the other takes over once its lease runs out. Every file of the drive ends exactly
/// once, `import-status` shows the import complete across the workers, and running the import
/// again under the same name finds nothing left to do.
#[test]
fn two_workers_share_an_import_and_one_is_killed() {
    let pg = postgres::shared();
    let url = pg.fresh_database();
    let db = url.rsplit('/').next().unwrap().to_string();
    let tmp = tempfile::tempdir().unwrap();
    let repo = support::cli::repo();
    let config = local_store_config(tmp.path(), &url, "");
    // The drive: born-digital PDFs in two case folders, e-mails in a third.
    let drive = tmp.path().join("drive");
    let files = inbox_files(30, 30);
    let mut on_drive = Vec::new();
    for (key, bytes) in &files {
        let name = key.rsplit('/').next().unwrap();
        let folder = if name.contains("BM25P00012") {
            "Smith family BM25P00012/Court papers"
        } else if name.contains("LS24P01234") {
            "Hughes family LS24P01234/Letters"
        } else {
            "Evans 2023/E-mails"
        };
        let path = drive.join(folder).join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, bytes).unwrap();
        on_drive.push(bytes);
    }
    warm_model();
    let homes = worker_homes(tmp.path(), &config, 2);
    let cv = |home: &Path| {
        let mut c = casevault(home);
        c.arg("--config").arg(&config);
        c
    };
    let log =
        |i: usize| std::fs::read_to_string(homes[i].with_extension("log")).unwrap_or_default();
    let import = |i: usize| {
        let mut c = cv(&homes[i]);
        c.args(["import-tree", drive.to_str().unwrap(), "--map"])
            .arg(repo.join("pipelines/g-drive-mapping.toml"))
            .args([
                "--shared",
                "drive-1",
                "--batch-files",
                "10",
                "--lease-s",
                "3",
                "--quiet",
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::from(
                std::fs::File::create(homes[i].with_extension("log")).unwrap(),
            ));
        c
    };
    let mut workers = Workers(vec![import(0).spawn().unwrap(), import(1).spawn().unwrap()]);
    // Killed while it holds a batch, once a couple are done.
    let first = workers[0].id();
    let deadline = Instant::now() + Duration::from_secs(300);
    loop {
        let done = count(
            pg,
            &db,
            "SELECT COUNT(*) FROM work_items WHERE source = 'import:drive-1' AND state = 'done'",
        );
        let held = count(
            pg,
            &db,
            &format!(
                "SELECT COUNT(*) FROM work_items WHERE source = 'import:drive-1'
                 AND state = 'claimed' AND worker LIKE '%:{first}:%'"
            ),
        );
        if done >= 2 && held > 0 {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "worker 1 never held a batch after two were done; logs:\n{}\n---\n{}",
            log(0),
            log(1)
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    workers[0].kill().unwrap();
    workers[0].wait().unwrap();
    finishes_well(&mut workers[1], 2, || log(1));
    let walked = (0..2)
        .filter(|&i| log(i).contains("walking the drive for every worker"))
        .count();
    assert_eq!(
        walked,
        1,
        "one worker walked the drive:\n{}\n---\n{}",
        log(0),
        log(1)
    );

    // The whole import is done, across both workers; the dead worker's batch was taken over.
    let status = cv(&homes[1])
        .args(["import-status", "drive-1", "--json"])
        .output()
        .unwrap();
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&status.stdout).unwrap();
    assert_eq!(v["progress"]["batches"], 9, "{v}");
    assert_eq!(v["progress"]["batches_done"], 9, "{v}");
    assert_eq!(v["progress"]["files_done"], 90, "{v}");
    assert!(
        count(
            pg,
            &db,
            "SELECT COUNT(*) FROM work_items WHERE source = 'import:drive-1' AND attempts > 1"
        ) > 0,
        "the killed worker's batch was taken over"
    );

    // Each file ended exactly once.
    each_ended_once(pg, &db, on_drive.iter().copied());
    let stored = count(
        pg,
        &db,
        "SELECT COUNT(*) FROM documents WHERE status = 'stored'",
    );
    assert!(stored >= 85, "nearly all filed: {stored}");

    // Run again under the same name: nothing left, nothing stored again.
    let again = import(0).output().unwrap();
    assert!(again.status.success(), "{}", log(0));
    assert!(log(0).contains("complete"), "{}", log(0));
    assert_eq!(
        count(
            pg,
            &db,
            "SELECT COUNT(*) FROM documents WHERE status = 'stored'"
        ),
        stored
    );
}

/// Two workers file from one scanning folder (a hub's network share), claiming each file by
/// renaming it into a claims folder of their own. One is SIGKILLed holding claims; the other
/// takes them over once the dead worker's lease runs out. Every file ends exactly once, and
/// the inbox and the claims are empty at the end.
#[test]
fn two_workers_share_a_scanning_folder_and_one_is_killed() {
    let pg = postgres::shared();
    let url = pg.fresh_database();
    let db = url.rsplit('/').next().unwrap().to_string();
    let tmp = tempfile::tempdir().unwrap();
    let repo = support::cli::repo();
    let config = local_store_config(tmp.path(), &url, "");
    let pipeline = tmp.path().join("hub.toml");
    std::fs::write(
        &pipeline,
        std::fs::read_to_string(repo.join("pipelines/scanning-station.toml"))
            .unwrap()
            .replace("watch = \"notify\"", "watch = \"poll\"")
            .replace("poll_interval_ms = 2000", "poll_interval_ms = 200")
            .replace("settle_ms = 1500", "settle_ms = 200")
            .replace(
                "release = \"delete\"",
                "release = \"delete\"\nshared = true\nclaim_lease_s = 3",
            )
            .replace(
                "rules = \"routing.toml\"",
                &format!(
                    "rules = \"{}\"",
                    repo.join("pipelines/routing.toml").display()
                ),
            ),
    )
    .unwrap();
    let inbox = tmp.path().join("hub-share");
    std::fs::create_dir_all(&inbox).unwrap();
    let files = inbox_files(30, 0);
    for (key, bytes) in &files {
        std::fs::write(inbox.join(key.rsplit('/').next().unwrap()), bytes).unwrap();
    }
    warm_model();
    let homes = worker_homes(tmp.path(), &config, 2);
    let cv = |home: &Path| {
        let mut c = casevault(home);
        c.arg("--config").arg(&config);
        c
    };
    let log =
        |i: usize| std::fs::read_to_string(homes[i].with_extension("log")).unwrap_or_default();
    let start = |i: usize| {
        cv(&homes[i])
            .env("CASEVAULT_LOG", "info")
            .args(["run", pipeline.to_str().unwrap(), "--once", "--inbox"])
            .arg(&inbox)
            .stdout(Stdio::null())
            .stderr(Stdio::from(
                std::fs::File::create(homes[i].with_extension("log")).unwrap(),
            ))
            .spawn()
            .unwrap()
    };
    let claims = inbox.join(".casevault-claims");
    let mut workers = Workers(vec![start(0), start(1)]);
    let first = workers[0].id();
    // The first worker's claims folder is named after it (host, pid, a random part).
    let held_by_first = || -> usize {
        std::fs::read_dir(&claims)
            .into_iter()
            .flatten()
            .flatten()
            .filter(|e| {
                e.file_name()
                    .to_string_lossy()
                    .contains(&format!("-{first}-"))
            })
            .map(|e| {
                walkdir::WalkDir::new(e.path())
                    .into_iter()
                    .flatten()
                    .filter(|f| f.file_type().is_file())
                    .count()
            })
            .sum()
    };
    let deadline = Instant::now() + Duration::from_secs(300);
    loop {
        let stored = count(
            pg,
            &db,
            "SELECT COUNT(*) FROM documents WHERE status = 'stored'",
        );
        if stored >= 10 && held_by_first() > 0 {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "worker 1 never held a file after ten were stored; logs:\n{}\n---\n{}",
            log(0),
            log(1)
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    workers[0].kill().unwrap();
    workers[0].wait().unwrap();
    assert!(held_by_first() > 0, "the killed worker held files");
    finishes_well(&mut workers[1], 2, || log(1));
    assert!(
        log(1).contains("took over the files of a worker that stopped"),
        "{}",
        log(1)
    );

    // Nothing left in the inbox or in anyone's claims; every file ended once.
    let left: Vec<_> = walkdir::WalkDir::new(&inbox)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .map(|e| e.path().to_path_buf())
        .collect();
    assert!(left.is_empty(), "left behind: {left:?}");
    each_ended_once(pg, &db, files.iter().map(|(_, b)| b));
    assert_eq!(
        count(
            pg,
            &db,
            &format!(
                "SELECT COUNT(*) FROM leases WHERE name LIKE 'folder-worker:%' AND until_ms >= {}",
                chrono::Utc::now().timestamp_millis()
            )
        ),
        0,
        "the surviving worker gave its lease up; the dead one's ran out"
    );
}
