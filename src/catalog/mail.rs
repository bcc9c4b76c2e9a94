//! What the catalog keeps about e-mails: which documents were attachments of which e-mail, the
//! identifiers and body fingerprints a later message of the thread is matched against, and the
//! messages recorded as superseded instead of being filed twice (policy 001 §4.6, §4.7).
//!
//! Attachments are linked by the SHA-256 of the e-mail's original rather than by its document
//! id, because attachments are stored *before* their e-mail (see the sink): the link can be
//! written the moment each attachment is safe, and a crash between the two never leaves an
//! attachment that does not know its e-mail. No body text is kept, only fingerprints.

use rusqlite::params;
use serde::Serialize;

use super::{now, Catalog, CatalogError};
use crate::document::MailRecord;

pub(crate) const MAIL_SCHEMA: &str = r#"
CREATE TABLE IF NOT EXISTS attachments (
    email_sha256 TEXT NOT NULL,
    position     INTEGER NOT NULL,
    doc_id       TEXT NOT NULL,
    PRIMARY KEY (email_sha256, position)
);
CREATE INDEX IF NOT EXISTS attachments_doc ON attachments(doc_id);
CREATE TABLE IF NOT EXISTS emails (
    doc_id     TEXT PRIMARY KEY,
    message_id TEXT NOT NULL,
    shingles   BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS emails_message ON emails(message_id);
CREATE TABLE IF NOT EXISTS email_names (
    doc_id     TEXT NOT NULL,
    message_id TEXT NOT NULL,
    PRIMARY KEY (doc_id, message_id)
);
CREATE INDEX IF NOT EXISTS email_names_message ON email_names(message_id);
CREATE TABLE IF NOT EXISTS superseded (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    message_id    TEXT NOT NULL,
    sha256        TEXT NOT NULL,
    doc_id        TEXT,
    by_doc_id     TEXT NOT NULL,
    at            TEXT NOT NULL,
    UNIQUE (message_id, by_doc_id)
);
"#;

/// An attachment of an e-mail document.
#[derive(Debug, Clone, Serialize)]
pub struct AttachmentLink {
    pub email_doc_id: Option<String>,
    pub position: u32,
    pub doc_id: String,
}

/// An e-mail recorded as superseded by a later one.
#[derive(Debug, Clone, Serialize)]
pub struct SupersededRow {
    pub message_id: String,
    pub sha256: String,
    /// The superseded e-mail's own document, when it had been filed before the later one came.
    pub doc_id: Option<String>,
    pub by_doc_id: String,
    pub at: String,
}

fn shingle_blob(s: &[u64]) -> Vec<u8> {
    s.iter().flat_map(|x| x.to_be_bytes()).collect()
}

fn blob_shingles(b: &[u8]) -> Vec<u64> {
    b.chunks_exact(8)
        .map(|c| u64::from_be_bytes(c.try_into().expect("8 bytes")))
        .collect()
}

impl Catalog {
    /// Links a stored document to the e-mail (by the e-mail original's SHA-256) it came with.
    pub fn link_attachment(
        &self,
        email_sha256: &str,
        position: u32,
        doc_id: &str,
    ) -> Result<(), CatalogError> {
        self.conn().execute(
            "INSERT INTO attachments (email_sha256, position, doc_id) VALUES (?1, ?2, ?3)
             ON CONFLICT(email_sha256, position) DO UPDATE SET doc_id = excluded.doc_id",
            params![email_sha256, position, doc_id],
        )?;
        Ok(())
    }

    /// The attachments of the e-mail document `email_doc_id`, in order.
    pub fn attachments_of(&self, email_doc_id: &str) -> Result<Vec<AttachmentLink>, CatalogError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(
            "SELECT a.position, a.doc_id FROM attachments a
             JOIN documents d ON d.sha256 = a.email_sha256 AND d.id = ?1
             ORDER BY a.position",
        )?;
        let rows = stmt
            .query_map(params![email_doc_id], |r| {
                Ok(AttachmentLink {
                    email_doc_id: Some(email_doc_id.to_string()),
                    position: r.get(0)?,
                    doc_id: r.get(1)?,
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    /// The e-mail documents `doc_id` is attached to (several when the same bytes came twice).
    pub fn attached_to(&self, doc_id: &str) -> Result<Vec<AttachmentLink>, CatalogError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(
            "SELECT d.id, a.position FROM attachments a
             LEFT JOIN documents d ON d.sha256 = a.email_sha256 AND d.status = 'stored'
             WHERE a.doc_id = ?1 ORDER BY a.position",
        )?;
        let rows = stmt
            .query_map(params![doc_id], |r| {
                Ok(AttachmentLink {
                    email_doc_id: r.get(0)?,
                    position: r.get(1)?,
                    doc_id: doc_id.to_string(),
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    /// Records what later messages of an e-mail's thread are matched against.
    pub fn record_email(&self, doc_id: &str, m: &MailRecord) -> Result<(), CatalogError> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        tx.execute(
            "INSERT OR REPLACE INTO emails (doc_id, message_id, shingles) VALUES (?1, ?2, ?3)",
            params![doc_id, m.message_id, shingle_blob(&m.shingles)],
        )?;
        for n in &m.names {
            tx.execute(
                "INSERT OR IGNORE INTO email_names (doc_id, message_id) VALUES (?1, ?2)",
                params![doc_id, n],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Stored e-mails that name `message_id` (a later message of its thread), with their body
    /// fingerprints.
    pub fn emails_naming(
        &self,
        message_id: &str,
        case_number: &str,
    ) -> Result<Vec<(String, Vec<u64>)>, CatalogError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(
            "SELECT e.doc_id, e.shingles FROM email_names n
             JOIN emails e ON e.doc_id = n.doc_id
             JOIN documents d ON d.id = e.doc_id AND d.status = 'stored'
             WHERE n.message_id = ?1 AND d.case_number = ?2 ORDER BY d.stored_at DESC",
        )?;
        let rows = stmt
            .query_map(params![message_id, case_number], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    blob_shingles(&r.get::<_, Vec<u8>>(1)?),
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    /// A stored e-mail with this Message-ID: (document id, SHA-256, fingerprints).
    pub fn email_by_message_id(
        &self,
        message_id: &str,
        case_number: &str,
    ) -> Result<Option<(String, String, Vec<u64>)>, CatalogError> {
        use rusqlite::OptionalExtension;
        let conn = self.conn();
        Ok(conn
            .query_row(
                "SELECT e.doc_id, d.sha256, e.shingles FROM emails e
                 JOIN documents d ON d.id = e.doc_id AND d.status = 'stored'
                 WHERE e.message_id = ?1 AND d.case_number = ?2 LIMIT 1",
                params![message_id, case_number],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        blob_shingles(&r.get::<_, Vec<u8>>(2)?),
                    ))
                },
            )
            .optional()?)
    }

    /// Records that the e-mail `message_id` (original SHA-256 `sha256`, filed as `doc_id` if it
    /// was) is superseded by the stored e-mail `by_doc_id`. Recording it twice changes nothing.
    pub fn record_superseded(
        &self,
        message_id: &str,
        sha256: &str,
        doc_id: Option<&str>,
        by_doc_id: &str,
    ) -> Result<bool, CatalogError> {
        let n = self.conn().execute(
            "INSERT OR IGNORE INTO superseded (message_id, sha256, doc_id, by_doc_id, at)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![message_id, sha256, doc_id, by_doc_id, now()],
        )?;
        Ok(n > 0)
    }

    /// Every supersession recorded, oldest first.
    pub fn superseded_list(&self) -> Result<Vec<SupersededRow>, CatalogError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(
            "SELECT message_id, sha256, doc_id, by_doc_id, at FROM superseded ORDER BY id",
        )?;
        let rows = stmt
            .query_map([], |r| {
                Ok(SupersededRow {
                    message_id: r.get(0)?,
                    sha256: r.get(1)?,
                    doc_id: r.get(2)?,
                    by_doc_id: r.get(3)?,
                    at: r.get(4)?,
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }
}
