//! Cases and children, imported from the legacy case management system's export.
//!
//! The export is the source of truth for case metadata; casevault only mirrors it. A repeated
//! import updates cases in place and reports what changed (a closure, a corrected date of birth,
//! a new child), because those changes move retention dates.

use std::path::Path;

use super::db::{params, DbError, OptionalExtension};
use super::fields::Field;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{now, Catalog, CatalogError};

/// A child who is a subject of the case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Child {
    pub name: String,
    pub dob: Option<NaiveDate>,
    pub died: Option<NaiveDate>,
}

/// A case as the catalog knows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Case {
    pub case_number: String,
    pub case_name: String,
    /// `private` or `public`.
    pub law_type: String,
    /// `WTFH`, `WAFH` or empty.
    pub stage: Option<String>,
    /// `open` or `closed`.
    pub status: String,
    pub closed_on: Option<NaiveDate>,
    pub shielded: bool,
    pub children: Vec<Child>,
    /// Who the CMS export allocates to the case (users, and groups as `group:NAME`), when the
    /// export has the optional `allocated` column; `None` when it has not (allocations are then
    /// left as they are). Kept in the catalog's allocations, not in the case row.
    #[serde(skip)]
    pub allocated: Option<Vec<String>>,
    /// The id of the case's own key-encryption key while it is shielded (or being lifted); never
    /// from the CMS. Kept in the mirrored case record so that a rebuilt catalog knows it
    /// (`catalog::shield`); left out of the record when absent, so unshielded cases' records
    /// read and hash as before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shield_key: Option<String>,
}

/// What one case-list import did to one case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum CaseChange {
    Added(String),
    Updated {
        case_number: String,
        what: Vec<String>,
    },
}

/// What a case-list import did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ImportReport {
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub changes: Vec<CaseChange>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CsvRow {
    case_number: String,
    case_name: String,
    law_type: String,
    #[serde(default)]
    stage: String,
    status: String,
    #[serde(default)]
    closed_on: String,
    #[serde(default)]
    children: String,
    #[serde(default)]
    shielded: String,
    #[serde(default)]
    allocated: String,
}

fn parse_date(s: &str, what: &str) -> Result<Option<NaiveDate>, String> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map(Some)
        .map_err(|_| format!("{what} '{s}' is not a date like 2024-06-30"))
}

/// Parses the optional `allocated` column: user names and `group:NAME`s separated by `;`.
pub fn parse_allocated(s: &str) -> Vec<String> {
    s.split(';')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect()
}

/// Parses the `children` column: `Name:YYYY-MM-DD;Name:YYYY-MM-DD`, with an optional third part
/// `:YYYY-MM-DD` for the date the child died.
pub fn parse_children(s: &str) -> Result<Vec<Child>, String> {
    let mut out = Vec::new();
    for part in s.split(';').map(str::trim).filter(|p| !p.is_empty()) {
        let mut bits = part.split(':');
        let name = bits.next().unwrap_or("").trim().to_string();
        if name.is_empty() {
            return Err(format!("child entry '{part}' has no name"));
        }
        let dob = parse_date(bits.next().unwrap_or(""), "date of birth")?;
        let died = parse_date(bits.next().unwrap_or(""), "date of death")?;
        if bits.next().is_some() {
            return Err(format!(
                "child entry '{part}' has too many parts (name:dob[:died])"
            ));
        }
        out.push(Child { name, dob, died });
    }
    Ok(out)
}

fn validate(row: CsvRow, case_number_re: &regex::Regex) -> Result<Case, String> {
    let case_number = row.case_number.trim().to_uppercase();
    if !case_number_re.is_match(&case_number) {
        return Err(format!(
            "case number '{case_number}' does not match the configured pattern"
        ));
    }
    let law_type = row.law_type.trim().to_lowercase();
    if !matches!(law_type.as_str(), "private" | "public") {
        return Err(format!("law_type '{law_type}' must be private or public"));
    }
    let stage = match row.stage.trim().to_uppercase().as_str() {
        "" => None,
        s @ ("WTFH" | "WAFH") => Some(s.to_string()),
        other => return Err(format!("stage '{other}' must be WTFH, WAFH or empty")),
    };
    let status = row.status.trim().to_lowercase();
    if !matches!(status.as_str(), "open" | "closed") {
        return Err(format!("status '{status}' must be open or closed"));
    }
    let closed_on = parse_date(&row.closed_on, "closed_on")?;
    if status == "closed" && closed_on.is_none() {
        return Err("a closed case needs closed_on".into());
    }
    let shielded = match row.shielded.trim().to_lowercase().as_str() {
        "" | "false" | "no" | "0" => false,
        "true" | "yes" | "1" => true,
        other => return Err(format!("shielded '{other}' must be true or false")),
    };
    let case_name = row.case_name.trim().to_string();
    if case_name.is_empty() {
        return Err("case_name is empty".into());
    }
    Ok(Case {
        case_number,
        case_name,
        law_type,
        stage,
        status,
        closed_on,
        shielded,
        children: parse_children(&row.children)?,
        allocated: None,
        shield_key: None,
    })
}

/// The columns of a case list CSV, in the CMS's order ([`CsvRow`]).
const ALL_COLUMNS: [&str; 9] = [
    "case_number",
    "case_name",
    "law_type",
    "stage",
    "status",
    "closed_on",
    "children",
    "shielded",
    "allocated",
];

/// The columns a case list cannot do without (the others default to empty).
const REQUIRED_COLUMNS: [&str; 4] = ["case_number", "case_name", "law_type", "status"];

/// Reads a case list CSV in the legacy CMS shape.
pub fn read_csv(path: &Path, case_number_re: &regex::Regex) -> Result<Vec<Case>, CatalogError> {
    let text = std::fs::read_to_string(path).map_err(|source| CatalogError::CaseListRead {
        path: path.to_path_buf(),
        source,
    })?;
    let mut rdr = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    // A file that is not a case list (a wrong path, an export without its header line) has no
    // rows in the CMS shape: say which columns are missing instead of importing "0 cases".
    let headers = rdr.headers().map_err(|e| CatalogError::CaseList {
        path: path.to_path_buf(),
        line: 1,
        message: e.to_string(),
    })?;
    let missing: Vec<&str> = REQUIRED_COLUMNS
        .iter()
        .copied()
        .filter(|c| !headers.iter().any(|h| h == *c))
        .collect();
    if !missing.is_empty() {
        return Err(CatalogError::CaseList {
            path: path.to_path_buf(),
            line: 1,
            message: format!(
                "this is not a case list: it has no {} column{}. The first line of a case list names its columns: {} ({} may be left out)",
                missing.join(", "),
                if missing.len() == 1 { "" } else { "s" },
                ALL_COLUMNS.join(", "),
                ALL_COLUMNS
                    .iter()
                    .filter(|c| !REQUIRED_COLUMNS.contains(c))
                    .copied()
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
        });
    }
    let has_allocated = headers.iter().any(|h| h == "allocated");
    let mut cases = Vec::new();
    for (i, rec) in rdr.deserialize::<CsvRow>().enumerate() {
        let line = i + 2;
        let err = |message: String| CatalogError::CaseList {
            path: path.to_path_buf(),
            line,
            message,
        };
        let row = rec.map_err(|e| err(e.to_string()))?;
        let allocated = has_allocated.then(|| parse_allocated(&row.allocated));
        let mut case = validate(row, case_number_re).map_err(err)?;
        case.allocated = allocated;
        cases.push(case);
    }
    Ok(cases)
}

/// One case in the CMS's JSON export. Children are objects rather than the CSV's packed column;
/// `shielded` may be a boolean or the CSV's words.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct JsonCase {
    case_number: String,
    case_name: String,
    law_type: String,
    #[serde(default)]
    stage: Option<String>,
    status: String,
    #[serde(default)]
    closed_on: Option<String>,
    #[serde(default)]
    children: Vec<JsonChild>,
    #[serde(default)]
    shielded: Option<serde_json::Value>,
    /// User names and `group:NAME`s, as a list or the CSV's `;`-separated words.
    #[serde(default)]
    allocated: Option<serde_json::Value>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct JsonChild {
    name: String,
    #[serde(default)]
    dob: Option<String>,
    #[serde(default)]
    died: Option<String>,
}

/// The JSON export is either an array of cases or `{"cases": [...]}` (with other top-level
/// fields such as the export's date ignored).
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum JsonExport {
    List(Vec<serde_json::Value>),
    Wrapped { cases: Vec<serde_json::Value> },
}

/// Reads a case list in the CMS's JSON shape. Errors name the case's position (1-based) and,
/// for malformed JSON, the line and column.
pub fn read_json(path: &Path, case_number_re: &regex::Regex) -> Result<Vec<Case>, CatalogError> {
    let text = std::fs::read_to_string(path).map_err(|source| CatalogError::CaseListRead {
        path: path.to_path_buf(),
        source,
    })?;
    let export: JsonExport = serde_json::from_str(&text).map_err(|e| CatalogError::CaseList {
        path: path.to_path_buf(),
        line: e.line(),
        message: format!(
            "column {}: {e} (expected a list of cases, or {{\"cases\": [...]}})",
            e.column()
        ),
    })?;
    let values = match export {
        JsonExport::List(v) | JsonExport::Wrapped { cases: v } => v,
    };
    let mut cases = Vec::with_capacity(values.len());
    for (i, v) in values.into_iter().enumerate() {
        let err = |message: String| CatalogError::CaseList {
            path: path.to_path_buf(),
            line: 0,
            message: format!("case {} of the export: {message}", i + 1),
        };
        let c: JsonCase = serde_json::from_value(v).map_err(|e| err(e.to_string()))?;
        let mut children = Vec::with_capacity(c.children.len());
        for ch in c.children {
            let name = ch.name.trim().to_string();
            if name.is_empty() {
                return Err(err("a child has no name".into()));
            }
            children.push(Child {
                name,
                dob: parse_date(ch.dob.as_deref().unwrap_or(""), "date of birth").map_err(err)?,
                died: parse_date(ch.died.as_deref().unwrap_or(""), "date of death").map_err(err)?,
            });
        }
        let shielded = match c.shielded {
            None | Some(serde_json::Value::Null) => String::new(),
            Some(serde_json::Value::Bool(b)) => b.to_string(),
            Some(serde_json::Value::String(s)) => s,
            Some(other) => other.to_string(),
        };
        let row = CsvRow {
            case_number: c.case_number,
            case_name: c.case_name,
            law_type: c.law_type,
            stage: c.stage.unwrap_or_default(),
            status: c.status,
            closed_on: c.closed_on.unwrap_or_default(),
            children: String::new(),
            shielded,
            allocated: String::new(),
        };
        let allocated = match c.allocated {
            None | Some(serde_json::Value::Null) => None,
            Some(serde_json::Value::String(s)) => Some(parse_allocated(&s)),
            Some(serde_json::Value::Array(v)) => Some(
                v.iter()
                    .map(|x| x.as_str().map(|s| s.trim().to_string()))
                    .collect::<Option<Vec<_>>>()
                    .ok_or_else(|| err("allocated must be a list of names".into()))?
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .collect(),
            ),
            Some(_) => return Err(err("allocated must be a list of names".into())),
        };
        let mut case = validate(row, case_number_re).map_err(err)?;
        case.children = children;
        case.allocated = allocated;
        cases.push(case);
    }
    Ok(cases)
}

/// Reads a case list, CSV or JSON: by extension (`.json`, `.csv`), else by the first character.
pub fn read_case_list(
    path: &Path,
    case_number_re: &regex::Regex,
) -> Result<Vec<Case>, CatalogError> {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let json = match ext.as_str() {
        "json" => true,
        "csv" => false,
        _ => std::fs::read(path)
            .map(|b| {
                b.iter()
                    .find(|c| !c.is_ascii_whitespace())
                    .is_some_and(|c| *c == b'[' || *c == b'{')
            })
            .unwrap_or(false),
    };
    if json {
        read_json(path, case_number_re)
    } else {
        read_csv(path, case_number_re)
    }
}

impl Catalog {
    /// Imports a case list, adding new cases and updating changed ones; reports what changed.
    pub fn import_cases(&self, cases: &[Case]) -> Result<ImportReport, CatalogError> {
        let mut report = ImportReport::default();
        for case in cases {
            // The catalog reads children back in one order (date of birth, then name); an
            // export that lists them in another order has not changed the case.
            let mut case = case.clone();
            case.children
                .sort_by(|a, b| (a.dob, &a.name, a.died).cmp(&(b.dob, &b.name, b.died)));
            let old = self.case(&case.case_number)?;
            // The CMS knows nothing of the case's key: keep the one the catalog has.
            if let Some(o) = &old {
                case.shield_key.clone_from(&o.shield_key);
            }
            let case = &case;
            match old {
                None => {
                    self.write_case(case)?;
                    report.added += 1;
                    report
                        .changes
                        .push(CaseChange::Added(case.case_number.clone()));
                }
                Some(old) if &old == case => report.unchanged += 1,
                Some(old) => {
                    let what = describe_changes(&old, case);
                    self.write_case(case)?;
                    report.updated += 1;
                    report.changes.push(CaseChange::Updated {
                        case_number: case.case_number.clone(),
                        what,
                    });
                }
            }
        }
        Ok(report)
    }

    fn write_case(&self, c: &Case) -> Result<(), CatalogError> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        tx.execute(
            "INSERT INTO cases (case_number, case_name, law_type, stage, status, closed_on, shielded, updated_at, shield_key)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
             ON CONFLICT(case_number) DO UPDATE SET case_name = excluded.case_name,
               law_type = excluded.law_type, stage = excluded.stage, status = excluded.status,
               closed_on = excluded.closed_on, shielded = excluded.shielded,
               updated_at = excluded.updated_at, shield_key = excluded.shield_key",
            params![
                c.case_number,
                tx.fields().seal(Field::CaseName, &c.case_name)?,
                c.law_type,
                c.stage,
                c.status,
                c.closed_on.map(|d| d.to_string()),
                c.shielded,
                now(),
                c.shield_key
            ],
        )?;
        tx.execute(
            "DELETE FROM children WHERE case_number = ?1",
            params![c.case_number],
        )?;
        for ch in &c.children {
            tx.execute(
                "INSERT INTO children (case_number, name, dob, died) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT(case_number, name) DO UPDATE SET dob = excluded.dob, died = excluded.died",
                params![
                    c.case_number,
                    tx.fields().seal(Field::ChildName, &ch.name)?,
                    tx.fields()
                        .seal_opt(Field::ChildDob, ch.dob.map(|d| d.to_string()).as_deref())?,
                    tx.fields()
                        .seal_opt(Field::ChildDied, ch.died.map(|d| d.to_string()).as_deref())?
                ],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// One case with its children.
    pub fn case(&self, case_number: &str) -> Result<Option<Case>, CatalogError> {
        let conn = self.conn();
        let row = conn
            .query_row(
                "SELECT case_number, case_name, law_type, stage, status, closed_on, shielded,
                   shield_key
                 FROM cases WHERE case_number = ?1",
                params![case_number],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        conn.fields().open(Field::CaseName, r.get(1)?)?,
                        r.get::<_, String>(2)?,
                        r.get::<_, Option<String>>(3)?,
                        r.get::<_, String>(4)?,
                        r.get::<_, Option<String>>(5)?,
                        r.get::<_, bool>(6)?,
                        r.get::<_, Option<String>>(7)?,
                    ))
                },
            )
            .optional()?;
        let Some((
            case_number,
            case_name,
            law_type,
            stage,
            status,
            closed_on,
            shielded,
            shield_key,
        )) = row
        else {
            return Ok(None);
        };
        // Sorted here, not by the query: on PostgreSQL the columns are sealed.
        let f = conn.fields();
        let date = |stored: Option<String>, field| -> Result<Option<NaiveDate>, DbError> {
            Ok(f.open_opt(field, stored)?
                .and_then(|s| NaiveDate::parse_from_str(&s, "%Y-%m-%d").ok()))
        };
        let mut children = conn.query_all(
            "SELECT name, dob, died FROM children WHERE case_number = ?1",
            params![case_number],
            |r| {
                Ok(Child {
                    name: f.open(Field::ChildName, r.get(0)?)?,
                    dob: date(r.get(1)?, Field::ChildDob)?,
                    died: date(r.get(2)?, Field::ChildDied)?,
                })
            },
        )?;
        children.sort_by(|a, b| (a.dob, &a.name, a.died).cmp(&(b.dob, &b.name, b.died)));
        Ok(Some(Case {
            case_number,
            case_name,
            law_type,
            stage,
            status,
            closed_on: closed_on.and_then(|s| NaiveDate::parse_from_str(&s, "%Y-%m-%d").ok()),
            shielded,
            children,
            allocated: None,
            shield_key,
        }))
    }

    /// Closes a case on a date, or reopens it (`closed_on` = `None`).
    pub fn set_case_closed(
        &self,
        case_number: &str,
        closed_on: Option<NaiveDate>,
    ) -> Result<bool, CatalogError> {
        let n = self.conn().execute(
            "UPDATE cases SET status = ?2, closed_on = ?3, updated_at = ?4 WHERE case_number = ?1",
            params![
                case_number,
                if closed_on.is_some() {
                    "closed"
                } else {
                    "open"
                },
                closed_on.map(|d| d.to_string()),
                now()
            ],
        )?;
        Ok(n > 0)
    }

    /// Every case number in the catalog.
    pub fn case_numbers(&self) -> Result<Vec<String>, CatalogError> {
        let conn = self.conn();
        let mut stmt = conn.prepare("SELECT case_number FROM cases ORDER BY case_number")?;
        let rows = stmt
            .query_map([], |r| r.get(0))?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }
}

fn describe_changes(old: &Case, new: &Case) -> Vec<String> {
    let mut what = Vec::new();
    if old.case_name != new.case_name {
        what.push("case name".to_string());
    }
    if old.law_type != new.law_type {
        what.push(format!("law type {} -> {}", old.law_type, new.law_type));
    }
    if old.stage != new.stage {
        what.push("stage".to_string());
    }
    if old.status != new.status || old.closed_on != new.closed_on {
        what.push(format!(
            "status {} -> {}{}",
            old.status,
            new.status,
            new.closed_on
                .map(|d| format!(" (closed {d})"))
                .unwrap_or_default()
        ));
    }
    if old.shielded != new.shielded {
        what.push(format!("shielded -> {}", new.shielded));
    }
    if old.children.len() != new.children.len() {
        what.push(format!(
            "children {} -> {}",
            old.children.len(),
            new.children.len()
        ));
    } else if old.children != new.children {
        what.push("a child's dates".to_string());
    }
    what
}

#[cfg(test)]
mod tests {
    use super::*;

    fn re() -> regex::Regex {
        regex::Regex::new("^[A-Z]{2}[0-9]{2}[A-Z][0-9]{5}$").unwrap()
    }

    fn sample(name: &str) -> std::path::PathBuf {
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("test-data")
            .join(name)
    }

    #[test]
    fn a_file_without_the_case_list_columns_names_the_missing_ones() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("hostname");
        std::fs::write(&p, "build-host\n").unwrap();
        let e = read_case_list(&p, &re()).unwrap_err().to_string();
        assert!(
            e.contains("no case_number, case_name, law_type, status columns"),
            "{e}"
        );
        std::fs::write(&p, "case_number,case_name,law_type,stage\n").unwrap();
        let e = read_case_list(&p, &re()).unwrap_err().to_string();
        assert!(e.contains("no status column."), "{e}");
    }

    #[test]
    fn the_column_lists_are_the_rows_fields() {
        // Every listed column is a field of a row, and the required ones are enough.
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("cases.csv");
        std::fs::write(
            &p,
            format!(
                "{}\nLS24P01234,Hughes v Patel,private,,open,,,false,\n",
                ALL_COLUMNS.join(",")
            ),
        )
        .unwrap();
        assert_eq!(read_csv(&p, &re()).unwrap().len(), 1);
        std::fs::write(
            &p,
            format!(
                "{}\nLS24P01234,Hughes v Patel,private,open\n",
                REQUIRED_COLUMNS.join(",")
            ),
        )
        .unwrap();
        assert_eq!(read_csv(&p, &re()).unwrap().len(), 1);
    }

    #[test]
    fn json_export_reads_as_the_csv_export() {
        let from_csv = read_case_list(&sample("cases.csv"), &re()).unwrap();
        let from_json = read_case_list(&sample("cms/cases.json"), &re()).unwrap();
        assert_eq!(from_csv.len(), 7);
        assert_eq!(from_json, from_csv);
    }

    #[test]
    fn json_reimport_reports_closure_dob_new_child_and_shielding() {
        crate::catalog::each_engine(|cat| {
            cat.import_cases(&read_json(&sample("cms/cases.json"), &re()).unwrap())
                .unwrap();
            let r = cat
                .import_cases(&read_json(&sample("cms/cases-update.json"), &re()).unwrap())
                .unwrap();
            assert_eq!((r.added, r.updated, r.unchanged), (0, 4, 3));
            let what = |n: &str| {
                r.changes
                    .iter()
                    .find_map(|c| match c {
                        CaseChange::Updated { case_number, what } if case_number == n => {
                            Some(what.join("; "))
                        }
                        _ => None,
                    })
                    .unwrap_or_default()
            };
            assert!(what("LS24P01234").contains("closed 2026-10-30"), "{r:?}");
            assert_eq!(
                what("MK23C00456"),
                "status open -> closed (closed 2026-10-30); a child's dates"
            );
            assert_eq!(what("CF22P00789"), "children 1 -> 2");
            assert_eq!(what("NW24C00333"), "shielded -> true");
            let evans = cat.case("MK23C00456").unwrap().unwrap();
            assert_eq!(evans.children[0].dob, NaiveDate::from_ymd_opt(2012, 3, 1));
        });
    }

    #[test]
    fn bad_json_names_where() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("cases.json");
        std::fs::write(&p, "[\n  {\"case_number\": \"LS24P01234\",\n  }\n]").unwrap();
        let e = read_case_list(&p, &re()).unwrap_err().to_string();
        assert!(e.contains("line 3"), "{e}");
        std::fs::write(
            &p,
            r#"{"cases": [{"case_number": "LS24P01234", "case_name": "A v B", "law_type": "private", "status": "open", "children": [{"name": "X", "dob": "2015-02-30"}]}]}"#,
        )
        .unwrap();
        let e = read_case_list(&p, &re()).unwrap_err().to_string();
        assert!(
            e.contains("case 1 of the export") && e.contains("2015-02-30"),
            "{e}"
        );
    }

    #[test]
    fn children_parse_with_optional_death() {
        let c = parse_children("Amelia Hughes:2015-03-14; Noah:2018-11-02:2020-01-01").unwrap();
        assert_eq!(c.len(), 2);
        assert_eq!(c[1].died, NaiveDate::from_ymd_opt(2020, 1, 1));
        assert!(parse_children("Bad:2015-13-01").is_err());
        assert!(parse_children(":2015-01-01").is_err());
    }

    #[test]
    fn import_then_reimport_reports_changes() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("cases.csv");
        crate::catalog::each_engine(|cat| {
            std::fs::write(
                &p,
                "case_number,case_name,law_type,stage,status,closed_on,children,shielded\n\
                 LS24P01234,Hughes v Patel,private,WAFH,open,,Amelia Hughes:2015-03-14,false\n",
            )
            .unwrap();
            let r = cat.import_cases(&read_csv(&p, &re()).unwrap()).unwrap();
            assert_eq!((r.added, r.updated, r.unchanged), (1, 0, 0));
            let r = cat.import_cases(&read_csv(&p, &re()).unwrap()).unwrap();
            assert_eq!((r.added, r.updated, r.unchanged), (0, 0, 1));
            std::fs::write(
            &p,
            "case_number,case_name,law_type,stage,status,closed_on,children,shielded\n\
             LS24P01234,Hughes v Patel,private,WAFH,closed,2025-01-31,Amelia Hughes:2015-03-14;Noah Hughes:2018-11-02,false\n",
        )
        .unwrap();
            let r = cat.import_cases(&read_csv(&p, &re()).unwrap()).unwrap();
            assert_eq!(r.updated, 1);
            match &r.changes[0] {
                CaseChange::Updated { what, .. } => {
                    assert!(
                        what.iter().any(|w| w.contains("closed 2025-01-31")),
                        "{what:?}"
                    );
                    assert!(
                        what.iter().any(|w| w.contains("children 1 -> 2")),
                        "{what:?}"
                    );
                }
                other => panic!("unexpected {other:?}"),
            }
            let c = cat.case("LS24P01234").unwrap().unwrap();
            assert_eq!(c.children.len(), 2);
            assert_eq!(c.closed_on, NaiveDate::from_ymd_opt(2025, 1, 31));
        });
    }

    /// Regression: an export listing children youngest first is read back oldest first; the
    /// same export imported again must not count as a change (no false contact-log entry, no
    /// needless recomputation of retention dates).
    #[test]
    fn children_listed_out_of_order_are_not_a_change() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("cases.csv");
        std::fs::write(
            &p,
            "case_number,case_name,law_type,stage,status,closed_on,children,shielded\n\
             LS24P01234,Hughes v Patel,private,WAFH,open,,Noah Hughes:2018-11-02;Amelia Hughes:2015-03-14,false\n",
        )
        .unwrap();
        crate::catalog::each_engine(|cat| {
            let r = cat.import_cases(&read_csv(&p, &re()).unwrap()).unwrap();
            assert_eq!((r.added, r.updated, r.unchanged), (1, 0, 0));
            let r = cat.import_cases(&read_csv(&p, &re()).unwrap()).unwrap();
            assert_eq!(
                (r.added, r.updated, r.unchanged),
                (0, 0, 1),
                "{:?}",
                r.changes
            );
        });
    }

    #[test]
    fn bad_rows_name_the_line() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("cases.csv");
        std::fs::write(
            &p,
            "case_number,case_name,law_type,stage,status,closed_on,children,shielded\n\
             LS24P01234,Hughes v Patel,private,WAFH,open,,,false\n\
             LS24P0123,Short,private,,open,,,false\n",
        )
        .unwrap();
        let e = read_csv(&p, &re()).unwrap_err().to_string();
        assert!(e.contains("line 3") && e.contains("LS24P0123"), "{e}");
    }
}
