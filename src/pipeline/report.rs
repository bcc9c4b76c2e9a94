//! How each arrival ended, as a line of a run's report, and what a run did in all.
//!
//! One type for every source: a scanning station's run prints these lines, an import writes
//! them as its CSV report, the upload source answers its clients from them and the IMAP source
//! moves messages by them. What happens next is decided on [`Outcome`], a type, so that a
//! misspelt word cannot quietly match nothing.

use std::path::PathBuf;

/// How one document ended (or, in a dry run, would end).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Stored,
    /// The same bytes are already filed, by this run or (from a watched folder) by any.
    Duplicate,
    /// An import carried on after an interruption: filed by an earlier run of it.
    AlreadyFiled,
    Superseded,
    Quarantined,
    /// An import carried on: the same bytes wait in quarantine from an earlier run.
    AlreadyQuarantined,
    RetryLater,
    /// An entry that cannot be read (permissions, a broken link, a loop).
    Unreadable,
    /// An entry that is not a case record (a system's hidden file, a device, a link out).
    Skipped,
}

impl Outcome {
    /// The word a run's report prints.
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Stored => "stored",
            Outcome::Duplicate => "duplicate",
            Outcome::AlreadyFiled => "already filed",
            Outcome::Superseded => "superseded",
            Outcome::Quarantined => "quarantined",
            Outcome::AlreadyQuarantined => "already quarantined",
            Outcome::RetryLater => "retry later",
            Outcome::Unreadable => "unreadable",
            Outcome::Skipped => "skipped",
        }
    }

    /// The word an import's CSV report writes (one token, as spreadsheets filter on), and in a
    /// dry run what would happen.
    pub fn csv_word(self, dry_run: bool) -> &'static str {
        match (self, dry_run) {
            (Outcome::Stored, true) => "would-store",
            (Outcome::Quarantined, true) => "would-quarantine",
            (Outcome::Superseded, true) => "would-supersede",
            (Outcome::Stored, false) => "stored",
            (Outcome::Quarantined, false) => "quarantined",
            (Outcome::Superseded, false) => "superseded",
            (Outcome::Duplicate, _) => "duplicate",
            (Outcome::AlreadyFiled, _) => "already-filed",
            (Outcome::AlreadyQuarantined, _) => "already-quarantined",
            (Outcome::RetryLater, _) => "retry-later",
            (Outcome::Unreadable, _) => "unreadable",
            (Outcome::Skipped, _) => "skipped",
        }
    }
}

/// Serialised as the word a run's report prints (`--json`), one spelling for both.
impl serde::Serialize for Outcome {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl std::fmt::Display for Outcome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One line of a run's report.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ReportRow {
    /// What the source calls the arrival: the file's name in a watched folder, its path under
    /// the root in an imported tree; `ARRIVAL / PART` for an e-mail's attachments.
    pub input: String,
    pub outcome: Outcome,
    pub case_number: String,
    pub folder: String,
    pub name: String,
    pub retention: String,
    pub doc_id: String,
    pub reason: String,
    pub detail: String,
    /// What the legibility gate measured on each page (empty when it never got that far).
    pub pages: Vec<crate::document::PageLegibility>,
}

impl ReportRow {
    pub fn new(input: String, outcome: Outcome) -> ReportRow {
        ReportRow {
            input,
            outcome,
            case_number: String::new(),
            folder: String::new(),
            name: String::new(),
            retention: String::new(),
            doc_id: String::new(),
            reason: String::new(),
            detail: String::new(),
            pages: Vec::new(),
        }
    }
}

/// What a run did.
#[derive(Debug, Default, Clone, serde::Serialize)]
pub struct RunSummary {
    pub rows: Vec<ReportRow>,
    pub stored: usize,
    pub duplicates: usize,
    /// Filed by an earlier run of the same import (it was carried on).
    pub already_filed: usize,
    /// Quarantined now, or already waiting there from an earlier import.
    pub quarantined: usize,
    /// E-mails recorded as superseded by a later message of their thread (not filed twice).
    pub superseded: usize,
    /// Originals whose last attempt ended "retry later" and that were not filed since.
    pub retry_later: usize,
    /// Entries that could not be read, or were skipped as not case records.
    pub unreadable: usize,
}

impl RunSummary {
    /// Counts a row (retries are counted by original, see [`RunSummary::retry_later`]).
    pub(crate) fn count(&mut self, row: &ReportRow) {
        match row.outcome {
            Outcome::Stored => self.stored += 1,
            Outcome::Duplicate => self.duplicates += 1,
            Outcome::AlreadyFiled => self.already_filed += 1,
            Outcome::Superseded => self.superseded += 1,
            Outcome::Quarantined | Outcome::AlreadyQuarantined => self.quarantined += 1,
            Outcome::Unreadable | Outcome::Skipped => self.unreadable += 1,
            Outcome::RetryLater => {}
        }
    }
}

/// Errors that stop a run (a document's own problems never do).
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    #[error(transparent)]
    Access(#[from] crate::access::AccessError),
    #[error("cannot use inbox {path}: {source}")]
    Inbox {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("a pipeline stage stopped unexpectedly; see the log above")]
    StageStopped,
    #[error("the IMAP password must be in the environment variable {0} (it is never read from a file in pipelines/ or config/)")]
    ImapPassword(String),
    #[error("the IMAP source stopped; see the log above")]
    ImapStopped,
    #[error("IMAP: {0}")]
    Imap(String),
    #[error("HTTP upload source: {0}")]
    Upload(String),
    #[error("shared inbox: {0}")]
    SharedInbox(String),
    #[error("shared import: {0}")]
    SharedImport(String),
    #[error(
        "pipeline {0} imports a tree: run `casevault import-tree DIR --map MAPPING --pipeline {0}`"
    )]
    NotAFolder(String),
    #[error("the source stopped unexpectedly (an internal error; see the log above)")]
    SourceFailed,
    #[error("routing model: {0}")]
    Routing(String),
}
