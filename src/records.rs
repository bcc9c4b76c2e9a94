//! Records management after filing: retention dates that follow case events, and lawful
//! destruction.
//!
//! When a case closes, reopens, or its case list entry changes (a corrected date of birth, a new
//! child), every document of the case gets its retention date computed again from the schedule,
//! in the catalog and in the sealed label in the store, with a contact-log entry saying what moved
//! and why. Destruction lists what is due (a dry run unless told otherwise), never touches what a
//! hold protects (checked again at the moment of destruction, not only when the list was made),
//! destroys by crypto-shredding (the wrapped data key first, everywhere it is kept, then the
//! object), and appends a record that outlives the document to the hash-chained destruction log.

use chrono::NaiveDate;
use serde::Serialize;

use crate::catalog::{Catalog, CatalogError, DestructionRecord, DocumentRow};
use crate::document::{Folder, RetentionLabel};
use crate::retention::ScheduleSet;
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
        let mut facts = stage::facts_for(&case, folder, received);
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
    /// Why it is not destroyed, if held.
    pub held_by: Option<String>,
    pub destroyed: bool,
}

/// What a disposal did (or, in a dry run, would do).
#[derive(Debug, Clone, Default, Serialize)]
pub struct DisposalReport {
    pub due: Vec<DueDocument>,
    pub destroyed: usize,
    pub held: usize,
}

/// Lists what is due on `today`; with `execute`, destroys what is due and not held.
pub async fn dispose(
    catalog: &Catalog,
    sink: &Sink,
    today: NaiveDate,
    execute: bool,
) -> Result<DisposalReport, RecordsError> {
    let mut report = DisposalReport::default();
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
        let mut due = DueDocument {
            document_id: row.id.clone(),
            case_number: row.case_number.clone(),
            folder: row.folder.clone(),
            retention_until: until.to_string(),
            rule: row.retention_rule.clone(),
            held_by: hold.map(|h| format!("{} hold: {}", h.scope, h.reason)),
            destroyed: false,
        };
        if due.held_by.is_some() {
            report.held += 1;
        } else if execute {
            // Holds may have been set since the list was made: check again, right now.
            if let Some(h) = catalog.hold_on(&row.case_number)? {
                due.held_by = Some(format!("{} hold: {}", h.scope, h.reason));
                report.held += 1;
            } else {
                let (_, pdf_sha) = catalog.sealing(&row.id)?;
                sink.shred(catalog, &row).await?;
                catalog.append_destruction(DestructionRecord {
                    document_id: row.id.clone(),
                    sha256: row.sha256.clone(),
                    pdf_sha256: pdf_sha,
                    case_number: row.case_number.clone(),
                    folder: row.folder.clone(),
                    schedule: row.retention_schedule.clone(),
                    rule: row.retention_rule.clone(),
                    retention_until: row.retention_until.clone(),
                    received_at: row.received_at.clone(),
                    destroyed_at: String::new(),
                    how: "crypto-shredded: data key destroyed in store and catalog, then object deleted"
                        .into(),
                })?;
                catalog.log_contact(
                    Some(&row.case_number),
                    Some(&row.id),
                    "destroyed",
                    &format!(
                        "{} document destroyed: retention ended {until} under rule {}",
                        row.folder, row.retention_rule
                    ),
                )?;
                due.destroyed = true;
                report.destroyed += 1;
            }
        }
        report.due.push(due);
    }
    Ok(report)
}
