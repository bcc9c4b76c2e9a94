//! PDFs as they come from real scanners and offices: read any page, keep the original, add the
//! text layer on top.
//!
//! Shape, and why:
//! - [`read`] opens a PDF with `hayro` (pure Rust; its parser repairs broken cross-reference
//!   tables, and its renderer decodes every image encoding a scanner writes: CCITT G3/G4, JBIG2,
//!   JPEG 2000, LZW, ASCII85, inline images, masks, every colour space). Each page is looked
//!   at once (its text, if it has any, and its images: size, resolution, black-and-white or
//!   not), and rendered to grey only when it has to be recognised. Nothing here refuses a page
//!   for its encoding.
//! - [`layer`] lays the recognised text, as an invisible layer Tesseract wrote for the page,
//!   over the original page, as OCRmyPDF does: the scanner's own page stays as it came (its
//!   image streams are not decoded or re-encoded), and the file grows only by the text layer.
//!   Where `lopdf` reads the file as it is, the layer is an incremental update appended to the
//!   original bytes (so the original file is a byte-for-byte prefix of the stored one); where
//!   the file needed repair, it is rewritten from the objects `hayro` read, page content and
//!   images unchanged.
//!
//! This module imports nothing else of the crate: it takes bytes and gives bytes, text and
//! pixels, so that it can be tested and fuzzed on its own.

pub mod layer;
pub mod read;

/// What is wrong with a PDF that cannot be read, in words for the person who sent it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PdfProblem {
    /// No bytes at all.
    #[error("the file is empty")]
    Empty,
    /// The bytes do not start like a PDF.
    #[error("the file is not a PDF")]
    NotPdf,
    /// Neither reader could make sense of it.
    #[error("the PDF is damaged: {0}")]
    Damaged(String),
    /// It needs a password to open.
    #[error("the PDF is password-protected")]
    Encrypted,
    /// It opens but has no pages.
    #[error("the PDF has no pages")]
    NoPages,
    /// More pages than casevault takes from one document.
    #[error("the PDF has {pages} pages, more than the {max} casevault takes from one document")]
    TooManyPages { pages: usize, max: usize },
    /// A page, or an image on it, is larger than casevault will decode.
    #[error("page {page} is too large to read: {what}")]
    TooLarge { page: usize, what: String },
}

impl PdfProblem {
    /// The problem and what to do about it, for a quarantine note.
    pub fn detail(&self) -> String {
        match self {
            PdfProblem::Empty => {
                "the file is empty (0 bytes); ask the sender to send it again".into()
            }
            PdfProblem::NotPdf => "the file is called a PDF but is not one; check what it \
                                   really is or ask the sender to save it as PDF again"
                .into(),
            PdfProblem::Damaged(why) => format!(
                "the PDF is damaged and cannot be read ({why}); ask the sender for a fresh \
                 copy, or print it and scan it again"
            ),
            PdfProblem::Encrypted => "the PDF is password-protected; ask the sender for an \
                                      unprotected copy"
                .into(),
            PdfProblem::NoPages => {
                "the PDF has no pages; ask the sender for the complete document".into()
            }
            PdfProblem::TooManyPages { pages, max } => format!(
                "the PDF has {pages} pages, more than the {max} casevault takes from one \
                 document; split it into parts and file each"
            ),
            PdfProblem::TooLarge { page, what } => format!(
                "page {page} is too large to read ({what}); scan it again at a normal \
                 resolution (300 dpi)"
            ),
        }
    }
}

/// Runs a third-party parser call, turning a panic into [`PdfProblem::Damaged`]. The parsers
/// run on hostile input; a panic in them must never take the pipeline down (and the fuzz
/// tests count any that happen, caught or not).
pub(crate) fn guarded<T>(f: impl FnOnce() -> T) -> Result<T, PdfProblem> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f))
        .map_err(|_| PdfProblem::Damaged("the PDF reader failed on its structure".into()))
}
