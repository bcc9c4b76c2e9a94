//! What routing learns from people, and the record class of each document.
//!
//! - `route_examples`: every decision a person made (a review-queue item filed, a document
//!   refiled), with what the classifier sees of the document. It is a copy of document content,
//!   so it lives only in the encrypted catalog, is never made for a shielded case (its text would
//!   escape the case's own key), and is deleted in the transaction that begins the document's
//!   destruction, together with every cached model trained on it.
//! - `route_decisions`: a person's decision waiting for its file (the original went back to an
//!   inbox; the pipeline files it as decided when it comes round, through every stage).
//! - `route_models`: trained models by version (a hash of what they were trained on), so a run
//!   does not train again what an earlier one trained.
//! - `document_record_class`: the record class routing found, which retention needs again when
//!   a case event moves dates.

use super::db::{params, Conn, OptionalExtension};
use super::fields::Field;

use super::{now, Catalog, CatalogError};
use crate::document::RouteExample as Example;

pub(super) const ROUTING_SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS route_examples (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    at          TEXT NOT NULL,
    user_name   TEXT,
    case_number TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    example     TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS route_examples_doc ON route_examples(sha256, case_number);
CREATE TABLE IF NOT EXISTS route_decisions (
    sha256        TEXT PRIMARY KEY,
    case_number   TEXT NOT NULL,
    folder        TEXT NOT NULL,
    document_name TEXT,
    user_name     TEXT NOT NULL,
    reason        TEXT,
    at            TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS route_models (
    version    TEXT PRIMARY KEY,
    trained_at TEXT NOT NULL,
    model      BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS document_record_class (
    document_id  TEXT PRIMARY KEY,
    record_class TEXT NOT NULL
);
";

/// A person's decision on a review-queue item, waiting for its file to come round.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilingDecision {
    pub sha256: String,
    pub case_number: String,
    pub folder: String,
    pub document_name: Option<String>,
    pub user_name: String,
    pub reason: Option<String>,
}

impl Catalog {
    /// Keeps a person's decision as a labelled example (never for a shielded case: see the
    /// module). Cached models stay: a model's version names its examples, so the next run trains
    /// one that includes this.
    pub fn add_route_example(
        &self,
        case_number: &str,
        sha256: &str,
        example: &Example,
    ) -> Result<bool, CatalogError> {
        if self.is_shielded(case_number)? {
            return Ok(false);
        }
        let json = serde_json::to_string(example).expect("an example serialises");
        let user = self.acting_user();
        let conn = self.conn();
        conn.execute(
            "INSERT INTO route_examples (at, user_name, case_number, sha256, example)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![
                now(),
                user,
                case_number,
                sha256,
                conn.fields().seal(Field::RouteExample, &json)?
            ],
        )?;
        Ok(true)
    }

    /// Every person's example, oldest first.
    pub fn route_examples(&self) -> Result<Vec<Example>, CatalogError> {
        let conn = self.conn();
        let mut stmt = conn.prepare("SELECT example FROM route_examples ORDER BY id")?;
        let rows = stmt
            .query_map([], |r| conn.fields().open(Field::RouteExample, r.get(0)?))?
            .collect::<Result<Vec<_>, _>>()?;
        rows.iter()
            .map(|j| {
                serde_json::from_str(j)
                    .map_err(|e| CatalogError::Corrupt(format!("a routing example: {e}")))
            })
            .collect()
    }

    /// Records a decision for the bytes `sha256` (one per file: a later decision replaces it).
    pub fn put_filing_decision(&self, d: &FilingDecision) -> Result<(), CatalogError> {
        let conn = self.conn();
        let f = conn.fields();
        conn.execute(
            "INSERT INTO route_decisions (sha256, case_number, folder, document_name, user_name,
                reason, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT(sha256) DO UPDATE SET case_number = excluded.case_number,
                folder = excluded.folder, document_name = excluded.document_name,
                user_name = excluded.user_name, reason = excluded.reason, at = excluded.at",
            params![
                d.sha256,
                d.case_number,
                d.folder,
                f.seal_opt(Field::RouteDocName, d.document_name.as_deref())?,
                d.user_name,
                f.seal_opt(Field::RouteReason, d.reason.as_deref())?,
                now()
            ],
        )?;
        Ok(())
    }

    /// The decision waiting for these bytes, if any.
    pub fn filing_decision(&self, sha256: &str) -> Result<Option<FilingDecision>, CatalogError> {
        let conn = self.conn();
        let f = conn.fields();
        Ok(conn
            .query_row(
                "SELECT sha256, case_number, folder, document_name, user_name, reason
                 FROM route_decisions WHERE sha256 = ?1",
                params![sha256],
                |r| {
                    Ok(FilingDecision {
                        sha256: r.get(0)?,
                        case_number: r.get(1)?,
                        folder: r.get(2)?,
                        document_name: f.open_opt(Field::RouteDocName, r.get(3)?)?,
                        user_name: r.get(4)?,
                        reason: f.open_opt(Field::RouteReason, r.get(5)?)?,
                    })
                },
            )
            .optional()?)
    }

    /// Takes a decided item off the review queue (its file went back to an inbox).
    pub fn remove_quarantine(&self, id: i64) -> Result<(), CatalogError> {
        self.conn()
            .execute("DELETE FROM quarantine WHERE id = ?1", params![id])?;
        Ok(())
    }

    /// Forgets a decision once its document is filed.
    pub fn drop_filing_decision(&self, sha256: &str) -> Result<(), CatalogError> {
        self.conn().execute(
            "DELETE FROM route_decisions WHERE sha256 = ?1",
            params![sha256],
        )?;
        Ok(())
    }

    /// A cached model of this version, as [`crate::stages::classify::Model::to_bytes`] wrote it.
    pub fn route_model(&self, version: &str) -> Result<Option<Vec<u8>>, CatalogError> {
        let conn = self.conn();
        Ok(conn
            .query_row(
                "SELECT model FROM route_models WHERE version = ?1",
                params![version],
                |r| conn.fields().open_blob(Field::RouteModel, r.get(0)?),
            )
            .optional()?)
    }

    /// Caches a model, dropping older ones (only the newest examples' model is ever used again).
    pub fn put_route_model(&self, version: &str, bytes: &[u8]) -> Result<(), CatalogError> {
        let conn = self.conn();
        conn.execute(
            "DELETE FROM route_models WHERE version <> ?1",
            params![version],
        )?;
        conn.execute(
            "INSERT INTO route_models (version, trained_at, model) VALUES (?1, ?2, ?3)
             ON CONFLICT(version) DO UPDATE SET trained_at = excluded.trained_at,
                model = excluded.model",
            params![
                version,
                now(),
                conn.fields().seal_blob(Field::RouteModel, bytes)?
            ],
        )?;
        Ok(())
    }

    /// Records a document's record class.
    pub fn set_record_class(&self, document_id: &str, class: &str) -> Result<(), CatalogError> {
        self.conn().execute(
            "INSERT INTO document_record_class (document_id, record_class) VALUES (?1, ?2)
             ON CONFLICT(document_id) DO UPDATE SET record_class = excluded.record_class",
            params![document_id, class],
        )?;
        Ok(())
    }

    /// A document's record class, where routing found one.
    pub fn record_class(&self, document_id: &str) -> Result<Option<String>, CatalogError> {
        Ok(self
            .conn()
            .query_row(
                "SELECT record_class FROM document_record_class WHERE document_id = ?1",
                params![document_id],
                |r| r.get(0),
            )
            .optional()?)
    }
}

/// Inside the transaction that begins a destruction: the document's examples go, and with them
/// every cached model (one may have been trained on them; the next run trains without).
pub(super) fn forget_examples_of(
    tx: &Conn,
    sha256: &str,
    case_number: &str,
) -> Result<(), CatalogError> {
    let n = tx.execute(
        "DELETE FROM route_examples WHERE sha256 = ?1 AND case_number = ?2",
        params![sha256, case_number],
    )?;
    if n > 0 {
        tx.execute("DELETE FROM route_models", [])?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn examples_decisions_models_and_classes_round_trip() {
        crate::catalog::each_engine(|c| {
            let ex = Example {
                kind: Some("court-order".into()),
                text: "ORDER".into(),
                ..Default::default()
            };
            assert!(c.add_route_example("LS24P01234", "ab", &ex).unwrap());
            assert_eq!(c.route_examples().unwrap(), vec![ex]);
            let d = FilingDecision {
                sha256: "ab".into(),
                case_number: "LS24P01234".into(),
                folder: "court-orders".into(),
                document_name: Some("Final order".into()),
                user_name: "ann".into(),
                reason: None,
            };
            c.put_filing_decision(&d).unwrap();
            assert_eq!(c.filing_decision("ab").unwrap(), Some(d));
            c.drop_filing_decision("ab").unwrap();
            assert_eq!(c.filing_decision("ab").unwrap(), None);
            c.put_route_model("v1", b"one").unwrap();
            c.put_route_model("v2", b"two").unwrap();
            assert_eq!(c.route_model("v1").unwrap(), None);
            assert_eq!(c.route_model("v2").unwrap().as_deref(), Some(&b"two"[..]));
            c.set_record_class("doc1", "adoption").unwrap();
            assert_eq!(c.record_class("doc1").unwrap().as_deref(), Some("adoption"));
            assert_eq!(c.record_class("doc2").unwrap(), None);
        });
    }
}
