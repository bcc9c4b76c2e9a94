//! Key envelopes: a document's data key wrapped by a key-encryption key, kept apart from content.
//!
//! A [`KeyEnvelope`] is a small binary record (object id, key id, nonce, wrapped data key) that
//! the store keeps as its own object and the catalog keeps too. It is deliberately *not* inside
//! the sealed content object: destroying a document destroys its envelopes, after which even a
//! stale copy of the content cannot be opened (crypto-shredding), and rotating keys rewrites only
//! envelopes, never content. The wrapping is AES-256-GCM under the KEK with associated data
//! `"casevault-dek" || object id || key id`, so an envelope cannot be moved to another object or
//! relabelled with another key id. [`KeyWrapper`] is the seam for key sources: the local
//! [`super::KeyRing`] implements it, a cloud KMS can later.

use aes_gcm::aead::{AeadInOut, KeyInit};
use aes_gcm::Aes256Gcm;
use zeroize::Zeroize;

use super::{DataKey, ObjectId, SealError};

/// Magic bytes of a key envelope.
pub const ENVELOPE_MAGIC: [u8; 4] = *b"CVKE";
/// Envelope format version written by this build.
pub const ENVELOPE_VERSION: u8 = 1;
/// Domain-separation prefix of the wrapping's associated data.
const AAD_PREFIX: &[u8] = b"casevault-dek";
/// Longest key id (its length is one byte in the envelope).
pub const MAX_KEY_ID_LEN: usize = 128;
/// Wrapped data key: 32 bytes of ciphertext and a 16-byte tag.
const WRAPPED_LEN: usize = 48;
const NONCE_LEN: usize = 12;

/// The id of a key-encryption key: 1 to 128 characters from `A-Z a-z 0-9 . _ - : /`.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct KeyId(String);

impl KeyId {
    /// Checks and wraps a key id.
    ///
    /// # Errors
    /// [`SealError::BadKeyId`] if it is empty, too long or has other characters.
    pub fn new(id: impl Into<String>) -> Result<KeyId, SealError> {
        let id = id.into();
        let ok = !id.is_empty()
            && id.len() <= MAX_KEY_ID_LEN
            && id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"._-:/".contains(&b));
        if ok {
            Ok(KeyId(id))
        } else {
            Err(SealError::BadKeyId(id))
        }
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for KeyId {
    type Error = SealError;
    fn try_from(id: String) -> Result<KeyId, SealError> {
        KeyId::new(id)
    }
}

impl From<KeyId> for String {
    fn from(id: KeyId) -> String {
        id.0
    }
}

impl std::fmt::Display for KeyId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::fmt::Debug for KeyId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "KeyId({})", self.0)
    }
}

/// A data key wrapped for one object under one key-encryption key.
///
/// Binary layout (version 1, all lengths in bytes):
/// `"CVKE"(4) || version(1) || object id(16) || key id length L(1) || key id(L) || nonce(12) ||
/// wrapped DEK(32) || tag(16)`.
#[derive(Clone, PartialEq, Eq)]
pub struct KeyEnvelope {
    object_id: ObjectId,
    key_id: KeyId,
    nonce: [u8; NONCE_LEN],
    wrapped: [u8; WRAPPED_LEN],
}

impl KeyEnvelope {
    /// The object this envelope belongs to.
    pub fn object_id(&self) -> &ObjectId {
        &self.object_id
    }

    /// The key-encryption key that wrapped the data key.
    pub fn key_id(&self) -> &KeyId {
        &self.key_id
    }

    /// The envelope's bytes, to store as its own object and in the catalog.
    pub fn to_bytes(&self) -> Vec<u8> {
        let id = self.key_id.as_str().as_bytes();
        let mut out = Vec::with_capacity(22 + id.len() + NONCE_LEN + WRAPPED_LEN);
        out.extend_from_slice(&ENVELOPE_MAGIC);
        out.push(ENVELOPE_VERSION);
        out.extend_from_slice(&self.object_id);
        out.push(u8::try_from(id.len()).unwrap_or(u8::MAX));
        out.extend_from_slice(id);
        out.extend_from_slice(&self.nonce);
        out.extend_from_slice(&self.wrapped);
        out
    }

    /// Parses an envelope (no key needed; nothing is authenticated until it is unwrapped).
    ///
    /// # Errors
    /// [`SealError::BadEnvelope`], [`SealError::BadKeyId`].
    pub fn from_bytes(bytes: &[u8]) -> Result<KeyEnvelope, SealError> {
        let bad = |reason| SealError::BadEnvelope { reason };
        if bytes.len() < 22 || bytes[..4] != ENVELOPE_MAGIC {
            return Err(bad("not a casevault key envelope"));
        }
        if bytes[4] != ENVELOPE_VERSION {
            return Err(bad("unsupported envelope version"));
        }
        let mut object_id = [0u8; 16];
        object_id.copy_from_slice(&bytes[5..21]);
        let id_len = usize::from(bytes[21]);
        let rest = &bytes[22..];
        if rest.len() != id_len + NONCE_LEN + WRAPPED_LEN {
            return Err(bad("wrong length"));
        }
        let key_id = std::str::from_utf8(&rest[..id_len]).map_err(|_| bad("key id is not text"))?;
        let key_id = KeyId::new(key_id)?;
        let mut nonce = [0u8; NONCE_LEN];
        nonce.copy_from_slice(&rest[id_len..id_len + NONCE_LEN]);
        let mut wrapped = [0u8; WRAPPED_LEN];
        wrapped.copy_from_slice(&rest[id_len + NONCE_LEN..]);
        Ok(KeyEnvelope {
            object_id,
            key_id,
            nonce,
            wrapped,
        })
    }
}

impl std::fmt::Debug for KeyEnvelope {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KeyEnvelope")
            .field("object_id", &hex::encode(self.object_id))
            .field("key_id", &self.key_id)
            .finish_non_exhaustive()
    }
}

/// A source of key-encryption keys that wraps and unwraps data keys: the local key ring now, a
/// cloud KMS later.
pub trait KeyWrapper: Send + Sync {
    /// The key new envelopes are wrapped with.
    fn current_key_id(&self) -> KeyId;

    /// Wraps `dek` for `object_id` under the current key.
    ///
    /// # Errors
    /// Implementation-specific; [`SealError::Random`] for the local ring.
    fn wrap(&self, object_id: &ObjectId, dek: &DataKey) -> Result<KeyEnvelope, SealError>;

    /// Unwraps the data key of `object_id` from `env`.
    ///
    /// # Errors
    /// [`SealError::EnvelopeObjectMismatch`] if `env` belongs to another object,
    /// [`SealError::EnvelopeRejected`] if it does not authenticate, [`SealError::UnknownKey`] /
    /// [`SealError::RetiredKey`] if its key is not available.
    fn unwrap(&self, object_id: &ObjectId, env: &KeyEnvelope) -> Result<DataKey, SealError>;

    /// The key of the destruction record's chain. Wrappers that hold none (a throwaway ring in a
    /// dry run, a test double) say so.
    ///
    /// # Errors
    /// [`SealError::NoChainKey`] when the wrapper holds no chain key.
    fn chain_key(&self) -> Result<super::ChainKey, SealError> {
        Err(SealError::NoChainKey {
            path: std::path::PathBuf::from("(no key file)"),
        })
    }

    /// Wraps a fresh data key under `key` rather than the current key: a shielded case's own
    /// key. A wrapper without such keys can only wrap under its current key.
    fn wrap_under(
        &self,
        key: &KeyId,
        object_id: &ObjectId,
        dek: &DataKey,
    ) -> Result<KeyEnvelope, SealError> {
        if key == &self.current_key_id() {
            return self.wrap(object_id, dek);
        }
        Err(SealError::UnknownKey {
            key_id: key.to_string(),
            path: std::path::PathBuf::from("(no key file)"),
        })
    }

    /// Re-wraps the data key of `env` under `target` (shielding moves a case's envelopes to its
    /// own key and back). An envelope already under `target` is returned as it is, so a re-wrap
    /// stopped part-way can simply be run again.
    fn rewrap_to(
        &self,
        object_id: &ObjectId,
        env: &KeyEnvelope,
        target: &KeyId,
    ) -> Result<KeyEnvelope, SealError> {
        let dek = self.unwrap(object_id, env)?;
        if env.key_id() == target {
            return Ok(env.clone());
        }
        self.wrap_under(target, object_id, &dek)
    }

    /// Re-wraps the data key in `env` under the current key (key rotation): content is never
    /// touched. Always unwraps first, so it also verifies the envelope; returns `env` unchanged
    /// if it already uses the current key, so a resumed rotation loop can call it again safely.
    ///
    /// # Errors
    /// As [`KeyWrapper::unwrap`] and [`KeyWrapper::wrap`].
    fn rewrap(&self, object_id: &ObjectId, env: &KeyEnvelope) -> Result<KeyEnvelope, SealError> {
        let dek = self.unwrap(object_id, env)?;
        if env.key_id() == &self.current_key_id() {
            return Ok(env.clone());
        }
        self.wrap(object_id, &dek)
    }
}

fn wrap_aad(object_id: &ObjectId, key_id: &KeyId) -> Vec<u8> {
    let mut aad = Vec::with_capacity(AAD_PREFIX.len() + 16 + key_id.as_str().len());
    aad.extend_from_slice(AAD_PREFIX);
    aad.extend_from_slice(object_id);
    aad.extend_from_slice(key_id.as_str().as_bytes());
    aad
}

/// Wraps `dek` under `kek` with an explicit nonce. The nonce must be random and never reused
/// with the same KEK (callers draw it from the OS generator; vectors fix it).
pub(crate) fn wrap_with(
    kek: &[u8; 32],
    key_id: &KeyId,
    object_id: &ObjectId,
    dek: &DataKey,
    nonce: [u8; NONCE_LEN],
) -> Result<KeyEnvelope, SealError> {
    let cipher = Aes256Gcm::new(kek.into());
    let mut wrapped = [0u8; WRAPPED_LEN];
    wrapped[..32].copy_from_slice(dek.expose());
    let tag = cipher
        .encrypt_inout_detached(
            &nonce.into(),
            &wrap_aad(object_id, key_id),
            (&mut wrapped[..32]).into(),
        )
        .map_err(|_| SealError::BadEnvelope {
            reason: "wrapping failed",
        })?;
    wrapped[32..].copy_from_slice(&tag);
    Ok(KeyEnvelope {
        object_id: *object_id,
        key_id: key_id.clone(),
        nonce,
        wrapped,
    })
}

/// Unwraps the data key of `object_id` from `env` with `kek` (the key `env.key_id()` names).
pub(crate) fn unwrap_with(
    kek: &[u8; 32],
    object_id: &ObjectId,
    env: &KeyEnvelope,
) -> Result<DataKey, SealError> {
    if &env.object_id != object_id {
        return Err(SealError::EnvelopeObjectMismatch {
            expected: hex::encode(object_id),
            found: hex::encode(env.object_id),
        });
    }
    let cipher = Aes256Gcm::new(kek.into());
    let tag = aes_gcm::aead::Tag::<Aes256Gcm>::try_from(&env.wrapped[32..]).map_err(|_| {
        SealError::BadEnvelope {
            reason: "tag length",
        }
    })?;
    let aad = wrap_aad(object_id, &env.key_id);
    let mut ok = true;
    let dek = DataKey::init_with(|k| {
        k.copy_from_slice(&env.wrapped[..32]);
        if cipher
            .decrypt_inout_detached(&env.nonce.into(), &aad, (&mut k[..]).into(), &tag)
            .is_err()
        {
            k.zeroize();
            ok = false;
        }
    });
    if ok {
        Ok(dek)
    } else {
        Err(SealError::EnvelopeRejected {
            object: hex::encode(object_id),
            key_id: env.key_id.to_string(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEK: [u8; 32] = [0x5A; 32];
    const ID_A: ObjectId = [1; 16];
    const ID_B: ObjectId = [2; 16];

    fn envelope() -> KeyEnvelope {
        let kid = KeyId::new("k1").unwrap();
        wrap_with(&KEK, &kid, &ID_A, &DataKey::from_bytes([0x77; 32]), [3; 12]).unwrap()
    }

    #[test]
    fn wrap_unwrap_and_bytes_round_trip() {
        let env = envelope();
        let bytes = env.to_bytes();
        assert_eq!(bytes.len(), 22 + 2 + 12 + 48);
        let parsed = KeyEnvelope::from_bytes(&bytes).unwrap();
        assert_eq!(parsed, env);
        let dek = unwrap_with(&KEK, &ID_A, &parsed).unwrap();
        assert_eq!(dek.expose(), &[0x77; 32]);
    }

    #[test]
    fn wrong_object_id_fails_both_ways() {
        let env = envelope();
        let err = unwrap_with(&KEK, &ID_B, &env).unwrap_err();
        assert!(
            matches!(err, SealError::EnvelopeObjectMismatch { .. }),
            "{err}"
        );
        // An envelope whose stored object id was rewritten fails the cryptographic binding.
        let mut bytes = env.to_bytes();
        bytes[5..21].copy_from_slice(&ID_B);
        let moved = KeyEnvelope::from_bytes(&bytes).unwrap();
        let err = unwrap_with(&KEK, &ID_B, &moved).unwrap_err();
        assert!(matches!(err, SealError::EnvelopeRejected { .. }), "{err}");
    }

    #[test]
    fn relabelled_key_id_wrong_kek_and_flipped_bits_fail() {
        let env = envelope();
        let mut bytes = env.to_bytes();
        bytes[23] = b'2'; // "k1" -> "k2"
        let relabelled = KeyEnvelope::from_bytes(&bytes).unwrap();
        assert!(unwrap_with(&KEK, &ID_A, &relabelled).is_err());
        assert!(unwrap_with(&[0x5B; 32], &ID_A, &env).is_err());
        let good = env.to_bytes();
        for i in 22..good.len() {
            let mut bad = good.clone();
            bad[i] ^= 0x01;
            if let Ok(parsed) = KeyEnvelope::from_bytes(&bad) {
                assert!(unwrap_with(&KEK, &ID_A, &parsed).is_err(), "byte {i}");
            }
        }
    }

    #[test]
    fn malformed_envelopes_are_refused() {
        let good = envelope().to_bytes();
        assert!(KeyEnvelope::from_bytes(&good[..good.len() - 1]).is_err());
        assert!(KeyEnvelope::from_bytes(b"CVKE").is_err());
        let mut v2 = good.clone();
        v2[4] = 2;
        assert!(KeyEnvelope::from_bytes(&v2).is_err());
    }

    #[test]
    fn key_ids_are_validated() {
        assert!(KeyId::new("kek-1a2b3c4d").is_ok());
        assert!(KeyId::new("arn:aws:kms:eu-west-2:1:key/abc").is_ok());
        for bad in ["", "has space", "é", &"x".repeat(MAX_KEY_ID_LEN + 1)] {
            assert!(KeyId::new(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn envelope_debug_shows_no_wrapped_bytes() {
        let env = envelope();
        let shown = format!("{env:?}");
        let wrapped_hex = hex::encode(&env.to_bytes()[36..52]);
        assert!(!shown.contains(&wrapped_hex), "{shown}");
        assert!(shown.contains("k1"), "{shown}");
    }
}
