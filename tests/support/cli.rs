//! Running the real `casevault` binary in tests.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The repository root (test-data, pipelines and config are found from here).
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The first user every test home gets (made by the first command, mapped to the login that
/// runs the tests): an administrator who also runs intake, manages cases and keeps the records,
/// as one person does in a small service. It is not on any shielded case's access list; tests
/// that read a shielded case grant it (`case grant N tester`). `tests/access.rs` checks each
/// role on its own.
pub const TEST_USER: &str = "tester";
pub const TEST_FIRST_USER: &str =
    "tester:administrator,business-services,service-manager,records-manager";

/// The sample case list's shielded case.
pub const SHIELDED_SAMPLE: &str = "DR25P00077";

/// Puts [`TEST_USER`] on the access list of the sample's shielded case, for a test that reads
/// its documents (the tester, a service manager, names themselves, as policy 000 §5 lets one).
pub fn see_shielded_sample(home: &Path) {
    ok(home, &["case", "grant", SHIELDED_SAMPLE, TEST_USER]);
}

/// The binary with its home folder set and the repository as working directory, acting as
/// [`TEST_USER`].
pub fn casevault(home: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_casevault"));
    c.current_dir(repo())
        .env("CASEVAULT_HOME", home)
        .env("OMP_THREAD_LIMIT", "1")
        .env("CASEVAULT_FIRST_USER", TEST_FIRST_USER)
        .env_remove("CASEVAULT_USER")
        .env_remove("CASEVAULT_CONFIG");
    c
}

/// Runs the binary as `user` (through CASEVAULT_USER, which the home must allow:
/// `users allow-env-user on`).
pub fn as_user(home: &Path, user: &str, args: &[&str]) -> std::process::Output {
    casevault(home)
        .env("CASEVAULT_USER", user)
        .args(args)
        .output()
        .unwrap()
}

/// Copies every file of `from` (not recursive) into `to`, creating it. The copies are dated an
/// hour back ([`arrived_long_ago`]), as files waiting in an inbox for a batch run.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let p = e.unwrap().path();
        if p.is_file() {
            let copy = to.join(p.file_name().unwrap());
            std::fs::copy(&p, &copy).unwrap();
            arrived_long_ago(&copy);
        }
    }
}

/// Dates a file's last change an hour back. A damaged sample (a PNG cut short) copied in just
/// now looks like a file its writer has not finished, which the folder source leaves for its
/// writer; dated an hour back it is a file that was cut off, and is judged.
pub fn arrived_long_ago(path: &Path) {
    let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    std::fs::File::options()
        .write(true)
        .open(path)
        .and_then(|f| f.set_modified(hour_ago))
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
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

/// Runs the binary and returns its standard output, failing the test if it failed.
pub fn ok(home: &Path, args: &[&str]) -> String {
    let out = succeeded(casevault(home).args(args));
    String::from_utf8(out.stdout).unwrap()
}

/// Runs a prepared command (extra environment, `--config`) and fails the test, showing its
/// standard error, if it failed.
pub fn succeeded(command: &mut std::process::Command) -> std::process::Output {
    let out = command.output().unwrap();
    // The arguments only: the command's environment may hold a password.
    let args: Vec<_> = command.get_args().collect();
    assert!(
        out.status.success(),
        "casevault {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// One JSON value per line.
pub fn json_lines(s: &str) -> Vec<serde_json::Value> {
    s.lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// Fails if any object key under `store` or any stored byte holds one of `needles` in plaintext
/// (as written, lower case or upper case).
pub fn assert_no_plaintext(store: &Path, needles: &[String]) {
    let files = store_files(store);
    assert!(!files.is_empty(), "the store is empty");
    for f in files {
        let key = f
            .strip_prefix(store)
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let bytes = std::fs::read(&f).unwrap();
        for n in needles {
            assert!(
                !key.to_lowercase().contains(&n.to_lowercase()),
                "object key {key} contains {n:?}"
            );
            for v in [n.clone(), n.to_lowercase(), n.to_uppercase()] {
                let v = v.into_bytes();
                assert!(
                    !bytes.windows(v.len()).any(|w| w == v.as_slice()),
                    "{key} contains {n:?} in plaintext"
                );
            }
        }
    }
}
