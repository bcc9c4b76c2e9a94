//! One catalog interface, two engines: SQLite (SQLCipher, embedded, the default) and PostgreSQL
//! (several workers on several machines sharing one catalog; issue 16).
//!
//! The catalog's queries are written once, in the SQL both engines speak (`ON CONFLICT … DO`,
//! `?N` parameters, `INTEGER`/`TEXT`/`BLOB` columns), against [`Conn`], whose methods are the
//! small part of rusqlite's API the catalog uses (`execute`, `query_row`, `prepare` +
//! `query_map`, `transaction`). On SQLite they are rusqlite's own, on cached statements. On
//! PostgreSQL the same text is translated at the edge: `?N` becomes `$N`; in schema text
//! `INTEGER` becomes `BIGINT`, `BLOB` `BYTEA` and an `AUTOINCREMENT` key an identity column;
//! values are bound to whatever type the server inferred for each parameter, and read back
//! into the same five kinds SQLite has ([`Value`]). Where the engines really differ (full-text
//! search, column discovery for migrations, SQLCipher's pragmas) the caller asks
//! [`Conn::engine`] and says both.
//!
//! PostgreSQL is reached through the blocking `postgres` client, which runs its own small
//! runtime and must never be called from inside tokio's: the connection therefore lives on a
//! thread of its own and each call is sent to it. Catalog calls already block (SQLite
//! does), so callers see no difference. Prepared statements are cached on that thread, so a
//! statement costs one round trip after its first use.

use std::collections::HashMap;
use std::ops::Deref;
use std::sync::mpsc;

use postgres::types::{IsNull, ToSql, Type};
use thiserror::Error;

use super::fields::{Field, FieldError, FieldKeys};

/// Which engine a catalog runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

/// A query that failed, on either engine.
#[derive(Debug, Error)]
pub enum DbError {
    #[error("{0}")]
    Sqlite(rusqlite::Error),
    #[error("PostgreSQL: {0}")]
    Postgres(String),
    /// A query that must return a row returned none (`.optional()` turns it into `None`).
    #[error("the query returned no row")]
    NoRows,
    #[error("column {column}: {message}")]
    Column { column: String, message: String },
    /// A sealed field ([`super::fields`]) that could not be sealed or opened.
    #[error("sealed column {field}: {message}")]
    Sealed {
        field: &'static str,
        message: String,
    },
}

impl From<FieldError> for DbError {
    fn from(e: FieldError) -> DbError {
        DbError::Sealed {
            field: e.field,
            message: e.message,
        }
    }
}

impl From<rusqlite::Error> for DbError {
    fn from(e: rusqlite::Error) -> DbError {
        match e {
            rusqlite::Error::QueryReturnedNoRows => DbError::NoRows,
            e => DbError::Sqlite(e),
        }
    }
}

impl From<postgres::Error> for DbError {
    fn from(e: postgres::Error) -> DbError {
        DbError::Postgres(match e.as_db_error() {
            // The server's own message and code, not the driver's bare "db error".
            Some(db) => format!("{} ({})", db.message(), db.code().code()),
            None => e.to_string(),
        })
    }
}

/// `.optional()`, as rusqlite's `OptionalExtension`: no row is `None`, not an error.
pub trait OptionalExtension<T> {
    fn optional(self) -> Result<Option<T>, DbError>;
}

impl<T> OptionalExtension<T> for Result<T, DbError> {
    fn optional(self) -> Result<Option<T>, DbError> {
        match self {
            Ok(v) => Ok(Some(v)),
            Err(DbError::NoRows) => Ok(None),
            Err(e) => Err(e),
        }
    }
}

/// A value as both engines hold it: SQLite's five storage classes.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
    Blob(Vec<u8>),
}

/// A borrowed [`Value`], as a row hands it out.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ValueRef<'a> {
    Null,
    Int(i64),
    Real(f64),
    Text(&'a str),
    Blob(&'a [u8]),
}

impl Value {
    fn as_ref(&self) -> ValueRef<'_> {
        match self {
            Value::Null => ValueRef::Null,
            Value::Int(i) => ValueRef::Int(*i),
            Value::Real(f) => ValueRef::Real(*f),
            Value::Text(s) => ValueRef::Text(s),
            Value::Blob(b) => ValueRef::Blob(b),
        }
    }
}

/// What may be bound as a parameter.
pub trait ToValue {
    fn to_value(&self) -> Value;
}

impl<T: ToValue + ?Sized> ToValue for &T {
    fn to_value(&self) -> Value {
        (**self).to_value()
    }
}
impl<T: ToValue> ToValue for Option<T> {
    fn to_value(&self) -> Value {
        self.as_ref().map_or(Value::Null, ToValue::to_value)
    }
}
impl ToValue for Value {
    fn to_value(&self) -> Value {
        self.clone()
    }
}
impl ToValue for str {
    fn to_value(&self) -> Value {
        Value::Text(self.to_string())
    }
}
impl ToValue for String {
    fn to_value(&self) -> Value {
        Value::Text(self.clone())
    }
}
impl ToValue for [u8] {
    fn to_value(&self) -> Value {
        Value::Blob(self.to_vec())
    }
}
impl ToValue for Vec<u8> {
    fn to_value(&self) -> Value {
        Value::Blob(self.clone())
    }
}
impl<const N: usize> ToValue for [u8; N] {
    fn to_value(&self) -> Value {
        Value::Blob(self.to_vec())
    }
}
impl ToValue for bool {
    fn to_value(&self) -> Value {
        Value::Int(i64::from(*self))
    }
}
impl ToValue for f64 {
    fn to_value(&self) -> Value {
        Value::Real(*self)
    }
}
macro_rules! int_to_value {
    ($($t:ty),*) => {$(
        impl ToValue for $t {
            fn to_value(&self) -> Value {
                // Every count and size here fits an i64; one that did not would be a bug worth
                // a loud stop rather than a silently wrapped number in the record.
                Value::Int(i64::try_from(*self).expect("integer fits the catalog's 64 bits"))
            }
        }
    )*};
}
int_to_value!(i64, i32, i16, u8, u16, u32, u64, usize);

/// Parameters: what `params![…]` makes, or `[]` for none.
pub trait Params {
    fn values(&self) -> Vec<Value>;
}
impl Params for &[&dyn ToValue] {
    fn values(&self) -> Vec<Value> {
        self.iter().map(|v| v.to_value()).collect()
    }
}
impl Params for [&dyn ToValue; 0] {
    fn values(&self) -> Vec<Value> {
        Vec::new()
    }
}
impl Params for Vec<Value> {
    fn values(&self) -> Vec<Value> {
        self.clone()
    }
}

/// `params![a, b, …]`: the parameters of one statement, bound by reference.
#[macro_export]
macro_rules! db_params {
    () => {
        &[] as &[&dyn $crate::catalog::db::ToValue]
    };
    ($($p:expr),+ $(,)?) => {
        &[$(&$p as &dyn $crate::catalog::db::ToValue),+] as &[&dyn $crate::catalog::db::ToValue]
    };
}
pub use crate::db_params as params;

/// What a column may be read as.
pub trait FromValue: Sized {
    fn from_value(v: ValueRef<'_>) -> Result<Self, String>;
}

impl<T: FromValue> FromValue for Option<T> {
    fn from_value(v: ValueRef<'_>) -> Result<Self, String> {
        match v {
            ValueRef::Null => Ok(None),
            v => T::from_value(v).map(Some),
        }
    }
}
impl FromValue for String {
    fn from_value(v: ValueRef<'_>) -> Result<Self, String> {
        match v {
            ValueRef::Text(s) => Ok(s.to_string()),
            other => Err(format!("expected text, found {other:?}")),
        }
    }
}
impl FromValue for Vec<u8> {
    fn from_value(v: ValueRef<'_>) -> Result<Self, String> {
        match v {
            ValueRef::Blob(b) => Ok(b.to_vec()),
            ValueRef::Text(s) => Ok(s.as_bytes().to_vec()),
            other => Err(format!("expected bytes, found {other:?}")),
        }
    }
}
impl FromValue for f64 {
    fn from_value(v: ValueRef<'_>) -> Result<Self, String> {
        match v {
            ValueRef::Real(f) => Ok(f),
            ValueRef::Int(i) => Ok(i as f64),
            other => Err(format!("expected a number, found {other:?}")),
        }
    }
}
impl FromValue for bool {
    fn from_value(v: ValueRef<'_>) -> Result<Self, String> {
        match v {
            ValueRef::Int(i) => Ok(i != 0),
            other => Err(format!("expected a flag, found {other:?}")),
        }
    }
}
impl FromValue for Value {
    fn from_value(v: ValueRef<'_>) -> Result<Self, String> {
        Ok(match v {
            ValueRef::Null => Value::Null,
            ValueRef::Int(i) => Value::Int(i),
            ValueRef::Real(f) => Value::Real(f),
            ValueRef::Text(s) => Value::Text(s.to_string()),
            ValueRef::Blob(b) => Value::Blob(b.to_vec()),
        })
    }
}
macro_rules! int_from_value {
    ($($t:ty),*) => {$(
        impl FromValue for $t {
            fn from_value(v: ValueRef<'_>) -> Result<Self, String> {
                match v {
                    ValueRef::Int(i) => <$t>::try_from(i)
                        .map_err(|_| format!("{i} is out of range for {}", stringify!($t))),
                    other => Err(format!("expected an integer, found {other:?}")),
                }
            }
        }
    )*};
}
int_from_value!(i64, i32, i16, u8, u16, u32, u64, usize);

/// A column by position or by name.
pub trait ColumnIndex {
    fn column(&self) -> Column<'_>;
}
/// What a [`ColumnIndex`] names.
pub enum Column<'a> {
    At(usize),
    Named(&'a str),
}
impl ColumnIndex for usize {
    fn column(&self) -> Column<'_> {
        Column::At(*self)
    }
}
impl ColumnIndex for &str {
    fn column(&self) -> Column<'_> {
        Column::Named(self)
    }
}

/// One row of a result.
pub enum Row<'a> {
    Sqlite(&'a rusqlite::Row<'a>),
    Values {
        values: &'a [Value],
        names: &'a [String],
    },
}

impl Row<'_> {
    /// Column `idx` (a position or a name) as `T`.
    pub fn get<I: ColumnIndex, T: FromValue>(&self, idx: I) -> Result<T, DbError> {
        let label = || match idx.column() {
            Column::At(i) => i.to_string(),
            Column::Named(n) => n.to_string(),
        };
        let column_error = |message: String| DbError::Column {
            column: label(),
            message,
        };
        match self {
            Row::Sqlite(r) => {
                let at = match idx.column() {
                    Column::At(i) => i,
                    Column::Named(n) => r
                        .as_ref()
                        .column_index(n)
                        .map_err(|_| column_error("no such column".into()))?,
                };
                let v = match r.get_ref(at)? {
                    rusqlite::types::ValueRef::Null => ValueRef::Null,
                    rusqlite::types::ValueRef::Integer(i) => ValueRef::Int(i),
                    rusqlite::types::ValueRef::Real(f) => ValueRef::Real(f),
                    rusqlite::types::ValueRef::Text(t) => ValueRef::Text(
                        std::str::from_utf8(t).map_err(|e| column_error(e.to_string()))?,
                    ),
                    rusqlite::types::ValueRef::Blob(b) => ValueRef::Blob(b),
                };
                T::from_value(v).map_err(column_error)
            }
            Row::Values { values, names } => {
                let at = match idx.column() {
                    Column::At(i) if i < values.len() => i,
                    Column::At(_) => return Err(column_error("no such column".into())),
                    Column::Named(n) => names
                        .iter()
                        .position(|c| c.eq_ignore_ascii_case(n))
                        .ok_or_else(|| column_error("no such column".into()))?,
                };
                T::from_value(values[at].as_ref()).map_err(column_error)
            }
        }
    }
}

/// How a connection treats sealed fields.
#[derive(Debug, Default)]
pub enum Fields {
    /// SQLite: values pass unchanged (the file is encrypted whole).
    #[default]
    Clear,
    /// PostgreSQL with the catalog key: values are sealed and opened.
    Sealed(Box<FieldKeys>),
    /// PostgreSQL without the key: sealed fields can be neither written nor read.
    Locked,
}

impl Fields {
    fn locked(field: Field) -> DbError {
        DbError::Sealed {
            field: field.column().1,
            message: "this PostgreSQL catalog was opened without the key ring's catalog key".into(),
        }
    }

    /// `text` as it is stored in `field`'s column.
    pub fn seal(&self, field: Field, text: &str) -> Result<Value, DbError> {
        match self {
            Fields::Clear => Ok(Value::Text(text.to_string())),
            Fields::Sealed(k) => Ok(Value::Text(k.seal_text(field, text)?)),
            Fields::Locked => Err(Fields::locked(field)),
        }
    }

    /// [`Fields::seal`] of a value that may be absent (`NULL` stays `NULL`).
    pub fn seal_opt(&self, field: Field, text: Option<&str>) -> Result<Value, DbError> {
        match text {
            Some(t) => self.seal(field, t),
            None => Ok(Value::Null),
        }
    }

    /// `bytes` as they are stored in `field`'s `BLOB` column.
    pub fn seal_blob(&self, field: Field, bytes: &[u8]) -> Result<Value, DbError> {
        match self {
            Fields::Clear => Ok(Value::Blob(bytes.to_vec())),
            Fields::Sealed(k) => Ok(Value::Blob(k.seal_bytes(field, bytes)?)),
            Fields::Locked => Err(Fields::locked(field)),
        }
    }

    /// A stored value of `field`, opened.
    pub fn open(&self, field: Field, stored: String) -> Result<String, DbError> {
        match self {
            Fields::Clear => Ok(stored),
            Fields::Sealed(k) => Ok(k.open_text(field, &stored)?),
            Fields::Locked => Err(Fields::locked(field)),
        }
    }

    /// [`Fields::open`] of a value that may be `NULL`.
    pub fn open_opt(
        &self,
        field: Field,
        stored: Option<String>,
    ) -> Result<Option<String>, DbError> {
        stored.map(|s| self.open(field, s)).transpose()
    }

    /// A stored `BLOB` of `field`, opened.
    pub fn open_blob(&self, field: Field, stored: Vec<u8>) -> Result<Vec<u8>, DbError> {
        match self {
            Fields::Clear => Ok(stored),
            Fields::Sealed(k) => Ok(k.open_bytes(field, &stored)?),
            Fields::Locked => Err(Fields::locked(field)),
        }
    }

    /// The keys, where values are sealed.
    pub fn keys(&self) -> Option<&FieldKeys> {
        match self {
            Fields::Sealed(k) => Some(k),
            _ => None,
        }
    }
}

/// A catalog connection, on either engine.
pub struct Conn {
    inner: Inner,
    fields: Fields,
}

enum Inner {
    Sqlite(rusqlite::Connection),
    Postgres(Pg),
}

impl Conn {
    pub fn sqlite(conn: rusqlite::Connection) -> Conn {
        Conn {
            inner: Inner::Sqlite(conn),
            fields: Fields::Clear,
        }
    }

    /// Connects to PostgreSQL at `url` (`postgres://user@host:port/db`). Its personal data is
    /// sealed under `key`'s field keys; without a key it can be counted but not read or
    /// written ([`Fields::Locked`]).
    pub fn postgres(url: &str, key: Option<&crate::seal::CatalogKey>) -> Result<Conn, DbError> {
        Ok(Conn {
            inner: Inner::Postgres(Pg::connect(url)?),
            fields: match key {
                Some(k) => Fields::Sealed(Box::new(FieldKeys::derive(k))),
                None => Fields::Locked,
            },
        })
    }

    /// How this connection seals personal data ([`super::fields`]).
    pub fn fields(&self) -> &Fields {
        &self.fields
    }

    pub fn engine(&self) -> Engine {
        match self.inner {
            Inner::Sqlite(_) => Engine::Sqlite,
            Inner::Postgres(_) => Engine::Postgres,
        }
    }

    /// The SQLite connection, for what only SQLite has (SQLCipher's pragmas, the WAL).
    pub fn as_sqlite(&self) -> Option<&rusqlite::Connection> {
        match &self.inner {
            Inner::Sqlite(c) => Some(c),
            Inner::Postgres(_) => None,
        }
    }

    /// Runs one statement; returns the number of rows it changed.
    pub fn execute<P: Params>(&self, sql: &str, params: P) -> Result<usize, DbError> {
        match &self.inner {
            Inner::Sqlite(c) => {
                let values = params.values();
                Ok(c.prepare_cached(sql)?
                    .execute(rusqlite::params_from_iter(values.iter().map(SqliteValue)))?)
            }
            Inner::Postgres(pg) => pg.execute(sql, params.values()),
        }
    }

    /// Runs several statements with no parameters (test fixtures, `BEGIN`/`COMMIT`).
    pub fn execute_batch(&self, sql: &str) -> Result<(), DbError> {
        match &self.inner {
            Inner::Sqlite(c) => Ok(c.execute_batch(sql)?),
            Inner::Postgres(pg) => pg.batch(sql.to_string()),
        }
    }

    /// Runs schema text written for SQLite: on PostgreSQL its types are translated first
    /// ([`pg_ddl`]).
    pub fn execute_ddl(&self, sql: &str) -> Result<(), DbError> {
        match &self.inner {
            Inner::Sqlite(c) => Ok(c.execute_batch(sql)?),
            Inner::Postgres(pg) => pg.batch(pg_ddl(sql)),
        }
    }

    /// The first row of a query, read by `f`; [`DbError::NoRows`] when there is none.
    pub fn query_row<T, P, F>(&self, sql: &str, params: P, f: F) -> Result<T, DbError>
    where
        P: Params,
        F: FnOnce(&Row<'_>) -> Result<T, DbError>,
    {
        match &self.inner {
            Inner::Sqlite(c) => {
                let values = params.values();
                let mut stmt = c.prepare_cached(sql)?;
                let mut rows =
                    stmt.query(rusqlite::params_from_iter(values.iter().map(SqliteValue)))?;
                match rows.next()? {
                    Some(r) => f(&Row::Sqlite(r)),
                    None => Err(DbError::NoRows),
                }
            }
            Inner::Postgres(pg) => {
                let (names, rows) = pg.query(sql, params.values())?;
                match rows.first() {
                    Some(values) => f(&Row::Values {
                        values,
                        names: &names,
                    }),
                    None => Err(DbError::NoRows),
                }
            }
        }
    }

    /// Every row of a query, each read by `f`.
    pub fn query_all<T, P, F>(&self, sql: &str, params: P, mut f: F) -> Result<Vec<T>, DbError>
    where
        P: Params,
        F: FnMut(&Row<'_>) -> Result<T, DbError>,
    {
        match &self.inner {
            Inner::Sqlite(c) => {
                let values = params.values();
                let mut stmt = c.prepare_cached(sql)?;
                let mut rows =
                    stmt.query(rusqlite::params_from_iter(values.iter().map(SqliteValue)))?;
                let mut out = Vec::new();
                while let Some(r) = rows.next()? {
                    out.push(f(&Row::Sqlite(r))?);
                }
                Ok(out)
            }
            Inner::Postgres(pg) => {
                let (names, rows) = pg.query(sql, params.values())?;
                rows.iter()
                    .map(|values| {
                        f(&Row::Values {
                            values,
                            names: &names,
                        })
                    })
                    .collect()
            }
        }
    }

    /// A statement to run several times or read row by row (rusqlite's shape, kept so the
    /// catalog reads as it did).
    pub fn prepare(&self, sql: &str) -> Result<Stmt<'_>, DbError> {
        if let Inner::Sqlite(c) = &self.inner {
            // Surfaces a syntax error where rusqlite would, at prepare.
            c.prepare_cached(sql)?;
        }
        Ok(Stmt {
            conn: self,
            sql: sql.to_string(),
        })
    }

    /// The id the last `INSERT` into a table with an `AUTOINCREMENT` key gave its row.
    pub fn last_insert_rowid(&self) -> Result<i64, DbError> {
        match &self.inner {
            Inner::Sqlite(c) => Ok(c.last_insert_rowid()),
            Inner::Postgres(_) => self.query_row("SELECT lastval()", [], |r| r.get(0)),
        }
    }

    /// Whether `table` has `column` (for migrations that add one).
    pub fn has_column(&self, table: &str, column: &str) -> Result<bool, DbError> {
        let sql = match self.engine() {
            Engine::Sqlite => "SELECT 1 FROM pragma_table_info(?1) WHERE name = ?2",
            Engine::Postgres => {
                "SELECT 1 FROM information_schema.columns
                 WHERE table_schema = current_schema() AND table_name = ?1 AND column_name = ?2"
            }
        };
        self.prepare(sql)?.exists(params![table, column])
    }

    /// A transaction, rolled back unless committed.
    pub fn transaction(&mut self) -> Result<Tx<'_>, DbError> {
        self.execute_batch("BEGIN")?;
        Ok(Tx {
            conn: self,
            done: false,
        })
    }

    /// A transaction that is the only writer from its start: SQLite's `BEGIN IMMEDIATE`; on
    /// PostgreSQL a transaction-scoped advisory lock that every such transaction takes, so
    /// check-then-write steps (the first user, a destruction) never interleave, on any number
    /// of machines.
    pub fn transaction_immediate(&mut self) -> Result<Tx<'_>, DbError> {
        match self.engine() {
            Engine::Sqlite => self.execute_batch("BEGIN IMMEDIATE")?,
            Engine::Postgres => {
                self.execute_batch("BEGIN")?;
                if let Err(e) = self.query_row(
                    "SELECT pg_advisory_xact_lock(?1)",
                    params![WRITER_LOCK],
                    |_| Ok(()),
                ) {
                    let _ = self.execute_batch("ROLLBACK");
                    return Err(e);
                }
            }
        }
        Ok(Tx {
            conn: self,
            done: false,
        })
    }
}

/// The advisory-lock key of [`Conn::transaction_immediate`] ("casevault" in ASCII, folded).
pub const WRITER_LOCK: i64 = 0x6361_7365_7661_756c;

/// A prepared statement.
pub struct Stmt<'c> {
    conn: &'c Conn,
    sql: String,
}

impl Stmt<'_> {
    /// Every row, each read by `f` (collected: catalog results are small).
    pub fn query_map<T, P, F>(
        &mut self,
        params: P,
        f: F,
    ) -> Result<std::vec::IntoIter<Result<T, DbError>>, DbError>
    where
        P: Params,
        F: FnMut(&Row<'_>) -> Result<T, DbError>,
    {
        let mut f = f;
        // Each row's own result, as rusqlite's iterator gives them; the query's error is ours.
        let rows = self.conn.query_all(&self.sql, params, |r| Ok(f(r)))?;
        Ok(rows.into_iter())
    }

    pub fn query_row<T, P, F>(&mut self, params: P, f: F) -> Result<T, DbError>
    where
        P: Params,
        F: FnOnce(&Row<'_>) -> Result<T, DbError>,
    {
        self.conn.query_row(&self.sql, params, f)
    }

    /// Whether the query returns any row.
    pub fn exists<P: Params>(&mut self, params: P) -> Result<bool, DbError> {
        match self.conn.query_row(&self.sql, params, |_| Ok(())) {
            Ok(()) => Ok(true),
            Err(DbError::NoRows) => Ok(false),
            Err(e) => Err(e),
        }
    }

    pub fn execute<P: Params>(&mut self, params: P) -> Result<usize, DbError> {
        self.conn.execute(&self.sql, params)
    }
}

/// An open transaction: it reads and writes as its connection does, and is rolled back when
/// dropped uncommitted.
pub struct Tx<'c> {
    conn: &'c mut Conn,
    done: bool,
}

impl Tx<'_> {
    pub fn commit(mut self) -> Result<(), DbError> {
        self.done = true;
        self.conn.execute_batch("COMMIT")
    }
}

impl Deref for Tx<'_> {
    type Target = Conn;
    fn deref(&self) -> &Conn {
        self.conn
    }
}

impl Drop for Tx<'_> {
    fn drop(&mut self) {
        if !self.done {
            let _ = self.conn.execute_batch("ROLLBACK");
        }
    }
}

/// A [`Value`] bound on SQLite.
struct SqliteValue<'a>(&'a Value);

impl rusqlite::ToSql for SqliteValue<'_> {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::{ToSqlOutput, ValueRef as R};
        Ok(ToSqlOutput::Borrowed(match self.0 {
            Value::Null => R::Null,
            Value::Int(i) => R::Integer(*i),
            Value::Real(f) => R::Real(*f),
            Value::Text(s) => R::Text(s.as_bytes()),
            Value::Blob(b) => R::Blob(b),
        }))
    }
}

/// Schema text written for SQLite, as PostgreSQL takes it: 64-bit integers (SQLite's are),
/// `BYTEA` for blobs, identity columns for `AUTOINCREMENT` keys, and no `REFERENCES` clauses
/// (SQLite does not enforce them here either, and the catalog's own code keeps them: the same
/// rules on both engines).
pub fn pg_ddl(sql: &str) -> String {
    use std::sync::OnceLock;
    static RULES: OnceLock<Vec<(regex::Regex, &'static str)>> = OnceLock::new();
    let rules = RULES.get_or_init(|| {
        [
            (
                r"(?i)\bINTEGER\s+PRIMARY\s+KEY\s+AUTOINCREMENT\b",
                "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY",
            ),
            (r"(?i)\bINTEGER\b", "BIGINT"),
            (r"(?i)\bBLOB\b", "BYTEA"),
            (r"(?i)\bREAL\b", "DOUBLE PRECISION"),
            (r"(?i)\s+REFERENCES\s+\w+\s*\(\s*\w+\s*\)", ""),
        ]
        .into_iter()
        .map(|(p, r)| (regex::Regex::new(p).expect("valid pattern"), r))
        .collect()
    });
    rules.iter().fold(sql.to_string(), |s, (re, with)| {
        re.replace_all(&s, *with).into_owned()
    })
}

/// SQL with SQLite's parameters (`?1`, `?`) as PostgreSQL's (`$1`); text in quotes is left as
/// it is. PostgreSQL must know each parameter's type when it prepares the statement, and cannot
/// tell it from `?1 IS NULL` (an optional filter, `(?1 IS NULL OR case_number = ?1)`): there the
/// parameter is cast to the type of the value bound to it (text for a NULL), which then types its
/// other uses too.
pub fn pg_sql(sql: &str, values: &[Value]) -> String {
    let mut out = String::with_capacity(sql.len() + 8);
    let mut chars = sql.char_indices().peekable();
    let mut next_bare = 1;
    let mut quote: Option<char> = None;
    while let Some((at, c)) = chars.next() {
        if let Some(q) = quote {
            out.push(c);
            if c == q {
                quote = None;
            }
            continue;
        }
        match c {
            '\'' | '"' => {
                quote = Some(c);
                out.push(c);
            }
            '?' => {
                let mut digits = String::new();
                let mut end = at + 1;
                while let Some((i, d)) = chars.peek().copied().filter(|(_, d)| d.is_ascii_digit()) {
                    digits.push(d);
                    end = i + 1;
                    chars.next();
                }
                let n = if digits.is_empty() {
                    let n = next_bare;
                    next_bare += 1;
                    n
                } else {
                    let n = digits.parse::<usize>().unwrap_or(0);
                    next_bare = n + 1;
                    n
                };
                out.push_str(&format!("${n}"));
                let rest = sql[end..].trim_start().to_ascii_uppercase();
                if rest.starts_with("IS NULL") || rest.starts_with("IS NOT NULL") {
                    out.push_str(match values.get(n.wrapping_sub(1)) {
                        Some(Value::Int(_)) => "::bigint",
                        Some(Value::Real(_)) => "::double precision",
                        Some(Value::Blob(_)) => "::bytea",
                        _ => "::text",
                    });
                }
            }
            c => out.push(c),
        }
    }
    out
}

type Job = Box<dyn FnOnce(&mut PgWorker) + Send>;

/// A PostgreSQL connection on its own thread (see the module's documentation).
struct Pg {
    jobs: mpsc::Sender<Job>,
}

struct PgWorker {
    client: postgres::Client,
    statements: HashMap<String, postgres::Statement>,
    /// A statement failed because the connection is gone: make it again before the next job.
    /// (`is_closed` alone can still say open just after a server ended the session, when the
    /// client has yet to notice, and the next statement would fail too.)
    lost: bool,
}

impl PgWorker {
    /// `r`, as the catalog's error; notes a connection the server ended or that broke.
    fn check<T>(&mut self, r: Result<T, postgres::Error>) -> Result<T, DbError> {
        use postgres::error::SqlState;
        r.map_err(|e| {
            let ended = e.code().is_some_and(|c| {
                *c == SqlState::ADMIN_SHUTDOWN
                    || *c == SqlState::CRASH_SHUTDOWN
                    || *c == SqlState::CANNOT_CONNECT_NOW
            });
            if e.is_closed() || ended {
                self.lost = true;
            }
            e.into()
        })
    }

    fn statement(&mut self, sql: &str, values: &[Value]) -> Result<postgres::Statement, DbError> {
        let sql = pg_sql(sql, values);
        if let Some(s) = self.statements.get(&sql) {
            return Ok(s.clone());
        }
        let prepared = self.client.prepare(&sql);
        let s = self.check(prepared)?;
        self.statements.insert(sql, s.clone());
        Ok(s)
    }
}

/// One connection to the catalog's server, over TLS as `url` says (see `pg_tls`). Notices (`relation … already exists, skipping`, which
/// every start's `CREATE … IF NOT EXISTS` draws) are not sent: only warnings and errors.
fn pg_client(url: &str) -> Result<postgres::Client, DbError> {
    let mut client = super::pg_tls::connect(url).map_err(DbError::Postgres)?;
    client.batch_execute("SET client_min_messages = warning")?;
    Ok(client)
}

impl Pg {
    fn connect(url: &str) -> Result<Pg, DbError> {
        let (jobs, inbox) = mpsc::channel::<Job>();
        let (ready_tx, ready) = mpsc::sync_channel(1);
        let url = url.to_string();
        std::thread::Builder::new()
            .name("catalog-postgres".into())
            .spawn(move || {
                let client = match pg_client(&url) {
                    Ok(c) => {
                        let _ = ready_tx.send(Ok(()));
                        c
                    }
                    Err(e) => {
                        let _ = ready_tx.send(Err(e));
                        return;
                    }
                };
                let mut worker = PgWorker {
                    client,
                    statements: HashMap::new(),
                    lost: false,
                };
                // Ends when the catalog (the only sender) is dropped.
                while let Ok(job) = inbox.recv() {
                    // The server restarted or the network dropped the connection: connect
                    // again before the next statement, so a long-running worker carries on
                    // once the database is back. What was in flight failed with its error (a
                    // transaction is never replayed); its caller sees that error.
                    if worker.lost || worker.client.is_closed() {
                        match pg_client(&url) {
                            Ok(c) => {
                                tracing::warn!("the PostgreSQL catalog connection was lost; connected again");
                                worker.client = c;
                                worker.statements.clear();
                                worker.lost = false;
                            }
                            Err(e) => {
                                tracing::warn!(error = %e, "the PostgreSQL catalog connection was lost and cannot be made again yet");
                            }
                        }
                    }
                    job(&mut worker);
                }
            })
            .map_err(|e| DbError::Postgres(format!("cannot start its thread: {e}")))?;
        ready
            .recv()
            .map_err(|_| DbError::Postgres("its thread stopped while connecting".into()))??;
        Ok(Pg { jobs })
    }

    fn call<R: Send + 'static>(
        &self,
        f: impl FnOnce(&mut PgWorker) -> Result<R, DbError> + Send + 'static,
    ) -> Result<R, DbError> {
        let (tx, rx) = mpsc::sync_channel(1);
        self.jobs
            .send(Box::new(move |w| {
                let _ = tx.send(f(w));
            }))
            .map_err(|_| DbError::Postgres("the connection's thread has stopped".into()))?;
        rx.recv()
            .map_err(|_| DbError::Postgres("the connection's thread has stopped".into()))?
    }

    fn execute(&self, sql: &str, values: Vec<Value>) -> Result<usize, DbError> {
        let sql = sql.to_string();
        self.call(move |w| {
            let stmt = w.statement(&sql, &values)?;
            let refs: Vec<&(dyn ToSql + Sync)> =
                values.iter().map(|v| v as &(dyn ToSql + Sync)).collect();
            let done = w.client.execute(&stmt, &refs);
            Ok(w.check(done)? as usize)
        })
    }

    fn batch(&self, sql: String) -> Result<(), DbError> {
        self.call(move |w| {
            let done = w.client.batch_execute(&sql);
            w.check(done)
        })
    }

    #[allow(clippy::type_complexity)]
    fn query(
        &self,
        sql: &str,
        values: Vec<Value>,
    ) -> Result<(Vec<String>, Vec<Vec<Value>>), DbError> {
        let sql = sql.to_string();
        self.call(move |w| {
            let stmt = w.statement(&sql, &values)?;
            let refs: Vec<&(dyn ToSql + Sync)> =
                values.iter().map(|v| v as &(dyn ToSql + Sync)).collect();
            let rows = w.client.query(&stmt, &refs);
            let rows = w.check(rows)?;
            let names = stmt
                .columns()
                .iter()
                .map(|c| c.name().to_string())
                .collect();
            let rows = rows
                .iter()
                .map(|row| {
                    (0..row.len())
                        .map(|i| row.try_get::<_, PgValue>(i).map(|v| v.0))
                        .collect::<Result<Vec<_>, _>>()
                })
                .collect::<Result<Vec<_>, _>>()?;
            Ok((names, rows))
        })
    }
}

impl ToSql for Value {
    fn to_sql(
        &self,
        ty: &Type,
        out: &mut bytes::BytesMut,
    ) -> Result<IsNull, Box<dyn std::error::Error + Sync + Send>> {
        // Bound as the type the server inferred for the parameter: the catalog's values are
        // SQLite's few kinds, its columns PostgreSQL's several.
        let wrong = || -> Box<dyn std::error::Error + Sync + Send> {
            format!("cannot bind {self:?} as {ty}").into()
        };
        match self {
            Value::Null => Ok(IsNull::Yes),
            Value::Int(i) => match *ty {
                Type::INT8 => i.to_sql(ty, out),
                Type::INT4 => i32::try_from(*i).map_err(|_| wrong())?.to_sql(ty, out),
                Type::INT2 => i16::try_from(*i).map_err(|_| wrong())?.to_sql(ty, out),
                Type::BOOL => (*i != 0).to_sql(ty, out),
                Type::FLOAT8 => (*i as f64).to_sql(ty, out),
                Type::TEXT | Type::VARCHAR | Type::BPCHAR | Type::NAME | Type::UNKNOWN => {
                    i.to_string().to_sql(&Type::TEXT, out)
                }
                _ => Err(wrong()),
            },
            Value::Real(f) => match *ty {
                Type::FLOAT8 => f.to_sql(ty, out),
                Type::FLOAT4 => (*f as f32).to_sql(ty, out),
                Type::TEXT | Type::VARCHAR | Type::UNKNOWN => {
                    f.to_string().to_sql(&Type::TEXT, out)
                }
                _ => Err(wrong()),
            },
            Value::Text(s) => match *ty {
                Type::TEXT | Type::VARCHAR | Type::BPCHAR | Type::NAME | Type::UNKNOWN => {
                    s.as_str().to_sql(&Type::TEXT, out)
                }
                Type::BYTEA => s.as_bytes().to_sql(ty, out),
                Type::INT8 => s.parse::<i64>().map_err(|_| wrong())?.to_sql(ty, out),
                Type::INT4 => s.parse::<i32>().map_err(|_| wrong())?.to_sql(ty, out),
                _ => Err(wrong()),
            },
            Value::Blob(b) => match *ty {
                Type::BYTEA => b.as_slice().to_sql(ty, out),
                Type::TEXT | Type::VARCHAR => std::str::from_utf8(b)
                    .map_err(|_| wrong())?
                    .to_sql(&Type::TEXT, out),
                _ => Err(wrong()),
            },
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    postgres::types::to_sql_checked!();
}

/// A column of any type PostgreSQL returns, read as a [`Value`].
struct PgValue(Value);

impl<'a> postgres::types::FromSql<'a> for PgValue {
    fn from_sql(
        ty: &Type,
        raw: &'a [u8],
    ) -> Result<Self, Box<dyn std::error::Error + Sync + Send>> {
        Ok(PgValue(match *ty {
            Type::BOOL => Value::Int(i64::from(bool::from_sql(ty, raw)?)),
            Type::INT2 => Value::Int(i64::from(i16::from_sql(ty, raw)?)),
            Type::INT4 => Value::Int(i64::from(i32::from_sql(ty, raw)?)),
            Type::INT8 => Value::Int(i64::from_sql(ty, raw)?),
            Type::OID => Value::Int(i64::from(u32::from_sql(ty, raw)?)),
            Type::FLOAT4 => Value::Real(f64::from(f32::from_sql(ty, raw)?)),
            Type::FLOAT8 => Value::Real(f64::from_sql(ty, raw)?),
            Type::BYTEA => Value::Blob(raw.to_vec()),
            Type::NUMERIC => numeric(raw)?,
            _ => Value::Text(String::from_utf8(raw.to_vec())?),
        }))
    }

    fn from_sql_null(_: &Type) -> Result<Self, Box<dyn std::error::Error + Sync + Send>> {
        Ok(PgValue(Value::Null))
    }

    fn accepts(_: &Type) -> bool {
        true
    }
}

/// PostgreSQL's binary NUMERIC (what `SUM` of a `BIGINT` column returns) as an integer when it
/// is whole, else a float.
fn numeric(raw: &[u8]) -> Result<Value, Box<dyn std::error::Error + Sync + Send>> {
    let word = |i: usize| -> Result<i16, Box<dyn std::error::Error + Sync + Send>> {
        raw.get(i * 2..i * 2 + 2)
            .map(|b| i16::from_be_bytes([b[0], b[1]]))
            .ok_or_else(|| "short NUMERIC".into())
    };
    let ndigits = word(0)? as usize;
    let weight = word(1)? as i32;
    let sign = word(2)? as u16;
    if sign == 0xC000 {
        return Ok(Value::Null); // NaN
    }
    let mut value = 0f64;
    for d in 0..ndigits {
        let digit = f64::from(word(4 + d)?);
        value += digit * 10000f64.powi(weight - d as i32);
    }
    if sign == 0x4000 {
        value = -value;
    }
    if value.fract() == 0.0 && value.abs() < 9.0e15 {
        Ok(Value::Int(value as i64))
    } else {
        Ok(Value::Real(value))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameters_become_dollar_numbers_outside_quotes() {
        let v = [Value::Int(1), Value::Null];
        assert_eq!(
            pg_sql(
                "SELECT a FROM t WHERE b = ?1 AND c = '?2' AND (?2 IS NULL OR d = ?2)",
                &v
            ),
            "SELECT a FROM t WHERE b = $1 AND c = '?2' AND ($2::text IS NULL OR d = $2)"
        );
        assert_eq!(
            pg_sql("SELECT 1 WHERE ?1 is not null", &v),
            "SELECT 1 WHERE $1::bigint is not null"
        );
        assert_eq!(pg_sql("VALUES (?, ?, ?)", &[]), "VALUES ($1, $2, $3)");
    }

    #[test]
    fn schema_types_are_translated() {
        let ddl = pg_ddl(
            "CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, n INTEGER NOT NULL,
             b BLOB, c TEXT REFERENCES cases(case_number))",
        );
        assert_eq!(
            ddl,
            "CREATE TABLE t (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, n BIGINT NOT NULL,
             b BYTEA, c TEXT)"
        );
    }

    #[test]
    fn numeric_decodes_whole_and_fractional_values() {
        // 12345678 = [1234, 5678], weight 1.
        let raw = [0, 2, 0, 1, 0, 0, 0, 0, 0x04, 0xD2, 0x16, 0x2E];
        assert_eq!(numeric(&raw).unwrap(), Value::Int(12_345_678));
        // -0.5 = [5000], weight -1, negative.
        let raw = [0, 1, 0xFF, 0xFF, 0x40, 0, 0, 1, 0x13, 0x88];
        assert_eq!(numeric(&raw).unwrap(), Value::Real(-0.5));
    }

    #[test]
    fn sqlite_rows_read_by_position_and_name() {
        let c = Conn::sqlite(rusqlite::Connection::open_in_memory().unwrap());
        c.execute_ddl("CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, s TEXT, b BLOB)")
            .unwrap();
        c.execute(
            "INSERT INTO t (s, b) VALUES (?1, ?2)",
            params!["x", vec![1u8, 2]],
        )
        .unwrap();
        assert_eq!(c.last_insert_rowid().unwrap(), 1);
        let (s, b): (String, Vec<u8>) = c
            .query_row("SELECT s, b FROM t", [], |r| Ok((r.get("s")?, r.get(1)?)))
            .unwrap();
        assert_eq!((s.as_str(), b.as_slice()), ("x", &[1u8, 2][..]));
        assert!(matches!(
            c.query_row("SELECT s FROM t WHERE id = 9", [], |r| r
                .get::<_, String>(0)),
            Err(DbError::NoRows)
        ));
        assert!(c.has_column("t", "b").unwrap());
        assert!(!c.has_column("t", "zz").unwrap());
    }
}
