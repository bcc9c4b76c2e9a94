//! The key ring as a running process holds it: re-read when its file changes, and a lock that
//! rotation and retirement take and filing respects.
//!
//! A watcher runs for weeks. Without this, `keys new` in another process would leave it wrapping
//! new documents under the old key until restarted, and `keys rotate --retire-old` could destroy
//! that old key while the watcher still wraps with it: every document filed after that moment
//! would be sealed under a key that no longer exists. Two things close that:
//!
//! - [`WatchedKeyRing`] looks at the key file (inode, size, modification time) before it wraps,
//!   and loads it again when it changed. The file is only ever replaced whole (rename), so a
//!   changed file is always a new inode and never half written.
//! - [`KeyLock`] is an advisory `flock` on `<key file>.lock`. Filing holds it *shared* from the
//!   wrap of a new data key until the catalog row names the envelope (so the envelope is then in
//!   the catalog and the store, where retirement's usage count sees it); `keys new`, `rotate` and
//!   `retire` hold it *exclusive*. So a retirement either runs before a filing starts (which then
//!   re-reads the ring and wraps under the new current key) or after it ended (and counts its
//!   envelope, refusing to retire a key still in use). `flock` locks belong to the open file, so a
//!   process that dies releases them; other machines sharing the key file over NFS are not
//!   covered (casevault's several-workers set-up keeps keys per machine).

use std::fs::{File, OpenOptions};
use std::path::{Path, PathBuf};
use std::sync::RwLock;

use super::envelope::{KeyEnvelope, KeyId, KeyWrapper};
use super::{ChainKey, DataKey, KeyRing, ObjectId, SealError};

/// A held lock on a key ring (released on drop, or when the process ends).
#[derive(Debug)]
pub struct KeyLock {
    _file: File,
}

impl KeyLock {
    /// The lock file of the key ring at `key_file`: `<key file>.lock` beside it.
    pub fn path_for(key_file: &Path) -> PathBuf {
        let mut name = key_file
            .file_name()
            .map(|n| n.to_os_string())
            .unwrap_or_else(|| "keys".into());
        name.push(".lock");
        key_file.with_file_name(name)
    }

    /// Takes the lock shared (filing): waits while a rotation or retirement holds it.
    ///
    /// # Errors
    /// [`SealError::KeyLockIo`].
    pub fn shared(key_file: &Path) -> Result<KeyLock, SealError> {
        Self::take(key_file, false)
    }

    /// Takes the lock exclusive (new key, rotation, retirement): waits for every filing in
    /// flight, in every process, to finish the document in hand.
    ///
    /// # Errors
    /// [`SealError::KeyLockIo`].
    pub fn exclusive(key_file: &Path) -> Result<KeyLock, SealError> {
        Self::take(key_file, true)
    }

    /// Takes the lock exclusive if no one holds it; `None` if someone does.
    ///
    /// # Errors
    /// [`SealError::KeyLockIo`].
    pub fn try_exclusive(key_file: &Path) -> Result<Option<KeyLock>, SealError> {
        let path = Self::path_for(key_file);
        let file = open_lock_file(&path)?;
        match flock(&file, libc::LOCK_EX | libc::LOCK_NB) {
            Ok(()) => Ok(Some(KeyLock { _file: file })),
            Err(e) if e.raw_os_error() == Some(libc::EWOULDBLOCK) => Ok(None),
            Err(source) => Err(SealError::KeyLockIo {
                during: "lock",
                path,
                source,
            }),
        }
    }

    fn take(key_file: &Path, exclusive: bool) -> Result<KeyLock, SealError> {
        let path = Self::path_for(key_file);
        let file = open_lock_file(&path)?;
        let op = if exclusive {
            libc::LOCK_EX
        } else {
            libc::LOCK_SH
        };
        flock(&file, op).map_err(|source| SealError::KeyLockIo {
            during: "lock",
            path,
            source,
        })?;
        Ok(KeyLock { _file: file })
    }
}

fn open_lock_file(path: &Path) -> Result<File, SealError> {
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path).map_err(|source| SealError::KeyLockIo {
        during: "open",
        path: path.to_path_buf(),
        source,
    })
}

fn flock(file: &File, op: libc::c_int) -> std::io::Result<()> {
    use std::os::unix::io::AsRawFd;
    loop {
        // SAFETY: flock on a file descriptor this File owns and keeps open.
        if unsafe { libc::flock(file.as_raw_fd(), op) } == 0 {
            return Ok(());
        }
        let e = std::io::Error::last_os_error();
        if e.kind() != std::io::ErrorKind::Interrupted {
            return Err(e);
        }
    }
}

/// What identifies one version of the key file: a replaced file is a new inode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stamp {
    inode: u64,
    len: u64,
    modified: Option<std::time::SystemTime>,
}

fn stamp(path: &Path) -> Result<Stamp, SealError> {
    let meta = std::fs::metadata(path).map_err(|source| SealError::KeyFileIo {
        during: "inspect",
        path: path.to_path_buf(),
        source,
    })?;
    #[cfg(unix)]
    let inode = std::os::unix::fs::MetadataExt::ino(&meta);
    #[cfg(not(unix))]
    let inode = 0;
    Ok(Stamp {
        inode,
        len: meta.len(),
        modified: meta.modified().ok(),
    })
}

/// A key ring that follows its key file: loaded again when the file changed, before a new data
/// key is wrapped, and before giving up on an envelope that names a key it does not know (another
/// process may have made it). Implements [`KeyWrapper`].
pub struct WatchedKeyRing {
    path: PathBuf,
    state: RwLock<(KeyRing, Stamp)>,
}

impl WatchedKeyRing {
    /// Loads the key file at `path`.
    ///
    /// # Errors
    /// As [`KeyRing::load`].
    pub fn load(path: &Path) -> Result<WatchedKeyRing, SealError> {
        let before = stamp(path)?;
        let ring = KeyRing::load(path)?;
        Ok(WatchedKeyRing {
            path: path.to_path_buf(),
            state: RwLock::new((ring, before)),
        })
    }

    /// The key file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Loads the ring again if its file changed since it was last read. A key file that has
    /// gone, or no longer parses, is an error: nothing is wrapped under a ring whose custody is in
    /// doubt (the document stays in the inbox and is tried again).
    ///
    /// # Errors
    /// As [`KeyRing::load`].
    pub fn refresh(&self) -> Result<(), SealError> {
        let now = stamp(&self.path)?;
        if self.state.read().unwrap_or_else(|p| p.into_inner()).1 == now {
            return Ok(());
        }
        let ring = KeyRing::load(&self.path)?;
        tracing::info!(key = %ring.current(), "key file changed; key ring loaded again");
        *self.state.write().unwrap_or_else(|p| p.into_inner()) = (ring, now);
        Ok(())
    }

    fn with<T>(&self, f: impl FnOnce(&KeyRing) -> T) -> T {
        f(&self.state.read().unwrap_or_else(|p| p.into_inner()).0)
    }
}

impl KeyWrapper for WatchedKeyRing {
    fn current_key_id(&self) -> KeyId {
        // A stale answer here only makes rotation re-wrap once more; never an error.
        let _ = self.refresh();
        self.with(|r| r.current())
    }

    fn wrap(&self, object_id: &ObjectId, dek: &DataKey) -> Result<KeyEnvelope, SealError> {
        self.refresh()?;
        self.with(|r| r.wrap(object_id, dek))
    }

    fn wrap_under(
        &self,
        key: &KeyId,
        object_id: &ObjectId,
        dek: &DataKey,
    ) -> Result<KeyEnvelope, SealError> {
        // A case key made by another process since this ring was read is in the file by now.
        self.refresh()?;
        self.with(|r| r.wrap_under(key, object_id, dek))
    }

    fn unwrap(&self, object_id: &ObjectId, env: &KeyEnvelope) -> Result<DataKey, SealError> {
        match self.with(|r| r.unwrap(object_id, env)) {
            Err(SealError::UnknownKey { .. } | SealError::RetiredKey { .. }) => {
                self.refresh()?;
                self.with(|r| r.unwrap(object_id, env))
            }
            other => other,
        }
    }

    fn chain_key(&self) -> Result<ChainKey, SealError> {
        self.with(KeyWrapper::chain_key)
    }
}

impl std::fmt::Debug for WatchedKeyRing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.with(|r| f.debug_tuple("WatchedKeyRing").field(r).finish())
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    const ID: ObjectId = [7; 16];

    #[test]
    fn a_new_current_key_is_used_without_reopening() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keys.toml");
        let first = KeyRing::create(&path).unwrap().current();
        let watched = WatchedKeyRing::load(&path).unwrap();
        let dek = DataKey::generate().unwrap();
        assert_eq!(watched.wrap(&ID, &dek).unwrap().key_id(), &first);
        // Another process makes a new key current.
        let second = KeyRing::load(&path).unwrap().new_key().unwrap();
        let env = watched.wrap(&ID, &dek).unwrap();
        assert_eq!(env.key_id(), &second, "the running ring kept the old key");
        assert_eq!(watched.unwrap(&ID, &env).unwrap().expose(), dek.expose());
    }

    #[test]
    fn an_envelope_under_a_key_made_elsewhere_opens() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keys.toml");
        KeyRing::create(&path).unwrap();
        let watched = WatchedKeyRing::load(&path).unwrap();
        let mut other = KeyRing::load(&path).unwrap();
        other.new_key().unwrap();
        let dek = DataKey::generate().unwrap();
        let env = other.wrap(&ID, &dek).unwrap();
        assert_eq!(watched.unwrap(&ID, &env).unwrap().expose(), dek.expose());
    }

    #[test]
    fn a_vanished_key_file_stops_wrapping() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keys.toml");
        KeyRing::create(&path).unwrap();
        let watched = WatchedKeyRing::load(&path).unwrap();
        std::fs::rename(&path, dir.path().join("aside")).unwrap();
        assert!(watched.wrap(&ID, &DataKey::generate().unwrap()).is_err());
    }

    #[test]
    fn exclusive_waits_for_shared_and_the_other_way_round() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keys.toml");
        let shared = KeyLock::shared(&path).unwrap();
        let _also_shared = KeyLock::shared(&path).unwrap();
        assert!(KeyLock::try_exclusive(&path).unwrap().is_none());
        drop(shared);
        assert!(KeyLock::try_exclusive(&path).unwrap().is_none());
        drop(_also_shared);
        let held = KeyLock::try_exclusive(&path).unwrap();
        assert!(held.is_some());
        let mode = std::fs::metadata(KeyLock::path_for(&path))
            .unwrap()
            .permissions();
        assert_eq!(
            std::os::unix::fs::PermissionsExt::mode(&mode) & 0o777,
            0o600
        );
    }
}
