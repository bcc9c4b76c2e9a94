//! `run` and `import-tree`: the commands that take documents in.

use super::*;

/// What `import-tree` was asked to do, as the command line said it.
pub(super) struct ImportTree {
    pub dir: PathBuf,
    pub map: PathBuf,
    pub pipeline: String,
    pub dry_run: bool,
    pub report: Option<PathBuf>,
    pub quiet: bool,
    pub shared: Option<casevault::sources::tree::SharedOptions>,
}

pub(super) fn cmd_import_tree(config: Config, args: ImportTree) -> Result<()> {
    let ImportTree {
        dir,
        map,
        pipeline,
        dry_run,
        report,
        quiet,
        shared,
    } = args;
    let (dir, map, pipeline) = (dir.as_path(), map.as_path(), pipeline.as_str());
    use casevault::sources::tree::{self, Mapping, Progress, TreeOptions};
    let file = pipeline::definition::resolve(pipeline);
    let mut plan = RawPipeline::load(&file)?.validate(&file, None)?;
    let mapping = Mapping::load(map, &config.case_number)?;
    let schedules = ScheduleSet::load_dir(&config.schedules_dir)?;
    plan.fit(&config, &schedules)?;
    // A dry run makes no key ring: in a home that has neither ring nor catalog yet, it reads an
    // empty catalog kept in memory.
    let catalog = Arc::new(
        if dry_run && !config.key_file.exists() && !config.catalog_exists() {
            Catalog::in_memory()?
        } else {
            open_catalog(&config)?
        },
    );
    let report = report.unwrap_or_else(|| tree::default_report(&config.home, dry_run));
    let opts = TreeOptions {
        root: dir.to_path_buf(),
        dry_run,
        report,
        progress: if quiet {
            Progress::Quiet
        } else {
            Progress::Auto
        },
        shared,
    };
    let rt = runtime()?;
    rt.block_on(async move {
        // A dry run touches neither the store nor the key file: it never files anything, so it
        // gets a throwaway in-memory store and a throwaway key.
        let scratch = casevault::scratch::tempdir("dry-run-")?;
        let sink = if dry_run {
            let ring = casevault::seal::KeyRing::create(scratch.path().join("keys.toml"))?;
            let store = casevault::store::open("memory://", &Default::default()).await?;
            Sink::new(store, Arc::new(ring))
        } else {
            Sink::open(&config).await?
        };
        let ctx = Arc::new(Context {
            actor: actor().clone(),
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
        let s = tree::import_tree(ctx, plan, mapping, opts, stop_rx).await?;
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
        if let Some(p) = &s.shared {
            eprintln!("{}", import_status_line(p));
        }
        if s.interrupted {
            std::process::exit(130);
        }
        if s.retry_later > 0 {
            return Err(ToRetry(s.retry_later).into());
        }
        anyhow::Ok(())
    })
}

/// `import-status NAME`: a shared import's progress, summed over every worker's batches.
pub(super) fn cmd_import_status(config: Config, name: &str, json: bool) -> Result<()> {
    let catalog = open_catalog(&config)?;
    let Some(import) = catalog.shared_import(name)? else {
        bail!("no shared import named {name:?} in this catalog (`import-tree DIR --map MAPPING --shared {name}` starts one)");
    };
    let progress = catalog.import_progress(name)?;
    if json {
        let value = serde_json::json!({ "import": import, "progress": progress });
        writeln!(out(), "{value}")?;
    } else {
        writeln!(out(), "{}", import_status_line(&progress))?;
        for (outcome, n) in &progress.outcomes {
            writeln!(out(), "  {outcome}: {n}")?;
        }
    }
    Ok(())
}

/// One line on a shared import: files and batches done of all, workers at it now.
fn import_status_line(p: &casevault::catalog::imports::ImportProgress) -> String {
    format!(
        "shared import: {} of {} files done ({:.1} of {:.1} MB), {} of {} batches, {} held by {} worker{} now{}",
        p.files_done,
        p.files,
        p.bytes_done as f64 / 1_000_000.0,
        p.bytes as f64 / 1_000_000.0,
        p.batches_done,
        p.batches,
        p.batches_held,
        p.workers,
        if p.workers == 1 { "" } else { "s" },
        if p.batches_done == p.batches { "; complete" } else { "" }
    )
}

/// An inbox named on the command line must be a folder that is there: a mistyped one would
/// otherwise be created empty, and the run would report nothing as if nothing had arrived.
/// (The path is the operator's own, echoed back to them; it is not logged.)
pub(super) fn check_inbox(path: &Path) -> Result<()> {
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

/// How `run` prints each document.
pub(super) struct Shown {
    /// One JSON object a row.
    pub json: bool,
    /// The human lines, the table and the JSON say file names and canonical names
    /// (`--show-names`).
    pub show_names: bool,
}

/// One row as JSON. Without `--show-names`, the fields that can name a child, a family or a
/// case (the input's name, the case number, the canonical name, and the detail, which may
/// quote a file name) are left out and the row's number in this run stands in for them: a
/// program reading `--json` from a watching run is as likely to end in a log as a person.
fn json_row(n: usize, row: &casevault::pipeline::ReportRow, show_names: bool) -> String {
    let mut value = serde_json::to_value(row).expect("row serialises");
    if !show_names {
        if let Some(fields) = value.as_object_mut() {
            for named in ["input", "case_number", "name", "detail"] {
                fields.remove(named);
            }
            fields.insert("row".into(), n.into());
        }
    }
    value.to_string()
}

/// The columns of one row in the human output. Without `--show-names`, nothing that names a
/// child, a family or a case (the original file name, the canonical name with its case name
/// and number): the row's number in this run, the outcome with its reason code, the folder,
/// the document id (`casevault get`/`ls` find the rest) and the retention date.
fn human_row(n: usize, row: &casevault::pipeline::ReportRow, show_names: bool) -> Vec<String> {
    if show_names {
        vec![
            row.input.clone(),
            outcome_with_reason(row),
            row.folder.clone(),
            row.name.clone(),
            row.retention.clone(),
        ]
    } else {
        vec![
            n.to_string(),
            outcome_with_reason(row),
            row.folder.clone(),
            row.doc_id.clone(),
            row.retention.clone(),
        ]
    }
}

pub(super) fn cmd_run(
    config: Config,
    pipeline: &str,
    once: bool,
    inbox: Option<&Path>,
    shown: Shown,
) -> Result<()> {
    let Shown { json, show_names } = shown;
    let file = pipeline::definition::resolve(pipeline);
    let mut plan = RawPipeline::load(&file)?.validate(&file, inbox)?;
    if plan.source_kind() == pipeline::definition::SourceKind::Tree {
        bail!(
            "pipeline {} imports a tree: run `casevault import-tree DIR --map MAPPING --pipeline {pipeline}`",
            plan.name
        );
    }
    if let Some(inbox) = inbox {
        check_inbox(inbox)?;
    }
    let schedules = ScheduleSet::load_dir(&config.schedules_dir)?;
    plan.fit(&config, &schedules)?;
    let catalog = Arc::new(open_catalog(&config)?);
    let rt = runtime()?;
    rt.block_on(async move {
        let sink = Sink::open(&config).await?;
        let ctx = Arc::new(Context {
            actor: actor().clone(),
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
            if let Some(folder) = plan.folder() {
                eprintln!("casevault: watching {} (Ctrl-C to stop)", folder.inbox.display());
            }
        }
        let mut printed_rows = 0;
        let summary = casevault::sources::run(plan, ctx, RunOptions { once }, stop_rx, |row| {
            printed_rows += 1;
            let printed = if json {
                writeln!(out(), "{}", json_row(printed_rows, row, show_names))
            } else if watching {
                writeln!(out(), "{}", human_row(printed_rows, row, show_names).join("\t"))
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
                .enumerate()
                .map(|(i, r)| human_row(i + 1, r, show_names))
                .collect();
            let header = if show_names {
                // Sorted by input, so that the same inbox reads the same way every time.
                rows.sort();
                ["input", "outcome", "folder", "name", "retain until"]
            } else {
                ["#", "outcome", "folder", "document", "retain until"]
            };
            let mut out = out();
            print_table(&mut out, &header, &rows)?;
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
