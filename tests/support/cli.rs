//! Running the real `casevault` binary in tests.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The repository root (test-data, pipelines and config are found from here).
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The binary with its home folder set and the repository as working directory.
pub fn casevault(home: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_casevault"));
    c.current_dir(repo())
        .env("CASEVAULT_HOME", home)
        .env("OMP_THREAD_LIMIT", "1")
        .env_remove("CASEVAULT_CONFIG");
    c
}

/// Copies every file of `from` (not recursive) into `to`, creating it.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let p = e.unwrap().path();
        if p.is_file() {
            std::fs::copy(&p, to.join(p.file_name().unwrap())).unwrap();
        }
    }
}

/// Every file under the store folder.
pub fn store_files(store: &Path) -> Vec<PathBuf> {
    walkdir::WalkDir::new(store)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| e.into_path())
        .collect()
}
