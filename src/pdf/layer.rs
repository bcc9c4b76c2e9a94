//! Laying recognised text over the pages of an existing PDF, the original pages unchanged.
//!
//! Tesseract writes, for each recognised page, a one-page PDF holding only the invisible text
//! (its `textonly` renderer: a glyphless CID font with a Unicode map, so copied text is right,
//! Welsh letters included). That page's content becomes a form XObject drawn over the original
//! page, mapped onto the page's crop box and displayed orientation; the page's own content
//! streams are wrapped in `q ... Q` so that whatever graphics state they leave behind cannot
//! shift the layer. A page that was recognised turned (it lay sideways) gets its `/Rotate`
//! changed, so that viewers show it upright, and the layer is mapped in that orientation.
//!
//! How the result is written:
//! - the file as `lopdf` reads it, without repair, with the same pages `hayro` found: an
//!   incremental update (ISO 32000-1, 7.5.6). The original bytes are a prefix of the result,
//!   every original object is untouched, and the file grows by the layer only;
//! - otherwise (the cross-reference data had to be rebuilt, or the readers disagree about the
//!   pages): rewritten whole by `lopdf` from the objects it recovered. Streams are copied as
//!   stored, so the page images are still the scanner's own bytes; [`Written::Rewritten`] says
//!   so, for the record.

use std::collections::BTreeMap;

use std::sync::Arc;

use lopdf::{dictionary, Dictionary, Document, Object, ObjectId, Stream};

use super::{guarded, PdfProblem};

/// One page's text layer.
#[derive(Clone)]
pub struct TextLayer {
    /// 0-based page index in the original.
    pub page: usize,
    /// Tesseract's one-page text-only PDF for that page.
    pub pdf: Vec<u8>,
    /// Degrees (0, 90, 180, 270) the page was turned clockwise to read it: added to its
    /// `/Rotate`, and the layer is in that orientation.
    pub turn: u16,
}

impl std::fmt::Debug for TextLayer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TextLayer")
            .field("page", &self.page)
            .field("pdf_bytes", &self.pdf.len())
            .field("turn", &self.turn)
            .finish()
    }
}

/// How the layered PDF was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    /// The original bytes, then an incremental update.
    Incremental,
    /// Rewritten whole from the recovered objects (the original's structure was damaged).
    Rewritten,
}

/// What [`add_text_layers_to`] made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Layered {
    /// Bytes to append to the original as they are (an incremental update): the stored PDF is
    /// the original followed by these.
    Appended(Vec<u8>),
    /// The whole file, rewritten from its recovered objects (the original's structure was
    /// damaged).
    Rewritten(Vec<u8>),
}

/// Lays each layer over its page. `pages` is the page count `hayro` found; a file whose page
/// tree `lopdf` reads differently is not layered by guesswork but refused as damaged. Returns
/// the whole result, in memory.
pub fn add_text_layers(
    original: &[u8],
    pages: usize,
    layers: &[TextLayer],
) -> Result<(Vec<u8>, Written), PdfProblem> {
    Ok(
        match add_text_layers_to(original, pages, layers, Arc::new(|| {}))? {
            Layered::Appended(tail) => {
                let mut out = Vec::with_capacity(original.len() + tail.len());
                out.extend_from_slice(original);
                out.extend_from_slice(&tail);
                (out, Written::Incremental)
            }
            Layered::Rewritten(whole) => (whole, Written::Rewritten),
        },
    )
}

/// As [`add_text_layers`], but for an original that may be far larger than memory (issue 12):
/// the structure is read with every stream's contents left behind (the update needs the page
/// tree and dictionaries, never an image's bytes), `release` is called every few MiB read so
/// that the caller can give a memory-mapped original's pages back, and an incremental update
/// comes back as the bytes to append, never with a copy of the original. Only a file that
/// must be rewritten whole (damaged) is read whole.
pub fn add_text_layers_to(
    original: &[u8],
    pages: usize,
    layers: &[TextLayer],
    release: Arc<dyn Fn() + Send + Sync>,
) -> Result<Layered, PdfProblem> {
    let hook = ReleaseHook::register(release);
    let layered = guarded(|| add_inner(original, pages, layers))?;
    drop(hook);
    layered
}

/// Streams longer than this are read without their contents for an incremental update.
const KEPT_STREAM: usize = 4096;

/// A caller's function giving a map's resident pages back ([`crate::content::Content::release`]).
type ReleaseFn = Arc<dyn Fn() + Send + Sync>;

/// Callers' release functions, called from [`skip_stream_contents`] (a plain `fn`, as lopdf
/// takes it, possibly on rayon's threads: hence global).
static RELEASE_HOOKS: std::sync::Mutex<Vec<(u64, ReleaseFn)>> = std::sync::Mutex::new(Vec::new());
static NEXT_HOOK: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
/// Stream bytes read since the hooks were last called.
static READ_SINCE_RELEASE: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
const RELEASE_EVERY: usize = 16 * 1024 * 1024;

/// A release function registered while one document is layered.
struct ReleaseHook(u64);

impl ReleaseHook {
    fn register(f: Arc<dyn Fn() + Send + Sync>) -> ReleaseHook {
        let id = NEXT_HOOK.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        RELEASE_HOOKS
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push((id, f));
        ReleaseHook(id)
    }
}

impl Drop for ReleaseHook {
    fn drop(&mut self) {
        let mut hooks = RELEASE_HOOKS.lock().unwrap_or_else(|p| p.into_inner());
        hooks.retain(|(id, _)| *id != self.0);
        drop(hooks);
    }
}

/// lopdf's load filter: a stream's contents (an image, a page's drawing) are dropped as soon
/// as they are parsed, leaving one byte (an empty stream would be read again by lopdf);
/// object streams, which hold other objects, are kept. Every [`RELEASE_EVERY`] bytes of
/// streams read, the registered release functions run.
fn skip_stream_contents(id: ObjectId, object: &mut Object) -> Option<(ObjectId, Object)> {
    use std::sync::atomic::Ordering;
    if let Object::Stream(s) = object {
        let read = s.content.len();
        let keep = read <= KEPT_STREAM || s.dict.has_type(b"ObjStm") || s.dict.has_type(b"XRef");
        if !keep {
            s.content = vec![b' '];
        }
        if READ_SINCE_RELEASE.fetch_add(read, Ordering::Relaxed) + read >= RELEASE_EVERY {
            READ_SINCE_RELEASE.store(0, Ordering::Relaxed);
            let hooks: Vec<_> = RELEASE_HOOKS
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .iter()
                .map(|(_, f)| f.clone())
                .collect();
            for f in hooks {
                f();
            }
        }
    }
    Some((id, object.clone()))
}

/// The file's structure as `lopdf` reads it with the contents of its large streams left
/// behind (see [`skip_stream_contents`]), `release` called every few MiB of streams read;
/// `None` where `lopdf` cannot read it (or fails on it).
pub(crate) fn structure(original: &[u8], release: ReleaseFn) -> Option<Document> {
    let hook = ReleaseHook::register(release);
    let light = lopdf::LoadOptions {
        filter: Some(skip_stream_contents),
        ..lopdf::LoadOptions::default()
    };
    let doc = guarded(|| Document::load_mem_with_options(original, light).ok())
        .ok()
        .flatten();
    drop(hook);
    doc
}

fn add_inner(original: &[u8], pages: usize, layers: &[TextLayer]) -> Result<Layered, PdfProblem> {
    // First the structure alone: enough to append an update to a sound file.
    let light = lopdf::LoadOptions {
        filter: Some(skip_stream_contents),
        ..lopdf::LoadOptions::default()
    };
    if let Ok(doc) = Document::load_mem_with_options(original, light) {
        if doc.is_encrypted() || doc.trailer.get(b"Encrypt").is_ok() {
            return Err(PdfProblem::Encrypted);
        }
        let crowded = doc.max_id > u32::MAX - 100_000;
        if !crowded && appendable(original, &doc) {
            let mut work = doc.clone();
            // A page tree this reading cannot follow is left to the whole reading below,
            // which rebuilds it.
            if let Ok(touched) = lay_all(&mut work, pages, layers) {
                let tail = update(original, &doc, &work, &touched).map_err(|e| {
                    PdfProblem::Damaged(short(&format!("the layer could not be written: {e}")))
                })?;
                return Ok(Layered::Appended(tail));
            }
        }
    }
    // A damaged (or crowded) file: read whole and rewritten from its objects.
    let doc =
        Document::load_mem_with_options(original, lopdf::LoadOptions::default()).map_err(|e| {
            PdfProblem::Damaged(short(&format!("its structure cannot be rewritten: {e}")))
        })?;
    if doc.is_encrypted() || doc.trailer.get(b"Encrypt").is_ok() {
        return Err(PdfProblem::Encrypted);
    }
    let mut work = doc;
    if work.max_id > u32::MAX - 100_000 {
        // Object numbers near the top of their range leave no room for the layer's objects
        // (lopdf would panic): renumbered.
        work.renumber_objects();
    }
    lay_all(&mut work, pages, layers)?;
    let mut out = Vec::with_capacity(original.len() + 16 * 1024 * layers.len().max(1));
    work.save_to(&mut out).map_err(|e| {
        PdfProblem::Damaged(short(&format!(
            "the repaired file could not be written: {e}"
        )))
    })?;
    Ok(Layered::Rewritten(out))
}

/// Lays every layer over its page of `work`; returns the objects changed or added.
fn lay_all(
    work: &mut Document,
    pages: usize,
    layers: &[TextLayer],
) -> Result<Vec<ObjectId>, PdfProblem> {
    let page_ids: Vec<ObjectId> = work.get_pages().values().copied().collect();
    if page_ids.len() != pages {
        return Err(PdfProblem::Damaged(format!(
            "its page tree is inconsistent ({} pages one way, {} another)",
            page_ids.len(),
            pages
        )));
    }
    // Objects added from here on get ids above the original's highest.
    let original_max = work.max_id;
    let mut touched: Vec<ObjectId> = Vec::new();
    let mut font: Option<Object> = None;
    for layer in layers {
        let Some(&page_id) = page_ids.get(layer.page) else {
            return Err(PdfProblem::Damaged(format!(
                "page {} cannot be found",
                layer.page + 1
            )));
        };
        lay_over(work, page_id, layer, &mut font, &mut touched)?;
    }
    touched.extend(
        work.objects
            .keys()
            .filter(|id| id.0 > original_max)
            .copied(),
    );
    touched.sort_unstable();
    touched.dedup();
    Ok(touched)
}

/// The incremental update (ISO 32000-1, 7.5.6) that appends `touched` objects of `work` to
/// `original` (read as `prev`): the objects, then a cross-reference section of the same kind
/// as the original's last (a table, or a stream), whose trailer points back at it with
/// `/Prev`. Offsets count from the start of the original, so the bytes returned go right after
/// it. Written here rather than by lopdf's `IncrementalDocument`, which needs the original's
/// bytes in a `Vec` of its own and counts offsets in 32 bits.
fn update(
    original: &[u8],
    prev: &Document,
    work: &Document,
    touched: &[ObjectId],
) -> std::io::Result<Vec<u8>> {
    use lopdf::Writer;
    use std::io::Write as _;
    let mut out = Vec::new();
    if original.last() != Some(&b'\n') {
        out.push(b'\n');
    }
    let base = original.len() as u64;
    let mut entries: Vec<(u32, u16, u64)> = Vec::with_capacity(touched.len() + 1);
    for &id in touched {
        let Some(object) = work.objects.get(&id) else {
            continue;
        };
        entries.push((id.0, id.1, base + out.len() as u64));
        write!(
            out,
            "{} {} obj\n{}",
            id.0,
            id.1,
            if Writer::need_separator(object) {
                " "
            } else {
                ""
            }
        )?;
        Writer::write_object(&mut out, object)?;
        writeln!(
            out,
            "{}\nendobj",
            if Writer::need_end_separator(object) {
                " "
            } else {
                ""
            }
        )?;
    }
    let mut trailer = prev.trailer.clone();
    let stale: [&[u8]; 12] = [
        b"Prev",
        b"XRefStm",
        b"Type",
        b"W",
        b"Index",
        b"Length",
        b"Filter",
        b"DecodeParms",
        b"DL",
        b"F",
        b"FFilter",
        b"FDecodeParms",
    ];
    for key in stale {
        trailer.remove(key);
    }
    trailer.set("Prev", Object::Integer(prev.xref_start as i64));
    let xref_at = base + out.len() as u64;
    // Runs of consecutive object numbers, each a subsection.
    let runs = |entries: &[(u32, u16, u64)]| {
        let mut runs: Vec<(u32, Vec<(u16, u64)>)> = Vec::new();
        for &(n, g, at) in entries {
            match runs.last_mut() {
                Some((start, v)) if *start + v.len() as u32 == n => v.push((g, at)),
                _ => runs.push((n, vec![(g, at)])),
            }
        }
        runs
    };
    match prev.reference_table.cross_reference_type {
        lopdf::xref::XrefType::CrossReferenceTable => {
            trailer.set("Size", Object::Integer(i64::from(work.max_id) + 1));
            out.extend_from_slice(b"xref\n");
            for (start, v) in runs(&entries) {
                writeln!(out, "{start} {}", v.len())?;
                for (g, at) in v {
                    // Each entry is 20 bytes: the space before the newline is part of it.
                    writeln!(out, "{at:010} {g:05} n ")?;
                }
            }
            out.extend_from_slice(b"trailer\n");
            Writer::write_object(&mut out, &Object::Dictionary(trailer))?;
        }
        lopdf::xref::XrefType::CrossReferenceStream => {
            // The stream is an object too, numbered after the highest.
            let own = work.max_id + 1;
            entries.push((own, 0, xref_at));
            trailer.set("Size", Object::Integer(i64::from(own) + 1));
            let mut index = Vec::new();
            let mut data = Vec::with_capacity(entries.len() * 11);
            for (start, v) in runs(&entries) {
                index.push(Object::Integer(i64::from(start)));
                index.push(Object::Integer(v.len() as i64));
                for (g, at) in v {
                    data.push(1u8);
                    data.extend_from_slice(&at.to_be_bytes());
                    data.extend_from_slice(&g.to_be_bytes());
                }
            }
            trailer.set("Type", Object::Name(b"XRef".to_vec()));
            trailer.set("W", Object::Array(vec![1.into(), 8.into(), 2.into()]));
            trailer.set("Index", Object::Array(index));
            trailer.set("Length", Object::Integer(data.len() as i64));
            let mut stream = Stream::new(trailer, data);
            stream.allows_compression = false;
            writeln!(out, "{own} 0 obj")?;
            Writer::write_object(&mut out, &Object::Stream(stream))?;
            out.extend_from_slice(b"\nendobj\n");
        }
    }
    write!(out, "\nstartxref\n{xref_at}\n%%EOF\n")?;
    Ok(out)
}

/// Whether an incremental update can be appended to `original` as `lopdf` read it: only when
/// nothing had to be repaired. The file starts with its header (offsets count from there, so
/// bytes prepended by a mail gateway or web download would shift the update's); its last
/// `startxref` points at a cross-reference section where `lopdf` found one; a strict reading
/// finds nothing wrong (every stream's `/Length` right, no stray tokens). Otherwise the original's damage would be carried into
/// the stored file, and a strict reader (qpdf) would call it damaged.
fn appendable(original: &[u8], doc: &Document) -> bool {
    if !original.starts_with(b"%PDF-") || doc.xref_recovery.is_some() || doc.xref_start == 0 {
        return false;
    }
    let tail = &original[original.len().saturating_sub(1024)..];
    let Some(at) = tail.windows(9).rposition(|w| w == b"startxref") else {
        return false;
    };
    let digits: String = tail[at + 9..]
        .iter()
        .map(|&b| b as char)
        .skip_while(|c| c.is_ascii_whitespace())
        .take_while(char::is_ascii_digit)
        .collect();
    let Ok(start) = digits.parse::<usize>() else {
        return false;
    };
    if start != doc.xref_start || start >= original.len() {
        return false;
    }
    let section = &original[start..];
    let is_table = section.starts_with(b"xref");
    let is_stream = section
        .iter()
        .take(32)
        .position(|&b| b == b'o')
        .is_some_and(|i| section[i..].starts_with(b"obj"));
    if !is_table && !is_stream {
        return false;
    }
    // Whatever else lopdf forgives silently (a stream whose /Length is wrong, a stray token),
    // strict reading refuses.
    let strict = lopdf::LoadOptions {
        strict: true,
        filter: Some(skip_stream_contents),
        ..lopdf::LoadOptions::default()
    };
    Document::load_mem_with_options(original, strict).is_ok()
}

/// An attribute of a page, looked up the page tree as PDF inheritance says (`/Resources`,
/// `/MediaBox`, `/CropBox`, `/Rotate`).
fn inherited(doc: &Document, page: ObjectId, key: &[u8]) -> Option<Object> {
    let mut id = page;
    for _ in 0..64 {
        let dict = doc.get_dictionary(id).ok()?;
        if let Ok(v) = dict.get(key) {
            return Some(v.clone());
        }
        id = dict.get(b"Parent").ok()?.as_reference().ok()?;
    }
    None
}

fn resolve<'d>(doc: &'d Document, o: &'d Object) -> &'d Object {
    let mut o = o;
    for _ in 0..32 {
        match o {
            Object::Reference(id) => match doc.get_object(*id) {
                Ok(next) => o = next,
                Err(_) => return o,
            },
            _ => return o,
        }
    }
    o
}

fn number(o: &Object) -> Option<f64> {
    match o {
        Object::Integer(i) => Some(*i as f64),
        Object::Real(r) => Some(f64::from(*r)),
        _ => None,
    }
}

fn rect(doc: &Document, o: &Object) -> Option<[f64; 4]> {
    let a = resolve(doc, o).as_array().ok()?;
    if a.len() != 4 {
        return None;
    }
    let v: Vec<f64> = a
        .iter()
        .map(|x| number(resolve(doc, x)))
        .collect::<Option<_>>()?;
    Some([
        v[0].min(v[2]),
        v[1].min(v[3]),
        v[0].max(v[2]),
        v[1].max(v[3]),
    ])
}

/// The page's visible box in its user space: the crop box within the media box (A4 when
/// neither is readable), as `hayro` renders it.
fn visible_box(doc: &Document, page: ObjectId) -> [f64; 4] {
    let media = inherited(doc, page, b"MediaBox")
        .and_then(|o| rect(doc, &o))
        .unwrap_or([0.0, 0.0, 595.0, 842.0]);
    let crop = inherited(doc, page, b"CropBox")
        .and_then(|o| rect(doc, &o))
        .unwrap_or(media);
    let b = [
        crop[0].max(media[0]),
        crop[1].max(media[1]),
        crop[2].min(media[2]),
        crop[3].min(media[3]),
    ];
    if b[2] - b[0] < 1.0 || b[3] - b[1] < 1.0 {
        media
    } else {
        b
    }
}

/// The matrix taking the layer's space (displayed page, `w` x `h` points, origin bottom left)
/// onto the page's user space, for a page shown with `rotate` over box `b`.
fn layer_matrix(b: [f64; 4], rotate: u16, w: f64, h: f64) -> [f64; 6] {
    let [x0, y0, x1, y1] = b;
    let (bw, bh) = (x1 - x0, y1 - y0);
    let (dw, dh) = if rotate % 180 == 90 {
        (bh, bw)
    } else {
        (bw, bh)
    };
    let sx = if w > 0.0 { dw / w } else { 1.0 };
    let sy = if h > 0.0 { dh / h } else { 1.0 };
    // (u, v) displayed -> (x, y) user: x = a u + c v + e, y = b u + d v + f.
    let (a, bb, c, d, e, f) = match rotate {
        90 => (0.0, 1.0, -1.0, 0.0, x1, y0),
        180 => (-1.0, 0.0, 0.0, -1.0, x1, y1),
        270 => (0.0, -1.0, 1.0, 0.0, x0, y1),
        _ => (1.0, 0.0, 0.0, 1.0, x0, y0),
    };
    [a * sx, bb * sx, c * sy, d * sy, e, f]
}

/// The layer page of Tesseract's text-only PDF: its size, its font resource (name, font
/// object) and its decoded content.
struct LayerPage {
    width: f64,
    height: f64,
    font_name: Vec<u8>,
    content: Vec<u8>,
}

fn read_layer(
    pdf: &[u8],
    into: &mut Document,
    font: &mut Option<Object>,
) -> Result<LayerPage, PdfProblem> {
    let bad = |what: &str| {
        PdfProblem::Damaged(format!("the recognised text layer is unreadable ({what})"))
    };
    let src = Document::load_mem(pdf).map_err(|_| bad("not a PDF"))?;
    let page_id = *src
        .get_pages()
        .values()
        .next()
        .ok_or_else(|| bad("no page"))?;
    let page = src.get_dictionary(page_id).map_err(|_| bad("no page"))?;
    let media = page
        .get(b"MediaBox")
        .ok()
        .and_then(|o| rect(&src, o))
        .ok_or_else(|| bad("no size"))?;
    let mut content = Vec::new();
    for id in src.get_page_contents(page_id) {
        if let Ok(Object::Stream(s)) = src.get_object(id) {
            let data = s
                .decompressed_content()
                .unwrap_or_else(|_| s.content.clone());
            content.extend_from_slice(&data);
            content.push(b'\n');
        }
    }
    let content = level_words(&content).unwrap_or(content);
    let resources = page
        .get(b"Resources")
        .map(|o| resolve(&src, o))
        .and_then(Object::as_dict)
        .map_err(|_| bad("no resources"))?;
    let fonts = resolve(&src, resources.get(b"Font").map_err(|_| bad("no font"))?)
        .as_dict()
        .map_err(|_| bad("no font"))?;
    let (name, font_obj) = fonts.iter().next().ok_or_else(|| bad("no font"))?;
    // Every page's layer uses the same glyphless font: bring it in once.
    if font.is_none() {
        let mut map = BTreeMap::new();
        *font = Some(import(&src, into, font_obj, &mut map, 0));
    }
    Ok(LayerPage {
        width: media[2] - media[0],
        height: media[3] - media[1],
        font_name: name.clone(),
        content,
    })
}

/// Rewrites Tesseract's text content so that every word sits level at its own starting point.
///
/// Tesseract sets each line on its own baseline, slanted as the line is on the scan, and moves
/// from word to word along it. Text extractors (pdftotext, a viewer's copy and search) then
/// see each letter of a slanted word a little higher or lower than the last and split the word
/// into pieces: on a page photographed at a slight angle, pdftotext found less than half of
/// the words that Tesseract had read. Placing each word level, where it starts on the slanted
/// line, keeps every word whole (its letters share a baseline) and each word where it is on the
/// page; a slanted line becomes a staircase of level words. Lines turned by more than 20
/// degrees (text set vertically on purpose) are left as Tesseract wrote them. `None` when the
/// content cannot be parsed (it is then kept as it was).
pub fn level_words(content: &[u8]) -> Option<Vec<u8>> {
    use lopdf::content::{Content, Operation};
    let ops = Content::decode(content).ok()?.operations;
    let num = |o: &Object| match o {
        Object::Integer(i) => Some(*i as f64),
        Object::Real(r) => Some(f64::from(*r)),
        _ => None,
    };
    // Text matrix (Tm) and line matrix (Tlm), as [a b c d e f].
    let mut tm = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];
    let mut tlm = tm;
    let mut out = Vec::with_capacity(ops.len());
    for op in ops {
        match op.operator.as_str() {
            "BT" => {
                tm = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];
                tlm = tm;
                out.push(op);
            }
            "Tm" if op.operands.len() == 6 => {
                let v: Vec<f64> = op.operands.iter().filter_map(num).collect();
                if v.len() != 6 {
                    return None;
                }
                tm = [v[0], v[1], v[2], v[3], v[4], v[5]];
                tlm = tm;
            }
            "Td" | "TD" if op.operands.len() == 2 => {
                let (tx, ty) = (num(&op.operands[0])?, num(&op.operands[1])?);
                // Tlm = [1 0 0 1 tx ty] x Tlm
                let [a, b, c, d, e, f] = tlm;
                tlm = [a, b, c, d, tx * a + ty * c + e, tx * b + ty * d + f];
                tm = tlm;
                if op.operator == "TD" {
                    out.push(Operation::new("TL", vec![Object::Real(-ty as f32)]));
                }
            }
            "TJ" | "Tj" => {
                let [a, b, c, d, e, f] = tm;
                let scale = a.hypot(b);
                let angle = b.atan2(a).to_degrees();
                let level = if angle.abs() <= 20.0 && scale > 0.0 {
                    [scale, 0.0, 0.0, scale * (a * d - b * c).signum(), e, f]
                } else {
                    [a, b, c, d, e, f]
                };
                out.push(Operation::new(
                    "Tm",
                    level.iter().map(|v| Object::Real(*v as f32)).collect(),
                ));
                out.push(op);
            }
            // Not written by Tesseract: rather than guess, keep its content as it is.
            "T*" | "'" | "\"" => return None,
            _ => out.push(op),
        }
    }
    Content { operations: out }.encode().ok()
}

/// [`level_words`] applied to every page of a PDF Tesseract wrote whole (page image and text
/// layer). The page images are untouched (streams are copied as they are stored); a file that
/// cannot be rewritten is returned as it was.
pub fn level_words_in(pdf: &[u8]) -> Vec<u8> {
    guarded(|| {
        let mut doc = Document::load_mem(pdf).ok()?;
        let mut ids = Vec::new();
        for page in doc.get_pages().values() {
            ids.extend(doc.get_page_contents(*page));
        }
        for id in ids {
            let Ok(Object::Stream(s)) = doc.get_object_mut(id) else {
                continue;
            };
            let Ok(data) = s.decompressed_content() else {
                continue;
            };
            if let Some(level) = level_words(&data) {
                s.dict.remove(b"DecodeParms");
                s.dict.remove(b"Filter");
                s.set_content(level);
                let _ = s.compress();
            }
        }
        let mut out = Vec::with_capacity(pdf.len());
        doc.save_to(&mut out).ok()?;
        Some(out)
    })
    .ok()
    .flatten()
    .unwrap_or_else(|| pdf.to_vec())
}

/// Copies `o` from `src` into `dst`, with every object it refers to (new ids in `dst`).
fn import(
    src: &Document,
    dst: &mut Document,
    o: &Object,
    map: &mut BTreeMap<ObjectId, ObjectId>,
    depth: u32,
) -> Object {
    if depth > 64 {
        return Object::Null;
    }
    match o {
        Object::Reference(id) => {
            if let Some(new) = map.get(id) {
                return Object::Reference(*new);
            }
            let new = dst.new_object_id();
            map.insert(*id, new);
            let copied = match src.get_object(*id) {
                Ok(target) => import(src, dst, target, map, depth + 1),
                Err(_) => Object::Null,
            };
            dst.objects.insert(new, copied);
            Object::Reference(new)
        }
        Object::Array(a) => Object::Array(
            a.iter()
                .map(|x| import(src, dst, x, map, depth + 1))
                .collect(),
        ),
        Object::Dictionary(d) => Object::Dictionary(import_dict(src, dst, d, map, depth)),
        Object::Stream(s) => {
            let dict = import_dict(src, dst, &s.dict, map, depth);
            let mut stream = Stream::new(dict, s.content.clone());
            stream.allows_compression = false;
            Object::Stream(stream)
        }
        other => other.clone(),
    }
}

fn import_dict(
    src: &Document,
    dst: &mut Document,
    d: &Dictionary,
    map: &mut BTreeMap<ObjectId, ObjectId>,
    depth: u32,
) -> Dictionary {
    let mut out = Dictionary::new();
    for (k, v) in d.iter() {
        out.set(k.clone(), import(src, dst, v, map, depth + 1));
    }
    out
}

/// A resource sub-dictionary (`/XObject`, `/Font`...) of `resources`, resolved and copied, so
/// that adding to it never changes what other pages share.
fn own_subdict(doc: &Document, resources: &Dictionary, key: &[u8]) -> Dictionary {
    resources
        .get(key)
        .ok()
        .map(|o| resolve(doc, o))
        .and_then(|o| o.as_dict().ok())
        .cloned()
        .unwrap_or_default()
}

fn lay_over(
    doc: &mut Document,
    page_id: ObjectId,
    layer: &TextLayer,
    font: &mut Option<Object>,
    touched: &mut Vec<ObjectId>,
) -> Result<(), PdfProblem> {
    let lp = read_layer(&layer.pdf, doc, font)?;
    let font_ref = font.clone().unwrap_or(Object::Null);
    let rotate_now = inherited(doc, page_id, b"Rotate")
        .and_then(|o| number(resolve(doc, &o)))
        .map(|r| (r as i64).rem_euclid(360) as u16)
        .map(|r| r - r % 90)
        .unwrap_or(0);
    let rotate = (rotate_now + layer.turn) % 360;
    let b = visible_box(doc, page_id);
    let m = layer_matrix(b, rotate, lp.width, lp.height);

    let form = Stream::new(
        dictionary! {
            "Type" => "XObject",
            "Subtype" => "Form",
            "BBox" => vec![0.into(), 0.into(), Object::Real(lp.width as f32), Object::Real(lp.height as f32)],
            "Matrix" => m.iter().map(|v| Object::Real(*v as f32)).collect::<Vec<_>>(),
            "Resources" => dictionary! {
                "Font" => dictionary! { lp.font_name.clone() => font_ref },
            },
        },
        lp.content,
    );
    let mut form = form;
    let _ = form.compress();
    let form_id = doc.add_object(Object::Stream(form));
    let name = format!("CasevaultOCR{}", layer.page + 1).into_bytes();
    let open = doc.add_object(Object::Stream(Stream::new(dictionary! {}, b"q\n".to_vec())));
    let close = doc.add_object(Object::Stream(Stream::new(
        dictionary! {},
        format!("\nQ\nq /{} Do Q\n", String::from_utf8_lossy(&name)).into_bytes(),
    )));

    // The page's own resources, copied so that adding the layer changes no other page.
    let resources = inherited(doc, page_id, b"Resources")
        .map(|o| resolve(doc, &o).clone())
        .and_then(|o| o.as_dict().ok().cloned())
        .unwrap_or_default();
    let mut xobjects = own_subdict(doc, &resources, b"XObject");
    xobjects.set(name, Object::Reference(form_id));
    let mut resources = resources;
    resources.set("XObject", Object::Dictionary(xobjects));

    let contents: Vec<Object> = {
        let page = doc
            .get_dictionary(page_id)
            .map_err(|_| PdfProblem::Damaged("a page is not a dictionary".into()))?;
        page.get(b"Contents")
            .ok()
            .map(|o| resolve_contents(doc, o))
            .unwrap_or_default()
    };
    let mut new_contents = vec![Object::Reference(open)];
    new_contents.extend(contents);
    new_contents.push(Object::Reference(close));

    let page = doc
        .get_object_mut(page_id)
        .and_then(Object::as_dict_mut)
        .map_err(|_| PdfProblem::Damaged("a page is not a dictionary".into()))?;
    page.set("Resources", Object::Dictionary(resources));
    page.set("Contents", Object::Array(new_contents));
    if layer.turn != 0 {
        page.set("Rotate", Object::Integer(i64::from(rotate)));
    }
    touched.push(page_id);
    Ok(())
}

/// `/Contents` as a list of references (or direct streams), whichever way the page gives it.
fn resolve_contents(doc: &Document, o: &Object) -> Vec<Object> {
    match o {
        Object::Reference(id) => match doc.get_object(*id) {
            Ok(Object::Array(a)) => a.clone(),
            Ok(_) => vec![o.clone()],
            Err(_) => Vec::new(),
        },
        Object::Array(a) => a.clone(),
        other => vec![other.clone()],
    }
}

fn short(message: &str) -> String {
    const MAX: usize = 160;
    match message.char_indices().nth(MAX) {
        Some((cut, _)) => format!("{}...", &message[..cut]),
        None => message.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slanted_words_are_set_level_where_they_start() {
        // A line turned by about 2 degrees, three words along it (Tesseract's shape).
        let slanted = b"BT 3 Tr 0.999 0.035 -0.035 0.999 100 500 Tm /f-0-0 30 Tf 90 Tz \
            [ <0041> ] TJ 200 0 Td [ <0042> ] TJ 200 0 Td [ <0043> ] TJ ET";
        let level = String::from_utf8(level_words(slanted).unwrap()).unwrap();
        let tms: Vec<Vec<f64>> = level
            .lines()
            .filter(|l| l.ends_with("Tm"))
            .map(|l| {
                l.split_whitespace()
                    .filter_map(|t| t.parse().ok())
                    .collect()
            })
            .collect();
        assert_eq!(tms.len(), 3, "{level}");
        for (k, tm) in tms.iter().enumerate() {
            // Level (no rotation), same scale...
            assert!((tm[1]).abs() < 1e-6 && (tm[2]).abs() < 1e-6, "{tm:?}");
            assert!((tm[0] - 1.0).abs() < 0.01, "{tm:?}");
            // ...and starting where the word starts on the slanted line.
            let along = 200.0 * k as f64;
            assert!((tm[4] - (100.0 + 0.999 * along)).abs() < 0.01, "{tm:?}");
            assert!((tm[5] - (500.0 + 0.035 * along)).abs() < 0.01, "{tm:?}");
        }
        assert!(level.contains("TJ") && level.contains("Tf") && level.contains("Tz"));
        // Text set vertically on purpose is left turned.
        let vertical = b"BT 0 1 -1 0 100 100 Tm /f 10 Tf (A) Tj ET";
        let kept = String::from_utf8(level_words(vertical).unwrap()).unwrap();
        assert!(kept.contains("0.0 1.0 -1.0 0.0 100.0 100.0 Tm"), "{kept}");
    }

    #[test]
    fn the_layer_maps_onto_the_displayed_page() {
        let b = [10.0, 20.0, 610.0, 820.0]; // 600 x 800 at (10, 20)
        let apply =
            |m: [f64; 6], u: f64, v: f64| (m[0] * u + m[2] * v + m[4], m[1] * u + m[3] * v + m[5]);
        // Upright: the layer's corners are the box's.
        let m = layer_matrix(b, 0, 600.0, 800.0);
        assert_eq!(apply(m, 0.0, 0.0), (10.0, 20.0));
        assert_eq!(apply(m, 600.0, 800.0), (610.0, 820.0));
        // Shown turned 90 degrees clockwise: displayed 800 wide, 600 high. The displayed top
        // left (0, 600) is the user space bottom left; displayed bottom left is bottom right.
        let m = layer_matrix(b, 90, 800.0, 600.0);
        assert_eq!(apply(m, 0.0, 600.0), (10.0, 20.0));
        assert_eq!(apply(m, 0.0, 0.0), (610.0, 20.0));
        assert_eq!(apply(m, 800.0, 600.0), (10.0, 820.0));
        let m = layer_matrix(b, 180, 600.0, 800.0);
        assert_eq!(apply(m, 0.0, 0.0), (610.0, 820.0));
        let m = layer_matrix(b, 270, 800.0, 600.0);
        assert_eq!(apply(m, 0.0, 0.0), (10.0, 820.0));
        assert_eq!(apply(m, 800.0, 600.0), (610.0, 20.0));
        // A layer a little off the page's size is stretched onto it.
        let m = layer_matrix(b, 0, 300.0, 400.0);
        assert_eq!(apply(m, 300.0, 400.0), (610.0, 820.0));
    }
}
