//! The key ring a home's commands use, and the catalog opened under its catalog key.
//!
//! The catalog is encrypted with a key from the key ring, so the ring is read before the catalog
//! is opened, and the rules for a missing ring hold for every command, also those that touch
//! only the catalog (`ls`, `log`, `hold`): a missing key file is replaced by a first ring only in
//! an empty home (no catalog holding anything, nothing sealed in the store); anywhere else it is
//! [`SinkError::NoKeyRing`], saying what to restore. An encrypted catalog counts as holding
//! something: it opens with its own ring's key only. A ring from an earlier version gets the keys
//! it lacks (the destruction record's chain key, the catalog key) when first used, under the
//! ring's lock so that two processes cannot each add a different one.

use crate::catalog::{Catalog, Holdings};
use crate::config::Config;
use crate::seal::{CatalogKey, KeyLock, KeyRing, SealError};
use crate::store::{self, Store};

use super::SinkError;

/// What the catalog and the store of a home already hold that a key ring sealed, in words; `None`
/// when they hold nothing (an empty home, where a first ring may be made).
pub async fn holdings(config: &Config, store: &Store) -> Result<Option<String>, SinkError> {
    let mut held = Vec::new();
    let holdings = match &config.catalog_url {
        // Counting needs no key (a first ring may not exist yet).
        Some(url) => Catalog::open_postgres(url, None)?.holding_counts()?,
        None => Catalog::holdings(&config.catalog)?,
    };
    match holdings {
        Holdings::Encrypted => held.push(format!(
            "the catalog {} is encrypted under that ring's catalog key",
            config.catalog_place()
        )),
        Holdings::Plain {
            documents,
            destructions,
        } => {
            if documents > 0 {
                held.push(format!(
                    "the catalog {} lists {documents} document(s)",
                    config.catalog_place()
                ));
            }
            if destructions > 0 {
                held.push(format!(
                    "its destruction record ({destructions} record(s)) is keyed by the ring"
                ));
            }
        }
    }
    // Every sealed object, document or record, has its envelope under keys/.
    for prefix in ["keys", "objects"] {
        if !store.list(prefix).await?.is_empty() {
            held.push(format!(
                "the store {} holds sealed objects",
                config.store_url
            ));
            break;
        }
    }
    Ok((!held.is_empty()).then(|| held.join(", and ")))
}

/// Makes sure the home has its key ring: a missing key file is made (mode 0600) only for an empty
/// home, and is [`SinkError::NoKeyRing`] anywhere else; a ring from an earlier version gets the
/// keys it lacks. Returns the ring as loaded.
pub async fn ensure_ring(config: &Config, store: &Store) -> Result<KeyRing, SinkError> {
    let path = &config.key_file;
    if !path.exists() {
        if let Some(holds) = holdings(config, store).await? {
            return Err(SinkError::NoKeyRing {
                path: path.clone(),
                holds,
            });
        }
        if let Some(parent) = path.parent() {
            let _ = std::fs::create_dir_all(parent);
        }
        match KeyRing::create(path) {
            // Another process made it first: use that one.
            Ok(_) | Err(SealError::KeyFileExists { .. }) => {}
            Err(e) => return Err(e.into()),
        }
        tracing::info!(path = %path.display(), "an empty home: made its first key ring; back it up with `casevault keys export FILE`");
    }
    complete_ring(path)
}

/// Loads the ring at `path`, first adding (under its lock) the chain key and the catalog key to
/// a ring written before they existed.
fn complete_ring(path: &std::path::Path) -> Result<KeyRing, SinkError> {
    let ring = KeyRing::load(path)?;
    if ring.chain_key().is_some() && ring.catalog_key().is_some() {
        return Ok(ring);
    }
    drop(ring);
    let _lock = KeyLock::exclusive(path)?;
    let mut ring = KeyRing::load(path)?;
    if ring.ensure_chain_key()? {
        tracing::info!(path = %path.display(), "added the destruction record's chain key to the key ring");
    }
    if ring.ensure_catalog_key()? {
        tracing::info!(path = %path.display(), "added the catalog key to the key ring; back the ring up again with `casevault keys export FILE`");
    }
    Ok(ring)
}

/// The home's catalog key, from its key ring (made or completed as [`ensure_ring`] says). Usable
/// inside and outside an async runtime: when the key file is missing, what the store holds is
/// read on a thread of its own.
///
/// # Errors
/// [`SinkError::NoKeyRing`] when the key file is missing from a home that holds something, and
/// the key file's own errors.
pub fn catalog_key(config: &Config) -> Result<CatalogKey, SinkError> {
    let ring = if config.key_file.exists() {
        complete_ring(&config.key_file)?
    } else {
        std::thread::scope(|s| {
            s.spawn(|| {
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .map_err(SinkError::Runtime)?;
                rt.block_on(async {
                    let store =
                        store::open(&config.store_url, &super::s3_settings(config).into()).await?;
                    ensure_ring(config, &store).await
                })
            })
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
        })?
    };
    Ok(ring
        .catalog_key()
        .expect("complete_ring gives every ring its catalog key"))
}

/// Opens the home's catalog under its key ring's catalog key ([`catalog_key`]).
pub fn open_catalog(config: &Config) -> Result<Catalog, SinkError> {
    let key = catalog_key(config)?;
    match &config.catalog_url {
        // SQLCipher's key on SQLite; on PostgreSQL the key personal data is sealed under,
        // field by field (catalog::fields).
        Some(url) => Ok(Catalog::open_postgres(url, Some(&key))?),
        None => Ok(Catalog::open(&config.catalog, &key)?),
    }
}
