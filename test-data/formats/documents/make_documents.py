#!/usr/bin/env python3
"""Makes test-data/formats/documents/: text documents in several charsets and formats, Outlook
.msg files, e-mails whose attachment type or sender says nothing, damaged files, and
manifest.toml (the schema is at the top of tests/e2e_formats.rs).

Run `python3 make_documents.py` in this folder. Python 3.11 standard library only; the .msg
files are written by `cargo run --example make_msg` (no Python library writes compound files),
which this script runs. Every byte is fixed (no clock, no random numbers), so two runs give
identical files. See PROVENANCE.md.
"""

import base64
import hashlib
import json
import os
import random
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", ".."))


def small_pdf(lines):
    """A one-page A4 PDF with Helvetica text (the recipe of test-data/mail/make_mail.py)."""
    text = "BT /F1 12 Tf 72 770 Td 16 TL " + " ".join(
        "(" + l.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '" for l in lines
    ) + " ET"
    content = text.encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


# ---------------------------------------------------------------------------------------------
# Text documents

LETTER_UTF8 = """Cafcass
Leeds office, 2 Wellington Place

Dear Mr Patel,

Hughes v Patel (LS24P01234)

Thank you for speaking with me on 17 March. As agreed, I will meet Amelia and
Noah at school on 26 March, and then visit you at home in Bradford on 28 March
at 4pm. Ms Hughes has been sent a letter with the same dates.

If you need to change the time, please call the Leeds office on 0300 456 4000.

Yours sincerely,

Sarah Whitfield
Family Court Adviser
"""

POLICE_UTF16 = """THAMES VALLEY POLICE
Child Abuse Investigation Unit

Police information for Cafcass
Case: Re Evans, MK23C00456
Child: Rhys Evans

Police national computer (PNC) check of the adults at the home address:
  - mother: no trace
  - mother's partner: one caution (2019, criminal damage), no offences against children

Domestic incidents recorded at the address in the last two years: 2 (2023, 2024).
No officer attended in 2025.

Officer: DC Alan Brooks, collar number 4471
"""

CONTACT_LOG_1252 = """Contact log \u2013 Jones v Jones (CF22P00789)

03/06/2025  Supervised contact at the caf\u00e9 contact centre, 10:00\u201312:00.
            Cerys arrived with her mother; father on time. Fee \u00a345 paid.
10/06/2025  Mother\u2019s \u201cwishes and feelings\u201d note received by post.
17/06/2025  Contact cancelled by the centre (staff illness). Both parents told.
24/06/2025  Contact went ahead; Cerys asked to bring her dog next time.
"""

LETTER_LATIN1 = """Dear Mrs Smith,

Smith v Brown (BM25P00012)

Herr M\u00fcller from Leo's school has sent a r\u00e9sum\u00e9 of the contact sessions held
at the school caf\u00e9. Se\u00f1ora Pe\u00f1a, who interpreted, will attend the next meeting.
The \u00a320 voucher for travel is enclosed.

Yours sincerely,

Priya Sharma
Family Court Adviser
"""

CONTACT_CSV = [
    ["Date", "Time", "Type", "With", "Notes"],
    ["2025-01-10", "10:00", "Home visit", "Mother", "Leo at home, settled, showed his room"],
    ["2025-01-17", "15:30", "Telephone", "Father", "Asked about weekend contact, \"alternate Saturdays\""],
    ["2025-01-24", "09:15", "School visit", "Class teacher", "Attendance good; no concerns"],
    ["2025-02-03", "11:00", "Office", "Both parents", "Discussed handover at the leisure centre, agreed"],
    ["2025-02-14", "16:00", "Telephone", "Mother", "Contact on 8 Feb went well; Leo happy"],
]

SCREENING = {
    "case_number": "NW24C00333",
    "case_name": "Re Taylor",
    "screening": {
        "local_authority": "Example Borough Council",
        "checks_completed": "2025-03-03",
        "children": [
            {"name": "Ava Taylor", "known_to_childrens_social_care": False},
            {"name": "Mia Taylor", "known_to_childrens_social_care": True,
             "note": "Early help, 2023, closed"},
        ],
        "police_checks": "requested",
        "outcome": "No current safeguarding concerns; screening response sent to court",
    },
    "officer": "Tom Reed, Business Services",
}

CASE_PLAN_XML = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<casePlan case="BM25P00012" name="Smith v Brown" version="2">'
    "<title>Case plan for Leo Smith</title>"
    "<objective>Agree a stable pattern of contact with his father</objective>"
    "<actions>"
    '<action due="2025-04-01" owner="FCA">Meet Leo at school for his wishes and feelings</action>'
    '<action due="2025-04-15" owner="FCA">Speak to both parents about handover arrangements</action>'
    '<action due="2025-05-01" owner="Business Services">File the section 7 report</action>'
    "</actions>"
    "<!-- reviewed by the team manager -->"
    "<review date=\"2025-03-20\"/>"
    "</casePlan>"
)

POSITION_HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>ignored page title</title>
<style>body { font-family: Arial; color: #222; }</style></head>
<body>
<h1>Position statement</h1>
<p><b>Hughes v Patel</b> &ndash; LS24P01234 &ndash; hearing at Leeds on 2&nbsp;April</p>
<h2>Cafcass position</h2>
<ol>
<li>Amelia and Noah should continue to live with their mother.</li>
<li>Contact with their father should move to alternate weekends from May.</li>
</ol>
<p>The arrangements follow the <a href="https://cafcass.example/plan">parenting plan</a> agreed
by both parents on 17&nbsp;March.</p>
<script>document.write('never shown')</script>
<p>Sarah Whitfield, Family Court Adviser</p>
</body></html>
"""


def csv_text(rows):
    out = []
    for r in rows:
        cells = []
        for c in r:
            if any(ch in c for ch in ',"\n'):
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        out.append(",".join(cells))
    return "\r\n".join(out) + "\r\n"


# ---------------------------------------------------------------------------------------------
# E-mails


def octet_stream_eml(pdf):
    b = "==octet-boundary=="
    text = f"""Received: from mail.solicitors.example.co.uk ([198.51.100.44]) by mx.cafcass.gov.uk with ESMTPS; Mon, 31 Mar 2025 17:02:11 +0100
From: "Rachel Ahmed" <r.ahmed@solicitors.example.co.uk>
To: business.services@cafcass.gov.uk
Subject: LS24P01234 Hughes v Patel - position statement for the hearing
Date: Mon, 31 Mar 2025 17:01:50 +0100
Message-ID: <octet-0001@solicitors.example.co.uk>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="{b}"

--{b}
Content-Type: text/plain; charset=utf-8

Dear Business Services,

Please find attached the mother's position statement in LS24P01234 for the
hearing on 2 April.

Rachel Ahmed
Solicitor for the mother
--{b}
Content-Type: application/octet-stream
Content-Disposition: attachment; filename="attachment-1.bin"
Content-Transfer-Encoding: base64

"""
    data = base64.b64encode(pdf).decode()
    text += "\n".join(data[i:i + 76] for i in range(0, len(data), 76))
    text += f"\n--{b}--\n"
    return crlf(text).encode("ascii")


def no_from_eml():
    text = """Received: from scanner-02.cafcass.local ([10.1.2.3]) by mx.cafcass.gov.uk; Tue, 08 Apr 2025 09:12:40 +0100
To: business.services@cafcass.gov.uk
Subject: CF22P00789 note from the contact centre
Date: Tue, 08 Apr 2025 09:12:30 +0100
Message-ID: <nofrom-0001@contact-centre.example.org>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Note for CF22P00789 (Jones v Jones): Cerys's contact on Saturday went ahead as
planned. Her father brought the dog. The next session is on 12 April.

Contact centre reception
"""
    return crlf(text).encode("utf-8")


# ---------------------------------------------------------------------------------------------


def main():
    pdf = small_pdf([
        "POSITION STATEMENT OF THE MOTHER",
        "Hughes v Patel  LS24P01234",
        "The mother asks that the children continue to live with her.",
    ])
    files = {}
    files["Hughes v Patel - LS24P01234 - Letter.txt"] = LETTER_UTF8.encode("utf-8")
    files["Re Evans - MK23C00456 - Police information.txt"] = (
        b"\xff\xfe" + crlf(POLICE_UTF16).encode("utf-16-le"))
    files["Jones v Jones - CF22P00789 - Contact log.txt"] = crlf(CONTACT_LOG_1252).encode("cp1252")
    files["Smith v Brown - BM25P00012 - Letter.txt"] = LETTER_LATIN1.encode("latin-1")
    files["Smith v Brown - BM25P00012 - Contact log.csv"] = csv_text(CONTACT_CSV).encode("utf-8")
    files["Re Taylor - NW24C00333 - Screening response.json"] = json.dumps(
        SCREENING, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    files["Smith v Brown - BM25P00012 - Case plan.xml"] = CASE_PLAN_XML.encode("utf-8")
    files["Hughes v Patel - LS24P01234 - Position statement.html"] = POSITION_HTML.encode("utf-8")
    files["octet-stream-attachment.eml"] = octet_stream_eml(pdf)
    files["no-from.eml"] = no_from_eml()
    # Bad ones.
    files["Hughes v Patel - LS24P01234 - Contact log.txt"] = random.Random(20250401).randbytes(3000)
    files["empty.msg"] = b""
    for name, data in files.items():
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)

    subprocess.run(["cargo", "run", "--quiet", "--example", "make_msg", "--", HERE],
                   cwd=REPO, check=True, stdout=subprocess.DEVNULL)

    write_manifest()
    for name in sorted(os.listdir(HERE)):
        if name in ("manifest.toml", "PROVENANCE.md", "make_documents.py"):
            continue
        data = open(os.path.join(HERE, name), "rb").read()
        print(f"{hashlib.sha256(data).hexdigest()[:16]}  {len(data):6d}  {name}")


MANIFEST = [
    # (file, outcome, encoding, {fields})
    ("Hughes v Patel - LS24P01234 - Letter.txt", "stored", "text, UTF-8",
     dict(folder="correspondence", pages=1,
          words=["Text file: Hughes v Patel - LS24P01234 - Letter.txt", "Dear Mr Patel",
                 "visit you at home in Bradford", "Yours sincerely"])),
    ("Re Evans - MK23C00456 - Police information.txt", "stored", "text, UTF-16LE with BOM",
     dict(folder="police-information", pages=1,
          words=["THAMES VALLEY POLICE", "mother's partner: one caution", "collar number 4471"])),
    ("Jones v Jones - CF22P00789 - Contact log.txt", "stored", "text, windows-1252",
     dict(folder="case-information", pages=1,
          words=["Contact log \u2013 Jones v Jones", "caf\u00e9 contact centre", "Fee \u00a345 paid",
                 "Mother\u2019s \u201cwishes and feelings\u201d note"])),
    ("Smith v Brown - BM25P00012 - Letter.txt", "stored", "text, ISO-8859-1",
     dict(folder="correspondence", pages=1,
          words=["Dear Mrs Smith", "Herr M\u00fcller", "r\u00e9sum\u00e9", "Se\u00f1ora Pe\u00f1a", "\u00a320 voucher"])),
    ("Smith v Brown - BM25P00012 - Contact log.csv", "stored", "CSV, UTF-8, quoted fields",
     dict(folder="case-information", pages=1,
          words=["Table (CSV file)", "Home visit", "Class teacher", "\"alternate Saturdays\"",
                 "Discussed handover at the leisure centre, agreed"])),
    ("Re Taylor - NW24C00333 - Screening response.json", "stored", "JSON on one line, UTF-8",
     dict(folder="risk-and-safety", pages=1,
          words=["Data file (JSON)", "\"checks_completed\": \"2025-03-03\"",
                 "\"note\": \"Early help, 2023, closed\"", "No current safeguarding concerns"])),
    ("Smith v Brown - BM25P00012 - Case plan.xml", "stored", "XML on one line, UTF-8",
     dict(folder="case-plan", pages=1,
          words=["Data file (XML)", "<title>Case plan for Leo Smith</title>",
                 "Meet Leo at school", "<review date=\"2025-03-20\"/>"])),
    ("Hughes v Patel - LS24P01234 - Position statement.html", "stored", "HTML, UTF-8, a link",
     dict(folder="court-papers", pages=1,
          words=["Web page (HTML)", "Cafcass position", "parenting plan (https://cafcass.example/plan)",
                 "alternate weekends from May"])),
    ("plain-text-body.msg", "stored", "Outlook .msg, Unicode strings, plain-text body, To and Cc",
     dict(words=["Sarah Whitfield <sarah.whitfield@cafcass.gov.uk>", "Team Manager North",
                 "contact over the Easter holidays", "first week of the Easter holidays", "Monday 24 March 2025"])),
    ("html-only-body.msg", "stored", "Outlook .msg, HTML body only (windows-1252), a link",
     dict(words=["Duty Team <duty.team@la.example.gov.uk>", "MK23C00456 strategy meeting",
                 "referral record (https://la.example.gov.uk/r/77)", "Caf\u00e9 visit cancelled"])),
    ("rtf-only-body.msg", "stored", "Outlook .msg, compressed RTF body only",
     dict(words=["J\u00fcrgen M\u00fcller", "improved to 94% this term", "caf\u00e9 visits continue"])),
    ("pdf-attachment.msg", "stored", "Outlook .msg with a PDF attachment, police sender",
     dict(folder="police-information",
          words=["alan.brooks@thamesvalley.police.uk", "PNC check.pdf", "OFFICIAL-SENSITIVE"])),
    ("embedded-message.msg", "stored", "Outlook .msg forwarding an embedded message (attach method 5) with its own attachment",
     dict(words=["FW: DR25P00077 letter about Ellis", "DR25P00077 letter about Ellis.msg",
                 "Forwarding the school's letter"])),
    ("ansi-strings.msg", "stored", "Outlook .msg, 8-bit strings in code page 1252",
     dict(words=["Ren\u00e9e Dubois", "CF22P00789 caf\u00e9 contact \u2013 \u00a345 fee", "\u201cwishes and feelings\u201d"])),
    ("no-sender.msg", "stored", "Outlook .msg with no sender at all",
     dict(words=["(no sender)", "NW24C00333 message left on the duty line", "rang the duty line"])),
    ("octet-stream-attachment.eml", "stored", ".eml whose PDF is application/octet-stream named attachment-1.bin",
     dict(words=["attachment-1.pdf (application/pdf", "position statement in LS24P01234"])),
    ("no-from.eml", "stored", ".eml with no From header",
     dict(words=["(no sender)", "CF22P00789 note from the contact centre", "brought the dog"])),
    ("Hughes v Patel - LS24P01234 - Contact log.txt", "quarantined", "binary bytes named .txt",
     dict(reason="corrupt", detail=["named .txt", "not text"])),
    ("empty.msg", "quarantined", "an empty .msg",
     dict(reason="empty", detail=["no bytes"])),
    ("truncated.msg", "quarantined", "plain-text-body.msg cut in half",
     dict(reason="corrupt", detail=["Outlook message", "cut off"])),
    ("Hughes v Patel - LS24P01234 - Letter.wps", "quarantined", "a compound file that is neither a document nor a message (Works-like)",
     dict(reason="unsupported", detail=["compound file", "neither a document nor an e-mail"])),
]


def write_manifest():
    def s(v):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'

    out = [
        "# Expected outcomes for test-data/formats/documents (generated by make_documents.py; do not",
        "# edit by hand). Schema: the top of tests/e2e_formats.rs. Filed through a scanning-station",
        "# inbox with test-data/cases.csv imported.",
        "",
    ]
    for file, outcome, encoding, f in MANIFEST:
        assert os.path.exists(os.path.join(HERE, file)), file
        out.append("[[file]]")
        out.append(f"file = {s(file)}")
        out.append(f"outcome = {s(outcome)}")
        out.append(f"encoding = {s(encoding)}")
        for k in ("reason", "folder"):
            if k in f:
                out.append(f"{k} = {s(f[k])}")
        if "pages" in f:
            out.append(f"pages = {f['pages']}")
        for k in ("detail", "words"):
            if k in f:
                out.append(f"{k} = [" + ", ".join(s(w) for w in f[k]) + "]")
        out.append("")
    with open(os.path.join(HERE, "manifest.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))


if __name__ == "__main__":
    main()
