//! The HTTP upload source: scanners and capture tools that post a file to a URL.
//!
//! ```text
//!  POST /v1/inbox/{pipeline}   body = the file, X-Filename = its name   -> 202 {"id": ...}
//!  GET  /v1/inbox/{id}                                                  -> filed | quarantined | waiting
//! ```
//!
//! Why it is shaped so: an upload is answered 202 only once its bytes are durable in the spool,
//! the same promise the IMAP source makes before it moves a message on the server. The body is
//! written under a hidden name (`.incoming/`, which the folder listing skips), flushed to disk,
//! renamed to `{id}/{original name}` and the folders flushed too. A process killed after the 202
//! therefore loses nothing: the next run finds the file in the spool and files it. From the spool
//! on, an upload is an ordinary inbox file, taken by the runtime's folder loop like a scan, so it
//! goes through exactly the stages, quarantine and release rules every other source uses. When
//! the runtime has decided its outcome it calls [`record_outcome`], which writes
//! `.outcomes/{id}.json`, what `GET` reads.
//!
//! Authentication is by bearer token. Only the SHA-256 of each token is in the pipeline file
//! (`printf %s "$TOKEN" | sha256sum`), compared in constant time; tokens, file names and case
//! names never reach the log (a log line carries the upload's random id and its size). The body
//! is counted as it streams in and refused with 413 past `max_bytes`, so a huge upload costs
//! neither memory nor more disk than the limit.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Path as UrlPath, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use futures::StreamExt;
use sha2::{Digest, Sha256};
use tokio::io::AsyncWriteExt;
use tokio::sync::watch;

use super::scan_folder;

/// What an upload source needs to run.
#[derive(Debug, Clone)]
pub struct UploadSettings {
    /// The pipeline's name: uploads are posted to `/v1/inbox/{pipeline}`.
    pub pipeline: String,
    pub listen: SocketAddr,
    /// SHA-256 of each accepted bearer token.
    pub token_sha256: Vec<[u8; 32]>,
    pub max_bytes: u64,
    /// The spool: the pipeline's inbox folder.
    pub spool: PathBuf,
}

/// Errors that stop the source (an upload's own problems are answered to its client).
#[derive(Debug, thiserror::Error)]
pub enum UploadError {
    #[error("cannot listen for uploads on {addr}: {source}")]
    Listen {
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error("cannot prepare the upload spool {path}: {source}")]
    Spool {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("no bearer token is configured: add the SHA-256 of one (printf %s \"$TOKEN\" | sha256sum) to token_sha256 in the pipeline's [source]")]
    NoToken,
    #[error("the upload server stopped: {0}")]
    Serve(std::io::Error),
}

const INCOMING: &str = ".incoming";
const OUTCOMES: &str = ".outcomes";
/// The header that carries the file's original name, percent-encoded where it is not ASCII.
pub const NAME_HEADER: &str = "x-filename";

/// Binds the listener and prepares the spool (errors here stop the run before anything is
/// accepted), then returns the server as a future that runs until `shutdown` turns true.
pub async fn start(
    settings: UploadSettings,
    mut shutdown: watch::Receiver<bool>,
) -> Result<impl std::future::Future<Output = Result<(), UploadError>>, UploadError> {
    if settings.token_sha256.is_empty() {
        return Err(UploadError::NoToken);
    }
    for dir in [
        settings.spool.clone(),
        settings.spool.join(INCOMING),
        settings.spool.join(OUTCOMES),
    ] {
        crate::private_fs::make_private_dir(&dir)
            .map_err(|source| UploadError::Spool { path: dir, source })?;
    }
    // A part left by a process killed mid-upload was never acknowledged: its client got no
    // 202 and sends it again. Nothing else reads these, so they are cleared at start.
    if let Ok(entries) = std::fs::read_dir(settings.spool.join(INCOMING)) {
        for e in entries.flatten() {
            let _ = std::fs::remove_file(e.path());
        }
    }
    let listener = tokio::net::TcpListener::bind(settings.listen)
        .await
        .map_err(|source| UploadError::Listen {
            addr: settings.listen,
            source,
        })?;
    tracing::info!(addr = %settings.listen, "accepting uploads");
    let app = Router::new()
        .route("/v1/inbox/{key}", post(upload).get(status))
        .with_state(Arc::new(settings));
    Ok(async move {
        axum::serve(listener, app)
            .with_graceful_shutdown(async move {
                while !*shutdown.borrow() {
                    if shutdown.changed().await.is_err() {
                        break;
                    }
                }
            })
            .await
            .map_err(UploadError::Serve)
    })
}

/// A JSON answer with a status code.
fn answer(code: StatusCode, body: serde_json::Value) -> Response {
    (code, Json(body)).into_response()
}

fn refuse(code: StatusCode, why: &str) -> Response {
    answer(code, serde_json::json!({ "error": why }))
}

/// Whether the request carries one of the configured tokens. Every configured hash is compared
/// whatever matched, byte by byte without early exit, so the time taken says nothing.
fn authorised(settings: &UploadSettings, headers: &HeaderMap) -> bool {
    let Some(token) = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim)
        .filter(|t| !t.is_empty())
    else {
        return false;
    };
    let digest: [u8; 32] = Sha256::digest(token.as_bytes()).into();
    settings.token_sha256.iter().fold(false, |found, want| {
        let diff = want
            .iter()
            .zip(digest.iter())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b));
        found | (diff == 0)
    })
}

fn unauthorised() -> Response {
    let mut r = refuse(
        StatusCode::UNAUTHORIZED,
        "a valid bearer token is required (Authorization: Bearer ...)",
    );
    r.headers_mut().insert(
        header::WWW_AUTHENTICATE,
        header::HeaderValue::from_static("Bearer"),
    );
    r
}

/// The upload's file name from its header: percent-decoded UTF-8, a plain file name (no folder,
/// not hidden, not a partial-file name the listing would skip), at most 255 bytes.
fn file_name(headers: &HeaderMap) -> Result<String, &'static str> {
    let raw = headers
        .get(NAME_HEADER)
        .ok_or("name the file in the X-Filename header")?
        .to_str()
        .map_err(|_| "X-Filename must be ASCII (percent-encode other characters as UTF-8)")?;
    let name = percent_decode(raw).ok_or("X-Filename is not valid percent-encoded UTF-8")?;
    let name = name.trim();
    // What the folder listing skips (hidden, partial) could never be filed from the spool.
    let os_name = std::ffi::OsStr::new(name);
    if name.is_empty()
        || name.len() > 255
        || scan_folder::is_hidden(os_name)
        || name.contains(['/', '\\', '\0'])
        || name.chars().any(char::is_control)
    {
        return Err(
            "X-Filename must be a plain file name (no folders, not hidden, at most 255 bytes)",
        );
    }
    if scan_folder::is_partial(os_name) {
        return Err("X-Filename names a partial or temporary file");
    }
    Ok(name.to_string())
}

fn percent_decode(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// An upload id is 32 lowercase hex digits: anything else is not one (and never a path).
fn is_id(s: &str) -> bool {
    s.len() == 32
        && s.bytes()
            .all(|c| c.is_ascii_digit() || (b'a'..=b'f').contains(&c))
}

async fn upload(
    State(settings): State<Arc<UploadSettings>>,
    UrlPath(pipeline): UrlPath<String>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    if !authorised(&settings, &headers) {
        return unauthorised();
    }
    if pipeline != settings.pipeline {
        return refuse(StatusCode::NOT_FOUND, "no such pipeline takes uploads here");
    }
    let name = match file_name(&headers) {
        Ok(n) => n,
        Err(why) => return refuse(StatusCode::BAD_REQUEST, why),
    };
    let too_large = || {
        refuse(
            StatusCode::PAYLOAD_TOO_LARGE,
            &format!(
                "the file is larger than this source takes ({} bytes)",
                settings.max_bytes
            ),
        )
    };
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > settings.max_bytes) {
        return too_large();
    }
    let id = hex::encode(rand::random::<[u8; 16]>());
    let part = settings.spool.join(INCOMING).join(format!("{id}.part"));
    match receive(&part, body, settings.max_bytes).await {
        Ok(0) => {
            let _ = tokio::fs::remove_file(&part).await;
            return refuse(
                StatusCode::BAD_REQUEST,
                "the body is empty: nothing to file",
            );
        }
        Ok(size) => {
            if let Err(e) = settle_in_spool(&settings.spool, &part, &id, &name) {
                let _ = std::fs::remove_file(&part);
                tracing::error!(id = %id, error = %e, "an upload could not be spooled");
                return refuse(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "the upload could not be kept: try again later",
                );
            }
            tracing::info!(id = %id, bytes = size, "upload accepted");
        }
        Err(Received::TooLarge) => {
            let _ = tokio::fs::remove_file(&part).await;
            return too_large();
        }
        Err(Received::Client(why)) => {
            let _ = tokio::fs::remove_file(&part).await;
            tracing::info!(id = %id, error = %why, "an upload ended before its body did");
            return refuse(StatusCode::BAD_REQUEST, "the upload was cut off");
        }
        Err(Received::Disk(e)) => {
            let _ = tokio::fs::remove_file(&part).await;
            tracing::error!(id = %id, error = %e, "an upload could not be written");
            return refuse(
                StatusCode::SERVICE_UNAVAILABLE,
                "the upload could not be kept: try again later",
            );
        }
    }
    let location = format!("/v1/inbox/{id}");
    let mut r = answer(
        StatusCode::ACCEPTED,
        serde_json::json!({ "id": id, "status": "waiting", "location": location }),
    );
    if let Ok(v) = header::HeaderValue::from_str(&location) {
        r.headers_mut().insert(header::LOCATION, v);
    }
    r
}

enum Received {
    TooLarge,
    Client(String),
    Disk(std::io::Error),
}

/// Streams the body into `part`, counting, and flushes it to disk. Returns its size.
async fn receive(part: &Path, body: Body, max: u64) -> Result<u64, Received> {
    let mut file = tokio::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(crate::private_fs::FILE_MODE)
        .open(part)
        .await
        .map_err(Received::Disk)?;
    let mut stream = body.into_data_stream();
    let mut size = 0u64;
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.map_err(|e| Received::Client(e.to_string()))?;
        size += chunk.len() as u64;
        if size > max {
            return Err(Received::TooLarge);
        }
        file.write_all(&chunk).await.map_err(Received::Disk)?;
    }
    file.flush().await.map_err(Received::Disk)?;
    file.sync_all().await.map_err(Received::Disk)?;
    Ok(size)
}

/// Moves a complete, flushed part to `{spool}/{id}/{name}` and flushes the folders, so that the
/// file is in the spool under its name whatever happens next.
fn settle_in_spool(spool: &Path, part: &Path, id: &str, name: &str) -> std::io::Result<()> {
    let dir = spool.join(id);
    {
        use std::os::unix::fs::DirBuilderExt;
        std::fs::DirBuilder::new()
            .mode(crate::private_fs::DIR_MODE)
            .create(&dir)?;
    }
    std::fs::rename(part, dir.join(name))?;
    sync_dir(&dir)?;
    sync_dir(spool)?;
    sync_dir(&spool.join(INCOMING))
}

fn sync_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::File::open(dir)?.sync_all()
}

async fn status(
    State(settings): State<Arc<UploadSettings>>,
    UrlPath(id): UrlPath<String>,
    headers: HeaderMap,
) -> Response {
    if !authorised(&settings, &headers) {
        return unauthorised();
    }
    if !is_id(&id) {
        return refuse(StatusCode::NOT_FOUND, "no such upload");
    }
    let done = settings.spool.join(OUTCOMES).join(format!("{id}.json"));
    let recorded = || async {
        let text = tokio::fs::read_to_string(&done).await.ok()?;
        serde_json::from_str::<serde_json::Value>(&text).ok()
    };
    if let Some(v) = recorded().await {
        return answer(StatusCode::OK, v);
    }
    if settings.spool.join(&id).is_dir() {
        return answer(
            StatusCode::OK,
            serde_json::json!({ "id": id, "status": "waiting" }),
        );
    }
    // The outcome is written before the upload's folder is removed: a folder gone since the
    // first look means its outcome is there now (a client asking at that moment got 404).
    if let Some(v) = recorded().await {
        return answer(StatusCode::OK, v);
    }
    refuse(StatusCode::NOT_FOUND, "no such upload")
}

/// What became of one upload, as `GET /v1/inbox/{id}` reports it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct UploadOutcome<'a> {
    /// `filed`, `duplicate`, `quarantined`, or `waiting` (the store could not take it yet).
    pub status: &'a str,
    pub folder: &'a str,
    pub name: &'a str,
    pub doc_id: &'a str,
    pub reason: &'a str,
    pub detail: &'a str,
}

/// Records how the spooled file at `path` ended, if it is an upload (`{spool}/{id}/{name}`):
/// writes `.outcomes/{id}.json` (whole or not at all) and removes the upload's folder once its
/// file has left it. Called by the runtime after it released, quarantined or kept the file.
pub fn record_outcome(spool: &Path, path: &Path, outcome: &UploadOutcome<'_>) {
    let Some(dir) = path.parent().filter(|d| d.parent() == Some(spool)) else {
        return;
    };
    let Some(id) = dir
        .file_name()
        .and_then(|n| n.to_str())
        .filter(|n| is_id(n))
    else {
        return;
    };
    let mut v = serde_json::to_value(outcome).unwrap_or_default();
    v["id"] = serde_json::Value::from(id);
    let out = spool.join(OUTCOMES);
    let tmp = out.join(format!(".{id}.tmp"));
    let written = crate::private_fs::write_private_file(&tmp, v.to_string().as_bytes())
        .and_then(|_| std::fs::rename(&tmp, out.join(format!("{id}.json"))));
    if let Err(e) = written {
        tracing::warn!(id = %id, error = %e, "the outcome of an upload could not be recorded");
    }
    if !path.exists() {
        let _ = std::fs::remove_dir(dir);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(
                header::HeaderName::from_bytes(k.as_bytes()).unwrap(),
                header::HeaderValue::from_str(v).unwrap(),
            );
        }
        h
    }

    #[test]
    fn names_are_plain_file_names() {
        let ok = file_name(&headers(&[(
            NAME_HEADER,
            "Re%20Llywelyn%20-%20CF24C00077%20-%20Adroddiad%20%C3%A2%20llun.pdf",
        )]));
        assert_eq!(
            ok.as_deref(),
            Ok("Re Llywelyn - CF24C00077 - Adroddiad â llun.pdf")
        );
        for bad in [
            "../etc/passwd",
            ".hidden.pdf",
            "a%2Fb.pdf",
            "scan.pdf.part",
            "%ZZ",
            "",
            "%00x",
        ] {
            assert!(
                file_name(&headers(&[(NAME_HEADER, bad)])).is_err(),
                "{bad} was taken"
            );
        }
        assert!(file_name(&HeaderMap::new()).is_err());
    }

    #[test]
    fn only_a_configured_token_is_authorised() {
        let s = UploadSettings {
            pipeline: "p".into(),
            listen: "127.0.0.1:0".parse().unwrap(),
            token_sha256: vec![Sha256::digest(b"right").into()],
            max_bytes: 10,
            spool: PathBuf::new(),
        };
        assert!(authorised(
            &s,
            &headers(&[("authorization", "Bearer right")])
        ));
        for bad in ["Bearer wrong", "Bearer ", "right", "Basic cmlnaHQ="] {
            assert!(
                !authorised(&s, &headers(&[("authorization", bad)])),
                "{bad}"
            );
        }
        assert!(!authorised(&s, &HeaderMap::new()));
    }

    #[test]
    fn an_outcome_is_recorded_only_for_an_upload_and_its_folder_goes() {
        let spool = tempfile::tempdir().unwrap();
        let id = "0123456789abcdef0123456789abcdef";
        std::fs::create_dir_all(spool.path().join(OUTCOMES)).unwrap();
        std::fs::create_dir_all(spool.path().join(id)).unwrap();
        let gone = spool.path().join(id).join("x.pdf");
        let o = UploadOutcome {
            status: "filed",
            folder: "court-orders",
            name: "n.pdf",
            doc_id: "d",
            reason: "",
            detail: "",
        };
        record_outcome(spool.path(), &gone, &o);
        let v: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(spool.path().join(OUTCOMES).join(format!("{id}.json")))
                .unwrap(),
        )
        .unwrap();
        assert_eq!(v["status"], "filed");
        assert_eq!(v["id"], id);
        // 0600 whatever the process umask (this test process's is the system's, 022 here).
        use std::os::unix::fs::PermissionsExt;
        let written = spool.path().join(OUTCOMES).join(format!("{id}.json"));
        let mode = std::fs::metadata(&written).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        assert!(
            !spool.path().join(id).exists(),
            "the empty upload folder is removed"
        );
        // A file that is not an upload's (dropped in the spool by hand) records nothing.
        record_outcome(spool.path(), &spool.path().join("loose.pdf"), &o);
        assert_eq!(
            std::fs::read_dir(spool.path().join(OUTCOMES))
                .unwrap()
                .count(),
            1
        );
    }
}
