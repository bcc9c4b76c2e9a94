#!/usr/bin/env python3
"""Makes test-data/ocr-real/: labelled pages in the formats real offices produce.

The pages the accuracy test (tests/ocr_accuracy.rs) and the real-format bench
(benches/real_formats.rs) read. Each page is laid out here from the text in texts.py, and the
words it prints are written beside it as <page>.gt.txt (one printed line per line, in reading
order), so the ground truth is exact by construction. Then each page is degraded the way its
format is in an office:

  b*  bilevel 300 dpi office pages (UNLV style): drawn at 600 dpi, skewed 0.3-1.5 degrees,
      blurred, reduced to 300 dpi, noise and uneven toner added, thresholded (broken or touching
      characters), specks; stored as a CCITT G4 TIFF and as a scanner-style PDF (G4 through
      tiff2pdf or img2pdf, or JBIG2, arithmetic-coded generic region, written here);
  g*  grey or colour 300 dpi scans: paper tint, scanner blur and noise, JPEG quality 75-85;
      g5 is a JPEG inside a PDF (img2pdf);
  p*  phone photographs of documents: the page warped by a perspective (and a curl) over a
      desk, uneven light and a shadow, slight motion blur, colour noise, sharpening, JPEG
      quality 85-92, 72 dpi as phones write.

Deterministic: every random choice comes from numpy's PCG64 or Python's Random with a fixed
seed per page; PDFs and TIFFs carry fixed dates. Different Pillow, FreeType, numpy, libjpeg,
libtiff or img2pdf versions may change bytes (not what the pages say).

Needs Debian 12's python3 with python3-pil and python3-numpy, libtiff-tools (ppm2tiff, tiffset,
tiff2pdf), img2pdf, fonts-liberation, fonts-freefont-ttf, fonts-dejavu-core.
Usage (from anywhere): python3 make_pages.py [PAGE-ID ...]   (no ids: every page)
"""
import io
import math
import os
import random
import subprocess
import sys
import tempfile

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

import jbig2
import texts as T

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = "/usr/share/fonts/truetype/liberation/"
FREE = "/usr/share/fonts/truetype/freefont/"
DJV = "/usr/share/fonts/truetype/dejavu/"
FONTS = {
    "serif": LIB + "LiberationSerif-Regular.ttf",
    "serif-bold": LIB + "LiberationSerif-Bold.ttf",
    "serif-italic": LIB + "LiberationSerif-Italic.ttf",
    "sans": LIB + "LiberationSans-Regular.ttf",
    "sans-bold": LIB + "LiberationSans-Bold.ttf",
    "sans-italic": LIB + "LiberationSans-Italic.ttf",
    "freesans": FREE + "FreeSans.ttf",
    "freesans-bold": FREE + "FreeSansBold.ttf",
    "mono": FREE + "FreeMono.ttf",
    "djv-sans": DJV + "DejaVuSans.ttf",
    "djv-mono": DJV + "DejaVuSansMono.ttf",
}
A4_IN = (210 / 25.4, 297 / 25.4)
FIXED_DATE = "2025-03-11T09:30:00"


# ---------------------------------------------------------------------------------------------
# Layout: a page that records every word it prints.
# ---------------------------------------------------------------------------------------------
class Page:
    """A page drawn at `dpi`; `lines` holds the printed lines (the ground truth) in reading order."""

    def __init__(self, dpi, size_in=A4_IN, mode="L", paper=255):
        self.dpi = dpi
        self.w, self.h = round(size_in[0] * dpi), round(size_in[1] * dpi)
        self.img = Image.new(mode, (self.w, self.h), paper)
        self.d = ImageDraw.Draw(self.img)
        self.lines = []
        self.ink = 0 if mode == "L" else (18, 18, 22)

    def px(self, pt):
        return pt * self.dpi / 72.0

    def inch(self, i):
        return i * self.dpi

    def font(self, name, pt):
        return ImageFont.truetype(FONTS[name], round(self.px(pt)))

    def text(self, x, y, s, font, fill=None, record=True, anchor="ls"):
        """Draws one line with its baseline at y; records it unless told not to."""
        self.d.text((x, y), s, font=font, fill=self.ink if fill is None else fill, anchor=anchor)
        if record and s.strip():
            self.lines.append(s.strip())

    def width(self, s, font):
        return font.getlength(s)

    def paragraph(self, x0, x1, y, s, font, leading=1.22, justify=False, hyphenate=False,
                  indent=0.0, fill=None, bottom=None, next_column=None):
        """Wraps `s` between x0 and x1 from baseline y; returns the baseline after the last line.

        With `hyphenate`, a long word that does not fit is split with a hyphen (never at a hyphen
        already in it); the ground truth records the whole word on the line where it starts.
        With `bottom`, a line that would fall below it goes to `next_column()` -> (x0, x1, y)."""
        toks = [(w, w) for w in s.split()]  # (printed, truth word or None for a word's tail)
        space = font.getlength(" ")
        step = font.size * leading
        first = True
        while toks:
            if bottom is not None and y > bottom:
                x0, x1, y = next_column()
                bottom = None
            lx0 = x0 + (indent if first else 0)
            avail = x1 - lx0
            line, used = [], 0.0
            while toks:
                text, truth = toks[0]
                need = font.getlength(text) + (space if line else 0)
                if used + need <= avail or not line:
                    line.append(toks.pop(0))
                    used += need
                    continue
                if hyphenate and truth is not None:
                    cut = self._hyphen_cut(text, font, avail - used - space)
                    if cut:
                        head = (text[:cut] + "-", truth)
                        toks[0] = (text[cut:], None)
                        line.append(head)
                        used += space + font.getlength(head[0])
                break
            gaps = len(line) - 1
            extra = (avail - used) / gaps if (justify and toks and gaps > 0) else 0.0
            x = lx0
            for text, _ in line:
                self.d.text((x, y), text, font=font, fill=self.ink if fill is None else fill,
                            anchor="ls")
                x += font.getlength(text) + space + extra
            truth_line = " ".join(t for _, t in line if t is not None)
            if truth_line:
                self.lines.append(truth_line)
            y += step
            first = False
        return y

    def _hyphen_cut(self, w, font, room):
        core = w.rstrip(".,;:")
        if len(core) < 8 or not core.isalpha():
            return None
        for cut in range(len(core) - 3, 3, -1):
            if font.getlength(core[:cut] + "-") <= room:
                return cut
        return None

    def rule(self, x0, x1, y, weight_pt=0.8, fill=None):
        wpx = max(1, round(self.px(weight_pt)))
        self.d.rectangle((x0, y, x1, y + wpx), fill=self.ink if fill is None else fill)

    def box(self, x0, y0, x1, y1, weight_pt=0.8):
        self.d.rectangle((x0, y0, x1, y1), outline=self.ink, width=max(1, round(self.px(weight_pt))))

    def checkbox(self, x, y, size_pt, ticked):
        s = self.px(size_pt)
        self.box(x, y - s, x + s, y, 0.7)
        if ticked:
            wpx = max(1, round(self.px(1.0)))
            self.d.line((x + s * 0.2, y - s * 0.8, x + s * 0.8, y - s * 0.2), fill=self.ink, width=wpx)
            self.d.line((x + s * 0.2, y - s * 0.2, x + s * 0.8, y - s * 0.8), fill=self.ink, width=wpx)

    def signature(self, x, y, seed, width_in=1.6, fill=None):
        """A hand-drawn squiggle (no words)."""
        r = random.Random(seed)
        pts = []
        n = 60
        a1, a2, a3 = r.uniform(0.5, 1.0), r.uniform(0.2, 0.5), r.uniform(0.1, 0.3)
        for i in range(n):
            t = i / (n - 1)
            xx = x + t * self.inch(width_in)
            yy = y - self.px(8) * (a1 * math.sin(t * 9.0 + r.random()) + a2 * math.sin(t * 23.0)
                                   + a3 * math.sin(t * 41.0))
            pts.append((xx, yy))
        self.d.line(pts, fill=self.ink if fill is None else fill, width=max(1, round(self.px(1.1))))


# ---------------------------------------------------------------------------------------------
# The pages.
# ---------------------------------------------------------------------------------------------
def letterhead(p, x0, x1, y, lines, big="serif-bold", small="serif", big_pt=18, small_pt=9):
    p.text(x0, y, lines[0], p.font(big, big_pt))
    y += p.px(big_pt * 1.15)
    for s in lines[1:]:
        p.text(x0, y, s, p.font(small, small_pt))
        y += p.px(small_pt * 1.3)
    p.rule(x0, x1, y - p.px(small_pt * 0.6) + p.px(6), 1.0)
    return y + p.px(14)


def page_b1(p):
    m = p.inch(1.0)
    x1 = p.w - m
    y = letterhead(p, m, x1, p.inch(0.85), T.B1_LETTERHEAD)
    f = p.font("serif", 11)
    lead = p.px(11 * 1.22)
    ya = y + p.px(10)
    for s in T.B1_ADDRESS:
        p.text(m, ya, s, f)
        ya += lead
    yr = y + p.px(10)
    xr = p.w - m - p.inch(2.3)
    for s in T.B1_REFS:
        p.text(xr, yr, s, f)
        yr += lead
    y = max(ya, yr) + lead
    p.text(m, y, T.B1_SALUTATION, f)
    y += lead * 1.6
    y = p.paragraph(m, x1, y, T.B1_SUBJECT, p.font("serif-bold", 11))
    y += lead * 0.5
    for para in T.B1_BODY:
        y = p.paragraph(m, x1, y, para, f, justify=True)
        y += lead * 0.6
    p.text(m, y + lead * 0.4, T.B1_CLOSE, f)
    y += lead * 1.4
    p.signature(m, y + p.px(18), seed=101)
    y += p.px(44)
    for s in T.B1_SIGNATORY:
        p.text(m, y, s, f)
        y += lead
    fy = p.h - p.inch(0.95)
    p.rule(m, x1, fy - p.px(12), 0.5)
    fy = p.paragraph(m, x1, fy, T.B1_FOOTER[0], p.font("serif", 8), leading=1.2)
    p.text(x1, fy, T.B1_FOOTER[1], p.font("serif", 8), anchor="rs")


def page_b2(p):
    m = p.inch(1.0)
    x1 = p.w - m
    y = p.inch(1.1)
    p.text(m, y, "MEMORANDUM", p.font("sans-bold", 20))
    y += p.px(34)
    f, fb = p.font("sans", 10), p.font("sans-bold", 10)
    lead = p.px(10 * 1.3)
    for label, value in T.B2_FIELDS:
        p.d.text((m, y), label, font=fb, fill=p.ink, anchor="ls")
        p.d.text((m + p.inch(0.9), y), value, font=f, fill=p.ink, anchor="ls")
        p.lines.append(f"{label} {value}")
        y += lead * 1.25
    p.rule(m, x1, y - p.px(4), 1.2)
    y += lead * 1.4
    for para in T.B2_BODY:
        y = p.paragraph(m, x1, y, para, f, leading=1.3)
        y += lead * 0.7
    p.text(m, y, T.B2_LIST_HEAD, fb)
    y += lead * 1.3
    for i, item in enumerate(T.B2_LIST, start=1):
        num = f"{i}."
        p.d.text((m + p.px(8), y), num, font=f, fill=p.ink, anchor="ls")
        before = len(p.lines)
        y = p.paragraph(m + p.px(28), x1, y, item, f, leading=1.3)
        p.lines[before] = f"{num} {p.lines[before]}"
        y += lead * 0.3
    y += lead * 0.5
    for para in T.B2_END:
        y = p.paragraph(m, x1, y, para, f, leading=1.3)
    y += lead * 1.2
    p.signature(m, y + p.px(12), seed=202, width_in=1.3)
    y += p.px(40)
    for s in T.B2_SIGNATORY:
        p.text(m, y, s, f)
        y += lead


def page_b3(p):
    m = p.inch(0.8)
    x1 = p.w - m
    y = p.inch(0.95)
    p.text(m, y, T.B3_TITLE, p.font("sans-bold", 16))
    y += p.px(18)
    p.text(m, y, T.B3_SUBTITLE, p.font("sans-italic", 9))
    y += p.px(12)
    lab = p.font("sans-bold", 7.5)
    f = p.font("sans", 10)
    lead = p.px(10 * 1.3)
    row_h = p.px(34)
    mid = (m + x1) / 2

    def cell(x0, y0, x1_, h, label, value=None):
        p.box(x0, y0, x1_, y0 + h)
        p.text(x0 + p.px(4), y0 + p.px(10), label, lab)
        if value is not None:
            p.text(x0 + p.px(6), y0 + p.px(27), value, f)

    cell(m, y, mid, row_h, "Case number", "BM25P00012")
    cell(mid, y, x1, row_h, "Case name", "Smith v Brown")
    y += row_h
    cell(m, y, mid, row_h, "Date of contact", "24 February 2025")
    cell(mid, y, x1, row_h, "Time", "10:30 to 11:45")
    y += row_h
    cell(m, y, x1, row_h, "Type of contact")
    x = m + p.px(8)
    for name, ticked in (("Home visit", True), ("Office visit", False), ("Telephone", False),
                         ("Video call", False), ("School visit", False)):
        p.checkbox(x, y + p.px(28), 9, ticked)
        x += p.px(14)
        p.d.text((x, y + p.px(27)), name, font=f, fill=p.ink, anchor="ls")
        x += p.width(name, f) + p.px(22)
    p.lines.append("Home visit Office visit Telephone Video call School visit")
    y += row_h
    cell(m, y, x1, row_h + lead, "Persons present")
    yy = p.paragraph(m + p.px(6), x1 - p.px(6), y + p.px(27),
                     "Leo Smith (child), Kirsty Smith (mother), Joanne Pritchard (Family Court "
                     "Adviser)", f)
    y += row_h + lead
    cell(m, y, x1, row_h, "Location", "22 Orchard Close, Westmere WM4 2PL")
    y += row_h
    top = y
    p.text(m + p.px(4), y + p.px(10), "Summary of contact", lab)
    yy = p.paragraph(m + p.px(6), x1 - p.px(6), y + p.px(27), T.B3_SUMMARY, f, leading=1.3)
    y = yy + p.px(4)
    p.box(m, top, x1, y)
    top = y
    p.text(m + p.px(4), y + p.px(10), "Actions agreed", lab)
    yy = y + p.px(27)
    for a in T.B3_ACTIONS:
        p.text(m + p.px(6), yy, a, f)
        yy += lead
    y = yy + p.px(2)
    p.box(m, top, x1, y)
    third = (x1 - m) / 3
    cell(m, y, m + third, row_h, "Recorded by", "Joanne Pritchard")
    cell(m + third, y, m + 2 * third, row_h, "Date recorded", "24 February 2025")
    cell(m + 2 * third, y, x1, row_h, "Signature")
    p.signature(m + 2 * third + p.px(20), y + p.px(26), seed=303, width_in=1.2)
    y += row_h
    p.text(m, y + p.px(14), T.B3_FOOTER, p.font("sans", 7.5))


def page_b4(p):
    m = p.inch(0.85)
    x1 = p.w - m
    y = p.inch(1.0)
    p.text(p.w / 2, y, T.B4_HEAD[0], p.font("serif-bold", 14), anchor="ms")
    y += p.px(18)
    p.text(p.w / 2, y, T.B4_HEAD[1], p.font("serif-italic", 12), anchor="ms")
    y += p.px(15)
    p.text(p.w / 2, y, T.B4_HEAD[2], p.font("serif", 10), anchor="ms")
    y += p.px(10)
    p.rule(m, x1, y, 0.6)
    y += p.px(22)
    p.text(m, y, T.B4_SECTION, p.font("serif-bold", 11))
    y += p.px(20)
    f = p.font("serif", 10)
    gutter = p.px(20)
    colw = (x1 - m - gutter) / 2
    cols = [(m, m + colw), (m + colw + gutter, x1)]
    bottom = p.h - p.inch(1.0)
    state = {"col": 0}

    def next_column():
        state["col"] += 1
        return cols[1][0], cols[1][1], y

    lead = p.px(10 * 1.2)
    # Balance the columns: lay the text out once in one long column to count its lines.
    scratch = Page(p.dpi, size_in=(0.1, 0.1))
    ys = 0.0
    for para in T.B4_BODY:
        ys = scratch.paragraph(0, colw, ys, para, f, leading=1.2, hyphenate=True) + lead * 0.45
    bottom = min(bottom, y + ys / 2 - lead * 0.5)
    yc = y
    for para in T.B4_BODY:
        x0c, x1c = cols[state["col"]]
        if state["col"] == 0 and yc > bottom:
            x0c, x1c, yc = next_column()
        yc = p.paragraph(x0c, x1c, yc, para, f, leading=1.2, justify=True, hyphenate=True,
                         bottom=bottom if state["col"] == 0 else None, next_column=next_column)
        yc += lead * 0.45
    p.rule(m, x1, p.h - p.inch(0.8) - p.px(12), 0.4)
    p.text(m, p.h - p.inch(0.8), T.B4_FOOTER[0], p.font("serif-italic", 9))
    p.text(x1, p.h - p.inch(0.8), T.B4_FOOTER[1], p.font("serif", 9), anchor="rs")


def page_b5(p):
    m = p.inch(0.8)
    x1 = p.w - m
    y = p.inch(0.95)
    p.text(p.w / 2, y, T.B5_HEAD[0], p.font("sans-bold", 11), anchor="ms")
    y += p.px(16)
    p.text(p.w / 2, y, T.B5_HEAD[1], p.font("sans", 10), anchor="ms")
    y += p.px(24)
    p.text(p.w / 2, y, T.B5_HEAD[2], p.font("sans-bold", 13), anchor="ms")
    y += p.px(16)
    p.text(p.w / 2, y, T.B5_HEAD[3], p.font("sans", 10), anchor="ms")
    y += p.px(18)
    f, fb = p.font("sans", 9), p.font("sans-bold", 9)
    widths = [0.11, 0.08, 0.56, 0.25]
    xs = [m]
    for wdt in widths:
        xs.append(xs[-1] + wdt * (x1 - m))
    row_h = p.px(17)
    top = y

    def hline(yy, weight=0.6):
        p.rule(m, x1, yy, weight)

    hline(y, 1.0)
    for i, c in enumerate(T.B5_COLUMNS):
        p.d.text((xs[i] + p.px(4), y + p.px(12)), c, font=fb, fill=p.ink, anchor="ls")
    p.lines.append(" ".join(T.B5_COLUMNS))
    y += row_h
    hline(y, 1.0)
    for row in T.B5_ROWS:
        if len(row) == 1:
            p.d.text((xs[0] + p.px(4), y + p.px(12)), row[0], font=fb, fill=p.ink, anchor="ls")
            p.lines.append(row[0])
        else:
            for i, c in enumerate(row):
                p.d.text((xs[i] + p.px(4), y + p.px(12)), c, font=f, fill=p.ink, anchor="ls")
            p.lines.append(" ".join(row))
            for xv in xs[1:-1]:
                p.d.rectangle((xv, y, xv + max(1, round(p.px(0.6))), y + row_h), fill=p.ink)
        y += row_h
        hline(y)
    p.d.rectangle((m, top, m + max(1, round(p.px(1.0))), y), fill=p.ink)
    p.d.rectangle((x1 - max(1, round(p.px(1.0))), top, x1, y), fill=p.ink)
    y += p.px(20)
    for s in T.B5_FOOTER:
        p.text(m, y, s, p.font("sans", 9))
        y += p.px(13)


def page_b6(p):
    m = p.inch(0.75)
    x1 = p.w - m
    y = p.inch(0.8)
    y = p.paragraph(m, x1, y, T.B6_TITLE, p.font("serif-bold", 9.5))
    y += p.px(4)
    f = p.font("serif", 8)
    fb = p.font("serif-bold", 8)
    lead = p.px(8 * 1.2)
    for kind, s in T.B6_BLOCKS:
        if kind == "h":
            y += lead * 0.4
            p.text(m, y, s, fb)
            y += lead * 1.2
        elif kind == "p":
            y = p.paragraph(m, x1, y, s, f, leading=1.2, justify=True)
            y += lead * 0.25
        else:
            p.d.text((m + p.px(6), y), "\u2022", font=f, fill=p.ink, anchor="ls")
            y = p.paragraph(m + p.px(14), x1, y, s, f, leading=1.2, justify=True)
            y += lead * 0.15
    p.text(m, p.h - p.inch(0.7), T.B6_FOOTER, p.font("serif-italic", 7.5))


def page_b7(p, seed=707):
    """Typewriter: ten characters to the inch, each glyph struck a little differently."""
    r = random.Random(seed)
    m = p.inch(1.1)
    f = p.font("mono", 12)
    pitch = p.inch(0.1)
    y = p.inch(1.1)
    lead = p.inch(1 / 6)  # six lines to the inch
    for line in T.B7_LINES:
        x = m
        for ch in line:
            if ch != " ":
                dy = r.choice((0, 0, 0, 1, -1)) * p.dpi / 600
                shade = r.choice((0, 0, 0, 15, 30, 45))
                p.d.text((x + r.uniform(-0.5, 0.5) * p.dpi / 600, y + dy), ch, font=f,
                         fill=shade, anchor="ls")
                # A heavy strike: the glyph printed twice, a hair apart.
                if r.random() < 0.15:
                    p.d.text((x + p.dpi / 600, y + dy), ch, font=f, fill=shade, anchor="ls")
            x += pitch
        if line.strip():
            p.lines.append(" ".join(line.split()))
        y += lead
    p.signature(m, y - lead * 3.2, seed=seed + 1, width_in=1.4)


def page_b8(p):
    m = p.inch(0.9)
    x1 = p.w - m
    y = letterhead(p, m, x1, p.inch(0.85), T.B8_LETTERHEAD, big="freesans-bold",
                   small="freesans", big_pt=15, small_pt=8.5)
    y += p.px(8)
    p.text(m, y, T.B8_TITLE, p.font("freesans-bold", 13))
    y += p.px(22)
    f, fb = p.font("freesans", 10), p.font("freesans-bold", 10)
    lead = p.px(10 * 1.3)
    lw = p.inch(1.45)
    for label, value in T.B8_FIELDS:
        p.d.text((m, y), label, font=fb, fill=p.ink, anchor="ls")
        before = len(p.lines)
        y = p.paragraph(m + lw, x1, y, value, f, leading=1.3)
        p.lines[before] = f"{label} {p.lines[before]}"
        y += lead * 0.2
    y += lead * 0.5
    for head, body in T.B8_SECTIONS:
        p.text(m, y, head, fb)
        y += lead * 1.2
        y = p.paragraph(m, x1, y, body, f, leading=1.3, justify=True)
        y += lead * 0.6
    p.text(m, y, "5. Actions", fb)
    y += lead * 1.2
    for a in T.B8_ACTIONS:
        p.d.text((m + p.px(6), y), "\u2022", font=f, fill=p.ink, anchor="ls")
        y = p.paragraph(m + p.px(18), x1, y, a, f, leading=1.3)
    fy = p.h - p.inch(0.9)
    p.rule(m, x1, fy - p.px(12), 0.5)
    fy = p.paragraph(m, x1, fy, T.B8_FOOTER[0], p.font("freesans", 8), leading=1.2)
    p.text(x1, fy, T.B8_FOOTER[1], p.font("freesans", 8), anchor="rs")


def page_g1(p):
    m = p.inch(1.0)
    x1 = p.w - m
    y = p.inch(0.9)
    p.text(x1, y, T.G1_HEAD[0], p.font("sans-bold", 20), anchor="rs")
    y += p.px(16)
    for s in T.G1_HEAD[1:]:
        p.text(x1, y, s, p.font("sans", 8.5), anchor="rs")
        y += p.px(11)
    f = p.font("serif", 11)
    lead = p.px(11 * 1.22)
    y += lead * 1.5
    for s in T.G1_TO:
        p.text(m, y, s, f)
        y += lead
    y += lead
    p.text(m, y, T.G1_DATE, f)
    y += lead * 2
    p.text(m, y, T.G1_TITLE, p.font("serif-bold", 12))
    y += lead * 1.2
    p.text(m, y, T.G1_SUBJECT, p.font("serif-bold", 11))
    y += lead * 1.8
    p.text(m, y, T.G1_SALUTATION, f)
    y += lead * 1.5
    for para in T.G1_BODY:
        y = p.paragraph(m, x1, y, para, f)
        y += lead * 0.7
    p.text(m, y + lead * 0.3, T.G1_CLOSE, f)
    y += lead * 1.3
    p.signature(m, y + p.px(18), seed=111, fill=(30, 40, 120) if p.img.mode == "RGB" else 60)
    y += p.px(44)
    for s in T.G1_SIGNATORY:
        p.text(m, y, s, f)
        y += lead


def page_g2(p):
    m = p.inch(0.9)
    x1 = p.w - m
    band = (0, round(p.inch(0.55)), p.w, round(p.inch(1.35)))
    p.d.rectangle(band, fill=(28, 74, 140))
    p.text(m, band[1] + p.px(30), T.G2_BAND[0], p.font("sans-bold", 22), fill=(255, 255, 255))
    p.text(m, band[1] + p.px(48), T.G2_BAND[1], p.font("sans", 10), fill=(235, 240, 250))
    y = band[3] + p.px(30)
    f, fb = p.font("sans", 10.5), p.font("sans-bold", 10.5)
    lead = p.px(10.5 * 1.3)
    for label, value in T.G2_FIELDS:
        p.d.text((m, y), label, font=fb, fill=p.ink, anchor="ls")
        p.d.text((m + p.inch(1.8), y), value, font=f, fill=p.ink, anchor="ls")
        p.lines.append(f"{label} {value}")
        y += lead
    # The red RECEIVED stamp, in the space beside the fields, slightly turned.
    stamp = Image.new("L", (round(p.inch(2.0)), round(p.inch(0.8))), 0)
    sd = ImageDraw.Draw(stamp)
    sd.rounded_rectangle((4, 4, stamp.width - 5, stamp.height - 5), radius=18, outline=255,
                         width=round(p.px(2)))
    sf = ImageFont.truetype(FONTS["sans-bold"], round(p.px(15)))
    sd.text((stamp.width / 2, stamp.height * 0.45), T.G2_STAMP[0], font=sf, fill=255, anchor="ms")
    sf2 = ImageFont.truetype(FONTS["sans-bold"], round(p.px(11)))
    sd.text((stamp.width / 2, stamp.height * 0.80), T.G2_STAMP[1], font=sf2, fill=255, anchor="ms")
    stamp = stamp.rotate(3.0, resample=Image.BICUBIC, expand=True)
    rng = np.random.default_rng(222)
    a = np.asarray(stamp).astype(np.float32) / 255.0
    a *= 0.55 + 0.45 * (rng.random(a.shape) > 0.18)  # uneven ink of a rubber stamp
    mask = Image.fromarray((a * 220).astype(np.uint8))
    red = Image.new("RGB", stamp.size, (200, 30, 40))
    p.img.paste(red, (round(x1 - stamp.width), round(band[3] + p.px(14))), mask)
    p.lines.extend(T.G2_STAMP)
    y += lead * 0.8
    p.text(m, y, T.G2_TITLE, p.font("sans-bold", 15))
    y += lead * 1.6
    for head, body in T.G2_SECTIONS:
        p.text(m, y, head, fb)
        y += lead * 1.15
        y = p.paragraph(m, x1, y, body, f, leading=1.3)
        y += lead * 0.6
    y += lead * 0.4
    p.signature(m, y + p.px(14), seed=222, fill=(25, 35, 110))
    y += p.px(36)
    for s in T.G2_SIGNATORY:
        p.text(m, y, s, f)
        y += lead


def page_g3(p):
    m = p.inch(1.0)
    x1 = p.w - m
    y = p.inch(1.0)
    for s in T.G3_HEAD:
        p.text(p.w / 2, y, s, p.font("serif-bold", 11), anchor="ms")
        y += p.px(15)
    y += p.px(14)
    y = p.paragraph(m, x1, y, T.G3_TITLE, p.font("serif-bold", 12.5))
    y += p.px(10)
    f = p.font("serif", 11.5)
    lead = p.px(11.5 * 1.35)
    highlight = {1: (0, 3), 2: (1, 2), 4: (0, 1)}
    for i, para in enumerate(T.G3_PARAS):
        start = y
        y = p.paragraph(m, x1, y, para, f, leading=1.35, justify=True)
        if i in highlight:
            # A yellow highlighter stroke over some lines (multiplied in, as ink on paper).
            a, b = highlight[i]
            hl = Image.new("RGB", p.img.size, (255, 255, 255))
            hd = ImageDraw.Draw(hl)
            for k in range(a, b):
                yy = start + k * lead
                hd.rectangle((m - p.px(2), yy - p.px(10.5), x1 - p.px(30 * (k % 2)),
                              yy + p.px(3)), fill=(255, 240, 90))
            p.img = ImageChops.multiply(p.img, hl)
            p.d = ImageDraw.Draw(p.img)
        y += lead * 0.5
    # A ballpoint tick in the margin beside paragraph 5 (a mark, not a word).
    p.d.line((m - p.px(40), y - lead * 2.6, m - p.px(33), y - lead * 2.2, m - p.px(20),
              y - lead * 3.3), fill=(20, 40, 160), width=round(p.px(1.3)))
    y += lead
    for s in T.G3_SIGNATORY:
        p.text(x1, y, s, f, anchor="rs")
        y += lead


def page_g4(p):
    m = p.inch(1.0)
    x1 = p.w - m
    y = p.inch(1.0)
    p.text(m, y, T.G4_HEAD[0], p.font("sans-bold", 14))
    y += p.px(16)
    p.text(m, y, T.G4_HEAD[1], p.font("sans", 10))
    y += p.px(30)
    p.text(m, y, T.G4_TITLE, p.font("sans-bold", 14))
    y += p.px(24)
    f, fb = p.font("sans", 10.5), p.font("sans-bold", 10.5)
    lead = p.px(10.5 * 1.3)
    for label, value in T.G4_FIELDS:
        p.d.text((m, y), label, font=fb, fill=p.ink, anchor="ls")
        p.d.text((m + p.inch(2.0), y), value, font=f, fill=p.ink, anchor="ls")
        p.lines.append(f"{label} {value}")
        y += lead
    y += lead
    for head, body in T.G4_SECTIONS:
        top = y - lead
        p.text(m + p.px(8), y, head, fb)
        y += lead * 1.2
        y = p.paragraph(m + p.px(8), x1 - p.px(8), y, body, f, leading=1.3)
        p.box(m, top + p.px(2), x1, y - lead * 0.4)
        y += lead * 1.1
    p.text(m, y, T.G4_SCALE, fb)


def page_g5(p):
    m = p.inch(1.0)
    x1 = p.w - m
    y = p.inch(1.0)
    for i, s in enumerate(T.G5_HEAD):
        p.text(p.w / 2, y, s, p.font("serif-bold" if i == 0 else "serif", 11), anchor="ms")
        y += p.px(15)
    y += p.px(18)
    p.text(p.w / 2, y, T.G5_TITLE, p.font("serif-bold", 16), anchor="ms")
    # The court's seal: a pale circle with no words in it.
    cx, cy, rr = x1 - p.inch(0.8), p.inch(1.3), p.inch(0.55)
    p.d.ellipse((cx - rr, cy - rr, cx + rr, cy + rr), outline=(150, 160, 190), width=round(p.px(2)))
    p.d.ellipse((cx - rr * 0.8, cy - rr * 0.8, cx + rr * 0.8, cy + rr * 0.8),
                outline=(150, 160, 190), width=round(p.px(1)))
    y += p.px(26)
    f = p.font("serif", 11)
    lead = p.px(11 * 1.3)
    y = p.paragraph(m, x1, y, T.G5_BEFORE, f, leading=1.3)
    y += lead * 0.6
    y = p.paragraph(m, x1, y, T.G5_INTRO, f, leading=1.3)
    y += lead * 0.6
    for i, o in enumerate(T.G5_ORDERS, start=1):
        num = f"{i}."
        p.d.text((m, y), num, font=f, fill=p.ink, anchor="ls")
        before = len(p.lines)
        y = p.paragraph(m + p.px(22), x1, y, o, f, leading=1.3)
        p.lines[before] = f"{num} {p.lines[before]}"
        y += lead * 0.5
    y += lead
    p.text(m, y, T.G5_DATED, f)


def page_p1(p):
    m = p.inch(1.1)
    x1 = p.w - m
    y = p.inch(1.3)
    f = p.font("serif", 12)
    lead = p.px(12 * 1.3)
    p.text(x1, y, T.P1_DATE, f, anchor="rs")
    y += lead * 2
    p.text(m, y, T.P1_SALUTATION, f)
    y += lead * 1.5
    for para in T.P1_BODY:
        y = p.paragraph(m, x1, y, para, f, leading=1.3)
        y += lead * 0.7
    p.text(m, y, T.P1_CLOSE, f)
    y += lead
    p.signature(m, y + p.px(20), seed=411, fill=(20, 30, 110))
    y += p.px(46)
    p.text(m, y, T.P1_SIGNATORY, f)


def page_p2(p):
    m = p.inch(0.9)
    x1 = p.w - m
    y = p.inch(1.0)
    p.text(m, y, T.P2_TITLE, p.font("sans-bold", 16))
    y += p.px(26)
    f, fb = p.font("sans", 10.5), p.font("sans-bold", 10.5)
    row_h = p.px(24)
    lw = p.inch(2.4)
    for label, value in T.P2_FIELDS:
        p.box(m, y, x1, y + row_h, 0.7)
        p.d.line((m + lw, y, m + lw, y + row_h), fill=p.ink, width=round(p.px(0.7)))
        p.d.text((m + p.px(5), y + p.px(16)), label, font=fb, fill=p.ink, anchor="ls")
        p.d.text((m + lw + p.px(6), y + p.px(16)), value, font=f, fill=p.ink, anchor="ls")
        p.lines.append(f"{label} {value}")
        y += row_h
    y += p.px(26)
    p.text(m, y, T.P2_NOTES_HEAD, fb)
    y += p.px(18)
    p.paragraph(m, x1, y, T.P2_NOTES, f, leading=1.35)



def page_p3(p):
    """A till receipt: 80 mm thermal paper, faint grey print."""
    f = p.font("djv-mono", 8.6)
    m = p.px(10)
    y = p.px(26)
    lead = p.px(8.6 * 1.4)
    for line in T.P3_LINES:
        if line.startswith("---"):
            p.d.text((m, y), line, font=f, fill=(70, 70, 75), anchor="ls")
        elif line.strip():
            bold = line.startswith(("WESTMERE", "TOTAL", "RECEIPT"))
            p.text(m, y, line, p.font("djv-mono", 8.6) if not bold else f, fill=(55, 55, 60))
            p.lines[-1] = " ".join(line.split())
        y += lead


def page_p4(p):
    m = p.inch(1.0)
    x1 = p.w - m
    y = p.inch(1.2)
    f = p.font("djv-sans", 14)
    lead = p.px(14 * 1.35)
    p.text(m, y, T.P4_SALUTATION, f)
    y += lead * 1.6
    for para in T.P4_BODY:
        y = p.paragraph(m, x1, y, para, f, leading=1.35)
        y += lead * 0.7
    y += lead * 0.3
    p.text(m, y, T.P4_CLOSE, f)


# ---------------------------------------------------------------------------------------------
# Degradation and encodings.
# ---------------------------------------------------------------------------------------------
def smooth_field(rng, shape, cells, amplitude):
    """Low-frequency noise: a coarse random grid enlarged with bicubic interpolation."""
    h, w = shape
    g = rng.standard_normal((cells[1], cells[0])).astype(np.float32)
    img = Image.fromarray(((g * 40) + 128).clip(0, 255).astype(np.uint8)).resize(
        (w, h), Image.BICUBIC)
    return (np.asarray(img).astype(np.float32) - 128) / 40 * amplitude


def scan_bilevel(page600, spec):
    """A 600 dpi grey page -> a 300 dpi bilevel scan (numpy bool, True = black)."""
    rng = np.random.default_rng(spec["seed"])
    img = page600.rotate(spec["skew"], resample=Image.BICUBIC, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(spec["blur"]))
    w, h = img.size[0] // 2, img.size[1] // 2
    img = img.resize((w, h), Image.BOX)
    a = np.asarray(img).astype(np.float32)
    a += smooth_field(rng, a.shape, (12, 17), spec["toner"])
    # Patchy toner at the size of a letter: strokes thin out here and thicken there.
    if spec.get("patchy"):
        a += smooth_field(rng, a.shape, (w // 10, h // 10), spec["patchy"])
    a += rng.standard_normal(a.shape).astype(np.float32) * spec["noise"]
    black = a < spec["threshold"]
    # Specks: isolated dots of 1-3 px, as dust on the glass leaves.
    n = spec.get("specks", 150)
    ys = rng.integers(0, h - 3, n)
    xs = rng.integers(0, w - 3, n)
    for yy, xx, s in zip(ys, xs, rng.integers(1, 4, n)):
        black[yy:yy + s, xx:xx + s] = True
    # Dropouts: a few white pixels inside strokes.
    drop = rng.random(black.shape) < spec.get("dropout", 0.0)
    black &= ~drop
    if spec.get("punch_holes"):
        cy = [h * 0.3, h * 0.7]
        yy, xx = np.ogrid[:h, :w]
        for c in cy:
            black |= (yy - c) ** 2 + (xx - 75) ** 2 < 42 ** 2
    if spec.get("dark_edge"):
        edge = 10 + (smooth_field(rng, (h, 1), (1, 8), 6)[:, 0]).astype(int)
        for y0 in range(h):
            black[y0, :max(0, edge[y0])] = True
    return black


def save_g4_tiff(black, path, dpi=300):
    """CCITT G4, one strip, min-is-white: what a scanner writes (through libtiff's ppm2tiff)."""
    with tempfile.TemporaryDirectory() as tmp:
        pbm = os.path.join(tmp, "page.pbm")
        Image.fromarray((~black).astype(np.uint8) * 255).convert("1").save(pbm)
        subprocess.run(["ppm2tiff", "-c", "g4", "-r", str(black.shape[0]), "-R", str(dpi),
                        pbm, path], check=True)
    subprocess.run(["tiffset", "-s", "306", "2025:03:11 09:30:00", path], check=True)
    subprocess.run(["tiffset", "-s", "305", "casevault test-data make_pages.py", path], check=True)


def g4_strip(path):
    t = Image.open(path)
    off, cnt = t.tag_v2[273][0], t.tag_v2[279][0]
    with open(path, "rb") as fh:
        fh.seek(off)
        return fh.read(cnt)


def pdf_from_tiff2pdf(tif, pdf):
    subprocess.run(["tiff2pdf", "-o", pdf, "-f", "-p", "A4", tif], check=True)
    _fix_pdf_dates(pdf)


def pdf_from_img2pdf(img, pdf):
    subprocess.run(["img2pdf", "--creationdate", FIXED_DATE, "--moddate", FIXED_DATE,
                    "--producer", "casevault test-data make_pages.py (img2pdf)", "-o", pdf, img],
                   check=True)
    _fix_pdf_dates(pdf)  # img2pdf (through pikepdf) writes a random file /ID


def _fix_pdf_dates(pdf):
    """tiff2pdf stamps the time it ran (CreationDate, ModDate) and both tools write a file ID
    that changes every run: make them fixed so the file is the same on every run (same-length
    replacements, so the cross-reference offsets hold)."""
    import re
    with open(pdf, "rb") as fh:
        b = fh.read()
    b = re.sub(rb"\(D:\d{14}", b"(D:20250311093000", b)
    b = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]",
               lambda mt: mt.group(0).replace(mt.group(1), b"0" * len(mt.group(1))).replace(
                   mt.group(2), b"0" * len(mt.group(2))), b)
    with open(pdf, "wb") as fh:
        fh.write(b)


def pdf_jbig2(black, pdf, dpi=300):
    h, w = black.shape
    stream = jbig2.jbig2_arith(black.astype(np.uint8), dpi)
    with open(pdf, "wb") as fh:
        fh.write(jbig2.image_pdf(
            w, h, dpi, "/ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /JBIG2Decode",
            stream, "casevault test-data make_pages.py (JBIG2 generic region, arithmetic)"))


def scan_colour(page600, spec):
    """A 600 dpi page (L or RGB) -> a 300 dpi scanner image (PIL), not yet JPEG-compressed."""
    rng = np.random.default_rng(spec["seed"])
    img = page600.rotate(spec["skew"], resample=Image.BICUBIC,
                         fillcolor=255 if page600.mode == "L" else (255, 255, 255))
    img = img.filter(ImageFilter.GaussianBlur(spec["blur"]))
    img = img.resize((img.size[0] // 2, img.size[1] // 2), Image.BOX)
    a = np.asarray(img).astype(np.float32)
    if a.ndim == 2:
        a = a[:, :, None]
    h, w = a.shape[:2]
    lo, hi = spec.get("contrast", (0, 255))
    a = lo + a * (hi - lo) / 255.0
    a = a * np.array(spec.get("paper", (1.0, 1.0, 1.0))[:a.shape[2]], dtype=np.float32)
    a += smooth_field(rng, (h, w), (6, 8), spec.get("shading", 3))[:, :, None]
    if spec.get("streak"):
        x0, width_px, depth = spec["streak"]
        xs = np.arange(w, dtype=np.float32)
        prof = np.exp(-((xs - x0) / width_px) ** 2) * depth
        a -= prof[None, :, None]
    a += rng.standard_normal(a.shape).astype(np.float32) * spec.get("noise", 2.5)
    a = a.clip(0, 255).astype(np.uint8)
    return Image.fromarray(a[:, :, 0] if a.shape[2] == 1 else a)


def background(rng, h, w, kind):
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    if kind == "wood":
        warp = smooth_field(rng, (h, w), (5, 7), 60)
        grain = np.sin((xx * 0.9 + yy * 0.12 + warp) / 9.0) * 0.5 + 0.5
        fine = smooth_field(rng, (h, w), (160, 40), 0.15)
        base = np.array([132, 92, 58], np.float32)
        a = base * (0.78 + 0.22 * grain[..., None] + fine[..., None])
    elif kind == "grey":
        a = np.array([96, 98, 104], np.float32) * (
            1 + smooth_field(rng, (h, w), (40, 50), 0.05)[..., None])
    else:  # a dark blue desk mat
        a = np.array([38, 52, 78], np.float32) * (
            1 + smooth_field(rng, (h, w), (60, 80), 0.08)[..., None])
    return a


def homography(src, dst):
    """3x3 H with H @ src = dst (4 point pairs)."""
    rows, rhs = [], []
    for (x, y), (u, v) in zip(src, dst):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rhs.append(u)
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs.append(v)
    h = np.linalg.solve(np.array(rows, np.float64), np.array(rhs, np.float64))
    return np.append(h, 1.0).reshape(3, 3)


def bilinear(img, u, v):
    """Samples img (h, w, c float32) at float coordinates; outside -> edge values."""
    h, w = img.shape[:2]
    u = np.clip(u, 0, w - 1.001)
    v = np.clip(v, 0, h - 1.001)
    x0 = np.floor(u).astype(np.int32)
    y0 = np.floor(v).astype(np.int32)
    fx = (u - x0)[..., None]
    fy = (v - y0)[..., None]
    a = img[y0, x0] * (1 - fx) + img[y0, x0 + 1] * fx
    b = img[y0 + 1, x0] * (1 - fx) + img[y0 + 1, x0 + 1] * fx
    return a * (1 - fy) + b * fy


def photograph(page, spec):
    """A rendered page (PIL RGB) -> a phone photograph of it (PIL RGB)."""
    rng = np.random.default_rng(spec["seed"])
    W, H = spec["frame"]
    src = np.asarray(page).astype(np.float32)
    ph, pw = src.shape[:2]
    # A white border of 6 px around the page so its edge is sampled smoothly, and an alpha.
    pad = 6
    srcp = np.full((ph + 2 * pad, pw + 2 * pad, 4), 0, np.float32)
    srcp[pad:-pad, pad:-pad, :3] = src
    srcp[pad:-pad, pad:-pad, 3] = 1.0
    srcp[:, :, :3][srcp[:, :, 3] == 0] = src.mean(axis=(0, 1))
    corners_out = np.array(spec["corners"], np.float64)
    corners_page = np.array([[pad, pad], [pad + pw, pad], [pad + pw, pad + ph], [pad, pad + ph]],
                            np.float64)
    hm = homography(corners_out, corners_page)
    out = np.empty((H, W, 3), np.float32)
    bg = background(rng, H, W, spec["background"])
    # Work in bands of rows to keep memory small.
    band = 256
    for y0 in range(0, H, band):
        y1 = min(H, y0 + band)
        yy, xx = np.mgrid[y0:y1, 0:W].astype(np.float64)
        den = hm[2, 0] * xx + hm[2, 1] * yy + hm[2, 2]
        u = (hm[0, 0] * xx + hm[0, 1] * yy + hm[0, 2]) / den
        v = (hm[1, 0] * xx + hm[1, 1] * yy + hm[1, 2]) / den
        if spec.get("curl"):
            # The page bows: lines sag towards the middle, more near the bottom.
            k = spec["curl"]
            v = v + k * np.sin(np.pi * np.clip((u - pad) / pw, 0, 1)) * (0.4 + 0.6 * v / ph)
        inside = (u > -2) & (u < pw + 2 * pad + 2) & (v > -2) & (v < ph + 2 * pad + 2)
        smp = bilinear(srcp, u.astype(np.float32), v.astype(np.float32))
        alpha = np.where(inside, smp[..., 3], 0.0)[..., None]
        # The page's shadow on the desk: darker just outside the page edge.
        out[y0:y1] = smp[..., :3] * alpha + bg[y0:y1] * (1 - alpha)
    # Drop shadow of the page on the desk (blurred mask, shifted), applied to the desk only.
    mask = Image.new("L", (W, H), 0)
    ImageDraw.Draw(mask).polygon([tuple(c) for c in spec["corners"]], fill=255)
    sh = np.asarray(mask.filter(ImageFilter.GaussianBlur(25))).astype(np.float32) / 255
    sh = np.roll(np.roll(sh, 14, 0), 10, 1)
    pm = np.asarray(mask).astype(np.float32) / 255
    out *= (1 - 0.45 * sh * (1 - pm))[..., None]
    # Light: a vignette, a gradient from the window, and a soft shadow (a hand or the phone).
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    cx, cy = W * spec.get("light_x", 0.45), H * spec.get("light_y", 0.35)
    r2 = ((xx - cx) / W) ** 2 + ((yy - cy) / H) ** 2
    light = 1.05 - 0.55 * r2 + spec.get("gradient", 0.08) * (xx / W - 0.5)
    if spec.get("shadow"):
        smask = Image.new("L", (W, H), 0)
        ImageDraw.Draw(smask).polygon(spec["shadow"], fill=255)
        smask = smask.filter(ImageFilter.GaussianBlur(spec.get("shadow_soft", 70)))
        light *= 1 - spec.get("shadow_depth", 0.4) * np.asarray(smask).astype(np.float32) / 255
    out *= light[..., None]
    out *= np.array(spec.get("cast", (1.0, 0.97, 0.9)), np.float32)
    # Motion blur: the average of a few copies along the shake.
    steps = spec.get("motion", 3)
    ang = spec.get("motion_angle", 0.3)
    acc = np.zeros_like(out)
    for i in range(steps):
        dx, dy = round(i * math.cos(ang)), round(i * math.sin(ang))
        acc += np.roll(np.roll(out, dy, 0), dx, 1)
    out = acc / steps
    img = Image.fromarray(out.clip(0, 255).astype(np.uint8))
    img = img.filter(ImageFilter.GaussianBlur(spec.get("defocus", 0.8)))
    a = np.asarray(img).astype(np.float32)
    # Sensor noise: luminance grain plus blotchy colour noise, stronger in the dark.
    lum = rng.standard_normal((H, W)).astype(np.float32) * spec.get("grain", 3.5)
    chroma = np.stack([smooth_field(rng, (H, W), (W // 6, H // 6), 3.0) for _ in range(3)], -1)
    dark = 1.6 - a.mean(axis=2, keepdims=True) / 255
    a = a + (lum[..., None] + chroma) * dark
    img = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    return img.filter(ImageFilter.UnsharpMask(radius=2, percent=60, threshold=2))


# ---------------------------------------------------------------------------------------------
# The corpus.
# ---------------------------------------------------------------------------------------------
BILEVEL = {
    # id: layout, PDF encoding, degradation (threshold: grey level below which a pixel is black;
    # low = thin and broken strokes, high = thick and touching), case, document name.
    "b1-letter": dict(draw=page_b1, pdf="tiff2pdf", seed=11, skew=0.6, blur=1.3, noise=9,
                      patchy=22, toner=14, threshold=118, specks=120, punch_holes=True,
                      case=("Hughes v Patel", "LS24P01234"), doc="Letter from the local authority"),
    "b2-memo": dict(draw=page_b2, pdf="img2pdf", seed=12, skew=-0.9, blur=1.6, noise=10,
                    patchy=20, toner=12, threshold=165, specks=200,
                    case=("Re Taylor", "NW24C00333"), doc="Case plan review memo"),
    "b3-form": dict(draw=page_b3, pdf="tiff2pdf", seed=13, skew=1.2, blur=1.2, noise=8,
                    patchy=18, toner=10, threshold=128, specks=150, dark_edge=True,
                    case=("Smith v Brown", "BM25P00012"), doc="Contact record"),
    "b4-two-column": dict(draw=page_b4, pdf="img2pdf", seed=14, skew=-0.4, blur=1.4, noise=9,
                          patchy=25, toner=16, threshold=110, specks=100,
                          case=("Re Taylor", "NW24C00333"), doc="Expert report"),
    "b5-table": dict(draw=page_b5, pdf="jbig2", seed=15, skew=0.8, blur=1.2, noise=8,
                     patchy=15, toner=10, threshold=140, specks=120, punch_holes=True,
                     case=("Hughes v Patel", "LS24P01234"), doc="Court bundle index"),
    "b6-small-print": dict(draw=page_b6, pdf="jbig2", seed=16, skew=-0.5, blur=1.1, noise=8,
                           patchy=18, toner=12, threshold=125, specks=80, dark_edge=True,
                           case=("Re Taylor", "NW24C00333"), doc="Case plan guidance notes"),
    "b7-typewriter": dict(draw=page_b7, pdf="tiff2pdf", seed=17, skew=1.4, blur=1.5, noise=11,
                          patchy=16, toner=18, threshold=120, specks=250, dropout=0.004,
                          case=("Re Evans", "MK23C00456"), doc="Police disclosure"),
    "b8-minutes": dict(draw=page_b8, pdf="jbig2", seed=18, skew=0.3, blur=1.3, noise=9,
                       patchy=22, toner=12, threshold=150, specks=150,
                       case=("Re Evans", "MK23C00456"), doc="Child protection conference minutes"),
}

SCANS = {
    "g1-letter-grey": dict(draw=page_g1, mode="L", seed=21, skew=0.5, blur=1.0, quality=80,
                           paper=(0.97,), contrast=(20, 250), noise=3.0,
                           case=("Smith v Brown", "BM25P00012"), doc="Letter to parties"),
    "g2-stamped-colour": dict(draw=page_g2, mode="RGB", seed=22, skew=-0.7, blur=1.1, quality=82,
                              paper=(0.99, 0.98, 0.95), noise=2.5,
                              case=("Hughes v Patel", "LS24P01234"), doc="Safeguarding letter"),
    "g3-highlighted-colour": dict(draw=page_g3, mode="RGB", seed=23, skew=0.9, blur=1.0,
                                  quality=78, paper=(1.0, 0.99, 0.96), noise=3.0,
                                  case=("Smith v Brown", "BM25P00012"),
                                  doc="Position statement"),
    "g4-faint-grey": dict(draw=page_g4, mode="L", seed=24, skew=-1.1, blur=1.3, quality=75,
                          paper=(0.95,), contrast=(70, 240), noise=4.0, streak=(1450, 40, 35),
                          case=("Re Taylor", "NW24C00333"), doc="Safety assessment"),
    "g5-order-colour": dict(draw=page_g5, mode="RGB", seed=25, skew=0.4, blur=1.0, quality=85,
                            paper=(0.99, 0.985, 0.97), noise=2.5, pdf=True,
                            case=("Re Evans", "MK23C00456"), doc="Order"),
}

PHOTOS = {
    "p1-letter-on-desk": dict(
        draw=page_p1, size_in=A4_IN, dpi=300, seed=31, frame=(2448, 3264), quality=90,
        corners=[(330, 420), (2150, 360), (2260, 2930), (250, 3010)], background="wood",
        shadow=[(1500, 3264), (2448, 2500), (2448, 3264)], shadow_depth=0.35, motion=3,
        motion_angle=0.4, defocus=0.7, case=("Re Taylor", "NW24C00333"), doc="Thank you letter"),
    "p2-form-shadow": dict(
        draw=page_p2, size_in=A4_IN, dpi=300, seed=32, frame=(2448, 3264), quality=88,
        corners=[(420, 380), (2080, 520), (2200, 2960), (180, 2840)], background="grey",
        shadow=[(0, 1700), (1300, 1200), (2448, 1500), (2448, 3264), (0, 3264)],
        shadow_depth=0.38, shadow_soft=90, light_x=0.3, light_y=0.2, gradient=0.15, motion=4,
        motion_angle=1.2, defocus=0.9, case=("Hughes v Patel", "LS24P01234"), doc="Outcome form"),
    "p3-receipt": dict(
        draw=page_p3, size_in=(3.15, 5.6), dpi=300, seed=33, frame=(2268, 3024), quality=86,
        corners=[(560, 420), (1690, 470), (1720, 2560), (520, 2530)], background="mat",
        shadow=[(1400, 0), (2268, 0), (2268, 1400)], shadow_depth=0.3, motion=3,
        motion_angle=2.0, defocus=0.8, cast=(1.0, 0.98, 0.93),
        case=("Smith v Brown", "BM25P00012"), doc="Contact record receipt"),
    "p4-curled-letter": dict(
        draw=page_p4, size_in=A4_IN, dpi=300, seed=34, frame=(3024, 4032), quality=92,
        corners=[(380, 500), (2640, 440), (2780, 3640), (300, 3700)], background="wood",
        curl=38.0, shadow=[(0, 0), (900, 0), (0, 1400)], shadow_depth=0.3, motion=2,
        motion_angle=0.0, defocus=0.9, light_x=0.6, gradient=-0.1,
        case=("Re Evans", "MK23C00456"), doc="Wishes and feelings letter"),
}


def write_truth(stem, lines):
    with open(os.path.join(HERE, stem + ".gt.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


def render(draw, dpi, mode, size_in=A4_IN):
    p = Page(dpi, size_in=size_in, mode=mode,
             paper=255 if mode == "L" else (255, 255, 255))
    draw(p)
    return p


def make_bilevel(stem, spec):
    p = render(spec["draw"], 600, "L")
    write_truth(stem, p.lines)
    black = scan_bilevel(p.img, spec)
    tif = os.path.join(HERE, stem + ".tif")
    save_g4_tiff(black, tif)
    pdf = os.path.join(HERE, stem + ".pdf")
    if spec["pdf"] == "tiff2pdf":
        pdf_from_tiff2pdf(tif, pdf)
    elif spec["pdf"] == "img2pdf":
        pdf_from_img2pdf(tif, pdf)
    else:
        pdf_jbig2(black, pdf)
    return [(stem + ".tif", "bilevel", "CCITT G4 TIFF"),
            (stem + ".pdf", "bilevel", {"tiff2pdf": "PDF, CCITT G4 (tiff2pdf)",
                                        "img2pdf": "PDF, CCITT G4 (img2pdf)",
                                        "jbig2": "PDF, JBIG2 generic region"}[spec["pdf"]])]


def make_scan(stem, spec):
    p = render(spec["draw"], 600, spec["mode"])
    write_truth(stem, p.lines)
    img = scan_colour(p.img, spec)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=spec["quality"], dpi=(300, 300), subsampling=2 if img.mode == "RGB" else 0)
    kind = "grey" if img.mode == "L" else "colour"
    if spec.get("pdf"):
        with tempfile.TemporaryDirectory() as tmp:
            jpg = os.path.join(tmp, stem + ".jpg")
            with open(jpg, "wb") as fh:
                fh.write(buf.getvalue())
            pdf_from_img2pdf(jpg, os.path.join(HERE, stem + ".pdf"))
        return [(stem + ".pdf", "scan", f"PDF, {kind} JPEG (img2pdf)")]
    with open(os.path.join(HERE, stem + ".jpg"), "wb") as fh:
        fh.write(buf.getvalue())
    return [(stem + ".jpg", "scan", f"{kind} JPEG")]


def make_photo(stem, spec):
    p = render(spec["draw"], spec["dpi"], "RGB", size_in=spec["size_in"])
    write_truth(stem, p.lines)
    # Paper: warm white with a faint texture; ink stays as drawn.
    rng = np.random.default_rng(spec["seed"] + 1000)
    a = np.asarray(p.img).astype(np.float32)
    a = a * np.array([0.985, 0.975, 0.955], np.float32)
    a += smooth_field(rng, a.shape[:2], (30, 40), 2.0)[..., None]
    page = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    img = photograph(page, spec)
    img.save(os.path.join(HERE, stem + ".jpg"), "JPEG", quality=spec["quality"], dpi=(72, 72),
             subsampling=2)
    return [(stem + ".jpg", "photo", "phone photo JPEG")]


def write_manifest(rows):
    out = [
        "# The labelled real-format pages (made by make_pages.py; do not edit by hand).",
        "# class: bilevel (300 dpi office page), scan (grey or colour 300 dpi JPEG), photo (phone).",
        "# truth: the ground-truth words beside the file; case and document: the names the bench",
        "# files it under ({case name} - {case number} - {document}.{ext}).",
        "",
    ]
    for file, cls, fmt, truth, case, doc in rows:
        out += [
            "[[page]]",
            f'file = "{file}"',
            f'truth = "{truth}.gt.txt"',
            f'class = "{cls}"',
            f'format = "{fmt}"',
            f'case_name = "{case[0]}"',
            f'case_number = "{case[1]}"',
            f'document = "{doc}"',
            "",
        ]
    with open(os.path.join(HERE, "manifest.toml"), "w") as fh:
        fh.write("\n".join(out))


def main(argv):
    only = set(argv)
    rows = []
    for group, maker in ((BILEVEL, make_bilevel), (SCANS, make_scan), (PHOTOS, make_photo)):
        for stem, spec in group.items():
            if not only or stem in only:
                print("making", stem, flush=True)
                made = maker(stem, spec)
            else:
                made = _existing(stem, group, spec)
            for file, cls, fmt in made:
                rows.append((file, cls, fmt, stem, spec["case"], spec["doc"]))
    write_manifest(rows)


def _existing(stem, group, spec):
    if group is BILEVEL:
        return [(stem + ".tif", "bilevel", "CCITT G4 TIFF"),
                (stem + ".pdf", "bilevel", {"tiff2pdf": "PDF, CCITT G4 (tiff2pdf)",
                                            "img2pdf": "PDF, CCITT G4 (img2pdf)",
                                            "jbig2": "PDF, JBIG2 generic region"}[spec["pdf"]])]
    if group is SCANS:
        kind = "grey" if spec["mode"] == "L" else "colour"
        if spec.get("pdf"):
            return [(stem + ".pdf", "scan", f"PDF, {kind} JPEG (img2pdf)")]
        return [(stem + ".jpg", "scan", f"{kind} JPEG")]
    return [(stem + ".jpg", "photo", "phone photo JPEG")]


if __name__ == "__main__":
    sys.path.insert(0, HERE)
    main(sys.argv[1:])
