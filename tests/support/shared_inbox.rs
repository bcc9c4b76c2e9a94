//! The shared inbox of the several-workers test and bench: files to put in it (born-digital PDFs
//! and e-mails, so that what is measured is coordination, not OCR), and the pipeline that reads
//! it.
#![allow(dead_code)]

use std::path::Path;

use super::seaweedfs::SeaweedFs;

fn repo() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

const BORN_DIGITAL: [&str; 2] = [
    "Smith v Brown - BM25P00012 - Witness statement.pdf",
    "Hughes v Patel - LS24P01234 - Letter to parties.pdf",
];

/// `pdfs` copies of each of two born-digital PDFs, each made different by a comment after its
/// end (a PDF reader ignores it; its SHA-256 is its own), and `mails` police e-mails, each its
/// own message. Keys are spread over sub-prefixes, as several scanning stations write them.
pub fn inbox_files(pdfs: usize, mails: usize) -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    for name in BORN_DIGITAL {
        let pdf = std::fs::read(repo().join("test-data/formats/pdf").join(name)).unwrap();
        let stem = name.trim_end_matches(".pdf");
        for n in 1..=pdfs {
            let mut bytes = pdf.clone();
            bytes.extend_from_slice(format!("\n% casevault several-workers copy {n}\n").as_bytes());
            files.push((format!("station-{}/{stem} {n}.pdf", n % 3), bytes));
        }
    }
    for n in 1..=mails {
        let mail = format!(
            "From: PNC Disclosure Unit <disclosure@thamesvalley.police.uk>\r\n\
             To: intake@cafcass.example\r\n\
             Subject: PNC disclosure MK23C00456 request {n}\r\n\
             Date: Thu, 20 Mar 2025 10:{:02}:00 +0000\r\n\
             Message-ID: <pnc-{n}@thamesvalley.police.uk>\r\n\
             Content-Type: text/plain; charset=utf-8\r\n\r\n\
             Police national computer disclosure for case MK23C00456, request number {n}.\r\n\
             Officer reference TV{:05}. Checks made on {} March 2025 against the adults named.\r\n\
             Result for request {n}: no trace of convictions, cautions or reprimands.\r\n",
            n % 60,
            n * 37,
            1 + n % 28
        );
        files.push((format!("mail/pnc-{n:03}.eml"), mail.into_bytes()));
    }
    files
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    hex::encode(Sha256::digest(bytes))
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

/// Puts the files under `prefix` of the server's bucket.
pub fn upload(weed: &SeaweedFs, prefix: &str, files: &[(String, Vec<u8>)]) {
    runtime().block_on(async {
        let store = casevault::store::open(&weed.s3_url(prefix), &weed.settings().into())
            .await
            .unwrap();
        for (key, bytes) in files {
            store
                .put(key, bytes::Bytes::from(bytes.clone()))
                .await
                .unwrap();
        }
        assert_eq!(store.list("").await.unwrap().len(), files.len());
    });
}

/// How many objects are left under `prefix`.
pub fn inbox_left(weed: &SeaweedFs, prefix: &str) -> usize {
    runtime().block_on(async {
        let store = casevault::store::open(&weed.s3_url(prefix), &weed.settings().into())
            .await
            .unwrap();
        store.list("").await.unwrap().len()
    })
}

/// A pipeline that files from the shared inbox at `url`, with a short lease (seconds).
pub fn pipeline_file(path: &Path, url: &str, lease_s: u64) {
    std::fs::write(
        path,
        format!(
            "name = \"shared-inbox\"\n\n[source]\nkind = \"s3-inbox\"\nurl = \"{url}\"\n\
             lease_s = {lease_s}\npoll_interval_ms = 300\n\n[ocr]\nlanguages = \"eng\"\n\n\
             [route]\nrules = \"{}\"\n\n[retention]\nschedule = \"cafcass-2020\"\n",
            repo().join("pipelines/routing.toml").display()
        ),
    )
    .unwrap();
}
