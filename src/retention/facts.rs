//! The facts a retention rule is evaluated against: what is known about a document and its case.
//!
//! Every field is optional because facts arrive over time (a case closes, a date of birth is
//! corrected); an absent field means *unknown*, and a rule that needs it gives **pending**, never a
//! guessed date. Values that name things (folder, law type, stage) are kept as the schedule
//! language spells them and checked by [`Facts::validate`], so this module stands alone and the
//! caller converts from its own types at the edge. `Debug` shows which dates are known, never the
//! dates themselves: children's dates of birth and death are personal data.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

use super::EvalError;

/// True for a valid event name: `[a-z][a-z0-9_]*`.
pub(crate) fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// The thirteen case-file folders (SPEC "The path of one document", step 6).
pub const FOLDERS: [&str; 13] = [
    "case-information",
    "correspondence",
    "case-plan",
    "risk-and-safety",
    "reporting-to-court",
    "direct-work",
    "court-orders",
    "court-papers",
    "experts-and-agency",
    "legal-advice",
    "further-information",
    "court-bundle",
    "police-information",
];

/// Law types a rule can match on.
pub const LAW_TYPES: [&str; 2] = ["private", "public"];

/// Case stages a rule can match on: Work to First Hearing, Work after First Hearing.
pub const STAGES: [&str; 2] = ["WTFH", "WAFH"];

/// Events with a fixed meaning; every other identifier is a named event in [`Facts::events`].
pub const BUILT_IN_EVENTS: [&str; 4] = [
    "received",
    "case_closed",
    "youngest_child_birth",
    "youngest_child_death",
];

/// One subject child of the case. Either date may be unknown.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Child {
    /// Date of birth.
    #[serde(default)]
    pub dob: Option<NaiveDate>,
    /// Date of death, if the child has died.
    #[serde(default)]
    pub died: Option<NaiveDate>,
}

impl fmt::Debug for Child {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Child")
            .field("dob", &Known(self.dob.is_some()))
            .field("died", &Known(self.died.is_some()))
            .finish()
    }
}

/// What is known about one document and its case, for evaluating a schedule.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Facts {
    /// Case-file folder, one of [`FOLDERS`].
    pub folder: Option<String>,
    /// Record class (local-authority schedules match on it), e.g. `looked-after-child`.
    pub record_class: Option<String>,
    /// `private` or `public`.
    pub law_type: Option<String>,
    /// `WTFH` or `WAFH`.
    pub stage: Option<String>,
    /// The subject children. Empty means none are known.
    pub children: Vec<Child>,
    /// When the document was received.
    pub received: Option<NaiveDate>,
    /// When the case was closed.
    pub case_closed: Option<NaiveDate>,
    /// Named case events (`adoption_order`, `ceased_fostering`, `notification`, ...).
    pub events: BTreeMap<String, NaiveDate>,
    /// An extension (000 §10.3): the record is kept at least until this date.
    pub retain_until_at_least: Option<NaiveDate>,
}

impl fmt::Debug for Facts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let events: Vec<&str> = self.events.keys().map(String::as_str).collect();
        f.debug_struct("Facts")
            .field("folder", &self.folder)
            .field("record_class", &self.record_class)
            .field("law_type", &self.law_type)
            .field("stage", &self.stage)
            .field("children", &self.children)
            .field("received", &Known(self.received.is_some()))
            .field("case_closed", &Known(self.case_closed.is_some()))
            .field("events", &events)
            .field(
                "retain_until_at_least",
                &Known(self.retain_until_at_least.is_some()),
            )
            .finish()
    }
}

/// Debug stand-in for a date: says whether it is known, not what it is.
struct Known(bool);

impl fmt::Debug for Known {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(if self.0 { "<known>" } else { "<unknown>" })
    }
}

/// The youngest child, or why it cannot be told.
pub(crate) enum Youngest<'a> {
    /// The youngest child, its 1-based position, and how many children there are.
    Found(&'a Child, usize, usize),
    /// No children are recorded.
    NoChildren,
    /// Child number `n` (1-based) has no date of birth, so the youngest cannot be told.
    UnknownDob(usize),
}

impl Facts {
    /// Checks that names are ones the schedule language knows and that dates are coherent.
    pub fn validate(&self) -> Result<(), EvalError> {
        check_one_of("folder", &self.folder, &FOLDERS)?;
        check_one_of("law_type", &self.law_type, &LAW_TYPES)?;
        check_one_of("stage", &self.stage, &STAGES)?;
        for (i, child) in self.children.iter().enumerate() {
            if let (Some(dob), Some(died)) = (child.dob, child.died) {
                if died < dob {
                    return Err(EvalError::InvalidFacts(format!(
                        "children[{i}]: `died` is before `dob`; correct the dates in the case record"
                    )));
                }
            }
        }
        for name in self.events.keys() {
            if BUILT_IN_EVENTS.contains(&name.as_str()) {
                return Err(EvalError::InvalidFacts(format!(
                    "events: `{name}` is a built-in event; give it as its own field, not in `events`"
                )));
            }
            if !is_identifier(name) {
                return Err(EvalError::InvalidFacts(format!(
                    "events: `{name}` is not an event name (lower-case letters, digits and `_`, starting with a letter)"
                )));
            }
        }
        Ok(())
    }

    /// The youngest subject child: the latest date of birth. With one child, that child even if
    /// its date of birth is unknown; with several, every date of birth must be known (an unknown
    /// one could be the youngest, and guessing could destroy a record early).
    pub(crate) fn youngest_child(&self) -> Youngest<'_> {
        let count = self.children.len();
        match count {
            0 => Youngest::NoChildren,
            1 => Youngest::Found(&self.children[0], 1, 1),
            _ => {
                if let Some(i) = self.children.iter().position(|c| c.dob.is_none()) {
                    return Youngest::UnknownDob(i + 1);
                }
                // latest dob; on a tie the first listed
                let (i, child) = self
                    .children
                    .iter()
                    .enumerate()
                    .fold(None::<(usize, &Child)>, |best, (i, c)| match best {
                        Some((_, b)) if b.dob >= c.dob => best,
                        _ => Some((i, c)),
                    })
                    .expect("at least two children");
                Youngest::Found(child, i + 1, count)
            }
        }
    }
}

fn check_one_of(field: &str, value: &Option<String>, allowed: &[&str]) -> Result<(), EvalError> {
    match value {
        Some(v) if !allowed.contains(&v.as_str()) => Err(EvalError::InvalidFacts(format!(
            "`{field}` is `{v}`, expected one of: {}",
            allowed.join(", ")
        ))),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        super::super::date::parse_date(s).expect("test date")
    }

    #[test]
    fn debug_hides_dates() {
        let facts = Facts {
            folder: Some("direct-work".into()),
            children: vec![Child {
                dob: Some(d("2015-06-01")),
                died: None,
            }],
            received: Some(d("2020-01-02")),
            ..Facts::default()
        };
        let shown = format!("{facts:?}");
        assert!(!shown.contains("2015"), "{shown}");
        assert!(!shown.contains("2020"), "{shown}");
        assert!(shown.contains("direct-work"));
        assert!(shown.contains("<known>") && shown.contains("<unknown>"));
    }

    #[test]
    fn validate_rejects_unknown_names_and_incoherent_dates() {
        let bad_folder = Facts {
            folder: Some("police".into()),
            ..Facts::default()
        };
        let err = bad_folder.validate().unwrap_err().to_string();
        assert!(err.contains("police-information"), "{err}");
        let bad_stage = Facts {
            stage: Some("wtfh".into()),
            ..Facts::default()
        };
        assert!(bad_stage.validate().is_err());
        let died_first = Facts {
            children: vec![Child {
                dob: Some(d("2015-06-01")),
                died: Some(d("2015-05-01")),
            }],
            ..Facts::default()
        };
        assert!(died_first
            .validate()
            .unwrap_err()
            .to_string()
            .contains("children[0]"));
        let mut reserved = Facts::default();
        reserved.events.insert("received".into(), d("2020-01-01"));
        assert!(reserved.validate().is_err());
        assert!(Facts::default().validate().is_ok());
    }

    #[test]
    fn youngest_child_is_latest_birth_and_needs_every_birth_when_several() {
        let two = Facts {
            children: vec![
                Child {
                    dob: Some(d("2012-01-01")),
                    died: None,
                },
                Child {
                    dob: Some(d("2016-03-04")),
                    died: None,
                },
            ],
            ..Facts::default()
        };
        match two.youngest_child() {
            Youngest::Found(c, i, n) => {
                assert_eq!(c.dob, Some(d("2016-03-04")));
                assert_eq!((i, n), (2, 2));
            }
            _ => panic!("youngest not found"),
        }
        let unknown = Facts {
            children: vec![
                Child {
                    dob: Some(d("2012-01-01")),
                    died: None,
                },
                Child::default(),
            ],
            ..Facts::default()
        };
        assert!(matches!(unknown.youngest_child(), Youngest::UnknownDob(2)));
        assert!(matches!(
            Facts::default().youngest_child(),
            Youngest::NoChildren
        ));
    }
}
