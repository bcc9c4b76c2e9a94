#!/usr/bin/env python3
"""Generate casevault's labelled scanning-station sample.

Writes, next to this script:
  scans/          the English inbox (27 items less the Welsh ones)
  scans-cymru/    the Welsh inbox (processed with cym+eng)
  cases.csv       the legacy CMS export the documents refer to
  manifest.toml   the ground truth: expected outcome, reason, folder, name,
                  page labels and words that must survive into the stored PDF

Everything is invented (no real people). The output is deterministic: every
random choice comes from random.Random(seed) with a fixed seed per item, PDF
dates are fixed, and no file carries a timestamp, so two runs with the same
Pillow/zlib/libjpeg/libtiff give identical bytes.

Usage: python3 make_sample.py            (needs Pillow and fonts-dejavu-core)
Only scans/, scans-cymru/, cases.csv and manifest.toml are (re)written; other
folders in test-data/ (ocr/, retention/, sealed/) are left alone.
"""

from __future__ import annotations

import datetime
import math
import os
import random
import shutil
import sys
from statistics import NormalDist

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
W, H = 2480, 3508  # A4 at 300 dpi
DPI = 300
ML, MR, TOP, BOTTOM = 250, 250, 230, 3280  # margins (px)
BODY_PX = 48  # ~11.5 pt at 300 dpi
LINE = 1.42  # line height factor

PDF_DATE = datetime.datetime(2025, 3, 18, 9, 30, 0)


def font(name: str, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(os.path.join(FONT_DIR, name), px)


SERIF = "DejaVuSerif.ttf"
SERIF_B = "DejaVuSerif-Bold.ttf"
SERIF_I = "DejaVuSerif-Italic.ttf"
SANS = "DejaVuSans.ttf"
SANS_B = "DejaVuSans-Bold.ttf"
SANS_I = "DejaVuSans-Oblique.ttf"


# --------------------------------------------------------------------------
# Page layout
# --------------------------------------------------------------------------


class Page:
    """A white A4 page with a text cursor; black text, simple document layout."""

    def __init__(self, sans: bool = False, px: int = BODY_PX, mode: str = "L",
                 bg=255, ink=0):
        self.im = Image.new(mode, (W, H), bg)
        self.d = ImageDraw.Draw(self.im)
        self.y = TOP
        self.x0, self.x1 = ML, W - MR
        self.ink = ink
        self.px = px
        self.f = font(SANS if sans else SERIF, px)
        self.fb = font(SANS_B if sans else SERIF_B, px)
        self.fi = font(SANS_I if sans else SERIF_I, px)
        self.sans = sans
        self.text_log: list[str] = []  # everything drawn, for the trigger checks

    # -- primitives --------------------------------------------------------
    def _fits(self, h: int):
        if self.y + h > BOTTOM:
            raise RuntimeError(f"page overflow at y={self.y}: {self.text_log[-1][:60]!r}")

    def gap(self, px: int = 30):
        self.y += px

    def line(self, text: str, f=None, align: str = "left", x: int | None = None,
             fill=None, advance: bool = True, size: int | None = None):
        f = f or self.f
        if size:
            f = font(f.path.rsplit("/", 1)[1], size)
        h = int(f.size * LINE)
        self._fits(h)
        w = f.getlength(text)
        if x is None:
            if align == "center":
                x = int((W - w) / 2)
            elif align == "right":
                x = int(self.x1 - w)
            else:
                x = self.x0
        self.d.text((x, self.y), text, font=f, fill=self.ink if fill is None else fill)
        self.text_log.append(text)
        if advance:
            self.y += h
        return w

    def heading(self, text: str, size: int = 64, align: str = "center", bold=True,
                underline: bool = False, sans: bool | None = None):
        sans = self.sans if sans is None else sans
        f = font((SANS_B if sans else SERIF_B) if bold else (SANS if sans else SERIF), size)
        y0 = self.y
        w = self.line(text, f=f, align=align)
        if underline:
            x = (W - w) / 2 if align == "center" else self.x0
            yy = y0 + int(size * 1.18)
            self.d.line([(x, yy), (x + w, yy)], fill=self.ink, width=4)
        self.gap(20)

    def wrap(self, text: str, f, width: int) -> list[str]:
        words = text.split()
        lines, cur = [], ""
        for w_ in words:
            t = (cur + " " + w_).strip()
            if f.getlength(t) <= width:
                cur = t
            else:
                lines.append(cur)
                cur = w_
        if cur:
            lines.append(cur)
        return lines

    def para(self, text: str, f=None, indent: int = 0, after: int = 26, label: str | None = None):
        """A wrapped paragraph; `label` (e.g. "3.") hangs in the indent."""
        f = f or self.f
        x = self.x0 + indent
        if label is not None:
            self.d.text((self.x0, self.y), label, font=f, fill=self.ink)
            self.text_log.append(label)
            x = self.x0 + max(indent, 80)
        for ln in self.wrap(text, f, self.x1 - x):
            self.line(ln, f=f, x=x)
        self.y += after

    def kv(self, key: str, value: str, keyw: int = 520, f=None, fb=None):
        """A 'Key:   value' row (value wrapped in its column)."""
        f = f or self.f
        fb = fb or self.fb
        self._fits(int(f.size * LINE))
        self.d.text((self.x0, self.y), key, font=fb, fill=self.ink)
        self.text_log.append(key)
        for ln in self.wrap(value, f, self.x1 - self.x0 - keyw):
            self.line(ln, f=f, x=self.x0 + keyw)

    def rule(self, width: int = 3, after: int = 30):
        self.d.line([(self.x0, self.y), (self.x1, self.y)], fill=self.ink, width=width)
        self.y += after

    def signature(self, seed: int, lines: list[str], label: str = "Signed:"):
        """A hand-drawn squiggle, then name/role lines."""
        rnd = random.Random(seed)
        self._fits(140 + len(lines) * int(self.px * LINE))
        self.d.text((self.x0, self.y + 40), label, font=self.f, fill=self.ink)
        self.text_log.append(label)
        x0 = self.x0 + int(self.f.getlength(label)) + 40
        base = self.y + 70
        pts = []
        phase = [rnd.uniform(0, 6.28) for _ in range(3)]
        amp = [rnd.uniform(18, 34), rnd.uniform(8, 16), rnd.uniform(3, 7)]
        for i in range(90):
            t = i / 89
            x = x0 + t * rnd.uniform(480, 500) + 25 * math.sin(t * 30 + phase[2])
            y = base + amp[0] * math.sin(t * 11 + phase[0]) + amp[1] * math.sin(t * 23 + phase[1]) \
                + amp[2] * math.sin(t * 47) - 30 * t
            pts.append((x, y))
        self.d.line(pts, fill=self.ink, width=5, joint="curve")
        self.d.line([(x0 + 40, base + 48), (x0 + 430, base + 40)], fill=self.ink, width=3)
        self.y += 150
        for ln in lines:
            self.line(ln)

    def letterhead(self, org: str, lines: list[str], size: int = 40):
        fb = font(SANS_B, size + 8)
        f = font(SANS, size)
        self.line(org, f=fb, align="right")
        for ln in lines:
            self.line(ln, f=f, align="right")
        self.gap(20)

    def footer(self, text: str):
        f = font(SANS, 34)
        w = f.getlength(text)
        self.d.text(((W - w) / 2, H - 170), text, font=f, fill=self.ink)
        self.text_log.append(text)

    def text(self) -> str:
        return "\n".join(self.text_log)


# --------------------------------------------------------------------------
# Distortions (all deterministic)
# --------------------------------------------------------------------------


def _gauss_lut(sigma: float) -> list[int]:
    nd = NormalDist()
    return [max(0, min(255, round(128 + sigma * nd.inv_cdf((u + 0.5) / 256)))) for u in range(256)]


def add_gaussian_noise(im: Image.Image, sigma: float, seed: int) -> Image.Image:
    """Per-pixel Gaussian noise (inverse-CDF lookup on uniform random bytes)."""
    rnd = random.Random(seed)
    u = Image.frombytes("L", im.size, rnd.randbytes(im.size[0] * im.size[1]))
    n = u.point(_gauss_lut(sigma))
    return ImageChops.add(im, n, scale=1.0, offset=-128)


def add_specks(im: Image.Image, seed: int, count: int, rmin=2, rmax=7, shade=(0, 90)) -> Image.Image:
    rnd = random.Random(seed)
    im = im.copy()
    d = ImageDraw.Draw(im)
    for _ in range(count):
        x, y = rnd.randrange(60, W - 60), rnd.randrange(60, H - 60)
        rx, ry = rnd.uniform(rmin, rmax), rnd.uniform(rmin, rmax)
        d.ellipse([x - rx, y - ry, x + rx, y + ry], fill=rnd.randint(*shade))
    return im


def quantize(im: Image.Image, levels: int) -> Image.Image:
    step = 255 / (levels - 1)
    return im.point(lambda v: int(round(round(v / step) * step)))


def salt_and_pepper_bury(im: Image.Image, seed: int, replace: float, black: float) -> Image.Image:
    """Binarise, then replace a fraction `replace` of pixels by random ones
    (black with probability `black`). Returns a 1-bit image."""
    rnd = random.Random(seed)
    n = im.size[0] * im.size[1]
    t_rep = int(replace * 256)
    t_blk = int(black * 256)
    mask = Image.frombytes("L", im.size, rnd.randbytes(n)).point(lambda u: 255 if u < t_rep else 0)
    sp = Image.frombytes("L", im.size, rnd.randbytes(n)).point(lambda u: 0 if u < t_blk else 255)
    bw = im.point(lambda v: 255 if v >= 128 else 0)
    return Image.composite(sp, bw, mask).convert("1", dither=Image.Dither.NONE)


# --------------------------------------------------------------------------
# Savers (no timestamps anywhere)
# --------------------------------------------------------------------------


def save_png(im: Image.Image, path: str):
    im.save(path, "PNG", dpi=(DPI, DPI), compress_level=9)


def save_jpeg(im: Image.Image, path: str, quality: int = 85):
    im.save(path, "JPEG", quality=quality, dpi=(DPI, DPI), optimize=False)


def save_tiff(pages: list[Image.Image], path: str, compression: str):
    pages[0].save(path, "TIFF", save_all=True, append_images=pages[1:],
                  compression=compression, dpi=(DPI, DPI))


def save_pdf_jpeg(pages: list[Image.Image], path: str, quality: int = 85):
    pages[0].save(path, "PDF", save_all=True, append_images=pages[1:], resolution=DPI,
                  quality=quality, title="scan", producer="casevault make_sample.py",
                  creator="casevault make_sample.py", creationDate=PDF_DATE.timetuple(), modDate=PDF_DATE.timetuple())


# --------------------------------------------------------------------------
# Documents. Each returns a list of Page objects (one per page).
# --------------------------------------------------------------------------

CAFCASS_HEAD = ("Cafcass", ["Children and Family Court Advisory and Support Service",
                            "Leeds Service Area, 3rd Floor, Quarry View House",
                            "Leeds LS2 7QQ   Tel 0300 000 1234"])


def casenum(p: Page, cn: str, label: str = "Case number:"):
    # bold and a little larger than the body: at 46-48 px regular/bold sans, the 4-degree
    # skewed page read "NwW24C00333"; 54 px bold reads right
    p.line(f"{label} {cn}", f=font(SANS_B if p.sans else SERIF_B, 54))
    p.gap(10)


def doc_position_statement(cn="LS24P01234", court="Leeds", mother="Claire Hughes",
                           father="Arjun Patel", kids=("Amelia", "Noah"),
                           kid_lines=("Amelia Hughes (born 14 March 2015)",
                                      "Noah Hughes (born 2 November 2018)"),
                           sig=11, solicitor="Hannah Okafor") -> list[Page]:
    p = Page()
    p.line(f"IN THE FAMILY COURT SITTING AT {court.upper()}", f=p.fb, align="center")
    p.gap(30)
    p.heading("POSITION STATEMENT", underline=True)
    p.gap(10)
    casenum(p, cn)
    p.kv("Applicant:", f"{mother} (mother)")
    p.kv("Respondent:", f"{father} (father)")
    p.kv("Children:", kid_lines[0])
    for k in kid_lines[1:]:
        p.kv("", k)
    p.kv("Hearing:", "Dispute resolution hearing, 14 May 2025")
    p.gap(30)
    a, b = kids[0], kids[-1]
    p.para(f"1. This position statement is filed on behalf of the applicant mother, {mother}, "
           f"ahead of the dispute resolution hearing. It sets out her position on the "
           f"arrangements for {a} and {b} and the matters she asks the court to consider.")
    p.para(f"2. The children have lived with the applicant since the parents separated in the "
           f"autumn of 2023. They attend Westfield Primary School, where both are settled and "
           f"doing well. The applicant accepts that the children benefit from a warm relationship "
           f"with their father and she wishes that relationship to continue and to grow.")
    p.para("3. The applicant proposes that the children spend alternate weekends with the "
           "respondent, from Friday after school until Sunday at 5 pm, together with a tea visit "
           "each Wednesday. She proposes that the school holidays are shared equally, with "
           "handovers at the family centre in Headingley until the arrangements have settled.")
    p.para(f"4. The applicant's only concern is the overnight care of {b}, who has asthma and "
           f"needs an inhaler at night. She asks that the respondent attends the session offered "
           f"by the practice nurse before overnight stays begin, and she will share the written "
           f"guidance from the nurse.")
    p.para("5. The applicant invites the court to approve these arrangements by consent if the "
           "respondent agrees. If he does not, she asks that the matter is listed for a final "
           "hearing with a time estimate of one day.")
    p.gap(10)
    p.signature(sig, [f"{solicitor}, Solicitor for the applicant",
                      "Brightwater Family Law, 21 Park Row", "Dated 7 May 2025"])
    return [p]


def doc_order() -> list[Page]:
    p = Page()
    p.line("IN THE FAMILY COURT SITTING AT LEEDS", f=p.fb, align="center")
    p.line("Children Act 1989", align="center")
    p.gap(30)
    p.heading("ORDER", size=72)
    casenum(p, "LS24P01234")
    p.kv("The children:", "Amelia Hughes, a girl born on 14 March 2015")
    p.kv("", "Noah Hughes, a boy born on 2 November 2018")
    p.kv("The parties:", "Claire Hughes, mother, applicant")
    p.kv("", "Arjun Patel, father, respondent")
    p.gap(20)
    p.para("Before District Judge Ashworth sitting at Leeds on 14 May 2025. Upon hearing the "
           "mother in person and counsel for the father, and upon the parents having agreed "
           "the arrangements set out below:")
    p.line("IT IS ORDERED THAT:", f=p.fb)
    p.gap(12)
    items = [
        "The children shall live with the mother.",
        "The children shall spend time with the father on alternate weekends from Friday after "
        "school until Sunday at 5 pm, starting on 23 May 2025, and each Wednesday from after "
        "school until 7 pm.",
        "The school holidays shall be shared equally between the parents, the details to be "
        "agreed in writing by 30 June 2025.",
        "Handovers shall take place at the Headingley Family Centre until 31 August 2025 and "
        "after that at the mother's home.",
        "The father shall attend the asthma care session offered by the children's general "
        "practice before the first overnight stay.",
        "The matter is listed for a review hearing on 15 September 2025 at 10 am, time "
        "estimate one hour.",
        "There be no order as to costs.",
    ]
    for i, t in enumerate(items, 1):
        p.para(t, label=f"{i}.", indent=80, after=14)
    p.gap(30)
    p.line("Dated 14 May 2025")
    p.gap(60)
    p.line("District Judge Ashworth", f=p.fb)
    return [p]


def doc_c100() -> list[Page]:
    cn = "BM25P00012"
    pages = []
    p = Page(sans=True, px=46)
    p.line("FORM C100", align="right", f=font(SANS_B, 40))
    p.heading("C100 APPLICATION", size=66)
    p.line("Application under the Children Act 1989 about arrangements for a child",
           align="center", f=p.fi)
    p.gap(30)
    casenum(p, cn)
    p.kv("Court:", "The Family Court at Birmingham")
    p.kv("Date issued:", "12 February 2025")
    p.gap(20)
    p.line("1. The child", f=p.fb)
    p.kv("Name:", "Leo Smith")
    p.kv("Date of birth:", "31 January 2020")
    p.kv("Lives with:", "the applicant, at the address below")
    p.gap(20)
    p.line("2. The applicant", f=p.fb)
    p.kv("Name:", "Laura Smith (mother)")
    p.kv("Address:", "14 Elm Grove, Moseley, Birmingham B13 9QQ")
    p.kv("Represented:", "acting in person")
    p.gap(20)
    p.line("3. The respondent", f=p.fb)
    p.kv("Name:", "Daniel Brown (father)")
    p.kv("Address:", "Flat 3, 27 Canal Street, Selly Oak, Birmingham B29 6QQ")
    p.gap(20)
    p.line("4. What the applicant asks the court to decide", f=p.fb)
    p.para("That Leo continues to live with the applicant, and that the court decides how and "
           "when Leo spends time with the respondent, so that the arrangements are safe, "
           "regular and suited to a five-year-old child.")
    p.line("5. Mediation (MIAM)", f=p.fb)
    p.para("The applicant attended a Mediation Information and Assessment Meeting on 3 February "
           "2025. The mediator found that mediation was not suitable at this time.")
    p.footer(f"C100 APPLICATION   {cn}   page 1 of 3")
    pages.append(p)

    p = Page(sans=True, px=46)
    p.line(f"Case number: {cn}   Smith v Brown", f=p.fb)
    p.gap(20)
    p.line("6. The applicant's statement", f=p.fb)
    p.gap(10)
    p.para("I met Daniel in 2018 and we lived together in Selly Oak until July 2023, when we "
           "separated. Leo was three at the time. Since then Leo has lived with me and I have "
           "looked after him day to day. He goes to Oakfield Nursery four mornings a week and "
           "he will start school in September.")
    p.para("After we separated Daniel saw Leo most Saturdays. At first this went well, but from "
           "the spring of 2024 the visits became irregular. Daniel often cancelled at short "
           "notice or arrived late, and Leo was upset and confused when he did not come.")
    p.para("Handovers have been difficult. On two occasions Daniel shouted at me in front of "
           "Leo, once in a supermarket car park. Leo was frightened and cried afterwards. "
           "I want Leo to have a relationship with his father, but I want handovers to be calm "
           "and to happen somewhere neutral, such as a family centre.")
    p.para("I propose that Leo spends every other Saturday with Daniel from 10 am to 4 pm, "
           "with handovers at a family centre, and that this increases to overnight stays if "
           "the visits go well for three months. I would also agree to a video call each "
           "Wednesday evening.")
    p.para("I have tried to agree this with Daniel directly and through mediation, but we have "
           "not been able to reach agreement, so I am asking the court to decide.")
    p.footer(f"C100 APPLICATION   {cn}   page 2 of 3")
    pages.append(p)

    p = Page(sans=True, px=46)
    p.line(f"Case number: {cn}   Smith v Brown", f=p.fb)
    p.gap(20)
    p.line("7. Other information", f=p.fb)
    p.para("Leo has no special educational needs and no health conditions. The applicant does "
           "not need an interpreter. The applicant asks that the court does not share her "
           "telephone number with the respondent.")
    p.line("8. Statement of truth", f=p.fb)
    p.para("I believe that the facts stated in this application are true. I understand that "
           "proceedings for contempt of court may be brought against anyone who makes, or "
           "causes to be made, a false statement in a document verified by a statement of "
           "truth without an honest belief in its truth.")
    p.gap(20)
    p.signature(31, ["Laura Smith, Applicant", "Dated 10 February 2025"])
    p.gap(40)
    p.line("For court use only: received 11 February 2025, fee paid.", f=p.fi)
    p.footer(f"C100 APPLICATION   {cn}   page 3 of 3")
    pages.append(p)
    return pages


def doc_safeguarding_letter() -> Page:
    p = Page()
    p.letterhead(*CAFCASS_HEAD)
    p.line("To: The Family Court sitting at Leeds")
    p.line("Date: 2 April 2025")
    p.gap(30)
    p.heading("SAFEGUARDING LETTER", underline=True)
    casenum(p, "LS24P01234")
    p.kv("Parties:", "Hughes v Patel", keyw=360)
    p.kv("Children:", "Amelia Hughes (10) and Noah Hughes (6)", keyw=360)
    p.kv("First hearing:", "9 April 2025", keyw=360)
    p.gap(20)
    p.para("1. This safeguarding letter is provided to the court before the first hearing. "
           "Cafcass has spoken with each parent by telephone and has made safeguarding enquiries "
           "with the agencies who know the family. The children have not been spoken with at "
           "this stage.")
    p.para("2. Children's services in Leeds have no current involvement with the family and no "
           "previous record of concern. The family doctor confirms that Noah has asthma which is "
           "well managed.")
    p.para("3. The mother told Cafcass that the parents separated in 2023 without violence and "
           "that her only worry is Noah's night-time care. The father told Cafcass that he wants "
           "overnight time and will attend the asthma session with the practice nurse.")
    p.para("4. Cafcass has not identified any safeguarding issue which would prevent the "
           "parents from reaching agreement. Both parents describe the other as a loving "
           "parent, and both want the children to have a full relationship with each of them.")
    p.para("5. Cafcass recommends that both parents attend the Separated Parents Information "
           "Programme and that the court considers whether the arrangements proposed by the "
           "mother can be agreed at the first hearing.")
    p.signature(41, ["Helen Marsh, Family Court Adviser, Cafcass"])
    return p


def blank_back(seed: int) -> Image.Image:
    """A scanner back: white, faint speckles, one soft grey smudge."""
    rnd = random.Random(seed)
    im = Image.new("L", (W, H), 255)
    im = add_specks(im, seed, count=40, rmin=1, rmax=3, shade=(120, 200))
    sm = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(sm)
    cx, cy = rnd.randint(900, 1500), rnd.randint(2200, 2800)
    d.ellipse([cx - 260, cy - 90, cx + 260, cy + 90], fill=40)
    d.ellipse([cx - 120, cy - 50, cx + 200, cy + 60], fill=70)
    sm = sm.filter(ImageFilter.GaussianBlur(45))
    return ImageChops.subtract(im, sm)


def doc_expert_report() -> list[Page]:
    cn = "MK23C00456"
    p = Page()
    p.line("IN THE FAMILY COURT SITTING AT MILTON KEYNES", f=p.fb, align="center")
    p.gap(20)
    p.heading("EXPERT REPORT", size=68, underline=True)
    p.line("Psychological assessment of Rhys Evans", align="center", f=p.fi)
    p.gap(20)
    casenum(p, cn)
    p.kv("Child:", "Rhys Evans, born 29 February 2012", keyw=420)
    p.kv("Author:", "Dr Fiona Caldwell, Chartered Clinical Psychologist", keyw=420)
    p.kv("Date:", "18 March 2025", keyw=420)
    p.gap(20)
    p.line("1. Instructions", f=p.fb)
    p.para("I was instructed by a joint letter of instruction dated 6 January 2025, agreed "
           "between the local authority, the parents and the children's guardian. I was asked "
           "to assess Rhys's emotional and psychological needs, his attachments to his carers "
           "and to his parents, and the help he will need in the future.")
    p.line("2. Sources of information", f=p.fb)
    p.para("I read the papers sent with the letter of instruction. I met Rhys three times, "
           "twice at his school and once at his foster home, and I used standardised "
           "questionnaires with him and with his foster carer. I met each parent once at my "
           "consulting rooms in Bletchley.")
    p.line("3. Presentation", f=p.fb)
    p.para("Rhys is a polite and thoughtful boy of thirteen. He was anxious at our first "
           "meeting but relaxed as he came to know me. He spoke warmly about his foster carer "
           "and about his football team, and became quiet when asked about his time at home. "
           "His school describes good attainment in mathematics and a small group of friends.")
    p.footer(f"EXPERT REPORT   {cn}   page 1 of 2")

    q = Page()
    q.line(f"Case number: {cn}   Dr F. Caldwell, psychologist", f=q.fb)
    q.gap(20)
    q.line("4. Opinion", f=q.fb)
    q.para("In my opinion Rhys shows an anxious attachment pattern with both parents and a "
           "developing secure attachment with his foster carer. His scores on the anxiety "
           "questionnaire are in the clinical range. He has learned to watch adults closely "
           "and to hide his own needs, which is a common response to unpredictable care.")
    q.para("Rhys has a clear wish to keep seeing his mother and his younger cousins. In my view "
           "these relationships matter to his sense of identity and should be supported, at a "
           "frequency that does not unsettle his placement.")
    q.line("5. Recommendations", f=q.fb)
    q.para("Rhys would benefit from a course of trauma-focused therapy of about twenty sessions, "
           "starting once his placement is confirmed. His foster carer would benefit from "
           "therapeutic parenting training. Any change of home should be planned slowly and "
           "explained to Rhys in advance.")
    q.line("6. Declaration", f=q.fb)
    q.para("I understand that my duty is to help the court on matters within my expertise and "
           "that this duty overrides any obligation to those who instructed me. I confirm that "
           "the opinions expressed are my own.")
    q.signature(51, ["Dr Fiona Caldwell, DClinPsy", "Chartered Clinical Psychologist"])
    q.footer(f"EXPERT REPORT   {cn}   page 2 of 2")
    return [p, q]


def doc_police() -> Page:
    p = Page(sans=True, px=46)
    p.line("Thames Valley Police", f=font(SANS_B, 60))
    p.line("Public Protection Disclosure Unit, Kidlington, Oxfordshire", f=font(SANS, 38))
    p.gap(10)
    p.rule()
    p.heading("POLICE NATIONAL COMPUTER (PNC) RECORD", size=56)
    p.line("Disclosure to Cafcass", align="center", f=p.fb)
    p.gap(30)
    casenum(p, "BM25P00012")
    p.kv("Cafcass reference:", "Smith v Brown", keyw=620)
    p.kv("Subject:", "Daniel BROWN, born 12/08/1991", keyw=620)
    p.kv("Date of disclosure:", "20 February 2025", keyw=620)
    p.kv("Disclosing officer:", "PC 4417 Mark Ellison", keyw=620)
    p.gap(30)
    p.para("This disclosure is made by Thames Valley Police to Cafcass under the information "
           "sharing protocol, for the purpose of safeguarding the child named in the request. "
           "It must not be shown to the parties or copied without the consent of the force.")
    p.line("PNC convictions", f=p.fb)
    p.para("None recorded.")
    p.line("PNC cautions, reprimands and warnings", f=p.fb)
    p.para("One simple caution, 3 March 2019, for criminal damage to a window at a former "
           "shared address in Oxford. Administered by Thames Valley Police.")
    p.line("Local intelligence (domestic incidents)", f=p.fb)
    p.para("14 September 2023: verbal argument between the subject and Laura Smith at a "
           "handover in a supermarket car park in Banbury. Officers attended. No offences "
           "disclosed; both parties given advice.")
    p.para("2 December 2023: Laura Smith telephoned to say the subject had sent repeated "
           "messages. Officers spoke with the subject by telephone. No further action.")
    p.line("Current risk markers", f=p.fb)
    p.para("None. The subject is not on bail and is not wanted or missing.")
    p.gap(10)
    p.para("The information above is accurate at the date of disclosure. Police records are "
           "updated continually and this disclosure should not be relied on after six months.",
           f=p.fi)
    p.signature(61, ["PC 4417 Mark Ellison, Disclosure Officer", "Thames Valley Police"])
    return p


def doc_la_screening() -> Page:
    p = Page(sans=True, px=46)
    p.line("Northwick Borough Council", f=font(SANS_B, 58))
    p.line("Children's Social Care, Front Door Service, Civic Centre, Northwick NW9 9QQ",
           f=font(SANS, 36))
    p.gap(10)
    p.rule()
    p.heading("LOCAL AUTHORITY SCREENING RESPONSE", size=58)
    p.gap(10)
    casenum(p, "NW24C00333")
    p.kv("Children:", "Ava Taylor (born 20 May 2016)", keyw=560)
    p.kv("", "Mia Taylor (born 31 December 2021)", keyw=560)
    p.kv("Adults checked:", "Jessica Taylor (mother); Kieran Doyle (mother's partner)", keyw=560)
    p.kv("Request received:", "5 March 2025", keyw=560)
    p.kv("Response sent:", "11 March 2025", keyw=560)
    p.gap(30)
    p.para("Cafcass asked Children's Social Care to check its records for the children and "
           "adults named above. The checks covered the children's social care record system, "
           "the early help database and the child protection register.")
    p.line("Children", f=p.fb)
    p.para("Both children are known. A child and family assessment was completed in June 2024 "
           "following concerns from Ava's school about attendance and hygiene. Ava and Mia "
           "have been subject to a child protection plan under the category of neglect since "
           "14 January 2025. The allocated social worker is Owen Pritchard.")
    p.line("Adults", f=p.fb)
    p.para("Jessica Taylor is known as the parent in the above assessment and plan. Kieran "
           "Doyle is known to adult services in a neighbouring authority; details have been "
           "requested and will be forwarded when received.")
    p.line("Current risk", f=p.fb)
    p.para("The core group met on 3 March 2025 and recorded some progress with school "
           "attendance. Concerns remain about home conditions and supervision of Mia.")
    p.signature(71, ["Simone Barker, Duty Team Manager", "Children's Social Care"],
                label="Checked by:")
    return p


def doc_letter_to_parties() -> Page:
    p = Page()
    p.letterhead(*CAFCASS_HEAD)
    p.line("Mr Arjun Patel")
    p.line("8 Moor Lane")
    p.line("Leeds LS6 3QQ")
    p.gap(30)
    p.line("24 March 2025", align="right")
    p.heading("LETTER TO PARTIES", size=58, align="left")
    casenum(p, "LS24P01234")
    p.gap(10)
    p.line("Dear Mr Patel,")
    p.gap(16)
    p.para("I am the Family Court Adviser allocated to work with your family before the first "
           "hearing. My role is to help the court understand what arrangements will be safe "
           "and best for Amelia and Noah.")
    p.para("I will telephone you on 28 March 2025 between 10 am and 12 noon. If that time is "
           "not convenient, please call the office on the number above and ask for me by name. "
           "The call will take about forty-five minutes.")
    p.para("During the call I will ask about your family, your time with the children, and any "
           "worries you have about their safety or wellbeing. I will speak to Ms Hughes "
           "separately. What you tell me may be shared with the court and with Ms Hughes, "
           "unless sharing it would put someone at risk.")
    p.para("If you need an interpreter, or any adjustment to take part, please let me know "
           "before the call so that I can arrange it. You may find our leaflet for parents "
           "helpful; it is enclosed with this letter.")
    p.gap(10)
    p.line("Yours sincerely,")
    p.signature(81, ["Helen Marsh", "Family Court Adviser, Cafcass"], label="")
    return p


def doc_legal_advice() -> Page:
    p = Page()
    p.letterhead("Cafcass Legal", ["3rd Floor, 21 Bloomsbury Street", "London WC1B 3QQ"])
    p.heading("CAFCASS LEGAL — PRIVILEGED LEGAL ADVICE", size=56, align="left")
    p.line("Legal professional privilege applies. Not for disclosure.", f=p.fi)
    p.gap(20)
    casenum(p, "MK23C00456")
    p.kv("To:", "Gareth Lloyd, Children's Guardian", keyw=240)
    p.kv("From:", "Priya Nair, Solicitor, Cafcass Legal", keyw=240)
    p.kv("Date:", "25 March 2025", keyw=240)
    p.kv("Subject:", "Re Evans: the guardian's approach to the final hearing", keyw=240)
    p.gap(20)
    p.para("1. You asked whether the guardian can support the local authority's plan for "
           "long-term foster care for Rhys, given the mother's progress since January.")
    p.para("2. In my view the threshold criteria are likely to be found met on the basis of "
           "the neglect accepted by both parents. The real issue is welfare: whether a return "
           "to the mother's care, with support, is realistic within Rhys's timescales.")
    p.para("3. The court must compare the realistic options side by side and explain why "
           "any interference with family life is proportionate. Your analysis should do the "
           "same, setting out the benefits and risks of each option for Rhys, and giving "
           "weight to his own clear views about seeing his mother.")
    p.para("4. If you conclude that long-term foster care is right, I advise that you also "
           "address the frequency of family time, so that the mother's progress is reflected "
           "and the court can see that the plan is not fixed for ever.")
    p.para("5. Please send me a draft of your analysis by 15 April 2025 so that I can advise "
           "on it before it is filed. This advice is privileged and should be saved only in "
           "the legal advice section of the case file.")
    p.signature(91, ["Priya Nair", "Solicitor, Cafcass Legal"])
    return p


def doc_case_note_for_noise() -> Page:
    """Text that ends up buried in noise (item 10)."""
    p = Page()
    p.letterhead(*CAFCASS_HEAD)
    p.heading("FILE NOTE", underline=True)
    casenum(p, "LS24P01234")
    p.kv("Date:", "3 April 2025", keyw=300)
    p.kv("Worker:", "Helen Marsh, Family Court Adviser", keyw=300)
    p.gap(20)
    for t in [
        "Telephone call with the head teacher of Westfield Primary School about Amelia and "
        "Noah. The head teacher said both children arrive on time, appear well cared for and "
        "talk happily about both homes.",
        "Amelia is described as a confident reader who enjoys drama club. Noah is in reception "
        "and has settled well, although he becomes tired on Monday mornings after weekends "
        "away. The school has no concerns about either parent.",
        "The head teacher asked to be told of any change in the arrangements so that the "
        "school can update its collection list. I agreed to let the school know after the "
        "hearing.",
        "Next steps: speak with the practice nurse about Noah's asthma plan; update the "
        "parents by telephone before the hearing; record this call in the case file.",
    ]:
        p.para(t)
    p.signature(101, ["Helen Marsh, Family Court Adviser"])
    return p


def doc_case_plan(cn: str, child: str, guardian: str, variant: int) -> list[Page]:
    """The ECMS case plan tool: planning, reflection, analysis."""
    if variant == 1:  # Re Evans, one page
        p = Page(sans=True, px=46)
        p.line("Cafcass ECMS", f=font(SANS_B, 40), align="right")
        p.heading("CASE PLAN", size=70, underline=True)
        casenum(p, cn)
        p.kv("Child:", child, keyw=380)
        p.kv("Guardian:", guardian, keyw=380)
        p.kv("Last updated:", "2 April 2025", keyw=380)
        p.gap(20)
        p.line("Planning", f=p.fb)
        p.para("Visit Rhys at his foster home every four weeks and at school before the final "
               "hearing. Meet the mother twice to see how she is using the parenting support. "
               "Observe one session of family time. Read the latest school attendance figures. "
               "Agree a date with the social worker to review the plan for permanence.")
        p.line("Reflection", f=p.fb)
        p.para("Rhys speaks freely about football and school but goes quiet when home is "
               "mentioned. I need to give him time and more than one way to tell me what he "
               "thinks, including the 'three houses' tool. I am aware that I warmed to the "
               "mother's recent progress and must test it against the history of neglect.")
        p.line("Analysis", f=p.fb)
        p.para("The realistic options are a return home with support, or long-term foster care "
               "with regular family time. Rhys is thirteen and his views carry real weight. The "
               "balance currently favours stability with his foster carer, with generous time "
               "with his mother, but this will be reviewed after the next visit.")
        p.line("Management oversight", f=p.fb)
        p.para("Plan discussed in supervision with the service manager on 1 April 2025 and "
               "agreed.")
        p.signature(111, [f"{guardian}, Children's Guardian"])
        return [p]
    # variant 2: Re Taylor, three pages
    pages = []
    chunks = [
        ("Planning", [
            "Visit Ava and Mia at home with the social worker within the next two weeks, and see "
            "Ava alone at school. Meet Jessica Taylor to discuss the child protection plan and "
            "what has changed since January. Ask the health visitor for her view of Mia's "
            "development and the home conditions she has seen.",
            "Meet Kieran Doyle and ask about his role in the household. Read the minutes of the "
            "last core group and the school attendance figures for the spring term.",
            "Agree with the social worker what progress would need to be seen, and by when, for "
            "the children to remain at home safely.",
        ]),
        ("Reflection", [
            "Ava is eight and protective of her mother and her sister. She may find it hard to "
            "say anything that she thinks will get her mother into trouble. I should see her "
            "more than once, somewhere she feels safe, and use drawing and play.",
            "Mia is three and cannot tell me her views, so I must rely on careful observation "
            "and on the accounts of the nursery and the health visitor.",
            "I notice that the family have had many professionals in their lives and may see me "
            "as one more. I need to explain my role simply and keep my promises about visits.",
        ]),
        ("Analysis", [
            "The children are attached to their mother and there has been some progress with "
            "school attendance. The concerns about home conditions and supervision remain. "
            "The realistic options are for the children to remain at home with a clear plan of "
            "support, or to live with their maternal grandmother while work continues.",
            "At this stage the balance favours the children remaining at home with support, "
            "provided attendance continues to improve and the health visitor sees change. "
            "This will be reviewed after the home visit and before the next hearing.",
        ]),
    ]
    for i, (title, paras) in enumerate(chunks, 1):
        p = Page(sans=True, px=46)
        p.line("Cafcass ECMS", f=font(SANS_B, 40), align="right")
        if i == 1:
            p.heading("CASE PLAN", size=70, underline=True)
            casenum(p, cn)
            p.kv("Children:", child, keyw=380)
            p.kv("Guardian:", guardian, keyw=380)
            p.kv("Last updated:", "12 March 2025", keyw=380)
        else:
            p.line(f"CASE PLAN (continued)   Case number: {cn}", f=p.fb)
        p.gap(30)
        p.line(title, f=font(SANS_B, 54))
        p.gap(10)
        for t in paras:
            p.para(t)
        if i == 3:
            p.signature(121, [f"{guardian}, Children's Guardian", "Agreed in supervision, 13 March 2025"])
        p.footer(f"CASE PLAN   {cn}   page {i} of 3")
        pages.append(p)
    return pages


def doc_school_trip() -> Page:
    """No case number anywhere (item 12)."""
    p = Page()
    p.letterhead("Westfield Primary School", ["Westfield Road, Leeds LS12 4QQ",
                                              "Head Teacher: Mrs Janet Wilde"])
    p.line("17 March 2025", align="right")
    p.gap(30)
    p.line("Year 4 trip to the Eureka science museum", f=p.fb)
    p.gap(20)
    p.line("Dear Sir or Madam,")
    p.gap(16)
    p.para("Year 4 will visit the Eureka science museum in Halifax on Thursday 24 April. We will "
           "leave school by coach at 9 am and return by 3.15 pm, in time for the usual "
           "collection from the school gate.")
    p.para("The visit links to our science topic on sound and light. The children will take "
           "part in a workshop, explore the galleries in small groups and eat a packed lunch in "
           "the picnic area. Please provide a named packed lunch in a disposable bag, a drink "
           "that is not fizzy, and a waterproof coat.")
    p.para("The cost of the trip is 12 pounds, which covers the coach and the workshop. You can "
           "pay through the school payments website by Friday 11 April. If cost is a difficulty "
           "for your family, please speak to the school office in confidence; no child will miss "
           "the trip because of cost.")
    p.para("We need four parent helpers. If you are able to help, please tick the box on the "
           "slip below. Helpers will need to have a current check with the school.")
    p.para("Please return the consent slip to your child's class teacher by Friday 11 April.")
    p.gap(10)
    p.line("Yours faithfully,")
    p.signature(131, ["Mr Tom Ferris", "Year 4 Class Teacher"], label="")
    p.gap(20)
    p.line("- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -")
    p.line("I give permission for my child to go on the Year 4 trip.   [ ] I can help", f=p.fi)
    p.line("Child's name: ______________________   Signed: ______________________", f=p.fi)
    return p


def doc_parking_permit() -> Page:
    """Content that matches no case-file folder (item 14); the case number is
    written on top by whoever scanned it."""
    p = Page(sans=True, px=46)
    # the reference someone added on top, in a box
    f = font(SANS_B, 50)
    box = [ML - 20, 120, ML + 900, 230]
    p.d.rectangle(box, outline=0, width=4)
    p.d.text((ML + 10, 145), "Case number: LS24P01234", font=f, fill=0)
    p.text_log.append("Case number: LS24P01234")
    p.y = 300
    p.line("Leeds City Parking Services", f=font(SANS_B, 56), align="right")
    p.line("PO Box 999, Leeds LS1 9QQ", f=font(SANS, 38), align="right")
    p.gap(30)
    p.heading("RESIDENTS' PARKING PERMIT RENEWAL", size=58)
    p.gap(10)
    p.kv("Permit zone:", "H3 Hyde Park", keyw=560)
    p.kv("Permit number:", "H3-004417", keyw=560)
    p.kv("Vehicle:", "Silver hatchback", keyw=560)
    p.kv("Expires:", "30 April 2025", keyw=560)
    p.gap(30)
    p.line("Dear Permit Holder,")
    p.gap(10)
    p.para("Your residents' parking permit for zone H3 expires on 30 April 2025. To keep "
           "parking in the zone without a penalty charge, please renew before that date.")
    p.para("You can renew online at the council's parking website or by telephone. The fee for "
           "twelve months is 45 pounds for the first vehicle and 70 pounds for a second vehicle. "
           "Blue badge holders may renew free of charge.")
    p.para("You will need your permit number, your vehicle registration and proof that you live "
           "in the zone, such as a council tax bill or a tenancy agreement dated within the last "
           "three months.")
    p.para("Permits are now digital. You do not need to display anything in your windscreen; "
           "civil enforcement officers check vehicle registrations with a handheld device.")
    p.para("If you have moved out of the zone, or no longer need a permit, you do not need to "
           "do anything and the permit will lapse.")
    p.gap(10)
    p.line("Parking Services Team")
    return p


def doc_file_note_misnamed() -> Page:
    """Well-formed canonical name whose case name is wrong (item 15)."""
    p = Page()
    p.letterhead(*CAFCASS_HEAD)
    p.heading("FILE NOTE", underline=True)
    casenum(p, "LS24P01234")
    p.kv("Date:", "10 April 2025", keyw=300)
    p.kv("Worker:", "Helen Marsh, Family Court Adviser", keyw=300)
    p.gap(20)
    p.para("Telephone call with Claire Hughes, the mother, who rang to say that the children's "
           "father had collected Amelia and Noah on time on Friday and that the weekend had "
           "gone well. Noah took his inhaler and spare spacer with him.")
    p.para("Ms Hughes asked whether the Wednesday visits could move to Thursday during the "
           "summer term because of Amelia's drama club. I advised her to raise this with the "
           "father directly and, if they agree, to confirm it in writing between them.")
    p.para("Ms Hughes also asked when she would next hear from Cafcass. I explained that our "
           "work is complete unless the court asks us to do more, and gave her the office "
           "number in case anything changes.")
    p.para("No safeguarding issues raised. No further action.")
    p.signature(141, ["Helen Marsh, Family Court Adviser"])
    return p


CRAYON = [(214, 40, 40), (30, 90, 200), (40, 150, 60), (240, 190, 20), (140, 80, 30),
          (230, 110, 20), (150, 50, 170)]


def crayon_line(d: ImageDraw.ImageDraw, rnd: random.Random, pts, colour, width=14):
    """Several jittered passes, like a crayon."""
    for _ in range(4):
        jp = [(x + rnd.uniform(-4, 4), y + rnd.uniform(-4, 4)) for x, y in pts]
        c = tuple(max(0, min(255, v + rnd.randint(-25, 25))) for v in colour)
        d.line(jp, fill=c, width=int(width * rnd.uniform(0.5, 0.9)), joint="curve")


def crayon_fill(d, rnd, box, colour, step=12):
    x0, y0, x1, y1 = box
    y = y0
    while y < y1:
        crayon_line(d, rnd, [(x0, y + rnd.uniform(-3, 3)), (x1, y + rnd.uniform(-3, 3))],
                    colour, width=12)
        y += step


def child_text(im: Image.Image, rnd: random.Random, x: int, y: int, text: str, size: int,
               colour=(35, 35, 110)) -> int:
    """Large wobbly 'handwriting': each word slightly rotated and shifted."""
    f = font(SANS, size)
    for word in text.split():
        w = int(f.getlength(word)) + 20
        tile = Image.new("L", (w, int(size * 1.6)), 0)
        ImageDraw.Draw(tile).text((10, int(size * 0.2)), word, font=f, fill=255)
        tile = tile.rotate(rnd.uniform(-3, 3), resample=Image.Resampling.BICUBIC, expand=True)
        yy = y + rnd.randint(-6, 6)
        im.paste(Image.new("RGB", tile.size, colour), (x, yy), tile)
        x += w + int(size * 0.25) + rnd.randint(-4, 8)
    return x


def doc_childs_drawing() -> tuple[Image.Image, str]:
    rnd = random.Random(191)
    im = Image.new("RGB", (W, H), (252, 250, 243))
    d = ImageDraw.Draw(im)
    # header box the guardian added (typed label stuck on)
    d.rectangle([ML - 30, 140, W - MR + 30, 420], fill=(255, 255, 255), outline=(0, 0, 0), width=4)
    fb, f = font(SANS_B, 50), font(SANS, 44)
    d.text((ML, 170), "Case number: LS24P01234", font=fb, fill=(0, 0, 0))
    d.text((ML, 250), "Direct work with Noah Hughes (6), 12 March 2025", font=f, fill=(0, 0, 0))
    d.text((ML, 320), "Session at school, guardian: Helen Marsh", font=f, fill=(0, 0, 0))
    text = ["Case number: LS24P01234", "Direct work with Noah Hughes (6), 12 March 2025",
            "Session at school, guardian: Helen Marsh"]
    lines = [
        "Dear Judge,",
        "I want to live with mummy",
        "and see daddy at the weekend",
        "and go to his flat and play",
        "football with him. I like my",
        "school and my dog Biscuit.",
        "from Noah",
    ]
    y = 560
    for ln in lines:
        child_text(im, rnd, ML + rnd.randint(-10, 20), y, ln, 92)
        text.append(ln)
        y += 150
    # the drawing
    y0 = 1680
    child_text(im, rnd, ML + 60, y0, "My drawing for my guardian", 84, colour=(200, 30, 30))
    text.append("My drawing for my guardian")
    d = ImageDraw.Draw(im)
    # sun
    cx, cy = 1950, 2150
    crayon_line(d, rnd, [(cx + 150 * math.cos(a / 20 * 6.283), cy + 150 * math.sin(a / 20 * 6.283))
                         for a in range(21)], CRAYON[3], 16)
    for k in range(10):
        a = k / 10 * 6.283
        crayon_line(d, rnd, [(cx + 190 * math.cos(a), cy + 190 * math.sin(a)),
                             (cx + 290 * math.cos(a), cy + 290 * math.sin(a))], CRAYON[3], 14)
    # house
    hx, hy = 420, 2350
    crayon_line(d, rnd, [(hx, hy), (hx + 620, hy), (hx + 620, hy + 560), (hx, hy + 560), (hx, hy)],
                CRAYON[0], 16)
    crayon_line(d, rnd, [(hx - 40, hy + 10), (hx + 310, hy - 300), (hx + 660, hy + 10)], CRAYON[4], 16)
    crayon_fill(d, rnd, (hx + 240, hy + 330, hx + 380, hy + 550), CRAYON[4])
    crayon_line(d, rnd, [(hx + 70, hy + 90), (hx + 200, hy + 90), (hx + 200, hy + 210),
                         (hx + 70, hy + 210), (hx + 70, hy + 90)], CRAYON[1], 12)
    crayon_line(d, rnd, [(hx + 420, hy + 90), (hx + 550, hy + 90), (hx + 550, hy + 210),
                         (hx + 420, hy + 210), (hx + 420, hy + 90)], CRAYON[1], 12)
    # two figures and a dog
    for fx, col, hgt in [(1300, CRAYON[6], 1.0), (1600, CRAYON[5], 0.7)]:
        top = 2500 + int((1 - hgt) * 300)
        crayon_line(d, rnd, [(fx + 70 * math.cos(a / 16 * 6.283), top + 70 * math.sin(a / 16 * 6.283))
                             for a in range(17)], col, 12)
        crayon_line(d, rnd, [(fx, top + 70), (fx, top + 70 + 260 * hgt)], col, 12)
        crayon_line(d, rnd, [(fx - 110, top + 150), (fx + 110, top + 150)], col, 12)
        crayon_line(d, rnd, [(fx, top + 70 + 260 * hgt), (fx - 80, top + 70 + 430 * hgt)], col, 12)
        crayon_line(d, rnd, [(fx, top + 70 + 260 * hgt), (fx + 80, top + 70 + 430 * hgt)], col, 12)
    crayon_line(d, rnd, [(1850, 2850), (2050, 2850), (2050, 2930), (1850, 2930), (1850, 2850)],
                CRAYON[4], 12)
    crayon_line(d, rnd, [(2050, 2850), (2110, 2790), (2150, 2830)], CRAYON[4], 12)
    # grass
    crayon_line(d, rnd, [(250 + i * 40, 2960 + (25 if i % 2 else 0)) for i in range(51)], CRAYON[2], 14)
    child_text(im, rnd, 1230, 3060, "me and daddy", 70, colour=(120, 40, 150))
    text.append("me and daddy")
    return im, "\n".join(text)


def doc_contact_log() -> Page:
    p = Page(sans=True, px=42)
    p.line("Cafcass ECMS", f=font(SANS_B, 40), align="right")
    p.heading("CONTACT LOG", size=66, underline=True)
    casenum(p, "BM25P00012")
    p.kv("Case:", "Smith v Brown (private law, WTFH)", keyw=300)
    p.kv("Child:", "Leo Smith, born 31 January 2020", keyw=300)
    p.gap(20)
    entries = [
        ("12/02/2025 09:14", "Case created", "Business services: case created on receipt "
         "from the court; allocated to the Early Intervention Team."),
        ("18/02/2025 11:02", "Telephone call", "Tom Reilly (FCA) spoke with Laura Smith, "
         "mother, for 40 minutes. Mother described the history and her worries about handovers."),
        ("18/02/2025 14:30", "Telephone call", "Tom Reilly (FCA) spoke with Daniel Brown, "
         "father, for 35 minutes. Father wants regular weekend time and is willing to use a "
         "family centre for handovers."),
        ("20/02/2025 16:05", "Information received", "Information from a partner agency "
         "received and saved to file."),
        ("26/02/2025 10:20", "Advice filed", "Advice for the first hearing filed with the court "
         "and sent to both parents by secure email."),
        ("03/03/2025 15:45", "Hearing attended", "First hearing. Parents agreed interim "
         "arrangements at court."),
    ]
    for when, head, text in entries:
        p.line(f"{when}   {head}", f=p.fb)
        p.para(text, indent=60, after=14)
    p.gap(20)
    p.rule()
    p.line("WTFH OUTCOME FORM", f=font(SANS_B, 54))
    p.gap(10)
    p.kv("Hearing date:", "3 March 2025", keyw=520)
    p.kv("Outcome:", "Interim arrangements agreed; dispute resolution hearing listed for "
         "12 May 2025.", keyw=520)
    p.kv("Cafcass work:", "None further requested at this stage.", keyw=520)
    p.kv("Completed by:", "Tom Reilly, Family Court Adviser, 4 March 2025", keyw=520)
    return p


def doc_thank_you_card() -> Page:
    p = Page()
    rnd = random.Random(211)
    # a small label stuck on by business services
    fb = font(SANS_B, 50)
    p.d.rectangle([ML - 20, 150, ML + 980, 260], outline=0, width=3)
    p.d.text((ML + 10, 175), "Case number: NW24C00333", font=fb, fill=0)
    p.text_log.append("Case number: NW24C00333")
    p.d.text((ML + 10, 290), "Received by post 2 April 2025, Northwick office", font=font(SANS, 40), fill=0)
    p.text_log.append("Received by post 2 April 2025, Northwick office")
    # the card, scanned open on the glass
    cx0, cy0, cx1, cy1 = 330, 520, W - 330, 3150
    p.d.rectangle([cx0, cy0, cx1, cy1], outline=60, width=6)
    p.d.rectangle([cx0 + 30, cy0 + 30, cx1 - 30, cy1 - 30], outline=120, width=3)
    # a few flowers in the corners
    for (fx, fy) in [(cx0 + 160, cy0 + 160), (cx1 - 160, cy0 + 160), (cx0 + 160, cy1 - 160),
                     (cx1 - 160, cy1 - 160)]:
        for k in range(6):
            a = k / 6 * 6.283
            px, py = fx + 55 * math.cos(a), fy + 55 * math.sin(a)
            p.d.ellipse([px - 38, py - 38, px + 38, py + 38], outline=80, width=5)
        p.d.ellipse([fx - 22, fy - 22, fx + 22, fy + 22], fill=90)
    fi = font(SERIF_I, 96)
    f = font(SERIF_I, 62)
    y = cy0 + 420
    for t in ["Thank you", "for all your help"]:
        w = fi.getlength(t)
        p.d.text(((W - w) / 2, y), t, font=fi, fill=0)
        p.text_log.append(t)
        y += 140
    y += 100
    body = ("To Sian, thank you so much for everything you have done for me and the girls. "
            "You really listened to us and you always came when you said you would. Ava is "
            "going to school every day now and Mia loves her nursery. Things are so much "
            "calmer at home. We will never forget you. Lots of love from Jess, Ava and Mia xxx")
    p.x0, p.x1 = cx0 + 200, cx1 - 200
    p.y = y
    for ln in p.wrap(body, f, p.x1 - p.x0):
        p.d.text((p.x0 + rnd.randint(-4, 4), p.y), ln, font=f, fill=20)
        p.text_log.append(ln)
        p.y += 92
    # Ava's little addition
    p.y += 60
    p.d.text((p.x0 + 200, p.y), "thank you from Ava", font=font(SANS, 70), fill=40)
    p.text_log.append("thank you from Ava")
    return p


def doc_bundle_index() -> Page:
    p = Page(sans=True, px=44)
    p.line("IN THE FAMILY COURT SITTING AT MILTON KEYNES", f=p.fb, align="center")
    p.gap(10)
    p.heading("COURT BUNDLE", size=70)
    p.line("Index of the bundle for the final hearing on 12 May 2025", align="center", f=p.fi)
    p.gap(20)
    casenum(p, "MK23C00456")
    p.kv("Re:", "Rhys Evans (born 29 February 2012)", keyw=200)
    p.gap(30)
    sections = [
        ("A", "Preliminary documents", "A1 - A24",
         ["Case summary", "Chronology", "Threshold document", "Skeleton arguments"]),
        ("B", "Evidence of the parents", "B1 - B46",
         ["Evidence of the mother", "Evidence of the father"]),
        ("C", "Local authority evidence", "C1 - C118",
         ["Social work evidence", "Care plan", "Placement information"]),
        ("D", "Children's guardian", "D1 - D52", ["Guardian's final analysis"]),
        ("E", "Other assessments", "E1 - E64", ["Parenting assessment", "Assessment of Rhys's emotional needs"]),
        ("F", "Medical and school records", "F1 - F90", ["GP records", "School records"]),
    ]
    fb = font(SANS_B, 46)
    f = font(SANS, 44)
    for letter, title, pages, items in sections:
        p.line(f"Section {letter}   {title}", f=fb, advance=False)
        p.line(f"pages {pages}", f=fb, align="right")
        for it in items:
            p.line(f"- {it}", f=f, x=ML + 120)
        p.gap(18)
    p.gap(20)
    p.para("Total: 394 pages. Bundle prepared by the local authority's legal team and agreed "
           "with all parties on 28 April 2025. Page numbers refer to the electronic bundle.",
           f=p.fi)
    return p


def doc_welsh_position_statement() -> Page:
    p = Page()
    p.line("YN Y LLYS TEULU YN EISTEDD YNG NGHAERDYDD", f=p.fb, align="center")
    p.line("IN THE FAMILY COURT SITTING AT CARDIFF", f=p.fi, align="center")
    p.gap(20)
    # serif bold 58 px came out "POSTTION STATEMENT" with cym+eng; sans bold 58 reads right
    p.heading("DATGANIAD SEFYLLFA / POSITION STATEMENT", size=58, underline=True, sans=True)
    casenum(p, "CF22P00789", label="Rhif yr achos:")
    p.kv("Ceisydd:", "Siân Jones (y fam)", keyw=420)
    p.kv("Atebydd:", "Dafydd Jones (y tad)", keyw=420)
    p.kv("Plentyn:", "Cerys Jones (ganwyd 31 Gorffennaf 2019)", keyw=420)
    p.gap(20)
    p.para("1. Mae'r datganiad hwn yn cael ei ffeilio ar ran y fam, Siân Jones, cyn y "
           "gwrandawiad nesaf. Mae'n nodi ei safbwynt am drefniadau Cerys.")
    p.para("2. Mae Cerys yn byw gyda'i mam mewn tŷ bach ym Mhen Llŷn ers mis Medi 2023. Mae "
           "hi'n mynd i'r ysgol gynradd leol ac mae hi'n hapus yno. Mae hi'n hoffi chwarae yn "
           "y dŵr ar y traeth, ac mae hi'n canu cân gyda chôr yr ysgol bob wythnos.")
    p.para("3. Nid yw'r fam yn gwrthwynebu i Cerys dreulio amser gyda'i thad. Mae hi'n cynnig "
           "bod Cerys yn aros gyda'i thad bob yn ail benwythnos, o ddydd Gwener tan ddydd Sul, "
           "a bod gwyliau'r ysgol yn cael eu rhannu'n deg rhwng y ddau riant.")
    p.para("4. Mae gŵr chwaer y fam, Ifan, yn fodlon helpu gyda'r teithio i Gaerdydd. Mae taid "
           "a nain Cerys yn byw gerllaw, ac mae Tomos, ŵyr arall i'r teulu, yn chwarae gyda hi "
           "yn aml.")
    p.para("5. Mae'r fam yn gofyn i'r llys gymeradwyo'r trefniadau hyn. Mae hi'n credu bod y "
           "ffeithiau yn y datganiad hwn yn wir.")
    p.para("Summary in English: the mother proposes that Cerys lives with her on the Llŷn "
           "peninsula and spends alternate weekends and half of the school holidays with her "
           "father.", f=p.fi)
    p.signature(261, ["Siân Jones, Ceisydd / Applicant", "Dyddiad / Dated: 3 Mehefin 2024"],
                label="Llofnod:")
    return p


def doc_welsh_letter() -> Page:
    p = Page()
    p.letterhead("Cafcass Cymru", ["Swyddfa Caerdydd / Cardiff office",
                                   "Llys Ffordd y Gogledd, Caerdydd CF10 9QQ"])
    p.line("Mr Dafydd Jones")
    p.line("5 Heol y Dŵr")
    p.line("Caerdydd CF24 9QQ")
    p.gap(20)
    p.line("29 Ebrill 2024", align="right")
    # serif bold 58 px came out "LEITER TO PARTIES" with cym+eng; sans bold 58 reads right
    p.heading("LLYTHYR / LETTER TO PARTIES", size=58, align="left", sans=True)
    casenum(p, "CF22P00789", label="Rhif yr achos:")
    p.gap(10)
    p.line("Annwyl Mr Jones / Dear Mr Jones,")
    p.gap(16)
    p.para("Fi yw'r Cynghorydd Llys Teulu sy'n gweithio gyda'ch teulu. Byddaf yn eich ffonio "
           "ddydd Mawrth, 14 Mai, rhwng 10 y bore a 12 canol dydd, i siarad am drefniadau "
           "Cerys. Os nad yw'r amser hwn yn gyfleus, ffoniwch y swyddfa.")
    p.para("Gallwch siarad â mi yn Gymraeg neu yn Saesneg. Byddaf hefyd yn siarad â Siân Jones "
           "ar wahân. Mae Cerys wedi dweud ei bod hi'n hoffi'r tŷ newydd a'r ardd.")
    p.para("I am the Family Court Adviser working with your family. I will telephone you on "
           "Tuesday 14 May between 10 am and 12 noon to talk about the arrangements for Cerys. "
           "You can speak to me in Welsh or in English. If the time is not convenient, please "
           "call the office.", f=p.fi)
    p.gap(10)
    p.line("Yn gywir / Yours sincerely,")
    p.signature(271, ["Elin Prys", "Cynghorydd Llys Teulu / Family Court Adviser"], label="")
    return p


# --------------------------------------------------------------------------
# Routing words the lead's rules match on (substring, case-insensitive).
# Every stored document must contain one of its own folder's words and none
# of any other folder's.
# --------------------------------------------------------------------------

TRIGGERS = {
    "police-information": ["police", "pnc", "constabulary"],
    "court-orders": ["order", "directions"],
    "court-papers": ["c100", "application", "position statement", "statement"],
    "reporting-to-court": ["safeguarding letter", "report to court"],
    "risk-and-safety": ["screening", "local authority checks"],
    "experts-and-agency": ["expert", "psychologist", "letter of instruction"],
    "legal-advice": ["cafcass legal", "legal advice", "privileged"],
    "direct-work": ["dear judge", "my drawing", "wishes and feelings"],
    "case-information": ["contact log", "outcome form"],
    "further-information": ["thank you"],
    "court-bundle": ["court bundle", "bundle index"],
    "case-plan": ["case plan"],
    "correspondence": ["letter to parties", "dear mr", "dear ms"],
}


def check_triggers(items) -> list[str]:
    problems = []
    for it in items:
        text = it.get("_text", "").lower()
        if not text:
            continue
        own = it.get("folder")
        if it["outcome"] in ("stored", "duplicate") and own:
            if not any(t in text for t in TRIGGERS[own]):
                problems.append(f"{it['file']}: none of its own folder's words {TRIGGERS[own]}")
            for folder, words in TRIGGERS.items():
                if folder == own:
                    continue
                hit = [w for w in words if w in text]
                if hit:
                    problems.append(f"{it['file']} ({own}): mentions {folder} words {hit}")
        elif it.get("reason") == "needs-review":
            hit = [w for ws in TRIGGERS.values() for w in ws if w in text]
            if hit:
                problems.append(f"{it['file']} (needs-review): mentions routing words {hit}")
    return problems


# --------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------

CASES = [
    # case_number, case_name, law_type, stage, status, closed_on, children, shielded
    ("LS24P01234", "Hughes v Patel", "private", "WAFH", "open", "",
     "Amelia Hughes:2015-03-14;Noah Hughes:2018-11-02", "false"),
    ("MK23C00456", "Re Evans", "public", "", "open", "", "Rhys Evans:2012-02-29", "false"),
    ("CF22P00789", "Jones v Jones", "private", "WTFH", "closed", "2024-06-30",
     "Cerys Jones:2019-07-31", "false"),
    ("BM25P00012", "Smith v Brown", "private", "WTFH", "open", "", "Leo Smith:2020-01-31", "false"),
    ("NW24C00333", "Re Taylor", "public", "", "open", "",
     "Ava Taylor:2016-05-20;Mia Taylor:2021-12-31", "false"),
    # extras, no documents refer to them: a closed public case with 29 Feb / 31st
    # birthdays (retention date arithmetic) and a shielded private case.
    ("LV21C00999", "Re Morgan", "public", "", "closed", "2023-01-31",
     "Tomos Morgan:2008-02-29;Elin Morgan:2010-08-31", "false"),
    ("DR25P00077", "Hart v Quinn", "private", "WAFH", "open", "", "Ellis Hart:2017-09-09", "true"),
]
CASE_NAMES = {c[0]: c[1] for c in CASES}


def canon(cn: str, doc: str) -> str:
    return f"{CASE_NAMES[cn]} - {cn} - {doc}.pdf"


def page_text(pages) -> str:
    return "\n".join(p.text() for p in pages)


def build(out: str) -> list[dict]:
    scans = os.path.join(out, "scans")
    cym = os.path.join(out, "scans-cymru")
    for d in (scans, cym):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    items: list[dict] = []

    def add(file, outcome, **kw):
        it = {"file": file, "outcome": outcome}
        it.update(kw)
        it.setdefault("languages", "cym+eng" if file.startswith("scans-cymru/") else "eng")
        items.append(it)
        return it

    def stored(file, cn, folder, docname, pages, labels, words, text, **kw):
        return add(file, "stored", folder=folder, name=canon(cn, docname), case_number=cn,
                   pages=pages, page_labels=labels, words=words, _text=text, **kw)

    def quarantined(file, reason, labels, cn=None, pages=None, flagged=None, text="", **kw):
        it = add(file, "quarantined", reason=reason, page_labels=labels, _text=text, **kw)
        if flagged is not None:
            it["pages_flagged"] = flagged
        if cn:
            it["case_number"] = cn
        if pages is not None:
            it["pages"] = pages
        return it

    P = lambda name: os.path.join(scans, name)  # noqa: E731

    # 1 clean, well named
    f1 = "Hughes v Patel - LS24P01234 - Position statement.png"
    pg = doc_position_statement()
    save_png(pg[0].im, P(f1))
    stored("scans/" + f1, "LS24P01234", "court-papers", "Position statement", 1, ["legible"],
           ["POSITION", "STATEMENT", "LS24P01234", "Westfield", "Headingley", "asthma"],
           page_text(pg), distortion="none")
    item1_text = page_text(pg)

    # 2 JPEG order
    pg = doc_order()
    save_jpeg(pg[0].im, P("scan_0001.jpg"))
    stored("scans/scan_0001.jpg", "LS24P01234", "court-orders", "Court order", 1, ["legible"],
           ["ORDERED", "District", "Judge", "Ashworth", "LS24P01234", "Headingley"],
           page_text(pg), distortion="JPEG quality 85")

    # 3 three-page group4 TIFF
    pg = doc_c100()
    save_tiff([p.im.point(lambda v: 255 if v >= 128 else 0).convert("1", dither=Image.Dither.NONE)
               for p in pg], P("scan_0002.tif"), "group4")
    stored("scans/scan_0002.tif", "BM25P00012", "court-papers", "Application", 3,
           ["legible"] * 3, ["C100", "APPLICATION", "BM25P00012", "Mediation", "Moseley", "truth"],
           page_text(pg), distortion="1-bit (threshold 128), CCITT group 4")

    # 4 letter + blank back, LZW gray TIFF
    p = doc_safeguarding_letter()
    back = blank_back(401)
    save_tiff([p.im, back], P("scan_0003.tif"), "tiff_lzw")
    stored("scans/scan_0003.tif", "LS24P01234", "reporting-to-court", "Safeguarding letter", 2,
           ["legible", "blank"], ["SAFEGUARDING", "LETTER", "LS24P01234", "Cafcass", "Separated",
                                  "Programme"],
           p.text(), distortion="page 2: blank scanner back (40 specks grey 120-200, one smudge "
           "blurred 45 px, darkest about grey 200)")

    # 5 image-only PDF, 2 JPEG pages
    pg = doc_expert_report()
    save_pdf_jpeg([p.im for p in pg], P("scan_0004.pdf"))
    stored("scans/scan_0004.pdf", "MK23C00456", "experts-and-agency", "Expert report", 2,
           ["legible"] * 2, ["EXPERT", "REPORT", "MK23C00456", "psychologist", "instruction",
                             "therapy"],
           page_text(pg), distortion="image-only PDF, each page one DCT (JPEG quality 85) image")

    # 6 police
    p = doc_police()
    save_png(p.im, P("police_disclosure.png"))
    stored("scans/police_disclosure.png", "BM25P00012", "police-information", "Police safeguarding check",
           1, ["legible"], ["POLICE", "NATIONAL", "COMPUTER", "PNC", "Thames", "Valley", "BM25P00012"],
           p.text(), distortion="none")

    # 7 skewed 4 degrees
    p = doc_la_screening()
    sk = p.im.rotate(4, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    save_png(sk, P("scan_0005.png"))
    stored("scans/scan_0005.png", "NW24C00333", "risk-and-safety", "Local authority checks", 1,
           ["legible"], ["LOCAL", "AUTHORITY", "SCREENING", "RESPONSE", "NW24C00333", "Northwick"],
           p.text(), distortion="rotated 4 degrees counter-clockwise (bicubic, white fill, same size)")

    # 8 low contrast
    p = doc_letter_to_parties()
    lc = p.im.point(lambda v: int(round(150 + (215 - 150) * v / 255)))
    save_png(lc, P("scan_0006.png"))
    stored("scans/scan_0006.png", "LS24P01234", "correspondence", "Welcome letter", 1, ["legible"],
           ["LETTER", "PARTIES", "LS24P01234", "Dear", "Patel", "interpreter"],
           p.text(), distortion="low contrast: ink 150, paper 215 (linear map of 0..255)")

    # 9 mild noise
    p = doc_legal_advice()
    nz = add_gaussian_noise(p.im, 25, 901)
    nz = add_specks(nz, 902, count=60, rmin=2, rmax=6, shade=(0, 80))
    nz = quantize(nz, 32)  # keeps the PNG near 3 MB instead of 4.7 MB
    save_png(nz, P("scan_0007.png"))
    stored("scans/scan_0007.png", "MK23C00456", "legal-advice", "Legal advice", 1, ["legible"],
           ["CAFCASS", "LEGAL", "PRIVILEGED", "ADVICE", "MK23C00456", "proportionate"],
           p.text(), distortion="Gaussian noise sigma 25 (per pixel, clipped) + 60 dark specks "
           "radius 2-6 px, then quantised to 32 grey levels")

    # 10 heavy noise: text buried in salt and pepper
    p = doc_case_note_for_noise()
    # 28% black: tesseract 5.3.0 took 158 s on this page at 300 dpi (32%: 23 s, 25%: >300 s);
    # 90% replaced: a person sees nothing at 100% and at most the heading's outline shrunk
    hv = salt_and_pepper_bury(p.im, 1001, replace=0.90, black=0.28)
    save_png(hv, P("scan_0008.png"))
    quarantined("scans/scan_0008.png", "illegible", ["illegible"], cn="LS24P01234", pages=1,
                flagged=[1], text=p.text(),
                distortion="binarised, then 90% of pixels replaced by random ones (28% black); "
                "1-bit PNG")

    # 11 three pages, the middle one blurred
    pg = doc_case_plan("NW24C00333", "Ava Taylor and Mia Taylor", "Sian Roberts", 2)
    ims = [pg[0].im, pg[1].im.filter(ImageFilter.GaussianBlur(18)), pg[2].im]
    save_tiff(ims, P("scan_0009.tif"), "tiff_lzw")
    quarantined("scans/scan_0009.tif", "illegible", ["legible", "illegible", "legible"],
                cn="NW24C00333", pages=3, flagged=[2], text=page_text(pg),
                distortion="page 2 Gaussian blur radius 18 px (radius 9 was still readable by a person); LZW grey TIFF")

    # 12 no case number
    p = doc_school_trip()
    save_png(p.im, P("scan_0010.png"))
    quarantined("scans/scan_0010.png", "no-case-number", ["legible"], pages=1, text=p.text(),
                distortion="none")
    truncated_source = P("scan_0010.png")

    # 13 unknown case
    pg = doc_position_statement(cn="ZZ99P99999", court="Bristol", mother="Megan Green",
                                father="Owen Walsh", kids=("Ruby", "Ruby"),
                                kid_lines=("Ruby Green (born 4 June 2017)",), sig=131,
                                solicitor="Imran Shah")
    save_png(pg[0].im, P("scan_0011.png"))
    quarantined("scans/scan_0011.png", "unknown-case", ["legible"], cn="ZZ99P99999", pages=1,
                text=page_text(pg), distortion="none")

    # 14 matches no folder
    p = doc_parking_permit()
    save_png(p.im, P("scan_0012.png"))
    quarantined("scans/scan_0012.png", "needs-review", ["legible"], cn="LS24P01234", pages=1,
                text=p.text(), distortion="none")

    # 15 name mismatch
    f15 = "Smith v Jones - LS24P01234 - Note.png"
    p = doc_file_note_misnamed()
    save_png(p.im, P(f15))
    quarantined("scans/" + f15, "name-mismatch", ["legible"], cn="LS24P01234", pages=1,
                text=p.text(), distortion="none")

    # 16 empty
    open(P("empty.png"), "wb").close()
    quarantined("scans/empty.png", "empty", [], distortion="0 bytes")

    # 17 truncated PNG
    with open(truncated_source, "rb") as fh:
        head = fh.read(3000)
    with open(P("truncated.png"), "wb") as fh:
        fh.write(head)
    quarantined("scans/truncated.png", "corrupt", [],
                distortion="first 3000 bytes of scans/scan_0010.png")

    # 18 random bytes named .pdf
    with open(P("random.pdf"), "wb") as fh:
        fh.write(random.Random(1801).randbytes(4096))
    quarantined("scans/random.pdf", "corrupt", [], distortion="4096 random bytes, seed 1801")

    # 19 child's letter and drawing (colour JPEG)
    im, text = doc_childs_drawing()
    save_jpeg(im, P("scan_0013.jpg"))
    stored("scans/scan_0013.jpg", "LS24P01234", "direct-work", "Direct work record", 1, ["legible"],
           ["Dear", "Judge", "drawing", "guardian", "Noah", "LS24P01234"], text,
           distortion="RGB JPEG quality 85; wobbly 'handwriting' (DejaVu Sans 92 px, each word "
           "rotated up to 3 degrees), crayon strokes")

    # 20 contact log
    p = doc_contact_log()
    save_png(p.im, P("scan_0014.png"))
    stored("scans/scan_0014.png", "BM25P00012", "case-information", "Contact log", 1,
           ["legible"], ["CONTACT", "LOG", "WTFH", "OUTCOME", "FORM", "BM25P00012"], p.text(),
           distortion="none")

    # 21 thank-you card
    p = doc_thank_you_card()
    save_png(p.im, P("scan_0015.png"))
    stored("scans/scan_0015.png", "NW24C00333", "further-information", "Thank-you card", 1,
           ["legible"], ["Thank", "help", "NW24C00333", "nursery", "calmer"], p.text(),
           distortion="none")

    # 22 bundle index
    p = doc_bundle_index()
    save_png(p.im, P("scan_0016.png"))
    stored("scans/scan_0016.png", "MK23C00456", "court-bundle", "Court bundle", 1, ["legible"],
           ["COURT", "BUNDLE", "MK23C00456", "Chronology", "Skeleton", "Preliminary"], p.text(),
           distortion="none")

    # 23 case plan
    pg = doc_case_plan("MK23C00456", "Rhys Evans", "Gareth Lloyd", 1)
    save_png(pg[0].im, P("scan_0017.png"))
    stored("scans/scan_0017.png", "MK23C00456", "case-plan", "Case plan", 1, ["legible"],
           ["CASE", "PLAN", "MK23C00456", "Planning", "Reflection", "Analysis"], page_text(pg),
           distortion="none")

    # 24 byte-identical copy of item 1
    shutil.copyfile(P(f1), P("copy of position statement.png"))
    add("scans/copy of position statement.png", "duplicate", duplicate_of="scans/" + f1,
        case_number="LS24P01234", folder="court-papers",
        name=canon("LS24P01234", "Position statement"), pages=1, page_labels=["legible"],
        _text=item1_text, distortion="byte-identical copy of item 1")

    # 25 pure noise, no text
    rnd = random.Random(2501)
    small = Image.frombytes("L", (W // 2, H // 2), rnd.randbytes((W // 2) * (H // 2)))
    small = quantize(small.point(_gauss_lut(55)), 16)
    noise = small.resize((W, H), Image.Resampling.NEAREST)
    save_png(noise, P("scan_0018.png"))
    quarantined("scans/scan_0018.png", "illegible", ["illegible"], pages=1, flagged=[1],
                distortion="grey noise only: Gaussian mean 128 sigma 55, 16 levels, 2x2 px grain")

    # 26, 27 Welsh
    p = doc_welsh_position_statement()
    save_png(p.im, os.path.join(cym, "scan_cy_0001.png"))
    stored("scans-cymru/scan_cy_0001.png", "CF22P00789", "court-papers", "Datganiad sefyllfa", 1,
           ["legible"], ["DATGANIAD", "SEFYLLFA", "CF22P00789", "dŵr", "tŷ", "Llŷn", "gŵr", "ŵyr",
                         "cân"], p.text(), distortion="none")
    p = doc_welsh_letter()
    save_png(p.im, os.path.join(cym, "scan_cy_0002.png"))
    stored("scans-cymru/scan_cy_0002.png", "CF22P00789", "correspondence", "Llythyr at y partïon", 1,
           ["legible"], ["LLYTHYR", "LETTER", "PARTIES", "CF22P00789", "Dŵr", "tŷ", "Siân"],
           p.text(), distortion="none")
    return items


def toml_value(v) -> str:
    import json
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, list):
        return "[" + ", ".join(toml_value(x) for x in v) + "]"
    raise TypeError(v)


FIELD_ORDER = ["file", "outcome", "reason", "pages_flagged", "duplicate_of", "case_number",
               "folder", "name", "pages", "page_labels", "words", "languages", "distortion"]

MANIFEST_HEAD = """\
# Ground truth for the scanning-station sample (generated by make_sample.py; do not edit by hand).
# One [[doc]] per input document, in inbox order.
#   file          path relative to test-data/
#   outcome       "stored" | "quarantined" | "duplicate"
#   reason        quarantined only: illegible | no-case-number | unknown-case | needs-review |
#                 name-mismatch | empty | corrupt
#   pages_flagged illegible only: 1-based numbers of the illegible pages
#   duplicate_of  duplicate only: the file whose bytes it repeats (same case)
#   case_number   the case the document really belongs to, where it has one
#   folder, name  expected case-file folder and canonical file name (stored / duplicate)
#   pages         page count of the input (stored PDF has the same count)
#   page_labels   per page: "legible" | "blank" | "illegible" (legibility calibration truth)
#   words         words pdftotext must find in the stored PDF (checked against tesseract 5.3.0
#                 output of the page, see PROVENANCE.md)
#   languages     tesseract languages for the inbox the file is in
#   distortion    how the page was degraded (informational)
"""


def write_manifest(items, path):
    out = [MANIFEST_HEAD]
    for it in items:
        out.append("\n[[doc]]\n")
        for k in FIELD_ORDER:
            if k in it:
                out.append(f"{k} = {toml_value(it[k])}\n")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("".join(out))


def write_cases(path):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("case_number,case_name,law_type,stage,status,closed_on,children,shielded\n")
        for row in CASES:
            fh.write(",".join(row) + "\n")


def main():
    out = HERE if len(sys.argv) < 2 else sys.argv[1]
    items = build(out)
    problems = check_triggers(items)
    for pr in problems:
        print("ROUTING WORD PROBLEM:", pr, file=sys.stderr)
    write_manifest(items, os.path.join(out, "manifest.toml"))
    write_cases(os.path.join(out, "cases.csv"))
    # sanity: the manifest parses and names every file that exists
    import tomllib
    with open(os.path.join(out, "manifest.toml"), "rb") as fh:
        docs = tomllib.load(fh)["doc"]
    for d in docs:
        assert os.path.exists(os.path.join(out, d["file"])), d["file"]
    print(f"{len(docs)} documents written to {out}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
