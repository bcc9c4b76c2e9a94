//! Outlook's compressed RTF bodies: decompressed (MS-OXRTFCP) and read as plain text.
//!
//! An Outlook `.msg` often keeps its body only as `PR_RTF_COMPRESSED`: RTF squeezed with a small
//! LZ77 scheme whose dictionary starts filled with common RTF words. Two things are done here,
//! both by hand because neither needs a dependency and both must never fail on hostile input:
//! [`decompress`] undoes the compression (or unwraps the uncompressed "MELA" form), and
//! [`rtf_to_text`] reads what an RTF body says, not how it looks. Most RTF bodies that Outlook
//! writes are HTML wrapped in RTF (`\fromhtml1`, MS-OXRTFEX): the HTML is taken back out of the
//! `\*\htmltag` groups and the text outside `\htmlrtf` runs, and then read by [`super::html`] like
//! any HTML body, so links keep their addresses. Plain RTF gives its text with paragraphs, tabs,
//! `\'hh` bytes in the document's code page and `\uN` characters; tables, pictures, fields'
//! instructions and the font, colour and style tables are left out. Output is bounded.

use super::codepage;

/// The dictionary's first 207 bytes (MS-OXRTFCP 2.1.2.1).
const PREBUF: &[u8] = b"{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman \\fswiss \\fmodern \\fscript \\fdecor MS Sans SerifSymbolArialTimes New RomanCourier{\\colortbl\\red0\\green0\\blue0\r\n\\par \\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx";
const LZFU: u32 = 0x7546_5A4C;
const MELA: u32 = 0x414C_454D;
/// Largest RTF taken out of one body (a body is text: 32 MiB is far beyond any letter).
const MAX_RTF: usize = 32 << 20;
/// Largest text given back.
const MAX_TEXT: usize = 8 << 20;

/// Decompresses a `PR_RTF_COMPRESSED` value. The error says, in a few words, what is wrong.
pub fn decompress(data: &[u8]) -> Result<Vec<u8>, &'static str> {
    if data.len() < 16 {
        return Err("the compressed body is shorter than its header");
    }
    let word = |i: usize| u32::from_le_bytes([data[i], data[i + 1], data[i + 2], data[i + 3]]);
    let comp_size = word(0) as usize;
    let raw_size = word(4) as usize;
    let end = data.len().min(comp_size.saturating_add(4));
    match word(8) {
        MELA => return Ok(data[16..data.len().min(16usize.saturating_add(raw_size))].to_vec()),
        LZFU => {}
        _ => return Err("the compressed body is of an unknown kind"),
    }
    let mut dict = [0u8; 4096];
    dict[..PREBUF.len()].copy_from_slice(PREBUF);
    let mut write = PREBUF.len();
    let mut out = Vec::with_capacity(raw_size.min(1 << 20));
    let mut i = 16;
    'all: while i < end {
        let control = data[i];
        i += 1;
        for bit in 0..8 {
            if i >= end {
                break 'all;
            }
            if control & (1 << bit) == 0 {
                let b = data[i];
                i += 1;
                out.push(b);
                dict[write] = b;
                write = (write + 1) % 4096;
            } else {
                if i + 1 >= end {
                    break 'all;
                }
                let r = u16::from_be_bytes([data[i], data[i + 1]]);
                i += 2;
                let offset = usize::from(r >> 4);
                let len = usize::from(r & 0xF) + 2;
                if offset == write {
                    break 'all;
                }
                for k in 0..len {
                    let b = dict[(offset + k) % 4096];
                    out.push(b);
                    dict[write] = b;
                    write = (write + 1) % 4096;
                }
            }
            if out.len() > MAX_RTF {
                return Err("the compressed body is too large");
            }
        }
    }
    Ok(out)
}

/// Groups whose contents are never text a person reads.
const SKIPPED: &[&str] = &[
    "fonttbl",
    "colortbl",
    "stylesheet",
    "info",
    "pict",
    "object",
    "objdata",
    "fldinst",
    "themedata",
    "colorschememapping",
    "datastore",
    "latentstyles",
    "listtable",
    "listoverridetable",
    "rsidtbl",
    "generator",
    "xmlnstbl",
    "mmathPr",
    "filetbl",
    "revtbl",
    "pgdsctbl",
    "header",
    "footer",
    "headerl",
    "headerr",
    "headerf",
    "footerl",
    "footerr",
    "footerf",
    "nonshppict",
    "bkmkstart",
    "bkmkend",
];

#[derive(Clone, Copy, Default)]
struct Group {
    skip: bool,
    htmlrtf: bool,
    htmltag: bool,
    uc: usize,
}

struct Reader<'a> {
    rtf: &'a [u8],
    i: usize,
    out: String,
    pending: Vec<u8>,
    codepage: u32,
    from_html: bool,
    /// Characters still to drop after a `\uN` (its stand-ins for readers without Unicode).
    skip_chars: usize,
}

impl Reader<'_> {
    fn flush(&mut self) {
        if !self.pending.is_empty() {
            let s = codepage::decode(&self.pending, self.codepage);
            self.out.push_str(&s);
            self.pending.clear();
        }
    }

    fn emit_byte(&mut self, g: &Group, b: u8) {
        if self.skip_chars > 0 {
            self.skip_chars -= 1;
            return;
        }
        if self.shows(g) {
            self.pending.push(b);
        }
    }

    fn emit(&mut self, g: &Group, s: &str) {
        if self.skip_chars > 0 {
            self.skip_chars -= 1;
            return;
        }
        if self.shows(g) {
            self.flush();
            self.out.push_str(s);
        }
    }

    fn shows(&self, g: &Group) -> bool {
        let hidden_rtf = self.from_html && g.htmlrtf && !g.htmltag;
        !g.skip && !hidden_rtf
    }
}

/// The text of an RTF document (see the module's notes). Never fails: what it does not
/// understand is left out.
pub fn rtf_to_text(rtf: &[u8]) -> String {
    let mut r = Reader {
        rtf,
        i: 0,
        out: String::new(),
        pending: Vec::new(),
        codepage: 1252,
        from_html: false,
        skip_chars: 0,
    };
    let mut stack: Vec<Group> = Vec::new();
    let mut g = Group {
        uc: 1,
        ..Group::default()
    };
    // The first control word of a group decides whether it is a destination to skip.
    let mut group_start = false;
    let mut ignorable = false;
    while r.i < r.rtf.len() && r.out.len() < MAX_TEXT {
        let b = r.rtf[r.i];
        r.i += 1;
        match b {
            b'{' => {
                r.flush();
                if stack.len() < 512 {
                    stack.push(g);
                }
                group_start = true;
                ignorable = false;
            }
            b'}' => {
                r.flush();
                if let Some(prev) = stack.pop() {
                    g = prev;
                }
                group_start = false;
            }
            b'\\' => {
                let Some(&c) = r.rtf.get(r.i) else { break };
                if c.is_ascii_alphabetic() {
                    let start = r.i;
                    while r.i < r.rtf.len() && r.rtf[r.i].is_ascii_alphabetic() && r.i - start < 32
                    {
                        r.i += 1;
                    }
                    let word = std::str::from_utf8(&r.rtf[start..r.i]).unwrap_or("");
                    let num_start = r.i;
                    if r.rtf.get(r.i) == Some(&b'-') {
                        r.i += 1;
                    }
                    while r.i < r.rtf.len() && r.rtf[r.i].is_ascii_digit() && r.i - num_start < 10 {
                        r.i += 1;
                    }
                    let param: Option<i64> = std::str::from_utf8(&r.rtf[num_start..r.i])
                        .ok()
                        .and_then(|s| s.parse().ok());
                    if r.rtf.get(r.i) == Some(&b' ') {
                        r.i += 1;
                    }
                    let first = group_start;
                    group_start = false;
                    control_word(&mut r, &mut g, word, param, first, ignorable);
                    ignorable = false;
                } else {
                    r.i += 1;
                    match c {
                        b'\'' => {
                            let hex = r.rtf.get(r.i..r.i + 2).and_then(|h| {
                                std::str::from_utf8(h)
                                    .ok()
                                    .and_then(|h| u8::from_str_radix(h, 16).ok())
                            });
                            if let Some(v) = hex {
                                r.i += 2;
                                r.emit_byte(&g, v);
                            }
                        }
                        b'*' => {
                            // The destination word follows: still the group's first.
                            ignorable = true;
                            continue;
                        }
                        b'~' => r.emit(&g, "\u{a0}"),
                        b'_' => r.emit(&g, "-"),
                        b'-' => {}
                        b'\n' | b'\r' => r.emit(&g, "\n"),
                        b'{' | b'}' | b'\\' => r.emit_byte(&g, c),
                        _ => {}
                    }
                    group_start = false;
                }
            }
            b'\r' | b'\n' | 0 => {}
            _ => {
                group_start = false;
                r.emit_byte(&g, b);
            }
        }
    }
    r.flush();
    let text = std::mem::take(&mut r.out);
    if r.from_html {
        super::html::html_to_text(&text)
    } else {
        text
    }
}

fn control_word(
    r: &mut Reader<'_>,
    g: &mut Group,
    word: &str,
    param: Option<i64>,
    first: bool,
    ignorable: bool,
) {
    if first {
        if word == "htmltag" && r.from_html {
            g.htmltag = true;
            return;
        }
        if ignorable || SKIPPED.contains(&word) {
            r.flush();
            g.skip = true;
            return;
        }
    }
    match word {
        "fromhtml" => r.from_html = param.unwrap_or(1) != 0,
        "htmlrtf" => {
            r.flush();
            g.htmlrtf = param.unwrap_or(1) != 0;
        }
        "ansicpg" => {
            r.flush();
            if let Some(cp) = param.and_then(|p| u32::try_from(p).ok()) {
                r.codepage = cp;
            }
        }
        "uc" => {
            g.uc = param
                .and_then(|p| usize::try_from(p).ok())
                .unwrap_or(1)
                .min(8)
        }
        "u" => {
            if let Some(p) = param {
                let code = if p < 0 { p + 65536 } else { p };
                let c = u32::try_from(code)
                    .ok()
                    .and_then(char::from_u32)
                    .unwrap_or('\u{FFFD}');
                r.emit(g, c.encode_utf8(&mut [0u8; 4]));
                r.skip_chars = g.uc;
            }
        }
        "par" | "line" | "sect" | "page" | "row" => r.emit(g, "\n"),
        "tab" | "cell" => r.emit(g, "\t"),
        "emdash" => r.emit(g, "\u{2014}"),
        "endash" => r.emit(g, "\u{2013}"),
        "lquote" => r.emit(g, "\u{2018}"),
        "rquote" => r.emit(g, "\u{2019}"),
        "ldblquote" => r.emit(g, "\u{201C}"),
        "rdblquote" => r.emit(g, "\u{201D}"),
        "bullet" => r.emit(g, "\u{2022}"),
        "emspace" | "enspace" | "qmspace" => r.emit(g, " "),
        "bin" => {
            r.flush();
            let n = param.and_then(|p| usize::try_from(p).ok()).unwrap_or(0);
            r.i = r.i.saturating_add(n).min(r.rtf.len());
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_dictionary_prefix_is_207_bytes() {
        assert_eq!(PREBUF.len(), 207);
    }

    /// The example of MS-OXRTFCP 3.1.1 ("simple compressed RTF").
    #[test]
    fn decompresses_the_specification_example() {
        let data: [u8; 49] = [
            0x2d, 0x00, 0x00, 0x00, 0x2b, 0x00, 0x00, 0x00, 0x4c, 0x5a, 0x46, 0x75, 0xf1, 0xc5,
            0xc7, 0xa7, 0x03, 0x00, 0x0a, 0x00, 0x72, 0x63, 0x70, 0x67, 0x31, 0x32, 0x35, 0x42,
            0x32, 0x0a, 0xf3, 0x20, 0x68, 0x65, 0x6c, 0x09, 0x00, 0x20, 0x62, 0x77, 0x05, 0xb0,
            0x6c, 0x64, 0x7d, 0x0a, 0x80, 0x0f, 0xa0,
        ];
        let out = decompress(&data).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "{\\rtf1\\ansi\\ansicpg1252\\pard hello world}\r\n"
        );
    }

    #[test]
    fn uncompressed_bodies_are_unwrapped_and_junk_is_refused() {
        let mut mela = vec![0u8; 16];
        mela[4] = 5;
        mela[8..12].copy_from_slice(&MELA.to_le_bytes());
        mela.extend_from_slice(b"{\\rtf}xyz");
        assert_eq!(decompress(&mela).unwrap(), b"{\\rtf");
        assert!(decompress(b"short").is_err());
        assert!(decompress(&[0u8; 32]).is_err());
    }

    #[test]
    fn plain_rtf_gives_its_text_in_its_code_page() {
        let rtf = br"{\rtf1\ansi\ansicpg1252{\fonttbl{\f0 Arial;}}{\colortbl;\red0\green0\blue0;}
{\*\generator Riched20}\pard Contact at the caf\'e9 cost \'a345.\par
Second line\tab with a tab \u8211\'96 and a dash.\par}";
        let t = rtf_to_text(rtf);
        assert!(t.contains("Contact at the café cost £45.\n"), "{t:?}");
        assert!(t.contains("Second line\twith a tab – and a dash."), "{t:?}");
        assert!(!t.contains("Arial") && !t.contains("Riched"), "{t:?}");
    }

    #[test]
    fn html_wrapped_in_rtf_is_read_as_html() {
        let rtf = br#"{\rtf1\ansi\fromhtml1 {\*\htmltag19 <html>}{\*\htmltag34 <body>}\htmlrtf {\htmlrtf0 {\*\htmltag64 <p>}Please see the {\*\htmltag84 <a href="https://example.org/x">}\htmlrtf {\field{\*\fldinst HYPERLINK "https://example.org/x"}{\fldrslt\htmlrtf0 guidance\htmlrtf }}\htmlrtf0 {\*\htmltag92 </a>} for LS24P01234.{\*\htmltag72 </p>}\htmlrtf \par\htmlrtf0 }{\*\htmltag58 </body>}}"#;
        let t = rtf_to_text(rtf);
        assert!(
            t.contains("Please see the guidance (https://example.org/x) for LS24P01234."),
            "{t:?}"
        );
        assert!(!t.contains("HYPERLINK"), "{t:?}");
    }

    #[test]
    fn hostile_rtf_is_bounded() {
        let deep = "{".repeat(100_000);
        assert_eq!(rtf_to_text(deep.as_bytes()), "");
        let bin = br"{\rtf1 a\bin99999999999 b}";
        assert_eq!(rtf_to_text(bin), "a");
    }
}
