//! Turning an arrived file into page images, trusting its bytes and not its name.
//!
//! Scanning stations send PNG, JPEG, multi-page TIFF and image-only PDF. The format is sniffed from
//! the first bytes, so a file whose extension lies is caught (`random.pdf` is not a PDF). Each page
//! keeps what is needed to embed it faithfully in the stored PDF: a JPEG's own bytes (embedded as
//! they are, never re-encoded) or a lossless PNG of the page, plus a grey image for OCR and the
//! page's resolution. Every failure is a quarantine reason in plain words, never a panic: the
//! decoders run on hostile input, so they also run behind `catch_unwind` and a pixel budget.

use std::io::Cursor;

use image::{DynamicImage, GrayImage, ImageDecoder, ImageFormat};

use crate::document::{QuarantineReason, Quarantined};

/// The most pixels one page may have (A0 at 300 dpi is about 140 million).
pub const MAX_PAGE_PIXELS: u64 = 150_000_000;
/// The most pages one document may have.
pub const MAX_PAGES: usize = 500;

/// How a page is embedded in the stored PDF.
#[derive(Debug, Clone)]
pub enum Embed {
    /// The original JPEG bytes.
    Jpeg(Vec<u8>),
    /// A lossless PNG of the page.
    Png(Vec<u8>),
}

/// One decoded page.
#[derive(Debug, Clone)]
pub struct Page {
    pub gray: GrayImage,
    pub embed: Embed,
    /// Dots per inch: from the file if it says, else guessed from an A4 width.
    pub dpi: u32,
}

/// The sniffed kind of an input file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Png,
    Jpeg,
    Tiff,
    Pdf,
}

/// Sniffs the format from the first bytes.
pub fn sniff(bytes: &[u8]) -> Option<Kind> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some(Kind::Png)
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some(Kind::Jpeg)
    } else if bytes.starts_with(b"II*\0") || bytes.starts_with(b"MM\0*") {
        Some(Kind::Tiff)
    } else if bytes.len() >= 5
        && bytes[..bytes.len().min(1024)]
            .windows(5)
            .any(|w| w == b"%PDF-")
    {
        Some(Kind::Pdf)
    } else {
        None
    }
}

/// Decodes a file into pages, or says why it cannot be.
pub fn decode(file_name: &str, bytes: &[u8]) -> Result<Vec<Page>, Quarantined> {
    if bytes.is_empty() {
        return Err(Quarantined::new(
            QuarantineReason::Empty,
            "the file has no bytes",
        ));
    }
    let ext = file_name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    let Some(kind) = sniff(bytes) else {
        let known_ext = matches!(
            ext.as_str(),
            "png" | "jpg" | "jpeg" | "tif" | "tiff" | "pdf"
        );
        return Err(if known_ext {
            Quarantined::new(
                QuarantineReason::Corrupt,
                format!("the file is named .{ext} but its contents are not a {ext} file"),
            )
        } else {
            Quarantined::new(
                QuarantineReason::Unsupported,
                format!("files of type .{ext} are not scans casevault can read"),
            )
        });
    };
    let owned = bytes.to_vec();
    let result = std::panic::catch_unwind(move || match kind {
        Kind::Png => decode_single(&owned, ImageFormat::Png, false),
        Kind::Jpeg => decode_single(&owned, ImageFormat::Jpeg, true),
        Kind::Tiff => decode_tiff(&owned),
        Kind::Pdf => decode_pdf(&owned),
    });
    match result {
        Ok(r) => r,
        Err(_) => Err(Quarantined::new(
            QuarantineReason::Corrupt,
            "the file is damaged (the decoder could not read it)",
        )),
    }
}

fn corrupt(what: &str, e: impl std::fmt::Display) -> Quarantined {
    Quarantined::new(
        QuarantineReason::Corrupt,
        format!("the {what} is damaged or incomplete: {e}"),
    )
}

fn check_pixels(w: u32, h: u32) -> Result<(), Quarantined> {
    if w == 0 || h == 0 {
        return Err(corrupt("image", "it has no pixels"));
    }
    if u64::from(w) * u64::from(h) > MAX_PAGE_PIXELS {
        return Err(Quarantined::new(
            QuarantineReason::TooLarge,
            format!("a page of {w} x {h} pixels is larger than casevault accepts"),
        ));
    }
    Ok(())
}

fn decode_single(
    bytes: &[u8],
    format: ImageFormat,
    is_jpeg: bool,
) -> Result<Vec<Page>, Quarantined> {
    let what = if is_jpeg { "JPEG" } else { "PNG" };
    let mut reader = image::ImageReader::with_format(Cursor::new(bytes), format);
    reader.limits(limits());
    let img = reader.decode().map_err(|e| corrupt(what, e))?;
    check_pixels(img.width(), img.height())?;
    let dpi = if is_jpeg {
        jfif_dpi(bytes)
    } else {
        png_dpi(bytes)
    }
    .unwrap_or_else(|| guess_dpi(img.width(), img.height()));
    let embed = if is_jpeg {
        Embed::Jpeg(bytes.to_vec())
    } else {
        Embed::Png(bytes.to_vec())
    };
    Ok(vec![Page {
        gray: img.to_luma8(),
        embed,
        dpi,
    }])
}

fn limits() -> image::Limits {
    let mut l = image::Limits::default();
    l.max_image_width = Some(40_000);
    l.max_image_height = Some(40_000);
    l.max_alloc = Some(MAX_PAGE_PIXELS * 4);
    l
}

fn png_of(img: &DynamicImage) -> Result<Vec<u8>, Quarantined> {
    let mut out = Vec::new();
    img.write_to(&mut Cursor::new(&mut out), ImageFormat::Png)
        .map_err(|e| corrupt("page", e))?;
    Ok(out)
}

/// Every page of a (multi-page) TIFF.
fn decode_tiff(bytes: &[u8]) -> Result<Vec<Page>, Quarantined> {
    use tiff::decoder::{Decoder, DecodingResult, Limits};
    let mut limits = Limits::default();
    limits.decoding_buffer_size = (MAX_PAGE_PIXELS * 4) as usize;
    let mut dec = Decoder::new(Cursor::new(bytes))
        .map_err(|e| corrupt("TIFF", e))?
        .with_limits(limits);
    let mut pages = Vec::new();
    loop {
        let (w, h) = dec.dimensions().map_err(|e| corrupt("TIFF", e))?;
        check_pixels(w, h)?;
        let color = dec.colortype().map_err(|e| corrupt("TIFF", e))?;
        let dpi = tiff_dpi(&mut dec).unwrap_or_else(|| guess_dpi(w, h));
        let data = dec.read_image().map_err(|e| corrupt("TIFF", e))?;
        let img = tiff_to_image(w, h, color, data).ok_or_else(|| {
            Quarantined::new(
                QuarantineReason::Unsupported,
                format!(
                    "TIFF page {} uses a colour format casevault cannot read ({color:?})",
                    pages.len() + 1
                ),
            )
        })?;
        let embed = Embed::Png(png_of(&img)?);
        pages.push(Page {
            gray: img.to_luma8(),
            embed,
            dpi,
        });
        if pages.len() > MAX_PAGES {
            return Err(Quarantined::new(
                QuarantineReason::TooLarge,
                format!("more than {MAX_PAGES} pages"),
            ));
        }
        if !dec.more_images() {
            break;
        }
        dec.next_image().map_err(|e| corrupt("TIFF", e))?;
    }
    return Ok(pages);

    fn tiff_to_image(
        w: u32,
        h: u32,
        color: tiff::ColorType,
        data: DecodingResult,
    ) -> Option<DynamicImage> {
        use tiff::ColorType as C;
        match (color, data) {
            (C::Gray(8), DecodingResult::U8(v)) => {
                image::GrayImage::from_raw(w, h, v).map(DynamicImage::ImageLuma8)
            }
            (C::Gray(1), DecodingResult::U8(v)) => {
                // Packed bits, rows padded to whole bytes; 1 = white unless the photometric
                // interpretation says otherwise (the tiff crate hands us WhiteIsZero already
                // inverted for 8-bit, but 1-bit data is raw): BlackIsZero is the common scanner
                // output, so 1 is white.
                let row_bytes = w.div_ceil(8) as usize;
                let mut g = image::GrayImage::new(w, h);
                for y in 0..h as usize {
                    for x in 0..w as usize {
                        let byte = *v.get(y * row_bytes + x / 8)?;
                        let bit = (byte >> (7 - (x % 8))) & 1;
                        g.put_pixel(
                            x as u32,
                            y as u32,
                            image::Luma([if bit == 1 { 255 } else { 0 }]),
                        );
                    }
                }
                Some(DynamicImage::ImageLuma8(g))
            }
            (C::RGB(8), DecodingResult::U8(v)) => {
                image::RgbImage::from_raw(w, h, v).map(DynamicImage::ImageRgb8)
            }
            (C::RGBA(8), DecodingResult::U8(v)) => {
                image::RgbaImage::from_raw(w, h, v).map(DynamicImage::ImageRgba8)
            }
            (C::Gray(16), DecodingResult::U16(v)) => {
                let v8: Vec<u8> = v.into_iter().map(|x| (x >> 8) as u8).collect();
                image::GrayImage::from_raw(w, h, v8).map(DynamicImage::ImageLuma8)
            }
            _ => None,
        }
    }
}

fn tiff_dpi<R: std::io::Read + std::io::Seek>(dec: &mut tiff::decoder::Decoder<R>) -> Option<u32> {
    use tiff::tags::Tag;
    let x = dec.get_tag(Tag::XResolution).ok()?;
    let unit = dec.get_tag_u32(Tag::ResolutionUnit).ok().unwrap_or(2);
    let v = match x {
        tiff::decoder::ifd::Value::Rational(n, d) if d > 0 => n as f64 / d as f64,
        other => other.into_f64().ok()?,
    };
    let dpi = if unit == 3 { v * 2.54 } else { v };
    sane_dpi(dpi)
}

fn sane_dpi(dpi: f64) -> Option<u32> {
    (50.0..=1200.0).contains(&dpi).then_some(dpi.round() as u32)
}

/// The resolution a JPEG's JFIF header states, if any.
fn jfif_dpi(b: &[u8]) -> Option<u32> {
    // APP0 "JFIF\0": version(2) units(1) xdensity(2) ydensity(2)
    let i = b.windows(5).take(64).position(|w| w == b"JFIF\0")?;
    let units = *b.get(i + 7)?;
    let x = u16::from_be_bytes([*b.get(i + 8)?, *b.get(i + 9)?]) as f64;
    match units {
        1 => sane_dpi(x),
        2 => sane_dpi(x * 2.54),
        _ => None,
    }
}

/// The resolution a PNG's pHYs chunk states, if any.
fn png_dpi(b: &[u8]) -> Option<u32> {
    let i = b.windows(4).take(4096).position(|w| w == b"pHYs")?;
    let ppm = u32::from_be_bytes(b.get(i + 4..i + 8)?.try_into().ok()?) as f64;
    let unit = *b.get(i + 12)?;
    (unit == 1).then(|| sane_dpi(ppm * 0.0254)).flatten()
}

/// Without a stated resolution, assume the page is A4 (the common case at a scanning station).
pub fn guess_dpi(w: u32, h: u32) -> u32 {
    let short = w.min(h) as f64;
    sane_dpi(short / 8.27).unwrap_or(300)
}

/// The page images of an image-only PDF: one image per page, JPEG kept as it is.
fn decode_pdf(bytes: &[u8]) -> Result<Vec<Page>, Quarantined> {
    let doc = lopdf::Document::load_mem(bytes).map_err(|e| corrupt("PDF", e))?;
    if doc.is_encrypted() {
        return Err(Quarantined::new(
            QuarantineReason::Unsupported,
            "the PDF is password-protected: ask the sender for an unprotected copy",
        ));
    }
    let pages = doc.get_pages();
    if pages.is_empty() {
        return Err(corrupt("PDF", "it has no pages"));
    }
    if pages.len() > MAX_PAGES {
        return Err(Quarantined::new(
            QuarantineReason::TooLarge,
            format!("more than {MAX_PAGES} pages"),
        ));
    }
    let mut out = Vec::new();
    for (n, page_id) in pages.values().enumerate() {
        let page_no = n + 1;
        let images = doc
            .get_page_images(*page_id)
            .map_err(|e| corrupt("PDF", e))?;
        let [img] = images.as_slice() else {
            return Err(Quarantined::new(
                QuarantineReason::Unsupported,
                format!(
                    "PDF page {page_no} is not a single scanned image ({} images): born-digital PDFs are not a scanning station's input",
                    images.len()
                ),
            ));
        };
        let (w, h) = (img.width as u32, img.height as u32);
        check_pixels(w, h)?;
        let media_w_pt = page_width_points(&doc, *page_id).unwrap_or(595.0);
        let dpi = sane_dpi(w.min(h) as f64 / (media_w_pt.min(842.0) as f64 / 72.0))
            .unwrap_or_else(|| guess_dpi(w, h));
        let filters = img.filters.clone().unwrap_or_default();
        let page = if filters.iter().any(|f| f == "DCTDecode") && filters.len() == 1 {
            let decoded = image::load_from_memory_with_format(img.content, ImageFormat::Jpeg)
                .map_err(|e| corrupt("PDF page image", e))?;
            Page {
                gray: decoded.to_luma8(),
                embed: Embed::Jpeg(img.content.to_vec()),
                dpi,
            }
        } else if filters.is_empty() || (filters.len() == 1 && filters[0] == "FlateDecode") {
            let raw = if filters.is_empty() {
                img.content.to_vec()
            } else {
                decompress(img.content).map_err(|e| corrupt("PDF page image", e))?
            };
            let bpc = img.bits_per_component.unwrap_or(8);
            let cs = img.color_space.clone().unwrap_or_default();
            let dynimg = match (cs.as_str(), bpc) {
                ("DeviceGray", 8) => image::GrayImage::from_raw(w, h, raw).map(DynamicImage::ImageLuma8),
                ("DeviceRGB", 8) => image::RgbImage::from_raw(w, h, raw).map(DynamicImage::ImageRgb8),
                _ => None,
            }
            .ok_or_else(|| {
                Quarantined::new(
                    QuarantineReason::Unsupported,
                    format!("PDF page {page_no} image is {cs} at {bpc} bits, which casevault cannot read yet"),
                )
            })?;
            Page {
                gray: dynimg.to_luma8(),
                embed: Embed::Png(png_of(&dynimg)?),
                dpi,
            }
        } else {
            return Err(Quarantined::new(
                QuarantineReason::Unsupported,
                format!(
                    "PDF page {page_no} image is compressed with {} which casevault cannot read yet",
                    filters.join("+")
                ),
            ));
        };
        out.push(page);
    }
    Ok(out)
}

fn page_width_points(doc: &lopdf::Document, page: lopdf::ObjectId) -> Option<f32> {
    let dict = doc.get_dictionary(page).ok()?;
    let mb = dict.get(b"MediaBox").ok()?.as_array().ok()?;
    let num = |o: &lopdf::Object| {
        o.as_float()
            .ok()
            .or_else(|| o.as_i64().ok().map(|i| i as f32))
    };
    let w = num(mb.get(2)?)? - num(mb.first()?)?;
    let h = num(mb.get(3)?)? - num(mb.get(1)?)?;
    Some(w.abs().min(h.abs()))
}

fn decompress(data: &[u8]) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut out = Vec::new();
    flate2::read::ZlibDecoder::new(data)
        .take(MAX_PAGE_PIXELS * 3)
        .read_to_end(&mut out)?;
    Ok(out)
}

/// Image dimensions without decoding, for cheap checks.
pub fn dimensions(bytes: &[u8]) -> Option<(u32, u32)> {
    let reader = image::ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .ok()?;
    reader.into_decoder().ok().map(|d| d.dimensions())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page_png(w: u32, h: u32) -> Vec<u8> {
        let img = DynamicImage::ImageLuma8(image::GrayImage::from_pixel(w, h, image::Luma([255])));
        png_of(&img).unwrap()
    }

    #[test]
    fn empty_truncated_and_lying_files_get_reasons() {
        assert_eq!(
            decode("a.png", b"").unwrap_err().reason,
            QuarantineReason::Empty
        );
        let png = page_png(300, 400);
        let cut = &png[..png.len() / 2];
        assert_eq!(
            decode("a.png", cut).unwrap_err().reason,
            QuarantineReason::Corrupt
        );
        let q = decode("random.pdf", &[7u8; 4096]).unwrap_err();
        assert_eq!(q.reason, QuarantineReason::Corrupt);
        assert!(q.detail.contains(".pdf"), "{}", q.detail);
        assert_eq!(
            decode("notes.docx", &[7u8; 100]).unwrap_err().reason,
            QuarantineReason::Unsupported
        );
        let q = decode("x.pdf", b"%PDF-1.4\n garbage").unwrap_err();
        assert_eq!(q.reason, QuarantineReason::Corrupt);
    }

    #[test]
    fn png_decodes_with_a_guessed_a4_dpi() {
        let pages = decode("scan.png", &page_png(1240, 1754)).unwrap();
        assert_eq!(pages.len(), 1);
        assert_eq!(pages[0].dpi, 150);
        assert!(matches!(pages[0].embed, Embed::Png(_)));
    }

    #[test]
    fn mislabelled_but_valid_files_are_read_by_content() {
        // A PNG named .jpg is still a PNG.
        let pages = decode("scan.jpg", &page_png(100, 100)).unwrap();
        assert!(matches!(pages[0].embed, Embed::Png(_)));
    }
}
