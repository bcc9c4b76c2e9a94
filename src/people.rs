//! Managing people: users, their roles, logins and groups, and whether `CASEVAULT_USER` may name
//! the acting user. Administrators only ([`Op::Users`]); each change is written to the contact
//! log with who made it and mirrored into the store, so `catalog rebuild` restores it.

use crate::access::{self, AccessError, Actor, Op, Role};
use crate::catalog::people::{AllocationRow, ShieldAccessRow, UserRow, ALLOW_ENV_USER};
use crate::catalog::Catalog;
use crate::operations::OperationError;
use crate::sink::Sink;

/// What managing people needs.
pub struct People<'a> {
    pub catalog: &'a Catalog,
    pub sink: &'a Sink,
    pub actor: &'a Actor,
}

impl People<'_> {
    /// Adds a user with roles, mapped to an OS login if given. While there are no users this is
    /// how the installation gets its first one: the installing account may add only an
    /// administrator (see [`Actor::installer`]).
    pub async fn add(
        &self,
        name: &str,
        roles: &[Role],
        login: Option<&str>,
        groups: &[String],
    ) -> Result<(), OperationError> {
        self.actor.require(Op::Users)?;
        access::check_user_name(name)?;
        for g in groups {
            access::check_user_name(g)?;
        }
        if roles.is_empty() {
            return Err(AccessError::UnknownRole("(none given)".to_string()).into());
        }
        let first = self.catalog.user_count()? == 0;
        if first && !roles.contains(&Role::Administrator) {
            return Err(AccessError::Refused {
                user: self.actor.name.clone(),
                roles: "installing, no users yet".to_string(),
                what: "make a first user who is not an administrator (give --role administrator)"
                    .to_string(),
            }
            .into());
        }
        if self.catalog.user(name)?.is_some() {
            return Err(AccessError::Refused {
                user: self.actor.name.clone(),
                roles: "administrator".to_string(),
                what: format!("add {name}: there is already a user of that name"),
            }
            .into());
        }
        if let Some(l) = login {
            if let Some(other) = self.catalog.user_for_login(l)? {
                if other.login.as_deref() == Some(l) {
                    return Err(AccessError::Refused {
                        user: self.actor.name.clone(),
                        roles: "administrator".to_string(),
                        what: format!("map the login {l} to {name}: it is {}'s", other.name),
                    }
                    .into());
                }
            }
        }
        let role_names: Vec<&str> = roles.iter().map(|r| r.as_str()).collect();
        self.catalog
            .add_user(name, login, &role_names, &self.actor.name, false)?;
        for g in groups {
            self.catalog.set_group_member(g, name, true)?;
        }
        self.catalog.log_contact(
            None,
            None,
            "user added",
            &format!("{name} ({})", role_names.join(", ")),
        )?;
        self.mirror().await
    }

    /// Every user (administrators and service managers, who allocate people).
    pub fn list(&self) -> Result<Vec<UserRow>, OperationError> {
        self.actor.require(Op::ListUsers)?;
        Ok(self.catalog.users()?)
    }

    /// Disables a user (they are refused from their next command on) or enables them again.
    pub async fn set_disabled(&self, name: &str, disabled: bool) -> Result<(), OperationError> {
        self.actor.require(Op::Users)?;
        if name == self.actor.name && disabled {
            return Err(AccessError::Refused {
                user: self.actor.name.clone(),
                roles: "administrator".to_string(),
                what: "disable themselves (another administrator can)".to_string(),
            }
            .into());
        }
        if !self.catalog.set_user_disabled(name, disabled)? {
            return Err(AccessError::UnknownUser(name.to_string()).into());
        }
        self.catalog.log_contact(
            None,
            None,
            if disabled {
                "user disabled"
            } else {
                "user enabled"
            },
            name,
        )?;
        self.mirror().await
    }

    /// Gives or takes a role.
    pub async fn set_role(&self, name: &str, role: Role, on: bool) -> Result<(), OperationError> {
        self.actor.require(Op::Users)?;
        self.existing(name)?;
        if !on && role == Role::Administrator && name == self.actor.name {
            return Err(AccessError::Refused {
                user: self.actor.name.clone(),
                roles: "administrator".to_string(),
                what: "take the administrator role from themselves".to_string(),
            }
            .into());
        }
        self.catalog.set_user_role(name, role.as_str(), on)?;
        self.catalog.log_contact(
            None,
            None,
            if on { "role given" } else { "role taken" },
            &format!("{name}: {role}"),
        )?;
        self.mirror().await
    }

    /// Puts a user in a group or takes them out.
    pub async fn set_group(&self, name: &str, group: &str, on: bool) -> Result<(), OperationError> {
        self.actor.require(Op::Users)?;
        self.existing(name)?;
        access::check_user_name(group)?;
        self.catalog.set_group_member(group, name, on)?;
        self.catalog.log_contact(
            None,
            None,
            if on { "group joined" } else { "group left" },
            &format!("{name}: {group}"),
        )?;
        self.mirror().await
    }

    /// Maps an OS login to a user (or removes the mapping).
    pub async fn set_login(&self, name: &str, login: Option<&str>) -> Result<(), OperationError> {
        self.actor.require(Op::Users)?;
        self.existing(name)?;
        self.catalog.set_user_login(name, login)?;
        self.catalog.log_contact(
            None,
            None,
            "login mapped",
            &format!("{name}: {}", login.unwrap_or("(none)")),
        )?;
        self.mirror().await
    }

    /// Whether `CASEVAULT_USER` may name the acting user (for service accounts that act for
    /// several people, and for tests). Off until an administrator turns it on.
    pub async fn allow_env_user(&self, on: bool) -> Result<(), OperationError> {
        self.actor.require(Op::Users)?;
        self.catalog
            .set_setting(ALLOW_ENV_USER, if on { "on" } else { "off" })?;
        self.catalog.log_contact(
            None,
            None,
            "setting changed",
            &format!("CASEVAULT_USER allowed: {}", if on { "on" } else { "off" }),
        )?;
        self.mirror().await
    }

    /// Whether every destruction needs two records managers on the command line too (`dispose
    /// --approve`, then `dispose --confirm` by another). Off until an administrator turns it on;
    /// the workspace always asks for two.
    pub async fn two_person_disposal(&self, on: bool) -> Result<(), OperationError> {
        self.actor.require(Op::Users)?;
        self.catalog.set_setting(
            crate::catalog::people::TWO_PERSON_DISPOSAL,
            if on { "on" } else { "off" },
        )?;
        self.catalog.log_contact(
            None,
            None,
            "setting changed",
            &format!("two-person disposal: {}", if on { "on" } else { "off" }),
        )?;
        self.mirror().await
    }

    fn existing(&self, name: &str) -> Result<(), OperationError> {
        if self.catalog.user(name)?.is_none() {
            return Err(AccessError::UnknownUser(name.to_string()).into());
        }
        Ok(())
    }

    async fn mirror(&self) -> Result<(), OperationError> {
        self.sink
            .mirror_records(self.catalog)
            .await
            .map(|_| ())
            .map_err(OperationError::Mirror)
    }
}

/// Who is allocated to a case and who is on its access list: for service managers, who manage
/// both (they need not be on a shielded case's list to name the people on it).
pub fn case_people(
    catalog: &Catalog,
    actor: &Actor,
    case_number: &str,
) -> Result<(Vec<AllocationRow>, Vec<ShieldAccessRow>), AccessError> {
    if !(actor.may(Op::Allocate) || actor.may(Op::Shield)) {
        actor.require(Op::Allocate)?;
    }
    if catalog.case(case_number)?.is_none() {
        return Err(AccessError::NoSuchCase(case_number.to_string()));
    }
    Ok((
        catalog.allocations(case_number)?,
        catalog.shield_list(case_number)?,
    ))
}
