//! The HTTP upload source end to end: the real binary listens on loopback and a real HTTP
//! client (reqwest) posts to it. A scan posted is filed and its outcome can be asked for; a
//! wrong token gets 401 and an over-size body 413, and neither leaves anything behind; a process
//! killed (SIGKILL) just after answering 202 loses nothing: the next run files the upload.

mod support;

use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use sha2::{Digest, Sha256};
use support::cli::{casevault, ok, repo, store_files};

const TOKEN: &str = "test-token-7f3a9c";
const MAX_BYTES: usize = 1_000_000;

struct Station {
    home: PathBuf,
    pipeline: PathBuf,
    base: String,
    child: Option<Child>,
}

impl Station {
    fn new(tmp: &Path) -> Station {
        let home = tmp.join("home");
        ok(
            &home,
            &[
                "import-cases",
                repo().join("test-data/cases.csv").to_str().unwrap(),
            ],
        );
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let hash = hex::encode(Sha256::digest(TOKEN.as_bytes()));
        let text = std::fs::read_to_string(repo().join("pipelines/scan-upload.toml"))
            .unwrap()
            .replace("127.0.0.1:8480", &format!("127.0.0.1:{port}"))
            .replace("token_sha256 = []", &format!("token_sha256 = [\"{hash}\"]"))
            .replace(
                "# max_bytes = 104857600",
                &format!("max_bytes = {MAX_BYTES}"),
            )
            .replace(
                "rules = \"routing.toml\"",
                &format!(
                    "rules = \"{}\"",
                    repo().join("pipelines/routing.toml").display()
                ),
            );
        assert!(text.contains(&hash) && text.contains("max_bytes = 1000000"));
        let pipeline = tmp.join("upload.toml");
        std::fs::write(&pipeline, text).unwrap();
        Station {
            home,
            pipeline,
            base: format!("http://127.0.0.1:{port}/v1/inbox"),
            child: None,
        }
    }

    /// Starts `casevault run` and waits until it answers.
    fn start(&mut self) {
        let child = casevault(&self.home)
            .args([
                "run",
                self.pipeline.to_str().unwrap(),
                "--json",
                "--show-names",
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        self.child = Some(child);
        let client = client();
        let started = Instant::now();
        loop {
            let probe = client
                .get(format!("{}/00000000000000000000000000000000", self.base))
                .bearer_auth(TOKEN)
                .send();
            if probe.is_ok_and(|r| r.status() == 404) {
                return;
            }
            if let Some(status) = self.child.as_mut().unwrap().try_wait().unwrap() {
                panic!("casevault run ended ({status}) before it listened");
            }
            assert!(
                started.elapsed() < Duration::from_secs(60),
                "the upload source never answered"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn kill(&mut self) {
        if let Some(mut c) = self.child.take() {
            c.kill().unwrap(); // SIGKILL: no clean shutdown
            c.wait().unwrap();
        }
    }

    fn post(&self, name: &str, body: Vec<u8>, token: &str) -> reqwest::blocking::Response {
        client()
            .post(format!("{}/scan-upload", self.base))
            .bearer_auth(token)
            .header("X-Filename", name.replace(' ', "%20"))
            .body(body)
            .send()
            .unwrap()
    }

    /// Asks for an upload's outcome until it is no longer waiting.
    fn outcome(&self, id: &str) -> serde_json::Value {
        let started = Instant::now();
        loop {
            let r = client()
                .get(format!("{}/{id}", self.base))
                .bearer_auth(TOKEN)
                .send()
                .unwrap();
            assert_eq!(r.status(), 200, "GET {id}");
            let v: serde_json::Value = serde_json::from_str(&r.text().unwrap()).unwrap();
            if v["status"] != "waiting" {
                return v;
            }
            assert!(
                started.elapsed() < Duration::from_secs(240),
                "upload {id} still waiting: {v}"
            );
            std::thread::sleep(Duration::from_millis(250));
        }
    }

    fn spool_entries(&self) -> Vec<PathBuf> {
        walkdir::WalkDir::new(self.home.join("spool/upload"))
            .min_depth(1)
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| {
                !e.path()
                    .starts_with(self.home.join("spool/upload/.outcomes"))
            })
            .filter(|e| e.file_name() != ".incoming" && e.file_name() != ".outcomes")
            .map(|e| e.into_path())
            .collect()
    }

    fn stored(&self) -> Vec<PathBuf> {
        let store = self.home.join("store");
        if store.exists() {
            store_files(&store)
        } else {
            Vec::new()
        }
    }
}

impl Drop for Station {
    fn drop(&mut self) {
        self.kill();
    }
}

fn client() -> reqwest::blocking::Client {
    reqwest::blocking::Client::builder()
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap()
}

fn id_of(r: reqwest::blocking::Response) -> String {
    assert_eq!(r.status(), 202, "upload not accepted");
    let location = r.headers()["location"].to_str().unwrap().to_string();
    let v: serde_json::Value = serde_json::from_str(&r.text().unwrap()).unwrap();
    let id = v["id"].as_str().unwrap().to_string();
    assert_eq!(location, format!("/v1/inbox/{id}"));
    id
}

#[test]
fn uploads_are_filed_refused_or_kept_across_a_kill() {
    let tmp = tempfile::tempdir().unwrap();
    let mut station = Station::new(tmp.path());
    station.start();
    // The case list is mirrored to the store by import-cases: only documents count below.
    let before = station.stored().len();

    let name = "Hughes v Patel - LS24P01234 - Position statement.png";
    let scan = std::fs::read(repo().join("test-data/scans").join(name)).unwrap();

    // A wrong token, and none: 401, nothing kept.
    let r = station.post(name, scan.clone(), "not-the-token");
    assert_eq!(r.status(), 401);
    assert_eq!(r.headers()["www-authenticate"], "Bearer");
    let r = client()
        .post(format!("{}/scan-upload", station.base))
        .header("X-Filename", "x.png")
        .body(scan.clone())
        .send()
        .unwrap();
    assert_eq!(r.status(), 401);
    // Asking after an upload needs the token too.
    let r = client()
        .get(format!("{}/00000000000000000000000000000000", station.base))
        .send()
        .unwrap();
    assert_eq!(r.status(), 401);

    // Over the size limit: refused by its declared length, and (sent chunked, with no length)
    // as it streams in.
    let big = vec![0x42u8; MAX_BYTES + 1];
    let r = station.post("big.pdf", big.clone(), TOKEN);
    assert_eq!(r.status(), 413);
    let r = client()
        .post(format!("{}/scan-upload", station.base))
        .bearer_auth(TOKEN)
        .header("X-Filename", "big.pdf")
        .body(reqwest::blocking::Body::new(std::io::Cursor::new(big)))
        .send()
        .unwrap();
    assert_eq!(r.status(), 413);
    // A name that is a path is refused.
    let r = station.post("../escape.png", scan.clone(), TOKEN);
    assert_eq!(r.status(), 400);
    std::thread::sleep(Duration::from_millis(500));
    assert!(
        station.spool_entries().is_empty(),
        "refused uploads left {:?}",
        station.spool_entries()
    );
    assert_eq!(
        station.stored().len(),
        before,
        "a refused upload was stored"
    );

    // A scan posted is filed, under its conventional name.
    let id = id_of(station.post(name, scan, TOKEN));
    let v = station.outcome(&id);
    assert_eq!(v["status"], "filed", "{v}");
    assert_eq!(v["id"], id.as_str());
    assert_eq!(
        v["name"], "Hughes v Patel - LS24P01234 - Position statement.pdf",
        "{v}"
    );
    assert!(!v["folder"].as_str().unwrap().is_empty(), "{v}");
    assert!(station.stored().len() > before);
    assert!(!station.home.join("spool/upload").join(&id).exists());

    // Killed at once after the 202: the upload is in the spool, and the next run files it.
    let court_order = std::fs::read(repo().join("test-data/scans/scan_0001.jpg")).unwrap();
    let id2 = id_of(station.post("scan_0001.jpg", court_order, TOKEN));
    station.kill();
    assert!(
        station
            .home
            .join("spool/upload")
            .join(&id2)
            .join("scan_0001.jpg")
            .is_file(),
        "the acknowledged upload is not in the spool"
    );
    station.start();
    let v = station.outcome(&id2);
    assert_eq!(v["status"], "filed", "{v}");
    assert!(v["name"].as_str().unwrap().contains("LS24P01234"), "{v}");

    // Each filed once; nothing quarantined; the store holds ciphertext only.
    let listed = ok(&station.home, &["ls", "--json"]);
    let docs = support::cli::json_lines(&listed);
    assert_eq!(docs.len(), 2, "{listed}");
    let quarantine = station.home.join("quarantine");
    assert!(
        !quarantine.exists() || store_files(&quarantine).is_empty(),
        "something was quarantined"
    );
    support::cli::assert_no_plaintext(
        &station.home.join("store"),
        &[
            "Hughes v Patel".to_string(),
            "Position statement".to_string(),
        ],
    );
    station.kill();
}

#[test]
fn the_shipped_pipeline_without_a_token_refuses_to_listen() {
    let tmp = tempfile::tempdir().unwrap();
    let out = casevault(&tmp.path().join("home"))
        .args(["run", "scan-upload"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no bearer token is configured"), "{err}");
    assert!(err.contains("token_sha256"), "{err}");
}
