//! Commands that change cases: `import-cases`, `case close|reopen`, `hold`. Each is one call of
//! [`casevault::operations`] (which writes the contact log, recomputes the dates that move and
//! mirrors the records to the store); this file reads the arguments and prints.

use super::*;

/// Opens what an operation needs (the store first: a store that cannot be reached stops the
/// command before the catalog changes) and runs `op` on it.
pub(super) fn with_records<T>(
    config: &Config,
    op: impl AsyncFnOnce(&operations::Records<'_>) -> Result<T, operations::OperationError>,
) -> Result<T> {
    let schedules = ScheduleSet::load_dir(&config.schedules_dir)?;
    runtime()?.block_on(async {
        let sink = Sink::open(config).await?;
        let catalog = open_catalog(config)?;
        let records = operations::Records {
            catalog: &catalog,
            sink: &sink,
            schedules: &schedules,
            actor: actor(),
        };
        Ok(op(&records).await?)
    })
}

/// Prints the retention dates an operation moved.
fn print_moved(moved: &[operations::Recomputed]) -> Result<()> {
    let mut out = out();
    for m in moved {
        let n = &m.case_number;
        for c in &m.changes {
            writeln!(
                out,
                "{n} {}: {} -> {} ({})",
                c.document_id, c.before, c.after, c.rule
            )?;
        }
        writeln!(out, "{n}: {} document date(s) recomputed", m.changes.len())?;
    }
    Ok(())
}

/// `casevault import-cases`.
pub(super) fn cmd_import_cases(config: Config, csv: PathBuf) -> Result<()> {
    // Read (and check) the list first: a file that is not a case list changes nothing.
    let cases = catalog::cases::read_case_list(&csv, &config.case_number)?;
    let (report, moved) = with_records(&config, async |r| r.import_cases(&cases).await)?;
    for ch in &report.changes {
        if let catalog::CaseChange::Updated { case_number, what } = ch {
            writeln!(out(), "updated {case_number}: {}", what.join("; "))?;
        }
    }
    print_moved(&moved)?;
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

/// `casevault case close|reopen`.
pub(super) fn cmd_case(config: Config, command: CaseCommand) -> Result<()> {
    let (number, closed_on) = match command {
        CaseCommand::Close { case_number, on } => (case_number, Some(on)),
        CaseCommand::Reopen { case_number } => (case_number, None),
        CaseCommand::Allocate {
            case_number,
            user_or_group,
        } => {
            with_records(&config, async |r| {
                r.allocate(&case_number, &user_or_group, true).await
            })?;
            writeln!(out(), "{user_or_group} allocated to {case_number}")?;
            return Ok(());
        }
        CaseCommand::Deallocate {
            case_number,
            user_or_group,
        } => {
            let was = with_records(&config, async |r| {
                r.allocate(&case_number, &user_or_group, false).await
            })?;
            if !was {
                bail!("{user_or_group} was not allocated to {case_number}");
            }
            writeln!(
                out(),
                "{user_or_group} no longer allocated to {case_number}"
            )?;
            return Ok(());
        }
        CaseCommand::Grant { case_number, user } => {
            with_records(&config, async |r| {
                r.shield_access(&case_number, &user, true).await
            })?;
            writeln!(out(), "{user} may see {case_number} while it is shielded")?;
            return Ok(());
        }
        CaseCommand::Revoke { case_number, user } => {
            with_records(&config, async |r| {
                r.shield_access(&case_number, &user, false).await
            })?;
            writeln!(out(), "{user} is off the access list of {case_number}")?;
            return Ok(());
        }
        CaseCommand::People { case_number, json } => {
            let cat = open_catalog(&config)?;
            let (allocations, list) = casevault::people::case_people(&cat, actor(), &case_number)?;
            let mut out = out();
            if json {
                writeln!(
                    out,
                    "{}",
                    serde_json::json!({"allocated": allocations, "access_list": list})
                )?;
            } else {
                for a in allocations {
                    writeln!(
                        out,
                        "allocated    {}  ({}, {})",
                        a.principal, a.source, a.at
                    )?;
                }
                for l in list {
                    writeln!(
                        out,
                        "access list  {}  (granted by {}, {})",
                        l.user_name, l.granted_by, l.at
                    )?;
                }
            }
            return Ok(());
        }
        CaseCommand::Shield { case_number } => return cmd_shield(&config, &case_number, true),
        CaseCommand::Unshield { case_number } => return cmd_shield(&config, &case_number, false),
    };
    let moved = with_records(&config, async |r| {
        r.set_case_closed(&number, closed_on).await
    })?;
    print_moved(&[moved])
}

/// `casevault case shield|unshield`.
fn cmd_shield(config: &Config, number: &str, on: bool) -> Result<()> {
    let r = with_records(config, async |r| r.set_shielded(number, on).await)?;
    writeln!(
        out(),
        "{number}: {} document(s) {}, {} re-wrapped now",
        r.documents,
        if on {
            "under the case's own key"
        } else {
            "under the key ring's key; the case's own key is destroyed"
        },
        r.rewrapped
    )?;
    Ok(())
}

/// `casevault hold set|lift|extend|ls`.
pub(super) fn cmd_hold(config: Config, command: HoldCommand) -> Result<()> {
    let scope = |case: Option<String>, global: bool| {
        if global {
            operations::HoldScope::Global
        } else {
            operations::HoldScope::Case(case.expect("clap requires it"))
        }
    };
    match command {
        HoldCommand::Set {
            case,
            global,
            reason,
        } => {
            let scope = scope(case, global);
            with_records(&config, async |r| r.set_hold(&scope, &reason).await)?;
            writeln!(out(), "hold set on {}", scope.as_str())?;
        }
        HoldCommand::Lift { case, global } => {
            let scope = scope(case, global);
            let n = with_records(&config, async |r| r.lift_holds(&scope).await)?;
            writeln!(out(), "{n} hold(s) lifted on {}", scope.as_str())?;
        }
        HoldCommand::Extend {
            case,
            until,
            reason,
        } => {
            let moved = with_records(&config, async |r| r.extend(&case, until, &reason).await)?;
            print_moved(&[moved])?;
        }
        HoldCommand::Ls { all, json } => {
            let cat = open_catalog(&config)?;
            let mut out = out();
            let holds = access::Session {
                catalog: &cat,
                actor: actor(),
            }
            .holds(all)?;
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
        }
    }
    Ok(())
}
