//! A retention schedule: a TOML file of rules, parsed, validated and evaluated.
//!
//! Parsing goes raw serde structs (with spans) -> validated [`Schedule`], so every mistake in a
//! schedule file is reported with the file, the line and what was expected: toml's own spans for
//! structure, and the position of the `until` string plus the expression parser's offset for
//! expressions. Rules are tried in order and the **first** whose conditions all hold wins; the
//! last rule must be a catch-all (no conditions) so every document gets an answer, and nothing may
//! follow it.
//!
//! Beside the rules, a schedule may say things about whole folders in `[[folder]]` tables: today
//! one, `sar_exempt = true`, a folder a subject access export leaves out (`src/export/sar.rs`).
//! It is a table of its own, not a key of a rule, because a rule is chosen per document by its
//! conditions (first match wins) while an exemption belongs to the folder whatever the rule: a
//! flag on a rule would have needed a rule per exempt folder repeating the catch-all's `until`.

use serde::de::{self, Deserializer, SeqAccess, Visitor};
use serde::Deserialize;
use std::fmt;
use std::ops::Range;
use toml::Spanned;

use super::expr::{self, Expr, Value};
use super::facts::{Facts, FOLDERS, LAW_TYPES, STAGES};
use super::{EvalError, Evaluation, Outcome, ScheduleError};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSchedule {
    id: Spanned<String>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    events: Vec<Spanned<String>>,
    #[serde(default)]
    rule: Vec<RawRule>,
    #[serde(default)]
    folder: Vec<RawFolder>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFolder {
    name: Spanned<String>,
    #[serde(default)]
    sar_exempt: bool,
    #[serde(default)]
    note: Option<String>,
    #[serde(default)]
    source: Option<String>,
}

/// What a schedule says about one whole folder (a `[[folder]]` table).
#[derive(Debug, Clone)]
pub struct FolderRule {
    name: String,
    sar_exempt: bool,
    note: Option<String>,
    source: Option<String>,
}

impl FolderRule {
    /// The folder's name, one of [`FOLDERS`].
    pub fn name(&self) -> &str {
        &self.name
    }
    /// Whether a subject access export leaves the folder out.
    pub fn sar_exempt(&self) -> bool {
        self.sar_exempt
    }
    /// Why, in the schedule's words.
    pub fn note(&self) -> Option<&str> {
        self.note.as_deref()
    }
    /// The policy paragraph or law it rests on.
    pub fn source(&self) -> Option<&str> {
        self.source.as_deref()
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    id: Spanned<String>,
    #[serde(default)]
    folder: Option<Spanned<OneOrMany>>,
    #[serde(default)]
    law_type: Option<Spanned<OneOrMany>>,
    #[serde(default)]
    stage: Option<Spanned<OneOrMany>>,
    #[serde(default)]
    record_class: Option<Spanned<OneOrMany>>,
    until: Spanned<String>,
    #[serde(default)]
    note: Option<String>,
    #[serde(default)]
    source: Option<String>,
}

/// A condition value: `"x"` or `["x", "y"]`.
struct OneOrMany(Vec<String>);

impl<'de> Deserialize<'de> for OneOrMany {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = OneOrMany;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string or a list of strings")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<OneOrMany, E> {
                Ok(OneOrMany(vec![v.to_string()]))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<OneOrMany, A::Error> {
                let mut out = Vec::new();
                while let Some(s) = seq.next_element::<String>()? {
                    out.push(s);
                }
                if out.is_empty() {
                    return Err(de::Error::invalid_length(0, &"at least one value"));
                }
                Ok(OneOrMany(out))
            }
        }
        d.deserialize_any(V)
    }
}

/// One rule of a schedule.
#[derive(Debug, Clone)]
pub struct Rule {
    id: String,
    line: usize,
    folder: Option<Vec<String>>,
    law_type: Option<Vec<String>>,
    stage: Option<Vec<String>>,
    record_class: Option<Vec<String>>,
    until: Expr,
    note: Option<String>,
    source: Option<String>,
}

impl Rule {
    /// The rule's id, as reported in every evaluation.
    pub fn id(&self) -> &str {
        &self.id
    }
    /// The line of the schedule file where the rule's id is written.
    pub fn line(&self) -> usize {
        self.line
    }
    /// The `until` expression, in canonical form.
    pub fn until(&self) -> String {
        self.until.to_string()
    }
    /// The note: where the policy was ambiguous, the choice made and why.
    pub fn note(&self) -> Option<&str> {
        self.note.as_deref()
    }
    /// The policy paragraph the rule implements.
    pub fn source(&self) -> Option<&str> {
        self.source.as_deref()
    }
    /// True when the rule has no conditions.
    pub fn is_catch_all(&self) -> bool {
        self.conditions().all(|(_, v)| v.is_none())
    }

    fn conditions(&self) -> impl Iterator<Item = (&'static str, Option<&Vec<String>>)> {
        [
            ("folder", self.folder.as_ref()),
            ("law_type", self.law_type.as_ref()),
            ("stage", self.stage.as_ref()),
            ("record_class", self.record_class.as_ref()),
        ]
        .into_iter()
    }

    /// Whether the rule matches; on a miss, the first condition that failed, in words.
    fn matches(&self, facts: &Facts) -> Result<Vec<String>, String> {
        let mut matched = Vec::new();
        for (field, wanted) in self.conditions() {
            let Some(wanted) = wanted else { continue };
            let have = match field {
                "folder" => &facts.folder,
                "law_type" => &facts.law_type,
                "stage" => &facts.stage,
                _ => &facts.record_class,
            };
            match have {
                Some(v) if wanted.contains(v) => matched.push(format!("{field} = {v}")),
                Some(v) => {
                    return Err(format!(
                        "{field} is {v}, rule wants {}",
                        wanted.join(" or ")
                    ))
                }
                None => {
                    return Err(format!(
                        "{field} is unknown, rule wants {}",
                        wanted.join(" or ")
                    ))
                }
            }
        }
        Ok(matched)
    }
}

/// A validated retention schedule.
#[derive(Debug, Clone)]
pub struct Schedule {
    id: String,
    title: Option<String>,
    source: Option<String>,
    rules: Vec<Rule>,
    record_classes: Vec<String>,
    folders: Vec<FolderRule>,
}

fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let col = before
        .rfind('\n')
        .map_or(before.len(), |n| before.len() - n - 1)
        + 1;
    (line, col)
}

/// The schedule file being parsed, to put a line to every mistake.
struct SourceFile<'a> {
    file: &'a str,
    text: &'a str,
}

impl SourceFile<'_> {
    /// A mistake at `span` of the file.
    fn invalid(&self, span: Range<usize>, message: String) -> ScheduleError {
        let (line, _) = line_col(self.text, span.start);
        ScheduleError::Invalid {
            file: self.file.to_string(),
            line,
            message,
        }
    }
}

/// The schedule's `events = [...]`: named case events, each an identifier and none built in.
fn declared_events(
    src: &SourceFile,
    events: &[Spanned<String>],
) -> Result<Vec<String>, ScheduleError> {
    let mut declared: Vec<String> = Vec::new();
    for ev in events {
        let name = ev.get_ref();
        if !super::facts::is_identifier(name) {
            return Err(src.invalid(ev.span(), format!("events: `{name}` is not an event name: expected lower-case letters, digits and `_`, starting with a letter")));
        }
        if expr::is_built_in(name) || matches!(name.as_str(), "min" | "max" | "permanent") {
            return Err(src.invalid(
                ev.span(),
                format!("events: `{name}` is built in; list only named case events here"),
            ));
        }
        declared.push(name.clone());
    }
    Ok(declared)
}

/// One `[[rule]]`, validated against the rules before it (`earlier`) and the events the schedule
/// declares.
fn validate_rule(
    src: &SourceFile,
    r: RawRule,
    earlier: &[Rule],
    declared: &[String],
) -> Result<Rule, ScheduleError> {
    let rid = r.id.get_ref().clone();
    if !is_kebab(&rid) {
        return Err(src.invalid(
            r.id.span(),
            format!("rule id `{rid}`: expected lower-case letters, digits and `-`"),
        ));
    }
    if let Some(prev) = earlier.iter().find(|p| p.id == rid) {
        return Err(src.invalid(
            r.id.span(),
            format!(
                "rule id `{rid}` is already used on line {}: rule ids must be unique",
                prev.line
            ),
        ));
    }
    if let Some(prev) = earlier.last() {
        if prev.is_catch_all() {
            return Err(src.invalid(r.id.span(), format!("rule `{rid}` can never match: rule `{}` before it has no conditions (first match wins); move the catch-all to the end", prev.id)));
        }
    }
    let folder = condition(src, &rid, r.folder, "folder", Some(&FOLDERS))?;
    let law_type = condition(src, &rid, r.law_type, "law_type", Some(&LAW_TYPES))?;
    let stage = condition(src, &rid, r.stage, "stage", Some(&STAGES))?;
    let record_class = condition(src, &rid, r.record_class, "record_class", None)?;
    let until = until_expr(src, &rid, &r.until, declared)?;
    let (line, _) = line_col(src.text, r.id.span().start);
    Ok(Rule {
        id: rid,
        line,
        folder,
        law_type,
        stage,
        record_class,
        until,
        note: r.note,
        source: r.source,
    })
}

/// A rule's condition on `field`: each value one of `allowed`, or kebab-case when any value
/// may be named.
fn condition(
    src: &SourceFile,
    rid: &str,
    v: Option<Spanned<OneOrMany>>,
    field: &str,
    allowed: Option<&[&str]>,
) -> Result<Option<Vec<String>>, ScheduleError> {
    let Some(v) = v else { return Ok(None) };
    let span = v.span();
    let values = v.into_inner().0;
    for x in &values {
        let ok = match allowed {
            Some(list) => list.contains(&x.as_str()),
            None => is_kebab(x),
        };
        if !ok {
            let expected = match allowed {
                Some(list) => format!("one of: {}", list.join(", ")),
                None => "lower-case letters, digits and `-`".to_string(),
            };
            return Err(src.invalid(
                span,
                format!("rule `{rid}`: {field} `{x}` is not known: expected {expected}"),
            ));
        }
    }
    Ok(Some(values))
}

/// A rule's `until` expression, parsed (a mistake pointed at by column where the string is
/// written plainly), every event it names built in or declared.
fn until_expr(
    src: &SourceFile,
    rid: &str,
    until: &Spanned<String>,
    declared: &[String],
) -> Result<Expr, ScheduleError> {
    let text = src.text;
    let until_span = until.span();
    let until_text = until.get_ref();
    let parsed = expr::parse(until_text).map_err(|e| {
        // Point at the character when the string is written plainly (no escapes).
        let raw_src = text.get(until_span.clone()).unwrap_or("");
        let plain = raw_src.len() == until_text.len() + 2
            && raw_src.get(1..raw_src.len() - 1) == Some(until_text.as_str());
        let (line, col) = line_col(text, until_span.start);
        let at = if plain {
            let byte = until_text
                .char_indices()
                .nth(e.offset)
                .map_or(until_text.len(), |(b, _)| b);
            format!("column {}", col + 1 + byte)
        } else {
            format!("character {} of the expression", e.offset + 1)
        };
        ScheduleError::Invalid {
            file: src.file.to_string(),
            line,
            message: format!(
                "rule `{rid}`: until = \"{until_text}\": {} ({at})",
                e.message
            ),
        }
    })?;
    let mut used = Vec::new();
    parsed.events(&mut used);
    for ev in used {
        if !expr::is_built_in(&ev) && !declared.contains(&ev) {
            return Err(src.invalid(until_span, format!(
                "rule `{rid}`: unknown event `{ev}`: expected a built-in event (received, case_closed, youngest_child_birth, youngest_child_death) or a named event declared in the schedule's `events = [...]` list"
            )));
        }
    }
    Ok(parsed)
}

impl Schedule {
    /// Parses and validates one schedule. `file` names it in errors (usually its path).
    pub fn parse(file: &str, text: &str) -> Result<Schedule, ScheduleError> {
        let raw: RawSchedule = toml::from_str(text).map_err(|e| {
            let (line, column) = e.span().map_or((1, 1), |s| line_col(text, s.start));
            ScheduleError::Syntax {
                file: file.to_string(),
                line,
                column,
                message: e.message().trim_end().to_string(),
            }
        })?;
        let src = SourceFile { file, text };

        let id = raw.id.get_ref();
        if !is_kebab(id) {
            return Err(src.invalid(
                raw.id.span(),
                format!("schedule id `{id}`: expected lower-case letters, digits and `-`"),
            ));
        }
        let declared = declared_events(&src, &raw.events)?;
        if raw.rule.is_empty() {
            return Err(src.invalid(
                raw.id.span(),
                "the schedule has no rules: expected at least one [[rule]], ending with a catch-all".into(),
            ));
        }

        let mut rules: Vec<Rule> = Vec::new();
        for r in raw.rule {
            let rule = validate_rule(&src, r, &rules, &declared)?;
            rules.push(rule);
        }
        let last = rules.last().expect("checked non-empty");
        if !last.is_catch_all() {
            return Err(ScheduleError::Invalid {
                file: file.to_string(),
                line: last.line,
                message: format!("the last rule `{}` has conditions: expected the schedule to end with a catch-all rule (no folder, law_type, stage or record_class) so every document gets an answer", last.id),
            });
        }
        let mut record_classes: Vec<String> = Vec::new();
        for r in &rules {
            for c in r.record_class.iter().flatten() {
                if !record_classes.contains(c) {
                    record_classes.push(c.clone());
                }
            }
        }
        let mut folders: Vec<FolderRule> = Vec::new();
        for f in raw.folder {
            let name = f.name.get_ref();
            if !FOLDERS.contains(&name.as_str()) {
                return Err(src.invalid(
                    f.name.span(),
                    format!(
                        "[[folder]] name `{name}` is not a folder: expected one of: {}",
                        FOLDERS.join(", ")
                    ),
                ));
            }
            if folders.iter().any(|g| &g.name == name) {
                return Err(src.invalid(
                    f.name.span(),
                    format!("[[folder]] `{name}` is described twice: one table a folder"),
                ));
            }
            folders.push(FolderRule {
                name: name.clone(),
                sar_exempt: f.sar_exempt,
                note: f.note,
                source: f.source,
            });
        }
        Ok(Schedule {
            id: id.clone(),
            title: raw.title,
            source: raw.source,
            rules,
            record_classes,
            folders,
        })
    }

    /// The schedule's id.
    pub fn id(&self) -> &str {
        &self.id
    }
    /// The schedule's title, if it has one.
    pub fn title(&self) -> Option<&str> {
        self.title.as_deref()
    }
    /// The policy the schedule implements.
    pub fn source(&self) -> Option<&str> {
        self.source.as_deref()
    }
    /// The rules, in the order they are tried.
    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }
    /// Every record class the schedule's rules name (empty when it does not use record classes).
    pub fn record_classes(&self) -> &[String] {
        &self.record_classes
    }
    /// The `[[folder]]` tables, in the order written.
    pub fn folders(&self) -> &[FolderRule] {
        &self.folders
    }
    /// The `[[folder]]` table that makes `folder` exempt from subject access, if there is one.
    pub fn sar_exemption(&self, folder: &str) -> Option<&FolderRule> {
        self.folders
            .iter()
            .find(|f| f.name == folder && f.sar_exempt)
    }

    /// Evaluates the schedule: the first matching rule, its expression, then the extension.
    pub fn evaluate(&self, facts: &Facts) -> Result<Evaluation, EvalError> {
        facts.validate()?;
        if let Some(class) = &facts.record_class {
            if !self.record_classes.is_empty() && !self.record_classes.contains(class) {
                return Err(EvalError::UnknownRecordClass {
                    schedule: self.id.clone(),
                    record_class: class.clone(),
                    known: self.record_classes.join(", "),
                });
            }
        }
        let mut steps = vec![format!(
            "schedule {}: rules are tried in order, the first that matches wins",
            self.id
        )];
        for rule in &self.rules {
            let matched = match rule.matches(facts) {
                Ok(m) => m,
                Err(why) => {
                    steps.push(format!("rule {} does not match: {why}", rule.id));
                    continue;
                }
            };
            let how = if matched.is_empty() {
                "catch-all".to_string()
            } else {
                matched.join(", ")
            };
            steps.push(format!("rule {} matches ({how})", rule.id));
            steps.push(format!("until = {}", rule.until));
            let value = expr::eval(&rule.until, facts, &mut steps)?;
            let mut outcome = match value {
                Value::Date(d) => Outcome::Until(d),
                Value::Pending(e) => Outcome::Pending(e),
                Value::Permanent => Outcome::Permanent,
            };
            if let Some(ext) = facts.retain_until_at_least {
                match &outcome {
                    Outcome::Until(d) if ext > *d => {
                        steps.push(format!(
                            "retain_until_at_least {ext} is later than {d}: extended to {ext}"
                        ));
                        outcome = Outcome::Until(ext);
                    }
                    Outcome::Until(d) => steps.push(format!(
                        "retain_until_at_least {ext} is not later than {d}: no change (an extension never shortens)"
                    )),
                    Outcome::Pending(e) => steps.push(format!(
                        "retain_until_at_least {ext}: the result stays pending {e} (the extension applies once the date is known)"
                    )),
                    Outcome::Permanent => steps.push(format!(
                        "retain_until_at_least {ext}: already permanent"
                    )),
                }
            }
            steps.push(format!("result: {outcome}"));
            return Ok(Evaluation {
                outcome,
                rule: rule.id.clone(),
                explanation: steps,
            });
        }
        // Unreachable for a validated schedule (it ends with a catch-all), kept as an error
        // rather than a panic.
        Err(EvalError::NoRuleMatched {
            schedule: self.id.clone(),
        })
    }
}

/// `[a-z0-9]+(-[a-z0-9]+)*`
pub(crate) fn is_kebab(s: &str) -> bool {
    !s.is_empty()
        && s.split('-').all(|part| {
            !part.is_empty()
                && part
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}

#[cfg(test)]
mod tests {
    use super::super::date::parse_date;
    use super::*;

    const GOOD: &str = r#"id = "test"
events = ["adoption_order"]

[[rule]]
id = "police"
folder = ["police-information"]
until = "min(received + 18 months, case_closed)"

[[rule]]
id = "adoption"
record_class = "adoption"
until = "adoption_order + 100 years"

[[rule]]
id = "rest"
until = "youngest_child_birth + 25 years"
"#;

    fn err(text: &str) -> String {
        Schedule::parse("x.toml", text)
            .expect_err("schedule should be rejected")
            .to_string()
    }

    #[test]
    fn parses_a_good_schedule_and_first_match_wins() {
        let s = Schedule::parse("x.toml", GOOD).unwrap();
        assert_eq!(s.id(), "test");
        assert_eq!(s.rules().len(), 3);
        assert_eq!(s.rules()[1].line(), 10);
        let facts = Facts {
            folder: Some("police-information".into()),
            record_class: Some("adoption".into()),
            received: Some(parse_date("2020-01-10").unwrap()),
            ..Facts::default()
        };
        let ev = s.evaluate(&facts).unwrap();
        assert_eq!(ev.rule, "police");
        assert_eq!(
            ev.outcome,
            Outcome::Until(parse_date("2021-07-10").unwrap())
        );
        let other = Facts {
            folder: Some("court-orders".into()),
            ..Facts::default()
        };
        let ev = s.evaluate(&other).unwrap();
        assert_eq!(ev.rule, "rest");
        assert_eq!(ev.outcome, Outcome::Pending("youngest_child_birth".into()));
        assert!(ev.explanation[1].contains("rule police does not match: folder is court-orders"));
        assert!(ev.explanation[2].contains("rule adoption does not match: record_class is unknown"));
        assert!(ev.explanation[3].contains("rule rest matches (catch-all)"));
    }

    #[test]
    fn folder_tables_mark_whole_folders_exempt_from_subject_access() {
        let text = format!(
            "{GOOD}\n[[folder]]\nname = \"legal-advice\"\nsar_exempt = true\nsource = \"000 Appendix 1\"\n\n[[folder]]\nname = \"court-orders\"\n"
        );
        let s = Schedule::parse("x.toml", &text).unwrap();
        let f = s
            .sar_exemption("legal-advice")
            .expect("legal-advice exempt");
        assert_eq!(f.source(), Some("000 Appendix 1"));
        assert!(
            s.sar_exemption("court-orders").is_none(),
            "sar_exempt defaults to false"
        );
        assert!(s.sar_exemption("police-information").is_none());
        assert!(Schedule::parse("x.toml", GOOD)
            .unwrap()
            .folders()
            .is_empty());
        let e = err(&format!(
            "{GOOD}\n[[folder]]\nname = \"legal\"\nsar_exempt = true\n"
        ));
        assert!(
            e.starts_with("x.toml:19:") && e.contains("not a folder"),
            "{e}"
        );
        let e = err(&format!(
            "{GOOD}\n[[folder]]\nname = \"legal-advice\"\n[[folder]]\nname = \"legal-advice\"\n"
        ));
        assert!(e.contains("described twice"), "{e}");
        let e = err(&format!(
            "{GOOD}\n[[folder]]\nname = \"legal-advice\"\nexempt = true\n"
        ));
        assert!(e.contains("exempt"), "{e}");
    }

    #[test]
    fn unknown_record_class_is_an_error_when_the_schedule_uses_classes() {
        let s = Schedule::parse("x.toml", GOOD).unwrap();
        let facts = Facts {
            record_class: Some("adoptoin".into()),
            ..Facts::default()
        };
        let e = s.evaluate(&facts).unwrap_err().to_string();
        assert!(e.contains("adoptoin") && e.contains("adoption"), "{e}");
    }

    #[test]
    fn toml_structure_errors_name_file_and_line() {
        let e = err("id = \"t\"\n\n[[rule]]\nid = \"a\"\nuntil = \"received\"\ncolour = \"red\"\n");
        assert!(e.starts_with("x.toml:6:"), "{e}");
        assert!(e.contains("colour"), "{e}");
        let e = err("id = \"t\"\n[[rule]]\nid = \"a\"\n");
        assert!(
            e.starts_with("x.toml:2:") || e.starts_with("x.toml:3:"),
            "{e}"
        );
        assert!(e.contains("until"), "{e}");
        let e = err("id = \"t\"\n[[rule]]\nid = \"a\"\nfolder = 3\nuntil = \"received\"\n");
        assert!(e.starts_with("x.toml:4:"), "{e}");
        assert!(e.contains("a string or a list of strings"), "{e}");
    }

    #[test]
    fn expression_errors_name_the_line_and_column() {
        let text = "id = \"t\"\n\n[[rule]]\nid = \"a\"\nuntil = \"received + 18 monthz\"\n";
        let e = err(text);
        // the expression starts at column 10 (after the quote); `monthz` is its 15th character
        assert!(e.starts_with("x.toml:5: "), "{e}");
        assert!(e.contains("expected `years`, `months` or `days`"), "{e}");
        assert!(e.contains("column 24"), "{e}");
    }

    #[test]
    fn validation_errors() {
        let e =
            err("id = \"t\"\n[[rule]]\nid = \"a\"\nfolder = \"police\"\nuntil = \"received\"\n");
        assert!(
            e.starts_with("x.toml:4:") && e.contains("police-information"),
            "{e}"
        );
        let e = err("id = \"t\"\n[[rule]]\nid = \"a\"\nstage = \"wtfh\"\nuntil = \"received\"\n");
        assert!(e.contains("WTFH"), "{e}");
        let e = err(
            "id = \"t\"\n[[rule]]\nid = \"a\"\nfolder = \"court-bundle\"\nuntil = \"received\"\n",
        );
        assert!(e.contains("catch-all"), "{e}");
        let e = err("id = \"t\"\n[[rule]]\nid = \"a\"\nuntil = \"received\"\n[[rule]]\nid = \"b\"\nuntil = \"received\"\n");
        assert!(
            e.starts_with("x.toml:6:") && e.contains("never match"),
            "{e}"
        );
        let e = err("id = \"t\"\n[[rule]]\nid = \"a\"\nuntil = \"case_close\"\n");
        assert!(
            e.starts_with("x.toml:4:") && e.contains("unknown event `case_close`"),
            "{e}"
        );
        let e = err("id = \"t\"\n[[rule]]\nid = \"a\"\nfolder = \"court-bundle\"\nuntil = \"received\"\n[[rule]]\nid = \"a\"\nuntil = \"received\"\n");
        assert!(e.contains("already used on line 3"), "{e}");
        let e = err("id = \"t\"\n");
        assert!(e.contains("no rules"), "{e}");
        let e = err("id = \"T t\"\n[[rule]]\nid = \"a\"\nuntil = \"received\"\n");
        assert!(e.starts_with("x.toml:1:"), "{e}");
        let e = err(
            "id = \"t\"\nevents = [\"received\"]\n[[rule]]\nid = \"a\"\nuntil = \"received\"\n",
        );
        assert!(e.starts_with("x.toml:2:") && e.contains("built in"), "{e}");
    }

    #[test]
    fn kebab() {
        assert!(is_kebab("looked-after-child"));
        assert!(is_kebab("cafcass-2020"));
        assert!(!is_kebab("Looked"));
        assert!(!is_kebab("a--b"));
        assert!(!is_kebab("-a"));
        assert!(!is_kebab(""));
    }
}
