//! `casevault verify`: check that every stored document can still be read, whole, from the store.
//!
//! Filing already reads every object back before the original is released; this check is for
//! later, after backups, restores, migrations, bit rot or a rebuilt catalog. For each document the
//! catalog lists as stored it checks that the object is there, that it opens with the catalog's
//! key envelope (every segment authenticates), that the plaintext's SHA-256 is the one recorded
//! when it was filed, that the store's copy of the envelope is there and the same, and that the
//! label is there and opens, and that a shielded case's documents are wrapped under the case's own
//! key (a shielding left half-way is named, so it is finished rather than forgotten). Mirrored
//! records (cases, holds, destruction records) are opened too.
//! Every problem is reported by the document's opaque id (or the record's key), never by name,
//! and the run carries on, so one damaged object does not hide another.

use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::catalog::Catalog;
use crate::sink::records::record_key;
use crate::sink::{Sink, SinkError};

/// One problem found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// The document id, or the record's store key (`cases/<id>`, ...).
    pub id: String,
    pub what: String,
}

/// What a verification found.
#[derive(Debug, Clone, Default, Serialize)]
pub struct VerifyReport {
    pub documents: usize,
    pub records: usize,
    pub problems: Vec<Problem>,
}

impl VerifyReport {
    /// True when nothing is wrong.
    pub fn ok(&self) -> bool {
        self.problems.is_empty()
    }
}

/// Checks every stored document and mirrored record.
pub async fn verify(
    catalog: &Catalog,
    sink: &Sink,
    actor: &crate::access::Actor,
) -> Result<VerifyReport, crate::access::AccessError> {
    actor.require(crate::access::Op::VerifyStore)?;
    let mut report = VerifyReport::default();
    let shielded = catalog.shielded_document_targets()?;
    for row in catalog.documents(None)? {
        report.documents += 1;
        let mut problem = |what: String| {
            report.problems.push(Problem {
                id: row.id.clone(),
                what,
            })
        };
        let (envelope, pdf_sha256) = catalog.sealing(&row.id)?;
        let Some(envelope) = envelope else {
            problem("the catalog holds no key envelope for it".into());
            continue;
        };
        let under = crate::sink::records::envelope_key_id(&envelope).ok();
        if let Some(key) = shielded.get(&row.id) {
            if under.as_deref() != Some(key.as_str()) {
                problem("its case is shielded but it is not yet wrapped under the case's own key: run `casevault keys rotate` to finish".into());
            }
        }
        match sink.store_envelope(&row.id).await {
            Ok(Some(e)) if e == envelope => {}
            Ok(Some(_)) => problem(
                "the store's key envelope differs from the catalog's: run `casevault keys rotate` to write both again".into(),
            ),
            Ok(None) => problem(format!("keys/{} is missing from the store", row.id)),
            Err(e) => problem(format!("its key envelope cannot be read: {e}")),
        }
        match sink.fetch_with(&row, &envelope).await {
            Ok(pdf) => {
                let sha = hex::encode(Sha256::digest(&pdf).as_slice());
                if Some(&sha) != pdf_sha256.as_ref() {
                    problem(format!(
                        "its content opens but is not what was filed (SHA-256 {sha}, filed {})",
                        pdf_sha256.as_deref().unwrap_or("unknown")
                    ));
                }
            }
            Err(SinkError::Store(e)) if e.is_not_found() => {
                problem(format!("{} is missing from the store", row.object_key))
            }
            Err(SinkError::Corrupted { what, .. }) => {
                problem(format!("its object is corrupted: {what}"))
            }
            Err(e) => problem(format!("it cannot be read: {e}")),
        }
        match sink.read_label(&row.id).await {
            Ok(_) => {}
            Err(SinkError::Store(e)) if e.is_not_found() => {
                problem(format!("labels/{} is missing from the store", row.id))
            }
            Err(e) => problem(format!("its label cannot be read: {e}")),
        }
    }
    for row in catalog.destructions_in_progress()? {
        report.problems.push(Problem {
            id: row.id,
            what: "its destruction was begun and not finished: run `casevault dispose --execute`"
                .into(),
        });
    }
    for r in catalog.store_records()? {
        report.records += 1;
        let key = record_key(&r.kind, &r.record_id);
        if let Err(e) = sink.read_record(&key).await {
            report.problems.push(Problem {
                id: key,
                what: format!("mirrored record cannot be read: {e}"),
            });
        }
    }
    Ok(report)
}
