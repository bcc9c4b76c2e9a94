//! What the catalog keeps about shielded cases' keys (issue 13): which key-encryption key is a
//! case's own, and whether the re-wrap of its documents under it (or back) has finished.
//!
//! Two columns on the case row, beside the `shielded` flag the CMS export sets:
//!
//! - `shield_key`: the id of the case's own key in the key ring, or NULL. It is set as soon as
//!   the key is made, kept while the case is shielded, and cleared only once a lifted case's key
//!   wraps nothing and is retired. It is also in the case's mirrored record (`Case::shield_key`),
//!   so a rebuilt catalog knows it.
//! - `shield_done`: 1 once every envelope of the shielded case was found under its key and
//!   "case shielded" was written to the contact log. A lift sets it back to 0 before it moves
//!   anything, so a case shielded again before a lift finished is checked again in full.
//!
//! The flag says what is wanted; the two columns say how far it has got. A case is *pending*
//! when they disagree: shielded without a key or not done, or not shielded but still naming a
//! key. Filing, rotation and verification read the target from the same place
//! ([`Catalog::shield_target`]): the case's key while it is shielded and has one, else the ring's
//! current key. Columns are added by `migrate` to catalogs made before them.

use super::db::{params, Conn, DbError, OptionalExtension, Row};
use super::fields::Field;

use super::{now, Catalog, CatalogError};

/// Adds the shield columns to a catalog made before them (idempotent).
pub(crate) fn migrate(conn: &Conn) -> Result<(), CatalogError> {
    if !conn.has_column("cases", "shield_key")? {
        conn.execute_ddl("ALTER TABLE cases ADD COLUMN shield_key TEXT")?;
    }
    if !conn.has_column("cases", "shield_done")? {
        conn.execute_ddl("ALTER TABLE cases ADD COLUMN shield_done INTEGER NOT NULL DEFAULT 0")?;
    }
    Ok(())
}

/// A case's shielding as the catalog has it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShieldState {
    pub case_number: String,
    /// What is wanted (the CMS flag, or `case shield`/`case unshield`).
    pub shielded: bool,
    /// The case's own key, if made and not yet retired after a lift.
    pub key: Option<String>,
    /// The last shielding finished (every envelope under the key, contact log written).
    pub done: bool,
}

impl ShieldState {
    /// Whether something is left to do: a key to make, envelopes to move, a key to retire.
    pub fn pending(&self) -> bool {
        if self.shielded {
            self.key.is_none() || !self.done
        } else {
            self.key.is_some()
        }
    }

    /// The key this case's envelopes belong under: its own while shielded, else `None` (the
    /// ring's current key).
    pub fn target(&self) -> Option<&str> {
        self.key.as_deref().filter(|_| self.shielded)
    }
}

fn state_row(r: &Row<'_>) -> Result<ShieldState, DbError> {
    Ok(ShieldState {
        case_number: r.get(0)?,
        shielded: r.get(1)?,
        key: r.get(2)?,
        done: r.get(3)?,
    })
}

const STATE_COLUMNS: &str = "case_number, shielded, shield_key, shield_done";

impl Catalog {
    /// One case's shielding; `None` if the case is not in the catalog.
    pub fn shield_state(&self, case_number: &str) -> Result<Option<ShieldState>, CatalogError> {
        Ok(self
            .conn()
            .query_row(
                &format!("SELECT {STATE_COLUMNS} FROM cases WHERE case_number = ?1"),
                params![case_number],
                state_row,
            )
            .optional()?)
    }

    /// Every case that is shielded or still names a key.
    pub fn shield_states(&self) -> Result<Vec<ShieldState>, CatalogError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(&format!(
            "SELECT {STATE_COLUMNS} FROM cases
             WHERE shielded = 1 OR shield_key IS NOT NULL ORDER BY case_number"
        ))?;
        let rows = stmt
            .query_map([], state_row)?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    /// The key a new envelope of this case's documents is wrapped under: the case's own while
    /// it is shielded and has one; `None` for the ring's current key.
    pub fn shield_target(&self, case_number: &str) -> Result<Option<String>, CatalogError> {
        Ok(self
            .shield_state(case_number)?
            .and_then(|s| s.target().map(str::to_string)))
    }

    /// Every stored document of a shielded case (with a key), with that key: what rotation and
    /// verification must find under a case key rather than the ring's current key.
    pub fn shielded_document_targets(
        &self,
    ) -> Result<std::collections::BTreeMap<String, String>, CatalogError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(
            "SELECT d.id, c.shield_key FROM documents d JOIN cases c
               ON c.case_number = d.case_number
             WHERE c.shielded = 1 AND c.shield_key IS NOT NULL AND d.status = 'stored'",
        )?;
        let rows = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        Ok(rows)
    }

    /// Sets or clears the `shielded` flag; false if there is no such case. Clearing it also
    /// marks the shielding unfinished, so a case shielded again is checked again in full.
    pub fn set_shielded(&self, case_number: &str, shielded: bool) -> Result<bool, CatalogError> {
        let n = self.conn().execute(
            "UPDATE cases SET shielded = ?2,
               shield_done = CASE WHEN shielded = ?2 THEN shield_done ELSE 0 END,
               updated_at = ?3
             WHERE case_number = ?1",
            params![case_number, shielded, now()],
        )?;
        if shielded {
            // Its documents' text leaves the search index: under the catalog key it would
            // escape the case's own.
            self.unindex_case(case_number)?;
        }
        Ok(n > 0)
    }

    /// Records the case's own key (made and saved in the ring just before).
    pub fn set_shield_key(&self, case_number: &str, key: &str) -> Result<(), CatalogError> {
        self.conn().execute(
            "UPDATE cases SET shield_key = ?2, shield_done = 0 WHERE case_number = ?1",
            params![case_number, key],
        )?;
        Ok(())
    }

    /// Marks a lift begun: envelopes are about to move back to the ring's key.
    pub fn begin_lift(&self, case_number: &str) -> Result<(), CatalogError> {
        self.conn().execute(
            "UPDATE cases SET shield_done = 0 WHERE case_number = ?1",
            params![case_number],
        )?;
        Ok(())
    }

    /// Marks a shielding finished and writes its contact-log entry, in one transaction, so the
    /// entry is written once however often the shielding was resumed.
    pub fn finish_shielding(&self, case_number: &str, detail: &str) -> Result<(), CatalogError> {
        self.finish_shield_step(
            case_number,
            "UPDATE cases SET shield_done = 1 WHERE case_number = ?1 AND shield_done = 0",
            "case shielded",
            detail,
        )
    }

    /// Marks a lift finished (the case names no key any more) and writes its contact-log entry.
    pub fn finish_lift(&self, case_number: &str, detail: &str) -> Result<(), CatalogError> {
        self.finish_shield_step(
            case_number,
            "UPDATE cases SET shield_key = NULL, shield_done = 0
             WHERE case_number = ?1 AND shield_key IS NOT NULL",
            "shield lifted",
            detail,
        )
    }

    fn finish_shield_step(
        &self,
        case_number: &str,
        update: &str,
        action: &str,
        detail: &str,
    ) -> Result<(), CatalogError> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        if tx.execute(update, params![case_number])? > 0 {
            tx.execute(
                "INSERT INTO contact_log (at, case_number, document_id, action, detail)
                 VALUES (?1, ?2, NULL, ?3, ?4)",
                params![
                    now(),
                    case_number,
                    action,
                    tx.fields().seal(Field::ContactDetail, detail)?
                ],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// The stored documents of one case with the catalog's copy of their key envelopes.
    pub fn case_envelopes(
        &self,
        case_number: &str,
    ) -> Result<Vec<(String, Vec<u8>)>, CatalogError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(
            "SELECT id, key_envelope FROM documents
             WHERE case_number = ?1 AND status = 'stored' AND key_envelope IS NOT NULL
             ORDER BY id",
        )?;
        let rows = stmt
            .query_map(params![case_number], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }
}

#[cfg(test)]
mod tests {
    use crate::catalog::Case;

    fn case(n: &str, shielded: bool) -> Case {
        Case {
            case_number: n.into(),
            case_name: "A v B".into(),
            law_type: "private".into(),
            stage: None,
            status: "open".into(),
            closed_on: None,
            shielded,
            children: vec![],
            shield_key: None,
            allocated: None,
        }
    }

    #[test]
    fn pending_follows_flag_key_and_done() {
        crate::catalog::each_engine(|cat| {
            cat.import_cases(&[case("LS24P01234", true), case("MK23C00456", false)])
                .unwrap();
            let s = cat.shield_state("LS24P01234").unwrap().unwrap();
            assert!(s.pending() && s.target().is_none());
            assert!(!cat.shield_state("MK23C00456").unwrap().unwrap().pending());

            cat.set_shield_key("LS24P01234", "kek-0000abcd").unwrap();
            assert_eq!(
                cat.shield_target("LS24P01234").unwrap().as_deref(),
                Some("kek-0000abcd")
            );
            assert!(cat.shield_state("LS24P01234").unwrap().unwrap().pending());
            cat.finish_shielding("LS24P01234", "0 document(s)").unwrap();
            cat.finish_shielding("LS24P01234", "again").unwrap();
            assert!(!cat.shield_state("LS24P01234").unwrap().unwrap().pending());
            let log = cat.contact_log(Some("LS24P01234")).unwrap();
            assert_eq!(
                log.iter().filter(|e| e.action == "case shielded").count(),
                1,
                "{log:?}"
            );

            // A re-import of the same case (no key in the CMS) keeps the key.
            cat.import_cases(&[case("LS24P01234", true)]).unwrap();
            let s = cat.shield_state("LS24P01234").unwrap().unwrap();
            assert_eq!(s.key.as_deref(), Some("kek-0000abcd"));
            assert!(!s.pending());

            // Lifted: the target is the ring's key at once, the key stays named until retired.
            cat.import_cases(&[case("LS24P01234", false)]).unwrap();
            let s = cat.shield_state("LS24P01234").unwrap().unwrap();
            assert!(s.pending() && s.target().is_none() && s.key.is_some());
            cat.finish_lift("LS24P01234", "done").unwrap();
            assert!(!cat.shield_state("LS24P01234").unwrap().unwrap().pending());
            assert!(cat.shield_states().unwrap().is_empty());
            assert!(!cat.set_shielded("XX00X00000", true).unwrap());
        });
    }
}
