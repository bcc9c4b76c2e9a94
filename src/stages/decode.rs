//! Turning an arrived file into page images, trusting its bytes and not its name.
//!
//! Scanning stations, phones and old drives send PDF, PNG, JPEG, TIFF (multi-page, fax-coded,
//! palette, CMYK, 16-bit...), GIF, BMP, WebP and HEIC/HEIF (and AVIF) photos. The format is
//! sniffed from the first bytes, so a file whose extension lies is caught (`random.png` is not a
//! PNG) and one whose extension is merely wrong is read (a PNG named `.jpg` is a PNG). Formats
//! that are recognised but not read (JPEG XL, JPEG 2000, Photoshop, icons, PostScript...) are
//! refused as unsupported with their name.
//!
//! Each page keeps what is needed to embed it faithfully in the stored PDF: the original JPEG
//! bytes or PNG file where the PDF renderer can embed them as they are, else a page written by
//! `raster` (8-bit grey or RGB PNG, a JPEG for a page decoded from a lossy photograph), plus a
//! grey image for OCR and the page's resolution. A black-and-white page is its grey image
//! alone ([`Embed::Bilevel`]): the OCR engine stores it as CCITT G4 from those pixels.
//! Transparency is flattened onto white paper; a photo's EXIF orientation is applied (phones
//! store pictures sideways with a tag that says so). A GIF is read as its first frame (an
//! animated GIF is not a document); a HEIF as its primary image.
//!
//! Every failure is a quarantine reason in plain words ("the TIFF is truncated after page 2"),
//! never a panic: the decoders run on hostile input. A page's size is checked from its header
//! against [`DecodeLimits`] before any pixel is allocated, so a few kilobytes that claim
//! gigapixels (a decompression bomb) are refused cheaply. The decoders also run behind
//! `catch_unwind`, as a last line of defence only: a caught panic is still a bug, and the fuzz
//! targets in `tests/fuzz_images.rs` count it as one.
//!
//! Pages are handed on one at a time ([`decode_each`]): a multi-page TIFF's page N is recognised
//! and let go before page N+1 is decoded, so a document holds at most one decoded page
//! ([`DecodeLimits::max_pixels`]) however many it has. A few megabytes of Deflate TIFF can hold
//! tens of gigabytes of pixels; decoded all at once they would not fit in memory (issue 12).

mod ccitt;
mod heif;
mod raster;
mod tiff_pages;

use std::io::Cursor;

use image::metadata::Orientation;
use image::{DynamicImage, GrayImage, ImageDecoder, ImageFormat};

use crate::document::{QuarantineReason, Quarantined};

/// The most pixels one page may have (A0 at 300 dpi is about 140 million).
pub const MAX_PAGE_PIXELS: u64 = 150_000_000;
/// The most pages one document may have.
pub const MAX_PAGES: usize = 500;
/// The most pixels of all pages of one document together: [`MAX_PAGES`] A4 pages at 300 dpi
/// (4.35 billion) and a little more. Pages are decoded one at a time, so this bounds the work a
/// document may cause, not the memory it needs (that is one page's, [`MAX_PAGE_PIXELS`]).
pub const MAX_DOCUMENT_PIXELS: u64 = 5_000_000_000;

/// How large a file's pages may be. The defaults are the production limits; the fuzz targets
/// use smaller ones so that each damaged input decodes in milliseconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DecodeLimits {
    /// Most pixels of one page.
    pub max_pixels: u64,
    /// Most pages of one document.
    pub max_pages: usize,
    /// Most pixels of all pages together (a bound on work: pages are held one at a time).
    pub max_document_pixels: u64,
}

impl Default for DecodeLimits {
    fn default() -> Self {
        DecodeLimits {
            max_pixels: MAX_PAGE_PIXELS,
            max_pages: MAX_PAGES,
            max_document_pixels: MAX_DOCUMENT_PIXELS,
        }
    }
}

/// How a page is embedded in the stored PDF.
#[derive(Debug, Clone)]
pub enum Embed {
    /// JPEG bytes: the original's, or a page decoded from a lossy photograph.
    Jpeg(Vec<u8>),
    /// A lossless PNG of the page, or the original PNG.
    Png(Vec<u8>),
    /// A black-and-white page: its pixels are the page's `gray` (0 and 255 only), which the
    /// OCR engine stores as CCITT G4 itself ([`crate::ocr::PageInput::one_bit`]). No file is
    /// written for it: a PNG made here would only be decompressed again.
    Bilevel,
}

/// One decoded page.
#[derive(Debug, Clone)]
pub struct Page {
    pub gray: GrayImage,
    pub embed: Embed,
    /// Dots per inch: from the file if it says (and is believable), else guessed from an A4 width.
    pub dpi: u32,
    /// A photograph of a page rather than a scan: a HEIC, or a JPEG or WebP that states no
    /// believable resolution (phones write 72 dpi whatever the picture shows). Perspective,
    /// curl and uneven light make a photo's letters harder to read at reduced resolution, so
    /// it is recognised at its own.
    pub photo: bool,
}

impl Page {
    /// The page as a file another program can read, with its extension: the JPEG or PNG
    /// itself, or for a black-and-white page a 1-bit PNG of its pixels.
    pub fn file_bytes(&self) -> Result<(&'static str, std::borrow::Cow<'_, [u8]>), String> {
        Ok(match &self.embed {
            Embed::Jpeg(b) => ("jpg", b.as_slice().into()),
            Embed::Png(b) => ("png", b.as_slice().into()),
            Embed::Bilevel => (
                "png",
                raster::png(&raster::Content::Bilevel(self.gray.clone()), self.dpi)?.into(),
            ),
        })
    }
}

/// The sniffed kind of an input file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Png,
    Jpeg,
    Tiff,
    Gif,
    Bmp,
    WebP,
    /// HEIC, HEIF or AVIF (ISO base media files holding still images), read through libheif.
    Heif,
    Pdf,
}

impl Kind {
    /// The format's name, for reasons.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Png => "PNG",
            Kind::Jpeg => "JPEG",
            Kind::Tiff => "TIFF",
            Kind::Gif => "GIF",
            Kind::Bmp => "BMP",
            Kind::WebP => "WebP",
            Kind::Heif => "HEIF",
            Kind::Pdf => "PDF",
        }
    }
}

/// Sniffs the format from the first bytes.
pub fn sniff(bytes: &[u8]) -> Option<Kind> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some(Kind::Png)
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some(Kind::Jpeg)
    } else if bytes.starts_with(b"II*\0")
        || bytes.starts_with(b"MM\0*")
        || bytes.starts_with(b"II+\0")
        || bytes.starts_with(b"MM\0+")
    {
        Some(Kind::Tiff)
    } else if bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a") {
        Some(Kind::Gif)
    } else if is_bmp(bytes) {
        Some(Kind::Bmp)
    } else if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        Some(Kind::WebP)
    } else if heif_brand(bytes).is_some() {
        Some(Kind::Heif)
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

/// "BM", then a header whose DIB header size is one that exists.
fn is_bmp(b: &[u8]) -> bool {
    b.len() >= 18
        && b.starts_with(b"BM")
        && matches!(
            u32::from_le_bytes([b[14], b[15], b[16], b[17]]),
            12 | 16 | 40 | 52 | 56 | 64 | 108 | 124
        )
}

/// The brands of an ISO base media file (`ftyp` box): major brand, then compatible ones.
fn ftyp_brands(b: &[u8]) -> Option<Vec<&[u8]>> {
    if b.len() < 16 || &b[4..8] != b"ftyp" {
        return None;
    }
    let size = (u32::from_be_bytes([b[0], b[1], b[2], b[3]]) as usize).clamp(16, b.len().min(256));
    let mut brands = vec![&b[8..12]];
    brands.extend(b[16..size].chunks_exact(4));
    Some(brands)
}

/// For a HEIF still image: "HEIC", "AVIF" or "HEIF".
fn heif_brand(b: &[u8]) -> Option<&'static str> {
    let brands = ftyp_brands(b)?;
    let has = |names: &[&[u8]]| brands.iter().any(|x| names.contains(x));
    if has(&[
        b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"hevm", b"hevs",
    ]) {
        Some("HEIC")
    } else if has(&[b"avif", b"avis"]) {
        Some("AVIF")
    } else if has(&[b"mif1", b"msf1", b"mif2"]) {
        Some("HEIF")
    } else {
        None
    }
}

/// Formats recognised by their first bytes that casevault does not read, by name.
fn unsupported_format(b: &[u8]) -> Option<&'static str> {
    let starts = |m: &[u8]| b.starts_with(m);
    let head = String::from_utf8_lossy(&b[..b.len().min(1024)]).to_ascii_lowercase();
    if starts(&[0xFF, 0x0A]) || starts(b"\0\0\0\x0CJXL \r\n\x87\n") {
        Some("JPEG XL image")
    } else if starts(b"\0\0\0\x0CjP  \r\n\x87\n") || starts(&[0xFF, 0x4F, 0xFF, 0x51]) {
        Some("JPEG 2000 image")
    } else if starts(b"8BPS") {
        Some("Photoshop (PSD) image")
    } else if b.len() >= 6 && (starts(&[0, 0, 1, 0]) || starts(&[0, 0, 2, 0])) && b[4] > 0 {
        Some("Windows icon (ICO)")
    } else if starts(b"%!PS") || starts(&[0xC5, 0xD0, 0xD3, 0xC6]) {
        Some("PostScript (PS/EPS) file")
    } else if starts(b"AT&TFORM") {
        Some("DjVu document")
    } else if starts(b"gimp xcf") {
        Some("GIMP (XCF) image")
    } else if starts(&[0x97, b'J', b'B', b'2', 0x0D, 0x0A, 0x1A, 0x0A]) {
        Some("JBIG2 image")
    } else if starts(&[0x8A, b'M', b'N', b'G']) || starts(&[0x8B, b'J', b'N', b'G']) {
        Some("MNG animation")
    } else if starts(&[0x76, 0x2F, 0x31, 0x01]) {
        Some("OpenEXR image")
    } else if b.len() >= 132 && &b[128..132] == b"DICM" {
        Some("DICOM medical image")
    } else if starts(&[0xD7, 0xCD, 0xC6, 0x9A]) || (b.len() >= 44 && &b[40..44] == b" EMF") {
        Some("Windows metafile (WMF/EMF)")
    } else if head.trim_start().starts_with("<svg")
        || (head.trim_start().starts_with("<?xml") && head.contains("<svg"))
    {
        Some("SVG drawing")
    } else if b.len() >= 3
        && b[0] == b'P'
        && (b'1'..=b'7').contains(&b[1])
        && b[2].is_ascii_whitespace()
    {
        Some("Netpbm (PBM/PGM/PPM) image")
    } else if b.len() >= 12 && starts(b"RIFF") && &b[8..12] == b"AVI " {
        Some("video (AVI)")
    } else if let Some(brands) = ftyp_brands(b) {
        Some(match brands[0] {
            b"crx " => "Canon raw photo (CR3)",
            b"jp2 " | b"jpx " => "JPEG 2000 image",
            _ => "video or audio file (MP4/QuickTime)",
        })
    } else if starts(b"PK\x03\x04") {
        Some("ZIP archive")
    } else if starts(b"Rar!") {
        Some("RAR archive")
    } else if starts(&[b'7', b'z', 0xBC, 0xAF]) {
        Some("7-Zip archive")
    } else if starts(&[0x1F, 0x8B]) {
        Some("gzip archive")
    } else {
        None
    }
}

/// Decodes a file into pages, or says why it cannot be.
pub fn decode(file_name: &str, bytes: &[u8]) -> Result<Vec<Page>, Quarantined> {
    decode_with(file_name, bytes, &DecodeLimits::default())
}

/// [`decode`] with other limits (the fuzz targets use small ones).
pub fn decode_with(
    file_name: &str,
    bytes: &[u8],
    limits: &DecodeLimits,
) -> Result<Vec<Page>, Quarantined> {
    let mut pages = Vec::new();
    decode_each(file_name, bytes, limits, &mut |p| {
        pages.push(p);
        Ok(())
    })?;
    Ok(pages)
}

/// Decodes a file page by page, handing each page to `on_page` as soon as it is decoded and
/// before the next is, so that only one decoded page of the document is held at a time (the
/// caller recognises it and lets it go). Returns the number of pages. An error from `on_page`
/// stops the decoding and is returned as it is; a page that cannot be decoded after others
/// were handed on is still an error for the whole file (the caller discards what it did with
/// the earlier pages). A panic in `on_page` is the caller's and is resumed as it was, not
/// turned into a "damaged file".
pub fn decode_each(
    file_name: &str,
    bytes: &[u8],
    limits: &DecodeLimits,
    on_page: &mut dyn FnMut(Page) -> Result<(), Quarantined>,
) -> Result<usize, Quarantined> {
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
        if let Some(format) = unsupported_format(bytes) {
            return Err(Quarantined::new(
                QuarantineReason::Unsupported,
                format!(
                    "the file is a {format}, a format casevault cannot read: save or scan it as PDF, PNG, JPEG or TIFF"
                ),
            ));
        }
        let known_ext = matches!(
            ext.as_str(),
            "png"
                | "jpg"
                | "jpeg"
                | "jpe"
                | "jfif"
                | "tif"
                | "tiff"
                | "gif"
                | "bmp"
                | "dib"
                | "webp"
                | "heic"
                | "heif"
                | "hif"
                | "avif"
                | "pdf"
        );
        return Err(if known_ext {
            Quarantined::new(
                QuarantineReason::Corrupt,
                format!(
                    "the file is named .{ext} but its contents are not a {} file (nor any picture format casevault knows)",
                    ext.to_ascii_uppercase()
                ),
            )
        } else if ext.is_empty() {
            Quarantined::new(
                QuarantineReason::Unsupported,
                "the file has no type in its name and its contents are not a scan casevault can read",
            )
        } else {
            Quarantined::new(
                QuarantineReason::Unsupported,
                format!("files of type .{ext} are not scans casevault can read"),
            )
        });
    };
    let limits = *limits;
    // The caller's panics are kept apart from the decoders': only a decoder's is a damaged file.
    let mut caller_panic = None;
    let mut count = 0usize;
    let mut hand_on = |p: Page| -> Result<(), Quarantined> {
        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| on_page(p))) {
            Ok(r) => {
                count += 1;
                r
            }
            Err(payload) => {
                caller_panic = Some(payload);
                Err(Quarantined::new(QuarantineReason::Corrupt, "stopped"))
            }
        }
    };
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| match kind {
        Kind::Png | Kind::Jpeg | Kind::Gif | Kind::Bmp | Kind::WebP => {
            decode_raster(bytes, kind, &limits).and_then(&mut hand_on)
        }
        Kind::Tiff => tiff_pages::each_page(bytes, &limits, &mut hand_on).map(|_| ()),
        Kind::Heif => decode_heif(bytes, &limits).and_then(&mut hand_on),
        // PDFs are read page by page by `crate::pdf`, which keeps the original pages; one
        // that reaches the image decoder was not recognised as a PDF by its caller.
        Kind::Pdf => Err(Quarantined::new(
            QuarantineReason::Unsupported,
            "a PDF is read by casevault's PDF reader, not as an image",
        )),
    }));
    if let Some(payload) = caller_panic {
        std::panic::resume_unwind(payload);
    }
    match result {
        Ok(r) => r.map(|()| count),
        Err(_) => Err(Quarantined::new(
            QuarantineReason::Corrupt,
            "the file is damaged (the decoder could not read it)",
        )),
    }
}

/// A file that ends early: "the TIFF is truncated: {why}".
fn truncated(what: &str, why: &str) -> Quarantined {
    Quarantined::new(
        QuarantineReason::Corrupt,
        format!("the {what} is truncated: {why}"),
    )
}

/// A file whose contents are wrong: "the PNG is damaged: {why}".
fn damaged(what: &str, why: &str) -> Quarantined {
    Quarantined::new(
        QuarantineReason::Corrupt,
        format!("the {what} is damaged: {why}"),
    )
}

fn too_many_pages(limits: &DecodeLimits) -> Quarantined {
    Quarantined::new(
        QuarantineReason::TooLarge,
        format!(
            "the file has more than {} pages, more than casevault accepts in one document: split it",
            limits.max_pages
        ),
    )
}

/// Checks a page's size from its header, before its pixels are allocated. `what` names it:
/// "the PNG", "page 3 of the TIFF".
fn check_size(what: &str, w: u32, h: u32, limits: &DecodeLimits) -> Result<(), Quarantined> {
    if w == 0 || h == 0 {
        return Err(Quarantined::new(
            QuarantineReason::Corrupt,
            format!("{what} is damaged: it claims {w} x {h} pixels"),
        ));
    }
    if u64::from(w) * u64::from(h) > limits.max_pixels {
        return Err(Quarantined::new(
            QuarantineReason::TooLarge,
            format!(
                "{what} claims {w} x {h} pixels, more than casevault accepts ({} million pixels a page)",
                limits.max_pixels / 1_000_000
            ),
        ));
    }
    Ok(())
}

/// Puts an `image` crate error in words.
fn image_error(what: &str, e: image::ImageError) -> Quarantined {
    use image::ImageError as E;
    let text = e.to_string();
    let lower = text.to_ascii_lowercase();
    let ends_early = matches!(&e, E::IoError(io) if io.kind() == std::io::ErrorKind::UnexpectedEof)
        || [
            "eof",
            "end of file",
            "unexpected end",
            "truncated",
            "no more data",
            "incomplete",
            "not enough data",
            "premature end",
        ]
        .iter()
        .any(|w| lower.contains(w));
    match e {
        E::Limits(_) => Quarantined::new(
            QuarantineReason::TooLarge,
            format!("the {what} needs more memory to decode than casevault allows one page"),
        ),
        E::Unsupported(u) => Quarantined::new(
            QuarantineReason::Unsupported,
            format!("the {what} uses a feature casevault cannot read ({u})"),
        ),
        _ if ends_early => truncated(
            what,
            &format!("the file ends before the picture is complete ({text})"),
        ),
        _ => damaged(what, &format!("the decoder could not read it ({text})")),
    }
}

/// PNG, JPEG, GIF, BMP and WebP: one page each, through the `image` crate.
fn decode_raster(bytes: &[u8], kind: Kind, limits: &DecodeLimits) -> Result<Page, Quarantined> {
    let what = kind.label();
    let format = match kind {
        Kind::Png => ImageFormat::Png,
        Kind::Jpeg => ImageFormat::Jpeg,
        Kind::Gif => ImageFormat::Gif,
        Kind::Bmp => ImageFormat::Bmp,
        _ => ImageFormat::WebP,
    };
    if kind == Kind::Jpeg {
        if let Some(why) = crate::file_end::jpeg_incomplete(bytes) {
            return Err(truncated(what, why));
        }
    }
    let mut reader = image::ImageReader::with_format(Cursor::new(bytes), format);
    // Headers only: the size is checked below before any pixel is allocated.
    reader.no_limits();
    let mut dec = reader.into_decoder().map_err(|e| image_error(what, e))?;
    let (w, h) = dec.dimensions();
    check_size(&format!("the {what}"), w, h, limits)?;
    let mut il = image::Limits::default();
    il.max_image_width = Some(w);
    il.max_image_height = Some(h);
    il.max_alloc = Some(limits.max_pixels.saturating_mul(8).max(1 << 24));
    dec.set_limits(il).map_err(|e| image_error(what, e))?;
    let orientation = dec.orientation().unwrap_or(Orientation::NoTransforms);
    let mut img = DynamicImage::from_decoder(dec).map_err(|e| image_error(what, e))?;
    img.apply_orientation(orientation);
    let stated = match kind {
        Kind::Jpeg => jfif_dpi(bytes),
        Kind::Png => png_dpi(bytes),
        Kind::Bmp => bmp_dpi(bytes),
        _ => None,
    };
    let dpi = believable_dpi(stated, img.width(), img.height());
    let upright = orientation == Orientation::NoTransforms;
    let original = match kind {
        Kind::Jpeg if upright && matches!(jpeg_components(bytes), Some(1 | 3)) => {
            Some(Embed::Jpeg(bytes.to_vec()))
        }
        Kind::Png if upright && png_embeddable(bytes) => Some(Embed::Png(bytes.to_vec())),
        _ => None,
    };
    let lossy = kind == Kind::Jpeg || (kind == Kind::WebP && webp_is_lossy(bytes));
    let mut page = page_with(img, dpi, lossy, original)?;
    page.photo = lossy && stated != Some(dpi);
    Ok(page)
}

/// HEIC/HEIF/AVIF photos through libheif.
fn decode_heif(bytes: &[u8], limits: &DecodeLimits) -> Result<Page, Quarantined> {
    let label = heif_brand(bytes).unwrap_or("HEIF");
    let what = format!("{label} photo");
    let img = heif::decode(bytes, limits.max_pixels).map_err(|p| match p {
        heif::HeifProblem::Truncated => truncated(&what, "the file ends before the photo is complete"),
        heif::HeifProblem::NoDecoder(why) => Quarantined::new(
            QuarantineReason::Unsupported,
            format!("a {label} photo that this machine cannot decode ({why}): install libheif with its decoders, or save the photo as JPEG"),
        ),
        heif::HeifProblem::TooLarge(w, h) => Quarantined::new(
            QuarantineReason::TooLarge,
            format!(
                "the {what} claims {w} x {h} pixels, more than casevault accepts ({} million pixels a page)",
                limits.max_pixels / 1_000_000
            ),
        ),
        heif::HeifProblem::Damaged(why) => damaged(&what, &why),
    })?;
    let dpi = guess_dpi(img.width(), img.height());
    let mut page = page_with(img, dpi, true, None)?;
    page.photo = true;
    Ok(page)
}

/// A page from decoded pixels, written anew for embedding.
fn page_from(img: DynamicImage, dpi: u32, lossy: bool) -> Result<Page, Quarantined> {
    page_with(img, dpi, lossy, None)
}

/// A page from decoded pixels; `original` is the file's own bytes where they can be embedded.
fn page_with(
    img: DynamicImage,
    dpi: u32,
    lossy: bool,
    original: Option<Embed>,
) -> Result<Page, Quarantined> {
    let content = raster::normalise(img);
    let embed = match original {
        Some(e) => e,
        None => raster::embed(&content, dpi, lossy).map_err(|e| {
            damaged(
                "page",
                &format!("it could not be written for the PDF ({e})"),
            )
        })?,
    };
    Ok(Page {
        gray: content.into_gray(),
        embed,
        dpi,
        photo: false,
    })
}

/// Number of colour components in a JPEG's start-of-frame segment, if found.
fn jpeg_components(b: &[u8]) -> Option<u8> {
    let mut i = 2;
    while i + 4 <= b.len() {
        if b[i] != 0xFF {
            return None;
        }
        let marker = b[i + 1];
        if marker == 0xFF {
            i += 1;
            continue;
        }
        let len = usize::from(u16::from_be_bytes([b[i + 2], b[i + 3]]));
        let is_sof = (0xC0..=0xCF).contains(&marker) && ![0xC4, 0xC8, 0xCC].contains(&marker);
        if is_sof {
            return b.get(i + 9).copied();
        }
        i += 2 + len;
    }
    None
}

/// Whether the PDF renderer embeds this PNG as it is: at most 8 bits, grey, RGB or palette, no
/// transparency, not interlaced. A 1-bit PNG only when grey: leptonica re-encodes 1-bit PNGs
/// from the image Tesseract holds, and the engine hands it the page's own pixels for 1-bit grey
/// ones only (see `ocr::engine`), so a 1-bit palette PNG is written again as a grey one.
fn png_embeddable(b: &[u8]) -> bool {
    if b.len() < 33 {
        return false;
    }
    let (depth, colour, interlace) = (b[24], b[25], b[28]);
    if depth > 8 || !matches!(colour, 0 | 2 | 3) || interlace != 0 || (depth == 1 && colour != 0) {
        return false;
    }
    // No tRNS chunk before the image data.
    let mut i = 8;
    while i + 8 <= b.len() {
        let len = u32::from_be_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]) as usize;
        let name = &b[i + 4..i + 8];
        if name == b"tRNS" {
            return false;
        }
        if name == b"IDAT" {
            return true;
        }
        i = i.saturating_add(12).saturating_add(len);
    }
    false
}

/// Whether a WebP holds a lossy (VP8) picture rather than a lossless (VP8L) one.
fn webp_is_lossy(b: &[u8]) -> bool {
    let mut i = 12;
    while i + 8 <= b.len() {
        match &b[i..i + 4] {
            b"VP8 " => return true,
            b"VP8L" => return false,
            _ => {}
        }
        let len = u32::from_le_bytes([b[i + 4], b[i + 5], b[i + 6], b[i + 7]]) as usize;
        i = i.saturating_add(8).saturating_add(len + (len & 1));
    }
    false
}

/// The resolution a BMP header states (pixels per metre), if any.
fn bmp_dpi(b: &[u8]) -> Option<u32> {
    let header = u32::from_le_bytes(b.get(14..18)?.try_into().ok()?);
    if header < 40 {
        return None;
    }
    let ppm = i32::from_le_bytes(b.get(38..42)?.try_into().ok()?);
    (ppm > 0)
        .then(|| sane_dpi(f64::from(ppm) * 0.0254))
        .flatten()
}

/// A stated resolution, unless it would make the page larger than A3 (phones and editors
/// write 72 or 96 dpi whatever the picture shows): then a guess from an A4 width.
fn believable_dpi(stated: Option<u32>, w: u32, h: u32) -> u32 {
    match stated {
        Some(dpi) if f64::from(w.min(h)) / f64::from(dpi) <= 12.0 => dpi,
        _ => guess_dpi(w, h),
    }
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
        let mut out = Vec::new();
        img.write_to(&mut Cursor::new(&mut out), ImageFormat::Png)
            .unwrap();
        out
    }

    /// Three 64 x 64 grey pages in one TIFF, page `i` filled with the value `40 * (i + 1)`.
    fn three_page_tiff() -> Vec<u8> {
        use tiff::encoder::{colortype::Gray8, TiffEncoder};
        let mut out = std::io::Cursor::new(Vec::new());
        let mut enc = TiffEncoder::new(&mut out).unwrap();
        for i in 0..3u8 {
            enc.write_image::<Gray8>(64, 64, &[40 * (i + 1); 64 * 64])
                .unwrap();
        }
        out.into_inner()
    }

    /// Issue 12: pages are handed on one at a time, each before the next is decoded; a
    /// caller that stops at page 2 never has page 3 decoded, and its reason is returned.
    #[test]
    fn pages_are_handed_on_one_at_a_time() {
        let tiff = three_page_tiff();
        let mut seen = Vec::new();
        let stop = decode_each("bundle.tif", &tiff, &DecodeLimits::default(), &mut |p| {
            seen.push(p.gray.get_pixel(0, 0).0[0]);
            if seen.len() == 2 {
                return Err(Quarantined::new(QuarantineReason::Illegible, "page 2"));
            }
            Ok(())
        })
        .unwrap_err();
        assert_eq!(stop.detail, "page 2");
        assert_eq!(
            seen,
            vec![40, 80],
            "page 3 was decoded after the caller stopped"
        );
        let all = decode_each("bundle.tif", &tiff, &DecodeLimits::default(), &mut |_| {
            Ok(())
        });
        assert_eq!(all.unwrap(), 3);
        assert_eq!(decode("bundle.tif", &tiff).unwrap().len(), 3);
    }

    /// A panic in the caller's hands is the caller's: it is not turned into "the file is
    /// damaged" (that is for the decoders' own).
    #[test]
    fn a_panic_while_handling_a_page_is_not_a_damaged_file() {
        let tiff = three_page_tiff();
        let r = std::panic::catch_unwind(|| {
            decode_each("bundle.tif", &tiff, &DecodeLimits::default(), &mut |_| {
                panic!("the caller's bug")
            })
        });
        assert!(r.is_err(), "the panic was swallowed: {r:?}");
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
        // A PDF is never read as an image: `crate::pdf` reads it, page by page.
        let q = decode("x.pdf", b"%PDF-1.4\n garbage").unwrap_err();
        assert_eq!(q.reason, QuarantineReason::Unsupported);
        assert!(q.detail.contains("PDF reader"), "{}", q.detail);
    }

    #[test]
    fn png_decodes_with_a_guessed_a4_dpi() {
        let pages = decode("scan.png", &page_png(1240, 1754)).unwrap();
        assert_eq!(pages.len(), 1);
        assert_eq!(pages[0].dpi, 150);
        assert!(matches!(pages[0].embed, Embed::Png(_)));
    }

    /// A JPEG of `img` with an EXIF APP1 segment saying `orientation`.
    fn jpeg_with_orientation(img: &DynamicImage, orientation: u16) -> Vec<u8> {
        let mut plain = Vec::new();
        img.write_to(&mut Cursor::new(&mut plain), ImageFormat::Jpeg)
            .unwrap();
        let mut exif = b"Exif\0\0II*\0\x08\0\0\0\x01\0\x12\x01\x03\0\x01\0\0\0".to_vec();
        exif.extend_from_slice(&orientation.to_le_bytes());
        exif.extend_from_slice(&[0, 0, 0, 0, 0, 0]);
        let mut out = vec![0xFF, 0xD8, 0xFF, 0xE1];
        out.extend_from_slice(&((exif.len() + 2) as u16).to_be_bytes());
        out.extend_from_slice(&exif);
        out.extend_from_slice(&plain[2..]);
        out
    }

    #[test]
    fn exif_orientation_turns_the_page_upright() {
        // 32 x 16: left half dark grey, right half light grey (a photograph, not bilevel).
        let img = DynamicImage::ImageLuma8(GrayImage::from_fn(32, 16, |x, _| {
            image::Luma([if x < 16 { 30 } else { 220 }])
        }));
        // 6: the stored picture must be turned 90 degrees clockwise to be upright, so the
        // left (black) half comes to the top.
        let pages = decode("photo.jpg", &jpeg_with_orientation(&img, 6)).unwrap();
        let g = &pages[0].gray;
        assert_eq!(g.dimensions(), (16, 32));
        assert!(
            g.get_pixel(8, 4)[0] < 60,
            "top is dark: {}",
            g.get_pixel(8, 4)[0]
        );
        assert!(
            g.get_pixel(8, 28)[0] > 190,
            "bottom is light: {}",
            g.get_pixel(8, 28)[0]
        );
        // A turned JPEG cannot be embedded as it is: it is written again, as a JPEG.
        let Embed::Jpeg(bytes) = &pages[0].embed else {
            panic!("a photograph stays a JPEG")
        };
        assert_ne!(bytes, &jpeg_with_orientation(&img, 6));
        // 3: upside down, so the black half comes to the right.
        let g = &decode("photo.jpg", &jpeg_with_orientation(&img, 3)).unwrap()[0].gray;
        assert_eq!(g.dimensions(), (32, 16));
        assert!(g.get_pixel(28, 8)[0] < 60 && g.get_pixel(4, 8)[0] > 190);
        // 1 (upright): the original bytes are embedded untouched.
        let upright = jpeg_with_orientation(&img, 1);
        let pages = decode("photo.jpg", &upright).unwrap();
        assert!(matches!(&pages[0].embed, Embed::Jpeg(b) if *b == upright));
    }

    #[test]
    fn formats_not_read_are_named() {
        for (bytes, name, words) in [
            (
                &b"\xFF\x0A\xFA\x7F rest of a codestream"[..],
                "photo.jxl",
                "JPEG XL",
            ),
            (b"8BPS\0\x01\0\0\0\0\0\0\0\x03", "scan.psd", "Photoshop"),
            (b"\0\0\x01\0\x01\0\x20\x20\0\0", "favicon.ico", "icon"),
            (b"%!PS-Adobe-3.0\n", "letter.ps", "PostScript"),
            (b"\0\0\0\x0CjP  \r\n\x87\n\0\0", "scan.jp2", "JPEG 2000"),
        ] {
            let q = decode(name, bytes).unwrap_err();
            assert_eq!(q.reason, QuarantineReason::Unsupported, "{name}");
            assert!(q.detail.contains(words), "{name}: {}", q.detail);
        }
    }

    #[test]
    fn a_header_claiming_gigapixels_is_refused_before_decoding() {
        // A PNG that claims 90000 x 90000 grey pixels (8.1 GB) with a few bytes of data.
        fn chunk(png: &mut Vec<u8>, name: &[u8], data: &[u8]) {
            let mut body = name.to_vec();
            body.extend_from_slice(data);
            let mut crc = flate2::Crc::new();
            crc.update(&body);
            png.extend_from_slice(&(data.len() as u32).to_be_bytes());
            png.extend_from_slice(&body);
            png.extend_from_slice(&crc.sum().to_be_bytes());
        }
        let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
        let mut ihdr = Vec::new();
        ihdr.extend_from_slice(&90_000u32.to_be_bytes());
        ihdr.extend_from_slice(&90_000u32.to_be_bytes());
        ihdr.extend_from_slice(&[8, 0, 0, 0, 0]);
        chunk(&mut png, b"IHDR", &ihdr);
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
        std::io::Write::write_all(&mut z, &[0u8; 1 << 16]).unwrap();
        chunk(&mut png, b"IDAT", &z.finish().unwrap());
        chunk(&mut png, b"IEND", &[]);
        let started = std::time::Instant::now();
        let q = decode("bomb.png", &png).unwrap_err();
        assert_eq!(q.reason, QuarantineReason::TooLarge);
        assert!(q.detail.contains("90000 x 90000"), "{}", q.detail);
        assert!(started.elapsed() < std::time::Duration::from_secs(1));
    }

    #[test]
    fn mislabelled_but_valid_files_are_read_by_content() {
        // A PNG named .jpg is still a PNG.
        let pages = decode("scan.jpg", &page_png(100, 100)).unwrap();
        assert!(matches!(pages[0].embed, Embed::Png(_)));
    }
}
