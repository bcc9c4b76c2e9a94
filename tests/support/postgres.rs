//! A throwaway PostgreSQL server for tests: Debian's binaries, a cluster made in a temporary
//! folder under /tmp, listening on 127.0.0.1 on a port of its own, with trust authentication for
//! one role (`casevault`) and the C locale (text sorts as SQLite sorts it: by bytes).
//!
//! PostgreSQL refuses to run as root, so when the caller is root the server runs as uid/gid
//! 65534 (`nobody`/`nogroup`), as the Dovecot harness does: the uid is changed in the child just
//! before `exec`, and the folder is chowned to it. A missing PostgreSQL panics: the tests must
//! never be skipped silently (install the Debian package `postgresql`).
//!
//! [`shared`] starts one server per test process, on a thread that lives as long as the process;
//! the server is told to die with that thread (`PR_SET_PDEATHSIG`), so no server outlives its
//! tests, and a folder left by a killed run is removed by the next. Each test takes a database of
//! its own ([`PgServer::fresh_database`]), so tests run side by side.
//!
//! Used by the integration tests and, through `#[path]`, by the catalog's unit tests.
#![allow(dead_code)]

#[path = "certs.rs"]
pub mod certs;

use std::os::unix::fs::MetadataExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// The role the tests connect as.
pub const ROLE: &str = "casevault";

/// A running server.
pub struct PgServer {
    dir: PathBuf,
    port: u16,
    bin: PathBuf,
    child: Option<Child>,
    /// Takes TLS connections too, under a certificate for 127.0.0.1 and localhost issued by a
    /// throwaway authority ([`PgServer::ca_file`]).
    tls: bool,
    /// Takes TLS connections only, each with a client certificate from that authority whose
    /// name is the role's ([`PgServer::client_cert`]); psql here uses one too.
    client_certs: bool,
}

/// The newest PostgreSQL installed under /usr/lib/postgresql.
fn bin_dir() -> PathBuf {
    let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let v = e.file_name().to_string_lossy().parse::<u32>().ok()?;
            let bin = e.path().join("bin");
            bin.join("initdb").exists().then_some((v, bin))
        })
        .collect();
    versions.sort();
    versions
        .pop()
        .map(|(_, b)| b)
        .expect("PostgreSQL is missing (no /usr/lib/postgresql/*/bin/initdb): install the Debian package postgresql; the catalog's PostgreSQL tests need a real server")
}

/// One server for this test process.
pub fn shared() -> &'static PgServer {
    static SERVER: OnceLock<PgServer> = OnceLock::new();
    SERVER.get_or_init(|| {
        // Started from a thread that never ends, so the parent-death signal (which follows the
        // thread that spawned the server) fires only when the whole test process goes.
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::Builder::new()
            .name("postgres-harness".into())
            .spawn(move || {
                let server = PgServer::start();
                tx.send(server).expect("hand over the server");
                loop {
                    std::thread::park();
                }
            })
            .expect("start the PostgreSQL harness thread");
        rx.recv().expect("the PostgreSQL harness started a server")
    })
}

fn run_as_owner(cmd: &mut Command, as_root: bool) {
    unsafe {
        cmd.pre_exec(move || {
            if as_root
                && (libc::setgroups(0, std::ptr::null()) != 0
                    || libc::setgid(65534) != 0
                    || libc::setuid(65534) != 0)
            {
                return Err(std::io::Error::last_os_error());
            }
            // After the uid change, which would clear it.
            libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
            Ok(())
        });
    }
}

/// Removes folders of earlier runs whose server is gone (a run that was killed).
fn remove_stale() {
    let Ok(entries) = std::fs::read_dir("/tmp") else {
        return;
    };
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().to_string();
        if !name.starts_with("casevault-pg-") {
            continue;
        }
        let pid_file = e.path().join("data/postmaster.pid");
        let alive = std::fs::read_to_string(&pid_file)
            .ok()
            .and_then(|s| s.lines().next().and_then(|l| l.trim().parse::<i32>().ok()))
            .is_some_and(|pid| unsafe { libc::kill(pid, 0) } == 0);
        let old = e
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > Duration::from_secs(60));
        if !alive && old {
            let _ = std::fs::remove_dir_all(e.path());
        }
    }
}

impl PgServer {
    /// Makes a cluster and starts it; waits until it takes connections (at most 60 s).
    pub fn start() -> PgServer {
        PgServer::start_with(false, false)
    }

    /// A server that also takes TLS connections (`ssl = on`; plain ones still work, as the
    /// default `pg_hba.conf` lets both in), for the catalog's TLS tests.
    pub fn start_tls() -> PgServer {
        PgServer::start_with(true, false)
    }

    /// A server that takes only TLS connections that show a client certificate issued to the
    /// role (`hostssl … cert` in `pg_hba.conf`), as a service that authenticates its workers
    /// by certificate runs it.
    pub fn start_client_certs() -> PgServer {
        PgServer::start_with(true, true)
    }

    /// The client certificate and key issued to the role (a client-certificate server only).
    pub fn client_cert(&self) -> (PathBuf, PathBuf) {
        (self.dir.join("client.pem"), self.dir.join("client.key"))
    }

    /// The PEM certificate of the authority that issued a TLS server's certificate.
    pub fn ca_file(&self) -> PathBuf {
        self.dir.join("ca.pem")
    }

    fn start_with(tls: bool, client_certs: bool) -> PgServer {
        let bin = bin_dir();
        remove_stale();
        let dir = tempfile::Builder::new()
            .prefix("casevault-pg-")
            .tempdir_in("/tmp")
            .expect("create the PostgreSQL folder under /tmp")
            .keep();
        let as_root = std::fs::metadata(&dir).expect("stat").uid() == 0;
        if as_root {
            std::os::unix::fs::chown(&dir, Some(65534), Some(65534))
                .expect("chown the PostgreSQL folder to 65534");
        }
        let mut init = Command::new(bin.join("initdb"));
        init.args(["-D"])
            .arg(dir.join("data"))
            .args([
                "-U",
                ROLE,
                "-A",
                "trust",
                "--locale=C",
                "-E",
                "UTF8",
                "--no-sync",
                "--no-instructions",
            ])
            .current_dir(&dir)
            .stdin(Stdio::null());
        run_as_owner(&mut init, as_root);
        let out = init.output().expect("run initdb");
        assert!(
            out.status.success(),
            "initdb failed: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        if tls {
            certs::make_certificates(&dir);
            // PostgreSQL takes a key only its own user can read.
            let key = dir.join("server.key");
            std::fs::set_permissions(&key, std::os::unix::fs::PermissionsExt::from_mode(0o600))
                .expect("chmod server.key");
            if as_root {
                std::os::unix::fs::chown(&key, Some(65534), Some(65534))
                    .expect("chown server.key to 65534");
            }
        }
        if client_certs {
            certs::make_client_certificate(&dir, ROLE);
            // TLS with a certificate, or nothing, over TCP; psql's own checks use the same.
            std::fs::write(
                dir.join("data/pg_hba.conf"),
                "local all all trust\nhostssl all all 127.0.0.1/32 cert\n",
            )
            .expect("write pg_hba.conf");
        }
        for attempt in 1..=5 {
            let port = free_port();
            let mut server = PgServer {
                dir: dir.clone(),
                port,
                bin: bin.clone(),
                child: None,
                tls,
                client_certs,
            };
            match server.spawn(as_root) {
                Ok(()) => return server,
                Err(log) if attempt < 5 && log.contains("in use") => continue,
                Err(log) => panic!("{log}"),
            }
        }
        unreachable!("the last attempt returns or panics")
    }

    fn spawn(&mut self, as_root: bool) -> Result<(), String> {
        let log = std::fs::File::create(self.dir.join("server.log")).expect("create server.log");
        if as_root {
            let _ = std::os::unix::fs::chown(self.dir.join("server.log"), Some(65534), Some(65534));
        }
        let mut cmd = Command::new(self.bin.join("postgres"));
        cmd.arg("-D")
            .arg(self.dir.join("data"))
            .args(["-p", &self.port.to_string(), "-k"])
            .arg(&self.dir)
            .args([
                "-c",
                "listen_addresses=127.0.0.1",
                // A test server: durability is the tests' concern only where they say so.
                "-c",
                "fsync=off",
                "-c",
                "synchronous_commit=off",
                "-c",
                "full_page_writes=off",
                "-c",
                "max_connections=200",
                "-c",
                "shared_buffers=32MB",
            ]);
        if self.tls {
            cmd.args(["-c", "ssl=on", "-c"])
                .arg(format!(
                    "ssl_cert_file={}",
                    self.dir.join("server.pem").display()
                ))
                .arg("-c")
                .arg(format!(
                    "ssl_key_file={}",
                    self.dir.join("server.key").display()
                ))
                .arg("-c")
                .arg(format!("ssl_ca_file={}", self.dir.join("ca.pem").display()));
        }
        cmd.current_dir(&self.dir)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(log);
        run_as_owner(&mut cmd, as_root);
        cmd.process_group(0);
        let child = cmd
            .spawn()
            .map_err(|e| format!("cannot start PostgreSQL: {e}"))?;
        self.child = Some(child);
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            if let Some(child) = self.child.as_mut() {
                if let Ok(Some(status)) = child.try_wait() {
                    self.child = None;
                    return Err(format!(
                        "PostgreSQL exited during startup ({status}); log:\n{}",
                        self.log_tail()
                    ));
                }
            }
            if self.psql("postgres", "SELECT 1").is_ok() {
                return Ok(());
            }
            if Instant::now() > deadline {
                self.stop();
                return Err(format!(
                    "PostgreSQL did not take connections on 127.0.0.1:{} within 60 s; log:\n{}",
                    self.port,
                    self.log_tail()
                ));
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Runs one SQL command with psql (blocking, so it may be called from async tests too).
    pub fn psql(&self, database: &str, sql: &str) -> Result<String, String> {
        let psql = if Path::new("/usr/bin/psql").exists() {
            PathBuf::from("/usr/bin/psql")
        } else {
            self.bin.join("psql")
        };
        let out = Command::new(psql)
            .args([
                "-X",
                "-q",
                "-A",
                "-t",
                "-v",
                "ON_ERROR_STOP=1",
                "-h",
                "127.0.0.1",
            ])
            .args([
                "-p",
                &self.port.to_string(),
                "-U",
                ROLE,
                "-d",
                database,
                "-c",
                sql,
            ])
            .envs(if self.client_certs {
                let (cert, key) = self.client_cert();
                vec![
                    ("PGSSLMODE", "verify-full".into()),
                    ("PGSSLROOTCERT", self.ca_file()),
                    ("PGSSLCERT", cert),
                    ("PGSSLKEY", key),
                ]
            } else {
                Vec::new()
            })
            .stdin(Stdio::null())
            .output()
            .map_err(|e| format!("cannot run psql: {e}"))?;
        if out.status.success() {
            Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
        } else {
            Err(String::from_utf8_lossy(&out.stderr).to_string())
        }
    }

    /// A new, empty database; returns its URL.
    pub fn fresh_database(&self) -> String {
        static NEXT: AtomicU32 = AtomicU32::new(1);
        let name = format!(
            "t{}_{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::SeqCst)
        );
        self.psql("postgres", &format!("CREATE DATABASE {name}"))
            .unwrap_or_else(|e| panic!("CREATE DATABASE {name}: {e}"));
        self.url(&name)
    }

    pub fn url(&self, database: &str) -> String {
        format!("postgres://{ROLE}@127.0.0.1:{}/{database}", self.port)
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn log_tail(&self) -> String {
        let log = std::fs::read_to_string(self.dir.join("server.log")).unwrap_or_default();
        let lines: Vec<&str> = log.lines().collect();
        lines[lines.len().saturating_sub(30)..].join("\n")
    }

    /// Stops the server (fast shutdown) and removes its folder.
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            unsafe {
                libc::kill(child.id() as i32, libc::SIGINT);
            }
            let deadline = Instant::now() + Duration::from_secs(20);
            while Instant::now() < deadline {
                if let Ok(Some(_)) = child.try_wait() {
                    break;
                }
                std::thread::sleep(Duration::from_millis(50));
            }
            let _ = child.kill();
            let _ = child.wait();
        }
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

impl Drop for PgServer {
    fn drop(&mut self) {
        self.stop();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("find a free port")
}
