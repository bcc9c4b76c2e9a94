//! An e-mail as an A4 PDF: transmission data first, then the body, wrapped and paginated.
//!
//! Policy 001 §4.5 wants the stored copy of an e-mail to show who sent it to whom, when it was sent
//! and received, and its subject; §4.6 wants its attachments listed. The PDF is written with lopdf
//! (already a dependency) and one embedded TrueType font (see `font`) as a Type0/CIDFontType2 font:
//! each distinct character gets its own CID (1, 2, 3, ... in order of first use), the CID-to-glyph
//! map points it at the font's glyph, and the ToUnicode map gives the character back, so even a
//! character the font has no glyph for still comes out right in `pdftotext`. No shaping is done
//! (one character, one glyph), which is right for the Latin scripts the service works in (English,
//! Welsh). Output is deterministic: the same e-mail gives the same bytes (no creation date).

use std::collections::{BTreeSet, HashMap};

use lopdf::{dictionary, Document, Object, ObjectId, Stream, StringFormat};

use super::font::Font;
use super::{Email, MailError};

const PAGE_W: f32 = 595.276;
const PAGE_H: f32 = 841.89;
const MARGIN: f32 = 56.0;
const LABEL_W: f32 = 78.0;
const BODY_SIZE: f32 = 10.0;
const HEAD_SIZE: f32 = 10.0;
const TITLE_SIZE: f32 = 15.0;
const FOOT_SIZE: f32 = 8.0;
const LEADING: f32 = 1.32;

/// One run of text placed on a page.
struct Run {
    x: f32,
    y: f32,
    size: f32,
    text: String,
}

struct Page {
    runs: Vec<Run>,
    rules: Vec<f32>,
}

/// Character metrics with a cache (one lookup per distinct character).
struct Metrics<'f> {
    font: &'f Font,
    cache: HashMap<char, (u16, f32)>,
}

impl Metrics<'_> {
    fn get(&mut self, c: char) -> (u16, f32) {
        let font = self.font;
        *self.cache.entry(c).or_insert_with(|| {
            let mut buf = [0u8; 4];
            font.glyphs(c.encode_utf8(&mut buf))[0]
        })
    }

    fn width(&mut self, s: &str, size: f32) -> f32 {
        s.chars().map(|c| self.get(c).1).sum::<f32>() * size / 1000.0
    }

    /// Greedy word wrap of one paragraph (no newlines) to `width` points. Leading spaces (quote
    /// indentation) are kept; a word longer than the line is cut.
    fn wrap(&mut self, para: &str, width: f32, size: f32) -> Vec<String> {
        let mut lines = Vec::new();
        let mut line = String::new();
        let mut line_w = 0.0;
        let mut rest = para;
        // Leading white space stays with the first word.
        let lead_len = rest.len() - rest.trim_start().len();
        let (lead, body) = rest.split_at(lead_len);
        line.push_str(lead);
        line_w += self.width(lead, size);
        rest = body;
        let mut first = true;
        for word in rest.split(' ') {
            let sep = if first { "" } else { " " };
            first = false;
            let ww = self.width(word, size);
            let sw = self.width(sep, size);
            if line_w + sw + ww <= width || line.trim().is_empty() && ww <= width - line_w {
                line.push_str(sep);
                line.push_str(word);
                line_w += sw + ww;
                continue;
            }
            if !line.trim().is_empty() {
                lines.push(std::mem::take(&mut line));
                line_w = 0.0;
            }
            // The word alone: cut it if it is still too long.
            for c in word.chars() {
                let cw = self.width(c.encode_utf8(&mut [0u8; 4]), size);
                if line_w + cw > width && !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                    line_w = 0.0;
                }
                line.push(c);
                line_w += cw;
            }
        }
        lines.push(line);
        lines
    }
}

/// Page layout: a cursor that moves down and starts new pages, up to `max_pages` (past that,
/// `overflow` is set and nothing more is drawn).
struct Layout {
    pages: Vec<Page>,
    y: f32,
    max_pages: usize,
    overflow: bool,
}

impl Layout {
    fn new() -> Layout {
        Layout {
            pages: vec![Page {
                runs: Vec::new(),
                rules: Vec::new(),
            }],
            y: PAGE_H - MARGIN,
            max_pages: usize::MAX,
            overflow: false,
        }
    }

    fn new_page(&mut self) {
        if self.pages.len() >= self.max_pages {
            self.overflow = true;
        } else {
            self.pages.push(Page {
                runs: Vec::new(),
                rules: Vec::new(),
            });
        }
        self.y = PAGE_H - MARGIN;
    }

    /// Starts a new page when `h` points do not fit on this one; true when it did.
    fn room(&mut self, h: f32) -> bool {
        if self.y - h < MARGIN + 14.0 {
            self.new_page();
            true
        } else {
            false
        }
    }

    /// A run at the current baseline.
    fn put(&mut self, x: f32, size: f32, text: String) {
        if !text.is_empty() && !self.overflow {
            let y = self.y;
            self.pages
                .last_mut()
                .expect("layout always has a page")
                .runs
                .push(Run { x, y, size, text });
        }
    }

    fn line(&mut self, x: f32, size: f32, text: String) {
        let step = size * LEADING;
        self.room(step);
        self.y -= step;
        if !text.is_empty() && !self.overflow {
            self.pages
                .last_mut()
                .expect("layout always has a page")
                .runs
                .push(Run {
                    x,
                    y: self.y,
                    size,
                    text,
                });
        }
    }

    fn gap(&mut self, h: f32) {
        self.y -= h;
    }

    fn rule(&mut self) {
        let y = self.y - 6.0;
        self.pages
            .last_mut()
            .expect("layout always has a page")
            .rules
            .push(y);
        self.y = y - 4.0;
    }
}

/// Makes text safe to show: tabs to spaces, other control characters dropped.
fn clean(s: &str) -> String {
    s.replace('\t', "    ")
        .chars()
        .filter(|c| !c.is_control() || *c == '\n')
        .collect()
}

fn format_date(d: &chrono::DateTime<chrono::FixedOffset>) -> String {
    d.format("%A %-d %B %Y, %H:%M:%S (UTC%:z)").to_string()
}

fn human_size(n: usize) -> String {
    if n < 1024 {
        format!("{n} bytes")
    } else if n < 1024 * 1024 {
        format!("{:.1} KB", n as f64 / 1024.0)
    } else {
        format!("{:.1} MB", n as f64 / (1024.0 * 1024.0))
    }
}

/// Renders the e-mail with the given font. See [`super::render_pdf`].
pub fn render(email: &Email, font: &Font) -> Result<Vec<u8>, MailError> {
    let mut m = Metrics {
        font,
        cache: HashMap::new(),
    };
    let mut lay = Layout::new();
    let text_w = PAGE_W - 2.0 * MARGIN;

    lay.line(MARGIN, TITLE_SIZE, "E-mail".to_string());
    lay.gap(6.0);

    let none = "(none)".to_string();
    let mut fields: Vec<(&str, String)> = vec![
        (
            "From",
            if email.from.is_empty() {
                none.clone()
            } else {
                email.from.clone()
            },
        ),
        (
            "To",
            if email.to.is_empty() {
                none.clone()
            } else {
                email.to.join(", ")
            },
        ),
    ];
    if !email.cc.is_empty() {
        fields.push(("Cc", email.cc.join(", ")));
    }
    fields.push((
        "Sent",
        email
            .sent
            .as_ref()
            .map_or_else(|| "(no readable date)".to_string(), format_date),
    ));
    fields.push((
        "Received",
        email
            .received
            .as_ref()
            .map_or_else(|| "(not recorded)".to_string(), format_date),
    ));
    fields.push((
        "Subject",
        if email.subject.is_empty() {
            "(no subject)".into()
        } else {
            email.subject.clone()
        },
    ));
    if !email.attachments.is_empty() {
        let list: Vec<String> = email
            .attachments
            .iter()
            .map(|a| {
                format!(
                    "{} ({}, {}{})",
                    a.filename,
                    a.content_type,
                    human_size(a.bytes.len()),
                    if a.inline { ", inline" } else { "" }
                )
            })
            .collect();
        fields.push(("Attachments", list.join("\n")));
    }
    if !email.message_id.is_empty() {
        fields.push(("Message-ID", email.message_id.clone()));
    }
    for (label, value) in fields {
        let value = clean(&value);
        let mut first = true;
        for para in value.split('\n') {
            for l in m.wrap(para, text_w - LABEL_W, HEAD_SIZE) {
                lay.line(MARGIN + LABEL_W, HEAD_SIZE, l);
                if first {
                    // The label sits on the baseline of the first value line.
                    let y = lay.y;
                    let page = lay.pages.last_mut().expect("layout always has a page");
                    page.runs.push(Run {
                        x: MARGIN,
                        y,
                        size: HEAD_SIZE,
                        text: format!("{label}:"),
                    });
                    first = false;
                }
            }
        }
    }
    lay.rule();
    body_and_footer(
        &mut lay,
        &mut m,
        &email.body_text,
        "(the e-mail has no text)",
    );
    write_pdf(&lay.pages, &mut m).map_err(MailError::Pdf)
}

/// A text file (a `.txt`, a calendar invitation, JSON, XML...) as a PDF: a title line, then the
/// text as it is, wrapped and paginated like an e-mail's body; at most `max_pages` pages.
pub fn render_text(
    title: &str,
    text: &str,
    font: &Font,
    max_pages: usize,
) -> Result<Vec<u8>, MailError> {
    let mut m = Metrics {
        font,
        cache: HashMap::new(),
    };
    let mut lay = Layout::new();
    lay.max_pages = max_pages;
    title_line(&mut lay, &mut m, title);
    body_and_footer(&mut lay, &mut m, text, "(the file has no text)");
    finish(&lay, &mut m)
}

/// As [`render_text`], without the "Page i of n" footer: for pages numbered together with
/// others afterwards (the index of a subject access export, whose pages are stamped with the
/// whole export's numbers).
pub fn render_text_unnumbered(
    title: &str,
    text: &str,
    font: &Font,
    max_pages: usize,
) -> Result<Vec<u8>, MailError> {
    let mut m = Metrics {
        font,
        cache: HashMap::new(),
    };
    let mut lay = Layout::new();
    lay.max_pages = max_pages;
    title_line(&mut lay, &mut m, title);
    body(&mut lay, &mut m, text, "(no text)");
    finish(&lay, &mut m)
}

fn title_line(lay: &mut Layout, m: &mut Metrics, title: &str) {
    for l in m.wrap(
        &clean(title).replace('\n', " "),
        PAGE_W - 2.0 * MARGIN,
        HEAD_SIZE,
    ) {
        lay.line(MARGIN, HEAD_SIZE, l);
    }
    lay.rule();
}

fn finish(lay: &Layout, m: &mut Metrics) -> Result<Vec<u8>, MailError> {
    if lay.overflow {
        return Err(MailError::TooLong {
            max_pages: lay.max_pages,
        });
    }
    write_pdf(&lay.pages, m).map_err(MailError::Pdf)
}

const TABLE_SIZE: f32 = 9.0;
const COLUMN_GAP: f32 = 12.0;
const MIN_COLUMN: f32 = 48.0;

/// A table (a CSV file) as a PDF: a title line, then the rows under their header. Where the
/// columns fit across the page they are drawn as a table (cells wrapped within their column,
/// the header repeated at the top of each page); where there are too many, each row is drawn as
/// a block of `header: value` lines, so nothing is cut off. At most `max_pages` pages.
pub fn render_table(
    title: &str,
    header: &[String],
    rows: &[Vec<String>],
    font: &Font,
    max_pages: usize,
) -> Result<Vec<u8>, MailError> {
    let mut m = Metrics {
        font,
        cache: HashMap::new(),
    };
    let mut lay = Layout::new();
    lay.max_pages = max_pages;
    title_line(&mut lay, &mut m, title);
    let text_w = PAGE_W - 2.0 * MARGIN;
    let ncols = rows
        .iter()
        .map(Vec::len)
        .chain(std::iter::once(header.len()))
        .max()
        .unwrap_or(0)
        .max(1);
    let header: Vec<String> = (0..ncols)
        .map(|i| {
            header
                .get(i)
                .map(|h| cell(h))
                .filter(|h| !h.is_empty())
                .unwrap_or_else(|| format!("Column {}", i + 1))
        })
        .collect();
    // Natural widths, from the header and the first rows (enough to judge the shape).
    let mut natural: Vec<f32> = header
        .iter()
        .map(|h| m.width(h, TABLE_SIZE).min(text_w))
        .collect();
    for row in rows.iter().take(2000) {
        for (c, v) in row.iter().enumerate() {
            let w = m.width(&cell(v), TABLE_SIZE).min(text_w);
            if w > natural[c] {
                natural[c] = w;
            }
        }
    }
    let gaps = COLUMN_GAP * (ncols - 1) as f32;
    let widths = if natural.iter().sum::<f32>() + gaps <= text_w {
        Some(natural)
    } else if ncols as f32 * MIN_COLUMN + gaps <= text_w {
        Some(share(&natural, text_w - gaps))
    } else {
        None
    };
    let step = TABLE_SIZE * LEADING;
    match widths {
        Some(widths) => {
            let xs: Vec<f32> = widths
                .iter()
                .scan(MARGIN, |x, w| {
                    let at = *x;
                    *x += w + COLUMN_GAP;
                    Some(at)
                })
                .collect();
            let head: Vec<Vec<String>> = header
                .iter()
                .zip(&widths)
                .map(|(h, w)| m.wrap(h, *w, TABLE_SIZE))
                .collect();
            draw_row(&mut lay, &xs, &head, step, None);
            lay.rule();
            for row in rows {
                if lay.overflow {
                    break;
                }
                let cells: Vec<Vec<String>> = (0..ncols)
                    .map(|c| {
                        let v = row.get(c).map(|v| cell(v)).unwrap_or_default();
                        m.wrap(&v, widths[c], TABLE_SIZE)
                    })
                    .collect();
                draw_row(&mut lay, &xs, &cells, step, Some(&head));
            }
        }
        None => {
            for (i, row) in rows.iter().enumerate() {
                if lay.overflow {
                    break;
                }
                lay.line(MARGIN, TABLE_SIZE, format!("Row {}", i + 1));
                for (c, h) in header.iter().enumerate() {
                    let v = row.get(c).map(|v| cell(v)).unwrap_or_default();
                    if v.is_empty() {
                        continue;
                    }
                    for l in m.wrap(&format!("{h}: {v}"), text_w - 12.0, TABLE_SIZE) {
                        lay.line(MARGIN + 12.0, TABLE_SIZE, l);
                    }
                }
                lay.gap(TABLE_SIZE * 0.6);
            }
        }
    }
    if rows.is_empty() {
        lay.line(MARGIN, BODY_SIZE, "(the table has no rows)".to_string());
    }
    footer(&mut lay);
    finish(&lay, &mut m)
}

/// One cell's text on one line.
fn cell(s: &str) -> String {
    clean(s).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Column widths within `avail`: a column narrower than its fair share keeps its width, the
/// others share what is left equally.
fn share(natural: &[f32], avail: f32) -> Vec<f32> {
    let mut widths = vec![0.0; natural.len()];
    let mut open: Vec<usize> = (0..natural.len()).collect();
    let mut left = avail;
    loop {
        let fair = left / open.len().max(1) as f32;
        let (fits, wide): (Vec<usize>, Vec<usize>) =
            open.iter().partition(|&&c| natural[c] <= fair);
        if fits.is_empty() {
            for c in wide {
                widths[c] = fair.max(MIN_COLUMN.min(fair));
            }
            return widths;
        }
        for c in fits {
            widths[c] = natural[c].max(1.0);
            left -= widths[c];
        }
        open = wide;
        if open.is_empty() {
            return widths;
        }
    }
}

/// Draws one table row (each cell already wrapped), line by line; on a new page the header is
/// drawn again first.
fn draw_row(
    lay: &mut Layout,
    xs: &[f32],
    cells: &[Vec<String>],
    step: f32,
    header: Option<&[Vec<String>]>,
) {
    let lines = cells.iter().map(Vec::len).max().unwrap_or(1).max(1);
    // Keep a short row together on one page.
    let whole = lines as f32 * step;
    for k in 0..lines {
        let need = if k == 0 && lines <= 8 { whole } else { step };
        if lay.room(need) {
            if let Some(head) = header {
                draw_row(lay, xs, head, step, None);
                lay.rule();
            }
        }
        lay.y -= step;
        for (c, col) in cells.iter().enumerate() {
            if let Some(l) = col.get(k) {
                lay.put(xs[c], TABLE_SIZE, l.clone());
            }
        }
    }
}

/// Lays out a body of text (paragraphs wrapped to the page) and a "Page i of n" footer.
fn body_and_footer(lay: &mut Layout, m: &mut Metrics, text: &str, when_empty: &str) {
    body(lay, m, text, when_empty);
    footer(lay);
}

/// Lays out a body of text: paragraphs wrapped to the page.
fn body(lay: &mut Layout, m: &mut Metrics, text: &str, when_empty: &str) {
    let text_w = PAGE_W - 2.0 * MARGIN;
    let body = clean(text);
    if body.trim().is_empty() {
        lay.line(MARGIN, BODY_SIZE, when_empty.to_string());
    }
    for para in body.trim_end().split('\n') {
        if lay.overflow {
            break;
        }
        for l in m.wrap(para.trim_end(), text_w, BODY_SIZE) {
            lay.line(MARGIN, BODY_SIZE, l);
        }
    }
}

/// "Page i of n" at the foot of every page.
fn footer(lay: &mut Layout) {
    let total = lay.pages.len();
    for (i, page) in lay.pages.iter_mut().enumerate() {
        page.runs.push(Run {
            x: MARGIN,
            y: MARGIN - 10.0,
            size: FOOT_SIZE,
            text: format!("Page {} of {}", i + 1, total),
        });
    }
}

/// The PDF of laid-out pages: one content stream a page, all in the one embedded font.
fn write_pdf(pages: &[Page], m: &mut Metrics) -> Result<Vec<u8>, String> {
    let (contents, order) = content_streams(pages)?;

    let mut doc = Document::with_version("1.7");
    let pages_id = doc.new_object_id();
    let font_id = embed_font(&mut doc, m, &order)?;
    let resources_id = doc.add_object(dictionary! {
        "Font" => dictionary! { "F1" => font_id },
    });

    let mut kids = Vec::new();
    for ops in contents {
        let mut stream = Stream::new(dictionary! {}, ops);
        stream.compress().map_err(|e| e.to_string())?;
        let content_id = doc.add_object(stream);
        let page_id = doc.add_object(dictionary! {
            "Type" => "Page",
            "Parent" => pages_id,
            "MediaBox" => vec![0.into(), 0.into(), Object::Real(PAGE_W), Object::Real(PAGE_H)],
            "Resources" => resources_id,
            "Contents" => content_id,
        });
        kids.push(Object::Reference(page_id));
    }
    let count = kids.len() as i64;
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => count }),
    );
    let catalog_id = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    let info_id = doc.add_object(dictionary! {
        "Producer" => Object::String(b"casevault".to_vec(), StringFormat::Literal),
    });
    doc.trailer.set("Root", catalog_id);
    doc.trailer.set("Info", info_id);
    let mut out = Vec::new();
    doc.save_to(&mut out).map_err(|e| e.to_string())?;
    Ok(out)
}

/// Each page's content stream (its rules, then its runs of text as CIDs), and the characters
/// used in order of first use: CID n is the character `order[n - 1]`.
fn content_streams(pages: &[Page]) -> Result<(Vec<Vec<u8>>, Vec<char>), String> {
    let mut cids: HashMap<char, u16> = HashMap::new();
    let mut order: Vec<char> = Vec::new();
    let mut contents = Vec::new();
    for page in pages {
        let mut ops = String::new();
        for y in &page.rules {
            ops.push_str(&format!(
                "0.6 G 0.5 w {MARGIN:.2} {y:.2} m {:.2} {y:.2} l S\n",
                PAGE_W - MARGIN
            ));
        }
        ops.push_str("0 g\n");
        for run in &page.runs {
            let mut hex = String::with_capacity(run.text.len() * 4);
            for c in run.text.chars() {
                let cid = match cids.get(&c) {
                    Some(cid) => *cid,
                    None => {
                        if order.len() >= 0xFFFE {
                            return Err("too many different characters for one font".into());
                        }
                        order.push(c);
                        let cid = order.len() as u16;
                        cids.insert(c, cid);
                        cid
                    }
                };
                hex.push_str(&format!("{cid:04X}"));
            }
            ops.push_str(&format!(
                "BT /F1 {:.1} Tf {:.2} {:.2} Td <{}> Tj ET\n",
                run.size, run.x, run.y, hex
            ));
        }
        contents.push(ops.into_bytes());
    }
    Ok((contents, order))
}

/// Embeds the subset of the font holding the characters in `order` as a Type0 font (with its
/// CIDFontType2 descendant, descriptor, CID-to-glyph map and ToUnicode map); its object id.
fn embed_font(doc: &mut Document, m: &mut Metrics, order: &[char]) -> Result<ObjectId, String> {
    let mut used = BTreeSet::new();
    let mut widths = Vec::with_capacity(order.len());
    let mut cid_to_gid = vec![0u8, 0u8];
    for c in order {
        let (gid, w) = m.get(*c);
        used.insert(gid);
        widths.push(Object::Real(w.round()));
        cid_to_gid.extend_from_slice(&gid.to_be_bytes());
    }
    let font = m.font;
    let program = font.subset(&used)?;

    let mut file = Stream::new(dictionary! { "Length1" => program.len() as i64 }, program);
    file.compress().map_err(|e| e.to_string())?;
    let file_id = doc.add_object(file);
    let base_font = format!("{}+{}", subset_tag(&used), font.postscript_name);
    let scale = 1000.0 / f32::from(font.units_per_em);
    let s = |v: i16| Object::Integer((f32::from(v) * scale).round() as i64);
    let descriptor_id = doc.add_object(dictionary! {
        "Type" => "FontDescriptor",
        "FontName" => Object::Name(base_font.clone().into_bytes()),
        "Flags" => 32,
        "FontBBox" => vec![s(font.bbox[0]), s(font.bbox[1]), s(font.bbox[2]), s(font.bbox[3])],
        "ItalicAngle" => Object::Real(font.italic_angle),
        "Ascent" => s(font.ascent),
        "Descent" => s(font.descent),
        "CapHeight" => s(font.cap_height),
        "StemV" => 80,
        "FontFile2" => file_id,
    });
    let mut map = Stream::new(dictionary! {}, cid_to_gid);
    map.compress().map_err(|e| e.to_string())?;
    let map_id = doc.add_object(map);
    let cid_font_id = doc.add_object(dictionary! {
        "Type" => "Font",
        "Subtype" => "CIDFontType2",
        "BaseFont" => Object::Name(base_font.clone().into_bytes()),
        "CIDSystemInfo" => dictionary! {
            "Registry" => Object::String(b"Adobe".to_vec(), StringFormat::Literal),
            "Ordering" => Object::String(b"Identity".to_vec(), StringFormat::Literal),
            "Supplement" => 0,
        },
        "FontDescriptor" => descriptor_id,
        "DW" => 1000,
        "W" => vec![Object::Integer(1), Object::Array(widths)],
        "CIDToGIDMap" => map_id,
    });
    let mut to_unicode = Stream::new(dictionary! {}, to_unicode_cmap(order).into_bytes());
    to_unicode.compress().map_err(|e| e.to_string())?;
    let to_unicode_id = doc.add_object(to_unicode);
    Ok(doc.add_object(dictionary! {
        "Type" => "Font",
        "Subtype" => "Type0",
        "BaseFont" => Object::Name(base_font.into_bytes()),
        "Encoding" => "Identity-H",
        "DescendantFonts" => vec![Object::Reference(cid_font_id)],
        "ToUnicode" => to_unicode_id,
    }))
}

/// A subset's name gets a six-letter tag derived from the glyphs it holds (PDF 32000 §9.6.4).
fn subset_tag(used: &BTreeSet<u16>) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for g in used {
        h = (h ^ u64::from(*g)).wrapping_mul(0x0000_0100_0000_01b3);
    }
    (0..6)
        .map(|i| (b'A' + ((h >> (i * 5)) % 26) as u8) as char)
        .collect()
}

/// The ToUnicode CMap: CID n (1-based, in `order`) is the character order[n - 1].
fn to_unicode_cmap(order: &[char]) -> String {
    let mut s = String::from(
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n\
         /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n\
         /CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n\
         1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n",
    );
    for chunk in order.chunks(100).enumerate() {
        let (k, chars) = chunk;
        s.push_str(&format!("{} beginbfchar\n", chars.len()));
        for (i, c) in chars.iter().enumerate() {
            let cid = k * 100 + i + 1;
            let mut units = [0u16; 2];
            let hex: String = c
                .encode_utf16(&mut units)
                .iter()
                .map(|u| format!("{u:04X}"))
                .collect();
            s.push_str(&format!("<{cid:04X}> <{hex}>\n"));
        }
        s.push_str("endbfchar\n");
    }
    s.push_str("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    s
}
