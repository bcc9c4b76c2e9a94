//! Batch import of a legacy shared drive ("G drive", policy 002): a tree of case folders.
//!
//! ```text
//! DIR/
//!   Hughes family LS24P01234/      a case folder (its name holds the case number, or the
//!     Court papers/...             mapping file lists it); sub-folders in the team's own words,
//!     Letters/...                  mapped to case-file folders by the mapping file
//!     notes.txt                    files anywhere below: routed by the rules where not mapped
//! ```
//!
//! The drive is only read. The tree is a source like any other, on the same topology
//! ([`crate::pipeline::topology`]): every file goes through the same stages (scans through the
//! legibility gate, born-digital PDFs validated, office documents converted, e-mails rendered
//! with their attachments), several at once; filing is one at a time, so names stay unique and
//! the same bytes are never stored twice. What is the tree's own: the walk (`walk.rs`), the
//! mapping of its folder names to cases and case-file folders (`mapping.rs`), a file's date on
//! the drive as its date of receipt, resuming, progress, and the CSV report (`report.rs`). The import is resumable: a file whose bytes
//! are already filed is skipped by its SHA-256, so after a crash or Ctrl-C the same command simply
//! carries on. One unreadable file or folder is a line in the report, never the end of the walk
//! (as in ripgrep's walker). `--dry-run` stores nothing and writes nothing to the catalog: it
//! reports what would happen to each file and why.

mod mapping;
mod report;
mod walk;

use std::collections::HashSet;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::Utc;
use sha2::{Digest, Sha256};
use thiserror::Error;
use tokio::sync::watch;

use crate::catalog::DocStatus;
use crate::content::Content;
use crate::document::{Arrival, QuarantineReason};
use crate::messages::Job;
use crate::pipeline::topology::{
    self, case_known_before_reading, Emitted, Ended, RunMode, Source, SourceIo,
};
use crate::pipeline::{Context, Outcome, Plan, ReportRow, RunError};

pub use mapping::Mapping;
pub use report::default_report;
use walk::{walk, Found};

/// Errors that stop an import (a file's own problems never do).
#[derive(Debug, Error)]
pub enum ImportError {
    #[error("cannot read mapping {path}: {source}")]
    ReadMapping {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("mapping {path} is not valid: {message}")]
    Mapping { path: PathBuf, message: String },
    #[error("{0} is not a folder")]
    NotAFolder(PathBuf),
    #[error("cannot write the report {path}: {source}")]
    Report {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(transparent)]
    Run(#[from] RunError),
}

/// How progress is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    /// A progress bar when stderr is a terminal, plain lines otherwise.
    Auto,
    /// Nothing.
    Quiet,
}

/// Options of one import.
#[derive(Debug, Clone)]
pub struct TreeOptions {
    pub root: PathBuf,
    pub dry_run: bool,
    /// Where the CSV report goes.
    pub report: PathBuf,
    pub progress: Progress,
}

/// What an import did.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct TreeSummary {
    pub files: usize,
    pub pages: usize,
    pub bytes: u64,
    pub stored: usize,
    pub duplicates: usize,
    pub already_filed: usize,
    pub quarantined: usize,
    pub unreadable: usize,
    pub retry_later: usize,
    pub interrupted: bool,
    pub report: PathBuf,
    /// The report's lines, sorted by path.
    #[serde(skip)]
    pub rows: Vec<ReportRow>,
}

/// Imports the tree at `opts.root` through `plan` (its input kind is taken as mixed), with the
/// case and folder hints of `mapping`. Stops taking files when `shutdown` turns true and returns
/// what was done (a rerun carries on).
pub async fn import_tree(
    ctx: Arc<Context>,
    plan: Plan,
    mapping: Mapping,
    opts: TreeOptions,
    shutdown: watch::Receiver<bool>,
) -> Result<TreeSummary, ImportError> {
    if !opts.root.is_dir() {
        return Err(ImportError::NotAFolder(opts.root.clone()));
    }
    let source = TreeSource {
        ctx: ctx.clone(),
        pipeline: plan.name.clone(),
        root: opts.root.clone(),
        mapping,
        progress: opts.progress,
    };
    let mode = RunMode {
        dry_run: opts.dry_run,
    };
    let (run, counts) = topology::run(plan, ctx, source, mode, shutdown, |_| {}).await?;
    let mut rows = run.rows;
    rows.sort_by(|a, b| a.input.cmp(&b.input));
    report::write(&opts.report, &rows, opts.dry_run)?;
    Ok(TreeSummary {
        files: counts.files,
        pages: counts.pages,
        bytes: counts.bytes,
        stored: run.stored,
        duplicates: run.duplicates,
        already_filed: run.already_filed,
        quarantined: run.quarantined,
        unreadable: run.unreadable,
        retry_later: run.retry_later,
        interrupted: counts.interrupted,
        report: opts.report,
        rows,
    })
}

/// A legacy drive as a source.
struct TreeSource {
    ctx: Arc<Context>,
    pipeline: String,
    root: PathBuf,
    mapping: Mapping,
    progress: Progress,
}

/// What the walk got through.
struct Counts {
    files: usize,
    pages: usize,
    bytes: u64,
    interrupted: bool,
}

impl Source for TreeSource {
    type Output = Counts;

    async fn run(self, mut io: SourceIo) -> Result<Counts, RunError> {
        let (files, walk_rows) = walk(&self.root);
        let bytes_total: u64 = files.iter().map(|f| f.size).sum();
        let mut meter = Meter::new(files.len(), bytes_total, self.progress);
        for row in walk_rows {
            emit(&io, Emitted::Row { row, retry: None }).await?;
        }
        // The SHA-256 of every file emitted by this run: a second copy of one is the
        // topology's to judge (a duplicate of it), not an earlier run's.
        let mut sent: HashSet<String> = HashSet::new();
        let mut in_flight = 0usize;
        // One file read ahead of the recognisers, no more: a drive's files can be large, and
        // on Ctrl-C the import stops after the files in flight, which should be few.
        let max_in_flight = io.max_in_flight.min(io.workers + 1);
        let mut interrupted = false;
        for found in files {
            if *io.shutdown.borrow() {
                interrupted = true;
                break;
            }
            while let Ok(e) = io.ended.try_recv() {
                in_flight -= 1;
                meter.ended(&e);
            }
            // At most so many files read and not yet filed: a drive is never read into memory.
            while in_flight >= max_in_flight {
                let e = io.ended.recv().await.ok_or(RunError::StageStopped)?;
                in_flight -= 1;
                meter.ended(&e);
            }
            let emitted = if found.size > self.ctx.config.max_file_bytes {
                // Never read whole: hashed as a stream, copied to quarantine as a stream.
                let sha = match sha256_of_file(&found.path) {
                    Ok(sha) => sha,
                    Err(e) => {
                        self.pass_over(&io, &mut meter, &found, Outcome::Unreadable, e.to_string())
                            .await?;
                        continue;
                    }
                };
                let arrival = self.arrival(&found, &sha);
                if !sent.contains(&sha)
                    && self.filed_before(&io, &mut meter, &found, &arrival).await?
                {
                    continue;
                }
                sent.insert(sha);
                Emitted::too_large(arrival, self.ctx.config.max_file_bytes, found.rel.clone())
            } else {
                // Into memory, or, larger than the in-flight budget, into a private copy on
                // disk (`crate::content`), hashed as it is read.
                let read = std::fs::File::open(&found.path).and_then(|mut f| {
                    let len = f.metadata()?.len();
                    let spool = crate::scratch::process_dir()?;
                    Content::read_hashed(&mut f, len, self.ctx.config.in_flight_bytes, &spool)
                });
                let (bytes, sha) = match read {
                    Ok(r) => r,
                    Err(e) => {
                        self.pass_over(&io, &mut meter, &found, Outcome::Unreadable, e.to_string())
                            .await?;
                        continue;
                    }
                };
                let arrival = self.arrival(&found, &sha);
                if !sent.contains(&sha)
                    && self.filed_before(&io, &mut meter, &found, &arrival).await?
                {
                    continue;
                }
                sent.insert(sha);
                Emitted::Job {
                    job: Job { arrival, bytes },
                    label: found.rel.clone(),
                    unfinished: None,
                }
            };
            emit(&io, emitted).await?;
            in_flight += 1;
        }
        while in_flight > 0 {
            let e = io.ended.recv().await.ok_or(RunError::StageStopped)?;
            in_flight -= 1;
            meter.ended(&e);
        }
        meter.finish();
        Ok(Counts {
            files: meter.files,
            pages: meter.pages,
            bytes: meter.bytes,
            interrupted: interrupted || *io.shutdown.borrow(),
        })
    }
}

async fn emit(io: &SourceIo, e: Emitted) -> Result<(), RunError> {
    io.out.send(e).await.map_err(|_| RunError::StageStopped)
}

impl TreeSource {
    /// A file whose bytes an earlier run filed, or left in quarantine, is not taken again: the
    /// import is being carried on. Reported and skipped; true if so.
    async fn filed_before(
        &self,
        io: &SourceIo,
        meter: &mut Meter,
        found: &Found,
        arrival: &Arrival,
    ) -> Result<bool, RunError> {
        let catalog = &self.ctx.catalog;
        let sha = arrival.sha256.as_str();
        let case = case_known_before_reading(arrival, &self.ctx.config.case_number);
        let filed = || {
            match &case {
                Some(case) => catalog.document_by_sha_in_case(sha, case),
                None => catalog.document_by_sha(sha),
            }
            .ok()
            .flatten()
            .filter(|r| r.status == DocStatus::Stored)
            .map(|r| ReportRow {
                case_number: r.case_number,
                doc_id: r.id,
                detail: "the same bytes are already filed; not stored again".into(),
                ..ReportRow::new(found.rel.clone(), Outcome::AlreadyFiled)
            })
        };
        // Already waiting in quarantine from an earlier run: the drive has not changed, so
        // neither would the answer. Fix it there and retry it from quarantine. Except where the
        // machine, not the file, was at fault: a document quarantined because LibreOffice was
        // missing is tried again once it may have been installed.
        let waiting = || {
            catalog
                .quarantined_by_sha(sha)
                .ok()
                .flatten()
                .filter(|q| {
                    QuarantineReason::from_code(&q.reason)
                        != Some(QuarantineReason::NeedsConversion)
                })
                .map(|q| ReportRow {
                    reason: q.reason,
                    detail: q.detail,
                    ..ReportRow::new(found.rel.clone(), Outcome::AlreadyQuarantined)
                })
        };
        // Where the tree names the case, the earlier answer is what was filed in that case.
        // Where it names none, the case came from the file itself, and the same bytes may be
        // filed in another case through a copy in a case folder: what this file met last time
        // is then better told by its quarantine entry, if it has one.
        let row = match case {
            Some(_) => filed().or_else(waiting),
            None => waiting().or_else(filed),
        };
        let Some(row) = row else {
            return Ok(false);
        };
        meter.add(found.size, 0);
        emit(io, Emitted::Row { row, retry: None }).await?;
        Ok(true)
    }

    /// A file that goes no further (it cannot be read): its report line, its bytes done.
    async fn pass_over(
        &self,
        io: &SourceIo,
        meter: &mut Meter,
        found: &Found,
        outcome: Outcome,
        detail: String,
    ) -> Result<(), RunError> {
        meter.add(found.size, 0);
        let row = ReportRow {
            detail,
            ..ReportRow::new(found.rel.clone(), outcome)
        };
        emit(io, Emitted::Row { row, retry: None }).await
    }

    /// The arrival a file of the drive makes, with what its place in the tree says.
    fn arrival(&self, found: &Found, sha: &str) -> Arrival {
        let hint = self
            .mapping
            .hint(Path::new(&found.rel), &self.ctx.config.case_number);
        Arrival {
            path: found.path.clone(),
            original_name: found
                .path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            sha256: sha.to_string(),
            size: found.size,
            received_at: found.saved.unwrap_or_else(Utc::now),
            pipeline: self.pipeline.clone(),
            hint: Some(Arc::new(hint)),
            // A drive is never changed (it is only read and copied from): nothing to check.
            identity: None,
        }
    }
}

/// Progress figures, and how they are shown.
struct Meter {
    files_total: usize,
    bytes_total: u64,
    files: usize,
    pages: usize,
    bytes: u64,
    started: Instant,
    last_line: Instant,
    bar: Option<indicatif::ProgressBar>,
    plain: bool,
}

impl Meter {
    fn new(files_total: usize, bytes_total: u64, progress: Progress) -> Meter {
        let terminal = std::io::stderr().is_terminal();
        let bar = (progress == Progress::Auto && terminal).then(|| {
            let b = indicatif::ProgressBar::new(bytes_total);
            b.set_style(
                indicatif::ProgressStyle::with_template(
                    "{wide_bar} {msg}, {bytes}/{total_bytes}, {bytes_per_sec}, ETA {eta}",
                )
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
            );
            b
        });
        Meter {
            files_total,
            bytes_total,
            files: 0,
            pages: 0,
            bytes: 0,
            started: Instant::now(),
            last_line: Instant::now(),
            bar,
            plain: progress == Progress::Auto && !terminal,
        }
    }

    fn add(&mut self, bytes: u64, pages: usize) {
        self.files += 1;
        self.bytes += bytes;
        self.pages += pages;
        let msg = format!(
            "{}/{} files, {} pages",
            self.files, self.files_total, self.pages
        );
        if let Some(b) = &self.bar {
            b.set_position(self.bytes);
            b.set_message(msg);
        } else if self.plain
            && (self.last_line.elapsed() >= Duration::from_secs(5)
                || self.files == self.files_total)
        {
            self.last_line = Instant::now();
            eprintln!("import-tree: {}", self.line());
        }
    }

    /// A plain progress line: files, pages, MB, rate, ETA.
    fn line(&self) -> String {
        let secs = self.started.elapsed().as_secs_f64().max(0.001);
        let mb = |b: u64| b as f64 / 1_000_000.0;
        let rate = self.files as f64 / secs;
        let eta = if self.bytes > 0 && self.bytes < self.bytes_total {
            let left = (self.bytes_total - self.bytes) as f64 * secs / self.bytes as f64;
            format!("{:.0} s", left)
        } else {
            "-".into()
        };
        format!(
            "{}/{} files, {} pages, {:.1}/{:.1} MB, {:.2} files/s ({:.2} MB/s), ETA {eta}",
            self.files,
            self.files_total,
            self.pages,
            mb(self.bytes),
            mb(self.bytes_total),
            rate,
            mb(self.bytes) / secs
        )
    }

    /// An arrival has ended: its bytes and the pages of its documents are done.
    fn ended(&mut self, e: &Ended) {
        let pages = e.rows.iter().map(|r| r.pages.len()).sum();
        self.add(e.arrival.size, pages);
    }

    fn finish(&self) {
        if let Some(b) = &self.bar {
            b.finish_and_clear();
        }
    }
}

/// SHA-256 of a file read as a stream (for files too large to hold in memory).
fn sha256_of_file(path: &Path) -> std::io::Result<String> {
    let mut f = std::fs::File::open(path)?;
    let mut h = Sha256::new();
    let mut buf = vec![0u8; 1 << 16];
    loop {
        match std::io::Read::read(&mut f, &mut buf)? {
            0 => break,
            n => h.update(&buf[..n]),
        }
    }
    Ok(hex::encode(h.finalize().as_slice()))
}
