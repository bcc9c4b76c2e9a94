//! Text documents (plain text, CSV, JSON, XML, HTML) drawn as PDFs by casevault.
//!
//! Offices keep notes as `.txt`, exports as `.csv`, system output as `.json` or `.xml` and saved
//! web pages as `.html`, on drives, in e-mails and in scanning inboxes. Their words are known, so
//! nothing is recognised and no legibility gate applies: the text is decoded and drawn as a PDF
//! the way an e-mail is (`mail::render_text_pdf`, `mail::render_table_pdf`), and filed through
//! identification, routing and naming like any document.
//!
//! - **Text is decided by the bytes, not the name.** [`sniff`] decodes the bytes (a byte-order
//!   mark says UTF-8 or UTF-16; without one, UTF-16 is recognised by its zero bytes, then UTF-8
//!   is tried, then windows-1252, the superset of ISO-8859-1 that British offices' Windows
//!   machines write) and takes the result as text only when almost every character is a
//!   printable one. A binary file named `.txt` is not text; a CSV named `export.dat` is.
//! - **The format is decided by the content, with the name breaking ties.** HTML (a doctype or
//!   `<html>`, or an `.htm(l)` name with markup) is drawn as its readable text with links kept as
//!   `text (url)`; JSON (it parses) and XML (a declaration or root element) are shown as they are,
//!   indented where the file is one long line; CSV (by name, or rows that split the same way on a
//!   comma, semicolon, tab or bar) is drawn as a table under its header row.
//! - **Bounded.** A text file over [`MAX_TEXT_BYTES`] or whose drawing would run past
//!   [`MAX_PAGES`] pages is refused with a plain reason ([`TextError::TooLarge`]), before or while
//!   it is laid out, never after a huge PDF was made.

use std::fmt;

use crate::mail;

/// Largest text file drawn as a PDF (4 MiB: about 1,000 pages of plain text).
pub const MAX_TEXT_BYTES: usize = 4 << 20;
/// Most pages one text document is drawn on.
pub const MAX_PAGES: usize = 1000;
/// How much of a file is looked at to decide whether it is text.
const SNIFF_CHARS: usize = 64 * 1024;

/// The character encoding a text file was read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Charset {
    Utf8,
    /// UTF-8 with a byte-order mark.
    Utf8Bom,
    Utf16Le,
    Utf16Be,
    /// Windows-1252, which also reads ISO-8859-1 (Latin-1) text correctly.
    Windows1252,
}

/// What kind of text document it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextFormat {
    Plain,
    /// Comma-separated (or semicolon, tab or bar) rows; the delimiter byte.
    Csv(u8),
    Json,
    Xml,
    Html,
}

impl TextFormat {
    /// The title line of the PDF: what the file is.
    fn title(self) -> &'static str {
        match self {
            TextFormat::Plain => "Text file",
            TextFormat::Csv(_) => "Table (CSV file)",
            TextFormat::Json => "Data file (JSON)",
            TextFormat::Xml => "Data file (XML)",
            TextFormat::Html => "Web page (HTML)",
        }
    }
}

/// A text file, decoded.
#[derive(Clone)]
pub struct TextFile {
    pub charset: Charset,
    pub format: TextFormat,
    /// The decoded text (no byte-order mark; newlines as they were).
    pub text: String,
}

impl fmt::Debug for TextFile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // No text: it is a case document.
        f.debug_struct("TextFile")
            .field("charset", &self.charset)
            .field("format", &self.format)
            .field("chars", &self.text.chars().count())
            .finish()
    }
}

/// A text document drawn as a PDF.
pub struct Drawn {
    pub pdf: Vec<u8>,
    /// The readable text (what identification and routing read).
    pub text: String,
}

/// Why a text document was not drawn. The messages are for a business services officer.
#[derive(Debug, thiserror::Error)]
pub enum TextError {
    #[error("the text file holds no text (it is empty or only blank lines)")]
    Blank,
    #[error("the text file is too large to draw as a PDF: {0}. Split it into smaller files, or turn it into a PDF yourself, and file it again")]
    TooLarge(String),
    #[error(
        "the text could not be turned into a PDF on this machine ({0}); retry after fixing it"
    )]
    Machine(String),
}

/// Extensions that say "text" (a file so named that is not text is damaged or mislabelled).
pub fn text_extension(name: &str) -> bool {
    matches!(
        extension(name).as_str(),
        "txt"
            | "text"
            | "csv"
            | "tsv"
            | "json"
            | "xml"
            | "html"
            | "htm"
            | "log"
            | "md"
            | "ics"
            | "vcf"
    )
}

fn extension(name: &str) -> String {
    name.rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default()
}

/// Magic numbers of binary formats that may look like text in their first bytes.
fn binary_magic(bytes: &[u8]) -> bool {
    const MAGICS: &[&[u8]] = &[
        b"%PDF-",
        b"PK\x03\x04",
        b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1",
        b"\x89PNG",
        b"\xFF\xD8\xFF",
        b"GIF87a",
        b"GIF89a",
        b"II*\0",
        b"MM\0*",
        b"RIFF",
        b"{\\rtf",
    ];
    MAGICS.iter().any(|m| bytes.starts_with(m))
}

/// Decodes the bytes as text, or `None` when they are not text. The charset is chosen and the
/// text judged on the first 64 KB, so a large binary file costs no more than a small one.
pub fn decode(bytes: &[u8]) -> Option<(Charset, String)> {
    if bytes.is_empty() || binary_magic(bytes) {
        return None;
    }
    let head = &bytes[..bytes.len().min(SNIFF_CHARS)];
    let charset = if bytes.starts_with(b"\xEF\xBB\xBF") {
        Charset::Utf8Bom
    } else if bytes.starts_with(b"\xFF\xFE") {
        Charset::Utf16Le
    } else if bytes.starts_with(b"\xFE\xFF") {
        Charset::Utf16Be
    } else if head.contains(&0) {
        let (even, odd) = zero_bytes(head);
        let pairs = head.len() / 2;
        if pairs >= 2 && odd * 10 >= pairs * 4 && even * 20 < pairs {
            Charset::Utf16Le
        } else if pairs >= 2 && even * 10 >= pairs * 4 && odd * 20 < pairs {
            Charset::Utf16Be
        } else {
            return None;
        }
    } else {
        match std::str::from_utf8(head) {
            Ok(_) => Charset::Utf8,
            // Cut in the middle of a character at the end of the head: still UTF-8.
            Err(e) if e.error_len().is_none() => Charset::Utf8,
            Err(_) => Charset::Windows1252,
        }
    };
    if !printable(&decode_as(head, charset)) {
        return None;
    }
    Some((charset, decode_as(bytes, charset)))
}

fn decode_as(bytes: &[u8], charset: Charset) -> String {
    match charset {
        Charset::Utf8 => String::from_utf8_lossy(bytes).into_owned(),
        Charset::Utf8Bom => String::from_utf8_lossy(&bytes[3.min(bytes.len())..]).into_owned(),
        Charset::Utf16Le => utf16(bytes.strip_prefix(b"\xFF\xFE").unwrap_or(bytes), false),
        Charset::Utf16Be => utf16(bytes.strip_prefix(b"\xFE\xFF").unwrap_or(bytes), true),
        Charset::Windows1252 => mail::decode_codepage(bytes, 1252),
    }
}

fn utf16(bytes: &[u8], big_endian: bool) -> String {
    let units: Vec<u16> = bytes
        .chunks_exact(2)
        .map(|c| {
            if big_endian {
                u16::from_be_bytes([c[0], c[1]])
            } else {
                u16::from_le_bytes([c[0], c[1]])
            }
        })
        .collect();
    String::from_utf16_lossy(&units)
}

/// Zero bytes at even and at odd positions.
fn zero_bytes(head: &[u8]) -> (usize, usize) {
    head.chunks_exact(2).fold((0, 0), |(e, o), c| {
        (e + usize::from(c[0] == 0), o + usize::from(c[1] == 0))
    })
}

/// Text is text when at most one character in a hundred is a control character or one that
/// could not be decoded (tabs, newlines and form feeds are text).
fn printable(text: &str) -> bool {
    let mut n = 0usize;
    let mut bad = 0usize;
    for c in text.chars().take(SNIFF_CHARS) {
        n += 1;
        if c == '\u{FFFD}'
            || c == '\0'
            || (c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\x0c'))
        {
            bad += 1;
        }
    }
    n > 0 && bad * 100 <= n
}

/// A text file, decoded and its format decided; `None` when the bytes are not text.
pub fn sniff(name: &str, bytes: &[u8]) -> Option<TextFile> {
    let (charset, text) = decode(bytes)?;
    let format = format_of(&extension(name), &text);
    Some(TextFile {
        charset,
        format,
        text,
    })
}

fn format_of(ext: &str, text: &str) -> TextFormat {
    let start = text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}');
    let head: String = start
        .chars()
        .take(1024)
        .collect::<String>()
        .to_ascii_lowercase();
    if head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || (head.starts_with("<?xml") && head.contains("<html"))
        || (matches!(ext, "html" | "htm") && head.contains('<'))
    {
        return TextFormat::Html;
    }
    if head.starts_with("<?xml") || (ext == "xml" && head.starts_with('<')) {
        return TextFormat::Xml;
    }
    if (head.starts_with('{') || head.starts_with('['))
        && serde_json::from_str::<serde::de::IgnoredAny>(start).is_ok()
    {
        return TextFormat::Json;
    }
    match ext {
        "csv" => return TextFormat::Csv(delimiter(text).unwrap_or(b',')),
        "tsv" => return TextFormat::Csv(b'\t'),
        // A file named as prose stays prose, whatever its commas.
        "txt" | "text" | "log" | "md" | "ics" | "vcf" | "json" | "xml" => return TextFormat::Plain,
        _ => {}
    }
    match delimiter(text) {
        Some(d) if consistent_rows(text, d) => TextFormat::Csv(d),
        _ => TextFormat::Plain,
    }
}

/// The delimiter that splits the first lines most evenly, if any does.
fn delimiter(text: &str) -> Option<u8> {
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(20)
        .collect();
    let mut best: Option<(u8, usize)> = None;
    for d in [b',', b';', b'\t', b'|'] {
        let counts: Vec<usize> = lines.iter().map(|l| fields(l, d)).collect();
        let Some(&first) = counts.first() else {
            continue;
        };
        let same = counts.iter().filter(|&&c| c == first).count();
        if first >= 2 && same * 5 >= counts.len() * 4 && best.is_none_or(|(_, b)| first > b) {
            best = Some((d, first));
        }
    }
    best.map(|(d, _)| d)
}

/// Fields on a line split by `d`, quotes respected.
fn fields(line: &str, d: u8) -> usize {
    let mut quoted = false;
    let mut n = 1;
    for b in line.bytes() {
        if b == b'"' {
            quoted = !quoted;
        } else if b == d && !quoted {
            n += 1;
        }
    }
    n
}

/// Rows that all split the same way (for content not named CSV: at least three of them).
fn consistent_rows(text: &str, d: u8) -> bool {
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(50)
        .collect();
    lines.len() >= 3 && {
        let n = fields(lines[0], d);
        lines.iter().all(|l| fields(l, d) == n)
    }
}

/// Draws a text document as a PDF titled with what it is and its name.
pub fn draw(name: &str, bytes_len: usize, file: &TextFile) -> Result<Drawn, TextError> {
    if bytes_len > MAX_TEXT_BYTES {
        return Err(TextError::TooLarge(format!(
            "it is {:.1} MB, and casevault draws text files of up to {} MB",
            bytes_len as f64 / (1024.0 * 1024.0),
            MAX_TEXT_BYTES >> 20
        )));
    }
    if file.text.trim().is_empty() {
        return Err(TextError::Blank);
    }
    let title = format!("{}: {name}", file.format.title());
    let text = normalise(&file.text);
    let (pdf, text) = match file.format {
        TextFormat::Csv(d) => {
            let (header, rows) = table(&text, d);
            let pdf = mail::render_table_pdf(&title, &header, &rows, MAX_PAGES);
            let flat = std::iter::once(&header)
                .chain(rows.iter())
                .map(|r| r.join("\t"))
                .collect::<Vec<_>>()
                .join("\n");
            (pdf, flat)
        }
        format => {
            let shown = match format {
                TextFormat::Html => mail::html_to_text(&text),
                TextFormat::Json if long_lines(&text) => indent_json(&text),
                TextFormat::Xml if long_lines(&text) => indent_xml(&text),
                _ => text,
            };
            (mail::render_text_pdf(&title, &shown, MAX_PAGES), shown)
        }
    };
    let pdf = pdf.map_err(|e| match e {
        mail::MailError::TooLong { max_pages } => TextError::TooLarge(format!(
            "drawn as a PDF it would run to more than {max_pages} pages"
        )),
        other => TextError::Machine(other.to_string()),
    })?;
    Ok(Drawn { pdf, text })
}

fn normalise(s: &str) -> String {
    s.trim_start_matches('\u{FEFF}')
        .replace("\r\n", "\n")
        .replace('\r', "\n")
}

/// A file written as one (or a few) very long lines: worth indenting.
fn long_lines(text: &str) -> bool {
    text.lines().any(|l| l.chars().count() > 160)
}

/// The rows of a CSV file: the first is the header.
fn table(text: &str, d: u8) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(d)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut rec = csv::StringRecord::new();
    loop {
        let at = usize::try_from(reader.position().byte()).unwrap_or(usize::MAX);
        match reader.read_record(&mut rec) {
            Ok(true) => rows.push(rec.iter().map(str::to_string).collect()),
            Ok(false) => break,
            Err(_) => {
                // Whatever the reader cannot take is split line by line: no text is lost.
                for l in text.get(at..).unwrap_or("").lines() {
                    rows.push(l.split(char::from(d)).map(str::to_string).collect());
                }
                break;
            }
        }
    }
    rows.retain(|r| r.iter().any(|c| !c.trim().is_empty()));
    if rows.is_empty() {
        return (Vec::new(), Vec::new());
    }
    let header = rows.remove(0);
    (header, rows)
}

/// JSON re-indented (two spaces a level), keys in their own order. Only called on JSON that
/// parsed; strings are copied as they are.
fn indent_json(json: &str) -> String {
    let mut out = String::with_capacity(json.len() * 2);
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut chars = json.chars().peekable();
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        out.extend(std::iter::repeat_n(' ', 2 * depth.min(20)));
    };
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                // An empty object or array stays on one line.
                while chars.peek().is_some_and(|n| n.is_whitespace()) {
                    chars.next();
                }
                if matches!(chars.peek(), Some('}') | Some(']')) {
                    continue;
                }
                depth += 1;
                newline(&mut out, depth);
            }
            '}' | ']' => {
                if !matches!(out.chars().last(), Some('{') | Some('[')) {
                    depth = depth.saturating_sub(1);
                    newline(&mut out, depth);
                }
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            c if c.is_whitespace() => {}
            c => out.push(c),
        }
    }
    out
}

/// XML with one element a line, indented by depth; an element holding only text stays on one
/// line. Text and markup are copied as they are.
fn indent_xml(xml: &str) -> String {
    enum Tok<'a> {
        Open(&'a str),
        Close(&'a str),
        Other(&'a str),
        Text(&'a str),
    }
    let mut toks = Vec::new();
    let mut i = 0;
    while i < xml.len() {
        let rest = &xml[i..];
        if rest.starts_with('<') {
            let end = if rest.starts_with("<!--") {
                rest.find("-->").map(|p| p + 3)
            } else if rest.starts_with("<![CDATA[") {
                rest.find("]]>").map(|p| p + 3)
            } else {
                rest.find('>').map(|p| p + 1)
            }
            .unwrap_or(rest.len());
            let tag = &rest[..end];
            toks.push(if tag.starts_with("</") {
                Tok::Close(tag)
            } else if tag.starts_with("<?") || tag.starts_with("<!") || tag.ends_with("/>") {
                Tok::Other(tag)
            } else {
                Tok::Open(tag)
            });
            i += end;
        } else {
            let end = rest.find('<').unwrap_or(rest.len());
            let t = rest[..end].trim();
            if !t.is_empty() {
                toks.push(Tok::Text(t));
            }
            i += end;
        }
    }
    let mut out = String::with_capacity(xml.len() * 2);
    let mut depth = 0usize;
    let line = |out: &mut String, depth: usize, parts: &[&str]| {
        if !out.is_empty() {
            out.push('\n');
        }
        out.extend(std::iter::repeat_n(' ', 2 * depth.min(20)));
        for p in parts {
            out.push_str(p);
        }
    };
    let mut k = 0;
    while k < toks.len() {
        match (&toks[k], toks.get(k + 1), toks.get(k + 2)) {
            (Tok::Open(o), Some(Tok::Text(t)), Some(Tok::Close(c))) => {
                line(&mut out, depth, &[o, t, c]);
                k += 3;
            }
            (Tok::Open(o), Some(Tok::Close(c)), _) => {
                line(&mut out, depth, &[o, c]);
                k += 2;
            }
            (Tok::Open(o), _, _) => {
                line(&mut out, depth, &[o]);
                depth += 1;
                k += 1;
            }
            (Tok::Close(c), _, _) => {
                depth = depth.saturating_sub(1);
                line(&mut out, depth, &[c]);
                k += 1;
            }
            (Tok::Other(t) | Tok::Text(t), _, _) => {
                line(&mut out, depth, &[t]);
                k += 1;
            }
        }
    }
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charsets_are_recognised_and_decoded() {
        let (c, t) = decode("Contact at the café, £45\n".as_bytes()).unwrap();
        assert_eq!(
            (c, t.as_str()),
            (Charset::Utf8, "Contact at the café, £45\n")
        );
        let (c, t) = decode(b"\xEF\xBB\xBFcaf\xC3\xA9").unwrap();
        assert_eq!((c, t.as_str()), (Charset::Utf8Bom, "café"));
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("tŷ café".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(
            decode(&le).unwrap(),
            (Charset::Utf16Le, "tŷ café".to_string())
        );
        let be: Vec<u8> = "Notes for LS24P01234"
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        assert_eq!(
            decode(&be).unwrap(),
            (Charset::Utf16Be, "Notes for LS24P01234".to_string())
        );
        let (c, t) = decode(b"The caf\xe9 fee of \xa345 \x96 the mother\x92s note").unwrap();
        assert_eq!(c, Charset::Windows1252);
        assert_eq!(t, "The café fee of £45 – the mother’s note");
        // ISO-8859-1 bytes read the same.
        assert_eq!(decode(b"Herr M\xfcller").unwrap().1, "Herr Müller");
    }

    #[test]
    fn binary_is_not_text_whatever_its_name() {
        let mut noise = Vec::new();
        let mut x: u32 = 12345;
        for _ in 0..4096 {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
            noise.push((x >> 16) as u8);
        }
        assert!(sniff("notes.txt", &noise).is_none());
        assert!(sniff("notes.txt", b"%PDF-1.4 hello").is_none());
        assert!(sniff("a.txt", b"").is_none());
        assert!(sniff("a.txt", b"\x89PNG\r\n\x1a\n").is_none());
        assert!(sniff("a.txt", b"abc\x01\x02\x03\x04def").is_none());
    }

    #[test]
    fn formats_come_from_the_content_first() {
        let f = |name: &str, s: &str| sniff(name, s.as_bytes()).unwrap().format;
        assert_eq!(f("a.txt", "<!DOCTYPE html><p>x</p>"), TextFormat::Html);
        assert_eq!(f("page.htm", "<p>x</p>"), TextFormat::Html);
        assert_eq!(f("a.bin", "<?xml version=\"1.0\"?><a/>"), TextFormat::Xml);
        assert_eq!(f("a.bin", " {\"case\": \"LS24P01234\"}"), TextFormat::Json);
        assert_eq!(f("a.json", "{not json"), TextFormat::Plain);
        assert_eq!(f("a.csv", "a;b;c\n1;2;3\n"), TextFormat::Csv(b';'));
        assert_eq!(f("a.bin", "a,b,c\n1,2,3\n4,5,6\n"), TextFormat::Csv(b','));
        assert_eq!(
            f(
                "letter.txt",
                "Dear Sir, thank you, we agree\nYes, and, so\nOk, so, yes\n"
            ),
            TextFormat::Plain
        );
    }

    #[test]
    fn csv_rows_become_a_table_under_the_header() {
        let (h, rows) = table(
            "Date,Who,Note\n2025-03-01,\"Smith, J\",Called\n\n2025-03-02,Ann,\"Met\nat school\"\n",
            b',',
        );
        assert_eq!(h, ["Date", "Who", "Note"]);
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0], ["2025-03-01", "Smith, J", "Called"]);
        assert_eq!(rows[1][2], "Met\nat school");
    }

    #[test]
    fn json_and_xml_are_indented_keeping_their_order_and_text() {
        let j = indent_json(r#"{"z":1,"a":[1,2,{}],"s":"a, {b}: \"c\""}"#);
        assert_eq!(
            j,
            "{\n  \"z\": 1,\n  \"a\": [\n    1,\n    2,\n    {}\n  ],\n  \"s\": \"a, {b}: \\\"c\\\"\"\n}"
        );
        let x = indent_xml("<?xml version=\"1.0\"?><case id=\"1\"><number>LS24P01234</number><note/><!-- c --><child><name>A</name></child></case>");
        assert_eq!(
            x,
            "<?xml version=\"1.0\"?>\n<case id=\"1\">\n  <number>LS24P01234</number>\n  <note/>\n  <!-- c -->\n  <child>\n    <name>A</name>\n  </child>\n</case>\n"
        );
    }

    #[test]
    fn blank_and_huge_files_are_refused_with_a_reason() {
        let blank = sniff("a.txt", b"  \n\n ").unwrap();
        assert!(matches!(draw("a.txt", 5, &blank), Err(TextError::Blank)));
        let big = sniff("a.txt", b"x").unwrap();
        let Err(e) = draw("a.txt", MAX_TEXT_BYTES + 1, &big) else {
            panic!("a text file over the limit was drawn");
        };
        assert!(e.to_string().contains("4.0 MB"), "{e}");
    }
}
