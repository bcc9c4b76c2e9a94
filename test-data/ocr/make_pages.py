#!/usr/bin/env python3
"""Makes the small synthetic pages the OCR unit tests read (src/ocr/tests.rs).

All text is invented; no personal data. Needs Pillow and NumPy and the DejaVu fonts
(fonts-dejavu-core). Run from this folder: python3 make_pages.py
"""
import numpy as np
from PIL import Image, ImageDraw, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"

ENGLISH = ("The family court adviser visited the home on Tuesday morning and spoke with both parents "
           "about the arrangements for the children during the school holidays. The mother said that the "
           "children had settled well at their new school and that their attendance had improved since "
           "the spring term. The father agreed that contact should continue every other weekend and "
           "asked whether the handover could take place at the local library rather than at the railway "
           "station. Both parents were told that the adviser would speak with the children separately "
           "before writing the report for the next hearing.")

WELSH = ("Ymwelodd y cynghorydd teulu â'r cartref fore dydd Mawrth. Mae'r tŷ yn lân ac mae dŵr "
         "poeth yn y gegin. Roedd y plant yn canu cân am y môr a'r tân. Dywedodd y fam fod y cŵn yn "
         "chwarae yn yr ardd a bod y gŵr yn gweithio ar y fferm lle mae ŷd yn tyfu.")


def render(text, dpi, w_in, h_in, pt=11, margin_in=0.5):
    W, H = int(w_in * dpi), int(h_in * dpi)
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, int(pt * dpi / 72))
    x0 = y = int(margin_in * dpi)
    line_h = int(pt * 1.5 * dpi / 72)
    line = ""
    for w in text.split():
        t = (line + " " + w).strip()
        if d.textlength(t, font=font) > W - 2 * x0:
            d.text((x0, y), line, font=font, fill=0)
            y += line_h
            line = w
        else:
            line = t
    d.text((x0, y), line, font=font, fill=0)
    return img


# 300 dpi, 4.13 x 3.9 in (a quarter of A4, wider strip): the first look shrinks it to 150 dpi.
render(ENGLISH, 300, 4.13, 3.9, pt=10).save("clean-300dpi.jpg", quality=75, dpi=(300, 300))
# Welsh, 150 dpi, lossless.
render(WELSH, 150, 5.5, 2.0, pt=11).save("welsh-150dpi.png", dpi=(150, 150), optimize=True)
# A scanner back: near-white with a few specks and short dust marks.
rng = np.random.default_rng(5)
blank = np.full((875, 1240), 248, dtype=np.uint8)
ys, xs = rng.integers(0, 875, 300), rng.integers(0, 1240, 300)
blank[ys, xs] = 40
Image.fromarray(blank).save("blank-150dpi.png", dpi=(150, 150), optimize=True)
# Heavy noise: thousands of short pen-like strokes over the English text, 150 dpi. Tesseract
# takes them for letters, so recognition crawls through hundreds of nonsense words.
rnd = np.random.default_rng(3)
noisy = render(ENGLISH + " " + ENGLISH, 150, 5.5, 4.0, pt=11)
d = ImageDraw.Draw(noisy)
W, H = noisy.size
for _ in range(4500):
    x, y = int(rnd.integers(0, W)), int(rnd.integers(0, H))
    d.line((x, y, x + int(rnd.integers(-6, 7)), y + int(rnd.integers(-8, 9))), fill=0, width=2)
noisy.save("noisy-150dpi.png", dpi=(150, 150), optimize=True)
# A strip of a 300 dpi page turned 4 degrees, as a skewed scan: read again at full resolution.
skewed = render("LOCAL AUTHORITY SCREENING RESPONSE. Case number: NW24C00333. " + ENGLISH[:300],
                300, 4.13, 1.6, pt=10, margin_in=0.3)
skewed.rotate(4, resample=Image.BICUBIC, fillcolor=255).save(
    "skewed-300dpi.png", dpi=(300, 300), optimize=True)
