//! Sealing: envelope encryption of documents and records before they reach the object store.
//!
//! Every document gets its own random 256-bit data key ([`DataKey`]). Its content is sealed with
//! AES-256-GCM in fixed-size segments using the STREAM construction (a counter in the nonce and a
//! last-segment flag), with the object's header bound to every segment, so a sealed object can be
//! written and read in constant memory and any truncation, reordering, altered bit, swapped header
//! or spliced segment is detected and named ([`mod@format`]). The data key itself is wrapped by a
//! key-encryption key from the [`KeyRing`] into a small [`KeyEnvelope`] that is kept *apart* from
//! the content object (in the store as its own object, and in the catalog): destroying a document
//! destroys its envelopes, after which no copy of the content can be opened (crypto-shredding), and
//! key rotation re-wraps envelopes without touching content ([`envelope`], [`keyring`]).
//!
//! The byte layout and the reasons for it are written down in `docs/sealed-format.md`, with golden
//! vectors in `test-data/sealed/`. This module depends on nothing else in casevault.

pub mod custody;
pub mod envelope;
mod error;
pub mod format;
pub mod keyring;

#[cfg(test)]
mod vectors;

pub use custody::{KeyLock, WatchedKeyRing};
pub use envelope::{KeyEnvelope, KeyId, KeyWrapper};
pub use error::SealError;
pub use format::{
    open_bytes, open_stream, seal_bytes, seal_stream, sealed_len, Opener, SealedHeader, Sealer,
    DEFAULT_SEGMENT_SIZE, HEADER_LEN, MAX_SEGMENT_SIZE, TAG_LEN,
};
pub use keyring::{KeyInfo, KeyRing, KeyStatus};

use rand::RngCore;
use secrecy::{ExposeSecret, SecretBox};

/// An object's id: 16 random bytes chosen by the caller, opaque, never derived from personal data.
pub type ObjectId = [u8; 16];

/// A fresh random object id from the operating system's generator.
///
/// # Errors
/// [`SealError::Random`] if the generator fails.
pub fn random_object_id() -> Result<ObjectId, SealError> {
    let mut id = [0u8; 16];
    fill_random(&mut id)?;
    Ok(id)
}

/// Fills `buf` from the operating system's random number generator.
pub(crate) fn fill_random(buf: &mut [u8]) -> Result<(), SealError> {
    rand::rngs::OsRng
        .try_fill_bytes(buf)
        .map_err(|e| SealError::Random(e.to_string()))
}

/// A document's 256-bit data key (DEK). Zeroized on drop; `Debug` never shows it.
pub struct DataKey(SecretBox<[u8; 32]>);

impl DataKey {
    /// A fresh random data key. Use one per object, never two objects under one key.
    ///
    /// # Errors
    /// [`SealError::Random`] if the operating system's generator fails.
    pub fn generate() -> Result<DataKey, SealError> {
        let mut result = Ok(());
        let key = SecretBox::init_with_mut(|k: &mut [u8; 32]| result = fill_random(k));
        result.map(|()| DataKey(key))
    }

    /// A data key from known bytes: for test vectors and for keys unwrapped by a [`KeyWrapper`]
    /// implementation outside this module. The caller should zeroize its own copy.
    pub fn from_bytes(bytes: [u8; 32]) -> DataKey {
        let mut bytes = bytes;
        let key = SecretBox::init_with_mut(|k: &mut [u8; 32]| k.copy_from_slice(&bytes));
        zeroize::Zeroize::zeroize(&mut bytes);
        DataKey(key)
    }

    /// The raw key, for the cipher constructors in this module only.
    pub(crate) fn expose(&self) -> &[u8; 32] {
        self.0.expose_secret()
    }

    /// Builds the data key in place (no stack copies), for unwrapping.
    pub(crate) fn init_with(f: impl FnOnce(&mut [u8; 32])) -> DataKey {
        DataKey(SecretBox::init_with_mut(f))
    }
}

impl std::fmt::Debug for DataKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DataKey(<redacted>)")
    }
}

/// The key of the destruction record's chain (HMAC-SHA256), kept in the key ring beside the
/// key-encryption keys. It is not a key-encryption key: rotation never replaces it and retirement
/// never destroys it, because every link of the chain, however old, is checked with it. Zeroized
/// on drop; `Debug` never shows it.
pub struct ChainKey(SecretBox<[u8; 32]>);

impl ChainKey {
    /// A chain key from known bytes (tests, and the key ring's parser).
    pub fn from_bytes(bytes: [u8; 32]) -> ChainKey {
        let mut bytes = bytes;
        let key = SecretBox::init_with_mut(|k: &mut [u8; 32]| k.copy_from_slice(&bytes));
        zeroize::Zeroize::zeroize(&mut bytes);
        ChainKey(key)
    }

    /// The raw key, for the HMAC.
    pub fn expose(&self) -> &[u8; 32] {
        self.0.expose_secret()
    }

    pub(crate) fn from_box(key: SecretBox<[u8; 32]>) -> ChainKey {
        ChainKey(key)
    }
}

impl Clone for ChainKey {
    fn clone(&self) -> ChainKey {
        ChainKey(SecretBox::init_with_mut(|k: &mut [u8; 32]| {
            k.copy_from_slice(self.0.expose_secret())
        }))
    }
}

impl std::fmt::Debug for ChainKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ChainKey(<redacted>)")
    }
}

/// The catalog's key (SQLCipher's raw 256-bit key), kept in the key ring beside the
/// key-encryption keys. Like the chain key it is not a key-encryption key: rotation never
/// replaces it and retirement never destroys it, since the catalog file is encrypted under it
/// page by page and a new key would mean rewriting the whole file (`sqlcipher_export`), which
/// can be added as its own command when wanted. Zeroized on drop; `Debug` never shows it.
pub struct CatalogKey(SecretBox<[u8; 32]>);

impl CatalogKey {
    /// A catalog key from known bytes (tests, and the key ring's parser).
    pub fn from_bytes(bytes: [u8; 32]) -> CatalogKey {
        let mut bytes = bytes;
        let key = SecretBox::init_with_mut(|k: &mut [u8; 32]| k.copy_from_slice(&bytes));
        zeroize::Zeroize::zeroize(&mut bytes);
        CatalogKey(key)
    }

    /// A fresh random catalog key (tests; a ring makes its own).
    ///
    /// # Errors
    /// [`SealError::Random`] if the operating system's generator fails.
    pub fn generate() -> Result<CatalogKey, SealError> {
        let mut result = Ok(());
        let key = SecretBox::init_with_mut(|k: &mut [u8; 32]| result = fill_random(k));
        result.map(|()| CatalogKey(key))
    }

    /// The raw key, for SQLCipher's `PRAGMA key`.
    pub fn expose(&self) -> &[u8; 32] {
        self.0.expose_secret()
    }

    pub(crate) fn from_box(key: SecretBox<[u8; 32]>) -> CatalogKey {
        CatalogKey(key)
    }
}

impl std::fmt::Debug for CatalogKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("CatalogKey(<redacted>)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_key_debug_shows_no_material() {
        let bytes = [0xA5u8; 32];
        let key = DataKey::from_bytes(bytes);
        let shown = format!("{key:?} {key:#?}");
        assert!(!shown.to_lowercase().contains("a5a5"), "{shown}");
        assert!(!shown.contains("165"), "decimal bytes leaked: {shown}");
        assert_eq!(key.expose(), &bytes);
    }

    #[test]
    fn generated_keys_and_ids_differ() {
        let a = DataKey::generate().unwrap();
        let b = DataKey::generate().unwrap();
        assert_ne!(a.expose(), b.expose());
        assert_ne!(random_object_id().unwrap(), random_object_id().unwrap());
    }

    #[test]
    fn cipher_state_is_zeroized_on_drop() {
        // Fails to compile unless aes-gcm's `zeroize` feature is on.
        fn zeroizes_on_drop<T: zeroize::ZeroizeOnDrop>() {}
        zeroizes_on_drop::<aes_gcm::Aes256Gcm>();
    }
}
