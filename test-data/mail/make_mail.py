#!/usr/bin/env python3
"""Makes the e-mail sample in this folder (test-data/mail/) and its manifest.toml.

Run `python3 make_mail.py` here. Python 3.11 standard library plus Pillow (for the JPEG and PNG
attachments). Every byte is fixed: no dates from the clock, no random numbers, fixed MIME
boundaries, so two runs give identical files. See PROVENANCE.md.
"""

import base64
import hashlib
import io
import os
import re
import tomllib
import zlib
from email import policy
from email.message import EmailMessage
from email.utils import make_msgid  # noqa: F401  (Message-IDs below are written by hand instead)

from PIL import Image, ImageDraw

HERE = os.path.dirname(os.path.abspath(__file__))
RULES = os.path.join(HERE, "..", "..", "pipelines", "routing.toml")


# ---------------------------------------------------------------------------------------------
# Attachments


def small_pdf(lines):
    """A one-page A4 PDF with Helvetica text, xref offsets computed, no dates (deterministic)."""
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


def drawing_jpeg():
    """A 320x240 RGB 'photo of a drawing': a house and a sun, JPEG quality 85."""
    im = Image.new("RGB", (320, 240), (252, 250, 243))
    d = ImageDraw.Draw(im)
    d.rectangle([90, 120, 210, 220], outline=(30, 30, 140), width=4)
    d.polygon([(80, 120), (150, 60), (220, 120)], outline=(160, 30, 30))
    d.ellipse([250, 20, 300, 70], outline=(230, 180, 0), width=5)
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=85)
    return buf.getvalue()


def logo_png():
    """A 120x40 PNG 'logo' used as an inline (cid:) image."""
    im = Image.new("RGB", (120, 40), (0, 70, 120))
    d = ImageDraw.Draw(im)
    d.rectangle([5, 5, 115, 35], outline=(255, 255, 255), width=2)
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()


def b64lines(data):
    s = base64.b64encode(data).decode()
    return "\r\n".join(s[i : i + 76] for i in range(0, len(s), 76))


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("ascii")


# ---------------------------------------------------------------------------------------------
# The messages


def plain_with_attachments(pdf, jpg):
    m = EmailMessage(policy=policy.SMTP)
    m["Received"] = (
        "from mail.cafcass.gov.uk (mail.cafcass.gov.uk [192.0.2.10]) by mx.cafcass.gov.uk "
        "with ESMTPS id 4AbCdE; Tue, 18 Mar 2025 09:31:12 +0000"
    )
    m["Received"] = "from laptop-17 ([192.0.2.77]) by mail.cafcass.gov.uk with ESMTPSA; Tue, 18 Mar 2025 09:30:58 +0000"
    m["From"] = "Sarah Whitfield <sarah.whitfield@cafcass.gov.uk>"
    m["To"] = "Business Services <business.services@cafcass.gov.uk>"
    m["Cc"] = "Team Manager North <tm.north@cafcass.gov.uk>, Duty Desk <duty@cafcass.gov.uk>"
    m["Subject"] = "LS24P01234 Hughes v Patel - position statement and child's drawing"
    m["Date"] = "Tue, 18 Mar 2025 09:30:45 +0000"
    m["Message-ID"] = "<plain-attach-0001@cafcass.gov.uk>"
    m.set_content(
        "Hello,\n\n"
        "Please file the attached position statement for LS24P01234 (Hughes v Patel),\n"
        "and the photograph of Amelia's drawing from the home visit on 17 March.\n\n"
        "The hearing at Leeds is listed for 2 April.\n\n"
        "Many thanks,\nSarah Whitfield\nFamily Court Adviser\n"
    )
    m.add_attachment(pdf, maintype="application", subtype="pdf", filename="Position statement.pdf")
    m.add_attachment(jpg, maintype="image", subtype="jpeg", filename="drawing.jpg")
    m.set_boundary("==plain-attach-boundary==")
    return m.as_bytes(policy=policy.SMTP)


def html_only(png):
    b = "==html-related-boundary=="
    html = """<!DOCTYPE html>
<html><head><title>ignored title</title><style>p { color: #333; }</style></head>
<body>
<p><img src="cid:logo-0001@la.example.gov.uk" alt="Council logo"></p>
<h2>Re Evans &ndash; MK23C00456</h2>
<p>Dear Business Services,</p>
<p>Please see the <a href="https://www.gov.uk/government/publications/working-together-to-safeguard-children--2">Working Together guidance</a>
and our <a href="https://la.example.gov.uk/childrens-services/referrals?case=MK23C00456&amp;ref=77">referral record</a>
for Rhys.</p>
<ul><li>Strategy meeting: 3&nbsp;March</li><li>Section&nbsp;47 enquiry opened</li></ul>
<p>Contact: <a href="mailto:duty.team@la.example.gov.uk">duty.team@la.example.gov.uk</a></p>
<p>Kind regards,<br>Duty Team<br>Children&#39;s Social Care</p>
<script>alert('never shown')</script>
</body></html>
"""
    text = f"""Received: from smtp.la.example.gov.uk ([198.51.100.4]) by mx.cafcass.gov.uk with ESMTPS; Wed, 05 Mar 2025 14:02:10 +0000
From: "Duty Team" <duty.team@la.example.gov.uk>
To: business.services@cafcass.gov.uk
Subject: MK23C00456 local authority checks
Date: Wed, 05 Mar 2025 14:01:55 +0000
Message-ID: <html-only-0001@la.example.gov.uk>
MIME-Version: 1.0
Content-Type: multipart/related; boundary="{b}"; type="text/html"

--{b}
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp(html.encode())}
--{b}
Content-Type: image/png
Content-Transfer-Encoding: base64
Content-ID: <logo-0001@la.example.gov.uk>
Content-Disposition: inline

{b64lines(png)}
--{b}--
"""
    return crlf(text)


def qp(data):
    import quopri

    return quopri.encodestring(data).decode("ascii")


def windows_1252():
    body_text = (
        "Dear Business Services,\r\n\r\n"
        "Re: Jones v Jones \u2013 CF22P00789\r\n\r\n"
        "The caf\u00e9 contact centre fee of \u00a345 was paid on 4 June. The mother\u2019s\r\n"
        "\u201cwishes and feelings\u201d note is to follow.\r\n\r\n"
        "Regards,\r\nRen\u00e9e Dubois\r\n"
    )
    body = qp(body_text.encode("cp1252"))
    subj = "=?windows-1252?Q?CF22P00789_contact_fee_=A345_=96_mother=92s_note?="
    text = f"""Received: from relay.example.org ([203.0.113.9]) by mx.cafcass.gov.uk; Mon, 2 Jun 2025 16:45:03 +0100
From: =?windows-1252?Q?Ren=E9e_Dubois?= <renee.dubois@contact-centre.example.org>
To: business.services@cafcass.gov.uk
Subject: {subj}
Date: Mon, 2 Jun 2025 16:44:30 +0100
Message-ID: <cp1252-0001@contact-centre.example.org>
MIME-Version: 1.0
Content-Type: text/plain; charset="windows-1252"
Content-Transfer-Encoding: quoted-printable

{body}"""
    return crlf(text)


def iso_8859_1():
    body_text = (
        "Hello,\n\n"
        "For BM25P00012 (Smith v Brown): Herr M\u00fcller from the school says Leo\n"
        "had a lovely time at the caf\u00e9 on Friday; the \u00a320 voucher is enclosed.\n"
        "Se\u00f1ora Pe\u00f1a will bring the r\u00e9sum\u00e9 of the contact sessions.\n"
    )
    head = """Received: from mail.school.example.sch.uk ([198.51.100.30]) by mx.cafcass.gov.uk; Fri, 14 Feb 2025 08:00:05 +0000
From: =?ISO-8859-1?Q?J=FCrgen_M=FCller?= <j.muller@school.example.sch.uk>
To: business.services@cafcass.gov.uk
Subject: =?ISO-8859-1?Q?BM25P00012_caf=E9_visit_=96_=A320_voucher?=
Date: Fri, 14 Feb 2025 07:59:40 +0000
Message-ID: <latin1-0001@school.example.sch.uk>
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: 8bit

"""
    # 8bit: the body bytes are raw ISO-8859-1, not encoded.
    return crlf(head) + body_text.replace("\n", "\r\n").encode("latin-1")


THREAD_1_BODY = (
    "Hello Business Services,\n\n"
    "Could you confirm whether the school report for NW24C00333 (Re Taylor) has arrived?\n"
    "Ava's teacher said she posted it on Monday.\n\n"
    "Thanks,\nPriya\n"
)
THREAD_2_OWN = (
    "Hi Priya,\n\n"
    "Not yet. We will scan it as soon as the post comes in and let you know.\n\n"
    "Tom, Business Services\n"
)
THREAD_3_OWN = (
    "Hi Tom,\n\n"
    "The school has now e-mailed it to me directly; it is attached to the case already.\n"
    "No need to wait for the paper copy of the school report.\n\n"
    "Priya\n"
)


def quote(text):
    return "".join("> " + l if l else ">" for l in text.splitlines(True)) if text else ""


def quoted_lines(text):
    return "\n".join((">" + (" " + l if l else "")) for l in text.rstrip("\n").split("\n")) + "\n"


def thread_message(n):
    msgs = {
        1: ("Priya Sharma <priya.sharma@cafcass.gov.uk>", "business.services@cafcass.gov.uk",
            "NW24C00333 school report", "Mon, 10 Mar 2025 10:00:00 +0000"),
        2: ("Tom Reed <business.services@cafcass.gov.uk>", "priya.sharma@cafcass.gov.uk",
            "RE: NW24C00333 school report", "Mon, 10 Mar 2025 11:15:00 +0000"),
        3: ("Priya Sharma <priya.sharma@cafcass.gov.uk>", "business.services@cafcass.gov.uk",
            "RE: RE: NW24C00333 school report", "Tue, 11 Mar 2025 09:05:00 +0000"),
    }
    frm, to, subj, date = msgs[n]
    ids = [f"<thread-{i}@cafcass.gov.uk>" for i in (1, 2, 3)]
    body2 = THREAD_2_OWN + "\nOn Mon, 10 Mar 2025 at 10:00, Priya Sharma wrote:\n" + quoted_lines(THREAD_1_BODY)
    body3 = THREAD_3_OWN + "\nOn Mon, 10 Mar 2025 at 11:15, Tom Reed wrote:\n" + quoted_lines(body2)
    body = {1: THREAD_1_BODY, 2: body2, 3: body3}[n]
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subj
    m["Date"] = date
    m["Message-ID"] = ids[n - 1]
    if n > 1:
        m["In-Reply-To"] = ids[n - 2]
        m["References"] = " ".join(ids[: n - 1])
    m.set_content(body)
    return m.as_bytes(policy=policy.SMTP), body


def police(pdf):
    m = EmailMessage(policy=policy.SMTP)
    m["Received"] = "from mail.thamesvalley.police.uk ([192.0.2.200]) by mx.cafcass.gov.uk with ESMTPS; Thu, 20 Mar 2025 13:20:07 +0000"
    m["From"] = "DC Alan Brooks <alan.brooks@thamesvalley.police.uk>"
    m["To"] = "business.services@cafcass.gov.uk"
    m["Subject"] = "Disclosure for MK23C00456"
    m["Date"] = "Thu, 20 Mar 2025 13:19:50 +0000"
    m["Message-ID"] = "<tvp-disclosure-0001@thamesvalley.police.uk>"
    m.set_content(
        "OFFICIAL-SENSITIVE\n\n"
        "Please find attached the police disclosure for case MK23C00456 (Re Evans),\n"
        "including the PNC summary for the adults in the household.\n\n"
        "DC Alan Brooks\nThames Valley Police, Child Abuse Investigation Unit\n"
    )
    m.add_attachment(pdf, maintype="application", subtype="pdf", filename="PNC summary.pdf")
    m.set_boundary("==police-boundary==")
    return m.as_bytes(policy=policy.SMTP)


def forwarded(inner):
    """A practitioner forwards the police e-mail as an attachment (message/rfc822)."""
    b = "==fwd-boundary=="
    text = f"""Received: from mail.cafcass.gov.uk ([192.0.2.10]) by mx.cafcass.gov.uk; Thu, 20 Mar 2025 15:00:09 +0000
From: Sarah Whitfield <sarah.whitfield@cafcass.gov.uk>
To: business.services@cafcass.gov.uk
Subject: FW: Disclosure for MK23C00456
Date: Thu, 20 Mar 2025 15:00:00 +0000
Message-ID: <fwd-0001@cafcass.gov.uk>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="{b}"

--{b}
Content-Type: text/plain; charset=utf-8

Forwarding the police disclosure for MK23C00456, as discussed.

Sarah
--{b}
Content-Type: message/rfc822
Content-Disposition: attachment

"""
    return crlf(text) + inner + crlf(f"\n--{b}--\n")


def welsh():
    body = (
        "Annwyl Wasanaethau Busnes,\n\n"
        "Ynghylch achos CF22P00789 (Jones v Jones): mae\u2019r teulu\u2019n byw ger y llyn\n"
        "yn y cwm. Bydd y ceisydd yn dod \u00e2\u2019r dogfennau i\u2019r gwrandawiad; mae\u2019r\n"
        "\u0175yr yn aros gyda\u2019i nain. Roedd y t\u0177 yn daclus.\n\n"
        "Cofion,\nSi\u00e2n Pritchard\nCafcass Cymru\n"
    )
    m = EmailMessage(policy=policy.SMTP)
    m["Received"] = "from post.cafcass.gov.wales ([192.0.2.60]) by mx.cafcass.gov.uk; Wed, 19 Mar 2025 10:10:10 +0000"
    m["From"] = "Si\u00e2n Pritchard <sian.pritchard@cafcass.gov.wales>"
    m["To"] = "gwasanaethau.busnes@cafcass.gov.wales"
    m["Subject"] = "CF22P00789 \u2013 ymweliad c\u0175n a th\u0177"
    m["Date"] = "Wed, 19 Mar 2025 10:09:55 +0000"
    m["Message-ID"] = "<cymru-0001@cafcass.gov.wales>"
    m.set_content(body, cte="quoted-printable")
    return m.as_bytes(policy=policy.SMTP)


def legal():
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = "Cafcass Legal <legal@cafcass.gov.uk>"
    m["To"] = "sarah.whitfield@cafcass.gov.uk"
    m["Cc"] = "business.services@cafcass.gov.uk"
    m["Subject"] = "LS24P01234 advice on the C1A allegations"
    m["Date"] = "Fri, 21 Mar 2025 12:00:00 +0000"
    m["Message-ID"] = "<legal-0001@cafcass.gov.uk>"
    m.set_content(
        "PRIVILEGED AND CONFIDENTIAL - LEGAL ADVICE\n\n"
        "Sarah,\n\nOn LS24P01234: you may rely on the safeguarding checks already made;\n"
        "no further statement is needed before the hearing.\n\nCafcass Legal\n"
    )
    return m.as_bytes(policy=policy.SMTP)


def malformed_headers():
    """Broken but readable: a header line with no colon, an unreadable date, a broken
    encoded-word, an unbalanced address, no MIME-Version, a bare LF line ending in one place."""
    text = (
        "From: Gary Nolan <gary.nolan@contact-centre.example.org\r\n"
        "To: business.services@cafcass.gov.uk,, \r\n"
        "Subject: =?utf-8?Q?LV21C00999_contact_notes_=E2=80?= (broken =?bogus-charset?B?###?=)\r\n"
        "this line has no colon at all\r\n"
        "Date: sometime last Tuesday afternoon\r\n"
        "Message-ID: no-angle-brackets@contact-centre.example.org\r\n"
        "Content-Type: text/plain; charset=\"utf-8\r\n"
        "\r\n"
        "Contact notes for LV21C00999 (Re Morgan): Tomos and Elin attended the\n"
        "contact centre on Saturday. Both were settled.\r\n"
        "Gary\r\n"
    )
    return text.encode("ascii")


def truncated(pdf):
    """A multipart message cut off in the middle of its base64 attachment (no closing boundary)."""
    b = "==truncated-boundary=="
    full = f"""From: Sarah Whitfield <sarah.whitfield@cafcass.gov.uk>
To: business.services@cafcass.gov.uk
Subject: DR25P00077 report (this copy was cut off in transit)
Date: Sat, 22 Mar 2025 08:00:00 +0000
Message-ID: <truncated-0001@cafcass.gov.uk>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="{b}"

--{b}
Content-Type: text/plain; charset=utf-8

Report for DR25P00077 attached.
--{b}
Content-Type: application/pdf; name="Report.pdf"
Content-Disposition: attachment; filename="Report.pdf"
Content-Transfer-Encoding: base64

{b64lines(pdf)}
--{b}--
"""
    data = crlf(full)
    cut = data.index(b"Content-Transfer-Encoding: base64") + 200
    return data[:cut]


def not_an_email(pdf):
    return pdf


def no_from():
    """A message with no From header at all (a scanner's or a form's mail, or a broken export)."""
    text = """Received: from scan-01.cafcass.local ([10.1.2.9]) by mx.cafcass.gov.uk; Thu, 27 Mar 2025 08:40:12 +0000
To: business.services@cafcass.gov.uk
Subject: NW24C00333 school holiday dates
Date: Thu, 27 Mar 2025 08:40:00 +0000
Message-ID: <no-from-0001@cafcass.gov.uk>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Holiday dates for Ava and Mia (NW24C00333): the school closes on 4 April and
reopens on 22 April. Please add them to the case file.
"""
    return crlf(text)


def unreadable_from():
    """A From header that holds a name and no address (an internal relay rewrote it)."""
    text = """Received: from relay.example.org ([203.0.113.9]) by mx.cafcass.gov.uk; Fri, 28 Mar 2025 12:05:40 +0000
From: Contact Centre Reception
To: business.services@cafcass.gov.uk
Subject: LV21C00999 contact session moved
Date: Fri, 28 Mar 2025 12:05:31 +0000
Message-ID: <odd-from-0001@contact-centre.example.org>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

The contact session for LV21C00999 (Re Morgan) on Saturday is moved to
Sunday at 11:00, same room.
"""
    return crlf(text)


# ---------------------------------------------------------------------------------------------
# Routing (a Python copy of the rules in pipelines/routing.toml, to say the expected folder)


def route(sender, subject, text):
    with open(RULES, "rb") as f:
        rules = tomllib.load(f)
    lines = [l for l in text.splitlines() if l.strip()]
    title = "\n".join(lines[: rules["title_lines"]])
    fields = {"sender": sender, "subject": subject, "text": text, "title": title, "name": "", "source": "email"}
    best = {}
    for r in rules["rule"]:
        score = 0
        for p in r["match"]:
            hay = fields[p["on"]]
            # Rust's regex takes (?m) anywhere; Python only at the start.
            pat, flags = p["pattern"], re.IGNORECASE
            if "(?m)" in pat:
                pat, flags = pat.replace("(?m)", ""), flags | re.MULTILINE
            if hay and re.search(pat, hay, flags):
                score += p["weight"]
        folder = r["folder"]
        if score > best.get(folder, (0, ""))[0]:
            best[folder] = (score, r["id"])
    ranked = sorted(best.items(), key=lambda kv: -kv[1][0])
    if not ranked:
        return "needs-review", "", 0
    (folder, (score, rid)) = ranked[0]
    second = ranked[1][1][0] if len(ranked) > 1 else 0
    if score >= rules["min_score"] and score - second >= rules["margin"]:
        return folder, rid, score
    return "needs-review", "", score


# ---------------------------------------------------------------------------------------------


def main():
    pdf = small_pdf(["POSITION STATEMENT", "Hughes v Patel  LS24P01234", "Filed by the Family Court Adviser."])
    police_pdf = small_pdf(["POLICE DISCLOSURE", "Re Evans  MK23C00456", "PNC summary: no trace."])
    report_pdf = small_pdf(["REPORT", "DR25P00077"] + ["padding line %d" % i for i in range(40)])
    jpg = drawing_jpeg()
    png = logo_png()

    t1, _ = thread_message(1)
    t2, _ = thread_message(2)
    t3, _ = thread_message(3)
    police_eml = police(police_pdf)

    files = {
        "plain-attachments.eml": plain_with_attachments(pdf, jpg),
        "html-only.eml": html_only(png),
        "windows-1252.eml": windows_1252(),
        "iso-8859-1.eml": iso_8859_1(),
        "thread-1.eml": t1,
        "thread-2.eml": t2,
        "thread-3.eml": t3,
        "police.eml": police_eml,
        "forwarded.eml": forwarded(police_eml),
        "welsh.eml": welsh(),
        "legal.eml": legal(),
        "malformed-headers.eml": malformed_headers(),
        "truncated.eml": truncated(report_pdf),
        "empty.eml": b"",
        "not-an-email.eml": not_an_email(pdf),
        "no-from.eml": no_from(),
        "unreadable-from.eml": unreadable_from(),
    }
    for name, data in files.items():
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
    # The attachments as separate files, so tests can compare bytes.
    os.makedirs(os.path.join(HERE, "attachments"), exist_ok=True)
    for name, data in {
        "Position statement.pdf": pdf,
        "drawing.jpg": jpg,
        "logo.png": png,
        "PNC summary.pdf": police_pdf,
    }.items():
        with open(os.path.join(HERE, "attachments", name), "wb") as f:
            f.write(data)

    routes = {
        "police.eml": route("alan.brooks@thamesvalley.police.uk", "Disclosure for MK23C00456",
                            "OFFICIAL-SENSITIVE\n\nPlease find attached the police disclosure for case MK23C00456 (Re Evans),\nincluding the PNC summary for the adults in the household.\n\nDC Alan Brooks\nThames Valley Police, Child Abuse Investigation Unit\n"),
        "legal.eml": route("legal@cafcass.gov.uk", "LS24P01234 advice on the C1A allegations",
                           "PRIVILEGED AND CONFIDENTIAL - LEGAL ADVICE\n\nSarah,\n\nOn LS24P01234: you may rely on the safeguarding checks already made;\nno further statement is needed before the hearing.\n\nCafcass Legal\n"),
    }
    write_manifest(files, routes)
    for name, data in sorted(files.items()):
        print(f"{hashlib.sha256(data).hexdigest()[:16]}  {len(data):6d}  {name}")


def write_manifest(files, routes):
    out = [
        "# Expected outcomes for the e-mail sample (generated by make_mail.py; do not edit by hand).",
        "# One [[mail]] per file, in the order below.",
        "#   file          path relative to test-data/mail/",
        "#   outcome       \"parsed\" | \"error\"",
        "#   error         error only: the MailError kind (empty | not-an-email | truncated)",
        "#   case_number   the case it is about (in subject or body)",
        "#   from, subject exact decoded strings (from: the address; empty when there is none)",
        "#   sender_missing \"true\": no readable sender; filed with \"(no sender)\" and a contact-log note",
        "#   attachments   file names as parse() gives them, in order (inline images included)",
        "#   forwarded     number of message/rfc822 parts",
        "#   body_words    exact strings the body text must contain (charset and HTML checks)",
        "#   superseded_by the file of the later message that quotes this one (001 s4.7)",
        "#   folder        expected case-file folder by pipelines/routing.toml with sender, subject,",
        "#                 text = body, title = first 12 non-empty body lines, name = \"\"; \"needs-review\"",
        "#                 where no rule is sure enough; absent where the lead's wiring decides",
        "",
    ]

    def s(v):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'

    def arr(vs):
        return "[" + ", ".join(s(v) for v in vs) + "]"

    rows = [
        dict(file="plain-attachments.eml", outcome="parsed", case_number="LS24P01234",
             **{"from": "sarah.whitfield@cafcass.gov.uk"},
             subject="LS24P01234 Hughes v Patel - position statement and child's drawing",
             attachments=["Position statement.pdf", "drawing.jpg"], forwarded=0,
             body_words=["Amelia's drawing", "Leeds"], cc_count=2),
        dict(file="html-only.eml", outcome="parsed", case_number="MK23C00456",
             **{"from": "duty.team@la.example.gov.uk"}, subject="MK23C00456 local authority checks",
             attachments=["attachment-1.png"], forwarded=0,
             body_words=["Re Evans \u2013 MK23C00456",
                         "Working Together guidance (https://www.gov.uk/government/publications/working-together-to-safeguard-children--2)",
                         "referral record (https://la.example.gov.uk/childrens-services/referrals?case=MK23C00456&ref=77)",
                         "Strategy meeting: 3 March", "Children's Social Care"],
             body_absent=["never shown", "ignored title", "color:"]),
        dict(file="windows-1252.eml", outcome="parsed", case_number="CF22P00789",
             **{"from": "renee.dubois@contact-centre.example.org"},
             subject="CF22P00789 contact fee \u00a345 \u2013 mother\u2019s note",
             attachments=[], forwarded=0,
             body_words=["Jones v Jones \u2013 CF22P00789", "caf\u00e9", "\u00a345", "mother\u2019s",
                         "\u201cwishes and feelings\u201d", "Ren\u00e9e Dubois"]),
        dict(file="iso-8859-1.eml", outcome="parsed", case_number="BM25P00012",
             **{"from": "j.muller@school.example.sch.uk"},
             subject="BM25P00012 caf\u00e9 visit \u2013 \u00a320 voucher",
             attachments=[], forwarded=0,
             body_words=["Herr M\u00fcller", "caf\u00e9", "\u00a320", "Se\u00f1ora Pe\u00f1a", "r\u00e9sum\u00e9"]),
        dict(file="thread-1.eml", outcome="parsed", case_number="NW24C00333",
             **{"from": "priya.sharma@cafcass.gov.uk"}, subject="NW24C00333 school report",
             attachments=[], forwarded=0, body_words=["Ava's teacher"], superseded_by="thread-3.eml"),
        dict(file="thread-2.eml", outcome="parsed", case_number="NW24C00333",
             **{"from": "business.services@cafcass.gov.uk"}, subject="RE: NW24C00333 school report",
             attachments=[], forwarded=0, body_words=["Not yet."], superseded_by="thread-3.eml"),
        dict(file="thread-3.eml", outcome="parsed", case_number="NW24C00333",
             **{"from": "priya.sharma@cafcass.gov.uk"}, subject="RE: RE: NW24C00333 school report",
             attachments=[], forwarded=0, body_words=["paper copy", "> Not yet.", "> > Ava's teacher"]),
        dict(file="police.eml", outcome="parsed", case_number="MK23C00456",
             **{"from": "alan.brooks@thamesvalley.police.uk"}, subject="Disclosure for MK23C00456",
             attachments=["PNC summary.pdf"], forwarded=0, body_words=["PNC summary"],
             folder=routes["police.eml"][0]),
        dict(file="forwarded.eml", outcome="parsed", case_number="MK23C00456",
             **{"from": "sarah.whitfield@cafcass.gov.uk"}, subject="FW: Disclosure for MK23C00456",
             attachments=["Disclosure for MK23C00456.eml"], forwarded=1,
             body_words=["Forwarding the police disclosure"]),
        dict(file="welsh.eml", outcome="parsed", case_number="CF22P00789",
             **{"from": "sian.pritchard@cafcass.gov.wales"},
             subject="CF22P00789 \u2013 ymweliad c\u0175n a th\u0177", attachments=[], forwarded=0,
             body_words=["\u0175yr", "t\u0177", "dod \u00e2\u2019r", "Si\u00e2n Pritchard"]),
        dict(file="legal.eml", outcome="parsed", case_number="LS24P01234",
             **{"from": "legal@cafcass.gov.uk"}, subject="LS24P01234 advice on the C1A allegations",
             attachments=[], forwarded=0, body_words=["LEGAL ADVICE"], folder=routes["legal.eml"][0]),
        dict(file="malformed-headers.eml", outcome="parsed", case_number="LV21C00999",
             **{"from": "gary.nolan@contact-centre.example.org"},
             attachments=[], forwarded=0, body_words=["Tomos and Elin", "settled"], sent="none"),
        dict(file="truncated.eml", outcome="error", error="truncated", case_number="DR25P00077"),
        dict(file="empty.eml", outcome="error", error="empty"),
        dict(file="not-an-email.eml", outcome="error", error="not-an-email"),
        dict(file="no-from.eml", outcome="parsed", case_number="NW24C00333",
             **{"from": ""}, subject="NW24C00333 school holiday dates", attachments=[],
             forwarded=0, body_words=["school closes on 4 April"], sender_missing="true"),
        dict(file="unreadable-from.eml", outcome="parsed", case_number="LV21C00999",
             **{"from": ""}, subject="LV21C00999 contact session moved", attachments=[],
             forwarded=0, body_words=["Sunday at 11:00"], sender_missing="true"),
    ]
    assert [r["file"] for r in rows] == list(files.keys()) or set(r["file"] for r in rows) == set(files)
    for r in rows:
        out.append("[[mail]]")
        for k, v in r.items():
            if isinstance(v, list):
                out.append(f"{k} = {arr(v)}")
            elif isinstance(v, int):
                out.append(f"{k} = {v}")
            else:
                out.append(f"{k} = {s(v)}")
        out.append("")
    with open(os.path.join(HERE, "manifest.toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    main()
