//! Throughput of sealed storage end to end (seal + wrap + store, and fetch + unwrap + open) to the
//! local file store and to S3 (a real SeaweedFS started here), each beside raw AES-256-GCM on the
//! same bytes, so the cost of the format and of the store shows as a ratio; and peak memory.
//!
//! The default run files 16 objects of 4 MiB per store, done the way the sink does it (a fresh data
//! key, `seal_bytes`, envelope to `keys/<id>`, object to `objects/<id>`; back: both fetched,
//! unwrapped, opened), and prints MB/s of plaintext and the peak RSS (VmHWM) of the process.
//!
//! Then it checks that memory stays constant however large a document is (about 10 s; skip it
//! with `CASEVAULT_BENCH_BIG=0`; it writes 2 GiB to the temporary folder): a 2 GiB generated input is sealed and opened through `seal_stream`/`open_stream`
//! (never held whole), then sealed straight into the file store with a streaming multipart upload
//! and read back in 8 MiB ranges through an `Opener`, every output byte checked against the input
//! pattern. That part runs in a child process so its VmHWM is its own, and must stay under
//! 100 MiB. `weed` (SeaweedFS) must be on PATH: the bench fails loudly without it.
//!
//! Run: `cargo bench --bench store` (about 25 s on 2 cores).

#[path = "../tests/support/seaweedfs.rs"]
mod seaweedfs;

use std::io::{Read, Write};
use std::time::{Duration, Instant};

use aes_gcm::aead::{AeadInOut, KeyInit};
use aes_gcm::Aes256Gcm;
use bytes::Bytes;
use casevault::seal::{
    self, DataKey, KeyEnvelope, KeyRing, KeyWrapper, Opener, Sealer, DEFAULT_SEGMENT_SIZE,
};
use casevault::store::{self, Store, StoreOptions};

const OBJECT: usize = 4 << 20;
const OBJECTS: usize = 16;
const BIG: u64 = 2 << 30;
const RSS_LIMIT_MIB: f64 = 100.0;
const CHILD_ENV: &str = "CASEVAULT_BENCH_CHILD";

fn main() {
    if std::env::var_os(CHILD_ENV).is_some() {
        big_child();
        return;
    }
    // `cargo bench` passes `--bench`; anything else (e.g. `cargo test --benches`) does nothing.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("tokio runtime");
    let dir = tempfile::tempdir().expect("temp dir");
    let ring = KeyRing::create(dir.path().join("keys.json")).expect("key ring");
    let plain = pattern(OBJECT, 0);
    let total_mb = (OBJECT * OBJECTS) as f64 / 1e6;

    let raw = raw_gcm_mbps(&plain, OBJECTS);
    println!("raw AES-256-GCM (64 KiB chunks): {raw:.0} MB/s");

    let file_store = rt
        .block_on(store::open(
            dir.path().join("store").to_str().expect("utf-8 path"),
            &StoreOptions::default(),
        ))
        .expect("file store");
    report("file store", &rt, &file_store, &ring, &plain, raw, total_mb);

    let weed = seaweedfs::SeaweedFs::start();
    println!(
        "(SeaweedFS started in {:.1} s)",
        weed.last_start.as_secs_f64()
    );
    let s3 = rt
        .block_on(store::open(&weed.s3_url("bench"), &weed.settings().into()))
        .expect("S3 store");
    report("SeaweedFS S3", &rt, &s3, &ring, &plain, raw, total_mb);
    drop(weed);

    println!(
        "peak RSS (VmHWM) of this process: {:.1} MiB",
        vm_hwm_mib().unwrap_or(f64::NAN)
    );

    if std::env::var_os("CASEVAULT_BENCH_BIG").is_none_or(|v| v != "0") {
        let exe = std::env::current_exe().expect("own path");
        let status = std::process::Command::new(exe)
            .env(CHILD_ENV, dir.path())
            .status()
            .expect("run the constant-memory child");
        assert!(status.success(), "the constant-memory check failed");
    } else {
        println!("(2 GiB constant-memory check skipped: CASEVAULT_BENCH_BIG=0)");
    }
}

fn report(
    name: &str,
    rt: &tokio::runtime::Runtime,
    store: &Store,
    ring: &KeyRing,
    plain: &[u8],
    raw: f64,
    total_mb: f64,
) {
    let (put, get) = rt.block_on(round_trip(store, ring, plain));
    let (put_mbps, get_mbps) = (total_mb / put.as_secs_f64(), total_mb / get.as_secs_f64());
    println!(
        "{name}: seal+store {put_mbps:.0} MB/s ({:.2} of raw GCM), fetch+open {get_mbps:.0} MB/s ({:.2} of raw GCM), {OBJECTS} x {} MiB",
        put_mbps / raw,
        get_mbps / raw,
        OBJECT >> 20
    );
}

/// Files every object (seal, wrap, store envelope and object), then reads every one back (fetch
/// envelope and object, unwrap, open, compare). Returns the two wall times.
async fn round_trip(store: &Store, ring: &KeyRing, plain: &[u8]) -> (Duration, Duration) {
    let ids: Vec<_> = (0..OBJECTS)
        .map(|_| seal::random_object_id().expect("id"))
        .collect();
    let t = Instant::now();
    for oid in &ids {
        let id = hex::encode(oid);
        let dek = DataKey::generate().expect("dek");
        let sealed = seal::seal_bytes(&dek, oid, plain).expect("seal");
        let env = ring.wrap(oid, &dek).expect("wrap");
        store
            .put(&format!("keys/{id}"), Bytes::from(env.to_bytes()))
            .await
            .expect("put envelope");
        store
            .put(&format!("objects/{id}"), Bytes::from(sealed))
            .await
            .expect("put object");
    }
    let put = t.elapsed();
    let t = Instant::now();
    for oid in &ids {
        let id = hex::encode(oid);
        let env = store
            .get(&format!("keys/{id}"))
            .await
            .expect("get envelope");
        let env = KeyEnvelope::from_bytes(&env).expect("envelope");
        let sealed = store
            .get(&format!("objects/{id}"))
            .await
            .expect("get object");
        let dek = ring.unwrap(oid, &env).expect("unwrap");
        let opened = seal::open_bytes(&dek, oid, &sealed).expect("open");
        assert!(opened == plain, "object {id} did not round-trip");
    }
    (put, t.elapsed())
}

fn raw_gcm_mbps(plain: &[u8], rounds: usize) -> f64 {
    let cipher = Aes256Gcm::new(&[7u8; 32].into());
    let mut buf = plain.to_vec();
    let t = Instant::now();
    let mut sink = 0u8;
    for r in 0..rounds {
        for (i, chunk) in buf.chunks_mut(DEFAULT_SEGMENT_SIZE).enumerate() {
            let mut nonce = [0u8; 12];
            nonce[..4].copy_from_slice(&(r as u32).to_be_bytes());
            nonce[4..12].copy_from_slice(&(i as u64).to_be_bytes());
            let tag = cipher
                .encrypt_inout_detached(&nonce.into(), b"", chunk.into())
                .expect("raw encrypt");
            sink ^= tag[0];
        }
    }
    std::hint::black_box(sink);
    (plain.len() * rounds) as f64 / 1e6 / t.elapsed().as_secs_f64()
}

/// Peak resident set size of this process so far, MiB.
fn vm_hwm_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

/// Byte `i` of every generated input is `(7 i + 3) mod 256`.
fn pattern(len: usize, offset: u64) -> Vec<u8> {
    (0..len as u64)
        .map(|i| ((offset + i).wrapping_mul(7).wrapping_add(3)) as u8)
        .collect()
}

/// A generated input of `left` bytes, never held whole.
struct Generated {
    left: u64,
    pos: u64,
    table: Vec<u8>,
}

impl Generated {
    fn new(len: u64) -> Self {
        Generated {
            left: len,
            pos: 0,
            table: pattern(256 + (1 << 20), 0),
        }
    }
}

impl Read for Generated {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = buf.len().min(1 << 20).min(self.left as usize);
        let start = (self.pos % 256) as usize;
        buf[..n].copy_from_slice(&self.table[start..start + n]);
        self.left -= n as u64;
        self.pos += n as u64;
        Ok(n)
    }
}

/// Counts what it is given and checks every byte against the generated pattern.
struct Checking {
    pos: u64,
    table: Vec<u8>,
}

impl Checking {
    fn new() -> Self {
        Checking {
            pos: 0,
            table: pattern(256 + (1 << 20), 0),
        }
    }
}

impl Write for Checking {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        for chunk in buf.chunks(1 << 20) {
            let start = (self.pos % 256) as usize;
            assert!(
                chunk == &self.table[start..start + chunk.len()],
                "opened bytes differ from the input near offset {}",
                self.pos
            );
            self.pos += chunk.len() as u64;
        }
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Seals a generated input as it is read: a sealed object as a `Read`, in constant memory.
struct SealingReader {
    input: Generated,
    sealer: Option<Sealer>,
    out: Vec<u8>,
    at: usize,
    buf: Vec<u8>,
}

impl SealingReader {
    fn new(dek: &DataKey, oid: &[u8; 16], len: u64) -> Self {
        let (sealer, header) = Sealer::new(dek, oid, DEFAULT_SEGMENT_SIZE).expect("sealer");
        SealingReader {
            input: Generated::new(len),
            sealer: Some(sealer),
            out: header.to_vec(),
            at: 0,
            buf: vec![0u8; DEFAULT_SEGMENT_SIZE],
        }
    }
}

impl Read for SealingReader {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        while self.at == self.out.len() {
            self.out.clear();
            self.at = 0;
            let Some(sealer) = self.sealer.as_mut() else {
                return Ok(0);
            };
            let n = self.input.read(&mut self.buf)?;
            if n == 0 {
                let sealer = self.sealer.take().expect("sealer");
                sealer
                    .finish(&mut self.out)
                    .map_err(std::io::Error::other)?;
            } else {
                sealer
                    .push(&self.buf[..n], &mut self.out)
                    .map_err(std::io::Error::other)?;
            }
        }
        let n = buf.len().min(self.out.len() - self.at);
        buf[..n].copy_from_slice(&self.out[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

/// Counts bytes written and drops them.
struct Counting(u64);

impl Write for Counting {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0 += buf.len() as u64;
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Hands what is written to an async consumer in 1 MiB chunks over a bounded channel.
struct ChannelWriter {
    tx: tokio::sync::mpsc::Sender<std::io::Result<Bytes>>,
    buf: Vec<u8>,
}

impl Write for ChannelWriter {
    fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
        self.buf.extend_from_slice(data);
        if self.buf.len() >= 1 << 20 {
            self.flush()?;
        }
        Ok(data.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        if !self.buf.is_empty() {
            let chunk = Bytes::from(std::mem::take(&mut self.buf));
            self.tx
                .blocking_send(Ok(chunk))
                .map_err(|_| std::io::Error::other("upload ended early"))?;
        }
        Ok(())
    }
}

fn mbps(bytes: u64, d: Duration) -> f64 {
    bytes as f64 / 1e6 / d.as_secs_f64()
}

/// The 2 GiB constant-memory check (in its own process, so VmHWM is its own).
fn big_child() {
    let dir = std::path::PathBuf::from(std::env::var_os(CHILD_ENV).expect("child dir"));
    let gib = BIG as f64 / (1u64 << 30) as f64;
    let dek = DataKey::generate().expect("dek");
    let oid = seal::random_object_id().expect("id");

    // 1. seal_stream from a generated reader to a counting writer.
    let t = Instant::now();
    let mut counted = Counting(0);
    let n = seal::seal_stream(
        &dek,
        &oid,
        DEFAULT_SEGMENT_SIZE,
        Generated::new(BIG),
        &mut counted,
    )
    .expect("seal_stream");
    assert_eq!(n, BIG);
    assert_eq!(counted.0, seal::sealed_len(BIG, DEFAULT_SEGMENT_SIZE));
    let d = t.elapsed();
    println!(
        "{gib} GiB seal_stream -> counting writer: {:.0} MB/s, VmHWM {:.1} MiB",
        mbps(BIG, d),
        vm_hwm_mib().unwrap_or(f64::NAN)
    );

    // 2. open_stream of a sealed stream made on the fly, every byte checked.
    let t = Instant::now();
    let mut check = Checking::new();
    let n = seal::open_stream(&dek, &oid, SealingReader::new(&dek, &oid, BIG), &mut check)
        .expect("open_stream");
    assert_eq!((n, check.pos), (BIG, BIG));
    println!(
        "{gib} GiB seal+open_stream (checked): {:.0} MB/s, VmHWM {:.1} MiB",
        mbps(BIG, t.elapsed()),
        vm_hwm_mib().unwrap_or(f64::NAN)
    );

    // 3. Into the file store by streaming multipart upload, then back by ranges.
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("tokio runtime");
    let store = rt
        .block_on(store::open(
            dir.join("big-store").to_str().expect("utf-8"),
            &StoreOptions::default(),
        ))
        .expect("file store");
    let key = format!("objects/{}", hex::encode(oid));
    let t = Instant::now();
    let written = rt.block_on(async {
        let (tx, rx) = tokio::sync::mpsc::channel::<std::io::Result<Bytes>>(4);
        let dek2 = DataKey::from_bytes([0x5a; 32]);
        let sealing = tokio::task::spawn_blocking(move || {
            let mut w = ChannelWriter {
                tx,
                buf: Vec::with_capacity(1 << 20),
            };
            seal::seal_stream(
                &dek2,
                &oid,
                DEFAULT_SEGMENT_SIZE,
                Generated::new(BIG),
                &mut w,
            )
        });
        let stream = Box::pin(futures::stream::unfold(rx, |mut rx| async move {
            rx.recv().await.map(|item| (item, rx))
        }));
        let written = store
            .put_multipart_stream(&key, stream)
            .await
            .expect("multipart upload");
        sealing.await.expect("sealing task").expect("seal_stream");
        written
    });
    assert_eq!(written.size, seal::sealed_len(BIG, DEFAULT_SEGMENT_SIZE));
    println!(
        "{gib} GiB seal_stream -> file store (streaming multipart): {:.0} MB/s, VmHWM {:.1} MiB",
        mbps(BIG, t.elapsed()),
        vm_hwm_mib().unwrap_or(f64::NAN)
    );

    let t = Instant::now();
    let opened = rt.block_on(async {
        let dek2 = DataKey::from_bytes([0x5a; 32]);
        let mut opener = Opener::new(&dek2, &oid);
        let mut check = Checking::new();
        let mut out = Vec::new();
        let size = written.size;
        let step = 8u64 << 20;
        let mut at = 0;
        while at < size {
            let end = (at + step).min(size);
            let part = store.get_range(&key, at..end).await.expect("get range");
            opener.push(&part, &mut out).expect("open");
            check.write_all(&out).expect("check");
            out.clear();
            at = end;
        }
        opener.finish(&mut out).expect("open finish");
        check.write_all(&out).expect("check");
        check.pos
    });
    assert_eq!(opened, BIG);
    let hwm = vm_hwm_mib().unwrap_or(f64::NAN);
    println!(
        "{gib} GiB file store -> ranged reads -> Opener (checked): {:.0} MB/s, VmHWM {hwm:.1} MiB",
        mbps(BIG, t.elapsed()),
    );
    println!("constant memory: peak RSS {hwm:.1} MiB for a {gib} GiB document (limit {RSS_LIMIT_MIB} MiB)");
    assert!(
        hwm < RSS_LIMIT_MIB,
        "peak RSS {hwm:.1} MiB exceeds {RSS_LIMIT_MIB} MiB"
    );
}
