#!/usr/bin/python3
"""Rebuilds test-data/formats/pdf/: one PDF per encoding and structure a scanner or an office
produces, the damaged files viewers still open, and the hostile ones; with manifest.toml
(expected outcomes, read by tests/e2e_formats.rs) and facts.toml (what each file is made of,
read by tests/pdf_corpus.rs).

Run with Debian's Python (/usr/bin/python3: python3-pil, python3-numpy) from any folder:
    /usr/bin/python3 test-data/formats/pdf/make_pdfs.py
It needs tiffcp (libtiff-tools), opj_compress (libopenjp2-tools), qpdf, gs (ghostscript) and
soffice (LibreOffice) on the PATH. Fixed seeds, fixed dates, no timestamps: two runs give the
same bytes (see PROVENANCE.md). check_pdfs.py checks the result against the tools.
"""

import hashlib
import os
import random
import shutil
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

import numpy as np
from PIL import Image

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import jbig2  # noqa: E402
from documents import CASES, KINDS, blocks_for, plain_text  # noqa: E402
from pdfkit import (  # noqa: E402
    Layout, Pdf, Scan, a85, ahx, bilevel, degrade, draw_blocks, fax, file_id_for, flate,
    info_dict, jp2, jpeg, lzw_encode, pack_bits, pack_grey, pdf_string, png_predict,
    run_length,
)

ICC_GREY = Path("/usr/share/color/icc/ghostscript/sgray.icc")
ICC_RGB = Path("/usr/share/color/icc/ghostscript/srgb.icc")

DOC_NAMES = {
    "order": ["Court order", "Interim order", "Final order", "Directions order"],
    "statement": ["Position statement", "Witness statement"],
    "application": ["Application", "C100 application"],
    "safeguarding": ["Safeguarding letter", "Section 7 report"],
    "police": ["Police information", "Police disclosure", "PNC record"],
    "screening": ["Screening response", "Safety assessment"],
    "plan": ["Case plan"],
    "expert": ["Expert report", "Psychologist report"],
    "letter": ["Letter", "Letter to parties"],
    "contact": ["Contact log", "Contact record"],
    "bundle": ["Bundle index"],
}

ENTRIES = []
USED_NAMES = set()


class Entry:
    def __init__(self, name, data, outcome, encoding, pages=None, words=(), reason=None,
                 detail=(), case=None, folder=None, facts=None):
        self.name = name
        self.data = data
        self.outcome = outcome
        self.encoding = encoding
        self.pages = pages
        self.words = list(words)
        self.reason = reason
        self.detail = list(detail)
        self.case = case
        self.folder = folder
        self.facts = facts or {}


def file_name(case, kind, idx=0):
    """'{case name} - {case number} - {document name}.pdf', unique in the folder."""
    for dn in DOC_NAMES[kind][idx:] + DOC_NAMES[kind][:idx]:
        n = f"{CASES[case]} - {case} - {dn}.pdf"
        if n not in USED_NAMES:
            USED_NAMES.add(n)
            return n
    raise ValueError(f"no free name for {case} {kind}")


# --------------------------------------------------------------------------------------------
# Pages


class Page:
    """One printed page: its text blocks, the layout it is printed in, the words to check."""

    def __init__(self, kind, case, place, name, thing, family="DejaVu Serif", size_pt=11,
                 w_in=5.83, h_in=3.4, dpi=300, variant=0, margin_in=0.45):
        self.kind = kind
        self.case = case
        self.blocks = blocks_for(kind, case, {"place": place, "name": name, "thing": thing},
                                 variant)
        self.layout = Layout(w_in, h_in, dpi, family, size_pt, margin_in=margin_in)
        self.words = [case, place, name, thing]
        self.lines = plain_text(self.blocks)

    def grey(self, scan):
        return degrade(draw_blocks(self.layout, self.blocks), scan)

    def rgb(self, scan, ink=(20, 24, 40), paper=(250, 247, 238), stamp=None, stamp_at="top"):
        img = draw_blocks(self.layout, self.blocks, colour=True, ink=ink, paper=paper)
        if stamp:
            draw_stamp(img, stamp, self.layout, stamp_at)
        return degrade(img, scan)

    @property
    def size_pt(self):
        return (self.layout.w * 72.0 / self.layout.dpi, self.layout.h * 72.0 / self.layout.dpi)


def draw_stamp(img, text, layout, at="top"):
    """A red rubber 'RECEIVED' stamp in the top (or bottom) right corner."""
    from PIL import ImageDraw
    from pdfkit import font

    d = ImageDraw.Draw(img)
    f = font("DejaVu Sans", layout.dpi * 0.12, bold=True)
    x1 = layout.w - layout.margin
    x0 = x1 - layout.dpi * 1.55
    y0 = layout.dpi * 0.12 if at == "top" else layout.h - layout.dpi * 0.62
    d.rectangle([x0, y0, x1, y0 + layout.dpi * 0.42], outline=(200, 30, 40),
                width=max(3, layout.dpi // 60))
    for i, t in enumerate(text.split("\n")):
        d.text((x0 + layout.dpi * 0.08, y0 + layout.dpi * (0.05 + 0.17 * i)), t, font=f,
               fill=(200, 30, 40))


def fmt(x):
    s = f"{x:.2f}".rstrip("0").rstrip(".")
    return s if s else "0"


def producer(i):
    return [
        "Scanner PDF 2.1 (MFP-3F Leeds)",
        "ScanStation 5.4",
        "Capture Pro 4.0",
        "Office Scan Gateway 2.7",
        "DocuPrint Scan 3.2",
        "ImageWriter 1.9",
    ][i % 6]


# --------------------------------------------------------------------------------------------
# One-image scan PDFs


def image_pdf(img_entries, width_pt, height_pt, version="1.4", prod=0, cm=None, extra_page="",
              name="", content_extra=b"", resources_extra=""):
    """A one-page PDF drawing one image (img_entries: dictionary inside, data) over the page.
    cm: (a, b, c, d, e, f) or None for the whole page."""
    pdf = Pdf(version)
    catalog, pages, page = pdf.reserve(), pdf.reserve(), pdf.reserve()
    entries, data = img_entries
    im = pdf.stream(f"/Type /XObject /Subtype /Image {entries}", data)
    m = cm or (width_pt, 0, 0, height_pt, 0, 0)
    content = f"q {' '.join(fmt(v) for v in m)} cm /Im0 Do Q\n".encode() + content_extra
    ct = pdf.stream("", content)
    pdf.set(catalog, f"<< /Type /Catalog /Pages {pages} 0 R >>")
    pdf.set(pages, f"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>")
    pdf.set(page, f"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 {fmt(width_pt)} "
                  f"{fmt(height_pt)}] /Resources << /XObject << /Im0 {im} 0 R >> "
                  f"{resources_extra}>> /Contents {ct} 0 R{extra_page} >>")
    info = pdf.add(info_dict(producer(prod)))
    return pdf.serialize(catalog, info, file_id_for(name))


def image_facts(filters, cs, bpc, w, h, **kw):
    d = {"filter": list(filters), "color_space": cs, "bpc": bpc, "width": w, "height": h}
    d.update(kw)
    return d


def page_facts(images, text_layer="none", orientation=0, rotate=0):
    return {"text_layer": text_layer, "orientation": orientation, "rotate": rotate,
            "image": images}


def stored(name, data, encoding, page, facts_pages, folder=None, words=None, pages=None,
           **facts):
    f = {"pages": facts_pages}
    f.update(facts)
    ENTRIES.append(Entry(name, data, "stored", encoding, pages=pages or len(facts_pages),
                         words=words or page.words, case=page.case,
                         folder=folder or KINDS[page.kind], facts=f))


def quarantined(name, data, encoding, reason, detail, case=None, **facts):
    ENTRIES.append(Entry(name, data, "quarantined", encoding, reason=reason, detail=detail,
                         case=case, facts=dict(facts)))


def one_image(page, name, encoding, dict_entries, data, fcts, prod=0, **kw):
    w_pt, h_pt = page.size_pt
    pdf = image_pdf((dict_entries, data), w_pt, h_pt, prod=prod, name=name)
    stored(name, pdf, encoding, page, [page_facts([fcts])], **kw)


def grey_dims(img):
    return img.size


def build_images():
    # 1. JPEG grey
    p = Page("order", "LS24P01234", "Kirkstall", "Ashworth", "Bramley", "DejaVu Serif", 11)
    img = p.grey(Scan(101, skew=0.6, blur=0.7, noise=3, specks=20))
    n = file_name(p.case, "order")
    data = jpeg(img, 70)
    one_image(p, n, "DCTDecode, DeviceGray 8 bpc, 300 dpi A6 landscape; skew, blur, noise",
              f"/Width {img.width} /Height {img.height} /ColorSpace /DeviceGray "
              "/BitsPerComponent 8 /Filter /DCTDecode", data,
              image_facts(["DCTDecode"], "DeviceGray", 8, img.width, img.height), prod=0)

    # 2. JPEG RGB (cream paper, red stamp)
    p = Page("letter", "BM25P00012", "Edgbaston", "Cartwright", "violin", "Liberation Serif",
             11)
    img = p.rgb(Scan(102, skew=-0.4, blur=0.8, noise=2, specks=10),
                stamp="RECEIVED\n17 MAR 2025")
    n = file_name(p.case, "letter")
    one_image(p, n, "DCTDecode, DeviceRGB 8 bpc, cream paper, red received stamp",
              f"/Width {img.width} /Height {img.height} /ColorSpace /DeviceRGB "
              "/BitsPerComponent 8 /Filter /DCTDecode", jpeg(img, 68),
              image_facts(["DCTDecode"], "DeviceRGB", 8, img.width, img.height), prod=1)

    # 3. CMYK JPEG, Adobe APP14, inverted (Decode 1 0 ...)
    p = Page("screening", "NW24C00333", "Salford", "Pemberton", "netball", "Liberation Sans",
             10.5)
    rgb = p.rgb(Scan(103, skew=0.3, blur=0.6, clean_above=225), ink=(30, 30, 60),
                paper=(255, 255, 255))
    cmyk = rgb.convert("CMYK")
    data = jpeg(cmyk, 70)
    assert b"Adobe" in data[:400], "Pillow writes an Adobe APP14 marker for CMYK JPEG"
    n = file_name(p.case, "screening")
    one_image(p, n, "DCTDecode CMYK with Adobe APP14 (inverted samples), /Decode [1 0 1 0 1 0 "
              "1 0]", f"/Width {cmyk.width} /Height {cmyk.height} /ColorSpace /DeviceCMYK "
              "/BitsPerComponent 8 /Decode [1 0 1 0 1 0 1 0] /Filter /DCTDecode", data,
              image_facts(["DCTDecode"], "DeviceCMYK", 8, cmyk.width, cmyk.height,
                          decode="1 0 1 0 1 0 1 0", adobe_app14=True), prod=2)

    # 4. JPEG 2000 (JP2 container, colour space from the container)
    p = Page("expert", "MK23C00456", "Wolverton", "Fairbairn", "Oldbrook", "URW Bookman", 10.5)
    img = p.grey(Scan(104, skew=-0.7, blur=0.8, noise=5, specks=15))
    data = jp2(img, rate=70)
    n = file_name(p.case, "expert")
    one_image(p, n, "JPXDecode (JP2 from opj_compress, grey, no /ColorSpace: the container's)",
              f"/Width {img.width} /Height {img.height} /BitsPerComponent 8 /Filter /JPXDecode",
              data, image_facts(["JPXDecode"], "JPX container (grey)", 8, img.width,
                                img.height), prod=3)

    # 5. JPEG 2000 codestream, RGB, explicit DeviceRGB
    p = Page("plan", "CF22P00789", "Llandaff", "Tremayne", "trampoline", "FreeSans", 11)
    img = p.rgb(Scan(105, skew=0.5, blur=0.7, noise=4), paper=(245, 248, 250))
    data = jp2(img, rate=110, fmt="j2k")
    n = file_name(p.case, "plan")
    one_image(p, n, "JPXDecode (raw J2K codestream, RGB), /ColorSpace /DeviceRGB",
              f"/Width {img.width} /Height {img.height} /ColorSpace /DeviceRGB "
              "/BitsPerComponent 8 /Filter /JPXDecode", data,
              image_facts(["JPXDecode"], "DeviceRGB", 8, img.width, img.height), prod=3)

    # 6. CCITT G4, BlackIs1 false
    p = Page("statement", "LS24P01234", "Roundhay", "Whitfield", "chess", "Liberation Serif",
             11, w_in=5.83, h_in=4.5)
    g = p.grey(Scan(106, skew=0.8, blur=0.9))
    black = bilevel(g, 1106)
    data = fax(black, "g4")
    h, w = black.shape
    n = file_name(p.case, "statement")
    one_image(p, n, "CCITTFaxDecode G4 (K -1), BlackIs1 false, 1 bpc, 300 dpi",
              f"/Width {w} /Height {h} /ColorSpace /DeviceGray /BitsPerComponent 1 "
              f"/Filter /CCITTFaxDecode /DecodeParms << /K -1 /Columns {w} /Rows {h} >>", data,
              image_facts(["CCITTFaxDecode"], "DeviceGray", 1, w, h, k=-1, black_is_1=False),
              prod=0)

    # 7. CCITT G4, BlackIs1 true (ink coded as white runs, as tiff2pdf writes MinIsBlack)
    p = Page("police", "MK23C00456", "Bletchley", "Marsden", "bicycle", "Nimbus Sans", 10.5)
    g = p.grey(Scan(107, skew=-0.5, blur=0.8))
    black = bilevel(g, 1107)
    data = fax(~black, "g4")
    h, w = black.shape
    n = file_name(p.case, "police")
    one_image(p, n, "CCITTFaxDecode G4 (K -1), BlackIs1 true (ink coded as white runs)",
              f"/Width {w} /Height {h} /ColorSpace /DeviceGray /BitsPerComponent 1 "
              f"/Filter /CCITTFaxDecode /DecodeParms << /K -1 /Columns {w} /Rows {h} "
              "/BlackIs1 true >>", data,
              image_facts(["CCITTFaxDecode"], "DeviceGray", 1, w, h, k=-1, black_is_1=True),
              prod=4)

    # 8. CCITT G3 1-D (K 0), EOLs (libtiff writes them)
    p = Page("safeguarding", "NW24C00333", "Eccles", "Garside", "karate", "DejaVu Sans", 10,
             dpi=200)
    g = p.grey(Scan(108, skew=0.4, blur=0.6))
    black = bilevel(g, 1108, threshold=140)
    data = fax(black, "g3:1d")
    h, w = black.shape
    n = file_name(p.case, "safeguarding")
    one_image(p, n, "CCITTFaxDecode G3 1-D (K 0), EndOfLine true, 200 dpi (fax fine mode)",
              f"/Width {w} /Height {h} /ColorSpace /DeviceGray /BitsPerComponent 1 "
              f"/Filter /CCITTFaxDecode /DecodeParms << /K 0 /Columns {w} /Rows {h} "
              "/EndOfLine true >>", data,
              image_facts(["CCITTFaxDecode"], "DeviceGray", 1, w, h, k=0, black_is_1=False),
              prod=4)

    # 9. CCITT G3 2-D (K 4), EOLs, byte-aligned
    p = Page("contact", "BM25P00012", "Moseley", "Brindley", "swimming", "Liberation Mono",
             10, w_in=5.83, h_in=3.6)
    g = p.grey(Scan(109, skew=-0.3, blur=0.7))
    black = bilevel(g, 1109)
    data = fax(black, "g3:2d:fill")
    h, w = black.shape
    n = file_name(p.case, "contact")
    one_image(p, n, "CCITTFaxDecode G3 2-D (K 4), EndOfLine true, EncodedByteAlign true",
              f"/Width {w} /Height {h} /ColorSpace /DeviceGray /BitsPerComponent 1 "
              f"/Filter /CCITTFaxDecode /DecodeParms << /K 4 /Columns {w} /Rows {h} "
              "/EndOfLine true /EncodedByteAlign true >>", data,
              image_facts(["CCITTFaxDecode"], "DeviceGray", 1, w, h, k=4, black_is_1=False),
              prod=4)

    # 10. JBIG2 generic region, MMR (the data is a G4 bitstream)
    p = Page("application", "LV21C00999", "Toxteth", "Holloway", "Aigburth", "C059", 10.5)
    g = p.grey(Scan(110, skew=0.6, blur=0.8))
    black = bilevel(g, 1110)
    mmr = fax(black, "g4")
    data = jbig2.embedded_page(black, mmr_data=mmr)
    h, w = black.shape
    n = file_name(p.case, "application")
    one_image(p, n, "JBIG2Decode: page information + immediate generic region, MMR 1 (T.6 data)",
              f"/Width {w} /Height {h} /ColorSpace /DeviceGray /BitsPerComponent 1 "
              "/Filter /JBIG2Decode", data,
              image_facts(["JBIG2Decode"], "DeviceGray", 1, w, h, jbig2="generic MMR"),
              prod=5)

    # 11. JBIG2 generic region, arithmetic (MQ) coding, template 0
    p = Page("plan", "NW24C00333", "Prestwich", "Lockwood", "allotment", "P052", 10.5,
             h_in=3.4)
    g = p.grey(Scan(111, skew=-0.4, blur=0.8))
    black = bilevel(g, 1111)
    data = jbig2.embedded_page(black)
    h, w = black.shape
    n = file_name(p.case, "plan")
    one_image(p, n, "JBIG2Decode: immediate generic region, arithmetic (MQ) coding, template 0",
              f"/Width {w} /Height {h} /ColorSpace /DeviceGray /BitsPerComponent 1 "
              "/Filter /JBIG2Decode", data,
              image_facts(["JBIG2Decode"], "DeviceGray", 1, w, h, jbig2="generic arithmetic"),
              prod=5)

    # 12. LZW (EarlyChange 1), 8-bit grey, 200 dpi
    p = Page("bundle", "CF22P00789", "Cathays", "Kendrick", "Splott", "Nimbus Roman", 11,
             dpi=200)
    img = p.grey(Scan(112, skew=0.3, blur=0.6, specks=8, clean_above=200))
    data = lzw_encode(img.tobytes())
    n = file_name(p.case, "bundle")
    one_image(p, n, "LZWDecode (EarlyChange 1), DeviceGray 8 bpc, 200 dpi",
              f"/Width {img.width} /Height {img.height} /ColorSpace /DeviceGray "
              "/BitsPerComponent 8 /Filter /LZWDecode", data,
              image_facts(["LZWDecode"], "DeviceGray", 8, img.width, img.height), prod=2)

    # 13. ASCII85 over Flate, 8-bit grey
    p = Page("expert", "LS24P01234", "Horsforth", "Thornton", "hamster", "Liberation Sans",
             10.5, dpi=200)
    img = p.grey(Scan(113, skew=-0.6, blur=0.6, clean_above=205))
    data = a85(flate(img.tobytes()))
    n = file_name(p.case, "expert")
    one_image(p, n, "[/ASCII85Decode /FlateDecode], DeviceGray 8 bpc, 200 dpi",
              f"/Width {img.width} /Height {img.height} /ColorSpace /DeviceGray "
              "/BitsPerComponent 8 /Filter [/ASCII85Decode /FlateDecode]", data,
              image_facts(["ASCII85Decode", "FlateDecode"], "DeviceGray", 8, img.width,
                          img.height), prod=3)

    # 14. ASCIIHex, 1 bpc uncompressed underneath, 200 dpi
    p = Page("contact", "LS24P01234", "Swinton", "Haworth", "caravan", "DejaVu Sans Condensed",
             10.5, dpi=200, w_in=4.9, h_in=2.4, margin_in=0.3)
    g = p.grey(Scan(114, skew=0.4, blur=0.5))
    black = bilevel(g, 1114, threshold=140)
    h, w = black.shape
    data = ahx(pack_bits(black))
    n = file_name(p.case, "letter")
    one_image(p, n, "ASCIIHexDecode over raw 1 bpc samples, 200 dpi",
              f"/Width {w} /Height {h} /ColorSpace /DeviceGray /BitsPerComponent 1 "
              "/Filter /ASCIIHexDecode", data,
              image_facts(["ASCIIHexDecode"], "DeviceGray", 1, w, h), prod=1)

    # 15. RunLength, 8-bit grey, white background
    p = Page("police", "BM25P00012", "Handsworth", "Blackwood", "scooter", "FreeSerif", 11,
             dpi=200)
    img = p.grey(Scan(115, skew=0.2, blur=0.5, clean_above=190))
    data = run_length(img.tobytes())
    n = file_name(p.case, "police")
    one_image(p, n, "RunLengthDecode, DeviceGray 8 bpc, 200 dpi",
              f"/Width {img.width} /Height {img.height} /ColorSpace /DeviceGray "
              "/BitsPerComponent 8 /Filter /RunLengthDecode", data,
              image_facts(["RunLengthDecode"], "DeviceGray", 8, img.width, img.height),
              prod=2)

    # 16. Flate with PNG predictors (Predictor 15), 8-bit grey
    p = Page("order", "MK23C00456", "Shenley", "Oakley", "Fishermead", "Liberation Serif", 11,
             variant=1, dpi=200, h_in=3.8)
    img = p.grey(Scan(116, skew=-0.5, blur=0.7, specks=12, clean_above=215))
    a = np.asarray(img)
    data = flate(png_predict(a, 1))
    n = file_name(p.case, "order")
    one_image(p, n, "FlateDecode with PNG predictors (/Predictor 15, all five row filters), "
              "DeviceGray 8 bpc, 300 dpi",
              f"/Width {img.width} /Height {img.height} /ColorSpace /DeviceGray "
              "/BitsPerComponent 8 /Filter /FlateDecode /DecodeParms << /Predictor 15 "
              f"/Colors 1 /BitsPerComponent 8 /Columns {img.width} >>", data,
              image_facts(["FlateDecode"], "DeviceGray", 8, img.width, img.height,
                          predictor=15), prod=0)

    # 17. Uncompressed 1 bpc
    p = Page("screening", "LV21C00999", "Anfield", "Ellison", "budgie", "DejaVu Sans", 10,
             dpi=200, w_in=5.5, h_in=3.4)
    g = p.grey(Scan(117, skew=-0.3, blur=0.5))
    black = bilevel(g, 1117, threshold=140)
    h, w = black.shape
    data = pack_bits(black)
    n = file_name(p.case, "screening")
    one_image(p, n, "no filter: raw 1 bpc DeviceGray samples, 200 dpi",
              f"/Width {w} /Height {h} /ColorSpace /DeviceGray /BitsPerComponent 1", data,
              image_facts([], "DeviceGray", 1, w, h), prod=5)


def build_colour_spaces():
    # 18. 2-bit grey
    p = Page("contact", "MK23C00456", "Olney", "Hebden", "football", "Liberation Sans", 10.5,
             dpi=200, h_in=2.9)
    img = p.grey(Scan(118, skew=0.4, blur=0.8, specks=10, clean_above=215))
    a = (np.asarray(img).astype(np.uint16) * 3 + 127) // 255
    data = flate(pack_grey(a.astype(np.uint8), 2))
    n = file_name(p.case, "contact")
    one_image(p, n, "DeviceGray 2 bpc (four grey levels), FlateDecode",
              f"/Width {img.width} /Height {img.height} /ColorSpace /DeviceGray "
              "/BitsPerComponent 2 /Filter /FlateDecode", data,
              image_facts(["FlateDecode"], "DeviceGray", 2, img.width, img.height), prod=1)

    # 19. 4-bit grey
    p = Page("statement", "CF22P00789", "Radyr", "Pritchard", "gymnastics", "C059", 10.5,
             variant=1, dpi=200)
    img = p.grey(Scan(119, skew=-0.6, blur=0.7, specks=10, clean_above=215))
    a = (np.asarray(img).astype(np.uint16) * 15 + 127) // 255
    data = flate(pack_grey(a.astype(np.uint8), 4))
    n = file_name(p.case, "statement")
    one_image(p, n, "DeviceGray 4 bpc (16 grey levels), FlateDecode",
              f"/Width {img.width} /Height {img.height} /ColorSpace /DeviceGray "
              "/BitsPerComponent 4 /Filter /FlateDecode", data,
              image_facts(["FlateDecode"], "DeviceGray", 4, img.width, img.height), prod=2)

    # 20. DeviceRGB raw (Flate), red stamp, 200 dpi
    p = Page("safeguarding", "BM25P00012", "Erdington", "Kenyon", "piano", "Nimbus Roman", 11,
             dpi=200, variant=1)
    img = p.rgb(Scan(120, skew=0.3, blur=0.6, clean_above=228), paper=(255, 255, 255),
                stamp="RECEIVED\n14 MAR 2025")
    data = flate(img.tobytes())
    n = file_name(p.case, "safeguarding")
    one_image(p, n, "DeviceRGB 8 bpc, FlateDecode (no predictor), red stamp, 200 dpi",
              f"/Width {img.width} /Height {img.height} /ColorSpace /DeviceRGB "
              "/BitsPerComponent 8 /Filter /FlateDecode", data,
              image_facts(["FlateDecode"], "DeviceRGB", 8, img.width, img.height), prod=3)

    # 21. DeviceCMYK raw (Flate), 200 dpi
    p = Page("letter", "LV21C00999", "Wavertree", "Fairclough", "netball", "Liberation Serif",
             11, dpi=200)
    img = p.rgb(Scan(121, skew=-0.3, blur=0.6, clean_above=228), ink=(10, 20, 90),
                paper=(255, 255, 255))
    cmyk = img.convert("CMYK")
    data = flate(cmyk.tobytes())
    n = file_name(p.case, "letter")
    one_image(p, n, "DeviceCMYK 8 bpc raw samples, FlateDecode, 200 dpi",
              f"/Width {cmyk.width} /Height {cmyk.height} /ColorSpace /DeviceCMYK "
              "/BitsPerComponent 8 /Filter /FlateDecode", data,
              image_facts(["FlateDecode"], "DeviceCMYK", 8, cmyk.width, cmyk.height), prod=4)

    # 22. Indexed 8-bit over RGB (256-colour palette)
    p = Page("application", "NW24C00333", "Walkden", "Sutcliffe", "Pendlebury", "FreeSans",
             10.5, dpi=200, h_in=4.13)
    img = p.rgb(Scan(122, skew=0.5, blur=0.7, clean_above=225), paper=(255, 255, 255),
                stamp="RECEIVED\n12 MAR 2025")
    q = img.quantize(256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    pal = bytes(q.getpalette()[: 256 * 3]).ljust(768, b"\0")
    data = flate(q.tobytes())
    n = file_name(p.case, "application")
    one_image(p, n, "Indexed 8 bpc over DeviceRGB (256-entry palette as a hex string), Flate",
              f"/Width {q.width} /Height {q.height} /ColorSpace [/Indexed /DeviceRGB 255 "
              f"<{pal.hex().upper()}>] /BitsPerComponent 8 /Filter /FlateDecode", data,
              image_facts(["FlateDecode"], "Indexed DeviceRGB", 8, q.width, q.height,
                          palette=256), prod=5)

    # 23. Indexed 4-bit over RGB (16 colours, palette in a stream)
    p = Page("police", "LS24P01234", "Chapeltown", "Pickersgill", "wheelbarrow", "DejaVu Serif",
             10.5, variant=1)
    img = p.rgb(Scan(123, skew=-0.4, blur=0.7), paper=(255, 255, 255), ink=(15, 15, 70))
    q = img.quantize(16, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    pal = bytes(q.getpalette()[: 16 * 3]).ljust(48, b"\0")
    data = flate(pack_grey(np.asarray(q), 4))
    n = file_name(p.case, "police")
    w_pt, h_pt = p.size_pt
    pdf = Pdf("1.4")
    cat, pages, page = pdf.reserve(), pdf.reserve(), pdf.reserve()
    palobj = pdf.stream("", pal)
    im = pdf.stream(f"/Type /XObject /Subtype /Image /Width {q.width} /Height {q.height} "
                    f"/ColorSpace [/Indexed /DeviceRGB 15 {palobj} 0 R] /BitsPerComponent 4 "
                    "/Filter /FlateDecode", data)
    ct = pdf.stream("", f"q {fmt(w_pt)} 0 0 {fmt(h_pt)} 0 0 cm /Im0 Do Q\n".encode())
    pdf.set(cat, f"<< /Type /Catalog /Pages {pages} 0 R >>")
    pdf.set(pages, f"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>")
    pdf.set(page, f"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 {fmt(w_pt)} "
                  f"{fmt(h_pt)}] /Resources << /XObject << /Im0 {im} 0 R >> >> "
                  f"/Contents {ct} 0 R >>")
    info = pdf.add(info_dict(producer(0)))
    stored(n, pdf.serialize(cat, info, file_id_for(n)),
           "Indexed 4 bpc over DeviceRGB (16 colours, lookup table in a stream), Flate", p,
           [page_facts([image_facts(["FlateDecode"], "Indexed DeviceRGB", 4, q.width,
                                    q.height, palette=16)])])

    # 24. ICCBased grey (sgray.icc), Flate
    p = Page("expert", "CF22P00789", "Penarth", "Vaughan", "orthodontist", "Liberation Serif",
             10.5, dpi=200)
    img = p.grey(Scan(124, skew=0.6, blur=0.6, clean_above=205))
    n = file_name(p.case, "expert")
    icc_pdf(p, n, img, ICC_GREY, 1, "/DeviceGray", flate(img.tobytes()), "/FlateDecode",
            "ICCBased grey (N 1, Ghostscript's sgray.icc), FlateDecode 8 bpc, 200 dpi",
            ["FlateDecode"])

    # 25. ICCBased RGB (srgb.icc) with a DCT image: how many colour scanners write
    p = Page("statement", "LV21C00999", "Crosby", "Dunbar", "rounders", "P052", 11)
    img = p.rgb(Scan(125, skew=-0.5, blur=0.8, noise=2), paper=(252, 250, 244))
    n = file_name(p.case, "statement")
    icc_pdf(p, n, img, ICC_RGB, 3, "/DeviceRGB", jpeg(img, 65), "/DCTDecode",
            "ICCBased RGB (N 3, Ghostscript's srgb.icc) over a DCTDecode image", ["DCTDecode"])

    # 26. CalGray
    p = Page("contact", "NW24C00333", "Didsbury", "Fenwick", "bakery", "Nimbus Sans", 10.5,
             dpi=200, h_in=3.6)
    img = p.grey(Scan(126, skew=-0.3, blur=0.6, clean_above=205))
    n = file_name(p.case, "contact")
    one_image(p, n, "CalGray (D65 white point, gamma 2.2), FlateDecode 8 bpc, 200 dpi",
              f"/Width {img.width} /Height {img.height} /ColorSpace [/CalGray << /WhitePoint "
              "[0.9505 1 1.089] /Gamma 2.2 >>] /BitsPerComponent 8 /Filter /FlateDecode",
              flate(img.tobytes()),
              image_facts(["FlateDecode"], "CalGray", 8, img.width, img.height), prod=1)

    # 27. /Decode [1 0]: samples stored inverted
    p = Page("screening", "BM25P00012", "Northfield", "Yardley", "greenhouse", "URW Bookman",
             10, dpi=200, variant=1)
    img = p.grey(Scan(127, skew=0.4, blur=0.6, clean_above=205))
    inv = 255 - np.asarray(img)
    n = file_name(p.case, "screening")
    one_image(p, n, "DeviceGray 8 bpc stored inverted, /Decode [1 0], FlateDecode",
              f"/Width {img.width} /Height {img.height} /ColorSpace /DeviceGray "
              "/BitsPerComponent 8 /Decode [1 0] /Filter /FlateDecode", flate(inv.tobytes()),
              image_facts(["FlateDecode"], "DeviceGray", 8, img.width, img.height,
                          decode="1 0"), prod=2)

    # 28. 16-bit grey (PDF 1.5)
    p = Page("order", "NW24C00333", "Worsley", "Ormerod", "Boothstown", "FreeSerif", 11,
             dpi=200)
    img = p.grey(Scan(128, skew=-0.4, blur=0.6, clean_above=205))
    a16 = (np.asarray(img).astype(">u2") * 257)
    n = file_name(p.case, "order")
    w_pt, h_pt = p.size_pt
    pdf = image_pdf((f"/Width {img.width} /Height {img.height} /ColorSpace /DeviceGray "
                     "/BitsPerComponent 16 /Filter /FlateDecode", flate(a16.tobytes())),
                    w_pt, h_pt, version="1.5", prod=3, name=n)
    stored(n, pdf, "DeviceGray 16 bpc (high bit depth scan), FlateDecode, PDF 1.5", p,
           [page_facts([image_facts(["FlateDecode"], "DeviceGray", 16, img.width,
                                    img.height)])])


def icc_pdf(p, n, img, icc_path, ncomp, alternate, data, filt, encoding, filters):
    w_pt, h_pt = p.size_pt
    pdf = Pdf("1.4")
    cat, pages, page = pdf.reserve(), pdf.reserve(), pdf.reserve()
    icc = pdf.stream(f"/N {ncomp} /Alternate {alternate} /Filter /FlateDecode",
                     flate(icc_path.read_bytes()))
    bpc = 8
    im = pdf.stream(f"/Type /XObject /Subtype /Image /Width {img.width} /Height {img.height} "
                    f"/ColorSpace [/ICCBased {icc} 0 R] /BitsPerComponent {bpc} /Filter {filt}",
                    data)
    ct = pdf.stream("", f"q {fmt(w_pt)} 0 0 {fmt(h_pt)} 0 0 cm /Im0 Do Q\n".encode())
    pdf.set(cat, f"<< /Type /Catalog /Pages {pages} 0 R >>")
    pdf.set(pages, f"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>")
    pdf.set(page, f"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 {fmt(w_pt)} "
                  f"{fmt(h_pt)}] /Resources << /XObject << /Im0 {im} 0 R >> >> "
                  f"/Contents {ct} 0 R >>")
    info = pdf.add(info_dict(producer(4)))
    stored(n, pdf.serialize(cat, info, file_id_for(n)), encoding, p,
           [page_facts([image_facts(filters, f"ICCBased N {ncomp}", bpc, img.width,
                                    img.height, icc=icc_path.name)])])


# --------------------------------------------------------------------------------------------
# Pages of several images, page structure, orientation


def g4_image(page, seed, skew=0.5, blur=0.8, threshold=150):
    """A bilevel scan of a page: (bool array True = black, G4 data, dictionary entries)."""
    g = page.grey(Scan(seed, skew=skew, blur=blur))
    black = bilevel(g, seed + 1000, threshold=threshold)
    h, w = black.shape
    data = fax(black, "g4")
    ent = (f"/Width {w} /Height {h} /ColorSpace /DeviceGray /BitsPerComponent 1 "
           f"/Filter /CCITTFaxDecode /DecodeParms << /K -1 /Columns {w} /Rows {h} >>")
    return black, data, ent


def g4_of(black):
    h, w = black.shape
    return fax(black, "g4"), (f"/Width {w} /Height {h} /ColorSpace /DeviceGray "
                              f"/BitsPerComponent 1 /Filter /CCITTFaxDecode /DecodeParms << "
                              f"/K -1 /Columns {w} /Rows {h} >>")


def g4_facts(black):
    h, w = black.shape
    return image_facts(["CCITTFaxDecode"], "DeviceGray", 1, w, h, k=-1, black_is_1=False)


def jpeg_grey(page, seed, quality=70, **scan):
    sc = dict(skew=0.4, blur=0.7, noise=2, specks=10)
    sc.update(scan)
    img = page.grey(Scan(seed, **sc))
    return img, jpeg(img, quality), (f"/Width {img.width} /Height {img.height} "
                                     "/ColorSpace /DeviceGray /BitsPerComponent 8 "
                                     "/Filter /DCTDecode")


def jpeg_facts(img, cs="DeviceGray"):
    return image_facts(["DCTDecode"], cs, 8, img.width, img.height)


class Doc:
    """A PDF being assembled: catalog, pages node, pages; for files that need more than
    image_pdf gives."""

    def __init__(self, version="1.4", prod=0):
        self.pdf = Pdf(version)
        self.catalog = self.pdf.reserve()
        self.pages = self.pdf.reserve()
        self.kids = []
        self.prod = prod
        self.pages_extra = ""

    def image(self, entries, data):
        return self.pdf.stream(f"/Type /XObject /Subtype /Image {entries}", data)

    def page(self, w_pt, h_pt, content, xobjects=None, fonts=None, extra="", mediabox=None,
             resources=True):
        pdf = self.pdf
        ct = pdf.stream("", content)
        res = ""
        if xobjects:
            res += "/XObject << " + " ".join(f"/{k} {v} 0 R" for k, v in xobjects.items()) + " >> "
        if fonts:
            res += "/Font << " + " ".join(f"/{k} {v} 0 R" for k, v in fonts.items()) + " >> "
        mb = mediabox or f"[0 0 {fmt(w_pt)} {fmt(h_pt)}]"
        body = f"<< /Type /Page /Parent {self.pages} 0 R"
        if mb != "inherit":
            body += f" /MediaBox {mb}"
        if resources:
            body += f" /Resources << {res}>>"
        body += f" /Contents {ct} 0 R{extra} >>"
        num = pdf.add(body)
        self.kids.append(num)
        return num

    def finish(self, name, title=None, **ser):
        pdf = self.pdf
        pdf.set(self.catalog, f"<< /Type /Catalog /Pages {self.pages} 0 R >>")
        kids = " ".join(f"{k} 0 R" for k in self.kids)
        pdf.set(self.pages, f"<< /Type /Pages /Kids [{kids}] /Count {len(self.kids)}"
                            f"{self.pages_extra} >>")
        info = pdf.add(info_dict(producer(self.prod), title=title))
        return pdf.serialize(self.catalog, info, file_id_for(name), **ser)


def draw_image(name, w, h, x=0, y=0):
    return f"q {fmt(w)} 0 0 {fmt(h)} {fmt(x)} {fmt(y)} cm /{name} Do Q\n".encode()


def build_structures():
    # Inline image as the whole page (BI ... ID ... EI), G4 with abbreviated keys
    p = Page("statement", "NW24C00333", "Fallowfield", "Kershaw", "skipping", "Liberation Sans",
             10.5, variant=0)
    black, data, _ = g4_image(p, 201)
    h, w = black.shape
    w_pt, h_pt = p.size_pt
    content = (f"q {fmt(w_pt)} 0 0 {fmt(h_pt)} 0 0 cm\nBI /W {w} /H {h} /CS /G /BPC 1 /F /CCF "
               f"/DP << /K -1 /Columns {w} /Rows {h} >>\nID ").encode() + data + b"\nEI\nQ\n"
    d = Doc(prod=2)
    d.page(w_pt, h_pt, content)
    n = file_name(p.case, "statement")
    stored(n, d.finish(n), "inline image (BI/ID/EI) filling the page: CCITT G4 with abbreviated "
           "keys /W /H /CS /G /BPC /F /CCF /DP, content stream not compressed", p,
           [page_facts([g4_facts(black) | {"inline": True}])])

    # Soft mask: RGB JPEG with an /SMask (opaque except a torn bottom-right corner)
    p = Page("expert", "BM25P00012", "Bournville", "Lacey", "cocoa", "DejaVu Serif", 10.5,
             dpi=200)
    img = p.rgb(Scan(202, skew=0.3, blur=0.6, noise=2), paper=(250, 248, 242))
    w, h = img.size
    yy, xx = np.mgrid[0:h, 0:w]
    alpha = np.full((h, w), 255, np.uint8)
    torn = (xx - w * 0.78) + (yy - h * 0.70) * 1.4 > 0
    alpha[torn] = 0
    edge = np.abs((xx - w * 0.78) + (yy - h * 0.70) * 1.4) < 6
    alpha[edge] = 128
    d = Doc(prod=3)
    sm = d.pdf.stream(f"/Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace "
                      "/DeviceGray /BitsPerComponent 8 /Filter /FlateDecode",
                      flate(alpha.tobytes()))
    im = d.image(f"/Width {w} /Height {h} /ColorSpace /DeviceRGB /BitsPerComponent 8 "
                 f"/Filter /DCTDecode /SMask {sm} 0 R", jpeg(img, 68))
    w_pt, h_pt = p.size_pt
    d.page(w_pt, h_pt, draw_image("Im0", w_pt, h_pt), {"Im0": im})
    n = file_name(p.case, "expert")
    stored(n, d.finish(n), "DCTDecode RGB image with an /SMask (8 bpc Flate soft mask: opaque "
           "page, transparent torn corner)", p,
           [page_facts([jpeg_facts(img, "DeviceRGB") | {"smask": True}])])

    # Stencil /Mask: a grey JPEG scan with the scanner lid's black border, masked out
    p = Page("case_plan_placeholder" if False else "plan", "MK23C00456", "Stantonbury",
             "Rowntree", "hedgehog", "Liberation Serif", 11, dpi=200)
    img = p.grey(Scan(203, skew=-0.4, blur=0.7, noise=2))
    a = np.asarray(img).copy()
    h, w = a.shape
    b = 22
    a[:b, :] = 25
    a[-b:, :] = 25
    a[:, :b] = 25
    a[:, -b:] = 25
    img = Image.fromarray(a)
    mask = np.zeros((h, w), bool)  # True = masked out (1 bits)
    mask[:b, :] = mask[-b:, :] = True
    mask[:, :b] = mask[:, -b:] = True
    d = Doc(prod=4)
    mk = d.pdf.stream(f"/Type /XObject /Subtype /Image /Width {w} /Height {h} /ImageMask true "
                      "/BitsPerComponent 1 /Filter /FlateDecode",
                      flate(pack_bits(~mask)))
    im = d.image(f"/Width {w} /Height {h} /ColorSpace /DeviceGray /BitsPerComponent 8 "
                 f"/Filter /DCTDecode /Mask {mk} 0 R", jpeg(img, 70))
    w_pt, h_pt = p.size_pt
    d.page(w_pt, h_pt, draw_image("Im0", w_pt, h_pt), {"Im0": im})
    n = file_name(p.case, "plan")
    stored(n, d.finish(n), "DCTDecode grey image with a stencil /Mask (1 bpc ImageMask hiding "
           "the scanner's black border)", p,
           [page_facts([jpeg_facts(img) | {"mask": "stencil"}])])

    # Colour-key /Mask: paper made transparent
    p = Page("bundle", "LS24P01234", "Meanwood", "Aspinall", "Lawnswood", "Nimbus Sans", 10.5,
             dpi=200)
    img = p.grey(Scan(204, skew=0.3, blur=0.6, clean_above=215))
    n = file_name(p.case, "bundle")
    one_image(p, n, "DeviceGray 8 bpc Flate image with a colour-key /Mask [235 255] (paper "
              "transparent over the white page)",
              f"/Width {img.width} /Height {img.height} /ColorSpace /DeviceGray "
              "/BitsPerComponent 8 /Filter /FlateDecode /Mask [235 255]",
              flate(img.tobytes()),
              image_facts(["FlateDecode"], "DeviceGray", 8, img.width, img.height,
                          mask="colour key 235-255"), prod=5)

    # Image drawn inside a Form XObject
    p = Page("safeguarding", "LV21C00999", "Kirkdale", "Prescott", "trumpet", "Liberation Serif",
             11)
    black, data, ent = g4_image(p, 205)
    w_pt, h_pt = p.size_pt
    d = Doc(prod=0)
    im = d.image(ent, data)
    fm = d.pdf.stream(f"/Type /XObject /Subtype /Form /BBox [0 0 {fmt(w_pt)} {fmt(h_pt)}] "
                      f"/Resources << /XObject << /Im7 {im} 0 R >> >>",
                      draw_image("Im7", w_pt, h_pt))
    d.page(w_pt, h_pt, b"q /Fm0 Do Q\n", {"Fm0": fm})
    n = file_name(p.case, "safeguarding")
    stored(n, d.finish(n), "CCITT G4 image drawn inside a Form XObject (page content: /Fm0 Do)",
           p, [page_facts([g4_facts(black) | {"in_form": True}])])

    # Several image strips (one JPEG per band of rows)
    p = Page("letter", "CF22P00789", "Rumney", "Gethin", "Pontprennau", "FreeSerif", 11,
             h_in=3.6)
    img = p.grey(Scan(206, skew=0.4, blur=0.7, noise=2, specks=10))
    w, h = img.size
    w_pt, h_pt = p.size_pt
    d = Doc(prod=1)
    xobj = {}
    content = b""
    strips = 5
    bounds = [round(h * i / strips) for i in range(strips + 1)]
    facts = []
    for i in range(strips):
        y0, y1 = bounds[i], bounds[i + 1]
        part = img.crop((0, y0, w, y1))
        xobj[f"Im{i}"] = d.image(f"/Width {w} /Height {y1 - y0} /ColorSpace /DeviceGray "
                                 "/BitsPerComponent 8 /Filter /DCTDecode", jpeg(part, 70))
        sh = (y1 - y0) * 72.0 / p.layout.dpi
        content += draw_image(f"Im{i}", w_pt, sh, 0, h_pt - y1 * 72.0 / p.layout.dpi)
        facts.append(jpeg_facts(part) | {"strip": i + 1})
    d.page(w_pt, h_pt, content, xobj)
    n = file_name(p.case, "letter")
    stored(n, d.finish(n), f"page made of {strips} JPEG strips stacked with their own cm "
           "(as some scanners write)", p, [page_facts(facts)])

    # Non-trivial cm: image scaled, offset, not filling an A5 page
    p = Page("screening", "MK23C00456", "Newport", "Pagnell", "tadpole", "DejaVu Sans", 10,
             h_in=3.4)
    img, data, ent = jpeg_grey(p, 207)
    d = Doc(prod=2)
    im = d.image(ent, data)
    w_pt, h_pt = p.size_pt
    s = 0.82
    d.page(419.53, 595.28, draw_image("Im0", w_pt * s, h_pt * s, 34, 318), {"Im0": im})
    n = file_name(p.case, "screening")
    stored(n, d.finish(n), "JPEG drawn with a non-trivial cm: scaled to 82%, offset (34, 318), "
           "on an A5 page it does not fill (image effectively 366 ppi)", p,
           [page_facts([jpeg_facts(img) | {"cm": f"{fmt(w_pt * s)} 0 0 {fmt(h_pt * s)} 34 318"}])])

    # MRC ("compact PDF"): colour JPEG background at 100 dpi + G4 text mask at 300 dpi
    p = Page("order", "LV21C00999", "Walton", "Greenhalgh", "Everton", "Nimbus Roman", 11,
             variant=0)
    colour = p.rgb(Scan(208, skew=0.3, blur=0.7), ink=(15, 15, 25), paper=(250, 246, 236),
                   stamp="SEALED\n11 MAR 2025", stamp_at="bottom")
    black = bilevel(colour.convert("L"), 1208, threshold=110, jitter=10)
    bg = np.asarray(colour).copy()
    bg[black] = (250, 246, 236)
    bg_img = Image.fromarray(bg).resize((colour.width // 3, colour.height // 3), Image.BILINEAR)
    d = Doc(prod=3)
    h, w = black.shape
    bgo = d.image(f"/Width {bg_img.width} /Height {bg_img.height} /ColorSpace /DeviceRGB "
                  "/BitsPerComponent 8 /Filter /DCTDecode", jpeg(bg_img, 50))
    mdata = fax(black, "g4")
    fg = d.image(f"/Width {w} /Height {h} /ImageMask true /BitsPerComponent 1 "
                 f"/Filter /CCITTFaxDecode /DecodeParms << /K -1 /Columns {w} /Rows {h} >>",
                 mdata)
    w_pt, h_pt = p.size_pt
    content = draw_image("Bg", w_pt, h_pt) + b"0.06 0.06 0.1 rg\n" + draw_image("Fg", w_pt, h_pt)
    d.page(w_pt, h_pt, content, {"Bg": bgo, "Fg": fg})
    n = file_name(p.case, "order")
    stored(n, d.finish(n), "MRC / compact scan: RGB JPEG background at 100 dpi under a CCITT G4 "
           "/ImageMask text layer at 300 dpi painted in near-black", p,
           [page_facts([image_facts(["DCTDecode"], "DeviceRGB", 8, bg_img.width,
                                    bg_img.height, role="background"),
                        image_facts(["CCITTFaxDecode"], "ImageMask", 1, w, h, k=-1,
                                    black_is_1=False, role="text mask")])])

    # DCT inside Flate
    p = Page("contact", "CF22P00789", "Roath", "Bevan", "Cyncoed", "DejaVu Sans Condensed", 10.5,
             h_in=2.9)
    img, data, ent = jpeg_grey(p, 209, quality=65)
    n = file_name(p.case, "contact")
    one_image(p, n, "[/FlateDecode /DCTDecode]: a JPEG deflated again",
              ent.replace("/Filter /DCTDecode", "/Filter [/FlateDecode /DCTDecode]"),
              flate(data), image_facts(["FlateDecode", "DCTDecode"], "DeviceGray", 8,
                                       img.width, img.height), prod=4)

    # Flate image with more data than Width x Height (trailing bytes), as in issue 10
    p = Page("police", "NW24C00333", "Ordsall", "Birtwistle", "trolley", "Liberation Sans",
             10.5, dpi=200, variant=1)
    img = p.grey(Scan(210, skew=-0.3, blur=0.6, clean_above=210))
    extra = bytes(range(256)) * 2 + bytes(170)
    n = file_name(p.case, "police")
    one_image(p, n, "DeviceGray 8 bpc Flate image whose stream decodes to 682 bytes more than "
              "Width x Height (viewers ignore the excess)",
              f"/Width {img.width} /Height {img.height} /ColorSpace /DeviceGray "
              "/BitsPerComponent 8 /Filter /FlateDecode", flate(img.tobytes() + extra),
              image_facts(["FlateDecode"], "DeviceGray", 8, img.width, img.height,
                          extra_bytes=len(extra)), prod=5)

    # Flate image with fewer rows of data than Height (the scan's last rows missing)
    p = Page("application", "BM25P00012", "Sparkhill", "Chaudhry", "Balsall", "Nimbus Roman", 11,
             dpi=200, h_in=3.6)
    img = p.grey(Scan(211, skew=0.3, blur=0.6, clean_above=210))
    keep = img.width * (img.height - 60)
    n = file_name(p.case, "application")
    one_image(p, n, "DeviceGray 8 bpc Flate image 60 rows short of its Height (blank margin "
              "lost; viewers paint what there is)",
              f"/Width {img.width} /Height {img.height} /ColorSpace /DeviceGray "
              "/BitsPerComponent 8 /Filter /FlateDecode", flate(img.tobytes()[:keep]),
              image_facts(["FlateDecode"], "DeviceGray", 8, img.width, img.height,
                          missing_rows=60), prod=0)


def build_pages():
    # /Rotate 90, content stored turned so the viewer shows it upright
    p = Page("letter", "MK23C00456", "Bradwell", "Whitmore", "recorder", "Liberation Serif", 11,
             h_in=3.6)
    black, _, _ = g4_image(p, 301)
    stored_black = np.rot90(black, 1)  # counter-clockwise; /Rotate 90 turns it back
    data, ent = g4_of(stored_black)
    w_pt, h_pt = p.size_pt
    d = Doc(prod=1)
    im = d.image(ent, data)
    d.page(h_pt, w_pt, draw_image("Im0", h_pt, w_pt), {"Im0": im}, extra=" /Rotate 90")
    n = file_name(p.case, "letter")
    stored(n, d.finish(n), "/Rotate 90 on a portrait-stored G4 image turned 90 deg "
           "counter-clockwise: what a viewer shows is upright", p,
           [page_facts([g4_facts(stored_black)], rotate=90, orientation=0)])

    # Sideways scan: /Rotate 0, text runs bottom to top (needs 90 deg clockwise)
    p = Page("statement", "BM25P00012", "Kingstanding", "Ashby", "badminton", "FreeSans", 11)
    img = p.grey(Scan(302, skew=0.5, blur=0.7, noise=2, specks=10))
    side = img.transpose(Image.ROTATE_90)
    w_pt, h_pt = p.size_pt
    n = file_name(p.case, "statement")
    pdf = image_pdf((f"/Width {side.width} /Height {side.height} /ColorSpace /DeviceGray "
                     "/BitsPerComponent 8 /Filter /DCTDecode", jpeg(side, 70)), h_pt, w_pt,
                    prod=2, name=n)
    stored(n, pdf, "page scanned sideways: /Rotate 0, JPEG content turned 90 deg counter-"
           "clockwise (orientation correction 90 deg clockwise)", p,
           [page_facts([jpeg_facts(side)], orientation=90)])

    # Upside down (180)
    p = Page("expert", "NW24C00333", "Hulme", "Greaves", "Ancoats", "C059", 10.5,
             h_in=3.4)
    black, _, _ = g4_image(p, 303)
    flipped = np.rot90(black, 2)
    data, ent = g4_of(flipped)
    w_pt, h_pt = p.size_pt
    n = file_name(p.case, "expert")
    pdf = image_pdf((ent, data), w_pt, h_pt, prod=3, name=n)
    stored(n, pdf, "page scanned upside down: /Rotate 0, G4 content turned 180 deg "
           "(orientation correction 180)", p,
           [page_facts([g4_facts(flipped)], orientation=180)])

    # 270: text runs top to bottom (needs 270 clockwise = 90 counter-clockwise)
    p = Page("screening", "CF22P00789", "Canton", "Prosser", "Pontcanna", "Nimbus Sans", 10.5)
    black, _, _ = g4_image(p, 304)
    side = np.rot90(black, -1)  # clockwise
    data, ent = g4_of(side)
    w_pt, h_pt = p.size_pt
    n = file_name(p.case, "screening")
    pdf = image_pdf((ent, data), h_pt, w_pt, prod=4, name=n)
    stored(n, pdf, "page scanned sideways the other way: /Rotate 0, G4 content turned 90 deg "
           "clockwise (orientation correction 270)", p,
           [page_facts([g4_facts(side)], orientation=270)])

    # Wrong /Rotate: upright content, but the page says /Rotate 90 (viewer shows it sideways)
    p = Page("contact", "LV21C00999", "Garston", "Rimmer", "Speke", "Liberation Mono", 10,
             h_in=3.0)
    img, data, ent = jpeg_grey(p, 305)
    w_pt, h_pt = p.size_pt
    n = file_name(p.case, "contact")
    pdf = image_pdf((ent, data), w_pt, h_pt, prod=5, name=n, extra_page=" /Rotate 90")
    stored(n, pdf, "upright JPEG content on a page with /Rotate 90: the viewer shows it "
           "sideways (orientation correction 270: /Rotate 90 becomes 0)", p,
           [page_facts([jpeg_facts(img)], rotate=90, orientation=270)])

    # MediaBox not at 0 0
    p = Page("order", "BM25P00012", "Selly", "Harborne", "Weoley", "P052", 10.5, variant=1)
    img, data, ent = jpeg_grey(p, 306)
    w_pt, h_pt = p.size_pt
    ox, oy = 200, -300
    d = Doc(prod=0)
    im = d.image(ent, data)
    d.page(w_pt, h_pt, draw_image("Im0", w_pt, h_pt, ox, oy), {"Im0": im},
           mediabox=f"[{ox} {oy} {fmt(ox + w_pt)} {fmt(oy + h_pt)}]")
    n = file_name(p.case, "order")
    stored(n, d.finish(n), f"MediaBox [{ox} {oy} ...] not at the origin; the image drawn "
           "there", p, [page_facts([jpeg_facts(img) | {"mediabox_origin": f"{ox} {oy}"}])])

    # CropBox smaller than MediaBox: the scan includes the lid's black border, cropped away
    p = Page("plan", "LS24P01234", "Armley", "Dewhirst", "Gotts", "DejaVu Serif", 10.5)
    g = p.grey(Scan(307, skew=0.4, blur=0.7))
    black = bilevel(g, 1307)
    h, w = black.shape
    pad = 90
    big = np.ones((h + 2 * pad, w + 2 * pad), bool)
    big[pad:-pad, pad:-pad] = black
    data, ent = g4_of(big)
    w_pt, h_pt = p.size_pt
    pp = pad * 72.0 / 300
    d = Doc(prod=1)
    im = d.image(ent, data)
    d.page(w_pt + 2 * pp, h_pt + 2 * pp, draw_image("Im0", w_pt + 2 * pp, h_pt + 2 * pp),
           {"Im0": im}, extra=f" /CropBox [{fmt(pp)} {fmt(pp)} {fmt(pp + w_pt)} "
                              f"{fmt(pp + h_pt)}]")
    n = file_name(p.case, "plan")
    stored(n, d.finish(n), "CropBox smaller than the MediaBox: the G4 scan's black lid border "
           "(0.3 in) lies outside the CropBox", p, [page_facts([g4_facts(big) | {"cropbox": True}])])

    # Resources, MediaBox and Rotate inherited from the Pages node, two pages
    p1 = Page("statement", "MK23C00456", "Wolverton", "Tilbury", "canal", "Liberation Serif",
              11, h_in=3.4)
    p2 = Page("statement", "MK23C00456", "Stony", "Stratford", "bandstand", "Liberation Serif",
              11, h_in=3.4, variant=1)
    b1, d1, e1 = g4_image(p1, 308)
    b2, d2, e2 = g4_image(p2, 309)
    w_pt, h_pt = p1.size_pt
    d = Doc(prod=2)
    i1 = d.image(e1, d1)
    i2 = d.image(e2, d2)
    d.pages_extra = (f" /MediaBox [0 0 {fmt(w_pt)} {fmt(h_pt)}] /Rotate 0 /Resources << "
                     f"/XObject << /Im1 {i1} 0 R /Im2 {i2} 0 R >> >>")
    d.page(0, 0, draw_image("Im1", w_pt, h_pt), mediabox="inherit", resources=False)
    d.page(0, 0, draw_image("Im2", w_pt, h_pt), mediabox="inherit", resources=False)
    n = file_name(p1.case, "statement")
    stored(n, d.finish(n), "two G4 pages that inherit /Resources, /MediaBox and /Rotate from "
           "the Pages node", p1, [page_facts([g4_facts(b1)]), page_facts([g4_facts(b2)])],
           words=[p1.case, "Tilbury", "Stratford", "bandstand"])

    # Landscape page (A5 landscape, wide table)
    p = Page("contact", "NW24C00333", "Chorlton", "Wolstenholme", "Levenshulme",
             "Liberation Sans", 11, w_in=8.27, h_in=3.2, dpi=200)
    img, data, ent = jpeg_grey(p, 310)
    n = file_name(p.case, "contact")
    w_pt, h_pt = p.size_pt
    pdf = image_pdf((ent, data), w_pt, h_pt, prod=3, name=n)
    stored(n, pdf, "landscape page (8.27 x 3.2 in, wider than high), JPEG 200 dpi", p,
           [page_facts([jpeg_facts(img)])])


# --------------------------------------------------------------------------------------------


def main():
    out = HERE
    only = set(sys.argv[1:])
    build_images()
    build_colour_spaces()
    build_structures()
    build_pages()
    for e in ENTRIES:
        if only and not any(o in e.name for o in only):
            continue
        (out / e.name).write_bytes(e.data)
    print(f"{len(ENTRIES)} files")


if __name__ == "__main__":
    main()
