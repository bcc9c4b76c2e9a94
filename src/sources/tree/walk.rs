//! Walking a legacy drive: every regular file, in order, and a report line for each entry that
//! is not one (as ripgrep's walker: one unreadable entry is a line, never the end of the walk).

use std::path::{Path, PathBuf};

use chrono::Utc;

use crate::pipeline::{Outcome, ReportRow};
use crate::sources::scan_folder::walk_error;

/// One file found by the walk.
pub(super) struct Found {
    pub(super) path: PathBuf,
    pub(super) rel: String,
    pub(super) size: u64,
    /// When the drive last saved it: the best evidence a legacy drive keeps of when a document
    /// was received, so retention counts from then, not from the day of the import (which
    /// would keep it years too long). A time in the future is not trusted.
    pub(super) saved: Option<chrono::DateTime<Utc>>,
}

/// Walks the tree: regular files (sorted), plus a report line for each entry that cannot be
/// read, is not a regular file, is hidden (`.`-names: a system's own files, such as `.DS_Store`
/// or `.Trash`) or is a link that leads out of the tree. Links within
/// the tree are followed (a drive's shortcuts); a link out of it is not, so a drive cannot make
/// the import read a file elsewhere on the machine.
pub(super) fn walk(root: &Path) -> (Vec<Found>, Vec<ReportRow>) {
    let mut files = Vec::new();
    let mut rows = Vec::new();
    let rel = |p: &Path| {
        p.strip_prefix(root)
            .unwrap_or(p)
            .to_string_lossy()
            .into_owned()
    };
    let canonical_root = std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    let skipped = |p: &Path, why: &str| ReportRow {
        detail: why.into(),
        ..ReportRow::new(rel(p), Outcome::Skipped)
    };
    let mut entries = walkdir::WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter();
    while let Some(entry) = entries.next() {
        let e = match entry {
            Ok(e) => e,
            Err(err) => {
                rows.push(ReportRow {
                    detail: walk_error(&err),
                    ..ReportRow::new(err.path().map(rel).unwrap_or_default(), Outcome::Unreadable)
                });
                continue;
            }
        };
        if e.depth() > 0 {
            let leave = if e.file_name().to_string_lossy().starts_with('.') {
                Some("hidden (a system's or a program's own file); not a case record")
            } else if e.path_is_symlink()
                && !std::fs::canonicalize(e.path())
                    .map(|t| t.starts_with(&canonical_root))
                    .unwrap_or(false)
            {
                Some("a link to somewhere outside the drive; not followed")
            } else {
                None
            };
            if let Some(why) = leave {
                rows.push(skipped(e.path(), why));
                if e.file_type().is_dir() {
                    entries.skip_current_dir();
                }
                continue;
            }
        }
        if e.file_type().is_dir() {
            continue;
        }
        if !e.file_type().is_file() {
            rows.push(skipped(
                e.path(),
                "not a regular file (a device, pipe or socket)",
            ));
            continue;
        }
        match e.metadata() {
            Ok(m) => files.push(Found {
                path: e.path().to_path_buf(),
                rel: rel(e.path()),
                size: m.len(),
                saved: saved_time(&m),
            }),
            Err(err) => rows.push(ReportRow {
                detail: walk_error(&err),
                ..ReportRow::new(rel(e.path()), Outcome::Unreadable)
            }),
        }
    }
    (files, rows)
}

/// When a file was last saved, if that is not in the future (see [`Found::saved`]).
pub(super) fn saved_time(m: &std::fs::Metadata) -> Option<chrono::DateTime<Utc>> {
    m.modified()
        .ok()
        .map(chrono::DateTime::<Utc>::from)
        .filter(|t| *t <= Utc::now())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walk_reports_what_it_cannot_read_and_goes_on() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("A/B")).unwrap();
        std::fs::write(root.join("A/B/one.pdf"), b"x").unwrap();
        std::fs::write(root.join("A/.hidden"), b"x").unwrap();
        std::os::unix::fs::symlink(root.join("nowhere"), root.join("A/dangling.pdf")).unwrap();
        std::fs::write(root.join("Z.pdf"), b"y").unwrap();
        // A folder link that loops back up, and links out of the drive.
        std::os::unix::fs::symlink(root.join("A"), root.join("A/B/loop")).unwrap();
        let outside = tempfile::tempdir().unwrap();
        std::fs::write(outside.path().join("secret.pdf"), b"s").unwrap();
        std::os::unix::fs::symlink(outside.path(), root.join("A/elsewhere")).unwrap();
        std::os::unix::fs::symlink(
            outside.path().join("secret.pdf"),
            root.join("A/secret-link.pdf"),
        )
        .unwrap();
        // A link within the drive is followed.
        std::os::unix::fs::symlink(root.join("Z.pdf"), root.join("A/shortcut.pdf")).unwrap();
        let (files, rows) = walk(root);
        let names: Vec<&str> = files.iter().map(|f| f.rel.as_str()).collect();
        assert_eq!(names, ["A/B/one.pdf", "A/shortcut.pdf", "Z.pdf"]);
        let row = |p: &str| {
            rows.iter()
                .find(|r| r.input == p)
                .unwrap_or_else(|| panic!("no row for {p}: {rows:?}"))
        };
        assert_eq!(rows.len(), 5, "{rows:?}");
        assert_eq!(row("A/dangling.pdf").outcome, Outcome::Unreadable);
        assert_eq!(row("A/B/loop").outcome, Outcome::Unreadable);
        assert!(row("A/B/loop").detail.contains("loops"), "{rows:?}");
        assert_eq!(row("A/.hidden").outcome, Outcome::Skipped);
        assert!(row("A/.hidden").detail.contains("hidden"));
        for p in ["A/elsewhere", "A/secret-link.pdf"] {
            assert_eq!(row(p).outcome, Outcome::Skipped);
            assert!(row(p).detail.contains("outside the drive"), "{rows:?}");
        }
        // No reason repeats a path (they may reach a log).
        assert!(rows
            .iter()
            .all(|r| !r.detail.contains(root.to_str().unwrap())));
    }
}
