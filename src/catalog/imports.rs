//! Imports shared by several workers (issue 16 point 3): a drive's walk, cut into batches that
//! are items of the work queue ([`super::queue`]).
//!
//! One worker walks the drive (the one holding the import's walk lease) and records the walk in
//! one transaction: every batch with its files (paths relative to the drive's top, so machines
//! that mount it in different places share it), the batches as queue items, and the import as
//! ready. Until then the other workers wait; a walker that dies loses its lease and another
//! walks again from the start (nothing of a walk is recorded before it is whole). After that,
//! every worker claims batches, files them, and completes each once every file in it has its
//! outcome recorded. A worker that dies mid-batch loses its claim; the next worker files the
//! batch again, and the files already filed are skipped by their SHA-256. Progress is the sum
//! over the batches done, whoever did them.

use serde::Serialize;

use super::db::params;
use super::fields::Field;
use super::{now, queue::now_ms, Catalog, CatalogError};

/// The queue source of the shared import `id`.
pub fn import_source(id: &str) -> String {
    format!("import:{id}")
}

/// One batch of a walk: files (relative paths) and their bytes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WalkBatch {
    pub paths: Vec<String>,
    pub bytes: u64,
}

/// A shared import as recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SharedImport {
    pub id: String,
    /// `ready` once its walk is recorded.
    pub state: String,
    pub files: u64,
    pub bytes: u64,
    pub batches: u64,
    pub started_at: String,
    pub walked_at: Option<String>,
}

/// Where a shared import stands, across every worker.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ImportProgress {
    pub batches: u64,
    pub batches_done: u64,
    /// Batches held by a worker whose lease is running.
    pub batches_held: u64,
    pub files: u64,
    pub files_done: u64,
    pub bytes: u64,
    pub bytes_done: u64,
    /// Workers holding a batch now.
    pub workers: u64,
    /// What the done batches said, summed (`stored`, `quarantined`, ... as counted by each).
    pub outcomes: std::collections::BTreeMap<String, u64>,
}

impl Catalog {
    /// The shared import `id`, if a walk of it has been recorded.
    pub fn shared_import(&self, id: &str) -> Result<Option<SharedImport>, CatalogError> {
        Ok(self
            .conn()
            .query_all(
                "SELECT id, state, files, bytes, batches, started_at, walked_at
                 FROM shared_imports WHERE id = ?1",
                params![id],
                |r| {
                    Ok(SharedImport {
                        id: r.get(0)?,
                        state: r.get(1)?,
                        files: r.get::<_, i64>(2)? as u64,
                        bytes: r.get::<_, i64>(3)? as u64,
                        batches: r.get::<_, i64>(4)? as u64,
                        started_at: r.get(5)?,
                        walked_at: r.get(6)?,
                    })
                },
            )?
            .pop())
    }

    /// Records the walk of the shared import `id` in one transaction: its batches, each one an
    /// item of the queue, and the import as ready. Returns false, recording nothing, if a walk
    /// of it is recorded already (a second walker lost a race it should not have been in).
    pub fn record_import_walk(
        &self,
        id: &str,
        batches: &[WalkBatch],
    ) -> Result<bool, CatalogError> {
        let mut conn = self.conn();
        let tx = conn.transaction_immediate()?;
        let ready: i64 = tx.query_row(
            "SELECT COUNT(*) FROM shared_imports WHERE id = ?1 AND state = 'ready'",
            params![id],
            |r| r.get(0),
        )?;
        if ready > 0 {
            return Ok(false);
        }
        let source = import_source(id);
        let at = now();
        let (mut files, mut bytes) = (0i64, 0i64);
        for (n, b) in batches.iter().enumerate() {
            tx.execute(
                "INSERT INTO import_batches (import_id, batch, files, bytes, paths)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![
                    id,
                    n as i64,
                    b.paths.len() as i64,
                    b.bytes as i64,
                    tx.fields().seal(
                        Field::BatchPaths,
                        &serde_json::to_string(&b.paths).unwrap_or_default()
                    )?
                ],
            )?;
            tx.execute(
                "INSERT INTO work_items (source, item, state, enqueued_at)
                 VALUES (?1, ?2, 'waiting', ?3) ON CONFLICT DO NOTHING",
                params![
                    source,
                    tx.fields().seal(Field::WorkItem, &n.to_string())?,
                    at
                ],
            )?;
            files += b.paths.len() as i64;
            bytes += b.bytes as i64;
        }
        tx.execute(
            "INSERT INTO shared_imports (id, state, files, bytes, batches, started_at, walked_at)
             VALUES (?1, 'ready', ?2, ?3, ?4, ?5, ?5)
             ON CONFLICT (id) DO UPDATE SET state = 'ready', files = excluded.files,
                bytes = excluded.bytes, batches = excluded.batches,
                walked_at = excluded.walked_at",
            params![id, files, bytes, batches.len() as i64, at],
        )?;
        tx.commit()?;
        Ok(true)
    }

    /// The files of batch `batch` of the shared import `id` (relative paths, in walk order).
    pub fn import_batch(&self, id: &str, batch: i64) -> Result<Vec<String>, CatalogError> {
        let conn = self.conn();
        let paths: Option<String> = conn
            .query_all(
                "SELECT paths FROM import_batches WHERE import_id = ?1 AND batch = ?2",
                params![id, batch],
                |r| conn.fields().open(Field::BatchPaths, r.get(0)?),
            )?
            .pop();
        // A JSON list: a file's name may hold any character but `/` and NUL.
        let paths = paths.ok_or_else(|| {
            CatalogError::Corrupt(format!("the shared import {id} has no batch {batch}"))
        })?;
        serde_json::from_str(&paths).map_err(|e| {
            CatalogError::Corrupt(format!("batch {batch} of the shared import {id}: {e}"))
        })
    }

    /// Where the shared import `id` stands, across every worker.
    pub fn import_progress(&self, id: &str) -> Result<ImportProgress, CatalogError> {
        let source = import_source(id);
        let conn = self.conn();
        // The batches, then their queue items matched by batch number here: an item is sealed
        // on PostgreSQL, so the two cannot be joined in the query.
        let sizes: std::collections::HashMap<String, (u64, u64)> = conn
            .query_all(
                "SELECT batch, files, bytes FROM import_batches WHERE import_id = ?1",
                params![id],
                |r| {
                    Ok((
                        r.get::<_, i64>(0)?.to_string(),
                        (r.get::<_, i64>(1)? as u64, r.get::<_, i64>(2)? as u64),
                    ))
                },
            )?
            .into_iter()
            .collect();
        let items = conn.query_all(
            "SELECT item, state, lease_until >= ?2, worker, outcome FROM work_items
             WHERE source = ?1",
            params![source, now_ms()],
            |r| {
                Ok((
                    conn.fields().open(Field::WorkItem, r.get(0)?)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, Option<bool>>(2)?,
                    r.get::<_, Option<String>>(3)?,
                    r.get::<_, Option<String>>(4)?,
                ))
            },
        )?;
        let rows = items
            .into_iter()
            .filter_map(|(item, state, live, worker, outcome)| {
                let (files, bytes) = *sizes.get(&item)?;
                Some((state, live, worker, outcome, files, bytes))
            });
        let mut p = ImportProgress::default();
        let mut workers = std::collections::BTreeSet::new();
        for (state, live, worker, outcome, files, bytes) in rows {
            p.batches += 1;
            p.files += files;
            p.bytes += bytes;
            match state.as_str() {
                "done" => {
                    p.batches_done += 1;
                    p.files_done += files;
                    p.bytes_done += bytes;
                    let counts: std::collections::BTreeMap<String, u64> = outcome
                        .and_then(|o| serde_json::from_str(&o).ok())
                        .unwrap_or_default();
                    for (k, v) in counts {
                        *p.outcomes.entry(k).or_default() += v;
                    }
                }
                "claimed" if live == Some(true) => {
                    p.batches_held += 1;
                    workers.extend(worker);
                }
                _ => {}
            }
        }
        p.workers = workers.len() as u64;
        Ok(p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn batches() -> Vec<WalkBatch> {
        vec![
            WalkBatch {
                paths: vec![
                    "Hughes LS24P01234/a.pdf".into(),
                    "Hughes LS24P01234/b.pdf".into(),
                ],
                bytes: 300,
            },
            WalkBatch {
                paths: vec!["line\nbreak.txt".into()],
                bytes: 10,
            },
        ]
    }

    /// A walk is recorded once, its batches are queue items that workers claim, and progress
    /// sums what every worker completed.
    #[test]
    fn a_walk_is_recorded_once_and_its_batches_are_shared() {
        crate::catalog::each_engine(|c| {
            assert_eq!(c.shared_import("drive").unwrap(), None);
            assert!(c.record_import_walk("drive", &batches()).unwrap());
            assert!(
                !c.record_import_walk("drive", &batches()[..1]).unwrap(),
                "recorded once"
            );
            let i = c.shared_import("drive").unwrap().unwrap();
            assert_eq!(
                (i.state.as_str(), i.files, i.bytes, i.batches),
                ("ready", 3, 310, 2)
            );
            let source = import_source("drive");
            let a = c.claim(&source, "w1", 1, 60_000).unwrap();
            let b = c.claim(&source, "w2", 1, 60_000).unwrap();
            assert_eq!((a[0].item.as_str(), b[0].item.as_str()), ("0", "1"));
            assert_eq!(
                c.import_batch("drive", 0).unwrap(),
                ["Hughes LS24P01234/a.pdf", "Hughes LS24P01234/b.pdf"]
            );
            assert_eq!(c.import_batch("drive", 1).unwrap(), ["line\nbreak.txt"]);
            assert!(c.import_batch("drive", 7).is_err());
            let p = c.import_progress("drive").unwrap();
            assert_eq!(
                (p.batches, p.batches_held, p.workers, p.files_done),
                (2, 2, 2, 0)
            );
            assert!(c
                .complete(a[0].id, "w1", r#"{"stored":1,"quarantined":1}"#)
                .unwrap());
            let p = c.import_progress("drive").unwrap();
            assert_eq!(
                (p.batches_done, p.files_done, p.bytes_done, p.workers),
                (1, 2, 300, 1)
            );
            assert_eq!(p.outcomes.get("stored"), Some(&1));
            assert_eq!(
                c.import_progress("other").unwrap(),
                ImportProgress::default()
            );
        });
    }
}
