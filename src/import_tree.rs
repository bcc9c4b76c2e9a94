//! Batch import of a legacy shared drive ("G drive", policy 002): a tree of case folders.
//!
//! ```text
//! DIR/
//!   Hughes family LS24P01234/      a case folder (its name holds the case number, or the
//!     Court papers/...             mapping file lists it); sub-folders in the team's own words,
//!     Letters/...                  mapped to case-file folders by the mapping file
//!     notes.txt                    files anywhere below: routed by the rules where not mapped
//! ```
//!
//! The drive is only read. Every file goes through the same stages as any other source (scans
//! through the legibility gate, born-digital PDFs validated, office documents converted, e-mails
//! rendered with their attachments), several at once; filing is one at a time, so names stay
//! unique and the same bytes are never stored twice. The import is resumable: a file whose bytes
//! are already filed is skipped by its SHA-256, so after a crash or Ctrl-C the same command simply
//! carries on. One unreadable file or folder is a line in the report, never the end of the walk
//! (as in ripgrep's walker). `--dry-run` stores nothing and writes nothing to the catalog: it
//! reports what would happen to each file and why.

use std::collections::{HashMap, HashSet};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::Utc;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use thiserror::Error;
use tokio::sync::{watch, Mutex, Semaphore};

use crate::catalog::DocStatus;
use crate::convert::office::OfficeSettings;
use crate::document::{
    Arrival, CaseNumber, Disposition, Folder, Hint, QuarantineReason, Quarantined,
};
use crate::messages::{Ack, Job, Recognised};
use crate::pipeline::decide::{decide, NameBook};
use crate::pipeline::ocr_stage::{recognise, OcrPool, Prepare};
use crate::pipeline::runtime::quarantine_arrival;
use crate::pipeline::{Context, Plan};

/// Errors that stop an import before it starts (a file's own problems never do).
#[derive(Debug, Error)]
pub enum ImportError {
    #[error("cannot read mapping {path}: {source}")]
    ReadMapping {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("mapping {path} is not valid: {message}")]
    Mapping { path: PathBuf, message: String },
    #[error("{0} is not a folder")]
    NotAFolder(PathBuf),
    #[error("cannot write the report {path}: {source}")]
    Report {
        path: PathBuf,
        source: std::io::Error,
    },
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMapping {
    #[serde(default)]
    cases: HashMap<String, String>,
    #[serde(default)]
    folders: HashMap<String, String>,
}

/// The mapping from a legacy drive's folder names to cases and case-file folders.
#[derive(Debug, Clone, Default)]
pub struct Mapping {
    /// Case folder name (lower case) -> case number.
    cases: HashMap<String, CaseNumber>,
    /// Legacy sub-folder name (lower case) -> case-file folder.
    folders: HashMap<String, Folder>,
}

impl Mapping {
    /// Reads and checks a mapping file: every case number must match the configured pattern and
    /// every folder must be one of the thirteen.
    pub fn load(path: &Path, case_number: &regex::Regex) -> Result<Mapping, ImportError> {
        let text = std::fs::read_to_string(path).map_err(|source| ImportError::ReadMapping {
            path: path.to_path_buf(),
            source,
        })?;
        let bad = |message: String| ImportError::Mapping {
            path: path.to_path_buf(),
            message,
        };
        let raw: RawMapping = toml::from_str(&text).map_err(|e| bad(e.to_string()))?;
        let mut m = Mapping::default();
        for (name, number) in raw.cases {
            let n = number.trim().to_uppercase();
            if !case_number.is_match(&n) {
                return Err(bad(format!(
                    "case folder '{name}' maps to '{number}', which is not a case number"
                )));
            }
            m.cases.insert(name.trim().to_lowercase(), CaseNumber(n));
        }
        for (name, folder) in raw.folders {
            let f = Folder::parse(folder.trim()).ok_or_else(|| {
                bad(format!(
                    "legacy folder '{name}' maps to '{folder}', which is not a case-file folder ({})",
                    Folder::ALL.map(Folder::as_str).join(", ")
                ))
            })?;
            m.folders.insert(name.trim().to_lowercase(), f);
        }
        Ok(m)
    }

    /// What the tree says about the file at `rel` (relative to the tree's root).
    pub fn hint(&self, rel: &Path, case_number: &regex::Regex) -> Hint {
        let dirs: Vec<String> = rel
            .parent()
            .map(|p| {
                p.components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        let mut hint = Hint::default();
        let mut why = Vec::new();
        if let Some(top) = dirs.first() {
            if let Some(n) = self.cases.get(&top.trim().to_lowercase()) {
                hint.case_number = Some(n.clone());
                why.push("case folder in the mapping".to_string());
            } else if let Some(n) = number_in(top, case_number) {
                hint.case_number = Some(n);
                why.push("case number in the folder name".to_string());
            }
        }
        // The nearest listed ancestor below the case folder decides the folder.
        for d in dirs.iter().skip(1).rev() {
            if let Some(f) = self.folders.get(&d.trim().to_lowercase()) {
                hint.folder = Some(*f);
                why.push(format!("legacy folder '{d}' -> {f}"));
                break;
            }
        }
        hint.why = format!("g-drive mapping: {}", why.join("; "));
        hint
    }
}

/// A case number inside a folder name (the configured pattern, anywhere in the name).
fn number_in(name: &str, case_number: &regex::Regex) -> Option<CaseNumber> {
    let anchored = case_number.as_str();
    let inner = anchored
        .strip_prefix("^(?:")
        .and_then(|s| s.strip_suffix(")$"))
        .unwrap_or(anchored);
    let re = regex::Regex::new(&format!(r"\b(?:{inner})\b")).ok()?;
    let upper = name.to_uppercase();
    let found: HashSet<&str> = re.find_iter(&upper).map(|m| m.as_str()).collect();
    if found.len() == 1 {
        found.into_iter().next().map(|s| CaseNumber(s.to_string()))
    } else {
        None
    }
}

/// How progress is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    /// A progress bar when stderr is a terminal, plain lines otherwise.
    Auto,
    /// Nothing.
    Quiet,
}

/// Options of one import.
#[derive(Debug, Clone)]
pub struct TreeOptions {
    pub root: PathBuf,
    pub dry_run: bool,
    /// Where the CSV report goes.
    pub report: PathBuf,
    pub progress: Progress,
}

/// One line of the report: what happened (or would happen) to one file, and why.
#[derive(Debug, Clone, Default, Serialize)]
pub struct TreeRow {
    /// Relative to the tree's root; `FILE / ATTACHMENT` for an e-mail's attachments.
    pub path: String,
    /// stored, duplicate, already-filed, superseded, quarantined, already-quarantined,
    /// unreadable, skipped, retry-later; with `--dry-run`: would-store, would-quarantine, ...
    pub outcome: String,
    pub case_number: String,
    pub folder: String,
    pub name: String,
    pub retain_until: String,
    pub reason: String,
    pub detail: String,
    pub doc_id: String,
}

/// What an import did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct TreeSummary {
    pub files: usize,
    pub pages: usize,
    pub bytes: u64,
    pub stored: usize,
    pub duplicates: usize,
    pub already_filed: usize,
    pub quarantined: usize,
    pub unreadable: usize,
    pub retry_later: usize,
    pub interrupted: bool,
    pub report: PathBuf,
    #[serde(skip)]
    pub rows: Vec<TreeRow>,
}

/// One file found by the walk.
struct Found {
    path: PathBuf,
    rel: String,
    size: u64,
    /// When the drive last saved it: the best evidence a legacy drive keeps of when a document
    /// was received, so retention counts from then, not from the day of the import (which
    /// would keep it years too long). A time in the future is not trusted.
    saved: Option<chrono::DateTime<Utc>>,
}

/// Walks the tree: regular files (sorted), plus a report line for each entry that cannot be
/// read, is not a regular file, is hidden (`.`-names: a system's own files, such as `.DS_Store`
/// or `.Trash`) or is a link that leads out of the tree. Links within
/// the tree are followed (a drive's shortcuts); a link out of it is not, so a drive cannot make
/// the import read a file elsewhere on the machine.
fn walk(root: &Path) -> (Vec<Found>, Vec<TreeRow>) {
    let mut files = Vec::new();
    let mut rows = Vec::new();
    let rel = |p: &Path| {
        p.strip_prefix(root)
            .unwrap_or(p)
            .to_string_lossy()
            .into_owned()
    };
    let canonical_root = std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    let skipped = |p: &Path, why: &str| TreeRow {
        path: rel(p),
        outcome: "skipped".into(),
        detail: why.into(),
        ..Default::default()
    };
    let mut entries = walkdir::WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter();
    while let Some(entry) = entries.next() {
        let e = match entry {
            Ok(e) => e,
            Err(err) => {
                rows.push(TreeRow {
                    path: err.path().map(rel).unwrap_or_default(),
                    outcome: "unreadable".into(),
                    detail: crate::sources::scan_folder::walk_error(&err),
                    ..Default::default()
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
                saved: m
                    .modified()
                    .ok()
                    .map(chrono::DateTime::<Utc>::from)
                    .filter(|t| *t <= Utc::now()),
            }),
            Err(err) => rows.push(TreeRow {
                path: rel(e.path()),
                outcome: "unreadable".into(),
                detail: crate::sources::scan_folder::walk_error(&err),
                ..Default::default()
            }),
        }
    }
    (files, rows)
}

/// Shared state of a running import.
struct Run {
    ctx: Arc<Context>,
    plan: Plan,
    dry_run: bool,
    /// Decide and file, one arrival at a time (names unique, nothing stored twice).
    filing: Mutex<NameBook>,
    rows: std::sync::Mutex<Vec<TreeRow>>,
    meter: std::sync::Mutex<Meter>,
    /// SHA-256 of the files stored or decided in this run, for telling a duplicate from a
    /// file filed by an earlier run.
    this_run: std::sync::Mutex<HashSet<String>>,
}

/// Progress figures, and how they are shown.
struct Meter {
    files_total: usize,
    bytes_total: u64,
    files: usize,
    pages: usize,
    bytes: u64,
    started: Instant,
    last_line: Instant,
    bar: Option<indicatif::ProgressBar>,
    plain: bool,
}

impl Meter {
    fn new(files_total: usize, bytes_total: u64, progress: Progress) -> Meter {
        let terminal = std::io::stderr().is_terminal();
        let bar = (progress == Progress::Auto && terminal).then(|| {
            let b = indicatif::ProgressBar::new(bytes_total);
            b.set_style(
                indicatif::ProgressStyle::with_template(
                    "{wide_bar} {msg}, {bytes}/{total_bytes}, {bytes_per_sec}, ETA {eta}",
                )
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
            );
            b
        });
        Meter {
            files_total,
            bytes_total,
            files: 0,
            pages: 0,
            bytes: 0,
            started: Instant::now(),
            last_line: Instant::now(),
            bar,
            plain: progress == Progress::Auto && !terminal,
        }
    }

    fn add(&mut self, bytes: u64, pages: usize) {
        self.files += 1;
        self.bytes += bytes;
        self.pages += pages;
        let msg = format!(
            "{}/{} files, {} pages",
            self.files, self.files_total, self.pages
        );
        if let Some(b) = &self.bar {
            b.set_position(self.bytes);
            b.set_message(msg);
        } else if self.plain
            && (self.last_line.elapsed() >= Duration::from_secs(5)
                || self.files == self.files_total)
        {
            self.last_line = Instant::now();
            eprintln!("import-tree: {}", self.line());
        }
    }

    /// A plain progress line: files, pages, MB, rate, ETA.
    fn line(&self) -> String {
        let secs = self.started.elapsed().as_secs_f64().max(0.001);
        let mb = |b: u64| b as f64 / 1_000_000.0;
        let rate = self.files as f64 / secs;
        let eta = if self.bytes > 0 && self.bytes < self.bytes_total {
            let left = (self.bytes_total - self.bytes) as f64 * secs / self.bytes as f64;
            format!("{:.0} s", left)
        } else {
            "-".into()
        };
        format!(
            "{}/{} files, {} pages, {:.1}/{:.1} MB, {:.2} files/s ({:.2} MB/s), ETA {eta}",
            self.files,
            self.files_total,
            self.pages,
            mb(self.bytes),
            mb(self.bytes_total),
            rate,
            mb(self.bytes) / secs
        )
    }

    fn finish(&self) {
        if let Some(b) = &self.bar {
            b.finish_and_clear();
        }
    }
}

/// Imports the tree at `opts.root` through `plan` (its input kind is taken as mixed), with the
/// case and folder hints of `mapping`. Stops dispatching when `shutdown` turns true and returns
/// what was done (a rerun carries on).
pub async fn import_tree(
    ctx: Arc<Context>,
    plan: Plan,
    mapping: Mapping,
    opts: TreeOptions,
    shutdown: watch::Receiver<bool>,
) -> Result<TreeSummary, ImportError> {
    // Long on purpose, for now: the walk's dispatch loop, the deferred copies and the summary
    // share the in-flight set; running the tree as a source on the pipeline's runtime is issue
    // 11 point 2.
    if !opts.root.is_dir() {
        return Err(ImportError::NotAFolder(opts.root.clone()));
    }
    let (files, walk_rows) = walk(&opts.root);
    let bytes_total: u64 = files.iter().map(|f| f.size).sum();
    let workers = ctx.config.concurrency.max(1);
    let pool = Arc::new(OcrPool::new(&plan.languages, &ctx.config.legibility));
    let prep = Arc::new(Prepare {
        input: crate::pipeline::definition::InputKind::Mixed,
        office: OfficeSettings {
            soffice: ctx.config.office.soffice.clone(),
            timeout: Duration::from_secs(ctx.config.office.timeout_s.max(1)),
        },
    });
    let run = Arc::new(Run {
        ctx: ctx.clone(),
        plan,
        dry_run: opts.dry_run,
        filing: Mutex::new({
            let mut names = NameBook::default();
            names.dry_run = opts.dry_run;
            names
        }),
        rows: std::sync::Mutex::new(walk_rows),
        meter: std::sync::Mutex::new(Meter::new(files.len(), bytes_total, opts.progress)),
        this_run: std::sync::Mutex::new(HashSet::new()),
    });
    let sem = Arc::new(Semaphore::new(workers));
    let mut tasks = tokio::task::JoinSet::new();
    let mut in_flight: HashSet<String> = HashSet::new();
    let mut deferred: Vec<(Found, String)> = Vec::new();
    let mut interrupted = false;
    let mut pending: std::collections::VecDeque<Found> = files.into();
    let hint_re = ctx.config.case_number.clone();
    // Workers report the SHA-256 they finished, so the same bytes are never in flight twice.
    let (done_tx, mut done_shas) = tokio::sync::mpsc::unbounded_channel::<String>();

    while let Some(found) = pending.pop_front() {
        if *shutdown.borrow() {
            interrupted = true;
            break;
        }
        while let Ok(sha) = done_shas.try_recv() {
            in_flight.remove(&sha);
        }
        if found.size > ctx.config.max_file_bytes {
            // Never read whole: hashed as a stream, copied to quarantine as a stream.
            run.too_large(&found);
            continue;
        }
        let bytes = match std::fs::read(&found.path) {
            Ok(b) => b,
            Err(e) => {
                run.pass_over(&found, "unreadable", e.to_string());
                continue;
            }
        };
        let sha = hex::encode(Sha256::digest(&bytes).as_slice());
        if in_flight.contains(&sha) {
            // The same bytes are on their way under another name: decide this one after.
            // Only its hash is kept meanwhile: it is read again then, so a drive full of
            // copies never piles up in memory.
            deferred.push((found, sha));
            continue;
        }
        if run.skip_if_filed(&found, &sha) {
            continue;
        }
        in_flight.insert(sha.clone());
        let permit = sem.clone().acquire_owned().await.expect("semaphore open");
        let hint = mapping.hint(Path::new(&found.rel), &hint_re);
        let (run2, pool, prep, done_tx) =
            (run.clone(), pool.clone(), prep.clone(), done_tx.clone());
        tasks.spawn(async move {
            run2.one(found, bytes, sha.clone(), hint, &pool, &prep)
                .await;
            drop(permit);
            let _ = done_tx.send(sha);
        });
        while let Some(r) = tasks.try_join_next() {
            if let Err(e) = r {
                tracing::error!(error = %e, "an import task failed");
            }
        }
    }
    while let Some(r) = tasks.join_next().await {
        if let Err(e) = r {
            tracing::error!(error = %e, "an import task failed");
        }
    }
    // Files whose bytes were in flight under another name: now that one is filed, each of
    // these is a duplicate (or, if that one was quarantined, goes through on its own).
    for (found, sha) in deferred {
        if interrupted || *shutdown.borrow() {
            interrupted = true;
            break;
        }
        if run.skip_if_filed(&found, &sha) {
            continue;
        }
        let bytes = match std::fs::read(&found.path) {
            Ok(b) if hex::encode(Sha256::digest(&b).as_slice()) == sha => b,
            Ok(_) => {
                let why = "the file changed while the import ran; run the import again";
                run.pass_over(&found, "retry-later", why.into());
                continue;
            }
            Err(e) => {
                run.pass_over(&found, "unreadable", e.to_string());
                continue;
            }
        };
        let hint = mapping.hint(Path::new(&found.rel), &hint_re);
        run.one(found, bytes, sha, hint, &pool, &prep).await;
    }
    if *shutdown.borrow() {
        interrupted = true;
    }
    run.meter.lock().unwrap_or_else(|p| p.into_inner()).finish();
    let rows = std::mem::take(&mut *run.rows.lock().unwrap_or_else(|p| p.into_inner()));
    let meter = run.meter.lock().unwrap_or_else(|p| p.into_inner());
    let mut summary = TreeSummary {
        files: meter.files,
        pages: meter.pages,
        bytes: meter.bytes,
        interrupted,
        report: opts.report.clone(),
        ..Default::default()
    };
    drop(meter);
    for r in &rows {
        match r.outcome.trim_start_matches("would-") {
            "store" | "stored" => summary.stored += 1,
            "duplicate" => summary.duplicates += 1,
            "already-filed" => summary.already_filed += 1,
            "quarantine" | "quarantined" | "already-quarantined" => summary.quarantined += 1,
            "unreadable" | "skipped" => summary.unreadable += 1,
            "retry-later" => summary.retry_later += 1,
            _ => {}
        }
    }
    let mut sorted = rows;
    sorted.sort_by(|a, b| a.path.cmp(&b.path));
    write_report(&opts.report, &sorted)?;
    summary.rows = sorted;
    Ok(summary)
}

fn write_report(path: &Path, rows: &[TreeRow]) -> Result<(), ImportError> {
    let err = |source| ImportError::Report {
        path: path.to_path_buf(),
        source,
    };
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(err)?;
    }
    let mut w = csv::Writer::from_path(path).map_err(|e| err(std::io::Error::other(e)))?;
    for r in rows {
        w.serialize(r).map_err(|e| err(std::io::Error::other(e)))?;
    }
    w.flush().map_err(err)?;
    Ok(())
}

impl Run {
    fn row(&self, r: TreeRow) {
        self.rows.lock().unwrap_or_else(|p| p.into_inner()).push(r);
    }

    fn meter(&self, bytes: u64, pages: usize) {
        self.meter
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .add(bytes, pages);
    }

    fn word(&self, outcome: &str) -> String {
        if self.dry_run {
            match outcome {
                "stored" => "would-store".into(),
                "quarantined" => "would-quarantine".into(),
                "superseded" => "would-supersede".into(),
                other => other.to_string(),
            }
        } else {
            outcome.to_string()
        }
    }

    /// A file whose bytes are already filed: a duplicate (of one filed in this run) or already
    /// filed (by an earlier run: the import is being resumed). Reported and skipped.
    fn skip_if_filed(&self, found: &Found, sha: &str) -> bool {
        let stored = matches!(
            self.ctx.catalog.document_by_sha(sha),
            Ok(Some(ref r)) if r.status == DocStatus::Stored
        );
        let this_run = self
            .this_run
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .contains(sha);
        if !stored && !this_run {
            // Already waiting in quarantine from an earlier run: the drive has not changed, so
            // neither would the answer. Fix it there and retry it from quarantine.
            // Except where the machine, not the file, was at fault: a document quarantined
            // because LibreOffice was missing is tried again once it may have been installed.
            if let Ok(Some(q)) = self
                .ctx
                .catalog
                .quarantined_by_sha(sha)
                .map(|q| q.filter(|q| q.reason != QuarantineReason::NeedsConversion.code()))
            {
                self.row(TreeRow {
                    path: found.rel.clone(),
                    outcome: "already-quarantined".into(),
                    reason: q.reason,
                    detail: q.detail,
                    ..Default::default()
                });
                self.meter(found.size, 0);
                return true;
            }
            return false;
        }
        let row = self.ctx.catalog.document_by_sha(sha).ok().flatten();
        self.row(TreeRow {
            path: found.rel.clone(),
            outcome: if this_run {
                "duplicate"
            } else {
                "already-filed"
            }
            .into(),
            case_number: row
                .as_ref()
                .map(|r| r.case_number.clone())
                .unwrap_or_default(),
            doc_id: row.map(|r| r.id).unwrap_or_default(),
            detail: "the same bytes are already filed; not stored again".into(),
            ..Default::default()
        });
        self.meter(found.size, 0);
        true
    }

    /// A file that goes no further (cannot be read, changed under the import): its report line,
    /// and its bytes counted as done.
    fn pass_over(&self, found: &Found, outcome: &str, detail: String) {
        self.row(TreeRow {
            path: found.rel.clone(),
            outcome: outcome.into(),
            detail,
            ..Default::default()
        });
        self.meter(found.size, 0);
    }

    /// A file over the configured size limit: quarantined as `too-large` (a copy), unless an
    /// earlier run already filed or quarantined the same bytes.
    fn too_large(&self, found: &Found) {
        let sha = match sha256_of_file(&found.path) {
            Ok(sha) => sha,
            Err(e) => {
                self.pass_over(found, "unreadable", e.to_string());
                return;
            }
        };
        if self.skip_if_filed(found, &sha) {
            return;
        }
        let ack = Ack::Done {
            arrival: self.arrival(found, &sha, None),
            disposition: Disposition::Quarantined(Quarantined::too_large(
                found.size,
                self.ctx.config.max_file_bytes,
            )),
            case_number: None,
            also: Vec::new(),
        };
        self.record(found, &sha, ack);
        self.meter(found.size, 0);
    }

    /// The arrival a file of the drive makes.
    fn arrival(&self, found: &Found, sha: &str, hint: Option<Hint>) -> Arrival {
        Arrival {
            path: found.path.clone(),
            original_name: found
                .path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            sha256: sha.to_string(),
            size: found.size,
            received_at: found.saved.unwrap_or_else(Utc::now),
            pipeline: self.plan.name.clone(),
            hint: hint.map(Arc::new),
        }
    }

    /// One file: recognise (several at once), then decide and file (one at a time).
    async fn one(
        self: &Arc<Self>,
        found: Found,
        bytes: Vec<u8>,
        sha: String,
        hint: Hint,
        pool: &Arc<OcrPool>,
        prep: &Arc<Prepare>,
    ) {
        let arrival = self.arrival(&found, &sha, Some(hint));
        let job = Job {
            arrival: arrival.clone(),
            bytes,
        };
        let (pool, prep) = (pool.clone(), prep.clone());
        let rec = tokio::task::spawn_blocking(move || {
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                recognise(&pool, &prep, job)
            }))
        })
        .await
        .ok()
        .and_then(Result::ok)
        .unwrap_or_else(|| {
            Recognised::Quarantine(
                arrival.clone(),
                crate::document::Quarantined::new(
                    crate::document::QuarantineReason::Corrupt,
                    "the file could not be processed (internal error while reading it)",
                ),
            )
        });
        let pages = match &rec {
            Recognised::Ok { parts, .. } => parts.iter().map(|p| p.pages.len()).sum(),
            Recognised::Quarantine(..) => 0,
        };
        let mut names = self.filing.lock().await;
        let ack = match decide(&self.ctx, &self.plan, rec, &mut names) {
            Ok(decided) if self.dry_run => {
                for (i, d) in decided.docs.iter().enumerate() {
                    let last = i + 1 == decided.docs.len();
                    self.row(TreeRow {
                        path: if last {
                            found.rel.clone()
                        } else {
                            format!("{} / {}", found.rel, d.source_name)
                        },
                        outcome: self.word("stored"),
                        case_number: d.case_number.0.clone(),
                        folder: d.folder.to_string(),
                        name: d.name.clone(),
                        retain_until: d.retention.display(),
                        detail: format!("{}; {}", d.kind, d.routing_rule),
                        ..Default::default()
                    });
                }
                self.this_run
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .insert(sha);
                drop(names);
                self.meter(found.size, pages);
                return;
            }
            Ok(decided) => self.ctx.sink.file(&self.ctx.catalog, decided).await,
            Err(ack) => *ack,
        };
        drop(names);
        self.record(&found, &sha, ack);
        self.meter(found.size, pages);
    }

    /// Reports an acknowledgement, and quarantines (a copy: the drive is never changed).
    fn record(&self, found: &Found, sha: &str, ack: Ack) {
        match ack {
            Ack::RetryLater { why, .. } => self.row(TreeRow {
                path: found.rel.clone(),
                outcome: "retry-later".into(),
                detail: why,
                ..Default::default()
            }),
            Ack::Done {
                arrival,
                disposition,
                case_number,
                also,
            } => {
                for (part, d) in also {
                    self.row(disposition_row(
                        format!("{} / {part}", found.rel),
                        &d,
                        case_number.as_deref(),
                    ));
                }
                if let Disposition::Quarantined(q) = &disposition {
                    if !self.dry_run
                        && !quarantine_arrival(
                            &self.ctx,
                            &self.plan,
                            &arrival,
                            q,
                            case_number.as_deref(),
                        )
                    {
                        self.row(TreeRow {
                            path: found.rel.clone(),
                            outcome: "retry-later".into(),
                            reason: q.reason.code().into(),
                            detail: "could not be copied to quarantine".into(),
                            ..Default::default()
                        });
                        return;
                    }
                }
                if matches!(disposition, Disposition::Stored { .. }) {
                    self.this_run
                        .lock()
                        .unwrap_or_else(|p| p.into_inner())
                        .insert(sha.to_string());
                }
                let mut row =
                    disposition_row(found.rel.clone(), &disposition, case_number.as_deref());
                row.outcome = self.word(&row.outcome);
                self.row(row);
            }
        }
    }
}

fn disposition_row(path: String, d: &Disposition, case_number: Option<&str>) -> TreeRow {
    let mut r = TreeRow {
        path,
        case_number: case_number.unwrap_or_default().to_string(),
        ..Default::default()
    };
    match d {
        Disposition::Stored {
            doc_id,
            folder,
            name,
            retention,
            ..
        } => {
            r.outcome = "stored".into();
            r.doc_id = doc_id.clone();
            r.folder = folder.to_string();
            r.name = name.clone();
            r.retain_until = retention.clone();
        }
        Disposition::Duplicate { of_doc_id } => {
            r.outcome = "duplicate".into();
            r.doc_id = of_doc_id.clone();
        }
        Disposition::Superseded { by_doc_id } => {
            r.outcome = "superseded".into();
            r.doc_id = by_doc_id.clone();
        }
        Disposition::Quarantined(q) => {
            r.outcome = "quarantined".into();
            r.reason = q.reason.code().into();
            r.detail = q.detail.clone();
        }
    }
    r
}

/// SHA-256 of a file read as a stream (for files too large to hold in memory).
fn sha256_of_file(path: &Path) -> std::io::Result<String> {
    let mut f = std::fs::File::open(path)?;
    let mut h = Sha256::new();
    let mut buf = vec![0u8; 1 << 16];
    loop {
        match std::io::Read::read(&mut f, &mut buf)? {
            0 => break,
            n => h.update(&buf[..n]),
        }
    }
    Ok(hex::encode(h.finalize().as_slice()))
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

    fn re() -> regex::Regex {
        regex::Regex::new("^(?:[A-Z]{2}[0-9]{2}[A-Z][0-9]{5})$").unwrap()
    }

    #[test]
    fn shipped_mapping_loads_and_hints() {
        let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("pipelines/g-drive-mapping.toml");
        let m = Mapping::load(&p, &re()).unwrap();
        let h = m.hint(Path::new("Evans 2023/Police checks/x.pdf"), &re());
        assert_eq!(h.case_number, Some(CaseNumber("MK23C00456".into())));
        assert_eq!(h.folder, Some(Folder::PoliceInformation));
        let h = m.hint(Path::new("Hughes family LS24P01234/notes.txt"), &re());
        assert_eq!(h.case_number, Some(CaseNumber("LS24P01234".into())));
        assert_eq!(h.folder, None);
        // Nested folders take the nearest listed ancestor; names compare without case.
        let h = m.hint(Path::new("jones/LETTERS/2019/Legal/a.pdf"), &re());
        assert_eq!(h.case_number, Some(CaseNumber("CF22P00789".into())));
        assert_eq!(h.folder, Some(Folder::LegalAdvice));
        let h = m.hint(Path::new("Unknown family/a.pdf"), &re());
        assert_eq!(
            h,
            Hint {
                why: h.why.clone(),
                ..Hint::default()
            }
        );
    }

    #[test]
    fn bad_mappings_are_refused_with_the_entry() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("m.toml");
        std::fs::write(&p, "[folders]\n\"Police\" = \"police\"\n").unwrap();
        let e = Mapping::load(&p, &re()).unwrap_err().to_string();
        assert!(e.contains("'Police' maps to 'police'"), "{e}");
        std::fs::write(&p, "[cases]\n\"Evans\" = \"12345\"\n").unwrap();
        let e = Mapping::load(&p, &re()).unwrap_err().to_string();
        assert!(e.contains("not a case number"), "{e}");
        std::fs::write(&p, "[case]\n").unwrap();
        assert!(Mapping::load(&p, &re()).is_err());
    }

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
                .find(|r| r.path == p)
                .unwrap_or_else(|| panic!("no row for {p}: {rows:?}"))
        };
        assert_eq!(rows.len(), 5, "{rows:?}");
        assert_eq!(row("A/dangling.pdf").outcome, "unreadable");
        assert_eq!(row("A/B/loop").outcome, "unreadable");
        assert!(row("A/B/loop").detail.contains("loops"), "{rows:?}");
        assert_eq!(row("A/.hidden").outcome, "skipped");
        assert!(row("A/.hidden").detail.contains("hidden"));
        for p in ["A/elsewhere", "A/secret-link.pdf"] {
            assert_eq!(row(p).outcome, "skipped");
            assert!(row(p).detail.contains("outside the drive"), "{rows:?}");
        }
        // No reason repeats a path (they may reach a log).
        assert!(rows
            .iter()
            .all(|r| !r.detail.contains(root.to_str().unwrap())));
    }
}
