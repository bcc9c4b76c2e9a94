//! The retention stage: the date from which a document may be destroyed, from the schedule that
//! applies to its case (see [`crate::retention`] for the schedule language).
//!
//! The facts come from the case list (law type, stage, children, closure) and the document (its
//! folder, the day it was received). A missing fact is unknown, never assumed, so a rule that needs
//! it gives "pending" instead of a date.

use chrono::NaiveDate;

use crate::catalog::Case;
use crate::document::{Folder, RetentionLabel};
use crate::retention::{self, Facts, Outcome, ScheduleSet};

/// The facts a schedule sees for one document of one case.
pub fn facts_for(case: &Case, folder: Folder, received: NaiveDate) -> Facts {
    Facts {
        folder: Some(folder.as_str().to_string()),
        law_type: Some(case.law_type.clone()),
        stage: case.stage.clone(),
        children: case
            .children
            .iter()
            .map(|c| retention::Child {
                dob: c.dob,
                died: c.died,
            })
            .collect(),
        received: Some(received),
        case_closed: case.closed_on,
        ..Default::default()
    }
}

/// Computes a document's retention label.
pub fn label(
    schedules: &ScheduleSet,
    schedule: &str,
    facts: &Facts,
) -> Result<RetentionLabel, retention::EvalError> {
    let ev = schedules.evaluate(schedule, facts)?;
    let mut label = RetentionLabel {
        schedule: schedule.to_string(),
        rule: ev.rule.clone(),
        until: None,
        pending: None,
        permanent: false,
    };
    match ev.outcome {
        Outcome::Until(d) => label.until = Some(d),
        Outcome::Pending(e) => label.pending = Some(e),
        Outcome::Permanent => label.permanent = true,
    }
    Ok(label)
}
