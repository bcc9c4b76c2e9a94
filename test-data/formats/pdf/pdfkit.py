"""Building blocks for make_pdfs.py: scan-like pages, image encoders and a PDF writer that
writes every byte itself (so a file can be damaged exactly where a test wants it).

Only Debian's Python 3.11 with python3-pil, python3-numpy, and the command-line tools of
libtiff-tools (tiffcp) and libopenjp2-tools (opj_compress) are used. Every random choice comes
from a seeded numpy Generator or random.Random; nothing reads the clock.
"""

import io
import subprocess
import tempfile
import zlib
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

# --------------------------------------------------------------------------------------------
# Fonts (Debian: fonts-dejavu-core, fonts-liberation, fonts-freefont-ttf, fonts-urw-base35)

TT = "/usr/share/fonts/truetype/"
OT = "/usr/share/fonts/opentype/urw-base35/"
FONTS = {
    "DejaVu Serif": (TT + "dejavu/DejaVuSerif.ttf", TT + "dejavu/DejaVuSerif-Bold.ttf"),
    "DejaVu Sans": (TT + "dejavu/DejaVuSans.ttf", TT + "dejavu/DejaVuSans-Bold.ttf"),
    "DejaVu Sans Condensed": (
        TT + "dejavu/DejaVuSansCondensed.ttf",
        TT + "dejavu/DejaVuSansCondensed-Bold.ttf",
    ),
    "Liberation Serif": (
        TT + "liberation/LiberationSerif-Regular.ttf",
        TT + "liberation/LiberationSerif-Bold.ttf",
    ),
    "Liberation Sans": (
        TT + "liberation/LiberationSans-Regular.ttf",
        TT + "liberation/LiberationSans-Bold.ttf",
    ),
    "Liberation Sans Narrow": (
        TT + "liberation/LiberationSansNarrow-Regular.ttf",
        TT + "liberation/LiberationSansNarrow-Bold.ttf",
    ),
    "Liberation Mono": (
        TT + "liberation/LiberationMono-Regular.ttf",
        TT + "liberation/LiberationMono-Bold.ttf",
    ),
    "FreeSerif": (TT + "freefont/FreeSerif.ttf", TT + "freefont/FreeSerifBold.ttf"),
    "FreeSans": (TT + "freefont/FreeSans.ttf", TT + "freefont/FreeSansBold.ttf"),
    "Nimbus Roman": (OT + "NimbusRoman-Regular.otf", OT + "NimbusRoman-Bold.otf"),
    "Nimbus Sans": (OT + "NimbusSans-Regular.otf", OT + "NimbusSans-Bold.otf"),
    "URW Bookman": (OT + "URWBookman-Light.otf", OT + "URWBookman-Demi.otf"),
    "C059": (OT + "C059-Roman.otf", OT + "C059-Bold.otf"),
    "P052": (OT + "P052-Roman.otf", OT + "P052-Bold.otf"),
    "Nimbus Mono": (OT + "NimbusMonoPS-Regular.otf", OT + "NimbusMonoPS-Bold.otf"),
}


def font(family, px, bold=False):
    return ImageFont.truetype(FONTS[family][1 if bold else 0], int(round(px)))


# --------------------------------------------------------------------------------------------
# Pages: a document is a list of blocks, drawn in print black on white paper at a resolution.
#   ("h", text)          heading, bold, 1.35 x body size, centred
#   ("hl", text)         heading, bold, 1.35 x body size, left
#   ("b", text)          bold body line (the case number line)
#   ("p", text)          paragraph, wrapped to the text width
#   ("f", label, value)  form field: label, then a ruled box holding the value
#   ("row", [cells])     table row in fixed columns with a rule under it
#   ("rule",)            horizontal rule
#   ("sp",)              half a line of space
#   ("addr", [lines])    letterhead address, right-aligned, smaller


class Layout:
    def __init__(self, width_in, height_in, dpi, family, size_pt, margin_in=0.45, top_in=0.4):
        self.w = int(round(width_in * dpi))
        self.h = int(round(height_in * dpi))
        self.dpi = dpi
        self.family = family
        self.size_pt = size_pt
        self.margin = int(margin_in * dpi)
        self.top = int(top_in * dpi)


def pt_px(pt, dpi):
    return pt * dpi / 72.0


def draw_blocks(layout, blocks, colour=False, ink=(0, 0, 0), paper=(255, 255, 255)):
    """Draws the blocks on a fresh page; returns an 'L' image (or 'RGB' when colour)."""
    mode = "RGB" if colour else "L"
    bg = paper if colour else 255
    fg = ink if colour else 0
    img = Image.new(mode, (layout.w, layout.h), bg)
    d = ImageDraw.Draw(img)
    size = pt_px(layout.size_pt, layout.dpi)
    body = font(layout.family, size)
    bold = font(layout.family, size, bold=True)
    head = font(layout.family, size * 1.35, bold=True)
    small = font(layout.family, size * 0.85)
    lh = size * 1.45
    x0 = layout.margin
    x1 = layout.w - layout.margin
    width = x1 - x0
    y = layout.top
    line_w = max(2, int(layout.dpi / 150))
    for blk in blocks:
        kind = blk[0]
        if kind in ("h", "hl"):
            t = blk[1]
            tw = d.textlength(t, font=head)
            x = x0 + (width - tw) / 2 if kind == "h" else x0
            d.text((x, y), t, font=head, fill=fg)
            y += size * 1.35 * 1.5
        elif kind == "b":
            d.text((x0, y), blk[1], font=bold, fill=fg)
            y += lh
        elif kind == "p":
            for line in wrap(d, blk[1], body, width):
                d.text((x0, y), line, font=body, fill=fg)
                y += lh
        elif kind == "f":
            label, value = blk[1], blk[2]
            lw = width * 0.36
            d.text((x0, y + size * 0.15), label, font=body, fill=fg)
            d.rectangle(
                [x0 + lw, y - size * 0.35, x1, y + size * 1.55], outline=fg, width=line_w
            )
            d.text((x0 + lw + size * 0.5, y + size * 0.15), value, font=body, fill=fg)
            y += size * 2.2
        elif kind == "row":
            cells = blk[1]
            cols = blk[2] if len(blk) > 2 else [i / len(cells) for i in range(len(cells))]
            for c, frac in zip(cells, cols):
                d.text((x0 + width * frac, y), c, font=body, fill=fg)
            y += lh
            d.line([x0, y - size * 0.2, x1, y - size * 0.2], fill=fg, width=max(1, line_w // 2))
        elif kind == "rule":
            d.line([x0, y + size * 0.3, x1, y + size * 0.3], fill=fg, width=line_w)
            y += size
        elif kind == "sp":
            y += lh * 0.5
        elif kind == "addr":
            for t in blk[1]:
                tw = d.textlength(t, font=small)
                d.text((x1 - tw, y), t, font=small, fill=fg)
                y += size * 0.85 * 1.35
        else:
            raise ValueError(kind)
        if y > layout.h - layout.margin * 0.5:
            raise ValueError(f"page overflows: {blocks[0]}")
    return img


def wrap(d, text, f, width):
    words = text.split()
    lines, cur = [], ""
    for w in words:
        trial = (cur + " " + w).strip()
        if d.textlength(trial, font=f) <= width:
            cur = trial
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


# --------------------------------------------------------------------------------------------
# Scan-like degradation


class Scan:
    """How a page was scanned: skew (degrees, positive = counter-clockwise), blur radius (px),
    Gaussian noise sigma (grey levels), specks (count), paper lightness floor, background
    removal (values above it become white: what scanners' 'background suppression' does)."""

    def __init__(self, seed, skew=0.0, blur=0.0, noise=0.0, specks=0, shade=0.0, clean_above=None):
        self.seed = seed
        self.skew = skew
        self.blur = blur
        self.noise = noise
        self.specks = specks
        self.shade = shade
        self.clean_above = clean_above

    def describe(self):
        parts = []
        if self.skew:
            parts.append(f"skew {self.skew:+.1f} deg")
        if self.blur:
            parts.append(f"blur {self.blur} px")
        if self.noise:
            parts.append(f"noise sigma {self.noise}")
        if self.specks:
            parts.append(f"{self.specks} specks")
        if self.shade:
            parts.append(f"uneven light {int(self.shade * 100)}%")
        if self.clean_above is not None:
            parts.append(f"background > {self.clean_above} whitened")
        return ", ".join(parts) or "none"


def degrade(img, scan):
    """Applies a Scan to an 'L' or 'RGB' page image; returns the same mode."""
    rng = np.random.default_rng(scan.seed)
    fill = 255 if img.mode == "L" else (255, 255, 255)
    if scan.skew:
        img = img.rotate(scan.skew, resample=Image.BICUBIC, fillcolor=fill)
    if scan.blur:
        img = img.filter(ImageFilter.GaussianBlur(scan.blur))
    a = np.asarray(img).astype(np.float32)
    if scan.shade:
        h, w = a.shape[:2]
        gx = np.linspace(1.0, 1.0 - scan.shade, w, dtype=np.float32)
        gy = np.linspace(1.0 - scan.shade / 2, 1.0, h, dtype=np.float32)
        field = gy[:, None] * gx[None, :]
        a = a * (field if a.ndim == 2 else field[:, :, None])
    if scan.noise:
        n = rng.normal(0.0, scan.noise, a.shape[:2]).astype(np.float32)
        a = a + (n if a.ndim == 2 else n[:, :, None])
    if scan.specks:
        h, w = a.shape[:2]
        for _ in range(scan.specks):
            cx, cy = int(rng.integers(0, w)), int(rng.integers(0, h))
            r = int(rng.integers(1, 4))
            v = float(rng.integers(20, 140))
            a[max(0, cy - r) : cy + r, max(0, cx - r) : cx + r] = v
    if scan.clean_above is not None:
        if a.ndim == 2:
            a[a > scan.clean_above] = 255
        else:
            m = a.min(axis=2) > scan.clean_above
            a[m] = 255
    a = np.clip(np.rint(a), 0, 255).astype(np.uint8)
    return Image.fromarray(a, img.mode)


def bilevel(img, seed, threshold=150, jitter=30, salt=0.0003, pepper=0.0002):
    """Thresholds a grey page as a bilevel scanner does, with a noisy threshold (ragged edges)
    and salt-and-pepper specks. Returns a numpy bool array, True = black."""
    rng = np.random.default_rng(seed)
    a = np.asarray(img.convert("L")).astype(np.int16)
    t = threshold + rng.integers(-jitter, jitter + 1, a.shape, dtype=np.int16)
    black = a < t
    if pepper:
        black |= rng.random(a.shape) < pepper
    if salt:
        black &= ~(rng.random(a.shape) < salt)
    return black


def bool_to_1bit_image(black):
    """A PIL '1' image, white paper (1) and black ink (0)."""
    return Image.fromarray(~black)


def pack_bits(black, ink_is_one=False):
    """Packs a bool array (True = black) row by row, MSB first, rows padded to a byte.
    DeviceGray 1 bpc: 0 is black, so by default black pixels are 0 bits."""
    bits = black if ink_is_one else ~black
    return np.packbits(bits.astype(np.uint8), axis=1).tobytes()


def pack_grey(a, bpc):
    """Packs a uint8 array of samples (already reduced to 0..2**bpc-1) at 1, 2 or 4 bits."""
    h, w = a.shape
    per = 8 // bpc
    padw = (w + per - 1) // per * per
    b = np.zeros((h, padw), np.uint8)
    b[:, :w] = a
    b = b.reshape(h, padw // per, per)
    out = np.zeros((h, padw // per), np.uint8)
    for i in range(per):
        out |= (b[:, :, i] << (8 - bpc * (i + 1))).astype(np.uint8)
    return out.tobytes()


# --------------------------------------------------------------------------------------------
# Encoders


def jpeg(img, quality=80, subsampling=None):
    buf = io.BytesIO()
    kw = {"quality": quality, "optimize": False}
    if subsampling is not None:
        kw["subsampling"] = subsampling
    img.save(buf, "JPEG", **kw)
    return buf.getvalue()


def flate(data):
    return zlib.compress(data, 9)


def fax(ones, compression):
    """CCITT data for a bilevel page through libtiff's tiffcp (one strip). `ones` is a bool
    array of the pixels to be coded as 1 bits; libtiff's fax coder codes 0 bits as white runs
    and 1 bits as black runs. compression: 'g4', 'g3:1d', 'g3:2d', 'g3:1d:fill'..."""
    h, w = ones.shape
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "in.tif"
        dst = Path(td) / "out.tif"
        Image.fromarray(ones).save(src, "TIFF", compression="raw")
        subprocess.run(
            ["tiffcp", "-c", compression, "-r", str(h + 1), str(src), str(dst)], check=True
        )
        t = Image.open(dst)
        offs, counts = t.tag_v2[273], t.tag_v2[279]
        assert len(offs) == 1, "one strip expected"
        raw = dst.read_bytes()
        return raw[offs[0] : offs[0] + counts[0]]


def lzw_encode(data, early_change=1):
    """PDF/TIFF LZW (MSB-first codes, 256 clear, 257 end of data) with EarlyChange."""
    out = bytearray()
    acc = 0
    nacc = 0

    def emit(code, width):
        nonlocal acc, nacc
        acc = (acc << width) | code
        nacc += width
        while nacc >= 8:
            nacc -= 8
            out.append((acc >> nacc) & 0xFF)
        acc &= (1 << nacc) - 1

    def width_for(dec_next):
        n = dec_next + early_change
        if n < 512:
            return 9
        if n < 1024:
            return 10
        if n < 2048:
            return 11
        return 12

    table = {bytes([i]): i for i in range(256)}
    enc_next = 258
    dec_next = 258
    first = True
    emit(256, 9)
    w = b""
    for c in data:
        wc = w + bytes([c])
        if wc in table:
            w = wc
            continue
        emit(table[w], width_for(dec_next))
        if first:
            first = False
        else:
            dec_next += 1
        table[wc] = enc_next
        enc_next += 1
        w = bytes([c])
        if enc_next >= 4093:
            emit(256, width_for(dec_next))
            table = {bytes([i]): i for i in range(256)}
            enc_next = 258
            dec_next = 258
            first = True
    if w:
        emit(table[w], width_for(dec_next))
        if not first:
            dec_next += 1
    emit(257, width_for(dec_next))
    if nacc:
        out.append((acc << (8 - nacc)) & 0xFF)
    return bytes(out)


def a85(data):
    import base64

    body = base64.a85encode(data, wrapcol=72)
    return body + b"~>"


def ahx(data):
    h = data.hex().upper().encode()
    return b"\n".join(h[i : i + 78] for i in range(0, len(h), 78)) + b">"


def run_length(data):
    """PDF RunLengthDecode (PackBits-like): runs of 2..128 equal bytes, literals up to 128."""
    out = bytearray()
    i = 0
    n = len(data)
    while i < n:
        j = i
        while j + 1 < n and data[j + 1] == data[i] and j - i < 127:
            j += 1
        run = j - i + 1
        if run >= 2:
            out.append(257 - run)
            out.append(data[i])
            i = j + 1
            continue
        start = i
        i += 1
        while i < n and i - start < 128:
            if i + 1 < n and data[i + 1] == data[i]:
                break
            i += 1
        out.append(i - start - 1)
        out += data[start:i]
    out.append(128)
    return bytes(out)


def png_predict(rows, bpp):
    """PNG predictors (Predictor 15: each row starts with its filter type). Picks per row the
    filter with the smallest sum of absolute values (the libpng heuristic), so all five
    filter types occur on a real page."""
    h, stride = rows.shape
    prev = np.zeros(stride, np.int16)
    out = bytearray()
    for r in range(h):
        cur = rows[r].astype(np.int16)
        left = np.concatenate([np.zeros(bpp, np.int16), cur[:-bpp]])
        upleft = np.concatenate([np.zeros(bpp, np.int16), prev[:-bpp]])
        cands = []
        cands.append((0, cur))
        cands.append((1, cur - left))
        cands.append((2, cur - prev))
        cands.append((3, cur - ((left + prev) // 2)))
        p = left + prev - upleft
        pa, pb, pc = np.abs(p - left), np.abs(p - prev), np.abs(p - upleft)
        pred = np.where((pa <= pb) & (pa <= pc), left, np.where(pb <= pc, prev, upleft))
        cands.append((4, cur - pred))
        best = min(cands, key=lambda c: (int(np.abs(((c[1] + 128) % 256) - 128).sum()), c[0]))
        out.append(best[0])
        out += (best[1] % 256).astype(np.uint8).tobytes()
        prev = cur
    return bytes(out)


def jp2(img, rate=40, fmt="jp2"):
    """JPEG 2000 through opj_compress (libopenjp2-tools). fmt 'jp2' (container) or 'j2k'."""
    with tempfile.TemporaryDirectory() as td:
        ext = "pgm" if img.mode == "L" else "ppm"
        src = Path(td) / f"in.{ext}"
        dst = Path(td) / f"out.{fmt}"
        img.save(src)
        subprocess.run(
            ["opj_compress", "-i", str(src), "-o", str(dst), "-r", str(rate)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        return dst.read_bytes()


# --------------------------------------------------------------------------------------------
# PDF writer


def pdf_string(s):
    return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


class Pdf:
    """Objects are numbered as added; bodies are bytes (or str, encoded Latin-1)."""

    def __init__(self, version="1.4"):
        self.version = version
        self.objs = {}
        self.order = []
        self.n = 0

    def reserve(self):
        self.n += 1
        return self.n

    def set(self, num, body):
        if isinstance(body, str):
            body = body.encode("latin-1")
        if num not in self.objs:
            self.order.append(num)
        self.objs[num] = body

    def add(self, body):
        num = self.reserve()
        self.set(num, body)
        return num

    def stream(self, entries, data, num=None, length=None):
        """A stream object; entries is the dictionary's inside without /Length."""
        ln = len(data) if length is None else length
        if isinstance(ln, int):
            ln = str(ln)
        body = f"<< {entries} /Length {ln} >>\nstream\n".encode("latin-1") + data + b"\nendstream"
        if num is None:
            return self.add(body)
        self.set(num, body)
        return num

    def serialize(
        self,
        root,
        info=None,
        file_id=None,
        order=None,
        xref_shift=0,
        truncate_after_objects=False,
        prefix=b"",
        trailer_extra="",
    ):
        """Writes header, objects (in `order` or as added), a classic xref table and trailer.
        xref_shift adds that many bytes to every recorded offset (a wrong xref);
        truncate_after_objects stops after the last object (no xref, no trailer)."""
        out = bytearray()
        out += f"%PDF-{self.version}\n".encode()
        out += b"%\xe2\xe3\xcf\xd3\n"
        offsets = {}
        for num in order or self.order:
            offsets[num] = len(out)
            out += f"{num} 0 obj\n".encode() + self.objs[num] + b"\nendobj\n"
        if truncate_after_objects:
            return prefix + bytes(out)
        xref_at = len(out)
        size = max(self.objs) + 1
        out += f"xref\n0 {size}\n".encode()
        out += b"0000000000 65535 f \n"
        for num in range(1, size):
            if num in offsets:
                out += f"{offsets[num] + xref_shift:010d} 00000 n \n".encode()
            else:
                out += b"0000000000 65535 f \n"
        t = f"/Size {size} /Root {root} 0 R"
        if info:
            t += f" /Info {info} 0 R"
        if file_id:
            t += f" /ID [<{file_id}> <{file_id}>]"
        t += trailer_extra
        out += f"trailer\n<< {t} >>\nstartxref\n{xref_at}\n%%EOF\n".encode()
        return prefix + bytes(out)


def info_dict(producer, creator=None, title=None):
    s = f"<< /Producer {pdf_string(producer)}"
    if creator:
        s += f" /Creator {pdf_string(creator)}"
    if title:
        s += f" /Title {pdf_string(title)}"
    s += " /CreationDate (D:20250318093000Z) /ModDate (D:20250318093000Z) >>"
    return s


def file_id_for(name):
    import hashlib

    return hashlib.md5(name.encode()).hexdigest().upper()


def serialize_compact(pdf, root, info=None, file_id=None, in_objstm=(), per_stream=2000):
    """PDF 1.5: the objects in `in_objstm` (no streams) go into object streams of up to
    `per_stream` objects; a cross-reference stream (/W [1 4 2]) replaces the xref table."""
    import struct

    out = bytearray(f"%PDF-{pdf.version}\n".encode() + b"%\xe2\xe3\xcf\xd3\n")
    entries = {}
    packed = [n for n in pdf.order if n in set(in_objstm)]
    loose = [n for n in pdf.order if n not in set(in_objstm)]
    for num in loose:
        entries[num] = (1, len(out), 0)
        out += f"{num} 0 obj\n".encode() + pdf.objs[num] + b"\nendobj\n"
    nxt = max(pdf.objs) + 1
    for start in range(0, len(packed), per_stream):
        group = packed[start : start + per_stream]
        head, body = [], bytearray()
        for i, num in enumerate(group):
            head.append(f"{num} {len(body)}")
            body += pdf.objs[num] + b"\n"
            entries[num] = (2, nxt, i)
        head_b = (" ".join(head) + "\n").encode()
        data = zlib.compress(head_b + bytes(body), 9)
        entries[nxt] = (1, len(out), 0)
        out += (f"{nxt} 0 obj\n<< /Type /ObjStm /N {len(group)} /First {len(head_b)} "
                f"/Filter /FlateDecode /Length {len(data)} >>\nstream\n").encode()
        out += data + b"\nendstream\nendobj\n"
        nxt += 1
    xnum = nxt
    size = xnum + 1
    entries[xnum] = (1, len(out), 0)
    rows = bytearray()
    for i in range(size):
        t, a, b = entries.get(i, (0, 0, 65535 if i == 0 else 0))
        rows += struct.pack(">BIH", t, a, b)
    data = zlib.compress(bytes(rows), 9)
    t = f"/Type /XRef /W [1 4 2] /Size {size} /Root {root} 0 R"
    if info:
        t += f" /Info {info} 0 R"
    if file_id:
        t += f" /ID [<{file_id}> <{file_id}>]"
    xref_at = entries[xnum][1]
    out += (f"{xnum} 0 obj\n<< {t} /Filter /FlateDecode /Length {len(data)} >>\nstream\n"
            ).encode() + data + b"\nendstream\nendobj\n"
    out += f"startxref\n{xref_at}\n%%EOF\n".encode()
    return bytes(out)
