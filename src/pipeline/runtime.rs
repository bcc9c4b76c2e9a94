//! Running a pipeline: tasks joined by bounded channels, and acknowledgements back to the source.
//!
//! ```text
//!  source ──jobs──► ocr (blocking pool, one engine per worker) ──► decide ──► sink ──┐
//!    ▲                    │ quarantine                               │ quarantine    │ stored
//!    └──────────────────── acks ◄───────────────────────────────────┴───────────────┘
//! ```
//!
//! Every channel is bounded, so a slow sink fills the channels behind it and the source stops
//! taking files: backpressure, never an unbounded queue. The source also caps the documents in
//! flight, and the ack channel holds that many, so the sink can never block on an acknowledgement
//! while the source blocks on a job (no deadlock). The source alone touches originals: it releases
//! one (deletes it, or moves it to `returned/`) only on an acknowledgement that its document is
//! stored and verified or a duplicate of one that is; it moves it to quarantine on a quarantine
//! acknowledgement; and it leaves it in place when the sink says "retry later" (the store was
//! unreachable). A process killed at any point therefore leaves every original either in the
//! inbox or accounted for, and the catalog's pending rows let the next run finish the job without
//! storing anything twice.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::Utc;
use sha2::{Digest, Sha256};
use tokio::sync::{mpsc, watch, Semaphore};

use super::decide::{decide, NameBook};
use super::ocr_stage::{recognise, OcrPool, Prepare};
use super::Context;
use crate::catalog::DocStatus;
use crate::convert::office::OfficeSettings;
use crate::document::{Arrival, Disposition, QuarantineReason, Quarantined};
use crate::messages::{Ack, Job};
use crate::messages::{Decided, Recognised};
use crate::pipeline::definition::{InputKind, Plan, Release, SourcePlan, WatchMode};
use crate::quarantine::{move_file, quarantine_copy, quarantine_file};
use crate::sources::imap;
use crate::sources::scan_folder::{list, OpenForWriting, Settler, Unfinished, Waiting};
use crate::sources::upload;

/// How one document of a run ended, as its report line says it. What happens next (release
/// the original, tell the IMAP server, answer an upload's client) is decided on this, so it is a
/// type: a misspelt string would quietly match nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum Outcome {
    #[serde(rename = "stored")]
    Stored,
    #[serde(rename = "duplicate")]
    Duplicate,
    #[serde(rename = "superseded")]
    Superseded,
    #[serde(rename = "quarantined")]
    Quarantined,
    #[serde(rename = "retry later")]
    RetryLater,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Stored => "stored",
            Outcome::Duplicate => "duplicate",
            Outcome::Superseded => "superseded",
            Outcome::Quarantined => "quarantined",
            Outcome::RetryLater => "retry later",
        }
    }
}

impl std::fmt::Display for Outcome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One line of the run's report.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ReportRow {
    pub input: String,
    pub outcome: Outcome,
    pub folder: String,
    pub name: String,
    pub retention: String,
    pub doc_id: String,
    pub reason: String,
    pub detail: String,
    /// What the legibility gate measured on each page (empty when it never got that far).
    pub pages: Vec<crate::document::PageLegibility>,
}

impl ReportRow {
    fn new(input: String, outcome: Outcome) -> ReportRow {
        ReportRow {
            input,
            outcome,
            folder: String::new(),
            name: String::new(),
            retention: String::new(),
            doc_id: String::new(),
            reason: String::new(),
            detail: String::new(),
            pages: Vec::new(),
        }
    }
}

/// What a run did.
#[derive(Debug, Default, Clone, serde::Serialize)]
pub struct RunSummary {
    pub rows: Vec<ReportRow>,
    pub stored: usize,
    pub duplicates: usize,
    pub quarantined: usize,
    /// E-mails recorded as superseded by a later message of their thread (not filed twice).
    pub superseded: usize,
    pub retry_later: usize,
    pub unreadable: usize,
}

/// Options of one run.
#[derive(Debug, Clone)]
pub struct RunOptions {
    /// Process what is in the inbox, then return.
    pub once: bool,
}

/// Runs `plan` until the inbox is done (`once`) or `shutdown` turns true.
pub async fn run(
    plan: Plan,
    ctx: Arc<Context>,
    opts: RunOptions,
    mut shutdown: watch::Receiver<bool>,
    mut on_row: impl FnMut(&ReportRow),
) -> Result<RunSummary, RunError> {
    // Long on purpose, for now: the source loop (list, settle, read, de-duplicate, dispatch,
    // wait) and the stage tasks share the channels and the in-flight book, and reading them in
    // one place is how the backpressure and release rules above can be checked. Splitting the
    // folder source out as a task of its own is issue 11 point 2 (sources as the seam).
    let Some(folder) = plan.folder().cloned() else {
        return Err(RunError::NoFolder(plan.name.clone()));
    };
    std::fs::create_dir_all(&folder.inbox).map_err(|source| RunError::Inbox {
        path: folder.inbox.clone(),
        source,
    })?;
    let cap = ctx.config.channel_capacity;
    let workers = ctx.config.concurrency.max(1);
    let max_in_flight = workers + 3 * cap;

    // An IMAP pipeline: the mailbox is spooled into the inbox folder by its own task, which
    // moves each message on the server once told how it ended. It is stopped only after the
    // last outcome is sent, so none is lost on the way out.
    let mut imap = match &plan.source {
        SourcePlan::Imap { imap: p, .. } => Some(start_imap(
            p,
            &folder.inbox,
            max_in_flight,
            ctx.config.max_file_bytes,
        )?),
        _ => None,
    };
    if let Some(im) = imap.as_mut() {
        // Process what is in the mailbox now (`once`), or at least find out at once whether the
        // server takes us: wait for the first pass over the mailbox.
        let mut synced = im.synced.clone();
        while *synced.borrow() == 0 {
            tokio::select! {
                r = synced.changed() => if r.is_err() { return Err(imap_failure(&mut im.task).await) },
                _ = shutdown.changed() => break,
            }
        }
    }

    // An upload pipeline: the HTTP server spools each upload into the inbox folder before it
    // answers 202; the loop below files it from there. `--once` files what is spooled and does
    // not listen.
    let mut uploads = match &plan.source {
        SourcePlan::Upload { upload: u, .. } if !opts.once => {
            let settings = upload::UploadSettings {
                pipeline: plan.name.clone(),
                listen: u.listen,
                token_sha256: u.token_sha256.clone(),
                max_bytes: u.max_bytes.unwrap_or(ctx.config.max_file_bytes),
                spool: folder.inbox.clone(),
            };
            let server = upload::start(settings, shutdown.clone())
                .await
                .map_err(|e| RunError::Upload(e.to_string()))?;
            Some(tokio::spawn(server))
        }
        _ => None,
    };

    let (job_tx, mut job_rx) = mpsc::channel::<Job>(cap);
    let (rec_tx, mut rec_rx) = mpsc::channel::<Recognised>(cap);
    let (sink_tx, mut sink_rx) = mpsc::channel::<Decided>(cap);
    let (ack_tx, mut ack_rx) = mpsc::channel::<Ack>(max_in_flight + 1);

    // OCR: at most `workers` recognitions at once, each on the blocking pool with its own engine.
    let pool = Arc::new(OcrPool::new(&plan.languages, &ctx.config.legibility));
    let prep = Arc::new(Prepare {
        input: plan.input(),
        office: OfficeSettings {
            soffice: ctx.config.office.soffice.clone(),
            timeout: Duration::from_secs(ctx.config.office.timeout_s.max(1)),
        },
    });
    let ocr_task = {
        let ack_tx = ack_tx.clone();
        let sem = Arc::new(Semaphore::new(workers));
        tokio::spawn(async move {
            let mut handles = Vec::new();
            while let Some(job) = job_rx.recv().await {
                let permit = sem.clone().acquire_owned().await.expect("semaphore open");
                let (pool, prep, rec_tx, ack_tx) =
                    (pool.clone(), prep.clone(), rec_tx.clone(), ack_tx.clone());
                handles.push(tokio::task::spawn_blocking(move || {
                    let arrival = job.arrival.clone();
                    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        recognise(&pool, &prep, job)
                    }));
                    drop(permit);
                    let rec = result.unwrap_or_else(|_| {
                        Recognised::Quarantine(
                            arrival,
                            Quarantined::new(
                                QuarantineReason::Corrupt,
                                "the file could not be processed (internal error while reading it)",
                            ),
                        )
                    });
                    match rec {
                        Recognised::Quarantine(arrival, q) => {
                            let _ = ack_tx.blocking_send(Ack::Done {
                                arrival,
                                disposition: Disposition::Quarantined(q),
                                case_number: None,
                                also: Vec::new(),
                            });
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

    // Decide: case, folder, name, retention. Cheap, so one task, in arrival order.
    let decide_task = {
        let ctx = ctx.clone();
        let ack_tx = ack_tx.clone();
        let plan = plan.clone();
        tokio::spawn(async move {
            let mut names = NameBook::default();
            while let Some(rec) = rec_rx.recv().await {
                match decide(&ctx, &plan, rec, &mut names) {
                    Ok(d) => {
                        if sink_tx.send(d).await.is_err() {
                            break;
                        }
                    }
                    Err(ack) => {
                        let _ = ack_tx.send(*ack).await;
                    }
                }
            }
        })
    };

    // Sink: seal, store, read back, verify, record; then acknowledge.
    let sink_task = {
        let ctx = ctx.clone();
        let ack_tx = ack_tx.clone();
        tokio::spawn(async move {
            while let Some(d) = sink_rx.recv().await {
                let ack = ctx.sink.file(&ctx.catalog, d).await;
                let _ = ack_tx.send(ack).await;
            }
        })
    };
    drop(ack_tx);

    // The source.
    let mut book = Book {
        imap_outcomes: imap.as_ref().map(|i| i.outcomes.clone()),
        ..Book::default()
    };
    let mut settler = Settler::new(folder.settle, folder.unfinished_wait);
    // Settled files waiting for their writer, as the last listing found them.
    let mut waiting_for_writer: Vec<Waiting> = Vec::new();
    let mut reported_errors: HashSet<PathBuf> = HashSet::new();
    let retry_after = Duration::from_secs(30);
    let (wake_tx, mut wake_rx) = mpsc::channel::<()>(1);
    let open_for_writing = Arc::new(OpenForWriting::new(&folder.inbox));
    let _watcher = match folder.watch {
        WatchMode::Notify if !opts.once => {
            watch_folder(&folder.inbox, wake_tx.clone(), open_for_writing.clone())
        }
        _ => None,
    };
    let mut job_tx = Some(job_tx);

    loop {
        while let Ok(ack) = ack_rx.try_recv() {
            handle_ack(&ctx, &plan, ack, &mut book, &mut on_row);
        }
        let stopping = *shutdown.borrow();
        let mut deferred = 0usize;
        let mut waiting_to_settle = false;
        if !stopping {
            let (listing, errors) = list(&folder.inbox);
            for (path, err) in errors {
                if reported_errors.insert(path.clone()) {
                    book.summary.unreadable += 1;
                    tracing::warn!(error = %err, "an inbox entry cannot be read; skipped");
                }
            }
            let now = Instant::now();
            book.given_up
                .retain(|_, at| opts.once || now.duration_since(*at) <= retry_after);
            let pass = settler.update(&listing, now, |p| {
                open_for_writing.is_open(p, &folder.inbox)
            });
            for w in pass.waiting.iter().filter(|w| w.first && !opts.once) {
                tracing::info!(
                    why = %w.why.describe(),
                    unchanged_s = w.quiet_for.as_secs(),
                    wait_s = folder.unfinished_wait.as_secs(),
                    "a file is not finished; waiting for its writer"
                );
            }
            // A batch run does not wait for writers: it leaves their files for the next run.
            waiting_to_settle = pass.settling > 0 || (!opts.once && !pass.waiting.is_empty());
            waiting_for_writer = pass.waiting;
            let overdue = pass.overdue;
            let ready = pass.ready;
            let ready = if plan.input() == InputKind::Email {
                let listed: HashSet<&PathBuf> = ready.iter().collect();
                book.peeked.retain(|p, _| listed.contains(p));
                newest_first(ready, &mut book.peeked)
            } else {
                ready.into_iter().map(|p| (p, None)).collect()
            };
            for (path, thread) in ready {
                if book.in_flight.contains_key(&path) || book.given_up.contains_key(&path) {
                    continue;
                }
                if thread
                    .as_ref()
                    .is_some_and(|t| book.busy_threads.contains(t))
                {
                    // Another message of the thread is on its way: this one is decided after
                    // it is stored, so that a message it quotes is recognised as superseded.
                    deferred += 1;
                    continue;
                }
                if book.in_flight.len() >= max_in_flight {
                    deferred += 1;
                    continue;
                }
                let job = match read_arrival(&ctx, &plan, &path) {
                    Ok(job) => job,
                    Err(ReadOutcome::Unreadable(why)) => {
                        if reported_errors.insert(path.clone()) {
                            book.summary.unreadable += 1;
                            tracing::warn!(error = %why, "an inbox file cannot be read; left in place");
                        }
                        book.given_up.insert(path, Instant::now());
                        continue;
                    }
                    Err(ReadOutcome::Ack(ack)) => {
                        handle_ack(&ctx, &plan, *ack, &mut book, &mut on_row);
                        continue;
                    }
                };
                if book.in_flight_sha.contains(&job.arrival.sha256) {
                    // The same bytes are already on their way: decide this one after that one
                    // is stored, so it is recognised as a duplicate, never stored twice.
                    deferred += 1;
                    continue;
                }
                if let Some(why) = overdue.get(&path) {
                    tracing::warn!(
                        why = %why.describe(),
                        wait_s = folder.unfinished_wait.as_secs(),
                        "a file was not finished by its writer within the wait; taken as it is"
                    );
                    book.overdue.insert(path.clone(), *why);
                }
                book.in_flight
                    .insert(path.clone(), job.arrival.sha256.clone());
                book.in_flight_sha.insert(job.arrival.sha256.clone());
                if let Some(t) = thread {
                    book.busy_threads.insert(t.clone());
                    book.thread_of.insert(path.clone(), t);
                }
                let tx = job_tx.as_ref().expect("source open");
                if tx.send(job).await.is_err() {
                    return Err(RunError::StageStopped);
                }
            }
        }
        if let Some(im) = imap.as_mut().filter(|im| im.task.is_finished()) {
            // The server refused us for good (after a first success it always reconnects).
            return Err(imap_failure(&mut im.task).await);
        }
        if let Some(server) = uploads.as_mut().filter(|s| s.is_finished() && !stopping) {
            return Err(match server.await {
                Ok(Err(e)) => RunError::Upload(e.to_string()),
                _ => RunError::Upload("the upload server stopped".into()),
            });
        }
        let nothing_left = book.in_flight.is_empty() && deferred == 0 && !waiting_to_settle;
        if (opts.once || stopping) && (nothing_left || (stopping && book.in_flight.is_empty())) {
            break;
        }
        // Wait for something to happen: an ack, a file-system event, a poll tick, a file
        // settling (its last change makes no event when it is `settle` old), shutdown.
        let tick = settler
            .next_ready_in(Instant::now())
            .unwrap_or(folder.poll_interval)
            .max(Duration::from_millis(50))
            .min(folder.poll_interval);
        tokio::select! {
            ack = ack_rx.recv() => match ack {
                Some(ack) => handle_ack(&ctx, &plan, ack, &mut book, &mut on_row),
                None => return Err(RunError::StageStopped),
            },
            _ = wake_rx.recv() => {}
            _ = tokio::time::sleep(tick) => {}
            _ = shutdown.changed() => {}
        }
    }
    job_tx.take();
    let _ = ocr_task.await;
    let _ = decide_task.await;
    let _ = sink_task.await;
    while let Some(ack) = ack_rx.recv().await {
        handle_ack(&ctx, &plan, ack, &mut book, &mut on_row);
    }
    if opts.once {
        leave_for_writers(&plan, waiting_for_writer, &mut book, &mut on_row);
    }
    if let Some(server) = uploads {
        // Stopped with the shutdown signal; uploads already answered 202 are in the spool.
        let _ = tokio::time::timeout(Duration::from_secs(10), server).await;
    }
    if let Some(im) = imap {
        book.imap_outcomes.take();
        let _ = im.stop.send(true);
        drop(im.outcomes);
        match tokio::time::timeout(Duration::from_secs(60), im.task).await {
            Ok(Ok(Err(e))) => tracing::warn!(error = %e, "IMAP source stopped with an error"),
            Ok(_) => {}
            Err(_) => tracing::warn!("IMAP source did not stop within 60 s; the messages whose outcome was not applied stay in the mailbox and are handled by the next run"),
        }
    }
    Ok(book.summary)
}

/// Reports the files a batch run leaves in the inbox because their writer has not finished
/// them: "retry later", so that the next run, not a person, takes them.
fn leave_for_writers(
    plan: &Plan,
    waiting: Vec<Waiting>,
    book: &mut Book,
    on_row: &mut impl FnMut(&ReportRow),
) {
    for w in waiting {
        if book.in_flight.contains_key(&w.path) || !w.path.exists() {
            continue;
        }
        book.retrying.insert(w.path.clone());
        book.summary.retry_later = book.retrying.len();
        let input = w
            .path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let row = ReportRow {
            detail: format!(
                "not finished: {}, and it changed {} s ago; left in the inbox for its writer \
                 (a run after {} s without a change takes it as it is)",
                w.why.describe(),
                w.quiet_for.as_secs(),
                unfinished_wait(plan).as_secs()
            ),
            ..ReportRow::new(input, Outcome::RetryLater)
        };
        on_row(&row);
        book.summary.rows.push(row);
    }
}

/// A running IMAP source task.
struct ImapRun {
    outcomes: mpsc::Sender<imap::OutcomeMsg>,
    stop: watch::Sender<bool>,
    synced: watch::Receiver<u64>,
    task: tokio::task::JoinHandle<Result<(), imap::ImapError>>,
}

async fn imap_failure(task: &mut tokio::task::JoinHandle<Result<(), imap::ImapError>>) -> RunError {
    match task.await {
        Ok(Err(e)) => RunError::Imap(e.to_string()),
        _ => RunError::ImapStopped,
    }
}

fn start_imap(
    p: &crate::pipeline::definition::ImapPlan,
    spool: &Path,
    max_in_flight: usize,
    max_message_bytes: u64,
) -> Result<ImapRun, RunError> {
    let endpoint = p
        .endpoint
        .as_ref()
        .ok_or_else(|| RunError::Imap(format!("no server for the account {:?}", p.account)))?;
    let password = std::env::var(&endpoint.password_env)
        .map_err(|_| RunError::ImapPassword(endpoint.password_env.clone()))?;
    let settings = imap::ImapSettings {
        host: endpoint.host.clone(),
        port: endpoint.port,
        user: endpoint.user.clone(),
        password: secrecy::SecretString::from(password),
        mailbox: p.mailbox.clone(),
        processed: p.processed.clone(),
        quarantine: p.quarantine.clone(),
        poll_interval: p.poll_interval,
        idle: p.idle,
        reconnect_backoff_max: Duration::from_secs(30),
        max_message_bytes,
    };
    let (outcomes, rx) = mpsc::channel(2 * max_in_flight + 16);
    let (stop, stop_rx) = watch::channel(false);
    let (synced_tx, synced) = watch::channel(0u64);
    let task = tokio::spawn(imap::run_imap_synced(
        settings,
        spool.to_path_buf(),
        rx,
        stop_rx,
        synced_tx,
    ));
    Ok(ImapRun {
        outcomes,
        stop,
        synced,
        task,
    })
}

enum ReadOutcome {
    Unreadable(String),
    Ack(Box<Ack>),
}

/// Reads a settled file once and hashes it; a stored duplicate is acknowledged at once.
fn read_arrival(ctx: &Context, plan: &Plan, path: &Path) -> Result<Job, ReadOutcome> {
    let original_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let meta = std::fs::metadata(path).map_err(|e| ReadOutcome::Unreadable(e.to_string()))?;
    let mut arrival = Arrival {
        path: path.to_path_buf(),
        original_name,
        sha256: String::new(),
        size: meta.len(),
        received_at: Utc::now(),
        pipeline: plan.name.clone(),
        hint: None,
    };
    if meta.len() > ctx.config.max_file_bytes {
        return Err(ReadOutcome::Ack(Box::new(Ack::Done {
            arrival,
            disposition: Disposition::Quarantined(Quarantined::too_large(
                meta.len(),
                ctx.config.max_file_bytes,
            )),
            case_number: None,
            also: Vec::new(),
        })));
    }
    let bytes = std::fs::read(path).map_err(|e| ReadOutcome::Unreadable(e.to_string()))?;
    arrival.size = bytes.len() as u64;
    arrival.sha256 = hex::encode(Sha256::digest(&bytes).as_slice());
    match ctx.catalog.document_by_sha(&arrival.sha256) {
        Ok(Some(row)) if row.status == DocStatus::Stored => {
            return Err(ReadOutcome::Ack(Box::new(Ack::Done {
                arrival,
                disposition: Disposition::Duplicate { of_doc_id: row.id },
                case_number: Some(row.case_number),
                also: Vec::new(),
            })))
        }
        Ok(_) => {}
        Err(e) => return Err(ReadOutcome::Unreadable(format!("catalog: {e}"))),
    }
    Ok(Job { arrival, bytes })
}

/// What the source keeps track of while it runs.
#[derive(Default)]
struct Book {
    /// Originals on their way through the stages, with their SHA-256.
    in_flight: HashMap<PathBuf, String>,
    /// The SHA-256 of everything in flight (the same bytes are never in flight twice).
    in_flight_sha: HashSet<String>,
    /// Originals left in place for now (unreadable, or the store was unreachable), and when.
    given_up: HashMap<PathBuf, Instant>,
    /// Originals whose last attempt ended "retry later" and that have not been filed since: the
    /// summary's "to retry" is their number, not the number of attempts (a file that waited
    /// once and was then stored is not still to retry).
    retrying: HashSet<PathBuf>,
    /// Originals taken although their writer never finished them (the wait for it is over), and
    /// what was missing: a quarantine as corrupt says so.
    overdue: HashMap<PathBuf, Unfinished>,
    /// E-mail threads with a message in flight, and which original belongs to which.
    busy_threads: HashSet<String>,
    thread_of: HashMap<PathBuf, String>,
    /// For an IMAP pipeline: where to say how each spooled message ended.
    imap_outcomes: Option<mpsc::Sender<imap::OutcomeMsg>>,
    peeked: Peeked,
    summary: RunSummary,
}

/// What [`newest_first`] read of each settled e-mail (a settled file does not change; a
/// backlog is not read again on every pass).
type Peeked = HashMap<PathBuf, (i64, Option<String>)>;

/// Orders ready e-mails newest first by their Date header, with each one's thread. Newest first
/// because the latest message of a thread is the one that holds the rest (policy 001 §4.7):
/// filed first, it lets the earlier ones be recognised as superseded instead of filed twice.
/// Only the header block is read.
fn newest_first(ready: Vec<PathBuf>, peeked: &mut Peeked) -> Vec<(PathBuf, Option<String>)> {
    use std::io::Read;
    let mut keyed: Vec<(i64, PathBuf, Option<String>)> = ready
        .into_iter()
        .map(|p| {
            let (sent, thread) = peeked
                .entry(p.clone())
                .or_insert_with(|| {
                    let mut head = Vec::new();
                    let peek = std::fs::File::open(&p)
                        .and_then(|f| f.take(256 * 1024).read_to_end(&mut head))
                        .ok()
                        .and_then(|_| crate::mail::peek_thread(&head));
                    match peek {
                        Some((key, sent)) => (sent, Some(key).filter(|k| !k.is_empty())),
                        None => (0, None),
                    }
                })
                .clone();
            (sent, p, thread)
        })
        .collect();
    keyed.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    keyed.into_iter().map(|(_, p, t)| (p, t)).collect()
}

/// Ends one document: releases, quarantines or keeps its original, and reports it.
fn handle_ack(
    ctx: &Context,
    plan: &Plan,
    ack: Ack,
    book: &mut Book,
    on_row: &mut impl FnMut(&ReportRow),
) {
    // Long on purpose: one arm per way an arrival can end, each with what it does to the
    // original (release, quarantine, keep) beside the report line it writes, so that the rule
    // "the original is touched only on an acknowledgement" can be read in one place.
    let Book {
        in_flight,
        in_flight_sha,
        given_up,
        busy_threads,
        thread_of,
        imap_outcomes,
        summary,
        retrying,
        overdue,
        ..
    } = book;
    let arrival = match &ack {
        Ack::Done { arrival, .. } | Ack::RetryLater { arrival, .. } => arrival.clone(),
    };
    let unfinished = overdue.remove(&arrival.path);
    if matches!(ack, Ack::Done { .. }) && retrying.remove(&arrival.path) {
        summary.retry_later = retrying.len();
    }
    if let Some(sha) = in_flight.remove(&arrival.path) {
        in_flight_sha.remove(&sha);
    }
    if let Some(t) = thread_of.remove(&arrival.path) {
        busy_threads.remove(&t);
    }
    let input = arrival.original_name.clone();
    let row = match ack {
        Ack::RetryLater { why, .. } => {
            retrying.insert(arrival.path.clone());
            summary.retry_later = retrying.len();
            given_up.insert(arrival.path.clone(), Instant::now());
            ReportRow {
                detail: why,
                ..ReportRow::new(input, Outcome::RetryLater)
            }
        }
        Ack::Done {
            disposition,
            case_number,
            also,
            ..
        } => {
            for (part, d) in also {
                let input = format!("{} / {part}", arrival.original_name);
                let r = match d {
                    Disposition::Stored {
                        doc_id,
                        folder,
                        name,
                        retention,
                        pages,
                        ..
                    } => {
                        summary.stored += 1;
                        ReportRow {
                            folder: folder.to_string(),
                            name,
                            retention,
                            doc_id,
                            pages,
                            ..ReportRow::new(input, Outcome::Stored)
                        }
                    }
                    Disposition::Duplicate { of_doc_id } => {
                        summary.duplicates += 1;
                        ReportRow {
                            doc_id: of_doc_id,
                            ..ReportRow::new(input, Outcome::Duplicate)
                        }
                    }
                    _ => continue,
                };
                on_row(&r);
                summary.rows.push(r);
            }
            match disposition {
                Disposition::Stored {
                    doc_id,
                    folder,
                    name,
                    retention,
                    pages,
                    ..
                } => {
                    summary.stored += 1;
                    release(ctx, plan, &arrival.path);
                    ReportRow {
                        folder: folder.to_string(),
                        name,
                        retention,
                        doc_id,
                        pages,
                        ..ReportRow::new(input, Outcome::Stored)
                    }
                }
                Disposition::Superseded { by_doc_id } => {
                    summary.superseded += 1;
                    release(ctx, plan, &arrival.path);
                    ReportRow {
                        doc_id: by_doc_id,
                        detail: "quoted in full by a later e-mail of the thread already filed"
                            .into(),
                        ..ReportRow::new(input, Outcome::Superseded)
                    }
                }
                Disposition::Duplicate { of_doc_id } => {
                    summary.duplicates += 1;
                    let _ = ctx.catalog.log_contact(
                        case_number.as_deref(),
                        Some(&of_doc_id),
                        "duplicate received",
                        &format!("same bytes as document {of_doc_id}; not stored again"),
                    );
                    release(ctx, plan, &arrival.path);
                    ReportRow {
                        doc_id: of_doc_id,
                        ..ReportRow::new(input, Outcome::Duplicate)
                    }
                }
                Disposition::Quarantined(mut q) => {
                    summary.quarantined += 1;
                    if let Some(why) = unfinished.filter(|_| q.reason == QuarantineReason::Corrupt)
                    {
                        q.detail = format!(
                            "{} ({}, and it had not changed for over {} s: \
                             its writer never finished it)",
                            q.detail,
                            why.describe(),
                            unfinished_wait(plan).as_secs()
                        );
                    }
                    if !quarantine_arrival(ctx, plan, &arrival, &q, case_number.as_deref()) {
                        given_up.insert(arrival.path.clone(), Instant::now());
                    }
                    tracing::info!(reason = q.reason.code(), "quarantined");
                    ReportRow {
                        reason: q.reason.code().into(),
                        detail: q.detail,
                        pages: q.figures,
                        ..ReportRow::new(input, Outcome::Quarantined)
                    }
                }
            }
        }
    };
    // The original stays where it was: a quarantine that could not move it, or a retry.
    let kept = given_up.contains_key(&arrival.path);
    tell_the_source(plan, imap_outcomes.as_ref(), &arrival, &row, kept);
    on_row(&row);
    summary.rows.push(row);
}

/// Tells a source that answers to someone how an arrival ended: the IMAP source moves the
/// message on the server, the upload source records what `GET /v1/inbox/{id}` answers. `kept`:
/// the original is still in the spool (a retry, or a quarantine that could not move it).
fn tell_the_source(
    plan: &Plan,
    imap_outcomes: Option<&mpsc::Sender<imap::OutcomeMsg>>,
    arrival: &Arrival,
    row: &ReportRow,
    kept: bool,
) {
    if let Some(tx) = imap_outcomes {
        let outcome = match row.outcome {
            Outcome::Stored | Outcome::Duplicate | Outcome::Superseded => {
                Some(imap::Outcome::Processed)
            }
            Outcome::Quarantined if !kept => Some(imap::Outcome::Quarantined {
                reason: format!("{}: {}", row.reason, row.detail),
            }),
            Outcome::Quarantined | Outcome::RetryLater => None,
        };
        if let Some(outcome) = outcome {
            // Bounded by twice the documents in flight: never full while the task runs.
            if tx
                .try_send(imap::OutcomeMsg {
                    spool_name: arrival.original_name.clone(),
                    outcome,
                })
                .is_err()
            {
                tracing::warn!("IMAP outcome not delivered; the message stays in the mailbox and is handled by the next run");
            }
        }
    }
    if let SourcePlan::Upload { spool, .. } = &plan.source {
        let status = match row.outcome {
            Outcome::Stored => "filed",
            Outcome::Quarantined | Outcome::RetryLater if kept => "waiting",
            other => other.as_str(),
        };
        upload::record_outcome(
            &spool.inbox,
            &arrival.path,
            &upload::UploadOutcome {
                status,
                folder: &row.folder,
                name: &row.name,
                doc_id: &row.doc_id,
                reason: &row.reason,
                detail: &row.detail,
            },
        );
    }
}

/// Puts an arrival in quarantine with its reason and records it; returns false when the file
/// could not be moved (it then stays where it is, to be tried again). The same bytes already in
/// quarantine for the same reason are not kept twice. A source that must not be changed
/// (`release = keep`) has its file copied instead of moved.
pub(crate) fn quarantine_arrival(
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

/// How long an unfinished file waits for its writer in this pipeline's folder.
fn unfinished_wait(plan: &Plan) -> Duration {
    plan.folder().map_or(Duration::ZERO, |f| f.unfinished_wait)
}

/// Releases an original whose document is stored and verified.
fn release(ctx: &Context, plan: &Plan, path: &Path) {
    let result = match plan.release() {
        Release::Keep => Ok(()),
        Release::Delete => std::fs::remove_file(path),
        Release::Move => {
            let dir = ctx.config.home.join("returned");
            std::fs::create_dir_all(&dir)
                .and_then(|_| move_file(path, &dir.join(path.file_name().unwrap_or_default())))
        }
    };
    if let Err(e) = result {
        if e.kind() != std::io::ErrorKind::NotFound {
            tracing::warn!(error = %e, "cannot release an original after storing it");
        }
    }
}

/// Watches the inbox for changes; events only wake the loop, the listing is the truth. They
/// also tell `open_for_writing` which files a writer here still has open (a reason to wait).
///
/// Where notifications cannot work (a network share, inotify limits reached) the loop's own poll
/// still finds every file: notifications only make it sooner. `CASEVAULT_NOTIFY=off` makes
/// casevault behave as if they were unavailable, which is how that path is tested and how an
/// operator can rule them out when a share delivers them wrongly.
fn watch_folder(
    inbox: &Path,
    wake: mpsc::Sender<()>,
    open_for_writing: Arc<OpenForWriting>,
) -> Option<notify::RecommendedWatcher> {
    use notify::{RecursiveMode, Watcher};
    if std::env::var("CASEVAULT_NOTIFY").is_ok_and(|v| v.eq_ignore_ascii_case("off")) {
        tracing::warn!("file-system notifications unavailable (CASEVAULT_NOTIFY=off); polling");
        return None;
    }
    let mut w = notify::recommended_watcher(move |res: notify::Result<notify::Event>| {
        open_for_writing.observe(res.as_ref());
        if res.as_ref().map_or(true, |event| wakes(&event.kind)) {
            let _ = wake.try_send(());
        }
    })
    .map_err(|e| tracing::warn!(error = %e, "file-system notifications unavailable; polling"))
    .ok()?;
    w.watch(inbox, RecursiveMode::Recursive)
        .map_err(|e| tracing::warn!(error = %e, "cannot watch the inbox; polling"))
        .ok()?;
    Some(w)
}

/// Whether a file-system event can mean a file arrived, grew, finished or left. Opening,
/// reading and closing without writing cannot, and the loop's own listing and reading cause
/// exactly those: waking on them made an idle watcher list its empty inbox over a thousand
/// times a second, keeping a core busy. A writer closing its file does wake the loop (the file
/// may be complete); so do errors and events notify cannot classify (a rescan is safe).
fn wakes(kind: &notify::EventKind) -> bool {
    use notify::event::{AccessKind, AccessMode};
    match kind {
        notify::EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        notify::EventKind::Access(_) => false,
        _ => true,
    }
}

/// Errors that stop a run (a document's own problems never do).
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    #[error("cannot use inbox {path}: {source}")]
    Inbox {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("a pipeline stage stopped unexpectedly; see the log above")]
    StageStopped,
    #[error("the IMAP password must be in the environment variable {0} (it is never read from a file in pipelines/)")]
    ImapPassword(String),
    #[error("the IMAP source stopped; see the log above")]
    ImapStopped,
    #[error("IMAP: {0}")]
    Imap(String),
    #[error("pipeline {0} does not file from a folder (a tree is imported with import-tree)")]
    NoFolder(String),
    #[error("HTTP upload source: {0}")]
    Upload(String),
}
