//! Conversion of office documents (DOCX, DOC, ODT, RTF) to PDF with LibreOffice headless.
//!
//! What is stored is a PDF, so office documents are converted where LibreOffice is installed;
//! where it is not, [`ConvertError::NotInstalled`] lets the pipeline quarantine the file with the
//! reason "needs conversion" rather than drop or store it unconverted.
//!
//! The shape follows from what LibreOffice is and what the files are:
//!
//! - **Sniff, then force the import filter.** [`sniff_office`] decides the kind from the bytes
//!   (the extension only breaks ties the bytes allow), and the conversion passes LibreOffice the
//!   matching `--infilter`. Left to guess, LibreOffice imports a broken or mislabelled file as
//!   plain text and "succeeds" with a PDF of garbage; forced, it fails with "source file could
//!   not be loaded", which becomes [`ConvertError::Failed`] and a `corrupt` quarantine.
//! - **One private temporary folder per conversion**, in casevault's own temporary folder inside
//!   the home ([`crate::scratch`]: 0700, swept at the next start if casevault is killed
//!   mid-conversion). It holds the input (always named `input.<ext>`: the original file name is
//!   a case name and must not reach a command line, a process list or LibreOffice's
//!   recent-documents list), the output folder, and LibreOffice's `/tmp` with a fresh profile in
//!   it. So conversions run in parallel without fighting over one profile's lock, never read or
//!   change the service account's profile, and leave nothing behind.
//! - **A sandbox that sees only the job.** LibreOffice parses documents from anyone, with a long
//!   history of parser flaws; it must not be able to read the key file or the catalog, nor send
//!   anything anywhere. It runs under bubblewrap (`bwrap`, Debian's `bubblewrap`) in an empty
//!   root of its own: `/usr` (and the `/bin`, `/lib` links), `/etc/fonts`, `/etc/libreoffice`
//!   and the loader cache read-only, the job's input read-only at `/job/input.<ext>`, its output
//!   folder writable at `/job/out`, and the job's own `tmp/` as `/tmp` and `HOME`; nothing of
//!   the casevault home, the service account or the rest of `/etc`. Every namespace is new
//!   (`--unshare-all`: no network, only a downed loopback; no view of other processes), the
//!   environment is emptied, capabilities are dropped, and the sandbox dies with casevault
//!   (`--die-with-parent`). The sandbox is tried once per process ([`sandbox_problem`]); where
//!   it cannot be made (bwrap missing, namespaces forbidden), nothing is converted: the document
//!   is quarantined as `needs-conversion` saying why ([`ConvertError::NoSandbox`]), unless the
//!   configuration says `allow_unsandboxed_office = true` (then LibreOffice runs as before, with
//!   the limits below, and a warning says so once).
//! - **A memory limit.** `RLIMIT_AS` (address space) is set in the child before it starts, so
//!   bwrap, the launcher and `soffice.bin` inherit it: a document built to exhaust memory fails
//!   its conversion instead of pushing the OCR workers into the OOM killer. Default 2048 MiB:
//!   the samples convert at 512 MiB here; LibreOffice reserves far more address space than it
//!   touches, so the limit is set well above what it uses. Core dumps are off
//!   (`RLIMIT_CORE` 0): a crash must not write the document's text to a core file.
//! - **A hard time limit that kills everything.** `soffice` is a launcher script that starts
//!   `oosplash`, which starts `soffice.bin`; killing the first leaves the others running. The
//!   child is put in its own process group and on timeout the whole group gets SIGKILL, so a
//!   document that hangs LibreOffice costs [`OfficeSettings::timeout`] and no leftover process.
//! - **Output captured, not inherited.** LibreOffice's stdout and stderr go to files in the
//!   temporary folder (files, not pipes, so a chatty run can never block on a full pipe); only
//!   the exit status and the last stderr line reach [`ConvertError::Failed`], never document text.
//!
//! Measured on the development machine (2 cores, LibreOffice 7.4.7, debug build, other builds
//! running): one conversion of a small document takes 1.2-2.1 s, all of it LibreOffice starting
//! with a fresh profile (about 0.3 s of that is creating the profile); the sandbox adds
//! 0.05-0.13 s (the DOCX sample three times each, 2026-12-03: 1.48-1.71 s plain, 1.58-1.84 s
//! under bwrap); two conversions in parallel took 1.9-2.9 s together. A document LibreOffice
//! cannot read fails in about 2 s.

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::fs::{self, File};
use std::io::Write;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

/// Where LibreOffice is and how long one conversion may take.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfficeSettings {
    /// The `soffice` program: a bare name is looked up on PATH, a path is used as it is.
    pub soffice: PathBuf,
    /// Longest time one conversion may take before LibreOffice is killed.
    pub timeout: Duration,
    /// Address space one conversion may take (`RLIMIT_AS`), in MiB.
    pub memory_limit_mib: u64,
    /// Convert without the sandbox where it cannot be made (never the default).
    pub allow_unsandboxed: bool,
    /// The bubblewrap program (`bwrap` on PATH by default).
    pub bwrap: PathBuf,
}

impl Default for OfficeSettings {
    /// `soffice` on PATH, 120 s: a few seconds is normal, so two minutes only catches hangs
    /// while leaving room for a long document on a busy machine. 2048 MiB (see the module's
    /// notes); sandboxed or not at all.
    fn default() -> Self {
        Self {
            soffice: PathBuf::from("soffice"),
            timeout: Duration::from_secs(120),
            memory_limit_mib: 2048,
            allow_unsandboxed: false,
            bwrap: PathBuf::from("bwrap"),
        }
    }
}

impl From<&crate::config::OfficeConfig> for OfficeSettings {
    fn from(c: &crate::config::OfficeConfig) -> Self {
        Self {
            soffice: c.soffice.clone(),
            timeout: Duration::from_secs(c.timeout_s.max(1)),
            memory_limit_mib: c.memory_limit_mib.max(64),
            allow_unsandboxed: c.allow_unsandboxed_office,
            bwrap: c.bwrap.clone(),
        }
    }
}

/// The office formats casevault converts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OfficeKind {
    /// Word 2007+ (Office Open XML, a zip holding `word/document.xml`).
    Docx,
    /// Word 97-2003 binary (an OLE2 compound file).
    Doc,
    /// OpenDocument text (a zip whose first entry is `mimetype`).
    Odt,
    /// Rich Text Format.
    Rtf,
}

impl OfficeKind {
    /// The extension the temporary input file gets.
    pub fn extension(self) -> &'static str {
        match self {
            OfficeKind::Docx => "docx",
            OfficeKind::Doc => "doc",
            OfficeKind::Odt => "odt",
            OfficeKind::Rtf => "rtf",
        }
    }

    /// LibreOffice's import filter for the kind, passed as `--infilter` so a damaged file fails
    /// instead of being imported as plain text.
    fn import_filter(self) -> &'static str {
        match self {
            OfficeKind::Docx => "MS Word 2007 XML",
            OfficeKind::Doc => "MS Word 97",
            OfficeKind::Odt => "writer8",
            OfficeKind::Rtf => "Rich Text Format",
        }
    }
}

/// Why a conversion did not give a PDF.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConvertError {
    /// LibreOffice is not installed (or not where the settings say). Quarantine the file with the
    /// reason "needs conversion"; it can be retried once LibreOffice is installed.
    #[error(
        "LibreOffice is not installed here, so the document needs conversion; install LibreOffice and retry it"
    )]
    NotInstalled,
    /// LibreOffice did not finish within the time limit and was stopped. The document may be
    /// huge or crafted to hang the converter; retry once, then quarantine it for a person to open.
    #[error(
        "LibreOffice did not finish converting within {0:?} and was stopped; retry, or open the document by hand"
    )]
    TimedOut(Duration),
    /// LibreOffice ran and gave no PDF: usually a damaged file (quarantine as `corrupt`). Holds
    /// the exit status and LibreOffice's last error line, never document content.
    #[error(
        "LibreOffice could not convert the document ({0}); it is probably damaged, so ask the sender for a fresh copy"
    )]
    Failed(String),
    /// The sandbox LibreOffice must run in cannot be made on this machine (the reason says
    /// why), and the configuration does not allow converting without it. Nothing was run;
    /// the document can be retried once the machine is fixed.
    #[error(
        "LibreOffice cannot be run in its sandbox here ({0}), so the document was not converted; install bubblewrap (Debian package bubblewrap) and allow it to make namespaces, or set allow_unsandboxed_office = true under [office] to convert without one"
    )]
    NoSandbox(String),
}

/// Decide whether `bytes` is an office document casevault converts, and which kind.
///
/// The bytes decide first: DOCX is a zip whose central directory names `word/document.xml`;
/// ODT is a zip whose first entry is `mimetype` holding `application/vnd.oasis.opendocument.text`;
/// DOC is an OLE2 compound file holding a `WordDocument` stream; RTF starts with `{\rtf`. The
/// extension of `name` (case-insensitive) is used only where the bytes are consistent with it
/// but do not settle the kind: a zip that cannot be read as one named `.docx`/`.odt` (so a damaged
/// file still reaches LibreOffice and is quarantined as corrupt, not as unknown), and an OLE2
/// file without a `WordDocument` stream named `.doc`. Anything else is `None`, including RTF
/// bytes named `.docx` (they are RTF) and text named `.doc` (it is not a Word file).
pub fn sniff_office(name: &str, bytes: &[u8]) -> Option<OfficeKind> {
    const ZIP: &[u8] = b"PK\x03\x04";
    const OLE2: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    let extension = name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();

    if bytes.starts_with(ZIP) {
        if zip_has_entry(bytes, b"word/document.xml") {
            return Some(OfficeKind::Docx);
        }
        if is_odt(bytes) {
            return Some(OfficeKind::Odt);
        }
        return match extension.as_str() {
            "docx" => Some(OfficeKind::Docx),
            "odt" => Some(OfficeKind::Odt),
            _ => None,
        };
    }
    if bytes.starts_with(OLE2) {
        // Stream names in an OLE2 directory are UTF-16LE.
        let word_stream: Vec<u8> = "WordDocument"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        if find(bytes, &word_stream).is_some() || extension == "doc" {
            return Some(OfficeKind::Doc);
        }
        return None;
    }
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if text.starts_with(b"{\\rtf") {
        return Some(OfficeKind::Rtf);
    }
    None
}

/// Whether [`convert_to_pdf`] can run: the `soffice` program exists and is executable.
pub fn soffice_available(s: &OfficeSettings) -> bool {
    resolve_program(&s.soffice).is_some()
}

/// Convert one office document to PDF and return the PDF's bytes.
///
/// Blocks for the length of the conversion (about a second for a small document, at most
/// [`OfficeSettings::timeout`]); call it from a blocking thread (`tokio::task::spawn_blocking`).
/// Any number may run at once: each has its own temporary folder and LibreOffice profile.
pub fn convert_to_pdf(
    s: &OfficeSettings,
    kind: OfficeKind,
    bytes: &[u8],
) -> Result<Vec<u8>, ConvertError> {
    let parent = crate::scratch::process_dir()
        .map_err(|e| setup_failed("could not create a temporary folder", &e))?;
    convert_in(&parent, s, kind, bytes)
}

/// One conversion's folder on the host: `input.<ext>`, `out/`, `tmp/` (the sandbox's `/tmp`
/// and `HOME`), and LibreOffice's two logs, which only casevault reads.
struct Job {
    /// Deleted on drop, whatever the outcome.
    work: tempfile::TempDir,
    input: PathBuf,
    out: PathBuf,
    tmp: PathBuf,
}

impl Job {
    fn new(parent: &Path, kind: OfficeKind, bytes: &[u8]) -> Result<Job, ConvertError> {
        let work = tempfile::Builder::new()
            .prefix("office-")
            .tempdir_in(parent)
            .map_err(|e| setup_failed("could not create a temporary folder", &e))?;
        let dir = work.path();
        let job = Job {
            input: dir.join(format!("input.{}", kind.extension())),
            out: dir.join("out"),
            tmp: dir.join("tmp"),
            work,
        };
        write_file(&job.input, bytes)?;
        for d in [&job.out, &job.tmp] {
            crate::private_fs::create_private_dir_all(d)
                .map_err(|e| setup_failed("could not create a temporary folder", &e))?;
        }
        Ok(job)
    }

    fn dir(&self) -> &Path {
        self.work.path()
    }
}

/// Where the job's parts are seen from inside the sandbox.
const SANDBOX_JOB: &str = "/job";
const SANDBOX_OUT: &str = "/job/out";

/// [`convert_to_pdf`] with the temporary folder made inside `parent` (tests use their own parent
/// to see exactly which folder and processes one conversion left).
fn convert_in(
    parent: &Path,
    s: &OfficeSettings,
    kind: OfficeKind,
    bytes: &[u8],
) -> Result<Vec<u8>, ConvertError> {
    let soffice = resolve_program(&s.soffice).ok_or(ConvertError::NotInstalled)?;
    let sandboxed = match sandbox_problem(&s.bwrap) {
        None => true,
        Some(_) if s.allow_unsandboxed => {
            warn_unsandboxed_once();
            false
        }
        Some(why) => return Err(ConvertError::NoSandbox(why)),
    };
    let job = Job::new(parent, kind, bytes)?;
    let input_name = format!("input.{}", kind.extension());
    let stdout = File::create(job.dir().join("stdout.log"))
        .map_err(|e| setup_failed("could not create a log file", &e))?;
    let stderr_path = job.dir().join("stderr.log");
    let stderr =
        File::create(&stderr_path).map_err(|e| setup_failed("could not create a log file", &e))?;

    // Paths as LibreOffice sees them: inside the sandbox, or the job folder itself.
    let (input, out_dir, tmp) = if sandboxed {
        (
            PathBuf::from(SANDBOX_JOB).join(&input_name),
            PathBuf::from(SANDBOX_OUT),
            PathBuf::from("/tmp"),
        )
    } else {
        (job.input.clone(), job.out.clone(), job.tmp.clone())
    };
    let mut args: Vec<OsString> = Vec::new();
    let mut user_installation = OsString::from("-env:UserInstallation=file://");
    user_installation.push(tmp.join("profile"));
    args.push(user_installation);
    for flag in [
        "--headless",
        "--norestore",
        "--nologo",
        "--nodefault",
        "--nolockcheck",
    ] {
        args.push(flag.into());
    }
    args.push(format!("--infilter={}", kind.import_filter()).into());
    for flag in ["--convert-to", "pdf", "--outdir"] {
        args.push(flag.into());
    }
    args.push(out_dir.into());
    args.push(input.into());

    let mut command = if sandboxed {
        let mut c = sandbox(&s.bwrap, &job, &soffice)?;
        c.arg(&soffice);
        c
    } else {
        let mut c = Command::new(&soffice);
        c.current_dir(job.dir())
            .env("HOME", &job.tmp)
            .env("TMPDIR", &job.tmp)
            .env(JOB_MARK, job.dir());
        c
    };
    command
        .args(&args)
        .stdin(Stdio::null())
        .stdout(stdout)
        .stderr(stderr)
        .process_group(0);
    limit_resources(&mut command, s.memory_limit_mib);

    let child = command.spawn().map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            ConvertError::NotInstalled
        } else {
            setup_failed("could not start LibreOffice", &e)
        }
    })?;
    let status = wait_with_deadline(child, s.timeout, job.dir())?;

    let pdf_path = job.out.join("input.pdf");
    let last_error = last_line(&stderr_path);
    if !status.success() {
        return Err(ConvertError::Failed(format!(
            "LibreOffice exited with {status}{last_error}"
        )));
    }
    match fs::read(&pdf_path) {
        Ok(pdf) if pdf.starts_with(b"%PDF") => Ok(pdf),
        Ok(_) => Err(ConvertError::Failed(format!(
            "LibreOffice wrote something that is not a PDF{last_error}"
        ))),
        Err(_) => Err(ConvertError::Failed(format!(
            "LibreOffice wrote no PDF ({status}){last_error}"
        ))),
    }
    // `job` is dropped here, deleting the input, the profile and the output.
}

/// `bwrap` and the arguments that make the sandbox for `job`, ready for the program to run in
/// it and its arguments. `program` (LibreOffice) must be visible inside: `/usr` is; a
/// LibreOffice installed elsewhere (`/opt/libreoffice7.6/program/soffice`) gets its
/// installation folder bound read-only too.
fn sandbox(bwrap: &Path, job: &Job, program: &Path) -> Result<Command, ConvertError> {
    let bwrap = resolve_program(bwrap)
        .ok_or_else(|| ConvertError::NoSandbox("bwrap is not installed".into()))?;
    let mut c = Command::new(bwrap);
    c.args(sandbox_base_args());
    c.args(["--dir", SANDBOX_JOB])
        .arg("--ro-bind")
        .arg(&job.input)
        .arg(Path::new(SANDBOX_JOB).join(job.input.file_name().expect("the input has a file name")))
        .arg("--bind")
        .arg(&job.out)
        .arg(SANDBOX_OUT)
        .arg("--bind")
        .arg(&job.tmp)
        .arg("/tmp")
        .args(["--chdir", "/tmp"]);
    // After /tmp, so that an installation under /tmp is not hidden by the job's /tmp.
    if let Ok(real) = fs::canonicalize(program) {
        if !real.starts_with("/usr") {
            if let Some(install) = real.parent().and_then(Path::parent) {
                c.arg("--ro-bind").arg(install).arg(install);
            }
        }
    }
    c
        // Marks the conversion's processes (in /proc/PID/environ) so that a test, or a person
        // looking for a stuck conversion, can find them; the job folder's name is random.
        .arg("--setenv")
        .arg(JOB_MARK)
        .arg(job.dir())
        .arg("--");
    Ok(c)
}

/// Everything of the sandbox but the job: an empty root with the system read-only, new
/// namespaces of every kind (no network), an empty environment, no capabilities, and death
/// with casevault. The probe runs exactly these.
fn sandbox_base_args() -> Vec<OsString> {
    let mut a: Vec<OsString> = Vec::new();
    let mut push = |items: &[&str]| a.extend(items.iter().map(OsString::from));
    push(&[
        "--unshare-all",
        "--die-with-parent",
        "--new-session",
        "--cap-drop",
        "ALL",
        "--clearenv",
        "--setenv",
        "PATH",
        "/usr/bin:/bin",
        "--setenv",
        "HOME",
        "/tmp",
        "--setenv",
        "TMPDIR",
        "/tmp",
        "--setenv",
        "LANG",
        "C.UTF-8",
        "--ro-bind",
        "/usr",
        "/usr",
    ]);
    // /bin, /lib... are links into /usr on a merged-/usr system (Debian 12), folders elsewhere.
    for top in ["/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32"] {
        match fs::read_link(top) {
            Ok(target) => {
                a.push("--symlink".into());
                a.push(target.into());
                a.push(top.into());
            }
            Err(_) if Path::new(top).is_dir() => {
                a.extend(["--ro-bind".into(), top.into(), top.into()]);
            }
            Err(_) => {}
        }
    }
    for etc in [
        "/etc/fonts",
        "/etc/libreoffice",
        "/etc/ld.so.cache",
        "/etc/alternatives",
        "/etc/localtime",
    ] {
        a.extend(["--ro-bind-try".into(), etc.into(), etc.into()]);
    }
    a.extend(["--proc", "/proc", "--dev", "/dev"].map(OsString::from));
    a
}

/// `None` where the sandbox works on this machine with `bwrap`, else why not. Tried once per
/// process (and program) by running `true` in a sandbox made as for a conversion (without the
/// job's folders).
pub fn sandbox_problem(bwrap: &Path) -> Option<String> {
    static PROBLEMS: Mutex<BTreeMap<PathBuf, Option<String>>> = Mutex::new(BTreeMap::new());
    let mut problems = PROBLEMS.lock().unwrap_or_else(|e| e.into_inner());
    problems
        .entry(bwrap.to_path_buf())
        .or_insert_with(|| {
            let Some(bwrap) = resolve_program(bwrap) else {
                let why = format!("bwrap is not installed (no {})", bwrap.display());
                tracing::warn!(reason = %why, "LibreOffice cannot run in a sandbox here");
                return Some(why);
            };
            let out = Command::new(bwrap)
                .args(sandbox_base_args())
                .args(["--tmpfs", "/tmp", "--", "true"])
                .stdin(Stdio::null())
                .output();
            let problem = match out {
                Ok(o) if o.status.success() => None,
                Ok(o) => {
                    let err = String::from_utf8_lossy(&o.stderr);
                    let line = err.lines().rfind(|l| !l.trim().is_empty()).unwrap_or("");
                    Some(format!(
                        "bwrap failed ({}): {}",
                        o.status,
                        line.chars().take(200).collect::<String>()
                    ))
                }
                Err(e) => Some(format!("bwrap could not be started: {e}")),
            };
            if let Some(why) = &problem {
                tracing::warn!(reason = %why, "LibreOffice cannot run in a sandbox here");
            }
            problem
        })
        .clone()
}

fn warn_unsandboxed_once() {
    static SAID: OnceLock<()> = OnceLock::new();
    SAID.get_or_init(|| {
        // Said once, loudly: the security lead must know conversions run unconfined.
        tracing::warn!(
            "LibreOffice runs without its sandbox (allow_unsandboxed_office = true): it can \
             read what this user can read, the key file among it, and reach the network"
        );
    });
}

/// Sets the address-space limit and turns core dumps off in the child before it starts.
fn limit_resources(command: &mut Command, memory_limit_mib: u64) {
    let bytes = memory_limit_mib.saturating_mul(1024 * 1024);
    // SAFETY: setrlimit is async-signal-safe and touches only the child's own limits; the
    // closure allocates nothing.
    unsafe {
        command.pre_exec(move || {
            let address_space = libc::rlimit {
                rlim_cur: bytes as libc::rlim_t,
                rlim_max: bytes as libc::rlim_t,
            };
            let no_core = libc::rlimit {
                rlim_cur: 0,
                rlim_max: 0,
            };
            if libc::setrlimit(libc::RLIMIT_AS, &address_space) != 0
                || libc::setrlimit(libc::RLIMIT_CORE, &no_core) != 0
            {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
}

/// The environment variable that marks a conversion's processes with its job folder.
const JOB_MARK: &str = "CASEVAULT_OFFICE_JOB";

/// Waits for the child until `timeout`; on timeout kills its whole process group, then every
/// process of the job in `job_dir` ([`kill_job`]). After a normal exit both are swept too, in
/// case LibreOffice left a helper behind, or bwrap failed and its child is dying.
fn wait_with_deadline(
    mut child: Child,
    timeout: Duration,
    job_dir: &Path,
) -> Result<ExitStatus, ConvertError> {
    let pgid = i32::try_from(child.id())
        .map_err(|_| ConvertError::Failed("process id out of range".into()))?;
    let deadline = Instant::now() + timeout;
    let mut pause = Duration::from_millis(5);
    loop {
        match child.try_wait() {
            Ok(Some(status)) => {
                kill_group(pgid);
                kill_job(job_dir, Duration::from_secs(2));
                return Ok(status);
            }
            Ok(None) => {}
            Err(e) => {
                kill_group(pgid);
                let _ = child.wait();
                kill_job(job_dir, Duration::from_secs(2));
                return Err(setup_failed("could not wait for LibreOffice", &e));
            }
        }
        let now = Instant::now();
        if now >= deadline {
            // Kill while the leader is still unreaped, so the group id cannot have been reused.
            kill_group(pgid);
            let _ = child.wait();
            wait_group_gone(pgid, Duration::from_secs(2));
            kill_job(job_dir, Duration::from_secs(2));
            return Err(ConvertError::TimedOut(timeout));
        }
        std::thread::sleep(pause.min(deadline - now));
        pause = (pause * 2).min(Duration::from_millis(100));
    }
}

fn kill_group(pgid: i32) {
    // SAFETY: killpg only sends a signal; the group is the one we created with process_group(0).
    unsafe {
        libc::killpg(pgid, libc::SIGKILL);
    }
}

/// SIGKILL is delivered asynchronously; wait (briefly) until no process of the group is left,
/// so the temporary folder is not deleted under a dying LibreOffice.
fn wait_group_gone(pgid: i32, limit: Duration) {
    let until = Instant::now() + limit;
    // SAFETY: signal 0 only checks whether the group still has members.
    while unsafe { libc::killpg(pgid, 0) } == 0 && Instant::now() < until {
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// Kills, and waits (up to `limit`) to be gone, every process of the job in `job_dir`: those
/// marked `CASEVAULT_OFFICE_JOB=<job_dir>` in their environment (LibreOffice), and those naming
/// the folder in their command line (bwrap, whose arguments bind the job's files).
///
/// Why the group kill is not enough: in the sandbox LibreOffice runs in its own session and PID
/// namespace (`--new-session`, `--unshare-all`), out of the group's reach. It dies with bwrap
/// (`--die-with-parent`), but asynchronously, and a process bwrap forked in the instant it was
/// killed, before it asked to die with its parent, would not die at all: a timed-out
/// conversion then left LibreOffice running (seen once in CI, at a 1 ms limit). Each process is
/// pinned with a pidfd and its mark read again before the signal, so a process id reused in the
/// meantime is never signalled.
fn kill_job(job_dir: &Path, limit: Duration) {
    let dir = job_dir.as_os_str().as_encoded_bytes();
    let mut mark = format!("{JOB_MARK}=").into_bytes();
    mark.extend_from_slice(dir);
    let of_job = |pid: i32| {
        let env = fs::read(format!("/proc/{pid}/environ")).unwrap_or_default();
        let cmdline = fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
        env.split(|&b| b == 0).any(|var| var == mark) || find(&cmdline, dir).is_some()
    };
    // Done after a few empty looks in a row, not one: a process caught between fork and exec,
    // or between two namespaces, can be unreadable for a moment.
    const EMPTY_LOOKS: u32 = 3;
    let until = Instant::now() + limit;
    let mut empty = 0;
    loop {
        let marked = job_processes(&of_job);
        empty = if marked.is_empty() { empty + 1 } else { 0 };
        if empty >= EMPTY_LOOKS || Instant::now() >= until {
            return;
        }
        for pid in marked {
            // SAFETY: pidfd_open takes a pid and flags and returns a new descriptor or -1.
            let fd = unsafe { libc::syscall(libc::SYS_pidfd_open, pid, 0) };
            let Ok(fd) = i32::try_from(fd) else { continue };
            if fd < 0 {
                continue;
            }
            if of_job(pid) {
                // SAFETY: a pidfd we own; the signal goes to the process it was opened on.
                unsafe {
                    libc::syscall(
                        libc::SYS_pidfd_send_signal,
                        fd,
                        libc::SIGKILL,
                        std::ptr::null::<libc::siginfo_t>(),
                        0,
                    )
                };
            }
            // SAFETY: our descriptor, closed once.
            unsafe { libc::close(fd) };
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// Ids of the running processes `of_job` picks (processes of this user: others' environments
/// cannot be read). A zombie shows an empty command line and environment, so it is not picked.
fn job_processes(of_job: &impl Fn(i32) -> bool) -> Vec<i32> {
    let Ok(entries) = fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter_map(|e| e.file_name().to_str()?.parse::<i32>().ok())
        .filter(|&pid| of_job(pid))
        .collect()
}

/// The program to run: a path (anything with a `/`) if it is an executable file, or a bare name
/// found on PATH.
fn resolve_program(program: &Path) -> Option<PathBuf> {
    if program.as_os_str().is_empty() {
        return None;
    }
    if program.components().count() > 1 || program.is_absolute() {
        return is_executable(program).then(|| program.to_path_buf());
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(program))
        .find(|candidate| is_executable(candidate))
}

fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(path).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

fn write_file(path: &Path, bytes: &[u8]) -> Result<(), ConvertError> {
    let mut f = crate::private_fs::create_private_file(path)
        .map_err(|e| setup_failed("could not write the temporary input", &e))?;
    f.write_all(bytes)
        .and_then(|()| f.flush())
        .map_err(|e| setup_failed("could not write the temporary input", &e))
}

fn setup_failed(what: &str, e: &std::io::Error) -> ConvertError {
    ConvertError::Failed(format!("{what}: {e}"))
}

/// `": <last non-empty stderr line>"` (or nothing), cut short. LibreOffice's error lines name the
/// temporary input, not the document's text. Its harmless Java-launcher warning is skipped.
fn last_line(path: &Path) -> String {
    let text = fs::read(path)
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_default();
    let line = text
        .lines()
        .map(str::trim)
        .rfind(|l| !l.is_empty() && !l.contains("javaldx"))
        .unwrap_or("");
    if line.is_empty() {
        return String::new();
    }
    let cut: String = line.chars().take(200).collect();
    format!(": {cut}")
}

fn is_odt(bytes: &[u8]) -> bool {
    const MIME: &[u8] = b"application/vnd.oasis.opendocument.text";
    let (Some(name_len), Some(extra_len), Some(size)) =
        (le16(bytes, 26), le16(bytes, 28), le32(bytes, 18))
    else {
        return false;
    };
    let name_start = 30;
    let data_start = name_start + name_len + extra_len;
    bytes.get(name_start..name_start + name_len) == Some(b"mimetype".as_slice())
        && bytes.get(data_start..data_start + size) == Some(MIME)
}

/// Whether the zip's central directory lists an entry called `wanted`. Reads only the end of
/// central directory record and the directory entries' names; nothing is decompressed.
fn zip_has_entry(bytes: &[u8], wanted: &[u8]) -> bool {
    const EOCD: &[u8] = b"PK\x05\x06";
    const ENTRY: &[u8] = b"PK\x01\x02";
    // The EOCD record is 22 bytes plus a comment of up to 65535 bytes, at the very end.
    let tail_start = bytes.len().saturating_sub(22 + 65_535);
    let Some(eocd) = bytes[tail_start..]
        .windows(4)
        .rposition(|w| w == EOCD)
        .map(|p| tail_start + p)
    else {
        return false;
    };
    let (Some(entries), Some(mut at)) = (le16(bytes, eocd + 10), le32(bytes, eocd + 16)) else {
        return false;
    };
    for _ in 0..entries {
        if bytes.get(at..at + 4) != Some(ENTRY) {
            return false;
        }
        let (Some(name_len), Some(extra_len), Some(comment_len)) = (
            le16(bytes, at + 28),
            le16(bytes, at + 30),
            le16(bytes, at + 32),
        ) else {
            return false;
        };
        if bytes.get(at + 46..at + 46 + name_len) == Some(wanted) {
            return true;
        }
        at += 46 + name_len + extra_len + comment_len;
    }
    false
}

fn le16(bytes: &[u8], at: usize) -> Option<usize> {
    let b = bytes.get(at..at.checked_add(2)?)?;
    Some(usize::from(u16::from_le_bytes([b[0], b[1]])))
}

fn le32(bytes: &[u8], at: usize) -> Option<usize> {
    let b = bytes.get(at..at.checked_add(4)?)?;
    usize::try_from(u32::from_le_bytes([b[0], b[1], b[2], b[3]])).ok()
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/test-data/office");

    struct Sample {
        file: String,
        kind: String,
        expected: String,
        words: Vec<String>,
    }

    fn manifest() -> Vec<Sample> {
        let path = Path::new(SAMPLES).join("manifest.toml");
        let text =
            fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
        let value: toml::Value = toml::from_str(&text).expect("manifest.toml parses");
        let docs = value["doc"].as_array().expect("[[doc]] entries");
        let samples: Vec<Sample> = docs
            .iter()
            .map(|d| Sample {
                file: d["file"].as_str().expect("file").to_string(),
                kind: d["kind"].as_str().expect("kind").to_string(),
                expected: d["expected"].as_str().expect("expected").to_string(),
                words: d["words"]
                    .as_array()
                    .expect("words")
                    .iter()
                    .map(|w| w.as_str().expect("word").to_string())
                    .collect(),
            })
            .collect();
        assert_eq!(samples.len(), 5, "four good samples and one corrupt");
        samples
    }

    fn read_sample(file: &str) -> Vec<u8> {
        let path = Path::new(SAMPLES).join(file);
        fs::read(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
    }

    fn kind_name(kind: OfficeKind) -> &'static str {
        kind.extension()
    }

    fn pdftotext(pdf: &[u8]) -> String {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("out.pdf");
        fs::write(&path, pdf).expect("write pdf");
        let out = Command::new("pdftotext")
            .arg(&path)
            .arg("-")
            .output()
            .expect("run pdftotext (poppler-utils)");
        assert!(out.status.success(), "pdftotext failed");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// No process whose command line mentions `needle` is left.
    /// No process whose command line or environment mentions `needle` is left: bwrap's
    /// command line names the job folder, and every process inside the sandbox carries it in
    /// `CASEVAULT_OFFICE_JOB` (their command lines name only `/job/...`).
    fn no_process_mentions(needle: &str) -> bool {
        let needle = needle.as_bytes();
        let procs = fs::read_dir("/proc").expect("read /proc");
        !procs.flatten().any(|p| {
            ["cmdline", "environ"]
                .iter()
                .any(|f| fs::read(p.path().join(f)).is_ok_and(|b| find(&b, needle).is_some()))
        })
    }

    #[test]
    fn every_sample_sniffs_as_its_manifest_kind() {
        for s in manifest() {
            let kind = sniff_office(&s.file, &read_sample(&s.file));
            assert_eq!(kind.map(kind_name), Some(s.kind.as_str()), "{}", s.file);
        }
    }

    #[test]
    fn sniffing_trusts_bytes_over_names() {
        let docx = read_sample("Hughes v Patel - LS24P01234 - Position statement.docx");
        let rtf = read_sample("Jones v Jones - CF22P00789 - Contact notes.rtf");
        let doc = read_sample("Jones v Jones - CF22P00789 - Legacy letter.doc");
        let odt = read_sample("Evans - MK23C00456 - Police disclosure.odt");
        // Right kind whatever the name says.
        assert_eq!(sniff_office("letter.odt", &docx), Some(OfficeKind::Docx));
        assert_eq!(sniff_office("noext", &odt), Some(OfficeKind::Odt));
        assert_eq!(
            sniff_office("saved-by-word.doc", &rtf),
            Some(OfficeKind::Rtf)
        );
        assert_eq!(sniff_office("x.bin", &doc), Some(OfficeKind::Doc));
        // A zip that is neither: only a consistent extension makes it one.
        let zip_garbage = read_sample("corrupt.docx");
        assert_eq!(
            sniff_office("CORRUPT.DOCX", &zip_garbage),
            Some(OfficeKind::Docx)
        );
        assert_eq!(sniff_office("archive.zip", &zip_garbage), None);
        // Extensions alone never decide.
        assert_eq!(sniff_office("notes.rtf", b"just text"), None);
        assert_eq!(sniff_office("letter.doc", b"<html>word html</html>"), None);
        assert_eq!(sniff_office("letter.docx", b""), None);
        // An OLE2 file that is not Word (no WordDocument stream) is not a .doc unless named so.
        let mut ole = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        ole.extend_from_slice(&[0u8; 504]);
        assert_eq!(sniff_office("budget.xls", &ole), None);
        assert_eq!(sniff_office("letter.doc", &ole), Some(OfficeKind::Doc));
    }

    #[test]
    fn every_sample_converts_or_fails_as_the_manifest_says() {
        let settings = OfficeSettings::default();
        for s in manifest() {
            let bytes = read_sample(&s.file);
            let kind = sniff_office(&s.file, &bytes).expect("sniffed");
            let started = Instant::now();
            let result = convert_to_pdf(&settings, kind, &bytes);
            eprintln!("{} ({}): {:?}", s.kind, s.expected, started.elapsed());
            match s.expected.as_str() {
                "stored" => {
                    let pdf = result.unwrap_or_else(|e| panic!("{}: {e}", s.file));
                    assert!(pdf.starts_with(b"%PDF"), "{}", s.file);
                    let text = pdftotext(&pdf);
                    for w in &s.words {
                        assert!(
                            text.contains(w.as_str()),
                            "{}: {w:?} missing from the PDF text",
                            s.file
                        );
                    }
                }
                "quarantined" => match result {
                    Err(ConvertError::Failed(why)) => {
                        assert!(started.elapsed() < Duration::from_secs(60), "failed fast");
                        assert!(
                            why.contains("could not be loaded") || why.contains("no PDF"),
                            "{why}"
                        );
                        assert!(!why.contains(&s.file), "no original file name in the error");
                    }
                    other => panic!("{}: expected Failed, got {other:?}", s.file),
                },
                other => panic!("unknown expectation {other}"),
            }
        }
    }

    #[test]
    fn missing_soffice_is_not_installed() {
        let rtf = read_sample("Jones v Jones - CF22P00789 - Contact notes.rtf");
        for program in ["/nonexistent/soffice", "casevault-no-such-soffice", ""] {
            let settings = OfficeSettings {
                soffice: PathBuf::from(program),
                ..OfficeSettings::default()
            };
            assert!(!soffice_available(&settings), "{program}");
            assert_eq!(
                convert_to_pdf(&settings, OfficeKind::Rtf, &rtf),
                Err(ConvertError::NotInstalled)
            );
        }
        assert!(
            soffice_available(&OfficeSettings::default()),
            "LibreOffice is installed here"
        );
    }

    #[test]
    fn timeout_kills_libreoffice_and_leaves_nothing_behind() {
        let rtf = read_sample("Jones v Jones - CF22P00789 - Contact notes.rtf");
        // 1 ms stops it while it starts; 600 ms stops it with soffice.bin running (a conversion
        // takes well over a second here), which is when a kill of the launcher alone would leave
        // soffice.bin behind.
        for limit in [Duration::from_millis(1), Duration::from_millis(600)] {
            let settings = OfficeSettings {
                timeout: limit,
                ..OfficeSettings::default()
            };
            let parent = tempfile::tempdir().expect("tempdir");
            let marker = parent.path().to_string_lossy().into_owned();
            let started = Instant::now();
            let result = convert_in(parent.path(), &settings, OfficeKind::Rtf, &rtf);
            assert_eq!(result, Err(ConvertError::TimedOut(limit)));
            assert!(
                started.elapsed() < limit + Duration::from_secs(3),
                "{:?}",
                started.elapsed()
            );
            let left: Vec<_> = fs::read_dir(parent.path()).expect("read parent").collect();
            assert!(left.is_empty(), "temporary folder left behind");
            for _ in 0..5 {
                // Poll a while: a process that escaped the group would show up as it starts.
                assert!(
                    no_process_mentions(&marker),
                    "a LibreOffice process survived {limit:?}"
                );
                std::thread::sleep(Duration::from_millis(200));
            }
        }
    }

    /// The sandbox, through the conversion path itself: `soffice` is a script that first tries
    /// to read the home's key file and to connect to a listener this test opens on 127.0.0.1,
    /// exits 97 or 98 if either works, and otherwise hands over to the real LibreOffice, which
    /// converts the DOCX. So the PDF comes back only if the conversion ran with neither the home
    /// nor the network. The same script run outside the sandbox exits 97, so the probes can
    /// fail. (Tried: with `--unshare-all` replaced by `--unshare-user-try` the conversion fails
    /// with exit status 98; with `/tmp`, where the test's home is, bound into the sandbox, 97.)
    #[test]
    fn conversions_see_neither_the_home_nor_the_network() {
        use std::io::Read;
        use std::net::TcpListener;
        assert_eq!(
            sandbox_problem(Path::new("bwrap")),
            None,
            "bwrap (bubblewrap) must work here"
        );
        let home = tempfile::tempdir().expect("home");
        let keys = home.path().join("keys.toml");
        fs::write(&keys, "[[key]]\nsecret = \"k\"\n").expect("write keys");
        let listener = TcpListener::bind("127.0.0.1:0").expect("listen");
        let port = listener.local_addr().expect("addr").port();
        listener.set_nonblocking(true).expect("nonblocking");

        // A LibreOffice outside /usr: its installation folder (the script's grandparent) is
        // bound read-only, which is what lets the sandbox run it.
        let install = tempfile::tempdir().expect("install");
        let program = install.path().join("program");
        fs::create_dir(&program).expect("mkdir");
        let script = program.join("soffice");
        fs::write(
            &script,
            format!(
                "#!/bin/bash\n\
                 if cat {keys} >/dev/null 2>&1; then exit 97; fi\n\
                 if (echo leak >/dev/tcp/127.0.0.1/{port}) 2>/dev/null; then exit 98; fi\n\
                 exec /usr/bin/soffice \"$@\"\n",
                keys = keys.display()
            ),
        )
        .expect("write script");
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&script, fs::Permissions::from_mode(0o755)).expect("chmod");

        let unconfined = Command::new(&script).arg("--version").status().unwrap();
        assert_eq!(
            unconfined.code(),
            Some(97),
            "the probe reads the key file outside"
        );

        let settings = OfficeSettings {
            soffice: script.clone(),
            ..OfficeSettings::default()
        };
        let docx = read_sample("Hughes v Patel - LS24P01234 - Position statement.docx");
        let parent = home.path().join("tmp");
        fs::create_dir(&parent).expect("mkdir");
        let pdf = convert_in(&parent, &settings, OfficeKind::Docx, &docx)
            .expect("converts in the sandbox, which kept the home and the network out");
        assert!(pdftotext(&pdf).contains("LS24P01234"));
        match listener.accept() {
            Ok((mut c, _)) => {
                let mut got = String::new();
                let _ = c.read_to_string(&mut got);
                panic!("the sandbox reached 127.0.0.1:{port} ({got:?})")
            }
            Err(e) => assert_eq!(e.kind(), std::io::ErrorKind::WouldBlock),
        }
    }

    /// Where the sandbox cannot be made (here: no bwrap where the settings say), nothing is
    /// converted and no temporary folder is made, unless unsandboxed conversion is allowed.
    #[test]
    fn without_a_sandbox_nothing_is_converted_unless_allowed() {
        let rtf = read_sample("Jones v Jones - CF22P00789 - Contact notes.rtf");
        let parent = tempfile::tempdir().expect("tempdir");
        let refused = OfficeSettings {
            bwrap: PathBuf::from("/nonexistent/bwrap"),
            ..OfficeSettings::default()
        };
        match convert_in(parent.path(), &refused, OfficeKind::Rtf, &rtf) {
            Err(e @ ConvertError::NoSandbox(_)) => {
                let text = e.to_string();
                assert!(text.contains("/nonexistent/bwrap"), "{text}");
                assert!(text.contains("allow_unsandboxed_office"), "{text}");
            }
            other => panic!("expected NoSandbox, got {other:?}"),
        }
        assert_eq!(fs::read_dir(parent.path()).unwrap().count(), 0);
        let allowed = OfficeSettings {
            allow_unsandboxed: true,
            ..refused
        };
        let pdf = convert_in(parent.path(), &allowed, OfficeKind::Rtf, &rtf).expect("converts");
        assert!(pdftotext(&pdf).contains("CF22P00789"));
    }

    /// The address-space limit reaches LibreOffice: at 64 MiB it cannot start, so the document
    /// fails instead of converting (the samples convert at the 2048 MiB default).
    #[test]
    fn the_memory_limit_applies_to_libreoffice() {
        let rtf = read_sample("Jones v Jones - CF22P00789 - Contact notes.rtf");
        let settings = OfficeSettings {
            memory_limit_mib: 64,
            ..OfficeSettings::default()
        };
        match convert_to_pdf(&settings, OfficeKind::Rtf, &rtf) {
            Err(ConvertError::Failed(_)) => {}
            other => panic!("expected Failed under 64 MiB, got {other:?}"),
        }
    }

    #[test]
    fn a_normal_conversion_leaves_no_folder_or_process() {
        let parent = tempfile::tempdir().expect("tempdir");
        let marker = parent.path().to_string_lossy().into_owned();
        let rtf = read_sample("Jones v Jones - CF22P00789 - Contact notes.rtf");
        let started = Instant::now();
        let pdf = convert_in(
            parent.path(),
            &OfficeSettings::default(),
            OfficeKind::Rtf,
            &rtf,
        )
        .expect("converts");
        eprintln!("one RTF conversion: {:?}", started.elapsed());
        assert!(pdf.starts_with(b"%PDF"));
        let left: Vec<_> = fs::read_dir(parent.path()).expect("read parent").collect();
        assert!(left.is_empty(), "temporary folder left behind");
        assert!(
            no_process_mentions(&marker),
            "a LibreOffice process survived"
        );
    }

    #[test]
    fn two_conversions_run_in_parallel() {
        let docx = read_sample("Hughes v Patel - LS24P01234 - Position statement.docx");
        let odt = read_sample("Evans - MK23C00456 - Police disclosure.odt");
        let started = Instant::now();
        let (a, b) = std::thread::scope(|scope| {
            let a =
                scope.spawn(|| convert_to_pdf(&OfficeSettings::default(), OfficeKind::Docx, &docx));
            let b =
                scope.spawn(|| convert_to_pdf(&OfficeSettings::default(), OfficeKind::Odt, &odt));
            (a.join().expect("thread a"), b.join().expect("thread b"))
        });
        eprintln!("two in parallel: {:?}", started.elapsed());
        assert!(pdftotext(&a.expect("docx converts")).contains("LS24P01234"));
        assert!(pdftotext(&b.expect("odt converts")).contains("constabulary"));
    }

    #[test]
    fn failure_messages_carry_no_document_text() {
        // An RTF forced through the DOCX filter fails; the message has the status and
        // LibreOffice's line, not the RTF's words.
        let rtf = read_sample("Jones v Jones - CF22P00789 - Contact notes.rtf");
        match convert_to_pdf(&OfficeSettings::default(), OfficeKind::Docx, &rtf) {
            Err(ConvertError::Failed(why)) => {
                assert!(
                    !why.contains("Rhys") && !why.contains("CF22P00789"),
                    "{why}"
                );
                assert!(why.contains("could not be loaded"), "{why}");
            }
            other => panic!("expected Failed, got {other:?}"),
        }
    }
}
