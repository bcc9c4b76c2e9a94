#!/usr/bin/python3
"""Checks test-data/formats/pdf/ against the tools, and records what they do.

For every file of manifest.toml:
  - qpdf --check: "clean", "warnings" or "errors";
  - pdftoppm -r 100 (poppler): does it render every page (how many pages);
  - with --viewers: mutool draw (MuPDF), gs (Ghostscript) and, with --pdfium PYTHON (a Python
    that has pypdfium2 and numpy), PDFium: does each render every page;
  - with --helper BIN: the scratch binary of PROVENANCE.md that loads the file with lopdf 0.47
    (Document::load_mem, get_pages, get_page_images) and renders it with hayro 0.9;
  - stored files: pdftoppm -r 300 -gray, each page turned by its expected orientation
    correction, `tesseract PAGE -`: every manifest word must come out (skip with --no-ocr).
Each run with --record writes the tool results to viewers.toml (make_pdfs.py copies them into
facts.toml); a run without it compares them with viewers.toml and exits non-zero on any
difference. Every tool runs under a 3 GB address-space limit and a time limit: a tool that
runs out of either "does not render".
Usage: check_pdfs.py [--record] [--viewers] [--pdfium PY] [--helper BIN] [--no-ocr] [name...]
"""

import os
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

from PIL import Image

HERE = Path(__file__).resolve().parent
ENV = dict(os.environ, OMP_THREAD_LIMIT="1")
LIMIT = ["prlimit", f"--as={3 * 1024 ** 3}"]

PDFIUM = r"""
import sys, pypdfium2 as pdfium
pdf = pdfium.PdfDocument(sys.argv[1])
n = len(pdf)
for i in range(n):
    a = pdf[i].render(scale=100 / 72, grayscale=True).to_numpy()
    assert min(a.shape[:2]) > 10, "a page of no size"
print("pages", n)
"""


def run(args, timeout=180, limit=True):
    try:
        p = subprocess.run((LIMIT if limit else []) + args, capture_output=True,
                           timeout=timeout, env=ENV)
        return p.returncode, (p.stdout + p.stderr).decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        return -1, "timeout"


def qpdf_check(path):
    rc, out = run(["qpdf", "--check", str(path)], timeout=120)
    return {0: "clean", 3: "warnings"}.get(rc, "errors")


def renders(cmd_for, path, pattern, pages):
    """Runs a renderer into a temporary folder; True when it made every page."""
    with tempfile.TemporaryDirectory() as td:
        rc, out = run(cmd_for(td), timeout=180)
        images = sorted(Path(td).glob(pattern))
        made = len(images)
        # a page of (almost) no size is what poppler makes of a Pages node it cannot use
        real = all(min(Image.open(i).size) > 10 for i in images)
    expected = pages if pages else made
    return rc == 0 and made > 0 and made == expected and real, made


def ocr_text(path, orientations):
    text = []
    with tempfile.TemporaryDirectory() as td:
        run(["pdftoppm", "-r", "300", "-gray", str(path), f"{td}/p"], timeout=300)
        pngs = sorted(Path(td).glob("p*.pgm"))
        if not pngs:
            # a file poppler cannot open but the rule stores (see manifest.toml): MuPDF's view
            run(["mutool", "draw", "-q", "-r", "300", "-c", "gray", "-o", f"{td}/m%03d.pgm",
                 str(path)], timeout=300)
            pngs = sorted(Path(td).glob("m*.pgm"))
        for i, png in enumerate(pngs):
            rot = orientations[i] if i < len(orientations) else 0
            if rot:
                # the correction is clockwise; PIL's rotate is counter-clockwise
                Image.open(png).rotate(-rot, expand=True).save(png)
            _, out = run(["tesseract", str(png), "-"], timeout=300, limit=False)
            text.append(out)
    return "\n".join(text)


def measure(path, pages, viewers, pdfium, helper):
    r = {"qpdf_check": qpdf_check(path)}
    ok, made = renders(lambda td: ["pdftoppm", "-r", "100", "-gray", str(path), f"{td}/p"],
                       path, "p*.pgm", pages)
    r["pdftoppm_renders"] = ok
    r["pdftoppm_pages"] = made
    if viewers:
        r["mupdf_renders"], _ = renders(
            lambda td: ["mutool", "draw", "-q", "-r", "100", "-o", f"{td}/m%d.pgm", str(path)],
            path, "m*.pgm", pages)
        r["gs_renders"], _ = renders(
            lambda td: ["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pgmraw",
                        "-r100", "-o", f"{td}/g%d.pgm", str(path)], path, "g*.pgm", pages)
    if pdfium:
        rc, out = run([pdfium, "-c", PDFIUM, str(path)], timeout=180)
        got = out.strip().split()[-1] if rc == 0 and out.startswith("pages") else "0"
        r["pdfium_renders"] = rc == 0 and got != "0" and (not pages or int(got) == pages)
    if helper:
        rc, out = run([helper, "lopdf", str(path)], timeout=120)
        r["lopdf_loads"] = out.startswith("lopdf OK") and "pages=0" not in out
        r["lopdf_note"] = " ".join(out.split())[:200]
        rc, out = run([helper, "hayro", str(path)], timeout=180)
        r["hayro_renders"] = out.startswith("hayro OK") and "pages=0" not in out
    return r


def toml_value(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    return '"' + str(v).replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    args = sys.argv[1:]

    def opt(name):
        if name in args:
            i = args.index(name)
            v = args[i + 1]
            del args[i : i + 2]
            return v
        return None

    def flag(name):
        if name in args:
            args.remove(name)
            return True
        return False

    record = flag("--record")
    viewers = flag("--viewers")
    no_ocr = flag("--no-ocr")
    pdfium = opt("--pdfium")
    helper = opt("--helper")
    manifest = tomllib.loads((HERE / "manifest.toml").read_text())["file"]
    facts = {f["file"]: f for f in tomllib.loads((HERE / "facts.toml").read_text())["file"]}
    vpath = HERE / "viewers.toml"
    known = {}
    if vpath.exists():
        known = {f["file"]: f for f in tomllib.loads(vpath.read_text())["file"]}
    results = {}
    bad = 0
    for e in manifest:
        name = e["file"]
        if args and not any(a in name for a in args):
            continue
        path = HERE / name
        pages = e.get("pages") or len(facts[name].get("page", [])) or None
        r = measure(path, pages, viewers, pdfium, helper)
        results[name] = r
        problems = []
        if not record:
            want = known.get(name, {})
            for k, v in r.items():
                if k.endswith("_note") or k == "pdftoppm_pages":
                    continue
                if k in want and want[k] != v:
                    problems.append(f"{k} = {v}, viewers.toml says {want[k]}")
        if e["outcome"] == "stored" and not no_ocr:
            orient = [pg.get("orientation", 0) for pg in facts[name].get("page", [])]
            text = ocr_text(path, orient).lower()
            missing = [w for w in e.get("words", []) if w.lower() not in text]
            if missing:
                problems.append(f"tesseract does not read {missing}")
        short = " ".join(f"{k}={v}" for k, v in r.items() if not k.endswith("_note"))
        print(f"{'ok' if not problems else 'FAIL':4} {e['outcome']:11} {name}\n      {short}",
              flush=True)
        for p in problems:
            print(f"      {p}")
        bad += bool(problems)
    if record:
        merged = dict(known)
        for name, r in results.items():
            merged[name] = {"file": name, **{**known.get(name, {}), **r}}
        order = [e["file"] for e in manifest if e["file"] in merged]
        lines = ["# What the tools do with each file of this folder, recorded by",
                 "#   check_pdfs.py --record --viewers --pdfium PY --helper BIN",
                 "# (versions in PROVENANCE.md). make_pdfs.py copies these into facts.toml.", ""]
        for name in order:
            lines.append("[[file]]")
            for k, v in merged[name].items():
                lines.append(f"{k} = {toml_value(v)}")
            lines.append("")
        vpath.write_text("\n".join(lines))
    print(f"{bad} of {len(results)} files not as recorded")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
