//! The topology every source runs on: the stages joined by bounded channels, and the one place
//! where an arrival's end is turned into what happens to its original and its report line.
//!
//! ```text
//!  source ──Emitted──► intake ──Job──► ocr (blocking pool) ──► decide ──► sink ──┐
//!    ▲                   │ duplicate,        │ quarantine         │ quarantine   │ stored
//!    │                   │ same bytes parked ▼                    ▼              ▼
//!    └──── Ended ◄────── finish: quarantine or release the original, report row ◄┘
//! ```
//!
//! A source (a watched folder, an IMAP spool, an upload spool, an imported tree) is a task that
//! emits files read once and hashed once, and hears back how each ended ([`Source`], shaped as
//! vector's sources: a config struct that builds a task). Everything that must be the same for
//! every source lives here, once: the OCR pool and its panic containment, the rule that the
//! same bytes are never in flight twice (a second copy waits, parked, until the first is filed,
//! and is then recognised as a duplicate instead of being stored twice), quarantining and
//! releasing originals under the plan's release rule, and the report rows and their counts.
//!
//! Every channel is bounded, so a slow sink fills the channels behind it and the source stops
//! taking files: backpressure, never an unbounded queue. A source keeps at most
//! [`SourceIo::max_in_flight`] arrivals unfinished, and the acknowledgement channel holds that
//! many, so the sink never blocks on an acknowledgement while the intake blocks on a job (no
//! deadlock); the channel of ends back to the source is unbounded for the same reason and holds
//! at most that many. An original is touched only on an acknowledgement: released (deleted,
//! moved to `returned/`, or kept for a read-only source) once its document is stored and
//! verified or a duplicate of one that is, moved or copied to quarantine on a quarantine, left
//! where it is when the sink says "retry later". A process killed at any point therefore leaves
//! every original either where it was or accounted for, and the catalog's pending rows let the
//! next run finish the job without storing anything twice.

use std::collections::{HashMap, HashSet, VecDeque};
use std::future::Future;
use std::path::PathBuf;
use std::sync::Arc;

use tokio::sync::{mpsc, Semaphore};

use super::crash_guard::CrashGuard;
use super::decide::{decide, NameBook};
use super::definition::{Plan, Release};
use super::ocr_stage::{recognise, OcrPool, Prepare};
use super::report::{Outcome, ReportRow, RunError, RunSummary};
use super::Context;
use crate::catalog::DocStatus;
use crate::convert::office::OfficeSettings;
use crate::document::{Arrival, Disposition, QuarantineReason, Quarantined};
use crate::messages::{Ack, Decided, Job, Recognised};
use crate::quarantine::{move_file, quarantine_copy, quarantine_file};

/// What a source hands the topology.
pub enum Emitted {
    /// A file read once and hashed, to go through the stages. `label` is what the report calls
    /// it; `unfinished` says why its writer never finished it, when it was taken anyway after
    /// the wait (a quarantine as corrupt then says so).
    Job {
        job: Job,
        label: String,
        unfinished: Option<String>,
    },
    /// An arrival the source has judged without reading it (too large): ended like any other.
    Judged { ack: Box<Ack>, label: String },
    /// A report line for an entry the source passed over itself (hidden, unreadable, already
    /// filed by an earlier import, waiting for its writer), with the original's path when it
    /// is left to be retried.
    Row {
        row: ReportRow,
        retry: Option<PathBuf>,
    },
    /// An entry that cannot be read (the source logs it; it is counted, not reported).
    Unreadable,
}

/// How one arrival ended, told back to the source that emitted it.
#[derive(Debug)]
pub struct Ended {
    pub arrival: Arrival,
    /// Its report lines: its other documents (an e-mail's attachments) first, its own last.
    pub rows: Vec<ReportRow>,
    /// The original is still where the source left it (to retry, or a quarantine that could
    /// not take it).
    pub kept: bool,
}

impl Emitted {
    /// An arrival over the size limit, judged without reading it.
    pub fn too_large(arrival: Arrival, limit: u64, label: String) -> Emitted {
        let size = arrival.size;
        Emitted::Judged {
            ack: Box::new(Ack::Done {
                arrival,
                disposition: Disposition::Quarantined(Quarantined::too_large(size, limit)),
                case_number: None,
                also: Vec::new(),
            }),
            label,
        }
    }
}

impl Ended {
    /// The arrival's own line.
    pub fn own(&self) -> &ReportRow {
        self.rows.last().expect("an ended arrival has its own row")
    }
}

/// A source's ends of the channels.
pub struct SourceIo {
    pub out: mpsc::Sender<Emitted>,
    pub ended: mpsc::UnboundedReceiver<Ended>,
    pub shutdown: tokio::sync::watch::Receiver<bool>,
    /// The most arrivals a source may have emitted and not yet heard the end of.
    pub max_in_flight: usize,
    /// How many files are recognised at once (a source that reads ahead need not read more
    /// than a few beyond this).
    pub workers: usize,
}

/// Where documents come from: a task that emits files and hears how each ended, and returns
/// when it has nothing more to emit and every arrival it emitted has ended.
pub trait Source: Send + 'static {
    /// What the source reports when it is done (an import's counts).
    type Output: Send + 'static;
    fn run(self, io: SourceIo) -> impl Future<Output = Result<Self::Output, RunError>> + Send;
    /// Whether the source keeps waiting for more (a watched folder, a mailbox, an upload
    /// endpoint) rather than ending once what it holds is done: the dashboard says so.
    fn watching(&self) -> bool {
        false
    }
}

/// How a run files.
#[derive(Debug, Clone, Copy, Default)]
pub struct RunMode {
    /// Decide everything, file nothing, change nothing: the report says what would happen.
    pub dry_run: bool,
}

/// What comes back to the topology from the stages.
enum Back {
    Ack(Ack),
    /// A dry run's sink: what would be filed.
    WouldFile(Decided),
}

/// How often a live run writes its heartbeat and counts to the catalog.
const RUN_BEAT: std::time::Duration = std::time::Duration::from_secs(60);

/// Runs `source` through the stages of `plan` until the source is done and every arrival it
/// emitted has ended; each report row goes to `on_row` as it is made.
///
/// A run that files (not a dry run) is recorded in the catalog as it begins, beats every
/// minute with its counts so far, and records how it ended, so that the workspace can show
/// each pipeline's health (a run whose heartbeat stopped was killed).
pub async fn run<S: Source>(
    plan: Plan,
    ctx: Arc<Context>,
    source: S,
    mode: RunMode,
    shutdown: tokio::sync::watch::Receiver<bool>,
    mut on_row: impl FnMut(&ReportRow),
) -> Result<(RunSummary, S::Output), RunError> {
    // Checked before the run is recorded: a refused user leaves no run behind.
    ctx.actor.require(crate::access::Op::Intake)?;
    if mode.dry_run {
        return run_stages(plan, ctx, source, mode, shutdown, on_row).await;
    }
    let run_id = match ctx.catalog.begin_run(&plan.name, source.watching()) {
        Ok(id) => Some(id),
        Err(e) => {
            tracing::warn!(error = %e, "the run could not be recorded for the dashboard");
            None
        }
    };
    let counts = Arc::new(std::sync::Mutex::new((0i64, 0i64, 0i64)));
    let beat = run_id.map(|id| {
        let (cat, counts) = (ctx.catalog.clone(), counts.clone());
        tokio::spawn(async move {
            let mut every = tokio::time::interval(RUN_BEAT);
            every.tick().await;
            loop {
                every.tick().await;
                let (s, q, p) = *counts.lock().unwrap_or_else(|p| p.into_inner());
                let _ = cat.beat_run(id, s, q, p);
            }
        })
    });
    let counted = counts.clone();
    let result = run_stages(plan, ctx.clone(), source, mode, shutdown, |row| {
        {
            let mut c = counted.lock().unwrap_or_else(|p| p.into_inner());
            match row.outcome {
                super::Outcome::Stored => c.0 += 1,
                super::Outcome::Quarantined => c.1 += 1,
                super::Outcome::Unreadable | super::Outcome::RetryLater => c.2 += 1,
                _ => {}
            }
        }
        on_row(row)
    })
    .await;
    if let Some(b) = beat {
        b.abort();
    }
    if let Some(id) = run_id {
        let c = *counts.lock().unwrap_or_else(|p| p.into_inner());
        let error = result.as_ref().err().map(|e| e.to_string());
        if let Err(e) = ctx.catalog.end_run(id, c, error.as_deref()) {
            tracing::warn!(error = %e, "the end of the run could not be recorded for the dashboard");
        }
    }
    result
}

async fn run_stages<S: Source>(
    plan: Plan,
    ctx: Arc<Context>,
    source: S,
    mode: RunMode,
    shutdown: tokio::sync::watch::Receiver<bool>,
    mut on_row: impl FnMut(&ReportRow),
) -> Result<(RunSummary, S::Output), RunError> {
    // Every door in files as the acting user, who must be one who runs intake.
    ctx.actor.require(crate::access::Op::Intake)?;
    // The routing model of the examples as they are now (a person's decision since the last run
    // is in it), cached in the catalog so that this trains only when they changed.
    let plan = super::model::attach(&ctx.catalog, plan).map_err(RunError::Routing)?;
    if !mode.dry_run {
        list_quarantined_after_crash(&ctx);
    }
    let cap = ctx.config.channel_capacity;
    let workers = ctx.config.concurrency.max(1);
    let max_in_flight = workers + 3 * cap;
    let (out_tx, mut out_rx) = mpsc::channel::<Emitted>(cap);
    let (ended_tx, ended_rx) = mpsc::unbounded_channel::<Ended>();
    let (job_tx, job_rx) = mpsc::channel::<Job>(cap);
    let (back_tx, mut back_rx) = mpsc::channel::<Back>(max_in_flight + 1);
    let stages = start_stages(&plan, &ctx, mode, workers, cap, job_rx, back_tx);
    let source_task = tokio::spawn(source.run(SourceIo {
        out: out_tx,
        ended: ended_rx,
        shutdown,
        max_in_flight,
        workers,
    }));

    let mut t = Finisher {
        plan: &plan,
        ctx: &ctx,
        mode,
        ended: ended_tx,
        in_flight: HashMap::new(),
        in_flight_sha: HashSet::new(),
        parked: HashMap::new(),
        requeued: VecDeque::new(),
        would_file: HashSet::new(),
        retrying: HashSet::new(),
        summary: RunSummary::default(),
        bytes_in_flight: 0,
    };
    let mut source_open = true;
    // A file taken from the source that would carry the bytes in flight past the budget waits
    // here, and nothing more is taken, until enough have ended (or none is left in flight).
    let mut held: Option<Emitted> = None;
    loop {
        while let Some(e) = t.requeued.pop_front() {
            t.intake(e, &job_tx, &mut on_row).await?;
        }
        if held.as_ref().is_some_and(|e| t.admits(e)) {
            let e = held.take().expect("held");
            t.intake(e, &job_tx, &mut on_row).await?;
        }
        if !source_open && t.in_flight.is_empty() && t.parked.is_empty() && held.is_none() {
            break;
        }
        tokio::select! {
            e = out_rx.recv(), if source_open && held.is_none() => match e {
                Some(e) if t.admits(&e) => t.intake(e, &job_tx, &mut on_row).await?,
                Some(e) => held = Some(e),
                None => source_open = false,
            },
            back = back_rx.recv() => match back {
                Some(back) => t.back(back, &mut on_row),
                None => return Err(RunError::StageStopped),
            },
        }
    }
    drop(job_tx);
    stages.stop().await;
    while let Ok(back) = back_rx.try_recv() {
        t.back(back, &mut on_row);
    }
    let output = match source_task.await {
        Ok(r) => r?,
        Err(e) => {
            tracing::error!(error = %e, "the source task failed");
            return Err(RunError::SourceFailed);
        }
    };
    Ok((t.summary, output))
}

/// The stage tasks.
struct Stages {
    ocr: tokio::task::JoinHandle<()>,
    decide: tokio::task::JoinHandle<()>,
    sink: tokio::task::JoinHandle<()>,
}

impl Stages {
    async fn stop(self) {
        let _ = self.ocr.await;
        let _ = self.decide.await;
        let _ = self.sink.await;
    }
}

/// Starts recognition (at most `workers` at once, each on the blocking pool with its own
/// engine, a panic contained as a quarantine), deciding (cheap: one task, in arrival order, so
/// names stay unique) and filing (one at a time; in a dry run, only reported).
fn start_stages(
    plan: &Plan,
    ctx: &Arc<Context>,
    mode: RunMode,
    workers: usize,
    cap: usize,
    mut job_rx: mpsc::Receiver<Job>,
    back_tx: mpsc::Sender<Back>,
) -> Stages {
    let (rec_tx, mut rec_rx) = mpsc::channel::<Recognised>(cap);
    let (sink_tx, mut sink_rx) = mpsc::channel::<Decided>(cap);
    let pool = Arc::new(OcrPool::new(&plan.languages, &ctx.config.legibility));
    let guard = open_crash_guard(ctx, mode);
    let prep = Arc::new(Prepare {
        input: plan.input(),
        office: OfficeSettings::from(&ctx.config.office),
    });
    let ocr = {
        let back_tx = back_tx.clone();
        let sem = Arc::new(Semaphore::new(workers));
        tokio::spawn(async move {
            let mut handles = Vec::new();
            while let Some(job) = job_rx.recv().await {
                let permit = sem.clone().acquire_owned().await.expect("semaphore open");
                let (pool, prep, rec_tx, back_tx, guard) = (
                    pool.clone(),
                    prep.clone(),
                    rec_tx.clone(),
                    back_tx.clone(),
                    guard.clone(),
                );
                handles.push(tokio::task::spawn_blocking(move || {
                    let arrival = job.arrival.clone();
                    let sha = arrival.sha256.clone();
                    if let Some(crashes) = guard.as_ref().and_then(|g| g.crashed(&sha)) {
                        drop(permit);
                        if let Some(g) = &guard {
                            g.forget(&sha);
                        }
                        let q = Quarantined::new(
                            QuarantineReason::Crashed,
                            format!(
                                "casevault stopped each of the last {crashes} times it was reading this file (out of memory, or a decoder crashed); it is not opened again"
                            ),
                        );
                        let _ = back_tx.blocking_send(Back::Ack(quarantined(arrival, q)));
                        return;
                    }
                    let reading = guard.as_ref().and_then(|g| g.reading(&sha));
                    crate::failpoint::hit("recognise-started");
                    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        recognise(&pool, &prep, job)
                    }));
                    drop(reading);
                    if let Some(g) = &guard {
                        g.forget(&sha);
                    }
                    drop(permit);
                    match result.unwrap_or_else(|_| {
                        Recognised::Quarantine(
                            arrival,
                            Quarantined::new(
                                QuarantineReason::Corrupt,
                                "the file could not be processed (internal error while reading it)",
                            ),
                        )
                    }) {
                        Recognised::Quarantine(arrival, q) => {
                            let _ = back_tx.blocking_send(Back::Ack(quarantined(arrival, q)));
                        }
                        ok => {
                            let _ = rec_tx.blocking_send(ok);
                        }
                    }
                }));
                handles.retain(|h| !h.is_finished());
            }
            for h in handles {
                let _ = h.await;
            }
        })
    };
    let decide = {
        let (ctx, plan, back_tx) = (ctx.clone(), plan.clone(), back_tx.clone());
        tokio::spawn(async move {
            let mut names = NameBook::default();
            names.dry_run = mode.dry_run;
            while let Some(rec) = rec_rx.recv().await {
                match decide(&ctx, &plan, rec, &mut names) {
                    Ok(d) => {
                        if sink_tx.send(d).await.is_err() {
                            break;
                        }
                    }
                    Err(ack) => {
                        let _ = back_tx.send(Back::Ack(*ack)).await;
                    }
                }
            }
        })
    };
    let sink = {
        let ctx = ctx.clone();
        tokio::spawn(async move {
            while let Some(d) = sink_rx.recv().await {
                let back = if mode.dry_run {
                    Back::WouldFile(d)
                } else {
                    Back::Ack(ctx.sink.file(&ctx.catalog, d).await)
                };
                let _ = back_tx.send(back).await;
            }
        })
    };
    Stages { ocr, decide, sink }
}

fn quarantined(arrival: Arrival, q: Quarantined) -> Ack {
    Ack::Done {
        arrival,
        disposition: Disposition::Quarantined(q),
        case_number: None,
        also: Vec::new(),
    }
}

/// What the topology keeps of an arrival in flight.
struct Ticket {
    label: String,
    unfinished: Option<String>,
    /// What it counts for in `bytes_in_flight` (see [`crate::content::Content::weight`]).
    weight: u64,
}

/// The topology's own side: intake and the end of every arrival.
struct Finisher<'a> {
    plan: &'a Plan,
    ctx: &'a Context,
    mode: RunMode,
    ended: mpsc::UnboundedSender<Ended>,
    /// Arrivals in the stages, by their original's path.
    in_flight: HashMap<PathBuf, Ticket>,
    /// The SHA-256 of every arrival in the stages: the same bytes are never in flight twice.
    in_flight_sha: HashSet<String>,
    /// Arrivals whose bytes were in flight when they came, waiting for that one to end.
    parked: HashMap<String, VecDeque<Emitted>>,
    /// Parked arrivals whose twin has ended, to be taken in again.
    requeued: VecDeque<Emitted>,
    /// In a dry run, the SHA-256 and case of what would have been filed (nothing is in the
    /// catalog).
    would_file: HashSet<(String, String)>,
    /// Originals whose last attempt ended "retry later" and that have not been filed since.
    retrying: HashSet<PathBuf>,
    summary: RunSummary,
    /// What the originals in the stages hold in memory, together (bounded by
    /// `in_flight_bytes`).
    bytes_in_flight: u64,
}

impl Finisher<'_> {
    /// Whether `e` may be taken in now: parallel work is bounded in bytes as well as in files
    /// (issue 12). A file counts what it holds in memory while it is in the stages (its size;
    /// a file read from disk, what of it may be resident at once); one that would carry the
    /// total past the configuration's `in_flight_bytes` waits until enough have ended, and a
    /// file larger than the budget alone runs when nothing else is in flight. What is not a
    /// file to read (a row, a judged arrival) is always taken in.
    fn admits(&self, e: &Emitted) -> bool {
        match e {
            Emitted::Job { job, .. } => {
                self.in_flight.is_empty()
                    || self.bytes_in_flight + job.bytes.weight() <= self.ctx.config.in_flight_bytes
            }
            _ => true,
        }
    }

    /// Takes in what a source emitted.
    async fn intake(
        &mut self,
        e: Emitted,
        job_tx: &mpsc::Sender<Job>,
        on_row: &mut impl FnMut(&ReportRow),
    ) -> Result<(), RunError> {
        match e {
            Emitted::Unreadable => self.summary.unreadable += 1,
            Emitted::Row { row, retry } => {
                if let Some(path) = retry.filter(|_| row.outcome == Outcome::RetryLater) {
                    self.retrying.insert(path);
                    self.summary.retry_later = self.retrying.len();
                }
                self.report(row, on_row);
            }
            Emitted::Judged { ack, label } => self.finish(*ack, label, None, on_row),
            Emitted::Job {
                job,
                label,
                unfinished,
            } => {
                let sha = job.arrival.sha256.clone();
                if self.in_flight_sha.contains(&sha) {
                    // The same bytes are on their way: this one waits until that one ends,
                    // then is recognised as its duplicate (or goes through if it was not filed).
                    let again = Emitted::Job {
                        job,
                        label,
                        unfinished,
                    };
                    self.parked.entry(sha).or_default().push_back(again);
                    return Ok(());
                }
                if let Some(ack) = self.already_filed(&job.arrival) {
                    self.finish(ack, label, unfinished, on_row);
                    return Ok(());
                }
                self.in_flight_sha.insert(sha);
                let weight = job.bytes.weight();
                self.bytes_in_flight += weight;
                self.in_flight.insert(
                    job.arrival.path.clone(),
                    Ticket {
                        label,
                        unfinished,
                        weight,
                    },
                );
                if job_tx.send(job).await.is_err() {
                    return Err(RunError::StageStopped);
                }
            }
        }
        Ok(())
    }

    /// An arrival whose bytes are filed already for its case ends at once as a duplicate,
    /// unread by OCR. A duplicate is the same bytes for the same case (the same scan sent for a
    /// second case is filed for that one too), so the shortcut is taken only where the case is
    /// known before reading: from the source (a tree's case folder) or the conventional file
    /// name. Otherwise the file is read, and the sink judges it within the case it is given.
    fn already_filed(&self, arrival: &Arrival) -> Option<Ack> {
        let case = case_known_before_reading(arrival, &self.ctx.config.case_number)?;
        match self
            .ctx
            .catalog
            .document_by_sha_in_case(&arrival.sha256, &case)
        {
            Ok(Some(row)) if row.status == DocStatus::Stored => Some(Ack::Done {
                arrival: arrival.clone(),
                disposition: Disposition::Duplicate { of_doc_id: row.id },
                case_number: Some(row.case_number),
                also: Vec::new(),
            }),
            Ok(_) => None,
            Err(e) => Some(Ack::RetryLater {
                arrival: arrival.clone(),
                why: format!("the catalog cannot be read now: {e}"),
            }),
        }
    }

    /// What came back from the stages.
    fn back(&mut self, back: Back, on_row: &mut impl FnMut(&ReportRow)) {
        let arrival = match &back {
            Back::Ack(Ack::Done { arrival, .. } | Ack::RetryLater { arrival, .. }) => arrival,
            Back::WouldFile(d) => &d.arrival,
        };
        let sha = arrival.sha256.clone();
        let Some(ticket) = self.in_flight.remove(&arrival.path) else {
            tracing::error!("an acknowledgement for an arrival not in flight; ignored");
            return;
        };
        self.bytes_in_flight = self.bytes_in_flight.saturating_sub(ticket.weight);
        match back {
            Back::Ack(ack) => self.finish(ack, ticket.label, ticket.unfinished, on_row),
            Back::WouldFile(d) => self.would_file(d, ticket.label, on_row),
        }
        // Its twin, if one waited, is taken in again now.
        self.in_flight_sha.remove(&sha);
        if let Some(queue) = self.parked.get_mut(&sha) {
            if let Some(next) = queue.pop_front() {
                self.requeued.push_back(next);
            }
            if queue.is_empty() {
                self.parked.remove(&sha);
            }
        }
    }

    /// A dry run's end: the lines of what would be filed, and where. Nothing is in the catalog,
    /// so the same bytes already decided for the same case in this run are reported as the
    /// duplicate the real run would find.
    fn would_file(&mut self, d: Decided, label: String, on_row: &mut impl FnMut(&ReportRow)) {
        let key = (d.arrival.sha256.clone(), d.case_number.0.clone());
        if !self.would_file.insert(key) {
            let row = ReportRow {
                case_number: d.case_number.0.clone(),
                detail: "the same bytes would already be filed for this case; not stored again"
                    .into(),
                ..ReportRow::new(label, Outcome::Duplicate)
            };
            return self.end(d.arrival, vec![row], false, on_row);
        }
        let n = d.docs.len();
        let mut rows = Vec::with_capacity(n);
        for (i, doc) in d.docs.iter().enumerate() {
            let input = if i + 1 == n {
                label.clone()
            } else {
                format!("{label} / {}", doc.source_name)
            };
            rows.push(ReportRow {
                case_number: doc.case_number.0.clone(),
                folder: doc.folder.to_string(),
                name: doc.name.clone(),
                retention: doc.retention.display(),
                detail: format!("{}; {}", doc.kind, doc.routing_rule),
                ..ReportRow::new(input, Outcome::Stored)
            });
        }
        self.end(d.arrival, rows, false, on_row);
    }

    /// Ends one arrival: quarantines or releases its original (never in a dry run), reports
    /// it, and tells its source.
    fn finish(
        &mut self,
        ack: Ack,
        label: String,
        unfinished: Option<String>,
        on_row: &mut impl FnMut(&ReportRow),
    ) {
        let dry = self.mode.dry_run;
        let (arrival, disposition, case_number, also) = match ack {
            Ack::RetryLater { arrival, why } => {
                let row = ReportRow {
                    detail: why,
                    ..ReportRow::new(label, Outcome::RetryLater)
                };
                return self.end(arrival, vec![row], true, on_row);
            }
            Ack::Done {
                arrival,
                disposition,
                case_number,
                also,
            } => (arrival, disposition, case_number, also),
        };
        let case = case_number.clone().unwrap_or_default();
        let mut rows: Vec<ReportRow> = also
            .into_iter()
            .filter(|(_, d)| {
                matches!(
                    d,
                    Disposition::Stored { .. } | Disposition::Duplicate { .. }
                )
            })
            .map(|(part, d)| disposition_row(format!("{label} / {part}"), d, &case))
            .collect();
        let mut kept = false;
        let own = match disposition {
            Disposition::Quarantined(mut q) => {
                if let Some(note) = unfinished.filter(|_| q.reason == QuarantineReason::Corrupt) {
                    q.detail = format!("{} ({note})", q.detail);
                }
                tracing::info!(reason = q.reason.code(), "quarantined");
                if !dry && !still_there(&arrival) {
                    // The file now at the path is another one (a name reused): it is not this
                    // one to quarantine, and it is taken on its own on a later pass.
                    ReportRow {
                        reason: q.reason.code().into(),
                        detail: format!("{REPLACED}; this one: {}", q.detail),
                        case_number: case.clone(),
                        ..ReportRow::new(label, Outcome::RetryLater)
                    }
                } else if dry
                    || quarantine_arrival(self.ctx, self.plan, &arrival, &q, case_number.as_deref())
                {
                    disposition_row(label, Disposition::Quarantined(q), &case)
                } else {
                    kept = true;
                    ReportRow {
                        reason: q.reason.code().into(),
                        detail: format!(
                            "could not be put in quarantine (see the log), so it stays where it \
                             is to be tried again: {}",
                            q.detail
                        ),
                        case_number: case.clone(),
                        ..ReportRow::new(label, Outcome::RetryLater)
                    }
                }
            }
            d => {
                if let (Disposition::Duplicate { of_doc_id }, false) = (&d, dry) {
                    let _ = self.ctx.catalog.log_contact(
                        case_number.as_deref(),
                        Some(of_doc_id),
                        "duplicate received",
                        &format!("same bytes as document {of_doc_id}; not stored again"),
                    );
                }
                if !dry {
                    release(self.ctx, self.plan, &arrival);
                }
                disposition_row(label, d, &case)
            }
        };
        rows.push(own);
        self.end(arrival, rows, kept, on_row);
    }

    /// Reports an arrival's lines, counts them, and tells the source.
    fn end(
        &mut self,
        arrival: Arrival,
        rows: Vec<ReportRow>,
        kept: bool,
        on_row: &mut impl FnMut(&ReportRow),
    ) {
        let retry = rows
            .last()
            .is_some_and(|r| r.outcome == Outcome::RetryLater);
        if retry {
            self.retrying.insert(arrival.path.clone());
        } else {
            self.retrying.remove(&arrival.path);
        }
        self.summary.retry_later = self.retrying.len();
        for row in &rows {
            self.report(row.clone(), on_row);
        }
        // The source may be gone (it stopped with an error): nothing is waiting to hear.
        let _ = self.ended.send(Ended {
            arrival,
            rows,
            kept,
        });
    }

    fn report(&mut self, row: ReportRow, on_row: &mut impl FnMut(&ReportRow)) {
        self.summary.count(&row);
        on_row(&row);
        self.summary.rows.push(row);
    }
}

/// The case an arrival belongs to before anything of it is read: the one its source names (a
/// tree's case folder), else the one in its conventional file name.
pub fn case_known_before_reading(arrival: &Arrival, case_number: &regex::Regex) -> Option<String> {
    arrival
        .hint
        .as_ref()
        .and_then(|h| h.case_number.as_ref().map(|c| c.0.clone()))
        .or_else(|| {
            crate::stages::naming::parse_conventional(&arrival.original_name, case_number)
                .map(|n| n.case_number)
        })
}

/// The report line of one document's end.
fn disposition_row(input: String, d: Disposition, case: &str) -> ReportRow {
    let row = |outcome| ReportRow {
        case_number: case.to_string(),
        ..ReportRow::new(input.clone(), outcome)
    };
    match d {
        Disposition::Stored {
            doc_id,
            folder,
            name,
            retention,
            pages,
            ..
        } => ReportRow {
            folder: folder.to_string(),
            name,
            retention,
            doc_id,
            pages,
            ..row(Outcome::Stored)
        },
        Disposition::Duplicate { of_doc_id } => ReportRow {
            doc_id: of_doc_id,
            detail: "the same bytes are already filed; not stored again".into(),
            ..row(Outcome::Duplicate)
        },
        Disposition::Superseded { by_doc_id } => ReportRow {
            doc_id: by_doc_id,
            detail: "quoted in full by a later e-mail of the thread already filed".into(),
            ..row(Outcome::Superseded)
        },
        Disposition::Quarantined(q) => ReportRow {
            reason: q.reason.code().into(),
            detail: q.detail,
            pages: q.figures,
            ..row(Outcome::Quarantined)
        },
    }
}

/// Puts an arrival in quarantine with its reason and records it; returns false when the file
/// could not be moved (it then stays where it is, to be tried again). The same bytes already in
/// quarantine for the same reason are not kept twice. A source that must not be changed
/// (`release = keep`) has its file copied instead of moved.
fn quarantine_arrival(
    ctx: &Context,
    plan: &Plan,
    arrival: &Arrival,
    q: &Quarantined,
    case_number: Option<&str>,
) -> bool {
    let keep = plan.release() == Release::Keep;
    let already = ctx
        .catalog
        .quarantined_copy(&arrival.original_name, &arrival.sha256, q.reason.code())
        .ok()
        .flatten();
    if let Some(existing) = already.filter(|_| !arrival.sha256.is_empty()) {
        // The same file, for the same reason, is already waiting in quarantine: keep one copy,
        // not one per retry (the bytes are identical, nothing is lost).
        if !keep {
            let _ = std::fs::remove_file(&arrival.path);
        }
        let _ = ctx.catalog.log_contact(
            case_number,
            None,
            "quarantined again",
            &format!(
                "{}: identical to the file already in quarantine (entry {})",
                q.reason.code(),
                existing.id
            ),
        );
        return true;
    }
    let put = if keep {
        quarantine_copy
    } else {
        quarantine_file
    };
    match put(
        &ctx.config.quarantine_dir,
        &arrival.path,
        &arrival.original_name,
        q,
        &arrival.sha256,
        &plan.name,
    ) {
        Ok(to) => {
            let _ = ctx.catalog.insert_quarantine(
                &arrival.original_name,
                &to,
                q.reason.code(),
                &q.detail,
                &q.pages,
                &arrival.sha256,
                &plan.name,
            );
            let _ = ctx.catalog.log_contact(
                case_number,
                None,
                "quarantined",
                &format!("{}: {}", q.reason.code(), q.detail),
            );
            true
        }
        Err(e) => {
            tracing::error!(error = %e, reason = q.reason.code(), "cannot put a file in quarantine; left where it is");
            false
        }
    }
}

/// The crash guard (`crash_guard`), which first counts the files earlier processes died reading;
/// none in a dry run (which writes nothing in the home folder), nor where its folder cannot be
/// made (said, and the run goes on: the guard is a safety net, not a step of filing).
fn open_crash_guard(ctx: &Context, mode: RunMode) -> Option<Arc<CrashGuard>> {
    if mode.dry_run {
        return None;
    }
    match CrashGuard::open(&ctx.config.home, ctx.config.crash_limit) {
        Ok((guard, counted)) => {
            if counted > 0 {
                tracing::warn!(
                    files = counted,
                    limit = ctx.config.crash_limit,
                    "an earlier run stopped while reading files; each is quarantined as crashed once that has happened crash_limit times"
                );
            }
            Some(Arc::new(guard))
        }
        Err(e) => {
            tracing::warn!(error = %e, "cannot keep crash markers; a file that crashes casevault would be read again on each restart");
            None
        }
    }
}

/// Lists the files a killed run moved into quarantine before the catalog heard of them (see
/// `quarantine::unlisted`), so that nothing waits there unseen by `quarantine ls`.
fn list_quarantined_after_crash(ctx: &Context) {
    let listed: HashSet<std::path::PathBuf> = match ctx.catalog.quarantine() {
        Ok(rows) => rows
            .into_iter()
            .flat_map(|r| {
                let p = std::path::PathBuf::from(r.path);
                let canonical = std::fs::canonicalize(&p).ok();
                std::iter::once(p).chain(canonical)
            })
            .collect(),
        Err(e) => {
            tracing::warn!(error = %e, "cannot read the quarantine list; files left in quarantine by an interrupted run are listed next time");
            return;
        }
    };
    let found = match crate::quarantine::unlisted(&ctx.config.quarantine_dir, &listed) {
        Ok(found) => found,
        Err(e) => {
            tracing::warn!(error = %e, "cannot look through the quarantine folder for files an interrupted run left");
            return;
        }
    };
    for f in found {
        let listed = ctx.catalog.insert_quarantine(
            &f.original_name,
            &f.path,
            &f.reason,
            &f.detail,
            &f.pages,
            &f.sha256,
            &f.pipeline,
        );
        match listed {
            Ok(_) => {
                tracing::warn!(reason = %f.reason, "a file an interrupted run put in quarantine is listed now");
                let _ = ctx.catalog.log_contact(
                    None,
                    None,
                    "quarantined",
                    &format!(
                        "{}: {} (found after an interrupted run)",
                        f.reason, f.detail
                    ),
                );
            }
            Err(e) => tracing::warn!(error = %e, "cannot list a file found in quarantine"),
        }
    }
}

/// Why an original was left where it was: another file took its name while it was read.
const REPLACED: &str = "another file was put in its place while it was read (a name reused), so \
                        the file there now is left to be taken on its own";

/// Whether the arrival's path still holds the file that was read (always, for a source that
/// does not say which file it read: a tree, which is never changed).
fn still_there(arrival: &Arrival) -> bool {
    arrival.identity.is_none_or(|id| id.still_at(&arrival.path))
}

/// Releases an original whose document is stored and verified, under the plan's rule, if its
/// path still holds it.
fn release(ctx: &Context, plan: &Plan, arrival: &Arrival) {
    let path = arrival.path.as_path();
    if plan.release() != Release::Keep && !still_there(arrival) {
        tracing::warn!("{REPLACED}");
        return;
    }
    let result = match plan.release() {
        Release::Keep => Ok(()),
        Release::Delete => std::fs::remove_file(path),
        Release::Move => {
            let dir = ctx.config.home.join("returned");
            crate::private_fs::make_private_dir(&dir)
                .and_then(|_| move_file(path, &dir.join(path.file_name().unwrap_or_default())))
        }
    };
    if result.is_ok() && plan.release() != Release::Keep {
        crate::failpoint::hit("release-after-remove");
    }
    if let Err(e) = result {
        if e.kind() != std::io::ErrorKind::NotFound {
            tracing::warn!(error = %e, "cannot release an original after storing it");
        }
    }
}
