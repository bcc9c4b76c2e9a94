//! Several workers sharing the work (issue 16): three worker processes, one PostgreSQL catalog,
//! one SeaweedFS holding both the sealed store and a shared inbox of 300 files (born-digital
//! PDFs and e-mails, so the test is about coordination, not OCR). One worker is SIGKILLed in
//! the middle of the run. Every file must end exactly once (stored once, or quarantined once),
//! the inbox must be empty, no claim may be left held, the queue must show the dead worker's
//! items taken over, and the catalog must verify.

mod support;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use support::cli::casevault;
use support::postgres;
use support::seaweedfs::SeaweedFs;
use support::shared_inbox::{inbox_files, inbox_left, pipeline_file, sha256_hex, upload};

fn worker(home: &Path, config: &Path, pipeline: &Path, cache: &Path) -> Child {
    casevault(home)
        .env("CASEVAULT_MODEL_CACHE", cache)
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
    let cache = tmp.path().join("model-cache");
    let homes: Vec<PathBuf> = (1..=3)
        .map(|i| tmp.path().join(format!("worker{i}")))
        .collect();
    let cv = |home: &Path| {
        let mut c = casevault(home);
        c.env("CASEVAULT_MODEL_CACHE", &cache)
            .arg("--config")
            .arg(&config);
        c
    };
    let ok = |c: &mut Command| {
        let out = c.output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).to_string()
    };
    // The first worker's home makes the key ring and the first user; the others get the ring
    // (`keys export` / `import` in production; a copy here) and share the catalog's users.
    ok(cv(&homes[0]).args(["import-cases", "test-data/cases.csv"]));
    ok(cv(&homes[0]).args(["route", "train"]));
    for h in &homes[1..] {
        std::fs::create_dir_all(h).unwrap();
        std::fs::copy(homes[0].join("keys.toml"), h.join("keys.toml")).unwrap();
    }
    let files = inbox_files(100, 100);
    upload(&weed, "inbox", &files);

    let started = Instant::now();
    let mut workers: Vec<Child> = homes
        .iter()
        .map(|h| worker(h, &config, &pipeline, &cache))
        .collect();
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
        let deadline = Instant::now() + Duration::from_secs(600);
        let status = loop {
            if let Some(s) = w.try_wait().unwrap() {
                break s;
            }
            assert!(Instant::now() < deadline, "worker {} did not finish", i + 1);
            std::thread::sleep(Duration::from_millis(200));
        };
        assert!(
            status.success(),
            "worker {} ended {status}; its log:\n{}",
            i + 1,
            std::fs::read_to_string(homes[i].with_extension("log")).unwrap_or_default()
        );
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
    assert_eq!(
        count(
            pg,
            &db,
            "SELECT COUNT(*) FROM documents WHERE status = 'pending'"
        ),
        0
    );
    let stored_twice = pg
        .psql(
            &db,
            "SELECT sha256 FROM documents WHERE status = 'stored'
             GROUP BY sha256, case_number HAVING COUNT(*) > 1",
        )
        .unwrap();
    assert!(stored_twice.is_empty(), "stored twice: {stored_twice}");
    let mut ended_once = 0;
    for (key, bytes) in &files {
        let sha = sha256_hex(bytes);
        let stored = count(
            pg,
            &db,
            &format!("SELECT COUNT(*) FROM documents WHERE status = 'stored' AND sha256 = '{sha}'"),
        );
        let quarantined = count(
            pg,
            &db,
            &format!("SELECT COUNT(*) FROM quarantine WHERE sha256 = '{sha}'"),
        );
        assert_eq!(
            stored + quarantined,
            1,
            "{key}: stored {stored} times, quarantined {quarantined} times"
        );
        ended_once += 1;
    }
    assert_eq!(ended_once, 300);
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
