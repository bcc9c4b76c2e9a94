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
//! comparing its length and SHA-256 ([`Store::put_verified`], [`Store::verify`]).
//!
//! Errors are one [`StoreError`] enum whose variants carry the object key and say what to do.
//! [`StoreError::is_transient`] separates failures worth retrying with backoff (connection refused,
//! timeouts, 5xx, 429) from permanent ones; [`StoreError::is_not_found`] picks out a missing
//! object. Keys appear in error messages, so keys must be opaque identifiers, never case names or
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
    /// Access key id; `None` lets the AWS client look for instance or container credentials.
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
    /// environment variables listed at [`S3Settings::from_env`].
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
        self.access_key_id = self.access_key_id.or_else(|| env(&["AWS_ACCESS_KEY_ID"]));
        self.secret_access_key = self
            .secret_access_key
            .or_else(|| env(&["AWS_SECRET_ACCESS_KEY"]));
        self.session_token = self.session_token.or_else(|| env(&["AWS_SESSION_TOKEN"]));
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
            | StoreError::Backend { key, .. } => Some(key),
            StoreError::BadUrl { .. } | StoreError::Folder { .. } | StoreError::S3Config { .. } => {
                None
            }
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

/// The object store casevault writes to. Cheap to clone (the backend is shared).
#[derive(Clone)]
pub struct Store {
    inner: Arc<dyn ObjectStore>,
    prefix: String,
    kind: BackendKind,
    caps: Capabilities,
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
///   writes and deletes one probe object under `prefix/.casevault-probe/` to measure whether
///   create-only writes are honoured, so opening fails (transiently) when the server is down.
pub async fn open(url: &str, s3: &S3Settings) -> Result<Store, StoreError> {
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
    std::fs::create_dir_all(&absolute).map_err(|source| StoreError::Folder {
        path: absolute.clone(),
        source,
    })?;
    let local = LocalFileSystem::new_with_prefix(&absolute)
        .map_err(|e| StoreError::Folder {
            path: absolute.clone(),
            source: io::Error::other(e),
        })?
        .with_automatic_cleanup(true);
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
    })
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

    let mut builder = AmazonS3Builder::new()
        .with_bucket_name(&bucket)
        .with_region(s3.region.clone().unwrap_or_else(|| "us-east-1".into()))
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
    if let Some(id) = &s3.access_key_id {
        builder = builder.with_access_key_id(id);
    }
    if let Some(secret) = &s3.secret_access_key {
        builder = builder.with_secret_access_key(secret);
    }
    if let Some(token) = &s3.session_token {
        builder = builder.with_token(token);
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
    };
    store.caps.honours_create_only = store.probe_create_only().await?;
    Ok(store)
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
                .map_err(|e| StoreError::from_backend("create-only put", key, e))?;
        } else {
            match self.inner.head(&path).await {
                Ok(_) => {
                    return Err(StoreError::AlreadyExists {
                        key: key.to_string(),
                    })
                }
                Err(object_store::Error::NotFound { .. }) => {}
                Err(e) => return Err(StoreError::from_backend("create-only put (check)", key, e)),
            }
            self.inner
                .put(&path, PutPayload::from(bytes))
                .await
                .map_err(|e| StoreError::from_backend("create-only put", key, e))?;
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
            .map_err(|e| StoreError::from_backend("put", key, e))?;
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
            .map_err(|e| StoreError::from_backend("put with tags", key, e))?;
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
            .map_err(|e| StoreError::from_backend("verify", key, e))?;
        let mut stream = get.into_stream();
        let mut hasher = Sha256::new();
        let mut size = 0u64;
        while let Some(chunk) = stream.next().await {
            let chunk = chunk.map_err(|e| StoreError::from_backend("verify", key, e))?;
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
            .map_err(|e| StoreError::from_backend("start multipart upload", key, e))?;
        Ok(MultipartWriter {
            key: key.to_string(),
            upload: WriteMultipart::new_with_chunk_size(upload, MULTIPART_PART_SIZE),
            hasher: Sha256::new(),
            size: 0,
        })
    }

    /// The whole object under `key`.
    pub async fn get(&self, key: &str) -> Result<Bytes, StoreError> {
        let path = self.path(key)?;
        let result = self
            .inner
            .get(&path)
            .await
            .map_err(|e| StoreError::from_backend("get", key, e))?;
        result
            .bytes()
            .await
            .map_err(|e| StoreError::from_backend("get", key, e))
    }

    /// Bytes `range` (end exclusive) of the object under `key`. A range past the end of the
    /// object is an error on every backend.
    pub async fn get_range(&self, key: &str, range: Range<u64>) -> Result<Bytes, StoreError> {
        let path = self.path(key)?;
        self.inner
            .get_range(&path, range)
            .await
            .map_err(|e| StoreError::from_backend("get range", key, e))
    }

    /// The size of the object under `key`, or `None` when there is none.
    pub async fn head(&self, key: &str) -> Result<Option<u64>, StoreError> {
        let path = self.path(key)?;
        match self.inner.head(&path).await {
            Ok(meta) => Ok(Some(meta.size)),
            Err(object_store::Error::NotFound { .. }) => Ok(None),
            Err(e) => Err(StoreError::from_backend("head", key, e)),
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
            .map_err(|e| StoreError::from_backend("list", prefix, e))?;
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

    /// Deletes the object under `key`. Deleting a key that does not exist is not an error.
    pub async fn delete(&self, key: &str) -> Result<(), StoreError> {
        let path = self.path(key)?;
        match self.inner.delete(&path).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
            Err(e) => Err(StoreError::from_backend("delete", key, e)),
        }
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
            .map_err(|e| StoreError::from_backend("probe create-only put", &key, e))?;
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
                return Err(StoreError::from_backend("probe create-only put", &key, e));
            }
        };
        match self.inner.delete(&path).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(honoured),
            Err(e) => Err(StoreError::from_backend("probe delete", &key, e)),
        }
    }
}

/// One multipart upload in progress, hashing what it sends.
struct MultipartWriter {
    key: String,
    upload: WriteMultipart,
    hasher: Sha256,
    size: u64,
}

impl MultipartWriter {
    async fn write(&mut self, bytes: &[u8]) -> Result<(), StoreError> {
        if let Err(e) = self
            .upload
            .wait_for_capacity(MULTIPART_PARTS_IN_FLIGHT)
            .await
        {
            return Err(StoreError::from_backend("multipart upload", &self.key, e));
        }
        self.hasher.update(bytes);
        self.size += bytes.len() as u64;
        self.upload.write(bytes);
        Ok(())
    }

    async fn finish(self) -> Result<Written, StoreError> {
        let key = self.key;
        self.upload
            .finish()
            .await
            .map_err(|e| StoreError::from_backend("finish multipart upload", &key, e))?;
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
        let s3 = S3Settings::default();
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
        let store = open("memory://", &S3Settings::default()).await.unwrap();
        let err = store
            .put(".casevault-probe/x", Bytes::from_static(b"x"))
            .await
            .unwrap_err();
        assert!(matches!(err, StoreError::BadKey { .. }), "{err}");
    }
}
