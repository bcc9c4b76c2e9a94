//! The serious case review copy (policy 000 §4.14): "an electronic copy of the file ... saved
//! outside ECMS in a zipped file, with the date copied in the file name ... the 'sealed' record
//! of the case at that point in time".
//!
//! One age file (binary, not armoured) holding one tar archive, all under a folder
//! `review-{case}-{date}/`:
//!
//! ```text
//! documents/{folder}/{name}.pdf   every stored document of the case, as stored (checked
//!                                 against its SHA-256 when read back), folders in case-file order
//! case.json                       the case record: name, law type, stage, status, children
//! contact-log.json                the case's contact log as it stood
//! retention-labels.json           each document's sealed label (schedule, rule, date), and the
//!                                 holds and extension in force
//! manifest.json                   written last: the case, when, and the SHA-256 and size of
//!                                 every other file
//! ```
//!
//! Why age and tar: both are open, documented formats that tools outside casevault read
//! (`age -d copy.age | tar x`), which is what a sealed record kept for years needs; age
//! authenticates every 64 KiB chunk and the end, so one changed byte or a cut-off file does not
//! decrypt, and the manifest catches a copy that was unpacked, changed and sealed again with the
//! same key. The copy is sealed to a passphrase (scrypt) or to age recipients chosen for it,
//! never to the key ring: it must outlive the documents' own keys, which are destroyed with the
//! originals. It is streamed: one document in memory at a time.

use std::collections::BTreeMap;
use std::io::{self, Read, Write};
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::catalog::Catalog;
use crate::sink::Sink;

use super::{case_documents, count, create_output, sha256_hex, ExportError, Hashing};

/// The action written in the contact log.
pub const LOG_ACTION: &str = "exported (review copy)";

/// What the manifest calls this format; a later version changes the number.
pub const FORMAT: &str = "casevault-review-copy/1";

/// The shortest passphrase a copy is sealed to.
pub const MIN_PASSPHRASE: usize = 12;

/// How the copy is sealed.
pub enum Sealing {
    /// To a passphrase (age scrypt).
    Passphrase(age::secrecy::SecretString),
    /// To age recipients (`age1...`): whoever holds one of their identities opens it.
    Recipients(Vec<Box<dyn age::Recipient + Send>>),
}

/// How the copy is opened.
pub enum Opening {
    Passphrase(age::secrecy::SecretString),
    /// Identities from an age identity file (`AGE-SECRET-KEY-1...`).
    Identities(Vec<Box<dyn age::Identity + Send + Sync>>),
}

/// Parses an age recipient (`age1...`).
pub fn recipient(s: &str) -> Result<Box<dyn age::Recipient + Send>, ExportError> {
    s.trim()
        .parse::<age::x25519::Recipient>()
        .map(|r| Box::new(r) as Box<dyn age::Recipient + Send>)
        .map_err(|e| {
            ExportError::Seal(format!(
                "{s:?} is not an age recipient (age1..., as `age-keygen` prints): {e}"
            ))
        })
}

/// Reads the identities of an age identity file.
pub fn identities(path: &Path) -> Result<Opening, ExportError> {
    let file = age::IdentityFile::from_file(path.display().to_string()).map_err(|source| {
        ExportError::Read {
            path: path.to_path_buf(),
            source,
        }
    })?;
    let ids = file.into_identities().map_err(|e| ExportError::Open {
        path: path.to_path_buf(),
        what: format!("not an age identity file: {e}"),
    })?;
    Ok(Opening::Identities(ids))
}

/// One file of the copy as the manifest lists it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct ManifestFile {
    /// Path inside the archive, below its top folder.
    pub path: String,
    pub sha256: String,
    pub bytes: u64,
    /// For a document: its id in casevault.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document_id: Option<String>,
}

/// `manifest.json`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Manifest {
    pub format: String,
    pub case_number: String,
    pub made_at: String,
    pub made_by: String,
    pub documents: usize,
    pub files: Vec<ManifestFile>,
}

/// What a copy holds, as written or as verified.
#[derive(Debug, Clone)]
pub struct Report {
    pub case_number: String,
    pub made_at: String,
    pub documents: usize,
    /// Files in the archive, the manifest included.
    pub files: usize,
    /// The sealed file's SHA-256 and size (as written; as read, when verified).
    pub sha256: String,
    pub bytes: u64,
}

/// The name of a document inside the archive: its canonical name, made safe as a path part.
fn entry_name(name: &str) -> String {
    let safe: String = name
        .chars()
        .map(|c| {
            if c == '/' || c == '\\' || c.is_control() {
                '_'
            } else {
                c
            }
        })
        .collect();
    let safe = safe.trim_start_matches('.').trim().to_string();
    let safe = if safe.is_empty() {
        "document".to_string()
    } else {
        safe
    };
    if safe.to_ascii_lowercase().ends_with(".pdf") {
        safe
    } else {
        format!("{safe}.pdf")
    }
}

/// The tar being written, with the manifest's list kept as it goes.
struct Archive<W: Write> {
    tar: tar::Builder<W>,
    top: String,
    mtime: u64,
    files: Vec<ManifestFile>,
}

impl<W: Write> Archive<W> {
    fn add(&mut self, path: &str, data: &[u8], document_id: Option<&str>) -> io::Result<()> {
        let mut header = tar::Header::new_gnu();
        header.set_size(data.len() as u64);
        header.set_mode(0o600);
        header.set_mtime(self.mtime);
        header.set_entry_type(tar::EntryType::Regular);
        self.tar
            .append_data(&mut header, format!("{}/{path}", self.top), data)?;
        self.files.push(ManifestFile {
            path: path.to_string(),
            sha256: sha256_hex(data),
            bytes: data.len() as u64,
            document_id: document_id.map(str::to_string),
        });
        Ok(())
    }
}

/// The retention side of the copy: every document's sealed label, and what stops destruction.
#[derive(Serialize)]
struct RetentionLabels {
    case_number: String,
    holds_in_force: Vec<crate::catalog::Hold>,
    documents: Vec<crate::sink::Label>,
}

/// Writes the serious case review copy of a case to `out` (a new file, mode 0600), sealed as
/// `sealing` says, and records it in the contact log.
pub async fn export(
    catalog: &Catalog,
    sink: &Sink,
    case_number: &str,
    sealing: Sealing,
    actor: &crate::access::Actor,
    out: &Path,
) -> Result<Report, ExportError> {
    super::check_access(
        catalog,
        actor,
        case_number,
        crate::access::CaseOp::ExportReview,
    )?;
    let case = catalog
        .case(case_number)?
        .ok_or_else(|| ExportError::NoSuchCase(case_number.to_string()))?;
    let encryptor = match sealing {
        Sealing::Passphrase(p) => {
            use age::secrecy::ExposeSecret;
            if p.expose_secret().chars().count() < MIN_PASSPHRASE {
                return Err(ExportError::WeakPassphrase(MIN_PASSPHRASE));
            }
            age::Encryptor::with_user_passphrase(p)
        }
        Sealing::Recipients(rs) => {
            if rs.is_empty() {
                return Err(ExportError::Seal("no recipient given".into()));
            }
            age::Encryptor::with_recipients(rs.iter().map(|r| r.as_ref() as &dyn age::Recipient))
                .map_err(|e| ExportError::Seal(e.to_string()))?
        }
    };
    let docs = case_documents(catalog, &case.case_number)?;
    let now = chrono::Utc::now();
    let made_at = now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let file = create_output(out)?;
    let result = write_copy(catalog, sink, &case, &docs, encryptor, file, now).await;
    let (sha256, bytes, files) = match result {
        Ok(r) => r,
        Err(e) => {
            let _ = std::fs::remove_file(out);
            return Err(e);
        }
    };
    let report = Report {
        case_number: case.case_number.clone(),
        made_at,
        documents: docs.len(),
        files,
        sha256,
        bytes,
    };
    catalog.log_contact(
        Some(&case.case_number),
        None,
        LOG_ACTION,
        &format!(
            "{} sealed with the contact log, retention labels and case record ({} files); \
             archive SHA-256 {}",
            count(report.documents, "document", "documents"),
            report.files,
            report.sha256
        ),
    )?;
    // Each document that went out is a read, as `get` records one (issue 13 point 4).
    for d in &docs {
        catalog.log_contact(
            Some(&case.case_number),
            Some(&d.id),
            "read",
            &format!(
                "sealed in a review copy (archive SHA-256 {})",
                report.sha256
            ),
        )?;
    }
    Ok(report)
}

/// Streams the copy into `file`; its SHA-256, size and number of files.
async fn write_copy(
    catalog: &Catalog,
    sink: &Sink,
    case: &crate::catalog::Case,
    docs: &[crate::catalog::DocumentRow],
    encryptor: age::Encryptor,
    file: std::fs::File,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(String, u64, usize), ExportError> {
    let out_err = |source: io::Error| ExportError::Write {
        path: std::path::PathBuf::from("(the review copy)"),
        source,
    };
    let hashing = Hashing::new(io::BufWriter::new(file));
    let sealed = encryptor.wrap_output(hashing).map_err(out_err)?;
    let mut archive = Archive {
        tar: tar::Builder::new(sealed),
        top: format!("review-{}-{}", case.case_number, now.format("%Y-%m-%d")),
        mtime: now.timestamp().max(0) as u64,
        files: Vec::new(),
    };
    let mut labels = Vec::with_capacity(docs.len());
    let mut used: BTreeMap<String, usize> = BTreeMap::new();
    for d in docs {
        let pdf = sink.fetch(d).await?;
        let (label, _) = sink.read_label(&d.id).await?;
        labels.push(label);
        let mut path = format!("documents/{}/{}", d.folder, entry_name(&d.name));
        let seen = used.entry(path.clone()).or_default();
        *seen += 1;
        if *seen > 1 {
            // Canonical names are unique in a case; a clash is kept apart by the id, not lost.
            path = format!(
                "documents/{}/{} {}",
                d.folder,
                &d.id[..12.min(d.id.len())],
                entry_name(&d.name)
            );
        }
        archive.add(&path, &pdf, Some(&d.id)).map_err(out_err)?;
    }
    archive
        .add("case.json", &to_json(case), None)
        .map_err(out_err)?;
    let log = catalog.contact_log(Some(&case.case_number))?;
    archive
        .add("contact-log.json", &to_json(&log), None)
        .map_err(out_err)?;
    let holds_in_force = catalog
        .holds(false)?
        .into_iter()
        .filter(|h| h.scope == case.case_number || h.scope == crate::catalog::holds::GLOBAL)
        .collect();
    let retention = RetentionLabels {
        case_number: case.case_number.clone(),
        holds_in_force,
        documents: labels,
    };
    archive
        .add("retention-labels.json", &to_json(&retention), None)
        .map_err(out_err)?;
    let manifest = Manifest {
        format: FORMAT.to_string(),
        case_number: case.case_number.clone(),
        made_at: now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        made_by: format!("casevault {}", env!("CARGO_PKG_VERSION")),
        documents: docs.len(),
        files: archive.files.clone(),
    };
    let files = archive.files.len() + 1;
    let manifest_bytes = to_json(&manifest);
    let mut header = tar::Header::new_gnu();
    header.set_size(manifest_bytes.len() as u64);
    header.set_mode(0o600);
    header.set_mtime(archive.mtime);
    header.set_entry_type(tar::EntryType::Regular);
    let top = archive.top.clone();
    archive
        .tar
        .append_data(
            &mut header,
            format!("{top}/manifest.json"),
            &manifest_bytes[..],
        )
        .map_err(out_err)?;
    let sealed = archive.tar.into_inner().map_err(out_err)?;
    let hashing = sealed.finish().map_err(out_err)?;
    let (buffered, sha256, bytes) = hashing.finish();
    let file = buffered.into_inner().map_err(|e| out_err(e.into_error()))?;
    file.sync_all().map_err(out_err)?;
    Ok((sha256, bytes, files))
}

/// A read error inside the sealed data, in words: age refuses a chunk whose bytes were changed,
/// and a file cut short ends before its last chunk.
fn unreadable(e: &io::Error) -> String {
    format!(
        "its sealed data does not authenticate: bytes were changed, or the file is cut short ({e})"
    )
}

/// Pretty JSON of a plain data structure.
fn to_json<T: Serialize>(v: &T) -> Vec<u8> {
    // Serialising plain data structures into memory cannot fail.
    let mut out = serde_json::to_vec_pretty(v).expect("plain data serialises");
    out.push(b'\n');
    out
}

/// Checks a review copy offline with its key alone: it opens (age checks every chunk and the
/// end), it holds a manifest, and every file the manifest lists is there with its SHA-256 and
/// size, and nothing else is.
pub fn verify(path: &Path, opening: &Opening) -> Result<Report, ExportError> {
    let open_err = |what: String| ExportError::Open {
        path: path.to_path_buf(),
        what,
    };
    let read_err = |source| ExportError::Read {
        path: path.to_path_buf(),
        source,
    };
    // The file's own SHA-256, to compare with the one the contact log recorded.
    let (sha256, bytes) = {
        let mut h = Hashing::new(io::sink());
        io::copy(&mut std::fs::File::open(path).map_err(read_err)?, &mut h).map_err(read_err)?;
        let (_, sha, n) = h.finish();
        (sha, n)
    };
    let file = std::fs::File::open(path).map_err(read_err)?;
    let decryptor = age::Decryptor::new_buffered(io::BufReader::new(file))
        .map_err(|e| open_err(format!("not an age file, or its header is damaged ({e})")))?;
    let scrypt_identity;
    let identities: Vec<&dyn age::Identity> = match opening {
        Opening::Passphrase(p) => {
            if !decryptor.is_scrypt() {
                return Err(open_err(
                    "it is sealed to age recipients, not to a passphrase: give --identity".into(),
                ));
            }
            scrypt_identity = age::scrypt::Identity::new(p.clone());
            vec![&scrypt_identity]
        }
        Opening::Identities(ids) => {
            if decryptor.is_scrypt() {
                return Err(open_err(
                    "it is sealed to a passphrase, not to recipients: give --passphrase-env".into(),
                ));
            }
            ids.iter()
                .map(|i| i.as_ref() as &dyn age::Identity)
                .collect()
        }
    };
    let reader = decryptor
        .decrypt(identities.into_iter())
        .map_err(|e| match e {
            age::DecryptError::DecryptionFailed | age::DecryptError::NoMatchingKeys => {
                open_err("the key is wrong, or the file's header was changed".into())
            }
            other => open_err(other.to_string()),
        })?;
    let tampered = |problems: Vec<String>| ExportError::Tampered {
        path: path.to_path_buf(),
        problems,
    };
    let mut archive = tar::Archive::new(reader);
    let mut seen: BTreeMap<String, (String, u64)> = BTreeMap::new();
    let mut problems = Vec::new();
    let mut manifest: Option<Vec<u8>> = None;
    let mut top: Option<String> = None;
    let entries = archive
        .entries()
        .map_err(|e| tampered(vec![unreadable(&e)]))?;
    for entry in entries {
        // age fails the read of a chunk that was changed: it surfaces here.
        let mut entry = entry.map_err(|e| tampered(vec![unreadable(&e)]))?;
        let full = entry
            .path()
            .map_err(|e| tampered(vec![format!("an entry's name is unreadable: {e}")]))?
            .to_string_lossy()
            .into_owned();
        let (head, rest) = full.split_once('/').unwrap_or((full.as_str(), ""));
        match &top {
            None => top = Some(head.to_string()),
            Some(t) if t != head => {
                problems.push(format!("{full} is outside the copy's folder {t}"))
            }
            Some(_) => {}
        }
        let rest = rest.to_string();
        let mut data = Vec::new();
        entry
            .read_to_end(&mut data)
            .map_err(|e| tampered(vec![format!("{full}: {}", unreadable(&e))]))?;
        if rest == "manifest.json" {
            if manifest.is_some() {
                problems.push("the manifest is there twice".into());
            }
            manifest = Some(data);
            continue;
        }
        if seen
            .insert(rest.clone(), (sha256_hex(&data), data.len() as u64))
            .is_some()
        {
            problems.push(format!("{rest} is there twice"));
        }
    }
    // Read to the end, so that age checks the last chunk (a cut-off copy fails here).
    let mut rest = archive.into_inner();
    io::copy(&mut rest, &mut io::sink())
        .map_err(|e| tampered(vec![format!("at its end: {}", unreadable(&e))]))?;
    drop(rest);
    let Some(manifest) = manifest else {
        return Err(tampered(vec!["it holds no manifest.json".into()]));
    };
    let manifest: Manifest = serde_json::from_slice(&manifest)
        .map_err(|e| tampered(vec![format!("manifest.json does not parse: {e}")]))?;
    if manifest.format != FORMAT {
        problems.push(format!(
            "the manifest is of format {:?}, this casevault reads {FORMAT:?}",
            manifest.format
        ));
    }
    for f in &manifest.files {
        match seen.remove(&f.path) {
            None => problems.push(format!("{} is listed in the manifest and missing", f.path)),
            Some((sha, bytes)) => {
                if sha != f.sha256 || bytes != f.bytes {
                    problems.push(format!(
                        "{} does not match the manifest (SHA-256 {sha}, {bytes} bytes; the manifest says {}, {} bytes)",
                        f.path, f.sha256, f.bytes
                    ));
                }
            }
        }
    }
    for extra in seen.keys() {
        problems.push(format!("{extra} is not in the manifest"));
    }
    let documents = manifest
        .files
        .iter()
        .filter(|f| f.path.starts_with("documents/"))
        .count();
    if documents != manifest.documents {
        problems.push(format!(
            "the manifest counts {} documents and lists {documents}",
            manifest.documents
        ));
    }
    if !problems.is_empty() {
        return Err(tampered(problems));
    }
    Ok(Report {
        case_number: manifest.case_number,
        made_at: manifest.made_at,
        documents,
        files: manifest.files.len() + 1,
        sha256,
        bytes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn document_names_are_safe_path_parts() {
        assert_eq!(
            entry_name("Hughes v Patel - LS24P01234 - Court order.pdf"),
            "Hughes v Patel - LS24P01234 - Court order.pdf"
        );
        assert_eq!(entry_name("../a/b\n"), "_a_b_.pdf");
        assert_eq!(entry_name(""), "document.pdf");
    }
}
