//! Tests of the OCR module on the small synthetic pages in `test-data/ocr/` (made by
//! `test-data/ocr/make_pages.py`). They run the real Tesseract and the real `pdftotext` and
//! `qpdf` (apt: poppler-utils, qpdf) and fail loudly if either is missing. Run them with
//! `OMP_THREAD_LIMIT=1` in the environment, as the pipeline itself runs.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use image::GrayImage;

use super::*;

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("test-data/ocr")
        .join(name)
}

fn page(name: &str, dpi: u32) -> PageInput {
    PageInput {
        file: data(name),
        dpi: Some(dpi),
        gray: None,
        photo: false,
        one_bit: false,
    }
}

/// Runs an external tool, failing the test with an install hint if it is missing.
fn run(tool: &str, args: &[&str]) -> std::process::Output {
    Command::new(tool).args(args).output().unwrap_or_else(|e| {
        panic!("cannot run `{tool}` ({e}): install it (apt install poppler-utils qpdf)")
    })
}

fn pdftotext(pdf: &Path, page: Option<u32>) -> String {
    let pdf = pdf.to_str().unwrap();
    let p = page.map(|p| p.to_string());
    let mut args = vec![];
    if let Some(p) = &p {
        args.extend(["-f", p, "-l", p]);
    }
    args.extend([pdf, "-"]);
    let out = run("pdftotext", &args);
    assert!(out.status.success(), "pdftotext failed: {out:?}");
    String::from_utf8(out.stdout).expect("pdftotext prints UTF-8")
}

fn assert_qpdf_check(pdf: &Path) {
    let out = run("qpdf", &["--check", pdf.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "qpdf --check failed: {}",
        String::from_utf8_lossy(&out.stdout)
    );
}

/// Collapses runs of whitespace so phrases can be found across line breaks.
fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn assert_in_order(text: &str, phrases: &[&str]) {
    let text = normalise(text);
    let mut from = 0;
    for phrase in phrases {
        match text[from..].find(phrase) {
            Some(at) => from += at + phrase.len(),
            None => panic!("{phrase:?} not found (in order) in the text layer:\n{text}"),
        }
    }
}

fn engine(languages: &str) -> OcrEngine {
    OcrEngine::new(languages, None).expect("Tesseract and its eng/cym data are installed")
}

/// Image streams of a PDF: (filter name, raw stream bytes, width, height).
fn image_streams(pdf: &Path) -> Vec<(String, Vec<u8>, i64, i64)> {
    let doc = lopdf::Document::load(pdf).expect("the PDF parses");
    let mut images = Vec::new();
    for object in doc.objects.values() {
        if let Ok(stream) = object.as_stream() {
            let dict = &stream.dict;
            let is_image = dict
                .get(b"Subtype")
                .and_then(|s| s.as_name())
                .is_ok_and(|n| n == b"Image");
            if !is_image {
                continue;
            }
            let filter = dict
                .get(b"Filter")
                .and_then(|f| f.as_name())
                .map(|n| String::from_utf8_lossy(n).into_owned())
                .unwrap_or_default();
            let w = dict.get(b"Width").and_then(|v| v.as_i64()).unwrap_or(0);
            let h = dict.get(b"Height").and_then(|v| v.as_i64()).unwrap_or(0);
            images.push((filter, stream.content.clone(), w, h));
        }
    }
    images
}

fn media_boxes(pdf: &Path) -> Vec<(f32, f32)> {
    let doc = lopdf::Document::load(pdf).expect("the PDF parses");
    doc.get_pages()
        .values()
        .map(|&id| {
            let page = doc.get_dictionary(id).unwrap();
            let mb = page.get(b"MediaBox").unwrap().as_array().unwrap();
            let n = |o: &lopdf::Object| o.as_float().unwrap();
            (n(&mb[2]) - n(&mb[0]), n(&mb[3]) - n(&mb[1]))
        })
        .collect()
}

/// Concatenated IDAT data of a PNG file (what a lossless embedding must carry unchanged).
fn png_idat(path: &Path) -> Vec<u8> {
    let bytes = std::fs::read(path).unwrap();
    let mut i = 8;
    let mut idat = Vec::new();
    while i + 8 <= bytes.len() {
        let len = u32::from_be_bytes(bytes[i..i + 4].try_into().unwrap()) as usize;
        if &bytes[i + 4..i + 8] == b"IDAT" {
            idat.extend_from_slice(&bytes[i + 8..i + 8 + len]);
        }
        i += 12 + len;
    }
    idat
}

#[test]
fn an_engine_moves_to_a_worker_thread() {
    fn assert_send<T: Send>() {}
    assert_send::<OcrEngine>();
    let engine = engine("eng");
    let figures = std::thread::spawn(move || {
        let mut engine = engine;
        let dir = tempfile::tempdir().unwrap();
        engine
            .process_document(
                &[page("blank-150dpi.png", 150)],
                &dir.path().join("b.pdf"),
                &OcrOptions::default(),
            )
            .unwrap()
    })
    .join()
    .unwrap();
    assert!(figures[0].blank);
}

#[test]
fn tests_run_with_one_openmp_thread() {
    assert!(
        omp_thread_limit_is_set(),
        "run the tests with OMP_THREAD_LIMIT=1 in the environment (OCR is 7-9x slower without it)"
    );
}

#[test]
fn clean_page_is_legible_and_its_jpeg_is_embedded_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("clean.pdf");
    let figures = engine("eng")
        .process_document(
            &[page("clean-300dpi.jpg", 300)],
            &pdf,
            &OcrOptions::default(),
        )
        .unwrap();
    let f = &figures[0];
    assert!(f.words >= 85 && f.words <= 110, "words {}", f.words);
    assert!(
        f.mean_confidence >= 85.0,
        "confidence {}",
        f.mean_confidence
    );
    assert!(!f.blank && !f.timed_out);
    assert_eq!(
        (f.looks, f.dpi_used),
        (1, 200),
        "a clean grey page needs one reduced look (at 200 dpi: docs/ocr.md)"
    );
    assert_eq!(
        LegibilityThresholds::default().judge(1, f),
        PageVerdict::Legible
    );
    assert_in_order(
        &f.text,
        &[
            "family court adviser visited the home",
            "before writing the report",
        ],
    );

    // The JPEG is in the PDF byte for byte, at full resolution.
    let original = std::fs::read(data("clean-300dpi.jpg")).unwrap();
    let images = image_streams(&pdf);
    assert_eq!(images.len(), 1);
    let (filter, bytes, w, h) = &images[0];
    assert_eq!(filter, "DCTDecode");
    assert!(bytes == &original, "the JPEG was re-encoded");
    let (pw, ph) = image::image_dimensions(data("clean-300dpi.jpg")).unwrap();
    assert_eq!((*w, *h), (pw as i64, ph as i64));

    // Page size from the 300 dpi scan, although recognition ran at 200 dpi.
    let (mw, mh) = media_boxes(&pdf)[0];
    assert!((mw - pw as f32 * 72.0 / 300.0).abs() < 1.0, "width {mw}");
    assert!((mh - ph as f32 * 72.0 / 300.0).abs() < 1.0, "height {mh}");

    assert_qpdf_check(&pdf);
    assert_in_order(
        &pdftotext(&pdf, None),
        &[
            "The family court adviser visited the home on Tuesday morning",
            "about the arrangements for the children",
            "The mother said that the children had settled well",
            "The father agreed that contact should continue",
            "rather than at the railway station",
            "before writing the report for the next hearing.",
        ],
    );
}

#[test]
fn noisy_page_is_bounded_and_marked_and_blank_page_is_blank() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("mixed.pdf");
    let mut engine = engine("cym+eng");

    // The cost of a clean page on this machine, now.
    let clean = engine
        .process_document(
            &[page("clean-300dpi.jpg", 300)],
            &dir.path().join("c.pdf"),
            &OcrOptions::default(),
        )
        .unwrap()
        .remove(0);
    let clean_cpu = clean.cpu_millis.max(100);

    // Limits of one clean page: the small Welsh page needs about half of that, the noisy page
    // about twice as much when unbounded.
    let opts = OcrOptions {
        first_look_limit: Duration::from_millis(clean_cpu),
        page_budget: Duration::from_millis(clean_cpu),
        ..OcrOptions::default()
    };
    let pages = [
        page("welsh-150dpi.png", 150),
        page("noisy-150dpi.png", 150),
        page("blank-150dpi.png", 150),
    ];
    let figures = engine.process_document(&pages, &pdf, &opts).unwrap();
    assert_eq!(figures.len(), 3);
    let t = LegibilityThresholds::default();

    let noisy = &figures[1];
    assert!(
        noisy.timed_out,
        "the noisy page should hit its limit: {noisy:?}"
    );
    assert!(
        noisy.cpu_millis <= 5 * clean_cpu,
        "noisy page cost {} ms, more than 5 x a clean page ({clean_cpu} ms)",
        noisy.cpu_millis
    );
    match t.judge(2, noisy) {
        PageVerdict::Illegible { why } => assert!(why.starts_with("page 2: "), "{why}"),
        v => panic!("noisy page judged {v:?}"),
    }

    let blank = &figures[2];
    assert!(
        blank.blank && blank.words == 0 && blank.looks == 1,
        "{blank:?}"
    );
    assert_eq!(t.judge(3, blank), PageVerdict::Blank);

    // Every page is in the PDF; the stopped page and the blank one carry no text.
    assert_eq!(media_boxes(&pdf).len(), 3);
    assert_qpdf_check(&pdf);
    assert!(!figures[0].timed_out, "{:?}", figures[0]);
    assert_in_order(&pdftotext(&pdf, Some(1)), &["Ymwelodd y cynghorydd teulu"]);
    assert_eq!(normalise(&pdftotext(&pdf, Some(2))), "");
    assert_eq!(normalise(&pdftotext(&pdf, Some(3))), "");
    let images = image_streams(&pdf);
    assert_eq!(images.len(), 3, "one image per page");
}

#[test]
fn welsh_letters_survive_with_cym_and_png_is_embedded_losslessly() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("welsh.pdf");
    let figures = engine("cym+eng")
        .process_document(
            &[page("welsh-150dpi.png", 150)],
            &pdf,
            &OcrOptions::default(),
        )
        .unwrap();
    let f = &figures[0];
    assert_eq!(
        LegibilityThresholds::default().judge(1, f),
        PageVerdict::Legible
    );
    assert_eq!(f.dpi_used, 150, "a 150 dpi page is read as it is");
    let phrases = [
        "Ymwelodd y cynghorydd teulu â'r cartref",
        "Mae'r tŷ yn lân ac mae dŵr poeth",
        "y cŵn yn chwarae",
        "mae ŷd yn tyfu",
    ];
    assert_in_order(&f.text.replace('’', "'"), &phrases);
    assert_qpdf_check(&pdf);
    assert_in_order(&pdftotext(&pdf, None).replace('’', "'"), &phrases);

    let images = image_streams(&pdf);
    assert_eq!(images.len(), 1);
    assert_eq!(images[0].0, "FlateDecode");
    assert!(
        images[0].1 == png_idat(&data("welsh-150dpi.png")),
        "the PNG's compressed data should be embedded as it is"
    );
}

#[test]
fn skewed_page_is_read_again_at_full_resolution() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("skewed.pdf");
    let figures = engine("eng")
        .process_document(
            &[page("skewed-300dpi.png", 300)],
            &pdf,
            &OcrOptions::default(),
        )
        .unwrap();
    let f = &figures[0];
    assert!(
        f.skew_degrees.abs() > 2.5 && f.skew_degrees.abs() < 5.5,
        "the page is turned 4 degrees: {f:?}"
    );
    assert_eq!((f.looks, f.dpi_used), (2, 300), "{f:?}");
    assert_in_order(&f.text, &["SCREENING RESPONSE", "NW24C00333"]);
    assert_eq!(
        LegibilityThresholds::default().judge(1, f),
        PageVerdict::Legible
    );
    assert_qpdf_check(&pdf);
    // pdftotext splits words on skewed lines (each line is set on its own slanted baseline),
    // so identification should use `PageFigures::text`; the words are still there.
    let text = pdftotext(&pdf, None);
    assert!(text.contains("RESPONSE"), "{text}");
}

#[test]
fn a_forced_second_look_keeps_figures_and_text_layer_together() {
    // Every page in the "ambiguous" band: the full-resolution look runs, and whichever look
    // wins, the PDF's text layer is the one the figures describe.
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("second.pdf");
    let opts = OcrOptions {
        second_look_band: (0.0, 101.0),
        ..OcrOptions::default()
    };
    let f = engine("eng")
        .process_document(&[page("clean-300dpi.jpg", 300)], &pdf, &opts)
        .unwrap()
        .remove(0);
    assert!(f.looks == 2 || f.looks == 3, "{f:?}");
    assert_eq!(f.dpi_used, if f.looks == 2 { 300 } else { 200 });
    assert!(!f.timed_out && f.mean_confidence >= 85.0, "{f:?}");
    assert_qpdf_check(&pdf);
    let layer = normalise(&pdftotext(&pdf, None));
    assert_eq!(
        layer.split(' ').count(),
        normalise(&f.text).split(' ').count()
    );
}

#[test]
fn pages_from_other_formats_are_converted_losslessly() {
    // A TIFF page (as split from a multi-page scan) goes in through a lossless PNG.
    let dir = tempfile::tempdir().unwrap();
    let tiff = dir.path().join("page.tif");
    let welsh = image::open(data("welsh-150dpi.png")).unwrap();
    welsh.save(&tiff).unwrap();
    let pdf = dir.path().join("tiff.pdf");
    let figures = engine("cym+eng")
        .process_document(
            &[PageInput {
                file: tiff,
                dpi: Some(150),
                gray: None,
                photo: false,
                one_bit: false,
            }],
            &pdf,
            &OcrOptions::default(),
        )
        .unwrap();
    assert!(figures[0].words >= 30, "{:?}", figures[0]);
    let images = image_streams(&pdf);
    assert_eq!(images[0].0, "FlateDecode");
    // Decode the embedded image and compare pixels with the original.
    let z = inflate(&images[0].1);
    let (w, h) = (images[0].2 as usize, images[0].3 as usize);
    let grey = welsh.to_luma8();
    assert_eq!((w, h), (grey.width() as usize, grey.height() as usize));
    let pixels = unpredict_png_rows(&z, w, h);
    assert!(
        pixels == grey.as_raw().as_slice(),
        "pixels changed on the way into the PDF"
    );
    // No temporary files are left beside the PDF.
    let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(left.len(), 2, "only page.tif and tiff.pdf: {left:?}");
}

/// Inflates a FlateDecode stream body (without applying any predictor).
fn inflate(data: &[u8]) -> Vec<u8> {
    let mut dict = lopdf::Dictionary::new();
    dict.set("Filter", lopdf::Object::Name(b"FlateDecode".to_vec()));
    lopdf::Stream::new(dict, data.to_vec())
        .decompressed_content()
        .expect("valid zlib data")
}

/// Undoes PNG row filters (predictor 15 data: one filter byte per row) for 8-bit grey.
fn unpredict_png_rows(data: &[u8], w: usize, h: usize) -> Vec<u8> {
    let mut out = vec![0u8; w * h];
    for y in 0..h {
        let row = &data[y * (w + 1)..(y + 1) * (w + 1)];
        let (filter, src) = (row[0], &row[1..]);
        for x in 0..w {
            let a = if x > 0 { out[y * w + x - 1] as i16 } else { 0 };
            let b = if y > 0 {
                out[(y - 1) * w + x] as i16
            } else {
                0
            };
            let c = if x > 0 && y > 0 {
                out[(y - 1) * w + x - 1] as i16
            } else {
                0
            };
            let pred = match filter {
                0 => 0,
                1 => a,
                2 => b,
                3 => (a + b) / 2,
                4 => {
                    let p = a + b - c;
                    let (pa, pb, pc) = ((p - a).abs(), (p - b).abs(), (p - c).abs());
                    if pa <= pb && pa <= pc {
                        a
                    } else if pb <= pc {
                        b
                    } else {
                        c
                    }
                }
                f => panic!("bad PNG filter {f}"),
            };
            out[y * w + x] = (src[x] as i16 + pred) as u8;
        }
    }
    out
}

#[test]
fn bad_languages_and_missing_pages_are_errors() {
    assert!(matches!(
        OcrEngine::new("eng; rm", None),
        Err(OcrError::BadLanguages { .. })
    ));
    assert!(matches!(
        OcrEngine::new("xyz", None),
        Err(OcrError::Init { .. })
    ));
    let dir = tempfile::tempdir().unwrap();
    let mut e = engine("eng");
    let out = dir.path().join("x.pdf");
    assert!(matches!(
        e.process_document(&[], &out, &OcrOptions::default()),
        Err(OcrError::NoPages)
    ));
    let missing = PageInput {
        file: dir.path().join("missing.png"),
        dpi: None,
        gray: None,
        photo: false,
        one_bit: false,
    };
    assert!(matches!(
        e.process_document(&[missing], &out, &OcrOptions::default()),
        Err(OcrError::ReadPage { .. })
    ));
    assert!(!out.exists(), "no PDF after a failure");
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "no leftovers"
    );
    // The engine still works after an error.
    let ok = e
        .process_document(
            &[page("clean-300dpi.jpg", 300)],
            &out,
            &OcrOptions::default(),
        )
        .unwrap();
    assert!(ok[0].words > 50);
}

/// Issue 10, point 4: a page fed sideways or upside down is detected and turned before it is
/// judged; the figures say by how much, and the text reads in order.
#[test]
fn pages_lying_sideways_or_upside_down_are_turned_and_read() {
    let upright = image::open(data("clean-300dpi.jpg")).unwrap().to_luma8();
    let mut e = engine("eng");
    let work = tempfile::tempdir().unwrap();
    for (lying, turn) in [(90u16, 270u16), (180, 180), (270, 90)] {
        let img = page::rotate_gray(&upright, lying);
        assert_eq!(
            e.orientation(&page::downscale(&img, 2), 150),
            Some(turn),
            "a page turned {lying} degrees clockwise"
        );
        let (f, layer) = e
            .recognise_layer(&img, 300, work.path(), &OcrOptions::default())
            .unwrap();
        assert_eq!(f.rotation, turn, "lying {lying}: {f:?}");
        assert!(
            f.mean_confidence > 85.0 && f.words > 90,
            "lying {lying}: {f:?}"
        );
        assert!(layer.starts_with(b"%PDF-"));
    }
    // An upright page is not asked about (it reads well) and not turned.
    let (f, _) = e
        .recognise_layer(&upright, 300, work.path(), &OcrOptions::default())
        .unwrap();
    assert_eq!(f.rotation, 0);
}

#[test]
fn black_and_white_pixels_are_read_and_stored_as_g4_without_a_page_file() {
    // The clean page thresholded to black and white, as a decoder hands over a G4 TIFF page.
    let grey = image::open(data("clean-300dpi.jpg")).unwrap().to_luma8();
    let bilevel = GrayImage::from_fn(grey.width(), grey.height(), |x, y| {
        image::Luma([if grey.get_pixel(x, y).0[0] < 128 {
            0
        } else {
            255
        }])
    });
    let (w, h) = bilevel.dimensions();
    let dir = tempfile::tempdir().unwrap();
    // Pixels only: the file named does not exist and must not be read.
    let pixels = |gray: GrayImage, dpi: u32| PageInput {
        file: dir.path().join("no-such-page.png"),
        dpi: Some(dpi),
        gray: Some(gray),
        photo: false,
        one_bit: true,
    };
    // The top third with each pixel doubled, said to be 800 dpi: read at half that (above
    // `bilevel_max_dpi`), so the page cannot be the recognised image and is stored from its
    // own pixels losslessly instead.
    let top = image::imageops::crop_imm(&bilevel, 0, 0, w, h / 3).to_image();
    let fine = image::imageops::resize(
        &top,
        w * 2,
        (h / 3) * 2,
        image::imageops::FilterType::Nearest,
    );
    let pages = [
        pixels(bilevel.clone(), 300),
        pixels(page::rotate_gray(&bilevel, 90), 300),
        pixels(fine, 800),
    ];
    let pdf = dir.path().join("bilevel.pdf");
    let figures = engine("eng")
        .process_document(&pages, &pdf, &OcrOptions::default())
        .unwrap();
    assert_eq!(figures.len(), 3);
    for (i, f) in figures.iter().enumerate() {
        assert!(
            f.mean_confidence > 80.0 && f.words > 25,
            "page {}: {f:?}",
            i + 1
        );
    }
    assert_eq!((figures[0].rotation, figures[0].dpi_used), (0, 300));
    assert_eq!(
        figures[1].rotation, 270,
        "the sideways page is turned upright"
    );
    assert_eq!(figures[2].dpi_used, 400);
    assert_in_order(
        &figures[0].text,
        &[
            "family court adviser visited the home",
            "before writing the report",
        ],
    );
    assert_eq!(
        figures[1].text, figures[0].text,
        "upright, it reads the same"
    );

    // Pages 1 and 2 are CCITT G4 at 1 bit a pixel, both upright at the page's own size;
    // page 3 is lossless at its own size.
    let mut images = image_streams(&pdf);
    images.sort_by_key(|(_, _, iw, ih)| (*iw, *ih));
    let kinds: Vec<(&str, i64, i64)> = images
        .iter()
        .map(|(f, _, iw, ih)| (f.as_str(), *iw, *ih))
        .collect();
    let (w, h) = (i64::from(w), i64::from(h));
    assert_eq!(
        kinds,
        vec![
            ("CCITTFaxDecode", w, h),
            ("CCITTFaxDecode", w, h),
            ("FlateDecode", 2 * w, 2 * (h / 3)),
        ]
    );
    let boxes = media_boxes(&pdf);
    for (mw, mh) in &boxes[..2] {
        assert!((mw - w as f32 * 72.0 / 300.0).abs() < 1.0, "width {mw}");
        assert!((mh - h as f32 * 72.0 / 300.0).abs() < 1.0, "height {mh}");
    }
    assert_qpdf_check(&pdf);
    assert_in_order(
        &pdftotext(&pdf, Some(2)),
        &["The family court adviser visited the home on Tuesday morning"],
    );

    // Pixels only, but no pixels given: an error, not a read of the file.
    let mut e = engine("eng");
    let empty = PageInput {
        gray: None,
        ..pixels(bilevel, 300)
    };
    assert!(matches!(
        e.process_document(&[empty], &dir.path().join("x.pdf"), &OcrOptions::default()),
        Err(OcrError::Render { .. })
    ));
}

#[test]
fn a_page_turned_upright_gets_at_least_half_again_its_first_looks_time() {
    let (s, ms) = (Duration::from_secs, Duration::from_millis);
    // Enough of the page's budget left: all of it.
    assert_eq!(engine::turned_look_allowance(s(4), s(2)), s(4));
    // A dense page that used most of its budget lying upside down (cardinal.pdf: 3.5 s of 6 s)
    // still gets a look as long as its first, and half as long again.
    assert_eq!(engine::turned_look_allowance(ms(2500), ms(3500)), ms(5250));
    assert_eq!(engine::turned_look_allowance(Duration::ZERO, s(2)), s(3));
}

/// The one-pass word walk (layout order, see `OcrEngine::word_walk`) gives exactly the text
/// Tesseract's GetUTF8Text gives, on real-format pages with columns, a table, a form, fixed
/// pitch, a highlighted colour scan and a photographed form with a shadow.
#[test]
fn the_word_walk_reads_the_text_as_tesseract_lays_it_out() {
    let real = Path::new(env!("CARGO_MANIFEST_DIR")).join("test-data/ocr-real");
    let mut engine = engine("eng");
    let opts = OcrOptions::default();
    let mut lines = 0;
    for name in [
        "b3-form.tif",
        "b4-two-column.tif",
        "b5-table.tif",
        "b7-typewriter.tif",
        "g3-highlighted-colour.jpg",
        "p2-form-shadow.jpg",
    ] {
        let img = page::load(&real.join(name)).expect("page loads").to_luma8();
        let dpi = page::guess_dpi(img.width(), img.height()).max(200);
        let (walk, tesseract) = engine
            .walk_and_tesseract_text(&img, dpi, &opts)
            .expect("page is recognised");
        assert!(
            !tesseract.trim().is_empty(),
            "{name}: Tesseract read nothing"
        );
        assert_eq!(walk, tesseract, "{name}: the walk's text differs");
        lines += walk.lines().count();
    }
    assert!(lines > 100, "only {lines} lines read over six pages");
}

#[test]
fn recognition_is_the_same_with_word_images_compressed() {
    // Tesseract keeps each word's image as a PNG between cutting and reading it; casevault has
    // it stored rather than deflated (word_images.rs). Lossless either way: the same reading.
    let real = Path::new(env!("CARGO_MANIFEST_DIR")).join("test-data/ocr-real");
    let mut engine = engine("eng");
    let opts = OcrOptions::default();
    assert!(
        word_images::in_effect(),
        "the word-image writer is not the one Tesseract calls"
    );
    for name in ["b3-form.tif", "g3-highlighted-colour.jpg", "p3-receipt.jpg"] {
        let img = page::load(&real.join(name)).expect("page loads").to_luma8();
        let dpi = page::guess_dpi(img.width(), img.height()).max(200);
        word_images::set_stored(false);
        assert!(
            !word_images::writes_stored(),
            "the switch to compressed PNGs took no effect"
        );
        let compressed = engine.read_once(&img, dpi, &opts);
        word_images::set_stored(true);
        assert!(word_images::writes_stored());
        let stored = engine
            .read_once(&img, dpi, &opts)
            .expect("page is recognised");
        let compressed = compressed.expect("page is recognised");
        assert!(stored.1 > 20, "{name}: only {} words read", stored.1);
        assert_eq!(stored, compressed, "{name}: the reading differs");
    }
}
