//! Which case a document belongs to.
//!
//! The case number comes from the file name first (a scanning officer who named the file knew the
//! case), then from the page text. OCR confuses a few characters in the digit positions (`O` for
//! `0`, `I`/`l` for `1`, `S` for `5`, `B` for `8`), so candidates in the text are read with those
//! swaps undone before they are matched against the configured pattern. A number must then be in
//! the case list; several different known numbers in one document is ambiguous, never a guess.

use std::collections::BTreeSet;

use regex::Regex;

use crate::document::{CaseNumber, QuarantineReason, Quarantined};

/// Where the case number was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FoundIn {
    FileName,
    Text,
    /// The source said (a legacy drive's case folder, through the import mapping).
    Source,
}

/// The case numbers a document mentions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidates {
    pub numbers: Vec<CaseNumber>,
    pub found_in: FoundIn,
}

/// Finds case-number candidates: from the file name if it has any, else from the text.
pub fn candidates(pattern: &Regex, file_name: &str, text: &str) -> Option<Candidates> {
    let from_name = scan(pattern, &file_name.to_uppercase(), false);
    if !from_name.is_empty() {
        return Some(Candidates {
            numbers: from_name,
            found_in: FoundIn::FileName,
        });
    }
    let from_text = scan(pattern, text, true);
    (!from_text.is_empty()).then_some(Candidates {
        numbers: from_text,
        found_in: FoundIn::Text,
    })
}

/// Picks the one known case among the candidates, or says why not.
pub fn choose(
    cands: Option<Candidates>,
    is_known: impl Fn(&CaseNumber) -> bool,
) -> Result<CaseNumber, Quarantined> {
    let Some(c) = cands else {
        return Err(Quarantined::new(
            QuarantineReason::NoCaseNumber,
            "no case number in the file name or on any page",
        ));
    };
    let known: Vec<&CaseNumber> = c.numbers.iter().filter(|n| is_known(n)).collect();
    match known.as_slice() {
        [one] => Ok((*one).clone()),
        [] => Err(Quarantined::new(
            QuarantineReason::UnknownCase,
            format!(
                "case number {} is not in the case list",
                c.numbers
                    .iter()
                    .map(|n| n.0.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )),
        many => Err(Quarantined::new(
            QuarantineReason::AmbiguousCase,
            format!(
                "{} different known case numbers: {}",
                many.len(),
                many.iter()
                    .map(|n| n.0.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )),
    }
}

fn scan(pattern: &Regex, text: &str, fix_ocr: bool) -> Vec<CaseNumber> {
    let mut found = BTreeSet::new();
    // Tokens of letters and digits, 6 to 16 long: wide enough for any sane case-number pattern.
    for token in text.split(|c: char| !c.is_ascii_alphanumeric()) {
        if token.len() < 6 || token.len() > 16 {
            continue;
        }
        let upper = token.to_ascii_uppercase();
        if pattern.is_match(&upper) {
            found.insert(upper);
        } else if fix_ocr {
            if let Some(fixed) = fix_digits(pattern, &upper) {
                found.insert(fixed);
            }
        }
    }
    found.into_iter().map(CaseNumber).collect()
}

/// Tries the usual OCR confusions (a letter read where a digit was printed): every combination
/// of swaps over the ambiguous characters, fewest swaps first, the first that matches wins.
fn fix_digits(pattern: &Regex, token: &str) -> Option<String> {
    fn digit_for(c: char) -> Option<char> {
        match c {
            'O' | 'Q' | 'D' => Some('0'),
            'I' | 'L' => Some('1'),
            'S' => Some('5'),
            'B' => Some('8'),
            'Z' => Some('2'),
            _ => None,
        }
    }
    let chars: Vec<char> = token.chars().collect();
    let ambiguous: Vec<usize> = (0..chars.len())
        .filter(|&i| digit_for(chars[i]).is_some())
        .collect();
    if ambiguous.is_empty() || ambiguous.len() > 8 {
        return None;
    }
    let mut masks: Vec<u32> = (1..(1u32 << ambiguous.len())).collect();
    masks.sort_by_key(|m| m.count_ones());
    for mask in masks {
        let mut cand = chars.clone();
        for (bit, &i) in ambiguous.iter().enumerate() {
            if mask & (1 << bit) != 0 {
                cand[i] = digit_for(chars[i]).expect("ambiguous");
            }
        }
        let s: String = cand.into_iter().collect();
        if pattern.is_match(&s) {
            return Some(s);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pat() -> Regex {
        Regex::new("^[A-Z]{2}[0-9]{2}[A-Z][0-9]{5}$").unwrap()
    }

    #[test]
    fn file_name_wins_over_text() {
        let c = candidates(
            &pat(),
            "Hughes v Patel - LS24P01234 - Order.png",
            "Case number: MK23C00456",
        )
        .unwrap();
        assert_eq!(c.found_in, FoundIn::FileName);
        assert_eq!(c.numbers, vec![CaseNumber("LS24P01234".into())]);
    }

    #[test]
    fn ocr_confusions_are_undone_in_digit_positions_only() {
        let c = candidates(&pat(), "scan_0001.png", "Case number: LS24PO1234\nSLS").unwrap();
        assert_eq!(c.numbers, vec![CaseNumber("LS24P01234".into())]);
        let c = candidates(&pat(), "x.png", "Ref MK23CO0456.").unwrap();
        assert_eq!(c.numbers, vec![CaseNumber("MK23C00456".into())]);
        assert!(candidates(&pat(), "x.png", "nothing here 123").is_none());
    }

    #[test]
    fn choose_explains_each_failure() {
        let known = |n: &CaseNumber| n.0 == "LS24P01234" || n.0 == "MK23C00456";
        assert_eq!(
            choose(None, known).unwrap_err().reason,
            QuarantineReason::NoCaseNumber
        );
        let c = candidates(&pat(), "x", "ZZ99P99999").unwrap();
        let e = choose(Some(c), known).unwrap_err();
        assert_eq!(e.reason, QuarantineReason::UnknownCase);
        assert!(e.detail.contains("ZZ99P99999"));
        let c = candidates(&pat(), "x", "LS24P01234 and MK23C00456").unwrap();
        assert_eq!(
            choose(Some(c), known).unwrap_err().reason,
            QuarantineReason::AmbiguousCase
        );
        // An unknown number beside a known one: the known one is taken.
        let c = candidates(&pat(), "x", "LS24P01234 ZZ99P99999").unwrap();
        assert_eq!(choose(Some(c), known).unwrap().0, "LS24P01234");
    }
}
