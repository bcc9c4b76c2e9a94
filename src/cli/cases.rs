//! Commands that change cases: `import-cases`, `case close|reopen`, `hold`. Each writes its
//! contact-log entries, recomputes the dates that move and mirrors the records to the store.

use super::*;

/// `casevault import-cases`.
pub(super) fn cmd_import_cases(config: Config, csv: PathBuf) -> Result<()> {
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

/// `casevault case`.
pub(super) fn cmd_case(config: Config, command: CaseCommand) -> Result<()> {
    let (number, closed_on, why) = match command {
        CaseCommand::Close { case_number, on } => {
            (case_number, Some(on), format!("case closed on {on}"))
        }
        CaseCommand::Reopen { case_number } => (case_number, None, "case reopened".to_string()),
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

/// `casevault hold`.
pub(super) fn cmd_hold(config: Config, command: HoldCommand) -> Result<()> {
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
