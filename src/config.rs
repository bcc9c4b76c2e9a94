//! Where casevault runs: the home folder, the store, the catalog, the key file, concurrency and
//! thresholds.
//!
//! Pipelines (`pipelines/*.toml`) say *what* flows where; this file (`config/casevault.toml`) says
//! *where it runs*. Keeping them apart means the same pipeline runs on a laptop (local folder +
//! SQLite under `./var`) and at scale (S3 + a shared catalog) without edits. All state lives under
//! one home folder so that a run can be moved, backed up or thrown away as one thing.

use std::path::{Path, PathBuf};

use serde::Deserialize;
use thiserror::Error;

use crate::store::S3Credentials;

/// Errors loading the configuration.
#[derive(Debug, Error)]
pub enum ConfigError {
    #[error("cannot read config file {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("config file {path} is not valid: {message}")]
    Parse { path: PathBuf, message: String },
    #[error("config value {field} is not valid: {message}")]
    Invalid {
        field: &'static str,
        message: String,
    },
    /// The retention schedules folder is missing, unreadable or empty. Checked when the config
    /// file is loaded, so a config copied elsewhere fails at once and names the folder.
    #[error(
        "the retention schedules folder {path} {problem}: it is schedules_dir = {given:?} under \
         [retention] in {config}, {how_resolved}; copy the schedules (config/retention/*.toml) \
         there, or set schedules_dir to the folder that holds them (an absolute path works from \
         anywhere)"
    )]
    Schedules {
        /// The folder, resolved.
        path: PathBuf,
        /// What is wrong with it.
        problem: String,
        /// `schedules_dir` as written in the file.
        given: PathBuf,
        /// The config file.
        config: PathBuf,
        /// How a relative path was resolved.
        how_resolved: String,
    },
}

/// The raw `config/casevault.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawConfig {
    /// State folder; relative paths are relative to the working directory.
    #[serde(default)]
    pub home: Option<PathBuf>,
    /// Object store URL: `file:///path`, `memory://` or `s3://bucket/prefix`. Default: `{home}/store`.
    #[serde(default)]
    pub store_url: Option<String>,
    /// SQLite catalog file. Default: `{home}/catalog.sqlite`.
    #[serde(default)]
    pub catalog: Option<PathBuf>,
    /// A PostgreSQL catalog instead (`postgres://user@host:port/database`), shared by every
    /// worker that names it; `catalog` is then unused. `CASEVAULT_CATALOG_URL` overrides it.
    #[serde(default)]
    pub catalog_url: Option<String>,
    /// Lets `catalog_url` reach another machine without requiring TLS (`sslmode=disable`,
    /// `allow` or `prefer`): only on a network you trust. See `catalog::pg_tls`.
    #[serde(default)]
    pub catalog_allow_plaintext: bool,
    /// Key ring file (mode 0600). Default: `{home}/keys.toml`.
    #[serde(default)]
    pub key_file: Option<PathBuf>,
    /// OCR workers; 0 means one per core.
    #[serde(default)]
    pub concurrency: usize,
    /// Capacity of each channel between stages (documents in flight per hop).
    #[serde(default = "default_channel_capacity")]
    pub channel_capacity: usize,
    /// Regex of a case number. Default: two letters, two digits, one letter, five digits.
    #[serde(default = "default_case_number_pattern")]
    pub case_number_pattern: String,
    /// Largest input file accepted, in MiB.
    #[serde(default = "default_max_file_mib")]
    pub max_file_mib: u64,
    /// A file being read this many times when the process died is quarantined as `crashed`.
    #[serde(default = "default_crash_limit")]
    pub crash_limit: u32,
    /// Most MiB of input files in the stages at once, whatever their number: a file is taken
    /// in only while those in flight total less, and one larger than this runs alone.
    #[serde(default = "default_in_flight_mib")]
    pub in_flight_mib: u64,
    #[serde(default)]
    pub legibility: LegibilityConfig,
    #[serde(default)]
    pub retention: RetentionConfig,
    #[serde(default)]
    pub s3: S3Config,
    #[serde(default)]
    pub office: OfficeConfig,
    /// IMAP servers, by account name (`[imap.business-services]`): a pipeline reading a mailbox
    /// names its account, so that the same pipeline runs against a test server and the real one.
    #[serde(default)]
    pub imap: std::collections::BTreeMap<String, ImapEndpoint>,
    /// The web workspace (`casevault serve`).
    #[serde(default)]
    pub web: WebConfig,
}

/// `[web]`: the workspace's address, TLS and sign-in rules.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct WebConfig {
    /// Where to listen; loopback unless changed (a reverse proxy or TLS is then expected).
    pub listen: String,
    /// PEM certificate chain and private key: with both, the workspace speaks only HTTPS and its
    /// cookies are `Secure`.
    pub tls_cert: Option<PathBuf>,
    pub tls_key: Option<PathBuf>,
    /// A session unused this long ends (minutes).
    pub idle_timeout_min: u64,
    /// A session ends this long after sign-in, used or not (hours).
    pub session_max_hours: u64,
    /// Failed sign-ins in `lockout_min` minutes that lock an account for `lockout_min` minutes.
    pub max_failures: u32,
    pub lockout_min: u64,
    /// GOV.UK Frontend's `dist/govuk` folder (installed by `make`, from npm).
    pub assets: PathBuf,
    /// After a person files a review-queue item, run its pipeline once over the item (from
    /// `{home}/decided/{pipeline}/`), so that the document is filed at once through every stage.
    /// Off: the items wait there for `casevault run PIPELINE --once --inbox` that folder.
    pub run_after_decision: bool,
    /// Local passwords (`users passwd`) sign people in. Off where everyone signs in through the
    /// organisation's identity provider (`[web.oidc]`), so that no second password exists.
    pub passwords: bool,
    /// OpenID Connect sign-in through the organisation's identity provider (optional).
    pub oidc: Option<OidcConfig>,
}

/// `[web.oidc]`: sign-in through an OpenID Connect identity provider (Entra ID, Keycloak, ...).
///
/// The provider says who the person is; casevault still decides what they may do: the claim
/// named by `user_claim` must be the name of a casevault user who is not disabled, whose roles,
/// allocations and shielded-case lists are casevault's own. Nobody is created by signing in.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OidcConfig {
    /// The issuer URL; its `/.well-known/openid-configuration` is read at the first sign-in.
    pub issuer: String,
    pub client_id: String,
    /// The environment variable holding the client secret (never in a file); unset or empty
    /// for a public client, which PKCE still protects.
    #[serde(default = "d_oidc_secret_env")]
    pub client_secret_env: String,
    /// This workspace's callback as registered with the provider:
    /// `https://HOST/sign-in/oidc/callback`.
    pub redirect_url: String,
    /// The ID-token (or userinfo) claim that is the casevault user name: `preferred_username`,
    /// `email` (refused while `email_verified` is false) or `sub`.
    #[serde(default = "d_oidc_claim")]
    pub user_claim: String,
    /// Scopes asked for besides `openid`.
    #[serde(default = "d_oidc_scopes")]
    pub scopes: Vec<String>,
    /// The words on the sign-in button.
    #[serde(default = "d_oidc_label")]
    pub label: String,
    /// PEM file of certificate authorities to trust for the provider instead of the system's.
    #[serde(default)]
    pub ca_file: Option<PathBuf>,
}

fn d_oidc_secret_env() -> String {
    "CASEVAULT_OIDC_SECRET".into()
}
fn d_oidc_claim() -> String {
    "preferred_username".into()
}
fn d_oidc_scopes() -> Vec<String> {
    vec!["profile".into(), "email".into()]
}
fn d_oidc_label() -> String {
    "Sign in with your organisation account".into()
}

impl Default for WebConfig {
    fn default() -> Self {
        WebConfig {
            listen: "127.0.0.1:8780".into(),
            tls_cert: None,
            tls_key: None,
            idle_timeout_min: 30,
            session_max_hours: 12,
            max_failures: 5,
            lockout_min: 15,
            assets: PathBuf::from("web/node_modules/govuk-frontend/dist/govuk"),
            run_after_decision: true,
            passwords: true,
            oidc: None,
        }
    }
}

/// Where an IMAP mailbox is, and who reads it. The password is never in a file: it is read
/// from the environment variable `password_env` when the pipeline starts.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImapEndpoint {
    pub host: String,
    /// Default: 993 with `tls = "implicit"`, else 143.
    #[serde(default)]
    pub port: Option<u16>,
    pub user: String,
    #[serde(default = "d_password_env")]
    pub password_env: String,
    /// How the connection is protected: `starttls` (the default: plain connection upgraded
    /// before login), `implicit` (TLS from the first byte, usually port 993) or `none`.
    #[serde(default)]
    pub tls: ImapTls,
    /// PEM file of the certificate authorities to trust for this server instead of the
    /// system's (an organisation's own CA). Relative to the working directory.
    #[serde(default)]
    pub ca_file: Option<PathBuf>,
    /// `tls = "none"` to a host other than this machine sends the password and children's
    /// e-mail across the network in clear: refused unless this is set.
    #[serde(default)]
    pub allow_plaintext: bool,
}

/// How an IMAP connection is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ImapTls {
    #[default]
    Starttls,
    Implicit,
    None,
}

impl ImapEndpoint {
    /// The port, or the protocol's usual one.
    pub fn port(&self) -> u16 {
        self.port.unwrap_or(if self.tls == ImapTls::Implicit {
            993
        } else {
            143
        })
    }
}

use crate::tls::is_loopback;

fn d_password_env() -> String {
    "CASEVAULT_IMAP_PASSWORD".into()
}

/// Office documents (DOCX, DOC, ODT, RTF) are converted with LibreOffice in headless mode.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfficeConfig {
    /// The LibreOffice program; a bare name is looked up on PATH. Where it is missing, office
    /// documents are quarantined as "needs conversion" (nothing else stops).
    #[serde(default = "d_soffice")]
    pub soffice: PathBuf,
    /// A conversion taking longer is stopped (its whole process group is killed).
    #[serde(default = "d_office_timeout")]
    pub timeout_s: u64,
    /// Address space one conversion may take (`RLIMIT_AS`), in MiB; a document that needs more
    /// fails to convert (quarantined as `corrupt`) instead of starving the machine.
    #[serde(default = "d_office_memory")]
    pub memory_limit_mib: u64,
    /// The bubblewrap program that makes LibreOffice's sandbox; a bare name is looked up on
    /// PATH.
    #[serde(default = "d_bwrap")]
    pub bwrap: PathBuf,
    /// LibreOffice runs in a bubblewrap sandbox that sees only the document; where that cannot
    /// be made, office documents are quarantined as `needs-conversion` unless this is true.
    /// Set it only on a machine where LibreOffice reading the home (the key file, the catalog)
    /// and reaching the network is acceptable.
    #[serde(default)]
    pub allow_unsandboxed_office: bool,
}

fn d_soffice() -> PathBuf {
    PathBuf::from("soffice")
}
fn d_office_timeout() -> u64 {
    120
}
fn d_office_memory() -> u64 {
    2048
}
fn d_bwrap() -> PathBuf {
    PathBuf::from("bwrap")
}

impl Default for OfficeConfig {
    fn default() -> Self {
        OfficeConfig {
            soffice: d_soffice(),
            timeout_s: d_office_timeout(),
            memory_limit_mib: d_office_memory(),
            bwrap: d_bwrap(),
            allow_unsandboxed_office: false,
        }
    }
}

fn default_channel_capacity() -> usize {
    4
}
fn default_case_number_pattern() -> String {
    "[A-Z]{2}[0-9]{2}[A-Z][0-9]{5}".to_string()
}
fn default_max_file_mib() -> u64 {
    512
}
fn default_crash_limit() -> u32 {
    2
}
/// With one decoded page per document and the sink streaming, a document costs about its
/// file's size a few times over in memory (the original, its PDF, the stored PDF): 64 MiB of
/// files keeps a run's peak well under 400 MiB (benches/memory.rs, README "Memory").
fn default_in_flight_mib() -> u64 {
    64
}

/// Legibility thresholds, calibrated on the labelled sample (see README "Legibility thresholds").
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LegibilityConfig {
    /// A page with fewer recognised words (and not blank) is illegible.
    #[serde(default = "d_min_words")]
    pub min_words: u32,
    /// A page whose mean word confidence is below this is illegible.
    #[serde(default = "d_min_conf")]
    pub min_mean_confidence: f32,
    /// Per-page time limit for one recognition, in milliseconds.
    #[serde(default = "d_deadline")]
    pub page_deadline_ms: u64,
}

fn d_min_words() -> u32 {
    5
}
fn d_min_conf() -> f32 {
    60.0
}
fn d_deadline() -> u64 {
    6000
}

impl Default for LegibilityConfig {
    fn default() -> Self {
        LegibilityConfig {
            min_words: d_min_words(),
            min_mean_confidence: d_min_conf(),
            page_deadline_ms: d_deadline(),
        }
    }
}

/// Where retention schedules live and which one applies by default.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RetentionConfig {
    #[serde(default = "d_sched_dir")]
    pub schedules_dir: PathBuf,
    #[serde(default = "d_sched")]
    pub default_schedule: String,
}

fn d_sched_dir() -> PathBuf {
    PathBuf::from("retention")
}
fn d_sched() -> String {
    "cafcass-2020".to_string()
}

impl Default for RetentionConfig {
    fn default() -> Self {
        RetentionConfig {
            schedules_dir: d_sched_dir(),
            default_schedule: d_sched(),
        }
    }
}

/// S3 settings; each falls back to the usual `AWS_*` environment variable.
#[derive(Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct S3Config {
    pub endpoint: Option<String>,
    pub region: Option<String>,
    /// `"keys"` (the default: access key id and secret must be set, here or as `AWS_*`) or
    /// `"instance"` (the machine's instance role). Falls back to `CASEVAULT_S3_CREDENTIALS`.
    #[serde(default)]
    pub credentials: Option<S3Credentials>,
    pub access_key_id: Option<String>,
    pub secret_access_key: Option<String>,
    #[serde(default)]
    pub allow_http: bool,
}

impl std::fmt::Debug for S3Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("S3Config")
            .field("endpoint", &self.endpoint)
            .field("region", &self.region)
            .field("credentials", &self.credentials)
            .field("access_key_id", &self.access_key_id.as_ref().map(|_| "***"))
            .field("secret_access_key", &"***")
            .field("allow_http", &self.allow_http)
            .finish()
    }
}

impl Default for RawConfig {
    fn default() -> Self {
        toml::from_str("").expect("empty config parses")
    }
}

/// The validated configuration with every path resolved.
#[derive(Debug, Clone)]
pub struct Config {
    pub home: PathBuf,
    pub store_url: String,
    pub catalog: PathBuf,
    /// The PostgreSQL catalog, when there is one (`catalog_url`); else the SQLite `catalog`.
    pub catalog_url: Option<String>,
    pub key_file: PathBuf,
    pub quarantine_dir: PathBuf,
    pub concurrency: usize,
    pub channel_capacity: usize,
    pub case_number: regex::Regex,
    pub max_file_bytes: u64,
    /// See `pipeline::crash_guard`.
    pub crash_limit: u32,
    /// Most bytes of input files in the stages at once (`in_flight_mib`).
    pub in_flight_bytes: u64,
    pub legibility: LegibilityConfig,
    /// Absolute or working-directory-relative folder of `*.toml` schedules.
    pub schedules_dir: PathBuf,
    pub default_schedule: String,
    pub s3: S3Config,
    pub office: OfficeConfig,
    pub imap: std::collections::BTreeMap<String, ImapEndpoint>,
    pub web: WebConfig,
}

impl Config {
    /// Whether the catalog is there already: a PostgreSQL catalog always is (its server and
    /// database are made by whoever runs them); an SQLite one when its file exists.
    pub fn catalog_exists(&self) -> bool {
        self.catalog_url.is_some() || self.catalog.exists()
    }

    /// Where the catalog is, for messages: the SQLite file, or the PostgreSQL URL without its
    /// password.
    pub fn catalog_place(&self) -> String {
        match &self.catalog_url {
            Some(u) => crate::catalog::redact_url(u),
            None => self.catalog.display().to_string(),
        }
    }

    /// Loads `path` if given (or `config/casevault.toml` if it exists), then applies the home
    /// folder override (`--home` / `CASEVAULT_HOME`).
    pub fn load(path: Option<&Path>, home_override: Option<&Path>) -> Result<Config, ConfigError> {
        let default_path = Path::new("config/casevault.toml");
        let (raw, file) = match path {
            Some(p) => (Self::read(p)?, Some(p)),
            None if default_path.exists() => (Self::read(default_path)?, Some(default_path)),
            None => (RawConfig::default(), None),
        };
        let Some(file) = file else {
            return Self::from_raw(raw, None, home_override);
        };
        // A bare file name has the empty path as its parent: the working directory.
        let base = file.parent().unwrap_or(Path::new(""));
        let given = raw.retention.schedules_dir.clone();
        let config = Self::from_raw(raw, Some(base), home_override)?;
        check_schedules_dir(&config.schedules_dir, &given, file, base)?;
        Ok(config)
    }

    fn read(path: &Path) -> Result<RawConfig, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        toml::from_str(&text).map_err(|e| ConfigError::Parse {
            path: path.to_path_buf(),
            message: e.to_string(),
        })
    }

    /// Resolves a raw config. `config_dir` is where relative schedule paths are looked up.
    pub fn from_raw(
        raw: RawConfig,
        config_dir: Option<&Path>,
        home_override: Option<&Path>,
    ) -> Result<Config, ConfigError> {
        let home = home_override
            .map(Path::to_path_buf)
            .or(raw.home.clone())
            .unwrap_or_else(|| PathBuf::from("var"));
        let home = absolute(&home);
        let store_url = match raw.store_url.as_deref() {
            Some(u) if !u.is_empty() => u.to_string(),
            _ => format!("file://{}", home.join("store").display()),
        };
        let catalog = raw
            .catalog
            .map(|p| home_relative(&home, &p))
            .unwrap_or_else(|| home.join("catalog.sqlite"));
        let catalog_url = std::env::var("CASEVAULT_CATALOG_URL")
            .ok()
            .or(raw.catalog_url.clone())
            .filter(|u| !u.trim().is_empty());
        if let Some(u) = &catalog_url {
            if !(u.starts_with("postgres://") || u.starts_with("postgresql://")) {
                return Err(ConfigError::Invalid {
                    field: "catalog_url",
                    message: "must be a postgres:// or postgresql:// URL (an SQLite catalog is `catalog`, a file)".into(),
                });
            }
            // The catalog's personal data crosses the network to another machine: in the clear
            // only where the operator says the network is trusted.
            let (_, tls) =
                crate::catalog::pg_tls::settings(u).map_err(|message| ConfigError::Invalid {
                    field: "catalog_url",
                    message,
                })?;
            if tls.may_send_plaintext() && !raw.catalog_allow_plaintext {
                return Err(ConfigError::Invalid {
                    field: "catalog_url",
                    message: "its sslmode lets the catalog's data cross the network in the clear \
                              to another machine: use sslmode=require or verify-full (with \
                              sslrootcert=PATH for your own certificate authority), or leave \
                              sslmode out; on a network you trust, set catalog_allow_plaintext = true"
                        .into(),
                });
            }
        }
        let key_file = raw
            .key_file
            .map(|p| home_relative(&home, &p))
            .unwrap_or_else(|| home.join("keys.toml"));
        let concurrency = if raw.concurrency == 0 {
            std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(1)
        } else {
            raw.concurrency
        };
        if raw.channel_capacity == 0 {
            return Err(ConfigError::Invalid {
                field: "channel_capacity",
                message: "must be at least 1".into(),
            });
        }
        let case_number = regex::Regex::new(&format!("^(?:{})$", raw.case_number_pattern))
            .map_err(|e| ConfigError::Invalid {
                field: "case_number_pattern",
                message: e.to_string(),
            })?;
        let mut s3 = raw.s3;
        if s3.credentials.is_none() {
            if let Some(value) = std::env::var("CASEVAULT_S3_CREDENTIALS")
                .ok()
                .filter(|v| !v.trim().is_empty())
            {
                s3.credentials =
                    Some(
                        S3Credentials::parse(&value).ok_or_else(|| ConfigError::Invalid {
                            field: "CASEVAULT_S3_CREDENTIALS",
                            message: format!("{value:?}: use \"keys\" or \"instance\""),
                        })?,
                    );
            }
        }
        for (name, e) in &raw.imap {
            if e.host.trim().is_empty() || e.user.trim().is_empty() {
                return Err(ConfigError::Invalid {
                    field: "imap",
                    message: format!("[imap.{name}] needs a host and a user"),
                });
            }
            if e.tls == ImapTls::None && !e.allow_plaintext && !is_loopback(&e.host) {
                return Err(ConfigError::Invalid {
                    field: "imap",
                    message: format!(
                        "[imap.{name}] has tls = \"none\" to {}, which would send the password \
                         and the mail across the network in clear: use tls = \"starttls\" or \
                         \"implicit\" (or, on a network you trust, allow_plaintext = true)",
                        e.host
                    ),
                });
            }
        }
        if let Some(o) = &raw.web.oidc {
            check_oidc(o)?;
        }
        let schedules_dir = if raw.retention.schedules_dir.is_absolute() {
            raw.retention.schedules_dir.clone()
        } else {
            config_dir
                .unwrap_or(Path::new("config"))
                .join(&raw.retention.schedules_dir)
        };
        Ok(Config {
            quarantine_dir: home.join("quarantine"),
            home,
            store_url,
            catalog,
            catalog_url,
            key_file,
            concurrency,
            channel_capacity: raw.channel_capacity,
            case_number,
            max_file_bytes: raw.max_file_mib * 1024 * 1024,
            crash_limit: raw.crash_limit,
            in_flight_bytes: raw.in_flight_mib.max(1) * 1024 * 1024,
            legibility: raw.legibility,
            schedules_dir,
            default_schedule: raw.retention.default_schedule,
            s3,
            office: raw.office,
            imap: raw.imap,
            web: raw.web,
        })
    }

    /// The case-number pattern without anchors, for searching inside text.
    pub fn case_number_search(&self) -> regex::Regex {
        let anchored = self.case_number.as_str();
        let inner = anchored
            .strip_prefix("^(?:")
            .and_then(|s| s.strip_suffix(")$"))
            .unwrap_or(anchored);
        regex::Regex::new(&format!(r"\b(?:{inner})\b")).expect("pattern already validated")
    }
}

/// An identity provider or callback over plain HTTP would carry sign-in codes and tokens in
/// clear: allowed to this machine only (a provider started by the tests).
fn check_oidc(o: &OidcConfig) -> Result<(), ConfigError> {
    let bad = |message: String| ConfigError::Invalid {
        field: "web.oidc",
        message,
    };
    for (what, u) in [("issuer", &o.issuer), ("redirect_url", &o.redirect_url)] {
        let url = url::Url::parse(u).map_err(|e| bad(format!("{what} {u:?} is not a URL: {e}")))?;
        let host = url.host_str().unwrap_or("");
        match url.scheme() {
            "https" => {}
            "http" if is_loopback(host) => {}
            _ => {
                return Err(bad(format!(
                    "{what} {u:?} must be https (plain http only to this machine)"
                )))
            }
        }
    }
    if !o.redirect_url.ends_with("/sign-in/oidc/callback") {
        return Err(bad(format!(
            "redirect_url {:?} must end with /sign-in/oidc/callback (the workspace's callback)",
            o.redirect_url
        )));
    }
    if o.client_id.trim().is_empty() {
        return Err(bad("client_id is empty".into()));
    }
    if !matches!(
        o.user_claim.as_str(),
        "preferred_username" | "email" | "sub"
    ) {
        return Err(bad(format!(
            "user_claim {:?}: use preferred_username, email or sub",
            o.user_claim
        )));
    }
    Ok(())
}

/// Checks that the schedules folder exists and holds at least one `*.toml` schedule.
fn check_schedules_dir(
    dir: &Path,
    given: &Path,
    config: &Path,
    config_dir: &Path,
) -> Result<(), ConfigError> {
    let problem = match std::fs::read_dir(dir) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Some("does not exist".to_string()),
        Err(e) => Some(format!("cannot be read ({e})")),
        Ok(entries) => {
            let has_schedule = entries.filter_map(Result::ok).any(|e| {
                let p = e.path();
                p.extension().is_some_and(|x| x == "toml") && p.is_file()
            });
            (!has_schedule).then(|| "holds no schedules (*.toml files)".to_string())
        }
    };
    let Some(problem) = problem else {
        return Ok(());
    };
    let how_resolved = if given.is_absolute() {
        "an absolute path".to_string()
    } else {
        format!(
            "resolved relative to the config file's folder {}",
            absolute(config_dir).display()
        )
    };
    Err(ConfigError::Schedules {
        path: absolute(dir),
        problem,
        given: given.to_path_buf(),
        config: config.to_path_buf(),
        how_resolved,
    })
}

fn absolute(p: &Path) -> PathBuf {
    if p.is_absolute() {
        p.to_path_buf()
    } else {
        std::env::current_dir()
            .map(|d| d.join(p))
            .unwrap_or_else(|_| p.to_path_buf())
    }
}

fn home_relative(home: &Path, p: &Path) -> PathBuf {
    if p.is_absolute() {
        p.to_path_buf()
    } else {
        home.join(p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_put_everything_under_home() {
        let c = Config::from_raw(RawConfig::default(), None, Some(Path::new("/tmp/cvh"))).unwrap();
        assert_eq!(c.catalog, Path::new("/tmp/cvh/catalog.sqlite"));
        assert_eq!(c.key_file, Path::new("/tmp/cvh/keys.toml"));
        assert_eq!(c.store_url, "file:///tmp/cvh/store");
        assert!(c.case_number.is_match("LS24P01234"));
        assert!(!c.case_number.is_match("LS24P0123"));
        assert!(c.concurrency >= 1);
        let s = c.case_number_search();
        assert_eq!(
            s.find("Case number: LS24P01234.").map(|m| m.as_str()),
            Some("LS24P01234")
        );
    }

    #[test]
    fn unknown_fields_are_refused() {
        let e = toml::from_str::<RawConfig>("concurency = 2").unwrap_err();
        assert!(e.to_string().contains("concurency"), "{e}");
    }

    #[test]
    fn identity_provider_settings_are_checked() {
        let load = |oidc: &str| {
            let raw: RawConfig =
                toml::from_str(&format!("[web.oidc]\nclient_id = \"casevault\"\n{oidc}")).unwrap();
            Config::from_raw(raw, None, Some(Path::new("/tmp/x")))
        };
        let good = "issuer = \"https://login.example.org/realm\"\n\
                    redirect_url = \"https://cv.example.org/sign-in/oidc/callback\"";
        let c = load(good).unwrap();
        let o = c.web.oidc.unwrap();
        assert_eq!(o.user_claim, "preferred_username");
        assert_eq!(o.client_secret_env, "CASEVAULT_OIDC_SECRET");
        // Plain http only to this machine.
        let e = load(&good.replace("https://login", "http://login")).unwrap_err();
        assert!(e.to_string().contains("must be https"), "{e}");
        load(&good.replace("https://login.example.org", "http://127.0.0.1:9000")).unwrap();
        let e = load(&good.replace("https://cv", "http://cv")).unwrap_err();
        assert!(e.to_string().contains("redirect_url"), "{e}");
        let e = load(&good.replace("/sign-in/oidc/callback", "/cb")).unwrap_err();
        assert!(e.to_string().contains("/sign-in/oidc/callback"), "{e}");
        let e = load(&format!("{good}\nuser_claim = \"name\"")).unwrap_err();
        assert!(e.to_string().contains("user_claim"), "{e}");
    }

    #[test]
    fn a_catalog_on_another_machine_is_reached_over_tls_unless_the_network_is_trusted() {
        let load = |toml_text: &str| {
            let raw: RawConfig = toml::from_str(toml_text).unwrap();
            Config::from_raw(raw, None, Some(Path::new("/tmp/x")))
        };
        for weak in ["disable", "allow", "prefer"] {
            let e = load(&format!(
                "catalog_url = \"postgres://cv:secret@db.example.org/casevault?sslmode={weak}\""
            ))
            .unwrap_err()
            .to_string();
            assert!(
                e.contains("in the clear") && e.contains("catalog_allow_plaintext"),
                "{e}"
            );
            assert!(!e.contains("secret"), "no password in the message: {e}");
            load(&format!(
                "catalog_url = \"postgres://cv@db.example.org/casevault?sslmode={weak}\"\n\
                 catalog_allow_plaintext = true"
            ))
            .unwrap();
        }
        for ok in [
            "postgres://cv@db.example.org/casevault",
            "postgres://cv@db.example.org/casevault?sslmode=require",
            "postgres://cv@db.example.org/casevault?sslmode=verify-full&sslrootcert=/etc/ca.pem",
            "postgres://cv@127.0.0.1:5432/casevault?sslmode=disable",
            "postgres://cv@localhost/casevault",
        ] {
            load(&format!("catalog_url = \"{ok}\"")).unwrap_or_else(|e| panic!("{ok}: {e}"));
        }
        let e = load("catalog_url = \"postgres://cv@db.example.org/c?sslmode=often\"")
            .unwrap_err()
            .to_string();
        assert!(e.contains("sslmode=often"), "{e}");
    }

    #[test]
    fn plaintext_imap_is_refused_beyond_this_machine() {
        let load = |imap: &str| {
            let raw: RawConfig =
                toml::from_str(&format!("[imap.bs]\nuser = \"u\"\n{imap}")).unwrap();
            Config::from_raw(raw, None, Some(Path::new("/tmp/x")))
        };
        let e = load("host = \"mail.example.org\"\ntls = \"none\"")
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("in clear") && e.contains("mail.example.org"),
            "{e}"
        );
        for ok in [
            "host = \"mail.example.org\"\ntls = \"none\"\nallow_plaintext = true",
            "host = \"127.0.0.1\"\ntls = \"none\"",
            "host = \"localhost\"\ntls = \"none\"",
            "host = \"::1\"\ntls = \"none\"",
            "host = \"mail.example.org\"",
        ] {
            load(ok).unwrap_or_else(|e| panic!("{ok}: {e}"));
        }
        let c = load("host = \"mail.example.org\"\ntls = \"implicit\"").unwrap();
        assert_eq!(c.imap["bs"].port(), 993);
        let c = load("host = \"mail.example.org\"").unwrap();
        assert_eq!(
            (c.imap["bs"].tls, c.imap["bs"].port()),
            (ImapTls::Starttls, 143)
        );
    }

    #[test]
    fn the_shipped_config_loads() {
        let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("config/casevault.toml");
        let c = Config::load(Some(&p), Some(Path::new("/tmp/x"))).unwrap();
        assert!(c.schedules_dir.ends_with("config/retention"));
    }

    #[test]
    fn a_copied_config_names_the_schedules_folder_it_resolved() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("casevault.toml");
        std::fs::write(&file, "[retention]\nschedules_dir = \"retention\"\n").unwrap();
        let err = Config::load(Some(&file), Some(Path::new("/tmp/x"))).unwrap_err();
        let text = err.to_string();
        let resolved = dir.path().join("retention");
        assert!(matches!(err, ConfigError::Schedules { .. }), "{text}");
        assert!(text.contains(&resolved.display().to_string()), "{text}");
        assert!(text.contains("does not exist"), "{text}");
        assert!(
            text.contains("relative to the config file's folder"),
            "{text}"
        );
        assert!(!text.contains("os error"), "{text}");

        std::fs::create_dir(&resolved).unwrap();
        let err = Config::load(Some(&file), None).unwrap_err().to_string();
        assert!(err.contains("holds no schedules"), "{err}");

        std::fs::write(resolved.join("cafcass-2020.toml"), "").unwrap();
        let c = Config::load(Some(&file), Some(Path::new("/tmp/x"))).unwrap();
        assert_eq!(c.schedules_dir, resolved);
    }

    #[test]
    fn instance_credentials_are_chosen_in_the_config() {
        let raw: RawConfig = toml::from_str("[s3]\ncredentials = \"instance\"\n").unwrap();
        assert_eq!(raw.s3.credentials, Some(S3Credentials::Instance));
        let e = toml::from_str::<RawConfig>("[s3]\ncredentials = \"role\"\n").unwrap_err();
        assert!(e.to_string().contains("instance"), "{e}");
    }

    #[test]
    fn s3_secrets_are_not_printed() {
        let s = S3Config {
            secret_access_key: Some("topsecretvalue".into()),
            access_key_id: Some("AKIAEXAMPLE".into()),
            ..Default::default()
        };
        let d = format!("{s:?}");
        assert!(
            !d.contains("topsecretvalue") && !d.contains("AKIAEXAMPLE"),
            "{d}"
        );
    }
}
