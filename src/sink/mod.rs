//! The sink: seal a filed document, store it, read it back, verify it, record it.
//!
//! Store layout, all keys opaque (a random 128-bit object id in hex; no name, case number or
//! date in any key):
//!
//! ```text
//! objects/<id>   the sealed PDF                       (docs/sealed-format.md)
//! keys/<id>      the key envelope: the document's data key wrapped by a key-ring key
//! labels/<id>    the sealed label: case, folder, names, hashes, retention (for catalog rebuild)
//! ```
//!
//! The envelope is kept apart from the content so that destroying it (and the catalog's copy)
//! destroys every copy of the document, stale backups included. Order of a filing: catalog row
//! `pending` with the object id -> content, envelope, label written -> content read back, opened
//! and its SHA-256 compared with the PDF's -> catalog row `stored` -> acknowledgement, after which
//! (and only after which) the source releases the original. A failure anywhere before the last
//! step leaves the original in the inbox and the pending row to be resumed under the same id, so
//! the store never holds a document twice.
//!
//! The key ring is never made behind anyone's back where something was already sealed: a missing
//! key file beside a catalog or store that holds documents means the ring was lost or moved, and a
//! new one would silently make every earlier document unreadable and seal new ones under a ring
//! no backup holds. [`Sink::open`] refuses then and says what to restore; only an empty home gets
//! a first ring on its own (so a first `make run` works), and `keys init` makes one explicitly.
//! These rules live in [`custody`], and opening the catalog follows them too: it is encrypted
//! under the ring's catalog key, so the ring is read first.
//! While a document is sealed and recorded the sink holds the ring's lock shared
//! ([`crate::seal::custody`]), so a rotation or retirement in another process waits for it.

pub mod custody;
pub mod records;

pub use custody::{holdings, open_catalog};

use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use thiserror::Error;

use crate::catalog::{Catalog, CatalogError, DocStatus, DocumentRow, NewDocument};
use crate::config::Config;
use crate::content::PdfBody;
use crate::document::{Disposition, FiledDocument, PageLegibility};
use crate::failpoint;
use crate::messages::{Ack, Decided};
use crate::seal::{
    self, DataKey, KeyEnvelope, KeyLock, KeyWrapper, ObjectId, SealError, WatchedKeyRing,
};
use crate::store::{self, S3Settings, Store, StoreError};

/// Errors of the sink and of reading documents back.
#[derive(Debug, Error)]
pub enum SinkError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Seal(#[from] SealError),
    #[error(transparent)]
    Catalog(#[from] CatalogError),
    #[error("document {id} is corrupted in the store: {what}. Restore objects/{id} from a backup")]
    Corrupted { id: String, what: String },
    #[error(
        "document {id} has no key envelope: it was destroyed (crypto-shredded) or never stored"
    )]
    NoKey { id: String },
    #[error("bad document id {0}")]
    BadId(String),
    #[error("the key file {} is missing, but {holds}. They open only with the key ring they were sealed under, so no new ring was made. Restore the key file: `casevault keys import BACKUP` (the backup `casevault keys export` wrote), or put the file back at {}; then try again", path.display(), path.display())]
    NoKeyRing {
        path: std::path::PathBuf,
        holds: String,
    },
    #[error(
        "the store's anchor of the destruction record ({key}) is not one this build reads: {what}"
    )]
    BadAnchor { key: String, what: String },
    #[error("cannot start the task that reads the store: {0}")]
    Runtime(std::io::Error),
}

/// The label sealed beside each document: everything the catalog needs to be rebuilt.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Label {
    pub version: u32,
    pub id: String,
    pub case_number: String,
    pub case_name: String,
    pub folder: String,
    pub name: String,
    pub original_name: String,
    pub sha256: String,
    pub pdf_sha256: String,
    pub pages: Vec<PageLegibility>,
    pub routing_rule: String,
    pub retention: crate::document::RetentionLabel,
    pub received_at: String,
    pub pipeline: String,
    /// When the document was stored (catalog `stored_at`); absent in labels written before it
    /// was added.
    #[serde(default)]
    pub stored_at: Option<String>,
    /// How the document became a PDF (scan, picture, born-digital, office, email).
    #[serde(default)]
    pub kind: Option<String>,
    /// For an attachment: the SHA-256 of its e-mail's original, and its position there.
    #[serde(default)]
    pub attached_to: Option<(String, u32)>,
    /// For an e-mail: its Message-ID, the IDs it names and its body fingerprints.
    #[serde(default)]
    pub mail: Option<crate::document::MailRecord>,
    /// The record class routing found, which retention needs again when case events move dates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record_class: Option<String>,
}

/// Seals and stores documents.
pub struct Sink {
    store: Store,
    keys: Arc<dyn KeyWrapper>,
    /// The key file whose lock filing holds shared; `None` for a sink over a key wrapper that is
    /// not a key file (tests, a dry run's throwaway ring).
    key_file: Option<std::path::PathBuf>,
    retries: u32,
}

impl Sink {
    /// Opens the configured store and key ring. A missing key file is made (mode 0600) only for
    /// an empty home; where the catalog or the store holds anything sealed it is an error
    /// ([`SinkError::NoKeyRing`]) saying what to restore. A ring from before chain keys or
    /// catalog keys gets them ([`custody::ensure_ring`]).
    pub async fn open(config: &Config) -> Result<Sink, SinkError> {
        // The store first: a store that cannot be reached or is misconfigured stops here,
        // before a key file is made for an installation that cannot store anything yet.
        let store = store::open(&config.store_url, &s3_settings(config).into()).await?;
        let path = &config.key_file;
        custody::ensure_ring(config, &store).await?;
        let ring = WatchedKeyRing::load(path)?;
        let mut sink = Sink::new(store, Arc::new(ring));
        sink.key_file = Some(path.clone());
        Ok(sink)
    }

    /// A sink over an already opened store and key wrapper.
    pub fn new(store: Store, keys: Arc<dyn KeyWrapper>) -> Sink {
        Sink {
            store,
            keys,
            key_file: None,
            retries: 4,
        }
    }

    /// The key file this sink's ring follows, if it follows one.
    pub fn key_file(&self) -> Option<&std::path::Path> {
        self.key_file.as_deref()
    }

    /// Takes the key ring's lock shared (filing, mirroring): waits while a rotation or retirement
    /// holds it. `None` for a sink without a key file.
    pub(crate) async fn lock_keys_shared(&self) -> Result<Option<KeyLock>, SinkError> {
        let Some(path) = self.key_file.clone() else {
            return Ok(None);
        };
        let lock = tokio::task::spawn_blocking(move || KeyLock::shared(&path))
            .await
            .expect("locking does not panic")?;
        Ok(Some(lock))
    }

    /// Takes the key ring's lock exclusive (new key, rotation, retirement): waits for every
    /// document being sealed, in every process, to be recorded.
    pub async fn lock_keys_exclusive(&self) -> Result<Option<KeyLock>, SinkError> {
        let Some(path) = self.key_file.clone() else {
            return Ok(None);
        };
        let lock = tokio::task::spawn_blocking(move || match KeyLock::try_exclusive(&path)? {
            Some(l) => Ok(l),
            None => {
                tracing::warn!(
                    "waiting for the documents being filed to be recorded before changing keys"
                );
                KeyLock::exclusive(&path)
            }
        })
        .await
        .expect("locking does not panic")?;
        Ok(Some(lock))
    }

    /// The destruction record's chain key.
    pub fn chain_key(&self) -> Result<seal::ChainKey, SinkError> {
        Ok(self.keys.chain_key()?)
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Files the documents of one arrival (attachments first, the arrival's own document last)
    /// and says how it ended. Any failure leaves the original for a later try: what was stored
    /// is then found by its SHA-256 and linked, never stored twice.
    pub async fn file(&self, catalog: &Catalog, d: Decided) -> Ack {
        let Decided {
            arrival,
            case_number,
            docs,
            links,
        } = d;
        let mut also = Vec::new();
        for (email_sha, position, doc_id) in &links {
            if let Err(e) = catalog.link_attachment(email_sha, *position, doc_id) {
                return Ack::RetryLater {
                    arrival,
                    why: e.to_string(),
                };
            }
            also.push((
                format!("attachment {position}"),
                Disposition::Duplicate {
                    of_doc_id: doc_id.clone(),
                },
            ));
        }
        let mut main = None;
        let n = docs.len();
        for (i, doc) in docs.into_iter().enumerate() {
            // The same bytes may have been filed by another arrival decided while this one was
            // (both in flight): an attachment that came with another e-mail too, or an e-mail
            // that arrived on its own and also forwarded inside another. The sink runs one
            // arrival at a time, so whichever came first is stored by now, and this copy is
            // linked, not stored twice, whatever the order. Within the case only: the same bytes
            // for another case are that case's document (SPEC: same hash, same case).
            match catalog.document_by_sha_in_case(&doc.source_sha256, &doc.case_number.0) {
                Ok(Some(r)) if r.status == DocStatus::Stored => {
                    if let Some((email_sha, position)) = &doc.attached_to {
                        if let Err(e) = catalog.link_attachment(email_sha, *position, &r.id) {
                            return Ack::RetryLater {
                                arrival,
                                why: e.to_string(),
                            };
                        }
                    }
                    let duplicate = Disposition::Duplicate { of_doc_id: r.id };
                    if i + 1 == n {
                        main = Some(duplicate);
                    } else {
                        also.push((doc.source_name.clone(), duplicate));
                    }
                    continue;
                }
                Ok(_) => {}
                Err(e) => {
                    return Ack::RetryLater {
                        arrival,
                        why: e.to_string(),
                    }
                }
            }
            match self.try_file(catalog, &doc).await {
                Ok(id) => {
                    tracing::info!(doc = %id, folder = %doc.folder, kind = %doc.kind, "stored");
                    let disposition = Disposition::Stored {
                        doc_id: id,
                        case_number: doc.case_number.clone(),
                        folder: doc.folder,
                        name: doc.name.clone(),
                        retention: doc.retention.display(),
                        pages: doc.pages.clone(),
                    };
                    if i + 1 == n {
                        main = Some(disposition);
                    } else {
                        also.push((doc.source_name.clone(), disposition));
                    }
                }
                Err(e) => {
                    tracing::warn!(error = %e, "not stored; the original stays in the inbox");
                    return Ack::RetryLater {
                        arrival,
                        why: e.to_string(),
                    };
                }
            }
        }
        Ack::Done {
            arrival,
            disposition: main.expect("an arrival has at least one document"),
            case_number: Some(case_number.0),
            also,
        }
    }

    async fn try_file(&self, catalog: &Catalog, d: &FiledDocument) -> Result<String, SinkError> {
        // Long on purpose: seal, write, read back, verify, record is one transaction in the
        // order that makes a crash anywhere recoverable (see the module doc); its steps are
        // kept together so that order is visible.
        let resume = catalog
            .document_by_sha_in_case(&d.source_sha256, &d.case_number.0)?
            .filter(|r| r.status == DocStatus::Pending);
        let oid: ObjectId = match &resume {
            Some(r) => parse_id(&r.id)?,
            None => seal::random_object_id()?,
        };
        let id = hex::encode(oid);
        let legibility = serde_json::to_string(&d.pages).expect("figures serialise");
        let retention_until = d.retention.until;
        catalog.insert_pending(&NewDocument {
            id: &id,
            case_number: &d.case_number.0,
            folder: d.folder.as_str(),
            name: &d.name,
            original_name: &d.source_name,
            sha256: &d.source_sha256,
            pages: d.pages.len() as u32,
            legibility_json: &legibility,
            routing_rule: &d.routing_rule,
            retention_schedule: &d.retention.schedule,
            retention_rule: &d.retention.rule,
            retention_until,
            retention_pending: d.retention.pending.as_deref(),
            retention_permanent: d.retention.permanent,
            object_key: &object_key(&id),
            received_at: d.arrival.received_at,
            pipeline: &d.arrival.pipeline,
        })?;
        if let Some(class) = &d.record_class {
            catalog.set_record_class(&id, class)?;
        }
        failpoint::hit("file-after-pending");
        catalog.log_contact(
            Some(&d.case_number.0),
            Some(&id),
            "received",
            &format!(
                "{} page(s) from {} ({}{})",
                d.pages.len(),
                d.arrival.pipeline,
                d.kind,
                match &d.attached_to {
                    Some((_, n)) => format!(", attachment {n} of an e-mail"),
                    None => String::new(),
                }
            ),
        )?;
        for note in &d.notes {
            catalog.log_contact(Some(&d.case_number.0), Some(&id), "note", note)?;
        }

        // Hashed a MiB at a time: a PDF read from disk is never made whole in memory.
        let body = d.pdf.clone();
        let pdf_sha256 = tokio::task::spawn_blocking(move || body.sha256())
            .await
            .expect("hashing does not panic");
        let stored_at = Catalog::now_stamp();
        let label = Label {
            version: 1,
            id: id.clone(),
            case_number: d.case_number.0.clone(),
            case_name: d.case_name.clone(),
            folder: d.folder.as_str().to_string(),
            name: d.name.clone(),
            original_name: d.source_name.clone(),
            sha256: d.source_sha256.clone(),
            pdf_sha256: pdf_sha256.clone(),
            pages: d.pages.clone(),
            routing_rule: d.routing_rule.clone(),
            retention: d.retention.clone(),
            received_at: d.arrival.received_at.to_rfc3339(),
            pipeline: d.arrival.pipeline.clone(),
            stored_at: Some(stored_at.clone()),
            kind: Some(d.kind.clone()),
            attached_to: d.attached_to.clone(),
            mail: d.mail.clone(),
            record_class: d.record_class.clone(),
        };
        let label_json = serde_json::to_vec(&label).expect("label serialises");
        // From the wrap until the catalog names the envelope: a retirement elsewhere waits, so it
        // either ran before (and the ring, re-read at the wrap, has the new current key) or counts
        // this envelope afterwards.
        let _keys_lock = self.lock_keys_shared().await?;
        // A shielded case's documents are wrapped under its own key (`shield`); read under the
        // lock, so a shielding or lift cannot change it before the catalog names this envelope.
        let target = self.shield_target(catalog, &d.case_number.0, &id)?;
        let keys = self.keys.clone();
        let (dek, envelope, sealed_label) = tokio::task::spawn_blocking(move || {
            let dek = DataKey::generate()?;
            let sealed_label = seal::seal_bytes(&dek, &label_object_id(&oid), &label_json)?;
            let envelope = match &target {
                Some(key) => keys.wrap_under(key, &oid, &dek)?,
                None => keys.wrap(&oid, &dek)?,
            };
            Ok::<_, SealError>((dek, envelope, sealed_label))
        })
        .await
        .expect("sealing task does not panic")?;
        let env_bytes = envelope.to_bytes();
        let sealed_len = seal::sealed_len(d.pdf.len(), seal::DEFAULT_SEGMENT_SIZE);

        let (kk, lk, ok) = (key_key(&id), label_key(&id), object_key(&id));
        if resume.is_some() {
            // A killed attempt may have left half-written copies beside these keys.
            for key in [&kk, &lk, &ok] {
                self.store.discard_unfinished(key).await?;
            }
        }
        self.with_retries(|| self.store.put(&kk, Bytes::from(env_bytes.clone())))
            .await?;
        failpoint::hit("file-after-put-envelope");
        self.with_retries(|| self.store.put(&lk, Bytes::from(sealed_label.clone())))
            .await?;
        failpoint::hit("file-after-put-label");
        // The document is sealed as it is sent and opened as it is read back, a few MiB at a
        // time (issue 12): never a second, third and fourth whole copy beside `d.pdf`.
        self.with_retries(|| put_sealed(&self.store, &ok, &dek, &oid, &d.pdf))
            .await?;
        failpoint::hit("file-after-put-object");
        // Read back and open: what is in the store must be our document, whole.
        let back_sha = self
            .read_back_sha256(&id, &ok, &dek, &oid, sealed_len)
            .await?;
        if back_sha != pdf_sha256 {
            return Err(SinkError::Corrupted {
                id,
                what: "read back, it is not the document written".into(),
            });
        }
        // The links first: once the row is `stored` a rerun skips this document.
        if let Some((email_sha, position)) = &d.attached_to {
            catalog.link_attachment(email_sha, *position, &id)?;
        }
        if let Some(m) = &d.mail {
            catalog.record_email(&id, m)?;
        }
        let filed = format!(
            "filed in {} as \"{}\" by rule {}; retain until {}",
            d.folder,
            d.name,
            d.routing_rule,
            d.retention.display()
        );
        catalog.mark_stored_at(
            &id,
            sealed_len,
            &pdf_sha256,
            &env_bytes,
            &stored_at,
            (&d.case_number.0, &filed),
        )?;
        if let Some(m) = &d.mail {
            self.supersede_earlier(catalog, &id, &d.case_number.0, m)?;
        }
        // Its text for search (the workspace), in the encrypted catalog; never a shielded
        // case's, whose text must stay under the case's own key.
        if !catalog.is_shielded(&d.case_number.0)? {
            catalog.index_text(&id, &d.text)?;
        }
        if let Some((user, example)) = &d.decided {
            // The person's decision is done with; what it teaches stays (not for a shielded case).
            let kept = catalog.add_route_example(&d.case_number.0, &d.source_sha256, example)?;
            catalog.drop_filing_decision(&d.arrival.sha256)?;
            catalog.log_contact(
                Some(&d.case_number.0),
                Some(&id),
                "routing example",
                &if kept {
                    format!(
                        "{user}'s decision is kept as a routing example (kind {})",
                        example.kind.as_deref().unwrap_or("none")
                    )
                } else {
                    format!(
                        "{user}'s decision is not kept as a routing example: the case is shielded"
                    )
                },
            )?;
        }
        failpoint::hit("file-after-stored");
        Ok(id)
    }

    /// The key a new document of `case_number` is wrapped under: its case's own while the case
    /// is shielded, `None` for the ring's current key.
    fn shield_target(
        &self,
        catalog: &Catalog,
        case_number: &str,
        id: &str,
    ) -> Result<Option<seal::KeyId>, SinkError> {
        let Some(state) = catalog.shield_state(case_number)? else {
            return Ok(None);
        };
        if state.shielded && state.key.is_none() {
            tracing::warn!(doc = %id, "its case is marked shielded but has no key of its own yet: wrapped under the ring's key until `casevault keys rotate` (or `casevault case shield`) finishes the shielding");
        }
        Ok(state.target().map(seal::KeyId::new).transpose()?)
    }

    /// Records the earlier messages of the thread that this stored e-mail quotes in full (filed
    /// before it came) as superseded by it; the records manager decides what happens to them.
    fn supersede_earlier(
        &self,
        catalog: &Catalog,
        id: &str,
        case_number: &str,
        m: &crate::document::MailRecord,
    ) -> Result<(), SinkError> {
        for named in &m.names {
            let Some((earlier_id, sha, shingles)) =
                catalog.email_by_message_id(named, case_number)?
            else {
                continue;
            };
            if earlier_id != id
                && crate::mail::contains_shingles(&m.shingles, &shingles)
                && catalog.record_superseded(named, &sha, Some(&earlier_id), id)?
            {
                catalog.log_contact(
                    Some(case_number),
                    Some(&earlier_id),
                    "superseded",
                    &format!("e-mail {earlier_id} is quoted in full by the later e-mail {id}"),
                )?;
            }
        }
        Ok(())
    }

    fn open_object(
        &self,
        id: &str,
        oid: &ObjectId,
        envelope: &KeyEnvelope,
        sealed: &[u8],
    ) -> Result<Vec<u8>, SinkError> {
        let dek = self.keys.unwrap(oid, envelope)?;
        seal::open_bytes(&dek, oid, sealed).map_err(|e| SinkError::Corrupted {
            id: id.to_string(),
            what: e.to_string(),
        })
    }

    /// Reads the sealed object under `key` back in ranges, opening each as it comes, and returns
    /// the SHA-256 (hex) of the plaintext; only a few MiB are held at a time.
    async fn read_back_sha256(
        &self,
        id: &str,
        key: &str,
        dek: &DataKey,
        oid: &ObjectId,
        sealed_len: u64,
    ) -> Result<String, SinkError> {
        let corrupted = |e: SealError| SinkError::Corrupted {
            id: id.to_string(),
            what: e.to_string(),
        };
        let mut opener = seal::Opener::new(dek, oid);
        let mut hasher = Sha256::new();
        let mut out = Vec::new();
        let mut at = 0u64;
        while at < sealed_len {
            let end = (at + READ_BACK_STEP).min(sealed_len);
            let part = self
                .with_retries(|| self.store.get_range(key, at..end))
                .await?;
            opener.push(&part, &mut out).map_err(corrupted)?;
            hasher.update(&out);
            out.clear();
            at = end;
        }
        // An object longer than it should be is not ours either.
        if self.with_retries(|| self.store.head(key)).await? != Some(sealed_len) {
            return Err(SinkError::Corrupted {
                id: id.to_string(),
                what: "read back, it is not the length written".into(),
            });
        }
        opener.finish(&mut out).map_err(corrupted)?;
        hasher.update(&out);
        Ok(hex::encode(hasher.finalize().as_slice()))
    }

    /// Reads a stored document back: fetch, unwrap its key, open, check its SHA-256.
    pub async fn fetch(&self, row: &DocumentRow) -> Result<Vec<u8>, SinkError> {
        let oid = parse_id(&row.id)?;
        let env_bytes = match self.store.get(&key_key(&row.id)).await {
            Ok(b) => b.to_vec(),
            Err(e) if e.is_not_found() => {
                return Err(SinkError::NoKey { id: row.id.clone() });
            }
            Err(e) => return Err(e.into()),
        };
        let envelope = KeyEnvelope::from_bytes(&env_bytes)?;
        let sealed = self.store.get(&row.object_key).await?;
        let pdf = self.open_object(&row.id, &oid, &envelope, &sealed)?;
        Ok(pdf)
    }

    /// A stored document as a stream of plaintext: its sealed object is read in ranges of
    /// 8 MiB (`READ_BACK_STEP`) and opened segment by segment as they arrive, so a large PDF is never
    /// whole in memory (the workspace's viewer). Every chunk yielded has authenticated; a
    /// stream that ends in an error (a segment altered, the object cut short, the last segment
    /// missing) is no document, and its reader must drop what it had (the workspace aborts the
    /// response, so the browser shows a failed download, never a shortened PDF).
    pub async fn fetch_stream(
        &self,
        row: &DocumentRow,
    ) -> Result<impl futures::Stream<Item = Result<Bytes, SinkError>> + Send + 'static, SinkError>
    {
        self.fetch_stream_in(row, READ_BACK_STEP).await
    }

    async fn fetch_stream_in(
        &self,
        row: &DocumentRow,
        step: u64,
    ) -> Result<impl futures::Stream<Item = Result<Bytes, SinkError>> + Send + 'static, SinkError>
    {
        let oid = parse_id(&row.id)?;
        let kk = key_key(&row.id);
        let env_bytes = match self.with_retries(|| self.store.get(&kk)).await {
            Ok(b) => b.to_vec(),
            Err(e) if e.is_not_found() => {
                return Err(SinkError::NoKey { id: row.id.clone() });
            }
            Err(e) => return Err(e.into()),
        };
        let envelope = KeyEnvelope::from_bytes(&env_bytes)?;
        let dek = self.keys.unwrap(&oid, &envelope)?;
        let Some(len) = self
            .with_retries(|| self.store.head(&row.object_key))
            .await?
        else {
            return Err(SinkError::Corrupted {
                id: row.id.clone(),
                what: "its sealed object is missing from the store".into(),
            });
        };
        struct Reading {
            opener: Option<seal::Opener>,
            at: u64,
            len: u64,
            step: u64,
            store: Store,
            key: String,
            id: String,
            retries: u32,
        }
        let start = Reading {
            opener: Some(seal::Opener::new(&dek, &oid)),
            at: 0,
            len,
            step: step.max(1),
            store: self.store.clone(),
            key: row.object_key.clone(),
            id: row.id.clone(),
            retries: self.retries,
        };
        Ok(futures::stream::try_unfold(start, |mut r| async move {
            let Some(opener) = r.opener.as_mut() else {
                return Ok(None);
            };
            let corrupted = |id: &str, e: SealError| SinkError::Corrupted {
                id: id.to_string(),
                what: e.to_string(),
            };
            let mut out = Vec::new();
            if r.at < r.len {
                let range = r.at..(r.at + r.step).min(r.len);
                let part = retrying(r.retries, || r.store.get_range(&r.key, range.clone())).await?;
                opener
                    .push(&part, &mut out)
                    .map_err(|e| corrupted(&r.id, e))?;
                r.at = range.end;
            } else {
                let opener = r.opener.take().expect("checked above");
                opener.finish(&mut out).map_err(|e| corrupted(&r.id, e))?;
            }
            Ok(Some((Bytes::from(out), r)))
        }))
    }

    /// Rewrites a document's sealed label after its retention date changed, so the store alone
    /// still tells the right date (catalog rebuild).
    pub async fn rewrite_label(
        &self,
        catalog: &Catalog,
        row: &DocumentRow,
        case_name: &str,
        retention: &crate::document::RetentionLabel,
    ) -> Result<(), SinkError> {
        let oid = parse_id(&row.id)?;
        let (env, pdf_sha) = catalog.sealing(&row.id)?;
        let env = env.ok_or_else(|| SinkError::NoKey { id: row.id.clone() })?;
        let envelope = KeyEnvelope::from_bytes(&env)?;
        let dek = self.keys.unwrap(&oid, &envelope)?;
        // What the catalog does not hold (kind, e-mail links) is carried over from the old label.
        let old = self.read_label(&row.id).await.ok().map(|(l, _)| l);
        let label = Label {
            version: 1,
            id: row.id.clone(),
            case_number: row.case_number.clone(),
            case_name: case_name.to_string(),
            folder: row.folder.clone(),
            name: row.name.clone(),
            original_name: row.original_name.clone(),
            sha256: row.sha256.clone(),
            pdf_sha256: pdf_sha.unwrap_or_default(),
            pages: serde_json::from_str(&row.legibility).unwrap_or_default(),
            routing_rule: row.routing_rule.clone(),
            retention: retention.clone(),
            received_at: row.received_at.clone(),
            pipeline: row.pipeline.clone(),
            stored_at: row.stored_at.clone(),
            kind: old.as_ref().and_then(|l| l.kind.clone()),
            attached_to: old.as_ref().and_then(|l| l.attached_to.clone()),
            mail: old.and_then(|l| l.mail),
            record_class: catalog.record_class(&row.id)?,
        };
        let json = serde_json::to_vec(&label).expect("label serialises");
        let sealed = seal::seal_bytes(&dek, &label_object_id(&oid), &json)?;
        let lk = label_key(&row.id);
        self.with_retries(|| self.store.put(&lk, Bytes::from(sealed.clone())))
            .await?;
        Ok(())
    }

    /// The store's half of crypto-shredding, run after the catalog's (which took the catalog's
    /// copy of the data key and recorded the intent, `Catalog::begin_destruction`): the wrapped
    /// data key first (after which no copy of the object, however stale, can be opened), then
    /// the object and its label. Each delete is of something that may already be gone, so a
    /// destruction interrupted anywhere is finished by running this again.
    pub async fn shred(&self, row: &DocumentRow) -> Result<(), SinkError> {
        self.delete_if_present(&key_key(&row.id)).await?;
        failpoint::hit("destroy-after-envelope-delete");
        self.delete_if_present(&row.object_key).await?;
        failpoint::hit("destroy-after-object-delete");
        self.delete_if_present(&label_key(&row.id)).await?;
        Ok(())
    }

    async fn delete_if_present(&self, key: &str) -> Result<(), StoreError> {
        match self.with_retries(|| self.store.delete(key)).await {
            Err(e) if e.is_not_found() => Ok(()),
            other => other,
        }
    }

    /// Runs a store operation, retrying transient failures with exponential backoff.
    async fn with_retries<T, F, Fut>(&self, op: F) -> Result<T, StoreError>
    where
        F: FnMut() -> Fut,
        Fut: std::future::Future<Output = Result<T, StoreError>>,
    {
        retrying(self.retries, op).await
    }
}

/// Runs a store operation, retrying transient failures up to `retries` times with exponential
/// backoff.
async fn retrying<T, F, Fut>(retries: u32, mut op: F) -> Result<T, StoreError>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<T, StoreError>>,
{
    let mut delay = Duration::from_millis(250);
    let mut attempt = 0;
    loop {
        match op().await {
            Ok(v) => return Ok(v),
            Err(e) if e.is_transient() && attempt < retries => {
                attempt += 1;
                tracing::warn!(error = %e, attempt, "store unavailable; retrying");
                tokio::time::sleep(delay).await;
                delay = (delay * 2).min(Duration::from_secs(8));
            }
            Err(e) => return Err(e),
        }
    }
}

/// How much of a sealed object is read back at once to be verified.
const READ_BACK_STEP: u64 = 8 << 20;
/// How much plaintext is sealed into each chunk sent to the store.
const SEAL_CHUNK: usize = 1 << 20;
/// Documents up to this size are sealed whole and sent in one request (a multipart upload costs
/// three requests); larger ones are sealed as they are sent.
const SEAL_WHOLE_MAX: usize = crate::store::MULTIPART_PART_SIZE;

/// Seals `pdf` under `dek` and writes it to `key`: in one request if it is small, else as a
/// streaming multipart upload sealed a chunk at a time, so that no whole sealed copy is held.
async fn put_sealed(
    store: &Store,
    key: &str,
    dek: &DataKey,
    oid: &ObjectId,
    pdf: &PdfBody,
) -> Result<store::Written, StoreError> {
    let sealing_failed = |e: SealError| StoreError::Source {
        key: key.to_string(),
        source: std::io::Error::other(e),
    };
    if pdf.len() <= SEAL_WHOLE_MAX as u64 {
        let sealed = match pdf {
            PdfBody::Whole(c) => seal::seal_bytes(dek, oid, c),
            other => seal::seal_bytes(dek, oid, &other.to_vec()),
        }
        .map_err(sealing_failed)?;
        return store.put(key, Bytes::from(sealed)).await;
    }
    let (sealer, header) =
        seal::Sealer::new(dek, oid, seal::DEFAULT_SEGMENT_SIZE).map_err(sealing_failed)?;
    let chunks = SealedChunks {
        header: Some(header.to_vec()),
        sealer: Some(sealer),
        rest: pdf.chunks(SEAL_CHUNK),
    };
    store
        .put_multipart_stream(key, futures::stream::iter(chunks))
        .await
}

/// A document sealed a chunk at a time, for a streaming upload: the header, then each chunk's
/// segments, then the last segment. A document read from disk is read a chunk at a time too
/// (its pages released as it goes: `crate::content`).
struct SealedChunks<'a> {
    header: Option<Vec<u8>>,
    sealer: Option<seal::Sealer>,
    rest: crate::content::Chunks<'a>,
}

impl Iterator for SealedChunks<'_> {
    type Item = std::io::Result<Bytes>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(h) = self.header.take() {
            return Some(Ok(Bytes::from(h)));
        }
        let mut out = Vec::with_capacity(SEAL_CHUNK + 4096);
        let sealed = match self.rest.next() {
            Some(chunk) => self.sealer.as_mut()?.push(chunk, &mut out),
            None => self.sealer.take()?.finish(&mut out),
        };
        Some(
            sealed
                .map(|()| Bytes::from(out))
                .map_err(std::io::Error::other),
        )
    }
}

/// The S3 settings from config, with the usual `AWS_*` variables filling the gaps.
pub fn s3_settings(config: &Config) -> S3Settings {
    S3Settings {
        endpoint: config.s3.endpoint.clone(),
        region: config.s3.region.clone(),
        credentials: config.s3.credentials.unwrap_or_default(),
        access_key_id: config.s3.access_key_id.clone(),
        secret_access_key: config.s3.secret_access_key.clone(),
        allow_http: config.s3.allow_http,
        ..S3Settings::default()
    }
    .with_env_fallback()
}

pub fn object_key(id: &str) -> String {
    format!("objects/{id}")
}
pub fn key_key(id: &str) -> String {
    format!("keys/{id}")
}
pub fn label_key(id: &str) -> String {
    format!("labels/{id}")
}

/// The label is sealed under the document's data key but bound to a different object id, so a
/// label can never be passed off as the document or the other way round.
pub fn label_object_id(oid: &ObjectId) -> ObjectId {
    let mut h = Sha256::new();
    h.update(b"casevault-label");
    h.update(oid);
    let d = h.finalize();
    let mut out = [0u8; 16];
    out.copy_from_slice(&d.as_slice()[..16]);
    out
}

fn parse_id(id: &str) -> Result<ObjectId, SinkError> {
    let v = hex::decode(id).map_err(|_| SinkError::BadId(id.to_string()))?;
    v.try_into().map_err(|_| SinkError::BadId(id.to_string()))
}

#[cfg(test)]
mod tests;
