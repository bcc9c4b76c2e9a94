//! Word recall and word error rate of OCR output against a page's ground truth.
//!
//! Shared by the accuracy test (tests/ocr_accuracy.rs) and the real-format bench
//! (benches/real_formats.rs, which includes this file by path), so both count words the same way.
//!
//! Words are compared normalised: Unicode NFC; a word broken over a line with a hyphen is joined
//! ("assess-\nment" -> "assessment"); split on white space; leading and trailing punctuation
//! stripped (ASCII punctuation and the common typographic marks: quotes, dashes, bullets, the
//! ellipsis); case kept; tokens left empty (a bullet, a table rule read as "|") dropped.
//! Recall is the share of the ground truth's words (as a multiset: a word printed three times
//! must be found three times) that the output holds, in any order. The word error rate is the
//! word-level edit distance (substitutions, deletions, insertions) over the number of true
//! words, so it depends on reading order: on two-column pages and tables an engine that reads in
//! another order scores worse by it while finding every word. Recall is the measure asserted.

use std::collections::HashMap;

use unicode_normalization::UnicodeNormalization;

/// How one OCR output compares with its ground truth.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Score {
    /// Words in the ground truth (after normalisation).
    pub truth_words: usize,
    /// Of those, how many the output holds (multiset intersection).
    pub found: usize,
    /// Word-level edit distance between the two word sequences.
    pub edits: usize,
}

impl Score {
    /// Share of the true words found, 0-1 (1 for an empty ground truth).
    pub fn recall(&self) -> f64 {
        if self.truth_words == 0 {
            1.0
        } else {
            self.found as f64 / self.truth_words as f64
        }
    }

    /// Word error rate, 0 and up (above 1 when the output adds many words).
    pub fn wer(&self) -> f64 {
        if self.truth_words == 0 {
            0.0
        } else {
            self.edits as f64 / self.truth_words as f64
        }
    }

    /// Sums scores of several pages (recall over all their words, not a mean of page recalls).
    pub fn add(self, other: Score) -> Score {
        Score {
            truth_words: self.truth_words + other.truth_words,
            found: self.found + other.found,
            edits: self.edits + other.edits,
        }
    }

    /// No words at all (the identity of [`Score::add`]).
    pub fn zero() -> Score {
        Score {
            truth_words: 0,
            found: 0,
            edits: 0,
        }
    }
}

/// Scores `output` (what an engine or `pdftotext` gave) against `truth` (a `.gt.txt`).
pub fn score(truth: &str, output: &str) -> Score {
    let t = words(truth);
    let o = words(output);
    let mut have: HashMap<&str, usize> = HashMap::new();
    for w in &o {
        *have.entry(w.as_str()).or_default() += 1;
    }
    let mut found = 0;
    for w in &t {
        if let Some(n) = have.get_mut(w.as_str()) {
            if *n > 0 {
                *n -= 1;
                found += 1;
            }
        }
    }
    Score {
        truth_words: t.len(),
        found,
        edits: edit_distance(&t, &o),
    }
}

/// The true words the output does not hold (each as often as it is missing), in page order:
/// what a failure message shows.
pub fn missing(truth: &str, output: &str) -> Vec<String> {
    let mut have: HashMap<String, usize> = HashMap::new();
    for w in words(output) {
        *have.entry(w).or_default() += 1;
    }
    let mut out = Vec::new();
    for w in words(truth) {
        match have.get_mut(&w) {
            Some(n) if *n > 0 => *n -= 1,
            _ => out.push(w),
        }
    }
    out
}

/// The normalised words of a text, in order.
pub fn words(text: &str) -> Vec<String> {
    let nfc: String = text.nfc().collect();
    let joined = join_hyphenated(&nfc);
    joined
        .split_whitespace()
        .map(|w| w.trim_matches(is_punctuation))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

fn is_punctuation(c: char) -> bool {
    c.is_ascii_punctuation()
        || matches!(
            c,
            '\u{2018}' // left single quote
                | '\u{2019}' // right single quote
                | '\u{201C}' // left double quote
                | '\u{201D}' // right double quote
                | '\u{2010}' // hyphen
                | '\u{2011}' // non-breaking hyphen
                | '\u{2013}' // en dash
                | '\u{2014}' // em dash
                | '\u{2022}' // bullet
                | '\u{2026}' // ellipsis
                | '\u{00AB}' // left guillemet
                | '\u{00BB}' // right guillemet
                | '\u{00B7}' // middle dot
                | '\u{00AD}' // soft hyphen
        )
}

/// Joins a word broken at a line end with a hyphen: a letter, a hyphen (ASCII, U+2010 or a soft
/// hyphen), optional spaces, a line break, optional spaces, a letter.
fn join_hyphenated(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if matches!(c, '-' | '\u{2010}' | '\u{00AD}') && i > 0 && chars[i - 1].is_alphabetic() {
            let mut j = i + 1;
            while j < chars.len() && (chars[j] == ' ' || chars[j] == '\t') {
                j += 1;
            }
            if j < chars.len() && (chars[j] == '\n' || chars[j] == '\r') {
                let mut k = j;
                while k < chars.len() && chars[k].is_whitespace() {
                    k += 1;
                }
                if k < chars.len() && chars[k].is_alphabetic() {
                    i = k;
                    continue;
                }
            }
        }
        out.push(c);
        i += 1;
    }
    out
}

/// Levenshtein distance over words (two rows, O(n*m) time).
fn edit_distance(a: &[String], b: &[String]) -> usize {
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, wa) in a.iter().enumerate() {
        cur[0] = i + 1;
        for (j, wb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(wa != wb);
            cur[j + 1] = sub.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}
