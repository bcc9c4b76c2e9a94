//! Conversions of documents that are neither scans nor PDFs into PDFs.
//!
//! - [`office`]: DOCX, DOC, ODT and RTF through LibreOffice in headless mode.

pub mod office;
