#!/usr/bin/env python3
"""Generate training set J for the casevault document-routing classifier.

Welsh-first synthetic set: about 60% of the examples are Welsh, written as CAFCASS Cymru,
Welsh courts, cynghorau, heddluoedd, byrddau iechyd, Welsh-medium schools, solicitors,
parents and children write them. Standard library only, deterministic (fixed seed).

    python3 pipelines/routing/make_training_j.py

writes training-j.jsonl next to this script, validates it and prints the counts.
Every person, child, address, reference, telephone number, e-mail address and case number
in the output is invented.
"""
import json
import os
import random
import re
import sys
import tomllib
import unicodedata
from collections import Counter, defaultdict
from datetime import date, timedelta

SEED = 20250611
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "training-j.jsonl")
KINDS_TOML = os.path.join(HERE, "kinds.toml")

# ----------------------------------------------------------------------------------------------
# Welsh mutations
# ----------------------------------------------------------------------------------------------

def _case(src, out):
    if src[:1].isupper():
        return out[:1].upper() + out[1:]
    return out


def soft(w):
    lw = w.lower()
    for a, b in (("ll", "l"), ("rh", "r")):
        if lw.startswith(a):
            return _case(w, b + w[2:])
    if lw[:2] in ("ch", "ph", "th"):
        return w
    m = {"p": "b", "t": "d", "c": "g", "b": "f", "d": "dd", "g": "", "m": "f"}
    if lw[:1] in m:
        return _case(w, m[lw[:1]] + w[1:])
    return w


def nasal(w):
    lw = w.lower()
    if lw[:2] in ("ch", "ph", "th"):
        return w
    m = {"p": "mh", "t": "nh", "c": "ngh", "b": "m", "d": "n", "g": "ng"}
    if lw[:1] in m:
        return _case(w, m[lw[:1]] + w[1:])
    return w


def asp(w):
    lw = w.lower()
    if lw[:2] in ("ch", "ph", "th"):
        return w
    m = {"p": "ph", "t": "th", "c": "ch"}
    if lw[:1] in m:
        return _case(w, m[lw[:1]] + w[1:])
    if lw[:1] in "aeiouwyâêîôûŵŷ":
        return "h" + w
    return w


def yn_place(place):
    """'yn' + place name with nasal mutation: yng Nghaerdydd, ym Mangor, yn Abertawe."""
    if place.startswith("Yr ") or place.startswith("Y "):
        return "yn " + place[0].lower() + place[1:]
    m = nasal(place)
    if m.lower().startswith("ngh") or m.lower().startswith("ng"):
        return "yng " + m
    if m.lower().startswith("mh") or m.lower().startswith("m"):
        return "ym " + m
    return "yn " + m


MONTHS_CY = ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst",
             "Medi", "Hydref", "Tachwedd", "Rhagfyr"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
DAYS_CY = ["dydd Llun", "dydd Mawrth", "dydd Mercher", "dydd Iau", "dydd Gwener", "dydd Sadwrn",
           "dydd Sul"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ORD_CY = {1: "1af", 2: "2il", 3: "3ydd", 4: "4ydd", 5: "5ed", 6: "6ed", 7: "7fed", 8: "8fed",
          9: "9fed", 10: "10fed", 11: "11eg", 12: "12fed", 13: "13eg", 14: "14eg", 15: "15fed",
          16: "16eg", 17: "17eg", 18: "18fed", 19: "19eg", 20: "20fed"}
for _i in range(21, 32):
    ORD_CY[_i] = f"{_i}ain"


def dcy(d, style=0):
    if style == 1:
        return f"{DAYS_CY[d.weekday()]} {d.day} {MONTHS_CY[d.month - 1]} {d.year}"
    if style == 2:
        return f"{ORD_CY[d.day]} o {soft(MONTHS_CY[d.month - 1])} {d.year}"
    if style == 3:
        return d.strftime("%d/%m/%Y")
    if style == 4:
        return f"{d.day}.{d.month}.{d.strftime('%y')}"
    return f"{d.day} {MONTHS_CY[d.month - 1]} {d.year}"


def den(d, style=0):
    if style == 1:
        return f"{DAYS_EN[d.weekday()]} {d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    if style == 2:
        suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return f"{d.day}{suf} {MONTHS_EN[d.month - 1]} {d.year}"
    if style == 3:
        return d.strftime("%d/%m/%Y")
    if style == 4:
        return f"{d.day}.{d.month}.{d.strftime('%y')}"
    return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"


def ddate(lang, d, r, styles=(0, 0, 1, 2, 3)):
    s = r.choice(styles)
    return dcy(d, s) if lang == "cy" else den(d, s)


# ----------------------------------------------------------------------------------------------
# Invented people, real public bodies (no real record)
# ----------------------------------------------------------------------------------------------

REGIONS_CY = [
    # town_en, town_cy, north?, council_en, council_cy, council_dom, police, hb, prefix
    ("Caernarfon", "Caernarfon", True, "Gwynedd Council", "Cyngor Gwynedd", "gwynedd.llyw.cymru", "nw", "bcu", "CN"),
    ("Wrexham", "Wrecsam", True, "Wrexham County Borough Council", "Cyngor Bwrdeistref Sirol Wrecsam", "wrexham.gov.uk", "nw", "bcu", "WX"),
    ("Prestatyn", "Prestatyn", True, "Denbighshire County Council", "Cyngor Sir Ddinbych", "denbighshire.gov.uk", "nw", "bcu", "PR"),
    ("Mold", "Yr Wyddgrug", True, "Flintshire County Council", "Cyngor Sir y Fflint", "flintshire.gov.uk", "nw", "bcu", "MO"),
    ("Llandudno", "Llandudno", True, "Conwy County Borough Council", "Cyngor Bwrdeistref Sirol Conwy", "conwy.gov.uk", "nw", "bcu", "LD"),
    ("Llangefni", "Llangefni", True, "Isle of Anglesey County Council", "Cyngor Sir Ynys Môn", "ynysmon.llyw.cymru", "nw", "bcu", "LG"),
    ("Aberystwyth", "Aberystwyth", False, "Ceredigion County Council", "Cyngor Sir Ceredigion", "ceredigion.gov.uk", "dp", "hd", "AB"),
    ("Carmarthen", "Caerfyrddin", False, "Carmarthenshire County Council", "Cyngor Sir Caerfyrddin", "sirgar.gov.uk", "dp", "hd", "CM"),
    ("Haverfordwest", "Hwlffordd", False, "Pembrokeshire County Council", "Cyngor Sir Penfro", "pembrokeshire.gov.uk", "dp", "hd", "HV"),
    ("Llandrindod Wells", "Llandrindod", False, "Powys County Council", "Cyngor Sir Powys", "powys.gov.uk", "dp", "po", "LW"),
    ("Swansea", "Abertawe", False, "Swansea Council", "Cyngor Abertawe", "abertawe.gov.uk", "sw", "sb", "SA"),
    ("Cardiff", "Caerdydd", False, "Cardiff Council", "Cyngor Caerdydd", "caerdydd.gov.uk", "sw", "cv", "CF"),
    ("Pontypridd", "Pontypridd", False, "Rhondda Cynon Taf County Borough Council", "Cyngor Rhondda Cynon Taf", "rctcbc.gov.uk", "sw", "ctm", "PP"),
    ("Merthyr Tydfil", "Merthyr Tudful", False, "Merthyr Tydfil County Borough Council", "Cyngor Bwrdeistref Sirol Merthyr Tudful", "merthyr.gov.uk", "sw", "ctm", "MT"),
    ("Newport", "Casnewydd", False, "Newport City Council", "Cyngor Dinas Casnewydd", "newport.gov.uk", "gw", "ab", "NP"),
    ("Bridgend", "Pen-y-bont ar Ogwr", False, "Bridgend County Borough Council", "Cyngor Bwrdeistref Sirol Pen-y-bont ar Ogwr", "bridgend.gov.uk", "sw", "ctm", "BG"),
]

POLICE = {
    "nw": ("North Wales Police", "Heddlu Gogledd Cymru", "northwales.pnn.police.uk"),
    "dp": ("Dyfed-Powys Police", "Heddlu Dyfed-Powys", "dyfed-powys.pnn.police.uk"),
    "sw": ("South Wales Police", "Heddlu De Cymru", "south-wales.pnn.police.uk"),
    "gw": ("Gwent Police", "Heddlu Gwent", "gwent.pnn.police.uk"),
    "ch": ("Cheshire Constabulary", None, "cheshire.pnn.police.uk"),
    "wm": ("West Mercia Police", None, "westmercia.pnn.police.uk"),
    "as": ("Avon and Somerset Police", None, "avonandsomerset.police.uk"),
    "me": ("Merseyside Police", None, "merseyside.police.uk"),
}
HB = {
    "bcu": ("Betsi Cadwaladr University Health Board", "Bwrdd Iechyd Prifysgol Betsi Cadwaladr"),
    "hd": ("Hywel Dda University Health Board", "Bwrdd Iechyd Prifysgol Hywel Dda"),
    "po": ("Powys Teaching Health Board", "Bwrdd Iechyd Addysgu Powys"),
    "sb": ("Swansea Bay University Health Board", "Bwrdd Iechyd Prifysgol Bae Abertawe"),
    "cv": ("Cardiff and Vale University Health Board", "Bwrdd Iechyd Prifysgol Caerdydd a'r Fro"),
    "ctm": ("Cwm Taf Morgannwg University Health Board", "Bwrdd Iechyd Prifysgol Cwm Taf Morgannwg"),
    "ab": ("Aneurin Bevan University Health Board", "Bwrdd Iechyd Prifysgol Aneurin Bevan"),
    "en": ("NHS Foundation Trust", None),
}
REGIONS_EN = [
    ("Chester", "Cheshire West and Chester Council", "cheshirewestandchester.gov.uk", "ch", "Cafcass North West", "CH"),
    ("Hereford", "Herefordshire Council", "herefordshire.gov.uk", "wm", "Cafcass West Midlands", "HR"),
    ("Shrewsbury", "Shropshire Council", "shropshire.gov.uk", "wm", "Cafcass West Midlands", "SY"),
    ("Bristol", "Bristol City Council", "bristol.gov.uk", "as", "Cafcass South West", "BS"),
    ("Liverpool", "Liverpool City Council", "liverpool.gov.uk", "me", "Cafcass North West", "LV"),
]

BOYS_CY = ["Osian", "Elis", "Gruffydd", "Deio", "Tomos", "Iestyn", "Cai", "Harri", "Macsen", "Gethin",
           "Twm", "Ifan", "Llŷr", "Steffan", "Guto", "Morgan", "Jac", "Bedwyr", "Siôn", "Caio"]
GIRLS_CY = ["Gwenllian", "Cerys", "Megan", "Lowri", "Nel", "Efa", "Mali", "Llio", "Alaw", "Swyn",
            "Seren", "Nia", "Erin", "Ffion", "Mabli", "Begw", "Elan", "Gwenno", "Heledd", "Catrin"]
BOYS_EN = ["Kayden", "Oliver", "Tyler", "Jayden", "Riley", "Mason", "Alfie", "Logan", "Noah", "Ethan"]
GIRLS_EN = ["Ruby", "Amelia", "Lily-Mae", "Poppy", "Isla", "Maisie", "Evie", "Sophia", "Ava", "Harper"]
MEN = ["Dylan", "Rhys", "Gareth", "Aled", "Emyr", "Huw", "Iwan", "Dafydd", "Geraint", "Owain",
       "Dean", "Jason", "Craig", "Liam", "Kyle", "Wayne", "Carwyn", "Meirion", "Tudur", "Alun"]
WOMEN = ["Sioned", "Rhian", "Bethan", "Meinir", "Nerys", "Carys", "Elen", "Angharad", "Manon", "Delyth",
         "Kelly", "Leanne", "Stacey", "Jodie", "Chelsea", "Gemma", "Eirlys", "Non", "Mererid", "Glesni"]
SURNAMES = ["Jones", "Williams", "Davies", "Evans", "Thomas", "Roberts", "Hughes", "Lewis", "Morgan",
            "Griffiths", "Owen", "Parry", "Pritchard", "Rees", "Jenkins", "Price", "Bowen", "Vaughan",
            "Llewelyn", "Ellis", "Humphreys", "Wyn", "Morris", "Powell", "Howells", "Bevan", "Prosser",
            "Rowlands", "Gwilym", "Tudor", "Edwards", "Lloyd", "Meredith", "Probert", "Watkins", "Cadwaladr",
            "Madoc", "Eynon", "Harries", "Hopkins"]
ENG_SURNAMES = ["Smith", "Taylor", "Walker", "Wright", "Green", "Hall", "Clarke", "Turner", "Baker", "Cooper"]
STAFF_FIRST = ["Meinir", "Gwion", "Siân", "Heulwen", "Rhodri", "Nia", "Eleri", "Tegid", "Mared", "Arwel",
               "Ceri", "Lleucu", "Dyfrig", "Haf", "Iolo", "Ffion", "Gwawr", "Elfed", "Nest", "Bryn"]
STAFF_LAST = ["Haf Roberts", "Prys", "Elin Morgan", "Tomos", "ap Siôn", "Wyn Jenkins", "Rhisiart",
              "Gruffudd", "Puw", "Owens", "Lewis-Bowen", "Bebb", "Cynan", "Mathias", "Ifans", "Teifi"]
FIRMS = [("Pritchard Rowlands Cyfreithwyr", "pritchardrowlands.co.uk"), ("Morgan a Huws", "morganhuws.co.uk"),
         ("Llewelyn Owen Solicitors", "llewelynowen.co.uk"), ("Bowen Jenkins & Co", "bowenjenkins.co.uk"),
         ("Cyfreithwyr Tŷ Gwyn", "tygwyn-law.co.uk"), ("Eynon Madoc LLP", "eynonmadoc.co.uk"),
         ("Gwilym & Rees Family Law", "gwilymrees.co.uk"), ("Harries Probert Solicitors", "harriesprobert.co.uk"),
         ("Cyfraith Teulu Glannau", "glannau-law.co.uk"), ("Watkins Tudor Solicitors", "watkinstudor.co.uk")]
SCHOOLS = ["Ysgol Gymraeg Cwm Eithin", "Ysgol Gynradd Pant y Celyn", "Ysgol Bro Hafodlas", "Ysgol Gymraeg Nant Gwyrdd",
           "Ysgol Gynradd Tan y Foel", "Ysgol Uwchradd Bryn Hebog", "Ysgol Gyfun Gymraeg Cefn Onn", "Ysgol y Garreg Wen",
           "Ysgol Gymraeg Penrhiw", "Ysgol Gynradd Maes y Dderwen"]
SCHOOLS_EN = ["Oakfield Primary School", "St Dyfrig's RC Primary", "Millbrook Community Primary", "Parc Avenue Primary",
              "Riverside High School"]
STREETS = ["Stryd y Bont", "Ffordd Penlan", "Heol y Coleg", "Lôn Glan Môr", "Maes y Llan", "Stryd Fawr", "Heol Tyllwyd",
           "Ffordd yr Orsaf", "Cae Bach", "Rhes Victoria", "Heol Pant-y-dwr", "Clos yr Onnen", "Bryn Derwen",
           "Oakwood Close", "Station Road", "Chapel Street", "Brynheulog Terrace", "Maes Glas"]
CONTACT_CENTRES = ["Canolfan Gyswllt Teulu Tŷ Enfys", "Canolfan Gyswllt Llwybrau", "Tŷ Cwtsh Contact Centre",
                   "Harbwr Family Contact Service"]
PROVIDERS = [("Gwasanaeth Teulu Cadarn", "teulucadarn.org.uk"), ("Llwybr Newydd DAPP", "llwybrnewydd.org.uk"),
             ("Camau Bach Family Support", "camaubach.org.uk"), ("Tŷ Enfys Contact Services", "tyenfys.org.uk")]
EXPERTS = [("Dr Eleri Mathias", "Consultant Clinical Psychologist / Seicolegydd Clinigol Ymgynghorol", "mathiaspsych.co.uk"),
           ("Dr Rhodri Cynan", "Consultant Child and Adolescent Psychiatrist", "cynanassessments.co.uk"),
           ("Labordy Dadansoddi Gwallt Cymru", "hair strand testing laboratory", "lgwc-testing.co.uk"),
           ("Nerys Teifi", "Independent Social Worker / Gweithiwr Cymdeithasol Annibynnol", "teifi-isw.co.uk"),
           ("Dr Huw Bebb", "Consultant Forensic Psychologist", "bebbforensic.co.uk")]


class Kid:
    def __init__(self, name, g, dob, north):
        self.name, self.g, self.dob, self.north = name, g, dob, north

    @property
    def m(self):
        return self.g == "m"

    def age(self, on):
        a = on.year - self.dob.year - ((on.month, on.day) < (self.dob.month, self.dob.day))
        return max(a, 1)

    # Welsh possessive "ei" with the right mutation (masc soft, fem aspirate)
    def ei(self, w, prep=""):
        mw = soft(w) if self.m else asp(w)
        if prep in ("gyda", "efo", "a", "o", "â", "gan"):
            return f"{prep}'i {mw}"
        if prep == "i":
            return f"i'w {mw}"
        return f"ei {mw}"

    @property
    def fe(self):  # he/she pronoun
        return ("o" if self.north else "e") if self.m else "hi"

    def p(self, masc, fem):
        return masc if self.m else fem

    @property
    def he(self):
        return "he" if self.m else "she"

    @property
    def his(self):
        return "his" if self.m else "her"

    @property
    def him(self):
        return "him" if self.m else "her"


class Case:
    """One invented case: region, people, numbers, dates."""

    def __init__(self, r, law="P", wales=True):
        self.r = r
        self.law = law
        self.wales = wales
        if wales:
            (self.town_en, self.town_cy, self.north, self.council_en, self.council_cy, self.council_dom,
             pk, hk, pre) = r.choice(REGIONS_CY)
            self.police_en, self.police_cy, self.police_dom = POLICE[pk]
            self.hb_en, self.hb_cy = HB[hk]
            self.area_en = "CAFCASS Cymru"
            self.team_cy = "Tîm Gogledd Cymru" if self.north else r.choice(["Tîm Gorllewin Cymru", "Tîm De Cymru", "Tîm De-ddwyrain Cymru"])
            self.team_en = {"Tîm Gogledd Cymru": "North Wales team", "Tîm Gorllewin Cymru": "West Wales team",
                            "Tîm De Cymru": "South Wales team", "Tîm De-ddwyrain Cymru": "South East Wales team"}[self.team_cy]
        else:
            (self.town_en, self.council_en, self.council_dom, pk, self.area_en, pre) = r.choice(REGIONS_EN)
            self.town_cy = self.town_en
            self.north = False
            self.council_cy = self.council_en
            self.police_en, self.police_cy, self.police_dom = POLICE[pk]
            self.police_cy = self.police_en
            self.hb_en = f"{self.town_en} and District NHS Foundation Trust"
            self.hb_cy = self.hb_en
            self.team_cy = self.team_en = self.area_en
        self.yn_town = yn_place(self.town_cy)
        self.court_en = f"the Family Court sitting at {self.town_en}"
        self.court_cy = f"y Llys Teulu yn eistedd {self.yn_town}"
        self.court_mail = f"{self.town_en.split()[0].lower()}.{r.choice(['family', 'familycourt', 'privatelaw', 'publiclaw'])}@justice.gov.uk"
        yy = r.choice(["22", "23", "24", "25"])
        self.number = f"{pre}{yy}{law}{r.randint(0, 99999):05d}"
        self.year = 2000 + int(yy)
        self.today = date(self.year, 1, 1) + timedelta(days=r.randint(20, 340))
        if self.today.weekday() > 4:
            self.today -= timedelta(days=self.today.weekday() - 4)
        welshy = wales and r.random() < 0.8
        sur1, sur2 = r.sample(SURNAMES if welshy else SURNAMES + ENG_SURNAMES, 2)
        self.mother = f"{r.choice(WOMEN)} {sur1}"
        self.father = f"{r.choice(MEN)} {sur2}"
        self.mum_first, self.dad_first = self.mother.split()[0], self.father.split()[0]
        self.applicant_is_father = r.random() < 0.6
        if self.applicant_is_father:
            self.applicant, self.respondent = self.father, self.mother
        else:
            self.applicant, self.respondent = self.mother, self.father
        self.name = f"{self.applicant.split()[-1]} v {self.respondent.split()[-1]}"
        n = r.choice([1, 1, 1, 2, 2, 3])
        self.kids = []
        used = set()
        for i in range(n):
            g = r.choice("mf")
            pool = (BOYS_CY if g == "m" else GIRLS_CY) if (welshy or r.random() < 0.3) else (BOYS_EN if g == "m" else GIRLS_EN)
            nm = r.choice([x for x in pool if x not in used])
            used.add(nm)
            dob = self.today - timedelta(days=r.randint(365 * 2, 365 * 15))
            self.kids.append(Kid(nm, g, dob, self.north))
        self.kids.sort(key=lambda k: k.dob)
        self.kid = self.kids[0]
        self.kid_surname = r.choice([sur1, sur2])
        self.gp_name = f"{r.choice(['Nain', 'Taid'] if self.north else ['Mamgu', 'Tad-cu'])}"
        self.gp_female = r.random() < 0.6
        self.grandparent = f"{r.choice(WOMEN if self.gp_female else MEN)} {r.choice([sur1, sur2])}"
        self.gp_role_cy = ("nain" if self.north else "mamgu") if self.gp_female else ("taid" if self.north else "tad-cu")
        self.gp_role_en = "grandmother" if self.gp_female else "grandfather"
        self.partner = f"{r.choice(MEN + WOMEN)} {r.choice(SURNAMES + ENG_SURNAMES)}"
        self.fca = f"{r.choice(STAFF_FIRST)} {r.choice(STAFF_LAST)}"
        self.pm = f"{r.choice(STAFF_FIRST)} {r.choice(STAFF_LAST)}"
        self.sw = f"{r.choice(WOMEN + MEN)} {r.choice(SURNAMES)}"
        self.judge_cy = r.choice([f"Barnwr Rhanbarth {r.choice(SURNAMES)}", f"y Barnwr Cylchdaith {r.choice(SURNAMES)}",
                                  f"EA y Barnwr {r.choice(SURNAMES)}", "y Fainc Ynadon"])
        self.judge_en = r.choice([f"District Judge {r.choice(SURNAMES)}", f"HHJ {r.choice(SURNAMES)}",
                                  f"Her Honour Judge {r.choice(SURNAMES)}", "the lay justices"])
        self.firm_m = r.choice(FIRMS)
        self.firm_f = r.choice([f for f in FIRMS if f != self.firm_m])
        self.firm_c = r.choice([f for f in FIRMS if f not in (self.firm_m, self.firm_f)])
        self.sol_m = f"{r.choice(WOMEN + MEN)} {r.choice(SURNAMES)}"
        self.sol_f = f"{r.choice(WOMEN + MEN)} {r.choice(SURNAMES)}"
        self.sol_c = f"{r.choice(WOMEN + MEN)} {r.choice(SURNAMES)}"
        self.lawyer = f"{r.choice(STAFF_FIRST)} {r.choice(STAFF_LAST)}"
        young = self.kid.age(self.today) < 11
        pool = [x for x in (SCHOOLS if welshy else SCHOOLS + SCHOOLS_EN) if (("Uwchradd" in x or "Gyfun" in x or "High" in x) != young)]
        self.school = r.choice(pool)
        self.centre = r.choice(CONTACT_CENTRES)
        self.provider = r.choice(PROVIDERS)
        self.expert = r.choice(EXPERTS)
        self.addr_m = f"{r.randint(1, 88)} {r.choice(STREETS)}, {self.town_cy if r.random() < 0.6 else self.town_en}"
        self.addr_f = f"{r.randint(1, 88)} {r.choice(STREETS)}, {r.choice([self.town_cy, self.town_en, 'Bangor', 'Llanelli', 'Dinbych', 'Porthmadog', 'Aberdâr', 'Llanrwst'])}"
        self.phone = f"07{r.randint(700, 999)} {r.randint(100000, 999999)}"
        self.office_phone = r.choice([f"0{r.choice(['1248', '1286', '1978', '1745', '1970', '1267', '1437', '1792', '1443', '1633', '1597'])} {r.randint(100000, 999999)}",
                                      f"029 20{r.randint(10, 99)} {r.randint(1000, 9999)}", f"0300 {r.randint(100, 999)} {r.randint(1000, 9999)}"])
        self.ref = f"{r.choice(['CS', 'GP', 'MASH', 'CYF', 'ASC'])}/{r.randint(10000, 99999)}"
        self.hearing = self.today + timedelta(days=r.randint(10, 90))
        self.prev_number = f"{pre}{int(yy) - r.randint(2, 5):02d}P{r.randint(0, 99999):05d}"

    # helpers
    def kid_aged(self, lo, hi, idx=0):
        """Make the idx-th child's age fall in [lo, hi] (for children's own writing, meetings with the judge)."""
        k = self.kids[idx]
        if not lo <= k.age(self.today) <= hi:
            k.dob = self.today - timedelta(days=365 * self.r.randint(lo, hi) + self.r.randint(20, 330))
        return k

    def d(self, lang, delta=0, styles=(0, 0, 1, 2, 3)):
        day = self.today + timedelta(days=delta)
        if day.weekday() > 4:  # courts and offices: move weekend dates to the Monday
            day += timedelta(days=7 - day.weekday())
        return ddate(lang, day, self.r, styles)

    def kids_names(self, lang):
        names = [k.name for k in self.kids]
        if len(names) == 1:
            return names[0]
        joiner = " a " if lang == "cy" else " and "
        if lang == "cy" and names[-1][0].lower() in "aeiouyw":
            joiner = " ac "
        return ", ".join(names[:-1]) + joiner + names[-1]

    def kids_dob(self, lang):
        return "; ".join(f"{k.name} {self.kid_surname} ({ddate(lang, k.dob, self.r, (3,))})" for k in self.kids)

    @property
    def plural(self):
        return len(self.kids) > 1

    @property
    def nain(self):
        return "nain" if self.north else "mamgu"

    @property
    def taid(self):
        return "taid" if self.north else "tad-cu"

    @property
    def gyda(self):
        return "efo" if self.north else "gyda"

    @property
    def isio(self):
        return "isio" if self.north else "moyn"

    @property
    def rwan(self):
        return "rŵan" if self.north else "nawr"

    def staff_mail(self, name):
        parts = name.lower().replace("ap ", "ap").replace("'", "").split()
        base = f"{parts[0]}.{parts[-1]}"
        base = unicodedata.normalize("NFD", base)
        base = "".join(ch for ch in base if not unicodedata.combining(ch))
        return base


def strip_diacritics(s):
    s = unicodedata.normalize("NFD", s)
    return unicodedata.normalize("NFC", "".join(ch for ch in s if not unicodedata.combining(ch)))


def mailpart(name):
    return strip_diacritics(name.lower().replace("'", "").replace(" ", ".").replace("&", "and"))


# ----------------------------------------------------------------------------------------------
# Noise: OCR, lost diacritics, mojibake
# ----------------------------------------------------------------------------------------------

OCR_SUBS = [("rn", "m"), ("m", "rn"), ("l", "1"), ("I", "l"), ("O", "0"), ("cl", "d"), ("d", "cl"),
            ("fi", "ﬁ"), ("e", "c"), ("h", "b"), ("ll", "11"), ("dd", "cld"), ("th", "tb"), ("w", "vv"),
            ("ŵ", "w"), ("ŷ", "y"), ("â", "a"), ("ô", "o"), ("ê", "e"), ("î", "i"), ("ŵ", "w'"),
            ("â", "á"), ("y", "v"), ("f", "t"), ("a", "o"), (",", "."), ("i", "î")]
WELSH_DIAC = "ŵŷâêîôûïëŴŶÂÊÎÔÛ"


def ocr_noise(text, r, rate=0.05):
    out_lines = []
    for line in text.split("\n"):
        words = line.split(" ")
        nw = []
        for w in words:
            if w and any(ch in WELSH_DIAC for ch in w) and r.random() < 0.5:
                w = strip_diacritics(w)
            if w and r.random() < rate:
                opts = [(a, b) for a, b in OCR_SUBS if a in w]
                if opts:
                    a, b = r.choice(opts)
                    i = w.find(a)
                    w = w[:i] + b + w[i + len(a):]
            if len(w) > 6 and r.random() < rate / 3:
                k = r.randint(2, len(w) - 2)
                w = w[:k] + " " + w[k:]
            nw.append(w)
        line = " ".join(nw)
        if r.random() < 0.03:
            line = line + r.choice([" '", " ~", " ¦", " .", " »", " |"])
        out_lines.append(line)
    if r.random() < 0.3:
        out_lines.insert(0, r.choice(["'", ". ,", "|", "~ .", "i"]))
    return "\n".join(out_lines)


def mojibake(text):
    out = []
    for ch in text:
        if ord(ch) > 127:
            try:
                out.append(ch.encode("utf-8").decode("cp1252"))
            except UnicodeDecodeError:
                out.append("?")
        else:
            out.append(ch)
    return "".join(out)


# ----------------------------------------------------------------------------------------------
# Senders, subjects, e-mail furniture
# ----------------------------------------------------------------------------------------------

WEBMAIL = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "icloud.com", "btinternet.com", "live.co.uk"]


def sender_for(voice, c, r):
    if voice in ("cafcass", "internal"):
        if c.wales:
            return r.choice([f"{mailpart(c.fca)}@gov.wales", f"{mailpart(c.pm)}@gov.wales",
                             f"cafcasscymru.{r.choice(['gogledd', 'deorllewin', 'caerdydd', 'gweinyddu'])}@gov.wales"])
        return f"{mailpart(c.fca)}@cafcass.gov.uk"
    if voice == "court":
        return c.court_mail
    if voice == "la":
        return r.choice([f"{mailpart(c.sw)}@{c.council_dom}",
                         f"{r.choice(['diogelu.plant', 'mash', 'childrensservices', 'gwasanaethauplant', 'iaa', 'duty.team'])}@{c.council_dom}"])
    if voice == "police":
        return r.choice([f"{r.choice(['disclosure.unit', 'ppu.datgelu', 'safeguarding.checks', 'cafcass.checks', 'pvp.hub'])}@{c.police_dom}",
                         f"{mailpart(r.choice(WOMEN + MEN))}.{r.randint(1000, 9999)}@{c.police_dom}"])
    if voice == "health":
        dom = "wales.nhs.uk" if c.wales else "nhs.net"
        return f"{mailpart(r.choice(WOMEN + MEN) + ' ' + r.choice(SURNAMES))}@{dom}"
    if voice == "school":
        return r.choice([f"{mailpart(r.choice(WOMEN + MEN) + ' ' + r.choice(SURNAMES))}@hwbmail.net",
                         f"pennaeth@{mailpart(c.school.split()[-1])}.{c.council_dom.split('.')[0]}.sch.uk",
                         f"admin@{mailpart(c.school.split()[-1])}.sch.uk"])
    if voice in ("sol_m", "sol_f", "sol_c"):
        firm = {"sol_m": c.firm_m, "sol_f": c.firm_f, "sol_c": c.firm_c}[voice]
        who = {"sol_m": c.sol_m, "sol_f": c.sol_f, "sol_c": c.sol_c}[voice]
        return f"{mailpart(who)}@{firm[1]}"
    if voice in ("parent_m", "parent_f", "child", "parent", "gp"):
        who = {"parent_m": c.mother, "parent_f": c.father, "gp": c.grandparent}.get(voice, r.choice([c.mother, c.father]))
        first, last = mailpart(who).split(".")[:2]
        return r.choice([f"{first}{last}{r.randint(1, 99)}@{r.choice(WEBMAIL)}", f"{first}.{last}@{r.choice(WEBMAIL)}",
                         f"{first}{r.choice(['x', '_', ''])}{r.randint(80, 99)}@{r.choice(WEBMAIL)}"])
    if voice == "provider":
        return f"{r.choice(['reports', 'contact', 'gwybodaeth', 'referrals'])}@{c.provider[1]}"
    if voice == "expert":
        return f"{r.choice(['admin', 'reports', 'office'])}@{c.expert[2]}"
    if voice == "legal":
        return f"{mailpart(c.lawyer)}@gov.wales" if c.wales else f"{mailpart(c.lawyer)}@cafcass.gov.uk"
    if voice == "probation":
        return f"{r.choice(['cafcass.enquiries', 'safeguarding.wales', 'spoc.gogledd'])}@justice.gov.uk"
    if voice == "marac":
        return r.choice([f"marac@{c.council_dom}", f"marac.coordinator@{c.police_dom}"])
    if voice == "yjs":
        return f"yjs@{c.council_dom}"
    if voice == "spam":
        return r.choice(["no-reply@mailbox-alerts.example.com", "events@familylaw-cpd.example.co.uk", "sales@dms-demo.example.io",
                         f"it-support{r.randint(1, 99)}@secure-verify.example.net"])
    return ""


def generic_subject(c, r, lang):
    kid = c.kid.name
    return r.choice([
        "", "", f"{c.number}", f"RE: {c.number} {c.name}", f"{c.name} - {c.number}",
        f"FW: {c.number}", f"Achos {c.number}" if lang == "cy" else f"Case {c.number}",
        f"{kid} {c.kid_surname}", f"[SWYDDOGOL-SENSITIF] {c.number}" if lang == "cy" else f"[OFFICIAL-SENSITIVE] {c.number}",
        f"Ynghlwm - {c.number}" if lang == "cy" else f"Attached - {c.number}",
        f"SECURE: {c.name}",
    ])


def email_header(c, r, lang, sender, subject, to=None):
    when = c.today + timedelta(days=r.randint(-3, 0))
    t = f"{r.randint(7, 18):02d}:{r.randint(0, 59):02d}"
    to = to or r.choice([f"{mailpart(c.fca)}@gov.wales" if c.wales else f"{mailpart(c.fca)}@cafcass.gov.uk",
                         "busnes.cymorth@gov.wales" if c.wales else "intake@cafcass.gov.uk"])
    if lang == "cy":
        return (f"Oddi wrth: {sender}\nAnfonwyd: {dcy(when, 1)} {t}\nAt: {to}\nPwnc: {subject}\n")
    return (f"From: {sender}\nSent: {den(when, 1)} {t}\nTo: {to}\nSubject: {subject}\n")


def disclaimer(voice, c, r, lang):
    if voice in ("cafcass", "legal", "internal") and c.wales:
        return ("Rydym yn croesawu gohebiaeth yn Gymraeg. Byddwn yn ateb gohebiaeth a dderbynnir yn Gymraeg yn Gymraeg, "
                "ac ni fydd gohebu yn Gymraeg yn arwain at oedi.\nWe welcome correspondence in Welsh. Correspondence "
                "received in Welsh will be answered in Welsh, and corresponding in Welsh will not lead to a delay.")
    if voice == "la":
        return r.choice([
            "Mae'r neges hon a'i hatodiadau yn gyfrinachol ac wedi'u bwriadu ar gyfer y derbynnydd yn unig. "
            "Os cawsoch hi trwy gamgymeriad, rhowch wybod i'r anfonwr a dilëwch hi.\nThis message and its attachments "
            "are confidential and intended only for the recipient. If you received it in error please tell the sender and delete it.",
            f"{c.council_cy} / {c.council_en}\nCroesewir gohebiaeth yn Gymraeg / Correspondence in Welsh is welcomed."])
    if voice == "police":
        return ("RHYBUDD: Mae'r e-bost hwn wedi'i ddosbarthu'n SWYDDOGOL-SENSITIF. WARNING: This e-mail is classified "
                "OFFICIAL-SENSITIVE and is intended for the addressee only.")
    if voice in ("parent_m", "parent_f", "parent", "child", "gp"):
        return r.choice(["Anfonwyd o fy iPhone", "Sent from my iPhone", "Sent from my Galaxy", "Anfonwyd o Outlook ar gyfer Android",
                         "Get Outlook for Android"])
    if voice in ("sol_m", "sol_f", "sol_c"):
        return ("Mae'r cwmni hwn wedi'i awdurdodi a'i reoleiddio gan yr Awdurdod Rheoleiddio Cyfreithwyr. "
                "This firm is authorised and regulated by the Solicitors Regulation Authority. Beware of cyber crime: "
                "we will never change our bank details by e-mail.")
    if voice == "health":
        return "Mae GIG Cymru yn croesawu gohebiaeth yn Gymraeg. NHS Wales welcomes correspondence in Welsh." if c.wales else \
            "This e-mail is confidential and may contain patient information."
    return ""


def quote_block(c, r, lang, sender):
    when = c.today - timedelta(days=r.randint(1, 9))
    if lang == "cy":
        head = r.choice([f"-----Neges Wreiddiol-----\nOddi wrth: {sender}\nAnfonwyd: {dcy(when, 1)}",
                         f"Ar {soft(dcy(when, 1))}, {sender} ysgrifennodd:"])
        body = r.choice(["Bore da, a oes diweddariad ar yr achos hwn os gwelwch yn dda?",
                         "Diolch am hyn. Byddaf mewn cysylltiad.",
                         f"A allwch gadarnhau derbyn? {c.number}",
                         "Helo, jyst yn gyrru hwn ymlaen. Diolch"])
    else:
        head = r.choice([f"-----Original Message-----\nFrom: {sender}\nSent: {den(when, 1)}",
                         f"On {den(when, 1)}, {sender} wrote:"])
        body = r.choice(["Morning, is there any update on this one please?", "Thanks, will come back to you.",
                         f"Please confirm receipt. {c.number}", "Forwarding as discussed."])
    return "\n\n" + head + "\n> " + body.replace("\n", "\n> ")


# ----------------------------------------------------------------------------------------------
# File names
# ----------------------------------------------------------------------------------------------

def plain_file_name(r, part, source, c):
    if part == "email":
        return r.choice(["message.eml", "neges.eml", f"RE_ {c.number}.msg", f"{c.number}.eml", "FW_.msg", "email.eml",
                         f"{r.randint(100000, 999999)}.eml"])
    if source == "scan":
        return r.choice([f"scan_{r.randint(1, 999):04d}.pdf", f"SKM_C308{r.randint(10**10, 10**11 - 1)}.pdf",
                         f"Sganio_{r.randint(1, 300):04d}.pdf", f"img{r.randint(1, 99):03d}.tif",
                         f"{c.today.strftime('%Y%m%d')}{r.randint(100000, 999999)}.pdf", f"DOC{r.randint(1000, 9999)}.PDF",
                         f"CCF{c.today.strftime('%d%m%Y')}.jpg"])
    if source == "tree":
        return r.choice([f"Dogfen{r.randint(1, 9)}.docx", "New Microsoft Word Document.docx", f"{c.kid.name} {c.today.strftime('%d.%m.%y')}.doc",
                         f"{c.kid.name.lower()} notes.docx", f"ffeil {c.number}.doc", f"{c.number} v2.docx", "drafft terfynol.docx",
                         f"{c.applicant.split()[-1]} {c.today.strftime('%b %Y')}.rtf", "Copy of doc.docx", "nodiadau.docx"])
    if source == "upload":
        return r.choice([f"upload_{r.randint(10000, 99999)}.pdf", f"IMG_{r.randint(1000, 9999)}.JPG", "document.pdf",
                         f"WhatsApp Image {c.today.isoformat()} at {r.randint(10, 22)}.{r.randint(10, 59)}.{r.randint(10, 59)}.jpeg",
                         f"{c.number}.pdf", "Dogfen.pdf", f"Screenshot_{c.today.strftime('%Y%m%d')}-{r.randint(100000, 235959)}.png"])
    return r.choice([f"ATT{r.randint(1, 99):05d}.pdf", "image001.png", f"{c.number}.pdf", "Document.pdf",
                     f"scan{r.randint(1, 50)}.pdf", f"Ymateb {c.number}.pdf", f"{c.kid.name}.docx", "Letter.pdf", "Llythyr.pdf",
                     f"{c.today.strftime('%Y-%m-%d')}.pdf", "doc00123420240311.pdf"])


def safe_name(s):
    s = re.sub(r'[/\\:*?"<>|]', "-", s)
    return s.strip(" .")[:200]


# ----------------------------------------------------------------------------------------------
# Template registry
# ----------------------------------------------------------------------------------------------
# A template is a function (c: Case, r: Random) -> dict(text=..., subject=..., record_class=...).
# In the text, "## " marks the key heading (may be dropped: nohead), "@@" a letterhead line (may be
# cut off a scan: lhcut) and "<<PB>>" a page break (first page only: p1).

EMAIL = (("email", "email", 1),)
DOC = (("document", "scan", 4), ("document", "upload", 1), ("document", "tree", 1), ("attachment", "email", 3))
SCANNED = (("document", "scan", 6), ("attachment", "email", 1), ("document", "upload", 2))
ATTACH = (("attachment", "email", 5), ("document", "scan", 2), ("document", "upload", 1))
TREE = (("document", "tree", 4), ("document", "scan", 1), ("attachment", "email", 1))

TEMPLATES = []


def tpl(kind, lang, modes, voice, law=None, docname=None, wales=True):
    def deco(fn):
        TEMPLATES.append(dict(kind=kind, lang=lang, modes=modes, voice=voice, law=law, fn=fn,
                              docname=docname, wales=wales, fname=fn.__name__))
        return fn
    return deco


STATUS = {
    "child-protection": ("Record class: Child Protection - s47 enquiries", "Dosbarth cofnod: Amddiffyn Plant - ymholiadau adran 47"),
    "looked-after-child": ("File status: Looked After Child", "Statws y ffeil: Plentyn sy'n Derbyn Gofal"),
    "adult-posing-risk": ("File type: Adult who poses a risk to children", "Math o ffeil: Oedolyn sy'n peri risg i blant"),
    "foster-carers": ("Record: Foster carer file", "Cofnod: Ffeil gofalwyr maeth"),
    "adoption": ("Record class: Adoption", "Dosbarth cofnod: Mabwysiadu"),
    "missing-person": ("Record: CPR missing person record", "Cofnod: Cofnod person coll (CPR)"),
    "other-childrens-social-care": ("File status: Child in need - other children's social care file",
                                    "Statws y ffeil: Plentyn mewn angen - ffeil gofal cymdeithasol plant arall"),
}


def status_line(lang, cls):
    en, cy = STATUS[cls]
    return cy if lang == "cy" else en


def pick(r, *opts):
    return r.choice(opts)


def sig_cy(c, r, who=None, role=None):
    who = who or c.fca
    role = role or pick(r, "Ymgynghorydd Llys Teulu", "Ymgynghorydd Llys Teulu (YLlT)", "Gweithiwr Cymdeithasol Llys Teulu")
    return f"{pick(r, 'Yn gywir', 'Yr eiddoch yn gywir', 'Cofion', 'Yn gywir iawn')},\n\n{who}\n{role}\nCAFCASS Cymru"


def sig_en(c, r, who=None, role=None):
    who = who or c.fca
    role = role or pick(r, "Family Court Adviser", "Family Court Adviser (FCA)", "Family Court Social Worker")
    org = "CAFCASS Cymru" if c.wales else "Cafcass"
    return f"{pick(r, 'Yours sincerely', 'Kind regards', 'Yours faithfully', 'Regards')},\n\n{who}\n{role}\n{org}"


def letterhead(c, r, lang):
    if c.wales:
        if lang == "cy":
            return f"@@CAFCASS Cymru | {c.team_cy}\n@@Llywodraeth Cymru / Welsh Government\n@@Ffôn: {c.office_phone}"
        return f"@@CAFCASS Cymru | {c.team_en}\n@@Welsh Government / Llywodraeth Cymru\n@@Tel: {c.office_phone}"
    return f"@@Cafcass | {c.area_en}\n@@Tel: {c.office_phone}"


# ----------------------------------------------------------------------------------------------
# case-information
# ----------------------------------------------------------------------------------------------

def log_entries(c, r, lang, n):
    kid = c.kid
    cy = [
        ("Dyrannu", f"Achos wedi'i ddyrannu i {c.fca} gan {c.pm} (Rheolwr Ymarfer)."),
        ("Gwiriadau", f"Gwiriadau diogelu wedi'u hanfon at {c.police_cy} a {c.council_cy}."),
        ("Llythyr allan", "Llythyrau croeso wedi'u hanfon at y ddau barti, yn Gymraeg ac yn Saesneg."),
        ("Gwiriadau", "Ymateb gan yr heddlu wedi dod i law - wedi'i gadw yn y ffolder gwybodaeth yr heddlu."),
        ("Galwad ffôn", f"Siarad â'r fam ({c.mother}). Mae'n dymuno i'r gwaith gael ei wneud yn Gymraeg. Pryderon am yfed y tad."),
        ("Galwad ffôn", "Ceisio ffonio'r tad - dim ateb. Neges llais wedi'i gadael yn gofyn iddo ffonio'n ôl."),
        ("Galwad ffôn", f"Siarad â'r tad ({c.father}). Dywedodd nad yw wedi gweld {kid.name} ers {r.randint(3, 20)} wythnos."),
        ("Trafodaeth reolwr", f"Trafod gyda {c.pm}: cytuno bod angen risk assessment pellach cyn argymell contact heb oruchwyliaeth."),
        ("Gwrandawiad llys", f"FHDRA wedi'i fynychu {c.yn_town}. Adroddiad a.7 wedi'i orchymyn - ffeilio erbyn {c.d('cy', 70)}."),
        ("Ymweliad cartref", f"Ymweliad â chartref y fam. Gweld {kid.name} ar {kid.p('ei ben ei hun', 'ei phen ei hun')}. Gweler y cofnod manwl."),
        ("E-bost i mewn", "E-bost gan gyfreithiwr y tad yn gofyn am ddiweddariad. Ateb wedi'i anfon yr un diwrnod."),
        ("Ymweliad ysgol", f"Gweld {kid.name} yn {c.school}. Siarad â'r DSL wedyn."),
        ("Adroddiad", "Adroddiad wedi'i ffeilio â'r llys a chopi wedi'i anfon at y ddau barti."),
        ("Nodyn achos", f"Mam wedi ffonio'r swyddfa yn ofidus - {kid.name} yn gwrthod mynd i'r ysgol. Neges i'r YLlT."),
        ("E-bost allan", f"Anfon cyfeiriad at {c.centre} ar gyfer contact dan oruchwyliaeth."),
    ]
    en = [
        ("Allocation", f"Case allocated to {c.fca} by {c.pm} (Practice Manager)."),
        ("Checks", f"Safeguarding checks sent to {c.police_en} and {c.council_en}."),
        ("Letter out", "Introductory letters sent to both parties."),
        ("Checks", "Police response received - saved to police information."),
        ("Telephone call", f"Spoke to mother ({c.mother}). She prefers to speak Welsh; says \"dwi jyst isio i hyn orffen\" (I just want this to end)."),
        ("Telephone call", "Attempted call to father - no answer, voicemail left."),
        ("Telephone call", f"Spoke to father ({c.father}). He has not seen {kid.name} for {r.randint(3, 20)} weeks."),
        ("Management discussion", f"Discussed with {c.pm}: further risk assessment needed before recommending unsupervised time."),
        ("Court hearing", f"Attended FHDRA at {c.town_en}. s7 report ordered, to be filed by {c.d('en', 70)}."),
        ("Home visit", f"Home visit to mother. Saw {kid.name} alone in {kid.his} bedroom. See detailed recording."),
        ("Email in", "Email from father's solicitor asking for an update. Replied same day."),
        ("School visit", f"Saw {kid.name} at {c.school}; spoke to DSL afterwards."),
        ("Report", "Report filed with the court and served on both parties."),
        ("Case note", f"Mother rang the office upset - {kid.name} refusing school. Message passed to FCA."),
    ]
    pool = cy if lang == "cy" else en
    chosen = r.sample(pool, min(n, len(pool)))
    out = []
    d = c.today - timedelta(days=r.randint(40, 120))
    for head, txt in chosen:
        d = d + timedelta(days=r.randint(1, 12))
        out.append((d, f"{r.randint(8, 17):02d}:{r.choice(['00', '05', '14', '22', '30', '41', '52'])}", head, txt))
    return out


@tpl("contact-log", "cy", TREE, "cafcass", docname=("Case recordings export", "Cofnodion achos"))
def contact_log_iris(c, r):
    rows = log_entries(c, r, "cy", r.randint(5, 9))
    lines = [f"## Cofnodion Achos - allforiad IRIS", f"Rhif yr achos: {c.number}    Enw'r achos: {c.name}",
             f"Iaith y cofnodion: Cymraeg", ""]
    for d, t, h, txt in rows:
        who = pick(r, c.fca, c.fca, c.pm, "Cymorth Busnes")
        lines.append(f"{dcy(d, 3)} {t} | {h} | {who}\n{txt}\n")
    return dict(text="\n".join(lines))


@tpl("contact-log", "cy", SCANNED, "cafcass", docname=("Contact log", "Log cyswllt"))
def contact_log_old_scan(c, r):
    rows = log_entries(c, r, "cy", r.randint(4, 7))
    body = "\n".join(f"{dcy(d, 3)}\t{h}\t{txt}" for d, t, h, txt in rows)
    return dict(text=f"## LOG CYSWLLT\n{c.number} - {c.name}\nDyddiad\tPennawd\tCrynodeb\n{body}\n\nTudalen {r.randint(1, 4)} o {r.randint(4, 6)}")


@tpl("contact-log", "cy", ATTACH, "cafcass", docname=("Running record", "Cofnod rhedegol"))
def contact_log_bilingual(c, r):
    rows = log_entries(c, r, "cy", r.randint(4, 6))
    rows_en = log_entries(c, r, "en", 2)
    lines = [f"Dyddiad / Date | Math / Type | Gan / By | Crynodeb / Summary", "-" * 60]
    for d, t, h, txt in rows:
        lines.append(f"{dcy(d, 3)} {t} | {h} | {pick(r, c.fca, 'Cymorth Busnes', c.pm)} | {txt}")
    for d, t, h, txt in rows_en:
        lines.append(f"{den(d, 3)} {t} | {h} | Duty FCA | {txt}")
    return dict(text=f"{c.number}  {c.kid.name} {c.kid_surname}\n" + "\n".join(lines))


@tpl("contact-log", "cy", SCANNED, "cafcass")
def contact_log_page(c, r):
    rows = log_entries(c, r, "cy", r.randint(3, 5))
    pg = r.randint(2, 6)
    body = "\n\n".join(f"{dcy(d, 0)} {t}\nPennawd: {h}\nCofnodwyd gan: {pick(r, c.fca, 'Swyddog Cymorth Busnes')}\n{txt}" for d, t, h, txt in rows)
    return dict(text=f"...parhad\n\n{body}\n\n{c.number} | Tudalen {pg} o {pg + r.randint(1, 5)} | SWYDDOGOL - SENSITIF")


@tpl("contact-log", "en", DOC, "cafcass", docname=("Contact log", "Log cyswllt"))
def contact_log_ecms(c, r):
    rows = log_entries(c, r, "en", r.randint(5, 8))
    lines = [f"## Contact Log Report", f"Case: {c.name}   Case number: {c.number}", f"Generated: {c.d('en', 0, (3,))}", ""]
    for d, t, h, txt in rows:
        lines.append(f"{den(d, 3)} {t}  [{h}]  {pick(r, c.fca + ' - FCA', 'Business Services Officer', c.pm + ' - Service Manager')}\n    {txt}")
    return dict(text="\n".join(lines))


@tpl("contact-log", "en", ATTACH, "cafcass")
def contact_log_extract_en(c, r):
    rows = log_entries(c, r, "en", r.randint(3, 5))
    out = [f"Entries {r.randint(10, 40)}-{r.randint(41, 60)} of case {c.number}"]
    for d, t, h, txt in rows:
        out.append(f"Date/time: {den(d, 3)} {t}\nHeading: {h}\nEntered by: {pick(r, c.fca, 'Duty Practitioner', 'Business Support')}\nEntry: {txt}\nModified: no")
    return dict(text="\n---\n".join(out))


# WTFH outcome -------------------------------------------------------------------------------

def boxes(r, items, style=None):
    style = style or r.choice(["x", "u", "yn"])
    out = []
    for label, on in items:
        if style == "x":
            out.append(f"[{'X' if on else ' '}] {label}")
        elif style == "u":
            out.append(f"{'☒' if on else '☐'} {label}")
        else:
            out.append(f"{label}   Ie  Na" if r.random() < 0.5 else f"{label}: {'Ie' if on else 'Na'}")
    return "\n".join(out)


@tpl("wtfh-outcome", "cy", ATTACH, "cafcass", law="P", docname=("FHDRA outcome", "Canlyniad FHDRA"))
def wtfh_iris_boxes(c, r):
    agreed = r.random() < 0.4
    items = [("Cytundeb llawn rhwng y partïon", agreed), ("Cytundeb rhannol / interim", not agreed),
             ("Cyfeirio at Gweithio Gyda'n Gilydd er Mwyn Plant (WT4C)", r.random() < 0.6),
             ("Adroddiad a.7 wedi'i orchymyn", not agreed and r.random() < 0.7),
             ("Gwrandawiad canfod ffeithiau wedi'i restru", r.random() < 0.2),
             ("Cyfeirio at ganolfan gyswllt", r.random() < 0.4),
             ("CAFCASS Cymru i gau'r achos", agreed)]
    return dict(text=(f"## Canlyniadau'r FHDRA (IRIS)\nRhif achos: {c.number}\nDyddiad y gwrandawiad: {c.d('cy', -1, (3,))}\n"
                      f"Ymarferydd FHDRA: {c.fca}\nBarnwr / Ynadon: {c.judge_cy}\n\n{boxes(r, items)}\n\n"
                      f"Sylwadau: {pick(r, 'Partïon wedi cytuno contact bob yn ail benwythnos o ddydd Gwener i ddydd Sul.', 'Mam yn gwrthwynebu contact dros nos tan fod y profion alcohol wedi dod yn ôl.', 'Dim cytundeb. Tad yn honni bod mam yn atal contact.')}\n"
                      f"Dyddiad y gwrandawiad nesaf: " + pick(r, c.d('cy', 84, (3,)), "dim", "i'r llys restru")))


@tpl("wtfh-outcome", "cy", ATTACH, "cafcass", law="P", docname=("WTFH outcome form", "Ffurflen canlyniad WTFH"))
def wtfh_bilingual_form(c, r):
    return dict(text=(f"## Ffurflen Canlyniad WTFH / WTFH Outcome Form\n"
                      f"Rhif yr achos / Case number: {c.number}\nPlant / Children: {c.kids_dob('cy')}\n"
                      f"Canlyniad y gwrandawiad / Outcome of hearing: {pick(r, 'Gohiriwyd / Adjourned', 'Gorchymyn terfynol / Final order', 'Cyfarwyddiadau pellach / Further directions')}\n"
                      f"Gwaith pellach gan CAFCASS Cymru? / Further CAFCASS Cymru work? {pick(r, 'Ie - a.7 / Yes - s7', 'Na / No', 'Ie - adroddiad a.16A / Yes - s16A report')}\n"
                      f"Materion diogelu heb eu datrys / Unresolved safeguarding issues: {pick(r, 'Cam-drin domestig honedig', 'Dim', 'Defnydd cyffuriau - profion gwallt')}\n"
                      f"Llofnod / Signed: {c.fca}    Dyddiad / Date: {c.d('cy', 0, (3,))}"))


@tpl("wtfh-outcome", "cy", EMAIL, "cafcass", law="P")
def wtfh_note_email(c, r):
    k = c.kid
    agreed = r.random() < 0.5
    body = (f"Helo {c.pm.split()[0]},\n\nFHDRA bore 'ma {c.yn_town} ({c.number}). "
            + (f"Y partïon wedi dod i gytundeb y tu allan i'r llys - {k.name} i dreulio amser {k.ei('tad', c.gyda)} bob yn ail benwythnos a hanner y gwyliau. "
               f"Dim angen s7, gorchymyn terfynol wedi'i wneud. Dw i wedi ticio'r bocsys ar IRIS ac mae'r achos yn barod i'w gau o'n hochr ni."
               if agreed else
               f"Dim cytundeb. Mam yn codi pryderon am ymddygiad y tad ({'yfed' if r.random() < .5 else 'cyffuriau'}). "
               f"Y Barnwr wedi gorchymyn s7, ffeilio erbyn {c.d('cy', 77)}, ac wedi cyfeirio'r tad at WT4C. Canlyniadau wedi'u cofnodi ar IRIS - angen dyrannu.")
            + f"\n\nDiolch,\n{c.fca.split()[0]}")
    return dict(text=body, subject=pick(r, f"FHDRA {c.number} - canlyniad", f"Canlyniad heddiw {c.name}", f"{c.number} FHDRA"))


@tpl("wtfh-outcome", "cy", SCANNED, "cafcass", law="P")
def wtfh_partial_scan(c, r):
    return dict(text=(f"Gwaith hyd at y Gwrandawiad Cyntaf - canlyniad\n{c.number}\n"
                      f"Presennol: Ceisydd [X]  Atebydd [X]  Cyfreithwyr [{pick(r, 'X', ' ')}]\n"
                      f"Datrys anghydfod: {pick(r, 'rhannol', 'llawn', '')}\n"
                      f"Trefniadau interim: {pick(r, 'contact dydd Sadwrn 10-4 yn y parc', 'cyswllt fideo ddwywaith yr wythnos', '')}\n"
                      f"Cyfeirio: WT4C [ ] Canolfan gyswllt [X] MIAM [ ]\n"
                      f"Camau gweithredu i CAFCASS Cymru:\n\nLlofnod: ____________"))


@tpl("wtfh-outcome", "en", ATTACH, "cafcass", law="P", wales=False, docname=("WTFH outcome", "Canlyniad WTFH"))
def wtfh_cafcass_en(c, r):
    return dict(text=(f"## Work to First Hearing - Outcome\nCase no: {c.number}    Court: {c.town_en}\nFHDRA date: {c.d('en', -1, (3,))}\n"
                      f"Outcome: {pick(r, 'Adjourned for s7 report', 'Final order made - case closed', 'Adjourned for fact-finding hearing', 'Adjourned - parties to attend SPIP')}\n"
                      f"Interim arrangements: {pick(r, 'Alternate Saturdays 10:00-16:00', 'Supervised contact at a contact centre', 'Indirect contact only (cards/letters)')}\n"
                      f"Safeguarding issues outstanding: {pick(r, 'Yes - DA allegations denied', 'No', 'Yes - substance misuse')}\n"
                      f"Further Cafcass involvement: {pick(r, 'Yes', 'No')}\nCompleted by: {c.fca}, FCA"))


@tpl("wtfh-outcome", "en", ATTACH, "cafcass", law="P")
def wtfh_wales_en(c, r):
    items = [("Agreement reached", r.random() < .4), ("s7 report ordered", r.random() < .6), ("Referred to WT4C", r.random() < .6),
             ("Fact-finding listed", r.random() < .2), ("Case closed to CAFCASS Cymru", r.random() < .4)]
    return dict(text=(f"FHDRA outcomes - {c.town_en}\n{c.number} {c.name}\nPractitioner: {c.fca}\n{boxes(r, items, r.choice(['x', 'u']))}\n"
                      f"Notes: parties' first language Welsh; judge {c.judge_en} heard the case {pick(r, 'in Welsh', 'bilingually', 'in English with a Welsh interpreter for the father')}."))


# detailed recording ------------------------------------------------------------------------

@tpl("detailed-recording", "cy", DOC, "cafcass", docname=("Home visit note", "Nodyn ymweliad cartref"))
def detrec_home_visit(c, r):
    k = c.kid
    return dict(text=(f"## Ymweliad cartref\nDyddiad ac amser: {c.d('cy', -2, (0, 1))}, {r.randint(9, 16)}:{pick(r, '00', '30')}\n"
                      f"Gweithiwr: {c.fca} (YLlT)\nYn bresennol: {c.mother} (mam), {c.kids_names('cy')}\nLleoliad: {c.addr_m}\n"
                      f"Natur y cyswllt: wyneb yn wyneb\n\nBeth ddigwyddodd:\n"
                      f"Roedd y tŷ yn {pick(r, 'daclus a chynnes', 'flêr ond yn ddiogel', 'lân')}. Dangosodd {k.name} {k.ei('ystafell')} i mi "
                      f"{pick(r, 'a lluniau ' + k.ei('ffrindiau', 'o'), 'ac roedd yn siarad am ' + k.ei('ffrindiau'))} yn yr ysgol. Dywedodd y fam nad oedd hi'n gwrthwynebu "
                      f"i {k.name} weld {k.ei('tad')}, ond roedd hi'n poeni am {pick(r, 'ei yfed', 'ei dymer', 'ei bartner newydd')}. "
                      f"Gwelais {k.name} ar {k.p('ei ben ei hun', 'ei phen ei hun')} am tua {r.randint(15, 40)} munud.\n\n"
                      f"Camau nesaf: ymweld â'r tad; gwiriadau ysgol.\nCamau a gymerwyd wedyn: nodyn ar IRIS, e-bost i'r Rheolwr Ymarfer."))


@tpl("detailed-recording", "cy", TREE, "cafcass")
def detrec_phone_interview(c, r):
    k = c.kid
    dad = c.father.split()[0]
    said = pick(r, "Dwi jyst isio gweld y plant, dyna i gyd", "Fi ddim wedi neud dim byd o'i le, ma hi jyst yn chwerw",
                "Dwi wedi stopio yfed ers y Dolig, dwi'n addo")
    view = pick(r, f"mae {k.fe} yn hapus {c.gyda} fi", f"ma {k.fe} wrth {k.ei('bodd')} yn y garej {c.gyda} fi", "dan ni'n agos iawn")
    return dict(text=(f"Ymholiadau diogelu - cyfweliad ffôn\n{c.number}\n{c.d('cy', -5, (3,))} {r.randint(9, 16)}:{r.randint(10, 59)}  "
                      f"Galwad i'r tad, {c.father}. Hyd: {r.randint(20, 55)} munud. Iaith: Cymraeg.\n\n"
                      f"Esboniais rôl CAFCASS Cymru a chyfyngiadau cyfrinachedd. Dywedodd {dad}: \"{said}\".\n"
                      f"Gwadodd unrhyw gam-drin domestig. Cadarnhaodd iddo gael ei arestio yn {c.year - r.randint(1, 4)} ond dim cyhuddiad.\n"
                      f"Barn am {k.name}: \"{view}\".\n"
                      f"Cynnig ar gyfer contact: bob penwythnos, dros nos.\nCamau: aros am ymateb yr heddlu; trafod gyda'r RhY cyn y SER."))


@tpl("detailed-recording", "cy", SCANNED, "cafcass")
def detrec_contact_observation(c, r):
    k = c.kid
    return dict(text=(f"Nodiadau (wedi'u teipio o nodiadau llaw)\nArsylwi cyswllt - {c.centre}\n{c.d('cy', -3)}  {r.randint(10, 14)}:00-{r.randint(15, 16)}:00\n"
                      f"Gweithiwr: {c.fca}. Hefyd yn bresennol: gweithiwr y ganolfan.\n"
                      f"- {k.name} yn cyrraedd gyda mam, braidd yn swil ar y dechrau\n- tad yn cyfarch {k.fe} yn gynnes, rhoi anrheg fach\n"
                      f"- chwarae {pick(r, 'Lego', 'cardiau Uno', 'pêl-droed bwrdd', 'gêm Connect 4')} - lot o chwerthin\n"
                      f"- tad yn gofyn cwestiynau am mam ddwywaith - gweithiwr yn ailgyfeirio\n"
                      f"- diwedd: {k.name} yn gofyn \"pryd dwi'n dod nôl?\"\n\nArgraff: perthynas gynnes, dim pryderon yn ystod y sesiwn.\nCamau nesaf: trafod gyda'r ddau riant."))


@tpl("detailed-recording", "en", DOC, "cafcass", docname=("Interview note", "Nodyn cyfweliad"))
def detrec_office_interview_en(c, r):
    k = c.kid
    return dict(text=(f"## Note of face-to-face interview\nDate/time: {c.d('en', -4, (0, 1))} {r.randint(9, 15)}:{pick(r, '00', '30')}\n"
                      f"Worker: {c.fca}, FCA\nPresent: {c.mother} (mother)\nVenue: CAFCASS Cymru office, {c.town_en} (interview room 2)\n"
                      f"Nature of contact: face to face, pre-booked\n\nOutline:\nMs {c.mother.split()[-1]} described the relationship as "
                      f"{pick(r, 'controlling in the last two years', 'volatile when Mr ' + c.father.split()[-1] + ' was drinking', 'amicable until the separation')}. "
                      f"She said in Welsh \"dw i ddim yn erbyn iddo fo weld y plant\" (I'm not against him seeing the children) but wants handovers at her mother's. "
                      f"She reported that {k.name} wets the bed after weekends away.\n\nNext steps agreed: see {k.name} at school; request GP information.\n"
                      f"Actions taken afterwards: contact log updated; GP consent form sent."))


@tpl("detailed-recording", "en", TREE, "cafcass")
def detrec_school_meeting_en(c, r):
    k = c.kid
    return dict(text=(f"{c.number} - school visit {c.d('en', -6, (3,))}\nMet Mrs {r.choice(SURNAMES)}, DSL and class teacher, at {c.school}, "
                      f"{r.randint(13, 15)}:15. Present: FCA {c.fca}.\nAttendance {r.randint(82, 99)}%. Teacher describes {k.name} as "
                      f"{pick(r, 'quiet but settled', 'tired on Mondays', 'a confident Welsh speaker, helps newcomers')}. No safeguarding referrals this year. "
                      f"Both parents attend parents' evening separately.\nFollow-up: teacher to e-mail attendance print-out."))


@tpl("detailed-recording", "cy", TREE, "cafcass")
def detrec_short_note(c, r):
    k = c.kid
    side = "ei hochr hi" if c.gp_female else "ei ochr o"
    return dict(text=(f"{c.d('cy', -1, (4,))} galwad gan {c.gp_role_cy} ({c.grandparent}) - isio rhoi {side}. Deud bod {k.name} "
                      f"\"wedi newid yn llwyr\" ers y gwahanu, ddim yn cysgu. Cynnig bod yn handover point. "
                      f"Esbonio nad yw'n barti. Cofnodwyd gan {c.fca}. Dim camau pellach heblaw cyfeirio ati yn y SER."))


# ----------------------------------------------------------------------------------------------
# correspondence
# ----------------------------------------------------------------------------------------------

@tpl("welcome-letter", "cy", ATTACH, "cafcass", law="P", docname=("Introductory letter", "Llythyr croeso"))
def welcome_bilingual(c, r):
    who = r.choice([c.applicant, c.respondent])
    return dict(text=(f"{letterhead(c, r, 'cy')}\n\n{c.d('cy', 0)}\nEin cyf / Our ref: {c.number}\n\n{who}\n{pick(r, c.addr_m, c.addr_f)}\n\n"
                      f"Annwyl {who.split()[0]},\nDear {who.split()[0]},\n\n"
                      f"Rydym wedi cael copi o'r papurau a anfonwyd at {c.court_cy} ynghylch {c.kids_names('cy')}.\n"
                      f"We have received a copy of the papers sent to {c.court_en} about {c.kids_names('en')}.\n\n"
                      f"Mae CAFCASS Cymru yn gweithio i'r llys. Ein gwaith yw helpu'r llys i wneud penderfyniadau sydd er lles y plant.\n"
                      f"CAFCASS Cymru works for the court. Our job is to help the court make decisions that are in the children's best interests.\n\n"
                      f"Bydd un o'n hymarferwyr yn eich ffonio cyn y gwrandawiad cyntaf ar {c.d('cy', 20)}.\n"
                      f"One of our practitioners will telephone you before the first hearing on {c.d('en', 20)}.\n\n"
                      f"Gallwch siarad â ni yn Gymraeg neu yn Saesneg. You can speak to us in Welsh or in English.\n\n"
                      f"{sig_cy(c, r, 'Tîm Cymorth Busnes', 'Business Support / Cymorth Busnes')}"))


@tpl("welcome-letter", "cy", SCANNED, "cafcass", law="P")
def welcome_cy_only(c, r):
    who = r.choice([c.applicant, c.respondent])
    return dict(text=(f"{letterhead(c, r, 'cy')}\n\n{who}\n{pick(r, c.addr_m, c.addr_f)}\n{c.d('cy', 0, (0, 2))}\n\n"
                      f"Annwyl {pick(r, 'Mr', 'Ms', 'Mrs')} {who.split()[-1]}\n\n## Croeso i CAFCASS Cymru\n\n"
                      f"Rydych yn cael y llythyr hwn oherwydd bod achos ynghylch trefniadau ar gyfer {c.kids_names('cy')} gerbron y llys {c.yn_town}.\n\n"
                      f"Beth fydd yn digwydd nesaf?\nCyn y gwrandawiad cyntaf bydd ymarferydd yn gwneud gwiriadau gyda'r heddlu a'r awdurdod lleol "
                      f"ac yn siarad â chi dros y ffôn. Bydd yn gofyn am unrhyw bryderon sydd gennych am ddiogelwch y plant. "
                      f"Yna bydd yn ysgrifennu at y llys.\n\nYnghlwm mae taflen 'Beth yw CAFCASS Cymru?' a thaflen am y gwasanaeth "
                      f"Gweithio Gyda'n Gilydd er Mwyn Plant.\n\nOs oes gennych bryderon am eich diogelwch chi, peidiwch ag aros - ffoniwch 999 mewn argyfwng "
                      f"neu linell gymorth Byw Heb Ofn.\n\n{sig_cy(c, r, 'Swyddog Cymorth Busnes', 'Cymorth Busnes')}"))


@tpl("welcome-letter", "cy", ATTACH, "cafcass", law="P")
def welcome_cy_phone_slot(c, r):
    who = r.choice([c.applicant, c.respondent])
    t = f"{r.randint(9, 15)}:{pick(r, '00', '30')}"
    return dict(text=(f"Annwyl {who},\n\nYn dilyn cais a wnaed i'r llys ynglŷn â {c.kid.name}, mae CAFCASS Cymru wedi cael gwybod am yr achos.\n"
                      f"Byddwn yn eich ffonio ar {c.d('cy', 6, (1,))} am {t} ar y rhif {c.phone}. Os nad yw hyn yn gyfleus neu os yw'r rhif yn anghywir, "
                      f"ffoniwch ni ar {c.office_phone} cyn gynted â phosib.\n\nSylwch: ni fydd yr ymarferydd yn rhannu'r hyn a ddywedwch chi "
                      f"gyda'r parti arall heb drafod gyda chi yn gyntaf, ond efallai y bydd rhaid iddo/iddi ei rannu gyda'r llys.\n\n"
                      f"Cofion,\nCAFCASS Cymru\n{c.team_cy}"))


@tpl("welcome-letter", "en", ATTACH, "cafcass", law="P", wales=False, docname=("Welcome letter", "Llythyr croeso"))
def welcome_cafcass_en(c, r):
    who = r.choice([c.applicant, c.respondent])
    return dict(text=(f"{letterhead(c, r, 'en')}\n\n{c.d('en', 0)}\n\nDear {who.split()[0]}\n\nWe are Cafcass - the Children and Family Court Advisory and Support Service. "
                      f"The court has asked us to help with the application about {c.kids_names('en')}.\n\nWhat happens next\n"
                      f"- We will carry out safeguarding checks with the police and the local council.\n"
                      f"- A Family Court Adviser will call you on {c.d('en', 8, (1,))}.\n- We will write to the court before the first hearing on {c.d('en', 25)}.\n\n"
                      f"Please read the enclosed leaflets, including 'Parenting after separation'.\n\n{sig_en(c, r, 'Intake Team', 'Business Services')}"))


@tpl("welcome-letter", "en", SCANNED, "cafcass", law="P")
def welcome_wales_en(c, r):
    who = r.choice([c.applicant, c.respondent])
    return dict(text=(f"{letterhead(c, r, 'en')}\n\nPrivate and confidential\n{who}\n{pick(r, c.addr_m, c.addr_f)}\n\nDear {who.split()[0]},\n\n"
                      f"CAFCASS Cymru has been told by {c.court_en} about the application concerning {c.kids_names('en')}. "
                      f"A practitioner will telephone you to ask about any worries for the children's safety before the hearing on {c.d('en', 21)}.\n\n"
                      f"Os hoffech i ni gysylltu â chi yn Gymraeg, rhowch wybod i ni. (If you would like us to contact you in Welsh, please let us know.)\n\n"
                      f"{sig_en(c, r, 'Business Support', 'Business Support Officer')}"))


# letter to parties ---------------------------------------------------------------------------

@tpl("letter-to-parties", "cy", ATTACH, "cafcass", docname=("Letter enclosing report", "Llythyr yn amgau'r adroddiad"))
def ltp_enclose_report(c, r):
    return dict(text=(f"{letterhead(c, r, 'cy')}\n\n{c.d('cy')}\nAt: {c.mother} a {c.father}\n\nAnnwyl {c.mum_first} a {c.dad_first},\n\n"
                      f"Amgaeaf gopi o'r adroddiad lles a ffeiliwyd gennyf â'r llys heddiw ynghylch {c.kids_names('cy')}. "
                      f"Darllenwch yr adroddiad yn ofalus. Mae'n cynnwys gwybodaeth bersonol ac ni ddylid ei ddangos i'r plant na'i rannu ar y cyfryngau cymdeithasol.\n\n"
                      f"Os ydych yn cael trafferth deall unrhyw ran o'r adroddiad, cysylltwch â mi. Bydd y gwrandawiad nesaf ar {c.d('cy', 21)}.\n\n{sig_cy(c, r)}"))


@tpl("letter-to-parties", "cy", ATTACH, "cafcass")
def ltp_appointment(c, r):
    who = r.choice([c.mother, c.father])
    t = f"{r.randint(9, 15)}:{pick(r, '00', '30')}"
    return dict(text=(f"{who}\n{pick(r, c.addr_m, c.addr_f)}\n\n{c.d('cy', 0, (0, 2))}\n\nAnnwyl {who.split()[0]},\n\n"
                      f"Ysgrifennaf i drefnu i'ch gweld chi yn ein swyddfa {c.yn_town} ar {c.d('cy', 9, (1,))} am {t}. "
                      f"Bydd y cyfarfod yn para tua awr a hanner. Os oes angen i chi ddod â rhywun gyda chi i'ch cefnogi, rhowch wybod i mi ymlaen llaw.\n\n"
                      f"Byddaf hefyd yn trefnu i weld {c.kids_names('cy')} {pick(r, 'yn yr ysgol', 'yn y cartref', 'yn ein hystafell chwarae')}. "
                      f"Gofynnaf i chi beidio â thrafod y cyfarfod hwnnw gyda'r plant o flaen llaw.\n\n{sig_cy(c, r)}"))


@tpl("letter-to-parties", "cy", SCANNED, "cafcass")
def ltp_closing(c, r):
    return dict(text=(f"{letterhead(c, r, 'cy')}\n\nAnnwyl Bartïon\n\nCyfeirnod: {c.number}\n\n"
                      f"Gwnaed gorchymyn terfynol gan {c.court_cy} ar {c.d('cy', -3)}. Mae gwaith CAFCASS Cymru gyda'ch teulu felly wedi dod i ben "
                      f"a byddwn yn cau ein ffeil.\n\nHoffwn ddiolch i chi'ch dau am eich cydweithrediad. Os hoffech roi adborth am ein gwasanaeth "
                      f"neu wneud cwyn, mae manylion ar ein gwefan.\n\nDymuniadau gorau i chi a {c.kids_names('cy')} i'r dyfodol.\n\n{sig_cy(c, r)}"))


@tpl("letter-to-parties", "cy", ATTACH, "cafcass")
def ltp_allocation_bi(c, r):
    return dict(text=(f"Annwyl {c.mum_first} / Dear {c.mum_first}\nAnnwyl {c.dad_first} / Dear {c.dad_first}\n\n"
                      f"Fi yw'r ymarferydd sydd wedi'i ddyrannu i'ch achos. / I am the practitioner allocated to your case.\n"
                      f"Mae'r llys wedi gofyn i mi ysgrifennu adroddiad erbyn {c.d('cy', 70)}. / The court has asked me to write a report by {c.d('en', 70)}.\n"
                      f"Byddaf yn cysylltu â chi'ch dau yn ystod y pythefnos nesaf. / I will contact you both in the next fortnight.\n\n"
                      f"{c.fca}\nYmgynghorydd Llys Teulu / Family Court Adviser\n{c.office_phone}"))


@tpl("letter-to-parties", "en", ATTACH, "cafcass", docname=("Letter to parties", "Llythyr at y partïon"))
def ltp_en_safeguarding(c, r):
    return dict(text=(f"{letterhead(c, r, 'en')}\n\n{c.d('en')}\n\nTo: {c.applicant} (applicant) and {c.respondent} (respondent)\n\n"
                      f"## Letter to parties\n\nDear {c.applicant.split()[0]} and {c.respondent.split()[0]},\n\n"
                      f"I have now sent my letter to the court setting out the outcome of the safeguarding checks. The court will give each of you a copy at the hearing "
                      f"on {c.d('en', 7)}. If you are not legally represented and would like to read it in advance, please call me.\n\n{sig_en(c, r)}"))


@tpl("letter-to-parties", "en", SCANNED, "cafcass")
def ltp_en_home_visit(c, r):
    who = r.choice([c.mother, c.father])
    return dict(text=(f"{who}\n{pick(r, c.addr_m, c.addr_f)}\n\nDear {who.split()[0]},\n\nRe: {c.kids_names('en')}\n\n"
                      f"I would like to visit you at home on {c.d('en', 10, (1,))} at {r.randint(10, 16)}:00 so that I can see where the children stay when they are with you. "
                      f"I will be with you for about an hour. Please make sure that no other adults are present, apart from your partner if you have one.\n\n"
                      f"If you would prefer me to speak to you in Welsh, I am happy to do so.\n\n{sig_en(c, r)}"))


# letter from party ---------------------------------------------------------------------------

@tpl("letter-from-party", "cy", SCANNED, "parent_m", docname=("Letter from mother", "Llythyr gan y fam"))
def lfp_mum_north(c, r):
    k = c.kid
    return dict(text=(f"I bwy bynnag sy'n delio efo achos {pick(r, 'fy mhlant', 'y plant')}\n\n"
                      f"Dwi'n sgwennu achos dwi ddim yn meddwl fod neb yn gwrando arna i. Ers i {k.name} ddod nôl o dŷ {k.ei('tad')} dydd Sul "
                      f"mae {k.fe} wedi bod yn crio bob nos a ddim isio mynd i'r ysgol. Mae {c.dad_first} yn deud wrth {k.name} mai fi ydi'r rheswm "
                      f"bod nhw ddim yn cael gweld ei gilydd. Dydi hynna ddim yn wir.\n\nDwi di trio bod yn deg. Dwi ddim isio stopio contact, "
                      f"dwi jyst isio iddo fo fod yn saff. Plis wnewch chi ddeud hyn wrth y barnwr.\n\n{c.mother}\n{c.phone}"))


@tpl("letter-from-party", "cy", EMAIL, "parent_f")
def lfp_dad_south_email(c, r):
    k = c.kid
    return dict(text=(f"Helo,\n\nFi yw tad {c.kids_names('cy')}. Fi wedi bod yn trio cael gafael ar {c.fca.split()[0]} ers pythefnos a neb yn ffonio fi nol. "
                      f"Fi moyn gwybod pam bo fi ddim yn cael gweld {k.name}. Fi wedi neud popeth ma'r llys wedi gofyn, fi wedi bod ar y course, "
                      f"fi wedi neud y drug test a ma fe'n glir.\n\nMa {c.mum_first} yn cadw nhw oddi wrtha i a ma'r holl beth yn annheg. "
                      f"Plis ffoniwch fi ar {c.phone}.\n\n{c.dad_first}"),
                subject=pick(r, "plant fi", f"{k.name} - PLIS DARLLENWCH", "Pam neb yn ateb??", f"achos {c.number}"))


@tpl("letter-from-party", "cy", ATTACH, "gp")
def lfp_grandparent_formal(c, r):
    k = c.kid
    return dict(text=(f"{c.grandparent}\n{c.addr_f}\n\n{c.d('cy', 0, (2,))}\n\nAt sylw {c.fca}, CAFCASS Cymru\n\nAnnwyl {c.fca.split()[0]},\n\n"
                      f"Ysgrifennaf atoch fel {c.gp_role_cy} {c.kids_names('cy')}. Rwyf wedi gofalu am y plant bob dydd Mercher "
                      f"ers iddynt gael eu geni ac rwyf yn poeni'n arw am yr effaith y mae'r anghydfod rhwng eu rhieni yn ei chael arnynt.\n\n"
                      f"Nid wyf am gymryd ochr. Hoffwn yn unig i'r llys wybod fy mod ar gael i helpu gyda throsglwyddo'r plant, "
                      f"a bod croeso iddynt aros gyda mi pryd bynnag y bo angen.\n\nBuaswn yn ddiolchgar pe gallech ystyried y llythyr hwn.\n\n"
                      f"Yn gywir,\n{c.grandparent}"))


@tpl("letter-from-party", "cy", EMAIL, "parent_m")
def lfp_mum_nodiac(c, r):
    k = c.kid
    return dict(text=(f"Annwyl {c.fca.split()[0]}\n\njyst isio rhoi gwybod bod {c.dad_first} wedi methu contact eto dydd sadwrn. "
                      f"{k.name} yn disgwyl wrth y ffenest am awr. dwi'n siwr bod chi'n dallt pam dwi'n poeni am overnights. "
                      f"Dwi di cadw screenshot o'r negeseuon mae o wedi gyrru. Dwi'n hapus i chi eu gweld nhw.\n\ndiolch\n{c.mum_first}"),
                subject=pick(r, "contact dydd sadwrn", "eto...", f"{k.name}"), nodiac=True)


@tpl("letter-from-party", "en", SCANNED, "parent_f", docname=("Letter from father", "Llythyr gan y tad"))
def lfp_dad_en(c, r):
    return dict(text=(f"{c.father}\n{c.addr_f}\n{c.d('en', 0, (3,))}\n\nTO CAFCASS\n\nI am writing to complain about the way I have been treated. "
                      f"Nobody has asked me what I want for MY children. {c.mum_first} has made up lies to the police and you have believed her. "
                      f"I have never hit her. I have never been convicted of anything.\n\nI want the court to know I have a 3 bed house, a garden and a job. "
                      f"I want {c.kids_names('en')} every other weekend and half the holidays like any normal dad.\n\nI expect a reply.\n\n{c.father}"))


@tpl("letter-from-party", "en", ATTACH, "parent_m")
def lfp_mum_en_codeswitch(c, r):
    k = c.kid
    return dict(text=(f"Dear Mr/Ms {c.fca.split()[-1]},\n\nSorry my English is not the best, Cymraeg ydi fy iaith gyntaf. I want to explain about the weekend. "
                      f"{k.name} came home with a bruise on {k.his} arm and said \"Dad wnaeth\" but then said {k.he} fell at the park. "
                      f"I took photos. I don't want to cause trouble, dwi jyst isio gwybod be i neud.\n\nThank you,\n{c.mother}"))


# correspondence ------------------------------------------------------------------------------

@tpl("correspondence", "cy", EMAIL, "court")
def corr_court_cover(c, r):
    return dict(text=(f"Annwyl Syr/Fadam,\n\nGweler ynghlwm {pick(r, 'y gorchymyn a wnaed', 'gopi o’r gorchymyn a selwyd', 'y gorchymyn')} yn yr achos uchod "
                      f"gan {c.judge_cy} ar {c.d('cy', -2)}.\n\nDiolch,\n\n{pick(r, 'Swyddfa Gyfraith Breifat', 'Tîm Gweinyddol', 'Swyddfa’r Llys Teulu')}\n"
                      f"{c.court_cy[0].upper() + c.court_cy[1:]}\nGwasanaeth Llysoedd a Thribiwnlysoedd EF"),
                subject=pick(r, f"{c.number} - gorchymyn", f"Gorchymyn wedi’i selio {c.number}", f"{c.name} {c.number}"))


@tpl("correspondence", "en", ATTACH, "sol_f", docname=("Letter from father's solicitor", "Llythyr gan gyfreithiwr y tad"))
def corr_party_sol_en(c, r):
    return dict(text=(f"@@{c.firm_f[0]}\n@@Solicitors - Family Law\n\nCAFCASS Cymru\n{c.team_en}\n\nOur ref: {c.sol_f.split()[0][0]}{c.sol_f.split()[-1][0]}/{r.randint(1000, 9999)}\n"
                      f"Your ref: {c.number}\n{c.d('en')}\n\nDear Sir or Madam\n\nRe: {c.kids_names('en')}\n\nWe act for {c.father}, the "
                      f"{'applicant' if c.applicant_is_father else 'respondent'} in these proceedings. "
                      f"{pick(r, 'Our client has moved and his new address is enclosed; please do not disclose it to the other party.', 'Please could you confirm when your report is likely to be filed, as the hearing is listed shortly.', 'We enclose our client’s consent for you to contact his GP.')}\n\n"
                      f"Yours faithfully\n\n{c.firm_f[0]}"))


@tpl("correspondence", "cy", EMAIL, "sol_m")
def corr_party_sol_cy(c, r):
    return dict(text=(f"Bore da,\n\nRydym yn gweithredu ar ran {c.mother}, y {'fam' } yn yr achos hwn. Mae ein cleient wedi gofyn i ni roi gwybod i chi "
                      f"{pick(r, 'na fydd ar gael ar ' + c.d('cy', 5) + ' oherwydd apwyntiad ysbyty', 'ei bod yn dymuno i’r adroddiad gael ei ysgrifennu yn Gymraeg', 'ei bod wedi symud tŷ ac na ddylid datgelu’r cyfeiriad newydd')}.\n\n"
                      f"Byddem yn ddiolchgar petaech yn cydnabod derbyn yr e-bost hwn.\n\nCofion,\n{c.sol_m}\n{c.firm_m[0]}"),
                subject=pick(r, f"{c.name} - {c.number}", f"Ein cleient {c.mother.split()[-1]}", f"{c.number} - ein cyf {r.randint(100, 999)}"))


@tpl("correspondence", "cy", EMAIL, "cafcass")
def corr_fca_report_filed(c, r):
    return dict(text=(f"Prynhawn da,\n\nAdroddiad a.7 wedi'i ffeilio - ynghlwm. Copi wedi mynd at y partïon a'r cyfreithwyr heddiw. "
                      f"Rho wybod os oes unrhyw beth arall.\n\n{c.fca}\nYmgynghorydd Llys Teulu"),
                subject=pick(r, f"{c.number} adroddiad", f"FFEILIO - {c.name}", f"{c.number} s7 ynghlwm"))


@tpl("correspondence", "cy", EMAIL, "court")
def corr_listing_change(c, r):
    return dict(text=(f"Annwyl Bawb,\n\nNodwch fod y gwrandawiad yn yr achos uchod a restrwyd ar gyfer {c.d('cy', 5)} wedi'i aildrefnu "
                      f"oherwydd nad yw'r Barnwr ar gael. Y dyddiad newydd yw {c.d('cy', 26, (1,))} am {pick(r, '10:00', '10:30', '14:00')} "
                      f"{pick(r, 'yn y llys', 'drwy CVP', 'drwy Teams')}. Amcangyfrif o'r amser: {pick(r, '1 awr', '2 awr', 'hanner diwrnod')}.\n\n"
                      f"Gwasanaeth Llysoedd a Thribiwnlysoedd EF\nTîm Rhestru, {c.town_cy}"),
                subject=pick(r, f"Aildrefnu {c.number}", f"{c.number} - newid dyddiad", "Hysbysiad o wrandawiad / Notice of hearing"))


@tpl("correspondence", "en", SCANNED, "sol_m")
def corr_fax_cover(c, r):
    return dict(text=(f"{c.firm_m[0]}\nFAX / E-DOCUMENT COVER SHEET\nTo: CAFCASS Cymru, {c.town_en}\nFrom: {c.sol_m}\nDate: {c.d('en', 0, (3,))}\n"
                      f"Pages (incl. this one): {r.randint(4, 12)}\nRe: {c.number} {c.name}\n\nPlease find enclosed our client's position statement "
                      f"for the hearing on {c.d('en', 2)}.\n\nCONFIDENTIALITY: if you receive this in error please telephone us."))


@tpl("correspondence", "en", EMAIL, "provider")
def corr_centre_booking(c, r):
    return dict(text=(f"Hi,\n\nJust confirming we have booked supervised sessions for the {c.kid_surname} family starting {c.d('en', 12, (1,))}, "
                      f"{pick(r, 'Saturdays', 'alternate Sundays', 'Wednesdays after school')}, 2 hours. Mum to arrive 15 minutes before Dad. "
                      f"The sessions will be delivered in Welsh by one of our Welsh-speaking workers.\n\nMany thanks\nBookings, {c.centre}"),
                subject=pick(r, "Booking confirmation", f"Booking ref {r.randint(1000, 9999)}", f"{c.kid_surname} - sessions booked"))


@tpl("correspondence", "en", EMAIL, "school")
def corr_school_query(c, r):
    return dict(text=(f"Good afternoon,\n\nI am the headteacher at {c.school}. Mr {c.father.split()[-1]} has told the office that CAFCASS Cymru is involved and "
                      f"that there is a court order stopping Mum from collecting {c.kid.name}. We have not seen any order. Could you tell us who we should "
                      f"speak to, or ask the parents to send us a copy?\n\nDiolch,\n{r.choice(WOMEN)} {r.choice(SURNAMES)}\nPennaeth / Headteacher"),
                subject=pick(r, "Query from school", f"{c.kid.name} {c.kid_surname} - court order?", "Ymholiad / Query"))



@tpl("correspondence", "cy", EMAIL, "sol_f")
def corr_thread_cy(c, r):
    d1, d2, d3 = c.d('cy', -6, (1,)), c.d('cy', -4, (1,)), c.d('cy', -1, (1,))
    return dict(text=(f"Diolch {c.fca.split()[0]}, mae hynny'n iawn gan ein cleient. Byddwn yno erbyn 9:45.\n\n{c.sol_f}\n{c.firm_f[0]}\n\n"
                      f"Ar {d3}, {c.fca} ysgrifennodd:\n> Bore da {c.sol_f.split()[0]},\n> Ydy dydd Iau am 10:00 yn gyfleus i'ch cleient ddod i'r swyddfa {c.yn_town}? "
                      f"Bydd y cyfarfod yn Gymraeg oni bai ei fod yn dymuno fel arall.\n> Cofion, {c.fca.split()[0]}\n>\n"
                      f"> Ar {d2}, {c.sol_f} ysgrifennodd:\n>> Annwyl {c.fca.split()[0]},\n>> Mae ein cleient, {c.father}, wedi gofyn i ni ddweud na all fynychu'r apwyntiad a drefnwyd "
                      f"oherwydd ei waith. A fyddai modd aildrefnu ar gyfer yr wythnos nesaf? Nid yw ar gael ar ddydd Llun.\n>> Yn gywir,\n>> {c.sol_f}\n>>\n"
                      f">> Ar {d1}, CAFCASS Cymru ysgrifennodd:\n>>> Llythyr apwyntiad ynghlwm.\n"),
                subject=f"RE: RE: Apwyntiad - {c.number}")

# ----------------------------------------------------------------------------------------------
# case-plan
# ----------------------------------------------------------------------------------------------

def plan_actions_cy(c, r):
    k = c.kid
    acts = [
        (f"Gweld {k.name} ar {k.p('ei ben ei hun', 'ei phen ei hun')} yn yr ysgol", f"Deall {k.ei('dymuniadau')} a'i {k.p('deimladau', 'theimladau')}", "Offer 'Y Tri Thŷ'; gwaith wedi'i addasu i oedran"),
        ("Cyfweld y ddau riant", "Deall pryderon pob rhiant a'u cynigion", "Cyfweliad wyneb yn wyneb; DA practice pathway"),
        ("Gwiriadau pellach gyda'r heddlu", "Mae honiadau o gam-drin domestig heb eu profi", "Cais am log galwadau a datgeliad PNC"),
        ("Gwybodaeth gan yr ysgol a'r meddyg teulu", "Tystiolaeth annibynnol am les y plentyn", "Ffurflen ganiatâd; llythyr at yr ysgol"),
        ("Arsylwi contact", "Asesu ansawdd y berthynas rhwng y plentyn a'r tad", "Arsylwi yn y ganolfan gyswllt"),
        ("Ystyried yr angen am brofion alcohol", "Pryderon am yfed y tad", "Trafod gyda chyfreithwyr; PEth/CDT"),
        ("Trafod gyda'r gweithiwr cymdeithasol", "Mae'r teulu'n hysbys i'r gwasanaethau plant", "Galwad ffôn; darllen y cynllun gofal a chymorth"),
    ]
    return r.sample(acts, r.randint(3, 5))


@tpl("case-plan", "cy", TREE, "cafcass", docname=("Case plan", "Cynllun achos"))
def cplan_iris(c, r):
    acts = plan_actions_cy(c, r)
    rows = "\n\n".join(f"Cam {i + 1}\nBeth: {a}\nPam: {b}\nSut: {h}\nErbyn: {c.d('cy', 7 * (i + 1), (3,))}" for i, (a, b, h) in enumerate(acts))
    return dict(text=(f"## Cynllun Achos (IRIS)\nAchos: {c.number}   Iaith: Cymraeg\nYmarferydd: {c.fca}\nDyddiad cychwyn: {c.d('cy', 0, (3,))}\n\n"
                      f"Gwybodaeth flaenorol a ystyriwyd: SER, nodyn dyrannu gan {c.pm}, gorchymyn {c.d('cy', -7, (3,))}.\n\n{rows}"))


@tpl("case-plan", "cy", DOC, "cafcass")
def cplan_workplan_long(c, r):
    k = c.kid
    acts = plan_actions_cy(c, r)
    lines = "\n".join(f"- {a}: {b}. ({h})" for a, b, h in acts)
    return dict(text=(f"Cynllun gwaith - {c.kids_names('cy')} ({c.number})\n\n1. Materion allweddol\n"
                      f"Mae'r llys wedi gofyn am adroddiad lles sy'n mynd i'r afael â {pick(r, 'threfniadau byw', 'threfniadau amser gyda’r tad', 'honiadau o gam-drin domestig a’r effaith ar ' + k.name)}. "
                      f"Mae'r fam yn dweud bod y tad wedi bod yn ymosodol; mae'r tad yn gwadu hyn.\n\n2. Ymholiadau i'w gwneud (beth / pam / sut)\n{lines}\n\n"
                      f"3. Offer asesu ac ymchwil\nDefnyddir yr offeryn sgrinio cam-drin domestig gyda'r ddau riant. Ystyrir ymchwil ar effaith gwrthdaro rhwng rhieni "
                      f"ar blant (ymchwil Harold a Sellers).\n\n4. Amrywiaeth ac iaith\nMae'r teulu yn siarad Cymraeg gartref; bydd y gwaith uniongyrchol gyda {k.name} yn Gymraeg.\n\n"
                      f"5. Amserlen\nAdroddiad i'w ffeilio erbyn {c.d('cy', 63)}."))


@tpl("case-plan", "cy", TREE, "cafcass")
def cplan_partial(c, r):
    acts = plan_actions_cy(c, r)[:2]
    rows = "\n".join(f"{a} | {b} | {h}" for a, b, h in acts)
    return dict(text=f"{c.number}\nBeth | Pam | Sut\n{rows}\n(i'w gwblhau)\nRisg wedi'i nodi yn ystod sgrinio: {pick(r, 'Ie', 'Na')}")


@tpl("case-plan", "en", DOC, "cafcass", wales=False, docname=("Case plan", "Cynllun achos"))
def cplan_ecms_en(c, r):
    k = c.kid
    return dict(text=(f"## Case Plan\nCase number: {c.number}   Stage: WAFH   Law type: {'Private' if c.law == 'P' else 'Public'}\nFCA: {c.fca}\n\n"
                      f"Key issues: {pick(r, 'allegations of coercive control; father seeks overnight stays', 'child refusing to see father; possible alienating behaviours', 'mother relocating 200 miles away')}\n\n"
                      f"Planned work:\n1. What: see {k.name} twice. Why: to ascertain wishes and feelings. How: 'My Needs, Wishes and Feelings' pack.\n"
                      f"2. What: interview both parents. Why: assess parenting capacity and risk. How: face to face, DA practice pathway.\n"
                      f"3. What: further police checks. Why: unresolved allegations. How: request PNC and call-out log.\n\n"
                      f"Risk identified: {pick(r, 'Yes - domestic abuse', 'Not at this stage', 'Yes - substance misuse')}\nManager oversight: {c.pm}, {c.d('en', 1, (3,))}"))


@tpl("case-plan", "en", TREE, "cafcass")
def cplan_wales_en(c, r):
    k = c.kid
    return dict(text=(f"Plan - {c.number} ({c.town_en})\nLanguage of report: Welsh (mother's choice); plan recorded in English at father's request, Welsh copy to follow.\n\n"
                      f"WHAT: observe contact at {c.centre}; WHY: father has not seen {k.name} for {r.randint(4, 12)} months; HOW: two observed sessions.\n"
                      f"WHAT: speak to health visitor; WHY: concerns about {k.name}'s development; HOW: phone call with consent.\n"
                      f"WHAT: direct work; WHY: wishes and feelings; HOW: in Welsh, at school, 'Tri Thŷ'.\n"
                      f"Timescale: report due {c.d('en', 60)}."))


# case plan review ----------------------------------------------------------------------------

@tpl("case-plan-review", "cy", TREE, "cafcass", docname=("Plan update", "Diweddariad i'r cynllun"))
def cpr_new_info(c, r):
    k = c.kid
    return dict(text=(f"Diweddaru'r cynllun - {c.d('cy', 0, (3,))}\n{c.number}\n\nBeth sydd wedi newid: {pick(r, 'Mae log galwadau’r heddlu wedi dangos tri digwyddiad domestig nad oedd y fam wedi sôn amdanynt.', 'Mae’r tad wedi symud i fyw at bartner newydd sydd â phlant ei hun.', 'Mae ' + k.name + ' wedi dweud wrth yr athrawes nad yw eisiau mynd at ei dad.')}\n\n"
                      f"Effaith ar y cynllun: angen gwiriadau ar {c.partner}; ail sesiwn gwaith uniongyrchol; trafod gyda'r RhY a oes angen gofyn am ymestyn yr amserlen.\n\n"
                      f"Camau sydd wedi'u cwblhau: cyfweliadau â'r ddau riant ✔  ymweliad ysgol ✔\nCamau sy'n weddill: arsylwi contact; llythyr at y meddyg teulu.\n"
                      f"Adolygwyd gan: {c.fca}; cytunwyd gan {c.pm}"))


@tpl("case-plan-review", "cy", ATTACH, "cafcass")
def cpr_supervision(c, r):
    return dict(text=(f"Trafodaeth oruchwylio - adolygu'r cynllun\nYmarferydd: {c.fca}    Rheolwr Ymarfer: {c.pm}\nAchos: {c.number} ({c.name})\n\n"
                      f"Cynnydd yn erbyn y cynllun: {r.randint(2, 4)} o {r.randint(5, 6)} cam wedi'u cwblhau. Oedi gyda'r wybodaeth gan {c.hb_cy}.\n"
                      f"Dadansoddiad: mae'r risg {pick(r, 'wedi cynyddu', 'yn parhau', 'wedi lleihau')} ers y SER.\n"
                      f"Penderfyniad: {pick(r, 'parhau gyda’r cynllun presennol', 'ychwanegu asesiad risg cam-drin domestig llawn', 'ysgrifennu at y llys i ofyn am bythefnos ychwanegol')}.\n"
                      f"Adolygiad nesaf: {c.d('cy', 21, (3,))}"))


@tpl("case-plan-review", "cy", TREE, "cafcass", docname=("Case plan review", "Adolygiad cynllun achos"))
def cpr_short(c, r):
    return dict(text=(f"## Adolygiad Cynllun Achos\n{c.number} - {c.d('cy', 0, (4,))}\nCam 3 (arsylwi contact) wedi'i ohirio - y tad yn sâl. "
                      f"Ail-drefnu ar gyfer {c.d('cy', 10)}. Pob cam arall ar y trywydd iawn. Dim newid i'r risk assessment."))


@tpl("case-plan-review", "en", TREE, "cafcass", wales=False, docname=("Case plan review", "Adolygiad cynllun achos"))
def cpr_en(c, r):
    return dict(text=(f"Case plan - review {r.randint(1, 3)}\nCase: {c.number}\nReviewed by: {c.fca} with {c.pm}\nDate: {c.d('en', 0, (3,))}\n\n"
                      f"Progress: parents interviewed; child seen once; school information received.\nNew information: {pick(r, 'mother has made a fresh allegation to police', 'father has completed the DAPP', 'the local authority has opened a child in need plan')}.\n"
                      f"Changes to plan: {pick(r, 'add second direct work session; request updated police checks', 'no change', 'seek an extension of the filing date')}.\nRisk: reviewed and recorded."))


@tpl("case-plan-review", "en", DOC, "cafcass")
def cpr_adjourned_en(c, r):
    return dict(text=(f"{c.number} - update following hearing on {c.d('en', -2)}\nThe court adjourned and directed an addendum. The plan is updated:\n"
                      f"(a) see {c.kid.name} again after the next two contact sessions;\n(b) obtain the hair strand test result;\n(c) speak to both parents by phone.\n"
                      f"Welsh-language preference re-confirmed with mother. Plan reviewed {c.d('en', 0, (3,))} - {c.fca}."))


# ----------------------------------------------------------------------------------------------
# risk-and-safety
# ----------------------------------------------------------------------------------------------

@tpl("la-checks", "cy", ATTACH, "la", docname=("Local authority check response", "Ymateb gwiriad awdurdod lleol"))
def lac_form_cy(c, r):
    known = r.random() < 0.6
    cls = r.choice([None, "child-protection", "child-protection", "other-childrens-social-care"]) if known else None
    status = (status_line("cy", cls) + "\n") if cls else ""
    detail = (f"Ydy. Roedd {c.kids_names('cy')} {pick(r, 'ar y Gofrestr Amddiffyn Plant dan y categori cam-drin emosiynol', 'yn destun cynllun gofal a chymorth', 'yn hysbys yn dilyn atgyfeiriad gan yr ysgol')} "
              f"rhwng {c.year - 2} a {c.year - 1}. Achos wedi'i gau ar {dcy(c.today - timedelta(days=300), 3)}. Gweithiwr cymdeithasol: {c.sw}.") if known else \
        "Nac ydy. Dim cofnod o'r plant na'r oedolion a enwir ar WCCIS."
    return dict(text=(f"@@{c.council_cy}\n@@Gwasanaethau Plant - Pwynt Cyswllt Unigol\n\nYmateb i ymholiad diogelu CAFCASS Cymru\nCyf: {c.number}\n{status}\n"
                      f"Enwau a wiriwyd: {c.mother}; {c.father}; {c.kids_dob('cy')}\n\nA yw'r teulu'n hysbys i'r gwasanaethau cymdeithasol?\n{detail}\n\n"
                      f"A oes gwaith cyfredol? {pick(r, 'Na', 'Oes - asesiad yn mynd rhagddo', 'Na')}\n\nCwblhawyd gan: {c.sw}, {pick(r, 'Gweithiwr Cymdeithasol', 'Rheolwr Tîm', 'Ymarferydd IAA')}\nDyddiad: {c.d('cy', 0, (3,))}"),
                record_class=cls)


@tpl("la-checks", "cy", EMAIL, "la")
def lac_mash_email_cy(c, r):
    none = r.random() < 0.5
    body = (f"Prynhawn da,\n\nDiolch am eich cais. Rwyf wedi gwirio WCCIS a'n hen system ac nid oes cofnod o'r teulu {c.kid_surname} yn y cyfeiriadau a roddwyd. "
            f"Dim gwybodaeth i'w rhannu.\n\nCofion,\nTîm MASH, {c.council_cy}") if none else \
        (f"Bore da,\n\nMewn ymateb i'ch ymholiad: mae {c.kid.name} yn hysbys i ni. Cafwyd atgyfeiriad gan yr heddlu ar {dcy(c.today - timedelta(days=200), 0)} "
         f"ar ôl digwyddiad domestig yn {c.addr_m}. Cynhaliwyd asesiad; penderfynwyd nad oedd angen cymorth gofal a chymorth ac fe gaewyd yr achos "
         f"gyda chyngor i'r fam am wasanaethau cam-drin domestig.\n\nOs oes angen rhagor, cysylltwch â {c.sw}.\n\nTîm MASH")
    return dict(text=body, subject=pick(r, f"RE: Gwiriadau diogelu {c.number}", f"Ymateb - {c.kid_surname}", f"RE: Ymholiad CAFCASS Cymru {c.number}"))


@tpl("la-checks", "cy", SCANNED, "la")
def lac_bilingual_form(c, r):
    cls = r.choice(["looked-after-child", "child-protection", "other-childrens-social-care", None])
    st = (status_line("cy", cls) + " / " + status_line("en", cls) + "\n") if cls else ""
    return dict(text=(f"{c.council_cy} / {c.council_en}\nFFURFLEN YMATEB / RESPONSE FORM\n{st}Cyfeirnod CAFCASS Cymru / reference: {c.number}\n"
                      f"Plentyn / Child: {c.kid.name} {c.kid_surname}   DG / DOB: {dcy(c.kid.dob, 3)}\n"
                      f"Hysbys / Known: ☒ Ydy / Yes   ☐ Nac ydy / No\nManylion / Details: {pick(r, 'Atgyfeiriad 2021 - esgeulustod. NFA.', 'Asesiad 2022 - cymorth teulu, wedi cau.', 'Gweler y cronoleg ynghlwm.')}\n"
                      f"Enw / Name: {c.sw}   Dyddiad / Date: {c.d('cy', 0, (3,))}"),
                record_class=cls)


@tpl("la-checks", "en", ATTACH, "la", docname=("LA checks", "Gwiriadau ALl"))
def lac_wales_en(c, r):
    cls = r.choice(["adult-posing-risk", "adult-posing-risk", "child-protection", None])
    st = (status_line("en", cls) + "\n") if cls else ""
    extra = f"Mr {c.father.split()[-1]} is recorded as an adult who poses a risk to children following a conviction in {c.year - 6}. " if cls == "adult-posing-risk" else ""
    return dict(text=(f"{c.council_en}\nChildren's Services - Information, Advice and Assistance\n\nResponse to CAFCASS Cymru safeguarding enquiry\n{st}"
                      f"CAFCASS Cymru ref: {c.number}\nSubjects: {c.mother}, {c.father}, {c.kids_names('en')}\n\n"
                      f"{extra}{pick(r, 'The children were subject to a care and support plan until last year.', 'There was a referral from school in ' + str(c.year - 1) + '; no further action.', 'No current involvement.')}\n\n"
                      f"Completed by {c.sw}, Senior Practitioner, {c.d('en', 0, (3,))}"),
                record_class=cls)


@tpl("la-checks", "en", EMAIL, "la", wales=False)
def lac_england_en(c, r):
    return dict(text=(f"Dear Cafcass,\n\nRe: {c.number}. We have searched our records (Liquidlogic) for the names provided. "
                      f"{pick(r, 'There is no record of any of the named individuals.', 'The mother is known as a child herself (looked after 2004-2010); no current involvement with her children.', 'The family was open to Early Help in ' + str(c.year - 1) + ' for school attendance.')}\n\n"
                      f"Regards\nFront Door Team\n{c.council_en}"),
                subject=pick(r, f"RE: Safeguarding check {c.number}", "LA check response", f"RE: {c.number} - checks"))


@tpl("la-checks", "cy", ATTACH, "la")
def lac_chronology_cy(c, r):
    d0 = c.today - timedelta(days=r.randint(500, 900))
    rows = [f"{dcy(d0 + timedelta(days=i * r.randint(40, 90)), 3)} - {e}" for i, e in enumerate(r.sample([
        "Hysbysiad heddlu (PPN) - digwyddiad domestig, plant yn bresennol", "Atgyfeiriad gan ymwelydd iechyd - pryderon am hylendid",
        "Asesiad wedi'i gwblhau - dim angen cymorth", "Cyfarfod strategaeth", "Ymholiadau adran 47 - heb eu cadarnhau", "Achos wedi'i gau"], 4))]
    return dict(text=(f"Gwybodaeth o gofnodion {c.council_cy} ar gyfer CAFCASS Cymru ({c.number})\nCronoleg gryno:\n" + "\n".join(rows) +
                      f"\nCysylltwch â {c.sw} am ragor o fanylion."))


# screening response ------------------------------------------------------------------------

@tpl("screening-response", "cy", EMAIL, "probation", docname=("Probation response", "Ymateb y Gwasanaeth Prawf"))
def scr_probation_cy(c, r):
    known = r.random() < 0.6
    body = (f"Bore da,\n\nMewn ymateb i'ch cais am wybodaeth: mae {c.father} yn hysbys i'r Gwasanaeth Prawf. Mae ar drwydded ar hyn o bryd "
            f"yn dilyn dedfryd am {pick(r, 'ymosod gan achosi gwir niwed corfforol', 'ymddygiad rheolaethol neu orfodol', 'torri gorchymyn rhag molestu')}. "
            f"Lefel risg OASys: {pick(r, 'canolig', 'uchel')} i bartneriaid. Swyddog Prawf: {r.choice(WOMEN + MEN)} {r.choice(SURNAMES)}.") if known else \
        f"Prynhawn da,\n\nNid yw {c.father} ({dcy(c.today - timedelta(days=365 * r.randint(25, 45)), 3)}) yn hysbys i'r Gwasanaeth Prawf yng Nghymru."
    return dict(text=body + "\n\nGwasanaeth Prawf Cymru / Probation Service Wales", subject=pick(r, f"RE: {c.number} - ymholiad", "Ymateb gwiriad prawf", f"RE: Cais gwybodaeth {c.number}"))


@tpl("screening-response", "en", EMAIL, "marac")
def scr_marac_en(c, r):
    heard = r.random() < 0.6
    txt = (f"{c.mother} was discussed at the {c.town_en} MARAC on {den(c.today - timedelta(days=r.randint(60, 400)), 0)} following a high-risk DASH. "
           f"Actions included a target-hardening referral and IDVA support. There has been no repeat referral.") if heard else \
        f"Neither {c.mother} nor {c.father} has been heard at MARAC in {c.council_en.split(' Council')[0]}."
    return dict(text=f"Hello,\n\n{txt}\n\nPlease treat as confidential and do not share the minutes with the parties.\n\nMARAC Coordinator", subject=pick(r, f"MARAC check {c.number}", "RE: MARAC enquiry", "RE: CAFCASS Cymru check"))


@tpl("screening-response", "cy", ATTACH, "marac")
def scr_marac_cy(c, r):
    return dict(text=(f"Ymateb MARAC\nCyfeirnod: {c.number}\nUnigolion: {c.mother}; {c.father}\nA drafodwyd yn MARAC? {pick(r, 'Do', 'Naddo')}\n"
                      f"Dyddiad(au): {pick(r, c.d('cy', -120, (3,)), '-', c.d('cy', -300, (3,)) + ', ' + c.d('cy', -80, (3,)))}\n"
                      f"Camau gweithredu: {pick(r, 'Cefnogaeth IDVA; larwm personol; hysbysiad i’r ysgol', 'Dim', 'Cyfeirio at raglen i’r troseddwr')}\nCydlynydd MARAC, {c.council_cy}"))


@tpl("screening-response", "cy", EMAIL, "provider")
def scr_da_service_cy(c, r):
    return dict(text=(f"Helo {c.fca.split()[0]},\n\nDiolch am y caniatâd wedi'i lofnodi gan {c.mum_first}. Gallaf gadarnhau ei bod wedi cael cefnogaeth gan ein gwasanaeth "
                      f"cam-drin domestig rhwng {c.year - 1} a {pick(r, 'mis diwethaf', 'y llynedd')}. Cafodd ei hasesu yn risg {pick(r, 'ganolig', 'uchel')} bryd hynny. "
                      f"Dyw hi ddim wedi bod mewn lloches.\n\nNi allwn rannu nodiadau'r sesiynau heb orchymyn llys.\n\nCofion,\nGweithiwr IDVA"),
                subject=pick(r, "Gwybodaeth - ymholiad CAFCASS Cymru", f"{c.mum_first} - ymateb", "RE: cais am wybodaeth"))


@tpl("screening-response", "en", ATTACH, "yjs")
def scr_yjs_en(c, r):
    return dict(text=(f"Youth Justice Service - {c.council_en}\nResponse to screening enquiry ({c.number})\n"
                      f"Young person: {c.kids[-1].name} {c.kid_surname}\nKnown to YJS: {pick(r, 'No', 'Yes - out of court disposal (Bureau) ' + str(c.year - 1))}\n"
                      f"Current intervention: {pick(r, 'None', 'Prevention work, weekly')}\nOfficer: {r.choice(WOMEN + MEN)} {r.choice(SURNAMES)}"))


@tpl("screening-response", "en", EMAIL, "probation", wales=False)
def scr_probation_en(c, r):
    return dict(text=(f"Good morning,\n\nIn response to your screening request for {c.father}: {pick(r, 'he is not known to the Probation Service.', 'he was supervised on a community order which ended in ' + str(c.year - 2) + '. He completed Building Better Relationships.', 'he is currently supervised on licence; risk to known adults assessed as medium.')}\n\n"
                      f"Regards\nCafcass SPOC, Probation Service"),
                subject=pick(r, f"Probation check {c.number}", "RE: screening request"))


# safety assessment -------------------------------------------------------------------------

@tpl("safety-assessment", "cy", TREE, "cafcass", docname=("Risk assessment", "Asesiad risg"))
def sa_da_tool_cy(c, r):
    who = r.choice([c.mother, c.father])
    return dict(text=(f"Offeryn asesu risg cam-drin domestig\nWedi'i gwblhau gyda: {who}\nGan: {c.fca}\nDyddiad: {c.d('cy', -1, (3,))}\n\n"
                      f"Math o gam-drin a ddisgrifiwyd: {', '.join(r.sample(['corfforol', 'emosiynol', 'ariannol', 'rheolaeth orfodol', 'rhywiol', 'ar-lein'], 3))}\n"
                      f"Amlder: {pick(r, 'wythnosol', 'misol', 'unwaith')}\nDigwyddiad diweddaraf: {c.d('cy', -r.randint(30, 200), (3,))}\n"
                      f"Ydy'r plant wedi gweld/clywed? {pick(r, 'Do', 'Naddo', 'Ddim yn siŵr')}\nTorri gorchmynion? {pick(r, 'Na', 'Ie - gorchymyn rhag molestu')}\n"
                      f"Lefel risg gychwynnol: {pick(r, 'safonol', 'canolig', 'uchel')}\nCamau: {pick(r, 'cyfeirio at IDVA', 'trafod gyda RhY', 'dim contact heb oruchwyliaeth')}"))


@tpl("safety-assessment", "cy", TREE, "cafcass")
def sa_office_meeting_cy(c, r):
    return dict(text=(f"Trefniadau diogelwch - cyfweliad yn y swyddfa {c.d('cy', 5, (3,))}\n{c.number}\n"
                      f"Pryder: mae gorchymyn rhag molestu yn erbyn {c.father} ar hyn o bryd. Ni ddylai'r partïon gyfarfod.\n"
                      f"- Mam i gyrraedd 10:00 drwy'r drws cefn; tad 11:30.\n- Ystafelloedd aros ar wahân.\n- Dau aelod staff yn y swyddfa drwy'r amser.\n"
                      f"- Os bydd y tad yn cyrraedd yn gynnar - peidio â'i adael i mewn, ffonio'r heddlu os oes angen.\nRhesymeg: hanes o drais, risg uchel (DASH {c.year - 1})."))


@tpl("safety-assessment", "en", TREE, "cafcass", docname=("Safety assessment", "Asesiad diogelwch"))
def sa_en_screening_tool(c, r):
    return dict(text=(f"## Safety assessment\nCase: {c.number}\nCompleted with: {c.mother} (mother)\n\n"
                      f"Q1 Has your partner ever hurt you? {pick(r, 'Yes', 'No', 'Yes - pushed me down stairs')}\nQ2 Are you frightened of them now? {pick(r, 'Yes', 'Sometimes', 'No')}\n"
                      f"Q3 Do they check your phone/money? {pick(r, 'Yes', 'Used to')}\nQ4 Have the children seen it? {pick(r, 'Yes', 'Not that I know')}\n"
                      f"Q5 Any threats to take the children? {pick(r, 'Yes', 'No')}\n\nAnalysis: indicators of coercive control; unsupervised handovers not safe at present.\n"
                      f"Plan: recommend handovers via {c.centre}; refer mother to IDVA."))


@tpl("safety-assessment", "cy", ATTACH, "cafcass")
def sa_screen_cy_father(c, r):
    return dict(text=(f"Holiadur sgrinio - wedi'i gwblhau gyda'r tad ({c.father})\n"
                      f"1. Ydych chi erioed wedi cael eich arestio am drais? {pick(r, 'Do - 2019, dim cyhuddiad', 'Naddo')}\n"
                      f"2. Ydych chi'n yfed neu'n defnyddio cyffuriau? {pick(r, 'Yfed ar benwythnosau', 'Canabis weithiau', 'Dim')}\n"
                      f"3. Ydych chi erioed wedi bygwth {c.mum_first}? \"{pick(r, 'Naddo, byth', 'Dim ond mewn ffrae', 'Ma hi’n deud celwydd')}\"\n"
                      f"4. Oes gennych chi bryderon am ddiogelwch y plant gyda'r fam? {pick(r, 'Oes - ei phartner newydd', 'Nac oes')}\n\n"
                      f"Sylwadau'r ymarferydd: gwadu ac ymbellhau; angen gwybodaeth gan yr heddlu cyn dod i farn am risg."))


@tpl("safety-assessment", "en", DOC, "cafcass")
def sa_en_pathway(c, r):
    return dict(text=(f"Domestic abuse practice pathway - assessment of harm\n{c.number}  FCA {c.fca}\n\nAllegations: {pick(r, 'physical assaults 2021-2023; threats to kill', 'coercive and controlling behaviour; financial abuse', 'one incident of damage to property')}.\n"
                      f"Impact on child: {c.kid.name} described as anxious, hypervigilant at handovers.\nProtective factors: mother's insight; support from family.\n"
                      f"Risk factors: father denies; recent breach; alcohol.\nConclusion: risk of harm to {c.kid.name} and mother assessed as {pick(r, 'high', 'medium')}. "
                      f"Any time with father should be supervised pending a fact-finding hearing."))


@tpl("safety-assessment", "cy", TREE, "cafcass")
def sa_fragment_cy(c, r):
    return dict(text=(f"...o ganlyniad, mae'r risg i {c.kid.name} yn ystod trosglwyddo yn cael ei asesu'n {pick(r, 'uchel', 'ganolig')}. "
                      f"Cytunwyd gyda'r fam ar y camau diogelwch canlynol: cadw'r cyfeiriad yn gyfrinachol; yr ysgol i beidio â rhyddhau'r plentyn i'r tad; "
                      f"cyfeirio at Cymorth i Ferched. Adolygu ar ôl y gwrandawiad nesaf. - {c.fca}"))


# ----------------------------------------------------------------------------------------------
# reporting-to-court
# ----------------------------------------------------------------------------------------------

def checks_summary_cy(c, r):
    pol = pick(r, f"Mae {c.police_cy} wedi cadarnhau {r.randint(2, 5)} galwad i'r cyfeiriad teuluol rhwng {c.year - 2} a {c.year - 1}, yn ymwneud â dadleuon geiriol. Ni chafwyd unrhyw gyhuddiadau.",
               f"Nid oes gan {c.police_cy} unrhyw wybodaeth berthnasol am y naill barti na'r llall.",
               f"Mae gan {c.father} euogfarn am ymosod cyffredin ({c.year - 5}). Nid oedd y dioddefwr yn aelod o'r teulu.")
    la = pick(r, f"Nid yw'r teulu'n hysbys i {c.council_cy}.",
              f"Mae {c.council_cy} yn cadarnhau bod y plant wedi bod yn destun asesiad yn {c.year - 1}; caewyd yr achos heb gynllun.",
              f"Mae {c.kids_names('cy')} yn hysbys i {c.council_cy}; mae gweithiwr cymdeithasol yn gweithio gyda'r teulu ar hyn o bryd.")
    return pol, la


@tpl("safeguarding-letter", "cy", ATTACH, "cafcass", law="P", docname=("SER", "Adroddiad Ymholiadau Diogelu"))
def sgl_ser_cy(c, r):
    pol, la = checks_summary_cy(c, r)
    k = c.kid
    rec = pick(r, "Nid oes materion diogelu sy'n atal y partïon rhag ceisio cytuno ar drefniadau yn y FHDRA.",
               "Mae materion diogelu heb eu datrys. Argymhellir bod y llys yn gorchymyn adroddiad lles o dan adran 7 ac nad oes unrhyw amser heb oruchwyliaeth gyda'r tad hyd hynny.",
               "Argymhellir gwrandawiad canfod ffeithiau ar honiadau'r fam cyn unrhyw asesiad lles.")
    return dict(text=(f"{letterhead(c, r, 'cy')}\n\n## Adroddiad Ymholiadau Diogelu (SER)\nAt: {c.court_cy[0].upper() + c.court_cy[1:]}\nRhif yr achos: {c.number}\n"
                      f"Plant: {c.kids_dob('cy')}\nGwrandawiad: FHDRA, {c.d('cy', 5)}\n\n1. Cyflwyniad\nMae'r adroddiad hwn yn nodi canlyniad y gwiriadau diogelu "
                      f"a'r cyfweliadau ffôn â'r partïon. Nid yw'r ymarferydd wedi siarad â'r plant.\n\n2. Gwiriadau'r heddlu\n{pol}\n\n3. Gwiriadau'r awdurdod lleol\n{la}\n\n"
                      f"4. Barn y partïon\nMae'r {'tad' if c.applicant_is_father else 'fam'} yn gofyn i {k.name} dreulio amser gydag {'ef' if c.applicant_is_father else 'hi'} bob yn ail benwythnos. "
                      f"Mae'r {'fam' if c.applicant_is_father else 'tad'} yn codi pryderon am {pick(r, 'yfed', 'dymer', 'gyrru ar ôl yfed')} y parti arall.\n\n"
                      f"5. Argymhellion\n{rec}\n\n{c.fca}\nYmgynghorydd Llys Teulu\n{c.d('cy', 0)}"))


@tpl("safeguarding-letter", "cy", ATTACH, "cafcass", law="P")
def sgl_bilingual_p1(c, r):
    pol, la = checks_summary_cy(c, r)
    return dict(text=(f"{letterhead(c, r, 'cy')}\n\nAdroddiad ar Ymholiadau Diogelu / Safeguarding Enquiries Report\n"
                      f"Yn y Llys Teulu / In the Family Court - {c.town_cy}\nRhif / No: {c.number}\n\n"
                      f"Iaith ddewisol y partïon / Parties' preferred language: Cymraeg (mam), English (dad)\n\n"
                      f"Gwiriadau / Checks:\nHeddlu / Police - {pol}\nAwdurdod lleol / Local authority - {la}\n<<PB>>\n"
                      f"Cyfweliadau / Interviews\nSiaradais â'r ddau barti ar y ffôn ar {c.d('cy', -4)}. / I spoke to both parties by phone.\n\nTudalen 2 o 4"))


@tpl("safeguarding-letter", "cy", SCANNED, "cafcass", law="P")
def sgl_last_page_cy(c, r):
    return dict(text=(f"...ac felly, o ystyried y wybodaeth a gafwyd gan {c.police_cy}, mae'r ymarferydd o'r farn nad yw'n ddiogel i'r llys wneud gorchymyn "
                      f"trwy gytundeb yn y gwrandawiad cyntaf.\n\nArgymhellion\n(a) adroddiad a.7 gan CAFCASS Cymru, yn canolbwyntio ar effaith y cam-drin domestig honedig;\n"
                      f"(b) cyswllt anuniongyrchol yn unig (cardiau, galwadau fideo dan oruchwyliaeth) hyd nes y gwrandawiad nesaf;\n(c) cyfeirio'r tad at raglen DAPP.\n\n"
                      f"Nid yw'r wybodaeth hon wedi'i rhannu â'r partïon cyn y gwrandawiad.\n\n{c.fca}\nYmgynghorydd Llys Teulu, CAFCASS Cymru\n\nTudalen {r.randint(3, 5)} o {r.randint(5, 6)}"))


@tpl("safeguarding-letter", "en", ATTACH, "cafcass", law="P", wales=False, docname=("Safeguarding letter", "Llythyr diogelu"))
def sgl_cafcass_en(c, r):
    return dict(text=(f"{letterhead(c, r, 'en')}\n\n## Safeguarding Letter\nCourt: {c.town_en} Family Court   Case no: {c.number}\nFirst hearing: {c.d('en', 6)}\n"
                      f"Children: {c.kids_dob('en')}\n\nSafeguarding checks\nPolice: {pick(r, 'no information held.', 'two domestic incidents reported by the mother in ' + str(c.year - 1) + '; no charges.', 'the father has a caution for assault (2019).')}\n"
                      f"Local authority: {pick(r, 'not known.', 'known; child in need plan closed ' + str(c.year - 1) + '.')}\n\n"
                      f"Telephone interviews: both parties spoken to.\n\nRecommendation: {pick(r, 'the court may wish to explore agreement at the FHDRA.', 'a section 7 report is recommended.', 'a fact-finding hearing may be necessary.')}\n\n{sig_en(c, r)}"))


@tpl("safeguarding-letter", "en", ATTACH, "cafcass", law="P")
def sgl_wales_en(c, r):
    return dict(text=(f"{letterhead(c, r, 'en')}\n\nSafeguarding Enquiries Report to {c.court_en}\n{c.number}\n\n"
                      f"Checks undertaken: {c.police_en}; {c.council_en}.\nOutcome: {pick(r, 'Neither agency holds relevant information.', 'The police hold records of three call-outs (see below).', 'The local authority confirms the children were on the Child Protection Register in ' + str(c.year - 2) + '.')}\n\n"
                      f"Telephone interview with the mother (conducted in Welsh): she said \"dw i isio iddyn nhw weld eu tad, ond nid ar ben ei hun\" - she wants the children to see their father, but not alone.\n"
                      f"Telephone interview with the father: he accepts he drank heavily in the past.\n\nRecommendation: {pick(r, 's7 report', 'interim supervised contact and a further hearing', 'no safeguarding barrier to agreement')}.\n\n{sig_en(c, r)}"))


@tpl("safeguarding-letter", "cy", TREE, "cafcass", law="P")
def sgl_short_cy(c, r):
    pol, la = checks_summary_cy(c, r)
    return dict(text=(f"At y Llys - {c.number}\n\nGwiriadau diogelu cyn y FHDRA:\n- Heddlu: {pol}\n- Awdurdod lleol: {la}\n"
                      f"Siaradwyd â'r ddau barti. Nid oes pryderon diogelu newydd wedi'u codi. Gall y llys ystyried cytundeb ar y diwrnod.\n{c.fca}"))


# section 7 report --------------------------------------------------------------------------

def welfare_checklist_cy(c, r):
    k = c.kid
    return (f"(a) Dymuniadau a theimladau'r plentyn: Dywedodd {k.name} wrthyf: \"{pick(r, 'Dwi isio gweld dad ond dwi isio cysgu adra', 'Fi’n hoffi mynd at dad ond ddim pan ma fe’n grac', 'Dwi’m isio dewis')}\". "
            f"O ystyried {k.ei('oedran')} ({k.age(c.today)} oed) {k.ei('dealltwriaeth', 'a')}, rhoddaf bwys {pick(r, 'sylweddol', 'cymedrol')} i'w {k.p('farn', 'barn')}.\n"
            f"(b) Anghenion corfforol, emosiynol ac addysgol: mae {k.name} yn ffynnu yn {c.school}; mae angen sefydlogrwydd a threfn.\n"
            f"(c) Effaith debygol unrhyw newid: byddai newid cartref yn tarfu ar {k.ei('addysg')} a'i {k.p('gyfeillgarwch', 'chyfeillgarwch')}.\n"
            f"(d) Oedran, rhyw, cefndir: mae {k.name} yn siaradwr Cymraeg iaith gyntaf ac mae {k.ei('hunaniaeth')} Gymreig yn bwysig i'r ddau riant.\n"
            f"(e) Niwed: mae {k.name} wedi bod yn dyst i wrthdaro rhwng {k.ei('rhieni')}.\n"
            f"(f) Gallu'r rhieni: gall y ddau riant ddiwallu anghenion sylfaenol {k.name}.\n(g) Pwerau'r llys: mae'r ystod lawn o orchmynion ar gael.")


@tpl("section-7-report", "cy", ATTACH, "cafcass", law="P", docname=("Section 7 report", "Adroddiad adran 7"))
def s7_long_cy(c, r):
    k = c.kid
    rec = pick(r, f"{k.name} i fyw gyda'r fam ac i dreulio amser gyda'r tad bob yn ail benwythnos o ddydd Gwener tan ddydd Sul, a hanner y gwyliau ysgol.",
               f"{k.name} i fyw gyda'r fam; amser gyda'r tad i ddechrau dan oruchwyliaeth am 8 wythnos, yna'n symud i amser heb oruchwyliaeth os yw'r profion alcohol yn glir.",
               f"Gorchymyn 'byw gyda' a rennir, gyda {k.name} yn treulio wythnosau bob yn ail yn y ddau gartref.")
    return dict(text=(f"{letterhead(c, r, 'cy')}\n\n## Adroddiad Lles - adran 7 Deddf Plant 1989\n{c.court_cy[0].upper() + c.court_cy[1:]}\nRhif yr achos: {c.number}\n"
                      f"Plant: {c.kids_dob('cy')}\nAwdur: {c.fca}, Ymgynghorydd Llys Teulu\nDyddiad: {c.d('cy')}\n\n"
                      f"1. Cyflwyniad\nGorchmynnodd y llys yr adroddiad hwn ar {c.d('cy', -70)}. Gofynnwyd i mi fynd i'r afael â'r trefniadau byw a'r amser y dylai {k.name} ei dreulio gyda'r {'tad' if c.applicant_is_father else 'fam'}.\n\n"
                      f"2. Ymholiadau\nCyfweliadau â'r ddau riant; dau gyfarfod gyda {k.name}; gwybodaeth gan {c.school}, {c.hb_cy}, {c.police_cy} a {c.council_cy}.\n<<PB>>\n"
                      f"3. Cefndir\nRoedd {c.mum_first} a {c.dad_first} mewn perthynas am {r.randint(4, 12)} mlynedd. Gwahanodd y rhieni yn {c.year - 1}. "
                      f"Ers hynny mae {k.name} wedi byw gyda'r fam {c.yn_town}.\n\n4. Y rhestr wirio lles\n{welfare_checklist_cy(c, r)}\n<<PB>>\n"
                      f"5. Dadansoddiad\nMae'r ddau riant yn caru {k.name}. Y brif broblem yw'r gwrthdaro rhyngddynt, sy'n cael effaith ar les emosiynol y plentyn. "
                      f"Rwyf wedi ystyried y risg o niwed yn unol ag Ymarfer Cyfarwyddyd 12J.\n\n6. Argymhelliad\n{rec}\n\n"
                      f"Datganiad: Rwy'n deall fy nyletswydd i'r llys.\n{c.fca}"))


@tpl("section-7-report", "cy", SCANNED, "cafcass", law="P")
def s7_middle_page_cy(c, r):
    pg = r.randint(5, 9)
    return dict(text=f"{c.number}\n\n{welfare_checklist_cy(c, r)}\n\n{c.kid.name} {c.kid_surname} - SWYDDOGOL-SENSITIF\nTudalen {pg} o {pg + r.randint(3, 7)}")


@tpl("section-7-report", "cy", ATTACH, "cafcass", law="P")
def s7_first_page_cy(c, r):
    return dict(text=(f"{letterhead(c, r, 'cy')}\n\nYN Y LLYS TEULU\nyn eistedd {c.yn_town}\nRhif: {c.number}\n\nYnghylch: {c.kids_dob('cy')}\n\n"
                      f"Adroddiad lles a baratowyd yn unol ag a.7 Deddf Plant 1989\n\nCeisydd: {c.applicant}\nAtebydd: {c.respondent}\n\n"
                      f"Awdur: {c.fca}\nIaith yr adroddiad: Cymraeg (dewis y ddau barti)\n\nCynnwys\n1. Cyflwyniad ..... 2\n2. Ymholiadau ..... 2\n3. Cefndir ..... 3\n"
                      f"4. Dymuniadau a theimladau ..... 5\n5. Y rhestr wirio lles ..... 6\n6. Dadansoddiad ..... 9\n7. Argymhellion ..... 11\n\nTudalen 1 o {r.randint(11, 16)}"))


@tpl("section-7-report", "en", ATTACH, "cafcass", law="P", docname=("s7 report", "Adroddiad a.7"))
def s7_wales_en(c, r):
    k = c.kid
    return dict(text=(f"{letterhead(c, r, 'en')}\n\n## Welfare report (section 7, Children Act 1989)\n{c.number} - {c.court_en}\nAuthor: {c.fca}\n\n"
                      f"Enquiries: interviews with both parents; {k.name} seen twice at {c.school} (sessions in Welsh, the child's first language); "
                      f"information from {c.police_en}, {c.council_en} and {c.hb_en}.\n\nWishes and feelings: {k.name} told me \"{pick(r, 'dwi isio gweld dad mwy', 'fi’n hapus fel mae pethau', 'dwi ddim isio mynd os ydi o’n gweiddi')}\" "
                      f"({pick(r, 'I want to see dad more', 'I am happy as things are', 'I don’t want to go if he shouts')}).\n\n"
                      f"Analysis: applying the welfare checklist, the main risk to {k.name} is exposure to parental conflict.\n\n"
                      f"Recommendation: {pick(r, 'a child arrangements order for ' + k.name + ' to live with mother and spend alternate weekends with father', 'a shared lives with order', 'supervised time for 3 months, then review')}.\n\n{c.fca}\n{c.d('en')}"))


@tpl("section-7-report", "en", ATTACH, "cafcass", law="P", wales=False)
def s7_england_en(c, r):
    k = c.kid
    return dict(text=(f"IN THE FAMILY COURT AT {c.town_en.upper()}\nCase number: {c.number}\n\nReport of the Family Court Adviser under s.7 Children Act 1989\n\n"
                      f"1. Summary\nThe court asked me to consider where {k.name} should live. {k.name} is {k.age(c.today)}.\n\n"
                      f"2. What {k.name} told me\n{k.name} drew a picture of {k.his} two homes and said {k.he} wanted \"both\".\n\n"
                      f"3. Welfare checklist\n{k.name}'s needs are being met by both parents. The risk of harm has been considered in accordance with PD12J.\n\n"
                      f"4. Recommendation\n{pick(r, 'Shared care on a week on / week off basis', 'Lives with mother; time with father each weekend', 'Lives with father; time with mother during the week')}.\n\n"
                      f"{c.fca}\nFamily Court Adviser, {c.area_en}"))


@tpl("section-7-report", "cy", SCANNED, "cafcass", law="P")
def s7_recs_cy(c, r):
    k = c.kid
    return dict(text=(f"7. Argymhellion\n\n7.1 Argymhellaf fod y llys yn gwneud gorchymyn trefniadau plant fel bod {k.name} yn byw {k.ei('mam', 'gyda')} ac yn treulio amser {k.ei('tad', 'gyda')} "
                      f"{pick(r, 'bob dydd Sadwrn o 10yb tan 5yh', 'bob yn ail benwythnos a noson ganol wythnos', 'unwaith y mis mewn canolfan gyswllt')}.\n"
                      f"7.2 Dylai'r rhieni fynychu Gweithio Gyda'n Gilydd er Mwyn Plant os nad ydynt eisoes wedi gwneud.\n"
                      f"7.3 Nid wyf yn argymell gorchymyn cymorth i deuluoedd.\n\nRwy'n cadarnhau fy mod wedi ystyried yr holl ffactorau yn y rhestr wirio lles.\n\n"
                      f"{c.fca}\nYmgynghorydd Llys Teulu\n{c.d('cy', 0, (2,))}"))


# guardian's analysis -----------------------------------------------------------------------

@tpl("guardian-analysis", "cy", ATTACH, "cafcass", law="C", docname=("Initial analysis", "Dadansoddiad cychwynnol"))
def ga_initial_cy(c, r):
    k = c.kid
    return dict(text=(f"{letterhead(c, r, 'cy')}\n\n## Dadansoddiad ac Argymhellion Cychwynnol y Gwarcheidwad\nAchos gofal: {c.number}\nCeisydd: {c.council_cy}\n"
                      f"Plant: {c.kids_dob('cy')}\nGwarcheidwad: {c.fca}\nGwrandawiad: Gwrandawiad Rheoli Achos, {c.d('cy', 4)}\n\n"
                      f"1. Trothwy\nRwy'n fodlon bod y trothwy dros dro o dan adran 38 wedi'i gyrraedd ar sail {pick(r, 'esgeulustod cronig', 'anafiadau heb esboniad', 'cam-drin domestig a defnydd cyffuriau')}.\n\n"
                      f"2. Cynllun gofal interim\nCefnogaf leoliad {c.kids_names('cy')} gyda {pick(r, 'gofalwyr maeth', c.gp_role_cy + ' dan drefniant gofalwr sy’n berthynas', 'eu mam mewn uned breswyl i rieni a babanod')}.\n\n"
                      f"3. Cyswllt\nDylai cyswllt gyda'r rhieni fod dair gwaith yr wythnos dan oruchwyliaeth.\n\n4. Asesiadau\nRwy'n cefnogi cais yr awdurdod lleol am asesiad seicolegol o'r fam a phrofion gwallt.\n\n"
                      f"5. Amserlen\nDylai'r achos gael ei gwblhau o fewn 26 wythnos.\n\n{c.fca}\nGwarcheidwad Plant, CAFCASS Cymru"))


@tpl("guardian-analysis", "cy", ATTACH, "cafcass", law="C")
def ga_final_cy(c, r):
    k = c.kid
    return dict(text=(f"Yn y Llys Teulu {c.yn_town}\n{c.number}\n\nDadansoddiad terfynol ac argymhellion y gwarcheidwad\n\n"
                      f"Barn {k.name}: Mae {k.name} yn dweud {k.p('ei fod', 'ei bod')} eisiau {pick(r, 'aros gyda’r gofalwyr maeth', 'mynd adref at mam', 'byw gyda ' + c.gp_role_cy)}. "
                      f"Cyfarfûm {k.p('ag ef', 'â hi')} {r.randint(3, 5)} gwaith.\n\n<<PB>>Y cynlluniau realistig:\n(i) dychwelyd at y rhieni - manteision: ... anfanteision: diffyg newid cynaliadwy;\n"
                      f"(ii) gorchymyn gwarcheidiaeth arbennig i {c.grandparent};\n(iii) gofal hirdymor.\n\nDadansoddiad cytbwys: ar ôl pwyso'r opsiynau, ystyriaf mai "
                      f"{pick(r, 'gorchymyn gwarcheidiaeth arbennig', 'gorchymyn gofal gyda chynllun lleoli hirdymor', 'dychwelyd adref dan orchymyn goruchwylio')} sydd er lles pennaf {k.name} drwy gydol {k.ei('oes')}.\n\n"
                      f"Argymhellion:\n1. ...\n2. Cyswllt gyda'r rhieni {pick(r, 'chwe gwaith y flwyddyn', 'yn fisol', 'bob pythefnos')}.\n\n{c.fca}, Gwarcheidwad"))


@tpl("guardian-analysis", "en", ATTACH, "cafcass", law="C", docname=("Guardian's analysis", "Dadansoddiad y gwarcheidwad"))
def ga_initial_en(c, r):
    return dict(text=(f"{letterhead(c, r, 'en')}\n\n## Initial Analysis and Recommendations of the Children's Guardian\nCase: {c.number}\nApplicant: {c.council_en}\n"
                      f"Children: {c.kids_dob('en')}\n\nThe interim threshold is {pick(r, 'met', 'in my view met')}. I support the interim care plan for {c.kids_names('en')} to be placed "
                      f"{pick(r, 'with foster carers', 'with their maternal grandmother under a s.38(6) assessment', 'at home with mother under an interim supervision order')}.\n"
                      f"Outstanding work: parenting assessment; viability assessment of {c.grandparent}; psychological assessment.\n"
                      f"I have met {c.kid.name} at the placement. The children speak Welsh at home and school; any placement should support this.\n\n{c.fca}\nChildren's Guardian"))


@tpl("guardian-analysis", "en", ATTACH, "cafcass", law="C", wales=False)
def ga_final_en(c, r):
    return dict(text=(f"FINAL ANALYSIS - CHILDREN'S GUARDIAN\n{c.number} {c.council_en} v {c.mother.split()[-1]} & {c.father.split()[-1]}\n\n"
                      f"Realistic options: (1) return home; (2) special guardianship; (3) long-term foster care; (4) adoption.\n\n"
                      f"Welfare checklist analysis (s1(3) CA 1989 and s1(4) ACA 2002): ...\n\nConclusion: I support the local authority's final care plan of "
                      f"{pick(r, 'placement for adoption', 'long-term foster care', 'special guardianship to the paternal aunt')}. Only this option meets the children's needs throughout their childhood.\n\n{c.fca}"))


@tpl("guardian-analysis", "cy", SCANNED, "cafcass", law="C")
def ga_fragment_cy(c, r):
    return dict(text=(f"...o ran y cynllun gofal interim, nid wyf yn cytuno â'r awdurdod lleol y dylai'r cyswllt leihau i unwaith yr wythnos. "
                      f"Mae {c.kid.name} yn gofyn am {c.kid.ei('mam')} bob dydd, yn ôl y gofalwyr maeth. Fel Gwarcheidwad, argymhellaf fod y cyswllt yn parhau "
                      f"deirgwaith yr wythnos tan y gwrandawiad materion.\n\nTudalen {r.randint(4, 8)} - {c.number} - Gwarcheidwad: {c.fca}"))


# letter to the court -----------------------------------------------------------------------

@tpl("letter-to-court", "cy", ATTACH, "cafcass", docname=("FAO progress letter", "Llythyr cynnydd GCD"))
def ltc_fao_cy(c, r):
    return dict(text=(f"{letterhead(c, r, 'cy')}\n\nAt: {c.judge_cy[0].upper() + c.judge_cy[1:]}\n{c.court_cy[0].upper() + c.court_cy[1:]}\n{c.d('cy')}\n\nRhif yr achos: {c.number}\n\n"
                      f"Gorchymyn Cymorth i Deuluoedd - diweddariad\n\nGwnaed y gorchymyn cymorth i deuluoedd ar {c.d('cy', -150)}. Ysgrifennaf i roi gwybod i'r llys am y cynnydd "
                      f"yn ystod y chwe mis. Cynhaliwyd {r.randint(4, 8)} sesiwn gyda'r teulu. Mae'r trefniadau ar gyfer {c.kids_names('cy')} {pick(r, 'wedi sefydlogi', 'yn parhau i fod yn fregus', 'wedi gwella’n sylweddol')}.\n\n"
                      f"Daw'r gorchymyn i ben ar {c.d('cy', 30)}. Nid wyf yn gofyn i'r llys wneud unrhyw beth pellach.\n\n{sig_cy(c, r)}"))


@tpl("letter-to-court", "cy", EMAIL, "cafcass")
def ltc_extension_cy(c, r):
    return dict(text=(f"At sylw {c.judge_cy[0].upper() + c.judge_cy[1:]},\n\nRhif yr achos: {c.number}\n\nYsgrifennaf i ofyn yn barchus i'r llys ymestyn y dyddiad ffeilio ar gyfer "
                      f"fy adroddiad o {c.d('cy', 3)} i {c.d('cy', 17)}. Rheswm: {pick(r, 'nid yw’r wybodaeth gan yr heddlu wedi dod i law er gwaethaf sawl cais', 'bu’r plentyn yn yr ysbyty ac nid wyf wedi gallu ei weld', 'mae’r tad wedi datgelu gwybodaeth newydd sy’n gofyn am wiriadau pellach')}. "
                      f"Nid yw hyn yn effeithio ar ddyddiad y gwrandawiad.\n\nMae'r partïon wedi cael copi o'r llythyr hwn.\n\n{c.fca}\nYmgynghorydd Llys Teulu, CAFCASS Cymru"),
                subject=pick(r, f"{c.number} - at y Barnwr", f"Llythyr i'r llys {c.number}", f"I'W ROI GERBRON Y BARNWR - {c.number}"))


@tpl("letter-to-court", "en", ATTACH, "cafcass", wales=False)
def ltc_end_fao_en(c, r):
    return dict(text=(f"{letterhead(c, r, 'en')}\n\nTo: {c.judge_en[0].upper() + c.judge_en[1:]}, {c.town_en} Family Court\nCase: {c.number}\n\n"
                      f"Dear {pick(r, 'Judge', 'Sir or Madam', 'District Judge')},\n\nI write at the end of the 12-month Family Assistance Order for placing on the court file. "
                      f"The parents now communicate through a co-parenting app and {c.kids_names('en')} {'are' if c.plural else 'is'} spending time with both of them as ordered. "
                      f"There are no outstanding safeguarding concerns.\n\n{sig_en(c, r)}"))


@tpl("letter-to-court", "en", EMAIL, "cafcass")
def ltc_agreement_en(c, r):
    return dict(text=(f"Dear {pick(r, 'District Judge', 'Judge', 'Sir/Madam')},\n\nRe: {c.number} - {c.name}\n\nSince the last hearing the parties have agreed arrangements for {c.kid.name}, "
                      f"which I have discussed with them separately. I have seen {c.kid.name}, who is content with the proposal. In those circumstances I respectfully suggest "
                      f"that a full section 7 report is no longer required, and I invite the court to consider vacating the filing date.\n\nKind regards,\n{c.fca}\nCAFCASS Cymru"),
                subject=pick(r, f"For the attention of the Judge - {c.number}", f"{c.number} update to court", "Letter to court"))


@tpl("letter-to-court", "cy", SCANNED, "cafcass")
def ltc_wishes_cy(c, r):
    k = c.kid
    return dict(text=(f"{letterhead(c, r, 'cy')}\n\n{c.court_cy[0].upper() + c.court_cy[1:]}\nAt sylw'r Barnwr\n\n{c.number}\n\nAnnwyl Farnwr,\n\n"
                      f"Fel y cyfarwyddwyd, cyfarfûm â {k.name} eto ar {c.d('cy', -3)} i glywed {k.ei('barn')} am y trefniadau newydd. Dywedodd {k.fe} "
                      f"{pick(r, 'fod y penwythnosau gyda dad yn mynd yn dda', 'nad yw eisiau aros dros nos eto', 'yr hoffai weld ' + k.ei('brawd') + ' yn amlach')}. "
                      f"Nid yw hyn yn newid fy argymhelliad.\n\n{sig_cy(c, r)}"))


# addendum ----------------------------------------------------------------------------------

@tpl("addendum-report", "cy", ATTACH, "cafcass", law="P", docname=("Addendum", "Adroddiad atodol"))
def add_update_cy(c, r):
    k = c.kid
    return dict(text=(f"{letterhead(c, r, 'cy')}\n\n{c.court_cy[0].upper() + c.court_cy[1:]}\n{c.number}\n\n"
                      f"## Diweddariad i'r adroddiad lles dyddiedig {c.d('cy', -90)}\n\n1. Diben\nCyfarwyddodd y llys ar {c.d('cy', -30)} fy mod yn ffeilio diweddariad "
                      f"yn dilyn {pick(r, 'canlyniadau’r profion gwallt', 'y gwrandawiad canfod ffeithiau', 'symud y fam i gyfeiriad newydd')}.\n\n"
                      f"2. Gwybodaeth newydd\n{pick(r, 'Mae’r profion gwallt yn dangos defnydd isel o gocên yn ystod y tri mis diwethaf.', 'Gwnaeth y llys ganfyddiadau bod y tad wedi ymddwyn yn rheolaethol.', 'Mae ' + k.name + ' wedi dechrau mewn ysgol newydd ac wedi setlo’n dda.')}\n\n"
                      f"3. Barn {k.name}\nCyfarfûm â {k.name} unwaith eto. Mae {k.ei('barn')} yn gyson â'r hyn a ddywedodd wrthyf o'r blaen.\n\n"
                      f"4. Argymhelliad diwygiedig\n{pick(r, 'Nid wyf yn newid fy argymhelliad.', 'Argymhellaf bellach fod yr amser gyda’r tad dan oruchwyliaeth.', 'Argymhellaf gynyddu’r amser gyda’r tad i gynnwys nosweithiau.')}\n\n{c.fca}"))


@tpl("addendum-report", "cy", SCANNED, "cafcass", law="P")
def add_short_cy(c, r):
    return dict(text=(f"YCHWANEGIAD I'R ADRODDIAD ADRAN 7\n{c.number}  Awdur: {c.fca}\n\nYn dilyn y gwrandawiad ar {c.d('cy', -20)}, gofynnwyd i mi ystyried a ddylai {c.kid.name} "
                      f"aros dros nos gyda'r tad. Ers hynny mae'r tad wedi cwblhau'r rhaglen DAPP ({c.provider[0]}) ac mae adroddiad y darparwr yn gadarnhaol.\n\n"
                      f"Argymhelliad: nosweithiau bob yn ail nos Sadwrn, i ddechrau o fewn mis."))


@tpl("addendum-report", "en", ATTACH, "cafcass", law="P", docname=("Addendum report", "Adroddiad atodol"))
def add_en_wales(c, r):
    return dict(text=(f"{letterhead(c, r, 'en')}\n\nAddendum to section 7 report dated {c.d('en', -100)}\n{c.number} - {c.court_en}\n\n"
                      f"The court directed this addendum on {c.d('en', -35)} to address {pick(r, 'the outcome of the fact-finding hearing', 'the hair strand test results', 'the father’s move to England')}.\n\n"
                      f"Updated enquiries: police checks refreshed; {c.kid.name} seen at school on {c.d('en', -10)} (in Welsh).\n\n"
                      f"Updated recommendation: {pick(r, 'unchanged', 'time with father to be supervised for a further 3 months', 'overnight stays may start')}.\n\n{c.fca}"))


@tpl("addendum-report", "en", ATTACH, "cafcass", law="P", wales=False)
def add_en_england(c, r):
    return dict(text=(f"IN THE FAMILY COURT AT {c.town_en.upper()}\n{c.number}\n\n## ADDENDUM REPORT\n\n1. Since my report dated {c.d('en', -84)}, "
                      f"{pick(r, 'the mother has been arrested on suspicion of drink driving', 'the children have been spending time with their father as recommended', 'the father has moved in with a new partner')}.\n"
                      f"2. I have updated the checks and spoken to both parents.\n3. My recommendation {pick(r, 'is unchanged', 'is amended as below')}.\n\n{c.fca}, FCA"))


@tpl("addendum-report", "cy", TREE, "cafcass", law="P")
def add_draft_cy(c, r):
    return dict(text=(f"DRAFFT - adroddiad pellach {c.number}\nDiben: yn unol â chyfarwyddyd 4 y gorchymyn dyddiedig {c.d('cy', -28, (3,))}.\n"
                      f"Gwybodaeth newydd ers fy adroddiad diwethaf: ... (i'w gwblhau ar ôl siarad â'r ysgol)\nBarn {c.kid.name}: dal eisiau gweld dad \"ond ddim yn y tŷ newydd\".\n"
                      f"Argymhelliad: dim newid hyd yma."))


# ----------------------------------------------------------------------------------------------
# direct-work
# ----------------------------------------------------------------------------------------------

@tpl("letter-from-child", "cy", SCANNED, "child", docname=("Letter from child", "Llythyr gan y plentyn"))
def lfc_north(c, r):
    k = c.kid_aged(7, 12)
    a, b = r.choice([("mam", "dad"), ("dad", "mam")])
    return dict(text=(f"Anwyl Barnwr\n\nFy enw i ydi {k.name} a dwi yn {k.age(c.today)} oed. Dwi isio byw efo {a} ond dwi isio gweld "
                      f"{b} ar y penwthnos hefyd. Dwi'n licio mynd i dŷ Nain achos ma gynni hi gath. "
                      f"Dwi ddim yn licio pan ma nhw'n ffraeo ar y ffôn.\n\nPlis gwnewch yn siwr bod pawb yn hapus.\n\ngan {k.name} xx"))


@tpl("letter-from-child", "cy", SCANNED, "child")
def lfc_south(c, r):
    k = c.kid_aged(7, 12)
    return dict(text=(f"Helo {c.fca.split()[0]}\n\nfi'n moyn gweud wrthot ti bo fi'n hoffi mynd at {pick(r, 'dad', 'mam')} ond fi ddim yn hoffi'r car hir. "
                      f"Ma Mamgu yn neud pancos pan fi'n mynd. fi'n moyn mynd pob penwthnos ddim jyst bob yn ail.\n"
                      f"Fi ddim yn grac da neb.\n\n{k.name}\n(bl {max(1, k.age(c.today) - 4)})"))


@tpl("letter-from-child", "cy", EMAIL, "parent")
def lfc_teen_email(c, r):
    k = c.kid_aged(12, 16)
    return dict(text=(f"Helo,\n\n{k.name} dw i, dw i'n defnyddio email {pick(r, 'mam', 'dad')} achos sgen i ddim un fy hun. "
                      f"Dw i isio deud wrthach chi bo fi ddim isio mynd i'r contact centre eto, dw i'n {k.age(c.today)} a dw i'n gallu penderfynu fy hun. "
                      f"Dw i'n hapus i weld {pick(r, 'dad', 'mam')} yn Maccies neu rwla ond ddim efo rhywun yn gwylio ni.\n\nPlis peidiwch deud wrth {pick(r, 'dad', 'mam')} bo fi wedi sgwennu hwn.\n\n{k.name}"),
                subject=pick(r, "gan " + k.name, "contact", "helo", "o " + k.name + " nid mam"))


@tpl("letter-from-child", "en", SCANNED, "child")
def lfc_en(c, r):
    k = c.kid_aged(7, 13)
    return dict(text=(f"Dear Judge\n\nMy name is {k.name}. I am {k.age(c.today)}. I want to live with {pick(r, 'my mum', 'my dad')} because "
                      f"{pick(r, 'my school is there and my friends', 'they dont shout', 'I have my own room and my hamster')}. "
                      f"I still want to see {pick(r, 'dad', 'mum')} at weekends and facetime.\n\nPlease dont tell them what I wrote.\n\nfrom {k.name}"))


@tpl("letter-from-child", "en", SCANNED, "child")
def lfc_bilingual_child(c, r):
    k = c.kid_aged(7, 12)
    return dict(text=(f"To {c.fca.split()[0]}\n\nThank you for listening to me. Diolch! I want to tell the judge that I miss {c.taid} and {c.nain}. "
                      f"When I am at dad's we go to the beach and get chips. I don't want to change school. Dwi'n hapus yn yr ysgol.\n\n"
                      f"Love {k.name} ♥\nP.S. I did a picture on the back"))


@tpl("letter-from-child", "cy", SCANNED, "child")
def lfc_short_note(c, r):
    k = c.kid_aged(6, 9)
    return dict(text=(f"i'r barnwr\n\ndwi isio aros yn tŷ ni. dwi isio gweld {pick(r, 'dad', 'mam')} ar ddydd sadwrn. dwi'n caru pawb.\n{k.name}"))


# child drawing -----------------------------------------------------------------------------

@tpl("child-drawing", "cy", SCANNED, "child", docname=("Drawing", "Llun"))
def cd_family(c, r):
    k = c.kid_aged(4, 10)
    extra = pick(r, "ci", "Pero y ci", "cath", "bwji")
    return dict(text=f"Fy nheulu i\n\nmam     fi      {pick(r, 'dad', c.partner.split()[0])}\n{extra}\n{pick(r, c.nain, 'Nain', 'Mamgu')}\n\n{k.name}  {k.age(c.today)}")


@tpl("child-drawing", "cy", SCANNED, "child")
def cd_three_houses(c, r):
    k = c.kid_aged(6, 11)
    return dict(text=(f"Tŷ pethau da\ngemau   pizza   {pick(r, 'dad', 'mam')}\n\nTŷ poeni\nffraeo   gweiddi   ysgol\n\nTŷ breuddwydion\n"
                      f"pawb yn ffrindiau   {pick(r, 'ci bach', 'trampolîn', 'pwll nofio')}\n\n{k.name}"))


@tpl("child-drawing", "en", SCANNED, "child")
def cd_beach_en(c, r):
    k = c.kid_aged(4, 9)
    return dict(text=f"me and dad at the beach\n\nsun\n\nme    dad    {pick(r, 'Bella', 'the dog', 'nanny')}\n\nby {k.name}")


@tpl("child-drawing", "cy", SCANNED, "child")
def cd_birthday(c, r):
    k = c.kid_aged(4, 8)
    return dict(text=f"Penblwydd\nHapus\n{k.age(c.today)}\n~ ~ ~ \" '\nfi  a  {pick(r, 'dad', 'mam', c.nain)}\n. . ,")


@tpl("child-drawing", "cy", SCANNED, "child")
def cd_noise_only(c, r):
    k = c.kid_aged(3, 7)
    return dict(text=f"'\n/ \\ - ,\n{k.name[:3]}. . {k.name[3:]}\nm a m\nII  ~\n{pick(r, 'tŷ', 'ty', 'cartref')}")


@tpl("child-drawing", "en", SCANNED, "child")
def cd_wish_en(c, r):
    k = c.kid_aged(6, 11)
    return dict(text=(f"My wish\n\nI wish {pick(r, 'mum and dad would be friends', 'I could see Taid every day', 'my dad had a bigger house')}\n\n"
                      f"* * *\n{k.name}\nFy nymuniad"))


@tpl("child-drawing", "cy", SCANNED, "child")
def cd_feelings_faces(c, r):
    k = c.kid_aged(5, 10)
    feelings = r.sample(["hapus", "trist", "blin", "ofn", "poeni", "cyffrous"], 3)
    return dict(text=(f"Sut dwi'n teimlo\n\n:)  {feelings[0]} - yn tŷ {pick(r, 'mam', 'dad')}\n:(  {feelings[1]} - pan ma'r car yn dod\n"
                      f":|  {feelings[2]} - ysgol\n\n{k.name}"))


# direct work record ------------------------------------------------------------------------

@tpl("direct-work-record", "cy", TREE, "cafcass", docname=("Direct work", "Gwaith uniongyrchol"))
def dwr_session_cy(c, r):
    k = c.kid_aged(6, 14)
    return dict(text=(f"Sesiwn gwaith uniongyrchol gyda {k.name}\nDyddiad: {c.d('cy', -3)}\nLleoliad: {c.school} (ystafell dawel)\nGweithiwr: {c.fca}\nIaith: Cymraeg\n\n"
                      f"Dechreuais drwy esbonio pwy ydw i a bod y barnwr eisiau gwybod beth mae {k.name} yn ei feddwl. Defnyddiais {pick(r, 'gardiau teimladau', 'yr offeryn ‘Fy Myd i’', 'ddoliau a thŷ bach')}.\n\n"
                      f"Wrth siarad am {k.ei('tad')}, dywedodd {k.fe}: \"{pick(r, 'Dwi’n colli dad', 'Ma dad yn hwyl ond ma fe’n gweiddi weithiau', 'Dwi’m yn gwybod')}\".\n"
                      f"Wrth siarad am {k.ei('mam')}: \"{pick(r, 'Mam sy’n gwneud popeth', 'Ma mam yn drist lot', 'Dwi’n lico byw efo mam')}\".\n\n"
                      f"Arsylwadau: roedd {k.name} yn ymlacio wrth dynnu llun, ond yn mynd yn dawel wrth sôn am drosglwyddo.\nDiweddglo: gofynnodd {k.fe} i mi ddweud wrth y barnwr "
                      f"\"{pick(r, 'dwi isio gweld y ddau', 'dim mwy o ffraeo', 'dwi isio aros yn fy ysgol')}\"."))


@tpl("direct-work-record", "cy", DOC, "cafcass")
def dwr_three_houses_cy(c, r):
    k = c.kid_aged(6, 12)
    return dict(text=(f"Y Tri Thŷ - cofnod y gweithiwr\n{k.name} ({k.age(c.today)}), {c.d('cy', -5, (3,))}\n\n"
                      f"Tŷ'r pethau da: \"chwarae ar yr Xbox efo dad\", \"{c.nain} yn gwneud cacennau\".\nTŷ'r poeni: \"pan ma mam a dad yn gweiddi ar y stepen drws\".\n"
                      f"Tŷ'r breuddwydion: \"pawb yn gallu dod i fy mharti\".\n\nSylwadau: defnyddiwyd yr offeryn gyda {k.name} yn Gymraeg; mae'r llun gwreiddiol ar y ffeil. "
                      f"Mae'r poeni yn ymwneud â gwrthdaro wrth drosglwyddo, nid â'r amser gyda'r naill riant na'r llall."))


@tpl("direct-work-record", "en", TREE, "cafcass", wales=False)
def dwr_en(c, r):
    k = c.kid_aged(6, 14)
    return dict(text=(f"Record of work with {k.name}\n{c.d('en', -4)} - seen at school, 45 minutes - {c.fca}\n\n"
                      f"Tools: 'My Needs, Wishes and Feelings' booklet; feelings faces.\n{k.name} chose the 'worried' face when talking about handovers. "
                      f"{k.he.capitalize()} said {k.he} likes going to dad's \"because we go swimming\".\n{k.name} wants {k.his} message to the judge to be \"please no more court\".\n"
                      f"Shared with child: what happens next and that I will write this down for the judge."))


@tpl("direct-work-record", "cy", ATTACH, "cafcass")
def dwr_my_world_cy(c, r):
    k = c.kid_aged(7, 14)
    return dict(text=(f"Fy Myd i - wedi'i lenwi gyda {k.name}\n\nPwy sy'n bwysig i mi: {pick(r, 'mam, dad, ' + c.nain + ', Fflei y ci', 'mam, fy chwaer, fy ffrind gorau')}\n"
                      f"Beth dwi'n hoffi: {pick(r, 'pêl-droed, Minecraft', 'dawnsio, yr Urdd', 'ceffylau')}\nBeth sy'n fy mhoeni: {pick(r, 'dad yn drist', 'symud tŷ', 'y llys')}\n"
                      f"Beth hoffwn i i'r barnwr wybod: {pick(r, 'dwi isio cysgu yn nhŷ dad', 'dwi’n hapus', 'dwi isio llonydd')}\n\n(geiriau {k.name}, ysgrifennwyd gan {c.fca})"))


@tpl("direct-work-record", "en", DOC, "cafcass")
def dwr_en_welsh_quotes(c, r):
    k = c.kid_aged(5, 11)
    return dict(text=(f"Direct work session - {k.name}\nVenue: CAFCASS Cymru office, {c.town_en}, playroom\nLanguage: Welsh (child's choice); quotes translated.\n\n"
                      f"We used a 'safe hands' exercise. {k.name} put {c.nain.capitalize()}, Mam and {k.his} teacher on the fingers. When asked about Dad {k.he} said "
                      f"\"dim rŵan\" (not now). {k.he.capitalize()} later drew a picture of a house with two doors and said \"un i mam, un i dad\".\n\n"
                      f"Analysis: {k.name} is caught between {k.his} parents and does not want to be asked to choose."))


@tpl("direct-work-record", "cy", TREE, "cafcass")
def dwr_circles_cy(c, r):
    k = c.kid_aged(7, 14)
    return dict(text=(f"Cylchoedd agosrwydd - {k.name}\nCanol: fi\nCylch 1: {pick(r, 'mam, ' + c.nain, 'dad, mam')}\nCylch 2: {pick(r, 'dad', 'Anti Non', 'fy ffrindiau')}\n"
                      f"Cylch 3: {pick(r, 'partner mam', c.partner.split()[0], 'athrawes')}\n\nNododd {c.fca}: rhoddodd {k.name} y tad yn yr ail gylch ac "
                      f"esbonio \"achos dwi ddim di weld o ers ages\"."))


# child meets judge -------------------------------------------------------------------------

@tpl("child-meets-judge", "cy", TREE, "cafcass", docname=("Note of meeting with judge", "Nodyn cyfarfod gyda'r barnwr"))
def cmj_note_cy(c, r):
    k = c.kid_aged(8, 15)
    return dict(text=(f"Nodyn o'r cyfarfod rhwng {k.name} a {c.judge_cy}\nDyddiad: {c.d('cy', -1)}\nLle: siambrau'r barnwr, {c.town_cy}\n"
                      f"Yn bresennol: {k.name}, y Barnwr, {c.fca} (YLlT)\nIaith: Cymraeg\n\nEsboniodd y Barnwr na allai gadw cyfrinachau ac mai'r Barnwr fyddai'n penderfynu, nid {k.name}. "
                      f"Gofynnodd {k.name} {pick(r, 'pam fod yr achos wedi cymryd cymaint o amser', 'a fyddai ' + k.ei('tad') + ' yn cael gwybod beth ddywedodd', 'a oedd y barnwr yn hoffi pêl-droed')}. "
                      f"Dywedodd ei {k.p('fod', 'bod')} eisiau {pick(r, 'aros yn yr un ysgol', 'gweld ' + k.ei('brawd') + ' bach yn amlach', 'cael dweud ' + k.ei('dweud'))}.\n\nHyd: {r.randint(15, 30)} munud. Ni chymerwyd tystiolaeth."))


@tpl("child-meets-judge", "cy", ATTACH, "cafcass")
def cmj_short_cy(c, r):
    k = c.kid_aged(8, 15)
    return dict(text=(f"{c.number}\nCyfarfu {k.name} â'r Barnwr heddiw cyn y gwrandawiad terfynol. Roeddwn i yno. Cyfarfod anffurfiol, {k.name} wedi dod â llun i'w ddangos. "
                      f"Y Barnwr wedi diolch {k.p('iddo', 'iddi')} ac wedi esbonio y byddai'n ysgrifennu llythyr {k.p('ato', 'ati')} ar ôl gwneud y penderfyniad.\n- {c.fca}"))


@tpl("child-meets-judge", "en", TREE, "cafcass", wales=False, docname=("Child meeting judge note", "Nodyn cyfarfod barnwr"))
def cmj_en(c, r):
    k = c.kid_aged(8, 15)
    return dict(text=(f"Note of meeting between {k.name} and {c.judge_en}\n{c.d('en', -1)}, judge's room, {c.town_en}\nPresent: {k.name}; the judge; {c.fca} (FCA)\n\n"
                      f"The judge explained that the meeting was not to gather evidence and that the decision was for the judge. {k.name} asked whether {k.he} would have to come to court again. "
                      f"{k.he.capitalize()} said {k.he} wanted the judge to know {pick(r, 'that both houses feel like home', 'that ' + k.he + ' was fed up of being asked', 'about ' + k.his + ' football team')}.\n"
                      f"The judge agreed to write {k.him} a letter explaining the decision. Duration 20 minutes."))


@tpl("child-meets-judge", "en", ATTACH, "cafcass")
def cmj_en_wales(c, r):
    k = c.kid_aged(8, 15)
    return dict(text=(f"{c.number} - Meeting with the Judge\n{k.name} ({k.age(c.today)}) met {c.judge_en} at {c.town_en} Justice Centre. The meeting was held in Welsh at {k.name}'s request; "
                      f"the judge is a Welsh speaker. I was present throughout. {k.name} read from a note: \"Dwi isio i bawb stopio ffraeo\" (I want everyone to stop arguing).\n"
                      f"No new safeguarding information arose. Parties informed of the gist as agreed with the judge.\n{c.fca}"))


@tpl("child-meets-judge", "cy", TREE, "cafcass")
def cmj_bi_cy(c, r):
    k = c.kid_aged(8, 15)
    return dict(text=(f"Cyfarfod {k.name} gyda'r Barnwr / {k.name}'s meeting with the Judge\n{c.d('cy', -2, (3,))}\n"
                      f"Pwrpas: i {k.name} gwrdd â'r person sy'n gwneud y penderfyniad. / Purpose: for {k.name} to meet the decision maker.\n"
                      f"Prif bwyntiau: {pick(r, 'eisiau byw gyda mam, gweld dad bob penwythnos', 'ddim eisiau symud i Loegr', 'eisiau gwyliau gyda dad yn yr haf')}.\n"
                      f"Nodyn gan / Note by: {c.fca}"))


# ----------------------------------------------------------------------------------------------
# court-orders
# ----------------------------------------------------------------------------------------------

@tpl("court-order", "cy", ATTACH, "court", law="P", docname=("Child arrangements order", "Gorchymyn trefniadau plant"))
def order_cao_bi(c, r):
    k = c.kid
    return dict(text=(f"Yn y Llys Teulu yn eistedd {c.yn_town} / In the Family Court sitting at {c.town_en}\nRhif yr achos / Case number: {c.number}\n\n"
                      f"Deddf Plant 1989 / Children Act 1989\nY Plant / The Children: {c.kids_dob('cy')}\n\n## GORCHYMYN TREFNIADAU PLANT / CHILD ARRANGEMENTS ORDER\n\n"
                      f"Gerbron / Before: {c.judge_cy}\n\nMAE'R LLYS YN GORCHYMYN / THE COURT ORDERS:\n"
                      f"1. Bydd {c.kids_names('cy')} yn byw gyda'r {'fam' if c.applicant_is_father else 'tad'}. / The {'children' if c.plural else 'child'} shall live with the {'mother' if c.applicant_is_father else 'father'}.\n"
                      f"2. Bydd {c.kids_names('cy')} yn treulio amser gyda'r {'tad' if c.applicant_is_father else 'fam'} bob yn ail benwythnos o 5yh dydd Gwener tan 5yh dydd Sul. / "
                      f"The {'children' if c.plural else 'child'} shall spend time with the {'father' if c.applicant_is_father else 'mother'} every other weekend from 5pm Friday to 5pm Sunday.\n"
                      f"3. Dim gorchymyn ynghylch costau. / No order as to costs.\n\nRHYBUDD / WARNING: Os na fyddwch yn cydymffurfio â'r gorchymyn hwn... / If you do not comply with this order...\n\n"
                      f"Dyddiad / Dated: {c.d('cy', -1, (3,))}"))


@tpl("court-order", "cy", ATTACH, "court", law="P")
def order_psO_cy(c, r):
    who = c.father if r.random() < .5 else c.mother
    return dict(text=(f"Y LLYS TEULU\nyn eistedd {c.yn_town}\n\nRhif: {c.number}\n\nGorchymyn camau gwaharddedig (adran 8 Deddf Plant 1989)\n\n"
                      f"Ar ôl clywed gan {c.applicant} a {c.respondent}, a chan {c.fca} o CAFCASS Cymru,\n\nMAE'R LLYS YN GORCHYMYN:\n"
                      f"1. Ni chaiff {who} symud {c.kids_names('cy')} o ofal y {'fam' if who == c.father else 'tad'} nac o Gymru a Lloegr heb ganiatâd y llys.\n"
                      f"2. Ni chaiff {who} newid ysgol y plant.\n3. Mae'r gorchymyn hwn yn para tan {pick(r, 'ddiwrnod pen-blwydd y plentyn ieuengaf yn 16 oed', 'orchymyn pellach')}.\n\n"
                      f"{c.judge_cy[0].upper() + c.judge_cy[1:]}\n{c.d('cy', -1)}"))


@tpl("court-order", "cy", ATTACH, "court", law="C")
def order_ico_cy(c, r):
    return dict(text=(f"Yn y Llys Teulu {c.yn_town}\n{c.number}\nCeisydd: {c.council_cy}\nAtebwyr: {c.mother} (1), {c.father} (2), {c.kids_names('cy')} (drwy eu gwarcheidwad plant, {c.fca})\n\n"
                      f"GORCHYMYN GOFAL INTERIM (adran 38 Deddf Plant 1989)\n\nMae'r llys yn fodlon bod sail resymol dros gredu bod amgylchiadau'r plant yn bodloni adran 31(2).\n\n"
                      f"Mae'r llys yn gorchymyn:\n1. Rhoi'r plant yng ngofal {c.council_cy}.\n2. Mae'r gorchymyn hwn yn para tan {c.d('cy', 28)} neu orchymyn pellach.\n\n"
                      f"Dyddiad: {c.d('cy', -1, (3,))}"))


@tpl("court-order", "en", ATTACH, "court", law="P", docname=("Order", "Gorchymyn"))
def order_cao_en(c, r):
    return dict(text=(f"IN THE FAMILY COURT SITTING AT {c.town_en.upper()}\nCase No: {c.number}\n\nThe Children Act 1989\nThe children: {c.kids_dob('en')}\n\n"
                      f"## ORDER - CHILD ARRANGEMENTS\nMade by {c.judge_en} on {c.d('en', -1)}\n\nIT IS ORDERED THAT:\n1. The children shall live with the mother.\n"
                      f"2. The children shall spend time with the father {pick(r, 'every Saturday 10am-6pm', 'alternate weekends and half of the school holidays', 'by video call twice weekly and supervised contact monthly')}.\n"
                      f"3. {pick(r, 'The father is prohibited from attending the mother’s home.', 'This is a final order.', 'Permission to disclose this order to the children’s schools.')}\n\n"
                      f"WARNING: where a child arrangements order is in force, if you do not comply you may be held in contempt of court."))


@tpl("court-order", "en", ATTACH, "court", law="P", wales=False)
def order_fao_en(c, r):
    return dict(text=(f"IN THE FAMILY COURT AT {c.town_en.upper()}\n{c.number}\n\nFAMILY ASSISTANCE ORDER (s16 Children Act 1989)\n\n"
                      f"The court orders Cafcass to make an officer available to advise, assist and befriend {c.mother}, {c.father} and {c.kids_names('en')} for a period of "
                      f"{pick(r, '6', '9', '12')} months.\nAll named persons have consented.\n\nBy the court, {c.d('en', -1)}"))


@tpl("court-order", "cy", SCANNED, "court", law="P")
def order_specific_issue_cy(c, r):
    k = c.kid
    return dict(text=(f"{c.number}\nGORCHYMYN MATER PENODOL\n\nWedi ystyried cais y {'tad' if c.applicant_is_father else 'fam'} a'r adroddiad gan CAFCASS Cymru, "
                      f"mae'r llys yn gorchymyn y bydd {k.name} yn {pick(r, 'mynychu ' + c.school + ' o fis Medi ymlaen, ac y bydd ' + k.ei('addysg') + ' yn parhau drwy gyfrwng y Gymraeg', 'cael ei ' + k.p('fedyddio', 'bedyddio') + ' yng Nghapel y Tabernacl', 'cael pasbort')}.\n\n"
                      f"Gorchymyn terfynol yw hwn.\n\n{c.judge_cy[0].upper() + c.judge_cy[1:]}   {c.d('cy', -1, (3,))}"))


# directions order --------------------------------------------------------------------------

@tpl("directions-order", "cy", ATTACH, "court", law="P", docname=("Order after FHDRA", "Gorchymyn ar ôl FHDRA"))
def dir_fhdra_cy(c, r):
    return dict(text=(f"Yn y Llys Teulu yn eistedd {c.yn_town}\nRhif: {c.number}\n\nGORCHYMYN\nGwrandawiad: FHDRA, {c.d('cy', -1)}\nGerbron: {c.judge_cy}\n\n"
                      f"Cofnodion:\nA. Mae'r fam yn honni cam-drin domestig; mae'r tad yn gwadu.\nB. Mae CAFCASS Cymru wedi ffeilio SER dyddiedig {c.d('cy', -8)}.\n\n"
                      f"MAE'R LLYS YN CYFARWYDDO:\n1. Bydd CAFCASS Cymru yn ffeilio ac yn cyflwyno adroddiad o dan adran 7 Deddf Plant 1989 erbyn 4yh ar {c.d('cy', 70)}. "
                      f"Bydd yr adroddiad yn mynd i'r afael â dymuniadau a theimladau'r plant a'r trefniadau byw.\n"
                      f"2. Caiff y tad ffeilio datganiad tyst erbyn {c.d('cy', 28)}.\n3. Rhestrir yr achos ar gyfer Apwyntiad Datrys Anghydfod ar {c.d('cy', 90)} (amcangyfrif 1 awr).\n"
                      f"4. Caniatâd i ddatgelu'r gorchymyn hwn i CAFCASS Cymru."))


@tpl("directions-order", "cy", ATTACH, "court", law="P")
def dir_bilingual_short(c, r):
    return dict(text=(f"{c.number} - Gorchymyn Cyfarwyddiadau / Case Management Order\n"
                      f"1. Bydd y tad yn trefnu profion gwallt erbyn {c.d('cy', 14)}. / The father shall arrange hair strand tests by {c.d('en', 14)}.\n"
                      f"2. Bydd CAFCASS Cymru yn ffeilio adroddiad atodol 14 diwrnod ar ôl cael y canlyniadau. / CAFCASS Cymru shall file an addendum 14 days after receipt of the results.\n"
                      f"3. Gwrandawiad nesaf / Next hearing: {c.d('cy', 60)}, 10:00, CVP.\n4. Dim costau / No order as to costs."))


@tpl("directions-order", "en", ATTACH, "court", law="C", docname=("CMO", "Gorchymyn rheoli achos"))
def dir_cmo_en(c, r):
    return dict(text=(f"IN THE FAMILY COURT SITTING AT {c.town_en.upper()}\n{c.number}\n{c.council_en} v {c.mother.split()[-1]} and {c.father.split()[-1]}\n\n"
                      f"CASE MANAGEMENT ORDER\nHearing: Case Management Hearing, {c.d('en', -1)}, before {c.judge_en}\n\n"
                      f"Timetable for the child: 26 weeks ends {c.d('en', 150)}.\n\nDIRECTIONS\n1. Permission under FPR Part 25 for a psychological assessment of the mother by {c.expert[0]}; letter of instruction by {c.d('en', 7)}.\n"
                      f"2. The local authority to file final evidence and care plan by {c.d('en', 100)}.\n3. The children's guardian to file a final analysis by {c.d('en', 120)}.\n"
                      f"4. Issues Resolution Hearing on {c.d('en', 130)}."))


@tpl("directions-order", "en", ATTACH, "court", law="P", wales=False)
def dir_england_s7(c, r):
    return dict(text=(f"ORDER\nIn the Family Court at {c.town_en} - {c.number}\nFirst Hearing Dispute Resolution Appointment\n\nIt is ordered that:\n"
                      f"1. Cafcass shall prepare a section 7 report addressing the child's wishes and feelings and whether time with the father should be supervised, "
                      f"to be filed by {c.d('en', 84)}.\n2. The matter is listed for a Dispute Resolution Appointment on {c.d('en', 100)}.\n"
                      f"3. Interim: {pick(r, 'supervised contact at a contact centre fortnightly', 'indirect contact only', 'no order')}."))


@tpl("directions-order", "cy", SCANNED, "court", law="P")
def dir_factfinding_cy(c, r):
    return dict(text=(f"{c.number}\n\nMae'r llys yn cyfarwyddo:\n1. Bydd y fam yn ffeilio atodlen Scott o'r honiadau (dim mwy na 5) erbyn {c.d('cy', 14)}.\n"
                      f"2. Bydd y tad yn ymateb i'r atodlen erbyn {c.d('cy', 28)}.\n3. Bydd {c.police_cy} yn datgelu cofnodion o'r digwyddiadau a restrir erbyn {c.d('cy', 21)}.\n"
                      f"4. Rhestrir gwrandawiad canfod ffeithiau ar {c.d('cy', 60)} (2 ddiwrnod), gyda mesurau arbennig (sgriniau).\n"
                      f"5. Ni fydd angen i CAFCASS Cymru fynychu'r gwrandawiad canfod ffeithiau.\n\n{c.judge_cy[0].upper() + c.judge_cy[1:]}"))


@tpl("directions-order", "cy", ATTACH, "court", law="P")
def dir_relist_cy(c, r):
    return dict(text=(f"GORCHYMYN (heb wrandawiad)\n{c.number}\n\nAr gais CAFCASS Cymru dyddiedig {c.d('cy', -3)}, ac ar ôl darllen y llythyr:\n"
                      f"1. Estynnir yr amser i ffeilio'r adroddiad lles tan {c.d('cy', 14)}.\n2. Mae'r Apwyntiad Datrys Anghydfod yn aros fel y'i rhestrwyd.\n"
                      f"3. Gall unrhyw barti wneud cais i amrywio'r gorchymyn hwn o fewn 7 diwrnod."))


# ----------------------------------------------------------------------------------------------
# court-papers
# ----------------------------------------------------------------------------------------------

@tpl("application", "cy", ATTACH, "court", law="P", docname=("C100", "C100"))
def app_c100_cy(c, r):
    return dict(text=(f"C100 Cais am orchymyn o dan Ddeddf Plant 1989 (trefniadau plant, camau gwaharddedig, mater penodol)\n\n"
                      f"Rhif yr achos: {c.number}\nLlys: {c.town_cy}\n\nRhan 1 Beth ydych chi'n gofyn i'r llys ei benderfynu?\n"
                      f"[X] Gorchymyn trefniadau plant   [{pick(r, 'X', ' ')}] Gorchymyn camau gwaharddedig   [ ] Gorchymyn mater penodol\n\n"
                      f"Rhan 2 Y plant\n{c.kids_dob('cy')}\n\nRhan 3 Y ceisydd\n{c.applicant}, {c.addr_f if c.applicant_is_father else c.addr_m}\n\n"
                      f"Rhan 4 Yr atebydd\n{c.respondent}\n\nRhan 5 MIAM\nMae'r ceisydd wedi mynychu MIAM: {pick(r, 'Ydy', 'Esemptiad - tystiolaeth o gam-drin domestig')}\n\n"
                      f"Rhan 6 Pam rydych yn gwneud y cais\n{pick(r, 'Mae’r fam wedi atal pob cyswllt ers tri mis.', 'Mae’r tad yn bygwth mynd â’r plant i Loegr.', 'Nid ydym yn gallu cytuno ar ba ysgol.')}"))


@tpl("application", "cy", ATTACH, "court", law="P", docname=("C1A", "C1A"))
def app_c1a_cy(c, r):
    return dict(text=(f"Ffurflen C1A - Honiadau o niwed a thrais\n{c.number}\n\nAdran 1: Ydych chi'n credu bod y plant wedi dioddef neu mewn perygl o ddioddef niwed?\n"
                      f"Cam-drin corfforol ☒   Cam-drin emosiynol ☒   Cam-drin rhywiol ☐   Cam-drin ariannol ☐   Esgeuluso ☐\n\n"
                      f"Adran 2: Disgrifiwch y digwyddiadau\nDigwyddiad 1 (tua {c.d('cy', -300, (3,))}): {pick(r, 'Gwthiodd y tad fi yn erbyn y wal o flaen ' + c.kid.name + '.', 'Taflodd y fam fy ffôn ar y llawr a bygwth fi.')}\n"
                      f"A gafodd yr heddlu eu galw? Do\nDigwyddiad 2 (tua {c.d('cy', -120, (3,))}): negeseuon bygythiol, gweler y screenshots.\n\nAdran 3: Pa fesurau diogelwch ydych chi'n gofyn amdanynt?\nTrosglwyddo drwy drydydd parti."))


@tpl("application", "en", ATTACH, "court", law="P", docname=("C100 application", "Cais C100"))
def app_c100_en(c, r):
    return dict(text=(f"Form C100\n## Application under the Children Act 1989 for a child arrangements, prohibited steps or specific issue order\n\n"
                      f"Court: {c.town_en}   Case no: {c.number}\n\n1. About the application\nThe applicant seeks a child arrangements order for the children to "
                      f"{pick(r, 'live with him', 'spend time with him each weekend', 'live with her')}.\n\n2. The children\n{c.kids_dob('en')}\n\n"
                      f"3. Applicant: {c.applicant}\n4. Respondent: {c.respondent}\n5. MIAM: certificate attached (mediator: {r.choice(WOMEN)} {r.choice(SURNAMES)})\n"
                      f"6. Urgent or without notice: No\n7. Welsh language: the applicant wishes to {pick(r, 'speak Welsh at hearings', 'receive documents in Welsh', 'use English')}."))


@tpl("application", "en", ATTACH, "court", law="P", wales=False)
def app_c79_en(c, r):
    return dict(text=(f"Form C79 - Application related to enforcement of a child arrangements order\nCase number: {c.number}\n\n"
                      f"The order made on {c.d('en', -120)} provides for the children to spend time with the applicant every other weekend.\n"
                      f"The respondent has failed to comply on the following dates: {c.d('en', -60, (3,))}, {c.d('en', -46, (3,))}, {c.d('en', -32, (3,))}.\n"
                      f"The applicant asks the court to {pick(r, 'make an enforcement order', 'order make-up time', 'refer the parties to a SPIP')}."))


@tpl("application", "cy", SCANNED, "parent")
def app_lip_cy(c, r):
    return dict(text=(f"At y llys,\n\nDwi'n gofyn i'r llys wneud gorchymyn bod fi'n cael gweld fy mhlant {c.kids_names('cy')}. Dwi di trio mediation ond doedd "
                      f"{pick(r, c.mum_first, c.dad_first)} ddim isio dod. Dwi di llenwi'r C100 hefyd ond ddim yn siwr os dwi di neud o'n iawn so dwi'n sgwennu hwn hefyd.\n\n"
                      f"Be dwi isio: gweld y plant bob penwythnos a hanner y gwyliau.\n\n{c.applicant}\n{c.phone}"))


@tpl("application", "cy", ATTACH, "court", law="P")
def app_c2_cy(c, r):
    return dict(text=(f"C2 - o fewn achos sy'n bodoli eisoes\nRhif yr achos: {c.number}\n\nBeth ydych chi'n gofyn i'r llys ei wneud?\n"
                      f"{pick(r, 'Caniatâd i gael adroddiad gan seicolegydd plant.', 'Gohirio’r gwrandawiad oherwydd salwch y ceisydd.', 'Gorchymyn i’r heddlu ddatgelu’r log galwadau.')}\n\n"
                      f"Rhesymau: gweler datganiad ynghlwm.\nA oes angen gwrandawiad? {pick(r, 'Nac oes', 'Oes - 30 munud')}\nLlofnod: {c.sol_m} ({c.firm_m[0]}) ar ran y fam"))


# position statement ------------------------------------------------------------------------

@tpl("position-statement", "cy", ATTACH, "sol_m", law="P", docname=("Position statement of mother", "Datganiad safbwynt y fam"))
def ps_mother_cy(c, r):
    return dict(text=(f"Yn y Llys Teulu yn eistedd {c.yn_town}\n{c.number}\n\n## DATGANIAD SAFBWYNT Y FAM\ni'w ddefnyddio yn y gwrandawiad ar {c.d('cy', 3)}\n\n"
                      f"1. Mae'r fam yn cael ei chynrychioli gan {c.firm_m[0]}.\n2. Cefndir: mae'r plant wedi byw gyda'r fam ers y gwahanu yn {c.year - 1}.\n"
                      f"3. Safbwynt y fam: mae'n cefnogi amser rhwng y plant a'r tad, ond {pick(r, 'dan oruchwyliaeth nes bydd canlyniadau’r profion alcohol ar gael', 'yn ystod y dydd yn unig am y tro', 'gyda throsglwyddo yn yr ysgol')}.\n"
                      f"4. Mae'r fam yn cytuno ag argymhellion CAFCASS Cymru yn y SER.\n5. Cyfarwyddiadau y gofynnir amdanynt: adroddiad a.7; datgelu gan yr heddlu.\n\n{c.sol_m}, cyfreithiwr y fam"))


@tpl("position-statement", "cy", EMAIL, "parent_f", law="P")
def ps_father_lip_cy(c, r):
    return dict(text=(f"Datganiad gan {c.father} ar gyfer y gwrandawiad {c.d('cy', 2)}\n\nFi yw'r tad. Sgen i ddim cyfreithiwr.\n\n"
                      f"Be dwi isio: gweld {c.kids_names('cy')} bob penwythnos o nos Wener tan nos Sul.\nBe dwi'n gytuno: dwi'n hapus i neud y drug test a mynd ar y cwrs.\n"
                      f"Be dwi ddim yn gytuno: dydi hi ddim yn wir mod i wedi bygwth hi. Mae'r police wedi deud dim camau pellach.\n\nPlis rhowch hwn i'r barnwr.\n{c.father}"),
                subject=pick(r, "ar gyfer y barnwr", f"datganiad {c.number}", "hearing dydd llun"))


@tpl("position-statement", "en", ATTACH, "sol_f", law="P", docname=("Position statement", "Datganiad sefyllfa"))
def ps_father_en(c, r):
    return dict(text=(f"IN THE FAMILY COURT AT {c.town_en.upper()}\n{c.number}\n\n## POSITION STATEMENT ON BEHALF OF THE FATHER\nFor: {pick(r, 'FHDRA', 'DRA', 'Final hearing')} on {c.d('en', 3)}\n\n"
                      f"1. The father seeks a child arrangements order providing for the children to live with both parents.\n2. He denies the allegations in the mother's C1A.\n"
                      f"3. He has completed a hair strand test ({pick(r, 'negative', 'negative for all drugs')}).\n4. He invites the court to {pick(r, 'order a s7 report', 'make a final order in the terms of the draft', 'list a fact-finding hearing only if necessary')}.\n\n"
                      f"{c.sol_f}, {c.firm_f[0]}"))


@tpl("position-statement", "en", ATTACH, "la", law="C")
def ps_la_en(c, r):
    return dict(text=(f"IN THE FAMILY COURT SITTING AT {c.town_en.upper()}\n{c.number}\n\nLocal authority's position statement for the CMH\n\n"
                      f"1. {c.council_en} seeks an interim care order.\n2. Interim care plan: {c.kids_names('en')} to remain with {pick(r, 'foster carers', 'the maternal grandmother')}.\n"
                      f"3. Assessments proposed: parenting assessment of both parents; cognitive assessment of the mother.\n4. The local authority notes the family's first language is Welsh and will allocate a Welsh-speaking social worker.\n\n"
                      f"{c.sw}, on behalf of {c.council_en}"))


@tpl("position-statement", "cy", ATTACH, "cafcass", law="C")
def ps_guardian_cy(c, r):
    return dict(text=(f"{c.number}\nSafbwynt y Gwarcheidwad ar gyfer y Gwrandawiad Datrys Materion ({c.d('cy', 4)})\n\n"
                      f"1. Mae'r Gwarcheidwad wedi darllen tystiolaeth ddiweddaraf yr awdurdod lleol.\n2. Mae'r Gwarcheidwad yn cefnogi {pick(r, 'y cynllun i leoli’r plant gyda’u modryb', 'estyn yr amserlen o 4 wythnos', 'ail-asesiad o’r fam')}.\n"
                      f"3. Bydd y Gwarcheidwad yn ffeilio'r dadansoddiad terfynol erbyn {c.d('cy', 30)}.\n\n{c.sol_c} ({c.firm_c[0]}) ar ran y plant drwy eu Gwarcheidwad"))


@tpl("position-statement", "cy", SCANNED, "sol_f", law="P")
def ps_page2_cy(c, r):
    return dict(text=(f"...5. Nid yw'r tad yn derbyn bod angen goruchwylio'r amser gyda'r plant. Mae wedi gweld y plant yn ddiogel yng nghartref {c.gp_role_cy} ers misoedd.\n"
                      f"6. Mae'r tad yn gofyn i'r llys ystyried adroddiad yr ysgol, sy'n dangos bod {c.kid.name} yn hapus.\n7. Nid yw'r tad yn gwrthwynebu cyfeirio at WT4C.\n\n"
                      f"{c.firm_f[0]}\nCyfreithwyr y tad\n{c.d('cy', 0, (3,))}\n\nTudalen 2 o 2"))


# witness statement -------------------------------------------------------------------------

@tpl("witness-statement", "cy", ATTACH, "sol_m", docname=("Statement of mother", "Datganiad y fam"))
def ws_mother_cy(c, r):
    k = c.kid
    return dict(text=(f"Ar ran: y Fam\nTyst: {c.mother}\nDatganiad: 1af\nDyddiad: {c.d('cy', 0, (3,))}\n\nYn y Llys Teulu yn eistedd {c.yn_town}\n{c.number}\n\n"
                      f"DATGANIAD {c.mother.upper()}\n\nRwyf i, {c.mother}, o {c.addr_m}, yn dweud fel a ganlyn:\n\n"
                      f"1. Fi yw mam {c.kids_names('cy')}. Rwy'n gwneud y datganiad hwn yn unol â chyfarwyddyd y llys dyddiedig {c.d('cy', -40)}.\n"
                      f"2. Cyfarfu {c.dad_first} a minnau yn {c.year - 10}. Ar y dechrau roedd y berthynas yn dda.\n"
                      f"3. O {c.year - 4} ymlaen dechreuodd {c.dad_first} yfed yn drwm. {pick(r, 'Byddai’n gweiddi arnaf o flaen y plant.', 'Byddai’n cymryd fy nghardiau banc.', 'Torrodd ddrws yr ystafell ymolchi.')}\n"
                      f"4. Nid wyf yn dymuno atal {k.name} rhag gweld {k.ei('tad')}, ond mae angen iddo fod yn ddiogel.\n\n"
                      f"Datganiad gwirionedd\nCredaf fod y ffeithiau a nodir yn y datganiad tyst hwn yn wir. Deallaf y gellir dwyn achos am ddirmyg llys yn erbyn unrhyw un "
                      f"sy'n gwneud datganiad anwir heb gredu'n onest ei fod yn wir.\n\nLlofnod: {c.mother}"))


@tpl("witness-statement", "cy", ATTACH, "la", law="C")
def ws_sw_cy(c, r):
    return dict(text=(f"Ar ran: y Ceisydd\nTyst: {c.sw}\nDatganiad: {pick(r, '1af', '2il', '3ydd')}\n\n{c.number}\n\nDATGANIAD {c.sw.upper()}\n\n"
                      f"1. Rwy'n weithiwr cymdeithasol cofrestredig gyda Gofal Cymdeithasol Cymru, a gyflogir gan {c.council_cy}.\n"
                      f"2. Mae'r datganiad hwn yn cefnogi cais yr awdurdod lleol am orchymyn gofal.\n3. Cronoleg: ...\n"
                      f"4. Dadansoddiad o'r niwed: mae'r plant wedi profi esgeulustod cronig; {pick(r, 'presenoldeb ysgol o 61%', 'apwyntiadau deintyddol wedi’u methu', 'diffyg bwyd yn y tŷ ar sawl ymweliad')}.\n\n"
                      f"Credaf fod y ffeithiau a nodir yn y datganiad hwn yn wir.\n{c.sw}"))


@tpl("witness-statement", "en", ATTACH, "sol_f", docname=("Father's statement", "Datganiad y tad"))
def ws_father_en(c, r):
    return dict(text=(f"Filed on behalf of: the Father\nWitness: {c.father}\nStatement no: 1\n\nIN THE FAMILY COURT AT {c.town_en.upper()}\n{c.number}\n\n"
                      f"I, {c.father}, of {c.addr_f}, will say as follows:\n\n1. I am the father of {c.kids_names('en')}.\n2. I make this statement in response to the mother's allegations.\n"
                      f"3. I accept that in {c.year - 3} we argued loudly but I have never been violent.\n4. I have attended {c.provider[0]} and completed the course.\n\n"
                      f"Statement of truth\nI believe that the facts stated in this witness statement are true. I understand that proceedings for contempt of court may be brought against anyone who "
                      f"makes a false statement without an honest belief in its truth.\n\nSigned: {c.father}   Dated: {c.d('en', 0, (3,))}"))


@tpl("witness-statement", "en", ATTACH, "gp", wales=False)
def ws_grandparent_en(c, r):
    return dict(text=(f"Statement of {c.grandparent}\n{c.number}\n\n1. I am the {c.gp_role_en} of {c.kids_names('en')}.\n2. I have looked after the children every Wednesday since they were born.\n"
                      f"3. I saw the mother {pick(r, 'drunk at the school gates', 'leave the children alone overnight', 'shouting at ' + c.kid.name)} on {c.d('en', -200)}.\n\n"
                      f"I believe that the facts stated in this statement are true.\nSigned {c.grandparent}"))


@tpl("witness-statement", "cy", SCANNED, "sol_f")
def ws_last_page_cy(c, r):
    return dict(text=(f"...23. Am y rhesymau uchod gofynnaf i'r llys wneud gorchymyn bod y plant yn treulio amser gyda mi bob yn ail benwythnos.\n\n"
                      f"Datganiad gwirionedd\nCredaf fod y ffeithiau a nodir yn y datganiad tyst hwn yn wir.\n\nLlofnodwyd: ......................  {c.father}\nDyddiad: {c.d('cy', 0, (3,))}\n\n"
                      f"{c.number} - Tudalen {r.randint(6, 9)}"))


# previous Cafcass information --------------------------------------------------------------

@tpl("previous-cafcass", "cy", TREE, "cafcass", docname=("Previous case information", "Gwybodaeth achos blaenorol"))
def prev_ser_cy(c, r):
    return dict(text=(f"ACHOS BLAENOROL - copi o'r archif\nRhif yr achos blaenorol: {c.prev_number}\n\nAdroddiad Ymholiadau Diogelu\nDyddiad: {dcy(c.today - timedelta(days=365 * 3 + r.randint(0, 200)), 0)}\n\n"
                      f"Gwiriadau'r heddlu: dau ddigwyddiad domestig ({c.year - 5}).\nBarn: argymhellwyd adroddiad a.7.\nCanlyniad: gorchymyn terfynol trwy gytundeb - y plant i fyw gyda'r fam, amser gyda'r tad bob yn ail benwythnos.\n\n"
                      f"Ymarferydd: {r.choice(STAFF_FIRST)} {r.choice(STAFF_LAST)}"))


@tpl("previous-cafcass", "en", TREE, "cafcass", wales=False)
def prev_s7_en(c, r):
    return dict(text=(f"[Copied from closed case {c.prev_number}]\n\nSection 7 report dated {den(c.today - timedelta(days=365 * 4), 0)}\nFCA: {r.choice(STAFF_FIRST)} {r.choice(STAFF_LAST)}\n\n"
                      f"Recommendation: the children to live with the father; time with the mother to be supervised given her then alcohol use.\n"
                      f"Outcome: order made in those terms on {den(c.today - timedelta(days=365 * 4 - 40), 0)}."))


@tpl("previous-cafcass", "cy", ATTACH, "cafcass")
def prev_summary_cy(c, r):
    return dict(text=(f"Crynodeb o ymwneud blaenorol CAFCASS Cymru\nAchos presennol: {c.number}\n\n"
                      f"Cafwyd hyd i {r.randint(1, 2)} achos blaenorol ar IRIS yn ymwneud â'r un teulu:\n"
                      f"- {c.prev_number}: cyfraith breifat, {c.year - 3}. SER yn unig; gorchymyn terfynol yn y FHDRA.\n"
                      f"- Nodyn: roedd y fam wedi dweud bryd hynny fod y tad {pick(r, 'wedi ei tharo unwaith', 'yn yfed bob dydd', 'wedi bygwth mynd â’r plant')}.\n\n"
                      f"Mae'r dogfennau o'r achos blaenorol wedi'u copïo i'r ffeil hon. - Cymorth Busnes"))


@tpl("previous-cafcass", "en", TREE, "cafcass")
def prev_sgl_en(c, r):
    return dict(text=(f"SAFEGUARDING LETTER (previous proceedings)\nCase: {c.prev_number}   Court: {c.town_en}\nDate: {den(c.today - timedelta(days=365 * 2 + 30), 3)}\n\n"
                      f"Checks: no police information; the local authority held a closed referral.\nRecommendation: no safeguarding barrier to agreement.\n"
                      f"--- retrieved from the G drive and attached to new case {c.number} ---"))


@tpl("previous-cafcass", "cy", SCANNED, "cafcass")
def prev_old_s7_cy(c, r):
    return dict(text=(f"{c.prev_number}\nAdroddiad Lles a.7 - {dcy(c.today - timedelta(days=365 * 5), 0)}\n\n...Argymhellion\n"
                      f"Dylai {c.kid.name} (a oedd yn {max(1, c.kid.age(c.today) - 5)} oed ar y pryd) fyw gyda'r fam a gweld y tad bob dydd Sadwrn.\n\n"
                      f"[Achos wedi cau {c.year - 5}. Copi i achos {c.number}]"))



@tpl("witness-statement", "cy", ATTACH, "sol_f", law="P")
def ws_father_long_cy(c, r):
    k = c.kid
    return dict(text=(f"Ar ran: y Tad\nTyst: {c.father}\nRhif: 2\nArddangosion: {c.dad_first[0]}{c.father.split()[-1][0]}1-{c.dad_first[0]}{c.father.split()[-1][0]}{r.randint(3, 6)}\n\n"
                      f"Yn y Llys Teulu yn eistedd {c.yn_town}\nRhif yr achos: {c.number}\n\nYnghylch: {c.kids_dob('cy')}\n\n"
                      f"AIL DDATGANIAD {c.father.upper()}\n\nRwyf i, {c.father}, o {c.addr_f}, {pick(r, 'saer coed', 'gyrrwr lori', 'nyrs', 'ffermwr', 'peiriannydd')}, yn dweud fel a ganlyn:\n\n"
                      f"1. Rwy'n gwneud y datganiad hwn mewn ymateb i ddatganiad y fam dyddiedig {c.d('cy', -30)} ac i atodlen yr honiadau.\n\n"
                      f"Y berthynas\n2. Roedd {c.mum_first} a minnau gyda'n gilydd am {r.randint(5, 12)} mlynedd. Rwy'n derbyn bod y berthynas wedi bod yn anodd tua'r diwedd, "
                      f"ac roedd y ddau ohonom yn gweiddi ar adegau. Nid wyf yn derbyn fy mod erioed wedi ei tharo.\n\n"
                      f"Honiad 1 - {c.d('cy', -500)}\n3. Mae'r fam yn dweud fy mod wedi ei gwthio yn erbyn drws y gegin. Nid yw hyn yn wir. Y noson honno roeddwn yn gweithio shifft nos; "
                      f"atodaf fy nhaflen amser fel arddangosyn 1.\n\nHoniad 2 - negeseuon testun\n4. Rwy'n derbyn i mi anfon y negeseuon ar dudalennau C44-C47. Roeddwn wedi ypsetio "
                      f"nad oeddwn wedi gweld {k.name} ers pythefnos. Roedd yr iaith yn anaddas ac rwy'n ymddiheuro am hynny.\n\n"
                      f"Y plant\n5. Roeddwn yn gwneud rhan helaeth o'r gofal dyddiol: mynd â {k.name} i'r ysgol, gwersi nofio, a'r Urdd ar nos Fercher.\n"
                      f"6. Mae {k.name} yn siarad Cymraeg gyda mi a gyda'i {k.p('nain', 'nain')} ac rwy'n awyddus i hynny barhau.\n\n"
                      f"Beth rwy'n gofyn amdano\n7. Gofynnaf i'r llys wneud gorchymyn bod {k.name} yn treulio amser gyda mi bob yn ail benwythnos o nos Wener tan fore Llun, a hanner y gwyliau ysgol.\n"
                      f"8. Rwy'n fodlon cymryd prawf gwallt ac rwyf eisoes wedi dechrau ar gwrs rhianta ar-lein.\n\n"
                      f"Datganiad gwirionedd\nCredaf fod y ffeithiau a nodir yn y datganiad hwn yn wir.\n\nLlofnod: {c.father}\nDyddiad: {c.d('cy', 0, (3,))}"))

# ----------------------------------------------------------------------------------------------
# experts-and-agency
# ----------------------------------------------------------------------------------------------

@tpl("letter-of-instruction", "cy", ATTACH, "sol_c", law="C", docname=("Letter of instruction", "Llythyr cyfarwyddo"))
def loi_psych_cy(c, r):
    ex = c.expert
    return dict(text=(f"{c.firm_c[0]}\n\n{ex[0]}\n{c.d('cy')}\n\nAnnwyl {ex[0]},\n\nAchos: {c.number} - {c.council_cy} v {c.mother.split()[-1]}\n\n"
                      f"Ysgrifennwn atoch ar ran yr holl bartïon, yn unol â gorchymyn y llys dyddiedig {c.d('cy', -7)}, i'ch cyfarwyddo i gynnal asesiad seicolegol o {c.mother}.\n\n"
                      f"Cwestiynau i'r arbenigwr:\n1. A oes gan y fam unrhyw anhwylder seicolegol neu bersonoliaeth?\n2. Beth yw ei gallu gwybyddol, ac a oes angen cymorth arni i gymryd rhan yn yr achos?\n"
                      f"3. A all hi newid o fewn amserlen y plant, a pha therapi fyddai ei angen?\n\nMae'r fam yn siarad Cymraeg fel iaith gyntaf; dylid cynnal yr asesiad yn Gymraeg os yn bosibl.\n"
                      f"Amgaeir: bwndel y dogfennau (mynegai ynghlwm). Dyddiad cyflwyno'r adroddiad: {c.d('cy', 56)}.\n\nYn gywir,\n{c.sol_c}\nCyfreithiwr y plant"))


@tpl("letter-of-instruction", "en", ATTACH, "sol_c", law="C", docname=("LOI hair strand", "Llythyr cyfarwyddo profion gwallt"))
def loi_hair_en(c, r):
    return dict(text=(f"{c.firm_c[0]}\nLead solicitor for the joint instruction\n\nTo: {pick(r, 'Labordy Dadansoddi Gwallt Cymru', 'the testing laboratory')}\n\nRe: {c.number}\n\n"
                      f"Joint instructions - hair strand testing of {c.father}\n\nYou are instructed by all parties pursuant to the order of {c.judge_en} dated {c.d('en', -5)}.\n"
                      f"Please test for: cocaine, cannabis, amphetamines and alcohol markers (EtG and FAEE) over a {pick(r, '3', '6')}-month period, sectioned monthly.\n"
                      f"The sample should be taken at {c.addr_f}. Funding is shared equally between the parties. Your report is required by {c.d('en', 35)}.\n\n{c.sol_c}"))


@tpl("letter-of-instruction", "cy", ATTACH, "sol_c", law="C")
def loi_isw_cy(c, r):
    return dict(text=(f"Cyfarwyddiadau ar y cyd i {c.expert[0] if 'Teifi' in c.expert[0] else 'Nerys Teifi'} (Gweithiwr Cymdeithasol Annibynnol)\n{c.number}\n\n"
                      f"Cefndir: mae'r llys wedi rhoi caniatâd o dan Ran 25 ar gyfer asesiad o {c.grandparent} fel gwarcheidwad arbennig posibl.\n"
                      f"Materion i'w hasesu: gallu i ddiwallu anghenion y plant hyd at 18; agwedd at y rhieni a chyswllt; effaith iechyd ac oedran.\n"
                      f"Dogfennau: bwndel hyd at dudalen {r.randint(300, 700)}.\nDyddiad ffeilio: {c.d('cy', 49)}.\nCyfreithiwr arweiniol: {c.sol_c}"))


@tpl("letter-of-instruction", "en", EMAIL, "cafcass", law="C")
def loi_guardian_note_en(c, r):
    return dict(text=(f"Hi {c.sol_c.split()[0]},\n\nHere are the guardian's questions for the letter of instruction to {c.expert[0]}, please add to the draft:\n\n"
                      f"- What is the impact of the mother's trauma history on her capacity to parent {c.kid.name}?\n- Is {c.kid.name}'s attachment to the mother secure or disorganised?\n"
                      f"- What therapeutic work would the children need in any placement, and should it be offered in Welsh?\n\nThanks,\n{c.fca}\nChildren's Guardian"),
                subject=pick(r, f"LOI questions {c.number}", "Questions for the expert", f"RE: draft LOI - {c.name}"))


@tpl("letter-of-instruction", "cy", SCANNED, "sol_c", law="C")
def loi_questions_page_cy(c, r):
    return dict(text=(f"...Cwestiynau gan y Gwarcheidwad\n7. Beth yw natur ymlyniad {c.kid.name} i'r gofalwyr maeth a'r rhieni?\n8. Pa gymorth therapiwtig sydd ei angen ar {c.kid.name} a phwy ddylai ei ddarparu?\n"
                      f"9. A yw'n debygol y gallai'r tad flaenoriaethu anghenion y plant dros ei anghenion ei hun?\n\nAmserlen\nAsesiad i'w gwblhau erbyn {c.d('cy', 42, (3,))}; "
                      f"adroddiad i'w ffeilio gyda'r cyfreithiwr arweiniol.\n\nTudalen 3 o 4"))


# expert report -----------------------------------------------------------------------------

@tpl("expert-report", "cy", ATTACH, "expert", law="C", docname=("Psychological assessment", "Asesiad seicolegol"))
def er_psych_cy(c, r):
    return dict(text=(f"Asesiad Seicolegol o {c.mother}\nParatowyd ar gyfer: {c.court_cy[0].upper() + c.court_cy[1:]} ({c.number})\nGan: Dr Eleri Mathias, Seicolegydd Clinigol Ymgynghorol\n\n"
                      f"Crynodeb o'r casgliadau\n- Mae'r fam yn cyflwyno gyda symptomau sy'n gyson ag anhwylder straen wedi trawma cymhleth.\n"
                      f"- Mae ei gallu gwybyddol o fewn yr ystod {pick(r, 'isel-gyffredin', 'gyffredin', 'isel')}.\n- Byddai'n elwa o {pick(r, '20 sesiwn o EMDR', 'therapi seicolegol hirdymor', 'gwaith grŵp DBT')}; "
                      f"mae'n annhebygol y byddai newid sylweddol o fewn amserlen y plant.\n\nDatganiad o wirionedd a datganiad yr arbenigwr (FPR 25)\nRwy'n deall fy nyletswydd i'r llys..."))


@tpl("expert-report", "en", ATTACH, "expert", law="C")
def er_hair_en(c, r):
    return dict(text=(f"HAIR STRAND TEST REPORT\nDonor: {c.father}   Case: {c.number}\nSample collected: {c.d('en', -25, (3,))}   Length: {pick(r, '3 cm', '6 cm')} (head hair)\n\n"
                      f"Results\nSection 0-1 cm: cocaine {pick(r, 'not detected', '0.6 ng/mg', '1.4 ng/mg')}; benzoylecgonine {pick(r, 'not detected', '0.12 ng/mg')}\n"
                      f"Section 1-2 cm: cocaine {pick(r, 'not detected', '0.8 ng/mg')}\nEtG (0-3 cm): {pick(r, '12 pg/mg', '41 pg/mg', '<5 pg/mg')}\n\n"
                      f"Interpretation: the results {pick(r, 'are consistent with repeated use of cocaine', 'do not indicate use of the drugs tested for', 'suggest chronic excessive alcohol consumption')} during the period covered.\n\n"
                      f"Reporting scientist, Labordy Dadansoddi Gwallt Cymru"))


@tpl("expert-report", "en", ATTACH, "expert", law="C", docname=("Expert report", "Adroddiad arbenigol"))
def er_psychiatric_en(c, r):
    return dict(text=(f"## Psychiatric Report on {c.father}\nInstructed jointly in {c.number} ({c.court_en})\nAuthor: Dr Rhodri Cynan, Consultant Psychiatrist\n\n"
                      f"Summary of opinion\n1. Mr {c.father.split()[-1]} meets criteria for {pick(r, 'alcohol dependence syndrome, currently in early remission', 'emotionally unstable personality disorder', 'recurrent depressive disorder')}.\n"
                      f"2. The risk of relapse over the next 12 months is {pick(r, 'moderate', 'high')}.\n3. I recommend {pick(r, 'community alcohol team support and monthly PEth testing', 'a specialist personality disorder service')}.\n\n"
                      f"I confirm that I have made clear which facts and matters referred to in this report are within my own knowledge."))


@tpl("expert-report", "cy", ATTACH, "expert", law="C")
def er_isw_cy(c, r):
    return dict(text=(f"Asesiad Gwarcheidiaeth Arbennig - {c.grandparent}\nGan: Nerys Teifi, Gweithiwr Cymdeithasol Annibynnol\nAchos: {c.number}\n\n"
                      f"Casgliad: {pick(r, 'Rwy’n argymell yn gadarnhaol', 'Ni allaf argymell')} {c.grandparent} fel gwarcheidwad arbennig ar gyfer {c.kids_names('cy')}. "
                      f"{pick(r, 'Mae ganddi berthynas gynnes, sefydlog gyda’r plant a dealltwriaeth dda o’r risgiau.', 'Mae’n cael trafferth derbyn y pryderon am ei merch ac mae’n debygol o ganiatáu cyswllt heb oruchwyliaeth.')}\n\n"
                      f"Rwy'n cadarnhau fy mod wedi cydymffurfio â'm dyletswydd i'r llys."))


@tpl("expert-report", "cy", SCANNED, "expert", law="C")
def er_page_cy(c, r):
    pg = r.randint(9, 20)
    return dict(text=(f"{pg}\n\n6.3 Yn ystod yr arsylwi, roedd {c.kid.name} yn chwilio am gysur gan y fam ond yn cael ymateb anghyson. Yn fy marn glinigol i, "
                      f"mae patrwm ymlyniad {c.kid.name} yn {pick(r, 'ansicr-osgoi', 'anhrefnus', 'ansicr-amwys')}.\n6.4 Mae'r canfyddiad hwn yn gyson â'r wybodaeth gan y gofalwyr maeth.\n\n"
                      f"Asesiad seicolegol - {c.number} - CYFRINACHOL - Dr E. Mathias"))


# provider report ---------------------------------------------------------------------------

@tpl("provider-report", "cy", ATTACH, "provider", docname=("Contact centre report", "Adroddiad canolfan gyswllt"))
def prov_contact_obs_cy(c, r):
    k = c.kid
    return dict(text=(f"{c.centre}\nAdroddiad sesiwn cyswllt dan oruchwyliaeth\nSesiwn {r.randint(1, 8)} - {c.d('cy', -4)}\nYn bresennol: {c.father} (tad), {c.kids_names('cy')}\nGoruchwyliwr: {r.choice(WOMEN)} {r.choice(SURNAMES)}\n\n"
                      f"Cyrhaeddiad: tad ar amser; {k.name} yn rhedeg ato.\nGweithgareddau: {pick(r, 'gêm fwrdd, lluniadu', 'chwarae yn yr ardd', 'pobi cacennau bach')}.\n"
                      f"Cyfathrebu: {pick(r, 'tad yn siarad Saesneg, ' + k.name + ' yn ateb yn Gymraeg; dim anawsterau', 'priodol drwy’r amser', 'y tad wedi sôn am yr achos llys ddwywaith - atgoffwyd ef o’r rheolau')}.\n"
                      f"Ymadael: {pick(r, 'hapus', 'dagrau wrth ffarwelio', 'tawel')}.\n\nPryderon: {pick(r, 'dim', 'un sylw amhriodol am y fam', 'dim')}\nAnfonwyd at CAFCASS Cymru a'r ddau gyfreithiwr."))


@tpl("provider-report", "cy", EMAIL, "provider")
def prov_wt4c_cy(c, r):
    who = r.choice([c.mother, c.father])
    return dict(text=(f"Annwyl {c.fca.split()[0]},\n\nHoffwn gadarnhau bod {who} wedi mynychu a chwblhau'r rhaglen Gweithio Gyda'n Gilydd er Mwyn Plant (WT4C) "
                      f"ar {c.d('cy', -10)}, {pick(r, 'wyneb yn wyneb ' + c.yn_town, 'ar-lein')}. Roedd {pick(r, 'yn cymryd rhan yn dda', 'yn dawel ond yn gwrando', 'wedi cyrraedd yn hwyr ond wedi aros tan y diwedd')}.\n\n"
                      f"Tystysgrif ynghlwm.\n\nCofion,\nCydlynydd WT4C\n{c.provider[0]}"),
                subject=pick(r, "Cadarnhad WT4C", f"WT4C - {who.split()[-1]}", "Presenoldeb ar y cwrs"))


@tpl("provider-report", "en", ATTACH, "provider", docname=("DAPP report", "Adroddiad DAPP"))
def prov_dapp_en(c, r):
    return dict(text=(f"{c.provider[0]}\nDomestic Abuse Perpetrator Programme - end of programme report\nParticipant: {c.father}\nReferred by: CAFCASS Cymru ({c.number})\n\n"
                      f"Attendance: {r.randint(18, 26)} of 26 sessions.\nEngagement: {pick(r, 'good; able to name controlling behaviours', 'variable; minimised his behaviour in early sessions', 'poor; disengaged after week 12')}.\n"
                      f"Partner support worker contact with {c.mother}: {pick(r, 'she reports feeling safer', 'declined', 'reports continuing texts about the children')}.\n\n"
                      f"Overall: {pick(r, 'completed', 'completed with reservations', 'not completed')}."))


@tpl("provider-report", "en", ATTACH, "provider", wales=False)
def prov_contact_en(c, r):
    return dict(text=(f"SUPERVISED CONTACT RECORD\nCentre: Harbwr Family Contact Service\nDate: {c.d('en', -3, (3,))}  Time: 10:00-12:00\nChild(ren): {c.kids_names('en')}\nVisiting parent: {c.father}\n\n"
                      f"Summary: warm greeting; played football in the hall; father brought a packed lunch. Father asked the child where mum lives now - supervisor intervened.\n"
                      f"Any concerns: one breach of centre rules (see above).\nSupervisor: {r.choice(WOMEN)} {r.choice(ENG_SURNAMES)}"))


@tpl("provider-report", "cy", ATTACH, "provider")
def prov_referral_cy(c, r):
    return dict(text=(f"Ffurflen atgyfeirio - {c.provider[0]}\nAtgyfeiriwyd gan: {c.fca}, CAFCASS Cymru\nRhif achos: {c.number}\n\n"
                      f"Gwasanaeth: {pick(r, 'cyswllt dan oruchwyliaeth', 'rhaglen DAPP', 'cymorth trosglwyddo')}\nOedolion: {c.mother}; {c.father}\nPlant: {c.kids_dob('cy')}\n"
                      f"Iaith: Cymraeg\nRisgiau hysbys: {pick(r, 'gorchymyn rhag molestu mewn grym', 'dim', 'defnydd alcohol')}\nDerbyniwyd gan y darparwr: {c.d('cy', 0, (3,))} - lle ar gael o {c.d('cy', 21, (3,))}"))


# child protection conference minutes -------------------------------------------------------

@tpl("cp-conference-minutes", "cy", ATTACH, "la", docname=("ICPC minutes", "Cofnodion ICPC"))
def cpc_initial_cy(c, r):
    cls = "child-protection" if r.random() < 0.85 else None
    st = (status_line("cy", cls) + "\n") if cls else ""
    return dict(text=(f"@@{c.council_cy}\n\nCofnodion y Gynhadledd Amddiffyn Plant Gychwynnol\n{st}Dyddiad: {c.d('cy', -10)}\nCadeirydd: {r.choice(WOMEN + MEN)} {r.choice(SURNAMES)} (Swyddog Adolygu Annibynnol)\n"
                      f"Plant: {c.kids_dob('cy')}\n\nYn bresennol: {c.mother} (mam); {c.sw} (gweithiwr cymdeithasol); ymwelydd iechyd; pennaeth {c.school}; {c.police_cy}\nYmddiheuriadau: {c.father}\n\n"
                      f"Pryderon: {pick(r, 'cam-drin domestig yn y cartref', 'esgeulustod', 'defnydd cyffuriau gan y ddau riant')}.\n\nPenderfyniad: rhoddir enwau'r plant ar y Gofrestr Amddiffyn Plant dan y categori "
                      f"{pick(r, 'cam-drin emosiynol', 'esgeuluso', 'cam-drin corfforol')}.\n\nCynllun amddiffyn craidd: ymweliadau statudol bob 10 diwrnod; grŵp craidd cyntaf {c.d('cy', 0)}; cynhadledd adolygu ymhen 3 mis."),
                record_class=cls)


@tpl("cp-conference-minutes", "cy", ATTACH, "la")
def cpc_bilingual(c, r):
    cls = "child-protection" if r.random() < 0.5 else None
    st = (status_line("cy", cls) + " / " + status_line("en", cls) + "\n") if cls else ""
    return dict(record_class=cls, text=(f"Cynhadledd Adolygu Amddiffyn Plant / Review Child Protection Conference\n{c.council_cy} / {c.council_en}\n{st}{c.d('cy', -5, (3,))}\n\n"
                      f"Barn y plentyn / Child's view: {c.kid.name} \"{pick(r, 'dwi’n hapus bod dad ddim yn byw efo ni', 'dwi isio i mam stopio crio')}\"\n"
                      f"Cynnydd / Progress: {pick(r, 'da / good', 'cyfyngedig / limited')}\n"
                      f"Penderfyniad / Decision: {pick(r, 'Tynnu oddi ar y Gofrestr / Remove from the Register', 'Aros ar y Gofrestr / Remain on the Register')}\n"
                      f"Cadeirydd / Chair: Swyddog Adolygu Annibynnol"))


@tpl("cp-conference-minutes", "en", ATTACH, "la", docname=("RCPC minutes", "Cofnodion cynhadledd"))
def cpc_review_en(c, r):
    cls = "child-protection" if r.random() < 0.8 else None
    st = (status_line("en", cls) + "\n") if cls else ""
    return dict(text=(f"{c.council_en}\nMinutes of Review Child Protection Conference\n{st}Date: {c.d('en', -7)}   Chair: Independent Reviewing Officer\n"
                      f"Child(ren): {c.kids_dob('en')}\n\nAgency reports: school - attendance {r.randint(70, 96)}%; health visitor - immunisations up to date; police - one incident since last conference.\n"
                      f"Parents' views: mother accepts the plan; father did not attend.\nDecision: {pick(r, 'children to remain on the Child Protection Register (category: emotional abuse)', 'de-register; step down to care and support plan')}.\n"
                      f"Next review: {c.d('en', 180)}"),
                record_class=cls)


@tpl("cp-conference-minutes", "en", ATTACH, "la", wales=False)
def cpc_england_en(c, r):
    return dict(record_class="child-protection", text=(f"INITIAL CHILD PROTECTION CONFERENCE - MINUTES\n{c.council_en}\n{status_line('en', 'child-protection')}\nChild: {c.kid.name} {c.kid_surname}\n\nReason for conference: s47 enquiry following {pick(r, 'an unexplained bruise', 'police domestic abuse notification', 'disclosure at school')}.\n"
                      f"Outcome: child subject to a child protection plan under the category of {pick(r, 'physical abuse', 'neglect', 'emotional abuse')}.\nOutline plan: core group within 10 working days."))


@tpl("cp-conference-minutes", "cy", ATTACH, "la")
def cpc_full_cy(c, r):
    k = c.kid
    chair = f"{r.choice(WOMEN + MEN)} {r.choice(SURNAMES)}"
    cat = pick(r, "cam-drin emosiynol", "esgeuluso", "cam-drin corfforol")
    return dict(text=(f"@@{c.council_cy}\n@@Gwasanaethau Plant - Uned Adolygu Annibynnol\n\nCYFRINACHOL\n{status_line('cy', 'child-protection')}\n\nCynhadledd: Gychwynnol\nDyddiad: {c.d('cy', -12, (1,))}\nLleoliad: {pick(r, 'Teams', 'Swyddfa’r Cyngor, ' + c.town_cy, 'Canolfan Deulu ' + c.town_cy)}\n"
                      f"Cadeirydd: {chair}, Swyddog Adolygu Annibynnol\nCofnodwr: {r.choice(WOMEN)} {r.choice(SURNAMES)}\n\nPlant: {c.kids_dob('cy')}\n\n"
                      f"Yn bresennol\n{c.mother} (mam)\n{c.sw} (gweithiwr cymdeithasol, {c.council_cy})\n{r.choice(WOMEN)} {r.choice(SURNAMES)} (ymwelydd iechyd / nyrs ysgol)\n"
                      f"{r.choice(WOMEN + MEN)} {r.choice(SURNAMES)} (Person Diogelu Dynodedig, {c.school})\nDS {r.choice(SURNAMES)} ({c.police_cy}, Uned Amddiffyn y Cyhoedd)\n\n"
                      f"Ymddiheuriadau\n{c.father} (tad) - wedi cael gwahoddiad ond heb ddod. Meddyg teulu - adroddiad wedi'i anfon.\n\n"
                      f"1. Cyflwyniadau a diben y gynhadledd\nEsboniodd y Cadeirydd mai diben y gynhadledd yw penderfynu a yw'r plant mewn perygl o niwed ac a oes angen cynllun amddiffyn gofal a chymorth. "
                      f"Cynhaliwyd y gynhadledd yn ddwyieithog; dewisodd y fam siarad Cymraeg.\n\n"
                      f"2. Rheswm dros y gynhadledd\nCynhaliwyd ymholiadau adran 47 yn dilyn {pick(r, 'digwyddiad domestig ar ' + c.d('cy', -40) + ' pan oedd y plant yn bresennol', 'datgeliad gan ' + k.name + ' i athrawes', 'pryderon gan yr ymwelydd iechyd am esgeulustod')}.\n\n"
                      f"3. Gwybodaeth gan asiantaethau\nYsgol: presenoldeb {r.randint(72, 95)}%; {k.name} yn aml yn llwglyd ar fore Llun.\nIechyd: apwyntiadau wedi'u methu; imiwneiddiadau yn hwyr.\n"
                      f"Heddlu: {r.randint(2, 6)} galwad i'r cyfeiriad yn ystod y 12 mis diwethaf.\nGwasanaethau plant: gweler yr adroddiad i'r gynhadledd.\n\n"
                      f"4. Barn y teulu\nDywedodd y fam: \"Dwi'n gwybod bod pethau wedi mynd yn flêr ond dwi'n trio.\" Roedd yn cydnabod effaith y ffraeo ar y plant.\n\n"
                      f"5. Barn y plentyn\nDywedodd {k.name} wrth y gweithiwr cymdeithasol {k.p('ei fod', 'ei bod')} \"{pick(r, 'ofn pan ma dad yn dod adra’n hwyr', 'isio i bawb fod yn ffrindiau', 'hapus yn yr ysgol')}\".\n\n"
                      f"6. Dadansoddiad o'r risg\nFfactorau risg: cam-drin domestig, defnydd alcohol, ynysu. Ffactorau amddiffynnol: cefnogaeth {c.gp_role_cy}, yr ysgol.\n\n"
                      f"7. Penderfyniad\nRoedd pob asiantaeth o'r farn bod y plant mewn perygl o niwed sylweddol. Penderfynodd y Cadeirydd roi enwau'r plant ar y Gofrestr Amddiffyn Plant dan y categori {cat}.\n\n"
                      f"8. Cynllun amlinellol\nGweithiwr allweddol: {c.sw}. Grŵp craidd cyntaf o fewn 10 diwrnod gwaith. Cynhadledd adolygu: {c.d('cy', 80)}.\n"
                      f"Anfonir copi o'r cofnodion at y rhieni ac at CAFCASS Cymru (Gwarcheidwad) gyda chaniatâd."), record_class="child-protection")


@tpl("cp-conference-minutes", "cy", SCANNED, "la")
def cpc_plan_page_cy(c, r):
    return dict(text=(f"...Cynllun amddiffyn plant amlinellol\n\n| Beth | Pwy | Erbyn |\n| Mam i fynychu'r rhaglen Rhyddid | Mam / {c.sw} | {c.d('cy', 30, (3,))} |\n"
                      f"| Profion cyffuriau misol | Tad | parhaus |\n| Ymweliadau statudol | GC | bob 10 diwrnod |\n| Adroddiad presenoldeb | {c.school} | bob mis |\n\n"
                      f"Cofnodion y gynhadledd - {c.kid.name} {c.kid_surname} - tudalen {r.randint(5, 9)}"))


# agency information ------------------------------------------------------------------------

@tpl("agency-information", "cy", ATTACH, "school", docname=("School report", "Adroddiad ysgol"))
def ag_school_cy(c, r):
    k = c.kid
    return dict(text=(f"@@{c.school}\n\nAt: CAFCASS Cymru\nYnglŷn â: {k.name} {c.kid_surname}, Bl. {max(1, k.age(c.today) - 4)}\n\n"
                      f"Presenoldeb eleni: {r.randint(80, 99)}%.\nLles: mae {k.name} yn {pick(r, 'blentyn hapus sy’n cymryd rhan ym mhopeth', 'dawel iawn ar ddydd Llun', 'cael trafferth canolbwyntio ers y Pasg')}.\n"
                      f"Cyrhaeddiad: {pick(r, 'disgwyliedig', 'uwchlaw’r disgwyl', 'is na’r disgwyl mewn mathemateg')}.\nCyswllt â rhieni: {pick(r, 'mam yn casglu bob dydd; dad yn dod i nosweithiau rhieni', 'y ddau riant yn cysylltu ar wahân', 'dad heb gysylltu eleni')}.\n"
                      f"Pryderon diogelu: {pick(r, 'dim', 'un cofnod ar MyConcern (sylw am ffrae gartref)', 'dim')}.\n\n{r.choice(WOMEN)} {r.choice(SURNAMES)}, Person Diogelu Dynodedig"))


@tpl("agency-information", "cy", ATTACH, "health")
def ag_hv_cy(c, r):
    k = c.kids[-1]
    return dict(text=(f"@@{c.hb_cy}\n@@Gwasanaeth Ymwelwyr Iechyd\n\n{c.d('cy')}\n\nAnnwyl {c.fca},\n\nYnglŷn â: {k.name} (DG {dcy(k.dob, 3)})\n\nGyda chaniatâd y fam, gallaf gadarnhau "
                      f"fod {k.name} yn hysbys i'r gwasanaeth. Mae {k.ei('datblygiad')} {pick(r, 'o fewn yr ystod arferol', 'ychydig ar ei hôl hi o ran iaith', 'yn dda')}. "
                      f"Mae'r imiwneiddiadau i gyd wedi'u rhoi. {pick(r, 'Dim pryderon diogelu.', 'Cofnodwyd datgeliad o gam-drin domestig gan y fam yn ' + str(c.year - 1) + '; cyfeiriwyd at IDVA.')}\n\n"
                      f"Yn gywir,\n{r.choice(WOMEN)} {r.choice(SURNAMES)}\nYmwelydd Iechyd"))


@tpl("agency-information", "en", ATTACH, "health", docname=("GP letter", "Llythyr meddyg teulu"))
def ag_gp_en(c, r):
    return dict(text=(f"{pick(r, 'Meddygfa’r Bont', 'Canolfan Iechyd Glan Môr', 'Meddygfa Pen-y-Bryn')} / Surgery\n\nDear {c.fca},\n\nRe: {c.father} (DOB {den(c.today - timedelta(days=365 * r.randint(28, 45)), 3)})\n\n"
                      f"Thank you for your letter and the signed consent. Mr {c.father.split()[-1]} {pick(r, 'has no relevant mental health history', 'was treated for depression in ' + str(c.year - 2) + ' and is on sertraline', 'has attended for alcohol-related problems; LFTs deranged in ' + str(c.year - 1))}. "
                      f"I have no safeguarding concerns recorded.\n\nYours sincerely\nDr {r.choice(WOMEN + MEN)} {r.choice(SURNAMES)}, GP"))


@tpl("agency-information", "en", ATTACH, "health")
def ag_camhs_en(c, r):
    k = c.kid
    return dict(text=(f"{c.hb_en}\nChild and Adolescent Mental Health Services (CAMHS)\n\nRe: {k.name} {c.kid_surname}\n\n{k.name} was referred by the GP in {MONTHS_EN[(c.today.month + 5) % 12]} with {pick(r, 'low mood and self-harm', 'anxiety and school refusal', 'sleep problems')}. "
                      f"{k.he.capitalize()} has attended {r.randint(2, 8)} appointments with a Welsh-speaking clinician. {pick(r, 'Risk is currently low.', 'A safety plan is in place.', 'Discharged back to the GP.')}\n\nConsultant, CAMHS"))


@tpl("agency-information", "cy", ATTACH, "la", law="C")
def ag_la_file_cy(c, r):
    cls = r.choice(["looked-after-child", "other-childrens-social-care", "foster-carers", "missing-person", "child-protection"])
    k = c.kid
    body = {
        "looked-after-child": (f"Dogfennau o ffeil y plentyn - {c.council_cy}",
                               f"Mae {k.name} wedi bod yn derbyn gofal o dan adran 76 ers {c.year - 1}. Copi o'r cynllun lleoli a chofnodion yr adolygiad PDG diwethaf ynghlwm."),
        "other-childrens-social-care": (f"Dogfennau o ffeil y plentyn - {c.council_cy}",
                                        "Mae'r teulu'n derbyn cymorth dan gynllun gofal a chymorth. Copi o'r asesiad a'r cynllun diweddaraf ynghlwm."),
        "foster-carers": (f"Detholiad o gofnod dyddiol y gofalwyr maeth - {c.council_cy}",
                          f"{c.d('cy', -6, (3,))}: {k.name} wedi cysgu'n dda ar ôl cyswllt. {c.d('cy', -4, (3,))}: holi am {k.ei('mam')} amser gwely; crio am 10 munud."),
        "missing-person": (f"Cofnod digwyddiad - {c.council_cy}",
                           f"Adroddwyd {c.kids[-1].name} ar goll ar {c.d('cy', -30)}; daeth adref o fewn 6 awr. Cyfweliad dychwelyd adref wedi'i gynnal."),
        "child-protection": (f"Dogfennau o ffeil y plentyn - {c.council_cy}",
                             "Canlyniad yr ymholiadau adran 47: pryderon wedi'u cadarnhau; cynhadledd wedi'i galw. Copi o'r asesiad strategaeth ynghlwm."),
    }[cls]
    return dict(text=(f"{body[0]}\n{status_line('cy', cls)}\n\n{body[1]}\n\nDarparwyd i'r Gwarcheidwad yn unol ag adran 42 Deddf Plant 1989."),
                record_class=cls)


@tpl("agency-information", "en", ATTACH, "la", law="C")
def ag_la_file_en(c, r):
    cls = r.choice(["looked-after-child", "looked-after-child", "child-protection", "adoption"])
    k = c.kid
    body = {
        "looked-after-child": (f"Enclosed: placement plan; latest LAC review minutes; PEP; health assessment.\n"
                               f"Review summary: {k.name} is settled in placement and attends {c.school}. Contact with parents is fortnightly, supervised."),
        "child-protection": (f"Enclosed: strategy discussion record; s47 outcome; ICPC report.\n"
                             f"Summary: the s47 enquiry concluded that {k.name} was at risk of significant harm; an initial conference was convened."),
        "adoption": (f"Enclosed: Child's Permanence Report (draft); adoption panel date {c.d('en', 60)}.\n"
                     f"Summary: the agency decision maker has approved a plan of adoption for {k.name}, subject to a placement order."),
    }[cls]
    return dict(text=(f"{c.council_en} - copy papers from the child's file (s42 CA 1989)\n{status_line('en', cls)}\nChild: {k.name} {c.kid_surname}\n\n{body}"),
                record_class=cls)


# ----------------------------------------------------------------------------------------------
# legal-advice
# ----------------------------------------------------------------------------------------------

@tpl("legal-advice", "cy", EMAIL, "legal", docname=("Legal advice", "Cyngor cyfreithiol"))
def adv_disclosure_cy(c, r):
    return dict(text=(f"BREINTIEDIG A CHYFRINACHOL - CYNGOR CYFREITHIOL\n\nHelo {c.fca.split()[0]},\n\nDiolch am eich ymholiad ynghylch a ddylid datgelu cyfeiriad newydd y fam "
                      f"i'r llys yn {c.number}.\n\nFy nghyngor i yw: {pick(r, 'dylech ffeilio’r cyfeiriad ar ffurflen C8 fel na chaiff ei ddatgelu i’r tad', 'nid oes angen i chi ddatgelu’r cyfeiriad; mae’n ddigon nodi ei bod yn byw ' + c.yn_town)}. "
                      f"Os yw'r tad yn gofyn amdano drwy ei gyfreithiwr, cyfeiriwch y cais ataf i.\n\nMae croeso i chi fy ffonio.\n\n{c.lawyer}\nCyfreithiwr, Gwasanaethau Cyfreithiol Llywodraeth Cymru (CAFCASS Cymru)"),
                subject=pick(r, f"Cyngor - {c.number}", "RE: ymholiad cyfreithiol", f"BREINTIEDIG: {c.name}"))


@tpl("legal-advice", "en", EMAIL, "legal", wales=False)
def adv_cafcass_legal_en(c, r):
    return dict(text=(f"LEGALLY PRIVILEGED\n\nDear {c.fca.split()[0]},\n\nYou asked whether you can share the police call-out log with the parties before the hearing. "
                      f"My advice is that you should not serve it yourself; summarise the relevant information in your report and invite the court to direct disclosure "
                      f"from {c.police_en} if the parties need the underlying material.\n\nRegards,\n{c.lawyer}\nCafcass Legal"),
                subject=pick(r, f"Advice - {c.number}", "RE: disclosure of police information", "Privileged: your query"))


@tpl("legal-advice", "cy", ATTACH, "legal", law="C")
def adv_memo_r164_cy(c, r):
    k = c.kid_aged(11, 15)
    return dict(text=(f"MEMORANDWM - BREINTIEDIG\nAt: {c.fca}, Gwarcheidwad\nOddi wrth: {c.lawyer}, Cyfreithiwr\nPwnc: {k.name} - cynrychiolaeth ar wahân\nDyddiad: {c.d('cy')}\n\n"
                      f"1. Rydych wedi gofyn a ddylai {k.name} ({k.age(c.today)}) gael ei {k.p('gynrychioli', 'chynrychioli')} ar wahân i'r Gwarcheidwad, gan {k.p('ei fod', 'ei bod')} yn anghytuno â'ch argymhelliad.\n"
                      f"2. Y cwestiwn yw a oes gan {k.name} ddigon o ddealltwriaeth i gyfarwyddo cyfreithiwr yn uniongyrchol (FPR 16.29).\n"
                      f"3. Fy nghyngor: {pick(r, 'dylai cyfreithiwr y plant asesu cymhwysedd ' + k.name + ' cyn y gwrandawiad nesaf', 'nid oes angen gwahanu ar hyn o bryd')}.\n"))


@tpl("legal-advice", "en", ATTACH, "legal")
def adv_memo_en(c, r):
    return dict(text=(f"PRIVILEGED AND CONFIDENTIAL - NOT FOR DISCLOSURE\nAdvice note\nCase: {c.number}\nTo: {c.fca}\nFrom: {c.lawyer}, Welsh Government Legal Services\n\n"
                      f"Issue: whether CAFCASS Cymru should appeal / seek clarification of the order of {c.d('en', -9)} which directs a further report without a filing date.\n"
                      f"Advice: write to the court within 7 days asking for the order to be amended under the slip rule; no appeal is needed."))


@tpl("legal-advice", "cy", EMAIL, "legal")
def adv_short_cy(c, r):
    return dict(text=(f"Na, does dim rhaid i ti fynychu'r gwrandawiad canfod ffeithiau oni bai bod y llys wedi cyfarwyddo hynny'n benodol - a dyw'r gorchymyn ddim. "
                      f"Os yw cyfreithiwr y tad yn dy wysio fel tyst, rho wybod i mi'n syth.\n\n{c.lawyer.split()[0]}\n(breintiedig - peidiwch â'i anfon ymlaen)"),
                subject=pick(r, "RE: oes angen i mi fynd?", f"RE: {c.number} canfod ffeithiau"))


# solicitor correspondence ------------------------------------------------------------------

@tpl("solicitor-correspondence", "cy", EMAIL, "sol_c", law="C", docname=("Email from child's solicitor", "E-bost gan gyfreithiwr y plentyn"))
def sc_child_sol_cy(c, r):
    return dict(text=(f"Helo {c.fca.split()[0]},\n\nDiolch am y sgwrs ddoe. Dw i wedi drafftio'r datganiad safbwynt ar eich rhan ar gyfer y CMH ac wedi'i atodi - "
                      f"a allwch chi gadarnhau erbyn 12 yfory eich bod yn hapus gyda pharagraff 4 (cyswllt)?\n\nHefyd, mae'r awdurdod lleol wedi ffeilio asesiad {c.gp_role_cy} yn hwyr; "
                      f"dw i'n bwriadu codi hyn gyda'r llys oni bai eich bod chi'n anghytuno.\n\nCofion,\n{c.sol_c}\n{c.firm_c[0]}\nCyfreithiwr y plant"),
                subject=pick(r, f"{c.number} - drafft i chi", f"CMH {c.d('cy', 3, (3,))}", "Drafft ar gyfer y gwrandawiad"))


@tpl("solicitor-correspondence", "en", EMAIL, "cafcass", law="C")
def sc_guardian_to_sol_en(c, r):
    return dict(text=(f"Hi {c.sol_c.split()[0]},\n\nI've now seen {c.kid.name} at the placement. Please can you put the following in our position statement: the guardian supports the interim plan "
                      f"but is concerned about the reduction in contact. I'd also like you to ask for the LA's viability assessment of {c.grandparent} to be filed before the IRH.\n\n"
                      f"Thanks\n{c.fca}\nChildren's Guardian, CAFCASS Cymru"),
                subject=pick(r, f"Instructions for IRH - {c.number}", "Position statement - guardian's instructions", f"RE: {c.name}"))


@tpl("solicitor-correspondence", "cy", ATTACH, "sol_c", law="C")
def sc_letter_draft_order_cy(c, r):
    return dict(text=(f"{c.firm_c[0]}\n\n{c.fca}\nGwarcheidwad Plant, CAFCASS Cymru\n\n{c.d('cy')}\n\nAnnwyl {c.fca.split()[0]},\n\n{c.number} - {c.kids_names('cy')}\n\n"
                      f"Amgaeaf ddrafft o'r gorchymyn ar ôl y gwrandawiad ddoe, fel y'i cytunwyd rhwng y cyfreithwyr. Byddwn yn ddiolchgar am eich sylwadau erbyn diwedd yr wythnos.\n\n"
                      f"Nodaf hefyd fod {c.kid.name} wedi gofyn i siarad â mi'n uniongyrchol. Byddaf yn trefnu ymweliad gyda chi.\n\nYn gywir,\n{c.sol_c}"))


@tpl("solicitor-correspondence", "en", EMAIL, "sol_c", law="C")
def sc_child_sol_en(c, r):
    return dict(text=(f"Dear {c.fca.split()[0]},\n\nFurther to your instructions, I attach the expert's CV and fee estimate for your approval before the letter of instruction goes out. "
                      f"The mother's solicitors have raised the question of a Welsh-speaking expert - I think that is a fair point given the children's first language. Can we discuss on Monday?\n\n"
                      f"Kind regards\n{c.sol_c}\nSolicitor for the children"),
                subject=pick(r, "Expert - for approval", f"{c.number} expert", "RE: Part 25 application"))


@tpl("solicitor-correspondence", "cy", EMAIL, "cafcass", law="C")
def sc_guardian_reply_cy(c, r):
    return dict(text=(f"Diolch {c.sol_c.split()[0]}.\n\nYdw, dw i'n hapus gyda'r drafft ond newidia paragraff 6 i ddweud bod y Gwarcheidwad yn cefnogi cyswllt \"o leiaf\" dair gwaith yr wythnos. "
                      f"Ffonia fi os oes angen.\n\n{c.fca.split()[0]}"),
                subject=f"RE: {c.number} - drafft i chi")


# legal call note ---------------------------------------------------------------------------

@tpl("legal-call-note", "cy", TREE, "cafcass", docname=("Note of call with lawyer", "Nodyn o alwad gyda chyfreithiwr"))
def lcn_legal_cy(c, r):
    return dict(text=(f"Nodyn galwad ffôn\nDyddiad: {c.d('cy', 0, (3,))} {r.randint(9, 16)}:{r.randint(10, 59)}\nRhwng: {c.fca} a {c.lawyer} (Gwasanaethau Cyfreithiol)\n\n"
                      f"Trafodwyd: {pick(r, 'a oes rhaid i mi ddatgelu nodiadau fy nghyfweliad gyda’r plentyn', 'gwŷs tyst gan gyfreithiwr y tad', 'sut i ymateb i’r gŵyn gan y fam')}.\n"
                      f"Cyngor: {pick(r, 'nid oes rhaid datgelu heb orchymyn; ystyried cais am ddatgelu cyfyngedig', 'mynychu, ond dim ond i ateb cwestiynau am yr adroddiad', 'ymateb drwy’r weithdrefn gwynion; peidio â thrafod yn y llys')}.\n"
                      f"Camau: {c.fca.split()[0]} i anfon copi o'r gorchymyn at {c.lawyer.split()[0]}."))


@tpl("legal-call-note", "en", TREE, "cafcass", law="C")
def lcn_child_sol_en(c, r):
    return dict(text=(f"Call with child's solicitor ({c.sol_c}, {c.firm_c[0]})\n{c.d('en', 0, (3,))} - 20 mins - {c.fca}\n\n"
                      f"- discussed LA's late filing; agreed {c.sol_c.split()[0]} will raise at CMH\n- expert: agreed Dr Mathias, Welsh-speaking\n"
                      f"- {c.kid.name} wants to write to the judge; agreed I will support this during my next visit\nActions: SC to circulate draft order."))


@tpl("legal-call-note", "cy", TREE, "cafcass", law="C")
def lcn_teams_cy(c, r):
    return dict(text=(f"{c.number}\nGalwad Teams gyda chyfreithiwr y plant ({c.sol_c}) cyn y gwrandawiad\n{c.d('cy', -1, (3,))}\n\n"
                      f"Cytuno ar safbwynt: cefnogi ICO; gwrthwynebu lleihau cyswllt. {c.sol_c.split()[0]} i ddrafftio. Fi i ffonio'r GC ynghylch asesiad {c.gp_role_cy}.\n"
                      f"Dim cyngor arall."))


@tpl("legal-call-note", "en", TREE, "cafcass")
def lcn_legal_en(c, r):
    return dict(text=(f"Tel call - {c.lawyer} (legal) - {c.d('en', 0, (4,))}\nRe {c.number}: father's solicitor has asked for my case notes. Advice: decline, notes are not disclosable "
                      f"without an order; refer them to FPR 12.75 / ask the court. Will confirm by email. - {c.fca.split()[0]}"))


@tpl("legal-call-note", "cy", SCANNED, "cafcass")
def lcn_handwritten_cy(c, r):
    return dict(text=(f"{c.d('cy', 0, (4,))}  ffonio {c.lawyer.split()[0]} (cyfreithiol)\n- gwys i'r llys ar {c.d('cy', 9, (4,))}\n- rhaid mynd? -> ydy, ond dim ond ar yr adroddiad\n"
                      f"- paratoi: darllen y datganiadau\n{c.fca.split()[0][0]}{c.fca.split()[-1][0]}"))


# ----------------------------------------------------------------------------------------------
# further-information
# ----------------------------------------------------------------------------------------------

@tpl("thank-you-card", "cy", SCANNED, "child", docname=("Card", "Cerdyn"))
def ty_child_cy(c, r):
    k = c.kid_aged(6, 12)
    return dict(text=f"Diolch!\n\nI {c.fca.split()[0]}\ndiolch am wrando arna i\na helpu fi\n\ncariad\n{k.name} x x x")


@tpl("thank-you-card", "cy", SCANNED, "parent")
def ty_parent_cy(c, r):
    who = r.choice([c.mum_first, c.dad_first])
    return dict(text=(f"Diolch o Galon\n\nAnnwyl {c.fca.split()[0]},\nJyst nodyn bach i ddiolch am bopeth dach chi wedi'i wneud i ni fel teulu. Doedd o ddim yn hawdd "
                      f"ond mae {c.kids_names('cy')} mor hapus rŵan. Fyddwn ni byth yn anghofio.\n\nCofion cynnes,\n{who} a'r plant"))


@tpl("thank-you-card", "en", SCANNED, "parent", docname=("Thank you card", "Cerdyn diolch"))
def ty_parent_en(c, r):
    return dict(text=(f"Thank You\n\nTo {c.fca.split()[0]}\nThank you so much for all your help and for listening to {c.kid.name}. We finally have some peace. "
                      f"You made a horrible time easier.\n\nBest wishes\n{c.mum_first} {pick(r, 'and ' + c.kid.name, '')}"))


@tpl("thank-you-card", "cy", SCANNED, "gp")
def ty_nain_cy(c, r):
    return dict(text=(f"Diolch yn fawr\n\n{c.fca.split()[0]} annwyl,\nDiolch am fod mor garedig efo'r plant ac efo fi. Mi wnaethoch chi wrando pan oedd neb arall. "
                      f"Pob lwc i chi yn y dyfodol.\n\n{c.grandparent} ({c.gp_role_cy.capitalize()})"))


@tpl("thank-you-card", "en", SCANNED, "child")
def ty_child_en(c, r):
    return dict(text=f"THANK YOU\n\n{c.fca.split()[0]}\nyou are the best\nthanks for helping me and my mum\nfrom {c.kid.name}\n♥ ♥\nDiolch")


# informal contact --------------------------------------------------------------------------

@tpl("informal-contact", "cy", SCANNED, "child", docname=("Postcard", "Cerdyn post"))
def ic_postcard_cy(c, r):
    k = c.kid_aged(7, 14)
    return dict(text=(f"Helo {c.fca.split()[0]}!\nDan ni yn {pick(r, 'Sbaen', 'Dinbych-y-pysgod', 'Llydaw', 'Ynys Môn')} efo {pick(r, 'dad', 'mam', c.nain)}. Ma'r tywydd yn boeth "
                      f"a dwi wedi bod yn nofio bob dydd. Dwi'n hapus.\n{k.name}\n\n[CAFCASS Cymru\n{c.town_cy}]"))


@tpl("informal-contact", "cy", SCANNED, "parent")
def ic_xmas_card_cy(c, r):
    return dict(text=(f"Nadolig Llawen a Blwyddyn Newydd Dda\n\nI {c.fca.split()[0]} a phawb yn y swyddfa,\nGobeithio eich bod chi i gyd yn iawn. Mae'r plant yn cofio atoch.\n"
                      f"Cariad, {c.mum_first}, {c.kids_names('cy')} x"))


@tpl("informal-contact", "en", SCANNED, "parent")
def ic_text_screenshot_en(c, r):
    return dict(text=(f"{r.randint(10, 21)}:{r.randint(10, 59)}\nHi {c.fca.split()[0]} its {c.mum_first}, hope you dont mind me texting. just wanted to let you know "
                      f"{c.kid.name} got into the {pick(r, 'rugby team', 'county choir', 'Urdd dance final')}!! {c.kid.he} asked me to tell you. thanks again for everything x\n"
                      f"Delivered"))


@tpl("informal-contact", "cy", EMAIL, "parent")
def ic_email_share_cy(c, r):
    return dict(text=(f"Helo {c.fca.split()[0]},\n\nDim byd pwysig, jyst isio rhannu llun o dystysgrif {c.kid.name} o'r ysgol - seren yr wythnos! "
                      f"Mae {c.kid.fe} wedi setlo'n dda ers i bopeth orffen. Dim angen ateb.\n\nCofion,\n{r.choice([c.mum_first, c.dad_first])}"),
                subject=pick(r, "newyddion da", "llun", f"{c.kid.name} :)"))


@tpl("informal-contact", "en", SCANNED, "parent")
def ic_reception_note_en(c, r):
    return dict(text=(f"Reception - note\n{c.d('en', 0, (3,))} {r.randint(10, 16)}:{r.randint(10, 59)}\n{c.father} called in without an appointment and left a box of Welsh cakes for "
                      f"\"the lady who helped us\". Said the family are doing well and didn't want to speak to anyone. Box put in the kitchen.\n- {r.choice(WOMEN)}, reception"))


@tpl("informal-contact", "cy", SCANNED, "child")
def ic_birthday_invite_cy(c, r):
    k = c.kid_aged(5, 10)
    return dict(text=(f"Gwahoddiad!\nParti pen-blwydd {c.kid.name} yn {c.kid.age(c.today) + 1}\nDydd Sadwrn {r.randint(1, 28)}\nNeuadd y pentref 2-4\n"
                      f"Ti'n gallu dod {c.fca.split()[0]}??"))


# ----------------------------------------------------------------------------------------------
# court-bundle
# ----------------------------------------------------------------------------------------------

def bundle_index(c, r, lang):
    if lang == "cy":
        secs = [("A", "Dogfennau rhagarweiniol"), ("B", "Ceisiadau a gorchmynion"), ("C", "Datganiadau a thystiolaeth"),
                ("D", "Adroddiadau CAFCASS Cymru"), ("E", "Adroddiadau arbenigol"), ("F", "Gwybodaeth yr heddlu"), ("G", "Dogfennau eraill")]
    else:
        secs = [("A", "Preliminary documents"), ("B", "Applications and orders"), ("C", "Statements and affidavits"),
                ("D", "Cafcass / CAFCASS Cymru reports"), ("E", "Expert reports"), ("F", "Police disclosure"), ("G", "Other documents")]
    out, p = [], 1
    for code, name in secs:
        n = r.randint(2, 4)
        out.append(f"{code}  {name}")
        for i in range(n):
            q = r.randint(2, 30)
            out.append(f"    {code}{i + 1}  ...  {code}{p}-{code}{p + q}")
            p += q + 1
        p = 1
    return "\n".join(out)


@tpl("court-bundle", "cy", ATTACH, "sol_m", docname=("Bundle", "Bwndel"))
def bundle_index_cy(c, r):
    return dict(text=(f"Yn y Llys Teulu yn eistedd {c.yn_town}\n{c.number}\n{c.name}\n\nMYNEGAI\nGwrandawiad: {pick(r, 'Apwyntiad Datrys Anghydfod', 'Gwrandawiad terfynol', 'Gwrandawiad canfod ffeithiau')} {c.d('cy', 5)}\n\n"
                      f"{bundle_index(c, r, 'cy')}\n\nParatowyd gan: {c.firm_m[0]} (cyfreithwyr y ceisydd)"))


@tpl("court-bundle", "en", ATTACH, "sol_f", docname=("Court bundle", "Bwndel llys"))
def bundle_index_en(c, r):
    return dict(text=(f"IN THE FAMILY COURT AT {c.town_en.upper()}\nCase No. {c.number}\n\n## COURT BUNDLE - INDEX\nFor hearing on {c.d('en', 4)}\n\n{bundle_index(c, r, 'en')}\n\n"
                      f"Bundle prepared in accordance with PD27A. Total pages: {r.randint(180, 620)}"))


@tpl("court-bundle", "cy", ATTACH, "sol_m")
def bundle_cover_bi(c, r):
    return dict(text=(f"BWNDEL Y LLYS / COURT BUNDLE\nCyfrol {r.randint(1, 3)} o {r.randint(3, 4)} / Volume\n{c.number}\n{c.name}\n\n"
                      f"Gwrandawiad / Hearing: {c.d('cy', 6)}\nGerbron / Before: {c.judge_cy}\n\nParatowyd gan / Prepared by: {c.firm_m[0]}\n"
                      f"Tudalennau / Pages: A1 - G{r.randint(20, 90)}"))


@tpl("court-bundle", "en", ATTACH, "sol_f")
def bundle_page_en(c, r):
    p = r.randint(20, 240)
    return dict(text=(f"C{p}\n\n14. On the evening of {c.d('en', -400)} the respondent arrived at my home uninvited...\n15. I telephoned {c.police_en}...\n\n"
                      f"{c.number} - Final Hearing Bundle - Section C - page C{p}"))


@tpl("court-bundle", "cy", ATTACH, "court")
def bundle_prelim_cy(c, r):
    return dict(text=(f"A1\nCRYNODEB O'R ACHOS (ar gyfer y bwndel)\n{c.number}\n\nPartïon: {c.applicant} (ceisydd), {c.respondent} (atebydd), CAFCASS Cymru\n"
                      f"Materion i'w penderfynu: {pick(r, 'gyda phwy y bydd y plant yn byw', 'a ddylai’r amser gyda’r tad gael ei oruchwylio', 'a ellir adleoli i Loegr')}\n"
                      f"Rhestr ddarllen: A1-A9, B1-B14, D1-D32\nAmcangyfrif o'r amser: {r.randint(1, 3)} diwrnod\n\nA2\nCRONOLEG ..."))


@tpl("court-bundle", "cy", ATTACH, "sol_f")
def bundle_ebundle_cy(c, r):
    return dict(text=(f"E-fwndel - {c.number} - Fersiwn {r.randint(2, 5)}\n[Tudalen D{r.randint(1, 40)}]\n...Adroddiad Lles gan CAFCASS Cymru...\n"
                      f"[Tudalen F{r.randint(1, 12)}]\n...Datgeliad gan yr heddlu...\n"
                      f"Mae'r bwndel electronig hwn wedi'i baratoi i'w ddefnyddio yn y gwrandawiad yn unig."))


# ----------------------------------------------------------------------------------------------
# police-information
# ----------------------------------------------------------------------------------------------

OFFENCES = [
    ("Assault occasioning actual bodily harm - Offences Against the Person Act 1861 s.47", "Ymosod gan achosi gwir niwed corfforol"),
    ("Common assault - Criminal Justice Act 1988 s.39", "Ymosod cyffredin"),
    ("Driving a motor vehicle with excess alcohol", "Gyrru gyda gormod o alcohol"),
    ("Possession of a controlled drug - Class B (cannabis)", "Meddu ar gyffur a reolir - Dosbarth B"),
    ("Breach of a non-molestation order - Family Law Act 1996 s.42A", "Torri gorchymyn rhag molestu"),
    ("Criminal damage (under £5,000)", "Difrod troseddol"),
    ("Controlling or coercive behaviour - Serious Crime Act 2015 s.76", "Ymddygiad rheolaethol neu orfodol"),
    ("Harassment without violence", "Aflonyddu heb drais"),
]
DISPOSALS = [("Community order 12 months, 80 hours unpaid work", "Gorchymyn cymunedol 12 mis, 80 awr o waith di-dâl"),
             ("Fine £300, costs £85", "Dirwy £300, costau £85"), ("Conditional discharge 12 months", "Rhyddhad amodol 12 mis"),
             ("Imprisonment 16 weeks suspended 12 months", "Carchar 16 wythnos wedi'i ohirio am 12 mis"),
             ("Simple caution", "Rhybuddiad syml"), ("Disqualified from driving 18 months", "Gwahardd rhag gyrru 18 mis")]
MAG_COURTS = ["Llandudno Magistrates' Court", "Caernarfon Magistrates' Court", "Mold Magistrates' Court", "Swansea Magistrates' Court",
              "Cardiff Magistrates' Court", "Newport Magistrates' Court", "Aberystwyth Magistrates' Court", "Merthyr Tydfil Crown Court"]


def pnc_entries(c, r, lang, n):
    out = []
    for i in range(n):
        off = r.choice(OFFENCES)
        disp = r.choice(DISPOSALS)
        d = c.today - timedelta(days=r.randint(300, 4000))
        if lang == "cy":
            out.append(f"{dcy(d, 3)}  {off[1]}  |  {r.choice(MAG_COURTS)}  |  {disp[1]}")
        else:
            out.append(f"{den(d, 3)}  {off[0]}\n    Court: {r.choice(MAG_COURTS)}   Disposal: {disp[0]}")
    return sorted(out)


def pncid(r):
    return f"{r.choice(['98', '03', '07', '11', '14', '17', '19'])}/{r.randint(100000, 999999)}{r.choice('ABCDEFGHJKLMNPQRTUVWXYZ')}"


@tpl("pnc-disclosure", "en", ATTACH, "police", docname=("PNC", "PNC"))
def pnc_print_en(c, r):
    who = r.choice([c.father, c.father, c.partner, c.mother])
    sur, fn = who.split()[-1].upper(), who.split()[0].upper()
    return dict(text=(f"OFFICIAL - SENSITIVE\nPNC PRINT - CONVICTIONS / CAUTIONS\nSubject: {sur}/{fn}   DOB: {den(c.today - timedelta(days=365 * r.randint(22, 48)), 3)}   PNCID: {pncid(r)}\n"
                      f"Summary: {r.randint(1, 4)} conviction(s) for {r.randint(1, 6)} offence(s); {r.randint(0, 2)} caution(s)\n\n" + "\n".join(pnc_entries(c, r, "en", r.randint(1, 4))) +
                      f"\n\nDisclosed to CAFCASS Cymru for child safeguarding purposes only. {c.police_en} Disclosure Unit."))


@tpl("pnc-disclosure", "cy", ATTACH, "police")
def pnc_cy(c, r):
    who = r.choice([c.father, c.partner])
    return dict(text=(f"{c.police_cy}\nUned Datgelu - Diogelu Pobl Agored i Niwed\n\nGwybodaeth o Gyfrifiadur Cenedlaethol yr Heddlu\nCyf CAFCASS Cymru: {c.number}\n"
                      f"Unigolyn: {who}\n\nEuogfarnau a rhybuddiadau:\n" + "\n".join(pnc_entries(c, r, "cy", r.randint(1, 3))) +
                      f"\n\nDim ond at ddibenion diogelu plant y darperir y wybodaeth hon. Ni ddylid ei rhannu â'r partïon heb ganiatâd y llys."))


@tpl("pnc-disclosure", "en", ATTACH, "police", wales=False)
def pnc_list_en(c, r):
    who = c.father
    return dict(text=(f"PNC record - {who}\nRequested by Cafcass ({c.number})\n\n" + "\n".join(pnc_entries(c, r, "en", r.randint(2, 5))) +
                      f"\n\nNo current bail conditions. No outstanding warrants.\nThis information is provided under the Cafcass/NPCC protocol."))


@tpl("pnc-disclosure", "cy", EMAIL, "police")
def pnc_none_cy(c, r):
    who = r.choice([c.mother, c.father, c.partner])
    return dict(text=(f"Prynhawn da,\n\nYn dilyn eich cais am wiriad PNC ar {who}: mae gan yr unigolyn {pick(r, 'un rhybuddiad', 'ddim euogfarnau na rhybuddiadau', 'un euogfarn')} "
                      f"ar Gyfrifiadur Cenedlaethol yr Heddlu.\n{pick(r, 'Rhybuddiad syml, ' + str(c.year - 6) + ', difrod troseddol.', '', 'Euogfarn ' + str(c.year - 9) + ' - gyrru gyda gormod o alcohol, dirwy a gwaharddiad.')}\n\n"
                      f"Uned Datgelu\n{c.police_cy}"),
                subject=pick(r, f"PNC - {c.number}", f"RE: Cais PNC {who.split()[-1]}", "Canlyniad gwiriad"))


@tpl("pnc-disclosure", "cy", ATTACH, "police")
def pnc_bilingual(c, r):
    who = c.father
    return dict(text=(f"DATGELIAD / DISCLOSURE - {c.police_cy} / {c.police_en}\nGwrthrych / Subject: {who}\nCyf / Ref: {c.number}\n\n"
                      f"Euogfarnau / Convictions:\n" + "\n".join(pnc_entries(c, r, "en", r.randint(1, 3))) +
                      f"\n\nRhybuddiadau / Cautions: {pick(r, 'Dim / None', '1 - ' + str(c.year - 8))}\nMarciau rhybudd / Warning markers: {pick(r, 'Trais / Violent', 'Dim / None', 'Cyffuriau / Drugs')}"))


# police call-outs --------------------------------------------------------------------------

CALLOUT_CY = ["Galwad gan y fam - ffrae eiriol, tad wedi gadael cyn i'r heddlu gyrraedd. DASH: safonol.",
              "Cymydog yn adrodd gweiddi a sŵn torri. Swyddogion yn bresennol. Plant yn y tŷ. PPN wedi'i gyflwyno.",
              "Tad yn gwrthod dychwelyd y plentyn ar ôl contact. Datryswyd - plentyn wedi'i ddychwelyd 21:40.",
              "Adroddiad o dorri gorchymyn rhag molestu - negeseuon testun. Cofnodwyd trosedd.",
              "Galwad 999 wedi'i gadael - galw'n ôl, dim ateb. Ymweliad: dim pryderon.",
              "Dadl wrth drosglwyddo'r plentyn y tu allan i'r ysgol. Cyngor i'r ddau barti.",
              "Mam yn adrodd ei bod wedi cael ei gwthio. Tad wedi'i arestio; NFA yn ddiweddarach."]
CALLOUT_EN = ["Verbal argument reported by mother; father left prior to police arrival. DASH: standard.",
              "Neighbour reports shouting and smashing. Officers attended. Children present. PPN submitted.",
              "Father failed to return child after contact. Resolved - child returned 21:40.",
              "Report of breach of non-molestation order via text messages. Crime recorded.",
              "Abandoned 999 call - no answer on call-back. Attended: no concerns.",
              "Dispute at handover outside school. Words of advice to both parties.",
              "Mother reports being pushed. Father arrested; later NFA."]


def callout_rows(c, r, lang, n):
    pool = CALLOUT_CY if lang == "cy" else CALLOUT_EN
    d0 = c.today - timedelta(days=r.randint(400, 900))
    rows = []
    for i, t in enumerate(r.sample(pool, n)):
        d0 = d0 + timedelta(days=r.randint(20, 120))
        pre = "".join(w[0] for w in c.police_en.replace("-", " ").split()[:2]).upper()
        rows.append((d0, f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}", f"{pre}-{r.randint(10000, 99999)}-{d0.strftime('%y')}", t))
    return rows


@tpl("police-callouts", "cy", ATTACH, "police", docname=("Police call-out log", "Log galwadau'r heddlu"))
def pco_table_cy(c, r):
    rows = callout_rows(c, r, "cy", r.randint(3, 6))
    body = "\n".join(f"{dcy(d, 3)} | {t} | {ref} | {txt}" for d, t, ref, txt in rows)
    return dict(text=(f"{c.police_cy}\nGalwadau i'r cyfeiriad: {c.addr_m}\nCyfnod: {c.year - 3} - {c.year}\n\nDyddiad | Amser | Cyf digwyddiad | Crynodeb\n{body}\n\nCyfanswm: {len(rows)}"))


@tpl("police-callouts", "en", ATTACH, "police")
def pco_incident_log_en(c, r):
    rows = callout_rows(c, r, "en", r.randint(3, 6))
    body = "\n".join(f"{den(d, 3)} {t}  {ref}\n  {txt}" for d, t, ref, txt in rows)
    return dict(text=(f"{c.police_en} - incident history\nLocation: {c.addr_m}\nLinked persons: {c.mother}; {c.father}\n\n{body}"))


@tpl("police-callouts", "cy", EMAIL, "police")
def pco_email_cy(c, r):
    rows = callout_rows(c, r, "cy", r.randint(2, 4))
    body = "\n".join(f"- {dcy(d, 0)}: {txt}" for d, t, ref, txt in rows)
    return dict(text=(f"Bore da,\n\nFel y gofynnwyd, dyma grynodeb o'r galwadau i'r heddlu yn ymwneud â {c.mother} a {c.father} yn ystod y tair blynedd diwethaf:\n\n{body}\n\n"
                      f"Gellir darparu'r logiau llawn os bydd y llys yn gorchymyn.\n\nTîm Diogelu, {c.police_cy}"),
                subject=pick(r, f"Galwadau - {c.number}", "RE: log galwadau", f"Ymateb {c.kid_surname}"))


@tpl("police-callouts", "en", ATTACH, "police", wales=False)
def pco_storm_en(c, r):
    rows = callout_rows(c, r, "en", r.randint(2, 5))
    body = "\n".join(f"LOG {ref} | OPENED {den(d, 3)} {t} | TYPE: {pick(r, 'DOMESTIC', 'CONCERN FOR SAFETY', 'ASB', 'CHILD CONCERN')} | RESULT: {txt}" for d, t, ref, txt in rows)
    return dict(text=f"COMMAND AND CONTROL EXTRACT\nAddress search: {c.addr_f}\n\n{body}\n\nEND OF EXTRACT")


@tpl("police-callouts", "cy", ATTACH, "police")
def pco_partial_cy(c, r):
    rows = callout_rows(c, r, "cy", r.randint(2, 3))
    body = "\n\n".join(f"Digwyddiad {ref}\nDyddiad: {dcy(d, 0)} {t}\nMath: digwyddiad domestig\nCanlyniad: {txt}" for d, t, ref, txt in rows)
    return dict(text=f"{body}\n\n(parhad ar y dudalen nesaf)")


# police safeguarding check -----------------------------------------------------------------

@tpl("police-check", "cy", EMAIL, "police", docname=("Police check", "Gwiriad heddlu"))
def pchk_notrace_cy(c, r):
    return dict(text=(f"Prynhawn da,\n\nCyf: {c.number}\n\nRwyf wedi gwirio systemau {c.police_cy} (Niche, PND a PNC) ar gyfer yr unigolion a enwyd yn eich cais. "
                      f"Dim cofnod o unrhyw un ohonynt. Nid oes gennym unrhyw wybodaeth ddiogelu i'w datgelu.\n\nCofion,\nUned Gwiriadau Diogelu"),
                subject=pick(r, f"Dim cofnod - {c.number}", f"RE: Gwiriad diogelu {c.number}", "Canlyniad gwiriad CAFCASS Cymru"))


@tpl("police-check", "en", ATTACH, "police")
def pchk_info_en(c, r):
    return dict(text=(f"{c.police_en}\nPublic Protection Unit\n\nResponse to CAFCASS Cymru safeguarding enquiry\nYour ref: {c.number}\n\n"
                      f"Subjects checked: {c.mother}; {c.father}; {c.kids_names('en')}\n\nInformation held:\n"
                      f"- {r.randint(2, 6)} domestic incidents {c.year - 2}-{c.year}, {c.mother} recorded as victim. Highest DASH: {pick(r, 'medium', 'high')}.\n"
                      f"- {pick(r, 'Non-molestation order served on ' + c.father + ' (' + str(c.year - 1) + ').', 'No orders on file.', 'Father is a registered sex offender - please contact the MOSOVO team.')}\n"
                      f"- Children linked to {r.randint(1, 3)} PPNs.\n\nThis information must not be disclosed to the parties without reference to {c.police_en}."))


@tpl("police-check", "cy", ATTACH, "police")
def pchk_info_cy(c, r):
    return dict(text=(f"{c.police_cy}\nUned Diogelu'r Cyhoedd\n\nYmateb i ymholiad diogelu CAFCASS Cymru\nCyfeirnod: {c.number}\n\n"
                      f"Unigolion: {c.mother}, {c.father}\n\nMae gennym y wybodaeth ganlynol:\n"
                      f"{r.randint(2, 5)} digwyddiad domestig rhwng {c.year - 3} a {c.year - 1}. Roedd y plant yn bresennol mewn {r.randint(1, 2)} ohonynt. "
                      f"Asesiad risg DASH uchaf: {pick(r, 'canolig', 'uchel', 'safonol')}.\n{pick(r, 'Arestiwyd ' + c.father + ' ' + str(c.year - 1) + ' - dim camau pellach.', 'Nid oes gorchmynion mewn grym.', c.mother + ' wedi’i chyfeirio at MARAC.')}\n\n"
                      f"Swyddog: PC {r.randint(1000, 9999)} {r.choice(SURNAMES)}"))


@tpl("police-check", "en", EMAIL, "police", wales=False)
def pchk_notrace_en(c, r):
    return dict(text=(f"Hello,\n\nRef {c.number}. Checks completed on all named parties - NO TRACE on local systems or PND.\n\nRegards\nCafcass Checks Team"),
                subject=pick(r, "No trace", f"RE: {c.number} police checks", "Police check - completed"))


@tpl("police-check", "cy", ATTACH, "police")
def pchk_form_cy(c, r):
    return dict(text=(f"Ffurflen ymateb - gwiriad diogelu\n{c.police_cy}\nCyf: {c.number}\n\nMam: {c.mother}  Hysbys: {pick(r, 'Ydy', 'Nac ydy')}\nTad: {c.father}  Hysbys: {pick(r, 'Ydy', 'Nac ydy')}\n"
                      f"Partner: {c.partner}  Hysbys: {pick(r, 'Nac ydy', 'Ydy')}\n\nManylion: {pick(r, 'gweler y dudalen ynghlwm', 'dim', 'un digwyddiad domestig ' + str(c.year - 1))}\nDyddiad: {c.d('cy', 0, (3,))}"))


# ----------------------------------------------------------------------------------------------
# null: things that belong in no case file
# ----------------------------------------------------------------------------------------------

@tpl(None, "cy", EMAIL, "internal")
def null_ooo_cy(c, r):
    return dict(text=(f"Diolch am eich e-bost. Rydw i allan o'r swyddfa tan {c.d('cy', 7, (1,))} heb fynediad at e-bost. Os yw'r mater yn un brys, cysylltwch â "
                      f"{c.team_cy} ar {c.office_phone}.\n\nThank you for your e-mail. I am out of the office until {c.d('en', 7, (1,))} with no access to e-mail. "
                      f"If your matter is urgent, please contact the {c.team_en} on {c.office_phone}."),
                subject=pick(r, f"Ymateb awtomatig: {c.number}", "Allan o'r swyddfa / Out of office", f"Automatic reply: RE: {c.number}"))


@tpl(None, "cy", ATTACH, "internal")
def null_menu_cy(c, r):
    return dict(text=(f"Bwydlen y Ffreutur - wythnos {c.d('cy', 0, (0,))}\n\nDydd Llun: Cawl cennin a bara | Lasagne llysiau\nDydd Mawrth: Cyri cyw iâr | Tatws trwy'u crwyn\n"
                      f"Dydd Mercher: Pastai'r bwthyn | Salad\nDydd Iau: Cinio rhost\nDydd Gwener: Pysgod a sglodion\n\nPwdin y dydd £1.50. Talwch â cherdyn yn unig."))


@tpl(None, "cy", EMAIL, "internal")
def null_it_cy(c, r):
    return dict(text=(f"Hysbysiad TG / IT notice\n\nBydd IRIS ac e-bost ddim ar gael nos {pick(r, 'Sadwrn', 'Wener')} rhwng 20:00 a 02:00 oherwydd gwaith cynnal a chadw. "
                      f"Cofiwch gadw eich gwaith a diffodd eich gliniadur.\n\nIRIS and e-mail will be unavailable between 20:00 and 02:00 for maintenance.\n\nDesg Gwasanaeth TG"),
                subject=pick(r, "Gwaith cynnal a chadw / Maintenance", "[TG] Toriad gwasanaeth", "IT: planned outage"))


@tpl(None, "en", EMAIL, "spam")
def null_phish_en(c, r):
    return dict(text=(f"Your mailbox has reached 99% of its storage limit.\nTo avoid losing incoming messages, verify your account within 24 hours:\n"
                      f"https://outlook-verify-{r.randint(100, 999)}.example-login.com\n\nMicrosoft 365 Team"),
                subject=pick(r, "Mailbox full - action required", "Password expiry notice", "Re: Invoice overdue"))


@tpl(None, "cy", EMAIL, "internal")
def null_newsletter_cy(c, r):
    return dict(text=(f"Cylchlythyr Staff CAFCASS Cymru - {MONTHS_CY[c.today.month - 1]}\n\nCroeso i aelodau newydd y tîm!\nDiwrnod Shwmae Su'mae: dewch i'r gegin am baned a chacen gri.\n"
                      f"Hyfforddiant: mae lleoedd ar gael ar y cwrs 'Ysgrifennu adroddiadau clir'.\nCôr y staff yn ymarfer bob nos Fercher - croeso i bawb!"),
                subject=pick(r, "Cylchlythyr staff", "Newyddion y mis", "Y Cylchlythyr"))


@tpl(None, "en", EMAIL, "parent")
def null_wrong_recipient_en(c, r):
    return dict(text=(f"Hi,\n\nI think this has come to the wrong person - I'm not involved in any court case. It looks like you meant to send it to someone with a similar name. "
                      f"I've deleted the attachment.\n\nAlso please could you pass on to the council that my bins haven't been collected for two weeks.\n\nThanks"),
                subject=pick(r, "Wrong person?", "RE: your email", "Not me!"))


@tpl(None, "en", SCANNED, "internal")
def null_blank(c, r):
    return dict(text=pick(r, ".", "'\n\n,", " ~", "|\n.", "·"))


@tpl(None, "cy", EMAIL, "internal")
def null_fire_cy(c, r):
    return dict(text=(f"Prawf larwm tân\n\nBydd y larwm tân yn cael ei brofi {pick(r, 'bore dydd Mercher am 10:00', 'dydd Iau am 11:30')}. Does dim angen gadael yr adeilad. "
                      f"Os bydd y larwm yn canu am fwy na munud, gadewch drwy'r allanfa agosaf.\n\nFire alarm test - no need to leave the building.\n\nRheolwr y Cyfleusterau"),
                subject="Prawf larwm tân / Fire alarm test")


@tpl(None, "en", EMAIL, "spam")
def null_training_en(c, r):
    return dict(text=(f"EARLY BIRD OFFER - Family Law Update Conference {c.year}\nJoin leading barristers for a full day of CPD on the latest Court of Appeal decisions.\n"
                      f"Venue: {pick(r, 'Cardiff', 'Bristol', 'online')}. Book before Friday for 20% off.\n\nTo unsubscribe click here."),
                subject=pick(r, "Last chance: 20% off", "CPD conference - book now", "Family law webinar"))


@tpl(None, "cy", ATTACH, "internal")
def null_parking_cy(c, r):
    return dict(text=(f"Trwyddedau parcio {c.year}-{c.year + 1}\n\nRhaid i bob aelod o staff sy'n defnyddio'r maes parcio arddangos trwydded newydd o {c.d('cy', 14)}. "
                      f"Llenwch y ffurflen a'i rhoi i'r dderbynfa. Ni fydd ceir heb drwydded yn cael parcio.\n\nRhif cofrestru: ____________  Enw: ____________"))


@tpl(None, "en", EMAIL, "internal")
def null_read_receipt_en(c, r):
    return dict(text=(f"Your message\n\n  To: {mailpart(c.sw)}@{c.council_dom}\n  Subject: {c.number}\n  Sent: {den(c.today, 1)}\n\nwas read on {den(c.today, 1)}."),
                subject=f"Read: {c.number}")


@tpl(None, "cy", ATTACH, "internal")
def null_mileage_cy(c, r):
    return dict(text=(f"Hawliad milltiroedd - {MONTHS_CY[c.today.month - 1]} {c.year}\nEnw: {c.fca}\n\nDyddiad | O | I | Milltiroedd\n"
                      + "\n".join(f"{c.d('cy', -i * 3, (3,))} | {c.town_cy} | {r.choice(['Bangor', 'Pwllheli', 'Llanelli', 'Aberdâr', 'Y Bala', 'Rhyl'])} | {r.randint(8, 60)}" for i in range(r.randint(3, 6)))
                      + "\n\nLlofnod y rheolwr: __________"))


@tpl(None, "cy", SCANNED, "internal")
def null_lost_property_cy(c, r):
    return dict(text=(f"EIDDO COLL\n\nCafwyd hyd i {pick(r, 'sbectol ddu', 'ymbarél coch', 'allweddi car gyda chylch allweddi draig goch', 'cot las')} yn ystafell gyfarfod {r.randint(1, 4)}. "
                      f"Holwch yn y dderbynfa.\n\nLOST PROPERTY - ask at reception."))


@tpl(None, "en", SCANNED, "internal")
def null_scanner_test_en(c, r):
    return dict(text=(f"SCANNER TEST PAGE\nDevice: {pick(r, 'SKM C308', 'MX-3071', 'iR-ADV C5535')}  Floor {r.randint(1, 3)}\n"
                      f"ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz 0123456789\nâ ê î ô û ŵ ŷ  Â Ê Î Ô Û Ŵ Ŷ\nThe quick brown fox jumps over the lazy dog."))


@tpl(None, "cy", EMAIL, "parent")
def null_wrong_recipient_cy(c, r):
    return dict(text=(f"Noswaith dda,\n\nYnghlwm mae cofnodion cyfarfod Cyngor Cymuned {pick(r, 'Llanfair', 'Bryncroes', 'Pentre Isaf')} nos Lun a'r anfoneb am dorri gwair y fynwent. "
                      f"Ymddiheuriadau gan y Cynghorydd Jones.\n\nCofion,\nClerc y Cyngor"),
                subject=pick(r, "Cofnodion y cyngor cymuned", "Anfoneb - torri gwair", "Cyfarfod nos Lun"))


@tpl(None, "cy", EMAIL, "internal")
def null_welsh_week_cy(c, r):
    return dict(text=(f"Helo bawb,\n\nMae gwersi Cymraeg i ddysgwyr yn ailddechrau {pick(r, 'dydd Mawrth nesaf', 'ym mis Medi')} amser cinio. Lefel Mynediad a Sylfaen. "
                      f"Rhowch eich enw i lawr erbyn dydd Gwener.\n\nWelsh lessons for learners restart at lunchtime.\n\nSwyddog yr Iaith Gymraeg"),
                subject=pick(r, "Gwersi Cymraeg / Welsh lessons", "Dysgu Cymraeg", "Cymraeg Gwaith"))


@tpl(None, "en", EMAIL, "spam")
def null_marketing_en(c, r):
    return dict(text=(f"Hi there,\n\nAre your case files still on paper? Our AI-powered DMS cuts scanning time by 80%. Book a 15-minute demo this week and get a free "
                      f"trial.\n\nBest,\nSales Team\nReply STOP to opt out."),
                subject=pick(r, "Quick question", "Your document workflow", "15 minutes?"))


# ----------------------------------------------------------------------------------------------
# Planning, rendering, validation
# ----------------------------------------------------------------------------------------------

ELEVEN = 15          # this many kinds get 11 examples, the rest 10
N_NULL = 25
CY_SHARE = 0.6


def load_kinds():
    with open(KINDS_TOML, "rb") as f:
        data = tomllib.load(f)
    return {k["id"]: k for k in data["kind"]}


def norm(s):
    s = strip_diacritics(s.lower()).replace("’", "'")
    return re.sub(r"\s+", " ", s)


def has_kind_name(text, kind):
    t = norm(text)
    for nm in (kind["name"], kind["name_cy"]):
        if re.search(r"(?<![a-z0-9])" + re.escape(norm(nm)) + r"(?![a-z0-9])", t):
            return True
    return False


def template_ids():
    counters = Counter()
    for t in TEMPLATES:
        key = t["kind"] or "null"
        counters[key] += 1
        t["tid"] = f"{key}#{counters[key]:02d}"


def plan(kinds, r):
    by_kind = defaultdict(lambda: {"cy": [], "en": []})
    for t in TEMPLATES:
        by_kind[t["kind"]][t["lang"]].append(t)
    ids = sorted(kinds)
    eleven = set(r.sample(ids, ELEVEN))
    slots = []
    for kid in ids:
        n = 11 if kid in eleven else 10
        cyt, ent = by_kind[kid]["cy"], by_kind[kid]["en"]
        n_cy = max(round(n * CY_SHARE), len(cyt))
        n_cy = min(n_cy, n - len(ent))
        for lang, pool, m in (("cy", cyt, n_cy), ("en", ent, n - n_cy)):
            order = pool[:]
            r.shuffle(order)
            for i in range(m):
                slots.append((kid, order[i % len(order)]))
    nulls = by_kind[None]["cy"] + by_kind[None]["en"]
    order = nulls[:]
    r.shuffle(order)
    for i in range(N_NULL):
        slots.append((None, order[i % len(order)]))
    r.shuffle(slots)
    return slots


def weighted(r, modes):
    tot = sum(w for _, _, w in modes)
    x = r.uniform(0, tot)
    for p, s, w in modes:
        x -= w
        if x <= 0:
            return p, s
    return modes[-1][0], modes[-1][1]


ORG_WORDS = ["Cyngor", "Bwrdd", "Tîm", "Canolfan", "Gwasanaeth", "Gwasanaethau", "Tŷ", "Cymorth", "Cydlynydd", "Panel",
             "Pennaeth", "Cyfraith", "Cyfreithwyr", "Camau", "Gweithiwr", "Gweithio"]


def fix_cy(text):
    """Mutations that the Welsh templates cannot know in advance (organisation names, dates)."""
    words = "|".join(ORG_WORDS)
    text = re.sub(r"\b(i|at|gan|o|am|ar|dan|drwy|heb|wrth|I|At|Gan|O) (" + words + r")\b",
                  lambda m: m.group(1) + " " + soft(m.group(2)), text)
    text = re.sub(r"(?<![\w'])(a|â|gyda|tua|A|Gyda) (" + words + r")\b",
                  lambda m: m.group(1) + " " + asp(m.group(2)), text)
    text = re.sub(r"\b(ar|tan|o|am|hyd) dydd\b", r"\1 ddydd", text)
    text = re.sub(r"(?<![\w'])â ([AEIOUYaeiouy])", r"ag \1", text)
    text = re.sub(r"\b(ar|tan|erbyn|ers|cyn|o) (\d{1,2}(?:af|il|ydd|ed|fed|eg|ain) o )", r"\1 y \2", text)
    return text


def render(slot_no, kid, t, kinds):
    r = random.Random(f"{SEED}:{kid}:{slot_no}:{t['tid']}")
    law = t["law"] or ("P" if r.random() < 0.75 else "C")
    c = Case(r, law=law, wales=t["wales"])
    out = t["fn"](c, r)
    lang = t["lang"]
    text = fix_cy(out["text"]) if lang == "cy" else out["text"]
    recipe = [t["tid"]]
    part, source = weighted(r, t["modes"])
    lines = text.split("\n")
    # key heading
    if any(l.startswith("## ") for l in lines):
        if r.random() < 0.3:
            lines = [l for l in lines if not l.startswith("## ")]
            recipe.append("nohead")
        else:
            lines = [l[3:] if l.startswith("## ") else l for l in lines]
    # letterhead
    if any(l.startswith("@@") for l in lines):
        if source == "scan" and r.random() < 0.35:
            lines = [l for l in lines if not l.startswith("@@")]
            while lines and not lines[0].strip():
                lines.pop(0)
            recipe.append("lhcut")
        else:
            lines = [l[2:] if l.startswith("@@") else l for l in lines]
    text = "\n".join(lines)
    # page breaks
    if "<<PB>>" in text:
        if part != "email" and r.random() < 0.35:
            text = text.split("<<PB>>")[0].rstrip() + "\n"
            recipe.append("p1")
        else:
            text = text.replace("<<PB>>", "\n\n")
    # repeated header / footer
    if part != "email" and len(text.split()) > 120 and r.random() < 0.25:
        head = "SWYDDOGOL - SENSITIF" if lang == "cy" else "OFFICIAL - SENSITIVE"
        if c.wales and r.random() < 0.5:
            head = "SWYDDOGOL - SENSITIF / OFFICIAL - SENSITIVE"
        paras = text.split("\n\n")
        mid = max(1, len(paras) // 2)
        pg = "Tudalen" if lang == "cy" else "Page"
        of = "o" if lang == "cy" else "of"
        text = (f"{head}\n" + "\n\n".join(paras[:mid]) + f"\n\n{pg} 1 {of} 2\n{head}\n\n" + "\n\n".join(paras[mid:]) + f"\n\n{pg} 2 {of} 2")
        recipe.append("hf")
    # record class must be stated in the text as it stands before noise
    rc = out.get("record_class")
    if rc:
        en, cy = STATUS[rc]
        if en not in text and cy not in text:
            rc = None
    # sender / subject / e-mail furniture
    sender, subject = "", ""
    if part in ("email", "attachment"):
        source = "email"
        sender = sender_for(t["voice"], c, r) or f"{mailpart(c.fca)}@gov.wales"
        subject = out.get("subject") if out.get("subject") is not None and (part == "email" or r.random() < 0.5) else generic_subject(c, r, lang)
    if part == "email":
        if r.random() < 0.4:
            text = email_header(c, r, lang if r.random() < 0.8 else "en", sender, subject) + "\n" + text
            recipe.append("hdr")
        disc = disclaimer(t["voice"], c, r, lang)
        if disc and r.random() < 0.4:
            text = text.rstrip() + "\n\n" + disc
            recipe.append("disc")
        if r.random() < 0.18:
            qv = "cafcass" if t["voice"] in ("parent", "parent_m", "parent_f", "child", "gp", "legal") else r.choice(["cafcass", "court", "la", "sol_m"])
            text = text.rstrip() + quote_block(c, r, lang, sender_for(qv, c, r))
            recipe.append("thread")
    # noise
    scanned = source == "scan" or (part == "attachment" and t["modes"] is SCANNED)
    if scanned and kid is not None and r.random() < 0.55:
        text = ocr_noise(text, r, rate=r.choice([0.03, 0.05, 0.08]))
        recipe.append("ocr")
    elif scanned and kid is None and r.random() < 0.3:
        text = ocr_noise(text, r, rate=0.03)
        recipe.append("ocr")
    elif lang == "cy" and any(ch in WELSH_DIAC for ch in text) and (out.get("nodiac") or
                                                                    (part == "email" and r.random() < 0.3) or r.random() < 0.08):
        text = strip_diacritics(text)
        recipe.append("nodiac")
    if part in ("email", "attachment") and "ocr" not in recipe and any(ord(ch) > 127 for ch in text) and r.random() < 0.07:
        text = mojibake(text)
        recipe.append("mojibake")
    # file name
    if part != "email" and r.random() < 0.2:
        dn = t["docname"]
        if dn:
            dname = dn[1] if lang == "cy" else dn[0]
        elif kid:
            dname = kinds[kid]["name_cy"] if lang == "cy" else kinds[kid]["name"]
        else:
            dname = None
        fname = safe_name(f"{c.name} - {c.number} - {dname}") + ".pdf" if dname else plain_file_name(r, part, source, c)
    else:
        fname = plain_file_name(r, part, source, c)
    if part == "document" and source == "tree" and fname.endswith(".pdf") and r.random() < 0.5:
        fname = fname[:-4] + ".docx"
    rec = dict(kind=kid, language=lang, part=part, source=source, file_name=fname, sender=sender,
               subject=subject, text=text.strip("\n"), recipe="+".join(recipe))
    if rc:
        rec["record_class"] = rc
    return rec


FIELDS = ["id", "kind", "language", "part", "source", "file_name", "sender", "subject", "text", "record_class", "recipe"]


def main():
    kinds = load_kinds()
    template_ids()
    bad = [t["kind"] for t in TEMPLATES if t["kind"] is not None and t["kind"] not in kinds]
    if bad:
        sys.exit(f"unknown kinds in templates: {bad}")
    r = random.Random(SEED)
    slots = plan(kinds, r)
    records = []
    for i, (kid, t) in enumerate(slots, 1):
        rec = render(i, kid, t, kinds)
        out = {"id": f"j{i:04d}"}
        for f in FIELDS[1:]:
            if f in rec:
                out[f] = rec[f]
        records.append(out)
    with open(OUT, "w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    validate(kinds)
    report(kinds)


def validate(kinds):
    seen = set()
    n = 0
    with open(OUT, encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            n += 1
            keys = set(rec)
            req = set(FIELDS) - {"record_class"}
            assert req <= keys <= set(FIELDS), (rec["id"], keys ^ set(FIELDS))
            assert rec["id"].startswith("j") and rec["id"] not in seen, rec["id"]
            seen.add(rec["id"])
            assert rec["kind"] is None or rec["kind"] in kinds, rec["kind"]
            assert rec["language"] in ("en", "cy")
            assert rec["part"] in ("document", "attachment", "email")
            assert rec["source"] in ("scan", "email", "upload", "tree")
            if rec["part"] in ("email", "attachment"):
                assert rec["source"] == "email" and rec["sender"], rec["id"]
            else:
                assert rec["sender"] == "" and rec["subject"] == "", rec["id"]
            assert rec["text"].strip(), rec["id"]
            assert "<<PB>>" not in rec["text"] and "\n## " not in "\n" + rec["text"] and "@@" not in rec["text"], rec["id"]
            if "record_class" in rec:
                assert rec["record_class"] in STATUS, rec["record_class"]
            cn = re.findall(r"\b[A-Z]{2}\d{2}[A-Z]\d{5}\b", rec["text"] + " " + rec["subject"] + " " + rec["file_name"])
            for x in cn:
                assert x[4] in "PC", (rec["id"], x)
    per_kind = Counter()
    with open(OUT, encoding="utf-8") as f:
        for line in f:
            per_kind[json.loads(line)["kind"]] += 1
    for k in kinds:
        assert per_kind[k] >= 9, (k, per_kind[k])
    tcount = Counter(t["kind"] for t in TEMPLATES)
    for k in kinds:
        assert tcount[k] >= 5, (k, tcount[k])
    return n


def report(kinds):
    recs = [json.loads(l) for l in open(OUT, encoding="utf-8")]
    lab = [x for x in recs if x["kind"]]
    print(f"examples: {len(recs)}  labelled: {len(lab)}  null: {len(recs) - len(lab)}")
    lang = Counter(x["language"] for x in recs)
    print(f"language: cy {lang['cy']} ({100 * lang['cy'] / len(recs):.1f}%), en {lang['en']}")
    print("null by language:", dict(Counter(x["language"] for x in recs if not x["kind"])))
    print("part:", dict(Counter(x["part"] for x in recs)))
    print("source:", dict(Counter(x["source"] for x in recs)))
    tcount = Counter(t["kind"] for t in TEMPLATES)
    tl = Counter((t["kind"], t["lang"]) for t in TEMPLATES)
    print(f"templates: {len(TEMPLATES)} (labelled {len(TEMPLATES) - tcount[None]}, null {tcount[None]}); "
          f"cy {sum(1 for t in TEMPLATES if t['lang'] == 'cy')}, en {sum(1 for t in TEMPLATES if t['lang'] == 'en')}")
    named = [x for x in lab if has_kind_name(x["text"], kinds[x["kind"]])]
    print(f"kind name in text: {len(named)} of {len(lab)} labelled ({100 * len(named) / len(lab):.1f}%)")
    print(f"{'kind':28} {'folder':20} n  cy  en  tpl(cy/en) named")
    folders = Counter()
    for k in kinds:
        xs = [x for x in lab if x["kind"] == k]
        folders[kinds[k]["folder"]] += len(xs)
        cy = sum(1 for x in xs if x["language"] == "cy")
        nm = sum(1 for x in xs if has_kind_name(x["text"], kinds[k]))
        print(f"{k:28} {kinds[k]['folder']:20} {len(xs):2} {cy:3} {len(xs) - cy:3}  {tcount[k]:2} ({tl[(k, 'cy')]}/{tl[(k, 'en')]})   {nm}")
    folders["none"] = len(recs) - len(lab)
    print("folder:", dict(folders))
    print("record_class:", dict(Counter(x["record_class"] for x in recs if "record_class" in x)))
    steps = Counter()
    for x in recs:
        for s in x["recipe"].split("+")[1:]:
            steps[s] += 1
    print("processing:", dict(steps))
    conv = sum(1 for x in recs if " - " in x["file_name"] and re.search(r"[A-Z]{2}\d{2}[PC]\d{5}", x["file_name"]) and x["file_name"].count(" - ") >= 2)
    print(f"conventional file names: {conv}")
    words = sorted(len(x["text"].split()) for x in recs)
    print(f"words per text: min {words[0]}, median {words[len(words) // 2]}, max {words[-1]}")
    scans = [x for x in recs if x["source"] == "scan"]
    print(f"scans: {len(scans)}, with ocr: {sum(1 for x in scans if 'ocr' in x['recipe'])}")


if __name__ == "__main__":
    main()
