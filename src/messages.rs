//! The messages that flow between the stages of a pipeline, in one leaf module.
//!
//! Why here: each message used to be defined by the stage that sends it, so the stages, the
//! runtime and the sink imported one another in circles (the runtime needs the OCR stage's
//! output type, the OCR stage the runtime's job type, the sink the runtime's acknowledgement).
//! Kept apart, and importing nothing of the crate but [`crate::document`] and [`crate::content`] (a leaf too), the messages let
//! dependencies run one way: document and messages, then the stages, the sink, the pipeline
//! that joins them, and the commands on top.
//!
//! ```text
//!  source ──Job──► ocr stage ──Recognised──► decide ──Decided──► sink
//!    ▲                                                            │
//!    └────────────────────────────Ack─────────────────────────────┘
//! ```

use crate::content::{Content, PdfBody};
use crate::document::{
    Arrival, CaseNumber, Disposition, FiledDocument, PageLegibility, Quarantined,
};

/// A file read by the source, on its way through the stages.
pub struct Job {
    pub arrival: Arrival,
    /// In memory, or (a file larger than the in-flight budget) a private copy on disk.
    pub bytes: Content,
}

/// How one arrival ended, sent back to the source.
pub enum Ack {
    Done {
        arrival: Arrival,
        /// What became of the arrival's own document (the e-mail, for an e-mail).
        disposition: Disposition,
        case_number: Option<String>,
        /// What became of its other documents (an e-mail's attachments), by name.
        also: Vec<(String, Disposition)>,
    },
    /// The sink could not store it now (store unreachable); the original stays for a later try.
    RetryLater { arrival: Arrival, why: String },
}

/// What a part of an arrival is: the arrival itself, an e-mail, or one of its attachments.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartRole {
    /// A file that is one document (a scan, a PDF, an office document).
    Document,
    /// An e-mail rendered to PDF (transmission data and body).
    Email,
    /// The n-th attachment (1-based) of the e-mail that is part 0.
    Attachment(u32),
}

/// How a part became a PDF.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartKind {
    /// Pages recognised by OCR, legibility checked, searchable PDF written.
    Scan,
    /// An image with no text on it (a photograph, a drawing, a logo) attached to an e-mail:
    /// kept as a picture page, since there is no paper original whose destruction it must
    /// justify.
    Picture,
    /// A PDF that already carries its text, kept as it came (after validation).
    BornDigital,
    /// An office document converted by LibreOffice.
    Office,
    /// An e-mail rendered by casevault.
    Email,
    /// A text document (plain text, CSV, JSON, XML, HTML, a calendar invitation), wherever it
    /// came from, drawn by casevault.
    Text,
}

impl PartKind {
    pub fn as_str(self) -> &'static str {
        match self {
            PartKind::Scan => "scan",
            PartKind::Picture => "picture",
            PartKind::BornDigital => "born-digital",
            PartKind::Office => "office",
            PartKind::Email => "email",
            PartKind::Text => "text",
        }
    }
}

/// One document made from an arrival.
#[derive(Debug, Clone)]
pub struct Part {
    pub role: PartRole,
    pub kind: PartKind,
    /// The part's own file name (the attachment's name; the arrival's for part 0).
    pub name: String,
    /// SHA-256 of the part's own bytes (the attachment as sent; the arrival for part 0): how a
    /// part already filed is recognised, so nothing is stored twice.
    pub sha256: String,
    /// The e-mail this part is attached to: (SHA-256 of that e-mail's own bytes, the
    /// attachment's 1-based position in it). A forwarded message's attachments belong to the
    /// forwarded message, not to the e-mail that forwards it, so the catalog's links are the
    /// same whether the forwarded message also arrived on its own before or after.
    pub attached_to: Option<(String, u32)>,
    pub pages: Vec<PageLegibility>,
    pub text: String,
    /// What is stored: never a whole copy in memory of a file read from disk.
    pub pdf: PdfBody,
}

/// What an e-mail tells the later stages.
#[derive(Debug, Clone, Default)]
pub struct MailFacts {
    pub message_id: String,
    /// Message-IDs this one names (In-Reply-To and References).
    pub names: Vec<String>,
    pub sender: String,
    pub sender_domain: String,
    pub subject: String,
    pub sent: Option<chrono::DateTime<chrono::FixedOffset>>,
    /// When our own mail server received it (the top Received header), if it says.
    pub received: Option<chrono::DateTime<chrono::FixedOffset>>,
    /// Fingerprints of the body text (see [`crate::mail::shingles`]), for thread supersession.
    pub shingles: Vec<u64>,
    /// Notes for the contact log, by the index of the part they are about (an e-mail, or a
    /// forwarded message inside it, whose sender was missing).
    pub notes: Vec<(usize, String)>,
}

/// What the OCR stage hands on: the parts of one arrival (part 0 first), or why it cannot go on.
pub enum Recognised {
    Ok {
        arrival: Arrival,
        parts: Vec<Part>,
        mail: Option<MailFacts>,
    },
    Quarantine(Arrival, Quarantined),
}

/// The documents of one arrival with every decision made, ready for the sink.
pub struct Decided {
    pub arrival: Arrival,
    pub case_number: CaseNumber,
    /// To store, attachments first and the e-mail (part 0) last: once part 0 is stored the
    /// arrival counts as done (a rerun sees its SHA-256), so everything else must be before it.
    pub docs: Vec<FiledDocument>,
    /// Parts already stored from an earlier arrival: (SHA-256 of the e-mail, position, id).
    pub links: Vec<(String, u32, String)>,
}
