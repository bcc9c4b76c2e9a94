#!/usr/bin/env python3
"""Generate test-data/formats/images/: one file per image format, colour type and compression
casevault reads (issue 10, point 5), plus files it must refuse, and manifest.toml.

Every good file is a small realistic page (a letter, an order, a form: a few lines of print with
the case number on the page), named by the convention
`{case name} - {case number} - {document name}.ext` with cases from test-data/cases.csv. Texts,
fonts, sizes, resolutions and degradations vary from file to file.

Deterministic: every random choice comes from random.Random / numpy Generator with a fixed seed
per file; no file carries a timestamp. Writers: Pillow, hand-written PNG/TIFF/BMP encoders (for
colour types and codings the libraries do not write), libtiff's tiffcp (compressions, tiles,
planar, fill order), cwebp, heif-enc (libheif 1.15 with x265 and aom).

Usage (Debian 12): apt-get install python3-pil python3-numpy libtiff-tools webp libheif-examples
fonts-dejavu-core fonts-liberation fonts-urw-base35 fonts-freefont-ttf
    /usr/bin/python3 make_images.py
Rewrites every file in this folder except PROVENANCE.md and this script.
"""

from __future__ import annotations

import io
import os
import random
import struct
import subprocess
import sys
import tempfile
import zlib

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))

FONT_FILES = {
    "dejavu-serif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "dejavu-serif-bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "dejavu-sans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "dejavu-sans-bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "dejavu-condensed": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "dejavu-condensed-bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "dejavu-mono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "dejavu-mono-bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
    "liberation-serif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "liberation-serif-bold": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "liberation-sans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "liberation-sans-bold": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "liberation-narrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "liberation-narrow-bold": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "liberation-mono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "liberation-mono-bold": "/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf",
    "free-serif": "/usr/share/fonts/truetype/freefont/FreeSerif.ttf",
    "free-serif-bold": "/usr/share/fonts/truetype/freefont/FreeSerifBold.ttf",
    "free-sans": "/usr/share/fonts/truetype/freefont/FreeSans.ttf",
    "free-sans-bold": "/usr/share/fonts/truetype/freefont/FreeSansBold.ttf",
    "century": "/usr/share/fonts/opentype/urw-base35/C059-Roman.otf",
    "century-bold": "/usr/share/fonts/opentype/urw-base35/C059-Bold.otf",
    "palatino": "/usr/share/fonts/opentype/urw-base35/P052-Roman.otf",
    "palatino-bold": "/usr/share/fonts/opentype/urw-base35/P052-Bold.otf",
    "bookman": "/usr/share/fonts/opentype/urw-base35/URWBookman-Light.otf",
    "bookman-bold": "/usr/share/fonts/opentype/urw-base35/URWBookman-Demi.otf",
    "helvetica": "/usr/share/fonts/opentype/urw-base35/NimbusSans-Regular.otf",
    "helvetica-bold": "/usr/share/fonts/opentype/urw-base35/NimbusSans-Bold.otf",
    "times": "/usr/share/fonts/opentype/urw-base35/NimbusRoman-Regular.otf",
    "times-bold": "/usr/share/fonts/opentype/urw-base35/NimbusRoman-Bold.otf",
    "courier": "/usr/share/fonts/opentype/urw-base35/NimbusMonoPS-Regular.otf",
    "courier-bold": "/usr/share/fonts/opentype/urw-base35/NimbusMonoPS-Bold.otf",
    "gothic": "/usr/share/fonts/opentype/urw-base35/URWGothic-Book.otf",
    "gothic-bold": "/usr/share/fonts/opentype/urw-base35/URWGothic-Demi.otf",
}

CASES = {
    "LS24P01234": "Hughes v Patel",
    "MK23C00456": "Re Evans",
    "CF22P00789": "Jones v Jones",
    "BM25P00012": "Smith v Brown",
    "NW24C00333": "Re Taylor",
    "LV21C00999": "Re Morgan",
}


def font(name: str, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(FONT_FILES[name], px)


# ---------------------------------------------------------------------------------------------
# Pages
# ---------------------------------------------------------------------------------------------


def wrap(draw: ImageDraw.ImageDraw, text: str, f, width: int) -> list[str]:
    words, lines, cur = text.split(), [], ""
    for w in words:
        trial = f"{cur} {w}".strip()
        if draw.textlength(trial, font=f) <= width or not cur:
            cur = trial
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def render(doc: dict) -> Image.Image:
    """Draws a page: an optional coloured letterhead band, then blocks of text.

    doc keys: dpi, w_in, h_in (None: as tall as the text), font (family), pt, paper, ink, band
    (colour, text), blocks [(style, text)] with style h (heading), b (bold), p (paragraph),
    r (right-aligned), m (monospace line), gap (blank space in points)."""
    dpi = doc["dpi"]
    pt = doc.get("pt", 11)
    px = lambda p: max(1, int(round(p * dpi / 72)))  # noqa: E731
    w = int(doc["w_in"] * dpi)
    h_max = int((doc.get("h_in") or 11.7) * dpi)
    paper = doc.get("paper", (255, 255, 255))
    ink = doc.get("ink", (0, 0, 0))
    im = Image.new("RGB", (w, h_max), paper)
    d = ImageDraw.Draw(im)
    margin = int(doc.get("margin_in", 0.55) * dpi)
    y = margin // 2 if doc.get("band") else margin
    family = doc["font"]
    regular = font(family, px(pt))
    bold = font(family + "-bold" if family + "-bold" in FONT_FILES else family, px(pt))
    heading = font(family + "-bold" if family + "-bold" in FONT_FILES else family, px(pt * 1.35))
    mono = font("liberation-mono", px(pt))
    line_h = lambda f: int(f.size * 1.38)  # noqa: E731
    if doc.get("band"):
        colour, text = doc["band"]
        band_h = px(pt * 3.2)
        d.rectangle([0, 0, w, band_h], fill=colour)
        bf = font(family + "-bold" if family + "-bold" in FONT_FILES else family, px(pt * 1.5))
        d.text((margin, (band_h - bf.size) // 2), text, font=bf, fill=(255, 255, 255))
        y = band_h + px(pt * 1.2)
    width = w - 2 * margin
    for style, text in doc["blocks"]:
        if style == "gap":
            y += px(float(text))
            continue
        f = {"h": heading, "b": bold, "m": mono}.get(style, regular)
        for line in wrap(d, text, f, width):
            x = margin
            if style == "r":
                x = w - margin - int(d.textlength(line, font=f))
            if style == "c" or style == "h" and doc.get("centre_heading"):
                x = (w - int(d.textlength(line, font=f))) // 2
            d.text((x, y), line, font=f, fill=ink)
            y += line_h(f)
        y += px(pt * 0.45)
    h = h_max if doc.get("h_in") else min(h_max, y + margin)
    return im.crop((0, 0, w, h))


# ---------------------------------------------------------------------------------------------
# Degradations (each seeded)
# ---------------------------------------------------------------------------------------------


def degrade(im: Image.Image, kind: str, seed: int) -> Image.Image:
    rng = np.random.default_rng(seed)
    if kind == "clean":
        return im
    a = np.asarray(im).astype(np.float32)
    if kind == "soft":
        # A clean grey-scale scan: the scanner's optics soften edges a little, nothing else.
        return im.filter(ImageFilter.GaussianBlur(0.7))
    if kind == "scan":
        # Grey-scale scanner: slight blur, sensor noise, paper not quite white.
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        a = np.asarray(im).astype(np.float32) * 0.94 + 8
        a += rng.normal(0, 3, a.shape)
    elif kind == "faded":
        # A pale photocopy: low contrast, a little noise.
        a = 95 + a * (232 - 95) / 255
        a += rng.normal(0, 4, a.shape)
    elif kind == "speckle":
        # A dirty platen: dark specks and a grey streak.
        a += rng.normal(0, 3, a.shape)
        hgt, wid = a.shape[:2]
        for _ in range(60):
            y, x = rng.integers(0, hgt), rng.integers(0, wid)
            r = int(rng.integers(1, 3))
            a[max(0, y - r) : y + r, max(0, x - r) : x + r] = rng.integers(20, 120)
        x = int(wid * 0.83)
        a[:, x : x + 3] *= 0.8
    elif kind == "photo":
        # A phone photograph of a page: uneven light, warm tint, soft focus, sensor noise.
        im = im.filter(ImageFilter.GaussianBlur(0.9))
        a = np.asarray(im).astype(np.float32)
        hgt, wid = a.shape[:2]
        yy, xx = np.mgrid[0:hgt, 0:wid].astype(np.float32)
        light = 0.78 + 0.22 * (1 - ((xx / wid - 0.3) ** 2 + (yy / hgt - 0.2) ** 2))
        a = a * light[..., None] if a.ndim == 3 else a * light
        if a.ndim == 3:
            a[..., 2] *= 0.93
            a[..., 0] = a[..., 0] * 0.98 + 4
        a += rng.normal(0, 4, a.shape)
    elif kind == "toner":
        # Worn toner: ink pixels drop out at random, a few stray dots.
        dark = a < 128
        drop = rng.random(a.shape) < 0.06
        a = np.where(dark & drop, 255, a)
        dots = rng.random(a.shape) < 0.0004
        a = np.where(dots, 0, a)
    else:
        raise ValueError(kind)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), im.mode)


def bilevel(im: Image.Image, seed: int, noise: float = 18.0) -> np.ndarray:
    """Thresholds a page as a black-and-white scanner does: ragged edges from sensor noise.
    Returns a bool array, True = black."""
    rng = np.random.default_rng(seed)
    g = np.asarray(im.convert("L")).astype(np.float32)
    g += rng.normal(0, noise, g.shape)
    return g < 128


def perspective(im: Image.Image, seed: int, amount: float = 0.025, bg=(70, 66, 60)) -> Image.Image:
    """A page photographed slightly off square, on a dark desk."""
    rng = random.Random(seed)
    w, h = im.size
    pad = int(0.05 * w)
    canvas = Image.new("RGB", (w + 2 * pad, h + 2 * pad), bg)
    canvas.paste(im, (pad, pad))
    W, H = canvas.size
    j = lambda: rng.uniform(-amount, amount) * W  # noqa: E731
    quad = (j(), j(), j(), H + j(), W + j(), H + j(), W + j(), j())
    return canvas.transform((W, H), Image.Transform.QUAD, quad, Image.Resampling.BICUBIC)


# ---------------------------------------------------------------------------------------------
# Hand-written encoders (for what the libraries do not write)
# ---------------------------------------------------------------------------------------------


def png_chunk(name: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + name + data + struct.pack(">I", zlib.crc32(name + data))


def pack_rows(a: np.ndarray, depth: int) -> list[bytes]:
    """Packs an (h, w, channels) array of samples to PNG/TIFF rows (MSB first; 16-bit big-endian)."""
    rows = []
    for row in a:
        flat = row.reshape(-1)
        if depth == 16:
            rows.append(flat.astype(">u2").tobytes())
        elif depth == 8:
            rows.append(flat.astype(np.uint8).tobytes())
        else:
            per = 8 // depth
            n = len(flat)
            padded = np.zeros(((n + per - 1) // per) * per, np.uint8)
            padded[:n] = flat
            groups = padded.reshape(-1, per)
            out = np.zeros(len(groups), np.uint16)
            for i in range(per):
                out |= groups[:, i].astype(np.uint16) << (8 - depth * (i + 1))
            rows.append(out.astype(np.uint8).tobytes())
    return rows


ADAM7 = [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)]


def png_bytes(a: np.ndarray, colour_type: int, depth: int, dpi: int, plte=None, trns=None,
              interlace: bool = False) -> bytes:
    if a.ndim == 2:
        a = a[..., None]
    h, w = a.shape[:2]
    raw = b""
    passes = ADAM7 if interlace else [(0, 0, 1, 1)]
    for x0, y0, dx, dy in passes:
        sub = a[y0::dy, x0::dx]
        if sub.shape[0] == 0 or sub.shape[1] == 0:
            continue
        for r in pack_rows(sub, depth):
            raw += b"\0" + r
    ppm = int(round(dpi / 0.0254))
    out = b"\x89PNG\r\n\x1a\n"
    out += png_chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, depth, colour_type, 0, 0, int(interlace)))
    out += png_chunk(b"pHYs", struct.pack(">IIB", ppm, ppm, 1))
    if plte is not None:
        out += png_chunk(b"PLTE", bytes(np.asarray(plte, np.uint8).reshape(-1)))
    if trns is not None:
        out += png_chunk(b"tRNS", trns)
    out += png_chunk(b"IDAT", zlib.compress(raw, 9))
    out += png_chunk(b"IEND", b"")
    return out


def tiff_bytes(pages: list[dict], ifd_first: bool = False) -> bytes:
    """A little-endian TIFF, one uncompressed strip per page.

    page: w, h, bps (int), spp, photometric, data (bytes, chunky rows), dpi (x, y), tags: extra
    [(tag, type, [values])]. `ifd_first` puts each page's directory before its pixels (so that
    a file cut inside a page's pixels still lists that page)."""
    out = bytearray(b"II*\0\0\0\0\0")
    prev_next_at = 4
    for p in pages:
        tags = [
            (256, 4, [p["w"]]),
            (257, 4, [p["h"]]),
            (258, 3, [p["bps"]] * p["spp"]),
            (259, 3, [1]),
            (262, 3, [p["photometric"]]),
            (273, 4, [0]),  # patched below
            (277, 3, [p["spp"]]),
            (278, 4, [p["h"]]),
            (279, 4, [len(p["data"])]),
            (282, 5, [(p["dpi"][0], 1)]),
            (283, 5, [(p["dpi"][1], 1)]),
            (296, 3, [2]),
        ]
        overrides = {t[0]: t for t in p.get("tags", [])}
        tags = [overrides.pop(t[0], t) for t in tags] + list(overrides.values())
        tags.sort(key=lambda t: t[0])

        def ifd_size():
            return 2 + 12 * len(tags) + 4

        def encode(at_ifd: int, data_at: int) -> bytes:
            body = bytearray(struct.pack("<H", len(tags)))
            extra = bytearray()
            extra_at = at_ifd + ifd_size()
            for tag, typ, vals in tags:
                if tag == 273:
                    vals = [data_at]
                if typ == 3:
                    raw = b"".join(struct.pack("<H", v) for v in vals)
                elif typ == 4:
                    raw = b"".join(struct.pack("<I", v) for v in vals)
                else:
                    raw = b"".join(struct.pack("<II", n, dd) for n, dd in vals)
                entry = struct.pack("<HHI", tag, typ, len(vals))
                if len(raw) <= 4:
                    entry += raw.ljust(4, b"\0")
                else:
                    if (extra_at + len(extra)) % 2:
                        extra += b"\0"
                    entry += struct.pack("<I", extra_at + len(extra))
                    extra += raw
                body += entry
            body += b"\0\0\0\0"  # next IFD, patched later
            return bytes(body + extra)

        if len(out) % 2:
            out += b"\0"
        if ifd_first:
            at = len(out)
            probe = encode(at, 0)
            data_at = at + len(probe) + (len(probe) % 2)
            blob = encode(at, data_at)
            out += blob
            if len(out) % 2:
                out += b"\0"
            out += p["data"]
        else:
            data_at = len(out)
            out += p["data"]
            if len(out) % 2:
                out += b"\0"
            at = len(out)
            blob = encode(at, data_at)
            out += blob
        struct.pack_into("<I", out, prev_next_at, at)
        prev_next_at = at + 2 + 12 * len(tags)
    return bytes(out)


def bmp_bytes(rows_top_down: list[bytes], w: int, h: int, bpp: int, dpi: int, palette=None,
              compression: int = 0, v4_alpha: bool = False) -> bytes:
    """A BMP (bottom-up rows). rows: raw rows (already packed) for compression 0 and 3, encoded
    data for RLE (compression 1 or 2: pass the whole encoding as one item)."""
    if compression in (1, 2):
        pixels = rows_top_down[0]
    else:
        stride = ((w * bpp + 31) // 32) * 4
        pixels = b"".join(r.ljust(stride, b"\0") for r in reversed(rows_top_down))
    header_size = 108 if v4_alpha else 40
    pal = b""
    if palette is not None:
        pal = b"".join(bytes([b, g, r, 0]) for r, g, b in palette)
    offset = 14 + header_size + len(pal)
    ppm = int(round(dpi / 0.0254))
    info = struct.pack("<IiiHHIIiiII", header_size, w, h, 1, bpp, compression, len(pixels), ppm, ppm,
                       len(palette) if palette is not None else 0, 0)
    if v4_alpha:
        info += struct.pack("<IIII", 0x00FF0000, 0x0000FF00, 0x000000FF, 0xFF000000)
        info += b"BGRs" + b"\0" * 36 + b"\0" * 12
    head = b"BM" + struct.pack("<IHHI", offset + len(pixels), 0, 0, offset)
    return head + info + pal + pixels


def rle8(indices: np.ndarray) -> bytes:
    """BMP RLE8: encoded runs only, rows bottom-up, end-of-line after each row."""
    out = bytearray()
    for row in indices[::-1]:
        x = 0
        while x < len(row):
            v = row[x]
            n = 1
            while x + n < len(row) and row[x + n] == v and n < 255:
                n += 1
            out += bytes([n, int(v)])
            x += n
        out += b"\0\0"
    out += b"\0\1"
    return bytes(out)


def rle4(indices: np.ndarray) -> bytes:
    """BMP RLE4: runs of one nibble value, rows bottom-up."""
    out = bytearray()
    for row in indices[::-1]:
        x = 0
        while x < len(row):
            v = int(row[x])
            n = 1
            while x + n < len(row) and row[x + n] == v and n < 255:
                n += 1
            out += bytes([n, (v << 4) | v])
            x += n
        out += b"\0\0"
    out += b"\0\1"
    return bytes(out)


def run(*args: str) -> None:
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def via_tool(ext_in: str, data: bytes, cmd: list[str], ext_out: str) -> bytes:
    with tempfile.TemporaryDirectory() as t:
        src = os.path.join(t, "in." + ext_in)
        dst = os.path.join(t, "out." + ext_out)
        with open(src, "wb") as f:
            f.write(data)
        run(*[c.replace("IN", src).replace("OUT", dst) for c in cmd])
        with open(dst, "rb") as f:
            return f.read()


def png_of(im: Image.Image) -> bytes:
    b = io.BytesIO()
    im.save(b, "PNG")
    return b.getvalue()


def tiffcp(data: bytes, *opts: str) -> bytes:
    return via_tool("tif", data, ["tiffcp", *opts, "IN", "OUT"], "tif")


# ---------------------------------------------------------------------------------------------
# The documents
# ---------------------------------------------------------------------------------------------


def name(number: str, document: str, ext: str) -> str:
    return f"{CASES[number]} - {number} - {document}.{ext}"


DOCS: list[dict] = []


def doc(**kw) -> dict:
    DOCS.append(kw)
    return kw


# Each entry: file, encoding (what it exercises), folder, words (must survive into the stored
# PDF's text), page (render spec or list of specs), make (how the file is written).

doc(
    file=name("LS24P01234", "Position statement", "png"),
    encoding="PNG 8-bit grey, 200 dpi, grey-scale scan (blur, noise)",
    folder="court-papers",
    words=["LS24P01234", "therapy", "weekend"],
    page=dict(dpi=200, w_in=5.8, font="liberation-serif", pt=11, blocks=[
        ("c", "IN THE FAMILY COURT SITTING AT LEEDS"),
        ("b", "Case number: LS24P01234"),
        ("h", "POSITION STATEMENT ON BEHALF OF THE MOTHER"),
        ("p", "1. The mother asks the court to approve the interim arrangements agreed at the meeting on 14 March 2025."),
        ("p", "2. Amelia and Noah should continue to spend every other weekend with their father, from Friday after school until Sunday at six."),
        ("p", "3. The mother supports a referral for family therapy and will attend every session offered."),
    ]),
    degrade="scan", make="png-grey8",
)
doc(
    file=name("MK23C00456", "Court order", "png"),
    encoding="PNG 1-bit grey (bilevel), 300 dpi: stays 1-bit in the stored PDF",
    folder="court-orders",
    words=["MK23C00456", "ORDERED", "hearing"],
    page=dict(dpi=300, w_in=5.8, font="liberation-sans", pt=10.5, blocks=[
        ("c", "IN THE FAMILY COURT AT MILTON KEYNES"),
        ("b", "Case number: MK23C00456"),
        ("h", "ORDER"),
        ("p", "Before District Judge Okafor sitting in private on 3 February 2025."),
        ("b", "IT IS ORDERED THAT:"),
        ("p", "1. The local authority shall file an updated care plan by 4pm on 28 February 2025."),
        ("p", "2. The matter is listed for a further hearing on 12 March 2025, time estimate two hours."),
    ]),
    degrade="clean", make="png-1bit",
)
doc(
    file=name("BM25P00012", "Letter", "png"),
    encoding="PNG 4-bit palette, 150 dpi, coloured letterhead",
    folder="correspondence",
    words=["BM25P00012", "Ladywood", "appointment"],
    page=dict(dpi=150, w_in=5.8, font="dejavu-sans", pt=11, band=((20, 70, 140), "Birmingham Family Support Service"),
              blocks=[
                  ("r", "17 February 2025"),
                  ("p", "Dear Ms Smith"),
                  ("b", "Case number: BM25P00012"),
                  ("p", "I am writing to confirm your next appointment on Monday 10 March at 10.30am at the Ladywood office. Please bring Leo's red book and any letters from the nursery."),
                  ("p", "If the time is not convenient, please call the duty desk on 0121 496 0000."),
                  ("p", "Yours sincerely"),
                  ("p", "Priya Nair, Family Court Adviser"),
              ]),
    degrade="clean", make="png-palette4",
)
doc(
    file=name("NW24C00333", "Screening response", "png"),
    encoding="PNG grey+alpha: transparent paper, opaque ink (flattened onto white)",
    folder="risk-and-safety",
    words=["NW24C00333", "Screening", "child"],
    page=dict(dpi=200, w_in=5.8, font="helvetica", pt=11, blocks=[
        ("h", "SCREENING RESPONSE"),
        ("b", "Re Taylor     Case number: NW24C00333"),
        ("p", "Children's social care checks were completed on 21 January 2025."),
        ("p", "Ava and Mia Taylor are known to the authority through a child in need plan that closed in 2023. No current child protection concerns are recorded."),
        ("p", "Checked by: T. Roberts, Duty Team Manager"),
    ]),
    degrade="clean", make="png-grey-alpha",
)
doc(
    file=name("CF22P00789", "Case plan", "png"),
    encoding="PNG RGBA 8-bit: screenshot with transparent margins and a coloured table header",
    folder="case-plan",
    words=["CF22P00789", "Cerys", "review"],
    page=dict(dpi=150, w_in=6.5, font="dejavu-condensed", pt=11, band=((120, 30, 60), "CASE PLAN"),
              blocks=[
                  ("b", "Jones v Jones   Case number: CF22P00789"),
                  ("p", "Child: Cerys Jones (born 31 July 2019)"),
                  ("p", "Aim: Cerys keeps a settled routine and regular time with both parents."),
                  ("p", "Actions: school to share attendance each half term; adviser to speak with Cerys before the review; parents to use the contact book."),
                  ("p", "Next review: 9 September 2024"),
              ]),
    degrade="clean", make="png-rgba",
)
doc(
    file=name("MK23C00456", "Expert report", "png"),
    encoding="PNG 16-bit grey, 240 dpi, faded copy",
    folder="experts-and-agency",
    words=["MK23C00456", "psychologist", "assessment"],
    page=dict(dpi=240, w_in=4.1, font="century", pt=11, blocks=[
        ("h", "Report of the Expert Psychologist"),
        ("b", "Re Evans   Case number: MK23C00456"),
        ("p", "I was instructed jointly to assess Rhys, aged twelve, and his capacity to express his wishes. I met Rhys twice at school and once at home."),
        ("p", "My assessment is that Rhys understands the proceedings and his views should carry significant weight."),
        ("p", "Dr Helen Marsh, Chartered Psychologist"),
    ]),
    degrade="soft", make="png-grey16",
)
doc(
    file=name("LS24P01234", "Safeguarding letter", "png"),
    encoding="PNG RGB 8-bit, Adam7 interlaced",
    folder="reporting-to-court",
    words=["LS24P01234", "Safeguarding", "police"],
    page=dict(dpi=150, w_in=5.8, font="palatino", pt=11.5, band=((0, 110, 90), "Cafcass"),
              blocks=[
                  ("h", "Safeguarding letter"),
                  ("b", "Hughes v Patel   Case number: LS24P01234"),
                  ("p", "To the court: enquiries of the local authority and the police have been completed. There is no information that would prevent the interim arrangements continuing."),
                  ("p", "I have spoken with both parents by telephone."),
                  ("p", "Family Court Adviser, 6 January 2025"),
              ]),
    degrade="clean", make="png-rgb-interlaced",
)
doc(
    file=name("BM25P00012", "Application", "png"),
    encoding="PNG 2-bit grey, 200 dpi, form with boxes",
    folder="court-papers",
    words=["BM25P00012", "Applicant", "Children"],
    page=dict(dpi=200, w_in=5.8, font="liberation-narrow", pt=11.5, blocks=[
        ("h", "C100 Application under the Children Act 1989"),
        ("b", "Case number: BM25P00012"),
        ("p", "Applicant: Daniel Smith    Respondent: Chloe Brown"),
        ("p", "Child: Leo Smith, born 31 January 2020"),
        ("p", "Orders asked for: a child arrangements order (who the child lives with and spends time with)."),
    ]),
    degrade="scan", make="png-grey2",
)
doc(
    file=name("MK23C00456", "Position statement", "jpg"),
    encoding="mislabelled: a PNG (8-bit grey) named .jpg; read by its contents",
    folder="court-papers",
    words=["MK23C00456", "grandmother", "statement"],
    page=dict(dpi=200, w_in=5.8, font="bookman", pt=10.5, blocks=[
        ("h", "Position statement of the local authority"),
        ("b", "Re Evans   Case number: MK23C00456"),
        ("p", "The local authority invites the court to approve placement of Rhys with his maternal grandmother under an interim care order pending the final hearing."),
        ("p", "Counsel for the local authority, 2 February 2025"),
    ]),
    degrade="clean", make="png-as-jpg",
)
# ---- JPEG
doc(
    file=name("NW24C00333", "Police information", "jpg"),
    encoding="JPEG grey, baseline, quality 80, 200 dpi",
    folder="police-information",
    words=["NW24C00333", "domestic", "disclosure"],
    page=dict(dpi=200, w_in=5.8, font="courier", pt=11, blocks=[
        ("h", "NORTH WEST CONSTABULARY"),
        ("b", "Police disclosure - Case number: NW24C00333"),
        ("m", "Request ref: PD/2025/0193"),
        ("p", "A search of police systems found one domestic incident at the family address in October 2023. No further action was taken. There are no other records for the adults named."),
        ("p", "Disclosure Officer 4471"),
    ]),
    degrade="speckle", make="jpeg-grey",
)
doc(
    file=name("LS24P01234", "Letter", "jpg"),
    encoding="JPEG RGB phone photo stored sideways with EXIF orientation 6 (rotated on reading)",
    folder="correspondence",
    words=["LS24P01234", "school", "sincerely"],
    page=dict(dpi=170, w_in=5.8, font="free-serif", pt=12, paper=(250, 247, 238), blocks=[
        ("r", "Oakfield Primary School"),
        ("p", "Dear Mr Patel"),
        ("b", "Re: Amelia Hughes   Case number: LS24P01234"),
        ("p", "Thank you for your letter. Amelia has settled well this term and her attendance is 97 per cent. She enjoys reading and has joined the choir."),
        ("p", "Yours sincerely"),
        ("p", "Mrs J. Okoro, Head Teacher"),
    ]),
    degrade="photo", make="jpeg-photo-exif6",
)
doc(
    file=name("MK23C00456", "Safeguarding letter", "jpg"),
    encoding="JPEG CMYK with an Adobe marker (inverted CMYK, as Photoshop writes)",
    folder="reporting-to-court",
    words=["MK23C00456", "Safeguarding", "adviser"],
    page=dict(dpi=150, w_in=5.8, font="times", pt=12, band=((150, 20, 20), "Safeguarding letter"),
              blocks=[
                  ("b", "Re Evans   Case number: MK23C00456"),
                  ("p", "This safeguarding letter sets out the checks made before the first hearing. The adviser spoke to the social worker and to Rhys's school."),
                  ("p", "No further risks were identified."),
              ]),
    degrade="clean", make="jpeg-cmyk",
)
doc(
    file=name("BM25P00012", "Expert report", "jpg"),
    encoding="JPEG RGB progressive, quality 85, 200 dpi",
    folder="experts-and-agency",
    words=["BM25P00012", "paediatric", "Expert"],
    page=dict(dpi=200, w_in=5.8, font="gothic", pt=11, paper=(255, 253, 245), ink=(20, 20, 60), blocks=[
        ("h", "Expert paediatric report"),
        ("b", "Smith v Brown   Case number: BM25P00012"),
        ("p", "Leo is a healthy five-year-old boy whose growth and development are within the expected range. There are no injuries or medical findings of concern."),
        ("p", "Dr A. Fenwick, Consultant Paediatrician"),
    ]),
    degrade="scan", make="jpeg-progressive",
)
doc(
    file=name("NW24C00333", "Court order", "jpeg"),
    encoding="JPEG grey progressive, stored upside down with EXIF orientation 3",
    folder="court-orders",
    words=["NW24C00333", "ORDER", "directions"],
    page=dict(dpi=200, w_in=5.8, font="dejavu-serif", pt=10.5, blocks=[
        ("c", "In the Family Court at Manchester"),
        ("b", "Case number: NW24C00333"),
        ("h", "CASE MANAGEMENT ORDER"),
        ("p", "Upon hearing the advocates for the parties, the court gives the following directions."),
        ("p", "1. The guardian shall file an analysis by 30 April 2025."),
        ("p", "2. The issues resolution hearing is listed on 14 May 2025."),
    ]),
    degrade="scan", make="jpeg-grey-exif3",
)
# ---- TIFF
doc(
    file=name("LS24P01234", "Court order", "tif"),
    encoding="TIFF 2 pages, bilevel, CCITT Group 4, min-is-white (office scanner)",
    folder="court-orders",
    words=["LS24P01234", "ORDERED", "Sunday", "costs"],
    pages=[
        dict(dpi=300, w_in=5.8, font="times", pt=11, blocks=[
            ("c", "IN THE FAMILY COURT SITTING AT LEEDS"),
            ("b", "Case number: LS24P01234"),
            ("h", "CHILD ARRANGEMENTS ORDER"),
            ("b", "IT IS ORDERED THAT:"),
            ("p", "1. The children shall live with their mother."),
            ("p", "2. The children shall spend time with their father every other weekend from Friday after school until Sunday at 6pm."),
        ]),
        dict(dpi=300, w_in=5.8, font="times", pt=11, blocks=[
            ("b", "Case number: LS24P01234 - page 2"),
            ("p", "3. Handovers shall take place at the school or at the family centre."),
            ("p", "4. There shall be no order as to costs."),
            ("p", "District Judge Harland, 20 January 2025"),
        ]),
    ],
    degrade="clean", make="tiff-g4-miniswhite",
)
doc(
    file=name("MK23C00456", "Letter", "tif"),
    encoding="TIFF bilevel, uncompressed, min-is-black, 200 dpi",
    folder="correspondence",
    words=["MK23C00456", "sincerely", "foster"],
    page=dict(dpi=200, w_in=5.8, font="liberation-serif", pt=11.5, blocks=[
        ("p", "Dear Mrs Evans"),
        ("b", "Case number: MK23C00456"),
        ("p", "I write to let you know that Rhys's foster carers have agreed to bring him to the family centre on Saturdays from 10am to 12 noon."),
        ("p", "Yours sincerely"),
        ("p", "Gareth Lloyd, Social Worker"),
    ]),
    degrade="toner", make="tiff-1bit-minisblack",
)
doc(
    file=name("BM25P00012", "Police information", "tif"),
    encoding="TIFF fax: CCITT Group 3 one-dimensional, FillOrder 2 (bits least significant first), 204 x 196 dpi",
    folder="police-information",
    words=["BM25P00012", "Police", "incident"],
    page=dict(dpi=200, w_in=5.8, font="courier-bold", pt=11, blocks=[
        ("h", "WEST MIDLANDS POLICE - FAX"),
        ("b", "Case number: BM25P00012"),
        ("p", "Police National Computer check: no convictions or cautions recorded for either parent."),
        ("p", "One incident log (ref 2291) from March 2024 records a verbal argument at a handover. No offences were disclosed."),
    ]),
    degrade="clean", make="tiff-g3-1d-lsb",
)
doc(
    file=name("NW24C00333", "Letter", "tiff"),
    encoding="TIFF fax: CCITT Group 3 two-dimensional (T4Options 1), min-is-white",
    folder="correspondence",
    words=["NW24C00333", "nursery", "sincerely"],
    page=dict(dpi=200, w_in=5.8, font="helvetica", pt=11, blocks=[
        ("p", "Dear Ms Taylor"),
        ("b", "Case number: NW24C00333"),
        ("p", "The nursery has confirmed a place for Mia from September. Please complete the enclosed form and return it by the end of the month."),
        ("p", "Yours sincerely"),
        ("p", "Early Years Team"),
    ]),
    degrade="clean", make="tiff-g3-2d",
)
doc(
    file=name("CF22P00789", "Screening response", "tif"),
    encoding="TIFF CCITT RLE (compression 2, Modified Huffman rows)",
    folder="risk-and-safety",
    words=["CF22P00789", "screening", "concerns"],
    page=dict(dpi=200, w_in=5.8, font="dejavu-sans", pt=10.5, blocks=[
        ("h", "Safeguarding screening response"),
        ("b", "Jones v Jones   Case number: CF22P00789"),
        ("p", "Local authority checks: Cerys is not known to children's services. No concerns were raised by the health visitor."),
        ("p", "Screening completed by the Cardiff duty team, 4 March 2024."),
    ]),
    degrade="clean", make="tiff-ccitt-rle",
)
doc(
    file=name("LS24P01234", "Expert report", "tif"),
    encoding="TIFF 4-bit grey, PackBits",
    folder="experts-and-agency",
    words=["LS24P01234", "expert", "hair"],
    page=dict(dpi=200, w_in=5.8, font="free-sans", pt=11, blocks=[
        ("h", "Expert report: hair strand testing"),
        ("b", "Hughes v Patel   Case number: LS24P01234"),
        ("p", "Samples taken on 2 December 2024 show no use of cocaine, cannabis or alcohol at levels of concern over the six months tested."),
        ("p", "Toxicology Laboratory, reporting scientist"),
    ]),
    degrade="soft", make="tiff-grey4-packbits",
)
doc(
    file=name("LV21C00999", "Court order", "tif"),
    encoding="TIFF 2-bit grey, uncompressed, 150 dpi",
    folder="court-orders",
    words=["LV21C00999", "ORDER", "Morgan"],
    page=dict(dpi=150, w_in=5.8, font="century", pt=12, blocks=[
        ("c", "IN THE FAMILY COURT AT LIVERPOOL"),
        ("b", "Case number: LV21C00999"),
        ("h", "FINAL ORDER"),
        ("p", "Tomos and Elin Morgan shall remain in the care of the local authority under a care order. The proceedings are concluded."),
    ]),
    degrade="faded", make="tiff-grey2",
)
doc(
    file=name("NW24C00333", "Expert report", "tif"),
    encoding="TIFF 16-bit grey, Deflate with horizontal predictor",
    folder="experts-and-agency",
    words=["NW24C00333", "expert", "attachment"],
    page=dict(dpi=200, w_in=5.8, font="palatino", pt=11, blocks=[
        ("h", "Independent expert assessment"),
        ("b", "Re Taylor   Case number: NW24C00333"),
        ("p", "Ava shows a secure attachment to her grandmother. A move now would carry a high risk of harm to her emotional development."),
        ("p", "Independent Social Worker, 18 March 2025"),
    ]),
    degrade="soft", make="tiff-grey16-deflate",
)
doc(
    file=name("MK23C00456", "Screening response", "tif"),
    encoding="TIFF grey+alpha (2 samples, unassociated alpha), LZW",
    folder="risk-and-safety",
    words=["MK23C00456", "LADO", "referral"],
    page=dict(dpi=200, w_in=5.8, font="liberation-sans", pt=11, blocks=[
        ("h", "LADO response"),
        ("b", "Re Evans   Case number: MK23C00456"),
        ("p", "The Local Authority Designated Officer has no record of any referral about the foster carers. No further action is needed."),
    ]),
    degrade="clean", make="tiff-grey-alpha-lzw",
)
doc(
    file=name("BM25P00012", "Safeguarding letter", "tif"),
    encoding="TIFF RGB 8-bit, JPEG-in-TIFF (YCbCr, subsampled)",
    folder="reporting-to-court",
    words=["BM25P00012", "Safeguarding", "checks"],
    page=dict(dpi=200, w_in=5.8, font="dejavu-serif", pt=10.5, band=((0, 90, 150), "Safeguarding letter"),
              blocks=[
                  ("b", "Smith v Brown   Case number: BM25P00012"),
                  ("p", "Checks with the police and the local authority are complete. The father has one caution from 2016 for a public order matter, which the adviser does not consider relevant to Leo's safety."),
              ]),
    degrade="scan", make="tiff-jpeg-ycbcr",
)
doc(
    file=name("LS24P01234", "Screening response", "tif"),
    encoding="TIFF RGBA 16-bit, Deflate, tiled 256 x 256, associated alpha",
    folder="risk-and-safety",
    words=["LS24P01234", "screening", "health"],
    page=dict(dpi=150, w_in=5.8, font="gothic", pt=12, ink=(10, 40, 20), blocks=[
        ("h", "Screening response"),
        ("b", "Hughes v Patel   Case number: LS24P01234"),
        ("p", "Health visitor and GP records were screened. Both children are up to date with immunisations and no concerns were noted."),
    ]),
    degrade="clean", make="tiff-rgba16-tiled",
)
doc(
    file=name("NW24C00333", "Position statement", "tif"),
    encoding="TIFF CMYK 8-bit, LZW",
    folder="court-papers",
    words=["NW24C00333", "statement", "grandmother"],
    page=dict(dpi=200, w_in=5.8, font="bookman", pt=10.5, band=((40, 60, 120), "Position statement"),
              blocks=[
                  ("b", "Re Taylor   Case number: NW24C00333"),
                  ("p", "The guardian supports the plan for Ava and Mia to remain with their grandmother and asks for a special guardianship support plan before the final hearing."),
              ]),
    degrade="clean", make="tiff-cmyk-lzw",
)
doc(
    file=name("MK23C00456", "Case plan", "tif"),
    encoding="TIFF 8-bit palette with a colour letterhead, LZW",
    folder="case-plan",
    words=["MK23C00456", "plan", "school"],
    page=dict(dpi=150, w_in=5.8, font="liberation-sans", pt=11.5, band=((90, 40, 120), "Care and case plan"),
              blocks=[
                  ("b", "Re Evans   Case number: MK23C00456"),
                  ("p", "Case plan: Rhys stays at his current school. Family time with his mother twice a week, supervised, moving to once a week unsupervised if the review agrees."),
              ]),
    degrade="clean", make="tiff-palette8-lzw",
)
doc(
    file=name("BM25P00012", "Case plan", "tif"),
    encoding="TIFF RGB 8-bit, planar (separate colour planes), PackBits, big-endian",
    folder="case-plan",
    words=["BM25P00012", "plan", "handover"],
    page=dict(dpi=150, w_in=5.8, font="free-serif", pt=12, ink=(0, 0, 90), blocks=[
        ("h", "Case plan"),
        ("b", "Smith v Brown   Case number: BM25P00012"),
        ("p", "Handover at the contact centre each Saturday at 11am. Both parents to keep to the agreed parenting plan and review it in June."),
    ]),
    degrade="clean", make="tiff-rgb-planar-be",
)
# ---- GIF, BMP, WebP, HEIF
doc(
    file=name("LS24P01234", "Application", "gif"),
    encoding="GIF, 2 frames (the first is read), palette with a transparent background",
    folder="court-papers",
    words=["LS24P01234", "application", "Applicant"],
    page=dict(dpi=150, w_in=5.8, font="dejavu-sans", pt=11, blocks=[
        ("h", "C2 application in existing proceedings"),
        ("b", "Hughes v Patel   Case number: LS24P01234"),
        ("p", "Applicant: Ravi Patel (father)"),
        ("p", "The father applies to vary the handover time to 5pm on Sundays because of his new working hours."),
    ]),
    degrade="clean", make="gif-animated-transparent",
)
doc(
    file=name("CF22P00789", "Letter", "gif"),
    encoding="GIF, one frame, 16 grey levels",
    folder="correspondence",
    words=["CF22P00789", "sincerely", "contact"],
    page=dict(dpi=150, w_in=5.8, font="liberation-serif", pt=12, blocks=[
        ("p", "Dear Mr Jones"),
        ("b", "Case number: CF22P00789"),
        ("p", "Your contact with Cerys will resume at the family centre on 1 May. The centre will send you a confirmation by post."),
        ("p", "Yours sincerely, Cardiff Family Centre"),
    ]),
    degrade="scan", make="gif-grey16",
)
doc(
    file=name("BM25P00012", "Court order", "bmp"),
    encoding="BMP 1-bit (black and white palette)",
    folder="court-orders",
    words=["BM25P00012", "ORDER", "mediation"],
    page=dict(dpi=200, w_in=5.8, font="dejavu-condensed", pt=11, blocks=[
        ("c", "IN THE FAMILY COURT AT BIRMINGHAM"),
        ("b", "Case number: BM25P00012"),
        ("h", "ORDER"),
        ("p", "The parties shall attend a mediation information and assessment meeting within 28 days."),
    ]),
    degrade="clean", make="bmp-1bit",
)
doc(
    file=name("LS24P01234", "Case plan", "bmp"),
    encoding="BMP 4-bit palette, RLE4 compressed",
    folder="case-plan",
    words=["LS24P01234", "plan", "holidays"],
    page=dict(dpi=150, w_in=5.8, font="helvetica", pt=12, blocks=[
        ("h", "Case plan review"),
        ("b", "Hughes v Patel   Case number: LS24P01234"),
        ("p", "School holidays are shared equally. The plan will be reviewed after the summer."),
    ]),
    degrade="clean", make="bmp-rle4",
)
doc(
    file=name("NW24C00333", "Safeguarding letter", "bmp"),
    encoding="BMP 8-bit palette, RLE8 compressed",
    folder="reporting-to-court",
    words=["NW24C00333", "Safeguarding", "grandmother"],
    page=dict(dpi=150, w_in=5.8, font="times", pt=12, blocks=[
        ("h", "Safeguarding letter"),
        ("b", "Re Taylor   Case number: NW24C00333"),
        ("p", "The grandmother's household was checked with the police and the local authority. Nothing of concern was found."),
    ]),
    degrade="soft", make="bmp-rle8",
)
doc(
    file=name("MK23C00456", "Application", "bmp"),
    encoding="BMP 24-bit colour",
    folder="court-papers",
    words=["MK23C00456", "application", "Respondent"],
    page=dict(dpi=120, w_in=4.1, font="free-sans", pt=12, band=((30, 100, 60), "Application"),
              blocks=[
                  ("b", "Re Evans   Case number: MK23C00456"),
                  ("p", "Applicant: the local authority. Respondent: Sian Evans (mother)."),
                  ("p", "The application is for an interim care order."),
              ]),
    degrade="clean", make="bmp-24",
)
doc(
    file=name("CF22P00789", "Position statement", "bmp"),
    encoding="BMP 32-bit with alpha (BITMAPV4HEADER, bit fields): transparent black background",
    folder="court-papers",
    words=["CF22P00789", "statement", "father"],
    page=dict(dpi=110, w_in=4.1, font="palatino", pt=13, blocks=[
        ("h", "Position statement of the father"),
        ("b", "Jones v Jones   Case number: CF22P00789"),
        ("p", "The father agrees to the contact arrangements proposed by the adviser and asks for a review in six months."),
    ]),
    degrade="clean", make="bmp-32-alpha",
)
doc(
    file=name("MK23C00456", "Police information", "webp"),
    encoding="WebP lossy (VP8), phone photo of a page",
    folder="police-information",
    words=["MK23C00456", "Police", "address"],
    page=dict(dpi=170, w_in=5.8, font="liberation-sans", pt=12, paper=(248, 246, 240), blocks=[
        ("h", "Thames Valley Police"),
        ("b", "Police information - Case number: MK23C00456"),
        ("p", "Officers attended the address on 5 June 2024 after a neighbour's call. Both adults were spoken to and no offences were recorded."),
    ]),
    degrade="photo", make="webp-lossy",
)
doc(
    file=name("LV21C00999", "Letter", "webp"),
    encoding="WebP lossless (VP8L)",
    folder="correspondence",
    words=["LV21C00999", "sincerely", "review"],
    page=dict(dpi=150, w_in=5.8, font="dejavu-serif", pt=11.5, blocks=[
        ("p", "Dear Miss Morgan"),
        ("b", "Case number: LV21C00999"),
        ("p", "Thank you for attending the review. The minutes are enclosed; please tell me of any corrections within 14 days."),
        ("p", "Yours sincerely, Independent Reviewing Officer"),
    ]),
    degrade="clean", make="webp-lossless",
)
doc(
    file=name("NW24C00333", "Police information", "heic"),
    encoding="HEIC (HEVC) phone photo of a page",
    folder="police-information",
    words=["NW24C00333", "Police", "welfare"],
    page=dict(dpi=170, w_in=5.8, font="liberation-serif", pt=12, paper=(247, 245, 236), blocks=[
        ("h", "Greater Manchester Police"),
        ("b", "Police information - Case number: NW24C00333"),
        ("p", "A welfare check was carried out on 2 February 2025 at the grandmother's address. The children were safe and well."),
    ]),
    degrade="photo", make="heic-photo",
)
doc(
    file=name("BM25P00012", "Position statement", "heic"),
    encoding="HEIF (HEVC) with an alpha plane: transparent background flattened onto white",
    folder="court-papers",
    words=["BM25P00012", "statement", "mother"],
    page=dict(dpi=150, w_in=5.8, font="dejavu-sans", pt=11.5, blocks=[
        ("h", "Position statement of the mother"),
        ("b", "Smith v Brown   Case number: BM25P00012"),
        ("p", "The mother agrees that Leo should see his father every Saturday and asks that handovers take place at the contact centre."),
    ]),
    degrade="clean", make="heic-alpha",
)
doc(
    file=name("CF22P00789", "Court order", "avif"),
    encoding="AVIF (AV1 in HEIF), read through libheif",
    folder="court-orders",
    words=["CF22P00789", "ORDER", "Cardiff"],
    page=dict(dpi=150, w_in=5.8, font="helvetica", pt=12, blocks=[
        ("c", "IN THE FAMILY COURT AT CARDIFF"),
        ("b", "Case number: CF22P00789"),
        ("h", "ORDER"),
        ("p", "The application is dismissed. The previous child arrangements order continues."),
    ]),
    degrade="scan", make="avif",
)


# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------


def grey(im: Image.Image) -> np.ndarray:
    return np.asarray(im.convert("L"))


def make(d: dict, pages: list[Image.Image], seed: int) -> bytes:
    how = d["make"]
    dpi = d["pages"][0]["dpi"] if "pages" in d else d["page"]["dpi"]
    im = pages[0]
    g = grey(im)
    h, w = g.shape
    if how == "png-grey8":
        return png_bytes(g, 0, 8, dpi)
    if how == "png-as-jpg":
        return png_bytes(g, 0, 8, dpi)
    if how == "png-1bit":
        return png_bytes((~bilevel(im, seed)).astype(np.uint8), 0, 1, dpi)
    if how == "png-grey2":
        return png_bytes(np.round(g / 85.0).astype(np.uint8), 0, 2, dpi)
    if how == "png-grey16":
        return png_bytes(g.astype(np.uint16) * 257, 0, 16, dpi)
    if how == "png-palette4":
        q = im.quantize(colors=16, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
        idx = np.asarray(q)
        pal = np.asarray(q.getpalette()[: 16 * 3], np.uint8).reshape(-1, 3)
        return png_bytes(idx, 3, 4, dpi, plte=pal)
    if how == "png-grey-alpha":
        alpha = 255 - g  # ink opaque, paper transparent
        # Paper pixels are black but fully transparent: dropping alpha would make a black page.
        la = np.stack([np.zeros_like(g), alpha], -1)
        return png_bytes(la, 4, 8, dpi)
    if how == "png-rgba":
        a = np.asarray(im.convert("RGB"))
        alpha = np.full((h, w), 255, np.uint8)
        m = int(0.25 * dpi)
        alpha[:m, :] = 0
        alpha[-m:, :] = 0
        alpha[:, :m] = 0
        alpha[:, -m:] = 0
        rgb = a.copy()
        rgb[alpha == 0] = 0
        return png_bytes(np.dstack([rgb, alpha]), 6, 8, dpi)
    if how == "png-rgb-interlaced":
        return png_bytes(np.asarray(im.convert("RGB")), 2, 8, dpi, interlace=True)
    if how == "jpeg-grey":
        b = io.BytesIO()
        im.convert("L").save(b, "JPEG", quality=80, dpi=(dpi, dpi))
        return b.getvalue()
    if how == "jpeg-progressive":
        b = io.BytesIO()
        im.convert("RGB").save(b, "JPEG", quality=85, progressive=True, dpi=(dpi, dpi))
        return b.getvalue()
    if how in ("jpeg-photo-exif6", "jpeg-grey-exif3"):
        if how == "jpeg-photo-exif6":
            photo = perspective(im.convert("RGB"), seed)
            stored, orientation, mode = photo.transpose(Image.Transpose.ROTATE_90), 6, "RGB"
        else:
            stored, orientation, mode = im.convert("L").transpose(Image.Transpose.ROTATE_180), 3, "L"
        exif = Image.Exif()
        exif[0x0112] = orientation
        b = io.BytesIO()
        # A phone writes 72 dpi whatever it photographed; a scanner its own resolution.
        density = (72, 72) if mode == "RGB" else (dpi, dpi)
        stored.convert(mode).save(b, "JPEG", quality=82, progressive=(mode == "L"), exif=exif.tobytes(),
                                  dpi=density)
        return b.getvalue()
    if how == "jpeg-cmyk":
        b = io.BytesIO()
        im.convert("RGB").convert("CMYK").save(b, "JPEG", quality=88, dpi=(dpi, dpi))
        return b.getvalue()
    # ---- TIFF
    if how == "tiff-g4-miniswhite":
        tpages = []
        for k, p in enumerate(pages):
            black = bilevel(p, seed + k, noise=10)
            data = b"".join(pack_rows(black.astype(np.uint8)[..., None], 1))
            tpages.append(dict(w=p.size[0], h=p.size[1], bps=1, spp=1, photometric=0, data=data, dpi=(dpi, dpi)))
        return tiffcp(tiff_bytes(tpages), "-c", "g4")
    if how == "tiff-1bit-minisblack":
        white = ~bilevel(im, seed, noise=12)
        data = b"".join(pack_rows(white.astype(np.uint8)[..., None], 1))
        return tiff_bytes([dict(w=w, h=h, bps=1, spp=1, photometric=1, data=data, dpi=(dpi, dpi))])
    if how in ("tiff-g3-1d-lsb", "tiff-g3-2d"):
        black = bilevel(im, seed, noise=20)
        data = b"".join(pack_rows(black.astype(np.uint8)[..., None], 1))
        base = tiff_bytes([dict(w=w, h=h, bps=1, spp=1, photometric=0, data=data,
                                dpi=(204, 196) if how.endswith("lsb") else (dpi, dpi))])
        if how == "tiff-g3-1d-lsb":
            return tiffcp(base, "-c", "g3:1d:fill", "-f", "lsb2msb")
        return tiffcp(base, "-c", "g3:2d", "-r", "64")
    if how == "tiff-ccitt-rle":
        b = io.BytesIO()
        Image.fromarray((~bilevel(im, seed, noise=8)).astype(np.uint8) * 255).convert("1").save(
            b, "TIFF", compression="tiff_ccitt", dpi=(dpi, dpi))
        return b.getvalue()
    if how == "tiff-grey4-packbits":
        q = np.round(g / 17.0).astype(np.uint8)
        data = b"".join(pack_rows(q[..., None], 4))
        return tiffcp(tiff_bytes([dict(w=w, h=h, bps=4, spp=1, photometric=1, data=data, dpi=(dpi, dpi))]),
                      "-c", "packbits")
    if how == "tiff-grey2":
        q = np.round(g / 85.0).astype(np.uint8)
        data = b"".join(pack_rows(q[..., None], 2))
        return tiff_bytes([dict(w=w, h=h, bps=2, spp=1, photometric=1, data=data, dpi=(dpi, dpi))])
    if how == "tiff-grey16-deflate":
        g16 = g.astype("<u2") * 257
        return tiffcp(tiff_bytes([dict(w=w, h=h, bps=16, spp=1, photometric=1, data=g16.tobytes(), dpi=(dpi, dpi))]),
                      "-c", "zip:2")
    if how == "tiff-grey-alpha-lzw":
        alpha = 255 - g
        la = np.stack([np.zeros_like(g), alpha], -1).astype(np.uint8)
        return tiffcp(tiff_bytes([dict(w=w, h=h, bps=8, spp=2, photometric=1, data=la.tobytes(), dpi=(dpi, dpi),
                                       tags=[(338, 3, [2])])]), "-c", "lzw")
    if how == "tiff-jpeg-ycbcr":
        rgb = np.asarray(im.convert("RGB"))
        return tiffcp(tiff_bytes([dict(w=w, h=h, bps=8, spp=3, photometric=2, data=rgb.tobytes(), dpi=(dpi, dpi))]),
                      "-c", "jpeg:85", "-r", "16")
    if how == "tiff-rgba16-tiled":
        rgb = np.asarray(im.convert("RGB")).astype(np.uint32)
        alpha = np.full((h, w), 65535, np.uint32)
        m = int(0.2 * dpi)
        alpha[:m, :] = 0
        alpha[:, :m] = 0
        # Associated alpha: colour premultiplied (so transparent pixels are 0 = black).
        c16 = (rgb * 257 * alpha[..., None] // 65535).astype("<u2")
        rgba = np.dstack([c16, alpha.astype("<u2")])
        return tiffcp(tiff_bytes([dict(w=w, h=h, bps=16, spp=4, photometric=2, data=rgba.tobytes(), dpi=(dpi, dpi),
                                       tags=[(338, 3, [1])])]), "-c", "zip", "-t", "-w", "256", "-l", "256")
    if how == "tiff-cmyk-lzw":
        cmyk = np.asarray(im.convert("RGB").convert("CMYK"))
        return tiffcp(tiff_bytes([dict(w=w, h=h, bps=8, spp=4, photometric=5, data=cmyk.tobytes(), dpi=(dpi, dpi),
                                       tags=[(332, 3, [1])])]), "-c", "lzw")
    if how == "tiff-palette8-lzw":
        q = im.quantize(colors=64, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
        idx = np.asarray(q).astype(np.uint8)
        pal = list(q.getpalette()[: 256 * 3])
        pal += [0] * (768 - len(pal))
        cmap = [pal[i * 3 + c] * 257 for c in range(3) for i in range(256)]
        return tiffcp(tiff_bytes([dict(w=w, h=h, bps=8, spp=1, photometric=3, data=idx.tobytes(), dpi=(dpi, dpi),
                                       tags=[(320, 3, cmap)])]), "-c", "lzw")
    if how == "tiff-rgb-planar-be":
        rgb = np.asarray(im.convert("RGB"))
        return tiffcp(tiff_bytes([dict(w=w, h=h, bps=8, spp=3, photometric=2, data=rgb.tobytes(), dpi=(dpi, dpi))]),
                      "-p", "separate", "-c", "packbits", "-B")
    # ---- GIF
    if how == "gif-animated-transparent":
        base = im.convert("L").quantize(colors=8, dither=Image.Dither.NONE)
        pal = base.getpalette()[: 8 * 3]
        idx = np.asarray(base).copy()
        # The paper colour becomes the transparent index, whose palette colour is black.
        paper = int(np.bincount(idx.reshape(-1)).argmax())
        pal[paper * 3 : paper * 3 + 3] = [0, 0, 0]
        first = Image.fromarray(idx, "P")
        first.putpalette(pal)
        second = Image.new("P", first.size, paper)
        second.putpalette(pal)
        ImageDraw.Draw(second).text((20, 20), "page 2 of an animation", fill=(paper + 1) % 8)
        b = io.BytesIO()
        first.save(b, "GIF", save_all=True, append_images=[second], transparency=paper, duration=800, loop=0,
                   disposal=2)
        return b.getvalue()
    if how == "gif-grey16":
        q = im.convert("L").quantize(colors=16, dither=Image.Dither.NONE)
        b = io.BytesIO()
        q.save(b, "GIF")
        return b.getvalue()
    # ---- BMP
    if how == "bmp-1bit":
        white = (~bilevel(im, seed, noise=8)).astype(np.uint8)
        rows = pack_rows(white[..., None], 1)
        return bmp_bytes(rows, w, h, 1, dpi, palette=[(0, 0, 0), (255, 255, 255)])
    if how == "bmp-rle4":
        q = np.round(g / 17.0).astype(np.uint8)
        pal = [(i * 17, i * 17, i * 17) for i in range(16)]
        return bmp_bytes([rle4(q)], w, h, 4, dpi, palette=pal, compression=2)
    if how == "bmp-rle8":
        q = (g // 4).astype(np.uint8)
        pal = [(i * 4 + 2, i * 4 + 2, i * 4 + 2) for i in range(64)]
        return bmp_bytes([rle8(q)], w, h, 8, dpi, palette=pal, compression=1)
    if how == "bmp-24":
        rgb = np.asarray(im.convert("RGB"))
        rows = [r[:, ::-1].tobytes() for r in rgb]  # BGR
        return bmp_bytes(rows, w, h, 24, dpi)
    if how == "bmp-32-alpha":
        alpha = 255 - g
        bgra = np.dstack([np.zeros_like(g), np.zeros_like(g), np.zeros_like(g), alpha]).astype(np.uint8)
        rows = [r.tobytes() for r in bgra]
        return bmp_bytes(rows, w, h, 32, dpi, compression=3, v4_alpha=True)
    # ---- WebP, HEIF
    if how == "webp-lossy":
        photo = perspective(im.convert("RGB"), seed)
        return via_tool("png", png_of(photo), ["cwebp", "-quiet", "-q", "80", "-m", "4", "IN", "-o", "OUT"], "webp")
    if how == "webp-lossless":
        return via_tool("png", png_of(im.convert("RGB")), ["cwebp", "-quiet", "-lossless", "-z", "6", "IN", "-o", "OUT"], "webp")
    if how == "heic-photo":
        photo = perspective(im.convert("RGB"), seed)
        return via_tool("png", png_of(photo), ["heif-enc", "-q", "60", "IN", "-o", "OUT"], "heic")
    if how == "heic-alpha":
        alpha = 255 - g
        rgba = Image.fromarray(np.dstack([np.zeros_like(g)] * 3 + [alpha]).astype(np.uint8), "RGBA")
        return via_tool("png", png_of(rgba), ["heif-enc", "-q", "70", "IN", "-o", "OUT"], "heic")
    if how == "avif":
        return via_tool("png", png_of(im.convert("RGB")), ["heif-enc", "-A", "-q", "60", "IN", "-o", "OUT"], "avif")
    raise ValueError(how)


# ---------------------------------------------------------------------------------------------
# Files casevault must refuse
# ---------------------------------------------------------------------------------------------


def bad_files(good: dict[str, bytes]) -> list[tuple[str, bytes, dict]]:
    out = []
    out.append(("empty.png", b"", dict(reason="empty", detail=["no bytes"], encoding="0 bytes")))
    rnd = random.Random(1001)
    out.append(("random.png", rnd.randbytes(6000),
                dict(reason="corrupt", detail=[".png", "not a PNG"], encoding="6000 random bytes named .png")))
    out.append(("Meeting notes.tif", b"Notes of the meeting held on 3 March 2025.\nPresent: all parties.\n" * 20,
                dict(reason="corrupt", detail=[".tif", "not a TIF"], encoding="plain text named .tif")))
    png = good[name("NW24C00333", "Screening response", "png")]
    out.append(("truncated.png", png[: len(png) // 2],
                dict(reason="corrupt", detail=["PNG", "truncated"], encoding="first half of a PNG")))
    jpg = good[name("BM25P00012", "Expert report", "jpg")]
    out.append(("truncated.jpg", jpg[: int(len(jpg) * 0.6)],
                dict(reason="corrupt", detail=["JPEG", "truncated"], encoding="first 60% of a progressive JPEG")))
    heic = good[name("NW24C00333", "Police information", "heic")]
    out.append(("truncated.heic", heic[: len(heic) // 2],
                dict(reason="corrupt", detail=["HEIC"], encoding="first half of a HEIC photo")))
    # Damaged inside: flip bytes in the middle of the PNG's compressed data.
    dmg = bytearray(good[name("BM25P00012", "Application", "png")])
    mid = len(dmg) // 2
    for i in range(16):
        dmg[mid + i] ^= 0x5A
    out.append(("damaged.png", bytes(dmg),
                dict(reason="corrupt", detail=["PNG", "damaged"], encoding="PNG with 16 bytes of its image data changed")))
    # A 3-page TIFF cut inside page 3 (each page's directory comes before its pixels).
    tp = []
    for k, text in enumerate(["Page one of the bundle index", "Page two of the bundle index", "Page three of the bundle index"]):
        p = Image.new("L", (900, 300), 255)
        ImageDraw.Draw(p).text((40, 120), text, font=font("dejavu-sans", 36), fill=0)
        black = np.asarray(p) < 128
        tp.append(dict(w=900, h=300, bps=1, spp=1, photometric=0,
                       data=b"".join(pack_rows(black.astype(np.uint8)[..., None], 1)), dpi=(150, 150)))
    t = tiff_bytes(tp, ifd_first=True)
    cut = len(t) - len(tp[2]["data"]) // 2
    out.append(("Bundle index.tif", t[:cut],
                dict(reason="corrupt", detail=["truncated after page 2"], encoding="3-page TIFF cut in the middle of page 3")))
    # Decompression bombs: headers claiming 90000 x 90000, a few KB of data.
    zeros = zlib.compress(b"\0" * (1 << 20), 9)
    bomb = b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", struct.pack(">IIBBBBB", 90000, 90000, 8, 0, 0, 0, 0))
    bomb += png_chunk(b"IDAT", zeros) + png_chunk(b"IEND", b"")
    out.append(("bomb.png", bomb, dict(reason="too-large", detail=["90000 x 90000"],
                                       encoding="PNG header claiming 90000 x 90000 grey pixels, 1 KB of Deflate data")))
    tbomb = tiff_bytes([dict(w=90000, h=90000, bps=8, spp=1, photometric=1, data=zeros, dpi=(300, 300),
                             tags=[(259, 3, [8])])])
    out.append(("bomb.tif", tbomb, dict(reason="too-large", detail=["90000 x 90000"],
                                        encoding="Deflate TIFF claiming 90000 x 90000 grey pixels, 1 KB of data")))
    # Formats recognised and refused by name.
    ico = io.BytesIO()
    Image.new("RGB", (32, 32), (200, 30, 30)).save(ico, "ICO")
    out.append(("favicon.ico", ico.getvalue(), dict(reason="unsupported", detail=["icon"], encoding="Windows icon")))
    psd = via_tool("png", png_of(Image.new("RGB", (48, 32), (30, 30, 200))), ["/usr/bin/convert", "IN", "-strip", "psd:OUT"], "psd")
    out.append(("scan.psd", psd, dict(reason="unsupported", detail=["Photoshop"], encoding="Photoshop PSD (ImageMagick)")))
    # A JPEG XL codestream: signature FF 0A, then a size header and bytes (no encoder in Debian 12).
    out.append(("photo.jxl", bytes([0xFF, 0x0A, 0xFA, 0x7F]) + random.Random(1003).randbytes(400),
                dict(reason="unsupported", detail=["JPEG XL"], encoding="JPEG XL codestream signature and random bytes")))
    return out


# ---------------------------------------------------------------------------------------------


def toml_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


FUZZ = os.path.join(HERE, "fuzz")


def fuzz_seed(d: dict, pages: list[Image.Image], seed: int) -> bytes:
    """The same encoding of a small piece of the page (a few words), as a fuzzing seed: small
    seeds decode in well under a millisecond, so 100,000 damaged copies take minutes."""
    dpi = d["pages"][0]["dpi"] if "pages" in d else d["page"]["dpi"]
    m = int(0.5 * dpi)
    pieces = [p.crop((m, m // 2, m + 168, m // 2 + 64)) for p in pages]
    return make(d, pieces, seed)


def main() -> None:
    for f in os.listdir(HERE):
        if f not in ("make_images.py", "PROVENANCE.md", "fuzz"):
            os.remove(os.path.join(HERE, f))
    os.makedirs(FUZZ, exist_ok=True)
    for f in os.listdir(FUZZ):
        os.remove(os.path.join(FUZZ, f))
    good: dict[str, bytes] = {}
    manifest = [
        "# Expected outcome of every file in test-data/formats/images/ (made by make_images.py).",
        "# Schema: tests/e2e_formats.rs. Checked by `cargo test --test e2e_formats image`.",
        "",
    ]
    for seed, d in enumerate(DOCS, start=100):
        specs = d.get("pages") or [d["page"]]
        pages = [degrade(render(s), d["degrade"], seed * 10 + k) for k, s in enumerate(specs)]
        data = make(d, pages, seed)
        good[d["file"]] = data
        with open(os.path.join(HERE, d["file"]), "wb") as f:
            f.write(data)
        stem, ext = d["make"], d["file"].rsplit(".", 1)[1]
        with open(os.path.join(FUZZ, f"{stem}.{ext}"), "wb") as f:
            f.write(fuzz_seed(d, pages, seed))
        number = d["file"].split(" - ")[1]
        manifest += [
            "[[file]]",
            f"file = {toml_str(d['file'])}",
            'outcome = "stored"',
            f"encoding = {toml_str(d['encoding'])}",
            f"case_number = {toml_str(number)}",
            f"folder = {toml_str(d['folder'])}",
            f"pages = {len(specs)}",
            "words = [" + ", ".join(toml_str(w) for w in d["words"]) + "]",
            "",
        ]
    for fname, data, e in bad_files(good):
        with open(os.path.join(HERE, fname), "wb") as f:
            f.write(data)
        manifest += [
            "[[file]]",
            f"file = {toml_str(fname)}",
            'outcome = "quarantined"',
            f"reason = {toml_str(e['reason'])}",
            "detail = [" + ", ".join(toml_str(w) for w in e["detail"]) + "]",
            f"encoding = {toml_str(e['encoding'])}",
            "",
        ]
    with open(os.path.join(HERE, "manifest.toml"), "w") as f:
        f.write("\n".join(manifest))
    files = [os.path.join(HERE, f) for f in os.listdir(HERE)] + [os.path.join(FUZZ, f) for f in os.listdir(FUZZ)]
    total = sum(os.path.getsize(f) for f in files if os.path.isfile(f))
    print(f"{len(DOCS)} pages, {len(bad_files(good))} refused files, {len(os.listdir(FUZZ))} fuzz seeds: "
          f"{total / 1e6:.2f} MB in all", file=sys.stderr)


if __name__ == "__main__":
    main()
