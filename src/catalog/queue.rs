//! Work shared through the catalog: a queue that any number of workers, on any machines, take
//! items from without overlap (issue 16).
//!
//! An item is one thing to file (an object in an S3 inbox, named by its key). A worker *claims*
//! items for a while (a lease, `lease_until`, in milliseconds since the epoch), renews the lease
//! while it works on them (a heartbeat), and *completes* each once its outcome is recorded. A
//! worker that dies stops renewing: when its lease runs out, its items are claimable again and
//! another worker takes them over. Filing is safe to repeat (an original already stored is a
//! duplicate of itself; a pending row is resumed by its SHA-256), so an item taken over after
//! its worker stored it but before it completed it is still filed exactly once.
//!
//! On PostgreSQL a claim is one `UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED)`: two
//! workers claiming at once lock different rows and neither waits for the other. SQLite has no
//! row locks; there the claim runs in a write transaction (`BEGIN IMMEDIATE`), which serialises
//! the (single machine's) workers instead.
//!
//! Items are never deleted: a completed one is the record that it was done. At most one item per
//! key is open (waiting or claimed) at a time, which a partial unique index keeps, so adding
//! what a listing found is one `INSERT … ON CONFLICT DO NOTHING` per new key, whatever the
//! history; a key that appears again after its item is done (a scanner reusing
//! `scan0001.pdf`) is a new item.

use serde::Serialize;

use super::db::{params, Engine};
use super::fields::Field;
use super::{now, Catalog, CatalogError};

pub(super) const QUEUE_SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS work_items (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    source      TEXT NOT NULL,
    item        TEXT NOT NULL,
    state       TEXT NOT NULL,
    worker      TEXT,
    lease_until INTEGER,
    not_before  INTEGER NOT NULL DEFAULT 0,
    attempts    INTEGER NOT NULL DEFAULT 0,
    enqueued_at TEXT NOT NULL,
    done_at     TEXT,
    outcome     TEXT
);
CREATE INDEX IF NOT EXISTS work_items_open ON work_items(source, state, id);
CREATE UNIQUE INDEX IF NOT EXISTS work_items_one_open ON work_items(source, item)
    WHERE state <> 'done';
";

/// Named leases (one holder at a time: an IMAP mailbox, a worker's liveness) and the imports
/// shared by several workers (a drive's walk, cut into batches that are the queue's items).
pub(super) const LEASES_SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS leases (
    name        TEXT PRIMARY KEY,
    holder      TEXT NOT NULL,
    until_ms    INTEGER NOT NULL,
    taken_at    TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS shared_imports (
    id          TEXT PRIMARY KEY,
    state       TEXT NOT NULL,
    files       INTEGER NOT NULL DEFAULT 0,
    bytes       INTEGER NOT NULL DEFAULT 0,
    batches     INTEGER NOT NULL DEFAULT 0,
    started_at  TEXT NOT NULL,
    walked_at   TEXT
);
CREATE TABLE IF NOT EXISTS import_batches (
    import_id   TEXT NOT NULL,
    batch       INTEGER NOT NULL,
    files       INTEGER NOT NULL,
    bytes       INTEGER NOT NULL,
    paths       TEXT NOT NULL,
    PRIMARY KEY (import_id, batch)
);
";

/// One claimed item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claimed {
    pub id: i64,
    pub item: String,
    /// How many times it has been claimed, this time included (above 1: taken over or retried).
    pub attempts: u32,
}

/// What [`Catalog::enqueue_listed`] did with a listing's keys.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Enqueued {
    /// New items.
    pub added: usize,
    /// Keys whose item was done after the listing began: the listing's object was filed.
    pub stale: Vec<String>,
}

/// Where a source's queue stands, for progress across workers.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct QueueCounts {
    pub waiting: u64,
    /// Claimed with a lease still running.
    pub claimed: u64,
    /// Claimed, with the lease run out: its worker stopped; the next claim takes it over.
    pub expired: u64,
    pub done: u64,
}

impl QueueCounts {
    /// Items not yet done, whoever holds them.
    pub fn open(&self) -> u64 {
        self.waiting + self.claimed + self.expired
    }
}

/// This worker's name in queues and leases: machine, process and a random part (a restarted
/// process with the same pid is another worker).
pub fn worker_name() -> String {
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname")
        .map(|h| h.trim().to_string())
        .unwrap_or_else(|_| "host".into());
    format!(
        "{host}:{}:{:08x}",
        std::process::id(),
        rand::random::<u32>()
    )
}

/// Milliseconds since the epoch.
pub fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

impl Catalog {
    /// Adds the items of `source` not already waiting or claimed (keys a listing found);
    /// returns how many were added. A key whose item is done is added again: a new file.
    pub fn enqueue(&self, source: &str, items: &[String]) -> Result<usize, CatalogError> {
        Ok(self.enqueue_listed(source, items, "")?.added)
    }

    /// [`Catalog::enqueue`] for the keys of a listing that began at `listed_at` (a catalog
    /// time, as `catalog::now` gives it). A key whose item was done at or after that moment is
    /// not added: the listing saw the object before another worker filed and deleted it, so it
    /// is not a new file (it would only be claimed, found gone and done again). Such keys are
    /// returned as `stale`; a later listing that still finds the key has a new file under it.
    pub fn enqueue_listed(
        &self,
        source: &str,
        items: &[String],
        listed_at: &str,
    ) -> Result<Enqueued, CatalogError> {
        // In one order on every worker: two workers adding the same keys wait on each other's
        // rows in the same sequence, never in a cycle (a deadlock PostgreSQL would break by
        // failing one of them).
        let mut sorted: Vec<&String> = items.iter().collect();
        sorted.sort();
        sorted.dedup();
        let mut conn = self.conn();
        let tx = match conn.engine() {
            // SQLite: the write lock up front, not an upgrade that could find it taken.
            Engine::Sqlite => conn.transaction_immediate()?,
            Engine::Postgres => conn.transaction()?,
        };
        let mut out = Enqueued::default();
        let at = now();
        for item in sorted {
            let sealed = tx.fields().seal(Field::WorkItem, item)?;
            if !listed_at.is_empty() {
                let done_since: i64 = tx.query_row(
                    "SELECT COUNT(*) FROM work_items
                     WHERE source = ?1 AND item = ?2 AND state = 'done' AND done_at >= ?3",
                    params![source, sealed, listed_at],
                    |r| r.get(0),
                )?;
                if done_since > 0 {
                    out.stale.push(item.clone());
                    continue;
                }
            }
            out.added += tx.execute(
                "INSERT INTO work_items (source, item, state, enqueued_at)
                 VALUES (?1, ?2, 'waiting', ?3) ON CONFLICT DO NOTHING",
                params![source, sealed, at],
            )?;
        }
        tx.commit()?;
        Ok(out)
    }

    /// Claims up to `limit` items of `source` for `worker` until `lease_ms` from now: waiting
    /// ones, and claimed ones whose lease has run out (their worker stopped), oldest first.
    pub fn claim(
        &self,
        source: &str,
        worker: &str,
        limit: usize,
        lease_ms: i64,
    ) -> Result<Vec<Claimed>, CatalogError> {
        if limit == 0 {
            return Ok(Vec::new());
        }
        let mut conn = self.conn();
        let engine = conn.engine();
        let now = now_ms();
        let lock = match engine {
            Engine::Postgres => " FOR UPDATE SKIP LOCKED",
            Engine::Sqlite => "",
        };
        let sql = format!(
            "UPDATE work_items SET state = 'claimed', worker = ?1, lease_until = ?2,
                attempts = attempts + 1
             WHERE id IN (SELECT id FROM work_items
                WHERE source = ?3 AND not_before <= ?4
                  AND (state = 'waiting' OR (state = 'claimed' AND lease_until < ?4))
                ORDER BY id LIMIT ?5{lock})
             RETURNING id, item, attempts"
        );
        let tx = match engine {
            Engine::Sqlite => conn.transaction_immediate()?,
            Engine::Postgres => conn.transaction()?,
        };
        let mut claimed = tx.query_all(
            &sql,
            params![worker, now + lease_ms, source, now, limit as i64],
            |r| {
                Ok(Claimed {
                    id: r.get(0)?,
                    item: tx.fields().open(Field::WorkItem, r.get(1)?)?,
                    attempts: r.get(2)?,
                })
            },
        )?;
        tx.commit()?;
        claimed.sort_by_key(|c| c.id);
        Ok(claimed)
    }

    /// Renews the lease of every item `worker` still holds; returns how many. An item another
    /// worker took over (this one's lease ran out first) is no longer this worker's.
    pub fn renew_leases(&self, worker: &str, lease_ms: i64) -> Result<usize, CatalogError> {
        Ok(self.conn().execute(
            "UPDATE work_items SET lease_until = ?2 WHERE worker = ?1 AND state = 'claimed'",
            params![worker, now_ms() + lease_ms],
        )?)
    }

    /// Marks an item done with its outcome, if `worker` still holds it; returns whether it did.
    pub fn complete(&self, id: i64, worker: &str, outcome: &str) -> Result<bool, CatalogError> {
        Ok(self.conn().execute(
            "UPDATE work_items SET state = 'done', done_at = ?3, outcome = ?4, lease_until = NULL
             WHERE id = ?1 AND worker = ?2 AND state = 'claimed'",
            params![id, worker, now(), outcome],
        )? == 1)
    }

    /// Gives an item back, claimable by anyone again after `delay_ms` (a file to retry later).
    pub fn release(&self, id: i64, worker: &str, delay_ms: i64) -> Result<bool, CatalogError> {
        Ok(self.conn().execute(
            "UPDATE work_items SET state = 'waiting', worker = NULL, lease_until = NULL,
                not_before = ?3
             WHERE id = ?1 AND worker = ?2 AND state = 'claimed'",
            params![id, worker, now_ms() + delay_ms],
        )? == 1)
    }

    /// Where the queue of `source` stands.
    pub fn queue_counts(&self, source: &str) -> Result<QueueCounts, CatalogError> {
        let now = now_ms();
        let rows = self.conn().query_all(
            "SELECT state, lease_until < ?2, COUNT(*) FROM work_items WHERE source = ?1
             GROUP BY state, lease_until < ?2",
            params![source, now],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, Option<bool>>(1)?,
                    r.get::<_, i64>(2)?,
                ))
            },
        )?;
        let mut c = QueueCounts::default();
        for (state, expired, n) in rows {
            let n = n as u64;
            match (state.as_str(), expired) {
                ("waiting", _) => c.waiting += n,
                ("claimed", Some(true)) => c.expired += n,
                ("claimed", _) => c.claimed += n,
                _ => c.done += n,
            }
        }
        Ok(c)
    }

    /// Whether anything of `source` may still come to this worker: items waiting that are
    /// claimable now, or claimed by anyone (a claim whose worker dies is taken over).
    pub fn queue_has_work(&self, source: &str) -> Result<bool, CatalogError> {
        let n: i64 = self.conn().query_row(
            "SELECT COUNT(*) FROM work_items WHERE source = ?1
               AND ((state = 'waiting' AND not_before <= ?2) OR state = 'claimed')",
            params![source, now_ms()],
            |r| r.get(0),
        )?;
        Ok(n > 0)
    }
}

/// A lease taken by [`Catalog::take_lease`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeaseHolder {
    pub holder: String,
    /// Milliseconds since the epoch.
    pub until_ms: i64,
}

impl Catalog {
    /// Takes (or renews) the lease `name` for `holder` until `lease_ms` from now, if no one else
    /// holds it: free, already this holder's, or run out (its holder stopped renewing). Returns
    /// whether `holder` now holds it. One statement, so two takers at once cannot both win: the
    /// row's uniqueness decides, and the loser's `WHERE` finds the winner's live lease.
    pub fn take_lease(
        &self,
        name: &str,
        holder: &str,
        lease_ms: i64,
    ) -> Result<bool, CatalogError> {
        let at = now_ms();
        Ok(self.conn().execute(
            "INSERT INTO leases (name, holder, until_ms, taken_at) VALUES (?1, ?2, ?3, ?5)
             ON CONFLICT (name) DO UPDATE SET holder = excluded.holder,
                until_ms = excluded.until_ms,
                taken_at = CASE WHEN leases.holder = excluded.holder THEN leases.taken_at
                                ELSE excluded.taken_at END
             WHERE leases.holder = excluded.holder OR leases.until_ms < ?4",
            params![name, holder, at + lease_ms, at, now()],
        )? == 1)
    }

    /// Gives the lease up, if `holder` holds it, so another can take it at once (a worker
    /// stopping in good order).
    pub fn drop_lease(&self, name: &str, holder: &str) -> Result<bool, CatalogError> {
        Ok(self.conn().execute(
            "DELETE FROM leases WHERE name = ?1 AND holder = ?2",
            params![name, holder],
        )? == 1)
    }

    /// Who holds the lease `name` now, if anyone (a lease run out is no one's).
    pub fn lease_holder(&self, name: &str) -> Result<Option<LeaseHolder>, CatalogError> {
        Ok(self
            .conn()
            .query_all(
                "SELECT holder, until_ms FROM leases WHERE name = ?1 AND until_ms >= ?2",
                params![name, now_ms()],
                |r| {
                    Ok(LeaseHolder {
                        holder: r.get(0)?,
                        until_ms: r.get(1)?,
                    })
                },
            )?
            .pop())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(n: usize) -> Vec<String> {
        (0..n).map(|i| format!("inbox/scan{i:03}.pdf")).collect()
    }

    #[test]
    fn items_are_claimed_once_taken_over_when_a_lease_runs_out_and_done_once() {
        crate::catalog::each_engine(|c| {
            assert_eq!(c.enqueue("s3", &items(5)).unwrap(), 5);
            assert_eq!(
                c.enqueue("s3", &items(5)).unwrap(),
                0,
                "listed again: no new item"
            );
            let a = c.claim("s3", "worker-a", 3, 60_000).unwrap();
            let b = c.claim("s3", "worker-b", 3, 60_000).unwrap();
            assert_eq!((a.len(), b.len()), (3, 2));
            assert!(a.iter().all(|x| !b.iter().any(|y| y.item == x.item)));
            assert!(c.claim("s3", "worker-c", 3, 60_000).unwrap().is_empty());
            assert_eq!(c.queue_counts("s3").unwrap().claimed, 5);
            // Worker a completes one, then "dies": its lease is run out by hand.
            assert!(c.complete(a[0].id, "worker-a", "stored").unwrap());
            assert!(
                !c.complete(a[0].id, "worker-a", "stored").unwrap(),
                "done once"
            );
            c.conn()
                .execute(
                    "UPDATE work_items SET lease_until = 0 WHERE worker = 'worker-a'",
                    params![],
                )
                .unwrap();
            assert_eq!(c.queue_counts("s3").unwrap().expired, 2);
            // b renews its own leases only.
            assert_eq!(c.renew_leases("worker-b", 60_000).unwrap(), 2);
            let taken = c.claim("s3", "worker-c", 10, 60_000).unwrap();
            assert_eq!(
                taken.iter().map(|t| &t.item).collect::<Vec<_>>(),
                vec![&a[1].item, &a[2].item]
            );
            assert!(taken.iter().all(|t| t.attempts == 2));
            // The dead worker's late completion does not count: c holds it now.
            assert!(!c.complete(a[1].id, "worker-a", "stored").unwrap());
            assert!(c.complete(a[1].id, "worker-c", "duplicate").unwrap());
            // A retry later: given back, not claimable until its delay has passed.
            assert!(c.release(a[2].id, "worker-c", 60_000).unwrap());
            assert!(c.claim("s3", "worker-c", 10, 60_000).unwrap().is_empty());
            for x in &b {
                assert!(c.complete(x.id, "worker-b", "stored").unwrap());
            }
            let counts = c.queue_counts("s3").unwrap();
            assert_eq!((counts.done, counts.waiting, counts.open()), (4, 1, 1));
            assert!(
                !c.queue_has_work("s3").unwrap(),
                "the one left waits for its delay"
            );
            // The same key listed again after it was done is a new file.
            assert_eq!(c.enqueue("s3", &[a[0].item.clone()]).unwrap(), 1);
            assert!(c.queue_has_work("s3").unwrap());
            // A listing that began before an item was done saw the filed object, not a new
            // one: not added, and said to be stale. One that began after it is a new file.
            let listed_at = now();
            let x = c.claim("s3", "worker-b", 10, 60_000).unwrap();
            let x = x.iter().find(|x| x.item == a[0].item).unwrap();
            assert!(c.complete(x.id, "worker-b", "stored").unwrap());
            let again = c
                .enqueue_listed("s3", &[a[0].item.clone()], &listed_at)
                .unwrap();
            assert_eq!((again.added, again.stale), (0, vec![a[0].item.clone()]));
            let later = c
                .enqueue_listed("s3", &[a[0].item.clone()], "2999-01-01T00:00:00Z")
                .unwrap();
            assert_eq!((later.added, later.stale.len()), (1, 0));
            assert_eq!(c.queue_counts("other").unwrap(), QueueCounts::default());
        });
    }

    /// Two workers on separate connections to one PostgreSQL catalog, claiming at the same
    /// time many times over, never get the same item.
    #[test]
    fn concurrent_claims_on_postgres_never_overlap() {
        let url = crate::catalog::pg_server::shared().fresh_database();
        let first = Catalog::open_postgres(&url, Some(&crate::catalog::test_key())).unwrap();
        first.enqueue("s3", &items(200)).unwrap();
        let got: Vec<Vec<String>> = std::thread::scope(|s| {
            let handles: Vec<_> = (0..4)
                .map(|w| {
                    let url = url.clone();
                    s.spawn(move || {
                        let c = Catalog::open_postgres(&url, Some(&crate::catalog::test_key()))
                            .unwrap();
                        let mut mine = Vec::new();
                        loop {
                            let batch = c.claim("s3", &format!("w{w}"), 3, 60_000).unwrap();
                            if batch.is_empty() {
                                break;
                            }
                            mine.extend(batch.into_iter().map(|b| b.item));
                        }
                        mine
                    })
                })
                .collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        });
        let mut all: Vec<String> = got.concat();
        assert_eq!(all.len(), 200, "every item claimed");
        all.sort();
        all.dedup();
        assert_eq!(all.len(), 200, "no item claimed twice");
    }

    /// A lease is one holder's at a time, renewed by it, taken over once it runs out, and
    /// free again at once when given up.
    #[test]
    fn a_lease_has_one_holder_until_it_runs_out() {
        crate::catalog::each_engine(|c| {
            assert!(c.take_lease("imap:box", "w1", 60_000).unwrap());
            assert!(!c.take_lease("imap:box", "w2", 60_000).unwrap());
            assert!(c.take_lease("imap:box", "w1", 60_000).unwrap(), "renewed");
            assert_eq!(c.lease_holder("imap:box").unwrap().unwrap().holder, "w1");
            assert!(
                c.take_lease("other", "w2", 60_000).unwrap(),
                "leases are by name"
            );
            // w1 stops renewing: its lease runs out.
            c.conn()
                .execute(
                    "UPDATE leases SET until_ms = 0 WHERE name = 'imap:box'",
                    params![],
                )
                .unwrap();
            assert_eq!(c.lease_holder("imap:box").unwrap(), None);
            assert!(
                c.take_lease("imap:box", "w2", 60_000).unwrap(),
                "taken over"
            );
            assert!(
                !c.take_lease("imap:box", "w1", 60_000).unwrap(),
                "w1 lost it"
            );
            assert!(!c.drop_lease("imap:box", "w1").unwrap());
            assert!(c.drop_lease("imap:box", "w2").unwrap());
            assert!(
                c.take_lease("imap:box", "w1", 60_000).unwrap(),
                "free at once"
            );
        });
    }

    /// A worker whose connection to PostgreSQL is cut (the server restarted, a network
    /// blip) connects again: what was in flight fails with its error, the next call works.
    #[test]
    fn a_dropped_postgres_connection_is_made_again() {
        let pg = crate::catalog::pg_server::shared();
        let url = pg.fresh_database();
        let db = url.rsplit('/').next().unwrap().to_string();
        let c = Catalog::open_postgres(&url, Some(&crate::catalog::test_key())).unwrap();
        assert!(c.take_lease("box", "w1", 60_000).unwrap());
        let cut = pg
            .psql(
                "postgres",
                &format!(
                    "SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity
                     WHERE datname = '{db}' AND pid <> pg_backend_pid()"
                ),
            )
            .unwrap();
        assert_eq!(cut, "1", "the worker's connection was cut");
        let mut failed = 0;
        let held = loop {
            match c.lease_holder("box") {
                Ok(h) => break h,
                Err(_) if failed < 2 => failed += 1,
                Err(e) => panic!("not connected again: {e}"),
            }
        };
        assert!(failed <= 1, "at most the call in flight fails");
        assert_eq!(
            held.unwrap().holder,
            "w1",
            "the same catalog, connected again"
        );
        assert!(c.take_lease("box", "w1", 60_000).unwrap());
    }
}
