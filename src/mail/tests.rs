//! Tests against the sample in `test-data/mail/` (made by `make_mail.py`, expected outcomes in its
//! `manifest.toml`) and the PDF checked with the tools a reader would use (`qpdf`, `pdftotext`).

use std::path::{Path, PathBuf};
use std::process::Command;

use super::*;

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("test-data/mail")
}

fn read(name: &str) -> Vec<u8> {
    std::fs::read(dir().join(name)).unwrap_or_else(|e| panic!("reading test-data/mail/{name}: {e}"))
}

fn load(name: &str) -> Email {
    parse(&read(name)).unwrap_or_else(|e| panic!("{name} should parse: {e}"))
}

fn manifest() -> Vec<toml::Table> {
    let text = std::fs::read_to_string(dir().join("manifest.toml")).expect("manifest.toml");
    let table: toml::Table = text.parse().expect("manifest.toml is TOML");
    table["mail"]
        .as_array()
        .expect("[[mail]] entries")
        .iter()
        .map(|v| v.as_table().expect("table").clone())
        .collect()
}

fn strings(t: &toml::Table, key: &str) -> Vec<String> {
    t.get(key)
        .and_then(|v| v.as_array())
        .map(|a| {
            a.iter()
                .map(|s| s.as_str().expect("string").to_string())
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn every_sample_file_gives_the_manifest_outcome() {
    let entries = manifest();
    assert!(
        entries.len() >= 15,
        "manifest lists {} files",
        entries.len()
    );
    for m in entries {
        let file = m["file"].as_str().unwrap();
        let result = parse(&read(file));
        match m["outcome"].as_str().unwrap() {
            "error" => {
                let err = result.err().unwrap_or_else(|| panic!("{file} should fail"));
                assert_eq!(err.kind(), m["error"].as_str().unwrap(), "{file}: {err}");
                assert!(err.to_string().len() > 30, "{file}: reason in words");
            }
            "parsed" => {
                let e = result.unwrap_or_else(|err| panic!("{file} should parse: {err}"));
                assert_eq!(e.from_address, m["from"].as_str().unwrap(), "{file} from");
                let missing = m.get("sender_missing").and_then(|v| v.as_str()) == Some("true");
                assert_eq!(e.sender_missing, missing, "{file} sender_missing");
                if missing {
                    assert!(e.from.starts_with("(no sender)"), "{file}: {}", e.from);
                    assert!(render_pdf(&e).is_ok(), "{file} renders");
                }
                if let Some(s) = m.get("subject") {
                    assert_eq!(e.subject, s.as_str().unwrap(), "{file} subject");
                }
                let names: Vec<String> = e.attachments.iter().map(|a| a.filename.clone()).collect();
                assert_eq!(names, strings(&m, "attachments"), "{file} attachments");
                assert_eq!(
                    e.forwarded.len() as i64,
                    m["forwarded"].as_integer().unwrap(),
                    "{file} forwarded"
                );
                for w in strings(&m, "body_words") {
                    assert!(
                        e.body_text.contains(&w),
                        "{file}: body lacks {w:?}:\n{}",
                        e.body_text
                    );
                }
                for w in strings(&m, "body_absent") {
                    assert!(!e.body_text.contains(&w), "{file}: body has {w:?}");
                }
                if let Some(n) = m.get("cc_count") {
                    assert_eq!(e.cc.len() as i64, n.as_integer().unwrap(), "{file} cc");
                }
                if m.get("sent").and_then(|v| v.as_str()) == Some("none") {
                    assert!(e.sent.is_none(), "{file}: date should be unreadable");
                    assert!(!e.warnings.is_empty(), "{file}: a warning is expected");
                } else {
                    assert!(e.sent.is_some(), "{file}: sent date");
                }
                if let Some(case) = m.get("case_number").and_then(|v| v.as_str()) {
                    assert!(
                        e.subject.contains(case) || e.body_text.contains(case),
                        "{file}: case number {case} in subject or body"
                    );
                }
            }
            other => panic!("unknown outcome {other}"),
        }
    }
}

#[test]
fn charsets_decode_to_the_exact_characters() {
    let w = load("windows-1252.eml");
    assert_eq!(w.subject, "CF22P00789 contact fee £45 – mother’s note");
    assert_eq!(
        w.from,
        "Renée Dubois <renee.dubois@contact-centre.example.org>"
    );
    assert!(w.body_text.contains("The café contact centre fee of £45 was paid on 4 June. The mother’s\n“wishes and feelings” note"));

    let l = load("iso-8859-1.eml");
    assert_eq!(l.subject, "BM25P00012 café visit – £20 voucher");
    assert_eq!(l.from, "Jürgen Müller <j.muller@school.example.sch.uk>");
    assert!(l.body_text.contains("Señora Peña will bring the résumé"));

    let c = load("welsh.eml");
    assert_eq!(c.subject, "CF22P00789 – ymweliad cŵn a thŷ");
    assert_eq!(c.from, "Siân Pritchard <sian.pritchard@cafcass.gov.wales>");
    assert!(c
        .body_text
        .contains("ŵyr yn aros gyda’i nain. Roedd y tŷ yn daclus."));
}

#[test]
fn dates_sent_and_received_keep_their_offsets() {
    let w = load("windows-1252.eml");
    assert_eq!(w.sent.unwrap().to_rfc3339(), "2025-06-02T16:44:30+01:00");
    assert_eq!(
        w.received.unwrap().to_rfc3339(),
        "2025-06-02T16:45:03+01:00"
    );
    // Two Received headers: the top one is the latest hop (our server).
    let p = load("plain-attachments.eml");
    assert_eq!(
        p.received.unwrap().to_rfc3339(),
        "2025-03-18T09:31:12+00:00"
    );
    assert_eq!(
        p.to,
        vec!["Business Services <business.services@cafcass.gov.uk>"]
    );
    assert_eq!(p.cc.len(), 2);
}

#[test]
fn html_only_mail_becomes_readable_text_with_link_addresses() {
    let e = load("html-only.eml");
    let t = &e.body_text;
    assert!(
        t.starts_with(
            "[image: Council logo]\n\nRe Evans – MK23C00456\n\nDear Business Services,\n"
        ),
        "{t}"
    );
    assert!(t.contains("Please see the Working Together guidance (https://www.gov.uk/government/publications/working-together-to-safeguard-children--2) and our referral record (https://la.example.gov.uk/childrens-services/referrals?case=MK23C00456&ref=77) for Rhys."), "{t}");
    assert!(
        t.contains("- Strategy meeting: 3 March\n- Section 47 enquiry opened"),
        "{t}"
    );
    assert!(
        t.contains("Contact: duty.team@la.example.gov.uk\n"),
        "mailto link shown once: {t}"
    );
    assert!(
        t.contains("Kind regards,\nDuty Team\nChildren's Social Care"),
        "{t}"
    );
    assert!(!t.contains('<') && !t.contains("&amp;"), "{t}");
    // The inline logo is an attachment too.
    assert_eq!(e.attachments.len(), 1);
    assert!(e.attachments[0].inline);
    assert_eq!(e.attachments[0].content_type, "image/png");
}

#[test]
fn attachments_come_out_byte_identical() {
    let att = dir().join("attachments");
    let p = load("plain-attachments.eml");
    assert_eq!(
        p.attachments[0].bytes,
        std::fs::read(att.join("Position statement.pdf")).unwrap()
    );
    assert_eq!(p.attachments[0].content_type, "application/pdf");
    assert!(!p.attachments[0].inline);
    assert_eq!(
        p.attachments[1].bytes,
        std::fs::read(att.join("drawing.jpg")).unwrap()
    );
    assert_eq!(p.attachments[1].content_type, "image/jpeg");
    let h = load("html-only.eml");
    assert_eq!(
        h.attachments[0].bytes,
        std::fs::read(att.join("logo.png")).unwrap()
    );
    let police = load("police.eml");
    assert_eq!(
        police.attachments[0].bytes,
        std::fs::read(att.join("PNC summary.pdf")).unwrap()
    );
}

#[test]
fn forwarded_message_is_parsed_and_kept_as_eml() {
    let f = load("forwarded.eml");
    assert_eq!(f.forwarded.len(), 1);
    let inner = &f.forwarded[0];
    assert_eq!(inner.from_address, "alan.brooks@thamesvalley.police.uk");
    assert_eq!(inner.attachments.len(), 1);
    assert_eq!(
        inner.attachments[0].bytes,
        std::fs::read(dir().join("attachments/PNC summary.pdf")).unwrap()
    );
    // The .eml attachment is the police e-mail itself and parses to the same thing.
    assert_eq!(f.attachments[0].content_type, "message/rfc822");
    let again = parse(&f.attachments[0].bytes).unwrap();
    assert_eq!(
        again.message_id,
        "tvp-disclosure-0001@thamesvalley.police.uk"
    );
    assert_eq!(again.message_id, inner.message_id);
}

#[test]
fn thread_earlier_messages_are_superseded_by_the_last() {
    let names = [
        "plain-attachments.eml",
        "thread-2.eml",
        "thread-1.eml",
        "police.eml",
        "thread-3.eml",
    ];
    let mails: Vec<Email> = names.iter().map(|n| load(n)).collect();
    let s = superseded(&mails);
    assert_eq!(
        s,
        vec![
            Superseded { index: 1, by: 4 },
            Superseded { index: 2, by: 4 }
        ],
        "thread-1 and thread-2 are in thread-3"
    );
    assert_eq!(thread_key(&mails[4]), "thread-1@cafcass.gov.uk");
    assert_eq!(thread_key(&mails[2]), "thread-1@cafcass.gov.uk");
    assert_eq!(
        mails[4].in_reply_to.as_deref(),
        Some("thread-2@cafcass.gov.uk")
    );
    assert_eq!(
        mails[4].references,
        vec!["thread-1@cafcass.gov.uk", "thread-2@cafcass.gov.uk"]
    );
    // Only thread-2 present: it supersedes thread-1 alone.
    let two = vec![load("thread-1.eml"), load("thread-2.eml")];
    assert_eq!(superseded(&two), vec![Superseded { index: 0, by: 1 }]);
}

#[test]
fn a_reply_that_trims_the_quote_does_not_supersede() {
    let first = load("thread-1.eml");
    let mut reply = load("thread-2.eml");
    reply.body_text = "Not yet, sorry.\n> Could you confirm whether the school report\n".into();
    assert!(superseded(&[first.clone(), reply]).is_empty());
    // Quoted in full but not named in References/In-Reply-To: not the same thread.
    let mut unrelated = load("thread-2.eml");
    unrelated.references.clear();
    unrelated.in_reply_to = None;
    assert!(superseded(&[first, unrelated]).is_empty());
}

#[test]
fn route_hints_give_sender_and_subject() {
    let h = route_hints(&load("police.eml"));
    assert_eq!(h.sender, "alan.brooks@thamesvalley.police.uk");
    assert_eq!(h.sender_domain, "thamesvalley.police.uk");
    assert_eq!(h.subject, "Disclosure for MK23C00456");
    assert!(h.text.contains("PNC summary"));
    let dbg = format!("{h:?}");
    assert!(
        !dbg.contains("alan.brooks") && !dbg.contains("MK23C00456"),
        "{dbg}"
    );
}

#[test]
fn debug_output_carries_no_personal_data() {
    let e = load("plain-attachments.eml");
    let dbg = format!("{e:?}");
    for secret in [
        "Whitfield",
        "LS24P01234",
        "Hughes",
        "Position statement",
        "Amelia",
    ] {
        assert!(!dbg.contains(secret), "{secret} in {dbg}");
    }
    assert!(dbg.contains("attachments"));
}

#[test]
fn filenames_are_sanitised_and_unique() {
    assert_eq!(
        sanitise_filename("C:\\Users\\sw\\report: final?.pdf", 1, "application/pdf"),
        "report_ final_.pdf"
    );
    assert_eq!(
        sanitise_filename("../../etc/passwd", 1, "text/plain"),
        "passwd"
    );
    assert_eq!(sanitise_filename(" ..hidden. ", 1, "text/plain"), "hidden");
    assert_eq!(sanitise_filename("", 3, "image/jpeg"), "attachment-3.jpg");
    assert_eq!(
        sanitise_filename("a\u{7}b|c.png", 1, "image/png"),
        "a_b_c.png"
    );
    let long = format!("{}.pdf", "ŵ".repeat(150));
    let s = sanitise_filename(&long, 1, "application/pdf");
    assert!(s.len() <= 200 && s.ends_with(".pdf"), "{} bytes", s.len());
    let existing = vec![Attachment {
        filename: "scan.pdf".into(),
        content_type: "application/pdf".into(),
        bytes: vec![],
        inline: false,
    }];
    assert_eq!(unique_name(&existing, "scan.pdf".into()), "scan (2).pdf");
}

#[test]
fn errors_for_things_that_are_not_mail() {
    assert_eq!(parse(b"").unwrap_err().kind(), "empty");
    assert_eq!(parse(b" \r\n\r\n").unwrap_err().kind(), "empty");
    assert_eq!(
        parse(b"%PDF-1.4\n1 0 obj").unwrap_err().kind(),
        "not-an-email"
    );
    assert_eq!(
        parse(b"X-Foo: bar\r\n\r\nhello").unwrap_err().kind(),
        "not-an-email"
    );
    // An e-mail without a readable sender is still read, and says so.
    let e = parse(b"Subject: LS24P01234 hi\r\nTo: a@b.org\r\n\r\nhello").unwrap();
    assert!(e.sender_missing);
    assert_eq!(e.from, "(no sender)");
    assert_eq!(e.from_address, "");
    assert!(e.warnings.iter().any(|w| w.contains("no From address")));
    let e = parse(b"From: Duty Team\r\nSubject: x\r\n\r\nhello").unwrap();
    assert!(e.sender_missing);
    assert_eq!(e.from, "(no sender) \u{2014} named \"Duty Team\"");
    let e = parse(b"From: <>\r\nSubject: x\r\n\r\nhello").unwrap();
    assert_eq!((e.sender_missing, e.from.as_str()), (true, "(no sender)"));
    // A list whose first entry is not an address still gives the one that is.
    let e = parse(b"From: Duty Team, Ann <ann@b.org>\r\nSubject: x\r\n\r\nhello").unwrap();
    assert!(!e.sender_missing);
    assert_eq!(e.from_address, "ann@b.org");
    // An mbox separator line first is fine.
    let e =
        parse(b"From someone Tue Mar 18 09:30:45 2025\nFrom: a@b.org\nSubject: x\n\nhi\n").unwrap();
    assert_eq!(e.from_address, "a@b.org");
}

#[test]
fn damaged_attachment_encoding_is_an_error_not_garbage() {
    let raw = b"From: a@b.org\r\nTo: c@d.org\r\nSubject: LS24P01234 x\r\n\
Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nhi\r\n\
--b\r\nContent-Type: application/pdf; name=\"r.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n\
JVBERi0x%%%%\x01\x02!!!!\r\n--b--\r\n";
    let err = parse(raw).unwrap_err();
    assert_eq!(err.kind(), "damaged-attachment", "{err}");
    // The same message with good base64 parses and gives the bytes back.
    let good = String::from_utf8_lossy(raw).replace("JVBERi0x%%%%\u{1}\u{2}!!!!", "JVBERi0xLjQK");
    let e = parse(good.as_bytes()).unwrap();
    assert_eq!(e.attachments[0].bytes, b"%PDF-1.4\n");
}

fn tool(name: &str, args: &[&str]) -> (bool, String) {
    let out = Command::new(name).args(args).output().unwrap_or_else(|e| {
        panic!("{name} is needed for this test (apt-get install qpdf poppler-utils): {e}")
    });
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr),
    )
}

fn check_pdf(pdf: &[u8], words: &[&str]) -> String {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("mail.pdf");
    std::fs::write(&path, pdf).unwrap();
    let p = path.to_str().unwrap();
    let (ok, out) = tool("qpdf", &["--check", p]);
    assert!(
        ok && out.contains("No syntax or stream encoding errors"),
        "qpdf --check: {out}"
    );
    let (ok, text) = tool("pdftotext", &["-enc", "UTF-8", p, "-"]);
    assert!(ok, "pdftotext: {text}");
    for w in words {
        assert!(text.contains(w), "pdftotext lacks {w:?}:\n{text}");
    }
    text
}

#[test]
fn pdf_shows_transmission_data_and_body_including_welsh_and_cp1252() {
    let welsh = render_pdf(&load("welsh.eml")).unwrap();
    check_pdf(
        &welsh,
        &[
            "From:",
            "Siân Pritchard <sian.pritchard@cafcass.gov.wales>",
            "To:",
            "Subject:",
            "CF22P00789 – ymweliad cŵn a thŷ",
            "Sent:",
            "Wednesday 19 March 2025, 10:09:55",
            "Received:",
            "10:10:10",
            "ŵyr",
            "tŷ",
            "dod â’r",
            "Page 1 of 1",
        ],
    );
    let w = render_pdf(&load("windows-1252.eml")).unwrap();
    check_pdf(
        &w,
        &[
            "Renée Dubois",
            "£45",
            "mother’s",
            "“wishes and feelings”",
            "café",
        ],
    );
    let p = render_pdf(&load("plain-attachments.eml")).unwrap();
    check_pdf(
        &p,
        &[
            "Cc:",
            "Team Manager North <tm.north@cafcass.gov.uk>",
            "Attachments:",
            "Position statement.pdf (application/pdf",
            "drawing.jpg (image/jpeg",
            "Amelia's drawing",
        ],
    );
    let h = render_pdf(&load("html-only.eml")).unwrap();
    check_pdf(
        &h,
        &[
            "Working Together guidance",
            "(https://www.gov.uk/government/publications/",
        ],
    );
    // Same e-mail, same bytes.
    assert_eq!(render_pdf(&load("welsh.eml")).unwrap(), welsh);
    // The font is a subset: far smaller than the 740 KB font file.
    assert!(welsh.len() < 150_000, "PDF is {} bytes", welsh.len());
}

#[test]
fn every_parsed_sample_renders_to_a_valid_pdf() {
    for m in manifest() {
        if m["outcome"].as_str() != Some("parsed") {
            continue;
        }
        let e = load(m["file"].as_str().unwrap());
        let pdf = render_pdf(&e).unwrap();
        check_pdf(&pdf, &["From:", &e.from_address]);
    }
}

#[test]
fn long_body_wraps_and_paginates() {
    let mut e = load("thread-3.eml");
    let para =
        "Llanfairpwllgwyngyll ŵ ŷ â and a very long line of words that must wrap. ".repeat(12);
    e.body_text = (0..40).map(|i| format!("{i}: {para}\n")).collect();
    e.body_text.push_str(&"x".repeat(400));
    let pdf = render_pdf(&e).unwrap();
    let text = check_pdf(
        &pdf,
        &["0: Llanfairpwllgwyngyll", "39: Llanfairpwllgwyngyll"],
    );
    let pages = lopdf::Document::load_mem(&pdf).unwrap().get_pages().len();
    assert!(pages > 3, "{pages} pages");
    assert!(text.contains(&format!("Page {pages} of {pages}")));
    // No line runs off the page: every text run starts inside the margins (checked by width).
    assert!(
        text.lines().all(|l| l.chars().count() < 130),
        "a line is too long"
    );
}

#[test]
fn missing_font_is_a_clear_error() {
    let e = load("thread-1.eml");
    let err = render_pdf_with_font(&e, Path::new("/nonexistent/DejaVuSans.ttf")).unwrap_err();
    assert_eq!(err.kind(), "font-missing");
    assert!(err.to_string().contains("fonts-dejavu-core"));
    let tmp = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(tmp.path(), b"not a font").unwrap();
    assert_eq!(
        render_pdf_with_font(&e, tmp.path()).unwrap_err().kind(),
        "bad-font"
    );
}

#[test]
fn shingles_find_a_quoted_message_inside_its_reply_and_only_there() {
    let t1 = load("thread-1.eml");
    let t2 = load("thread-2.eml");
    let t3 = load("thread-3.eml");
    let (s1, s2, s3) = (
        shingles(&t1.body_text),
        shingles(&t2.body_text),
        shingles(&t3.body_text),
    );
    assert!(!s1.is_empty());
    // Each earlier message is inside the latest one; never the other way round.
    assert!(contains_shingles(&s3, &s1));
    assert!(contains_shingles(&s3, &s2));
    assert!(!contains_shingles(&s1, &s3));
    // An unrelated message shares none of it.
    let other = shingles(&load("legal.eml").body_text);
    assert!(!contains_shingles(&other, &s1));
    // Re-flowed quotes and case do not matter; a body shorter than one shingle never matches.
    let quoted: String = t1
        .body_text
        .to_uppercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .chunks(5)
        .map(|c| format!("> > {}\n", c.join(" ")))
        .collect();
    assert!(contains_shingles(&shingles(&quoted), &s1));
    assert!(shingles("too short to say anything").is_empty());
    assert!(!contains_shingles(&s3, &[]));
}

#[test]
fn peek_thread_reads_the_thread_and_date_from_headers_alone() {
    let (k1, d1) = peek_thread(&read("thread-1.eml")).unwrap();
    let (k3, d3) = peek_thread(&read("thread-3.eml")).unwrap();
    assert_eq!(k1, thread_key(&load("thread-1.eml")));
    assert_eq!(k1, k3, "one thread");
    assert!(d3 > d1 && d1 > 0, "{d1} {d3}");
    let (k, _) = peek_thread(&read("legal.eml")).unwrap();
    assert_ne!(k, k1);
}

/// Wraps `inner` as a message/rfc822 attachment of a new message (a forward "as attachment").
fn forward(inner: &[u8], from: &str, subject: &str) -> Vec<u8> {
    let mut out = format!(
        "From: {from}\r\nTo: business.services@cafcass.gov.uk\r\nSubject: {subject}\r\n\
         Date: Tue, 17 Nov 2026 09:00:00 +0000\r\nMessage-ID: <{}@example>\r\n\
         MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"fw{}\"\r\n\r\n\
         --fw{1}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nForwarding as asked.\r\n\
         --fw{1}\r\nContent-Type: message/rfc822\r\n\
         Content-Disposition: attachment; filename=\"forwarded.eml\"\r\n\r\n",
        subject.len(),
        subject.len()
    )
    .into_bytes();
    out.extend_from_slice(inner);
    out.extend_from_slice(format!("\r\n--fw{}--\r\n", subject.len()).as_bytes());
    out
}

#[test]
fn a_forward_of_a_forward_is_parsed_to_the_bottom() {
    let once = read("forwarded.eml");
    let twice = forward(&once, "team.manager@cafcass.gov.uk", "FW: FW: Disclosure");
    let e = parse(&twice).unwrap();
    assert_eq!(e.from_address, "team.manager@cafcass.gov.uk");
    assert_eq!(e.forwarded.len(), 1, "{:?}", e.attachments);
    let middle = &e.forwarded[0];
    assert_eq!(middle.from_address, "sarah.whitfield@cafcass.gov.uk");
    assert_eq!(middle.forwarded.len(), 1);
    let bottom = &middle.forwarded[0];
    assert_eq!(bottom.from_address, "alan.brooks@thamesvalley.police.uk");
    assert_eq!(
        bottom.attachments[0].bytes,
        std::fs::read(dir().join("attachments/PNC summary.pdf")).unwrap()
    );
    // Each level renders to its own valid PDF.
    for m in [&e, middle, bottom] {
        check_pdf(&render_pdf(m).unwrap(), &["From:", &m.from_address]);
    }
}

#[test]
fn signatures_are_not_documents_and_text_and_tables_render() {
    let att = |filename: &str, content_type: &str, bytes: &[u8]| Attachment {
        filename: filename.into(),
        content_type: content_type.into(),
        bytes: bytes.to_vec(),
        inline: false,
    };
    let sig = att("smime.p7s", "application/pkcs7-signature", b"0\x82\x01");
    assert!(is_signature(&sig));
    assert!(!is_signature(&att("rota.txt", "text/plain", b"Contact")));
    // Rendered with its title and every word, Welsh and windows-1252 letters included.
    let pdf = render_text_pdf("Text file: rota.txt", "Cyswllt yn y tŷ\ncafé £45", 10).unwrap();
    check_pdf(&pdf, &["Text file: rota.txt", "tŷ", "café £45"]);
    // A table: the header and every cell, one row a line.
    let header: Vec<String> = ["Date", "Contact", "Outcome"].map(String::from).to_vec();
    let rows: Vec<Vec<String>> = vec![
        ["2025-03-01", "Supervised at the café", "Went well"]
            .map(String::from)
            .to_vec(),
        ["2025-03-08", "Telephone", "Missed"]
            .map(String::from)
            .to_vec(),
    ];
    let pdf = render_table_pdf("Table (CSV file): log.csv", &header, &rows, 10).unwrap();
    check_pdf(
        &pdf,
        &["Date", "Outcome", "Supervised at the café", "Missed"],
    );
    // Laid out as a table: a row's cells side by side on one line.
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("table.pdf");
    std::fs::write(&path, &pdf).unwrap();
    let (ok, text) = tool("pdftotext", &["-layout", path.to_str().unwrap(), "-"]);
    assert!(ok, "{text}");
    let line = text
        .lines()
        .find(|l| l.contains("2025-03-08"))
        .unwrap_or_else(|| panic!("no line with the row's date:\n{text}"));
    assert!(
        line.contains("Telephone") && line.contains("Missed"),
        "{line:?}"
    );
    // Too many columns for the page: each row becomes a block of "header: value" lines.
    let wide: Vec<String> = (1..=14).map(|i| format!("Field {i}")).collect();
    let row: Vec<Vec<String>> = vec![(1..=14).map(|i| format!("value {i}")).collect()];
    let pdf = render_table_pdf("Table", &wide, &row, 10).unwrap();
    check_pdf(&pdf, &["Row 1", "Field 14: value 14"]);
    // Bounded: a text that needs more pages than allowed is refused, not cut.
    let long = "line\n".repeat(2000);
    let err = render_text_pdf("Text file", &long, 3).unwrap_err();
    assert_eq!(err.kind(), "too-long");
    assert_eq!(
        render_text_pdf("Text file", &long, 100)
            .map(|p| p.len() > 1000)
            .ok(),
        Some(true)
    );
}

/// The same message renders to the same PDF, byte for byte, whether it arrived on its own or
/// forwarded as an attachment (rendering depends on the message alone: no clock, no order of a
/// hash map), so a rendered e-mail's SHA-256 identifies its content.
#[test]
fn the_same_message_renders_to_the_same_pdf_however_it_came() {
    let alone = render_pdf(&load("police.eml")).unwrap();
    let forwarded = load("forwarded.eml");
    let inner = parse(&forwarded.attachments[0].bytes).unwrap();
    assert_eq!(render_pdf(&inner).unwrap(), alone);
    // And a different message does not.
    assert_ne!(render_pdf(&forwarded).unwrap(), alone);
}
