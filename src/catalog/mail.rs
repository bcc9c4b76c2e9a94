//! What the catalog keeps about e-mails: which documents were attachments of which e-mail, the
//! identifiers and body fingerprints a later message of the thread is matched against, and the
//! messages recorded as superseded instead of being filed twice (policy 001 §4.6, §4.7).
//!
//! Attachments are linked by the SHA-256 of the e-mail's original rather than by its document
//! id, because attachments are stored *before* their e-mail (see the sink): the link can be
//! written the moment each attachment is safe, and a crash between the two never leaves an
//! attachment that does not know its e-mail. No body text is kept, only fingerprints. The link
//! also names the case: the same e-mail sent for two cases is each case's own document, with
//! each case's own attachments (a duplicate is the same bytes for the same case), so one case's
//! links never overwrite the other's.

use super::db::{params, Conn, OptionalExtension};
use serde::Serialize;

use super::{now, Catalog, CatalogError};
use crate::document::MailRecord;

pub(crate) const MAIL_SCHEMA: &str = r#"
CREATE TABLE IF NOT EXISTS attachments (
    email_sha256 TEXT NOT NULL,
    case_number  TEXT NOT NULL,
    position     INTEGER NOT NULL,
    doc_id       TEXT NOT NULL,
    PRIMARY KEY (email_sha256, case_number, position)
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

/// Catalogs made before attachments named their case keep their links, each given the case of
/// its attachment's document (the only case it could have been for: a copy for a second case
/// was dropped as a duplicate then).
const MIGRATE_ATTACHMENTS: &str = r#"
ALTER TABLE attachments RENAME TO attachments_before_cases;
CREATE TABLE attachments (
    email_sha256 TEXT NOT NULL,
    case_number  TEXT NOT NULL,
    position     INTEGER NOT NULL,
    doc_id       TEXT NOT NULL,
    PRIMARY KEY (email_sha256, case_number, position)
);
INSERT OR IGNORE INTO attachments (email_sha256, case_number, position, doc_id)
    SELECT a.email_sha256, COALESCE(d.case_number, ''), a.position, a.doc_id
    FROM attachments_before_cases a LEFT JOIN documents d ON d.id = a.doc_id;
DROP TABLE attachments_before_cases;
CREATE INDEX IF NOT EXISTS attachments_doc ON attachments(doc_id);
"#;

/// Brings an older catalog's e-mail tables to the current layout (run on every open, inside the
/// transaction that sets the catalog up, so two processes opening the same old catalog migrate
/// it once; does nothing when they are current). Only SQLite catalogs are that old.
pub(crate) fn migrate(conn: &Conn) -> Result<(), CatalogError> {
    if conn.has_column("attachments", "case_number")? {
        return Ok(());
    }
    conn.execute_batch(MIGRATE_ATTACHMENTS)?;
    Ok(())
}

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
    /// Links a document (its row must exist) to the e-mail (by the e-mail original's SHA-256)
    /// it came with, in the document's case.
    pub fn link_attachment(
        &self,
        email_sha256: &str,
        position: u32,
        doc_id: &str,
    ) -> Result<(), CatalogError> {
        let n = self.conn().execute(
            "INSERT INTO attachments (email_sha256, case_number, position, doc_id)
             SELECT ?1, case_number, ?2, ?3 FROM documents WHERE id = ?3
             ON CONFLICT(email_sha256, case_number, position) DO UPDATE SET doc_id = excluded.doc_id",
            params![email_sha256, position, doc_id],
        )?;
        if n == 0 {
            return Err(CatalogError::NoSuchDocument(doc_id.to_string()));
        }
        Ok(())
    }

    /// The attachments of the e-mail document `email_doc_id`, in order.
    pub fn attachments_of(&self, email_doc_id: &str) -> Result<Vec<AttachmentLink>, CatalogError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(
            "SELECT a.position, a.doc_id FROM attachments a
             JOIN documents d ON d.sha256 = a.email_sha256 AND d.case_number = a.case_number
                AND d.id = ?1
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
             LEFT JOIN documents d ON d.sha256 = a.email_sha256
                AND d.case_number = a.case_number AND d.status = 'stored'
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
            "INSERT INTO emails (doc_id, message_id, shingles) VALUES (?1, ?2, ?3)
             ON CONFLICT(doc_id) DO UPDATE SET message_id = excluded.message_id,
                shingles = excluded.shingles",
            params![doc_id, m.message_id, shingle_blob(&m.shingles)],
        )?;
        for n in &m.names {
            tx.execute(
                "INSERT INTO email_names (doc_id, message_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
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
            "INSERT INTO superseded (message_id, sha256, doc_id, by_doc_id, at)
             VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING",
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::NewDocument;

    fn doc(c: &Catalog, id: &str, case: &str, sha: &str) {
        c.insert_pending(&NewDocument {
            id,
            case_number: case,
            folder: "correspondence",
            name: id,
            original_name: "mail.eml",
            sha256: sha,
            pages: 1,
            legibility_json: "[]",
            routing_rule: "email-correspondence",
            retention_schedule: "cafcass-2020",
            retention_rule: "whole-record",
            retention_until: None,
            retention_pending: None,
            retention_permanent: false,
            object_key: "objects/x",
            received_at: chrono::Utc::now(),
            pipeline: "email-inbox",
        })
        .unwrap();
        c.mark_stored(id, 1, "pdf", b"env").unwrap();
    }

    fn attachment_ids(c: &Catalog, email: &str) -> Vec<String> {
        c.attachments_of(email)
            .unwrap()
            .into_iter()
            .map(|a| a.doc_id)
            .collect()
    }

    /// The same e-mail filed for two cases keeps each case's attachments its own: the second
    /// case's links used to overwrite the first's (one link per e-mail hash and position).
    #[test]
    fn the_same_e_mail_in_two_cases_has_each_cases_attachments() {
        crate::catalog::each_engine(|c| {
            doc(c, "mail-a", "LS24P01234", "sha-mail");
            doc(c, "att-a", "LS24P01234", "sha-att");
            doc(c, "mail-b", "MK23C00456", "sha-mail");
            doc(c, "att-b", "MK23C00456", "sha-att");
            c.link_attachment("sha-mail", 1, "att-a").unwrap();
            c.link_attachment("sha-mail", 1, "att-b").unwrap();
            assert_eq!(attachment_ids(c, "mail-a"), ["att-a"]);
            assert_eq!(attachment_ids(c, "mail-b"), ["att-b"]);
            let of_b = c.attached_to("att-b").unwrap();
            assert_eq!(of_b.len(), 1);
            assert_eq!(of_b[0].email_doc_id.as_deref(), Some("mail-b"));
            assert!(matches!(
                c.link_attachment("sha-mail", 2, "no-such-doc"),
                Err(CatalogError::NoSuchDocument(_))
            ));
        });
    }

    /// A catalog made before links named their case is migrated when opened, links kept.
    #[test]
    fn an_older_catalog_keeps_its_links() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("catalog.sqlite");
        let c = Catalog::open(&path, &crate::catalog::test_key()).unwrap();
        doc(&c, "mail-a", "LS24P01234", "sha-mail");
        doc(&c, "att-a", "LS24P01234", "sha-att");
        drop(c);
        // The attachments table as it was before, with a link in it, in a catalog from before
        // schema versions were recorded.
        let old = rusqlite::Connection::open(&path).unwrap();
        old.execute_batch(&format!(
            "PRAGMA key = \"x'{}'\";",
            hex::encode(crate::catalog::test_key().expose())
        ))
        .unwrap();
        old.execute_batch(
            "DROP TABLE attachments;
             CREATE TABLE attachments (
                email_sha256 TEXT NOT NULL,
                position     INTEGER NOT NULL,
                doc_id       TEXT NOT NULL,
                PRIMARY KEY (email_sha256, position)
             );
             CREATE INDEX attachments_doc ON attachments(doc_id);
             INSERT INTO attachments VALUES ('sha-mail', 1, 'att-a');
             DROP TABLE schema_versions;",
        )
        .unwrap();
        drop(old);
        let c = Catalog::open(&path, &crate::catalog::test_key()).unwrap();
        assert_eq!(attachment_ids(&c, "mail-a"), ["att-a"]);
        c.link_attachment("sha-mail", 2, "att-a").unwrap();
        assert_eq!(attachment_ids(&c, "mail-a"), ["att-a", "att-a"]);
        // Opening again finds it current and changes nothing.
        drop(c);
        let c = Catalog::open(&path, &crate::catalog::test_key()).unwrap();
        assert_eq!(attachment_ids(&c, "mail-a"), ["att-a", "att-a"]);
    }
}
