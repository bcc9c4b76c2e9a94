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
    #[serde(default)]
    pub legibility: LegibilityConfig,
    #[serde(default)]
    pub retention: RetentionConfig,
    #[serde(default)]
    pub s3: S3Config,
    #[serde(default)]
    pub office: OfficeConfig,
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
}

fn d_soffice() -> PathBuf {
    PathBuf::from("soffice")
}
fn d_office_timeout() -> u64 {
    120
}

impl Default for OfficeConfig {
    fn default() -> Self {
        OfficeConfig {
            soffice: d_soffice(),
            timeout_s: d_office_timeout(),
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
    pub key_file: PathBuf,
    pub quarantine_dir: PathBuf,
    pub concurrency: usize,
    pub channel_capacity: usize,
    pub case_number: regex::Regex,
    pub max_file_bytes: u64,
    pub legibility: LegibilityConfig,
    /// Absolute or working-directory-relative folder of `*.toml` schedules.
    pub schedules_dir: PathBuf,
    pub default_schedule: String,
    pub s3: S3Config,
    pub office: OfficeConfig,
}

impl Config {
    /// Loads `path` if given (or `config/casevault.toml` if it exists), then applies the home
    /// folder override (`--home` / `CASEVAULT_HOME`).
    pub fn load(path: Option<&Path>, home_override: Option<&Path>) -> Result<Config, ConfigError> {
        let default_path = Path::new("config/casevault.toml");
        let (raw, base) = match path {
            Some(p) => (Self::read(p)?, p.parent().map(Path::to_path_buf)),
            None if default_path.exists() => {
                (Self::read(default_path)?, Some(PathBuf::from("config")))
            }
            None => (RawConfig::default(), None),
        };
        Self::from_raw(raw, base.as_deref(), home_override)
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
            key_file,
            concurrency,
            channel_capacity: raw.channel_capacity,
            case_number,
            max_file_bytes: raw.max_file_mib * 1024 * 1024,
            legibility: raw.legibility,
            schedules_dir,
            default_schedule: raw.retention.default_schedule,
            s3: raw.s3,
            office: raw.office,
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
    fn the_shipped_config_loads() {
        let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("config/casevault.toml");
        let c = Config::load(Some(&p), Some(Path::new("/tmp/x"))).unwrap();
        assert!(c.schedules_dir.ends_with("config/retention"));
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
