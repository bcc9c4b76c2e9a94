//! The IMAP mailbox source: spools new mail into a local folder and moves each message on the
//! server once casevault has decided its fate.
//!
//! The source does not feed documents to the pipeline itself. It writes every message of the
//! watched mailbox into a spool folder as `<uidvalidity>-<uid>.eml`, and casevault's ordinary
//! folder source picks the files up from there, so e-mail gets exactly the same settle, hash,
//! acknowledge and quarantine handling as scans. When a spooled message is filed or quarantined,
//! casevault sends an [`OutcomeMsg`] back and this task moves the message on the server to the
//! `Processed` or `Quarantine` mailbox. The server is therefore the durable record of what was
//! handled: a message leaves the inbox only after casevault stored it, never when it was read.
//!
//! Shape, and why:
//! - Messages are fetched with `BODY.PEEK[]`, which (unlike `BODY[]`) does not set `\Seen`: a
//!   person looking at the mailbox must not see mail as read that casevault has not handled yet.
//! - The spool name carries the UIDVALIDITY, because a UID is only meaningful within one UIDVALIDITY
//!   of a mailbox; an outcome for a spool file from an older UIDVALIDITY is logged and skipped
//!   rather than moving an unrelated message that happens to have the same UID now.
//! - Spool files are written under a hidden name (`.` prefix, which the folder source ignores),
//!   fsynced and then renamed, so the pipeline never reads half a message.
//! - A quarantined message is re-APPENDed to the quarantine mailbox with a prepended
//!   `X-Casevault-Quarantine: <reason>` header and the original is deleted, because IMAP has no
//!   way to annotate a moved message: whoever opens the Quarantine mailbox in any mail client sees
//!   why, without access to casevault's logs. The original bytes follow the header unchanged.
//! - Network trouble never ends the task: it logs a warning (never the password, subjects or
//!   message bytes; server errors are reduced to safe summaries), backs off (1 s doubling up to
//!   `reconnect_backoff_max`) and reconnects. Outcomes that arrive meanwhile are queued and applied
//!   after reconnecting. Only configuration errors at the very first connect (login refused, the
//!   mailbox cannot be selected, the spool folder cannot be created) are returned as errors.
//! - While waiting, IDLE (when offered and enabled) or the poll sleep race against the outcome
//!   channel and the shutdown signal, so outcomes are applied within moments, not a poll later.
//! - A message over the size limit (`max_file_mib`) is not fetched: its size is asked first
//!   (RFC822.SIZE), and it is moved to the quarantine mailbox as it is, with the keyword
//!   [`TOO_LARGE_KEYWORD`], so a mailbox cannot make casevault hold a huge message in memory.
//!
//! A message is fetched at most once per run of this task: once spooled (or found already spooled
//! by an earlier run) it is not fetched again until its outcome has been applied, even after its
//! spool file is gone, because casevault removes the file before the outcome reaches this task.
//!
//! One worker at a time holds a mailbox (issue 16): where several workers run the same pipeline
//! against one catalog, each asks the catalog for the mailbox's lease ([`MailboxLease`]); the
//! one that holds it connects, the others stand by and take over once its lease runs out (it
//! stopped, or its machine did). The holder renews every third of the lease and steps down,
//! having applied the outcomes it has, when a renewal fails. Two workers could still overlap for
//! a moment (a holder deep in a slow server round when its lease is lost): a message spooled by
//! both is filed once, since the second copy has the same bytes and is a duplicate of the first.
//!
//! Known limits: a spool file deleted without an outcome is fetched again only by the next run;
//! if the connection drops between the quarantine APPEND and the delete, the retry appends a
//! second copy to the quarantine mailbox.

use std::collections::{BTreeSet, HashSet, VecDeque};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::time::Duration;

use async_imap::error::Error as ImapLibError;
use async_imap::Session;
use futures::TryStreamExt as _;
use secrecy::{ExposeSecret as _, SecretString};
use tokio::net::TcpStream;

use crate::config::ImapTls;
use tokio::sync::{mpsc, watch};
use tracing::{debug, info, warn};

/// How long one connect + login, or one round of server commands, may take before the
/// connection is treated as dead and re-established.
const COMMAND_TIMEOUT: Duration = Duration::from_secs(60);
/// The longest reason text put into the quarantine header (a header line must stay under 998).
const MAX_REASON_LEN: usize = 300;

/// Where and how to read mail. `Debug` never shows the password (`SecretString` redacts it).
/// Mailbox names are sent as given, so non-ASCII names must already be in IMAP's modified UTF-7.
#[derive(Debug, Clone)]
pub struct ImapSettings {
    pub host: String,
    pub port: u16,
    pub user: String,
    pub password: SecretString,
    /// The mailbox to take mail from, usually `INBOX`.
    pub mailbox: String,
    /// Where filed messages go, e.g. `Processed` (created if missing).
    pub processed: String,
    /// Where quarantined messages go, e.g. `Quarantine` (created if missing).
    pub quarantine: String,
    /// How often to look for new mail without IDLE; also the longest single IDLE wait (used
    /// within 100 ms ..= 25 min).
    pub poll_interval: Duration,
    /// Use IDLE when the server offers it.
    pub idle: bool,
    /// The longest wait between reconnect attempts.
    pub reconnect_backoff_max: Duration,
    /// The largest message fetched (casevault's `max_file_mib`). A larger one is never read into
    /// memory: it is moved to the quarantine mailbox as it is, flagged [`TOO_LARGE_KEYWORD`].
    pub max_message_bytes: u64,
    /// How the connection is protected (the configuration refuses `None` beyond loopback
    /// unless told otherwise).
    pub tls: ImapTls,
    /// PEM certificate authorities to trust instead of the system's.
    pub ca_file: Option<PathBuf>,
}

/// A connection to the server, plain or under TLS: one type, so that a session is the same
/// whichever it is.
pub trait Stream:
    tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + std::fmt::Debug
{
}
impl<T: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + std::fmt::Debug> Stream
    for T
{
}
type Conn = Box<dyn Stream>;

/// The IMAP keyword set on a message moved to quarantine unread because it is over the size
/// limit (a keyword, because the message cannot be annotated without reading it; mail clients
/// show keywords as tags).
pub const TOO_LARGE_KEYWORD: &str = "CasevaultTooLarge";

/// What casevault did with a spooled message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Processed,
    Quarantined { reason: String },
}

/// The outcome for one spool file, named as [`spool_name`] made it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutcomeMsg {
    pub spool_name: String,
    pub outcome: Outcome,
}

/// Why the IMAP source could not start. Each is a configuration problem to fix, not a hiccup.
#[derive(Debug, thiserror::Error)]
pub enum ImapError {
    #[error("IMAP server {host}:{port} refused the login for the configured user ({detail}); check the user name and password")]
    Login {
        host: String,
        port: u16,
        detail: String,
    },
    #[error("IMAP server {host}:{port} refused {action} ({detail}); check the mailbox names in the configuration")]
    Mailbox {
        host: String,
        port: u16,
        action: String,
        detail: String,
    },
    #[error("IMAP server {host}:{port}: TLS failed: {detail}")]
    Tls {
        host: String,
        port: u16,
        detail: String,
    },
    #[error("cannot create the spool folder {path}: {source}; check the path and its permissions")]
    Spool {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// The spool file name for a message: `<uidvalidity>-<uid>.eml`.
pub fn spool_name(uidvalidity: u32, uid: u32) -> String {
    format!("{uidvalidity}-{uid}.eml")
}

/// Reads `(uidvalidity, uid)` back from a name made by [`spool_name`].
pub fn parse_spool_name(name: &str) -> Option<(u32, u32)> {
    let (validity, uid) = name.strip_suffix(".eml")?.split_once('-')?;
    Some((validity.parse().ok()?, uid.parse().ok()?))
}

/// Makes a reason safe for one header line: printable ASCII only (others become `?`, control
/// characters including CR/LF become spaces), trimmed, at most 300 characters.
pub fn header_safe_reason(reason: &str) -> String {
    let cleaned: String = reason
        .chars()
        .map(|c| match c {
            ' '..='~' => c,
            c if c.is_control() => ' ',
            _ => '?',
        })
        .take(MAX_REASON_LEN)
        .collect();
    let cleaned = cleaned.trim();
    if cleaned.is_empty() {
        "unspecified".to_string()
    } else {
        cleaned.to_string()
    }
}

/// A server error reduced to text that is safe to log: parse errors can carry raw response bytes
/// (message contents) and validation errors a character of the password, so neither is shown.
fn describe(e: &ImapLibError) -> String {
    match e {
        ImapLibError::Io(io) => format!("network error: {io}"),
        ImapLibError::Bad(t) | ImapLibError::No(t) => t.chars().take(200).collect(),
        ImapLibError::ConnectionLost => "connection lost".into(),
        ImapLibError::Parse(_) => "unparsable server response".into(),
        ImapLibError::Validate(_) => {
            "a name or the password contains a character IMAP cannot send".into()
        }
        ImapLibError::Append => "append refused".into(),
        _ => "unexpected IMAP error".into(),
    }
}

/// How a session ended: a configuration error (fatal only before the first success), a transient
/// failure (reconnect), or a requested shutdown.
enum End {
    Config(ImapError),
    Transient(String),
    Shutdown,
    /// Another worker holds the mailbox now.
    LeaseLost,
}

impl From<ImapLibError> for End {
    fn from(e: ImapLibError) -> Self {
        End::Transient(describe(&e))
    }
}

/// What survives reconnects.
#[derive(Default)]
struct State {
    /// Outcomes received but not yet applied on the server.
    pending: VecDeque<OutcomeMsg>,
    /// UIDs spooled in this run whose outcome has not been applied yet (guards the window in which
    /// casevault has removed the spool file but its outcome is still on the way).
    in_flight: HashSet<u32>,
    uidvalidity: Option<u32>,
    connected_once: bool,
    /// Set when a session got through setup, so the reconnect backoff starts again at 1 s.
    just_connected: bool,
    /// Counts completed passes over the mailbox (see [`run_imap_synced`]).
    synced: Option<watch::Sender<u64>>,
}

/// Runs the IMAP source until `shutdown` turns true (or its sender is dropped). See the module
/// documentation for the behaviour; returns `Err` only for configuration errors found at the first
/// connect, after which every failure leads to a reconnect.
pub async fn run_imap(
    settings: ImapSettings,
    spool: PathBuf,
    outcomes: mpsc::Receiver<OutcomeMsg>,
    shutdown: watch::Receiver<bool>,
) -> Result<(), ImapError> {
    run_imap_inner(settings, spool, outcomes, shutdown, None, None).await
}

/// [`run_imap`], counting in `synced` every completed pass over the mailbox (every message then
/// in it is in the spool). A run that processes what is there and exits (`--once`) waits for the
/// first pass before it looks at the spool.
pub async fn run_imap_synced(
    settings: ImapSettings,
    spool: PathBuf,
    outcomes: mpsc::Receiver<OutcomeMsg>,
    shutdown: watch::Receiver<bool>,
    synced: watch::Sender<u64>,
) -> Result<(), ImapError> {
    run_imap_inner(settings, spool, outcomes, shutdown, Some(synced), None).await
}

/// [`run_imap_synced`], connecting only while this worker holds the mailbox's `lease` (see the
/// module documentation). While another worker holds it, a pass is counted as made, so that a
/// run that processes what is there and exits does not wait for a mailbox another serves.
pub async fn run_imap_leased(
    settings: ImapSettings,
    spool: PathBuf,
    outcomes: mpsc::Receiver<OutcomeMsg>,
    shutdown: watch::Receiver<bool>,
    synced: watch::Sender<u64>,
    lease: MailboxLease,
) -> Result<(), ImapError> {
    let (held_tx, held) = watch::channel(None);
    let keeper = tokio::spawn(keep_lease(lease, held_tx, shutdown.clone()));
    let result = run_imap_inner(
        settings,
        spool,
        outcomes,
        shutdown,
        Some(synced),
        Some(held),
    )
    .await;
    // The keeper gives the lease up once shutdown is asked; on an error, stop it here (the lease
    // then runs out by itself).
    if result.is_err() {
        keeper.abort();
    } else {
        let _ = keeper.await;
    }
    result
}

/// The lease on one mailbox, held in the catalog that the workers share.
pub struct MailboxLease {
    pub catalog: std::sync::Arc<crate::catalog::Catalog>,
    /// The lease's name: `imap:` and a digest of server, account and mailbox (no address in
    /// the catalog's lease table or the log).
    pub name: String,
    /// This worker.
    pub holder: String,
    pub lease: Duration,
}

impl MailboxLease {
    /// The lease on the mailbox `settings` reads, for this worker.
    pub fn for_mailbox(
        catalog: std::sync::Arc<crate::catalog::Catalog>,
        settings: &ImapSettings,
        lease: Duration,
    ) -> MailboxLease {
        use sha2::Digest as _;
        let digest = sha2::Sha256::digest(format!(
            "{}:{}/{}/{}",
            settings.host.to_ascii_lowercase(),
            settings.port,
            settings.user,
            settings.mailbox
        ));
        MailboxLease {
            catalog,
            name: format!("imap:{}", &hex::encode(digest)[..16]),
            holder: crate::catalog::queue::worker_name(),
            lease,
        }
    }
}

/// Takes and renews the lease every third of its length, telling `held` whether this worker
/// holds it (`None` until first asked); gives it up when shutdown is asked, so a standing-by
/// worker takes over at once.
async fn keep_lease(
    lease: MailboxLease,
    held: watch::Sender<Option<bool>>,
    mut shutdown: watch::Receiver<bool>,
) {
    let every = (lease.lease / 3).max(Duration::from_millis(50));
    let ms = lease.lease.as_millis() as i64;
    let lease = std::sync::Arc::new(lease);
    loop {
        let l = lease.clone();
        let now_held = match tokio::task::spawn_blocking(move || {
            l.catalog.take_lease(&l.name, &l.holder, ms)
        })
        .await
        {
            Ok(Ok(h)) => h,
            Ok(Err(e)) => {
                warn!(error = %e, lease = %lease.name, "IMAP source: the mailbox lease could not be renewed; standing by");
                false
            }
            Err(_) => false,
        };
        debug!(lease = %lease.name, now_held, "IMAP source: mailbox lease asked");
        held.send_if_modified(|h| {
            let changed = *h != Some(now_held);
            *h = Some(now_held);
            changed
        });
        tokio::select! {
            _ = tokio::time::sleep(every) => {}
            _ = shutdown.changed() => {}
        }
        if *shutdown.borrow() || shutdown.has_changed().is_err() {
            break;
        }
    }
    let l = lease.clone();
    let _ = tokio::task::spawn_blocking(move || l.catalog.drop_lease(&l.name, &l.holder)).await;
}

/// Resolves once the lease is not (or no longer known to be) this worker's; never without one.
async fn lease_lost(held: &mut Option<watch::Receiver<Option<bool>>>) {
    let Some(rx) = held else {
        return std::future::pending().await;
    };
    loop {
        if *rx.borrow_and_update() != Some(true) {
            return;
        }
        if rx.changed().await.is_err() {
            return std::future::pending().await;
        }
    }
}

fn lease_held(held: &Option<watch::Receiver<Option<bool>>>) -> bool {
    held.as_ref().is_none_or(|rx| *rx.borrow() == Some(true))
}

async fn run_imap_inner(
    settings: ImapSettings,
    spool: PathBuf,
    mut outcomes: mpsc::Receiver<OutcomeMsg>,
    mut shutdown: watch::Receiver<bool>,
    synced: Option<watch::Sender<u64>>,
    mut held: Option<watch::Receiver<Option<bool>>>,
) -> Result<(), ImapError> {
    crate::private_fs::make_private_dir(&spool).map_err(|source| ImapError::Spool {
        path: spool.clone(),
        source,
    })?;
    let mut state = State {
        synced,
        ..State::default()
    };
    let mut outcomes_open = true;
    let mut backoff = Duration::from_secs(1);
    loop {
        if *shutdown.borrow() {
            return Ok(());
        }
        if let Some(rx) = held.as_mut() {
            // Wait for the first answer, then, while another worker holds the mailbox, stand by.
            let mut said = false;
            loop {
                match *rx.borrow_and_update() {
                    Some(true) => break,
                    Some(false) if !said => {
                        info!(host = %settings.host, port = settings.port, "IMAP source: another worker holds this mailbox; standing by");
                        if let Some(tx) = &state.synced {
                            tx.send_modify(|n| *n += 1);
                        }
                        said = true;
                    }
                    _ => {}
                }
                tokio::select! {
                    r = rx.changed() => if r.is_err() { return Ok(()) },
                    _ = shutdown.changed() => {}
                }
                if *shutdown.borrow() || shutdown.has_changed().is_err() {
                    return Ok(());
                }
            }
        }
        let end = session(
            &settings,
            &spool,
            &mut outcomes,
            &mut outcomes_open,
            &mut shutdown,
            &mut state,
            &mut held,
        )
        .await;
        match end {
            End::Shutdown => return Ok(()),
            End::LeaseLost => {
                info!(host = %settings.host, port = settings.port, "IMAP source: another worker holds this mailbox now; standing by");
                continue;
            }
            End::Config(e) if !state.connected_once => return Err(e),
            End::Config(e) => {
                warn!(error = %e, "IMAP source: server refused the session; will retry")
            }
            End::Transient(why) => {
                warn!(%why, host = %settings.host, port = settings.port, "IMAP source: connection failed or dropped; will reconnect")
            }
        }
        if std::mem::take(&mut state.just_connected) {
            backoff = Duration::from_secs(1);
        }
        let wait = backoff.min(settings.reconnect_backoff_max);
        tokio::select! {
            _ = tokio::time::sleep(wait) => {}
            _ = shutdown.changed() => {}
        }
        if shutdown.has_changed().is_err() {
            return Ok(()); // the shutdown sender is gone: nobody could stop us any more
        }
        // Queue outcomes that arrive while disconnected so the channel never fills up.
        while let Ok(m) = outcomes.try_recv() {
            state.pending.push_back(m);
        }
        backoff = backoff.saturating_mul(2);
    }
}

async fn with_timeout<T>(fut: impl std::future::Future<Output = Result<T, End>>) -> Result<T, End> {
    tokio::time::timeout(COMMAND_TIMEOUT, fut)
        .await
        .unwrap_or_else(|_| Err(End::Transient("server did not answer in time".into())))
}

/// Connects (under TLS unless told otherwise), reads the greeting, logs in.
async fn connect(s: &ImapSettings) -> Result<Session<Conn>, End> {
    let tcp = TcpStream::connect((s.host.as_str(), s.port))
        .await
        .map_err(|e| End::Transient(format!("cannot connect: {e}")))?;
    let stream: Conn = match s.tls {
        ImapTls::None => Box::new(tcp),
        ImapTls::Implicit => Box::new(tls_handshake(s, tcp).await?),
        ImapTls::Starttls => {
            let mut plain = async_imap::Client::new(tcp);
            greeting(&mut plain).await?;
            // Nothing but STARTTLS is said in clear, and a server that will not upgrade is
            // refused rather than spoken to in clear (no downgrade).
            plain
                .run_command_and_check_ok("STARTTLS", None)
                .await
                .map_err(|e| {
                    End::Config(ImapError::Tls {
                        host: s.host.clone(),
                        port: s.port,
                        detail: format!(
                            "the server would not start TLS ({}); set tls = \"implicit\" if it \
                             speaks TLS from the start",
                            describe(&e)
                        ),
                    })
                })?;
            Box::new(tls_handshake(s, plain.into_inner()).await?)
        }
    };
    let mut client = async_imap::Client::new(stream);
    if s.tls != ImapTls::Starttls {
        // After STARTTLS there is no second greeting.
        greeting(&mut client).await?;
    }
    match client.login(&s.user, s.password.expose_secret()).await {
        Ok(session) => Ok(session),
        Err((e @ (ImapLibError::No(_) | ImapLibError::Bad(_) | ImapLibError::Validate(_)), _)) => {
            Err(End::Config(ImapError::Login {
                host: s.host.clone(),
                port: s.port,
                detail: describe(&e),
            }))
        }
        Err((e, _)) => Err(e.into()),
    }
}

/// Reads the server's greeting: it must be consumed before the first command, or its tagless
/// OK is misread.
async fn greeting<T: Stream>(client: &mut async_imap::Client<T>) -> Result<(), End> {
    match client.read_response().await {
        Ok(Some(_)) => Ok(()),
        Ok(None) => Err(End::Transient(
            "server closed the connection before greeting".into(),
        )),
        Err(e) => Err(End::Transient(format!("reading the greeting: {e}"))),
    }
}

/// The TLS handshake, the server's certificate checked against the system's certificate
/// authorities or the configured ones, and against the host name. A certificate that does not
/// verify is a configuration error (the run stops and says so), never a reason to go on.
async fn tls_handshake(
    s: &ImapSettings,
    tcp: TcpStream,
) -> Result<tokio_rustls::client::TlsStream<TcpStream>, End> {
    let config = tls_config(s).map_err(|detail| {
        End::Config(ImapError::Tls {
            host: s.host.clone(),
            port: s.port,
            detail,
        })
    })?;
    let name = rustls_pki_types::ServerName::try_from(s.host.clone()).map_err(|e| {
        End::Config(ImapError::Tls {
            host: s.host.clone(),
            port: s.port,
            detail: format!("the host is not a name a certificate can carry: {e}"),
        })
    })?;
    tokio_rustls::TlsConnector::from(std::sync::Arc::new(config))
        .connect(name, tcp)
        .await
        .map_err(|e| {
            // A certificate the roots do not vouch for, or for another name: say so, once.
            let certificate = e
                .get_ref()
                .and_then(|inner| inner.downcast_ref::<rustls::Error>())
                .is_some_and(|r| {
                    matches!(
                        r,
                        rustls::Error::InvalidCertificate(_)
                            | rustls::Error::NoCertificatesPresented
                    )
                });
            if certificate {
                End::Config(ImapError::Tls {
                    host: s.host.clone(),
                    port: s.port,
                    detail: format!(
                        "its certificate was not accepted ({e}); give the authority that \
                         issued it as ca_file"
                    ),
                })
            } else {
                End::Transient(format!("TLS handshake: {e}"))
            }
        })
}

/// The client's TLS settings (see `tls`): `ca_file`'s authorities, else the system's.
fn tls_config(s: &ImapSettings) -> Result<rustls::ClientConfig, String> {
    crate::tls::client_config(s.ca_file.as_deref(), "ca_file", true, None)
}

fn mailbox_error(s: &ImapSettings, action: String, e: ImapLibError) -> End {
    match e {
        ImapLibError::No(_) | ImapLibError::Bad(_) | ImapLibError::Validate(_) => {
            End::Config(ImapError::Mailbox {
                host: s.host.clone(),
                port: s.port,
                action,
                detail: describe(&e),
            })
        }
        e => e.into(),
    }
}

/// One connection's life: set up, then alternate between applying outcomes, spooling new mail and
/// waiting. Returns only how it ended.
async fn session(
    s: &ImapSettings,
    spool: &Path,
    outcomes: &mut mpsc::Receiver<OutcomeMsg>,
    outcomes_open: &mut bool,
    shutdown: &mut watch::Receiver<bool>,
    state: &mut State,
    held: &mut Option<watch::Receiver<Option<bool>>>,
) -> End {
    let setup = with_timeout(async {
        let mut session = connect(s).await?;
        for mailbox in [&s.processed, &s.quarantine] {
            match session.create(mailbox).await {
                // NO here almost always means "already exists"; a real problem shows at MOVE time.
                Ok(()) | Err(ImapLibError::No(_)) => {}
                Err(e) => return Err(mailbox_error(s, format!("creating mailbox {mailbox:?}"), e)),
            }
        }
        let selected = session
            .select(&s.mailbox)
            .await
            .map_err(|e| mailbox_error(s, format!("selecting mailbox {:?}", s.mailbox), e))?;
        let caps = session.capabilities().await?;
        let caps = Caps {
            mv: caps.has_str("MOVE"),
            uidplus: caps.has_str("UIDPLUS"),
            idle: caps.has_str("IDLE"),
        };
        let validity = selected
            .uid_validity
            .ok_or_else(|| End::Transient("server sent no UIDVALIDITY".into()))?;
        Ok((session, caps, validity))
    })
    .await;
    let (mut session, caps, validity) = match setup {
        Ok(v) => v,
        Err(end) => return end,
    };
    if state.uidvalidity != Some(validity) {
        state.in_flight.clear();
        state.uidvalidity = Some(validity);
    }
    if !state.connected_once {
        info!(host = %s.host, port = s.port, mailbox = %s.mailbox, "IMAP source connected");
    }
    state.connected_once = true;
    state.just_connected = true;
    let use_idle = s.idle && caps.idle;
    // Zero would spin; RFC 2177 asks clients to re-issue IDLE at least every 29 minutes.
    let wait_time = s
        .poll_interval
        .clamp(Duration::from_millis(100), Duration::from_secs(25 * 60));
    loop {
        while let Ok(m) = outcomes.try_recv() {
            state.pending.push_back(m);
        }
        while let Some(msg) = state.pending.front() {
            if let Err(end) = with_timeout(apply(&mut session, s, caps, validity, msg)).await {
                return end; // the outcome stays queued for the next connection
            }
            if let Some((v, uid)) = state
                .pending
                .pop_front()
                .and_then(|m| parse_spool_name(&m.spool_name))
            {
                if v == validity {
                    state.in_flight.remove(&uid);
                }
            }
        }
        if *shutdown.borrow() {
            let _ = tokio::time::timeout(Duration::from_secs(5), session.logout()).await;
            return End::Shutdown;
        }
        if !lease_held(held) {
            // What this worker spooled has had its outcome applied; the rest is the new
            // holder's to fetch.
            let _ = tokio::time::timeout(Duration::from_secs(5), session.logout()).await;
            return End::LeaseLost;
        }
        if let Err(end) = sync(&mut session, s, caps, spool, validity, state).await {
            return end;
        }
        if let Some(tx) = &state.synced {
            tx.send_modify(|n| *n += 1);
        }
        // Drop unsolicited responses we do not use, so their bounded channel never fills.
        while session.unsolicited_responses.try_recv().is_ok() {}
        let woke = if use_idle {
            let mut idle = session.idle();
            if let Err(e) = with_timeout(async { Ok(idle.init().await?) }).await {
                return e;
            }
            let (wait, stop) = idle.wait_with_timeout(wait_time);
            let woke = tokio::select! {
                r = wait => match r { Ok(_) => None, Err(e) => return e.into() },
                m = next_outcome(outcomes, outcomes_open) => m,
                _ = shutdown.changed() => None,
                _ = lease_lost(held) => None,
            };
            drop(stop);
            session = match with_timeout(async { Ok(idle.done().await?) }).await {
                Ok(session) => session,
                Err(e) => return e,
            };
            woke
        } else {
            tokio::select! {
                _ = tokio::time::sleep(wait_time) => None,
                m = next_outcome(outcomes, outcomes_open) => m,
                _ = shutdown.changed() => None,
                _ = lease_lost(held) => None,
            }
        };
        state.pending.extend(woke);
        if shutdown.has_changed().is_err() {
            // The shutdown sender is gone: nobody can stop us any more, so stop now.
            return End::Shutdown;
        }
    }
}

/// Waits for the next outcome; once the channel is closed, waits forever (no busy loop).
async fn next_outcome(rx: &mut mpsc::Receiver<OutcomeMsg>, open: &mut bool) -> Option<OutcomeMsg> {
    if *open {
        match rx.recv().await {
            Some(m) => return Some(m),
            None => *open = false,
        }
    }
    std::future::pending().await
}

#[derive(Clone, Copy)]
struct Caps {
    mv: bool,
    uidplus: bool,
    idle: bool,
}

/// Spools every undeleted message that is neither on disk nor pending nor in flight.
async fn sync(
    session: &mut Session<Conn>,
    s: &ImapSettings,
    caps: Caps,
    spool: &Path,
    validity: u32,
    state: &mut State,
) -> Result<(), End> {
    let uids = with_timeout(async { Ok(session.uid_search("UNDELETED").await?) }).await?;
    let uids: BTreeSet<u32> = uids.into_iter().collect();
    // Forget in-flight UIDs that left the mailbox some other way.
    state.in_flight.retain(|u| uids.contains(u));
    let pending: HashSet<u32> = state
        .pending
        .iter()
        .filter_map(|m| parse_spool_name(&m.spool_name))
        .filter(|(v, _)| *v == validity)
        .map(|(_, u)| u)
        .collect();
    let mut new = Vec::new();
    for uid in uids {
        if state.in_flight.contains(&uid) || pending.contains(&uid) {
            continue;
        }
        if spool.join(spool_name(validity, uid)).exists() {
            // Spooled by an earlier run: remember it, so that once casevault removes the file the
            // message is not fetched again while its outcome is on the way.
            state.in_flight.insert(uid);
            continue;
        }
        new.push(uid);
    }
    // The sizes of all new messages in one command, before any of them is read.
    let sizes = with_timeout(async { Ok(fetch_sizes(session, &new).await?) }).await?;
    for uid in new {
        let name = spool_name(validity, uid);
        if let Some(&size) = sizes
            .get(&uid)
            .filter(|n| u64::from(**n) > s.max_message_bytes)
        {
            warn!(
                uid,
                size,
                limit = s.max_message_bytes,
                "IMAP source: message over the size limit; moved to the quarantine mailbox unread"
            );
            let moved = tokio::time::timeout(COMMAND_TIMEOUT, async {
                session
                    .uid_store(
                        uid.to_string(),
                        format!("+FLAGS.SILENT ({TOO_LARGE_KEYWORD})"),
                    )
                    .await?
                    .try_collect::<Vec<_>>()
                    .await?;
                move_to(session, caps, uid, &s.quarantine).await
            })
            .await;
            match moved {
                Ok(Ok(())) => {}
                // Refused for this message only: leave it where it is for this run rather than
                // reconnect over and over for it.
                Ok(Err(e @ (ImapLibError::No(_) | ImapLibError::Bad(_)))) => {
                    warn!(uid, why = %describe(&e), "IMAP source: the server refused to move the over-size message; left in the mailbox until the next run");
                    state.in_flight.insert(uid);
                }
                Ok(Err(e)) => return Err(e.into()),
                Err(_) => return Err(End::Transient("server did not answer in time".into())),
            }
            continue;
        }
        let Some(body) = with_timeout(async { Ok(fetch_body(session, uid).await?) }).await? else {
            continue;
        };
        let dir = spool.to_path_buf();
        let written = tokio::task::spawn_blocking(move || write_spool(&dir, &name, &body))
            .await
            .map_err(|e| End::Transient(format!("spool writer failed: {e}")))?;
        match written {
            Ok(()) => {
                state.in_flight.insert(uid);
                debug!(uid, "IMAP source: spooled message");
            }
            // A full or unwritable disk is not the server's fault; retry on the next round.
            Err(e) => {
                warn!(uid, error = %e, spool = %spool.display(), "IMAP source: cannot write spool file")
            }
        }
    }
    Ok(())
}

/// The sizes of messages as the server counts them (RFC822.SIZE), without reading them: one
/// command per 500 messages (a backlog's UID list must stay well inside a server's line limit).
async fn fetch_sizes(
    session: &mut Session<Conn>,
    uids: &[u32],
) -> Result<std::collections::HashMap<u32, u32>, ImapLibError> {
    let mut sizes = std::collections::HashMap::with_capacity(uids.len());
    for chunk in uids.chunks(500) {
        let set = chunk
            .iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join(",");
        let fetches: Vec<_> = session
            .uid_fetch(set, "(UID RFC822.SIZE)")
            .await?
            .try_collect()
            .await?;
        sizes.extend(fetches.iter().filter_map(|f| Some((f.uid?, f.size?))));
    }
    Ok(sizes)
}

/// The raw message, fetched without setting `\Seen`; `None` if the UID no longer exists.
async fn fetch_body(
    session: &mut Session<Conn>,
    uid: u32,
) -> Result<Option<Vec<u8>>, ImapLibError> {
    let fetches: Vec<_> = session
        .uid_fetch(uid.to_string(), "(UID BODY.PEEK[])")
        .await?
        .try_collect()
        .await?;
    Ok(fetches
        .iter()
        .find(|f| f.uid == Some(uid))
        .and_then(|f| f.body())
        .map(<[u8]>::to_vec))
}

/// Writes `.name.part`, fsyncs it, renames it to `name` and fsyncs the folder.
fn write_spool(dir: &Path, name: &str, body: &[u8]) -> std::io::Result<()> {
    let tmp = dir.join(format!(".{name}.part"));
    let mut f = crate::private_fs::create_private_file(&tmp)?;
    f.write_all(body)?;
    f.sync_all()?;
    drop(f);
    std::fs::rename(&tmp, dir.join(name))?;
    std::fs::File::open(dir)?.sync_all()
}

/// Applies one outcome. A refusal that concerns only this message (NO/BAD, e.g. it is already
/// gone) is logged and the outcome dropped; connection trouble is returned so it is retried.
async fn apply(
    session: &mut Session<Conn>,
    s: &ImapSettings,
    caps: Caps,
    validity: u32,
    msg: &OutcomeMsg,
) -> Result<(), End> {
    let Some((v, uid)) = parse_spool_name(&msg.spool_name) else {
        warn!(spool_name = %msg.spool_name, "IMAP source: outcome for a name it did not make; skipped");
        return Ok(());
    };
    if v != validity {
        warn!(spool_name = %msg.spool_name, current = validity, "IMAP source: mailbox UIDVALIDITY changed since spooling; outcome skipped");
        return Ok(());
    }
    let result = match &msg.outcome {
        Outcome::Processed => move_to(session, caps, uid, &s.processed).await,
        Outcome::Quarantined { reason } => {
            quarantine(session, caps, uid, &s.quarantine, reason).await
        }
    };
    match result {
        Ok(()) => {
            debug!(uid, "IMAP source: outcome applied");
            Ok(())
        }
        Err(e @ (ImapLibError::No(_) | ImapLibError::Bad(_) | ImapLibError::Append)) => {
            warn!(uid, why = %describe(&e), "IMAP source: server refused to move the message; outcome dropped");
            Ok(())
        }
        Err(e) => Err(e.into()),
    }
}

async fn move_to(
    session: &mut Session<Conn>,
    caps: Caps,
    uid: u32,
    target: &str,
) -> Result<(), ImapLibError> {
    if caps.mv {
        return session.uid_mv(uid.to_string(), target).await;
    }
    session.uid_copy(uid.to_string(), target).await?;
    delete(session, caps, uid).await
}

/// Re-appends the message to `target` with the reason header in front, then deletes the original.
async fn quarantine(
    session: &mut Session<Conn>,
    caps: Caps,
    uid: u32,
    target: &str,
    reason: &str,
) -> Result<(), ImapLibError> {
    let Some(body) = fetch_body(session, uid).await? else {
        return Err(ImapLibError::No(format!(
            "message UID {uid} no longer exists"
        )));
    };
    let mut copy =
        format!("X-Casevault-Quarantine: {}\r\n", header_safe_reason(reason)).into_bytes();
    copy.extend_from_slice(&body);
    session.append(target, None, None, &copy).await?;
    delete(session, caps, uid).await
}

/// Marks the message `\Deleted` and, where the server offers UIDPLUS, expunges it (only it).
/// Without UIDPLUS it is left marked: a plain EXPUNGE would also remove every message a person
/// had marked deleted in that mailbox. Marked messages are never synced again (`UNDELETED`), and
/// go when the mailbox's owner next empties it.
async fn delete(session: &mut Session<Conn>, caps: Caps, uid: u32) -> Result<(), ImapLibError> {
    session
        .uid_store(uid.to_string(), "+FLAGS.SILENT (\\Deleted)")
        .await?
        .try_collect::<Vec<_>>()
        .await?;
    if caps.uidplus {
        session
            .uid_expunge(uid.to_string())
            .await?
            .try_collect::<Vec<_>>()
            .await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A spooled message is 0600 whatever the process umask (a library caller's, 022 here).
    #[test]
    fn a_spooled_message_is_its_users_alone() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        write_spool(dir.path(), "message.eml", b"Subject: x\r\n\r\nbody").unwrap();
        let mode = std::fs::metadata(dir.path().join("message.eml"))
            .unwrap()
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(mode, 0o600);
    }

    #[test]
    fn spool_names_round_trip_and_reject_foreign_names() {
        assert_eq!(spool_name(1795332861, 42), "1795332861-42.eml");
        assert_eq!(parse_spool_name(&spool_name(7, 9)), Some((7, 9)));
        assert_eq!(parse_spool_name("scan-001.pdf"), None);
        assert_eq!(parse_spool_name("7-x.eml"), None);
        assert_eq!(parse_spool_name(".7-9.eml.part"), None);
    }

    #[test]
    fn reasons_become_one_ascii_header_line() {
        assert_eq!(
            header_safe_reason("illegible\r\nBcc: x@y"),
            "illegible  Bcc: x@y"
        );
        assert_eq!(header_safe_reason("Akte für Müller"), "Akte f?r M?ller");
        assert_eq!(header_safe_reason(" \t\r\n"), "unspecified");
        assert_eq!(header_safe_reason(&"a".repeat(2000)).len(), MAX_REASON_LEN);
    }
}
