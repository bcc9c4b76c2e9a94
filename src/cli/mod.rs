//! The `casevault` command line: parse the arguments, call into the library, print.
//!
//! `args` says what can be asked; one file per group of commands does it (`run`, `cases`,
//! `documents`, `records`, `keys`); `output` is the one place that prints (tables, JSON lines, a
//! closed pipe) and decides the exit code. Not yet as it should be: a few business steps still
//! sit here rather than in the library (the contact-log entries of `import-cases`, `case` and
//! `hold`, and the `recompute` and `mirror` helpers below), where the web workspace could not
//! call them.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use anyhow::{bail, Context as _, Result};
use clap::{Parser, Subcommand};

use casevault::access::{self, Actor};
use casevault::catalog::{self, Catalog};
use casevault::config::Config;
use casevault::operations;
use casevault::pipeline::{self, Context, RawPipeline};
use casevault::retention::ScheduleSet;
use casevault::sink::Sink;
use casevault::sources::RunOptions;

mod args;
mod cases;
mod documents;
mod exports;
mod keys;
mod output;
mod people;
mod records;
mod run;

use args::*;
use keys::cmd_keys;
use output::*;
use run::{cmd_import_tree, cmd_run, Shown};

/// Runs the command line and exits with the README's exit code.
pub fn main() {
    keep_what_we_write_private();
    install_panic_hook();
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

/// Every file casevault writes holds, or sits beside, children's personal data in the clear
/// (issue 12 point 7). The library makes its own files 0600 where it writes them
/// ([`casevault::private_fs`]); the umask makes sure of it for every other file this process
/// creates (spooled e-mails and uploads, returned originals, import reports, OCR and conversion
/// scratch files, store objects), and for any call site the library has not yet been moved to.
fn keep_what_we_write_private() {
    #[cfg(unix)]
    // SAFETY: umask only swaps the process's file-creation mask; it cannot fail and touches no
    // memory. Called first thing, before any thread that creates files is started.
    unsafe {
        libc::umask(0o077);
    }
}

/// The `--config` file given, for what the command starts (the workspace's pipeline runs).
static CONFIG_FILE: std::sync::OnceLock<Option<PathBuf>> = std::sync::OnceLock::new();

/// The acting user of this command, resolved once before anything of the records is read.
static ACTOR: std::sync::OnceLock<Actor> = std::sync::OnceLock::new();

/// The acting user (resolved in `real_main` before any command runs).
fn actor() -> &'static Actor {
    ACTOR
        .get()
        .expect("the acting user is resolved before a command runs")
}

/// A first user (CASEVAULT_FIRST_USER) for a home that has no catalog yet: made when the command
/// first opens the catalog, so that a command refused before it changes anything (a file that
/// is not a case list) leaves no catalog behind.
static PENDING_FIRST_USER: std::sync::OnceLock<access::Acting> = std::sync::OnceLock::new();

/// Opens the catalog for this command, encrypted under the key ring's catalog key (the ring is
/// read, or for an empty home made, first, with the sink's refusals:
/// [`casevault::sink::custody`]); its contact-log entries are the acting user's.
fn open_catalog(config: &Config) -> Result<Catalog> {
    let cat = casevault::sink::open_catalog(config)?;
    if let Some(acting) = PENDING_FIRST_USER.get() {
        if cat.user_count()? == 0 {
            access::resolve(&cat, acting)?;
        }
    }
    if let Some(a) = ACTOR.get() {
        cat.act_as(&a.name);
    }
    Ok(cat)
}

/// The OS login of the person running this command: under sudo the person who ran sudo (the
/// service-account set-up of the README), else the owner of the process.
fn os_login() -> Option<String> {
    if std::env::var_os("SUDO_UID").is_some() {
        if let Ok(u) = std::env::var("SUDO_USER") {
            if !u.is_empty() {
                return Some(u);
            }
        }
    }
    #[cfg(unix)]
    {
        // SAFETY: getpwuid_r writes only into the buffers given, sized as asked; the name is
        // copied out before they go.
        unsafe {
            let uid = libc::getuid();
            let mut pwd: libc::passwd = std::mem::zeroed();
            let mut buf = vec![0 as libc::c_char; 4096];
            let mut result: *mut libc::passwd = std::ptr::null_mut();
            let rc = libc::getpwuid_r(uid, &mut pwd, buf.as_mut_ptr(), buf.len(), &mut result);
            if rc == 0 && !result.is_null() && !pwd.pw_name.is_null() {
                let name = std::ffi::CStr::from_ptr(pwd.pw_name).to_string_lossy();
                if !name.is_empty() {
                    return Some(name.into_owned());
                }
            }
            Some(format!("uid-{uid}"))
        }
    }
    #[cfg(not(unix))]
    {
        std::env::var("USERNAME").ok()
    }
}

/// Commands an installation needs before it has users (or to recover a lost catalog): the
/// first user, the key ring, a catalog rebuild. While there are no users they run as the
/// installing account, which holds the home folder and its key file anyway.
fn works_without_users(command: &Command) -> bool {
    matches!(
        command,
        Command::Users {
            command: UsersCommand::Add { .. }
        } | Command::Catalog {
            command: CatalogCommand::Rebuild
        } | Command::Keys {
            command: KeysCommand::Init { .. }
                | KeysCommand::Import { .. }
                | KeysCommand::Export { .. }
        }
    )
}

/// Resolves who is acting, before the command reads anything of the records.
fn resolve_actor(config: &Config, command: &Command) -> Result<Actor> {
    let env = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
    let acting = access::Acting {
        env_user: env("CASEVAULT_USER"),
        login: os_login(),
        first_user: env("CASEVAULT_FIRST_USER"),
    };
    // With the key ring missing the catalog cannot be opened (it is encrypted under the ring),
    // so nobody can be looked up: `keys init` and `keys import` (the restore) run as the
    // installing login, who holds the backup and its passphrase; the library refuses `init`
    // where sealed data exists.
    if !config.key_file.exists()
        && matches!(
            command,
            Command::Keys {
                command: KeysCommand::Init { .. } | KeysCommand::Import { .. }
            }
        )
    {
        return Ok(Actor::installer(
            acting.login.as_deref().unwrap_or("unknown"),
        ));
    }
    // A home with no catalog has no users: nothing is created just to say so, nor before the
    // command opens the catalog to change it.
    let no_catalog = !config.catalog_exists();
    let resolved = if no_catalog && acting.first_user.is_none() {
        Err(access::AccessError::NoUsers)
    } else if let (true, Some(spec), None, Some(_)) = (
        no_catalog,
        &acting.first_user,
        &acting.env_user,
        &acting.login,
    ) {
        let actor = access::first_user_actor(spec)?;
        let _ = PENDING_FIRST_USER.set(acting.clone());
        Ok(actor)
    } else {
        let cat = casevault::sink::open_catalog(config)?;
        access::resolve(&cat, &acting)
    };
    match resolved {
        Ok(a) => Ok(a),
        Err(access::AccessError::NoUsers) if works_without_users(command) => Ok(Actor::installer(
            acting.login.as_deref().unwrap_or("unknown"),
        )),
        Err(e) => Err(e.into()),
    }
}

fn runtime() -> Result<tokio::runtime::Runtime> {
    Ok(tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?)
}

fn real_main() -> Result<()> {
    let cli = Cli::parse();
    if let Command::VerifyExport {
        file,
        passphrase_env,
        identity,
    } = &cli.command
    {
        // Offline, with the key alone: no configuration or home folder is read.
        return exports::cmd_verify_export(file, passphrase_env.as_deref(), identity.as_deref());
    }
    let config = Config::load(cli.config.as_deref(), cli.home.as_deref())?;
    let _ = CONFIG_FILE.set(cli.config.clone());
    // The home folder holds the catalog, quarantine and spools: its user's alone. A home made by
    // an older version (0755) is narrowed; one not made yet is made 0700 by the first command
    // that writes in it.
    if config.home.is_dir() {
        casevault::private_fs::make_private_dir(&config.home).with_context(|| {
            format!(
                "cannot make the home folder {} private to this user (mode 0700): check that \
                 this user owns it",
                config.home.display()
            )
        })?;
    }
    // Temporary files live in `<home>/tmp/`; what a killed run left there goes now.
    casevault::scratch::init(&config.home).with_context(|| {
        format!(
            "cannot clear the temporary files earlier runs left in {}",
            config.home.join(casevault::scratch::HOME_TMP).display()
        )
    })?;
    // Who is acting: an unknown or disabled user is refused here, before anything is read.
    let done = match resolve_actor(&config, &cli.command) {
        Ok(actor) => {
            let _ = ACTOR.set(actor);
            dispatch(config, cli.command)
        }
        Err(e) => Err(e),
    };
    // A command that ends (well or not) takes its temporary folder with it; only a killed one
    // leaves it, for the next command's sweep.
    casevault::scratch::finish();
    done
}

/// Runs one command as the acting user.
fn dispatch(config: Config, command: Command) -> Result<()> {
    match command {
        Command::Run {
            pipeline,
            once,
            inbox,
            json,
            show_names,
        } => cmd_run(
            config,
            &pipeline,
            once,
            inbox.as_deref(),
            Shown { json, show_names },
        ),
        Command::ImportTree {
            dir,
            map,
            pipeline,
            dry_run,
            report,
            quiet,
            shared,
            batch_files,
            lease_s,
        } => cmd_import_tree(
            config,
            run::ImportTree {
                dir,
                map,
                pipeline,
                dry_run,
                report,
                quiet,
                shared: shared.map(|name| casevault::sources::tree::SharedOptions {
                    name,
                    batch_files,
                    lease: std::time::Duration::from_secs(lease_s.max(1)),
                }),
            },
        ),
        Command::ImportStatus { name, json } => run::cmd_import_status(config, &name, json),
        Command::ImportCases { csv } => cases::cmd_import_cases(config, csv),
        Command::Ls { case, json } => documents::cmd_ls(config, case, json),
        Command::Search {
            words,
            folder,
            from,
            to,
            json,
        } => documents::cmd_search(
            config,
            &words.join(" "),
            casevault::access::SearchFilter {
                folder,
                from: from.map(|d| d.to_string()),
                to: to.map(|d| d.to_string()),
            },
            json,
        ),
        Command::Get {
            doc_id,
            output,
            reason,
        } => documents::cmd_get(config, doc_id, output, reason),
        Command::Quarantine {
            command: QuarantineCommand::Ls { json },
        } => documents::cmd_quarantine(config, json),
        Command::Quarantine {
            command:
                QuarantineCommand::File {
                    item,
                    case_number,
                    folder,
                    name,
                    reason,
                    to,
                },
        } => documents::cmd_quarantine_file(
            config,
            casevault::review::Decide {
                item,
                case_number,
                folder,
                document_name: name,
                reason,
                to,
            },
        ),
        Command::Route { command } => documents::cmd_route(config, command),
        Command::Retention { command } => records::cmd_retention(config, command),
        Command::Case { command } => cases::cmd_case(config, command),
        Command::Hold { command } => cases::cmd_hold(config, command),
        Command::Dispose {
            execute,
            approve,
            confirm,
            withdraw,
            today,
            json,
        } => match (approve, confirm, withdraw) {
            (true, _, _) => records::cmd_dispose_approve(config, today, json),
            (_, Some(id), _) => records::cmd_dispose_confirm(config, id, today, json),
            (_, _, Some(id)) => records::cmd_dispose_withdraw(config, id),
            _ => records::cmd_dispose(config, execute, today, json),
        },
        Command::Audit { command } => records::cmd_audit(config, command),
        Command::Keys { command } => cmd_keys(&config, command),
        Command::Catalog {
            command: CatalogCommand::Rebuild,
        } => documents::cmd_catalog_rebuild(config),
        Command::Catalog {
            command: CatalogCommand::Reindex,
        } => documents::cmd_catalog_reindex(config),
        Command::Verify { json } => documents::cmd_verify(config, json),
        Command::Log { case, user, json } => documents::cmd_log(config, case, user, json),
        Command::Users { command } => people::cmd_users(config, command),
        Command::Serve { listen, today } => cmd_serve(config, listen, today),
        Command::Export { command } => exports::cmd_export(config, command),
        Command::VerifyExport { .. } => unreachable!("handled before the configuration is read"),
    }
}

/// `casevault serve`: the web workspace, until Ctrl-C.
fn cmd_serve(
    config: Config,
    listen: Option<String>,
    today: Option<chrono::NaiveDate>,
) -> Result<()> {
    let options = casevault::web::ServeOptions {
        listen,
        today,
        config_file: CONFIG_FILE.get().cloned().flatten(),
    };
    runtime()?.block_on(casevault::web::serve(config, options, |addr, tls| {
        eprintln!(
            "the workspace is at {}://{addr}/ (Ctrl-C stops it)",
            if tls { "https" } else { "http" }
        );
    }))?;
    Ok(())
}
