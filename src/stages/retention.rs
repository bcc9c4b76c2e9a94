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

// One list of folders in two places: the retention language imports nothing of the crate, so it
// keeps the folder names its schedules may name (`retention::FOLDERS`) beside the pipeline's
// `Folder::ALL`. Were they to drift, every document routed to the missing folder would wait as
// "retry later" for ever; here they are held equal, name by name, when the crate is compiled.
const _: () = {
    let (ours, theirs) = (&Folder::ALL, &retention::FOLDERS);
    assert!(
        ours.len() == theirs.len(),
        "Folder::ALL and retention::FOLDERS differ"
    );
    let mut i = 0;
    while i < ours.len() {
        let (a, b) = (ours[i].as_str().as_bytes(), theirs[i].as_bytes());
        assert!(
            a.len() == b.len(),
            "Folder::ALL and retention::FOLDERS differ"
        );
        let mut j = 0;
        while j < a.len() {
            assert!(a[j] == b[j], "Folder::ALL and retention::FOLDERS differ");
            j += 1;
        }
        i += 1;
    }
};

/// The facts a schedule sees for one document of one case. The record class is routing's,
/// where it found one; unknown otherwise, so a schedule that needs it waits.
pub fn facts_for(
    case: &Case,
    folder: Folder,
    received: NaiveDate,
    record_class: Option<&str>,
) -> Facts {
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
        record_class: record_class.map(str::to_string),
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
