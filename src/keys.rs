//! Key ring management: new keys, listing what each key wraps, rotation, retirement.
//!
//! Rotation re-wraps data keys, it never re-encrypts content (docs/sealed-format.md §4-5): for each
//! envelope under another key than the current one, unwrap it and wrap the same data key under the
//! current key, write the new envelope to the store, then to the catalog. Every document is done
//! on its own and a re-wrap of an envelope already under the current key is skipped, so a rotation
//! stopped at any point (a crash, or `--limit`) is finished by running it again. The store is
//! written before the catalog so that the catalog never names a key the store has left behind; a
//! final sweep over every envelope in the store catches anything the catalog does not know
//! (records, or a document the catalog lost).
//!
//! A key is retired (its material destroyed) only when no envelope anywhere, catalog or store,
//! still uses it: retiring a key that still wraps something would destroy those documents.
//! `new`, `rotate` and `retire` hold the ring's lock exclusive ([`crate::seal::custody`]) and a
//! running pipeline holds it shared while it seals a document, so a key is never retired between
//! a pipeline's wrap and the moment the catalog names that envelope.
//!
//! Shielded cases' own keys (case keys, [`crate::shield`]) are part of rotation too: an envelope's
//! target is its case's key while the case is shielded, else the current key, so rotation never
//! un-shields a document. A case key older than the ring's current key is replaced by a fresh one
//! at the next rotation (the same reason `keys new` was run applies to the case keys kept in the
//! same file), and its envelopes move to it like any other; the old one is retired with the other
//! old keys once nothing uses it. Rotation also finishes any shielding or lift that was stopped
//! part-way. A case key is never retired while its case is shielded.
//!
//! Custody: the first ring is made by `init` (or by the first filing into an empty home), never
//! where something sealed already exists (see `sink`). `export` writes the key file, whole, as an
//! age file encrypted to a passphrase (scrypt), ASCII-armoured so it can be printed; `import`
//! restores it, and never over a different ring.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;
use thiserror::Error;

use std::io::{Read, Write};

use crate::catalog::{Catalog, CatalogError};
use crate::config::Config;
use crate::seal::{KeyId, KeyInfo, KeyLock, KeyRing, SealError};
use crate::sink::records::envelope_key_id;
use crate::sink::{Sink, SinkError};

/// Errors of key management.
#[derive(Debug, Error)]
pub enum KeysError {
    #[error("key file {} does not exist: restore it from its backup (`casevault keys import BACKUP`), or, for a new installation, run `casevault keys init`", .0.display())]
    NoKeyFile(std::path::PathBuf),
    #[error("key file {} already exists: `keys init` makes the first ring only (`casevault keys new` adds a key to it)", .0.display())]
    AlreadyInitialised(std::path::PathBuf),
    #[error("not making a new key ring: {holds}, sealed under a ring that is not at {}. Restore that ring (`casevault keys import BACKUP`); only if it is lost for good, `casevault keys init --force` starts a new one (what it sealed stays unreadable)", path.display())]
    WouldOrphan {
        path: std::path::PathBuf,
        holds: String,
    },
    #[error("the backup holds a different key ring from the one at {}: not overwriting it. Move that file aside (keep it) and import again", .0.display())]
    DifferentRing(std::path::PathBuf),
    #[error("backup {}: {what}", path.display())]
    Backup {
        path: std::path::PathBuf,
        what: String,
    },
    #[error("the passphrase is too short: use at least {0} characters (a backup is only as strong as its passphrase)")]
    WeakPassphrase(usize),
    #[error(transparent)]
    Seal(#[from] SealError),
    #[error(transparent)]
    Sink(#[from] SinkError),
    #[error(transparent)]
    Catalog(#[from] CatalogError),
    #[error("key {key} still wraps {total} envelope(s) ({catalog} document(s) in the catalog, {records} record(s) in the catalog, {store} envelope(s) in the store); run `casevault keys rotate` first, then retire it")]
    StillInUse {
        key: String,
        total: usize,
        catalog: usize,
        records: usize,
        store: usize,
    },
    #[error("key {0} is the current key and cannot be retired: run `casevault keys new` first, then `casevault keys rotate`")]
    RetireCurrent(String),
    #[error("the key file has no key {0}: run `casevault keys ls` to see the ids")]
    UnknownKey(String),
    #[error("key {0} is the own key of a shielded case and cannot be retired while the case is shielded")]
    CaseKeyInUse(String),
    #[error(transparent)]
    Shield(#[from] crate::shield::ShieldError),
}

/// A key and what it wraps.
#[derive(Debug, Clone, Serialize)]
pub struct KeyUse {
    pub id: String,
    pub created: String,
    pub status: String,
    pub current: bool,
    /// A shielded case's own key (its case is known to the catalog only).
    pub case_key: bool,
    /// Documents whose catalog envelope is wrapped under this key.
    pub documents: usize,
    /// Mirrored records (cases, holds, destruction records) wrapped under this key.
    pub records: usize,
}

/// What a rotation did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct RotateReport {
    /// Documents re-wrapped now.
    pub documents: usize,
    /// Records and other store envelopes re-wrapped now.
    pub records: usize,
    /// Envelopes that still need re-wrapping (non-zero only when stopped by a limit).
    pub remaining: usize,
    /// Keys retired afterwards (`--retire-old`).
    pub retired: Vec<String>,
    /// Shielded cases given a fresh key of their own (theirs was older than the current key).
    pub case_keys_replaced: usize,
    /// Shieldings or lifts that an earlier run left unfinished and this one finished.
    pub shields_settled: usize,
}

/// Loads the key ring; a missing file is an error here.
pub fn load_ring(path: &Path) -> Result<KeyRing, KeysError> {
    if !path.exists() {
        return Err(KeysError::NoKeyFile(path.to_path_buf()));
    }
    Ok(KeyRing::load(path)?)
}

/// Makes a new key current in the existing ring (under the ring's lock); returns its id.
pub fn new_key(path: &Path) -> Result<KeyId, KeysError> {
    if !path.exists() {
        return Err(KeysError::NoKeyFile(path.to_path_buf()));
    }
    let _lock = KeyLock::exclusive(path)?;
    let mut ring = KeyRing::load(path)?;
    Ok(ring.new_key()?)
}

/// Makes the first key ring of a home; returns its current key. Refused where the catalog or the
/// store already holds something sealed, unless `force` (a ring lost for good).
pub async fn init(config: &Config, force: bool) -> Result<KeyId, KeysError> {
    let path = &config.key_file;
    if path.exists() {
        return Err(KeysError::AlreadyInitialised(path.clone()));
    }
    let store = crate::store::open(&config.store_url, &crate::sink::s3_settings(config).into())
        .await
        .map_err(SinkError::from)?;
    if let Some(holds) = crate::sink::holdings(config, &store).await? {
        if !force {
            return Err(KeysError::WouldOrphan {
                path: path.clone(),
                holds,
            });
        }
        tracing::warn!(%holds, "making a new key ring although documents were sealed under another (--force)");
    }
    if let Some(parent) = path.parent() {
        let _ = std::fs::create_dir_all(parent);
    }
    let current = KeyRing::create(path)?.current();
    // A catalog encrypted under the lost ring opens with no other: it is set aside (kept, not
    // deleted), so the new ring starts a new catalog.
    if config.catalog_url.is_none()
        && Catalog::holdings(&config.catalog)? == crate::catalog::Holdings::Encrypted
    {
        let aside = Catalog::set_aside(&config.catalog)?;
        tracing::warn!(catalog = %config.catalog.display(), aside = %aside.display(), "the catalog was encrypted under the lost key ring and cannot be read with the new one: moved aside");
    }
    Ok(current)
}

/// The shortest passphrase a backup accepts.
pub const MIN_PASSPHRASE: usize = 12;

/// Writes the key file, whole, to `backup` as an ASCII-armoured age file encrypted to
/// `passphrase` (scrypt). `backup` must not exist; it is made with mode 0600.
pub fn export(
    key_file: &Path,
    backup: &Path,
    passphrase: age::secrecy::SecretString,
) -> Result<(), KeysError> {
    use age::secrecy::ExposeSecret;
    if passphrase.expose_secret().chars().count() < MIN_PASSPHRASE {
        return Err(KeysError::WeakPassphrase(MIN_PASSPHRASE));
    }
    load_ring(key_file)?; // a ring that does not load is no backup
    let plain = zeroize::Zeroizing::new(std::fs::read(key_file).map_err(|source| {
        SealError::KeyFileIo {
            during: "read",
            path: key_file.to_path_buf(),
            source,
        }
    })?);
    let fail = |what: String| KeysError::Backup {
        path: backup.to_path_buf(),
        what,
    };
    let mut sealed = Vec::new();
    {
        let armored =
            age::armor::ArmoredWriter::wrap_output(&mut sealed, age::armor::Format::AsciiArmor)
                .map_err(|e| fail(e.to_string()))?;
        let mut w = age::Encryptor::with_user_passphrase(passphrase)
            .wrap_output(armored)
            .map_err(|e| fail(e.to_string()))?;
        w.write_all(&plain).map_err(|e| fail(e.to_string()))?;
        w.finish()
            .and_then(|a| a.finish())
            .map_err(|e| fail(e.to_string()))?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut f = options
        .open(backup)
        .map_err(|e| fail(format!("cannot create it ({e}); it must not exist yet")))?;
    f.write_all(&sealed)
        .and_then(|()| f.sync_all())
        .map_err(|e| fail(e.to_string()))?;
    Ok(())
}

/// What an import did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Imported {
    /// The key file was missing and is now restored.
    Restored,
    /// The key file was there already and holds exactly the backup's keys.
    AlreadyInPlace,
}

/// Restores the key file from a backup written by [`export`]. Never replaces a different ring.
pub fn import(
    key_file: &Path,
    backup: &Path,
    passphrase: age::secrecy::SecretString,
) -> Result<Imported, KeysError> {
    let fail = |what: String| KeysError::Backup {
        path: backup.to_path_buf(),
        what,
    };
    let sealed = std::fs::read(backup).map_err(|e| fail(format!("cannot read it: {e}")))?;
    let decryptor = age::Decryptor::new_buffered(age::armor::ArmoredReader::new(&sealed[..]))
        .map_err(|e| fail(format!("not an age file ({e})")))?;
    if !decryptor.is_scrypt() {
        return Err(fail("it is not encrypted to a passphrase".into()));
    }
    let identity = age::scrypt::Identity::new(passphrase);
    let mut plain = zeroize::Zeroizing::new(Vec::new());
    decryptor
        .decrypt(std::iter::once(&identity as &dyn age::Identity))
        .map_err(|e| match e {
            age::DecryptError::DecryptionFailed | age::DecryptError::NoMatchingKeys => {
                fail("the passphrase is wrong (or the file was altered)".into())
            }
            other => fail(other.to_string()),
        })?
        .read_to_end(&mut plain)
        .map_err(|e| fail(format!("it is damaged ({e})")))?;
    let restored = KeyRing::from_bytes(key_file, &plain)?;
    if let Some(parent) = key_file.parent() {
        let _ = std::fs::create_dir_all(parent);
    }
    let _lock = KeyLock::exclusive(key_file)?;
    if key_file.exists() {
        let existing = KeyRing::load(key_file)?;
        if existing.same_keys(&restored) {
            return Ok(Imported::AlreadyInPlace);
        }
        return Err(KeysError::DifferentRing(key_file.to_path_buf()));
    }
    restored.install()?;
    Ok(Imported::Restored)
}

/// Every key with how many documents and records the catalog says it wraps.
pub fn usage(ring: &KeyRing, catalog: &Catalog) -> Result<Vec<KeyUse>, KeysError> {
    let docs = catalog_document_keys(catalog)?;
    let mut records: BTreeMap<String, usize> = BTreeMap::new();
    for r in catalog.store_records()? {
        *records.entry(r.key_id).or_default() += 1;
    }
    let case_keys = ring.list_case_keys();
    Ok(ring
        .list()
        .into_iter()
        .map(|k| (k, false))
        .chain(case_keys.into_iter().map(|k| (k, true)))
        .map(|(k, case_key): (KeyInfo, bool)| {
            let id = k.id.to_string();
            KeyUse {
                case_key,
                documents: docs.get(&id).copied().unwrap_or(0),
                records: records.get(&id).copied().unwrap_or(0),
                created: k.created.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                status: match k.status {
                    crate::seal::KeyStatus::Active => "active".into(),
                    crate::seal::KeyStatus::Retired => "retired".into(),
                },
                current: k.current,
                id,
            }
        })
        .collect())
}

fn catalog_document_keys(catalog: &Catalog) -> Result<BTreeMap<String, usize>, KeysError> {
    let mut docs: BTreeMap<String, usize> = BTreeMap::new();
    for (_, env) in catalog.document_envelopes()? {
        *docs.entry(envelope_key_id(&env)?).or_default() += 1;
    }
    Ok(docs)
}

/// How many envelopes in the store are wrapped under each key id (reads every `keys/` object).
pub async fn store_key_usage(sink: &Sink) -> Result<BTreeMap<String, usize>, KeysError> {
    Ok(sink.store_key_usage().await?)
}

/// Re-wraps every envelope not under the key it belongs under (its shielded case's own key, else
/// the current key), at most `limit` of them; first gives shielded cases whose key is older than
/// the current key a fresh one, and finishes shieldings and lifts left part-way (those are not
/// counted against `limit`). Then mirrors the cases whose key changed.
pub async fn rotate(
    catalog: &Catalog,
    sink: &Sink,
    limit: Option<usize>,
) -> Result<RotateReport, KeysError> {
    let report = {
        // Exclusive: no pipeline is between a wrap and its catalog row while envelopes move.
        let _lock = sink.lock_keys_exclusive().await?;
        rotate_locked(catalog, sink, limit).await?
    };
    if report.case_keys_replaced + report.shields_settled > 0 {
        sink.mirror_records(catalog).await?;
    }
    Ok(report)
}

/// Gives every shielded case whose key is older than the ring's current key a fresh one (saved in
/// the ring before the catalog names it); returns how many. Its envelopes move in the rotation.
fn replace_old_case_keys(catalog: &Catalog, sink: &Sink) -> Result<usize, KeysError> {
    let Some(key_file) = sink.key_file() else {
        return Ok(0);
    };
    let mut ring = KeyRing::load(key_file)?;
    let current = ring.current();
    let Some(since) = ring
        .list()
        .into_iter()
        .find(|k| k.id == current)
        .map(|k| k.created)
    else {
        return Ok(0);
    };
    let created: BTreeMap<String, chrono::DateTime<chrono::Utc>> = ring
        .list_case_keys()
        .into_iter()
        .map(|k| (k.id.to_string(), k.created))
        .collect();
    let mut replaced = 0;
    for s in catalog.shield_states()? {
        let Some(key) = s.target() else { continue };
        if created.get(key).is_some_and(|c| *c < since) {
            let fresh = ring.new_case_key()?;
            catalog.set_shield_key(&s.case_number, fresh.as_str())?;
            replaced += 1;
        }
    }
    Ok(replaced)
}

async fn rotate_locked(
    catalog: &Catalog,
    sink: &Sink,
    limit: Option<usize>,
) -> Result<RotateReport, KeysError> {
    let mut report = RotateReport {
        case_keys_replaced: replace_old_case_keys(catalog, sink)?,
        shields_settled: crate::shield::settle_all_locked(catalog, sink).await?.len(),
        ..RotateReport::default()
    };
    let mut budget = limit.unwrap_or(usize::MAX);
    let current = sink.key_wrapper().current_key_id();
    // Documents of shielded cases belong under their case's key; everything else under the
    // current key.
    let mut targets: BTreeMap<String, KeyId> = BTreeMap::new();
    for (id, key) in catalog.shielded_document_targets()? {
        targets.insert(id, KeyId::new(key)?);
    }
    let target_of = |id: &str| targets.get(id).unwrap_or(&current);

    // 1. Documents, from the catalog: store first, then catalog.
    let mut deferred = std::collections::BTreeSet::new();
    let mut in_catalog = std::collections::BTreeSet::new();
    for (id, env) in catalog.document_envelopes()? {
        in_catalog.insert(id.clone());
        let target = target_of(&id);
        if envelope_key_id(&env)? == target.as_str() {
            continue;
        }
        if budget == 0 {
            report.remaining += 1;
            deferred.insert(id);
            continue;
        }
        if let Some(new) = sink.rewrap_envelope_to(&id, &env, target)? {
            let bytes = new.to_bytes();
            sink.put_envelope(&id, &bytes).await?;
            crate::failpoint::hit("rotate-after-put-envelope");
            catalog.set_key_envelope(&id, &bytes)?;
            crate::failpoint::hit("rotate-after-catalog");
            report.documents += 1;
            budget -= 1;
            tracing::info!(doc = %id, key = %target, "re-wrapped");
        }
    }

    // 2. Everything else in the store (records, and any envelope the catalog does not hold).
    let records: BTreeMap<String, ()> = catalog
        .store_records()?
        .into_iter()
        .map(|r| (r.record_id, ()))
        .collect();
    let ring = sink.key_file().map(KeyRing::load).transpose()?;
    for key in sink.store().list("keys").await.map_err(SinkError::from)? {
        let id = key.trim_start_matches("keys/").to_string();
        if deferred.contains(&id) {
            continue;
        }
        let Some(env) = sink.store_envelope(&id).await? else {
            continue;
        };
        let under = envelope_key_id(&env)?;
        let target = target_of(&id);
        if under == target.as_str() {
            continue;
        }
        // An envelope under a case key that the catalog does not list as a document (a filing
        // stopped before its row was stored) is left where it is: never un-shielded by guess.
        let under_case_key = KeyId::new(under)
            .ok()
            .zip(ring.as_ref())
            .is_some_and(|(k, r)| r.is_case_key(&k));
        if under_case_key && !in_catalog.contains(&id) {
            continue;
        }
        if budget == 0 {
            report.remaining += 1;
            continue;
        }
        if let Some(new) = sink.rewrap_envelope_to(&id, &env, target)? {
            let bytes = new.to_bytes();
            sink.put_envelope(&id, &bytes).await?;
            if records.contains_key(&id) {
                catalog.set_store_record_key(&id, target.as_str())?;
            } else {
                // A document whose catalog copy was already where it belongs but whose store copy
                // was not (or one the catalog does not list): keep the two copies equal.
                catalog.set_key_envelope(&id, &bytes)?;
            }
            report.records += 1;
            budget -= 1;
        }
    }
    Ok(report)
}

/// Takes the ring's lock exclusive without blocking the runtime's thread while it waits.
async fn lock_exclusive(key_file: &Path) -> Result<KeyLock, KeysError> {
    let path = key_file.to_path_buf();
    Ok(
        tokio::task::spawn_blocking(move || KeyLock::exclusive(&path))
            .await
            .expect("locking does not panic")?,
    )
}

/// Retires `id` if nothing, in catalog or store, is still wrapped under it. Holds the ring's lock
/// exclusive, so no pipeline is wrapping under it meanwhile.
pub async fn retire(
    key_file: &Path,
    catalog: &Catalog,
    sink: &Sink,
    id: &str,
) -> Result<(), KeysError> {
    let _lock = lock_exclusive(key_file).await?;
    retire_locked(key_file, catalog, sink, id).await
}

async fn retire_locked(
    key_file: &Path,
    catalog: &Catalog,
    sink: &Sink,
    id: &str,
) -> Result<(), KeysError> {
    let mut ring = load_ring(key_file)?;
    let key = KeyId::new(id).map_err(|_| KeysError::UnknownKey(id.to_string()))?;
    if !ring.list().iter().any(|k| k.id == key) && !ring.is_case_key(&key) {
        return Err(KeysError::UnknownKey(id.to_string()));
    }
    if ring.current() == key {
        return Err(KeysError::RetireCurrent(id.to_string()));
    }
    if catalog
        .shield_states()?
        .iter()
        .any(|s| s.shielded && s.key.as_deref() == Some(id))
    {
        return Err(KeysError::CaseKeyInUse(id.to_string()));
    }
    let in_catalog = catalog_document_keys(catalog)?
        .get(id)
        .copied()
        .unwrap_or(0);
    let in_records = catalog
        .store_records()?
        .iter()
        .filter(|r| r.key_id == id)
        .count();
    let in_store = store_key_usage(sink).await?.get(id).copied().unwrap_or(0);
    if in_catalog + in_records + in_store > 0 {
        return Err(KeysError::StillInUse {
            key: id.to_string(),
            total: (in_catalog + in_records).max(in_store),
            catalog: in_catalog,
            records: in_records,
            store: in_store,
        });
    }
    ring.retire(&key)?;
    Ok(())
}

/// Retires every active key other than the current one that nothing uses; returns their ids.
/// Keys still in use are left active and named in the error of the first one found.
pub async fn retire_unused(
    key_file: &Path,
    catalog: &Catalog,
    sink: &Sink,
) -> Result<Vec<String>, KeysError> {
    let _lock = lock_exclusive(key_file).await?;
    let ring = load_ring(key_file)?;
    // Case keys no case names any more: replaced at a rotation, or made by a shielding stopped
    // before the catalog named its key. A lifted case's key is retired by its lift.
    let named: std::collections::BTreeSet<String> = catalog
        .shield_states()?
        .into_iter()
        .filter_map(|s| s.key)
        .collect();
    let orphans = ring
        .list_case_keys()
        .into_iter()
        .filter(|k| !named.contains(k.id.as_str()));
    let mut retired = Vec::new();
    for k in ring.list().into_iter().chain(orphans) {
        if k.current || k.status == crate::seal::KeyStatus::Retired {
            continue;
        }
        retire_locked(key_file, catalog, sink, k.id.as_str()).await?;
        retired.push(k.id.to_string());
    }
    Ok(retired)
}
