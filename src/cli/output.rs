//! What the command line prints and how it ends: standard output that a closed pipe does not
//! turn into a panic, tables, the exit codes the README documents, and what a panic prints.

use super::*;

/// Exit codes (README, "Exit codes"). Usage errors exit with 2, clap's code.
pub(super) const EXIT_DONE: i32 = 0;

pub(super) const EXIT_ERROR: i32 = 1;

/// The command finished, but documents wait to be retried (the store was unreachable): run it
/// again later. Distinct from an error so that a scheduler can tell "try again" from "look".
pub(super) const EXIT_TO_RETRY: i32 = 3;

/// A run that finished with documents left to retry; main exits with [`EXIT_TO_RETRY`].
#[derive(Debug, thiserror::Error)]
#[error("{0} document(s) wait to be retried (their originals stay where they were; the report says why): run the same command again once the store works")]
pub(super) struct ToRetry(pub(super) usize);

/// Set once a write to standard output found the reader gone (`casevault log | head`).
pub(super) static STDOUT_GONE: AtomicBool = AtomicBool::new(false);

/// What a command prints goes to standard output through this. A reader that goes away is not
/// an error (as with ripgrep, the program stays quiet and ends successfully), and it never cuts
/// a command's work short: what is left to print is dropped, and a command that changes things
/// (an import, a recomputation) still finishes. Only a stream that may never end stops on it
/// ([`out_until_closed`]); `run` stops as on Ctrl-C.
pub(super) struct Out {
    stdout: io::StdoutLock<'static>,
    stop_when_closed: bool,
}

/// Standard output for what a command prints.
pub(super) fn out() -> Out {
    Out {
        stdout: io::stdout().lock(),
        stop_when_closed: false,
    }
}

/// Standard output for a stream that ends when its reader goes away (the error is
/// [`StdoutClosed`], which ends the program quietly).
pub(super) fn out_until_closed() -> Out {
    Out {
        stop_when_closed: true,
        ..out()
    }
}

/// The reader of standard output went away.
#[derive(Debug, thiserror::Error)]
#[error("standard output was closed")]
pub(super) struct StdoutClosed;

pub(super) fn is_stdout_closed(e: &(dyn std::error::Error + 'static)) -> bool {
    e.downcast_ref::<io::Error>()
        .and_then(io::Error::get_ref)
        .is_some_and(|inner| inner.is::<StdoutClosed>())
}

impl Out {
    fn gone<T>(&self, nothing: T) -> io::Result<T> {
        STDOUT_GONE.store(true, Ordering::Relaxed);
        if self.stop_when_closed {
            Err(io::Error::new(io::ErrorKind::BrokenPipe, StdoutClosed))
        } else {
            Ok(nothing)
        }
    }
}

impl Write for Out {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if STDOUT_GONE.load(Ordering::Relaxed) {
            return self.gone(buf.len());
        }
        match self.stdout.write(buf) {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => self.gone(buf.len()),
            r => r,
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        if STDOUT_GONE.load(Ordering::Relaxed) {
            return self.gone(());
        }
        match self.stdout.flush() {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => self.gone(()),
            r => r,
        }
    }
}

/// Colours in log lines only for a person at a terminal: never in a file or a pipe
/// (`CASEVAULT_LOG=info 2>log`), and never when `NO_COLOR` is set (https://no-color.org).
pub(super) fn colour_on_stderr() -> bool {
    use std::io::IsTerminal;
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// Replaces the default panic message, which prints the panic's payload: a payload is whatever
/// text the failing code formatted, and that may be a child's name, a case name or a document's
/// file name, which would then reach the terminal or the journal. Only where it happened is
/// printed (file and line, and a backtrace of function names when RUST_BACKTRACE asks for one).
/// The pipeline contains a panic in one document's work (it is quarantined), so this line is
/// all that is said of it.
pub(super) fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let mut err = io::stderr().lock();
        let _ = writeln!(err, "{}", panic_report(info.location()));
        let trace = std::backtrace::Backtrace::capture();
        if trace.status() == std::backtrace::BacktraceStatus::Captured {
            let _ = writeln!(err, "{trace}");
        }
    }));
}

/// The one line a panic prints: where, never what.
fn panic_report(at: Option<&std::panic::Location<'_>>) -> String {
    let at = at
        .map(|l| format!("{}:{}", l.file(), l.line()))
        .unwrap_or_else(|| "an unknown place".into());
    format!(
        "casevault: internal error at {at} (its message is not shown, as it may hold case \
         data); what was being done is left to retry or quarantined: please report the place \
         to whoever maintains casevault"
    )
}

pub(super) fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::os::unix::fs::OpenOptionsExt;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)
        .with_context(|| format!("cannot write {}", path.display()))?;
    f.write_all(bytes)?;
    Ok(())
}

pub(super) fn print_table(
    out: &mut impl Write,
    header: &[&str],
    rows: &[Vec<String>],
) -> Result<()> {
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for r in rows {
        for (i, c) in r.iter().enumerate() {
            widths[i] = widths[i].max(c.chars().count());
        }
    }
    let line = |cells: Vec<&str>| -> String {
        cells
            .iter()
            .enumerate()
            .map(|(i, c)| format!("{c:<w$}", w = widths[i]))
            .collect::<Vec<_>>()
            .join("  ")
            .trim_end()
            .to_string()
    };
    writeln!(out, "{}", line(header.to_vec()))?;
    writeln!(
        out,
        "{}",
        widths
            .iter()
            .map(|w| "-".repeat(*w))
            .collect::<Vec<_>>()
            .join("  ")
    )?;
    for r in rows {
        writeln!(out, "{}", line(r.iter().map(String::as_str).collect()))?;
    }
    Ok(())
}

/// A report row's outcome as a person reads it: "quarantined (illegible)", not a bare
/// "quarantined" that leaves them to look up why.
pub(super) fn outcome_with_reason(row: &pipeline::ReportRow) -> String {
    if row.reason.is_empty() {
        row.outcome.to_string()
    } else {
        format!("{} ({})", row.outcome, row.reason)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    /// A panic whose message holds a child's name prints where it happened, not the name.
    #[test]
    fn a_panic_prints_its_place_but_not_its_message() {
        static SEEN: Mutex<Vec<String>> = Mutex::new(Vec::new());
        let previous = std::panic::take_hook();
        // The hook's own text, captured (the installed hook writes the same to stderr).
        std::panic::set_hook(Box::new(|info| {
            let text = panic_report(info.location());
            SEEN.lock().unwrap_or_else(|p| p.into_inner()).push(text);
        }));
        let line = line!() + 2;
        let result = std::panic::catch_unwind(|| {
            panic!("cannot read Amelia Hughes (dob 2015-03-02)");
        });
        std::panic::set_hook(previous);
        assert!(result.is_err());
        let seen = SEEN.lock().unwrap_or_else(|p| p.into_inner()).clone();
        let ours: Vec<_> = seen.iter().filter(|t| t.contains(file!())).collect();
        assert_eq!(ours.len(), 1, "{seen:?}");
        assert!(
            ours[0].contains(&format!("{}:{line}", file!())),
            "{}",
            ours[0]
        );
        assert!(
            !ours[0].contains("Amelia") && !ours[0].contains("2015"),
            "{}",
            ours[0]
        );
    }
}
