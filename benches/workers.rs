//! Documents per second for 1, 2 and 3 workers sharing one PostgreSQL catalog and one S3 inbox
//! (a real PostgreSQL and a real SeaweedFS started here), on born-digital PDFs and e-mails so
//! that OCR is out of the picture and what shows is the cost of sharing the work. For each run:
//! the wall time from the workers' start to the last one's end, documents per second, and the
//! PostgreSQL transactions (round trips that commit; each autocommit statement is one) per
//! document, read from `pg_stat_database`.
//!
//! Every worker is the release binary in its own process, as on separate machines; on this
//! 2-core machine three workers share two cores, so the figures show what coordination costs,
//! not what three machines would give (docs/scale.md does that arithmetic).
//!
//! Run: `cargo bench --bench workers` (about a minute after the build). `CASEVAULT_BENCH_FILES`
//! sets the number of files per run (default 600: 200 of each PDF and 200 e-mails; with fewer
//! the runs last a few seconds and start-up dominates).

#[path = "../tests/support/postgres.rs"]
mod postgres;
#[path = "../tests/support/seaweedfs.rs"]
mod seaweedfs;
#[path = "../tests/support/shared_inbox.rs"]
mod shared_inbox;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

const FIRST_USER: &str = "bench:administrator,business-services,service-manager,records-manager";

fn casevault(home: &Path, config: &Path, cache: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_casevault"));
    c.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("CASEVAULT_HOME", home)
        .env("CASEVAULT_FIRST_USER", FIRST_USER)
        .env("CASEVAULT_MODEL_CACHE", cache)
        .env("OMP_THREAD_LIMIT", "1")
        .env_remove("CASEVAULT_USER")
        .env_remove("CASEVAULT_CONFIG")
        .env_remove("CASEVAULT_CATALOG_URL")
        .arg("--config")
        .arg(config);
    c
}

fn ok(c: &mut Command) {
    let out = c.output().expect("run casevault");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn transactions(pg: &postgres::PgServer, db: &str) -> i64 {
    pg.psql(
        "postgres",
        &format!("SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = '{db}'"),
    )
    .expect("read pg_stat_database")
    .parse()
    .expect("a number")
}

fn main() {
    let files_per_run: usize = std::env::var("CASEVAULT_BENCH_FILES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(600);
    let third = (files_per_run / 3).max(1);
    let pg = postgres::shared();
    let weed = seaweedfs::SeaweedFs::start();
    let tmp = tempfile::tempdir().expect("temp folder");
    let cache = tmp.path().join("model-cache");
    println!("workers  files  seconds  documents/s  transactions/document");
    for workers in 1..=3usize {
        let url = pg.fresh_database();
        let db = url.rsplit('/').next().expect("a database name").to_string();
        let run = tmp.path().join(format!("run{workers}"));
        std::fs::create_dir_all(&run).expect("run folder");
        let config = run.join("casevault.toml");
        weed.write_casevault_config(
            &config,
            &format!("store{workers}"),
            &format!("catalog_url = \"{url}\"\nconcurrency = 2"),
        );
        let inbox = format!("inbox{workers}");
        let pipeline = run.join("shared-inbox.toml");
        shared_inbox::pipeline_file(&pipeline, &weed.s3_url(&inbox), 30);
        let homes: Vec<PathBuf> = (1..=workers).map(|i| run.join(format!("w{i}"))).collect();
        ok(casevault(&homes[0], &config, &cache).args(["import-cases", "test-data/cases.csv"]));
        ok(casevault(&homes[0], &config, &cache).args(["route", "train"]));
        for h in &homes[1..] {
            std::fs::create_dir_all(h).expect("home");
            std::fs::copy(homes[0].join("keys.toml"), h.join("keys.toml")).expect("key ring");
        }
        let files = shared_inbox::inbox_files(third, files_per_run - 2 * third);
        shared_inbox::upload(&weed, &inbox, &files);
        let before = transactions(pg, &db);
        let started = Instant::now();
        let children: Vec<_> = homes
            .iter()
            .map(|h| {
                casevault(h, &config, &cache)
                    .args(["run", pipeline.to_str().expect("utf-8"), "--once"])
                    .stdout(Stdio::null())
                    .stderr(Stdio::null())
                    .spawn()
                    .expect("start a worker")
            })
            .collect();
        for mut c in children {
            assert!(c.wait().expect("wait").success(), "a worker failed");
        }
        let seconds = started.elapsed().as_secs_f64();
        let after = transactions(pg, &db);
        assert_eq!(
            shared_inbox::inbox_left(&weed, &inbox),
            0,
            "every file was taken"
        );
        println!(
            "{workers:>7}  {:>5}  {seconds:>7.1}  {:>11.2}  {:>21.1}",
            files.len(),
            files.len() as f64 / seconds,
            (after - before) as f64 / files.len() as f64
        );
    }
}
