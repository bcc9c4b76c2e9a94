//! The destruction record: what was destroyed, when, and under which rule, in a keyed chain.
//!
//! A records manager must be able to show, years later, that a document was destroyed lawfully,
//! after the document itself is gone; and a document must never be gone without that record.
//!
//! **One story per destruction.** [`Catalog::begin_destruction`] is one SQLite transaction that
//! checks again, inside it, that the document is stored, due, not held and not extended; takes
//! its wrapped data key out of the catalog; marks it `destroying`; and appends the *intent* record.
//! Either all of that happens or none of it. The sink then deletes the store's copies (envelope
//! first), and [`Catalog::complete_destruction`] appends the *completion* record and marks the row
//! `destroyed`, again in one transaction, only while the row is still `destroying`: so a crash
//! anywhere leaves a `destroying` row whose intent is on record, which the next `dispose` finishes,
//! and the completion is written once.
//!
//! **Keyed.** Each link is HMAC-SHA256 over its sequence number, the previous link and the record
//! text, under the chain key held in the key ring ([`ChainKey`]), not a plain hash anyone who can
//! write the catalog could recompute over a rewritten log. `casevault audit verify` names the first
//! link that does not check. The chain's head is also anchored in the store after every append
//! ([`Anchor`], `sink::records`), so a catalog cut back to an earlier, self-consistent chain, or
//! downgraded to unkeyed links, is caught by comparing the two.
//!
//! **Older catalogs.** Links written before the chain was keyed (`keyed = 0`, plain SHA-256 over the
//! previous link and the record) are still checked as such and stay valid: the first keyed link is
//! computed over the last unkeyed one, so once one keyed link follows them, rewriting any of them
//! breaks that keyed link. An unkeyed link *after* a keyed one is refused: only a writer without the
//! key makes one. Until a keyed link follows, the old part is as strong as it was (recomputable),
//! which is why the anchor also records where the keyed part starts.
//!
//! Records hold ids, hashes, folder, rule and dates: enough to prove what happened, nothing of the
//! document's content.

use super::db::{params, Conn, OptionalExtension};
use super::fields::Field;
use chrono::NaiveDate;
use hmac::{KeyInit, Mac};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::{doc_row, now, Catalog, CatalogError, DocStatus, DocumentRow, DOC_COLUMNS};
use crate::seal::ChainKey;

pub(super) const AUDIT_SCHEMA: &str = r#"
CREATE TABLE IF NOT EXISTS destruction_log (
    seq       INTEGER PRIMARY KEY,
    record    TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL,
    keyed     INTEGER NOT NULL DEFAULT 0
);
"#;

/// Adds the `keyed` column to a destruction log made before links were keyed (its rows are the
/// unkeyed links described in the module documentation).
pub(super) fn migrate(conn: &Conn) -> Result<(), CatalogError> {
    if !conn.has_column("destruction_log", "keyed")? {
        conn.execute_ddl(
            "ALTER TABLE destruction_log ADD COLUMN keyed INTEGER NOT NULL DEFAULT 0",
        )?;
    }
    Ok(())
}

/// The link before the first record.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Which half of a destruction a record tells.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Step {
    /// Written in the transaction that took the data key away: the decision, and its checks.
    Intent,
    /// Written once the store's copies (envelope, object, label) are deleted.
    Completed,
}

/// One destruction record.
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
    /// Absent in records written before destruction had two steps: those were written once,
    /// after the document was gone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step: Option<Step>,
}

/// A record as stored, with its place in the chain.
#[derive(Debug, Clone, Serialize)]
pub struct ChainedRecord {
    pub seq: i64,
    pub record: DestructionRecord,
    pub prev_hash: String,
    pub hash: String,
    /// False for a link written before the chain was keyed.
    pub keyed: bool,
}

/// Where the chain breaks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BrokenLink {
    pub seq: i64,
    pub why: String,
}

/// Why a destruction was not begun: checked again inside the transaction that would take the key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum Refusal {
    /// The document is not (or no longer) stored.
    NotStored(String),
    /// Its retention date is later than today (or it has none).
    NotDue(Option<String>),
    /// A hold covers it.
    Held { scope: String, reason: String },
    /// An extension keeps its case until a later date.
    Extended(String),
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refusal::NotStored(s) => write!(f, "it is {s}, not stored"),
            Refusal::NotDue(Some(d)) => write!(f, "it is kept until {d}"),
            Refusal::NotDue(None) => write!(f, "it has no retention date"),
            Refusal::Held { scope, reason } => write!(f, "{scope} hold: {reason}"),
            Refusal::Extended(d) => write!(f, "its case is extended until {d}"),
        }
    }
}

/// The chain's head as anchored in the store: which link is last, and from which link on the
/// chain is keyed, under a MAC of the chain key (so the store's copy cannot be forged either).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Anchor {
    pub format: String,
    pub version: u32,
    /// The last link's sequence number (0: empty chain).
    pub seq: i64,
    /// The last link's value.
    pub hash: String,
    /// The first keyed link (none yet: `None`).
    pub keyed_from: Option<i64>,
    pub mac: String,
}

const ANCHOR_FORMAT: &str = "casevault-destruction-anchor";

impl Anchor {
    fn new(key: &ChainKey, seq: i64, hash: String, keyed_from: Option<i64>) -> Anchor {
        let mac = anchor_mac(key, seq, &hash, keyed_from);
        Anchor {
            format: ANCHOR_FORMAT.into(),
            version: 1,
            seq,
            hash,
            keyed_from,
            mac,
        }
    }

    /// Whether the anchor was written by a holder of the chain key.
    pub fn authentic(&self, key: &ChainKey) -> bool {
        self.format == ANCHOR_FORMAT
            && self.version == 1
            && anchor_mac(key, self.seq, &self.hash, self.keyed_from) == self.mac
    }
}

fn hmac_hex(key: &ChainKey, parts: &[&[u8]]) -> String {
    let mut mac = hmac::Hmac::<Sha256>::new_from_slice(key.expose()).expect("any key length");
    for p in parts {
        mac.update(p);
    }
    hex::encode(mac.finalize().into_bytes().as_slice())
}

fn anchor_mac(key: &ChainKey, seq: i64, hash: &str, keyed_from: Option<i64>) -> String {
    let from = keyed_from.map_or_else(|| "-".to_string(), |k| k.to_string());
    hmac_hex(
        key,
        &[
            b"casevault-destruction-anchor-v1\n",
            seq.to_string().as_bytes(),
            b"\n",
            hash.as_bytes(),
            b"\n",
            from.as_bytes(),
        ],
    )
}

/// A keyed link: HMAC-SHA256 under the chain key over its place, the previous link and the record.
pub fn keyed_link(key: &ChainKey, seq: i64, prev: &str, record_json: &str) -> String {
    hmac_hex(
        key,
        &[
            b"casevault-destruction-chain-v2\n",
            seq.to_string().as_bytes(),
            b"\n",
            prev.as_bytes(),
            b"\n",
            record_json.as_bytes(),
        ],
    )
}

/// An unkeyed link, as written before the chain was keyed (checked, never written now).
fn unkeyed_link(prev: &str, record_json: &str) -> String {
    let mut h = Sha256::new();
    h.update(prev.as_bytes());
    h.update(b"\n");
    h.update(record_json.as_bytes());
    hex::encode(h.finalize().as_slice())
}

/// A raw link: (seq, record JSON, previous link, link, keyed).
pub(super) type RawLink = (i64, String, String, String, bool);

/// Appends a keyed link inside an open transaction.
fn append_in(
    tx: &Conn,
    key: &ChainKey,
    rec: DestructionRecord,
) -> Result<ChainedRecord, CatalogError> {
    let (seq, prev): (i64, String) = tx
        .query_row(
            "SELECT seq, hash FROM destruction_log ORDER BY seq DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?
        .unwrap_or((0, GENESIS.to_string()));
    let json = serde_json::to_string(&rec).expect("record serialises");
    let hash = keyed_link(key, seq + 1, &prev, &json);
    tx.execute(
        "INSERT INTO destruction_log (seq, record, prev_hash, hash, keyed) VALUES (?1, ?2, ?3, ?4, 1)",
        params![seq + 1, json, prev, hash],
    )?;
    Ok(ChainedRecord {
        seq: seq + 1,
        record: rec,
        prev_hash: prev,
        hash,
        keyed: true,
    })
}

fn record_for(
    row: &DocumentRow,
    pdf_sha256: Option<String>,
    step: Step,
    how: &str,
) -> DestructionRecord {
    DestructionRecord {
        document_id: row.id.clone(),
        sha256: row.sha256.clone(),
        pdf_sha256,
        case_number: row.case_number.clone(),
        folder: row.folder.clone(),
        schedule: row.retention_schedule.clone(),
        rule: row.retention_rule.clone(),
        retention_until: row.retention_until.clone(),
        received_at: row.received_at.clone(),
        destroyed_at: now(),
        how: how.to_string(),
        step: Some(step),
    }
}

impl Catalog {
    /// Begins destroying document `id` on `today`: in one transaction, checks that it is stored,
    /// due, not held and not extended; takes its data key out of the catalog; marks it
    /// `destroying`; and appends the intent record. A refusal changes nothing.
    pub fn begin_destruction(
        &self,
        key: &ChainKey,
        id: &str,
        today: NaiveDate,
    ) -> Result<Result<ChainedRecord, Refusal>, CatalogError> {
        let mut conn = self.conn();
        // IMMEDIATE: the write lock is taken before the checks are read, so a hold set by another
        // process cannot slip in between the check and the shred.
        let tx = conn.transaction_immediate()?;
        let (row, pdf_sha): (DocumentRow, Option<String>) = tx
            .query_row(
                &format!("SELECT {DOC_COLUMNS}, pdf_sha256 FROM documents WHERE id = ?1"),
                params![id],
                |r| Ok((doc_row(tx.fields(), r)?, r.get("pdf_sha256")?)),
            )
            .optional()?
            .ok_or_else(|| CatalogError::NoSuchDocument(id.to_string()))?;
        if row.status != DocStatus::Stored {
            return Ok(Err(Refusal::NotStored(row.status.as_str().into())));
        }
        let until = row
            .retention_until
            .as_deref()
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
        if until.is_none_or(|u| u > today) {
            return Ok(Err(Refusal::NotDue(row.retention_until.clone())));
        }
        let hold: Option<(String, String)> = tx
            .query_row(
                "SELECT scope, reason FROM holds WHERE kind = 'hold' AND lifted_at IS NULL
                 AND (scope = ?1 OR scope = ?2) ORDER BY id LIMIT 1",
                params![super::holds::GLOBAL, row.case_number],
                |r| Ok((r.get(0)?, tx.fields().open(Field::HoldReason, r.get(1)?)?)),
            )
            .optional()?;
        if let Some((scope, reason)) = hold {
            return Ok(Err(Refusal::Held { scope, reason }));
        }
        let extensions: Vec<String> = tx
            .prepare(
                "SELECT until FROM holds WHERE kind = 'extension' AND lifted_at IS NULL
                 AND scope = ?1 AND until IS NOT NULL",
            )?
            .query_map(params![row.case_number], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        if let Some(ext) = extensions
            .iter()
            .filter_map(|u| NaiveDate::parse_from_str(u, "%Y-%m-%d").ok())
            .filter(|u| *u > today)
            .max()
        {
            return Ok(Err(Refusal::Extended(ext.to_string())));
        }
        tx.execute(
            "UPDATE documents SET status = 'destroying', key_envelope = NULL WHERE id = ?1",
            params![id],
        )?;
        // A person's decision about it kept its text as a routing example: that goes too.
        super::routing::forget_examples_of(&tx, &row.sha256, &row.case_number)?;
        super::web::forget_text_of(&tx, &row.id)?;
        let rec = record_for(
            &row,
            pdf_sha,
            Step::Intent,
            &format!(
                "crypto-shredding begun: due since {}, no hold, no extension; data key removed from the catalog",
                row.retention_until.as_deref().unwrap_or_default()
            ),
        );
        let chained = append_in(&tx, key, rec)?;
        tx.commit()?;
        Ok(Ok(chained))
    }

    /// Records that the store's copies of document `id` are deleted and marks it `destroyed`;
    /// `None` (and nothing written) unless it is `destroying`, so a completion is written once.
    pub fn complete_destruction(
        &self,
        key: &ChainKey,
        id: &str,
    ) -> Result<Option<ChainedRecord>, CatalogError> {
        let mut conn = self.conn();
        let tx = conn.transaction_immediate()?;
        let found: Option<(DocumentRow, Option<String>)> = tx
            .query_row(
                &format!("SELECT {DOC_COLUMNS}, pdf_sha256 FROM documents WHERE id = ?1"),
                params![id],
                |r| Ok((doc_row(tx.fields(), r)?, r.get("pdf_sha256")?)),
            )
            .optional()?;
        let Some((row, pdf_sha)) = found else {
            return Ok(None);
        };
        if row.status != DocStatus::Destroying {
            return Ok(None);
        }
        tx.execute(
            "UPDATE documents SET status = 'destroyed', key_envelope = NULL WHERE id = ?1",
            params![id],
        )?;
        let rec = record_for(
            &row,
            pdf_sha,
            Step::Completed,
            "crypto-shredded: key envelope, object and label deleted from the store",
        );
        let chained = append_in(&tx, key, rec)?;
        tx.commit()?;
        Ok(Some(chained))
    }

    /// After a catalog rebuild: a document whose intent is on record but not its completion (the
    /// catalog was lost in between) comes back from its label as stored; it is put back to
    /// `destroying`, its key out of the catalog, for the next `dispose` to finish. Returns their ids.
    pub fn resume_begun_destructions(&self) -> Result<Vec<String>, CatalogError> {
        let mut begun = std::collections::BTreeSet::new();
        for r in self.destruction_log()? {
            match r.record.step {
                Some(Step::Intent) => {
                    begun.insert(r.record.document_id);
                }
                Some(Step::Completed) => {
                    begun.remove(&r.record.document_id);
                }
                None => {}
            }
        }
        let conn = self.conn();
        let mut resumed = Vec::new();
        for id in begun {
            if conn.execute(
                "UPDATE documents SET status = 'destroying', key_envelope = NULL
                 WHERE id = ?1 AND status = 'stored'",
                params![id],
            )? > 0
            {
                resumed.push(id);
            }
        }
        Ok(resumed)
    }

    /// Documents whose destruction was begun and not completed (a crash, a store error).
    pub fn destructions_in_progress(&self) -> Result<Vec<DocumentRow>, CatalogError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(&format!(
            "SELECT {DOC_COLUMNS} FROM documents WHERE status = 'destroying' ORDER BY id"
        ))?;
        let rows = stmt
            .query_map([], |r| doc_row(conn.fields(), r))?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    /// Clears what SQLite keeps of shredded rows outside the live database: with
    /// `secure_delete` on (set when the catalog is opened) deleted content is overwritten in the
    /// database file, and this checkpoint copies the WAL back and truncates it to nothing, so an
    /// envelope taken out of the catalog does not live on in an old WAL frame. Returns false when
    /// another connection was reading and the WAL could not be emptied (tried again next time).
    ///
    /// On PostgreSQL there is no file of ours to scrub: the server's write-ahead log and dead
    /// row versions are its own, kept (and encrypted at rest) by whoever runs it; autovacuum
    /// reclaims the dead versions. The destroyed envelope was wrapped under the key ring's
    /// key-encryption key in any case, so what lingers there opens nothing without it.
    pub fn scrub_wal(&self) -> Result<bool, CatalogError> {
        let conn = self.conn();
        if conn.engine() == super::db::Engine::Postgres {
            return Ok(true);
        }
        let (busy, _, _): (i64, i64, i64) =
            conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })?;
        Ok(busy == 0)
    }

    /// The chain as stored, in order.
    pub(super) fn raw_links(&self) -> Result<Vec<RawLink>, CatalogError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(
            "SELECT seq, record, prev_hash, hash, keyed FROM destruction_log ORDER BY seq",
        )?;
        let rows = stmt
            .query_map([], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    /// Every destruction record, in order.
    pub fn destruction_log(&self) -> Result<Vec<ChainedRecord>, CatalogError> {
        Ok(self
            .raw_links()?
            .into_iter()
            .filter_map(|(seq, json, prev_hash, hash, keyed)| {
                serde_json::from_str(&json)
                    .ok()
                    .map(|record| ChainedRecord {
                        seq,
                        record,
                        prev_hash,
                        hash,
                        keyed,
                    })
            })
            .collect())
    }

    /// Checks the chain with the chain key; returns the first broken link, if any.
    pub fn verify_destruction_log(
        &self,
        key: &ChainKey,
    ) -> Result<Option<BrokenLink>, CatalogError> {
        let rows = self.raw_links()?;
        let mut expected_prev = GENESIS.to_string();
        let mut seen_keyed = false;
        for (expected_seq, (seq, json, prev, hash, keyed)) in (1..).zip(rows) {
            let broken = |why: &str| {
                Ok(Some(BrokenLink {
                    seq,
                    why: why.into(),
                }))
            };
            if seq != expected_seq {
                return Ok(Some(BrokenLink {
                    seq: expected_seq,
                    why: format!("record {expected_seq} is missing (next is {seq})"),
                }));
            }
            if prev != expected_prev {
                return broken("its link to the previous record does not match");
            }
            if keyed {
                seen_keyed = true;
                if keyed_link(key, seq, &prev, &json) != hash {
                    return broken("its content or link was changed after it was written (its MAC does not check under the chain key)");
                }
            } else if seen_keyed {
                return broken(
                    "it is unkeyed but follows keyed records: it was written without the chain key",
                );
            } else if unkeyed_link(&prev, &json) != hash {
                return broken("its content was changed after it was written");
            }
            expected_prev = hash;
        }
        Ok(None)
    }

    /// The anchor for the chain as it is now (to be written to the store).
    pub fn destruction_anchor(&self, key: &ChainKey) -> Result<Anchor, CatalogError> {
        let rows = self.raw_links()?;
        let keyed_from = rows.iter().find(|r| r.4).map(|r| r.0);
        let (seq, hash) = rows
            .last()
            .map_or((0, GENESIS.to_string()), |r| (r.0, r.3.clone()));
        Ok(Anchor::new(key, seq, hash, keyed_from))
    }

    /// Compares the chain with the store's anchor; the first disagreement, if any. Run after
    /// [`Catalog::verify_destruction_log`] found the chain itself whole.
    pub fn check_destruction_anchor(
        &self,
        key: &ChainKey,
        anchor: Option<&Anchor>,
    ) -> Result<Option<BrokenLink>, CatalogError> {
        let rows = self.raw_links()?;
        let head = rows.last().map_or(0, |r| r.0);
        let Some(anchor) = anchor else {
            if rows.is_empty() {
                return Ok(None);
            }
            return Ok(Some(BrokenLink {
                seq: 1,
                why: "the store holds no anchor for the destruction record: every destruction writes one (objects `anchors/destruction-record`), so it was deleted, or the store is not this catalog's".into(),
            }));
        };
        if !anchor.authentic(key) {
            return Ok(Some(BrokenLink {
                seq: anchor.seq.max(1),
                why: "the store's anchor does not authenticate under the chain key: it was altered"
                    .into(),
            }));
        }
        if anchor.seq > head {
            return Ok(Some(BrokenLink {
                seq: head + 1,
                why: format!(
                    "the store's anchor names record {} but the chain ends at record {head}: records were removed",
                    anchor.seq
                ),
            }));
        }
        if anchor.seq > 0 {
            let at = &rows[(anchor.seq - 1) as usize];
            if at.3 != anchor.hash {
                return Ok(Some(BrokenLink {
                    seq: anchor.seq,
                    why: "it is not the record anchored in the store: the chain was rewritten"
                        .into(),
                }));
            }
        }
        let keyed_from = rows.iter().find(|r| r.4).map(|r| r.0);
        if let Some(k) = anchor.keyed_from {
            if keyed_from != Some(k) {
                return Ok(Some(BrokenLink {
                    seq: k,
                    why: "the store's anchor says the keyed records start here, but the catalog's do not: records were rewritten as unkeyed".into(),
                }));
            }
        }
        if anchor.seq < head {
            return Ok(Some(BrokenLink {
                seq: anchor.seq + 1,
                why: format!(
                    "records after {} are not anchored in the store (a store write failed after they were written?): run `casevault dispose --execute` or any command that mirrors records, then verify again",
                    anchor.seq
                ),
            }));
        }
        Ok(None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(b: u8) -> ChainKey {
        ChainKey::from_bytes([b; 32])
    }

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
            destroyed_at: "2025-02-01T00:00:00Z".into(),
            how: "crypto-shredded".into(),
            step: None,
        }
    }

    fn append(c: &Catalog, k: &ChainKey, r: DestructionRecord) {
        let mut conn = c.conn();
        let tx = conn.transaction().unwrap();
        append_in(&tx, k, r).unwrap();
        tx.commit().unwrap();
    }

    /// Writes an unkeyed link, as a catalog from before the chain was keyed holds.
    fn append_unkeyed(c: &Catalog, r: DestructionRecord) {
        let conn = c.conn();
        let (seq, prev): (i64, String) = conn
            .query_row(
                "SELECT seq, hash FROM destruction_log ORDER BY seq DESC LIMIT 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap_or((0, GENESIS.to_string()));
        let json = serde_json::to_string(&r).unwrap();
        let hash = unkeyed_link(&prev, &json);
        conn.execute(
            "INSERT INTO destruction_log (seq, record, prev_hash, hash) VALUES (?1, ?2, ?3, ?4)",
            params![seq + 1, json, prev, hash],
        )
        .unwrap();
    }

    #[test]
    fn chain_verifies_and_names_the_first_broken_link() {
        crate::catalog::each_engine(|c| {
            let k = key(1);
            for i in 0..4 {
                append(c, &k, rec(&format!("d{i}")));
            }
            assert_eq!(c.verify_destruction_log(&k).unwrap(), None);
            assert_eq!(c.destruction_log().unwrap().len(), 4);
            // Tamper with record 3's content.
            c.conn()
                .execute(
                    "UPDATE destruction_log SET record = replace(record, 'd2', 'dX') WHERE seq = 3",
                    [],
                )
                .unwrap();
            let b = c.verify_destruction_log(&k).unwrap().unwrap();
            assert_eq!(b.seq, 3);
            assert!(b.why.contains("changed"));
            // Remove record 2: the gap is named.
            c.conn()
                .execute("DELETE FROM destruction_log WHERE seq = 2", [])
                .unwrap();
            assert_eq!(c.verify_destruction_log(&k).unwrap().unwrap().seq, 2);
        });
    }

    #[test]
    fn a_chain_rewritten_without_the_key_does_not_verify() {
        crate::catalog::each_engine(|c| {
            let k = key(1);
            for i in 0..3 {
                append(c, &k, rec(&format!("d{i}")));
            }
            // Someone who can write the catalog rewrites record 2 and recomputes every link from
            // there on, as the old plain hash chain allowed, with any key but the ring's.
            let forger = key(2);
            let rows = c.raw_links().unwrap();
            let mut prev = rows[0].3.clone();
            for (seq, json, _, _, _) in rows.into_iter().skip(1) {
                let json = json.replace("d1", "dX");
                let hash = keyed_link(&forger, seq, &prev, &json);
                c.conn()
                .execute(
                    "UPDATE destruction_log SET record = ?2, prev_hash = ?3, hash = ?4 WHERE seq = ?1",
                    params![seq, json, prev, hash],
                )
                .unwrap();
                prev = hash;
            }
            let b = c.verify_destruction_log(&k).unwrap().unwrap();
            assert_eq!(b.seq, 2, "{b:?}");
            assert!(b.why.contains("MAC"), "{b:?}");
            // Recomputed as a plain SHA-256 chain: refused too.
            let rows = c.raw_links().unwrap();
            let mut prev = rows[0].3.clone();
            for (seq, json, _, _, _) in rows.into_iter().skip(1) {
                let hash = unkeyed_link(&prev, &json);
                c.conn()
                .execute(
                    "UPDATE destruction_log SET prev_hash = ?2, hash = ?3, keyed = 0 WHERE seq = ?1",
                    params![seq, prev, hash],
                )
                .unwrap();
                prev = hash;
            }
            let b = c.verify_destruction_log(&k).unwrap().unwrap();
            assert_eq!(b.seq, 2);
            assert!(b.why.contains("unkeyed"), "{b:?}");
        });
    }

    #[test]
    fn old_unkeyed_links_stay_valid_and_are_pinned_by_the_first_keyed_one() {
        crate::catalog::each_engine(|c| {
            let k = key(1);
            append_unkeyed(c, rec("old1"));
            append_unkeyed(c, rec("old2"));
            assert_eq!(c.verify_destruction_log(&k).unwrap(), None);
            append(c, &k, rec("new"));
            assert_eq!(c.verify_destruction_log(&k).unwrap(), None);
            let log = c.destruction_log().unwrap();
            assert_eq!(
                log.iter().map(|r| r.keyed).collect::<Vec<_>>(),
                [false, false, true]
            );
            // Rewriting an old link and recomputing the unkeyed part breaks the keyed link after it.
            let json = c.raw_links().unwrap()[1].1.replace("old2", "oldX");
            let prev = c.raw_links().unwrap()[1].2.clone();
            c.conn()
                .execute(
                    "UPDATE destruction_log SET record = ?1, hash = ?2 WHERE seq = 2",
                    params![json, unkeyed_link(&prev, &json)],
                )
                .unwrap();
            assert_eq!(c.verify_destruction_log(&k).unwrap().unwrap().seq, 3);
        });
    }

    #[test]
    fn the_anchor_catches_a_chain_cut_back_or_downgraded() {
        crate::catalog::each_engine(|c| {
            let k = key(1);
            assert_eq!(c.check_destruction_anchor(&k, None).unwrap(), None);
            for i in 0..3 {
                append(c, &k, rec(&format!("d{i}")));
            }
            let anchor = c.destruction_anchor(&k).unwrap();
            assert_eq!((anchor.seq, anchor.keyed_from), (3, Some(1)));
            assert_eq!(c.check_destruction_anchor(&k, Some(&anchor)).unwrap(), None);
            assert!(c.check_destruction_anchor(&k, None).unwrap().is_some());
            let mut forged = anchor.clone();
            forged.seq = 2;
            assert!(c
                .check_destruction_anchor(&k, Some(&forged))
                .unwrap()
                .unwrap()
                .why
                .contains("authenticate"));
            // The last record removed: the chain itself still verifies, the anchor does not agree.
            c.conn()
                .execute("DELETE FROM destruction_log WHERE seq = 3", [])
                .unwrap();
            assert_eq!(c.verify_destruction_log(&k).unwrap(), None);
            let b = c
                .check_destruction_anchor(&k, Some(&anchor))
                .unwrap()
                .unwrap();
            assert_eq!(b.seq, 3);
            assert!(b.why.contains("removed"), "{b:?}");
        });
    }
}
