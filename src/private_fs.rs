//! Files and folders that no one but casevault's own user can read.
//!
//! Everything casevault keeps on the local disk outside the sealed store holds children's
//! personal data in the clear: the catalog (names, dates of birth, document names), quarantined
//! originals and the notes beside them, spooled e-mails and uploads, originals returned after
//! filing, import reports. So every such file is made mode 0600 and every such folder 0700, here,
//! in one place, whatever the process umask: a library caller (the web workspace, a test) gets the
//! same modes as the command line. A file whose mode comes from elsewhere (an original renamed in
//! from an inbox keeps its inbox mode; `std::fs::copy` copies the source's mode) is narrowed after
//! the fact with [`make_private`]. Folders casevault did not create (a `--report` path's parent,
//! the folder above the home) are never changed; casevault's own ones are narrowed when they
//! were made looser by an earlier version ([`make_private_dir`]).
//!
//! Unix only, as casevault is; elsewhere these are the plain `std::fs` calls.

use std::fs::File;
use std::io::{self, Write};
use std::path::Path;

/// Mode of every file casevault makes: read and write for its user only.
pub const FILE_MODE: u32 = 0o600;
/// Mode of every folder casevault makes.
pub const DIR_MODE: u32 = 0o700;

/// Creates `path` and any missing folders above it, each mode 0700. Folders that already exist
/// are left as they are (they may not be casevault's); see [`make_private_dir`] for its own.
pub fn create_private_dir_all(path: &Path) -> io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(DIR_MODE);
    }
    builder.create(path)
}

/// Creates `path` (and missing folders above it, 0700) if it is missing, and narrows it to 0700
/// if it exists with more: for casevault's own folders (the home, quarantine and its reasons).
pub fn make_private_dir(path: &Path) -> io::Result<()> {
    create_private_dir_all(path)?;
    narrow(path, DIR_MODE)
}

/// Opens `path` for writing, created mode 0600 or truncated; an existing file is narrowed to
/// 0600 too (the mode given at creation does not apply to a file that was already there).
pub fn create_private_file(path: &Path) -> io::Result<File> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(FILE_MODE);
    }
    let file = options.open(path)?;
    narrow_open(&file, FILE_MODE)?;
    Ok(file)
}

/// Writes `bytes` to `path` (see [`create_private_file`]) and syncs it.
pub fn write_private_file(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut file = create_private_file(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// Makes sure `path` exists without truncating it, mode 0600 (created so, or narrowed): for a
/// file another library writes, such as the SQLite catalog, whose companion files (`-wal`,
/// `-shm`) SQLite creates with the catalog's own mode.
pub fn ensure_private_file(path: &Path) -> io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(FILE_MODE);
    }
    let file = options.open(path)?;
    narrow_open(&file, FILE_MODE)
}

/// Copies `from` to `to` (created or truncated, mode 0600, whatever `from`'s mode) and syncs it.
pub fn copy_private(from: &Path, to: &Path) -> io::Result<u64> {
    let mut source = File::open(from)?;
    let mut target = create_private_file(to)?;
    let n = io::copy(&mut source, &mut target)?;
    target.sync_all()?;
    Ok(n)
}

/// Narrows an existing file to 0600 (an original renamed in keeps the mode it had).
pub fn make_private(path: &Path) -> io::Result<()> {
    narrow(path, FILE_MODE)
}

/// Takes away every permission bit `mode` does not have; adds none.
fn narrow(path: &Path, mode: u32) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let current = std::fs::metadata(path)?.permissions().mode() & 0o7777;
        if current & !mode != 0 {
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(current & mode))?;
        }
    }
    #[cfg(not(unix))]
    let _ = (path, mode);
    Ok(())
}

fn narrow_open(file: &File, mode: u32) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let current = file.metadata()?.permissions().mode() & 0o7777;
        if current & !mode != 0 {
            file.set_permissions(std::fs::Permissions::from_mode(current & mode))?;
        }
    }
    #[cfg(not(unix))]
    let _ = (file, mode);
    Ok(())
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn mode(p: &Path) -> u32 {
        std::fs::metadata(p).unwrap().permissions().mode() & 0o777
    }

    fn loosen(p: &Path, m: u32) {
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(m)).unwrap();
    }

    #[test]
    fn new_files_and_folders_are_private_and_old_ones_are_narrowed() {
        let dir = tempfile::tempdir().unwrap();
        let home = dir.path().join("home");
        create_private_dir_all(&home.join("quarantine/illegible")).unwrap();
        for d in ["home", "home/quarantine", "home/quarantine/illegible"] {
            assert_eq!(mode(&dir.path().join(d)), 0o700, "{d}");
        }
        loosen(&home, 0o755);
        create_private_dir_all(&home).unwrap();
        assert_eq!(mode(&home), 0o755, "an existing folder is left alone");
        make_private_dir(&home).unwrap();
        assert_eq!(mode(&home), 0o700, "casevault's own folder is narrowed");

        let note = home.join("note.json");
        write_private_file(&note, b"{}").unwrap();
        assert_eq!(mode(&note), 0o600);
        loosen(&note, 0o644);
        write_private_file(&note, b"{ }").unwrap();
        assert_eq!(mode(&note), 0o600, "rewritten, it is narrowed");

        let original = dir.path().join("scan.png");
        std::fs::write(&original, b"scan").unwrap();
        loosen(&original, 0o644);
        let copy = home.join("scan.png");
        copy_private(&original, &copy).unwrap();
        assert_eq!(
            (mode(&copy), std::fs::read(&copy).unwrap()),
            (0o600, b"scan".to_vec())
        );
        make_private(&original).unwrap();
        assert_eq!(mode(&original), 0o600);

        let db = home.join("catalog.sqlite");
        std::fs::write(&db, b"kept").unwrap();
        loosen(&db, 0o644);
        ensure_private_file(&db).unwrap();
        assert_eq!(
            (mode(&db), std::fs::read(&db).unwrap()),
            (0o600, b"kept".to_vec())
        );
    }
}
