//! Quarantine: where a document goes when it cannot be filed, with the reason beside it.
//!
//! One sub-folder per reason (`illegible/`, `unknown-case/`, ...), and beside each file a small
//! JSON file saying why in words a business services officer understands. The original is *moved*
//! here, never deleted: nothing in quarantine is removed by casevault, and a file can be retried by
//! moving it back into an inbox once it is fixed. Quarantine lives on the local disk under the home
//! folder (it holds originals, in the clear, exactly as the scanning station's inbox did), so
//! its folders are 0700 and every file in it 0600 ([`crate::private_fs`]): an original keeps the
//! mode it had in the inbox when it is renamed in, so it is narrowed after the move.

use std::path::{Path, PathBuf};

use crate::private_fs;

use chrono::Utc;
use serde::{Deserialize, Serialize};

use crate::document::Quarantined;

/// The note written beside a quarantined file.
#[derive(Debug, Serialize)]
pub struct QuarantineNote<'a> {
    pub original_name: &'a str,
    pub reason: &'a str,
    pub what_to_do: &'a str,
    pub detail: &'a str,
    #[serde(skip_serializing_if = "<[u32]>::is_empty")]
    pub pages: &'a [u32],
    pub sha256: &'a str,
    pub pipeline: &'a str,
    pub quarantined_at: String,
}

/// The note beside a quarantined file: `<file>.why.json`.
pub fn note_of(file: &Path) -> PathBuf {
    let mut p = file.as_os_str().to_owned();
    p.push(".why.json");
    PathBuf::from(p)
}

/// Moves `original` into `quarantine_dir/<reason>/`, writes the JSON note beside it, and returns
/// the new path. A name already taken gets a numeric suffix, so nothing is overwritten.
pub fn quarantine_file(
    quarantine_dir: &Path,
    original: &Path,
    original_name: &str,
    q: &Quarantined,
    sha256: &str,
    pipeline: &str,
) -> std::io::Result<PathBuf> {
    let dir = reason_dir(quarantine_dir, q)?;
    let target = free_name(&dir, original_name);
    // The note first: a crash before the move leaves the original where it was (and a note the
    // next quarantine under that name overwrites); one after it leaves both, which
    // [`unlisted`] finds for the catalog.
    write_note(&target, original_name, q, sha256, pipeline)?;
    crate::failpoint::hit("quarantine-after-note");
    move_file(original, &target)?;
    crate::failpoint::hit("quarantine-after-move");
    Ok(target)
}

/// Like [`quarantine_file`], but copies `original` and leaves it where it is: for sources that
/// must not be changed (a legacy drive being imported).
pub fn quarantine_copy(
    quarantine_dir: &Path,
    original: &Path,
    original_name: &str,
    q: &Quarantined,
    sha256: &str,
    pipeline: &str,
) -> std::io::Result<PathBuf> {
    let dir = reason_dir(quarantine_dir, q)?;
    let target = free_name(&dir, original_name);
    write_note(&target, original_name, q, sha256, pipeline)?;
    crate::failpoint::hit("quarantine-after-note");
    private_fs::copy_private(original, &target)?;
    crate::failpoint::hit("quarantine-after-move");
    Ok(target)
}

/// The reason's folder, made (or narrowed) 0700 with the quarantine folder above it.
fn reason_dir(quarantine_dir: &Path, q: &Quarantined) -> std::io::Result<PathBuf> {
    private_fs::make_private_dir(quarantine_dir)?;
    let dir = quarantine_dir.join(q.reason.code());
    private_fs::make_private_dir(&dir)?;
    Ok(dir)
}

fn write_note(
    target: &Path,
    original_name: &str,
    q: &Quarantined,
    sha256: &str,
    pipeline: &str,
) -> std::io::Result<()> {
    let note = QuarantineNote {
        original_name,
        reason: q.reason.code(),
        what_to_do: q.reason.advice(),
        detail: &q.detail,
        pages: &q.pages,
        sha256,
        pipeline,
        quarantined_at: Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
    };
    let mut note_path = target.to_path_buf().into_os_string();
    note_path.push(".why.json");
    let json = serde_json::to_string_pretty(&note).expect("note serialises");
    private_fs::write_private_file(&PathBuf::from(note_path), (json + "\n").as_bytes())
}

fn free_name(dir: &Path, name: &str) -> PathBuf {
    let candidate = dir.join(name);
    if !candidate.exists() {
        return candidate;
    }
    let (stem, ext) = match name.rfind('.') {
        Some(i) if i > 0 => (&name[..i], &name[i..]),
        _ => (name, ""),
    };
    (2..)
        .map(|n| dir.join(format!("{stem} ({n}){ext}")))
        .find(|p| !p.exists())
        .expect("an unused name exists")
}

/// Renames, or copies then removes across file systems (an inbox on a network share). The file
/// arrives mode 0600 either way: a renamed file keeps the mode it had where it came from.
pub fn move_file(from: &Path, to: &Path) -> std::io::Result<()> {
    match std::fs::rename(from, to) {
        Ok(()) => private_fs::make_private(to),
        Err(_) => {
            private_fs::copy_private(from, to)?;
            std::fs::remove_file(from)
        }
    }
}

/// A file in the quarantine folder that the catalog does not list, with what its note says: an
/// original a run moved in before it was killed, or one put there by hand.
#[derive(Debug, Clone, PartialEq)]
pub struct Unlisted {
    pub path: PathBuf,
    pub original_name: String,
    pub reason: String,
    pub detail: String,
    pub pages: Vec<u32>,
    pub sha256: String,
    pub pipeline: String,
}

/// A note as read back ([`QuarantineNote`] borrows; this owns).
#[derive(Deserialize)]
struct NoteRead {
    original_name: String,
    reason: String,
    detail: String,
    #[serde(default)]
    pages: Vec<u32>,
    sha256: String,
    #[serde(default)]
    pipeline: String,
}

/// Why a file found without its note is in quarantine.
const FOUND: &str = "found in quarantine without its note (a run stopped while moving it here, or \
                     it was put here by hand): the reason is its folder's";

/// The files under `quarantine_dir`'s reason folders that are not in `listed` (the paths the
/// catalog holds), each with its note; a file without a note gets one written now, its reason
/// taken from its folder and its SHA-256 from its bytes.
pub fn unlisted(
    quarantine_dir: &Path,
    listed: &std::collections::HashSet<PathBuf>,
) -> std::io::Result<Vec<Unlisted>> {
    use sha2::{Digest, Sha256};
    let mut out = Vec::new();
    for reason in crate::document::QuarantineReason::ALL {
        let dir = quarantine_dir.join(reason.code());
        let entries = match std::fs::read_dir(&dir) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => return Err(e),
        };
        for entry in entries {
            let entry = entry?;
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if !entry.file_type()?.is_file() || name.ends_with(".why.json") {
                continue;
            }
            let known = listed.contains(&path)
                || std::fs::canonicalize(&path).is_ok_and(|c| listed.contains(&c));
            if known {
                continue;
            }
            let mut note_path = path.clone().into_os_string();
            note_path.push(".why.json");
            let note = std::fs::read(&note_path)
                .ok()
                .and_then(|b| serde_json::from_slice::<NoteRead>(&b).ok())
                .map(|n| Unlisted {
                    path: path.clone(),
                    original_name: n.original_name,
                    reason: n.reason,
                    detail: n.detail,
                    pages: n.pages,
                    sha256: n.sha256,
                    pipeline: n.pipeline,
                });
            let found = match note {
                Some(n) => n,
                None => {
                    let mut hasher = Sha256::new();
                    let mut file = std::fs::File::open(&path)?;
                    let mut buf = vec![0u8; 1 << 16];
                    loop {
                        let n = std::io::Read::read(&mut file, &mut buf)?;
                        if n == 0 {
                            break;
                        }
                        hasher.update(&buf[..n]);
                    }
                    let sha256 = hex::encode(hasher.finalize());
                    let q = Quarantined::new(reason, FOUND);
                    write_note(&path, &name, &q, &sha256, "")?;
                    Unlisted {
                        path: path.clone(),
                        original_name: name,
                        reason: reason.code().to_string(),
                        detail: FOUND.to_string(),
                        pages: Vec::new(),
                        sha256,
                        pipeline: String::new(),
                    }
                }
            };
            out.push(found);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::QuarantineReason;

    #[test]
    fn moves_the_file_and_writes_why_without_overwriting() {
        let dir = tempfile::tempdir().unwrap();
        let q = dir.path().join("quarantine");
        for round in 0..2 {
            let src = dir.path().join("scan.png");
            std::fs::write(&src, format!("bytes {round}")).unwrap();
            let mut why = Quarantined::new(QuarantineReason::Illegible, "page 2: 3 words");
            why.pages = vec![2];
            let to =
                quarantine_file(&q, &src, "scan.png", &why, "abc", "scanning-station").unwrap();
            assert!(!src.exists());
            assert_eq!(
                std::fs::read_to_string(&to).unwrap(),
                format!("bytes {round}")
            );
            let note: serde_json::Value = serde_json::from_str(
                &std::fs::read_to_string(format!("{}.why.json", to.display())).unwrap(),
            )
            .unwrap();
            assert_eq!(note["reason"], "illegible");
            assert_eq!(note["pages"][0], 2);
        }
        assert!(q.join("illegible/scan.png").exists());
        assert!(q.join("illegible/scan (2).png").exists());
    }

    /// Quarantine holds originals in the clear: readable by casevault's user only, whatever
    /// mode the original had in the inbox (a rename keeps it; a copy used to copy it).
    #[cfg(unix)]
    #[test]
    fn quarantined_files_notes_and_folders_are_private() {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        let dir = tempfile::tempdir().unwrap();
        let q = dir.path().join("quarantine");
        let why = Quarantined::new(QuarantineReason::UnknownCase, "no case number");
        let mut made = Vec::new();
        for (i, copy) in [false, true].into_iter().enumerate() {
            let src = dir.path().join(format!("scan{i}.png"));
            std::fs::write(&src, b"bytes").unwrap();
            std::fs::set_permissions(&src, std::fs::Permissions::from_mode(0o644)).unwrap();
            let quarantine = if copy {
                quarantine_copy
            } else {
                quarantine_file
            };
            let to = quarantine(&q, &src, "scan.png", &why, "abc", "scanning-station").unwrap();
            made.push(PathBuf::from(format!("{}.why.json", to.display())));
            made.push(to);
        }
        for f in &made {
            assert_eq!(mode(f), 0o600, "{}", f.display());
        }
        assert_eq!(mode(&q), 0o700);
        assert_eq!(mode(&q.join(why.reason.code())), 0o700);
    }
}
