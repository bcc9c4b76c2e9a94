//! The OCR stage: decode pages, recognise each once, judge legibility, and keep the searchable PDF.
//!
//! Runs on the blocking pool. Engines are expensive to start (a model load) and not thread-safe,
//! so they live in a small pool: a worker takes one, uses it for a whole document, and puts it
//! back. The pool never holds more engines than there were workers at once.

use std::sync::Mutex;

use crate::config::LegibilityConfig;
use crate::content::{Content, PdfBody};
use crate::convert::office::{self, OfficeSettings};
use crate::convert::{sniff, text as text_doc};
use crate::document::{PageLegibility, QuarantineReason, Quarantined};
use crate::mail;
use crate::messages::Job;
use crate::messages::{MailFacts, Part, PartKind, PartRole, Recognised};
use crate::ocr::{self, OcrEngine, OcrOptions, PageVerdict};
use crate::pdf;
use crate::pipeline::definition::InputKind;
use crate::stages::{born_digital, decode};

/// The contact-log note for an e-mail filed without a readable sender.
pub const NO_SENDER_NOTE: &str = "the e-mail has no readable sender (its From is missing or unreadable); filed with \"(no sender)\" in its transmission data";

/// Tesseract engines for one language set, reused across documents.
pub struct OcrPool {
    languages: String,
    options: OcrOptions,
    thresholds: ocr::LegibilityThresholds,
    idle: Mutex<Vec<OcrEngine>>,
}

impl OcrPool {
    pub fn new(languages: &str, cfg: &LegibilityConfig) -> OcrPool {
        let thresholds = ocr::LegibilityThresholds {
            min_words: cfg.min_words,
            min_mean_confidence: cfg.min_mean_confidence,
            ..Default::default()
        };
        let options = OcrOptions {
            page_budget: std::time::Duration::from_millis(cfg.page_deadline_ms),
            ..OcrOptions::default()
        };
        OcrPool {
            languages: languages.to_string(),
            options,
            thresholds,
            idle: Mutex::new(Vec::new()),
        }
    }

    fn take(&self) -> Result<OcrEngine, ocr::OcrError> {
        let pooled = self.idle.lock().unwrap_or_else(|p| p.into_inner()).pop();
        match pooled {
            Some(e) => Ok(e),
            None => OcrEngine::new(&self.languages, None),
        }
    }

    fn give_back(&self, e: OcrEngine) {
        self.idle.lock().unwrap_or_else(|p| p.into_inner()).push(e);
    }
}

/// Everything the recognition stage needs besides the engines.
#[derive(Debug, Clone)]
pub struct Prepare {
    pub input: InputKind,
    pub office: OfficeSettings,
}

/// Turns one arrival into its parts (blocking): recognises scans, validates born-digital PDFs,
/// converts office documents, renders e-mails and each of their attachments. Every part must
/// succeed: an arrival is filed whole or quarantined whole, with the reason naming the part, so
/// an e-mail is never half in the record and half in quarantine.
pub fn recognise(pool: &OcrPool, prep: &Prepare, job: Job) -> Recognised {
    let Job { arrival, bytes } = job;
    let result = match prep.input {
        InputKind::Email => email_parts(pool, prep, &arrival.original_name, &bytes, 0),
        // A scanning station's folder is where an office also drops what it has in hand: a
        // born-digital PDF, an office or text document, a saved e-mail. Each is still the
        // office's document and is filed (issue 10): whatever is not an e-mail goes through
        // the same door as on a shared drive, and every scan still meets the legibility gate.
        InputKind::Scan | InputKind::Mixed => {
            if looks_like_email(&arrival.original_name, &bytes) || mail::is_msg(&bytes) {
                email_parts(pool, prep, &arrival.original_name, &bytes, 0)
            } else {
                any_part(pool, prep, &arrival.original_name, &bytes, false).map(|p| (vec![p], None))
            }
        }
    };
    match result {
        Ok((mut parts, mail)) => {
            if let Some(p) = parts.first_mut() {
                p.sha256 = arrival.sha256.clone();
            }
            Recognised::Ok {
                arrival,
                parts,
                mail,
            }
        }
        Err(q) => Recognised::Quarantine(arrival, q),
    }
}

fn sha_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    hex::encode(Sha256::digest(bytes).as_slice())
}

/// A part's own SHA-256. Only an arrival itself is ever read from disk, and an arrival's part
/// takes the arrival's SHA-256 (set in [`recognise`], hashed by the source as it was read), so
/// a file read from disk is not read a second time to hash it.
fn sha_of(content: &Content) -> String {
    if content.is_mapped() {
        String::new()
    } else {
        sha_hex(content)
    }
}

/// An `.eml` by name, or bytes that start like a message's header block.
fn looks_like_email(name: &str, bytes: &[u8]) -> bool {
    name.to_ascii_lowercase().ends_with(".eml") || sniff::looks_like_email(bytes)
}

/// Deepest nesting of forwarded messages followed (a hostile mail could nest without end).
const MAX_MAIL_DEPTH: usize = 4;
/// Most attachments taken from one message.
const MAX_ATTACHMENTS: usize = 200;

/// An e-mail: part 0 is the message as a PDF, then one part per attachment (inline images and
/// forwarded messages included), each through the path its kind needs.
fn email_parts(
    pool: &OcrPool,
    prep: &Prepare,
    name: &str,
    bytes: &[u8],
    depth: usize,
) -> Result<(Vec<Part>, Option<MailFacts>), Quarantined> {
    let email = read_email(bytes)?;
    let pdf = email_pdf(&email)?;
    let hints = mail::route_hints(&email);
    let text = format!("{}\n{}", email.subject, email.body_text);
    // Our own renderer's PDF: its page count is read back rather than trusted.
    let n = born_digital::check_pdf(&pdf).map(|c| c.pages).unwrap_or(1);
    let pages = text_pages(n, &text);
    let own_sha = sha_hex(bytes);
    let mut notes = Vec::new();
    if email.sender_missing {
        notes.push((0, NO_SENDER_NOTE.to_string()));
    }
    let mut parts = vec![Part {
        role: PartRole::Email,
        kind: PartKind::Email,
        name: name.to_string(),
        sha256: own_sha.clone(),
        attached_to: None,
        pages,
        text,
        pdf: pdf.into(),
    }];
    for (i, a) in email.attachments.iter().enumerate() {
        let n = i as u32 + 1;
        if a.bytes.is_empty() || mail::is_signature(a) {
            // Listed on the e-mail's PDF; there is nothing else to keep (a signature is for a
            // mail client to check, not a document to file).
            continue;
        }
        let fname = mail::sanitise_filename(&a.filename, i + 1, &a.content_type);
        let part = attachment_parts(pool, prep, &fname, a, depth, parts.len(), &mut notes);
        let sub = part.map_err(|q| Quarantined {
            detail: format!("attachment {n} \"{fname}\": {}", q.detail),
            ..q
        })?;
        for (k, mut p) in sub.into_iter().enumerate() {
            p.role = PartRole::Attachment(parts.len() as u32);
            if p.sha256.is_empty() {
                p.sha256 = sha_hex(&a.bytes);
            }
            // The attachment itself (or a forwarded message) belongs to this e-mail; the parts
            // a forwarded message carries keep the link to it that the recursion gave them.
            if k == 0 {
                p.attached_to = Some((own_sha.clone(), n));
            }
            parts.push(p);
        }
    }
    let facts = MailFacts {
        message_id: email.message_id.clone(),
        names: email
            .in_reply_to
            .iter()
            .chain(email.references.iter())
            .cloned()
            .collect(),
        sender: hints.sender,
        sender_domain: hints.sender_domain,
        subject: hints.subject,
        sent: email.sent,
        received: email.received,
        shingles: mail::shingles(&email.body_text),
        notes,
    };
    Ok((parts, Some(facts)))
}

/// An Outlook .msg or an RFC 5322 message, parsed; attachments sent as "octet-stream" or with a
/// name that says nothing get the type and extension their content shows.
fn read_email(bytes: &[u8]) -> Result<mail::Email, Quarantined> {
    let mut email = mail::parse_any(bytes).map_err(|e| {
        let reason = match e.kind() {
            "empty" => QuarantineReason::Empty,
            _ => QuarantineReason::Corrupt,
        };
        Quarantined::new(reason, format!("the e-mail cannot be read: {e}"))
    })?;
    sniff::name_attachments(&mut email);
    if email.attachments.len() > MAX_ATTACHMENTS {
        return Err(Quarantined::new(
            QuarantineReason::TooLarge,
            format!(
                "the e-mail has {} attachments, more than the {MAX_ATTACHMENTS} casevault takes from one message",
                email.attachments.len()
            ),
        ));
    }
    Ok(email)
}

/// The e-mail drawn as a PDF (transmission data and body).
fn email_pdf(email: &mail::Email) -> Result<Vec<u8>, Quarantined> {
    mail::render_pdf(email).map_err(|e| match e.kind() {
        // The machine's fault, not the message's: say so, and keep the message.
        "font-missing" | "bad-font" => {
            tracing::error!(error = %e, "cannot render e-mails");
            Quarantined::new(
                QuarantineReason::Unsupported,
                format!("e-mails cannot be rendered on this machine ({e}); retry after fixing it"),
            )
        }
        _ => Quarantined::new(
            QuarantineReason::Corrupt,
            format!("the e-mail could not be turned into a PDF: {e}"),
        ),
    })
}

/// The parts of one attachment named `fname`: a forwarded message's own parts (its notes added
/// to `notes`, shifted to follow the `at` parts before it), else the one part of a file.
fn attachment_parts(
    pool: &OcrPool,
    prep: &Prepare,
    fname: &str,
    a: &mail::Attachment,
    depth: usize,
    at: usize,
    notes: &mut Vec<(usize, String)>,
) -> Result<Vec<Part>, Quarantined> {
    let is_mail = a.content_type.eq_ignore_ascii_case("message/rfc822")
        || fname.to_ascii_lowercase().ends_with(".eml")
        || mail::is_msg(&a.bytes);
    if is_mail {
        if depth >= MAX_MAIL_DEPTH {
            Err(Quarantined::new(
                QuarantineReason::Unsupported,
                format!("forwarded messages are nested more than {MAX_MAIL_DEPTH} deep"),
            ))
        } else {
            // A forwarded message is filed as one e-mail document; its own attachments are
            // listed on its PDF and filed too.
            email_parts(pool, prep, fname, &a.bytes, depth + 1).map(|(sub, facts)| {
                let sub_notes = facts.map(|f| f.notes).unwrap_or_default();
                notes.extend(sub_notes.into_iter().map(|(k, n)| (at + k, n)));
                sub
            })
        }
    } else {
        any_part(pool, prep, fname, &Content::from(a.bytes.clone()), true).map(|p| vec![p])
    }
}

/// A document that is neither a PDF, an office document LibreOffice converts, nor an image:
/// a text document (drawn as a PDF by casevault: its words are known, so there is nothing for
/// OCR or the legibility gate to do), a file named as text that is not text, or a Windows
/// compound file that is neither a Word document nor an e-mail. `None`: leave it to the image
/// path.
fn other_document(name: &str, bytes: &[u8]) -> Option<Result<Part, Quarantined>> {
    if bytes.starts_with(&mail::msg::CFB_MAGIC) {
        let named_msg = name.to_ascii_lowercase().ends_with(".msg");
        return Some(Err(match mail::compound_kind(bytes) {
            None if named_msg => Quarantined::new(
                QuarantineReason::Corrupt,
                "the Outlook message is damaged or cut off (its structure cannot be read); save it from Outlook again and retry",
            ),
            None => Quarantined::new(
                QuarantineReason::Corrupt,
                "the file is damaged or cut off: its Windows compound-file structure cannot be read",
            ),
            Some(kind) => Quarantined::new(
                QuarantineReason::Unsupported,
                format!(
                    "the file is {}; casevault files PDFs, images, Word and OpenDocument documents, text and e-mails",
                    kind.describe()
                ),
            ),
        }));
    }
    // A file named as an image (.tif, .png, .jpg...) that holds text is mislabelled, not a
    // text document: the image decoder says so ("named .tif but its contents are not a TIFF").
    let named_as_image = name.rsplit_once('.').is_some_and(|(_, e)| {
        matches!(
            e.to_ascii_lowercase().as_str(),
            "png" | "jpg" | "jpeg" | "tif" | "tiff" | "gif" | "bmp" | "webp" | "heic" | "heif"
        )
    });
    if !named_as_image {
        if let Some(file) = text_doc::sniff(name, bytes) {
            return Some(text_part(name, bytes, &file));
        }
    }
    if text_doc::text_extension(name) && sniff::image_kind(bytes).is_none() {
        let ext = name.rsplit_once('.').map_or("", |(_, e)| e);
        return Some(Err(Quarantined::new(
            QuarantineReason::Corrupt,
            format!("the file is named .{ext} but its contents are not text (it holds binary data, damaged or of another kind)"),
        )));
    }
    None
}

/// A text document drawn as a PDF by casevault (as an e-mail is).
fn text_part(name: &str, bytes: &[u8], file: &text_doc::TextFile) -> Result<Part, Quarantined> {
    let drawn = text_doc::draw(name, bytes.len(), file).map_err(|e| {
        let reason = match e {
            text_doc::TextError::Blank => QuarantineReason::Empty,
            text_doc::TextError::TooLarge(_) => QuarantineReason::TooLarge,
            text_doc::TextError::Machine(_) => QuarantineReason::Unsupported,
        };
        Quarantined::new(reason, e.to_string())
    })?;
    let n = born_digital::check_pdf(&drawn.pdf)
        .map(|c| c.pages)
        .unwrap_or(1);
    Ok(Part {
        role: PartRole::Document,
        kind: PartKind::Text,
        name: name.to_string(),
        sha256: sha_hex(bytes),
        attached_to: None,
        pages: text_pages(n, &drawn.text),
        text: drawn.text,
        pdf: drawn.pdf.into(),
    })
}

/// One pseudo page figure per PDF page for a document whose text was not recognised but is
/// known (an e-mail, a born-digital PDF): words counted, confidence 100, never "blank".
fn text_pages(n: u32, text: &str) -> Vec<PageLegibility> {
    let words = text.split_whitespace().count() as u32;
    (1..=n.max(1))
        .map(|page| PageLegibility {
            page,
            words: if page == 1 { words } else { 0 },
            mean_confidence: 100.0,
            blank: false,
            timed_out: false,
            millis: 0,
        })
        .collect()
}

/// A file of any kind: a PDF (born-digital kept, scanned recognised), an office document
/// (converted), or an image (recognised; a picture without text is kept as a picture when it
/// came attached to an e-mail).
fn any_part(
    pool: &OcrPool,
    prep: &Prepare,
    name: &str,
    content: &Content,
    attached: bool,
) -> Result<Part, Quarantined> {
    let bytes: &[u8] = content;
    if bytes.is_empty() {
        return Err(Quarantined::new(
            QuarantineReason::Empty,
            "the file has no bytes",
        ));
    }
    if bytes[..bytes.len().min(1024)]
        .windows(5)
        .any(|w| w == b"%PDF-")
    {
        return pdf_part(pool, name, content, attached);
    }
    if let Some(kind) = office::sniff_office(name, bytes) {
        let pdf = office::convert_to_pdf(&prep.office, kind, bytes).map_err(|e| match e {
            office::ConvertError::NotInstalled => Quarantined::new(
                QuarantineReason::NeedsConversion,
                "an office document, and LibreOffice is not installed on this machine",
            ),
            office::ConvertError::TimedOut(t) => Quarantined::new(
                QuarantineReason::NeedsConversion,
                format!(
                    "converting the office document took longer than {} s and was stopped",
                    t.as_secs()
                ),
            ),
            office::ConvertError::Failed(why) => Quarantined::new(
                QuarantineReason::Corrupt,
                format!("LibreOffice could not convert the office document ({why})"),
            ),
            e @ office::ConvertError::NoSandbox(_) => {
                Quarantined::new(QuarantineReason::NeedsConversion, e.to_string())
            }
        })?;
        let check = born_digital::check_pdf(&pdf).map_err(|p| {
            Quarantined::new(
                QuarantineReason::Corrupt,
                format!("LibreOffice's PDF is not valid: {}", p.detail()),
            )
        })?;
        return Ok(Part {
            role: PartRole::Document,
            kind: PartKind::Office,
            name: name.to_string(),
            sha256: sha_of(content),
            attached_to: None,
            pages: text_pages(check.pages, &check.text),
            text: check.text,
            pdf: pdf.into(),
        });
    }
    if let Some(other) = other_document(name, bytes) {
        return other;
    }
    scan_part(pool, name, content, attached)
}

/// Recognises a scan. With `pictures_allowed` (an image attached to an e-mail), an image on
/// which no page has enough words to be text at all is kept as a picture; an image that holds
/// text which cannot be read well enough is still illegible.
fn scan_part(
    pool: &OcrPool,
    name: &str,
    content: &Content,
    pictures_allowed: bool,
) -> Result<Part, Quarantined> {
    let bytes: &[u8] = content;
    // Pages are recognised as they were scanned, not straightened first: the original is
    // what is kept (a JPEG byte for byte, a black-and-white page at 1 bit), Tesseract reads
    // skewed lines itself, and the text layer sets each word level where it stands (see
    // `pdf::layer::level_words`), so search and copy find it whole.
    //
    // Each page is recognised as soon as it is decoded and let go before the next is decoded
    // (issue 12): a 500-page TIFF holds one decoded page, not 500.
    let mut engine = take_engine(pool)?;
    let result = run_engine(&mut engine, name, bytes, &pool.options);
    pool.give_back(engine);
    let (figures, pdf) = result?;
    let mut legibility = Vec::with_capacity(figures.len());
    let mut bad = Vec::new();
    let mut why = Vec::new();
    for (i, f) in figures.iter().enumerate() {
        let n = i as u32 + 1;
        legibility.push(PageLegibility {
            page: n,
            words: f.words,
            mean_confidence: f.mean_confidence,
            blank: f.blank,
            timed_out: f.timed_out,
            millis: f.millis,
        });
        if let PageVerdict::Illegible { why: w } = pool.thresholds.judge(n as usize, f) {
            bad.push(n);
            why.push(w);
        }
    }
    let text = figures
        .iter()
        .map(|f| f.text.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    let no_text = figures
        .iter()
        .all(|f| f.words < pool.thresholds.min_words && !f.timed_out);
    if pictures_allowed && no_text {
        return Ok(Part {
            role: PartRole::Document,
            kind: PartKind::Picture,
            name: name.to_string(),
            sha256: sha_of(content),
            attached_to: None,
            pages: legibility,
            text,
            pdf: pdf.into(),
        });
    }
    if legibility.iter().all(|p| p.blank) {
        let mut q = Quarantined::new(QuarantineReason::Illegible, "every page is blank");
        q.pages = (1..=legibility.len() as u32).collect();
        q.figures = legibility;
        return Err(q);
    }
    if !bad.is_empty() {
        let mut q = Quarantined::new(QuarantineReason::Illegible, why.join("; "));
        q.pages = bad;
        q.figures = legibility;
        return Err(q);
    }
    Ok(Part {
        role: PartRole::Document,
        kind: PartKind::Scan,
        name: name.to_string(),
        sha256: sha_of(content),
        attached_to: None,
        pages: legibility,
        text,
        pdf: pdf.into(),
    })
}

/// A PDF, page by page (issue 10): a page that carries its own text (born-digital, or an
/// earlier OCR layer) is not recognised again; a page without text is rendered, whatever its
/// encoding, at its scanned image's own resolution, recognised (turned upright if it lies
/// sideways) and judged by the legibility gate. The stored PDF is the original, with the
/// recognised pages' text laid over them (see [`crate::pdf::layer`]); a PDF with text on every
/// page is stored exactly as it came.
///
/// Memory (issue 12): the reader parses from the content as it is (a large file: its map,
/// never a copy), and each page's resident bytes are given back once the page is looked at or
/// rendered, so a PDF of gigabytes holds about a page at a time; the stored PDF is the original
/// itself, or the original with the text layer appended ([`PdfBody`]), never a copy of it.
fn pdf_part(
    pool: &OcrPool,
    name: &str,
    content: &Content,
    pictures_allowed: bool,
) -> Result<Part, Quarantined> {
    let framed = far_xref_view(content);
    let release = || {
        if let Some(view) = &framed {
            view.release();
        }
        content.release();
    };
    let opened = match &framed {
        Some(view) => pdf::read::open_shared(view.clone(), &release)
            .or_else(|_| pdf::read::open_shared(std::sync::Arc::new(content.clone()), &release)),
        None => pdf::read::open_shared(std::sync::Arc::new(content.clone()), &release),
    }
    .map_err(pdf_quarantine)?;
    let n = opened.pages();
    let mut facts = Vec::with_capacity(n);
    for i in 0..n {
        facts.push(opened.facts(i).map_err(pdf_quarantine)?);
        release();
    }
    let to_read: Vec<usize> = (0..n).filter(|&i| !facts[i].has_usable_text()).collect();
    let page_texts: Vec<String> = facts.iter().map(|f| f.text.clone()).collect();
    if to_read.is_empty() {
        // The reader shares the content: let it go; what is stored is the content itself.
        drop(opened);
        let text = page_texts.join("\n");
        return Ok(Part {
            role: PartRole::Document,
            kind: PartKind::BornDigital,
            name: name.to_string(),
            sha256: sha_of(content),
            attached_to: None,
            pages: facts
                .iter()
                .enumerate()
                .map(|(i, f)| text_page(i as u32 + 1, &f.text))
                .collect(),
            text,
            pdf: PdfBody::Whole(content.clone()),
        });
    }
    let (layers, recognised) = recognise_pdf_pages(pool, &opened, &facts, &to_read, &release)?;
    let mut legibility: Vec<PageLegibility> = facts
        .iter()
        .enumerate()
        .map(|(i, f)| text_page(i as u32 + 1, &f.text))
        .collect();
    let mut texts = page_texts;
    let mut bad = Vec::new();
    let mut why = Vec::new();
    for (i, f) in &recognised {
        let page = *i as u32 + 1;
        legibility[*i] = PageLegibility {
            page,
            words: f.words,
            mean_confidence: f.mean_confidence,
            blank: f.blank,
            timed_out: f.timed_out,
            millis: f.millis,
        };
        texts[*i] = f.text.clone();
        if let PageVerdict::Illegible { why: w } = pool.thresholds.judge(page as usize, f) {
            bad.push(page);
            why.push(w);
        }
    }
    let text = texts.join("\n");
    let all_recognised = recognised.len() == n;
    let no_text = recognised
        .iter()
        .all(|(_, f)| f.words < pool.thresholds.min_words && !f.timed_out);
    let kind = if pictures_allowed && all_recognised && no_text {
        PartKind::Picture
    } else {
        if all_recognised && legibility.iter().all(|p| p.blank) {
            let mut q = Quarantined::new(QuarantineReason::Illegible, "every page is blank");
            q.pages = (1..=n as u32).collect();
            q.figures = legibility;
            return Err(q);
        }
        if !bad.is_empty() {
            let mut q = Quarantined::new(QuarantineReason::Illegible, why.join("; "));
            q.pages = bad;
            q.figures = legibility;
            return Err(q);
        }
        PartKind::Scan
    };
    // The reader is let go before the layer is added (issue 12). The layer goes onto the
    // original (or, where it had to be repaired to be read, the repaired file) and comes back
    // as the bytes to append to it: the stored PDF is that base and the update, never a copy.
    let repaired = opened.into_repaired();
    let was_repaired = repaired.is_some();
    let base = match repaired {
        Some(repaired) => Content::from(repaired),
        None => content.clone(),
    };
    let releaser = base.releaser();
    let layered = pdf::layer::add_text_layers_to(
        &base,
        n,
        &layers,
        std::sync::Arc::new(move || releaser.release()),
    )
    .map_err(pdf_quarantine)?;
    base.release();
    let pdf = match layered {
        pdf::layer::Layered::Appended(tail) => PdfBody::Appended {
            base,
            tail: std::sync::Arc::new(tail),
        },
        pdf::layer::Layered::Rewritten(whole) => PdfBody::from(whole),
    };
    if was_repaired || !matches!(pdf, PdfBody::Appended { .. }) {
        tracing::info!("a damaged PDF was rewritten from its recovered objects");
    }
    Ok(Part {
        role: PartRole::Document,
        kind,
        name: name.to_string(),
        sha256: sha_of(content),
        attached_to: None,
        pages: legibility,
        text,
        pdf,
    })
}

/// The text layers of the recognised pages, and each page's index (0-based) with its figures.
type RecognisedPages = (Vec<pdf::layer::TextLayer>, Vec<(usize, ocr::PageFigures)>);

/// For a PDF read from disk whose cross-reference section `hayro` cannot reach (past 2 GiB,
/// see [`pdf::read::xref_out_of_reach`]), a view of it with one that it can, so that the
/// reader does not rebuild one by reading the whole file into memory; `None` otherwise, or
/// where no such view can be made (the file is then read as it is).
fn far_xref_view(content: &Content) -> Option<std::sync::Arc<crate::content::Framed>> {
    if !content.is_mapped() || !pdf::read::xref_out_of_reach(content) {
        return None;
    }
    let releaser = content.releaser();
    let (prefix, suffix) = pdf::read::xref_frame(
        content,
        crate::content::page_size(),
        std::sync::Arc::new(move || releaser.release()),
    )?;
    content.release();
    match content.framed(&prefix, &suffix) {
        Ok(view) => view.map(std::sync::Arc::new),
        Err(e) => {
            tracing::warn!(error = %e, "a large PDF could not be framed; it is read as it is");
            None
        }
    }
}

/// A text layer and the figures for each PDF page in `to_read` (0-based), recognised with one
/// engine from the pool; the first page that cannot be read stops the document.
fn recognise_pdf_pages(
    pool: &OcrPool,
    opened: &pdf::read::Opened,
    facts: &[pdf::read::PageFacts],
    to_read: &[usize],
    release: &dyn Fn(),
) -> Result<RecognisedPages, Quarantined> {
    let mut engine = take_engine(pool)?;
    let work = crate::scratch::tempdir("ocr-").map_err(|e| {
        Quarantined::new(
            QuarantineReason::Unsupported,
            format!("no room to work on this machine ({e}); retry after fixing it"),
        )
    })?;
    let mut layers = Vec::with_capacity(to_read.len());
    let mut recognised: Vec<(usize, ocr::PageFigures)> = Vec::with_capacity(to_read.len());
    let mut failure = None;
    for &i in to_read {
        let read = opened
            .render_gray(i, facts[i].recognition_dpi())
            .inspect(|_| release())
            .map_err(pdf_quarantine)
            .and_then(|r| {
                let image_failed = r.image_failed;
                engine
                    .recognise_layer(&r.image, r.dpi, work.path(), &pool.options)
                    .map(|(f, layer)| (f, layer, image_failed))
                    .map_err(|e| {
                        Quarantined::new(
                            QuarantineReason::Corrupt,
                            format!("page {} could not be read: {e}", i + 1),
                        )
                    })
            });
        match read {
            Ok((figures, layer, image_failed)) => {
                if image_failed && (figures.blank || figures.words < pool.thresholds.min_words) {
                    // Not the scan's fault: what it holds could not be decoded here.
                    failure = Some(Quarantined::new(
                        QuarantineReason::Unsupported,
                        format!(
                            "page {}: an image on it could not be decoded, so the page cannot \
                             be read; open it in a PDF viewer and print it to PDF, or scan the \
                             paper again",
                            i + 1
                        ),
                    ));
                    break;
                }
                layers.push(pdf::layer::TextLayer {
                    page: i,
                    pdf: layer,
                    turn: figures.rotation,
                });
                recognised.push((i, figures));
            }
            Err(q) => {
                failure = Some(q);
                break;
            }
        }
    }
    pool.give_back(engine);
    if let Some(q) = failure {
        return Err(q);
    }
    Ok((layers, recognised))
}

/// The legibility entry of a page whose text is known (not recognised): its words counted,
/// confidence 100, never blank.
fn text_page(page: u32, text: &str) -> PageLegibility {
    PageLegibility {
        page,
        words: text.split_whitespace().count() as u32,
        mean_confidence: 100.0,
        blank: false,
        timed_out: false,
        millis: 0,
    }
}

fn pdf_quarantine(p: pdf::PdfProblem) -> Quarantined {
    use pdf::PdfProblem as P;
    let reason = match &p {
        P::Empty | P::NoPages => QuarantineReason::Empty,
        P::Encrypted => QuarantineReason::Unsupported,
        P::TooManyPages { .. } | P::TooLarge { .. } => QuarantineReason::TooLarge,
        _ => QuarantineReason::Corrupt,
    };
    Quarantined::new(reason, p.detail())
}

/// An engine from the pool, or why the machine cannot recognise anything.
fn take_engine(pool: &OcrPool) -> Result<OcrEngine, Quarantined> {
    pool.take().map_err(|e| {
        // No engine means a broken installation, not a bad document: say so loudly.
        tracing::error!(error = %e, "cannot start Tesseract");
        Quarantined::new(
            QuarantineReason::Unsupported,
            format!("OCR could not start on this machine ({e}); retry after fixing it"),
        )
    })
}

/// Decodes the file page by page; writes each page where the engine can embed it (a JPEG's
/// own bytes, a lossless PNG) and recognises it before the next page is decoded; returns the
/// figures and the PDF's bytes. A page that cannot be decoded is the file's quarantine reason,
/// a page that cannot be recognised is "the pages could not be read".
fn run_engine(
    engine: &mut OcrEngine,
    name: &str,
    bytes: &[u8],
    opts: &OcrOptions,
) -> Result<(Vec<ocr::PageFigures>, Vec<u8>), Quarantined> {
    let unreadable = |e: ocr::OcrError| {
        Quarantined::new(
            QuarantineReason::Corrupt,
            format!("the pages could not be read: {e}"),
        )
    };
    let work = crate::scratch::tempdir("ocr-")
        .map_err(|source| ocr::OcrError::WritePdf {
            path: std::path::PathBuf::from(crate::scratch::HOME_TMP),
            source,
        })
        .map_err(unreadable)?;
    let out = work.path().join("document.pdf");
    let mut doc = engine.begin_document(&out, opts).map_err(unreadable)?;
    // An engine failure stops the decoding; it is told apart from the decoder's own reasons.
    let mut failed: Option<ocr::OcrError> = None;
    let decoded = decode::decode_each(name, bytes, &decode::DecodeLimits::default(), &mut |p| {
        // A black-and-white page goes to the engine as pixels only; others as their file.
        let page_file = match &p.embed {
            decode::Embed::Bilevel => None,
            decode::Embed::Jpeg(b) => Some(("jpg", b)),
            decode::Embed::Png(b) => Some(("png", b)),
        };
        let index = doc.pages() + 1;
        let added = page_file
            .map(|(ext, bytes)| write_page(work.path(), index, ext, bytes))
            .transpose()
            .and_then(|file| {
                let input = ocr::PageInput {
                    one_bit: file.is_none(),
                    file: file.unwrap_or_default(),
                    dpi: Some(p.dpi),
                    gray: Some(p.gray),
                    photo: p.photo,
                };
                let added = doc.add_page(&input, opts);
                // The renderer has embedded the page: its file is not needed any more.
                if !input.one_bit {
                    let _ = std::fs::remove_file(&input.file);
                }
                added
            });
        added.map_err(|e| {
            failed = Some(e);
            Quarantined::new(QuarantineReason::Corrupt, "stopped")
        })
    });
    if let Some(e) = failed {
        return Err(unreadable(e));
    }
    decoded?;
    let figures = doc.finish().map_err(unreadable)?;
    let pdf = std::fs::read(&out)
        .map_err(|source| ocr::OcrError::WritePdf {
            path: out.clone(),
            source,
        })
        .map_err(unreadable)?;
    // Words on slanted lines are set level, so that search and copy find them whole.
    Ok((figures, pdf::layer::level_words_in(&pdf)))
}

/// Writes a page's file where the engine reads it (`page-0001.jpg`, ...).
fn write_page(
    dir: &std::path::Path,
    index: usize,
    ext: &str,
    bytes: &[u8],
) -> Result<std::path::PathBuf, ocr::OcrError> {
    let file = dir.join(format!("page-{index:04}.{ext}"));
    match std::fs::write(&file, bytes) {
        Ok(()) => Ok(file),
        Err(source) => Err(ocr::OcrError::WritePage { path: file, source }),
    }
}
