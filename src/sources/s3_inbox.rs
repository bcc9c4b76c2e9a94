//! An inbox in an object store that several workers share (issue 16).
//!
//! Scanners, capture tools or another machine's upload server write files under a prefix of an
//! object store (S3 in production; any store URL casevault takes). Each worker running the
//! pipeline lists the prefix and adds what it finds to the catalog's work queue
//! ([`crate::catalog::queue`]); it claims a few items at a time, copies each into its own spool
//! folder, and the folder loop files them exactly as it files a scan. When the loop says how an
//! item ended, the worker deletes the object from the inbox and only then marks the item done.
//!
//! Why in that order, and why nothing is lost or filed twice:
//! - An object leaves the inbox only after its outcome is recorded in the catalog (stored and
//!   verified, or moved to this worker's quarantine with its reason).
//! - A worker that dies stops renewing its leases; when they run out another worker claims its
//!   items and files them again from the inbox. Filing is idempotent: an original already stored
//!   for its case is a duplicate of itself, and a pending row left mid-store is resumed by the
//!   original's SHA-256 with the same object id.
//! - Died after deleting the object but before marking the item done: the next claimer finds
//!   the object gone and marks the item done ("gone").
//! - The spool holds copies only: a worker starting up empties it, since everything in it is
//!   still in the inbox or already filed.
//! - A file to retry later is given back to the queue with a delay, so that another worker (or
//!   this one) takes it again later.
//!
//! Nothing here logs a file name: an object key is a scanner's file name, and those carry case
//! names. Log lines carry the queue item's id.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use tokio::sync::{mpsc, watch};

use crate::catalog::queue::Claimed;
use crate::catalog::Catalog;
use crate::store::{self, StoreOptions};

/// How an item ended, as the folder loop tells it.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// Filed, a duplicate, superseded, or quarantined: the word is recorded on the item.
    Done(&'static str),
    /// Left to retry later.
    Retry,
}

/// An outcome for the spooled copy at `path`.
#[derive(Debug)]
pub struct OutcomeMsg {
    pub path: PathBuf,
    pub outcome: Outcome,
}

/// What the inbox task needs.
pub struct InboxSettings {
    /// The queue's source name: the pipeline's, so that every worker running it shares one.
    pub source: String,
    pub url: String,
    pub store: StoreOptions,
    pub spool: PathBuf,
    pub lease: Duration,
    pub poll_interval: Duration,
    /// Most items held (claimed and not yet ended) at once.
    pub max_held: usize,
    pub catalog: Arc<Catalog>,
}

/// Errors that stop the inbox.
#[derive(Debug, thiserror::Error)]
pub enum InboxError {
    #[error("the inbox store {url}: {source}")]
    Store {
        url: String,
        source: Box<store::StoreError>,
    },
    #[error("the work queue: {0}")]
    Queue(#[from] crate::catalog::CatalogError),
    #[error("the spool {path}: {source}")]
    Spool {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// A running inbox task, as the folder source holds it.
pub struct InboxRun {
    pub outcomes: mpsc::Sender<OutcomeMsg>,
    pub stop: watch::Sender<bool>,
    /// Passes made over the queue (the first one is waited for before the loop starts).
    pub synced: watch::Receiver<u64>,
    /// Whether more may still come to this worker: items it holds, waiting ones, or ones
    /// another worker holds (whose lease may run out).
    pub more: watch::Receiver<bool>,
    pub task: tokio::task::JoinHandle<Result<(), InboxError>>,
}

/// Starts the inbox task.
pub fn start(settings: InboxSettings, max_outcomes: usize) -> Result<InboxRun, InboxError> {
    let spool = settings.spool.clone();
    empty_spool(&spool).map_err(|source| InboxError::Spool {
        path: spool.clone(),
        source,
    })?;
    let (outcomes, outcomes_rx) = mpsc::channel(max_outcomes.max(1));
    let (stop, stop_rx) = watch::channel(false);
    let (synced_tx, synced) = watch::channel(0u64);
    let (more_tx, more) = watch::channel(true);
    let task = tokio::spawn(run(settings, outcomes_rx, stop_rx, synced_tx, more_tx));
    Ok(InboxRun {
        outcomes,
        stop,
        synced,
        more,
        task,
    })
}

/// Removes every copy left in the spool by an earlier run of this worker (each is still in the
/// inbox, or already filed).
fn empty_spool(spool: &Path) -> std::io::Result<()> {
    crate::private_fs::create_private_dir_all(spool)?;
    for e in std::fs::read_dir(spool)?.flatten() {
        let p = e.path();
        let r = if e.file_type()?.is_dir() {
            std::fs::remove_dir_all(&p)
        } else {
            std::fs::remove_file(&p)
        };
        r?;
    }
    crate::private_fs::make_private_dir(&spool.join(INCOMING))?;
    Ok(())
}

const INCOMING: &str = ".incoming";

/// An item this worker holds: its queue id and object key.
struct Held {
    id: i64,
    key: String,
}

async fn run(
    s: InboxSettings,
    mut outcomes: mpsc::Receiver<OutcomeMsg>,
    mut stop: watch::Receiver<bool>,
    synced: watch::Sender<u64>,
    more: watch::Sender<bool>,
) -> Result<(), InboxError> {
    let inbox = store::open(&s.url, &s.store)
        .await
        .map_err(|source| InboxError::Store {
            url: crate::catalog::redact_url(&s.url),
            source: Box::new(source),
        })?;
    let worker = crate::catalog::queue::worker_name();
    let lease_ms = s.lease.as_millis() as i64;
    let mut held: HashMap<PathBuf, Held> = HashMap::new();
    let mut last_list: Option<Instant> = None;
    let mut known: HashSet<String> = HashSet::new();
    let mut last_renew = Instant::now();
    let mut passes = 0u64;
    tracing::info!(worker = %worker, "taking files from the shared inbox");
    loop {
        // Outcomes first: each frees room, and deleting before completing is the order that
        // loses nothing (see the module's documentation).
        while let Ok(m) = outcomes.try_recv() {
            settle(&s, &inbox, &worker, &mut held, m).await;
        }
        if *stop.borrow() {
            break;
        }
        if last_list.is_none_or(|t| t.elapsed() >= s.poll_interval) {
            // The listing's start, on the catalog's clock: what another worker files while this
            // lists is not queued again from it.
            let listed_at = crate::catalog::now();
            match inbox.list("").await {
                Ok(keys) => {
                    let listed: HashSet<String> = keys
                        .into_iter()
                        .filter(|k| !k.rsplit('/').next().unwrap_or(k).starts_with('.'))
                        .collect();
                    // Only keys this worker has not queued yet: a key stays listed until its
                    // file is filed and deleted, and one that comes back later is new again.
                    known.retain(|k| listed.contains(k));
                    let new: Vec<String> =
                        listed.into_iter().filter(|k| !known.contains(k)).collect();
                    match s.catalog.enqueue_listed(&s.source, &new, &listed_at) {
                        Ok(crate::catalog::queue::Enqueued { added, stale }) => {
                            // A stale key stays unknown: listed again, it is a new file.
                            known.extend(new.into_iter().filter(|k| !stale.contains(k)));
                            if added > 0 {
                                tracing::info!(added, "new files in the shared inbox");
                            }
                        }
                        // Queued by the next pass (or by another worker meanwhile).
                        Err(e) => {
                            tracing::warn!(error = %e, "cannot queue the inbox's new files; trying again")
                        }
                    }
                }
                // A store that cannot be listed now (network) is tried again next pass; the
                // items already queued are still claimed and filed.
                Err(e) => tracing::warn!(error = %e, "cannot list the shared inbox; trying again"),
            }
            last_list = Some(Instant::now());
        }
        if last_renew.elapsed() >= s.lease / 3 {
            s.catalog.renew_leases(&worker, lease_ms)?;
            last_renew = Instant::now();
        }
        let room = s.max_held.saturating_sub(held.len());
        for c in s.catalog.claim(&s.source, &worker, room, lease_ms)? {
            if c.attempts > 1 {
                tracing::info!(item = c.id, attempts = c.attempts, "taking over an item");
            }
            match inbox.get(&c.item).await {
                Ok(bytes) => {
                    let path =
                        spool_copy(&s.spool, &c, &bytes).map_err(|source| InboxError::Spool {
                            path: s.spool.clone(),
                            source,
                        })?;
                    held.insert(
                        path,
                        Held {
                            id: c.id,
                            key: c.item,
                        },
                    );
                }
                Err(e) if e.is_not_found() => {
                    // Filed and deleted by a worker that died before marking it done, or
                    // taken away by a person: nothing left to file.
                    s.catalog.complete(c.id, &worker, "gone")?;
                }
                Err(e) => {
                    tracing::warn!(item = c.id, error = %e, "cannot read an inbox file; given back to retry");
                    s.catalog.release(c.id, &worker, 5_000)?;
                }
            }
        }
        let still = !held.is_empty() || s.catalog.queue_has_work(&s.source)?;
        more.send_replace(still);
        passes += 1;
        synced.send_replace(passes);
        let tick = s
            .poll_interval
            .min(s.lease / 3)
            .max(Duration::from_millis(50));
        tokio::select! {
            m = outcomes.recv() => match m {
                Some(m) => settle(&s, &inbox, &worker, &mut held, m).await,
                // The folder loop has ended: nothing more will be told.
                None => break,
            },
            _ = tokio::time::sleep(tick) => {}
            _ = stop.changed() => {}
        }
    }
    // Outcomes sent before the loop ended, then what was claimed and never started: given
    // back at once, so another worker need not wait for the lease to run out.
    while let Ok(m) = outcomes.try_recv() {
        settle(&s, &inbox, &worker, &mut held, m).await;
    }
    for (path, h) in held.drain() {
        let _ = std::fs::remove_file(&path);
        if let Some(dir) = path.parent() {
            let _ = std::fs::remove_dir(dir);
        }
        s.catalog.release(h.id, &worker, 0)?;
    }
    Ok(())
}

/// Copies an object into the spool as `{spool}/{id}-{attempt}/{file name}`: written under a
/// hidden name, flushed, then renamed into place, so the folder loop never sees half a file. The
/// file name is the object's own (the filename convention names the case); the folder is new for
/// each claim, so a file given back and claimed again is a new file to the loop.
fn spool_copy(spool: &Path, c: &Claimed, bytes: &[u8]) -> std::io::Result<PathBuf> {
    use std::io::Write;
    let name = c
        .item
        .rsplit('/')
        .next()
        .filter(|n| !n.is_empty() && !n.starts_with('.'))
        .unwrap_or("file");
    let slot = format!("{}-{}", c.id, c.attempts);
    let part = spool.join(INCOMING).join(&slot);
    {
        let mut f = std::fs::File::create(&part)?;
        f.write_all(bytes)?;
        f.sync_all()?;
    }
    let dir = spool.join(&slot);
    crate::private_fs::create_private_dir_all(&dir)?;
    let path = dir.join(name);
    std::fs::rename(&part, &path)?;
    Ok(path)
}

/// Applies one outcome: the object is deleted from the inbox and the item marked done, or the
/// copy is dropped and the item given back to retry later.
async fn settle(
    s: &InboxSettings,
    inbox: &store::Store,
    worker: &str,
    held: &mut HashMap<PathBuf, Held>,
    m: OutcomeMsg,
) {
    let Some(h) = held.remove(&m.path) else {
        return;
    };
    let result = match m.outcome {
        Outcome::Done(word) => match inbox.delete(&h.key).await {
            Ok(()) => s.catalog.complete(h.id, worker, word).map(|_| ()),
            Err(e) => {
                // Left claimed: when the lease runs out another claim finds it filed (a
                // duplicate of itself) and deletes it then.
                tracing::warn!(item = h.id, error = %e, "cannot delete a filed file from the shared inbox; it is retried as a duplicate");
                Ok(())
            }
        },
        Outcome::Retry => {
            let _ = std::fs::remove_file(&m.path);
            s.catalog.release(h.id, worker, 30_000).map(|_| ())
        }
    };
    if let Some(dir) = m.path.parent() {
        let _ = std::fs::remove_dir(dir);
    }
    if let Err(e) = result {
        tracing::warn!(item = h.id, error = %e, "cannot record an inbox item's outcome; its lease runs out and it is filed again as a duplicate");
    }
}
