"""A JBIG2 writer for PDF's JBIG2Decode (ITU-T T.88), written by hand for the test set.

PDF embeds JBIG2 without the file header and without end-of-page / end-of-file segments: the
stream is a page information segment (type 48) followed by region segments of page 1
(PDF 32000-1:2008, 7.4.7). Two ways to code a generic region are written here:
  - MMR = 1: the region's data is a CCITT T.6 (Group 4) bitstream, which libtiff makes;
  - MMR = 0: arithmetic coding (the MQ coder of T.88 Annex E) with generic template 0,
    the four default adaptive pixels, TPGDON off.
and a symbol dictionary (type 0) with a text region (type 6) that uses it, both arithmetic
coded, for a /JBIG2Globals stream. In JBIG2 a 1 pixel is black.
"""

import struct

import numpy as np

# --------------------------------------------------------------------------------------------
# Segments


def segment(number, seg_type, data, page=1, refs=(), page_assoc=True):
    """Segment header (7.2) + data. Referred-to segments as 1-byte numbers (all < 256)."""
    assert len(refs) <= 4
    hdr = struct.pack(">I", number)
    hdr += bytes([seg_type & 0x3F])
    hdr += bytes([(len(refs) << 5)])
    for r in refs:
        hdr += bytes([r])
    hdr += bytes([page if page_assoc else 0])
    hdr += struct.pack(">I", len(data))
    return hdr + data


def page_info(width, height, xres=0, yres=0, flags=0):
    """Page information segment data (7.4.8)."""
    return struct.pack(">IIIIBH", width, height, xres, yres, flags, 0)


def region_info(width, height, x=0, y=0, comb_op=0):
    return struct.pack(">IIIIB", width, height, x, y, comb_op)


# --------------------------------------------------------------------------------------------
# MQ arithmetic encoder (T.88 Annex E, software conventions)

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
    def __init__(self):
        self.a = 0x8000
        self.c = 0
        self.ct = 12
        self.out = bytearray([0])  # the byte before the buffer (BPST - 1), dropped at the end

    def encode(self, st, cx, d):
        """st: a pair of lists (index, mps) shared by a coding context family."""
        idx, mps = st
        i = idx[cx]
        qe, nmps, nlps, switch = QE[i]
        a = self.a - qe
        if d == mps[cx]:
            if a & 0x8000 == 0:
                if a < qe:
                    a = qe
                else:
                    self.c += qe
                idx[cx] = nmps
                self.a = a
                self._renorm()
            else:
                self.c += qe
                self.a = a
        else:
            if a < qe:
                self.c += qe
            else:
                a = qe
            if switch:
                mps[cx] = 1 - mps[cx]
            idx[cx] = nlps
            self.a = a
            self._renorm()

    def _renorm(self):
        while True:
            self.a = (self.a << 1) & 0xFFFF
            self.c <<= 1
            self.ct -= 1
            if self.ct == 0:
                self._byteout()
            if self.a & 0x8000:
                break

    def _byteout(self):
        out = self.out
        if out[-1] == 0xFF:
            out.append((self.c >> 20) & 0xFF)
            self.c &= 0xFFFFF
            self.ct = 7
        elif self.c < 0x8000000:
            out.append((self.c >> 19) & 0xFF)
            self.c &= 0x7FFFF
            self.ct = 8
        else:
            out[-1] += 1
            if out[-1] == 0xFF:
                self.c &= 0x7FFFFFF
                out.append((self.c >> 20) & 0xFF)
                self.c &= 0xFFFFF
                self.ct = 7
            else:
                out.append((self.c >> 19) & 0xFF)
                self.c &= 0x7FFFF
                self.ct = 8

    def flush(self):
        tempc = self.c + self.a
        self.c |= 0xFFFF
        if self.c >= tempc:
            self.c -= 0x8000
        self.c <<= self.ct
        self._byteout()
        self.c <<= self.ct
        self._byteout()
        if self.out[-1] != 0xFF:
            self.out.append(0xFF)
        self.out.append(0xAC)
        return bytes(self.out[1:])


def contexts(nbits):
    return ([0] * (1 << nbits), [0] * (1 << nbits))


# --------------------------------------------------------------------------------------------
# Generic region, template 0, default AT pixels

AT0 = [(3, -1), (-3, -1), (2, -2), (-2, -2)]


def template0_contexts(img):
    """The 16-bit context of every pixel, in jbig2dec's bit order (out-of-image pixels 0)."""
    h, w = img.shape
    p = np.zeros((h + 2, w + 8), np.uint32)
    p[2:, 4 : 4 + w] = img.astype(np.uint32)

    def at(dx, dy):
        return p[2 + dy : 2 + dy + h, 4 + dx : 4 + dx + w]

    taps = [
        (-1, 0), (-2, 0), (-3, 0), (-4, 0), AT0[0],
        (2, -1), (1, -1), (0, -1), (-1, -1), (-2, -1), AT0[1], AT0[2],
        (1, -2), (0, -2), (-1, -2), AT0[3],
    ]
    cx = np.zeros((h, w), np.uint32)
    for bit, (dx, dy) in enumerate(taps):
        cx |= at(dx, dy) << bit
    return cx


def generic_arith(img):
    """Arithmetic-coded generic region data (MMR 0, template 0, TPGDON 0) for a bool image
    (True = black): the region's coded bytes ending in the 0xFFAC marker."""
    cxs = template0_contexts(img).ravel().tolist()
    bits = img.ravel().astype(np.uint8).tolist()
    enc = MQEncoder()
    st = contexts(16)
    e = enc.encode
    for cx, d in zip(cxs, bits):
        e(st, cx, d)
    return enc.flush()


def generic_region_segment(number, img, mmr_data=None):
    """An immediate lossless generic region (type 38) covering the page."""
    h, w = img.shape
    data = region_info(w, h)
    if mmr_data is not None:
        data += bytes([0x01])  # MMR = 1
        data += mmr_data
    else:
        data += bytes([0x00])  # MMR 0, GBTEMPLATE 0, TPGDON 0
        for dx, dy in AT0:
            data += struct.pack(">bb", dx, dy)
        data += generic_arith(img)
    return segment(number, 38, data)


def embedded_page(img, xres=300, yres=300, mmr_data=None):
    """The JBIG2Decode stream of one page: page information + one generic region."""
    h, w = img.shape
    return segment(0, 48, page_info(w, h, int(xres / 0.0254), int(yres / 0.0254))) + \
        generic_region_segment(1, img, mmr_data)


# --------------------------------------------------------------------------------------------
# Symbol dictionary and text region (arithmetic, no refinement), for /JBIG2Globals


class IntCoder:
    """Encoder for the arithmetic integer decoding procedure (Annex A.2): one context family
    of 512 contexts (IADH, IADW, IAEX, IADT, IAFS, IADS...)."""

    RANGES = [(0, 2, [0]), (4, 4, [1, 0]), (20, 6, [1, 1, 0]), (84, 8, [1, 1, 1, 0]),
              (340, 12, [1, 1, 1, 1, 0]), (4436, 32, [1, 1, 1, 1, 1])]

    def __init__(self):
        self.st = contexts(9)

    def encode(self, enc, value):
        """value: an int, or None for OOB (S = 1, V = 0)."""
        prev = 1

        def bit(b):
            nonlocal prev
            enc.encode(self.st, prev, b)
            prev = (prev << 1) | b if prev < 256 else (((prev << 1) | b) & 511) | 256

        if value is None:
            for b in (1, 0, 0, 0):
                bit(b)
            return
        s = 1 if value < 0 else 0
        v = -value if value < 0 else value
        for lo, nbits, prefix in self.RANGES:
            if v < lo + (1 << nbits):
                bit(s)
                for b in prefix:
                    bit(b)
                x = v - lo
                for k in range(nbits - 1, -1, -1):
                    bit((x >> k) & 1)
                return
        raise ValueError(value)


class IaidCoder:
    """Encoder for the IAID procedure (Annex A.3): SBSYMCODELEN bits, MSB first."""

    def __init__(self, codelen):
        self.codelen = codelen
        self.st = contexts(codelen + 1)

    def encode(self, enc, value):
        prev = 1
        for k in range(self.codelen - 1, -1, -1):
            b = (value >> k) & 1
            enc.encode(self.st, prev, b)
            prev = (prev << 1) | b


def generic_arith_into(enc, st, img):
    """Codes one symbol bitmap with template 0 into a running encoder: a symbol dictionary
    shares one MQ coder and one generic-region context family across its symbols."""
    cxs = template0_contexts(img).ravel().tolist()
    bits = img.ravel().astype(np.uint8).tolist()
    for cx, d in zip(cxs, bits):
        enc.encode(st, cx, d)


def blobs(img):
    """Cuts a bilevel page into symbol instances without losing a pixel: text lines are runs
    of rows holding ink; within a line, runs of columns holding ink; each cut tight to its ink.
    Returns [(x, y, bitmap)]."""
    out = []
    rows = img.any(axis=1)
    y = 0
    h = img.shape[0]
    while y < h:
        if not rows[y]:
            y += 1
            continue
        y1 = y
        while y1 < h and rows[y1]:
            y1 += 1
        band = img[y:y1]
        cols = band.any(axis=0)
        x = 0
        w = band.shape[1]
        while x < w:
            if not cols[x]:
                x += 1
                continue
            x1 = x
            while x1 < w and cols[x1]:
                x1 += 1
            piece = band[:, x:x1]
            r = np.nonzero(piece.any(axis=1))[0]
            out.append((x, y + int(r[0]), piece[r[0] : r[-1] + 1].copy()))
            x = x1
        y = y1
    return out


def symbol_dictionary(symbols):
    """Symbol dictionary segment data (7.4.2): arithmetic coding (SDHUFF 0), no refinement or
    aggregation, SDTEMPLATE 0 with the default AT pixels; symbols grouped in height classes of
    increasing height; every symbol exported. Returns (data, coded order: coded index ->
    index in `symbols`)."""
    order = sorted(range(len(symbols)), key=lambda i: (symbols[i].shape[0], symbols[i].shape[1], i))
    data = struct.pack(">H", 0)
    for dx, dy in AT0:
        data += struct.pack(">bb", dx, dy)
    data += struct.pack(">II", len(symbols), len(symbols))
    enc = MQEncoder()
    iadh, iadw, iaex = IntCoder(), IntCoder(), IntCoder()
    gst = contexts(16)
    hcheight = 0
    i = 0
    while i < len(order):
        h = symbols[order[i]].shape[0]
        iadh.encode(enc, h - hcheight)
        hcheight = h
        symwidth = 0
        while i < len(order) and symbols[order[i]].shape[0] == h:
            w = symbols[order[i]].shape[1]
            iadw.encode(enc, w - symwidth)
            symwidth = w
            generic_arith_into(enc, gst, symbols[order[i]])
            i += 1
        iadw.encode(enc, None)
    iaex.encode(enc, 0)
    iaex.encode(enc, len(symbols))
    data += enc.flush()
    return data, order


def text_region(width, height, instances, nsyms):
    """Immediate text region segment data (7.4.3): arithmetic coding, no refinement,
    SBSTRIPS 1, REFCORNER BOTTOMLEFT, not transposed, COMBOP OR, SBDSOFFSET 0.
    instances: [(symbol id, x, y_top, w, h)]. Instances whose bottom rows are equal share a
    strip (T = bottom row), in increasing x."""
    codelen = max(1, (nsyms - 1).bit_length())
    data = region_info(width, height)
    data += struct.pack(">H", 0)
    data += struct.pack(">I", len(instances))
    enc = MQEncoder()
    iadt, iafs, iads = IntCoder(), IntCoder(), IntCoder()
    iaid = IaidCoder(codelen)
    strips = {}
    for sid, x, y, w, h in instances:
        strips.setdefault(y + h - 1, []).append((x, w, sid))
    iadt.encode(enc, 0)  # STRIPT = -(0 * SBSTRIPS) = 0
    stript = 0
    firsts = 0
    for t in sorted(strips):
        iadt.encode(enc, t - stript)
        stript = t
        curs = None
        for x, w, sid in sorted(strips[t]):
            if curs is None:
                iafs.encode(enc, x - firsts)
                firsts = x
            else:
                iads.encode(enc, x - curs)
            iaid.encode(enc, sid)
            curs = x + w - 1
        iads.encode(enc, None)
    data += enc.flush()
    return data


def text_page(img, xres=300, yres=300):
    """A page as a symbol dictionary (for /JBIG2Globals) and a page stream (page information
    + a text region referring to the dictionary). Returns (globals, page, number of symbols,
    number of instances). Identical bitmaps share one symbol."""
    h, w = img.shape
    pieces = blobs(img)
    index = {}
    symbols = []
    placed = []
    for x, y, bm in pieces:
        key = (bm.shape, np.packbits(bm).tobytes())
        if key not in index:
            index[key] = len(symbols)
            symbols.append(bm)
        placed.append((index[key], x, y, bm.shape[1], bm.shape[0]))
    sd, order = symbol_dictionary(symbols)
    coded = {orig: k for k, orig in enumerate(order)}
    instances = [(coded[s], x, y, ww, hh) for s, x, y, ww, hh in placed]
    glob = segment(0, 0, sd, page_assoc=False)
    page = segment(1, 48, page_info(w, h, int(xres / 0.0254), int(yres / 0.0254)))
    page += segment(2, 6, text_region(w, h, instances, len(symbols)), refs=(0,))
    return glob, page, len(symbols), len(instances)


def text_pages(imgs, xres=300, yres=300):
    """Several pages sharing one symbol dictionary (what jbig2enc -s writes): returns the
    /JBIG2Globals stream data, one page stream per image, and the symbol count."""
    index = {}
    symbols = []
    placed_pages = []
    for img in imgs:
        placed = []
        for x, y, bm in blobs(img):
            key = (bm.shape, np.packbits(bm).tobytes())
            if key not in index:
                index[key] = len(symbols)
                symbols.append(bm)
            placed.append((index[key], x, y, bm.shape[1], bm.shape[0]))
        placed_pages.append(placed)
    sd, order = symbol_dictionary(symbols)
    coded = {orig: k for k, orig in enumerate(order)}
    glob = segment(0, 0, sd, page_assoc=False)
    pages = []
    for img, placed in zip(imgs, placed_pages):
        h, w = img.shape
        inst = [(coded[s], x, y, ww, hh) for s, x, y, ww, hh in placed]
        page = segment(1, 48, page_info(w, h, int(xres / 0.0254), int(yres / 0.0254)))
        page += segment(2, 6, text_region(w, h, inst, len(symbols)), refs=(0,))
        pages.append(page)
    return glob, pages, len(symbols)
