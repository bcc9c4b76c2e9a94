//! The object store where sealed case documents live: one small [`Store`] over `object_store`,
//! opened from a URL (`file:///abs/path` or a bare path, `memory://`, `s3://bucket/prefix`).
//!
//! It is shaped so that the rest of casevault never touches a backend directly and never depends
//! on a feature that only some backends have. Every key is relative to the store's prefix (the
//! folder, or the prefix inside the bucket), and every call honours that prefix. What a backend
//! can and cannot do is recorded in [`Capabilities`], measured when the store is opened where it
//! can be measured: a create-only write is a real conditional write where the backend honours
//! one, and a check-then-put (not atomic, said so in the capabilities) where it does not. Object
//! tags are an optional extra ([`Store::put_with_tags`]); the local and in-memory backends drop
//! them silently, so nothing here relies on them. A write can be verified by reading it back and
//! comparing its length and SHA-256 ([`Store::put_verified`], [`Store::verify`]). Every write that
//! returns Ok is durable: on a folder store the object and its folder entry have been fsynced
//! (a read-back alone proves nothing there, it reads the page cache), as S3 promises for its own.
//!
//! Errors are one [`StoreError`] enum whose variants carry the object key and say what to do.
//! [`StoreError::is_transient`] separates failures worth retrying with backoff (connection refused,
//! timeouts, 5xx, 429) from permanent ones; [`StoreError::is_not_found`] picks out a missing
//! object; [`StoreError::is_configuration`] the ones a person must fix in the settings. An S3
//! store is checked when it is opened, in the order a person would fix things: credentials present
//! (nothing is sent without them, unless the instance role is asked for), then one list of the
//! prefix (the bucket exists, the credentials are accepted, the server answers), then the
//! create-only probe. An S3 answer that blames the bucket or the credentials becomes its own
//! variant naming the bucket, the endpoint and the setting to check, without the server's XML.
//! Keys appear in error messages, so keys must be opaque identifiers, never case names or
//! document names. The S3 secret key and session token never appear in `Debug` output.

use std::fmt;
use std::io;
use std::ops::Range;
use std::path::{Path as FsPath, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use futures::{Stream, StreamExt, TryStreamExt};
use object_store::local::LocalFileSystem;
use object_store::memory::InMemory;
use object_store::path::Path;
use object_store::{
    ObjectStore, ObjectStoreExt, PutMode, PutOptions, PutPayload, TagSet, WriteMultipart,
};
use sha2::{Digest, Sha256};
use tokio::io::{AsyncRead, AsyncReadExt};

/// Size of each part of a multipart upload (S3 needs at least 5 MiB for all but the last part).
pub const MULTIPART_PART_SIZE: usize = 8 * 1024 * 1024;

/// How many parts of one multipart upload may be in flight at once.
const MULTIPART_PARTS_IN_FLIGHT: usize = 4;

/// Reserved top-level folder used by [`open`] to measure whether create-only writes are honoured.
const PROBE_FOLDER: &str = ".casevault-probe";

/// What [`open`] may need beyond the URL, one field per kind of backend (as object_store takes
/// its options): the URL says which backend, the options hold each one's settings. A new
/// backend adds its field here; `open`'s signature and its callers stay as they are.
#[derive(Debug, Clone, Default)]
pub struct StoreOptions {
    /// For `s3://` URLs.
    pub s3: S3Settings,
}

impl From<S3Settings> for StoreOptions {
    fn from(s3: S3Settings) -> StoreOptions {
        StoreOptions { s3 }
    }
}

/// Where the S3 credentials come from.
///
/// Static keys are the default: when none are configured, [`open`] fails at once and names the
/// settings to fill in, rather than letting the AWS client wander off to the cloud's instance
/// metadata address (which, off a cloud instance, fails later with a message about
/// `169.254.169.254` that tells nobody what to do).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum S3Credentials {
    /// An access key id and secret access key (config `[s3] access_key_id`/`secret_access_key`,
    /// or `AWS_ACCESS_KEY_ID`/`AWS_SECRET_ACCESS_KEY`), with an optional session token.
    #[default]
    Keys,
    /// The machine's own role, from the instance metadata service (an EC2 instance role).
    /// Chosen explicitly with `credentials = "instance"` under `[s3]`, or
    /// `CASEVAULT_S3_CREDENTIALS=instance`; keys must then not be set in the config file.
    Instance,
}

impl S3Credentials {
    /// Parses `keys` or `instance` (the values of `[s3] credentials` and
    /// `CASEVAULT_S3_CREDENTIALS`).
    pub fn parse(value: &str) -> Option<Self> {
        match value.trim().to_ascii_lowercase().as_str() {
            "keys" => Some(S3Credentials::Keys),
            "instance" => Some(S3Credentials::Instance),
            _ => None,
        }
    }
}

/// Connection settings for an S3-compatible store (AWS S3, SeaweedFS, MinIO, Ceph, ...).
///
/// Fill it from configuration, then [`S3Settings::with_env_fallback`] to take any field still
/// empty from the usual `AWS_*` environment variables. [`open`] itself reads no environment, so
/// what is passed is what is used. `Debug` never prints the secret key or the session token.
#[derive(Clone)]
pub struct S3Settings {
    /// Endpoint URL such as `http://127.0.0.1:8333`; `None` means AWS itself.
    pub endpoint: Option<String>,
    /// Region; `None` means `us-east-1` (what most S3-compatible servers expect).
    pub region: Option<String>,
    /// Where credentials come from: keys (the default; both must be set) or the instance role.
    pub credentials: S3Credentials,
    /// Access key id; with [`S3Credentials::Keys`] it and the secret must both be set.
    pub access_key_id: Option<String>,
    /// Secret access key. Never printed.
    pub secret_access_key: Option<String>,
    /// Session token for temporary credentials. Never printed.
    pub session_token: Option<String>,
    /// Allow plain `http://` endpoints (test servers, a store on a private network).
    pub allow_http: bool,
    /// How many times one request is retried inside the client before the error reaches the
    /// caller (who retries with its own backoff when [`StoreError::is_transient`]).
    pub request_retries: usize,
    /// Timeout for one request, including sending a multipart part.
    pub request_timeout: Duration,
}

impl Default for S3Settings {
    fn default() -> Self {
        Self {
            endpoint: None,
            region: None,
            credentials: S3Credentials::Keys,
            access_key_id: None,
            secret_access_key: None,
            session_token: None,
            allow_http: false,
            request_retries: 2,
            request_timeout: Duration::from_secs(60),
        }
    }
}

impl fmt::Debug for S3Settings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let redacted = |v: &Option<String>| v.as_ref().map(|_| "<redacted>");
        f.debug_struct("S3Settings")
            .field("endpoint", &self.endpoint)
            .field("region", &self.region)
            .field("credentials", &self.credentials)
            .field("access_key_id", &self.access_key_id)
            .field("secret_access_key", &redacted(&self.secret_access_key))
            .field("session_token", &redacted(&self.session_token))
            .field("allow_http", &self.allow_http)
            .field("request_retries", &self.request_retries)
            .field("request_timeout", &self.request_timeout)
            .finish()
    }
}

impl S3Settings {
    /// Settings taken only from the environment: `AWS_ENDPOINT_URL` (or `AWS_ENDPOINT`),
    /// `AWS_REGION` (or `AWS_DEFAULT_REGION`), `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`,
    /// `AWS_SESSION_TOKEN`, `AWS_ALLOW_HTTP` (`true`/`1`).
    pub fn from_env() -> Self {
        Self::default().with_env_fallback()
    }

    /// Fills every field that is still `None` (and `allow_http` when false) from the `AWS_*`
    /// environment variables listed at [`S3Settings::from_env`]. With
    /// [`S3Credentials::Instance`] the key variables are left alone: the instance role is used.
    pub fn with_env_fallback(mut self) -> Self {
        let env = |names: &[&str]| {
            names
                .iter()
                .find_map(|n| std::env::var(n).ok().filter(|v| !v.is_empty()))
        };
        self.endpoint = self
            .endpoint
            .or_else(|| env(&["AWS_ENDPOINT_URL", "AWS_ENDPOINT"]));
        self.region = self
            .region
            .or_else(|| env(&["AWS_REGION", "AWS_DEFAULT_REGION"]));
        if self.credentials == S3Credentials::Keys {
            self.access_key_id = self.access_key_id.or_else(|| env(&["AWS_ACCESS_KEY_ID"]));
            self.secret_access_key = self
                .secret_access_key
                .or_else(|| env(&["AWS_SECRET_ACCESS_KEY"]));
            self.session_token = self.session_token.or_else(|| env(&["AWS_SESSION_TOKEN"]));
        }
        if !self.allow_http {
            self.allow_http = env(&["AWS_ALLOW_HTTP"])
                .is_some_and(|v| v.eq_ignore_ascii_case("true") || v == "1");
        }
        self
    }
}

/// What a backend can do, as found when the store was opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Capabilities {
    /// Object tags written by [`Store::put_with_tags`] are kept. False for the local and
    /// in-memory backends (they drop tags silently). For S3 it is assumed true: SeaweedFS keeps
    /// them, but some S3-compatible servers (Garage, s3s-fs) drop them, so never rely on tags.
    pub keeps_tags: bool,
    /// [`Store::put_create`] is an atomic conditional write. When false it is a check-then-put:
    /// it still refuses a key that exists, but two writers racing for the same key can both win.
    /// Measured at [`open`] for S3 by writing a probe object twice.
    pub honours_create_only: bool,
    /// Large objects are uploaded in parts ([`Store::put_multipart_from`]) rather than buffered.
    pub multipart: bool,
}

/// Which kind of backend a [`Store`] talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BackendKind {
    /// A folder on a local file system.
    File,
    /// Process memory (tests, dry runs).
    Memory,
    /// An S3-compatible object store.
    S3,
}

/// Length and SHA-256 of an object as written (and, when verified, as read back).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Written {
    /// Length in bytes.
    pub size: u64,
    /// SHA-256 of the bytes.
    pub sha256: [u8; 32],
}

impl Written {
    /// Length and SHA-256 of `bytes`.
    pub fn of(bytes: &[u8]) -> Self {
        Self {
            size: bytes.len() as u64,
            sha256: Sha256::digest(bytes).into(),
        }
    }

    /// The SHA-256 as lower-case hex.
    pub fn sha256_hex(&self) -> String {
        use fmt::Write;
        self.sha256
            .iter()
            .fold(String::with_capacity(64), |mut s, b| {
                let _ = write!(s, "{b:02x}");
                s
            })
    }
}

/// Everything that can go wrong in the store layer.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// The store URL could not be understood.
    #[error(
        "store URL {url:?} is not usable: {reason}; use file:///absolute/path, a bare folder \
         path, memory:// or s3://bucket/optional/prefix"
    )]
    BadUrl {
        /// The URL as given.
        url: String,
        /// What is wrong with it.
        reason: String,
    },
    /// The local store folder could not be created or opened.
    #[error("could not create or open the store folder {path}: {source}; check that the path is right and writable by this user")]
    Folder {
        /// The folder.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: io::Error,
    },
    /// The S3 client could not be built from the settings.
    #[error("the S3 settings for bucket {bucket:?} were rejected: {source}; check the endpoint, region and credentials in the configuration or AWS_* variables")]
    S3Config {
        /// The bucket.
        bucket: String,
        /// The underlying error.
        #[source]
        source: object_store::Error,
    },
    /// The S3 credentials are missing or contradictory. Found before anything is sent.
    #[error("no usable S3 credentials for bucket {bucket:?}: {problem}")]
    Credentials {
        /// The bucket.
        bucket: String,
        /// What is missing or contradictory, and what to set.
        problem: String,
    },
    /// The bucket named in the store URL does not exist at the endpoint.
    #[error("bucket {bucket:?} does not exist at {endpoint}: create it ({how_to_create}) or correct the bucket in store_url; this is a configuration error, retrying will not help")]
    BucketMissing {
        /// The bucket.
        bucket: String,
        /// The endpoint, as a person reads it.
        endpoint: String,
        /// A command that creates the bucket.
        how_to_create: String,
    },
    /// The store did not accept the credentials (wrong secret, unknown key id, expired token).
    #[error("the store at {endpoint} refused the credentials for bucket {bucket:?} ({code}): {advice}; retrying will not help")]
    CredentialsRefused {
        /// The bucket.
        bucket: String,
        /// The endpoint, as a person reads it.
        endpoint: String,
        /// The S3 error code (`SignatureDoesNotMatch`, `InvalidAccessKeyId`, ...) or HTTP status.
        code: String,
        /// Which setting to check. Never holds the secret.
        advice: String,
    },
    /// The credentials are accepted but may not do what was asked.
    #[error("the store at {endpoint} denied {operation} of {key} in bucket {bucket:?} ({code}): the access key is known but lacks that permission; grant it read, write, list and delete on the bucket; retrying will not help")]
    AccessDenied {
        /// What was being done.
        operation: &'static str,
        /// The key (or prefix).
        key: String,
        /// The bucket.
        bucket: String,
        /// The endpoint, as a person reads it.
        endpoint: String,
        /// The S3 error code or HTTP status.
        code: String,
    },
    /// `credentials = "instance"` and the instance metadata service gave no credentials.
    #[error("could not get credentials for bucket {bucket:?} from the instance metadata service (credentials = \"instance\"): run casevault on a cloud instance with a role, or remove credentials = \"instance\" and set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY")]
    InstanceCredentials {
        /// The bucket.
        bucket: String,
        /// The underlying error.
        #[source]
        source: object_store::Error,
    },
    /// A key is not a valid object key.
    #[error("object key {key:?} is not valid: {reason}; keys are relative '/'-separated names with no empty, '.' or '..' segments, no '#', '\\' or control characters, and not under {PROBE_FOLDER}/")]
    BadKey {
        /// The key as given.
        key: String,
        /// What is wrong with it.
        reason: String,
    },
    /// The object does not exist.
    #[error("object {key} was not found in the store; check the key, or whether it was deleted or never written")]
    NotFound {
        /// The key.
        key: String,
    },
    /// A create-only write found the key already taken.
    #[error("object {key} already exists; create-only writes never overwrite: use a new key, or put() if replacing it is really intended")]
    AlreadyExists {
        /// The key.
        key: String,
    },
    /// A written object read back differently.
    #[error("object {key} read back differs from what was written (wrote {expected_size} bytes sha256 {expected_sha256}, read {actual_size} bytes sha256 {actual_sha256}); the stored copy is not trustworthy: write it again and check the store's health")]
    VerifyMismatch {
        /// The key.
        key: String,
        /// Bytes written.
        expected_size: u64,
        /// SHA-256 written, hex.
        expected_sha256: String,
        /// Bytes read back.
        actual_size: u64,
        /// SHA-256 read back, hex.
        actual_sha256: String,
    },
    /// Reading the data to upload failed; the partial upload was aborted.
    #[error("reading the data to upload to {key} failed: {source}; nothing was stored: fix the source and upload again")]
    Source {
        /// The key.
        key: String,
        /// The underlying error.
        #[source]
        source: io::Error,
    },
    /// A failure that may go away: connection refused or reset, timeout, 5xx, 429.
    #[error("{operation} of {key} failed for now: {source}; the store may be down or overloaded: retry later with backoff")]
    Transient {
        /// What was being done (`put`, `get`, ...).
        operation: &'static str,
        /// The key (or prefix, for `list`).
        key: String,
        /// The underlying error.
        #[source]
        source: object_store::Error,
    },
    /// A failure that retrying will not fix (permissions, missing bucket, bad request, ...).
    #[error("{operation} of {key} failed: {source}; retrying will not help: check the bucket, credentials, permissions and free space")]
    Backend {
        /// What was being done (`put`, `get`, ...).
        operation: &'static str,
        /// The key (or prefix, for `list`).
        key: String,
        /// The underlying error.
        #[source]
        source: object_store::Error,
    },
}

impl StoreError {
    /// True when the failure may go away and the caller should retry with backoff.
    pub fn is_transient(&self) -> bool {
        matches!(self, StoreError::Transient { .. })
    }

    /// True when the object does not exist.
    pub fn is_not_found(&self) -> bool {
        matches!(self, StoreError::NotFound { .. })
    }

    /// True when a create-only write found the key taken.
    pub fn is_already_exists(&self) -> bool {
        matches!(self, StoreError::AlreadyExists { .. })
    }

    /// The object key (or list prefix) the error is about, when there is one.
    pub fn key(&self) -> Option<&str> {
        match self {
            StoreError::BadKey { key, .. }
            | StoreError::NotFound { key }
            | StoreError::AlreadyExists { key }
            | StoreError::VerifyMismatch { key, .. }
            | StoreError::Source { key, .. }
            | StoreError::Transient { key, .. }
            | StoreError::AccessDenied { key, .. }
            | StoreError::Backend { key, .. } => Some(key),
            StoreError::BadUrl { .. }
            | StoreError::Folder { .. }
            | StoreError::S3Config { .. }
            | StoreError::Credentials { .. }
            | StoreError::BucketMissing { .. }
            | StoreError::CredentialsRefused { .. }
            | StoreError::InstanceCredentials { .. } => None,
        }
    }

    /// True when the store's configuration is wrong (credentials, bucket, permissions, URL):
    /// a person has to change something; retrying will not help.
    pub fn is_configuration(&self) -> bool {
        matches!(
            self,
            StoreError::BadUrl { .. }
                | StoreError::S3Config { .. }
                | StoreError::Credentials { .. }
                | StoreError::BucketMissing { .. }
                | StoreError::CredentialsRefused { .. }
                | StoreError::AccessDenied { .. }
                | StoreError::InstanceCredentials { .. }
        )
    }

    /// Classifies an `object_store` error from `operation` on `key`, naming the bucket when the
    /// S3 server's answer says the bucket or the credentials are at fault.
    fn classify(
        operation: &'static str,
        key: &str,
        source: object_store::Error,
        place: Option<&S3Place>,
    ) -> Self {
        match place {
            Some(place) => match place.explain(operation, key, source) {
                Ok(explained) => explained,
                Err(source) => Self::from_backend(operation, key, source),
            },
            None => Self::from_backend(operation, key, source),
        }
    }

    /// Classifies an `object_store` error from `operation` on `key`.
    fn from_backend(operation: &'static str, key: &str, source: object_store::Error) -> Self {
        let key = key.to_string();
        match source {
            object_store::Error::NotFound { .. } => StoreError::NotFound { key },
            object_store::Error::AlreadyExists { .. } => StoreError::AlreadyExists { key },
            source if is_transient_failure(&source) => StoreError::Transient {
                operation,
                key,
                source,
            },
            source => StoreError::Backend {
                operation,
                key,
                source,
            },
        }
    }
}

/// Walks the error's source chain for a transport failure or an HTTP status worth retrying.
fn is_transient_failure(err: &object_store::Error) -> bool {
    let mut current: Option<&(dyn std::error::Error + 'static)> = Some(err);
    while let Some(e) = current {
        #[cfg(feature = "s3")]
        if let Some(http) = e.downcast_ref::<object_store::client::HttpError>() {
            use object_store::client::HttpErrorKind as K;
            if matches!(
                http.kind(),
                K::Connect | K::Request | K::Timeout | K::Interrupted
            ) {
                return true;
            }
        }
        if let Some(io) = e.downcast_ref::<io::Error>() {
            use io::ErrorKind as K;
            if matches!(
                io.kind(),
                K::ConnectionRefused
                    | K::ConnectionReset
                    | K::ConnectionAborted
                    | K::NotConnected
                    | K::BrokenPipe
                    | K::TimedOut
                    | K::Interrupted
                    | K::WouldBlock
            ) {
                return true;
            }
        }
        current = e.source();
    }
    // object_store does not export the type carrying the HTTP status, only its message.
    let message = err.to_string();
    if let Some(status) = http_status_in(&message) {
        return status >= 500 || status == 429 || status == 408;
    }
    [
        "InternalError",
        "SlowDown",
        "ServiceUnavailable",
        "RequestTimeout",
    ]
    .iter()
    .any(|code| message.contains(&format!("<Code>{code}</Code>")))
}

/// The status in object_store's "Server returned non-2xx status code: 503 ..." message.
fn http_status_in(message: &str) -> Option<u16> {
    const MARK: &str = "status code: ";
    let start = message.find(MARK)? + MARK.len();
    let digits = message.get(start..start + 3)?;
    digits.parse().ok()
}

/// The S3 error codes that mean the credentials themselves were not accepted.
const CREDENTIAL_CODES: [&str; 6] = [
    "SignatureDoesNotMatch",
    "InvalidAccessKeyId",
    "ExpiredToken",
    "InvalidToken",
    "TokenRefreshRequired",
    "AuthorizationHeaderMalformed",
];

/// The `<Code>...</Code>` of an S3 error body anywhere in `err`'s chain.
fn s3_code(err: &(dyn std::error::Error + 'static)) -> Option<String> {
    let mut current = Some(err);
    while let Some(e) = current {
        let text = e.to_string();
        if let Some(start) = text.find("<Code>") {
            let rest = &text[start + "<Code>".len()..];
            if let Some(end) = rest.find("</Code>") {
                return Some(rest[..end].trim().to_string());
            }
        }
        current = e.source();
    }
    None
}

/// True when any error in `err`'s chain mentions `needle`.
fn chain_mentions(err: &(dyn std::error::Error + 'static), needle: &str) -> bool {
    let mut current = Some(err);
    while let Some(e) = current {
        if e.to_string().contains(needle) {
            return true;
        }
        current = e.source();
    }
    false
}

/// Which bucket at which endpoint an S3 store talks to, to name them in errors.
#[derive(Debug)]
struct S3Place {
    bucket: String,
    /// The endpoint URL, or `None` for AWS itself.
    endpoint_url: Option<String>,
    region: String,
    access_key_id: Option<String>,
    credentials: S3Credentials,
}

impl S3Place {
    /// The endpoint as a person reads it.
    fn endpoint(&self) -> String {
        match &self.endpoint_url {
            Some(url) => url.clone(),
            None => format!("AWS S3 (region {})", self.region),
        }
    }

    fn bucket_missing(&self) -> StoreError {
        let how_to_create = match &self.endpoint_url {
            Some(url) => format!(
                "for example `aws s3 mb s3://{} --endpoint-url {url}`, or `s3.bucket.create -name {}` in `weed shell` for SeaweedFS",
                self.bucket, self.bucket
            ),
            None => format!(
                "for example `aws s3 mb s3://{} --region {}`",
                self.bucket, self.region
            ),
        };
        StoreError::BucketMissing {
            bucket: self.bucket.clone(),
            endpoint: self.endpoint(),
            how_to_create,
        }
    }

    /// What to check for a refused-credentials `code`. Names settings, never their values
    /// (except the access key id, which is not a secret).
    fn credentials_advice(&self, code: &str) -> String {
        let id = self.access_key_id.as_deref().unwrap_or("(none)");
        match code {
            "SignatureDoesNotMatch" => format!(
                "the secret access key does not match access key id {id}: check AWS_SECRET_ACCESS_KEY (or secret_access_key under [s3] in the config file)"
            ),
            "InvalidAccessKeyId" => format!(
                "the store does not know access key id {id}: check AWS_ACCESS_KEY_ID (or access_key_id under [s3] in the config file)"
            ),
            "ExpiredToken" | "InvalidToken" | "TokenRefreshRequired" => {
                "the session token has expired or is not valid: renew the temporary credentials (AWS_SESSION_TOKEN)".into()
            }
            "AuthorizationHeaderMalformed" => {
                "the request was signed for another region: check region under [s3] (or AWS_REGION)".into()
            }
            _ => "check AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or access_key_id and secret_access_key under [s3] in the config file)".into(),
        }
    }

    /// A precise error when the server's answer blames the bucket or the credentials;
    /// the error back otherwise.
    fn explain(
        &self,
        operation: &'static str,
        key: &str,
        err: object_store::Error,
    ) -> Result<StoreError, object_store::Error> {
        if self.credentials == S3Credentials::Instance && chain_mentions(&err, "169.254.169.254") {
            return Ok(StoreError::InstanceCredentials {
                bucket: self.bucket.clone(),
                source: err,
            });
        }
        let code = s3_code(&err);
        let status = match &err {
            object_store::Error::PermissionDenied { .. } => Some("HTTP 403"),
            object_store::Error::Unauthenticated { .. } => Some("HTTP 401"),
            _ => None,
        };
        match (code.as_deref(), status) {
            (Some("NoSuchBucket"), _) => Ok(self.bucket_missing()),
            (Some(c), _) if CREDENTIAL_CODES.contains(&c) => Ok(StoreError::CredentialsRefused {
                bucket: self.bucket.clone(),
                endpoint: self.endpoint(),
                code: c.to_string(),
                advice: self.credentials_advice(c),
            }),
            (None, Some("HTTP 401")) => Ok(StoreError::CredentialsRefused {
                bucket: self.bucket.clone(),
                endpoint: self.endpoint(),
                code: "HTTP 401".into(),
                advice: self.credentials_advice(""),
            }),
            (Some("AccessDenied"), _) | (None, Some(_)) => Ok(StoreError::AccessDenied {
                operation,
                key: key.to_string(),
                bucket: self.bucket.clone(),
                endpoint: self.endpoint(),
                code: code.or(status.map(str::to_string)).unwrap_or_default(),
            }),
            _ => Err(err),
        }
    }
}

/// The object store casevault writes to. Cheap to clone (the backend is shared).
#[derive(Clone)]
pub struct Store {
    inner: Arc<dyn ObjectStore>,
    prefix: String,
    kind: BackendKind,
    caps: Capabilities,
    /// The bucket and endpoint, for S3 stores.
    place: Option<Arc<S3Place>>,
    /// The folder, for folder stores: deletes are made durable here (object_store fsyncs the
    /// folder after writes, not after a standalone delete).
    root: Option<PathBuf>,
}

impl fmt::Debug for Store {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Store")
            .field("backend", &self.inner.to_string())
            .field("kind", &self.kind)
            .field("prefix", &self.prefix)
            .field("caps", &self.caps)
            .finish()
    }
}

/// Opens the store named by `url`; `s3` is used only for `s3://` URLs.
///
/// - a bare path or `file:///abs/path`: a local folder, created if missing;
/// - `memory://`: an in-memory store (lost when the process ends);
/// - `s3://bucket` or `s3://bucket/prefix`: an S3-compatible store. The bucket must exist. Opening
///   refuses missing credentials before sending anything ([`StoreError::Credentials`]), lists the
///   prefix once (a missing bucket is [`StoreError::BucketMissing`], refused credentials
///   [`StoreError::CredentialsRefused`]), then writes and deletes one probe object under
///   `prefix/.casevault-probe/` to measure whether create-only writes are honoured; so opening
///   fails transiently only when the server cannot be reached.
pub async fn open(url: &str, options: &StoreOptions) -> Result<Store, StoreError> {
    let s3 = &options.s3;
    let bad = |reason: &str| StoreError::BadUrl {
        url: url.to_string(),
        reason: reason.to_string(),
    };
    let trimmed = url.trim();
    if trimmed.is_empty() {
        return Err(bad("it is empty"));
    }
    if !trimmed.contains("://") {
        return open_folder(FsPath::new(trimmed));
    }
    let parsed = url::Url::parse(trimmed).map_err(|e| bad(&e.to_string()))?;
    match parsed.scheme() {
        "file" => {
            if parsed.host_str().is_some_and(|h| !h.is_empty()) {
                return Err(bad("a file URL needs three slashes and an absolute path"));
            }
            let path = parsed
                .to_file_path()
                .map_err(|()| bad("not an absolute local path"))?;
            open_folder(&path)
        }
        "memory" => {
            if parsed.host_str().is_some_and(|h| !h.is_empty())
                || !matches!(parsed.path(), "" | "/")
            {
                return Err(bad("memory:// takes no bucket or path"));
            }
            Ok(Store {
                inner: Arc::new(InMemory::new()),
                prefix: String::new(),
                kind: BackendKind::Memory,
                caps: Capabilities {
                    keeps_tags: false,
                    honours_create_only: true,
                    multipart: true,
                },
                place: None,
                root: None,
            })
        }
        "s3" => open_s3(url, &parsed, s3).await,
        other => Err(bad(&format!("the scheme {other:?} is not supported"))),
    }
}

fn open_folder(path: &FsPath) -> Result<Store, StoreError> {
    let absolute = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir()
            .map_err(|source| StoreError::Folder {
                path: path.to_path_buf(),
                source,
            })?
            .join(path)
    };
    let first_existing = absolute
        .ancestors()
        .find(|a| a.is_dir())
        .map(FsPath::to_path_buf);
    // Made 0700 (with any missing folder above it, such as a new home): the objects are sealed,
    // but their number, sizes and dates are nobody else's business either.
    crate::private_fs::create_private_dir_all(&absolute).map_err(|source| StoreError::Folder {
        path: absolute.clone(),
        source,
    })?;
    if first_existing.as_deref() != Some(absolute.as_path()) {
        // The new folders' entries reach the disk before anything is filed in them.
        sync_folders_up_to(&absolute, first_existing.as_deref()).map_err(|source| {
            StoreError::Folder {
                path: absolute.clone(),
                source,
            }
        })?;
    }
    let local = LocalFileSystem::new_with_prefix(&absolute)
        .map_err(|e| StoreError::Folder {
            path: absolute.clone(),
            source: io::Error::other(e),
        })?
        .with_automatic_cleanup(true)
        // Durable before success, as S3 is: the catalog says `stored` and the source releases
        // the original as soon as a put returns, so the object and its folder entry must be on
        // the disk by then, not in the page cache (a power cut would otherwise lose the only
        // copy). object_store fsyncs the staged file before publishing it and the folder after
        // (puts, multipart completion, copies, renames; new folders too).
        .with_fsync(true);
    Ok(Store {
        inner: Arc::new(local),
        prefix: String::new(),
        kind: BackendKind::File,
        caps: Capabilities {
            keeps_tags: false,
            // object_store publishes create-only local writes with a hard link, which fails
            // when the target exists.
            honours_create_only: true,
            multipart: true,
        },
        place: None,
        root: Some(absolute),
    })
}

/// Fsyncs `dir` and each folder above it up to and including `stop` (folders just created:
/// each one's entry lives in the folder above).
fn sync_folders_up_to(dir: &FsPath, stop: Option<&FsPath>) -> io::Result<()> {
    for d in dir.ancestors() {
        std::fs::File::open(d)?.sync_all()?;
        if Some(d) == stop {
            break;
        }
    }
    Ok(())
}

/// Fsyncs the first folder that still exists from `dir` up to `root`: where a removed entry
/// was (object_store's clean-up removes a folder a delete left empty, so the entry that went
/// may be the folder's own, one level up).
fn sync_first_existing(dir: &FsPath, root: &FsPath) -> io::Result<()> {
    let folder = dir
        .ancestors()
        .take_while(|d| d.starts_with(root))
        .find(|d| d.is_dir())
        .unwrap_or(root);
    std::fs::File::open(folder)?.sync_all()
}

#[cfg(feature = "s3")]
async fn open_s3(url: &str, parsed: &url::Url, s3: &S3Settings) -> Result<Store, StoreError> {
    use object_store::aws::AmazonS3Builder;
    use object_store::{BackoffConfig, ClientOptions, RetryConfig};

    let bad = |reason: &str| StoreError::BadUrl {
        url: url.to_string(),
        reason: reason.to_string(),
    };
    let bucket = parsed
        .host_str()
        .filter(|b| !b.is_empty())
        .ok_or_else(|| bad("no bucket name after s3://"))?
        .to_string();
    if parsed.query().is_some() || parsed.fragment().is_some() {
        return Err(bad("an s3 URL takes no query or fragment"));
    }
    let prefix = parsed.path().trim_matches('/').to_string();
    if !prefix.is_empty() {
        check_key(&prefix).map_err(|e| bad(&format!("the prefix is not valid: {e}")))?;
    }

    let place = Arc::new(S3Place {
        bucket: bucket.clone(),
        endpoint_url: s3.endpoint.clone(),
        region: s3.region.clone().unwrap_or_else(|| "us-east-1".into()),
        access_key_id: s3.access_key_id.clone(),
        credentials: s3.credentials,
    });
    check_credentials(&bucket, s3)?;

    let mut builder = AmazonS3Builder::new()
        .with_bucket_name(&bucket)
        .with_region(&place.region)
        .with_allow_http(s3.allow_http)
        .with_client_options(
            ClientOptions::new()
                .with_allow_http(s3.allow_http)
                .with_connect_timeout(Duration::from_secs(5))
                .with_timeout(s3.request_timeout),
        )
        .with_retry(RetryConfig {
            backoff: BackoffConfig::default(),
            max_retries: s3.request_retries,
            retry_timeout: Duration::from_secs(30),
        });
    if let Some(endpoint) = &s3.endpoint {
        builder = builder.with_endpoint(endpoint);
    }
    if s3.credentials == S3Credentials::Keys {
        if let Some(id) = &s3.access_key_id {
            builder = builder.with_access_key_id(id);
        }
        if let Some(secret) = &s3.secret_access_key {
            builder = builder.with_secret_access_key(secret);
        }
        if let Some(token) = &s3.session_token {
            builder = builder.with_token(token);
        }
    }
    let s3_store = builder.build().map_err(|source| StoreError::S3Config {
        bucket: bucket.clone(),
        source,
    })?;
    let mut store = Store {
        inner: Arc::new(s3_store),
        prefix,
        kind: BackendKind::S3,
        caps: Capabilities {
            keeps_tags: true,
            honours_create_only: true,
            multipart: true,
        },
        place: Some(place),
        root: None,
    };
    store.check_bucket(url).await?;
    store.caps.honours_create_only = store.probe_create_only().await?;
    Ok(store)
}

/// Refuses settings that cannot work before anything is sent: no keys (unless the instance
/// role was asked for), half a key pair, or keys beside `credentials = "instance"`.
#[cfg_attr(not(feature = "s3"), allow(dead_code))]
fn check_credentials(bucket: &str, s3: &S3Settings) -> Result<(), StoreError> {
    let problem = match (
        s3.credentials,
        s3.access_key_id.is_some(),
        s3.secret_access_key.is_some(),
    ) {
        (S3Credentials::Keys, true, true) | (S3Credentials::Instance, false, false) => {
            return Ok(())
        }
        (S3Credentials::Keys, false, false) => {
            "neither an access key id nor a secret access key is set: set AWS_ACCESS_KEY_ID and \
             AWS_SECRET_ACCESS_KEY (or access_key_id and secret_access_key under [s3] in the \
             config file); to use this machine's instance role instead, set credentials = \
             \"instance\" under [s3] (or CASEVAULT_S3_CREDENTIALS=instance)"
        }
        (S3Credentials::Keys, true, false) => {
            "the access key id is set but the secret access key is not: set \
             AWS_SECRET_ACCESS_KEY (or secret_access_key under [s3] in the config file)"
        }
        (S3Credentials::Keys, false, true) => {
            "the secret access key is set but the access key id is not: set AWS_ACCESS_KEY_ID \
             (or access_key_id under [s3] in the config file)"
        }
        (S3Credentials::Instance, _, _) => {
            "credentials = \"instance\" asks for this machine's instance role, but an access key \
             id or secret access key is also set under [s3] in the config file: remove one or \
             the other"
        }
    };
    Err(StoreError::Credentials {
        bucket: bucket.to_string(),
        problem: problem.to_string(),
    })
}

#[cfg(not(feature = "s3"))]
async fn open_s3(url: &str, _: &url::Url, _: &S3Settings) -> Result<Store, StoreError> {
    Err(StoreError::BadUrl {
        url: url.to_string(),
        reason: "this build of casevault has no S3 support (feature \"s3\")".into(),
    })
}

/// Checks that `key` is a valid object key, identical in meaning on every backend.
fn check_key(key: &str) -> Result<(), String> {
    if key.is_empty() {
        return Err("it is empty".into());
    }
    if key.starts_with('/') || key.ends_with('/') {
        return Err("it starts or ends with '/'".into());
    }
    if let Some(c) = key
        .chars()
        .find(|c| c.is_control() || matches!(c, '#' | '\\'))
    {
        // LocalFileSystem treats `name#123` as an unfinished upload and hides it from listings.
        return Err(format!("it contains the character {c:?}"));
    }
    for segment in key.split('/') {
        if segment.is_empty() || segment == "." || segment == ".." {
            return Err(format!("it has the segment {segment:?}"));
        }
    }
    Path::parse(key).map_err(|e| e.to_string())?;
    Ok(())
}

impl Store {
    /// What this backend can do.
    pub fn capabilities(&self) -> Capabilities {
        self.caps
    }

    /// Which kind of backend this is.
    pub fn kind(&self) -> BackendKind {
        self.kind
    }

    /// The prefix inside the bucket every key is placed under (empty for folders and memory).
    pub fn prefix(&self) -> &str {
        &self.prefix
    }

    /// The same store with create-only writes done as check-then-put, as for a backend that
    /// ignores conditional writes. For backends known to misreport, and for tests of that path.
    pub fn with_check_then_put(mut self) -> Self {
        self.caps.honours_create_only = false;
        self
    }

    /// Classifies a backend error of `operation` on `key` for this store.
    fn fail(&self, operation: &'static str, key: &str, e: object_store::Error) -> StoreError {
        StoreError::classify(operation, key, e, self.place.as_deref())
    }

    /// Lists the prefix once (one cheap request) so that a missing bucket, refused credentials
    /// or a store that is down are each reported as such when the store is opened.
    #[cfg_attr(not(feature = "s3"), allow(dead_code))]
    async fn check_bucket(&self, url: &str) -> Result<(), StoreError> {
        let prefix = if self.prefix.is_empty() {
            None
        } else {
            Some(Path::parse(&self.prefix).map_err(|e| StoreError::BadUrl {
                url: url.to_string(),
                reason: e.to_string(),
            })?)
        };
        match self.inner.list_with_delimiter(prefix.as_ref()).await {
            Ok(_) => Ok(()),
            // Listing a prefix of a bucket that exists is never "not found".
            Err(object_store::Error::NotFound { .. }) => match &self.place {
                Some(place) => Err(place.bucket_missing()),
                None => Ok(()),
            },
            Err(e) => Err(self.fail("list", url, e)),
        }
    }

    fn path(&self, key: &str) -> Result<Path, StoreError> {
        let bad = |reason: String| StoreError::BadKey {
            key: key.to_string(),
            reason,
        };
        check_key(key).map_err(bad)?;
        if key == PROBE_FOLDER || key.starts_with(&format!("{PROBE_FOLDER}/")) {
            return Err(bad(format!("{PROBE_FOLDER}/ is reserved")));
        }
        self.full_path(key)
    }

    fn full_path(&self, key: &str) -> Result<Path, StoreError> {
        let full = if self.prefix.is_empty() {
            key.to_string()
        } else {
            format!("{}/{key}", self.prefix)
        };
        Path::parse(&full).map_err(|e| StoreError::BadKey {
            key: key.to_string(),
            reason: e.to_string(),
        })
    }

    /// Writes `bytes` under `key` only if nothing is there yet; [`StoreError::AlreadyExists`]
    /// otherwise. Atomic when [`Capabilities::honours_create_only`]; a check-then-put otherwise.
    pub async fn put_create(&self, key: &str, bytes: Bytes) -> Result<Written, StoreError> {
        let path = self.path(key)?;
        let written = Written::of(&bytes);
        if self.caps.honours_create_only {
            self.inner
                .put_opts(&path, PutPayload::from(bytes), PutMode::Create.into())
                .await
                .map_err(|e| self.fail("create-only put", key, e))?;
        } else {
            match self.inner.head(&path).await {
                Ok(_) => {
                    return Err(StoreError::AlreadyExists {
                        key: key.to_string(),
                    })
                }
                Err(object_store::Error::NotFound { .. }) => {}
                Err(e) => return Err(self.fail("create-only put (check)", key, e)),
            }
            self.inner
                .put(&path, PutPayload::from(bytes))
                .await
                .map_err(|e| self.fail("create-only put", key, e))?;
        }
        Ok(written)
    }

    /// Writes `bytes` under `key`, replacing any object already there.
    pub async fn put(&self, key: &str, bytes: Bytes) -> Result<Written, StoreError> {
        let path = self.path(key)?;
        let written = Written::of(&bytes);
        self.inner
            .put(&path, PutPayload::from(bytes))
            .await
            .map_err(|e| self.fail("put", key, e))?;
        Ok(written)
    }

    /// Writes `bytes` under `key` (replacing any object there) with object tags. Tags are an
    /// optional extra: backends without [`Capabilities::keeps_tags`] drop them silently, so
    /// nothing may depend on them.
    pub async fn put_with_tags(
        &self,
        key: &str,
        bytes: Bytes,
        tags: &[(&str, &str)],
    ) -> Result<Written, StoreError> {
        let path = self.path(key)?;
        let written = Written::of(&bytes);
        let mut tag_set = TagSet::default();
        for (k, v) in tags {
            tag_set.push(k, v);
        }
        let options = PutOptions {
            tags: tag_set,
            ..PutOptions::default()
        };
        self.inner
            .put_opts(&path, PutPayload::from(bytes), options)
            .await
            .map_err(|e| self.fail("put with tags", key, e))?;
        Ok(written)
    }

    /// Writes `bytes` under `key` (replacing any object there), then reads it back and compares
    /// length and SHA-256; Ok only when they match.
    pub async fn put_verified(&self, key: &str, bytes: Bytes) -> Result<Written, StoreError> {
        let written = self.put(key, bytes).await?;
        self.verify(key, &written).await?;
        Ok(written)
    }

    /// Reads `key` back (streaming) and checks its length and SHA-256 against `expected`.
    pub async fn verify(&self, key: &str, expected: &Written) -> Result<(), StoreError> {
        let path = self.path(key)?;
        let get = self
            .inner
            .get(&path)
            .await
            .map_err(|e| self.fail("verify", key, e))?;
        let mut stream = get.into_stream();
        let mut hasher = Sha256::new();
        let mut size = 0u64;
        while let Some(chunk) = stream.next().await {
            let chunk = chunk.map_err(|e| self.fail("verify", key, e))?;
            size += chunk.len() as u64;
            hasher.update(&chunk);
        }
        let actual = Written {
            size,
            sha256: hasher.finalize().into(),
        };
        if actual != *expected {
            return Err(StoreError::VerifyMismatch {
                key: key.to_string(),
                expected_size: expected.size,
                expected_sha256: expected.sha256_hex(),
                actual_size: actual.size,
                actual_sha256: actual.sha256_hex(),
            });
        }
        Ok(())
    }

    /// Uploads everything `reader` yields to `key` in parts of [`MULTIPART_PART_SIZE`], without
    /// holding the whole object in memory; replaces any object there. Returns the length and
    /// SHA-256 of what was sent (pass it to [`Store::verify`]). If reading fails, the upload is
    /// aborted and nothing becomes visible; if the future is dropped part-way, nothing becomes
    /// visible either (on S3 the unfinished parts stay until aborted or expired by a lifecycle
    /// rule such as AbortIncompleteMultipartUpload).
    pub async fn put_multipart_from<R>(
        &self,
        key: &str,
        mut reader: R,
    ) -> Result<Written, StoreError>
    where
        R: AsyncRead + Unpin + Send,
    {
        let mut upload = self.start_multipart(key).await?;
        let mut buf = vec![0u8; 256 * 1024];
        loop {
            let n = match reader.read(&mut buf).await {
                Ok(0) => break,
                Ok(n) => n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(source) => return Err(upload.abort_after(source).await),
            };
            upload.write(&buf[..n]).await?;
        }
        upload.finish().await
    }

    /// Like [`Store::put_multipart_from`], from a stream of byte chunks.
    pub async fn put_multipart_stream<S>(
        &self,
        key: &str,
        mut stream: S,
    ) -> Result<Written, StoreError>
    where
        S: Stream<Item = io::Result<Bytes>> + Unpin + Send,
    {
        let mut upload = self.start_multipart(key).await?;
        while let Some(chunk) = stream.next().await {
            match chunk {
                Ok(bytes) => upload.write(&bytes).await?,
                Err(source) => return Err(upload.abort_after(source).await),
            }
        }
        upload.finish().await
    }

    async fn start_multipart(&self, key: &str) -> Result<MultipartWriter, StoreError> {
        let path = self.path(key)?;
        let upload = self
            .inner
            .put_multipart(&path)
            .await
            .map_err(|e| self.fail("start multipart upload", key, e))?;
        Ok(MultipartWriter {
            key: key.to_string(),
            upload: WriteMultipart::new_with_chunk_size(upload, MULTIPART_PART_SIZE),
            hasher: Sha256::new(),
            size: 0,
            place: self.place.clone(),
        })
    }

    /// The whole object under `key`.
    pub async fn get(&self, key: &str) -> Result<Bytes, StoreError> {
        let path = self.path(key)?;
        let result = self
            .inner
            .get(&path)
            .await
            .map_err(|e| self.fail("get", key, e))?;
        result.bytes().await.map_err(|e| self.fail("get", key, e))
    }

    /// Bytes `range` (end exclusive) of the object under `key`. A range past the end of the
    /// object is an error on every backend.
    pub async fn get_range(&self, key: &str, range: Range<u64>) -> Result<Bytes, StoreError> {
        let path = self.path(key)?;
        self.inner
            .get_range(&path, range)
            .await
            .map_err(|e| self.fail("get range", key, e))
    }

    /// The size of the object under `key`, or `None` when there is none.
    pub async fn head(&self, key: &str) -> Result<Option<u64>, StoreError> {
        let path = self.path(key)?;
        match self.inner.head(&path).await {
            Ok(meta) => Ok(Some(meta.size)),
            Err(object_store::Error::NotFound { .. }) => Ok(None),
            Err(e) => Err(self.fail("head", key, e)),
        }
    }

    /// Every key under the folder-like `prefix` (whole '/'-separated segments: `a` matches
    /// `a/x` but not `ab`; empty lists everything), relative to the store prefix, sorted.
    pub async fn list(&self, prefix: &str) -> Result<Vec<String>, StoreError> {
        let trimmed = prefix.trim_matches('/');
        let list_path = if trimmed.is_empty() {
            if self.prefix.is_empty() {
                None
            } else {
                Some(Path::parse(&self.prefix).map_err(|e| StoreError::BadKey {
                    key: prefix.to_string(),
                    reason: e.to_string(),
                })?)
            }
        } else {
            check_key(trimmed).map_err(|reason| StoreError::BadKey {
                key: prefix.to_string(),
                reason,
            })?;
            Some(self.full_path(trimmed)?)
        };
        let metas: Vec<_> = self
            .inner
            .list(list_path.as_ref())
            .try_collect()
            .await
            .map_err(|e| self.fail("list", prefix, e))?;
        let strip = if self.prefix.is_empty() {
            String::new()
        } else {
            format!("{}/", self.prefix)
        };
        let mut keys: Vec<String> = metas
            .into_iter()
            .filter_map(|m| {
                m.location
                    .as_ref()
                    .strip_prefix(strip.as_str())
                    .map(str::to_string)
            })
            .filter(|k| !k.starts_with(&format!("{PROBE_FOLDER}/")))
            .collect();
        keys.sort();
        Ok(keys)
    }

    /// Removes what an interrupted write of `key` left on a folder store: object_store writes
    /// `key#N` first and renames it over `key`, so a process killed in between leaves `key#N`
    /// behind, hidden from listings and never removed by object_store. Returns how many were
    /// removed. Call it only for a key no other writer is writing (the sink does, when it takes
    /// up a filing a killed run left pending). Other stores leave no such file: a single PUT is
    /// all or nothing.
    pub async fn discard_unfinished(&self, key: &str) -> Result<usize, StoreError> {
        let Some(root) = &self.root else {
            return Ok(0);
        };
        self.path(key)?;
        let path = root.join(key);
        let (Some(dir), Some(name)) = (path.parent(), path.file_name()) else {
            return Ok(0);
        };
        let stem = format!("{}#", name.to_string_lossy());
        let dir = dir.to_path_buf();
        let removed = tokio::task::spawn_blocking(move || -> io::Result<usize> {
            let mut removed = 0;
            let entries = match std::fs::read_dir(&dir) {
                Ok(e) => e,
                Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(0),
                Err(e) => return Err(e),
            };
            for entry in entries {
                let entry = entry?;
                let file = entry.file_name().to_string_lossy().into_owned();
                let staged = file
                    .strip_prefix(&stem)
                    .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
                if staged {
                    std::fs::remove_file(entry.path())?;
                    removed += 1;
                }
            }
            if removed > 0 {
                std::fs::File::open(&dir)?.sync_all()?;
            }
            Ok(removed)
        })
        .await
        .map_err(io::Error::other)
        .and_then(|r| r)
        .map_err(|source| StoreError::Backend {
            operation: "discard an unfinished write",
            key: key.to_string(),
            source: object_store::Error::Generic {
                store: "LocalFileSystem",
                source: Box::new(source),
            },
        })?;
        Ok(removed)
    }

    /// Deletes the object under `key`. Deleting a key that does not exist is not an error.
    /// On a folder store the removal is durable when this returns: a deleted key envelope that
    /// came back after a power cut would make a destroyed document readable again.
    pub async fn delete(&self, key: &str) -> Result<(), StoreError> {
        let path = self.path(key)?;
        match self.inner.delete(&path).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => {}
            Err(e) => return Err(self.fail("delete", key, e)),
        }
        if let Some(root) = &self.root {
            // The object's folder, or (emptied and removed by the automatic clean-up) the
            // first folder above it that is still there, up to the store's own folder.
            let folder = root.join(key);
            let folder = folder.parent().unwrap_or(root).to_path_buf();
            let root = root.clone();
            tokio::task::spawn_blocking(move || sync_first_existing(&folder, &root))
                .await
                .map_err(io::Error::other)
                .and_then(|r| r)
                .map_err(|source| StoreError::Backend {
                    operation: "delete (sync the folder)",
                    key: key.to_string(),
                    source: object_store::Error::Generic {
                        store: "LocalFileSystem",
                        source: Box::new(source),
                    },
                })?;
        }
        Ok(())
    }

    /// Writes a probe object twice with create-only; true when the second write is refused.
    #[cfg_attr(not(feature = "s3"), allow(dead_code))]
    async fn probe_create_only(&self) -> Result<bool, StoreError> {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or_default();
        let key = format!("{PROBE_FOLDER}/create-only-{}-{nanos}", std::process::id());
        let path = self.full_path(&key)?;
        let create = || PutOptions::from(PutMode::Create);
        self.inner
            .put_opts(&path, PutPayload::from_static(b"1"), create())
            .await
            .map_err(|e| self.fail("probe create-only put", &key, e))?;
        let second = self
            .inner
            .put_opts(&path, PutPayload::from_static(b"2"), create())
            .await;
        let honoured = match second {
            Err(object_store::Error::AlreadyExists { .. })
            | Err(object_store::Error::Precondition { .. }) => true,
            Ok(_) | Err(object_store::Error::NotImplemented { .. }) => false,
            Err(e) => {
                let _ = self.inner.delete(&path).await;
                return Err(self.fail("probe create-only put", &key, e));
            }
        };
        match self.inner.delete(&path).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(honoured),
            Err(e) => Err(self.fail("probe delete", &key, e)),
        }
    }
}

/// One multipart upload in progress, hashing what it sends.
struct MultipartWriter {
    key: String,
    upload: WriteMultipart,
    hasher: Sha256,
    size: u64,
    place: Option<Arc<S3Place>>,
}

impl MultipartWriter {
    async fn write(&mut self, bytes: &[u8]) -> Result<(), StoreError> {
        if let Err(e) = self
            .upload
            .wait_for_capacity(MULTIPART_PARTS_IN_FLIGHT)
            .await
        {
            return Err(StoreError::classify(
                "multipart upload",
                &self.key,
                e,
                self.place.as_deref(),
            ));
        }
        self.hasher.update(bytes);
        self.size += bytes.len() as u64;
        self.upload.write(bytes);
        Ok(())
    }

    async fn finish(self) -> Result<Written, StoreError> {
        let key = self.key;
        let place = self.place;
        self.upload.finish().await.map_err(|e| {
            StoreError::classify("finish multipart upload", &key, e, place.as_deref())
        })?;
        Ok(Written {
            size: self.size,
            sha256: self.hasher.finalize().into(),
        })
    }

    /// Aborts the upload because the source failed; the abort's own failure is ignored (the
    /// unfinished upload is invisible either way).
    async fn abort_after(self, source: io::Error) -> StoreError {
        let _ = self.upload.abort().await;
        StoreError::Source {
            key: self.key,
            source,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_that_mean_different_things_on_different_backends_are_refused() {
        for bad in [
            "", "/a", "a/", "a//b", "a/./b", "../a", "a#1", "a\\b", "a\nb",
        ] {
            assert!(check_key(bad).is_err(), "{bad:?} should be refused");
        }
        for good in ["a", "a/b/c.sealed", "2026/ab/cd-ef_01.bin", "a b"] {
            assert!(check_key(good).is_ok(), "{good:?} should be accepted");
        }
    }

    #[test]
    fn status_codes_are_found_in_object_store_messages() {
        let msg = "Error performing PUT http://x/b/k in 1ms - Server returned non-2xx status code: 503 Service Unavailable: busy";
        assert_eq!(http_status_in(msg), Some(503));
        assert_eq!(http_status_in("no status here"), None);
        assert_eq!(http_status_in("status code: 4"), None);
    }

    #[test]
    fn errors_are_classified_by_cause() {
        let generic = |msg: &str| object_store::Error::Generic {
            store: "S3",
            source: msg.to_string().into(),
        };
        let e = StoreError::from_backend(
            "put",
            "k",
            generic("Server returned non-2xx status code: 502 Bad Gateway"),
        );
        assert!(e.is_transient(), "{e}");
        let e = StoreError::from_backend(
            "put",
            "k",
            generic("Server returned non-2xx status code: 400 Bad Request"),
        );
        assert!(!e.is_transient(), "{e}");
        let e = StoreError::from_backend(
            "get",
            "k",
            object_store::Error::Generic {
                store: "S3",
                source: Box::new(io::Error::from(io::ErrorKind::ConnectionRefused)),
            },
        );
        assert!(e.is_transient(), "{e}");
        let e = StoreError::from_backend(
            "get",
            "k",
            object_store::Error::NotFound {
                path: "p/k".into(),
                source: "gone".into(),
            },
        );
        assert!(e.is_not_found() && !e.is_transient());
        assert_eq!(e.key(), Some("k"));
    }

    fn place(credentials: S3Credentials) -> S3Place {
        S3Place {
            bucket: "records".into(),
            endpoint_url: Some("http://127.0.0.1:8333".into()),
            region: "us-east-1".into(),
            access_key_id: Some("AKIDEXAMPLE".into()),
            credentials,
        }
    }

    fn refused(code: &str) -> object_store::Error {
        object_store::Error::PermissionDenied {
            path: "records/k".into(),
            source: format!(
                "Server returned non-2xx status code: 403 Forbidden: <?xml version=\"1.0\"?>\n<Error><Code>{code}</Code><Message>no</Message></Error>"
            )
            .into(),
        }
    }

    #[test]
    fn s3_answers_that_blame_the_settings_are_named_without_the_xml() {
        let p = place(S3Credentials::Keys);
        let e = StoreError::classify("put", "k", refused("SignatureDoesNotMatch"), Some(&p));
        let text = crate::error_text::chain(&e);
        assert!(matches!(e, StoreError::CredentialsRefused { .. }), "{text}");
        assert!(e.is_configuration() && !e.is_transient());
        assert!(text.contains("AWS_SECRET_ACCESS_KEY"), "{text}");
        assert!(
            !text.contains("<?xml") && !text.contains("<Code>"),
            "{text}"
        );
        assert_eq!(text.matches("SignatureDoesNotMatch").count(), 1, "{text}");

        let e = StoreError::classify("list", "k", refused("InvalidAccessKeyId"), Some(&p));
        assert!(e.to_string().contains("AWS_ACCESS_KEY_ID"), "{e}");
        let e = StoreError::classify("put", "k", refused("AccessDenied"), Some(&p));
        assert!(matches!(e, StoreError::AccessDenied { .. }), "{e}");
        assert_eq!(e.key(), Some("k"));

        let missing = object_store::Error::NotFound {
            path: "records/k".into(),
            source: "<Error><Code>NoSuchBucket</Code></Error>".into(),
        };
        let e = StoreError::classify("put", "k", missing, Some(&p));
        let text = e.to_string();
        assert!(matches!(e, StoreError::BucketMissing { .. }), "{text}");
        assert!(
            text.contains("\"records\" does not exist at http://127.0.0.1:8333"),
            "{text}"
        );
        assert!(text.contains("aws s3 mb s3://records"), "{text}");

        // Without a place (file and memory stores) nothing changes.
        let e = StoreError::classify("put", "k", refused("SignatureDoesNotMatch"), None);
        assert!(matches!(e, StoreError::Backend { .. }), "{e}");
    }

    #[test]
    fn credentials_are_checked_before_anything_is_sent() {
        let keys = |id: Option<&str>, secret: Option<&str>, credentials| S3Settings {
            access_key_id: id.map(str::to_string),
            secret_access_key: secret.map(str::to_string),
            credentials,
            ..S3Settings::default()
        };
        let problem = |s: &S3Settings| match check_credentials("b", s) {
            Err(StoreError::Credentials { problem, .. }) => problem,
            other => panic!("{other:?}"),
        };
        let none = problem(&keys(None, None, S3Credentials::Keys));
        for needle in [
            "AWS_ACCESS_KEY_ID",
            "AWS_SECRET_ACCESS_KEY",
            "access_key_id",
            "credentials = \"instance\"",
            "CASEVAULT_S3_CREDENTIALS",
        ] {
            assert!(none.contains(needle), "{needle}: {none}");
        }
        let half = problem(&keys(Some("id"), None, S3Credentials::Keys));
        assert!(half.contains("AWS_SECRET_ACCESS_KEY"), "{half}");
        let both = problem(&keys(Some("id"), Some("s"), S3Credentials::Instance));
        assert!(both.contains("remove one"), "{both}");
        assert!(check_credentials("b", &keys(Some("id"), Some("s"), S3Credentials::Keys)).is_ok());
        assert!(check_credentials("b", &keys(None, None, S3Credentials::Instance)).is_ok());
    }

    #[test]
    fn debug_never_prints_the_secret() {
        let settings = S3Settings {
            access_key_id: Some("AKIDEXAMPLE".into()),
            secret_access_key: Some("very-secret-value".into()),
            session_token: Some("token-value".into()),
            ..S3Settings::default()
        };
        let printed = format!("{settings:?}");
        assert!(printed.contains("AKIDEXAMPLE"));
        assert!(!printed.contains("very-secret-value"), "{printed}");
        assert!(!printed.contains("token-value"), "{printed}");
    }

    #[test]
    fn written_hex_matches_a_known_digest() {
        // SHA-256("abc") from FIPS 180-2.
        assert_eq!(
            Written::of(b"abc").sha256_hex(),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[tokio::test]
    async fn urls_choose_the_backend() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("new/folder");
        let s3 = StoreOptions::default();
        let store = open(folder.to_str().unwrap(), &s3).await.unwrap();
        assert_eq!(store.kind(), BackendKind::File);
        assert!(folder.is_dir(), "the folder is created");
        let url = format!("file://{}", dir.path().join("other").display());
        assert_eq!(open(&url, &s3).await.unwrap().kind(), BackendKind::File);
        assert_eq!(
            open("memory://", &s3).await.unwrap().kind(),
            BackendKind::Memory
        );
        for bad in [
            "",
            "ftp://x/y",
            "memory://bucket",
            "file://host/x",
            "s3:///p",
        ] {
            let err = open(bad, &s3).await.unwrap_err();
            assert!(matches!(err, StoreError::BadUrl { .. }), "{bad}: {err}");
        }
    }

    #[tokio::test]
    async fn reserved_probe_folder_is_not_a_key() {
        let store = open("memory://", &StoreOptions::default()).await.unwrap();
        let err = store
            .put(".casevault-probe/x", Bytes::from_static(b"x"))
            .await
            .unwrap_err();
        assert!(matches!(err, StoreError::BadKey { .. }), "{err}");
    }
}
