//! The one error type of the `seal` module.
//!
//! Sealing, opening, key envelopes and the key ring share one `#[non_exhaustive]` enum so that the
//! store, the catalog and the CLI can match on a single type. Every variant names the object (its
//! opaque random id, never personal data) or the key id or path it concerns, says which check
//! failed, and says what to do. No variant carries key material or plaintext.

use std::path::PathBuf;

/// Everything that can go wrong while sealing, opening, wrapping or managing keys.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SealError {
    /// The bytes do not start with the sealed-object magic.
    #[error("not a casevault sealed object (the magic bytes are wrong); check that the right object was fetched")]
    NotSealed,

    /// The header names a format version this build does not read.
    #[error(
        "sealed object uses format version {found}, this build reads version 1; upgrade casevault"
    )]
    UnsupportedVersion {
        /// The version byte found.
        found: u8,
    },

    /// The object ended before its fixed-size header was complete.
    #[error("sealed object is only {len} bytes long, shorter than its {needed}-byte header: it was cut short; fetch it again or restore it from a replica")]
    HeaderTruncated {
        /// Bytes received.
        len: usize,
        /// Header length.
        needed: usize,
    },

    /// A header field is outside what the format allows.
    #[error("sealed object header is malformed ({reason}); the object is damaged, restore it from a replica")]
    BadHeader {
        /// Which field is wrong.
        reason: &'static str,
    },

    /// The header names another object than the one the caller asked to open: a swapped or
    /// misfiled object.
    #[error("sealed object header belongs to object {found}, not to the expected object {expected}: the object was swapped or misfiled; fetch the object stored under {expected}")]
    ObjectIdMismatch {
        /// Object id the caller expected (hex).
        expected: String,
        /// Object id found in the header (hex).
        found: String,
    },

    /// The header tag does not verify: the header was altered or the data key is not this
    /// object's.
    #[error("header of sealed object {object} does not authenticate: the header was altered or the data key is not this object's; check the key envelope belongs to this object, else restore it from a replica")]
    HeaderRejected {
        /// Object id (hex).
        object: String,
    },

    /// A segment does not authenticate at its position under this object's key and header.
    #[error("segment {position} of sealed object {object} does not authenticate: it was altered (a flipped bit), cut short inside the segment, or spliced in from another object; restore the object from a replica")]
    SegmentRejected {
        /// Object id (hex).
        object: String,
        /// Zero-based position of the segment in the object as received.
        position: u64,
    },

    /// A segment authenticates, but was sealed for another position: segments were reordered,
    /// duplicated or dropped.
    #[error("segment found at position {position} of sealed object {object} was sealed as segment {sealed_at}: segments were reordered, duplicated or dropped; restore the object from a replica")]
    OutOfOrder {
        /// Object id (hex).
        object: String,
        /// Position where the segment was found.
        position: u64,
        /// Position it was sealed for.
        sealed_at: u64,
    },

    /// The object ended without its last segment (the one carrying the last-segment flag).
    #[error("sealed object {object} ends after {segments} complete segment(s) without its final segment: it was truncated or its last segment was dropped; fetch it again or restore it from a replica")]
    Truncated {
        /// Object id (hex).
        object: String,
        /// Complete non-final segments that authenticated before the end.
        segments: u64,
    },

    /// More segments than the 32-bit STREAM counter allows.
    #[error("object is too large to seal: at most 2^32 - 1 segments per object; use a larger segment size")]
    TooLong,

    /// Segment size outside the supported range.
    #[error(
        "segment size {size} is not supported: use between {min} and {max} bytes (default 65536)"
    )]
    BadSegmentSize {
        /// Requested size.
        size: usize,
        /// Smallest allowed.
        min: usize,
        /// Largest allowed.
        max: usize,
    },

    /// A `Sealer` or `Opener` was used again after it reported an error.
    #[error(
        "this sealer/opener already failed; discard its output and start again with a new one"
    )]
    AlreadyFailed,

    /// Reading or writing the stream failed.
    #[error("I/O error while {during}: {source}")]
    Io {
        /// What was being done.
        during: &'static str,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },

    /// The operating system's random number generator failed.
    #[error(
        "the operating system's random number generator failed ({0}); nothing was sealed, retry"
    )]
    Random(String),

    /// A key envelope could not be parsed.
    #[error(
        "key envelope is malformed ({reason}); restore it from the catalog or the store's copy"
    )]
    BadEnvelope {
        /// What is wrong.
        reason: &'static str,
    },

    /// The key envelope was made for another object.
    #[error("key envelope belongs to object {found}, not to object {expected}: the envelope was swapped or misfiled; fetch the envelope kept for {expected}")]
    EnvelopeObjectMismatch {
        /// Object id the caller expected (hex).
        expected: String,
        /// Object id in the envelope (hex).
        found: String,
    },

    /// The wrapped data key does not authenticate under the key-encryption key it names.
    #[error("key envelope of object {object} does not open under key {key_id}: the envelope was altered, belongs to another object, or the key ring's key {key_id} is not the one it was wrapped with; restore the envelope from its other copy")]
    EnvelopeRejected {
        /// Object id (hex).
        object: String,
        /// Key id named by the envelope.
        key_id: String,
    },

    /// The key ring has no key with this id.
    #[error(
        "key {key_id} is not in the key ring {path}; load the key ring that wrapped this object"
    )]
    UnknownKey {
        /// Key id.
        key_id: String,
        /// Key ring file.
        path: PathBuf,
    },

    /// The key was retired; its material is destroyed.
    #[error("key {key_id} in key ring {path} is retired and its material destroyed; an envelope still names it, so this object can no longer be opened (it was missed by rotation or was destroyed on purpose)")]
    RetiredKey {
        /// Key id.
        key_id: String,
        /// Key ring file.
        path: PathBuf,
    },

    /// Refused to retire the current key.
    #[error("key {key_id} is the current key of {path} and cannot be retired; create a new key, re-wrap every envelope, then retire it")]
    RetireCurrent {
        /// Key id.
        key_id: String,
        /// Key ring file.
        path: PathBuf,
    },

    /// A key id does not follow the allowed syntax.
    #[error("key id {0:?} is not valid: use 1 to 64 characters from A-Z a-z 0-9 . _ - :")]
    BadKeyId(String),

    /// The key file is readable or writable by group or others.
    #[error("key file {path} has mode {mode:o}, so group or others can read or write it; run `chmod 600 {path}` and try again", path = .path.display())]
    KeyFileTooOpen {
        /// Key file.
        path: PathBuf,
        /// Its permission bits.
        mode: u32,
    },

    /// `KeyRing::create` found an existing file.
    #[error("key file {path} already exists; load it with KeyRing::load instead of creating a new one (creating would orphan every envelope wrapped by it)", path = .path.display())]
    KeyFileExists {
        /// Key file.
        path: PathBuf,
    },

    /// Reading or writing the key file failed.
    #[error("cannot {during} key file {path}: {source}", path = .path.display())]
    KeyFileIo {
        /// What was being done.
        during: &'static str,
        /// Key file.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },

    /// The key ring's lock file could not be opened or locked.
    #[error("cannot {during} the key ring's lock file {path}: {source}; check that the home folder is writable", path = .path.display())]
    KeyLockIo {
        /// What was being done.
        during: &'static str,
        /// Lock file.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },

    /// The key ring holds no key for the destruction record's chain.
    #[error("key file {path} holds no chain key for the destruction record; run any casevault command that opens the store (e.g. `casevault verify`) to add one", path = .path.display())]
    NoChainKey {
        /// Key file.
        path: PathBuf,
    },

    /// The key file's contents are not a valid key ring.
    #[error("key file {path} is not a valid casevault key ring ({reason}); restore it from its backup", path = .path.display())]
    KeyFileFormat {
        /// Key file.
        path: PathBuf,
        /// What is wrong (never contains key material).
        reason: String,
    },
}
