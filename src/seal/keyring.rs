//! The key ring: key-encryption keys (KEKs) with ids, kept in a key file only its owner can read.
//!
//! The key file is JSON (format `casevault-keyring`, version 1): the current key id and, per key,
//! its id, creation time, status (`active` or `retired`) and, for active keys, the 256-bit key
//! material in hex. It is refused if group or others may read or write it, and it is only ever
//! replaced whole: written to a temporary file created with mode 0600 in the same folder,
//! flushed, then renamed over the old one, so a crash leaves the old or the new ring, never half
//! of one. Every change (`new_key`, `retire`) is on disk before the call returns, so no envelope
//! can be wrapped with a key that a crash would lose. Retiring a key destroys its material (the
//! id stays listed, so an envelope that still names it gets a clear "retired" error); the ring
//! refuses to retire its current key, and the caller must first check (in the catalog) that no
//! envelope uses it. Key material lives in `secrecy` boxes that zeroize on drop and never print.
//!
//! The ring also holds the destruction record's chain key (`chain_key`, see
//! [`crate::catalog::audit`]): one 256-bit HMAC key, made with the ring and never rotated, since
//! every link of the chain, however old, is checked with it. A ring written before it existed gets
//! one the first time a sink opens it ([`KeyRing::ensure_chain_key`], under the ring's lock); builds
//! from before the field refuse such a file (the format is strict), which is the safe direction.
//!
//! Case keys (`case_keys`, issue 13): a shielded case's documents are wrapped under a key of their
//! own rather than the ring's current key. They are kept here, in the same file, so that `keys
//! export`/`keys import` back them up with the rest, but in a list of their own: they are never
//! current, `list` and ring rotation do not see them, and only [`KeyRing::wrap_under`] wraps with
//! them. Their ids look like any other key id (`kek-` and random hex), so an envelope in the store
//! does not say that its document belongs to a shielded case; which case a key serves is known
//! only to the catalog. A file without case keys is written without the field, byte for byte as
//! before.
//! And it holds the catalog's key (`catalog_key`, SQLCipher's raw key: the catalog file, its WAL
//! and journal are encrypted page by page under it, README "Catalog encryption"), kept the same
//! way: made with the ring, carried by its backups, never rotated or retired, and added to an
//! older ring on first use ([`KeyRing::ensure_catalog_key`], under the ring's lock).

use std::fs::{self, File, OpenOptions};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use secrecy::{ExposeSecret, SecretBox};
use zeroize::{Zeroize, Zeroizing};

use super::envelope::{unwrap_with, wrap_with, KeyEnvelope, KeyId, KeyWrapper};
use super::{fill_random, DataKey, ObjectId, SealError};

const FILE_FORMAT: &str = "casevault-keyring";
const FILE_VERSION: u32 = 1;

/// Whether a key may still be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum KeyStatus {
    /// Usable for unwrapping; the current key is also used for wrapping.
    Active,
    /// Material destroyed; envelopes naming it can no longer be opened.
    Retired,
}

/// What may be shown about a key: never its material.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyInfo {
    /// Key id.
    pub id: KeyId,
    /// When the key was made.
    pub created: DateTime<Utc>,
    /// Active or retired.
    pub status: KeyStatus,
    /// Whether new envelopes are wrapped with it.
    pub current: bool,
}

struct Kek {
    id: KeyId,
    created: DateTime<Utc>,
    status: KeyStatus,
    /// `None` once retired.
    material: Option<SecretBox<[u8; 32]>>,
}

/// A key ring loaded from its key file. Implements [`KeyWrapper`].
pub struct KeyRing {
    path: PathBuf,
    current: KeyId,
    keys: Vec<Kek>,
    /// The destruction record's chain key; `None` only in a ring written before it existed.
    chain: Option<SecretBox<[u8; 32]>>,
    /// Shielded cases' own keys (never current).
    case_keys: Vec<Kek>,
    /// The catalog's key; `None` only in a ring written before catalogs were encrypted.
    catalog: Option<SecretBox<[u8; 32]>>,
}

#[derive(serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct KeyFile {
    format: String,
    version: u32,
    current: KeyId,
    keys: Vec<KeyRecord>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    chain_key: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    case_keys: Vec<KeyRecord>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    catalog_key: Option<String>,
}

impl Drop for KeyFile {
    fn drop(&mut self) {
        self.chain_key.zeroize();
        self.catalog_key.zeroize();
    }
}

#[derive(serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct KeyRecord {
    id: KeyId,
    created: DateTime<Utc>,
    status: KeyStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    material: Option<String>,
}

impl Drop for KeyRecord {
    fn drop(&mut self) {
        self.material.zeroize();
    }
}

fn random_material() -> Result<SecretBox<[u8; 32]>, SealError> {
    let mut result = Ok(());
    let material = SecretBox::init_with_mut(|k: &mut [u8; 32]| result = fill_random(k));
    result.map(|()| material)
}

impl KeyRing {
    /// Creates a new key file at `path` (mode 0600) holding one fresh key, which is current.
    ///
    /// # Errors
    /// [`SealError::KeyFileExists`] if `path` exists (it is never overwritten),
    /// [`SealError::KeyFileIo`], [`SealError::Random`].
    pub fn create(path: impl AsRef<Path>) -> Result<KeyRing, SealError> {
        let path = path.as_ref().to_path_buf();
        if path.exists() {
            return Err(SealError::KeyFileExists { path });
        }
        let id = new_key_id(&[], &[])?;
        let ring = KeyRing {
            path,
            current: id.clone(),
            keys: vec![Kek {
                id,
                created: Utc::now(),
                status: KeyStatus::Active,
                material: Some(random_material()?),
            }],
            chain: Some(random_material()?),
            case_keys: Vec::new(),
            catalog: Some(random_material()?),
        };
        ring.write(None, false)?;
        Ok(ring)
    }

    /// Loads the key file at `path`.
    ///
    /// # Errors
    /// [`SealError::KeyFileTooOpen`] if group or others may read or write it (with the `chmod`
    /// to run), [`SealError::KeyFileIo`], [`SealError::KeyFileFormat`].
    pub fn load(path: impl AsRef<Path>) -> Result<KeyRing, SealError> {
        let path = path.as_ref().to_path_buf();
        let io = |during, source| SealError::KeyFileIo {
            during,
            path: path.clone(),
            source,
        };
        let mut file = File::open(&path).map_err(|e| io("open", e))?;
        let meta = file.metadata().map_err(|e| io("inspect", e))?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = meta.permissions().mode() & 0o7777;
            if mode & 0o077 != 0 {
                return Err(SealError::KeyFileTooOpen { path, mode });
            }
        }
        let capacity = usize::try_from(meta.len()).unwrap_or(0).saturating_add(1);
        let mut text = Zeroizing::new(Vec::with_capacity(capacity));
        file.read_to_end(&mut text).map_err(|e| io("read", e))?;
        KeyRing::from_bytes(path, &text)
    }

    /// Parses a key file's contents (a restored backup) as the ring kept at `path`; nothing is
    /// written. The same checks as [`KeyRing::load`] but the file mode.
    ///
    /// # Errors
    /// [`SealError::KeyFileFormat`].
    pub fn from_bytes(path: impl AsRef<Path>, text: &[u8]) -> Result<KeyRing, SealError> {
        let path = path.as_ref().to_path_buf();
        let format_err = |reason: String| SealError::KeyFileFormat {
            path: path.clone(),
            reason,
        };
        let mut parsed: KeyFile = serde_json::from_slice(text)
            // serde_json's message names the line and column, never the value.
            .map_err(|e| format_err(e.to_string()))?;
        if parsed.format != FILE_FORMAT || parsed.version != FILE_VERSION {
            return Err(format_err(format!(
                "expected format {FILE_FORMAT:?} version {FILE_VERSION}"
            )));
        }
        let keys = parse_keys(&mut parsed.keys, &[], &format_err)?;
        let case_keys = parse_keys(&mut parsed.case_keys, &keys, &format_err)?;
        let current_ok = keys
            .iter()
            .any(|k| k.id == parsed.current && k.status == KeyStatus::Active);
        if !current_ok {
            return Err(format_err(format!(
                "current key {} is not an active key of the ring",
                parsed.current
            )));
        }
        let chain = match parsed.chain_key.take() {
            Some(hex_text) => {
                let hex_text = Zeroizing::new(hex_text);
                let mut ok = true;
                let key = SecretBox::init_with_mut(|k: &mut [u8; 32]| {
                    ok = hex::decode_to_slice(hex_text.as_bytes(), k).is_ok();
                });
                if !ok {
                    return Err(format_err("the chain key is not 64 hex digits".into()));
                }
                Some(key)
            }
            None => None,
        };
        let catalog = match parsed.catalog_key.take() {
            Some(hex_text) => {
                let hex_text = Zeroizing::new(hex_text);
                Some(
                    secret_from_hex(&hex_text)
                        .ok_or_else(|| format_err("the catalog key is not 64 hex digits".into()))?,
                )
            }
            None => None,
        };
        Ok(KeyRing {
            path,
            current: parsed.current.clone(),
            keys,
            chain,
            case_keys,
            catalog,
        })
    }

    /// The destruction record's chain key, if the ring has one.
    pub fn chain_key(&self) -> Option<crate::seal::ChainKey> {
        self.chain.as_ref().map(|k| {
            crate::seal::ChainKey::from_box(SecretBox::init_with_mut(|c: &mut [u8; 32]| {
                c.copy_from_slice(k.expose_secret())
            }))
        })
    }

    /// Gives a ring written before chain keys existed its chain key, saved before returning;
    /// true when one was added. Hold the ring's [`crate::seal::KeyLock`] (exclusive) and load the
    /// ring under it, so two processes cannot each add a different one.
    ///
    /// # Errors
    /// [`SealError::Random`], [`SealError::KeyFileIo`] (the ring is then unchanged).
    pub fn ensure_chain_key(&mut self) -> Result<bool, SealError> {
        if self.chain.is_some() {
            return Ok(false);
        }
        self.chain = Some(random_material()?);
        if let Err(e) = self.save() {
            self.chain = None;
            return Err(e);
        }
        Ok(true)
    }

    /// The catalog's key, if the ring has one.
    pub fn catalog_key(&self) -> Option<crate::seal::CatalogKey> {
        self.catalog.as_ref().map(|k| {
            crate::seal::CatalogKey::from_box(SecretBox::init_with_mut(|c: &mut [u8; 32]| {
                c.copy_from_slice(k.expose_secret())
            }))
        })
    }

    /// Gives a ring written before catalogs were encrypted its catalog key, saved before
    /// returning; true when one was added. Hold the ring's [`crate::seal::KeyLock`] (exclusive)
    /// and load the ring under it, so two processes cannot each add a different one.
    ///
    /// # Errors
    /// [`SealError::Random`], [`SealError::KeyFileIo`] (the ring is then unchanged).
    pub fn ensure_catalog_key(&mut self) -> Result<bool, SealError> {
        if self.catalog.is_some() {
            return Ok(false);
        }
        self.catalog = Some(random_material()?);
        if let Err(e) = self.save() {
            self.catalog = None;
            return Err(e);
        }
        Ok(true)
    }

    /// Whether `other` holds exactly the same keys (ids, states, material, current key, chain
    /// key and catalog key): a backup that restores this very ring.
    pub fn same_keys(&self, other: &KeyRing) -> bool {
        fn material(m: &Option<SecretBox<[u8; 32]>>) -> Option<&[u8; 32]> {
            m.as_ref().map(|k| k.expose_secret())
        }
        self.current == other.current
            && material(&self.chain) == material(&other.chain)
            && material(&self.catalog) == material(&other.catalog)
            && self.keys.len() == other.keys.len()
            && self.case_keys.len() == other.case_keys.len()
            && self
                .keys
                .iter()
                .zip(&other.keys)
                .chain(self.case_keys.iter().zip(&other.case_keys))
                .all(|(a, b)| {
                    a.id == b.id
                        && a.status == b.status
                        && material(&a.material) == material(&b.material)
                })
    }

    /// Writes this ring (parsed from a backup) to its path, which must not exist yet.
    ///
    /// # Errors
    /// [`SealError::KeyFileExists`], [`SealError::KeyFileIo`].
    pub fn install(&self) -> Result<(), SealError> {
        self.write(None, false)
    }

    /// The key file this ring was loaded from and saves to.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Makes a fresh key, makes it current and saves the ring before returning its id.
    /// Envelopes made before stay valid under their own (still active) keys.
    ///
    /// # Errors
    /// [`SealError::Random`], [`SealError::KeyFileIo`] (the ring is then unchanged).
    pub fn new_key(&mut self) -> Result<KeyId, SealError> {
        let id = new_key_id(&self.keys, &self.case_keys)?;
        self.keys.push(Kek {
            id: id.clone(),
            created: Utc::now(),
            status: KeyStatus::Active,
            material: Some(random_material()?),
        });
        let previous = std::mem::replace(&mut self.current, id.clone());
        if let Err(e) = self.save() {
            self.current = previous;
            self.keys.pop();
            return Err(e);
        }
        Ok(id)
    }

    /// The key new envelopes are wrapped with.
    pub fn current(&self) -> KeyId {
        self.current.clone()
    }

    /// Every key's id, creation time, status and whether it is current; never material.
    pub fn list(&self) -> Vec<KeyInfo> {
        self.keys
            .iter()
            .map(|k| KeyInfo {
                id: k.id.clone(),
                created: k.created,
                status: k.status,
                current: k.id == self.current,
            })
            .collect()
    }

    /// Every case key's id, creation time and status (`current` is always false); never material.
    pub fn list_case_keys(&self) -> Vec<KeyInfo> {
        self.case_keys
            .iter()
            .map(|k| KeyInfo {
                id: k.id.clone(),
                created: k.created,
                status: k.status,
                current: false,
            })
            .collect()
    }

    /// Whether `id` is a case key (active or retired) of this ring.
    pub fn is_case_key(&self, id: &KeyId) -> bool {
        self.case_keys.iter().any(|k| &k.id == id)
    }

    /// Whether `id` names a key of this ring (either list) that still has its material.
    pub fn is_active(&self, id: &KeyId) -> bool {
        self.find(id)
            .is_some_and(|k| k.status == KeyStatus::Active && k.material.is_some())
    }

    /// Makes a fresh case key (for one shielded case) and saves the ring before returning its id.
    /// It is never current: only [`KeyRing::wrap_under`] wraps with it.
    ///
    /// # Errors
    /// [`SealError::Random`], [`SealError::KeyFileIo`] (the ring is then unchanged).
    pub fn new_case_key(&mut self) -> Result<KeyId, SealError> {
        let id = new_key_id(&self.keys, &self.case_keys)?;
        self.case_keys.push(Kek {
            id: id.clone(),
            created: Utc::now(),
            status: KeyStatus::Active,
            material: Some(random_material()?),
        });
        if let Err(e) = self.save() {
            self.case_keys.pop();
            return Err(e);
        }
        Ok(id)
    }

    /// Wraps `dek` for `object_id` under the key `key` (a case key, or any active key of the
    /// ring) instead of the current key.
    ///
    /// # Errors
    /// [`SealError::UnknownKey`], [`SealError::RetiredKey`], [`SealError::Random`].
    pub fn wrap_under(
        &self,
        key: &KeyId,
        object_id: &ObjectId,
        dek: &DataKey,
    ) -> Result<KeyEnvelope, SealError> {
        let kek = self.material_of(key)?;
        let mut nonce = [0u8; 12];
        fill_random(&mut nonce)?;
        wrap_with(kek, key, object_id, dek, nonce)
    }

    /// Retires `id`: destroys its material and saves the ring. Call only after checking that no
    /// envelope still names it (the catalog knows); any that does can never be opened again.
    /// Retiring a retired key does nothing.
    ///
    /// # Errors
    /// [`SealError::RetireCurrent`], [`SealError::UnknownKey`], [`SealError::KeyFileIo`] (the
    /// ring is then unchanged).
    pub fn retire(&mut self, id: &KeyId) -> Result<(), SealError> {
        if id == &self.current {
            return Err(SealError::RetireCurrent {
                key_id: id.to_string(),
                path: self.path.clone(),
            });
        }
        if self.find(id).ok_or_else(|| self.unknown(id))?.status == KeyStatus::Retired {
            return Ok(());
        }
        self.write(Some(id), true)?;
        if let Some(key) = self
            .keys
            .iter_mut()
            .chain(self.case_keys.iter_mut())
            .find(|k| &k.id == id)
        {
            key.status = KeyStatus::Retired;
            key.material = None;
        }
        Ok(())
    }

    /// Writes the ring to its key file (temporary file with mode 0600, then rename).
    ///
    /// # Errors
    /// [`SealError::KeyFileIo`].
    pub fn save(&self) -> Result<(), SealError> {
        self.write(None, true)
    }

    /// A key of either list (ring keys, case keys) by id.
    fn find(&self, id: &KeyId) -> Option<&Kek> {
        self.keys
            .iter()
            .chain(&self.case_keys)
            .find(|k| &k.id == id)
    }

    fn unknown(&self, id: &KeyId) -> SealError {
        SealError::UnknownKey {
            key_id: id.to_string(),
            path: self.path.clone(),
        }
    }

    fn material_of(&self, id: &KeyId) -> Result<&[u8; 32], SealError> {
        let key = self.find(id).ok_or_else(|| self.unknown(id))?;
        match &key.material {
            Some(m) if key.status == KeyStatus::Active => Ok(m.expose_secret()),
            _ => Err(SealError::RetiredKey {
                key_id: id.to_string(),
                path: self.path.clone(),
            }),
        }
    }

    /// Serializes the ring (treating `retiring` as already retired) and puts it at `self.path`:
    /// by rename when `replace`, else by hard link, which fails if the path exists.
    fn write(&self, retiring: Option<&KeyId>, replace: bool) -> Result<(), SealError> {
        let to_records = |list: &[Kek]| -> Vec<KeyRecord> {
            list.iter()
                .map(|k| {
                    let retired = k.status == KeyStatus::Retired || Some(&k.id) == retiring;
                    KeyRecord {
                        id: k.id.clone(),
                        created: k.created,
                        status: if retired {
                            KeyStatus::Retired
                        } else {
                            KeyStatus::Active
                        },
                        material: match (&k.material, retired) {
                            (Some(m), false) => Some(hex::encode(m.expose_secret())),
                            _ => None,
                        },
                    }
                })
                .collect()
        };
        let records = to_records(&self.keys);
        let file = KeyFile {
            format: FILE_FORMAT.to_string(),
            version: FILE_VERSION,
            current: self.current.clone(),
            keys: records,
            chain_key: self.chain.as_ref().map(|k| hex::encode(k.expose_secret())),
            case_keys: to_records(&self.case_keys),
            catalog_key: self
                .catalog
                .as_ref()
                .map(|k| hex::encode(k.expose_secret())),
        };
        let mut text = Zeroizing::new(Vec::with_capacity(
            1024 + 256 * (self.keys.len() + self.case_keys.len()),
        ));
        serde_json::to_writer_pretty(&mut *text, &file).map_err(|e| SealError::KeyFileFormat {
            path: self.path.clone(),
            reason: e.to_string(),
        })?;
        text.push(b'\n');
        write_atomically(&self.path, &text, replace)
    }
}

/// Parses the key records of one list (ring keys or case keys); an id may not appear twice,
/// within the list or in `others`.
fn parse_keys(
    records: &mut [KeyRecord],
    others: &[Kek],
    format_err: &dyn Fn(String) -> SealError,
) -> Result<Vec<Kek>, SealError> {
    let mut keys: Vec<Kek> = Vec::with_capacity(records.len());
    for record in records.iter_mut() {
        if keys.iter().chain(others).any(|k| k.id == record.id) {
            return Err(format_err(format!("key id {} appears twice", record.id)));
        }
        let material = match (record.status, record.material.take()) {
            (KeyStatus::Active, Some(hex_text)) => {
                let hex_text = Zeroizing::new(hex_text);
                let mut ok = true;
                let material = SecretBox::init_with_mut(|k: &mut [u8; 32]| {
                    ok = hex::decode_to_slice(hex_text.as_bytes(), k).is_ok();
                });
                if !ok {
                    return Err(format_err(format!(
                        "material of key {} is not 64 hex digits",
                        record.id
                    )));
                }
                Some(material)
            }
            (KeyStatus::Active, None) => {
                return Err(format_err(format!(
                    "active key {} has no material",
                    record.id
                )))
            }
            (KeyStatus::Retired, Some(mut hex_text)) => {
                hex_text.zeroize();
                return Err(format_err(format!(
                    "retired key {} still has material; remove it",
                    record.id
                )));
            }
            (KeyStatus::Retired, None) => None,
        };
        keys.push(Kek {
            id: record.id.clone(),
            created: record.created,
            status: record.status,
            material,
        });
    }
    Ok(keys)
}

/// 64 hex digits as a 256-bit secret; `None` if they are not. The text is the caller's to wipe.
fn secret_from_hex(hex_text: &str) -> Option<SecretBox<[u8; 32]>> {
    let mut ok = true;
    let key = SecretBox::init_with_mut(|k: &mut [u8; 32]| {
        ok = hex::decode_to_slice(hex_text.as_bytes(), k).is_ok();
    });
    ok.then_some(key)
}

fn new_key_id(existing: &[Kek], also: &[Kek]) -> Result<KeyId, SealError> {
    loop {
        let mut raw = [0u8; 4];
        fill_random(&mut raw)?;
        let id = KeyId::new(format!("kek-{}", hex::encode(raw)))?;
        if !existing.iter().chain(also).any(|k| k.id == id) {
            return Ok(id);
        }
    }
}

fn write_atomically(path: &Path, bytes: &[u8], replace: bool) -> Result<(), SealError> {
    let io = |during, source| SealError::KeyFileIo {
        during,
        path: path.to_path_buf(),
        source,
    };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "keyring".to_string());
    let mut raw = [0u8; 6];
    fill_random(&mut raw)?;
    let tmp = dir.join(format!(".{name}.tmp-{}", hex::encode(raw)));
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let result = (|| {
        let mut file = options
            .open(&tmp)
            .map_err(|e| io("create a temporary copy of", e))?;
        file.write_all(bytes).map_err(|e| io("write", e))?;
        file.sync_all().map_err(|e| io("flush", e))?;
        drop(file);
        if replace {
            fs::rename(&tmp, path).map_err(|e| io("replace", e))?;
        } else {
            fs::hard_link(&tmp, path).map_err(|e| {
                if e.kind() == std::io::ErrorKind::AlreadyExists {
                    SealError::KeyFileExists {
                        path: path.to_path_buf(),
                    }
                } else {
                    io("create", e)
                }
            })?;
            fs::remove_file(&tmp).map_err(|e| io("remove the temporary copy of", e))?;
        }
        // Make the rename itself durable.
        if let Ok(d) = File::open(&dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

impl KeyWrapper for KeyRing {
    fn current_key_id(&self) -> KeyId {
        self.current.clone()
    }

    fn wrap(&self, object_id: &ObjectId, dek: &DataKey) -> Result<KeyEnvelope, SealError> {
        let kek = self.material_of(&self.current)?;
        let mut nonce = [0u8; 12];
        fill_random(&mut nonce)?;
        wrap_with(kek, &self.current, object_id, dek, nonce)
    }

    fn unwrap(&self, object_id: &ObjectId, env: &KeyEnvelope) -> Result<DataKey, SealError> {
        let kek = self.material_of(env.key_id())?;
        unwrap_with(kek, object_id, env)
    }

    fn wrap_under(
        &self,
        key: &KeyId,
        object_id: &ObjectId,
        dek: &DataKey,
    ) -> Result<KeyEnvelope, SealError> {
        KeyRing::wrap_under(self, key, object_id, dek)
    }

    fn chain_key(&self) -> Result<crate::seal::ChainKey, SealError> {
        KeyRing::chain_key(self).ok_or_else(|| SealError::NoChainKey {
            path: self.path.clone(),
        })
    }
}

impl std::fmt::Debug for KeyRing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KeyRing")
            .field("path", &self.path)
            .field("current", &self.current)
            .field("keys", &self.list())
            .finish()
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    const ID_A: ObjectId = [0xAB; 16];

    fn ring_in(dir: &tempfile::TempDir) -> (KeyRing, PathBuf) {
        let path = dir.path().join("keys.json");
        (KeyRing::create(&path).unwrap(), path)
    }

    fn materials_on_disk(path: &Path) -> Vec<String> {
        let v: serde_json::Value = serde_json::from_slice(&fs::read(path).unwrap()).unwrap();
        v["keys"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|k| k["material"].as_str().map(str::to_string))
            .collect()
    }

    #[test]
    fn create_writes_0600_and_load_round_trips() {
        let dir = tempfile::tempdir().unwrap();
        let (ring, path) = ring_in(&dir);
        let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        let loaded = KeyRing::load(&path).unwrap();
        assert_eq!(loaded.current(), ring.current());
        assert_eq!(loaded.list(), ring.list());
        let info = &loaded.list()[0];
        assert!(info.current && info.status == KeyStatus::Active);
        assert_eq!(materials_on_disk(&path).len(), 1);
        assert_eq!(materials_on_disk(&path)[0].len(), 64);
        let leftovers: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "temporary file left behind");
    }

    #[test]
    fn create_never_overwrites() {
        let dir = tempfile::tempdir().unwrap();
        let (_, path) = ring_in(&dir);
        let before = fs::read(&path).unwrap();
        let err = KeyRing::create(&path).unwrap_err();
        assert!(matches!(err, SealError::KeyFileExists { .. }), "{err}");
        assert_eq!(fs::read(&path).unwrap(), before);
    }

    #[test]
    fn load_refuses_files_open_to_group_or_others() {
        let dir = tempfile::tempdir().unwrap();
        let (_, path) = ring_in(&dir);
        for mode in [0o640, 0o604, 0o620, 0o602, 0o644, 0o660] {
            fs::set_permissions(&path, fs::Permissions::from_mode(mode)).unwrap();
            let err = KeyRing::load(&path).unwrap_err();
            assert!(
                matches!(err, SealError::KeyFileTooOpen { .. }),
                "{mode:o}: {err}"
            );
            let msg = err.to_string();
            assert!(
                msg.contains(&format!("chmod 600 {}", path.display())),
                "{msg}"
            );
        }
        fs::set_permissions(&path, fs::Permissions::from_mode(0o400)).unwrap();
        assert!(KeyRing::load(&path).is_ok());
    }

    #[test]
    fn rotation_rewraps_and_old_envelopes_still_open() {
        let dir = tempfile::tempdir().unwrap();
        let (mut ring, path) = ring_in(&dir);
        let first = ring.current();
        let dek = DataKey::generate().unwrap();
        let env1 = ring.wrap(&ID_A, &dek).unwrap();
        assert_eq!(env1.key_id(), &first);

        let second = ring.new_key().unwrap();
        assert_ne!(first, second);
        assert_eq!(ring.current(), second);
        assert_eq!(
            KeyRing::load(&path).unwrap().current(),
            second,
            "new key not saved"
        );
        assert_eq!(ring.unwrap(&ID_A, &env1).unwrap().expose(), dek.expose());

        let env2 = ring.rewrap(&ID_A, &env1).unwrap();
        assert_eq!(env2.key_id(), &second);
        assert_eq!(ring.unwrap(&ID_A, &env2).unwrap().expose(), dek.expose());
        assert_eq!(
            ring.rewrap(&ID_A, &env2).unwrap(),
            env2,
            "rewrap must be idempotent"
        );
        assert!(ring.rewrap(&[0; 16], &env1).is_err());
    }

    #[test]
    fn retire_destroys_material_and_refuses_current() {
        let dir = tempfile::tempdir().unwrap();
        let (mut ring, path) = ring_in(&dir);
        let old = ring.current();
        let old_material = materials_on_disk(&path).remove(0);
        let env = ring.wrap(&ID_A, &DataKey::generate().unwrap()).unwrap();

        let err = ring.retire(&old).unwrap_err();
        assert!(matches!(err, SealError::RetireCurrent { .. }), "{err}");
        ring.new_key().unwrap();
        ring.retire(&old).unwrap();
        ring.retire(&old).unwrap();

        let err = ring.unwrap(&ID_A, &env).unwrap_err();
        assert!(matches!(err, SealError::RetiredKey { .. }), "{err}");
        let text = fs::read_to_string(&path).unwrap();
        assert!(
            !text.contains(&old_material),
            "retired material still on disk"
        );
        let reloaded = KeyRing::load(&path).unwrap();
        let info = reloaded.list().into_iter().find(|k| k.id == old).unwrap();
        assert_eq!(info.status, KeyStatus::Retired);
        assert!(matches!(
            reloaded.unwrap(&ID_A, &env),
            Err(SealError::RetiredKey { .. })
        ));
    }

    #[test]
    fn case_keys_are_kept_apart_backed_up_and_retired() {
        let dir = tempfile::tempdir().unwrap();
        let (mut ring, path) = ring_in(&dir);
        let before = fs::read_to_string(&path).unwrap();
        assert!(!before.contains("case_keys"), "an empty list is left out");
        let case = ring.new_case_key().unwrap();
        assert_ne!(case, ring.current());
        assert!(ring.is_case_key(&case) && ring.is_active(&case));
        assert_eq!(ring.list().len(), 1, "case keys are not ring keys");
        assert_eq!(ring.list_case_keys()[0].id, case);
        let dek = DataKey::generate().unwrap();
        let env = ring.wrap_under(&case, &ID_A, &dek).unwrap();
        assert_eq!(env.key_id(), &case);
        let loaded = KeyRing::load(&path).unwrap();
        assert!(loaded.same_keys(&ring));
        assert_eq!(loaded.unwrap(&ID_A, &env).unwrap().expose(), dek.expose());
        // Back to the ring's key and forth again, as shielding does.
        let back = loaded.rewrap_to(&ID_A, &env, &loaded.current()).unwrap();
        assert_eq!(back.key_id(), &loaded.current());
        assert_eq!(loaded.rewrap_to(&ID_A, &env, &case).unwrap(), env);
        ring.retire(&case).unwrap();
        assert!(matches!(
            ring.unwrap(&ID_A, &env),
            Err(SealError::RetiredKey { .. })
        ));
        let reloaded = KeyRing::load(&path).unwrap();
        assert_eq!(reloaded.list_case_keys()[0].status, KeyStatus::Retired);
        assert_eq!(materials_on_disk(&path).len(), 1);
        assert!(!reloaded.same_keys(&loaded));
    }

    #[test]
    fn envelopes_from_another_ring_name_the_unknown_key() {
        let dir = tempfile::tempdir().unwrap();
        let (mut ring, _) = ring_in(&dir);
        let other = KeyRing::create(dir.path().join("other.json")).unwrap();
        let env = other.wrap(&ID_A, &DataKey::generate().unwrap()).unwrap();
        let err = ring.unwrap(&ID_A, &env).unwrap_err();
        assert!(matches!(err, SealError::UnknownKey { .. }), "{err}");
        assert!(err.to_string().contains(env.key_id().as_str()));
        let err = ring.retire(env.key_id()).unwrap_err();
        assert!(matches!(err, SealError::UnknownKey { .. }), "{err}");
    }

    #[test]
    fn debug_and_list_show_no_material() {
        let dir = tempfile::tempdir().unwrap();
        let (mut ring, path) = ring_in(&dir);
        ring.new_key().unwrap();
        let shown = format!("{ring:?} {ring:#?} {:?}", ring.list()).to_lowercase();
        let materials = materials_on_disk(&path);
        assert_eq!(materials.len(), 2);
        for m in materials {
            assert!(!shown.contains(&m[..16]), "material leaked: {shown}");
        }
        assert!(shown.contains(ring.current().as_str()));
    }

    /// The catalog key is made with the ring, outlives rotation and retirement, is part of what
    /// makes two rings the same, and is added once to a ring from before it existed.
    #[test]
    fn the_catalog_key_stays_through_rotation_and_is_added_to_an_old_ring() {
        let dir = tempfile::tempdir().unwrap();
        let (mut ring, path) = ring_in(&dir);
        let key = *ring.catalog_key().unwrap().expose();
        let on_disk =
            || -> serde_json::Value { serde_json::from_slice(&fs::read(&path).unwrap()).unwrap() };
        assert_eq!(on_disk()["catalog_key"].as_str(), Some(&*hex::encode(key)));
        let old = ring.current();
        ring.new_key().unwrap();
        ring.retire(&old).unwrap();
        let reloaded = KeyRing::load(&path).unwrap();
        assert_eq!(reloaded.catalog_key().unwrap().expose(), &key);
        assert!(reloaded.same_keys(&ring));
        assert!(
            !format!("{reloaded:?} {:?}", reloaded.catalog_key()).contains(&hex::encode(key)[..16])
        );

        // A ring written before catalog keys: loads, gets one once, keeps it.
        let mut old_file = on_disk();
        old_file.as_object_mut().unwrap().remove("catalog_key");
        fs::write(&path, serde_json::to_vec(&old_file).unwrap()).unwrap();
        let mut old_ring = KeyRing::load(&path).unwrap();
        assert!(old_ring.catalog_key().is_none());
        assert!(
            !old_ring.same_keys(&reloaded),
            "a ring without the key is another ring"
        );
        assert!(old_ring.ensure_catalog_key().unwrap());
        let added = *old_ring.catalog_key().unwrap().expose();
        assert!(!old_ring.ensure_catalog_key().unwrap());
        assert_eq!(
            KeyRing::load(&path)
                .unwrap()
                .catalog_key()
                .unwrap()
                .expose(),
            &added
        );

        let mut bad = on_disk();
        bad["catalog_key"] = "00".into();
        fs::write(&path, serde_json::to_vec(&bad).unwrap()).unwrap();
        assert!(matches!(
            KeyRing::load(&path),
            Err(SealError::KeyFileFormat { .. })
        ));
    }

    #[test]
    fn malformed_key_files_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let (_, path) = ring_in(&dir);
        let good = fs::read_to_string(&path).unwrap();
        let material = materials_on_disk(&path).remove(0);
        let cases = [
            good.replace(&material, &material[..62]),
            good.replace("\"active\"", "\"retired\""),
            good.replace("\"format\"", "\"colour\": 1, \"format\""),
            good.replace("casevault-keyring", "other"),
            "not json".to_string(),
        ];
        for (i, text) in cases.iter().enumerate() {
            let p = dir.path().join(format!("bad{i}.json"));
            fs::write(&p, text).unwrap();
            fs::set_permissions(&p, fs::Permissions::from_mode(0o600)).unwrap();
            let err = KeyRing::load(&p).unwrap_err();
            assert!(
                matches!(err, SealError::KeyFileFormat { .. }),
                "case {i}: {err}"
            );
            assert!(
                !err.to_string().contains(&material[..16]),
                "case {i} leaks: {err}"
            );
        }
    }
}
