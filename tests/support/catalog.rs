//! Opening a home's catalog from a test: it is encrypted (SQLCipher) under the catalog key of
//! the home's key ring, so it opens with that key, as the binary opens it.

use std::path::Path;

use casevault::catalog::Catalog;
use casevault::seal::{CatalogKey, KeyRing};

/// The catalog key of the key ring at `key_file`.
pub fn catalog_key(key_file: &Path) -> CatalogKey {
    KeyRing::load(key_file)
        .unwrap_or_else(|e| panic!("{}: {e}", key_file.display()))
        .catalog_key()
        .expect("the ring has a catalog key")
}

/// The catalog of the home at `home` (`catalog.sqlite`, key ring `keys.toml`).
pub fn open_home(home: &Path) -> Catalog {
    open(&home.join("catalog.sqlite"), &home.join("keys.toml"))
}

/// The catalog at `catalog`, with the key ring at `key_file`.
pub fn open(catalog: &Path, key_file: &Path) -> Catalog {
    Catalog::open(catalog, &catalog_key(key_file)).unwrap()
}

/// A raw SQLite connection to the catalog at `catalog`, keyed with the ring at `key_file`: for
/// tests that change rows behind the library's back.
pub fn connection(catalog: &Path, key_file: &Path) -> rusqlite::Connection {
    let db = rusqlite::Connection::open(catalog).unwrap();
    let key = zeroize::Zeroizing::new(format!(
        "PRAGMA key = \"x'{}'\";",
        hex::encode(catalog_key(key_file).expose())
    ));
    db.execute_batch(&key).unwrap();
    db
}
