//! OCR of scanned pages: the legibility figures of every page (SPEC step 3) and the searchable
//! PDF made from the same recognition (SPEC step 4), in one pass over the pages.
//!
//! Shape, and why:
//! - [`OcrEngine`] owns one Tesseract model through `tesseract-sys` (`engine.rs` holds all the
//!   unsafe code). Loading a model costs 0.1-0.2 s, so an engine lives as long as its worker
//!   thread and reads many documents; it is `Send` but not `Sync`: one engine per thread.
//! - The resolution is chosen per page (docs/ocr.md "Strategy"): a black-and-white page (an
//!   office scanner's G4 or JBIG2) and a photograph are read at their own resolution, as bare
//!   Tesseract reads them, because shrinking them loses words; a grey or colour scan is first
//!   read at about 200 dpi (two thirds of the cost, and safe on noisy scans, which at 300 dpi
//!   can take minutes). A shrunk page whose confidence falls in an ambiguous band, whose text
//!   is skewed or whose print is small gets a second, full-resolution look when its budget
//!   allows. A page whose text stands sideways, or that reads poorly, is asked which way up it
//!   lies and read again turned. Every look runs under a CPU-time limit; a page stopped by it
//!   is marked `timed_out`, so the caller sends it for review rather than waiting.
//! - The text layer of the PDF comes from the recognition that gave the figures (Tesseract's
//!   own PDF renderer: invisible text in a CID font with ToUnicode, so Welsh letters survive),
//!   while the page image is the original file: a JPEG is embedded byte for byte, a PNG without
//!   re-encoding. Pages are never recognised twice just to make the PDF. For a page of an
//!   existing PDF, [`OcrEngine::recognise_layer`] gives the text layer alone, which
//!   `crate::pdf::layer` lays over the original page.
//! - Blank pages (scanner backs): hardly any ink on the reduced page and no words read. They
//!   still become PDF pages.
//! - [`LegibilityThresholds::judge`] turns figures into a verdict with a reason in plain words.
//!
//! The process must be started with `OMP_THREAD_LIMIT=1` in its environment (setting it later
//! does not work): otherwise Tesseract's OpenMP threads make each page 7-9 times slower on two
//! cores. Check with [`omp_thread_limit_is_set`]; parallelism belongs to the pipeline (one page
//! or document per worker thread).

mod engine;
mod legibility;
mod page;
mod word_images;

use std::path::PathBuf;
use std::time::Duration;

pub use engine::{DocumentWriter, OcrEngine};
pub use legibility::{LegibilityThresholds, PageVerdict};
pub use page::{guess_dpi, is_bilevel, write_lossless_page};

/// One page to recognise: a file holding the page at full resolution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageInput {
    /// A JPEG (embedded in the PDF byte for byte: pass the original scan's bytes) or a PNG
    /// (embedded without re-encoding if 8-bit, no alpha, not interlaced: see
    /// [`write_lossless_page`]). Other formats the `image` crate reads (a single-page TIFF,
    /// BMP...) are converted to a lossless PNG first.
    pub file: PathBuf,
    /// Scan resolution in dots per inch; `None` guesses it from the pixel size, assuming A4 or
    /// US Letter paper ([`guess_dpi`]). It sets the PDF page size.
    pub dpi: Option<u32>,
    /// The page already decoded to grey by the caller, if it has it: then `file` is read only
    /// to embed it (and decoded again only if the page must be turned), not recognised from.
    pub gray: Option<image::GrayImage>,
    /// A photograph of a page (not a scan): recognised at its own resolution (up to
    /// [`OcrOptions::bilevel_max_dpi`]), as a bilevel scan is.
    pub photo: bool,
    /// A black-and-white page held only as pixels: `gray` must hold it (0 and 255) and `file`
    /// is not read. The PDF holds the page at 1 bit a pixel, compressed as CCITT G4 as an
    /// office scanner writes it, made straight from these pixels: no page file is written,
    /// compressed, read back and decompressed on the way (about 5% of a bilevel page's time).
    pub one_bit: bool,
}

/// How hard to try on each page. The defaults were measured on 300 dpi A4 pages (docs/ocr.md):
/// a clean page costs 1.5-1.9 s, so a page may cost at most about 4 clean pages (6 s of CPU);
/// a very dense page (1,250 words in 7 pt print, 5 s) still fits in the first look.
#[derive(Debug, Clone, PartialEq)]
pub struct OcrOptions {
    /// Resolution of the first look of a grey or colour scan: a page is shrunk (area-averaged)
    /// by `dpi / this` (300 dpi -> 200 dpi; within a fifth of it the page is read as it is).
    /// Black-and-white pages and photographs are read at their own resolution.
    pub first_look_dpi: u32,
    /// CPU time (of the OCR thread) the first look may take before it is stopped.
    pub first_look_limit: Duration,
    /// CPU time a whole page may take, second look included.
    pub page_budget: Duration,
    /// A first look whose mean word confidence is in `[low, high)` gets a full-resolution
    /// second look, if the budget allows and the page was shrunk.
    pub second_look_band: (f32, f32),
    /// A first look that finds the text skewed by at least this many degrees also gets the
    /// full-resolution look (if the page was shrunk and the budget allows): at 150 dpi skewed
    /// lines lose letters.
    pub second_look_min_skew_degrees: f32,
    /// Wall-clock cap of a look, as a multiple of its CPU limit (a busy machine slows the wall
    /// clock, not the CPU clock; this only ends a look that is starved for very long).
    pub wall_clock_factor: u32,
    /// A page with less ink than this (fraction of the reduced page inside a 4% margin,
    /// isolated specks not counted) on which no words are read is blank.
    pub blank_ink_ratio: f32,
    /// A bilevel (black-and-white) page is read at its own resolution up to this; above it,
    /// shrunk by an integer factor to about this (a 600 dpi fax page is read at 300 dpi).
    pub bilevel_max_dpi: u32,
    /// A first look whose median word is shorter than this many pixels reads small print at
    /// reduced resolution: the page gets a full-resolution look (if it was shrunk).
    pub small_print_px: u32,
    /// How many words a first look must read before their size is trusted.
    pub min_words_for_size: u32,
    /// A first look reading fewer words than this, or with a mean confidence below the next
    /// figure, on a page with ink, asks which way up the page is.
    pub orientation_below_words: u32,
    /// See `orientation_below_words`.
    pub orientation_below_confidence: f32,
    /// The PDF's /Title. Readable by anyone with the file: no personal data.
    pub title: String,
}

impl Default for OcrOptions {
    fn default() -> Self {
        Self {
            first_look_dpi: 200,
            first_look_limit: Duration::from_millis(5000),
            page_budget: Duration::from_millis(6000),
            second_look_band: (45.0, 65.0),
            second_look_min_skew_degrees: 2.0,
            wall_clock_factor: 4,
            blank_ink_ratio: 0.0005,
            bilevel_max_dpi: 400,
            small_print_px: 14,
            min_words_for_size: 20,
            orientation_below_words: 20,
            orientation_below_confidence: 70.0,
            title: String::new(),
        }
    }
}

/// What the OCR measured on one page: the input of the legibility verdict.
#[derive(Debug, Clone, PartialEq)]
pub struct PageFigures {
    /// Words recognised (by the look whose text is in the PDF).
    pub words: u32,
    /// Mean of the word confidences, 0-100 (0 when no words).
    pub mean_confidence: f32,
    /// The page has (almost) no ink and no words were read on it: a scanner back.
    pub blank: bool,
    /// A look was stopped by its time limit: the figures are partial; send the page for review.
    pub timed_out: bool,
    /// Recognitions run: 1 (first look), 2 (a full-resolution second look was kept), 3 (second
    /// look not better: first look recognised again for the text layer).
    pub looks: u8,
    /// Resolution of the recognition whose figures and text are reported.
    pub dpi_used: u32,
    /// Wall-clock time spent on the page, decoding and PDF included.
    pub millis: u64,
    /// CPU time of the OCR thread spent on the page.
    pub cpu_millis: u64,
    /// Fraction of the page (inside a 4% margin) covered by ink, 0-1.
    pub ink_ratio: f32,
    /// Skew of the text lines Tesseract found, in degrees (0 when unknown).
    pub skew_degrees: f32,
    /// Degrees (0, 90, 180, 270) the page was turned clockwise to read it upright: it lay
    /// sideways or upside down. The text layer is in the turned page's coordinates.
    pub rotation: u16,
    /// The recognised text, in reading order (what the PDF's text layer holds). Personal data:
    /// never log it.
    pub text: String,
}

/// What went wrong, and what to do about it.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum OcrError {
    /// The languages string is not like `eng` or `cym+eng`.
    #[error("OCR languages {languages:?} are not valid: use Tesseract codes joined by '+', e.g. \"cym+eng\"")]
    BadLanguages { languages: String },
    /// Tesseract could not load the model.
    #[error("Tesseract could not load the {languages:?} model: install the language data (apt install tesseract-ocr-eng tesseract-ocr-cym) or point TESSDATA_PREFIX / the configured tessdata folder at it")]
    Init { languages: String },
    /// A path with a NUL byte cannot be handed to Tesseract.
    #[error(
        "path {path:?} contains a NUL byte and cannot be passed to Tesseract; rename the file"
    )]
    BadPath { path: PathBuf },
    /// The document has no pages.
    #[error("no pages to recognise: a document needs at least one page image")]
    NoPages,
    /// A page file could not be read.
    #[error("could not read page image {path:?}: {source}; check the file exists and is readable")]
    ReadPage {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A page file is not an image the `image` crate can decode.
    #[error("could not decode page image {path:?}: {source}; the scan may be damaged or in an unsupported format")]
    DecodePage {
        path: PathBuf,
        source: image::ImageError,
    },
    /// A page could not be encoded as PNG.
    #[error("could not encode page image {path:?}: {source}")]
    EncodePage {
        path: PathBuf,
        source: image::ImageError,
    },
    /// A page could not be written.
    #[error("could not write page image {path:?}: {source}; check free space and permissions")]
    WritePage {
        path: PathBuf,
        source: std::io::Error,
    },
    /// An implausible resolution was given or guessed.
    #[error("page {path:?} claims {dpi} dpi, outside 50-2400: pass the scan's real resolution")]
    BadResolution { path: PathBuf, dpi: u32 },
    /// Tesseract's PDF renderer failed at `stage`.
    #[error("Tesseract failed to {stage}; the document was not converted and can be retried")]
    Render { stage: &'static str },
    /// The finished PDF could not be put in place.
    #[error("could not write the PDF {path:?}: {source}; check free space and permissions")]
    WritePdf {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// True when this process was started with `OMP_THREAD_LIMIT=1`, the only setting under which
/// Tesseract stays on one thread per page. Setting the variable after start-up has no effect:
/// re-execute the binary with it set instead.
pub fn omp_thread_limit_is_set() -> bool {
    std::env::var("OMP_THREAD_LIMIT").is_ok_and(|v| v.trim() == "1")
}

#[cfg(test)]
mod tests;
