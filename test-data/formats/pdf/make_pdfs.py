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

import random
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

import numpy as np
from PIL import Image

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # no __pycache__ in test-data

import jbig2  # noqa: E402
from documents import CASES, KINDS, blocks_for, plain_text  # noqa: E402
from pdfkit import (  # noqa: E402
    Layout, Pdf, Scan, a85, ahx, bilevel, degrade, draw_blocks, fax, file_id_for, flate,
    info_dict, jp2, jpeg, lzw_encode, pack_bits, pack_grey, pdf_string, png_predict,
    run_length, serialize_compact,
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
                 detail=(), case=None, folder=None, facts=None, lines=()):
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
        self.lines = list(lines)
        self.recipe = ""


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
        self.scans = []
        self.size = size_pt

    def grey(self, scan):
        self.scans.append(scan)
        return degrade(draw_blocks(self.layout, self.blocks), scan)

    def recipe(self):
        lay = self.layout
        scan = "; ".join(dict.fromkeys(s.describe() for s in self.scans)) or "none"
        return (f"{lay.family} {self.size} pt, {lay.w / lay.dpi:.2f} x {lay.h / lay.dpi:.2f} in "
                f"at {lay.dpi} dpi ({lay.w} x {lay.h} px); scan: {scan}")

    def rgb(self, scan, ink=(20, 24, 40), paper=(250, 247, 238), stamp=None, stamp_at="top"):
        self.scans.append(scan)
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
    e = Entry(name, data, "stored", encoding, pages=pages or len(facts_pages),
              words=words or page.words, case=page.case, folder=folder or KINDS[page.kind],
              facts=f)
    e.lines = list(page.lines)
    e.recipe = page.recipe()
    ENTRIES.append(e)


def quarantined(name, data, encoding, reason, detail, case=None, **facts):
    ENTRIES.append(Entry(name, data, "quarantined", encoding, reason=reason, detail=detail,
                         case=case, facts=dict(facts)))


def one_image(page, name, encoding, dict_entries, data, fcts, prod=0, **kw):
    w_pt, h_pt = page.size_pt
    pdf = image_pdf((dict_entries, data), w_pt, h_pt, prod=prod, name=name)
    stored(name, pdf, encoding, page, [page_facts([fcts])], **kw)




def build_images():
    # 1. JPEG grey
    p = Page("order", "LS24P01234", "Kirkstall", "Ashworth", "Bramley", "DejaVu Serif", 11)
    img = p.grey(Scan(101, skew=0.6, blur=0.7, noise=3, specks=20))
    n = file_name(p.case, "order")
    data = jpeg(img, 70)
    one_image(p, n, "DCTDecode, DeviceGray 8 bpc, 300 dpi; skew, blur, noise",
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

    # 11b. JBIG2 symbol dictionary in /JBIG2Globals shared by two pages' text regions
    case = "LS24P01234"
    pa = Page("application", case, "Hunslet", "Brearley", "Holbeck", "DejaVu Serif", 10.5)
    pb = custom_page(case, [("hl", "C100 APPLICATION (continued)"), ("b", f"Case number: {case}"),
                            ("p", "Safety: the applicant has no concerns about domestic abuse."),
                            ("p", "Urgency: none. Interpreter: not needed. Previous hearings at "
                                  "Leeds Combined Court: none.")],
                     [case, "Combined", "Interpreter"], "application", family="DejaVu Serif",
                     size_pt=10.5)
    blacks = [bilevel(pg.grey(Scan(1120 + i, skew=0.3 - 0.5 * i, blur=0.8)), 2120 + i)
              for i, pg in enumerate([pa, pb])]
    glob, streams, nsyms = jbig2.text_pages(blacks)
    d = Doc(prod=5)
    gl = d.pdf.stream("", glob)
    facts = []
    for black, data in zip(blacks, streams):
        h, w = black.shape
        im = d.image(f"/Width {w} /Height {h} /ColorSpace /DeviceGray /BitsPerComponent 1 "
                     f"/Filter /JBIG2Decode /DecodeParms << /JBIG2Globals {gl} 0 R >>", data)
        d.page(*pa.size_pt, draw_image("Im0", *pa.size_pt), {"Im0": im})
        facts.append(page_facts([image_facts(["JBIG2Decode"], "DeviceGray", 1, w, h,
                                             jbig2="text region over shared symbol dictionary")]))
    n = file_name(case, "application")
    e = Entry(n, d.finish(n), "stored", f"JBIG2Decode with /JBIG2Globals: one arithmetic-coded "
              f"symbol dictionary ({nsyms} symbols) shared by two pages, each page a text region "
              "of symbol instances (lossless; what jbig2enc -s writes)", pages=2,
              words=[case, "Hunslet", "Brearley", "Holbeck", "Interpreter"], case=case,
              folder="court-papers", lines=pa.lines + pb.lines,
              facts={"pages": facts, "jbig2_globals": True})
    e.recipe = pa.recipe()
    ENTRIES.append(e)

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
    n = file_name(p.case, "contact")
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
           "(0.3 in) lies outside the CropBox", p,
           [page_facts([g4_facts(big) | {"cropbox": True}])])

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
# Documents: born-digital, mixed, multi-page, stamped, rewritten by qpdf, updated, encrypted


def text_content(lines, w_pt, h_pt, size=10.5, font="F1", bold="F2", top=None, left=34,
                 heading_lines=1):
    """A born-digital page's content: lines of text in a standard font (WinAnsi)."""
    y = top if top is not None else h_pt - 40
    out = ["BT"]
    lead = size * 1.45
    out.append(f"{left} {fmt(y)} Td")
    for i, line in enumerate(lines):
        f = bold if i < heading_lines + 1 else font
        out.append(f"/{f} {fmt(size * (1.3 if i < heading_lines else 1))} Tf")
        out.append(f"{pdf_string(line)} Tj")
        out.append(f"0 {fmt(-lead * (1.3 if i < heading_lines else 1))} Td")
    out.append("ET")
    return ("\n".join(out) + "\n").encode("latin-1")


def std_font(pdf, base):
    return pdf.add(f"<< /Type /Font /Subtype /Type1 /BaseFont /{base} "
                   "/Encoding /WinAnsiEncoding >>")




def custom_page(case, blocks, words, kind, family="Liberation Serif", size_pt=11, w_in=5.83,
                h_in=3.4, dpi=300):
    p = Page(kind, case, "x", "x", "x", family, size_pt, w_in=w_in, h_in=h_in, dpi=dpi)
    p.blocks = blocks
    p.words = words
    p.lines = plain_text(blocks)
    return p


def qpdf(args, src_bytes):
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "in.pdf"
        dst = Path(td) / "out.pdf"
        src.write_bytes(src_bytes)
        r = subprocess.run(["qpdf", *args, str(src), str(dst)], capture_output=True)
        if r.returncode not in (0, 3):
            raise RuntimeError(r.stderr.decode())
        return dst.read_bytes()


def qpdf_encrypt(enc_args, src_bytes):
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "in.pdf"
        dst = Path(td) / "out.pdf"
        src.write_bytes(src_bytes)
        r = subprocess.run(["qpdf", "--static-id", "--static-aes-iv", "--allow-weak-crypto",
                            "--encrypt", *enc_args, "--", str(src), str(dst)],
                           capture_output=True)
        if r.returncode not in (0, 3):
            raise RuntimeError(r.stderr.decode())
        return dst.read_bytes()


def libreoffice_pdf(html):
    """HTML through LibreOffice Writer to PDF; the creation date, /ID and /DocChecksum it
    writes (the only bytes that change between runs) are replaced by fixed ones of the same
    length, so every offset stays right."""
    import re

    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "doc.html"
        src.write_text(html, encoding="utf-8")
        r = subprocess.run(["soffice", f"-env:UserInstallation=file://{td}/profile",
                            "--headless", "--infilter=HTML (StarWriter)", "--convert-to",
                            "pdf:writer_pdf_Export", "--outdir", td, str(src)],
                           capture_output=True, timeout=180)
        data = (Path(td) / "doc.pdf").read_bytes()
    data = re.sub(rb"D:\d{14}Z'?",
                  lambda m: b"D:20250318093000Z" + b"'" * m.group(0).endswith(b"'"), data)
    data = re.sub(rb"/ID\s*\[\s*<[0-9A-F]{32}>\s*<[0-9A-F]{32}>\s*\]",
                  lambda m: re.sub(rb"[0-9A-F]{32}", b"0" * 32, m.group(0)), data)
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, data)
    return data


def ghostscript_pdf(ps):
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "doc.ps"
        src.write_text(ps)
        subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
                        "-dOmitInfoDate", "-dOmitID", "-dOmitXMP", "-o", f"{td}/out.pdf",
                        str(src)], check=True, capture_output=True)
        return (Path(td) / "out.pdf").read_bytes()


def ps_string(s):
    return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def build_documents():
    # Born-digital: LibreOffice Writer from HTML (embedded subset TrueType fonts, ToUnicode)
    case = "BM25P00012"
    n = file_name(case, "statement")
    html = """<html><head><meta charset="utf-8"><title>Position statement</title></head>
<body style="font-family: 'Liberation Serif'; font-size: 12pt">
<h2 style="font-family: 'Liberation Sans'">POSITION STATEMENT</h2>
<p><b>Case number: BM25P00012</b></p>
<p>On behalf of the respondent, Mr Brown, for the hearing at Birmingham Civil and Family
Justice Centre on 2 April 2025.</p>
<p>1. Mr Brown asks to see Leo every Wednesday after school and alternate weekends at his
flat in Acocks Green.</p>
<p>2. He has completed the Parenting Together course run by the Yardbirds trust.</p>
<p>3. He accepts the arrangements for handovers at the Tyseley library.</p>
</body></html>"""
    data = libreoffice_pdf(html)
    ENTRIES.append(Entry(n, data, "stored", "born-digital: LibreOffice 7.4 Writer from HTML, PDF "
                         "1.6, embedded subset TrueType fonts (Liberation) with ToUnicode; no "
                         "images", pages=1, words=[case, "Acocks", "Yardbirds", "Tyseley"],
                         case=case, folder="court-papers",
                         lines=["POSITION STATEMENT", f"Case number: {case}",
                                "On behalf of the respondent"],
                         facts={"pages": [page_facts([], text_layer="usable")]}))
    ENTRIES[-1].recipe = ("HTML (Liberation Serif 12 pt, heading Liberation Sans) through "
                          "soffice --headless --infilter='HTML (StarWriter)' --convert-to "
                          "pdf:writer_pdf_Export; creation date, /ID and /DocChecksum "
                          "replaced by fixed bytes of the same length")

    # Born-digital: Ghostscript pdfwrite from PostScript (embedded Type 1C subsets)
    case = "LS24P01234"
    n = file_name(case, "letter", 1)
    lines = ["Cafcass, 7 Wellington Street, Leeds", "18 March 2025", "",
             "Case number: LS24P01234", "LETTER TO PARTIES", "",
             "Dear Mrs Hughes and Mr Patel",
             "I am writing to introduce myself as the family court adviser.",
             "I will visit Amelia and Noah at Beckett Park on 26 March 2025.",
             "Please tell me if the Otterburn Street address has changed.",
             "Yours sincerely", "Gwendolyn Rhodes, Family Court Adviser"]
    ps = ["%!PS", "<< /PageSize [420 298] >> setpagedevice"]
    y = 272
    for i, ln in enumerate(lines):
        fnt, sz = ("/NimbusSans-Bold", 11) if ln.isupper() or ln.startswith("Case") \
            else ("/C059-Roman", 10)
        if ln:
            ps.append(f"{fnt} findfont {sz} scalefont setfont 34 {y} moveto {ps_string(ln)} show")
        y -= 19
    ps.append("showpage")
    data = ghostscript_pdf("\n".join(ps) + "\n")
    ENTRIES.append(Entry(n, data, "stored", "born-digital: Ghostscript 10.0 pdfwrite from "
                         "PostScript, embedded Type 1C subset fonts (no ToUnicode, WinAnsi); "
                         "no images", pages=1,
                         words=[case, "Beckett", "Otterburn", "Rhodes"], case=case,
                         folder="correspondence", lines=lines,
                         facts={"pages": [page_facts([], text_layer="usable")]}))
    ENTRIES[-1].recipe = ("PostScript (NimbusSans-Bold 11 pt, C059-Roman 10 pt, page 420 x "
                          "298 pt) through gs -sDEVICE=pdfwrite -dOmitInfoDate -dOmitID "
                          "-dOmitXMP")

    # Mixed: text page, scanned page, text page (standard 14 fonts)
    case = "NW24C00333"
    p_scan = Page("screening", case, "Pendleton", "Crompton", "Irlam", "Liberation Serif", 11,
                  w_in=5.83, h_in=3.4, variant=0)
    img, jdata, ent = jpeg_grey(p_scan, 401)
    w_pt, h_pt = 419.53, 595.28
    d = Doc(prod=2)
    f1 = std_font(d.pdf, "Helvetica")
    f2 = std_font(d.pdf, "Helvetica-Bold")
    f3 = std_font(d.pdf, "Times-Roman")
    f4 = std_font(d.pdf, "Times-Bold")
    page1 = ["LOCAL AUTHORITY SCREENING RESPONSE", f"Case number: {case}",
             "Salford City Council, Children's Services", "Request received 3 March 2025.",
             "Children's social care checks for Ava and Mia Taylor and their parents.",
             "The scanned record from the Swinton duty team follows on page 2.",
             "Checked by: Imogen Lathom, duty manager"]
    page3 = ["SUMMARY OF CHECKS", f"Case number: {case}",
             "No current child protection plan. One closed referral (2023).",
             "Health visitor: no concerns; nursery at Clifton reports good attendance.",
             "Police: one callout, no further action.", "Recommendation: no further enquiries."]
    d.page(w_pt, h_pt, text_content(page1, w_pt, h_pt, font="F1", bold="F2"),
           fonts={"F1": f1, "F2": f2})
    im = d.image(ent, jdata)
    d.page(w_pt, h_pt, draw_image("Im0", w_pt, w_pt * img.height / img.width, 0,
                                  h_pt - w_pt * img.height / img.width), {"Im0": im})
    d.page(w_pt, h_pt, text_content(page3, w_pt, h_pt, font="F3", bold="F4"),
           fonts={"F3": f3, "F4": f4})
    n = file_name(case, "screening")
    ENTRIES.append(Entry(n, d.finish(n), "stored", "mixed: page 1 born-digital (Helvetica), page "
                         "2 a scanned JPEG page, page 3 born-digital (Times); standard 14 fonts, "
                         "not embedded", pages=3,
                         words=[case, "Lathom", "Pendleton", "Crompton", "Clifton"], case=case,
                         folder="risk-and-safety", lines=page1 + p_scan.lines + page3,
                         facts={"pages": [page_facts([], text_layer="usable"),
                                          page_facts([jpeg_facts(img)]),
                                          page_facts([], text_layer="usable")]}))
    ENTRIES[-1].recipe = ("text pages: hand-written content streams (BT/Tf/Td/Tj); page 2: "
                          + p_scan.recipe())

    # Scan with a tiny scanner text stamp on each page (still a scan)
    case = "CF22P00789"
    pa = Page("order", case, "Whitchurch", "Llewellyn", "Heath", "Liberation Serif", 11,
              variant=1)
    pb = custom_page(case, [("p", "4. The parties shall file statements by 31 March 2025."),
                            ("p", "5. The adviser, Bronwen Ifans, shall see Cerys at school "
                                  "in Llanishen."),
                            ("p", "6. Costs reserved."), ("sp",),
                            ("b", f"Case number: {case}"),
                            ("p", "District Judge Llewellyn, 11 March 2025")],
                     [case, "Ifans", "Llanishen"], "order")
    d = Doc(prod=0)
    fst = std_font(d.pdf, "Helvetica")
    facts = []
    for i, pg in enumerate([pa, pb]):
        img, jd, ent = jpeg_grey(pg, 402 + i)
        im = d.image(ent, jd)
        w_pt, h_pt = pg.size_pt
        stamp = (f"BT /F1 5 Tf 8 4 Td (Scanned 18/03/2025 09:3{i} MFP-2F Cardiff  page {i + 1}/2)"
                 " Tj ET\n").encode()
        d.page(w_pt, h_pt, draw_image("Im0", w_pt, h_pt) + stamp, {"Im0": im}, fonts={"F1": fst})
        facts.append(page_facts([jpeg_facts(img)], text_layer="stamp"))
    n = file_name(case, "order")
    ENTRIES.append(Entry(n, d.finish(n), "stored", "2-page JPEG scan with a scanner's 5 pt "
                         "Helvetica date line drawn as text on each page (a text layer that is "
                         "not the page's text: still a scan)", pages=2,
                         words=pa.words + ["Ifans", "Llanishen"], case=case,
                         folder="court-orders", lines=pa.lines + pb.lines, facts={"pages": facts}))
    ENTRIES[-1].recipe = pa.recipe()

    # Multi-page bilevel scan: 4 pages, page 2 the blank back of page 1 (duplex)
    case = "MK23C00456"
    p1 = Page("expert", case, "Bletchley", "Okonjo", "Tattenhoe", "Liberation Serif", 11)
    p3 = custom_page(case, [("hl", "EXPERT REPORT (continued)"), ("b", f"Case number: {case}"),
                            ("p", "Observations: Rhys played with Lego and talked about his "
                                  "Westcroft school friends."),
                            ("p", "He asked whether the Furzton lake walks would continue.")],
                     [case, "Westcroft", "Furzton"], "expert")
    p4 = custom_page(case, [("hl", "EXPERT REPORT (conclusion)"), ("b", f"Case number: {case}"),
                            ("p", "Recommendation: stay with the current carers, with monthly "
                                  "time with his mother at Emerson Valley."),
                            ("p", "Dr Okonjo, chartered psychologist")],
                     [case, "Emerson", "Okonjo"], "expert")
    d = Doc(prod=1)
    facts = []
    w_pt, h_pt = p1.size_pt
    for i, pg in enumerate([p1, None, p3, p4]):
        if pg is None:
            white = Image.new("L", (p1.layout.w, p1.layout.h), 255)
            white = degrade(white, Scan(404, specks=25))
            black = bilevel(white, 1404, salt=0, pepper=0.00005)
        else:
            black, _, _ = g4_image(pg, 405 + i)
        data, ent = g4_of(black)
        im = d.image(ent, data)
        d.page(w_pt, h_pt, draw_image("Im0", w_pt, h_pt), {"Im0": im})
        facts.append(page_facts([g4_facts(black)] , text_layer="none") |
                     ({"blank": True} if pg is None else {}))
    n = file_name(case, "expert")
    ENTRIES.append(Entry(n, d.finish(n), "stored", "4-page CCITT G4 scan at 300 dpi; page 2 is "
                         "the blank back of page 1 (a few specks)", pages=4,
                         words=[case, "Tattenhoe", "Westcroft", "Furzton", "Emerson"],
                         case=case, folder="experts-and-agency",
                         lines=p1.lines + p3.lines + p4.lines, facts={"pages": facts}))
    ENTRIES[-1].recipe = p1.recipe() + "; blank back: white page, 25 specks, thresholded"

    # PDF 1.5 with object streams and a cross-reference stream (qpdf)
    p = Page("safeguarding", "LS24P01234", "Harehills", "Ackroyd", "cello", "Nimbus Roman", 11)
    black, data, ent = g4_image(p, 410)
    n = file_name(p.case, "safeguarding")
    base = image_pdf((ent, data), *p.size_pt, prod=3, name=n)
    out = qpdf(["--object-streams=generate", "--deterministic-id"], base)
    stored(n, out, "PDF 1.5 rewritten by qpdf 11 with object streams and a cross-reference "
           "stream (no classic xref table); CCITT G4 page", p,
           [page_facts([g4_facts(black)])], xref="stream", object_streams=True)
    ENTRIES[-1].recipe += "; then qpdf --object-streams=generate --deterministic-id"

    # Linearised (qpdf --linearize), 2 pages
    case = "LV21C00999"
    pa = Page("expert", case, "Aintree", "Ravenscroft", "Maghull", "DejaVu Sans", 10.5)
    pb = custom_page(case, [("hl", "EXPERT REPORT (page 2)"), ("b", f"Case number: {case}"),
                            ("p", "Elin described weekends at Formby with her grandmother."),
                            ("p", "Tomos wants to keep his place in the Litherland choir.")],
                     [case, "Formby", "Litherland"], "expert", family="DejaVu Sans",
                     size_pt=10.5)
    d = Doc(prod=4)
    facts = []
    for i, pg in enumerate([pa, pb]):
        img, jd, ent = jpeg_grey(pg, 411 + i)
        im = d.image(ent, jd)
        d.page(*pg.size_pt, draw_image("Im0", *pg.size_pt), {"Im0": im})
        facts.append(page_facts([jpeg_facts(img)]))
    n = file_name(case, "expert")
    out = qpdf(["--linearize", "--deterministic-id"], d.finish(n))
    ENTRIES.append(Entry(n, out, "stored", "linearised (qpdf --linearize): hint stream, first-"
                         "page xref section, 2 JPEG pages", pages=2,
                         words=[case, "Aintree", "Ravenscroft", "Formby", "Litherland"],
                         case=case, folder="experts-and-agency", lines=pa.lines + pb.lines,
                         facts={"pages": facts, "linearized": True}))
    ENTRIES[-1].recipe = pa.recipe() + "; then qpdf --linearize --deterministic-id"

    # Incremental update: a second page appended after the first %%EOF
    case = "BM25P00012"
    pa = Page("plan", case, "Harborne", "Whitlock", "Quinton", "Liberation Sans", 10.5)
    pb = custom_page(case, [("hl", "CASE PLAN (added 19 March)"), ("b", f"Case number: {case}"),
                            ("p", "Update: Leo started at Lordswood nursery on 17 March."),
                            ("p", "Next visit booked with the Bartley family on 2 April.")],
                     [case, "Lordswood", "Bartley"], "plan", family="Liberation Sans",
                     size_pt=10.5)
    n = file_name(case, "plan")
    ENTRIES.append(incremental(n, pa, pb))

    # Encrypted, empty user password (AES-128): viewers open it without asking
    p = Page("police", "CF22P00789", "Grangetown", "Pugh", "moped", "Liberation Sans", 10.5)
    img, jd, ent = jpeg_grey(p, 420)
    n = file_name(p.case, "police", 1)
    base = image_pdf((ent, jd), *p.size_pt, prod=5, name=n)
    out = qpdf_encrypt(["", "cafcass-owner", "128", "--use-aes=y"], base)
    quarantined(n, out, "encrypted: AES-128 (V 4, R 4) with an empty user password and an owner "
                "password (opens in a viewer without a prompt)", "unsupported", ["password"],
                case=p.case, pages=[page_facts([jpeg_facts(img)])],
                encrypted="AES-128, empty user password")

    # Encrypted, a user password needed (RC4 128-bit)
    p = Page("letter", "MK23C00456", "Loughton", "Sinclair", "lantern", "FreeSerif", 11)
    img, jd, ent = jpeg_grey(p, 421)
    n = file_name(p.case, "letter", 1)
    base = image_pdf((ent, jd), *p.size_pt, prod=0, name=n)
    out = qpdf_encrypt(["casevault-2025", "cafcass-owner", "128", "--use-aes=n"], base)
    quarantined(n, out, "encrypted: RC4 128-bit (V 2, R 3) that needs the user password "
                "'casevault-2025' to open", "unsupported", ["password"], case=p.case,
                pages=[page_facts([jpeg_facts(img)])], encrypted="RC4-128, user password")


def incremental(n, pa, pb):
    import re

    d = Doc(prod=1)
    facts = []
    ba, da, ea = g4_image(pa, 430)
    ima = d.image(ea, da)
    w_pt, h_pt = pa.size_pt
    d.page(w_pt, h_pt, draw_image("Im0", w_pt, h_pt), {"Im0": ima})
    base = d.finish(n)
    prev = int(re.search(rb"startxref\n(\d+)", base).group(1))
    pdf = d.pdf
    bb, db, eb = g4_image(pb, 431)
    upd = bytearray(base)
    start = pdf.n + 1
    objs = {}
    im = start
    objs[im] = (f"<< /Type /XObject /Subtype /Image {eb} /Length {len(db)} >>\nstream\n"
                ).encode() + db + b"\nendstream"
    ct = start + 1
    c = draw_image("Im0", w_pt, h_pt)
    objs[ct] = f"<< /Length {len(c)} >>\nstream\n".encode() + c + b"\nendstream"
    pg = start + 2
    objs[pg] = (f"<< /Type /Page /Parent {d.pages} 0 R /MediaBox [0 0 {fmt(w_pt)} {fmt(h_pt)}] "
                f"/Resources << /XObject << /Im0 {im} 0 R >> >> /Contents {ct} 0 R >>").encode()
    objs[d.pages] = (f"<< /Type /Pages /Kids [{d.kids[0]} 0 R {pg} 0 R] /Count 2 >>").encode()
    info = max(pdf.objs)
    objs[info] = info_dict(producer(1), title="Case plan, updated").replace(
        "D:20250318093000Z) >>", "D:20250319101500Z) >>").encode()
    offsets = {}
    for num in sorted(objs):
        offsets[num] = len(upd)
        upd += f"{num} 0 obj\n".encode() + objs[num] + b"\nendobj\n"
    xref_at = len(upd)
    upd += b"xref\n0 1\n0000000000 65535 f \n"
    for num in sorted(objs):
        upd += f"{num} 1\n{offsets[num]:010d} 00000 n \n".encode()
    fid = file_id_for(n)
    upd += (f"trailer\n<< /Size {pg + 1} /Root {d.catalog} 0 R /Info {info} 0 R /Prev {prev} "
            f"/ID [<{fid}> <{fid[::-1]}>] >>\nstartxref\n{xref_at}\n%%EOF\n").encode()
    e = Entry(n, bytes(upd), "stored", "incremental update: a second page (and a new Pages "
                 "node and Info) appended after the first %%EOF, with a second xref section "
                 "and /Prev; a reader that stops at the first xref sees 1 page", pages=2,
                 words=pa.words[:2] + ["Lordswood", "Bartley"], case=pa.case,
                 folder="case-plan", lines=pa.lines + pb.lines,
                 facts={"pages": [page_facts([g4_facts(ba)]), page_facts([g4_facts(bb)])],
                        "incremental_updates": 1})
    e.recipe = pa.recipe() + "; second page " + pb.recipe()
    return e


# --------------------------------------------------------------------------------------------
# Damaged files that viewers open, and indirect integers that strict parsers reject


def g4_doc(p, seed, prod=0, indirect=None, content_length=None, lengths_indirect=False):
    """A one-page G4 scan as a Doc, with optional indirect integers:
    indirect: set of keys among Count, Columns, Rows, K, BitsPerComponent, Width, Height."""
    indirect = indirect or set()
    black, data, _ = g4_image(p, seed)
    h, w = black.shape
    d = Doc(prod=prod)
    pdf = d.pdf
    refs = {}
    for key, val in (("Width", w), ("Height", h), ("BitsPerComponent", 1), ("Columns", w),
                     ("Rows", h), ("K", -1)):
        refs[key] = f"{pdf.add(str(val))} 0 R" if key in indirect else str(val)
    ent = (f"/Width {refs['Width']} /Height {refs['Height']} /ColorSpace /DeviceGray "
           f"/BitsPerComponent {refs['BitsPerComponent']} /Filter /CCITTFaxDecode /DecodeParms "
           f"<< /K {refs['K']} /Columns {refs['Columns']} /Rows {refs['Rows']} >>")
    w_pt, h_pt = p.size_pt
    content = draw_image("Im0", w_pt, h_pt)
    if lengths_indirect:
        im = pdf.reserve()
        ln = pdf.reserve()
        pdf.stream(f"/Type /XObject /Subtype /Image {ent}", data, num=im, length=f"{ln} 0 R")
        pdf.set(ln, str(len(data)))
        ctn = pdf.reserve()
        cln = pdf.reserve()
        pdf.stream("", content, num=ctn, length=f"{cln} 0 R")
        pdf.set(cln, str(len(content)))
        body = (f"<< /Type /Page /Parent {d.pages} 0 R /MediaBox [0 0 {fmt(w_pt)} {fmt(h_pt)}] "
                f"/Resources << /XObject << /Im0 {im} 0 R >> >> /Contents {ctn} 0 R >>")
        d.kids.append(pdf.add(body))
    else:
        im = d.image(ent, data)
        if content_length is not None:
            ct = pdf.stream("", content, length=content_length(len(content)))
            d.kids.append(pdf.add(f"<< /Type /Page /Parent {d.pages} 0 R /MediaBox [0 0 "
                                  f"{fmt(w_pt)} {fmt(h_pt)}] /Resources << /XObject << /Im0 "
                                  f"{im} 0 R >> >> /Contents {ct} 0 R >>"))
        else:
            d.page(w_pt, h_pt, content, {"Im0": im})
    if "Count" in indirect:
        cnt = pdf.add("1")
        d.count_ref = cnt
    return d, black


def finish_with(d, name, count_ref=None, **ser):
    pdf = d.pdf
    pdf.set(d.catalog, f"<< /Type /Catalog /Pages {d.pages} 0 R >>")
    kids = " ".join(f"{k} 0 R" for k in d.kids)
    count = f"{count_ref} 0 R" if count_ref else str(len(d.kids))
    pdf.set(d.pages, f"<< /Type /Pages /Kids [{kids}] /Count {count} >>")
    info = pdf.add(info_dict(producer(d.prod)))
    return pdf.serialize(d.catalog, info, file_id_for(name), **ser)


def damaged(name, data, encoding, p, black, **facts):
    stored(name, data, encoding, p, [page_facts([g4_facts(black)])], intact=False, **facts)


def build_damaged():
    # xref offsets off by 7 bytes
    p = Page("order", "LS24P01234", "Beeston", "Illingworth", "Cottingley", "C059", 10.5,
             variant=1)
    d, black = g4_doc(p, 501, prod=1)
    n = file_name(p.case, "order")
    damaged(n, finish_with(d, n, xref_shift=7), "damaged: every xref offset 7 bytes too large "
            "(viewers rebuild the table)", p, black, damage="xref offsets +7")

    # no xref table, no trailer (file ends after the last object)
    p = Page("statement", "LV21C00999", "Bootle", "Merriman", "Seaforth", "Liberation Serif",
             11)
    d, black = g4_doc(p, 502, prod=2)
    n = file_name(p.case, "statement", 1)
    damaged(n, finish_with(d, n, truncate_after_objects=True), "damaged: cut after the last "
            "object: no xref table, no trailer, no startxref (viewers reconstruct)", p, black,
            damage="no xref, no trailer")

    # xref table gone, trailer kept: startxref points at "trailer"
    p = Page("contact", "LS24P01234", "Burley", "Sugden", "Kirkstall", "Nimbus Roman", 11)
    d, black = g4_doc(p, 506, prod=0)
    n = file_name(p.case, "contact", 1)
    full = finish_with(d, n)
    x = full.rindex(b"xref\n")
    t = full.rindex(b"trailer\n")
    cut = full[:x] + full[t:]
    cut = cut[: cut.rindex(b"startxref\n")] + f"startxref\n{x}\n%%EOF\n".encode()
    damaged(n, cut, "damaged: the xref table is missing; the trailer is there and startxref "
            "points at it (viewers rebuild the table)", p, black, damage="no xref table")

    # content stream /Length wrong (40 bytes too long)
    p = Page("application", "MK23C00456", "Kingsmead", "Ferriby", "Loughton", "FreeSerif", 11)
    d, black = g4_doc(p, 503, prod=3, content_length=lambda n: n + 40)
    n = file_name(p.case, "application", 1)
    damaged(n, finish_with(d, n), "damaged: the content stream's /Length is 40 bytes too long "
            "(runs past endstream)", p, black, damage="content /Length + 40")

    # every stream /Length an indirect reference (valid PDF; Ghostscript and pdfTeX write it)
    p = Page("bundle", "NW24C00333", "Pendlebury", "Entwistle", "Clifton", "Liberation Sans",
             10.5)
    d, black = g4_doc(p, 504, prod=4, lengths_indirect=True)
    n = file_name(p.case, "bundle")
    stored(n, finish_with(d, n), "valid: every stream's /Length is an indirect reference to an "
           "integer object after the stream", p, [page_facts([g4_facts(black)])],
           lengths="indirect")

    # garbage before %PDF- (offsets count from %PDF-, as when a header is prepended)
    p = Page("police", "LV21C00999", "Kensington", "Aldridge", "skateboard", "DejaVu Sans", 10,
             variant=0)
    d, black = g4_doc(p, 505, prod=5)
    n = file_name(p.case, "police")
    prefix = (b"HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\nContent-Disposition: "
              b"attachment; filename=\"scan0042.pdf\"\r\nX-Gateway: scan-relay 2.3\r\n\r\n")
    damaged(n, finish_with(d, n, prefix=prefix), f"damaged: {len(prefix)} bytes of an HTTP "
            "response header before %PDF- (xref offsets count from %PDF-)", p, black,
            damage=f"{len(prefix)} bytes before %PDF-")

    # indirect integers where lopdf 0.47 wants direct ones
    variants = [
        ("Count", "safeguarding", "CF22P00789", "Ely", "Rhydderch", "harp", "Liberation Serif",
         "/Count of the Pages node"),
        ("Columns", "contact", "BM25P00012", "Acocks", "Digbeth", "Bordesley", "Liberation Mono",
         "/Columns in the image's /DecodeParms"),
        ("K", "screening", "LS24P01234", "Seacroft", "Lumb", "ukulele", "Nimbus Sans",
         "/K in the image's /DecodeParms"),
        ("BitsPerComponent", "plan", "LV21C00999", "Everton", "Quiggin", "Netherton",
         "P052", "/BitsPerComponent of the image"),
        ("Width", "expert", "NW24C00333", "Irlams", "Hollinworth", "Monton", "FreeSans",
         "/Width and /Height of the image"),
    ]
    # /Predictor and /Columns of a Flate image as indirect references
    p = Page("letter", "CF22P00789", "Splott", "Meredith", "Tremorfa", "Liberation Serif", 11,
             dpi=200)
    img = p.grey(Scan(520, skew=0.3, blur=0.6, clean_above=210))
    data = flate(png_predict(np.asarray(img), 1))
    d = Doc(prod=1)
    prn = d.pdf.add("15")
    con = d.pdf.add(str(img.width))
    im = d.image(f"/Width {img.width} /Height {img.height} /ColorSpace /DeviceGray "
                 "/BitsPerComponent 8 /Filter /FlateDecode /DecodeParms << /Predictor "
                 f"{prn} 0 R /Colors 1 /BitsPerComponent 8 /Columns {con} 0 R >>", data)
    d.page(*p.size_pt, draw_image("Im0", *p.size_pt), {"Im0": im})
    n = file_name(p.case, "letter", 1)
    stored(n, d.finish(n), "valid but unusual: /Predictor 15 and /Columns of a Flate image's "
           "/DecodeParms given as indirect references (a reader that only takes direct "
           "integers undoes no predictor and gets garbage)", p,
           [page_facts([image_facts(["FlateDecode"], "DeviceGray", 8, img.width, img.height,
                                    predictor=15)])], indirect_integer="Predictor, Columns")

    for i, (key, kind, case, place, name, thing, fam, what) in enumerate(variants):
        p = Page(kind, case, place, name, thing, fam, 10.5)
        keys = {key} | ({"Height"} if key == "Width" else set())
        d, black = g4_doc(p, 510 + i, prod=i, indirect=keys)
        n = file_name(case, kind)
        stored(n, finish_with(d, n, count_ref=getattr(d, "count_ref", None)),
               f"valid but unusual: {what} given as an indirect reference to an integer object",
               p, [page_facts([g4_facts(black)])], indirect_integer=key)


# --------------------------------------------------------------------------------------------
# Bad: files no viewer opens, and hostile ones


def build_bad():
    rnd = random.Random(901)
    case = "LS24P01234"

    def bad_name(kind):
        """A conventional name still free, for the first case that has one."""
        nonlocal case
        for c in CASES:
            try:
                n = file_name(c, kind)
                case = c
                return n
            except ValueError:
                continue
        raise ValueError(kind)

    quarantined("empty.pdf", b"", "bad: an empty file (0 bytes)", "empty", [],
                viewers_open=False)
    quarantined("random.pdf", rnd.randbytes(4096), "bad: 4096 random bytes named .pdf",
                "corrupt", [], viewers_open=False)
    quarantined("header-then-garbage.pdf", b"%PDF-1.7\n" + rnd.randbytes(3000),
                "bad: %PDF-1.7 then 3000 random bytes", "corrupt", [], viewers_open=False)

    # zero pages
    pdf = Pdf("1.4")
    cat, pages = pdf.reserve(), pdf.reserve()
    pdf.set(cat, f"<< /Type /Catalog /Pages {pages} 0 R >>")
    pdf.set(pages, "<< /Type /Pages /Kids [] /Count 0 >>")
    info = pdf.add(info_dict(producer(0)))
    n = bad_name("order")
    quarantined(n, pdf.serialize(cat, info, file_id_for(n)), "bad: a well-formed PDF with zero "
                "pages (/Kids [] /Count 0)", "empty", ["page"], case=case, viewers_open=False)

    # truncated: cut in the middle of the first page's image; no page object, no catalog
    n = bad_name("letter")
    p = Page("letter", case, "Moortown", "Fawcett", "Alwoodley", "Liberation Serif", 11)
    img, jd, ent = jpeg_grey(p, 902)
    full = image_pdf((ent, jd), *p.size_pt, prod=1, name="truncated")
    cut = len(full) * 2 // 5
    quarantined(n, full[:cut], f"bad: the first {cut} of {len(full)} bytes of a one-page JPEG "
                "scan: cut inside the image stream, before any page object or catalog",
                "corrupt", [], case=case, viewers_open=False)

    # an image claiming 100000 x 100000 pixels (10 GB of grey) with 1 KB of data
    d = Doc(prod=2)
    im = d.image("/Width 100000 /Height 100000 /ColorSpace /DeviceGray /BitsPerComponent 8 "
                 "/Filter /FlateDecode", flate(bytes(1 << 20)))
    d.page(419.53, 297.64, draw_image("Im0", 419.53, 297.64), {"Im0": im})
    n = bad_name("statement")
    quarantined(n, d.finish(n), "hostile: one page whose image claims 100000 x 100000 8-bit "
                "grey pixels (10 GB) over 1 MB of zeros deflated to 1 KB; must be refused from "
                "its dictionary, without allocating", "too-large", ["100000"], case=case,
                pages=[page_facts([image_facts(["FlateDecode"], "DeviceGray", 8, 100000,
                                               100000)])])

    # Pages tree loop: the root's kid is a Pages node whose kid is the root
    pdf = Pdf("1.4")
    cat, root, inner = pdf.reserve(), pdf.reserve(), pdf.reserve()
    pdf.set(cat, f"<< /Type /Catalog /Pages {root} 0 R >>")
    pdf.set(root, f"<< /Type /Pages /Kids [{inner} 0 R] /Count 1 >>")
    pdf.set(inner, f"<< /Type /Pages /Parent {root} 0 R /Kids [{root} 0 R {inner} 0 R] "
                   "/Count 1 >>")
    info = pdf.add(info_dict(producer(3)))
    n = bad_name("safeguarding")
    quarantined(n, pdf.serialize(cat, info, file_id_for(n)), "hostile: a Pages tree that loops "
                "(root -> inner -> root, inner -> itself) and holds no page", "corrupt",
                ["page"], case=case, viewers_open=False)

    # Deeply nested Pages tree: 100000 levels, one page at the bottom
    depth = 10000
    n = bad_name("bundle")
    pdf = Pdf("1.5")
    cat = pdf.reserve()
    nodes = [pdf.reserve() for _ in range(depth)]
    p = Page("bundle", case, "Gipton", "Oldroyd", "Seacroft", "Liberation Sans", 10.5)
    black, data, ent = g4_image(p, 903)
    im = pdf.stream(f"/Type /XObject /Subtype /Image {ent}", data)
    w_pt, h_pt = p.size_pt
    ct = pdf.stream("", draw_image("Im0", w_pt, h_pt))
    leaf = pdf.reserve()
    pdf.set(cat, f"<< /Type /Catalog /Pages {nodes[0]} 0 R >>")
    for i, num in enumerate(nodes):
        parent = f" /Parent {nodes[i - 1]} 0 R" if i else ""
        kid = nodes[i + 1] if i + 1 < depth else leaf
        pdf.set(num, f"<< /Type /Pages{parent} /Kids [{kid} 0 R] /Count 1 >>")
    pdf.set(leaf, f"<< /Type /Page /Parent {nodes[-1]} 0 R /MediaBox [0 0 {fmt(w_pt)} "
                  f"{fmt(h_pt)}] /Resources << /XObject << /Im0 {im} 0 R >> >> "
                  f"/Contents {ct} 0 R >>")
    info = pdf.add(info_dict(producer(4)))
    data = serialize_compact(pdf, cat, info, file_id_for(n), in_objstm=nodes)
    stored(n, data, f"hostile but rendered by poppler: a Pages tree {depth} levels deep (a chain "
           "of Pages nodes in object streams, cross-reference stream) with one G4 page at the "
           "bottom; a recursive tree walker overflows its stack", p,
           [page_facts([g4_facts(black)])], depth=depth, xref="stream", object_streams=True)

    # Decompression bomb: a content stream deflated twice, 2 GiB of spaces in 2 KB
    z = zlib.compressobj(9)
    chunk = b" " * (1 << 24)
    inner_parts = [z.compress(chunk) for _ in range(128)]
    inner = b"".join(inner_parts) + z.flush()
    outer = zlib.compress(inner, 9)
    d = Doc(prod=5)
    ct = d.pdf.stream("/Filter [/FlateDecode /FlateDecode]", outer)
    d.kids.append(d.pdf.add(f"<< /Type /Page /Parent {d.pages} 0 R /MediaBox [0 0 419.53 "
                            f"297.64] /Resources << >> /Contents {ct} 0 R >>"))
    n = bad_name("expert")
    quarantined(n, d.finish(n), f"hostile: a decompression bomb: the page's content stream is "
                f"{len(outer)} bytes deflated twice ([/FlateDecode /FlateDecode]) that expand "
                "to 2 GiB of spaces", "too-large", ["decompress"], case=case,
                bomb_bytes=1 << 31)


# --------------------------------------------------------------------------------------------


def check_routing(e, rules):
    """The routing rules of pipelines/routing.toml, applied as casevault does (name, title =
    first 12 non-empty lines, text), must pick the manifest's folder by the margin."""
    import re

    name = e.name.rsplit(" - ", 1)[-1].removesuffix(".pdf")
    lines = [ln for ln in e.lines if ln.strip()]
    title = "\n".join(lines[: rules["title_lines"]])
    text = "\n".join(lines)
    scores = {}
    for rule in rules["rule"]:
        sc = 0
        for m in rule["match"]:
            hay = {"name": name, "title": title, "text": text}.get(m["on"])
            pat = m["pattern"]
            flags = re.I | (re.M if "(?m)" in pat else 0)
            if hay is not None and re.search(pat.replace("(?m)", ""), hay, flags):
                sc += m["weight"]
        f = rule["folder"]
        scores[f] = max(scores.get(f, 0), sc)
    best = max(scores, key=scores.get)
    others = max(v for k, v in scores.items() if k != best)
    ok = (best == e.folder and scores[best] >= rules["min_score"]
          and scores[best] - others >= rules["margin"])
    if not ok:
        raise SystemExit(f"routing would not file {e.name} in {e.folder}: {scores}")


def q(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(q(x) for x in v) + "]"
    return '"' + str(v).replace("\\", "\\\\").replace('"', '\\"') + '"'


MANIFEST_HEAD = """# Expected outcomes of test-data/formats/pdf/ (by make_pdfs.py; do not edit).
# Schema: tests/e2e_formats.rs. One [[file]] per input:
#   file, outcome ("stored" | "quarantined"), reason and detail (quarantined), pages and words
#   (stored: pages of the stored PDF, words pdftotext must find in it; every word was read by
#   tesseract 5.3.0 from pdftoppm -r 300 -gray of the page, see check_pdfs.py), encoding (what the
#   file exercises), case_number, folder (the case-file folder routing.toml picks).
# Rule: a file that poppler's pdftoppm renders is "stored"; so is one that lopdf 0.47 and hayro
# 0.9 open and MuPDF and Ghostscript render although poppler does not (see PROVENANCE.md). The
# encrypted files are "unsupported" whatever viewers do (issue 10's brief).
"""

FACTS_HEAD = """# What each file of test-data/formats/pdf/ is made of (make_pdfs.py; do not edit).
# Read by tests/pdf_corpus.rs. One [[file]] per file of the folder:
#   intact            false for the damaged and hostile files (bytes a strict parser rejects)
#   qpdf_check        "clean" | "warnings" | "errors": qpdf 11.3 --check
#   pdftoppm_renders  poppler 22.12 renders every page (pdftoppm -r 100)
#   mupdf_renders, gs_renders, pdfium_renders: MuPDF 1.21 mutool draw, Ghostscript 10.0,
#                     PDFium (pypdfium2 5.15) render every page
#   lopdf_loads       lopdf 0.47 Document::load_mem succeeds with at least one page
#   lopdf_note        what lopdf 0.47 said: pages, get_page_images per page (an error there is
#                     how casevault's old reader failed)
#   hayro_renders     hayro 0.9 renders every page
#   other keys        what the file exercises (xref, object_streams, damage, ...)
#   [[file.page]]     per page: text_layer ("none": a scan; "usable": born-digital text;
#                     "stamp": a scanner's date line over a scan, still a scan), rotate (the
#                     page's /Rotate), orientation (degrees clockwise to add to /Rotate so the
#                     page reads upright: 0, 90, 180, 270), blank (a scanner's blank back)
#   [[file.page.image]] per image drawn on the page: filter (the /Filter chain, first applied
#                     first), color_space, bpc (bits per component: a bilevel scan is 1 and
#                     must stay 1), width, height, and what else it carries (inline, smask,
#                     mask, decode, predictor, role...)
"""


def write_manifest(entries):
    out = [MANIFEST_HEAD]
    for e in entries:
        out.append("[[file]]")
        out.append(f"file = {q(e.name)}")
        out.append(f"outcome = {q(e.outcome)}")
        if e.outcome == "quarantined":
            out.append(f"reason = {q(e.reason)}")
            out.append(f"detail = {q(e.detail)}")
        else:
            out.append(f"pages = {e.pages}")
            out.append(f"words = {q(e.words)}")
        if e.case:
            out.append(f"case_number = {q(e.case)}")
        if e.folder:
            out.append(f"folder = {q(e.folder)}")
        out.append(f"encoding = {q(e.encoding)}")
        out.append("")
    (HERE / "manifest.toml").write_text("\n".join(out))


def write_facts(entries, viewers):
    out = [FACTS_HEAD]
    for e in entries:
        f = dict(e.facts)
        pages = f.pop("pages", [])
        out.append("[[file]]")
        out.append(f"file = {q(e.name)}")
        intact = f.pop("intact", e.outcome == "stored" or e.reason == "unsupported")
        out.append(f"intact = {q(intact)}")
        for k, v in viewers.get(e.name, {}).items():
            if k != "file" and k != "pdftoppm_pages":
                out.append(f"{k} = {q(v)}")
        for k, v in f.items():
            out.append(f"{k} = {q(v)}")
        out.append("")
        for pg in pages:
            out.append("[[file.page]]")
            for k, v in pg.items():
                if k != "image":
                    out.append(f"{k} = {q(v)}")
            out.append("")
            for im in pg.get("image", []):
                out.append("[[file.page.image]]")
                for k, v in im.items():
                    out.append(f"{k} = {q(v)}")
                out.append("")
    (HERE / "facts.toml").write_text("\n".join(out))


def write_provenance(entries):
    head = (HERE / "PROVENANCE.head.md").read_text()
    rows = ["| # | file | outcome | what it exercises | page and scan |",
            "|---|------|---------|-------------------|---------------|"]
    for i, e in enumerate(entries, 1):
        out = e.outcome if e.outcome == "stored" else f"{e.outcome} ({e.reason})"
        cell = lambda t: t.replace("|", "\\|")  # noqa: E731
        rows.append(f"| {i} | `{e.name}` | {out} | {cell(e.encoding)} | {cell(e.recipe)} |")
    (HERE / "PROVENANCE.md").write_text(head.rstrip() + "\n\n" + "\n".join(rows) + "\n")


def main():
    import tomllib

    only = set(sys.argv[1:])
    build_images()
    build_colour_spaces()
    build_structures()
    build_pages()
    build_documents()
    build_damaged()
    build_bad()
    rules = tomllib.loads((HERE.parents[2] / "pipelines/routing.toml").read_text())
    for e in ENTRIES:
        if e.outcome == "stored":
            check_routing(e, rules)
    names = [e.name for e in ENTRIES]
    assert len(names) == len(set(names))
    for old in HERE.glob("*.pdf"):
        if old.name not in names:
            old.unlink()
    for e in ENTRIES:
        if only and not any(o in e.name for o in only):
            continue
        (HERE / e.name).write_bytes(e.data)
    vpath = HERE / "viewers.toml"
    viewers = {}
    if vpath.exists():
        viewers = {f["file"]: f for f in tomllib.loads(vpath.read_text())["file"]}
    write_manifest(ENTRIES)
    write_facts(ENTRIES, viewers)
    write_provenance(ENTRIES)
    total = sum(len(e.data) for e in ENTRIES)
    print(f"{len(ENTRIES)} files, {total / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
