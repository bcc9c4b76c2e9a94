#!/usr/bin/env python3
"""Make the office-document samples for casevault's conversion stage.

Run in this folder:  python3 make_office.py
Needs Python 3 and LibreOffice (`soffice` on PATH; Debian: `apt-get install libreoffice-writer`).

Writes, and rewrites on every run:
  Hughes v Patel - LS24P01234 - Position statement.docx   (RTF -> DOCX by LibreOffice)
  Evans - MK23C00456 - Police disclosure.odt              (RTF -> ODT by LibreOffice)
  Jones v Jones - CF22P00789 - Contact notes.rtf           (RTF written by hand here)
  Jones v Jones - CF22P00789 - Legacy letter.doc           (RTF -> Word 97 DOC by LibreOffice)
  corrupt.docx                                             (zip signature then seeded garbage)
  manifest.toml, PROVENANCE.md

Everyone named is invented. Nothing here is real personal data.
"""

import os
import random
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))

# Each sample: final file name, LibreOffice target ("" = keep the hand-written RTF), case number,
# title, paragraphs, and the words pdftotext must find in the converted PDF.
SAMPLES = [
    {
        "file": "Hughes v Patel - LS24P01234 - Position statement.docx",
        "kind": "docx",
        "target": "docx:MS Word 2007 XML",
        "case_number": "LS24P01234",
        "title": "POSITION STATEMENT ON BEHALF OF THE MOTHER",
        "paragraphs": [
            "In the Family Court sitting at Leeds. Case number: LS24P01234.",
            "Applicant: Daniel Hughes. Respondent: Priya Patel. The child is Amelia Hughes, aged 7.",
            "The mother asks the court to keep the current arrangement in place: Amelia lives with "
            "her mother in Headingley and spends alternate weekends with her father.",
            "Amelia attends Westfield Primary School. Her asthma is well controlled and her school "
            "reports good attendance this term.",
            "The mother agrees to a section 7 report from Cafcass and will attend the next hearing.",
        ],
        "words": ["POSITION", "STATEMENT", "LS24P01234", "Headingley", "Westfield", "asthma"],
    },
    {
        "file": "Evans - MK23C00456 - Police disclosure.odt",
        "kind": "odt",
        "target": "odt:writer8",
        "case_number": "MK23C00456",
        "title": "POLICE DISCLOSURE",
        "paragraphs": [
            "Thames Valley Police, Public Protection Unit. Case number: MK23C00456.",
            "Subject of the request: Gareth Evans, born 14 June 1988, of Bletchley, Milton Keynes.",
            "A search of the Police National Computer and of local constabulary records was made "
            "on 3 February 2025 by Detective Constable Ruth Okafor.",
            "One caution for criminal damage in 2019 is recorded. There are no convictions and no "
            "current investigations.",
            "This disclosure is made for the care proceedings only and must not be shared further.",
        ],
        "words": ["DISCLOSURE", "MK23C00456", "Police", "National", "Computer", "constabulary"],
    },
    {
        "file": "Jones v Jones - CF22P00789 - Contact notes.rtf",
        "kind": "rtf",
        "target": "",
        "case_number": "CF22P00789",
        "title": "SUPERVISED CONTACT NOTES",
        "paragraphs": [
            "Cardiff Family Centre. Case number: CF22P00789.",
            "Contact between Rhys Jones and his father, Owen Jones, on Saturday 8 March 2025, "
            "10:00 to 12:00. Supervisor: Carys Morgan.",
            "Rhys arrived on time with his mother. He greeted his father warmly and they played "
            "with the Lego set his father brought.",
            "Owen spoke with Rhys about school and football. No concerns were observed. The next "
            "contact is booked for 22 March.",
        ],
        "words": ["SUPERVISED", "CONTACT", "CF22P00789", "Cardiff", "Lego", "football"],
    },
    {
        "file": "Jones v Jones - CF22P00789 - Legacy letter.doc",
        "kind": "doc",
        "target": "doc:MS Word 97",
        "case_number": "CF22P00789",
        "title": "LETTER",
        "paragraphs": [
            "Dear Mrs Jones,",
            "Re: Jones v Jones. Case number: CF22P00789.",
            "I write to confirm that the hearing listed for 14 April 2025 at Cardiff Civil and "
            "Family Justice Centre will go ahead as planned.",
            "Please bring the school reports and the letter from the paediatrician to the hearing.",
            "Yours sincerely, Alun Pritchard, solicitor, Pritchard and Rees, Llandaff.",
        ],
        "words": ["LETTER", "CF22P00789", "hearing", "paediatrician", "Llandaff", "Pritchard"],
    },
]

CORRUPT = "corrupt.docx"


def rtf_escape(text):
    out = []
    for ch in text:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) > 127:
            out.append("\\u%d?" % ord(ch))
        else:
            out.append(ch)
    return "".join(out)


def make_rtf(sample):
    """A minimal RTF 1 document: a bold title, then one paragraph per entry, Times 12 pt."""
    lines = [
        "{\\rtf1\\ansi\\ansicpg1252\\deff0",
        "{\\fonttbl{\\f0\\froman Times New Roman;}}",
        "\\paperw11906\\paperh16838\\margl1440\\margr1440\\margt1440\\margb1440",
        "\\pard\\sa240\\qc\\b\\f0\\fs28 " + rtf_escape(sample["title"]) + "\\b0\\par",
    ]
    for p in sample["paragraphs"]:
        lines.append("\\pard\\sa200\\ql\\fs24 " + rtf_escape(p) + "\\par")
    lines.append("}")
    return ("\r\n".join(lines) + "\r\n").encode("ascii")


def soffice_convert(rtf_bytes, target, workdir):
    """Convert RTF bytes with LibreOffice in a private profile; returns the output bytes."""
    src = os.path.join(workdir, "input.rtf")
    with open(src, "wb") as f:
        f.write(rtf_bytes)
    out = os.path.join(workdir, "out")
    shutil.rmtree(out, ignore_errors=True)
    profile = "file://" + os.path.join(workdir, "profile")
    cmd = [
        "soffice", "-env:UserInstallation=" + profile, "--headless", "--norestore", "--nologo",
        "--nodefault", "--nolockcheck", "--convert-to", target, "--outdir", out, src,
    ]
    env = dict(os.environ, HOME=workdir)
    subprocess.run(cmd, check=True, env=env, timeout=180,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    ext = target.split(":")[0]
    with open(os.path.join(out, "input." + ext), "rb") as f:
        return f.read()


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    if shutil.which("soffice") is None:
        sys.exit("soffice not found: install LibreOffice (Debian: apt-get install libreoffice-writer)")
    os.chdir(HERE)
    sizes = {}
    with tempfile.TemporaryDirectory(prefix="make_office_") as work:
        for s in SAMPLES:
            rtf = make_rtf(s)
            data = rtf if not s["target"] else soffice_convert(rtf, s["target"], work)
            with open(s["file"], "wb") as f:
                f.write(data)
            sizes[s["file"]] = len(data)

    # A file that claims to be a DOCX: the local-file-header signature of a zip, then garbage.
    rng = random.Random(20250318)
    corrupt = b"PK\x03\x04" + rng.randbytes(2044)
    with open(CORRUPT, "wb") as f:
        f.write(corrupt)
    sizes[CORRUPT] = len(corrupt)

    for name, size in sizes.items():
        if size >= 30 * 1024:
            sys.exit("%s is %d bytes; samples must stay under 30 KB" % (name, size))

    m = [
        "# Ground truth for the office-document samples (generated by make_office.py; do not edit).",
        "#   file         path relative to test-data/office/",
        "#   kind         what sniffing the bytes must say: docx | odt | rtf | doc",
        '#   expected     "stored" | "quarantined"',
        '#   reason       quarantined only: "corrupt" (LibreOffice cannot read it)',
        "#   case_number  the case the document belongs to, where it has one",
        "#   words        words pdftotext must find in the PDF LibreOffice makes from the file",
        "",
    ]
    for s in SAMPLES:
        m += [
            "[[doc]]",
            "file = " + toml_str(s["file"]),
            "kind = " + toml_str(s["kind"]),
            'expected = "stored"',
            "case_number = " + toml_str(s["case_number"]),
            "words = [" + ", ".join(toml_str(w) for w in s["words"]) + "]",
            "",
        ]
    m += [
        "[[doc]]",
        "file = " + toml_str(CORRUPT),
        'kind = "docx"',
        'expected = "quarantined"',
        'reason = "corrupt"',
        "words = []",
        "",
    ]
    with open("manifest.toml", "w", encoding="utf-8") as f:
        f.write("\n".join(m))

    version = subprocess.run(["soffice", "--version"], capture_output=True, text=True,
                             env=dict(os.environ, HOME=tempfile.gettempdir())).stdout.strip()
    prov = """# Provenance of the office-document samples

Everything in this folder except `make_office.py` is made by `make_office.py` (Python 3,
standard library only, and LibreOffice's `soffice` on PATH; made here with {version}).
Run `python3 make_office.py` in this folder to rebuild; it rewrites only the files listed below.

All people, children, addresses, officers, solicitors and events are invented. Organisation and
place names (Cafcass, Thames Valley Police, Cardiff, Leeds, Milton Keynes) only set the scene.
No real personal data is in any file.

| file | how it is made | bytes |
| --- | --- | --- |
{rows}

- The RTF is written by hand by the script (RTF 1, `\\ansi`, Times New Roman 12 pt, A4).
- The DOCX, ODT and DOC are that kind of RTF converted by LibreOffice headless
  (`--convert-to docx:"MS Word 2007 XML"`, `odt:writer8`, `doc:"MS Word 97"`) with a private
  profile in a temporary folder.
- `corrupt.docx` is the 4-byte zip signature `PK\\x03\\x04` followed by 2044 bytes from
  `random.Random(20250318).randbytes`: it looks like a DOCX to a sniffer but LibreOffice cannot
  open it, so the pipeline must quarantine it with the reason `corrupt` and must not hang.
- `manifest.toml` lists, for each file, the kind sniffing must report, the expected outcome and
  the words that `pdftotext` must find in the PDF LibreOffice makes from it.

Determinism: the RTF and `corrupt.docx` are byte-identical on every run. The DOCX, ODT and DOC
carry LibreOffice's timestamps and generator version, so their bytes change from run to run and
between LibreOffice versions; their text does not.
""".format(
        version=version or "LibreOffice",
        rows="\n".join(
            "| `%s` | %s | %d |" % (
                name,
                "hand-written RTF" if name.endswith(".rtf")
                else "seeded garbage after a zip signature" if name == CORRUPT
                else "RTF converted by LibreOffice",
                size,
            )
            for name, size in sizes.items()
        ),
    )
    with open("PROVENANCE.md", "w", encoding="utf-8") as f:
        f.write(prov)
    print("wrote %d samples, manifest.toml and PROVENANCE.md" % len(sizes))


if __name__ == "__main__":
    main()
