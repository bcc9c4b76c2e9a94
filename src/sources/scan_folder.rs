//! The scanning-station folder source.
//!
//! A scanner writes a file over seconds, and on a network share (SMB/NFS) file-system
//! notifications may never arrive. So notifications are only a hint to look sooner: the truth is
//! a listing of the folder, and a file is taken only once its size and modification time have
//! stayed the same for the settle time. The walk's errors are per entry (as in ripgrep's walker):
//! one unreadable file or folder is reported and skipped, never the end of the run.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

/// What a listing saw of one file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Seen {
    pub size: u64,
    pub modified: Option<SystemTime>,
}

/// A listing: the files seen, and the entries that could not be read (path, error).
pub type Listing = (Vec<(PathBuf, Seen)>, Vec<(PathBuf, String)>);

/// Lists the files under `inbox` (recursively), skipping hidden and partial files. Entries that
/// cannot be read are returned separately with the error, so the caller can report them.
pub fn list(inbox: &Path) -> Listing {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for entry in walkdir::WalkDir::new(inbox)
        .follow_links(false)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !is_hidden(e.file_name()))
    {
        match entry {
            Ok(e) if e.file_type().is_file() => {
                if is_partial(e.file_name()) {
                    continue;
                }
                match e.metadata() {
                    Ok(m) => files.push((
                        e.path().to_path_buf(),
                        Seen {
                            size: m.len(),
                            modified: m.modified().ok(),
                        },
                    )),
                    Err(err) => errors.push((e.path().to_path_buf(), err.to_string())),
                }
            }
            Ok(_) => {}
            Err(err) => errors.push((
                err.path()
                    .map(Path::to_path_buf)
                    .unwrap_or_else(|| inbox.to_path_buf()),
                walk_error(&err),
            )),
        }
    }
    (files, errors)
}

/// What went wrong with an entry, without its path: walkdir's own message names the path, and
/// an inbox path is a case document's file name, which must never reach the logs.
pub fn walk_error(err: &walkdir::Error) -> String {
    if err.loop_ancestor().is_some() {
        "a link that loops back to a folder above it".to_string()
    } else if let Some(io) = err.io_error() {
        io.to_string()
    } else {
        "cannot be read".to_string()
    }
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_string_lossy().starts_with('.')
}

/// Files a scanner or copier is still writing, by the usual conventions.
fn is_partial(name: &std::ffi::OsStr) -> bool {
    let n = name.to_string_lossy();
    n.ends_with(".part")
        || n.ends_with(".tmp")
        || n.ends_with(".crdownload")
        || n.ends_with('~')
        || n.starts_with("~$")
}

/// Tracks when each file last changed, to take it only once it has stopped growing.
#[derive(Debug, Default)]
pub struct Settler {
    seen: HashMap<PathBuf, (Seen, Instant)>,
}

impl Settler {
    /// Records a listing and returns the files that have been unchanged for at least `settle`.
    /// A file seen for the first time whose modification time is already `settle` old counts as
    /// settled at once (a batch run over a folder that is not being written to does not wait).
    pub fn update(
        &mut self,
        listing: &[(PathBuf, Seen)],
        settle: Duration,
        now: Instant,
    ) -> Vec<PathBuf> {
        let wall = SystemTime::now();
        let mut ready = Vec::new();
        let mut next = HashMap::with_capacity(listing.len());
        for (path, seen) in listing {
            let since = match self.seen.get(path) {
                Some((old, since)) if old == seen => *since,
                Some(_) => now,
                None => match seen.modified.and_then(|m| wall.duration_since(m).ok()) {
                    Some(age) if age >= settle => now.checked_sub(settle).unwrap_or(now),
                    _ => now,
                },
            };
            if now.duration_since(since) >= settle {
                ready.push(path.clone());
            }
            next.insert(path.clone(), (*seen, since));
        }
        self.seen = next;
        ready
    }

    /// How long until the next file that has not settled yet could be (`None` when every file
    /// listed has settled): the source sleeps that long rather than a whole poll interval, so a
    /// file is taken as soon as it has been still for `settle`, with or without a notification.
    pub fn next_ready_in(&self, settle: Duration, now: Instant) -> Option<Duration> {
        self.seen
            .values()
            .map(|(_, since)| settle.saturating_sub(now.duration_since(*since)))
            .filter(|left| !left.is_zero())
            .min()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_growing_file_is_not_taken_until_it_settles() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("scan.tif");
        std::fs::write(&f, b"abc").unwrap();
        std::fs::write(dir.path().join("other.part"), b"x").unwrap();
        std::fs::create_dir(dir.path().join(".hidden")).unwrap();
        std::fs::write(dir.path().join(".hidden/x.png"), b"x").unwrap();
        let mut s = Settler::default();
        let settle = Duration::from_secs(2);
        let t0 = Instant::now();
        let (l, errs) = list(dir.path());
        assert!(errs.is_empty());
        assert_eq!(l.len(), 1, "partial and hidden files are skipped: {l:?}");
        assert!(s.update(&l, settle, t0).is_empty());
        // It grows: the clock starts again.
        std::fs::write(&f, b"abcdef").unwrap();
        let (l, _) = list(dir.path());
        assert!(s.update(&l, settle, t0 + Duration::from_secs(3)).is_empty());
        assert!(s.update(&l, settle, t0 + Duration::from_secs(4)).is_empty());
        assert_eq!(s.update(&l, settle, t0 + Duration::from_secs(5)), vec![f]);
    }

    #[test]
    fn the_wait_is_until_the_next_unsettled_file_settles() {
        let settle = Duration::from_secs(2);
        let t0 = Instant::now();
        let fresh = Seen {
            size: 10,
            modified: Some(SystemTime::now()),
        };
        let mut s = Settler::default();
        assert_eq!(s.next_ready_in(settle, t0), None, "nothing listed");
        let a = PathBuf::from("a.pdf");
        s.update(&[(a.clone(), fresh)], settle, t0);
        assert_eq!(
            s.next_ready_in(settle, t0 + Duration::from_millis(500)),
            Some(Duration::from_millis(1500))
        );
        // Once settled (taken, perhaps still being processed) it is no reason to wake.
        assert_eq!(
            s.update(&[(a.clone(), fresh)], settle, t0 + settle),
            vec![a.clone()]
        );
        assert_eq!(s.next_ready_in(settle, t0 + settle), None);
        // A second file arrives: the wait is for it alone.
        let b = PathBuf::from("b.pdf");
        let t1 = t0 + Duration::from_secs(3);
        s.update(&[(a, fresh), (b, fresh)], settle, t1);
        assert_eq!(
            s.next_ready_in(settle, t1 + Duration::from_millis(200)),
            Some(Duration::from_millis(1800))
        );
    }

    #[test]
    fn an_unreadable_folder_is_reported_not_fatal() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.png"), b"x").unwrap();
        let (l, errs) = list(&dir.path().join("Hughes v Patel - LS24P01234"));
        assert!(l.is_empty());
        assert_eq!(errs.len(), 1);
        // The reason is fit for a log line: it does not repeat the (personal) path.
        assert!(!errs[0].1.contains("Hughes"), "{}", errs[0].1);
        assert!(errs[0].1.contains("No such file"), "{}", errs[0].1);
        let (l, _) = list(dir.path());
        assert_eq!(l.len(), 1);
    }
}
