//! The catalog's schema, as numbered versions (issue 16 point 1).
//!
//! Every change to the schema is a migration with a number, applied once and recorded in
//! `schema_versions`, the same list on SQLite and PostgreSQL. Numbers matter once several
//! workers share one catalog: a worker started from an older build finds versions it does not
//! know and refuses to open the catalog ([`CatalogError::NewerSchema`]) rather than write rows
//! a newer schema reads otherwise; and an operator can tell what a catalog has (the table
//! lists each step by number and name, with when it was applied).
//!
//! Catalogs made before versions were recorded have some of these tables and columns already.
//! Each step is therefore written to be safe on such a catalog (`CREATE … IF NOT EXISTS`, a
//! column added only where it is missing), so the first open under this scheme runs all of them
//! once and records them; after that a recorded step never runs again. New steps go at the end
//! with the next number; a step is never edited once released.

use super::db::{params, Conn};
use super::{audit, holds, mail, now, people, queue, routing, shield, store_state, web};
use super::{CatalogError, SCHEMA};

/// One numbered change to the schema.
pub(super) struct Migration {
    pub(super) version: i64,
    /// What it adds, recorded beside its number in `schema_versions`.
    pub(super) name: &'static str,
    apply: fn(&Conn) -> Result<(), CatalogError>,
}

const VERSIONS_SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS schema_versions (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
);
";

fn ddl(conn: &Conn, sql: &str) -> Result<(), CatalogError> {
    Ok(conn.execute_ddl(sql)?)
}

/// Every version of the schema, in order. Append only.
pub(super) const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "cases, children, documents, contact log, quarantine",
        apply: |c| ddl(c, SCHEMA),
    },
    Migration {
        version: 2,
        name: "shielded cases: a case's own key",
        apply: shield::migrate,
    },
    Migration {
        version: 3,
        name: "holds and extensions",
        apply: |c| ddl(c, holds::HOLDS_SCHEMA),
    },
    Migration {
        version: 4,
        name: "the destruction chain",
        apply: |c| {
            ddl(c, audit::AUDIT_SCHEMA)?;
            audit::migrate(c)
        },
    },
    Migration {
        version: 5,
        name: "what the store holds (labels, sweeps)",
        apply: |c| ddl(c, store_state::STORE_STATE_SCHEMA),
    },
    Migration {
        version: 6,
        name: "e-mail threads, attachments and superseded messages",
        apply: |c| {
            ddl(c, mail::MAIL_SCHEMA)?;
            mail::migrate(c)
        },
    },
    Migration {
        version: 7,
        name: "people and roles",
        apply: |c| ddl(c, people::PEOPLE_SCHEMA),
    },
    Migration {
        version: 8,
        name: "routing decisions and corrections",
        apply: |c| ddl(c, routing::ROUTING_SCHEMA),
    },
    Migration {
        version: 9,
        name: "web sessions, runs and the text index",
        apply: web::set_up,
    },
    Migration {
        version: 10,
        name: "the shared work queue",
        apply: |c| ddl(c, queue::QUEUE_SCHEMA),
    },
    Migration {
        version: 11,
        name: "the contact log names its user",
        apply: |c| {
            if !c.has_column("contact_log", "user_name")? {
                ddl(c, "ALTER TABLE contact_log ADD COLUMN user_name TEXT")?;
            }
            Ok(())
        },
    },
    Migration {
        version: 12,
        name: "leases (a mailbox, a worker) and shared imports",
        apply: |c| ddl(c, queue::LEASES_SCHEMA),
    },
];

/// The newest version this build knows.
pub fn current_version() -> i64 {
    MIGRATIONS.last().map(|m| m.version).unwrap_or(0)
}

/// The versions recorded in the catalog, oldest first.
pub(super) fn applied(conn: &Conn) -> Result<Vec<(i64, String, String)>, CatalogError> {
    Ok(conn.query_all(
        "SELECT version, name, applied_at FROM schema_versions ORDER BY version",
        params![],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?)
}

/// Brings the catalog on `conn` to [`current_version`]: runs each step not yet recorded and
/// records it. The caller holds the writer lock in one transaction, so two workers starting
/// together do not both apply a step, and a step that fails leaves nothing half done.
/// Returns the steps applied.
pub(super) fn migrate(conn: &Conn) -> Result<Vec<i64>, CatalogError> {
    conn.execute_ddl(VERSIONS_SCHEMA)?;
    let done: Vec<i64> = applied(conn)?.into_iter().map(|(v, ..)| v).collect();
    if let Some(&newest) = done.iter().max() {
        if newest > current_version() {
            return Err(CatalogError::NewerSchema {
                found: newest,
                known: current_version(),
            });
        }
    }
    let mut ran = Vec::new();
    for m in MIGRATIONS {
        if done.contains(&m.version) {
            continue;
        }
        (m.apply)(conn)?;
        conn.execute(
            "INSERT INTO schema_versions (version, name, applied_at) VALUES (?1, ?2, ?3)",
            params![m.version, m.name, now()],
        )?;
        ran.push(m.version);
    }
    Ok(ran)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;

    #[test]
    fn versions_are_numbered_in_order_once_each() {
        for (i, m) in MIGRATIONS.iter().enumerate() {
            assert_eq!(m.version, i as i64 + 1, "{}", m.name);
        }
    }

    /// A new catalog records every version; an older one (versions 1-4 recorded, the tables of
    /// the later ones missing) gets the later steps and nothing else; a catalog a newer build
    /// wrote is refused, on both engines.
    #[test]
    fn an_older_catalog_is_brought_up_and_a_newer_one_refused() {
        let dir = tempfile::tempdir().unwrap();
        let sqlite = dir.path().join("catalog.db");
        let key = crate::catalog::test_key();
        let pg = crate::catalog::pg_server::shared().fresh_database();
        let open = |which: usize| match which {
            0 => Catalog::open(&sqlite, &key),
            _ => Catalog::open_postgres(&pg),
        };
        for which in 0..2 {
            let c = open(which).unwrap();
            let versions: Vec<i64> = applied(&c.conn())
                .unwrap()
                .into_iter()
                .map(|v| v.0)
                .collect();
            assert_eq!(versions, (1..=current_version()).collect::<Vec<_>>());
            // Back to version 4: later tables gone, their versions unrecorded.
            {
                let conn = c.conn();
                conn.execute_batch(
                    "DROP TABLE work_items; DROP TABLE leases; DROP TABLE shared_imports;
                     DELETE FROM schema_versions WHERE version > 4",
                )
                .unwrap();
            }
            c.enqueue("s3", &["a".to_string()]).unwrap_err();
            drop(c);
            let c = open(which).unwrap();
            assert_eq!(c.enqueue("s3", &["a".to_string()]).unwrap(), 1);
            let applied_at: Vec<String> = applied(&c.conn())
                .unwrap()
                .into_iter()
                .map(|v| v.2)
                .collect();
            assert_eq!(applied_at.len() as i64, current_version());
            // A version this build does not know.
            c.conn()
                .execute(
                    "INSERT INTO schema_versions (version, name, applied_at) VALUES (?1, 'later', 'x')",
                    params![current_version() + 1],
                )
                .unwrap();
            drop(c);
            let err = open(which).err().expect("a newer catalog is refused");
            assert!(
                matches!(err, CatalogError::NewerSchema { found, known }
                    if found == current_version() + 1 && known == current_version()),
                "{err}"
            );
        }
    }
}
