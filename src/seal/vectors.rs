//! Golden-vector tests: the Rust code against bytes made by an independent implementation.
//!
//! `test-data/sealed/` holds sealed objects, damaged copies and a key envelope produced by
//! `gen_vectors.py` (Python `cryptography`, written from `docs/sealed-format.md`). Re-sealing
//! the same inputs here must give the same bytes, opening them must give the plaintexts, and
//! each damaged copy must fail with the error its manifest names. A format change that breaks
//! these breaks every object already in the store.

use super::envelope::{unwrap_with, wrap_with};
use super::*;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/test-data/sealed/");

fn manifest() -> serde_json::Value {
    let text = std::fs::read_to_string(format!("{DIR}vectors.json")).expect("vectors.json");
    serde_json::from_str(&text).expect("vectors.json parses")
}

fn file(name: &serde_json::Value) -> Vec<u8> {
    let name = name.as_str().expect("file name");
    std::fs::read(format!("{DIR}{name}")).expect("vector file")
}

fn hex_field<const N: usize>(v: &serde_json::Value) -> [u8; N] {
    let mut out = [0u8; N];
    hex::decode_to_slice(v.as_str().expect("hex string"), &mut out).expect("hex of right length");
    out
}

fn kind(err: &SealError) -> &'static str {
    match err {
        SealError::Truncated { .. } => "Truncated",
        SealError::OutOfOrder { .. } => "OutOfOrder",
        SealError::SegmentRejected { .. } => "SegmentRejected",
        SealError::HeaderRejected { .. } => "HeaderRejected",
        _ => "other",
    }
}

#[test]
fn resealing_gives_the_golden_bytes_and_they_open() {
    let m = manifest();
    let dek = DataKey::from_bytes(hex_field(&m["dek"]));
    let id: ObjectId = hex_field(&m["object_id"]);
    let prefix = hex_field(&m["nonce_prefix"]);
    let s = m["segment_size"].as_u64().unwrap() as usize;
    let cases = m["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 3);
    for case in cases {
        let name = case["name"].as_str().unwrap();
        let plain = hex::decode(case["plaintext"].as_str().unwrap()).unwrap();
        let golden = file(&case["file"]);

        let (mut sealer, header) = Sealer::with_nonce_prefix(&dek, &id, s, prefix).unwrap();
        let mut sealed = header.to_vec();
        sealer.push(&plain, &mut sealed).unwrap();
        sealer.finish(&mut sealed).unwrap();
        assert_eq!(
            hex::encode(&sealed),
            hex::encode(&golden),
            "{name}: bytes differ"
        );
        assert_eq!(
            golden.len() as u64,
            sealed_len(plain.len() as u64, s),
            "{name}"
        );
        assert_eq!(open_bytes(&dek, &id, &golden).unwrap(), plain, "{name}");
    }
}

#[test]
fn damaged_vectors_fail_with_the_named_error() {
    let m = manifest();
    let dek = DataKey::from_bytes(hex_field(&m["dek"]));
    let id: ObjectId = hex_field(&m["object_id"]);
    let damaged = m["damaged"].as_array().unwrap();
    assert!(damaged.len() >= 5);
    for case in damaged {
        let name = case["name"].as_str().unwrap();
        let err = open_bytes(&dek, &id, &file(&case["file"])).expect_err(name);
        assert_eq!(kind(&err), case["error"].as_str().unwrap(), "{name}: {err}");
    }
}

#[test]
fn envelope_vector_wraps_and_unwraps_to_the_content_key() {
    let m = manifest();
    let e = &m["envelope"];
    let kek: [u8; 32] = hex_field(&e["kek"]);
    let id: ObjectId = hex_field(&e["object_id"]);
    let key_id = KeyId::new(e["key_id"].as_str().unwrap()).unwrap();
    let dek = DataKey::from_bytes(hex_field(&e["dek"]));
    let golden = file(&e["file"]);

    let env = wrap_with(&kek, &key_id, &id, &dek, hex_field(&e["nonce"])).unwrap();
    assert_eq!(hex::encode(env.to_bytes()), hex::encode(&golden));

    let parsed = KeyEnvelope::from_bytes(&golden).unwrap();
    assert_eq!(parsed.key_id(), &key_id);
    let unwrapped = unwrap_with(&kek, &id, &parsed).unwrap();
    // The unwrapped key opens the content vectors: KEK -> envelope -> DEK -> document.
    let content = &m["cases"][2];
    let plain = hex::decode(content["plaintext"].as_str().unwrap()).unwrap();
    assert_eq!(
        open_bytes(&unwrapped, &id, &file(&content["file"])).unwrap(),
        plain
    );
    let mut other_id = id;
    other_id[0] ^= 1;
    assert!(unwrap_with(&kek, &other_id, &parsed).is_err());
}
