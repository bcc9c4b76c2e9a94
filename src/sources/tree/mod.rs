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
    /// Shared with other workers through the catalog: one walks, all file batches.
    pub shared: Option<SharedOptions>,
}

/// How a shared import is cut and held (see [`crate::catalog::imports`]).
#[derive(Debug, Clone)]
pub struct SharedOptions {
    /// The import's name: every worker that runs it under this name against the same catalog
    /// shares it.
    pub name: String,
    /// Files in one batch.
    pub batch_files: usize,
    /// How long a batch (or the walk) stays a worker's without its heartbeat.
    pub lease: Duration,
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
    /// A shared import: where it stands across every worker when this one stopped.
    pub shared: Option<crate::catalog::imports::ImportProgress>,
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
        shared: opts.shared.clone(),
    };
    let mode = RunMode {
        dry_run: opts.dry_run,
    };
    let ctx_catalog = ctx.catalog.clone();
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
        shared: match &opts.shared {
            Some(s) => Some(
                ctx_catalog
                    .import_progress(&s.name)
                    .map_err(|e| ImportError::Run(RunError::SharedImport(e.to_string())))?,
            ),
            None => None,
        },
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
    shared: Option<SharedOptions>,
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
        if let Some(shared) = self.shared.clone() {
            return self.run_shared(io, shared).await;
        }
        let (files, walk_rows) = walk(&self.root);
        let bytes_total: u64 = files.iter().map(|f| f.size).sum();
        let mut meter = Meter::new(files.len(), bytes_total, self.progress);
        for row in walk_rows {
            emit(&io, Emitted::Row { row, retry: None }).await?;
        }
        let mut flow = Flow::new(&io);
        let mut interrupted = false;
        for found in files {
            if *io.shutdown.borrow() {
                interrupted = true;
                break;
            }
            self.offer(&mut io, &mut meter, &mut flow, found).await?;
        }
        flow.drain(&mut io, &mut meter).await?;
        Ok(meter.end(interrupted || *io.shutdown.borrow()))
    }
}

/// What a run has in flight, and what it has sent.
struct Flow {
    /// The SHA-256 of every file emitted by this run: a second copy of one is the
    /// topology's to judge (a duplicate of it), not an earlier run's.
    sent: HashSet<String>,
    in_flight: usize,
    /// One file read ahead of the recognisers, no more: a drive's files can be large, and
    /// on Ctrl-C the import stops after the files in flight, which should be few.
    max_in_flight: usize,
}

impl Flow {
    fn new(io: &SourceIo) -> Flow {
        Flow {
            sent: HashSet::new(),
            in_flight: 0,
            max_in_flight: io.max_in_flight.min(io.workers + 1),
        }
    }

    /// Hears the ends that have come, without waiting.
    fn hear(&mut self, io: &mut SourceIo, meter: &mut Meter) {
        while let Ok(e) = io.ended.try_recv() {
            self.in_flight -= 1;
            meter.ended(&e);
        }
    }

    /// Waits until fewer than the most allowed are in flight.
    async fn room(&mut self, io: &mut SourceIo, meter: &mut Meter) -> Result<(), RunError> {
        self.hear(io, meter);
        while self.in_flight >= self.max_in_flight {
            let e = io.ended.recv().await.ok_or(RunError::StageStopped)?;
            self.in_flight -= 1;
            meter.ended(&e);
        }
        Ok(())
    }

    /// Waits until everything emitted has ended.
    async fn drain(&mut self, io: &mut SourceIo, meter: &mut Meter) -> Result<(), RunError> {
        while self.in_flight > 0 {
            let e = io.ended.recv().await.ok_or(RunError::StageStopped)?;
            self.in_flight -= 1;
            meter.ended(&e);
        }
        Ok(())
    }
}

async fn emit(io: &SourceIo, e: Emitted) -> Result<(), RunError> {
    io.out.send(e).await.map_err(|_| RunError::StageStopped)
}

impl TreeSource {
    /// Reads one file of the drive (or judges it without reading it) and emits it, unless an
    /// earlier run filed it; waits for room first.
    async fn offer(
        &self,
        io: &mut SourceIo,
        meter: &mut Meter,
        flow: &mut Flow,
        found: Found,
    ) -> Result<(), RunError> {
        flow.room(io, meter).await?;
        let too_large = found.size > self.ctx.config.max_file_bytes;
        let read = if too_large {
            // Never read whole: hashed as a stream, copied to quarantine as a stream.
            sha256_of_file(&found.path).map(|sha| (None, sha))
        } else {
            // Into memory, or, larger than the in-flight budget, into a private copy on
            // disk (`crate::content`), hashed as it is read.
            std::fs::File::open(&found.path).and_then(|mut f| {
                let len = f.metadata()?.len();
                let spool = crate::scratch::process_dir()?;
                Content::read_hashed(&mut f, len, self.ctx.config.in_flight_bytes, &spool)
                    .map(|(bytes, sha)| (Some(bytes), sha))
            })
        };
        let (bytes, sha) = match read {
            Ok(r) => r,
            Err(e) => {
                return self
                    .pass_over(io, meter, &found, Outcome::Unreadable, e.to_string())
                    .await;
            }
        };
        let arrival = self.arrival(&found, &sha);
        if !flow.sent.contains(&sha) && self.filed_before(io, meter, &found, &arrival).await? {
            return Ok(());
        }
        flow.sent.insert(sha);
        let emitted = match bytes {
            None => Emitted::too_large(arrival, self.ctx.config.max_file_bytes, found.rel.clone()),
            Some(bytes) => Emitted::Job {
                job: Job { arrival, bytes },
                label: found.rel.clone(),
                unfinished: None,
            },
        };
        emit(io, emitted).await?;
        flow.in_flight += 1;
        Ok(())
    }

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
        meter.tally(row.outcome);
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
        meter.tally(outcome);
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

/// A worker's heartbeat: renews its claims every third of the lease until told to stop.
async fn heartbeat(
    catalog: Arc<crate::catalog::Catalog>,
    worker: String,
    lease: Duration,
    mut stop: watch::Receiver<bool>,
) {
    let ms = lease.as_millis() as i64;
    loop {
        tokio::select! {
            _ = tokio::time::sleep(lease / 3) => {}
            _ = stop.changed() => return,
        }
        let (c, w) = (catalog.clone(), worker.clone());
        match tokio::task::spawn_blocking(move || c.renew_leases(&w, ms)).await {
            Ok(Ok(_)) => {}
            Ok(Err(e)) => {
                tracing::warn!(error = %e, "shared import: claims not renewed; another worker may take them over")
            }
            Err(_) => return,
        }
    }
}

/// Runs a blocking catalog call off the runtime's threads.
async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, crate::catalog::CatalogError> + Send + 'static,
) -> Result<T, RunError> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|_| RunError::SourceFailed)?
        .map_err(|e| RunError::SharedImport(e.to_string()))
}

/// How many times a batch whose files are to retry is given back before it is left done
/// with them counted (a rerun without `--shared` takes them again: filed files are skipped).
const BATCH_TRIES: u32 = 3;

impl TreeSource {
    /// A shared import: the walk once (by whichever worker holds its lease), then batches
    /// claimed until none is left anywhere.
    async fn run_shared(self, mut io: SourceIo, shared: SharedOptions) -> Result<Counts, RunError> {
        let catalog = self.ctx.catalog.clone();
        let worker = crate::catalog::queue::worker_name();
        let lease_ms = shared.lease.as_millis() as i64;
        let name = shared.name.clone();
        let walk_lease = format!("import-walk:{name}");
        // The walk: one worker walks and records it; the others wait for it. A walker that
        // dies loses its lease, and the next walks from the start.
        let mut said = false;
        loop {
            let n = name.clone();
            if blocking({
                let c = catalog.clone();
                move || c.shared_import(&n)
            })
            .await?
            .is_some_and(|i| i.state == "ready")
            {
                break;
            }
            if *io.shutdown.borrow() {
                return Ok(Counts::interrupted());
            }
            let (c, l, w) = (catalog.clone(), walk_lease.clone(), worker.clone());
            if blocking(move || c.take_lease(&l, &w, lease_ms)).await? {
                self.walk_and_record(&io, &shared, &worker, &walk_lease)
                    .await?;
                continue;
            }
            if !said {
                eprintln!(
                    "import-tree: another worker is walking the drive; waiting for its batches"
                );
                said = true;
            }
            tokio::select! {
                _ = tokio::time::sleep((shared.lease / 3).min(Duration::from_secs(2))) => {}
                _ = io.shutdown.changed() => {}
            }
        }
        let import = {
            let (c, n) = (catalog.clone(), name.clone());
            blocking(move || c.shared_import(&n))
                .await?
                .ok_or_else(|| RunError::SharedImport("its walk is not recorded".into()))?
        };
        let mut meter = Meter::new(import.files as usize, import.bytes, self.progress);
        let (stop_beat, beat_rx) = watch::channel(false);
        let beat = tokio::spawn(heartbeat(
            catalog.clone(),
            worker.clone(),
            shared.lease,
            beat_rx,
        ));
        let source = crate::catalog::imports::import_source(&name);
        let mut flow = Flow::new(&io);
        let mut interrupted = false;
        let result: Result<(), RunError> = async {
            loop {
                if *io.shutdown.borrow() {
                    interrupted = true;
                    return Ok(());
                }
                let claimed = {
                    let (c, s, w) = (catalog.clone(), source.clone(), worker.clone());
                    blocking(move || c.claim(&s, &w, 1, lease_ms)).await?
                };
                let Some(item) = claimed.into_iter().next() else {
                    let (c, s) = (catalog.clone(), source.clone());
                    if !blocking(move || c.queue_has_work(&s)).await? {
                        return Ok(());
                    }
                    // Others hold the rest; should one of them stop, its lease runs out and
                    // its batch comes back.
                    tokio::select! {
                        _ = tokio::time::sleep((shared.lease / 3).min(Duration::from_secs(2))) => {}
                        _ = io.shutdown.changed() => {}
                    }
                    continue;
                };
                let batch: i64 = item.item.parse().map_err(|_| {
                    RunError::SharedImport(format!("queue item {} is not a batch", item.id))
                })?;
                let paths = {
                    let (c, n) = (catalog.clone(), name.clone());
                    blocking(move || c.import_batch(&n, batch)).await?
                };
                let progress = {
                    let (c, n) = (catalog.clone(), name.clone());
                    blocking(move || c.import_progress(&n)).await?
                };
                meter.others = (
                    (progress.files_done as usize).saturating_sub(meter.files),
                    progress.bytes_done.saturating_sub(meter.bytes),
                );
                meter.tallied.clear();
                for rel in paths {
                    if *io.shutdown.borrow() {
                        break;
                    }
                    let found = self.find(&rel);
                    match found {
                        Ok(found) => self.offer(&mut io, &mut meter, &mut flow, found).await?,
                        Err(detail) => {
                            let row = ReportRow {
                                detail,
                                ..ReportRow::new(rel, Outcome::Unreadable)
                            };
                            meter.tally(Outcome::Unreadable);
                            emit(&io, Emitted::Row { row, retry: None }).await?;
                        }
                    }
                }
                flow.drain(&mut io, &mut meter).await?;
                let (c, w) = (catalog.clone(), worker.clone());
                if *io.shutdown.borrow() {
                    // Part done: given back at once; what was filed is skipped by the next.
                    blocking(move || c.release(item.id, &w, 0)).await?;
                    interrupted = true;
                    return Ok(());
                }
                let retry = meter.tallied.get(Outcome::RetryLater.as_str()).copied().unwrap_or(0);
                if retry > 0 && item.attempts < BATCH_TRIES {
                    blocking(move || c.release(item.id, &w, 60_000)).await?;
                    continue;
                }
                let outcome = serde_json::to_string(&meter.tallied).unwrap_or_default();
                if !blocking(move || c.complete(item.id, &w, &outcome)).await? {
                    tracing::warn!(batch, "shared import: the batch was taken over before it was done here; the other worker finishes it");
                }
            }
        }
        .await;
        let _ = stop_beat.send(true);
        let _ = beat.await;
        flow.drain(&mut io, &mut meter).await?;
        result?;
        Ok(meter.end(interrupted || *io.shutdown.borrow()))
    }

    /// Walks the drive and records the walk as batches, holding the walk's lease meanwhile.
    /// What the walk could not read is reported by this worker.
    async fn walk_and_record(
        &self,
        io: &SourceIo,
        shared: &SharedOptions,
        worker: &str,
        walk_lease: &str,
    ) -> Result<(), RunError> {
        eprintln!("import-tree: walking the drive for every worker");
        let catalog = self.ctx.catalog.clone();
        let lease_ms = shared.lease.as_millis() as i64;
        let (stop, mut stopped) = watch::channel(false);
        let keep = {
            let (c, l, w) = (catalog.clone(), walk_lease.to_string(), worker.to_string());
            let every = shared.lease / 3;
            tokio::spawn(async move {
                loop {
                    tokio::select! {
                        _ = tokio::time::sleep(every) => {}
                        _ = stopped.changed() => return,
                    }
                    let (c, l, w) = (c.clone(), l.clone(), w.clone());
                    let _ =
                        tokio::task::spawn_blocking(move || c.take_lease(&l, &w, lease_ms)).await;
                }
            })
        };
        let root = self.root.clone();
        let (files, rows) = tokio::task::spawn_blocking(move || walk(&root))
            .await
            .map_err(|_| RunError::SourceFailed)?;
        for row in rows {
            emit(io, Emitted::Row { row, retry: None }).await?;
        }
        let batches: Vec<crate::catalog::imports::WalkBatch> = files
            .chunks(shared.batch_files.max(1))
            .map(|chunk| crate::catalog::imports::WalkBatch {
                paths: chunk.iter().map(|f| f.rel.clone()).collect(),
                bytes: chunk.iter().map(|f| f.size).sum(),
            })
            .collect();
        let (n, count) = (shared.name.clone(), batches.len());
        let recorded = {
            let c = catalog.clone();
            blocking(move || c.record_import_walk(&n, &batches)).await
        };
        let _ = stop.send(true);
        let _ = keep.await;
        let (c, l, w) = (catalog.clone(), walk_lease.to_string(), worker.to_string());
        let _ = blocking(move || c.drop_lease(&l, &w)).await;
        if recorded? {
            eprintln!(
                "import-tree: {} files in {count} batches, shared with every worker",
                files.len()
            );
        }
        Ok(())
    }

    /// A file of a batch, as it is on the drive now.
    fn find(&self, rel: &str) -> Result<Found, String> {
        let path = self.root.join(rel);
        // A batch names paths below the top; none may lead out of it.
        if Path::new(rel)
            .components()
            .any(|c| !matches!(c, std::path::Component::Normal(_)))
        {
            return Err("not a path below the drive's top; not read".into());
        }
        let inside = std::fs::canonicalize(&path)
            .ok()
            .zip(std::fs::canonicalize(&self.root).ok())
            .is_some_and(|(p, root)| p.starts_with(root));
        if !inside {
            return Err("no longer a file within the drive (gone, or now a link out of it)".into());
        }
        let meta = std::fs::metadata(&path)
            .map_err(|e| format!("no longer readable on the drive: {e}"))?;
        if !meta.is_file() {
            return Err("no longer a file on the drive".into());
        }
        Ok(Found {
            saved: walk::saved_time(&meta),
            path,
            rel: rel.to_string(),
            size: meta.len(),
        })
    }
}

impl Counts {
    fn interrupted() -> Counts {
        Counts {
            files: 0,
            pages: 0,
            bytes: 0,
            interrupted: true,
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
    /// How the files of the current batch ended (a shared import's batch), by outcome.
    tallied: std::collections::BTreeMap<&'static str, u64>,
    /// A shared import: files and bytes the other workers had done when this batch began,
    /// shown with this worker's own.
    others: (usize, u64),
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
            tallied: Default::default(),
            others: (0, 0),
        }
    }

    fn tally(&mut self, outcome: Outcome) {
        *self.tallied.entry(outcome.as_str()).or_default() += 1;
    }

    fn add(&mut self, bytes: u64, pages: usize) {
        self.files += 1;
        self.bytes += bytes;
        self.pages += pages;
        let msg = format!(
            "{}/{} files, {} pages",
            self.files + self.others.0,
            self.files_total,
            self.pages
        );
        if let Some(b) = &self.bar {
            b.set_position(self.bytes + self.others.1);
            b.set_message(msg);
        } else if self.plain
            && (self.last_line.elapsed() >= Duration::from_secs(5)
                || self.files + self.others.0 == self.files_total)
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
        let (files, bytes) = (self.files + self.others.0, self.bytes + self.others.1);
        let eta = if self.bytes > 0 && bytes < self.bytes_total {
            // At this worker's own pace (other workers make it sooner).
            let left = (self.bytes_total - bytes) as f64 * secs / self.bytes as f64;
            format!("{:.0} s", left)
        } else {
            "-".into()
        };
        format!(
            "{}/{} files, {} pages, {:.1}/{:.1} MB, {:.2} files/s ({:.2} MB/s), ETA {eta}",
            files,
            self.files_total,
            self.pages,
            mb(bytes),
            mb(self.bytes_total),
            rate,
            mb(self.bytes) / secs
        )
    }

    /// An arrival has ended: its bytes and the pages of its documents are done.
    fn ended(&mut self, e: &Ended) {
        let pages = e.rows.iter().map(|r| r.pages.len()).sum();
        self.tally(e.own().outcome);
        self.add(e.arrival.size, pages);
    }

    /// Clears the progress bar and says what was taken in.
    fn end(&self, interrupted: bool) -> Counts {
        if let Some(b) = &self.bar {
            b.finish_and_clear();
        }
        Counts {
            files: self.files,
            pages: self.pages,
            bytes: self.bytes,
            interrupted,
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
