//! A real headless Chromium for the web workspace's browser tests, driven over WebDriver
//! (fantoccini talking plain http to Debian's chromedriver on 127.0.0.1).
//!
//! Debian's `chromium` and `chromium-driver` must be installed (`.ci/install-deps.sh`, which
//! `make test` runs): if they are missing the test fails loudly, it is never skipped. Each
//! [`Browser`] has its own chromedriver on a freshly chosen port and its own empty profile folder,
//! so tests may run in parallel. Chromium gets the flags without which it tries to reach Google's
//! servers (refused on this closed network, and it then misbehaves).
//!
//! chromedriver runs as the leader of its own process group, and Chromium with its helper
//! processes inherits that group, except its crash handler, which detaches into a session of
//! its own; $HOME is the browser's throwaway folder (so nothing lands in the real home), and
//! the crash handler's command line names it. [`Browser::close`] ends the WebDriver session,
//! then kills (SIGKILL) the group and every process naming that folder, and waits until none
//! runs; `Drop` does the same as a backstop, so a test that panics leaves no chromedriver or
//! Chromium behind ([`live_browser_processes`] checks that).
//!
//! WebDriver does not expose HTTP status codes: assert those with an HTTP client instead.
#![allow(dead_code)]

use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::cookies::Cookie;
use fantoccini::key::Key;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

/// Debian's Chromium (package `chromium`).
pub const CHROMIUM: &str = "/usr/bin/chromium";
/// Debian's ChromeDriver (package `chromium-driver`), the same version as [`CHROMIUM`].
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// How long chromedriver may take to answer `/status` with `ready: true`.
const START_TIMEOUT: Duration = Duration::from_secs(20);
/// How long the browser's processes may take to end after SIGKILL.
const KILL_TIMEOUT: Duration = Duration::from_secs(10);

/// The WCAG tags axe-core checks (A and AA of WCAG 2.0, 2.1 and 2.2).
pub const AXE_TAGS: &[&str] = &["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/// The description of an element shared by [`Browser::focus_order`] and
/// [`Browser::focusable_elements`]: `tag[type=..]#id name=.. href=/path "text"` (each part only
/// when present; the href as path, query and fragment; the text is the trimmed visible text, or
/// an input's value, or its aria-label, cut to 40 characters).
const DESCRIBE_JS: &str = r#"
function cvDescribe(el) {
  if (!el || el === document.body || el === document.documentElement) { return null; }
  var tag = el.tagName.toLowerCase();
  var d = tag;
  var type = el.getAttribute('type');
  if ((tag === 'input' || tag === 'button') && type) { d += '[type=' + type + ']'; }
  if (el.id) { d += '#' + el.id; }
  var name = el.getAttribute('name');
  if (name) { d += ' name=' + name; }
  if (tag === 'a' && el.hasAttribute('href')) {
    var u = new URL(el.href, document.baseURI);
    d += ' href=' + (u.origin === location.origin ? u.pathname + u.search + u.hash : u.href);
  }
  var text = (el.innerText || el.value || el.getAttribute('aria-label') || '')
    .replace(/\s+/g, ' ').trim();
  if (text.length > 40) { text = text.slice(0, 40); }
  if (text) { d += ' "' + text + '"'; }
  return d;
}
"#;

/// A headless Chromium with its chromedriver, and a WebDriver session on it.
pub struct Browser {
    /// The WebDriver session, for anything the helpers below do not cover.
    pub client: Client,
    /// Prefix of the paths given to [`Browser::goto`], e.g. `http://127.0.0.1:8080`.
    pub base_url: String,
    /// Where [`Browser::screenshot`] writes its PNG files.
    pub screens_dir: PathBuf,
    /// How long [`Browser::start_with`] took, chromedriver spawn to a connected session.
    pub started_in: Duration,
    /// chromedriver, leader of the process group that Chromium's processes also belong to.
    driver: Option<Child>,
    /// The chromedriver log and Chromium's empty profile (`profile/`), removed on drop.
    root: tempfile::TempDir,
}

impl Browser {
    /// Starts a browser whose screenshots go to `$CASEVAULT_SCREENSHOTS`, or else to
    /// `web-screenshots/` in Cargo's per-target temporary folder (the system's when not built by
    /// Cargo as an integration test).
    pub async fn start() -> Browser {
        let dir = match std::env::var_os("CASEVAULT_SCREENSHOTS") {
            Some(d) if !d.is_empty() => PathBuf::from(d),
            _ => option_env!("CARGO_TARGET_TMPDIR")
                .map(PathBuf::from)
                .unwrap_or_else(std::env::temp_dir)
                .join("web-screenshots"),
        };
        Browser::start_with(dir).await
    }

    /// Starts chromedriver on a free loopback port and opens a session on a fresh headless
    /// Chromium whose screenshots go to `screens_dir`. Panics (with chromedriver's log) if the
    /// browser or its driver is missing or does not come up within 20 s.
    pub async fn start_with(screens_dir: PathBuf) -> Browser {
        for (path, package) in [(CHROMIUM, "chromium"), (CHROMEDRIVER, "chromium-driver")] {
            assert!(
                Path::new(path).exists(),
                "{path} is missing: the browser tests need Debian's `{package}` package; \
                 run `make test` or `bash .ci/install-deps.sh` (apt-get install chromium \
                 chromium-driver) first"
            );
        }
        let started = Instant::now();
        let root = tempfile::Builder::new()
            .prefix("casevault-browser-")
            .tempdir()
            .expect("create a temporary folder for the browser");
        let profile = root.path().join("profile");
        std::fs::create_dir(&profile).expect("create Chromium's profile folder");
        let log_path = root.path().join("chromedriver.log");
        let out = std::fs::File::create(root.path().join("chromedriver.out"))
            .expect("create the file for chromedriver's output");

        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("bind a free port on 127.0.0.1")
            .port();
        let driver = Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .arg(format!("--log-path={}", log_path.display()))
            // Chromium keeps per-user files under $HOME (~/.config/chromium, ~/.pki, dconf):
            // here they go to the throwaway folder.
            .env("HOME", root.path())
            .env_remove("XDG_CONFIG_HOME")
            .env_remove("XDG_CACHE_HOME")
            .env_remove("XDG_DATA_HOME")
            .stdin(Stdio::null())
            .stdout(out.try_clone().expect("clone a file handle"))
            .stderr(out)
            .process_group(0)
            .spawn()
            .unwrap_or_else(|e| panic!("start {CHROMEDRIVER}: {e}"));
        // From here on, Drop kills the driver's process group whatever happens.
        let mut partial = Partial {
            driver: Some(driver),
            root: root.path().to_path_buf(),
        };

        let deadline = Instant::now() + START_TIMEOUT;
        loop {
            if let Some(status) = partial.driver.as_mut().unwrap().try_wait().ok().flatten() {
                panic!(
                    "chromedriver exited at start ({status}); its log:\n{}",
                    log_tail(root.path())
                );
            }
            if driver_ready(port).await {
                break;
            }
            if Instant::now() > deadline {
                panic!(
                    "chromedriver did not report ready on 127.0.0.1:{port} within {:?}; its log:\n{}",
                    START_TIMEOUT,
                    log_tail(root.path())
                );
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }

        let args = vec![
            "--headless=new".to_string(),
            "--no-sandbox".into(),
            "--disable-gpu".into(),
            "--disable-quic".into(),
            "--no-first-run".into(),
            "--disable-background-networking".into(),
            "--disable-component-update".into(),
            "--disable-sync".into(),
            "--disable-dev-shm-usage".into(),
            "--window-size=1280,1000".into(),
            format!("--user-data-dir={}", profile.display()),
        ];
        let mut caps = serde_json::Map::new();
        caps.insert("browserName".into(), json!("chrome"));
        // A page that never loads fails the test in 30 s, not in WebDriver's default 300 s.
        caps.insert(
            "timeouts".into(),
            json!({ "pageLoad": 30_000, "script": 30_000, "implicit": 0 }),
        );
        caps.insert(
            "goog:chromeOptions".into(),
            json!({ "binary": CHROMIUM, "args": args }),
        );
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        let client = ClientBuilder::new(connector)
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
            .unwrap_or_else(|e| {
                panic!(
                    "open a WebDriver session on Chromium: {e}; chromedriver's log:\n{}",
                    log_tail(root.path())
                )
            });

        let driver = partial.driver.take();
        Browser {
            client,
            base_url: String::new(),
            screens_dir,
            started_in: started.elapsed(),
            driver,
            root,
        }
    }

    /// Ends the WebDriver session (Chromium quits), then kills chromedriver and whatever is left
    /// of Chromium, and waits until none of their processes runs.
    pub async fn close(mut self) {
        let closed = self.client.clone().close().await;
        if let Some(child) = self.driver.take() {
            kill_all(child, self.root.path());
        }
        if let Err(e) = closed {
            panic!("end the WebDriver session: {e}");
        }
    }

    /// chromedriver's output and the last 60 lines of its log, for failure messages.
    pub fn driver_log(&self) -> String {
        log_tail(self.root.path())
    }

    /// Opens `path` (starting with `/`) under [`Browser::base_url`], or any other URL as it is
    /// (`http://…`, `data:…`), and waits for the page to load.
    pub async fn goto(&self, path: &str) {
        let url = if path.starts_with('/') {
            format!("{}{}", self.base_url.trim_end_matches('/'), path)
        } else {
            path.to_string()
        };
        self.client
            .goto(&url)
            .await
            .unwrap_or_else(|e| panic!("open {url}: {e}"));
    }

    /// The path of the current page (no query or fragment).
    pub async fn current_path(&self) -> String {
        self.client
            .current_url()
            .await
            .expect("read the current URL")
            .path()
            .to_string()
    }

    /// The first element matching `css`; panics naming the selector and the page if none.
    pub async fn find(&self, css: &str) -> fantoccini::elements::Element {
        match self.client.find(Locator::Css(css)).await {
            Ok(el) => el,
            Err(e) => {
                let url = self.client.current_url().await.map(|u| u.to_string());
                panic!("no element matches `{css}` on {url:?}: {e}")
            }
        }
    }

    /// Whether any element matches `css`.
    pub async fn exists(&self, css: &str) -> bool {
        !self
            .client
            .find_all(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("look for `{css}`: {e}"))
            .is_empty()
    }

    /// Clears the form control matching `css` and types `value` into it.
    pub async fn fill(&self, css: &str, value: &str) {
        let el = self.find(css).await;
        el.clear()
            .await
            .unwrap_or_else(|e| panic!("clear `{css}`: {e}"));
        el.send_keys(value)
            .await
            .unwrap_or_else(|e| panic!("type into `{css}`: {e}"));
    }

    /// Chooses the option whose value is `value` in the `<select>` matching `css`.
    pub async fn select_option(&self, css: &str, value: &str) {
        self.find(css)
            .await
            .select_by_value(value)
            .await
            .unwrap_or_else(|e| panic!("choose {value:?} in `{css}`: {e}"));
    }

    /// Clicks the element matching `css` (as a person would: it must be visible and on top).
    pub async fn click(&self, css: &str) {
        self.find(css)
            .await
            .click()
            .await
            .unwrap_or_else(|e| panic!("click `{css}`: {e}"));
    }

    /// Submits the form matching `css` by clicking its first submit button (a `<button>` without
    /// a type counts, as in HTML), and waits for the next page to load.
    pub async fn submit_form(&self, css: &str) {
        let form = self.find(css).await;
        let button = form
            .find(Locator::Css(
                "button:not([type]), button[type=submit], input[type=submit]",
            ))
            .await
            .unwrap_or_else(|e| panic!("the form `{css}` has no submit button: {e}"));
        button
            .click()
            .await
            .unwrap_or_else(|e| panic!("click the submit button of `{css}`: {e}"));
    }

    /// The visible text of the element matching `css`.
    pub async fn text(&self, css: &str) -> String {
        self.find(css)
            .await
            .text()
            .await
            .unwrap_or_else(|e| panic!("read the text of `{css}`: {e}"))
    }

    /// The cookie called `name` as the browser holds it (flags included), if any.
    pub async fn cookie(&self, name: &str) -> Option<Cookie<'static>> {
        let all = self
            .client
            .get_all_cookies()
            .await
            .expect("read the cookies");
        all.into_iter().find(|c| c.name() == name)
    }

    /// Deletes the cookie called `name` (no error if there is none).
    pub async fn delete_cookie(&self, name: &str) {
        self.client
            .delete_cookie(name)
            .await
            .unwrap_or_else(|e| panic!("delete the cookie {name}: {e}"));
    }

    /// Saves a PNG of the viewport as `<screens_dir>/<name>.png` and returns its path.
    pub async fn screenshot(&self, name: &str) -> PathBuf {
        let png = self
            .client
            .screenshot()
            .await
            .unwrap_or_else(|e| panic!("take the screenshot {name}: {e}"));
        std::fs::create_dir_all(&self.screens_dir)
            .unwrap_or_else(|e| panic!("create {}: {e}", self.screens_dir.display()));
        let file: String = name
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        let path = self.screens_dir.join(format!("{file}.png"));
        std::fs::write(&path, png).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
        path
    }

    /// Runs axe-core (the file `axe_js_path`, e.g. `web/node_modules/axe-core/axe.min.js`) on the
    /// current page against WCAG 2.0/2.1/2.2 A and AA, and returns the violations whose impact
    /// is `serious` or `critical`, each as `{id, impact, help, helpUrl, targets: [[selector..]..]}`.
    ///
    /// The script goes in through WebDriver's Execute Script, which Chromium runs through
    /// DevTools outside the page's Content-Security-Policy, so a strict `script-src 'self'` page
    /// is checked as it is served.
    pub async fn axe_violations(&self, axe_js_path: &Path) -> Vec<Value> {
        let loaded = self
            .client
            .execute("return typeof window.axe === 'object';", vec![])
            .await
            .expect("ask whether axe-core is loaded");
        if loaded != Value::Bool(true) {
            let src = std::fs::read_to_string(axe_js_path).unwrap_or_else(|e| {
                panic!(
                    "read axe-core from {}: {e} (npm ci --prefix web installs it; \
                     `bash .ci/install-deps.sh` runs that)",
                    axe_js_path.display()
                )
            });
            self.client
                .execute(&src, vec![])
                .await
                .unwrap_or_else(|e| panic!("inject axe-core: {e}"));
        }
        let script = r#"
            const done = arguments[arguments.length - 1];
            const tags = arguments[0];
            axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
              .then(r => done({ violations: r.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => ({ id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                             targets: v.nodes.map(n => n.target) })) }))
              .catch(e => done({ error: String(e && e.stack || e) }));
        "#;
        let out = self
            .client
            .execute_async(script, vec![json!(AXE_TAGS)])
            .await
            .unwrap_or_else(|e| panic!("run axe-core: {e}"));
        if let Some(err) = out.get("error") {
            panic!("axe-core failed on the page: {err}");
        }
        match out.get("violations") {
            Some(Value::Array(v)) => v.clone(),
            _ => panic!("unexpected answer from axe-core: {out}"),
        }
    }

    /// Presses Tab from the top of the page, up to `max` times, and describes the focused element
    /// after each press (see [`Browser::focusable_elements`] for the format). Stops when focus
    /// leaves the page content (back to `<body>`, or out of the document) or reaches an element
    /// already seen.
    pub async fn focus_order(&self, max: usize) -> Vec<String> {
        // Start at the top: a focus-navigation starting point before everything in <body>.
        let setup = r#"
            window.scrollTo(0, 0);
            if (document.activeElement && document.activeElement.blur) { document.activeElement.blur(); }
            const start = document.createElement('span');
            start.tabIndex = -1;
            start.id = 'casevault-focus-start';
            document.body.insertBefore(start, document.body.firstChild);
            start.focus();
            window.__cvSeen = new WeakSet();
        "#;
        self.client
            .execute(setup, vec![])
            .await
            .expect("prepare the page for the focus walk");
        let step = format!(
            r#"{DESCRIBE_JS}
            const s = document.getElementById('casevault-focus-start');
            if (s) {{ s.remove(); }}
            const el = document.activeElement;
            const d = cvDescribe(el);
            if (d === null || !document.hasFocus()) {{ return {{ end: 'body' }}; }}
            if (window.__cvSeen.has(el)) {{ return {{ end: 'repeat', d: d }}; }}
            window.__cvSeen.add(el);
            return {{ d: d }};"#
        );
        let mut order = Vec::new();
        for _ in 0..max {
            let tab = KeyActions::new("keyboard".to_string())
                .then(KeyAction::Down {
                    value: Key::Tab.into(),
                })
                .then(KeyAction::Up {
                    value: Key::Tab.into(),
                });
            self.client.perform_actions(tab).await.expect("press Tab");
            let got = self
                .client
                .execute(&step, vec![])
                .await
                .expect("describe the focused element");
            if got.get("end").is_some() {
                break;
            }
            order.push(got["d"].as_str().unwrap_or_default().to_string());
        }
        let _ = self.client.release_actions().await;
        order
    }

    /// Describes every visible `a[href]`, `button`, `input` (not hidden), `select`, `textarea`
    /// and `summary` that is not disabled, in document order, in the format of
    /// [`Browser::focus_order`]: `tag[type=..]#id name=.. href=/path "text"`. Of a group of radio
    /// buttons only the one Tab reaches is listed (the checked one, else the first), as arrows,
    /// not Tab, move within a group. Elements taken out of the tab order (`tabindex="-1"`) are
    /// listed, so a test comparing this with `focus_order` catches them.
    pub async fn focusable_elements(&self) -> Vec<String> {
        let script = format!(
            r#"{DESCRIBE_JS}
            const sel = 'a[href], button, input:not([type=hidden]), select, textarea, summary';
            const out = [];
            const radios = new Set();
            for (const el of document.querySelectorAll(sel)) {{
              if (el.disabled) {{ continue; }}
              const st = getComputedStyle(el);
              if (el.getClientRects().length === 0 || st.visibility === 'hidden') {{ continue; }}
              if (el.type === 'radio' && el.name) {{
                if (radios.has(el.name)) {{ continue; }}
                const group = Array.from(document.getElementsByName(el.name))
                  .filter(r => r.type === 'radio' && r.form === el.form && !r.disabled);
                const chosen = group.find(r => r.checked) || group[0];
                radios.add(el.name);
                out.push(cvDescribe(chosen));
                continue;
              }}
              out.push(cvDescribe(el));
            }}
            return out;"#
        );
        let got = self
            .client
            .execute(&script, vec![])
            .await
            .expect("list the focusable elements");
        got.as_array()
            .expect("a list of descriptions")
            .iter()
            .map(|v| v.as_str().unwrap_or_default().to_string())
            .collect()
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        if let Some(child) = self.driver.take() {
            kill_all(child, self.root.path());
        }
    }
}

/// chromedriver before its session is open: killed with the rest if `start_with` panics.
struct Partial {
    driver: Option<Child>,
    root: PathBuf,
}

impl Drop for Partial {
    fn drop(&mut self) {
        if let Some(child) = self.driver.take() {
            kill_all(child, &self.root);
        }
    }
}

/// A process of one browser.
struct Proc {
    pid: libc::pid_t,
    zombie: bool,
}

/// The processes of one browser: those in the process group of chromedriver (`driver`, which
/// Chromium and its helpers inherit), and those whose command line names the browser's own
/// folder `root` (Chromium's crash handler detaches into a session of its own, but its crash
/// database is under $HOME, which is `root`).
fn ours(driver: libc::pid_t, root: &Path) -> Vec<Proc> {
    let marker = root.as_os_str().as_encoded_bytes();
    let mut found = Vec::new();
    let Ok(dir) = std::fs::read_dir("/proc") else {
        return found;
    };
    for entry in dir.flatten() {
        let Some(pid) = entry
            .file_name()
            .to_str()
            .and_then(|s| s.parse::<libc::pid_t>().ok())
        else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
            continue;
        };
        // The fields after the command name (which is in parentheses): state ppid pgrp ...
        let Some((_, rest)) = stat.rsplit_once(')') else {
            continue;
        };
        let f: Vec<&str> = rest.split_whitespace().collect();
        if f.len() < 3 {
            continue;
        }
        let in_group = f[2].parse::<libc::pid_t>().ok() == Some(driver);
        let names_root = || {
            std::fs::read(format!("/proc/{pid}/cmdline"))
                .map(|c| c.windows(marker.len()).any(|w| w == marker))
                .unwrap_or(false)
        };
        if in_group || names_root() {
            found.push(Proc {
                pid,
                zombie: f[0] == "Z" || f[0] == "X",
            });
        }
    }
    found
}

/// SIGKILLs chromedriver's process group and every other process of this browser, reaps
/// chromedriver, and waits until none of them runs any more.
///
/// Chromium's helpers (its zygotes) outlive the main process by a moment, so they are orphans
/// when they end and stay zombies until init reaps them; this machine's init does that only
/// every second or two. Zombies run nothing and hold no memory or port, so they are not waited
/// for: `pgrep` lists them, [`live_browser_processes`] does not.
fn kill_all(mut child: Child, root: &Path) {
    let driver = child.id() as libc::pid_t;
    let started = Instant::now();
    loop {
        // SAFETY: kill(2) only sends a signal; a negative pid names the process group.
        unsafe { libc::kill(-driver, libc::SIGKILL) };
        let live: Vec<Proc> = ours(driver, root)
            .into_iter()
            .filter(|p| !p.zombie)
            .collect();
        for p in live.iter().filter(|p| p.pid != driver) {
            // SAFETY: as above, to one process of this browser.
            unsafe { libc::kill(p.pid, libc::SIGKILL) };
        }
        let _ = child.try_wait();
        if live.is_empty() || started.elapsed() > KILL_TIMEOUT {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let _ = child.wait();
}

/// The Chromium and chromedriver processes running on this machine (zombies left out), as
/// `pid command line`: empty once every [`Browser`] has been closed or dropped (tests that run
/// browsers in parallel in the same binary see each other's).
pub fn live_browser_processes() -> Vec<String> {
    let mut found = Vec::new();
    let Ok(dir) = std::fs::read_dir("/proc") else {
        return found;
    };
    for entry in dir.flatten() {
        let Some(pid) = entry
            .file_name()
            .to_str()
            .and_then(|s| s.parse::<u32>().ok())
        else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
            continue;
        };
        let zombie = stat
            .rsplit_once(')')
            .and_then(|(_, rest)| rest.split_whitespace().next())
            .is_some_and(|state| state == "Z" || state == "X");
        let cmd = std::fs::read(format!("/proc/{pid}/cmdline"))
            .map(|c| String::from_utf8_lossy(&c).replace('\0', " "))
            .unwrap_or_default();
        let prog = cmd.split(' ').next().unwrap_or_default();
        if !zombie && (prog.starts_with("/usr/lib/chromium/") || prog == CHROMEDRIVER) {
            found.push(format!("{pid} {}", cmd.trim_end()));
        }
    }
    found
}

/// Whether chromedriver at 127.0.0.1:`port` answers `/status` with `"ready": true`.
async fn driver_ready(port: u16) -> bool {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let attempt = async {
        let mut s = tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .ok()?;
        s.write_all(b"GET /status HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            .await
            .ok()?;
        // chromedriver keeps the connection open whatever the request says: read up to the end
        // of the body its Content-Length announces.
        let mut buf = Vec::new();
        let mut chunk = [0u8; 4096];
        loop {
            let n = s.read(&mut chunk).await.ok()?;
            if n == 0 {
                return None;
            }
            buf.extend_from_slice(&chunk[..n]);
            let text = String::from_utf8_lossy(&buf);
            let Some((head, body)) = text.split_once("\r\n\r\n") else {
                continue;
            };
            let len: usize = head.lines().find_map(|l| {
                let (k, v) = l.split_once(':')?;
                k.trim()
                    .eq_ignore_ascii_case("content-length")
                    .then(|| v.trim().parse().ok())?
            })?;
            if body.len() >= len {
                let v: Value = serde_json::from_str(&body[..len]).ok()?;
                return v["value"]["ready"].as_bool();
            }
        }
    };
    matches!(
        tokio::time::timeout(Duration::from_secs(2), attempt).await,
        Ok(Some(true))
    )
}

/// chromedriver's own output, then the last 60 lines of its log, from the folder `root`.
fn log_tail(root: &Path) -> String {
    let out = std::fs::read_to_string(root.join("chromedriver.out")).unwrap_or_default();
    let log = std::fs::read_to_string(root.join("chromedriver.log")).unwrap_or_default();
    let lines: Vec<&str> = log.lines().collect();
    format!(
        "{out}\n{}",
        lines[lines.len().saturating_sub(60)..].join("\n")
    )
}
