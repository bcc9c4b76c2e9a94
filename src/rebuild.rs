//! Catalog rebuild: recreate the SQLite catalog from the store and the key file alone.
//!
//! The catalog is an index; the store is the record. When the catalog file is lost, everything
//! needed to list, read, date and lawfully destroy documents comes back from sealed objects:
//! documents from their labels (`labels/<id>`, opened with the data key from `keys/<id>`), cases,
//! holds and the destruction record from their mirrored records (`cases/`, `holds/`, `audit/`; see
//! `sink::records`). Where two copies of a record exist (a crash between writing a new revision
//! and deleting the old), the higher revision wins. A label whose envelope is gone belongs to a
//! destroyed document and stays destroyed; a label without its object is reported, not restored;
//! a document whose destruction record holds an intent but no completion goes back to `destroying`,
//! for the next `dispose --execute` to finish.
//! The contact log and the quarantine list are not in the store and start empty again.
//!
//! A rebuild only fills an empty catalog: merging into a live one could resurrect what was
//! destroyed since, so it refuses instead.

use std::collections::BTreeMap;

use serde::Serialize;
use thiserror::Error;

use crate::catalog::store_state::{DestructionRow, RestoredDocument, StoreRecordRow};
use crate::catalog::{Case, Catalog, CatalogError, DocumentRow};
use crate::sink::records::{self as rec, HoldsBody, SealedRecord};
use crate::sink::{object_key, Sink, SinkError};

/// Errors of a catalog rebuild.
#[derive(Debug, Error)]
pub enum RebuildError {
    #[error(transparent)]
    Access(#[from] crate::access::AccessError),
    #[error("the catalog {path} already holds {documents} document(s) and {cases} case(s); a rebuild only fills an empty catalog: move that file aside (keep it), then run `casevault catalog rebuild` again")]
    NotEmpty {
        path: String,
        documents: i64,
        cases: i64,
    },
    #[error(transparent)]
    Catalog(#[from] CatalogError),
    #[error(transparent)]
    Sink(#[from] SinkError),
    #[error(transparent)]
    Shield(#[from] crate::shield::ShieldError),
    #[error("record {key} does not hold what its folder says ({what}); restore it from a backup or delete it, then rebuild again")]
    BadRecord { key: String, what: String },
    #[error("the destruction record rebuilt from the store is broken at record {seq}: {why}; restore the audit/ objects from a backup")]
    BrokenChain { seq: i64, why: String },
}

/// What a rebuild restored and what it could not.
#[derive(Debug, Clone, Default, Serialize)]
pub struct RebuildReport {
    pub documents: usize,
    pub cases: usize,
    pub holds: usize,
    pub destruction_records: usize,
    /// Labels not restored, by document id, and why.
    pub skipped: Vec<(String, String)>,
    /// Case numbers that documents name but no case record holds (re-import the case list).
    pub missing_cases: Vec<String>,
    /// The search index, filled again from the documents' own text.
    pub index: crate::reindex::ReindexReport,
}

/// Rebuilds an empty catalog from the store.
pub async fn rebuild(
    catalog: &Catalog,
    sink: &Sink,
    actor: &crate::access::Actor,
) -> Result<RebuildReport, RebuildError> {
    actor.require(crate::access::Op::Rebuild)?;
    let (documents, cases) = catalog.content_counts()?;
    if documents > 0 || cases > 0 {
        return Err(RebuildError::NotEmpty {
            path: catalog.path().display().to_string(),
            documents,
            cases,
        });
    }
    let mut report = RebuildReport::default();

    let restored_cases = restore_records(catalog, sink, &mut report).await?;

    // Documents, from their labels.
    let known: std::collections::BTreeSet<String> = restored_cases
        .iter()
        .map(|c| c.case_number.clone())
        .collect();
    let mut missing = std::collections::BTreeSet::new();
    for key in sink.store().list("labels").await.map_err(SinkError::from)? {
        let id = key.trim_start_matches("labels/").to_string();
        match restore_document(catalog, sink, &id, &known, &mut missing).await? {
            Some(why) => report.skipped.push((id, why)),
            None => report.documents += 1,
        }
    }
    report.missing_cases = missing.into_iter().collect();
    // A destruction begun before the catalog was lost is not undone by its label coming back.
    for id in catalog.resume_begun_destructions()? {
        report.skipped.push((
            id,
            "its destruction was begun and not finished: `casevault dispose --execute` finishes it"
                .into(),
        ));
    }
    // Shielded cases come back with their flag and key (case records) and each document's
    // wrapping (its envelope); a shielding the lost catalog had left part-way is finished here.
    crate::shield::settle_all(catalog, sink).await?;
    // The search index lives only in the catalog; it comes back from the documents' text.
    report.index = crate::reindex::fill(catalog, sink, None).await?;
    catalog.log_contact(
        None,
        None,
        "catalog rebuilt",
        &format!(
            "from the store: {} document(s), {} case(s), {} hold row(s), {} destruction record(s)",
            report.documents, report.cases, report.holds, report.destruction_records
        ),
    )?;
    Ok(report)
}

/// Restores the mirrored records (cases, holds, the destruction record, its chain checked) and
/// notes each as in the store; the cases restored.
async fn restore_records(
    catalog: &Catalog,
    sink: &Sink,
    report: &mut RebuildReport,
) -> Result<Vec<Case>, RebuildError> {
    // Cases.
    let case_records = latest_records(sink, rec::CASE).await?;
    let mut restored_cases = Vec::new();
    for (key, r) in &case_records {
        let case: Case = serde_json::from_value(r.body.clone()).map_err(|e| bad(key, e))?;
        restored_cases.push(case);
    }
    catalog.import_cases(&restored_cases)?;
    report.cases = restored_cases.len();

    // Holds (a catalog with none in the store keeps the moratorium it starts with).
    if let Some((key, r)) = latest_records(sink, rec::HOLDS).await?.into_iter().next() {
        let body: HoldsBody = serde_json::from_value(r.body.clone()).map_err(|e| bad(&key, e))?;
        catalog.restore_holds(&body.holds, body.moratorium_initialised.as_deref())?;
        report.holds = body.holds.len();
    }

    // People: users, allocations, access lists (a first user made to run the rebuild stays).
    let people = latest_records(sink, rec::PEOPLE).await?.into_iter().next();
    if let Some((key, r)) = &people {
        let body: crate::catalog::people::PeopleSnapshot =
            serde_json::from_value(r.body.clone()).map_err(|e| bad(key, e))?;
        catalog.restore_people(&body)?;
    }

    // The destruction record, verbatim, then its chain checked.
    let audit = latest_records(sink, rec::AUDIT).await?;
    for (key, r) in &audit {
        let row: DestructionRow =
            serde_json::from_value(r.body.clone()).map_err(|e| bad(key, e))?;
        catalog.restore_destruction_row(&row)?;
    }
    report.destruction_records = audit.len();
    if let Some(b) = catalog.verify_destruction_log(&sink.chain_key()?)? {
        return Err(RebuildError::BrokenChain {
            seq: b.seq,
            why: b.why,
        });
    }

    // What was mirrored is known to be in the store as it is now.
    for (key, r) in case_records.iter().chain(audit.iter()) {
        remember(catalog, sink, key, r).await?;
    }
    if let Some((key, r)) = latest_records(sink, rec::HOLDS).await?.into_iter().next() {
        remember(catalog, sink, &key, &r).await?;
    }
    if let Some((key, r)) = &people {
        remember(catalog, sink, key, r).await?;
    }
    Ok(restored_cases)
}

/// Restores one document from its label, with its e-mail links; a case number no restored case
/// holds goes into `missing`. `Some(why)` when the label is not restored.
async fn restore_document(
    catalog: &Catalog,
    sink: &Sink,
    id: &str,
    known: &std::collections::BTreeSet<String>,
    missing: &mut std::collections::BTreeSet<String>,
) -> Result<Option<String>, RebuildError> {
    let (label, envelope) = match sink.read_label(id).await {
        Ok(x) => x,
        Err(SinkError::NoKey { .. }) => {
            return Ok(Some(
                "no key envelope: the document was destroyed (crypto-shredded)".into(),
            ));
        }
        Err(e) => return Ok(Some(e.to_string())),
    };
    let ok = object_key(id);
    let Some(sealed_size) = sink.store().head(&ok).await.map_err(SinkError::from)? else {
        return Ok(Some(
            "its label and key are in the store but its object is not: restore objects/<id> from a backup".into(),
        ));
    };
    if !known.contains(&label.case_number) {
        missing.insert(label.case_number.clone());
    }
    let links = (label.attached_to.clone(), label.mail.clone());
    let record_class = label.record_class.clone();
    let row = DocumentRow {
        id: id.to_string(),
        case_number: label.case_number,
        folder: label.folder,
        name: label.name,
        original_name: label.original_name,
        sha256: label.sha256,
        pages: label.pages.len() as u32,
        legibility: serde_json::to_string(&label.pages).expect("figures serialise"),
        routing_rule: label.routing_rule,
        retention_schedule: label.retention.schedule,
        retention_rule: label.retention.rule,
        retention_until: label.retention.until.map(|d| d.to_string()),
        retention_pending: label.retention.pending,
        retention_permanent: label.retention.permanent,
        object_key: ok,
        sealed_size,
        status: crate::catalog::DocStatus::Stored,
        received_at: label.received_at,
        stored_at: label.stored_at,
        pipeline: label.pipeline,
    };
    catalog.restore_document(&RestoredDocument {
        row,
        pdf_sha256: label.pdf_sha256,
        key_envelope: envelope,
    })?;
    // E-mail links live in the labels too, so a rebuilt catalog still knows them.
    if let Some((email_sha, position)) = &links.0 {
        catalog.link_attachment(email_sha, *position, id)?;
    }
    if let Some(m) = &links.1 {
        catalog.record_email(id, m)?;
    }
    // So is the record class, which retention needs when a case event moves the dates.
    if let Some(class) = &record_class {
        catalog.set_record_class(id, class)?;
    }
    Ok(None)
}

fn bad(key: &str, e: impl std::fmt::Display) -> RebuildError {
    RebuildError::BadRecord {
        key: key.to_string(),
        what: e.to_string(),
    }
}

/// Every record of `kind` in the store, the highest revision per subject, keyed by store key.
async fn latest_records(
    sink: &Sink,
    kind: &str,
) -> Result<Vec<(String, SealedRecord)>, RebuildError> {
    let mut best: BTreeMap<String, (String, SealedRecord)> = BTreeMap::new();
    for key in sink
        .store()
        .list(rec::record_folder(kind))
        .await
        .map_err(SinkError::from)?
    {
        let r = sink.read_record(&key).await?;
        if r.kind != kind {
            return Err(bad(&key, format!("it is a {} record", r.kind)));
        }
        match best.get(&r.subject) {
            Some((_, b)) if b.revision >= r.revision => {}
            _ => {
                best.insert(r.subject.clone(), (key, r));
            }
        }
    }
    Ok(best.into_values().collect())
}

/// Notes in the catalog that a record is in the store, so the next mirror pass does not write it
/// again.
async fn remember(
    catalog: &Catalog,
    sink: &Sink,
    key: &str,
    r: &SealedRecord,
) -> Result<(), RebuildError> {
    use sha2::{Digest, Sha256};
    let rid = key.rsplit('/').next().unwrap_or_default().to_string();
    let digest = hex::encode(
        Sha256::digest(serde_json::to_vec(&r.body).expect("json serialises")).as_slice(),
    );
    let key_id = match sink.store_envelope(&rid).await? {
        Some(env) => crate::sink::records::envelope_key_id(&env).map_err(|e| bad(key, e))?,
        None => String::new(),
    };
    catalog.set_store_record(&StoreRecordRow {
        kind: r.kind.clone(),
        subject: r.subject.clone(),
        record_id: rid,
        revision: r.revision,
        digest,
        key_id,
        written_at: r.written_at.clone(),
    })?;
    Ok(())
}
