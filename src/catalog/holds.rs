//! Holds and extensions: what stops or delays destruction.
//!
//! A hold stops destruction but never moves the date (SPEC "Retention"): the date says when the
//! policy allows destruction, the hold says that it must not happen yet. Three kinds:
//! - the global moratorium of March 2015 (policy 000 §1 note 2, §10 note 11), in force from the
//!   moment a catalog is created until an administrator lifts it;
//! - a hold on one case (e.g. a complaint, litigation, a serious case review);
//! - an extension (000 §10.3): a case of exceptional sensitivity kept until at least a date, with
//!   the reason; unlike a hold, it does move the date (the schedule's `retain_until_at_least`).
//!
//! Holds are never deleted, only lifted, so the catalog shows who held what and when.

use super::db::params;
use super::fields::Field;
use chrono::NaiveDate;
use serde::Serialize;

use super::{now, Catalog, CatalogError};

pub(super) const HOLDS_SCHEMA: &str = r#"
CREATE TABLE IF NOT EXISTS holds (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    scope     TEXT NOT NULL,
    kind      TEXT NOT NULL,
    reason    TEXT NOT NULL,
    until     TEXT,
    set_at    TEXT NOT NULL,
    lifted_at TEXT
);
CREATE TABLE IF NOT EXISTS settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"#;

/// The scope of the global moratorium.
pub const GLOBAL: &str = "global";

/// The reason recorded for the moratorium a new catalog starts with.
pub const MORATORIUM_REASON: &str = "Moratorium of March 2015 on destroying case records \
     (Cafcass policy 000 §1 note 2, §10 note 11): in force until further notice";

/// A hold or extension.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Hold {
    pub id: i64,
    /// `global` or a case number.
    pub scope: String,
    /// `hold` or `extension`.
    pub kind: String,
    pub reason: String,
    pub until: Option<String>,
    pub set_at: String,
    pub lifted_at: Option<String>,
}

impl Catalog {
    /// Puts the moratorium in force the first time a catalog is opened (and never again: once
    /// lifted, it stays lifted).
    pub(super) fn init_holds(&self) -> Result<(), CatalogError> {
        // Under the writer lock: workers opening a new catalog together set the moratorium once.
        let mut conn = self.conn();
        let conn = conn.transaction_immediate()?;
        let done: Option<String> = conn
            .query_row(
                "SELECT value FROM settings WHERE key = 'moratorium_initialised'",
                [],
                |r| r.get(0),
            )
            .ok();
        if done.is_none() {
            conn.execute(
                "INSERT INTO holds (scope, kind, reason, set_at) VALUES (?1, 'hold', ?2, ?3)",
                params![
                    GLOBAL,
                    conn.fields().seal(Field::HoldReason, MORATORIUM_REASON)?,
                    now()
                ],
            )?;
            conn.execute(
                "INSERT INTO settings (key, value) VALUES ('moratorium_initialised', ?1)",
                params![now()],
            )?;
        }
        conn.commit()?;
        Ok(())
    }

    /// Sets a hold on `scope` (`global` or a case number). Under the writer lock, which every
    /// destruction takes to check the holds and take the key: a hold set on any machine is
    /// either seen by a destruction or set after it, never in between.
    pub fn set_hold(&self, scope: &str, reason: &str) -> Result<i64, CatalogError> {
        let mut conn = self.conn();
        let tx = conn.transaction_immediate()?;
        tx.execute(
            "INSERT INTO holds (scope, kind, reason, set_at) VALUES (?1, 'hold', ?2, ?3)",
            params![scope, tx.fields().seal(Field::HoldReason, reason)?, now()],
        )?;
        let id = tx.last_insert_rowid()?;
        tx.commit()?;
        Ok(id)
    }

    /// Records an extension: keep the case's documents until at least `until`.
    pub fn set_extension(
        &self,
        case_number: &str,
        until: NaiveDate,
        reason: &str,
    ) -> Result<i64, CatalogError> {
        let mut conn = self.conn();
        let tx = conn.transaction_immediate()?;
        tx.execute(
            "INSERT INTO holds (scope, kind, reason, until, set_at) VALUES (?1, 'extension', ?2, ?3, ?4)",
            params![
                case_number,
                tx.fields().seal(Field::HoldReason, reason)?,
                until.to_string(),
                now()
            ],
        )?;
        let id = tx.last_insert_rowid()?;
        tx.commit()?;
        Ok(id)
    }

    /// Lifts every active hold (not extension) on `scope`; returns how many.
    pub fn lift_holds(&self, scope: &str) -> Result<usize, CatalogError> {
        Ok(self.conn().execute(
            "UPDATE holds SET lifted_at = ?2 WHERE scope = ?1 AND kind = 'hold' AND lifted_at IS NULL",
            params![scope, now()],
        )?)
    }

    /// Lifts every active extension of a case; returns how many.
    pub fn lift_extensions(&self, case_number: &str) -> Result<usize, CatalogError> {
        Ok(self.conn().execute(
            "UPDATE holds SET lifted_at = ?2 WHERE scope = ?1 AND kind = 'extension' AND lifted_at IS NULL",
            params![case_number, now()],
        )?)
    }

    /// Holds and extensions, active first unless `all`.
    pub fn holds(&self, all: bool) -> Result<Vec<Hold>, CatalogError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(
            "SELECT id, scope, kind, reason, until, set_at, lifted_at FROM holds
             WHERE ?1 OR lifted_at IS NULL ORDER BY id",
        )?;
        let rows = stmt
            .query_map(params![all], |r| {
                Ok(Hold {
                    id: r.get(0)?,
                    scope: r.get(1)?,
                    kind: r.get(2)?,
                    reason: conn.fields().open(Field::HoldReason, r.get(3)?)?,
                    until: r.get(4)?,
                    set_at: r.get(5)?,
                    lifted_at: r.get(6)?,
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    /// The active hold that stops destruction of a document of `case_number`, if any.
    pub fn hold_on(&self, case_number: &str) -> Result<Option<Hold>, CatalogError> {
        Ok(self
            .holds(false)?
            .into_iter()
            .find(|h| h.kind == "hold" && (h.scope == GLOBAL || h.scope == case_number)))
    }

    /// The latest active extension date of a case.
    pub fn extension_until(&self, case_number: &str) -> Result<Option<NaiveDate>, CatalogError> {
        Ok(self
            .holds(false)?
            .into_iter()
            .filter(|h| h.kind == "extension" && h.scope == case_number)
            .filter_map(|h| {
                h.until
                    .and_then(|u| NaiveDate::parse_from_str(&u, "%Y-%m-%d").ok())
            })
            .max())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_moratorium_is_on_by_default_and_stays_lifted() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("c.sqlite");
        let c = Catalog::open(&p, &crate::catalog::test_key()).unwrap();
        let h = c.hold_on("LS24P01234").unwrap().unwrap();
        assert_eq!(h.scope, GLOBAL);
        assert!(h.reason.contains("March 2015"));
        assert_eq!(c.lift_holds(GLOBAL).unwrap(), 1);
        assert!(c.hold_on("LS24P01234").unwrap().is_none());
        drop(c);
        let c = Catalog::open(&p, &crate::catalog::test_key()).unwrap();
        assert!(
            c.hold_on("LS24P01234").unwrap().is_none(),
            "reopening must not re-impose it"
        );
        assert_eq!(c.holds(true).unwrap().len(), 1, "lifted holds are kept");
    }

    #[test]
    fn case_holds_and_extensions() {
        crate::catalog::each_engine(|c| {
            c.lift_holds(GLOBAL).unwrap();
            c.set_hold("LS24P01234", "complaint under investigation")
                .unwrap();
            assert!(c.hold_on("LS24P01234").unwrap().is_some());
            assert!(c.hold_on("MK23C00456").unwrap().is_none());
            let d1 = NaiveDate::from_ymd_opt(2050, 1, 1).unwrap();
            let d2 = NaiveDate::from_ymd_opt(2060, 1, 1).unwrap();
            c.set_extension("MK23C00456", d1, "public interest")
                .unwrap();
            c.set_extension("MK23C00456", d2, "public interest")
                .unwrap();
            assert_eq!(c.extension_until("MK23C00456").unwrap(), Some(d2));
            assert!(
                c.hold_on("MK23C00456").unwrap().is_none(),
                "an extension is not a hold"
            );
            c.lift_extensions("MK23C00456").unwrap();
            assert_eq!(c.extension_until("MK23C00456").unwrap(), None);
        });
    }
}
