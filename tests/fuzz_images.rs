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

use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use casevault::stages::decode::{decode_with, DecodeLimits};
use proptest::test_runner::{Config, FileFailurePersistence, TestRunner};
use support::fuzz::{config, inputs, no_panic, seeds};

const LIMITS: DecodeLimits = DecodeLimits {
    max_pixels: 4_000_000,
    max_pages: 8,
    max_document_pixels: 16_000_000,
};

const DIR: &str = "test-data/formats/images";

fn files(names: &[&str]) -> Vec<Vec<u8>> {
    let paths: Vec<String> = names.iter().map(|n| format!("{DIR}/{n}")).collect();
    let refs: Vec<&str> = paths.iter().map(String::as_str).collect();
    seeds(&refs)
}

/// Runs one target: every input (after `prepare`) through the decoder under `file_name`, failing
/// on any panic. Prints how many inputs were read and how many refused, so that a target whose
/// inputs all bounce off a first check is noticed.
fn target(
    name: &str,
    file_name: &str,
    seeds: Vec<Vec<u8>>,
    magic: usize,
    prepare: fn(Vec<u8>) -> Vec<u8>,
) {
    let started = Instant::now();
    let (read, refused) = (AtomicUsize::new(0), AtomicUsize::new(0));
    let mut runner = TestRunner::new(Config {
        // A failing input is kept here and tried first next time.
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(
            "proptest-regressions/fuzz_images.txt",
        ))),
        ..config()
    });
    let result = runner.run(&inputs(seeds, magic), |input| {
        let input = prepare(input);
        no_panic(&input, |b| match decode_with(file_name, b, &LIMITS) {
            Ok(_) => read.fetch_add(1, Ordering::Relaxed),
            Err(_) => refused.fetch_add(1, Ordering::Relaxed),
        })
    });
    eprintln!(
        "fuzz {name}: {} inputs ({} read, {} refused with a reason) in {:.1} s",
        read.load(Ordering::Relaxed) + refused.load(Ordering::Relaxed),
        read.load(Ordering::Relaxed),
        refused.load(Ordering::Relaxed),
        started.elapsed().as_secs_f64()
    );
    if let Err(e) = result {
        panic!("{name}: {e}");
    }
}

fn unchanged(b: Vec<u8>) -> Vec<u8> {
    b
}

/// Recomputes the CRC of every whole PNG chunk, so that damage inside a chunk reaches the
/// decoder instead of stopping at the checksum (the only checksum of the image formats here).
fn png_crcs_fixed(mut b: Vec<u8>) -> Vec<u8> {
    let mut i = 8;
    while i + 12 <= b.len() {
        let len = u32::from_be_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]) as usize;
        let Some(end) = (i + 8).checked_add(len).filter(|&e| e + 4 <= b.len()) else {
            break;
        };
        let mut crc = flate2::Crc::new();
        crc.update(&b[i + 4..end]);
        b[end..end + 4].copy_from_slice(&crc.sum().to_be_bytes());
        i = end + 4;
    }
    b
}

#[test]
fn png_decoder_never_panics() {
    let seeds = files(&[
        "fuzz/png-1bit.png",
        "fuzz/png-grey2.png",
        "fuzz/png-grey8.png",
        "fuzz/png-grey16.png",
        "fuzz/png-palette4.png",
        "fuzz/png-grey-alpha.png",
        "fuzz/png-rgba.png",
        "fuzz/png-rgb-interlaced.png",
        "bomb.png",
    ]);
    target(
        "PNG (checksums as damaged)",
        "scan.png",
        seeds.clone(),
        16,
        unchanged,
    );
    target(
        "PNG (checksums repaired)",
        "scan.png",
        seeds,
        16,
        png_crcs_fixed,
    );
}

#[test]
fn jpeg_decoder_never_panics() {
    let seeds = files(&[
        "fuzz/jpeg-grey.jpg",
        "fuzz/jpeg-progressive.jpg",
        "fuzz/jpeg-cmyk.jpg",
        "fuzz/jpeg-photo-exif6.jpg",
        "fuzz/jpeg-grey-exif3.jpeg",
    ]);
    target("JPEG", "scan.jpg", seeds, 4, unchanged);
}

#[test]
fn tiff_decoder_never_panics() {
    let seeds = files(&[
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
    ]);
    target("TIFF", "scan.tif", seeds, 8, unchanged);
}

#[test]
fn gif_decoder_never_panics() {
    let seeds = files(&["fuzz/gif-animated-transparent.gif", "fuzz/gif-grey16.gif"]);
    target("GIF", "scan.gif", seeds, 6, unchanged);
}

#[test]
fn bmp_decoder_never_panics() {
    let seeds = files(&[
        "fuzz/bmp-1bit.bmp",
        "fuzz/bmp-rle4.bmp",
        "fuzz/bmp-rle8.bmp",
        "fuzz/bmp-24.bmp",
        "fuzz/bmp-32-alpha.bmp",
    ]);
    target("BMP", "scan.bmp", seeds, 18, unchanged);
}

#[test]
fn webp_decoder_never_panics() {
    let seeds = files(&["fuzz/webp-lossy.webp", "fuzz/webp-lossless.webp"]);
    target("WebP", "scan.webp", seeds, 16, unchanged);
}

#[test]
fn heif_decoder_never_panics() {
    let seeds = files(&[
        "fuzz/heic-photo.heic",
        "fuzz/heic-alpha.heic",
        "fuzz/avif.avif",
    ]);
    target("HEIF (libheif)", "photo.heic", seeds, 32, unchanged);
}

/// The seeds themselves decode (a fuzz target whose seeds are refused would test little but
/// the refusal).
#[test]
fn every_seed_decodes() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(DIR)
        .join("fuzz");
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
