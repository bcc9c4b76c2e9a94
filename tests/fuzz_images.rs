//! Fuzz targets for every image decoder (issue 10, point 8): PNG, JPEG, TIFF, GIF, BMP, WebP and
//! HEIF (HEIC and AVIF, through libheif). Each feeds `stages::decode` truncated, mutated,
//! spliced and random versions of small seed files (`test-data/formats/images/fuzz/`, one per
//! format, colour type and compression, made by `make_images.py`, plus a few of the full test
//! files) and fails on any panic, including one the decoder catches itself.
//!
//! The limits are smaller than production's (4 million pixels a page, 8 pages) so that a damaged
//! header claiming a large page costs milliseconds, not seconds: the code paths are the same,
//! only the numbers that refuse a page differ. `make test` runs 200 inputs per target,
//! `make fuzz` 100,000 (`CASEVAULT_FUZZ_CASES`).

mod support;

use casevault::stages::decode::{decode_with, DecodeLimits};
use proptest::prelude::*;
use support::fuzz::{config, inputs, no_panic, seeds};

const LIMITS: DecodeLimits = DecodeLimits {
    max_pixels: 4_000_000,
    max_pages: 8,
    max_document_pixels: 16_000_000,
};

/// Decodes `bytes` under the fuzzing limits; the outcome itself does not matter, only that it is
/// an outcome (pages or a reason) and not a panic.
fn decode(name: &str, bytes: &[u8]) {
    let _ = decode_with(name, bytes, &LIMITS);
}

const DIR: &str = "test-data/formats/images";

fn files(names: &[&str]) -> Vec<Vec<u8>> {
    let paths: Vec<String> = names.iter().map(|n| format!("{DIR}/{n}")).collect();
    let refs: Vec<&str> = paths.iter().map(String::as_str).collect();
    seeds(&refs)
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn png_decoder_never_panics(input in inputs(files(&[
        "fuzz/png-1bit.png",
        "fuzz/png-grey2.png",
        "fuzz/png-grey8.png",
        "fuzz/png-grey16.png",
        "fuzz/png-palette4.png",
        "fuzz/png-grey-alpha.png",
        "fuzz/png-rgba.png",
        "fuzz/png-rgb-interlaced.png",
        "bomb.png",
    ]), 16)) {
        no_panic(&input, |b| decode("scan.png", b))?;
    }

    #[test]
    fn jpeg_decoder_never_panics(input in inputs(files(&[
        "fuzz/jpeg-grey.jpg",
        "fuzz/jpeg-progressive.jpg",
        "fuzz/jpeg-cmyk.jpg",
        "fuzz/jpeg-photo-exif6.jpg",
        "fuzz/jpeg-grey-exif3.jpeg",
    ]), 4)) {
        no_panic(&input, |b| decode("scan.jpg", b))?;
    }

    #[test]
    fn tiff_decoder_never_panics(input in inputs(files(&[
        "fuzz/tiff-g4-miniswhite.tif",
        "fuzz/tiff-1bit-minisblack.tif",
        "fuzz/tiff-g3-1d-lsb.tif",
        "fuzz/tiff-g3-2d.tiff",
        "fuzz/tiff-ccitt-rle.tif",
        "fuzz/tiff-grey2.tif",
        "fuzz/tiff-grey4-packbits.tif",
        "fuzz/tiff-grey16-deflate.tif",
        "fuzz/tiff-grey-alpha-lzw.tif",
        "fuzz/tiff-jpeg-ycbcr.tif",
        "fuzz/tiff-rgba16-tiled.tif",
        "fuzz/tiff-cmyk-lzw.tif",
        "fuzz/tiff-palette8-lzw.tif",
        "fuzz/tiff-rgb-planar-be.tif",
        "bomb.tif",
    ]), 8)) {
        no_panic(&input, |b| decode("scan.tif", b))?;
    }

    #[test]
    fn gif_decoder_never_panics(input in inputs(files(&[
        "fuzz/gif-animated-transparent.gif",
        "fuzz/gif-grey16.gif",
    ]), 6)) {
        no_panic(&input, |b| decode("scan.gif", b))?;
    }

    #[test]
    fn bmp_decoder_never_panics(input in inputs(files(&[
        "fuzz/bmp-1bit.bmp",
        "fuzz/bmp-rle4.bmp",
        "fuzz/bmp-rle8.bmp",
        "fuzz/bmp-24.bmp",
        "fuzz/bmp-32-alpha.bmp",
    ]), 18)) {
        no_panic(&input, |b| decode("scan.bmp", b))?;
    }

    #[test]
    fn webp_decoder_never_panics(input in inputs(files(&[
        "fuzz/webp-lossy.webp",
        "fuzz/webp-lossless.webp",
    ]), 16)) {
        no_panic(&input, |b| decode("scan.webp", b))?;
    }

    #[test]
    fn heif_decoder_never_panics(input in inputs(files(&[
        "fuzz/heic-photo.heic",
        "fuzz/heic-alpha.heic",
        "fuzz/avif.avif",
    ]), 32)) {
        no_panic(&input, |b| decode("photo.heic", b))?;
    }
}

/// The seeds themselves decode (a fuzz target whose seeds are refused would test little but
/// the refusal).
#[test]
fn every_seed_decodes() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(DIR).join("fuzz");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).expect("fuzz seeds are committed") {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let bytes = std::fs::read(&path).unwrap();
        let pages = decode_with(&name, &bytes, &LIMITS)
            .unwrap_or_else(|q| panic!("seed {name} is refused: {}", q.detail));
        assert!(!pages.is_empty(), "{name}");
        n += 1;
    }
    assert!(n >= 35, "only {n} seeds in {dir:?}");
}
