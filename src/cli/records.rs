//! Retention and destruction: `retention`, `dispose`, `audit`.

use super::*;

/// `casevault retention`.
pub(super) fn cmd_retention(config: Config, command: RetentionCommand) -> Result<()> {
    let schedules = ScheduleSet::load_dir(&config.schedules_dir)?;
    match command {
        RetentionCommand::Eval => {
            actor().require(access::Op::RetentionEval)?;
            let stdin = std::io::stdin().lock();
            schedules.eval_json_lines(stdin, out_until_closed())?;
            Ok(())
        }
        RetentionCommand::Explain { doc_id } => {
            let cat = open_catalog(&config)?;
            let row = super::documents::session(&cat).document(&doc_id)?;
            let Some(case) = cat.case(&row.case_number)? else {
                bail!("case {} is no longer in the case list", row.case_number);
            };
            let folder = casevault::document::Folder::parse(&row.folder)
                .with_context(|| format!("unknown folder {}", row.folder))?;
            let received = chrono::DateTime::parse_from_rfc3339(&row.received_at)?.date_naive();
            let record_class = cat.record_class(&row.id)?;
            let facts = casevault::stages::retention::facts_for(
                &case,
                folder,
                received,
                record_class.as_deref(),
            );
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

/// `casevault dispose`.
pub(super) fn cmd_dispose(
    config: Config,
    execute: bool,
    today: Option<chrono::NaiveDate>,
    json: bool,
) -> Result<()> {
    let today = today.unwrap_or_else(|| chrono::Local::now().date_naive());
    let report = super::cases::with_records(&config, async |r| r.dispose(today, execute).await)?;
    print_disposal(&report, today, execute, json)?;
    if report.needs_two {
        eprintln!(
            "two-person disposal is on: nothing new was destroyed. Approve with `casevault dispose \
             --approve`; a second records manager confirms with `casevault dispose --confirm N`"
        );
    }
    Ok(())
}

/// `casevault dispose --approve`: the first of two records managers.
pub(super) fn cmd_dispose_approve(
    config: Config,
    today: Option<chrono::NaiveDate>,
    json: bool,
) -> Result<()> {
    let today = today.unwrap_or_else(|| chrono::Local::now().date_naive());
    let (id, report) =
        super::cases::with_records(&config, async |r| r.approve_disposal(today).await)?;
    print_disposal(&report, today, false, json)?;
    eprintln!(
        "approval {id}: {} document(s) due on {today} and not held; nothing is destroyed until \
         a second records manager runs `casevault dispose --confirm {id}`",
        report.due.iter().filter(|d| d.held_by.is_none()).count()
    );
    Ok(())
}

/// `casevault dispose --confirm N`: the second records manager; the destruction runs.
pub(super) fn cmd_dispose_confirm(
    config: Config,
    approval: i64,
    today: Option<chrono::NaiveDate>,
    json: bool,
) -> Result<()> {
    let today = today.unwrap_or_else(|| chrono::Local::now().date_naive());
    let report =
        super::cases::with_records(&config, async |r| r.confirm_disposal(approval, today).await)?;
    print_disposal(&report, today, true, json)
}

/// `casevault dispose --withdraw N`.
pub(super) fn cmd_dispose_withdraw(config: Config, approval: i64) -> Result<()> {
    super::cases::with_records(&config, async |r| r.withdraw_disposal(approval))?;
    writeln!(out(), "approval {approval} withdrawn")?;
    Ok(())
}

fn print_disposal(
    report: &casevault::records::DisposalReport,
    today: chrono::NaiveDate,
    execute: bool,
    json: bool,
) -> Result<()> {
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
    if !report.finished.is_empty() {
        eprintln!(
            "{} destruction(s) begun earlier {}",
            report.finished.len(),
            if execute {
                "finished"
            } else {
                "not yet finished (--execute finishes them)"
            }
        );
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

/// `casevault audit`.
pub(super) fn cmd_audit(config: Config, command: AuditCommand) -> Result<()> {
    actor().require(access::Op::Audit)?;
    let cat = open_catalog(&config)?;
    match command {
        AuditCommand::Verify => {
            // The chain is keyed: checking it needs the key ring, and the anchor needs the store.
            let (key, anchor) = runtime()?.block_on(async {
                let sink = Sink::open(&config).await?;
                anyhow::Ok((sink.chain_key()?, sink.read_anchor().await?))
            })?;
            let broken = match cat.verify_destruction_log(&key)? {
                Some(b) => Some(b),
                None => cat.check_destruction_anchor(&key, anchor.as_ref())?,
            };
            match broken {
                None => {
                    writeln!(
                        out(),
                        "destruction record intact: {} record(s), anchored in the store",
                        cat.destruction_log()?.len()
                    )?;
                    Ok(())
                }
                Some(b) => bail!("destruction record broken at record {}: {}", b.seq, b.why),
            }
        }
        AuditCommand::Ls => {
            let mut out = out();
            for r in cat.destruction_log()? {
                writeln!(out, "{}", serde_json::to_string(&r)?)?;
            }
            Ok(())
        }
    }
}
