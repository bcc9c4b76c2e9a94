//! Threads: which e-mails are superseded by a later one that quotes them (policy 001 §4.7).
//!
//! "Where a thread repeats itself, the final message that contains the rest is enough." A message
//! A counts as superseded by B only when both hold: B names A (A's Message-ID is in B's
//! References or In-Reply-To), and A's text is all inside B's text. The first alone would drop a
//! message whose reply trimmed the quote; the second alone would match two unrelated e-mails that
//! share a stock paragraph. Quoting marks (`>`, `> >`), indentation, line wrapping and letter case
//! are ignored when comparing, since mail programs re-flow quoted text. Superseded messages are
//! still recorded (the caller keeps them in the catalog), just not filed twice.

use super::Email;

/// One e-mail that a later one makes redundant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Superseded {
    /// Index (in the slice given) of the superseded e-mail.
    pub index: usize,
    /// Index of the latest e-mail that contains it (the end of the chain of quotes).
    pub by: usize,
}

/// The thread an e-mail belongs to: the first Message-ID in References (the thread's root),
/// else In-Reply-To, else its own Message-ID. Empty when it has none of them.
pub fn thread_key(email: &Email) -> String {
    email
        .references
        .first()
        .or(email.in_reply_to.as_ref())
        .cloned()
        .unwrap_or_else(|| email.message_id.clone())
}

/// Text compared for containment: quote marks, blank lines and layout removed, lower case.
pub fn normalised_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let l = line.trim_start_matches(|c: char| c == '>' || c.is_whitespace());
        for word in l.split_whitespace() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.extend(word.chars().flat_map(char::to_lowercase));
        }
    }
    out
}

/// Words per shingle: long enough that two unrelated e-mails rarely share one, short enough
/// that a reply re-flowing the quote still keeps most of them whole.
pub const SHINGLE_WORDS: usize = 8;

/// Fingerprints of a body for supersession across runs: the first 8 bytes of the SHA-256 of
/// every run of [`SHINGLE_WORDS`] consecutive words of the [`normalised_text`], sorted and
/// without repeats. The catalog keeps these instead of the text, so that a message arriving
/// after the one that quotes it can still be recognised without keeping any body in clear.
/// A body shorter than one shingle gives none (it is never counted as superseded).
pub fn shingles(text: &str) -> Vec<u64> {
    use sha2::{Digest, Sha256};
    let norm = normalised_text(text);
    let words: Vec<&str> = norm.split(' ').filter(|w| !w.is_empty()).collect();
    if words.len() < SHINGLE_WORDS {
        return Vec::new();
    }
    let mut out: Vec<u64> = words
        .windows(SHINGLE_WORDS)
        .map(|w| {
            let mut h = Sha256::new();
            h.update(b"casevault-shingle\0");
            h.update(w.join(" ").as_bytes());
            let d = h.finalize();
            let mut b = [0u8; 8];
            b.copy_from_slice(&d.as_slice()[..8]);
            u64::from_be_bytes(b)
        })
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Whether every shingle of `earlier` is among those of `later` (both sorted), i.e. the
/// earlier text is inside the later one. Empty `earlier` never is.
pub fn contains_shingles(later: &[u64], earlier: &[u64]) -> bool {
    !earlier.is_empty() && earlier.iter().all(|s| later.binary_search(s).is_ok())
}

fn names(later: &Email, earlier: &Email) -> bool {
    !earlier.message_id.is_empty()
        && earlier.message_id != later.message_id
        && (later.references.contains(&earlier.message_id)
            || later.in_reply_to.as_deref() == Some(earlier.message_id.as_str()))
}

/// Finds the e-mails in `emails` that a later e-mail in the same slice quotes in full.
/// Sorted by `index`.
pub fn superseded(emails: &[Email]) -> Vec<Superseded> {
    let texts: Vec<String> = emails
        .iter()
        .map(|e| normalised_text(&e.body_text))
        .collect();
    // direct[a] = the e-mails that name a and contain its text.
    let direct: Vec<Vec<usize>> = (0..emails.len())
        .map(|a| {
            (0..emails.len())
                .filter(|&b| {
                    b != a
                        && !texts[a].is_empty()
                        && names(&emails[b], &emails[a])
                        && texts[b].contains(&texts[a])
                })
                .collect()
        })
        .collect();
    let mut out = Vec::new();
    for (a, supers) in direct.iter().enumerate() {
        let Some(&first) = supers.first() else {
            continue;
        };
        // Follow the chain to a message nothing supersedes (guarding against cycles).
        let mut by = first;
        let mut seen = vec![a, by];
        while let Some(&next) = direct[by].iter().find(|n| !seen.contains(n)) {
            by = next;
            seen.push(by);
        }
        out.push(Superseded { index: a, by });
    }
    out
}
