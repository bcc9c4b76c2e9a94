//! The decisions after recognition: which case, which folder, which name, which retention date.
//!
//! Order matters and follows SPEC "The path of one document": the case first (nothing else is
//! meaningful without it), then a conventional file name is checked against the case list, then
//! routing (whose rule also supplies the document name when a file must be renamed), then the
//! canonical name (made unique within the case), then retention.
//!
//! An arrival can be several documents (an e-mail and its attachments). They are decided
//! together and filed together or not at all: one case for all of them (an attachment is about
//! the case its e-mail is about), each its own folder, and an attachment that no rule places goes
//! with its e-mail. A part whose bytes are already stored for the case is not stored again, only
//! linked; the same bytes stored for another case are filed for this one too (SPEC: a duplicate
//! is the same hash for the same case).
//!
//! A retry leaves no trace: a canonical name's number (` (3)`) is held for the bytes it was
//! given to, so a retry of an arrival the store could not take gets the same name back, and the
//! names given to an arrival that is not decided after all are released at once.

use std::collections::HashMap;

use super::Context;
use crate::catalog::{Catalog, DocStatus};
use crate::document::{
    Arrival, CaseNumber, Disposition, FiledDocument, Folder, MailRecord, Quarantined,
};
use crate::messages::Decided;
use crate::messages::{Ack, MailFacts, Part, PartRole, Recognised};
use crate::pipeline::definition::Plan;
use crate::stages::{identify, naming, retention, routing};

/// Names given in this run, so two documents in flight never get the same name.
#[derive(Debug, Default)]
pub struct NameBook {
    /// (case number, canonical name) -> the SHA-256 of the bytes it was given to: the same
    /// bytes asking again (a retry) get it back; no other bytes get it.
    taken: HashMap<(String, String), String>,
    /// The names given to the arrival being decided, released if it is not decided after all.
    this_arrival: Vec<(String, String)>,
    /// A dry run: decide, but write nothing (not even a supersession record).
    pub dry_run: bool,
}

fn quarantine(arrival: Arrival, q: Quarantined, case: Option<&CaseNumber>) -> Box<Ack> {
    Box::new(Ack::Done {
        arrival,
        disposition: Disposition::Quarantined(q),
        case_number: case.map(|c| c.0.clone()),
        also: Vec::new(),
    })
}

fn retry(arrival: Arrival, why: impl Into<String>) -> Box<Ack> {
    Box::new(Ack::RetryLater {
        arrival,
        why: why.into(),
    })
}

/// The word the routing model knows a part by.
fn part_word(role: PartRole) -> &'static str {
    match role {
        PartRole::Document => "document",
        PartRole::Email => "email",
        PartRole::Attachment(_) => "attachment",
    }
}

/// An e-mail's document name: its kind where the model is sure, else its subject (without
/// `Re:`/`Fwd:` and case numbers), else the rule's name, else who sent it; with the day sent.
fn email_name(from_content: Option<String>, rule: Option<String>, m: &MailFacts) -> String {
    let subject = clean_subject(&m.subject);
    let base = from_content
        .or((!subject.is_empty()).then_some(subject))
        .or(rule)
        .unwrap_or_else(|| match sender_words(&m.sender) {
            Some(who) => format!("E-mail from {who}"),
            None => "E-mail (no sender)".to_string(),
        });
    match m.sent {
        Some(t) => format!("{base} - e-mail of {}", t.format("%Y-%m-%d")),
        None => base,
    }
}

/// An attachment's document name: its kind where the model is sure; else its own file name when
/// that says something ("Position statement.pdf"); else the e-mail's subject, or who sent it.
fn attachment_name(from_content: Option<String>, file_name: &str, n: u32, m: &MailFacts) -> String {
    if let Some(k) = from_content {
        return k;
    }
    let own = stem(file_name);
    if !uninformative(&own) {
        return own;
    }
    let subject = clean_subject(&m.subject);
    if !subject.is_empty() {
        return format!("{subject} - attachment {n}");
    }
    match sender_words(&m.sender) {
        Some(who) => format!("Attachment {n} of e-mail from {who}"),
        None => format!("Attachment {n}"),
    }
}

/// Whether a file name says nothing about its document: a scanner's or mail program's number
/// ("attachment-1", "image001", "scan_0003", "IMG_2041", "20240312093355", "Doc1").
fn uninformative(stem: &str) -> bool {
    const GENERIC: &[&str] = &[
        "",
        "attachment",
        "attachments",
        "att",
        "image",
        "img",
        "scan",
        "scanned",
        "doc",
        "document",
        "file",
        "untitled",
        "page",
        "photo",
        "pic",
        "dsc",
        "dscn",
        "pxl",
        "outlook",
        "noname",
        "unnamed",
        "mail",
        "email",
        "e mail",
        "part",
        "download",
        "copy",
        "new",
    ];
    let letters: String = stem
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphabetic() { c } else { ' ' })
        .collect();
    let words = letters.split_whitespace().collect::<Vec<_>>().join(" ");
    GENERIC.contains(&words.as_str()) || words.split(' ').all(|w| GENERIC.contains(&w))
}

/// A subject as a name: without reply and forward prefixes, tags like `[EXTERNAL]`, case numbers
/// (the canonical name carries the case number already), and the dashes and separators left at
/// either end once they are gone.
fn clean_subject(subject: &str) -> String {
    let case_number = regex::Regex::new(r"\b[A-Za-z]{2}\d{2}[A-Za-z]\d{5}\b").expect("valid");
    let prefix =
        regex::Regex::new(r"(?i)^\s*((re|fw|fwd|aw|wg|ynglŷn)\s*:|\[[^\]]*\])\s*").expect("valid");
    let mut s = subject.trim().to_string();
    while let Some(m) = prefix.find(&s) {
        s = s[m.end()..].to_string();
    }
    let s = case_number.replace_all(&s, "");
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .trim_matches(|c: char| "-–—:;,|".contains(c) || c.is_whitespace())
        .to_string()
}

/// Who sent an e-mail, in words: the display name, else the address.
fn sender_words(sender: &str) -> Option<String> {
    let s = sender.trim();
    if s.is_empty() || s == "(no sender)" {
        return None;
    }
    match s.split_once('<') {
        Some((name, _)) if !name.trim().trim_matches('"').is_empty() => {
            Some(name.trim().trim_matches('"').to_string())
        }
        Some((_, addr)) => Some(addr.trim_end_matches('>').to_string()),
        None => Some(s.to_string()),
    }
}

fn stem(name: &str) -> String {
    name.rsplit_once('.')
        .map(|(s, _)| s)
        .unwrap_or(name)
        .to_string()
}

impl NameBook {
    /// Forgets the names given to the arrival being decided: it was not decided (quarantined,
    /// superseded or left to retry by a later part), so none of its names was used.
    fn release_this_arrival(&mut self) {
        for key in self.this_arrival.drain(..) {
            self.taken.remove(&key);
        }
    }
}

/// Decides, or returns the acknowledgement saying why not (quarantine, superseded, retry).
pub fn decide(
    ctx: &Context,
    plan: &Plan,
    rec: Recognised,
    names: &mut NameBook,
) -> Result<Decided, Box<Ack>> {
    names.this_arrival.clear();
    let decided = decide_arrival(ctx, plan, rec, names);
    if decided.is_err() {
        names.release_this_arrival();
    }
    decided
}

fn decide_arrival(
    ctx: &Context,
    plan: &Plan,
    rec: Recognised,
    names: &mut NameBook,
) -> Result<Decided, Box<Ack>> {
    // Long on purpose: the decisions follow SPEC "The path of one document" in order (case,
    // conventional name, routing, canonical name, retention), each able to stop the arrival with
    // its own reason; one function keeps that order and its early returns visible together.
    let (mut arrival, parts, mail) = match rec {
        Recognised::Ok {
            arrival,
            parts,
            mail,
        } => (arrival, parts, mail),
        Recognised::Quarantine(arrival, q) => return Err(quarantine(arrival, q, None)),
    };
    // An e-mail was received when our mail server took it (its top Received header), not when
    // casevault got round to it; retention counts from that day. The sender's own Date is not
    // used (the sender controls it), and a date in the future never is.
    if let Some(r) = mail.as_ref().and_then(|m| m.received) {
        let r = r.with_timezone(&chrono::Utc);
        if r <= arrival.received_at {
            arrival.received_at = r;
        }
    }
    let cfg = &ctx.config;
    let pattern = &cfg.case_number;

    // The case: for a file, its name then its text; for an e-mail, its subject then its body,
    // then (only if those name no case) its attachments.
    let (id_name, id_text) = match &mail {
        Some(m) => (m.subject.clone(), parts[0].text.clone()),
        None => (arrival.original_name.clone(), parts[0].text.clone()),
    };
    // A person's decision on this file (the review queue sent it back to be filed as decided)
    // is the strongest hint there is: their case, their folder, their name.
    let decision = match ctx.catalog.filing_decision(&arrival.sha256) {
        Ok(d) => d,
        Err(e) => return Err(retry(arrival, format!("catalog: {e}"))),
    };
    let hint = match &decision {
        Some(d) => Some(std::sync::Arc::new(crate::document::Hint {
            case_number: Some(CaseNumber(d.case_number.clone())),
            folder: Folder::parse(&d.folder),
            why: format!("decided by {}", d.user_name),
        })),
        None => arrival.hint.clone(),
    };
    let mut cands = match hint.as_ref().and_then(|h| h.case_number.clone()) {
        Some(n) => Some(identify::Candidates {
            numbers: vec![n],
            found_in: identify::FoundIn::Source,
        }),
        None => identify::candidates(pattern, &id_name, &id_text),
    };
    if cands.is_none() && parts.len() > 1 {
        let names: Vec<&str> = parts[1..].iter().map(|p| p.name.as_str()).collect();
        let texts: Vec<&str> = parts[1..].iter().map(|p| p.text.as_str()).collect();
        cands = identify::candidates(pattern, &names.join(" / "), &texts.join("\n"));
    }
    let number = match identify::choose(cands, |n| matches!(ctx.catalog.case(&n.0), Ok(Some(_)))) {
        Ok(n) => n,
        Err(q) => return Err(quarantine(arrival, q, None)),
    };
    let case = match ctx.catalog.case(&number.0) {
        Ok(Some(c)) => c,
        _ => return Err(retry(arrival, "the catalog could not be read")),
    };

    // Thread supersession: an e-mail whose text a filed later message quotes in full is
    // recorded, not filed again, provided every attachment it carries is already stored.
    if let Some(m) = &mail {
        match superseding(ctx, m, &number.0) {
            Ok(Some(by)) => {
                let all_stored = parts[1..].iter().all(|p| {
                    matches!(ctx.catalog.document_by_sha_in_case(&p.sha256, &number.0), Ok(Some(r)) if r.status == DocStatus::Stored)
                });
                if all_stored && names.dry_run {
                    return Err(Box::new(Ack::Done {
                        arrival,
                        disposition: Disposition::Superseded { by_doc_id: by },
                        case_number: Some(number.0.clone()),
                        also: Vec::new(),
                    }));
                }
                if all_stored {
                    if let Err(e) = ctx
                        .catalog
                        .record_superseded(&m.message_id, &arrival.sha256, None, &by)
                        .and_then(|_| {
                            ctx.catalog.log_contact(
                                Some(&number.0),
                                Some(&by),
                                "superseded",
                                &format!(
                                    "an earlier e-mail of the thread ({}) is quoted in full by e-mail {by}; recorded, not filed twice",
                                    arrival.original_name
                                ),
                            )
                        })
                    {
                        return Err(retry(arrival, format!("catalog: {e}")));
                    }
                    return Err(Box::new(Ack::Done {
                        arrival,
                        disposition: Disposition::Superseded { by_doc_id: by },
                        case_number: Some(number.0.clone()),
                        also: Vec::new(),
                    }));
                }
            }
            Ok(None) => {}
            Err(e) => return Err(retry(arrival, format!("catalog: {e}"))),
        }
    }

    // Each part: route, name, retention. Attachments first, so part 0 is decided knowing where
    // its attachments go.
    let schedule = plan
        .schedule
        .clone()
        .unwrap_or_else(|| cfg.default_schedule.clone());
    let sender = mail.as_ref().map(|m| m.sender.as_str()).unwrap_or("");
    let subject = mail.as_ref().map(|m| m.subject.as_str()).unwrap_or("");
    let mut docs: Vec<FiledDocument> = Vec::new();
    let mut links = Vec::new();
    let mut first_attachment_folder: Option<(Folder, String)> = None;
    let mut order: Vec<usize> = (1..parts.len()).collect();
    order.push(0);
    let mut email_folder: Option<(Folder, String)> = None;
    for i in order {
        let part = &parts[i];
        if i > 0 {
            // Already filed for this case: linked. Filed for another case only: filed here too.
            match ctx.catalog.document_by_sha_in_case(&part.sha256, &number.0) {
                Ok(Some(r)) if r.status == DocStatus::Stored => {
                    if let Some((email_sha, position)) = &part.attached_to {
                        links.push((email_sha.clone(), *position, r.id));
                    }
                    continue;
                }
                Ok(_) => {}
                Err(e) => return Err(retry(arrival, format!("catalog: {e}"))),
            }
        }
        let conventional = naming::parse_conventional(&part.name, pattern);
        if let Some(conv) = &conventional {
            if conv.case_number == number.0 {
                if let Err(q) = naming::check_case_name(conv, &case.case_name) {
                    return Err(quarantine(arrival, in_part(q, i, part), Some(&number)));
                }
            }
        }
        let route_name = match (&conventional, part.role) {
            (Some(c), _) => c.document_name.clone(),
            (None, PartRole::Email) => String::new(),
            (None, _) => stem(&part.name),
        };
        let input = routing::RoutingInput {
            name: &route_name,
            text: &part.text,
            sender,
            subject,
            source: plan.source_kind().as_str(),
            part: part_word(part.role),
            named: conventional.is_some(),
        };
        let routed = match hint
            .as_ref()
            .and_then(|h| h.folder.map(|f| (f, h.why.clone())))
        {
            // A source's or a person's folder; the name still comes from what the document is,
            // where the model is sure of a kind in that folder.
            Some((folder, why)) => {
                let named = plan
                    .rules
                    .route(&input)
                    .ok()
                    .filter(|d| d.folder == folder && d.named_from_content);
                Ok(routing::Decision {
                    folder,
                    rule: why,
                    named_from_content: named.is_some(),
                    document_name: named.map_or_else(|| stem(&part.name), |d| d.document_name),
                    score: 0,
                    confidence: None,
                    record_class: None,
                })
            }
            None => plan.rules.route(&input),
        };
        let record_class = plan.rules.record_class(&input);
        // Where a part goes when no rule is sure: an attachment with its e-mail, an e-mail with
        // its first attachment, else (an e-mail on its own, or with attachments no rule places
        // either) with the correspondence. A tie between two folders always waits for a person.
        let (folder, rule, rule_doc_name, from_content) = match routed {
            Ok(d) => (
                d.folder,
                d.rule,
                Some(d.document_name),
                d.named_from_content,
            ),
            Err(q) if mail.is_some() && routing::nothing_fits(&q) => {
                if i == 0 {
                    match email_folder.as_ref().or(first_attachment_folder.as_ref()) {
                        Some((f, r)) => (*f, format!("with-attachment:{r}"), None, false),
                        None => (
                            Folder::Correspondence,
                            "email-correspondence".to_string(),
                            None,
                            false,
                        ),
                    }
                } else if let Some((f, r)) = &email_folder {
                    (*f, format!("with-email:{r}"), None, false)
                } else {
                    // The e-mail itself is decided last; file the attachment with the e-mail's
                    // own rule when it has one.
                    match plan.rules.route(&routing::RoutingInput {
                        name: "",
                        text: &parts[0].text,
                        sender,
                        subject,
                        source: plan.source_kind().as_str(),
                        part: "email",
                        named: false,
                    }) {
                        Ok(d) => {
                            email_folder = Some((d.folder, d.rule.clone()));
                            (d.folder, format!("with-email:{}", d.rule), None, false)
                        }
                        // Neither is placed by any rule: the e-mail on its own would go to
                        // the correspondence, so both go there.
                        Err(q) if routing::nothing_fits(&q) => {
                            let rule = "email-correspondence".to_string();
                            email_folder = Some((Folder::Correspondence, rule.clone()));
                            (
                                Folder::Correspondence,
                                format!("with-email:{rule}"),
                                None,
                                false,
                            )
                        }
                        Err(q) => {
                            return Err(quarantine(arrival, in_part(q, i, part), Some(&number)))
                        }
                    }
                }
            }
            Err(q) => return Err(quarantine(arrival, in_part(q, i, part), Some(&number))),
        };
        if i > 0 && first_attachment_folder.is_none() {
            first_attachment_folder = Some((folder, rule.clone()));
        }
        // The name says what the document is. A name the file carries by the convention is
        // kept, and so is the one a person chose; otherwise the document's kind where the model
        // is sure of it, then what the sender called it, and a rule's generic name last.
        let decided_name = decision
            .as_ref()
            .and_then(|d| d.document_name.clone())
            .filter(|_| i == 0);
        let content_name = rule_doc_name.clone().filter(|_| from_content);
        let document_name = match (conventional, part.role, &mail) {
            (Some(c), _, _) => c.document_name,
            _ if decided_name.is_some() => decided_name.clone().unwrap_or_default(),
            (None, PartRole::Email, Some(m)) => email_name(content_name, rule_doc_name, m),
            (None, PartRole::Attachment(n), Some(m)) => {
                attachment_name(content_name, &part.name, n, m)
            }
            (None, _, _) => rule_doc_name.unwrap_or_else(|| stem(&part.name)),
        };
        // What a person decided is kept as a routing example, once the document is stored.
        let example = match (&decision, i) {
            (Some(d), 0) => Some(plan.rules.example_for(
                &input,
                folder,
                d.document_name.as_deref().unwrap_or(&document_name),
            )),
            _ => None,
        };
        let name = unique_name(
            &ctx.catalog,
            names,
            &number,
            &case.case_name,
            &document_name,
            &part.sha256,
        );
        let facts = retention::facts_for(
            &case,
            folder,
            arrival.received_at.date_naive(),
            record_class.as_deref(),
        );
        let label = match retention::label(&ctx.schedules, &schedule, &facts) {
            Ok(l) => l,
            Err(e) => {
                // A schedule that cannot answer is a configuration fault: keep the original.
                tracing::error!(error = %e, "retention schedule failed");
                return Err(retry(
                    arrival,
                    format!("retention schedule {schedule} failed: {e}"),
                ));
            }
        };
        docs.push(FiledDocument {
            arrival: arrival.clone(),
            source_name: part.name.clone(),
            source_sha256: part.sha256.clone(),
            kind: part.kind.as_str().to_string(),
            attached_to: part.attached_to.clone(),
            notes: mail
                .as_ref()
                .map(|m| {
                    m.notes
                        .iter()
                        .filter(|(k, _)| *k == i)
                        .map(|(_, n)| n.clone())
                        .collect()
                })
                .unwrap_or_default(),
            mail: match (i, &mail) {
                (0, Some(m)) => Some(MailRecord {
                    message_id: m.message_id.clone(),
                    names: m.names.clone(),
                    shingles: m.shingles.clone(),
                }),
                _ => None,
            },
            case_number: number.clone(),
            case_name: case.case_name.clone(),
            folder,
            name,
            routing_rule: rule,
            record_class,
            decided: example.map(|e| {
                (
                    decision
                        .as_ref()
                        .map(|d| d.user_name.clone())
                        .unwrap_or_default(),
                    e,
                )
            }),
            retention: label,
            pages: part.pages.clone(),
            text: part.text.clone(),
            pdf: part.pdf.clone(),
        });
    }
    Ok(Decided {
        arrival,
        case_number: number,
        docs,
        links,
    })
}

/// Says which part a refusal is about, when the arrival has several.
fn in_part(q: Quarantined, i: usize, part: &Part) -> Quarantined {
    if i == 0 {
        return q;
    }
    Quarantined {
        detail: format!("attachment {i} \"{}\": {}", part.name, q.detail),
        ..q
    }
}

/// The canonical name, made unique in the case (" (2)", " (3)"...). The same bytes keep the
/// name they were given: held in the book for them (a retry in this run), or on their pending
/// row in this case (an earlier run died mid-store, or the store was down).
fn unique_name(
    catalog: &Catalog,
    names: &mut NameBook,
    number: &CaseNumber,
    case_name: &str,
    document_name: &str,
    sha256: &str,
) -> String {
    let base = naming::canonical(case_name, &number.0, document_name);
    let resume_id = catalog
        .document_by_sha_in_case(sha256, &number.0)
        .ok()
        .flatten()
        .filter(|r| r.status == DocStatus::Pending)
        .map(|r| r.id);
    let mut name = base.clone();
    let mut n = 2;
    while names
        .taken
        .get(&(number.0.clone(), name.clone()))
        .is_some_and(|holder| holder != sha256)
        || catalog
            .name_taken(&number.0, &name, resume_id.as_deref())
            .unwrap_or(false)
    {
        name = naming::numbered(&base, n);
        n += 1;
    }
    let key = (number.0.clone(), name.clone());
    names.taken.insert(key.clone(), sha256.to_string());
    names.this_arrival.push(key);
    name
}

/// A stored e-mail that makes this one redundant: a later message of the thread, one that names
/// this one (In-Reply-To or References) and whose body contains all of this one's body, filed
/// in the same case. (Message-IDs and References are the sender's to write: a message about
/// another case that names and quotes this one must not keep this one out of its own case.)
fn superseding(
    ctx: &Context,
    m: &MailFacts,
    case_number: &str,
) -> Result<Option<String>, crate::catalog::CatalogError> {
    if m.message_id.is_empty() || m.shingles.is_empty() {
        return Ok(None);
    }
    for (doc_id, shingles) in ctx.catalog.emails_naming(&m.message_id, case_number)? {
        if crate::mail::contains_shingles(&shingles, &m.shingles) {
            return Ok(Some(doc_id));
        }
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::NewDocument;

    fn mail(subject: &str, sender: &str, sent: bool) -> MailFacts {
        MailFacts {
            message_id: "<m@x>".into(),
            names: Vec::new(),
            sender: sender.into(),
            sender_domain: String::new(),
            subject: subject.into(),
            sent: sent.then(|| {
                chrono::DateTime::parse_from_rfc3339("2024-03-12T09:30:00+00:00").unwrap()
            }),
            received: None,
            shingles: Vec::new(),
            notes: Vec::new(),
        }
    }

    #[test]
    fn scanner_and_mail_program_names_say_nothing_and_real_names_do() {
        for n in [
            "attachment-1",
            "image001",
            "scan_0003",
            "IMG_2041",
            "20240312093355",
            "Doc1",
            "untitled",
            "ATT00001",
            "Scanned Document 4",
            "noname",
        ] {
            assert!(uninformative(n), "{n}");
        }
        for n in [
            "Position statement",
            "PNC disclosure",
            "letter from mum",
            "Report FINAL v2",
        ] {
            assert!(!uninformative(n), "{n}");
        }
    }

    #[test]
    fn subjects_lose_reply_prefixes_tags_and_case_numbers() {
        assert_eq!(
            clean_subject("RE: Fwd: [EXTERNAL] Hughes v Patel LS24P01234 - hearing bundle"),
            "Hughes v Patel - hearing bundle"
        );
        assert_eq!(clean_subject("  "), "");
        // The dash that joined a case number to the words goes with it, whichever dash it is.
        assert_eq!(
            clean_subject("CF22P00789 – ymweliad cŵn a thŷ"),
            "ymweliad cŵn a thŷ"
        );
        assert_eq!(clean_subject("LS24P01234 — update |"), "update");
    }

    #[test]
    fn e_mails_and_attachments_are_named_from_what_they_are_or_say() {
        // An e-mail without a subject: its sender and day, never "E-mail - e-mail".
        let m = mail("", "j.smith@leeds.gov.uk", true);
        assert_eq!(
            email_name(None, None, &m),
            "E-mail from j.smith@leeds.gov.uk - e-mail of 2024-03-12"
        );
        assert_eq!(
            email_name(None, None, &mail("", "", false)),
            "E-mail (no sender)"
        );
        // The kind wins over the subject, the subject over a rule's generic name.
        let m = mail("Re: checks for Amelia", "a@b.uk", false);
        assert_eq!(
            email_name(
                Some("Local authority checks".into()),
                Some("Letter".into()),
                &m
            ),
            "Local authority checks"
        );
        assert_eq!(
            email_name(None, Some("Letter".into()), &m),
            "checks for Amelia"
        );
        // An attachment: its kind; else its own telling name; else the subject; else the sender.
        assert_eq!(
            attachment_name(Some("Section 7 report".into()), "attachment-1.pdf", 1, &m),
            "Section 7 report"
        );
        assert_eq!(
            attachment_name(None, "Mum's statement.docx", 1, &m),
            "Mum's statement"
        );
        assert_eq!(
            attachment_name(None, "attachment-2.pdf", 2, &m),
            "checks for Amelia - attachment 2"
        );
        let m = mail("", "\"Jo Bloggs\" <jo@x.uk>", false);
        assert_eq!(
            attachment_name(None, "image001.png", 1, &m),
            "Attachment 1 of e-mail from Jo Bloggs"
        );
    }

    const CASE: &str = "LS24P01234";

    fn number() -> CaseNumber {
        CaseNumber(CASE.into())
    }

    /// What the sink writes before it stores: a pending row under `name` (then, if the
    /// store answers, `stored`).
    fn attempt(c: &Catalog, id: &str, sha: &str, name: &str, stored: bool) {
        c.insert_pending(&NewDocument {
            id,
            case_number: CASE,
            folder: "risk-and-safety",
            name,
            original_name: "scan.png",
            sha256: sha,
            pages: 1,
            legibility_json: "[]",
            routing_rule: "screening",
            retention_schedule: "cafcass-2020",
            retention_rule: "whole-record",
            retention_until: None,
            retention_pending: Some("youngest_child_birth"),
            retention_permanent: false,
            object_key: "objects/x",
            received_at: chrono::Utc::now(),
            pipeline: "scanning-station",
        })
        .unwrap();
        if stored {
            c.mark_stored(id, 1, "pdf", b"env").unwrap();
        }
    }

    fn name(c: &Catalog, book: &mut NameBook, sha: &str) -> String {
        unique_name(
            c,
            book,
            &number(),
            "Hughes v Patel",
            "Screening response",
            sha,
        )
    }

    /// Regression (issue 12 point 8): after a store outage a trial got `Screening response
    /// (4).pdf` with no `(3)`: the failed attempt had used up `(3)` for the rest of the run.
    #[test]
    fn a_retry_after_a_failed_attempt_gets_its_own_name_back() {
        let c = Catalog::in_memory().unwrap();
        let mut book = NameBook::default();
        let base = "Hughes v Patel - LS24P01234 - Screening response";
        for (i, sha) in ["sha-1", "sha-2"].into_iter().enumerate() {
            let n = name(&c, &mut book, sha);
            attempt(&c, &format!("doc{i}"), sha, &n, true);
        }
        let third = name(&c, &mut book, "sha-3");
        assert_eq!(third, format!("{base} (3).pdf"));
        // The sink's attempt: a pending row, then the store is down; the arrival waits.
        attempt(&c, "doc2", "sha-3", &third, false);
        // Retried in the same run, and (the book empty) in a new run: the same name.
        assert_eq!(
            name(&c, &mut book, "sha-3"),
            third,
            "retried in the same run"
        );
        assert_eq!(
            name(&c, &mut NameBook::default(), "sha-3"),
            third,
            "retried in a new run"
        );
        // Other bytes of the same name never share it while it is held.
        assert_eq!(name(&c, &mut book, "sha-4"), format!("{base} (4).pdf"));
    }

    /// An arrival that gets a name and is then not decided (a later part goes to quarantine)
    /// gives its name back: the next document of that name takes it.
    #[test]
    fn the_names_of_an_arrival_not_decided_are_released() {
        let c = Catalog::in_memory().unwrap();
        let mut book = NameBook::default();
        let given = name(&c, &mut book, "sha-quarantined");
        book.release_this_arrival();
        assert_eq!(name(&c, &mut book, "sha-next"), given);
    }

    /// The same bytes for a second case are named in that case as if the first had none.
    #[test]
    fn names_are_counted_within_the_case() {
        let c = Catalog::in_memory().unwrap();
        let mut book = NameBook::default();
        let first = name(&c, &mut book, "sha-1");
        attempt(&c, "doc1", "sha-1", &first, true);
        let other = unique_name(
            &c,
            &mut book,
            &CaseNumber("MK23C00456".into()),
            "Evans v Evans",
            "Screening response",
            "sha-1",
        );
        assert_eq!(other, "Evans v Evans - MK23C00456 - Screening response.pdf");
    }
}
