//! Retention schedules as data: parse them, evaluate them against what is known about a document,
//! and explain the answer.
//!
//! A schedule (`config/retention/<id>.toml`) is an ordered list of rules; the first rule whose
//! conditions (folder, law type, stage, record class) all hold gives an `until` expression over
//! event dates (`received + 18 months`, `youngest_child_birth + 25 years`, `min(..)`, `max(..)`,
//! `permanent`). The answer is a date, **pending** an event that has not happened (never a guess),
//! or permanent, and an explanation of each step for `retention explain`. Dates that land on a day
//! missing from the month roll to the first of the next month: later, never earlier. The module is
//! shaped as parse -> validate -> evaluate so a bad schedule fails at load with file and line, and
//! evaluation cannot fail on the schedule's account. It uses only std, chrono, serde, serde_json,
//! toml and thiserror. The language is described in `docs/retention.md`.

mod date;
mod expr;
mod facts;
mod schedule;

#[cfg(test)]
mod table_tests;

pub use date::Unit;
pub use facts::{Child, Facts, BUILT_IN_EVENTS, FOLDERS, LAW_TYPES, STAGES};
pub use schedule::{FolderRule, Rule, Schedule};

use chrono::NaiveDate;
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::io::{self, BufRead, Write};
use std::path::{Path, PathBuf};

/// A schedule could not be loaded. Each variant says where and what was expected.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ScheduleError {
    /// The schedule directory or a file in it could not be read.
    #[error("cannot read retention schedule {path}: {source}; check the path and its permissions")]
    Read {
        /// The file or directory.
        path: PathBuf,
        /// The I/O error.
        #[source]
        source: io::Error,
    },
    /// The file is not valid TOML or does not have the shape of a schedule.
    #[error("{file}:{line}:{column}: {message}")]
    Syntax {
        /// The file, as named to the loader.
        file: String,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What was wrong and what was expected (from toml).
        message: String,
    },
    /// The file is well-formed but a value is wrong: an expression, a folder name, a rule order.
    #[error("{file}:{line}: {message}")]
    Invalid {
        /// The file, as named to the loader.
        file: String,
        /// 1-based line of the offending value.
        line: usize,
        /// What was wrong and what was expected.
        message: String,
    },
    /// Two files define the same schedule id, or a file's id differs from its name.
    #[error("{file}: {message}")]
    Conflict {
        /// The file, as named to the loader.
        file: String,
        /// What conflicts and how to fix it.
        message: String,
    },
    /// The directory holds no `*.toml` schedule.
    #[error("no retention schedules (*.toml) in {}: expected at least one", dir.display())]
    NoSchedules {
        /// The directory searched.
        dir: PathBuf,
    },
}

/// A document could not be evaluated. Messages name fields, never personal data.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum EvalError {
    /// No schedule with that id is loaded.
    #[error("unknown schedule `{id}`: loaded schedules are {known}")]
    UnknownSchedule {
        /// The id asked for.
        id: String,
        /// The ids that are loaded, comma-separated.
        known: String,
    },
    /// The facts contain a value the schedule language does not know, or incoherent dates.
    #[error("{0}")]
    InvalidFacts(String),
    /// The record class is not one the schedule has a rule for.
    #[error("record_class `{record_class}` is not used by schedule `{schedule}`: expected one of {known}")]
    UnknownRecordClass {
        /// The schedule.
        schedule: String,
        /// The class given.
        record_class: String,
        /// The classes the schedule knows, comma-separated.
        known: String,
    },
    /// Date arithmetic left the calendar (hundreds of thousands of years).
    #[error("date out of range computing {0}: check the dates and the schedule's periods")]
    DateOutOfRange(String),
    /// No rule matched (a validated schedule always ends with a catch-all, so this means a bug).
    #[error(
        "no rule of schedule `{schedule}` matched: the schedule must end with a catch-all rule"
    )]
    NoRuleMatched {
        /// The schedule.
        schedule: String,
    },
}

/// The answer for one document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// May be destroyed from this date.
    Until(NaiveDate),
    /// Cannot be dated until this event (as the rule writes it) is recorded.
    Pending(String),
    /// Kept for ever.
    Permanent,
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Outcome::Until(d) => write!(f, "retain until {d}"),
            Outcome::Pending(e) => write!(f, "pending {e}"),
            Outcome::Permanent => f.write_str("permanent"),
        }
    }
}

impl Outcome {
    fn serialize_entry<M: SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        match self {
            Outcome::Until(d) => map.serialize_entry("retention_until", &d.to_string()),
            Outcome::Pending(e) => map.serialize_entry("pending", e),
            Outcome::Permanent => map.serialize_entry("permanent", &true),
        }
    }
}

/// `{"retention_until": "YYYY-MM-DD"}`, `{"pending": "<event>"}` or `{"permanent": true}`.
impl Serialize for Outcome {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(1))?;
        self.serialize_entry(&mut map)?;
        map.end()
    }
}

/// The outcome, the rule that gave it, and each step of the working.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evaluation {
    /// The answer.
    pub outcome: Outcome,
    /// The id of the rule that matched.
    pub rule: String,
    /// The rule, its inputs and the arithmetic, one step per line.
    pub explanation: Vec<String>,
}

/// The JSON-lines output shape: the outcome's entry plus `"rule"` (no explanation).
impl Serialize for Evaluation {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(2))?;
        self.outcome.serialize_entry(&mut map)?;
        map.serialize_entry("rule", &self.rule)?;
        map.end()
    }
}

/// The loaded schedules, by id.
#[derive(Debug, Clone, Default)]
pub struct ScheduleSet {
    schedules: BTreeMap<String, Schedule>,
}

impl ScheduleSet {
    /// Loads every `*.toml` in `dir` (not recursive). Each file's `id` must equal its file stem.
    pub fn load_dir(dir: &Path) -> Result<ScheduleSet, ScheduleError> {
        let read_err = |path: &Path, source| ScheduleError::Read {
            path: path.to_path_buf(),
            source,
        };
        let mut paths = Vec::new();
        for entry in std::fs::read_dir(dir).map_err(|e| read_err(dir, e))? {
            let path = entry.map_err(|e| read_err(dir, e))?.path();
            if path.extension().is_some_and(|x| x == "toml") && path.is_file() {
                paths.push(path);
            }
        }
        if paths.is_empty() {
            return Err(ScheduleError::NoSchedules {
                dir: dir.to_path_buf(),
            });
        }
        paths.sort();
        let mut set = ScheduleSet::default();
        for path in paths {
            let text = std::fs::read_to_string(&path).map_err(|e| read_err(&path, e))?;
            let name = path.display().to_string();
            let schedule = Schedule::parse(&name, &text)?;
            let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
            if schedule.id() != stem {
                return Err(ScheduleError::Conflict {
                    file: name,
                    message: format!(
                        "schedule id `{}` differs from the file name: expected id = \"{stem}\" (or rename the file to {}.toml)",
                        schedule.id(),
                        schedule.id()
                    ),
                });
            }
            set.insert_named(schedule, &name)?;
        }
        Ok(set)
    }

    /// A set holding the one schedule in `text`; `name_for_errors` names it in errors.
    pub fn from_str(name_for_errors: &str, text: &str) -> Result<ScheduleSet, ScheduleError> {
        let mut set = ScheduleSet::default();
        set.insert_named(Schedule::parse(name_for_errors, text)?, name_for_errors)?;
        Ok(set)
    }

    /// Adds a schedule; an id already loaded is a conflict.
    pub fn insert(&mut self, schedule: Schedule) -> Result<(), ScheduleError> {
        let name = schedule.id().to_string();
        self.insert_named(schedule, &name)
    }

    fn insert_named(&mut self, schedule: Schedule, file: &str) -> Result<(), ScheduleError> {
        if self.schedules.contains_key(schedule.id()) {
            return Err(ScheduleError::Conflict {
                file: file.to_string(),
                message: format!(
                    "schedule id `{}` is already loaded: each schedule id must be unique",
                    schedule.id()
                ),
            });
        }
        self.schedules.insert(schedule.id().to_string(), schedule);
        Ok(())
    }

    /// The schedule with this id.
    pub fn get(&self, id: &str) -> Option<&Schedule> {
        self.schedules.get(id)
    }

    /// The loaded ids, sorted.
    pub fn ids(&self) -> impl Iterator<Item = &str> + '_ {
        self.schedules.keys().map(String::as_str)
    }

    /// Evaluates `facts` under the schedule `schedule_id`.
    pub fn evaluate(&self, schedule_id: &str, facts: &Facts) -> Result<Evaluation, EvalError> {
        match self.get(schedule_id) {
            Some(s) => s.evaluate(facts),
            None => Err(EvalError::UnknownSchedule {
                id: schedule_id.to_string(),
                known: self.ids().collect::<Vec<_>>().join(", "),
            }),
        }
    }

    /// Evaluates one JSON input line and returns the output JSON line (no trailing newline):
    /// `{"retention_until": "..", "rule": ".."}`, `{"pending": "..", "rule": ".."}`,
    /// `{"permanent": true, "rule": ".."}` or `{"error": ".."}`.
    pub fn eval_json_line(&self, line: &str) -> String {
        let result = parse_input_line(line)
            .and_then(|(id, facts)| self.evaluate(&id, &facts).map_err(|e| e.to_string()));
        match result {
            Ok(ev) => serde_json::to_string(&ev).unwrap_or_else(|e| error_line(&e.to_string())),
            Err(msg) => error_line(&msg),
        }
    }

    /// Reads JSON lines from `input` and writes one output line per input line, in order.
    /// A bad line (including a blank one or invalid UTF-8) gives an `{"error": ..}` line and the
    /// rest go on; only I/O errors stop it.
    pub fn eval_json_lines(
        &self,
        mut input: impl BufRead,
        mut output: impl Write,
    ) -> io::Result<()> {
        let mut buf = Vec::new();
        loop {
            buf.clear();
            if input.read_until(b'\n', &mut buf)? == 0 {
                break;
            }
            let out = match std::str::from_utf8(&buf) {
                Ok(text) => self.eval_json_line(text.trim_end_matches(['\n', '\r'])),
                Err(_) => error_line("the line is not valid UTF-8"),
            };
            output.write_all(out.as_bytes())?;
            output.write_all(b"\n")?;
        }
        output.flush()
    }
}

fn error_line(message: &str) -> String {
    serde_json::json!({ "error": message }).to_string()
}

/// One input line as written; dates stay strings so errors can name the field.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct InputLine {
    schedule: Option<String>,
    folder: Option<String>,
    record_class: Option<String>,
    law_type: Option<String>,
    stage: Option<String>,
    children: Option<Vec<InputChild>>,
    received: Option<String>,
    case_closed: Option<String>,
    events: Option<BTreeMap<String, Option<String>>>,
    retain_until_at_least: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct InputChild {
    dob: Option<String>,
    died: Option<String>,
}

fn input_date(field: &str, value: Option<String>) -> Result<Option<NaiveDate>, String> {
    match value {
        None => Ok(None),
        Some(s) => date::parse_date(&s).map(Some).ok_or_else(|| {
            format!("`{field}` is not a date: expected YYYY-MM-DD, a real calendar day")
        }),
    }
}

fn parse_input_line(line: &str) -> Result<(String, Facts), String> {
    if line.trim().is_empty() {
        return Err("empty line: expected a JSON object with at least `schedule`".into());
    }
    let raw: InputLine =
        serde_json::from_str(line).map_err(|e| format!("not a valid input line: {e}"))?;
    let schedule = raw
        .schedule
        .ok_or("`schedule` is missing: expected the id of a retention schedule")?;
    let mut children = Vec::new();
    for (i, c) in raw.children.unwrap_or_default().into_iter().enumerate() {
        children.push(Child {
            dob: input_date(&format!("children[{i}].dob"), c.dob)?,
            died: input_date(&format!("children[{i}].died"), c.died)?,
        });
    }
    let mut events = BTreeMap::new();
    for (name, value) in raw.events.unwrap_or_default() {
        if let Some(d) = input_date(&format!("events.{name}"), value)? {
            events.insert(name, d);
        }
    }
    let facts = Facts {
        folder: raw.folder,
        record_class: raw.record_class,
        law_type: raw.law_type,
        stage: raw.stage,
        children,
        received: input_date("received", raw.received)?,
        case_closed: input_date("case_closed", raw.case_closed)?,
        events,
        retain_until_at_least: input_date("retain_until_at_least", raw.retain_until_at_least)?,
    };
    Ok((schedule, facts))
}

#[cfg(test)]
mod tests {
    use super::*;

    const S: &str = r#"id = "mini"
events = ["notification"]
[[rule]]
id = "missing"
record_class = "missing-person"
until = "notification + 1 year"
[[rule]]
id = "risk"
record_class = "adult-posing-risk"
until = "permanent"
[[rule]]
id = "rest"
record_class = "other"
until = "case_closed + 10 years"
[[rule]]
id = "fallback"
until = "permanent"
"#;

    fn set() -> ScheduleSet {
        ScheduleSet::from_str("mini.toml", S).unwrap()
    }

    #[test]
    fn output_shapes() {
        let s = set();
        assert_eq!(
            s.eval_json_line(r#"{"schedule":"mini","record_class":"missing-person","events":{"notification":"2020-02-29"}}"#),
            r#"{"retention_until":"2021-03-01","rule":"missing"}"#
        );
        assert_eq!(
            s.eval_json_line(r#"{"schedule":"mini","record_class":"missing-person"}"#),
            r#"{"pending":"notification","rule":"missing"}"#
        );
        assert_eq!(
            s.eval_json_line(r#"{"schedule":"mini","record_class":"adult-posing-risk"}"#),
            r#"{"permanent":true,"rule":"risk"}"#
        );
        assert_eq!(
            serde_json::to_string(&Outcome::Pending("case_closed".into())).unwrap(),
            r#"{"pending":"case_closed"}"#
        );
    }

    #[test]
    fn bad_lines_say_what_is_wrong() {
        let s = set();
        let cases = [
            ("", "empty line"),
            ("{", "not a valid input line"),
            (r#"{"record_class":"other"}"#, "`schedule` is missing"),
            (
                r#"{"schedule":"nope"}"#,
                "unknown schedule `nope`: loaded schedules are mini",
            ),
            (
                r#"{"schedule":"mini","colour":"red"}"#,
                "unknown field `colour`",
            ),
            (
                r#"{"schedule":"mini","received":"2021-02-30"}"#,
                "`received` is not a date",
            ),
            (
                r#"{"schedule":"mini","children":[{"dob":"01/02/2010"}]}"#,
                "`children[0].dob` is not a date",
            ),
            (
                r#"{"schedule":"mini","folder":"police"}"#,
                "`folder` is `police`",
            ),
            (
                r#"{"schedule":"mini","record_class":"nope"}"#,
                "record_class `nope` is not used",
            ),
        ];
        for (line, needle) in cases {
            let out = s.eval_json_line(line);
            let v: serde_json::Value = serde_json::from_str(&out).unwrap();
            let msg = v["error"]
                .as_str()
                .unwrap_or_else(|| panic!("{line} -> {out}"));
            assert!(msg.contains(needle), "{line} -> {msg}");
        }
    }

    #[test]
    fn json_lines_keep_going_after_a_bad_line() {
        let s = set();
        let input = b"{\"schedule\":\"mini\",\"record_class\":\"other\",\"case_closed\":\"2020-01-31\"}\n\xff\xfe\nnot json\n{\"schedule\":\"mini\"}";
        let mut out = Vec::new();
        s.eval_json_lines(&input[..], &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 4, "{text}");
        assert_eq!(
            lines[0],
            r#"{"retention_until":"2030-01-31","rule":"rest"}"#
        );
        assert!(lines[1].contains("UTF-8"));
        assert!(lines[2].starts_with(r#"{"error":"#));
        assert_eq!(lines[3], r#"{"permanent":true,"rule":"fallback"}"#);
        assert!(text.ends_with('\n'));
    }

    #[test]
    fn extension_never_shortens_and_keeps_pending() {
        let s = set();
        let d = |x: &str| date::parse_date(x).unwrap();
        let mut facts = Facts {
            record_class: Some("other".into()),
            case_closed: Some(d("2020-01-31")),
            retain_until_at_least: Some(d("2045-06-01")),
            ..Facts::default()
        };
        let ev = s.evaluate("mini", &facts).unwrap();
        assert_eq!(ev.outcome, Outcome::Until(d("2045-06-01")));
        facts.retain_until_at_least = Some(d("2021-01-01"));
        assert_eq!(
            s.evaluate("mini", &facts).unwrap().outcome,
            Outcome::Until(d("2030-01-31"))
        );
        facts.case_closed = None;
        let ev = s.evaluate("mini", &facts).unwrap();
        assert_eq!(ev.outcome, Outcome::Pending("case_closed".into()));
        assert!(ev.explanation.iter().any(|l| l.contains("stays pending")));
    }

    #[test]
    fn from_str_and_ids() {
        let s = set();
        assert_eq!(s.ids().collect::<Vec<_>>(), vec!["mini"]);
        assert!(s.get("mini").is_some());
        let mut s2 = s.clone();
        let again = Schedule::parse("again.toml", S).unwrap();
        assert!(matches!(
            s2.insert(again),
            Err(ScheduleError::Conflict { .. })
        ));
    }
}
