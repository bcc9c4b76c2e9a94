//! `keys`: key-encryption keys (init, export, import, new, list, rotate, retire); key material and
//! passphrases are never printed.

use super::*;

/// The backup passphrase: from `CASEVAULT_KEY_PASSPHRASE`, else asked on the terminal (twice when
/// making a backup). Never echoed, never printed.
fn passphrase(confirm: bool) -> Result<age::secrecy::SecretString> {
    if let Ok(p) = std::env::var("CASEVAULT_KEY_PASSPHRASE") {
        return Ok(p.into());
    }
    if !std::io::IsTerminal::is_terminal(&std::io::stdin()) {
        bail!("no passphrase: set CASEVAULT_KEY_PASSPHRASE, or run this on a terminal to be asked for it");
    }
    let first = zeroize::Zeroizing::new(rpassword::prompt_password("backup passphrase: ")?);
    if confirm {
        let again = zeroize::Zeroizing::new(rpassword::prompt_password("again: ")?);
        if *again != *first {
            bail!("the two passphrases differ; nothing was written");
        }
    }
    Ok(first.as_str().into())
}

pub(super) fn cmd_keys(config: &Config, command: KeysCommand) -> Result<()> {
    use casevault::keys;
    // The key ring is the administrators' (issue 13); while there are no users, the installing
    // account holds it (`keys init`, `keys import`, `keys export`).
    actor().require(access::Op::Keys)?;
    match command {
        KeysCommand::Init { force } => {
            let id = runtime()?.block_on(keys::init(config, force))?;
            writeln!(
                out(),
                "made the key ring {} (current key {id}); keep a backup: `casevault keys export FILE`",
                config.key_file.display()
            )?;
            Ok(())
        }
        KeysCommand::Export { file } => {
            keys::load_ring(&config.key_file)?;
            keys::export(&config.key_file, &file, passphrase(true)?)?;
            writeln!(
                out(),
                "wrote {}: keep it apart from the store and the catalog, and the passphrase apart from it",
                file.display()
            )?;
            Ok(())
        }
        KeysCommand::Import { file } => {
            match keys::import(&config.key_file, &file, passphrase(false)?)? {
                keys::Imported::Restored => writeln!(
                    out(),
                    "restored the key ring to {}",
                    config.key_file.display()
                )?,
                keys::Imported::AlreadyInPlace => writeln!(
                    out(),
                    "{} already holds this key ring; nothing changed",
                    config.key_file.display()
                )?,
            }
            Ok(())
        }
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
                            if k.case_key {
                                "case".into()
                            } else {
                                "ring".into()
                            },
                            k.documents.to_string(),
                            k.records.to_string(),
                        ]
                    })
                    .collect();
                print_table(
                    &mut out,
                    &[
                        "id",
                        "created",
                        "status",
                        "current",
                        "kind",
                        "documents",
                        "records",
                    ],
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
                    "re-wrapped {} document(s) and {} other envelope(s) under {} (a shielded case's documents under its own key); {} still to do",
                    report.documents,
                    report.records,
                    sink.key_wrapper().current_key_id(),
                    report.remaining
                )?;
                if report.case_keys_replaced + report.shields_settled > 0 {
                    writeln!(
                        out(),
                        "{} shielded case(s) given a fresh key of their own; {} shielding(s) or lift(s) left unfinished are finished",
                        report.case_keys_replaced, report.shields_settled
                    )?;
                }
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
