//! Copies of a case file that leave casevault: the subject access export and the serious case
//! review copy (issue 13, points 6 and 7).
//!
//! Both read every stored document of one case through the sink (fetched, unwrapped, opened and
//! checked against its SHA-256, as `casevault get` does), in the order of the case file's folders
//! ([`Folder::ALL`], the policy's appendix), and both are recorded in the contact log with the
//! case number, how many documents went out and the SHA-256 of the file written: never a
//! child's name or a file name, which also keeps them out of process logs.
//!
//! - [`sar`]: one PDF for the officer who answers a subject access request: an index (what is
//!   in it, on which pages, and what was withheld and why, by count), then the documents, every
//!   page numbered. Legal advice is always left out (privileged, policy 000 Appendix 1), and so
//!   is any folder the document's retention schedule marks `sar_exempt`.
//! - [`review`]: a dated, self-contained archive sealed with age (a passphrase or recipients):
//!   the documents as stored, the contact log, the retention labels, the case record and a
//!   manifest of SHA-256s, which [`review::verify`] checks offline with the key alone. It is
//!   sealed under its own key, not the key ring's, so it stays readable after the originals are
//!   destroyed and whatever happens to the ring.
//!
//! Output files are created new (never over an existing file) and mode 0600: they hold a
//! child's whole case file in the clear (the SAR) or under a key the service chose (the copy).

pub mod merge;
pub mod review;
pub mod sar;

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};
use thiserror::Error;

use crate::catalog::{Catalog, CatalogError, DocumentRow};
use crate::document::Folder;
use crate::sink::SinkError;

/// Errors of an export.
#[derive(Debug, Error)]
pub enum ExportError {
    #[error(transparent)]
    Access(crate::access::AccessError),
    #[error(
        "case {0} is not in the case list: run `casevault ls` to see the cases that hold documents"
    )]
    NoSuchCase(String),
    #[error("{} already exists: an export never replaces a file; choose another name", .0.display())]
    OutputExists(PathBuf),
    #[error("cannot write {}: {source}", path.display())]
    Write { path: PathBuf, source: io::Error },
    #[error("cannot read {}: {source}", path.display())]
    Read { path: PathBuf, source: io::Error },
    #[error("document {id}: its PDF cannot be joined to the export: {what}")]
    Pdf { id: String, what: String },
    #[error("the export's index cannot be drawn: {0}")]
    Index(String),
    #[error("document {id} was labelled under the retention schedule {schedule}, which is not in the schedules folder: cannot tell whether its folder is exempt from subject access; restore the schedule file")]
    UnknownSchedule { id: String, schedule: String },
    #[error("the passphrase is too short: use at least {0} characters (the copy is only as strong as its passphrase)")]
    WeakPassphrase(usize),
    #[error("cannot seal the copy: {0}")]
    Seal(String),
    #[error("{}: does not open with this key: {what}", path.display())]
    Open { path: PathBuf, what: String },
    #[error("{}: the copy is damaged or was changed: {}", path.display(), problems.join("; "))]
    Tampered {
        path: PathBuf,
        problems: Vec<String>,
    },
    #[error(transparent)]
    Sink(#[from] SinkError),
    #[error(transparent)]
    Catalog(#[from] CatalogError),
}

/// Where a folder comes in the case file: its place in [`Folder::ALL`] (an unknown name last).
pub fn folder_rank(folder: &str) -> usize {
    Folder::ALL
        .iter()
        .position(|f| f.as_str() == folder)
        .unwrap_or(Folder::ALL.len())
}

/// The stored documents of a case in case-file order: by folder ([`Folder::ALL`]), then as
/// received, then by name.
pub fn case_documents(
    catalog: &crate::catalog::Catalog,
    case_number: &str,
) -> Result<Vec<DocumentRow>, ExportError> {
    let mut docs = catalog.documents(Some(case_number))?;
    docs.sort_by(|a, b| {
        (folder_rank(&a.folder), &a.received_at, &a.name).cmp(&(
            folder_rank(&b.folder),
            &b.received_at,
            &b.name,
        ))
    });
    Ok(docs)
}

/// SHA-256 as lower-case hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// Creates the output file: new (an existing file is an error, never replaced) and mode 0600.
pub(crate) fn create_output(path: &Path) -> Result<std::fs::File, ExportError> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path).map_err(|source| {
        if source.kind() == io::ErrorKind::AlreadyExists {
            ExportError::OutputExists(path.to_path_buf())
        } else {
            ExportError::Write {
                path: path.to_path_buf(),
                source,
            }
        }
    })
}

/// A writer that counts and hashes what passes through it, so that the SHA-256 of a file that
/// is streamed out (the sealed copy) is known without reading it back.
pub(crate) struct Hashing<W: Write> {
    inner: W,
    hash: Sha256,
    bytes: u64,
}

impl<W: Write> Hashing<W> {
    pub(crate) fn new(inner: W) -> Self {
        Hashing {
            inner,
            hash: Sha256::new(),
            bytes: 0,
        }
    }

    /// The inner writer, the SHA-256 (hex) and the byte count of everything written.
    pub(crate) fn finish(self) -> (W, String, u64) {
        (self.inner, hex::encode(self.hash.finalize()), self.bytes)
    }
}

impl<W: Write> Write for Hashing<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hash.update(&buf[..n]);
        self.bytes += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// "1 document", "3 documents".
pub(crate) fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_rank_in_the_order_of_the_policy_appendix() {
        assert_eq!(folder_rank("case-information"), 0);
        assert!(folder_rank("court-orders") < folder_rank("police-information"));
        assert_eq!(folder_rank("no-such-folder"), Folder::ALL.len());
    }

    #[test]
    fn the_hashing_writer_hashes_what_it_writes() {
        let mut w = Hashing::new(Vec::new());
        w.write_all(b"abc").unwrap();
        let (inner, sha, n) = w.finish();
        assert_eq!(inner, b"abc");
        assert_eq!(n, 3);
        assert_eq!(sha, sha256_hex(b"abc"));
        assert!(sha.starts_with("ba7816bf"));
    }

    #[test]
    fn an_output_file_is_new_and_private() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("out.pdf");
        drop(create_output(&p).unwrap());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(
                std::fs::metadata(&p).unwrap().permissions().mode() & 0o777,
                0o600
            );
        }
        assert!(matches!(
            create_output(&p),
            Err(ExportError::OutputExists(_))
        ));
    }
}

/// Checks that the actor may make this export of the case. A case the actor may not see is
/// refused exactly as a case that does not exist.
pub(crate) fn check_access(
    catalog: &Catalog,
    actor: &crate::access::Actor,
    case_number: &str,
    op: crate::access::CaseOp,
) -> Result<(), ExportError> {
    use crate::access::AccessError;
    match crate::access::case_access(catalog, actor, case_number, op) {
        Ok(()) => Ok(()),
        Err(AccessError::NoSuchCase(n)) => Err(ExportError::NoSuchCase(n)),
        Err(e) => Err(ExportError::Access(e)),
    }
}
