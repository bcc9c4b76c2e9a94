//! An import's CSV report: one line per file (and per e-mail attachment), what happened to it
//! or, in a dry run, what would, and why. Read in a spreadsheet by the records manager who
//! answers for the import, so a cell that a spreadsheet would run as a formula is escaped.

use std::path::{Path, PathBuf};

use chrono::Utc;
use serde::Serialize;

use super::ImportError;
use crate::pipeline::ReportRow;

/// The CSV's columns, in order.
#[derive(Serialize)]
struct Line<'a> {
    /// Relative to the tree's root; `FILE / ATTACHMENT` for an e-mail's attachments.
    path: String,
    /// stored, duplicate, already-filed, superseded, quarantined, already-quarantined,
    /// unreadable, skipped, retry-later; in a dry run would-store, would-quarantine, ...
    outcome: &'static str,
    case_number: &'a str,
    folder: &'a str,
    name: String,
    retain_until: &'a str,
    reason: &'a str,
    detail: String,
    doc_id: &'a str,
}

/// A cell a spreadsheet would take for a formula (`=`, `+`, `-`, `@`, a tab or a carriage
/// return first) is written with a leading apostrophe, as OWASP advises for CSV exports: a file
/// named `=HYPERLINK(...)` on the drive must not run when the report is opened.
fn cell(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// Writes the report (its folder is made if need be).
pub(super) fn write(path: &Path, rows: &[ReportRow], dry_run: bool) -> Result<(), ImportError> {
    let err = |source| ImportError::Report {
        path: path.to_path_buf(),
        source,
    };
    // Names of children's documents and case numbers: the report is its user's alone.
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        crate::private_fs::create_private_dir_all(parent).map_err(err)?;
    }
    let mut w =
        csv::Writer::from_writer(crate::private_fs::create_private_file(path).map_err(err)?);
    for r in rows {
        w.serialize(Line {
            path: cell(&r.input),
            outcome: r.outcome.csv_word(dry_run),
            case_number: &r.case_number,
            folder: &r.folder,
            name: cell(&r.name),
            retain_until: &r.retention,
            reason: &r.reason,
            detail: cell(&r.detail),
            doc_id: &r.doc_id,
        })
        .map_err(|e| err(std::io::Error::other(e)))?;
    }
    w.flush().map_err(err)?;
    Ok(())
}

/// The default report path: `{home}/reports/import-tree-<time>[-dry-run].csv`.
pub fn default_report(home: &Path, dry_run: bool) -> PathBuf {
    home.join("reports").join(format!(
        "import-tree-{}{}.csv",
        Utc::now().format("%Y%m%dT%H%M%SZ"),
        if dry_run { "-dry-run" } else { "" }
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::Outcome;

    #[test]
    fn a_formula_in_a_file_name_is_written_as_text() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("r.csv");
        let rows = vec![
            ReportRow::new("Jones/=HYPERLINK(\"x\").pdf".into(), Outcome::Stored),
            ReportRow::new("=cmd|' /C calc'!A0".into(), Outcome::Quarantined),
        ];
        write(&p, &rows, true).unwrap();
        let text = std::fs::read_to_string(&p).unwrap();
        assert!(
            text.contains("would-store") && text.contains("would-quarantine"),
            "{text}"
        );
        assert!(text.contains("'=cmd"), "{text}");
        assert!(!text.lines().any(|l| l.starts_with('=')), "{text}");
        // A path inside a folder is not a formula.
        assert!(text.contains("Jones/=HYPERLINK"), "{text}");
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(&p).unwrap().permissions().mode();
        assert_eq!(
            mode & 0o077,
            0,
            "the report is readable by others: {mode:o}"
        );
    }
}
