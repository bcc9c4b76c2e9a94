//! The crash guard: a file that kills the process while it is read (memory exhausted and the
//! kernel's OOM killer, a crash in a C decoder) would otherwise be read again on every restart,
//! and a scanning station would never get past it.
//!
//! Before a file is decoded and recognised, a marker named by its SHA-256 (no name, nothing
//! personal) is written in `{home}/inflight/{pid}-{ms}/`; it is removed when that step ends,
//! however it ends. A process that dies leaves its markers. The next run finds the folders of
//! processes that are gone, counts one crash for each file marked there
//! (`{home}/inflight/crashes/{sha}`), and removes them. As for temporary folders
//! ([`crate::scratch`]), a lock file beside each folder, held while its process lives, says
//! which are gone: not the process id, which is reused, and which a second container sharing
//! the home does not see. A file with `crash_limit` crashes (default 2) is quarantined as `crashed`
//! without being opened again, and its count is cleared, so a file moved back from quarantine to
//! be retried gets its tries again.
//!
//! A file in flight when the process is killed for another reason (a power cut, `kill -9`) is
//! counted too: nothing can tell those apart, which is why one crash is never enough.
//! Markers are not fsynced: a power cut is not the file's fault, and losing its markers is right.

use std::path::{Path, PathBuf};

use crate::private_fs;

/// The markers of this process, and the crash counts of every file.
pub struct CrashGuard {
    /// `{home}/inflight`.
    root: PathBuf,
    /// `{home}/inflight/{pid}-{ms}`.
    mine: PathBuf,
    /// `{home}/inflight/{pid}-{ms}.lock`, locked while this process lives.
    lock: Option<(PathBuf, std::fs::File)>,
    limit: u32,
}

/// A file being read: its marker is removed when this is dropped.
pub struct Reading(PathBuf);

impl Drop for Reading {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

impl CrashGuard {
    /// Opens the guard under `home`, first counting the crashes of every earlier process that
    /// died with files in flight. Returns how many files had a crash counted.
    pub fn open(home: &Path, limit: u32) -> std::io::Result<(CrashGuard, usize)> {
        let root = home.join("inflight");
        private_fs::create_private_dir_all(&root.join("crashes"))?;
        // The lock first, then the folder: a guard opening meanwhile elsewhere never sees this
        // folder without its lock held.
        let name = crate::scratch::process_name();
        let lock_path = root.join(format!("{name}.lock"));
        let lock = crate::scratch::take_own_lock(&lock_path)?;
        let mut counted = 0;
        for entry in std::fs::read_dir(&root)? {
            let entry = entry?;
            let folder = entry.file_name().to_string_lossy().into_owned();
            if folder == name || folder == "crashes" || !entry.file_type()?.is_dir() {
                continue;
            }
            // A folder whose lock can be taken (or that has none: its guard was cut short
            // after removing it) belongs to a process that is gone; a held lock is another
            // casevault reading files now, on this machine or another sharing the home.
            let its_lock = root.join(format!("{folder}.lock"));
            let held = match std::fs::File::open(&its_lock) {
                Ok(f) => !crate::scratch::try_lock(&f),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => false,
                Err(e) => return Err(e),
            };
            if held {
                continue;
            }
            for marker in std::fs::read_dir(entry.path())? {
                let marker = marker?;
                let sha = marker.file_name().to_string_lossy().into_owned();
                if is_sha256(&sha) {
                    let count = read_count(&root, &sha) + 1;
                    private_fs::write_private_file(
                        &root.join("crashes").join(&sha),
                        count.to_string().as_bytes(),
                    )?;
                    counted += 1;
                }
                std::fs::remove_file(marker.path())?;
            }
            std::fs::remove_dir(entry.path())?;
            let _ = std::fs::remove_file(&its_lock);
        }
        let mine = root.join(&name);
        private_fs::create_private_dir_all(&mine)?;
        Ok((
            CrashGuard {
                root,
                mine,
                lock: Some((lock_path, lock)),
                limit: limit.max(1),
            },
            counted,
        ))
    }

    /// How many processes died with this file in flight, if that is `crash_limit` or more.
    pub fn crashed(&self, sha256: &str) -> Option<u32> {
        let n = read_count(&self.root, sha256);
        (n >= self.limit).then_some(n)
    }

    /// Marks a file as being read until the returned value is dropped.
    pub fn reading(&self, sha256: &str) -> Option<Reading> {
        if !is_sha256(sha256) {
            return None;
        }
        let path = self.mine.join(sha256);
        private_fs::write_private_file(&path, b"").ok()?;
        Some(Reading(path))
    }

    /// Forgets a file's crashes (it was quarantined for them, or read to the end).
    pub fn forget(&self, sha256: &str) {
        if is_sha256(sha256) {
            let _ = std::fs::remove_file(self.root.join("crashes").join(sha256));
        }
    }
}

impl Drop for CrashGuard {
    fn drop(&mut self) {
        // The folder, then the lock: a folder without its lock is a dead process's.
        let _ = std::fs::remove_dir_all(&self.mine);
        if let Some((path, lock)) = self.lock.take() {
            let _ = std::fs::remove_file(path);
            drop(lock);
        }
    }
}

fn read_count(root: &Path, sha256: &str) -> u32 {
    std::fs::read_to_string(root.join("crashes").join(sha256))
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(0)
}

fn is_sha256(s: &str) -> bool {
    s.len() == 64 && s.bytes().all(|b| b.is_ascii_hexdigit())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHA: &str = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    #[test]
    fn a_dead_process_s_markers_count_once_each_and_a_live_one_s_stay() {
        let home = tempfile::tempdir().unwrap();
        let inflight = home.path().join("inflight");
        {
            let (g, counted) = CrashGuard::open(home.path(), 2).unwrap();
            assert_eq!(counted, 0);
            let r = g.reading(SHA).unwrap();
            assert!(r.0.exists());
            drop(r);
            // Read to the end: no marker left, nothing counted.
            assert!(!g.mine.join(SHA).exists());
        }
        // Closed: its folder and lock are gone.
        let left: Vec<_> = std::fs::read_dir(&inflight)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(left, ["crashes"]);
        // A process that died with SHA in flight: its lock file is there, held by nobody.
        let dead = inflight.join("999-1");
        std::fs::create_dir_all(&dead).unwrap();
        std::fs::write(dead.join(SHA), b"").unwrap();
        std::fs::write(inflight.join("999-1.lock"), b"").unwrap();
        // A live one (its lock held, here by this test through another open of the file).
        let live = inflight.join("1-2");
        std::fs::create_dir_all(&live).unwrap();
        std::fs::write(live.join(SHA), b"").unwrap();
        let held = crate::scratch::take_own_lock(&inflight.join("1-2.lock")).unwrap();
        let (g, counted) = CrashGuard::open(home.path(), 2).unwrap();
        assert_eq!(counted, 1);
        assert!(!dead.exists());
        assert!(!inflight.join("999-1.lock").exists());
        assert!(live.join(SHA).exists(), "a live process's marker was taken");
        assert_eq!(g.crashed(SHA), None, "one crash is not enough");
        drop(g);
        // The live one dies (its lock is let go): its marker is the second crash.
        drop(held);
        let (g, counted) = CrashGuard::open(home.path(), 2).unwrap();
        assert_eq!(counted, 1);
        assert!(!live.exists());
        assert_eq!(g.crashed(SHA), Some(2));
        g.forget(SHA);
        assert_eq!(g.crashed(SHA), None);
    }
}
