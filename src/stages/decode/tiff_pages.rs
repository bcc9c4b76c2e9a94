//! TIFF: every page of a (multi-page) TIFF, in whatever form scanners, fax servers and image
//! editors write it.
//!
//! The `tiff` crate reads most of them: bilevel, 2/4/8/16-bit grey, grey+alpha, RGB and RGBA (8
//! and 16-bit), CMYK, YCbCr from JPEG-in-TIFF; uncompressed, LZW, Deflate, PackBits, Group 4 and
//! JPEG; strips and tiles, chunky and planar. It cannot read palette (colour-mapped) pages,
//! CCITT Group 3 or "CCITT RLE" fax pages, or bits stored least significant first (`FillOrder`
//! 2, common in fax files), so those single-sample pages are read here from their strips or
//! tiles ([`read_strips`]), with [`super::ccitt`] for the fax codings.
//!
//! A page's pixels are checked against the budget before anything is allocated; reduced-
//! resolution copies (thumbnails) and transparency masks are skipped; the `Orientation` tag is
//! applied. Failures name the page: "the TIFF is truncated after page 2".

use std::io::{Cursor, Read};

use image::metadata::Orientation;
use image::{DynamicImage, GrayImage, RgbImage, RgbaImage};
use tiff::decoder::{Decoder, DecodingResult, Limits as TiffLimits};
use tiff::tags::{ByteOrder, Tag};
use tiff::{ColorType, TiffError};

use super::raster::{cmyk_to_rgb, over_white, scale_sample, to_8bit, unpack_row, ycbcr_to_rgb};
use super::{ccitt, DecodeLimits, Page};
use crate::document::{QuarantineReason, Quarantined};

type Dec<'a> = Decoder<Cursor<&'a [u8]>>;

/// What went wrong with one page, before it is put in words.
#[derive(Debug)]
enum Problem {
    Truncated,
    Damaged(String),
    Unsupported(String),
}

fn problem(e: TiffError) -> Problem {
    match e {
        TiffError::IoError(io) if io.kind() == std::io::ErrorKind::UnexpectedEof => {
            Problem::Truncated
        }
        TiffError::UnsupportedError(u) => Problem::Unsupported(u.to_string()),
        TiffError::LimitsExceeded => {
            Problem::Damaged("its data claims more memory than the page needs".into())
        }
        other => Problem::Damaged(other.to_string()),
    }
}

/// Every page of a TIFF.
#[cfg(test)]
pub(super) fn pages(bytes: &[u8], limits: &DecodeLimits) -> Result<Vec<Page>, Quarantined> {
    let mut pages = Vec::new();
    each_page(bytes, limits, &mut |p| {
        pages.push(p);
        Ok(())
    })?;
    Ok(pages)
}

/// Every page of a TIFF, each handed to `on_page` as soon as it is decoded (one decoded page
/// held at a time); returns how many.
pub(super) fn each_page(
    bytes: &[u8],
    limits: &DecodeLimits,
    on_page: &mut dyn FnMut(Page) -> Result<(), Quarantined>,
) -> Result<usize, Quarantined> {
    let n = read_pages(bytes, limits, false, on_page)?;
    if n > 0 {
        return Ok(n);
    }
    // Every directory was marked as a thumbnail or a mask: some writers mark every page so.
    // Read them as pages rather than refuse the file.
    let n = read_pages(bytes, limits, true, on_page)?;
    if n == 0 {
        return Err(super::damaged("TIFF", "it holds no page"));
    }
    Ok(n)
}

fn open<'a>(bytes: &'a [u8], limits: &DecodeLimits) -> Result<Dec<'a>, Quarantined> {
    let mut tl = TiffLimits::default();
    tl.decoding_buffer_size = usize::try_from(limits.max_pixels.saturating_mul(8))
        .unwrap_or(usize::MAX)
        .max(1 << 20);
    Decoder::new(Cursor::new(bytes))
        .map(|d| d.with_limits(tl))
        .map_err(|e| match problem(e) {
            Problem::Truncated => super::truncated("TIFF", "it ends before its first page"),
            Problem::Damaged(d) | Problem::Unsupported(d) => super::damaged("TIFF", &d),
        })
}

fn read_pages(
    bytes: &[u8],
    limits: &DecodeLimits,
    take_all: bool,
    on_page: &mut dyn FnMut(Page) -> Result<(), Quarantined>,
) -> Result<usize, Quarantined> {
    let mut dec = open(bytes, limits)?;
    let mut pages = 0usize;
    let mut total_pixels = 0u64;
    let mut directories = 0usize;
    loop {
        directories += 1;
        if directories > limits.max_pages.saturating_mul(2) + 16 {
            return Err(super::too_many_pages(limits));
        }
        if take_all || !is_subsidiary(&mut dec) {
            let n = pages + 1;
            if n > limits.max_pages {
                return Err(super::too_many_pages(limits));
            }
            let (w, h) = dec.dimensions().map_err(|e| page_problem(problem(e), n))?;
            super::check_size(&format!("page {n} of the TIFF"), w, h, limits)?;
            total_pixels += u64::from(w) * u64::from(h);
            if total_pixels > limits.max_document_pixels {
                return Err(Quarantined::new(
                    QuarantineReason::TooLarge,
                    format!(
                        "the TIFF's pages hold more than {} million pixels in all, more than casevault accepts in one document: split it",
                        limits.max_document_pixels / 1_000_000
                    ),
                ));
            }
            // A JPEG-compressed page is a lossy picture already: it is stored as a JPEG again
            // rather than as a lossless copy many times its size.
            let lossy = matches!(tag_u32(&mut dec, Tag::Compression), Ok(Some(6 | 7)));
            let mut img = read_page(&mut dec, bytes, w, h).map_err(|p| page_problem(p, n))?;
            if let Some(o) = dec
                .find_tag_unsigned::<u8>(Tag::Orientation)
                .ok()
                .flatten()
                .and_then(Orientation::from_exif)
            {
                img.apply_orientation(o);
            }
            let dpi =
                tiff_dpi(&mut dec).unwrap_or_else(|| super::guess_dpi(img.width(), img.height()));
            let page = super::page_from(img, dpi, lossy)?;
            pages += 1;
            on_page(page)?;
        }
        if !dec.more_images() {
            break;
        }
        if let Err(e) = dec.next_image() {
            let done = pages;
            return Err(match problem(e) {
                Problem::Truncated if done > 0 => super::truncated(
                    "TIFF",
                    &format!(
                        "it ends after page {done}, in the middle of the next page's description"
                    ),
                ),
                Problem::Truncated => super::truncated("TIFF", "it ends before its first page"),
                Problem::Unsupported(d) => Quarantined::new(
                    QuarantineReason::Unsupported,
                    format!(
                        "page {} of the TIFF is in a form casevault cannot read ({d})",
                        done + 1
                    ),
                ),
                Problem::Damaged(d) => super::damaged("TIFF", &format!("after page {done}: {d}")),
            });
        }
    }
    Ok(pages)
}

fn page_problem(p: Problem, n: usize) -> Quarantined {
    match p {
        Problem::Truncated if n > 1 => Quarantined::new(
            QuarantineReason::Corrupt,
            format!(
                "the TIFF is truncated after page {}: the file ends before page {n} is complete",
                n - 1
            ),
        ),
        Problem::Truncated => {
            super::truncated("TIFF", "the file ends before its first page is complete")
        }
        Problem::Unsupported(d) => Quarantined::new(
            QuarantineReason::Unsupported,
            format!("page {n} of the TIFF is in a form casevault cannot read: {d}"),
        ),
        Problem::Damaged(d) => super::damaged("TIFF", &format!("page {n}: {d}")),
    }
}

/// A reduced-resolution copy (a thumbnail) or a transparency mask, not a page.
fn is_subsidiary(dec: &mut Dec) -> bool {
    let new_subfile = dec
        .find_tag_unsigned::<u32>(Tag::NewSubfileType)
        .ok()
        .flatten()
        .unwrap_or(0);
    let old_subfile = dec
        .find_tag_unsigned::<u32>(Tag::SubfileType)
        .ok()
        .flatten()
        .unwrap_or(1);
    new_subfile & 0b101 != 0 || old_subfile == 2
}

fn tag_u32(dec: &mut Dec, tag: Tag) -> Result<Option<u32>, Problem> {
    dec.find_tag_unsigned::<u32>(tag).map_err(problem)
}

/// Compression methods by TIFF number, for the reason when one cannot be read.
fn compression_name(c: u32) -> String {
    match c {
        6 => "old-style JPEG (compression 6)".into(),
        9 | 10 => "JBIG (black-and-white JBIG coding)".into(),
        34661 => "JBIG".into(),
        34712 => "JPEG 2000".into(),
        34887 => "LERC".into(),
        34925 => "LZMA".into(),
        50000 => "Zstandard".into(),
        50001 => "WebP".into(),
        other => format!("compression method {other}"),
    }
}

/// One page's pixels as an 8-bit image: read by the `tiff` crate where it can, else from the
/// strips or tiles here ([`read_strips`]).
fn read_page(dec: &mut Dec, bytes: &[u8], w: u32, h: u32) -> Result<DynamicImage, Problem> {
    let compression = tag_u32(dec, Tag::Compression)?.unwrap_or(1);
    let photometric = tag_u32(dec, Tag::PhotometricInterpretation)?;
    let fill_order = tag_u32(dec, Tag::FillOrder)?.unwrap_or(1);
    if matches!(compression, 2 | 3) || photometric == Some(3) || fill_order == 2 {
        return read_strips(
            dec,
            bytes,
            w,
            h,
            compression,
            photometric.unwrap_or(0),
            fill_order,
        );
    }
    if !matches!(compression, 1 | 4 | 5 | 7 | 8 | 32773 | 32946) {
        return Err(Problem::Unsupported(format!(
            "it is compressed with {}",
            compression_name(compression)
        )));
    }
    let color = dec.colortype().map_err(problem)?;
    let spp = tag_u32(dec, Tag::SamplesPerPixel)?.unwrap_or(1).max(1) as usize;
    let planar = tag_u32(dec, Tag::PlanarConfiguration)?.unwrap_or(1) == 2 && spp > 1;
    let extra = dec
        .find_tag_unsigned_vec::<u16>(Tag::ExtraSamples)
        .map_err(problem)?
        .unwrap_or_default();
    // Associated (premultiplied) alpha is 1, unassociated 2, unspecified 0.
    let alpha_kind = extra.first().copied().unwrap_or(0);
    let mut data = DecodingResult::U8(Vec::new());
    dec.read_image_to_buffer(&mut data).map_err(problem)?;
    let form = SampleForm {
        w,
        h,
        spp,
        planar,
        photometric,
        alpha_kind,
    };
    image_from(color, data, &form)
}

/// How the samples the `tiff` crate decoded are laid out, for [`image_from`].
#[derive(Clone, Copy)]
struct SampleForm {
    w: u32,
    h: u32,
    /// Samples per pixel (at least 1).
    spp: usize,
    /// One plane a sample rather than pixel by pixel.
    planar: bool,
    photometric: Option<u32>,
    /// `ExtraSamples`: associated (premultiplied) alpha is 1, unassociated 2, unspecified 0.
    alpha_kind: u16,
}

fn short() -> Problem {
    Problem::Damaged("its pixel data is shorter than the page".into())
}

/// A page's decoded samples as an 8-bit image, by its colour type.
fn image_from(
    color: ColorType,
    data: DecodingResult,
    form: &SampleForm,
) -> Result<DynamicImage, Problem> {
    let SampleForm {
        w,
        h,
        spp,
        planar,
        photometric,
        alpha_kind,
    } = *form;
    let n = w as usize * h as usize;
    let samples8 =
        |data: DecodingResult, per_pixel: usize| chunky_samples(data, n, per_pixel, planar);
    let unpremultiply = |v: u8, a: u8| unpremultiplied(v, a, alpha_kind);
    let img = match color {
        ColorType::Gray(bits @ (1 | 2 | 4)) => low_bit_grey(data, w, h, bits)?,
        ColorType::Gray(8 | 16) => DynamicImage::ImageLuma8(
            GrayImage::from_raw(w, h, samples8(data, 1)?).ok_or_else(short)?,
        ),
        ColorType::Multiband {
            bit_depth: 8 | 16,
            num_samples,
        } if photometric == Some(1) => {
            let per = usize::from(num_samples);
            let v = samples8(data, per)?;
            if per >= 2 && alpha_kind != 0 {
                let px = v
                    .chunks_exact(per)
                    .flat_map(|p| [unpremultiply(p[0], p[1]), p[1]])
                    .collect();
                DynamicImage::ImageLumaA8(
                    image::GrayAlphaImage::from_raw(w, h, px).ok_or_else(short)?,
                )
            } else {
                let px = v.chunks_exact(per).map(|p| p[0]).collect();
                DynamicImage::ImageLuma8(GrayImage::from_raw(w, h, px).ok_or_else(short)?)
            }
        }
        ColorType::RGB(8 | 16) => {
            let per = spp.max(3);
            let v = samples8(data, per)?;
            let px = v
                .chunks_exact(per)
                .flat_map(|p| [p[0], p[1], p[2]])
                .collect();
            DynamicImage::ImageRgb8(RgbImage::from_raw(w, h, px).ok_or_else(short)?)
        }
        ColorType::RGBA(8 | 16) => {
            let per = spp.max(4);
            let v = samples8(data, per)?;
            let px = v
                .chunks_exact(per)
                .flat_map(|p| {
                    [
                        unpremultiply(p[0], p[3]),
                        unpremultiply(p[1], p[3]),
                        unpremultiply(p[2], p[3]),
                        p[3],
                    ]
                })
                .collect();
            DynamicImage::ImageRgba8(RgbaImage::from_raw(w, h, px).ok_or_else(short)?)
        }
        ColorType::CMYK(8 | 16) | ColorType::CMYKA(8 | 16) => {
            let per = spp.max(4);
            let with_alpha = matches!(color, ColorType::CMYKA(_)) && per >= 5;
            let v = samples8(data, per)?;
            let px = v
                .chunks_exact(per)
                .flat_map(|p| {
                    let [r, g, b] = cmyk_to_rgb(p[0], p[1], p[2], p[3]);
                    if with_alpha {
                        [
                            over_white(r, p[4]),
                            over_white(g, p[4]),
                            over_white(b, p[4]),
                        ]
                    } else {
                        [r, g, b]
                    }
                })
                .collect();
            DynamicImage::ImageRgb8(RgbImage::from_raw(w, h, px).ok_or_else(short)?)
        }
        ColorType::YCbCr(8) => {
            let v = samples8(data, 3)?;
            let px = v
                .chunks_exact(3)
                .flat_map(|p| ycbcr_to_rgb(p[0], p[1], p[2]))
                .collect();
            DynamicImage::ImageRgb8(RgbImage::from_raw(w, h, px).ok_or_else(short)?)
        }
        ColorType::Lab(_) => {
            return Err(Problem::Unsupported("its colours are CIE L*a*b*".into()));
        }
        other => {
            return Err(Problem::Unsupported(format!(
                "its pixels are {}",
                describe(other)
            )))
        }
    };
    Ok(img)
}

/// Each byte of a 1-bit row as its eight pixels, first pixel from the top bit: 1 is 255.
static ONE_BIT_GREY: [[u8; 8]; 256] = {
    let mut table = [[0u8; 8]; 256];
    let mut byte = 0;
    while byte < 256 {
        let mut i = 0;
        while i < 8 {
            if (byte >> (7 - i)) & 1 == 1 {
                table[byte][i] = 255;
            }
            i += 1;
        }
        byte += 1;
    }
    table
};

/// A 1, 2 or 4-bit grey page: rows of packed samples, each scaled to 8 bits.
fn low_bit_grey(data: DecodingResult, w: u32, h: u32, bits: u8) -> Result<DynamicImage, Problem> {
    let DecodingResult::U8(v) = data else {
        return Err(short());
    };
    let row_bytes = (w as usize * usize::from(bits)).div_ceil(8);
    if v.len() < row_bytes * h as usize {
        return Err(short());
    }
    let width = w as usize;
    if width == 0 {
        return Err(short());
    }
    let mut px = vec![0u8; width * h as usize];
    for (row, out) in v.chunks_exact(row_bytes).zip(px.chunks_exact_mut(width)) {
        if bits == 1 {
            // The common case (every black-and-white scan, millions of pixels): a byte at a
            // time through a table.
            for (eight, &byte) in out.chunks_mut(8).zip(row) {
                eight.copy_from_slice(&ONE_BIT_GREY[usize::from(byte)][..eight.len()]);
            }
        } else {
            for (o, s) in out.iter_mut().zip(unpack_row(row, bits, width)) {
                *o = scale_sample(s, bits);
            }
        }
    }
    Ok(DynamicImage::ImageLuma8(
        GrayImage::from_raw(w, h, px).ok_or_else(short)?,
    ))
}

/// The first `n` pixels' samples as 8 bits, chunky (pixel by pixel), from 8 or 16-bit samples
/// chunky or `planar`.
fn chunky_samples(
    data: DecodingResult,
    n: usize,
    per_pixel: usize,
    planar: bool,
) -> Result<Vec<u8>, Problem> {
    let v: Vec<u8> = match data {
        DecodingResult::U8(v) => v,
        DecodingResult::U16(v) => v.into_iter().map(to_8bit).collect(),
        _ => {
            return Err(Problem::Unsupported(
                "its samples are not 8 or 16-bit whole numbers".into(),
            ))
        }
    };
    let need = n * per_pixel;
    if v.len() < need {
        return Err(short());
    }
    if planar && per_pixel > 1 {
        let mut out = vec![0u8; need];
        for (k, plane) in v.chunks_exact(n).take(per_pixel).enumerate() {
            for (i, &s) in plane.iter().enumerate() {
                out[i * per_pixel + k] = s;
            }
        }
        Ok(out)
    } else {
        Ok(v[..need].to_vec())
    }
}

/// A colour sample `v` with its alpha `a` divided out when the alpha is associated
/// (`alpha_kind` 1).
fn unpremultiplied(v: u8, a: u8, alpha_kind: u16) -> u8 {
    if alpha_kind == 1 && a > 0 {
        ((u32::from(v) * 255 + u32::from(a) / 2) / u32::from(a)).min(255) as u8
    } else {
        v
    }
}

fn describe(c: ColorType) -> String {
    match c {
        ColorType::Gray(b) => format!("{b}-bit grey"),
        ColorType::RGB(b) => format!("{b}-bit RGB"),
        ColorType::RGBA(b) => format!("{b}-bit RGBA"),
        ColorType::CMYK(b) => format!("{b}-bit CMYK"),
        ColorType::YCbCr(b) => format!("{b}-bit YCbCr"),
        ColorType::Multiband {
            bit_depth,
            num_samples,
        } => format!("{num_samples} samples of {bit_depth} bits"),
        other => format!("{other:?}"),
    }
}

/// How a strip or tile is compressed, for [`read_strips`].
#[derive(Debug, Clone, Copy)]
enum Coding {
    None,
    PackBits,
    Lzw,
    Deflate,
    Fax(ccitt::Coding),
}

/// Reads a single-sample page (bilevel, grey or palette) from its strips or tiles: the pages the
/// `tiff` crate cannot read (palette, CCITT Group 3 and RLE, `FillOrder` 2).
fn read_strips(
    dec: &mut Dec,
    bytes: &[u8],
    w: u32,
    h: u32,
    compression: u32,
    photometric: u32,
    fill_order: u32,
) -> Result<DynamicImage, Problem> {
    let (bits, predictor) = strip_samples(dec, photometric)?;
    let coding = strip_coding(dec, compression)?;
    if matches!(coding, Coding::Fax(_)) && bits != 1 {
        return Err(Problem::Damaged(format!(
            "fax coding on {bits}-bit samples (fax pages are black and white)"
        )));
    }
    let palette = if photometric == 3 {
        Some(palette(dec, bits)?)
    } else {
        None
    };
    let Chunks {
        tiled,
        width: cw,
        height: ch,
        offsets,
        counts,
    } = chunks(dec, bytes, w, h, coding)?;
    if cw == 0 || ch == 0 || cw > w.max(16) * 2 || ch > h.max(16) * 2 {
        return Err(Problem::Damaged(format!(
            "its strips or tiles of {cw} x {ch} pixels do not fit a page of {w} x {h}"
        )));
    }
    let across = w.div_ceil(cw) as usize;
    let down = h.div_ceil(ch) as usize;
    if offsets.len() < across * down || counts.len() < across * down {
        return Err(Problem::Damaged(
            "it lists fewer strips or tiles than the page needs".into(),
        ));
    }
    let (w_us, h_us) = (w as usize, h as usize);
    let channels = if palette.is_some() { 3 } else { 1 };
    let mut out = vec![0u8; w_us * h_us * channels];
    let form = StripForm {
        w: w_us,
        h: h_us,
        chunk_width: cw as usize,
        row_bytes: (cw as usize * usize::from(bits)).div_ceil(8),
        bits,
        photometric,
        little_endian: matches!(dec.byte_order(), ByteOrder::LittleEndian),
        palette: palette.as_deref(),
    };
    let row_bytes = form.row_bytes;
    for (i, (&off, &count)) in offsets.iter().zip(&counts).take(across * down).enumerate() {
        let (tx, ty) = (i % across, i / across);
        let (x0, y0) = (tx * cw as usize, ty * ch as usize);
        // A strip's last rows may be cut at the page's end; tiles are always whole.
        let rows = if tiled {
            ch as usize
        } else {
            (ch as usize).min(h_us - y0)
        };
        let start = usize::try_from(off).map_err(|_| Problem::Truncated)?;
        let end = start
            .checked_add(usize::try_from(count).map_err(|_| Problem::Truncated)?)
            .ok_or(Problem::Truncated)?;
        let Some(raw) = bytes.get(start..end) else {
            return Err(Problem::Truncated);
        };
        let reversed;
        let raw = if fill_order == 2 {
            reversed = raw.iter().map(|b| b.reverse_bits()).collect::<Vec<u8>>();
            &reversed[..]
        } else {
            raw
        };
        let need = row_bytes * rows;
        let mut chunk = decompress(raw, coding, need, cw as usize, rows)?;
        if chunk.len() < need {
            return Err(if end >= bytes.len() {
                Problem::Truncated
            } else {
                Problem::Damaged("a strip holds fewer pixels than the page needs".into())
            });
        }
        if predictor == 2 {
            for row in chunk.chunks_exact_mut(row_bytes) {
                for x in 1..row.len() {
                    row[x] = row[x].wrapping_add(row[x - 1]);
                }
            }
        }
        put_rows(&mut out, &chunk, &form, x0, y0, rows);
    }
    Ok(if palette.is_some() {
        DynamicImage::ImageRgb8(RgbImage::from_raw(w, h, out).unwrap_or_default())
    } else {
        DynamicImage::ImageLuma8(GrayImage::from_raw(w, h, out).unwrap_or_default())
    })
}

/// A strip-read page's bits per sample and predictor, checked: one sample a pixel, of 1, 2, 4, 8
/// or 16 bits, grey or palette, horizontal prediction only on 8-bit samples.
fn strip_samples(dec: &mut Dec, photometric: u32) -> Result<(u8, u32), Problem> {
    let spp = tag_u32(dec, Tag::SamplesPerPixel)?.unwrap_or(1);
    if spp != 1 {
        return Err(Problem::Unsupported(format!(
            "it has {spp} samples per pixel with a palette, fax coding or reversed bit order"
        )));
    }
    let bits = dec
        .find_tag_unsigned_vec::<u8>(Tag::BitsPerSample)
        .map_err(problem)?
        .and_then(|v| v.first().copied())
        .unwrap_or(1);
    if !matches!(bits, 1 | 2 | 4 | 8 | 16) {
        return Err(Problem::Unsupported(format!("it has {bits}-bit samples")));
    }
    if !matches!(photometric, 0 | 1 | 3) {
        return Err(Problem::Unsupported(format!(
            "its photometric interpretation {photometric} with a reversed bit order"
        )));
    }
    let predictor = tag_u32(dec, Tag::Predictor)?.unwrap_or(1);
    if predictor == 3 || (predictor == 2 && bits != 8) {
        return Err(Problem::Unsupported(format!(
            "it uses prediction {predictor} on {bits}-bit samples"
        )));
    }
    Ok((bits, predictor))
}

/// The coding of a page's strips or tiles, from its `Compression` tag (and for Group 3 fax, its
/// `T4Options`).
fn strip_coding(dec: &mut Dec, compression: u32) -> Result<Coding, Problem> {
    Ok(match compression {
        1 => Coding::None,
        2 => Coding::Fax(ccitt::Coding::ModifiedHuffman),
        3 => {
            let t4 = tag_u32(dec, Tag::Unknown(292))?.unwrap_or(0);
            if t4 & 2 != 0 {
                return Err(Problem::Unsupported(
                    "it uses the uncompressed mode of Group 3 fax coding".into(),
                ));
            }
            Coding::Fax(ccitt::Coding::Group3 { two_d: t4 & 1 != 0 })
        }
        4 => Coding::Fax(ccitt::Coding::Group4),
        5 => Coding::Lzw,
        8 | 32946 => Coding::Deflate,
        32773 => Coding::PackBits,
        other => {
            return Err(Problem::Unsupported(format!(
                "it is compressed with {}",
                compression_name(other)
            )))
        }
    })
}

/// A palette page's colours (`ColorMap`, 16 bits a sample) as 8-bit RGB, one per sample value.
fn palette(dec: &mut Dec, bits: u8) -> Result<Vec<[u8; 3]>, Problem> {
    let map = dec
        .find_tag_unsigned_vec::<u16>(Tag::ColorMap)
        .map_err(problem)?
        .ok_or_else(|| Problem::Damaged("a palette page without its palette".into()))?;
    let entries = 1usize << bits;
    if map.len() < 3 * entries {
        return Err(Problem::Damaged("its palette is too short".into()));
    }
    Ok((0..entries)
        .map(|i| {
            [
                to_8bit(map[i]),
                to_8bit(map[entries + i]),
                to_8bit(map[2 * entries + i]),
            ]
        })
        .collect())
}

/// Where a page's strips or tiles are, for [`read_strips`].
struct Chunks {
    tiled: bool,
    /// A tile's width, or the page's for strips.
    width: u32,
    /// A tile's height, or the rows in a strip.
    height: u32,
    offsets: Vec<u64>,
    counts: Vec<u64>,
}

/// The page's tiles, or its strips (a single uncompressed strip without a byte count runs to
/// the end of the file).
fn chunks(dec: &mut Dec, bytes: &[u8], w: u32, h: u32, coding: Coding) -> Result<Chunks, Problem> {
    let tiled = tag_u32(dec, Tag::TileWidth)?.is_some();
    let (width, height, offsets, counts) = if tiled {
        let tw = tag_u32(dec, Tag::TileWidth)?.unwrap_or(0);
        let tl = tag_u32(dec, Tag::TileLength)?.unwrap_or(0);
        let offsets = dec
            .find_tag_unsigned_vec::<u64>(Tag::TileOffsets)
            .map_err(problem)?
            .unwrap_or_default();
        let counts = dec
            .find_tag_unsigned_vec::<u64>(Tag::TileByteCounts)
            .map_err(problem)?
            .unwrap_or_default();
        (tw, tl, offsets, counts)
    } else {
        let rows = tag_u32(dec, Tag::RowsPerStrip)?.unwrap_or(h).min(h);
        let offsets = dec
            .find_tag_unsigned_vec::<u64>(Tag::StripOffsets)
            .map_err(problem)?
            .unwrap_or_default();
        let counts = match dec
            .find_tag_unsigned_vec::<u64>(Tag::StripByteCounts)
            .map_err(problem)?
        {
            Some(c) => c,
            None if matches!(coding, Coding::None) && offsets.len() == 1 => {
                vec![(bytes.len() as u64).saturating_sub(offsets[0])]
            }
            None => return Err(Problem::Damaged("its strips have no byte counts".into())),
        };
        (w, rows, offsets, counts)
    };
    Ok(Chunks {
        tiled,
        width,
        height,
        offsets,
        counts,
    })
}

/// One strip or tile decompressed: up to `need` bytes (`rows` rows of `width` pixels for fax).
fn decompress(
    raw: &[u8],
    coding: Coding,
    need: usize,
    width: usize,
    rows: usize,
) -> Result<Vec<u8>, Problem> {
    Ok(match coding {
        Coding::None => raw[..raw.len().min(need)].to_vec(),
        Coding::PackBits => unpack_bits(raw, need),
        Coding::Deflate => {
            let mut v = Vec::with_capacity(need);
            flate2::read::ZlibDecoder::new(raw)
                .take(need as u64)
                .read_to_end(&mut v)
                .map_err(|e| Problem::Damaged(format!("its compressed data is damaged ({e})")))?;
            v
        }
        Coding::Lzw => {
            let mut v = vec![0u8; need];
            let mut lzw = weezl::decode::Decoder::with_tiff_size_switch(weezl::BitOrder::Msb, 8);
            let (mut read, mut written) = (0, 0);
            while written < need {
                let r = lzw.decode_bytes(&raw[read..], &mut v[written..]);
                read += r.consumed_in;
                written += r.consumed_out;
                match r.status {
                    Ok(weezl::LzwStatus::Ok) if r.consumed_in + r.consumed_out > 0 => {}
                    Ok(_) => break,
                    Err(e) if written < need => {
                        return Err(Problem::Damaged(format!(
                            "its compressed data is damaged ({e})"
                        )))
                    }
                    Err(_) => break,
                }
            }
            v.truncate(written);
            v
        }
        Coding::Fax(c) => ccitt::decode(raw, width, rows, c).map_err(|e| match e {
            ccitt::CcittError::Truncated => Problem::Truncated,
            ccitt::CcittError::Invalid(why) => {
                Problem::Damaged(format!("its fax coding is damaged ({why})"))
            }
        })?,
    })
}

/// How a single-sample page's rows become pixels, for [`put_rows`].
struct StripForm<'p> {
    /// The page's size in pixels.
    w: usize,
    h: usize,
    /// A strip's or tile's width in pixels, and the bytes of one of its rows.
    chunk_width: usize,
    row_bytes: usize,
    bits: u8,
    photometric: u32,
    /// 16-bit samples are in the file's byte order.
    little_endian: bool,
    /// A palette page's colours: the output is RGB rather than grey.
    palette: Option<&'p [[u8; 3]]>,
}

/// Puts `rows` decompressed rows of a strip or tile whose top left is (`x0`, `y0`) on the page
/// (`out`: grey, or RGB for a palette page), cutting what falls outside it.
fn put_rows(out: &mut [u8], chunk: &[u8], form: &StripForm, x0: usize, y0: usize, rows: usize) {
    let StripForm {
        w: w_us,
        h: h_us,
        chunk_width: cw,
        row_bytes,
        bits,
        photometric,
        little_endian,
        palette,
    } = *form;
    let max_value = ((1u32 << bits) - 1) as u16;
    for r in 0..rows {
        let y = y0 + r;
        if y >= h_us {
            break;
        }
        let row = &chunk[r * row_bytes..(r + 1) * row_bytes];
        let values: Vec<u16> = if bits == 16 {
            row.chunks_exact(2)
                .map(|b| {
                    if little_endian {
                        u16::from_le_bytes([b[0], b[1]])
                    } else {
                        u16::from_be_bytes([b[0], b[1]])
                    }
                })
                .collect()
        } else {
            unpack_row(row, bits, cw)
                .into_iter()
                .map(u16::from)
                .collect()
        };
        for (x, &v) in values.iter().enumerate().take(cw) {
            let px = x0 + x;
            if px >= w_us {
                break;
            }
            let at = y * w_us + px;
            match palette {
                Some(p) => {
                    let c = p.get(usize::from(v)).copied().unwrap_or([0, 0, 0]);
                    out[at * 3..at * 3 + 3].copy_from_slice(&c);
                }
                None => {
                    let v = v.min(max_value);
                    let grey = if bits == 16 {
                        to_8bit(v)
                    } else {
                        scale_sample(v as u8, bits)
                    };
                    out[at] = if photometric == 0 { 255 - grey } else { grey };
                }
            }
        }
    }
}

/// PackBits (Apple's run-length coding), stopping at `limit` bytes of output.
fn unpack_bits(data: &[u8], limit: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(limit);
    let mut i = 0;
    while i < data.len() && out.len() < limit {
        let n = data[i] as i8;
        i += 1;
        if n >= 0 {
            let len = n as usize + 1;
            let end = (i + len).min(data.len());
            out.extend_from_slice(&data[i..end]);
            i = end;
        } else if n != -128 {
            let Some(&b) = data.get(i) else { break };
            i += 1;
            out.extend(std::iter::repeat_n(b, (1 - n as isize) as usize));
        }
    }
    out.truncate(limit);
    out
}

/// The resolution a TIFF page states, if any and believable.
fn tiff_dpi(dec: &mut Dec) -> Option<u32> {
    let x = dec.get_tag(Tag::XResolution).ok()?;
    let unit = dec.get_tag_u32(Tag::ResolutionUnit).ok().unwrap_or(2);
    let v = match x {
        tiff::decoder::ifd::Value::Rational(n, d) if d > 0 => f64::from(n) / f64::from(d),
        other => other.into_f64().ok()?,
    };
    let dpi = if unit == 3 { v * 2.54 } else { v };
    super::sane_dpi(dpi)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A one-strip, uncompressed, single-sample TIFF (little-endian), with the given tags.
    pub(crate) fn tiny_tiff(
        w: u32,
        h: u32,
        bits: u16,
        photometric: u16,
        extra: &[(u16, u16, Vec<u32>)],
        data: &[u8],
    ) -> Vec<u8> {
        // Layout: header (8) | data | IFD.
        let mut b = Vec::new();
        b.extend_from_slice(b"II*\0");
        let ifd_at = 8 + data.len() as u32 + (data.len() as u32 & 1);
        b.extend_from_slice(&ifd_at.to_le_bytes());
        b.extend_from_slice(data);
        if data.len() % 2 == 1 {
            b.push(0);
        }
        // (tag, type, values); type 3 = SHORT, 4 = LONG.
        let mut tags: Vec<(u16, u16, Vec<u32>)> = vec![
            (256, 4, vec![w]),
            (257, 4, vec![h]),
            (258, 3, vec![u32::from(bits)]),
            (259, 3, vec![1]),
            (262, 3, vec![u32::from(photometric)]),
            (273, 4, vec![8]),
            (277, 3, vec![1]),
            (278, 4, vec![h]),
            (279, 4, vec![data.len() as u32]),
        ];
        tags.extend(extra.iter().cloned());
        tags.sort_by_key(|t| t.0);
        // Values that do not fit in 4 bytes go after the IFD.
        let ifd_len = 2 + 12 * tags.len() + 4;
        let mut overflow: Vec<u8> = Vec::new();
        let mut entries = Vec::new();
        for (tag, ty, vals) in &tags {
            let size = if *ty == 3 { 2 } else { 4 };
            let mut raw = Vec::new();
            for v in vals {
                if *ty == 3 {
                    raw.extend_from_slice(&(*v as u16).to_le_bytes());
                } else {
                    raw.extend_from_slice(&v.to_le_bytes());
                }
            }
            let mut e = Vec::new();
            e.extend_from_slice(&tag.to_le_bytes());
            e.extend_from_slice(&ty.to_le_bytes());
            e.extend_from_slice(&(vals.len() as u32).to_le_bytes());
            if vals.len() * size <= 4 {
                raw.resize(4, 0);
                e.extend_from_slice(&raw);
            } else {
                let at = ifd_at + ifd_len as u32 + overflow.len() as u32;
                e.extend_from_slice(&at.to_le_bytes());
                overflow.extend_from_slice(&raw);
            }
            entries.push(e);
        }
        b.extend_from_slice(&(tags.len() as u16).to_le_bytes());
        for e in entries {
            b.extend_from_slice(&e);
        }
        b.extend_from_slice(&0u32.to_le_bytes());
        b.extend_from_slice(&overflow);
        b
    }

    fn grey_pixels(bytes: &[u8]) -> Vec<u8> {
        let pages = pages(bytes, &DecodeLimits::default()).unwrap();
        assert_eq!(pages.len(), 1);
        pages[0].gray.as_raw().clone()
    }

    #[test]
    fn one_bit_pages_read_right_in_both_photometric_interpretations() {
        // 8 x 1: bits 1100 0000.
        let data = [0b1100_0000u8];
        // BlackIsZero (1): a 1 bit is white.
        let px = grey_pixels(&tiny_tiff(8, 1, 1, 1, &[], &data));
        assert_eq!(px, vec![255, 255, 0, 0, 0, 0, 0, 0]);
        // WhiteIsZero (0), the fax convention: a 1 bit is black ink.
        let px = grey_pixels(&tiny_tiff(8, 1, 1, 0, &[], &data));
        assert_eq!(px, vec![0, 0, 255, 255, 255, 255, 255, 255]);
        // 11 x 2: each row padded to whole bytes; the padding is not a pixel.
        let rows = [0b1010_0000u8, 0b0110_0000, 0b0000_0001, 0b1110_0000];
        let px = grey_pixels(&tiny_tiff(11, 2, 1, 1, &[], &rows));
        let row = |bits: &str| -> Vec<u8> {
            bits.chars()
                .map(|c| if c == '1' { 255 } else { 0 })
                .collect()
        };
        assert_eq!(px, [row("10100000011"), row("00000001111")].concat());
        // The same with the bits stored least significant first (FillOrder 2).
        let reversed = [0b0000_0011u8];
        let px = grey_pixels(&tiny_tiff(8, 1, 1, 0, &[(266, 3, vec![2])], &reversed));
        assert_eq!(px, vec![0, 0, 255, 255, 255, 255, 255, 255]);
        // And the page goes to the engine as black-and-white pixels (stored as CCITT G4).
        let pages = pages(&tiny_tiff(8, 1, 1, 0, &[], &data), &DecodeLimits::default()).unwrap();
        assert!(matches!(pages[0].embed, super::super::Embed::Bilevel));
        assert_eq!(
            pages[0].gray.as_raw(),
            &[0, 0, 255, 255, 255, 255, 255, 255]
        );
    }

    #[test]
    fn palette_pages_are_expanded() {
        // 2-bit palette, 4 pixels: indices 0 1 2 3 = 0b00_01_10_11.
        let entries = 4;
        let mut map = vec![0u32; 3 * entries];
        // Entry 0 white, 1 black, 2 red, 3 a mid grey (16-bit values).
        for (i, rgb) in [
            [65535, 65535, 65535],
            [0, 0, 0],
            [65535, 0, 0],
            [32896, 32896, 32896],
        ]
        .iter()
        .enumerate()
        {
            for c in 0..3 {
                map[c * entries + i] = rgb[c];
            }
        }
        let bytes = tiny_tiff(4, 1, 2, 3, &[(320, 3, map)], &[0b0001_1011]);
        let pages = pages(&bytes, &DecodeLimits::default()).unwrap();
        let img = image::load_from_memory(&pages[0].file_bytes().unwrap().1)
            .unwrap()
            .into_rgb8();
        assert_eq!(
            img.as_raw(),
            &vec![255, 255, 255, 0, 0, 0, 255, 0, 0, 128, 128, 128]
        );
    }

    #[test]
    fn truncated_and_damaged_tiffs_say_so() {
        let full = tiny_tiff(64, 64, 8, 1, &[], &[200u8; 64 * 64]);
        // Cut inside the pixel data: the strip runs past the end.
        let mut cut = full.clone();
        // Point the IFD at its place but drop the data: keep header + IFD by moving data away.
        cut.truncate(8 + 100);
        let q = pages(&cut, &DecodeLimits::default()).unwrap_err();
        assert_eq!(q.reason, QuarantineReason::Corrupt);
        assert!(
            q.detail.contains("truncated") || q.detail.contains("damaged"),
            "{}",
            q.detail
        );
        let q = pages(b"II*\0\x08\0\0\0\x01\0", &DecodeLimits::default()).unwrap_err();
        assert_eq!(q.reason, QuarantineReason::Corrupt);
    }

    #[test]
    fn packbits_unpacks() {
        // Apple's example.
        let packed = [
            0xFE, 0xAA, 0x02, 0x80, 0x00, 0x2A, 0xFD, 0xAA, 0x03, 0x80, 0x00, 0x2A, 0x22, 0xF7,
            0xAA,
        ];
        let out = unpack_bits(&packed, 100);
        assert_eq!(
            out,
            vec![
                0xAA, 0xAA, 0xAA, 0x80, 0x00, 0x2A, 0xAA, 0xAA, 0xAA, 0xAA, 0x80, 0x00, 0x2A, 0x22,
                0xAA, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA
            ]
        );
        assert_eq!(unpack_bits(&packed, 5).len(), 5);
    }
}
