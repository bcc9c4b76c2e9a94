//! Outlook `.msg` files in: an OLE2 compound file of MAPI properties, read into an [`Email`].
//!
//! Outlook saves a message as a compound file (read with the `cfb` crate): each property is a
//! stream `__substg1.0_PPPPTTTT` (property id, type: 001F UTF-16LE text, 001E 8-bit text in the
//! message's code page, 0102 bytes, 000D an embedded storage), fixed-size values (times, numbers,
//! flags) sit in 16-byte records of `__properties_version1.0`, each recipient is a storage
//! `__recip_version1.0_#NNNNNNNN` and each attachment `__attach_version1.0_#NNNNNNNN` (MS-OXMSG).
//! What comes out is the same [`Email`] an `.eml` gives, so a `.msg` follows exactly the e-mail
//! path after this (transmission data and body as a PDF, each attachment its own document,
//! threads): from, to, cc, the time sent (`PR_CLIENT_SUBMIT_TIME`, else the delivery time),
//! the time our mail server delivered it, subject, Message-ID, In-Reply-To and References, the
//! body (`PR_BODY`, else the HTML body through `html_to_text`, else the compressed RTF body
//! through `rtf_to_text`) and the attachments (an embedded message, attach method 5, becomes a
//! forwarded message and is rebuilt as a `.msg` of its own, so it is filed like a forwarded
//! `.eml`). Where the properties lack something the original internet headers
//! (`PR_TRANSPORT_MESSAGE_HEADERS`) have, the headers fill it in.
//!
//! A file is a message when it is a compound file with a `__properties_version1.0` stream at its
//! root; a Word document is a compound file too (with a `WordDocument` stream), and
//! [`compound_kind`] tells them apart so that each goes its own way. Every read is bounded by the
//! file's own size and by the limits below; a damaged file gives [`MailError::DamagedMessage`].

use std::io::{Cursor, Read};
use std::time::{Duration, SystemTime};

use cfb::CompoundFile;
use chrono::{DateTime, FixedOffset, TimeZone, Utc};
use mail_parser::{HeaderName, HeaderValue, MessageParser};

use super::{codepage, html, rtf, Attachment, Email, MailError};

/// The first eight bytes of every OLE2 compound file.
pub const CFB_MAGIC: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
/// How deep embedded messages are followed.
const MAX_DEPTH: usize = 8;
/// Most attachments or recipients read from one message.
const MAX_ENTRIES: usize = 1000;
/// Largest single property read (an attachment's bytes are bounded by the file anyway).
const MAX_STREAM: u64 = 512 << 20;

const PROPS: &str = "__properties_version1.0";

/// What a compound file holds, from the streams at its root.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompoundKind {
    /// An Outlook message (`__properties_version1.0`).
    OutlookMessage,
    /// A Word 97-2003 document (`WordDocument`).
    WordDocument,
    /// An Excel 97-2003 workbook (`Workbook` or `Book`).
    ExcelWorkbook,
    /// A PowerPoint 97-2003 presentation (`PowerPoint Document`).
    PowerPoint,
    /// A password-protected Office 2007+ document (`EncryptedPackage`).
    EncryptedOffice,
    /// Something else (an installer, a thumbnail cache, a Visio drawing...).
    Other,
}

impl CompoundKind {
    /// In words, for a quarantine reason.
    pub fn describe(self) -> &'static str {
        match self {
            CompoundKind::OutlookMessage => "an Outlook message",
            CompoundKind::WordDocument => "a Word 97-2003 document",
            CompoundKind::ExcelWorkbook => "an Excel 97-2003 workbook",
            CompoundKind::PowerPoint => "a PowerPoint 97-2003 presentation",
            CompoundKind::EncryptedOffice => "a password-protected Office document",
            CompoundKind::Other => {
                "a Windows compound file that is neither a document nor an e-mail casevault knows"
            }
        }
    }
}

/// What a compound file holds; `None` when the bytes are not a readable compound file.
pub fn compound_kind(bytes: &[u8]) -> Option<CompoundKind> {
    if !bytes.starts_with(&CFB_MAGIC) {
        return None;
    }
    let cf = CompoundFile::open(Cursor::new(bytes)).ok()?;
    let mut kind = CompoundKind::Other;
    for e in cf.read_root_storage() {
        if !e.is_stream() {
            continue;
        }
        kind = match e.name() {
            PROPS => return Some(CompoundKind::OutlookMessage),
            "WordDocument" => CompoundKind::WordDocument,
            "Workbook" | "Book" => CompoundKind::ExcelWorkbook,
            "PowerPoint Document" => CompoundKind::PowerPoint,
            "EncryptedPackage" => CompoundKind::EncryptedOffice,
            _ => continue,
        };
    }
    Some(kind)
}

/// True when the bytes are an Outlook message (see [`compound_kind`]).
pub fn is_msg(bytes: &[u8]) -> bool {
    compound_kind(bytes) == Some(CompoundKind::OutlookMessage)
}

/// Parses an Outlook `.msg` file.
pub fn parse_msg(bytes: &[u8]) -> Result<Email, MailError> {
    if bytes.iter().all(|b| *b == 0 || b.is_ascii_whitespace()) {
        return Err(MailError::Empty);
    }
    if !bytes.starts_with(&CFB_MAGIC) {
        return Err(MailError::NotAnEmail);
    }
    let mut cf = CompoundFile::open(Cursor::new(bytes))
        .map_err(|e| damaged(format!("its structure cannot be read ({})", plain(&e))))?;
    match compound_kind(bytes) {
        Some(CompoundKind::OutlookMessage) => {}
        Some(other) => {
            return Err(MailError::DamagedMessage(format!(
                "it is {}, not an Outlook message",
                other.describe()
            )))
        }
        None => return Err(damaged("its structure cannot be read".into())),
    }
    let mut msg = Msg {
        cf: &mut cf,
        codepage: 1252,
        damaged: false,
    };
    let email = msg.message("", 0)?;
    if msg.damaged {
        // A stream listed in the directory could not be read whole: a file cut off, or
        // damaged; parts of the message would be silently missing.
        return Err(damaged(
            "part of it cannot be read (the file is cut off or damaged)".into(),
        ));
    }
    Ok(email)
}

fn damaged(what: String) -> MailError {
    MailError::DamagedMessage(what)
}

/// An I/O error from the compound-file reader, in words without any path or name in it.
fn plain(e: &std::io::Error) -> &'static str {
    match e.kind() {
        std::io::ErrorKind::UnexpectedEof => "the file is cut off",
        std::io::ErrorKind::NotFound => "a part is missing",
        _ => "the file is damaged",
    }
}

/// A property's fixed-size value from `__properties_version1.0`.
#[derive(Clone, Copy)]
struct Fixed {
    ptype: u16,
    value: [u8; 8],
}

struct Msg<'a, 'b> {
    cf: &'a mut CompoundFile<Cursor<&'b [u8]>>,
    codepage: u32,
    /// A stream that exists could not be read whole.
    damaged: bool,
}

impl Msg<'_, '_> {
    /// A stream's bytes; `None` when there is no such stream (or it cannot be read, which also
    /// marks the message damaged).
    fn read(&mut self, path: &str) -> Option<Vec<u8>> {
        if !self.cf.is_stream(path) {
            return None;
        }
        let mut out = Vec::new();
        let ok = match self.cf.open_stream(path) {
            Ok(s) => {
                let expected = s.len();
                s.take(MAX_STREAM).read_to_end(&mut out).is_ok()
                    && (out.len() as u64 == expected || expected > MAX_STREAM)
            }
            Err(_) => false,
        };
        if !ok {
            self.damaged = true;
            return None;
        }
        Some(out)
    }

    fn exists(&self, path: &str) -> bool {
        self.cf.exists(path)
    }

    /// The fixed-size properties of a storage (`header` bytes before the records).
    fn fixed(&mut self, dir: &str, header: usize) -> Vec<(u16, Fixed)> {
        let Some(data) = self.read(&format!("{dir}/{PROPS}")) else {
            return Vec::new();
        };
        data.get(header..)
            .unwrap_or(&[])
            .chunks_exact(16)
            .map(|r| {
                let ptype = u16::from_le_bytes([r[0], r[1]]);
                let id = u16::from_le_bytes([r[2], r[3]]);
                let mut value = [0u8; 8];
                value.copy_from_slice(&r[8..16]);
                (id, Fixed { ptype, value })
            })
            .collect()
    }

    /// A text property: Unicode (001F) first, else 8-bit (001E) in the message's code page.
    fn string(&mut self, dir: &str, id: u16) -> Option<String> {
        if let Some(b) = self.read(&format!("{dir}/__substg1.0_{id:04X}001F")) {
            let units: Vec<u16> = b
                .chunks_exact(2)
                .map(|c| u16::from_le_bytes([c[0], c[1]]))
                .collect();
            let s = String::from_utf16_lossy(&units);
            return Some(s.trim_end_matches('\0').to_string());
        }
        let b = self.read(&format!("{dir}/__substg1.0_{id:04X}001E"))?;
        let end = b.iter().position(|c| *c == 0).unwrap_or(b.len());
        Some(codepage::decode(&b[..end], self.codepage))
    }

    /// A text property that is not blank, trimmed.
    fn text(&mut self, dir: &str, id: u16) -> Option<String> {
        self.string(dir, id)
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
    }

    fn binary(&mut self, dir: &str, id: u16) -> Option<Vec<u8>> {
        self.read(&format!("{dir}/__substg1.0_{id:04X}0102"))
    }

    /// Storages of a kind (`__recip_version1.0_#`, `__attach_version1.0_#`) in name order.
    fn children(&self, dir: &str, prefix: &str) -> Vec<String> {
        let path = if dir.is_empty() { "/" } else { dir };
        let Ok(entries) = self.cf.read_storage(path) else {
            return Vec::new();
        };
        let mut names: Vec<String> = entries
            .filter(|e| e.is_storage() && e.name().starts_with(prefix))
            .take(MAX_ENTRIES)
            .map(|e| format!("{dir}/{}", e.name()))
            .collect();
        names.sort();
        names
    }

    /// One message: the root (`dir` empty) or an embedded message's storage.
    fn message(&mut self, dir: &str, depth: usize) -> Result<Email, MailError> {
        if !self.exists(&format!("{dir}/{PROPS}")) {
            return Err(damaged("its list of properties is missing".into()));
        }
        let props = self.fixed(dir, if depth == 0 { 32 } else { 24 });
        let int = |id: u16| fixed_int(&props, id);
        let time = |id: u16| {
            props
                .iter()
                .find(|(i, f)| *i == id && f.ptype == 0x0040)
                .and_then(|(_, f)| filetime(u64::from_le_bytes(f.value)))
        };
        let parent_codepage = self.codepage;
        self.codepage = int(0x3FFD)
            .or_else(|| int(0x3FDE))
            .filter(|cp| codepage::encoding(*cp).is_some())
            .unwrap_or(parent_codepage);
        let internet_cpid = int(0x3FDE);
        let mut warnings = Vec::new();

        // The original internet headers, where the message came by SMTP.
        let headers = self.text(dir, 0x007D).unwrap_or_default();
        let parsed = internet_headers(&headers);

        let (from, from_address, sender_missing) = self.sender(dir, parsed.as_ref(), &mut warnings);
        let (to, cc) = self.recipients(dir, &mut warnings);
        let subject = self.subject(dir);

        let delivered = time(0x0E06);
        let sent = time(0x0039)
            .or(delivered)
            .or_else(|| parsed.as_ref().and_then(|p| p.sent));
        if sent.is_none() {
            warnings.push("no date: the time sent is unknown".to_string());
        }
        let received = parsed.as_ref().and_then(|p| p.received).or(delivered);

        let (message_id, in_reply_to, references) = self.thread_ids(dir, parsed.as_ref());

        let body_text = self.body(dir, internet_cpid, &mut warnings);

        let (attachments, forwarded) = self.attachments(dir, depth, &mut warnings)?;
        self.codepage = parent_codepage;

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

    /// The sender as shown, its address (lower case, empty when unknown) and whether it is
    /// missing: an SMTP address from the properties, else from the headers.
    fn sender(
        &mut self,
        dir: &str,
        parsed: Option<&HeaderFacts>,
        warnings: &mut Vec<String>,
    ) -> (String, String, bool) {
        let name = self.text(dir, 0x0C1A).or_else(|| self.text(dir, 0x0042));
        let mut address = None;
        for id in [0x5D01u16, 0x0C1F, 0x5D02, 0x0065] {
            if let Some(a) = self.text(dir, id).filter(|a| is_address(a)) {
                address = Some(a);
                break;
            }
        }
        let (name, address) = match (address, parsed.and_then(|p| p.from.clone())) {
            (Some(a), _) => (name, Some(a)),
            (None, Some((hname, a))) => (name.or(hname), Some(a)),
            (None, None) => (name, None),
        };
        // A message sent inside an Exchange organisation may name its sender by an Exchange
        // address (`/O=.../CN=...`) and no SMTP one: the sender is known, only not by an
        // internet address.
        let exchange = self
            .text(dir, 0x0C1F)
            .or_else(|| self.text(dir, 0x0065))
            .is_some_and(|a| a.to_ascii_uppercase().starts_with("/O="));
        let sender_missing = address.is_none() && !(exchange && name.is_some());
        let (from, from_address) = match (address, &name) {
            (Some(a), _) => (super::show(name.as_deref(), &a), a.to_ascii_lowercase()),
            (None, Some(n)) if !sender_missing => (
                format!(
                    "{} (inside the organisation: no internet address)",
                    super::one_line(n)
                ),
                String::new(),
            ),
            _ => {
                warnings.push(super::NO_SENDER_WARNING.to_string());
                (super::no_sender_shown(name.as_deref()), String::new())
            }
        };
        (from, from_address, sender_missing)
    }

    /// To and Cc: the recipient storages, else the display lists.
    fn recipients(&mut self, dir: &str, warnings: &mut Vec<String>) -> (Vec<String>, Vec<String>) {
        let mut to = Vec::new();
        let mut cc = Vec::new();
        for r in self.children(dir, "__recip_version1.0_#") {
            let rprops = self.fixed(&r, 8);
            let kind = rprops
                .iter()
                .find(|(i, f)| *i == 0x0C15 && f.ptype == 0x0003)
                .map(|(_, f)| f.value[0])
                .unwrap_or(1);
            let rname = self.text(&r, 0x3001);
            let raddr = self
                .text(&r, 0x39FE)
                .or_else(|| self.text(&r, 0x3003))
                .filter(|a| is_address(a));
            let shown = match (&rname, &raddr) {
                (_, Some(a)) => super::show(rname.as_deref(), a),
                (Some(n), None) => n.clone(),
                (None, None) => continue,
            };
            match kind {
                1 => to.push(shown),
                2 => cc.push(shown),
                _ => {}
            }
        }
        if to.is_empty() && cc.is_empty() {
            let split = |s: Option<String>| -> Vec<String> {
                s.map(|s| {
                    s.split(';')
                        .map(super::one_line)
                        .filter(|x| !x.is_empty())
                        .collect()
                })
                .unwrap_or_default()
            };
            to = split(self.text(dir, 0x0E04));
            cc = split(self.text(dir, 0x0E03));
        }
        if to.is_empty() && cc.is_empty() {
            warnings.push("no readable recipient (To and Cc are empty or unreadable)".to_string());
        }
        (to, cc)
    }

    /// The subject on one line: `PR_SUBJECT`, else its prefix and normalised subject joined.
    fn subject(&mut self, dir: &str) -> String {
        match self.string(dir, 0x0037) {
            Some(s) => super::one_line(&s),
            None => {
                let prefix = self.string(dir, 0x003D).unwrap_or_default();
                let rest = self.string(dir, 0x0E1D).unwrap_or_default();
                super::one_line(&format!("{prefix}{rest}"))
            }
        }
    }

    /// Message-ID, In-Reply-To and References, which thread the message: from the properties,
    /// else from the internet headers.
    fn thread_ids(
        &mut self,
        dir: &str,
        parsed: Option<&HeaderFacts>,
    ) -> (String, Option<String>, Vec<String>) {
        let message_id = self
            .text(dir, 0x1035)
            .map(|s| super::strip_angles(&s))
            .or_else(|| parsed.and_then(|p| p.message_id.clone()))
            .unwrap_or_default();
        let in_reply_to = self
            .text(dir, 0x1042)
            .map(|s| super::strip_angles(&s))
            .filter(|s| !s.is_empty())
            .or_else(|| parsed.and_then(|p| p.in_reply_to.clone()));
        let mut references: Vec<String> = self
            .text(dir, 0x1039)
            .map(|s| {
                s.split_whitespace()
                    .map(super::strip_angles)
                    .filter(|s| !s.is_empty())
                    .collect()
            })
            .unwrap_or_default();
        if references.is_empty() {
            references = parsed.map(|p| p.references.clone()).unwrap_or_default();
        }
        (message_id, in_reply_to, references)
    }

    /// The attachments of a message, and the embedded messages among them parsed as forwarded
    /// messages. Called with the message's own code page in `self.codepage`, and leaves it so.
    fn attachments(
        &mut self,
        dir: &str,
        depth: usize,
        warnings: &mut Vec<String>,
    ) -> Result<(Vec<Attachment>, Vec<Email>), MailError> {
        let own_codepage = self.codepage;
        let mut attachments: Vec<Attachment> = Vec::new();
        let mut forwarded = Vec::new();
        for a in self.children(dir, "__attach_version1.0_#") {
            let index = attachments.len() + 1;
            let Some(mut attachment) =
                self.attachment(&a, index, depth, own_codepage, &mut forwarded, warnings)?
            else {
                continue;
            };
            attachment.filename = super::unique_name(&attachments, attachment.filename);
            attachments.push(attachment);
        }
        Ok((attachments, forwarded))
    }

    /// One attachment storage (the `index`th kept), its file name not yet made unique; `None`
    /// when it is an embedded message nested too deeply to be read.
    fn attachment(
        &mut self,
        a: &str,
        index: usize,
        depth: usize,
        own_codepage: u32,
        forwarded: &mut Vec<Email>,
        warnings: &mut Vec<String>,
    ) -> Result<Option<Attachment>, MailError> {
        let aprops = self.fixed(a, 8);
        let hidden = aprops
            .iter()
            .any(|(i, f)| *i == 0x7FFE && f.ptype == 0x000B && f.value[0] != 0);
        let method = fixed_int(&aprops, 0x3705).unwrap_or(1);
        let mut name = self
            .text(a, 0x3707)
            .or_else(|| self.text(a, 0x3704))
            .or_else(|| self.text(a, 0x3001));
        let mut content_type = self
            .text(a, 0x370E)
            .map(|m| m.to_ascii_lowercase())
            .unwrap_or_else(|| "application/octet-stream".to_string());
        let inline = hidden || self.text(a, 0x3712).is_some();
        let object = format!("{a}/__substg1.0_3701000D");
        let bytes = if self.cf.is_storage(&object) {
            if method == 5 {
                // An embedded message: parsed as a forwarded message, and rebuilt as a
                // `.msg` of its own to be filed as one.
                if depth + 1 >= MAX_DEPTH {
                    warnings
                        .push("messages nested too deeply: the innermost are not read".to_string());
                    return Ok(None);
                }
                match self.message(&object, depth + 1) {
                    Ok(inner) => {
                        if name.is_none() && !inner.subject.is_empty() {
                            name = Some(format!("{}.msg", inner.subject));
                        }
                        forwarded.push(inner);
                    }
                    Err(e) => warnings.push(format!(
                        "attached message {index} could not be read ({}); it is kept as a file",
                        e.kind()
                    )),
                }
                // The message's own code page may differ from its attachment's (and a message
                // that failed to read left its own in place).
                self.codepage = own_codepage;
                content_type = "application/vnd.ms-outlook".to_string();
                if let Some(n) = &name {
                    if !n.to_ascii_lowercase().ends_with(".msg") {
                        name = Some(format!("{n}.msg"));
                    }
                }
                self.standalone(&object, true).map_err(|e| {
                    damaged(format!(
                        "an attached message cannot be copied ({})",
                        plain(&e)
                    ))
                })?
            } else {
                // An OLE object (an embedded Word document, say): a compound file of its own.
                self.standalone(&object, false).map_err(|e| {
                    damaged(format!(
                        "an embedded object cannot be copied ({})",
                        plain(&e)
                    ))
                })?
            }
        } else {
            self.binary(a, 0x3701).unwrap_or_default()
        };
        let filename =
            super::sanitise_filename(name.as_deref().unwrap_or(""), index, &content_type);
        Ok(Some(Attachment {
            filename,
            content_type,
            bytes,
            inline,
        }))
    }

    /// The body: plain text, else HTML, else compressed RTF; newlines normalised.
    fn body(
        &mut self,
        dir: &str,
        internet_cpid: Option<u32>,
        warnings: &mut Vec<String>,
    ) -> String {
        let mut text = self.string(dir, 0x1000).unwrap_or_default();
        if text.trim().is_empty() {
            let html_bytes = self
                .binary(dir, 0x1013)
                .map(|b| decode_html(&b, internet_cpid))
                .or_else(|| self.string(dir, 0x1013));
            if let Some(h) = html_bytes.filter(|h| !h.trim().is_empty()) {
                text = html::html_to_text(&h);
            }
        }
        if text.trim().is_empty() {
            if let Some(c) = self.binary(dir, 0x1009) {
                match rtf::decompress(&c) {
                    Ok(r) => text = rtf::rtf_to_text(&r),
                    Err(why) => warnings.push(format!("the body cannot be read: {why}")),
                }
            }
        }
        let mut s = super::normalise_newlines(text.trim_end_matches('\0'));
        let trimmed = s.trim_end().len();
        s.truncate(trimmed);
        if !s.is_empty() {
            s.push('\n');
        }
        s
    }

    /// Copies a storage into a compound file of its own: an embedded message becomes a `.msg`
    /// (its property header grows from 24 to 32 bytes, as a top-level message's has). Every
    /// time stamp is zero, so the same message always gives the same bytes (and so the same
    /// SHA-256: it is filed once however often it arrives).
    fn standalone(&mut self, dir: &str, message: bool) -> std::io::Result<Vec<u8>> {
        let mut out = CompoundFile::create(Cursor::new(Vec::new()))?;
        let mut budget = MAX_ENTRIES * 64;
        self.copy_into(&mut out, dir, "", message, 0, &mut budget)?;
        zero_times(&mut out, "/")?;
        out.flush()?;
        Ok(out.into_inner().into_inner())
    }

    fn copy_into(
        &mut self,
        out: &mut CompoundFile<Cursor<Vec<u8>>>,
        from: &str,
        to: &str,
        message: bool,
        depth: usize,
        budget: &mut usize,
    ) -> std::io::Result<()> {
        if depth > MAX_DEPTH * 3 {
            return Err(std::io::Error::other("nested too deeply"));
        }
        let mut entries: Vec<(String, bool)> = self
            .cf
            .read_storage(from)?
            .map(|e| (e.name().to_string(), e.is_storage()))
            .collect();
        entries.sort();
        for (name, is_storage) in entries {
            if *budget == 0 {
                return Err(std::io::Error::other("too many parts"));
            }
            *budget -= 1;
            let src = format!("{from}/{name}");
            let dst = format!("{to}/{name}");
            if is_storage {
                out.create_storage(&dst)?;
                self.copy_into(out, &src, &dst, message, depth + 1, budget)?;
                zero_times(out, &dst)?;
            } else {
                let mut data = self.read(&src).unwrap_or_default();
                if message && depth == 0 && name == PROPS && data.len() >= 24 {
                    data.splice(24..24, [0u8; 8]);
                }
                let mut s = out.create_stream(&dst)?;
                std::io::Write::write_all(&mut s, &data)?;
            }
        }
        Ok(())
    }
}

fn zero_times(out: &mut CompoundFile<Cursor<Vec<u8>>>, path: &str) -> std::io::Result<()> {
    // 1601-01-01, the compound-file epoch, is written as zero.
    let epoch = SystemTime::UNIX_EPOCH - Duration::from_secs(11_644_473_600);
    out.set_created_time(path, epoch)?;
    out.set_modified_time(path, epoch)
}

/// A 32-bit integer property (type 0003) from a storage's fixed-size properties.
fn fixed_int(props: &[(u16, Fixed)], id: u16) -> Option<u32> {
    props
        .iter()
        .find(|(i, f)| *i == id && f.ptype == 0x0003)
        .map(|(_, f)| u32::from_le_bytes([f.value[0], f.value[1], f.value[2], f.value[3]]))
}

/// What the original internet headers say, to fill in what the properties lack.
struct HeaderFacts {
    /// The sender's display name and address.
    from: Option<(Option<String>, String)>,
    /// The first `Received:` time: when our mail server took the message.
    received: Option<DateTime<FixedOffset>>,
    /// The `Date:` header.
    sent: Option<DateTime<FixedOffset>>,
    references: Vec<String>,
    in_reply_to: Option<String>,
    message_id: Option<String>,
}

/// The internet headers (`PR_TRANSPORT_MESSAGE_HEADERS`) parsed; `None` when there are none.
fn internet_headers(headers: &str) -> Option<HeaderFacts> {
    if headers.is_empty() {
        return None;
    }
    let mut h = headers.replace("\r\n", "\n").replace('\n', "\r\n");
    h.push_str("\r\n\r\n");
    MessageParser::default()
        .parse_headers(h.as_bytes())
        .map(|m| {
            let from = m.from().and_then(|a| a.first()).and_then(|a| {
                a.address
                    .as_deref()
                    .map(str::trim)
                    .filter(|x| x.contains('@'))
                    .map(|x| (a.name.as_deref().map(str::to_string), x.to_string()))
            });
            let received = m
                .received_all()
                .find_map(|r| r.date.as_ref().and_then(super::to_chrono));
            let sent = match m.header(HeaderName::Date) {
                Some(HeaderValue::DateTime(d)) => super::to_chrono(d),
                _ => None,
            };
            let references = super::text_list(m.references())
                .into_iter()
                .flat_map(|s| {
                    s.split_whitespace()
                        .map(super::strip_angles)
                        .collect::<Vec<_>>()
                })
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>();
            let in_reply_to = super::first_text(m.in_reply_to()).map(|s| super::strip_angles(&s));
            let message_id = m.message_id().map(super::strip_angles);
            HeaderFacts {
                from,
                received,
                sent,
                references,
                in_reply_to,
                message_id,
            }
        })
}

/// An address good enough to be one: something@something, no spaces.
fn is_address(a: &str) -> bool {
    let a = a.trim();
    a.contains('@') && !a.starts_with('@') && !a.ends_with('@') && !a.contains(char::is_whitespace)
}

/// A FILETIME (100 ns since 1601-01-01 UTC) as a date, when it is a plausible one.
fn filetime(ft: u64) -> Option<DateTime<FixedOffset>> {
    const UNIX_OFFSET_SECS: i64 = 11_644_473_600;
    let secs = i64::try_from(ft / 10_000_000).ok()? - UNIX_OFFSET_SECS;
    if !(0..=253_402_300_799).contains(&secs) {
        return None;
    }
    let t = Utc.timestamp_opt(secs, 0).single()?;
    Some(t.fixed_offset())
}

/// An HTML body's bytes as text: the charset its `<meta>` names, else the message's internet
/// code page, else UTF-8 where the bytes are UTF-8, else windows-1252.
fn decode_html(bytes: &[u8], internet_cpid: Option<u32>) -> String {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).to_ascii_lowercase();
    if let Some(p) = head.find("charset=") {
        let label: String = head[p + 8..]
            .trim_start_matches(['"', '\''])
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
            .collect();
        if let Some(enc) = encoding_rs::Encoding::for_label(label.as_bytes()) {
            return enc.decode_with_bom_removal(bytes).0.into_owned();
        }
    }
    if let Some(enc) = internet_cpid.and_then(codepage::encoding) {
        return enc.decode_with_bom_removal(bytes).0.into_owned();
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => codepage::decode(bytes, 1252),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filetimes_become_utc_dates() {
        // 2025-03-18 09:30:45 UTC.
        let ft = (1_742_290_245u64 + 11_644_473_600) * 10_000_000;
        assert_eq!(
            filetime(ft).unwrap().to_rfc3339(),
            "2025-03-18T09:30:45+00:00"
        );
        assert!(filetime(0).is_none());
        assert!(filetime(u64::MAX).is_none());
    }

    #[test]
    fn html_bodies_decode_in_their_charset() {
        assert_eq!(
            decode_html(b"<meta charset=\"windows-1252\"><p>caf\xe9</p>", None),
            "<meta charset=\"windows-1252\"><p>café</p>"
        );
        assert_eq!(decode_html(b"<p>\xe9</p>", Some(1252)), "<p>é</p>");
        assert_eq!(decode_html("<p>ŵ</p>".as_bytes(), None), "<p>ŵ</p>");
    }

    #[test]
    fn addresses_are_told_from_exchange_names() {
        assert!(is_address("a.b@example.org"));
        assert!(!is_address(
            "/O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP/CN=RECIPIENTS/CN=ab12"
        ));
        assert!(!is_address("Duty Team"));
        assert!(!is_address("@x"));
    }

    fn sample(name: &str) -> Vec<u8> {
        let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("test-data/formats/documents")
            .join(name);
        std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
    }

    #[test]
    fn a_plain_text_message_gives_every_field() {
        let e = parse_msg(&sample("plain-text-body.msg")).unwrap();
        assert_eq!(e.from, "Sarah Whitfield <sarah.whitfield@cafcass.gov.uk>");
        assert_eq!(e.from_address, "sarah.whitfield@cafcass.gov.uk");
        assert!(!e.sender_missing);
        assert_eq!(
            e.to,
            ["Business Services <business.services@cafcass.gov.uk>"]
        );
        assert_eq!(e.cc, ["Team Manager North <tm.north@cafcass.gov.uk>"]);
        assert_eq!(
            e.subject,
            "LS24P01234 Hughes v Patel – contact over the Easter holidays"
        );
        assert_eq!(e.message_id, "easter-0001@cafcass.gov.uk");
        assert_eq!(e.sent.unwrap().to_rfc3339(), "2025-03-24T08:15:00+00:00");
        assert_eq!(
            e.received.unwrap().to_rfc3339(),
            "2025-03-24T08:15:09+00:00"
        );
        assert!(e
            .body_text
            .starts_with("Hello,\n\nFor LS24P01234 (Hughes v Patel): Mr Patel has agreed"));
        assert!(e.body_text.ends_with("Family Court Adviser\n"));
        assert!(e.attachments.is_empty() && e.warnings.is_empty(), "{e:?}");
    }

    #[test]
    fn html_and_rtf_bodies_become_text() {
        let h = parse_msg(&sample("html-only-body.msg")).unwrap();
        assert!(
            h.body_text
                .contains("Re Evans – MK23C00456: the strategy meeting is on 3 April"),
            "{:?}",
            h.body_text
        );
        assert!(h
            .body_text
            .contains("referral record (https://la.example.gov.uk/r/77)"));
        assert!(h.body_text.contains("Café visit cancelled"));
        assert!(!h.body_text.contains("color"));
        let r = parse_msg(&sample("rtf-only-body.msg")).unwrap();
        assert!(
            r.body_text
                .contains("Leo's attendance at school has improved to 94% this term; the café"),
            "{:?}",
            r.body_text
        );
        assert!(r.body_text.contains("Jürgen Müller"));
        assert!(!r.body_text.contains("Calibri") && !r.body_text.contains("Msftedit"));
        assert_eq!(r.from, "Jürgen Müller <j.muller@school.example.sch.uk>");
    }

    #[test]
    fn attachments_and_embedded_messages_come_out_whole() {
        let p = parse_msg(&sample("pdf-attachment.msg")).unwrap();
        assert_eq!(p.attachments.len(), 1);
        let a = &p.attachments[0];
        assert_eq!(a.filename, "PNC check.pdf");
        assert_eq!(a.content_type, "application/pdf");
        assert!(a.bytes.starts_with(b"%PDF-1.4") && a.bytes.ends_with(b"%%EOF\n"));

        let f = parse_msg(&sample("embedded-message.msg")).unwrap();
        assert_eq!(f.forwarded.len(), 1);
        let inner = &f.forwarded[0];
        assert_eq!(inner.subject, "DR25P00077 letter about Ellis");
        assert_eq!(inner.from_address, "k.osei@stmarys.example.sch.uk");
        assert_eq!(inner.attachments[0].filename, "school notes.txt");
        let a = &f.attachments[0];
        assert_eq!(a.filename, "DR25P00077 letter about Ellis.msg");
        assert_eq!(a.content_type, "application/vnd.ms-outlook");
        // The embedded message is rebuilt as a .msg of its own, the same bytes every time,
        // and reads back as the same message.
        assert!(is_msg(&a.bytes));
        let again = parse_msg(&sample("embedded-message.msg")).unwrap();
        assert_eq!(again.attachments[0].bytes, a.bytes);
        let alone = parse_msg(&a.bytes).unwrap();
        assert_eq!(alone.subject, inner.subject);
        assert_eq!(alone.body_text, inner.body_text);
        assert_eq!(alone.attachments[0].bytes, inner.attachments[0].bytes);
        assert_eq!(alone.sent, inner.sent);
    }

    #[test]
    fn eight_bit_strings_are_read_in_the_message_code_page() {
        let e = parse_msg(&sample("ansi-strings.msg")).unwrap();
        assert_eq!(e.subject, "CF22P00789 café contact – £45 fee");
        assert_eq!(
            e.from,
            "Renée Dubois <renee.dubois@contact-centre.example.org>"
        );
        assert!(e
            .body_text
            .contains("The mother’s\n“wishes and feelings” note"));
        assert_eq!(e.to, ["Business Services"]);
    }

    #[test]
    fn a_message_without_a_sender_is_read_and_says_so() {
        let e = parse_msg(&sample("no-sender.msg")).unwrap();
        assert!(e.sender_missing);
        assert_eq!(e.from, "(no sender)");
        assert_eq!(e.from_address, "");
        assert_eq!(e.subject, "NW24C00333 message left on the duty line");
    }

    #[test]
    fn damaged_and_other_compound_files_are_refused_with_a_reason() {
        let t = parse_msg(&sample("truncated.msg")).unwrap_err();
        assert_eq!(t.kind(), "damaged-message", "{t}");
        assert_eq!(
            compound_kind(&sample("Hughes v Patel - LS24P01234 - Letter.wps")),
            Some(CompoundKind::Other)
        );
        let doc = std::fs::read(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("test-data/office/Jones v Jones - CF22P00789 - Legacy letter.doc"),
        )
        .unwrap();
        assert_eq!(compound_kind(&doc), Some(CompoundKind::WordDocument));
        let e = parse_msg(&doc).unwrap_err();
        assert!(e.to_string().contains("a Word 97-2003 document"), "{e}");
    }

    #[test]
    fn an_exchange_sender_without_an_internet_address_is_a_sender() {
        // A minimal message written here: the sender named by an Exchange address only.
        let mut cf = CompoundFile::create(Cursor::new(Vec::new())).unwrap();
        let utf16 = |s: &str| -> Vec<u8> { s.encode_utf16().flat_map(u16::to_le_bytes).collect() };
        for (name, data) in [
            ("/__properties_version1.0", vec![0u8; 32]),
            ("/__substg1.0_0C1A001F", utf16("Jo Carter")),
            ("/__substg1.0_0C1E001F", utf16("EX")),
            (
                "/__substg1.0_0C1F001F",
                utf16("/O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP/CN=RECIPIENTS/CN=JCARTER"),
            ),
            ("/__substg1.0_0037001F", utf16("LS24P01234 note")),
        ] {
            let mut s = cf.create_stream(name).unwrap();
            std::io::Write::write_all(&mut s, &data).unwrap();
        }
        cf.flush().unwrap();
        let bytes = cf.into_inner().into_inner();
        let e = parse_msg(&bytes).unwrap();
        assert!(!e.sender_missing);
        assert_eq!(
            e.from,
            "Jo Carter (inside the organisation: no internet address)"
        );
        assert_eq!(e.from_address, "");
        assert_eq!(e.subject, "LS24P01234 note");
    }

    #[test]
    fn what_is_not_a_message_says_so() {
        assert_eq!(parse_msg(b"").unwrap_err().kind(), "empty");
        assert_eq!(parse_msg(b"hello").unwrap_err().kind(), "not-an-email");
        let mut cut = CFB_MAGIC.to_vec();
        cut.extend_from_slice(&[0u8; 100]);
        assert_eq!(parse_msg(&cut).unwrap_err().kind(), "damaged-message");
        assert!(compound_kind(&cut).is_none());
        assert!(!is_msg(b"%PDF-1.4"));
    }
}
