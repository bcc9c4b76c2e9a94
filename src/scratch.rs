//! casevault's temporary files: one folder inside the home, swept of what killed processes left.
//!
//! OCR page images, the searchable PDF being written and LibreOffice's input, profile and output
//! are children's personal data in the clear, if only for seconds. Under `$TMPDIR` they were
//! outside the vault, often readable to anyone with the folder's name, and a SIGKILL (the OOM
//! killer, a power cut of the container) left them there for good: `TempDir`'s clean-up runs on
//! drop, which a killed process never reaches. So every temporary file casevault makes lives
//! under `<home>/tmp/` (mode 0700 like the rest of the home, on the same disk, so a big PDF does
//! not fill a RAM-backed `/tmp`), in one folder per process:
//!
//! ```text
//! <home>/tmp/<pid>-<ms since 1970 at start>.lock   held (flock) by the process while it lives
//! <home>/tmp/<pid>-<ms since 1970 at start>/       its temporary folders (ocr-*, office-*, ...)
//! ```
//!
//! Each command starts with a sweep ([`init`]): a folder whose lock can be taken belongs to a
//! process that is gone (the kernel drops a lock with its holder, however it died), so it is
//! deleted, lock file last; a folder whose lock is held belongs to a casevault running beside
//! this one (a watched inbox and an `import-tree`, say) and is left alone. A lock, not the
//! process id, decides: process ids are reused, and a second container sharing the home sees
//! other process ids. The lock is taken before the folder is made, so a sweep never sees a live
//! process's folder unlocked.
//!
//! A library caller that never calls [`init`] (a unit test) gets the same layout under
//! `$TMPDIR/casevault-<uid>/`, swept the same way on first use.

use std::fs::File;
use std::io;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

/// Name of the folder inside the home that holds every process's temporary folders.
pub const HOME_TMP: &str = "tmp";

/// Where this process's temporary folder is to be made (set by [`init`], or the fallback).
static ROOT: OnceLock<PathBuf> = OnceLock::new();
/// This process's folder once made, and the lock that marks it alive (held until exit).
static MINE: Mutex<Option<(PathBuf, File)>> = Mutex::new(None);

/// Names `<home>/tmp/` as the place for this process's temporary files and deletes what
/// processes that are gone left there. Makes nothing if the folder does not exist yet (a
/// command that never needs a temporary file does not create a home); the process's own folder
/// is made on first use ([`tempdir`]). Call once, early; a second call keeps the first root.
pub fn init(home: &Path) -> io::Result<()> {
    let root = home.join(HOME_TMP);
    let _ = ROOT.set(root.clone());
    if root.is_dir() {
        sweep(&root)?;
    }
    Ok(())
}

/// A new, empty temporary folder (mode 0700) inside this process's folder, deleted when the
/// returned value is dropped, and by the next command's sweep if this process is killed first.
/// `prefix` says what it is for (`ocr-`, `office-`), never whose document it holds.
pub fn tempdir(prefix: &str) -> io::Result<tempfile::TempDir> {
    let mine = process_dir()?;
    tempfile::Builder::new().prefix(prefix).tempdir_in(mine)
}

/// Deletes this process's folder and then its lock, at the end of a command: nothing is left
/// for the next command's sweep to find (which would say a run was stopped). Later temporary
/// folders make it again.
pub fn finish() {
    let mut mine = MINE.lock().unwrap_or_else(|e| e.into_inner());
    if let Some((dir, lock)) = mine.take() {
        let _ = std::fs::remove_dir_all(&dir);
        let mut lock_path = dir.into_os_string();
        lock_path.push(".lock");
        let _ = std::fs::remove_file(lock_path);
        drop(lock);
    }
}

/// This process's folder, made (with its lock) on first use.
pub fn process_dir() -> io::Result<PathBuf> {
    let mut mine = MINE.lock().unwrap_or_else(|e| e.into_inner());
    if let Some((dir, _)) = mine.as_ref() {
        // Made again if someone deleted it meanwhile; the lock is still ours.
        crate::private_fs::make_private_dir(dir)?;
        return Ok(dir.clone());
    }
    let named = ROOT.get().is_some();
    let root = ROOT.get_or_init(fallback_root).clone();
    crate::private_fs::make_private_dir(&root)?;
    if !named {
        // The fallback root is swept on first use, as `init` sweeps the home's.
        sweep(&root)?;
    }
    let name = process_name();
    let lock = take_own_lock(&root.join(format!("{name}.lock")))?;
    let dir = root.join(&name);
    crate::private_fs::make_private_dir(&dir)?;
    *mine = Some((dir.clone(), lock));
    Ok(dir)
}

/// Creates and locks this process's lock file. A sweep running at that moment in another
/// process may take the new, not yet locked file for a dead process's and unlink it; so the
/// lock is taken waiting (a sweep holds it only while it deletes) and then checked to still be
/// the file at `path`, else made again.
pub(crate) fn take_own_lock(path: &Path) -> io::Result<File> {
    use std::os::unix::fs::MetadataExt;
    use std::os::unix::io::AsRawFd;
    for _ in 0..10 {
        let lock = std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(false)
            .mode(crate::private_fs::FILE_MODE)
            .open(path)?;
        // SAFETY: flock on a descriptor we own; no memory is touched.
        if unsafe { libc::flock(lock.as_raw_fd(), libc::LOCK_EX) } != 0 {
            return Err(io::Error::last_os_error());
        }
        let held = lock.metadata()?;
        match std::fs::metadata(path) {
            Ok(now) if now.dev() == held.dev() && now.ino() == held.ino() => return Ok(lock),
            _ => continue, // unlinked by a sweep meanwhile: make it again
        }
    }
    Err(io::Error::other(
        "could not lock this process's temporary folder (it kept being swept away)",
    ))
}

/// `$TMPDIR/casevault-<uid>`: for library callers that never named a home.
fn fallback_root() -> PathBuf {
    // SAFETY: getuid cannot fail and touches no memory.
    let uid = unsafe { libc::getuid() };
    std::env::temp_dir().join(format!("casevault-{uid}"))
}

pub(crate) fn process_name() -> String {
    let started = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis())
        .unwrap_or(0);
    format!("{}-{started}", std::process::id())
}

/// Deletes every process folder under `root` whose lock nobody holds, and the lock after it.
/// Folders without a lock file are leftovers of a sweep cut short (the lock goes last) and go
/// too. Entries of other kinds, and folders it cannot delete, are left (a warning says so).
/// This process's own folder is skipped by name, and by its lock as well (a second open of the
/// lock file is refused the lock, even in the process that holds it).
pub fn sweep(root: &Path) -> io::Result<()> {
    let own = match MINE.try_lock() {
        Ok(mine) => mine
            .as_ref()
            .and_then(|(d, _)| d.file_name().map(|n| n.to_os_string())),
        // Held: called from `process_dir` before this process has a folder.
        Err(_) => None,
    };
    for entry in std::fs::read_dir(root)? {
        let entry = entry?;
        let name = entry.file_name();
        if Some(&name) == own.as_ref() {
            continue;
        }
        let path = entry.path();
        let name = name.to_string_lossy().into_owned();
        if let Some(stem) = name.strip_suffix(".lock") {
            if own.as_deref().is_some_and(|o| o.to_string_lossy() == stem) {
                continue;
            }
            let Ok(lock) = File::open(&path) else {
                continue;
            };
            if !try_lock(&lock) {
                continue; // a live casevault's
            }
            let dir = root.join(stem);
            match std::fs::remove_dir_all(&dir) {
                Ok(()) => {}
                Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                Err(e) => {
                    tracing::warn!(error = %e, "a temporary folder left by an earlier run could not be deleted");
                    continue;
                }
            }
            let _ = std::fs::remove_file(&path);
            tracing::info!("deleted the temporary files of an earlier run that was stopped");
        } else if entry.file_type()?.is_dir() && !root.join(format!("{name}.lock")).exists() {
            match std::fs::remove_dir_all(&path) {
                // Already gone: its lock, listed before it, was just swept with it.
                Ok(()) => {}
                Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                Err(e) => {
                    tracing::warn!(error = %e, "a temporary folder left by an earlier run could not be deleted")
                }
            }
        }
    }
    Ok(())
}

/// Takes an exclusive lock on `file` without waiting; `false` if another process holds it.
pub(crate) fn try_lock(file: &File) -> bool {
    use std::os::unix::io::AsRawFd;
    // SAFETY: flock on a descriptor we own; no memory is touched.
    unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) == 0 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dead_processs_folder_is_swept_and_a_live_ones_stays() {
        let root = tempfile::tempdir().unwrap();
        // As a killed process leaves it: lock file (nobody holds it) and folder with a page.
        std::fs::create_dir(root.path().join("1-1")).unwrap();
        std::fs::write(root.path().join("1-1/page-0001.png"), b"page").unwrap();
        std::fs::write(root.path().join("1-1.lock"), b"").unwrap();
        // A sweep cut short after the folder went but before its lock: no folder, a lock.
        std::fs::write(root.path().join("2-2.lock"), b"").unwrap();
        // A live process: its lock held (by this test through another open file description).
        std::fs::create_dir(root.path().join("3-3")).unwrap();
        std::fs::write(root.path().join("3-3/input.docx"), b"doc").unwrap();
        let held = File::create(root.path().join("3-3.lock")).unwrap();
        assert!(try_lock(&held));
        sweep(root.path()).unwrap();
        let mut left: Vec<String> = std::fs::read_dir(root.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        assert_eq!(left, ["3-3", "3-3.lock"]);
        assert!(root.path().join("3-3/input.docx").exists());
        drop(held);
        sweep(root.path()).unwrap();
        assert_eq!(std::fs::read_dir(root.path()).unwrap().count(), 0);
    }
}
