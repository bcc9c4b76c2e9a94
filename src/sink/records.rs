//! Sealed records that mirror catalog state into the store, and the reads that rotation,
//! verification and catalog rebuild need.
//!
//! The store must be enough, with the key file, to rebuild a lost catalog. Documents already
//! carry a sealed label; cases, holds and the destruction record are mirrored here as sealed
//! records, each under a fresh random id (`cases/<id>`, `holds/<id>`, `audit/<id>`, envelope at
//! `keys/<id>`, like a document), so no case number, name or date appears in any key. A changed
//! record is written under a *new* id with a higher revision and the old one deleted afterwards:
//! a crash in between leaves two copies, and a rebuild keeps the higher revision, never a half
//! written one. Each mirror pass writes only what changed (the catalog keeps a digest of what was
//! last written), so calling it after every command is cheap.
//!
//! Beside them, one object is not sealed: `anchors/destruction-record`, the destruction record's
//! chain head (its last link, and where its keyed links start) under a MAC of the chain key
//! ([`crate::catalog::Anchor`]). It must be readable without opening anything so that `audit
//! verify` can compare the catalog's chain with it; it holds a sequence number and two MACs,
//! nothing personal. It is written after every append to the chain and by every mirror pass.

use bytes::Bytes;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::{key_key, label_key, label_object_id, parse_id, Label, Sink, SinkError};
use crate::catalog::store_state::{HoldRow, StoreRecordRow};
use crate::catalog::{Anchor, Case, Catalog, DocumentRow};
use crate::seal::{self, DataKey, KeyEnvelope, KeyWrapper, SealError};

/// Record kind of a case (one record per case).
pub const CASE: &str = "case";
/// Record kind of the holds table (one record for all holds and extensions).
pub const HOLDS: &str = "holds";
/// Record kind of the people tables (users, roles, groups, allocations, shield access lists,
/// settings): one record for all of them.
pub const PEOPLE: &str = "people";
/// Record kind of one destruction-log entry.
pub const AUDIT: &str = "audit";

/// The store key of the destruction record's anchor.
pub const ANCHOR_KEY: &str = "anchors/destruction-record";

/// The store folder records of `kind` live in.
pub fn record_folder(kind: &str) -> &'static str {
    match kind {
        CASE => "cases",
        HOLDS => "holds",
        PEOPLE => "people",
        _ => "audit",
    }
}

/// The store key of a record.
pub fn record_key(kind: &str, record_id: &str) -> String {
    format!("{}/{record_id}", record_folder(kind))
}

const RECORD_FORMAT: &str = "casevault-record";

/// The plaintext of a sealed record.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SealedRecord {
    pub format: String,
    pub version: u32,
    pub kind: String,
    pub subject: String,
    pub revision: i64,
    pub written_at: String,
    pub body: serde_json::Value,
}

/// The holds record's body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HoldsBody {
    pub holds: Vec<HoldRow>,
    pub moratorium_initialised: Option<String>,
}

/// What one mirror pass wrote.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct MirrorReport {
    pub cases: usize,
    pub holds: usize,
    pub people: usize,
    pub audit: usize,
}

impl Sink {
    /// The key wrapper documents are sealed under (for rotation).
    pub fn key_wrapper(&self) -> &dyn KeyWrapper {
        self.keys.as_ref()
    }

    /// Writes every case, the holds and every destruction record that changed since the last
    /// pass (all of them, the first time).
    pub async fn mirror_records(&self, catalog: &Catalog) -> Result<MirrorReport, SinkError> {
        let mut report = MirrorReport::default();
        for n in catalog.case_numbers()? {
            if let Some(case) = catalog.case(&n)? {
                report.cases += usize::from(self.put_case(catalog, &case).await?);
            }
        }
        report.holds += usize::from(self.put_holds(catalog).await?);
        report.people += usize::from(self.put_people(catalog).await?);
        report.audit += self.put_audit(catalog).await?;
        Ok(report)
    }

    /// Mirrors one case; false when the store already had it as it is.
    pub async fn put_case(&self, catalog: &Catalog, case: &Case) -> Result<bool, SinkError> {
        let body = serde_json::to_value(case).expect("case serialises");
        self.write_record(catalog, CASE, &case.case_number, body)
            .await
    }

    /// Mirrors the holds table; false when unchanged.
    pub async fn put_holds(&self, catalog: &Catalog) -> Result<bool, SinkError> {
        let (holds, moratorium_initialised) = catalog.holds_snapshot()?;
        let body = serde_json::to_value(HoldsBody {
            holds,
            moratorium_initialised,
        })
        .expect("holds serialise");
        self.write_record(catalog, HOLDS, "all", body).await
    }

    /// Mirrors the people tables; false when unchanged.
    pub async fn put_people(&self, catalog: &Catalog) -> Result<bool, SinkError> {
        let body = serde_json::to_value(catalog.people_snapshot()?).expect("people serialise");
        self.write_record(catalog, PEOPLE, "all", body).await
    }

    /// Writes the destruction record's anchor if the store's differs from the catalog's chain;
    /// true when written.
    pub async fn put_anchor(&self, catalog: &Catalog) -> Result<bool, SinkError> {
        let anchor = catalog.destruction_anchor(&self.chain_key()?)?;
        if anchor.seq == 0 && anchor.keyed_from.is_none() {
            // Nothing destroyed yet: nothing to anchor (and no object in an empty home).
            if self.read_anchor().await?.is_none() {
                return Ok(false);
            }
        }
        if self.read_anchor().await?.as_ref() == Some(&anchor) {
            return Ok(false);
        }
        let json = serde_json::to_vec(&anchor).expect("anchor serialises");
        self.with_retries(|| self.store.put(ANCHOR_KEY, Bytes::from(json.clone())))
            .await?;
        Ok(true)
    }

    /// The store's anchor of the destruction record, if there is one.
    pub async fn read_anchor(&self) -> Result<Option<Anchor>, SinkError> {
        match self.with_retries(|| self.store.get(ANCHOR_KEY)).await {
            Ok(b) => serde_json::from_slice(&b)
                .map(Some)
                .map_err(|e| SinkError::BadAnchor {
                    key: ANCHOR_KEY.into(),
                    what: e.to_string(),
                }),
            Err(e) if e.is_not_found() => Ok(None),
            Err(e) => Err(e.into()),
        }
    }

    /// Mirrors every destruction record not yet in the store, and the chain's anchor; returns
    /// how many records were written.
    pub async fn put_audit(&self, catalog: &Catalog) -> Result<usize, SinkError> {
        self.put_anchor(catalog).await?;
        let mut n = 0;
        for row in catalog.destruction_rows()? {
            let body = serde_json::to_value(&row).expect("row serialises");
            n += usize::from(
                self.write_record(catalog, AUDIT, &row.seq.to_string(), body)
                    .await?,
            );
        }
        Ok(n)
    }

    async fn write_record(
        &self,
        catalog: &Catalog,
        kind: &str,
        subject: &str,
        body: serde_json::Value,
    ) -> Result<bool, SinkError> {
        let digest = hex::encode(
            Sha256::digest(serde_json::to_vec(&body).expect("json serialises")).as_slice(),
        );
        let previous = catalog.store_record(kind, subject)?;
        if previous.as_ref().is_some_and(|p| p.digest == digest) {
            return Ok(false);
        }
        let oid = seal::random_object_id()?;
        let rid = hex::encode(oid);
        let written_at = Catalog::now_stamp();
        let revision = previous.as_ref().map_or(1, |p| p.revision + 1);
        let record = SealedRecord {
            format: RECORD_FORMAT.into(),
            version: 1,
            kind: kind.into(),
            subject: subject.into(),
            revision,
            written_at: written_at.clone(),
            body,
        };
        let json = serde_json::to_vec(&record).expect("record serialises");
        // As in filing: a retirement waits until the catalog names this envelope's key.
        let _keys_lock = self.lock_keys_shared().await?;
        let dek = DataKey::generate()?;
        let sealed = seal::seal_bytes(&dek, &oid, &json)?;
        let envelope = self.keys.wrap(&oid, &dek)?;
        let env_bytes = envelope.to_bytes();
        let (kk, rk) = (key_key(&rid), record_key(kind, &rid));
        self.with_retries(|| self.store.put(&kk, Bytes::from(env_bytes.clone())))
            .await?;
        self.with_retries(|| self.store.put(&rk, Bytes::from(sealed.clone())))
            .await?;
        catalog.set_store_record(&StoreRecordRow {
            kind: kind.into(),
            subject: subject.into(),
            record_id: rid,
            revision,
            digest,
            key_id: envelope.key_id().to_string(),
            written_at,
        })?;
        if let Some(p) = previous {
            self.delete_if_present(&record_key(kind, &p.record_id))
                .await?;
            self.delete_if_present(&key_key(&p.record_id)).await?;
        }
        Ok(true)
    }

    /// Reads and opens the record stored under `key` (e.g. `cases/<id>`), with its envelope.
    pub async fn read_record(&self, key: &str) -> Result<SealedRecord, SinkError> {
        let rid = key.rsplit('/').next().unwrap_or_default().to_string();
        let oid = parse_id(&rid)?;
        let env_bytes = self
            .store_envelope(&rid)
            .await?
            .ok_or_else(|| SinkError::NoKey { id: rid.clone() })?;
        let envelope = KeyEnvelope::from_bytes(&env_bytes)?;
        let dek = self.keys.unwrap(&oid, &envelope)?;
        let sealed = self.with_retries(|| self.store.get(key)).await?;
        let json = seal::open_bytes(&dek, &oid, &sealed).map_err(|e| SinkError::Corrupted {
            id: rid.clone(),
            what: e.to_string(),
        })?;
        let record: SealedRecord =
            serde_json::from_slice(&json).map_err(|e| SinkError::Corrupted {
                id: rid.clone(),
                what: format!("record does not parse: {e}"),
            })?;
        if record.format != RECORD_FORMAT || record.version != 1 {
            return Err(SinkError::Corrupted {
                id: rid,
                what: format!(
                    "record format {} version {} is not one this build reads; upgrade casevault",
                    record.format, record.version
                ),
            });
        }
        Ok(record)
    }

    /// The store's copy of the key envelope of object `id`, if there is one.
    pub async fn store_envelope(&self, id: &str) -> Result<Option<Vec<u8>>, SinkError> {
        let kk = key_key(id);
        match self.with_retries(|| self.store.get(&kk)).await {
            Ok(b) => Ok(Some(b.to_vec())),
            Err(e) if e.is_not_found() => Ok(None),
            Err(e) => Err(e.into()),
        }
    }

    /// How many envelopes in the store are wrapped under each key id (reads every `keys/`
    /// object): what retiring a key must find at zero.
    pub async fn store_key_usage(
        &self,
    ) -> Result<std::collections::BTreeMap<String, usize>, SinkError> {
        let mut out = std::collections::BTreeMap::new();
        for key in self.store.list("keys").await? {
            let id = key.trim_start_matches("keys/");
            if let Some(env) = self.store_envelope(id).await? {
                *out.entry(envelope_key_id(&env)?).or_default() += 1;
            }
        }
        Ok(out)
    }

    /// Replaces the store's copy of the key envelope of object `id` (key rotation).
    pub async fn put_envelope(&self, id: &str, envelope: &[u8]) -> Result<(), SinkError> {
        let kk = key_key(id);
        self.with_retries(|| self.store.put(&kk, Bytes::from(envelope.to_vec())))
            .await?;
        Ok(())
    }

    /// Reads and opens a document's label with the store's envelope; returns the label and the
    /// envelope bytes.
    pub async fn read_label(&self, id: &str) -> Result<(Label, Vec<u8>), SinkError> {
        let oid = parse_id(id)?;
        let env_bytes = self
            .store_envelope(id)
            .await?
            .ok_or_else(|| SinkError::NoKey { id: id.to_string() })?;
        let envelope = KeyEnvelope::from_bytes(&env_bytes)?;
        let dek = self.keys.unwrap(&oid, &envelope)?;
        let lk = label_key(id);
        let sealed = self.with_retries(|| self.store.get(&lk)).await?;
        let json = seal::open_bytes(&dek, &label_object_id(&oid), &sealed).map_err(|e| {
            SinkError::Corrupted {
                id: id.to_string(),
                what: format!("its label does not open: {e}"),
            }
        })?;
        let label: Label = serde_json::from_slice(&json).map_err(|e| SinkError::Corrupted {
            id: id.to_string(),
            what: format!("its label does not parse: {e}"),
        })?;
        if label.id != id {
            return Err(SinkError::Corrupted {
                id: id.to_string(),
                what: format!("its label belongs to document {}", label.id),
            });
        }
        Ok((label, env_bytes))
    }

    /// Reads a stored document back with a given envelope (the catalog's copy, for
    /// verification): fetch, unwrap, open. Damage is reported as [`SinkError::Corrupted`].
    pub async fn fetch_with(
        &self,
        row: &DocumentRow,
        envelope: &[u8],
    ) -> Result<Vec<u8>, SinkError> {
        let oid = parse_id(&row.id)?;
        let envelope = KeyEnvelope::from_bytes(envelope)?;
        let sealed = self
            .with_retries(|| self.store.get(&row.object_key))
            .await?;
        self.open_object(&row.id, &oid, &envelope, &sealed)
    }

    /// Re-wraps an envelope under `target` (a shielded case's key, or the current key); `None`
    /// when it already is.
    pub fn rewrap_envelope_to(
        &self,
        id: &str,
        envelope: &[u8],
        target: &seal::KeyId,
    ) -> Result<Option<KeyEnvelope>, SinkError> {
        let oid = parse_id(id)?;
        let env = KeyEnvelope::from_bytes(envelope)?;
        if env.key_id() == target {
            return Ok(None);
        }
        Ok(Some(self.keys.rewrap_to(&oid, &env, target)?))
    }

    /// Re-wraps an envelope under the current key; `None` when it already is.
    pub fn rewrap_envelope(
        &self,
        id: &str,
        envelope: &[u8],
    ) -> Result<Option<KeyEnvelope>, SinkError> {
        let oid = parse_id(id)?;
        let env = KeyEnvelope::from_bytes(envelope)?;
        if env.key_id() == &self.keys.current_key_id() {
            return Ok(None);
        }
        let new = self.keys.rewrap(&oid, &env)?;
        Ok(Some(new))
    }
}

/// The key id an envelope is wrapped under.
pub fn envelope_key_id(envelope: &[u8]) -> Result<String, SealError> {
    Ok(KeyEnvelope::from_bytes(envelope)?.key_id().to_string())
}
