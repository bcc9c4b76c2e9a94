//! The web workspace in a real browser: Debian's Chromium over WebDriver, against the real
//! `casevault serve` on loopback, on a home filled by the real pipeline.
//!
//! One story, as the people would live it: a business services officer signs in (after one
//! wrong password), resolves a `needs-review` scan by filing it (the canonical name previewed
//! first) and finds it in the case file; opens it (the read is recorded); searches for it; a
//! records manager approves a destruction that runs only when a second one confirms; a
//! practitioner allocated to a case that is then shielded cannot see it by list, search or URL.
//! Forms without their token, posts from another site and idle sessions are refused. Every page
//! is audited with axe-core (no serious or critical violation) and its actions are reached by
//! keyboard; screenshots of each page are kept as artefacts.

#[path = "support/browser.rs"]
mod browser;
mod support;

use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use browser::Browser;
use support::cli::{self, casevault, ok, repo, TEST_USER};

const PASSWORD: &str = "a long test password 1";
const PAT_PASSWORD: &str = "practitioner password 2";
const RITA_PASSWORD: &str = "records manager password 3";

/// `casevault serve` as a child process, stopped on drop.
struct Server {
    child: Child,
    url: String,
    log: PathBuf,
}

impl Server {
    fn start(home: &Path, extra: &[&str]) -> Server {
        Server::start_with(home, "127.0.0.1:0", extra, &[])
    }

    fn start_with(home: &Path, listen: &str, extra: &[&str], env: &[(&str, &str)]) -> Server {
        let log = home.join(format!("serve-{}.log", rand_suffix()));
        let err = std::fs::File::create(&log).unwrap();
        let mut child = casevault(home)
            .args(["serve", "--listen", listen])
            .args(extra)
            .envs(env.iter().copied())
            .stdout(Stdio::null())
            .stderr(err)
            .spawn()
            .expect("start casevault serve");
        let started = Instant::now();
        loop {
            let text = std::fs::read_to_string(&log).unwrap_or_default();
            if let Some(line) = text.lines().find(|l| l.contains("the workspace is at ")) {
                let url = line
                    .split("the workspace is at ")
                    .nth(1)
                    .unwrap()
                    .split_whitespace()
                    .next()
                    .unwrap()
                    .trim_end_matches('/')
                    .to_string();
                return Server { child, url, log };
            }
            if let Ok(Some(status)) = child.try_wait() {
                panic!("casevault serve ended ({status}): {text}");
            }
            assert!(
                started.elapsed() < Duration::from_secs(60),
                "casevault serve did not start: {text}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn rand_suffix() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
}

/// The test OpenID Connect provider (`web/test-idp.mjs`: npm's `oidc-provider` under Node),
/// stopped on drop.
struct Idp {
    child: Child,
    issuer: String,
}

impl Idp {
    fn start(client_id: &str, secret: &str, redirect: &str) -> Idp {
        use std::io::BufRead;
        let script = repo().join("web/test-idp.mjs");
        assert!(
            repo().join("web/node_modules/oidc-provider").exists(),
            "web/node_modules/oidc-provider is missing: `make test` installs it (npm ci --prefix web)"
        );
        let mut child = std::process::Command::new("node")
            .arg(&script)
            .args([client_id, secret, redirect])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("node (Node.js 20, installed by `make test`) runs the test identity provider");
        let out = child.stdout.take().unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut first = String::new();
            let _ = std::io::BufReader::new(out).read_line(&mut first);
            let _ = tx.send(first);
        });
        let line = rx
            .recv_timeout(Duration::from_secs(30))
            .expect("the test identity provider did not start within 30 s");
        let issuer = line
            .trim()
            .strip_prefix("issuer=")
            .unwrap_or_else(|| panic!("the test identity provider said {line:?}"))
            .to_string();
        Idp { child, issuer }
    }
}

impl Drop for Idp {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A loopback port free a moment ago (the callback URL must be known before the server starts).
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The repository's configuration with `extra` appended, written to `to`.
fn config_with(to: &Path, extra: &str) {
    let base = std::fs::read_to_string(repo().join("config/casevault.toml")).unwrap();
    let base = base.replace(
        "schedules_dir = \"retention\"",
        &format!(
            "schedules_dir = \"{}\"",
            repo().join("config/retention").display()
        ),
    );
    std::fs::write(to, format!("{base}\n{extra}\n")).unwrap();
}

fn set_password(home: &Path, user: &str, password: &str) {
    let out = casevault(home)
        .args(["users", "passwd", user])
        .env("CASEVAULT_PASSWORD", password)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn axe_js() -> PathBuf {
    let p = repo().join("web/node_modules/axe-core/axe.min.js");
    assert!(
        p.exists(),
        "{} is missing: `make test` installs it (npm ci --prefix web)",
        p.display()
    );
    p
}

/// axe-core finds no serious or critical violation on the page, every action on it is reached
/// by keyboard, and a screenshot is kept.
async fn audit(b: &Browser, name: &str) {
    b.screenshot(name).await;
    let v = b.axe_violations(&axe_js()).await;
    assert!(v.is_empty(), "accessibility violations on {name}: {v:#?}");
    keyboard(b, name).await;
}

/// Every link, button and field of the page is reached with the Tab key.
async fn keyboard(b: &Browser, name: &str) {
    let order = b.focus_order(200).await;
    for el in b.focusable_elements().await {
        assert!(
            order.contains(&el),
            "{name}: {el} is not reached by keyboard; Tab went {order:#?}"
        );
    }
}

/// Submits a form and waits until the next page has replaced this one.
async fn submit(b: &Browser, css: &str) {
    let old = b.find("html").await;
    b.submit_form(css).await;
    for _ in 0..200 {
        if old.tag_name().await.is_err() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("submitting `{css}` did not lead to a new page");
}

async fn sign_in(b: &Browser, user: &str, password: &str) {
    b.goto("/sign-in").await;
    b.fill("#user", user).await;
    b.fill("#password", password).await;
    submit(b, "form[action='/sign-in']").await;
    assert_ne!(
        b.current_path().await,
        "/sign-in",
        "{user} could not sign in"
    );
}

async fn sign_out(b: &Browser) {
    submit(b, "form[action='/sign-out']").await;
    assert_eq!(b.current_path().await, "/sign-in");
}

async fn page_text(b: &Browser) -> String {
    b.text("main").await
}

/// The review-queue item of a file, from `quarantine ls --json`.
fn item_of(home: &Path, file: &str) -> i64 {
    cli::json_lines(&ok(home, &["quarantine", "ls", "--json"]))
        .into_iter()
        .find(|q| q["original_name"] == file)
        .unwrap_or_else(|| panic!("{file} is not in the review queue"))["id"]
        .as_i64()
        .unwrap()
}

fn client() -> reqwest::blocking::Client {
    reqwest::blocking::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// The sign-in form over plain HTTP: its cookie (`name=value`) and the token bound to it.
fn sign_in_form(c: &reqwest::blocking::Client, url: &str) -> (String, String) {
    let page = c.get(format!("{url}/sign-in")).send().unwrap();
    let bound = page
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().split(';').next().unwrap().to_string())
        .find(|c| c.starts_with("casevault-signin="))
        .expect("the sign-in form sets its cookie");
    let html = page.text().unwrap();
    let token = html
        .split("name=\"csrf\" value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    (bound, token)
}

/// Signs in over plain HTTP; returns the session cookie (`name=value`).
fn http_sign_in(url: &str, user: &str, password: &str) -> String {
    let c = client();
    let (bound, token) = sign_in_form(&c, url);
    let resp = c
        .post(format!("{url}/sign-in"))
        .header("cookie", bound)
        .form(&[
            ("csrf", token.as_str()),
            ("user", user),
            ("password", password),
        ])
        .send()
        .unwrap();
    assert_eq!(resp.status(), 303, "sign-in over HTTP");
    resp.headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().split(';').next().unwrap().to_string())
        .find(|c| c.starts_with("casevault="))
        .expect("a session cookie")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn people_work_in_the_workspace() {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    let inbox = tmp.path().join("inbox");
    std::fs::create_dir_all(&inbox).unwrap();
    ok(&home, &["import-cases", "test-data/cases.csv"]);
    for f in [
        "scan_0012.png",
        "Hughes v Patel - LS24P01234 - Position statement.png",
    ] {
        let to = inbox.join(f);
        std::fs::copy(repo().join("test-data/scans").join(f), &to).unwrap();
        cli::arrived_long_ago(&to);
    }
    ok(
        &home,
        &[
            "run",
            "scanning-station",
            "--once",
            "--inbox",
            inbox.to_str().unwrap(),
        ],
    );
    let item = item_of(&home, "scan_0012.png");
    ok(&home, &["users", "add", "pat", "--role", "practitioner"]);
    ok(
        &home,
        &["users", "add", "rita", "--role", "records-manager"],
    );
    ok(&home, &["case", "allocate", "LS24P01234", "pat"]);
    // The moratorium a new installation starts with would hold every destruction.
    ok(&home, &["hold", "lift", "--global"]);
    set_password(&home, TEST_USER, PASSWORD);
    set_password(&home, "pat", PAT_PASSWORD);
    set_password(&home, "rita", RITA_PASSWORD);
    // Far enough ahead that the case's dated documents are due.
    let server = Server::start(&home, &["--today", "2060-01-01"]);
    let b = Browser::start().await;
    let mut b = b;
    b.base_url = server.url.clone();

    // Signing in: a wrong password is refused with the same words for any account.
    b.goto("/").await;
    assert_eq!(b.current_path().await, "/sign-in");
    audit(&b, "01-sign-in").await;
    b.fill("#user", TEST_USER).await;
    b.fill("#password", "not the password").await;
    submit(&b, "form[action='/sign-in']").await;
    assert!(page_text(&b)
        .await
        .contains("Enter a correct user name and password"));
    audit(&b, "02-sign-in-refused").await;
    sign_in(&b, TEST_USER, PASSWORD).await;
    assert_eq!(b.current_path().await, "/");
    assert!(page_text(&b).await.contains("Waiting for review"));
    // Pipeline health: the run that filed the samples is recorded and finished.
    let health = b.text("table").await;
    assert!(
        health.contains("scanning-station") && health.contains("Finished"),
        "{health}"
    );
    audit(&b, "03-intake").await;

    // The review queue: the needs-review scan, with its page, filed by a person.
    b.goto("/queue").await;
    assert!(page_text(&b).await.contains("needs-review"));
    audit(&b, "04-review-queue").await;
    b.click(&format!("a[href='/queue/{item}']")).await;
    assert!(
        b.exists("img.cv-page-image").await,
        "the page image is shown"
    );
    audit(&b, "05-review-item").await;
    b.fill("#case_number", "LS24P01234").await;
    b.find("#folder")
        .await
        .select_by_value("correspondence")
        .await
        .unwrap();
    b.fill("#document_name", "Parking permit letter").await;
    submit(&b, &format!("form[action='/queue/{item}/file']")).await;
    assert!(
        b.exists("#preview-name").await,
        "no preview: {}",
        page_text(&b).await
    );
    assert_eq!(
        b.text("#preview-name").await,
        "Hughes v Patel - LS24P01234 - Parking permit letter.pdf"
    );
    audit(&b, "06-review-preview").await;
    submit(&b, &format!("form[action='/queue/{item}/file']")).await;
    assert!(page_text(&b).await.contains("The decision is recorded"));

    // Filed through every stage by the run the workspace starts: it is in the case file.
    let started = Instant::now();
    loop {
        b.goto("/cases/LS24P01234").await;
        // The document's own link (the contact log names the decision before it is filed).
        if b.exists("a[href^='/documents/']").await
            && page_text(&b)
                .await
                .contains("LS24P01234 - Parking permit letter.pdf")
        {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(240),
            "the decided scan never reached the case file; serve log: {}",
            server.log_text()
        );
        tokio::time::sleep(Duration::from_secs(2)).await;
    }
    let text = page_text(&b).await;
    assert!(text.contains("Correspondence"));
    assert!(text.contains("Contact log"));
    audit(&b, "07-case-file").await;
    let queue = ok(&home, &["quarantine", "ls", "--json"]);
    assert!(
        !queue.contains("scan_0012.png"),
        "the filed item left the queue: {queue}"
    );

    // Opening a document: the read is recorded before the bytes are sent.
    let href = b
        .find("#correspondence + table a[href^='/documents/']")
        .await
        .attr("href")
        .await
        .unwrap()
        .unwrap();
    let doc_id = href.trim_start_matches("/documents/").to_string();
    b.goto(&href).await;
    let log = ok(&home, &["log", "--case", "LS24P01234", "--json"]);
    assert!(
        cli::json_lines(&log).iter().any(|e| e["action"] == "read"
            && e["user"] == TEST_USER
            && e["document_id"] == doc_id.as_str()),
        "the read is in the contact log: {log}"
    );
    // The bytes streamed to the viewer are the document as stored (`casevault get`).
    let session = b.cookie("casevault").await.expect("a session cookie");
    let (status, kind, streamed) = tokio::task::block_in_place(|| {
        let resp = client()
            .get(format!("{}{href}", server.url))
            .header("cookie", format!("casevault={}", session.value()))
            .send()
            .unwrap();
        let kind = resp.headers()["content-type"].to_str().unwrap().to_string();
        (resp.status(), kind, resp.bytes().unwrap().to_vec())
    });
    assert_eq!((status.as_u16(), kind.as_str()), (200, "application/pdf"));
    let got = tmp.path().join("got.pdf");
    ok(&home, &["get", &doc_id, "-o", got.to_str().unwrap()]);
    assert!(
        streamed == std::fs::read(&got).unwrap(),
        "the streamed PDF is not the stored one ({} bytes)",
        streamed.len()
    );

    // Search finds it by its text.
    b.goto("/search?q=parking+permit").await;
    let text = page_text(&b).await;
    assert!(
        text.contains("Parking permit letter"),
        "{text}\n{}",
        ok(&home, &["ls"])
    );
    audit(&b, "08-search").await;

    // A shielded case does not exist for a practitioner off its list: not by list, search
    // or URL (pat is allocated to it, and saw it before it was shielded).
    sign_in(&b, "pat", PAT_PASSWORD).await;
    b.goto("/cases").await;
    assert!(page_text(&b).await.contains("LS24P01234"));
    b.goto("/search?q=position").await;
    assert!(page_text(&b).await.contains("Position statement"));
    ok(&home, &["case", "shield", "LS24P01234"]);
    b.goto("/cases").await;
    assert!(!page_text(&b).await.contains("LS24P01234"));
    audit(&b, "12-cases-practitioner").await;
    b.goto("/search?q=position").await;
    let text = page_text(&b).await;
    assert!(text.contains("0 result(s)"), "{text}");
    b.goto("/cases/LS24P01234").await;
    assert!(page_text(&b).await.contains("Page not found"));
    let remaining = cli::json_lines(&ok(&home, &["ls", "--json"]));
    let kept = remaining
        .iter()
        .find(|d| d["case_number"] == "LS24P01234")
        .map(|d| d["id"].as_str().unwrap().to_string());
    if let Some(id) = kept {
        b.goto(&format!("/documents/{id}")).await;
        assert!(page_text(&b).await.contains("Page not found"));
    }
    audit(&b, "13-not-found").await;

    // Forms: without this session's token, or from another site, refused.
    let session = b.cookie("casevault").await.expect("a session cookie");
    let cookie = format!("casevault={}", session.value());
    tokio::task::block_in_place(|| {
        let c = client();
        let resp = c
            .post(format!("{}/sign-out", server.url))
            .header("cookie", &cookie)
            .form(&[("csrf", "0000")])
            .send()
            .unwrap();
        assert_eq!(resp.status(), 403, "a forged token is refused");
        let resp = c
            .get(format!("{}/cases", server.url))
            .header("cookie", &cookie)
            .send()
            .unwrap();
        assert_eq!(resp.status(), 200, "the session survived the forged post");
        assert_eq!(resp.headers()["cache-control"], "no-store");
        assert!(resp.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .contains("default-src 'none'"));
        let resp = c
            .post(format!("{}/records/approve", server.url))
            .header("cookie", &cookie)
            .header("origin", "http://evil.example")
            .form(&[("csrf", "x")])
            .send()
            .unwrap();
        assert_eq!(resp.status(), 403, "a post from another site is refused");
    });
    // Signed out by losing the cookie: back to sign in.
    b.delete_cookie("casevault").await;
    b.goto("/cases").await;
    assert_eq!(b.current_path().await, "/sign-in");
    // Destruction waits for a second records manager (the case is shielded now: its rows are
    // counted for those off its list, not named).
    sign_in(&b, TEST_USER, PASSWORD).await;
    b.goto("/records").await;
    assert!(page_text(&b).await.contains("Due for destruction"));
    audit(&b, "09-records").await;
    submit(&b, "form[action='/records/approve']").await;
    let text = page_text(&b).await;
    assert!(
        text.contains("Nothing is destroyed until a second records manager"),
        "{text}"
    );
    assert!(text.contains("Waiting for a second records manager"));
    assert!(
        !b.exists("form[action$='/confirm']").await,
        "the approver is not offered to confirm"
    );
    sign_out(&b).await;
    sign_in(&b, "rita", RITA_PASSWORD).await;
    b.goto("/records").await;
    audit(&b, "10-records-second").await;
    submit(&b, "form[action$='/confirm']").await;
    let text = page_text(&b).await;
    assert!(text.contains("Destruction done"), "{text}");
    assert!(!text.contains(" 0 document(s) destroyed"), "{text}");
    b.goto("/records/destroyed").await;
    assert!(page_text(&b).await.contains("intent"));
    audit(&b, "11-destruction-record").await;
    let log = ok(&home, &["log", "--json"]);
    assert!(log.contains("disposal approved") && log.contains("disposal confirmed"));

    b.close().await;

    // Nothing of a case in the server's log: no names, no file names.
    let log = server.log_text();
    for needle in ["Hughes", "Patel", "Parking", "scan_0012", "Amelia"] {
        assert!(
            !log.contains(needle),
            "the server log names {needle}: {log}"
        );
    }
    drop(server);

    tokio::task::block_in_place(|| {
        // An idle session ends: a workspace whose sessions last no idle second at all.
        let config = tmp.path().join("idle.toml");
        let base = std::fs::read_to_string(repo().join("config/casevault.toml")).unwrap();
        let base = base.replace(
            "schedules_dir = \"retention\"",
            &format!(
                "schedules_dir = \"{}\"",
                repo().join("config/retention").display()
            ),
        );
        std::fs::write(&config, format!("{base}\n[web]\nidle_timeout_min = 0\n")).unwrap();
        let idle = Server::start(&home, &["--config", config.to_str().unwrap()]);
        let cookie = http_sign_in(&idle.url, "pat", PAT_PASSWORD);
        std::thread::sleep(Duration::from_millis(2100));
        let resp = client()
            .get(format!("{}/cases", idle.url))
            .header("cookie", &cookie)
            .send()
            .unwrap();
        assert_eq!(resp.status(), 303, "an idle session is over");
        assert!(resp.headers()["location"]
            .to_str()
            .unwrap()
            .starts_with("/sign-in"));
    });
}

/// Repeated failures lock the account, whatever password comes next.
#[test]
fn repeated_failures_lock_an_account() {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    ok(&home, &["import-cases", "test-data/cases.csv"]);
    set_password(&home, TEST_USER, PASSWORD);
    let server = Server::start(&home, &[]);
    let c = client();
    let try_password = |password: &str| -> String {
        let (bound, token) = sign_in_form(&c, &server.url);
        let resp = c
            .post(format!("{}/sign-in", server.url))
            .header("cookie", bound)
            .form(&[
                ("csrf", token.as_str()),
                ("user", TEST_USER),
                ("password", password),
            ])
            .send()
            .unwrap();
        if resp.status() == 303 {
            "signed in".into()
        } else {
            resp.text().unwrap()
        }
    };
    // A sign-in form posted without its cookie-bound token is refused.
    let resp = c
        .post(format!("{}/sign-in", server.url))
        .form(&[("csrf", "x"), ("user", TEST_USER), ("password", PASSWORD)])
        .send()
        .unwrap();
    assert_eq!(resp.status(), 403);
    for _ in 0..5 {
        assert!(try_password("wrong").contains("Enter a correct user name and password"));
    }
    let locked = try_password(PASSWORD);
    assert!(locked.contains("locked"), "{locked}");
    drop(server);
    // A new password clears the lock.
    set_password(&home, TEST_USER, PASSWORD);
    let server = Server::start(&home, &[]);
    let cookie = http_sign_in(&server.url, TEST_USER, PASSWORD);
    assert!(cookie.len() > "casevault=".len());
}

/// With a certificate configured the workspace speaks HTTPS only, and its cookies are `Secure`
/// with the `__Host-` prefix.
#[test]
fn https_when_a_certificate_is_configured() {
    use std::io::{Read, Write};
    use std::sync::Arc;
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    ok(&home, &["import-cases", "test-data/cases.csv"]);
    let (cert, key) = (tmp.path().join("cert.pem"), tmp.path().join("key.pem"));
    let made = std::process::Command::new("openssl")
        .args([
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
        ])
        .args([
            "-subj",
            "/CN=casevault test",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
            "-addext",
            "basicConstraints=critical,CA:FALSE",
            "-addext",
            "extendedKeyUsage=serverAuth",
        ])
        .arg("-keyout")
        .arg(&key)
        .arg("-out")
        .arg(&cert)
        .output()
        .expect("openssl (Debian's package) makes a test certificate");
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    let config = tmp.path().join("tls.toml");
    config_with(
        &config,
        &format!(
            "[web]\ntls_cert = \"{}\"\ntls_key = \"{}\"",
            cert.display(),
            key.display()
        ),
    );
    let server = Server::start(&home, &["--config", config.to_str().unwrap()]);
    assert!(server.url.starts_with("https://"), "{}", server.url);
    let addr = server.url.trim_start_matches("https://").to_string();

    // A TLS client that trusts only the test certificate.
    let mut roots = rustls::RootCertStore::empty();
    use rustls_pki_types::pem::PemObject;
    for c in rustls_pki_types::CertificateDer::pem_file_iter(&cert).unwrap() {
        roots.add(c.unwrap()).unwrap();
    }
    let tls = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_root_certificates(roots)
    .with_no_client_auth();
    let name = rustls_pki_types::ServerName::try_from("127.0.0.1").unwrap();
    let mut conn = rustls::ClientConnection::new(Arc::new(tls), name).unwrap();
    let mut tcp = std::net::TcpStream::connect(&addr).unwrap();
    let mut stream = rustls::Stream::new(&mut conn, &mut tcp);
    write!(
        stream,
        "GET /sign-in HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut reply = Vec::new();
    let _ = stream.read_to_end(&mut reply);
    let reply = String::from_utf8_lossy(&reply);
    assert!(reply.starts_with("HTTP/1.1 200"), "{reply}");
    let cookie = reply
        .lines()
        .find(|l| l.to_ascii_lowercase().starts_with("set-cookie:"))
        .unwrap_or_else(|| panic!("no cookie: {reply}"));
    assert!(cookie.contains("__Host-casevault-signin="), "{cookie}");
    assert!(cookie.contains("; Secure"), "{cookie}");
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"));

    // Plain HTTP to the same port gets no page.
    let mut plain = std::net::TcpStream::connect(&addr).unwrap();
    plain
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    // The server may close the connection before the request is even written.
    let _ = write!(plain, "GET /sign-in HTTP/1.1\r\nHost: {addr}\r\n\r\n");
    let mut answer = Vec::new();
    let _ = plain.read_to_end(&mut answer);
    assert!(
        !String::from_utf8_lossy(&answer).contains("HTTP/1.1 200"),
        "plain HTTP was answered"
    );
}

/// Waits (up to 20 s) until the browser shows a page matching `css`.
async fn wait_for(b: &Browser, css: &str) {
    for _ in 0..400 {
        if b.exists(css).await {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let url = b.client.current_url().await.map(|u| u.to_string());
    panic!("no `{css}` appeared; the browser is at {url:?}");
}

/// Signs in at the test provider's own page as `account` (it takes any password), consenting
/// to casevault the first time.
async fn at_the_provider(b: &Browser, account: &str) {
    b.click("#oidc").await;
    wait_for(b, "input[name='login']").await;
    b.fill("input[name='login']", account).await;
    b.fill("input[name='password']", "any password").await;
    submit(b, "form").await;
    // The consent page (first time for this account) or already back at casevault.
    for _ in 0..400 {
        if b.exists("input[name='prompt'][value='consent']").await {
            submit(b, "form").await;
            return;
        }
        if !b.exists("input[name='login']").await
            && b.client
                .current_url()
                .await
                .unwrap()
                .as_str()
                .starts_with(&b.base_url)
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the provider neither asked for consent nor sent the browser back");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn signing_in_through_an_identity_provider() {
    const CLIENT: &str = "casevault-test";
    const SECRET: &str = "a client secret for the test provider only";
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    ok(&home, &["import-cases", "test-data/cases.csv"]);
    ok(&home, &["users", "add", "olu", "--role", "practitioner"]);
    ok(&home, &["users", "add", "dee", "--role", "practitioner"]);
    ok(&home, &["users", "disable", "dee"]);
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let idp = Idp::start(CLIENT, SECRET, &format!("{base}/sign-in/oidc/callback"));
    let config = tmp.path().join("oidc.toml");
    config_with(
        &config,
        &format!(
            "[web]\npasswords = false\n[web.oidc]\nissuer = \"{}\"\nclient_id = \"{CLIENT}\"\n\
             redirect_url = \"{base}/sign-in/oidc/callback\"\nlabel = \"Sign in with your council account\"",
            idp.issuer
        ),
    );
    let server = Server::start_with(
        &home,
        &format!("127.0.0.1:{port}"),
        &["--config", config.to_str().unwrap()],
        &[("CASEVAULT_OIDC_SECRET", SECRET)],
    );
    assert_eq!(server.url, base);

    let mut b = Browser::start().await;
    b.base_url = server.url.clone();
    b.goto("/cases").await;
    assert_eq!(b.current_path().await, "/sign-in");
    assert!(
        !b.exists("#password").await,
        "passwords = false shows no password form"
    );
    assert_eq!(b.text("#oidc").await, "Sign in with your council account");
    audit(&b, "20-sign-in-identity-provider").await;

    // An account the provider knows but casevault does not: refused, no session.
    at_the_provider(&b, "mallory").await;
    wait_for(&b, ".govuk-error-summary").await;
    assert!(
        page_text(&b).await.contains("not a casevault user"),
        "{}",
        page_text(&b).await
    );
    assert!(
        b.cookie("casevault").await.is_none(),
        "no session for mallory"
    );
    audit(&b, "21-sign-in-not-a-user").await;

    // A disabled casevault user: refused the same way. (The provider's own session is ended
    // by clearing the cookies: the provider and casevault share the host 127.0.0.1.)
    b.client.delete_all_cookies().await.unwrap();
    b.goto("/sign-in").await;
    at_the_provider(&b, "dee").await;
    wait_for(&b, ".govuk-error-summary").await;
    assert!(
        b.cookie("casevault").await.is_none(),
        "no session for a disabled user"
    );

    // A casevault user: back at the page they asked for, signed in as themselves. Their name
    // came from the userinfo endpoint (the provider keeps the ID token to `sub`).
    b.client.delete_all_cookies().await.unwrap();
    b.goto("/cases").await;
    at_the_provider(&b, "olu").await;
    wait_for(&b, ".cv-signed-in").await;
    assert_eq!(b.current_path().await, "/cases");
    assert!(b.text(".cv-signed-in").await.contains("olu"));
    assert!(b.cookie("casevault").await.is_some());
    assert!(
        b.cookie("casevault-oidc").await.is_none(),
        "the flow's cookie is cleared"
    );
    audit(&b, "22-signed-in-through-provider").await;
    sign_out(&b).await;
    b.close().await;

    // The sign-in is recorded in the contact log, with how.
    let log = ok(&home, &["log", "--user", "olu", "--json"]);
    assert!(
        log.lines()
            .any(|l| l.contains("signed in") && l.contains("through the identity provider")),
        "{log}"
    );

    let issuer = idp.issuer.clone();
    tokio::task::spawn_blocking(move || callbacks_are_bound_to_their_browser(&base, &issuer))
        .await
        .unwrap();
    let log = server.log_text();
    assert!(
        !log.contains(SECRET) && !log.contains("mallory"),
        "the log carries no secret and no account name: {log}"
    );
}

/// Over plain HTTP: a callback is honoured only for the browser that began the sign-in, with
/// its state, once; and with passwords off the password form is not taken.
fn callbacks_are_bound_to_their_browser(base: &str, issuer: &str) {
    // Over plain HTTP: a callback is honoured only for the browser that began the sign-in,
    // with its state, once.
    let c = client();
    let cookie_of = |r: &reqwest::blocking::Response, name: &str| {
        r.headers()
            .get_all("set-cookie")
            .iter()
            .map(|v| v.to_str().unwrap().to_string())
            .find(|c| c.starts_with(&format!("{name}=")))
    };
    let stranger = c
        .get(format!("{base}/sign-in/oidc/callback?code=abc&state=xyz"))
        .send()
        .unwrap();
    assert!(cookie_of(&stranger, "casevault").is_none());
    assert!(stranger
        .text()
        .unwrap()
        .contains("not begun in this browser"));
    let begun = c.get(format!("{base}/sign-in/oidc")).send().unwrap();
    assert_eq!(begun.status(), 303);
    let flow = cookie_of(&begun, "casevault-oidc").expect("the flow's cookie");
    assert!(
        flow.contains("SameSite=Lax") && flow.contains("HttpOnly"),
        "{flow}"
    );
    let to = url::Url::parse(begun.headers()["location"].to_str().unwrap()).unwrap();
    assert!(to.as_str().starts_with(issuer), "{to}");
    let q: std::collections::HashMap<_, _> = to.query_pairs().into_owned().collect();
    assert_eq!(q["code_challenge_method"], "S256");
    assert!(q.contains_key("nonce") && q.contains_key("state"));
    let flow = flow.split(';').next().unwrap().to_string();
    let wrong = c
        .get(format!(
            "{base}/sign-in/oidc/callback?code=abc&state=not-the-state"
        ))
        .header("cookie", &flow)
        .send()
        .unwrap();
    assert!(cookie_of(&wrong, "casevault").is_none());
    assert!(wrong.text().unwrap().contains("could not be checked"));
    let replay = c
        .get(format!(
            "{base}/sign-in/oidc/callback?code=abc&state={}",
            q["state"]
        ))
        .header("cookie", &flow)
        .send()
        .unwrap();
    assert!(cookie_of(&replay, "casevault").is_none());
    assert!(
        replay.text().unwrap().contains("not begun in this browser"),
        "a begun sign-in is used once"
    );
    // With passwords off, the password form is not taken either.
    let posted = c
        .post(format!("{base}/sign-in"))
        .form(&[
            ("csrf", "x"),
            ("user", "olu"),
            ("password", "whatever it is"),
        ])
        .send()
        .unwrap();
    assert_eq!(posted.status(), 404);
}
