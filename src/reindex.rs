//! The workspace's search index, filled from the stored documents' own text.
//!
//! The index (`document_text`, FTS5 inside the encrypted catalog) is filled at filing from the
//! text the pipeline read. It lives only in the catalog, so it is filled again from the store:
//! by `catalog rebuild`, by `catalog reindex` (a catalog whose index was lost, or one that
//! predates it), and for one case when its shield is lifted. A document's text is its PDF's
//! text layer: the OCR text casevault wrote, or a born-digital PDF's or an e-mail's own words.
//! Shielded cases' documents are never indexed.

use std::collections::BTreeMap;

use serde::Serialize;
use thiserror::Error;

use crate::catalog::{Catalog, CatalogError};
use crate::sink::Sink;

/// Why a reindex could not run.
#[derive(Debug, Error)]
pub enum ReindexError {
    #[error(transparent)]
    Access(#[from] crate::access::AccessError),
    #[error(transparent)]
    Catalog(#[from] CatalogError),
}

/// What filling the search index from the stored documents did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ReindexReport {
    /// Documents whose text is now indexed.
    pub indexed: usize,
    /// Documents with no text to index (a picture with no words, an empty page).
    pub without_text: usize,
    /// Documents of shielded cases: never indexed.
    pub shielded: usize,
    /// Documents that could not be read, by id, and why (`casevault verify` says more).
    pub unreadable: Vec<(String, String)>,
}

/// `casevault catalog reindex`: fills the workspace's search index again from every stored
/// document's own text (its text layer: the OCR text, or a born-digital PDF's or an e-mail's
/// words), as filing would have. For a catalog whose index was lost or predates it; run by
/// `catalog rebuild` itself. Shielded cases' documents are never indexed.
pub async fn reindex(
    catalog: &Catalog,
    sink: &Sink,
    actor: &crate::access::Actor,
) -> Result<ReindexReport, ReindexError> {
    actor.require(crate::access::Op::Rebuild)?;
    let report = fill(catalog, sink, None).await?;
    catalog.log_contact(
        None,
        None,
        "search index rebuilt",
        &format!(
            "from the stored documents: {} indexed, {} without text, {} shielded left out, {} unreadable",
            report.indexed,
            report.without_text,
            report.shielded,
            report.unreadable.len()
        ),
    )?;
    Ok(report)
}

/// Fills the search index from the stored documents: every case's, or one case's (`case
/// unshield` puts a case's text back). A document that cannot be read is reported, not fatal.
pub(crate) async fn fill(
    catalog: &Catalog,
    sink: &Sink,
    case: Option<&str>,
) -> Result<ReindexReport, CatalogError> {
    let mut report = ReindexReport::default();
    let mut shielded: BTreeMap<String, bool> = BTreeMap::new();
    let rows = match case {
        Some(c) => catalog.documents(Some(c))?,
        None => catalog.all_documents()?,
    };
    for row in rows {
        if row.status != crate::catalog::DocStatus::Stored {
            continue;
        }
        let is_shielded = match shielded.get(&row.case_number) {
            Some(s) => *s,
            None => {
                let s = catalog.is_shielded(&row.case_number)?;
                shielded.insert(row.case_number.clone(), s);
                s
            }
        };
        if is_shielded {
            catalog.index_text(&row.id, "")?;
            report.shielded += 1;
            continue;
        }
        let text = match sink.fetch(&row).await {
            Ok(pdf) => tokio::task::spawn_blocking(move || text_of(&pdf))
                .await
                .unwrap_or_else(|e| Err(format!("reading its text failed: {e}"))),
            Err(e) => Err(e.to_string()),
        };
        match text {
            Ok(t) if t.chars().any(char::is_alphanumeric) => {
                // Destroyed or shielded while it was read: left out.
                if catalog.index_text_if_current(&row.id, &t)? {
                    report.indexed += 1;
                }
            }
            Ok(_) => {
                catalog.index_text(&row.id, "")?;
                report.without_text += 1;
            }
            Err(why) => report.unreadable.push((row.id.clone(), why)),
        }
    }
    Ok(report)
}

/// The words a stored PDF draws, page after page (its invisible OCR layer included).
fn text_of(pdf: &[u8]) -> Result<String, String> {
    let opened = crate::pdf::read::open(pdf).map_err(|e| e.to_string())?;
    let mut out = String::new();
    for i in 0..opened.pages() {
        let facts = opened.facts(i).map_err(|e| e.to_string())?;
        out.push_str(&facts.text);
        out.push('\n');
    }
    Ok(out)
}
