//! Records management after filing: retention dates that follow case events, and lawful
//! destruction.
//!
//! When a case closes, reopens, or its case list entry changes (a corrected date of birth, a new
//! child), every document of the case gets its retention date computed again from the schedule,
//! in the catalog and in the sealed label in the store, with a contact-log entry saying what moved
//! and why. Destruction lists what is due (a dry run unless told otherwise), never touches what a
//! hold or an extension protects, and tells each destruction as one story in the keyed destruction
//! record (`catalog::audit`): the intent, written in the same catalog transaction that re-checks
//! due date, holds and extensions and takes the data key away; the store's copies deleted (the
//! wrapped data key first, then the object and label); then the completion. A destruction
//! interrupted between the two (a crash, a store error) is finished by the next `dispose
//! --execute`, which looks for them before anything else. Afterwards the catalog's WAL is
//! emptied so no old page still holds a shredded key.

use chrono::NaiveDate;
use serde::Serialize;

use crate::catalog::{Catalog, CatalogError, DocumentRow, Refusal};
use crate::document::{Folder, RetentionLabel};
use crate::retention::ScheduleSet;
use crate::seal::ChainKey;
use crate::sink::{Sink, SinkError};
use crate::stages::retention as stage;

/// Errors of records management.
#[derive(Debug, thiserror::Error)]
pub enum RecordsError {
    #[error(transparent)]
    Catalog(#[from] CatalogError),
    #[error(transparent)]
    Sink(#[from] SinkError),
    #[error("case {0} is not in the case list")]
    NoSuchCase(String),
    #[error("retention: {0}")]
    Retention(String),
    #[error("another disposal run is destroying now (on this or another machine): one at a time; run it again when that one has finished")]
    DisposalRunning,
}

/// A retention date that moved.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct DateChange {
    pub document_id: String,
    pub before: String,
    pub after: String,
    pub rule: String,
}

/// Computes every document of a case again; updates catalog, labels and the contact log.
pub async fn recompute_case(
    catalog: &Catalog,
    sink: &Sink,
    schedules: &ScheduleSet,
    case_number: &str,
    why: &str,
) -> Result<Vec<DateChange>, RecordsError> {
    let case = catalog
        .case(case_number)?
        .ok_or_else(|| RecordsError::NoSuchCase(case_number.to_string()))?;
    let extension = catalog.extension_until(case_number)?;
    let mut changes = Vec::new();
    for row in catalog.documents(Some(case_number))? {
        let Some(folder) = Folder::parse(&row.folder) else {
            continue;
        };
        let received = chrono::DateTime::parse_from_rfc3339(&row.received_at)
            .map(|d| d.date_naive())
            .map_err(|e| {
                RecordsError::Retention(format!("document {}: received_at: {e}", row.id))
            })?;
        let record_class = catalog.record_class(&row.id)?;
        let mut facts = stage::facts_for(&case, folder, received, record_class.as_deref());
        facts.retain_until_at_least = extension;
        let label = stage::label(schedules, &row.retention_schedule, &facts)
            .map_err(|e| RecordsError::Retention(e.to_string()))?;
        let before = display_row(&row);
        let after = label.display();
        if before == after && row.retention_rule == label.rule {
            continue;
        }
        sink.rewrite_label(catalog, &row, &case.case_name, &label)
            .await?;
        catalog.update_retention(&row.id, &label)?;
        catalog.log_contact(
            Some(case_number),
            Some(&row.id),
            "retention recomputed",
            &format!("{before} -> {after} by rule {} ({why})", label.rule),
        )?;
        changes.push(DateChange {
            document_id: row.id.clone(),
            before,
            after,
            rule: label.rule,
        });
    }
    Ok(changes)
}

fn display_row(row: &DocumentRow) -> String {
    RetentionLabel {
        schedule: row.retention_schedule.clone(),
        rule: row.retention_rule.clone(),
        until: row
            .retention_until
            .as_deref()
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()),
        pending: row.retention_pending.clone(),
        permanent: row.retention_permanent,
    }
    .display()
}

/// One document in a disposal list.
#[derive(Debug, Clone, Serialize)]
pub struct DueDocument {
    pub document_id: String,
    pub case_number: String,
    pub folder: String,
    pub retention_until: String,
    pub rule: String,
    /// Why it is not destroyed, if held (or extended).
    pub held_by: Option<String>,
    pub destroyed: bool,
}

/// What a disposal did (or, in a dry run, would do).
#[derive(Debug, Clone, Default, Serialize)]
pub struct DisposalReport {
    pub due: Vec<DueDocument>,
    pub destroyed: usize,
    pub held: usize,
    /// Destructions begun earlier and finished now (or, in a dry run, waiting to be).
    pub finished: Vec<String>,
    /// Two-person disposal is on: `--execute` destroyed nothing new (it finished only what was
    /// begun); what is due waits for an approval and a second records manager's confirmation.
    pub needs_two: bool,
}

/// Begins the destruction of one document: the catalog transaction that re-checks it and records
/// the intent (`Catalog::begin_destruction`), then the store's anchor. Public so that a test can
/// stop a destruction half way, as a crash would.
pub async fn begin_destruction(
    catalog: &Catalog,
    sink: &Sink,
    key: &ChainKey,
    row: &DocumentRow,
    today: NaiveDate,
) -> Result<Result<(), Refusal>, RecordsError> {
    if let Err(refusal) = catalog.begin_destruction(key, &row.id, today)? {
        return Ok(Err(refusal));
    }
    crate::failpoint::hit("destroy-after-intent");
    // The intent to the store at once (sealed record and anchor): a catalog lost before the
    // completion is rebuilt knowing the destruction was begun.
    sink.put_audit(catalog).await?;
    crate::failpoint::hit("destroy-after-anchor");
    Ok(Ok(()))
}

/// Finishes a begun destruction: the store's copies deleted, the completion recorded (once), the
/// anchor written, the contact log told.
pub async fn finish_destruction(
    catalog: &Catalog,
    sink: &Sink,
    key: &ChainKey,
    row: &DocumentRow,
) -> Result<(), RecordsError> {
    sink.shred(row).await?;
    crate::failpoint::hit("destroy-before-completion");
    if catalog.complete_destruction(key, &row.id)?.is_some() {
        crate::failpoint::hit("destroy-after-completion");
        sink.put_audit(catalog).await?;
        catalog.log_contact(
            Some(&row.case_number),
            Some(&row.id),
            "destroyed",
            &format!(
                "{} document destroyed: retention ended {} under rule {}",
                row.folder,
                row.retention_until.as_deref().unwrap_or("?"),
                row.retention_rule
            ),
        )?;
    }
    Ok(())
}

/// Lists what is due on `today`; with `execute`, first finishes destructions an earlier run
/// began, then destroys what is due and neither held nor extended.
///
/// `only`: destroy none but these documents (a list two records managers approved); the others
/// due are listed, not destroyed.
pub async fn dispose(
    catalog: &Catalog,
    sink: &Sink,
    today: NaiveDate,
    execute: bool,
    only: Option<&std::collections::BTreeSet<String>>,
) -> Result<DisposalReport, RecordsError> {
    let mut report = DisposalReport::default();
    // One destroying run at a time, whichever machine it runs on (a dry run only reads).
    let _one_run = if execute {
        Some(
            catalog
                .try_run_lock("dispose")?
                .ok_or(RecordsError::DisposalRunning)?,
        )
    } else {
        None
    };
    let key = if execute {
        Some(sink.chain_key()?)
    } else {
        None
    };
    for row in catalog.destructions_in_progress()? {
        if let Some(key) = &key {
            finish_destruction(catalog, sink, key, &row).await?;
            tracing::info!(doc = %row.id, "finished a destruction begun earlier");
        }
        report.finished.push(row.id);
    }
    for row in catalog.documents(None)? {
        let Some(until) = row
            .retention_until
            .as_deref()
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        else {
            continue; // pending or permanent: never due
        };
        if until > today {
            continue;
        }
        let hold = catalog.hold_on(&row.case_number)?;
        let extended = catalog
            .extension_until(&row.case_number)?
            .filter(|e| *e > today);
        let mut due = DueDocument {
            document_id: row.id.clone(),
            case_number: row.case_number.clone(),
            folder: row.folder.clone(),
            retention_until: until.to_string(),
            rule: row.retention_rule.clone(),
            held_by: match (hold, extended) {
                (Some(h), _) => Some(format!("{} hold: {}", h.scope, h.reason)),
                (None, Some(e)) => Some(format!("extended until {e}")),
                (None, None) => None,
            },
            destroyed: false,
        };
        let approved = only.is_none_or(|o| o.contains(&row.id));
        if due.held_by.is_some() {
            report.held += 1;
        } else if let (Some(key), true) = (&key, approved) {
            // Holds, extensions and the date may have changed since the list was made: the
            // catalog checks them again inside the transaction that takes the key.
            match begin_destruction(catalog, sink, key, &row, today).await? {
                Err(refusal) => {
                    due.held_by = Some(refusal.to_string());
                    report.held += 1;
                }
                Ok(()) => {
                    finish_destruction(catalog, sink, key, &row).await?;
                    due.destroyed = true;
                    report.destroyed += 1;
                }
            }
        }
        report.due.push(due);
    }
    if execute && (report.destroyed > 0 || !report.finished.is_empty()) && !catalog.scrub_wal()? {
        tracing::warn!("the catalog's WAL could not be emptied (another process is reading it); the next dispose tries again");
    }
    Ok(report)
}
