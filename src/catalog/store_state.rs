//! What the catalog knows about the store beyond documents: which sealed records (cases, holds,
//! destruction records) mirror catalog state in the store, under which key, and the calls that key
//! rotation, verification and catalog rebuild need.
//!
//! The catalog is an index that can be lost; the store must be enough to rebuild it. Documents
//! carry their own sealed label, but cases, holds and the destruction record live only in SQLite,
//! so each is mirrored to the store as a sealed record under an opaque random id. The table
//! `store_records` remembers, per mirrored thing, the id it was last written under, a digest of
//! what was written (so a mirror pass writes only what changed), its revision (so a rebuild that
//! finds two copies, after a crash between writing the new one and deleting the old, keeps the
//! newer) and the key id its envelope is wrapped under (so `keys ls` and `keys retire` know what
//! every key still wraps). New tables only, created with `IF NOT EXISTS`: no `ALTER`.

use super::db::{params, DbError, OptionalExtension, Row};
use super::fields::Field;
use serde::{Deserialize, Serialize};

use super::{now, Catalog, CatalogError, DocumentRow};

pub(super) const STORE_STATE_SCHEMA: &str = r#"
CREATE TABLE IF NOT EXISTS store_records (
    kind       TEXT NOT NULL,
    subject    TEXT NOT NULL,
    record_id  TEXT NOT NULL UNIQUE,
    revision   INTEGER NOT NULL,
    digest     TEXT NOT NULL,
    key_id     TEXT NOT NULL,
    written_at TEXT NOT NULL,
    PRIMARY KEY (kind, subject)
);
"#;

/// One mirrored record: a case (`subject` = case number), the holds (`subject` = `all`) or a
/// destruction record (`subject` = its sequence number).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StoreRecordRow {
    pub kind: String,
    pub subject: String,
    pub record_id: String,
    pub revision: i64,
    pub digest: String,
    pub key_id: String,
    pub written_at: String,
}

/// A hold as kept in the store: every column of the `holds` table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HoldRow {
    pub id: i64,
    pub scope: String,
    pub kind: String,
    pub reason: String,
    pub until: Option<String>,
    pub set_at: String,
    pub lifted_at: Option<String>,
}

/// A destruction-log row exactly as stored (the record text is kept verbatim so the hash chain
/// still verifies after a rebuild).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DestructionRow {
    pub seq: i64,
    pub record: String,
    pub prev_hash: String,
    pub hash: String,
    /// False for a link written before the chain was keyed (and for rows mirrored then, which
    /// lack the field).
    #[serde(default)]
    pub keyed: bool,
}

/// A document row recreated from its sealed label.
#[derive(Debug, Clone)]
pub struct RestoredDocument {
    pub row: DocumentRow,
    pub pdf_sha256: String,
    pub key_envelope: Vec<u8>,
}

impl Catalog {
    /// The mirrored record of `kind`/`subject`, if it was ever written.
    pub fn store_record(
        &self,
        kind: &str,
        subject: &str,
    ) -> Result<Option<StoreRecordRow>, CatalogError> {
        Ok(self
            .conn()
            .query_row(
                "SELECT kind, subject, record_id, revision, digest, key_id, written_at
                 FROM store_records WHERE kind = ?1 AND subject = ?2",
                params![kind, subject],
                record_row,
            )
            .optional()?)
    }

    /// Every mirrored record.
    pub fn store_records(&self) -> Result<Vec<StoreRecordRow>, CatalogError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(
            "SELECT kind, subject, record_id, revision, digest, key_id, written_at
             FROM store_records ORDER BY kind, subject",
        )?;
        let rows = stmt
            .query_map([], record_row)?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    /// Records that `kind`/`subject` is now in the store under `record_id`.
    pub fn set_store_record(&self, r: &StoreRecordRow) -> Result<(), CatalogError> {
        self.conn().execute(
            "INSERT INTO store_records (kind, subject, record_id, revision, digest, key_id, written_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT(kind, subject) DO UPDATE SET record_id = excluded.record_id,
               revision = excluded.revision, digest = excluded.digest, key_id = excluded.key_id,
               written_at = excluded.written_at",
            params![
                r.kind,
                r.subject,
                r.record_id,
                r.revision,
                r.digest,
                r.key_id,
                r.written_at
            ],
        )?;
        Ok(())
    }

    /// Notes that a mirrored record's envelope is now wrapped under `key_id` (key rotation).
    pub fn set_store_record_key(&self, record_id: &str, key_id: &str) -> Result<(), CatalogError> {
        self.conn().execute(
            "UPDATE store_records SET key_id = ?2 WHERE record_id = ?1",
            params![record_id, key_id],
        )?;
        Ok(())
    }

    /// Every stored document's id and catalog copy of its key envelope.
    pub fn document_envelopes(&self) -> Result<Vec<(String, Vec<u8>)>, CatalogError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(
            "SELECT id, key_envelope FROM documents
             WHERE status = 'stored' AND key_envelope IS NOT NULL ORDER BY id",
        )?;
        let rows = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    /// Replaces the catalog's copy of a document's key envelope (key rotation).
    pub fn set_key_envelope(&self, id: &str, envelope: &[u8]) -> Result<(), CatalogError> {
        self.conn().execute(
            "UPDATE documents SET key_envelope = ?2 WHERE id = ?1 AND status = 'stored'",
            params![id, envelope],
        )?;
        Ok(())
    }

    /// Like [`Catalog::mark_stored`], with the stored time given (the one sealed into the label,
    /// so that a catalog rebuilt from labels shows the same time), and the contact log's "filed"
    /// entry (`(case number, detail)`) written with it.
    pub fn mark_stored_at(
        &self,
        id: &str,
        sealed_size: u64,
        pdf_sha256: &str,
        key_envelope: &[u8],
        stored_at: &str,
        filed: (&str, &str),
    ) -> Result<(), CatalogError> {
        // One transaction: a crash leaves the row pending with no "filed" entry (and the filing
        // is resumed), or stored with it; never a stored document whose filing is not logged.
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        tx.execute(
            "UPDATE documents SET status = 'stored', stored_at = ?2, sealed_size = ?3,
             pdf_sha256 = ?4, key_envelope = ?5 WHERE id = ?1",
            params![id, stored_at, sealed_size, pdf_sha256, key_envelope],
        )?;
        let (case_number, detail) = filed;
        tx.execute(
            "INSERT INTO contact_log (at, case_number, document_id, action, detail)
             VALUES (?1, ?2, ?3, 'filed', ?4)",
            params![
                super::now(),
                case_number,
                id,
                tx.fields().seal(Field::ContactDetail, detail)?
            ],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Rows of the `holds` table, all of them, and the moratorium setting, for the mirror.
    pub fn holds_snapshot(&self) -> Result<(Vec<HoldRow>, Option<String>), CatalogError> {
        let holds = self
            .holds(true)?
            .into_iter()
            .map(|h| HoldRow {
                id: h.id,
                scope: h.scope,
                kind: h.kind,
                reason: h.reason,
                until: h.until,
                set_at: h.set_at,
                lifted_at: h.lifted_at,
            })
            .collect();
        let setting = self
            .conn()
            .query_row(
                "SELECT value FROM settings WHERE key = 'moratorium_initialised'",
                [],
                |r| r.get(0),
            )
            .optional()?;
        Ok((holds, setting))
    }

    /// Replaces every hold with `holds` (ids kept) and restores the moratorium setting.
    pub fn restore_holds(
        &self,
        holds: &[HoldRow],
        moratorium_initialised: Option<&str>,
    ) -> Result<(), CatalogError> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        tx.execute("DELETE FROM holds", [])?;
        for h in holds {
            tx.execute(
                "INSERT INTO holds (id, scope, kind, reason, until, set_at, lifted_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    h.id,
                    h.scope,
                    h.kind,
                    tx.fields().seal(Field::HoldReason, &h.reason)?,
                    h.until,
                    h.set_at,
                    h.lifted_at
                ],
            )?;
        }
        tx.execute(
            "DELETE FROM settings WHERE key = 'moratorium_initialised'",
            [],
        )?;
        if let Some(v) = moratorium_initialised {
            tx.execute(
                "INSERT INTO settings (key, value) VALUES ('moratorium_initialised', ?1)",
                params![v],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// The destruction log, rows verbatim.
    pub fn destruction_rows(&self) -> Result<Vec<DestructionRow>, CatalogError> {
        Ok(self
            .raw_links()?
            .into_iter()
            .map(|(seq, record, prev_hash, hash, keyed)| DestructionRow {
                seq,
                record,
                prev_hash,
                hash,
                keyed,
            })
            .collect())
    }

    /// Puts a destruction-log row back verbatim (catalog rebuild).
    pub fn restore_destruction_row(&self, d: &DestructionRow) -> Result<(), CatalogError> {
        self.conn().execute(
            "INSERT INTO destruction_log (seq, record, prev_hash, hash, keyed)
             VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT(seq) DO UPDATE SET record = excluded.record,
                prev_hash = excluded.prev_hash, hash = excluded.hash, keyed = excluded.keyed",
            params![d.seq, d.record, d.prev_hash, d.hash, d.keyed],
        )?;
        Ok(())
    }

    /// Inserts a stored document recreated from its label (catalog rebuild).
    pub fn restore_document(&self, d: &RestoredDocument) -> Result<(), CatalogError> {
        let r = &d.row;
        let conn = self.conn();
        let f = conn.fields();
        conn.execute(
            "INSERT INTO documents (id, case_number, folder, name, original_name, sha256, pages,
                legibility, routing_rule, retention_schedule, retention_rule, retention_until,
                retention_pending, retention_permanent, object_key, sealed_size, pdf_sha256,
                key_envelope, status, received_at, stored_at, pipeline)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
                ?18, 'stored', ?19, ?20, ?21)",
            params![
                r.id,
                r.case_number,
                r.folder,
                f.seal(Field::DocName, &r.name)?,
                f.seal(Field::DocOriginalName, &r.original_name)?,
                r.sha256,
                r.pages,
                r.legibility,
                r.routing_rule,
                r.retention_schedule,
                r.retention_rule,
                r.retention_until,
                r.retention_pending,
                r.retention_permanent,
                r.object_key,
                r.sealed_size as i64,
                d.pdf_sha256,
                d.key_envelope,
                r.received_at,
                r.stored_at,
                r.pipeline,
            ],
        )?;
        Ok(())
    }

    /// How many document rows and cases the catalog holds (a rebuild wants an empty one).
    pub fn content_counts(&self) -> Result<(i64, i64), CatalogError> {
        let conn = self.conn();
        let docs = conn.query_row("SELECT COUNT(*) FROM documents", [], |r| r.get(0))?;
        let cases = conn.query_row("SELECT COUNT(*) FROM cases", [], |r| r.get(0))?;
        Ok((docs, cases))
    }

    /// The current time as the catalog writes it.
    pub fn now_stamp() -> String {
        now()
    }
}

fn record_row(r: &Row<'_>) -> Result<StoreRecordRow, DbError> {
    Ok(StoreRecordRow {
        kind: r.get(0)?,
        subject: r.get(1)?,
        record_id: r.get(2)?,
        revision: r.get(3)?,
        digest: r.get(4)?,
        key_id: r.get(5)?,
        written_at: r.get(6)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holds_round_trip_with_their_ids_and_setting() {
        crate::catalog::each_engine(|c| {
            c.set_hold("LS24P01234", "complaint").unwrap();
            c.lift_holds(super::super::holds::GLOBAL).unwrap();
            let (holds, setting) = c.holds_snapshot().unwrap();
            assert_eq!(holds.len(), 2);
            assert!(setting.is_some());
            let d = Catalog::in_memory().unwrap();
            assert_ne!(d.holds_snapshot().unwrap().0, holds);
            d.restore_holds(&holds, setting.as_deref()).unwrap();
            assert_eq!(d.holds_snapshot().unwrap(), (holds, setting));
            assert_eq!(d.holds(true).unwrap(), c.holds(true).unwrap());
        });
    }

    #[test]
    fn store_records_upsert_and_rekey() {
        crate::catalog::each_engine(|c| {
            let mut r = StoreRecordRow {
                kind: "case".into(),
                subject: "LS24P01234".into(),
                record_id: "aa".into(),
                revision: 1,
                digest: "d1".into(),
                key_id: "kek-1".into(),
                written_at: now(),
            };
            c.set_store_record(&r).unwrap();
            r.record_id = "bb".into();
            r.revision = 2;
            c.set_store_record(&r).unwrap();
            assert_eq!(c.store_records().unwrap(), vec![r.clone()]);
            c.set_store_record_key("bb", "kek-2").unwrap();
            assert_eq!(
                c.store_record("case", "LS24P01234")
                    .unwrap()
                    .unwrap()
                    .key_id,
                "kek-2"
            );
            assert!(c.store_record("case", "XX").unwrap().is_none());
        });
    }
}
