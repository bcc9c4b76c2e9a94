//! The sink's filing path against an in-memory store and catalog: what is a duplicate.

use std::sync::Arc;

use super::*;
use crate::document::{Arrival, CaseNumber, Folder, RetentionLabel};
use crate::seal::KeyRing;

struct Bench {
    sink: Sink,
    catalog: Catalog,
    _keys: tempfile::TempDir,
}

async fn bench() -> Bench {
    let keys = tempfile::tempdir().unwrap();
    let ring = KeyRing::create(keys.path().join("keys.toml")).unwrap();
    let store = store::open("memory://", &Default::default()).await.unwrap();
    Bench {
        sink: Sink::new(store, Arc::new(ring)),
        catalog: Catalog::in_memory().unwrap(),
        _keys: keys,
    }
}

/// One arrival of `bytes` (its PDF is the bytes themselves), decided for `case`.
fn decided(bytes: &[u8], case: &str, case_name: &str) -> Decided {
    let sha = hex::encode(Sha256::digest(bytes).as_slice());
    let arrival = Arrival {
        path: "inbox/scan.png".into(),
        original_name: "scan.png".into(),
        sha256: sha.clone(),
        size: bytes.len() as u64,
        received_at: chrono::Utc::now(),
        pipeline: "scanning-station".into(),
        hint: None,
        identity: None,
    };
    let number = CaseNumber(case.into());
    Decided {
        arrival: arrival.clone(),
        case_number: number.clone(),
        docs: vec![FiledDocument {
            arrival,
            source_name: "scan.png".into(),
            source_sha256: sha,
            kind: "scan".into(),
            attached_to: None,
            mail: None,
            notes: Vec::new(),
            case_number: number,
            case_name: case_name.into(),
            folder: Folder::RiskAndSafety,
            name: format!("{case_name} - {case} - Screening response.pdf"),
            routing_rule: "screening".into(),
            record_class: None,
            decided: None,
            retention: RetentionLabel {
                schedule: "cafcass-2020".into(),
                rule: "whole-record".into(),
                until: None,
                pending: Some("youngest_child_birth".into()),
                permanent: false,
            },
            pages: Vec::new(),
            text: "Screening response for the court".into(),
            pdf: bytes.to_vec().into(),
        }],
        links: Vec::new(),
    }
}

fn disposition(ack: Ack) -> Disposition {
    match ack {
        Ack::Done { disposition, .. } => disposition,
        Ack::RetryLater { why, .. } => panic!("left to retry: {why}"),
    }
}

/// Regression (issue 12 point 8): the same bytes sent for a second case were dropped as a
/// duplicate of the first case's document, so the second case never had it. SPEC: a duplicate
/// is the same hash for the same case.
#[tokio::test]
async fn the_same_bytes_for_a_second_case_are_filed_for_it_and_for_the_same_case_are_a_duplicate() {
    let b = bench().await;
    let bytes = b"%PDF-1.7 the same screening response, sent twice";
    let first = disposition(
        b.sink
            .file(&b.catalog, decided(bytes, "LS24P01234", "Hughes v Patel"))
            .await,
    );
    let Disposition::Stored { doc_id: a, .. } = first else {
        panic!("first copy: {first:?}")
    };
    let second = disposition(
        b.sink
            .file(&b.catalog, decided(bytes, "MK23C00456", "Evans v Evans"))
            .await,
    );
    let Disposition::Stored {
        doc_id: other,
        case_number,
        ..
    } = second
    else {
        panic!("the second case's copy was not filed for it: {second:?}")
    };
    assert_ne!(other, a, "its own object and row");
    assert_eq!(case_number.0, "MK23C00456");
    let again = disposition(
        b.sink
            .file(&b.catalog, decided(bytes, "LS24P01234", "Hughes v Patel"))
            .await,
    );
    assert!(
        matches!(&again, Disposition::Duplicate { of_doc_id } if *of_doc_id == a),
        "the same case's copy is a duplicate of its own document: {again:?}"
    );

    // Each case lists its own document, and each reads back.
    for (case, id) in [("LS24P01234", &a), ("MK23C00456", &other)] {
        let docs = b.catalog.documents(Some(case)).unwrap();
        assert_eq!(docs.len(), 1, "{case}: {docs:?}");
        assert_eq!(&docs[0].id, id);
        assert_eq!(b.sink.fetch(&docs[0]).await.unwrap(), bytes);
    }
    assert_eq!(b.sink.store().list("objects").await.unwrap().len(), 2);
}

/// A pending row (an attempt the store did not take) is resumed only by its own case: another
/// case's copy of the same bytes gets its own object id rather than taking over the row.
#[tokio::test]
async fn a_pending_row_is_resumed_by_its_own_case_only() {
    let b = bench().await;
    let bytes = b"%PDF-1.7 a position statement";
    let d = decided(bytes, "LS24P01234", "Hughes v Patel");
    let sha = d.docs[0].source_sha256.clone();
    // An attempt for the first case that died after its pending row was written.
    b.catalog
        .insert_pending(&NewDocument {
            id: "00112233445566778899aabbccddeeff",
            case_number: "LS24P01234",
            folder: "risk-and-safety",
            name: "Hughes v Patel - LS24P01234 - Screening response.pdf",
            original_name: "scan.png",
            sha256: &sha,
            pages: 0,
            legibility_json: "[]",
            routing_rule: "screening",
            retention_schedule: "cafcass-2020",
            retention_rule: "whole-record",
            retention_until: None,
            retention_pending: None,
            retention_permanent: false,
            object_key: &object_key("00112233445566778899aabbccddeeff"),
            received_at: chrono::Utc::now(),
            pipeline: "scanning-station",
        })
        .unwrap();
    let other = disposition(
        b.sink
            .file(&b.catalog, decided(bytes, "MK23C00456", "Evans v Evans"))
            .await,
    );
    let Disposition::Stored { doc_id, .. } = other else {
        panic!("{other:?}")
    };
    assert_ne!(doc_id, "00112233445566778899aabbccddeeff");
    let pending = b
        .catalog
        .document_by_sha_in_case(&sha, "LS24P01234")
        .unwrap()
        .unwrap();
    assert_eq!(
        (pending.status, pending.case_number.as_str()),
        (DocStatus::Pending, "LS24P01234"),
        "the first case's attempt is still its own"
    );
    // The first case's retry resumes its own row, under its own id.
    let resumed = disposition(b.sink.file(&b.catalog, d).await);
    assert!(
        matches!(&resumed, Disposition::Stored { doc_id, .. } if doc_id == "00112233445566778899aabbccddeeff"),
        "{resumed:?}"
    );
}

/// A document larger than one request's worth is sealed as it is sent (a streaming multipart
/// upload, issue 12) and verified by reading it back in ranges: it must be stored in the same
/// sealed format, at the length the format gives, and read back byte for byte; one just at
/// the limit still goes in one request.
#[tokio::test]
async fn a_large_document_is_sealed_as_it_is_sent_and_reads_back_whole() {
    let b = bench().await;
    for len in [SEAL_WHOLE_MAX, SEAL_WHOLE_MAX * 2 + 12_345] {
        let mut bytes = b"%PDF-1.7\n".to_vec();
        let mut x = len as u64 | 1;
        while bytes.len() < len {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            bytes.push(x as u8);
        }
        let filed = disposition(
            b.sink
                .file(&b.catalog, decided(&bytes, "LS24P01234", "Hughes v Patel"))
                .await,
        );
        let Disposition::Stored { doc_id, .. } = filed else {
            panic!("{len} bytes: {filed:?}")
        };
        let row = b
            .catalog
            .documents(Some("LS24P01234"))
            .unwrap()
            .into_iter()
            .find(|r| r.id == doc_id)
            .unwrap();
        assert_eq!(
            b.sink.store().head(&row.object_key).await.unwrap(),
            Some(seal::sealed_len(len as u64, seal::DEFAULT_SEGMENT_SIZE)),
            "{len} bytes"
        );
        assert!(b.sink.fetch(&row).await.unwrap() == bytes, "{len} bytes");
    }
}

/// Issue 12: a document read from disk (a mapped copy, larger than what is sealed whole) with
/// a text layer appended is sealed and stored a chunk at a time, and reads back as the
/// original followed by the tail, with the SHA-256 of those bytes recorded.
#[tokio::test]
async fn a_pdf_on_disk_with_an_appended_tail_is_stored_whole_and_reads_back() {
    let b = bench().await;
    let spool = tempfile::tempdir().unwrap();
    let original: Vec<u8> = (0..SEAL_WHOLE_MAX * 2 + 12_345)
        .map(|i| (i % 251) as u8)
        .collect();
    let (base, _) = crate::content::Content::read_hashed(
        &mut original.as_slice(),
        original.len() as u64,
        0,
        spool.path(),
    )
    .unwrap();
    assert!(base.is_mapped());
    let tail = b"\n9 0 obj\n<< /Type /XObject >>\nendobj\n".to_vec();
    let mut d = decided(
        b"%PDF-1.7 stands for the original",
        "LS24P01234",
        "Hughes v Patel",
    );
    d.docs[0].pdf = PdfBody::Appended {
        base,
        tail: Arc::new(tail.clone()),
    };
    let stored = disposition(b.sink.file(&b.catalog, d).await);
    let Disposition::Stored { doc_id, .. } = stored else {
        panic!("not stored: {stored:?}")
    };
    let row = b.catalog.documents(Some("LS24P01234")).unwrap().remove(0);
    assert_eq!(row.id, doc_id);
    let mut whole = original;
    whole.extend_from_slice(&tail);
    assert!(
        b.sink.fetch(&row).await.unwrap() == whole,
        "read back differs"
    );
    let (_, pdf_sha) = b.catalog.sealing(&doc_id).unwrap();
    assert_eq!(
        pdf_sha.unwrap(),
        hex::encode(Sha256::digest(&whole).as_slice())
    );
}

/// The workspace's viewer: a document streams back as stored, read in ranges and opened as
/// they come; a segment altered in the store or an object cut short ends the stream in an
/// error (after only authenticated chunks), never in a shorter document.
#[tokio::test]
async fn a_document_streams_back_as_stored_and_a_tampered_one_fails() {
    use futures::StreamExt;
    let b = bench().await;
    let len = seal::DEFAULT_SEGMENT_SIZE * 3 + 777;
    let mut bytes = b"%PDF-1.7\n".to_vec();
    let mut x = 0x9e37_79b9_u64;
    while bytes.len() < len {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        bytes.push(x as u8);
    }
    let filed = disposition(
        b.sink
            .file(&b.catalog, decided(&bytes, "LS24P01234", "Hughes v Patel"))
            .await,
    );
    let Disposition::Stored { doc_id, .. } = filed else {
        panic!("{filed:?}")
    };
    let row = b
        .catalog
        .documents(Some("LS24P01234"))
        .unwrap()
        .into_iter()
        .find(|r| r.id == doc_id)
        .unwrap();
    let collect = |step: u64| {
        let (sink, row) = (&b.sink, row.clone());
        async move {
            let mut s = Box::pin(sink.fetch_stream_in(&row, step).await.unwrap());
            let (mut got, mut chunks) = (Vec::new(), 0);
            while let Some(c) = s.next().await {
                match c {
                    Ok(c) => {
                        got.extend_from_slice(&c);
                        chunks += 1;
                    }
                    Err(e) => return Err((got, e)),
                }
            }
            Ok((got, chunks))
        }
    };
    // Ranges that split segments and headers anywhere, and one range for all.
    for step in [1000, 65_537, 1 << 30] {
        let (got, chunks) = collect(step).await.unwrap();
        assert!(got == bytes, "step {step}: not the document");
        assert!(step > 1 << 20 || chunks > 3, "step {step}: {chunks} chunks");
    }
    // One byte altered in the second segment: the first segment's plaintext at most, then an
    // error.
    let sealed = b.sink.store().get(&row.object_key).await.unwrap().to_vec();
    let mut bad = sealed.clone();
    let at = sealed.len() / 2;
    bad[at] ^= 1;
    b.sink
        .store()
        .put(&row.object_key, Bytes::from(bad))
        .await
        .unwrap();
    let (partial, e) = collect(4096).await.unwrap_err();
    assert!(matches!(e, SinkError::Corrupted { .. }), "{e}");
    assert!(partial.len() < bytes.len() && bytes.starts_with(&partial));
    // Cut short by a whole last segment: an error at the end, not a shorter PDF.
    let cut = sealed[..sealed.len() - 800].to_vec();
    b.sink
        .store()
        .put(&row.object_key, Bytes::from(cut))
        .await
        .unwrap();
    let (partial, e) = collect(4096).await.unwrap_err();
    assert!(matches!(e, SinkError::Corrupted { .. }), "{e}");
    assert!(partial.len() < bytes.len());
}
