//! The PDF test set (`test-data/formats/pdf/`, issue 10) is what its two descriptions say.
//!
//! `manifest.toml` says what casevault must do with each file (checked end to end by
//! `e2e_formats.rs`); `facts.toml` says what each file is made of: the filters, colour spaces
//! and bits per component of every page's images, text layers, orientation, and what poppler,
//! MuPDF, Ghostscript, PDFium, lopdf 0.47 and hayro 0.9 made of it. This test is cheap (no
//! OCR, no external tool): it checks that the folder, the manifest and the facts name the same
//! files, that the manifest follows the naming convention and the case list, and that the
//! filters, colour spaces and depths the facts list are really written in each file's bytes
//! (image dictionaries are never inside object streams, and encryption leaves names alone), so
//! a regenerated set cannot drift from its descriptions unnoticed.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use serde::Deserialize;

fn folder() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("test-data/formats/pdf")
}

#[derive(Debug, Deserialize)]
struct Manifest {
    file: Vec<Entry>,
}

#[derive(Debug, Deserialize)]
struct Entry {
    file: String,
    outcome: String,
    reason: Option<String>,
    #[serde(default)]
    detail: Vec<String>,
    pages: Option<usize>,
    #[serde(default)]
    words: Vec<String>,
    encoding: Option<String>,
    case_number: Option<String>,
    folder: Option<String>,
}

#[derive(Debug, Deserialize)]
struct Facts {
    file: Vec<FileFacts>,
}

#[derive(Debug, Deserialize)]
struct FileFacts {
    file: String,
    intact: bool,
    qpdf_check: Option<String>,
    pdftoppm_renders: Option<bool>,
    lopdf_loads: Option<bool>,
    hayro_renders: Option<bool>,
    indirect_integer: Option<String>,
    #[serde(default)]
    page: Vec<PageFacts>,
}

#[derive(Debug, Deserialize)]
struct PageFacts {
    text_layer: String,
    orientation: u32,
    rotate: u32,
    #[serde(default)]
    image: Vec<ImageFacts>,
}

#[derive(Debug, Deserialize)]
struct ImageFacts {
    filter: Vec<String>,
    color_space: String,
    bpc: u32,
    width: u64,
    height: u64,
    #[serde(default)]
    inline: bool,
}

fn manifest() -> Manifest {
    let text = std::fs::read_to_string(folder().join("manifest.toml")).unwrap();
    toml::from_str(&text).expect("manifest.toml parses")
}

fn facts() -> Facts {
    let text = std::fs::read_to_string(folder().join("facts.toml")).unwrap();
    toml::from_str(&text).expect("facts.toml parses")
}

fn cases() -> BTreeMap<String, String> {
    let csv = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("test-data/cases.csv"),
    )
    .unwrap();
    csv.lines()
        .skip(1)
        .map(|l| {
            let mut f = l.split(',');
            let number = f.next().unwrap().to_string();
            let name = f.next().unwrap().to_string();
            (number, name)
        })
        .collect()
}

fn contains(hay: &[u8], needle: &str) -> bool {
    hay.windows(needle.len()).any(|w| w == needle.as_bytes())
}

/// How a filter is named in an inline image (PDF 32000-1:2008, table 94).
fn inline_abbreviation(filter: &str) -> &str {
    match filter {
        "ASCIIHexDecode" => "AHx",
        "ASCII85Decode" => "A85",
        "LZWDecode" => "LZW",
        "FlateDecode" => "Fl",
        "RunLengthDecode" => "RL",
        "CCITTFaxDecode" => "CCF",
        "DCTDecode" => "DCT",
        other => other,
    }
}

/// The name a colour space of the facts is written with, if it is written at all (a JPX
/// image may take its colour space from the JPEG 2000 container).
fn colour_space_name(cs: &str, inline: bool) -> Option<&'static str> {
    Some(match cs {
        "DeviceGray" if inline => "/G",
        "DeviceGray" => "/DeviceGray",
        "DeviceRGB" => "/DeviceRGB",
        "DeviceCMYK" => "/DeviceCMYK",
        "CalGray" => "/CalGray",
        "ImageMask" => "/ImageMask true",
        cs if cs.starts_with("Indexed") => "/Indexed",
        cs if cs.starts_with("ICCBased") => "/ICCBased",
        _ => return None,
    })
}

#[test]
fn the_folder_the_manifest_and_the_facts_name_the_same_files() {
    let on_disk: BTreeSet<String> = std::fs::read_dir(folder())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".pdf"))
        .collect();
    let manifest: BTreeSet<String> = manifest().file.into_iter().map(|e| e.file).collect();
    let facts: BTreeSet<String> = facts().file.into_iter().map(|f| f.file).collect();
    assert!(
        on_disk.len() >= 60,
        "only {} PDFs in the set",
        on_disk.len()
    );
    let only = |a: &BTreeSet<String>, b: &BTreeSet<String>| -> Vec<String> {
        a.difference(b).cloned().collect()
    };
    assert_eq!(
        only(&on_disk, &manifest),
        Vec::<String>::new(),
        "files without a manifest entry"
    );
    assert_eq!(
        only(&manifest, &on_disk),
        Vec::<String>::new(),
        "manifest entries without a file"
    );
    assert_eq!(
        only(&on_disk, &facts),
        Vec::<String>::new(),
        "files without facts"
    );
    assert_eq!(
        only(&facts, &on_disk),
        Vec::<String>::new(),
        "facts without a file"
    );
}

#[test]
fn the_manifest_follows_the_naming_convention_and_the_case_list() {
    let cases = cases();
    let facts: BTreeMap<String, FileFacts> = facts()
        .file
        .into_iter()
        .map(|f| (f.file.clone(), f))
        .collect();
    let reasons = ["empty", "corrupt", "unsupported", "too-large"];
    for e in manifest().file {
        let name = &e.file;
        assert!(
            e.encoding.as_deref().is_some_and(|s| !s.is_empty()),
            "{name}: no encoding"
        );
        if let Some(number) = &e.case_number {
            let case_name = cases
                .get(number)
                .unwrap_or_else(|| panic!("{name}: case {number} is not in cases.csv"));
            assert!(
                name.starts_with(&format!("{case_name} - {number} - ")),
                "{name}: not '{{case name}} - {{case number}} - {{document name}}.pdf'"
            );
        }
        match e.outcome.as_str() {
            "stored" => {
                let number = e
                    .case_number
                    .as_ref()
                    .expect("a stored file names its case");
                assert!(e.folder.is_some(), "{name}: a stored file names its folder");
                assert!(e.words.len() >= 3, "{name}: fewer than 3 words to check");
                assert!(
                    e.words.contains(number),
                    "{name}: the case number is not a word"
                );
                let pages = facts[name].page.len();
                assert_eq!(
                    e.pages,
                    Some(pages),
                    "{name}: manifest and facts page counts"
                );
                assert!(
                    e.reason.is_none() && e.detail.is_empty(),
                    "{name}: stored with a reason"
                );
            }
            "quarantined" => {
                let reason = e
                    .reason
                    .as_deref()
                    .expect("a quarantined file names its reason");
                assert!(reasons.contains(&reason), "{name}: reason {reason}");
                assert!(
                    e.pages.is_none() && e.words.is_empty(),
                    "{name}: quarantined with words"
                );
            }
            other => panic!("{name}: outcome {other}"),
        }
    }
}

#[test]
fn every_filter_colour_space_and_depth_in_the_facts_is_in_the_file() {
    let mut checked = 0;
    for f in facts().file {
        let name = &f.file;
        let bytes = std::fs::read(folder().join(name)).unwrap();
        for (n, page) in f.page.iter().enumerate() {
            let page_no = n + 1;
            assert!(
                ["none", "usable", "stamp"].contains(&page.text_layer.as_str()),
                "{name} page {page_no}: text_layer {}",
                page.text_layer
            );
            assert!(
                [0, 90, 180, 270].contains(&page.orientation) && page.rotate % 90 == 0,
                "{name} page {page_no}: orientation {} rotate {}",
                page.orientation,
                page.rotate
            );
            for im in &page.image {
                assert!(
                    im.width > 0 && im.height > 0,
                    "{name} page {page_no}: image size"
                );
                assert!(
                    [1, 2, 4, 8, 16].contains(&im.bpc),
                    "{name} page {page_no}: bpc"
                );
                for filter in &im.filter {
                    let written = if im.inline {
                        inline_abbreviation(filter)
                    } else {
                        filter
                    };
                    assert!(
                        contains(&bytes, &format!("/{written}")),
                        "{name} page {page_no}: the facts list /{filter}, the file has none"
                    );
                }
                if let Some(cs) = colour_space_name(&im.color_space, im.inline) {
                    assert!(
                        contains(&bytes, cs),
                        "{name} page {page_no}: the facts say {}, the file has no {cs}",
                        im.color_space
                    );
                }
                let indirect_bpc = f
                    .indirect_integer
                    .as_deref()
                    .is_some_and(|k| k.contains("BitsPerComponent"));
                if !indirect_bpc {
                    let key = if im.inline {
                        "/BPC"
                    } else {
                        "/BitsPerComponent"
                    };
                    assert!(
                        contains(&bytes, &format!("{key} {}", im.bpc)),
                        "{name} page {page_no}: no {key} {} in the file",
                        im.bpc
                    );
                }
                if im
                    .filter
                    .iter()
                    .any(|f| f == "CCITTFaxDecode" || f == "JBIG2Decode")
                {
                    assert_eq!(
                        im.bpc, 1,
                        "{name} page {page_no}: a bilevel codec at {} bpc",
                        im.bpc
                    );
                }
                checked += 1;
            }
        }
    }
    assert!(checked >= 60, "only {checked} images described");
}

#[test]
fn every_stored_file_renders_in_poppler_or_in_the_readers_casevault_uses() {
    let facts: BTreeMap<String, FileFacts> = facts()
        .file
        .into_iter()
        .map(|f| (f.file.clone(), f))
        .collect();
    for e in manifest().file {
        let f = &facts[&e.file];
        let (Some(poppler), Some(lopdf), Some(hayro)) =
            (f.pdftoppm_renders, f.lopdf_loads, f.hayro_renders)
        else {
            panic!(
                "{}: facts.toml lacks the tool results (run check_pdfs.py --record)",
                e.file
            );
        };
        assert!(f.qpdf_check.is_some(), "{}: no qpdf_check", e.file);
        if e.outcome == "stored" {
            assert!(
                poppler || (lopdf && hayro),
                "{}: stored, but neither poppler nor lopdf + hayro opens it",
                e.file
            );
            if f.intact {
                assert!(
                    poppler,
                    "{}: an intact stored file poppler does not render",
                    e.file
                );
            }
        }
        if e.reason.as_deref() == Some("corrupt") {
            assert!(!poppler, "{}: corrupt, but poppler renders it", e.file);
        }
    }
}
