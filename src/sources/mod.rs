//! Where documents come from. Each source hands the pipeline a file read once and hashed once,
//! and releases the original only when the pipeline acknowledges that its document is stored and
//! verified, quarantined, or a duplicate of one already stored.

pub mod imap;
pub mod scan_folder;
pub mod upload;
