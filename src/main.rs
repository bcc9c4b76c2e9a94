//! The `casevault` command line: parse, call into the library, print.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use anyhow::{bail, Context as _, Result};
use clap::{Parser, Subcommand};

use casevault::catalog::{self, Catalog};
use casevault::config::Config;
use casevault::pipeline::{self, Context, RawPipeline, RunOptions};
use casevault::retention::ScheduleSet;
use casevault::sink::Sink;

/// casevault: scans and e-mails in; legible, named, routed, sealed, retention-labelled records out.
#[derive(Parser)]
#[command(name = "casevault", version, about, long_about = None)]
struct Cli {
    /// Configuration file (default: config/casevault.toml if it exists).
    #[arg(long, global = true, env = "CASEVAULT_CONFIG")]
    config: Option<PathBuf>,
    /// Home folder for all state: store, catalog, quarantine, key file (default ./var).
    #[arg(long, global = true, env = "CASEVAULT_HOME")]
    home: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run a pipeline (a file in pipelines/, by name or path).
    Run {
        /// Pipeline name (e.g. scanning-station) or path to its .toml file.
        pipeline: String,
        /// Process what is in the inbox now, then exit (default: keep watching).
        #[arg(long)]
        once: bool,
        /// Use this folder as the pipeline's inbox.
        #[arg(long)]
        inbox: Option<PathBuf>,
        /// Print one JSON object per document instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Import a legacy shared drive ("G drive"): a tree of case folders, mapped to cases and
    /// case-file folders by MAPPING. The drive is only read. Resumable: files already filed are
    /// skipped by their SHA-256, so after a crash or Ctrl-C run the same command again.
    ImportTree {
        /// The top of the tree (one folder per case below it).
        dir: PathBuf,
        /// The mapping file (e.g. pipelines/g-drive-mapping.toml).
        #[arg(long)]
        map: PathBuf,
        /// The pipeline whose stages run (by name or path).
        #[arg(long, default_value = "g-drive")]
        pipeline: String,
        /// Store nothing: report what would happen to each file and why.
        #[arg(long)]
        dry_run: bool,
        /// Where the CSV report goes (default: {home}/reports/import-tree-TIME.csv).
        #[arg(long)]
        report: Option<PathBuf>,
        /// No progress bar or progress lines.
        #[arg(long)]
        quiet: bool,
    },
    /// Import or update the case list from a legacy CMS export (CSV or JSON).
    ImportCases {
        /// The CMS export: CSV (columns: case_number, case_name, law_type, stage, status,
        /// closed_on, children, shielded) or JSON (a list of cases, or {"cases": [...]}, each
        /// with the same fields and children as [{name, dob, died}]).
        csv: PathBuf,
    },
    /// List stored documents.
    Ls {
        /// Only this case.
        #[arg(long)]
        case: Option<String>,
        /// One JSON object per line.
        #[arg(long)]
        json: bool,
    },
    /// Decrypt a stored document to a PDF file.
    Get {
        /// Document id (or a unique prefix of at least 6 characters).
        doc_id: String,
        /// Where to write the PDF.
        #[arg(short, long)]
        output: PathBuf,
    },
    /// Quarantined files.
    Quarantine {
        #[command(subcommand)]
        command: QuarantineCommand,
    },
    /// Retention schedules.
    Retention {
        #[command(subcommand)]
        command: RetentionCommand,
    },
    /// Case events that move retention dates.
    Case {
        #[command(subcommand)]
        command: CaseCommand,
    },
    /// Holds (which stop destruction) and extensions (which keep a case longer).
    Hold {
        #[command(subcommand)]
        command: HoldCommand,
    },
    /// List what is due for destruction (dry run), or destroy it with --execute.
    Dispose {
        /// Destroy what is due and not held (crypto-shredding), recording each destruction.
        #[arg(long)]
        execute: bool,
        /// Take this as today's date (default: today).
        #[arg(long)]
        today: Option<chrono::NaiveDate>,
        /// One JSON object per line.
        #[arg(long)]
        json: bool,
    },
    /// The destruction record.
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
    /// Key-encryption keys: make a new current key, list keys, rotate, retire.
    Keys {
        #[command(subcommand)]
        command: KeysCommand,
    },
    /// The catalog itself.
    Catalog {
        #[command(subcommand)]
        command: CatalogCommand,
    },
    /// Check every stored document: object present, opens with its key, unchanged, labelled.
    Verify {
        /// One JSON object per problem.
        #[arg(long)]
        json: bool,
    },
    /// The contact log.
    Log {
        /// Only this case.
        #[arg(long)]
        case: Option<String>,
        /// One JSON object per line.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
enum KeysCommand {
    /// Make a new key the current one (new documents are wrapped under it; run `keys rotate`).
    New,
    /// List keys and how many documents and records each wraps (never key material).
    Ls {
        #[arg(long)]
        json: bool,
    },
    /// Re-wrap every data key under the current key (content is not touched; resumable).
    Rotate {
        /// Re-wrap at most this many envelopes now (run again to carry on).
        #[arg(long)]
        limit: Option<usize>,
        /// Then retire every other key that no envelope uses any more.
        #[arg(long)]
        retire_old: bool,
    },
    /// Retire a key (destroy its material) once no envelope uses it.
    Retire { key_id: String },
}

#[derive(Subcommand)]
enum CatalogCommand {
    /// Recreate a lost catalog from the store and the key file.
    Rebuild,
}

#[derive(Subcommand)]
enum CaseCommand {
    /// Close a case on a date; its documents' retention dates are computed again.
    Close {
        case_number: String,
        /// The closure date, YYYY-MM-DD.
        #[arg(long)]
        on: chrono::NaiveDate,
    },
    /// Reopen a closed case; dates that hung on the closure become pending again.
    Reopen { case_number: String },
}

#[derive(Subcommand)]
enum HoldCommand {
    /// Set a hold on one case, or the global hold.
    Set {
        #[arg(long, conflicts_with = "global", required_unless_present = "global")]
        case: Option<String>,
        #[arg(long)]
        global: bool,
        /// Why (recorded).
        #[arg(long)]
        reason: String,
    },
    /// Lift the holds on one case, or the global hold (the moratorium).
    Lift {
        #[arg(long, conflicts_with = "global", required_unless_present = "global")]
        case: Option<String>,
        #[arg(long)]
        global: bool,
    },
    /// Keep a case's documents until at least a date (policy 000 §10.3), with the reason.
    Extend {
        #[arg(long)]
        case: String,
        /// YYYY-MM-DD.
        #[arg(long)]
        until: chrono::NaiveDate,
        #[arg(long)]
        reason: String,
    },
    /// List holds and extensions in force (--all: lifted ones too).
    Ls {
        #[arg(long)]
        all: bool,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
enum AuditCommand {
    /// Check the destruction record's hash chain; names the first broken link.
    Verify,
    /// Print the destruction record, one JSON object per line.
    Ls,
}

#[derive(Subcommand)]
enum QuarantineCommand {
    /// List quarantined files and why.
    Ls {
        /// One JSON object per line.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
enum RetentionCommand {
    /// Evaluate scenarios: JSON lines on stdin, one answer per line on stdout.
    Eval,
    /// Show how a stored document's retention date was computed.
    Explain {
        /// Document id (or a unique prefix).
        doc_id: String,
    },
}

fn main() {
    ensure_single_threaded_ocr();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("CASEVAULT_LOG")
                // lopdf narrates every repair it makes to a damaged PDF at warn level; casevault
                // says what matters about a file in its own words (a quarantine reason, or
                // "rewritten from its recovered objects" at info level).
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn,lopdf=error")),
        )
        .with_writer(std::io::stderr)
        .with_ansi(colour_on_stderr())
        .init();
    if let Err(e) = real_main() {
        if e.chain().any(is_stdout_closed) {
            // `casevault retention eval ... | head`: the reader has all it wanted.
            std::process::exit(EXIT_DONE);
        }
        eprintln!("casevault: {}", casevault::error_text::chain(&*e));
        std::process::exit(match e.downcast_ref::<ToRetry>() {
            Some(_) => EXIT_TO_RETRY,
            None => EXIT_ERROR,
        });
    }
}

/// Exit codes (README, "Exit codes"). Usage errors exit with 2, clap's code.
const EXIT_DONE: i32 = 0;
const EXIT_ERROR: i32 = 1;
/// The command finished, but documents wait to be retried (the store was unreachable): run it
/// again later. Distinct from an error so that a scheduler can tell "try again" from "look".
const EXIT_TO_RETRY: i32 = 3;

/// A run that finished with documents left to retry; main exits with [`EXIT_TO_RETRY`].
#[derive(Debug, thiserror::Error)]
#[error("{0} document(s) wait to be retried (their originals stay where they were; the report says why): run the same command again once the store works")]
struct ToRetry(usize);

/// Set once a write to standard output found the reader gone (`casevault log | head`).
static STDOUT_GONE: AtomicBool = AtomicBool::new(false);

/// What a command prints goes to standard output through this. A reader that goes away is not
/// an error (as with ripgrep, the program stays quiet and ends successfully), and it never cuts
/// a command's work short: what is left to print is dropped, and a command that changes things
/// (an import, a recomputation) still finishes. Only a stream that may never end stops on it
/// ([`out_until_closed`]); `run` stops as on Ctrl-C.
struct Out {
    stdout: io::StdoutLock<'static>,
    stop_when_closed: bool,
}

/// Standard output for what a command prints.
fn out() -> Out {
    Out {
        stdout: io::stdout().lock(),
        stop_when_closed: false,
    }
}

/// Standard output for a stream that ends when its reader goes away (the error is
/// [`StdoutClosed`], which ends the program quietly).
fn out_until_closed() -> Out {
    Out {
        stop_when_closed: true,
        ..out()
    }
}

/// The reader of standard output went away.
#[derive(Debug, thiserror::Error)]
#[error("standard output was closed")]
struct StdoutClosed;

fn is_stdout_closed(e: &(dyn std::error::Error + 'static)) -> bool {
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
fn colour_on_stderr() -> bool {
    use std::io::IsTerminal;
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// Tesseract's OpenMP threads multiply the cost of a page several times over on a busy machine
/// (measured: 12.7 s instead of 1.9 s a page), and the limit is read only when the process starts,
/// so casevault re-executes itself once with `OMP_THREAD_LIMIT=1`. Parallelism belongs to the
/// pipeline: one page per worker.
fn ensure_single_threaded_ocr() {
    if std::env::var_os("OMP_THREAD_LIMIT").is_some_and(|v| v == "1") {
        return;
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        if let Ok(exe) = std::env::current_exe() {
            let err = std::process::Command::new(exe)
                .args(std::env::args_os().skip(1))
                .env("OMP_THREAD_LIMIT", "1")
                .exec();
            eprintln!(
                "casevault: could not re-execute with OMP_THREAD_LIMIT=1 ({err}); OCR will be slow"
            );
        }
    }
}

fn real_main() -> Result<()> {
    let cli = Cli::parse();
    let config = Config::load(cli.config.as_deref(), cli.home.as_deref())?;
    match cli.command {
        Command::Run {
            pipeline,
            once,
            inbox,
            json,
        } => cmd_run(config, &pipeline, once, inbox.as_deref(), json),
        Command::ImportTree {
            dir,
            map,
            pipeline,
            dry_run,
            report,
            quiet,
        } => cmd_import_tree(config, &dir, &map, &pipeline, dry_run, report, quiet),
        Command::ImportCases { csv } => {
            // Read (and check) the list first: a file that is not a case list changes nothing.
            // The catalog's cases are mirrored to the store: a store that cannot be reached
            // must fail the command before the catalog changes, not after.
            let cases = catalog::cases::read_case_list(&csv, &config.case_number)?;
            check_store(&config)?;
            let cat = open_catalog(&config)?;
            let report = cat.import_cases(&cases)?;
            for ch in &report.changes {
                match ch {
                    catalog::CaseChange::Added(n) => {
                        cat.log_contact(Some(n), None, "case imported", "from the CMS case list")?;
                    }
                    catalog::CaseChange::Updated { case_number, what } => {
                        cat.log_contact(
                            Some(case_number),
                            None,
                            "case updated",
                            &format!("from the CMS case list: {}", what.join("; ")),
                        )?;
                        writeln!(out(), "updated {case_number}: {}", what.join("; "))?;
                    }
                }
            }
            let updated: Vec<String> = report
                .changes
                .iter()
                .filter_map(|c| match c {
                    catalog::CaseChange::Updated { case_number, .. } => Some(case_number.clone()),
                    catalog::CaseChange::Added(_) => None,
                })
                .collect();
            if !updated.is_empty() {
                recompute(&config, &cat, &updated, "case list re-imported")?;
            }
            mirror(&config, &cat)?;
            writeln!(
                out(),
                "{} cases: {} added, {} updated, {} unchanged",
                cases.len(),
                report.added,
                report.updated,
                report.unchanged
            )?;
            Ok(())
        }
        Command::Ls { case, json } => {
            let cat = open_catalog(&config)?;
            let docs = cat.documents(case.as_deref())?;
            let mut out = out();
            if json {
                for d in docs {
                    let v = serde_json::json!({
                        "id": d.id, "case_number": d.case_number, "folder": d.folder,
                        "name": d.name, "original_name": d.original_name,
                        "retention_until": d.retention_until,
                        "retention_pending": d.retention_pending,
                        "retention_permanent": d.retention_permanent,
                        "retention_rule": d.retention_rule, "sha256": d.sha256,
                        "pages": d.pages, "routing_rule": d.routing_rule,
                        "received_at": d.received_at, "stored_at": d.stored_at,
                        "attachments": cat.attachments_of(&d.id)?.into_iter().map(|a| a.doc_id).collect::<Vec<_>>(),
                        "attached_to": cat.attached_to(&d.id)?.into_iter().filter_map(|a| a.email_doc_id).collect::<Vec<_>>(),
                    });
                    writeln!(out, "{v}")?;
                }
            } else {
                let rows: Vec<Vec<String>> = docs
                    .iter()
                    .map(|d| {
                        vec![
                            d.id[..12.min(d.id.len())].to_string(),
                            d.case_number.clone(),
                            d.folder.clone(),
                            d.name.clone(),
                            retention_text(d),
                        ]
                    })
                    .collect();
                print_table(
                    &mut out,
                    &["id", "case", "folder", "name", "retain until"],
                    &rows,
                )?;
            }
            Ok(())
        }
        Command::Get { doc_id, output } => {
            let cat = open_catalog(&config)?;
            let row = cat.document(&doc_id)?;
            let rt = runtime()?;
            let pdf = rt.block_on(async {
                let sink = Sink::open(&config).await?;
                sink.fetch(&row).await
            })?;
            write_private(&output, &pdf)?;
            cat.log_contact(
                Some(&row.case_number),
                Some(&row.id),
                "read",
                "decrypted with casevault get",
            )?;
            eprintln!("wrote {} ({} bytes)", output.display(), pdf.len());
            Ok(())
        }
        Command::Quarantine {
            command: QuarantineCommand::Ls { json },
        } => {
            let cat = open_catalog(&config)?;
            let rows = cat.quarantine()?;
            let mut out = out();
            if json {
                for q in rows {
                    writeln!(out, "{}", serde_json::to_string(&q)?)?;
                }
            } else {
                let t: Vec<Vec<String>> = rows
                    .iter()
                    .map(|q| {
                        vec![
                            q.at.clone(),
                            q.original_name.clone(),
                            q.reason.clone(),
                            q.detail.clone(),
                        ]
                    })
                    .collect();
                print_table(&mut out, &["when", "file", "reason", "detail"], &t)?;
            }
            Ok(())
        }
        Command::Retention { command } => {
            let schedules = ScheduleSet::load_dir(&config.schedules_dir)?;
            match command {
                RetentionCommand::Eval => {
                    let stdin = std::io::stdin().lock();
                    schedules.eval_json_lines(stdin, out_until_closed())?;
                    Ok(())
                }
                RetentionCommand::Explain { doc_id } => {
                    let cat = open_catalog(&config)?;
                    let row = cat.document(&doc_id)?;
                    let Some(case) = cat.case(&row.case_number)? else {
                        bail!("case {} is no longer in the case list", row.case_number);
                    };
                    let folder = casevault::document::Folder::parse(&row.folder)
                        .with_context(|| format!("unknown folder {}", row.folder))?;
                    let received =
                        chrono::DateTime::parse_from_rfc3339(&row.received_at)?.date_naive();
                    let facts = casevault::stages::retention::facts_for(&case, folder, received);
                    let ev = schedules.evaluate(&row.retention_schedule, &facts)?;
                    let mut out = out();
                    writeln!(
                        out,
                        "document {} ({}), schedule {}",
                        row.id, row.folder, row.retention_schedule
                    )?;
                    for line in ev.explanation {
                        writeln!(out, "  {line}")?;
                    }
                    Ok(())
                }
            }
        }
        Command::Case { command } => {
            let (number, closed_on, why) = match command {
                CaseCommand::Close { case_number, on } => {
                    (case_number, Some(on), format!("case closed on {on}"))
                }
                CaseCommand::Reopen { case_number } => {
                    (case_number, None, "case reopened".to_string())
                }
            };
            check_store(&config)?;
            let cat = open_catalog(&config)?;
            if !cat.set_case_closed(&number, closed_on)? {
                bail!("case {number} is not in the case list");
            }
            cat.log_contact(Some(&number), None, "case event", &why)?;
            recompute(&config, &cat, &[number], &why)?;
            mirror(&config, &cat)
        }
        Command::Hold { command } => {
            if !matches!(command, HoldCommand::Ls { .. }) {
                check_store(&config)?;
            }
            let cat = open_catalog(&config)?;
            match command {
                HoldCommand::Set {
                    case,
                    global,
                    reason,
                } => {
                    let scope = if global {
                        catalog::holds::GLOBAL.to_string()
                    } else {
                        case.expect("clap requires it")
                    };
                    cat.set_hold(&scope, &reason)?;
                    cat.log_contact(
                        (!global).then_some(scope.as_str()),
                        None,
                        "hold set",
                        &reason,
                    )?;
                    writeln!(out(), "hold set on {scope}")?;
                }
                HoldCommand::Lift { case, global } => {
                    let scope = if global {
                        catalog::holds::GLOBAL.to_string()
                    } else {
                        case.expect("clap requires it")
                    };
                    let n = cat.lift_holds(&scope)?;
                    cat.log_contact(
                        (!global).then_some(scope.as_str()),
                        None,
                        "hold lifted",
                        &format!("{n} hold(s) on {scope}"),
                    )?;
                    writeln!(out(), "{n} hold(s) lifted on {scope}")?;
                }
                HoldCommand::Extend {
                    case,
                    until,
                    reason,
                } => {
                    cat.set_extension(&case, until, &reason)?;
                    cat.log_contact(
                        Some(&case),
                        None,
                        "retention extended",
                        &format!("until at least {until}: {reason}"),
                    )?;
                    recompute(
                        &config,
                        &cat,
                        std::slice::from_ref(&case),
                        &format!("extended until at least {until}"),
                    )?;
                }
                HoldCommand::Ls { all, json } => {
                    let mut out = out();
                    let holds = cat.holds(all)?;
                    if json {
                        for h in holds {
                            writeln!(out, "{}", serde_json::to_string(&h)?)?;
                        }
                    } else {
                        let rows: Vec<Vec<String>> = holds
                            .iter()
                            .map(|h| {
                                vec![
                                    h.scope.clone(),
                                    h.kind.clone(),
                                    h.until.clone().unwrap_or_default(),
                                    h.set_at.clone(),
                                    h.lifted_at.clone().unwrap_or_default(),
                                    h.reason.clone(),
                                ]
                            })
                            .collect();
                        print_table(
                            &mut out,
                            &["scope", "kind", "until", "set", "lifted", "reason"],
                            &rows,
                        )?;
                    }
                    return Ok(());
                }
            }
            mirror(&config, &cat)
        }
        Command::Dispose {
            execute,
            today,
            json,
        } => {
            let cat = open_catalog(&config)?;
            let today = today.unwrap_or_else(|| chrono::Local::now().date_naive());
            let rt = runtime()?;
            let report = rt.block_on(async {
                let sink = Sink::open(&config).await?;
                let report = casevault::records::dispose(&cat, &sink, today, execute).await?;
                if execute {
                    sink.mirror_records(&cat).await.context(MIRROR_FAILED)?;
                }
                anyhow::Ok(report)
            })?;
            let mut out = out();
            if json {
                for d in &report.due {
                    writeln!(out, "{}", serde_json::to_string(d)?)?;
                }
            } else {
                let rows: Vec<Vec<String>> = report
                    .due
                    .iter()
                    .map(|d| {
                        let what = if d.destroyed {
                            "destroyed".to_string()
                        } else if let Some(h) = &d.held_by {
                            format!("held ({h})")
                        } else {
                            "due".to_string()
                        };
                        vec![
                            d.document_id[..12.min(d.document_id.len())].to_string(),
                            d.case_number.clone(),
                            d.folder.clone(),
                            d.retention_until.clone(),
                            d.rule.clone(),
                            what,
                        ]
                    })
                    .collect();
                print_table(
                    &mut out,
                    &["id", "case", "folder", "retain until", "rule", "status"],
                    &rows,
                )?;
            }
            eprintln!(
                "{} due on {today}: {} destroyed, {} held{}",
                report.due.len(),
                report.destroyed,
                report.held,
                if execute {
                    ""
                } else {
                    " (dry run: nothing destroyed; --execute to destroy)"
                }
            );
            Ok(())
        }
        Command::Audit { command } => {
            let cat = open_catalog(&config)?;
            match command {
                AuditCommand::Verify => match cat.verify_destruction_log()? {
                    None => {
                        writeln!(
                            out(),
                            "destruction record intact: {} record(s)",
                            cat.destruction_log()?.len()
                        )?;
                        Ok(())
                    }
                    Some(b) => bail!("destruction record broken at record {}: {}", b.seq, b.why),
                },
                AuditCommand::Ls => {
                    let mut out = out();
                    for r in cat.destruction_log()? {
                        writeln!(out, "{}", serde_json::to_string(&r)?)?;
                    }
                    Ok(())
                }
            }
        }
        Command::Keys { command } => cmd_keys(&config, command),
        Command::Catalog {
            command: CatalogCommand::Rebuild,
        } => {
            let cat = open_catalog(&config)?;
            let rt = runtime()?;
            let report = rt.block_on(async {
                let sink = Sink::open(&config).await?;
                anyhow::Ok(casevault::rebuild::rebuild(&cat, &sink).await?)
            })?;
            for (id, why) in &report.skipped {
                eprintln!("not restored: document {id}: {why}");
            }
            if !report.missing_cases.is_empty() {
                eprintln!(
                    "{} case(s) named by documents have no case record in the store: import the case list again",
                    report.missing_cases.len()
                );
            }
            writeln!(
                out(),
                "catalog rebuilt: {} document(s), {} case(s), {} hold row(s), {} destruction record(s), {} label(s) not restored",
                report.documents, report.cases, report.holds, report.destruction_records, report.skipped.len()
            )?;
            Ok(())
        }
        Command::Verify { json } => {
            let cat = open_catalog(&config)?;
            let rt = runtime()?;
            let report = rt.block_on(async {
                let sink = Sink::open(&config).await?;
                anyhow::Ok(casevault::verify::verify(&cat, &sink).await?)
            })?;
            let mut out = out();
            for p in &report.problems {
                if json {
                    writeln!(out, "{}", serde_json::to_string(p)?)?;
                } else {
                    writeln!(out, "{}  {}", p.id, p.what)?;
                }
            }
            if !report.ok() {
                bail!(
                    "{} problem(s) in {} document(s) and {} record(s) checked",
                    report.problems.len(),
                    report.documents,
                    report.records
                );
            }
            eprintln!(
                "{} document(s) and {} record(s) verified: all present, whole and unchanged",
                report.documents, report.records
            );
            Ok(())
        }
        Command::Log { case, json } => {
            let cat = open_catalog(&config)?;
            let mut out = out();
            for e in cat.contact_log(case.as_deref())? {
                if json {
                    writeln!(out, "{}", serde_json::to_string(&e)?)?;
                } else {
                    writeln!(
                        out,
                        "{}  {:<11} {:<18} {}",
                        e.at,
                        e.case_number.unwrap_or_default(),
                        e.action,
                        e.detail
                    )?;
                }
            }
            Ok(())
        }
    }
}

/// Recomputes the retention dates of every document of `cases` and prints what moved.
fn recompute(config: &Config, cat: &Catalog, cases: &[String], why: &str) -> Result<()> {
    let schedules = ScheduleSet::load_dir(&config.schedules_dir)?;
    let rt = runtime()?;
    rt.block_on(async {
        let sink = Sink::open(config).await?;
        for n in cases {
            let changes =
                casevault::records::recompute_case(cat, &sink, &schedules, n, why).await?;
            let mut out = out();
            for c in &changes {
                writeln!(
                    out,
                    "{n} {}: {} -> {} ({})",
                    c.document_id, c.before, c.after, c.rule
                )?;
            }
            writeln!(out, "{n}: {} document date(s) recomputed", changes.len())?;
        }
        anyhow::Ok(())
    })
}

/// Opens (and so probes) the configured store, so that a command which changes cases or holds
/// and then mirrors them fails before it changes anything when the store is misconfigured or
/// down. Touches neither the catalog nor the key file.
fn check_store(config: &Config) -> Result<()> {
    let settings = casevault::sink::s3_settings(config);
    runtime()?.block_on(casevault::store::open(&config.store_url, &settings))?;
    Ok(())
}

const MIRROR_FAILED: &str = "the catalog is updated, but its sealed copy in the store (used by `catalog rebuild`) is not; it is written again by the next command that changes cases or holds, or by the next run";

/// Mirrors cases, holds and the destruction record into the store (only what changed).
fn mirror(config: &Config, cat: &Catalog) -> Result<()> {
    let rt = runtime()?;
    rt.block_on(async {
        let sink = Sink::open(config).await?;
        sink.mirror_records(cat).await?;
        anyhow::Ok(())
    })
    .context(MIRROR_FAILED)
}

fn cmd_keys(config: &Config, command: KeysCommand) -> Result<()> {
    use casevault::keys;
    match command {
        KeysCommand::New => {
            let id = keys::new_key(&config.key_file)?;
            writeln!(out(), "{id} is now the current key; run `casevault keys rotate` to re-wrap existing documents under it")?;
            Ok(())
        }
        KeysCommand::Ls { json } => {
            let ring = keys::load_ring(&config.key_file)?;
            let cat = open_catalog(config)?;
            let usage = keys::usage(&ring, &cat)?;
            let mut out = out();
            if json {
                for k in usage {
                    writeln!(out, "{}", serde_json::to_string(&k)?)?;
                }
            } else {
                let rows: Vec<Vec<String>> = usage
                    .iter()
                    .map(|k| {
                        vec![
                            k.id.clone(),
                            k.created.clone(),
                            k.status.clone(),
                            if k.current {
                                "yes".into()
                            } else {
                                String::new()
                            },
                            k.documents.to_string(),
                            k.records.to_string(),
                        ]
                    })
                    .collect();
                print_table(
                    &mut out,
                    &["id", "created", "status", "current", "documents", "records"],
                    &rows,
                )?;
            }
            Ok(())
        }
        KeysCommand::Rotate { limit, retire_old } => {
            keys::load_ring(&config.key_file)?;
            let cat = open_catalog(config)?;
            let rt = runtime()?;
            rt.block_on(async {
                let sink = Sink::open(config).await?;
                let report = keys::rotate(&cat, &sink, limit).await?;
                writeln!(
                    out(),
                    "re-wrapped {} document(s) and {} other envelope(s) under {}; {} still to do",
                    report.documents,
                    report.records,
                    sink.key_wrapper().current_key_id(),
                    report.remaining
                )?;
                if report.remaining > 0 {
                    if retire_old {
                        bail!("not retiring old keys: {} envelope(s) still use them; run `casevault keys rotate` again", report.remaining);
                    }
                    return Ok(());
                }
                if retire_old {
                    for id in keys::retire_unused(&config.key_file, &cat, &sink).await? {
                        writeln!(out(), "retired {id}")?;
                    }
                }
                anyhow::Ok(())
            })
        }
        KeysCommand::Retire { key_id } => {
            keys::load_ring(&config.key_file)?;
            let cat = open_catalog(config)?;
            let rt = runtime()?;
            rt.block_on(async {
                let sink = Sink::open(config).await?;
                keys::retire(&config.key_file, &cat, &sink, &key_id).await?;
                writeln!(out(), "retired {key_id}: its material is destroyed")?;
                anyhow::Ok(())
            })
        }
    }
}

fn retention_text(d: &catalog::DocumentRow) -> String {
    if let Some(u) = &d.retention_until {
        u.clone()
    } else if let Some(p) = &d.retention_pending {
        format!("pending: {p}")
    } else if d.retention_permanent {
        "permanent".into()
    } else {
        "unknown".into()
    }
}

fn open_catalog(config: &Config) -> Result<Catalog> {
    Ok(Catalog::open(&config.catalog)?)
}

fn runtime() -> Result<tokio::runtime::Runtime> {
    Ok(tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?)
}

fn cmd_import_tree(
    config: Config,
    dir: &Path,
    map: &Path,
    pipeline: &str,
    dry_run: bool,
    report: Option<PathBuf>,
    quiet: bool,
) -> Result<()> {
    use casevault::import_tree::{self, Mapping, Progress, TreeOptions};
    let file = pipeline::definition::resolve(pipeline);
    let mut plan = RawPipeline::load(&file)?.validate(&file, None)?;
    let mapping = Mapping::load(map, &config.case_number)?;
    let schedules = ScheduleSet::load_dir(&config.schedules_dir)?;
    plan.fit(
        &config.home,
        &schedules,
        &config.default_schedule,
        &config.schedules_dir,
    )?;
    let catalog = Arc::new(open_catalog(&config)?);
    let report = report.unwrap_or_else(|| import_tree::default_report(&config.home, dry_run));
    let opts = TreeOptions {
        root: dir.to_path_buf(),
        dry_run,
        report,
        progress: if quiet {
            Progress::Quiet
        } else {
            Progress::Auto
        },
    };
    let rt = runtime()?;
    rt.block_on(async move {
        // A dry run touches neither the store nor the key file: it never files anything, so it
        // gets a throwaway in-memory store and a throwaway key.
        let scratch = tempfile::tempdir()?;
        let sink = if dry_run {
            let ring = casevault::seal::KeyRing::create(scratch.path().join("keys.toml"))?;
            let store = casevault::store::open("memory://", &Default::default()).await?;
            Sink::new(store, Arc::new(ring))
        } else {
            Sink::open(&config).await?
        };
        let ctx = Arc::new(Context {
            config,
            catalog,
            sink,
            schedules,
        });
        let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
        tokio::spawn(async move {
            if tokio::signal::ctrl_c().await.is_ok() {
                eprintln!("casevault: stopping after the files in flight (run the same command again to carry on)");
                let _ = stop_tx.send(true);
                if tokio::signal::ctrl_c().await.is_ok() {
                    std::process::exit(130);
                }
            }
        });
        let after = ctx.clone();
        let s = import_tree::import_tree(ctx, plan, mapping, opts, stop_rx).await?;
        if !dry_run {
            if let Err(e) = after.sink.mirror_records(&after.catalog).await {
                tracing::warn!(error = %e, "cases, holds and destruction records not mirrored to the store; the next command that changes them will");
            }
        }
        eprintln!(
            "{}{} files, {} pages, {:.1} MB: {} {}, {} duplicates, {} already filed, {} {}, {} unreadable or skipped, {} to retry. Report: {}",
            if s.interrupted { "interrupted after " } else { "" },
            s.files,
            s.pages,
            s.bytes as f64 / 1_000_000.0,
            s.stored,
            if dry_run { "would be stored" } else { "stored" },
            s.duplicates,
            s.already_filed,
            s.quarantined,
            if dry_run { "would be quarantined" } else { "quarantined" },
            s.unreadable,
            s.retry_later,
            s.report.display()
        );
        if s.interrupted {
            std::process::exit(130);
        }
        if s.retry_later > 0 {
            return Err(ToRetry(s.retry_later).into());
        }
        anyhow::Ok(())
    })
}

/// An inbox named on the command line must be a folder that is there: a mistyped one would
/// otherwise be created empty, and the run would report nothing as if nothing had arrived.
/// (The path is the operator's own, echoed back to them; it is not logged.)
fn check_inbox(path: &Path) -> Result<()> {
    match std::fs::metadata(path) {
        Ok(m) if m.is_dir() => Ok(()),
        Ok(_) => bail!(
            "inbox {} is not a folder: --inbox takes the folder the documents arrive in",
            path.display()
        ),
        Err(e) if e.kind() == io::ErrorKind::NotFound => bail!(
            "inbox {} does not exist: check the path (an inbox given with --inbox is not created)",
            path.display()
        ),
        Err(e) => Err(e).with_context(|| format!("cannot use inbox {}", path.display())),
    }
}

fn cmd_run(
    config: Config,
    pipeline: &str,
    once: bool,
    inbox: Option<&Path>,
    json: bool,
) -> Result<()> {
    let file = pipeline::definition::resolve(pipeline);
    let mut plan = RawPipeline::load(&file)?.validate(&file, inbox)?;
    if plan.source_kind == pipeline::definition::SourceKind::Tree {
        bail!(
            "pipeline {} imports a tree: run `casevault import-tree DIR --map MAPPING --pipeline {pipeline}`",
            plan.name
        );
    }
    if inbox.is_some() {
        check_inbox(&plan.inbox)?;
    }
    let schedules = ScheduleSet::load_dir(&config.schedules_dir)?;
    plan.fit(
        &config.home,
        &schedules,
        &config.default_schedule,
        &config.schedules_dir,
    )?;
    let catalog = Arc::new(open_catalog(&config)?);
    let rt = runtime()?;
    rt.block_on(async move {
        let sink = Sink::open(&config).await?;
        let ctx = Arc::new(Context {
            config,
            catalog,
            sink,
            schedules,
        });
        let after = ctx.clone();
        let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
        let stop = stop_tx.clone();
        tokio::spawn(async move {
            if tokio::signal::ctrl_c().await.is_ok() {
                eprintln!("casevault: stopping after the documents in flight (Ctrl-C again to abort)");
                let _ = stop_tx.send(true);
                if tokio::signal::ctrl_c().await.is_ok() {
                    std::process::exit(130);
                }
            }
        });
        let watching = !once;
        if watching {
            eprintln!("casevault: watching {} (Ctrl-C to stop)", plan.inbox.display());
        }
        let summary = pipeline::run(plan, ctx, RunOptions { once }, stop_rx, |row| {
            let printed = if json {
                writeln!(out(), "{}", serde_json::to_string(row).expect("row serialises"))
            } else if watching {
                writeln!(out(), "{}\t{}\t{}\t{}\t{}", row.input, outcome_with_reason(row), row.folder, row.name, row.retention)
            } else {
                Ok(())
            };
            // Nobody reads the report any more (`run ... | head`), or it cannot be written:
            // stop as on Ctrl-C, after the documents in flight (the rest stay in the inbox).
            if let Err(e) = &printed {
                tracing::warn!(error = %e, "cannot print the report; stopping after the documents in flight");
            }
            if (printed.is_err() || STDOUT_GONE.load(Ordering::Relaxed)) && !*stop.borrow() {
                let _ = stop.send(true);
            }
        })
        .await?;
        if let Err(e) = after.sink.mirror_records(&after.catalog).await {
            tracing::warn!(error = %e, "cases, holds and destruction records not mirrored to the store; the next command that changes them will");
        }
        if !json && !watching {
            let mut rows: Vec<Vec<String>> = summary
                .rows
                .iter()
                .map(|r| {
                    vec![r.input.clone(), outcome_with_reason(r), r.folder.clone(), r.name.clone(), r.retention.clone()]
                })
                .collect();
            rows.sort();
            let mut out = out();
            print_table(&mut out, &["input", "outcome", "folder", "name", "retain until"], &rows)?;
        }
        eprintln!(
            "{} stored, {} duplicates, {} superseded, {} quarantined, {} to retry, {} unreadable",
            summary.stored,
            summary.duplicates,
            summary.superseded,
            summary.quarantined,
            summary.retry_later,
            summary.unreadable
        );
        if summary.retry_later > 0 {
            return Err(ToRetry(summary.retry_later).into());
        }
        anyhow::Ok(())
    })
}

/// A report row's outcome as a person reads it: "quarantined (illegible)", not a bare
/// "quarantined" that leaves them to look up why.
fn outcome_with_reason(row: &pipeline::ReportRow) -> String {
    if row.reason.is_empty() {
        row.outcome.to_string()
    } else {
        format!("{} ({})", row.outcome, row.reason)
    }
}

fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
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

fn print_table(out: &mut impl Write, header: &[&str], rows: &[Vec<String>]) -> Result<()> {
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
