//! Issue 11 point 7: errors a person can act on, and a README that covers what exists.
//!
//! Each test runs the real binary. The S3 ones run against a real SeaweedFS on 127.0.0.1
//! (`tests/support/seaweedfs.rs`): the README's S3 set-up exactly as written (its config block
//! and its commands), a missing bucket, a wrong secret, an unknown access key, and
//! `import-cases` against a store that fails. The others need no server: missing credentials
//! (no request may leave the machine), a store that is down (still "retry later"), a config file
//! copied away from its schedules, and log files free of colour codes.

mod support;

use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::Path;
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use casevault::store::{self, S3Settings};
use sha2::{Digest, Sha256};
use support::cli::{casevault, copy_dir, json_lines, repo};
use support::seaweedfs::SeaweedFs;

/// The binary for `home`, with no S3 settings inherited from the environment of the test.
fn cv(home: &Path) -> Command {
    let mut c = casevault(home);
    for (name, _) in std::env::vars_os() {
        if name.to_string_lossy().starts_with("AWS_") {
            c.env_remove(&name);
        }
    }
    c.env_remove("CASEVAULT_S3_CREDENTIALS")
        .env_remove("CASEVAULT_LOG")
        .env_remove("NO_COLOR");
    c
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Runs `command`, expecting failure; returns (stdout, stderr).
fn fails(command: &mut Command) -> (String, String) {
    let out = command.output().unwrap();
    let args: Vec<_> = command.get_args().collect();
    assert!(
        !out.status.success(),
        "casevault {args:?} should have failed; stdout: {}; stderr: {}",
        text(&out.stdout),
        text(&out.stderr)
    );
    (text(&out.stdout), text(&out.stderr))
}

fn succeeds(command: &mut Command) -> Output {
    let out = command.output().unwrap();
    let args: Vec<_> = command.get_args().collect();
    assert!(
        out.status.success(),
        "casevault {args:?} failed: {}",
        text(&out.stderr)
    );
    out
}

/// A config file storing in `store_url` at `endpoint` with the repository's schedules, and
/// whatever `s3_extra` adds under `[s3]`.
fn write_config(path: &Path, store_url: &str, endpoint: &str, s3_extra: &str) {
    std::fs::write(
        path,
        format!(
            "store_url = \"{store_url}\"\n\n[retention]\nschedules_dir = \"{}\"\n\n[s3]\n\
             endpoint = \"{endpoint}\"\nregion = \"us-east-1\"\nallow_http = true\n{s3_extra}",
            repo().join("config/retention").display()
        ),
    )
    .unwrap();
}

/// The case numbers in the catalog under `home` (none when there is no catalog yet).
fn cases_in(home: &Path) -> Vec<String> {
    let path = home.join("catalog.sqlite");
    if !path.exists() {
        return Vec::new();
    }
    support::catalog::open_home(home).case_numbers().unwrap()
}

/// A port on 127.0.0.1 where nothing listens.
fn closed_port() -> u16 {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap().port()
}

/// The lines of the README's "Storing in S3" section inside its first ```lang block.
fn readme_block(lang: &str) -> Vec<String> {
    let readme = std::fs::read_to_string(repo().join("README.md")).unwrap();
    let section = readme
        .split("\n## ")
        .find(|s| s.starts_with("Storing in S3"))
        .expect("the README has a section \"Storing in S3\"");
    let fence = format!("```{lang}\n");
    let start = section
        .find(&fence)
        .unwrap_or_else(|| panic!("the S3 section has a {lang} block"))
        + fence.len();
    let body = &section[start..];
    let end = body.find("```").expect("the block ends");
    body[..end].lines().map(|l| l.trim().to_string()).collect()
}

#[test]
fn issue_11_the_readme_s3_setup_files_a_scan_into_seaweedfs() {
    let mut weed = SeaweedFs::start();
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");

    // The config exactly as the README shows it, in a config folder beside a copy of the
    // schedules (as config/ holds retention/); only the endpoint's port is the test server's.
    let toml_lines = readme_block("toml");
    let config_text = toml_lines.join("\n");
    assert!(
        config_text.contains("http://127.0.0.1:8333"),
        "{config_text}"
    );
    let config_text = config_text.replace("http://127.0.0.1:8333", &weed.endpoint());
    let raw: toml::Value = toml::from_str(&config_text).unwrap();
    let store_url = raw["store_url"].as_str().unwrap().to_string();
    let bucket = store_url
        .strip_prefix("s3://")
        .and_then(|rest| rest.split('/').next())
        .unwrap()
        .to_string();
    let config_dir = tmp.path().join("config");
    copy_dir(
        &repo().join("config/retention"),
        &config_dir.join("retention"),
    );
    let config = config_dir.join("casevault-s3.toml");
    std::fs::write(&config, &config_text).unwrap();

    // Step 1 of the README: the bucket must exist.
    let settings = weed.settings();
    let (key_id, secret) = (
        settings.access_key_id.clone().unwrap(),
        settings.secret_access_key.clone().unwrap(),
    );
    let (_, before) = fails(
        cv(&home)
            .env("AWS_ACCESS_KEY_ID", &key_id)
            .env("AWS_SECRET_ACCESS_KEY", &secret)
            .args(["--config", config.to_str().unwrap(), "import-cases"])
            .arg(repo().join("test-data/cases.csv")),
    );
    assert!(
        before.contains(&format!("bucket \"{bucket}\" does not exist")),
        "{before}"
    );
    assert!(
        cases_in(&home).is_empty(),
        "a failing store changed the catalog"
    );
    weed.create_bucket_named(&bucket);

    // Step 3: the README's commands, in order, with its placeholders filled in (and `--json`
    // added to `ls`, to read the document id).
    let inbox = tmp.path().join("inbox");
    std::fs::create_dir_all(&inbox).unwrap();
    std::fs::copy(
        repo().join("test-data/scans/scan_0001.jpg"),
        inbox.join("scan_0001.jpg"),
    )
    .unwrap();
    let out_pdf = tmp.path().join("document.pdf");
    let sh = readme_block("sh");
    assert!(
        sh.iter()
            .any(|l| l.contains("AWS_ACCESS_KEY_ID") && l.contains("AWS_SECRET_ACCESS_KEY")),
        "the README sets both credentials: {sh:?}"
    );
    let commands: Vec<Vec<String>> = sh
        .iter()
        .filter_map(|l| l.strip_prefix("casevault "))
        .map(|l| l.split_whitespace().map(str::to_string).collect())
        .collect();
    let verbs: Vec<&str> = commands
        .iter()
        .map(|c| {
            c.iter()
                .find(|a| !a.starts_with('-') && !a.ends_with(".toml"))
        })
        .map(|v| v.map(String::as_str).unwrap_or(""))
        .collect();
    assert_eq!(verbs, ["import-cases", "run", "ls", "get"], "{commands:?}");
    let mut doc_id = String::new();
    for command in &commands {
        let args: Vec<String> = command
            .iter()
            .map(|a| match a.as_str() {
                "config/casevault-s3.toml" => config.display().to_string(),
                "INBOX" => inbox.display().to_string(),
                "DOC_ID" => doc_id.clone(),
                "document.pdf" => out_pdf.display().to_string(),
                other => other.to_string(),
            })
            .collect();
        let mut c = cv(&home);
        c.env("AWS_ACCESS_KEY_ID", &key_id)
            .env("AWS_SECRET_ACCESS_KEY", &secret)
            .args(&args);
        if args.iter().any(|a| a == "ls") {
            c.arg("--json");
        }
        let out = succeeds(&mut c);
        if args.iter().any(|a| a == "ls") {
            let docs = json_lines(&text(&out.stdout));
            assert_eq!(docs.len(), 1, "one document filed: {docs:#?}");
            doc_id = docs[0]["id"].as_str().unwrap().to_string();
        }
    }
    assert!(
        std::fs::read_dir(&inbox).unwrap().next().is_none(),
        "the scan was released after it was stored"
    );

    // In the bucket, under the README's prefix: the sealed object, not the PDF.
    let pdf = std::fs::read(&out_pdf).unwrap();
    assert!(pdf.starts_with(b"%PDF-"), "casevault get wrote a PDF");
    let prefix = store_url.trim_start_matches(&format!("s3://{bucket}/"));
    let rt = tokio::runtime::Runtime::new().unwrap();
    let (keys, sealed) = rt.block_on(async {
        let root = store::open(&format!("s3://{bucket}"), &settings.clone().into())
            .await
            .unwrap();
        let keys = root.list("").await.unwrap();
        let sealed = root
            .get(&format!("{prefix}/objects/{doc_id}"))
            .await
            .unwrap_or_else(|e| panic!("objects/{doc_id} under {prefix}: {e}; keys: {keys:?}"));
        (keys, sealed)
    });
    assert!(
        keys.iter()
            .all(|k| k.starts_with(&format!("{prefix}/")) && !k.contains(".casevault-probe")),
        "{keys:?}"
    );
    assert!(!sealed.starts_with(b"%PDF"), "the stored object is sealed");
    assert!(
        sealed.len() >= pdf.len(),
        "the sealed object ({} bytes) holds the PDF ({} bytes)",
        sealed.len(),
        pdf.len()
    );
    assert_ne!(Sha256::digest(&sealed), Sha256::digest(&pdf));
    for plain in ["Hughes", "LS24P01234", "%PDF"] {
        assert!(
            !sealed.windows(plain.len()).any(|w| w == plain.as_bytes()),
            "{plain} in the stored object"
        );
    }
}

/// A TCP listener that records the first line of every request it gets and answers 403. Set as
/// the HTTP proxy, it sees every request the binary would send anywhere.
struct Witness {
    url: String,
    requests: Arc<std::sync::Mutex<Vec<String>>>,
    connections: Arc<AtomicUsize>,
}

fn witness() -> Witness {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let requests = Arc::new(std::sync::Mutex::new(Vec::new()));
    let connections = Arc::new(AtomicUsize::new(0));
    let (r, c) = (requests.clone(), connections.clone());
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            c.fetch_add(1, Ordering::SeqCst);
            let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
            let mut head = [0u8; 2048];
            let n = stream.read(&mut head).unwrap_or(0);
            let line = text(&head[..n]).lines().next().unwrap_or("").to_string();
            r.lock().unwrap().push(line);
            let _ = stream.write_all(
                b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
            );
        }
    });
    Witness {
        url,
        requests,
        connections,
    }
}

impl Witness {
    /// `command` with every HTTP(S) request sent through this witness.
    fn proxy<'a>(&self, command: &'a mut Command) -> &'a mut Command {
        for name in [
            "HTTP_PROXY",
            "http_proxy",
            "HTTPS_PROXY",
            "https_proxy",
            "ALL_PROXY",
        ] {
            command.env(name, &self.url);
        }
        command.env_remove("NO_PROXY").env_remove("no_proxy")
    }
}

#[test]
fn issue_11_missing_s3_credentials_fail_at_once_without_a_request() {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    let w = witness();
    let config = tmp.path().join("s3.toml");
    write_config(&config, "s3://casevault/records", "http://127.0.0.1:9", "");
    let cases = repo().join("test-data/cases.csv");

    let started = Instant::now();
    let (_, err) = fails(
        w.proxy(&mut cv(&home))
            .args(["--config", config.to_str().unwrap(), "import-cases"])
            .arg(&cases),
    );
    let took = started.elapsed();
    for needle in [
        "no usable S3 credentials",
        "AWS_ACCESS_KEY_ID",
        "AWS_SECRET_ACCESS_KEY",
        "access_key_id",
        "secret_access_key",
        "credentials = \"instance\"",
    ] {
        assert!(err.contains(needle), "{needle:?} not in: {err}");
    }
    assert!(!err.contains("169.254"), "{err}");
    assert!(took < Duration::from_secs(5), "took {took:?}");
    assert_eq!(
        w.connections.load(Ordering::SeqCst),
        0,
        "requests were sent: {:?}",
        w.requests.lock().unwrap()
    );
    assert!(
        cases_in(&home).is_empty(),
        "a failing store changed the catalog"
    );

    // Half a key pair names the missing half.
    let (_, err) = fails(
        w.proxy(&mut cv(&home))
            .env("AWS_ACCESS_KEY_ID", "casevault")
            .args(["--config", config.to_str().unwrap(), "verify"]),
    );
    assert!(
        err.contains("secret access key is not") && err.contains("AWS_SECRET_ACCESS_KEY"),
        "{err}"
    );
    assert_eq!(w.connections.load(Ordering::SeqCst), 0);

    // The instance role only when asked for: then the metadata service is asked, and its
    // failure is named as such.
    let (_, err) = fails(
        w.proxy(&mut cv(&home))
            .env("CASEVAULT_S3_CREDENTIALS", "instance")
            .args(["--config", config.to_str().unwrap(), "verify"]),
    );
    assert!(
        err.contains("instance metadata service") && err.contains("credentials = \"instance\""),
        "{err}"
    );
    let asked = w.requests.lock().unwrap().clone();
    assert!(
        asked.iter().any(|r| r.contains("169.254.169.254")),
        "{asked:?}"
    );
}

#[test]
fn issue_11_a_store_that_is_down_is_retry_later_and_changes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    let config = tmp.path().join("s3.toml");
    let endpoint = format!("http://127.0.0.1:{}", closed_port());
    write_config(&config, "s3://casevault/records", &endpoint, "");
    let (_, err) = fails(
        cv(&home)
            .env("AWS_ACCESS_KEY_ID", "casevault")
            .env("AWS_SECRET_ACCESS_KEY", "not-used-here")
            .args(["--config", config.to_str().unwrap(), "import-cases"])
            .arg(repo().join("test-data/cases.csv")),
    );
    assert!(err.contains("retry later"), "{err}");
    assert!(err.contains("Connection refused"), "{err}");
    assert!(
        !err.contains("does not exist") && !err.contains("refused the credentials"),
        "{err}"
    );
    assert!(!err.contains("not-used-here"), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    assert!(
        cases_in(&home).is_empty(),
        "a failing store changed the catalog"
    );
}

#[test]
fn issue_11_a_missing_bucket_or_refused_credentials_are_named_once() {
    let weed = SeaweedFs::start();
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    let settings: S3Settings = weed.settings();
    let key_id = settings.access_key_id.clone().unwrap();
    let secret = settings.secret_access_key.clone().unwrap();
    let cases = repo().join("test-data/cases.csv");
    let with_keys = |id: &str, secret: &str, config: &Path| {
        let mut c = cv(&home);
        c.env("AWS_ACCESS_KEY_ID", id)
            .env("AWS_SECRET_ACCESS_KEY", secret)
            .args(["--config", config.to_str().unwrap()]);
        c
    };

    // A bucket that does not exist: named, with the endpoint, as a configuration error.
    let missing = tmp.path().join("missing.toml");
    write_config(
        &missing,
        "s3://no-such-bucket/records",
        &weed.endpoint(),
        "",
    );
    for verb in ["verify", "import-cases"] {
        let mut c = with_keys(&key_id, &secret, &missing);
        c.arg(verb);
        if verb == "import-cases" {
            c.arg(&cases);
        }
        let (_, err) = fails(&mut c);
        assert!(
            err.contains(&format!(
                "bucket \"no-such-bucket\" does not exist at {}",
                weed.endpoint()
            )),
            "{verb}: {err}"
        );
        assert!(err.contains("create it"), "{verb}: {err}");
        assert!(!err.contains("retry later"), "{verb}: {err}");
        assert!(!err.contains("<?xml"), "{verb}: {err}");
        assert!(!err.contains(&secret), "{verb}: the secret was printed");
    }
    assert!(
        cases_in(&home).is_empty(),
        "a failing store changed the catalog"
    );

    // A wrong secret: said once, naming the setting, without the server's XML or any secret.
    let good = tmp.path().join("good.toml");
    write_config(&good, &weed.s3_url("records"), &weed.endpoint(), "");
    let wrong = "wrong-secret-value-for-test";
    let (out, err) = fails(
        with_keys(&key_id, wrong, &good)
            .arg("import-cases")
            .arg(&cases),
    );
    assert_eq!(err.matches("refused the credentials").count(), 1, "{err}");
    assert!(
        err.contains("SignatureDoesNotMatch") && err.contains("AWS_SECRET_ACCESS_KEY"),
        "{err}"
    );
    assert!(!err.contains("<?xml") && !err.contains("<Error>"), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    for printed in [&out, &err] {
        assert!(
            !printed.contains(wrong) && !printed.contains(&secret),
            "{printed}"
        );
    }
    assert!(
        cases_in(&home).is_empty(),
        "a failing store changed the catalog"
    );

    // An access key the store does not know.
    let (_, err) = fails(with_keys("nobody-knows-me", &secret, &good).arg("verify"));
    assert!(
        err.contains("InvalidAccessKeyId") && err.contains("AWS_ACCESS_KEY_ID"),
        "{err}"
    );
    assert!(!err.contains("<?xml") && !err.contains(&secret), "{err}");

    // The right keys work, so the failures above were the settings and nothing else.
    succeeds(
        with_keys(&key_id, &secret, &good)
            .arg("import-cases")
            .arg(&cases),
    );
    assert!(!cases_in(&home).is_empty());
}

#[test]
fn issue_11_a_copied_config_names_its_schedules_folder_once() {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    let elsewhere = tmp.path().join("elsewhere");
    std::fs::create_dir_all(&elsewhere).unwrap();
    let config = elsewhere.join("casevault.toml");
    std::fs::copy(repo().join("config/casevault.toml"), &config).unwrap();
    for args in [&["retention", "eval"][..], &["ls"][..]] {
        let (_, err) = fails(
            cv(&home)
                .arg("--config")
                .arg(&config)
                .args(args)
                .stdin(std::process::Stdio::null()),
        );
        let resolved = elsewhere.join("retention");
        assert!(
            err.contains(&resolved.display().to_string()),
            "{args:?}: {err}"
        );
        assert!(
            err.contains("relative to the config file's folder"),
            "{args:?}: {err}"
        );
        assert!(err.contains("does not exist"), "{args:?}: {err}");
        assert!(err.matches("os error").count() <= 1, "{args:?}: {err}");
        assert_eq!(err.trim_end().lines().count(), 1, "{args:?}: {err}");
    }
    // With the schedules beside it, the same copy works.
    copy_dir(
        &repo().join("config/retention"),
        &elsewhere.join("retention"),
    );
    succeeds(cv(&home).arg("--config").arg(&config).arg("ls"));
}

#[test]
fn issue_11_log_files_get_no_colour_codes() {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    let config = tmp.path().join("s3.toml");
    let endpoint = format!("http://127.0.0.1:{}", closed_port());
    write_config(&config, "s3://casevault/records", &endpoint, "");
    let keys = [
        ("AWS_ACCESS_KEY_ID", "casevault"),
        ("AWS_SECRET_ACCESS_KEY", "unused"),
        ("CASEVAULT_LOG", "debug"),
    ];

    // stderr to a file: plain text.
    let log = tmp.path().join("casevault.log");
    let file = std::fs::File::create(&log).unwrap();
    let status = cv(&home)
        .envs(keys)
        .args(["--config", config.to_str().unwrap(), "verify"])
        .stderr(file)
        .status()
        .unwrap();
    assert!(!status.success());
    let written = std::fs::read_to_string(&log).unwrap();
    assert!(
        written.contains("DEBUG"),
        "debug lines were logged: {written}"
    );
    assert!(
        !written.contains("\x1b["),
        "colour codes in the file: {written:?}"
    );

    // At a terminal (`script` gives the binary one), colours; with NO_COLOR, none.
    let at_terminal = |no_colour: bool| -> String {
        let line = format!(
            "{} --config {} verify",
            env!("CARGO_BIN_EXE_casevault"),
            config.display()
        );
        let mut c = Command::new("script");
        c.args(["-qec", &line, "/dev/null"])
            .current_dir(repo())
            .env("CASEVAULT_HOME", &home)
            .env("OMP_THREAD_LIMIT", "1")
            .env("CASEVAULT_FIRST_USER", support::cli::TEST_FIRST_USER)
            .envs(keys)
            .env_remove("NO_COLOR");
        if no_colour {
            c.env("NO_COLOR", "1");
        }
        let out = c.output().expect("run `script` (util-linux)");
        text(&out.stdout)
    };
    let coloured = at_terminal(false);
    assert!(coloured.contains("DEBUG"), "{coloured}");
    assert!(
        coloured.contains("\x1b["),
        "no colours at a terminal: {coloured:?}"
    );
    let plain = at_terminal(true);
    assert!(plain.contains("DEBUG"), "{plain}");
    assert!(
        !plain.contains("\x1b["),
        "colours despite NO_COLOR: {plain:?}"
    );
}
