//! Pipeline files: parse (raw serde), then validate into a [`Plan`].
//!
//! A pipeline file in `pipelines/` is the business wiring: which source feeds which stages into
//! which sink, and the routing rules. It holds no endpoints and no secrets (those are in `config/`).
//! Parsing and validation are separate steps, as in ripgrep's flags: the raw structs mirror the
//! file exactly (`deny_unknown_fields`, so a typo is an error, not a silently ignored setting), and
//! the plan holds only checked, resolved values. [`StageConfig`] is the one place that lists every
//! stage kind there is.

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;
use thiserror::Error;

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

/// A pipeline file as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPipeline {
    pub name: String,
    #[serde(default)]
    pub description: String,
    pub source: SourceConfig,
    #[serde(rename = "stage")]
    pub stages: Vec<StageConfig>,
    pub sink: SinkConfig,
}

/// Every source kind there is.
#[derive(Debug, Clone, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
pub enum SourceConfig {
    /// A scanning station's folder.
    ScanFolder {
        /// The inbox; relative paths are relative to the working directory. `--inbox` overrides.
        path: PathBuf,
        /// `notify` (file-system events, with a slow poll as a safety net) or `poll` (network
        /// shares where events do not arrive).
        #[serde(default = "d_watch")]
        watch: WatchMode,
        #[serde(default = "d_poll")]
        poll_interval_ms: u64,
        /// A file is taken once its size and modification time stayed the same this long.
        #[serde(default = "d_settle")]
        settle_ms: u64,
        /// How long a settled file that is not finished (a PDF, JPEG or PNG without its end
        /// marker, or one a writer on this machine still has open) waits for its writer,
        /// counted from its last change. After that it is taken as it is, and a cut-off file is
        /// quarantined as corrupt. 0 takes it once settled.
        #[serde(default = "d_unfinished_wait")]
        unfinished_wait_ms: u64,
        /// What happens to an original once its document is stored and verified.
        #[serde(default)]
        release: Release,
    },
    /// A drop folder of `.eml` files (an e-mail client's export, a mail server's maildir copy,
    /// or anything that writes one message per file).
    EmailFolder {
        path: PathBuf,
        #[serde(default = "d_watch")]
        watch: WatchMode,
        #[serde(default = "d_poll")]
        poll_interval_ms: u64,
        #[serde(default = "d_settle")]
        settle_ms: u64,
        #[serde(default = "d_unfinished_wait")]
        unfinished_wait_ms: u64,
        #[serde(default)]
        release: Release,
    },
    /// An IMAP mailbox. Messages are spooled to `spool` (relative to the casevault home), filed
    /// from there like an `.eml` folder, and moved on the server to `processed` once every part is
    /// stored and verified, or to `quarantine` with the reason. The password is never in a
    /// pipeline file: it is read from the environment variable named by `password_env`.
    Imap {
        host: String,
        port: u16,
        user: String,
        #[serde(default = "d_password_env")]
        password_env: String,
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
    /// A batch import of a tree of case folders (a legacy shared drive), run by
    /// `casevault import-tree DIR --map MAPPING`; the tree is only read, never changed.
    Tree,
}

fn d_upload_spool() -> PathBuf {
    PathBuf::from("spool/upload")
}

fn d_password_env() -> String {
    "CASEVAULT_IMAP_PASSWORD".into()
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

/// The IMAP side of an IMAP pipeline (the folder side is the spool).
#[derive(Debug, Clone)]
pub struct ImapPlan {
    pub host: String,
    pub port: u16,
    pub user: String,
    pub password_env: String,
    pub mailbox: String,
    pub processed: String,
    pub quarantine: String,
    pub idle: bool,
    pub poll_interval: Duration,
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

/// Every stage kind there is, in the order they must run.
#[derive(Debug, Clone, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
pub enum StageConfig {
    /// Legibility and the searchable PDF, from one recognition per page.
    Ocr {
        /// Tesseract languages, e.g. `eng` or `cym+eng` (policy 003).
        #[serde(default = "d_lang")]
        languages: String,
    },
    /// The case, from the file name or the text.
    Identify,
    /// The folder, by the rules in `rules` (relative to the pipeline file).
    Route { rules: PathBuf },
    /// The canonical name.
    Name,
    /// The retention date under `schedule` (default: the config's default schedule).
    Retention {
        #[serde(default)]
        schedule: Option<String>,
    },
}

fn d_lang() -> String {
    "eng".to_string()
}

impl StageConfig {
    fn order(&self) -> usize {
        match self {
            StageConfig::Ocr { .. } => 0,
            StageConfig::Identify => 1,
            StageConfig::Route { .. } => 2,
            StageConfig::Name => 3,
            StageConfig::Retention { .. } => 4,
        }
    }
    fn label(&self) -> &'static str {
        ["ocr", "identify", "route", "name", "retention"][self.order()]
    }
}

/// Every sink kind there is.
#[derive(Debug, Clone, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
pub enum SinkConfig {
    /// Sealed into the configured object store, read back and verified.
    SealedStore,
}

/// A validated pipeline.
#[derive(Debug, Clone)]
pub struct Plan {
    pub name: String,
    pub inbox: PathBuf,
    pub watch: WatchMode,
    pub poll_interval: Duration,
    pub settle: Duration,
    /// How long a settled file that is not finished waits for its writer after its last change
    /// (see [`crate::sources::scan_folder`]).
    pub unfinished_wait: Duration,
    pub release: Release,
    pub languages: String,
    pub rules: Rules,
    pub schedule: Option<String>,
    /// The source kind routing rules can match on (`scan`, `email`, `g-drive`).
    pub source_kind: SourceKind,
    pub input: InputKind,
    /// Set for IMAP pipelines; `inbox` is then the spool folder.
    pub imap: Option<ImapPlan>,
    /// Set for HTTP upload pipelines; `inbox` is then the spool folder.
    pub upload: Option<UploadPlan>,
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

    /// Checks the wiring and resolves paths. `file` is where the pipeline was read from (rule
    /// files are relative to it); `inbox` overrides the source folder.
    pub fn validate(self, file: &Path, inbox: Option<&Path>) -> Result<Plan, PipelineError> {
        // Long on purpose: one arm per source kind, each turning its table into a plan with the
        // same checks side by side. A typed SourcePlan (issue 11 point 3) would shorten it.
        let invalid = |message: String| PipelineError::Invalid {
            path: file.to_path_buf(),
            message,
        };
        if self.name.trim().is_empty() {
            return Err(invalid("name is empty".into()));
        }
        let order: Vec<usize> = self.stages.iter().map(StageConfig::order).collect();
        let expected: Vec<usize> = (0..5).collect();
        if order != expected {
            return Err(invalid(format!(
                "stages must be exactly ocr, identify, route, name, retention in that order; found {}",
                self.stages
                    .iter()
                    .map(StageConfig::label)
                    .collect::<Vec<_>>()
                    .join(", ")
            )));
        }
        let base = file.parent().unwrap_or(Path::new("."));
        let mut languages = d_lang();
        let mut rules = None;
        let mut schedule = None;
        for s in &self.stages {
            match s {
                StageConfig::Ocr { languages: l } => {
                    if l.is_empty()
                        || !l.split('+').all(|p| {
                            !p.is_empty()
                                && p.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                        })
                    {
                        return Err(invalid(format!(
                            "ocr languages '{l}' must look like eng or cym+eng"
                        )));
                    }
                    languages = l.clone();
                }
                StageConfig::Route { rules: r } => rules = Some(Rules::load(&base.join(r))?),
                StageConfig::Retention { schedule: s } => schedule = s.clone(),
                StageConfig::Identify | StageConfig::Name => {}
            }
        }
        let SinkConfig::SealedStore = self.sink;
        let rules = rules.expect("route stage present");
        let plan = |path: PathBuf, watch, poll: u64, settle: u64, release, kind, input| Plan {
            name: self.name.clone(),
            inbox: inbox.map(Path::to_path_buf).unwrap_or(path),
            watch,
            poll_interval: Duration::from_millis(poll.max(50)),
            settle: Duration::from_millis(settle),
            unfinished_wait: Duration::from_millis(d_unfinished_wait()),
            release,
            languages: languages.clone(),
            rules: rules.clone(),
            schedule: schedule.clone(),
            source_kind: kind,
            input,
            imap: None,
            upload: None,
        };
        Ok(match self.source {
            SourceConfig::Tree => plan(
                PathBuf::new(),
                WatchMode::Poll,
                d_poll(),
                0,
                Release::Keep,
                SourceKind::Tree,
                InputKind::Mixed,
            ),
            SourceConfig::ScanFolder {
                path,
                watch,
                poll_interval_ms,
                settle_ms,
                unfinished_wait_ms,
                release,
            } => Plan {
                unfinished_wait: Duration::from_millis(unfinished_wait_ms),
                ..plan(
                    path,
                    watch,
                    poll_interval_ms,
                    settle_ms,
                    release,
                    SourceKind::Scan,
                    InputKind::Scan,
                )
            },
            SourceConfig::EmailFolder {
                path,
                watch,
                poll_interval_ms,
                settle_ms,
                unfinished_wait_ms,
                release,
            } => Plan {
                unfinished_wait: Duration::from_millis(unfinished_wait_ms),
                ..plan(
                    path,
                    watch,
                    poll_interval_ms,
                    settle_ms,
                    release,
                    SourceKind::Email,
                    InputKind::Email,
                )
            },
            SourceConfig::Imap {
                host,
                port,
                user,
                password_env,
                mailbox,
                processed,
                quarantine,
                idle,
                poll_interval_ms,
                spool,
            } => {
                if host.trim().is_empty() || user.trim().is_empty() {
                    return Err(invalid("imap host and user must be set".into()));
                }
                if processed == mailbox || quarantine == mailbox {
                    return Err(invalid(format!(
                        "imap processed ({processed}) and quarantine ({quarantine}) mailboxes must differ from the mailbox read ({mailbox})"
                    )));
                }
                // The spool is written by casevault alone (each message complete before it is
                // renamed into place), so it settles at once, is polled, and has no writer to
                // wait for.
                let mut p = plan(
                    spool,
                    WatchMode::Poll,
                    poll_interval_ms.min(1000),
                    0,
                    Release::Delete,
                    SourceKind::Email,
                    InputKind::Email,
                );
                p.unfinished_wait = Duration::ZERO;
                p.imap = Some(ImapPlan {
                    host,
                    port,
                    user,
                    password_env,
                    mailbox,
                    processed,
                    quarantine,
                    idle,
                    poll_interval: Duration::from_millis(poll_interval_ms.max(50)),
                });
                p
            }
            SourceConfig::HttpUpload {
                listen,
                token_sha256,
                max_bytes,
                spool,
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
                // The spool holds only complete files, renamed into place: they settle at once.
                let mut p = plan(
                    spool,
                    WatchMode::Notify,
                    d_poll(),
                    0,
                    Release::Delete,
                    SourceKind::Scan,
                    InputKind::Scan,
                );
                // An upload is whole by the time it is in the spool (received to its end,
                // then renamed): a file that ends badly is judged at once, not waited for.
                p.unfinished_wait = Duration::ZERO;
                p.upload = Some(UploadPlan {
                    listen,
                    token_sha256: hashes,
                    max_bytes,
                });
                p
            }
        })
    }
}

impl Plan {
    /// Fits a valid plan to this installation, for every command that runs one: the spool of
    /// an IMAP or upload source (casevault's own state) goes under the home folder, and the
    /// retention schedule it names (or the configuration's default) must exist, so that a typo
    /// is one error at the start, not "retry later" on every document.
    pub fn fit(
        &mut self,
        home: &Path,
        schedules: &crate::retention::ScheduleSet,
        default_schedule: &str,
        schedules_dir: &Path,
    ) -> Result<(), PipelineError> {
        if (self.imap.is_some() || self.upload.is_some()) && self.inbox.is_relative() {
            self.inbox = home.join(&self.inbox);
        }
        let schedule = self.schedule.as_deref().unwrap_or(default_schedule);
        if schedules.get(schedule).is_none() {
            return Err(PipelineError::Unfit {
                name: self.name.clone(),
                message: format!(
                    "it asks for retention schedule {schedule}, which is not in {}",
                    schedules_dir.display()
                ),
            });
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
    fn stage_order_and_typos_are_refused() {
        let p = root().join("pipelines/scanning-station.toml");
        let text = std::fs::read_to_string(&p).unwrap();
        let swapped = text.replacen("kind = \"identify\"", "kind = \"name\"", 1);
        let raw: RawPipeline = toml::from_str(&swapped).unwrap();
        let e = raw.validate(&p, None).unwrap_err().to_string();
        assert!(e.contains("in that order"), "{e}");
        let typo = text.replacen("settle_ms", "setle_ms", 1);
        assert!(toml::from_str::<RawPipeline>(&typo).is_err());
    }

    #[test]
    fn inbox_override_wins() {
        let p = root().join("pipelines/scanning-station.toml");
        let plan = RawPipeline::load(&p)
            .unwrap()
            .validate(&p, Some(Path::new("/tmp/other")))
            .unwrap();
        assert_eq!(plan.inbox, Path::new("/tmp/other"));
    }
}
