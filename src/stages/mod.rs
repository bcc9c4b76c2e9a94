//! The stages a document passes through between its source and the sink.
//!
//! - [`decode`]: bytes to page images (format sniffed, never trusted from the name).
//! - [`born_digital`]: a PDF that already has its text is validated and kept as it is.
//! - [`ocr`](crate::ocr) (not here: it owns Tesseract): legibility figures and the searchable PDF.
//! - [`identify`]: which case.
//! - [`naming`]: the canonical name.
//! - [`routing`]: which folder, by declarative rules and, where they are not sure, by
//!   [`classify`], a model learned from labelled examples and from people's decisions.
//! - [`retention`]: the date from which it may be destroyed.
//!
//! Each stage is a plain function of its inputs returning either its decision or a
//! [`Quarantined`](crate::document::Quarantined) reason; the pipeline runtime joins them.

pub mod born_digital;
pub mod classify;
pub mod decode;
pub mod identify;
pub mod naming;
pub mod retention;
pub mod routing;
