//! Writes the Outlook `.msg` samples of `test-data/formats/documents/` (see its PROVENANCE.md).
//!
//! No Python library writes compound files, so this generator is Rust, with the `cfb` crate that
//! casevault reads them with. It writes what Outlook writes (MS-OXMSG): one
//! `__substg1.0_PPPPTTTT` stream per variable-length property, the fixed-size ones in
//! `__properties_version1.0`, a storage per recipient and per attachment, the embedded message of
//! attach method 5 in `__substg1.0_3701000D`, and an empty named-property map. Every byte is
//! fixed: time stamps are zero, so two runs give identical files.
//!
//! `cargo run --example make_msg -- test-data/formats/documents`

use std::io::{Cursor, Write};
use std::path::Path;
use std::time::{Duration, SystemTime};

use cfb::CompoundFile;

const UNICODE: u16 = 0x001F;
const STRING8: u16 = 0x001E;
const BINARY: u16 = 0x0102;
const LONG: u16 = 0x0003;
const TIME: u16 = 0x0040;
const BOOLEAN: u16 = 0x000B;
const OBJECT: u16 = 0x000D;

/// One MAPI property value.
enum Value {
    Unicode(String),
    /// 8-bit text, already in the message's code page.
    String8(Vec<u8>),
    Binary(Vec<u8>),
    Long(u32),
    /// A UTC date as "YYYY-MM-DD HH:MM:SS".
    Time(&'static str),
    Bool(bool),
    Embedded(Box<Message>),
}

#[derive(Default)]
struct Message {
    props: Vec<(u16, Value)>,
    recipients: Vec<Vec<(u16, Value)>>,
    attachments: Vec<Vec<(u16, Value)>>,
}

fn u(s: &str) -> Value {
    Value::Unicode(s.to_string())
}

fn filetime(date: &str) -> u64 {
    let t = chrono::NaiveDateTime::parse_from_str(date, "%Y-%m-%d %H:%M:%S")
        .expect("a date")
        .and_utc()
        .timestamp();
    (t as u64 + 11_644_473_600) * 10_000_000
}

type Cf = CompoundFile<Cursor<Vec<u8>>>;

fn zero_times(cf: &mut Cf, path: &str) {
    let epoch = SystemTime::UNIX_EPOCH - Duration::from_secs(11_644_473_600);
    cf.set_created_time(path, epoch).unwrap();
    cf.set_modified_time(path, epoch).unwrap();
}

fn stream(cf: &mut Cf, path: &str, data: &[u8]) {
    let mut s = cf.create_stream(path).unwrap();
    s.write_all(data).unwrap();
}

/// Writes a property list into storage `dir`: variable-length values as streams, every value's
/// record in `__properties_version1.0` after a header of `header` bytes.
fn write_props<'a>(
    cf: &mut Cf,
    dir: &str,
    props: impl IntoIterator<Item = &'a (u16, Value)>,
    header: Vec<u8>,
) {
    let mut records = header;
    for (id, value) in props {
        let (ptype, fixed): (u16, [u8; 8]) = match value {
            Value::Unicode(s) => {
                let b: Vec<u8> = s.encode_utf16().flat_map(u16::to_le_bytes).collect();
                stream(cf, &format!("{dir}/__substg1.0_{id:04X}{UNICODE:04X}"), &b);
                (UNICODE, size(b.len() + 2))
            }
            Value::String8(b) => {
                stream(cf, &format!("{dir}/__substg1.0_{id:04X}{STRING8:04X}"), b);
                (STRING8, size(b.len() + 1))
            }
            Value::Binary(b) => {
                stream(cf, &format!("{dir}/__substg1.0_{id:04X}{BINARY:04X}"), b);
                (BINARY, size(b.len()))
            }
            Value::Long(n) => (LONG, pad(&n.to_le_bytes())),
            Value::Time(t) => (TIME, filetime(t).to_le_bytes()),
            Value::Bool(b) => (BOOLEAN, pad(&[u8::from(*b)])),
            Value::Embedded(m) => {
                let sub = format!("{dir}/__substg1.0_{id:04X}{OBJECT:04X}");
                cf.create_storage(&sub).unwrap();
                write_message(cf, &sub, m, false);
                zero_times(cf, &sub);
                (OBJECT, size(0xFFFF_FFFF))
            }
        };
        records.extend_from_slice(&ptype.to_le_bytes());
        records.extend_from_slice(&id.to_le_bytes());
        records.extend_from_slice(&6u32.to_le_bytes()); // readable | writable
        records.extend_from_slice(&fixed);
    }
    stream(cf, &format!("{dir}/__properties_version1.0"), &records);
}

fn size(n: usize) -> [u8; 8] {
    pad(&(n as u32).to_le_bytes())
}

fn pad(b: &[u8]) -> [u8; 8] {
    let mut out = [0u8; 8];
    out[..b.len()].copy_from_slice(b);
    out
}

fn write_message(cf: &mut Cf, dir: &str, m: &Message, top: bool) {
    let (nr, na) = (m.recipients.len() as u32, m.attachments.len() as u32);
    let mut header = vec![0u8; 8];
    for n in [nr, na, nr, na] {
        header.extend_from_slice(&n.to_le_bytes());
    }
    if top {
        header.extend_from_slice(&[0u8; 8]);
    }
    // Every message has a class (PR_MESSAGE_CLASS); an e-mail's is IPM.Note.
    let ansi = m.props.iter().any(|(_, v)| matches!(v, Value::String8(_)));
    let class = [(
        0x001Au16,
        if ansi {
            Value::String8(b"IPM.Note".to_vec())
        } else {
            u("IPM.Note")
        },
    )];
    let mut props: Vec<&(u16, Value)> = class.iter().collect();
    props.extend(m.props.iter());
    write_props(cf, dir, props, header);
    for (i, r) in m.recipients.iter().enumerate() {
        let sub = format!("{dir}/__recip_version1.0_#{i:08X}");
        cf.create_storage(&sub).unwrap();
        write_props(cf, &sub, r, vec![0u8; 8]);
        zero_times(cf, &sub);
    }
    for (i, a) in m.attachments.iter().enumerate() {
        let sub = format!("{dir}/__attach_version1.0_#{i:08X}");
        cf.create_storage(&sub).unwrap();
        write_props(cf, &sub, a, vec![0u8; 8]);
        zero_times(cf, &sub);
    }
}

fn msg_bytes(m: &Message) -> Vec<u8> {
    let mut cf = CompoundFile::create(Cursor::new(Vec::new())).unwrap();
    cf.create_storage("/__nameid_version1.0").unwrap();
    for s in ["00020102", "00030102", "00040102"] {
        stream(
            &mut cf,
            &format!("/__nameid_version1.0/__substg1.0_{s}"),
            &[],
        );
    }
    zero_times(&mut cf, "/__nameid_version1.0");
    write_message(&mut cf, "", m, true);
    zero_times(&mut cf, "/");
    cf.flush().unwrap();
    cf.into_inner().into_inner()
}

fn recipient(kind: u32, name: &str, address: &str) -> Vec<(u16, Value)> {
    vec![
        (0x0C15, Value::Long(kind)),
        (0x3001, u(name)),
        (0x3002, u("SMTP")),
        (0x3003, u(address)),
        (0x39FE, u(address)),
    ]
}

fn sender(name: &str, address: &str) -> Vec<(u16, Value)> {
    vec![
        (0x0C1A, u(name)),
        (0x0C1E, u("SMTP")),
        (0x0C1F, u(address)),
        (0x5D01, u(address)),
        (0x0042, u(name)),
        (0x0065, u(address)),
    ]
}

/// A one-page PDF with Helvetica text (the same recipe as test-data/mail/make_mail.py).
fn small_pdf(lines: &[&str]) -> Vec<u8> {
    let esc = |l: &str| {
        l.replace('\\', "\\\\")
            .replace('(', "\\(")
            .replace(')', "\\)")
    };
    let text = format!(
        "BT /F1 12 Tf 72 770 Td 16 TL {} ET",
        lines
            .iter()
            .map(|l| format!("({}) '", esc(l)))
            .collect::<Vec<_>>()
            .join(" ")
    );
    let objs: Vec<Vec<u8>> = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>".to_vec(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".to_vec(),
        [
            format!("<< /Length {} >>\nstream\n", text.len()).into_bytes(),
            text.into_bytes(),
            b"\nendstream".to_vec(),
        ]
        .concat(),
    ];
    let mut out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objs.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend_from_slice(body);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend_from_slice(format!("xref\n0 {}\n0000000000 65535 f \n", objs.len() + 1).as_bytes());
    for off in offsets {
        out.extend_from_slice(format!("{off:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objs.len() + 1
        )
        .as_bytes(),
    );
    out
}

/// RTF in the compressed-RTF container (MS-OXRTFCP) using literal runs only: valid LZFu that any
/// reader decompresses, written without a compressor.
fn lzfu_literal(rtf: &[u8]) -> Vec<u8> {
    let mut body = Vec::new();
    let mut chunks = rtf.chunks(8).peekable();
    while let Some(chunk) = chunks.next() {
        let last = chunks.peek().is_none();
        if last && chunk.len() < 8 {
            // The end marker (a reference to the write position) shares this control byte.
            body.push(1u8 << chunk.len());
            body.extend_from_slice(chunk);
        } else {
            body.push(0);
            body.extend_from_slice(chunk);
            if last {
                body.push(1);
            }
        }
    }
    // The end marker: a reference whose offset is the dictionary's write position.
    let write = (207 + rtf.len()) % 4096;
    body.extend_from_slice(&((write as u16) << 4).to_be_bytes());
    let mut out = Vec::new();
    out.extend_from_slice(&((body.len() + 12) as u32).to_le_bytes());
    out.extend_from_slice(&(rtf.len() as u32).to_le_bytes());
    out.extend_from_slice(b"LZFu");
    out.extend_from_slice(&crc32(&body).to_le_bytes());
    out.extend_from_slice(&body);
    out
}

/// The CRC of MS-OXRTFCP 3.1.3: CRC-32 (polynomial 0xEDB88320), starting at 0, no final XOR.
fn crc32(data: &[u8]) -> u32 {
    let mut crc = 0u32;
    for b in data {
        let mut c = (crc ^ u32::from(*b)) & 0xFF;
        for _ in 0..8 {
            c = if c & 1 != 0 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
        }
        crc = c ^ (crc >> 8);
    }
    crc
}

fn main() {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "test-data/formats/documents".to_string());
    let dir = Path::new(&dir);
    let mut written = Vec::new();
    let mut put = |name: &str, bytes: Vec<u8>| {
        std::fs::write(dir.join(name), &bytes).unwrap();
        written.push((name.to_string(), bytes.len()));
        bytes
    };

    // 1. Plain-text body, Unicode strings, To and Cc, times, Message-ID.
    let mut m = Message::default();
    m.props
        .extend(sender("Sarah Whitfield", "sarah.whitfield@cafcass.gov.uk"));
    m.props.extend([
        (0x0037, u("LS24P01234 Hughes v Patel – contact over the Easter holidays")),
        (0x1000, u("Hello,\r\n\r\nFor LS24P01234 (Hughes v Patel): Mr Patel has agreed that Amelia and Noah\r\nspend the first week of the Easter holidays with him in Bradford. Handover at\r\nthe contact centre on Saturday at 10:00.\r\n\r\nMs Hughes would like the arrangement written into the parenting plan.\r\n\r\nKind regards,\r\nSarah Whitfield\r\nFamily Court Adviser\r\n")),
        (0x1035, u("<easter-0001@cafcass.gov.uk>")),
        (0x0E04, u("Business Services")),
        (0x0039, Value::Time("2025-03-24 08:15:00")),
        (0x0E06, Value::Time("2025-03-24 08:15:09")),
        (0x3FDE, Value::Long(65001)),
    ]);
    m.recipients.push(recipient(
        1,
        "Business Services",
        "business.services@cafcass.gov.uk",
    ));
    m.recipients.push(recipient(
        2,
        "Team Manager North",
        "tm.north@cafcass.gov.uk",
    ));
    let plain = put("plain-text-body.msg", msg_bytes(&m));

    // 2. HTML-only body (PR_HTML as bytes, windows-1252 named in its meta tag).
    let html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><style>p{color:red}</style></head><body>\
<p>Dear Business Services,</p><p>Re Evans \u{2013} MK23C00456: the strategy meeting is on 3&nbsp;April at the civic centre. Please see our \
<a href=\"https://la.example.gov.uk/r/77\">referral record</a> for Rhys.</p><ul><li>Section 47 enquiry opened</li><li>Caf\u{e9} visit cancelled</li></ul>\
<p>Kind regards,<br>Duty Team<br>Children&#39;s Social Care</p></body></html>";
    let (html_1252, _, _) = encoding_rs::WINDOWS_1252.encode(html);
    let mut m = Message::default();
    m.props
        .extend(sender("Duty Team", "duty.team@la.example.gov.uk"));
    m.props.extend([
        (0x0037, u("MK23C00456 strategy meeting")),
        (0x1013, Value::Binary(html_1252.into_owned())),
        (0x1035, u("<strategy-0002@la.example.gov.uk>")),
        (0x0039, Value::Time("2025-03-26 14:01:55")),
        (0x0E06, Value::Time("2025-03-26 14:02:10")),
        (0x3FDE, Value::Long(1252)),
    ]);
    m.recipients.push(recipient(
        1,
        "Business Services",
        "business.services@cafcass.gov.uk",
    ));
    put("html-only-body.msg", msg_bytes(&m));

    // 3. Body only as compressed RTF (as older Outlook keeps it).
    let rtf = b"{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss\\fcharset0 Calibri;}}{\\*\\generator Msftedit 5.41;}\\pard\\f0\\fs22 Dear Business Services,\\par\\par For BM25P00012 (Smith v Brown): Leo's attendance at school has improved to 94\\'25 this term; the caf\\'e9 visits continue on Fridays.\\par\\par Regards,\\par J\\'fcrgen M\\'fcller\\par}";
    let mut m = Message::default();
    m.props.extend(sender(
        "J\u{fc}rgen M\u{fc}ller",
        "j.muller@school.example.sch.uk",
    ));
    m.props.extend([
        (0x0037, u("BM25P00012 school attendance this term")),
        (0x1009, Value::Binary(lzfu_literal(rtf))),
        (0x0039, Value::Time("2025-02-28 16:40:00")),
        (0x0E06, Value::Time("2025-02-28 16:40:31")),
    ]);
    m.recipients.push(recipient(
        1,
        "Business Services",
        "business.services@cafcass.gov.uk",
    ));
    put("rtf-only-body.msg", msg_bytes(&m));

    // 4. A police e-mail with a PDF attachment.
    let pnc = small_pdf(&[
        "POLICE INFORMATION - PNC CHECK",
        "Re Taylor  NW24C00333",
        "Thames Valley Police, Child Abuse Investigation Unit",
        "PNC check on the adults in the household: no trace.",
    ]);
    let mut m = Message::default();
    m.props.extend(sender(
        "DC Alan Brooks",
        "alan.brooks@thamesvalley.police.uk",
    ));
    m.props.extend([
        (0x0037, u("PNC check for NW24C00333")),
        (0x1000, u("OFFICIAL-SENSITIVE\r\n\r\nPlease find attached the PNC check for case NW24C00333 (Re Taylor).\r\n\r\nDC Alan Brooks\r\nThames Valley Police\r\n")),
        (0x1035, u("<tvp-pnc-0003@thamesvalley.police.uk>")),
        (0x0039, Value::Time("2025-04-02 11:20:00")),
        (0x0E06, Value::Time("2025-04-02 11:20:14")),
    ]);
    m.recipients.push(recipient(
        1,
        "Business Services",
        "business.services@cafcass.gov.uk",
    ));
    m.attachments.push(vec![
        (0x3705, Value::Long(1)),
        (0x3707, u("PNC check.pdf")),
        (0x3704, u("PNCCHE~1.PDF")),
        (0x370E, u("application/pdf")),
        (0x3701, Value::Binary(pnc)),
    ]);
    put("pdf-attachment.msg", msg_bytes(&m));

    // 5. A forward with the original message embedded (attach method 5), which carries a
    //    text attachment of its own.
    let mut inner = Message::default();
    inner
        .props
        .extend(sender("Mrs K Osei", "k.osei@stmarys.example.sch.uk"));
    inner.props.extend([
        (0x0037, u("DR25P00077 letter about Ellis")),
        (0x1000, u("Dear Ms Carter,\r\n\r\nEllis has settled well in Year 3 and his attendance is good. He talks\r\nabout weekends with his father. Our notes from the last two terms are attached.\r\n\r\nYours sincerely,\r\nMrs K Osei\r\nHeadteacher\r\n")),
        (0x1035, u("<school-0005@stmarys.example.sch.uk>")),
        (0x0039, Value::Time("2025-03-10 09:00:00")),
    ]);
    inner
        .recipients
        .push(recipient(1, "Jo Carter", "jo.carter@cafcass.gov.uk"));
    inner.attachments.push(vec![
        (0x3705, Value::Long(1)),
        (0x3707, u("school notes.txt")),
        (0x370E, u("text/plain")),
        (0x3701, Value::Binary(b"School notes for Ellis Hart (DR25P00077)\r\nAutumn: settled, reading at expected level.\r\nSpring: attendance 96%, enjoys football.\r\n".to_vec())),
    ]);
    let mut m = Message::default();
    m.props
        .extend(sender("Jo Carter", "jo.carter@cafcass.gov.uk"));
    m.props.extend([
        (0x0037, u("FW: DR25P00077 letter about Ellis")),
        (
            0x1000,
            u("Forwarding the school's letter for DR25P00077, with their notes.\r\n\r\nJo\r\n"),
        ),
        (0x1035, u("<fw-0005@cafcass.gov.uk>")),
        (0x0039, Value::Time("2025-03-11 13:30:00")),
        (0x0E06, Value::Time("2025-03-11 13:30:05")),
    ]);
    m.recipients.push(recipient(
        1,
        "Business Services",
        "business.services@cafcass.gov.uk",
    ));
    m.attachments.push(vec![
        (0x3705, Value::Long(5)),
        (0x3001, u("DR25P00077 letter about Ellis")),
        (0x370E, u("application/vnd.ms-outlook")),
        (0x3701, Value::Embedded(Box::new(inner))),
    ]);
    put("embedded-message.msg", msg_bytes(&m));

    // 6. 8-bit strings (001E) in code page 1252, as Outlook 97-2002 wrote them.
    let cp = |s: &str| Value::String8(encoding_rs::WINDOWS_1252.encode(s).0.into_owned());
    let mut m = Message::default();
    m.props.extend([
        (0x0C1A, cp("Ren\u{e9}e Dubois")),
        (0x0C1F, cp("renee.dubois@contact-centre.example.org")),
        (0x0C1E, cp("SMTP")),
        (0x0037, cp("CF22P00789 caf\u{e9} contact \u{2013} \u{a3}45 fee")),
        (0x1000, cp("Dear Business Services,\r\n\r\nRe: Jones v Jones \u{2013} CF22P00789\r\n\r\nThe caf\u{e9} contact centre fee of \u{a3}45 was paid on 4 June. The mother\u{2019}s\r\n\u{201c}wishes and feelings\u{201d} note is to follow.\r\n\r\nRegards,\r\nRen\u{e9}e Dubois\r\n")),
        (0x0E04, cp("Business Services")),
        (0x0039, Value::Time("2025-06-02 15:44:30")),
        (0x3FFD, Value::Long(1252)),
    ]);
    put("ansi-strings.msg", msg_bytes(&m));

    // 7. No sender at all (a draft saved from a shared mailbox, or an export that lost it).
    let mut m = Message::default();
    m.props.extend([
        (0x0037, u("NW24C00333 message left on the duty line")),
        (0x1000, u("Ava's grandmother rang the duty line for NW24C00333 (Re Taylor) and asked\r\nfor a call back about the school holidays. No number left; she will ring again.\r\n")),
        (0x0039, Value::Time("2025-04-07 17:05:00")),
        (0x7FFE, Value::Bool(false)),
    ]);
    m.recipients.push(recipient(
        1,
        "Business Services",
        "business.services@cafcass.gov.uk",
    ));
    put("no-sender.msg", msg_bytes(&m));

    // Bad: a message cut in half.
    put("truncated.msg", plain[..plain.len() / 2].to_vec());

    // Bad: a compound file that is neither a document casevault converts nor a message: the
    // shape of a Microsoft Works word-processor file (streams `CONTENTS` and `MatOST`).
    let mut cf = CompoundFile::create(Cursor::new(Vec::new())).unwrap();
    stream(&mut cf, "/CONTENTS", &[7u8; 600]);
    stream(&mut cf, "/MatOST", &[0x42u8; 300]);
    zero_times(&mut cf, "/");
    cf.flush().unwrap();
    put(
        "Hughes v Patel - LS24P01234 - Letter.wps",
        cf.into_inner().into_inner(),
    );

    for (name, len) in written {
        println!("{len:8}  {name}");
    }
}
