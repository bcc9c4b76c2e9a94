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

use super::db::{params, Conn, Engine, Value};
use super::fields::Field;
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
    Migration {
        version: 13,
        name: "sealed fields: search by keyed word hashes (PostgreSQL)",
        apply: web::word_index,
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

/// The `settings` key under which a PostgreSQL catalog keeps its field keys' check value.
const FIELD_KEY_CHECK: &str = "field_key_check";

/// The check value of the keys a catalog's fields are sealed under, if they are.
fn field_key_check(conn: &Conn) -> Result<Option<String>, CatalogError> {
    Ok(conn
        .query_all(
            "SELECT value FROM settings WHERE key = ?1",
            params![FIELD_KEY_CHECK],
            |r| r.get(0),
        )?
        .into_iter()
        .next())
}

/// Whether a catalog's fields are sealed under some key ring's keys.
pub(super) fn fields_sealed(conn: &Conn) -> Result<bool, CatalogError> {
    Ok(field_key_check(conn)?.is_some())
}

/// Makes sure a PostgreSQL catalog's personal data is sealed under this connection's keys
/// ([`super::fields`]), inside the set-up transaction (under the writer lock):
/// - a catalog that records the same keys' check value is left as it is;
/// - one that records another is refused ([`CatalogError::FieldKeyMismatch`]): this worker's key
///   ring is not the one the catalog was sealed under, and anything it wrote would be
///   unreadable to the others;
/// - one that records none (new, or written before fields were sealed) has every value of every
///   sealed column sealed now, and its words indexed as keyed hashes, before its check value is
///   recorded.
///
/// Does nothing on SQLite (encrypted whole) or without a key.
pub(super) fn seal_fields(conn: &Conn) -> Result<usize, CatalogError> {
    let Some(keys) = conn.fields().keys() else {
        return Ok(0);
    };
    if conn.engine() != Engine::Postgres {
        return Ok(0);
    }
    match field_key_check(conn)? {
        Some(c) if c == keys.check() => return Ok(0),
        Some(_) => return Err(CatalogError::FieldKeyMismatch),
        None => {}
    }
    let mut sealed = 0;
    conn.execute("DELETE FROM document_words", params![])?;
    for (table, key_columns) in SEALED_TABLES {
        let fields: Vec<Field> = Field::ALL
            .iter()
            .copied()
            .filter(|f| f.column().0 == *table)
            .collect();
        let columns: Vec<&str> = fields.iter().map(|f| f.column().1).collect();
        // The rows' keys first, then the rows a batch at a time: a large catalog's text is
        // never all in memory at once.
        let keys_of_rows: Vec<Vec<Value>> = conn.query_all(
            &format!("SELECT {} FROM {table}", key_columns.join(", ")),
            params![],
            |r| {
                (0..key_columns.len())
                    .map(|i| r.get::<_, Value>(i))
                    .collect()
            },
        )?;
        let set: Vec<String> = columns
            .iter()
            .enumerate()
            .map(|(i, c)| format!("{c} = ?{}", i + 1))
            .collect();
        let wheres: Vec<String> = key_columns
            .iter()
            .enumerate()
            .map(|(i, c)| format!("{c} = ?{}", columns.len() + i + 1))
            .collect();
        let update = format!(
            "UPDATE {table} SET {} WHERE {}",
            set.join(", "),
            wheres.join(" AND ")
        );
        for batch in keys_of_rows.chunks(SEAL_BATCH) {
            let mut mark = 0;
            let matches: Vec<String> = batch
                .iter()
                .map(|_| {
                    let each: Vec<String> = key_columns
                        .iter()
                        .map(|c| {
                            mark += 1;
                            format!("{c} = ?{mark}")
                        })
                        .collect();
                    format!("({})", each.join(" AND "))
                })
                .collect();
            let rows: Vec<Vec<Value>> = conn.query_all(
                &format!(
                    "SELECT {}, {} FROM {table} WHERE {}",
                    key_columns.join(", "),
                    columns.join(", "),
                    matches.join(" OR ")
                ),
                batch.concat(),
                |r| {
                    (0..key_columns.len() + columns.len())
                        .map(|i| r.get::<_, Value>(i))
                        .collect()
                },
            )?;
            for row in rows {
                let (keys_now, values) = row.split_at(key_columns.len());
                let mut bound: Vec<Value> = Vec::with_capacity(row.len());
                for (field, v) in fields.iter().zip(values) {
                    bound.push(match v {
                        Value::Null => Value::Null,
                        Value::Text(t) => conn.fields().seal(*field, t)?,
                        Value::Blob(b) => conn.fields().seal_blob(*field, b)?,
                        other => other.clone(),
                    });
                }
                bound.extend(keys_now.iter().cloned());
                conn.execute(&update, bound)?;
                // The search index, from the text in hand (it is sealed from now on).
                if let ([Value::Text(id)], [Value::Text(text)]) = (keys_now, values) {
                    if *table == "document_text" {
                        web::index_words(conn, id, text)?;
                    }
                }
                sealed += 1;
            }
        }
    }
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?1, ?2)",
        params![FIELD_KEY_CHECK, keys.check()],
    )?;
    Ok(sealed)
}

/// Rows read at a time while an older catalog is sealed.
const SEAL_BATCH: usize = 200;

/// Each table with sealed columns, and the columns that pick out one of its rows (read before
/// sealing: a key column that is itself sealed, a child's name, is matched on its old value).
const SEALED_TABLES: &[(&str, &[&str])] = &[
    ("cases", &["case_number"]),
    ("children", &["case_number", "name"]),
    ("documents", &["id"]),
    ("document_text", &["document_id"]),
    ("contact_log", &["id"]),
    ("quarantine", &["id"]),
    ("set_aside", &["id"]),
    ("route_examples", &["id"]),
    ("route_decisions", &["sha256"]),
    ("route_models", &["version"]),
    ("import_batches", &["import_id", "batch"]),
    ("work_items", &["id"]),
    ("holds", &["id"]),
];

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
            _ => Catalog::open_postgres(&pg, Some(&crate::catalog::test_key())),
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

    /// Words that belong to no schema, setting or code: found anywhere in the database, they
    /// are personal data that reached the server readable.
    const MARKERS: [&str; 9] = [
        "quillfeather",
        "ottoline",
        "2011-07-19",
        "zanzibar",
        "marmalade",
        "xylophone",
        "brambleton",
        "quillmodel",
        "wibbleshire",
    ];

    /// Every text and byte value of every table of the catalog's database, as text.
    fn everything_the_server_holds(c: &Catalog) -> Vec<String> {
        let conn = c.conn();
        let columns: Vec<(String, String, String)> = conn
            .query_all(
                "SELECT table_name, column_name, data_type FROM information_schema.columns
                 WHERE table_schema = current_schema() AND data_type IN ('text', 'bytea')",
                params![],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .unwrap();
        assert!(columns.len() > 50, "{columns:?}");
        let mut out = Vec::new();
        for (table, column, kind) in columns {
            let expr = if kind == "bytea" {
                format!("encode({column}, 'escape')")
            } else {
                column.clone()
            };
            out.extend(
                conn.query_all(
                    &format!("SELECT {expr} FROM {table} WHERE {column} IS NOT NULL"),
                    params![],
                    |r| Ok(format!("{table}.{column}: {}", r.get::<_, String>(0)?)),
                )
                .unwrap(),
            );
        }
        out
    }

    fn leaks(c: &Catalog) -> Vec<String> {
        everything_the_server_holds(c)
            .into_iter()
            .filter(|v| MARKERS.iter().any(|m| v.to_lowercase().contains(m)))
            .collect()
    }

    /// Fills every sealed column through the catalog's own operations.
    fn fill(c: &Catalog) {
        use crate::catalog::cases::{Case, Child};
        use chrono::NaiveDate;
        c.import_cases(&[Case {
            case_number: "LS24P01234".into(),
            case_name: "Quillfeather v Brambleton Council".into(),
            law_type: "public".into(),
            stage: None,
            status: "open".into(),
            closed_on: None,
            shielded: false,
            children: vec![
                Child {
                    name: "Ottoline Quillfeather".into(),
                    dob: NaiveDate::from_ymd_opt(2011, 7, 19),
                    died: None,
                },
                Child {
                    name: "Aaron Quillfeather".into(),
                    dob: None,
                    died: None,
                },
            ],
            allocated: None,
            shield_key: None,
        }])
        .unwrap();
        for (id, name) in [
            ("dddddd0002", "Zanzibar statement"),
            ("dddddd0001", "Zanzibar assessment"),
        ] {
            c.insert_pending(&crate::catalog::NewDocument {
                id,
                case_number: "LS24P01234",
                folder: "court-orders",
                name,
                original_name: "zanzibar-scan.png",
                sha256: id,
                pages: 1,
                legibility_json: "[]",
                routing_rule: "court-order",
                retention_schedule: "cafcass-2020",
                retention_rule: "whole-record",
                retention_until: NaiveDate::from_ymd_opt(2020, 1, 1),
                retention_pending: None,
                retention_permanent: false,
                object_key: "objects/ab",
                received_at: chrono::Utc::now(),
                pipeline: "scanning-station",
            })
            .unwrap();
            c.mark_stored(id, 10, "pdfsha", b"env").unwrap();
        }
        c.index_text(
            "dddddd0001",
            "The marmalade hearing of Ottoline, listed at Wibbleshire.",
        )
        .unwrap();
        c.log_contact(Some("LS24P01234"), None, "note", "rang Mrs Quillfeather")
            .unwrap();
        c.insert_quarantine(
            "quillfeather letter.pdf",
            std::path::Path::new("/inbox/quarantine/quillfeather letter.pdf"),
            "corrupt",
            "xylophone: the decoder could not read it",
            &[],
            "qsha",
            "scanning-station",
        )
        .unwrap();
        let q = c.quarantine().unwrap().remove(0);
        c.set_aside_item(
            &q,
            "rescan",
            "ask Brambleton for a clean copy",
            "/kept/quillfeather.pdf",
        )
        .unwrap();
        c.set_hold("LS24P01234", "Quillfeather complaint").unwrap();
        c.add_route_example(
            "LS24P01234",
            "dddddd0001",
            &crate::document::RouteExample {
                kind: Some("court-order".into()),
                text: "ORDER for Ottoline".into(),
                ..Default::default()
            },
        )
        .unwrap();
        c.put_filing_decision(&crate::catalog::routing::FilingDecision {
            sha256: "qsha".into(),
            case_number: "LS24P01234".into(),
            folder: "court-orders".into(),
            document_name: Some("Zanzibar order".into()),
            user_name: "ann".into(),
            reason: Some("Quillfeather asked".into()),
        })
        .unwrap();
        c.put_route_model("v1", b"QUILLMODEL weights").unwrap();
        c.record_import_walk(
            "gdrive",
            &[crate::catalog::imports::WalkBatch {
                paths: vec!["Quillfeather/letter.pdf".into()],
                bytes: 10,
            }],
        )
        .unwrap();
        c.enqueue("s3", &["inbox/Quillfeather scan.pdf".to_string()])
            .unwrap();
    }

    /// What [`fill`] wrote, read back through the catalog.
    fn read_back(c: &Catalog) {
        let case = c.case("LS24P01234").unwrap().unwrap();
        assert_eq!(case.case_name, "Quillfeather v Brambleton Council");
        let children: Vec<&str> = case.children.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(children, ["Aaron Quillfeather", "Ottoline Quillfeather"]);
        assert_eq!(case.children[1].dob.unwrap().to_string(), "2011-07-19");
        let names: Vec<String> = c
            .documents(Some("LS24P01234"))
            .unwrap()
            .into_iter()
            .map(|d| d.name)
            .collect();
        assert_eq!(names, ["Zanzibar assessment", "Zanzibar statement"]);
        assert!(c
            .name_taken("LS24P01234", "Zanzibar statement", Some("dddddd0001"))
            .unwrap());
        assert!(!c
            .name_taken("LS24P01234", "Zanzibar statement", Some("dddddd0002"))
            .unwrap());
        for query in [
            "marmalade",
            "MARMAL*",
            "ottoline wibbleshire",
            "wibbleshir*",
        ] {
            let hits = c.search_text(query, 10).unwrap();
            assert_eq!(hits.len(), 1, "{query}");
            assert_eq!(hits[0].document_id, "dddddd0001");
        }
        assert!(c.search_text("marmalade zanzibar", 10).unwrap().is_empty());
        assert!(c.search_text("wibbleshirex*", 10).unwrap().is_empty());
        let hit = &c.search_text("marmalade", 10).unwrap()[0];
        assert!(hit.snippet.contains("[marmalade]"), "{}", hit.snippet);
        assert!(c
            .contact_log(Some("LS24P01234"))
            .unwrap()
            .iter()
            .any(|e| e.detail == "rang Mrs Quillfeather"));
        let aside = c.set_aside_items(false).unwrap();
        assert_eq!(aside[0].note, "ask Brambleton for a clean copy");
        assert_eq!(aside[0].path, "/kept/quillfeather.pdf");
        assert!(c
            .holds(true)
            .unwrap()
            .iter()
            .any(|h| h.reason == "Quillfeather complaint"));
        // A destruction refused for the hold names it, read back opened.
        c.lift_holds("global").unwrap();
        let refused = c
            .begin_destruction(
                &crate::seal::ChainKey::from_bytes([3; 32]),
                "dddddd0001",
                chrono::NaiveDate::from_ymd_opt(2030, 1, 1).unwrap(),
            )
            .unwrap()
            .unwrap_err();
        assert_eq!(
            refused.to_string(),
            "LS24P01234 hold: Quillfeather complaint"
        );
        assert_eq!(c.route_examples().unwrap()[0].text, "ORDER for Ottoline");
        let d = c.filing_decision("qsha").unwrap().unwrap();
        assert_eq!(d.document_name.as_deref(), Some("Zanzibar order"));
        assert_eq!(c.route_model("v1").unwrap().unwrap(), b"QUILLMODEL weights");
        assert_eq!(
            c.import_batch("gdrive", 0).unwrap(),
            vec!["Quillfeather/letter.pdf".to_string()]
        );
        assert_eq!(c.import_progress("gdrive").unwrap().batches, 1);
        let mut items: Vec<String> = c
            .claim("s3", "w1", 10, 60_000)
            .unwrap()
            .into_iter()
            .map(|i| i.item)
            .collect();
        items.extend(
            c.claim("import:gdrive", "w1", 10, 60_000)
                .unwrap()
                .into_iter()
                .map(|i| i.item),
        );
        assert_eq!(items, ["inbox/Quillfeather scan.pdf", "0"]);
        // Listed again: the same key is the same (sealed) item, not a second one.
        assert_eq!(
            c.enqueue("s3", &["inbox/Quillfeather scan.pdf".to_string()])
                .unwrap(),
            0
        );
    }

    /// Issue 16's premise: the PostgreSQL server never holds the catalog's personal data
    /// readable. Every sealed column is written through the catalog's operations, every text
    /// and byte value of every table is then read straight from the server and searched for
    /// the words written, and everything reads back through the catalog as it was written.
    #[test]
    fn personal_data_reaches_postgresql_only_sealed() {
        let url = crate::catalog::pg_server::shared().fresh_database();
        let c = Catalog::open_postgres(&url, Some(&crate::catalog::test_key())).unwrap();
        fill(&c);
        assert_eq!(leaks(&c), Vec::<String>::new());
        read_back(&c);
        // The same operations on SQLite (encrypted whole) give the same answers.
        let s = Catalog::in_memory().unwrap();
        fill(&s);
        read_back(&s);
    }

    /// A catalog written before fields were sealed (values in the clear, no check value) is
    /// sealed whole when a worker with the key first opens it; a worker with another key ring
    /// is refused; one opened without a key counts but neither reads nor writes personal data.
    #[test]
    fn a_clear_postgresql_catalog_is_sealed_once_and_other_keys_refused() {
        let url = crate::catalog::pg_server::shared().fresh_database();
        let key = crate::catalog::test_key();
        {
            let c = Catalog::open_postgres(&url, Some(&key)).unwrap();
            c.conn()
                .execute_batch(
                    "DELETE FROM settings WHERE key = 'field_key_check';
                     DELETE FROM holds;
                     INSERT INTO cases (case_number, case_name, law_type, status, updated_at)
                       VALUES ('LS24P01234', 'Quillfeather v Brambleton', 'public', 'open', 'x');
                     INSERT INTO children (case_number, name, dob)
                       VALUES ('LS24P01234', 'Ottoline Quillfeather', '2011-07-19');
                     INSERT INTO contact_log (at, case_number, action, detail)
                       VALUES ('x', 'LS24P01234', 'note', 'rang Mrs Quillfeather');
                     INSERT INTO contact_log (at, case_number, action, detail)
                       SELECT 'x', 'LS24P01234', 'note', 'Quillfeather call ' || g
                       FROM generate_series(1, 450) g;
                     INSERT INTO document_text (document_id, text)
                       SELECT 'dddddd1' || g, 'zanzibar minutes ' || g
                       FROM generate_series(100, 550) g;
                     INSERT INTO holds (scope, kind, reason, set_at)
                       VALUES ('global', 'hold', 'Quillfeather inquiry', 'x');
                     INSERT INTO document_text (document_id, text)
                       VALUES ('dddddd0001', 'the marmalade hearing');
                     INSERT INTO route_models (version, trained_at, model)
                       VALUES ('v1', 'x', 'QUILLMODEL'::bytea);",
                )
                .unwrap();
            assert!(!leaks(&c).is_empty(), "the fixture is in the clear");
        }
        let c = Catalog::open_postgres(&url, Some(&key)).unwrap();
        assert_eq!(leaks(&c), Vec::<String>::new());
        let case = c.case("LS24P01234").unwrap().unwrap();
        assert_eq!(case.case_name, "Quillfeather v Brambleton");
        assert_eq!(case.children[0].name, "Ottoline Quillfeather");
        // Sealed a batch at a time: more rows than a batch, each one read back.
        let log = c.contact_log(None).unwrap();
        assert_eq!(log.len(), 451);
        assert_eq!(log[0].detail, "rang Mrs Quillfeather");
        assert_eq!(log[450].detail, "Quillfeather call 450");
        assert_eq!(c.search_text("zanzibar", 1000).unwrap().len(), 451);
        assert_eq!(
            c.search_text("zanzibar 321", 5).unwrap()[0].document_id,
            "dddddd1321"
        );
        assert_eq!(c.holds(true).unwrap()[0].reason, "Quillfeather inquiry");
        assert_eq!(
            c.search_text("marmalade", 5).unwrap()[0].document_id,
            "dddddd0001"
        );
        assert_eq!(c.route_model("v1").unwrap().unwrap(), b"QUILLMODEL");
        drop(c);
        // Opened again: nothing sealed twice.
        let c = Catalog::open_postgres(&url, Some(&key)).unwrap();
        assert_eq!(
            c.case("LS24P01234").unwrap().unwrap().case_name,
            "Quillfeather v Brambleton"
        );
        drop(c);
        let other = crate::seal::CatalogKey::from_bytes([7; 32]);
        let err = Catalog::open_postgres(&url, Some(&other))
            .err()
            .expect("refused");
        assert!(matches!(err, CatalogError::FieldKeyMismatch), "{err}");
        let locked = Catalog::open_postgres(&url, None).unwrap();
        // Counted as held under its ring, as an SQLCipher file is: no new ring replaces it.
        assert_eq!(
            locked.holding_counts().unwrap(),
            crate::catalog::Holdings::Encrypted
        );
        assert!(locked.case("LS24P01234").is_err());
        assert!(locked.set_hold("LS24P01234", "x").is_err());
    }

    /// Every sealed column's table is sealed when an older catalog is first opened with a key.
    #[test]
    fn every_sealed_column_is_in_the_sealing_step() {
        for f in Field::ALL {
            assert!(
                SEALED_TABLES.iter().any(|(t, _)| *t == f.column().0),
                "{f:?}"
            );
        }
    }
}
