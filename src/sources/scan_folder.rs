//! The scanning-station folder source.
//!
//! A scanner writes a file over seconds, and on a network share (SMB/NFS) file-system
//! notifications may never arrive. So notifications are only a hint to look sooner: the truth is
//! a listing of the folder, and a file is taken only once its size and modification time have
//! stayed the same for the settle time. The walk's errors are per entry (as in ripgrep's walker):
//! one unreadable file or folder is reported and skipped, never the end of the run.
//!
//! Settling is not enough on its own: a writer that pauses for longer than the settle time (a
//! slow share, a scanner writing page by page, a paper jam) would have its file taken
//! half-written and quarantined as corrupt, and since quarantine is a rename, the rest of the
//! write would then land in the quarantined file. So a settled file is also checked for being
//! finished before it is taken ([`Settler::update`]):
//!
//! - **Its end.** PDF, JPEG and PNG end with a marker, and the format is told by the file's
//!   first bytes, not its name: a PDF must have `%%EOF` in its last 1024 bytes (where readers
//!   look for it; anything after it is accepted, as viewers do), a JPEG must end with its EOI
//!   marker (`FF D9`, padding zeros or white space after it allowed), a PNG must hold its `IEND`
//!   chunk in its last 1024 bytes. This needs nothing but the listing and two small reads, so
//!   it works on a share polled without notifications. TIFF, e-mail and office files have no
//!   such marker: for them the settle time (and the next point) decide. An empty file is not
//!   finished either, whatever its name: its writer has created it and not begun.
//! - **Its writer.** Where the platform says when a writer closes a file (Linux inotify, with
//!   `watch = "notify"`), a file written to and not yet closed for writing is not finished
//!   ([`OpenForWriting`]). A writer on another machine (a share's client) makes no events here,
//!   so this is only ever a reason to wait, never a reason to take.
//!
//! A file that is not finished waits for its writer: it is neither taken nor judged, and the
//! source logs (without its name) that it is waiting. The wait is counted from the file's last
//! change (its modification time, or when the listing last saw it change, whichever is older);
//! once it is longer than `unfinished_wait_ms` (default 10 minutes) the writer is taken to have
//! stopped, and the file is taken as it is: a cut-off file is then quarantined as corrupt, with
//! the missing end named, rather than left in the inbox for ever. A waiting file costs no work:
//! its end is read once per change, and the source sleeps until the wait could end or the folder
//! changes. A batch run (`--once`) does not wait: it leaves an unfinished file whose writer may
//! still come back in the inbox, reported as "retry later", for the next run.
//!
//! The end check is not perfect either way. A PDF written with incremental updates (or
//! linearised) has a `%%EOF` before its true end, so a writer pausing just after one is only
//! caught by the close-for-writing hint, or by the settle time. And a whole file with more than
//! padding after its end marker (some phones append data to a JPEG, a PDF with `%%EOF` further
//! back than 1024 bytes) waits the whole wait once, and is then read as usual.

use std::collections::{HashMap, HashSet};
use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
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

pub fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_string_lossy().starts_with('.')
}

/// Files a scanner or copier is still writing, by the usual conventions.
pub fn is_partial(name: &std::ffi::OsStr) -> bool {
    let n = name.to_string_lossy();
    n.ends_with(".part")
        || n.ends_with(".tmp")
        || n.ends_with(".crdownload")
        || n.ends_with('~')
        || n.starts_with("~$")
}

/// How much of a file's start and end is read to tell its format and find its end marker: PDF
/// readers look for `%%EOF` within the last 1024 bytes, and a PDF's header may come after up
/// to 1024 bytes of something else.
const SPAN: usize = 1024;

/// A format that ends with a marker, so that a file cut short can be told from a whole one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkedFormat {
    Pdf,
    Jpeg,
    Png,
}

impl MarkedFormat {
    pub fn name(self) -> &'static str {
        match self {
            MarkedFormat::Pdf => "PDF",
            MarkedFormat::Jpeg => "JPEG",
            MarkedFormat::Png => "PNG",
        }
    }

    fn marker(self) -> &'static str {
        match self {
            MarkedFormat::Pdf => "%%EOF",
            MarkedFormat::Jpeg => "end of image, FF D9",
            MarkedFormat::Png => "IEND",
        }
    }
}

/// What the end of a file says about whether it is whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// It ends with its format's end marker.
    Marked,
    /// Its format has no end marker (TIFF, e-mail, office documents, anything not recognised),
    /// or it could not be read (the reader reports that when it takes the file).
    Unmarked,
    /// A PDF, JPEG or PNG that does not end with its end marker: still being written, or cut off.
    Missing(MarkedFormat),
    /// Nothing in it yet: created, and not written to yet (or never).
    Empty,
}

/// The ending of a file from its first and last bytes (`head` and `tail`, up to 1024 bytes each;
/// the same bytes for a small file). The format is told by its first bytes, never its name.
pub fn ending(head: &[u8], tail: &[u8]) -> Ending {
    const PNG_SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";
    // The IEND chunk: length 0, type, and its CRC (always the same).
    const PNG_END: &[u8] = b"\0\0\0\0IEND\xae\x42\x60\x82";
    if head.is_empty() {
        return Ending::Empty;
    }
    let (format, whole) = if head.starts_with(b"\xff\xd8\xff") {
        let end = tail.len()
            - tail
                .iter()
                .rev()
                .take_while(|b| matches!(b, 0 | b' ' | b'\t' | b'\r' | b'\n' | 0x0c))
                .count();
        (MarkedFormat::Jpeg, tail[..end].ends_with(b"\xff\xd9"))
    } else if head.starts_with(PNG_SIGNATURE) {
        (MarkedFormat::Png, contains(tail, PNG_END))
    } else if contains(&head[..head.len().min(SPAN)], b"%PDF-") {
        (MarkedFormat::Pdf, contains(tail, b"%%EOF"))
    } else {
        return Ending::Unmarked;
    };
    if whole {
        Ending::Marked
    } else {
        Ending::Missing(format)
    }
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// Reads the first and last 1024 bytes of `path` and tells its [`ending`].
pub fn read_ending(path: &Path) -> Ending {
    fn read(path: &Path) -> std::io::Result<(Vec<u8>, Vec<u8>)> {
        let mut f = std::fs::File::open(path)?;
        let mut head = Vec::with_capacity(SPAN);
        (&mut f).take(SPAN as u64).read_to_end(&mut head)?;
        let len = f.metadata()?.len();
        if len <= SPAN as u64 {
            return Ok((head.clone(), head));
        }
        let mut tail = Vec::with_capacity(SPAN);
        f.seek(SeekFrom::Start(len - SPAN as u64))?;
        f.take(SPAN as u64).read_to_end(&mut tail)?;
        Ok((head, tail))
    }
    match read(path) {
        Ok((head, tail)) => match ending(&head, &tail) {
            // Phones append data after a whole photo (Samsung's trailer, a motion photo's
            // video): the end marker is then not last. Such a JPEG is whole if its own
            // structure reaches its end-of-image marker, as the decoder judges it.
            Ending::Missing(MarkedFormat::Jpeg) if jpeg_is_whole(path) => Ending::Marked,
            other => other,
        },
        Err(_) => Ending::Unmarked,
    }
}

/// Whether the JPEG at `path` reaches its end-of-image marker, read whole (at most
/// [`WHOLE_READ_LIMIT`] bytes: a larger one is left to the wait for its writer).
fn jpeg_is_whole(path: &Path) -> bool {
    let Ok(f) = std::fs::File::open(path) else {
        return false;
    };
    let mut bytes = Vec::new();
    if f.take(WHOLE_READ_LIMIT + 1)
        .read_to_end(&mut bytes)
        .is_err()
        || bytes.len() as u64 > WHOLE_READ_LIMIT
    {
        return false;
    }
    crate::file_end::jpeg_incomplete(&bytes).is_none()
}

/// The largest JPEG read whole to see whether it is complete (a phone photo is a few MB).
const WHOLE_READ_LIMIT: u64 = 256 * 1024 * 1024;

/// Why a settled file is not finished yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unfinished {
    /// A PDF, JPEG or PNG that does not end with its end marker.
    NoEndMarker(MarkedFormat),
    /// It is empty: a writer may have created it and not begun to write.
    Empty,
    /// A writer on this machine has written to it and not closed it yet.
    OpenForWriting,
}

impl Unfinished {
    /// What is missing, in a sentence fit for a log line or a quarantine note (no file name).
    pub fn describe(self) -> String {
        match self {
            Unfinished::NoEndMarker(f) => format!(
                "the {} does not end with its end marker ({})",
                f.name(),
                f.marker()
            ),
            Unfinished::Empty => "it is empty".to_string(),
            Unfinished::OpenForWriting => "its writer still has it open".to_string(),
        }
    }
}

/// The files in the inbox that a writer on this machine still has open for writing, as the
/// platform reports it through file-system events: on Linux (inotify), a file written to and
/// not closed for writing since. (Not one only created: a hard link is created without ever
/// being opened, and would wait for a close that never comes.) Elsewhere the platform does not
/// report a close, and nothing is ever counted as open.
///
/// It is only a reason to wait, never a reason to take: a writer on another machine makes no
/// events here, and when events may have been lost (an overflow, an error) everything is
/// forgotten, which is how the source behaved without it.
#[derive(Debug)]
pub struct OpenForWriting {
    /// The inbox as events name it (an absolute path).
    inbox: PathBuf,
    /// Paths relative to the inbox.
    open: Mutex<HashSet<PathBuf>>,
}

impl OpenForWriting {
    pub fn new(inbox: &Path) -> OpenForWriting {
        OpenForWriting {
            inbox: std::path::absolute(inbox).unwrap_or_else(|_| inbox.to_path_buf()),
            open: Mutex::new(HashSet::new()),
        }
    }

    /// Takes note of one file-system event (or of an error: events may have been lost).
    pub fn observe(&self, event: Result<&notify::Event, &notify::Error>) {
        use notify::event::{AccessKind, AccessMode, ModifyKind, RenameMode};
        use notify::EventKind;
        if !cfg!(target_os = "linux") {
            return;
        }
        let mut open = self.open.lock().unwrap_or_else(|e| e.into_inner());
        let event = match event {
            Ok(event) if !event.need_rescan() => event,
            _ => {
                open.clear();
                return;
            }
        };
        let writing = match event.kind {
            EventKind::Modify(ModifyKind::Data(_)) => true,
            EventKind::Access(AccessKind::Close(AccessMode::Write))
            | EventKind::Remove(_)
            | EventKind::Modify(ModifyKind::Name(RenameMode::From)) => false,
            _ => return,
        };
        for path in &event.paths {
            let Ok(relative) = path.strip_prefix(&self.inbox) else {
                continue;
            };
            if writing {
                open.insert(relative.to_path_buf());
            } else {
                open.remove(relative);
            }
        }
    }

    /// Whether `path` (as a listing of the inbox names it) is open for writing.
    pub fn is_open(&self, path: &Path, inbox: &Path) -> bool {
        let Ok(relative) = path.strip_prefix(inbox) else {
            return false;
        };
        let open = self.open.lock().unwrap_or_else(|e| e.into_inner());
        open.contains(relative)
    }
}

/// Tracks when each file last changed, to take it only once it has stopped growing and is
/// finished (see the module documentation).
#[derive(Debug)]
pub struct Settler {
    settle: Duration,
    unfinished_wait: Duration,
    files: HashMap<PathBuf, Tracked>,
}

/// What the settler knows of one file.
#[derive(Debug, Clone, Copy)]
struct Tracked {
    seen: Seen,
    /// When the listing first showed it as it is now (earlier for a file found already old).
    since: Instant,
    /// Its ending, read once it has settled (a file that does not change keeps its ending).
    ending: Option<Ending>,
    /// Why it was waiting for its writer on the last pass, if it was.
    waiting: Option<Unfinished>,
}

impl Tracked {
    /// How long it has been unchanged, as well as can be told: since the listing saw it change,
    /// or longer by its modification time (a file found already old). The wait for an
    /// unfinished file's writer counts this. A modification time in the future (a share's
    /// clock ahead of ours) counts for nothing.
    fn quiet_for(&self, now: Instant, wall: SystemTime) -> Duration {
        let by_mtime = self
            .seen
            .modified
            .and_then(|m| wall.duration_since(m).ok())
            .unwrap_or_default();
        now.duration_since(self.since).max(by_mtime)
    }
}

/// A settled file waiting for its writer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Waiting {
    pub path: PathBuf,
    pub why: Unfinished,
    /// How long it has been unchanged.
    pub quiet_for: Duration,
    /// Whether this pass is the first to find it waiting since it last changed.
    pub first: bool,
}

/// What one pass over a listing found.
#[derive(Debug, Default)]
pub struct Pass {
    /// The files to take: settled and finished, or unfinished for longer than the wait.
    pub ready: Vec<PathBuf>,
    /// Of `ready`, those taken although not finished (their writer stopped long ago), and why.
    pub overdue: HashMap<PathBuf, Unfinished>,
    /// Files still changing, or not yet unchanged for the settle time.
    pub settling: usize,
    /// Settled files waiting for their writer.
    pub waiting: Vec<Waiting>,
}

impl Settler {
    /// A settler that takes a file once it has been unchanged for `settle` and is finished, or
    /// has been unchanged for `unfinished_wait` although it is not.
    pub fn new(settle: Duration, unfinished_wait: Duration) -> Settler {
        Settler {
            settle,
            unfinished_wait,
            files: HashMap::new(),
        }
    }

    /// Records a listing and says which files to take. A file seen for the first time whose
    /// modification time is already `settle` old counts as settled at once (a batch run over a
    /// folder that is not being written to does not wait). `open_for_writing` says whether the
    /// platform reports a writer still has a file open ([`OpenForWriting::is_open`]).
    pub fn update(
        &mut self,
        listing: &[(PathBuf, Seen)],
        now: Instant,
        open_for_writing: impl Fn(&Path) -> bool,
    ) -> Pass {
        let wall = SystemTime::now();
        let mut pass = Pass::default();
        let mut next = HashMap::with_capacity(listing.len());
        for (path, seen) in listing {
            let mut file = match self.files.get(path) {
                Some(file) if file.seen == *seen => *file,
                known => {
                    let age = seen.modified.and_then(|m| wall.duration_since(m).ok());
                    let since = match (known, age) {
                        (None, Some(age)) if age >= self.settle => {
                            now.checked_sub(self.settle).unwrap_or(now)
                        }
                        _ => now,
                    };
                    Tracked {
                        seen: *seen,
                        since,
                        ending: None,
                        waiting: None,
                    }
                }
            };
            if now.duration_since(file.since) < self.settle {
                pass.settling += 1;
                next.insert(path.clone(), file);
                continue;
            }
            let ending = *file.ending.get_or_insert_with(|| read_ending(path));
            let unfinished = match ending {
                Ending::Missing(format) => Some(Unfinished::NoEndMarker(format)),
                Ending::Empty => Some(Unfinished::Empty),
                _ if open_for_writing(path) => Some(Unfinished::OpenForWriting),
                _ => None,
            };
            let quiet_for = file.quiet_for(now, wall);
            match unfinished {
                Some(why) if quiet_for < self.unfinished_wait => {
                    pass.waiting.push(Waiting {
                        path: path.clone(),
                        why,
                        quiet_for,
                        first: file.waiting.is_none(),
                    });
                    file.waiting = Some(why);
                }
                _ => {
                    if let Some(why) = unfinished {
                        pass.overdue.insert(path.clone(), why);
                    }
                    pass.ready.push(path.clone());
                    file.waiting = None;
                }
            }
            next.insert(path.clone(), file);
        }
        self.files = next;
        pass
    }

    /// How long until the next file that is not ready yet could be (`None` when every file
    /// listed is ready): the source sleeps that long rather than a whole poll interval, so a
    /// file is taken as soon as it has been still for `settle`, with or without a
    /// notification. A file waiting for its writer counts by the end of its wait (its writer
    /// finishing shows in the folder, and is seen by a notification or the next poll).
    pub fn next_ready_in(&self, now: Instant) -> Option<Duration> {
        let wall = SystemTime::now();
        self.files
            .values()
            .map(|file| match file.waiting {
                None => self.settle.saturating_sub(now.duration_since(file.since)),
                Some(_) => self
                    .unfinished_wait
                    .saturating_sub(file.quiet_for(now, wall)),
            })
            .filter(|left| !left.is_zero())
            .min()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_whole_photo_with_data_after_its_end_is_whole_and_a_cut_one_is_not() {
        let dir = tempfile::tempdir().unwrap();
        // SOI; an APP1 holding a thumbnail with its own SOS and EOI (it must not count); the
        // frame header; the scan; EOI; then a phone's trailer.
        let thumb = b"Exif\0\0\xff\xd8\xff\xda\0\x02thumb\xff\xd9";
        let mut app1 = vec![0xff, 0xe1];
        app1.extend_from_slice(&((thumb.len() + 2) as u16).to_be_bytes());
        app1.extend_from_slice(thumb);
        let head = [b"\xff\xd8".as_slice(), &app1, b"\xff\xc0\0\x05abc"].concat();
        let scan = b"\xff\xda\0\x02 rows \xff\x00 rows ";
        let whole = [head.as_slice(), scan, b"\xff\xd9"].concat();
        let with_trailer = [whole.as_slice(), &[0x42; 3000], b"SEFT"].concat();
        let cut = [head.as_slice(), scan].concat();
        let write = |name: &str, bytes: &[u8]| {
            let p = dir.path().join(name);
            std::fs::write(&p, bytes).unwrap();
            read_ending(&p)
        };
        assert_eq!(write("whole.jpg", &whole), Ending::Marked);
        assert_eq!(write("trailer.jpg", &with_trailer), Ending::Marked);
        assert_eq!(
            write("cut.jpg", &cut),
            Ending::Missing(MarkedFormat::Jpeg),
            "the thumbnail's end marker is not the photo's"
        );
        let cut_long = [cut.as_slice(), &[0x42; 3000]].concat();
        assert_eq!(
            write("cut-long.jpg", &cut_long),
            Ending::Missing(MarkedFormat::Jpeg)
        );
    }

    const NOT_OPEN: fn(&Path) -> bool = |_| false;

    #[test]
    fn a_growing_file_is_not_taken_until_it_settles() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("scan.tif");
        std::fs::write(&f, b"abc").unwrap();
        std::fs::write(dir.path().join("other.part"), b"x").unwrap();
        std::fs::create_dir(dir.path().join(".hidden")).unwrap();
        std::fs::write(dir.path().join(".hidden/x.png"), b"x").unwrap();
        let settle = Duration::from_secs(2);
        let mut s = Settler::new(settle, Duration::from_secs(600));
        let t0 = Instant::now();
        let (l, errs) = list(dir.path());
        assert!(errs.is_empty());
        assert_eq!(l.len(), 1, "partial and hidden files are skipped: {l:?}");
        let pass = s.update(&l, t0, NOT_OPEN);
        assert!(pass.ready.is_empty());
        assert_eq!(pass.settling, 1);
        // It grows: the clock starts again.
        std::fs::write(&f, b"abcdef").unwrap();
        let (l, _) = list(dir.path());
        assert!(s
            .update(&l, t0 + Duration::from_secs(3), NOT_OPEN)
            .ready
            .is_empty());
        assert!(s
            .update(&l, t0 + Duration::from_secs(4), NOT_OPEN)
            .ready
            .is_empty());
        let pass = s.update(&l, t0 + Duration::from_secs(5), NOT_OPEN);
        assert_eq!(pass.ready, vec![f]);
        assert_eq!(pass.settling, 0);
        assert!(pass.waiting.is_empty() && pass.overdue.is_empty());
    }

    #[test]
    fn the_wait_is_until_the_next_unsettled_file_settles() {
        let settle = Duration::from_secs(2);
        let t0 = Instant::now();
        let fresh = Seen {
            size: 10,
            modified: Some(SystemTime::now()),
        };
        let mut s = Settler::new(settle, Duration::from_secs(600));
        assert_eq!(s.next_ready_in(t0), None, "nothing listed");
        let a = PathBuf::from("a.pdf");
        s.update(&[(a.clone(), fresh)], t0, NOT_OPEN);
        assert_eq!(
            s.next_ready_in(t0 + Duration::from_millis(500)),
            Some(Duration::from_millis(1500))
        );
        // Once settled (taken, perhaps still being processed) it is no reason to wake. (It
        // cannot be read, so its end says nothing and it is taken.)
        assert_eq!(
            s.update(&[(a.clone(), fresh)], t0 + settle, NOT_OPEN).ready,
            vec![a.clone()]
        );
        assert_eq!(s.next_ready_in(t0 + settle), None);
        // A second file arrives: the wait is for it alone.
        let b = PathBuf::from("b.pdf");
        let t1 = t0 + Duration::from_secs(3);
        s.update(&[(a, fresh), (b, fresh)], t1, NOT_OPEN);
        assert_eq!(
            s.next_ready_in(t1 + Duration::from_millis(200)),
            Some(Duration::from_millis(1800))
        );
    }

    /// Issue 11, point 6b: a PDF whose writer pauses for longer than the settle time waits for
    /// its end (not judged half-written), is taken once whole, and a PDF that never gets its
    /// end is taken after the wait, so that it is judged (as corrupt) rather than kept for ever.
    #[test]
    fn a_settled_file_without_its_end_waits_for_its_writer() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("scan.pdf");
        let whole = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".to_vec();
        std::fs::write(&f, &whole[..20]).unwrap();
        let settle = Duration::from_secs(2);
        let wait = Duration::from_secs(60);
        let mut s = Settler::new(settle, wait);
        let t0 = Instant::now();
        let (l, _) = list(dir.path());
        s.update(&l, t0, NOT_OPEN);
        // Settled, but not finished: it waits, and says why (once).
        let pass = s.update(&l, t0 + settle, NOT_OPEN);
        assert!(pass.ready.is_empty(), "{pass:?}");
        assert_eq!(pass.settling, 0);
        assert_eq!(pass.waiting.len(), 1);
        assert_eq!(
            pass.waiting[0].why,
            Unfinished::NoEndMarker(MarkedFormat::Pdf)
        );
        assert!(pass.waiting[0].first);
        let pass = s.update(&l, t0 + 2 * settle, NOT_OPEN);
        assert!(pass.ready.is_empty() && !pass.waiting[0].first);
        // No busy loop: the next look is due when the wait would end (changes wake it sooner).
        let left = s.next_ready_in(t0 + 2 * settle).unwrap();
        assert!(left > wait - 3 * settle && left <= wait, "{left:?}");
        // The writer finishes: taken once it has settled again.
        std::fs::write(&f, &whole).unwrap();
        let (l, _) = list(dir.path());
        let t1 = t0 + Duration::from_secs(10);
        assert_eq!(s.update(&l, t1, NOT_OPEN).settling, 1);
        let pass = s.update(&l, t1 + settle, NOT_OPEN);
        assert_eq!(pass.ready, vec![f.clone()]);
        assert!(pass.overdue.is_empty() && pass.waiting.is_empty());

        // Cut off for good: after the wait it is taken, marked overdue.
        std::fs::write(&f, &whole[..30]).unwrap();
        let (l, _) = list(dir.path());
        let t2 = t0 + Duration::from_secs(20);
        s.update(&l, t2, NOT_OPEN);
        assert!(s.update(&l, t2 + settle, NOT_OPEN).ready.is_empty());
        let pass = s.update(&l, t2 + wait, NOT_OPEN);
        assert_eq!(pass.ready, vec![f.clone()]);
        assert_eq!(
            pass.overdue.get(&f),
            Some(&Unfinished::NoEndMarker(MarkedFormat::Pdf))
        );
        assert_eq!(s.next_ready_in(t2 + wait), None);
    }

    #[test]
    fn an_empty_file_waits_for_its_first_bytes() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("scan_0001.tif");
        std::fs::write(&f, b"").unwrap();
        let settle = Duration::from_secs(2);
        let mut s = Settler::new(settle, Duration::from_secs(600));
        let t0 = Instant::now();
        let (l, _) = list(dir.path());
        s.update(&l, t0, NOT_OPEN);
        let pass = s.update(&l, t0 + settle, NOT_OPEN);
        assert!(pass.ready.is_empty());
        assert_eq!(pass.waiting[0].why, Unfinished::Empty);
        // With no wait configured, it is taken once settled (and judged: quarantined as empty).
        let mut s = Settler::new(settle, Duration::ZERO);
        s.update(&l, t0, NOT_OPEN);
        let pass = s.update(&l, t0 + settle, NOT_OPEN);
        assert_eq!(pass.ready, vec![f.clone()]);
        assert_eq!(pass.overdue.get(&f), Some(&Unfinished::Empty));
    }

    /// A cut-off file found when the source starts, last changed long ago, is not waited for.
    #[test]
    fn an_old_file_without_its_end_is_taken_at_once() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("old.png");
        std::fs::write(&f, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
        let hour_ago = SystemTime::now() - Duration::from_secs(3600);
        std::fs::File::options()
            .write(true)
            .open(&f)
            .unwrap()
            .set_modified(hour_ago)
            .unwrap();
        let mut s = Settler::new(Duration::from_secs(2), Duration::from_secs(600));
        let (l, _) = list(dir.path());
        let pass = s.update(&l, Instant::now(), NOT_OPEN);
        assert_eq!(pass.ready, vec![f.clone()]);
        assert_eq!(
            pass.overdue.get(&f),
            Some(&Unfinished::NoEndMarker(MarkedFormat::Png))
        );
    }

    /// A TIFF has no end marker: a writer that still has it open (as Linux reports) holds it
    /// back; one that closed it does not.
    #[test]
    fn a_file_open_for_writing_waits_for_its_writer_to_close_it() {
        use notify::event::{AccessKind, AccessMode, CreateKind, DataChange, ModifyKind};
        use notify::{Event, EventKind};
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("sub").join("scan.tif");
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        std::fs::write(&f, b"II*\0 the first page").unwrap();
        let open = OpenForWriting::new(dir.path());
        let event = |kind| Event::new(kind).add_path(f.clone());
        // Created (perhaps a hard link, never opened): not a reason to wait on its own.
        open.observe(Ok(&event(EventKind::Create(CreateKind::File))));
        assert!(!open.is_open(&f, dir.path()));
        open.observe(Ok(&event(EventKind::Modify(ModifyKind::Data(
            DataChange::Any,
        )))));
        // The source's own reads change nothing.
        open.observe(Ok(&event(EventKind::Access(AccessKind::Close(
            AccessMode::Read,
        )))));
        let linux = cfg!(target_os = "linux");
        assert_eq!(open.is_open(&f, dir.path()), linux);
        let settle = Duration::from_secs(2);
        let mut s = Settler::new(settle, Duration::from_secs(600));
        let t0 = Instant::now();
        let (l, _) = list(dir.path());
        s.update(&l, t0, |p| open.is_open(p, dir.path()));
        let pass = s.update(&l, t0 + settle, |p| open.is_open(p, dir.path()));
        if linux {
            assert!(pass.ready.is_empty());
            assert_eq!(pass.waiting[0].why, Unfinished::OpenForWriting);
        }
        open.observe(Ok(&event(EventKind::Access(AccessKind::Close(
            AccessMode::Write,
        )))));
        assert!(!open.is_open(&f, dir.path()));
        let pass = s.update(&l, t0 + settle, |p| open.is_open(p, dir.path()));
        assert_eq!(pass.ready, vec![f.clone()]);
        // Events may have been lost: nothing is taken to be open any more.
        open.observe(Ok(&event(EventKind::Modify(ModifyKind::Data(
            DataChange::Any,
        )))));
        open.observe(Ok(
            &Event::new(EventKind::Other).set_flag(notify::event::Flag::Rescan)
        ));
        assert!(!open.is_open(&f, dir.path()));
    }

    #[test]
    fn the_end_of_a_file_tells_whether_it_is_whole() {
        let read = |bytes: &[u8]| {
            let tail = &bytes[bytes.len().saturating_sub(SPAN)..];
            ending(&bytes[..bytes.len().min(SPAN)], tail)
        };
        let missing = Ending::Missing;
        // PDF: %%EOF within the last 1024 bytes; what follows it is accepted, as viewers do.
        let mut pdf = b"%PDF-1.7\n".to_vec();
        pdf.extend(std::iter::repeat_n(b'x', 5000));
        assert_eq!(read(&pdf), missing(MarkedFormat::Pdf));
        pdf.extend_from_slice(b"\nstartxref\n9\n%%EOF");
        assert_eq!(read(&pdf), Ending::Marked);
        pdf.extend_from_slice(b"\r\n\0\0 ");
        assert_eq!(read(&pdf), Ending::Marked, "trailing white space");
        pdf.extend(std::iter::repeat_n(b'\0', 2000));
        assert_eq!(read(&pdf), missing(MarkedFormat::Pdf), "%%EOF too far back");
        // A header after some bytes of something else is still a PDF.
        let mut late = vec![b' '; 100];
        late.extend_from_slice(b"%PDF-1.4 ... no end");
        assert_eq!(read(&late), missing(MarkedFormat::Pdf));
        // JPEG: ends with FF D9, padding zeros or white space after it allowed.
        let jpeg = b"\xff\xd8\xff\xe0\0\x10JFIF\0 scan data \xff\x00 more".to_vec();
        assert_eq!(read(&jpeg), missing(MarkedFormat::Jpeg));
        let mut whole = [jpeg.as_slice(), b"\xff\xd9"].concat();
        assert_eq!(read(&whole), Ending::Marked);
        whole.extend_from_slice(b"\0\0\0\r\n");
        assert_eq!(read(&whole), Ending::Marked, "padding after EOI");
        whole.extend_from_slice(b"trailer");
        assert_eq!(read(&whole), missing(MarkedFormat::Jpeg));
        // PNG: the IEND chunk with its CRC.
        let png = std::fs::read(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("test-data/scans/scan_0005.png"),
        )
        .unwrap();
        assert_eq!(read(&png), Ending::Marked);
        assert_eq!(read(&png[..png.len() - 1]), missing(MarkedFormat::Png));
        assert_eq!(read(&png[..png.len() / 2]), missing(MarkedFormat::Png));
        // TIFF and anything else: no end marker, the settle time decides.
        assert_eq!(read(b"II*\0\x08\0\0\0 half a page"), Ending::Unmarked);
        assert_eq!(read(b"MM\0*\0\0\0\x08"), Ending::Unmarked);
        assert_eq!(read(b"From: someone\r\n"), Ending::Unmarked);
        assert_eq!(read(b""), Ending::Empty, "created, not written to yet");
        // By content, not by name: the real sample files.
        let sample = |name: &str| {
            read_ending(
                &Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("test-data/scans")
                    .join(name),
            )
        };
        assert_eq!(sample("scan_0004.pdf"), Ending::Marked);
        assert_eq!(sample("scan_0001.jpg"), Ending::Marked);
        assert_eq!(sample("scan_0002.tif"), Ending::Unmarked);
        assert_eq!(sample("truncated.png"), missing(MarkedFormat::Png));
        assert_eq!(sample("random.pdf"), Ending::Unmarked, "no PDF header");
        assert_eq!(sample("no such file"), Ending::Unmarked);
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
