//! Pipeline files: parse (raw serde), then validate into a [`Plan`].
//!
//! A pipeline file in `pipelines/` is the business wiring: which source feeds which stages into
//! which sink, and the routing rules. It holds no endpoints and no secrets (those are in `config/`).
//! Parsing and validation are separate steps, as in ripgrep's flags: the raw structs mirror the
//! file exactly (`deny_unknown_fields`, so a typo is an error, not a silently ignored setting), and
//! the plan holds only checked, resolved values. [`SourceConfig`] is the one place that lists
//! every source kind there is, and [`SourcePlan`] holds each with exactly the settings it runs on.

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;
use thiserror::Error;

use crate::config::ImapEndpoint;
use crate::stages::routing::{RoutingError, Rules};

/// Errors loading a pipeline.
#[derive(Debug, Error)]
pub enum PipelineError {
    #[error("cannot read pipeline {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("pipeline {path} is not valid: {message}")]
    Invalid { path: PathBuf, message: String },
    #[error(transparent)]
    Routing(#[from] RoutingError),
    /// The pipeline is well formed but does not fit this installation (its configuration).
    #[error("pipeline {name}: {message}")]
    Unfit { name: String, message: String },
}

/// What kind of source a pipeline has, as routing rules name it (`source = "email"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceKind {
    /// A scanning station's folder, or scans posted over HTTP.
    Scan,
    /// An e-mail drop folder or an IMAP mailbox.
    Email,
    /// A legacy shared drive, imported by `import-tree`.
    Tree,
}

impl SourceKind {
    /// The word routing rules match on.
    pub fn as_str(self) -> &'static str {
        match self {
            SourceKind::Scan => "scan",
            SourceKind::Email => "email",
            SourceKind::Tree => "g-drive",
        }
    }
}

/// A pipeline file as written: its source, and the settings of the stages that have any.
///
/// The stages are not listed: every document goes through the same ones in the same order
/// (recognise, then identify, route, name and date it, then seal and store it), because each
/// takes what the one before it produces ([`crate::messages::Job`] -> `Recognised` -> `Decided`
/// -> `Ack`), so no other order could compile. A pipeline file names only what varies: where
/// documents come from, the OCR languages, the routing rules and the retention schedule.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPipeline {
    pub name: String,
    #[serde(default)]
    pub description: String,
    pub source: SourceConfig,
    #[serde(default)]
    pub ocr: OcrConfig,
    #[serde(default)]
    pub route: RouteConfig,
    #[serde(default)]
    pub retention: RetentionStage,
    #[serde(default)]
    pub sink: SinkConfig,
    /// The stage list that pipeline files used to spell out. Refused with a message that says
    /// what to write instead, rather than "unknown field".
    #[serde(default, rename = "stage")]
    pub listed_stages: Option<toml::Value>,
}

/// Every source kind there is.
#[derive(Debug, Clone, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
pub enum SourceConfig {
    /// A scanning station's folder.
    ScanFolder(FolderConfig),
    /// A drop folder of `.eml` files (an e-mail client's export, a mail server's maildir copy,
    /// or anything that writes one message per file).
    EmailFolder(FolderConfig),
    /// An IMAP mailbox. Messages are spooled to `spool` (relative to the casevault home), filed
    /// from there like an `.eml` folder, and moved on the server to `processed` once every part is
    /// stored and verified, or to `quarantine` with the reason. Where the server is (host, port,
    /// user, the environment variable holding the password) is the configuration's
    /// `[imap.ACCOUNT]`, not the pipeline's: the same pipeline runs against a test server and
    /// the real one.
    Imap {
        /// The `[imap.NAME]` table of the configuration that says where the mailbox is.
        #[serde(default = "d_account")]
        account: String,
        #[serde(default = "d_inbox")]
        mailbox: String,
        #[serde(default = "d_processed")]
        processed: String,
        #[serde(default = "d_quarantine")]
        quarantine: String,
        /// Use IDLE when the server offers it (new mail is seen at once); polls otherwise.
        #[serde(default = "d_true")]
        idle: bool,
        #[serde(default = "d_poll")]
        poll_interval_ms: u64,
        #[serde(default = "d_spool")]
        spool: PathBuf,
        /// Workers sharing a catalog take turns at the mailbox: one holds it, renewing its lease
        /// every third of `lease_s`; another takes over once the lease runs out.
        #[serde(default = "d_mailbox_lease_s")]
        lease_s: u64,
    },
    /// Files posted over HTTP by scanners and capture tools (`POST /v1/inbox/{pipeline}`, see
    /// `sources::upload`). Each upload is spooled durably to `spool` (relative to the casevault
    /// home) before it is answered, then filed from there like a scan.
    HttpUpload {
        /// Where to listen, e.g. `127.0.0.1:8480` (put a TLS proxy in front to take uploads
        /// from other machines).
        listen: std::net::SocketAddr,
        /// SHA-256 (hex) of each bearer token accepted: `printf %s "$TOKEN" | sha256sum`.
        /// The tokens themselves are never in a file casevault reads. With none the pipeline
        /// validates (it ships so) but refuses to listen.
        #[serde(default)]
        token_sha256: Vec<String>,
        /// The largest body taken (413 beyond); the configuration's `max_file_bytes` if unset.
        #[serde(default)]
        max_bytes: Option<u64>,
        #[serde(default = "d_upload_spool")]
        spool: PathBuf,
    },
    /// An inbox in an object store shared by several workers (issue 16): scanners, capture
    /// tools or the HTTP upload of another machine write files under `url` (`s3://bucket/inbox`,
    /// or any store URL casevault takes); every worker running this pipeline against the same
    /// catalog lists it, and each file is claimed by one worker at a time through the catalog's
    /// work queue (`catalog::queue`), copied into `spool` (relative to the casevault home),
    /// filed from there like a scan, and deleted from the inbox once its outcome is recorded.
    /// A worker that stops renewing its claim for `lease_s` seconds loses it to another.
    S3Inbox {
        url: String,
        #[serde(default = "d_lease_s")]
        lease_s: u64,
        #[serde(default = "d_inbox_poll")]
        poll_interval_ms: u64,
        #[serde(default = "d_inbox_spool")]
        spool: PathBuf,
    },
    /// A batch import of a tree of case folders (a legacy shared drive), run by
    /// `casevault import-tree DIR --map MAPPING`; the tree is only read, never changed.
    Tree,
}

fn d_mailbox_lease_s() -> u64 {
    30
}
fn d_lease_s() -> u64 {
    60
}
fn d_inbox_poll() -> u64 {
    2000
}
fn d_inbox_spool() -> PathBuf {
    PathBuf::from("spool/s3-inbox")
}

/// An object-store inbox, as a worker runs it.
#[derive(Debug, Clone)]
pub struct InboxPlan {
    pub url: String,
    pub lease: Duration,
    pub poll_interval: Duration,
}

/// A watched folder (a scanning station's, or an e-mail drop folder).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FolderConfig {
    /// The inbox; relative paths are relative to the working directory. `--inbox` overrides.
    pub path: PathBuf,
    /// `notify` (file-system events, with a slow poll as a safety net) or `poll` (network
    /// shares where events do not arrive).
    #[serde(default = "d_watch")]
    pub watch: WatchMode,
    #[serde(default = "d_poll")]
    pub poll_interval_ms: u64,
    /// A file is taken once its size and modification time stayed the same this long.
    #[serde(default = "d_settle")]
    pub settle_ms: u64,
    /// How long a settled file that is not finished (a PDF, JPEG or PNG without its end
    /// marker, or one a writer on this machine still has open) waits for its writer, counted
    /// from its last change. After that it is taken as it is, and a cut-off file is quarantined
    /// as corrupt. 0 takes it once settled.
    #[serde(default = "d_unfinished_wait")]
    pub unfinished_wait_ms: u64,
    /// What happens to an original once its document is stored and verified.
    #[serde(default)]
    pub release: Release,
    /// Several workers (on several machines) file from this folder: each claims a file by
    /// renaming it into a claims folder of its own (see `sources::shared_folder`).
    #[serde(default)]
    pub shared: bool,
    /// With `shared`: a worker that stops renewing its lease for this long has its claimed
    /// files taken over by another.
    #[serde(default = "d_claim_lease_s")]
    pub claim_lease_s: u64,
}

fn d_claim_lease_s() -> u64 {
    60
}

/// The OCR stage's settings.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OcrConfig {
    /// Tesseract languages, e.g. `eng` or `cym+eng` (policy 003).
    #[serde(default = "d_lang")]
    pub languages: String,
}

impl Default for OcrConfig {
    fn default() -> Self {
        OcrConfig {
            languages: d_lang(),
        }
    }
}

/// The routing stage's settings.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RouteConfig {
    /// The routing rules, relative to the pipeline file.
    #[serde(default = "d_rules")]
    pub rules: PathBuf,
}

impl Default for RouteConfig {
    fn default() -> Self {
        RouteConfig { rules: d_rules() }
    }
}

/// The retention stage's settings.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RetentionStage {
    /// The retention schedule (default: the configuration's default schedule).
    #[serde(default)]
    pub schedule: Option<String>,
}

fn d_lang() -> String {
    "eng".to_string()
}
fn d_rules() -> PathBuf {
    PathBuf::from("routing.toml")
}
fn d_account() -> String {
    "default".into()
}
fn d_upload_spool() -> PathBuf {
    PathBuf::from("spool/upload")
}
fn d_inbox() -> String {
    "INBOX".into()
}
fn d_processed() -> String {
    "Processed".into()
}
fn d_quarantine() -> String {
    "Quarantine".into()
}
fn d_true() -> bool {
    true
}
fn d_spool() -> PathBuf {
    PathBuf::from("spool/imap")
}

/// What kind of input a source delivers, which decides how a file is turned into documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    /// A scanning station: scans (images and scanned PDFs, every recognised page through the
    /// legibility gate), and whatever else an office drops there, read as on a shared drive.
    Scan,
    /// E-mail messages: the message becomes a PDF, each attachment its own document.
    Email,
    /// Whatever a shared drive holds: scans, born-digital PDFs, office documents, e-mails.
    Mixed,
}

/// The mailbox side of an IMAP pipeline (the folder side is the spool).
#[derive(Debug, Clone)]
pub struct ImapPlan {
    /// The configuration's `[imap.NAME]` that says where the server is.
    pub account: String,
    /// Where the server is: filled from the configuration by [`Plan::fit`].
    pub endpoint: Option<ImapEndpoint>,
    pub mailbox: String,
    pub processed: String,
    pub quarantine: String,
    pub idle: bool,
    pub poll_interval: Duration,
    /// How long the mailbox stays this worker's without a renewal.
    pub lease: Duration,
}

/// The HTTP side of an upload pipeline (the folder side is the spool).
#[derive(Debug, Clone)]
pub struct UploadPlan {
    pub listen: std::net::SocketAddr,
    pub token_sha256: Vec<[u8; 32]>,
    /// `None`: the configuration's `max_file_bytes`.
    pub max_bytes: Option<u64>,
}

/// How a folder source notices new files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum WatchMode {
    Notify,
    Poll,
}

/// What happens to an original after its document is stored and verified (policy 000 §4.4: "the
/// original then destroyed or returned").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Release {
    #[default]
    Delete,
    /// Moved to `{home}/returned/`.
    Move,
    /// Left where it is (a batch import reads a drive it must not change).
    Keep,
}

fn d_watch() -> WatchMode {
    WatchMode::Notify
}
fn d_poll() -> u64 {
    2000
}
fn d_settle() -> u64 {
    1500
}
/// Ten minutes: a scanner's paper jam cleared, a slow share catching up.
fn d_unfinished_wait() -> u64 {
    600_000
}

/// Every sink kind there is.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
pub enum SinkConfig {
    /// Sealed into the configured object store, read back and verified.
    #[default]
    SealedStore,
}

/// A folder the pipeline files from: the watched inbox itself, or the spool an IMAP or upload
/// source writes into.
#[derive(Debug, Clone)]
pub struct FolderPlan {
    pub inbox: PathBuf,
    pub watch: WatchMode,
    pub poll_interval: Duration,
    pub settle: Duration,
    /// How long a settled file that is not finished waits for its writer after its last change
    /// (see [`crate::sources::scan_folder`]).
    pub unfinished_wait: Duration,
    pub release: Release,
    /// Shared by several workers, claimed by rename, and how long a worker's claims outlive it.
    pub shared: Option<Duration>,
}

/// Where a pipeline's documents come from, one variant per source kind, each with exactly the
/// settings it runs on.
#[derive(Debug, Clone)]
pub enum SourcePlan {
    ScanFolder(FolderPlan),
    EmailFolder(FolderPlan),
    /// The mailbox is spooled into `spool`, which is filed like an e-mail folder.
    Imap {
        spool: FolderPlan,
        imap: ImapPlan,
    },
    /// Uploads are spooled into `spool`, which is filed like a scanning station's folder.
    Upload {
        spool: FolderPlan,
        upload: UploadPlan,
    },
    /// Files claimed from a shared object-store inbox are spooled into `spool`, which is filed
    /// like a scanning station's folder.
    S3Inbox {
        spool: FolderPlan,
        inbox: InboxPlan,
    },
    /// A tree named by `import-tree`, read and never changed.
    Tree,
}

/// A validated pipeline.
#[derive(Debug, Clone)]
pub struct Plan {
    pub name: String,
    pub source: SourcePlan,
    pub languages: String,
    pub rules: Rules,
    pub schedule: Option<String>,
}

impl Plan {
    /// The source kind routing rules can match on (`scan`, `email`, `g-drive`).
    pub fn source_kind(&self) -> SourceKind {
        match self.source {
            SourcePlan::ScanFolder(_) | SourcePlan::Upload { .. } | SourcePlan::S3Inbox { .. } => {
                SourceKind::Scan
            }
            SourcePlan::EmailFolder(_) | SourcePlan::Imap { .. } => SourceKind::Email,
            SourcePlan::Tree => SourceKind::Tree,
        }
    }

    /// How a file from this source is turned into documents.
    pub fn input(&self) -> InputKind {
        match self.source_kind() {
            SourceKind::Scan => InputKind::Scan,
            SourceKind::Email => InputKind::Email,
            SourceKind::Tree => InputKind::Mixed,
        }
    }

    /// The folder this pipeline files from, if it files from one (every source but a tree).
    pub fn folder(&self) -> Option<&FolderPlan> {
        match &self.source {
            SourcePlan::ScanFolder(f) | SourcePlan::EmailFolder(f) => Some(f),
            SourcePlan::Imap { spool, .. }
            | SourcePlan::Upload { spool, .. }
            | SourcePlan::S3Inbox { spool, .. } => Some(spool),
            SourcePlan::Tree => None,
        }
    }

    /// What happens to an original once filed: a tree is never changed.
    pub fn release(&self) -> Release {
        self.folder().map_or(Release::Keep, |f| f.release)
    }
}

impl RawPipeline {
    /// Reads a pipeline file.
    pub fn load(path: &Path) -> Result<RawPipeline, PipelineError> {
        let text = std::fs::read_to_string(path).map_err(|source| PipelineError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        toml::from_str(&text).map_err(|e| PipelineError::Invalid {
            path: path.to_path_buf(),
            message: e.to_string(),
        })
    }

    /// Checks the settings and resolves paths. `file` is where the pipeline was read from (rule
    /// files are relative to it); `inbox` overrides the source folder.
    pub fn validate(self, file: &Path, inbox: Option<&Path>) -> Result<Plan, PipelineError> {
        let invalid = |message: String| PipelineError::Invalid {
            path: file.to_path_buf(),
            message,
        };
        if self.name.trim().is_empty() {
            return Err(invalid("name is empty".into()));
        }
        if self.listed_stages.is_some() {
            return Err(invalid(
                "[[stage]] lists are no longer written: every document goes through ocr, \
                 identify, route, name and retention in that order. Keep only the settings, as \
                 [ocr] languages = \"eng\", [route] rules = \"routing.toml\" and [retention] \
                 schedule = \"...\" (see pipelines/scanning-station.toml)"
                    .into(),
            ));
        }
        let languages = self.ocr.languages;
        if languages.is_empty()
            || !languages
                .split('+')
                .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
        {
            return Err(invalid(format!(
                "ocr languages '{languages}' must look like eng or cym+eng"
            )));
        }
        let base = file.parent().unwrap_or(Path::new("."));
        let rules = Rules::load(&base.join(&self.route.rules))?;
        let SinkConfig::SealedStore = self.sink;
        let folder = |f: FolderConfig| FolderPlan {
            inbox: inbox.map(Path::to_path_buf).unwrap_or(f.path),
            watch: f.watch,
            poll_interval: Duration::from_millis(f.poll_interval_ms.max(50)),
            settle: Duration::from_millis(f.settle_ms),
            unfinished_wait: Duration::from_millis(f.unfinished_wait_ms),
            release: f.release,
            shared: f
                .shared
                .then(|| Duration::from_secs(f.claim_lease_s.max(1))),
        };
        // A spool is written by casevault alone, each file complete before it is renamed into
        // place: it settles at once, and there is no writer to wait for (a file that ends
        // badly is judged at once).
        let spool = |path: PathBuf, watch, poll: u64| FolderPlan {
            inbox: inbox.map(Path::to_path_buf).unwrap_or(path),
            watch,
            poll_interval: Duration::from_millis(poll.max(50)),
            settle: Duration::ZERO,
            unfinished_wait: Duration::ZERO,
            release: Release::Delete,
            // A spool is one worker's own.
            shared: None,
        };
        let source = match self.source {
            SourceConfig::Tree => SourcePlan::Tree,
            SourceConfig::ScanFolder(f) => SourcePlan::ScanFolder(folder(f)),
            SourceConfig::EmailFolder(f) => SourcePlan::EmailFolder(folder(f)),
            SourceConfig::Imap {
                account,
                mailbox,
                processed,
                quarantine,
                idle,
                poll_interval_ms,
                spool: path,
                lease_s,
            } => {
                if account.trim().is_empty() {
                    return Err(invalid("imap account is empty".into()));
                }
                if processed == mailbox || quarantine == mailbox {
                    return Err(invalid(format!(
                        "imap processed ({processed}) and quarantine ({quarantine}) mailboxes must differ from the mailbox read ({mailbox})"
                    )));
                }
                SourcePlan::Imap {
                    spool: spool(path, WatchMode::Poll, poll_interval_ms.min(1000)),
                    imap: ImapPlan {
                        account,
                        endpoint: None,
                        mailbox,
                        processed,
                        quarantine,
                        idle,
                        poll_interval: Duration::from_millis(poll_interval_ms.max(50)),
                        lease: Duration::from_secs(lease_s.max(1)),
                    },
                }
            }
            SourceConfig::HttpUpload {
                listen,
                token_sha256,
                max_bytes,
                spool: path,
            } => {
                let hashes = token_sha256
                    .iter()
                    .map(|h| {
                        hex::decode(h.trim())
                            .ok()
                            .and_then(|b| <[u8; 32]>::try_from(b).ok())
                            .ok_or_else(|| {
                                invalid(
                                    "http-upload token_sha256 entries must be 64 hex digits (printf %s \"$TOKEN\" | sha256sum)"
                                        .into(),
                                )
                            })
                    })
                    .collect::<Result<Vec<_>, _>>()?;
                if max_bytes == Some(0) {
                    return Err(invalid("http-upload max_bytes must be above 0".into()));
                }
                SourcePlan::Upload {
                    spool: spool(path, WatchMode::Notify, d_poll()),
                    upload: UploadPlan {
                        listen,
                        token_sha256: hashes,
                        max_bytes,
                    },
                }
            }
            SourceConfig::S3Inbox {
                url,
                lease_s,
                poll_interval_ms,
                spool: path,
            } => {
                if url.trim().is_empty() {
                    return Err(invalid("s3-inbox url is empty".into()));
                }
                if lease_s < 3 {
                    return Err(invalid(
                        "s3-inbox lease_s must be at least 3 (a lease is renewed every third of it)"
                            .into(),
                    ));
                }
                SourcePlan::S3Inbox {
                    spool: spool(path, WatchMode::Poll, poll_interval_ms.min(1000)),
                    inbox: InboxPlan {
                        url,
                        lease: Duration::from_secs(lease_s),
                        poll_interval: Duration::from_millis(poll_interval_ms.max(50)),
                    },
                }
            }
        };
        Ok(Plan {
            name: self.name,
            source,
            languages,
            rules,
            schedule: self.retention.schedule,
        })
    }
}

impl Plan {
    /// Fits a valid plan to this installation, for every command that runs one: the spool of
    /// an IMAP or upload source (casevault's own state) goes under the home folder, an IMAP
    /// source gets its server from the configuration's `[imap.ACCOUNT]`, and the retention
    /// schedule it names (or the configuration's default) must exist, so that a typo is one
    /// error at the start, not "retry later" on every document.
    pub fn fit(
        &mut self,
        config: &crate::config::Config,
        schedules: &crate::retention::ScheduleSet,
    ) -> Result<(), PipelineError> {
        let unfit = |message: String| PipelineError::Unfit {
            name: self.name.clone(),
            message,
        };
        let schedule = self.schedule.as_deref().unwrap_or(&config.default_schedule);
        if schedules.get(schedule).is_none() {
            return Err(unfit(format!(
                "it asks for retention schedule {schedule}, which is not in {}",
                config.schedules_dir.display()
            )));
        }
        if let SourcePlan::Imap { imap, .. } = &self.source {
            let Some(endpoint) = config.imap.get(&imap.account) else {
                let known: Vec<&str> = config.imap.keys().map(String::as_str).collect();
                return Err(unfit(format!(
                    "it reads the IMAP account {:?}, which the configuration does not define: \
                     add [imap.{}] with host, port and user to the config file{}",
                    imap.account,
                    imap.account,
                    if known.is_empty() {
                        String::new()
                    } else {
                        format!(" (it defines {})", known.join(", "))
                    }
                )));
            };
            let endpoint = endpoint.clone();
            if let SourcePlan::Imap { imap, .. } = &mut self.source {
                imap.endpoint = Some(endpoint);
            }
        }
        if let SourcePlan::Imap { spool, .. }
        | SourcePlan::Upload { spool, .. }
        | SourcePlan::S3Inbox { spool, .. } = &mut self.source
        {
            if spool.inbox.is_relative() {
                spool.inbox = config.home.join(&spool.inbox);
            }
        }
        Ok(())
    }
}

/// Finds a pipeline by path, or by name in `pipelines/`.
pub fn resolve(name_or_path: &str) -> PathBuf {
    let p = Path::new(name_or_path);
    if p.exists() || name_or_path.contains('/') || name_or_path.ends_with(".toml") {
        return p.to_path_buf();
    }
    Path::new("pipelines").join(format!("{name_or_path}.toml"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn root() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
    }

    #[test]
    fn every_shipped_pipeline_validates() {
        let mut n = 0;
        for e in std::fs::read_dir(root().join("pipelines")).unwrap() {
            let p = e.unwrap().path();
            // pipelines/routing/ holds the routing model's kinds and training sets.
            if !p.is_file() {
                continue;
            }
            let text = std::fs::read_to_string(&p).unwrap();
            // Rule files are loaded through the pipelines that name them.
            if p.extension().is_some_and(|x| x == "toml") && text.contains("[source]") {
                let plan = RawPipeline::load(&p).unwrap().validate(&p, None).unwrap();
                assert!(!plan.rules.rules.is_empty());
                n += 1;
            }
        }
        assert!(n >= 2, "found {n} pipelines");
    }

    #[test]
    fn a_stage_list_and_typos_are_refused() {
        let p = root().join("pipelines/scanning-station.toml");
        let text = std::fs::read_to_string(&p).unwrap();
        let listed = format!("{text}\n[[stage]]\nkind = \"name\"\n");
        let raw: RawPipeline = toml::from_str(&listed).unwrap();
        let e = raw.validate(&p, None).unwrap_err().to_string();
        assert!(
            e.contains("no longer written") && e.contains("[ocr]"),
            "{e}"
        );
        let typo = text.replacen("settle_ms", "setle_ms", 1);
        assert!(toml::from_str::<RawPipeline>(&typo).is_err());
        let typo = text.replacen("languages", "language", 1);
        assert!(toml::from_str::<RawPipeline>(&typo).is_err());
    }

    #[test]
    fn only_what_varies_is_written_and_the_rest_defaults() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::copy(
            root().join("pipelines/routing.toml"),
            dir.path().join("routing.toml"),
        )
        .unwrap();
        // The rules name their model's kinds and training sets beside them.
        std::fs::create_dir(dir.path().join("routing")).unwrap();
        std::fs::copy(
            root().join("pipelines/routing/kinds.toml"),
            dir.path().join("routing/kinds.toml"),
        )
        .unwrap();
        let p = dir.path().join("p.toml");
        std::fs::write(
            &p,
            "name = \"x\"\n[source]\nkind = \"scan-folder\"\npath = \"in\"\n",
        )
        .unwrap();
        let plan = RawPipeline::load(&p).unwrap().validate(&p, None).unwrap();
        assert_eq!(plan.languages, "eng");
        assert_eq!(plan.schedule, None);
        assert!(!plan.rules.rules.is_empty());
        assert_eq!(plan.source_kind(), SourceKind::Scan);
        let f = plan.folder().unwrap();
        assert_eq!((f.watch, f.release), (WatchMode::Notify, Release::Delete));
    }

    #[test]
    fn an_imap_pipeline_gets_its_server_from_the_configuration() {
        let p = root().join("pipelines/email-imap.toml");
        let mut plan = RawPipeline::load(&p).unwrap().validate(&p, None).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let config_file = dir.path().join("c.toml");
        let schedules = root().join("config/retention");
        let write = |imap: &str| {
            std::fs::write(
                &config_file,
                format!(
                    "home = \"{}\"\n[retention]\nschedules_dir = \"{}\"\n{imap}",
                    dir.path().display(),
                    schedules.display()
                ),
            )
            .unwrap();
            crate::config::Config::load(Some(&config_file), None).unwrap()
        };
        let set = crate::retention::ScheduleSet::load_dir(&schedules).unwrap();
        let none = write("");
        let e = plan.clone().fit(&none, &set).unwrap_err().to_string();
        assert!(e.contains("[imap.business-services]"), "{e}");
        let config = write(
            "[imap.business-services]\nhost = \"mail.example\"\nport = 1143\nuser = \"bs\"\n",
        );
        plan.fit(&config, &set).unwrap();
        let SourcePlan::Imap { spool, imap } = &plan.source else {
            panic!("an imap plan")
        };
        let e = imap.endpoint.as_ref().unwrap();
        assert_eq!((e.host.as_str(), e.port()), ("mail.example", 1143));
        assert_eq!(e.password_env, "CASEVAULT_IMAP_PASSWORD");
        assert!(
            spool.inbox.starts_with(dir.path()),
            "{}",
            spool.inbox.display()
        );
    }

    #[test]
    fn inbox_override_wins() {
        let p = root().join("pipelines/scanning-station.toml");
        let plan = RawPipeline::load(&p)
            .unwrap()
            .validate(&p, Some(Path::new("/tmp/other")))
            .unwrap();
        assert_eq!(plan.folder().unwrap().inbox, Path::new("/tmp/other"));
    }
}
