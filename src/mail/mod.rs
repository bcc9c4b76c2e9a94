//! E-mails in: parse an RFC 5322 message, render it as a PDF, find its attachments and threads.
//!
//! SPEC step 4 (policy 001 §4.5-4.7): an e-mail is stored as a PDF showing its transmission data
//! and body; each attachment is filed as its own document linked to the e-mail; a thread whose
//! last message quotes the rest needs only that last message. Parsing is done by `mail-parser`
//! (Stalwart; MIME, encoded words, quoted-printable/base64 and the single-byte charsets such as
//! ISO-8859-1 and windows-1252 built in). It is lenient by design, so this module adds the checks
//! that decide between "parsed, with warnings" and "cannot be filed, quarantine it": an empty file,
//! a file that does not start with mail headers, and a multipart message cut off before its
//! closing boundary (attachments would be silently lost) are errors; a bad date, a broken encoded
//! word or a stray header line are warnings in [`Email::warnings`]. An e-mail whose From is
//! missing or unreadable is still the office's record: it is parsed, shown as "(no sender)"
//! ([`Email::sender_missing`]), and the pipeline notes it in the contact log. Outlook `.msg`
//! files are read by [`msg`] into the same [`Email`]; [`parse_any`] takes either.
//!
//! Values are owned (no borrow of the raw bytes) so an [`Email`] can move between pipeline
//! stages. `Debug` output shows counts and sizes only: e-mails are full of personal data.

mod codepage;
mod font;
mod html;
pub mod msg;
mod pdf;
mod rtf;
mod thread;

#[cfg(test)]
mod tests;

use std::fmt;
use std::path::Path;

use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone};
use mail_parser::{
    Address, HeaderName, HeaderValue, Message, MessageParser, MimeHeaders, PartType,
};

pub use codepage::decode as decode_codepage;
pub use font::DEFAULT_FONT_PATH;
pub use html::html_to_text;
pub use msg::{compound_kind, is_msg, parse_msg, CompoundKind};
pub use rtf::{decompress as decompress_rtf, rtf_to_text};
pub use thread::{
    contains_shingles, normalised_text, shingles, superseded, thread_key, Superseded, SHINGLE_WORDS,
};

/// How deep message/rfc822 parts are followed (a forward of a forward of ...).
const MAX_NESTING: usize = 8;

/// Why an e-mail cannot be filed. The messages are written for a business services officer.
#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("the file is empty: there is no e-mail in it. Check that the export or copy finished, then retry")]
    Empty,
    #[error("this is not an e-mail: it does not start with mail headers (From:, To:, Subject: ...). If it is a document, put it in a scanning inbox instead")]
    NotAnEmail,
    #[error("the Outlook message cannot be read: {0}. Save it from Outlook again (Save As, Outlook Message Format) and retry")]
    DamagedMessage(String),
    #[error("the e-mail is cut off: a multipart section is never closed, so attachments may be missing. Save or export the message from the mailbox again")]
    Truncated,
    #[error("attachment {index} of the e-mail is damaged (its encoding cannot be decoded). Ask for it to be sent again")]
    DamagedAttachment { index: usize },
    #[error("the font for e-mail PDFs is missing at {path}: install the Debian package fonts-dejavu-core")]
    FontMissing { path: String },
    #[error("the font at {path} cannot be used for e-mail PDFs: {reason}")]
    BadFont { path: String, reason: String },
    #[error("could not make the PDF of the e-mail: {0}")]
    Pdf(String),
    #[error("drawn as a PDF it would run to more than {max_pages} pages")]
    TooLong { max_pages: usize },
}

impl MailError {
    /// A short stable name for the quarantine folder and the manifest (`empty`, `not-an-email`, ...).
    pub fn kind(&self) -> &'static str {
        match self {
            MailError::Empty => "empty",
            MailError::NotAnEmail => "not-an-email",
            MailError::DamagedMessage(_) => "damaged-message",
            MailError::Truncated => "truncated",
            MailError::DamagedAttachment { .. } => "damaged-attachment",
            MailError::FontMissing { .. } => "font-missing",
            MailError::BadFont { .. } => "bad-font",
            MailError::Pdf(_) => "pdf",
            MailError::TooLong { .. } => "too-long",
        }
    }
}

/// A parsed e-mail.
#[derive(Clone, Default)]
pub struct Email {
    /// Message-ID without angle brackets; empty when the e-mail has none.
    pub message_id: String,
    pub in_reply_to: Option<String>,
    /// References, oldest first, without angle brackets.
    pub references: Vec<String>,
    /// The sender as shown: `Name <address>` or the bare address.
    pub from: String,
    /// The sender's address alone, lower case (for routing); empty when the sender is missing.
    pub from_address: String,
    /// The From header is missing or holds no readable address: `from` then shows
    /// "(no sender)" (with the name it gives, if any), and the pipeline notes it in the contact
    /// log rather than refusing the e-mail.
    pub sender_missing: bool,
    pub to: Vec<String>,
    pub cc: Vec<String>,
    pub subject: String,
    /// The Date header, in the sender's offset.
    pub sent: Option<DateTime<FixedOffset>>,
    /// The date of the top (latest) Received header: when it reached our mail server.
    pub received: Option<DateTime<FixedOffset>>,
    /// Plain-text body, or the HTML body rendered as text with links kept as `text (url)`.
    pub body_text: String,
    /// Attachments, inline images included, in MIME order. A forwarded message/rfc822 part is
    /// here too (as a `.eml`) besides being parsed into `forwarded`.
    pub attachments: Vec<Attachment>,
    /// Messages attached as message/rfc822 (forwarded as attachment), parsed.
    pub forwarded: Vec<Email>,
    /// Things that were wrong but did not stop parsing, in plain words.
    pub warnings: Vec<String>,
}

/// One attachment of an e-mail.
#[derive(Clone, PartialEq, Eq)]
pub struct Attachment {
    /// A safe file name: the sender's name sanitised (no path, no `/ \ : * ? " < > |`, no control
    /// characters, at most 200 bytes, unique within the e-mail), or `attachment-N.ext`.
    pub filename: String,
    /// `type/subtype`, lower case.
    pub content_type: String,
    /// The decoded bytes (text attachments: as UTF-8).
    pub bytes: Vec<u8>,
    /// An inline part (e.g. an image shown in the HTML body).
    pub inline: bool,
}

impl fmt::Debug for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Email")
            .field("has_message_id", &!self.message_id.is_empty())
            .field("sender_missing", &self.sender_missing)
            .field("references", &self.references.len())
            .field("to", &self.to.len())
            .field("cc", &self.cc.len())
            .field("sent", &self.sent.is_some())
            .field("received", &self.received.is_some())
            .field("body_chars", &self.body_text.chars().count())
            .field("attachments", &self.attachments)
            .field("forwarded", &self.forwarded)
            .field("warnings", &self.warnings.len())
            .finish()
    }
}

impl fmt::Debug for Attachment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Attachment")
            .field("content_type", &self.content_type)
            .field("bytes", &self.bytes.len())
            .field("inline", &self.inline)
            .finish()
    }
}

/// What the router needs from an e-mail (the `sender`, `subject` and `text` fields of
/// `stages::routing::RoutingInput`; `source` is `"email"`).
#[derive(Clone, Default, PartialEq, Eq)]
pub struct RouteHints {
    /// The sender's address, lower case.
    pub sender: String,
    /// The part after '@', lower case.
    pub sender_domain: String,
    pub subject: String,
    /// The body text.
    pub text: String,
}

impl fmt::Debug for RouteHints {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RouteHints")
            .field("sender_domain", &self.sender_domain)
            .field("subject_chars", &self.subject.chars().count())
            .field("text_chars", &self.text.chars().count())
            .finish()
    }
}

/// The routing fields of an e-mail.
pub fn route_hints(email: &Email) -> RouteHints {
    let sender = email.from_address.clone();
    let sender_domain = sender
        .rsplit_once('@')
        .map(|(_, d)| d.to_string())
        .unwrap_or_default();
    RouteHints {
        sender,
        sender_domain,
        subject: email.subject.clone(),
        text: email.body_text.clone(),
    }
}

/// What the source needs to order a thread, read from the header block alone (cheap: the body
/// and attachments are not decoded): the thread's key ([`thread_key`]) and the time sent as a
/// Unix timestamp (0 when unknown). `None` when the bytes do not parse as headers.
pub fn peek_thread(raw: &[u8]) -> Option<(String, i64)> {
    let msg = MessageParser::default().parse_headers(raw)?;
    let message_id = msg.message_id().map(strip_angles).unwrap_or_default();
    let in_reply_to = first_text(msg.in_reply_to()).map(|s| strip_angles(&s));
    let first_ref = text_list(msg.references())
        .into_iter()
        .flat_map(|s| s.split_whitespace().map(strip_angles).collect::<Vec<_>>())
        .find(|s| !s.is_empty());
    let key = first_ref.or(in_reply_to).unwrap_or(message_id);
    let sent = match msg.header(HeaderName::Date) {
        Some(HeaderValue::DateTime(d)) => to_chrono(d).map(|c| c.timestamp()).unwrap_or(0),
        _ => 0,
    };
    Some((key, sent))
}

/// Parses an e-mail of either kind: an Outlook `.msg` (by its bytes: an OLE2 compound file) or
/// an RFC 5322 message.
pub fn parse_any(raw: &[u8]) -> Result<Email, MailError> {
    if raw.starts_with(&msg::CFB_MAGIC) {
        parse_msg(raw)
    } else {
        parse(raw)
    }
}

/// What [`Email::from`] shows when the sender is missing or unreadable.
pub const NO_SENDER: &str = "(no sender)";
/// The warning that goes with it.
const NO_SENDER_WARNING: &str =
    "the sender is missing or unreadable (no From address): shown as \"(no sender)\"";

/// The From line of an e-mail without a readable sender: "(no sender)", with whatever name the
/// header or the message gives, so a person can still see who it seems to be from.
fn no_sender_shown(name: Option<&str>) -> String {
    let name: String = name
        .map(one_line)
        .unwrap_or_default()
        .chars()
        .filter(|c| !c.is_control())
        .take(200)
        .collect();
    if !name.chars().any(char::is_alphanumeric) {
        NO_SENDER.to_string()
    } else {
        format!("{NO_SENDER} \u{2014} named \"{name}\"")
    }
}

/// Parses one RFC 5322 message (an `.eml` file, or `BODY[]` from IMAP).
pub fn parse(raw: &[u8]) -> Result<Email, MailError> {
    if raw.iter().all(u8::is_ascii_whitespace) {
        return Err(MailError::Empty);
    }
    // An mbox "From " separator line before the headers is skipped.
    let raw = match raw.strip_prefix(b"From ") {
        Some(_) => raw
            .iter()
            .position(|b| *b == b'\n')
            .map_or(&raw[raw.len()..], |p| &raw[p + 1..]),
        None => raw,
    };
    if !starts_with_header(raw) {
        return Err(MailError::NotAnEmail);
    }
    let message = MessageParser::default()
        .parse(raw)
        .ok_or(MailError::NotAnEmail)?;
    convert(&message, 0)
}

/// True when the first line is `Name: value` with a legal field name (RFC 5322 §2.2).
fn starts_with_header(raw: &[u8]) -> bool {
    let Some(colon) = raw.iter().take(80).position(|b| *b == b':') else {
        return false;
    };
    colon > 0
        && raw[..colon]
            .iter()
            .all(|b| (33..=126).contains(b) && *b != b':')
}

/// One parsed message as an [`Email`]; `depth` counts the messages it is attached inside.
fn convert(msg: &Message<'_>, depth: usize) -> Result<Email, MailError> {
    let mut warnings = Vec::new();

    let known = [
        HeaderName::From,
        HeaderName::To,
        HeaderName::Subject,
        HeaderName::Date,
        HeaderName::MessageId,
    ];
    if !known.iter().any(|h| msg.header(h.clone()).is_some()) {
        return Err(MailError::NotAnEmail);
    }

    let (from, from_address, sender_missing) = sender(msg, &mut warnings);

    check_closed(msg)?;

    let to = addresses(msg.to());
    let cc = addresses(msg.cc());
    if to.is_empty() && cc.is_empty() {
        warnings.push("no readable recipient (To and Cc are empty or unreadable)".to_string());
    }
    let subject = msg.subject().map(one_line).unwrap_or_default();
    if subject.contains('\u{FFFD}') {
        warnings.push("part of the subject could not be decoded".to_string());
    }

    let sent = date_sent(msg, &mut warnings);
    // The top Received header is the last hop: our own mail server. (mail-parser's
    // `received()` gives the last one in the file, which is the sender's first hop.)
    let received = msg
        .received_all()
        .find_map(|r| r.date.as_ref().and_then(to_chrono));

    let message_id = msg.message_id().map(strip_angles).unwrap_or_default();
    let in_reply_to = first_text(msg.in_reply_to()).map(|s| strip_angles(&s));
    let references = text_list(msg.references())
        .into_iter()
        .flat_map(|s| s.split_whitespace().map(strip_angles).collect::<Vec<_>>())
        .filter(|s| !s.is_empty())
        .collect();

    let body_text = body_text(msg);

    let (attachments, forwarded) = attachments(msg, depth, &mut warnings)?;

    if msg
        .parts
        .iter()
        .any(|p| p.is_encoding_problem && matches!(p.body, PartType::Text(_) | PartType::Html(_)))
    {
        warnings
            .push("part of the text could not be decoded; it may show odd characters".to_string());
    }

    Ok(Email {
        message_id,
        in_reply_to,
        references,
        from,
        from_address,
        sender_missing,
        to,
        cc,
        subject,
        sent,
        received,
        body_text,
        attachments,
        forwarded,
        warnings,
    })
}

/// The sender as shown, its address (lower case) and whether it is missing: the first From
/// address that is one; failing that, the e-mail is still filed, with "(no sender)" and
/// whatever name the header gives.
fn sender(msg: &Message<'_>, warnings: &mut Vec<String>) -> (String, String, bool) {
    let found = msg.from().and_then(|a| {
        a.iter().find_map(|addr| {
            addr.address
                .as_deref()
                .map(str::trim)
                .filter(|a| a.contains('@') && !a.contains(char::is_whitespace))
                .map(|a| (show(addr.name.as_deref(), a), a.to_ascii_lowercase()))
        })
    });
    let sender_missing = found.is_none();
    let (from, from_address) = found.unwrap_or_else(|| {
        let name = msg
            .from()
            .and_then(|a| a.iter().find_map(|x| x.name.as_deref().map(str::to_string)))
            .or_else(|| msg.header_raw(HeaderName::From).map(str::to_string));
        (no_sender_shown(name.as_deref()), String::new())
    });
    if sender_missing {
        warnings.push(NO_SENDER_WARNING.to_string());
    }
    (from, from_address, sender_missing)
}

/// The Date header as a date; a warning when it is missing or not a valid date.
fn date_sent(msg: &Message<'_>, warnings: &mut Vec<String>) -> Option<DateTime<FixedOffset>> {
    match msg.header(HeaderName::Date) {
        None => {
            warnings.push("no Date header: the time sent is unknown".to_string());
            None
        }
        Some(HeaderValue::DateTime(d)) => {
            let c = to_chrono(d);
            if c.is_none() {
                warnings.push("the Date header is not a valid date".to_string());
            }
            c
        }
        Some(_) => {
            warnings.push("the Date header is not a valid date".to_string());
            None
        }
    }
}

/// The attachments, and the attached messages among them parsed as forwarded messages.
fn attachments(
    msg: &Message<'_>,
    depth: usize,
    warnings: &mut Vec<String>,
) -> Result<(Vec<Attachment>, Vec<Email>), MailError> {
    let mut attachments: Vec<Attachment> = Vec::new();
    let mut forwarded = Vec::new();
    for id in attachment_ids(msg) {
        let Some(part) = msg.parts.get(id as usize) else {
            continue;
        };
        let index = attachments.len() + 1;
        // mail-parser keeps a part it cannot decode as raw text: for an attachment that would
        // file garbage under the sender's file name, so it is an error.
        if part.is_encoding_problem {
            return Err(MailError::DamagedAttachment { index });
        }
        let content_type = part
            .content_type()
            .map(|ct| match ct.subtype() {
                Some(sub) => format!("{}/{}", ct.ctype(), sub),
                None => ct.ctype().to_string(),
            })
            .unwrap_or_else(|| match part.body {
                PartType::Message(_) => "message/rfc822".to_string(),
                PartType::Text(_) => "text/plain".to_string(),
                PartType::Html(_) => "text/html".to_string(),
                _ => "application/octet-stream".to_string(),
            })
            .to_ascii_lowercase();
        let inline = matches!(part.body, PartType::InlineBinary(_))
            || part.content_disposition().is_some_and(|d| d.is_inline())
            || (part.content_disposition().is_none() && part.content_id().is_some());
        let mut name = part.attachment_name().map(str::to_string);
        let bytes = match &part.body {
            PartType::Message(inner) => {
                if depth < MAX_NESTING {
                    match convert(inner, depth + 1) {
                        Ok(e) => {
                            if name.is_none() && !e.subject.is_empty() {
                                name = Some(format!("{}.eml", e.subject));
                            }
                            forwarded.push(e);
                        }
                        Err(e) => warnings.push(format!(
                            "attached message {index} could not be read ({}); it is kept as a file",
                            e.kind()
                        )),
                    }
                } else {
                    warnings.push(
                        "messages nested too deeply: the innermost are kept as files only".into(),
                    );
                }
                inner.raw_message().to_vec()
            }
            other => part_bytes(other),
        };
        let filename = unique_name(
            &attachments,
            sanitise_filename(name.as_deref().unwrap_or(""), index, &content_type),
        );
        attachments.push(Attachment {
            filename,
            content_type,
            bytes,
            inline,
        });
    }
    Ok((attachments, forwarded))
}

/// The parts filed as attachments: what mail-parser lists, plus binary parts it put among the
/// bodies (inline images in a multipart/mixed), in MIME order.
fn attachment_ids(msg: &Message<'_>) -> Vec<u32> {
    let mut ids: Vec<u32> = msg.attachments.clone();
    for id in msg.text_body.iter().chain(msg.html_body.iter()) {
        if let Some(p) = msg.parts.get(*id as usize) {
            if matches!(
                p.body,
                PartType::Binary(_) | PartType::InlineBinary(_) | PartType::Message(_)
            ) {
                ids.push(*id);
            }
        }
    }
    ids.sort_unstable();
    ids.dedup();
    ids
}

fn part_bytes(body: &PartType<'_>) -> Vec<u8> {
    match body {
        PartType::Text(t) | PartType::Html(t) => t.as_bytes().to_vec(),
        PartType::Binary(b) | PartType::InlineBinary(b) => b.to_vec(),
        PartType::Message(m) => m.raw_message().to_vec(),
        PartType::Multipart(_) => Vec::new(),
    }
}

/// Every multipart part's closing delimiter (`--boundary--`) must be in the message.
fn check_closed(msg: &Message<'_>) -> Result<(), MailError> {
    let raw = msg.raw_message();
    for part in &msg.parts {
        if !matches!(part.body, PartType::Multipart(_)) {
            continue;
        }
        let Some(boundary) = part.content_type().and_then(|ct| ct.attribute("boundary")) else {
            continue;
        };
        let close = format!("--{boundary}--");
        if !raw.windows(close.len()).any(|w| w == close.as_bytes()) {
            return Err(MailError::Truncated);
        }
    }
    Ok(())
}

/// The body as text: text/plain parts as they are, HTML parts rendered; parts joined by a
/// blank line. An HTML-only e-mail gives its rendered HTML.
fn body_text(msg: &Message<'_>) -> String {
    let render = |ids: &[u32]| -> Vec<String> {
        ids.iter()
            .filter_map(|id| msg.parts.get(*id as usize))
            .filter_map(|p| match &p.body {
                PartType::Text(t) => Some(normalise_newlines(t)),
                PartType::Html(h) => Some(html_to_text(h)),
                _ => None,
            })
            .filter(|t| !t.trim().is_empty())
            .collect()
    };
    let mut parts = render(&msg.text_body);
    if parts.is_empty() {
        parts = render(&msg.html_body);
    }
    let mut s = parts.join("\n\n");
    if !s.is_empty() && !s.ends_with('\n') {
        s.push('\n');
    }
    s
}

fn normalise_newlines(s: &str) -> String {
    s.replace("\r\n", "\n").replace('\r', "\n")
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn strip_angles(s: &str) -> String {
    s.trim()
        .trim_start_matches('<')
        .trim_end_matches('>')
        .trim()
        .to_string()
}

fn show(name: Option<&str>, address: &str) -> String {
    match name.map(one_line).filter(|n| !n.is_empty() && n != address) {
        Some(n) => format!("{n} <{address}>"),
        None => address.to_string(),
    }
}

fn addresses(a: Option<&Address<'_>>) -> Vec<String> {
    let Some(a) = a else { return Vec::new() };
    a.iter()
        .filter_map(|addr| {
            let address = addr.address.as_deref().map(str::trim).unwrap_or("");
            if address.is_empty() {
                addr.name.as_deref().map(one_line).filter(|n| !n.is_empty())
            } else {
                Some(show(addr.name.as_deref(), address))
            }
        })
        .collect()
}

fn first_text(v: &HeaderValue<'_>) -> Option<String> {
    text_list(v).into_iter().next()
}

fn text_list(v: &HeaderValue<'_>) -> Vec<String> {
    match v {
        HeaderValue::Text(t) => vec![t.to_string()],
        HeaderValue::TextList(l) => l.iter().map(|t| t.to_string()).collect(),
        _ => Vec::new(),
    }
}

fn to_chrono(d: &mail_parser::DateTime) -> Option<DateTime<FixedOffset>> {
    let secs = (i32::from(d.tz_hour) * 3600 + i32::from(d.tz_minute) * 60)
        * if d.tz_before_gmt { -1 } else { 1 };
    let offset = FixedOffset::east_opt(secs)?;
    let naive = NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day))?
        .and_hms_opt(u32::from(d.hour), u32::from(d.minute), u32::from(d.second))?;
    if d.year < 1970 {
        return None;
    }
    offset.from_local_datetime(&naive).single()
}

/// A file name safe on every file system, or `attachment-N.ext` when nothing is left.
pub fn sanitise_filename(name: &str, index: usize, content_type: &str) -> String {
    // Only the last path component: senders' mail programs sometimes send full paths.
    let base = name.rsplit(['/', '\\']).next().unwrap_or("");
    let cleaned: String = base
        .chars()
        .map(|c| {
            if c.is_control() || matches!(c, ':' | '*' | '?' | '"' | '<' | '>' | '|') {
                '_'
            } else {
                c
            }
        })
        .collect();
    let cleaned = one_line(&cleaned);
    let mut cleaned = cleaned
        .trim_matches(|c: char| c == '.' || c.is_whitespace())
        .to_string();
    if cleaned.trim_matches('_').is_empty() {
        return format!("attachment-{index}.{}", extension_for(content_type));
    }
    if cleaned.len() > 200 {
        // Keep the extension; cut the stem at a character boundary.
        let ext = cleaned
            .rsplit_once('.')
            .map(|(_, e)| e.to_string())
            .filter(|e| e.len() <= 10)
            .unwrap_or_default();
        let keep = 200 - if ext.is_empty() { 0 } else { ext.len() + 1 };
        let mut cut = keep;
        while !cleaned.is_char_boundary(cut) {
            cut -= 1;
        }
        cleaned.truncate(cut);
        let stem = cleaned
            .trim_end_matches(|c: char| c == '.' || c.is_whitespace())
            .to_string();
        cleaned = if ext.is_empty() {
            stem
        } else {
            format!("{stem}.{ext}")
        };
    }
    cleaned
}

fn unique_name(existing: &[Attachment], name: String) -> String {
    if !existing.iter().any(|a| a.filename == name) {
        return name;
    }
    let (stem, ext) = match name.rsplit_once('.') {
        Some((s, e)) if !s.is_empty() => (s.to_string(), format!(".{e}")),
        _ => (name.clone(), String::new()),
    };
    (2..)
        .map(|n| format!("{stem} ({n}){ext}"))
        .find(|candidate| !existing.iter().any(|a| a.filename == *candidate))
        .expect("an unused name exists")
}

fn extension_for(content_type: &str) -> &'static str {
    match content_type {
        "application/pdf" => "pdf",
        "image/jpeg" | "image/jpg" | "image/pjpeg" => "jpg",
        "image/png" => "png",
        "image/gif" => "gif",
        "image/tiff" => "tif",
        "image/bmp" => "bmp",
        "message/rfc822" => "eml",
        "text/plain" => "txt",
        "text/html" => "html",
        "text/calendar" => "ics",
        "application/msword" => "doc",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => "docx",
        "application/vnd.oasis.opendocument.text" => "odt",
        "application/rtf" | "text/rtf" => "rtf",
        _ => "bin",
    }
}

/// Renders the e-mail as an A4 PDF with the font at [`DEFAULT_FONT_PATH`].
pub fn render_pdf(email: &Email) -> Result<Vec<u8>, MailError> {
    pdf::render(email, default_font()?)
}

/// Renders a text file (plain text, a calendar invitation, JSON, XML) as an A4 PDF under a
/// title line, with the font at [`DEFAULT_FONT_PATH`]; [`MailError::TooLong`] past `max_pages`.
pub fn render_text_pdf(title: &str, text: &str, max_pages: usize) -> Result<Vec<u8>, MailError> {
    pdf::render_text(title, text, default_font()?, max_pages)
}

/// As [`render_text_pdf`], without page numbers (the caller numbers the pages it joins them to).
pub fn render_text_pdf_unnumbered(
    title: &str,
    text: &str,
    max_pages: usize,
) -> Result<Vec<u8>, MailError> {
    pdf::render_text_unnumbered(title, text, default_font()?, max_pages)
}

/// Renders a table (a CSV file) as an A4 PDF under a title line: a table where the columns
/// fit across the page, else one block of `header: value` lines a row.
pub fn render_table_pdf(
    title: &str,
    header: &[String],
    rows: &[Vec<String>],
    max_pages: usize,
) -> Result<Vec<u8>, MailError> {
    pdf::render_table(title, header, rows, default_font()?, max_pages)
}

/// The default font, read once: reading and indexing it costs more than rendering a message. A
/// missing font is not cached, so installing it fixes a running pipeline.
fn default_font() -> Result<&'static font::Font, MailError> {
    static DEFAULT: std::sync::OnceLock<font::Font> = std::sync::OnceLock::new();
    if let Some(f) = DEFAULT.get() {
        return Ok(f);
    }
    let f = load_font(Path::new(DEFAULT_FONT_PATH))?;
    Ok(DEFAULT.get_or_init(|| f))
}

/// A digital signature part (S/MIME, OpenPGP): proof of who sent the message, for a mail
/// client to check, not a document a person reads. It is listed on the e-mail's PDF and not
/// filed on its own.
pub fn is_signature(a: &Attachment) -> bool {
    matches!(
        a.content_type.as_str(),
        "application/pkcs7-signature"
            | "application/x-pkcs7-signature"
            | "application/pgp-signature"
    ) || a.filename.to_ascii_lowercase().ends_with(".p7s")
}

fn load_font(font_path: &Path) -> Result<font::Font, MailError> {
    let path = font_path.display().to_string();
    let data =
        std::fs::read(font_path).map_err(|_| MailError::FontMissing { path: path.clone() })?;
    font::Font::from_bytes(data).map_err(|reason| MailError::BadFont { path, reason })
}

/// Renders the e-mail as an A4 PDF with the TrueType font at `font_path`.
pub fn render_pdf_with_font(email: &Email, font_path: &Path) -> Result<Vec<u8>, MailError> {
    pdf::render(email, &load_font(font_path)?)
}
