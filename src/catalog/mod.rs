//! The catalog: cases, documents, the contact log and quarantine, in SQLite or PostgreSQL
//! (`db` says how one set of queries runs on both).
//!
//! The catalog is the index, not the record: every document's bytes (sealed) live in the object
//! store. It is shaped around the two questions users ask of it, "what is filed for this case, and
//! until when" and "what happened, when" (the contact log, policy 000 Appendix 1), and around the
//! crash-safety of the pipeline: a document row is written as `pending` with its object id *before*
//! the object is uploaded, and becomes `stored` only after the object was read back and verified.
//! A run that dies in between finds the pending row again by the original's SHA-256 and reuses its
//! object id, so the store never holds the same document twice.
//!
//! One connection behind a mutex: SQLite serialises writers anyway, and every call here is short.
//! On PostgreSQL each process (worker) has its own connection.
//!
//! The file is encrypted at rest with SQLCipher under the key ring's catalog key (`cipher`
//! says why SQLCipher and how a catalog from an earlier version is encrypted when first opened).

pub mod audit;
pub mod cases;
mod cipher;
pub mod db;
pub mod fields;
pub mod holds;
pub mod imports;
pub mod mail;
pub mod migrations;
pub mod people;
pub mod pg_tls;
pub mod queue;
pub mod routing;
pub mod shield;
pub mod store_state;
pub mod web;

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use chrono::{DateTime, NaiveDate, Utc};
use db::{params, Conn, DbError, OptionalExtension, Row, ToValue};
use fields::Field;
use serde::Serialize;
use thiserror::Error;

pub use audit::{Anchor, BrokenLink, ChainedRecord, DestructionRecord, Refusal, Step};
pub use cases::{Case, CaseChange, Child, ImportReport};
pub use holds::Hold;
pub use mail::{AttachmentLink, SupersededRow};
pub use shield::ShieldState;

/// Errors from the catalog.
#[derive(Debug, Error)]
pub enum CatalogError {
    #[error("catalog database {path}: {source}")]
    Open {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error("catalog database {path} could not be made private to this user (mode 0600): {source}; check that this user owns it and its folder")]
    Private {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("the catalog {path} does not open with the key ring's catalog key: it was encrypted under another key ring (restore that ring: `casevault keys import BACKUP`, the backup `casevault keys export` wrote), or it is not a casevault catalog")]
    WrongKey { path: PathBuf },
    #[error("catalog file {path}: cannot {during} it: {source}")]
    File {
        path: PathBuf,
        during: &'static str,
        source: std::io::Error,
    },
    #[error("the catalog {path} was kept in the clear by an earlier version and could not be encrypted: {what}")]
    Migrate { path: PathBuf, what: String },
    #[error("catalog query failed: {0}")]
    Sql(#[from] db::DbError),
    #[error("catalog database {url}: {source}")]
    Connect { url: String, source: db::DbError },
    #[error("the catalog holds something it cannot read back: {0}")]
    Corrupt(String),
    #[error("case list {path}, line {line}: {message}")]
    CaseList {
        path: PathBuf,
        line: usize,
        message: String,
    },
    #[error("cannot read case list {path}: {source}")]
    CaseListRead {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("the catalog's schema is at version {found}, newer than this casevault knows ({known}): a newer casevault has used it; run that version (every worker on one catalog runs the same release)")]
    NewerSchema { found: i64, known: i64 },
    #[error("the PostgreSQL catalog's personal data is sealed under another key ring's catalog key: give this worker the key ring the others use (`casevault keys export` on one of them, `casevault keys import` here); a catalog whose ring is lost for good cannot be read, so point catalog_url at a new database and rebuild it from the store (`casevault catalog rebuild`)")]
    FieldKeyMismatch,
    #[error("no document with id {0}: run `casevault ls` to see the ids")]
    NoSuchDocument(String),
    #[error("document id prefix {0} matches more than one document: give more characters")]
    AmbiguousId(String),
}

/// A document as the catalog knows it.
#[derive(Debug, Clone, Serialize)]
pub struct DocumentRow {
    pub id: String,
    pub case_number: String,
    pub folder: String,
    pub name: String,
    pub original_name: String,
    pub sha256: String,
    pub pages: u32,
    pub legibility: String,
    pub routing_rule: String,
    pub retention_schedule: String,
    pub retention_rule: String,
    pub retention_until: Option<String>,
    pub retention_pending: Option<String>,
    pub retention_permanent: bool,
    pub object_key: String,
    pub sealed_size: u64,
    pub status: DocStatus,
    pub received_at: String,
    pub stored_at: Option<String>,
    pub pipeline: String,
}

impl DocumentRow {
    /// Its retention as one short text: a date, `pending: EVENT`, `permanent` (or `unknown`).
    pub fn retention_text(&self) -> String {
        if let Some(u) = &self.retention_until {
            u.clone()
        } else if let Some(p) = &self.retention_pending {
            format!("pending: {p}")
        } else if self.retention_permanent {
            "permanent".into()
        } else {
            "unknown".into()
        }
    }
}

/// Where a document is in its life. Decisions hang on it (a stored document makes a later copy
/// a duplicate; a pending one is finished by the next run), so it is a type, not a string that a
/// typo would silently make match nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DocStatus {
    /// Recorded before sealing and storing; not yet verified in the store.
    Pending,
    /// Sealed, stored and read back verified.
    Stored,
    /// Its destruction is begun (intent recorded, data key gone from the catalog) and not yet
    /// completed in the store; the next `dispose` finishes it.
    Destroying,
    /// Crypto-shredded: its data key and object are gone; the row and the record remain.
    Destroyed,
}

impl DocStatus {
    /// As written in the catalog's `status` column.
    pub fn as_str(self) -> &'static str {
        match self {
            DocStatus::Pending => "pending",
            DocStatus::Stored => "stored",
            DocStatus::Destroying => "destroying",
            DocStatus::Destroyed => "destroyed",
        }
    }
}

impl db::FromValue for DocStatus {
    fn from_value(v: db::ValueRef<'_>) -> Result<Self, String> {
        match String::from_value(v)?.as_str() {
            "pending" => Ok(DocStatus::Pending),
            "stored" => Ok(DocStatus::Stored),
            "destroying" => Ok(DocStatus::Destroying),
            "destroyed" => Ok(DocStatus::Destroyed),
            other => Err(format!("unknown document status '{other}' in the catalog")),
        }
    }
}

impl From<rusqlite::Error> for CatalogError {
    fn from(e: rusqlite::Error) -> CatalogError {
        CatalogError::Sql(e.into())
    }
}

/// A document about to be stored: everything but the verification.
#[derive(Debug, Clone)]
pub struct NewDocument<'a> {
    pub id: &'a str,
    pub case_number: &'a str,
    pub folder: &'a str,
    pub name: &'a str,
    pub original_name: &'a str,
    pub sha256: &'a str,
    pub pages: u32,
    pub legibility_json: &'a str,
    pub routing_rule: &'a str,
    pub retention_schedule: &'a str,
    pub retention_rule: &'a str,
    pub retention_until: Option<NaiveDate>,
    pub retention_pending: Option<&'a str>,
    pub retention_permanent: bool,
    pub object_key: &'a str,
    pub received_at: DateTime<Utc>,
    pub pipeline: &'a str,
}

/// A quarantined file as listed by `casevault quarantine ls`.
#[derive(Debug, Clone, Serialize)]
pub struct QuarantineRow {
    pub id: i64,
    pub original_name: String,
    pub path: String,
    pub reason: String,
    pub detail: String,
    pub pages: String,
    pub sha256: String,
    pub at: String,
    pub pipeline: String,
}

/// One contact-log entry.
#[derive(Debug, Clone, Serialize)]
pub struct ContactEntry {
    pub at: String,
    /// Who did it: the acting user (None in entries written before there were users).
    pub user: Option<String>,
    pub case_number: Option<String>,
    pub document_id: Option<String>,
    pub action: String,
    pub detail: String,
}

/// A run lock held ([`Catalog::try_run_lock`]); released when dropped.
pub struct RunLock<'a> {
    catalog: &'a Catalog,
    held: Held,
}

enum Held {
    Advisory(i64),
    /// The open file holds the `flock`; closing it releases it.
    File(#[allow(dead_code)] std::fs::File),
    Nothing,
}

impl Drop for RunLock<'_> {
    fn drop(&mut self) {
        if let Held::Advisory(key) = self.held {
            let _ = self.catalog.conn().query_row(
                "SELECT pg_advisory_unlock(?1)",
                params![key],
                |_| Ok(()),
            );
        }
    }
}

/// The catalog, on SQLite or PostgreSQL.
pub struct Catalog {
    conn: Mutex<Conn>,
    path: PathBuf,
    /// The user this catalog's contact-log entries are written for (see [`Catalog::act_as`]).
    actor: Mutex<Option<String>>,
}

const SCHEMA: &str = r#"
CREATE TABLE IF NOT EXISTS cases (
    case_number TEXT PRIMARY KEY,
    case_name   TEXT NOT NULL,
    law_type    TEXT NOT NULL,
    stage       TEXT,
    status      TEXT NOT NULL,
    closed_on   TEXT,
    shielded    INTEGER NOT NULL DEFAULT 0,
    updated_at  TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS children (
    case_number TEXT NOT NULL REFERENCES cases(case_number),
    name        TEXT NOT NULL,
    dob         TEXT,
    died        TEXT,
    PRIMARY KEY (case_number, name)
);
CREATE TABLE IF NOT EXISTS documents (
    id                  TEXT PRIMARY KEY,
    case_number         TEXT NOT NULL,
    folder              TEXT NOT NULL,
    name                TEXT NOT NULL,
    original_name       TEXT NOT NULL,
    sha256              TEXT NOT NULL,
    pages               INTEGER NOT NULL,
    legibility          TEXT NOT NULL,
    routing_rule        TEXT NOT NULL,
    retention_schedule  TEXT NOT NULL,
    retention_rule      TEXT NOT NULL,
    retention_until     TEXT,
    retention_pending   TEXT,
    retention_permanent INTEGER NOT NULL DEFAULT 0,
    object_key          TEXT NOT NULL,
    sealed_size         INTEGER NOT NULL DEFAULT 0,
    pdf_sha256          TEXT,
    key_envelope        BLOB,
    status              TEXT NOT NULL,
    received_at         TEXT NOT NULL,
    stored_at           TEXT,
    pipeline            TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_sha ON documents(sha256);
CREATE INDEX IF NOT EXISTS documents_case ON documents(case_number);
CREATE TABLE IF NOT EXISTS contact_log (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    at          TEXT NOT NULL,
    case_number TEXT,
    document_id TEXT,
    action      TEXT NOT NULL,
    detail      TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS quarantine (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    original_name TEXT NOT NULL,
    path          TEXT NOT NULL,
    reason        TEXT NOT NULL,
    detail        TEXT NOT NULL,
    pages         TEXT NOT NULL,
    sha256        TEXT NOT NULL,
    at            TEXT NOT NULL,
    pipeline      TEXT NOT NULL
);
"#;

/// What a catalog file holds, read without its key (for deciding whether a missing key ring may
/// be replaced by a new one: `sink::holdings`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holdings {
    /// No catalog yet, or one in the clear (an earlier version's) with these counts.
    Plain {
        /// Document rows, whatever their status.
        documents: i64,
        /// Destruction records.
        destructions: i64,
    },
    /// An encrypted catalog: it opens only with the catalog key of the ring it was made under.
    Encrypted,
}

impl Catalog {
    /// Opens (creating if needed) the catalog at `path`, encrypted under `key` (the key ring's
    /// catalog key). A catalog an earlier version kept in the clear is encrypted first (once,
    /// said in the log); one that does not open with `key` is [`CatalogError::WrongKey`]. The
    /// file is also made mode 0600 before SQLite opens it (SQLite gives its `-wal` and `-shm`
    /// files the database's own mode), and companions left looser by an older version are
    /// narrowed; a missing folder is made 0700.
    pub fn open(path: &Path, key: &crate::seal::CatalogKey) -> Result<Catalog, CatalogError> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            let _ = crate::private_fs::create_private_dir_all(parent);
        }
        crate::private_fs::ensure_private_file(path).map_err(|source| CatalogError::Private {
            path: path.to_path_buf(),
            source,
        })?;
        for suffix in ["-wal", "-shm", "-journal"] {
            let companion = cipher::companion(path, suffix);
            if companion.exists() {
                crate::private_fs::make_private(&companion).map_err(|source| {
                    CatalogError::Private {
                        path: companion.clone(),
                        source,
                    }
                })?;
            }
        }
        cipher::migrate_plaintext(path, key)?;
        let conn = rusqlite::Connection::open(path).map_err(|source| CatalogError::Open {
            path: path.to_path_buf(),
            source,
        })?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        cipher::unlock(&conn, path, key)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        // Deleted content (a shredded document's key envelope) is overwritten, not left in free
        // pages; `scrub_wal` after a destruction empties the WAL as well.
        conn.pragma_update(None, "secure_delete", "ON")?;
        Catalog::set_up(Conn::sqlite(conn), path.to_path_buf())
    }

    /// An in-memory catalog, for tests.
    pub fn in_memory() -> Result<Catalog, CatalogError> {
        let conn = rusqlite::Connection::open_in_memory()?;
        conn.pragma_update(None, "secure_delete", "ON")?;
        Catalog::set_up(Conn::sqlite(conn), PathBuf::from(":memory:"))
    }

    /// Opens the catalog in the PostgreSQL database at `url` (`postgres://user@host:port/db`),
    /// creating its tables the first time. Several processes on several machines may open the
    /// same one: setting up is one transaction under [`db::WRITER_LOCK`], so two workers starting
    /// together do not both create a table.
    ///
    /// The catalog's personal data is sealed field by field under `key` ([`fields`]), and a
    /// catalog sealed under another key ring is refused ([`CatalogError::FieldKeyMismatch`]).
    /// Without a key it opens for counting only: sealed fields can be neither read nor written.
    pub fn open_postgres(
        url: &str,
        key: Option<&crate::seal::CatalogKey>,
    ) -> Result<Catalog, CatalogError> {
        let conn = Conn::postgres(url, key).map_err(|source| CatalogError::Connect {
            url: redact_url(url),
            source,
        })?;
        Catalog::set_up(conn, PathBuf::from(redact_url(url)))
    }

    /// The tables, then every migration an older catalog needs (and, on PostgreSQL, personal
    /// data sealed), then the standing holds: the same steps on both engines.
    fn set_up(mut conn: Conn, path: PathBuf) -> Result<Catalog, CatalogError> {
        let tx = conn.transaction_immediate()?;
        let ran = migrations::migrate(&tx)?;
        let sealed = migrations::seal_fields(&tx)?;
        tx.commit()?;
        if !ran.is_empty() && ran.len() < migrations::MIGRATIONS.len() {
            tracing::info!(versions = ?ran, "catalog schema brought up to date");
        }
        if sealed > 0 {
            tracing::info!(
                rows = sealed,
                "personal data in the catalog sealed field by field"
            );
        }
        let cat = Catalog {
            conn: Mutex::new(conn),
            path,
            actor: Mutex::new(None),
        };
        // A catalog opened without its key (for counting) writes nothing sealed; the next
        // worker that opens it with the key sets the standing holds.
        if !matches!(cat.conn().fields(), db::Fields::Locked) {
            cat.init_holds()?;
        }
        Ok(cat)
    }

    /// Which engine this catalog runs on.
    pub fn engine(&self) -> db::Engine {
        self.conn().engine()
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub(crate) fn conn(&self) -> MutexGuard<'_, Conn> {
        // A panic while holding the lock leaves SQLite consistent (each call is one statement or
        // one transaction), so a poisoned lock is safe to keep using.
        self.conn.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Names the user every contact-log entry written through this catalog is for: the acting
    /// user of the command (or of the web request) that opened it. The contact log records who
    /// did what (policy 000 Appendix 1); the pipeline's own entries ("received", "note") are
    /// the acting user's too, which is what tells a business services officer's documents apart.
    pub fn act_as(&self, user: &str) {
        *self.actor.lock().unwrap_or_else(|p| p.into_inner()) = Some(user.to_string());
    }

    /// Entries written from now on name no user (a sign-in that has not succeeded).
    pub fn act_as_nobody(&self) {
        *self.actor.lock().unwrap_or_else(|p| p.into_inner()) = None;
    }

    /// The user set by [`Catalog::act_as`].
    pub fn acting_user(&self) -> Option<String> {
        self.actor.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// Appends a contact-log entry for the acting user. `detail` must hold no personal data
    /// beyond what the case record itself holds (the log lives inside the catalog, never in
    /// process logs).
    pub fn log_contact(
        &self,
        case_number: Option<&str>,
        document_id: Option<&str>,
        action: &str,
        detail: &str,
    ) -> Result<(), CatalogError> {
        let user = self.acting_user();
        let conn = self.conn();
        conn.execute(
            "INSERT INTO contact_log (at, case_number, document_id, action, detail, user_name)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                now(),
                case_number,
                document_id,
                action,
                conn.fields().seal(Field::ContactDetail, detail)?,
                user
            ],
        )?;
        Ok(())
    }

    /// The contact log, oldest first, optionally for one case and one user.
    pub fn contact_log(
        &self,
        case_number: Option<&str>,
    ) -> Result<Vec<ContactEntry>, CatalogError> {
        self.contact_log_of(case_number, None)
    }

    /// The contact log, oldest first, optionally for one case and for what one user did.
    pub fn contact_log_of(
        &self,
        case_number: Option<&str>,
        user: Option<&str>,
    ) -> Result<Vec<ContactEntry>, CatalogError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(
            "SELECT at, case_number, document_id, action, detail, user_name FROM contact_log
             WHERE (?1 IS NULL OR case_number = ?1) AND (?2 IS NULL OR user_name = ?2)
             ORDER BY id",
        )?;
        let rows = stmt
            .query_map(params![case_number, user], |r| {
                Ok(ContactEntry {
                    at: r.get(0)?,
                    case_number: r.get(1)?,
                    document_id: r.get(2)?,
                    action: r.get(3)?,
                    detail: conn.fields().open(Field::ContactDetail, r.get(4)?)?,
                    user: r.get(5)?,
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    /// A document, stored or pending, whose original had this SHA-256, in whichever case
    /// (a stored one first). Not what makes a copy a duplicate: the same bytes sent for another
    /// case are that case's document too; see [`Catalog::document_by_sha_in_case`].
    pub fn document_by_sha(&self, sha256: &str) -> Result<Option<DocumentRow>, CatalogError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(&format!(
            "SELECT {DOC_COLUMNS} FROM documents WHERE sha256 = ?1
             ORDER BY CASE status WHEN 'stored' THEN 0 ELSE 1 END LIMIT 1"
        ))?;
        Ok(stmt
            .query_row(params![sha256], |r| doc_row(conn.fields(), r))
            .optional()?)
    }

    /// The document of this case, stored or pending (a stored one first), whose original had
    /// this SHA-256. A duplicate is the same bytes for the same case (SPEC "The path of one
    /// document"): the same bytes for a second case are filed for it, its own object and row.
    /// A pending row is only ever resumed by the case it was for, so one case's attempt never
    /// takes another's object id.
    pub fn document_by_sha_in_case(
        &self,
        sha256: &str,
        case_number: &str,
    ) -> Result<Option<DocumentRow>, CatalogError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(&format!(
            "SELECT {DOC_COLUMNS} FROM documents WHERE sha256 = ?1 AND case_number = ?2
             ORDER BY CASE status WHEN 'stored' THEN 0 ELSE 1 END LIMIT 1"
        ))?;
        Ok(stmt
            .query_row(params![sha256, case_number], |r| doc_row(conn.fields(), r))
            .optional()?)
    }

    /// Records a document as pending (its object about to be written). If a pending row for the
    /// same original exists (an earlier run died mid-store), that row is replaced, keeping its id.
    pub fn insert_pending(&self, d: &NewDocument<'_>) -> Result<(), CatalogError> {
        let conn = self.conn();
        let f = conn.fields();
        conn.execute(
            "INSERT INTO documents (id, case_number, folder, name, original_name, sha256, pages,
                legibility, routing_rule, retention_schedule, retention_rule, retention_until,
                retention_pending, retention_permanent, object_key, status, received_at, pipeline)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, 'pending', ?16, ?17)
             ON CONFLICT(id) DO UPDATE SET case_number = excluded.case_number,
                folder = excluded.folder, name = excluded.name, pages = excluded.pages,
                legibility = excluded.legibility, routing_rule = excluded.routing_rule,
                retention_schedule = excluded.retention_schedule,
                retention_rule = excluded.retention_rule, retention_until = excluded.retention_until,
                retention_pending = excluded.retention_pending,
                retention_permanent = excluded.retention_permanent",
            params![
                d.id,
                d.case_number,
                d.folder,
                f.seal(Field::DocName, d.name)?,
                f.seal(Field::DocOriginalName, d.original_name)?,
                d.sha256,
                d.pages,
                d.legibility_json,
                d.routing_rule,
                d.retention_schedule,
                d.retention_rule,
                d.retention_until.map(|x| x.to_string()),
                d.retention_pending,
                d.retention_permanent,
                d.object_key,
                d.received_at.to_rfc3339(),
                d.pipeline,
            ],
        )?;
        Ok(())
    }

    /// Marks a pending document stored: its object was written, read back and verified. The
    /// wrapped data key is kept here as well as in the store (crypto-shredding destroys both).
    pub fn mark_stored(
        &self,
        id: &str,
        sealed_size: u64,
        pdf_sha256: &str,
        key_envelope: &[u8],
    ) -> Result<(), CatalogError> {
        self.conn().execute(
            "UPDATE documents SET status = 'stored', stored_at = ?2, sealed_size = ?3,
             pdf_sha256 = ?4, key_envelope = ?5 WHERE id = ?1",
            params![id, now(), sealed_size, pdf_sha256, key_envelope],
        )?;
        Ok(())
    }

    /// Records a recomputed retention label.
    pub fn update_retention(
        &self,
        id: &str,
        label: &crate::document::RetentionLabel,
    ) -> Result<(), CatalogError> {
        self.conn().execute(
            "UPDATE documents SET retention_rule = ?2, retention_until = ?3,
             retention_pending = ?4, retention_permanent = ?5 WHERE id = ?1",
            params![
                id,
                label.rule,
                label.until.map(|d| d.to_string()),
                label.pending,
                label.permanent
            ],
        )?;
        Ok(())
    }

    /// What a home's catalog file already holds, without its key and without creating or
    /// changing it: for one in the clear, the number of document rows (any status) and of
    /// destruction records (both 0 when there is no file). For deciding whether a missing key
    /// file may be replaced by a new one (`sink::holdings`).
    pub fn holdings(path: &Path) -> Result<Holdings, CatalogError> {
        match cipher::file_state(path)? {
            cipher::FileState::Empty => {
                return Ok(Holdings::Plain {
                    documents: 0,
                    destructions: 0,
                })
            }
            cipher::FileState::Encrypted => return Ok(Holdings::Encrypted),
            cipher::FileState::Plain => {}
        }
        let conn =
            rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
                .map_err(|source| CatalogError::Open {
                    path: path.to_path_buf(),
                    source,
                })?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        let count = |table: &str| -> Result<i64, CatalogError> {
            let exists: bool = conn
                .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1")?
                .exists(rusqlite::params![table])?;
            if !exists {
                return Ok(0);
            }
            Ok(conn.query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get(0))?)
        };
        Ok(Holdings::Plain {
            documents: count("documents")?,
            destructions: count("destruction_log")?,
        })
    }

    /// Takes the run lock `name` if no one holds it (a disposal run: one at a time, on any
    /// machine); `None` when another process holds it. Released when the guard is dropped, or
    /// when its process dies: on PostgreSQL a session advisory lock (it ends with the
    /// connection), on SQLite an exclusive `flock` on a file beside the catalog (it ends with
    /// the process).
    pub fn try_run_lock(&self, name: &str) -> Result<Option<RunLock<'_>>, CatalogError> {
        use sha2::{Digest, Sha256};
        let digest = Sha256::digest(format!("casevault run lock {name}").as_bytes());
        let key = i64::from_be_bytes(digest[..8].try_into().expect("eight bytes"));
        let conn = self.conn();
        match conn.engine() {
            db::Engine::Postgres => {
                let got: bool =
                    conn.query_row("SELECT pg_try_advisory_lock(?1)", params![key], |r| {
                        r.get(0)
                    })?;
                drop(conn);
                // Built only when taken: dropping a RunLock unlocks (and takes the connection).
                Ok(if got {
                    Some(RunLock {
                        catalog: self,
                        held: Held::Advisory(key),
                    })
                } else {
                    None
                })
            }
            db::Engine::Sqlite if self.path == Path::new(":memory:") => Ok(Some(RunLock {
                catalog: self,
                held: Held::Nothing,
            })),
            db::Engine::Sqlite => {
                use std::os::unix::io::AsRawFd;
                let lock_path = cipher::companion(&self.path, &format!(".{name}.lock"));
                let file = std::fs::OpenOptions::new()
                    .create(true)
                    .truncate(false)
                    .write(true)
                    .open(&lock_path)
                    .map_err(|source| CatalogError::File {
                        path: lock_path.clone(),
                        during: "open the run lock",
                        source,
                    })?;
                let rc = unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) };
                Ok((rc == 0).then(|| RunLock {
                    catalog: self,
                    held: Held::File(file),
                }))
            }
        }
    }

    /// What an open catalog holds, counted as [`Catalog::holdings`] counts a file.
    pub fn holding_counts(&self) -> Result<Holdings, CatalogError> {
        let conn = self.conn();
        // A PostgreSQL catalog whose fields were sealed under a ring reads with that ring only,
        // as an SQLCipher file does.
        if conn.engine() == db::Engine::Postgres && migrations::fields_sealed(&conn)? {
            return Ok(Holdings::Encrypted);
        }
        let count = |table: &str| -> Result<i64, CatalogError> {
            Ok(conn.query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get(0))?)
        };
        Ok(Holdings::Plain {
            documents: count("documents")?,
            destructions: count("destruction_log")?,
        })
    }

    /// Moves the catalog at `path` (with its WAL) aside to `<path>.unreadable-<time>`, for a
    /// catalog encrypted under a key ring that is lost for good (`keys init --force`); returns
    /// the new path. Nothing is deleted.
    pub fn set_aside(path: &Path) -> Result<PathBuf, CatalogError> {
        let stamp = Utc::now().format("%Y%m%dT%H%M%SZ");
        let aside = cipher::companion(path, &format!(".unreadable-{stamp}"));
        let io = |p: &Path, source| CatalogError::File {
            path: p.to_path_buf(),
            during: "move aside",
            source,
        };
        std::fs::rename(path, &aside).map_err(|e| io(path, e))?;
        let wal = cipher::companion(path, "-wal");
        if wal.exists() {
            std::fs::rename(&wal, cipher::companion(&aside, "-wal")).map_err(|e| io(&wal, e))?;
        }
        let _ = std::fs::remove_file(cipher::companion(path, "-shm"));
        Ok(aside)
    }

    /// The wrapped data key and the stored PDF's SHA-256 of a document.
    pub fn sealing(&self, id: &str) -> Result<(Option<Vec<u8>>, Option<String>), CatalogError> {
        Ok(self.conn().query_row(
            "SELECT key_envelope, pdf_sha256 FROM documents WHERE id = ?1",
            params![id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?)
    }

    /// Whether another document of the case already has this canonical name.
    pub fn name_taken(
        &self,
        case_number: &str,
        name: &str,
        except_id: Option<&str>,
    ) -> Result<bool, CatalogError> {
        let conn = self.conn();
        let n: i64 = conn.query_row(
            "SELECT COUNT(*) FROM documents WHERE case_number = ?1 AND name = ?2
             AND (?3 IS NULL OR id != ?3)",
            params![
                case_number,
                conn.fields().seal(Field::DocName, name)?,
                except_id
            ],
            |r| r.get(0),
        )?;
        Ok(n > 0)
    }

    /// Stored documents, optionally for one case, in case then folder then name order.
    pub fn documents(&self, case_number: Option<&str>) -> Result<Vec<DocumentRow>, CatalogError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(&format!(
            "SELECT {DOC_COLUMNS} FROM documents WHERE status = 'stored'
             AND (?1 IS NULL OR case_number = ?1)"
        ))?;
        let mut rows = stmt
            .query_map(params![case_number], |r| doc_row(conn.fields(), r))?
            .collect::<Result<Vec<_>, _>>()?;
        // Sorted here, not by the query: on PostgreSQL the names are sealed.
        rows.sort_by(|a, b| {
            (&a.case_number, &a.folder, &a.name, &a.id).cmp(&(
                &b.case_number,
                &b.folder,
                &b.name,
                &b.id,
            ))
        });
        Ok(rows)
    }

    /// Every document row whatever its status (for verification and tests).
    pub fn all_documents(&self) -> Result<Vec<DocumentRow>, CatalogError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(&format!("SELECT {DOC_COLUMNS} FROM documents ORDER BY id"))?;
        let rows = stmt
            .query_map([], |r| doc_row(conn.fields(), r))?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    /// One document by id or unique id prefix (at least 6 characters).
    pub fn document(&self, id_or_prefix: &str) -> Result<DocumentRow, CatalogError> {
        let conn = self.conn();
        let pattern = format!("{}%", id_or_prefix.replace(['%', '_'], ""));
        let mut stmt = conn.prepare(&format!(
            "SELECT {DOC_COLUMNS} FROM documents WHERE id LIKE ?1 AND status = 'stored' LIMIT 2"
        ))?;
        let rows = stmt
            .query_map(params![pattern], |r| doc_row(conn.fields(), r))?
            .collect::<Result<Vec<_>, _>>()?;
        match rows.len() {
            0 => Err(CatalogError::NoSuchDocument(id_or_prefix.to_string())),
            1 if id_or_prefix.len() >= 6 => Ok(rows.into_iter().next().expect("one row")),
            1 => Err(CatalogError::AmbiguousId(id_or_prefix.to_string())),
            _ => Err(CatalogError::AmbiguousId(id_or_prefix.to_string())),
        }
    }

    /// Records a quarantined file.
    #[allow(clippy::too_many_arguments)]
    pub fn insert_quarantine(
        &self,
        original_name: &str,
        path: &Path,
        reason: &str,
        detail: &str,
        pages: &[u32],
        sha256: &str,
        pipeline: &str,
    ) -> Result<i64, CatalogError> {
        let conn = self.conn();
        let pages = pages
            .iter()
            .map(|p| p.to_string())
            .collect::<Vec<_>>()
            .join(",");
        // Once per file: one found after a crash (`quarantine::unlisted`) may be listed by this
        // process while the one that moved it is about to. (The same path with other bytes is
        // another file: a name used again after the first was taken out to be retried.)
        let existing: Option<i64> = conn
            .query_row(
                "SELECT id FROM quarantine WHERE path = ?1 AND sha256 = ?2",
                params![
                    conn.fields()
                        .seal(Field::QuarantinePath, &path.display().to_string())?,
                    sha256
                ],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(id) = existing {
            return Ok(id);
        }
        conn.execute(
            "INSERT INTO quarantine (original_name, path, reason, detail, pages, sha256, at, pipeline)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                conn.fields().seal(Field::QuarantineName, original_name)?,
                conn.fields()
                    .seal(Field::QuarantinePath, &path.display().to_string())?,
                reason,
                conn.fields().seal(Field::QuarantineDetail, detail)?,
                pages,
                sha256,
                now(),
                pipeline
            ],
        )?;
        Ok(conn.last_insert_rowid()?)
    }

    /// A quarantined file with the same name, bytes and reason, if one is still there.
    pub fn quarantined_copy(
        &self,
        original_name: &str,
        sha256: &str,
        reason: &str,
    ) -> Result<Option<QuarantineRow>, CatalogError> {
        let sealed = self
            .conn()
            .fields()
            .seal(Field::QuarantineName, original_name)?;
        Ok(self
            .quarantine_where(
                "WHERE original_name = ?1 AND sha256 = ?2 AND reason = ?3",
                params![sealed, sha256, reason],
            )?
            .into_iter()
            .find(|q| Path::new(&q.path).exists()))
    }

    /// A copy of these bytes waiting in quarantine (for any reason), if there is one.
    pub fn quarantined_by_sha(&self, sha256: &str) -> Result<Option<QuarantineRow>, CatalogError> {
        Ok(self
            .quarantine_where("WHERE sha256 = ?1", params![sha256])?
            .into_iter()
            .find(|q| Path::new(&q.path).exists()))
    }

    /// Quarantined files, oldest first.
    pub fn quarantine(&self) -> Result<Vec<QuarantineRow>, CatalogError> {
        self.quarantine_where("", params![])
    }

    fn quarantine_where(
        &self,
        filter: &str,
        args: &[&dyn ToValue],
    ) -> Result<Vec<QuarantineRow>, CatalogError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(&format!(
            "SELECT id, original_name, path, reason, detail, pages, sha256, at, pipeline
             FROM quarantine {filter} ORDER BY id"
        ))?;
        let rows = stmt
            .query_map(args, |r| {
                Ok(QuarantineRow {
                    id: r.get(0)?,
                    original_name: conn.fields().open(Field::QuarantineName, r.get(1)?)?,
                    path: conn.fields().open(Field::QuarantinePath, r.get(2)?)?,
                    reason: r.get(3)?,
                    detail: conn.fields().open(Field::QuarantineDetail, r.get(4)?)?,
                    pages: r.get(5)?,
                    sha256: r.get(6)?,
                    at: r.get(7)?,
                    pipeline: r.get(8)?,
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }
}

const DOC_COLUMNS: &str = "id, case_number, folder, name, original_name, sha256, pages, legibility,
    routing_rule, retention_schedule, retention_rule, retention_until, retention_pending,
    retention_permanent, object_key, sealed_size, status, received_at, stored_at, pipeline";

fn doc_row(f: &db::Fields, r: &Row<'_>) -> Result<DocumentRow, DbError> {
    Ok(DocumentRow {
        id: r.get(0)?,
        case_number: r.get(1)?,
        folder: r.get(2)?,
        name: f.open(Field::DocName, r.get(3)?)?,
        original_name: f.open(Field::DocOriginalName, r.get(4)?)?,
        sha256: r.get(5)?,
        pages: r.get(6)?,
        legibility: r.get(7)?,
        routing_rule: r.get(8)?,
        retention_schedule: r.get(9)?,
        retention_rule: r.get(10)?,
        retention_until: r.get(11)?,
        retention_pending: r.get(12)?,
        retention_permanent: r.get(13)?,
        object_key: r.get(14)?,
        sealed_size: r.get::<_, i64>(15)? as u64,
        status: r.get(16)?,
        received_at: r.get(17)?,
        stored_at: r.get(18)?,
        pipeline: r.get(19)?,
    })
}

/// A database URL without its password, for messages.
pub fn redact_url(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut u) if u.password().is_some() => {
            let _ = u.set_password(Some("***"));
            u.to_string()
        }
        Ok(u) => u.to_string(),
        Err(_) => "(an unparsable database URL)".into(),
    }
}

/// A fixed catalog key for the unit tests.
#[cfg(test)]
pub(crate) fn test_key() -> crate::seal::CatalogKey {
    crate::seal::CatalogKey::from_bytes([0x5a; 32])
}

pub(crate) fn now() -> String {
    Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn new_doc<'a>(id: &'a str, sha: &'a str, name: &'a str) -> NewDocument<'a> {
        NewDocument {
            id,
            case_number: "LS24P01234",
            folder: "court-orders",
            name,
            original_name: "scan.png",
            sha256: sha,
            pages: 1,
            legibility_json: "[]",
            routing_rule: "court-order",
            retention_schedule: "cafcass-2020",
            retention_rule: "whole-record",
            retention_until: NaiveDate::from_ymd_opt(2043, 11, 2),
            retention_pending: None,
            retention_permanent: false,
            object_key: "objects/ab",
            received_at: Utc::now(),
            pipeline: "scanning-station",
        }
    }

    /// Regression: supersession stays within a case. A later e-mail filed in another case that
    /// names (References) and quotes an earlier message must not stand in for it in its own.
    #[test]
    fn a_thread_is_matched_within_its_case_only() {
        crate::catalog::each_engine(|c| {
            let mut reply = new_doc("bbbbbb0001", "sha-reply", "B - MK23C00456 - E-mail.pdf");
            reply.case_number = "MK23C00456";
            c.insert_pending(&reply).unwrap();
            c.mark_stored("bbbbbb0001", 10, "pdfsha", b"env").unwrap();
            let m = crate::document::MailRecord {
                message_id: "<reply@example>".into(),
                names: vec!["<first@example>".into()],
                shingles: vec![1, 2, 3],
            };
            c.record_email("bbbbbb0001", &m).unwrap();
            assert_eq!(
                c.emails_naming("<first@example>", "MK23C00456")
                    .unwrap()
                    .len(),
                1
            );
            assert!(c
                .emails_naming("<first@example>", "LS24P01234")
                .unwrap()
                .is_empty());
            assert!(c
                .email_by_message_id("<reply@example>", "MK23C00456")
                .unwrap()
                .is_some());
            assert!(c
                .email_by_message_id("<reply@example>", "LS24P01234")
                .unwrap()
                .is_none());
        });
    }

    #[test]
    fn pending_then_stored_and_found_by_hash() {
        crate::catalog::each_engine(|c| {
            c.insert_pending(&new_doc("abcdef0123", "sha1", "A - LS24P01234 - Order.pdf"))
                .unwrap();
            assert!(
                c.documents(None).unwrap().is_empty(),
                "pending is not listed"
            );
            let found = c.document_by_sha("sha1").unwrap().unwrap();
            assert_eq!(found.status, DocStatus::Pending);
            // A second attempt after a crash replaces the pending row, keeping one row.
            c.insert_pending(&new_doc("abcdef0123", "sha1", "A - LS24P01234 - Order.pdf"))
                .unwrap();
            c.mark_stored("abcdef0123", 99, "pdfsha", b"env").unwrap();
            assert_eq!(
                c.sealing("abcdef0123").unwrap(),
                (Some(b"env".to_vec()), Some("pdfsha".into()))
            );
            let docs = c.documents(Some("LS24P01234")).unwrap();
            assert_eq!(docs.len(), 1);
            assert_eq!(docs[0].sealed_size, 99);
            assert_eq!(c.document("abcdef").unwrap().id, "abcdef0123");
            assert!(matches!(
                c.document("zzzzzz"),
                Err(CatalogError::NoSuchDocument(_))
            ));
            assert!(c
                .name_taken("LS24P01234", "A - LS24P01234 - Order.pdf", None)
                .unwrap());
            assert!(!c
                .name_taken(
                    "LS24P01234",
                    "A - LS24P01234 - Order.pdf",
                    Some("abcdef0123")
                )
                .unwrap());
        });
    }

    /// The catalog holds children's names and dates of birth: it and the files SQLite keeps
    /// beside it are its user's alone, also when an older version left it open to others.
    #[cfg(unix)]
    #[test]
    fn the_catalog_and_its_wal_are_private() {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("home/catalog.sqlite");
        let c = Catalog::open(&path, &crate::catalog::test_key()).unwrap();
        c.log_contact(None, None, "note", "x").unwrap();
        for p in [
            "home",
            "home/catalog.sqlite",
            "home/catalog.sqlite-wal",
            "home/catalog.sqlite-shm",
        ] {
            let expected = if p == "home" { 0o700 } else { 0o600 };
            assert_eq!(mode(&dir.path().join(p)), expected, "{p}");
        }
        drop(c);
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        let _c = Catalog::open(&path, &crate::catalog::test_key()).unwrap();
        assert_eq!(mode(&path), 0o600, "narrowed when opened");
    }

    /// One disposal run at a time: a second catalog on the same database (another worker)
    /// cannot take the run lock while the first holds it, and can once it is dropped.
    #[test]
    fn a_run_lock_is_held_by_one_process_at_a_time() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("catalog.sqlite");
        let url = pg_server::shared().fresh_database();
        let pairs = [
            (
                Catalog::open(&path, &test_key()).unwrap(),
                Catalog::open(&path, &test_key()).unwrap(),
            ),
            (
                Catalog::open_postgres(&url, Some(&crate::catalog::test_key())).unwrap(),
                Catalog::open_postgres(&url, Some(&crate::catalog::test_key())).unwrap(),
            ),
        ];
        for (a, b) in &pairs {
            let held = a.try_run_lock("dispose").unwrap();
            assert!(held.is_some(), "{:?}", a.engine());
            assert!(b.try_run_lock("dispose").unwrap().is_none());
            assert!(
                b.try_run_lock("other").unwrap().is_some(),
                "locks are by name"
            );
            drop(held);
            assert!(b.try_run_lock("dispose").unwrap().is_some());
        }
    }

    #[test]
    fn contact_log_keeps_order_and_filters_by_case() {
        crate::catalog::each_engine(|c| {
            c.log_contact(Some("LS24P01234"), Some("d1"), "received", "scan")
                .unwrap();
            c.log_contact(Some("MK23C00456"), None, "filed", "x")
                .unwrap();
            c.log_contact(Some("LS24P01234"), Some("d1"), "filed", "court-orders")
                .unwrap();
            let log = c.contact_log(Some("LS24P01234")).unwrap();
            assert_eq!(
                log.iter().map(|e| e.action.as_str()).collect::<Vec<_>>(),
                ["received", "filed"]
            );
            assert_eq!(c.contact_log(None).unwrap().len(), 3);
        });
    }
}

/// The PostgreSQL test server (shared with the integration tests).
#[cfg(test)]
#[path = "../../tests/support/postgres.rs"]
pub(crate) mod pg_server;

/// Runs a catalog test on each engine: an in-memory SQLite catalog, then a PostgreSQL one in a
/// database of its own on the test server. The catalog's unit tests are its conformance suite:
/// every operation they cover must behave the same on both.
#[cfg(test)]
pub(crate) fn each_engine(f: impl Fn(&Catalog)) {
    eprintln!("catalog test on SQLite");
    f(&Catalog::in_memory().unwrap());
    eprintln!("catalog test on PostgreSQL");
    let url = pg_server::shared().fresh_database();
    f(&Catalog::open_postgres(&url, Some(&crate::catalog::test_key())).unwrap());
}
