//! Fuzzing the PDF reader and the text-layer writer (issue 10, point 8): truncated, mutated,
//! spliced and random versions of the PDF test set go through everything casevault does with
//! an incoming PDF short of recognition: open it, look at every page, render one page (at a low
//! resolution, so that many inputs run), and lay a text layer over it. Any panic fails, even
//! one the code catches itself. See tests/support/fuzz.rs; `make fuzz` runs 100,000 inputs.

mod support;

use casevault::pdf::{layer, read};
use lopdf::dictionary;
use proptest::prelude::*;
use support::fuzz;

/// A small valid layer: what is fuzzed is the writer's handling of whatever a layer holds, so
/// Tesseract itself is not needed here.
fn minimal_layer() -> Vec<u8> {
    // One page, 200 x 100 points, a Type0-like font dictionary, a text-showing content stream.
    let mut doc = lopdf::Document::with_version("1.5");
    let pages = doc.new_object_id();
    let font = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
    });
    let content = doc.add_object(lopdf::Stream::new(
        dictionary! {},
        b"BT 3 Tr /f-0-0 10 Tf 10 10 Td (Case LS24P01234) Tj ET".to_vec(),
    ));
    let page = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages, "Contents" => content,
        "MediaBox" => vec![0.into(), 0.into(), 200.into(), 100.into()],
        "Resources" => dictionary! { "Font" => dictionary! { "f-0-0" => font } },
    });
    doc.objects.insert(
        pages,
        lopdf::Object::Dictionary(dictionary! {
            "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1,
        }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages });
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_to(&mut out).expect("a minimal layer saves");
    out
}

fn seeds() -> Vec<Vec<u8>> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("test-data/formats/pdf");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{dir:?}: {e}"))
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "pdf"))
        .filter(|p| std::fs::metadata(p).is_ok_and(|m| m.len() > 0 && m.len() < 400_000))
        .collect();
    names.sort();
    assert!(names.len() >= 10, "the PDF test set is missing");
    names.iter().map(|p| std::fs::read(p).unwrap()).collect()
}

fn layer_seed() -> &'static [u8] {
    static LAYER: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    LAYER.get_or_init(minimal_layer)
}

fn original_seed() -> &'static [u8] {
    static ORIGINAL: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    ORIGINAL.get_or_init(|| seeds().into_iter().next().expect("a seed"))
}

/// Everything done to an incoming PDF before and after recognition.
fn exercise(bytes: &[u8], layer_pdf: &[u8]) {
    let Ok(opened) = read::open(bytes) else {
        return;
    };
    let pages = opened.pages();
    for i in 0..pages.min(4) {
        let Ok(facts) = opened.facts(i) else {
            continue;
        };
        let _ = facts.has_usable_text();
        let _ = facts.recognition_dpi();
    }
    let _ = opened.render_gray(0, 24).map(|r| r.image_failed);
    let layers = [layer::TextLayer {
        page: 0,
        pdf: layer_pdf.to_vec(),
        turn: 90,
    }];
    let _ = layer::add_text_layers(bytes, pages, &layers);
}

proptest! {
    #![proptest_config(fuzz::config())]

    #[test]
    fn pdf_reader_and_layer_writer_never_panic(input in fuzz::inputs(seeds(), 9)) {
        fuzz::no_panic(&input, |b| exercise(b, layer_seed()))?;
    }

    #[test]
    fn the_layer_writer_never_panics_on_a_damaged_layer(input in fuzz::inputs(vec![minimal_layer()], 9)) {
        fuzz::no_panic(&input, |layer_pdf| {
            let layers = [layer::TextLayer { page: 0, pdf: layer_pdf.to_vec(), turn: 0 }];
            let _ = layer::add_text_layers(original_seed(), 1, &layers);
        })?;
    }
}
