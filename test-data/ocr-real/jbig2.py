"""A JBIG2 (ITU-T T.88) encoder for one bilevel page, as PDF's JBIG2Decode filter embeds it.

Office multi-function printers write black-and-white scans as CCITT G4 or JBIG2, and Debian 12
has no JBIG2 encoder (jbig2enc is not packaged), so make_pages.py writes its JBIG2 pages with
this: one immediate lossless generic region, arithmetic-coded (the MQ coder of Annex E, template
0 with the nominal adaptive pixels, typical prediction on), preceded by a page information
segment (Annex D.3: no file header, no end-of-page segment inside a PDF). Checked by decoding:
`pdfimages -png` (poppler) and Ghostscript (jbig2dec) both give back every pixel.

An MMR-coded generic region (the G4 bits of the TIFF) was tried too and left out: Ghostscript
decodes it exactly but poppler 22.02 goes wrong from the first text line (a known kind of poppler
bug), which would make the bench's pdftoppm baseline read a damaged page.
"""
import struct
import numpy as np

# Qe table (T.88 Table E.1): (Qe, NMPS, NLPS, SWITCH)
QE = [
    (0x5601, 1, 1, 1), (0x3401, 2, 6, 0), (0x1801, 3, 9, 0), (0x0AC1, 4, 12, 0),
    (0x0521, 5, 29, 0), (0x0221, 38, 33, 0), (0x5601, 7, 6, 1), (0x5401, 8, 14, 0),
    (0x4801, 9, 14, 0), (0x3801, 10, 14, 0), (0x3001, 11, 17, 0), (0x2401, 12, 18, 0),
    (0x1C01, 13, 20, 0), (0x1601, 29, 21, 0), (0x5601, 15, 14, 1), (0x5401, 16, 14, 0),
    (0x5101, 17, 15, 0), (0x4801, 18, 16, 0), (0x3801, 19, 17, 0), (0x3401, 20, 18, 0),
    (0x3001, 21, 19, 0), (0x2801, 22, 19, 0), (0x2401, 23, 20, 0), (0x2201, 24, 21, 0),
    (0x1C01, 25, 22, 0), (0x1801, 26, 23, 0), (0x1601, 27, 24, 0), (0x1401, 28, 25, 0),
    (0x1201, 29, 26, 0), (0x1101, 30, 27, 0), (0x0AC1, 31, 28, 0), (0x09C1, 32, 29, 0),
    (0x08A1, 33, 30, 0), (0x0521, 34, 31, 0), (0x0441, 35, 32, 0), (0x02A1, 36, 33, 0),
    (0x0221, 37, 34, 0), (0x0141, 38, 35, 0), (0x0111, 39, 36, 0), (0x0085, 40, 37, 0),
    (0x0049, 41, 38, 0), (0x0025, 42, 39, 0), (0x0015, 43, 40, 0), (0x0009, 44, 41, 0),
    (0x0005, 45, 42, 0), (0x0001, 45, 43, 0), (0x5601, 46, 46, 0),
]


class MQEncoder:
    """The MQ arithmetic encoder of T.88 Annex E (software conventions, E.2)."""

    def __init__(self):
        self.a = 0x8000
        self.c = 0
        self.ct = 12
        self.b = None  # the byte at BP (None: before the start of the output)
        self.out = bytearray()
        self.index = bytearray(65536)  # I(CX)
        self.mps = bytearray(65536)  # MPS(CX)

    def _byteout(self):
        if self.b == 0xFF:
            self._push(self.c >> 20)
            self.c &= 0xFFFFF
            self.ct = 7
        elif self.c < 0x8000000:
            self._push(self.c >> 19)
            self.c &= 0x7FFFF
            self.ct = 8
        else:
            self.b += 1  # carry into the byte already written
            if self.b == 0xFF:
                self.c &= 0x7FFFFFF
                self._push(self.c >> 20)
                self.c &= 0xFFFFF
                self.ct = 7
            else:
                self._push(self.c >> 19)
                self.c &= 0x7FFFF
                self.ct = 8

    def _push(self, byte):
        if self.b is not None:
            self.out.append(self.b)
        self.b = byte & 0xFF

    def encode(self, cx, d):
        i = self.index[cx]
        qe, nmps, nlps, switch = QE[i]
        a = self.a - qe
        if d == self.mps[cx]:  # CODEMPS
            if a & 0x8000:
                self.a = a
                self.c += qe
                return
            if a < qe:
                a = qe
            else:
                self.c += qe
            self.index[cx] = nmps
        else:  # CODELPS
            if a < qe:
                self.c += qe
            else:
                a = qe
            if switch:
                self.mps[cx] = 1 - self.mps[cx]
            self.index[cx] = nlps
        # RENORME
        c, ct = self.c, self.ct
        while True:
            a <<= 1
            c <<= 1
            ct -= 1
            if ct == 0:
                self.c, self.ct = c, ct
                self._byteout()
                c, ct = self.c, self.ct
            if a & 0x8000:
                break
        self.a, self.c, self.ct = a, c, ct

    def finish(self):
        # FLUSH (E.2.9): SETBITS, two bytes out, then the 0xFF 0xAC marker.
        tempc = self.c + self.a
        self.c |= 0xFFFF
        if self.c >= tempc:
            self.c -= 0x8000
        self.c <<= self.ct
        self._byteout()
        self.c <<= self.ct
        self._byteout()
        if self.b != 0xFF:
            self._push(0xFF)
        self._push(0xAC)
        self._push(0)  # flushes the marker byte out of B; this last zero is dropped
        return bytes(self.out)


TPGDON_CX = 0x9B25  # SLTP context of template 0 (T.88 6.2.5.7)
# Template 0 with the nominal AT pixels, in (y, x) order: the first is the context's top bit.
TEMPLATE0 = [(-2, -2), (-1, -2), (0, -2), (1, -2), (2, -2),
             (-3, -1), (-2, -1), (-1, -1), (0, -1), (1, -1), (2, -1), (3, -1),
             (-4, 0), (-3, 0), (-2, 0), (-1, 0)]
AT0 = [(3, -1), (-3, -1), (2, -2), (-2, -2)]


def generic_region_arith(bits):
    """bits: 2-D uint8 array, 1 = black. Returns the arithmetic-coded data (template 0, TPGDON)."""
    h, w = bits.shape
    pad = np.zeros((h + 2, w + 8), dtype=np.uint16)
    pad[2:, 4:4 + w] = bits
    ctx = np.zeros((h, w), dtype=np.uint16)
    for k, (dx, dy) in enumerate(TEMPLATE0):
        ctx |= pad[2 + dy:2 + dy + h, 4 + dx:4 + dx + w] << (15 - k)
    enc = MQEncoder()
    ltp = 0
    prev = np.zeros(w, dtype=np.uint8)
    for y in range(h):
        row = bits[y]
        same = 1 if np.array_equal(row, prev) else 0
        enc.encode(TPGDON_CX, same ^ ltp)
        ltp = same
        if not same:
            cxs = ctx[y].tolist()
            for cx, d in zip(cxs, row.tolist()):
                enc.encode(cx, d)
        prev = row
    return enc.finish()


def _segment(number, seg_type, data, page=1):
    return struct.pack(">IBBBI", number, seg_type, 0, page, len(data)) + data


def embedded_stream(width, height, dpi, region_flags, region_data, at=None):
    """The segments of one page as PDF embeds them (T.88 Annex D.3): page information,
    immediate lossless generic region, end of page."""
    ppm = round(dpi / 0.0254)
    page_info = struct.pack(">IIIIBH", width, height, ppm, ppm, 0x01, 0)
    region = struct.pack(">IIIIB", width, height, 0, 0, 0) + bytes([region_flags])
    if at is not None:
        region += b"".join(struct.pack(">bb", x, y) for x, y in at)
    region += region_data
    return _segment(0, 48, page_info) + _segment(1, 39, region)


def jbig2_arith(bits, dpi):
    h, w = bits.shape
    data = generic_region_arith(bits)
    return embedded_stream(w, h, dpi, 0b1000, data, at=AT0)  # template 0, TPGDON


def image_pdf(width, height, dpi, image_dict, stream, producer):
    """A one-page PDF holding one image filling the page, as a scanner writes it."""
    wpt, hpt = width * 72.0 / dpi, height * 72.0 / dpi
    content = f"q {wpt:.2f} 0 0 {hpt:.2f} 0 0 cm /Im0 Do Q\n".encode()
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {wpt:.2f} {hpt:.2f}] "
         f"/Resources << /XObject << /Im0 5 0 R >> >> /Contents 4 0 R >>").encode(),
        f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream",
        (f"<< /Type /XObject /Subtype /Image /Width {width} /Height {height} {image_dict} "
         f"/Length {len(stream)} >>\nstream\n").encode() + stream + b"\nendstream",
        f"<< /Producer ({producer}) /CreationDate (D:20250311093000Z) >>".encode(),
    ]
    out = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)
