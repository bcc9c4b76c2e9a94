//! The sealed-object format: a fixed header, then AES-256-GCM segments in the STREAM construction.
//!
//! A sealed object is `header || segment 0 || ... || segment n-1`. Each segment is
//! `AES-256-GCM(DEK, nonce = prefix(7) || counter(u32 BE) || last-flag(1), aad = header fields)`
//! of `segment_size` plaintext bytes, except the last, which holds `0..segment_size` bytes and
//! carries the flag. Because the last segment is always shorter than a full one (an empty last
//! segment follows when the plaintext is an exact multiple), a reader knows from lengths alone
//! which segment must be last, so it can release each full segment as soon as it authenticates and
//! detects truncation exactly at a segment boundary. The nonce layout is byte-for-byte that of
//! `aead_stream::StreamBE32` (a test checks it); it is written out here because the in-place,
//! detached calls avoid a copy per segment and let the opener zero its output when a segment fails.
//!
//! The API is push-style ([`Sealer`], [`Opener`]: bytes in, bytes appended to a `Vec`) so sync and
//! async callers drive it the same way, with [`seal_stream`]/[`open_stream`] for `Read`/`Write` and
//! [`seal_bytes`]/[`open_bytes`] for small records. Memory is bounded by a few segments whatever
//! the object size. The byte layout is specified in `docs/sealed-format.md`.

use std::io::{Read, Write};

use aes_gcm::aead::inout::InOutBuf;
use aes_gcm::aead::{AeadInOut, KeyInit};
use aes_gcm::Aes256Gcm;
use zeroize::{Zeroize, Zeroizing};

use super::{fill_random, DataKey, ObjectId, SealError};

/// Magic bytes at the start of every sealed object.
pub const MAGIC: [u8; 8] = *b"CVSEALED";
/// Format version written by this build.
pub const VERSION: u8 = 1;
/// Length of the header: magic, version, object id, nonce prefix, segment size, header tag.
pub const HEADER_LEN: usize = 52;
/// Length of the header fields bound as associated data to every segment (header minus its tag).
const AAD_LEN: usize = 36;
/// Length of an AES-GCM tag; every segment is its plaintext plus this.
pub const TAG_LEN: usize = 16;
/// Length of the random nonce prefix (12-byte GCM nonce minus 4-byte counter and 1-byte flag).
pub const NONCE_PREFIX_LEN: usize = 7;
/// Default plaintext bytes per segment.
pub const DEFAULT_SEGMENT_SIZE: usize = 64 * 1024;
/// Smallest segment size accepted (tiny sizes are for tests and vectors).
pub const MIN_SEGMENT_SIZE: usize = 1;
/// Largest segment size accepted: bounds an opener's memory whatever a header claims.
pub const MAX_SEGMENT_SIZE: usize = 16 * 1024 * 1024;
/// Flag byte of the header tag's nonce; STREAM segments use only 0 and 1, so nonces never collide.
const HEADER_TAG_FLAG: u8 = 0x02;
/// How many positions either side an opener tries, after a failure, to tell "reordered" from
/// "altered". Costs one GHASH per try, only on the error path.
const REORDER_SEARCH: u64 = 256;

type GcmNonce = aes_gcm::aead::Nonce<Aes256Gcm>;
type GcmTag = aes_gcm::aead::Tag<Aes256Gcm>;

fn cipher_for(dek: &DataKey) -> Aes256Gcm {
    Aes256Gcm::new(dek.expose().into())
}

fn stream_nonce(prefix: &[u8; NONCE_PREFIX_LEN], counter: u32, flag: u8) -> GcmNonce {
    let mut n = [0u8; 12];
    n[..NONCE_PREFIX_LEN].copy_from_slice(prefix);
    n[NONCE_PREFIX_LEN..11].copy_from_slice(&counter.to_be_bytes());
    n[11] = flag;
    GcmNonce::from(n)
}

fn check_segment_size(size: usize) -> Result<(), SealError> {
    if (MIN_SEGMENT_SIZE..=MAX_SEGMENT_SIZE).contains(&size) {
        Ok(())
    } else {
        Err(SealError::BadSegmentSize {
            size,
            min: MIN_SEGMENT_SIZE,
            max: MAX_SEGMENT_SIZE,
        })
    }
}

/// Length of the sealed object for `plaintext_len` bytes at `segment_size`: header, every full
/// segment plus its tag, and a last segment of the remainder (possibly empty) plus its tag.
pub fn sealed_len(plaintext_len: u64, segment_size: usize) -> u64 {
    let s = segment_size.max(1) as u64;
    let tag = TAG_LEN as u64;
    HEADER_LEN as u64 + (plaintext_len / s) * (s + tag) + plaintext_len % s + tag
}

/// The parsed (not yet authenticated) header of a sealed object. Safe to show: it holds only the
/// opaque object id, the nonce prefix and the segment size.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct SealedHeader {
    object_id: ObjectId,
    nonce_prefix: [u8; NONCE_PREFIX_LEN],
    segment_size: u32,
}

impl SealedHeader {
    /// Parses the first [`HEADER_LEN`] bytes of a sealed object without any key: checks magic,
    /// version and segment size. Authentication happens when an [`Opener`] reads it.
    ///
    /// # Errors
    /// [`SealError::HeaderTruncated`], [`SealError::NotSealed`], [`SealError::UnsupportedVersion`],
    /// [`SealError::BadHeader`].
    pub fn parse(bytes: &[u8]) -> Result<SealedHeader, SealError> {
        if bytes.len() >= MAGIC.len() && bytes[..MAGIC.len()] != MAGIC {
            return Err(SealError::NotSealed);
        }
        if bytes.len() < HEADER_LEN {
            return Err(SealError::HeaderTruncated {
                len: bytes.len(),
                needed: HEADER_LEN,
            });
        }
        if bytes[8] != VERSION {
            return Err(SealError::UnsupportedVersion { found: bytes[8] });
        }
        let mut object_id = [0u8; 16];
        object_id.copy_from_slice(&bytes[9..25]);
        let mut nonce_prefix = [0u8; NONCE_PREFIX_LEN];
        nonce_prefix.copy_from_slice(&bytes[25..32]);
        let segment_size = u32::from_be_bytes([bytes[32], bytes[33], bytes[34], bytes[35]]);
        if check_segment_size(segment_size as usize).is_err() {
            return Err(SealError::BadHeader {
                reason: "segment size out of range",
            });
        }
        Ok(SealedHeader {
            object_id,
            nonce_prefix,
            segment_size,
        })
    }

    /// The object id the header names.
    pub fn object_id(&self) -> &ObjectId {
        &self.object_id
    }

    /// Plaintext bytes per full segment.
    pub fn segment_size(&self) -> usize {
        self.segment_size as usize
    }

    /// The header fields, bound as associated data to the header tag and every segment.
    fn aad(&self) -> [u8; AAD_LEN] {
        let mut a = [0u8; AAD_LEN];
        a[..8].copy_from_slice(&MAGIC);
        a[8] = VERSION;
        a[9..25].copy_from_slice(&self.object_id);
        a[25..32].copy_from_slice(&self.nonce_prefix);
        a[32..36].copy_from_slice(&self.segment_size.to_be_bytes());
        a
    }
}

impl std::fmt::Debug for SealedHeader {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SealedHeader")
            .field("object_id", &hex::encode(self.object_id))
            .field("segment_size", &self.segment_size)
            .finish()
    }
}

/// Push-style sealer: feed plaintext in any chunks, collect sealed bytes.
///
/// ```
/// # use casevault::seal::{DataKey, Sealer, Opener, random_object_id, DEFAULT_SEGMENT_SIZE};
/// let dek = DataKey::generate()?;
/// let id = random_object_id()?;
/// let (mut sealer, header) = Sealer::new(&dek, &id, DEFAULT_SEGMENT_SIZE)?;
/// let mut sealed = header.to_vec();
/// sealer.push(b"first part, ", &mut sealed)?;
/// sealer.push(b"second part", &mut sealed)?;
/// sealer.finish(&mut sealed)?;
///
/// let mut opener = Opener::new(&dek, &id);
/// let mut plain = Vec::new();
/// opener.push(&sealed, &mut plain)?;
/// opener.finish(&mut plain)?;
/// assert_eq!(plain, b"first part, second part");
/// # Ok::<(), casevault::seal::SealError>(())
/// ```
pub struct Sealer {
    cipher: Aes256Gcm,
    aad: [u8; AAD_LEN],
    nonce_prefix: [u8; NONCE_PREFIX_LEN],
    segment_size: usize,
    /// Plaintext of the segment being filled; always shorter than `segment_size` between calls.
    pending: Zeroizing<Vec<u8>>,
    position: u32,
    failed: bool,
}

impl Sealer {
    /// Starts sealing object `object_id` under `dek` with a random nonce prefix. Returns the
    /// sealer and the header, which the caller writes before any segment.
    ///
    /// # Errors
    /// [`SealError::BadSegmentSize`], [`SealError::Random`].
    pub fn new(
        dek: &DataKey,
        object_id: &ObjectId,
        segment_size: usize,
    ) -> Result<(Sealer, [u8; HEADER_LEN]), SealError> {
        let mut prefix = [0u8; NONCE_PREFIX_LEN];
        fill_random(&mut prefix)?;
        Sealer::with_nonce_prefix(dek, object_id, segment_size, prefix)
    }

    /// As [`Sealer::new`] with a caller-chosen nonce prefix. For golden test vectors only: in
    /// production the prefix must be random ([`Sealer::new`]); a data key must never seal two
    /// objects with the same prefix.
    ///
    /// # Errors
    /// [`SealError::BadSegmentSize`].
    pub fn with_nonce_prefix(
        dek: &DataKey,
        object_id: &ObjectId,
        segment_size: usize,
        nonce_prefix: [u8; NONCE_PREFIX_LEN],
    ) -> Result<(Sealer, [u8; HEADER_LEN]), SealError> {
        check_segment_size(segment_size)?;
        let header = SealedHeader {
            object_id: *object_id,
            nonce_prefix,
            segment_size: u32::try_from(segment_size).map_err(|_| SealError::BadSegmentSize {
                size: segment_size,
                min: MIN_SEGMENT_SIZE,
                max: MAX_SEGMENT_SIZE,
            })?,
        };
        let aad = header.aad();
        let cipher = cipher_for(dek);
        let tag = cipher
            .encrypt_inout_detached(
                &stream_nonce(&nonce_prefix, 0, HEADER_TAG_FLAG),
                &aad,
                (&mut [][..]).into(),
            )
            .map_err(|_| SealError::TooLong)?;
        let mut bytes = [0u8; HEADER_LEN];
        bytes[..AAD_LEN].copy_from_slice(&aad);
        bytes[AAD_LEN..].copy_from_slice(&tag);
        let sealer = Sealer {
            cipher,
            aad,
            nonce_prefix,
            segment_size,
            pending: Zeroizing::new(Vec::with_capacity(segment_size)),
            position: 0,
            failed: false,
        };
        Ok((sealer, bytes))
    }

    /// Seals `data`, appending every segment that is complete to `out`. Bytes that do not yet
    /// fill a segment are held (at most one segment) until the next call or [`Sealer::finish`].
    ///
    /// # Errors
    /// [`SealError::TooLong`] past 2^32 - 1 segments; [`SealError::AlreadyFailed`] after that.
    pub fn push(&mut self, data: &[u8], out: &mut Vec<u8>) -> Result<(), SealError> {
        if self.failed {
            return Err(SealError::AlreadyFailed);
        }
        let result = self.push_inner(data, out);
        self.failed = result.is_err();
        result
    }

    fn push_inner(&mut self, mut data: &[u8], out: &mut Vec<u8>) -> Result<(), SealError> {
        let s = self.segment_size;
        if !self.pending.is_empty() {
            let take = (s - self.pending.len()).min(data.len());
            self.pending.extend_from_slice(&data[..take]);
            data = &data[take..];
            if self.pending.len() < s {
                return Ok(());
            }
            let pending = std::mem::take(&mut *self.pending);
            let result = self.seal_segment(&pending, false, out);
            *self.pending = pending;
            self.pending.clear();
            result?;
        }
        while data.len() >= s {
            self.seal_segment(&data[..s], false, out)?;
            data = &data[s..];
        }
        self.pending.extend_from_slice(data);
        Ok(())
    }

    /// Seals what is held as the last segment (possibly empty) and appends it to `out`.
    ///
    /// # Errors
    /// [`SealError::AlreadyFailed`] if an earlier call failed.
    pub fn finish(mut self, out: &mut Vec<u8>) -> Result<(), SealError> {
        if self.failed {
            return Err(SealError::AlreadyFailed);
        }
        let pending = std::mem::take(&mut *self.pending);
        let result = self.seal_segment(&pending, true, out);
        *self.pending = pending;
        result
    }

    fn seal_segment(
        &mut self,
        plain: &[u8],
        last: bool,
        out: &mut Vec<u8>,
    ) -> Result<(), SealError> {
        // A non-last segment at u32::MAX would leave no counter for the last one.
        if !last && self.position == u32::MAX {
            return Err(SealError::TooLong);
        }
        let nonce = stream_nonce(&self.nonce_prefix, self.position, u8::from(last));
        let start = out.len();
        out.extend_from_slice(plain);
        let tag = self
            .cipher
            .encrypt_inout_detached(&nonce, &self.aad, (&mut out[start..]).into())
            .map_err(|_| SealError::TooLong)?;
        out.extend_from_slice(&tag);
        if !last {
            self.position += 1;
        }
        Ok(())
    }
}

impl std::fmt::Debug for Sealer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sealer")
            .field("segment_size", &self.segment_size)
            .field("segments_sealed", &self.position)
            .finish_non_exhaustive()
    }
}

/// Push-style opener: feed the sealed object (header first) in any chunks, collect plaintext.
///
/// Plaintext of a segment is appended to `out` only after that segment authenticates; when one
/// fails, what was appended for it is zeroed and removed. [`Opener::finish`] fails unless the
/// flagged last segment arrived, so until it returns `Ok` the plaintext received so far is a
/// prefix that must not be treated as the document.
pub struct Opener {
    cipher: Aes256Gcm,
    expected: ObjectId,
    header: Option<SealedHeader>,
    aad: [u8; AAD_LEN],
    segment_size: usize,
    /// Header bytes, then sealed bytes of an incomplete segment.
    pending: Vec<u8>,
    position: u64,
    failed: bool,
}

impl Opener {
    /// Starts opening object `object_id` (the id the caller expects, e.g. from the catalog)
    /// with its data key. The header is read from the first bytes pushed.
    pub fn new(dek: &DataKey, object_id: &ObjectId) -> Opener {
        Opener {
            cipher: cipher_for(dek),
            expected: *object_id,
            header: None,
            aad: [0u8; AAD_LEN],
            segment_size: 0,
            pending: Vec::with_capacity(HEADER_LEN),
            position: 0,
            failed: false,
        }
    }

    /// The header, once it has been received and authenticated.
    pub fn header(&self) -> Option<&SealedHeader> {
        self.header.as_ref()
    }

    /// Reads `sealed`, appending the plaintext of every segment that is complete and
    /// authenticates to `out`.
    ///
    /// # Errors
    /// Header errors ([`SealError::NotSealed`], [`SealError::ObjectIdMismatch`],
    /// [`SealError::HeaderRejected`], ...), [`SealError::SegmentRejected`],
    /// [`SealError::OutOfOrder`]; [`SealError::AlreadyFailed`] after any error.
    pub fn push(&mut self, sealed: &[u8], out: &mut Vec<u8>) -> Result<(), SealError> {
        if self.failed {
            return Err(SealError::AlreadyFailed);
        }
        let result = self.push_inner(sealed, out);
        self.failed = result.is_err();
        result
    }

    fn push_inner(&mut self, mut sealed: &[u8], out: &mut Vec<u8>) -> Result<(), SealError> {
        if self.header.is_none() {
            let take = (HEADER_LEN - self.pending.len()).min(sealed.len());
            self.pending.extend_from_slice(&sealed[..take]);
            sealed = &sealed[take..];
            if self.pending.len() >= MAGIC.len() && self.pending[..MAGIC.len()] != MAGIC {
                return Err(SealError::NotSealed);
            }
            if self.pending.len() < HEADER_LEN {
                return Ok(());
            }
            self.accept_header()?;
            self.pending.clear();
            self.pending.reserve(self.segment_size + TAG_LEN);
        }
        let full = self.segment_size + TAG_LEN;
        if !self.pending.is_empty() {
            let take = (full - self.pending.len()).min(sealed.len());
            self.pending.extend_from_slice(&sealed[..take]);
            sealed = &sealed[take..];
            if self.pending.len() < full {
                return Ok(());
            }
            let pending = std::mem::take(&mut self.pending);
            let result = self.open_segment(&pending, false, out);
            self.pending = pending;
            self.pending.clear();
            result?;
        }
        // A full-length segment is never the last one, so it can be opened at once.
        while sealed.len() >= full {
            self.open_segment(&sealed[..full], false, out)?;
            sealed = &sealed[full..];
        }
        self.pending.extend_from_slice(sealed);
        Ok(())
    }

    fn accept_header(&mut self) -> Result<(), SealError> {
        let header = SealedHeader::parse(&self.pending)?;
        if header.object_id != self.expected {
            return Err(SealError::ObjectIdMismatch {
                expected: hex::encode(self.expected),
                found: hex::encode(header.object_id),
            });
        }
        let aad = header.aad();
        let tag = GcmTag::try_from(&self.pending[AAD_LEN..HEADER_LEN])
            .map_err(|_| SealError::BadHeader { reason: "tag" })?;
        let verified = self
            .cipher
            .decrypt_inout_detached(
                &stream_nonce(&header.nonce_prefix, 0, HEADER_TAG_FLAG),
                &aad,
                (&mut [][..]).into(),
                &tag,
            )
            .is_ok();
        // Also reject a header whose fields differ from their canonical encoding.
        if !verified || self.pending[..AAD_LEN] != aad {
            return Err(SealError::HeaderRejected {
                object: hex::encode(self.expected),
            });
        }
        self.aad = aad;
        self.segment_size = header.segment_size();
        self.header = Some(header);
        Ok(())
    }

    /// Ends the object: opens the held bytes as the flagged last segment and appends its
    /// plaintext to `out`.
    ///
    /// # Errors
    /// [`SealError::HeaderTruncated`] or [`SealError::Truncated`] if the object was cut short or
    /// its last segment dropped; [`SealError::SegmentRejected`] / [`SealError::OutOfOrder`] if the
    /// held bytes do not authenticate as the last segment; [`SealError::AlreadyFailed`].
    pub fn finish(mut self, out: &mut Vec<u8>) -> Result<(), SealError> {
        if self.failed {
            return Err(SealError::AlreadyFailed);
        }
        if self.header.is_none() {
            return Err(SealError::HeaderTruncated {
                len: self.pending.len(),
                needed: HEADER_LEN,
            });
        }
        if self.pending.len() < TAG_LEN {
            return Err(SealError::Truncated {
                object: hex::encode(self.expected),
                segments: self.position,
            });
        }
        let pending = std::mem::take(&mut self.pending);
        self.open_segment(&pending, true, out)
    }

    fn open_segment(
        &mut self,
        sealed: &[u8],
        last: bool,
        out: &mut Vec<u8>,
    ) -> Result<(), SealError> {
        let position = self.position;
        let counter = match u32::try_from(position) {
            Ok(c) if last || c < u32::MAX => c,
            _ => return Err(self.rejected(position)),
        };
        let (ciphertext, tag) = sealed.split_at(sealed.len() - TAG_LEN);
        let tag = GcmTag::try_from(tag).map_err(|_| self.rejected(position))?;
        let nonce = stream_nonce(&self.nonce_prefix(), counter, u8::from(last));
        let start = out.len();
        out.resize(start + ciphertext.len(), 0);
        // Decrypt straight from the input into `out` (measured faster than copy-then-in-place
        // for opening; for sealing the copy is faster, GHASH then reads what was just written).
        let opened = InOutBuf::new(ciphertext, &mut out[start..]).is_ok_and(|buf| {
            self.cipher
                .decrypt_inout_detached(&nonce, &self.aad, buf, &tag)
                .is_ok()
        });
        if opened {
            self.position += 1;
            Ok(())
        } else {
            out[start..].zeroize();
            out.truncate(start);
            Err(self.diagnose(sealed, last))
        }
    }

    fn nonce_prefix(&self) -> [u8; NONCE_PREFIX_LEN] {
        self.header.map(|h| h.nonce_prefix).unwrap_or_default()
    }

    fn rejected(&self, position: u64) -> SealError {
        SealError::SegmentRejected {
            object: hex::encode(self.expected),
            position,
        }
    }

    /// After a segment failed at its position: does it authenticate at a nearby position (same
    /// object, wrong place) or nowhere (altered, cut, or from another object)?
    fn diagnose(&self, sealed: &[u8], last: bool) -> SealError {
        let position = self.position;
        let (ciphertext, tag) = sealed.split_at(sealed.len() - TAG_LEN);
        let Ok(tag) = GcmTag::try_from(tag) else {
            return self.rejected(position);
        };
        let prefix = self.nonce_prefix();
        let low = position.saturating_sub(REORDER_SEARCH);
        let high = (position + REORDER_SEARCH).min(u64::from(u32::MAX));
        let mut scratch = Zeroizing::new(Vec::with_capacity(ciphertext.len()));
        for candidate in low..=high {
            if candidate == position {
                continue;
            }
            let Ok(counter) = u32::try_from(candidate) else {
                break;
            };
            scratch.clear();
            scratch.extend_from_slice(ciphertext);
            let nonce = stream_nonce(&prefix, counter, u8::from(last));
            if self
                .cipher
                .decrypt_inout_detached(&nonce, &self.aad, (&mut scratch[..]).into(), &tag)
                .is_ok()
            {
                return SealError::OutOfOrder {
                    object: hex::encode(self.expected),
                    position,
                    sealed_at: candidate,
                };
            }
        }
        self.rejected(position)
    }
}

impl std::fmt::Debug for Opener {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Opener")
            .field("object_id", &hex::encode(self.expected))
            .field("header", &self.header)
            .field("segments_opened", &self.position)
            .finish_non_exhaustive()
    }
}

/// Seals a small record (a case record, a label, metadata) in one call, in the same format as
/// documents with the default segment size.
///
/// # Errors
/// [`SealError::Random`].
pub fn seal_bytes(
    dek: &DataKey,
    object_id: &ObjectId,
    plaintext: &[u8],
) -> Result<Vec<u8>, SealError> {
    let (mut sealer, header) = Sealer::new(dek, object_id, DEFAULT_SEGMENT_SIZE)?;
    let len = sealed_len(plaintext.len() as u64, DEFAULT_SEGMENT_SIZE);
    let mut out = Vec::with_capacity(usize::try_from(len).unwrap_or(0));
    out.extend_from_slice(&header);
    sealer.push(plaintext, &mut out)?;
    sealer.finish(&mut out)?;
    Ok(out)
}

/// Opens a sealed object held in memory in one call (any segment size).
///
/// # Errors
/// Any error of [`Opener::push`] and [`Opener::finish`].
pub fn open_bytes(
    dek: &DataKey,
    object_id: &ObjectId,
    sealed: &[u8],
) -> Result<Vec<u8>, SealError> {
    let mut opener = Opener::new(dek, object_id);
    let mut out = Vec::with_capacity(sealed.len());
    opener.push(sealed, &mut out)?;
    opener.finish(&mut out)?;
    Ok(out)
}

fn read_some(
    reader: &mut impl Read,
    buf: &mut [u8],
    during: &'static str,
) -> Result<usize, SealError> {
    loop {
        match reader.read(buf) {
            Ok(n) => return Ok(n),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(source) => return Err(SealError::Io { during, source }),
        }
    }
}

/// Seals everything `reader` yields into `writer` in constant memory (a few segments). Returns
/// the number of plaintext bytes sealed. The sealed object is complete only when this returns
/// `Ok`; on error, discard what was written.
///
/// # Errors
/// [`SealError::BadSegmentSize`], [`SealError::Io`], [`SealError::Random`], [`SealError::TooLong`].
pub fn seal_stream<R: Read, W: Write>(
    dek: &DataKey,
    object_id: &ObjectId,
    segment_size: usize,
    mut reader: R,
    mut writer: W,
) -> Result<u64, SealError> {
    let (mut sealer, header) = Sealer::new(dek, object_id, segment_size)?;
    let write_err = |source| SealError::Io {
        during: "writing the sealed object",
        source,
    };
    writer.write_all(&header).map_err(write_err)?;
    let mut buf = Zeroizing::new(vec![0u8; segment_size.max(DEFAULT_SEGMENT_SIZE)]);
    let mut out = Vec::with_capacity(buf.len() + 2 * (segment_size + TAG_LEN));
    let mut total = 0u64;
    loop {
        let n = read_some(&mut reader, &mut buf, "reading the plaintext")?;
        if n == 0 {
            break;
        }
        total += n as u64;
        sealer.push(&buf[..n], &mut out)?;
        writer.write_all(&out).map_err(write_err)?;
        out.clear();
    }
    sealer.finish(&mut out)?;
    writer.write_all(&out).map_err(write_err)?;
    writer.flush().map_err(write_err)?;
    Ok(total)
}

/// Opens the sealed object `reader` yields into `writer` in constant memory. Plaintext is
/// written segment by segment as each authenticates, so the output is the document only when
/// this returns `Ok`; on error, discard what was written (write to a temporary file and rename
/// on success). Returns the number of plaintext bytes written.
///
/// # Errors
/// Any error of [`Opener`], and [`SealError::Io`].
pub fn open_stream<R: Read, W: Write>(
    dek: &DataKey,
    object_id: &ObjectId,
    mut reader: R,
    mut writer: W,
) -> Result<u64, SealError> {
    let mut opener = Opener::new(dek, object_id);
    let write_err = |source| SealError::Io {
        during: "writing the opened plaintext",
        source,
    };
    let mut buf = vec![0u8; DEFAULT_SEGMENT_SIZE];
    let mut out = Zeroizing::new(Vec::new());
    let mut total = 0u64;
    loop {
        let n = read_some(&mut reader, &mut buf, "reading the sealed object")?;
        if n == 0 {
            break;
        }
        opener.push(&buf[..n], &mut out)?;
        writer.write_all(&out).map_err(write_err)?;
        total += out.len() as u64;
        out.clear();
    }
    opener.finish(&mut out)?;
    writer.write_all(&out).map_err(write_err)?;
    writer.flush().map_err(write_err)?;
    total += out.len() as u64;
    Ok(total)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const ID_A: ObjectId = [0x11; 16];
    const ID_B: ObjectId = [0x22; 16];

    fn key(byte: u8) -> DataKey {
        DataKey::from_bytes([byte; 32])
    }

    fn plaintext(len: usize) -> Vec<u8> {
        (0..len).map(|i| (i * 31 % 251) as u8).collect()
    }

    fn seal_fixed(dek: &DataKey, id: &ObjectId, s: usize, data: &[u8], prefix: [u8; 7]) -> Vec<u8> {
        let (mut sealer, header) = Sealer::with_nonce_prefix(dek, id, s, prefix).unwrap();
        let mut out = header.to_vec();
        sealer.push(data, &mut out).unwrap();
        sealer.finish(&mut out).unwrap();
        out
    }

    fn seal_with(s: usize, data: &[u8]) -> Vec<u8> {
        seal_fixed(&key(1), &ID_A, s, data, [7; 7])
    }

    fn open_err(sealed: &[u8]) -> SealError {
        open_bytes(&key(1), &ID_A, sealed).expect_err("tampered object opened")
    }

    /// Byte range of segment `i` in an object with segment size `s`.
    fn segment(s: usize, i: usize) -> std::ops::Range<usize> {
        let start = HEADER_LEN + i * (s + TAG_LEN);
        start..start + s + TAG_LEN
    }

    #[test]
    fn lengths_follow_the_last_segment_rule() {
        for len in [0usize, 1, 15, 16, 17, 32, 40, 48] {
            let sealed = seal_with(16, &plaintext(len));
            assert_eq!(sealed.len() as u64, sealed_len(len as u64, 16), "len {len}");
            assert_eq!(open_bytes(&key(1), &ID_A, &sealed).unwrap(), plaintext(len));
        }
        // Exactly one segment of plaintext: a full segment and an empty flagged one.
        assert_eq!(sealed_len(16, 16), (HEADER_LEN + 32 + 16) as u64);
    }

    #[test]
    fn matches_aead_stream_be32() {
        use aead_stream::{NewStream, StreamBE32, StreamPrimitive};
        let data = plaintext(40);
        let sealed = seal_with(16, &data);
        let aad = &sealed[..AAD_LEN];
        let stream = StreamBE32::<Aes256Gcm>::new(key(1).expose().into(), &[7u8; 7].into());
        let mut expected = sealed[..HEADER_LEN].to_vec();
        for (i, chunk) in [&data[..16], &data[16..32]].iter().enumerate() {
            let payload = aes_gcm::aead::Payload { msg: chunk, aad };
            expected.extend(stream.encrypt(i as u32, false, payload).unwrap());
        }
        let payload = aes_gcm::aead::Payload {
            msg: &data[32..],
            aad,
        };
        expected.extend(stream.encrypt(2, true, payload).unwrap());
        assert_eq!(sealed, expected);
    }

    #[test]
    fn seal_bytes_round_trips_with_random_prefix() {
        let dek = DataKey::generate().unwrap();
        let a = seal_bytes(&dek, &ID_A, b"case record").unwrap();
        let b = seal_bytes(&dek, &ID_A, b"case record").unwrap();
        assert_ne!(a, b, "nonce prefix must be random");
        assert_eq!(open_bytes(&dek, &ID_A, &a).unwrap(), b"case record");
        assert_eq!(
            SealedHeader::parse(&a).unwrap().segment_size(),
            DEFAULT_SEGMENT_SIZE
        );
        assert_eq!(SealedHeader::parse(&a).unwrap().object_id(), &ID_A);
    }

    #[test]
    fn streams_round_trip_in_bounded_chunks() {
        let data = plaintext(200_000);
        let dek = key(3);
        let mut sealed = Vec::new();
        let n = seal_stream(&dek, &ID_A, 4096, &data[..], &mut sealed).unwrap();
        assert_eq!(n, 200_000);
        assert_eq!(sealed.len() as u64, sealed_len(200_000, 4096));
        let mut opened = Vec::new();
        assert_eq!(
            open_stream(&dek, &ID_A, &sealed[..], &mut opened).unwrap(),
            200_000
        );
        assert_eq!(opened, data);
        let cut = &sealed[..segment(4096, 10).start];
        let err = open_stream(&dek, &ID_A, cut, std::io::sink()).unwrap_err();
        assert!(
            matches!(err, SealError::Truncated { segments: 10, .. }),
            "{err}"
        );
    }

    #[test]
    fn truncation_at_every_segment_boundary_is_named() {
        let sealed = seal_with(16, &plaintext(40)); // segments: 16, 16, 8(last)
        for k in 0..3 {
            let err = open_err(&sealed[..segment(16, k).start]);
            assert!(
                matches!(err, SealError::Truncated { segments, .. } if segments == k as u64),
                "{k}: {err}"
            );
        }
        let err = open_err(&sealed[..HEADER_LEN - 1]);
        assert!(matches!(err, SealError::HeaderTruncated { .. }), "{err}");
        assert!(matches!(
            open_err(&[]),
            SealError::HeaderTruncated { len: 0, .. }
        ));
    }

    #[test]
    fn dropped_last_segment_of_exact_multiple_is_truncation() {
        let sealed = seal_with(16, &plaintext(32)); // 16, 16, empty last
        assert_eq!(sealed.len(), segment(16, 2).start + TAG_LEN);
        let err = open_err(&sealed[..segment(16, 2).start]);
        assert!(
            matches!(err, SealError::Truncated { segments: 2, .. }),
            "{err}"
        );
    }

    #[test]
    fn cut_inside_a_segment_is_rejected() {
        let sealed = seal_with(16, &plaintext(40));
        let err = open_err(&sealed[..segment(16, 1).start + 20]);
        assert!(
            matches!(err, SealError::SegmentRejected { position: 1, .. }),
            "{err}"
        );
        let err = open_err(&sealed[..segment(16, 1).start + 5]);
        assert!(
            matches!(err, SealError::Truncated { segments: 1, .. }),
            "{err}"
        );
    }

    #[test]
    fn reordered_dropped_and_duplicated_segments_are_named() {
        let sealed = seal_with(16, &plaintext(72)); // 4 full + last of 8
        let seg = |i| sealed[segment(16, i)].to_vec();
        let tail = sealed[segment(16, 4).start..].to_vec();
        let build = |order: &[usize]| {
            let mut v = sealed[..HEADER_LEN].to_vec();
            for &i in order {
                v.extend(seg(i));
            }
            v.extend(&tail);
            v
        };
        let err = open_err(&build(&[1, 0, 2, 3]));
        assert!(
            matches!(
                err,
                SealError::OutOfOrder {
                    position: 0,
                    sealed_at: 1,
                    ..
                }
            ),
            "{err}"
        );
        let err = open_err(&build(&[0, 2, 3]));
        assert!(
            matches!(
                err,
                SealError::OutOfOrder {
                    position: 1,
                    sealed_at: 2,
                    ..
                }
            ),
            "{err}"
        );
        let err = open_err(&build(&[0, 1, 1, 2, 3]));
        assert!(
            matches!(
                err,
                SealError::OutOfOrder {
                    position: 2,
                    sealed_at: 1,
                    ..
                }
            ),
            "{err}"
        );
        // The flagged last segment moved forward, with the full segments after it dropped.
        let mut v = build(&[0]);
        v.truncate(segment(16, 1).start);
        v.extend(&tail);
        let err = open_err(&v);
        assert!(
            matches!(
                err,
                SealError::OutOfOrder {
                    position: 1,
                    sealed_at: 4,
                    ..
                }
            ),
            "{err}"
        );
    }

    #[test]
    fn every_flipped_bit_is_detected_and_located() {
        let s = 16;
        let sealed = seal_with(s, &plaintext(40));
        for byte in 0..sealed.len() {
            for bit in 0..8 {
                let mut bad = sealed.clone();
                bad[byte] ^= 1 << bit;
                let err = open_err(&bad);
                if byte >= HEADER_LEN {
                    let position = ((byte - HEADER_LEN) / (s + TAG_LEN)) as u64;
                    assert!(
                        matches!(err, SealError::SegmentRejected { position: p, .. } if p == position),
                        "byte {byte} bit {bit}: {err}"
                    );
                } else {
                    assert!(
                        matches!(
                            err,
                            SealError::NotSealed
                                | SealError::UnsupportedVersion { .. }
                                | SealError::ObjectIdMismatch { .. }
                                | SealError::BadHeader { .. }
                                | SealError::HeaderRejected { .. }
                        ),
                        "byte {byte} bit {bit}: {err}"
                    );
                }
            }
        }
    }

    #[test]
    fn header_from_another_object_is_named() {
        let data = plaintext(40);
        let a = seal_with(16, &data);
        let b = seal_fixed(&key(2), &ID_B, 16, &data, [9; 7]);
        let mut swapped = b[..HEADER_LEN].to_vec();
        swapped.extend(&a[HEADER_LEN..]);
        let err = open_err(&swapped);
        assert!(matches!(err, SealError::ObjectIdMismatch { .. }), "{err}");
        assert!(err.to_string().contains(&hex::encode(ID_B)), "{err}");
        // Another object's header with its id rewritten to ours no longer authenticates.
        swapped[9..25].copy_from_slice(&ID_A);
        assert!(matches!(
            open_err(&swapped),
            SealError::HeaderRejected { .. }
        ));
        // Same key, same id, other nonce prefix (a re-seal): the header passes, segment 0 fails.
        let resealed = seal_fixed(&key(1), &ID_A, 16, &data, [8; 7]);
        let mut mixed = resealed[..HEADER_LEN].to_vec();
        mixed.extend(&a[HEADER_LEN..]);
        assert!(matches!(
            open_err(&mixed),
            SealError::SegmentRejected { position: 0, .. }
        ));
    }

    #[test]
    fn segment_spliced_from_another_object_is_rejected() {
        let data = plaintext(72);
        let a = seal_with(16, &data);
        let b = seal_fixed(&key(2), &ID_B, 16, &data, [7; 7]);
        let mut spliced = a.clone();
        spliced[segment(16, 2)].copy_from_slice(&b[segment(16, 2)]);
        let err = open_err(&spliced);
        assert!(
            matches!(err, SealError::SegmentRejected { position: 2, .. }),
            "{err}"
        );
    }

    #[test]
    fn wrong_key_trailing_bytes_and_garbage_fail() {
        let sealed = seal_with(16, &plaintext(40));
        let err = open_bytes(&key(9), &ID_A, &sealed).unwrap_err();
        assert!(matches!(err, SealError::HeaderRejected { .. }), "{err}");
        let err = open_bytes(&key(1), &ID_B, &sealed).unwrap_err();
        assert!(matches!(err, SealError::ObjectIdMismatch { .. }), "{err}");
        let mut longer = sealed.clone();
        longer.push(0);
        assert!(matches!(
            open_err(&longer),
            SealError::SegmentRejected { position: 2, .. }
        ));
        assert!(matches!(
            open_err(b"%PDF-1.7 plain document"),
            SealError::NotSealed
        ));
    }

    #[test]
    fn no_plaintext_is_released_from_a_failing_segment_and_opener_stays_failed() {
        let sealed = seal_with(16, &plaintext(72));
        let mut bad = sealed.clone();
        bad[segment(16, 1).start + 3] ^= 0x40;
        let mut opener = Opener::new(&key(1), &ID_A);
        let mut out = Vec::new();
        let err = opener.push(&bad, &mut out).unwrap_err();
        assert!(
            matches!(err, SealError::SegmentRejected { position: 1, .. }),
            "{err}"
        );
        assert_eq!(out, plaintext(16), "only segment 0 may be released");
        assert!(matches!(
            opener.push(&[], &mut out),
            Err(SealError::AlreadyFailed)
        ));
        assert!(matches!(
            opener.finish(&mut out),
            Err(SealError::AlreadyFailed)
        ));
    }

    #[test]
    fn opener_releases_a_full_segment_as_soon_as_it_is_complete() {
        let sealed = seal_with(16, &plaintext(40));
        let mut opener = Opener::new(&key(1), &ID_A);
        let mut out = Vec::new();
        opener
            .push(&sealed[..segment(16, 0).end - 1], &mut out)
            .unwrap();
        assert!(out.is_empty());
        opener
            .push(
                &sealed[segment(16, 0).end - 1..segment(16, 0).end],
                &mut out,
            )
            .unwrap();
        assert_eq!(out, plaintext(16));
        assert!(opener.header().is_some());
    }

    #[test]
    fn bad_segment_sizes_are_refused() {
        for size in [0, MAX_SEGMENT_SIZE + 1] {
            let err = Sealer::new(&key(1), &ID_A, size).unwrap_err();
            assert!(matches!(err, SealError::BadSegmentSize { .. }), "{err}");
        }
        let mut sealed = seal_with(16, b"x");
        sealed[32..36].copy_from_slice(&0u32.to_be_bytes());
        assert!(matches!(open_err(&sealed), SealError::BadHeader { .. }));
    }

    #[test]
    fn debug_output_shows_no_key_material() {
        let dek = DataKey::from_bytes([0xC3; 32]);
        let (sealer, _) = Sealer::new(&dek, &ID_A, 16).unwrap();
        let opener = Opener::new(&dek, &ID_A);
        let shown = format!("{sealer:?} {opener:?}").to_lowercase();
        assert!(!shown.contains("c3c3"), "{shown}");
    }

    fn chunked(data: &[u8], cuts: &[usize]) -> Vec<Vec<u8>> {
        let mut pieces = Vec::new();
        let mut rest = data;
        for &c in cuts {
            let c = c.min(rest.len());
            pieces.push(rest[..c].to_vec());
            rest = &rest[c..];
        }
        pieces.push(rest.to_vec());
        pieces
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn any_chunking_seals_and_opens_the_same(
            s in 1usize..40,
            extra in prop_oneof![Just(0usize), Just(1), 0usize..200],
            multiple in 0usize..5,
            seal_cuts in proptest::collection::vec(0usize..70, 0..8),
            open_cuts in proptest::collection::vec(0usize..90, 0..8),
        ) {
            // Lengths land on, just after and far from segment boundaries.
            let len = multiple * s + extra;
            let data = plaintext(len);
            let reference = seal_with(s, &data);
            prop_assert_eq!(reference.len() as u64, sealed_len(len as u64, s));

            let (mut sealer, header) = Sealer::with_nonce_prefix(&key(1), &ID_A, s, [7; 7]).unwrap();
            let mut sealed = header.to_vec();
            for piece in chunked(&data, &seal_cuts) {
                sealer.push(&piece, &mut sealed).unwrap();
            }
            sealer.finish(&mut sealed).unwrap();
            prop_assert_eq!(&sealed, &reference);

            let mut opener = Opener::new(&key(1), &ID_A);
            let mut plain = Vec::new();
            for piece in chunked(&sealed, &open_cuts) {
                opener.push(&piece, &mut plain).unwrap();
            }
            opener.finish(&mut plain).unwrap();
            prop_assert_eq!(plain, data);
        }

        #[test]
        fn every_proper_prefix_fails(s in 1usize..24, len in 0usize..80, cut_seed in any::<usize>()) {
            let sealed = seal_with(s, &plaintext(len));
            let cut = cut_seed % sealed.len();
            prop_assert!(open_bytes(&key(1), &ID_A, &sealed[..cut]).is_err());
        }
    }
}
