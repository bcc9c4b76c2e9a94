//! Validation of born-digital PDFs: files that arrive as PDFs with a text layer already in them
//! (e-mail attachments, legacy shared-drive files), as opposed to scans.
//!
//! The product keeps a born-digital PDF as it is (after validation) instead of rasterising and
//! OCRing it, so this stage answers two questions before anything is stored: *can the file be
//! opened at all* (not empty, really a PDF, not damaged, not password-protected, has pages), and
//! *is its text real* (enough pages carry extractable text for the document to be searchable
//! without OCR). Anything that fails the first question is a [`PdfProblem`], each with a
//! sentence a business services officer can act on ([`PdfProblem::detail`]); a PDF that fails the
//! second ([`is_born_digital`] is false) is treated as a scan and goes through OCR and the
//! legibility gate like any other scan.
//!
//! The input is untrusted (it comes from outside the authority by e-mail), so every lopdf call is
//! made under [`std::panic::catch_unwind`] and a panic is reported as [`PdfProblem::Damaged`]
//! rather than bringing the pipeline down, decompression is bounded by lopdf's default
//! (256 MiB per stream), and text is extracted from at most [`MAX_TEXT_PAGES`] pages. Note that
//! `catch_unwind` cannot catch a stack overflow or an allocation failure, which abort the process;
//! a deployment that must survive those should run this check in a child process.
//!
//! An encrypted PDF (an `/Encrypt` entry in the trailer) is always [`PdfProblem::Encrypted`], even
//! when its user password is empty and it would open without asking: such a file carries
//! permission restrictions and encrypted streams, the stored record must be readable without a
//! password for its whole retention period, and sealing adds the encryption the authority controls.

use std::panic::{catch_unwind, AssertUnwindSafe};

use lopdf::Document;

/// Pages beyond this number are not searched for text (they count as pages without text). It
/// bounds the time one hostile or enormous file can take; court bundles run to hundreds of pages,
/// not thousands.
pub const MAX_TEXT_PAGES: u32 = 2000;

/// A page counts as having text when its extracted text has at least this many non-whitespace
/// characters. Fewer is what scanners, fax gateways and redaction tools leave behind (a date
/// stamp, a page number, "SCANNED"), not the content of the page.
pub const MIN_PAGE_CHARS: usize = 20;

/// How far into the file the `%PDF-` header may start. The PDF specification puts it at byte 0,
/// but readers (and so senders) tolerate junk before it within the first kilobyte.
const HEADER_SEARCH: usize = 1024;

/// What [`check_pdf`] learned about a PDF that opened.
#[derive(Clone, PartialEq, Eq)]
pub struct PdfCheck {
    /// Number of pages in the page tree.
    pub pages: u32,
    /// All extractable text, one entry per page (in page order) joined by `"\n"`; a page without
    /// extractable text contributes an empty string. This is document content: never log it.
    pub text: String,
    /// Pages whose text has at least [`MIN_PAGE_CHARS`] non-whitespace characters.
    pub pages_with_text: u32,
    /// Whether the file declares encryption. Always `false` in a value returned by
    /// [`check_pdf`], which reports encrypted files as [`PdfProblem::Encrypted`]; kept so that a
    /// check can be logged or recorded with its full outcome.
    pub encrypted: bool,
}

/// `Debug` shows counts only: the text is a child's case material and must not reach logs.
impl std::fmt::Debug for PdfCheck {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PdfCheck")
            .field("pages", &self.pages)
            .field("text_chars", &self.text.chars().count())
            .field("pages_with_text", &self.pages_with_text)
            .field("encrypted", &self.encrypted)
            .finish()
    }
}

/// Why a file that should be a PDF cannot be accepted as one. Each is a quarantine reason.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PdfProblem {
    /// The file has no bytes at all.
    #[error("the file is empty")]
    Empty,
    /// The file does not start with a PDF header.
    #[error("the file is not a PDF")]
    NotPdf,
    /// The PDF reader could not open the file, or failed while reading it. The string is the
    /// reader's technical message (it names PDF structures, never document text).
    #[error("the PDF is damaged: {0}")]
    Damaged(String),
    /// The file is encrypted (password-protected, or restricted with an empty password).
    #[error("the PDF is encrypted")]
    Encrypted,
    /// The file opened but has no pages.
    #[error("the PDF has no pages")]
    NoPages,
}

impl PdfProblem {
    /// A sentence for the quarantine note that a business services officer can act on.
    pub fn detail(&self) -> String {
        match self {
            PdfProblem::Empty => "the file is empty (0 bytes); ask the sender to send it again".into(),
            PdfProblem::NotPdf => {
                "the file is called a PDF but is not one; check what it really is or ask the sender \
                 to save it as PDF again"
                    .into()
            }
            PdfProblem::Damaged(why) => format!(
                "the PDF is damaged and cannot be read ({why}); ask the sender for a fresh copy, or \
                 print it and scan it"
            ),
            PdfProblem::Encrypted => "the PDF is password-protected; ask the sender for an \
                                      unprotected copy"
                .into(),
            PdfProblem::NoPages => {
                "the PDF has no pages; ask the sender for the complete document".into()
            }
        }
    }
}

/// Open `bytes` as a PDF, refuse it if it is empty, not a PDF, damaged, encrypted or pageless,
/// and otherwise extract its text page by page.
///
/// Never panics on hostile input: lopdf runs under `catch_unwind` and a panic becomes
/// [`PdfProblem::Damaged`]. A page whose text extraction fails (unsupported font encoding, broken
/// content stream) only counts as a page without text, since the page may still display.
pub fn check_pdf(bytes: &[u8]) -> Result<PdfCheck, PdfProblem> {
    if bytes.is_empty() {
        return Err(PdfProblem::Empty);
    }
    let head = &bytes[..bytes.len().min(HEADER_SEARCH)];
    if find(head, b"%PDF-").is_none() {
        return Err(PdfProblem::NotPdf);
    }

    let doc = match guarded(|| Document::load_mem(bytes))? {
        Ok(doc) => doc,
        // lopdf may fail on an encryption handler it does not support before it can tell us the
        // file is encrypted; the `/Encrypt` key is never inside a compressed stream, so its
        // presence anywhere is the honest answer.
        Err(_) if find(bytes, b"/Encrypt").is_some() => return Err(PdfProblem::Encrypted),
        Err(e) => return Err(PdfProblem::Damaged(short(&e.to_string()))),
    };
    let encrypted = guarded(|| {
        doc.trailer.get(b"Encrypt").is_ok() || doc.is_encrypted() || doc.was_encrypted()
    })?;
    if encrypted {
        return Err(PdfProblem::Encrypted);
    }

    let page_numbers: Vec<u32> = guarded(|| doc.get_pages().keys().copied().collect())?;
    if page_numbers.is_empty() {
        return Err(PdfProblem::NoPages);
    }
    let pages = u32::try_from(page_numbers.len()).unwrap_or(u32::MAX);

    let mut page_texts = Vec::with_capacity(page_numbers.len().min(MAX_TEXT_PAGES as usize));
    let mut pages_with_text = 0u32;
    for (index, number) in page_numbers.iter().enumerate() {
        if index >= MAX_TEXT_PAGES as usize {
            break;
        }
        let text = guarded(|| doc.extract_text(&[*number]))?.unwrap_or_default();
        if visible_chars(&text) >= MIN_PAGE_CHARS {
            pages_with_text += 1;
        }
        page_texts.push(text);
    }

    Ok(PdfCheck {
        pages,
        text: page_texts.join("\n"),
        pages_with_text,
        encrypted: false,
    })
}

/// Whether the PDF can be kept as it is: at least half of its pages have text
/// ([`PdfCheck::pages_with_text`], at least [`MIN_PAGE_CHARS`] characters each).
///
/// Why half, and why a minimum per page: a scanned PDF often carries a little real text, such as
/// a scanner's date stamp, a Bates number or a fax header on every page, or a typed cover sheet in
/// front of scanned pages. Such a file is still a scan: its content is in images, and only OCR and
/// the legibility gate make it searchable and show whether it can be read. Counting any text at
/// all would wave those files through unsearchable and unchecked. A stamp long enough to pass
/// [`MIN_PAGE_CHARS`] on every page would still fool this rule; the legibility gate is the place
/// for a stricter judgement.
pub fn is_born_digital(c: &PdfCheck) -> bool {
    c.pages > 0 && u64::from(c.pages_with_text) * 2 >= u64::from(c.pages)
}

/// Runs a lopdf call, turning a panic into [`PdfProblem::Damaged`].
fn guarded<T>(f: impl FnOnce() -> T) -> Result<T, PdfProblem> {
    catch_unwind(AssertUnwindSafe(f))
        .map_err(|_| PdfProblem::Damaged("the PDF reader failed on its structure".into()))
}

fn visible_chars(text: &str) -> usize {
    text.chars().filter(|c| !c.is_whitespace()).count()
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Keeps reader messages short enough for a quarantine note.
fn short(message: &str) -> String {
    const MAX: usize = 160;
    match message.char_indices().nth(MAX) {
        Some((cut, _)) => format!("{}...", &message[..cut]),
        None => message.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lopdf::content::{Content, Operation};
    use lopdf::{dictionary, Object, Stream};
    use std::path::Path;
    use std::process::{Command, Stdio};

    /// A PDF made with lopdf: one page per entry; `Some(text)` draws the text in Helvetica,
    /// `None` draws a grey image only (what a scanner makes).
    fn lopdf_pdf(pages: &[Option<&str>]) -> Vec<u8> {
        let mut doc = Document::with_version("1.5");
        let pages_id = doc.new_object_id();
        let font_id = doc.add_object(dictionary! {
            "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
        });
        let (w, h) = (64i64, 64i64);
        let pixels: Vec<u8> = (0..w * h).map(|i| (i % 251) as u8).collect();
        let image_id = doc.add_object(Stream::new(
            dictionary! {
                "Type" => "XObject", "Subtype" => "Image", "Width" => w, "Height" => h,
                "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8,
            },
            pixels,
        ));
        let mut kids = Vec::new();
        for page in pages {
            let mut ops = vec![
                Operation::new("q", vec![]),
                Operation::new(
                    "cm",
                    vec![
                        500.into(),
                        0.into(),
                        0.into(),
                        700.into(),
                        50.into(),
                        80.into(),
                    ],
                ),
                Operation::new("Do", vec!["Im0".into()]),
                Operation::new("Q", vec![]),
            ];
            if let Some(text) = page {
                ops.extend([
                    Operation::new("BT", vec![]),
                    Operation::new("Tf", vec!["F1".into(), 12.into()]),
                    Operation::new("Td", vec![60.into(), 800.into()]),
                    Operation::new("Tj", vec![Object::string_literal(*text)]),
                    Operation::new("ET", vec![]),
                ]);
            }
            let content = Content { operations: ops }
                .encode()
                .expect("encode content");
            let content_id = doc.add_object(Stream::new(dictionary! {}, content));
            kids.push(Object::Reference(doc.add_object(dictionary! {
                "Type" => "Page", "Parent" => pages_id, "Contents" => content_id,
                "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
                "Resources" => dictionary! {
                    "Font" => dictionary! { "F1" => font_id },
                    "XObject" => dictionary! { "Im0" => image_id },
                },
            })));
        }
        let count = kids.len() as i64;
        doc.objects.insert(
            pages_id,
            Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => count }),
        );
        let catalog_id = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
        doc.trailer.set("Root", catalog_id);
        let mut out = Vec::new();
        doc.save_to(&mut out).expect("save pdf");
        out
    }

    fn run(cmd: &mut Command) {
        let status = cmd
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .unwrap_or_else(|e| panic!("could not run {cmd:?}: {e} (is it installed?)"));
        assert!(status.success(), "{cmd:?} failed: {status}");
    }

    /// A real born-digital PDF: a small text document converted by LibreOffice headless.
    fn libreoffice_pdf(dir: &Path) -> Vec<u8> {
        let txt = dir.join("letter.txt");
        std::fs::write(
            &txt,
            "Case number: LS24P01234\n\nDear Ms Patel,\n\nThe hearing on 14 April 2025 at Leeds \
             Family Court will go ahead as planned. Please bring the school reports.\n\nYours \
             sincerely,\nJane Doe, Business Services Officer\n",
        )
        .expect("write txt");
        run(Command::new("soffice")
            .arg(format!(
                "-env:UserInstallation=file://{}/profile",
                dir.display()
            ))
            .args([
                "--headless",
                "--norestore",
                "--nologo",
                "--convert-to",
                "pdf",
                "--outdir",
            ])
            .arg(dir)
            .arg(&txt)
            .env("HOME", dir));
        std::fs::read(dir.join("letter.pdf")).expect("LibreOffice wrote letter.pdf")
    }

    #[test]
    fn libreoffice_pdf_is_born_digital_and_its_text_is_extracted() {
        let dir = tempfile::tempdir().expect("tempdir");
        let pdf = libreoffice_pdf(dir.path());
        let check = check_pdf(&pdf).expect("a LibreOffice PDF opens");
        assert_eq!(check.pages, 1);
        assert_eq!(check.pages_with_text, 1);
        assert!(!check.encrypted);
        assert!(check.text.contains("LS24P01234"), "{check:?}");
        assert!(check.text.contains("Leeds"), "{check:?}");
        assert!(is_born_digital(&check));
    }

    #[test]
    fn encrypted_pdf_with_empty_user_password_is_refused() {
        let dir = tempfile::tempdir().expect("tempdir");
        let plain = dir.path().join("plain.pdf");
        std::fs::write(
            &plain,
            lopdf_pdf(&[Some("Case number: LS24P01234, position statement")]),
        )
        .expect("write");
        let locked = dir.path().join("locked.pdf");
        run(Command::new("qpdf")
            .args(["--encrypt", "", "owner", "256", "--"])
            .arg(&plain)
            .arg(&locked));
        let bytes = std::fs::read(&locked).expect("qpdf wrote locked.pdf");
        assert_eq!(check_pdf(&bytes), Err(PdfProblem::Encrypted));
        assert!(PdfProblem::Encrypted
            .detail()
            .contains("password-protected"));
    }

    #[test]
    fn image_only_pdf_opens_but_is_not_born_digital() {
        let check = check_pdf(&lopdf_pdf(&[None, None])).expect("opens");
        assert_eq!(check.pages, 2);
        assert_eq!(check.pages_with_text, 0);
        assert!(!is_born_digital(&check));
    }

    #[test]
    fn scan_with_a_stamp_on_one_page_is_still_a_scan() {
        let check = check_pdf(&lopdf_pdf(&[
            Some("Scanned at Leeds intake 2025-03-18 09:30"),
            None,
            None,
        ]))
        .expect("opens");
        assert_eq!((check.pages, check.pages_with_text), (3, 1));
        assert!(check.text.contains("Scanned at Leeds"));
        assert!(!is_born_digital(&check));
    }

    #[test]
    fn short_stamps_do_not_count_and_half_the_pages_is_enough() {
        let stamped =
            check_pdf(&lopdf_pdf(&[Some("Page 1 of 2"), Some("Page 2 of 2")])).expect("opens");
        assert_eq!(
            stamped.pages_with_text, 0,
            "11 characters is below MIN_PAGE_CHARS"
        );
        assert!(!is_born_digital(&stamped));
        let half = check_pdf(&lopdf_pdf(&[
            Some("This page has plenty of real typed text on it."),
            None,
        ]))
        .expect("opens");
        assert_eq!((half.pages, half.pages_with_text), (2, 1));
        assert!(is_born_digital(&half));
    }

    #[test]
    fn empty_random_and_non_pdf_bytes_are_refused() {
        assert_eq!(check_pdf(b""), Err(PdfProblem::Empty));
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        let random: Vec<u8> = (0..4096)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                (state >> 24) as u8
            })
            .collect();
        assert_eq!(check_pdf(&random), Err(PdfProblem::NotPdf));
        assert_eq!(check_pdf(b"PK\x03\x04 not a pdf"), Err(PdfProblem::NotPdf));
        let mut junk = b"%PDF-1.7\n".to_vec();
        junk.extend_from_slice(&random);
        assert!(matches!(
            check_pdf(&junk),
            Err(PdfProblem::Damaged(_) | PdfProblem::NoPages)
        ));
    }

    #[test]
    fn truncated_pdf_is_refused() {
        let dir = tempfile::tempdir().expect("tempdir");
        let pdf = libreoffice_pdf(dir.path());
        let cut = &pdf[..pdf.len() / 2];
        let result = check_pdf(cut);
        assert!(
            matches!(result, Err(PdfProblem::Damaged(_) | PdfProblem::NoPages)),
            "{result:?}"
        );
    }

    #[test]
    fn mutated_pdfs_never_panic_out_of_check_pdf() {
        let pdf = lopdf_pdf(&[Some("Case number: LS24P01234, contact notes"), None]);
        let mut state = 0x2545_F491_4F6C_DD1Du64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..300 {
            let mut bytes = pdf.clone();
            for _ in 0..(1 + next() % 8) {
                let at = (next() as usize) % bytes.len();
                bytes[at] = next() as u8;
            }
            let cut = bytes.len() - (next() as usize) % (bytes.len() / 4);
            bytes.truncate(cut);
            // Any outcome is fine; getting here without unwinding is the test.
            let _ = check_pdf(&bytes);
        }
    }

    #[test]
    fn problems_explain_themselves() {
        for p in [
            PdfProblem::Empty,
            PdfProblem::NotPdf,
            PdfProblem::Damaged("xref table missing".into()),
            PdfProblem::Encrypted,
            PdfProblem::NoPages,
        ] {
            let d = p.detail();
            assert!(d.contains("; "), "detail says what to do: {d}");
            assert!(!p.to_string().is_empty());
        }
        assert!(PdfProblem::Damaged("xref table missing".into())
            .detail()
            .contains("xref table missing"));
    }

    #[test]
    fn debug_does_not_show_the_text() {
        let check = check_pdf(&lopdf_pdf(&[Some(
            "Amelia Hughes lives in Headingley with her mother",
        )]))
        .expect("opens");
        let shown = format!("{check:?}");
        assert!(!shown.contains("Amelia"), "{shown}");
        assert!(shown.contains("pages_with_text: 1"), "{shown}");
    }
}
