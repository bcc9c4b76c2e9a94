//! The filename convention: `{case name} - {case number} - {document name}.pdf` (policy 000 §4.1).
//!
//! A file already named by the convention is checked (its case name must be the case list's name
//! for that number, or the document is in the wrong case or the list is wrong: either way a person
//! must look); otherwise the name is rebuilt from what the pipeline knows: the case list's name and
//! the document name the routing rule gives. Every name is made safe on every file system.

use regex::Regex;

use crate::document::{QuarantineReason, Quarantined};

/// The most characters a canonical name may have, `.pdf` included.
pub const MAX_NAME_CHARS: usize = 200;

/// The parts of a conventional file name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConventionalName {
    pub case_name: String,
    pub case_number: String,
    pub document_name: String,
}

/// Parses `{case name} - {case number} - {document name}.{ext}` (the extension is dropped).
pub fn parse_conventional(file_name: &str, case_number: &Regex) -> Option<ConventionalName> {
    let stem = match file_name.rfind('.') {
        Some(i) if i > 0 && file_name.len() - i <= 6 => &file_name[..i],
        _ => file_name,
    };
    let parts: Vec<&str> = stem.split(" - ").collect();
    if parts.len() < 3 {
        return None;
    }
    // The case number is the first part after the first that matches the pattern, so case
    // names containing " - " still parse.
    let idx = (1..parts.len() - 1).find(|&i| case_number.is_match(parts[i].trim()))?;
    let case_name = parts[..idx].join(" - ").trim().to_string();
    let document_name = parts[idx + 1..].join(" - ").trim().to_string();
    if case_name.is_empty() || document_name.is_empty() {
        return None;
    }
    Some(ConventionalName {
        case_name,
        case_number: parts[idx].trim().to_string(),
        document_name,
    })
}

/// Checks a conventional name against the case list's name for its number.
pub fn check_case_name(parsed: &ConventionalName, catalog_name: &str) -> Result<(), Quarantined> {
    if normalise(&parsed.case_name) == normalise(catalog_name) {
        Ok(())
    } else {
        Err(Quarantined::new(
            QuarantineReason::NameMismatch,
            format!(
                "the file name's case name is not the case list's name for case {}",
                parsed.case_number
            ),
        ))
    }
}

fn normalise(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Builds the canonical name, making every part safe and the whole at most
/// [`MAX_NAME_CHARS`] characters (the document name is shortened first).
pub fn canonical(case_name: &str, case_number: &str, document_name: &str) -> String {
    let mut case_name = safe_part(case_name);
    if case_name.is_empty() {
        case_name = "Case".to_string();
    }
    let document_name = safe_part(document_name);
    let fixed = format!("{case_name} - {case_number} - ");
    let room = MAX_NAME_CHARS.saturating_sub(fixed.chars().count() + ".pdf".len());
    let mut doc: String = document_name.chars().take(room.max(1)).collect();
    doc = doc.trim_end_matches([' ', '.']).to_string();
    if doc.is_empty() {
        doc = "Document".to_string();
    }
    let name = format!("{fixed}{doc}.pdf");
    if name.chars().count() > MAX_NAME_CHARS {
        // A case name alone too long: shorten it too (still unique with the case number).
        let over = name.chars().count() - MAX_NAME_CHARS;
        let short: String = case_name
            .chars()
            .take(case_name.chars().count().saturating_sub(over))
            .collect();
        return format!(
            "{} - {case_number} - {doc}.pdf",
            short.trim_end_matches([' ', '.'])
        );
    }
    name
}

/// The name with ` (2)`, ` (3)`, ... before `.pdf`, for a second document of the same name.
pub fn numbered(name: &str, n: u32) -> String {
    let stem = name.strip_suffix(".pdf").unwrap_or(name);
    let suffix = format!(" ({n}).pdf");
    let keep = MAX_NAME_CHARS - suffix.len();
    let stem: String = stem.chars().take(keep).collect();
    format!("{}{suffix}", stem.trim_end())
}

/// Removes what some file system refuses: `/ \ : * ? " < > |`, control characters, leading and
/// trailing dots and spaces; runs of spaces become one.
pub fn safe_part(s: &str) -> String {
    let cleaned: String = s
        .chars()
        .map(|c| match c {
            '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => ' ',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect();
    let joined = cleaned.split_whitespace().collect::<Vec<_>>().join(" ");
    joined.trim_matches(|c| c == '.' || c == ' ').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn pat() -> Regex {
        Regex::new("^[A-Z]{2}[0-9]{2}[A-Z][0-9]{5}$").unwrap()
    }

    #[test]
    fn parses_the_convention() {
        let p = parse_conventional(
            "Hughes v Patel - LS24P01234 - Position statement.png",
            &pat(),
        )
        .unwrap();
        assert_eq!(p.case_name, "Hughes v Patel");
        assert_eq!(p.case_number, "LS24P01234");
        assert_eq!(p.document_name, "Position statement");
        let p = parse_conventional("A - B v C - LS24P01234 - Note - draft 2.pdf", &pat()).unwrap();
        assert_eq!(p.case_name, "A - B v C");
        assert_eq!(p.document_name, "Note - draft 2");
        assert!(parse_conventional("scan_0001.jpg", &pat()).is_none());
        assert!(parse_conventional("A - LS24P0123 - B.pdf", &pat()).is_none());
    }

    #[test]
    fn mismatched_case_name_is_quarantined() {
        let p = parse_conventional("Smith v Jones - LS24P01234 - Note.png", &pat()).unwrap();
        assert_eq!(
            check_case_name(&p, "Hughes v Patel").unwrap_err().reason,
            QuarantineReason::NameMismatch
        );
        assert!(check_case_name(&p, "smith  v jones").is_ok());
    }

    #[test]
    fn canonical_names_are_safe() {
        assert_eq!(
            canonical("Hughes v Patel", "LS24P01234", "Court order"),
            "Hughes v Patel - LS24P01234 - Court order.pdf"
        );
        assert_eq!(
            canonical("Re: A/B", "LS24P01234", " ..Letter? \"x\"\t<1>. "),
            "Re A B - LS24P01234 - Letter x 1.pdf"
        );
        assert_eq!(
            numbered("A - LS24P01234 - B.pdf", 2),
            "A - LS24P01234 - B (2).pdf"
        );
    }

    proptest! {
        #[test]
        fn any_input_gives_a_safe_bounded_name(case in ".{0,300}", doc in ".{0,300}") {
            let n = canonical(&case, "LS24P01234", &doc);
            prop_assert!(n.chars().count() <= MAX_NAME_CHARS, "{} chars", n.chars().count());
            prop_assert!(n.ends_with(".pdf"));
            prop_assert!(!n.starts_with(['.', ' ']));
            prop_assert!(!n.chars().any(|c| "/\\:*?\"<>|".contains(c) || c.is_control()));
            prop_assert!(n.contains(" - LS24P01234 - "));
        }
    }
}
