//! Page images before recognition: reading a page file, telling which files Tesseract's PDF
//! renderer can embed as they are, shrinking a page for the cheap first look, and measuring how
//! much ink a page carries (the blank-page test).
//!
//! Everything here is safe Rust over the `image` crate, so the unsafe code in `engine.rs` only
//! ever sees a finished 8-bit grey buffer and a path.

use std::fs::File;
use std::io::{BufWriter, Read};
use std::path::Path;

use image::{DynamicImage, GrayImage, ImageFormat};

use super::OcrError;

/// How Tesseract's PDF renderer (through leptonica) will treat a page file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Embedding {
    /// A baseline or progressive JPEG with 1 or 3 components: embedded byte for byte (DCTDecode).
    JpegAsIs,
    /// An 8-bit (or less) PNG without alpha, not interlaced: its compressed data is embedded as
    /// it is (FlateDecode with PNG predictors), so the page stays lossless.
    PngAsIs,
    /// A 1-bit grey PNG (a black-and-white page). Leptonica does not embed 1-bit PNG data as it
    /// is; it writes the image Tesseract holds, so the engine hands it the page's own 1-bit
    /// pixels and the stored page stays at 1 bit per pixel, compressed as CCITT G4.
    PngBilevel,
    /// Anything else (TIFF, BMP, CMYK JPEG, 16-bit or alpha PNG...): re-written as a lossless
    /// 8-bit PNG first.
    Convert,
}

/// Looks at the first bytes of a page file to decide how it can be embedded.
pub(crate) fn embedding_for(path: &Path) -> Result<Embedding, OcrError> {
    let mut head = Vec::with_capacity(64 * 1024);
    File::open(path)
        .and_then(|f| f.take(64 * 1024).read_to_end(&mut head))
        .map_err(|source| OcrError::ReadPage {
            path: path.to_path_buf(),
            source,
        })?;
    Ok(classify(&head))
}

fn classify(head: &[u8]) -> Embedding {
    if head.starts_with(&[0xFF, 0xD8, 0xFF]) {
        match jpeg_components(head) {
            Some(1) | Some(3) => Embedding::JpegAsIs,
            _ => Embedding::Convert,
        }
    } else if head.starts_with(b"\x89PNG\r\n\x1a\n") && head.len() >= 29 {
        // IHDR is always the first chunk: width(4) height(4) depth(1) colour(1) comp filter interlace
        let depth = head[24];
        let colour = head[25];
        let interlace = head[28];
        let has_alpha = colour == 4 || colour == 6;
        if depth == 1 && colour == 0 && interlace == 0 {
            Embedding::PngBilevel
        } else if depth <= 8 && !has_alpha && interlace == 0 {
            Embedding::PngAsIs
        } else {
            Embedding::Convert
        }
    } else {
        Embedding::Convert
    }
}

/// Number of colour components in a JPEG's start-of-frame segment, if found in `head`.
fn jpeg_components(head: &[u8]) -> Option<u8> {
    let mut i = 2;
    while i + 4 <= head.len() {
        if head[i] != 0xFF {
            return None;
        }
        let marker = head[i + 1];
        if marker == 0xFF {
            i += 1;
            continue;
        }
        let len = u16::from_be_bytes([head[i + 2], head[i + 3]]) as usize;
        let is_sof = (0xC0..=0xCF).contains(&marker) && ![0xC4, 0xC8, 0xCC].contains(&marker);
        if is_sof {
            // length(2) precision(1) height(2) width(2) components(1)
            return head.get(i + 9).copied();
        }
        i += 2 + len;
    }
    None
}

/// Reads any single image the `image` crate understands (PNG, JPEG, TIFF first page).
pub(crate) fn load(path: &Path) -> Result<DynamicImage, OcrError> {
    let reader = image::ImageReader::open(path)
        .and_then(|r| r.with_guessed_format())
        .map_err(|source| OcrError::ReadPage {
            path: path.to_path_buf(),
            source,
        })?;
    reader.decode().map_err(|source| OcrError::DecodePage {
        path: path.to_path_buf(),
        source,
    })
}

/// Writes a decoded page as a PNG that Tesseract's PDF renderer embeds losslessly and without
/// re-encoding: 8-bit grey for grey or black-and-white pages, 8-bit RGB for colour ones, no alpha
/// (alpha is dropped), not interlaced. Use it for pages that come out of a multi-page TIFF or a
/// PDF, then hand the file to [`super::OcrEngine::process_document`].
pub fn write_lossless_page(page: &DynamicImage, path: &Path) -> Result<(), OcrError> {
    let is_grey = matches!(
        page,
        DynamicImage::ImageLuma8(_)
            | DynamicImage::ImageLuma16(_)
            | DynamicImage::ImageLumaA8(_)
            | DynamicImage::ImageLumaA16(_)
    );
    let file = File::create(path).map_err(|source| OcrError::WritePage {
        path: path.to_path_buf(),
        source,
    })?;
    let mut out = BufWriter::new(file);
    let written = if is_grey {
        page.to_luma8().write_to(&mut out, ImageFormat::Png)
    } else {
        page.to_rgb8().write_to(&mut out, ImageFormat::Png)
    };
    written.map_err(|source| OcrError::EncodePage {
        path: path.to_path_buf(),
        source,
    })?;
    out.into_inner()
        .map_err(|e| e.into_error())
        .and_then(|f| f.sync_all())
        .map_err(|source| OcrError::WritePage {
            path: path.to_path_buf(),
            source,
        })
}

/// Guesses the resolution of a page scanned on A4 or US Letter paper from its size in pixels,
/// rounded to the nearest 25 dpi (scanners use 150, 200, 240, 300, 400, 600).
pub fn guess_dpi(width: u32, height: u32) -> u32 {
    let (short, long) = (width.min(height) as f64, width.max(height) as f64);
    // A4 is 8.27 x 11.69 in, Letter 8.5 x 11 in: the long side tells them apart well enough.
    let by_short = short / 8.39;
    let by_long = long / 11.35;
    let dpi = (by_short + by_long) / 2.0;
    (((dpi / 25.0).round() * 25.0) as u32).clamp(50, 1200)
}

/// Whether a page is black and white: almost every pixel (all but 1%) is near black or near
/// white. What an office scanner makes at 300 dpi (CCITT G4, JBIG2) is bilevel; so is a page
/// rendered from such an image at its own resolution.
pub fn is_bilevel(page: &GrayImage) -> bool {
    let px = page.as_raw();
    if px.is_empty() {
        return false;
    }
    // A sample is enough: every 7th pixel (co-prime with common widths) of a page of millions.
    let step = if px.len() > 1_000_000 { 7 } else { 1 };
    let (mut seen, mut mid) = (0u64, 0u64);
    for &v in px.iter().step_by(step) {
        seen += 1;
        if (32..224).contains(&v) {
            mid += 1;
        }
    }
    mid * 100 < seen
}

/// One row of grey pixels as leptonica's 1-bit row: 32 pixels to a word, the first pixel in
/// the most significant bit, 1 = black (below grey level 128). `words` must start zeroed.
pub(crate) fn pack_row_one_bit(line: &[u8], words: &mut [u32]) {
    for (word, px) in words.iter_mut().zip(line.chunks(32)) {
        *word = if px.len() == 32 {
            // Eight pixels at a time: the top bit of each byte is set for white (>= 128); the
            // multiply gathers the eight top bits, inverted, into one byte, first pixel highest
            // (no two products share a bit, so nothing carries). A page is millions of pixels.
            let mut bytes = [0u8; 4];
            for (b, eight) in bytes.iter_mut().zip(px.chunks_exact(8)) {
                let x = u64::from_le_bytes(eight.try_into().expect("eight bytes"));
                let black = (!x & 0x8080_8080_8080_8080) >> 7;
                *b = (black.wrapping_mul(0x8040_2010_0804_0201) >> 56) as u8;
            }
            u32::from_be_bytes(bytes)
        } else {
            px.iter()
                .enumerate()
                .fold(0u32, |acc, (i, &v)| acc | (u32::from(v < 128) << (31 - i)))
        };
    }
}

/// One row of grey pixels as leptonica's 8-bit row: 4 pixels to a word, the first pixel in the
/// most significant byte. `words` must start zeroed.
pub(crate) fn pack_row_bytes(line: &[u8], words: &mut [u32]) {
    for (word, px) in words.iter_mut().zip(line.chunks(4)) {
        let mut b = [0u8; 4];
        b[..px.len()].copy_from_slice(px);
        *word = u32::from_be_bytes(b);
    }
}

/// A grey page turned clockwise by 90, 180 or 270 degrees (any other value: unchanged).
pub(crate) fn rotate_gray(page: &GrayImage, degrees: u16) -> GrayImage {
    match degrees {
        90 => image::imageops::rotate90(page),
        180 => image::imageops::rotate180(page),
        270 => image::imageops::rotate270(page),
        _ => page.clone(),
    }
}

/// A page turned clockwise by 90, 180 or 270 degrees, in its own colour type.
pub(crate) fn rotate(page: &DynamicImage, degrees: u16) -> DynamicImage {
    match degrees {
        90 => page.rotate90(),
        180 => page.rotate180(),
        270 => page.rotate270(),
        _ => page.clone(),
    }
}

/// Shrinks a grey page by any factor of 1 or more, each output pixel the area-weighted mean of
/// the input pixels it covers (a box filter of fractional width): a 300 dpi page read at 200 dpi
/// keeps small letters such as "I" that a 150 dpi page loses, at two thirds of the cost.
pub(crate) fn shrink(page: &GrayImage, factor: f64) -> GrayImage {
    if factor.is_nan() || factor <= 1.0 || !factor.is_finite() {
        return page.clone();
    }
    if (factor - factor.round()).abs() < 1e-9 {
        return downscale(page, factor.round() as u32);
    }
    let (w, h) = (page.width() as usize, page.height() as usize);
    let (ow, oh) = ((w as f64 / factor) as usize, (h as f64 / factor) as usize);
    if ow == 0 || oh == 0 {
        return page.clone();
    }
    // For each output index, the input indices it covers and their weights (1/256ths).
    let taps = |n_out: usize, n_in: usize| -> Vec<Vec<(usize, u32)>> {
        (0..n_out)
            .map(|o| {
                let (a, b) = (o as f64 * factor, (o as f64 + 1.0) * factor);
                let mut v = Vec::with_capacity(factor.ceil() as usize + 1);
                let mut i = a.floor() as usize;
                while (i as f64) < b && i < n_in {
                    let cover = (b.min(i as f64 + 1.0) - a.max(i as f64)) / factor;
                    let weight = (cover * 256.0).round() as u32;
                    if weight > 0 {
                        v.push((i, weight));
                    }
                    i += 1;
                }
                v
            })
            .collect()
    };
    let (tx, ty) = (taps(ow, w), taps(oh, h));
    let src = page.as_raw();
    // Horizontal pass into 1/256ths, then vertical into bytes.
    let mut mid = vec![0u32; ow * h];
    for y in 0..h {
        let row = &src[y * w..(y + 1) * w];
        for (x, t) in tx.iter().enumerate() {
            mid[y * ow + x] = t.iter().map(|&(i, wt)| u32::from(row[i]) * wt).sum();
        }
    }
    // Row by row, so the loops run over whole rows (64-bit sums: a large factor has many taps).
    let mut out = vec![0u8; ow * oh];
    let mut acc = vec![0u64; ow];
    for (t, out_row) in ty.iter().zip(out.chunks_exact_mut(ow)) {
        acc.fill(0);
        for &(i, wt) in t {
            for (a, &m) in acc.iter_mut().zip(&mid[i * ow..(i + 1) * ow]) {
                *a += u64::from(m) * u64::from(wt);
            }
        }
        for (o, &a) in out_row.iter_mut().zip(&acc) {
            *o = ((a + 32_768) / 65_536).min(255) as u8;
        }
    }
    GrayImage::from_raw(ow as u32, oh as u32, out).expect("buffer sized from the dimensions")
}

/// Shrinks a grey page by an integer factor, averaging each `factor` x `factor` block (a box
/// filter: cheap, and it melts single-pixel scanner specks into grey that no longer counts as ink).
pub(crate) fn downscale(page: &GrayImage, factor: u32) -> GrayImage {
    if factor <= 1 {
        return page.clone();
    }
    let (w, h) = (page.width() / factor, page.height() / factor);
    let src = page.as_raw();
    let stride = page.width() as usize;
    let f = factor as usize;
    let area = (f * f) as u32;
    let mut out = Vec::with_capacity(w as usize * h as usize);
    if f == 2 {
        // The common case (300 dpi to 150 for the ink measure) in one pass over pairs of rows:
        // the general loop below spends most of its time on bounds checks.
        let wu = w as usize;
        for y in 0..h as usize {
            let top = &src[2 * y * stride..][..2 * wu];
            let bottom = &src[(2 * y + 1) * stride..][..2 * wu];
            out.extend(
                top.chunks_exact(2)
                    .zip(bottom.chunks_exact(2))
                    .map(|(a, b)| {
                        ((u32::from(a[0])
                            + u32::from(a[1])
                            + u32::from(b[0])
                            + u32::from(b[1])
                            + 2)
                            / 4) as u8
                    }),
            );
        }
        return GrayImage::from_raw(w, h, out).expect("buffer sized from the dimensions");
    }
    let mut sums = vec![0u32; w as usize];
    for y in 0..h as usize {
        sums.iter_mut().for_each(|s| *s = 0);
        for r in 0..f {
            let row = &src[(y * f + r) * stride..][..stride];
            for (x, s) in sums.iter_mut().enumerate() {
                *s += row[x * f..x * f + f].iter().map(|&v| v as u32).sum::<u32>();
            }
        }
        out.extend(sums.iter().map(|&s| ((s + area / 2) / area) as u8));
    }
    GrayImage::from_raw(w, h, out).expect("buffer sized from the dimensions")
}

/// Fraction (0-1) of the page, inside a margin of `margin` (fraction of each side, to ignore
/// scanner edges and punched holes), covered by ink: pixels clearly darker than the paper
/// (60 grey levels below the median, so faint pencil on white paper counts) that have at least
/// three dark neighbours, so isolated specks of scanner noise do not count.
pub(crate) fn ink_ratio(page: &GrayImage, margin: f32) -> f32 {
    let (w, h) = (page.width() as usize, page.height() as usize);
    let mx = ((w as f32 * margin) as usize).max(1);
    let my = ((h as f32 * margin) as usize).max(1);
    if w <= 2 * mx + 2 || h <= 2 * my + 2 {
        return 0.0;
    }
    let px = page.as_raw();
    // Four histograms taking turns, summed after: on paper nearly every pixel falls in one
    // bin, and one histogram would wait on its own last store for every pixel.
    let mut counts = [[0u32; 256]; 4];
    for y in my..h - my {
        let row = &px[y * w + mx..y * w + w - mx];
        let quads = row.chunks_exact(4);
        for &v in quads.remainder() {
            counts[0][v as usize] += 1;
        }
        for q in quads {
            counts[0][q[0] as usize] += 1;
            counts[1][q[1] as usize] += 1;
            counts[2][q[2] as usize] += 1;
            counts[3][q[3] as usize] += 1;
        }
    }
    let histogram: Vec<u64> = (0..256)
        .map(|v| counts.iter().map(|c| u64::from(c[v])).sum())
        .collect();
    let total: u64 = histogram.iter().sum();
    let mut seen = 0;
    let paper = histogram
        .iter()
        .position(|&n| {
            seen += n;
            seen * 2 >= total
        })
        .unwrap_or(255) as u8;
    // Marks differ from the paper by 60 grey levels: darker on white paper, lighter on a
    // dark page (a photograph, a negative), so a dark page is never taken for a blank one.
    let dark_below = paper.saturating_sub(60);
    let light_above = paper.saturating_add(60);
    let dark = |v: u8| u8::from(v < dark_below || (paper < 128 && v > light_above));
    // Dark pixels as 0/1 over the measured area and one pixel around it, three rows at a time;
    // a pixel's dark neighbours are the three column sums around it less itself. Straight
    // loops over bytes: testing eight neighbours a pixel took several times as long.
    let (x0, x1) = (mx - 1, w - mx + 1);
    let marks = |y: usize, row: &mut Vec<u8>| {
        row.clear();
        row.extend(px[y * w + x0..y * w + x1].iter().map(|&v| dark(v)));
    };
    let (mut above, mut here, mut below) = (Vec::new(), Vec::new(), Vec::new());
    marks(my - 1, &mut above);
    marks(my, &mut here);
    let mut columns = vec![0u8; x1 - x0];
    let mut ink = 0u64;
    for y in my..h - my {
        marks(y + 1, &mut below);
        for (((c, a), b), d) in columns.iter_mut().zip(&above).zip(&here).zip(&below) {
            *c = a + b + d;
        }
        ink += columns
            .windows(3)
            .zip(&here[1..])
            .map(|(c, &me)| u64::from(me == 1 && c[0] + c[1] + c[2] - me >= 3))
            .sum::<u64>();
        std::mem::swap(&mut above, &mut here);
        std::mem::swap(&mut here, &mut below);
    }
    ink as f32 / total as f32
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::Luma;

    /// The ink measure as defined, pixel by pixel: a dark pixel with three dark neighbours.
    fn ink_by_definition(page: &GrayImage, margin: f32) -> f32 {
        let (w, h) = (page.width() as usize, page.height() as usize);
        let mx = ((w as f32 * margin) as usize).max(1);
        let my = ((h as f32 * margin) as usize).max(1);
        if w <= 2 * mx + 2 || h <= 2 * my + 2 {
            return 0.0;
        }
        let mut inner: Vec<u8> = (my..h - my)
            .flat_map(|y| (mx..w - mx).map(move |x| page.get_pixel(x as u32, y as u32).0[0]))
            .collect();
        inner.sort_unstable();
        let paper = inner[(inner.len() - 1) / 2];
        let dark = |x: usize, y: usize| {
            let v = page.get_pixel(x as u32, y as u32).0[0];
            v < paper.saturating_sub(60) || (paper < 128 && v > paper.saturating_add(60))
        };
        let mut ink = 0;
        for y in my..h - my {
            for x in mx..w - mx {
                let around = [
                    (0, 0),
                    (1, 0),
                    (2, 0),
                    (0, 1),
                    (2, 1),
                    (0, 2),
                    (1, 2),
                    (2, 2),
                ]
                .iter()
                .filter(|&&(dx, dy)| dark(x + dx - 1, y + dy - 1))
                .count();
                if dark(x, y) && around >= 3 {
                    ink += 1;
                }
            }
        }
        ink as f32 / inner.len() as f32
    }

    #[test]
    fn the_ink_measure_counts_as_its_definition_says() {
        // Speckle, strokes, a dark page with light marks, and a page of one grey.
        let noise =
            |x: u32, y: u32| ((x.wrapping_mul(2_654_435_761) ^ y.wrapping_mul(40_503)) >> 7) as u8;
        let pages = [
            GrayImage::from_fn(97, 61, |x, y| {
                Luma([if noise(x, y) % 5 == 0 { 20 } else { 230 }])
            }),
            GrayImage::from_fn(120, 80, |x, y| {
                Luma([if x % 9 < 2 || y % 13 == 0 { 10 } else { 250 }])
            }),
            GrayImage::from_fn(64, 64, |x, y| {
                Luma([if (x / 4 + y / 4) % 3 == 0 { 240 } else { 30 }])
            }),
            GrayImage::from_fn(50, 40, |x, y| Luma([noise(x, y)])),
            GrayImage::from_pixel(40, 30, Luma([128])),
        ];
        for (n, page) in pages.iter().enumerate() {
            for margin in [0.0, 0.04, 0.1] {
                let (fast, slow) = (ink_ratio(page, margin), ink_by_definition(page, margin));
                assert_eq!(fast, slow, "page {n}, margin {margin}");
            }
        }
        assert!(
            ink_ratio(&pages[0], 0.04) > 0.01,
            "speckle in clumps counts"
        );
        assert!(ink_ratio(&pages[1], 0.04) > 0.1, "strokes count");
    }

    #[test]
    fn shrinking_by_a_fraction_keeps_the_mean_and_the_size() {
        let mut img = GrayImage::from_pixel(300, 120, Luma([200]));
        for x in 0..151 {
            for y in 0..120 {
                img.put_pixel(x, y, Luma([20]));
            }
        }
        let small = shrink(&img, 1.5);
        assert_eq!(small.dimensions(), (200, 80));
        assert_eq!(small.get_pixel(10, 10).0[0], 20);
        assert_eq!(small.get_pixel(190, 70).0[0], 200);
        // The pixel straddling the edge (input 150 dark, half of 151 light) is between:
        // (20 + 200 / 2) / 1.5 = 80.
        let edge = small.get_pixel(100, 40).0[0];
        assert!((78..=82).contains(&edge), "{edge}");
        // An integer factor is the block average.
        assert_eq!(shrink(&img, 2.0), downscale(&img, 2));
        assert_eq!(shrink(&img, 1.0), img);
    }

    #[test]
    fn rows_are_packed_as_leptonica_lays_them_out() {
        // 1 bit a pixel: black (below 128) is 1, the first pixel in the top bit of a word,
        // and a row of 34 pixels takes two words, the second padded with white.
        let mut line = vec![255u8; 34];
        line[0] = 0;
        line[1] = 127;
        line[2] = 128;
        line[33] = 20;
        let mut words = [0u32; 2];
        pack_row_one_bit(&line, &mut words);
        assert_eq!(words, [0xC000_0000, 0x4000_0000]);
        // Whole words go eight pixels at a time: every grey level on either side of 128, in
        // every position of a word, packs as pixel by pixel.
        let line: Vec<u8> = (0..32 * 64)
            .map(|i| ((i * 97 + i / 7) % 256) as u8)
            .collect();
        let mut words = vec![0u32; 64];
        pack_row_one_bit(&line, &mut words);
        for (word, px) in words.iter().zip(line.chunks(32)) {
            let slow = px
                .iter()
                .enumerate()
                .fold(0u32, |acc, (i, &v)| acc | (u32::from(v < 128) << (31 - i)));
            assert_eq!(*word, slow, "pixels {px:?}");
        }
        // 1 byte a pixel: the first pixel in the top byte, a short last word padded with 0.
        let mut words = [0u32; 2];
        pack_row_bytes(&[1, 2, 3, 4, 5], &mut words);
        assert_eq!(words, [0x0102_0304, 0x0500_0000]);
    }

    #[test]
    fn downscale_averages_blocks() {
        let mut img = GrayImage::from_pixel(4, 2, Luma([255]));
        img.put_pixel(0, 0, Luma([0]));
        let small = downscale(&img, 2);
        assert_eq!(small.dimensions(), (2, 1));
        assert_eq!(small.get_pixel(0, 0).0[0], 191); // (0 + 3 * 255) / 4, rounded
        assert_eq!(small.get_pixel(1, 0).0[0], 255);
        // Halving (its own loop) and a third agree with block averages on an odd-sized page:
        // the odd last row and column are left out.
        let img = GrayImage::from_fn(7, 5, |x, y| Luma([((x * 37 + y * 91) % 256) as u8]));
        for f in [2u32, 3] {
            let small = downscale(&img, f);
            assert_eq!(small.dimensions(), (7 / f, 5 / f));
            for (x, y, v) in small.enumerate_pixels() {
                let sum: u32 = (0..f * f)
                    .map(|i| u32::from(img.get_pixel(x * f + i % f, y * f + i / f).0[0]))
                    .sum();
                assert_eq!(
                    u32::from(v.0[0]),
                    (sum + f * f / 2) / (f * f),
                    "({x}, {y}) / {f}"
                );
            }
        }
    }

    #[test]
    fn specks_are_not_ink_but_strokes_are() {
        let mut img = GrayImage::from_pixel(200, 200, Luma([250]));
        for i in 0..20 {
            img.put_pixel(20 + i * 8, 30 + i * 7, Luma([0])); // isolated specks
        }
        assert_eq!(ink_ratio(&img, 0.04), 0.0);
        for x in 50..150 {
            for y in 100..103 {
                img.put_pixel(x, y, Luma([10])); // a 3-pixel-thick stroke
            }
        }
        let ink = ink_ratio(&img, 0.04);
        assert!(ink > 0.005 && ink < 0.01, "ink {ink}");
        // Faint pencil (light grey on white) is ink too.
        let mut faint = GrayImage::from_pixel(200, 200, Luma([250]));
        for x in 50..150 {
            for y in 100..103 {
                faint.put_pixel(x, y, Luma([170]));
            }
        }
        assert!(ink_ratio(&faint, 0.04) > 0.005);
    }

    #[test]
    fn classifies_files_for_embedding() {
        let dir = tempfile::tempdir().unwrap();
        let grey = DynamicImage::ImageLuma8(GrayImage::from_pixel(16, 16, Luma([200])));
        let png = dir.path().join("p.png");
        write_lossless_page(&grey, &png).unwrap();
        assert_eq!(embedding_for(&png).unwrap(), Embedding::PngAsIs);
        let rgba = DynamicImage::ImageRgba8(image::RgbaImage::new(16, 16));
        let rgba_png = dir.path().join("a.png");
        rgba.save(&rgba_png).unwrap();
        assert_eq!(embedding_for(&rgba_png).unwrap(), Embedding::Convert);
        let jpg = dir.path().join("p.jpg");
        grey.save(&jpg).unwrap();
        assert_eq!(embedding_for(&jpg).unwrap(), Embedding::JpegAsIs);
        let tif = dir.path().join("p.tif");
        grey.save(&tif).unwrap();
        assert_eq!(embedding_for(&tif).unwrap(), Embedding::Convert);
    }

    #[test]
    fn guesses_common_scan_resolutions() {
        assert_eq!(guess_dpi(2481, 3507), 300); // A4 at 300 dpi
        assert_eq!(guess_dpi(1240, 1754), 150); // A4 at 150 dpi
        assert_eq!(guess_dpi(2550, 3300), 300); // Letter at 300 dpi
        assert_eq!(guess_dpi(3507, 2481), 300); // landscape
        assert_eq!(guess_dpi(4961, 7016), 600);
    }
}
