//! The TrueType font embedded in e-mail PDFs, and a glyph subset of it.
//!
//! A PDF's standard 14 fonts cannot show ŵ or ŷ (Welsh) and carry no reliable text mapping, so
//! the e-mail PDF embeds a real Unicode font (DejaVu Sans, Debian's `fonts-dejavu-core`) as a
//! CIDFontType2 with a ToUnicode map: what is shown is what `pdftotext` and copy/paste give back.
//! The whole font is 740 KB; embedding it in every e-mail would bloat the store, so only the glyphs
//! used are kept. The subset keeps every glyph id where it was (unused glyphs become empty), which
//! needs no renumbering of composite glyphs, hinting or metrics: it only rewrites `glyf` and
//! `loca`, and copies the tables a PDF TrueType font program needs (PDF 32000 §9.9). ttf-parser
//! (no dependencies, read-only) gives the character map and metrics.

use std::collections::BTreeSet;

/// Where Debian's `fonts-dejavu-core` puts the font.
pub const DEFAULT_FONT_PATH: &str = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

/// A loaded font: its bytes and the metrics the PDF needs.
pub struct Font {
    data: Vec<u8>,
    pub units_per_em: u16,
    pub ascent: i16,
    pub descent: i16,
    pub cap_height: i16,
    pub bbox: [i16; 4],
    pub italic_angle: f32,
    pub postscript_name: String,
}

impl Font {
    /// Checks that `data` is a TrueType font with outlines in `glyf` and reads its metrics.
    pub fn from_bytes(data: Vec<u8>) -> Result<Font, String> {
        let face = ttf_parser::Face::parse(&data, 0).map_err(|e| format!("not a font: {e}"))?;
        if face.tables().glyf.is_none() {
            return Err("the font has no TrueType outlines (glyf/loca tables)".into());
        }
        let bbox = face.global_bounding_box();
        let postscript_name = face
            .names()
            .into_iter()
            .find(|n| n.name_id == ttf_parser::name_id::POST_SCRIPT_NAME)
            .and_then(|n| n.to_string())
            .unwrap_or_else(|| "Font".to_string())
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        Ok(Font {
            units_per_em: face.units_per_em(),
            ascent: face.ascender(),
            descent: face.descender(),
            cap_height: face.capital_height().unwrap_or(face.ascender()),
            bbox: [bbox.x_min, bbox.y_min, bbox.x_max, bbox.y_max],
            italic_angle: face.italic_angle(),
            postscript_name,
            data,
        })
    }

    fn face(&self) -> ttf_parser::Face<'_> {
        // Parsed once in from_bytes, so this cannot fail.
        ttf_parser::Face::parse(&self.data, 0).expect("font checked when loaded")
    }

    /// Glyph id and advance width (in 1/1000 em) of each character; 0 (.notdef) when the font
    /// has no glyph for it.
    pub fn glyphs(&self, text: &str) -> Vec<(u16, f32)> {
        let face = self.face();
        let scale = 1000.0 / f32::from(self.units_per_em);
        text.chars()
            .map(|c| {
                let gid = face.glyph_index(c).map_or(0, |g| g.0);
                let adv = face
                    .glyph_hor_advance(ttf_parser::GlyphId(gid))
                    .unwrap_or(0);
                (gid, f32::from(adv) * scale)
            })
            .collect()
    }

    /// A TrueType program keeping only `used` glyphs (plus .notdef and the components of
    /// composite glyphs), glyph ids unchanged.
    pub fn subset(&self, used: &BTreeSet<u16>) -> Result<Vec<u8>, String> {
        subset(&self.data, used)
    }
}

fn be16(d: &[u8], at: usize) -> Result<u16, String> {
    d.get(at..at + 2)
        .map(|b| u16::from_be_bytes([b[0], b[1]]))
        .ok_or_else(|| "font table too short".to_string())
}

fn be32(d: &[u8], at: usize) -> Result<u32, String> {
    d.get(at..at + 4)
        .map(|b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
        .ok_or_else(|| "font table too short".to_string())
}

fn table<'a>(font: &'a [u8], tag: &[u8; 4]) -> Result<Option<&'a [u8]>, String> {
    let n = usize::from(be16(font, 4)?);
    for i in 0..n {
        let rec = 12 + 16 * i;
        if font.get(rec..rec + 4) == Some(&tag[..]) {
            let off = be32(font, rec + 8)? as usize;
            let len = be32(font, rec + 12)? as usize;
            return font
                .get(off..off + len)
                .map(Some)
                .ok_or_else(|| "font table outside the file".to_string());
        }
    }
    Ok(None)
}

fn checksum(data: &[u8]) -> u32 {
    data.chunks(4).fold(0u32, |acc, c| {
        let mut w = [0u8; 4];
        w[..c.len()].copy_from_slice(c);
        acc.wrapping_add(u32::from_be_bytes(w))
    })
}

/// See [`Font::subset`]: every glyph id stays where it was, so only `glyf`, `loca` and `head`
/// (its loca format and checksum adjustment) are rewritten; the other tables are copied.
fn subset(font: &[u8], used: &BTreeSet<u16>) -> Result<Vec<u8>, String> {
    let need = |tag: &[u8; 4]| -> Result<&[u8], String> {
        table(font, tag)?
            .ok_or_else(|| format!("font has no {} table", String::from_utf8_lossy(tag)))
    };
    let head = need(b"head")?;
    let maxp = need(b"maxp")?;
    let glyf = need(b"glyf")?;
    let loca = need(b"loca")?;
    let num_glyphs = usize::from(be16(maxp, 4)?);
    let glyphs = Glyphs {
        glyf,
        loca,
        long: be16(head, 50)? == 1,
    };

    let keep = with_components(&glyphs, used, num_glyphs)?;

    // New glyf and a long-format loca.
    let mut new_glyf = Vec::new();
    let mut new_loca = Vec::with_capacity(4 * (num_glyphs + 1));
    for g in 0..num_glyphs {
        new_loca.extend_from_slice(&(new_glyf.len() as u32).to_be_bytes());
        if keep.contains(&(g as u16)) {
            new_glyf.extend_from_slice(glyphs.glyph(g)?);
            while new_glyf.len() % 4 != 0 {
                new_glyf.push(0);
            }
        }
    }
    new_loca.extend_from_slice(&(new_glyf.len() as u32).to_be_bytes());
    let mut new_head = head.to_vec();
    new_head[8..12].copy_from_slice(&[0, 0, 0, 0]); // checkSumAdjustment, set below
    new_head[50..52].copy_from_slice(&1u16.to_be_bytes()); // indexToLocFormat: long

    let mut tables: Vec<([u8; 4], Vec<u8>)> = Vec::new();
    for tag in [
        b"cmap", b"cvt ", b"fpgm", b"glyf", b"head", b"hhea", b"hmtx", b"loca", b"maxp", b"prep",
    ] {
        let data = match tag {
            b"glyf" => new_glyf.clone(),
            b"loca" => new_loca.clone(),
            b"head" => new_head.clone(),
            _ => match table(font, tag)? {
                Some(t) => t.to_vec(),
                None if matches!(tag, b"cvt " | b"fpgm" | b"prep" | b"cmap") => continue,
                None => {
                    return Err(format!(
                        "font has no {} table",
                        String::from_utf8_lossy(tag)
                    ))
                }
            },
        };
        tables.push((*tag, data));
    }
    Ok(font_file(&tables))
}

/// A font's glyph outlines: `glyf`, indexed by `loca` (short or long format).
struct Glyphs<'a> {
    glyf: &'a [u8],
    loca: &'a [u8],
    long: bool,
}

impl<'a> Glyphs<'a> {
    fn offset(&self, g: usize) -> Result<usize, String> {
        Ok(if self.long {
            be32(self.loca, 4 * g)? as usize
        } else {
            usize::from(be16(self.loca, 2 * g)?) * 2
        })
    }

    /// Glyph `g`'s bytes in `glyf`.
    fn glyph(&self, g: usize) -> Result<&'a [u8], String> {
        let (a, b) = (self.offset(g)?, self.offset(g + 1)?);
        self.glyf
            .get(a..b)
            .ok_or_else(|| "glyph outside glyf".to_string())
    }
}

/// The glyphs to keep: `used` (those in the font), .notdef, and the components of composite
/// glyphs, followed down as deep as they go.
fn with_components(
    glyphs: &Glyphs<'_>,
    used: &BTreeSet<u16>,
    num_glyphs: usize,
) -> Result<BTreeSet<u16>, String> {
    let mut keep: BTreeSet<u16> = used
        .iter()
        .copied()
        .filter(|g| usize::from(*g) < num_glyphs)
        .collect();
    keep.insert(0);
    let mut todo: Vec<u16> = keep.iter().copied().collect();
    while let Some(g) = todo.pop() {
        let data = glyphs.glyph(usize::from(g))?;
        if data.len() < 10 || (be16(data, 0)? as i16) >= 0 {
            continue;
        }
        let mut p = 10;
        loop {
            let flags = be16(data, p)?;
            let component = be16(data, p + 2)?;
            if usize::from(component) < num_glyphs && keep.insert(component) {
                todo.push(component);
            }
            p += 4 + if flags & 0x0001 != 0 { 4 } else { 2 };
            p += if flags & 0x0008 != 0 {
                2
            } else if flags & 0x0040 != 0 {
                4
            } else if flags & 0x0080 != 0 {
                8
            } else {
                0
            };
            if flags & 0x0020 == 0 {
                break;
            }
        }
    }
    Ok(keep)
}

/// A TrueType file of these tables (in tag order): the table directory, each table padded to
/// four bytes, and `head`'s checksum adjustment set for the whole file.
fn font_file(tables: &[([u8; 4], Vec<u8>)]) -> Vec<u8> {
    let n = tables.len() as u16;
    let mut entry_selector = 0u16;
    while (1u16 << (entry_selector + 1)) <= n {
        entry_selector += 1;
    }
    let search_range = (1u16 << entry_selector) * 16;
    let mut out = Vec::new();
    out.extend_from_slice(&0x0001_0000u32.to_be_bytes());
    out.extend_from_slice(&n.to_be_bytes());
    out.extend_from_slice(&search_range.to_be_bytes());
    out.extend_from_slice(&entry_selector.to_be_bytes());
    out.extend_from_slice(&(n * 16 - search_range).to_be_bytes());
    let mut offset = 12 + 16 * tables.len();
    let mut head_at = 0;
    for (tag, data) in tables {
        out.extend_from_slice(tag);
        out.extend_from_slice(&checksum(data).to_be_bytes());
        out.extend_from_slice(&(offset as u32).to_be_bytes());
        out.extend_from_slice(&(data.len() as u32).to_be_bytes());
        if tag == b"head" {
            head_at = offset;
        }
        offset += data.len().div_ceil(4) * 4;
    }
    for (_, data) in tables {
        out.extend_from_slice(data);
        while out.len() % 4 != 0 {
            out.push(0);
        }
    }
    let adjust = 0xB1B0_AFBAu32.wrapping_sub(checksum(&out));
    out[head_at + 8..head_at + 12].copy_from_slice(&adjust.to_be_bytes());
    out
}
