//! Fuzz targets for the parsers of e-mails and other documents (issue 10, point 8): Outlook
//! `.msg` (compound file, MAPI properties, compressed RTF), RFC 5322 `.eml`, text documents
//! (charset and format sniffing, CSV, JSON and XML layout, drawing as a PDF), HTML to text, and
//! attachment sniffing. Each target feeds truncated, mutated, spliced and random versions of the
//! sample files (see `support::fuzz`) and fails on any panic, even one caught inside.
//!
//! `make test` runs 200 inputs a target; `make fuzz` 100,000 (`CASEVAULT_FUZZ_CASES`).

mod support;

use casevault::convert::{sniff, text};
use casevault::mail;
use proptest::prelude::*;
use support::fuzz::{config, inputs, no_panic, seeds};

const MSG: &[&str] = &[
    "test-data/formats/documents/plain-text-body.msg",
    "test-data/formats/documents/html-only-body.msg",
    "test-data/formats/documents/rtf-only-body.msg",
    "test-data/formats/documents/pdf-attachment.msg",
    "test-data/formats/documents/embedded-message.msg",
    "test-data/formats/documents/ansi-strings.msg",
    "test-data/formats/documents/no-sender.msg",
];

const EML: &[&str] = &[
    "test-data/mail/plain-attachments.eml",
    "test-data/mail/html-only.eml",
    "test-data/mail/windows-1252.eml",
    "test-data/mail/iso-8859-1.eml",
    "test-data/mail/thread-3.eml",
    "test-data/mail/forwarded.eml",
    "test-data/mail/welsh.eml",
    "test-data/mail/malformed-headers.eml",
    "test-data/mail/truncated.eml",
    "test-data/mail/no-from.eml",
    "test-data/mail/unreadable-from.eml",
    "test-data/formats/documents/octet-stream-attachment.eml",
];

const TEXT: &[&str] = &[
    "test-data/formats/documents/Hughes v Patel - LS24P01234 - Letter.txt",
    "test-data/formats/documents/Re Evans - MK23C00456 - Police information.txt",
    "test-data/formats/documents/Jones v Jones - CF22P00789 - Contact log.txt",
    "test-data/formats/documents/Smith v Brown - BM25P00012 - Letter.txt",
    "test-data/formats/documents/Smith v Brown - BM25P00012 - Contact log.csv",
    "test-data/formats/documents/Re Taylor - NW24C00333 - Screening response.json",
    "test-data/formats/documents/Smith v Brown - BM25P00012 - Case plan.xml",
    "test-data/formats/documents/Hughes v Patel - LS24P01234 - Position statement.html",
];

/// The names a text input is tried under: the format also depends on the extension.
const TEXT_NAMES: &[&str] = &[
    "a.txt",
    "a.csv",
    "a.json",
    "a.xml",
    "a.html",
    "attachment-1.bin",
];

const HTML: &[&str] = &[
    "test-data/formats/documents/Hughes v Patel - LS24P01234 - Position statement.html",
    "test-data/mail/html-only.eml",
];

const RTF: &[&str] = &["test-data/office/Jones v Jones - CF22P00789 - Contact notes.rtf"];

proptest! {
    #![proptest_config(config())]

    #[test]
    fn outlook_msg_parser_never_panics(input in inputs(seeds(MSG), 8)) {
        no_panic(&input, |b| {
            // The whole e-mail path after parsing too: a parsed message is rendered.
            if let Ok(mut e) = mail::parse_msg(b) {
                sniff::name_attachments(&mut e);
                let _ = mail::render_pdf(&e);
            }
        })?;
    }

    #[test]
    fn eml_parser_never_panics(input in inputs(seeds(EML), 6)) {
        no_panic(&input, |b| {
            if let Ok(mut e) = mail::parse(b) {
                sniff::name_attachments(&mut e);
                let _ = mail::render_pdf(&e);
            }
            let _ = mail::peek_thread(b);
        })?;
    }

    #[test]
    fn text_documents_never_panic(
        input in inputs(seeds(TEXT), 4),
        name in proptest::sample::select(TEXT_NAMES),
    ) {
        no_panic(&input, |b| {
            if let Some(t) = text::sniff(name, b) {
                let _ = text::draw(name, b.len(), &t);
            }
            let _ = sniff::sniff(name, b);
        })?;
    }

    #[test]
    fn html_to_text_never_panics(input in inputs(seeds(HTML), 16)) {
        no_panic(&input, |b| mail::html_to_text(&String::from_utf8_lossy(b)))?;
    }

    #[test]
    fn rtf_bodies_never_panic(input in inputs(seeds(RTF), 6)) {
        no_panic(&input, |b| {
            let _ = mail::rtf_to_text(b);
            if let Ok(raw) = mail::decompress_rtf(b) {
                let _ = mail::rtf_to_text(&raw);
            }
        })?;
    }
}

/// The compressed-RTF decoder on random containers: a valid header and random tokens.
#[test]
fn compressed_rtf_with_random_tokens_never_panics() {
    let mut runner = proptest::test_runner::TestRunner::new(config());
    let strategy = (
        proptest::collection::vec(any::<u8>(), 0..4096),
        any::<u32>(),
        any::<bool>(),
    );
    runner
        .run(&strategy, |(body, raw_size, mela)| {
            let mut data = Vec::new();
            data.extend_from_slice(&((body.len() + 12) as u32).to_le_bytes());
            data.extend_from_slice(&raw_size.to_le_bytes());
            data.extend_from_slice(if mela { b"MELA" } else { b"LZFu" });
            data.extend_from_slice(&[0u8; 4]);
            data.extend_from_slice(&body);
            no_panic(&data, |b| {
                if let Ok(raw) = mail::decompress_rtf(b) {
                    let _ = mail::rtf_to_text(&raw);
                }
            })
        })
        .unwrap();
}
