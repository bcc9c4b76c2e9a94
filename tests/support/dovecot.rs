//! A throwaway Dovecot IMAP server for integration tests, plus a tiny blocking IMAP client.
//!
//! Tests talk to a real server because IMAP behaviour that matters here (UIDVALIDITY, IDLE, MOVE,
//! APPEND, dropped connections on restart) is exactly what mocks get wrong. The harness is
//! synchronous (std::net only) so tests that spawn the casevault binary can use it too.
//!
//! Dovecot 2.3 refuses to run its login processes as root, and a non-root master cannot chown its
//! sockets to the default `dovecot`/`dovenull` accounts. So when the caller is root the whole
//! server runs as uid/gid 65534 (`nobody`/`nogroup`) via `setpriv`, and the config names that
//! account as `default_internal_user`, `default_internal_group` and `default_login_user`; the temp
//! folder (under /tmp, so uid 65534 can reach it) is chowned to it. As non-root, the caller's own
//! account takes that role. A missing /usr/sbin/dovecot panics: the tests must never be skipped
//! silently (install `dovecot-imapd`).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::os::unix::fs::MetadataExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const DOVECOT: &str = "/usr/sbin/dovecot";
const USER: &str = "casevault";

/// A running Dovecot with one user, `casevault`, whose mail lives in a temp folder.
pub struct Dovecot {
    dir: tempfile::TempDir,
    port: u16,
    password: String,
    /// Whether the caller is root, so the server must be started as uid/gid 65534.
    as_root: bool,
    child: Option<Child>,
    /// With TLS: the port of the implicit-TLS listener (the plain one also offers STARTTLS).
    imaps_port: Option<u16>,
}

impl Dovecot {
    /// Starts a server on a free 127.0.0.1 port and waits until it greets (at most 20 s).
    pub fn start() -> Dovecot {
        Dovecot::start_with(false)
    }

    /// As [`Dovecot::start`], with TLS: STARTTLS on the plain port and implicit TLS on
    /// [`Dovecot::imaps_port`], under a certificate for 127.0.0.1 and localhost issued by a
    /// throwaway certificate authority ([`Dovecot::ca_file`]) made here with openssl.
    pub fn start_tls() -> Dovecot {
        Dovecot::start_with(true)
    }

    fn start_with(tls: bool) -> Dovecot {
        assert!(
            Path::new(DOVECOT).exists(),
            "{DOVECOT} is missing: install the Debian package dovecot-imapd (the IMAP tests need a real server)"
        );
        let dir = tempfile::Builder::new()
            .prefix("casevault-dovecot-")
            .tempdir_in("/tmp")
            .expect("create the Dovecot temp folder under /tmp");
        let my_uid = std::fs::metadata(dir.path())
            .expect("stat temp folder")
            .uid();
        let (uid, gid, account, group) = if my_uid == 0 {
            (65534, 65534, "nobody".to_string(), "nogroup".to_string())
        } else {
            let meta = std::fs::metadata(dir.path()).expect("stat temp folder");
            let out = |args: &[&str]| {
                let o = Command::new("id").args(args).output().expect("run id");
                String::from_utf8_lossy(&o.stdout).trim().to_string()
            };
            (meta.uid(), meta.gid(), out(&["-un"]), out(&["-gn"]))
        };
        let password = format!("pw{:016x}", random_u64());
        let d = dir.path();
        std::fs::create_dir_all(d.join("home")).expect("create home");
        std::fs::write(
            d.join("users"),
            format!(
                "{USER}:{{PLAIN}}{password}:{uid}:{gid}::{}::\n",
                d.join("home").display()
            ),
        )
        .expect("write users file");
        if tls {
            super::postgres::certs::make_certificates(d);
        }
        if my_uid == 0 {
            let mut owned = vec![d.to_path_buf(), d.join("home"), d.join("users")];
            if tls {
                owned.extend([d.join("server.pem"), d.join("server.key")]);
            }
            for p in owned {
                std::os::unix::fs::chown(&p, Some(uid), Some(gid))
                    .expect("chown Dovecot temp folder to 65534");
            }
        }
        let mut dovecot = Dovecot {
            dir,
            port: 0,
            password,
            as_root: my_uid == 0,
            child: None,
            imaps_port: None,
        };
        // A port can be taken between probing and Dovecot's bind; then try another one.
        for attempt in 1..=5 {
            dovecot.port = free_port();
            dovecot.imaps_port = tls.then(free_port);
            let conf = dovecot.dir.path().join("dovecot.conf");
            std::fs::write(
                &conf,
                config(
                    dovecot.dir.path(),
                    dovecot.port,
                    dovecot.imaps_port,
                    &account,
                    &group,
                ),
            )
            .expect("write dovecot.conf");
            match dovecot.spawn() {
                Ok(()) => return dovecot,
                Err(log) if attempt < 5 && log.contains("in use") => continue,
                Err(log) => panic!("{log}"),
            }
        }
        unreachable!("the last attempt returns or panics")
    }

    pub fn port(&self) -> u16 {
        self.port
    }
    /// The implicit-TLS port (a server started with [`Dovecot::start_tls`]).
    pub fn imaps_port(&self) -> u16 {
        self.imaps_port.expect("a server started with start_tls")
    }
    /// The PEM certificate of the authority that issued the server's certificate.
    pub fn ca_file(&self) -> PathBuf {
        self.dir.path().join("ca.pem")
    }
    pub fn user(&self) -> &str {
        USER
    }
    pub fn password(&self) -> &str {
        &self.password
    }
    /// The temp folder (config, log, `home/Maildir`).
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// Appends a raw message to `mailbox` (created first if it is not INBOX).
    pub fn append(&self, mailbox: &str, raw: &[u8]) {
        let mut c = self.client();
        if !mailbox.eq_ignore_ascii_case("INBOX") {
            c.command_any(&format!("CREATE {}", quote(mailbox)));
        }
        c.append(mailbox, raw);
    }

    /// The raw messages now in `mailbox`, in order (empty if it does not exist). Does not set \Seen.
    /// A mailbox that exists but cannot be examined fails the test: an empty list must mean an
    /// empty mailbox, never an error (an assertion "Processed is empty" would pass on it).
    pub fn list(&self, mailbox: &str) -> Vec<Vec<u8>> {
        let mut c = self.client();
        // A mailbox another session is creating this instant can be listed before it can be
        // examined (seen once in CI while the IMAP source made `Quarantine`): a failure is asked
        // again for a moment before it counts, and then it fails the test as before.
        let mut changed = 0;
        loop {
            let mut tries = 0;
            let responses = loop {
                let (ok, responses) = c.command_any(&format!("EXAMINE {}", quote(mailbox)));
                if ok {
                    break responses;
                }
                let (listed, found) = c.command_any(&format!("LIST \"\" {}", quote(mailbox)));
                let exists = found.iter().any(|(line, _)| line.starts_with("* LIST "));
                if listed && !exists {
                    return Vec::new();
                }
                tries += 1;
                assert!(
                tries < 20,
                "EXAMINE {mailbox} failed on a mailbox that exists (or LIST failed): {responses:?}; log: {}",
                self.log_tail()
            );
                std::thread::sleep(std::time::Duration::from_millis(100));
            };
            // RFC 3501 requires EXISTS in the answer to EXAMINE; without it the count is unknown,
            // and "empty" would be a guess.
            let exists = responses
                .iter()
                .find_map(|(line, _)| {
                    line.strip_prefix("* ")?
                        .strip_suffix(" EXISTS")?
                        .parse::<u32>()
                        .ok()
                })
                .unwrap_or_else(|| {
                    panic!("EXAMINE {mailbox} answered without EXISTS: {responses:?}")
                });
            if exists == 0 {
                return Vec::new();
            }
            // Not OK when messages it names were expunged meanwhile: a change, as below.
            let (fetched, responses) = c.command_any(&format!("FETCH 1:{exists} (BODY.PEEK[])"));
            let messages: Vec<Vec<u8>> = responses
                .into_iter()
                .filter(|(line, _)| line.contains(" FETCH "))
                .filter_map(|(_, mut literals)| literals.pop())
                .collect();
            // A message whose body did not come back must not make the list look shorter. A
            // mailbox another session changes between EXAMINE and FETCH (the IMAP source moving a
            // message out) comes back short too: asked again for a moment before it counts.
            if fetched && messages.len() == exists as usize {
                return messages;
            }
            changed += 1;
            assert!(
                changed < 20,
                "FETCH of {mailbox} returned {} of {exists} messages, twenty times over",
                messages.len()
            );
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
    }

    /// Stops the server and starts it again on the same port and folder.
    pub fn restart(&mut self) {
        self.stop();
        if let Err(log) = self.spawn() {
            panic!("{log}");
        }
    }

    /// Stops the server (SIGTERM, then SIGKILL to its process group after 3 s).
    pub fn stop(&mut self) {
        let Some(mut child) = self.child.take() else {
            return;
        };
        let pid = child.id().to_string();
        let _ = Command::new("kill").args(["-TERM", &pid]).status();
        let deadline = Instant::now() + Duration::from_secs(3);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        // The master is its own process-group leader, so this also ends its helper processes.
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{pid}")])
            .status();
        let _ = child.wait();
    }

    /// The last lines of Dovecot's log, for failure messages.
    pub fn log_tail(&self) -> String {
        let mut text =
            std::fs::read_to_string(self.dir.path().join("dovecot.log")).unwrap_or_default();
        text.push_str(
            &std::fs::read_to_string(self.dir.path().join("stderr.log")).unwrap_or_default(),
        );
        let lines: Vec<&str> = text.lines().collect();
        lines[lines.len().saturating_sub(30)..].join("\n")
    }

    /// Starts the server and waits for its greeting; on failure, says why with the log's tail.
    fn spawn(&mut self) -> Result<(), String> {
        let d = self.dir.path();
        let conf = d.join("dovecot.conf");
        let mut cmd = if self.as_root {
            let mut c = Command::new("setpriv");
            c.args(["--reuid=65534", "--regid=65534", "--clear-groups", DOVECOT]);
            c
        } else {
            Command::new(DOVECOT)
        };
        let stderr = std::fs::File::create(d.join("stderr.log")).expect("create stderr.log");
        cmd.arg("-F")
            .arg("-c")
            .arg(&conf)
            .current_dir(d)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(stderr);
        cmd.process_group(0);
        let child = cmd
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {DOVECOT}: {e}"));
        self.child = Some(child);
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Some(child) = self.child.as_mut() {
                if let Ok(Some(status)) = child.try_wait() {
                    self.child = None;
                    return Err(format!(
                        "Dovecot exited during startup ({status}); log:\n{}",
                        self.log_tail()
                    ));
                }
            }
            if let Ok(s) = TcpStream::connect(("127.0.0.1", self.port)) {
                let _ = s.set_read_timeout(Some(Duration::from_secs(2)));
                let mut line = String::new();
                if BufReader::new(s).read_line(&mut line).is_ok() && line.starts_with("* OK") {
                    return Ok(());
                }
            }
            if Instant::now() > deadline {
                self.stop();
                return Err(format!(
                    "Dovecot did not greet on 127.0.0.1:{} within 20 s; log:\n{}",
                    self.port,
                    self.log_tail()
                ));
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// A logged-in blocking client.
    pub fn client(&self) -> ImapClient {
        ImapClient::login(self.port, USER, &self.password)
    }
}

impl Drop for Dovecot {
    fn drop(&mut self) {
        self.stop();
    }
}

fn config(d: &Path, port: u16, imaps: Option<u16>, account: &str, group: &str) -> String {
    let p = |name: &str| -> PathBuf { d.join(name) };
    format!(
        "protocols = imap
listen = 127.0.0.1
base_dir = {run}
state_dir = {state}
log_path = {log}
{ssl}
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = {account}
default_internal_group = {group}
default_login_user = {account}
mail_fsync = never
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {users}
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {users}
}}
mail_location = maildir:~/Maildir
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {imaps_port}
  }}
}}
service anvil {{
  chroot =
}}
",
        ssl = match imaps {
            Some(_) => format!(
                "ssl = yes\nssl_cert = <{}\nssl_key = <{}\nssl_dh = </usr/share/dovecot/dh.pem",
                p("server.pem").display(),
                p("server.key").display()
            ),
            None => "ssl = no".to_string(),
        },
        imaps_port = imaps.unwrap_or(0),
        run = p("run").display(),
        state = p("state").display(),
        log = p("dovecot.log").display(),
        users = p("users").display(),
    )
}

/// A free port below Linux's ephemeral range (32768+), so that no outgoing connection of a test
/// running in parallel can take it between this probe and Dovecot's bind, or across a restart.
fn free_port() -> u16 {
    loop {
        let port = 20000 + (random_u64() % 12000) as u16;
        if TcpListener::bind(("127.0.0.1", port)).is_ok() {
            return port;
        }
    }
}

fn quote(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

fn random_u64() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u32(std::process::id());
    h.finish()
}

/// One untagged response line (literals replaced by `{n}`) and the literals it carried.
pub type Untagged = (String, Vec<Vec<u8>>);

/// A minimal blocking IMAP client: tagged commands, literals, APPEND. Panics on any failure.
pub struct ImapClient {
    reader: BufReader<TcpStream>,
    tag: u32,
}

impl ImapClient {
    pub fn login(port: u16, user: &str, password: &str) -> ImapClient {
        let stream = TcpStream::connect(("127.0.0.1", port)).expect("connect to Dovecot");
        stream
            .set_read_timeout(Some(Duration::from_secs(20)))
            .expect("set timeout");
        let mut c = ImapClient {
            reader: BufReader::new(stream),
            tag: 0,
        };
        let greeting = c.read_line();
        assert!(
            greeting.starts_with("* OK"),
            "unexpected greeting: {greeting}"
        );
        c.command(&format!("LOGIN {} {}", quote(user), quote(password)));
        c
    }

    /// Runs a command; panics unless it ends OK. Returns the untagged responses.
    pub fn command(&mut self, cmd: &str) -> Vec<Untagged> {
        let (ok, responses) = self.command_any(cmd);
        assert!(ok, "IMAP command failed: {cmd}");
        responses
    }

    /// Runs a command; returns whether it ended OK, and the untagged responses.
    pub fn command_any(&mut self, cmd: &str) -> (bool, Vec<Untagged>) {
        let tag = self.send(cmd);
        self.read_until_tagged(&tag)
    }

    pub fn append(&mut self, mailbox: &str, raw: &[u8]) {
        let tag = self.send(&format!("APPEND {} {{{}}}", quote(mailbox), raw.len()));
        let cont = self.read_line();
        assert!(cont.starts_with('+'), "APPEND to {mailbox} refused: {cont}");
        let s = self.reader.get_mut();
        s.write_all(raw)
            .and_then(|_| s.write_all(b"\r\n"))
            .expect("send message");
        let (ok, _) = self.read_until_tagged(&tag);
        assert!(ok, "APPEND to {mailbox} failed");
    }

    fn send(&mut self, cmd: &str) -> String {
        self.tag += 1;
        let tag = format!("t{}", self.tag);
        let s = self.reader.get_mut();
        s.write_all(format!("{tag} {cmd}\r\n").as_bytes())
            .expect("send command");
        tag
    }

    fn read_line(&mut self) -> String {
        let mut line = Vec::new();
        self.reader
            .read_until(b'\n', &mut line)
            .expect("read from Dovecot");
        assert!(!line.is_empty(), "Dovecot closed the connection");
        String::from_utf8_lossy(&line).trim_end().to_string()
    }

    fn read_until_tagged(&mut self, tag: &str) -> (bool, Vec<Untagged>) {
        let mut out = Vec::new();
        loop {
            let mut line = self.read_line();
            if let Some(rest) = line.strip_prefix(&format!("{tag} ")) {
                return (rest.starts_with("OK"), out);
            }
            let mut literals = Vec::new();
            // A line ending in {n} is followed by n raw bytes, then the rest of the response.
            while let Some(n) = literal_len(&line) {
                let mut buf = vec![0; n];
                self.reader.read_exact(&mut buf).expect("read literal");
                literals.push(buf);
                line.push_str(&self.read_line());
            }
            out.push((line, literals));
        }
    }
}

fn literal_len(line: &str) -> Option<usize> {
    let open = line.strip_suffix('}')?.rfind('{')?;
    line[open + 1..line.len() - 1].parse().ok()
}
