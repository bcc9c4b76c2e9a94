//! Conversions of documents that are neither scans nor PDFs into PDFs, and telling what a file
//! is from its bytes.
//!
//! - [`office`]: DOCX, DOC, ODT and RTF through LibreOffice in headless mode.
//! - [`text`]: plain text, CSV, JSON, XML and HTML, drawn as PDFs by casevault.
//! - [`sniff`]: what a file (an e-mail attachment sent as `application/octet-stream`, say) is,
//!   by its content, and the extension its name should carry.

pub mod office;
pub mod sniff;
pub mod text;
