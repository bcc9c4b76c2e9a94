//! Commands that read what is stored: `ls`, `get`, `quarantine`, `log`, `verify`, `catalog`.

use super::*;

/// `casevault ls`.
pub(super) fn cmd_ls(config: Config, case: Option<String>, json: bool) -> Result<()> {
    let cat = open_catalog(&config)?;
    let docs = session(&cat).documents(case.as_deref())?;
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
                    d.retention_text(),
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

/// `casevault search`.
pub(super) fn cmd_search(
    config: Config,
    words: &str,
    filter: casevault::access::SearchFilter,
    json: bool,
) -> Result<()> {
    let cat = open_catalog(&config)?;
    let found = session(&cat).search(words, &filter, 500)?;
    let mut out = out();
    if json {
        for f in &found {
            let v = serde_json::json!({
                "id": f.document.id, "case_number": f.document.case_number,
                "folder": f.document.folder, "name": f.document.name,
                "received_at": f.document.received_at, "snippet": f.snippet,
            });
            writeln!(out, "{v}")?;
        }
    } else {
        let rows: Vec<Vec<String>> = found
            .iter()
            .map(|f| {
                let d = &f.document;
                vec![
                    d.id[..12.min(d.id.len())].to_string(),
                    d.case_number.clone(),
                    d.folder.clone(),
                    d.name.clone(),
                    f.snippet.clone().unwrap_or_default().replace('\n', " "),
                ]
            })
            .collect();
        print_table(
            &mut out,
            &["id", "case", "folder", "name", "matched"],
            &rows,
        )?;
    }
    Ok(())
}

/// `casevault get`.
pub(super) fn cmd_get(
    config: Config,
    doc_id: String,
    output: PathBuf,
    reason: Option<String>,
) -> Result<()> {
    let cat = open_catalog(&config)?;
    let rt = runtime()?;
    let pdf = rt.block_on(async {
        let sink = Sink::open(&config).await?;
        anyhow::Ok(
            session(&cat)
                .read_document(&sink, &doc_id, reason.as_deref())
                .await?,
        )
    })?;
    write_private(&output, &pdf)?;
    eprintln!("wrote {} ({} bytes)", output.display(), pdf.len());
    Ok(())
}

/// `casevault quarantine ls`.
pub(super) fn cmd_quarantine(config: Config, json: bool) -> Result<()> {
    let cat = open_catalog(&config)?;
    let rows = session(&cat).quarantine()?;
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
                    q.id.to_string(),
                    q.at.clone(),
                    q.original_name.clone(),
                    q.reason.clone(),
                    q.detail.clone(),
                ]
            })
            .collect();
        print_table(&mut out, &["item", "when", "file", "reason", "detail"], &t)?;
    }
    Ok(())
}

/// `casevault quarantine file ITEM --case N --folder F`.
pub(super) fn cmd_quarantine_file(config: Config, d: casevault::review::Decide) -> Result<()> {
    let cat = open_catalog(&config)?;
    let done = casevault::review::decide(&cat, actor(), &config, &d)?;
    writeln!(
        out(),
        "item {} decided; its file is back in {} and is filed as decided on the next run",
        done.item,
        done.moved_to.parent().unwrap_or(&done.moved_to).display()
    )?;
    Ok(())
}

/// `casevault route train` and `casevault route eval`.
pub(super) fn cmd_route(config: Config, command: super::args::RouteCommand) -> Result<()> {
    use super::args::RouteCommand;
    use casevault::stages::routing::Rules;
    let mut out = out();
    match command {
        RouteCommand::Train { rules } => {
            let rules = Rules::load(&rules)?;
            let cat = open_catalog(&config)?;
            let r = casevault::review::train(&cat, actor(), &rules)?;
            writeln!(
                out,
                "routing model {} trained on {} examples ({} from people's decisions), {} classes, temperature {:.2}",
                r.version, r.examples, r.person_examples, r.classes, r.temperature
            )?;
        }
        RouteCommand::Eval {
            set,
            rules,
            json,
            mistakes,
            reviewed,
            compare,
        } => {
            // The shipped examples only: an evaluation reads no catalog and no one's decisions,
            // so its figures are the same on every machine.
            let rules = Rules::load(&rules)?;
            let examples: Vec<_> = rules
                .training_set()
                .map_err(anyhow::Error::msg)?
                .into_iter()
                .map(|e| (e, 1.0))
                .collect();
            let rules = if rules.model_settings.is_some() {
                let model = casevault::stages::classify::train(&rules.kinds, &examples)
                    .map_err(anyhow::Error::msg)?;
                rules.with_model(std::sync::Arc::new(model))
            } else {
                rules
            };
            let set =
                casevault::stages::classify::load_examples(&set).map_err(anyhow::Error::msg)?;
            let r = casevault::review::evaluate(&rules, &set)?;
            if compare && !json {
                for (what, alone) in [
                    ("rules alone", rules.without_model()),
                    ("model alone", rules.model_only()),
                ] {
                    let a = casevault::review::evaluate(&alone, &set)?;
                    writeln!(
                        out,
                        "{what}: {:.1}% filed automatically, {:.1}% of filed in the right folder, {} of {} nobody could place filed",
                        100.0 * a.automatic(),
                        100.0 * a.precision(),
                        a.unplaceable_filed,
                        a.unplaceable
                    )?;
                }
            }
            if json {
                writeln!(out, "{}", serde_json::to_string(&r)?)?;
                return Ok(());
            }
            let t: Vec<Vec<String>> = r
                .folders
                .iter()
                .map(|f| {
                    vec![
                        f.folder.clone(),
                        f.documents.to_string(),
                        f.filed.to_string(),
                        format!("{:.1}%", 100.0 * f.precision()),
                        format!("{:.1}%", 100.0 * f.recall()),
                    ]
                })
                .collect();
            print_table(
                &mut out,
                &["folder", "documents", "filed", "precision", "recall"],
                &t,
            )?;
            writeln!(
                out,
                "{} documents: {} a person would file, {} filed automatically ({:.1}%), {} to review; {:.1}% of filed in the right folder; names from content right for {} of {} rightly filed",
                r.documents,
                r.placeable,
                r.filed,
                100.0 * r.automatic(),
                r.placeable - r.filed,
                100.0 * r.precision(),
                r.named_right,
                r.filed_right,
            )?;
            writeln!(
                out,
                "{} nobody could place: {} filed all the same; record class found for {} of {} ({} wrong)",
                r.unplaceable, r.unplaceable_filed, r.class_right, r.classed, r.class_wrong
            )?;
            for l in &r.languages {
                writeln!(
                    out,
                    "language {}: {} a person would file, {:.1}% filed automatically, {:.1}% of filed in the right folder",
                    l.language,
                    l.placeable,
                    100.0 * l.automatic(),
                    100.0 * l.precision()
                )?;
            }
            if mistakes {
                for (id, truth, filed, by) in &r.mistakes {
                    writeln!(out, "  {id}: belongs in {truth}, filed in {filed} by {by}")?;
                }
            }
            if reviewed {
                for (id, truth, why) in &r.reviewed {
                    writeln!(out, "  {id}: belongs in {truth}, sent to review: {why}")?;
                }
            }
        }
    }
    Ok(())
}

/// `casevault catalog rebuild`.
pub(super) fn cmd_catalog_rebuild(config: Config) -> Result<()> {
    let cat = open_catalog(&config)?;
    let rt = runtime()?;
    let report = rt.block_on(async {
        let sink = Sink::open(&config).await?;
        anyhow::Ok(casevault::rebuild::rebuild(&cat, &sink, actor()).await?)
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
    print_index_report(&report.index)?;
    Ok(())
}

/// `casevault catalog reindex`.
pub(super) fn cmd_catalog_reindex(config: Config) -> Result<()> {
    let cat = open_catalog(&config)?;
    let rt = runtime()?;
    let report = rt.block_on(async {
        let sink = Sink::open(&config).await?;
        anyhow::Ok(casevault::reindex::reindex(&cat, &sink, actor()).await?)
    })?;
    print_index_report(&report)
}

fn print_index_report(report: &casevault::reindex::ReindexReport) -> Result<()> {
    for (id, why) in &report.unreadable {
        eprintln!("not indexed: document {id}: {why}");
    }
    writeln!(
        out(),
        "search index: {} document(s) indexed, {} without text, {} of shielded cases left out, {} unreadable",
        report.indexed,
        report.without_text,
        report.shielded,
        report.unreadable.len()
    )?;
    Ok(())
}

/// `casevault verify`.
pub(super) fn cmd_verify(config: Config, json: bool) -> Result<()> {
    let cat = open_catalog(&config)?;
    let rt = runtime()?;
    let report = rt.block_on(async {
        let sink = Sink::open(&config).await?;
        anyhow::Ok(casevault::verify::verify(&cat, &sink, actor()).await?)
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

/// `casevault log`.
pub(super) fn cmd_log(
    config: Config,
    case: Option<String>,
    user: Option<String>,
    json: bool,
) -> Result<()> {
    let cat = open_catalog(&config)?;
    let mut out = out();
    for e in session(&cat).contact_log(case.as_deref(), user.as_deref())? {
        if json {
            writeln!(out, "{}", serde_json::to_string(&e)?)?;
        } else {
            writeln!(
                out,
                "{}  {:<11} {:<14} {:<18} {}",
                e.at,
                e.case_number.unwrap_or_default(),
                e.user.unwrap_or_default(),
                e.action,
                e.detail
            )?;
        }
    }
    Ok(())
}

/// The acting user's reads of the catalog, each checked by the library.
pub(super) fn session(cat: &Catalog) -> access::Session<'_> {
    access::Session {
        catalog: cat,
        actor: actor(),
    }
}
