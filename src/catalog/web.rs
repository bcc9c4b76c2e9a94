//! What the web workspace keeps: password hashes, sessions, failed sign-ins, the full-text index
//! and the two-person approvals of destruction.
//!
//! All of it lives in the encrypted catalog, like everything else about people and cases:
//! - `user_passwords`: an argon2id hash (PHC string) per local account; never the password.
//! - `web_sessions`: the SHA-256 of each session token (the token itself is only in the
//!   person's cookie, so a copy of the catalog signs nobody in), its CSRF token, when it was
//!   made and last used (the idle timeout counts from there).
//! - `login_failures`: failed sign-ins by account name, for the lock-out.
//! - `document_text`: an FTS5 index of each document's OCR text or e-mail body, so search never
//!   needs a plaintext index on disk. On PostgreSQL the text is sealed and search goes through
//!   `document_words`, keyed hashes of each document's words ([`super::fields`]). A shielded
//!   case's text is never indexed (it would escape the
//!   case's own key), and a document's text goes in the transaction that begins its destruction.
//! - `set_aside`: review-queue items a person rejected or asked to be scanned again, with the
//!   reason and where the original was kept (nothing is lost); a rescan request stays open until
//!   the scanning station says the page was scanned again.
//! - `disposal_approvals`: a records manager's approval of a list of documents due for
//!   destruction, which runs only once a second records manager confirms it.
//! - `pipeline_runs`: each run of a pipeline (any source), when it began, its heartbeat, how it
//!   ended and its counts, for the dashboard's pipeline health. Counts and times only: no file
//!   or case is named.

use super::db::{params, Conn, DbError, Engine, OptionalExtension, Row, Value};
use super::fields::{self, Field, FieldKeys};

use super::{now, Catalog, CatalogError};

pub(super) const WEB_SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS user_passwords (
    user_name TEXT PRIMARY KEY,
    phc       TEXT NOT NULL,
    set_at    TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS web_sessions (
    token_sha256 TEXT PRIMARY KEY,
    user_name    TEXT NOT NULL,
    csrf         TEXT NOT NULL,
    created      INTEGER NOT NULL,
    last_seen    INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS login_failures (
    user_name TEXT NOT NULL,
    at        INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS login_failures_user ON login_failures(user_name, at);
CREATE TABLE IF NOT EXISTS set_aside (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    item        INTEGER NOT NULL,
    reason      TEXT NOT NULL,
    pipeline    TEXT NOT NULL,
    action      TEXT NOT NULL,
    note        TEXT NOT NULL,
    path        TEXT NOT NULL,
    user_name   TEXT NOT NULL,
    at          TEXT NOT NULL,
    done_by     TEXT,
    done_at     TEXT
);
CREATE TABLE IF NOT EXISTS disposal_approvals (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    today        TEXT NOT NULL,
    documents    TEXT NOT NULL,
    approved_by  TEXT NOT NULL,
    approved_at  TEXT NOT NULL,
    confirmed_by TEXT,
    confirmed_at TEXT,
    state        TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS pipeline_runs (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    pipeline    TEXT NOT NULL,
    watching    INTEGER NOT NULL,
    started_at  TEXT NOT NULL,
    beat_at     TEXT NOT NULL,
    ended_at    TEXT,
    state       TEXT NOT NULL,
    stored      INTEGER NOT NULL DEFAULT 0,
    quarantined INTEGER NOT NULL DEFAULT 0,
    problems    INTEGER NOT NULL DEFAULT 0,
    error       TEXT
);
CREATE INDEX IF NOT EXISTS pipeline_runs_by_pipeline ON pipeline_runs(pipeline, id);
";

/// The text index on SQLite: FTS5, diacritics folded (so "plentyn" finds "plentyn" and
/// "cŵn" finds "cwn").
const SQLITE_TEXT_INDEX: &str = "
CREATE VIRTUAL TABLE IF NOT EXISTS document_text USING fts5(
    document_id UNINDEXED,
    text,
    tokenize = 'unicode61 remove_diacritics 2'
);
";

/// The text table on PostgreSQL, as version 9 made it: a GIN index over its `simple` text-search
/// vector, which version 13 drops ([`word_index`]) once the text is sealed.
const PG_TEXT_INDEX: &str = "
CREATE TABLE IF NOT EXISTS document_text (
    document_id TEXT NOT NULL,
    text        TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS document_text_id ON document_text(document_id);
CREATE INDEX IF NOT EXISTS document_text_words ON document_text
    USING GIN (to_tsvector('simple', text));
";

/// The workspace's tables, and the text index each engine has.
pub(super) fn set_up(conn: &Conn) -> Result<(), CatalogError> {
    conn.execute_ddl(WEB_SCHEMA)?;
    match conn.engine() {
        Engine::Sqlite => conn.execute_ddl(SQLITE_TEXT_INDEX)?,
        Engine::Postgres => conn.execute_ddl(PG_TEXT_INDEX)?,
    }
    Ok(())
}

const RUN_COLUMNS: &str = "id, pipeline, watching, started_at, beat_at, ended_at, state, stored,
    quarantined, problems, error";

fn run_row(r: &Row<'_>) -> Result<RunRow, DbError> {
    Ok(RunRow {
        id: r.get(0)?,
        pipeline: r.get(1)?,
        watching: r.get(2)?,
        started_at: r.get(3)?,
        beat_at: r.get(4)?,
        ended_at: r.get(5)?,
        state: r.get(6)?,
        stored: r.get(7)?,
        quarantined: r.get(8)?,
        problems: r.get(9)?,
        error: r.get(10)?,
    })
}

/// A signed-in session, as the catalog keeps it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebSession {
    pub user_name: String,
    pub csrf: String,
    pub created: i64,
    pub last_seen: i64,
}

/// One search hit: a document and a snippet of its text around the words found.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchHit {
    pub document_id: String,
    pub snippet: String,
}

/// A records manager's approval of a disposal, waiting for (or given) a second one.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct DisposalApproval {
    pub id: i64,
    /// The day the list was made for.
    pub today: String,
    pub documents: Vec<String>,
    pub approved_by: String,
    pub approved_at: String,
    pub confirmed_by: Option<String>,
    pub confirmed_at: Option<String>,
    /// `waiting`, `confirmed` (ran), or `withdrawn`.
    pub state: String,
}

/// A review-queue item a person set aside: rejected, or sent back for a rescan.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct SetAside {
    pub id: i64,
    pub item: i64,
    pub reason: String,
    pub pipeline: String,
    /// `rejected` or `rescan`.
    pub action: String,
    pub note: String,
    pub path: String,
    pub user_name: String,
    pub at: String,
    pub done_by: Option<String>,
    pub done_at: Option<String>,
}

/// The intake dashboard's figures (counts and times only: nothing of any case).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct IntakeFigures {
    /// Per pipeline: documents filed today, the last filing, items quarantined today.
    pub pipelines: Vec<PipelineFigures>,
    /// The review queue by reason.
    pub queue: Vec<(String, i64)>,
    /// When the oldest item in the queue arrived.
    pub oldest_waiting: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct PipelineFigures {
    pub pipeline: String,
    pub filed_today: i64,
    pub last_filed: Option<String>,
    pub quarantined_today: i64,
    /// The pipeline's latest run, if it has run since runs were recorded.
    pub last_run: Option<RunRow>,
    /// Runs that ended in an error today.
    pub failed_today: i64,
}

/// How a pipeline run stands.
pub const RUN_RUNNING: &str = "running";
pub const RUN_FINISHED: &str = "finished";
pub const RUN_FAILED: &str = "failed";

/// One run of a pipeline, as `pipeline_runs` keeps it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RunRow {
    pub id: i64,
    pub pipeline: String,
    pub watching: bool,
    pub started_at: String,
    /// Written every minute while the run lives: a `running` run whose heartbeat is old was
    /// stopped without ending (killed, the machine lost power).
    pub beat_at: String,
    pub ended_at: Option<String>,
    pub state: String,
    pub stored: i64,
    pub quarantined: i64,
    /// Arrivals that could not be read or are left to retry.
    pub problems: i64,
    /// Why a failed run stopped (the run's error, no file named).
    pub error: Option<String>,
}

impl RunRow {
    /// A `running` run whose heartbeat is older than `stale_secs` at `now`.
    pub fn vanished(&self, now: chrono::DateTime<chrono::Utc>, stale_secs: i64) -> bool {
        self.state == RUN_RUNNING
            && chrono::DateTime::parse_from_rfc3339(&self.beat_at)
                .map(|b| (now - b.with_timezone(&chrono::Utc)).num_seconds() > stale_secs)
                .unwrap_or(true)
    }
}

impl Catalog {
    /// Counts for the intake dashboard; `today` as `YYYY-MM-DD` (UTC, as the catalog's stamps).
    pub fn intake_figures(&self, today: &str) -> Result<IntakeFigures, CatalogError> {
        let conn = self.conn();
        let day = format!("{today}%");
        let mut per: std::collections::BTreeMap<String, PipelineFigures> = Default::default();
        let mut st = conn.prepare(
            "SELECT pipeline, SUM(CASE WHEN stored_at LIKE ?1 THEN 1 ELSE 0 END), MAX(stored_at)
             FROM documents WHERE status = 'stored' GROUP BY pipeline",
        )?;
        for r in st.query_map(params![day], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?, r.get(2)?))
        })? {
            let (p, n, last) = r?;
            let e = per.entry(p.clone()).or_default();
            e.pipeline = p;
            e.filed_today = n;
            e.last_filed = last;
        }
        let mut st = conn.prepare(
            "SELECT pipeline, SUM(CASE WHEN at LIKE ?1 THEN 1 ELSE 0 END)
             FROM quarantine GROUP BY pipeline",
        )?;
        for r in st.query_map(params![day], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))
        })? {
            let (p, n) = r?;
            let e = per.entry(p.clone()).or_default();
            e.pipeline = p;
            e.quarantined_today = n;
        }
        let mut st = conn
            .prepare("SELECT reason, COUNT(*) FROM quarantine GROUP BY reason ORDER BY 2 DESC")?;
        let queue = st
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        let oldest_waiting = conn.query_row("SELECT MIN(at) FROM quarantine", [], |r| r.get(0))?;
        let mut st = conn.prepare(&format!(
            "SELECT {RUN_COLUMNS} FROM pipeline_runs
             WHERE id IN (SELECT MAX(id) FROM pipeline_runs GROUP BY pipeline)"
        ))?;
        for r in st.query_map([], run_row)? {
            let r = r?;
            let e = per.entry(r.pipeline.clone()).or_default();
            e.pipeline = r.pipeline.clone();
            e.last_run = Some(r);
        }
        let mut st = conn.prepare(
            "SELECT pipeline, COUNT(*) FROM pipeline_runs
             WHERE state = 'failed' AND ended_at LIKE ?1 GROUP BY pipeline",
        )?;
        for r in st.query_map(params![day], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))
        })? {
            let (p, n) = r?;
            let e = per.entry(p.clone()).or_default();
            e.pipeline = p;
            e.failed_today = n;
        }
        Ok(IntakeFigures {
            pipelines: per.into_values().collect(),
            queue,
            oldest_waiting,
        })
    }

    /// Records that a run of `pipeline` began; its id.
    pub fn begin_run(&self, pipeline: &str, watching: bool) -> Result<i64, CatalogError> {
        let conn = self.conn();
        let at = now();
        conn.execute(
            "INSERT INTO pipeline_runs (pipeline, watching, started_at, beat_at, state)
             VALUES (?1, ?2, ?3, ?3, 'running')",
            params![pipeline, watching, at],
        )?;
        Ok(conn.last_insert_rowid()?)
    }

    /// The heartbeat of a live run, with its counts so far.
    pub fn beat_run(
        &self,
        id: i64,
        stored: i64,
        quarantined: i64,
        problems: i64,
    ) -> Result<(), CatalogError> {
        self.conn().execute(
            "UPDATE pipeline_runs SET beat_at = ?2, stored = ?3, quarantined = ?4, problems = ?5
             WHERE id = ?1 AND state = 'running'",
            params![id, now(), stored, quarantined, problems],
        )?;
        Ok(())
    }

    /// Records how a run ended: finished, or failed with its error.
    pub fn end_run(
        &self,
        id: i64,
        counts: (i64, i64, i64),
        error: Option<&str>,
    ) -> Result<(), CatalogError> {
        let at = now();
        self.conn().execute(
            "UPDATE pipeline_runs SET beat_at = ?2, ended_at = ?2, state = ?3, stored = ?4,
               quarantined = ?5, problems = ?6, error = ?7
             WHERE id = ?1",
            params![
                id,
                at,
                if error.is_some() {
                    RUN_FAILED
                } else {
                    RUN_FINISHED
                },
                counts.0,
                counts.1,
                counts.2,
                error
            ],
        )?;
        Ok(())
    }

    /// The latest runs of a pipeline, newest first.
    pub fn runs_of(&self, pipeline: &str, limit: usize) -> Result<Vec<RunRow>, CatalogError> {
        let conn = self.conn();
        let mut st = conn.prepare(&format!(
            "SELECT {RUN_COLUMNS} FROM pipeline_runs WHERE pipeline = ?1 ORDER BY id DESC LIMIT ?2"
        ))?;
        let rows = st
            .query_map(params![pipeline, limit as i64], run_row)?
            .collect::<Result<_, _>>()?;
        Ok(rows)
    }

    /// Records a review-queue item set aside and takes it off the queue, in one transaction.
    pub fn set_aside_item(
        &self,
        row: &super::QuarantineRow,
        action: &str,
        note: &str,
        kept_at: &str,
    ) -> Result<i64, CatalogError> {
        let user = self.acting_user().unwrap_or_default();
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        tx.execute(
            "INSERT INTO set_aside (item, reason, pipeline, action, note, path, user_name, at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                row.id,
                row.reason,
                row.pipeline,
                action,
                tx.fields().seal(Field::SetAsideNote, note)?,
                tx.fields().seal(Field::SetAsidePath, kept_at)?,
                user,
                now()
            ],
        )?;
        let id = tx.last_insert_rowid()?;
        tx.execute("DELETE FROM quarantine WHERE id = ?1", params![row.id])?;
        tx.commit()?;
        Ok(id)
    }

    /// Items set aside, newest first; `open_rescans` for the rescans not yet done only.
    pub fn set_aside_items(&self, open_rescans: bool) -> Result<Vec<SetAside>, CatalogError> {
        let conn = self.conn();
        let mut st = conn.prepare(&format!(
            "SELECT id, item, reason, pipeline, action, note, path, user_name, at, done_by,
                    done_at FROM set_aside {} ORDER BY id DESC",
            if open_rescans {
                "WHERE action = 'rescan' AND done_at IS NULL"
            } else {
                ""
            }
        ))?;
        let rows = st.query_map([], |r| {
            Ok(SetAside {
                id: r.get(0)?,
                item: r.get(1)?,
                reason: r.get(2)?,
                pipeline: r.get(3)?,
                action: r.get(4)?,
                note: conn.fields().open(Field::SetAsideNote, r.get(5)?)?,
                path: conn.fields().open(Field::SetAsidePath, r.get(6)?)?,
                user_name: r.get(7)?,
                at: r.get(8)?,
                done_by: r.get(9)?,
                done_at: r.get(10)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Marks a rescan request done. Returns false if it was not open.
    pub fn finish_rescan(&self, id: i64) -> Result<bool, CatalogError> {
        let user = self.acting_user().unwrap_or_default();
        Ok(self.conn().execute(
            "UPDATE set_aside SET done_by = ?2, done_at = ?3
             WHERE id = ?1 AND action = 'rescan' AND done_at IS NULL",
            params![id, user, now()],
        )? == 1)
    }

    /// Sets (or replaces) a user's password hash.
    pub fn set_password_hash(&self, user: &str, phc: &str) -> Result<(), CatalogError> {
        self.conn().execute(
            "INSERT INTO user_passwords (user_name, phc, set_at) VALUES (?1, ?2, ?3)
             ON CONFLICT(user_name) DO UPDATE SET phc = excluded.phc, set_at = excluded.set_at",
            params![user, phc, now()],
        )?;
        Ok(())
    }

    /// A user's password hash, if they have a password.
    pub fn password_hash(&self, user: &str) -> Result<Option<String>, CatalogError> {
        Ok(self
            .conn()
            .query_row(
                "SELECT phc FROM user_passwords WHERE user_name = ?1",
                params![user],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Records a session (by the hash of its token).
    pub fn add_session(
        &self,
        token_sha256: &str,
        user: &str,
        csrf: &str,
        at: i64,
    ) -> Result<(), CatalogError> {
        self.conn().execute(
            "INSERT INTO web_sessions (token_sha256, user_name, csrf, created, last_seen)
             VALUES (?1, ?2, ?3, ?4, ?4)",
            params![token_sha256, user, csrf, at],
        )?;
        Ok(())
    }

    /// A session by the hash of its token.
    pub fn session(&self, token_sha256: &str) -> Result<Option<WebSession>, CatalogError> {
        Ok(self
            .conn()
            .query_row(
                "SELECT user_name, csrf, created, last_seen FROM web_sessions
                 WHERE token_sha256 = ?1",
                params![token_sha256],
                |r| {
                    Ok(WebSession {
                        user_name: r.get(0)?,
                        csrf: r.get(1)?,
                        created: r.get(2)?,
                        last_seen: r.get(3)?,
                    })
                },
            )
            .optional()?)
    }

    /// Marks a session used now.
    pub fn touch_session(&self, token_sha256: &str, at: i64) -> Result<(), CatalogError> {
        self.conn().execute(
            "UPDATE web_sessions SET last_seen = ?2 WHERE token_sha256 = ?1",
            params![token_sha256, at],
        )?;
        Ok(())
    }

    /// Ends one session.
    pub fn end_session(&self, token_sha256: &str) -> Result<(), CatalogError> {
        self.conn().execute(
            "DELETE FROM web_sessions WHERE token_sha256 = ?1",
            params![token_sha256],
        )?;
        Ok(())
    }

    /// Ends every session of a user (their password changed, or they were disabled).
    pub fn end_sessions_of(&self, user: &str) -> Result<usize, CatalogError> {
        Ok(self.conn().execute(
            "DELETE FROM web_sessions WHERE user_name = ?1",
            params![user],
        )?)
    }

    /// Forgets sessions idle since before `idle_before` or made before `made_before`.
    pub fn expire_sessions(
        &self,
        idle_before: i64,
        made_before: i64,
    ) -> Result<usize, CatalogError> {
        Ok(self.conn().execute(
            "DELETE FROM web_sessions WHERE last_seen < ?1 OR created < ?2",
            params![idle_before, made_before],
        )?)
    }

    /// Records a failed sign-in for an account name (which may not exist: the lock-out must not
    /// tell which names are real).
    pub fn add_login_failure(&self, user: &str, at: i64) -> Result<(), CatalogError> {
        let conn = self.conn();
        conn.execute(
            "INSERT INTO login_failures (user_name, at) VALUES (?1, ?2)",
            params![user, at],
        )?;
        // Old failures count for nothing; a day keeps the table small.
        conn.execute(
            "DELETE FROM login_failures WHERE at < ?1",
            params![at - 86_400],
        )?;
        Ok(())
    }

    /// Failed sign-ins for an account name since `since`.
    pub fn login_failures_since(&self, user: &str, since: i64) -> Result<i64, CatalogError> {
        Ok(self.conn().query_row(
            "SELECT COUNT(*) FROM login_failures WHERE user_name = ?1 AND at >= ?2",
            params![user, since],
            |r| r.get(0),
        )?)
    }

    /// Clears an account's failures (a successful sign-in, or an administrator's unlock).
    pub fn clear_login_failures(&self, user: &str) -> Result<(), CatalogError> {
        self.conn().execute(
            "DELETE FROM login_failures WHERE user_name = ?1",
            params![user],
        )?;
        Ok(())
    }

    /// Indexes a document's text for search (replacing what was there).
    pub fn index_text(&self, document_id: &str, text: &str) -> Result<(), CatalogError> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        forget_text_of(&tx, document_id)?;
        if !text.trim().is_empty() {
            tx.execute(
                "INSERT INTO document_text (document_id, text) VALUES (?1, ?2)",
                params![document_id, tx.fields().seal(Field::DocText, text)?],
            )?;
            index_words(&tx, document_id, text)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Indexes a stored document's text read back from the store, only if, at this moment, the
    /// document is still stored and its case is not shielded (checked in the same statement):
    /// a reindex running beside a destruction or a shielding never puts back text that has just
    /// been taken out. Returns whether it was indexed.
    pub fn index_text_if_current(
        &self,
        document_id: &str,
        text: &str,
    ) -> Result<bool, CatalogError> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        forget_text_of(&tx, document_id)?;
        let n = tx.execute(
            "INSERT INTO document_text (document_id, text)
             SELECT ?1, ?2 WHERE EXISTS (
               SELECT 1 FROM documents d LEFT JOIN cases c ON c.case_number = d.case_number
               WHERE d.id = ?1 AND d.status = 'stored' AND COALESCE(c.shielded, 0) = 0)",
            params![document_id, tx.fields().seal(Field::DocText, text)?],
        )?;
        if n > 0 {
            index_words(&tx, document_id, text)?;
        }
        tx.commit()?;
        Ok(n > 0)
    }

    /// Drops the indexed text of every document of a case (it became shielded).
    pub fn unindex_case(&self, case_number: &str) -> Result<usize, CatalogError> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        if tx.engine() == Engine::Postgres {
            tx.execute(
                "DELETE FROM document_words WHERE document_id IN
                 (SELECT id FROM documents WHERE case_number = ?1)",
                params![case_number],
            )?;
        }
        let n = tx.execute(
            "DELETE FROM document_text WHERE document_id IN
             (SELECT id FROM documents WHERE case_number = ?1)",
            params![case_number],
        )?;
        tx.commit()?;
        Ok(n)
    }

    /// Whether a document's text is indexed.
    pub fn is_indexed(&self, document_id: &str) -> Result<bool, CatalogError> {
        Ok(self
            .conn()
            .query_row(
                "SELECT 1 FROM document_text WHERE document_id = ?1",
                params![document_id],
                |_| Ok(()),
            )
            .optional()?
            .is_some())
    }

    /// Documents whose text matches `words` (each word must appear; a word may end in `*` for
    /// a prefix), best first, at most `limit`. The words are quoted here, so a person's search
    /// is never read as FTS5 query syntax.
    pub fn search_text(&self, words: &str, limit: usize) -> Result<Vec<SearchHit>, CatalogError> {
        let conn = self.conn();
        if let Some(keys) = conn.fields().keys() {
            return search_sealed(&conn, keys, words, limit);
        }
        let query = fts_query(words);
        if query.is_empty() {
            return Ok(Vec::new());
        }
        let mut st = conn.prepare(
            "SELECT document_id, snippet(document_text, 1, '[', ']', ' … ', 12)
             FROM document_text WHERE document_text MATCH ?1 ORDER BY rank LIMIT ?2",
        )?;
        let rows = st.query_map(params![query, limit as i64], |r| {
            Ok(SearchHit {
                document_id: r.get(0)?,
                snippet: r.get(1)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Records a records manager's approval of a disposal list.
    pub fn add_disposal_approval(
        &self,
        today: &str,
        documents: &[String],
        user: &str,
    ) -> Result<i64, CatalogError> {
        let conn = self.conn();
        conn.execute(
            "INSERT INTO disposal_approvals (today, documents, approved_by, approved_at, state)
             VALUES (?1, ?2, ?3, ?4, 'waiting')",
            params![
                today,
                serde_json::to_string(documents).expect("ids serialise"),
                user,
                now()
            ],
        )?;
        Ok(conn.last_insert_rowid()?)
    }

    /// One approval.
    pub fn disposal_approval(&self, id: i64) -> Result<Option<DisposalApproval>, CatalogError> {
        Ok(self.disposal_approvals()?.into_iter().find(|a| a.id == id))
    }

    /// Every approval, newest first.
    pub fn disposal_approvals(&self) -> Result<Vec<DisposalApproval>, CatalogError> {
        let conn = self.conn();
        let mut st = conn.prepare(
            "SELECT id, today, documents, approved_by, approved_at, confirmed_by, confirmed_at,
                    state FROM disposal_approvals ORDER BY id DESC",
        )?;
        let rows = st.query_map([], |r| {
            let docs: String = r.get(2)?;
            Ok(DisposalApproval {
                id: r.get(0)?,
                today: r.get(1)?,
                documents: serde_json::from_str(&docs).unwrap_or_default(),
                approved_by: r.get(3)?,
                approved_at: r.get(4)?,
                confirmed_by: r.get(5)?,
                confirmed_at: r.get(6)?,
                state: r.get(7)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Marks a waiting approval confirmed by `user` (who must not be its approver: checked by
    /// the caller, and again here). Returns false if it was not waiting.
    pub fn confirm_disposal_approval(&self, id: i64, user: &str) -> Result<bool, CatalogError> {
        Ok(self.conn().execute(
            "UPDATE disposal_approvals SET confirmed_by = ?2, confirmed_at = ?3,
             state = 'confirmed' WHERE id = ?1 AND state = 'waiting' AND approved_by <> ?2",
            params![id, user, now()],
        )? == 1)
    }

    /// Withdraws a waiting approval. Returns false if it was not waiting.
    pub fn withdraw_disposal_approval(&self, id: i64) -> Result<bool, CatalogError> {
        Ok(self.conn().execute(
            "UPDATE disposal_approvals SET state = 'withdrawn' WHERE id = ?1 AND state = 'waiting'",
            params![id],
        )? == 1)
    }
}

/// A person's words as an FTS5 query: each word quoted (a trailing `*` kept as a prefix search),
/// all of them required.
fn fts_query(words: &str) -> String {
    words
        .split_whitespace()
        .filter_map(|w| {
            let prefix = w.ends_with('*');
            let core: String = w
                .chars()
                .filter(|c| c.is_alphanumeric() || matches!(c, '-' | '\'' | '/'))
                .collect();
            if core.is_empty() {
                return None;
            }
            Some(format!(
                "\"{}\"{}",
                core.replace('"', ""),
                if prefix { "*" } else { "" }
            ))
        })
        .take(16)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Drops a document's indexed text inside the transaction that begins its destruction.
pub(super) fn forget_text_of(tx: &Conn, document_id: &str) -> Result<(), CatalogError> {
    tx.execute(
        "DELETE FROM document_text WHERE document_id = ?1",
        params![document_id],
    )?;
    if tx.engine() == Engine::Postgres {
        tx.execute(
            "DELETE FROM document_words WHERE document_id = ?1",
            params![document_id],
        )?;
    }
    Ok(())
}

/// The keyed word index that search uses where text is sealed (PostgreSQL, [`fields`]): one row
/// a document, its distinct word and prefix hashes as an array under a GIN index (compressed
/// posting lists: a few bytes a word, where a row a word would be a hundred). Replaces version
/// 9's index over the text itself, which the server could read.
pub(super) fn word_index(conn: &Conn) -> Result<(), CatalogError> {
    if conn.engine() == Engine::Postgres {
        conn.execute_ddl(
            "DROP INDEX IF EXISTS document_text_words;
             CREATE TABLE IF NOT EXISTS document_words (
                 document_id TEXT PRIMARY KEY,
                 hashes      BIGINT[] NOT NULL
             );
             CREATE INDEX IF NOT EXISTS document_words_hashes ON document_words
                 USING GIN (hashes);",
        )?;
    }
    Ok(())
}

/// `hashes` as a PostgreSQL array literal, bound as text and cast in the statement (the
/// catalog's values have no array type).
fn array_literal(hashes: &[i64]) -> String {
    let items: Vec<String> = hashes.iter().map(i64::to_string).collect();
    format!("{{{}}}", items.join(","))
}

/// Adds a document's words to the keyed word index (where fields are sealed).
pub(super) fn index_words(tx: &Conn, document_id: &str, text: &str) -> Result<(), CatalogError> {
    let Some(keys) = tx.fields().keys() else {
        return Ok(());
    };
    tx.execute(
        "INSERT INTO document_words (document_id, hashes) VALUES (?1, CAST(?2 AS TEXT)::BIGINT[])
         ON CONFLICT (document_id) DO UPDATE SET hashes = excluded.hashes",
        params![document_id, array_literal(&fields::word_hashes(keys, text))],
    )?;
    Ok(())
}

/// How many of the newest matching documents a sealed search opens and ranks.
const SEALED_CANDIDATES: usize = 200;

/// Search where text is sealed: the documents whose hashes hold every term's, newest first (at
/// most [`SEALED_CANDIDATES`] of them, and at least `limit`), each opened to check the terms
/// against its words, ranked by how often they occur, with its snippet.
fn search_sealed(
    conn: &Conn,
    keys: &FieldKeys,
    words: &str,
    limit: usize,
) -> Result<Vec<SearchHit>, CatalogError> {
    let terms = fields::search_terms(keys, words);
    if terms.is_empty() || limit == 0 {
        return Ok(Vec::new());
    }
    let mut hashes: Vec<i64> = terms.iter().map(|t| t.hash).collect();
    hashes.sort_unstable();
    hashes.dedup();
    let ids: Vec<String> = conn.query_all(
        "SELECT w.document_id FROM document_words w
         LEFT JOIN documents d ON d.id = w.document_id
         WHERE w.hashes @> CAST(?1 AS TEXT)::BIGINT[]
         ORDER BY d.stored_at DESC, w.document_id LIMIT ?2",
        params![array_literal(&hashes), SEALED_CANDIDATES.max(limit) as i64],
        |r| r.get(0),
    )?;
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let marks: Vec<String> = (1..=ids.len()).map(|i| format!("?{i}")).collect();
    let texts = conn.query_all(
        &format!(
            "SELECT document_id, text FROM document_text WHERE document_id IN ({})",
            marks.join(", ")
        ),
        ids.iter()
            .map(|i| Value::Text(i.clone()))
            .collect::<Vec<_>>(),
        |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)),
    )?;
    let order: std::collections::HashMap<&str, usize> = ids
        .iter()
        .enumerate()
        .map(|(i, id)| (id.as_str(), i))
        .collect();
    let mut ranked = Vec::new();
    for (document_id, sealed) in texts {
        let text = conn.fields().open(Field::DocText, sealed)?;
        if let Some(n) = fields::term_occurrences(&text, &terms) {
            let newest = order
                .get(document_id.as_str())
                .copied()
                .unwrap_or(usize::MAX);
            ranked.push((n, newest, document_id, fields::snippet(&text, &terms, 12)));
        }
    }
    // Most occurrences first; among equals, the newer document.
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    Ok(ranked
        .into_iter()
        .take(limit)
        .map(|(_, _, document_id, snippet)| SearchHit {
            document_id,
            snippet,
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_finds_words_and_ignores_query_syntax() {
        crate::catalog::each_engine(|cat| {
            cat.index_text("d1", "The police attended the address on 3 May.")
                .unwrap();
            cat.index_text("d2", "Datganiad sefyllfa: mae'r plentyn yn ddiogel.")
                .unwrap();
            let hits = cat.search_text("police address", 10).unwrap();
            assert_eq!(hits.len(), 1);
            assert_eq!(hits[0].document_id, "d1");
            assert!(hits[0].snippet.contains("[police]"), "{}", hits[0].snippet);
            assert_eq!(cat.search_text("plent*", 10).unwrap()[0].document_id, "d2");
            // FTS5 syntax in a person's words is just words: no error, no match-everything.
            assert!(cat.search_text("police OR NEAR(\"x\"", 10).is_ok());
            assert!(cat.search_text("\"\" * :", 10).unwrap().is_empty());
            // Re-indexing replaces; an empty text unindexes.
            cat.index_text("d1", "").unwrap();
            assert!(cat.search_text("police", 10).unwrap().is_empty());
            assert!(!cat.is_indexed("d1").unwrap());
        });
    }

    #[test]
    fn runs_are_recorded_with_their_health() {
        crate::catalog::each_engine(|cat| {
            let today = &now()[..10];
            let a = cat.begin_run("scanning-station", true).unwrap();
            cat.beat_run(a, 2, 1, 0).unwrap();
            let f = cat.intake_figures(today).unwrap();
            let run = f.pipelines[0].last_run.clone().unwrap();
            assert_eq!(
                (run.state.as_str(), run.stored, run.watching),
                (RUN_RUNNING, 2, true)
            );
            let soon = chrono::Utc::now() + chrono::Duration::seconds(60);
            assert!(!run.vanished(soon, 180));
            // A run whose heartbeat stopped (killed) is told apart from one still alive.
            let later = chrono::Utc::now() + chrono::Duration::seconds(600);
            assert!(run.vanished(later, 180));
            cat.end_run(a, (3, 1, 1), None).unwrap();
            let b = cat.begin_run("scanning-station", false).unwrap();
            cat.end_run(b, (0, 0, 0), Some("cannot use inbox /srv/scans: denied"))
                .unwrap();
            cat.begin_run("email", false).unwrap();
            let f = cat.intake_figures(today).unwrap();
            let scan = f
                .pipelines
                .iter()
                .find(|p| p.pipeline == "scanning-station")
                .unwrap();
            let last = scan.last_run.as_ref().unwrap();
            assert_eq!(last.id, b, "the latest run is shown");
            assert_eq!(last.state, RUN_FAILED);
            assert!(!last.vanished(later, 180), "an ended run never vanishes");
            assert_eq!(scan.failed_today, 1);
            let runs = cat.runs_of("scanning-station", 10).unwrap();
            assert_eq!(runs.len(), 2);
            assert_eq!((runs[1].state.as_str(), runs[1].stored), (RUN_FINISHED, 3));
            assert!(f.pipelines.iter().any(|p| p.pipeline == "email"
                && p.last_run.as_ref().is_some_and(|r| r.state == RUN_RUNNING)));
        });
    }

    #[test]
    fn sessions_expire_and_failures_count() {
        crate::catalog::each_engine(|cat| {
            cat.add_session("h1", "ann", "c1", 1000).unwrap();
            cat.add_session("h2", "ann", "c2", 1000).unwrap();
            cat.touch_session("h2", 2000).unwrap();
            assert_eq!(cat.expire_sessions(1500, 0).unwrap(), 1);
            assert!(cat.session("h1").unwrap().is_none());
            assert_eq!(cat.session("h2").unwrap().unwrap().last_seen, 2000);
            assert_eq!(cat.end_sessions_of("ann").unwrap(), 1);
            for t in 0..3 {
                cat.add_login_failure("ann", 5000 + t).unwrap();
            }
            assert_eq!(cat.login_failures_since("ann", 5001).unwrap(), 2);
            cat.clear_login_failures("ann").unwrap();
            assert_eq!(cat.login_failures_since("ann", 0).unwrap(), 0);
        });
    }

    #[test]
    fn reindexed_text_goes_only_to_documents_still_stored_and_not_shielded() {
        crate::catalog::each_engine(|cat| {
            {
                let conn = cat.conn();
                conn.execute_batch(
                "INSERT INTO cases (case_number, case_name, law_type, status, shielded, updated_at)
                   VALUES ('AB12C00001', 'A v B', 'private', 'open', 0, 'x'),
                          ('AB12C00002', 'C v D', 'private', 'open', 1, 'x');
                 INSERT INTO documents (id, case_number, folder, name, original_name, sha256,
                   pages, legibility, routing_rule, retention_schedule, retention_rule,
                   object_key, status, received_at, pipeline)
                 VALUES ('d-stored', 'AB12C00001', 'correspondence', 'n', 'o', 's', 1, '[]', 'r',
                         's', 'r', 'k', 'stored', 'x', 'p'),
                        ('d-gone', 'AB12C00001', 'correspondence', 'n', 'o', 's', 1, '[]', 'r',
                         's', 'r', 'k', 'destroying', 'x', 'p'),
                        ('d-shielded', 'AB12C00002', 'correspondence', 'n', 'o', 's', 1, '[]',
                         'r', 's', 'r', 'k', 'stored', 'x', 'p');",
            )
            .unwrap();
            }
            assert!(cat
                .index_text_if_current("d-stored", "parking permit")
                .unwrap());
            assert!(!cat
                .index_text_if_current("d-gone", "parking permit")
                .unwrap());
            assert!(!cat
                .index_text_if_current("d-shielded", "parking permit")
                .unwrap());
            assert!(!cat
                .index_text_if_current("no-such", "parking permit")
                .unwrap());
            let hits = cat.search_text("parking", 10).unwrap();
            assert_eq!(hits.len(), 1);
            assert_eq!(hits[0].document_id, "d-stored");
        });
    }

    #[test]
    fn a_disposal_needs_a_second_person() {
        crate::catalog::each_engine(|cat| {
            let id = cat
                .add_disposal_approval("2030-01-01", &["a".into(), "b".into()], "rm1")
                .unwrap();
            assert!(!cat.confirm_disposal_approval(id, "rm1").unwrap());
            assert!(cat.confirm_disposal_approval(id, "rm2").unwrap());
            assert!(!cat.confirm_disposal_approval(id, "rm3").unwrap());
            let a = cat.disposal_approval(id).unwrap().unwrap();
            assert_eq!(a.state, "confirmed");
            assert_eq!(a.documents, vec!["a".to_string(), "b".to_string()]);
            assert_eq!(a.confirmed_by.as_deref(), Some("rm2"));
        });
    }
}
