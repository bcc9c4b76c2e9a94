//! Joining PDFs into one, every page numbered (lopdf).
//!
//! Each document is loaded, its objects renumbered past those already taken, and its pages
//! (in their order) moved under one new page tree; everything else of the document (its
//! catalogue, outlines, old page tree, object and cross-reference streams) is left behind and
//! pruned. What a page inherits from its old page tree (resources, media and crop box,
//! rotation) is copied onto the page first, since its new parent has none of it.
//!
//! The page number is stamped over the page, not drawn in a new margin: the pages are evidence
//! and are kept as they came. The page's own drawing is wrapped in `q ... Q` so whatever state
//! it leaves does not move the stamp, and the stamp is placed at the foot of the page *as
//! shown*: a page with `/Rotate 90` gets its number turned with it, so it reads level at the
//! bottom. The font is Helvetica (one of the standard 14, nothing embedded: the stamp is ASCII).

use lopdf::{dictionary, Dictionary, Document, Object, ObjectId, Stream};

/// The resource name of the stamp's font; unlikely to be one a page already uses.
const STAMP_FONT: &[u8] = b"CasevaultPageNo";
const STAMP_SIZE: f32 = 8.0;
/// From the shown page's left and bottom edges, in points.
const STAMP_X: f32 = 28.0;
const STAMP_Y: f32 = 16.0;

/// Loads a PDF to be joined; its page count is `get_pages().len()`.
pub fn load(bytes: &[u8]) -> Result<Document, String> {
    let doc = Document::load_mem(bytes).map_err(|e| format!("lopdf cannot read it: {e}"))?;
    if doc.is_encrypted() {
        return Err("it is encrypted".into());
    }
    if doc.get_pages().is_empty() {
        return Err("it has no pages".into());
    }
    Ok(doc)
}

/// Joins `docs` in order into one PDF and stamps every page "{label} - page n of N" (on a page
/// too small for that, "page n of N", smaller).
pub fn join(docs: Vec<Document>, label: &str) -> Result<Vec<u8>, String> {
    let mut out = Document::with_version("1.7");
    let pages_id = out.new_object_id();
    let font_id = out.add_object(dictionary! {
        "Type" => "Font",
        "Subtype" => "Type1",
        "BaseFont" => "Helvetica",
        "Encoding" => "WinAnsiEncoding",
    });
    let mut kids: Vec<ObjectId> = Vec::new();
    for mut doc in docs {
        doc.renumber_objects_with(out.max_id + 1);
        let page_ids: Vec<ObjectId> = doc.get_pages().into_values().collect();
        for &pid in &page_ids {
            let inherited = inherited(&doc, pid);
            let page = doc
                .get_dictionary_mut(pid)
                .map_err(|e| format!("page object {pid:?}: {e}"))?;
            for (key, value) in inherited {
                if !page.has(key.as_bytes()) {
                    page.set(key, value);
                }
            }
            page.set("Parent", pages_id);
        }
        let top = doc.objects.keys().map(|id| id.0).max().unwrap_or(0);
        for (id, object) in doc.objects {
            if is_type(&object, b"Catalog") || is_type(&object, b"Pages") {
                continue;
            }
            out.objects.insert(id, object);
        }
        out.max_id = out.max_id.max(top);
        kids.extend(page_ids);
    }
    let total = kids.len();
    for (i, &pid) in kids.iter().enumerate() {
        let short = format!("page {} of {total}", i + 1);
        stamp_page(
            &mut out,
            pid,
            font_id,
            &format!("{label} - {short}"),
            &short,
        )?;
    }
    out.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages",
            "Kids" => kids.iter().map(|id| Object::Reference(*id)).collect::<Vec<_>>(),
            "Count" => total as i64,
        }),
    );
    let catalog_id = out.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    out.trailer.set("Root", catalog_id);
    out.prune_objects();
    let mut bytes = Vec::new();
    out.save_to(&mut bytes).map_err(|e| e.to_string())?;
    Ok(bytes)
}

fn is_type(object: &Object, name: &[u8]) -> bool {
    matches!(object, Object::Dictionary(d) if d.get(b"Type").and_then(Object::as_name).is_ok_and(|n| n == name))
}

/// What a page inherits from its page tree and does not say itself (PDF 32000 §7.7.3.4).
fn inherited(doc: &Document, page: ObjectId) -> Vec<(&'static str, Object)> {
    let mut found: Vec<(&'static str, Object)> = Vec::new();
    let keys = ["Resources", "MediaBox", "CropBox", "Rotate"];
    let Ok(dict) = doc.get_dictionary(page) else {
        return found;
    };
    let mut parent = dict.get(b"Parent").and_then(Object::as_reference).ok();
    // A page tree is shallow; a loop in a damaged one must not hang the export.
    for _ in 0..64 {
        let Some(id) = parent else { break };
        let Ok(node) = doc.get_dictionary(id) else {
            break;
        };
        for key in keys {
            if !dict.has(key.as_bytes()) && !found.iter().any(|(k, _)| *k == key) {
                if let Ok(v) = node.get(key.as_bytes()) {
                    found.push((key, v.clone()));
                }
            }
        }
        parent = node.get(b"Parent").and_then(Object::as_reference).ok();
    }
    found
}

/// A number, direct or by reference.
fn number(doc: &Document, o: &Object) -> Option<f32> {
    match doc.dereference(o).ok()?.1 {
        Object::Integer(i) => Some(*i as f32),
        Object::Real(r) => Some(*r),
        _ => None,
    }
}

/// The page's shown area: its crop box, else its media box, else A4.
fn visible_box(doc: &Document, page: &Dictionary) -> [f32; 4] {
    for key in [b"CropBox".as_slice(), b"MediaBox"] {
        let Ok(o) = page.get(key) else { continue };
        let Ok((_, Object::Array(a))) = doc.dereference(o) else {
            continue;
        };
        let v: Vec<f32> = a.iter().filter_map(|x| number(doc, x)).collect();
        if v.len() == 4 {
            return [
                v[0].min(v[2]),
                v[1].min(v[3]),
                v[0].max(v[2]),
                v[1].max(v[3]),
            ];
        }
    }
    [0.0, 0.0, 595.276, 841.89]
}

/// The matrix that puts text at (`dx`, `dy`) from the bottom-left of the page as shown, level,
/// for a page box and a `/Rotate` (clockwise, in degrees).
fn stamp_matrix(b: [f32; 4], rotate: i64, dx: f32, dy: f32) -> [f32; 6] {
    let [x0, y0, x1, y1] = b;
    match rotate.rem_euclid(360) {
        90 => [0.0, 1.0, -1.0, 0.0, x1 - dy, y0 + dx],
        180 => [-1.0, 0.0, 0.0, -1.0, x1 - dx, y1 - dy],
        270 => [0.0, -1.0, 1.0, 0.0, x0 + dy, y1 - dx],
        _ => [1.0, 0.0, 0.0, 1.0, x0 + dx, y0 + dy],
    }
}

/// `text` as a PDF literal string (WinAnsi: non-ASCII becomes `?`).
fn literal(text: &str) -> String {
    let mut s = String::with_capacity(text.len() + 2);
    s.push('(');
    for c in text.chars() {
        match c {
            '(' | ')' | '\\' => {
                s.push('\\');
                s.push(c);
            }
            c if c.is_ascii() && !c.is_ascii_control() => s.push(c),
            _ => s.push('?'),
        }
    }
    s.push(')');
    s
}

/// Helvetica's widest common glyphs are about 0.6 em; estimating every character so keeps a
/// stamp inside the page it is fitted to.
const EM_PER_CHAR: f32 = 0.6;

/// The stamp that fits a page `width` points wide (as shown), and its size: `long` at up to
/// [`STAMP_SIZE`], else `short`, as small as 2 pt on a thumbnail-sized page.
fn fit<'t>(width: f32, long: &'t str, short: &'t str) -> (&'t str, f32, f32) {
    let margin = STAMP_X.min(width * 0.05);
    let room = (width - 2.0 * margin).max(1.0);
    let size_for = |t: &str| room / (EM_PER_CHAR * t.chars().count().max(1) as f32);
    if size_for(long) >= 5.0 {
        (long, size_for(long).min(STAMP_SIZE), margin)
    } else {
        (short, size_for(short).clamp(2.0, STAMP_SIZE), margin)
    }
}

/// Wraps the page's drawing in `q ... Q` and draws the stamp at its foot.
fn stamp_page(
    doc: &mut Document,
    pid: ObjectId,
    font: ObjectId,
    long: &str,
    short: &str,
) -> Result<(), String> {
    let page = doc
        .get_dictionary(pid)
        .map_err(|e| format!("page object {pid:?}: {e}"))?
        .clone();
    let rotate = page
        .get(b"Rotate")
        .ok()
        .and_then(|o| number(doc, o))
        .unwrap_or(0.0) as i64;
    let b = visible_box(doc, &page);
    let (w, h) = (b[2] - b[0], b[3] - b[1]);
    let shown_width = if rotate.rem_euclid(180) == 90 { h } else { w };
    let shown_height = if rotate.rem_euclid(180) == 90 { w } else { h };
    let (text, size, margin) = fit(shown_width, long, short);
    let m = stamp_matrix(b, rotate, margin, STAMP_Y.min(shown_height * 0.05));

    // The page's contents: one stream, an array of them (direct or by reference), or none.
    let mut contents: Vec<Object> = match page.get(b"Contents") {
        Ok(Object::Reference(id)) => match doc.get_object(*id) {
            Ok(Object::Array(a)) => a.clone(),
            Ok(_) => vec![Object::Reference(*id)],
            Err(_) => Vec::new(),
        },
        Ok(Object::Array(a)) => a.clone(),
        _ => Vec::new(),
    };
    let open = doc.add_object(Stream::new(dictionary! {}, b"q\n".to_vec()));
    let ops = format!(
        "Q\nq\n{} {} {} {} {:.2} {:.2} cm\nBT\n/{} {size:.2} Tf\n0 g\n0 0 Td\n{} Tj\nET\nQ\n",
        m[0],
        m[1],
        m[2],
        m[3],
        m[4],
        m[5],
        String::from_utf8_lossy(STAMP_FONT),
        literal(text)
    );
    let close = doc.add_object(Stream::new(dictionary! {}, ops.into_bytes()));
    contents.insert(0, Object::Reference(open));
    contents.push(Object::Reference(close));

    // Resources, copied onto the page with the stamp's font added (a shared resources
    // dictionary is left as it was for the pages that share it).
    let mut resources = match page.get(b"Resources") {
        Ok(o) => match doc.dereference(o) {
            Ok((_, Object::Dictionary(d))) => d.clone(),
            _ => Dictionary::new(),
        },
        Err(_) => Dictionary::new(),
    };
    let mut fonts = match resources.get(b"Font") {
        Ok(o) => match doc.dereference(o) {
            Ok((_, Object::Dictionary(d))) => d.clone(),
            _ => Dictionary::new(),
        },
        Err(_) => Dictionary::new(),
    };
    fonts.set(STAMP_FONT, font);
    resources.set("Font", fonts);

    let page = doc
        .get_dictionary_mut(pid)
        .map_err(|e| format!("page object {pid:?}: {e}"))?;
    page.set("Contents", contents);
    page.set("Resources", resources);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stamp_reads_level_at_the_foot_of_the_page_as_shown() {
        let a4 = [0.0, 0.0, 600.0, 800.0];
        let apply =
            |m: [f32; 6], x: f32, y: f32| (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]);
        // Unrotated: at (28, 16).
        assert_eq!(
            apply(stamp_matrix(a4, 0, 28.0, 16.0), 0.0, 0.0),
            (28.0, 16.0)
        );
        // Turned a quarter clockwise: the shown bottom-left is the page's bottom-right, and
        // the text runs up the page's right edge.
        let m = stamp_matrix(a4, 90, 28.0, 16.0);
        assert_eq!(apply(m, 0.0, 0.0), (584.0, 28.0));
        assert_eq!(apply(m, 10.0, 0.0), (584.0, 38.0));
        let m = stamp_matrix(a4, 180, 28.0, 16.0);
        assert_eq!(apply(m, 0.0, 0.0), (572.0, 784.0));
        let m = stamp_matrix(a4, -90, 28.0, 16.0);
        assert_eq!(apply(m, 0.0, 0.0), (16.0, 772.0));
        assert_eq!(apply(m, 10.0, 0.0), (16.0, 762.0));
    }

    #[test]
    fn a_small_page_gets_a_smaller_or_shorter_stamp_that_fits() {
        let long = "Subject access export, case LS24P01234 - page 8 of 15";
        let short = "page 8 of 15";
        let (t, size, _) = fit(595.0, long, short);
        assert_eq!((t, size), (long, STAMP_SIZE));
        // A 64 x 48 px picture shown at 72 dpi.
        let (t, size, margin) = fit(76.8, long, short);
        assert_eq!(t, short);
        assert!(size * EM_PER_CHAR * short.len() as f32 <= 76.8 - 2.0 * margin + 0.01);
        assert!(size >= 2.0);
    }

    #[test]
    fn stamp_text_is_a_safe_literal() {
        assert_eq!(literal("a (b) \\ c ŵ"), "(a \\(b\\) \\\\ c ?)");
    }
}
