//! The catalog encrypted at rest (issue 13 point 5): SQLCipher, keyed with the key ring's
//! catalog key.
//!
//! SQLCipher encrypts every page of the database (AES-256-CBC with a random IV per page and an
//! HMAC-SHA512 over it), and so everything SQLite writes to disk: every table and index, the WAL
//! and the rollback journal, and any full-text index a later search adds. That is why it is used
//! rather than encrypting chosen columns: the catalog's personal data is not only in the columns
//! one would list (case names, children's names and dates of birth) but in free text (contact-log
//! details, quarantined file names, e-mail subjects in document names), in indexes built over
//! them, and in old WAL frames, and each of those would otherwise have to be found one by one.
//! A PostgreSQL catalog, where the server, not a file, is what must not read them, seals them
//! field by field instead ([`super::fields`]).
//!
//! The key is raw (`PRAGMA key = "x'…'"`, 256 bits from the key ring), so no passphrase
//! derivation runs when the catalog opens; it is set first thing on the connection, and a read of
//! the schema then proves it is the right one ([`CatalogError::WrongKey`] otherwise: a catalog
//! made under another key ring, or a file that is not a casevault catalog). Cipher settings are
//! SQLCipher 4's defaults; `cipher_memory_security` stays off (its default since 4.5: wiping and
//! locking every allocation costs a good deal of speed for memory that holds, in the clear,
//! only what this process is working on anyway).
//!
//! A catalog written in the clear by an earlier version is encrypted when first opened
//! ([`migrate_plaintext`]): its WAL is checkpointed into it, an encrypted copy is made beside it
//! with `sqlcipher_export`, flushed, and renamed over it, and the old WAL and shared-memory files
//! are removed, so a crash at any point leaves either the old catalog, whole, or the new one.

use std::fs::File;
use std::path::{Path, PathBuf};

use rusqlite::{params, Connection, ErrorCode, OpenFlags};
use zeroize::Zeroizing;

use super::CatalogError;
use crate::seal::CatalogKey;

/// What a catalog file holds, told without its key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum FileState {
    /// No file, or a file with no database in it yet.
    Empty,
    /// An SQLite database in the clear (written by a version before encryption).
    Plain,
    /// Not readable without a key: an encrypted catalog (or not an SQLite file at all).
    Encrypted,
}

/// The first 16 bytes of every SQLite database in the clear; an SQLCipher file starts with its
/// random salt instead.
const PLAIN_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// Tells what the file at `path` holds. A file still empty while its WAL holds the first pages
/// (a new database not yet checkpointed) is read, without a key, to tell.
pub(super) fn file_state(path: &Path) -> Result<FileState, CatalogError> {
    let io = |source| CatalogError::File {
        path: path.to_path_buf(),
        during: "read",
        source,
    };
    let len = match std::fs::metadata(path) {
        Ok(m) => m.len(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(FileState::Empty),
        Err(e) => return Err(io(e)),
    };
    if len >= PLAIN_HEADER.len() as u64 {
        let mut head = [0u8; 16];
        std::io::Read::read_exact(&mut File::open(path).map_err(io)?, &mut head).map_err(io)?;
        return Ok(if &head == PLAIN_HEADER {
            FileState::Plain
        } else {
            FileState::Encrypted
        });
    }
    let wal_len = std::fs::metadata(companion(path, "-wal"))
        .map(|m| m.len())
        .unwrap_or(0);
    if len > 0 || wal_len == 0 {
        return Ok(if len == 0 {
            FileState::Empty
        } else {
            FileState::Encrypted
        });
    }
    let conn =
        Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY).map_err(|source| {
            CatalogError::Open {
                path: path.to_path_buf(),
                source,
            }
        })?;
    match conn.query_row("SELECT COUNT(*) FROM sqlite_master", [], |r| {
        r.get::<_, i64>(0)
    }) {
        Ok(0) => Ok(FileState::Empty),
        Ok(_) => Ok(FileState::Plain),
        Err(e) if e.sqlite_error_code() == Some(ErrorCode::NotADatabase) => {
            Ok(FileState::Encrypted)
        }
        Err(e) => Err(e.into()),
    }
}

/// `<path><suffix>`: SQLite's `-wal`, `-shm` and `-journal` companions.
pub(super) fn companion(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// The key as SQLCipher reads a raw key: `x'<64 hex digits>'`.
fn raw_key(key: &CatalogKey) -> Zeroizing<String> {
    Zeroizing::new(format!("x'{}'", hex::encode(key.expose())))
}

/// Sets the key on a freshly opened connection (before anything reads the database) and proves
/// it opens this database.
pub(super) fn unlock(conn: &Connection, path: &Path, key: &CatalogKey) -> Result<(), CatalogError> {
    let pragma = Zeroizing::new(format!("PRAGMA key = \"{}\";", raw_key(key).as_str()));
    conn.execute_batch(&pragma)?;
    match conn.query_row("SELECT COUNT(*) FROM sqlite_master", [], |r| {
        r.get::<_, i64>(0)
    }) {
        Ok(_) => Ok(()),
        Err(e) if e.sqlite_error_code() == Some(ErrorCode::NotADatabase) => {
            Err(CatalogError::WrongKey {
                path: path.to_path_buf(),
            })
        }
        Err(e) => Err(CatalogError::Open {
            path: path.to_path_buf(),
            source: e,
        }),
    }
}

/// Encrypts a catalog an earlier version wrote in the clear, in place; true when it did. Other
/// processes opening the catalog at the same time wait (an exclusive `flock` on the file) and
/// then find it encrypted. A process of an earlier version still running on it is not stopped:
/// stop casevault everywhere before upgrading.
pub(super) fn migrate_plaintext(path: &Path, key: &CatalogKey) -> Result<bool, CatalogError> {
    if file_state(path)? != FileState::Plain {
        return Ok(false);
    }
    let io = |path: &Path, source| CatalogError::File {
        path: path.to_path_buf(),
        during: "encrypt",
        source,
    };
    let held = File::open(path).map_err(|e| io(path, e))?;
    flock_exclusive(&held).map_err(|e| io(path, e))?;
    // Another process may have done it while this one waited.
    if file_state(path)? != FileState::Plain {
        return Ok(false);
    }
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "catalog".into());
    // What an interrupted migration left (encrypted, but incomplete) goes first.
    let stale = format!(".{name}.encrypting-");
    if let Ok(entries) = std::fs::read_dir(&dir) {
        for e in entries.flatten() {
            if e.file_name().to_string_lossy().starts_with(&stale) {
                let _ = std::fs::remove_file(e.path());
            }
        }
    }
    let mut raw = [0u8; 6];
    rand::RngCore::fill_bytes(&mut rand::rngs::OsRng, &mut raw);
    let tmp = dir.join(format!("{stale}{}", hex::encode(raw)));
    let result = encrypt_copy(path, &tmp, key);
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
        let _ = std::fs::remove_file(companion(&tmp, "-journal"));
        return result.map(|_| false);
    }
    // The old WAL was checkpointed into the old file and truncated: removing it (and the shared
    // memory index) before the rename leaves the old catalog whole if this stops here, and none
    // of its frames can be replayed over the new file afterwards.
    for suffix in ["-wal", "-shm"] {
        let c = companion(path, suffix);
        match std::fs::remove_file(&c) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(io(&c, e)),
        }
    }
    std::fs::rename(&tmp, path).map_err(|e| io(path, e))?;
    if let Ok(d) = File::open(&dir) {
        let _ = d.sync_all();
    }
    drop(held);
    tracing::warn!(
        catalog = %path.display(),
        "the catalog was kept in the clear by an earlier version: it is now encrypted under the \
         key ring's catalog key. Copies of the old file (backups, snapshots) still hold it in the \
         clear: destroy them, and back up the key ring (`casevault keys export FILE`)"
    );
    Ok(true)
}

/// Writes an encrypted copy of the catalog at `path` to `tmp` and flushes it.
fn encrypt_copy(path: &Path, tmp: &Path, key: &CatalogKey) -> Result<(), CatalogError> {
    let io = |source| CatalogError::File {
        path: tmp.to_path_buf(),
        during: "write",
        source,
    };
    crate::private_fs::ensure_private_file(tmp).map_err(io)?;
    let plain = Connection::open(path).map_err(|source| CatalogError::Open {
        path: path.to_path_buf(),
        source,
    })?;
    plain.busy_timeout(std::time::Duration::from_secs(10))?;
    // Everything in the WAL into the file, and the WAL emptied; refused while another
    // connection still reads or writes it.
    let (busy, _, _): (i64, i64, i64) =
        plain.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?;
    if busy != 0 {
        return Err(CatalogError::Migrate {
            path: path.to_path_buf(),
            what: "another process has it open; stop every casevault process and try again".into(),
        });
    }
    let tables: i64 = plain.query_row("SELECT COUNT(*) FROM sqlite_master", [], |r| r.get(0))?;
    let version: i64 = plain.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    plain.execute(
        "ATTACH DATABASE ?1 AS encrypted KEY ?2",
        params![tmp.to_string_lossy(), raw_key(key).as_str()],
    )?;
    plain.query_row("SELECT sqlcipher_export('encrypted')", [], |_| Ok(()))?;
    plain.execute_batch(&format!("PRAGMA encrypted.user_version = {version}"))?;
    plain.execute_batch("DETACH DATABASE encrypted")?;
    drop(plain);
    File::open(tmp).and_then(|f| f.sync_all()).map_err(io)?;
    // The copy opens with the key and holds the whole schema.
    let check = Connection::open(tmp).map_err(|source| CatalogError::Open {
        path: tmp.to_path_buf(),
        source,
    })?;
    unlock(&check, tmp, key)?;
    let copied: i64 = check.query_row("SELECT COUNT(*) FROM sqlite_master", [], |r| r.get(0))?;
    if copied != tables {
        return Err(CatalogError::Migrate {
            path: path.to_path_buf(),
            what: format!("the encrypted copy holds {copied} of {tables} schema entries"),
        });
    }
    Ok(())
}

fn flock_exclusive(file: &File) -> std::io::Result<()> {
    use std::os::unix::io::AsRawFd;
    loop {
        // SAFETY: flock on a file descriptor this File owns and keeps open.
        if unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX) } == 0 {
            return Ok(());
        }
        let e = std::io::Error::last_os_error();
        if e.kind() != std::io::ErrorKind::Interrupted {
            return Err(e);
        }
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    /// A catalog left in the clear with its last writes still in the WAL (as a killed process
    /// of an earlier version leaves it) is encrypted whole, once; the old WAL goes with it.
    #[test]
    fn a_plaintext_catalog_and_its_wal_are_encrypted_in_place() {
        let dir = tempfile::tempdir().unwrap();
        let live = dir.path().join("live");
        std::fs::create_dir(&live).unwrap();
        let conn = Connection::open(live.join("c.sqlite")).unwrap();
        conn.pragma_update(None, "journal_mode", "WAL").unwrap();
        conn.execute_batch(
            "CREATE TABLE cases (case_number TEXT, case_name TEXT);
             INSERT INTO cases VALUES ('LS24P01234', 'Hughes v Patel');
             PRAGMA user_version = 3;",
        )
        .unwrap();
        // The files as they are before the connection checkpoints on closing.
        let path = dir.path().join("c.sqlite");
        std::fs::copy(live.join("c.sqlite"), &path).unwrap();
        std::fs::copy(live.join("c.sqlite-wal"), companion(&path, "-wal")).unwrap();
        drop(conn);
        assert!(std::fs::metadata(companion(&path, "-wal")).unwrap().len() > 0);
        assert_eq!(file_state(&path).unwrap(), FileState::Plain);

        let key = CatalogKey::from_bytes([7; 32]);
        assert!(migrate_plaintext(&path, &key).unwrap());
        assert_eq!(file_state(&path).unwrap(), FileState::Encrypted);
        assert!(!companion(&path, "-wal").exists());
        assert!(!companion(&path, "-shm").exists());
        let bytes = std::fs::read(&path).unwrap();
        for needle in [&b"Hughes v Patel"[..], b"LS24P01234", b"CREATE TABLE"] {
            assert!(!bytes.windows(needle.len()).any(|w| w == needle));
        }
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 2, "left behind: {names:?}");

        let conn = Connection::open(&path).unwrap();
        unlock(&conn, &path, &key).unwrap();
        let row: (String, i64) = conn
            .query_row(
                "SELECT case_name, (SELECT user_version FROM pragma_user_version) FROM cases",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert_eq!(row, ("Hughes v Patel".to_string(), 3));
        drop(conn);
        assert!(!migrate_plaintext(&path, &key).unwrap(), "done once only");

        let wrong = Connection::open(&path).unwrap();
        let err = unlock(&wrong, &path, &CatalogKey::from_bytes([8; 32])).unwrap_err();
        assert!(matches!(err, CatalogError::WrongKey { .. }), "{err}");
    }

    #[test]
    fn no_file_and_an_empty_file_hold_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.sqlite");
        assert_eq!(file_state(&path).unwrap(), FileState::Empty);
        std::fs::write(&path, b"").unwrap();
        assert_eq!(file_state(&path).unwrap(), FileState::Empty);
        assert!(!migrate_plaintext(&path, &CatalogKey::from_bytes([7; 32])).unwrap());
    }
}
