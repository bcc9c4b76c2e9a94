//! The legibility verdict for one page, from the figures the OCR measured (SPEC step 3).
//!
//! Kept apart from the engine so that the thresholds can be calibrated on labelled samples
//! without running Tesseract, and so the reasons are written once, in words a business services
//! officer understands ("page 2: only 3 words recognised").

use super::PageFigures;

/// When a page counts as legible. Calibrate on the labelled samples in `test-data/`.
#[derive(Debug, Clone, PartialEq)]
pub struct LegibilityThresholds {
    /// Fewer recognised words than this: illegible (unless the page is blank).
    pub min_words: u32,
    /// Mean word confidence (0-100) below this: illegible. Tesseract's confidence tracks word
    /// accuracy: >= 93 went with >= 98.6% of words right, <= 35 with <= 17%.
    pub min_mean_confidence: f32,
    /// A page with no words recognised and less ink than this (fraction of the page, 0-1) is
    /// blank rather than illegible: a scanner back with a few marks on it.
    pub max_blank_ink_ratio: f32,
}

impl Default for LegibilityThresholds {
    fn default() -> Self {
        Self {
            min_words: 5,
            min_mean_confidence: 60.0,
            max_blank_ink_ratio: 0.002,
        }
    }
}

/// What the pipeline should do with one page.
#[derive(Debug, Clone, PartialEq)]
pub enum PageVerdict {
    /// Enough words, recognised with enough confidence.
    Legible,
    /// Nothing on the page (a scanner back): kept in the PDF, not a reason for quarantine.
    Blank,
    /// Not legible; `why` says so in plain words, starting with the page number.
    Illegible { why: String },
}

impl LegibilityThresholds {
    /// Judges one page. `page_number` counts from 1 and is used only in the reason.
    pub fn judge(&self, page_number: usize, f: &PageFigures) -> PageVerdict {
        let n = page_number;
        if f.blank || (f.words == 0 && f.ink_ratio < self.max_blank_ink_ratio) {
            return PageVerdict::Blank;
        }
        let why = if f.timed_out {
            format!(
                "page {n}: reading was stopped after {:.1} s, several times longer than a \
                 normal page (heavy speckle or background noise, or unusually dense small print); \
                 please check the scan",
                f.millis as f64 / 1000.0
            )
        } else if f.words == 0 {
            format!(
                "page {n}: no words recognised although {:.1}% of the page has marks on it \
                 (handwriting, a drawing or a very poor scan)",
                f.ink_ratio * 100.0
            )
        } else if f.words < self.min_words {
            let s = if f.words == 1 { "word" } else { "words" };
            format!(
                "page {n}: only {} {s} recognised (at least {} needed)",
                f.words, self.min_words
            )
        } else if f.mean_confidence < self.min_mean_confidence {
            format!(
                "page {n}: mean word confidence {:.0} below {:.0}",
                f.mean_confidence, self.min_mean_confidence
            )
        } else {
            return PageVerdict::Legible;
        };
        PageVerdict::Illegible { why }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figures(words: u32, conf: f32) -> PageFigures {
        PageFigures {
            words,
            mean_confidence: conf,
            blank: false,
            timed_out: false,
            looks: 1,
            dpi_used: 150,
            millis: 700,
            cpu_millis: 690,
            ink_ratio: 0.05,
            skew_degrees: 0.0,
            rotation: 0,
            text: String::new(),
        }
    }

    #[test]
    fn verdicts_follow_the_thresholds() {
        let t = LegibilityThresholds::default();
        assert_eq!(t.judge(1, &figures(400, 92.0)), PageVerdict::Legible);
        match t.judge(2, &figures(3, 90.0)) {
            PageVerdict::Illegible { why } => {
                assert_eq!(why, "page 2: only 3 words recognised (at least 5 needed)")
            }
            v => panic!("{v:?}"),
        }
        match t.judge(1, &figures(300, 31.4)) {
            PageVerdict::Illegible { why } => {
                assert_eq!(why, "page 1: mean word confidence 31 below 60")
            }
            v => panic!("{v:?}"),
        }
        let mut timed = figures(300, 95.0);
        timed.timed_out = true;
        assert!(
            matches!(t.judge(4, &timed), PageVerdict::Illegible { why } if why.starts_with("page 4: reading was stopped after 0.7 s"))
        );
        let mut blank = figures(0, 0.0);
        blank.blank = true;
        assert_eq!(t.judge(5, &blank), PageVerdict::Blank);
        let mut marks = figures(0, 0.0);
        marks.ink_ratio = 0.001;
        assert_eq!(t.judge(5, &marks), PageVerdict::Blank);
        marks.ink_ratio = 0.03;
        assert!(
            matches!(t.judge(6, &marks), PageVerdict::Illegible { why } if why.contains("no words"))
        );
    }
}
