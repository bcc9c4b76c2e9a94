#!/usr/bin/env python3
"""Write heldout.jsonl: a labelled held-out evaluation set for the document-routing classifier.

Synthetic documents as the intake pipeline sees them after OCR / text extraction, one JSON object a
line. Written apart from the training set (nothing under pipelines/routing/ was read except
kinds.toml), with its own organisations, layouts and phrasing, so that it measures how well the
classifier generalises to documents written by someone else.

Standard library only; deterministic (one random.Random(SEED), fixed iteration order).
Run:  python3 test-data/routing/make_heldout.py      (from the repository root, or from anywhere)
"""

import datetime as dt
import json
import os
import random
import re
import sys
import textwrap
from collections import Counter, defaultdict

SEED = 7302611
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "heldout.jsonl")
KINDS_TOML = os.path.normpath(os.path.join(HERE, "..", "..", "pipelines", "routing", "kinds.toml"))

RECORD_CLASSES = {
    "looked-after-child", "privately-fostered-child", "adoption", "foster-carers",
    "child-protection", "missing-person", "adult-posing-risk", "other-childrens-social-care",
}

# --------------------------------------------------------------------------------------------
# Pools. All people, addresses, phone numbers (Ofcom drama ranges) and case numbers are invented.
# Organisation names are only used as the senders such documents come from.
# --------------------------------------------------------------------------------------------

AREAS_EN = [
    dict(code="LS", town="Leeds", la="Leeds City Council", la_short="Leeds", la_dom="leeds.gov.uk",
         police="West Yorkshire Police", police_dom="westyorkshire.police.uk", pc="LS", tel="0113 496 0",
         health="Leeds Community Healthcare NHS Trust", streets=["Harehills Lane", "Cranbrook Avenue", "Stainbeck Road", "Tong Road"]),
    dict(code="BS", town="Bristol", la="Bristol City Council", la_short="Bristol", la_dom="bristol.gov.uk",
         police="Avon and Somerset Constabulary", police_dom="avonandsomerset.police.uk", pc="BS", tel="0117 496 0",
         health="Sirona care & health", streets=["Filton Avenue", "Wick Road", "Church Road", "Sandy Park Road"]),
    dict(code="MA", town="Manchester", la="Manchester City Council", la_short="Manchester", la_dom="manchester.gov.uk",
         police="Greater Manchester Police", police_dom="gmp.police.uk", pc="M", tel="0161 496 0",
         health="Manchester University NHS Foundation Trust", streets=["Kingsway", "Hyde Road", "Moston Lane", "Barlow Moor Road"]),
    dict(code="BM", town="Birmingham", la="Birmingham Children's Trust", la_short="Birmingham", la_dom="birminghamchildrenstrust.co.uk",
         police="West Midlands Police", police_dom="westmidlands.police.uk", pc="B", tel="0121 496 0",
         health="Birmingham Community Healthcare NHS Foundation Trust", streets=["Stratford Road", "Coventry Road", "Kingstanding Road", "Bordesley Green"]),
    dict(code="NG", town="Nottingham", la="Nottingham City Council", la_short="Nottingham", la_dom="nottinghamcity.gov.uk",
         police="Nottinghamshire Police", police_dom="notts.police.uk", pc="NG", tel="01632 960",
         health="Nottingham CityCare Partnership", streets=["Alfreton Road", "Hucknall Road", "Carlton Road", "Bulwell Lane"]),
    dict(code="CM", town="Chelmsford", la="Essex County Council", la_short="Essex", la_dom="essex.gov.uk",
         police="Essex Police", police_dom="essex.police.uk", pc="CM", tel="01632 960",
         health="Essex Partnership University NHS Foundation Trust", streets=["Broomfield Road", "Galleywood Road", "Springfield Road"]),
    dict(code="PL", town="Plymouth", la="Plymouth City Council", la_short="Plymouth", la_dom="plymouth.gov.uk",
         police="Devon and Cornwall Police", police_dom="devonandcornwall.police.uk", pc="PL", tel="01632 960",
         health="Livewell Southwest", streets=["Wolseley Road", "Tavistock Road", "Embankment Road"]),
    dict(code="NR", town="Norwich", la="Norfolk County Council", la_short="Norfolk", la_dom="norfolk.gov.uk",
         police="Norfolk Constabulary", police_dom="norfolk.police.uk", pc="NR", tel="01632 960",
         health="Norfolk Community Health and Care NHS Trust", streets=["Dereham Road", "Sprowston Road", "Earlham Road"]),
    dict(code="LV", town="Liverpool", la="Liverpool City Council", la_short="Liverpool", la_dom="liverpool.gov.uk",
         police="Merseyside Police", police_dom="merseyside.police.uk", pc="L", tel="01632 960",
         health="Alder Hey Children's NHS Foundation Trust", streets=["Breck Road", "Smithdown Road", "Walton Lane"]),
    dict(code="NE", town="Newcastle", la="Newcastle City Council", la_short="Newcastle", la_dom="newcastle.gov.uk",
         police="Northumbria Police", police_dom="northumbria.police.uk", pc="NE", tel="01632 960",
         health="Newcastle upon Tyne Hospitals NHS Foundation Trust", streets=["Westgate Road", "Shields Road", "Benton Road"]),
    dict(code="ME", town="Medway", la="Kent County Council", la_short="Kent", la_dom="kent.gov.uk",
         police="Kent Police", police_dom="kent.police.uk", pc="ME", tel="01632 960",
         health="Kent Community Health NHS Foundation Trust", streets=["Canterbury Street", "Maidstone Road", "Luton Road"]),
    dict(code="ZE", town="East London", la="London Borough of Tower Hamlets", la_short="Tower Hamlets", la_dom="towerhamlets.gov.uk",
         police="Metropolitan Police Service", police_dom="met.police.uk", pc="E", tel="020 7946 0",
         health="East London NHS Foundation Trust", streets=["Roman Road", "Commercial Road", "Burdett Road"]),
]

AREAS_CY = [
    dict(code="CF", town="Cardiff", town_cy="Caerdydd", in_cy="yng Nghaerdydd", la="Cardiff Council", la_cy="Cyngor Caerdydd",
         la_dom="caerdydd.gov.uk", police="South Wales Police", police_cy="Heddlu De Cymru", police_dom="south-wales.police.uk",
         pc="CF", tel="029 2018 0", health="Cardiff and Vale University Health Board",
         health_cy="Bwrdd Iechyd Prifysgol Caerdydd a'r Fro", streets=["Heol y Bont", "Heol Llanisien", "Ffordd Caerffili"]),
    dict(code="SA", town="Swansea", town_cy="Abertawe", in_cy="yn Abertawe", la="Swansea Council", la_cy="Cyngor Abertawe",
         la_dom="abertawe.gov.uk", police="South Wales Police", police_cy="Heddlu De Cymru", police_dom="south-wales.police.uk",
         pc="SA", tel="01632 960", health="Swansea Bay University Health Board",
         health_cy="Bwrdd Iechyd Prifysgol Bae Abertawe", streets=["Heol Treforys", "Stryd y Castell", "Heol Ystumllwynarth"]),
    dict(code="NP", town="Newport", town_cy="Casnewydd", in_cy="yng Nghasnewydd", la="Newport City Council", la_cy="Cyngor Dinas Casnewydd",
         la_dom="casnewydd.gov.uk", police="Gwent Police", police_cy="Heddlu Gwent", police_dom="gwent.police.uk",
         pc="NP", tel="01632 960", health="Aneurin Bevan University Health Board",
         health_cy="Bwrdd Iechyd Prifysgol Aneurin Bevan", streets=["Heol Caerllion", "Ffordd Malpas", "Heol Chepstow"]),
    dict(code="WX", town="Wrexham", town_cy="Wrecsam", in_cy="yn Wrecsam", la="Wrexham County Borough Council",
         la_cy="Cyngor Bwrdeistref Sirol Wrecsam", la_dom="wrecsam.gov.uk", police="North Wales Police",
         police_cy="Heddlu Gogledd Cymru", police_dom="nthwales.police.uk", pc="LL", tel="01632 960",
         health="Betsi Cadwaladr University Health Board", health_cy="Bwrdd Iechyd Prifysgol Betsi Cadwaladr",
         streets=["Ffordd Rhosddu", "Stryt yr Hôb", "Ffordd Holt"]),
    dict(code="CN", town="Caernarfon", town_cy="Caernarfon", in_cy="yng Nghaernarfon", la="Gwynedd Council", la_cy="Cyngor Gwynedd",
         la_dom="gwynedd.llyw.cymru", police="North Wales Police", police_cy="Heddlu Gogledd Cymru", police_dom="nthwales.police.uk",
         pc="LL", tel="01632 960", health="Betsi Cadwaladr University Health Board",
         health_cy="Bwrdd Iechyd Prifysgol Betsi Cadwaladr", streets=["Ffordd Bangor", "Stryd Llyn", "Lôn Las"]),
    dict(code="CR", town="Carmarthen", town_cy="Caerfyrddin", in_cy="yng Nghaerfyrddin", la="Carmarthenshire County Council",
         la_cy="Cyngor Sir Gâr", la_dom="sirgar.gov.uk", police="Dyfed-Powys Police", police_cy="Heddlu Dyfed-Powys",
         police_dom="dyfed-powys.police.uk", pc="SA", tel="01632 960", health="Hywel Dda University Health Board",
         health_cy="Bwrdd Iechyd Prifysgol Hywel Dda", streets=["Heol y Prior", "Stryd y Brenin", "Heol Llansteffan"]),
    dict(code="MR", town="Merthyr Tydfil", town_cy="Merthyr Tudful", in_cy="ym Merthyr Tudful",
         la="Merthyr Tydfil County Borough Council", la_cy="Cyngor Bwrdeistref Sirol Merthyr Tudful", la_dom="merthyr.gov.uk",
         police="South Wales Police", police_cy="Heddlu De Cymru", police_dom="south-wales.police.uk", pc="CF", tel="01632 960",
         health="Cwm Taf Morgannwg University Health Board", health_cy="Bwrdd Iechyd Prifysgol Cwm Taf Morgannwg",
         streets=["Heol Aberhonddu", "Stryd Fawr", "Heol y Gurnos"]),
]

BOYS_EN = ["Oliver", "Noah", "Leo", "Alfie", "Zain", "Jayden", "Kacper", "Tyler", "Ibrahim", "Reuben", "Harley", "Musa", "Theo", "Callum", "Jaxon", "Kai"]
GIRLS_EN = ["Amelia", "Isla", "Freya", "Aisha", "Mia", "Harper", "Ruby", "Maja", "Evie", "Layla", "Skye", "Poppy", "Zara", "Esme", "Lacey", "Halima"]
BOYS_CY = ["Osian", "Elis", "Tomos", "Dylan", "Iwan", "Macsen", "Gruffydd", "Cai", "Harri", "Ioan", "Jac", "Steffan"]
GIRLS_CY = ["Cerys", "Gwen", "Mali", "Megan", "Nia", "Ffion", "Lowri", "Alys", "Elin", "Seren", "Catrin", "Anwen"]
WOMEN_EN = ["Kelly", "Sophie", "Nadia", "Joanne", "Chantelle", "Aneta", "Samira", "Laura", "Kirsty", "Precious", "Gemma", "Rukhsana", "Danielle", "Toni"]
MEN_EN = ["Craig", "Daniel", "Imran", "Lee", "Marek", "Jamal", "Ryan", "Stuart", "Tomasz", "Dean", "Kwame", "Asif", "Jordan", "Wayne"]
WOMEN_CY = ["Rhian", "Sioned", "Bethan", "Ceri", "Angharad", "Sara", "Delyth", "Leanne", "Manon", "Kayleigh"]
MEN_CY = ["Rhys", "Gareth", "Huw", "Aled", "Dafydd", "Carwyn", "Jason", "Geraint", "Owain", "Liam"]
SURNAMES_EN = ["Khan", "Morris", "Walsh", "Begum", "Kowalski", "Okafor", "Turner", "Brennan", "Shaw", "Doyle", "Gill",
               "Clarke", "Nowak", "Ahmed", "Fletcher", "Mensah", "Riley", "Barker", "Hussain", "Cartwright", "Lowe", "Pearce"]
SURNAMES_CY = ["Evans", "Jones", "Davies", "Williams", "Roberts", "Griffiths", "Rees", "Pritchard", "Jenkins", "Llewellyn",
               "Morgan", "Owen", "Thomas", "Parry", "Bowen", "Hopkins", "Price", "Powell"]

FCA_EN = ["Rachel Ostrowski", "Dominic Achebe", "Hannah Ferris", "Sunita Rao", "Mark Pendlebury", "Joy Adeyemi",
          "Claire Whitlock", "Tariq Mahmood", "Fiona Gallagher", "Ben Salter", "Yvonne Clarke-Reid", "Priya Nair"]
FCA_CY = ["Siân Pritchard", "Elen Wyn Hughes", "Gwion Lewis", "Nerys Bowen", "Meirion Jenkins", "Lisa Tudor",
          "Carys Haf Evans", "Dewi Rowlands"]
MGR_EN = ["Paula Denton", "Gary Whitfield", "Anita Sandhu", "Louise Kemp", "Michael Oduya"]
MGR_CY = ["Eirlys Morgan", "Gethin Parry", "Helen Watkins", "Menna Roberts"]
BSO_EN = ["Kerry Lomas", "Jade Fenwick", "Adam Price", "Shazia Iqbal", "Tom Hargreaves"]
BSO_CY = ["Llinos Davies", "Ryan Thomas", "Bethan Lloyd", "Cerian Owen"]
JUDGES_EN = ["District Judge Harrow", "District Judge Mistry", "Her Honour Judge Matthews", "His Honour Judge Okonkwo",
             "Recorder Bains", "District Judge Lockwood", "Her Honour Judge Fairbairn", "Deputy District Judge Sheldon"]
JUDGES_CY = ["Barnwr Rhanbarth Rees", "Ei Anrhydedd y Barnwr Llywelyn", "Ei Hanrhydedd y Barnwr Harries",
             "Barnwr Rhanbarth Gwilym", "Barnwr Rhanbarth Nicholas"]
JUDGES_CY_EN = ["District Judge Rees", "His Honour Judge Llywelyn", "Her Honour Judge Harries",
                "District Judge Gwilym", "District Judge Nicholas"]
SOLICITORS = ["Hartley Moss Solicitors", "Fennimore & Co", "Ashcroft Lyle LLP", "Brightwater Family Law", "Okoro Ross Solicitors",
              "Kendrick Vale Solicitors", "Pellow & Grant", "Harbour Family Law LLP", "Whitcombe Dunn", "Marsden Achter LLP"]
SOLICITORS_CY = ["Cyfreithwyr Pennant Lewis", "Morgan Rhys & Co", "Gwyn & Meredith Solicitors", "Bowen Teifi Cyfreithwyr",
                 "Cyfreithwyr Harries Owen", "Tŷ Tawe Family Law"]
COUNSEL = ["Ms A. Kaur of counsel", "Mr J. Pemberton of counsel", "Miss R. Adair of counsel", "Mr S. Odell of counsel"]
SCHOOLS_EN = ["St Anne's Catholic Primary School", "Brookfield Primary Academy", "Moorside Junior School", "Hollins Park Academy",
              "Ravensworth C of E Primary", "Eastgate Community School", "Oakwood High School", "Lime Tree Nursery"]
SCHOOLS_CY = ["Ysgol Gynradd Gymraeg Pen y Groes", "Ysgol y Wern", "Ysgol Gymraeg Bro Dewi", "Ysgol Gyfun Cwm Rhondda",
              "Ysgol Glan Morfa", "Ysgol Uwchradd Tregwyn", "Ysgol Gynradd Maes y Llan"]
SW_EN = ["Natalie Burrows", "Kofi Asante", "Gemma Littlewood", "Sean Mulligan", "Parveen Akhtar", "Olivia Danks"]
SW_CY = ["Rhiannon Huws", "Mererid Jones", "Aled Vaughan", "Nia Wynne", "Jamie Lloyd"]

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MONTHS_CY = ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DAYS_CY = ["dydd Llun", "dydd Mawrth", "dydd Mercher", "dydd Iau", "dydd Gwener", "dydd Sadwrn", "dydd Sul"]


def P(r, *opts):
    """Pick one of the options (a single list/tuple argument is unpacked)."""
    if len(opts) == 1 and isinstance(opts[0], (list, tuple)):
        opts = opts[0]
    return opts[r.randrange(len(opts))]


def maybe(r, p, text, alt=""):
    return text if r.random() < p else alt


def cap(s):
    return s[:1].upper() + s[1:]


SOFT = [("Ll", "L"), ("Rh", "R"), ("C", "G"), ("P", "B"), ("T", "D"), ("B", "F"), ("D", "Dd"), ("M", "F"), ("G", "")]
ASPIRATE = [("C", "Ch"), ("P", "Ph"), ("T", "Th")]


def mutate(word, table):
    """Welsh initial mutation of a proper name's first letter(s) (soft: after gan, i, at; aspirate: after a, â)."""
    for a, b in table:
        if word.startswith(a):
            return b + word[len(a):]
    return word


def a_ac(name):
    return "ac" if name[:1] in "AEIOUWYÂÊÎÔŴŶ" else "a"


def fdate(d, style="long", lang="en"):
    if lang == "cy" and style in ("long", "day", "short"):
        s = "%d %s %d" % (d.day, MONTHS_CY[d.month - 1], d.year)
        return (DAYS_CY[d.weekday()] + " " + s) if style == "day" else s
    if style == "long":
        return "%d %s %d" % (d.day, MONTHS_EN[d.month - 1], d.year)
    if style == "day":
        return "%s %d %s %d" % (DAYS_EN[d.weekday()], d.day, MONTHS_EN[d.month - 1], d.year)
    if style == "short":
        return "%d %s %d" % (d.day, MONTHS_EN[d.month - 1][:3], d.year)
    if style == "num":
        return d.strftime("%d/%m/%Y")
    if style == "dots":
        return d.strftime("%d.%m.%y")
    if style == "iso":
        return d.isoformat()
    raise ValueError(style)


class Person:
    def __init__(self, first, last, title):
        self.first, self.last, self.title = first, last, title

    @property
    def full(self):
        return "%s %s" % (self.first, self.last)

    @property
    def formal(self):
        return "%s %s" % (self.title, self.last)

    @property
    def initials(self):
        return self.first[0] + self.last[0]

    def __str__(self):
        return self.full


class Ctx:
    """Everything about one invented case that a template may need."""

    def wd(self, off):
        """The working day `off` days from the case date (weekend dates roll forward to Monday)."""
        d = self.date + dt.timedelta(days=off)
        while d.weekday() >= 5:
            d += dt.timedelta(days=1)
        return d

    def d(self, off=0, style=None):
        return fdate(self.wd(off), style or self.ds, self.lang)

    def dcy(self, off=0):
        return fdate(self.wd(off), "long", "cy")

    def den(self, off=0, style="long"):
        return fdate(self.wd(off), style, "en")

    def day(self, off=0):
        return self.date + dt.timedelta(days=off)

    def phone(self):
        return "%s%03d" % (self.tel, self.r.randrange(1000))

    def mobile(self):
        return "07700 900%03d" % self.r.randrange(1000)

    def postcode(self):
        r = self.r
        return "%s%d %d%s%s" % (self.pc, r.randint(1, 28), r.randint(1, 9), P(r, list("ABDEFGHJLNPQRSTUWXYZ")), P(r, list("ABDEFGHJLNPQRSTUWXYZ")))

    def address(self):
        r = self.r
        return "%d %s, %s %s" % (r.randint(2, 180), P(r, self.streets), self.town_local, self.postcode())

    def email_of(self, person, dom):
        return "%s.%s@%s" % (re.sub(r"[^a-z]", "", person.first.lower()), re.sub(r"[^a-z-]", "", person.last.lower().replace(" ", "-")), dom)

    def st(self, lang=None, only=None):
        """The sentence stating the case's record class (if the case has one), or "". Marks it used."""
        if not self.status or (only and self.status not in only):
            return ""
        lang = lang or self.lang
        c, st = self, self.status
        plural = len(c.kids) > 1
        kn = c.kids_names(lang)
        if lang == "cy":
            s = {
                "looked-after-child": "Mae %s yn derbyn gofal gan %s ac yn byw gyda gofalwyr maeth ers %s." % (kn, c.la_cy_soft, c.dcy(-c.st_days)),
                "child-protection": "Mae %s ar y gofrestr amddiffyn plant (categori: %s) ers %s." % (kn, c.st_cat_cy, c.dcy(-c.st_days)),
                "other-childrens-social-care": "Mae'r teulu'n cael cymorth gan wasanaethau plant %s o dan gynllun Plentyn mewn Angen." % c.la_cy,
                "privately-fostered-child": "Mae %s yn byw gyda ffrind i'r teulu o dan drefniant maethu preifat a hysbyswyd i %s." % (c.k["first"], c.la_cy_soft),
                "missing-person": "Mae %s wedi cael ei riportio ar goll i %s %d gwaith ers %s." % (c.k["first"], c.police_cy, c.st_n, c.dcy(-c.st_days)),
                "adult-posing-risk": "Mae partner newydd %s, %s, yn droseddwr rhyw cofrestredig a reolir o dan MAPPA." % (c.resp_role_cy, c.st_name),
                "adoption": "Cynllun yr awdurdod lleol ar gyfer %s yw mabwysiadu; mae cais am orchymyn lleoli wedi'i gyhoeddi." % c.kids[-1]["first"],
                "foster-carers": "Mae %s wedi cael cymeradwyaeth gan %s yn ofalwr maeth person cysylltiedig ar gyfer %s." % (c.st_name, c.la_cy_soft, c.k["first"]),
            }[st]
        else:
            s = {
                "looked-after-child": "%s %s looked after by %s (%s) and placed with %s since %s." % (
                    kn, "are" if plural else "is", c.la, "interim care order" if c.public else "section 20", c.st_place, c.d(-c.st_days)),
                "child-protection": "%s %s subject to %s under the category of %s since %s." % (
                    kn, "are" if plural else "is", "child protection plans" if plural else "a child protection plan", c.st_cat, c.d(-c.st_days)),
                "other-childrens-social-care": "The family is open to %s children's services under a Child in Need plan (social worker %s)." % (c.la, c.sw),
                "privately-fostered-child": "%s is living with a family friend, %s, under a private fostering arrangement notified to %s." % (c.k["first"], c.st_name, c.la),
                "missing-person": "%s has been reported missing to %s %d times since %s." % (c.k["first"], c.police, c.st_n, c.d(-c.st_days)),
                "adult-posing-risk": "The %s's new partner, %s, is a registered sex offender managed under MAPPA." % (c.resp_role, c.st_name),
                "adoption": "The local authority's plan for %s is adoption, and a placement order application has been issued." % c.kids[-1]["first"],
                "foster-carers": "%s is approved by %s as a connected-person foster carer for %s." % (c.st_name, c.la, c.k["first"]),
            }[st]
        self.status_used = True
        return s

    def sp(self, lang=None, only=None):
        s = self.st(lang, only)
        return (" " + s) if s else ""

    def kids_names(self, lang=None):
        lang = lang or self.lang
        names = [k["first"] for k in self.kids]
        if len(names) == 1:
            return names[0]
        joiner = (" %s " % a_ac(names[-1])) if lang == "cy" else " and "
        return ", ".join(names[:-1]) + joiner + names[-1]

    def kids_ages(self, lang=None):
        lang = lang or self.lang
        parts = ["%s (%d)" % (k["first"], k["age"]) for k in self.kids]
        if len(parts) == 1:
            return parts[0]
        joiner = (" %s " % a_ac(parts[-1])) if lang == "cy" else " and "
        return ", ".join(parts[:-1]) + joiner + parts[-1]

    def kids_dob_lines(self, style="num"):
        out = []
        for k in self.kids:
            out.append("%s %s, %s %s" % (k["first"], k["last"], "born" if self.lang == "en" else "ganwyd", fdate(k["dob"], style, self.lang)))
        return "\n".join(out)


def ascii_name(s):
    import unicodedata
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def person_name(r, welsh, female):
    if welsh and r.random() < 0.8:
        first = P(r, WOMEN_CY if female else MEN_CY)
        last = P(r, SURNAMES_CY)
    else:
        first = P(r, WOMEN_EN if female else MEN_EN)
        last = P(r, SURNAMES_EN if not welsh or r.random() < 0.5 else SURNAMES_CY)
    return first, last


def make_ctx(r, lang, public):
    c = Ctx()
    c.r, c.lang, c.public = r, lang, public
    welsh = lang == "cy"
    a = P(r, AREAS_CY if welsh else AREAS_EN)
    for k, v in a.items():
        setattr(c, k, v)
    c.town_local = a.get("town_cy", a["town"]) if welsh and r.random() < 0.6 else a["town"]
    c.date = dt.date(2023, 1, 9) + dt.timedelta(days=r.randrange(0, 900))
    while c.date.weekday() >= 5:
        c.date += dt.timedelta(days=1)
    c.ds = P(r, "long", "long", "num", "short", "dots") if not welsh else P(r, "long", "long", "num")
    yy = c.date.year % 100 if r.random() < 0.7 else (c.date.year - 1) % 100
    c.cn = "%s%02d%s%05d" % (a["code"], yy, "C" if public else "P", r.randint(30, 2400))
    c.ref = P(r, ["%s/%06d" % (P(r, "CS", "PP", "MASH", "FD"), r.randrange(10 ** 6)), "%d" % r.randint(10 ** 6, 10 ** 7 - 1)])
    mf, ml = person_name(r, welsh, True)
    ff, fl = person_name(r, welsh, False)
    while fl == ml:
        fl = P(r, SURNAMES_CY if welsh else SURNAMES_EN)
    c.m = Person(mf, ml, P(r, "Ms", "Miss", "Mrs") if not welsh else P(r, "Ms", "Miss", "Mrs"))
    c.f = Person(ff, fl, "Mr")
    if r.random() < 0.6:
        c.app, c.resp, c.app_role, c.resp_role = c.f, c.m, "father", "mother"
    else:
        c.app, c.resp, c.app_role, c.resp_role = c.m, c.f, "mother", "father"
    c.app_role_cy = "y tad" if c.app_role == "father" else "y fam"
    c.resp_role_cy = "y fam" if c.resp_role == "mother" else "y tad"
    kid_last = P(r, [c.f.last, c.f.last, c.m.last])
    n = P(r, [1, 1, 2, 2, 2, 3])
    kids, used = [], set()
    for _ in range(n):
        girl = r.random() < 0.5
        pool = (GIRLS_CY if girl else BOYS_CY) if (welsh and r.random() < 0.8) else (GIRLS_EN if girl else BOYS_EN)
        first = P(r, pool)
        while first in used:
            first = P(r, pool)
        used.add(first)
        age = r.randint(1, 12) if public else r.randint(2, 15)
        dob = c.date - dt.timedelta(days=age * 365 + r.randrange(300))
        kids.append(dict(first=first, last=kid_last, age=age, dob=dob, girl=girl,
                         he="she" if girl else "he", his="her" if girl else "his", him="her" if girl else "him"))
    kids.sort(key=lambda k: -k["age"])
    c.kids = kids
    c.k = kids[0]
    if public:
        c.case_name = P(r, ["%s v %s" % (a["la"] if not welsh else a["la"], c.m.last),
                            "%s v %s and %s" % (a["la"], c.m.last, c.f.last),
                            "Re %s" % c.kids_names("en")])
    else:
        c.case_name = "%s v %s" % (c.app.last, c.resp.last)
    c.fca = P(r, FCA_CY if welsh else FCA_EN)
    c.fca_first = c.fca.split()[0]
    c.mgr = P(r, MGR_CY if welsh else MGR_EN)
    c.bso = P(r, BSO_CY if welsh else BSO_EN)
    c.cafcass = "Cafcass Cymru" if welsh else "Cafcass"
    c.cafcass_dom = "llyw.cymru" if welsh else "cafcass.gov.uk"
    c.fca_email = "%s@%s" % (".".join(re.sub(r"[^a-z]", "", ascii_name(w).lower()) for w in c.fca.split()), c.cafcass_dom)
    c.role = P(r, ["Children's Guardian"]) if public else P(r, "Family Court Adviser", "Family Court Adviser", "Senior Family Court Adviser")
    c.role_cy = "Gwarcheidwad Plant" if public else "Ymgynghorydd Llys Teulu"
    if welsh:
        c.court = "the Family Court sitting in %s" % a["town"]
        c.court_cy = "y Llys Teulu %s" % a["in_cy"]
        c.la_cy_soft = " ".join([mutate(a["la_cy"].split()[0], SOFT)] + a["la_cy"].split()[1:])
        c.la_cy_asp = " ".join([mutate(a["la_cy"].split()[0], ASPIRATE)] + a["la_cy"].split()[1:])
        c.judge_i = r.randrange(len(JUDGES_CY))
        c.judge = JUDGES_CY_EN[c.judge_i]
        c.judge_cy = JUDGES_CY[c.judge_i]
    else:
        c.court = "the Family Court at %s" % a["town"]
        c.judge = P(r, JUDGES_EN)
    c.sol_m = P(r, SOLICITORS_CY if welsh else SOLICITORS)
    c.sol_f = P(r, [s for s in (SOLICITORS_CY if welsh else SOLICITORS) if s != c.sol_m])
    c.sol_child = P(r, [s for s in (SOLICITORS_CY + SOLICITORS[:3] if welsh else SOLICITORS) if s not in (c.sol_m, c.sol_f)])
    c.sol_child_name = Person(*person_name(r, welsh, r.random() < 0.6), "")
    c.counsel = P(r, COUNSEL)
    age = kids[0]["age"]
    if welsh:
        c.school = P(r, SCHOOLS_CY[5:] if age >= 11 else SCHOOLS_CY[:5])
    else:
        c.school = "Lime Tree Nursery" if age <= 4 else P(r, SCHOOLS_EN[3:7] if age >= 11 else SCHOOLS_EN[:3] + SCHOOLS_EN[4:5])
    c.dsl = Person(*person_name(r, welsh, r.random() < 0.75), P(r, "Mrs", "Ms", "Mr"))
    c.sw = P(r, SW_CY if welsh else SW_EN)
    c.addr_m = c.address()
    c.addr_f = c.address()
    c.status, c.status_used = None, False
    if r.random() < (0.9 if public else 0.6):
        c.status = P(r, ["looked-after-child"] * 5 + ["child-protection"] * 2 + ["adoption", "foster-carers"] if public else
                     ["other-childrens-social-care"] * 4 + ["child-protection"] * 3 + ["privately-fostered-child", "missing-person", "adult-posing-risk", "adult-posing-risk"])
    c.st_days = r.randint(40, 400)
    c.st_cat, c.st_cat_cy = P(r, [("neglect", "esgeulustod"), ("emotional abuse", "cam-drin emosiynol"), ("physical abuse", "cam-drin corfforol")])
    c.st_place = P(r, ["local authority foster carers", "an independent fostering agency carer", "the maternal grandmother"])
    c.st_n = r.randint(3, 9)
    c.st_name = "%s %s" % person_name(r, welsh, r.random() < 0.5)
    c.cafcass_addr = P(r, ["%s\n%s House, %d %s\n%s %s" % (c.cafcass, P(r, "Mercury", "Calder", "Lindum", "Bridgewater", "Severn"),
                                                      r.randint(1, 90), P(r, a["streets"]), a["town"], c.postcode()),
                           "%s - %s office\nPO Box %d, %s %s" % (c.cafcass, a["town"], r.randint(100, 9999), a["town"], c.postcode())])
    return c


JOBS = ["care assistant", "delivery driver", "teaching assistant", "warehouse operative", "hairdresser", "bus driver", "nurse", "plasterer", "call-centre adviser"]
CONDITIONS = ["autism", "ADHD", "asthma", "a speech and language delay", "type 1 diabetes", "dyslexia"]


def background(r, c, n=None):
    """A few neutral background paragraphs of the kind reports and statements carry (no routing cues of their own)."""
    k = c.k
    y2 = c.date.year - r.randint(1, 3)
    pool = [
        "%s and %s met in %d and lived together in %s until %d. Since the separation %s %s lived mainly with %s." % (
            c.m.full, c.f.full, y2 - r.randint(3, 12), c.town, y2, c.kids_names(), "have" if len(c.kids) > 1 else "has", c.m.first if r.random() < 0.7 else c.f.first),
        "%s works part-time as a %s. %s is employed as a %s and works shifts, which he says makes fixed arrangements difficult." % (
            c.m.first, P(r, JOBS), c.f.first, P(r, JOBS)),
        "%s attends %s and is described by staff as %s. %s" % (
            k["first"], c.school, P(r, "a bright and sociable child", "quiet in class but with a close group of friends", "working hard, though easily distracted"),
            P(r, "Attendance is good.", "There have been some late arrivals on Monday mornings.", "")),
        "The parents managed arrangements informally until %s %d, when a disagreement about %s led to the application." % (
            P(r, MONTHS_EN), y2, P(r, "holiday plans", "the new school", "overnight stays", "a new partner")),
        "%s has a diagnosis of %s and receives support at school. %s attends most appointments; %s has attended some." % (
            k["first"], P(r, CONDITIONS), c.m.first, c.f.first),
        "Both parents describe a close extended family. The maternal grandparents live nearby and help with childcare; the paternal family live in %s." % P(r, "Wales", "Ireland", "Poland", "the north east", "Pakistan"),
        "Communication between the parents is by text message and both describe it as strained. Handovers have taken place at %s." % P(r, "a supermarket car park", "the school gate", "the paternal grandmother's house"),
    ]
    return "\n\n".join(r.sample(pool, n or r.randint(2, 4)))


def sign(r, c, name=None, role=None, lang=None):
    lang = lang or c.lang
    name = name or c.fca
    role = role or (c.role if lang == "en" else c.role_cy)
    closing = P(r, "Yours sincerely", "Yours sincerely", "Kind regards", "Yours faithfully") if lang == "en" else P(r, "Yn gywir", "Yn gywir", "Cofion")
    return "%s\n\n%s\n%s\n%s" % (closing, name, role, c.cafcass)


# --------------------------------------------------------------------------------------------
# Template registry
# --------------------------------------------------------------------------------------------

TEMPLATES = defaultdict(list)
NULL_TEMPLATES = defaultdict(list)


def tpl(kind, lang, parts=("document", "attachment"), sources=("scan", "upload", "tree"), public=None):
    def deco(fn):
        entry = dict(fn=fn, name=fn.__name__, parts=parts, sources=sources, public=public)
        if kind is None:
            NULL_TEMPLATES[lang].append(entry)
        else:
            TEMPLATES[(kind, lang)].append(entry)
        return fn
    return deco


def R(**kw):
    """A template's result: text plus optional sender/subject/record_class/doc_name/mail/att_names/frm/recipe."""
    return kw


def mail_from(r, c, frm, firm=None, by=None):
    """(sender, subject) of an e-mail that carried a document as an attachment."""
    cn = c.cn
    w = c.lang == "cy"
    if frm == "court":
        s = P(r, ["%s Family Court <family.%s@justice.gov.uk>" % (c.town, c.town.lower().replace(" ", "")),
                  "HMCTS %s <%s.familyhub@justice.gov.uk>" % (c.town, c.town.lower().replace(" ", ""))])
        subj = P(r, [cn, "%s %s" % (cn, c.case_name), "Sealed order %s" % cn, "RE: %s - documents" % cn, "", "Order - %s" % cn])
    elif frm == "la":
        s = P(r, ["MASH <mash@%s>" % c.la_dom, "Children's Services Front Door <frontdoor@%s>" % c.la_dom,
                  "%s <%s>" % (c.sw, c.email_of(Person(c.sw.split()[0], c.sw.split()[-1], ""), c.la_dom))])
        subj = P(r, ["Cafcass request %s" % cn, "RE: Safeguarding check - %s" % cn, "[SECURE] %s" % cn, "Response", "",
                     "RE: %s" % c.case_name])
    elif frm == "police":
        s = P(r, ["Public Protection Unit <ppu.cafcass@%s>" % c.police_dom, "Disclosure Unit <disclosure@%s>" % c.police_dom,
                  "%s - Safeguarding Hub <safeguarding.hub@%s>" % (c.police if not w else c.police_cy, c.police_dom)])
        subj = P(r, ["OFFICIAL-SENSITIVE: %s" % cn, "Cafcass check %s" % cn, "RE: request ref %s" % cn, "", "Police information"])
    elif frm == "cafcass":
        who = P(r, [c.fca, c.bso, c.mgr])
        s = "%s <%s@%s>" % (who, ".".join(x.lower() for x in re.sub(r"[^A-Za-z ]", "", ascii_name(who)).split()), c.cafcass_dom)
        subj = P(r, ["For ECMS - %s" % cn, "please upload %s" % cn, "%s" % cn, "", "FW: %s" % c.case_name, "Docs for file"])
    elif frm == "sol":
        firm = firm or P(r, [c.sol_m, c.sol_f, c.sol_child])
        dom = re.sub(r"[^a-z]", "", firm.lower().split()[0]) + P(r, ".co.uk", "law.co.uk", ".law")
        s = "%s <%s@%s>" % (firm, P(r, "family", "enquiries", "cjsm.family", "admin"), dom)
        subj = P(r, ["%s - %s" % (c.case_name, cn), "Our ref: %s/%s" % (c.app.last[:3].upper(), r.randint(100, 999)), "", "RE: %s" % cn])
    elif frm == "party":
        p = by or P(r, [c.m, c.f])
        s = "%s <%s%s%d@%s>" % (p.full, ascii_name(p.first).lower(), ascii_name(p.last).lower()[:3], r.randint(1, 99), P(r, "gmail.com", "outlook.com", "hotmail.co.uk", "icloud.com"))
        subj = P(r, ["", "for the cafcass lady", "Letter", "my letter", "%s" % c.k["first"], "Re: report", "Scan"])
    elif frm == "school":
        s = "%s <%s@%s>" % (c.dsl.full, c.dsl.first.lower() + "." + c.dsl.last.lower(), P(r, "school.sch.uk", "hwb.wales.gov.uk" if w else "academy.org.uk"))
        subj = P(r, ["Information requested", "%s %s" % (c.k["first"], c.k["last"]), "", "Confidential"])
    elif frm == "health":
        s = "Safeguarding Children Team <safeguarding.children@nhs.net>"
        subj = P(r, ["Cafcass enquiry %s" % cn, "Response to request", "", "CONFIDENTIAL"])
    elif frm == "provider":
        s = P(r, ["Referrals <referrals@safer-futures.org.uk>", "Bridges Child Contact Centre <bookings@bridgescontact.org.uk>",
                  "Pathways Family Services <info@pathwaysfamily.org.uk>", "Parenting Apart Programme <admin@parentingapart.org.uk>"])
        subj = P(r, ["Report - %s" % cn, "Completion report", "", "Our ref %d" % r.randint(1000, 9999)])
    elif frm == "expert":
        s = P(r, ["Dr %s <%s@%s>" % (c.dsl.last, c.dsl.last.lower(), P(r, "psych-assess.co.uk", "familyexperts.co.uk")),
                  "Results <results@%s>" % P(r, "lextox-labs.co.uk", "hairtestuk.com")])
        subj = P(r, ["Final report signed", "Report %s" % cn, "", "Results - %s" % c.case_name])
    elif frm == "legal":
        s = "%s <%s@%s>" % (P(r, "Cafcass Legal", "Helen Ashdown", "Rob Kavanagh") if not w else P(r, "Cyfreithiwr, Llywodraeth Cymru", "Gwenan Morris"),
                            P(r, "legal", "legal.team"), c.cafcass_dom)
        subj = P(r, ["PRIVILEGED - %s" % cn, "Advice - %s" % c.case_name, "", "Legally privileged"])
    else:
        s = "%s <%s>" % (c.bso, "business.services@" + c.cafcass_dom)
        subj = P(r, [cn, ""])
    return s, subj


# ============================================================================================
# case-information: contact-log, wtfh-outcome, detailed-recording
# ============================================================================================

LOG_ENTRIES_EN = [
    ("Application received", "C100 received from {court_t} by secure e-mail. Case created and C100/C1A scanned to file. Hearing listed {h}."),
    ("Screening - checks requested", "Safeguarding checks requested from {la} and {police} via Egress. Both parties' details sent."),
    ("Screening - LA response", "Response received from {la}: {lares}. Saved to risk and safety folder."),
    ("Screening - police response", "Police information received from {police}. Saved to police information folder. FCA informed."),
    ("Welcome letter issued", "Welcome letters and leaflets sent to both parties by e-mail (verified addresses)."),
    ("Telephone call - {app_role}", "Safeguarding interview by telephone with {app} ({app_role}). 40 minutes. See detailed recording."),
    ("Telephone call - {resp_role}", "Attempted call to {resp} ({resp_role}), no answer. Voicemail left asking for a call back before {h}."),
    ("Case update", "Safeguarding letter sent to court and parties {d1}."),
    ("Allocation", "Case allocated to {fca} by {mgr} for section 7 report. Report due {due}."),
    ("Email received", "E-mail from {school} confirming {kid} can be seen in school on {d2}."),
    ("Management oversight", "Discussed with {mgr}. Agreed to request further police information regarding incident in {mon}."),
    ("Court attendance", "FHDRA attended by duty FCA. Section 7 report ordered, filing date {due}. Outcome form completed."),
    ("Home visit", "Home visit to {app} and {kid}. See detailed recording of {d2}."),
    ("Letter sent", "Appointment letters sent to both parents for office interviews."),
]


def _log_fill(r, c, s):
    return s.format(court_t=c.court, h=c.d(28), la=c.la, police=c.police,
                    lares=P(r, "not known", "known - CIN plan closed 2021", "previously known, no current involvement", "open to Early Help"),
                    app=c.app.full, resp=c.resp.full, app_role=c.app_role, resp_role=c.resp_role, d1=c.d(21), d2=c.d(40), fca=c.fca,
                    mgr=c.mgr, due=c.d(84), school=c.school, kid=c.k["first"], mon=P(r, MONTHS_EN))


@tpl("contact-log", "en", sources=("tree", "upload"))
def contact_log_ecms(r, c):
    n = r.randint(4, 7)
    idx = sorted(r.sample(range(len(LOG_ENTRIES_EN)), n))
    lines = [P(r, "Contact Log Report", "CONTACT LOG", "Case contact log (generated from ECMS)"),
             "Case name: %s    Case number: %s" % (c.case_name, c.cn),
             "Generated: %s by %s" % (c.den(60, "num"), P(r, c.bso, c.fca)), ""]
    off, minute = 0, 8 * 60
    for i in idx:
        head, body = LOG_ENTRIES_EN[i]
        step = r.randint(0, 6)
        off, minute = off + step, (8 * 60 + r.randrange(90)) if step else min(minute + r.randint(10, 120), 17 * 60 + 30)
        who = P(r, ["%s (Business Services Officer)" % c.bso, "%s (%s)" % (c.fca, c.role)])
        lines.append("%s %02d:%02d   %s" % (c.den(off, "num"), minute // 60, minute % 60, _log_fill(r, c, head)))
        lines.append("Created by: %s" % who)
        lines.append(_log_fill(r, c, body))
        lines.append("")
    if c.st():
        lines += ["%s %02d:%02d   Management oversight" % (c.den(off + 1, "num"), r.randint(9, 16), r.randrange(60)), "Created by: %s (Practice Supervisor)" % c.mgr,
                  "Noted from checks: %s FCA to take into account in assessment." % c.st("en"), ""]
    return R(text="\n".join(lines).strip(), doc_name="Contact log", frm="cafcass")


@tpl("contact-log", "en", sources=("scan", "tree"))
def contact_log_legacy(r, c):
    rows = []
    types = ["Tel", "Letter", "E-mail", "Visit", "Court", "Note"]
    off = 0
    for _ in range(r.randint(5, 8)):
        off += r.randint(1, 9)
        t = P(r, types)
        note = P(r, ["Spoke to M re arrangements for interview", "Letter to F re appointment", "Rec'd LA checks - known",
                     "Police checks back, 2 DV call outs", "Saw %s at school" % c.k["first"], "Report filed and served",
                     "Msg left for F", "M called, upset re handovers", "Hearing - adjourned to %s" % c.den(off + 30, "dots"),
                     "File note re call from school", "Checks sent", "Allocated"])
        rows.append("%s | %s | %s | %s" % (fdate(c.day(off) - dt.timedelta(days=3000), "num"), t, "".join(w[0] for w in c.fca.split()), note))
    text = "\n".join([
        "CAFCASS - CASE CONTACT LOG (CMS)", "Pre-14 July 2014 record - saved as PDF",
        "Case ID: %s   Subject child(ren): %s" % (c.cn, c.kids_names("en")),
        "Date | Type | Worker | Summary", *rows, "", "Page 1 of %d" % r.randint(1, 3)])
    return R(text=text, doc_name="Contact log (CMS)", recipe="legacy CMS contact log table")


@tpl("contact-log", "en", sources=("upload", "tree"))
def contact_log_short(r, c):
    entries = []
    for off, head, body in [(0, "Case update", "Report filing date extended by court to %s. Parties notified." % c.d(20)),
                            (2, "Telephone call", "%s rang for update. Advised report will be sent once filed." % c.resp.full),
                            (5, "Document uploaded", "Position statement of %s received from %s and saved to court papers." % (c.app_role, c.sol_m))]:
        if r.random() < 0.85:
            entries.append("%s - %s - %s\n%s" % (c.den(off, "num"), head, c.fca, body))
    return R(text="Contact log entries %s to %s\n%s\n\n%s" % (c.den(0, "num"), c.den(6, "num"), c.cn, "\n\n".join(entries)),
             doc_name="Contact log extract")


@tpl("contact-log", "cy", sources=("tree", "upload"))
def contact_log_cy(r, c):
    ents = [
        ("Cais wedi dod i law", "C100 wedi dod i law gan %s. Achos wedi'i greu ar IRIS." % c.court_cy),
        ("Gwiriadau diogelu", "Gwiriadau wedi'u gofyn gan %s a %s." % (c.la_cy_soft, c.police_cy)),
        ("Llythyr croeso", "Llythyrau croeso wedi'u hanfon at y ddau barti yn Gymraeg ac yn Saesneg."),
        ("Galwad ffôn - %s" % c.app_role_cy, "Cyfweliad diogelu dros y ffôn gyda %s. Mae %s yn dymuno i'r achos gael ei gynnal yn Gymraeg." % (c.app.full, c.app.first)),
        ("Ymateb yr heddlu", "Gwybodaeth wedi dod i law gan %s. Wedi'i chadw yn y ffolder gwybodaeth yr heddlu." % c.police_cy),
        ("Diweddariad achos", "Adroddiad Ymholiadau Diogelu wedi'i ffeilio gyda'r llys a'i anfon at y partïon."),
    ]
    lines = ["Log Cyswllt / Contact Log", "Rhif achos: %s" % c.cn, "Enw'r achos: %s" % c.case_name, ""]
    off = 0
    for h, b in ents[: r.randint(4, 6)]:
        off += r.randint(0, 5)
        lines += ["%s  %s" % (fdate(c.day(off), "num"), h), "Cofnodwyd gan: %s" % P(r, c.bso, c.fca), b, ""]
    return R(text="\n".join(lines).strip(), doc_name="Log cyswllt")


@tpl("wtfh-outcome", "en", sources=("upload", "tree", "scan"))
def wtfh_form(r, c):
    outcome = P(r, [("Section 7 report ordered - Cafcass", "Yes - allocate to WAFH team", "Report due %s" % c.d(84)),
                    ("Agreement reached - final order made by consent", "No - close WTFH", "N/A"),
                    ("Section 7 report ordered - local authority (%s)" % c.la, "No", "LA report due %s" % c.d(70)),
                    ("Adjourned - SPIP / MIAM, DRA listed", "No - close WTFH", "DRA %s" % c.d(120))])
    text = "\n".join([
        P(r, "WORK TO FIRST HEARING (WTFH) - OUTCOME FORM", "WTFH Outcome Form", "Outcome of FHDRA (WTFH)"),
        "Case number: %s" % c.cn, "Case name: %s" % c.case_name, "Court: %s" % cap(c.court[4:]),
        "Date of hearing: %s" % c.d(), "Duty FCA: %s" % c.fca, "Judge / bench: %s" % P(r, c.judge, "Lay justices"),
        "Parties attended: %s" % P(r, "Both", "Applicant only", "Both, respondent by video"),
        "Safeguarding letter filed: Yes (%s)" % c.d(-6),
        "Outcome: %s" % outcome[0],
        "Further Cafcass involvement: %s" % outcome[1],
        "Timescale: %s" % outcome[2],
        "Referrals made: %s" % P(r, "SPIP - both parents", "None", "Mediation information", "SPIP (father)"),
        "Outstanding safeguarding issues: %s%s" % (P(r, "Allegations of controlling behaviour by %s; fact finding not ordered." % c.f.first,
                                                      "None identified.", "Mother's alcohol use - hair strand test ordered."), c.sp()),
        "Notes: %s" % P(r, "Parents negotiated at court with FCA. Interim arrangements agreed: alternate Saturdays 10am-4pm.",
                        "Father did not attend; order made in his absence.", "Interpreter (Polish) present."),
    ])
    return R(text=text, doc_name="WTFH outcome form")


@tpl("wtfh-outcome", "en", sources=("upload", "tree"))
def wtfh_narrative(r, c):
    agreed = P(r, ["%s will spend time with %s every other weekend from Saturday 10am to Sunday 5pm, and half of the school holidays." % (c.kids_names(), c.f.first),
                   "indirect contact by video call twice weekly pending the section 7 report.",
                   "the application is withdrawn; the parents have agreed arrangements between themselves."])
    text = ("FHDRA outcome - %s\n%s / %s\n\nDuty FCA %s attended %s. %s and %s were present%s. "
            "The safeguarding letter had been read by the court.%s I met the parents separately before the hearing. "
            "The court recorded the following: %s\n\nCafcass role after today: %s.\nWTFH outcome recorded on ECMS; case to be %s.") % (
        c.d(), c.cn, c.case_name, c.fca, c.court, c.app.full, c.resp.full,
        P(r, ", each with a solicitor", ", %s in person" % c.resp.first, ""), c.sp(), agreed,
        P(r, "section 7 report ordered, 12 weeks", "none", "Family Assistance Order for 6 months"),
        P(r, "closed", "transferred to the WAFH team", "closed after the order is received"))
    return R(text=text, doc_name="WTFH outcome")


@tpl("wtfh-outcome", "en", sources=("scan",))
def wtfh_checkbox(r, c):
    boxes = ["Agreement reached", "Section 7 ordered (Cafcass)", "Section 7 ordered (LA)", "Fact finding hearing listed",
             "Adjourned", "Withdrawn", "Rule 16.4 guardian appointed"]
    tick = r.randrange(len(boxes))
    lines = ["First hearing - outcome (WTFH)", "%s    %s" % (c.cn, c.d()), ""]
    for i, b in enumerate(boxes):
        lines.append("%s %s" % ("[X]" if i == tick else "[ ]", b))
    lines += ["", "Next hearing: %s" % c.d(P(r, 56, 90, 120)), "Completed by: %s, duty FCA" % c.fca]
    return R(text="\n".join(lines), doc_name="WTFH outcome form", recipe="checkbox WTFH form, scanned")


@tpl("wtfh-outcome", "cy", sources=("upload", "tree"))
def wtfh_cy(r, c):
    text = "\n".join([
        "Ffurflen Canlyniad WTFH / Gwrandawiad Cyntaf (FHDRA)",
        "Rhif achos: %s" % c.cn, "Llys: %s" % cap(c.court_cy), "Dyddiad y gwrandawiad: %s" % c.dcy(),
        "Ymgynghorydd Llys Teulu ar ddyletswydd: %s" % c.fca, "",
        "Canlyniad: %s" % P(r, "Cytundeb wedi'i gyrraedd - gorchymyn trefniadau plant drwy gydsyniad",
                            "Gorchymyn adroddiad adran 7 gan Cafcass Cymru - i'w ffeilio erbyn %s" % c.dcy(84),
                            "Gohiriwyd - atgyfeiriad i Weithio Gyda'n Gilydd er mwyn Plant (WT4C)"),
        "Materion diogelu heb eu datrys: %s%s" % (P(r, "Dim.", "Honiadau o gam-drin domestig gan y fam; dim gwrandawiad canfod ffeithiau.",
                                                     "Defnydd alcohol y tad - prawf gwallt wedi'i orchymyn."), c.sp()),
        "Iaith: %s" % P(r, "Mae'r fam am i'r gwaith barhau yn Gymraeg.", "Saesneg - y tad; Cymraeg - y fam."),
        "Camau nesaf: %s" % P(r, "Cau'r achos ar IRIS.", "Trosglwyddo i'r Rheolwr Ymarfer i'w ddyrannu.", "Aros am y gorchymyn wedi'i selio."),
    ])
    return R(text=text, doc_name="Ffurflen canlyniad WTFH")


@tpl("detailed-recording", "en", sources=("upload", "tree"))
def dr_home_visit(r, c):
    text = "\n".join([
        P(r, "Record of home visit", "Home visit - detailed recording", "Detailed recording: home visit (face to face)"),
        "Date/time: %s, %d.%02d to %d.%02d" % (c.d(), 10, 0, 11, P(r, 15, 30, 45)),
        "Worker: %s, %s" % (c.fca, c.role),
        "Present: %s (%s); %s" % (c.app.full, c.app_role, c.kids_ages()),
        "Venue: %s" % c.addr_m,
        "", "What happened:",
        "%s showed me around the home, which was %s. %s has %s. %s talked about the arrangements since the last hearing: %s. "
        "I observed %s with %s; %s." % (
            c.app.first, P(r, "clean and warm, with the children's drawings on the fridge", "cluttered but adequately furnished",
                           "a two-bedroom flat on the third floor"),
            c.k["first"], P(r, "%s own room" % c.k["his"], "a shared room with %s sibling" % c.k["his"], "a bed in the lounge at present"),
            c.app.first, P(r, "handovers have been taking place at the supermarket car park without incident",
                           "%s has not seen %s father since March" % (c.k["first"], c.k["his"]) if c.app_role == "mother" else "the children have stayed overnight twice",
                           "there was an argument at the last handover and police were not called"),
            c.app.first, c.k["first"], P(r, "they were relaxed and affectionate", "%s sought reassurance frequently" % c.k["first"],
                                         "%s played on a tablet and was reluctant to talk in front of %s parent" % (c.k["first"], c.k["his"]))),
        "", "Next steps agreed: %s" % P(r, "I will see %s at school on %s." % (c.k["first"], c.d(9)),
                                        "%s will send me the messages referred to by e-mail." % c.app.first,
                                        "Office appointment with %s on %s." % (c.resp.full, c.d(7))),
        "Actions taken afterwards: Contact log updated %s." % c.d(1),
    ])
    return R(text=text, doc_name="Home visit %s" % c.d(0, "dots"))


@tpl("detailed-recording", "en", sources=("upload", "tree"))
def dr_phone(r, c):
    who = P(r, [(c.resp.full, c.resp_role), (c.dsl.full, "Designated Safeguarding Lead, %s" % c.school),
                (c.sw, "social worker, %s" % c.la)])
    text = "\n".join([
        P(r, "Record of telephone discussion", "Telephone interview - detailed note", "Note of telephone call"),
        "%s - %s" % (c.cn, c.case_name),
        "Date: %s   Time: %02d:%02d   Duration: %d minutes" % (c.d(), r.randint(9, 16), r.randrange(60), r.randint(12, 55)),
        "Cafcass worker: %s" % c.fca, "Spoke with: %s (%s)" % who, "Nature of contact: telephone",
        "",
        ("%s explained that %s. I asked whether the school had any concerns about either parent. %s said %s." % (
            who[0].split()[0], P(r, "%s had been unsettled after weekends at the other parent's home" % c.k["first"], "attendance had dropped to 84% this term"),
            who[0].split()[0], P(r, "there had been no further incidents since the summer", "the school would send its safeguarding log with consent"))
         if who[1].startswith("Designated") else
         "%s confirmed that %s I asked about the concerns raised in the application. %s said %s." % (
            who[0].split()[0], P(r, "the family had been offered Early Help but declined.", "a single assessment was completed last year."),
            who[0].split()[0], P(r, "children's services had no current concerns about either home", "the assessment would be shared with consent"))
         if who[0] == c.sw else
         "I explained my role and the limits of confidentiality. %s told me about the relationship with %s and the incident on %s, when %s. "
         "%s's main worry is %s. %s" % (who[0].split()[0], c.app.first, c.d(-40), P(r, "a door was broken", "the police were called by a neighbour",
                                                                                  "the children were collected late"),
                                        who[0].split()[0], P(r, "that the children are being told adult matters", "consistency of contact",
                                                             "the new partner's history"),
                                        P(r, "%s accepted sending abusive messages but said this was a one-off." % who[0].split()[0], ""))),
        c.st() if who[0] == c.sw else "",
        "", "Next steps: %s" % P(r, "Request police information about the incident.", "Discuss with manager.", "None - information to inform report."),
        "Recorded by %s, %s" % (c.fca, c.d(P(r, 0, 1))),
    ])
    return R(text=text, doc_name="Telephone discussion %s" % who[1].split(",")[0])


@tpl("detailed-recording", "en", sources=("upload", "tree", "scan"))
def dr_observation(r, c):
    centre = P(r, "Bridges Child Contact Centre", "St Mark's Church Hall contact centre", "Cafcass office, family room 2")
    text = ("Observation of %s contact - %s\nFCA: %s\nVenue: %s\nPresent: %s, %s; centre volunteer\n\n"
            "%s arrived ten minutes early and had brought %s. When %s came in %s %s. "
            "For most of the session they %s. At one point %s asked when %s could go to %s's house; %s replied %s. "
            "Goodbye was %s.\n\nMy observations: %s\nNext steps: discuss with %s; contact log updated.") % (
        P(r, "supervised", "supported"), c.d(), c.fca, centre, c.kids_ages(), c.f.full, c.f.first,
        P(r, "a football and snacks", "a photo album", "birthday presents"), c.k["first"],
        c.k["he"], P(r, "ran to him", "hung back by the door for a minute before going over", "said hello quietly"),
        P(r, "played a board game and chatted about school", "kicked a ball in the yard", "looked at the photos together"),
        c.k["first"], c.k["he"], c.f.first, c.f.first, P(r, "appropriately that it was for the court to decide", "'soon, I promise'"),
        P(r, "warm and brief", "difficult, %s cried" % c.k["first"]),
        P(r, "The interaction was warm and child-led.", "Mr %s needed prompting to let %s lead the play." % (c.f.last, c.k["first"]),
          "No concerns observed about the quality of the contact."), c.mgr)
    return R(text=text, doc_name="Observation of contact")


@tpl("detailed-recording", "en", sources=("upload", "tree"))
def dr_office_interview(r, c):
    p = P(r, [c.m, c.f])
    text = "\n".join([
        "Face-to-face interview at Cafcass office - %s" % p.full,
        "%s | %s | %s" % (c.cn, c.d(), c.fca),
        "Also present: %s" % P(r, "no one", "interpreter (Urdu), booked via Language Line", "support worker from Women's Aid"),
        "",
        "1. Background: %s described the relationship as %s. They separated in %s." % (p.first, P(r, "volatile", "controlling", "amicable until the house sale"),
                                                                                    P(r, MONTHS_EN) + " " + str(c.date.year - 1)),
        "2. Allegations: %s" % P(r, "%s repeated the allegations in the C1A and gave further detail of the incident at the children's school gate." % p.first,
                                 "%s denies the allegations and says they were raised only after the application was made." % p.first),
        "3. The children: %s talked warmly about %s and was able to identify %s needs, %s." % (
            p.first, c.kids_names(), "their" if len(c.kids) > 1 else c.k["his"],
            P(r, "including speech and language support", "including the move to secondary school", "though focused mainly on the other parent")),
        "4. Proposals: %s" % P(r, "alternate weekends and a midweek tea", "supervised contact for three months, then review", "shared care week on / week off"),
        "Next steps: DA practice tool to be completed at next appointment (%s)." % c.d(14),
    ])
    return R(text=text, doc_name="Interview %s" % ("mother" if p is c.m else "father"))


@tpl("detailed-recording", "cy", sources=("upload", "tree"))
def dr_cy(r, c):
    text = "\n".join([
        P(r, "Cofnod ymweliad cartref", "Cofnod achos - ymweliad cartref (wyneb yn wyneb)"),
        "Dyddiad: %s  Amser: 16:00 - 17:10" % c.dcy(),
        "Gweithiwr: %s, %s" % (c.fca, c.role_cy),
        "Yn bresennol: %s, %s" % (c.app.full, c.kids_ages("cy")),
        "Lleoliad: cartref %s, %s" % (c.app.first, c.addr_m),
        "",
        "Roedd y tŷ yn lân ac yn gynnes. Dangosodd %s yr ystafell wely a'r lluniau o'r ysgol i mi. Siaradodd %s am y trefniadau presennol: "
        "%s. Roedd %s yn ymlacio yng nghwmni %s ac yn chwarae'n dawel wrth i ni siarad." % (
            c.k["first"], c.app.first, P(r, "mae'r plant yn gweld %s bob yn ail benwythnos" % c.resp.first,
                                         "nid yw'r plant wedi gweld %s ers y Pasg" % c.resp.first),
            c.k["first"], c.app.first),
        "",
        "Camau nesaf: gweld %s yn yr ysgol ar %s; cyfweliad gyda %s yn y swyddfa." % (c.k["first"], c.dcy(8), c.resp.full),
        "Cofnodwyd gan %s, %s" % (c.fca, c.dcy(1)),
    ])
    return R(text=text, doc_name="Cofnod ymweliad cartref")


# ============================================================================================
# correspondence: welcome-letter, letter-to-parties, letter-from-party, correspondence
# ============================================================================================

@tpl("welcome-letter", "en", public=False)
def welcome_applicant(r, c):
    text = "\n".join([
        c.cafcass_addr, "", c.app.full, c.addr_m if c.app is c.m else c.addr_f, "", c.d(), "Our ref: %s" % c.cn, "",
        "Dear %s," % c.app.formal, "",
        P(r, "Your application about %s" % c.kids_names(), "Welcome to Cafcass", "Re: your application to the family court"), "",
        "The court has sent us a copy of your application %s. Cafcass stands for the Children and Family Court Advisory and Support "
        "Service. We are independent of the court, social services and the police, and our job is to put the needs and wishes of "
        "children first." % P(r, "for a child arrangements order", "about arrangements for your children", ""),
        "",
        "Before the first hearing on %s one of our Family Court Advisers will telephone you. The call can take up to an hour, so please "
        "try to be somewhere private where you can talk freely. We will also %s check whether the police and the local authority hold any "
        "information about your family, as we must for every application." % (c.d(28), P(r, "", "need to")),
        "",
        "With this letter you will find %s. If you need an interpreter, or if you have any worries about your safety or the safety of "
        "your children, please tell us as soon as possible." % P(r, "our leaflet 'What happens before the first hearing'", "the welcome pack and our privacy notice",
                                                                 "information about separated parents programmes"),
        "", sign(r, c, name=P(r, c.bso, "Intake Team"), role="Business Services"),
    ])
    return R(text=text, doc_name="Welcome letter - applicant", frm="cafcass")


@tpl("welcome-letter", "en", public=False)
def welcome_respondent(r, c):
    text = "\n".join([
        "%s | Private and confidential" % c.cafcass, "", "To: %s" % c.resp.full, c.addr_f if c.resp is c.f else c.addr_m, "", "Date: %s" % c.d(), "",
        "Dear %s" % c.resp.first, "",
        "You are named as the respondent in an application to %s made by %s about %s. I am writing to introduce Cafcass and explain "
        "what will happen next." % (c.court, c.app.full, c.kids_names()),
        "",
        "What we do before the hearing: a Family Court Adviser will ring you on the number the court has given us%s. They will ask "
        "about your children, about any worries you have for their safety, and about your views on the application. We will "
        "tell the court what we have found in a short letter, called a safeguarding letter, which you will also see." % P(r, "", " (ending %s)" % c.mobile()[-3:]),
        "",
        "If this number is wrong, please e-mail us at %s quoting %s." % (P(r, "intake.%s@cafcass.gov.uk" % c.town.lower().replace(" ", ""), "privatelaw.intake@cafcass.gov.uk"), c.cn),
        "", "We look forward to speaking with you.", "", "Cafcass Private Law Intake Team",
    ])
    return R(text=text, doc_name="Welcome letter - respondent", frm="cafcass")


@tpl("welcome-letter", "en", public=False, sources=("upload", "tree"))
def welcome_short(r, c):
    text = "\n".join([
        "Welcome to Cafcass", "", "Case number %s   Hearing: %s, %s" % (c.cn, c.d(30), c.court), "",
        "Dear %s," % P(r, [c.app.full, c.resp.full]), "",
        "We have received the court papers. Here is what happens next:",
        "1. We will call you before the hearing to talk about your children's safety.",
        "2. We will contact the police and the local council for any information they hold.",
        "3. We will send a letter to the court, and to you, before the hearing.",
        "",
        "Please keep your phone with you %s. Our calls may show as a withheld number." % P(r, "over the next two weeks", "between 9am and 5pm"),
        "Our website explains more about Cafcass and how we use your information.",
        "", "Intake Team, %s" % c.cafcass,
    ])
    return R(text=text, doc_name="Welcome letter")


@tpl("welcome-letter", "cy", public=False)
def welcome_cy(r, c):
    text = "\n".join([
        "Cafcass Cymru", "Llywodraeth Cymru / Welsh Government", "", c.app.full, c.addr_m if c.app is c.m else c.addr_f, "", c.dcy(),
        "Cyfeirnod / Reference: %s" % c.cn, "",
        "Annwyl %s / Dear %s," % (c.app.formal, c.app.formal), "",
        "Croeso i Cafcass Cymru",
        "Mae'r llys wedi anfon copi o'ch cais ynglŷn %s %s atom. Mae Cafcass Cymru yn annibynnol ar y llys, y gwasanaethau cymdeithasol a'r heddlu. "
        "Cyn y gwrandawiad cyntaf ar %s, bydd un o'n Hymgynghorwyr Llys Teulu yn eich ffonio i siarad am ddiogelwch a lles eich plant. "
        "Byddwn hefyd yn gwneud gwiriadau gyda'r heddlu a'r awdurdod lleol." % ("ag" if a_ac(c.kids[0]["first"]) == "ac" else "â", c.kids_names("cy"), c.dcy(28)),
        "",
        "Welcome to Cafcass Cymru. The court has sent us a copy of your application. Before the first hearing one of our Family Court "
        "Advisers will telephone you, and we will carry out checks with the police and the local authority.",
        "",
        "Mae croeso i chi gysylltu â ni yn Gymraeg. / You are welcome to contact us in Welsh.",
        "", "Yn gywir / Yours sincerely", "", c.bso, "Tîm Cymorth Busnes / Business Support Team",
    ])
    return R(text=text, doc_name="Llythyr croeso")


@tpl("letter-to-parties", "en")
def ltp_appointment(r, c):
    p = P(r, [c.m, c.f])
    text = "\n".join([
        c.cafcass_addr, "", "%s\n%s" % (p.full, c.addr_m if p is c.m else c.addr_f), "", c.d(), "Case: %s" % c.cn, "",
        "Dear %s," % p.formal, "",
        "I am the %s who has been asked by %s to prepare a report about %s. %s" % (
            c.role, c.court, c.kids_names(), P(r, "The report must be filed by %s." % c.d(80), "")),
        "",
        "I would like to meet you at %s on %s at %s. %s" % (
            P(r, "our office", "your home", "the family room at the Cafcass office"), c.d(12, "day"), P(r, "10.00am", "1.30pm", "3.45pm"),
            P(r, "The meeting will last about an hour and a half.", "Please bring any documents you think I should see.",
              "If you need an interpreter please let me know by return.")),
        "",
        "I will also need to speak with %s on their own. I will discuss with you the best way to do this, %s." % (
            c.kids_names(), P(r, "which may be at school", "and I will write to the other parent too")),
        "",
        "If the date is not convenient, please ring me on %s." % c.phone(), "", sign(r, c),
    ])
    return R(text=text, doc_name="Appointment letter", frm="cafcass")


@tpl("letter-to-parties", "en")
def ltp_enclosing_report(r, c):
    text = "\n".join([
        c.cafcass, "", "To: %s and %s" % (c.m.full, c.f.full), "By secure e-mail", "", c.d(), "", "Dear %s and %s," % (c.m.formal, c.f.formal), "",
        "Re: %s (%s)" % (c.case_name, c.cn), "",
        "Please find enclosed my %s, which has today been filed with the court. The hearing is on %s." % (
            P(r, "section 7 report", "addendum report", "report"), c.d(14)),
        "",
        "The report contains personal information. Please read it somewhere private and do not share it with %s or post any part of "
        "it on social media. Sharing it with anyone other than your legal adviser may be contempt of court." % (
            "the children" if len(c.kids) > 1 else c.k["first"]),
        "",
        P(r, "If you would like to talk about the report before the hearing, you can call me on %s." % c.phone(),
          "If there are factual errors, please put them in writing to me and the court."),
        "", sign(r, c),
    ])
    return R(text=text, doc_name="Letter to parties enclosing report", frm="cafcass")


@tpl("letter-to-parties", "en")
def ltp_closure(r, c):
    p = P(r, [c.m, c.f])
    text = "\n".join([
        "%s\n%s" % (c.cafcass, c.d()), "", "Dear %s" % p.first, "",
        P(r, "End of Cafcass involvement", "Our work with your family has ended", ""),
        "The court made a final order on %s, and my work with your family has now finished. %s" % (
            c.d(-3), P(r, "I have closed the case on our system.", "I will not be in touch again unless the court asks Cafcass to become involved.")),
        "",
        "I would like to thank you for taking part in the assessment. %s" % P(r, "I know it has been a difficult time.",
                                                                              "I hope the arrangements in the order work well for %s." % c.kids_names()),
        "",
        "If you are unhappy with the service you received you can make a complaint through our website. We keep records about your case "
        "in line with our retention policy; you can ask for a copy by making a subject access request.",
        "", sign(r, c),
    ])
    return R(text=text, doc_name="Closing letter to parties")


@tpl("letter-to-parties", "en")
def ltp_school_visit(r, c):
    text = "\n".join([
        c.cafcass_addr, "", "Dear %s and %s," % (c.m.formal, c.f.formal), "", "%s - %s" % (c.cn, c.d()), "",
        "As I explained when we spoke, I would like to see %s on %s own so that I can hear %s wishes and feelings. I have arranged to "
        "do this at %s on %s. The school know I am coming; I have not told them anything about the proceedings other than that the "
        "court has asked me to speak to %s." % (c.k["first"], c.k["his"], c.k["his"], c.school, c.d(10, "day"), c.k["him"]),
        "",
        "Please could you both %s. It helps children to know that both parents are happy for them to talk to me and that they will not "
        "be asked afterwards what they said." % P(r, "tell %s beforehand that I am coming" % c.k["first"], "avoid discussing the visit in detail with %s" % c.k["first"]),
        "", sign(r, c),
    ])
    return R(text=text, doc_name="Letter to parents re school visit")


@tpl("letter-to-parties", "cy")
def ltp_cy_appt(r, c):
    p = P(r, [c.m, c.f])
    text = "\n".join([
        "Cafcass Cymru", c.town_cy, "", p.full, c.addr_m if p is c.m else c.addr_f, "", c.dcy(), "Rhif achos: %s" % c.cn, "",
        "Annwyl %s," % p.formal, "",
        "Fi yw'r %s sydd wedi cael cais gan %s i ysgrifennu adroddiad am %s. Hoffwn gwrdd â chi %s ar %s am %s. "
        "Bydd y cyfarfod yn para tua awr a hanner." % (c.role_cy, c.court_cy, c.kids_names("cy"),
                                                       P(r, "yn ein swyddfa", "yn eich cartref"), c.dcy(10), P(r, "10 o'r gloch y bore", "2 o'r gloch y prynhawn")),
        "",
        "Bydd angen i mi siarad %s %s hefyd. Byddaf yn trafod gyda chi y ffordd orau o wneud hyn." % ("ag" if a_ac(c.kids[0]["first"]) == "ac" else "â", c.kids_names("cy")),
        "",
        "Os nad yw'r dyddiad yn gyfleus, ffoniwch fi ar %s." % c.phone(), "", sign(r, c, lang="cy"),
    ])
    return R(text=text, doc_name="Llythyr at y partïon")


@tpl("letter-to-parties", "cy")
def ltp_cy_report(r, c):
    text = "\n".join([
        "Cafcass Cymru", "", "At: %s a %s" % (c.m.full, c.f.full), c.dcy(), "", "Annwyl %s a %s / Dear %s and %s," % (c.m.formal, c.f.formal, c.m.formal, c.f.formal), "",
        "Amgaeaf gopi o'm hadroddiad a ffeiliwyd gyda'r llys heddiw. Mae'r gwrandawiad nesaf ar %s. Darllenwch yr adroddiad mewn lle preifat. "
        "Peidiwch â'i rannu gyda'r plant nac ar y cyfryngau cymdeithasol." % c.dcy(14),
        "",
        "Please find enclosed a copy of my report, which was filed with the court today. The next hearing is on %s. Please read the "
        "report somewhere private and do not share it with the children or on social media." % c.den(14),
        "", sign(r, c, lang="cy"),
    ])
    return R(text=text, doc_name="Llythyr at y partïon gyda'r adroddiad")


@tpl("letter-from-party", "en", sources=("scan", "upload"))
def lfp_mother_handwritten(r, c):
    p = c.m
    text = "\n".join([
        "%s\n%s" % (p.full, c.addr_m), "", c.d(0, "num"), "",
        "Dear %s," % P(r, "Mrs %s" % c.fca.split()[-1], c.fca_first, "Cafcass"), "",
        "I am writing because I didn't get to say everything when you came to see me%s. %s" % (
            P(r, " last week", " on Tuesday", ""),
            P(r, "I am really worried about %s going to %s's for overnights. When %s comes back %s is not sleeping and wets the bed." % (c.k["first"], c.f.first, c.k["he"], c.k["he"]),
              "I want you to know that I have never stopped %s seeing the children, it is %s who cancels." % (c.f.first, c.f.first),
              "%s's new partner has been posting things about me on Facebook and the children have seen it." % c.f.first)),
        "",
        "%s I have put copies of the messages with this letter. Please can you put this in your report so the judge knows." % P(
            r, "I am not trying to cause trouble.", "I have tried to talk to him but he just shouts.", ""),
        "", "Thank you", p.first if r.random() < 0.5 else p.full,
    ])
    return R(text=text, doc_name="Letter from mother", frm="party", by=p)


@tpl("letter-from-party", "en", parts=("email",))
def lfp_father_email(r, c):
    p = c.f
    body = "\n".join([
        "Dear %s," % c.fca_first, "",
        "Thank you for meeting me on %s. There are a few points I would like you to consider before you write your report:" % c.d(-5), "",
        "1. %s" % P(r, "I have completed the parenting course (certificate attached).", "I have moved to a two-bedroom flat so %s will have %s own room." % (c.k["first"], c.k["his"])),
        "2. %s" % P(r, "The allegation about %s is not true. I was at work that day and can provide my rota." % c.d(-200),
                    "%s has not let me speak to the children on the phone for three weeks." % c.m.first),
        "3. %s" % P(r, "I am happy to do a drug test if the court wants one.", "I would like my mother to be able to supervise if that's what is needed."),
        "", "I just want to be a part of my children's lives.", "", "Regards", p.full, c.mobile(),
    ])
    return R(text=body, sender="%s <%s.%s%d@%s>" % (p.full, p.first.lower(), p.last.lower(), r.randint(1, 99), P(r, "gmail.com", "outlook.com")),
             subject=P(r, ["Points for my report", "%s - father" % c.cn, "Re: our meeting", "my views"]))


@tpl("letter-from-party", "en", sources=("scan", "upload"))
def lfp_dispute_safeguarding(r, c):
    p = c.resp
    text = "\n".join([
        "From: %s" % p.full, "Case no: %s" % c.cn, "", "To Cafcass,", "",
        "I have received the %s dated %s. There are things in it that are wrong and I want them corrected before the hearing." % (
            P(r, "safeguarding letter", "letter you sent to the court"), c.d(-4)),
        "",
        "- It says I have a conviction for assault. %s" % P(r, "That was 2009 and I was 19. It had nothing to do with the children.",
                                                          "That is not me, it is my brother who has the same initials."),
        "- It says the police were called to my address %s. They were called by me, because %s." % (
            P(r, "twice", "in May"), P(r, "%s turned up drunk" % c.app.first, "my neighbour was shouting")),
        "- I did tell the lady on the phone I would go to the parenting course but she hasn't put that.", "",
        "I would like a copy of this letter to go to the judge. I have no solicitor.", "", "%s" % p.full, "Signed  %s" % c.d(0, "num"),
    ])
    return R(text=text, doc_name="Letter from %s" % c.resp_role, frm="party", by=p)


@tpl("letter-from-party", "en", sources=("scan", "upload"))
def lfp_grandparent(r, c):
    gm = Person(P(r, "Maureen", "Pat", "Shirley", "Bernadette", "Gloria"), c.f.last, "Mrs")
    text = "\n".join([
        gm.full, c.address(), "", c.d(), "",
        "Dear Sir or Madam,", "",
        "I am the %s grandmother of %s and I have been joined as a party in the proceedings. I was told I could write to the Cafcass officer "
        "with my views." % (P(r, "paternal", "maternal"), c.kids_names()),
        "",
        "Until last year I collected %s from school three days a week and %s stayed with me most weekends. Since the parents separated I have "
        "not been allowed to see %s. %s" % (
            c.kids_names(), "they" if len(c.kids) > 1 else c.k["he"], "them" if len(c.kids) > 1 else c.k["him"],
            P(r, "I am 68 and in good health and can offer a stable home if needed.", "I do not take sides and only want what is best for the children.")),
        "",
        "I would be grateful if you would speak to me before your report is finished. My telephone number is %s." % c.phone(),
        "", "Yours faithfully", gm.full,
    ])
    return R(text=text, doc_name="Letter from grandmother", frm="party", by=gm)


@tpl("letter-from-party", "cy", sources=("scan", "upload"))
def lfp_cy(r, c):
    p = P(r, [c.m, c.f])
    text = "\n".join([
        p.full, c.addr_m if p is c.m else c.addr_f, c.dcy(), "",
        "Annwyl %s," % c.fca_first, "",
        "Rwy'n ysgrifennu atoch ynglŷn â'r achos (%s) achos doeddwn i ddim yn gallu dweud popeth pan wnaethom gwrdd. %s" % (
            c.cn, P(r, "Rwy'n poeni bod %s yn dod adref yn flinedig ac yn drist ar ôl treulio'r penwythnos gyda'i %s." % (c.k["first"], "dad" if p is c.m else "fam"),
                    "Hoffwn i chi wybod nad wyf erioed wedi rhwystro'r plant rhag gweld %s." % (c.f.first if p is c.m else c.m.first))),
        "",
        "Rwyf wedi amgáu copïau o'r negeseuon testun. Byddwn yn ddiolchgar pe baech yn rhoi hyn yn eich adroddiad i'r barnwr.",
        "", "Diolch yn fawr,", p.first,
    ])
    return R(text=text, doc_name="Llythyr gan y %s" % ("fam" if p is c.m else "tad"), frm="party", by=p)


@tpl("correspondence", "en", parts=("email",))
def corr_school_visit(r, c):
    body = "\n".join([
        "Dear %s," % c.fca_first, "",
        "Thank you for your email. I can confirm that you are welcome to come into %s on %s to see %s. %s" % (
            c.school, c.d(6, "day"), c.k["first"], P(r, "We have a quiet room available from 1.15pm after lunch.",
                                                    "Please sign in at reception with ID; I will meet you there.",
                                                    "Period 3 would be best as it is a study period.")),
        "",
        P(r, "I have also attached the attendance printout you asked for.", "Mum has been informed.", "Please let me know if you need anything else from us."),
        "", "Kind regards", c.dsl.full, "Designated Safeguarding Lead", c.school,
    ])
    return R(text=body, sender="%s <%s.%s@%s>" % (c.dsl.full, c.dsl.first.lower(), c.dsl.last.lower(), P(r, "school.sch.uk", "academy.org.uk")),
             subject=P(r, ["RE: Visit to see %s" % c.k["first"], "RE: Cafcass visit", "RE: %s %s" % (c.k["first"], c.k["last"]), ""]))


@tpl("correspondence", "en", parts=("email",))
def corr_court_listing(r, c):
    body = "\n".join([
        "Dear all,", "",
        "%s - %s" % (c.cn, c.case_name), "",
        P(r, "Please note that the hearing listed on %s has been vacated due to judicial availability. The matter is relisted for %s at 10.00am, time estimate 2 hours." % (c.d(5), c.d(33)),
          "The court has received Cafcass's request for an extension. %s has granted an extension until %s. An amended order will follow." % (c.judge, c.d(20)),
          "Please can Cafcass confirm whether the section 7 report will be filed by the deadline of %s." % c.d(8)),
        "", "Kind regards", "%s | Listing Officer | %s Family Court" % (P(r, "Dionne", "Mike", "Sarah", "Harjit"), c.town),
        "HM Courts & Tribunals Service",
        "This e-mail and any attachment is intended only for the addressee.",
    ])
    return R(text=body, sender="%s Family Listing <family.listing.%s@justice.gov.uk>" % (c.town, c.town.lower().replace(" ", "")),
             subject=P(r, ["%s - hearing vacated" % c.cn, "%s" % c.cn, "Extension request - %s" % c.case_name, ""]))


@tpl("correspondence", "en")
def corr_party_solicitor(r, c):
    firm = c.sol_m
    text = "\n".join([
        firm, "Solicitors | Family Law", "%d %s, %s %s" % (r.randint(1, 40), P(r, c.streets), c.town, c.postcode()), "",
        c.fca, c.cafcass, "", c.d(), "Our ref: %s/%s/%d" % (P(r, "JK", "LM", "RP"), c.m.last[:3].upper(), r.randint(100, 999)), "Your ref: %s" % c.cn, "",
        "Dear %s," % P(r, c.fca, "Sir/Madam"), "",
        "Re: %s" % c.case_name, "",
        "We act for %s, the %s, in the above matter." % (c.m.full, "applicant" if c.app is c.m else "respondent"),
        P(r, "We should be grateful if you would confirm the date on which you expect to file your section 7 report, as our client has a hospital appointment on %s." % c.d(30),
          "We enclose our client's signed consent form allowing you to speak to %s's GP and health visitor." % c.k["first"],
          "We write to inform you that our client has moved address. Her new address is confidential and should not be disclosed to the other party."),
        "", "Yours faithfully,", "", firm,
    ])
    return R(text=text, doc_name="Letter from mother's solicitors", frm="sol", firm=firm)


@tpl("correspondence", "en", parts=("email",))
def corr_contact_centre(r, c):
    centre = P(r, "Bridges Child Contact Centre", "Rainbow Family Centre", "St Columba's Contact Centre")
    body = "\n".join([
        "Hello,", "",
        "Booking confirmation - %s" % centre,
        "Family ref: %s%d" % (c.f.last[:2].upper(), r.randint(100, 999)),
        "Children: %s" % c.kids_names(),
        "Sessions: %s, %s from %s (fortnightly)" % (P(r, "Saturdays", "Sundays"), P(r, "10am-12pm", "1pm-3pm"), c.d(10)),
        "Type: %s" % P(r, "supported", "supervised"), "",
        "Both parents have completed pre-visits. Please note we are a supported centre and do not provide written reports.",
        "", "Best wishes", "Co-ordinator, %s" % centre,
    ])
    return R(text=body, sender="%s <bookings@%s.org.uk>" % (centre, re.sub(r"[^a-z]", "", centre.lower())[:14]),
             subject=P(r, ["Booking confirmation", "Re: referral %s" % c.cn, ""]))


@tpl("correspondence", "en", parts=("email",))
def corr_fca_to_gp(r, c):
    body = "\n".join([
        "Dear Practice Manager,", "",
        "I am the %s in proceedings concerning %s (DOB %s). The court has directed Cafcass to prepare a report. With %s's consent (attached) "
        "I should be grateful for a short summary of any safeguarding concerns recorded by the practice in the last two years." % (
            c.role, c.k["first"] + " " + c.k["last"], fdate(c.k["dob"], "num"), c.app.first),
        "", "My report is due on %s, so a reply by %s would be appreciated." % (c.d(60), c.d(21)), "",
        "Kind regards", c.fca, c.role, c.cafcass,
    ])
    return R(text=body, sender="%s <%s>" % (c.fca, c.fca_email), subject=P(r, ["Request for information - %s" % c.cn, "Cafcass request", ""]),
             recipe="outgoing e-mail from FCA requesting information")


@tpl("correspondence", "cy", parts=("email",))
def corr_cy_school(r, c):
    body = "\n".join([
        "Annwyl %s," % c.fca_first, "",
        "Diolch am eich e-bost. Gallaf gadarnhau bod croeso i chi ddod i %s ar %s i weld %s. Mae ystafell dawel ar gael ar ôl cinio. "
        "Dewch i'r dderbynfa a gofynnwch amdanaf." % (c.school, c.dcy(7), c.k["first"]),
        "", "Rwyf wedi rhoi gwybod i'r fam.", "", "Cofion cynnes,", c.dsl.full, "Arweinydd Diogelu Dynodedig", c.school,
    ])
    return R(text=body, sender="%s <%s.%s@hwbmail.net>" % (c.dsl.full, c.dsl.first.lower(), c.dsl.last.lower()),
             subject=P(r, ["Ateb: Ymweliad Cafcass Cymru", "Ateb: %s" % c.k["first"], ""]))


# ============================================================================================
# case-plan: case-plan, case-plan-review
# ============================================================================================

@tpl("case-plan", "en", sources=("tree", "upload"))
def cp_ecms(r, c):
    text = "\n".join([
        P(r, "CASE PLAN", "Case plan (WAFH)", "Case Plan - Planning, Analysis and Reflection"), "%s  %s" % (c.cn, c.case_name),
        "Practitioner: %s   Date started: %s   Report due: %s" % (c.fca, c.d(), c.d(84)), "",
        "What is the court asking? %s" % P(r, "Section 7 report on where %s should live and time with the other parent." % c.kids_names(),
                                            "Whether contact with the father is safe following allegations of domestic abuse (s7 limited to risk)."),
        "Key issues from safeguarding letter: %s%s" % (P(r, "police call-outs 2022 (verbal arguments); mother reports coercive control.",
                                                         "father's alcohol use; LA NFA after assessment in 2021.", "entrenched parental conflict."), c.sp()),
        "",
        "What I will do / Why / How:",
        "- See %s at school - to hear wishes and feelings directly - 'My needs, wishes and feelings' booklet." % c.k["first"],
        "- Home visits to both parents - to assess home conditions and parenting capacity - observation.",
        "- %s - %s" % (P(r, "Domestic abuse practice pathway tools with mother", "Child impact assessment framework: parental conflict guidance",
                         "Request updated police information"), P(r, "to understand impact on the children", "to assess risk")),
        "- Contact %s (DSL) and health visitor - independent information on the children's needs." % c.school,
        "",
        "Diversity and inclusion: %s" % P(r, "family is of Pakistani heritage, Muslim; consider extended family role.", "father's first language is Polish - interpreter booked.",
                                            "no specific needs identified; will keep under review."),
        "Timetable: visits by %s; draft to manager %s." % (c.d(40), c.d(70)),
    ])
    return R(text=text, doc_name="Case plan")


@tpl("case-plan", "en", sources=("tree", "upload"), public=True)
def cp_guardian(r, c):
    text = "\n".join([
        "Children's Guardian - initial case plan", "Proceedings: care (%s)  Children: %s.%s" % (c.cn, c.kids_ages(), c.sp()), "Guardian: %s   Plan date: %s" % (c.fca, c.d()), "",
        "Hypotheses to test:",
        "1. The children's needs can be met at home with support under a supervision order.",
        "2. The mother cannot sustain change within the children's timescales.",
        "", "Lines of enquiry:",
        "- Read LA social work evidence and chronology; review threshold document.",
        "- Visit the children in %s (placement) within 10 working days." % P(r, "foster care", "kinship placement with maternal aunt", "the mother and baby unit"),
        "- Instruct %s (children's solicitor) on position for CMH." % c.sol_child,
        "- Consider need for %s." % P(r, "parenting assessment (independent social worker)", "hair strand testing of both parents", "psychological assessment of mother"),
        "", "Tools: genogram, ecomap, 'Three Houses' with %s." % c.k["first"],
        "Review point: after IRH or sooner if placement changes.",
    ])
    return R(text=text, doc_name="Case plan - guardian", recipe="public law initial case plan")


@tpl("case-plan", "en", sources=("tree",))
def cp_brief(r, c):
    text = ("Case plan - %s\n\nReason for involvement: s7 ordered %s, %s.\nRisk: %s\nPlan: 1) interview both parents 2) see %s alone 3) checks with school/GP "
            "4) observe contact if safe.\nTools: %s.\nOutcome sought: clear recommendation that puts %s's welfare first.\n%s, %s") % (
        c.cn, c.d(-2), c.court, P(r, "medium - historic DA, no incidents since 2022.", "low.", "high - live allegations, consider s16A.") + c.sp(),
        c.k["first"], P(r, "DA practice pathway; child impact assessment", "SPIP referral; wishes and feelings work", "harmful conflict guidance"),
        c.k["first"], c.fca, c.d())
    return R(text=text, doc_name="Case plan")


@tpl("case-plan", "cy", sources=("tree", "upload"))
def cp_cy(r, c):
    text = "\n".join([
        "Cynllun Achos", "Rhif achos: %s   Ymarferydd: %s   Dyddiad: %s" % (c.cn, c.fca, c.dcy()), "",
        "Beth mae'r llys yn ei ofyn: adroddiad adran 7 ynglŷn â threfniadau %s.%s" % (c.kids_names("cy"), c.sp()), "",
        "Beth / Pam / Sut:",
        "- Beth: gweld %s yn yr ysgol. Pam: clywed %s yn uniongyrchol. Sut: gwaith 'Tri Thŷ'." % (
            c.k["first"], "ei dymuniadau a'i theimladau" if c.k["girl"] else "ei ddymuniadau a'i deimladau"),
        "- Beth: ymweliadau cartref gyda'r ddau riant. Pam: asesu gallu rhianta a'r amgylchedd. Sut: arsylwi a chyfweliad.",
        "- Beth: gwiriadau gyda'r ysgol a'r ymwelydd iechyd. Pam: gwybodaeth annibynnol am anghenion y plant.",
        "- Beth: %s. Pam: asesu risg." % P(r, "offeryn asesu cam-drin domestig gyda'r fam", "cais am wybodaeth bellach gan %s" % c.police_cy),
        "",
        "Iaith: mae'r teulu wedi dewis y Gymraeg; bydd yr adroddiad a'r cofnodion yn Gymraeg.",
        "Amserlen: ymweliadau erbyn %s; drafft i'r Rheolwr Ymarfer erbyn %s." % (c.dcy(40), c.dcy(70)),
    ])
    return R(text=text, doc_name="Cynllun achos")


@tpl("case-plan-review", "en", sources=("tree", "upload"))
def cpr_review(r, c):
    text = "\n".join([
        P(r, "Case plan review", "CASE PLAN - REVIEW", "Review of case plan"), "%s | %s | reviewed by %s with %s (manager)" % (c.cn, c.d(), c.fca, c.mgr), "",
        "Progress against plan:",
        "- Both parents interviewed (%s, %s). Done." % (c.d(-30, "dots"), c.d(-24, "dots")),
        "- %s seen at school %s. Done." % (c.k["first"], c.d(-10, "dots")),
        "- GP information: %s" % P(r, "outstanding - chased %s." % c.d(-3, "dots"), "received, no concerns."),
        "",
        "What has changed: %s" % P(r, "New police information shows an incident on %s when police attended the father's address; not previously disclosed." % c.d(-50),
                                   "Mother has moved to a refuge out of area. Address confidential.",
                                   "%s has told school %s no longer wants to stay overnight at dad's." % (c.k["first"], c.k["he"])) + c.sp(),
        "Revised actions: %s" % P(r, "Second interview with father to discuss incident; consider s16A risk assessment.",
                                  "Request extension of 4 weeks from court; inform parties.", "Observe contact before recommendation."),
        "Risk level: %s" % P(r, "raised to medium", "unchanged", "raised to high - manager informed"),
    ])
    return R(text=text, doc_name="Case plan review")


@tpl("case-plan-review", "en", sources=("tree", "upload"), public=True)
def cpr_after_hearing(r, c):
    text = ("Case plan update following IRH on %s\nGuardian: %s   Case: %s\n\n"
            "At the IRH the court %s The plan is updated as follows:\n"
            "* Visit %s in placement before final hearing.\n* Read the %s and respond in final analysis.\n"
            "* Discuss with %s (child's solicitor) whether to seek a further assessment.\n"
            "* Final analysis due %s.\n\nReflection: %s\nManager oversight: agreed, %s.") % (
        c.d(), c.fca, c.cn, P(r, "approved the local authority's revised care plan for placement with the paternal grandparents",
                              "listed a 3-day final hearing", "refused the mother's application for a further assessment") + "." + c.sp(),
        c.kids_names(), P(r, "special guardianship assessment", "addendum parenting assessment", "final care plan"), c.sol_child_name.full,
        c.d(45), P(r, "My initial hypothesis that the children could return home has not been supported by the evidence.",
                   "Need to keep the children's voices central; the older child's views are strong."), c.mgr)
    return R(text=text, doc_name="Case plan review after IRH")


@tpl("case-plan-review", "en", sources=("tree",))
def cpr_short(r, c):
    text = ("CP REVIEW %s\n%s\nPlan remains appropriate. No new risk identified. Outstanding: %s. Report on track for %s.\n-- %s") % (
        c.d(0, "num"), c.cn, P(r, "school info", "observation of contact", "second home visit"), c.d(20), c.fca)
    return R(text=text, doc_name="Case plan review", recipe="very short review entry")


@tpl("case-plan-review", "cy", sources=("tree", "upload"))
def cpr_cy(r, c):
    text = "\n".join([
        "Adolygiad o'r Cynllun Achos", "%s - %s - %s" % (c.cn, c.dcy(), c.fca), "",
        "Cynnydd: mae'r ddau riant wedi cael eu cyfweld ac mae %s wedi cael ei weld yn yr ysgol." % c.k["first"],
        "Beth sydd wedi newid: %s" % P(r, "mae gwybodaeth newydd gan %s am ddigwyddiad ar %s." % (c.police_cy, c.dcy(-40)),
                                      "mae'r fam wedi symud i lety diogel.") + c.sp(),
        "Camau diwygiedig: %s" % P(r, "ail gyfweliad gyda'r tad; ystyried asesiad risg adran 16A.", "gofyn i'r llys am estyniad o bedair wythnos."),
        "Trafodwyd gyda'r Rheolwr Ymarfer, %s." % c.mgr,
    ])
    return R(text=text, doc_name="Adolygiad cynllun achos")


# ============================================================================================
# risk-and-safety: la-checks, screening-response, safety-assessment
# ============================================================================================

@tpl("la-checks", "en")
def la_response_form(r, c):
    variant = r.randrange(4)
    rc = None
    if variant == 0:
        known = "Not known. No records found for any of the named adults or children."
    elif variant == 1:
        known = ("Known. %s was subject to a Child in Need plan from %s to %s due to concerns about domestic abuse between the parents. "
                 "Case closed with no further action; signposted to Early Help.") % (c.k["first"], c.den(-900, "num"), c.den(-700, "num"))
        rc = "other-childrens-social-care"
    elif variant == 2:
        known = ("Known. The children were subject to Child Protection Plans (category: emotional abuse) from %s; plans ended %s. "
                 "Allocated social worker at the time: %s.") % (c.den(-800, "num"), c.den(-500, "num"), c.sw)
        rc = "child-protection"
    else:
        known = ("Known. %s has been living with a family friend (not a relative) for more than 28 days and is recorded as a "
                 "privately fostered child; the arrangement was assessed as suitable on %s.") % (c.k["first"], c.den(-120, "num"))
        rc = "privately-fostered-child"
    text = "\n".join([
        c.la, P(r, "Children's Services - Multi-Agency Safeguarding Hub", "Integrated Front Door", "Children and Families - Contact Centre"), "",
        P(r, "Response to Cafcass safeguarding check", "Local authority safeguarding information (private law)", "CAFCASS REQUEST - LA RESPONSE"), "",
        "Cafcass ref: %s   LA ref: %s   Date of response: %s" % (c.cn, c.ref, c.d()),
        "Subjects checked: %s (%s); %s (%s); %s" % (c.m.full, c.m.title, c.f.full, "Mr", c.kids_names()),
        "Systems searched: %s" % P(r, "Liquidlogic LCS / EHM", "Mosaic", "Eclipse", "CareFirst"), "",
        "Result: %s" % known, "",
        "Current involvement: %s" % P(r, "None.", "None. Case closed.", "Open to Early Help (Family Support Worker)."),
        "Any other information the local authority considers relevant: %s" % P(r, "None.", "Mother made a referral in 2022 regarding the father's behaviour at handover; NFA.",
                                                                           "Please note the information is provided for the purpose of the current proceedings only."),
        "", "Completed by: %s, %s" % (P(r, "Senior Practitioner", "Team Manager", "MASH Social Worker"), c.la),
    ])
    return R(text=text, doc_name="LA checks", frm="la", record_class=rc)


@tpl("la-checks", "en", parts=("email",))
def la_email_reply(r, c):
    rc = None
    res = P(r, [0, 1, 2])
    if res == 0:
        msg = "I can confirm that none of the family members are known to %s children's social care." % c.la_short
    elif res == 1:
        msg = ("The family are known. There was a single assessment in %d following a police notification (domestic incident, children present). "
               "Outcome: NFA, advice given to mother. No current involvement.") % (c.date.year - 2)
        rc = "other-childrens-social-care"
    else:
        msg = ("The family are currently known. %s is a looked after child, accommodated under section 20 since %s and placed with %s. "
               "The allocated social worker is %s.") % (c.k["first"], c.den(-90), P(r, "local authority foster carers", "the maternal grandmother"), c.sw)
        rc = "looked-after-child"
    body = "\n".join([
        "Good afternoon,", "", "Thank you for your request dated %s regarding %s." % (c.d(-3), c.case_name), "", msg, "",
        "Kind regards", "%s | Business Support | MASH | %s" % (P(r, "Lorraine", "Stacey", "Bal", "Andy"), c.la),
        "Please do not reply to this secure message with further personal data.",
    ])
    return R(text=body, sender="MASH Business Support <mash.business@%s>" % c.la_dom,
             subject=P(r, ["RE: Cafcass safeguarding check %s" % c.cn, "RE: [SECURE] %s" % c.case_name, "RE: Request for information - %s" % c.cn, ""]),
             record_class=rc)


@tpl("la-checks", "en")
def la_letter(r, c):
    text = "\n".join([
        c.la, "Directorate of Children and Families", "", c.cafcass, "Private Law Intake", "", c.d(), "",
        "Dear Colleague,", "",
        "Re: %s - request for local authority information (%s)" % (c.case_name, c.cn), "",
        "Further to your request, I have checked our records for the adults and children you named. %s" % P(r,
            "There is a closed record for %s relating to a referral from %s in %d about poor school attendance. No assessment was undertaken." % (c.k["first"], c.school, c.date.year - 1),
            "We hold no records for the children. %s is known to adult social care; we are not able to share details without consent." % c.f.full,
            "There are no records held for the children or the adults named.") + c.sp(),
        "",
        "If you require further information please contact the duty team quoting our reference %s." % c.ref,
        "", "Yours sincerely", "", c.sw, "Duty Social Worker",
    ])
    return R(text=text, doc_name="Local authority checks", frm="la")


@tpl("la-checks", "cy")
def lac_cy(r, c):
    rc = None
    if r.random() < 0.5:
        res = "Nid yw'r teulu'n hysbys i'r Gwasanaethau Plant. Ni chafwyd hyd i gofnodion ar gyfer yr oedolion na'r plant a enwyd."
    else:
        res = ("Mae'r teulu'n hysbys. Roedd %s ar y gofrestr amddiffyn plant (categori: esgeulustod) rhwng %s a %s. "
               "Daeth y cynllun i ben ac nid oes gweithiwr cymdeithasol wedi'i ddyrannu ar hyn o bryd.") % (c.k["first"], c.dcy(-700), c.dcy(-400))
        rc = "child-protection"
    text = "\n".join([
        c.la_cy, "Gwasanaethau Plant - Porth Diogelu / Safeguarding Hub", "",
        "Ymateb i gais gwirio diogelu Cafcass Cymru", "Response to Cafcass Cymru safeguarding check", "",
        "Rhif achos: %s   Ein cyfeirnod: %s   Dyddiad: %s" % (c.cn, c.ref, c.dcy()),
        "Unigolion a wiriwyd: %s; %s; %s" % (c.m.full, c.f.full, c.kids_names("cy")), "",
        "Canlyniad: %s" % res, "",
        "Cwblhawyd gan: %s, Gweithiwr Cymdeithasol" % P(r, SW_CY),
    ])
    return R(text=text, doc_name="Gwiriadau awdurdod lleol", frm="la", record_class=rc)


@tpl("screening-response", "en")
def scr_health_visitor(r, c):
    young = min(k["age"] for k in c.kids)
    text = "\n".join([
        c.health, P(r, "0-19 Public Health Nursing Service", "Health Visiting Team", "Safeguarding Children Team"), "",
        "To: %s, Private Law Intake" % c.cafcass, "Date: %s" % c.d(), "Re: %s (%s)" % (c.case_name, c.cn), "",
        "In response to your screening request dated %s, I have checked the child health records for %s." % (c.d(-6), c.kids_names()), "",
        P(r, "The family are registered with the service and all mandated contacts have been completed. There are no safeguarding concerns recorded.",
          "The health visitor recorded concerns in %d about the home conditions and missed immunisations; the family were referred to Early Help. "
          "No concerns have been recorded since." % (c.date.year - 1),
          "Mother disclosed domestic abuse at the 6-8 week check and a DASH was completed (medium risk). A referral was made to the IDVA service.") + c.sp(),
        "",
        "This response is based on records held by the service as at today's date. Please contact the safeguarding team if you need more detail.",
        "", "%s, Named Nurse Safeguarding Children" % P(r, "Jo Whitaker", "Miriam Osei", "Claire Hulme"),
    ])
    return R(text=text, doc_name="Health screening response", frm="health",
             recipe="health visiting reply to screening request (child aged %d)" % young)


@tpl("screening-response", "en")
def scr_probation(r, c):
    subj = c.f
    text = "\n".join([
        "The Probation Service", "%s Probation Delivery Unit" % c.town, "", "CAFCASS SCREENING ENQUIRY - RESPONSE", "",
        "Subject: %s   DOB: %s" % (subj.full, fdate(c.day(-365 * r.randint(24, 45)), "num")), "Cafcass case: %s" % c.cn, "Date: %s" % c.d(), "",
        P(r, "The subject is not known to the Probation Service.",
          "The subject is currently under supervision (Community Order with Rehabilitation Activity Requirement) for an offence of criminal damage. "
          "Supervision ends %s. The responsible officer is not aware of any risk to children." % c.d(200),
          "The subject completed a licence period in %d. He was assessed as medium risk of harm to a known adult (ex-partner). "
          "He completed the Building Better Relationships programme." % (c.date.year - 2)),
        "", "This information is provided in response to your screening request and must not be disclosed to the subject without our agreement.",
        "", "%s, Probation Services Officer" % P(r, "Kieran Doyle", "Amira Haddad", "Peter Lund"),
    ])
    return R(text=text, doc_name="Probation response", frm="la")


@tpl("screening-response", "en", parts=("email", "attachment"))
def scr_school(r, c):
    body = "\n".join([
        "Dear Cafcass,", "",
        "Response to your screening enquiry about %s %s (%s)." % (c.k["first"], c.k["last"], "Year %d" % (c.k["age"] - 4) if c.k["age"] >= 5 else "Nursery"), "",
        "Attendance this year: %d%%." % r.randint(82, 99),
        "Safeguarding records: %s" % P(r, "none held.", "two entries this year - %s came to school upset after a weekend and disclosed arguing at home; logged on CPOMS, parent spoken to." % c.k["first"],
                                       "one referral to MASH in %d (see LA)." % (c.date.year - 1)) + c.sp(),
        "Who collects: %s" % P(r, "mum, occasionally maternal grandmother", "both parents on alternate days", "dad on Fridays"),
        "Any concerns about parenting: %s" % P(r, "no", "none currently"), "",
        "Regards", c.dsl.full, "DSL, %s" % c.school,
    ])
    return R(text=body, sender="%s <dsl@%s>" % (c.dsl.full, re.sub(r"[^a-z]", "", c.school.lower())[:16] + ".sch.uk"),
             subject=P(r, ["RE: Cafcass screening - %s" % c.k["first"], "Screening response", "RE: %s" % c.cn, ""]),
             doc_name="School response", frm="school")


@tpl("screening-response", "en", parts=("email",))
def scr_idva(r, c):
    body = "\n".join([
        "Hi,", "",
        "Thank you for the screening request for %s. %s was referred to our service by %s on %s following an incident assessed as high risk, "
        "and the case was heard at MARAC on %s. %s" % (
            c.m.full, c.m.first, c.police, c.d(-150), c.d(-140), P(r, "Actions included a target-hardening referral and a safety plan with the school.",
                                                                    "The case has since been closed to the IDVA service.")),
        "", "We have consent from %s to share this with you." % c.m.first, "",
        "%s | Independent Domestic Violence Advocate | %s" % (P(r, "Sam", "Nikki", "Femi"), P(r, "Safer Lives Partnership", "Halo DA Service", "Next Chapter IDVA Service")),
    ])
    return R(text=body, sender="IDVA Service <idva.referrals@%s>" % P(r, "saferlives.org.uk", "halo-da.org.uk", "nextchapter.org.uk"),
             subject=P(r, ["Screening - %s" % c.cn, "RE: Cafcass enquiry", ""]))


@tpl("screening-response", "cy")
def scr_cy(r, c):
    text = "\n".join([
        c.health_cy, "Tîm Diogelu Plant", "", "At: Cafcass Cymru", "Dyddiad: %s" % c.dcy(), "Ynglŷn â: %s (%s)" % (c.case_name, c.cn), "",
        "Mewn ymateb i'ch cais sgrinio dyddiedig %s, rwyf wedi gwirio cofnodion iechyd %s." % (c.dcy(-5), c.kids_names("cy")), "",
        P(r, "Nid oes unrhyw bryderon diogelu wedi'u cofnodi.",
          "Cofnododd yr ymwelydd iechyd bryderon yn %d am amodau'r cartref; atgyfeiriwyd y teulu at Deuluoedd yn Gyntaf." % (c.date.year - 1)),
        "", "%s, Nyrs Ddiogelu Enwebedig" % P(r, "Gwenllian Rees", "Sioned Price"),
    ])
    return R(text=text, doc_name="Ymateb sgrinio", frm="health")


@tpl("safety-assessment", "en", sources=("upload", "tree"))
def sa_da_tool(r, c):
    qs = ["Has the other parent ever hurt you physically?", "Do you feel frightened of them?", "Have they ever threatened to take the children?",
          "Do they control your money, phone or who you see?", "Has the abuse got worse recently?", "Have the children seen or heard the abuse?",
          "Is there a court order or bail conditions in place?"]
    lines = [P(r, "Domestic abuse practice pathway - screening tool (completed with parent)", "Risk identification checklist - completed with mother",
               "Safety assessment - domestic abuse"),
             "%s   Completed by %s with %s, %s" % (c.cn, c.fca, c.m.full, c.d()), ""]
    for q in r.sample(qs, 5):
        lines.append("%s  %s" % (q, P(r, "Yes", "No", "Yes - see notes", "Unsure")))
    lines += ["", "Summary: %s" % P(r, "Mother describes a pattern of coercive and controlling behaviour. Risk assessed as medium; no current incidents.",
                                   "Risk indicators present; discussed with manager; safety plan agreed for handovers.",
                                   "Mother did not want to answer some questions with the children nearby; to be revisited.") + c.sp(),
              "Safety plan discussed: %s" % P(r, "Yes", "Yes - handovers through school", "No - not required")]
    return R(text="\n".join(lines), doc_name="DA screening tool")


@tpl("safety-assessment", "en", sources=("upload", "tree"))
def sa_s16a(r, c):
    text = "\n".join([
        "Section 16A Children Act 1989 - risk assessment record", "Case %s - %s" % (c.cn, c.case_name), "Practitioner: %s   Manager: %s   Date: %s" % (c.fca, c.mgr, c.d()), "",
        "Cause to suspect: %s" % P(r, "During the home visit %s said that %s 'hits really hard when he's angry'." % (c.k["first"], c.f.first),
                                   "New police information shows a DVPO against the father made on %s." % c.d(-20)) + c.sp(),
        "Risk assessment: %s" % P(r, "I have considered the nature of the harm alleged, its likelihood and its impact on the child. I assess the risk of harm during unsupervised contact as significant.",
                                  "The information is serious but historic; the father has engaged with a domestic abuse programme. Risk during supervised contact is assessed as low."),
        "Action: %s" % P(r, "Court informed by letter %s; recommend contact is supervised pending the final report." % c.d(1),
                         "Referral made to %s children's services (MASH)." % c.la_short),
        "Manager endorsement: %s, %s" % (c.mgr, c.d(1)),
    ])
    return R(text=text, doc_name="S16A risk assessment")


@tpl("safety-assessment", "en", sources=("upload", "tree", "scan"))
def sa_safety_plan(r, c):
    text = ("SAFETY PLAN - %s\nFor: %s (%s)\nAgreed with: %s\nDate: %s\n\n1. %s\n2. %s\n3. %s\n4. If %s feels unsafe %s will call 999.\n"
            "Review: at next visit or if circumstances change.\nFCA: %s") % (
        c.cn, c.m.full, "mother", c.m.first, c.d(),
        P(r, "Handovers to take place at the police station car park.", "Handovers through school only; no direct contact between parents."),
        P(r, "Office appointments to be staggered by 30 minutes so the parents do not meet.", "Mother's address not to be shared with father."),
        P(r, "Mother to keep a copy of the non-molestation order with her.", "Phone contact via a parenting app only."),
        c.m.first, "she", c.fca)
    return R(text=text, doc_name="Safety plan")


@tpl("safety-assessment", "en", sources=("upload", "tree"))
def sa_welfare_referral(r, c):
    text = "\n".join([
        "Cafcass welfare referral to children's social care", "To: %s - Front Door" % c.la, "From: %s, %s" % (c.fca, c.role), "Date: %s" % c.d(), "",
        "Child(ren): %s" % c.kids_ages(), "Address: %s" % c.addr_m, "Known to children's social care: %s" % (c.st() or P(r, "not known", "not known to Cafcass")), "",
        "Reason for referral: %s" % P(r, "%s disclosed to me today that %s mother's partner smacked %s with a belt last week." % (c.k["first"], c.k["his"], c.k["him"]),
                                     "Mother reported that father took %s without agreement and is refusing to return %s; police aware." % (c.k["first"], c.k["him"])),
        "Immediate safety: %s" % P(r, "Child at school today; school DSL informed.", "Police attended and child returned to mother."),
        "Parents informed of referral: %s" % P(r, "Yes", "No - would place child at risk"),
        "Please confirm receipt and outcome to the above practitioner.",
    ])
    return R(text=text, doc_name="Welfare referral", recipe="welfare referral to children's social care")


@tpl("safety-assessment", "cy", sources=("upload", "tree"))
def sa_cy(r, c):
    text = "\n".join([
        "Asesiad Risg Adran 16A Deddf Plant 1989", "Rhif achos: %s   Ymarferydd: %s   Dyddiad: %s" % (c.cn, c.fca, c.dcy()), "",
        "Achos i amau: %s" % P(r, "Yn ystod yr ymweliad, dywedodd %s fod %s yn gweiddi ac yn taflu pethau pan mae'n flin." % (c.k["first"], c.f.first),
                               "Mae gwybodaeth newydd gan %s yn dangos digwyddiad domestig ar %s." % (c.police_cy, c.dcy(-25))),
        "Asesiad: Rwyf wedi ystyried natur y niwed, pa mor debygol ydyw, a'i effaith ar y plentyn. Aseswyd bod risg sylweddol yn ystod cyswllt heb oruchwyliaeth.",
        "Camau: hysbysu'r llys drwy lythyr; argymell cyswllt dan oruchwyliaeth hyd at yr adroddiad terfynol.",
        "Cymeradwywyd gan y Rheolwr Ymarfer: %s" % c.mgr,
    ])
    return R(text=text, doc_name="Asesiad diogelwch")


# ============================================================================================
# reporting-to-court: safeguarding-letter, section-7-report, guardian-analysis, letter-to-court,
# addendum-report
# ============================================================================================

def _police_summary(r, c):
    return P(r, ["%s: no trace for either party." % c.police,
                 "%s: %s has a caution for common assault (%d) against a previous partner. Two domestic call-outs to the mother's address in %d; no further action." % (
                     c.police, c.f.full, c.date.year - 6, c.date.year - 1),
                 "%s: the mother reported harassment by the father on %s; words of advice given." % (c.police, c.den(-200))])


@tpl("safeguarding-letter", "en", public=False)
def sg_letter_full(r, c):
    text = "\n".join([
        P(r, "Safeguarding Letter", "SAFEGUARDING LETTER - CHILD ARRANGEMENTS PROGRAMME", "Safeguarding letter to the court"),
        "To: %s   Case number: %s   Hearing: %s" % (cap(c.court[4:]), c.cn, c.d(7)),
        "Applicant: %s (%s)   Respondent: %s (%s)" % (c.app.full, c.app_role, c.resp.full, c.resp_role),
        "Children: %s" % c.kids_ages(), "Author: %s, %s   Date: %s" % (c.fca, c.role, c.d()), "",
        "1. Enquiries undertaken", "Checks with %s and %s; telephone safeguarding interviews with both parents on %s and %s." % (
            c.police, c.la, c.d(-4), c.d(-3)), "",
        "2. Outcome of checks", _police_summary(r, c),
        "%s: %s" % (c.la, c.st() or P(r, "not known.", "known; Child in Need plan closed in %d." % (c.date.year - 2))), "",
        "3. Safeguarding issues raised by the parents",
        P(r, "The %s alleges that the %s was verbally abusive and controlling during the relationship. The %s denies this." % (c.app_role, c.resp_role, c.resp_role),
          "Both parents raise concerns about the other's new partner. Neither alleges harm to the children.",
          "The %s is worried about the %s's drinking at weekends." % (c.app_role, c.resp_role)), "",
        "4. Recommendations",
        P(r, "Cafcass recommends that the court considers a section 7 report addressing the allegations and the children's wishes and feelings.",
          "There are no safeguarding issues that prevent the parties agreeing arrangements at the first hearing. Cafcass recommends both parents attend SPIP.",
          "Cafcass recommends that the court considers whether a fact-finding hearing is necessary before any welfare decision."),
    ])
    return R(text=text, doc_name="Safeguarding letter", frm="cafcass")


@tpl("safeguarding-letter", "en", public=False)
def sg_letter_short(r, c):
    text = "\n".join([
        c.cafcass, "", "%s\n%s" % (c.court, c.d()), "", "Dear %s," % P(r, "Sir/Madam", "Judge", "Legal Adviser"), "",
        "Re: %s - %s - FHDRA %s" % (c.case_name, c.cn, c.d(5)), "",
        "Cafcass has completed safeguarding enquiries in this matter. %s Neither parent raised any concern about the children's safety when "
        "interviewed. The parents disagree about %s.%s" % (_police_summary(r, c), P(r, "overnight stays", "the school the children should attend", "the holiday arrangements"), c.sp(only=("other-childrens-social-care", "privately-fostered-child"))),
        "",
        "Cafcass does not consider that any further safeguarding enquiries are necessary. %s" % P(r,
            "If the parties cannot agree at court, Cafcass would not support a section 7 report at this stage.",
            "The court may wish to refer the parents to mediation."),
        "", "This letter has been shared with the parties.", "", sign(r, c),
    ])
    return R(text=text, doc_name="Safeguarding letter", frm="cafcass")


@tpl("safeguarding-letter", "en", public=False, sources=("upload", "tree"))
def sg_letter_table(r, c):
    text = "\n".join([
        "Safeguarding letter (CAP)   %s" % c.cn, "", "Summary of safeguarding checks", "Agency | Result",
        "Police (%s) | %s" % (c.police, P(r, "No trace", "Information held - see below", "Known to police")),
        "Local authority (%s) | %s" % (c.la_short, P(r, "Not known", "Known - closed")), "",
        "Interviews: %s (%s) - %s; %s (%s) - %s" % (c.app.full, c.d(-3, "num"), P(r, "completed", "completed with interpreter"), c.resp.full,
                                                   c.d(-2, "num"), P(r, "completed", "not reached after three attempts")),
        "", "Risk analysis: %s" % P(r, "Allegations of physical abuse by the %s are serious and unresolved." % c.resp_role,
                                   "Parental conflict is high and the children are aware of it; no allegations of abuse.",
                                   "The %s has a conviction for a drugs offence; no information suggests current use." % c.resp_role) + c.sp(),
        "Recommendation to the court: %s" % P(r, "section 7 report (12 weeks) by Cafcass.", "SPIP for both parents; no further Cafcass involvement.",
                                               "interim supervised contact at a contact centre pending a section 7 report."),
        "", "%s, %s" % (c.fca, c.role),
    ])
    return R(text=text, doc_name="Safeguarding letter")


@tpl("safeguarding-letter", "cy", public=False)
def sg_cy(r, c):
    text = "\n".join([
        "Adroddiad Ymholiadau Diogelu (SER) / Safeguarding Enquiries Report", "Cafcass Cymru", "",
        "Llys: %s   Rhif achos: %s   Gwrandawiad: %s" % (cap(c.court_cy), c.cn, c.dcy(6)),
        "Ceisydd: %s (%s)   Atebydd: %s (%s)" % (c.app.full, c.app_role_cy, c.resp.full, c.resp_role_cy), "Plant: %s" % c.kids_ages("cy"), "",
        "1. Ymholiadau: gwiriadau gyda %s a %s; cyfweliadau ffôn gyda'r ddau riant." % (c.police_cy, c.la_cy_asp),
        "2. Canlyniad y gwiriadau: %s" % P(r, "dim gwybodaeth gan yr heddlu na'r awdurdod lleol.",
                                          "mae gan %s rybudd am ymosodiad cyffredin (%d)." % (c.f.full, c.date.year - 5)) + c.sp(),
        "3. Materion diogelu: %s" % P(r, "mae'r fam yn honni bod y tad wedi bod yn ymosodol yn eiriol yn ystod y berthynas.", "nid oes unrhyw bryderon diogelu wedi'u codi."),
        "4. Argymhelliad: %s" % P(r, "mae Cafcass Cymru yn argymell adroddiad adran 7.", "gall y rhieni gytuno ar drefniadau yn y gwrandawiad cyntaf."),
        "", "%s, %s" % (c.fca, c.role_cy),
    ])
    return R(text=text, doc_name="Adroddiad ymholiadau diogelu")


@tpl("safeguarding-letter", "cy", public=False)
def sg_cy_bilingual(r, c):
    text = "\n".join([
        "LLYTHYR DIOGELU / SAFEGUARDING LETTER", "%s - %s" % (c.cn, c.dcy()), "",
        "Mae Cafcass Cymru wedi cwblhau ymholiadau diogelu. Nid oes gan %s gofnod o'r naill riant na'r llall. Nid yw'r teulu'n hysbys i %s. "
        "Ni chododd y rhieni unrhyw bryder am ddiogelwch y plant. Nid oes angen ymholiadau pellach." % (c.police_cy, c.la_cy_soft),
        "",
        "Cafcass Cymru has completed safeguarding enquiries. %s holds no record of either parent and the family is not known to %s. "
        "Neither parent raised a concern about the children's safety. No further enquiries are needed." % (c.police, c.la),
        "", "%s, Ymgynghorydd Llys Teulu / Family Court Adviser" % c.fca,
    ])
    return R(text=text, doc_name="Llythyr diogelu")


@tpl("section-7-report", "en", public=False, sources=("upload", "tree"))
def s7_structured(r, c):
    text = "\n".join([
        P(r, "Section 7 Report", "SECTION 7 REPORT", "Report to the court under section 7 of the Children Act 1989"),
        "In %s   Case no. %s" % (c.court, c.cn), "Children: %s" % c.kids_ages(), "Author: %s, %s   Date of report: %s" % (c.fca, c.role, c.d()), "",
        *(["Background", background(r, c), ""] if r.random() < 0.75 else []),
        "1. Introduction and enquiries", "1.1 This report was ordered on %s. I have read the court bundle, interviewed both parents, seen %s at %s, and spoken to the school." % (
            c.d(-84), c.kids_names(), P(r, "school", "home", "the Cafcass office")), "",
        "2. The children's wishes and feelings", "2.1 %s told me %s" % (c.k["first"], P(r, "that %s likes going to dad's but 'doesn't like it when they shout at each other'." % c.k["he"],
                                                                                      "that %s wants to live with mum and see dad 'every Saturday and sometimes sleep there'." % c.k["he"],
                                                                                      "very little; %s was anxious and needed reassurance." % c.k["he"])), "",
        "3. Welfare checklist analysis", "3.1 Physical, emotional and educational needs: %s" % P(r, "%s has an EHCP for speech and language needs." % c.k["first"],
                                                                                                "the children are healthy and doing well at school."),
        "3.2 Harm: %s%s" % (P(r, "The allegations of domestic abuse have not been determined.", "No harm has been identified."), c.sp()),
        "3.3 Capability of each parent: %s" % P(r, "Both parents meet the children's day-to-day needs well. The difficulty is the conflict between them, which the children are aware of.",
                                                "The %s has a settled routine for the children; the %s's housing is temporary and unsuitable for overnight stays at present." % (c.app_role, c.resp_role)),
        "3.4 Likely effect of any change: %s" % P(r, "A change of residence would mean a change of school, which %s does not want." % c.k["first"],
                                                  "Increasing time with the %s gradually would limit any disruption." % c.resp_role),
        "3.5 Age, sex, background and relevant characteristics: %s is %d. %s" % (c.k["first"], c.k["age"], P(r, "The family is bilingual at home.", "No particular needs arise.", "Religious festivals are important to both sides of the family.")), "",
        "4. Recommendations", "4.1 %s" % P(r, "The children should live with their mother and spend time with their father alternate weekends from Friday after school to Sunday 6pm.",
                                          "A child arrangements order for shared care, to alternate weekly on Fridays.",
                                          "Contact should progress from supervised to supported over six weeks, with a review."),
        "", "Signed: %s  %s" % (c.fca, c.role),
    ])
    return R(text=text, doc_name="Section 7 report", frm="cafcass", att_names=["Final report signed.pdf", "S7 final.pdf", "report FINAL.pdf"])


@tpl("section-7-report", "en", public=False, sources=("upload", "tree", "scan"))
def s7_middle_page(r, c):
    n = r.randint(18, 40)
    text = "\n".join([
        "%d. When I saw %s at %s on %s %s" % (n, c.k["first"], c.school, c.d(-20), P(r, "we used the 'three houses' tool.", "%s drew a picture of %s family." % (c.k["he"], c.k["his"]))),
        "%d. %s said %s. In my assessment these are %s own views and %s." % (n + 1, c.k["first"].capitalize(),
                                                                           P(r, "'I miss dad's dog and my bedroom there'", "'I want things to stay the same'"),
                                                                           c.k["his"], P(r, "should carry weight given %s age and understanding" % c.k["his"], "are consistent with what school reports")),
        "%d. Analysis. Applying the welfare checklist, I consider that %s." % (n + 2, P(r, "the main risk to the children is exposure to their parents' conflict",
                                                                                       "the father has shown insight into the impact of his behaviour")),
        "%d. I have considered the presumption of parental involvement (s1(2A)) and %s." % (n + 3, P(r, "there is no evidence that the father's involvement would put the children at risk",
                                                                                                  "Practice Direction 12J, given the findings made")),
        "", "Section 7 report - %s - page %d of %d" % (c.cn, r.randint(5, 9), r.randint(10, 16)),
    ])
    return R(text=text, doc_name="Section 7 report", recipe="middle page of a s7 report, numbered paragraphs")


@tpl("section-7-report", "en", public=False, sources=("upload", "tree"))
def s7_recommendation(r, c):
    text = "\n".join([
        "%s\nCase %s  (%s)" % (c.cafcass, c.cn, c.case_name), "",
        P(r, "Welfare report - Analysis and recommendations", "Report of the Family Court Adviser (s7 CA 1989)"), "",
        "Summary: The court asked me to report on %s." % P(r, "where %s should live" % c.kids_names(), "whether %s should spend time with %s father" % (c.kids_names(), "their" if len(c.kids) > 1 else c.k["his"]),
                                                           "the %s's application to relocate to %s" % (c.app_role, P(r, "Scotland", "Poland", "Cornwall"))),
        "",
        "Analysis: %s Both parents love the children. %s" % (
            P(r, "I have weighed the welfare checklist factors.", "I have considered the children's ascertainable wishes and feelings in the light of their age."),
            P(r, "The difficulty lies in their inability to communicate without conflict.", "The %s has not yet shown an understanding of the impact of the domestic abuse found by the court." % c.resp_role)),
        "", "Recommendation: %s" % P(r, "I recommend a child arrangements order. I do not recommend a Family Assistance Order.",
                                      "I recommend indirect contact only, by letters and cards every month, reviewed in 6 months.",
                                      "I recommend that the application be granted, with video calls twice a week."),
        "", "%s\n%s\n%s" % (c.fca, c.role, c.d()),
    ])
    return R(text=text, doc_name="s7 report", att_names=["Final report signed.pdf", "Report.pdf"])


@tpl("section-7-report", "cy", public=False, sources=("upload", "tree"))
def s7_cy(r, c):
    text = "\n".join([
        "Adroddiad Adran 7", "Deddf Plant 1989, adran 7", "%s   Rhif achos: %s" % (cap(c.court_cy), c.cn), "Plant: %s" % c.kids_ages("cy"),
        "Awdur: %s, %s   Dyddiad: %s" % (c.fca, c.role_cy, c.dcy()), "",
        "1. Cyflwyniad", "Gorchmynnwyd yr adroddiad hwn ar %s. Rwyf wedi cyfweld y ddau riant ac wedi gweld %s yn yr ysgol." % (c.dcy(-84), c.kids_names("cy")), "",
        "2. Dymuniadau a theimladau'r plant", "Dywedodd %s wrthyf %s." % (c.k["first"], P(r, "yr hoffai weld %s bob penwythnos" % c.resp.first, ("ei bod hi'n hapus" if c.k["girl"] else "ei fod yn hapus") + " gyda'r trefniadau presennol")), "",
        "3. Dadansoddiad", "Mae'r ddau riant yn caru'r plant. Y prif risg i'r plant yw'r gwrthdaro rhwng y rhieni." + c.sp(), "",
        "4. Argymhelliad", P(r, "Rwy'n argymell bod y plant yn byw gyda'u mam ac yn treulio amser gyda'u tad bob yn ail benwythnos.",
                              "Rwy'n argymell gorchymyn trefniadau plant ar gyfer gofal a rennir."),
        "", "%s, %s" % (c.fca, c.role_cy),
    ])
    return R(text=text, doc_name="Adroddiad adran 7")


@tpl("guardian-analysis", "en", public=True, sources=("upload", "tree"))
def ga_final(r, c):
    lac = r.random() < 0.6
    text = "\n".join([
        P(r, "Children's Guardian's Final Analysis and Recommendations", "FINAL ANALYSIS OF THE CHILDREN'S GUARDIAN", "Report of the Children's Guardian"),
        "%s v %s and %s   Case no. %s" % (c.la, c.m.last, c.f.last, c.cn), "Children: %s" % c.kids_ages(), "Guardian: %s   Date: %s" % (c.fca, c.d()), "",
        "1. The local authority's application and care plan", "1.1 The local authority seeks %s." % (P(r, "care orders with a plan of long-term foster care", "a care order and placement order for the youngest child")
                                                                                                      if lac else "a supervision order for 12 months with the children at home"),
        ("1.2 The children have been looked after under an interim care order since %s and are placed with %s." % (c.d(-220), P(r, "local authority foster carers", "an independent fostering agency carer"))
         if lac else "1.2 The children remain at home with their mother under an interim supervision order."),
        *(["", "Background", background(r, c, 2)] if r.random() < 0.7 else []),
        "", "2. The children's wishes and feelings", "2.1 %s told me %s." % (c.k["first"], P(r, "that %s wants to go home 'when mum is better'" % c.k["he"],
                                                                                         "that %s likes %s foster carers and wants to stay at the same school" % (c.k["he"], c.k["his"]))
                                                                            if lac else "that %s wants things to stay as they are at home" % c.k["he"]),
        "", "3. Analysis",
        *(["The realistic options are %s. I have considered each against the welfare checklist and the children's need for permanence within their timescales." % P(r,
            "return to the mother, placement with the paternal aunt, and long-term foster care", "return home under a supervision order and long-term foster care")] if r.random() < 0.7 else []),
        "3.1 %s" % P(r, "Having weighed the realistic options, I support the local authority's plan.",
                                        "The mother has made real progress but this has not been sustained for long enough within the children's timescales.",
                                        "I do not support the plan for separation of the siblings."),
        "", "4. Recommendations", "4.1 %s" % ("The court should make final care orders." if lac else "The court should make a supervision order for 12 months."),
    ])
    return R(text=text, doc_name="Final analysis", record_class="looked-after-child" if lac else None,
             att_names=["Final analysis signed.pdf", "FA final.pdf"])


@tpl("guardian-analysis", "en", public=True, sources=("upload", "tree"))
def ga_initial(r, c):
    text = "\n".join([
        "INITIAL ANALYSIS OF THE CHILDREN'S GUARDIAN", "For the Case Management Hearing on %s" % c.d(5), "%s   %s" % (c.cn, c.case_name), "",
        "Enquiries so far: read the application and social work evidence; met %s on %s; spoke to the social worker %s.%s" % (c.kids_names(), c.d(-4), c.sw, c.sp()), "",
        "Interim plan: %s" % P(r, "I support the interim separation. The children's immediate safety requires it.",
                               "I do not support removal at this stage; the children can be safeguarded at home with a written agreement and daily checks.",
                               "I support the placement with the paternal aunt subject to a viability assessment."),
        "", "Assessments: I support the local authority's proposed parenting assessment and %s." % P(r, "hair strand testing of both parents", "a cognitive assessment of the mother"),
        "", "Timetable: the case should conclude within 26 weeks.",
        "", "%s, Children's Guardian" % c.fca,
    ])
    return R(text=text, doc_name="Initial analysis")


@tpl("guardian-analysis", "en", public=True, sources=("upload", "tree"))
def ga_placement(r, c):
    kid = dict(c.kids[-1])
    if kid["age"] > 5:
        kid["age"] = r.randint(1, 4)
        kid["dob"] = c.date - dt.timedelta(days=kid["age"] * 365 + r.randrange(200))
    opt = P(r, [("maternal grandmother", "The assessment of the grandmother was negative because of her health."),
                ("father", "The father has not engaged with the assessment.")])
    text = "\n".join([
        "Report of the Children's Guardian - application for a placement order", "Re %s (DOB %s)   %s" % (kid["first"], fdate(kid["dob"], "num"), c.cn), "",
        "1. %s is %d years old and has been looked after since birth. The plan of the local authority is adoption." % (kid["first"], kid["age"]),
        "2. I have considered the welfare checklist in s1(4) of the Adoption and Children Act 2002, and the realistic options of placement with the "
        "%s and adoption. %s" % opt,
        "3. Contact after adoption: %s" % P(r, "letterbox contact twice a year with the birth parents; sibling contact to be promoted.",
                                           "I recommend direct contact with the older siblings four times a year."),
        "4. Recommendation: the court should make a placement order and dispense with the parents' consent.",
        "", "%s\nChildren's Guardian\n%s" % (c.fca, c.d()),
    ])
    return R(text=text, doc_name="Guardian report - placement", record_class="adoption")


@tpl("guardian-analysis", "cy", public=True, sources=("upload", "tree"))
def ga_cy(r, c):
    text = "\n".join([
        "Dadansoddiad ac Argymhellion Terfynol y Gwarcheidwad Plant", "%s v %s   Rhif achos: %s" % (c.la_cy, c.m.last, c.cn),
        "Plant: %s   Gwarcheidwad: %s   Dyddiad: %s" % (c.kids_ages("cy"), c.fca, c.dcy()), "",
        "1. Mae'r awdurdod lleol yn gofyn am %s." % P(r, "orchmynion gofal gyda chynllun o ofal maeth hirdymor", "orchmynion gofal; y cynllun yw lleoliad hirdymor gyda pherthynas"),
        "2. Mae'r plant yn derbyn gofal o dan orchymyn gofal interim ers %s." % c.dcy(-200),
        "3. Dymuniadau a theimladau: dywedodd %s wrthyf ei bod hi'n hoffi ei gofalwyr maeth ond ei bod yn colli ei mam." % c.k["first"]
        if c.k["girl"] else "3. Dymuniadau a theimladau: dywedodd %s wrthyf ei fod yn hoffi ei ofalwyr maeth ond ei fod yn colli ei fam." % c.k["first"],
        "4. Dadansoddiad: nid yw'r fam wedi gallu cynnal y newidiadau o fewn amserlen y plant.",
        "5. Argymhelliad: dylai'r llys wneud gorchmynion gofal terfynol.",
    ])
    return R(text=text, doc_name="Dadansoddiad y gwarcheidwad", record_class="looked-after-child")


@tpl("letter-to-court", "en", sources=("upload", "tree"))
def ltc_fao_end(r, c):
    text = "\n".join([
        c.cafcass_addr, "", "%s\n%s" % (c.judge, c.court.replace("the ", "The ", 1)), "", c.d(), "Case: %s - %s" % (c.case_name, c.cn), "",
        "Dear %s," % P(r, "Judge", c.judge), "",
        "Family Assistance Order made on %s - conclusion" % c.d(-180), "",
        "I write at the end of the Family Assistance Order to update the court, as directed. During the six months I have %s." % P(r,
            "met both parents together three times to agree a handover plan", "supported the reintroduction of overnight stays",
            "helped the parents set up a shared calendar and a parenting app"),
        "",
        "%s" % P(r, "The arrangements in the order are now working. %s is staying with %s father every other weekend without incident." % (c.k["first"], c.k["his"]),
                 "Unfortunately the parents have not been able to agree holiday arrangements and the mother has indicated she may apply to the court.",
                 "Contact has become more consistent, although the father missed two weekends in %s." % P(r, MONTHS_EN)),
        "", "Cafcass's involvement has now ended. This letter has been sent to both parties.", "", sign(r, c),
    ])
    return R(text=text, doc_name="Letter to court - end of FAO", frm="cafcass")


@tpl("letter-to-court", "en", sources=("upload", "tree"))
def ltc_in_place(r, c):
    qa = P(r, [("the progress of the stepped contact plan", "Contact has progressed as planned to unsupervised day visits. Both parents report no problems. I recommend the final order is made in the agreed terms."),
               ("the outcome of the SPIP course", "The father completed SPIP on %s. The mother is booked on the course for %s." % (c.d(-14), c.d(12))),
               ("the children's views on the proposed school move", "%s remains clear that %s wants to stay at %s. I do not consider a further report is needed." % (c.k["first"], c.k["he"], c.school))])
    text = "\n".join([
        "To the %s" % P(r, "Legal Adviser", "Court", "District Judge"), c.court, "", "%s   %s" % (c.cn, c.d()), "",
        "Update in place of an addendum report", "",
        "On %s the court directed Cafcass to update the court by letter on %s." % (c.d(-35), qa[0]),
        "I spoke to %s and %s on %s and saw %s at %s on %s." % (c.m.first, c.f.first, c.d(-10), c.k["first"], c.school, c.d(-6)),
        "",
        qa[1] + c.sp(),
        "", sign(r, c),
    ])
    return R(text=text, doc_name="Letter to court")


@tpl("letter-to-court", "en", sources=("upload", "tree"))
def ltc_fao_progress(r, c):
    text = ("Dear Sir / Madam\n\nRe: %s, %s - Family Assistance Order\n\nI am writing to advise the court of developments during the Family Assistance "
            "Order made on %s. %s I am not asking the court to list the matter; I am writing so that the court is aware and for the letter to be placed on the court file. "
            "The parties have been sent a copy.\n\n%s\n%s, %s") % (
        c.case_name, c.cn, c.d(-90),
        P(r, "The mother has moved with the children to %s, about 40 miles away, which has made the midweek contact impossible." % P(r, "Halifax", "Swindon", "Crewe"),
          "The father has started a new job with shift work and has asked for the contact days to change; the mother has agreed."),
        c.d(), c.fca, c.role)
    return R(text=text, doc_name="Letter to court - FAO update")


@tpl("letter-to-court", "cy", sources=("upload", "tree"))
def ltc_cy(r, c):
    text = "\n".join([
        "Cafcass Cymru", "", "%s\n%s" % (c.judge_cy, cap(c.court_cy)), c.dcy(), "Rhif achos: %s" % c.cn, "",
        "Annwyl Farnwr,", "",
        "Gorchymyn Cymorth i Deuluoedd - diwedd y gorchymyn", "",
        "Ysgrifennaf ar ddiwedd y Gorchymyn Cymorth i Deuluoedd a wnaed ar %s i roi'r wybodaeth ddiweddaraf i'r llys. %s" % (
            c.dcy(-180), P(r, "Mae'r trefniadau yn y gorchymyn yn gweithio'n dda erbyn hyn.", "Yn anffodus nid yw'r rhieni wedi gallu cytuno ar drefniadau'r gwyliau.")),
        "", "Mae gwaith Cafcass Cymru gyda'r teulu wedi dod i ben. Anfonwyd copi o'r llythyr hwn at y ddau barti.", "", sign(r, c, lang="cy"),
    ])
    return R(text=text, doc_name="Llythyr at y llys")


@tpl("addendum-report", "en", public=False, sources=("upload", "tree"))
def add_s7(r, c):
    qa = P(r, [("update the court after the fact-finding judgment", "The court found that the father had been controlling and had assaulted the mother on two occasions.",
                "My recommendation changes: contact should remain supervised for a further three months."),
               ("comment on the hair strand test results", "The hair strand test for the mother was negative for cocaine for the period tested.", "My recommendation is unchanged."),
               ("report on the progress of the interim contact", "Contact has taken place every Saturday at the contact centre; reports are positive.",
                "I now recommend that overnight stays begin in the school holidays.")])
    text = "\n".join([
        P(r, "Addendum Section 7 Report", "ADDENDUM REPORT", "Section 7 - addendum"), "%s   %s" % (c.cn, c.court), "Author: %s   Date: %s" % (c.fca, c.d()), "",
        "1. Purpose", "1.1 This addendum should be read with my report dated %s. At the hearing on %s the court asked me to %s." % (
            c.d(-120), c.d(-45), qa[0]),
        "", "2. New information", "2.1 %s" % qa[1] + c.sp(),
        "", "3. Updated analysis and recommendation", "3.1 %s" % qa[2],
    ])
    return R(text=text, doc_name="Addendum s7 report", att_names=["Addendum final.pdf"])


@tpl("addendum-report", "en", public=True, sources=("upload", "tree"))
def add_guardian(r, c):
    subject = P(r, [("parenting assessment of the father", "a plan of rehabilitation to the father under a supervision order"),
                    ("psychological assessment of the mother", "a further period of assessment of the mother with the children at home"),
                    ("special guardianship assessment of the maternal aunt", "a special guardianship order to the maternal aunt")])
    text = "\n".join([
        "Addendum report of the Children's Guardian", "%s   Children: %s" % (c.cn, c.kids_names()), "", "Date: %s   Guardian: %s" % (c.d(), c.fca), "",
        "This addendum responds to the %s filed on %s, which was not available when I wrote my final analysis." % (subject[0], c.d(-20)) + c.sp(),
        "%s" % P(r, "The assessment is positive. I now support %s." % subject[1],
                 "The assessment does not change my view; I continue to support the care plans.",
                 "The assessor recommends further work before a decision; I support a short adjournment."),
        "", "I have discussed this addendum with the children's solicitor.",
    ])
    return R(text=text, doc_name="Guardian addendum")


@tpl("addendum-report", "en", public=False, sources=("upload", "tree", "scan"))
def add_update(r, c):
    text = ("UPDATE REPORT (addendum to report of %s)\n%s - %s\n\nSince my last report: %s\n\n%s has been seen again on %s. %s\n\n"
            "Recommendation: %s\n\n%s, %s") % (
        c.d(-90), c.case_name, c.cn, P(r, "the mother has moved house; the father has a new partner; the children have changed school.",
                                          "the police have provided further information about an incident in %s." % P(r, MONTHS_EN)) + c.sp(),
        c.k["first"], c.d(-12), P(r, "%s views are unchanged." % c.k["his"].capitalize(), "%s now says %s wants to see %s father more." % (c.k["he"].capitalize(), c.k["he"], c.k["his"])),
        P(r, "as in my previous report.", "amended as set out above."), c.fca, c.role)
    return R(text=text, doc_name="Addendum report")


@tpl("addendum-report", "cy", public=False, sources=("upload", "tree"))
def add_cy(r, c):
    qa = P(r, [("roi'r wybodaeth ddiweddaraf am y cyswllt interim", "Mae'r cyswllt wedi digwydd bob dydd Sadwrn yn y ganolfan gyswllt ac mae'r adroddiadau'n gadarnhaol."),
               ("ystyried canlyniadau'r prawf gwallt", "Roedd canlyniad prawf gwallt y tad yn negyddol ar gyfer y cyfnod a brofwyd.")])
    text = "\n".join([
        "Adroddiad Atodol / Addendum Report", "Rhif achos: %s   Awdur: %s   Dyddiad: %s" % (c.cn, c.fca, c.dcy()), "",
        "1. Dylid darllen yr adroddiad atodol hwn gyda fy adroddiad dyddiedig %s." % c.dcy(-100),
        "2. Yn y gwrandawiad ar %s gofynnodd y llys i mi %s." % (c.dcy(-40), qa[0]),
        "3. %s%s" % (qa[1], c.sp()),
        "4. Argymhelliad: %s" % P(r, "nid yw fy argymhelliad wedi newid.", "dylai'r plant ddechrau aros dros nos yn ystod gwyliau'r ysgol."),
    ])
    return R(text=text, doc_name="Adroddiad atodol")


# ============================================================================================
# direct-work: letter-from-child, child-drawing, direct-work-record, child-meets-judge
# ============================================================================================

@tpl("letter-from-child", "en", sources=("scan", "upload"))
def lfc_dear_judge(r, c):
    k = P(r, [x for x in c.kids if x["age"] >= 7] or c.kids)
    text = "\n".join([
        "Dear Judge", "",
        "My name is %s and I am %d. %s" % (k["first"], k["age"], P(r, "I live with my mum and my brother.", "I go to %s." % c.school, "I like football and drawing.")),
        P(r, "I want to see my dad more because I miss him and his dog.", "I dont want to go to dads at the weekend anymore because he shouts.",
          "I want to live with my dad but still see mum on saturdays.", "I want everyone to stop arguing."),
        P(r, "Please can you make it fair.", "Please dont tell mum I wrote this.", "Thank you for reading my letter.", ""),
        "", "From %s" % k["first"], P(r, "xx", "", ":)"),
    ])
    return R(text=text, doc_name="Letter from %s" % k["first"], frm=P(r, "cafcass", "party"), recipe="child's letter to the judge")


@tpl("letter-from-child", "en", sources=("scan", "upload"))
def lfc_to_fca(r, c):
    k = c.k
    text = "\n".join([
        "To %s from Cafcass" % c.fca_first, "",
        "Thank you for coming to see me at school. I forgot to tell you %s." % P(r, "that I want to keep going to swimming on Saturdays", "that my nan is really important to me",
                                                                               "that I dont like it when dad's girlfriend tells me off"),
        P(r, "Can you tell the judge that I want to stay at dads on Fridays but not Sundays.", "Can you tell the court I am ok where I am.",
          "I want to see my mum in the holidays."),
        "", "From %s age %d" % (k["first"], k["age"]),
    ])
    return R(text=text, doc_name="Letter from %s to FCA" % k["first"], recipe="child's note to the FCA")


@tpl("letter-from-child", "en", sources=("upload",), parts=("document", "attachment"))
def lfc_teen(r, c):
    k = dict(c.k)
    k["age"] = max(k["age"], 13)
    text = "\n".join([
        "To whoever is making the decision,", "",
        "I'm %s, I'm %d and I'm in year %d. I'm writing this myself, nobody told me what to put." % (k["first"], k["age"], k["age"] - 4), "",
        P(r, "I know my parents both want what they think is best but I'm old enough to decide when I see my dad. I want it to be flexible around my GCSEs and my job at the weekend.",
          "I don't want to move to %s. All my friends are here and I've just started my options at school. If I have to move I'll be really unhappy." % P(r, "Manchester", "Spain", "my mum's new partner's house"),
          "I feel like nobody listens. Every time there's a new social worker I have to say it all again. I want to live with my nan and see my mum when I want to."),
        "", "Please take this seriously.", "", k["first"],
    ])
    return R(text=text, doc_name="Letter from %s" % k["first"], frm="party", recipe="typed letter from a teenager")


@tpl("letter-from-child", "cy", sources=("scan", "upload"))
def lfc_cy(r, c):
    k = c.k
    text = "\n".join([
        "Annwyl Farnwr,", "",
        "Fy enw i yw %s a dw i'n %d oed. %s" % (k["first"], max(k["age"], 7), P(r, "Dw i'n byw gyda mam a'r ci.", "Dw i'n mynd i %s." % c.school)),
        P(r, "Dw i eisiau gweld dad yn amlach achos dw i'n gweld ei eisiau fe.", "Dw i ddim eisiau mynd i dŷ dad bob penwythnos.",
          "Dw i eisiau i bawb stopio ffraeo."),
        "Diolch am ddarllen fy llythyr.", "", "Oddi wrth %s" % k["first"],
    ])
    return R(text=text, doc_name="Llythyr gan %s" % k["first"])


@tpl("child-drawing", "en", sources=("scan", "upload"))
def cd_family(r, c):
    k = P(r, [x for x in c.kids if x["age"] <= 10] or c.kids)
    labels = P(r, ["ME  MUM  NANA\nBISCUIT (dog)", "me   dad   my room at dads", "my famly\nme mum %s and tiddles" % P(r, "jay", "Lola", "baby"),
                   "HAPPY   SAD\nmums house   dads house"])
    text = "\n".join([
        P(r, "Drawing by %s (%d) - done during visit %s - %s" % (k["first"], k["age"], c.d(0, "num"), c.cn),
          "%s  %s  drawing" % (c.cn, k["first"]), ""),
        "", labels, "", P(r, "by %s" % k["first"].lower(), "%s age %d" % (k["first"].upper(), k["age"]), ""),
    ]).strip()
    return R(text=text, doc_name="Drawing by %s" % k["first"], frm="cafcass", recipe="OCR of a child's drawing: labels and caption only")


@tpl("child-drawing", "en", sources=("scan",))
def cd_bare(r, c):
    k = c.kids[-1]
    text = P(r, ["I love mum\nI love dad\n%s" % k["first"], "ME\n\nthe sun\n\nour car", "%s\n\n:) :)\n\nxxx" % k["first"].lower(), "MY DOG\nme"])
    return R(text=text, doc_name="Drawing", recipe="drawing with almost no text")


@tpl("child-drawing", "en", sources=("scan", "upload"))
def cd_worries_picture(r, c):
    k = P(r, [x for x in c.kids if x["age"] <= 11] or c.kids)
    text = "\n".join([
        "[picture] %s drew this when asked to draw %s" % (k["first"], P(r, "a time %s felt happy" % k["he"], "everyone in %s family" % k["his"], "where %s would like to live" % k["he"])),
        "Labels in the drawing: %s" % P(r, "'mummy' 'me' 'Grandad' 'the park'", "'dad' 'me' 'PlayStation'", "'my bed' 'my cat Pickle'"),
        "Scanned by %s, %s" % (c.fca, c.d(0, "num")),
    ])
    return R(text=text, doc_name="Child's drawing")


@tpl("child-drawing", "cy", sources=("scan", "upload"))
def cd_cy(r, c):
    k = c.kids[-1]
    text = "\n".join([
        "Llun gan %s (%d oed) yn ystod ymweliad %s" % (k["first"], k["age"], c.dcy()), "%s" % c.cn, "",
        P(r, "Fy nheulu i\nMam  Dad  Tad-cu  fi", "fi a mam\ny ci\nein tŷ ni", "HAPUS\ntŷ mam\ntrist"),
    ])
    return R(text=text, doc_name="Llun gan y plentyn")


@tpl("direct-work-record", "en", sources=("upload", "tree"))
def dw_three_houses(r, c):
    k = c.k
    text = "\n".join([
        P(r, "Direct work with %s - Three Houses" % k["first"], "Record of direct work session", "Three Houses - %s (%d)" % (k["first"], k["age"])),
        "%s | %s | %s | Venue: %s" % (c.cn, c.d(), c.fca, P(r, c.school, "Cafcass office", "library meeting room")), "",
        "House of worries: %s" % P(r, "'when mum and dad argue at the door'; 'that dad will be sad if I say I want to stay at mum's'", "'going to dad's new flat because I don't know anyone there'",
                                   "'mum crying'"),
        "House of good things: %s" % P(r, "'my bedroom at mum's', 'playing Minecraft with dad', 'Nan's dinners'", "'my friends', 'football', 'my cat'"),
        "House of dreams: %s" % P(r, "'everyone gets along'", "'I can see dad whenever I want'", "'live with mum and go to dad's on Saturdays'"),
        "", "Observations: %s was %s. %s" % (k["first"], P(r, "relaxed and chatty", "quiet at first but warmed up", "keen to finish quickly"),
                                            P(r, "The views expressed appear to be %s own." % k["his"], "Some language sounded adult ('controlling'), which I will explore.")),
        "Agreed with %s what I will tell the court: %s" % (k["first"], P(r, "the dreams house", "that %s wants more time with dad" % k["he"])),
    ])
    return R(text=text, doc_name="Direct work - three houses")


@tpl("direct-work-record", "en", sources=("upload", "tree", "scan"))
def dw_booklet(r, c):
    k = c.k
    text = "\n".join([
        P(r, "All about me", "My needs, wishes and feelings", "Me and my family"), "",
        "My name is: %s" % k["first"], "I am %d years old" % k["age"],
        "The people in my family are: %s" % P(r, "mum, dad, %s, nan" % (c.kids[-1]["first"] if len(c.kids) > 1 else "my cat"), "mum and Dave, dad and Kerry"),
        "Things I like doing with mum: %s" % P(r, "baking, going to the park", "watching films"),
        "Things I like doing with dad: %s" % P(r, "fishing, xbox", "going to the football", "nothing at the moment"),
        "If I could change one thing: %s" % P(r, "no more arguing", "see dad more", "not have to go to the contact centre"),
        "What I want the judge to know: %s" % P(r, "I love both my mum and dad", "I want to stay at my school", "I dont know"),
        "", "(completed with %s, Cafcass, %s)" % (c.fca, c.d(0, "num")),
    ])
    return R(text=text, doc_name="Wishes and feelings booklet", recipe="child's completed workbook")


@tpl("direct-work-record", "en", sources=("upload", "tree"))
def dw_session(r, c):
    text = ("Wishes and feelings session - %s\n%s   Worker: %s\n\nI saw %s %s. We used %s. On a scale of 1 to 10, %s rated time at mum's as %d and "
            "time at dad's as %d. %s\n\nI explained that I would tell the judge what %s had told me and checked what %s did not want shared. "
            "%s asked that I do not tell %s about %s.\n\nNext: feedback to %s before report is filed.") % (
        c.d(), c.cn, c.fca, ", ".join(k["first"] for k in c.kids), P(r, "together and then separately", "individually at school"),
        P(r, "scaling questions and a feelings fan", "the 'wishes and feelings' cards", "an ecomap"), c.k["first"], r.randint(5, 10), r.randint(2, 10),
        P(r, "%s said overnight stays were 'fine but I miss my bed'." % c.k["first"], "%s became upset talking about the day the police came." % c.k["first"]),
        "they" if len(c.kids) > 1 else c.k["first"], "they" if len(c.kids) > 1 else c.k["he"], c.k["first"], P(r, "mum", "dad"),
        P(r, "a text message", "the argument at Christmas"), c.kids_names())
    return R(text=text, doc_name="Wishes and feelings session")


@tpl("direct-work-record", "cy", sources=("upload", "tree"))
def dw_cy(r, c):
    k = c.k
    text = "\n".join([
        "Cofnod gwaith uniongyrchol - Tri Thŷ", "%s | %s | %s" % (c.cn, c.dcy(), c.fca), "Plentyn: %s (%d)" % (k["first"], k["age"]), "",
        "Tŷ'r pryderon: %s" % P(r, "'pan mae mam a dad yn ffraeo'", "'mynd i fflat newydd dad'"),
        "Tŷ'r pethau da: %s" % P(r, "'fy ystafell wely', 'chwarae pêl-droed gyda dad'", "'fy ffrindiau yn yr ysgol', 'Nain'"),
        "Tŷ'r breuddwydion: %s" % P(r, "'bod pawb yn hapus'", "'gweld dad pryd bynnag dw i eisiau'"),
        "", "Sylwadau: roedd %s yn hamddenol ac yn siarad yn agored." % k["first"],
    ])
    return R(text=text, doc_name="Cofnod gwaith uniongyrchol")


@tpl("child-meets-judge", "en", sources=("upload", "tree"))
def cmj_fca_note(r, c):
    k = dict(c.k)
    k["age"] = max(k["age"], 9)
    text = "\n".join([
        P(r, "Note of meeting between %s and %s" % (c.judge, k["first"]), "Record of the child's meeting with the judge", "CHILD MEETING THE JUDGE - NOTE"),
        "%s   Date: %s   Place: %s" % (c.cn, c.d(), P(r, "judge's chambers", "a meeting room at court", "by video")),
        "Present: %s; %s (%s, note-taker)" % (c.judge, c.fca, c.role), "",
        "The judge introduced %s and explained that what was said could not be kept secret from the parents and that the meeting was not to gather evidence. "
        "%s asked what the judge's job was. The judge explained." % ("himself" if "His" in c.judge else "herself" if "Her" in c.judge else "themselves",
                                                                   k["first"]),
        "%s told the judge %s. The judge thanked %s and said %s would think carefully about everything." % (
            k["first"], P(r, "about %s school and hobbies" % k["his"], "that %s wanted to be listened to" % k["he"], "that %s had written a letter" % k["he"]),
            k["him"], P(r, "she", "he", "the judge")),
        "Duration: %d minutes. %s was taken back to %s afterwards." % (r.randint(10, 25), k["first"], P(r, "mum", "dad", "the waiting room")),
    ])
    return R(text=text, doc_name="Note of child meeting judge")


@tpl("child-meets-judge", "en", sources=("upload", "tree"))
def cmj_judge_note(r, c):
    text = ("NOTE OF MY MEETING WITH THE CHILDREN\n%s\n\nOn %s I met %s in my room at court. %s from Cafcass was present. I explained that I was the person "
            "who would make the decision, that I would be listening to lots of people, and that I could not promise to do what they wanted. "
            "%s told me %s. I have not treated anything said as evidence. This note will be shared with the parties.\n\n%s\n%s") % (
        c.cn, c.d(), c.kids_names(), c.fca, c.k["first"],
        P(r, "that the arguments had stopped and %s felt happier" % c.k["he"], "about a holiday with dad last summer", "that %s wanted the case to be over" % c.k["he"]),
        c.judge, c.d())
    return R(text=text, doc_name="Judge's note of meeting with children", frm="court")


@tpl("child-meets-judge", "en", sources=("upload",), parts=("email", ))
def cmj_email(r, c):
    body = ("Hi %s,\n\nBrief note for the file: %s met %s today at %s for about 15 minutes, as the judge agreed at the last hearing. I sat in. "
            "The judge explained %s role and that what was said could not be kept secret from the parents. %s asked whether %s would still go to dad's at Christmas; "
            "the judge said no decision had been made yet. Nothing of safeguarding concern was said. Full note of the meeting to follow on ECMS.\n\n%s") % (
        c.bso.split()[0], c.k["first"], c.judge, c.court, "their", c.k["first"], c.k["he"], c.fca)
    return R(text=body, sender="%s <%s>" % (c.fca, c.fca_email), subject=P(r, ["%s - child met judge" % c.cn, "meeting with judge today", ""]),
             recipe="FCA e-mail noting the child's meeting with the judge")


@tpl("child-meets-judge", "cy", sources=("upload", "tree"))
def cmj_cy(r, c):
    k = c.k
    text = "\n".join([
        "Nodyn o gyfarfod rhwng %s a %s" % (c.judge_cy, k["first"]), "%s   Dyddiad: %s   Lleoliad: ystafell y barnwr" % (c.cn, c.dcy()),
        "Yn bresennol: %s; %s (%s)" % (c.judge_cy, c.fca, c.role_cy), "",
        "Esboniodd y barnwr nad oedd yn gallu cadw cyfrinachau rhag y rhieni ac nad oedd y cyfarfod yn rhan o'r dystiolaeth. "
        "Siaradodd %s am yr ysgol a'i ffrindiau. Dywedodd %s ei fod eisiau i bawb wrando arno." % (k["first"], k["first"])
        if not k["girl"] else
        "Esboniodd y barnwr nad oedd yn gallu cadw cyfrinachau rhag y rhieni ac nad oedd y cyfarfod yn rhan o'r dystiolaeth. "
        "Siaradodd %s am yr ysgol a'i ffrindiau. Dywedodd %s ei bod hi eisiau i bawb wrando arni." % (k["first"], k["first"]),
        "Parhaodd y cyfarfod am %d munud." % r.randint(10, 25),
    ])
    return R(text=text, doc_name="Nodyn cyfarfod gyda'r barnwr")


# ============================================================================================
# court-orders: court-order, directions-order
# ============================================================================================

def _order_head(r, c, title):
    return "\n".join([
        P(r, "IN THE FAMILY COURT SITTING AT %s" % c.town.upper(), "In the Family Court at %s" % c.town, "THE FAMILY COURT AT %s" % c.town.upper()),
        "Case number: %s" % c.cn, "", "The Children Act 1989", "The %s: %s" % ("child" if len(c.kids) == 1 else "children", c.kids_dob_lines()), "",
        title, "", "Before %s sitting %s on %s" % (c.judge, P(r, "in private", "at %s" % c.town), c.d()),
    ])


@tpl("court-order", "en", public=False, sources=("scan", "upload"))
def co_cao(r, c):
    lives = P(r, "the mother", "the mother", "the father")
    text = "\n".join([
        _order_head(r, c, P(r, "CHILD ARRANGEMENTS ORDER", "ORDER", "Final Order - Child Arrangements")), "",
        "The parties: Applicant %s (%s); Respondent %s (%s)" % (c.app.full, c.app_role, c.resp.full, c.resp_role), "",
        "The court orders that:",
        "1. The child%s shall live with %s." % ("ren" if len(c.kids) > 1 else "", lives),
        "2. The child%s shall spend time with %s %s." % ("ren" if len(c.kids) > 1 else "", "the father" if lives == "the mother" else "the mother",
                                                       P(r, "every other weekend from Friday 4pm to Sunday 5pm", "each Wednesday after school until 7pm and alternate weekends",
                                                         "for half of each school holiday, to be agreed by 1 March each year")),
        "3. %s" % P(r, "Handovers shall take place at school or at the front door of the mother's home.", "Neither party shall remove the children from England and Wales without the written consent of the other."),
        "4. This is a final order. No order as to costs.", "",
        "Warning notice: if you do not comply with a child arrangements order you may be held in contempt of court and be imprisoned or fined.",
        "", "Dated %s" % c.d(),
    ])
    return R(text=text, doc_name="Final order %s" % c.d(0, "dots"), frm="court", att_names=["Order sealed.pdf", "Sealed order.pdf"])


@tpl("court-order", "en", public=True, sources=("scan", "upload"))
def co_ico(r, c):
    text = "\n".join([
        _order_head(r, c, "INTERIM CARE ORDER"), "",
        "The applicant is %s." % c.la, "",
        "The court orders that:",
        "1. The child%s %s placed in the care of %s until %s or further order." % ("ren" if len(c.kids) > 1 else "", "are" if len(c.kids) > 1 else "is", c.la, c.d(56)),
        "2. The local authority has parental responsibility and shall accommodate the child%s in %s." % ("ren" if len(c.kids) > 1 else "",
                                                                                                        P(r, "foster care", "a placement approved by the local authority")),
        "3. Contact between the child%s and the mother shall be at the discretion of the local authority, at least three times a week, supervised." % ("ren" if len(c.kids) > 1 else ""),
        "", "Made at a hearing at which the mother was represented by counsel and the father did not attend.", "Ordered by %s" % c.judge,
    ])
    return R(text=text, doc_name="Interim care order", frm="court", record_class="looked-after-child")


@tpl("court-order", "en", public=None, sources=("scan", "upload"))
def co_misc(r, c):
    which = 2 if c.public else r.randrange(2)
    if which == 0:
        title, body, rc = "FAMILY ASSISTANCE ORDER (s16 Children Act 1989)", ("1. An officer of Cafcass shall be made available to advise, assist and befriend %s and %s for a period of 6 months. "
                                                                            "2. Both named adults have consented to this order." % (c.m.full, c.f.full)), None
    elif which == 1:
        title, body, rc = "PROHIBITED STEPS ORDER", ("1. %s shall not remove the children from the care of %s, or from the school, without prior written agreement. "
                                                     "2. This order is made without notice and the respondent may apply to set it aside on 72 hours' notice." % (c.f.full, c.m.full)), None
    else:
        title, body, rc = "PLACEMENT ORDER (Adoption and Children Act 2002, s21)", ("1. %s is authorised to place the child %s for adoption with any prospective adopters chosen by it. "
                                                                                   "2. The court dispenses with the consent of the parents under s52(1)(b)." % (c.la, c.kids[-1]["first"])), "adoption"
    text = "\n".join([_order_head(r, c, title), "", "IT IS ORDERED THAT:", body, "", "Sealed %s" % c.d(1)])
    return R(text=text, doc_name=title.split(" (")[0].title(), frm="court", record_class=rc)


@tpl("court-order", "cy", public=False, sources=("scan", "upload"))
def co_cy(r, c):
    text = "\n".join([
        "YN Y LLYS TEULU %s / IN THE FAMILY COURT SITTING AT %s" % (c.in_cy.upper(), c.town.upper()),
        "Rhif achos / Case number: %s" % c.cn, "",
        "GORCHYMYN TREFNIADAU PLANT / CHILD ARRANGEMENTS ORDER", "Deddf Plant 1989 / Children Act 1989", "",
        "Gerbron %s / Before %s - %s" % (c.judge_cy, c.judge, c.dcy()), "",
        "Mae'r llys yn gorchymyn / The court orders:",
        "1. Bydd y plant yn byw gyda'u mam. / The children shall live with their mother.",
        "2. Bydd y plant yn treulio amser gyda'u tad bob yn ail benwythnos o 10am ddydd Sadwrn tan 5pm ddydd Sul. / The children shall spend time with their father every other weekend from 10am Saturday to 5pm Sunday.",
        "3. Dyma orchymyn terfynol. / This is a final order.",
    ])
    return R(text=text, doc_name="Gorchymyn llys", frm="court")


@tpl("directions-order", "en", public=False, sources=("scan", "upload"))
def do_fhdra(r, c):
    text = "\n".join([
        _order_head(r, c, P(r, "CASE MANAGEMENT ORDER", "ORDER - DIRECTIONS", "Directions Order (FHDRA)")), "",
        "Upon the court reading the safeguarding letter dated %s" % c.d(-7), "",
        "IT IS ORDERED THAT:",
        "1. Cafcass shall file and serve a section 7 report by 4pm on %s addressing %s." % (c.d(84), P(r, "the children's wishes and feelings and the father's proposals for contact",
                                                                                                      "the allegations of domestic abuse and any risk to the children")),
        "2. The parties shall file statements of no more than 6 pages by %s." % c.d(28),
        "3. The father shall %s." % P(r, "attend a Separated Parents Information Programme", "undergo hair strand testing for cocaine and alcohol for a 6-month period"),
        "4. The matter is listed for a Dispute Resolution Appointment on %s, time estimate 1 hour." % c.d(110),
        "5. Costs reserved.",
    ])
    return R(text=text, doc_name="Directions order %s" % c.d(0, "dots"), frm="court", att_names=["Order sealed.pdf", "CMO.pdf"])


@tpl("directions-order", "en", public=False, sources=("scan", "upload"))
def do_gatekeeping(r, c):
    text = "\n".join([
        "ALLOCATION AND GATEKEEPING - DIRECTIONS ON ISSUE", "%s   %s" % (c.cn, c.case_name), "Gatekeeping %s: %s" % (P(r, "legal adviser", "district judge"), c.d()), "",
        "1. The application is allocated to %s (lay justices)." % P(r, "magistrates", "the bench"),
        "2. Cafcass shall undertake safeguarding enquiries and file a safeguarding letter 3 working days before the FHDRA.",
        "3. The FHDRA is listed on %s at %s, time estimate 1 hour." % (c.d(35), c.court),
        "4. The respondent shall file a C7 acknowledgement %s within 14 days of service." % P(r, "", "and C1A, if appropriate,"),
        "5. Service by the court.",
    ])
    return R(text=text, doc_name="Gatekeeping directions", frm="court")


@tpl("directions-order", "en", public=True, sources=("scan", "upload"))
def do_public(r, c):
    text = "\n".join([
        _order_head(r, c, "CASE MANAGEMENT ORDER - Public Law Outline"), "",
        "Recitals: The local authority's application is for %s.%s" % (P(r, "care orders", "a supervision order"), c.sp()), "", "DIRECTIONS",
        "1. The children's guardian shall file an initial analysis by %s." % c.d(6),
        "2. Permission is granted to instruct %s to undertake %s; joint letter of instruction by the child's solicitor by %s." % (
            P(r, "Dr Esther Kaye", "an independent social worker", "Lextox Labs"), P(r, "a psychological assessment of the mother", "a parenting assessment", "hair strand testing"), c.d(7)),
        "3. The local authority shall file its final evidence and care plan by %s." % c.d(90),
        "4. Issues Resolution Hearing: %s. Final hearing: %s (3 days)." % (c.d(120), c.d(160)),
    ])
    return R(text=text, doc_name="Case management order", frm="court")


@tpl("directions-order", "cy", public=False, sources=("scan", "upload"))
def do_cy(r, c):
    text = "\n".join([
        "Y LLYS TEULU %s" % c.in_cy.upper(), "Rhif achos: %s" % c.cn, "", "GORCHYMYN CYFARWYDDIADAU / DIRECTIONS ORDER", "Gerbron %s, %s" % (c.judge_cy, c.dcy()), "",
        "MAE'R LLYS YN GORCHYMYN:",
        "1. Bydd Cafcass Cymru yn ffeilio ac yn cyflwyno adroddiad adran 7 erbyn 4pm ar %s." % c.dcy(84),
        "2. Bydd y partïon yn ffeilio datganiadau erbyn %s." % c.dcy(28),
        "3. Rhestrir yr achos ar gyfer Apwyntiad Datrys Anghydfod ar %s." % c.dcy(110),
    ])
    return R(text=text, doc_name="Gorchymyn cyfarwyddiadau", frm="court")


# ============================================================================================
# court-papers: application, position-statement, witness-statement, previous-cafcass
# ============================================================================================

@tpl("application", "en", public=False, sources=("scan", "upload"))
def app_c100(r, c):
    text = "\n".join([
        "C100", "Application under the Children Act 1989 for a child arrangements, prohibited steps or specific issue order", "",
        "To be completed by the court: Case number %s   Date issued %s" % (c.cn, c.d()), "",
        "Section 1 - About you (the applicant): %s, %s, %s" % (c.app.full, c.app_role, c.addr_m if c.app is c.m else c.addr_f),
        "Section 2 - The children: %s" % "; ".join("%s %s, DOB %s" % (k["first"], k["last"], fdate(k["dob"], "num")) for k in c.kids),
        "Section 3 - Respondent(s): %s" % c.resp.full,
        "Section 4 - What are you asking the court to do? %s" % P(r, "[X] Child arrangements order - spend time with  [ ] Prohibited steps  [ ] Specific issue",
                                                                 "[X] Child arrangements order - live with  [X] Prohibited steps order", "[ ] CAO  [ ] PSO  [X] Specific issue (change of school)"),
        "Section 5 - MIAM: %s" % P(r, "attended %s with %s Mediation" % (c.d(-40, "num"), c.town), "exemption claimed - domestic abuse (evidence attached)", "exemption - urgency"),
        "Section 6 - Brief description: %s" % P(r, "Since we separated in March the respondent has stopped me seeing the children. I want to see them every weekend.",
                                                "The respondent wants to move the children to %s without my agreement." % P(r, "Wales", "Lagos", "Leeds"),
                                                "I am worried about the children's safety when they stay with the respondent because of his drinking.") + c.sp(only=("child-protection", "other-childrens-social-care", "adult-posing-risk")),
        "Have you or the children suffered or are at risk of harm? %s (C1A %s)" % (P(r, "Yes", "No"), P(r, "attached", "not attached")),
        "Statement of truth: I believe that the facts stated in this form are true. Signed %s  %s" % (c.app.full, c.d(-2, "num")),
    ])
    return R(text=text, doc_name="C100", frm="court")


@tpl("application", "en", public=False, sources=("scan", "upload"))
def app_c2(r, c):
    role = P(r, "party", "proposed intervenor (grandparent)")
    who = P(r, [c.m.full, c.f.full]) if role == "party" else "%s %s" % (P(r, "Maureen", "Pat", "Shirley", "Yvonne"), c.f.last)
    text = "\n".join([
        "Form C2", "Application - for permission to start proceedings; for an order or directions in existing proceedings; to be joined as, or cease to be, a party",
        "Case number %s" % c.cn, "", "Applicant: %s   Your role: %s" % (who, role), "",
        "What order or directions are you asking for? %s" % (P(r, "To vary the order of %s so that the children can go on holiday to Turkey for 14 days." % c.d(-200, "num"),
                                                              "For the hearing on %s to be adjourned because I have a hospital operation." % c.d(20, "num"))
                                                            if role == "party" else "Permission to apply for a child arrangements order as the paternal grandmother."),
        "Why: %s" % (P(r, "The other party will not agree.", "The court needs to decide before the booking deadline.") if role == "party" else "I have not seen my grandchildren for 18 months."),
        "Do you want this application dealt with without a hearing? %s" % P(r, "Yes", "No"),
        "Signed %s   Date %s" % (who, c.d(0, "num")),
    ])
    return R(text=text, doc_name="C2 application", frm="court")


@tpl("application", "en", public=False, sources=("scan", "upload"))
def app_c1a(r, c):
    text = "\n".join([
        "C1A  Allegations of harm and domestic abuse (supplemental information form)", "Case no: %s" % c.cn, "Completed by: %s" % c.app.full, "",
        "Do you have any concerns that the children are at risk of harm? Yes",
        "Type of abuse: %s" % P(r, "[X] physical [X] emotional [ ] sexual [X] financial", "[X] psychological [X] coercive control", "[X] substance misuse [X] neglect"),
        "Behaviour 1: %s" % P(r, "He grabbed me by the neck in front of %s on %s. The police were called." % (c.k["first"], c.d(-300, "num")),
                             "She threatened to take the children abroad and not come back.",
                             "He checks my phone and tracks my location. He told me I would never see the children again."),
        "Has anyone else been told? %s" % P(r, "Police, GP, IDVA", "Only my sister", "School"),
        "Orders in place: %s" % P(r, "Non-molestation order made %s" % c.d(-60, "num"), "None", "Bail conditions (expired)"),
        "What do you want the court to do to protect you and the children? %s" % P(r, "Supervised contact only", "Handovers through a third party", "No contact until a fact-finding hearing"),
    ])
    return R(text=text, doc_name="C1A", frm="court")


@tpl("application", "en", public=True, sources=("scan", "upload"))
def app_c110a(r, c):
    text = "\n".join([
        "C110A  Application for a care or supervision order and other orders under Part 4 of the Children Act 1989",
        "Applicant local authority: %s" % c.la, "Case number: %s   Issued: %s" % (c.cn, c.d()), "",
        "The children: %s" % "; ".join("%s %s (%d)" % (k["first"], k["last"], k["age"]) for k in c.kids),
        "Orders sought: %s" % P(r, "[X] Care order [ ] Supervision order [X] Interim care order", "[ ] Care order [X] Supervision order"),
        "Grounds (summary): %s" % P(r, "Neglect: persistent poor home conditions, missed health appointments, exposure to parental substance misuse. The children have been subject to child protection plans since %s." % c.d(-300),
                                   "Domestic abuse: repeated incidents between the parents despite a written agreement; the children were present at the most recent incident on %s." % c.d(-20)),
        "Timetable for the child: 26 weeks.", "Allocated social worker: %s" % c.sw,
    ])
    return R(text=text, doc_name="C110A application", frm="la", record_class="child-protection" if "child protection plans" in text else None)


@tpl("application", "cy", public=False, sources=("scan", "upload"))
def app_cy(r, c):
    text = "\n".join([
        "C100", "Cais o dan Ddeddf Plant 1989 am orchymyn trefniadau plant, gorchymyn camau gwaharddedig neu orchymyn mater penodol",
        "Application under the Children Act 1989 for a child arrangements, prohibited steps or specific issue order", "",
        "Rhif achos / Case number: %s" % c.cn, "Ceisydd / Applicant: %s" % c.app.full, "Atebydd / Respondent: %s" % c.resp.full,
        "Y plant / The children: %s" % ", ".join("%s %s" % (k["first"], k["last"]) for k in c.kids), "",
        "Beth ydych chi'n gofyn i'r llys ei wneud? / What are you asking the court to do?",
        "Gorchymyn trefniadau plant - treulio amser gyda. Hoffwn weld y plant bob penwythnos.",
        "MIAM: %s" % P(r, "wedi mynychu / attended", "esemptiad - cam-drin domestig / exemption - domestic abuse"),
        "Llofnod / Signed: %s  %s" % (c.app.full, fdate(c.date, "num")),
    ])
    return R(text=text, doc_name="Cais C100", frm="court")


@tpl("position-statement", "en", public=False)
def ps_counsel(r, c):
    party = P(r, [("mother", c.m), ("father", c.f)])
    text = "\n".join([
        "IN THE FAMILY COURT AT %s" % c.town.upper(), "Case no. %s" % c.cn, "%s (Applicant) and %s (Respondent)" % (c.app.full, c.resp.full), "",
        P(r, "POSITION STATEMENT ON BEHALF OF THE %s" % party[0].upper(), "Position statement of the %s for the %s on %s" % (party[0], P(r, "FHDRA", "DRA", "final hearing"), c.d(3))), "",
        "1. This position statement is prepared for the hearing on %s. The %s is represented by %s, instructed by %s." % (c.d(3), party[0], c.counsel, c.sol_m if party[0] == "mother" else c.sol_f),
        "2. The %s's position: %s" % (party[0], P(r, "the %s seeks a child arrangements order that the children live with %s and spend alternate weekends with the %s." % (
                                                       party[0], "her" if party[0] == "mother" else "him", "father" if party[0] == "mother" else "mother"),
                                                   "the %s agrees with the Cafcass recommendation and invites the court to make a final order in those terms." % party[0],
                                                   "the %s does not agree to overnight stays until the hair strand results are known." % party[0])),
        "3. Issues for the court: %s%s" % (P(r, "whether a fact-finding hearing is necessary; interim arrangements.", "holiday arrangements; handover location."), c.sp()),
        "4. Directions sought: %s" % P(r, "section 7 report; statements; DRA.", "a final order; no order as to costs.", "permission to file a response to the addendum."),
        "", "%s\n%s" % (c.counsel.replace(" of counsel", ""), c.d(1)),
    ])
    return R(text=text, doc_name="Position statement - %s" % party[0], frm="sol", firm=c.sol_m if party[0] == "mother" else c.sol_f)


@tpl("position-statement", "en", public=True)
def ps_la(r, c):
    text = "\n".join([
        "%s\nPOSITION STATEMENT - LOCAL AUTHORITY" % c.la, "Issues Resolution Hearing: %s   Case: %s" % (c.d(2), c.cn), "",
        "1. The children: %s.%s" % (c.kids_ages(), c.sp() or " They are placed %s." % P(r, "at home with the mother under an ISO", "with the paternal grandparents")),
        "2. The local authority's final care plan is %s." % P(r, "long-term foster care", "special guardianship to the grandparents", "return home under a supervision order"),
        "3. Outstanding evidence: %s" % P(r, "the addendum parenting assessment (due %s)." % c.d(10), "none."),
        "4. The local authority invites the court to %s." % P(r, "list a 3-day final hearing", "approve the care plan and make final orders today"),
        "", "%s, Solicitor for the local authority" % P(r, "Legal Services", "Legal Practice"),
    ])
    return R(text=text, doc_name="LA position statement", frm="la")


@tpl("position-statement", "en", public=False, sources=("scan", "upload"))
def ps_lip(r, c):
    p = c.resp
    text = "\n".join([
        "My position statement", "%s   %s" % (c.cn, c.d(0, "num")), "From: %s (%s, no solicitor)" % (p.full, c.resp_role), "",
        "I am not happy with %s" % P(r, "the recommendation in the Cafcass report.", "the application.", "how things are going with contact."),
        P(r, "I want the children every other weekend and one night in the week.", "I want %s to stay living with me." % c.k["first"], "I will agree to the centre for 4 weeks but then I want it to be normal."),
        P(r, "I have done everything the court asked.", "The other parent keeps changing the arrangements.", "I have a new job and can be flexible."),
        "Signed  %s" % p.full,
    ])
    return R(text=text, doc_name="Position statement - %s" % c.resp_role, frm="party", by=p)


@tpl("position-statement", "cy", public=False)
def ps_cy(r, c):
    text = "\n".join([
        "YN Y LLYS TEULU %s" % c.in_cy.upper(), "Rhif achos: %s" % c.cn, "",
        "DATGANIAD SEFYLLFA AR RAN Y %s" % P(r, "FAM", "TAD"), "ar gyfer y gwrandawiad ar %s" % c.dcy(3), "",
        "1. Mae'r datganiad hwn wedi'i baratoi gan %s." % c.sol_m,
        "2. Safbwynt y cleient: %s" % P(r, "dylai'r plant barhau i fyw gyda'r fam a threulio amser gyda'r tad bob yn ail benwythnos.",
                                       "mae'n cytuno ag argymhelliad Cafcass Cymru ac yn gofyn i'r llys wneud gorchymyn terfynol."),
        "3. Materion i'r llys: trefniadau'r gwyliau; lle i drosglwyddo'r plant.",
        "", c.sol_m, c.dcy(1),
    ])
    return R(text=text, doc_name="Datganiad sefyllfa", frm="sol", firm=c.sol_m)


@tpl("witness-statement", "en", public=False, sources=("scan", "upload"))
def ws_parent(r, c):
    p, role = P(r, [(c.m, "mother"), (c.f, "father")])
    text = "\n".join([
        "IN THE FAMILY COURT AT %s   Case no %s" % (c.town.upper(), c.cn), "",
        P(r, "STATEMENT OF %s" % p.full.upper(), "Witness statement of the %s" % role, "Statement of %s (%s)" % (p.full, role)), "",
        "I, %s, of %s, will say as follows:" % (p.full, c.addr_m if role == "mother" else c.addr_f),
        "1. I am the %s of %s. I make this statement in response to the court's order of %s." % (role, c.kids_names(), c.d(-30)),
        "2. %s and I were together for %d years. We separated in %s when %s." % (c.f.first if role == "mother" else c.m.first, r.randint(3, 14), P(r, MONTHS_EN),
                                                                                  P(r, "I found out about the debts", "the arguments became too much", "I moved out with the children")),
        "3. %s" % P(r, "Since then the children have lived with me and have seen their %s when %s available, which is not often." % (("father", "he is") if role == "mother" else ("mother", "she is")),
                    "I have seen the children every weekend until %s, when contact was stopped without explanation." % c.d(-90)),
        "4. %s" % P(r, "I deny the allegations made against me in the C1A.", "I am worried about the children being exposed to the other parent's new partner, who has a history of violence.",
                    "I accept that I have said things in arguments that I regret.") + c.sp(only=("child-protection", "other-childrens-social-care", "adult-posing-risk")),
        "Statement of truth: I believe that the facts stated in this witness statement are true. I understand that proceedings for contempt of court may be brought against anyone who makes a false statement.",
        "Signed: %s   Dated: %s" % (p.full, c.d(0, "num")),
    ])
    return R(text=text, doc_name="Statement of %s" % role, frm="sol")


@tpl("witness-statement", "en", public=True, sources=("upload",))
def ws_swet(r, c):
    text = "\n".join([
        "SOCIAL WORK EVIDENCE TEMPLATE (SWET) - Statement of %s, Social Worker" % c.sw, "%s  Case no: %s" % (c.la, c.cn), "",
        "1. I am a registered social worker employed by %s and the allocated worker for %s since %s." % (c.la, c.kids_names(), c.d(-260)),
        "2. Summary of concerns: %s" % P(r, "neglect of the children's basic needs; parental substance misuse; domestic abuse.", "physical injury to the youngest child (unexplained bruising)."),
        "3. The children have been subject to child protection plans under the category of %s since %s." % (P(r, "neglect", "physical abuse", "emotional abuse"), c.d(-200)),
        "4. Work undertaken with the family: core group meetings, parenting support, referral to drug and alcohol service.",
        "5. Proposed care plan: %s" % P(r, "interim care orders and assessment", "supervision order with the children at home"),
        "I believe the facts stated in this witness statement are true.", "Signed %s   %s" % (c.sw, c.d(0, "num")),
    ])
    return R(text=text, doc_name="SWET - social worker statement", frm="la", record_class="child-protection")


@tpl("witness-statement", "en", public=False, sources=("scan", "upload"))
def ws_third_party(r, c):
    who = P(r, [("maternal grandmother", Person(P(r, "Linda", "Carol", "Yasmin"), c.m.last, "Mrs")),
                ("paternal aunt", Person(P(r, "Donna", "Aleksandra", "Tasha"), c.f.last, "Ms")),
                ("friend of the mother", Person(P(r, "Rachel", "Chloe"), P(r, SURNAMES_EN), "Ms"))])
    text = "\n".join([
        "Case number: %s" % c.cn, "", "WITNESS STATEMENT OF %s" % who[1].full.upper(), "", "I, %s, %s, say as follows:" % (who[1].full, who[0]), "",
        "1. I have known the family since %s. I see the children %s." % (P(r, "the children were born", "2019"), P(r, "most weekends", "every Wednesday")),
        "2. %s" % P(r, "On %s I was present at a handover when %s shouted at %s in front of the children." % (c.d(-100), c.f.first, c.m.first),
                    "I have always found %s to be a caring parent." % P(r, [c.m.first, c.f.first])),
        "3. I am willing to %s." % P(r, "supervise contact if the court thinks it necessary", "help with handovers", "attend court"),
        "I believe that the facts stated in this witness statement are true.", "Signed: %s" % who[1].full, "Date: %s" % c.d(0, "num"),
    ])
    return R(text=text, doc_name="Statement of %s" % who[0], frm="sol")


@tpl("witness-statement", "cy", public=False, sources=("scan", "upload"))
def ws_cy(r, c):
    text = "\n".join([
        "Rhif achos: %s" % c.cn, "", "DATGANIAD TYST %s" % c.f.full.upper(), "",
        "Rwyf i, %s, o %s, yn dweud fel a ganlyn:" % (c.f.full, c.addr_f),
        "1. Fi yw tad %s. Rwy'n gwneud y datganiad hwn yn unol â gorchymyn y llys dyddiedig %s." % (c.kids_names("cy"), c.dcy(-30)),
        "2. %s" % P(r, "Ers i ni wahanu rwyf wedi gweld y plant bob penwythnos tan %s." % c.dcy(-90), "Rwy'n gwadu'r honiadau a wnaed yn fy erbyn."),
        "3. Hoffwn i'r plant aros gyda mi bob yn ail benwythnos.",
        "Datganiad gwirionedd: Credaf fod y ffeithiau a nodir yn y datganiad tyst hwn yn wir.", "Llofnod: %s   Dyddiad: %s" % (c.f.full, fdate(c.date, "num")),
    ])
    return R(text=text, doc_name="Datganiad tyst", frm="sol")


@tpl("previous-cafcass", "en", sources=("tree", "upload"))
def prev_cms_summary(r, c):
    qa = P(r, [("Private law C100 by father. Safeguarding letter filed; s7 report ordered and filed by %s. Final order: live with mother, alternate weekends with father." % P(r, FCA_EN),
                P(r, "safeguarding letter; section 7 report", "none - file destroyed under retention schedule")),
               ("Public law (care proceedings re older half-sibling). Guardian: %s. Outcome: special guardianship order to maternal grandmother." % P(r, FCA_EN), "final analysis"),
               ("WTFH only: agreement at FHDRA, no further Cafcass role.", "safeguarding letter")])
    old = "%s%02d%s%05d" % (c.code, (c.date.year - r.randint(3, 8)) % 100, P(r, "P", "C"), r.randint(30, 2400))
    text = "\n".join([
        P(r, "CMS Retrieval - previous case summary", "Previous Cafcass involvement", "Archive retrieval: closed case"),
        "Previous case: %s   Closed: %s   Current case: %s" % (old, fdate(c.day(-365 * 3), "num"), c.cn),
        "Subjects: %s; %s; %s" % (c.m.full, c.f.full, c.kids_names()), "",
        "Summary of involvement: %s" % qa[0], "Documents retained: %s" % qa[1],
        "Retrieved by %s on %s for the allocated FCA." % (c.bso, c.d()),
    ])
    return R(text=text, doc_name="Previous Cafcass information", frm="cafcass")


@tpl("previous-cafcass", "en", sources=("tree", "upload", "scan"))
def prev_old_report(r, c):
    oldy = c.date.year - r.randint(3, 7)
    old = "%s%02dP%05d" % (c.code, oldy % 100, r.randint(30, 2400))
    text = "\n".join([
        "*** COPY FROM PREVIOUS PROCEEDINGS (%s) - retrieved from ECMS archive %s ***" % (old, c.d(0, "num")), "",
        "Section 7 Report - page 1", "Case: %s   Date of report: %s" % (old, "%d %s %d" % (r.randint(1, 28), P(r, MONTHS_EN), oldy)), "Author: %s, Family Court Adviser" % P(r, FCA_EN), "",
        "1.1 This report was ordered to assist the court in deciding arrangements for %s, then aged %d." % (c.k["first"], max(1, c.k["age"] - (c.date.year - oldy))),
        "1.2 %s" % P(r, "The main issue was the mother's concern about the father's drug use.", "The parents had separated the previous year and could not agree on contact."),
        "1.3 My recommendation was %s." % P(r, "supervised contact for six months", "a shared care arrangement"),
    ])
    return R(text=text, doc_name="Previous s7 report %d" % oldy, recipe="old report stamped as copied from a previous case")


@tpl("previous-cafcass", "en", parts=("email",))
def prev_email(r, c):
    qa = P(r, [("closed after the final hearing", "s7 report and the final order", P(r, "that the children live with mother", "indirect contact only")),
               ("closed at WTFH", "safeguarding letter", "SPIP and mediation")])
    oldy = c.date.year - r.randint(2, 6)
    body = ("Hi %s,\n\nYou asked whether we had anything on the family from before. There was a previous Cafcass case in %d (%s%02dP%05d), "
            "%s. I've attached the %s from that case and saved it to Court Papers on the new case.\n\nIn summary the previous FCA (%s) recommended %s.\n\nThanks\n%s\nBusiness Services") % (
        c.fca_first, oldy, c.code, oldy % 100, r.randint(30, 2400), qa[0], qa[1], P(r, FCA_EN), qa[2], c.bso)
    return R(text=body, sender="%s <%s@%s>" % (c.bso, c.bso.lower().replace(" ", "."), c.cafcass_dom),
             subject=P(r, ["Previous case - %s" % c.case_name, "RE: any history? %s" % c.cn, "Old Cafcass file"]))


@tpl("previous-cafcass", "cy", sources=("tree", "upload"))
def prev_cy(r, c):
    oldy = c.date.year - r.randint(3, 7)
    text = "\n".join([
        "Gwybodaeth o achos blaenorol Cafcass Cymru", "Achos blaenorol: %s%02dP%05d (caewyd %d)   Achos presennol: %s" % (c.code, oldy % 100, r.randint(30, 2400), oldy + 1, c.cn), "",
        "Crynodeb: %s" % P(r, "Cais C100 gan y tad. Ffeiliwyd adroddiad adran 7; y gorchymyn terfynol oedd bod y plant yn byw gyda'r fam.",
                          "Cytundeb yn y gwrandawiad cyntaf; dim rôl bellach i Cafcass Cymru."),
        "Dogfennau a gadwyd: %s" % P(r, "Adroddiad Ymholiadau Diogelu; adroddiad adran 7", "dim"),
        "Adalwyd o IRIS gan %s ar %s." % (c.bso, c.dcy()),
    ])
    return R(text=text, doc_name="Gwybodaeth Cafcass flaenorol")


# ============================================================================================
# experts-and-agency: letter-of-instruction, expert-report, provider-report,
# cp-conference-minutes, agency-information
# ============================================================================================

EXPERTS = [("Dr Esther Kaye", "Consultant Clinical Psychologist", "psychological assessment"),
           ("Dr Raj Venkatesh", "Consultant Child and Adolescent Psychiatrist", "psychiatric assessment"),
           ("Ms Joanna Pryce", "Independent Social Worker", "parenting assessment"),
           ("Dr Helen Mackay", "Consultant Forensic Psychologist", "risk assessment")]


@tpl("letter-of-instruction", "en", public=True, sources=("upload", "tree"))
def loi_psych(r, c):
    ex = P(r, EXPERTS)
    text = "\n".join([
        c.sol_child, "Solicitors for the child(ren), acting through the Children's Guardian", "", "%s\n%s\nBy e-mail" % (ex[0], ex[1]), "", c.d(), "",
        "Dear %s %s," % (ex[0].split()[0], ex[0].split()[-1]), "",
        "%s v %s - %s - JOINT LETTER OF INSTRUCTION" % (c.la, c.m.last, c.cn), "",
        "1. We write on behalf of all parties, who have agreed the terms of this letter. The court granted permission on %s (order enclosed) for you to undertake a %s of %s." % (
            c.d(-7), ex[2], P(r, "the mother", "both parents", "the father")) + c.sp(only=("looked-after-child", "child-protection", "adoption")),
        "2. Your report is to be filed by %s. The total fee approved is as per your quotation; the cost will be shared equally." % c.d(56),
        "3. Please address the following questions:",
        "   a) Does the subject have any psychological or psychiatric difficulty and, if so, what is its impact on parenting?",
        "   b) What therapy or support is recommended, and over what timescale?",
        "   c) Is change likely within the timescales of the children?",
        "4. Documents enclosed: the bundle index and sections A to F.",
        "5. Your duty is to the court. Please comply with Part 25 FPR and PD25B.", "", "Yours sincerely", "", c.sol_child,
    ])
    return R(text=text, doc_name="Letter of instruction - %s" % ex[0], frm="sol", firm=c.sol_child)


@tpl("letter-of-instruction", "en", public=None, sources=("upload", "tree"))
def loi_hair(r, c):
    subj = P(r, [c.m, c.f])
    text = "\n".join([
        "LETTER OF INSTRUCTION - HAIR STRAND TESTING", "To: %s, Client Services" % P(r, "Lextox Labs", "Cansford Laboratories", "Trimega Hair Testing"), "From: %s on behalf of all parties" % P(r, [c.sol_child, c.sol_m]),
        "Case: %s   Date: %s" % (c.cn, c.d()), "",
        "You are instructed to test %s (DOB %s) for %s for the period of %s months before sample collection." % (
            subj.full, fdate(c.day(-365 * r.randint(22, 40)), "num"), P(r, "cocaine, cannabis and alcohol (EtG and FAEE)", "a full drugs panel", "alcohol only (EtG)"), P(r, "three", "six")),
        "Sample collection to be arranged with the donor at %s. Contact number: %s." % (P(r, "home", "our offices"), c.mobile()),
        "Please send your report to all parties by %s. Costs are to be met %s." % (c.d(35), P(r, "by the legal aid agency", "equally by the parties", "by the local authority")),
        "Questions: 1) Do the results show use of the substances tested for? 2) If so, at what level? 3) Any limitations of the test.",
    ])
    return R(text=text, doc_name="LOI hair strand testing", frm="sol")


@tpl("letter-of-instruction", "en", public=True, sources=("upload", "tree"))
def loi_isw(r, c):
    firm = P(r, [c.sol_child, c.sol_m])
    text = ("Dear Ms Pryce\n\nRe: %s (%s)\n\nThank you for agreeing to accept instructions. This is a joint letter of instruction agreed by %s. "
            "You are asked to carry out %s of %s, including observation of contact with %s. Please consider the following:\n"
            "(i) the strengths and weaknesses of the proposed carer;\n(ii) whether %s can meet the children's needs now and in the future;\n"
            "(iii) any support required.\nYour report is due by %s. The letter of instruction and bundle are sent to you by secure e-mail.\n\n"
            "Yours sincerely\n%s") % (c.case_name, c.cn, P(r, "all parties", "the parents, the local authority and the children's guardian"),
                                      P(r, "a parenting assessment", "a special guardianship assessment", "a viability assessment"),
                                      P(r, "the father", "the maternal grandmother", "the paternal aunt"), c.kids_names(),
                                      P(r, "he", "she", "the carer"), c.d(60), firm)
    return R(text=text, doc_name="Letter of instruction ISW", frm="sol", firm=firm)


@tpl("letter-of-instruction", "cy", public=True, sources=("upload", "tree"))
def loi_cy(r, c):
    ex = P(r, [EXPERTS[0], EXPERTS[3]])
    text = "\n".join([
        c.sol_child, "", "%s, %s" % (ex[0], ex[1]), c.dcy(), "",
        "LLYTHYR CYFARWYDDO AR Y CYD / JOINT LETTER OF INSTRUCTION", "%s v %s - %s" % (c.la_cy, c.m.last, c.cn), "",
        "1. Ysgrifennwn ar ran yr holl bartïon. Rhoddodd y llys ganiatâd ar %s i chi gynnal asesiad o'r fam." % c.dcy(-7),
        "2. Dylid ffeilio'ch adroddiad erbyn %s." % c.dcy(56),
        "3. Cwestiynau: a) A oes gan y fam unrhyw anhawster seicolegol, a beth yw'r effaith ar ei gallu i rianta? b) Pa gymorth a argymhellir?",
        "4. Mae eich dyletswydd i'r llys (Rhan 25 Rheolau Trefniadaeth Teulu).", "", "Yn gywir,", c.sol_child,
    ])
    return R(text=text, doc_name="Llythyr cyfarwyddo", frm="sol")


@tpl("expert-report", "en", public=True, sources=("upload", "tree"))
def er_psych(r, c):
    ex = P(r, EXPERTS[:2] + EXPERTS[3:])
    text = "\n".join([
        P(r, "PSYCHOLOGICAL ASSESSMENT OF %s" % c.m.full.upper(), "Expert report - %s" % ex[2].title(), "Report of %s, %s" % ex[:2]),
        "Prepared for %s   Case no. %s" % (c.court, c.cn), "Instructed by: %s (joint instruction)   Date: %s" % (c.sol_child, c.d()), "",
        *(["Background (from the papers)", background(r, c, 2), ""] if r.random() < 0.7 else []),
        "Summary of opinion",
        "1. %s presents with %s." % (c.m.first, P(r, "symptoms consistent with complex post-traumatic stress disorder", "a mild learning disability (FSIQ in the extremely low range)",
                                                  "no diagnosable mental disorder, but longstanding difficulties with emotional regulation")),
        "2. %s%s" % (P(r, "These difficulties would impair her capacity to prioritise the children's needs under stress.", "With appropriate adapted support, she is capable of meeting the children's day-to-day needs."), c.sp(only=("looked-after-child", "child-protection", "adoption"))),
        "3. I recommend %s, of approximately %d sessions. Change within the children's timescales is %s." % (
            P(r, "trauma-focused therapy (EMDR)", "dialectical behaviour therapy skills work", "a parenting programme adapted for learning needs"), r.randint(12, 40),
            P(r, "possible but uncertain", "unlikely", "likely if she engages")),
        "", "Statement of truth and declaration: I confirm that I have made clear which facts and matters referred to in this report are within my own knowledge. I understand my duty to the court.",
        "%s, %s" % ex[:2],
    ])
    return R(text=text, doc_name="Expert report - %s" % ex[0], frm="expert", att_names=["Final report signed.pdf", "Psych report FINAL.pdf"],
             mail=("%s <%s@%s>" % (ex[0], ex[0].split()[-1].lower(), P(r, "psych-assess.co.uk", "familyexperts.co.uk")), P(r, ["Final report - %s" % c.cn, "Report", ""])))


@tpl("expert-report", "en", public=None, sources=("upload",))
def er_hair(r, c):
    subj = P(r, [c.m, c.f])
    res = P(r, [("Cocaine", "3.2 ng/mg", "consistent with regular use"), ("Benzoylecgonine", "0.4 ng/mg", "consistent with use"),
                ("Cannabis (THC)", "not detected", "no evidence of use"), ("EtG", "42 pg/mg", "consistent with chronic excessive alcohol consumption")])
    text = "\n".join([
        P(r, "Hair Strand Test Report", "TOXICOLOGY REPORT - HAIR ANALYSIS"), "%s  Laboratory ref: LX-%d" % (P(r, "Lextox Labs", "Cansford Laboratories"), r.randint(100000, 999999)),
        "Donor: %s   Case: %s   Sample collected: %s" % (subj.full, c.cn, c.d(-21)), "Instructed by: %s" % P(r, [c.sol_child, c.sol_m]), "",
        "Section | Period (approx.) | Analyte | Result", "0-3 cm | %s - %s | %s | %s" % (c.d(-110, "num"), c.d(-21, "num"), res[0], res[1]),
        "3-6 cm | %s - %s | %s | %s" % (c.d(-200, "num"), c.d(-110, "num"), res[0], P(r, "not detected", res[1])), "",
        "Interpretation: the results are %s for the period covered." % res[2],
        "This report is provided by a scientist who understands that their duty is to the court.", "%s PhD, Reporting Scientist" % P(r, "A. Hollis", "K. Mensah", "D. Fairweather"),
    ])
    return R(text=text, doc_name="Hair strand test results", frm="expert")


@tpl("expert-report", "en", public=None, sources=("upload", "tree"))
def er_isw(r, c):
    text = "\n".join([
        "Independent Social Work Assessment", "Parenting assessment of %s" % P(r, [c.f.full, c.m.full]), "Author: Ms Joanna Pryce, Independent Social Worker (SWE registered)", "Case %s - %s" % (c.cn, c.d()), "",
        "1. Methodology: six sessions between %s and %s, two observed contacts, the Parenting Assessment Manual (PAMS) adapted.%s" % (c.d(-70, "num"), c.d(-14, "num"), c.sp(only=("looked-after-child", "child-protection", "other-childrens-social-care"))),
        "2. Strengths: %s" % P(r, "warm, child-focused interaction; good routines.", "insight into the impact of the past domestic abuse."),
        "3. Concerns: %s" % P(r, "limited ability to set boundaries; dependence on his mother for support.", "minimisation of alcohol use."),
        "4. Conclusion: %s" % P(r, "I recommend a phased move of the children to their father's care with support.", "I cannot recommend that the children are placed in her care at present."),
        "Declaration: I understand my duty to the court and have complied with it.",
    ])
    return R(text=text, doc_name="ISW assessment", frm="expert", mail=("Joanna Pryce <joanna@pryce-isw.co.uk>", P(r, ["Final assessment %s" % c.cn, "ISW report", ""])))


@tpl("expert-report", "cy", public=True, sources=("upload", "tree"))
def er_cy(r, c):
    text = "\n".join([
        "Adroddiad Arbenigol - Asesiad Seicolegol o %s" % c.m.full, "Psychological assessment - expert report", "Rhif achos: %s   Dyddiad: %s" % (c.cn, c.dcy()),
        "Awdur: Dr %s, Seicolegydd Clinigol Ymgynghorol" % P(r, "Angharad Wyn", "Rhodri Pugh"), "",
        "Crynodeb o'r farn:",
        "1. Mae %s yn dangos symptomau sy'n gyson ag anhwylder straen wedi trawma." % c.m.first,
        "2. Gyda chefnogaeth briodol, mae'n debygol y gallai ddiwallu anghenion y plant o ddydd i ddydd.",
        "3. Rwy'n argymell therapi sy'n canolbwyntio ar drawma (tua 20 sesiwn).",
        "Datganiad: Rwy'n deall mai i'r llys y mae fy nyletswydd.",
    ])
    return R(text=text, doc_name="Adroddiad arbenigol", frm="expert")


@tpl("provider-report", "en", public=False, sources=("upload",))
def pr_spip(r, c):
    qa = P(r, [("attended both sessions (%s and %s) - course completed." % (c.d(-20, "num"), c.d(-13, "num")), "participated well and reflected on the impact of conflict on children."),
               ("attended session 1 only; did not attend session 2 and did not respond to reminders.", "limited; left the first session early."),
               ("completed online modules 1-4 and the group session on %s." % c.d(-6, "num"), "N/A (online)")])
    p = P(r, [c.m, c.f])
    text = "\n".join([
        P(r, "Planning Together for Children - completion notification", "Separated Parents Information Programme (SPIP) - attendance report", "SPIP attendance confirmation"),
        "Provider: %s on behalf of Cafcass" % P(r, "Relate Midlands", "Parenting Apart Partnership", "Pathways Family Services"),
        "Cafcass case: %s   Participant: %s   Referral date: %s" % (c.cn, p.full, c.d(-45)), "",
        "Attendance: %s" % qa[0], "Engagement: %s" % qa[1],
        "Please note: the provider does not assess parenting capacity or risk.",
    ])
    return R(text=text, doc_name="SPIP report", frm="provider")


@tpl("provider-report", "en", public=False, sources=("upload", "tree"))
def pr_dapp(r, c):
    qa = P(r, [("mid-programme progress report", "Mr %s has begun to recognise controlling behaviours and has completed a safety plan. Some minimisation remains." % c.f.last, r.randint(8, 14)),
               ("non-completion report", "Mr %s attended inconsistently and was exited from the programme on %s after missing three sessions." % (c.f.last, c.d(-10)), r.randint(4, 9)),
               ("end of programme report", "Mr %s completed the programme and was able to describe the impact of his behaviour on the children." % c.f.last, r.randint(22, 24))])
    text = "\n".join([
        "%s - Domestic Abuse Perpetrator Programme" % P(r, "Safer Futures", "Change Ahead", "Respect Accredited Programme - Northside"), "Report to Cafcass", "",
        "Participant: %s   Cafcass ref: %s   Report type: %s" % (c.f.full, c.cn, qa[0]),
        "Date: %s" % c.d(), "",
        "Sessions attended: %d of %d" % (qa[2], 24),
        "Partner support service: %s" % P(r, "offered to and accepted by %s." % c.m.first, "offered; %s declined." % c.m.first),
        "Progress: %s" % qa[1],
        "Risk: %s" % P(r, "no new incidents reported by the partner support worker.", "partner reported an incident of verbal abuse in %s." % P(r, MONTHS_EN)),
        "Facilitators: %s and %s" % (P(r, "Lee Carter", "Ama Boateng"), P(r, "Janine Hollis", "Paul Stride")),
    ])
    return R(text=text, doc_name="DAPP report", frm="provider")


@tpl("provider-report", "en", public=False, sources=("upload", "scan"))
def pr_contact_centre(r, c):
    text = "\n".join([
        "Supervised Contact Report (commissioned by Cafcass)", "%s Family Contact Service" % P(r, "Haven", "Brightpath", "Open Doors"), "",
        "Session %d of %d   Date: %s   Duration: 2 hours" % (r.randint(1, 6), 6, c.d()), "Children: %s   Visiting parent: %s" % (c.kids_names(), c.f.full), "Supervisor: %s" % P(r, "M. Ward", "S. Iqbal", "T. Harding"), "",
        "Arrival and greeting: %s" % P(r, "Children greeted dad with hugs.", "%s hid behind the supervisor initially." % c.k["first"]),
        "Activities: %s" % P(r, "Lego, snacks brought by dad, reading.", "football in the garden, drawing."),
        "Concerns: %s" % P(r, "None.", "Father asked the children where mum lives now; supervisor redirected. Noted.", "Father whispered to %s; supervisor reminded him of the ground rules." % c.k["first"]),
        "Ending: %s" % P(r, "Calm goodbye, children asked when the next session is.", "%s became upset; settled quickly with mum." % c.k["first"]),
    ])
    return R(text=text, doc_name="Supervised contact report", frm="provider")


@tpl("provider-report", "cy", public=False, sources=("upload",))
def pr_cy(r, c):
    p = P(r, [c.m, c.f])
    text = "\n".join([
        "Gweithio Gyda'n Gilydd er mwyn Plant (WT4C) - Adroddiad presenoldeb", "Working Together for Children - attendance report", "",
        "Darparwr: %s ar ran Cafcass Cymru" % P(r, "Relate Cymru", "Gwasanaethau Teulu Tawe"), "Rhif achos: %s   Cyfranogwr: %s" % (c.cn, p.full), "",
        "Presenoldeb: %s" % P(r, "mynychodd y ddwy sesiwn - cwblhawyd y cwrs.", "mynychodd sesiwn 1 yn unig."),
        "Ymgysylltu: %s" % P(r, "cymerodd ran yn dda ac roedd yn gallu myfyrio ar effaith gwrthdaro ar blant.", "cyfyngedig."),
        "Dyddiad: %s" % c.dcy(),
    ])
    return R(text=text, doc_name="Adroddiad darparwr", frm="provider")


@tpl("cp-conference-minutes", "en", public=None, sources=("upload",))
def cpc_initial(r, c):
    cat = P(r, "neglect", "emotional abuse", "physical abuse")
    text = "\n".join([
        c.la, P(r, "Minutes of Initial Child Protection Conference", "INITIAL CHILD PROTECTION CONFERENCE - RECORD", "Child Protection Conference (Initial) - Minutes"),
        "Date: %s   Venue: %s   Chair: %s, Independent Chair" % (c.d(), P(r, "MS Teams", "Civic Centre, Room 4", "hybrid"), P(r, "Angela Moss", "Rob Whitehead", "Nazia Ali")),
        "Children: %s" % c.kids_ages(), "",
        "Present: %s (mother); %s (father); %s (social worker); DSL %s; health visitor; %s (police)." % (c.m.full, c.f.full, c.sw, c.school, c.police),
        "Apologies: GP (report submitted).", "",
        *(["Background: " + background(r, c, 2).replace("\n\n", " ")] if r.random() < 0.6 else []),
        "Reason for conference: %s" % P(r, "domestic abuse incident on %s, children present; police DASH high risk." % c.d(-25), "concerns about home conditions and missed health appointments.",
                                        "unexplained bruise to %s's arm noticed at school." % c.k["first"]),
        "Agency reports: school reports attendance %d%%; health visitor notes %s." % (r.randint(70, 95), P(r, "missed developmental checks", "no concerns about growth")),
        "Decision: the children are to be subject to child protection plans under the category of %s. Core group to meet within 10 working days. Review conference: %s." % (cat, c.d(90)),
        "Parents' views: %s" % P(r, "the mother agreed with the plan; the father disagreed.", "both parents accepted the need for support."),
    ])
    return R(text=text, doc_name="ICPC minutes", frm="la", record_class="child-protection")


@tpl("cp-conference-minutes", "en", public=None, sources=("upload",))
def cpc_review(r, c):
    qa = P(r, [("the mother has engaged with the drug service and tests are negative.", "%s says home is calmer." % c.k["first"],
                "the child protection plans are discontinued; the children will be supported under a Child in Need plan.", "N/A"),
               ("little progress; the father has moved back into the home contrary to the written agreement.", "%s is worried about dad coming back." % c.k["first"],
                "the children remain subject to child protection plans (category: neglect); legal planning meeting to be convened.", c.d(90))])
    text = "\n".join([
        "Review Child Protection Conference", "Children's Social Care - %s" % c.la, "Held on %s   Minute-taker: %s" % (c.d(), P(r, "C. Noble", "F. Rahman")), "",
        "1. Progress against the plan since %s: %s" % (c.d(-90), qa[0]),
        "2. Views of the children (gathered by social worker %s): %s" % (c.sw, qa[1]),
        "3. Decision: %s" % qa[2], "4. Next review: %s" % qa[3],
    ])
    return R(text=text, doc_name="RCPC minutes", frm="la", record_class="child-protection")


@tpl("cp-conference-minutes", "en", public=None, sources=("upload", "scan"))
def cpc_table(r, c):
    text = "\n".join([
        "RECORD OF CHILD PROTECTION CONFERENCE", "Local authority: %s   Conference type: %s" % (c.la, P(r, "Initial", "Review", "Transfer-in")), "Date %s" % c.d(0, "num"), "",
        "Name | DOB | Plan | Category", *["%s %s | %s | %s | %s" % (k["first"], k["last"], fdate(k["dob"], "num"), P(r, "Yes", "Yes"), P(r, "Neglect", "Emotional abuse")) for k in c.kids], "",
        "Key risks: parental alcohol misuse; domestic abuse; %s." % P(r, "poor school attendance", "unsafe sleeping arrangements for the baby"),
        "Outline plan: weekly home visits; referral to %s; parents to attend Freedom Programme / DAPP." % P(r, "the alcohol service", "Family Support"),
        "Lead social worker: %s" % c.sw, "Core group members: school, health visitor, GP, parents.",
    ])
    return R(text=text, doc_name="CP conference record", frm="la", record_class="child-protection")


@tpl("cp-conference-minutes", "cy", public=None, sources=("upload",))
def cpc_cy(r, c):
    text = "\n".join([
        c.la_cy, "Cofnodion Cynhadledd Amddiffyn Plant Gychwynnol", "Initial Child Protection Conference - Minutes", "",
        "Dyddiad: %s   Cadeirydd: %s" % (c.dcy(), P(r, "Eleri Watkin", "Mark Bevan")), "Plant: %s" % c.kids_ages("cy"), "",
        "Yn bresennol: %s (mam); %s (tad); %s (gweithiwr cymdeithasol); Arweinydd Diogelu %s; ymwelydd iechyd; %s." % (c.m.full, c.f.full, c.sw, c.school, c.police_cy),
        "Rheswm am y gynhadledd: digwyddiad cam-drin domestig ar %s; roedd y plant yn bresennol." % c.dcy(-21),
        "Penderfyniad: rhoi enwau'r plant ar y Gofrestr Amddiffyn Plant o dan y categori %s. Bydd y grŵp craidd yn cyfarfod o fewn 10 diwrnod gwaith." % P(r, "cam-drin emosiynol", "esgeulustod"),
        "Cynhadledd adolygu: %s" % c.dcy(90),
    ])
    return R(text=text, doc_name="Cofnodion cynhadledd amddiffyn plant", frm="la", record_class="child-protection")


@tpl("agency-information", "en", sources=("upload", "scan"))
def ai_school_report(r, c):
    text = "\n".join([
        c.school, "Information for Cafcass - %s %s" % (c.k["first"], c.k["last"]), "Date: %s" % c.d(), "",
        "Attendance %d-%d: %d%% (%d unauthorised absences, mostly Mondays)" % (c.date.year - 1, c.date.year, r.randint(80, 98), r.randint(0, 12)),
        "Progress: %s" % P(r, "working at the expected standard in reading and maths.", "below expected in writing; receives small-group support.", "on track for predicted GCSE grades."),
        "Wellbeing: %s" % P(r, "%s is a friendly, popular pupil. Staff have noticed %s can be tired and tearful after weekends." % (c.k["first"], c.k["he"]),
                           "No concerns noted. %s talks positively about both homes." % c.k["first"]) + c.sp(),
        "Parental contact: %s" % P(r, "both parents attend parents' evenings separately.", "mum is the main contact; dad has asked for reports to be sent to him."),
        "SEN: %s" % P(r, "none", "SEN support - ASD diagnosis pending", "EHCP (speech, language and communication)"),
        "", "%s, Designated Safeguarding Lead" % c.dsl.full,
    ])
    return R(text=text, doc_name="School information", frm="school")


@tpl("agency-information", "en", sources=("upload", "scan"))
def ai_gp_letter(r, c):
    text = "\n".join([
        P(r, "The Willows Medical Practice", "Riverside Health Centre", "Castle Street Surgery"), "%s" % c.address(), "", c.d(), "",
        "To: %s, %s" % (c.fca, c.cafcass), "Re: %s %s, DOB %s" % (c.k["first"], c.k["last"], fdate(c.k["dob"], "num")), "",
        "Dear %s," % c.fca.split()[0], "",
        "Thank you for your letter and the signed consent. I enclose a summary of the medical record. %s" % P(r,
            "%s has asthma and attends regular reviews. There are no safeguarding codes on the record." % c.k["first"],
            "The record shows attendance at A&E in %d with a head injury (fall from a trampoline); the hospital did not raise concerns." % (c.date.year - 1),
            "%s was referred to CAMHS in %s for anxiety; the referral was accepted and %s is on the waiting list." % (c.k["first"], P(r, MONTHS_EN), c.k["he"])) + c.sp(),
        "", "Yours sincerely", "", "Dr %s, GP Partner" % P(r, "S. Chaudhry", "M. Lewis", "A. Okonjo"),
    ])
    return R(text=text, doc_name="GP records summary", frm="health")


@tpl("agency-information", "en", public=True, sources=("upload",))
def ai_lac_review(r, c):
    text = "\n".join([
        c.la, P(r, "Looked After Child Review - Record", "Child Looked After: Statutory Review Meeting", "CLA Review Minutes"),
        "Child: %s %s (%d)   Legal status: %s" % (c.k["first"], c.k["last"], c.k["age"], P(r, "s31 interim care order", "s20 accommodation", "full care order")),
        "Review number: %d   Date: %s   IRO: %s" % (r.randint(1, 6), c.d(), P(r, "Dawn Pickering", "Vikram Shah", "Elaine Ross")), "",
        "Placement: %s since %s. %s" % (P(r, "foster carers Mr and Mrs %s" % P(r, SURNAMES_EN), "residential children's home", "kinship placement (maternal aunt)"),
                                         c.d(-150), P(r, "Placement stable.", "Placement under strain; support plan agreed.")),
        "Health: annual health assessment completed %s; dental check up to date." % c.d(-40),
        "Education: PEP reviewed; attendance %d%%." % r.randint(85, 99),
        "Contact: supervised contact with mother %s." % P(r, "twice weekly", "weekly", "monthly"),
        "Care plan: %s" % P(r, "long-term fostering", "rehabilitation home to be assessed", "adoption (younger sibling)"),
        "Recommendations: %s" % P(r, "social worker to complete later life work; IRO to monitor.", "explore sibling contact."),
    ])
    return R(text=text, doc_name="LAC review minutes", frm="la", record_class="looked-after-child")


@tpl("agency-information", "en", sources=("upload", "tree"))
def ai_chronology(r, c):
    rows = []
    off = -900
    for i in range(r.randint(5, 8)):
        off += r.randint(40, 140)
        rows.append("%s | %s" % (c.den(off, "num"), P(r, "Police notification - DA incident, children present", "Contact assessment - NFA", "Referral from school - child disclosed arguing at home",
                                                        "Single assessment - CIN plan", "CIN plan closed", "Referral from health visitor - home conditions", "Strategy discussion",
                                                        "Early Help assessment opened", "Parents separated; father moved out")))
    text = "\n".join([
        "%s - Children's Social Care" % c.la, "Chronology of involvement (extract from child's file)", "Family: %s / %s   Prepared for Cafcass on %s" % (c.m.last, c.f.last, c.d()), "",
        "Date | Event", *rows, "", "Source: %s case records. Do not disclose without consent of the local authority." % P(r, "LCS", "Mosaic", "Liquidlogic"),
    ])
    return R(text=text, doc_name="LA chronology", frm="la", record_class="other-childrens-social-care")


@tpl("agency-information", "en", public=True, sources=("upload",))
def ai_kinship(r, c):
    carer = Person(P(r, "Janice", "Shabana", "Karen"), P(r, SURNAMES_EN), "Mrs")
    text = "\n".join([
        "Form C - Connected Persons (Kinship) Foster Carer Assessment - summary", "%s Fostering Service" % c.la, "", "Applicant(s): %s (%s)" % (carer.full, P(r, "maternal aunt", "family friend", "paternal grandmother")),
        "Child placed: %s (%d)   Date of placement: %s (reg. 24 temporary approval)" % (c.k["first"], c.k["age"], c.d(-100)), "",
        "Summary of assessment: %s" % P(r, "The carer has a long and positive relationship with the child and has met %s needs well since placement." % c.k["his"],
                                        "The carer's health and the size of the home are concerns; support plan required."),
        "Checks: DBS clear; references satisfactory; medical - fit.",
        "Recommendation to fostering panel (%s): %s" % (c.d(14), P(r, "approval as connected person foster carer for %s" % c.k["first"], "not approved")),
        "Assessing social worker: %s" % P(r, SW_EN),
    ])
    return R(text=text, doc_name="Form C kinship assessment", frm="la", record_class="foster-carers")


@tpl("agency-information", "cy", public=True, sources=("upload",))
def ai_cy(r, c):
    text = "\n".join([
        c.la_cy, "Cofnod Adolygiad Plentyn sy'n Derbyn Gofal", "Looked After Child Review - Record", "",
        "Plentyn: %s %s (%d)   Statws cyfreithiol: gorchymyn gofal interim" % (c.k["first"], c.k["last"], c.k["age"]), "Dyddiad: %s   Swyddog Adolygu Annibynnol: %s" % (c.dcy(), P(r, "Gwenda Ellis", "Huw Bevan")), "",
        "Lleoliad: gyda gofalwyr maeth yr awdurdod lleol ers %s. Mae'r lleoliad yn sefydlog." % c.dcy(-160),
        "Iechyd: asesiad iechyd blynyddol wedi'i gwblhau.", "Addysg: Cynllun Addysg Personol wedi'i adolygu.",
        "Cyswllt: cyswllt dan oruchwyliaeth gyda'r fam ddwywaith yr wythnos.",
        "Argymhellion: y gweithiwr cymdeithasol i drefnu cyswllt rhwng y brodyr a chwiorydd.",
    ])
    return R(text=text, doc_name="Cofnod adolygiad PDG", frm="la", record_class="looked-after-child")


# ============================================================================================
# legal-advice: legal-advice, solicitor-correspondence, legal-call-note
# ============================================================================================

@tpl("legal-advice", "en", sources=("upload", "tree"))
def la_memo(r, c):
    qa = P(r, [("Whether you should disclose to the parties the school's safeguarding log, which the school provided in confidence.",
                "The information is relevant and the court, not Cafcass, decides disclosure. You should tell the school you intend to file it and invite them to seek a direction if they object."),
               ("Whether Cafcass should seek permission to appeal the order made on %s." % c.d(-9),
                "In my view an appeal is unlikely to succeed because the judge gave adequate reasons. I advise instead that you record your concerns in the contact log and raise them at the review."),
               ("Whether you can decline the court's direction to supervise contact.",
                "Cafcass cannot be directed to supervise contact (s11(7) does not extend to this). I suggest you write to the court explaining this and offering a Family Assistance Order instead.")])
    text = "\n".join([
        P(r, "PRIVILEGED & CONFIDENTIAL - LEGAL ADVICE", "Cafcass Legal - Advice Note", "LEGALLY PRIVILEGED: not for disclosure"),
        "To: %s, %s   cc: %s (Service Manager)" % (c.fca, c.role, c.mgr), "From: %s, Solicitor, Cafcass Legal" % P(r, "Helen Ashdown", "Rob Kavanagh", "Nkechi Obi"), "Date: %s   Case: %s" % (c.d(), c.cn), "",
        "Question: %s" % qa[0] + c.sp(),
        "Advice: %s" % qa[1],
        "Please call me if you would like to discuss. This advice is privileged and must be saved in the legal advice section of the file.",
    ])
    return R(text=text, doc_name="Legal advice", frm="legal")


@tpl("legal-advice", "en", parts=("email",))
def la_email(r, c):
    qa = P(r, [("the s16A risk assessment", "You were right to complete the s16A assessment. You must tell the court promptly; a short letter is enough, and you do not need to wait for the hearing."),
               ("the request from the father's solicitor for your notes", "Your notes are not automatically disclosable. If the solicitor makes an application, the court will decide. Don't send them in the meantime."),
               ("the late filing", "Ask the court for an extension now, with reasons, rather than filing late. I can look at the draft if it helps.")])
    body = "\n".join([
        "%s," % c.fca_first, "",
        "Thanks for sending the papers in %s. My advice on your question about %s:" % (c.cn, qa[0]), "", qa[1],
        "", "This e-mail contains legal advice and is privileged.", "",
        "%s | Cafcass Legal" % P(r, "Helen", "Rob", "Nkechi"),
    ])
    return R(text=body, sender="Cafcass Legal <%s@cafcass.gov.uk>" % P(r, "legal", "legal.advice"),
             subject=P(r, ["PRIVILEGED - %s" % c.cn, "Legal advice - %s" % c.case_name, "RE: query re %s" % c.cn, ""]))


@tpl("legal-advice", "en", sources=("upload", "tree"), public=True)
def la_counsel_advice(r, c):
    text = ("ADVICE\n\nRe %s (%s)\n\nI am asked by Cafcass Legal to advise the Children's Guardian, %s, on whether to %s.\n\n"
            "1. %s\n2. In my view the Guardian's position is %s.\n3. I recommend %s.\n\n%s\n%s\n%s\n\n"
            "Privileged - prepared for the purpose of legal advice to Cafcass.") % (
        c.kids_names(), c.cn, c.fca, P(r, "support the local authority's appeal", "oppose the mother's application for a further assessment", "seek separate representation for the older child"),
        P(r, "The test is whether the assessment is necessary to resolve the proceedings justly.", "The older child's instructions now differ from the Guardian's view."),
        P(r, "properly reasoned and defensible", "vulnerable on the question of timescales"), P(r, "a short position statement setting this out", "early discussion with the children's solicitor"),
        c.counsel.replace(" of counsel", ""), P(r, "Harcourt Row Chambers", "St Aidan's Chambers", "Eleven Mint Lane Chambers"), c.d())
    return R(text=text, doc_name="Counsel's advice", frm="legal")


@tpl("legal-advice", "cy", sources=("upload", "tree"))
def legal_cy(r, c):
    qa = P(r, [("a ddylech ddatgelu cofnod diogelu'r ysgol i'r partïon.", "Mater i'r llys yw datgelu. Dylech roi gwybod i'r ysgol eich bod yn bwriadu ffeilio'r wybodaeth."),
               ("a ddylai Cafcass Cymru geisio caniatâd i apelio yn erbyn y gorchymyn.", "Yn fy marn i, nid yw apêl yn debygol o lwyddo. Cofnodwch eich pryderon a'u codi yn y gwrandawiad nesaf.")])
    text = "\n".join([
        "BREINTIEDIG A CHYFRINACHOL - CYNGOR CYFREITHIOL", "Privileged legal advice", "",
        "At: %s, %s" % (c.fca, c.role_cy), "Oddi wrth: %s, Cyfreithiwr, Gwasanaethau Cyfreithiol Llywodraeth Cymru" % P(r, "Gwenan Morris", "Alun Prys"), "Dyddiad: %s   Achos: %s" % (c.dcy(), c.cn), "",
        "Cwestiwn: %s" % qa[0], "Cyngor: %s" % qa[1],
        "Mae'r cyngor hwn yn freintiedig a dylid ei gadw yn adran cyngor cyfreithiol y ffeil.",
    ])
    return R(text=text, doc_name="Cyngor cyfreithiol", frm="legal")


@tpl("solicitor-correspondence", "en", public=True)
def sc_letter(r, c):
    text = "\n".join([
        c.sol_child, "Children Panel solicitors", "", "%s\nChildren's Guardian\n%s" % (c.fca, c.cafcass), "", c.d(), "Our ref: %s/%s" % (c.sol_child_name.initials, c.m.last[:4].upper()), "",
        "Dear %s," % c.fca.split()[0], "",
        "Re: %s - %s" % (c.case_name, c.cn), "",
        "Thank you for your instructions on the telephone on %s. %s" % (c.d(-2), P(r,
            "I attach the draft position statement for the CMH for your approval. Please let me have any amendments by noon tomorrow.",
            "I have spoken to the local authority's solicitor, who confirms the parenting assessment will be filed late. I propose we agree a short extension subject to the final hearing date being kept.",
            "As you asked, I have written to the experts' agency to request a CV and availability for the psychological assessment.")) + c.sp(),
        "", "I would also be grateful if you could let me know whether you wish me to attend your visit to %s on %s." % (c.k["first"], c.d(6)),
        "", "Kind regards", "", c.sol_child_name.full, "Solicitor for the child(ren)",
    ])
    return R(text=text, doc_name="Letter from child's solicitor", frm="sol", firm=c.sol_child)


@tpl("solicitor-correspondence", "en", public=True, parts=("email",))
def sc_email_out(r, c):
    body = "\n".join([
        "Hi %s," % c.sol_child_name.first, "",
        "Instructions for the %s on %s:" % (P(r, "IRH", "CMH", "further case management hearing"), c.d(4)),
        "- %s" % P(r, "I support the LA's application for a further parenting assessment of the father.", "I do not support a further assessment; it would cause delay."),
        "- %s" % P(r, "Please seek a direction for sibling contact to be increased to weekly.", "Please ask for the final hearing to be listed before the summer holidays."),
        "- I saw the children on %s; %s." % (c.d(-3), P(r, "they remain settled in placement", "%s is asking to see dad" % c.k["first"])),
        "", "I'm on leave on %s but available by phone." % c.d(2, "day"), "", "Thanks,", c.fca, "Children's Guardian",
    ])
    return R(text=body, sender="%s <%s>" % (c.fca, c.fca_email),
             subject=P(r, ["Instructions for hearing %s" % c.d(4, "num"), "%s - guardian instructions" % c.cn, "RE: hearing"]),
             recipe="guardian's instructions to the child's solicitor")


@tpl("solicitor-correspondence", "en", public=True, parts=("email",))
def sc_email_in(r, c):
    body = "\n".join([
        "Dear %s," % c.fca_first, "",
        P(r, "Please find attached the note of the advocates' meeting this morning. The LA now seek an adjournment of the final hearing. Can you let me know whether you agree?",
          "The mother's solicitors have proposed Dr Kaye for the psychological assessment. Are you content with her, or would you prefer that we propose an alternative?",
          "I have reviewed the bundle for the IRH. There is no updated chronology from the LA; I will raise this. Could we speak on Thursday before the hearing?"),
        "", "Best wishes,", c.sol_child_name.full, c.sol_child, "Solicitor for the children (instructed by the Children's Guardian)",
    ])
    dom = re.sub(r"[^a-z]", "", c.sol_child.lower().split()[0]) + ".cjsm.net"
    return R(text=body, sender="%s <%s@%s>" % (c.sol_child_name.full, c.sol_child_name.first.lower(), dom),
             subject=P(r, ["%s - advocates meeting" % c.cn, "RE: %s" % c.case_name, "Expert - %s" % c.cn, ""]))


@tpl("solicitor-correspondence", "cy", public=True, parts=("email",))
def sc_cy(r, c):
    body = "\n".join([
        "Annwyl %s," % c.fca_first, "",
        P(r, "Amgaeaf nodyn o gyfarfod yr eiriolwyr y bore yma. Mae'r awdurdod lleol yn gofyn am ohirio'r gwrandawiad terfynol. Allwch chi roi gwybod i mi a ydych yn cytuno?",
          "Diolch am eich cyfarwyddiadau ar gyfer y gwrandawiad. Byddaf yn gofyn am gyfarwyddyd i gynyddu'r cyswllt rhwng y brodyr a chwiorydd."),
        "", "Cofion,", c.sol_child_name.full, "Cyfreithiwr y plant", c.sol_child,
    ])
    return R(text=body, sender="%s <%s@%s.cjsm.net>" % (c.sol_child_name.full, c.sol_child_name.first.lower(), re.sub(r"[^a-z]", "", c.sol_child.lower().split()[0])),
             subject=P(r, ["%s - cyfarfod eiriolwyr" % c.cn, "Ateb: %s" % c.cn, ""]))


@tpl("legal-call-note", "en", sources=("upload", "tree"))
def lcn_cafcass_legal(r, c):
    qa = P(r, [("whether to file the child's letter with the report", "file it, with a covering paragraph explaining the context; check with the child first.", "FCA to check with the child by %s." % c.d(2)),
               ("father's request for my notes", "do not disclose unless the court directs; reply to the solicitor saying so.", "FCA to reply to the solicitor today."),
               ("court's direction for Cafcass to supervise handovers", "write to the court explaining Cafcass cannot supervise; offer FAO.", "Legal to review FCA's draft letter.")])
    text = "\n".join([
        P(r, "Note of telephone call with Cafcass Legal", "Record of telephone discussion - Cafcass Legal (privileged)", "LEGAL - note of call"),
        "Date/time: %s %02d:%02d   Case: %s" % (c.d(), r.randint(9, 16), r.randrange(60), c.cn), "Present: %s (%s); %s (Cafcass Legal)" % (c.fca, c.role, P(r, "Helen Ashdown", "Rob Kavanagh", "Nkechi Obi")), "",
        "Issue: %s" % qa[0], "Advice given: %s" % qa[1], "Action: %s" % qa[2],
        "Privileged - legal advice section.",
    ])
    return R(text=text, doc_name="Note of call with Cafcass Legal")


@tpl("legal-call-note", "en", public=True, sources=("upload", "tree"))
def lcn_child_solicitor(r, c):
    qa = P(r, [("the LA's late evidence and whether to oppose an extension", "that the court is likely to grant a short extension", "solicitor to write to the LA today."),
               ("the older child's wish to instruct the solicitor directly", "that the child appears competent to give instructions, so separate representation for the Guardian may be needed",
                "Guardian to see the child again before deciding."),
               ("the draft final care plan", "that the plan lacks detail on contact and should be challenged", "position statement to reflect this.")])
    text = ("Note of call with child's solicitor\n%s / %s\n%s, %s (%s) and %s (Children's Guardian), by telephone, %d minutes.\n\n"
            "Discussed: %s %s advised %s.\nAgreed: %s\n\nRecorded by %s") % (
        c.cn, c.d(), c.sol_child_name.full, c.sol_child, "child's solicitor", c.fca, r.randint(10, 40),
        qa[0] + "." + c.sp(), c.sol_child_name.first, qa[1], qa[2], c.fca)
    return R(text=text, doc_name="Note of call with child's solicitor")


@tpl("legal-call-note", "en", public=True, sources=("upload", "tree"))
def lcn_teams(r, c):
    text = "\n".join([
        "Teams call - %s (children's solicitor) / %s (Guardian)" % (c.sol_child_name.full, c.fca), "%s   %s" % (c.d(0, "num"), c.cn), "",
        "- Solicitor's advice on threshold: %s" % P(r, "likely to be found on the basis of the neglect evidence", "LA will struggle on the physical injury - medical evidence equivocal"),
        "- Experts: %s" % P(r, "agree to Dr Venkatesh; solicitor to circulate LOI", "oppose the mother's second expert"),
        "- Next hearing: %s; solicitor to prepare position statement for approval" % c.d(9),
        "(Privileged - note of discussion with child's solicitor)",
    ])
    return R(text=text, doc_name="Call note - child's solicitor")


@tpl("legal-call-note", "cy", sources=("upload", "tree"))
def lcn_cy(r, c):
    qa = P(r, [("cais y tad am gopi o'm nodiadau", "peidiwch â datgelu oni bai bod y llys yn gorchymyn hynny.", "ysgrifennu at gyfreithiwr y tad heddiw."),
               ("tystiolaeth hwyr yr awdurdod lleol", "mae'n debygol y bydd y llys yn caniatáu estyniad byr.", "dim.")])
    text = "\n".join([
        "Nodyn o alwad ffôn gyda %s" % P(r, "chyfreithiwr y plentyn", "Gwasanaethau Cyfreithiol Llywodraeth Cymru"), "Dyddiad: %s   Achos: %s" % (c.dcy(), c.cn),
        "Yn bresennol: %s; %s" % (c.fca, P(r, [c.sol_child_name.full, "Gwenan Morris (cyfreithiwr)"])), "",
        "Mater: %s" % qa[0], "Cyngor: %s" % qa[1], "Cam nesaf: %s" % qa[2],
        "Breintiedig - adran cyngor cyfreithiol.",
    ])
    return R(text=text, doc_name="Nodyn o alwad gyda chyfreithiwr")


# ============================================================================================
# further-information: thank-you-card, informal-contact
# ============================================================================================

@tpl("thank-you-card", "en", sources=("scan",))
def ty_child(r, c):
    text = "\n".join([
        P(r, "Thank you", "THANK YOU!", "Thank You"), "",
        "To %s" % c.fca_first, P(r, "Thank you for listening to me and telling the judge what I wanted.", "thank you for helping my mum and dad stop fighting",
                                 "Thanks for the chats and the biscuits"),
        "", "Love from %s" % c.kids_names(), P(r, "xxx", "x", ""),
    ])
    return R(text=text, doc_name="Thank you card", recipe="child's thank-you card, scanned")


@tpl("thank-you-card", "en", sources=("scan",))
def ty_parent(r, c):
    p = P(r, [c.m, c.f])
    text = "\n".join([
        P(r, "With thanks", "Thank you so much", "Just to say thank you"), "",
        "Dear %s," % c.fca_first,
        P(r, "Just a card to say thank you for everything you have done for our family over the last few months. You made a horrible time a bit easier and the kids really liked you.",
          "I wanted to say thank you for being so patient with me. I know I was angry at the start. Things are much better now and %s is back at %s's every weekend." % (c.k["first"], P(r, "dad", "mum")),
          "Thank you for all your help and for actually listening. We will never forget it."),
        "", "Best wishes", p.first,
    ])
    return R(text=text, doc_name="Thank you card from %s" % ("mother" if p is c.m else "father"), recipe="parent's thank-you card")


@tpl("thank-you-card", "en", parts=("attachment",))
def ty_photo(r, c):
    text = "\n".join(["thank you", "", "%s" % P(r, "to the lady from cafcass", "To %s" % c.fca_first), "", "from %s" % c.k["first"].lower(), "[drawing of a heart and a rainbow]"])
    return R(text=text, doc_name="Thank you", mail=("%s <%s%d@%s>" % (c.m.full, c.m.first.lower(), r.randint(1, 99), P(r, "gmail.com", "icloud.com")),
                                                  P(r, ["card from %s" % c.k["first"], "thank you", ""])),
             att_names=["IMG_%d.jpg" % r.randint(1000, 9999), "image0.jpeg"], recipe="photo of a child's thank-you card sent by e-mail")


@tpl("thank-you-card", "cy", sources=("scan",))
def ty_cy(r, c):
    text = "\n".join([
        P(r, "Diolch!", "Diolch yn fawr", "Diolch o galon"), "",
        "I %s" % c.fca_first, P(r, "Diolch am wrando arna i ac am ddweud wrth y barnwr beth o'n i eisiau.", "Diolch am eich holl help. Mae pethau'n llawer gwell nawr."),
        "", "Cariad mawr,", c.kids_names("cy"), "xx",
    ])
    return R(text=text, doc_name="Cerdyn diolch")


@tpl("informal-contact", "en", sources=("scan",))
def ic_postcard(r, c):
    k = dict(c.k)
    text = "\n".join([
        P(r, "Hi %s!" % c.fca_first, "Hello from %s!" % P(r, "Tenby", "Skegness", "Majorca", "Center Parcs")), "",
        P(r, "Just wanted to let you know I started college in September doing %s. I'm living at dad's now and it's going ok." % P(r, "motor vehicle", "childcare", "art"),
          "We're on holiday with mum and %s. The weather is rubbish but the pool is good!" % P(r, "nan", "Gary"),
          "I got into the football team! Dad comes to watch every match now."),
        "", "From %s" % k["first"], "", "[Postcard addressed to %s, %s office]" % (c.fca, c.cafcass),
    ])
    return R(text=text, doc_name="Postcard from %s" % k["first"], recipe="postcard from a young person after the case")


@tpl("informal-contact", "en", sources=("scan", "upload"))
def ic_christmas(r, c):
    text = "\n".join([
        P(r, "Merry Christmas", "Season's Greetings", "Happy Christmas and a Happy New Year"), "",
        "To %s and everyone at the %s office," % (c.fca_first, c.town), "",
        P(r, "Hope you all have a lovely Christmas.", "Wishing you a peaceful Christmas.", "Have a good one!"),
        P(r, "The children are doing well and send their love.", "%s is loving big school." % c.kids[-1]["first"], ""),
        "", "from the %s family" % P(r, [c.m.last, c.f.last]), "[photo of %s in Christmas jumpers]" % c.kids_names(),
    ])
    return R(text=text, doc_name="Christmas card", recipe="Christmas card from a family")


@tpl("informal-contact", "en", parts=("email",))
def ic_update_email(r, c):
    p = P(r, [c.m, c.f])
    body = "\n".join([
        "Hi %s," % c.fca_first, "",
        P(r, "Hope you're well. I know the case finished ages ago but I just wanted to share that %s got %s school place today - the one we wanted! I thought you'd like to know." % (c.k["first"], c.k["his"]),
          "Not sure if you remember us but you helped our family last year. Just a quick note to say %s passed %s grade 3 piano and played at the school concert. Both of us went and sat together!" % (c.k["first"], c.k["his"]),
          "I've attached a photo of the kids on the beach in Whitby. They're doing great."),
        "", "No need to reply, just wanted to share some good news.", "", p.first,
    ])
    return R(text=body, sender="%s <%s.%s@%s>" % (p.full, p.first.lower(), p.last.lower(), P(r, "gmail.com", "yahoo.co.uk", "outlook.com")),
             subject=P(r, ["Good news!", "a little update", "hello from the %ss" % p.last, ""]), recipe="informal update e-mail after the case closed")


@tpl("informal-contact", "en", sources=("scan",))
def ic_note_gift(r, c):
    text = "\n".join([
        "Left at reception - %s" % c.d(0, "num"), "",
        P(r, "For %s - some chocolates for you and the team. From %s (mum of %s)" % (c.fca_first, c.m.first, c.k["first"]),
          "%s made this bracelet for %s at school and wanted %s to have it." % (c.k["first"], c.fca_first, c.fca_first),
          "Please pass this photo of %s's first day at school to %s." % (c.k["first"], c.fca_first)),
    ])
    return R(text=text, doc_name="Note left at reception", recipe="note left at reception with a small gift")


@tpl("informal-contact", "cy", sources=("scan", "upload"))
def ic_cy(r, c):
    text = "\n".join([
        P(r, "Nadolig Llawen a Blwyddyn Newydd Dda!", "Helo o %s!" % P(r, "Ddinbych-y-pysgod", "Langrannog", "Sbaen")), "",
        "I %s a phawb yn swyddfa Cafcass Cymru," % c.fca_first,
        P(r, "Mae'r plant yn gwneud yn dda iawn ac yn anfon eu cariad.", "Dechreuais i yn y coleg ym mis Medi. Dw i'n byw gyda dad nawr ac mae'n mynd yn iawn."),
        "", "Oddi wrth %s" % P(r, "deulu %s" % c.m.last, c.k["first"]),
    ])
    return R(text=text, doc_name="Cyswllt anffurfiol")


# ============================================================================================
# court-bundle
# ============================================================================================

@tpl("court-bundle", "en", sources=("upload",))
def cb_index(r, c):
    items = {
        "A": ["Case summary", "Chronology", "Position statement of the mother", "Position statement of the father", "Threshold document" if c.public else "Schedule of allegations"],
        "B": ["%s application" % ("C110A" if c.public else "C100"), "C1A", "Order dated %s" % c.d(-r.randint(120, 200), "num"), "Order dated %s" % c.d(-r.randint(20, 110), "num")],
        "C": ["Statement of %s" % c.m.full, "Statement of %s" % c.f.full, "Statement of %s (social worker)" % c.sw if c.public else "Statement of maternal grandmother"],
        "D": ["Care plan (final)", "Initial analysis of the Children's Guardian"] if c.public else ["Safeguarding letter", "Section 7 report", "Addendum section 7 report"],
        "E": ["Hair strand test results", "Psychological assessment of the mother", "Parenting assessment (ISW)"],
        "F": ["Police disclosure", "School records", "GP records", "Contact centre notes"],
    }
    names = {"A": "Preliminary documents", "B": "Applications and orders", "C": "Statements and affidavits",
             "D": "Care plans and Guardian's analysis" if c.public else "Cafcass reports", "E": "Experts' reports and assessments", "F": "Other reports and records"}
    lines = [P(r, "INDEX TO BUNDLE", "BUNDLE INDEX", "Hearing bundle - index"), "%s   Case no. %s" % (c.case_name, c.cn),
             "Hearing: %s before %s" % (c.d(7), c.judge), ""]
    total = 0
    for sec in "ABCDEF":
        docs = r.sample(items[sec], r.randint(1, min(3, len(items[sec]))))
        page, rows = 1, []
        for doc in docs:
            rows.append("   %-48s %s%d" % (doc, sec, page))
            page += r.randint(2, 40)
        lines.append("Section %s  %s  %s1 - %s%d" % (sec, names[sec], sec, sec, page))
        lines += rows
        total += page
    lines += ["", "Prepared by %s, solicitors for the %s. Total pages: %d." % (P(r, [c.sol_m, c.sol_f]), "local authority" if c.public else "applicant", total)]
    return R(text="\n".join(lines), doc_name="Bundle", frm="sol", att_names=["Bundle.pdf", "IRH bundle.pdf", "bundle index.pdf"])


@tpl("court-bundle", "en", sources=("upload",))
def cb_cover(r, c):
    text = "\n".join([
        "%s" % c.court.upper().replace("THE ", ""), "Case No: %s" % c.cn, "", c.case_name.upper(), "",
        P(r, "E-BUNDLE FOR FINAL HEARING", "CORE BUNDLE - DRA", "SUPPLEMENTARY BUNDLE"), "%s at 10:00, time estimate %s" % (c.d(10, "day"), P(r, "1 day", "3 days", "2 hours")), "",
        "Pages 1 - %d" % r.randint(200, 900), "This bundle complies with PD27A FPR 2010.", "",
        "Prepared by: %s, %s" % (P(r, [c.sol_m, c.sol_f]), c.town),
    ])
    return R(text=text, doc_name="E-bundle", frm="sol", att_names=["Bundle.pdf", "Final hearing bundle.pdf"])


@tpl("court-bundle", "en", sources=("upload",))
def cb_section_page(r, c):
    text = "\n".join([
        "%s  %s  Page C%d" % (c.cn, c.case_name, r.randint(40, 200)), "",
        "[Bundle section C - Statements]",
        "... of the incident on %s. I did not call the police because I did not want the children to see him arrested." % c.d(-300),
        "12. Since the last hearing the father has seen the children at the contact centre on four occasions...",
        "", "C%d" % r.randint(40, 200),
    ])
    return R(text=text, doc_name="Bundle section C", recipe="a page cut from the electronic bundle, with bundle pagination")


@tpl("court-bundle", "cy", sources=("upload",))
def cb_cy(r, c):
    lines = ["MYNEGAI I'R BWNDEL / BUNDLE INDEX", "%s   Rhif achos / Case no. %s" % (c.case_name, c.cn), "Gwrandawiad / Hearing: %s" % c.dcy(8), "",
             "Adran A  Dogfennau rhagarweiniol / Preliminary documents  A1 - A%d" % r.randint(8, 20),
             "Adran B  Ceisiadau a gorchmynion / Applications and orders  B1 - B%d" % r.randint(20, 60),
             "Adran C  Datganiadau / Statements  C1 - C%d" % r.randint(30, 90),
             "Adran D  Adroddiadau Cafcass Cymru / Cafcass Cymru reports  D1 - D%d" % r.randint(10, 40), "",
             "Paratowyd gan / Prepared by: %s" % c.sol_m]
    return R(text="\n".join(lines), doc_name="Bwndel llys", frm="sol")


# ============================================================================================
# police-information: pnc-disclosure, police-callouts, police-check
# ============================================================================================

OFFENCES = [("Assault occasioning actual bodily harm", "s47 OAPA 1861", "Community order 12 months, 100 hours unpaid work"),
            ("Common assault (domestic)", "s39 CJA 1988", "Fine £300, restraining order 2 years"),
            ("Possession of a controlled drug - Class A (cocaine)", "MDA 1971", "Conditional discharge 12 months"),
            ("Drive whilst disqualified", "RTA 1988", "Imprisonment 8 weeks suspended 12 months"),
            ("Harassment without violence", "PHA 1997 s2", "Restraining order, fine"),
            ("Criminal damage (under £5000)", "CDA 1971 s1", "Compensation £150"),
            ("Theft - shoplifting", "Theft Act 1968 s1", "Fine £120")]


@tpl("pnc-disclosure", "en", sources=("upload",))
def pnc_print(r, c):
    subj = P(r, [c.f, c.m, c.f])
    offs = r.sample(OFFENCES, r.randint(1, 3))
    lines = [P(r, "POLICE NATIONAL COMPUTER - PRINT (Convictions, Cautions, Reprimands & Warnings)", "PNC RECORD", "PNC Phoenix print - disclosure to Cafcass"),
             "Subject: %s   DOB: %s   PNC ID: %02d/%07d%s" % (subj.full.upper(), fdate(c.day(-365 * r.randint(21, 45)), "num"), P(r, [98, 99, 4, 11, 17, 22]), r.randint(0, 9999999), P(r, list("ABCDEFHJK"))),
             "Requested by: %s (%s)   Printed: %s" % (c.cafcass, c.cn, c.d(0, "num")), "", "Convictions: %d   Offences: %d" % (len(offs), len(offs)), ""]
    for i, (o, act, disp) in enumerate(offs):
        d = c.day(-r.randint(400, 4000))
        lines += ["%d. %s  %s Magistrates' Court" % (i + 1, fdate(d, "num"), P(r, c.town, "North %s" % c.town)), "   %s  (%s)" % (o, act), "   Disposal: %s" % disp]
    lines += ["", "Cautions: %s" % P(r, "none", "1 - Possession of cannabis (%d)" % (c.date.year - 9)), "Warning markers: %s" % P(r, "none", "VI (violent)", "DR (drugs)")]
    return R(text="\n".join(lines), doc_name="PNC", frm="police")


@tpl("pnc-disclosure", "en", sources=("upload",))
def pnc_rso(r, c):
    subj = P(r, [c.f, Person(P(r, "Darren", "Kevin", "Steven"), P(r, SURNAMES_EN), "Mr")])
    text = "\n".join([
        c.police, "Public Protection - Disclosure Unit", "", "Disclosure of Police National Computer information to Cafcass", "Cafcass case %s   Date: %s" % (c.cn, c.d()), "",
        "Subject: %s (%s)" % (subj.full, "father" if subj is c.f else "mother's partner"), "",
        "PNC convictions: 1. %s - Making indecent photographs of children (s1 Protection of Children Act 1978) - Community order with Sexual Harm Prevention Order (10 years)." % fdate(c.day(-1800), "num"),
        "The subject is a Registered Sex Offender, managed under MAPPA (Category 1, Level 1). Notification requirements apply until %d." % (c.date.year + 4),
        "The offender manager is PC %s (MOSOVO)." % P(r, "Hargreaves", "Lund", "Bashir"),
        "This information is provided for the purpose of the family proceedings only and must not be disclosed further without the permission of the court.",
    ])
    return R(text=text, doc_name="PNC disclosure", frm="police", record_class="adult-posing-risk")


@tpl("pnc-disclosure", "en", sources=("upload",))
def pnc_no_trace(r, c):
    text = "\n".join([
        "PNC CHECK RESULT", "%s | %s" % (c.police, c.d(0, "num")), "Ref %s" % c.cn, "",
        "%s (DOB %s): NO TRACE" % (c.m.full, fdate(c.day(-365 * r.randint(21, 40)), "num")),
        "%s (DOB %s): %s" % (c.f.full, fdate(c.day(-365 * r.randint(21, 45)), "num"), P(r, "NO TRACE", "1 conviction - see attached print")),
    ])
    return R(text=text, doc_name="PNC", frm="police", recipe="very short PNC result")


@tpl("pnc-disclosure", "cy", sources=("upload",))
def pnc_cy(r, c):
    o = P(r, OFFENCES)
    text = "\n".join([
        c.police_cy + " / " + c.police, "Datgeliad Cofnodion PNC i Cafcass Cymru / PNC disclosure to Cafcass Cymru", "", "Rhif achos: %s   Dyddiad: %s" % (c.cn, c.dcy()), "",
        "Gwrthrych / Subject: %s" % c.f.full.upper(),
        "Euogfarnau / Convictions: 1", "%s  Llys Ynadon %s / %s Magistrates' Court" % (fdate(c.day(-1500), "num"), c.town_cy, c.town), "%s - %s" % (o[0], o[2]),
        "Rhybuddion / Cautions: dim / none",
        "Darperir yr wybodaeth hon at ddibenion yr achos teulu yn unig.",
    ])
    return R(text=text, doc_name="Datgeliad PNC", frm="police")


@tpl("police-callouts", "en", sources=("upload",))
def pcall_table(r, c):
    rows = []
    for i in range(r.randint(3, 6)):
        d = c.day(-r.randint(30, 900))
        rows.append((d, "%s | %02d:%02d | %s/%d | %s" % (fdate(d, "num"), r.randint(0, 23), r.randrange(60), P(r, "CAD", "OCC", "LOG"), r.randint(10000, 99999),
                                                           P(r, "Verbal argument between ex-partners at handover, children present. No offences. DASH standard.",
                                                             "Female caller reports ex-partner banging on door, left prior to police arrival. DASH medium.",
                                                             "Concern for welfare - neighbours heard shouting and a child crying. Words of advice.",
                                                             "Breach of non-molestation order reported; suspect arrested, NFA (evidential difficulties).",
                                                             "Third-party report - male seen drunk with child in car park. Child found safe with mother."))))
    rows.sort()
    text = "\n".join([
        c.police, P(r, "Domestic incidents attended - address history", "Calls for service / incident log", "POLICE CALL-OUTS TO ADDRESS"),
        "Address: %s" % c.addr_m, "Subjects: %s; %s   Cafcass ref: %s" % (c.m.full, c.f.full, c.cn), "",
        "Date | Time | Ref | Summary", *[x[1] for x in rows], "", "Period searched: 3 years to %s.%s" % (c.d(0, "num"), c.sp(only=("missing-person", "adult-posing-risk"))),
    ])
    return R(text=text, doc_name="Police call-outs", frm="police")


@tpl("police-callouts", "en", sources=("upload",))
def pcall_missing(r, c):
    k = P(r, [x for x in c.kids if x["age"] >= 11] or c.kids)
    n = r.randint(2, 5)
    lines = [c.police, "Missing person reports - %s %s (%d)" % (k["first"], k["last"], max(k["age"], 11)), "Cafcass ref %s   Printed %s" % (c.cn, c.d(0, "num")), ""]
    for i in range(n):
        d = c.day(-r.randint(20, 400))
        lines.append("%s  Reported missing by %s at %02d:%02d. %s Risk: %s." % (fdate(d, "num"), P(r, ["foster carer", "children's home staff"] if c.public else ["mother", "father"]), r.randint(17, 23), r.randrange(60),
                                                                                 P(r, "Found next morning at a friend's address.", "Returned home of own accord after 6 hours.", "Located by officers in the town centre with older males; CSE concerns noted."),
                                                                                 P(r, "medium", "high", "low")))
    lines += ["", "Return home interviews offered by %s." % c.la]
    return R(text="\n".join(lines), doc_name="Police missing episodes", frm="police", record_class="missing-person")


@tpl("police-callouts", "en", sources=("upload",), parts=("attachment", "document"))
def pcall_storm(r, c):
    t0 = r.randint(18 * 60, 22 * 60)
    t1 = t0 + r.randint(8, 55)
    text = "\n".join([
        "STORM incident log extract (redacted)", "Force: %s" % c.police, "",
        "%s %02d:%02d  Call received - caller %s states %s." % (c.d(-200, "num"), t0 // 60, t0 % 60, "[redacted]", P(r, "ex-partner at door refusing to leave", "child not returned after contact")),
        "%s  Resource assigned. Officers on scene %02d:%02d." % (c.d(-200, "num"), t1 // 60, t1 % 60),
        "%s  Result: %s" % (c.d(-200, "num"), P(r, "Male left address. DASH completed - medium. Referral to %s MASH." % c.la_short, "Child returned to mother by father. No offences. Advised re civil remedies.")),
        "%s %02d:%02d  Call received - %s" % (c.d(-60, "num"), r.randint(7, 23), r.randrange(60), P(r, "female reports threatening messages from ex-partner", "neighbour reports shouting")),
        "%s  Result: %s" % (c.d(-60, "num"), P(r, "Crime recorded (malicious communications). Suspect interviewed, NFA.", "No offences disclosed.")),
    ])
    return R(text=text, doc_name="Police incident log", frm="police")


@tpl("police-callouts", "cy", sources=("upload",))
def pcall_cy(r, c):
    rows = []
    for off in sorted(r.sample(range(30, 700), r.randint(2, 4)), reverse=True):
        rows.append("%s | %s" % (fdate(c.day(-off), "num"), P(r, "Ffrae eiriol rhwng cyn-bartneriaid wrth drosglwyddo'r plant. Dim troseddau.",
                                                                             "Y fam yn adrodd bod y cyn-bartner yn curo ar y drws. Wedi gadael cyn i'r heddlu gyrraedd.",
                                                                             "Pryder am les - cymdogion wedi clywed gweiddi. Cyngor wedi'i roi.")))
    text = "\n".join([
        c.police_cy, "Log galwadau i'r cyfeiriad / Log of calls to address", "Cyfeiriad: %s" % c.addr_m, "Cyfeirnod Cafcass Cymru: %s" % c.cn, "",
        "Dyddiad | Crynodeb", *rows,
    ])
    return R(text=text, doc_name="Log galwadau'r heddlu", frm="police")


@tpl("police-check", "en", sources=("upload",))
def pchk_ppu(r, c):
    rc = None
    res = P(r, [0, 1, 2])
    if res == 0:
        info = "No trace on PNC, PND or local systems for either subject."
    elif res == 1:
        info = ("%s: %d domestic incidents recorded %d-%d (see call-out log). Non-molestation order (%s) in force until %s. "
                "No information held on %s." % (c.f.full, r.randint(2, 5), c.date.year - 3, c.date.year - 1, c.m.full, c.d(150, "num"), c.m.full))
    else:
        info = ("%s is known to police as the subject of intelligence relating to supply of controlled drugs (graded 2/B). "
                "He is currently on police bail for an offence of possession with intent to supply. No information on %s." % (c.f.full, c.m.full))
    text = "\n".join([
        c.police, P(r, "Public Protection Unit - Family Court Enquiries", "Safeguarding Hub - Cafcass Checks", "Central Referral Unit"), "",
        P(r, "Response to Cafcass safeguarding request", "POLICE SAFEGUARDING CHECK - RESULT", "Police information for private law proceedings"),
        "Cafcass ref: %s   Police ref: %s   Date: %s" % (c.cn, "FCE/%d" % r.randint(10000, 99999), c.d()), "",
        "Subjects: %s; %s; children %s" % (c.m.full, c.f.full, c.kids_names()), "", "Result: %s%s" % (info, c.sp(only=("missing-person", "adult-posing-risk", "child-protection"))), "",
        "Handling: OFFICIAL-SENSITIVE. Not to be disclosed to the subjects without the consent of %s." % c.police,
        "Researcher: %s" % P(r, "DC 4471 Marsh", "PS Okafor", "Police Staff Investigator J. Tiller"),
    ])
    return R(text=text, doc_name="Police check", frm="police", record_class=rc)


@tpl("police-check", "en", parts=("email",))
def pchk_email(r, c):
    body = "\n".join([
        "OFFICIAL-SENSITIVE", "", "Good morning,", "",
        "Re: %s - request dated %s" % (c.cn, c.d(-5)), "",
        P(r, "I have completed checks on the named adults and children across all %s systems. There is nothing recorded." % c.police,
          "Checks complete. %s is recorded as the victim of a domestic-related common assault in %d (suspect %s, charged, later discontinued). Nothing further." % (c.m.full, c.date.year - 2, c.f.full),
          "There is one record: a report from %s on %s that %s had not returned the children after contact. The children were returned the same evening. No offences." % (c.m.first, c.d(-120), c.f.full)),
        "", "Regards", "%s | Family Court Disclosure Team | %s" % (P(r, "Aimee", "Rob", "Jas", "Colin"), c.police),
    ])
    return R(text=body, sender="Family Court Disclosure <fcd@%s>" % c.police_dom,
             subject=P(r, ["OFFICIAL-SENSITIVE: %s" % c.cn, "Cafcass check complete %s" % c.cn, "RE: Police checks - %s" % c.case_name, ""]))


@tpl("police-check", "en", sources=("upload",))
def pchk_mash(r, c):
    rc = None
    if r.random() < 0.4:
        extra = "%s's current partner, %s, is a registered sex offender and is subject to management under MAPPA." % (c.m.first, "%s %s" % (P(r, "Gavin", "Neil"), P(r, SURNAMES_EN)))
        rc = "adult-posing-risk"
    else:
        extra = "A DVPN was issued to %s on %s and a DVPO was granted for 28 days. No breaches recorded." % (c.f.full, c.d(-250))
    text = "\n".join([
        "MASH - Police Research (for Cafcass)", "%s / %s MASH" % (c.police, c.la_short), "Date: %s   Requesting agency: %s   Ref: %s" % (c.d(), c.cafcass, c.cn), "",
        "Summary of police information held:", extra, "",
        "Risk indicators: %s" % P(r, "domestic abuse; children present at incidents", "none beyond the above"),
        "RAG rating: %s" % P(r, "Amber", "Red", "Green"),
    ])
    return R(text=text, doc_name="Police MASH research", frm="police", record_class=rc)


@tpl("police-check", "cy", sources=("upload",))
def pchk_cy(r, c):
    text = "\n".join([
        c.police_cy, "Uned Amddiffyn y Cyhoedd / Public Protection Unit", "",
        "Gwiriad diogelu Cafcass Cymru - Ymateb", "Cafcass Cymru safeguarding check - Response", "",
        "Rhif achos: %s   Dyddiad: %s" % (c.cn, c.dcy()), "Unigolion: %s; %s" % (c.m.full, c.f.full), "",
        "Canlyniad: %s" % P(r, "Dim cofnod ar PNC, PND na systemau lleol. / No trace.",
                            "Mae %s wedi'i gofnodi fel y sawl a ddrwgdybir mewn dau ddigwyddiad domestig yn %d. Dim cyhuddiadau." % (c.f.full, c.date.year - 1)),
        "", "SWYDDOGOL-SENSITIF. Peidiwch â datgelu i'r unigolion heb ganiatâd %s." % c.police_cy,
    ])
    return R(text=text, doc_name="Gwiriad heddlu", frm="police")


@tpl("police-check", "cy", parts=("email",))
def pchk_cy_email(r, c):
    res, mon = r.randrange(2), r.randrange(12)
    body = "\n".join([
        "SWYDDOGOL-SENSITIF / OFFICIAL-SENSITIVE", "", "Bore da,", "",
        "Cyfeirnod %s. Rwyf wedi cwblhau'r gwiriadau ar yr oedolion a'r plant a enwyd. %s" % (c.cn, ["Nid oes dim wedi'i gofnodi.", "Cofnodwyd un digwyddiad ym mis %s pan alwodd y fam yr heddlu ar ôl ffrae; dim troseddau." % MONTHS_CY[mon]][res]),
        "", "I have completed checks on the named adults and children. %s" % ["Nothing is recorded.", "One incident was recorded in %s, when the mother called police after an argument; no offences." % MONTHS_EN[mon]][res],
        "", "Cofion / Regards", "Tîm Datgelu'r Llys Teulu, %s" % c.police_cy,
    ])
    return R(text=body, sender="Datgelu / Disclosure <family.disclosure@%s>" % c.police_dom, subject=P(r, ["SWYDDOGOL-SENSITIF: %s" % c.cn, "Gwiriad %s" % c.cn, ""]))


# ============================================================================================
# kind null: documents nobody could place in a case file
# ============================================================================================

@tpl(None, "en", parts=("email", "attachment"))
def null_newsletter(r, c):
    body = "\n".join([
        P(r, "Team Talk - %s" % P(r, "North East", "South West", "Midlands", "London"), "Staff bulletin - %s %d" % (P(r, MONTHS_EN), c.date.year), "What's On This Month"), "",
        "Welcome to this month's bulletin!", "",
        "* Congratulations to %s on %s." % (P(r, "Gemma in business services", "our new practice supervisor", "the Thursday running club"), P(r, "passing her NVQ", "20 years' service", "raising £640 for Children in Need")),
        "* The office will be closed on %s for the bank holiday." % P(r, "Monday 27 May", "Monday 26 August", "Friday 29 March"),
        "* Please remember to clear the fridge on Fridays. Anything left will be binned.",
        "* Wellbeing hour: mindful walk around the park, Wednesdays 12.30, all welcome.",
        "* New starters: please say hello to %s and %s." % (P(r, "Aisha", "Conor", "Beth"), P(r, "Tunde", "Megan", "Sam")), "",
        "Got something for next month's issue? E-mail the comms champions by the 20th.",
    ])
    return R(text=body, sender="Internal Communications <comms@cafcass.gov.uk>", subject=P(r, ["Team Talk", "Your monthly bulletin", ""]),
             mail=("Internal Communications <comms@cafcass.gov.uk>", "Staff bulletin"), att_names=["Team Talk.pdf", "bulletin.pdf"], recipe="office newsletter")


@tpl(None, "en", parts=("document",), sources=("scan",))
def null_printer(r, c):
    text = "\n".join([
        P(r, "SERVICE REPORT", "Engineer Service Visit Report"), "%s Document Solutions Ltd" % P(r, "Apex", "Northgate", "Clearprint"), "",
        "Customer: Cafcass, %s office   Site contact: Facilities" % c.town, "Device: %s   Serial: %s%d" % (P(r, "Ricoh IM C3000", "Canon iR-ADV C5535i", "Konica Minolta bizhub C300i"), P(r, "E", "G", "A"), r.randint(10 ** 8, 10 ** 9)),
        "Meter reading: B/W %d   Colour %d" % (r.randint(100000, 900000), r.randint(10000, 90000)), "",
        "Fault reported: %s" % P(r, "paper jams in tray 2", "streaks on scanned pages", "error code SC542"),
        "Work done: %s" % P(r, "replaced pickup roller and separation pad; cleaned ADF glass; test prints OK.", "replaced fuser unit; firmware updated."),
        "Parts used: %s" % P(r, "D0BK-2021 roller kit", "fuser unit FM1-A606"), "Time on site: %d min" % r.randint(30, 120), "Engineer: %s" % P(r, "D. Hume", "K. Patel"),
    ])
    return R(text=text, recipe="printer service report")


@tpl(None, "en", parts=("email",))
def null_marketing(r, c):
    body = "\n".join([
        "Dear Colleague,", "",
        P(r, "Early bird tickets are now available for the Family Justice Practice Conference %d, %s." % (c.date.year + 1, P(r, "Manchester Central", "Birmingham ICC")),
          "Introducing CaseFlow 5 - the smarter way to manage your family law matters. Book a free demo today!"),
        "Hear from leading judges, practitioners and academics on %s." % P(r, "domestic abuse and the Pathfinder courts", "AI in legal practice", "the voice of the child"),
        "Save 20%% with code EARLY%d before %s." % (r.randint(10, 99), c.d(30)), "",
        "To unsubscribe from these e-mails, click here. You are receiving this because you attended a previous event.",
    ])
    return R(text=body, sender=P(r, ["Family Law Events <events@familylawevents.co.uk>", "CaseFlow <hello@caseflow.io>"]),
             subject=P(r, ["Early bird tickets now available!", "Don't miss out - 20% off ends soon", "See what's new"]), recipe="marketing e-mail")


@tpl(None, "en", parts=("document", "attachment"), sources=("scan", "upload"))
def null_timesheet(r, c):
    wk = c.date - dt.timedelta(days=c.date.weekday())
    rows = ["%s %s  %s - %s  %s" % (DAYS_EN[i][:3], fdate(wk + dt.timedelta(days=i), "num"), P(r, "08:30", "09:00"), P(r, "16:30", "17:00", "17:15"), P(r, "7.5", "7.25", "8.0")) for i in range(5)]
    text = "\n".join(["WEEKLY TIMESHEET", "Name: %s   Team: %s   Week commencing %s" % (c.bso, P(r, "Business Services", "Sessional"), fdate(wk, "num")), "",
                      *rows, "", "Total hours: %s   Flexi balance: %+.1f" % (P(r, "37.5", "36.75", "38.0"), r.uniform(-3, 6)), "Approved by: %s" % c.mgr])
    return R(text=text, mail=("%s <%s@cafcass.gov.uk>" % (c.bso, c.bso.lower().replace(" ", ".")), "timesheet"), recipe="timesheet")


@tpl(None, "en", parts=("document",), sources=("scan",))
def null_blank(r, c):
    text = P(r, ["- %d -" % r.randint(2, 14), "Page %d of %d" % (r.randint(2, 5), r.randint(6, 12)), "This page is intentionally left blank", "%d" % r.randint(2, 30)])
    return R(text=text, recipe="blank page with page number")


@tpl(None, "en", parts=("document",), sources=("scan",))
def null_fire(r, c):
    text = "\n".join(["FIRE ALARM TEST", "", "The fire alarm will be tested every %s at %s." % (P(r, "Wednesday", "Thursday"), P(r, "10.00am", "11.30am")),
                      "If the alarm sounds continuously at any other time, leave the building by the nearest exit and go to the assembly point in the %s." % P(r, "rear car park", "square opposite"),
                      "Do not use the lifts.", "", "Fire wardens this floor: %s, %s" % (P(r, "Kerry", "Adam"), P(r, "Jo", "Imran"))])
    return R(text=text, recipe="fire alarm notice")


@tpl(None, "en", parts=("email",))
def null_password(r, c):
    body = ("Your network password will expire in %d days.\n\nTo change it, press Ctrl+Alt+Delete and choose 'Change a password', or use the self-service portal. "
            "Passwords must be at least 14 characters.\n\nIT Service Desk\nThis is an automated message - please do not reply.") % r.randint(1, 7)
    return R(text=body, sender="IT Service Desk <noreply.itservicedesk@cafcass.gov.uk>", subject="Password expiry notification", recipe="IT password expiry e-mail")


@tpl(None, "en", parts=("email",))
def null_stationery(r, c):
    body = "\n".join(["Thank you for your order.", "", "Order no: %d   Delivery: %s" % (r.randint(4000000, 4999999), c.d(3)),
                      "1 x A4 copier paper (5 reams)", "2 x black biros (box of 50)", "1 x %s" % P(r, "desk organiser", "lever arch files (10)", "sticky notes, assorted"),
                      "", "Delivery address: Cafcass, %s office" % c.town, "Questions? Call customer services."])
    return R(text=body, sender="Office Supplies Direct <orders@officesuppliesdirect.co.uk>", subject="Order confirmation %d" % r.randint(4000000, 4999999),
             recipe="stationery order confirmation")


@tpl(None, "en", parts=("document",), sources=("scan",))
def null_carpark(r, c):
    text = "\n".join(["NOTICE TO ALL BUILDING OCCUPANTS", "", "Resurfacing works will take place in the car park from %s to %s." % (c.d(7), c.d(11)),
                      "Please do not park in bays 1-24 during this time. Permit holders may use the %s multi-storey; keep your receipt." % P(r, "Castle Street", "Station"),
                      "We apologise for any inconvenience.", "Building Management"])
    return R(text=text, recipe="building works notice")


@tpl(None, "en", parts=("email",))
def null_training(r, c):
    body = "\n".join(["Hello,", "", "Our records show you have not yet completed the mandatory e-learning module '%s'. Please complete it by %s." % (
        P(r, "Information security and data protection 2024", "Equality, diversity and inclusion", "Display screen equipment"), c.d(14)),
                      "It takes about 40 minutes and can be accessed from the Learning Hub.", "", "Learning and Development"])
    return R(text=body, sender="Learning Hub <learning@cafcass.gov.uk>", subject=P(r, ["Reminder: mandatory training", "Action required: e-learning overdue"]),
             recipe="training reminder e-mail")


@tpl(None, "en", parts=("document",), sources=("scan",))
def null_test_page(r, c):
    text = "\n".join(["Scanner test page", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz 0123456789", "The quick brown fox jumps over the lazy dog.",
                      "Resolution 300 dpi - greyscale", "Calibration %s" % c.d(0, "num")])
    return R(text=text, recipe="scanner test page")


@tpl(None, "en", parts=("email", "attachment"))
def null_menu(r, c):
    body = "\n".join(["Friday team lunch!", "", "We're ordering from %s this week. Menu attached - please add your order to the sheet by 11am." % P(r, "Luigi's", "the Thai place on the corner", "Greggs"),
                      "Options: %s" % P(r, "margherita, pepperoni, veggie supreme", "green curry, pad thai, tofu stir fry", "sausage rolls, vegan bakes, salads"),
                      "Cash or bank transfer to %s." % P(r, "Kerry", "Adam", "Jade")])
    return R(text=body, sender="%s <%s@cafcass.gov.uk>" % (c.bso, c.bso.lower().replace(" ", ".")), subject=P(r, ["Friday lunch", "food!!", ""]),
             mail=("%s <%s@cafcass.gov.uk>" % (c.bso, c.bso.lower().replace(" ", ".")), "Friday lunch"), att_names=["menu.pdf"], recipe="team lunch menu")


@tpl(None, "en", parts=("document", "attachment"), sources=("scan", "upload"))
def null_mileage(r, c):
    rows = ["%s  Office - %s - Office  %d miles" % (c.d(-i * 3, "num"), P(r, "Magistrates' Court", "training venue", "regional office"), r.randint(6, 70)) for i in range(r.randint(2, 4))]
    text = "\n".join(["Mileage and expenses claim", "Claimant: %s   Cost centre: %d" % (c.fca, r.randint(1000, 9999)), "", *rows, "", "Rate 45p/mile. Parking receipts attached.", "Signed %s" % c.fca])
    return R(text=text, mail=("%s <%s>" % (c.fca, c.fca_email), "expenses"), recipe="mileage claim with no case reference")


@tpl(None, "cy", parts=("email", "attachment"))
def null_cy_newsletter(r, c):
    body = "\n".join(["Cylchlythyr Staff Cafcass Cymru - %s %d" % (P(r, MONTHS_CY), c.date.year), "",
                      "Croeso i rifyn y mis hwn!", "* Llongyfarchiadau i'r tîm yn %s ar godi £400 i elusen." % c.town_cy,
                      "* Bydd y swyddfa ar gau ddydd Llun gŵyl y banc.", "* Sesiwn lles: taith gerdded amser cinio bob dydd Mercher.",
                      "* Dysgu Cymraeg: mae cyrsiau newydd yn dechrau ym mis Medi.", "", "Anfonwch eich newyddion at y tîm cyfathrebu."])
    return R(text=body, sender="Cyfathrebu / Communications <cyfathrebu@llyw.cymru>", subject=P(r, ["Cylchlythyr staff", "Newyddion y mis", ""]),
             mail=("Cyfathrebu / Communications <cyfathrebu@llyw.cymru>", "Cylchlythyr"), att_names=["Cylchlythyr.pdf"], recipe="Welsh staff newsletter")


@tpl(None, "cy", parts=("document",), sources=("scan",))
def null_cy_fire(r, c):
    text = "\n".join(["PRAWF LARWM TÂN / FIRE ALARM TEST", "", "Bydd y larwm tân yn cael ei brofi bob %s am 10 o'r gloch." % P(r, "dydd Mercher", "dydd Iau"),
                      "Os bydd y larwm yn canu'n barhaus, gadewch yr adeilad a mynd i'r man ymgynnull.", "Peidiwch â defnyddio'r lifft. / Do not use the lifts."])
    return R(text=text, recipe="Welsh/English fire alarm notice")


@tpl(None, "cy", parts=("document", "attachment"), sources=("scan", "upload"))
def null_cy_timesheet(r, c):
    wk = c.date - dt.timedelta(days=c.date.weekday())
    rows = ["%s %s  09:00 - 17:00  7.5 awr" % (DAYS_CY[i], fdate(wk + dt.timedelta(days=i), "num")) for i in range(5)]
    text = "\n".join(["TAFLEN AMSER / TIMESHEET", "Enw: %s   Wythnos yn dechrau: %s" % (c.bso, fdate(wk, "num")), "", *rows, "", "Cyfanswm: 37.5 awr", "Cymeradwywyd gan: %s" % c.mgr])
    return R(text=text, mail=("%s <%s@llyw.cymru>" % (c.bso, c.bso.lower().replace(" ", ".")), "taflen amser"), recipe="Welsh timesheet")


@tpl(None, "cy", parts=("email",))
def null_cy_password(r, c):
    body = ("Bydd eich cyfrinair rhwydwaith yn dod i ben ymhen %d diwrnod. Your network password will expire in %d days.\n\n"
            "Desg Gwasanaeth TG / IT Service Desk\nNeges awtomatig yw hon - peidiwch ag ateb.") % ((r.randint(2, 7),) * 2)
    return R(text=body, sender="Desg Gwasanaeth TG <noreply@llyw.cymru>", subject="Cyfrinair yn dod i ben / Password expiry", recipe="Welsh IT e-mail")


# ============================================================================================
# Assembly: file names, OCR noise, e-mail trimmings, slots, validation
# ============================================================================================

SUBS = [("m", "rn"), ("rn", "m"), ("l", "1"), ("I", "l"), ("O", "0"), ("0", "O"), ("e", "c"), ("h", "b"), ("cl", "d"),
        ("fi", "ﬁ"), ("ŵ", "w"), ("â", "a"), ("ô", "o"), ("ŷ", "y"), ("'", "’"), ("S", "5"), ("t", "l"), (",", ".")]


def ocr_noise(text, r, level):
    """Substitutions OCR typically makes, dropped spaces and stray breaks; level 1 (light) to 3 (heavy)."""
    n = max(1, level * len(text) // 220)
    for _ in range(n):
        a, b = P(r, SUBS)
        hits = [m.start() for m in re.finditer(re.escape(a), text)]
        if hits:
            i = P(r, hits)
            text = text[:i] + b + text[i + len(a):]
    spaces = [m.start() for m in re.finditer(" ", text)]
    for i in sorted(r.sample(spaces, min(len(spaces), level * 2 + r.randint(0, 3))), reverse=True):
        text = text[:i] + P(r, ["", "", "\n", "  "]) + text[i + 1:]
    if level >= 2 and r.random() < 0.5:
        text = text.replace("\n\n", "\n", r.randint(1, 3))
    if level >= 3 and r.random() < 0.5:
        text = P(r, ["|", "~", "' .", "»"]) + " " + text + "\n" + P(r, ["..", "_", "' '", "=="])
    return text


def hard_wrap(text, r):
    width = r.randint(52, 78)
    out = []
    for line in text.split("\n"):
        out.append("\n".join(textwrap.wrap(line, width=width, break_long_words=False)) if len(line) > width else line)
    return "\n".join(out)


def uninformative_name(r, c, source, part, att_names, family=False):
    d = c.date
    ymd = d.strftime("%Y%m%d")
    hm = "%02d%02d" % (r.randint(8, 17), r.randrange(60))
    if part == "attachment":
        if att_names and r.random() < 0.35:
            return P(r, att_names)
        return P(r, ["attachment-%d.pdf" % r.randint(1, 3), "image%03d.jpg" % r.randint(1, 12), "ATT%05d.pdf" % r.randint(1, 40), "doc%s.pdf" % ymd,
                     "Scan.pdf", "letter.pdf", "%s_%s.pdf" % (ymd, hm), "SecureAttachment_%d.pdf" % r.randint(1, 4), "document.docx", "image002.png",
                     "Doc1.pdf", "scan0001.pdf"] + (["IMG-%s-WA%04d.jpg" % (ymd, r.randint(1, 99)), "IMG_%04d.JPG" % r.randint(1, 9999)] * 3 if family else []))
    if source == "scan":
        return P(r, ["scan_%04d.pdf" % r.randint(1, 9999), "SCN_%s_%s.pdf" % (ymd, hm), "%s%s%02d.tif" % (ymd, hm, r.randrange(60)), "doc%s.pdf" % ymd,
                     "img-%s-%s.png" % (d.strftime("%y%m%d"), hm), "Scan %d %s %d.pdf" % (d.day, MONTHS_EN[d.month - 1][:3], d.year), "RICOH_%06d.pdf" % r.randint(1, 999999),
                     "CCF%s_%05d.pdf" % (d.strftime("%d%m%Y"), r.randint(0, 99)), "MFD-%s-02_%s%s.pdf" % (c.town[:3].upper(), ymd, hm), "Xerox Scan_%s%s.pdf" % (ymd, hm)])
    if source == "tree":
        return P(r, ["Doc%d.docx" % r.randint(1, 9), "final v%d.doc" % r.randint(2, 5), "MISC %03d.doc" % r.randint(1, 300), "%s notes.docx" % "".join(w[0] for w in c.fca.split()),
                     "letter.doc", "untitled.pdf", "New Microsoft Word Document (%d).docx" % r.randint(2, 9), "copy (%d).pdf" % r.randint(1, 4),
                     "%s %s.doc" % ("".join(w[0] for w in c.fca.split()), d.strftime("%d%m%y")), "WP%05d.DOC" % r.randint(1, 99999), "report FINAL FINAL.docx"])
    photos = ["IMG_%04d.jpg" % r.randint(1, 9999), "photo.jpg", "WhatsApp Image %s at %s.jpeg" % (d.isoformat(), "%02d.%02d.%02d" % (r.randint(8, 22), r.randrange(60), r.randrange(60)))]
    return P(r, ["document.pdf", "Document (%d).pdf" % r.randint(1, 9), "upload_%05d.pdf" % r.randint(1, 99999), "file_%s.pdf" % ymd,
                 "Scanned_%s.pdf" % ymd, "%08x.pdf" % r.getrandbits(32)] + (photos * 2 if family else []))


EMAIL_FOOTERS = {
    "en": ["This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.",
           "This message has been sent securely using Egress.", "Please consider the environment before printing this e-mail.",
           "OFFICIAL", "Sent from my iPhone"],
    "cy": ["Mae'r neges hon yn gyfrinachol. / This message is confidential.", "Croesewir gohebiaeth yn Gymraeg. / We welcome correspondence in Welsh.",
           "Anfonwyd o fy iPhone"],
}


# Paper that families hand in or photograph: phone-photo file names are plausible for these.
FAMILY_PAPER = {"letter-from-child", "child-drawing", "thank-you-card", "informal-contact", "letter-from-party"}

# Kinds whose templates are written for private law (s7, safeguarding checks, FAO): never given a public-law case.
PRIVATE_KINDS = {"contact-log", "wtfh-outcome", "detailed-recording", "letter-from-party", "correspondence", "case-plan", "case-plan-review",
                 "la-checks", "screening-response", "safety-assessment", "letter-to-court", "police-check", "pnc-disclosure"}


def build_example(r, kind, lang, t):
    public = t["public"] if t["public"] is not None else (kind not in PRIVATE_KINDS and r.random() < 0.25)
    c = make_ctx(r, lang, public)
    out = t["fn"](r, c)
    part = P(r, [p for p in t["parts"] for _ in range(3 if p == "document" else 2)])
    text = out["text"].strip("\n")
    mods = []
    if part == "email":
        source, file_name = "email", ""
        sender, subject = out.get("sender"), out.get("subject", "")
        if sender is None:
            sender, subject = out.get("mail") or mail_from(r, c, out.get("frm", "cafcass"))
        if r.random() < 0.3:
            text += "\n\n" + P(r, EMAIL_FOOTERS[lang] + (EMAIL_FOOTERS["en"][:2] if lang == "cy" else []))
            mods.append("footer")
    else:
        if part == "attachment":
            source = "email"
            sender, subject = out.get("mail") or mail_from(r, c, out.get("frm", "cafcass"), out.get("firm"), out.get("by"))
        else:
            source = P(r, t["sources"])
            sender, subject = "", ""
        file_name = uninformative_name(r, c, source, part, out.get("att_names"), family=(out.get("frm") == "party" or (bool(out.get("mail")) and kind is not None) or kind in FAMILY_PAPER))
        scanned = source == "scan" or (part == "attachment" and re.search(r"(?i)scan|img|image|\.jpe?g|\.png|\.tif|doc\d{8}|ccf|att", file_name))
        if scanned and r.random() < 0.55:
            if r.random() < 0.6:
                text = hard_wrap(text, r)
                mods.append("wrapped")
            if r.random() < 0.7:
                lvl = P(r, [1, 1, 2, 2, 3])
                text = ocr_noise(text, r, lvl)
                mods.append("ocr noise %d" % lvl)
    ex = {
        "id": None, "kind": kind, "language": lang, "part": part, "source": source, "file_name": file_name,
        "sender": sender or "", "subject": subject or "", "text": text,
    }
    sent_by_family = part == "attachment" and (out.get("mail") or out.get("frm") == "party")
    if kind is not None and part != "email" and out.get("doc_name") and not sent_by_family:
        ex["_conventional"] = "%s - %s - %s.pdf" % (c.case_name, c.cn, out["doc_name"])
    rc = out.get("record_class") or (c.status if c.status_used else None)
    if rc:
        ex["record_class"] = rc
    recipe = out.get("recipe") or "template %s" % t["name"]
    ex["recipe"] = "; ".join([recipe, "%s/%s/%s" % (kind or "null", lang, t["name"])] + mods)
    return ex


def load_kinds():
    try:
        import tomllib
        with open(KINDS_TOML, "rb") as f:
            data = tomllib.load(f)
        return [(k["id"], k["folder"]) for k in data["kind"]]
    except ImportError:
        text = open(KINDS_TOML, encoding="utf-8").read()
        return re.findall(r'id = "([^"]+)"\nfolder = "([^"]+)"', text)


EXTRA_EN = ["correspondence", "agency-information", "police-check", "letter-from-party", "detailed-recording"]
EXTRA_CY = ["letter-to-parties", "safeguarding-letter", "police-check"]
N_NULL = {"en": 12, "cy": 3}


def main():
    r = random.Random(SEED)
    kinds = load_kinds()
    kind_ids = [k for k, _ in kinds]
    folder_of = dict(kinds)
    for (k, lang) in TEMPLATES:
        assert k in folder_of, "template for unknown kind %s" % k
    examples = []
    for kid in kind_ids:
        en, cy = TEMPLATES[(kid, "en")], TEMPLATES[(kid, "cy")]
        assert len(en) >= 3 and len(cy) >= 1, "%s: %d en / %d cy templates" % (kid, len(en), len(cy))
        for lang, pool, n in (("en", en, 4 + (kid in EXTRA_EN)), ("cy", cy, 1 + (kid in EXTRA_CY))):
            order = list(pool)
            r.shuffle(order)
            for i in range(n):
                examples.append(build_example(r, kid, lang, order[i % len(order)]))
    for lang in ("en", "cy"):
        order = list(NULL_TEMPLATES[lang])
        r.shuffle(order)
        for i in range(N_NULL[lang]):
            examples.append(build_example(r, None, lang, order[i % len(order)]))
    # About a fifth of the named files get the conventional "{case name} - {case number} - {document}.pdf".
    eligible = [ex for ex in examples if ex.get("_conventional")]
    named = sum(1 for ex in examples if ex["file_name"])
    for ex in r.sample(eligible, round(0.2 * named)):
        ex["file_name"] = ex["_conventional"]
        ex["recipe"] += "; conventional name"
    for ex in examples:
        ex.pop("_conventional", None)
    r.shuffle(examples)
    for i, ex in enumerate(examples):
        ex["id"] = "h%04d" % (i + 1)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for ex in examples:
            f.write(json.dumps(ex, ensure_ascii=False) + "\n")
    validate(kind_ids, folder_of)


def validate(kind_ids, folder_of):
    rows = []
    with open(OUT, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            rows.append(json.loads(line))
    errors = []
    ids = Counter(x["id"] for x in rows)
    errors += ["duplicate id %s" % i for i, n in ids.items() if n > 1]
    keys_req = ["id", "kind", "language", "part", "source", "file_name", "sender", "subject", "text", "recipe"]
    for x in rows:
        for k in keys_req:
            if k not in x:
                errors.append("%s: missing %s" % (x.get("id"), k))
        if x["kind"] is not None and x["kind"] not in folder_of:
            errors.append("%s: unknown kind %s" % (x["id"], x["kind"]))
        if x["language"] not in ("en", "cy"):
            errors.append("%s: language" % x["id"])
        if x["part"] not in ("document", "email", "attachment") or x["source"] not in ("scan", "email", "tree", "upload"):
            errors.append("%s: part/source" % x["id"])
        if x["part"] == "email" and (x["file_name"] or not x["sender"] or x["source"] != "email"):
            errors.append("%s: email fields" % x["id"])
        if x["part"] == "attachment" and (not x["file_name"] or not x["sender"] or x["source"] != "email"):
            errors.append("%s: attachment fields" % x["id"])
        if x["part"] == "document" and (x["sender"] or x["subject"] or not x["file_name"] or x["source"] == "email"):
            errors.append("%s: document fields" % x["id"])
        if "record_class" in x and x["record_class"] not in RECORD_CLASSES:
            errors.append("%s: record_class %s" % (x["id"], x["record_class"]))
        if x["kind"] is not None and not x["text"].strip():
            errors.append("%s: empty text" % x["id"])
    texts = Counter(x["text"] for x in rows)
    errors += ["duplicate text (%d copies): %r" % (n, t[:60]) for t, n in texts.items() if n > 1]
    per_kind = Counter(x["kind"] for x in rows)
    for k in kind_ids:
        if per_kind[k] < 5:
            errors.append("kind %s has %d examples (< 5)" % (k, per_kind[k]))
    cn_re = re.compile(r"\b[A-Z]{2}\d{2}[A-Z]\d{5}\b")
    for x in rows:
        for m in re.finditer(r" - ([A-Z0-9]+) - ", x["file_name"]):
            if not cn_re.fullmatch(m.group(1)):
                errors.append("%s: case number in file name %s" % (x["id"], m.group(1)))

    lang = Counter(x["language"] for x in rows)
    print("examples: %d   languages: %s (cy %.1f%%)" % (len(rows), dict(sorted(lang.items())), 100.0 * lang["cy"] / len(rows)))
    print("null (kind = null): %d" % per_kind[None])
    print("parts: %s" % dict(sorted(Counter(x["part"] for x in rows).items())))
    print("sources: %s" % dict(sorted(Counter(x["source"] for x in rows).items())))
    named = [x for x in rows if x["file_name"]]
    conv = sum(1 for x in named if cn_re.search(x["file_name"]))
    print("conventional file names: %d of %d with a file name (%.0f%%)" % (conv, len(named), 100.0 * conv / len(named)))
    print("with OCR noise: %d   hard-wrapped: %d   empty subject (email/attachment): %d" % (
        sum("ocr noise" in x["recipe"] for x in rows), sum("wrapped" in x["recipe"] for x in rows),
        sum(1 for x in rows if x["part"] != "document" and not x["subject"])))
    rcs = Counter(x.get("record_class") for x in rows if x.get("record_class"))
    print("record_class set: %d (%.0f%%) %s" % (sum(rcs.values()), 100.0 * sum(rcs.values()) / len(rows), dict(sorted(rcs.items()))))
    words = sorted((len(x["text"].split()), x["id"]) for x in rows)
    print("words per text: min %d, median %d, max %d (%s)" % (words[0][0], words[len(words) // 2][0], words[-1][0], words[-1][1]))
    print("\nper folder (en/cy):")
    fol = defaultdict(Counter)
    for x in rows:
        fol[folder_of.get(x["kind"], "(null)")][x["language"]] += 1
    for f in sorted(fol):
        print("  %-22s %3d  (en %d, cy %d)" % (f, sum(fol[f].values()), fol[f]["en"], fol[f]["cy"]))
    print("\nper kind (en/cy):")
    pk = defaultdict(Counter)
    for x in rows:
        pk[x["kind"]][x["language"]] += 1
    for k in kind_ids + [None]:
        print("  %-26s %-20s %2d  (en %d, cy %d)" % (k or "null", folder_of.get(k, "-"), sum(pk[k].values()), pk[k]["en"], pk[k]["cy"]))
    if errors:
        print("\nVALIDATION FAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nvalidation OK: JSON parses, ids unique, all kind ids in kinds.toml, every kind >= 5 examples")


if __name__ == "__main__":
    main()
