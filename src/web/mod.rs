//! The workspace: `casevault serve`, a web service for the people who triage, read and keep the
//! records.
//!
//! Why it is shaped so:
//! - **The same library as the command line.** Every page calls the checks and operations the
//!   commands call ([`crate::access::Session`], [`crate::operations::Records`],
//!   [`crate::review`]); nothing is decided here that a command would decide differently. A
//!   shielded case off a person's list is "page not found" by list, search and URL alike,
//!   because the library says "no such case" for it.
//! - **Server-rendered, no script.** Pages are HTML built with maud (every value escaped) and
//!   styled by GOV.UK Frontend; every action is a plain form. The Content-Security-Policy then
//!   allows no script at all, and every page works with JavaScript off.
//! - **Nothing in the clear where it should not be.** URLs carry case numbers and document ids,
//!   never names; every response says `Cache-Control: no-store`; the log carries the method,
//!   the route pattern and the status, never a path with its values.
//! - **One catalog connection per request, from a small pool**, each told who is acting before
//!   it is lent, so every contact-log entry names the signed-in person.

mod auth;
mod layout;
mod oidc;
mod pages;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use axum::extract::{MatchedPath, Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;

use crate::access::AccessError;
use crate::catalog::{Catalog, CatalogError};
use crate::config::Config;
use crate::retention::ScheduleSet;
use crate::sink::Sink;

pub use auth::{hash_password, set_password};

/// Errors that stop the workspace from starting.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("cannot listen on {addr}: {source}")]
    Listen {
        addr: String,
        source: std::io::Error,
    },
    #[error("the [web] listen address '{0}' is not an address and port (such as 127.0.0.1:8780)")]
    BadAddress(String),
    #[error("TLS: {0}")]
    Tls(String),
    #[error(transparent)]
    Sink(#[from] crate::sink::SinkError),
    #[error(transparent)]
    Catalog(#[from] CatalogError),
    #[error("retention schedules: {0}")]
    Schedules(String),
    #[error("[web]: {0}")]
    Config(String),
}

/// What every request shares.
pub struct App {
    config: Config,
    /// The configuration file the command line was given, passed on to pipeline runs.
    config_file: Option<PathBuf>,
    sink: Sink,
    schedules: ScheduleSet,
    pool: Mutex<Vec<Catalog>>,
    /// Cookies are `Secure` (and `__Host-`) when the workspace speaks HTTPS.
    secure: bool,
    /// `serve --today`: the date disposal works to (a rehearsal); else the real date.
    today: Option<chrono::NaiveDate>,
    /// Pipelines being run after a decision (one run of each at a time).
    running: Mutex<std::collections::BTreeSet<String>>,
    /// The identity provider, when `[web.oidc]` is configured.
    oidc: Option<oidc::Oidc>,
    /// Review items' page images, drawn once.
    pages: pages::PageCache,
}

type Shared = Arc<App>;

/// A catalog connection lent to one request; back to the pool when dropped.
pub(crate) struct Lent<'a> {
    app: &'a App,
    cat: Option<Catalog>,
}

impl std::ops::Deref for Lent<'_> {
    type Target = Catalog;
    fn deref(&self) -> &Catalog {
        self.cat.as_ref().expect("lent until dropped")
    }
}

impl Drop for Lent<'_> {
    fn drop(&mut self) {
        if let Some(c) = self.cat.take() {
            let mut pool = self.app.pool.lock().unwrap_or_else(|p| p.into_inner());
            if pool.len() < 8 {
                pool.push(c);
            }
        }
    }
}

impl App {
    /// A catalog connection whose contact-log entries are `user`'s (or nobody's).
    pub(crate) fn catalog(&self, user: Option<&str>) -> Result<Lent<'_>, Fail> {
        let pooled = self.pool.lock().unwrap_or_else(|p| p.into_inner()).pop();
        let cat = match pooled {
            Some(c) => c,
            None => crate::sink::open_catalog(&self.config)
                .map_err(|e| Fail::Internal(e.to_string()))?,
        };
        match user {
            Some(u) => cat.act_as(u),
            None => cat.act_as_nobody(),
        }
        Ok(Lent {
            app: self,
            cat: Some(cat),
        })
    }
}

/// Why a request failed, as the person is told.
#[derive(Debug)]
pub(crate) enum Fail {
    /// Not there, or not for this person (the same answer, so a page tells nothing).
    NotFound,
    /// Visible but not theirs to do.
    Refused(String),
    /// A form that cannot be acted on.
    Bad(String),
    /// A form without its token, or from another site.
    Forged,
    /// Something this service depends on (the identity provider) cannot be reached.
    Unavailable(String),
    Internal(String),
}

impl From<AccessError> for Fail {
    fn from(e: AccessError) -> Self {
        match e {
            AccessError::NoSuchCase(_) => Fail::NotFound,
            AccessError::Catalog(CatalogError::NoSuchDocument(_)) => Fail::NotFound,
            AccessError::Refused { .. } => Fail::Refused(e.to_string()),
            other => Fail::Internal(other.to_string()),
        }
    }
}

impl From<CatalogError> for Fail {
    fn from(e: CatalogError) -> Self {
        match e {
            CatalogError::NoSuchDocument(_) => Fail::NotFound,
            other => Fail::Internal(other.to_string()),
        }
    }
}

impl From<crate::operations::OperationError> for Fail {
    fn from(e: crate::operations::OperationError) -> Self {
        use crate::operations::OperationError as E;
        match e {
            E::Access(a) => a.into(),
            E::NoSuchCase(_) => Fail::NotFound,
            E::NothingToApprove | E::NoSuchApproval(_) | E::ApprovalNotWaiting(..) => {
                Fail::Bad(e.to_string())
            }
            other => Fail::Internal(other.to_string()),
        }
    }
}

impl From<crate::review::ReviewError> for Fail {
    fn from(e: crate::review::ReviewError) -> Self {
        use crate::review::ReviewError as E;
        match e {
            E::Access(a) => a.into(),
            E::NoSuchItem(_) | E::NoSuchRescan(_) => Fail::NotFound,
            E::Catalog(c) => c.into(),
            E::Model(_) | E::Move { .. } | E::NoInbox { .. } => Fail::Internal(e.to_string()),
            other => Fail::Bad(other.to_string()),
        }
    }
}

impl From<crate::access::ReadError> for Fail {
    fn from(e: crate::access::ReadError) -> Self {
        match e {
            crate::access::ReadError::Access(a) => a.into(),
            other => Fail::Internal(other.to_string()),
        }
    }
}

impl IntoResponse for Fail {
    fn into_response(self) -> Response {
        let (status, title, text) = match self {
            Fail::NotFound => (
                StatusCode::NOT_FOUND,
                "Page not found",
                "If you typed the web address, check it is correct. A case you are not allowed to see is not shown.".to_string(),
            ),
            Fail::Refused(why) => (StatusCode::FORBIDDEN, "You cannot do this", why),
            Fail::Bad(why) => (StatusCode::BAD_REQUEST, "This cannot be done", why),
            Fail::Forged => (
                StatusCode::FORBIDDEN,
                "This form has expired",
                "Go back, reload the page and try again.".to_string(),
            ),
            Fail::Unavailable(why) => (
                StatusCode::SERVICE_UNAVAILABLE,
                "Sorry, the service is unavailable",
                why,
            ),
            Fail::Internal(why) => {
                // The reason may name a file or a case: it goes to the person, not the log.
                let reference = hex::encode(rand::random::<[u8; 4]>());
                tracing::error!(reference, "a workspace request failed");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "Sorry, there is a problem with the service",
                    format!("{why} (reference {reference})"),
                )
            }
        };
        let body = layout::page(
            title,
            layout::Nav::None,
            None,
            maud::html! {
                h1 class="govuk-heading-l" { (title) }
                p class="govuk-body" { (text) }
                p class="govuk-body" { a class="govuk-link" href="/" { "Go to the start" } }
            },
        );
        (status, body).into_response()
    }
}

/// Headers on every response: nothing cached, no script, no framing, no sniffing, no referrer.
async fn security_headers(req: Request, next: Next) -> Response {
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|m| m.as_str().to_string())
        .unwrap_or_else(|| "(none)".to_string());
    let method = req.method().clone();
    let mut resp = next.run(req).await;
    let h = resp.headers_mut();
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(header::PRAGMA, HeaderValue::from_static("no-cache"));
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    // Same-origin: another site is told nothing (not even that a link came from here), and the
    // browser still sends this site its `Origin` on posts (`no-referrer` would make it `null`).
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        "cross-origin-opener-policy",
        HeaderValue::from_static("same-origin"),
    );
    h.insert(
        "permissions-policy",
        HeaderValue::from_static("camera=(), microphone=(), geolocation=()"),
    );
    // A PDF is shown by the browser's own viewer, which a page policy would block.
    let is_pdf = h
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/pdf"));
    if !is_pdf {
        h.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(
                "default-src 'none'; style-src 'self'; img-src 'self'; font-src 'self'; \
                 form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
            ),
        );
    }
    tracing::info!(%method, route, status = resp.status().as_u16(), "workspace");
    resp
}

/// The workspace's own stylesheet.
async fn own_css() -> Response {
    (
        [(header::CONTENT_TYPE, "text/css; charset=utf-8")],
        layout::CSS,
    )
        .into_response()
}

/// GOV.UK Frontend's files, from the folder npm installed them in. Only plain file names under
/// that folder are served.
async fn asset(
    State(app): State<Shared>,
    axum::extract::Path(path): axum::extract::Path<String>,
) -> Response {
    let root = &app.config.web.assets;
    let safe = !path.is_empty()
        && path
            .split('/')
            .all(|p| !p.is_empty() && p != "." && p != ".." && !p.starts_with('.'));
    if !safe {
        return Fail::NotFound.into_response();
    }
    let file = if path == "govuk-frontend.min.css" {
        root.join("govuk-frontend.min.css")
    } else {
        root.join("assets").join(&path)
    };
    match tokio::fs::read(&file).await {
        Ok(bytes) => {
            let kind = match file.extension().and_then(|e| e.to_str()) {
                Some("css") => "text/css; charset=utf-8",
                Some("woff2") => "font/woff2",
                Some("woff") => "font/woff",
                Some("png") => "image/png",
                Some("svg") => "image/svg+xml",
                Some("ico") => "image/x-icon",
                Some("json") => "application/json",
                _ => "application/octet-stream",
            };
            ([(header::CONTENT_TYPE, kind)], bytes).into_response()
        }
        Err(_) => Fail::NotFound.into_response(),
    }
}

/// The routes.
fn router(app: Shared) -> Router {
    Router::new()
        .route("/", get(pages::dashboard))
        .route("/sign-in", get(auth::sign_in_page).post(auth::sign_in))
        .route("/sign-in/oidc", get(oidc::begin))
        .route("/sign-in/oidc/callback", get(oidc::callback))
        .route("/sign-out", post(auth::sign_out))
        .route("/queue", get(pages::queue))
        .route("/queue/{item}", get(pages::queue_item))
        .route("/queue/{item}/page/{n}", get(pages::queue_page_image))
        .route("/queue/{item}/file", post(pages::queue_file))
        .route("/queue/{item}/set-aside", post(pages::queue_set_aside))
        .route("/rescans/{id}/done", post(pages::rescan_done))
        .route("/cases", get(pages::cases))
        .route("/cases/{case}", get(pages::case_file))
        .route("/documents/{id}", get(pages::open_document))
        .route("/search", get(pages::search))
        .route("/records", get(pages::records))
        .route("/records/approve", post(pages::approve_disposal))
        .route(
            "/records/approvals/{id}/confirm",
            post(pages::confirm_disposal),
        )
        .route(
            "/records/approvals/{id}/withdraw",
            post(pages::withdraw_disposal),
        )
        .route("/records/destroyed", get(pages::destroyed))
        .route("/static/casevault.css", get(own_css))
        .route("/assets/{*path}", get(asset))
        .fallback(|| async { Fail::NotFound })
        .layer(middleware::from_fn(security_headers))
        .with_state(app)
}

/// How `serve` was asked to run.
#[derive(Debug, Clone, Default)]
pub struct ServeOptions {
    /// Overrides `[web] listen`.
    pub listen: Option<String>,
    /// The configuration file, passed on to the pipeline runs the workspace starts.
    pub config_file: Option<PathBuf>,
    /// Take this as today's date for disposal (as `dispose --today`).
    pub today: Option<chrono::NaiveDate>,
}

/// Runs the workspace until Ctrl-C or SIGTERM. `ready` is told the address once it listens.
pub async fn serve(
    config: Config,
    options: ServeOptions,
    ready: impl FnOnce(SocketAddr, bool),
) -> Result<(), ServeError> {
    let sink = Sink::open(&config).await?;
    let schedules = ScheduleSet::load_dir(&config.schedules_dir)
        .map_err(|e| ServeError::Schedules(e.to_string()))?;
    let first = crate::sink::open_catalog(&config)?;
    if !config.web.assets.join("govuk-frontend.min.css").exists() {
        tracing::warn!(
            "GOV.UK Frontend is not installed where [web] assets says; pages are served unstyled (run `make`, which installs it)"
        );
    }
    let tls = match (&config.web.tls_cert, &config.web.tls_key) {
        (Some(c), Some(k)) => Some(tls_acceptor(c, k)?),
        (None, None) => None,
        _ => {
            return Err(ServeError::Tls(
                "[web] needs both tls_cert and tls_key, or neither".into(),
            ))
        }
    };
    if !config.web.passwords && config.web.oidc.is_none() {
        return Err(ServeError::Config(
            "passwords = false leaves no way to sign in without [web.oidc]".into(),
        ));
    }
    let oidc = match &config.web.oidc {
        Some(o) => Some(oidc::Oidc::new(o).map_err(ServeError::Config)?),
        None => None,
    };
    let listen = options
        .listen
        .clone()
        .unwrap_or_else(|| config.web.listen.clone());
    let addr: SocketAddr = listen
        .parse()
        .map_err(|_| ServeError::BadAddress(listen.clone()))?;
    let app = Arc::new(App {
        secure: tls.is_some(),
        config,
        config_file: options.config_file,
        today: options.today,
        sink,
        schedules,
        pool: Mutex::new(vec![first]),
        running: Mutex::new(Default::default()),
        oidc,
        pages: Default::default(),
    });
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|source| ServeError::Listen {
            addr: listen.clone(),
            source,
        })?;
    let bound = listener.local_addr().map_err(|source| ServeError::Listen {
        addr: listen,
        source,
    })?;
    ready(bound, tls.is_some());
    let routes = router(app);
    match tls {
        None => axum::serve(listener, routes)
            .with_graceful_shutdown(shutdown())
            .await
            .map_err(|source| ServeError::Listen {
                addr: bound.to_string(),
                source,
            }),
        Some(acceptor) => serve_tls(listener, acceptor, routes).await,
    }
}

async fn shutdown() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut term =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).ok();
        tokio::select! {
            _ = ctrl_c => {},
            _ = async { match term.as_mut() { Some(t) => { t.recv().await; }, None => std::future::pending::<()>().await } } => {},
        }
    }
    #[cfg(not(unix))]
    {
        let _ = ctrl_c.await;
    }
}

fn tls_acceptor(cert: &Path, key: &Path) -> Result<tokio_rustls::TlsAcceptor, ServeError> {
    use rustls_pki_types::pem::PemObject;
    use rustls_pki_types::{CertificateDer, PrivateKeyDer};
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(cert)
        .map_err(|e| ServeError::Tls(format!("{}: {e}", cert.display())))?
        .collect::<Result<_, _>>()
        .map_err(|e| ServeError::Tls(format!("{}: {e}", cert.display())))?;
    let key = PrivateKeyDer::from_pem_file(key)
        .map_err(|e| ServeError::Tls(format!("{}: {e}", key.display())))?;
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut cfg = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| ServeError::Tls(e.to_string()))?
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .map_err(|e| ServeError::Tls(e.to_string()))?;
    cfg.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(tokio_rustls::TlsAcceptor::from(Arc::new(cfg)))
}

/// HTTPS: each connection's TLS handshake, then HTTP/1.1 over it, until shutdown.
async fn serve_tls(
    listener: tokio::net::TcpListener,
    acceptor: tokio_rustls::TlsAcceptor,
    routes: Router,
) -> Result<(), ServeError> {
    use hyper_util::rt::{TokioExecutor, TokioIo};
    use tower::ServiceExt;
    let stop = shutdown();
    tokio::pin!(stop);
    loop {
        let (tcp, _) = tokio::select! {
            _ = &mut stop => return Ok(()),
            accepted = listener.accept() => match accepted {
                Ok(a) => a,
                Err(_) => continue,
            },
        };
        let acceptor = acceptor.clone();
        let routes = routes.clone();
        tokio::spawn(async move {
            let Ok(stream) =
                tokio::time::timeout(std::time::Duration::from_secs(10), acceptor.accept(tcp))
                    .await
                    .map_err(|_| ())
                    .and_then(|r| r.map_err(|_| ()))
            else {
                return;
            };
            let service =
                hyper::service::service_fn(move |req: hyper::Request<hyper::body::Incoming>| {
                    routes.clone().oneshot(req.map(axum::body::Body::new))
                });
            let _ = hyper_util::server::conn::auto::Builder::new(TokioExecutor::new())
                .serve_connection(TokioIo::new(stream), service)
                .await;
        });
    }
}
