#!/usr/bin/python3
"""Checks test-data/formats/pdf/ against the tools and against manifest.toml / facts.toml:
  - qpdf --check: clean, warnings or errors (recorded in facts.toml as qpdf_check);
  - pdftoppm -r 100: renders every page or not (facts: pdftoppm_renders);
  - for stored files: pdftoppm -r 300 -gray, each page turned by its expected orientation
    correction, then `tesseract PAGE -`: every manifest word must be in the text;
  - with --lopdf PATH: a helper binary (see PROVENANCE.md) that loads each file with
    lopdf 0.47 and renders it with hayro 0.9 (facts: lopdf_loads, hayro_renders).
Usage: check_pdfs.py [--lopdf /tmp/pdfcheck/target/release/pdfcheck] [--no-ocr] [name...]
Prints one line per file and a summary; exits non-zero when a file is not as recorded.
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


def run(args, timeout=120, limit_mb=None):
    pre = []
    if limit_mb:
        pre = ["prlimit", f"--as={limit_mb * 1024 * 1024}"]
    try:
        p = subprocess.run(pre + args, capture_output=True, timeout=timeout, env=ENV)
        return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode(
            "utf-8", "replace")
    except subprocess.TimeoutExpired:
        return -1, "", "timeout"


def qpdf_check(path):
    rc, out, err = run(["qpdf", "--check", str(path)], timeout=60)
    # qpdf exit codes: 0 clean, 3 warnings, 2 errors
    return {0: "clean", 3: "warnings"}.get(rc, "errors"), (out + err).strip()


def pdftoppm_renders(path, pages):
    with tempfile.TemporaryDirectory() as td:
        rc, out, err = run(["pdftoppm", "-r", "100", "-gray", str(path), f"{td}/p"],
                           timeout=120, limit_mb=3000)
        made = sorted(Path(td).glob("p*.pgm"))
        ok = rc == 0 and len(made) > 0 and (pages is None or len(made) == pages)
        return ok, len(made), err.strip()[:300]


def ocr_words(path, orientations):
    text = []
    with tempfile.TemporaryDirectory() as td:
        rc, _, err = run(["pdftoppm", "-r", "300", "-gray", str(path), f"{td}/p"],
                         timeout=300)
        for i, png in enumerate(sorted(Path(td).glob("p*.pgm"))):
            rot = orientations[i] if i < len(orientations) else 0
            if rot:
                img = Image.open(png)
                # correction is clockwise; PIL rotates counter-clockwise
                img.rotate(-rot, expand=True).save(png)
            rc, out, _ = run(["tesseract", str(png), "-"], timeout=300)
            text.append(out)
    return "\n".join(text)


def main():
    args = sys.argv[1:]
    helper = None
    ocr = True
    if "--lopdf" in args:
        i = args.index("--lopdf")
        helper = args[i + 1]
        del args[i : i + 2]
    if "--no-ocr" in args:
        ocr = False
        args.remove("--no-ocr")
    manifest = tomllib.loads((HERE / "manifest.toml").read_text())["file"]
    facts = {f["file"]: f for f in tomllib.loads((HERE / "facts.toml").read_text())["file"]}
    bad = 0
    for e in manifest:
        name = e["file"]
        if args and not any(a in name for a in args):
            continue
        f = facts[name]
        path = HERE / name
        problems = []
        q, qmsg = qpdf_check(path)
        if q != f["qpdf_check"]:
            problems.append(f"qpdf {q} (facts: {f['qpdf_check']}): {qmsg[-200:]}")
        r, n, rerr = pdftoppm_renders(path, e.get("pages"))
        if r != f["pdftoppm_renders"]:
            problems.append(f"pdftoppm renders={r} pages={n} (facts: "
                            f"{f['pdftoppm_renders']}) {rerr}")
        if e["outcome"] == "stored" and not r:
            problems.append("stored but pdftoppm does not render it")
        if helper:
            rc, out, err = run([helper, "lopdf", str(path)], timeout=60, limit_mb=2000)
            loads = out.startswith("lopdf OK")
            if loads != f["lopdf_loads"]:
                problems.append(f"lopdf loads={loads} (facts: {f['lopdf_loads']}) "
                                f"{(out + err).strip()[:200]}")
            rc, out, err = run([helper, "hayro", str(path)], timeout=120, limit_mb=3000)
            hr = out.startswith("hayro OK") and "pages=0" not in out
            if hr != f["hayro_renders"]:
                problems.append(f"hayro renders={hr} (facts: {f['hayro_renders']}) "
                                f"{(out + err).strip()[:200]}")
        if ocr and e["outcome"] == "stored":
            orient = [pg.get("orientation", 0) for pg in f.get("page", [])]
            text = ocr_words(path, orient).lower()
            missing = [w for w in e.get("words", []) if w.lower() not in text]
            if missing:
                problems.append(f"tesseract misses {missing}")
        status = "ok" if not problems else "FAIL"
        print(f"{status:4} {e['outcome']:11} {name}")
        for p in problems:
            print(f"       {p}")
        bad += bool(problems)
    print(f"{bad} files not as recorded")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
