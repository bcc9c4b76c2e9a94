//! `export sar`, `export review` and `verify-export`: the command line over [`casevault::export`].

use super::*;

use casevault::export::{review, sar};

/// A passphrase from the environment variable the user named (never from the command line,
/// where other users of the machine could read it).
fn passphrase_from(var: &str) -> Result<age::secrecy::SecretString> {
    match std::env::var(var) {
        Ok(p) if !p.is_empty() => Ok(p.into()),
        _ => {
            bail!("the environment variable {var} is not set (or empty): put the passphrase in it")
        }
    }
}

pub(super) fn cmd_export(config: Config, command: ExportCommand) -> Result<()> {
    match command {
        ExportCommand::Sar {
            case,
            subject,
            out: file,
        } => {
            let schedules = ScheduleSet::load_dir(&config.schedules_dir)?;
            let cat = open_catalog(&config)?;
            let report = runtime()?.block_on(async {
                let sink = Sink::open(&config).await?;
                let request = sar::Request {
                    case_number: &case,
                    subject: subject.as_deref(),
                };
                anyhow::Ok(sar::export(&cat, &sink, &schedules, &request, actor(), &file).await?)
            })?;
            writeln!(
                out(),
                "wrote {}: {} document(s) included, {} page(s) with the {}-page index; {} withheld; SHA-256 {}",
                file.display(),
                report.included.len(),
                report.pages,
                report.index_pages,
                report.withheld_documents(),
                report.sha256
            )?;
            eprintln!(
                "review it before release: the index says what was withheld and what to redact"
            );
            Ok(())
        }
        ExportCommand::Review {
            case,
            out: file,
            passphrase_env,
            recipient,
        } => {
            let sealing = match passphrase_env {
                Some(var) => review::Sealing::Passphrase(passphrase_from(&var)?),
                None => review::Sealing::Recipients(
                    recipient
                        .iter()
                        .map(|r| review::recipient(r))
                        .collect::<Result<_, _>>()?,
                ),
            };
            let file = if file.is_dir() {
                file.join(format!(
                    "review-{case}-{}.tar.age",
                    chrono::Utc::now().format("%Y-%m-%d")
                ))
            } else {
                file
            };
            let cat = open_catalog(&config)?;
            let report = runtime()?.block_on(async {
                let sink = Sink::open(&config).await?;
                anyhow::Ok(review::export(&cat, &sink, &case, sealing, actor(), &file).await?)
            })?;
            writeln!(
                out(),
                "wrote {}: {} document(s), {} file(s), made {}; SHA-256 {}",
                file.display(),
                report.documents,
                report.files,
                report.made_at,
                report.sha256
            )?;
            eprintln!("keep the key apart from the copy; check it with `casevault verify-export`");
            Ok(())
        }
    }
}

/// `casevault verify-export`: needs no configuration, home folder or key ring.
pub(super) fn cmd_verify_export(
    file: &Path,
    passphrase_env: Option<&str>,
    identity: Option<&Path>,
) -> Result<()> {
    let opening = match (passphrase_env, identity) {
        (Some(var), _) => review::Opening::Passphrase(passphrase_from(var)?),
        (None, Some(path)) => review::identities(path)?,
        (None, None) => bail!("give --passphrase-env VAR or --identity FILE"),
    };
    let report = review::verify(file, &opening)?;
    writeln!(
        out(),
        "OK: {} document(s) and {} file(s) of case {}, made {}, all match the manifest; SHA-256 {}",
        report.documents,
        report.files,
        report.case_number,
        report.made_at,
        report.sha256
    )?;
    Ok(())
}
