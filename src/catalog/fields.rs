//! Personal data sealed field by field in a PostgreSQL catalog (issue 16; docs/scale.md).
//!
//! An SQLite catalog is SQLCipher, encrypted whole (`catalog::cipher`). A PostgreSQL catalog
//! lives on a server that services operate, back up and let administrators query; that server
//! must not read children's names, case names, document names, contact-log notes, quarantined
//! file names, the text of every document or the paths of a legacy drive. So on PostgreSQL each
//! such value is sealed by casevault before it is sent, under keys derived from the key ring's
//! catalog key (which the server never sees), and opened after it is read back.
//!
//! - **Sealed values** are AES-256-GCM, written in the value's own `TEXT` column as
//!   `cv1:` + base64 (nonce, ciphertext, tag), or in a `BLOB` column as those bytes. The column's
//!   name is the associated data, so a value cannot be moved into another column unnoticed.
//! - **Values looked up by equality** (a document's name within its case, a child's name, a
//!   quarantined file's name and path, an S3 inbox's object key) are sealed deterministically:
//!   the nonce is an HMAC of the column and the value (a synthetic IV, as AES-SIV does), so the
//!   same value always seals to the same text and `WHERE name = ?`, primary keys and unique
//!   indexes work on the sealed text unchanged. What the server learns is which rows of that
//!   column hold equal values, nothing of the values. Every other field gets a random nonce.
//! - **Sorting** by a sealed column is done in the process after the read (each such read is
//!   one case's rows or one listing), on both engines alike, so the two engines order alike.
//! - **Search** cannot use the server's text index on sealed text; [`word_hashes`] gives each
//!   document's distinct words (and their first 3 to 8 letters, for `plent*`) as 64-bit keyed
//!   hashes, kept as one array a document in `document_words` (PostgreSQL only) under a GIN
//!   index. A search looks up the documents holding every term's hash, opens the newest of them
//!   and ranks those by how often the terms occur in the text. The server learns which
//!   documents share a hashed word, not the word, nor how often it occurs.
//!
//! On SQLite every function here passes values through unchanged: the file is encrypted whole,
//! and its full-text index needs the words.
//!
//! A PostgreSQL catalog opened without a key (only [`crate::sink::holdings`], which counts rows
//! to decide whether a missing key ring may be replaced) can count but not write or read a sealed
//! field: [`super::db::Fields::Locked`].
//!
//! The catalog records a check value derived from its key (`settings.field_key_check`), so a
//! worker whose key ring is not the one the catalog was sealed under is refused when it opens
//! the catalog, before it writes a value nobody else could read.

use aes_gcm::aead::{AeadInOut, KeyInit};
use aes_gcm::Aes256Gcm;
use base64::Engine as _;
use hmac::Mac;
use sha2::Sha256;
use zeroize::Zeroizing;

use crate::seal::CatalogKey;

/// A sealed field that could not be sealed or opened.
#[derive(Debug, Clone, thiserror::Error)]
#[error("sealed column {field}: {message}")]
pub struct FieldError {
    pub field: &'static str,
    pub message: String,
}

/// The prefix of a sealed text value (format version 1).
pub const SEALED_PREFIX: &str = "cv1:";
const NONCE_LEN: usize = 12;
const TAG_LEN: usize = 16;

/// A sealed column: its associated data, and whether it is sealed deterministically.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    CaseName,
    ChildName,
    ChildDob,
    ChildDied,
    DocName,
    DocOriginalName,
    DocText,
    ContactDetail,
    QuarantineName,
    QuarantinePath,
    QuarantineDetail,
    SetAsidePath,
    SetAsideNote,
    RouteExample,
    RouteDocName,
    RouteReason,
    RouteModel,
    BatchPaths,
    WorkItem,
    HoldReason,
}

impl Field {
    /// Every sealed column, with its table and the columns that pick out its row (for sealing
    /// a catalog written before fields were sealed).
    pub const ALL: [Field; 20] = [
        Field::CaseName,
        Field::ChildName,
        Field::ChildDob,
        Field::ChildDied,
        Field::DocName,
        Field::DocOriginalName,
        Field::DocText,
        Field::ContactDetail,
        Field::QuarantineName,
        Field::QuarantinePath,
        Field::QuarantineDetail,
        Field::SetAsidePath,
        Field::SetAsideNote,
        Field::RouteExample,
        Field::RouteDocName,
        Field::RouteReason,
        Field::RouteModel,
        Field::BatchPaths,
        Field::WorkItem,
        Field::HoldReason,
    ];

    /// `(table, column)`.
    pub fn column(self) -> (&'static str, &'static str) {
        match self {
            Field::CaseName => ("cases", "case_name"),
            Field::ChildName => ("children", "name"),
            Field::ChildDob => ("children", "dob"),
            Field::ChildDied => ("children", "died"),
            Field::DocName => ("documents", "name"),
            Field::DocOriginalName => ("documents", "original_name"),
            Field::DocText => ("document_text", "text"),
            Field::ContactDetail => ("contact_log", "detail"),
            Field::QuarantineName => ("quarantine", "original_name"),
            Field::QuarantinePath => ("quarantine", "path"),
            Field::QuarantineDetail => ("quarantine", "detail"),
            Field::SetAsidePath => ("set_aside", "path"),
            Field::SetAsideNote => ("set_aside", "note"),
            Field::RouteExample => ("route_examples", "example"),
            Field::RouteDocName => ("route_decisions", "document_name"),
            Field::RouteReason => ("route_decisions", "reason"),
            Field::RouteModel => ("route_models", "model"),
            Field::BatchPaths => ("import_batches", "paths"),
            Field::WorkItem => ("work_items", "item"),
            Field::HoldReason => ("holds", "reason"),
        }
    }

    /// Whether equal values seal to equal text (the column is looked up by equality, or is part
    /// of a key).
    pub fn deterministic(self) -> bool {
        matches!(
            self,
            Field::ChildName
                | Field::DocName
                | Field::QuarantineName
                | Field::QuarantinePath
                | Field::WorkItem
        )
    }

    /// The associated data every value of the column is sealed with.
    fn aad(self) -> Vec<u8> {
        let (table, column) = self.column();
        format!("casevault field v1 {table}.{column}").into_bytes()
    }
}

/// The keys fields are sealed under, derived from the catalog key.
pub struct FieldKeys {
    seal: Zeroizing<[u8; 32]>,
    nonce: Zeroizing<[u8; 32]>,
    words: Zeroizing<[u8; 32]>,
    check: String,
}

impl std::fmt::Debug for FieldKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("FieldKeys(..)")
    }
}

fn hmac_parts(key: &[u8], parts: &[&[u8]]) -> [u8; 32] {
    let mut mac = hmac::Hmac::<Sha256>::new_from_slice(key).expect("any key length");
    for p in parts {
        mac.update(&(p.len() as u64).to_be_bytes());
        mac.update(p);
    }
    mac.finalize().into_bytes().into()
}

impl FieldKeys {
    /// The keys of `catalog`: each an HMAC-SHA256 of the catalog key over its own label, so no
    /// key is used for two purposes and none reveals the catalog key.
    pub fn derive(catalog: &CatalogKey) -> FieldKeys {
        let k = catalog.expose();
        let derive = |label: &str| Zeroizing::new(hmac_parts(k, &[label.as_bytes()]));
        let check = hex::encode(hmac_parts(k, &[b"casevault field key check v1"]));
        FieldKeys {
            seal: derive("casevault field seal v1"),
            nonce: derive("casevault field nonce v1"),
            words: derive("casevault field words v1"),
            check,
        }
    }

    /// A value derived from the keys that tells whether two workers hold the same ones, and
    /// nothing else (stored in the catalog).
    pub fn check(&self) -> &str {
        &self.check
    }

    fn nonce_for(&self, field: Field, bytes: &[u8]) -> Result<[u8; NONCE_LEN], FieldError> {
        let mut nonce = [0u8; NONCE_LEN];
        if field.deterministic() {
            nonce
                .copy_from_slice(&hmac_parts(&self.nonce[..], &[&field.aad(), bytes])[..NONCE_LEN]);
        } else {
            crate::seal::fill_random(&mut nonce).map_err(|e| FieldError {
                field: field.column().1,
                message: e.to_string(),
            })?;
        }
        Ok(nonce)
    }

    /// `bytes` sealed: nonce, ciphertext, tag.
    pub fn seal_bytes(&self, field: Field, bytes: &[u8]) -> Result<Vec<u8>, FieldError> {
        let nonce = self.nonce_for(field, bytes)?;
        let cipher = Aes256Gcm::new((&*self.seal).into());
        let mut out = Vec::with_capacity(NONCE_LEN + bytes.len() + TAG_LEN);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(bytes);
        let tag = cipher
            .encrypt_inout_detached(&nonce.into(), &field.aad(), (&mut out[NONCE_LEN..]).into())
            .map_err(|_| FieldError {
                field: field.column().1,
                message: "sealing failed".into(),
            })?;
        out.extend_from_slice(&tag);
        Ok(out)
    }

    /// What [`FieldKeys::seal_bytes`] sealed, checked and opened.
    pub fn open_bytes(&self, field: Field, sealed: &[u8]) -> Result<Vec<u8>, FieldError> {
        let bad = |message: &str| FieldError {
            field: field.column().1,
            message: message.into(),
        };
        if sealed.len() < NONCE_LEN + TAG_LEN {
            return Err(bad("too short to be a sealed value"));
        }
        let (nonce, rest) = sealed.split_at(NONCE_LEN);
        let (body, tag) = rest.split_at(rest.len() - TAG_LEN);
        let nonce: [u8; NONCE_LEN] = nonce.try_into().expect("split at its length");
        let tag = aes_gcm::aead::Tag::<Aes256Gcm>::try_from(tag).map_err(|_| bad("tag length"))?;
        let mut out = body.to_vec();
        Aes256Gcm::new((&*self.seal).into())
            .decrypt_inout_detached(&nonce.into(), &field.aad(), (&mut out[..]).into(), &tag)
            .map_err(|_| {
                bad("does not open under this key ring's catalog key (altered, moved from another column, or sealed under another key ring)")
            })?;
        Ok(out)
    }

    /// `text` sealed, as the text stored in its column.
    pub fn seal_text(&self, field: Field, text: &str) -> Result<String, FieldError> {
        let sealed = self.seal_bytes(field, text.as_bytes())?;
        Ok(format!(
            "{SEALED_PREFIX}{}",
            base64::engine::general_purpose::STANDARD_NO_PAD.encode(sealed)
        ))
    }

    /// What [`FieldKeys::seal_text`] wrote, opened.
    pub fn open_text(&self, field: Field, stored: &str) -> Result<String, FieldError> {
        let bad = |message: &str| FieldError {
            field: field.column().1,
            message: message.into(),
        };
        let body = stored
            .strip_prefix(SEALED_PREFIX)
            .ok_or_else(|| bad("a value in the clear where a sealed one belongs"))?;
        let bytes = base64::engine::general_purpose::STANDARD_NO_PAD
            .decode(body)
            .map_err(|_| bad("not a sealed value"))?;
        String::from_utf8(self.open_bytes(field, &bytes)?).map_err(|_| bad("not text"))
    }

    /// The keyed hash of one search term (a word, `w`, or a prefix, `p`): 64 bits of an HMAC,
    /// as PostgreSQL's `BIGINT`. Two terms share a hash by chance about once in 2^64 / V^2 for
    /// a vocabulary of V; a shared hash only makes a document a candidate, and every candidate is
    /// checked against its opened text.
    fn term(&self, kind: u8, term: &str) -> i64 {
        let mac = hmac_parts(&self.words[..], &[&[kind], term.as_bytes()]);
        i64::from_be_bytes(mac[..8].try_into().expect("8 bytes"))
    }
}

/// The shortest and longest prefixes a document's words are indexed under.
pub const PREFIX_MIN: usize = 3;
pub const PREFIX_MAX: usize = 8;

/// A text's words as search sees them: runs of letters and digits, in lower case, with accents
/// taken off (`Dŵr` and `dwr` are one word, as in SQLite's `unicode61` tokenizer).
pub fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(fold)
}

/// One word folded: lower case, accents off.
pub fn fold(word: &str) -> String {
    use unicode_normalization::char::is_combining_mark;
    use unicode_normalization::UnicodeNormalization;
    word.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Each distinct keyed hash of `text`'s words and of their prefixes, in order (how often a word
/// occurs is not kept: the server would learn it).
pub fn word_hashes(keys: &FieldKeys, text: &str) -> Vec<i64> {
    let mut hashes = std::collections::BTreeSet::new();
    for word in words(text) {
        hashes.insert(keys.term(b'w', &word));
        let chars: Vec<char> = word.chars().collect();
        for n in PREFIX_MIN..=PREFIX_MAX.min(chars.len()) {
            let prefix: String = chars[..n].iter().collect();
            hashes.insert(keys.term(b'p', &prefix));
        }
    }
    hashes.into_iter().collect()
}

/// One term of a search: the hash it is looked up by, and the test a candidate's opened text
/// must pass (a prefix longer than [`PREFIX_MAX`] is looked up by its first letters, then
/// checked whole).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    pub hash: i64,
    pub word: String,
    pub prefix: bool,
}

/// A person's search as terms: each word of it (a trailing `*` makes it a prefix; a prefix
/// shorter than [`PREFIX_MIN`] letters is not indexed, and is dropped). Empty when nothing is
/// left to look for.
pub fn search_terms(keys: &FieldKeys, query: &str) -> Vec<Term> {
    let mut terms: Vec<Term> = Vec::new();
    for raw in query.split_whitespace().take(16) {
        let prefix = raw.ends_with('*');
        let parts: Vec<String> = words(raw).collect();
        let last = parts.len().saturating_sub(1);
        for (i, word) in parts.into_iter().enumerate() {
            let is_prefix = prefix && i == last;
            let n = word.chars().count();
            let hash = if !is_prefix {
                keys.term(b'w', &word)
            } else if n < PREFIX_MIN {
                continue;
            } else {
                let cut: String = word.chars().take(PREFIX_MAX).collect();
                keys.term(b'p', &cut)
            };
            let term = Term {
                hash,
                word,
                prefix: is_prefix,
            };
            if !terms.contains(&term) {
                terms.push(term);
            }
        }
    }
    terms
}

impl Term {
    fn matches(&self, word: &str) -> bool {
        if self.prefix {
            word.starts_with(&self.word)
        } else {
            word == self.word
        }
    }
}

/// How many of an opened text's words match a term, or `None` if some term matches none (the
/// hashes matched by chance, or a prefix longer than the index keeps matched its first
/// letters only). The count ranks the results.
pub fn term_occurrences(text: &str, terms: &[Term]) -> Option<usize> {
    let mut found = vec![false; terms.len()];
    let mut n = 0;
    for w in words(text) {
        for (i, t) in terms.iter().enumerate() {
            if t.matches(&w) {
                found[i] = true;
                n += 1;
            }
        }
    }
    found.iter().all(|f| *f).then_some(n)
}

/// A few words of `text` around the first term found, each found word in `[` `]`, as the
/// search's snippet (what SQLite's `snippet()` gives on the other engine).
pub fn snippet(text: &str, terms: &[Term], width: usize) -> String {
    let tokens: Vec<&str> = text.split_whitespace().collect();
    let hit = |token: &str| words(token).any(|w| terms.iter().any(|t| t.matches(&w)));
    let first = tokens.iter().position(|t| hit(t)).unwrap_or(0);
    let start = first.saturating_sub(width / 3);
    let end = (start + width).min(tokens.len());
    let mut out = String::new();
    if start > 0 {
        out.push_str("… ");
    }
    for (i, token) in tokens[start..end].iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        if hit(token) {
            out.push('[');
            out.push_str(token);
            out.push(']');
        } else {
            out.push_str(token);
        }
    }
    if end < tokens.len() {
        out.push_str(" …");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(byte: u8) -> FieldKeys {
        FieldKeys::derive(&CatalogKey::from_bytes([byte; 32]))
    }

    #[test]
    fn sealed_text_opens_only_in_its_own_column_under_its_own_key() {
        let k = keys(1);
        let sealed = k.seal_text(Field::CaseName, "Hughes v Patel").unwrap();
        assert!(sealed.starts_with(SEALED_PREFIX));
        assert!(!sealed.contains("Hughes"));
        assert_eq!(
            k.open_text(Field::CaseName, &sealed).unwrap(),
            "Hughes v Patel"
        );
        // Another column (other associated data), another key, an altered value: refused.
        assert!(k.open_text(Field::HoldReason, &sealed).is_err());
        assert!(keys(2).open_text(Field::CaseName, &sealed).is_err());
        let mut altered = sealed.clone().into_bytes();
        let at = altered.len() - 3;
        altered[at] = if altered[at] == b'A' { b'B' } else { b'A' };
        assert!(k
            .open_text(Field::CaseName, std::str::from_utf8(&altered).unwrap())
            .is_err());
        // A value in the clear where a sealed one belongs is an error, not passed through.
        assert!(k.open_text(Field::CaseName, "Hughes v Patel").is_err());
        assert_ne!(keys(1).check(), keys(2).check());
    }

    #[test]
    fn lookup_columns_seal_equal_values_alike_and_others_never() {
        let k = keys(3);
        let a = k.seal_text(Field::DocName, "Statement").unwrap();
        assert_eq!(a, k.seal_text(Field::DocName, "Statement").unwrap());
        assert_ne!(a, k.seal_text(Field::DocName, "Statement ").unwrap());
        // The same value in another deterministic column seals differently.
        assert_ne!(a, k.seal_text(Field::QuarantineName, "Statement").unwrap());
        let r = k
            .seal_text(Field::ContactDetail, "rang the school")
            .unwrap();
        assert_ne!(
            r,
            k.seal_text(Field::ContactDetail, "rang the school")
                .unwrap()
        );
        let blob = k.seal_bytes(Field::RouteModel, &[0, 1, 2]).unwrap();
        assert_eq!(
            k.open_bytes(Field::RouteModel, &blob).unwrap(),
            vec![0, 1, 2]
        );
    }

    #[test]
    fn search_terms_match_words_and_prefixes_folded() {
        let k = keys(4);
        let hashes = word_hashes(&k, "Plentiful evidence from Dŵr Cymru, O'Brien.");
        for (query, found) in [
            ("plentiful", true),
            ("PLENT*", true),
            ("plentifu*", true),
            ("dwr", true),
            ("o'brien", true),
            ("plenty", false),
            ("pl*", false),
        ] {
            let terms = search_terms(&k, query);
            let matched = !terms.is_empty() && terms.iter().all(|t| hashes.contains(&t.hash));
            assert_eq!(matched, found, "{query}");
        }
        // A prefix longer than the index keeps is looked up by its first letters, then checked.
        let long = search_terms(&k, "plentifulx*");
        assert!(hashes.contains(&long[0].hash));
        assert_eq!(term_occurrences("Plentiful evidence", &long), None);
        assert_eq!(
            term_occurrences("Plentifulxy, plentifulx and plenty", &long),
            Some(2)
        );
        // Repetition is not indexed: one hash a word, however often it occurs.
        assert_eq!(
            word_hashes(&k, "court court Court"),
            word_hashes(&k, "court")
        );
    }

    #[test]
    fn snippets_mark_the_words_found() {
        let k = keys(5);
        let terms = search_terms(&k, "hearing*");
        let s = snippet("The final hearings are listed for June.", &terms, 12);
        assert_eq!(s, "The final [hearings] are listed for June.");
    }
}
