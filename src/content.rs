//! The bytes of a file in the pipeline, held in memory or read from disk (issue 12, bounded
//! memory).
//!
//! A file up to the in-flight budget (`in_flight_mib`) is read into memory, as it always was. A
//! larger one is copied, while it is hashed, into a private file under casevault's own
//! temporary folder (`crate::scratch`; mode 0600, deleted when the last holder lets go, swept
//! if the process is killed) and the stages see it through a read-only memory map of that
//! copy. Why a copy and not the inbox file itself: the bytes hashed are then the bytes read,
//! checked and stored, whatever a scanner does to its own file meanwhile (rewriting it in
//! place, truncating it, which would also fault a map of it); and the original stays the
//! source's to release or quarantine as before.
//!
//! Why a map and not reads: the PDF reader (`hayro`) parses lazily from one slice of the whole
//! file, and the PDF writer (`lopdf`) parses from a slice too. A mapped page the reader has
//! touched stays resident (and counts in the process's RSS) until it is given back:
//! [`Content::release`] gives every page of the map back to the kernel (`madvise(DONTNEED)`;
//! the next access reads it again from the page cache or the disk), and the stages call it
//! between pages and every few MiB of a pass over the file, so what is resident stays a page's
//! worth, not the file's.
//!
//! The same holds for what is stored: a born-digital PDF is the original, a scanned PDF is the
//! original with its text layer appended as an incremental update ([`PdfBody::Appended`]), so
//! the stored PDF of a large file is never held whole either: the sink hashes and seals it a
//! MiB at a time from the map and the small appended tail.
//!
//! This module imports nothing of the crate: the folder the copies go in is given.

use std::io::{Read, Write};
use std::ops::Deref;
use std::path::Path;
use std::sync::Arc;

use sha2::{Digest, Sha256};

/// What a file held on disk counts for in the in-flight budget: not its size (it is not in
/// memory) but what of it may be resident at once between two releases, with a page rendered.
pub const MAPPED_WEIGHT: u64 = 32 * 1024 * 1024;

/// How much of a map a pass over it (hashing, sealing, scanning) reads between two releases.
pub const RELEASE_EVERY: usize = 16 * 1024 * 1024;

/// The bytes of one file: in memory, or a private copy on disk seen through a memory map.
#[derive(Clone)]
pub enum Content {
    Memory(Arc<Vec<u8>>),
    Mapped(Arc<Mapped>),
}

impl std::fmt::Debug for Content {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The bytes are a child's case material: their size only.
        match self {
            Content::Memory(b) => write!(f, "Content::Memory({} bytes)", b.len()),
            Content::Mapped(m) => write!(f, "Content::Mapped({} bytes)", m.len),
        }
    }
}

impl From<Vec<u8>> for Content {
    fn from(v: Vec<u8>) -> Content {
        Content::Memory(Arc::new(v))
    }
}

impl Deref for Content {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            Content::Memory(b) => b,
            Content::Mapped(m) => m,
        }
    }
}

impl AsRef<[u8]> for Content {
    fn as_ref(&self) -> &[u8] {
        self
    }
}

impl Content {
    /// Reads `expected` bytes from `from` and hashes them: into memory when there are at most
    /// `keep_above` of them, else into a new private file in `spool_dir` that is then mapped.
    /// Returns the content and its SHA-256 (hex). A reader that gives more or fewer bytes than
    /// expected (a file written to while it is read) is an error of kind `InvalidData`.
    pub fn read_hashed(
        from: &mut dyn Read,
        expected: u64,
        keep_above: u64,
        spool_dir: &Path,
    ) -> std::io::Result<(Content, String)> {
        let changed = || {
            std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                "the file changed while it was read",
            )
        };
        let mut hasher = Sha256::new();
        if expected <= keep_above {
            let mut bytes = Vec::with_capacity(expected as usize);
            from.take(expected + 1).read_to_end(&mut bytes)?;
            if bytes.len() as u64 != expected {
                return Err(changed());
            }
            hasher.update(&bytes);
            return Ok((Content::from(bytes), hex::encode(hasher.finalize())));
        }
        let mut spool = tempfile::Builder::new()
            .prefix("input-")
            .tempfile_in(spool_dir)?;
        let mut buf = vec![0u8; 1 << 20];
        let mut total = 0u64;
        loop {
            let n = from.read(&mut buf)?;
            if n == 0 {
                break;
            }
            total += n as u64;
            if total > expected {
                return Err(changed());
            }
            hasher.update(&buf[..n]);
            spool.write_all(&buf[..n])?;
        }
        if total != expected {
            return Err(changed());
        }
        spool.flush()?;
        let mapped = Mapped::new(spool)?;
        Ok((
            Content::Mapped(Arc::new(mapped)),
            hex::encode(hasher.finalize()),
        ))
    }

    /// Whether the bytes are read from disk.
    pub fn is_mapped(&self) -> bool {
        matches!(self, Content::Mapped(_))
    }

    /// What the content counts for in the in-flight budget: its size in memory, or
    /// [`MAPPED_WEIGHT`] for a file read from disk (its size, if that is smaller).
    pub fn weight(&self) -> u64 {
        match self {
            Content::Memory(b) => b.len() as u64,
            Content::Mapped(m) => MAPPED_WEIGHT.min(m.len as u64),
        }
    }

    /// Gives the pages of a map that reading has made resident back to the kernel; nothing
    /// for bytes in memory. Always safe: the bytes are read again from disk when next used.
    pub fn release(&self) {
        if let Content::Mapped(m) = self {
            m.release();
        }
    }

    /// A handle that releases this content's resident pages, for code that only sees a slice.
    pub fn releaser(&self) -> Releaser {
        match self {
            Content::Memory(_) => Releaser(None),
            Content::Mapped(m) => Releaser(Some(m.clone())),
        }
    }

    /// A view of a file read from disk with `prefix` before it and `suffix` after it, as one
    /// slice, without copying the file (see [`Framed`]); `None` for bytes in memory, which a
    /// caller frames by copying if it must. `prefix` must be a whole number of pages
    /// ([`page_size`]).
    pub fn framed(&self, prefix: &[u8], suffix: &[u8]) -> std::io::Result<Option<Framed>> {
        match self {
            Content::Memory(_) => Ok(None),
            Content::Mapped(m) => Framed::new(m.clone(), prefix, suffix).map(Some),
        }
    }
}

/// Releases a mapped file's resident pages (see [`Content::release`]); does nothing for bytes
/// in memory.
#[derive(Clone, Default)]
pub struct Releaser(Option<Arc<Mapped>>);

impl Releaser {
    pub fn release(&self) {
        if let Some(m) = &self.0 {
            m.release();
        }
    }
}

/// A private file under casevault's temporary folder, mapped read-only; the file is deleted
/// when this is dropped.
pub struct Mapped {
    ptr: *mut libc::c_void,
    len: usize,
    /// Kept so that the file lives (and is deleted) with the map.
    _file: tempfile::NamedTempFile,
}

// SAFETY: the map is read-only and never unmapped before drop; `&[u8]` from it may be shared
// between threads like any immutable slice.
unsafe impl Send for Mapped {}
unsafe impl Sync for Mapped {}

impl Mapped {
    fn new(file: tempfile::NamedTempFile) -> std::io::Result<Mapped> {
        use std::os::fd::AsRawFd as _;
        let len = usize::try_from(file.as_file().metadata()?.len())
            .map_err(|_| std::io::Error::other("file too large to map"))?;
        if len == 0 {
            return Ok(Mapped {
                ptr: std::ptr::null_mut(),
                len: 0,
                _file: file,
            });
        }
        // SAFETY: a read-only private map of a file this process made and nobody else writes
        // (0600, in its own temporary folder); its length was just read from the open file.
        let ptr = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                len,
                libc::PROT_READ,
                libc::MAP_PRIVATE,
                file.as_file().as_raw_fd(),
                0,
            )
        };
        if ptr == libc::MAP_FAILED {
            return Err(std::io::Error::last_os_error());
        }
        Ok(Mapped {
            ptr,
            len,
            _file: file,
        })
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether the file is empty.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    fn release(&self) {
        if self.len > 0 {
            // SAFETY: the whole range is this map's; DONTNEED on a read-only file map only
            // drops resident pages, which are read again from the file on the next access.
            unsafe {
                libc::madvise(self.ptr, self.len, libc::MADV_DONTNEED);
            }
        }
    }
}

impl Deref for Mapped {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        if self.len == 0 {
            return &[];
        }
        // SAFETY: `ptr` maps `len` readable bytes for as long as `self` lives.
        unsafe { std::slice::from_raw_parts(self.ptr as *const u8, self.len) }
    }
}

impl AsRef<[u8]> for Mapped {
    fn as_ref(&self) -> &[u8] {
        self
    }
}

impl Drop for Mapped {
    fn drop(&mut self) {
        if self.len > 0 {
            // SAFETY: unmapped once, when the last holder lets go; no slice of it outlives self.
            unsafe {
                libc::munmap(self.ptr, self.len);
            }
        }
    }
}

/// The size of a memory page here (what [`Content::framed`]'s prefix is a multiple of).
pub fn page_size() -> usize {
    // SAFETY: sysconf has no preconditions.
    let n = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    usize::try_from(n).ok().filter(|&n| n > 0).unwrap_or(4096)
}

/// A file read from disk, seen as one slice with a few bytes before and after it: the
/// prefix and suffix in private memory, the file itself a map of the same private copy as the
/// [`Mapped`] it came from, placed between them in one reserved range of addresses.
///
/// Why: a reader that takes one slice (`hayro`) can be shown the file with a new
/// cross-reference section in front (see `pdf::read::far_xref_frame`), where the file's own
/// would be out of its reach, without a copy of the file in memory. Releasing gives back the
/// file's pages only: the prefix, and the file's last page (which holds the suffix's first
/// bytes, written into a private copy of that page), are memory of this view and would read
/// as the file or as zeros if given back.
pub struct Framed {
    ptr: *mut libc::c_void,
    /// Bytes reserved (a whole number of pages).
    reserved: usize,
    /// Bytes of the view: prefix, file, suffix.
    len: usize,
    /// Where the file starts in the view (the prefix's length) and how many of its bytes may
    /// be given back (its whole pages before the last, partly written, one).
    file_at: usize,
    releasable: usize,
    /// The map whose file this view also maps: kept so that the file lives as long.
    _mapped: Arc<Mapped>,
}

// SAFETY: as for `Mapped`: the view is made read-only before it is handed out and is never
// unmapped before drop.
unsafe impl Send for Framed {}
unsafe impl Sync for Framed {}

impl Framed {
    fn new(mapped: Arc<Mapped>, prefix: &[u8], suffix: &[u8]) -> std::io::Result<Framed> {
        use std::os::fd::AsRawFd as _;
        let page = page_size();
        if prefix.is_empty() || !prefix.len().is_multiple_of(page) || mapped.len == 0 {
            return Err(std::io::Error::other(
                "a framed view needs a prefix of whole pages and a file",
            ));
        }
        let len = prefix.len() + mapped.len + suffix.len();
        let reserved = len.div_ceil(page) * page;
        // SAFETY: a new private anonymous range, nothing else refers to it yet.
        let ptr = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                reserved,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                -1,
                0,
            )
        };
        if ptr == libc::MAP_FAILED {
            return Err(std::io::Error::last_os_error());
        }
        let view = Framed {
            ptr,
            reserved,
            len,
            file_at: prefix.len(),
            releasable: (mapped.len / page) * page,
            _mapped: mapped,
        };
        let base = ptr as *mut u8;
        // SAFETY: every write below lands inside the `reserved` bytes just mapped writable;
        // the file is mapped (private, so writes never reach it) over the page-aligned range
        // after the prefix, replacing those anonymous pages (MAP_FIXED inside our own range).
        unsafe {
            std::ptr::copy_nonoverlapping(prefix.as_ptr(), base, prefix.len());
            let file = libc::mmap(
                base.add(prefix.len()) as *mut libc::c_void,
                view._mapped.len,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_FIXED,
                view._mapped._file.as_file().as_raw_fd(),
                0,
            );
            if file == libc::MAP_FAILED {
                return Err(std::io::Error::last_os_error());
            }
            std::ptr::copy_nonoverlapping(
                suffix.as_ptr(),
                base.add(prefix.len() + view._mapped.len),
                suffix.len(),
            );
            if libc::mprotect(ptr, reserved, libc::PROT_READ) != 0 {
                return Err(std::io::Error::last_os_error());
            }
        }
        Ok(view)
    }

    /// Gives the file's resident pages back (never the prefix's or the suffix's).
    pub fn release(&self) {
        if self.releasable > 0 {
            // SAFETY: the range is the file's whole pages inside this view, never written, so
            // DONTNEED drops nothing but what the file gives again.
            unsafe {
                libc::madvise(
                    (self.ptr as *mut u8).add(self.file_at) as *mut libc::c_void,
                    self.releasable,
                    libc::MADV_DONTNEED,
                );
            }
        }
    }
}

impl Deref for Framed {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        // SAFETY: `ptr` maps `reserved >= len` readable bytes for as long as `self` lives.
        unsafe { std::slice::from_raw_parts(self.ptr as *const u8, self.len) }
    }
}

impl AsRef<[u8]> for Framed {
    fn as_ref(&self) -> &[u8] {
        self
    }
}

impl Drop for Framed {
    fn drop(&mut self) {
        // SAFETY: unmapped once (the file's map inside it with it), when the last holder lets go.
        unsafe {
            libc::munmap(self.ptr, self.reserved);
        }
    }
}

/// The PDF that is stored for a document: bytes made whole in memory, or an original (in
/// memory or on disk) with bytes appended (a text layer as an incremental update).
#[derive(Clone)]
pub enum PdfBody {
    Whole(Content),
    Appended { base: Content, tail: Arc<Vec<u8>> },
}

impl std::fmt::Debug for PdfBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PdfBody({} bytes)", self.len())
    }
}

impl From<Vec<u8>> for PdfBody {
    fn from(v: Vec<u8>) -> PdfBody {
        PdfBody::Whole(Content::from(v))
    }
}

impl PdfBody {
    /// Length in bytes.
    pub fn len(&self) -> u64 {
        match self {
            PdfBody::Whole(c) => c.len() as u64,
            PdfBody::Appended { base, tail } => (base.len() + tail.len()) as u64,
        }
    }

    /// Whether there are no bytes.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Whether any of it is read from disk.
    pub fn is_mapped(&self) -> bool {
        match self {
            PdfBody::Whole(c) | PdfBody::Appended { base: c, .. } => c.is_mapped(),
        }
    }

    /// The bytes in order, at most `size` at a time; a mapped part's pages are released every
    /// [`RELEASE_EVERY`] bytes and at its end, so a pass over a large file holds little.
    pub fn chunks(&self, size: usize) -> Chunks<'_> {
        let (base, tail): (&Content, &[u8]) = match self {
            PdfBody::Whole(c) => (c, &[]),
            PdfBody::Appended { base, tail } => (base, tail),
        };
        Chunks {
            base,
            tail,
            at: 0,
            size: size.max(1),
            since_release: 0,
        }
    }

    /// SHA-256 (hex) of the bytes, read a chunk at a time.
    pub fn sha256(&self) -> String {
        let mut h = Sha256::new();
        for c in self.chunks(1 << 20) {
            h.update(c);
        }
        hex::encode(h.finalize())
    }

    /// The bytes whole, in memory (for small documents and tests).
    pub fn to_vec(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.len() as usize);
        for c in self.chunks(1 << 20) {
            out.extend_from_slice(c);
        }
        out
    }
}

/// The chunks of a [`PdfBody`].
pub struct Chunks<'a> {
    base: &'a Content,
    tail: &'a [u8],
    /// Position in base then tail.
    at: usize,
    size: usize,
    since_release: usize,
}

impl<'a> Iterator for Chunks<'a> {
    type Item = &'a [u8];
    fn next(&mut self) -> Option<&'a [u8]> {
        let base: &'a [u8] = self.base;
        if self.at < base.len() {
            if self.since_release >= RELEASE_EVERY {
                self.base.release();
                self.since_release = 0;
            }
            let end = (self.at + self.size).min(base.len());
            let c = &base[self.at..end];
            self.since_release += c.len();
            self.at = end;
            return Some(c);
        }
        if self.since_release > 0 {
            self.base.release();
            self.since_release = 0;
        }
        let t = self.at - base.len();
        if t < self.tail.len() {
            let end = (t + self.size).min(self.tail.len());
            self.at = base.len() + end;
            return Some(&self.tail[t..end]);
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pattern(n: usize) -> Vec<u8> {
        (0..n).map(|i| (i * 7 + i / 251) as u8).collect()
    }

    #[test]
    fn a_file_above_the_threshold_is_read_from_disk_and_reads_the_same() {
        let dir = tempfile::tempdir().unwrap();
        let data = pattern(3 * 1024 * 1024 + 17);
        let (mem, sha_mem) = Content::read_hashed(
            &mut data.as_slice(),
            data.len() as u64,
            u64::MAX,
            dir.path(),
        )
        .unwrap();
        let (disk, sha_disk) =
            Content::read_hashed(&mut data.as_slice(), data.len() as u64, 1024, dir.path())
                .unwrap();
        assert!(!mem.is_mapped());
        assert!(disk.is_mapped());
        assert_eq!(sha_mem, sha_disk);
        assert_eq!(&*disk, data.as_slice());
        // A map counts MAPPED_WEIGHT in the budget, or its size when smaller (this one is).
        assert_eq!(disk.weight(), data.len() as u64);
        assert!(disk.weight() < MAPPED_WEIGHT);
        assert_eq!(mem.weight(), data.len() as u64);
        // Released pages read back the same.
        disk.release();
        assert_eq!(&disk[..], data.as_slice());
        // The private copy is in the folder given, and gone with the last holder.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        drop(disk);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn a_framed_view_reads_prefix_file_and_suffix_and_keeps_them_through_release() {
        let dir = tempfile::tempdir().unwrap();
        let page = page_size();
        // A file that ends inside a page (the suffix starts in its last page) and one that
        // fills its pages exactly (the suffix starts on a page of its own).
        for size in [3 * page + 123, 2 * page] {
            let bytes = pattern(size);
            let (disk, _) =
                Content::read_hashed(&mut &bytes[..], size as u64, 16, dir.path()).unwrap();
            let prefix: Vec<u8> = (0..page).map(|i| (i % 7) as u8 + b'a').collect();
            let suffix = b"\nstartxref\n17\n%%EOF\n".to_vec();
            let framed = disk.framed(&prefix, &suffix).unwrap().expect("mapped");
            let want: Vec<u8> = [&prefix[..], &bytes[..], &suffix[..]].concat();
            assert_eq!(&framed[..], &want[..], "size {size}");
            framed.release();
            disk.release();
            assert_eq!(&framed[..], &want[..], "after release, size {size}");
            // The copy on disk is untouched by the suffix written into the view.
            assert_eq!(&disk[..], &bytes[..]);
        }
        let (memory, _) = Content::read_hashed(&mut &b"abc"[..], 3, 16, dir.path()).unwrap();
        assert!(memory.framed(&vec![0; page], b"").unwrap().is_none());
    }

    #[test]
    fn a_file_that_changes_while_read_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let data = pattern(4096);
        for keep in [0, u64::MAX] {
            for expected in [4095, 4097] {
                let Err(e) = Content::read_hashed(&mut data.as_slice(), expected, keep, dir.path())
                else {
                    panic!("a file of another size than announced is accepted");
                };
                assert_eq!(e.kind(), std::io::ErrorKind::InvalidData);
            }
        }
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn an_appended_body_hashes_and_reads_as_its_bytes_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let data = pattern(RELEASE_EVERY * 2 + 5);
        let (base, _) =
            Content::read_hashed(&mut data.as_slice(), data.len() as u64, 0, dir.path()).unwrap();
        let tail = b"\n1 0 obj null endobj\n".to_vec();
        let body = PdfBody::Appended {
            base,
            tail: Arc::new(tail.clone()),
        };
        let mut whole = data.clone();
        whole.extend_from_slice(&tail);
        assert_eq!(body.len(), whole.len() as u64);
        assert_eq!(body.to_vec(), whole);
        assert_eq!(body.sha256(), hex::encode(Sha256::digest(&whole)));
        let sizes: Vec<usize> = body.chunks(1 << 20).map(<[u8]>::len).collect();
        assert!(sizes.iter().all(|&n| n <= 1 << 20 && n > 0), "{sizes:?}");
    }
}
