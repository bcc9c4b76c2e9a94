//! The decisions after recognition: which case, which folder, which name, which retention date.
//!
//! Order matters and follows SPEC "The path of one document": the case first (nothing else is
//! meaningful without it), then a conventional file name is checked against the case list, then
//! routing (whose rule also supplies the document name when a file must be renamed), then the
//! canonical name (made unique within the case), then retention.

use std::collections::HashSet;

use super::ocr_stage::Recognised;
use super::runtime::Ack;
use super::Context;
use crate::document::{Arrival, CaseNumber, Disposition, FiledDocument, Quarantined};
use crate::pipeline::definition::Plan;
use crate::stages::{identify, naming, retention, routing};

/// A document with every decision made, ready for the sink.
pub type Decided = FiledDocument;

/// Names given in this run, so two documents in flight never get the same name.
#[derive(Debug, Default)]
pub struct NameBook {
    taken: HashSet<(String, String)>,
}

fn quarantine(arrival: Arrival, q: Quarantined, case: Option<&CaseNumber>) -> Box<Ack> {
    Box::new(Ack::Done {
        arrival,
        disposition: Disposition::Quarantined(q),
        case_number: case.map(|c| c.0.clone()),
    })
}

/// Decides, or returns the quarantine acknowledgement saying why not.
pub fn decide(
    ctx: &Context,
    plan: &Plan,
    rec: Recognised,
    names: &mut NameBook,
) -> Result<Decided, Box<Ack>> {
    let (arrival, pages, text, pdf) = match rec {
        Recognised::Ok {
            arrival,
            pages,
            text,
            pdf,
        } => (arrival, pages, text, pdf),
        Recognised::Quarantine(arrival, q) => return Err(quarantine(arrival, q, None)),
    };
    let cfg = &ctx.config;
    let cands = identify::candidates(&cfg.case_number, &arrival.original_name, &text);
    let number = match identify::choose(cands, |n| matches!(ctx.catalog.case(&n.0), Ok(Some(_)))) {
        Ok(n) => n,
        Err(q) => return Err(quarantine(arrival, q, None)),
    };
    let case = match ctx.catalog.case(&number.0) {
        Ok(Some(c)) => c,
        _ => {
            return Err(Box::new(Ack::RetryLater {
                arrival,
                why: "the catalog could not be read".into(),
            }))
        }
    };
    let conventional = naming::parse_conventional(&arrival.original_name, &cfg.case_number);
    if let Some(conv) = &conventional {
        if conv.case_number == number.0 {
            if let Err(q) = naming::check_case_name(conv, &case.case_name) {
                return Err(quarantine(arrival, q, Some(&number)));
            }
        }
    }
    let stem = arrival
        .original_name
        .rsplit_once('.')
        .map(|(s, _)| s)
        .unwrap_or(&arrival.original_name)
        .to_string();
    let route_name = conventional
        .as_ref()
        .map(|c| c.document_name.clone())
        .unwrap_or(stem);
    let decision = match plan.rules.route(&routing::RoutingInput {
        name: &route_name,
        text: &text,
        source: plan.source_kind,
        ..Default::default()
    }) {
        Ok(d) => d,
        Err(q) => return Err(quarantine(arrival, q, Some(&number))),
    };
    let document_name = conventional
        .map(|c| c.document_name)
        .unwrap_or_else(|| decision.document_name.clone());
    let base = naming::canonical(&case.case_name, &number.0, &document_name);
    // A pending row for the same original (an earlier run died mid-store) keeps its name.
    let resume_id = ctx
        .catalog
        .document_by_sha(&arrival.sha256)
        .ok()
        .flatten()
        .filter(|r| r.status == "pending")
        .map(|r| r.id);
    let mut name = base.clone();
    let mut n = 2;
    while names.taken.contains(&(number.0.clone(), name.clone()))
        || ctx
            .catalog
            .name_taken(&number.0, &name, resume_id.as_deref())
            .unwrap_or(false)
    {
        name = naming::numbered(&base, n);
        n += 1;
    }
    names.taken.insert((number.0.clone(), name.clone()));
    let schedule = plan
        .schedule
        .clone()
        .unwrap_or_else(|| cfg.default_schedule.clone());
    let facts = retention::facts_for(&case, decision.folder, arrival.received_at.date_naive());
    let label = match retention::label(&ctx.schedules, &schedule, &facts) {
        Ok(l) => l,
        Err(e) => {
            // A schedule that cannot answer is a configuration fault: keep the original.
            tracing::error!(error = %e, "retention schedule failed");
            return Err(Box::new(Ack::RetryLater {
                arrival,
                why: format!("retention schedule {schedule} failed: {e}"),
            }));
        }
    };
    Ok(FiledDocument {
        arrival,
        case_number: number,
        case_name: case.case_name,
        folder: decision.folder,
        name,
        routing_rule: decision.rule,
        retention: label,
        pages,
        pdf,
    })
}
