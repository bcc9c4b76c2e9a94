//! What a file is, from its bytes: the kind, the extension its name should carry, its MIME type.
//!
//! Mail programs often send a document as `application/octet-stream` with a name that says
//! nothing (`attachment-1.bin`, `ATT00001`, no name at all), and legacy drives hold files whose
//! names lost their extensions. casevault never trusts a name to say what a file is (every path
//! sniffs again: PDFs by `%PDF-`, images by their signatures, office documents by their
//! structure), but a document is filed under its name, and a person reading the record, or the
//! stage deciding the route, needs the right one. [`name_attachments`] gives an attachment
//! whose type or name says nothing the type and extension its content shows, so that the e-mail's
//! PDF lists `attachment-1.pdf (application/pdf)` and the part is handled as the PDF it is.
//!
//! The order of the checks matters: formats with a signature first (PDF, images, zip and
//! compound-file office documents, Outlook messages), then an RFC 5322 message (a header block),
//! then text, which is the only guess (see [`super::text`]).

use super::office::{self, OfficeKind};
use super::text::{self, TextFormat};
use crate::mail::{self, Attachment, CompoundKind, Email};

/// What a file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Pdf,
    /// An image, by its extension (`png`, `jpg`, `tif`, `gif`, `bmp`, `webp`, `heic`).
    Image(&'static str),
    Office(OfficeKind),
    OutlookMessage,
    /// An RFC 5322 message (`.eml`).
    Email,
    /// A compound file that is neither a Word document nor an Outlook message.
    OtherCompound(CompoundKind),
    Text(TextFormat),
    Unknown,
}

impl FileKind {
    /// The extension a file of this kind should have.
    pub fn extension(self) -> Option<&'static str> {
        Some(match self {
            FileKind::Pdf => "pdf",
            FileKind::Image(ext) => ext,
            FileKind::Office(k) => k.extension(),
            FileKind::OutlookMessage => "msg",
            FileKind::Email => "eml",
            FileKind::OtherCompound(CompoundKind::ExcelWorkbook) => "xls",
            FileKind::OtherCompound(CompoundKind::PowerPoint) => "ppt",
            FileKind::Text(TextFormat::Plain) => "txt",
            FileKind::Text(TextFormat::Csv(_)) => "csv",
            FileKind::Text(TextFormat::Json) => "json",
            FileKind::Text(TextFormat::Xml) => "xml",
            FileKind::Text(TextFormat::Html) => "html",
            FileKind::OtherCompound(_) | FileKind::Unknown => return None,
        })
    }

    /// The MIME type of a file of this kind.
    pub fn content_type(self) -> Option<&'static str> {
        Some(match self {
            FileKind::Pdf => "application/pdf",
            FileKind::Image("png") => "image/png",
            FileKind::Image("jpg") => "image/jpeg",
            FileKind::Image("tif") => "image/tiff",
            FileKind::Image("gif") => "image/gif",
            FileKind::Image("bmp") => "image/bmp",
            FileKind::Image("webp") => "image/webp",
            FileKind::Image("heic") => "image/heic",
            FileKind::Image(_) => return None,
            FileKind::Office(OfficeKind::Docx) => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
            FileKind::Office(OfficeKind::Doc) => "application/msword",
            FileKind::Office(OfficeKind::Odt) => "application/vnd.oasis.opendocument.text",
            FileKind::Office(OfficeKind::Rtf) => "application/rtf",
            FileKind::OutlookMessage => "application/vnd.ms-outlook",
            FileKind::Email => "message/rfc822",
            FileKind::OtherCompound(CompoundKind::ExcelWorkbook) => "application/vnd.ms-excel",
            FileKind::OtherCompound(CompoundKind::PowerPoint) => "application/vnd.ms-powerpoint",
            FileKind::Text(TextFormat::Plain) => "text/plain",
            FileKind::Text(TextFormat::Csv(_)) => "text/csv",
            FileKind::Text(TextFormat::Json) => "application/json",
            FileKind::Text(TextFormat::Xml) => "application/xml",
            FileKind::Text(TextFormat::Html) => "text/html",
            FileKind::OtherCompound(_) | FileKind::Unknown => return None,
        })
    }
}

/// The image formats, by their signatures.
pub fn image_kind(bytes: &[u8]) -> Option<&'static str> {
    let at = |i: usize, m: &[u8]| bytes.get(i..i + m.len()) == Some(m);
    if at(0, b"\x89PNG\r\n\x1a\n") {
        Some("png")
    } else if at(0, b"\xFF\xD8\xFF") {
        Some("jpg")
    } else if at(0, b"II*\0") || at(0, b"MM\0*") {
        Some("tif")
    } else if at(0, b"GIF87a") || at(0, b"GIF89a") {
        Some("gif")
    } else if at(0, b"BM") && at(6, b"\0\0\0\0") {
        Some("bmp")
    } else if at(0, b"RIFF") && at(8, b"WEBP") {
        Some("webp")
    } else if at(4, b"ftyp")
        && ["heic", "heix", "heif", "mif1", "msf1", "hevc", "avif"]
            .iter()
            .any(|b| at(8, b.as_bytes()))
    {
        Some("heic")
    } else {
        None
    }
}

/// Bytes that start like an RFC 5322 message: a header line first, and a From, Received,
/// Return-Path, Message-ID or MIME-Version header with a Subject in the first 2 KB.
pub fn looks_like_email(bytes: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(2048)]).to_ascii_lowercase();
    [
        "from:",
        "received:",
        "return-path:",
        "message-id:",
        "mime-version:",
        "date:",
        "to:",
        "subject:",
    ]
    .iter()
    .any(|h| head.starts_with(h))
        && (head.contains("\nsubject:") || head.starts_with("subject:"))
        && (head.contains("\nfrom:")
            || head.starts_with("from:")
            || head.contains("\nmessage-id:")
            || head.contains("\nreceived:"))
}

/// What the bytes are (the name only breaks ties the bytes leave, as for office documents).
pub fn sniff(name: &str, bytes: &[u8]) -> FileKind {
    if bytes.is_empty() {
        return FileKind::Unknown;
    }
    if bytes[..bytes.len().min(1024)]
        .windows(5)
        .any(|w| w == b"%PDF-")
    {
        return FileKind::Pdf;
    }
    if let Some(ext) = image_kind(bytes) {
        return FileKind::Image(ext);
    }
    if let Some(k) = mail::compound_kind(bytes) {
        match k {
            CompoundKind::OutlookMessage => return FileKind::OutlookMessage,
            CompoundKind::WordDocument => return FileKind::Office(OfficeKind::Doc),
            other => return FileKind::OtherCompound(other),
        }
    }
    if let Some(k) = office::sniff_office(name, bytes) {
        return FileKind::Office(k);
    }
    if looks_like_email(bytes) {
        return FileKind::Email;
    }
    match text::sniff(name, bytes) {
        Some(t) => FileKind::Text(t.format),
        None => FileKind::Unknown,
    }
}

/// MIME types that say nothing about what a file is.
fn generic_type(content_type: &str) -> bool {
    matches!(
        content_type,
        "application/octet-stream"
            | "application/x-download"
            | "application/download"
            | "application/force-download"
            | "application/unknown"
            | "application/binary"
            | "application/x-binary"
            | "binary/octet-stream"
            | "application/save"
            | "application/x-unknown"
    )
}

/// Extensions that say nothing (or a name without one).
fn generic_extension(name: &str) -> bool {
    match name.rsplit_once('.') {
        None => true,
        Some((stem, ext)) => {
            stem.is_empty()
                || ext.len() > 5
                || ext.chars().any(|c| !c.is_ascii_alphanumeric())
                || matches!(
                    ext.to_ascii_lowercase().as_str(),
                    "bin" | "dat" | "tmp" | "att" | "unknown" | "octet-stream" | "file"
                )
        }
    }
}

/// Gives each attachment whose type or name says nothing (`application/octet-stream`,
/// `attachment-1.bin`, no extension) the type and extension its content shows. Names with an
/// extension that means something are kept as the sender wrote them.
pub fn name_attachments(email: &mut Email) {
    for i in 0..email.attachments.len() {
        let a = &email.attachments[i];
        if a.bytes.is_empty() || mail::is_signature(a) {
            continue;
        }
        let type_says_nothing = generic_type(&a.content_type);
        let name_says_nothing = generic_extension(&a.filename);
        if !type_says_nothing && !name_says_nothing {
            continue;
        }
        let kind = sniff(&a.filename, &a.bytes);
        if let (true, Some(ct)) = (type_says_nothing, kind.content_type()) {
            email.attachments[i].content_type = ct.to_string();
        }
        let Some(ext) = kind.extension() else {
            continue;
        };
        if name_says_nothing {
            let a = &email.attachments[i];
            let stem = match a.filename.rsplit_once('.') {
                Some((stem, e)) if !stem.is_empty() && generic_extension(&format!("x.{e}")) => {
                    stem.to_string()
                }
                _ => a.filename.clone(),
            };
            let already = stem
                .rsplit_once('.')
                .is_some_and(|(_, e)| e.eq_ignore_ascii_case(ext));
            let name = if already {
                stem
            } else {
                format!("{stem}.{ext}")
            };
            let name = unique(&email.attachments, i, name);
            email.attachments[i].filename = name;
        }
    }
}

fn unique(all: &[Attachment], me: usize, name: String) -> String {
    let taken = |n: &str| {
        all.iter()
            .enumerate()
            .any(|(j, a)| j != me && a.filename == n)
    };
    if !taken(&name) {
        return name;
    }
    let (stem, ext) = name.rsplit_once('.').unwrap_or((name.as_str(), ""));
    (2..)
        .map(|n| format!("{stem} ({n}).{ext}"))
        .find(|c| !taken(c))
        .expect("an unused name exists")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attachment(name: &str, ct: &str, bytes: &[u8]) -> Attachment {
        Attachment {
            filename: name.into(),
            content_type: ct.into(),
            bytes: bytes.to_vec(),
            inline: false,
        }
    }

    #[test]
    fn kinds_come_from_the_bytes() {
        assert_eq!(sniff("x.bin", b"%PDF-1.7\n..."), FileKind::Pdf);
        assert_eq!(sniff("x", b"\x89PNG\r\n\x1a\n\0\0"), FileKind::Image("png"));
        assert_eq!(
            sniff("x", b"\xFF\xD8\xFF\xE0\0\x10JFIF"),
            FileKind::Image("jpg")
        );
        assert_eq!(sniff("x", b"GIF89a\x01\0"), FileKind::Image("gif"));
        assert_eq!(
            sniff("x", b"RIFF\x10\0\0\0WEBPVP8 "),
            FileKind::Image("webp")
        );
        assert_eq!(
            sniff("x", b"\0\0\0\x18ftypheic\0\0\0\0"),
            FileKind::Image("heic")
        );
        assert_eq!(
            sniff("x", b"{\\rtf1 hello}"),
            FileKind::Office(OfficeKind::Rtf)
        );
        assert_eq!(
            sniff("x", b"From: a@b.org\r\nSubject: LS24P01234\r\n\r\nhi"),
            FileKind::Email
        );
        assert_eq!(
            sniff("x", b"Date,Note\n2025-01-01,Called\n2025-01-02,Met\n"),
            FileKind::Text(TextFormat::Csv(b','))
        );
        assert_eq!(sniff("x.txt", &[0u8, 1, 2, 3, 250, 251]), FileKind::Unknown);
    }

    #[test]
    fn octet_stream_attachments_get_the_name_their_content_shows() {
        let mut e = Email {
            attachments: vec![
                attachment(
                    "attachment-1.bin",
                    "application/octet-stream",
                    b"%PDF-1.4\n%%EOF",
                ),
                attachment("Position statement", "application/pdf", b"%PDF-1.4\n%%EOF"),
                attachment("report.pdf", "application/octet-stream", b"%PDF-1.4\n%%EOF"),
                attachment(
                    "notes.dat",
                    "application/octet-stream",
                    b"Called the school on Monday.\n",
                ),
                attachment("report.pdf.bin", "application/octet-stream", b"%PDF-1.4\n"),
                attachment("mystery", "application/octet-stream", &[0, 1, 2, 3, 4, 255]),
                attachment("photo.jpg", "image/jpeg", b"%PDF-1.4\n"),
            ],
            ..Email::default()
        };
        name_attachments(&mut e);
        let got: Vec<(&str, &str)> = e
            .attachments
            .iter()
            .map(|a| (a.filename.as_str(), a.content_type.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("attachment-1.pdf", "application/pdf"),
                ("Position statement.pdf", "application/pdf"),
                ("report.pdf", "application/pdf"),
                ("notes.txt", "text/plain"),
                ("report (2).pdf", "application/pdf"),
                ("mystery", "application/octet-stream"),
                // A specific type and name are the sender's: kept (the bytes still decide how
                // it is read).
                ("photo.jpg", "image/jpeg"),
            ]
        );
    }
}
