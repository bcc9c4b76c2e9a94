//! The OCR stage: decode pages, recognise each once, judge legibility, and keep the searchable PDF.
//!
//! Runs on the blocking pool. Engines are expensive to start (a model load) and not thread-safe,
//! so they live in a small pool: a worker takes one, uses it for a whole document, and puts it
//! back. The pool never holds more engines than there were workers at once.

use std::sync::Mutex;

use crate::config::LegibilityConfig;
use crate::document::{Arrival, PageLegibility, QuarantineReason, Quarantined};
use crate::ocr::{self, OcrEngine, OcrOptions, PageVerdict};
use crate::pipeline::runtime::Job;
use crate::stages::{decode, deskew};

/// What the OCR stage hands on.
pub enum Recognised {
    Ok {
        arrival: Arrival,
        pages: Vec<PageLegibility>,
        text: String,
        pdf: Vec<u8>,
    },
    Quarantine(Arrival, Quarantined),
}

/// Tesseract engines for one language set, reused across documents.
pub struct OcrPool {
    languages: String,
    options: OcrOptions,
    thresholds: ocr::LegibilityThresholds,
    idle: Mutex<Vec<OcrEngine>>,
}

impl OcrPool {
    pub fn new(languages: &str, cfg: &LegibilityConfig) -> OcrPool {
        let thresholds = ocr::LegibilityThresholds {
            min_words: cfg.min_words,
            min_mean_confidence: cfg.min_mean_confidence,
            ..Default::default()
        };
        let options = OcrOptions {
            page_budget: std::time::Duration::from_millis(cfg.page_deadline_ms),
            ..OcrOptions::default()
        };
        OcrPool {
            languages: languages.to_string(),
            options,
            thresholds,
            idle: Mutex::new(Vec::new()),
        }
    }

    fn take(&self) -> Result<OcrEngine, ocr::OcrError> {
        let pooled = self.idle.lock().unwrap_or_else(|p| p.into_inner()).pop();
        match pooled {
            Some(e) => Ok(e),
            None => OcrEngine::new(&self.languages, None),
        }
    }

    fn give_back(&self, e: OcrEngine) {
        self.idle.lock().unwrap_or_else(|p| p.into_inner()).push(e);
    }
}

/// Recognises one document (blocking).
pub fn recognise(pool: &OcrPool, job: Job) -> Recognised {
    let Job { arrival, bytes } = job;
    let mut pages = match decode::decode(&arrival.original_name, &bytes) {
        Ok(p) => p,
        Err(q) => return Recognised::Quarantine(arrival, q),
    };
    for page in &mut pages {
        straighten(page);
    }
    drop(bytes);
    let mut engine = match pool.take() {
        Ok(e) => e,
        Err(e) => {
            // No engine means a broken installation, not a bad document: say so loudly.
            tracing::error!(error = %e, "cannot start Tesseract");
            return Recognised::Quarantine(
                arrival,
                Quarantined::new(
                    QuarantineReason::Unsupported,
                    format!("OCR could not start on this machine ({e}); retry after fixing it"),
                ),
            );
        }
    };
    let result = run_engine(&mut engine, &pages, &pool.options);
    pool.give_back(engine);
    let (figures, pdf) = match result {
        Ok(d) => d,
        Err(e) => {
            return Recognised::Quarantine(
                arrival,
                Quarantined::new(
                    QuarantineReason::Corrupt,
                    format!("the pages could not be read: {e}"),
                ),
            )
        }
    };
    let mut legibility = Vec::with_capacity(figures.len());
    let mut bad = Vec::new();
    let mut why = Vec::new();
    for (i, f) in figures.iter().enumerate() {
        let n = i as u32 + 1;
        legibility.push(PageLegibility {
            page: n,
            words: f.words,
            mean_confidence: f.mean_confidence,
            blank: f.blank,
            timed_out: f.timed_out,
            millis: f.millis,
        });
        if let PageVerdict::Illegible { why: w } = pool.thresholds.judge(n as usize, f) {
            bad.push(n);
            why.push(w);
        }
    }
    if legibility.iter().all(|p| p.blank) {
        let mut q = Quarantined::new(QuarantineReason::Illegible, "every page is blank");
        q.pages = (1..=legibility.len() as u32).collect();
        q.figures = legibility;
        return Recognised::Quarantine(arrival, q);
    }
    if !bad.is_empty() {
        let mut q = Quarantined::new(QuarantineReason::Illegible, why.join("; "));
        q.pages = bad;
        q.figures = legibility;
        return Recognised::Quarantine(arrival, q);
    }
    let text = figures
        .iter()
        .map(|f| f.text.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    Recognised::Ok {
        arrival,
        pages: legibility,
        text,
        pdf,
    }
}

/// Straightens a page scanned askew (see [`deskew`]); the straightened page is stored losslessly.
fn straighten(page: &mut decode::Page) {
    let Some(skew) = deskew::detect(&page.gray, page.dpi) else {
        return;
    };
    let bytes = match &page.embed {
        decode::Embed::Jpeg(b) | decode::Embed::Png(b) => b,
    };
    let Ok(img) = image::load_from_memory(bytes) else {
        return;
    };
    let level = deskew::straighten(&img, skew);
    let mut png = Vec::new();
    if level
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .is_ok()
    {
        page.gray = level.to_luma8();
        page.embed = decode::Embed::Png(png);
    }
}

/// Writes each page where the engine can embed it (a JPEG's own bytes, a lossless PNG) and
/// runs the engine over the document; returns the figures and the PDF's bytes.
fn run_engine(
    engine: &mut OcrEngine,
    pages: &[decode::Page],
    opts: &OcrOptions,
) -> Result<(Vec<ocr::PageFigures>, Vec<u8>), ocr::OcrError> {
    let work = tempfile::tempdir().map_err(|source| ocr::OcrError::WritePdf {
        path: std::env::temp_dir(),
        source,
    })?;
    let mut inputs = Vec::with_capacity(pages.len());
    for (i, p) in pages.iter().enumerate() {
        let (ext, bytes) = match &p.embed {
            decode::Embed::Jpeg(b) => ("jpg", b),
            decode::Embed::Png(b) => ("png", b),
        };
        let file = work.path().join(format!("page-{:04}.{ext}", i + 1));
        std::fs::write(&file, bytes).map_err(|source| ocr::OcrError::WritePage {
            path: file.clone(),
            source,
        })?;
        inputs.push(ocr::PageInput {
            file,
            dpi: Some(p.dpi),
        });
    }
    let out = work.path().join("document.pdf");
    let figures = engine.process_document(&inputs, &out, opts)?;
    let pdf = std::fs::read(&out).map_err(|source| ocr::OcrError::WritePdf {
        path: out.clone(),
        source,
    })?;
    Ok((figures, pdf))
}
