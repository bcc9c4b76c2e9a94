//! The IMAP source against a real Dovecot: spooling, moving on outcomes, IDLE and polling,
//! reconnecting after a server restart, and never fetching a message twice.

mod support;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use casevault::sources::imap::{run_imap, ImapError, ImapSettings, Outcome, OutcomeMsg};
use support::dovecot::Dovecot;
use tokio::sync::{mpsc, watch};
use tokio::task::JoinHandle;

fn settings(dv: &Dovecot, idle: bool, poll: Duration) -> ImapSettings {
    ImapSettings {
        host: "127.0.0.1".into(),
        port: dv.port(),
        user: dv.user().into(),
        password: dv.password().to_string().into(),
        mailbox: "INBOX".into(),
        processed: "Processed".into(),
        quarantine: "Quarantine".into(),
        poll_interval: poll,
        idle,
        reconnect_backoff_max: Duration::from_secs(2),
        max_message_bytes: 64 * 1024 * 1024,
        tls: casevault::config::ImapTls::None,
        ca_file: None,
    }
}

struct Running {
    task: JoinHandle<Result<(), ImapError>>,
    outcomes: mpsc::Sender<OutcomeMsg>,
    shutdown: watch::Sender<bool>,
}

impl Running {
    fn start(settings: ImapSettings, spool: &Path) -> Running {
        let (outcomes, rx) = mpsc::channel(16);
        let (shutdown, shutdown_rx) = watch::channel(false);
        let task = tokio::spawn(run_imap(settings, spool.to_path_buf(), rx, shutdown_rx));
        Running {
            task,
            outcomes,
            shutdown,
        }
    }

    async fn send(&self, spool_name: &str, outcome: Outcome) {
        let msg = OutcomeMsg {
            spool_name: spool_name.to_string(),
            outcome,
        };
        self.outcomes.send(msg).await.expect("IMAP task is gone");
    }

    async fn stop(self) {
        self.shutdown
            .send(true)
            .expect("IMAP task dropped its shutdown receiver");
        let result = tokio::time::timeout(Duration::from_secs(10), self.task).await;
        let result = result
            .expect("IMAP task did not stop within 10 s")
            .expect("IMAP task panicked");
        assert!(result.is_ok(), "IMAP task failed: {result:?}");
    }
}

fn message(n: u32) -> Vec<u8> {
    format!(
        "From: sender@example.org\r\nTo: intake@example.org\r\nSubject: test message {n}\r\n\
         Message-ID: <{n}.{}@example.org>\r\n\r\nBody of message {n}.\r\n",
        std::process::id()
    )
    .into_bytes()
}

/// The visible spool files, sorted by UID.
fn spooled(spool: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(spool)
        .expect("read spool")
        .map(|e| e.expect("spool entry").path())
        .filter(|p| !p.file_name().unwrap().to_string_lossy().starts_with('.'))
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read(&p).expect("read spool file"),
            )
        })
        .collect();
    files.sort_by_key(|(name, _)| {
        casevault::sources::imap::parse_spool_name(name).map(|(_, uid)| uid)
    });
    files
}

/// Polls `check` until it returns true or `secs` pass; returns how long it took, or panics.
async fn wait_until(what: &str, secs: u64, mut check: impl FnMut() -> bool) -> Duration {
    let start = Instant::now();
    while !check() {
        assert!(
            start.elapsed() < Duration::from_secs(secs),
            "timed out after {secs} s waiting for: {what}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    start.elapsed()
}

fn spool_dir() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let spool = dir.path().join("spool");
    (dir, spool)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn spools_then_moves_processed_and_quarantines_with_reason() {
    let dv = Dovecot::start();
    let (_tmp, spool) = spool_dir();
    let (m1, m2) = (message(1), message(2));
    dv.append("INBOX", &m1);
    dv.append("INBOX", &m2);

    let run = Running::start(settings(&dv, true, Duration::from_secs(5)), &spool);
    wait_until("two spool files", 15, || {
        spool.exists() && spooled(&spool).len() == 2
    })
    .await;
    let files = spooled(&spool);
    assert_eq!(files[0].1, m1, "first spool file holds the first message");
    assert_eq!(files[1].1, m2, "second spool file holds the second message");
    assert!(
        files[0].0.ends_with("-1.eml") && files[1].0.ends_with("-2.eml"),
        "names: {files:?}"
    );

    // BODY.PEEK: fetching must not have marked anything as read.
    let mut c = dv.client();
    c.command("EXAMINE INBOX");
    let flags = c.command("FETCH 1:2 (FLAGS)");
    assert_eq!(flags.len(), 2, "{flags:?}");
    assert!(
        flags.iter().all(|(line, _)| !line.contains("\\Seen")),
        "messages were marked seen: {flags:?}"
    );
    drop(c);

    for (name, _) in &files {
        std::fs::remove_file(spool.join(name)).expect("casevault removes the spool file");
    }
    run.send(&files[0].0, Outcome::Processed).await;
    run.send(
        &files[1].0,
        Outcome::Quarantined {
            reason: "illegible scan\r\nBcc: evil@example.org".into(),
        },
    )
    .await;

    wait_until("INBOX emptied", 10, || dv.list("INBOX").is_empty()).await;
    assert_eq!(
        dv.list("Processed"),
        vec![m1.clone()],
        "processed message moved unchanged"
    );
    let quarantined = dv.list("Quarantine");
    let mut expected =
        b"X-Casevault-Quarantine: illegible scan  Bcc: evil@example.org\r\n".to_vec();
    expected.extend_from_slice(&m2);
    assert_eq!(
        quarantined,
        vec![expected],
        "quarantine copy = reason header + original bytes"
    );

    // Nothing was re-spooled after the outcomes. A message that arrives now is spooled, so the
    // task did look at the mailbox again (a task that had stopped would pass an "empty spool"
    // check), and it is the only one there.
    let m3 = message(3);
    dv.append("INBOX", &m3);
    wait_until("a message arriving after the outcomes spooled", 15, || {
        !spooled(&spool).is_empty()
    })
    .await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let files = spooled(&spool);
    assert_eq!(
        files.iter().map(|(_, b)| b.clone()).collect::<Vec<_>>(),
        vec![m3],
        "a handled message came back into the spool: {files:?}"
    );
    run.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn new_mail_is_spooled_via_idle_and_via_polling() {
    let dv = Dovecot::start();
    let (_tmp, spool) = spool_dir();
    dv.append("INBOX", &message(1));

    // IDLE: the poll interval is far longer than the wait we allow, so only IDLE can be this fast.
    let run = Running::start(settings(&dv, true, Duration::from_secs(60)), &spool);
    wait_until("initial message spooled", 15, || {
        spool.exists() && spooled(&spool).len() == 1
    })
    .await;
    tokio::time::sleep(Duration::from_millis(300)).await; // let it enter IDLE
    dv.append("INBOX", &message(2));
    let took = wait_until("message spooled via IDLE", 5, || spooled(&spool).len() == 2).await;
    eprintln!("IDLE delivery took {took:?}");
    assert_eq!(spooled(&spool)[1].1, message(2));
    run.stop().await;

    // Polling: IDLE disabled, short poll interval. The two existing spool files must not be
    // fetched again by this new task either: they are marked, and a fetch would overwrite them
    // with the message. Message 3 being spooled shows the task has looked at the mailbox since.
    let marked: Vec<String> = spooled(&spool).into_iter().map(|(name, _)| name).collect();
    for name in &marked {
        std::fs::write(spool.join(name), b"MARKER").expect("mark spool file");
    }
    let run = Running::start(settings(&dv, false, Duration::from_millis(500)), &spool);
    tokio::time::sleep(Duration::from_millis(800)).await;
    dv.append("INBOX", &message(3));
    let took = wait_until("message spooled via polling", 5, || {
        spooled(&spool).len() == 3
    })
    .await;
    eprintln!("poll delivery took {took:?}");
    let files = spooled(&spool);
    assert_eq!(files[2].1, message(3));
    for (name, bytes) in &files[..2] {
        assert!(
            marked.contains(name) && bytes == b"MARKER",
            "{name} was fetched again by the polling task"
        );
    }
    run.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn survives_a_server_restart_and_applies_outcomes_queued_while_down() {
    let mut dv = Dovecot::start();
    let (_tmp, spool) = spool_dir();
    dv.append("INBOX", &message(1));
    let run = Running::start(settings(&dv, true, Duration::from_secs(30)), &spool);
    wait_until("first message spooled", 15, || {
        spool.exists() && spooled(&spool).len() == 1
    })
    .await;
    let first = spooled(&spool).remove(0).0;

    dv.stop();
    std::fs::remove_file(spool.join(&first)).expect("remove spool file");
    run.send(&first, Outcome::Processed).await; // arrives while the server is down
    tokio::time::sleep(Duration::from_millis(1500)).await;
    dv.restart();

    dv.append("INBOX", &message(2));
    wait_until("message spooled after reconnect", 20, || {
        spooled(&spool).len() == 1 && spooled(&spool)[0].1 == message(2)
    })
    .await;
    wait_until("queued outcome applied after reconnect", 10, || {
        dv.list("Processed") == vec![message(1)]
    })
    .await;
    assert_eq!(dv.list("INBOX"), vec![message(2)]);

    // And an outcome sent on the new connection is applied too.
    let second = spooled(&spool).remove(0).0;
    std::fs::remove_file(spool.join(&second)).expect("remove spool file");
    run.send(&second, Outcome::Processed).await;
    wait_until("outcome applied on the new connection", 10, || {
        dv.list("Processed").len() == 2
    })
    .await;
    assert!(dv.list("INBOX").is_empty());
    run.stop().await;
}

/// Each "not fetched again" check is made after the task has shown that it looked at the
/// mailbox since: a message appended after the change is spooled, by a pass that also saw the
/// older one (the task fetches in UID order, after deciding for every UID). A task that stopped
/// polling, or never started, fails here instead of passing.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn never_fetches_a_message_twice_while_spooled_or_pending() {
    let dv = Dovecot::start();
    let (_tmp, spool) = spool_dir();
    dv.append("INBOX", &message(1));
    let fast = settings(&dv, false, Duration::from_millis(200));
    let run = Running::start(fast.clone(), &spool);
    wait_until("message spooled", 15, || {
        spool.exists() && spooled(&spool).len() == 1
    })
    .await;
    let name = spooled(&spool).remove(0).0;

    // Mark the spool file: a second fetch would overwrite it with the message again.
    std::fs::write(spool.join(&name), b"MARKER").expect("mark spool file");
    dv.append("INBOX", &message(2));
    wait_until("message 2 spooled by a later pass", 15, || {
        spooled(&spool).len() == 2
    })
    .await;
    let files = spooled(&spool);
    assert_eq!(
        files[0],
        (name.clone(), b"MARKER".to_vec()),
        "fetched again while spooled"
    );
    assert_eq!(files[1].1, message(2));
    let second = files[1].0.clone();
    std::fs::write(spool.join(&second), b"MARKER 2").expect("mark spool file");
    run.stop().await;

    // A fresh task (no memory of the first) must respect the existing spool files as well.
    dv.append("INBOX", &message(3));
    let run = Running::start(fast, &spool);
    wait_until("message 3 spooled by the fresh task", 15, || {
        spooled(&spool).len() == 3
    })
    .await;
    let files = spooled(&spool);
    assert_eq!(
        files[..2],
        [
            (name.clone(), b"MARKER".to_vec()),
            (second.clone(), b"MARKER 2".to_vec())
        ],
        "fresh task fetched it again"
    );
    assert_eq!(files[2].1, message(3));

    // casevault removes the file and its outcome is still on the way: must not be re-spooled.
    std::fs::remove_file(spool.join(&name)).expect("remove spool file");
    dv.append("INBOX", &message(4));
    wait_until("message 4 spooled after the removal", 15, || {
        spooled(&spool).iter().any(|(_, b)| *b == message(4))
    })
    .await;
    assert!(
        !spool.join(&name).exists(),
        "re-spooled while its outcome was pending"
    );
    run.send(&name, Outcome::Processed).await;
    wait_until("outcome applied", 10, || dv.list("Processed").len() == 1).await;
    assert_eq!(dv.list("Processed"), vec![message(1)]);
    assert!(!spool.join(&name).exists());
    run.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_password_at_first_connect_is_a_configuration_error() {
    let dv = Dovecot::start();
    let (_tmp, spool) = spool_dir();
    let mut s = settings(&dv, true, Duration::from_secs(5));
    s.password = "not-the-password".to_string().into();
    let (_tx, rx) = mpsc::channel(1);
    let (_stop, stop_rx) = watch::channel(false);
    let result = tokio::time::timeout(Duration::from_secs(20), run_imap(s, spool, rx, stop_rx))
        .await
        .expect("run_imap should give up on a refused login");
    let err = result.expect_err("login with a wrong password must fail");
    assert!(matches!(err, ImapError::Login { .. }), "{err:?}");
    assert!(
        !format!("{err} {err:?}").contains("not-the-password"),
        "password leaked into the error"
    );
}

/// A message over the size limit is never fetched into memory or the spool: it goes to the
/// quarantine mailbox as it came, tagged with the keyword that says why, and the rest of the
/// mailbox is spooled as usual.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_message_over_the_size_limit_is_quarantined_unread() {
    let dv = Dovecot::start();
    let (_tmp, spool) = spool_dir();
    let small = message(1);
    let mut big = message(2);
    big.extend(std::iter::repeat_n(b'x', 64 * 1024).chain(*b"\r\n"));
    dv.append("INBOX", &small);
    dv.append("INBOX", &big);
    let mut s = settings(&dv, true, Duration::from_secs(5));
    s.max_message_bytes = 16 * 1024;
    let run = Running::start(s, &spool);
    wait_until("the big message moved to Quarantine", 15, || {
        dv.list("Quarantine").len() == 1
    })
    .await;
    assert_eq!(dv.list("Quarantine"), vec![big.clone()], "moved as it came");
    wait_until("the small message spooled", 15, || {
        spool.exists() && spooled(&spool).len() == 1
    })
    .await;
    assert_eq!(
        spooled(&spool)[0].1,
        small,
        "only the small one was spooled"
    );
    assert_eq!(dv.list("INBOX"), vec![small.clone()]);
    let mut c = dv.client();
    c.command("EXAMINE Quarantine");
    let flags = c.command("FETCH 1 (FLAGS)");
    assert!(
        flags
            .iter()
            .any(|(line, _)| line.contains(casevault::sources::imap::TOO_LARGE_KEYWORD)),
        "{flags:?}"
    );
    drop(c);
    run.stop().await;
}

/// The harness's promise that the tests above lean on ("Processed is empty", "INBOX is empty"):
/// `Dovecot::list` answers an empty list only for an empty or absent mailbox, and fails the
/// test when a mailbox that exists cannot be examined. Here the server is denied its folder.
#[test]
fn the_harness_fails_loudly_on_a_mailbox_it_cannot_examine() {
    use std::os::unix::fs::PermissionsExt;
    let dv = Dovecot::start();
    dv.append("Processed", &message(1));
    assert_eq!(dv.list("Processed"), vec![message(1)]);
    assert!(dv.list("Never-created").is_empty());
    let folder = dv.dir().join("home/Maildir/.Processed");
    let mode = std::fs::metadata(&folder)
        .expect("the mailbox's maildir folder")
        .permissions()
        .mode();
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o000)).unwrap();
    let listed = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| dv.list("Processed")));
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(mode)).unwrap();
    assert!(
        listed.is_err(),
        "list answered {listed:?} for a mailbox it could not examine"
    );
    assert_eq!(dv.list("Processed"), vec![message(1)]);
}
