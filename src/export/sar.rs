//! The subject access export: one PDF of a case file for the officer who answers a subject
//! access request (a child, now an adult, or a parent asking for their record).
//!
//! First an index: the case, when the export was made, whom it is for and how far casevault
//! could tell what is about them, every document included with its folder, name, date received
//! and pages, and what was withheld: a count per folder and why, never a name or a word of its
//! content. Then every included document in the order of the case file's folders. Every page
//! carries "page n of N" at its foot, so the index's page ranges can be checked against the
//! pages.
//!
//! Withheld: `legal-advice`, always (privileged: policy 000 Appendix 1 stores it apart "to limit
//! the risk of inadvertent disclosure, should a subject access request be received"), and any
//! folder the document's retention schedule marks `sar_exempt` in a `[[folder]]` table
//! (docs/retention.md). Third-party data inside included documents is not found by casevault:
//! the index says the officer must redact it before release.
//!
//! Who a document is about: a case's documents are all about its subject children (that is what
//! files them in the case), and casevault knows no finer link between a document and a person.
//! So a subject who is one of the case's children gets every document not withheld, with a note
//! when the case has other children whose information must be redacted; for anyone else (a
//! parent, a carer) casevault cannot tell, includes the whole case file less what is withheld,
//! and says so on the index.
//!
//! Unlike the review copy, the export is put together in memory (lopdf joins loaded documents):
//! peak memory grows with the case file, about 47 MB for the largest sample case (14 documents,
//! debug build). A case file of several hundred megabytes needs that much again; writing the
//! joined PDF object by object would lift that if it ever matters.

use std::io::Write;
use std::path::Path;

use crate::catalog::{Case, Catalog, DocumentRow};
use crate::document::Folder;
use crate::retention::ScheduleSet;
use crate::sink::Sink;

use super::{case_documents, count, create_output, merge, sha256_hex, ExportError};

/// The action written in the contact log.
pub const LOG_ACTION: &str = "exported (subject access)";

/// Index pages at most (a case of thousands of documents fits many times over).
const MAX_INDEX_PAGES: usize = 200;

/// What the officer asked for.
#[derive(Debug, Clone)]
pub struct Request<'a> {
    pub case_number: &'a str,
    /// The person the request is from or about, as the officer wrote it.
    pub subject: Option<&'a str>,
}

/// How far the export could be narrowed to the subject.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SubjectScope {
    /// No subject given: the whole case file, less what is withheld.
    NotGiven,
    /// The subject is a subject child of the case: every document is about them; `others` is
    /// how many other children the case has (their information is for the officer to redact).
    SubjectChild { others: usize },
    /// The subject is not one of the case's children: casevault cannot tell which documents are
    /// about them, so the whole case file is included.
    Unknown,
}

/// Documents of one folder left out, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Withheld {
    pub folder: String,
    pub documents: usize,
    pub why: String,
}

/// One document in the export.
#[derive(Debug, Clone)]
pub struct Included {
    pub id: String,
    pub folder: String,
    pub name: String,
    pub received: String,
    /// First and last page of the export that hold it (1-based).
    pub pages: (usize, usize),
}

/// What an export wrote.
#[derive(Debug, Clone)]
pub struct Report {
    pub case_number: String,
    pub included: Vec<Included>,
    pub withheld: Vec<Withheld>,
    pub subject: SubjectScope,
    /// Pages of the whole PDF, the index included.
    pub pages: usize,
    pub index_pages: usize,
    pub sha256: String,
    pub bytes: u64,
}

impl Report {
    /// How many documents were withheld, all folders together.
    pub fn withheld_documents(&self) -> usize {
        self.withheld.iter().map(|w| w.documents).sum()
    }
}

/// Why a document must be left out of a subject access export, or `None` when it goes in.
fn withheld_because(
    schedules: &ScheduleSet,
    doc: &DocumentRow,
) -> Result<Option<String>, ExportError> {
    let schedule =
        schedules
            .get(&doc.retention_schedule)
            .ok_or_else(|| ExportError::UnknownSchedule {
                id: doc.id.clone(),
                schedule: doc.retention_schedule.clone(),
            })?;
    let marked = schedule.sar_exemption(&doc.folder).map(|f| {
        let mut why = format!(
            "the retention schedule {} marks the folder exempt from subject access",
            schedule.id()
        );
        if let Some(source) = f.source() {
            why.push_str(&format!(" ({source})"));
        }
        why
    });
    if doc.folder == Folder::LegalAdvice.as_str() {
        let mut why = "legal advice is privileged (policy 000 Appendix 1): casevault never \
                       includes it in a subject access export"
            .to_string();
        if let Some(m) = marked {
            why.push_str("; ");
            why.push_str(&m);
        }
        return Ok(Some(why));
    }
    Ok(marked)
}

/// Names compared as a person would: case, spacing and surrounding white space ignored.
fn same_person(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        s.split_whitespace()
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
            .join(" ")
    };
    !norm(a).is_empty() && norm(a) == norm(b)
}

fn scope(case: &Case, subject: Option<&str>) -> SubjectScope {
    match subject {
        None => SubjectScope::NotGiven,
        Some(s) => {
            let matching = case
                .children
                .iter()
                .filter(|c| same_person(&c.name, s))
                .count();
            if matching > 0 {
                SubjectScope::SubjectChild {
                    others: case.children.len() - matching,
                }
            } else {
                SubjectScope::Unknown
            }
        }
    }
}

/// The index's text (the title is drawn apart).
fn index_text(
    case: &Case,
    subject: Option<&str>,
    scope: &SubjectScope,
    made_at: &str,
    included: &[Included],
    withheld: &[Withheld],
) -> String {
    let mut t = String::new();
    t.push_str(&format!(
        "Case: {} ({})\nMade: {made_at} by casevault {}\n",
        case.case_number,
        case.case_name,
        env!("CARGO_PKG_VERSION")
    ));
    let redact = "the officer must find and redact information about other people before release";
    match (scope, subject) {
        (SubjectScope::SubjectChild { others }, Some(name)) => {
            t.push_str(&format!(
                "Subject: {name}, a subject child of this case. Every document of a case is about \
                 its subject children, so every document that is not withheld below is included."
            ));
            if *others > 0 {
                t.push_str(&format!(
                    " The case has {} besides: {redact}, theirs included.",
                    count(*others, "other subject child", "other subject children")
                ));
            } else {
                t.push_str(&format!(" As for any export, {redact}."));
            }
            t.push('\n');
        }
        (SubjectScope::Unknown, Some(name)) => t.push_str(&format!(
            "Subject: {name}, who is not a subject child of this case. casevault cannot tell which \
             documents are about them: the whole case file is included (less what is withheld \
             below), and {redact}.\n"
        )),
        _ => t.push_str(&format!(
            "Subject: not given. The whole case file is included (less what is withheld below), \
             and {redact}.\n"
        )),
    }
    t.push_str(
        "\nThis export is for the officer who answers the request; it is not to be released as \
         it is. Every page is numbered at its foot.\n",
    );
    t.push_str(&format!(
        "\nDocuments included: {}, in the order of the case file's folders.\n",
        included.len()
    ));
    if included.is_empty() {
        t.push_str("(none)\n");
    }
    for (i, d) in included.iter().enumerate() {
        let pages = if d.pages.0 == d.pages.1 {
            format!("page {}", d.pages.0)
        } else {
            format!("pages {}-{}", d.pages.0, d.pages.1)
        };
        t.push_str(&format!(
            "{}. {}: {}; received {}; {pages}\n",
            i + 1,
            d.folder,
            d.name,
            d.received
        ));
    }
    let n: usize = withheld.iter().map(|w| w.documents).sum();
    t.push_str(&format!(
        "\nWithheld: {}. Their content is not in this export.\n",
        count(n, "document", "documents")
    ));
    if withheld.is_empty() {
        t.push_str("(none)\n");
    }
    for w in withheld {
        t.push_str(&format!(
            "- {}: {}. Why: {}.\n",
            w.folder,
            count(w.documents, "document", "documents"),
            w.why
        ));
    }
    t
}

/// Writes the subject access export of a case to `out` (a new file, mode 0600) and records it
/// in the contact log.
pub async fn export(
    catalog: &Catalog,
    sink: &Sink,
    schedules: &ScheduleSet,
    request: &Request<'_>,
    actor: &crate::access::Actor,
    out: &Path,
) -> Result<Report, ExportError> {
    super::check_access(
        catalog,
        actor,
        request.case_number,
        crate::access::CaseOp::ExportSar,
    )?;
    let case = catalog
        .case(request.case_number)?
        .ok_or_else(|| ExportError::NoSuchCase(request.case_number.to_string()))?;
    let scope = scope(&case, request.subject);

    let mut withheld: Vec<Withheld> = Vec::new();
    let mut going: Vec<DocumentRow> = Vec::new();
    for doc in case_documents(catalog, &case.case_number)? {
        match withheld_because(schedules, &doc)? {
            Some(why) => match withheld
                .iter_mut()
                .find(|w| w.folder == doc.folder && w.why == why)
            {
                Some(w) => w.documents += 1,
                None => withheld.push(Withheld {
                    folder: doc.folder.clone(),
                    documents: 1,
                    why,
                }),
            },
            None => going.push(doc),
        }
    }

    // Each document read back through the sink (opened and checked against its SHA-256).
    let mut pdfs = Vec::with_capacity(going.len());
    let mut page_counts = Vec::with_capacity(going.len());
    for doc in &going {
        let bytes = sink.fetch(doc).await?;
        let pdf = merge::load(&bytes).map_err(|what| ExportError::Pdf {
            id: doc.id.clone(),
            what,
        })?;
        page_counts.push(pdf.get_pages().len());
        pdfs.push(pdf);
    }

    // The index says on which pages each document is, which depends on how long the index is:
    // drawn until its length stops changing (twice, nearly always).
    let made_at = chrono::Utc::now().format("%Y-%m-%d %H:%M UTC").to_string();
    let title = format!(
        "Subject access export: case {} (for review before release)",
        case.case_number
    );
    let mut index_pages = 1;
    let (index, included) = loop {
        let mut next = index_pages + 1;
        let included: Vec<Included> = going
            .iter()
            .zip(&page_counts)
            .map(|(d, n)| {
                let first = next;
                next += n;
                Included {
                    id: d.id.clone(),
                    folder: d.folder.clone(),
                    name: d.name.clone(),
                    received: d.received_at.chars().take(10).collect(),
                    pages: (first, first + n - 1),
                }
            })
            .collect();
        let text = index_text(
            &case,
            request.subject,
            &scope,
            &made_at,
            &included,
            &withheld,
        );
        let pdf = crate::mail::render_text_pdf_unnumbered(&title, &text, MAX_INDEX_PAGES)
            .map_err(|e| ExportError::Index(e.to_string()))?;
        let doc = merge::load(&pdf).map_err(ExportError::Index)?;
        let drawn = doc.get_pages().len();
        if drawn == index_pages {
            break (doc, included);
        }
        index_pages = drawn;
    };

    let mut docs = Vec::with_capacity(pdfs.len() + 1);
    docs.push(index);
    docs.extend(pdfs);
    let label = format!("Subject access export, case {}", case.case_number);
    let pages_total = index_pages + page_counts.iter().sum::<usize>();
    let joined = merge::join(docs, &label).map_err(|what| ExportError::Pdf {
        id: "(the joined export)".into(),
        what,
    })?;

    let mut file = create_output(out)?;
    let written = file.write_all(&joined).and_then(|()| file.sync_all());
    if let Err(source) = written {
        drop(file);
        let _ = std::fs::remove_file(out);
        return Err(ExportError::Write {
            path: out.to_path_buf(),
            source,
        });
    }
    let report = Report {
        case_number: case.case_number.clone(),
        included,
        withheld,
        subject: scope,
        pages: pages_total,
        index_pages,
        sha256: sha256_hex(&joined),
        bytes: joined.len() as u64,
    };
    catalog.log_contact(
        Some(&case.case_number),
        None,
        LOG_ACTION,
        &log_detail(&report),
    )?;
    // Each document that went out is a read, as `get` records one (issue 13 point 4).
    for d in &report.included {
        catalog.log_contact(
            Some(&case.case_number),
            Some(&d.id),
            "read",
            &format!(
                "included in a subject access export (PDF SHA-256 {})",
                report.sha256
            ),
        )?;
    }
    Ok(report)
}

/// The contact-log entry: counts, folders and the file's SHA-256; no name of anyone or
/// anything.
fn log_detail(r: &Report) -> String {
    let withheld = if r.withheld.is_empty() {
        "none withheld".to_string()
    } else {
        let per: Vec<String> = r
            .withheld
            .iter()
            .map(|w| format!("{} {}", w.folder, w.documents))
            .collect();
        format!("{} withheld ({})", r.withheld_documents(), per.join(", "))
    };
    let subject = match r.subject {
        SubjectScope::NotGiven => "no subject given",
        SubjectScope::SubjectChild { .. } => "for a subject child of the case",
        SubjectScope::Unknown => "for a person who is not a subject child (whole file)",
    };
    format!(
        "{} included on {} pages, {withheld}; {subject}; PDF SHA-256 {}",
        count(r.included.len(), "document", "documents"),
        r.pages,
        r.sha256
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Child;

    fn case() -> Case {
        Case {
            case_number: "LS24P01234".into(),
            case_name: "Hughes v Patel".into(),
            law_type: "private".into(),
            stage: None,
            status: "open".into(),
            closed_on: None,
            shielded: false,
            allocated: None,
            shield_key: None,
            children: vec![
                Child {
                    name: "Amelia Hughes".into(),
                    dob: None,
                    died: None,
                },
                Child {
                    name: "Noah Hughes".into(),
                    dob: None,
                    died: None,
                },
            ],
        }
    }

    #[test]
    fn a_subject_child_is_told_apart_from_anyone_else() {
        let c = case();
        assert_eq!(scope(&c, None), SubjectScope::NotGiven);
        assert_eq!(
            scope(&c, Some("  amelia   HUGHES ")),
            SubjectScope::SubjectChild { others: 1 }
        );
        assert_eq!(scope(&c, Some("Sam Patel")), SubjectScope::Unknown);
        assert_eq!(scope(&c, Some("")), SubjectScope::Unknown);
    }

    #[test]
    fn the_index_counts_what_was_withheld_and_says_what_the_officer_must_do() {
        let c = case();
        let included = vec![Included {
            id: "x".into(),
            folder: "court-orders".into(),
            name: "Hughes v Patel - LS24P01234 - Court order.pdf".into(),
            received: "2026-12-01".into(),
            pages: (2, 3),
        }];
        let withheld = vec![Withheld {
            folder: "legal-advice".into(),
            documents: 2,
            why: "privileged".into(),
        }];
        let t = index_text(
            &c,
            Some("Sam Patel"),
            &SubjectScope::Unknown,
            "2026-12-03 12:00 UTC",
            &included,
            &withheld,
        );
        assert!(t.contains("1. court-orders: Hughes v Patel - LS24P01234 - Court order.pdf; received 2026-12-01; pages 2-3"), "{t}");
        assert!(t.contains("Withheld: 2 documents."), "{t}");
        assert!(
            t.contains("- legal-advice: 2 documents. Why: privileged."),
            "{t}"
        );
        assert!(t.contains("the whole case file is included"), "{t}");
        let t = index_text(
            &c,
            Some("Amelia Hughes"),
            &SubjectScope::SubjectChild { others: 1 },
            "now",
            &[],
            &[],
        );
        assert!(t.contains("1 other subject child besides"), "{t}");
        assert!(
            t.contains("Withheld: 0 documents.") && t.contains("(none)"),
            "{t}"
        );
    }
}
