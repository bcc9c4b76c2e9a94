//! The document that flows through a pipeline, and the business words it is described in.
//!
//! An [`Arrival`] is created by a source when a file has arrived (read once, hashed once); the
//! stages decide the rest (the OCR stage adds pages and a PDF, identification the case, routing
//! the folder, naming the canonical name, retention the date) and the sink receives a
//! [`FiledDocument`]. Every document ends in
//! exactly one [`Disposition`]: stored, a duplicate of a stored one, or quarantined with a reason.

use std::fmt;
use std::path::PathBuf;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// A case number such as `LS24P01234` (two letters, two digits, one letter, five digits by
/// default; the pattern is configurable). Always upper case.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CaseNumber(pub String);

impl fmt::Display for CaseNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The thirteen folders of a case file (Cafcass policy 000, Appendix 1; 002 §3.7).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Folder {
    CaseInformation,
    Correspondence,
    CasePlan,
    RiskAndSafety,
    ReportingToCourt,
    DirectWork,
    CourtOrders,
    CourtPapers,
    ExpertsAndAgency,
    LegalAdvice,
    FurtherInformation,
    CourtBundle,
    PoliceInformation,
}

impl Folder {
    /// Every folder, in the order of the policy's appendix.
    pub const ALL: [Folder; 13] = [
        Folder::CaseInformation,
        Folder::Correspondence,
        Folder::CasePlan,
        Folder::RiskAndSafety,
        Folder::ReportingToCourt,
        Folder::DirectWork,
        Folder::CourtOrders,
        Folder::CourtPapers,
        Folder::ExpertsAndAgency,
        Folder::LegalAdvice,
        Folder::FurtherInformation,
        Folder::CourtBundle,
        Folder::PoliceInformation,
    ];

    /// The folder's name as written in pipelines, schedules and the catalog.
    pub const fn as_str(self) -> &'static str {
        match self {
            Folder::CaseInformation => "case-information",
            Folder::Correspondence => "correspondence",
            Folder::CasePlan => "case-plan",
            Folder::RiskAndSafety => "risk-and-safety",
            Folder::ReportingToCourt => "reporting-to-court",
            Folder::DirectWork => "direct-work",
            Folder::CourtOrders => "court-orders",
            Folder::CourtPapers => "court-papers",
            Folder::ExpertsAndAgency => "experts-and-agency",
            Folder::LegalAdvice => "legal-advice",
            Folder::FurtherInformation => "further-information",
            Folder::CourtBundle => "court-bundle",
            Folder::PoliceInformation => "police-information",
        }
    }

    /// Parses a folder name as written by [`Folder::as_str`].
    pub fn parse(s: &str) -> Option<Folder> {
        Folder::ALL.into_iter().find(|f| f.as_str() == s)
    }
}

impl fmt::Display for Folder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why a document could not be filed. Each reason is a sub-folder of the quarantine folder, and
/// each has a sentence a business services officer understands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum QuarantineReason {
    Empty,
    Corrupt,
    Unsupported,
    TooLarge,
    Illegible,
    NoCaseNumber,
    UnknownCase,
    AmbiguousCase,
    NameMismatch,
    NeedsReview,
    /// An office document where LibreOffice is not installed (or the conversion failed).
    NeedsConversion,
    /// A file that was being read each time the process died (`crash_limit` times): never
    /// opened again, so that a restart does not crash on it again.
    Crashed,
}

impl QuarantineReason {
    /// The reason's code: the quarantine sub-folder and the `reason` field of `--json` output.
    pub fn code(self) -> &'static str {
        match self {
            QuarantineReason::Empty => "empty",
            QuarantineReason::Corrupt => "corrupt",
            QuarantineReason::Unsupported => "unsupported",
            QuarantineReason::TooLarge => "too-large",
            QuarantineReason::Illegible => "illegible",
            QuarantineReason::NoCaseNumber => "no-case-number",
            QuarantineReason::UnknownCase => "unknown-case",
            QuarantineReason::AmbiguousCase => "ambiguous-case",
            QuarantineReason::NameMismatch => "name-mismatch",
            QuarantineReason::NeedsReview => "needs-review",
            QuarantineReason::NeedsConversion => "needs-conversion",
            QuarantineReason::Crashed => "crashed",
        }
    }

    /// Every reason there is.
    pub const ALL: [QuarantineReason; 12] = [
        QuarantineReason::Empty,
        QuarantineReason::Corrupt,
        QuarantineReason::Unsupported,
        QuarantineReason::TooLarge,
        QuarantineReason::Illegible,
        QuarantineReason::NoCaseNumber,
        QuarantineReason::UnknownCase,
        QuarantineReason::AmbiguousCase,
        QuarantineReason::NameMismatch,
        QuarantineReason::NeedsReview,
        QuarantineReason::NeedsConversion,
        QuarantineReason::Crashed,
    ];

    /// The reason a code names (as the catalog and a quarantine note keep it), so that what
    /// happens next is decided on the reason, not on its spelling.
    pub fn from_code(code: &str) -> Option<QuarantineReason> {
        QuarantineReason::ALL.into_iter().find(|r| r.code() == code)
    }

    /// What to do about it, in plain words.
    pub fn advice(self) -> &'static str {
        match self {
            QuarantineReason::Empty => "The file is empty. Scan the document again.",
            QuarantineReason::Corrupt => {
                "The file is damaged or not what its name says. Scan the document again."
            }
            QuarantineReason::Unsupported => {
                "casevault cannot read this kind of file yet. Save it as PDF, TIFF, PNG or JPEG."
            }
            QuarantineReason::TooLarge => {
                "The file is larger than the configured limit. Split it and scan again."
            }
            QuarantineReason::Illegible => {
                "At least one page cannot be read. Rescan the pages named; keep the paper original."
            }
            QuarantineReason::NoCaseNumber => {
                "No case number was found in the file name or on the pages. Rename the file \
                 '{case name} - {case number} - {document name}' and retry."
            }
            QuarantineReason::UnknownCase => {
                "The case number is not in the case list. Check the number or import the case."
            }
            QuarantineReason::AmbiguousCase => {
                "More than one case number was found. Rename the file with the right case number."
            }
            QuarantineReason::NameMismatch => {
                "The file name's case name is not the case list's name for that number. \
                 Check which case this belongs to and rename it."
            }
            QuarantineReason::NeedsReview => {
                "No routing rule was sure which folder this belongs in. File it by hand or \
                 rename it with a document name a rule knows."
            }
            QuarantineReason::NeedsConversion => {
                "This office document could not be converted to PDF here (LibreOffice is not \
                 installed, or the conversion failed). Save it as PDF and retry."
            }
            QuarantineReason::Crashed => {
                "casevault stopped each time it read this file (it ran out of memory, or a \
                 decoder failed). Keep it here and tell the information security lead; to try \
                 again, move it back into the inbox."
            }
        }
    }
}

impl fmt::Display for QuarantineReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A quarantine decision: the reason code plus the details (which page, which number).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quarantined {
    pub reason: QuarantineReason,
    /// What exactly was wrong, e.g. "page 2: mean word confidence 31 below 60".
    pub detail: String,
    /// 1-based page numbers, for illegible pages.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pages: Vec<u32>,
    /// What the legibility gate measured on every page, when it got that far.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<PageLegibility>,
}

impl Quarantined {
    pub fn new(reason: QuarantineReason, detail: impl Into<String>) -> Self {
        Quarantined {
            reason,
            detail: detail.into(),
            pages: Vec::new(),
            figures: Vec::new(),
        }
    }

    /// A file of `size` bytes over the configured limit of `limit` bytes (`max_file_mib`).
    pub fn too_large(size: u64, limit: u64) -> Self {
        Quarantined::new(
            QuarantineReason::TooLarge,
            format!(
                "{} MiB is more than the configured limit of {} MiB",
                size / (1024 * 1024),
                limit / (1024 * 1024)
            ),
        )
    }
}

/// What the legibility gate measured on one page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PageLegibility {
    pub page: u32,
    pub words: u32,
    pub mean_confidence: f32,
    pub blank: bool,
    pub timed_out: bool,
    pub millis: u64,
}

/// A file that has arrived from a source, read once.
#[derive(Debug, Clone)]
pub struct Arrival {
    /// Where the original is (inbox path). Released only after the sink acknowledges.
    pub path: PathBuf,
    /// The file name as it arrived (kept in the catalog as `original_name`).
    pub original_name: String,
    pub sha256: String,
    pub size: u64,
    pub received_at: DateTime<Utc>,
    /// The pipeline that took it in.
    pub pipeline: String,
    /// What the source already knows (a legacy drive's folder names the case and the folder).
    pub hint: Option<std::sync::Arc<Hint>>,
    /// Which file was read at `path` (device, inode, size, last change), so that the original
    /// is released or quarantined only if `path` still holds that file: a scanner that reuses
    /// a name while the first file is in flight must not lose the second. `None`: not checked.
    pub identity: Option<FileIdentity>,
}

/// What tells one file at a path from another put there later: a rename over it gives a new
/// inode, a rewrite in place a new size or time of last change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileIdentity {
    pub dev: u64,
    pub ino: u64,
    pub size: u64,
    pub mtime_ns: i128,
}

impl FileIdentity {
    /// The identity of the file `meta` describes.
    pub fn of(meta: &std::fs::Metadata) -> FileIdentity {
        use std::os::unix::fs::MetadataExt as _;
        FileIdentity {
            dev: meta.dev(),
            ino: meta.ino(),
            size: meta.len(),
            mtime_ns: i128::from(meta.mtime()) * 1_000_000_000 + i128::from(meta.mtime_nsec()),
        }
    }

    /// Whether `path` still holds this file (false if it is gone or cannot be read).
    pub fn still_at(&self, path: &std::path::Path) -> bool {
        std::fs::symlink_metadata(path).is_ok_and(|m| FileIdentity::of(&m) == *self)
    }
}

/// Decisions a source makes for its documents: a legacy shared drive's folder names the case
/// and the case-file folder, so identification and routing take them instead of guessing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Hint {
    pub case_number: Option<CaseNumber>,
    pub folder: Option<Folder>,
    /// Why (e.g. `mapping: "Police" -> police-information`), recorded as the routing rule.
    pub why: String,
}

/// What the catalog keeps of a filed e-mail so that later messages of its thread can be matched
/// to it (policy 001 §4.7): identifiers and fingerprints, never its text.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct MailRecord {
    pub message_id: String,
    /// Message-IDs the e-mail names (In-Reply-To and References).
    pub names: Vec<String>,
    /// Body fingerprints ([`crate::mail::shingles`]).
    pub shingles: Vec<u64>,
}

/// One labelled document for the routing model (`stages::classify`): what the classifier sees,
/// and what a person said it is. Here, beside the other records, because the catalog keeps
/// people's examples.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RouteExample {
    #[serde(default)]
    pub id: String,
    /// A kind id, a person's own kind (`person:<folder>:<document name>`), or `None` for a
    /// document no person could place.
    pub kind: Option<String>,
    #[serde(default)]
    pub language: String,
    #[serde(default)]
    pub part: String,
    #[serde(default)]
    pub source: String,
    #[serde(default)]
    pub file_name: String,
    #[serde(default)]
    pub sender: String,
    #[serde(default)]
    pub subject: String,
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub record_class: Option<String>,
    #[serde(default)]
    pub recipe: String,
}

/// A document ready to be sealed and stored: every decision made, the PDF written.
#[derive(Debug, Clone)]
pub struct FiledDocument {
    pub arrival: Arrival,
    /// The document's own file name (an attachment's; else the arrival's).
    pub source_name: String,
    /// SHA-256 of the document's own bytes (an attachment's; else the arrival's).
    pub source_sha256: String,
    /// How it became a PDF: scan, picture, born-digital, office, email.
    pub kind: String,
    /// For an attachment: the SHA-256 of the e-mail it came with, and its position there.
    pub attached_to: Option<(String, u32)>,
    /// For an e-mail: what later messages of its thread are matched against.
    pub mail: Option<MailRecord>,
    /// Notes for the contact log when the document is filed (an e-mail without a readable
    /// sender, say). No personal data: they are written as they are.
    pub notes: Vec<String>,
    pub case_number: CaseNumber,
    pub case_name: String,
    pub folder: Folder,
    /// The canonical name, `{case name} - {case number} - {document name}.pdf`.
    pub name: String,
    pub routing_rule: String,
    /// The record class routing found (schedules that need one wait without it).
    pub record_class: Option<String>,
    /// A person's decision this document was filed by: who, and the routing example kept of it
    /// once the document is stored.
    pub decided: Option<(String, RouteExample)>,
    pub retention: RetentionLabel,
    pub pages: Vec<PageLegibility>,
    /// The document's text (OCR, text layer or e-mail body), for the catalog's search index.
    pub text: String,
    /// The searchable PDF (what is sealed): in memory, or an original on disk with the text
    /// layer appended (`crate::content`).
    pub pdf: crate::content::PdfBody,
}

/// A document's retention as computed by a schedule.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RetentionLabel {
    pub schedule: String,
    pub rule: String,
    /// The date from which the document may be destroyed; `None` when pending or permanent.
    pub until: Option<NaiveDate>,
    /// The event the rule waits for, when pending.
    pub pending: Option<String>,
    pub permanent: bool,
}

impl RetentionLabel {
    /// The label as one short text: a date, `pending: EVENT` or `permanent`.
    pub fn display(&self) -> String {
        match (&self.until, &self.pending, self.permanent) {
            (Some(d), _, _) => d.to_string(),
            (None, Some(ev), _) => format!("pending: {ev}"),
            (None, None, true) => "permanent".to_string(),
            _ => "unknown".to_string(),
        }
    }
}

/// How a document ended.
#[derive(Debug, Clone)]
pub enum Disposition {
    Stored {
        doc_id: String,
        case_number: CaseNumber,
        folder: Folder,
        name: String,
        retention: String,
        pages: Vec<PageLegibility>,
    },
    Duplicate {
        of_doc_id: String,
    },
    /// An e-mail whose whole text is quoted in a later message of its thread that is already
    /// filed (policy 001 §4.7): recorded, not filed twice.
    Superseded {
        by_doc_id: String,
    },
    Quarantined(Quarantined),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_put_in_the_place_of_another_is_told_apart() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("scan.pdf");
        std::fs::write(&p, b"first scan").unwrap();
        let first = FileIdentity::of(&std::fs::metadata(&p).unwrap());
        assert!(first.still_at(&p));
        // A scanner that writes a new file and renames it over the name.
        let tmp = dir.path().join("scan.pdf.tmp");
        std::fs::write(&tmp, b"first scan").unwrap();
        std::fs::rename(&tmp, &p).unwrap();
        assert!(!first.still_at(&p), "a new inode under the same name");
        // One that rewrites the file in place, longer.
        let second = FileIdentity::of(&std::fs::metadata(&p).unwrap());
        std::fs::write(&p, b"second scan, another page").unwrap();
        assert!(!second.still_at(&p), "rewritten in place");
        std::fs::remove_file(&p).unwrap();
        assert!(!second.still_at(&p), "gone");
    }

    #[test]
    fn quarantine_reasons_round_trip_through_their_codes() {
        for r in QuarantineReason::ALL {
            assert_eq!(QuarantineReason::from_code(r.code()), Some(r));
            let json = serde_json::to_string(&r).unwrap();
            assert_eq!(json, format!("\"{}\"", r.code()));
        }
        assert_eq!(QuarantineReason::from_code("Corrupt"), None);
    }

    #[test]
    fn folder_names_round_trip_and_there_are_thirteen() {
        let mut names: Vec<&str> = Folder::ALL.iter().map(|f| f.as_str()).collect();
        for f in Folder::ALL {
            assert_eq!(Folder::parse(f.as_str()), Some(f));
            let json = serde_json::to_string(&f).unwrap();
            assert_eq!(json, format!("\"{}\"", f.as_str()));
        }
        names.sort();
        names.dedup();
        assert_eq!(names.len(), 13);
        assert_eq!(Folder::parse("inbox"), None);
    }

    #[test]
    fn retention_label_display() {
        let mut l = RetentionLabel {
            schedule: "cafcass-2020".into(),
            rule: "r".into(),
            until: NaiveDate::from_ymd_opt(2043, 11, 2),
            pending: None,
            permanent: false,
        };
        assert_eq!(l.display(), "2043-11-02");
        l.until = None;
        l.pending = Some("case_closed".into());
        assert_eq!(l.display(), "pending: case_closed");
    }
}
