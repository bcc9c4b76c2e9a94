//! `casevault users ...`: the command line over [`casevault::people`].

use super::*;

use casevault::access::Role;
use casevault::people::People;

fn roles(names: &[String]) -> Result<Vec<Role>> {
    Ok(names
        .iter()
        .map(|n| Role::parse(n))
        .collect::<Result<Vec<_>, _>>()?)
}

/// Opens what managing people needs (the store first, as for every change) and runs `op`.
fn with_people<T>(
    config: &Config,
    op: impl AsyncFnOnce(&People<'_>) -> Result<T, operations::OperationError>,
) -> Result<T> {
    runtime()?.block_on(async {
        let sink = Sink::open(config).await?;
        let catalog = open_catalog(config)?;
        let people = People {
            catalog: &catalog,
            sink: &sink,
            actor: actor(),
        };
        Ok(op(&people).await?)
    })
}

pub(super) fn cmd_users(config: Config, command: UsersCommand) -> Result<()> {
    match command {
        UsersCommand::Add {
            name,
            roles: role_names,
            login,
            groups,
        } => {
            let roles = roles(&role_names)?;
            // The first user is the installing login's unless --login names another.
            let first = !config.catalog_exists() || open_catalog(&config)?.user_count()? == 0;
            let login = match login {
                Some(l) => Some(l),
                None if first => os_login(),
                None => None,
            };
            with_people(&config, async |p| {
                p.add(&name, &roles, login.as_deref(), &groups).await
            })?;
            writeln!(
                out(),
                "user {name} added ({}){}",
                role_names.join(", "),
                login
                    .map(|l| format!(", acting for the login {l}"))
                    .unwrap_or_default()
            )?;
        }
        UsersCommand::Ls { json } => {
            let cat = open_catalog(&config)?;
            let users = People {
                catalog: &cat,
                sink: &runtime()?.block_on(Sink::open(&config))?,
                actor: actor(),
            }
            .list()?;
            let mut out = out();
            if json {
                for u in users {
                    writeln!(out, "{}", serde_json::to_string(&u)?)?;
                }
            } else {
                let rows: Vec<Vec<String>> = users
                    .iter()
                    .map(|u| {
                        vec![
                            u.name.clone(),
                            u.roles.join(", "),
                            u.groups.join(", "),
                            u.login.clone().unwrap_or_default(),
                            if u.disabled { "disabled" } else { "active" }.to_string(),
                        ]
                    })
                    .collect();
                print_table(
                    &mut out,
                    &["user", "roles", "groups", "login", "status"],
                    &rows,
                )?;
            }
        }
        UsersCommand::Disable { name } => {
            with_people(&config, async |p| p.set_disabled(&name, true).await)?;
            writeln!(out(), "user {name} disabled")?;
        }
        UsersCommand::Enable { name } => {
            with_people(&config, async |p| p.set_disabled(&name, false).await)?;
            writeln!(out(), "user {name} enabled")?;
        }
        UsersCommand::Grant { name, role } => {
            let role = Role::parse(&role)?;
            with_people(&config, async |p| p.set_role(&name, role, true).await)?;
            writeln!(out(), "{name} is now {role}")?;
        }
        UsersCommand::Revoke { name, role } => {
            let role = Role::parse(&role)?;
            with_people(&config, async |p| p.set_role(&name, role, false).await)?;
            writeln!(out(), "{name} is no longer {role}")?;
        }
        UsersCommand::Join { name, group } => {
            with_people(&config, async |p| p.set_group(&name, &group, true).await)?;
            writeln!(out(), "{name} joined {group}")?;
        }
        UsersCommand::Leave { name, group } => {
            with_people(&config, async |p| p.set_group(&name, &group, false).await)?;
            writeln!(out(), "{name} left {group}")?;
        }
        UsersCommand::Login { name, login, none } => {
            let login = if none { None } else { login };
            with_people(&config, async |p| {
                p.set_login(&name, login.as_deref()).await
            })?;
            writeln!(
                out(),
                "login of {name}: {}",
                login.as_deref().unwrap_or("(none)")
            )?;
        }
        UsersCommand::TwoPersonDisposal { state } => {
            let on = state == "on";
            with_people(&config, async |p| p.two_person_disposal(on).await)?;
            writeln!(out(), "two-person disposal: {state}")?;
        }
        UsersCommand::AllowEnvUser { state } => {
            let on = state == "on";
            with_people(&config, async |p| p.allow_env_user(on).await)?;
            writeln!(out(), "CASEVAULT_USER allowed: {state}")?;
        }
        UsersCommand::Passwd { name, generate } => {
            let password = if generate {
                use rand::Rng;
                // 20 characters from 56 letters and digits (no 0/O, 1/l/I): about 116 bits.
                const SET: &[u8] = b"abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
                let mut rng = rand::rngs::OsRng;
                (0..20)
                    .map(|_| SET[rng.gen_range(0..SET.len())] as char)
                    .collect::<String>()
            } else if let Ok(p) = std::env::var("CASEVAULT_PASSWORD") {
                p
            } else {
                let a = rpassword::prompt_password(format!("new password for {name}: "))?;
                let b = rpassword::prompt_password("again: ")?;
                if a != b {
                    anyhow::bail!("the two passwords differ; nothing was changed");
                }
                a
            };
            let cat = open_catalog(&config)?;
            casevault::web::set_password(&cat, actor(), &name, &password)?;
            if generate {
                writeln!(
                    out(),
                    "password of {name} for the workspace (shown this once): {password}"
                )?;
            } else {
                writeln!(out(), "password of {name} set")?;
            }
        }
        UsersCommand::Whoami => {
            let a = actor();
            let roles: Vec<&str> = a.roles.iter().map(|r| r.as_str()).collect();
            writeln!(out(), "{} ({})", a.name, roles.join(", "))?;
        }
    }
    Ok(())
}
