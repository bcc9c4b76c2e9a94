//! Reading PDF pages with `hayro`: what each page holds (its text, its images) and, for a page
//! that must be recognised, its pixels in grey at the resolution recognition needs.
//!
//! Why `hayro` and not `lopdf` here: scanners write CCITT G4, JBIG2, JPEG 2000, LZW and
//! ASCII85 streams, inline images, masks and every colour space; `hayro` decodes them all, and
//! its parser repairs cross-reference tables that `lopdf` gives up on. What a page shows is what
//! `hayro` renders, in the page's displayed orientation (its `/Rotate` and crop box applied).
//!
//! Text is taken from the glyphs the page draws (visible or invisible: an OCR layer another tool
//! added counts), with their Unicode values, placed into lines by their baselines, so that a
//! page's text serves identification and routing without recognising it again.
//!
//! Hostile input: every call into the parser runs under `guarded` (a panic is caught); a stream that would
//! inflate beyond what its kind can need (a decompression bomb) and an image larger than
//! [`MAX_IMAGE_PIXELS`] are refused before anything decodes them, so memory stays bounded.

use std::collections::HashMap;
use std::io::Read;

use hayro::hayro_interpret::font::{Glyph, GlyphRun};
use hayro::hayro_interpret::hayro_syntax::object::{Dict, Object, Stream};
use hayro::hayro_interpret::hayro_syntax::page::Page;
use hayro::hayro_interpret::hayro_syntax::{LoadPdfError, Pdf, PdfData};
use hayro::hayro_interpret::{
    interpret_page, BlendMode, ClipPath, Context, Device, DrawMode, DrawProps, Image,
    ImageDrawProps, InterpreterCache, InterpreterSettings, SoftMask,
};
use hayro::kurbo::{Affine, BezPath, Point, Rect, Shape};
use image::GrayImage;

use super::{guarded, PdfProblem};

/// The most pages one document may have.
pub const MAX_PAGES: usize = 500;
/// The most pixels a page is rendered with, and an image on it may have.
pub const MAX_IMAGE_PIXELS: u64 = 150_000_000;
/// The most bytes a page's content stream, a font or a form may inflate to.
const MAX_STREAM_BYTES: u64 = 64 * 1024 * 1024;
/// A page has a usable text layer when it draws at least this many letters and digits...
pub const MIN_TEXT_CHARS: usize = 20;
/// ... making at least this many words of three letters or more.
pub const MIN_TEXT_WORDS: usize = 4;
/// On a page that is mostly a scanned image, the text it draws must have at least this many
/// letters and digits, on three lines or more, to stand for the page.
pub const MIN_SCAN_TEXT_CHARS: usize = 150;

/// An opened PDF.
pub struct Opened {
    pdf: Pdf,
    /// The file as rebuilt by [`repair`], when `hayro` could not read it as it came.
    repaired: Option<Vec<u8>>,
}

impl std::fmt::Debug for Opened {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Opened")
            .field("pages", &self.pages())
            .finish()
    }
}

/// One image a page draws.
#[derive(Debug, Clone, PartialEq)]
pub struct ImageFacts {
    pub width: u32,
    pub height: u32,
    /// One bit per pixel (a stencil mask, or 1 bit per component of a grey image): what an
    /// office scanner writes for black-and-white pages (CCITT, JBIG2).
    pub bilevel: bool,
    /// Pixels per inch as drawn on the page (the smaller of the two directions).
    pub dpi: f32,
    /// Share of the page's area the image covers, 0-1.
    pub coverage: f32,
}

/// What one page holds.
#[derive(Clone, PartialEq)]
pub struct PageFacts {
    /// Size as displayed (after `/Rotate`), in points.
    pub width_pt: f32,
    pub height_pt: f32,
    /// The page's own `/Rotate` (0, 90, 180, 270).
    pub rotate: u16,
    /// The text the page draws, in lines. Personal data: never log it.
    pub text: String,
    /// Letters and digits among the text.
    pub text_chars: usize,
    /// Glyphs drawn, and how many of them had no Unicode value.
    pub glyphs: usize,
    pub unmapped_glyphs: usize,
    pub images: Vec<ImageFacts>,
}

impl std::fmt::Debug for PageFacts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The text is personal data: show how much there is, never what it says.
        f.debug_struct("PageFacts")
            .field("width_pt", &self.width_pt)
            .field("height_pt", &self.height_pt)
            .field("rotate", &self.rotate)
            .field("text_chars", &self.text_chars)
            .field("glyphs", &self.glyphs)
            .field("unmapped_glyphs", &self.unmapped_glyphs)
            .field("images", &self.images)
            .finish()
    }
}

impl PageFacts {
    /// Whether the page's own text can stand for it: enough letters and digits making real
    /// words, mostly from glyphs whose Unicode is known. A scanner's one-line date stamp on an
    /// image page is not enough; nor is a font without a Unicode map (its "text" is noise).
    pub fn has_usable_text(&self) -> bool {
        if self.text_chars < MIN_TEXT_CHARS || self.unmapped_glyphs * 2 > self.glyphs {
            return false;
        }
        // Over a scanned image (half the page or more), a line or two of text is a scanner's
        // stamp or a fax header, not the page's words: the page must carry a real text layer
        // (an earlier OCR, say) to be taken at its word.
        let scanned = self.images.iter().any(|i| i.coverage >= 0.5);
        if scanned
            && (self.text_chars < MIN_SCAN_TEXT_CHARS
                || self.text.lines().filter(|l| !l.trim().is_empty()).count() < 3)
        {
            return false;
        }
        let words = self
            .text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 3)
            .count();
        words >= MIN_TEXT_WORDS
    }

    /// The image that makes the page a scan, if any: the largest one covering at least a
    /// quarter of the page.
    pub fn main_image(&self) -> Option<&ImageFacts> {
        self.images
            .iter()
            .filter(|i| i.coverage >= 0.25)
            .max_by(|a, b| a.coverage.total_cmp(&b.coverage))
    }

    /// The resolution to recognise the page at: its scanned image's own resolution (so that
    /// a 300 dpi black-and-white scan is read pixel for pixel), kept within 150-400 dpi and
    /// rounded to a common scanner value; 300 dpi when the page is not one scanned image.
    pub fn recognition_dpi(&self) -> u32 {
        let Some(img) = self.main_image() else {
            return 300;
        };
        let dpi = img.dpi.clamp(150.0, 400.0);
        let common = [150.0f32, 200.0, 240.0, 300.0, 400.0];
        common
            .iter()
            .copied()
            .find(|c| (dpi - c).abs() <= c * 0.04)
            .unwrap_or(dpi)
            .round() as u32
    }
}

/// Opens a PDF. A file whose cross-reference table is damaged is repaired by the parser;
/// one that needs a password, or that no repair makes sense of, is refused with the reason.
pub fn open(bytes: &[u8]) -> Result<Opened, PdfProblem> {
    open_shared(std::sync::Arc::new(bytes.to_vec()), &|| {})
}

/// As [`open`], for bytes the reader may share rather than copy (a memory map of a large file,
/// issue 12): the reader parses lazily from them. `release` is called every few MiB of the
/// passes over the whole file made here (the search for `/Encrypt`, the decompression-bomb
/// check), so that the caller can give a map's resident pages back as they are read.
pub fn open_shared<T: AsRef<[u8]> + Send + Sync + 'static>(
    data: std::sync::Arc<T>,
    release: &dyn Fn(),
) -> Result<Opened, PdfProblem> {
    let bytes: &[u8] = (*data).as_ref();
    if bytes.is_empty() {
        return Err(PdfProblem::Empty);
    }
    let head = &bytes[..bytes.len().min(1024)];
    if !head.windows(5).any(|w| w == b"%PDF-") {
        return Err(PdfProblem::NotPdf);
    }
    // hayro opens files encrypted with an empty user password; casevault does not file them
    // (their text layer could not be added in the same encryption): say so plainly. The
    // /Encrypt key sits in the trailer or the cross-reference stream's dictionary, which are
    // never compressed, so its presence in the bytes is the honest answer.
    if contains(bytes, b"/Encrypt", release) {
        return Err(PdfProblem::Encrypted);
    }
    let opened = match hayro_open(PdfData::from(data.clone()))? {
        Ok(pdf) => Opened {
            pdf,
            repaired: None,
        },
        Err(why) => {
            // A page tree with a loop, a file cut short after its last page: viewers repair
            // these, and so does casevault, by rebuilding the structure from the objects.
            let Some(repaired) = guarded(|| repair(bytes))?.filter(|r| !r.is_empty()) else {
                return Err(match why {
                    PdfProblem::NoPages if !guarded(|| page_tree_is_empty(bytes))? => {
                        PdfProblem::Damaged("its page tree leads to no page".into())
                    }
                    other => other,
                });
            };
            match hayro_open(PdfData::from(repaired.clone()))? {
                Ok(pdf) => Opened {
                    pdf,
                    repaired: Some(repaired),
                },
                Err(_) => return Err(why),
            }
        }
    };
    let pages = opened.pages();
    if pages == 0 {
        return Err(PdfProblem::NoPages);
    }
    if pages > MAX_PAGES {
        return Err(PdfProblem::TooManyPages {
            pages,
            max: MAX_PAGES,
        });
    }
    guarded(|| check_streams(&opened.pdf, release))??;
    release();
    Ok(opened)
}

/// Whether `needle` occurs in `hay`, read a window at a time with `release` after each.
fn contains(hay: &[u8], needle: &[u8], release: &dyn Fn()) -> bool {
    const WINDOW: usize = 16 * 1024 * 1024;
    let mut at = 0;
    while at < hay.len() {
        let end = (at + WINDOW + needle.len() - 1).min(hay.len());
        let found = hay[at..end].windows(needle.len()).any(|w| w == needle);
        release();
        if found {
            return true;
        }
        at += WINDOW;
    }
    false
}
/// Whether `hayro` would not find this file's cross-reference section where it says it is.
///
/// Why this matters: `hayro` (0.9) reads the `startxref` offset (and `/Prev`) as a 32-bit
/// signed number, so in a file larger than 2 GiB whose cross-reference section lies past
/// 2 GiB (as it does at the end of any such file) it finds none and rebuilds one by reading
/// every byte of the file: a map's every page made resident at once (a 2 GiB PDF peaked at
/// 2 GiB). [`xref_frame`] shows it the file with a section it can reach.
pub fn xref_out_of_reach(bytes: &[u8]) -> bool {
    last_startxref(bytes).is_some_and(|at| at > i32::MAX as u64)
}

/// The offset the last `startxref` of the file's last KiB names.
fn last_startxref(bytes: &[u8]) -> Option<u64> {
    let tail = &bytes[bytes.len().saturating_sub(1024)..];
    let at = tail.windows(9).rposition(|w| w == b"startxref")?;
    let digits: String = tail[at + 9..]
        .iter()
        .map(|&b| b as char)
        .skip_while(|c| c.is_ascii_whitespace())
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

/// A prefix and a suffix that, put before and after the file (by
/// [`crate::content::Content::framed`], without copying it), make a PDF that `hayro` reads
/// from a cross-reference section near its start: the prefix (a whole number of `page`s) is
/// a header and one cross-reference stream listing every object of the file where it now
/// lies (`lopdf` reads the file's own sections, `/Prev` chain and object streams included,
/// with `release` every few MiB), the suffix a `startxref` naming it. The view's offsets move
/// by the prefix's length; the file itself, and what is stored, are unchanged.
///
/// `None` where `lopdf` cannot read the structure, the file is encrypted, or an offset would
/// not fit the 32 bits `hayro` reads: the file is then opened as it is.
pub fn xref_frame(
    bytes: &[u8],
    page: usize,
    release: std::sync::Arc<dyn Fn() + Send + Sync>,
) -> Option<(Vec<u8>, Vec<u8>)> {
    use lopdf::xref::XrefEntry;
    let doc = super::layer::structure(bytes, release)?;
    if doc.trailer.get(b"Encrypt").is_ok() {
        return None;
    }
    let root = match doc.trailer.get(b"Root").ok()? {
        lopdf::Object::Reference((n, g)) => format!("{n} {g} R"),
        _ => return None,
    };
    let mut keys = format!("/Root {root}");
    if let Ok(lopdf::Object::Reference((n, g))) = doc.trailer.get(b"Info") {
        keys.push_str(&format!(" /Info {n} {g} R"));
    }
    if let Ok(lopdf::Object::Array(ids)) = doc.trailer.get(b"ID") {
        let hex: Vec<String> = ids
            .iter()
            .filter_map(|o| match o {
                lopdf::Object::String(b, _) => Some(format!("<{}>", hex::encode(b))),
                _ => None,
            })
            .collect();
        if hex.len() == 2 {
            keys.push_str(&format!(" /ID [{} {}]", hex[0], hex[1]));
        }
    }
    let highest = doc.reference_table.entries.keys().next_back().copied()?;
    let own = doc
        .reference_table
        .size
        .max(highest + 1)
        .max(doc.max_id + 1);
    if own >= 10_000_000 {
        return None;
    }
    let size = own + 1;
    const HEADER: &[u8] = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n";
    let row = 1 + 4 + 2;
    let data_len = row * size as usize;
    let mut prefix = HEADER.to_vec();
    prefix.extend_from_slice(
        format!(
            "{own} 0 obj\n<< /Type /XRef /Size {size} /Index [0 {size}] /W [1 4 2] {keys} \
             /Length {data_len} >>\nstream\n"
        )
        .as_bytes(),
    );
    let data_at = prefix.len();
    prefix.resize(data_at + data_len, 0);
    prefix.extend_from_slice(b"\nendstream\nendobj\n");
    let shift = prefix.len().div_ceil(page) * page;
    let mut rows = Vec::with_capacity(data_len);
    for id in 0..size {
        let (kind, field2, field3): (u8, u64, u16) = if id == own {
            (1, HEADER.len() as u64, 0)
        } else {
            match doc.reference_table.entries.get(&id) {
                Some(XrefEntry::Normal { offset, generation }) => {
                    (1, u64::from(*offset) + shift as u64, *generation)
                }
                Some(XrefEntry::Compressed { container, index }) => {
                    (2, u64::from(*container), *index)
                }
                _ => (0, 0, if id == 0 { 65535 } else { 0 }),
            }
        };
        rows.push(kind);
        rows.extend_from_slice(&u32::try_from(field2).ok()?.to_be_bytes());
        rows.extend_from_slice(&field3.to_be_bytes());
    }
    prefix[data_at..data_at + data_len].copy_from_slice(&rows);
    // Whitespace up to the file: its own header then reads as a comment line.
    prefix.resize(shift, b'\n');
    let suffix = format!("\nstartxref\n{}\n%%EOF\n", HEADER.len()).into_bytes();
    Some((prefix, suffix))
}

/// Opens with hayro; the outer error is a panic caught, the inner one what hayro said.
fn hayro_open(data: PdfData) -> Result<Result<Pdf, PdfProblem>, PdfProblem> {
    let pdf = match guarded(move || Pdf::new(data))? {
        Ok(p) => p,
        Err(LoadPdfError::Decryption(_)) => return Ok(Err(PdfProblem::Encrypted)),
        Err(LoadPdfError::Invalid) => {
            return Ok(Err(PdfProblem::Damaged(
                "no pages could be found in it".into(),
            )))
        }
    };
    if guarded(|| pdf.pages().len())? == 0 {
        return Ok(Err(PdfProblem::NoPages));
    }
    Ok(Ok(pdf))
}

/// Whether the document's page tree says, plainly, that it has no pages (an empty `/Kids`),
/// as opposed to a tree that loops or points nowhere.
fn page_tree_is_empty(bytes: &[u8]) -> bool {
    let Ok(doc) = lopdf::Document::load_mem(bytes) else {
        return false;
    };
    let kids = doc
        .catalog()
        .and_then(|c| c.get(b"Pages"))
        .and_then(lopdf::Object::as_reference)
        .and_then(|id| doc.get_dictionary(id))
        .and_then(|p| p.get(b"Kids"))
        .and_then(lopdf::Object::as_array)
        .map(Vec::len);
    matches!(kids, Ok(0))
}

/// Rebuilds a damaged file from its objects with `lopdf` (its lenient reading reconstructs a
/// lost cross-reference table by scanning): every page object found, in object order, under a
/// new page tree, with what each page inherited (resources, media box, crop box, rotation)
/// written onto the page itself. `None` when no page object survives.
fn repair(bytes: &[u8]) -> Option<Vec<u8>> {
    use lopdf::{dictionary, Document, Object};
    let reconstruct = lopdf::LoadOptions {
        force_reconstruct: true,
        ..lopdf::LoadOptions::default()
    };
    let mut doc = Document::load_mem_with_options(bytes, lopdf::LoadOptions::default())
        .or_else(|_| Document::load_mem_with_options(bytes, reconstruct))
        .ok()?;
    let is_page = |o: &Object| {
        o.as_dict()
            .ok()
            .and_then(|d| d.get(b"Type").ok())
            .and_then(|t| t.as_name().ok())
            == Some(b"Page".as_slice())
    };
    let page_ids: Vec<lopdf::ObjectId> = doc
        .objects
        .iter()
        .filter(|(_, o)| is_page(o))
        .map(|(id, _)| *id)
        .take(MAX_PAGES + 1)
        .collect();
    if page_ids.is_empty() {
        return None;
    }
    if doc.max_id > u32::MAX - 100_000 {
        // No room for the new page tree's objects.
        return None;
    }
    let inheritable: [&[u8]; 4] = [b"Resources", b"MediaBox", b"CropBox", b"Rotate"];
    let mut settled = Vec::with_capacity(page_ids.len());
    for &id in &page_ids {
        let mut found: Vec<(&[u8], Object)> = Vec::new();
        for key in inheritable {
            let mut at = id;
            for _ in 0..32 {
                let Ok(d) = doc.get_dictionary(at) else { break };
                if let Ok(v) = d.get(key) {
                    found.push((key, v.clone()));
                    break;
                }
                match d.get(b"Parent").and_then(Object::as_reference) {
                    Ok(p) if p != at => at = p,
                    _ => break,
                }
            }
        }
        settled.push((id, found));
    }
    let root = doc.new_object_id();
    for (id, found) in settled {
        if let Ok(d) = doc.get_object_mut(id).and_then(Object::as_dict_mut) {
            for (key, v) in found {
                d.set(key.to_vec(), v);
            }
            d.set("Parent", Object::Reference(root));
        }
    }
    let kids: Vec<Object> = page_ids.iter().map(|id| Object::Reference(*id)).collect();
    doc.objects.insert(
        root,
        Object::Dictionary(dictionary! {
            "Type" => "Pages",
            "Kids" => kids,
            "Count" => page_ids.len() as i64,
        }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => root });
    doc.trailer.set("Root", Object::Reference(catalog));
    doc.trailer.remove(b"Prev");
    doc.trailer.remove(b"XRefStm");
    let mut out = Vec::new();
    doc.save_to(&mut out).ok()?;
    Some(out)
}

impl Opened {
    /// The bytes a text layer goes onto: the file as it came, or, where it had to be repaired
    /// to be read at all, the repaired file.
    pub fn base<'b>(&'b self, original: &'b [u8]) -> &'b [u8] {
        self.repaired.as_deref().unwrap_or(original)
    }

    /// Lets the reader (and its own copy of the file) go, keeping only the repaired file if
    /// there is one: a large PDF is then not held twice while its text layer is added.
    pub fn into_repaired(self) -> Option<Vec<u8>> {
        self.repaired
    }

    /// Whether the file had to be rebuilt from its objects to be read.
    pub fn was_repaired(&self) -> bool {
        self.repaired.is_some()
    }

    /// Number of pages.
    pub fn pages(&self) -> usize {
        guarded(|| self.pdf.pages().len()).unwrap_or(0)
    }

    /// What page `index` (0-based) holds.
    pub fn facts(&self, index: usize) -> Result<PageFacts, PdfProblem> {
        guarded(|| {
            let page = self.pdf.pages().get(index)?;
            Some(analyse(page))
        })?
        .ok_or_else(|| PdfProblem::Damaged(format!("page {} cannot be found", index + 1)))?
        .map_err(|e| match e {
            PdfProblem::TooLarge { what, .. } => PdfProblem::TooLarge {
                page: index + 1,
                what,
            },
            other => other,
        })
    }

    /// Page `index` rendered in grey at `dpi`, as displayed (rotation and crop box applied),
    /// on white paper. `dpi` is lowered if the page would exceed [`MAX_IMAGE_PIXELS`].
    pub fn render_gray(&self, index: usize, dpi: u32) -> Result<Rendered, PdfProblem> {
        guarded(|| {
            let page = self.pdf.pages().get(index)?;
            Some(render(page, index, dpi, true))
        })?
        .ok_or_else(|| PdfProblem::Damaged(format!("page {} cannot be found", index + 1)))?
    }

    /// As [`Opened::render_gray`], always through the renderer (never [`sole_image`]).
    #[cfg(test)]
    pub(crate) fn render_gray_drawn(&self, index: usize, dpi: u32) -> Result<Rendered, PdfProblem> {
        guarded(|| {
            let page = self.pdf.pages().get(index)?;
            Some(render(page, index, dpi, false))
        })?
        .ok_or_else(|| PdfProblem::Damaged(format!("page {} cannot be found", index + 1)))?
    }
}

fn page_rotate(page: &Page<'_>) -> u16 {
    use hayro::hayro_interpret::hayro_syntax::page::Rotation;
    match page.rotation() {
        Rotation::None => 0,
        Rotation::Horizontal => 90,
        Rotation::Flipped => 180,
        Rotation::FlippedHorizontal => 270,
    }
}

fn analyse(page: &Page<'_>) -> Result<PageFacts, PdfProblem> {
    let (w, h) = page.render_dimensions();
    let mut device = Survey::default();
    let cache = InterpreterCache::new();
    let mut ctx = Context::new(
        page.initial_transform(true).to_kurbo_affine(),
        Rect::new(0.0, 0.0, f64::from(w), f64::from(h)),
        &cache,
        page.xref(),
        InterpreterSettings::default(),
    );
    interpret_page(page, &mut ctx, &mut device);
    let page_area = (f64::from(w) * f64::from(h)).max(1.0);
    let mut images = Vec::with_capacity(device.images.len());
    for (width, height, bilevel, transform) in device.images {
        if u64::from(width) * u64::from(height) > MAX_IMAGE_PIXELS {
            return Err(PdfProblem::TooLarge {
                page: 0,
                what: format!("an image of {width} x {height} pixels"),
            });
        }
        // The transform maps the image's pixel grid into the page, in points.
        let o = transform * Point::ZERO;
        let px_x = (transform * Point::new(1.0, 0.0) - o).hypot();
        let px_y = (transform * Point::new(0.0, 1.0) - o).hypot();
        let dpi = |len: f64| if len > 0.0 { (72.0 / len) as f32 } else { 0.0 };
        let bbox =
            transform.transform_rect_bbox(Rect::new(0.0, 0.0, f64::from(width), f64::from(height)));
        let visible = bbox.intersect(Rect::new(0.0, 0.0, f64::from(w), f64::from(h)));
        let coverage = if visible.width() > 0.0 && visible.height() > 0.0 {
            (visible.area() / page_area).min(1.0) as f32
        } else {
            0.0
        };
        images.push(ImageFacts {
            width,
            height,
            bilevel,
            dpi: dpi(px_x).min(dpi(px_y)),
            coverage,
        });
    }
    let text = device.text.lines();
    let text_chars = text.chars().filter(|c| c.is_alphanumeric()).count();
    Ok(PageFacts {
        width_pt: w,
        height_pt: h,
        rotate: page_rotate(page),
        text,
        text_chars,
        glyphs: device.text.glyphs.len() + device.text.unmapped,
        unmapped_glyphs: device.text.unmapped,
        images,
    })
}

/// Page `index` in grey at `dpi` (see [`Opened::render_gray`]); `direct`: a page that is one
/// image lying pixel for pixel is that image's pixels ([`sole_image`]).
fn render(page: &Page<'_>, index: usize, dpi: u32, direct: bool) -> Result<Rendered, PdfProblem> {
    // Nothing is decoded before every image of the page is known to fit (the survey decodes
    // nothing): a damaged or hostile size would otherwise be allocated as it says.
    analyse(page).map_err(|e| match e {
        PdfProblem::TooLarge { what, .. } => PdfProblem::TooLarge {
            page: index + 1,
            what,
        },
        other => other,
    })?;
    let (w_pt, h_pt) = page.render_dimensions();
    let mut dpi = dpi.clamp(36, 1200);
    let size = |dpi: u32| {
        let s = dpi as f32 / 72.0;
        ((w_pt * s) as u64, (h_pt * s) as u64)
    };
    loop {
        let (w, h) = size(dpi);
        if w * h <= MAX_IMAGE_PIXELS && w <= u64::from(u16::MAX) && h <= u64::from(u16::MAX) {
            break;
        }
        if dpi <= 72 {
            return Err(PdfProblem::TooLarge {
                page: index + 1,
                what: format!("{w_pt:.0} x {h_pt:.0} points"),
            });
        }
        dpi = dpi * 3 / 4;
    }
    let (w, h) = size(dpi);
    if w == 0 || h == 0 {
        return Err(PdfProblem::Damaged(format!(
            "page {} has no area to draw",
            index + 1
        )));
    }
    let scale = dpi as f32 / 72.0;
    let to_pixels =
        Affine::scale(f64::from(scale)) * page.initial_transform(true).to_kurbo_affine();
    if let Some(image) = direct
        .then(|| sole_image(page, to_pixels, w as u32, h as u32))
        .flatten()
    {
        return Ok(Rendered {
            image,
            dpi,
            image_failed: false,
        });
    }
    let cache = hayro::RenderCache::new();
    let failed = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let settings = InterpreterSettings {
        warning_sink: {
            let failed = failed.clone();
            std::sync::Arc::new(move |w| {
                if matches!(
                    w,
                    hayro::hayro_interpret::InterpreterWarning::ImageDecodeFailure
                ) {
                    failed.store(true, std::sync::atomic::Ordering::Relaxed);
                }
            })
        },
        ..InterpreterSettings::default()
    };
    let pixmap = hayro::render(
        page,
        &cache,
        &settings,
        &hayro::RenderSettings::default(),
        &hayro::PixmapSettings {
            x_scale: scale,
            y_scale: scale,
            bg_color: hayro::vello_cpu::color::palette::css::WHITE,
        },
    );
    let (pw, ph) = (u32::from(pixmap.width()), u32::from(pixmap.height()));
    // Rendered over white: every pixel is opaque, so premultiplied equals straight colour.
    let grey: Vec<u8> = pixmap
        .data()
        .iter()
        .map(|p| grey_of(p.r, p.g, p.b))
        .collect();
    let img = GrayImage::from_raw(pw, ph, grey)
        .ok_or_else(|| PdfProblem::Damaged("the page could not be drawn".into()))?;
    Ok(Rendered {
        image: img,
        dpi,
        image_failed: failed.load(std::sync::atomic::Ordering::Relaxed),
    })
}

/// The page as its one image's own pixels, when that is all the page draws and the image lies
/// pixel for pixel on the page at the resolution asked (a scanner's page: one CCITT, JBIG2,
/// JPEG 2000 or Flate image filling the page at its scan resolution): the image decoded, in
/// grey, placed and mirrored as the page places it, white where it does not reach. `None`
/// for anything else (text, paths, clips inside the page, masks, several images, an image
/// scaled or turned), which is drawn by the renderer.
///
/// Why: drawing a 300 dpi page through the renderer (an RGBA canvas of 35 MB, the image
/// resampled onto it) took about 80 ms of a black-and-white page's 1 s, to reproduce the
/// image's own pixels; decoding it alone gives the same pixels (nearest pixel, as the renderer
/// draws an image that is not interpolated).
fn sole_image(page: &Page<'_>, to_pixels: Affine, w: u32, h: u32) -> Option<GrayImage> {
    let (pw, ph) = (f64::from(w), f64::from(h));
    let mut device = SoleImage {
        page: Rect::new(0.0, 0.0, pw, ph),
        ..SoleImage::default()
    };
    let cache = InterpreterCache::new();
    let mut ctx = Context::new(
        to_pixels,
        Rect::new(0.0, 0.0, pw, ph),
        &cache,
        page.xref(),
        InterpreterSettings::default(),
    );
    interpret_page(page, &mut ctx, &mut device);
    if device.other || device.images != 1 {
        return None;
    }
    let (pixels, iw, ih, t) = device.image?;
    let [a, b, c, d, e, f] = t.as_coeffs();
    // Axis-aligned, one image pixel to one page pixel: drawn at its own size to within a pixel
    // over its whole width and height (an image drawn larger or smaller is resampled by the
    // renderer, which is left to do it).
    let unit = |scale: f64, len: u32| ((scale.abs() - 1.0) * f64::from(len)).abs() <= 1.0;
    if b.abs() > 1e-6 || c.abs() > 1e-6 || !unit(a, iw) || !unit(d, ih) {
        return None;
    }
    // Which image column and row each page pixel's centre falls in (page = a * image + e).
    let source = |n: u32, scale: f64, offset: f64, len: u32| -> Vec<Option<usize>> {
        (0..n)
            .map(|i| {
                let at = ((f64::from(i) + 0.5 - offset) / scale).floor();
                (at >= 0.0 && at < f64::from(len)).then_some(at as usize)
            })
            .collect()
    };
    let columns = source(w, a, e, iw);
    let rows = source(h, d, f, ih);
    let mut out = vec![255u8; w as usize * h as usize];
    for (line, row) in out.chunks_exact_mut(w as usize).zip(&rows) {
        let Some(row) = row else { continue };
        let from = &pixels[row * iw as usize..][..iw as usize];
        for (px, col) in line.iter_mut().zip(&columns) {
            if let Some(col) = col {
                *px = from[*col];
            }
        }
    }
    GrayImage::from_raw(w, h, out)
}

/// What [`sole_image`] learns of a page: its images (the first decoded to grey), and whether
/// it draws anything else.
#[derive(Default)]
struct SoleImage {
    /// The page in pixels: a clip that holds all of it changes nothing.
    page: Rect,
    images: usize,
    other: bool,
    /// Grey pixels, width, height, and the transform from the image's pixel grid to the page's.
    image: Option<(Vec<u8>, u32, u32, Affine)>,
}

impl<'a> Device<'a> for SoleImage {
    fn draw_path(&mut self, _: &BezPath, _: DrawProps<'a>, _: &DrawMode) {
        self.other = true;
    }
    fn push_clip_path(&mut self, clip: &ClipPath) {
        // A rectangle (its area fills its bounds) holding the whole page.
        let held = clip.path.bounding_box();
        if clip.path.area().abs() < held.area() * 0.999
            || held.x0 > self.page.x0 + 0.5
            || held.y0 > self.page.y0 + 0.5
            || held.x1 < self.page.x1 - 0.5
            || held.y1 < self.page.y1 - 0.5
        {
            self.other = true;
        }
    }
    fn push_transparency_group(
        &mut self,
        opacity: f32,
        mask: Option<SoftMask<'a>>,
        blend: BlendMode,
    ) {
        // The interpreter wraps every page in a plain group: opaque, unmasked, normal.
        if opacity < 1.0 || mask.is_some() || !matches!(blend, BlendMode::Normal) {
            self.other = true;
        }
    }
    fn draw_glyph_run(&mut self, _: &GlyphRun<'_, 'a>, _: DrawProps<'a>, _: &DrawMode) {
        self.other = true;
    }
    fn draw_image(&mut self, image: Image<'a, '_>, props: ImageDrawProps<'a>) {
        self.images += 1;
        if self.images > 1
            || self.other
            || props.soft_mask.is_some()
            || !matches!(props.blend_mode, BlendMode::Normal)
        {
            self.other = true;
            return;
        }
        let Image::Raster(raster) = &image else {
            // A stencil paints the fill colour through a mask: left to the renderer.
            self.other = true;
            return;
        };
        let mut decoded = None;
        raster.with_rgba(
            |data, alpha| {
                if alpha.is_some() || data.scale_factors() != (1.0, 1.0) {
                    return;
                }
                let (w, h) = (data.width(), data.height());
                let grey = match data {
                    hayro::hayro_interpret::ImageData::Luma(l) => l.data,
                    hayro::hayro_interpret::ImageData::Rgb(c) => c
                        .data
                        .chunks_exact(3)
                        .map(|p| grey_of(p[0], p[1], p[2]))
                        .collect(),
                };
                if grey.len() == w as usize * h as usize {
                    decoded = Some((grey, w, h, props.transform));
                }
            },
            None,
        );
        match decoded {
            Some(d) => self.image = Some(d),
            // Not decodable here (or with an alpha channel): the renderer says which.
            None => self.other = true,
        }
    }
    fn pop_clip(&mut self) {}
    fn pop_transparency_group(&mut self) {}
}

/// A colour as grey, with the weights of ITU-R BT.601 (a drawn page and a decoded image alike).
fn grey_of(r: u8, g: u8, b: u8) -> u8 {
    ((u32::from(r) * 299 + u32::from(g) * 587 + u32::from(b) * 114 + 500) / 1000) as u8
}

/// A page drawn for recognition.
pub struct Rendered {
    pub image: GrayImage,
    /// The resolution drawn at (lowered from the one asked for if the page is very large).
    pub dpi: u32,
    /// An image on the page could not be decoded (it is missing from the drawing): if the page
    /// then reads as blank or illegible, that is why.
    pub image_failed: bool,
}

/// Refuses decompression bombs before any stream is decoded: every Flate stream is inflated
/// once into nothing, counting, and stopped at what its kind can need (an image: its own pixel
/// count; anything else: [`MAX_STREAM_BYTES`]).
fn check_streams(pdf: &Pdf, release: &dyn Fn()) -> Result<(), PdfProblem> {
    use hayro::hayro_interpret::hayro_syntax::Filter;
    let mut read = 0usize;
    for object in pdf.objects() {
        let Object::Stream(stream) = object else {
            continue;
        };
        if read >= 16 * 1024 * 1024 {
            release();
            read = 0;
        }
        read += stream.raw_data().len();
        let filters = stream.filters();
        if !filters.iter().any(|f| matches!(f, Filter::FlateDecode)) {
            continue;
        }
        let limit = stream_limit(&stream);
        let raw = stream.raw_data();
        // Undo the filters in order, each step bounded by the limit, up to and including the
        // last Flate (Flate over Flate is how a small bomb reaches gigabytes). Text encodings
        // (hex, ASCII85) in front only ever shrink; any other filter ends the check, as what
        // it can expand to is bounded by its own format.
        let last_flate = filters
            .iter()
            .rposition(|f| matches!(f, Filter::FlateDecode))
            .unwrap_or(0);
        let mut data: std::borrow::Cow<'_, [u8]> = std::borrow::Cow::Borrowed(&raw);
        for (i, f) in filters.iter().enumerate().take(last_flate + 1) {
            let next = match f {
                Filter::FlateDecode if i == last_flate => {
                    if inflated_len(&data, limit + 1) > limit {
                        return Err(decompression_bomb(limit));
                    }
                    break;
                }
                Filter::FlateDecode => {
                    inflate_bounded(&data, limit).ok_or_else(|| decompression_bomb(limit))?
                }
                Filter::AsciiHexDecode => ascii_hex(&data),
                Filter::Ascii85Decode => ascii85(&data),
                _ => break,
            };
            data = std::borrow::Cow::Owned(next);
        }
    }
    Ok(())
}

fn decompression_bomb(limit: u64) -> PdfProblem {
    PdfProblem::TooLarge {
        page: 0,
        what: format!(
            "a compressed part of the file expands to more than {} MB when decompressed",
            limit / (1024 * 1024)
        ),
    }
}

/// Inflates `data` whole, or `None` if it would exceed `limit` bytes.
fn inflate_bounded(data: &[u8], limit: u64) -> Option<Vec<u8>> {
    let read = |r: &mut dyn Read| -> Option<Vec<u8>> {
        let mut out = Vec::new();
        r.take(limit + 1).read_to_end(&mut out).ok()?;
        Some(out)
    };
    let out = read(&mut flate2::read::ZlibDecoder::new(data))
        .filter(|o| !o.is_empty())
        .or_else(|| read(&mut flate2::read::DeflateDecoder::new(data)))?;
    (out.len() as u64 <= limit).then_some(out)
}

/// ASCIIHexDecode: pairs of hex digits, whitespace ignored, `>` ends the data.
fn ascii_hex(data: &[u8]) -> Vec<u8> {
    let digits: Vec<u8> = data
        .iter()
        .take_while(|&&b| b != b'>')
        .filter_map(|&b| (b as char).to_digit(16).map(|d| d as u8))
        .collect();
    digits
        .chunks(2)
        .map(|p| (p[0] << 4) | p.get(1).copied().unwrap_or(0))
        .collect()
}

/// ASCII85Decode: groups of five characters `!`-`u` to four bytes, `z` for four zeros, `~>`
/// ends the data.
fn ascii85(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() * 4 / 5 + 4);
    let mut group = [0u32; 5];
    let mut n = 0;
    for &b in data {
        match b {
            b'~' => break,
            b'z' if n == 0 => out.extend_from_slice(&[0; 4]),
            b'!'..=b'u' => {
                group[n] = u32::from(b - b'!');
                n += 1;
                if n == 5 {
                    let v = group
                        .iter()
                        .fold(0u32, |acc, &d| acc.wrapping_mul(85).wrapping_add(d));
                    out.extend_from_slice(&v.to_be_bytes());
                    n = 0;
                }
            }
            _ => {}
        }
    }
    if n > 1 {
        for slot in group.iter_mut().skip(n) {
            *slot = 84;
        }
        let v = group
            .iter()
            .fold(0u32, |acc, &d| acc.wrapping_mul(85).wrapping_add(d));
        out.extend_from_slice(&v.to_be_bytes()[..n - 1]);
    }
    out
}

fn stream_limit(stream: &Stream<'_>) -> u64 {
    let dict = stream.dict();
    let is_image = dict
        .get::<hayro::hayro_interpret::hayro_syntax::object::Name<'_>>(b"Subtype")
        .is_some_and(|n| n.as_ref() == b"Image");
    if !is_image {
        return MAX_STREAM_BYTES;
    }
    let w = dict.get::<i64>(b"Width").unwrap_or(0).clamp(0, 1 << 20) as u64;
    let h = dict.get::<i64>(b"Height").unwrap_or(0).clamp(0, 1 << 20) as u64;
    let bpc = dict
        .get::<i64>(b"BitsPerComponent")
        .unwrap_or(8)
        .clamp(1, 16) as u64;
    // Up to four components, a predictor byte a row, and slack for sloppy writers.
    let row = (w * 4 * bpc).div_ceil(8) + 1;
    (row * h)
        .saturating_mul(2)
        .clamp(1 << 20, MAX_IMAGE_PIXELS * 8)
}

/// Bytes a zlib (or raw deflate) stream inflates to, counted up to `cap`.
fn inflated_len(data: &[u8], cap: u64) -> u64 {
    let count = |r: &mut dyn Read| -> u64 {
        let mut buf = [0u8; 64 * 1024];
        let mut n = 0u64;
        while n < cap {
            match r.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(k) => n += k as u64,
            }
        }
        n
    };
    let z = count(&mut flate2::read::ZlibDecoder::new(data));
    if z > 0 {
        return z;
    }
    count(&mut flate2::read::DeflateDecoder::new(data))
}

/// A device that draws nothing and notes what a page shows: its glyphs and its images.
#[derive(Default)]
struct Survey {
    text: Lines,
    /// (width, height, bilevel, transform from pixel grid to page points)
    images: Vec<(u32, u32, bool, Affine)>,
}

impl<'a> Device<'a> for Survey {
    fn draw_path(&mut self, _: &BezPath, _: DrawProps<'a>, _: &DrawMode) {}
    fn push_clip_path(&mut self, _: &ClipPath) {}
    fn push_transparency_group(&mut self, _: f32, _: Option<SoftMask<'a>>, _: BlendMode) {}
    fn draw_glyph_run(&mut self, run: &GlyphRun<'_, 'a>, props: DrawProps<'a>, _: &DrawMode) {
        for g in run.glyphs() {
            let t = props.transform * g.transform();
            self.text.add(g, t);
        }
    }
    fn draw_image(&mut self, image: Image<'a, '_>, props: ImageDrawProps<'a>) {
        let (width, height) = (image.width(), image.height());
        let bilevel = match &image {
            Image::Stencil(_) => true,
            Image::Raster(r) => {
                let d: &Dict<'_> = r.stream().dict();
                d.get::<i64>(b"BitsPerComponent") == Some(1)
                    || d.get::<bool>(b"ImageMask") == Some(true)
                    || r.stream().filters().iter().any(|f| {
                        use hayro::hayro_interpret::hayro_syntax::Filter;
                        matches!(f, Filter::CcittFaxDecode | Filter::Jbig2Decode)
                    })
            }
        };
        self.images.push((width, height, bilevel, props.transform));
        // Decoders size their output from the stream's own parameters too (a CCITT stream's
        // /Columns and /Rows, a predictor's /Columns), which need not agree with the image:
        // they must fit as well. Noted with no area, so they count for size only.
        let stream = match &image {
            Image::Raster(r) => r.stream(),
            Image::Stencil(s) => s.stream(),
        };
        for (w, h) in decode_parms_sizes(stream.dict(), height) {
            self.images.push((w, h, true, Affine::scale(0.0)));
        }
        // A soft mask or an image mask is decoded at its own size: it must fit too.
        if let Image::Raster(r) = &image {
            for key in [b"SMask".as_slice(), b"Mask".as_slice()] {
                if let Some(mask) = r.stream().dict().get::<Stream<'_>>(key) {
                    let d = mask.dict();
                    let w = d
                        .get::<i64>(b"Width")
                        .unwrap_or(0)
                        .clamp(0, u32::MAX as i64) as u32;
                    let h = d
                        .get::<i64>(b"Height")
                        .unwrap_or(0)
                        .clamp(0, u32::MAX as i64) as u32;
                    self.images.push((w, h, true, Affine::scale(0.0)));
                }
            }
        }
    }
    fn pop_clip(&mut self) {}
    fn pop_transparency_group(&mut self) {}
}

/// The sizes an image stream's decode parameters imply: `/Columns` by `/Rows` (or the image's
/// height) for each filter's parameters.
fn decode_parms_sizes(dict: &Dict<'_>, height: u32) -> Vec<(u32, u32)> {
    use hayro::hayro_interpret::hayro_syntax::object::Array;
    let clamp = |v: i64| v.clamp(0, i64::from(u32::MAX)) as u32;
    let size = |d: &Dict<'_>| {
        let columns = d.get::<i64>(b"Columns")?;
        let rows = d.get::<i64>(b"Rows").map_or(height, clamp);
        Some((clamp(columns), rows.max(1)))
    };
    let mut out = Vec::new();
    for key in [b"DecodeParms".as_slice(), b"DP".as_slice()] {
        if let Some(d) = dict.get::<Dict<'_>>(key) {
            out.extend(size(&d));
        } else if let Some(a) = dict.get::<Array<'_>>(key) {
            out.extend(a.iter::<Dict<'_>>().filter_map(|d| size(&d)));
        }
    }
    out
}

/// One glyph placed on the page (points, y growing downwards).
struct Placed {
    x: f64,
    /// Baseline.
    y: f64,
    /// Right edge.
    x_end: f64,
    /// Size of the font's em on the page.
    size: f64,
    text: String,
}

/// Glyphs collected from a page, turned into lines of text.
#[derive(Default)]
struct Lines {
    glyphs: Vec<Placed>,
    unmapped: usize,
    /// Right edge of each glyph outline, in font units, by glyph identity.
    extents: HashMap<u128, f64>,
}

/// Glyphs on one page beyond which the text is not collected (a map or a chart of millions of
/// glyphs says nothing more for identification).
const MAX_GLYPHS: usize = 200_000;

impl Lines {
    fn add(&mut self, g: &Glyph<'_>, t: Affine) {
        if self.glyphs.len() >= MAX_GLYPHS {
            return;
        }
        let Some(u) = g.as_unicode() else {
            self.unmapped += 1;
            return;
        };
        let text = match u {
            hayro::hayro_interpret::hayro_cmap::BfString::Char(c) => c.to_string(),
            hayro::hayro_interpret::hayro_cmap::BfString::String(s) => s,
        };
        if text.chars().all(|c| c.is_control()) {
            self.unmapped += 1;
            return;
        }
        let o = t * Point::ZERO;
        let size = (t * Point::new(0.0, 1000.0) - o).hypot();
        if !size.is_finite() || !o.x.is_finite() || !o.y.is_finite() {
            return;
        }
        let right = match g {
            Glyph::Outline(outline) => {
                let key = outline.identifier().cache_key();
                *self
                    .extents
                    .entry(key)
                    .or_insert_with(|| outline.outline().bounding_box().x1.max(0.0))
            }
            Glyph::Type3(t3) => t3.advance_width().map_or(500.0, f64::from),
        };
        let x_end = (t * Point::new(right, 0.0)).x.max(o.x);
        self.glyphs.push(Placed {
            x: o.x,
            y: o.y,
            x_end,
            size,
            text,
        });
    }

    /// The glyphs as lines: grouped by baseline, each line left to right, a space where the
    /// gap between two glyphs is wider than a fifth of the em.
    fn lines(&mut self) -> String {
        let mut glyphs = std::mem::take(&mut self.glyphs);
        glyphs.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x)));
        let mut lines: Vec<Vec<Placed>> = Vec::new();
        for g in glyphs {
            match lines.last_mut() {
                Some(line)
                    if (line[0].y - g.y).abs() <= 0.4 * line[0].size.max(g.size).max(1.0) =>
                {
                    line.push(g)
                }
                _ => lines.push(vec![g]),
            }
        }
        let mut out = String::new();
        for mut line in lines {
            line.sort_by(|a, b| a.x.total_cmp(&b.x));
            let mut prev: Option<&Placed> = None;
            for g in &line {
                if let Some(p) = prev {
                    let gap = g.x - p.x_end;
                    let spaced = p.text.ends_with(char::is_whitespace)
                        || g.text.starts_with(char::is_whitespace);
                    if !spaced && gap > 0.2 * p.size.max(g.size) {
                        out.push(' ');
                    }
                }
                out.push_str(&g.text);
                prev = Some(g);
            }
            out.push('\n');
        }
        out
    }
}

trait ToKurbo {
    fn to_kurbo_affine(&self) -> Affine;
}

impl ToKurbo for hayro::hayro_interpret::hayro_syntax::transform::Transform {
    fn to_kurbo_affine(&self) -> Affine {
        use hayro::hayro_interpret::TransformExt;
        self.to_kurbo()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_non_pdf_bytes_are_refused() {
        assert_eq!(open(b"").unwrap_err(), PdfProblem::Empty);
        assert_eq!(
            open(b"PK\x03\x04 not a pdf").unwrap_err(),
            PdfProblem::NotPdf
        );
        assert!(matches!(
            open(b"%PDF-1.7\ngarbage without objects").unwrap_err(),
            PdfProblem::Damaged(_) | PdfProblem::NoPages
        ));
    }

    /// The framed view (see [`xref_frame`]) of files with a plain table, an update with
    /// `/Prev`, a cross-reference stream and object streams: every object its new section
    /// names is where it says (a wrong offset would send `hayro` to its whole-file rebuild,
    /// which reads the same pages, so the pages alone would not show it), and the pages read
    /// from the view are those read from the file.
    #[test]
    fn a_framed_view_names_every_object_where_it_lies_and_reads_the_same_pages() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("test-data");
        let files = [
            "formats/pdf/Re Evans - MK23C00456 - Bundle index.pdf",
            "formats/pdf/Hughes v Patel - LS24P01234 - Safeguarding letter.pdf",
            "formats/pdf/Smith v Brown - BM25P00012 - Case plan.pdf",
            "ocr-real/b2-memo.pdf",
            "mail/attachments/PNC summary.pdf",
        ];
        let mut compressed_seen = 0;
        for name in files {
            let bytes = std::fs::read(root.join(name)).unwrap();
            assert!(!xref_out_of_reach(&bytes), "{name}");
            let (prefix, suffix) =
                xref_frame(&bytes, 4096, std::sync::Arc::new(|| {})).expect(name);
            assert_eq!(prefix.len() % 4096, 0, "{name}");
            let view: Vec<u8> = [&prefix[..], &bytes[..], &suffix[..]].concat();
            // The new section, read back: its rows from the stream's data.
            let head = String::from_utf8_lossy(&prefix[..prefix.len().min(400)]).to_string();
            let size: usize = head
                .split("/Size ")
                .nth(1)
                .unwrap()
                .split(' ')
                .next()
                .unwrap()
                .parse()
                .unwrap();
            let data_at = prefix.windows(7).position(|w| w == b"stream\n").unwrap() + 7;
            let rows = &prefix[data_at..data_at + 7 * size];
            let mut normal = 0;
            for (id, row) in rows.chunks(7).enumerate() {
                let field = u32::from_be_bytes(row[1..5].try_into().unwrap()) as usize;
                let generation = u16::from_be_bytes(row[5..7].try_into().unwrap());
                match row[0] {
                    1 => {
                        let want = format!("{id} {generation} obj");
                        let at = &view[field..field + want.len() + 2];
                        let found = String::from_utf8_lossy(at);
                        assert!(
                            found.split_whitespace().collect::<Vec<_>>()[..3]
                                == want.split(' ').collect::<Vec<_>>()[..],
                            "{name}: object {id} is not at {field} (found {found:?})"
                        );
                        normal += 1;
                    }
                    2 => compressed_seen += 1,
                    _ => {}
                }
            }
            assert!(normal > 2, "{name}");
            let (a, b) = (open(&bytes).unwrap(), open(&view).unwrap());
            assert_eq!(a.pages(), b.pages(), "{name}");
            for i in 0..a.pages() {
                assert_eq!(
                    a.facts(i).unwrap().text,
                    b.facts(i).unwrap().text,
                    "{name} p{i}"
                );
            }
        }
        assert!(compressed_seen > 0, "no object stream was among the files");
    }

    #[test]
    fn a_startxref_past_two_gib_is_out_of_hayros_reach() {
        let mut bytes = b"%PDF-1.4\n".to_vec();
        bytes.extend_from_slice(b"trailer\n<< >>\nstartxref\n2147483648\n%%EOF\n");
        assert!(xref_out_of_reach(&bytes));
        let near = String::from_utf8_lossy(&bytes).replace("2147483648", "2147483647");
        assert!(!xref_out_of_reach(near.as_bytes()));
    }

    #[test]
    fn recognition_dpi_follows_the_scanned_image() {
        let facts = |dpi: f32, coverage: f32| PageFacts {
            width_pt: 595.0,
            height_pt: 842.0,
            rotate: 0,
            text: String::new(),
            text_chars: 0,
            glyphs: 0,
            unmapped_glyphs: 0,
            images: vec![ImageFacts {
                width: 100,
                height: 100,
                bilevel: true,
                dpi,
                coverage,
            }],
        };
        assert_eq!(facts(299.6, 0.98).recognition_dpi(), 300);
        assert_eq!(facts(204.0, 0.98).recognition_dpi(), 200);
        assert_eq!(facts(600.0, 0.98).recognition_dpi(), 400);
        assert_eq!(facts(96.0, 0.98).recognition_dpi(), 150);
        // A logo is not the page.
        assert_eq!(facts(96.0, 0.05).recognition_dpi(), 300);
    }

    /// The page as [`sole_image`] gives it at its recognition resolution, if it does.
    fn direct(pdf: &Opened, index: usize, dpi: u32) -> Option<GrayImage> {
        let page = pdf.pdf.pages().get(index)?;
        let (w, h) = page.render_dimensions();
        let s = dpi as f32 / 72.0;
        let t = Affine::scale(f64::from(s)) * page.initial_transform(true).to_kurbo_affine();
        sole_image(page, t, (w * s) as u32, (h * s) as u32)
    }

    /// A scanner's page (one image filling it at its own resolution) comes out as its image's
    /// pixels, the same as the renderer draws them, whatever the image's encoding: CCITT G4
    /// (tiff2pdf, img2pdf, BlackIs1 both ways), G3, JBIG2, JPEG in grey, colour and CMYK, JPEG
    /// 2000, LZW, ASCII85, a page turned by `/Rotate`. A page with anything else on it (text,
    /// several images, a mask) is drawn.
    #[test]
    fn a_page_that_is_one_image_is_its_pixels_as_the_renderer_draws_them() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("test-data");
        let mut files: Vec<_> = std::fs::read_dir(root.join("formats/pdf"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "pdf"))
            .collect();
        for name in [
            "b1-letter.pdf",
            "b2-memo.pdf",
            "b5-table.pdf",
            "g5-order-colour.pdf",
        ] {
            files.push(root.join("ocr-real").join(name));
        }
        files.sort();
        let (mut taken, mut drawn_only) = (0, 0);
        for file in &files {
            let bytes = std::fs::read(file).unwrap();
            let Ok(pdf) = open(&bytes) else { continue };
            let Ok(facts) = pdf.facts(0) else { continue };
            let dpi = facts.recognition_dpi();
            let Some(direct) = direct(&pdf, 0, dpi) else {
                drawn_only += 1;
                continue;
            };
            taken += 1;
            let name = file.file_name().unwrap().to_string_lossy();
            assert_eq!(
                facts.images.iter().filter(|i| i.coverage > 0.0).count(),
                1,
                "{name}"
            );
            let drawn = pdf.render_gray_drawn(0, dpi).unwrap().image;
            assert_eq!(direct.dimensions(), drawn.dimensions(), "{name}");
            let differ = direct
                .as_raw()
                .iter()
                .zip(drawn.as_raw())
                .filter(|(a, b)| a.abs_diff(**b) > 8)
                .count();
            assert!(
                differ * 1000 <= direct.as_raw().len(),
                "{name}: {differ} of {} pixels differ from the renderer's",
                direct.as_raw().len()
            );
            // And that is what rendering the page gives.
            assert_eq!(pdf.render_gray(0, dpi).unwrap().image, direct, "{name}");
        }
        assert!(taken >= 12, "only {taken} pages taken as one image");
        assert!(
            drawn_only >= 5,
            "only {drawn_only} pages left to the renderer"
        );
    }

    #[test]
    fn a_stamp_is_not_a_text_layer_but_a_page_of_words_is() {
        let mut f = PageFacts {
            width_pt: 595.0,
            height_pt: 842.0,
            rotate: 0,
            text: "Scanned 2025-03-18 09:30".into(),
            text_chars: 0,
            glyphs: 24,
            unmapped_glyphs: 0,
            images: Vec::new(),
        };
        f.text_chars = f.text.chars().filter(|c| c.is_alphanumeric()).count();
        assert!(!f.has_usable_text());
        f.text = "The hearing on 14 April will go ahead at Leeds Family Court as planned".into();
        f.text_chars = f.text.chars().filter(|c| c.is_alphanumeric()).count();
        f.glyphs = f.text.len();
        assert!(f.has_usable_text());
        // The same line over a full-page scan is a stamp: the page is still a scan.
        let mut over_scan = f.clone();
        over_scan.images.push(ImageFacts {
            width: 2480,
            height: 3508,
            bilevel: true,
            dpi: 300.0,
            coverage: 0.97,
        });
        assert!(!over_scan.has_usable_text());
        over_scan.text = "The hearing on 14 April will go ahead at Leeds Family Court.\n".repeat(4);
        over_scan.text_chars = over_scan
            .text
            .chars()
            .filter(|c| c.is_alphanumeric())
            .count();
        over_scan.glyphs = over_scan.text.len();
        assert!(
            over_scan.has_usable_text(),
            "an OCR layer over a scan is text"
        );
        f.unmapped_glyphs = f.glyphs;
        f.glyphs *= 2;
        f.unmapped_glyphs += 1;
        assert!(!f.has_usable_text(), "mostly unmapped glyphs are noise");
    }

    #[test]
    fn text_encodings_decode() {
        assert_eq!(ascii_hex(b"48 65 6C6c6f>"), b"Hello");
        assert_eq!(ascii_hex(b"414>"), b"A@");
        assert_eq!(ascii85(b"87cURD]i,\"Ebo80~>"), b"Hello World!");
        assert_eq!(ascii85(b"z~>"), [0, 0, 0, 0]);
        assert_eq!(ascii85(b"9jqo~>"), b"Man");
    }

    #[test]
    fn flate_over_flate_bombs_are_measured_layer_by_layer() {
        use std::io::Write;
        let deflate = |data: &[u8]| {
            let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
            z.write_all(data).unwrap();
            z.finish().unwrap()
        };
        let inner = deflate(&vec![b' '; 200 * 1024 * 1024]);
        let outer = deflate(&inner);
        assert!(outer.len() < 64 * 1024, "{}", outer.len());
        // The outer layer alone is small: only the second layer shows the bomb.
        assert!(inflated_len(&outer, u64::MAX) < 1024 * 1024);
        let first = inflate_bounded(&outer, MAX_STREAM_BYTES).expect("first layer is small");
        assert!(inflated_len(&first, MAX_STREAM_BYTES + 1) > MAX_STREAM_BYTES);
    }

    #[test]
    fn inflated_length_is_counted_without_keeping_it() {
        use std::io::Write;
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
        z.write_all(&vec![0u8; 10 * 1024 * 1024]).unwrap();
        let bomb = z.finish().unwrap();
        assert!(bomb.len() < 64 * 1024, "{}", bomb.len());
        assert!(inflated_len(&bomb, 1024 * 1024 + 1) > 1024 * 1024);
        assert_eq!(inflated_len(&bomb, u64::MAX), 10 * 1024 * 1024);
    }
}
