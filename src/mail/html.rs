//! HTML e-mail bodies to readable plain text, keeping where links go.
//!
//! An e-mail PDF must show what the sender wrote, and a link's target is part of that: "see the
//! guidance" means nothing on paper without the address. So `<a href="url">text</a>` becomes
//! `text (url)` (just `text` when the text already is the address). Block elements start new
//! lines, list items get a bullet, `<blockquote>` lines get `> ` (so quoted replies look like the
//! plain-text ones and thread detection can compare them), `<script>`, `<style>`, `<head>` and
//! comments are dropped, entities are decoded. This is a small hand-written tokenizer rather than a
//! browser-grade HTML parser: e-mail HTML is mostly simple, and a full parser (html5ever) would
//! pull a large dependency tree for little gain on that input. It never fails: anything it does
//! not understand is passed through as text.

/// Renders an HTML document or fragment as plain text.
pub fn html_to_text(html: &str) -> String {
    let mut out = Renderer::default();
    let bytes = html.as_bytes();
    // Searched for end tags; ASCII lower-casing keeps every byte offset. Made once: a message
    // full of `<script>` tags must not cost a copy of the rest of the body each.
    let lower = html.to_ascii_lowercase();
    let last_gt = html.rfind('>');
    let mut i = 0;
    while i < html.len() {
        if bytes[i] == b'<' {
            if html[i..].starts_with("<!--") {
                i = find_from(html, i + 4, "-->").map_or(html.len(), |e| e + 3);
                continue;
            }
            if let Some(end) = tag_end(html, i, last_gt) {
                let raw = &html[i + 1..end];
                i = end + 1;
                if raw.starts_with('!') || raw.starts_with('?') {
                    continue;
                }
                let tag = Tag::parse(raw);
                if !tag.closing
                    && matches!(tag.name.as_str(), "script" | "style" | "head" | "title")
                {
                    // Skip everything up to the matching end tag.
                    let close = format!("</{}", tag.name);
                    i = find_from(&lower, i, &close)
                        .and_then(|p| tag_end(html, p, last_gt).map(|e| e + 1))
                        .unwrap_or(html.len());
                    continue;
                }
                out.tag(&tag);
                continue;
            }
            // A lone '<' that opens no tag is text.
            out.text("<");
            i += 1;
            continue;
        }
        let next = html[i..].find('<').map_or(html.len(), |p| i + p);
        out.text(&decode_entities(&html[i..next]));
        i = next;
    }
    out.finish()
}

fn find_from(s: &str, from: usize, pat: &str) -> Option<usize> {
    s.get(from..)?.find(pat).map(|p| from + p)
}

/// How far past a tag's first '>' a quoted attribute value is followed.
const MAX_QUOTED: usize = 64 * 1024;

/// Index of the '>' closing the tag that starts at `start` ('<'), honouring quoted attributes.
/// A quote left open (`<a href="x>`) does not swallow the rest of the body: the tag then ends at
/// the first '>'. Either way a tag is looked for only while some '>' is still ahead, so a body
/// of a million `<a` costs one pass, not a million.
fn tag_end(s: &str, start: usize, last_gt: Option<usize>) -> Option<usize> {
    let b = s.as_bytes();
    match b.get(start + 1) {
        Some(c) if c.is_ascii_alphabetic() || *c == b'/' || *c == b'!' || *c == b'?' => {}
        _ => return None,
    }
    if last_gt.is_none_or(|g| g < start) {
        return None;
    }
    let first_gt = find_from(s, start + 1, ">")?;
    // A quoted value may hold '>', but not without end: past this, the quote was never closed.
    let limit = (first_gt + MAX_QUOTED).min(b.len());
    let mut quote: Option<u8> = None;
    for (k, &c) in b[..limit].iter().enumerate().skip(start + 1) {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == b'"' || c == b'\'' => quote = Some(c),
            None if c == b'>' => return Some(k),
            None => {}
        }
    }
    Some(first_gt)
}

struct Tag {
    name: String,
    closing: bool,
    attrs: Vec<(String, String)>,
}

impl Tag {
    fn parse(raw: &str) -> Tag {
        let raw = raw.trim_end_matches('/');
        let (closing, rest) = match raw.strip_prefix('/') {
            Some(r) => (true, r),
            None => (false, raw),
        };
        let name_end = rest
            .find(|c: char| c.is_whitespace() || c == '/')
            .unwrap_or(rest.len());
        let name = rest[..name_end].to_ascii_lowercase();
        let mut attrs = Vec::new();
        let mut s = &rest[name_end..];
        loop {
            s = s.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
            if s.is_empty() {
                break;
            }
            let key_end = s
                .find(|c: char| c.is_whitespace() || c == '=')
                .unwrap_or(s.len());
            let key = s[..key_end].to_ascii_lowercase();
            s = s[key_end..].trim_start();
            let mut value = String::new();
            if let Some(r) = s.strip_prefix('=') {
                let r = r.trim_start();
                if let Some(q) = r.chars().next().filter(|c| *c == '"' || *c == '\'') {
                    let body = &r[1..];
                    let end = body.find(q).unwrap_or(body.len());
                    value = decode_entities(&body[..end]);
                    s = body.get(end + 1..).unwrap_or("");
                } else {
                    let end = r.find(char::is_whitespace).unwrap_or(r.len());
                    value = decode_entities(&r[..end]);
                    s = &r[end..];
                }
            }
            if key.is_empty() {
                // Stray '=' or quote: skip one character so the loop always advances.
                s = s.get(1..).unwrap_or("");
                continue;
            }
            attrs.push((key, value));
        }
        Tag {
            name,
            closing,
            attrs,
        }
    }

    fn attr(&self, key: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

#[derive(Default)]
struct Renderer {
    lines: Vec<String>,
    line: String,
    /// A space is owed before the next word (collapsed white space).
    pending_space: bool,
    /// Blank lines owed before the next text (0, 1 = new line, 2 = blank line).
    pending_break: u8,
    pre: usize,
    quote: usize,
    /// Open links: (href, length of the output when the link started).
    links: Vec<(String, usize)>,
    list_stack: Vec<Option<u32>>,
}

impl Renderer {
    fn text(&mut self, t: &str) {
        if self.pre > 0 {
            for (k, part) in t.split('\n').enumerate() {
                if k > 0 {
                    self.newline();
                }
                self.put(part);
            }
            return;
        }
        for (k, word) in t.split(is_html_space).enumerate() {
            if k > 0 {
                self.pending_space = true;
            }
            if word.is_empty() {
                continue;
            }
            self.put(word);
        }
    }

    /// Appends a word (or preformatted run) after any owed breaks and space.
    fn put(&mut self, word: &str) {
        if self.pending_break > 0 && !(self.lines.is_empty() && self.line.is_empty()) {
            let n = self.pending_break;
            self.newline();
            if n > 1
                && !self
                    .lines
                    .last()
                    .is_some_and(|l| l.trim_start_matches('>').trim().is_empty())
            {
                self.newline();
            }
        }
        self.pending_break = 0;
        if self.line.is_empty() && self.quote > 0 {
            self.line.push_str(&"> ".repeat(self.quote));
        } else if self.pending_space && !self.line.ends_with(' ') {
            self.line.push(' ');
        }
        self.pending_space = false;
        self.line.push_str(word);
    }

    fn newline(&mut self) {
        let line = std::mem::take(&mut self.line);
        self.lines.push(line.trim_end().to_string());
        self.pending_space = false;
    }

    fn brk(&mut self, n: u8) {
        self.pending_break = self.pending_break.max(n);
        self.pending_space = false;
    }

    fn current_len(&self) -> usize {
        self.lines.iter().map(|l| l.len() + 1).sum::<usize>() + self.line.len()
    }

    fn tag(&mut self, tag: &Tag) {
        let name = tag.name.as_str();
        match (name, tag.closing) {
            ("br", _) => {
                // A <br> always ends the line, even an empty one.
                if self.pending_break == 0 {
                    self.newline();
                } else {
                    self.put("");
                    self.newline();
                }
                self.pending_break = 0;
            }
            (
                "p" | "div" | "table" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "ul" | "ol"
                | "dl" | "address" | "section" | "article" | "header" | "footer",
                _,
            ) => {
                self.brk(2);
                match (name, tag.closing) {
                    ("ul", false) => self.list_stack.push(None),
                    ("ol", false) => self.list_stack.push(Some(0)),
                    ("ul" | "ol", true) => {
                        self.list_stack.pop();
                    }
                    _ => {}
                }
            }
            ("blockquote", closing) => {
                self.brk(2);
                if closing {
                    self.quote = self.quote.saturating_sub(1);
                } else {
                    self.quote += 1;
                }
            }
            ("pre", closing) => {
                self.brk(2);
                if closing {
                    self.pre = self.pre.saturating_sub(1);
                } else {
                    self.pre += 1;
                }
            }
            ("tr" | "dt" | "dd", _) => self.brk(1),
            ("li", false) => {
                self.brk(1);
                let depth = self.list_stack.len().max(1) - 1;
                let bullet = match self.list_stack.last_mut() {
                    Some(Some(n)) => {
                        *n += 1;
                        format!("{}{}.", "  ".repeat(depth), n)
                    }
                    _ => format!("{}-", "  ".repeat(depth)),
                };
                self.put(&bullet);
                self.pending_space = true;
            }
            ("li", true) => self.brk(1),
            ("td" | "th", false) => self.pending_space = true,
            ("td" | "th", true) if !self.line.is_empty() => self.line.push_str("  "),
            ("hr", _) => {
                self.brk(1);
                self.put("----------------------------------------");
                self.brk(1);
            }
            ("img", false) => {
                let alt = tag.attr("alt").map(str::trim).unwrap_or("");
                if !alt.is_empty() {
                    self.put(&format!("[image: {alt}]"));
                }
            }
            ("a", false) => {
                let href = tag.attr("href").unwrap_or("").trim().to_string();
                let pos = self.current_len();
                self.links.push((href, pos));
            }
            ("a", true) => {
                if let Some((href, start)) = self.links.pop() {
                    let shown = self.text_since(start);
                    if let Some(url) = link_suffix(&href, &shown) {
                        let space = self.pending_space;
                        self.pending_space = true;
                        self.put(&format!("({url})"));
                        self.pending_space = space;
                    }
                }
            }
            _ => {}
        }
    }

    fn text_since(&self, start: usize) -> String {
        let mut all = self.lines.join("\n");
        if !self.lines.is_empty() {
            all.push('\n');
        }
        all.push_str(&self.line);
        all.get(start..).unwrap_or("").trim().to_string()
    }

    fn finish(mut self) -> String {
        if !self.line.is_empty() {
            self.newline();
        }
        let mut out: Vec<String> = Vec::new();
        for l in self.lines {
            // At most one blank line in a row.
            if l.is_empty() && out.last().is_none_or(|p: &String| p.is_empty()) {
                continue;
            }
            out.push(l);
        }
        while out.last().is_some_and(|l| l.is_empty()) {
            out.pop();
        }
        let mut s = out.join("\n");
        s.push('\n');
        if s == "\n" {
            s.clear();
        }
        s
    }
}

/// What to show after a link's text: the address, unless it adds nothing.
fn link_suffix(href: &str, shown: &str) -> Option<String> {
    let lower = href.to_ascii_lowercase();
    if href.is_empty()
        || href.starts_with('#')
        || lower.starts_with("cid:")
        || lower.starts_with("javascript:")
        || lower.starts_with("data:")
    {
        return None;
    }
    let bare = href
        .strip_prefix("mailto:")
        .or_else(|| href.strip_prefix("MAILTO:"))
        .or_else(|| href.strip_prefix("tel:"))
        .unwrap_or(href);
    let norm = |s: &str| {
        s.trim()
            .trim_end_matches('/')
            .trim_start_matches("https://")
            .trim_start_matches("http://")
            .to_ascii_lowercase()
    };
    if norm(shown) == norm(bare) || norm(shown) == norm(href) {
        return None;
    }
    Some(href.to_string())
}

fn is_html_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0c')
}

/// Decodes character references: named (the common ones), decimal and hexadecimal. A
/// non-breaking space becomes a plain space, so the words can be searched for as typed.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(p) = rest.find('&') {
        out.push_str(&rest[..p]);
        rest = &rest[p..];
        let end = rest
            .char_indices()
            .take(12)
            .find(|(_, c)| *c == ';')
            .map(|(i, _)| i);
        let decoded = end.and_then(|e| decode_entity(&rest[1..e]).map(|c| (c, e)));
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn decode_entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        // Numeric references in 128..160 mean windows-1252 in practice (HTML5 does the same).
        let code = match code {
            0x80 => 0x20AC,
            0x91 => 0x2018,
            0x92 => 0x2019,
            0x93 => 0x201C,
            0x94 => 0x201D,
            0x96 => 0x2013,
            0x97 => 0x2014,
            0xA0 => 0x20,
            c => c,
        };
        return char::from_u32(code).filter(|c| !c.is_control() || *c == '\n' || *c == '\t');
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "pound" => '£',
        "euro" => '€',
        "copy" => '©',
        "reg" => '®',
        "trade" => '™',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "bull" => '•',
        "middot" => '·',
        "deg" => '°',
        "sect" => '§',
        "times" => '×',
        "eacute" => 'é',
        "Eacute" => 'É',
        "egrave" => 'è',
        "aacute" => 'á',
        "agrave" => 'à',
        "acirc" => 'â',
        "Acirc" => 'Â',
        "ecirc" => 'ê',
        "icirc" => 'î',
        "ocirc" => 'ô',
        "ucirc" => 'û',
        "wcirc" => 'ŵ',
        "Wcirc" => 'Ŵ',
        "ycirc" => 'ŷ',
        "Ycirc" => 'Ŷ',
        "uuml" => 'ü',
        "ouml" => 'ö',
        "auml" => 'ä',
        "euml" => 'ë',
        "iuml" => 'ï',
        "yuml" => 'ÿ',
        "ccedil" => 'ç',
        "ntilde" => 'ñ',
        "szlig" => 'ß',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_keep_their_address_and_blocks_break_lines() {
        let t = html_to_text(
            "<p>See <a href=\"https://example.org/a?b=1&amp;c=2\">the guidance</a>.</p><p>Next</p>",
        );
        assert_eq!(
            t,
            "See the guidance (https://example.org/a?b=1&c=2).\n\nNext\n"
        );
    }

    #[test]
    fn link_whose_text_is_the_address_is_not_repeated() {
        let t = html_to_text(
            "<a href=\"mailto:a@b.org\">a@b.org</a> <a href=\"https://x.org/\">x.org</a>",
        );
        assert_eq!(t, "a@b.org x.org\n");
    }

    #[test]
    fn scripts_styles_comments_and_head_are_dropped() {
        let t = html_to_text(
            "<html><head><title>T</title><style>p{}</style></head><body><!-- c --><script>x()</script>Hi &pound;5 &#8217; &#x175;</body></html>",
        );
        assert_eq!(t, "Hi £5 ’ ŵ\n");
    }

    #[test]
    fn lists_breaks_and_quotes() {
        let t = html_to_text(
            "<ul><li>one</li><li>two</li></ul>a<br>b<blockquote>quoted<br>more</blockquote>",
        );
        assert_eq!(t, "- one\n- two\n\na\nb\n\n> quoted\n> more\n");
    }

    #[test]
    fn broken_markup_never_panics_and_keeps_text() {
        for s in [
            "<",
            "a < b",
            "<a href=\"x",
            "<p",
            "&",
            "&#xZZ;",
            "<!--",
            "</>",
            "<a =>x</a>",
            "ŵ<ŷ>",
        ] {
            let _ = html_to_text(s);
        }
        assert_eq!(html_to_text("a < b"), "a < b\n");
        // A quote left open ends at the tag's first '>': the text after it is kept.
        assert_eq!(
            html_to_text("<a href=\"x>the note</a> after"),
            "the note (x) after\n"
        );
    }

    /// Hostile bodies that cost a naive tokenizer a pass over the rest of the body for every
    /// tag (quadratic: hours on a few megabytes) come out whole. The bodies are big enough that
    /// only the linear path finishes.
    #[test]
    fn hostile_markup_is_read_in_one_pass() {
        let n = 400_000;
        let opens = "<a\"".repeat(n) + "end";
        assert!(html_to_text(&opens).ends_with("end\n"));
        let lone = "<a".repeat(n) + " end";
        assert!(html_to_text(&lone).ends_with("end\n"));
        let scripts = "<script>x".repeat(n) + "</script>shown";
        assert_eq!(html_to_text(&scripts), "shown\n");
        let styles = format!("{}<p>kept</p>", "<style>".repeat(n));
        assert_eq!(html_to_text(&styles), "");
    }
}
