//! casevault: an intake and records pipeline for children's case files.
//!
//! A document flows through one pipeline, and the crate's folders follow that flow:
//!
//! ```text
//! sources ──► stages ──────────────────────────────────────────► sink ──► catalog
//! scan_folder  ocr (legibility + searchable PDF, one recognition)  seal (envelope, STREAM segments)
//!              identify (case) ─ naming ─ routing ─ retention       store (object_store) + verify
//!      ▲                                                               │
//!      └──────────────── acknowledgement: release the original ◄──────┘
//! ```
//!
//! - [`pipeline`]: a pipeline file (`pipelines/*.toml`) is parsed, validated into a plan, and run as
//!   tasks joined by bounded channels, so a slow sink slows the source instead of filling memory.
//! - [`sources`]: where documents come from (scanning-station folders).
//! - [`ocr`]: Tesseract, owned through `tesseract-sys`: each page at the resolution it needs,
//!   turned upright, under a per-page deadline, so a noisy page cannot stall a scanning station.
//! - [`pdf`]: any PDF page read (hayro), whatever its encoding; the recognised text laid over
//!   the original pages, which are kept as they came.
//! - [`stages`]: the business decisions: which case, which name, which folder, which retention date.
//! - [`seal`] and [`store`]: envelope encryption and the object store; [`sink`] joins them and
//!   verifies every write before the source may release an original.
//! - [`mail`]: e-mails (`.eml` and Outlook `.msg`) parsed and rendered to PDF.
//! - [`convert`]: office documents through LibreOffice, text documents drawn by casevault, and
//!   telling what a file is from its bytes.
//! - [`catalog`]: SQLite, encrypted at rest (SQLCipher, under the key ring's catalog key): cases,
//!   documents, the contact log, quarantine.
//! - [`retention`]: the schedule language and its evaluator.
//! - [`quarantine`]: where a document goes when it cannot be filed, with a reason in plain words.
//! - [`records`]: retention dates that follow case events, holds, and lawful destruction.
//! - [`keys`], [`rebuild`], [`verify`]: key rotation, rebuilding a lost catalog from the store,
//!   and checking that every stored document can still be read whole.
//! - [`shield`]: a shielded case's documents wrapped under the case's own key, and back.
//! - [`export`]: copies of a case file that leave casevault: the subject access PDF (legal
//!   advice and exempt folders withheld, and counted) and the sealed serious case review copy.
//! - [`failpoint`]: named crash points for the tests (compiled in with the `failpoints` feature).
//! - [`error_text`]: an error and its causes as one line, each fact said once.
//! - [`private_fs`]: every file casevault keeps outside the store is its user's alone (0600,
//!   folders 0700): the catalog, quarantine, spools, reports.
//! - [`scratch`]: every temporary file (OCR pages, LibreOffice's input) inside the home, one
//!   folder a process, swept at the next start when a killed process left it.
//!
//! Everything a user can see as an error says what happened and what to do; nothing here logs a
//! case name, a child's name or a file name of a case document.

pub mod access;
pub mod catalog;
pub mod config;
pub mod content;
pub mod convert;
pub mod document;
pub mod error_text;
pub mod export;
pub mod failpoint;
pub mod file_end;
pub mod keys;
pub mod mail;
pub mod messages;
pub mod ocr;
pub mod operations;
pub mod pdf;
pub mod people;
pub mod pipeline;
pub mod private_fs;
pub mod quarantine;
pub mod rebuild;
pub mod records;
pub mod reindex;
pub mod retention;
pub mod review;
pub mod scratch;
pub mod seal;
pub mod shield;
pub mod sink;
pub mod sources;
pub mod stages;
pub mod store;
pub mod tls;
pub mod verify;
pub mod web;
