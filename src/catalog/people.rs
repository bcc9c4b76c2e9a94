//! People in the catalog: users and their roles, groups, who is allocated to which case, who may
//! see a shielded case, and the few settings an administrator keeps (issue 13).
//!
//! Only facts live here; what a role may do is decided in [`crate::access`], the one place every
//! caller (command line, web workspace) goes through. The tables are mirrored into the store with
//! the cases and holds (a sealed `people` record), so `catalog rebuild` brings the people back
//! with the records they guard.

use std::collections::BTreeSet;

use super::db::{params, DbError, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

use super::{now, Catalog, CatalogError};

pub(crate) const PEOPLE_SCHEMA: &str = r#"
CREATE TABLE IF NOT EXISTS users (
    name        TEXT PRIMARY KEY,
    login       TEXT UNIQUE,
    disabled    INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS user_roles (
    user_name   TEXT NOT NULL REFERENCES users(name),
    role        TEXT NOT NULL,
    PRIMARY KEY (user_name, role)
);
CREATE TABLE IF NOT EXISTS group_members (
    group_name  TEXT NOT NULL,
    user_name   TEXT NOT NULL REFERENCES users(name),
    PRIMARY KEY (group_name, user_name)
);
CREATE TABLE IF NOT EXISTS allocations (
    case_number TEXT NOT NULL,
    principal   TEXT NOT NULL,
    source      TEXT NOT NULL,
    at          TEXT NOT NULL,
    PRIMARY KEY (case_number, principal)
);
CREATE TABLE IF NOT EXISTS shield_access (
    case_number TEXT NOT NULL,
    user_name   TEXT NOT NULL,
    granted_by  TEXT NOT NULL,
    at          TEXT NOT NULL,
    PRIMARY KEY (case_number, user_name)
);
CREATE TABLE IF NOT EXISTS access_settings (
    name        TEXT PRIMARY KEY,
    value       TEXT NOT NULL
);
"#;

/// The setting that lets `CASEVAULT_USER` name the acting user.
pub const ALLOW_ENV_USER: &str = "allow_env_user";

/// The setting that makes every destruction need two records managers, on the command line as
/// in the workspace (which always asks for two).
pub const TWO_PERSON_DISPOSAL: &str = "two_person_disposal";

/// Where an allocation came from: the CMS export (replaced by the next import) or a command
/// (kept until a command takes it away).
pub const FROM_CMS: &str = "cms";
pub const FROM_COMMAND: &str = "command";

/// A group is named in allocations as `group:NAME`, a user by their name.
pub const GROUP_PREFIX: &str = "group:";

/// A user as the catalog keeps them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserRow {
    pub name: String,
    pub login: Option<String>,
    pub disabled: bool,
    pub roles: Vec<String>,
    pub groups: Vec<String>,
    pub created_at: String,
    pub created_by: String,
}

/// One allocation of a user or group to a case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AllocationRow {
    pub case_number: String,
    pub principal: String,
    pub source: String,
    pub at: String,
}

/// One person on a shielded case's access list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShieldAccessRow {
    pub case_number: String,
    pub user_name: String,
    pub granted_by: String,
    pub at: String,
}

/// Everything in these tables, as mirrored into the store for `catalog rebuild`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PeopleSnapshot {
    pub users: Vec<UserRow>,
    pub allocations: Vec<AllocationRow>,
    pub shield_access: Vec<ShieldAccessRow>,
    pub settings: Vec<(String, String)>,
}

impl Catalog {
    /// How many users there are (none: the installation has not been given its first one).
    pub fn user_count(&self) -> Result<i64, CatalogError> {
        Ok(self
            .conn()
            .query_row("SELECT COUNT(*) FROM users", [], |r| r.get(0))?)
    }

    /// Adds a user. `first_only`: only if there are no users yet (the bootstrap), checked in the
    /// same transaction so that two first commands cannot both make a first user. Returns false
    /// when `first_only` and users already exist.
    pub fn add_user(
        &self,
        name: &str,
        login: Option<&str>,
        roles: &[&str],
        created_by: &str,
        first_only: bool,
    ) -> Result<bool, CatalogError> {
        let mut conn = self.conn();
        let tx = conn.transaction_immediate()?;
        if first_only {
            let n: i64 = tx.query_row("SELECT COUNT(*) FROM users", [], |r| r.get(0))?;
            if n > 0 {
                return Ok(false);
            }
        }
        tx.execute(
            "INSERT INTO users (name, login, disabled, created_at, created_by)
             VALUES (?1, ?2, 0, ?3, ?4)",
            params![name, login, now(), created_by],
        )?;
        for r in roles {
            tx.execute(
                "INSERT INTO user_roles (user_name, role) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
                params![name, r],
            )?;
        }
        tx.commit()?;
        Ok(true)
    }

    /// One user, with roles and groups.
    pub fn user(&self, name: &str) -> Result<Option<UserRow>, CatalogError> {
        let row = self
            .conn()
            .query_row(
                "SELECT name, login, disabled, created_at, created_by FROM users WHERE name = ?1",
                params![name],
                |r| {
                    Ok(UserRow {
                        name: r.get(0)?,
                        login: r.get(1)?,
                        disabled: r.get(2)?,
                        roles: Vec::new(),
                        groups: Vec::new(),
                        created_at: r.get(3)?,
                        created_by: r.get(4)?,
                    })
                },
            )
            .optional()?;
        let Some(mut u) = row else { return Ok(None) };
        u.roles = self.strings(
            "SELECT role FROM user_roles WHERE user_name = ?1 ORDER BY role",
            &u.name,
        )?;
        u.groups = self.strings(
            "SELECT group_name FROM group_members WHERE user_name = ?1 ORDER BY group_name",
            &u.name,
        )?;
        Ok(Some(u))
    }

    /// The user an OS login acts as: the one mapped to it, else one of that name with no login of
    /// its own.
    pub fn user_for_login(&self, login: &str) -> Result<Option<UserRow>, CatalogError> {
        let name: Option<String> = self
            .conn()
            .query_row(
                "SELECT name FROM users WHERE login = ?1
                 UNION ALL SELECT name FROM users WHERE name = ?1 AND login IS NULL LIMIT 1",
                params![login],
                |r| r.get(0),
            )
            .optional()?;
        match name {
            Some(n) => self.user(&n),
            None => Ok(None),
        }
    }

    /// Every user, by name.
    pub fn users(&self) -> Result<Vec<UserRow>, CatalogError> {
        let names: Vec<String> = {
            let conn = self.conn();
            let mut stmt = conn.prepare("SELECT name FROM users ORDER BY name")?;
            stmt.query_map([], |r| r.get(0))?
                .collect::<Result<Vec<_>, _>>()?
        };
        let mut out = Vec::new();
        for n in names {
            if let Some(u) = self.user(&n)? {
                out.push(u);
            }
        }
        Ok(out)
    }

    /// Disables or enables a user; false when there is no such user.
    pub fn set_user_disabled(&self, name: &str, disabled: bool) -> Result<bool, CatalogError> {
        Ok(self.conn().execute(
            "UPDATE users SET disabled = ?2 WHERE name = ?1",
            params![name, disabled],
        )? > 0)
    }

    /// Gives a user a role (true) or takes it away (false).
    pub fn set_user_role(&self, name: &str, role: &str, on: bool) -> Result<(), CatalogError> {
        if on {
            self.conn().execute(
                "INSERT INTO user_roles (user_name, role) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
                params![name, role],
            )?;
        } else {
            self.conn().execute(
                "DELETE FROM user_roles WHERE user_name = ?1 AND role = ?2",
                params![name, role],
            )?;
        }
        Ok(())
    }

    /// Maps an OS login to a user (None: no login of its own).
    pub fn set_user_login(&self, name: &str, login: Option<&str>) -> Result<(), CatalogError> {
        self.conn().execute(
            "UPDATE users SET login = ?2 WHERE name = ?1",
            params![name, login],
        )?;
        Ok(())
    }

    /// Puts a user in a group (true) or takes them out (false).
    pub fn set_group_member(
        &self,
        group: &str,
        user: &str,
        member: bool,
    ) -> Result<(), CatalogError> {
        if member {
            self.conn().execute(
                "INSERT INTO group_members (group_name, user_name) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
                params![group, user],
            )?;
        } else {
            self.conn().execute(
                "DELETE FROM group_members WHERE group_name = ?1 AND user_name = ?2",
                params![group, user],
            )?;
        }
        Ok(())
    }

    /// Allocates a user or `group:NAME` to a case.
    pub fn allocate(
        &self,
        case_number: &str,
        principal: &str,
        source: &str,
    ) -> Result<(), CatalogError> {
        self.conn().execute(
            "INSERT INTO allocations (case_number, principal, source, at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT(case_number, principal) DO UPDATE SET source = excluded.source",
            params![case_number, principal, source, now()],
        )?;
        Ok(())
    }

    /// Takes an allocation away; false when there was none.
    pub fn deallocate(&self, case_number: &str, principal: &str) -> Result<bool, CatalogError> {
        Ok(self.conn().execute(
            "DELETE FROM allocations WHERE case_number = ?1 AND principal = ?2",
            params![case_number, principal],
        )? > 0)
    }

    /// Replaces a case's allocations from the CMS export with `principals` (allocations made by a
    /// command stay). Returns whether anything changed.
    pub fn replace_cms_allocations(
        &self,
        case_number: &str,
        principals: &[String],
    ) -> Result<bool, CatalogError> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        let before: BTreeSet<String> = {
            let mut stmt = tx.prepare(
                "SELECT principal FROM allocations WHERE case_number = ?1 AND source = ?2",
            )?;
            stmt.query_map(params![case_number, FROM_CMS], |r| r.get(0))?
                .collect::<Result<BTreeSet<String>, _>>()?
        };
        let after: BTreeSet<String> = principals.iter().cloned().collect();
        if before == after {
            return Ok(false);
        }
        tx.execute(
            "DELETE FROM allocations WHERE case_number = ?1 AND source = ?2",
            params![case_number, FROM_CMS],
        )?;
        for p in &after {
            tx.execute(
                "INSERT INTO allocations (case_number, principal, source, at)
                 VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING",
                params![case_number, p, FROM_CMS, now()],
            )?;
        }
        tx.commit()?;
        Ok(true)
    }

    /// Whether `user` is allocated to a case, in person or through a group.
    pub fn is_allocated(&self, case_number: &str, user: &str) -> Result<bool, CatalogError> {
        Ok(self
            .conn()
            .prepare(
                "SELECT 1 FROM allocations WHERE case_number = ?1 AND (principal = ?2
                 OR principal IN (SELECT 'group:' || group_name FROM group_members
                                  WHERE user_name = ?2)) LIMIT 1",
            )?
            .exists(params![case_number, user])?)
    }

    /// A case's allocations.
    pub fn allocations(&self, case_number: &str) -> Result<Vec<AllocationRow>, CatalogError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(
            "SELECT case_number, principal, source, at FROM allocations WHERE case_number = ?1
             ORDER BY principal",
        )?;
        let rows = stmt
            .query_map(params![case_number], allocation_row)?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    /// Puts a user on a shielded case's access list (true) or takes them off (false).
    pub fn set_shield_access(
        &self,
        case_number: &str,
        user: &str,
        granted_by: &str,
        on: bool,
    ) -> Result<bool, CatalogError> {
        let n = if on {
            self.conn().execute(
                "INSERT INTO shield_access (case_number, user_name, granted_by, at)
                 VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING",
                params![case_number, user, granted_by, now()],
            )?
        } else {
            self.conn().execute(
                "DELETE FROM shield_access WHERE case_number = ?1 AND user_name = ?2",
                params![case_number, user],
            )?
        };
        Ok(n > 0)
    }

    /// Whether `user` is on a case's access list.
    pub fn on_shield_list(&self, case_number: &str, user: &str) -> Result<bool, CatalogError> {
        Ok(self
            .conn()
            .prepare("SELECT 1 FROM shield_access WHERE case_number = ?1 AND user_name = ?2")?
            .exists(params![case_number, user])?)
    }

    /// A case's access list.
    pub fn shield_list(&self, case_number: &str) -> Result<Vec<ShieldAccessRow>, CatalogError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(
            "SELECT case_number, user_name, granted_by, at FROM shield_access
             WHERE case_number = ?1 ORDER BY user_name",
        )?;
        let rows = stmt
            .query_map(params![case_number], shield_access_row)?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    /// Whether a case is shielded (false for a case not in the list).
    pub fn is_shielded(&self, case_number: &str) -> Result<bool, CatalogError> {
        Ok(self
            .conn()
            .query_row(
                "SELECT shielded FROM cases WHERE case_number = ?1",
                params![case_number],
                |r| r.get::<_, bool>(0),
            )
            .optional()?
            .unwrap_or(false))
    }

    /// Whether `user` filed or refiled this document (the contact log says who did).
    pub fn handled_by(&self, document_id: &str, user: &str) -> Result<bool, CatalogError> {
        Ok(self
            .conn()
            .prepare(
                "SELECT 1 FROM contact_log WHERE document_id = ?1 AND user_name = ?2
                 AND action IN ('filed', 'refiled', 'received') LIMIT 1",
            )?
            .exists(params![document_id, user])?)
    }

    /// Whether `user` filed anything in this case.
    pub fn handled_in_case(&self, case_number: &str, user: &str) -> Result<bool, CatalogError> {
        Ok(self
            .conn()
            .prepare(
                "SELECT 1 FROM contact_log WHERE case_number = ?1 AND user_name = ?2
                 AND document_id IS NOT NULL AND action IN ('filed', 'refiled', 'received')
                 LIMIT 1",
            )?
            .exists(params![case_number, user])?)
    }

    /// A setting (None when never set).
    pub fn setting(&self, name: &str) -> Result<Option<String>, CatalogError> {
        Ok(self
            .conn()
            .query_row(
                "SELECT value FROM access_settings WHERE name = ?1",
                params![name],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Sets a setting.
    pub fn set_setting(&self, name: &str, value: &str) -> Result<(), CatalogError> {
        self.conn().execute(
            "INSERT INTO access_settings (name, value) VALUES (?1, ?2)
             ON CONFLICT(name) DO UPDATE SET value = excluded.value",
            params![name, value],
        )?;
        Ok(())
    }

    /// Everything about people, for the store's mirror.
    pub fn people_snapshot(&self) -> Result<PeopleSnapshot, CatalogError> {
        let users = self.users()?;
        let conn = self.conn();
        let allocations = conn
            .prepare(
                "SELECT case_number, principal, source, at FROM allocations
                 ORDER BY case_number, principal",
            )?
            .query_map([], allocation_row)?
            .collect::<Result<Vec<_>, _>>()?;
        let shield_access = conn
            .prepare(
                "SELECT case_number, user_name, granted_by, at FROM shield_access
                 ORDER BY case_number, user_name",
            )?
            .query_map([], shield_access_row)?
            .collect::<Result<Vec<_>, _>>()?;
        let settings = conn
            .prepare("SELECT name, value FROM access_settings ORDER BY name")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(PeopleSnapshot {
            users,
            allocations,
            shield_access,
            settings,
        })
    }

    /// Restores people from the store's mirror (catalog rebuild). What the catalog already holds
    /// (a first user made to run the rebuild) is kept; the mirror adds the rest.
    pub fn restore_people(&self, p: &PeopleSnapshot) -> Result<(), CatalogError> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        for u in &p.users {
            let login_taken: bool = match &u.login {
                Some(l) => tx
                    .prepare("SELECT 1 FROM users WHERE login = ?1 AND name != ?2")?
                    .exists(params![l, u.name])?,
                None => false,
            };
            // A user of the same name made to run the rebuild takes the mirrored row, so that
            // the rebuilt people are the mirrored people (and the mirror is not written anew).
            tx.execute(
                "INSERT INTO users (name, login, disabled, created_at, created_by)
                 VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT(name) DO UPDATE SET login = excluded.login,
                    disabled = excluded.disabled, created_at = excluded.created_at,
                    created_by = excluded.created_by",
                params![
                    u.name,
                    if login_taken { None } else { u.login.clone() },
                    u.disabled,
                    u.created_at,
                    u.created_by
                ],
            )?;
            for r in &u.roles {
                tx.execute(
                    "INSERT INTO user_roles (user_name, role) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
                    params![u.name, r],
                )?;
            }
            for g in &u.groups {
                tx.execute(
                    "INSERT INTO group_members (group_name, user_name) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
                    params![g, u.name],
                )?;
            }
        }
        for a in &p.allocations {
            tx.execute(
                "INSERT INTO allocations (case_number, principal, source, at)
                 VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING",
                params![a.case_number, a.principal, a.source, a.at],
            )?;
        }
        for s in &p.shield_access {
            tx.execute(
                "INSERT INTO shield_access (case_number, user_name, granted_by, at)
                 VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING",
                params![s.case_number, s.user_name, s.granted_by, s.at],
            )?;
        }
        for (k, v) in &p.settings {
            tx.execute(
                "INSERT INTO access_settings (name, value) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
                params![k, v],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    fn strings(&self, sql: &str, arg: &str) -> Result<Vec<String>, CatalogError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(sql)?;
        let v = stmt
            .query_map(params![arg], |r| r.get(0))?
            .collect::<Result<Vec<String>, _>>()?;
        Ok(v)
    }
}

fn allocation_row(r: &Row<'_>) -> Result<AllocationRow, DbError> {
    Ok(AllocationRow {
        case_number: r.get(0)?,
        principal: r.get(1)?,
        source: r.get(2)?,
        at: r.get(3)?,
    })
}

fn shield_access_row(r: &Row<'_>) -> Result<ShieldAccessRow, DbError> {
    Ok(ShieldAccessRow {
        case_number: r.get(0)?,
        user_name: r.get(1)?,
        granted_by: r.get(2)?,
        at: r.get(3)?,
    })
}
