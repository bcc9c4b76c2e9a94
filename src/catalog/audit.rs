//! The destruction record: what was destroyed, when, and under which rule, in a hash-chained log.
//!
//! A records manager must be able to show, years later, that a document was destroyed lawfully,
//! after the document itself is gone. Each record carries the SHA-256 of the previous record, so a
//! record altered, removed or inserted afterwards breaks the chain at that point, and
//! `casevault audit verify` names the first broken link. The record holds ids, hashes, folder, rule
//! and dates: enough to prove what happened, nothing of the document's content.

use rusqlite::params;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::{now, Catalog, CatalogError};

pub(super) const AUDIT_SCHEMA: &str = r#"
CREATE TABLE IF NOT EXISTS destruction_log (
    seq       INTEGER PRIMARY KEY,
    record    TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
"#;

/// The hash before the first record.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// One destruction.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct DestructionRecord {
    pub document_id: String,
    pub sha256: String,
    pub pdf_sha256: Option<String>,
    pub case_number: String,
    pub folder: String,
    pub schedule: String,
    pub rule: String,
    pub retention_until: Option<String>,
    pub received_at: String,
    pub destroyed_at: String,
    pub how: String,
}

/// A record as stored, with its place in the chain.
#[derive(Debug, Clone, Serialize)]
pub struct ChainedRecord {
    pub seq: i64,
    pub record: DestructionRecord,
    pub prev_hash: String,
    pub hash: String,
}

/// Where the chain breaks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BrokenLink {
    pub seq: i64,
    pub why: String,
}

fn link_hash(prev: &str, record_json: &str) -> String {
    let mut h = Sha256::new();
    h.update(prev.as_bytes());
    h.update(b"\n");
    h.update(record_json.as_bytes());
    hex::encode(h.finalize().as_slice())
}

impl Catalog {
    /// Appends a destruction record to the chain.
    pub fn append_destruction(
        &self,
        mut rec: DestructionRecord,
    ) -> Result<ChainedRecord, CatalogError> {
        if rec.destroyed_at.is_empty() {
            rec.destroyed_at = now();
        }
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        let (seq, prev): (i64, String) = tx
            .query_row(
                "SELECT seq, hash FROM destruction_log ORDER BY seq DESC LIMIT 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap_or((0, GENESIS.to_string()));
        let json = serde_json::to_string(&rec).expect("record serialises");
        let hash = link_hash(&prev, &json);
        tx.execute(
            "INSERT INTO destruction_log (seq, record, prev_hash, hash) VALUES (?1, ?2, ?3, ?4)",
            params![seq + 1, json, prev, hash],
        )?;
        tx.commit()?;
        Ok(ChainedRecord {
            seq: seq + 1,
            record: rec,
            prev_hash: prev,
            hash,
        })
    }

    /// The chain as stored: (seq, record JSON, previous hash, hash), in order.
    pub(super) fn raw_links(&self) -> Result<Vec<(i64, String, String, String)>, CatalogError> {
        let conn = self.conn();
        let mut stmt =
            conn.prepare("SELECT seq, record, prev_hash, hash FROM destruction_log ORDER BY seq")?;
        let rows = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    /// Every destruction record, in order.
    pub fn destruction_log(&self) -> Result<Vec<ChainedRecord>, CatalogError> {
        Ok(self
            .raw_links()?
            .into_iter()
            .filter_map(|(seq, json, prev_hash, hash)| {
                serde_json::from_str(&json)
                    .ok()
                    .map(|record| ChainedRecord {
                        seq,
                        record,
                        prev_hash,
                        hash,
                    })
            })
            .collect())
    }

    /// Checks the chain; returns the first broken link, if any.
    pub fn verify_destruction_log(&self) -> Result<Option<BrokenLink>, CatalogError> {
        let rows = self.raw_links()?;
        let mut expected_prev = GENESIS.to_string();
        for (expected_seq, (seq, json, prev, hash)) in (1..).zip(rows) {
            if seq != expected_seq {
                return Ok(Some(BrokenLink {
                    seq: expected_seq,
                    why: format!("record {expected_seq} is missing (next is {seq})"),
                }));
            }
            if prev != expected_prev {
                return Ok(Some(BrokenLink {
                    seq,
                    why: "its link to the previous record does not match".into(),
                }));
            }
            if link_hash(&prev, &json) != hash {
                return Ok(Some(BrokenLink {
                    seq,
                    why: "its content was changed after it was written".into(),
                }));
            }
            expected_prev = hash;
        }
        Ok(None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(id: &str) -> DestructionRecord {
        DestructionRecord {
            document_id: id.into(),
            sha256: "ab".into(),
            pdf_sha256: None,
            case_number: "LS24P01234".into(),
            folder: "police-information".into(),
            schedule: "cafcass-2020".into(),
            rule: "police-information".into(),
            retention_until: Some("2025-01-01".into()),
            received_at: "2024-01-01T00:00:00Z".into(),
            destroyed_at: String::new(),
            how: "crypto-shredded".into(),
        }
    }

    #[test]
    fn chain_verifies_and_names_the_first_broken_link() {
        let c = Catalog::in_memory().unwrap();
        for i in 0..4 {
            c.append_destruction(rec(&format!("d{i}"))).unwrap();
        }
        assert_eq!(c.verify_destruction_log().unwrap(), None);
        assert_eq!(c.destruction_log().unwrap().len(), 4);
        // Tamper with record 3's content.
        c.conn()
            .execute(
                "UPDATE destruction_log SET record = replace(record, 'd2', 'dX') WHERE seq = 3",
                [],
            )
            .unwrap();
        let b = c.verify_destruction_log().unwrap().unwrap();
        assert_eq!(b.seq, 3);
        assert!(b.why.contains("changed"));
        // Remove record 2: the gap is named.
        c.conn()
            .execute("DELETE FROM destruction_log WHERE seq = 2", [])
            .unwrap();
        assert_eq!(c.verify_destruction_log().unwrap().unwrap().seq, 2);
    }
}
