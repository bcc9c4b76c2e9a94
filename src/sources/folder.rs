//! A watched folder as a source: a scanning station's inbox, an e-mail drop folder, and the
//! spools the IMAP and upload sources write into.
//!
//! It lists the folder (woken by file-system events, with a poll as a safety net), takes a file
//! only once it has settled and its writer has finished it (see [`super::scan_folder`]), reads
//! it once, hashes it once and emits it. E-mails are emitted newest first, one message of a
//! thread at a time, so that a message quoted in full by a later one is recognised as
//! superseded rather than filed twice. An IMAP or upload source runs beside it as its
//! companion, and hears from it how each spooled file ended (the message is then moved on the
//! server; the client's `GET` is answered).

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::Utc;
use tokio::sync::{mpsc, watch};

use super::imap;
use super::s3_inbox;
use super::scan_folder::{list, OpenForWriting, Settler, Waiting};
use super::upload;
use crate::content::Content;
use crate::document::{Arrival, FileIdentity};
use crate::messages::Job;
use crate::pipeline::definition::{
    FolderPlan, ImapPlan, InboxPlan, InputKind, Plan, SourcePlan, UploadPlan, WatchMode,
};
use crate::pipeline::topology::{Emitted, Ended, Source, SourceIo};
use crate::pipeline::{Context, Outcome, ReportRow, RunError};

/// Options of one run of a folder.
#[derive(Debug, Clone)]
pub struct RunOptions {
    /// Process what is in the folder, then return.
    pub once: bool,
}

/// A folder source, built from a plan.
pub struct FolderSource {
    pipeline: String,
    folder: FolderPlan,
    email: bool,
    imap: Option<ImapPlan>,
    upload: Option<UploadPlan>,
    /// A shared object-store inbox: its plan, how to reach its store, and the catalog whose
    /// work queue the workers share.
    inbox: Option<(
        InboxPlan,
        crate::store::StoreOptions,
        Arc<crate::catalog::Catalog>,
    )>,
    /// The catalog, whose leases the workers running this pipeline share.
    catalog: Arc<crate::catalog::Catalog>,
    max_file_bytes: u64,
    /// Files larger than this are read from a private copy on disk, not into memory
    /// (`in_flight_mib`: see `crate::content`).
    keep_in_memory: u64,
    once: bool,
}

impl FolderSource {
    /// The source of a plan that files from a folder (every kind but a tree).
    pub fn new(plan: &Plan, ctx: &Context, opts: &RunOptions) -> Result<FolderSource, RunError> {
        let folder = plan
            .folder()
            .cloned()
            .ok_or_else(|| RunError::NotAFolder(plan.name.clone()))?;
        let (imap, upload) = match &plan.source {
            SourcePlan::Imap { imap, .. } => (Some(imap.clone()), None),
            SourcePlan::Upload { upload, .. } => (None, Some(upload.clone())),
            _ => (None, None),
        };
        Ok(FolderSource {
            pipeline: plan.name.clone(),
            folder,
            email: plan.input() == InputKind::Email,
            imap,
            upload,
            inbox: match &plan.source {
                SourcePlan::S3Inbox { inbox, .. } => Some((
                    inbox.clone(),
                    crate::sink::s3_settings(&ctx.config).into(),
                    ctx.catalog.clone(),
                )),
                _ => None,
            },
            catalog: ctx.catalog.clone(),
            max_file_bytes: ctx.config.max_file_bytes,
            keep_in_memory: ctx.config.in_flight_bytes,
            once: opts.once,
        })
    }
}

/// What the folder source keeps track of while it runs.
#[derive(Default)]
struct Book {
    /// Originals emitted and not yet ended.
    in_flight: HashSet<PathBuf>,
    /// Originals left in place for now (unreadable, or to retry), and when.
    given_up: HashMap<PathBuf, Instant>,
    /// Entries already reported as unreadable (each is counted once).
    reported: HashSet<PathBuf>,
    /// E-mail threads with a message in flight, and which original belongs to which.
    busy_threads: HashSet<String>,
    thread_of: HashMap<PathBuf, String>,
    peeked: Peeked,
}

impl Book {
    fn ended(&mut self, e: &Ended) {
        self.in_flight.remove(&e.arrival.path);
        if let Some(t) = self.thread_of.remove(&e.arrival.path) {
            self.busy_threads.remove(&t);
        }
        if e.kept {
            self.given_up.insert(e.arrival.path.clone(), Instant::now());
        }
    }
}

/// What runs beside the folder and answers to someone.
enum Companion {
    None,
    Imap(ImapRun),
    /// An upload spool: its server (none when the spool is filed `--once`, which still
    /// answers the clients' `GET`s).
    Upload {
        server: Option<tokio::task::JoinHandle<Result<(), upload::UploadError>>>,
    },
    SharedInbox(s3_inbox::InboxRun),
}

impl Source for FolderSource {
    type Output = ();

    fn watching(&self) -> bool {
        !self.once
    }

    async fn run(self, mut io: SourceIo) -> Result<(), RunError> {
        // Long on purpose: the loop (list, settle, read, dispatch, wait) shares its book with
        // the ends it hears, and reading them in one place is how "taken once, emitted once,
        // retried only after a pause" can be checked.
        let f = &self.folder;
        // A spool inbox casevault makes is its own (0700); a folder that is there is left as is.
        crate::private_fs::create_private_dir_all(&f.inbox).map_err(|source| RunError::Inbox {
            path: f.inbox.clone(),
            source,
        })?;
        let mut companion = self.start_companion(&mut io).await?;
        // A folder several workers share: files are claimed by rename before they are read.
        let mut shared = match f.shared {
            Some(lease) => Some(
                super::shared_folder::SharedFolder::start(&f.inbox, self.catalog.clone(), lease)
                    .await
                    .map_err(RunError::SharedInbox)?,
            ),
            None => None,
        };
        let mut book = Book::default();
        let mut settler = Settler::new(f.settle, f.unfinished_wait);
        // Settled files waiting for their writer, as the last listing found them.
        let mut waiting_for_writer: Vec<Waiting> = Vec::new();
        let retry_after = Duration::from_secs(30);
        let (wake_tx, mut wake_rx) = mpsc::channel::<()>(1);
        let open_for_writing = Arc::new(OpenForWriting::new(&f.inbox));
        let _watcher = match f.watch {
            WatchMode::Notify if !self.once => {
                watch_folder(&f.inbox, wake_tx.clone(), open_for_writing.clone())
            }
            _ => None,
        };
        let mut shutdown = io.shutdown.clone();
        loop {
            while let Ok(e) = io.ended.try_recv() {
                book.ended(&e);
                companion.tell(f, &e);
            }
            let stopping = *shutdown.borrow();
            let mut deferred = 0usize;
            let mut waiting_to_settle = false;
            // Other workers of a shared folder hold files (and may stop before filing them).
            let mut others_hold = false;
            if !stopping {
                let (listing, errors) = list(&f.inbox);
                for (path, err) in errors {
                    // Listed, then gone before it could be looked at: released or quarantined
                    // by the topology meanwhile (it runs beside this loop), or taken away by a
                    // person. Nothing to read and nothing lost.
                    let gone = std::fs::symlink_metadata(&path)
                        .is_err_and(|e| e.kind() == std::io::ErrorKind::NotFound);
                    if !gone && book.reported.insert(path) {
                        tracing::warn!(error = %err, "an inbox entry cannot be read; skipped");
                        emit(&io, Emitted::Unreadable).await?;
                    }
                }
                let now = Instant::now();
                let once = self.once;
                book.given_up
                    .retain(|_, at| once || now.duration_since(*at) <= retry_after);
                let pass = settler.update(&listing, now, |p| open_for_writing.is_open(p, &f.inbox));
                for w in pass.waiting.iter().filter(|w| w.first && !self.once) {
                    tracing::info!(
                        why = %w.why.describe(),
                        unchanged_s = w.quiet_for.as_secs(),
                        wait_s = f.unfinished_wait.as_secs(),
                        "a file is not finished; waiting for its writer"
                    );
                }
                // A batch run does not wait for writers: it leaves their files for the next run.
                waiting_to_settle = pass.settling > 0 || (!self.once && !pass.waiting.is_empty());
                waiting_for_writer = pass.waiting;
                let mut overdue = pass.overdue;
                let ready_now = match shared.as_mut() {
                    None => pass.ready,
                    Some(sf) => {
                        // Claimed by rename: what this worker files is what it holds (new
                        // claims, files to retry, and those of workers that stopped). It claims
                        // no more than it has room for, so the other workers get their share.
                        others_hold = sf.take_over().await.1;
                        let held = sf.held();
                        let pending = held
                            .iter()
                            .filter(|p| {
                                !book.in_flight.contains(*p) && !book.given_up.contains_key(*p)
                            })
                            .count();
                        let room = io
                            .max_in_flight
                            .saturating_sub(book.in_flight.len() + pending);
                        // Left in the inbox for now: the run is not over while they are there.
                        deferred += pass.ready.len().saturating_sub(room);
                        let mut claimed_any = false;
                        for path in pass.ready.into_iter().take(room) {
                            match sf.claim(&path) {
                                Ok(super::shared_folder::Claim::Mine(to)) => {
                                    claimed_any = true;
                                    if let Some(why) = overdue.remove(&path) {
                                        overdue.insert(to, why);
                                    }
                                }
                                Ok(super::shared_folder::Claim::Gone) => {}
                                Err(e) => {
                                    tracing::warn!(error = %e, "shared folder: a file could not be claimed; left in the inbox")
                                }
                            }
                        }
                        if claimed_any {
                            sf.held()
                        } else {
                            held
                        }
                    }
                };
                let ready = if self.email {
                    let listed: HashSet<&PathBuf> = ready_now.iter().collect();
                    book.peeked.retain(|p, _| listed.contains(p));
                    newest_first(ready_now, &mut book.peeked)
                } else {
                    ready_now.into_iter().map(|p| (p, None)).collect()
                };
                for (path, thread) in ready {
                    if book.in_flight.contains(&path) || book.given_up.contains_key(&path) {
                        continue;
                    }
                    if thread
                        .as_ref()
                        .is_some_and(|t| book.busy_threads.contains(t))
                    {
                        // Another message of the thread is on its way: this one is decided
                        // after it is stored, so that a message it quotes is recognised as
                        // superseded.
                        deferred += 1;
                        continue;
                    }
                    if book.in_flight.len() >= io.max_in_flight {
                        deferred += 1;
                        continue;
                    }
                    let label = name_of(&path);
                    let emitted = match self.read(&path) {
                        Ok(job) => Emitted::Job {
                            job,
                            label,
                            unfinished: overdue.get(&path).map(|why| {
                                tracing::warn!(
                                    why = %why.describe(),
                                    wait_s = f.unfinished_wait.as_secs(),
                                    "a file was not finished by its writer within the wait; taken as it is"
                                );
                                format!(
                                    "{}, and it had not changed for over {} s: its writer never finished it",
                                    why.describe(),
                                    f.unfinished_wait.as_secs()
                                )
                            }),
                        },
                        Err(Read::Gone) => continue,
                        Err(Read::Unreadable(why)) => {
                            if book.reported.insert(path.clone()) {
                                tracing::warn!(error = %why, "an inbox file cannot be read; left in place");
                                emit(&io, Emitted::Unreadable).await?;
                            }
                            book.given_up.insert(path, Instant::now());
                            continue;
                        }
                        Err(Read::TooLarge(arrival)) => {
                            Emitted::too_large(*arrival, self.max_file_bytes, label)
                        }
                    };
                    book.in_flight.insert(path.clone());
                    if let Some(t) = thread {
                        book.busy_threads.insert(t.clone());
                        book.thread_of.insert(path, t);
                    }
                    emit(&io, emitted).await?;
                }
            }
            companion.check(stopping).await?;
            let nothing_left = book.in_flight.is_empty()
                && deferred == 0
                && !waiting_to_settle
                && !others_hold
                && !companion.more_to_come();
            if (self.once || stopping) && (nothing_left || (stopping && book.in_flight.is_empty()))
            {
                break;
            }
            // Wait for something to happen: an end, a file-system event, a poll tick, a file
            // settling (its last change makes no event when it is `settle` old), shutdown.
            let tick = settler
                .next_ready_in(Instant::now())
                .unwrap_or(f.poll_interval)
                .max(Duration::from_millis(50))
                .min(f.poll_interval);
            tokio::select! {
                e = io.ended.recv() => match e {
                    Some(e) => {
                        book.ended(&e);
                        companion.tell(f, &e);
                    }
                    None => return Err(RunError::StageStopped),
                },
                _ = wake_rx.recv() => {}
                _ = tokio::time::sleep(tick) => {}
                _ = shutdown.changed() => {}
            }
        }
        if self.once {
            self.leave_for_writers(&io, waiting_for_writer, &book)
                .await?;
        }
        companion.stop().await;
        if let Some(sf) = shared {
            sf.stop().await;
        }
        Ok(())
    }
}

/// Hands the topology something; it is gone only if a stage stopped.
async fn emit(io: &SourceIo, e: Emitted) -> Result<(), RunError> {
    io.out.send(e).await.map_err(|_| RunError::StageStopped)
}

fn name_of(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

enum Read {
    Unreadable(String),
    TooLarge(Box<Arrival>),
    /// No longer there (taken away since it was listed).
    Gone,
}

impl FolderSource {
    /// Reads a settled file once and hashes it; one over the size limit is judged unread.
    fn read(&self, path: &Path) -> Result<Job, Read> {
        let unreadable = |e: std::io::Error| match e.kind() {
            std::io::ErrorKind::NotFound => Read::Gone,
            _ => Read::Unreadable(e.to_string()),
        };
        // The size, the identity and the bytes all come from the one open file, so that what
        // is released later is exactly the file that was read.
        let mut file = std::fs::File::open(path).map_err(unreadable)?;
        let meta = file.metadata().map_err(unreadable)?;
        let mut arrival = Arrival {
            path: path.to_path_buf(),
            original_name: name_of(path),
            sha256: String::new(),
            size: meta.len(),
            received_at: Utc::now(),
            pipeline: self.pipeline.clone(),
            hint: None,
            identity: Some(FileIdentity::of(&meta)),
        };
        if meta.len() > self.max_file_bytes {
            return Err(Read::TooLarge(Box::new(arrival)));
        }
        // Read once and hashed as it is read: into memory, or, for a file larger than the
        // in-flight budget, into a private copy on disk (`crate::content`).
        let spool = crate::scratch::process_dir().map_err(unreadable)?;
        let (bytes, sha) = Content::read_hashed(&mut file, meta.len(), self.keep_in_memory, &spool)
            .map_err(|e| match e.kind() {
                // Written to while being read: not settled after all; taken on a later pass.
                std::io::ErrorKind::InvalidData => {
                    Read::Unreadable("the file changed while it was read".into())
                }
                _ => unreadable(e),
            })?;
        arrival.sha256 = sha;
        Ok(Job { arrival, bytes })
    }

    /// Reports the files a batch run leaves in the folder because their writer has not
    /// finished them: "retry later", so that the next run, not a person, takes them.
    async fn leave_for_writers(
        &self,
        io: &SourceIo,
        waiting: Vec<Waiting>,
        book: &Book,
    ) -> Result<(), RunError> {
        for w in waiting {
            if book.in_flight.contains(&w.path) || !w.path.exists() {
                continue;
            }
            let row = ReportRow {
                detail: format!(
                    "not finished: {}, and it changed {} s ago; left in the inbox for its writer \
                     (a run after {} s without a change takes it as it is)",
                    w.why.describe(),
                    w.quiet_for.as_secs(),
                    self.folder.unfinished_wait.as_secs()
                ),
                ..ReportRow::new(name_of(&w.path), Outcome::RetryLater)
            };
            emit(
                io,
                Emitted::Row {
                    row,
                    retry: Some(w.path),
                },
            )
            .await?;
        }
        Ok(())
    }

    /// Starts the IMAP or upload source that fills this folder, if it is a spool.
    async fn start_companion(&self, io: &mut SourceIo) -> Result<Companion, RunError> {
        if let Some(p) = &self.imap {
            // The mailbox is spooled into the folder by its own task, which moves each message
            // on the server once told how it ended. It is stopped only after the last outcome
            // is sent, so none is lost on the way out.
            let mut im = start_imap(
                p,
                &self.folder.inbox,
                io.max_in_flight,
                self.max_file_bytes,
                self.catalog.clone(),
            )?;
            // Process what is in the mailbox now (`once`), or at least find out at once
            // whether the server takes us: wait for the first pass over the mailbox.
            let mut synced = im.synced.clone();
            let mut shutdown = io.shutdown.clone();
            while *synced.borrow() == 0 {
                tokio::select! {
                    r = synced.changed() => if r.is_err() { return Err(imap_failure(&mut im.task).await) },
                    _ = shutdown.changed() => break,
                }
            }
            return Ok(Companion::Imap(im));
        }
        if let Some((plan, store, catalog)) = &self.inbox {
            // Claims from the shared inbox into the folder. `--once` runs until every item
            // of the queue is done, by this worker or another: a claim whose worker dies is
            // taken over when its lease runs out.
            let mut run = s3_inbox::start(
                s3_inbox::InboxSettings {
                    source: self.pipeline.clone(),
                    url: plan.url.clone(),
                    store: store.clone(),
                    spool: self.folder.inbox.clone(),
                    lease: plan.lease,
                    poll_interval: plan.poll_interval,
                    max_held: io.max_in_flight.max(1),
                    catalog: catalog.clone(),
                },
                io.max_in_flight * 2,
            )
            .map_err(|e| RunError::SharedInbox(e.to_string()))?;
            let mut synced = run.synced.clone();
            let mut shutdown = io.shutdown.clone();
            while *synced.borrow() == 0 {
                tokio::select! {
                    r = synced.changed() => if r.is_err() { return Err(inbox_failure(&mut run.task).await) },
                    _ = shutdown.changed() => break,
                }
            }
            return Ok(Companion::SharedInbox(run));
        }
        if let Some(u) = &self.upload {
            if self.once {
                return Ok(Companion::Upload { server: None });
            }
            // The HTTP server spools each upload into the folder before it answers 202; the
            // loop files it from there. `--once` files what is spooled and does not listen.
            let settings = upload::UploadSettings {
                pipeline: self.pipeline.clone(),
                listen: u.listen,
                token_sha256: u.token_sha256.clone(),
                max_bytes: u.max_bytes.unwrap_or(self.max_file_bytes),
                spool: self.folder.inbox.clone(),
            };
            let server = upload::start(settings, io.shutdown.clone())
                .await
                .map_err(|e| RunError::Upload(e.to_string()))?;
            return Ok(Companion::Upload {
                server: Some(tokio::spawn(server)),
            });
        }
        Ok(Companion::None)
    }
}

impl Companion {
    /// Tells the source that answers to someone how an arrival ended: the IMAP source moves
    /// the message on the server, the upload source records what `GET /v1/inbox/{id}` answers.
    fn tell(&self, folder: &FolderPlan, e: &Ended) {
        let row = e.own();
        match self {
            Companion::Imap(im) => {
                let outcome = match row.outcome {
                    Outcome::Stored | Outcome::Duplicate | Outcome::Superseded => {
                        Some(imap::Outcome::Processed)
                    }
                    Outcome::Quarantined if !e.kept => Some(imap::Outcome::Quarantined {
                        reason: format!("{}: {}", row.reason, row.detail),
                    }),
                    _ => None,
                };
                if let Some(outcome) = outcome {
                    // Bounded by twice the documents in flight: never full while the task runs.
                    if im
                        .outcomes
                        .try_send(imap::OutcomeMsg {
                            spool_name: e.arrival.original_name.clone(),
                            outcome,
                        })
                        .is_err()
                    {
                        tracing::warn!("IMAP outcome not delivered; the message stays in the mailbox and is handled by the next run");
                    }
                }
            }
            Companion::None => {}
            Companion::SharedInbox(run) => {
                let outcome = match row.outcome {
                    _ if e.kept => s3_inbox::Outcome::Retry,
                    Outcome::Stored => s3_inbox::Outcome::Done("stored"),
                    Outcome::Duplicate => s3_inbox::Outcome::Done("duplicate"),
                    Outcome::Superseded => s3_inbox::Outcome::Done("superseded"),
                    Outcome::Quarantined => s3_inbox::Outcome::Done("quarantined"),
                    _ => s3_inbox::Outcome::Retry,
                };
                if run
                    .outcomes
                    .try_send(s3_inbox::OutcomeMsg {
                        path: e.arrival.path.clone(),
                        outcome,
                    })
                    .is_err()
                {
                    tracing::warn!("shared-inbox outcome not delivered; its lease runs out and another claim finds it filed");
                }
            }
            Companion::Upload { .. } => {
                let status = match row.outcome {
                    Outcome::Stored => "filed",
                    _ if e.kept => "waiting",
                    other => other.as_str(),
                };
                upload::record_outcome(
                    &folder.inbox,
                    &e.arrival.path,
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
    }

    /// Whether the companion may still bring files (a shared inbox whose queue is not done).
    fn more_to_come(&self) -> bool {
        match self {
            Companion::SharedInbox(run) => *run.more.borrow(),
            _ => false,
        }
    }

    /// Fails the run when the companion stopped for good.
    async fn check(&mut self, stopping: bool) -> Result<(), RunError> {
        match self {
            Companion::SharedInbox(run) if run.task.is_finished() && !stopping => {
                Err(inbox_failure(&mut run.task).await)
            }
            // The server refused us for good (after a first success it always reconnects).
            Companion::Imap(im) if im.task.is_finished() => Err(imap_failure(&mut im.task).await),
            Companion::Upload {
                server: Some(server),
            } if server.is_finished() && !stopping => Err(match server.await {
                Ok(Err(e)) => RunError::Upload(e.to_string()),
                _ => RunError::Upload("the upload server stopped".into()),
            }),
            _ => Ok(()),
        }
    }

    async fn stop(self) {
        match self {
            Companion::None | Companion::Upload { server: None } => {}
            Companion::Upload {
                server: Some(server),
            } => {
                // Stopped with the shutdown signal; uploads already answered 202 are spooled.
                let _ = tokio::time::timeout(Duration::from_secs(10), server).await;
            }
            Companion::SharedInbox(run) => {
                let _ = run.stop.send(true);
                drop(run.outcomes);
                match tokio::time::timeout(Duration::from_secs(60), run.task).await {
                    Ok(Ok(Err(e))) => {
                        tracing::warn!(error = %e, "the shared inbox stopped with an error")
                    }
                    Ok(_) => {}
                    Err(_) => tracing::warn!("the shared inbox did not stop within 60 s; its claims run out and other workers take them"),
                }
            }
            Companion::Imap(im) => {
                let _ = im.stop.send(true);
                drop(im.outcomes);
                match tokio::time::timeout(Duration::from_secs(60), im.task).await {
                    Ok(Ok(Err(e))) => {
                        tracing::warn!(error = %e, "IMAP source stopped with an error")
                    }
                    Ok(_) => {}
                    Err(_) => tracing::warn!("IMAP source did not stop within 60 s; the messages whose outcome was not applied stay in the mailbox and are handled by the next run"),
                }
            }
        }
    }
}

async fn inbox_failure(
    task: &mut tokio::task::JoinHandle<Result<(), s3_inbox::InboxError>>,
) -> RunError {
    match task.await {
        Ok(Err(e)) => RunError::SharedInbox(e.to_string()),
        _ => RunError::SharedInbox("the shared inbox stopped".into()),
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
    p: &ImapPlan,
    spool: &Path,
    max_in_flight: usize,
    max_message_bytes: u64,
    catalog: Arc<crate::catalog::Catalog>,
) -> Result<ImapRun, RunError> {
    let endpoint = p
        .endpoint
        .as_ref()
        .ok_or_else(|| RunError::Imap(format!("no server for the account {:?}", p.account)))?;
    let password = std::env::var(&endpoint.password_env)
        .map_err(|_| RunError::ImapPassword(endpoint.password_env.clone()))?;
    let settings = imap::ImapSettings {
        host: endpoint.host.clone(),
        port: endpoint.port(),
        user: endpoint.user.clone(),
        password: secrecy::SecretString::from(password),
        mailbox: p.mailbox.clone(),
        processed: p.processed.clone(),
        quarantine: p.quarantine.clone(),
        poll_interval: p.poll_interval,
        idle: p.idle,
        reconnect_backoff_max: Duration::from_secs(30),
        max_message_bytes,
        tls: endpoint.tls,
        ca_file: endpoint.ca_file.clone(),
    };
    let (outcomes, rx) = mpsc::channel(2 * max_in_flight + 16);
    let (stop, stop_rx) = watch::channel(false);
    let (synced_tx, synced) = watch::channel(0u64);
    // One worker at a time reads the mailbox, whichever machines run this pipeline.
    let lease = imap::MailboxLease::for_mailbox(catalog, &settings, p.lease);
    let task = tokio::spawn(imap::run_imap_leased(
        settings,
        spool.to_path_buf(),
        rx,
        stop_rx,
        synced_tx,
        lease,
    ));
    Ok(ImapRun {
        outcomes,
        stop,
        synced,
        task,
    })
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
