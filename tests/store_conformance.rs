//! One storage conformance suite ([`conformance`]) that every backend runs: a local folder,
//! memory, and a real SeaweedFS server (started by `support::seaweedfs`, never skipped). Plus the
//! S3-only checks: a prefix inside a bucket keeps two stores apart, and an outage surfaces as a
//! transient error that goes away when the server comes back.

mod support;

use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use bytes::Bytes;
use casevault::store::{self, BackendKind, Store, StoreError, StoreOptions, Written};
use support::seaweedfs::SeaweedFs;
use tokio::io::{AsyncRead, ReadBuf};

const MIB: usize = 1024 * 1024;

/// Deterministic pseudo-random bytes (xorshift), so corruption or reordering shows.
fn pattern(len: usize, seed: u64) -> Vec<u8> {
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut out = Vec::with_capacity(len + 8);
    while out.len() < len {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        out.extend_from_slice(&state.to_le_bytes());
    }
    out.truncate(len);
    out
}

/// Yields `data`, then fails (a source that breaks part-way).
struct FailingReader {
    data: Vec<u8>,
    pos: usize,
}

impl AsyncRead for FailingReader {
    fn poll_read(
        mut self: Pin<&mut Self>,
        _: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        if self.pos >= self.data.len() {
            return Poll::Ready(Err(io::Error::other("scanner unplugged")));
        }
        let n = buf.remaining().min(self.data.len() - self.pos);
        let start = self.pos;
        buf.put_slice(&self.data[start..start + n]);
        self.pos += n;
        Poll::Ready(Ok(()))
    }
}

/// Yields `data`, then never yields again (an upload the caller gives up on and drops).
struct StallingReader {
    data: Vec<u8>,
    pos: usize,
}

impl AsyncRead for StallingReader {
    fn poll_read(
        mut self: Pin<&mut Self>,
        _: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        if self.pos >= self.data.len() {
            return Poll::Pending;
        }
        let n = buf.remaining().min(self.data.len() - self.pos);
        let start = self.pos;
        buf.put_slice(&self.data[start..start + n]);
        self.pos += n;
        Poll::Ready(Ok(()))
    }
}

/// The suite every backend must pass. `label` names the backend in failure messages.
async fn conformance(store: Store, label: &str) {
    let started = Instant::now();
    let caps = store.capabilities();
    eprintln!("[{label}] kind {:?}, capabilities {caps:?}", store.kind());
    assert!(
        caps.multipart,
        "[{label}] every backend must support multipart"
    );

    // put, get, head, overwrite
    let data = Bytes::from(pattern(100_000, 1));
    let written = store.put("docs/a.bin", data.clone()).await.unwrap();
    assert_eq!(
        written,
        Written::of(&data),
        "[{label}] put reports what it wrote"
    );
    assert_eq!(
        store.get("docs/a.bin").await.unwrap(),
        data,
        "[{label}] get"
    );
    assert_eq!(
        store.head("docs/a.bin").await.unwrap(),
        Some(100_000),
        "[{label}] head"
    );
    assert_eq!(
        store.head("docs/missing").await.unwrap(),
        None,
        "[{label}] head missing"
    );
    let err = store.get("docs/missing").await.unwrap_err();
    assert!(
        err.is_not_found() && !err.is_transient(),
        "[{label}] get missing: {err}"
    );
    assert_eq!(
        err.key(),
        Some("docs/missing"),
        "[{label}] error carries the key"
    );
    let replacement = Bytes::from(pattern(5_000, 2));
    store.put("docs/a.bin", replacement.clone()).await.unwrap();
    assert_eq!(
        store.get("docs/a.bin").await.unwrap(),
        replacement,
        "[{label}] put overwrites"
    );

    // range
    store.put("docs/a.bin", data.clone()).await.unwrap();
    assert_eq!(
        store.get_range("docs/a.bin", 10..20).await.unwrap(),
        data.slice(10..20),
        "[{label}] range"
    );
    assert_eq!(
        store
            .get_range("docs/a.bin", 99_990..100_000)
            .await
            .unwrap(),
        data.slice(99_990..100_000),
        "[{label}] range at the end"
    );
    let err = store
        .get_range("docs/a.bin", 200_000..200_010)
        .await
        .unwrap_err();
    assert!(!err.is_transient(), "[{label}] range past the end: {err}");
    let err = store.get_range("docs/missing", 0..1).await.unwrap_err();
    assert!(err.is_not_found(), "[{label}] range of missing: {err}");

    // list with prefixes (whole segments), delete
    for key in ["list/a/1", "list/a/2", "list/b/1", "listx/1"] {
        store.put(key, Bytes::from(key.to_string())).await.unwrap();
    }
    assert_eq!(
        store.list("list/a").await.unwrap(),
        ["list/a/1", "list/a/2"],
        "[{label}] list list/a"
    );
    assert_eq!(
        store.list("list").await.unwrap(),
        ["list/a/1", "list/a/2", "list/b/1"],
        "[{label}] list is by whole segments"
    );
    assert_eq!(
        store.list("list/").await.unwrap(),
        ["list/a/1", "list/a/2", "list/b/1"],
        "[{label}] a trailing slash means the same"
    );
    assert!(
        store.list("nothing/here").await.unwrap().is_empty(),
        "[{label}] empty list"
    );
    let all = store.list("").await.unwrap();
    for key in ["docs/a.bin", "list/a/1", "listx/1"] {
        assert!(all.contains(&key.to_string()), "[{label}] {key} in {all:?}");
    }
    store.delete("list/a/1").await.unwrap();
    assert_eq!(
        store.head("list/a/1").await.unwrap(),
        None,
        "[{label}] deleted"
    );
    assert_eq!(
        store.list("list/a").await.unwrap(),
        ["list/a/2"],
        "[{label}] list after delete"
    );
    store.delete("list/a/1").await.unwrap(); // deleting again is fine

    // bad keys are refused the same way everywhere
    for bad in ["", "/abs", "a//b", "a/../b", "x#1"] {
        let err = store.put(bad, Bytes::new()).await.unwrap_err();
        assert!(
            matches!(err, StoreError::BadKey { .. }),
            "[{label}] {bad:?}: {err}"
        );
    }

    // multipart: 20 MiB and a bit, not a whole number of parts
    let big = pattern(20 * MIB + 12_345, 3);
    let t = Instant::now();
    let sent = store
        .put_multipart_from("big/object.bin", &big[..])
        .await
        .unwrap();
    let upload_time = t.elapsed();
    assert_eq!(
        sent,
        Written::of(&big),
        "[{label}] multipart reports what it sent"
    );
    assert_eq!(
        store.head("big/object.bin").await.unwrap(),
        Some(big.len() as u64),
        "[{label}] multipart size"
    );
    let back = store.get("big/object.bin").await.unwrap();
    assert!(back == big[..], "[{label}] multipart bytes differ");
    let boundary = store::MULTIPART_PART_SIZE as u64;
    assert_eq!(
        store
            .get_range("big/object.bin", boundary - 7..boundary + 7)
            .await
            .unwrap(),
        big[(boundary - 7) as usize..(boundary + 7) as usize],
        "[{label}] range across a part boundary"
    );
    store.verify("big/object.bin", &sent).await.unwrap();
    eprintln!("[{label}] 20 MiB multipart upload {upload_time:?}");
    let chunks: Vec<io::Result<Bytes>> = big
        .chunks(3 * MIB + 17)
        .map(|c| Ok(Bytes::copy_from_slice(c)))
        .collect();
    let sent = store
        .put_multipart_stream("big/from-stream.bin", futures::stream::iter(chunks))
        .await
        .unwrap();
    assert_eq!(sent, Written::of(&big), "[{label}] multipart stream");
    store.verify("big/from-stream.bin", &sent).await.unwrap();

    // create-only, the backend's own way
    let first = Bytes::from_static(b"first");
    let second = Bytes::from_static(b"second");
    store.put_create("create/k", first.clone()).await.unwrap();
    let err = store
        .put_create("create/k", second.clone())
        .await
        .unwrap_err();
    assert!(
        err.is_already_exists() && !err.is_transient(),
        "[{label}] second create-only put (honours_create_only = {}): {err}",
        caps.honours_create_only
    );
    assert_eq!(
        store.get("create/k").await.unwrap(),
        first,
        "[{label}] not overwritten"
    );
    // and the check-then-put path, as used where the backend ignores conditional writes
    let checked = store.clone().with_check_then_put();
    assert!(!checked.capabilities().honours_create_only);
    let err = checked
        .put_create("create/k", second.clone())
        .await
        .unwrap_err();
    assert!(
        err.is_already_exists(),
        "[{label}] check-then-put on existing: {err}"
    );
    checked
        .put_create("create/k2", first.clone())
        .await
        .unwrap();
    let err = checked
        .put_create("create/k2", second.clone())
        .await
        .unwrap_err();
    assert!(
        err.is_already_exists(),
        "[{label}] check-then-put twice: {err}"
    );
    assert_eq!(
        store.get("create/k2").await.unwrap(),
        first,
        "[{label}] not overwritten"
    );

    // verification after write
    let doc = Bytes::from(pattern(300_000, 4));
    let verified = store
        .put_verified("verified/doc", doc.clone())
        .await
        .unwrap();
    assert_eq!(verified, Written::of(&doc), "[{label}] put_verified");
    let err = store
        .verify("verified/doc", &Written::of(b"something else"))
        .await
        .unwrap_err();
    assert!(
        matches!(err, StoreError::VerifyMismatch { .. }),
        "[{label}] verify against other bytes: {err}"
    );
    let mut one_bit_off = Written::of(&doc);
    one_bit_off.sha256[31] ^= 1;
    let err = store
        .verify("verified/doc", &one_bit_off)
        .await
        .unwrap_err();
    assert!(
        matches!(err, StoreError::VerifyMismatch { .. }),
        "[{label}] {err}"
    );

    // interrupted uploads leave nothing visible, and do not disturb an object already there
    let original = Bytes::from_static(b"the original stays");
    store
        .put("interrupted/existing", original.clone())
        .await
        .unwrap();
    for key in ["interrupted/new", "interrupted/existing"] {
        let err = store
            .put_multipart_from(
                key,
                FailingReader {
                    data: pattern(12 * MIB, 5),
                    pos: 0,
                },
            )
            .await
            .unwrap_err();
        assert!(
            matches!(err, StoreError::Source { .. }) && !err.is_transient(),
            "[{label}] failing source: {err}"
        );
        let dropped = tokio::time::timeout(
            Duration::from_secs(1),
            store.put_multipart_from(
                key,
                StallingReader {
                    data: pattern(12 * MIB, 6),
                    pos: 0,
                },
            ),
        )
        .await;
        assert!(
            dropped.is_err(),
            "[{label}] the stalled upload should time out"
        );
    }
    tokio::time::sleep(Duration::from_millis(200)).await; // let any clean-up on drop run
    assert_eq!(
        store.head("interrupted/new").await.unwrap(),
        None,
        "[{label}] interrupted upload is invisible"
    );
    assert_eq!(
        store.get("interrupted/existing").await.unwrap(),
        original,
        "[{label}] interrupted overwrite left the old object"
    );
    assert_eq!(
        store.list("interrupted").await.unwrap(),
        ["interrupted/existing"],
        "[{label}] list after interrupted uploads"
    );

    // tags are an optional extra: accepted everywhere, kept only where caps say so
    store
        .put_with_tags("tagged/doc", doc.clone(), &[("retain-until", "2099-01-01")])
        .await
        .unwrap();
    assert_eq!(
        store.get("tagged/doc").await.unwrap(),
        doc,
        "[{label}] tagged put"
    );

    // clean up everything the suite wrote
    for key in store.list("").await.unwrap() {
        store.delete(&key).await.unwrap();
    }
    assert!(
        store.list("").await.unwrap().is_empty(),
        "[{label}] all deleted"
    );
    eprintln!("[{label}] conformance suite took {:?}", started.elapsed());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn local_folder_conforms() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("store");
    let store = store::open(folder.to_str().unwrap(), &StoreOptions::default())
        .await
        .unwrap();
    assert_eq!(store.kind(), BackendKind::File);
    assert!(
        !store.capabilities().keeps_tags,
        "LocalFileSystem drops tags"
    );
    conformance(store, "file").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn file_url_conforms() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("file://{}", dir.path().join("via-url").display());
    let store = store::open(&url, &StoreOptions::default()).await.unwrap();
    conformance(store, "file-url").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn memory_conforms() {
    let store = store::open("memory://", &StoreOptions::default())
        .await
        .unwrap();
    assert_eq!(store.kind(), BackendKind::Memory);
    assert!(!store.capabilities().keeps_tags, "InMemory drops tags");
    conformance(store, "memory").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn seaweedfs_conforms() {
    let weed = tokio::task::spawn_blocking(SeaweedFs::start).await.unwrap();
    eprintln!(
        "[seaweedfs] started in {:?}: weed {}",
        weed.last_start,
        weed.command_line().join(" ")
    );
    let store = store::open(&weed.s3_url("conformance"), &weed.settings().into())
        .await
        .unwrap_or_else(|e| panic!("open: {e}\n{}", weed.log_tail()));
    assert_eq!(store.kind(), BackendKind::S3);
    let caps = store.capabilities();
    assert!(
        caps.honours_create_only,
        "SeaweedFS honours create-only puts"
    );
    assert!(caps.keeps_tags, "SeaweedFS keeps tags");
    conformance(store, "seaweedfs").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn seaweedfs_prefixes_keep_stores_apart() {
    let weed = tokio::task::spawn_blocking(SeaweedFs::start).await.unwrap();
    let a = store::open(&weed.s3_url("tenant-a"), &weed.settings().into())
        .await
        .unwrap();
    let b = store::open(&weed.s3_url("tenant-b/nested"), &weed.settings().into())
        .await
        .unwrap();
    let root = store::open(&weed.s3_url(""), &weed.settings().into())
        .await
        .unwrap();
    assert_eq!(a.prefix(), "tenant-a");
    assert_eq!(root.prefix(), "");

    a.put("doc", Bytes::from_static(b"a")).await.unwrap();
    b.put("doc", Bytes::from_static(b"b")).await.unwrap();
    a.put("only-a/x", Bytes::from_static(b"ax")).await.unwrap();
    assert_eq!(a.get("doc").await.unwrap(), "a");
    assert_eq!(b.get("doc").await.unwrap(), "b");
    assert_eq!(a.list("").await.unwrap(), ["doc", "only-a/x"]);
    assert_eq!(b.list("").await.unwrap(), ["doc"]);
    assert_eq!(b.head("only-a/x").await.unwrap(), None);
    assert!(b.get("only-a/x").await.unwrap_err().is_not_found());
    // create-only is per prefix too
    b.put_create("only-a/x", Bytes::from_static(b"bx"))
        .await
        .unwrap();
    // the prefix is really where the objects are
    assert_eq!(
        root.list("").await.unwrap(),
        [
            "tenant-a/doc",
            "tenant-a/only-a/x",
            "tenant-b/nested/doc",
            "tenant-b/nested/only-a/x"
        ]
    );
    assert_eq!(root.get("tenant-b/nested/only-a/x").await.unwrap(), "bx");
    a.delete("doc").await.unwrap();
    assert_eq!(
        b.get("doc").await.unwrap(),
        "b",
        "deleting in a leaves b alone"
    );
    assert_eq!(a.list("").await.unwrap(), ["only-a/x"]);
}

/// Retries `op` while it fails transiently, as a caller would; gives up after `limit`.
async fn with_backoff<T, F, Fut>(limit: Duration, mut op: F) -> Result<T, StoreError>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<T, StoreError>>,
{
    let deadline = Instant::now() + limit;
    let mut delay = Duration::from_millis(100);
    loop {
        match op().await {
            Err(e) if e.is_transient() && Instant::now() < deadline => {
                eprintln!("[backoff] retrying after {delay:?}: {e}");
                tokio::time::sleep(delay).await;
                delay = (delay * 2).min(Duration::from_secs(2));
            }
            other => return other,
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn seaweedfs_outage_is_transient_and_recovers() {
    let mut weed = tokio::task::spawn_blocking(SeaweedFs::start).await.unwrap();
    let store = store::open(&weed.s3_url("outage"), &weed.settings().into())
        .await
        .unwrap();
    let before = Bytes::from(pattern(50_000, 7));
    store.put("before", before.clone()).await.unwrap();

    let weed_stopped = tokio::task::spawn_blocking(move || {
        weed.stop();
        weed
    });
    let mut weed = weed_stopped.await.unwrap();
    let t = Instant::now();
    let err = store
        .put("during", Bytes::from_static(b"x"))
        .await
        .unwrap_err();
    assert!(err.is_transient(), "put while down: {err}");
    assert_eq!(err.key(), Some("during"));
    eprintln!("[outage] put failed after {:?}: {err}", t.elapsed());
    let err = store.get("before").await.unwrap_err();
    assert!(
        err.is_transient() && !err.is_not_found(),
        "get while down: {err}"
    );
    let err = store.head("before").await.unwrap_err();
    assert!(err.is_transient(), "head while down: {err}");
    let err = store.list("").await.unwrap_err();
    assert!(err.is_transient(), "list while down: {err}");
    let err = store
        .put_multipart_from("during-big", &pattern(9 * MIB, 8)[..])
        .await
        .unwrap_err();
    assert!(err.is_transient(), "multipart while down: {err}");
    let err = store::open(&weed.s3_url("outage"), &weed.settings().into())
        .await
        .unwrap_err();
    assert!(err.is_transient(), "open while down: {err}");

    let weed_back = tokio::task::spawn_blocking(move || {
        weed.start_again();
        weed
    });
    let weed = weed_back.await.unwrap();
    eprintln!("[outage] restarted in {:?}", weed.last_start);
    let t = Instant::now();
    let got = with_backoff(Duration::from_secs(60), || store.get("before"))
        .await
        .unwrap_or_else(|e| panic!("get after restart: {e}\n{}", weed.log_tail()));
    eprintln!(
        "[outage] first get after restart succeeded after {:?}",
        t.elapsed()
    );
    assert_eq!(got, before, "data survived the restart");
    with_backoff(Duration::from_secs(30), || {
        store.put_verified("after", Bytes::from_static(b"after"))
    })
    .await
    .unwrap();
    assert_eq!(store.list("").await.unwrap(), ["after", "before"]);
}
