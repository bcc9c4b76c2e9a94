#!/usr/bin/env python3
"""Training set E for the casevault document-routing classifier.

Angle: the full paper file as it arrives from many different organisations, each with its own
house style (letterhead, reference block, headings, sign-off) and its own vocabulary.

Python 3.11 standard library only; deterministic. Writes training-e.jsonl beside this file.
Every person, case, address, reference and telephone number is invented. Public bodies are real
names but no real record from any of them is used.
"""
import json
import random
import re
import sys
import tomllib
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path

SEED = 5150431
HERE = Path(__file__).resolve().parent
OUT = HERE / "training-e.jsonl"

# ---------------------------------------------------------------------------------------------
# invented people
F_EN = ["Chloe", "Jade", "Amy", "Kirsty", "Leanne", "Samantha", "Hannah", "Aisha", "Priya", "Nadia", "Gemma",
        "Stacey", "Rebecca", "Laura", "Zara", "Fatima", "Emma", "Danielle", "Natalie", "Kayleigh", "Olivia",
        "Agnieszka", "Shanice", "Roxanne", "Tanya", "Joanne"]
M_EN = ["Daniel", "Ryan", "Liam", "Jamal", "Craig", "Mohammed", "Adam", "Lee", "Thomas", "Kieran", "Marcus",
        "Dean", "Tomasz", "Jordan", "Callum", "Imran", "Wayne", "Stuart", "Ashley", "Darren", "Nathan", "Kofi"]
CF_EN = ["Ella", "Poppy", "Isla", "Amelia", "Lily", "Maya", "Ruby", "Evie", "Freya", "Aaliyah", "Sienna", "Mia",
         "Ava", "Esme", "Hafsa"]
CM_EN = ["Alfie", "Oliver", "Jayden", "Harry", "Leo", "Noah", "Archie", "Riley", "Ethan", "Musa", "Teddy", "Kai",
         "Reggie", "Zayn", "Freddie"]
S_EN = ["Hughes", "Patel", "Whitfield", "Okafor", "Brennan", "Kowalski", "Ahmed", "Lister", "Doherty", "Marsh",
        "Sutcliffe", "Begum", "Fenwick", "Mensah", "Greaves", "Hollis", "Barker", "Connolly", "Ashworth", "Thornton",
        "Nowak", "Osei", "Haworth", "Pearce", "Kaur", "Fairclough", "Ingham", "Maddox", "Quigley", "Rowntree"]
F_CY = ["Ffion", "Cerys", "Megan", "Nia", "Elin", "Catrin", "Sioned", "Lowri", "Alaw", "Bethan", "Manon",
        "Gwenllian", "Rhian", "Heledd"]
M_CY = ["Dafydd", "Rhys", "Gethin", "Iwan", "Aled", "Osian", "Huw", "Tomos", "Emyr", "Gareth", "Llŷr", "Macsen",
        "Geraint", "Sion"]
CF_CY = ["Efa", "Mali", "Seren", "Lili", "Nel", "Anest", "Gwen", "Elan", "Begw"]
CM_CY = ["Twm", "Cai", "Guto", "Jac", "Ianto", "Deio", "Gruff", "Tomi", "Moi"]
S_CY = ["Jones", "Williams", "Davies", "Evans", "Roberts", "Pritchard", "Rees", "Llewelyn", "Morgan", "Parry",
        "Gruffydd", "Thomas", "Price", "Lloyd", "Owen", "Bowen", "Howells", "Vaughan", "Prosser", "Jenkins"]
STREETS = ["Mill Lane", "Bramley Close", "Station Road", "Orchard Way", "Victoria Terrace", "Hawthorn Drive",
           "Church View", "Beech Grove", "Canal Street", "Meadow Rise", "Albert Road", "Kingsway"]
STREETS_CY = ["Heol y Parc", "Stryd Fawr", "Ffordd yr Orsaf", "Maes y Coed", "Lôn Las", "Heol Glan-yr-afon",
              "Rhodfa'r Castell", "Cae Bryn"]

# ---------------------------------------------------------------------------------------------
# regions: real public bodies, invented everything else
EN_REG = [
    dict(town="Leeds", code="LS", court="Family Court at Leeds", council="Leeds City Council",
         csc="Children and Families Social Work Service", ldom="leeds.gov.uk", front="Front Door Safeguarding Hub",
         police="West Yorkshire Police", pdom="westyorkshire.pnn.police.uk", health="Leeds Community Healthcare NHS Trust",
         hosp="Leeds Teaching Hospitals NHS Trust", area="Cafcass Yorkshire and the Humber", sysid="Mosaic ID"),
    dict(town="London", code="ZE", court="East London Family Court", council="London Borough of Tower Hamlets",
         csc="Children's Social Care", ldom="towerhamlets.gov.uk", front="MASH",
         police="Metropolitan Police Service", pdom="met.police.uk", health="East London NHS Foundation Trust",
         hosp="Barts Health NHS Trust", area="Cafcass London", sysid="Mosaic No."),
    dict(town="London", code="ZC", court="Central Family Court", council="London Borough of Lambeth",
         csc="Children's Services", ldom="lambeth.gov.uk", front="Multi-Agency Safeguarding Hub (MASH)",
         police="Metropolitan Police Service", pdom="met.police.uk", health="South London and Maudsley NHS Foundation Trust",
         hosp="Guy's and St Thomas' NHS Foundation Trust", area="Cafcass London", sysid="Mosaic ref"),
    dict(town="Birmingham", code="BM", court="Family Court at Birmingham", council="Birmingham Children's Trust",
         csc="Children's Advice and Support Service (CASS)", ldom="birminghamchildrenstrust.co.uk", front="CASS",
         police="West Midlands Police", pdom="west-midlands.pnn.police.uk",
         health="Birmingham Community Healthcare NHS Foundation Trust",
         hosp="Birmingham Women's and Children's NHS Foundation Trust", area="Cafcass Midlands", sysid="Eclipse ID"),
    dict(town="Manchester", code="MA", court="Family Court at Manchester", council="Manchester City Council",
         csc="Children's Services", ldom="manchester.gov.uk", front="Children's Advice and Support Service",
         police="Greater Manchester Police", pdom="gmp.police.uk", health="Manchester University NHS Foundation Trust",
         hosp="Manchester University NHS Foundation Trust", area="Cafcass North West", sysid="LCS number"),
    dict(town="Maidstone", code="ME", court="Family Court sitting at Maidstone", council="Kent County Council",
         csc="Integrated Children's Services", ldom="kent.gov.uk", front="Kent Integrated Front Door",
         police="Kent Police", pdom="kent.police.uk", health="Kent Community Health NHS Foundation Trust",
         hosp="Maidstone and Tunbridge Wells NHS Trust", area="Cafcass South East", sysid="Liberi ID"),
    dict(town="Norwich", code="NR", court="Family Court at Norwich", council="Norfolk County Council",
         csc="Children's Services", ldom="norfolk.gov.uk", front="Children's Advice and Duty Service (CADS)",
         police="Norfolk Constabulary", pdom="norfolk.pnn.police.uk", health="Norfolk Community Health and Care NHS Trust",
         hosp="Norfolk and Norwich University Hospitals NHS Foundation Trust", area="Cafcass East", sysid="LCS ID"),
    dict(town="Bristol", code="BS", court="Bristol Civil and Family Justice Centre", council="Bristol City Council",
         csc="Children and Families Services", ldom="bristol.gov.uk", front="First Response",
         police="Avon and Somerset Constabulary", pdom="avonandsomerset.police.uk", health="Sirona care & health",
         hosp="University Hospitals Bristol and Weston NHS Foundation Trust", area="Cafcass South West", sysid="LCS ref"),
    dict(town="Derby", code="DE", court="Family Court at Derby", council="Derbyshire County Council",
         csc="Children's Services", ldom="derbyshire.gov.uk", front="Starting Point",
         police="Derbyshire Constabulary", pdom="derbyshire.police.uk",
         health="Derbyshire Community Health Services NHS Foundation Trust",
         hosp="University Hospitals of Derby and Burton NHS Foundation Trust", area="Cafcass Midlands", sysid="Mosaic ID"),
    dict(town="Middlesbrough", code="MB", court="Family Court at Middlesbrough", council="Middlesbrough Council",
         csc="Children's Care", ldom="middlesbrough.gov.uk", front="Multi Agency Children's Hub (MACH)",
         police="Cleveland Police", pdom="cleveland.pnn.police.uk", health="Tees, Esk and Wear Valleys NHS Foundation Trust",
         hosp="South Tees Hospitals NHS Foundation Trust", area="Cafcass North East", sysid="Liquidlogic ID"),
]
CY_REG = [
    dict(town="Cardiff", tref="Caerdydd", yn="yng Nghaerdydd", code="CF", court="Family Court at Cardiff",
         council="Cardiff Council", cyngor="Cyngor Caerdydd", ldom="cardiff.gov.uk", police="South Wales Police",
         heddlu="Heddlu De Cymru", pdom="south-wales.pnn.police.uk",
         health="Cardiff and Vale University Health Board", bwrdd="Bwrdd Iechyd Prifysgol Caerdydd a'r Fro",
         team="CAFCASS Cymru De-ddwyrain / South East"),
    dict(town="Swansea", tref="Abertawe", yn="yn Abertawe", code="SA", court="Family Court at Swansea",
         council="Swansea Council", cyngor="Cyngor Abertawe", ldom="swansea.gov.uk", police="South Wales Police",
         heddlu="Heddlu De Cymru", pdom="south-wales.pnn.police.uk", health="Swansea Bay University Health Board",
         bwrdd="Bwrdd Iechyd Prifysgol Bae Abertawe", team="CAFCASS Cymru De-orllewin / South West"),
    dict(town="Caernarfon", tref="Caernarfon", yn="yng Nghaernarfon", code="CN", court="Family Court at Caernarfon",
         council="Gwynedd Council", cyngor="Cyngor Gwynedd", ldom="gwynedd.llyw.cymru", police="North Wales Police",
         heddlu="Heddlu Gogledd Cymru", pdom="nthwales.pnn.police.uk", health="Betsi Cadwaladr University Health Board",
         bwrdd="Bwrdd Iechyd Prifysgol Betsi Cadwaladr", team="CAFCASS Cymru Gogledd / North"),
    dict(town="Wrexham", tref="Wrecsam", yn="yn Wrecsam", code="WX", court="Family Court at Wrexham",
         council="Wrexham County Borough Council", cyngor="Cyngor Bwrdeistref Sirol Wrecsam", ldom="wrexham.gov.uk",
         police="North Wales Police", heddlu="Heddlu Gogledd Cymru", pdom="nthwales.pnn.police.uk",
         health="Betsi Cadwaladr University Health Board", bwrdd="Bwrdd Iechyd Prifysgol Betsi Cadwaladr",
         team="CAFCASS Cymru Gogledd / North"),
    dict(town="Aberystwyth", tref="Aberystwyth", yn="yn Aberystwyth", code="AB", court="Family Court at Aberystwyth",
         council="Ceredigion County Council", cyngor="Cyngor Sir Ceredigion", ldom="ceredigion.gov.uk",
         police="Dyfed-Powys Police", heddlu="Heddlu Dyfed-Powys", pdom="dyfed-powys.pnn.police.uk",
         health="Hywel Dda University Health Board", bwrdd="Bwrdd Iechyd Prifysgol Hywel Dda",
         team="CAFCASS Cymru Gorllewin / West"),
    dict(town="Pontypridd", tref="Pontypridd", yn="ym Mhontypridd", code="PP", court="Family Court at Pontypridd",
         council="Rhondda Cynon Taf County Borough Council", cyngor="Cyngor Bwrdeistref Sirol Rhondda Cynon Taf",
         ldom="rctcbc.gov.uk", police="South Wales Police", heddlu="Heddlu De Cymru", pdom="south-wales.pnn.police.uk",
         health="Cwm Taf Morgannwg University Health Board", bwrdd="Bwrdd Iechyd Prifysgol Cwm Taf Morgannwg",
         team="CAFCASS Cymru De-ddwyrain / South East"),
    dict(town="Carmarthen", tref="Caerfyrddin", yn="yng Nghaerfyrddin", code="CM", court="Family Court at Carmarthen",
         council="Carmarthenshire County Council", cyngor="Cyngor Sir Gâr", ldom="sirgar.llyw.cymru",
         police="Dyfed-Powys Police", heddlu="Heddlu Dyfed-Powys", pdom="dyfed-powys.pnn.police.uk",
         health="Hywel Dda University Health Board", bwrdd="Bwrdd Iechyd Prifysgol Hywel Dda",
         team="CAFCASS Cymru Gorllewin / West"),
]
# invented solicitors' firms (name, domain, town-ish, welsh?)
FIRMS = [("Harcourt Lyle LLP", "harcourtlyle.co.uk", False), ("Okonjo Bright Family Law", "okonjobright.co.uk", False),
         ("Greaves Mallender Solicitors", "greavesmallender.co.uk", False), ("Beckwith Family Law LLP", "beckwithfamilylaw.co.uk", False),
         ("Ashdown Kerr Solicitors", "ashdownkerr.co.uk", False), ("Meadowbank Legal", "meadowbanklegal.co.uk", False),
         ("Rahman & Doyle Solicitors", "rahmandoyle.co.uk", False), ("Whitlow Penhale & Co", "whitlowpenhale.co.uk", False),
         ("Pryce & Vaughan Cyfreithwyr", "prycevaughan.co.uk", True), ("Tanat Jones Solicitors", "tanatjones.co.uk", True),
         ("Castell Law Partnership", "castell-law.co.uk", True), ("Morfa Evans Family Law", "morfaevans.co.uk", True)]
LABS = [("Alderley Toxicology Ltd", "alderleytox.co.uk"), ("Brightmoor Hair Analysis", "brightmoorlabs.co.uk"),
        ("Tregaron Forensic Testing Services", "tregaronforensic.co.uk"), ("Lindhurst Analytical", "lindhurst-analytical.co.uk")]
DAS = [("Harbour Women's Aid", "harbourwa.org.uk"), ("Safer Lives Partnership", "saferlivespartnership.org.uk"),
       ("Cymorth Glas – Domestic Abuse Support", "cymorthglas.org.uk"), ("Northgate IDVA Service", "northgateidva.org.uk")]
CENTRES = [("St Anne's Child Contact Centre", "stannescontact.org.uk"), ("Kingfisher Supervised Contact", "kingfishercontact.co.uk"),
           ("Canolfan Gyswllt Plant Tywi", "cyswllttywi.org.uk"), ("Riverside Family Centre", "riversidefamilycentre.org.uk")]
SPIPS = [("Parenting Apart Programme – Oakleaf Family Services", "oakleaffamily.org.uk"),
         ("Brighter Futures Together (SPIP provider)", "brighterfuturestogether.org.uk"),
         ("Rhieni'n Gwahanu / Parents Separating – Cwlwm Teulu", "cwlwmteulu.cymru")]
DAPPS = [("Turning Point Behaviour Change (DAPP)", "turningpointbc.org.uk"), ("Newlane Respect Programme", "newlaneprogramme.org.uk")]
EXPERTS = [("Dr Miriam Oduya", "Consultant Clinical Psychologist", "Oduya Psychology Ltd", "oduyapsychology.co.uk"),
           ("Dr Alun Treharne", "Consultant Forensic Psychiatrist", "Treharne Medico-Legal", "treharne-ml.co.uk"),
           ("Ms Paula Kettering", "Independent Social Worker", "Kettering ISW Services", "ketteringisw.co.uk"),
           ("Dr Siân Rhydderch", "Seicolegydd Clinigol / Clinical Psychologist", "Seicoleg Rhydderch", "rhydderchpsych.cymru"),
           ("Mr Joseph Ambrose", "Independent Social Worker", "Ambrose & Webb ISW Partnership", "ambrosewebb.co.uk"),
           ("Dr Helena Strudwick", "Consultant Child and Adolescent Psychiatrist", "Strudwick Reports", "strudwickreports.co.uk")]
WEBMAIL = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "icloud.com", "btinternet.com", "live.co.uk"]
SCHOOL_EN = ["Brookfield Primary School", "St Bede's RC Primary", "Holmewood Academy", "Castlemead Junior School",
             "Oakridge Community Primary", "Larkhill Church of England Primary", "Northway High School", "Fieldgate Academy"]
SCHOOL_CY = ["Ysgol Gynradd Gymraeg Bro Dinefwr", "Ysgol y Castell", "Ysgol Gymraeg Pen-y-groes", "Ysgol Uwchradd Glan Clwyd",
             "Ysgol Gynradd Llanbedr", "Ysgol Bro Taf"]

MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON_CY = ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr"]
DAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DAY_CY = ["Dydd Llun", "Dydd Mawrth", "Dydd Mercher", "Dydd Iau", "Dydd Gwener", "Dydd Sadwrn", "Dydd Sul"]


def ordn(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fd(r, d, cy=False, style=None):
    """A date as a writer would write it."""
    if cy:
        s = style if style is not None else r.randrange(3)
        return [f"{d.day} {MON_CY[d.month - 1]} {d.year}", f"{DAY_CY[d.weekday()]} {d.day} {MON_CY[d.month - 1]} {d.year}",
                d.strftime("%d/%m/%Y")][s]
    s = style if style is not None else r.randrange(6)
    return [f"{d.day} {MON[d.month - 1]} {d.year}", d.strftime("%d/%m/%Y"), d.strftime("%d.%m.%y"),
            f"{DAY[d.weekday()]} {d.day} {MON[d.month - 1]} {d.year}", f"{ordn(d.day)} {MON[d.month - 1]} {d.year}",
            f"{d.day} {MON[d.month - 1][:3]} {d.year}"][s]


# Welsh pronoun/mutation forms for a child (g = 'f' or 'm')
CYP = {
    "m": dict(e="e", ef="ef", ei_mam="ei fam", ei_dad="ei dad", ei_ysgol="ei ysgol", ei_barn="ei farn",
              ei_dym="ei ddymuniadau", ei_teim="ei deimladau", ei_cartref="ei gartref", ei_brawd="ei frawd",
              ei_chwaer="ei chwaer", mab_merch="mab", fe_hi="fe", iddo="iddo", ganddo="ganddo", wrtho="wrtho",
              ei_nain="ei nain", ei_mamgu="ei famgu"),
    "f": dict(e="hi", ef="hi", ei_mam="ei mam", ei_dad="ei thad", ei_ysgol="ei hysgol", ei_barn="ei barn",
              ei_dym="ei dymuniadau", ei_teim="ei theimladau", ei_cartref="ei chartref", ei_brawd="ei brawd",
              ei_chwaer="ei chwaer", mab_merch="merch", fe_hi="hi", iddo="iddi", ganddo="ganddi", wrtho="wrthi",
              ei_nain="ei nain", ei_mamgu="ei mamgu"),
}
PRO = {"m": dict(he="he", him="him", his="his", He="He", His="His"), "f": dict(he="she", him="her", his="her", He="She", His="Her")}


class Case:
    """One invented case, drawn from the example's own random generator."""

    def __init__(self, r, wales):
        self.wales = wales
        if wales:
            g = r.choice(CY_REG)
            self.reg = g
            self.court = g["court"]
            self.court_cy = f"Llys Teulu {g['yn']}"
            self.council, self.cyngor, self.ldom = g["council"], g["cyngor"], g["ldom"]
            self.csc = r.choice(["Children's Services / Gwasanaethau Plant", "Gwasanaethau Plant a Theuluoedd",
                                 "Children and Family Services", "Gwasanaethau Cymdeithasol Plant"])
            self.front = r.choice(["IAA (Information, Advice and Assistance)", "Tîm Cyswllt Cyntaf / First Contact Team",
                                   "MASH", "Children's Services Contact Centre"])
            self.police, self.heddlu, self.pdom = g["police"], g["heddlu"], g["pdom"]
            self.health, self.bwrdd, self.hosp = g["health"], g["bwrdd"], g["health"]
            self.area = g["team"]
            self.cafcass = "CAFCASS Cymru"
            self.cdom = "gov.wales"
            self.sysid = r.choice(["WCCIS ID", "Rhif WCCIS", "Case ref", "Cyf. achos"])
            self.town, self.tref = g["town"], g["tref"]
            fn_f, fn_m, cf, cm, sn = F_CY, M_CY, CF_CY, CM_CY, S_CY
            self.school = r.choice(SCHOOL_CY)
        else:
            g = r.choice(EN_REG)
            self.reg = g
            self.court, self.council, self.ldom, self.csc, self.front = g["court"], g["council"], g["ldom"], g["csc"], g["front"]
            self.court_cy = self.court
            self.cyngor = self.council
            self.police, self.heddlu, self.pdom = g["police"], g["police"], g["pdom"]
            self.health, self.bwrdd, self.hosp = g["health"], g["health"], g["hosp"]
            self.area = g["area"]
            self.cafcass = "Cafcass"
            self.cdom = "cafcass.gov.uk"
            self.sysid = g["sysid"]
            self.town = self.tref = g["town"]
            fn_f, fn_m, cf, cm, sn = F_EN, M_EN, CF_EN, CM_EN, S_EN
            self.school = r.choice(SCHOOL_EN)
        self.public = r.random() < 0.35
        yr = r.choice([2023, 2024, 2025])
        self.num = f"{g['code']}{yr % 100:02d}{'C' if self.public else 'P'}{r.randrange(100, 99999):05d}"
        self.today = date(yr, 1, 1) + timedelta(days=r.randrange(20, 330))
        self.mother = f"{r.choice(fn_f)} {r.choice(sn)}"
        self.father = f"{r.choice(fn_m)} {r.choice(sn)}"
        mlast, flast = self.mother.split()[-1], self.father.split()[-1]
        self.surname = r.choice([flast, mlast])
        n = r.choice([1, 1, 2, 2, 3])
        self.kids = []
        used = set()
        for _ in range(n):
            gg = r.choice("fm")
            nm = r.choice(cf if gg == "f" else cm)
            while nm in used:
                nm = r.choice(cf if gg == "f" else cm)
            used.add(nm)
            age = r.randrange(2, 16)
            dob = self.today - timedelta(days=age * 365 + r.randrange(1, 360))
            self.kids.append(dict(first=nm, last=self.surname, g=gg, age=age, dob=dob))
        self.kids.sort(key=lambda k: k["dob"])
        self.k = self.kids[0]
        self.g = self.k["g"]
        self.cy = CYP[self.g]
        self.p = PRO[self.g]
        self.gran = f"{r.choice(fn_f)} {r.choice(sn)}"
        self.partner = f"{r.choice(fn_m)} {r.choice(sn)}"
        self.fca = f"{r.choice(fn_f + fn_m)} {r.choice(sn)}"
        self.sw = f"{r.choice(fn_f + fn_m)} {r.choice(sn)}"
        self.mgr = f"{r.choice(fn_f + fn_m)} {r.choice(sn)}"
        self.judge_name = r.choice(sn)
        self.judge = r.choice([f"District Judge {self.judge_name}", f"Her Honour Judge {self.judge_name}",
                               f"His Honour Judge {self.judge_name}", f"Recorder {self.judge_name}",
                               "Lay Justices", f"Deputy District Judge {self.judge_name}"])
        self.judge_cy = r.choice([f"y Barnwr Rhanbarth {self.judge_name}", f"Ei Anrhydedd y Barnwr {self.judge_name}",
                                  "Ynadon Lleyg", f"y Dirprwy Farnwr Rhanbarth {self.judge_name}"])
        firms = [f for f in FIRMS if f[2] == wales] + [f for f in FIRMS if f[2] != wales][:2]
        picks = r.sample(firms, 3)
        self.m_firm, self.f_firm, self.c_firm = picks
        self.m_sol = f"{r.choice(fn_f + fn_m)} {r.choice(sn)}"
        self.f_sol = f"{r.choice(fn_f + fn_m)} {r.choice(sn)}"
        self.c_sol = f"{r.choice(fn_f + fn_m)} {r.choice(sn)}"
        self.addr = f"{r.randrange(1, 140)} {r.choice(STREETS_CY if wales and r.random() < .6 else STREETS)}, {self.town}"
        self.appl_is_f = r.random() < 0.6
        self.appl = self.father if self.appl_is_f else self.mother
        self.resp = self.mother if self.appl_is_f else self.father
        if self.public:
            self.case_name = f"Re {self.k['first'][0]} ({'Children' if n > 1 else 'A Child'})" if r.random() < .4 \
                else f"{self.council} v {mlast} and {flast}" if mlast != flast else f"{self.council} v {mlast}"
        else:
            self.case_name = f"{self.appl.split()[-1]} v {self.resp.split()[-1]}"
            if self.case_name.split(" v ")[0] == self.case_name.split(" v ")[1]:
                self.case_name = f"{self.appl.split()[0]} {self.appl.split()[-1]} v {self.resp.split()[0]} {self.resp.split()[-1]}"
        self.hearing = self.today + timedelta(days=r.randrange(10, 70))
        self.ref = f"{r.choice(['', 'CS/', 'FAM/', ''])}{r.randrange(100000, 999999)}"

    def law(self, r, public):
        """Make the case public or private law (templates that only exist in one)."""
        if self.public == public:
            return self
        self.public = public
        self.num = self.num[:4] + ("C" if public else "P") + self.num[5:]
        n = len(self.kids)
        mlast, flast = self.mother.split()[-1], self.father.split()[-1]
        if public:
            self.case_name = f"Re {self.k['first'][0]} ({'Children' if n > 1 else 'A Child'})" if r.random() < .4 \
                else f"{self.council} v {mlast} and {flast}" if mlast != flast else f"{self.council} v {mlast}"
        else:
            self.case_name = f"{self.appl.split()[-1]} v {self.resp.split()[-1]}"
            if self.appl.split()[-1] == self.resp.split()[-1]:
                self.case_name = f"{self.appl} v {self.resp}"
        return self

    def d(self, r, delta=0, cy=False, style=None):
        return fd(r, self.today + timedelta(days=delta), cy, style)

    def kidlist(self, r, dob=True, cy=False):
        out = []
        for k in self.kids:
            if dob:
                out.append(f"{k['first']} {k['last']} ({'g.' if cy else 'DOB'} {k['dob'].strftime('%d/%m/%Y')})")
            else:
                out.append(f"{k['first']} {k['last']}")
        return out

    def kids_txt(self, cy=False):
        names = [k["first"] for k in self.kids]
        if len(names) == 1:
            return names[0]
        return ", ".join(names[:-1]) + (" a " if cy else " and ") + names[-1]


def tel(r):
    return r.choice(["01", "02", "07"]) + "".join(str(r.randrange(10)) for _ in range(9))


def email_of(name, dom):
    p = name.replace("'", "").lower().translate(str.maketrans("ŵŷâôêîûïá", "wyaoeiuia")).split()
    return f"{p[0]}.{p[-1]}@{dom}"


def webmail(r, name):
    p = name.lower().split()
    return r.choice([f"{p[0]}{p[-1]}{r.randrange(1, 99)}", f"{p[0]}.{p[-1]}", f"{p[0][0]}{p[-1]}{r.randrange(70, 99)}",
                     f"{p[-1]}fam{r.randrange(1, 9)}"]) + "@" + r.choice(WEBMAIL)


# ---------------------------------------------------------------------------------------------
# house styles
def lh(r, lines, style=None):
    """A letterhead: the organisation's lines arranged in one of several house styles."""
    s = style if style is not None else r.randrange(5)
    if s == 0:
        return "\n".join(lines)
    if s == 1:
        return "  |  ".join(lines)
    if s == 2:
        return lines[0].upper() + "\n" + "\n".join(lines[1:])
    if s == 3:
        return "\n".join(lines[1:]) + "\n" + lines[0]
    return lines[0] + "\n" + " · ".join(lines[1:])


def refblock(r, pairs):
    """A reference block: label/value pairs, laid out one of three ways."""
    s = r.randrange(3)
    if s == 0:
        return "\n".join(f"{a}: {b}" for a, b in pairs)
    if s == 1:
        return "\n".join(f"{a}\t{b}" for a, b in pairs)
    return "\n".join(f"{a}\n{b}" for a, b in pairs)


def council_lh(r, c):
    tel_ = tel(r)
    if c.wales and r.random() < .6:
        return lh(r, [f"{c.cyngor} / {c.council}", f"{c.csc}", f"Ffôn / Tel: {tel_}", f"www.{c.ldom}"])
    return lh(r, [c.council, c.csc, r.choice([f"{c.front}", "Civic Centre", "County Hall", "PO Box 5511"]),
                  f"Tel {tel_}", f"{r.choice(['www.', ''])}{c.ldom}"])


def police_lh(r, c, unit=None):
    unit = unit or r.choice(["Family Court Disclosure Unit", "Public Protection Unit – Information Sharing",
                             "Safeguarding Hub (Cafcass requests)", "Civil Disclosure Unit", "Central Referral Unit",
                             "Information Management – Third Party Disclosure"])
    if c.wales and r.random() < .6:
        return lh(r, [f"{c.heddlu} / {c.police}", unit, "SWYDDOGOL – SENSITIF / OFFICIAL – SENSITIVE"])
    return lh(r, [c.police, unit, r.choice(["OFFICIAL - SENSITIVE", "OFFICIAL SENSITIVE: PERSONAL",
                                             "GPMS: OFFICIAL-SENSITIVE", "Protective marking: OFFICIAL"])])


def court_head(r, c, cy=False):
    if cy:
        return r.choice([f"YN Y LLYS TEULU {c.reg['yn'].upper()}", f"Yn y Llys Teulu {c.reg['yn']}\nIn the Family Court at {c.town}",
                         f"LLYS TEULU {c.tref.upper()}"])
    return r.choice([f"IN THE FAMILY COURT AT {c.town.upper()}", f"In the {c.court}", f"IN THE {c.court.upper()}",
                     f"{c.court}\nHM Courts & Tribunals Service", f"THE FAMILY COURT\nsitting at {c.town}"])


def firm_lh(r, firm, c):
    name, dom, _ = firm
    return lh(r, [name, r.choice(["Solicitors", "Family Law Specialists", "Solicitors & Notaries", "Cyfreithwyr / Solicitors"]),
                  f"{r.randrange(2, 90)} {r.choice(['High Street', 'Park Row', 'Market Square', 'St Mary Street', 'Heol y Frenhines'])}, {c.town}",
                  f"T: {tel(r)}  E: family@{dom}", r.choice(["Authorised and regulated by the Solicitors Regulation Authority",
                                                              f"DX {r.randrange(10000, 99999)} {c.town}", "Lexcel accredited"])])


def cafcass_lh(r, c, cy=False):
    if c.wales or cy:
        return lh(r, ["CAFCASS Cymru", r.choice(["Llywodraeth Cymru / Welsh Government", c.area]),
                      r.choice([f"Swyddfa {c.tref}", f"{c.tref} Office"]), f"Ffôn/Tel: 0300 {r.randrange(100, 999)} {r.randrange(1000, 9999)}"])
    return lh(r, ["Cafcass", r.choice(["Children and Family Court Advisory and Support Service", c.area,
                                        "Private law team", "Public law team"]),
                  f"www.cafcass.gov.uk", f"Tel: 0300 456 {r.randrange(4000, 4999)}"])


def signoff(r, name, role, org=None, cy=False):
    if cy:
        op = r.choice(["Yn gywir", "Yr eiddoch yn gywir", "Cofion", "Yn ddiffuant"])
    else:
        op = r.choice(["Yours sincerely", "Yours faithfully", "Kind regards", "Regards", "Many thanks", "With best wishes"])
    lines = [op, "", r.choice([name, name, name.upper(), f"pp {name}"]), role]
    if org:
        lines.append(org)
    return "\n".join(lines)


def heads(r, opts):
    return r.choice(opts)


RC_EN = {
    "child-protection": ["Status: subject to a Child Protection Plan (category: {cat}) since {d}",
                         "Record type: Child Protection – section 47 enquiry",
                         "The children were made subject to child protection plans under the category of {cat} on {d}."],
    "looked-after-child": ["Legal status: Looked After Child (section 20 accommodation)",
                           "Record type: Looked After Child – placed with local authority foster carers",
                           "{k} is a looked after child, subject to an interim care order since {d}."],
    "adoption": ["File type: Adoption record", "Record: Adoption – placement order made {d}",
                 "This information is taken from the adoption file held by the Regional Adoption Agency."],
    "foster-carers": ["Record type: Foster carer record (approved foster carers)",
                      "File: Foster Carers – household approval and reviews"],
    "privately-fostered-child": ["Status: Privately Fostered Child – notification received under the private fostering regulations",
                                 "Record type: Private fostering arrangement (privately fostered child)"],
    "missing-person": ["Record type: Missing person report (CPR missing persons record)",
                       "Missing person records: {n} missing episodes reported for {k}"],
    "adult-posing-risk": ["{a} is recorded as an adult who poses a risk to children.",
                          "Record type: Adult posing risk to children (PPRC) – {a}"],
    "other-childrens-social-care": ["Record type: Child in Need (other children's social care file), closed {d}",
                                    "File class: other children's social care – early help / child in need"],
}
RC_CY = {
    "child-protection": ["Statws: ar gynllun amddiffyn plant (categori: {cat}) ers {d}",
                         "Math o gofnod: Amddiffyn Plant – ymholiad adran 47"],
    "looked-after-child": ["Statws cyfreithiol: Plentyn sy'n Derbyn Gofal (llety adran 76)",
                           "Mae {k} yn blentyn sy'n derbyn gofal ers {d}."],
    "adoption": ["Math o ffeil: Cofnod mabwysiadu"],
    "foster-carers": ["Math o gofnod: Gofalwyr maeth cymeradwy"],
    "privately-fostered-child": ["Statws: Plentyn mewn trefniant maethu preifat"],
    "missing-person": ["Math o gofnod: Adroddiad person coll"],
    "adult-posing-risk": ["Cofnodir {a} fel oedolyn sy'n peri risg i blant."],
    "other-childrens-social-care": ["Math o gofnod: Plentyn mewn Angen (gofal cymdeithasol plant arall), wedi cau {d}"],
}
CATS = ["neglect", "emotional abuse", "physical abuse", "sexual abuse"]
CATS_CY = ["esgeulustod", "cam-drin emosiynol", "cam-drin corfforol"]


def rcline(r, c, rc, cy=False):
    t = r.choice((RC_CY if cy else RC_EN)[rc])
    return t.format(cat=r.choice(CATS_CY if cy else CATS), d=c.d(r, -r.randrange(60, 700), cy), k=c.k["first"],
                    a=r.choice([c.father, c.partner]), n=r.randrange(2, 7))


# ---------------------------------------------------------------------------------------------
# registry
TEMPLATES = defaultdict(list)


def T(kind, lang="en", src="doc", frm=None):
    def deco(fn):
        TEMPLATES[kind].append(dict(name=fn.__name__, lang=lang, fn=fn, src=src, frm=frm))
        return fn
    return deco


def J(*parts):
    """Join non-empty parts with blank lines."""
    return "\n\n".join(p for p in parts if p)


# =============================================================================================
# case-information
@T("contact-log", "en", "tree")
def cl_ecms_export(r, c):
    rows = []
    d0 = -r.randrange(40, 90)
    ents = [("Case Update", f"C100 received from {c.court}. Screening requests sent to {c.police} and {c.council}."),
            ("Letter Sent", "Letters sent to both parties with information leaflet and telephone appointment times."),
            ("Telephone Call", f"Spoke with {c.resp} (respondent). Safeguarding interview completed, see detailed recording."),
            ("Email Received", f"Police response received – saved to police information."),
            ("Telephone Call", f"Attempted call to {c.appl}; no answer, voicemail left."),
            ("Document Uploaded", "Safeguarding letter filed with court via e-mail and sent to parties via Egress."),
            ("Case Discussion", f"Discussed with {c.mgr} (Service Manager). Agreed proportionate closure after FHDRA.")]
    for i, (h, e) in enumerate(r.sample(ents, r.randrange(4, 7))):
        d = c.d(r, d0 + i * r.randrange(1, 5), style=1)
        who = r.choice([c.fca, "Business Services", c.fca, "Duty FCA"])
        rows.append(r.choice([f"{d} {r.randrange(8, 17):02d}:{r.randrange(60):02d} | {h} | {e} | {who}",
                              f"{d}\n{h}\n{e}\nCreated by: {who}"]))
    head = r.choice(["## Case activity history", "## Contact Log Report", "## ECMS – Case record (all entries)",
                     "## Chronological record of actions"])
    return dict(text=J(head, f"Case: {c.case_name}   Case no: {c.num}", "Date | Heading | Summary | Recorded by", "\n".join(rows),
                       r.choice(["Generated from ECMS – not for editing", f"Printed {c.d(r)} for SAR", ""])),
                doc=r.choice(["Contact log", "Contact log report", "Case log"]))


@T("contact-log", "en", "tree")
def cl_legacy_cms(r, c):
    yrs = r.randrange(2010, 2014)
    lines = []
    for i in range(r.randrange(4, 7)):
        d = date(yrs, r.randrange(1, 13), r.randrange(1, 28))
        lines.append(f"{d.strftime('%d/%m/%Y')}  {r.choice(['TC', 'L/S', 'L/R', 'HV', 'OV', 'E/R'])}  " + r.choice([
            f"tc from M. Says F not returning {c.k['first']} on time. Advised to speak to sol.",
            "L/S to court re: report date", f"OV with F at office. {c.k['first']} seen at school – see notes.",
            "Rec'd LA checks – known, historic CIN. Filed risk sect.", "Bundle rec'd from court office.",
            f"E/R from {c.m_firm[0]} asking for copy report – refused, advised to apply to court."]))
    return dict(text=J(r.choice(["## CMS CASE RECORD – CONTACT SHEET", "## Case running record (pre-July 2014)",
                                 "## Record of contacts"]),
                       f"Case ID {r.randrange(100000, 999999)}  Subject child(ren): {', '.join(c.kidlist(r))}",
                       "Key: TC tel call  L/S letter sent  L/R letter rec'd  HV home visit  OV office visit  E/R email rec'd",
                       "\n".join(lines), f"Page {r.randrange(1, 4)} of {r.randrange(4, 9)}"), doc="Contact log (legacy)")


@T("contact-log", "en", "doc")
def cl_iris_en(r, c):
    ents = []
    for i in range(r.randrange(3, 6)):
        ents.append(f"Entry {i + 1}\nDate of activity: {c.d(r, -30 + i * 3, style=0)}\nType: {r.choice(['Telephone', 'E-mail', 'Face to face', 'Court attendance', 'Agency enquiry'])}\n"
                    f"Recorded by: {c.fca}\nSummary: " + r.choice([
                        f"Third party check with {c.council} – response awaited.",
                        f"Attended court; FHDRA adjourned. Order to follow.",
                        f"Telephone discussion with {c.appl}, appointment agreed for next week.",
                        f"Contact centre referral sent to {r.choice(CENTRES)[0]}.",
                        "Supervision discussion – plan agreed."]))
    return dict(text=J("CAFCASS Cymru – IRIS", r.choice(["## Case recording summary", "## Running record", "## Casework records – printout"]),
                       f"Case number {c.num}   Team: {c.area}", "\n\n".join(ents)), doc="Contact log")


@T("contact-log", "cy", "tree")
def cl_iris_cy(r, c):
    ents = []
    for i in range(r.randrange(3, 6)):
        ents.append(f"{c.d(r, -40 + i * 4, cy=True, style=2)} | " + r.choice([
            f"Galwad ffôn gyda {c.appl}. Trafodwyd y trefniadau cyswllt presennol.",
            f"Gwiriad trydydd parti wedi'i anfon at {c.cyngor}.",
            f"Ymateb wedi dod i law gan {c.heddlu} – wedi'i gadw yn yr adran wybodaeth yr heddlu.",
            f"Mynychu'r llys {c.reg['yn']}. Gohiriwyd y gwrandawiad.",
            f"Llythyr wedi'i anfon at y partïon gyda'r daflen wybodaeth.",
            f"Trafodaeth oruchwylio gyda {c.mgr}; cytunwyd ar y cynllun gwaith."]) + f" | {c.fca}")
    return dict(text=J(r.choice(["## Log Cyswllt", "## Cofnod o'r holl gamau gweithredu", "## Cofnodion achos – crynodeb"]),
                       f"Rhif yr achos: {c.num}\nPlentyn/plant: {', '.join(c.kidlist(r, cy=True))}",
                       "Dyddiad | Cofnod | Gan", "\n".join(ents)), doc="Log cyswllt")


@T("contact-log", "cy", "upload")
def cl_bi(r, c):
    ents = []
    for i in range(r.randrange(3, 5)):
        ents.append(f"{c.d(r, -20 + i * 2, style=1)}  " + r.choice([
            "Llythyr croeso wedi'i anfon / Welcome letter sent",
            f"Galwad gyda'r tad / Call with father ({c.father})",
            "Gwiriadau'r heddlu wedi'u gwneud / Police checks requested",
            "Adroddiad wedi'i ffeilio / Report filed",
            "E-bost gan y llys / E-mail from court re listing"]))
    return dict(text=J("## Log Cyswllt / Contact Log", f"Achos / Case: {c.case_name} – {c.num}", "\n".join(ents),
                       "Tudalen 1 o 1 / Page 1 of 1"), doc="Log cyswllt")


@T("wtfh-outcome", "en", "doc")
def wtfh_form(r, c):
    c.law(r, False)
    ts = r.choice([("[X]", "[ ]"), ("☒", "☐"), ("Yes", "No"), ("X", "")])
    tick = lambda b: ts[0] if b else ts[1]
    res = r.randrange(3)
    return dict(text=J(r.choice(["## FHDRA OUTCOME – WORK TO FIRST HEARING", "## First hearing record (WTFH)",
                                 "## Outcome of FHDRA – duty practitioner record", "## Record of first hearing dispute resolution appointment"]),
                       refblock(r, [("Case number", c.num), ("Court", c.court), ("Date of hearing", c.d(r, style=1)),
                                    ("Duty FCA", c.fca), ("Judge/Bench", c.judge)]),
                       f"Agreement reached at court {tick(res == 0)}\nPartial agreement {tick(res == 1)}\nNo agreement {tick(res == 2)}",
                       f"Section 7 report ordered {tick(res == 2)}   Addendum safeguarding letter {tick(False)}   Case closed to Cafcass {tick(res != 2)}",
                       f"Risk issues identified: {r.choice(['Domestic abuse (historic)', 'None identified', 'Parental alcohol misuse', 'Allegations of harm – see C1A'])}",
                       f"Next hearing: {fd(r, c.hearing) if res == 2 else 'N/A'}",
                       f"Outcome recorded on ECMS by {c.fca} {c.d(r, 1, style=1)}"), doc="WTFH outcome form")


@T("wtfh-outcome", "en", "email", frm="cafcass")
def wtfh_email(r, c):
    c.law(r, False)
    return dict(text=J(f"Hi {c.mgr.split()[0]},", r.choice([
        f"Quick note of what happened at first hearing today in {c.num} ({c.case_name}).",
        f"Outcome from the FHDRA this morning at {c.court}:"]),
        r.choice([f"Parents agreed a spend time arrangement – alternate weekends Fri 5pm to Sun 5pm plus half of holidays. Order by consent. No further Cafcass involvement so I've ticked closure.",
                  f"No agreement. {c.judge} has directed a s7 report, filing date {fd(r, c.hearing + timedelta(days=60))}. Case needs allocating to WAFH team.",
                  f"Adjourned for DA fact-finding. Interim indirect contact only. Cafcass released."]),
        f"I've put the outcome tick boxes on and the form is in case information.", f"Thanks\n{c.fca}\nDuty FCA, {c.area}"),
        subj=r.choice([f"FHDRA outcome {c.num}", f"RE: {c.case_name} – first hearing today", f"WTFH outcome – {c.num}"]))


@T("wtfh-outcome", "en", "doc")
def wtfh_closure(r, c):
    c.law(r, False)
    return dict(text=J(r.choice(["Cafcass", cafcass_lh(r, c)]),
                       r.choice(["## Safeguarding stage completion", "## Work to First Hearing – closure record",
                                 "## End of WTFH stage"]),
                       f"{c.case_name} | {c.num} | Children: {c.kids_txt()}",
                       f"Safeguarding checks completed: Police {r.choice(['Y', 'Yes', '✓'])}  LA {r.choice(['Y', 'Yes', '✓'])}",
                       f"Parties interviewed by telephone: Applicant Y  Respondent {r.choice(['Y', 'N – not contactable'])}",
                       f"FHDRA date: {fd(r, c.today, style=1)}",
                       f"Outcome: {r.choice(['Final order made – CAO lives with mother, spends time with father', 'Adjourned – s7 directed', 'Application withdrawn', 'Interim order; referral to SPIP'])}",
                       f"Work after first hearing required: {r.choice(['No', 'Yes – s7', 'Yes – addendum safeguarding letter'])}",
                       f"Completed by {c.fca}"), doc="WTFH outcome")


@T("wtfh-outcome", "cy", "doc")
def wtfh_cy(r, c):
    c.law(r, False)
    t = lambda b: "[X]" if b else "[ ]"
    res = r.randrange(3)
    return dict(text=J(r.choice(["## Canlyniadau'r FHDRA", "## Cofnod y gwrandawiad cyntaf", "## Canlyniad y gwrandawiad datrys anghydfod cyntaf"]),
                       f"Rhif yr achos: {c.num}\nLlys: {c.court_cy}\nDyddiad: {c.d(r, cy=True)}\nCynghorydd Llys Teulu: {c.fca}",
                       f"Cytundeb llawn {t(res == 0)}\nCytundeb rhannol {t(res == 1)}\nDim cytundeb {t(res == 2)}",
                       f"Adroddiad adran 7 wedi'i orchymyn {t(res == 2)}\nAchos wedi'i gau i CAFCASS Cymru {t(res != 2)}",
                       f"Materion diogelu: {r.choice(['dim', 'cam-drin domestig yn y gorffennol', 'defnydd alcohol'])}",
                       "Cwblhawyd yn IRIS ar ôl y gwrandawiad."), doc="Ffurflen canlyniad WTFH")


@T("wtfh-outcome", "cy", "email", frm="cafcass")
def wtfh_cy_email(r, c):
    c.law(r, False)
    return dict(text=J(f"Bore da {c.mgr.split()[0]},",
                       f"Dyma ganlyniad y gwrandawiad cyntaf heddiw {c.reg['yn']} ({c.num}).",
                       r.choice(["Daeth y rhieni i gytundeb ac fe wnaed gorchymyn terfynol trwy gydsyniad. Nid oes angen gwaith pellach gan CAFCASS Cymru.",
                                 f"Dim cytundeb. Mae'r barnwr wedi gorchymyn adroddiad adran 7 erbyn {fd(r, c.hearing + timedelta(days=56), cy=True)}.",
                                 "Gohiriwyd yr achos ar gyfer gwrandawiad canfod ffeithiau."]),
                       "Rwyf wedi ticio'r blychau canlyniad yn IRIS.", f"Diolch,\n{c.fca}"),
                subj=r.choice([f"Canlyniad FHDRA – {c.num}", f"Gwrandawiad cyntaf heddiw / FHDRA outcome {c.num}"]))


@T("detailed-recording", "en", "doc")
def dr_homevisit(r, c):
    k = c.k
    return dict(text=J(r.choice(["## Note of home visit", "## Record of visit to mother's home", "## Visit – typed record",
                                 "## Observation of family time"]),
                       refblock(r, [("Date/time", f"{c.d(r, -3, style=0)}, {r.randrange(9, 17)}:{r.choice(['00', '15', '30'])}"),
                                    ("Practitioner", c.fca), ("Venue", c.addr), ("Present", f"{c.resp}, {c.kids_txt()}"),
                                    ("Nature of contact", "Face to face, announced")]),
                       f"The home was {r.choice(['clean and tidy', 'cluttered but adequate', 'warm and child-focused'])}. {k['first']} showed me {c.p['his']} bedroom and {r.choice(['a lego model', 'some drawings', 'the hamster'])}.",
                       f"{c.resp} told me that {r.choice(['handovers have become tense', 'the children come back unsettled', 'she wants contact to continue but supervised', 'he is worried about the new partner'])}.",
                       f"Next steps: {r.choice(['school visit to see ' + k['first'], 'request CAMHS information', 'office meeting with ' + c.appl])}.",
                       f"Actions after visit: contact log updated. {c.fca}"), doc="Detailed recording – home visit")


@T("detailed-recording", "en", "doc")
def dr_phone_interview(r, c):
    who = r.choice([c.appl, c.resp])
    return dict(text=J(r.choice(["## Safeguarding telephone interview – record", "## Telephone interview", "## Notes of call – screening interview",
                                 "## Record of telephone discussion with parent"]),
                       f"{c.num} / {c.case_name}\nInterviewee: {who}\nBy: {c.fca}\nDate: {c.d(r, -10, style=1)}  Duration: {r.randrange(25, 70)} mins",
                       "Identity checked. Explained role of Cafcass and limits of confidentiality.",
                       "Q. Any concerns for the children's safety?\nA. " + r.choice([
                           "Yes, he used to drink and shout, police came twice in 2021.",
                           "No, just that she won't let me see them.",
                           "She is using cannabis daily, I have photos.",
                           "Not really, we just can't talk to each other."]),
                       "Q. Views on the application?\nA. " + r.choice(["Wants overnight stays", "Agrees to daytime only",
                                                                       "Wants a contact centre to start with", "Wants no contact"]),
                       r.choice(["Domestic abuse screening questions asked – see tool.", "Offered SPIP; agreed.", ""])),
                doc="Record of telephone interview")


@T("detailed-recording", "en", "scan")
def dr_handwritten(r, c):
    return dict(text=J(f"{c.d(r, -5, style=2)}  OV  {c.fca[:1]}{c.fca.split()[-1][:1]}",
                       f"F attended office {r.choice(['Leeds', 'Ty Cyfle', 'Quayside', 'Floor 3'])} – alone. Calm, engaged.",
                       f"Says last saw {c.k['first']} {r.choice(['3 wks', 'at Xmas', 'in the summer'])}. Wants it back to w/ends.",
                       "Acknowledges drink was issue, now 6 mths sober – AA weekly. Agrees to hair strand test.",
                       "Discussed: impact of conflict on ch., Parenting Apart, mediation.",
                       f"Plan: see {c.k['first']} at school, LA update, call M.", "signed ............"),
                doc="Office visit notes")


@T("detailed-recording", "cy", "doc")
def dr_cy_visit(r, c):
    k = c.k
    return dict(text=J(r.choice(["## Cofnod o ymweliad cartref", "## Ymweliad â'r cartref – cofnod", "## Nodiadau ymweliad"]),
                       f"Dyddiad ac amser: {c.d(r, -4, cy=True)}, {r.randrange(9, 17)}:00\nYmarferydd: {c.fca}\nLleoliad: {c.addr}\nYn bresennol: {c.resp}, {c.kids_txt(cy=True)}",
                       f"Roedd y cartref yn lân ac yn daclus. Dangosodd {k['first']} {c.cy['ei_cartref']} a'i ystafell wely i mi." if c.g == 'm'
                       else f"Roedd y cartref yn lân ac yn daclus. Dangosodd {k['first']} ei hystafell wely i mi.",
                       f"Dywedodd {c.resp} fod y trosglwyddo rhwng y rhieni wedi bod yn anodd ers y Nadolig.",
                       f"Camau nesaf: ymweld â {k['first']} yn {c.cy['ei_ysgol']}; cysylltu â'r gwasanaethau plant.",
                       f"Cofnodwyd gan {c.fca}"), doc="Cofnod cyswllt manwl")


@T("detailed-recording", "cy", "doc")
def dr_cy_phone(r, c):
    return dict(text=J(r.choice(["## Nodyn o gyfweliad ffôn", "## Cyfweliad diogelu dros y ffôn", "## Galwad ffôn gyda rhiant – cofnod"]),
                       f"Achos {c.num}\nGyda: {c.appl}\nGan: {c.fca}\nDyddiad: {c.d(r, -8, cy=True, style=2)}",
                       "Esboniwyd rôl CAFCASS Cymru a therfynau cyfrinachedd.",
                       "Pryderon: " + r.choice(["dywedodd fod y tad yn yfed yn drwm ar benwythnosau.",
                                                 "dim pryderon diogelu wedi'u codi.",
                                                 "honiadau o gam-drin domestig yn 2022; galwyd yr heddlu."]),
                       "Barn am y cais: " + r.choice(["eisiau i'r plant aros dros nos", "cytuno i gyswllt yn ystod y dydd yn unig",
                                                      "eisiau dechrau mewn canolfan gyswllt"]),
                       "Cytunwyd i gysylltu eto yr wythnos nesaf."), doc="Nodyn cyfweliad ffôn")


# =============================================================================================
# correspondence
@T("welcome-letter", "en", "doc", frm="cafcass")
def wl_intro(r, c):
    c.law(r, False)
    who = r.choice([c.appl, c.resp])
    return dict(text=J(cafcass_lh(r, c), f"Private & Confidential\n{who}\n{c.addr}", c.d(r, style=0),
                       f"Our ref: {c.num}", f"Dear {r.choice(['Mr', 'Ms', 'Mrs'])} {who.split()[-1]}",
                       r.choice(["## Your family's court application", "## What happens next", "## Cafcass and your case"]),
                       f"The {c.court} has asked Cafcass to help with the application about {c.kids_txt()}. Before the first hearing on {fd(r, c.hearing)} we carry out safeguarding checks with the police and the local authority, and a Family Court Adviser will telephone you.",
                       "Please read the enclosed leaflet 'Going to court' and look at the Child Arrangements Programme information on our website. If you have concerns about your safety, tell us straight away.",
                       signoff(r, "Intake Team", c.area, None)), doc="Welcome letter")


@T("welcome-letter", "en", "doc", frm="cafcass")
def wl_pack(r, c):
    c.law(r, False)
    return dict(text=J(r.choice(["Cafcass", "cafcass – putting children first"]),
                       r.choice(["## Information for parents and carers", "## Introductory letter", "## Starting work with your family"]),
                       f"Case: {c.case_name}  Number: {c.num}",
                       f"Hello {c.appl.split()[0]},",
                       f"My name is {c.fca} and I will be the Family Court Adviser for your family while the court considers what is best for {c.kids_txt()}. I will be in touch to arrange a time to meet you.",
                       "With this letter you will find: the 'Getting ready' booklet, the Parenting Plan, and details of the Separated Parents Information Programme.",
                       "If you need an interpreter or any adjustments, please let me know.",
                       f"Best wishes\n{c.fca}\nFamily Court Adviser"), doc="Welcome letter")


@T("welcome-letter", "en", "att", frm="cafcass")
def wl_public(r, c):
    c.law(r, True)
    return dict(text=J(cafcass_lh(r, c), c.d(r, style=3),
                       f"To: {c.mother}\n{c.addr}",
                       r.choice(["## Your Children's Guardian", "## Introducing the Children's Guardian", "## Care proceedings – who I am"]),
                       f"I have been appointed by the court as Children's Guardian for {c.kids_txt()} in the care proceedings brought by {c.council} (case {c.num}).",
                       f"My job is to represent the children's interests independently. I have instructed {c.c_sol} of {c.c_firm[0]} to act as the children's solicitor.",
                       "I would like to meet you soon. Please call me on the number above.",
                       signoff(r, c.fca, "Children's Guardian")), doc="Welcome letter – guardian",
                subj=r.choice([f"Letter from your Children's Guardian – {c.num}", ""]))


@T("welcome-letter", "cy", "doc", frm="cafcass")
def wl_cy(r, c):
    c.law(r, False)
    return dict(text=J(cafcass_lh(r, c, True), f"{c.appl}\n{c.addr}", c.d(r, cy=True),
                       f"Ein cyf: {c.num}", f"Annwyl {c.appl.split()[0]},",
                       r.choice(["## Eich cais i'r llys", "## Beth fydd yn digwydd nesaf", "## Croeso i CAFCASS Cymru"]),
                       f"Mae {c.court_cy} wedi gofyn i CAFCASS Cymru helpu gyda'r cais ynghylch {c.kids_txt(True)}. Cyn y gwrandawiad cyntaf ar {fd(r, c.hearing, True, 0)} byddwn yn gwneud gwiriadau diogelu gyda'r heddlu a'r awdurdod lleol.",
                       "Bydd Cynghorydd Llys Teulu yn eich ffonio. Mae croeso i chi gyfathrebu â ni yn Gymraeg neu yn Saesneg.",
                       signoff(r, c.fca, "Cynghorydd Llys Teulu", "CAFCASS Cymru", cy=True)), doc="Llythyr croeso")


@T("welcome-letter", "cy", "doc", frm="cafcass")
def wl_bi(r, c):
    c.law(r, False)
    return dict(text=J("CAFCASS Cymru", f"{c.d(r, cy=True, style=0)} / {c.d(r, style=0)}",
                       "## Gwybodaeth i rieni / Information for parents",
                       f"Annwyl {c.resp.split()[0]} / Dear {c.resp.split()[0]}",
                       f"Fi yw'r Cynghorydd Llys Teulu a fydd yn gweithio gyda'ch teulu. / I am the Family Court Adviser who will work with your family about {c.kids_txt()}.",
                       "Amgaeaf daflen wybodaeth. / I enclose an information leaflet.",
                       f"Cofion / Regards\n{c.fca}"), doc="Llythyr croeso")


@T("letter-to-parties", "en", "att", frm="cafcass")
def lp_cover(r, c):
    rep = r.choice(["section 7 report", "safeguarding letter", "addendum report", "report"])
    who = r.choice([c.appl, c.resp])
    return dict(text=J(cafcass_lh(r, c), c.d(r, style=0), f"{who}\nBy Egress secure e-mail", f"Re: {c.case_name} – {c.num}",
                       f"Dear {who.split()[0]}",
                       f"Please find enclosed a copy of my {rep} which has been filed with the court today. The report is confidential: you must not show it to anyone other than your legal adviser.",
                       f"If you would like to talk about it before the hearing on {fd(r, c.hearing)}, please contact me.",
                       signoff(r, c.fca, "Family Court Adviser", c.cafcass)), doc="Letter to parties enclosing report",
                subj=f"Cafcass – {c.num} – your copy")


@T("letter-to-parties", "en", "doc", frm="cafcass")
def lp_appt(r, c):
    c.law(r, False)
    return dict(text=J(cafcass_lh(r, c), f"To: {c.appl} and {c.resp} (separately)", c.d(r, style=4),
                       r.choice(["## Appointment", "## Invitation to meet", "## Arrangements for my enquiries"]),
                       f"I have been asked by the court to prepare a report about {c.kids_txt()}. I would like to meet each of you at the {c.town} office on {fd(r, c.today + timedelta(days=10))} at {r.randrange(9, 16)}:00.",
                       f"I also plan to see the children at {c.school}. I will let you know the date.",
                       "If the appointment is not convenient, please ring the office as soon as you can.",
                       signoff(r, c.fca, "Family Court Adviser")), doc="Appointment letter")


@T("letter-to-parties", "en", "email", frm="cafcass")
def lp_email(r, c):
    return dict(text=J(f"Dear {c.appl.split()[0]} and {c.resp.split()[0]},",
                       r.choice([f"I am writing to let you both know that I am leaving {c.cafcass} at the end of the month and your case will be passed to a new FCA, {c.mgr}.",
                                 f"Following the hearing on {c.d(r, -2)}, I will be arranging to see {c.kids_txt()} again before my report is due.",
                                 "This is to confirm that the safeguarding checks are complete and the letter has been sent to the court."]),
                       "Please do not reply all – reply to me only.", f"Regards\n{c.fca}\nFamily Court Adviser | {c.area}"),
                subj=r.choice([f"{c.num} – update for both parents", f"Your case {c.num}", "Update from Cafcass"]))


@T("letter-to-parties", "cy", "doc", frm="cafcass")
def lp_cy_appt(r, c):
    c.law(r, False)
    return dict(text=J(cafcass_lh(r, c, True), c.d(r, cy=True), f"At: {c.appl} a {c.resp}",
                       r.choice(["## Apwyntiad", "## Gwahoddiad i gyfarfod", "## Trefniadau ar gyfer fy ymholiadau"]),
                       f"Mae'r llys wedi gofyn i mi baratoi adroddiad ynghylch {c.kids_txt(True)}. Hoffwn gwrdd â chi ar wahân yn swyddfa {c.tref} ar {fd(r, c.today + timedelta(days=9), True, 0)}.",
                       f"Byddaf hefyd yn gweld y plant yn yr ysgol.",
                       signoff(r, c.fca, "Cynghorydd Llys Teulu", cy=True)), doc="Llythyr at y partïon")


@T("letter-to-parties", "cy", "att", frm="cafcass")
def lp_cy_cover(r, c):
    return dict(text=J("CAFCASS Cymru", c.d(r, cy=True), f"Annwyl {c.resp.split()[0]},",
                       f"Amgaeaf gopi o fy adroddiad, a ffeiliwyd gyda'r llys heddiw ({c.num}). Mae'r adroddiad yn gyfrinachol ac ni ddylech ei ddangos i neb ond eich cynghorydd cyfreithiol.",
                       f"Os hoffech drafod yr adroddiad cyn y gwrandawiad ar {fd(r, c.hearing, True, 0)}, cysylltwch â mi.",
                       signoff(r, c.fca, "Cynghorydd Llys Teulu", cy=True)), doc="Llythyr at y partïon",
                subj=f"Eich copi o'r adroddiad – {c.num}")


@T("letter-from-party", "en", "scan")
def lfp_hand(r, c):
    c.law(r, False)
    return dict(text=J(f"{c.addr}", c.d(r, style=2), f"To {r.choice(['Cafcass', 'the Cafcass lady', c.fca, 'whoever is dealing'])},",
                       f"I am writing because I have not seen my {r.choice(['son', 'daughter', 'kids'])} since {r.choice(['March', 'the summer', 'before Xmas'])} and nobody is listening to me.",
                       f"{c.resp.split()[0]} keeps saying {c.k['first']} is ill every time. I have done the course you told me to do and I have the certificate.",
                       "I just want my time with them back. Please tell the judge.", f"{c.appl.split()[0]}\n{r.choice(['(dad)', '(mum)', ''])}"),
                doc="Letter from father" if c.appl_is_f else "Letter from mother")


@T("letter-from-party", "en", "email", frm="party")
def lfp_email(r, c):
    who = c.resp
    return dict(text=J(r.choice([f"Dear Ms {c.fca.split()[-1]}", f"Hi {c.fca.split()[0]}", "To Cafcass"]),
                       f"I am {who}, the {r.choice(['mother', 'father', 'respondent'])} in case {c.num}.",
                       r.choice([f"I need to tell you that last weekend {c.k['first']} came home with a bruise and said daddy's friend grabbed {c.p['him']}.",
                                 "I do not agree with what was written about me in your letter. I have never been arrested.",
                                 "Please can you send me the dates for the next appointment as I work shifts.",
                                 f"I am worried because {c.appl.split()[0]} has been posting about the case on Facebook."]),
                       "I have attached screenshots.", "Thank you\n" + who,
                       r.choice(["Sent from my iPhone", "Sent from Outlook for Android", ""])),
                subj=r.choice(["my case", f"{c.num}", "URGENT please read", f"Re: appointment", "complaint"]),
                sender_name=who)


@T("letter-from-party", "en", "att", frm="party")
def lfp_gran(r, c):
    return dict(text=J(c.d(r, style=0), f"Dear Sir or Madam,",
                       r.choice(["## Re my grandchildren", "## My grandchildren", "## Letter for the court welfare officer"]),
                       f"I am {c.kids_txt()}'s {r.choice(['nan', 'grandmother', 'paternal grandmother'])}, {c.gran}. I looked after them every Tuesday and Thursday until last year.",
                       "I would like the person writing the report to speak to me as I know the children better than anyone. I am not taking sides.",
                       f"My number is {tel(r)}.", f"Yours faithfully\n{c.gran}"), doc="Letter from grandmother", sender_name=c.gran)


@T("letter-from-party", "cy", "scan")
def lfp_cy(r, c):
    c.law(r, False)
    return dict(text=J(c.addr, c.d(r, cy=True, style=0), f"Annwyl {c.fca},",
                       f"Rwy'n ysgrifennu atoch chi am nad ydw i wedi cael gweld {c.kids_txt(True)} ers wythnosau.",
                       f"Mae {c.resp.split()[0]} yn dweud bod {c.k['first']} yn sâl bob tro. Rydw i wedi gwneud y cwrs ac mae gen i'r dystysgrif.",
                       "Plîs dywedwch wrth y barnwr fy mod i eisiau gweld y plant.", f"Yn gywir\n{c.appl}"),
                doc="Llythyr gan barti")


@T("letter-from-party", "cy", "email", frm="party")
def lfp_cy_email(r, c):
    return dict(text=J(f"Helo {c.fca.split()[0]},", f"{c.resp} sydd yma, mam y plant yn achos {c.num}." if c.appl_is_f else f"{c.resp} sydd yma, tad y plant yn achos {c.num}.",
                       r.choice(["Dydw i ddim yn cytuno â'r hyn a ysgrifennwyd amdanaf yn eich llythyr.",
                                 f"Daeth {c.k['first']} adref yn ofidus ddydd Sul. Rwy'n poeni'n fawr.",
                                 "Allwch chi anfon dyddiad yr apwyntiad nesaf ataf? Rwy'n gweithio shifftiau."]),
                       "Diolch\n" + c.resp, r.choice(["Anfonwyd o fy iPhone", ""])),
                subj=r.choice(["fy achos", f"{c.num}", "Pryder"]), sender_name=c.resp)


def court_mail(r, c):
    return r.choice([f"{c.town.lower()}familycourt@justice.gov.uk", f"family.{c.town.lower()}@justice.gov.uk",
                     f"{c.town.lower()}.listing@justice.gov.uk", f"enquiries.{c.town.lower()}.countycourt@justice.gov.uk"])


@T("correspondence", "en", "email", frm="court")
def co_court_cover(r, c):
    return dict(text=J("Good afternoon,", r.choice([
        f"Please find attached the sealed order made by {c.judge} on {c.d(r, -1)} in the above matter.",
        f"Attached is the order from today's hearing for service on Cafcass.",
        f"I attach the approved order and notice of the next hearing."]),
        f"Case number: {c.num}\nParties: {c.case_name}", "Please do not reply to this mailbox unless asked to.",
        f"Kind regards\n{r.choice(['Family Team', 'Listing Officer', 'Case Progression Officer', 'Court Clerk'])}\n{c.court}\nHM Courts & Tribunals Service",
        "This e-mail and any attachments are intended only for the addressee."),
        subj=r.choice([f"{c.num} {c.case_name} - order", f"SEALED ORDER - {c.num}", f"{c.case_name} {c.num} – documents for Cafcass"]),
        sender=court_mail(r, c))


@T("correspondence", "en", "att", frm="firm_f")
def co_party_sol(r, c):
    firm, sol = (c.f_firm, c.f_sol) if r.random() < .5 else (c.m_firm, c.m_sol)
    return dict(text=J(firm_lh(r, firm, c), refblock(r, [("Our ref", f"{sol.split()[0][0]}{sol.split()[-1][0]}/{r.randrange(1000, 9999)}"),
                                                         ("Your ref", c.num), ("Date", c.d(r, style=0))]),
                       f"{c.cafcass}\n{c.area}", "Dear Sirs" if r.random() < .4 else f"Dear {c.fca}",
                       f"Re: {c.kids_txt()} – {c.case_name}",
                       r.choice(["We act for the " + r.choice(["Applicant father", "Respondent mother", "Applicant"]) + f" in the above matter. Please let us know when you expect to file your report, which is due by {fd(r, c.hearing)}.",
                                 f"We enclose a copy of our client's statement for your information. We should be grateful if you would take it into account before speaking to the children.",
                                 "We write to request that our client is seen at the Birmingham office rather than by video, for reasons of disability."]),
                       signoff(r, sol, r.choice(["Solicitor", "Associate Solicitor", "Partner", "Chartered Legal Executive"]), firm[0])),
                doc="Letter from solicitor", sender=email_of(sol, firm[1]))


@T("correspondence", "en", "att", frm="council")
def co_la_cover(r, c):
    c.law(r, True)
    return dict(text=J(council_lh(r, c), c.d(r, style=0), f"Children's Guardian\n{c.cafcass}",
                       f"Re: {c.case_name}   {c.num}", f"Dear {c.fca}",
                       r.choice([f"Please find enclosed the local authority's initial evidence: social work evidence template, care plan, genogram and chronology. The index is attached.",
                                 "I enclose the updated care plan and the parenting assessment as directed. Please note the parenting assessment is disclosed under the order.",
                                 "Further to our telephone call, I enclose the notes of the last LAC review."]),
                       signoff(r, r.choice([c.sw, "Legal Services"]), r.choice(["Social Worker", "Paralegal, Legal Services", "Team Manager"]), c.council)),
                doc="Covering letter from local authority", sender=email_of(c.sw, c.ldom))


@T("correspondence", "en", "email", frm="court")
def co_listing(r, c):
    return dict(text=J("Dear all,", f"{c.num} – {c.case_name}",
                       r.choice([f"The hearing listed for {fd(r, c.hearing)} has been vacated due to judicial availability and will be re-listed. A new notice will follow.",
                                 f"Please note the hearing on {fd(r, c.hearing)} will now take place by CVP. Links will be sent 24 hours before.",
                                 f"The court has received your request for an extension. It has been placed before the judge."]),
                       f"Regards\nListing Office\n{c.court}"),
                subj=r.choice([f"{c.num} hearing vacated", f"CVP – {c.num}", f"RE: {c.num} request for extension"]),
                sender=court_mail(r, c))


@T("correspondence", "en", "scan")
def co_compslip(r, c):
    return dict(text=J(r.choice([c.m_firm[0], c.f_firm[0], c.council, c.school]),
                       r.choice(["WITH COMPLIMENTS", "Compliments slip", "FAX COVER SHEET"]),
                       f"To: {c.cafcass} {c.town}   Attn: {c.fca}",
                       f"Re: {c.num}",
                       r.choice(["Enclosed as requested.", "Please see enclosed documents – 14 pages including this sheet.",
                                 "For your information, copy to all parties.", "Please return the signed form."]),
                       c.d(r, style=1)), doc="Compliments slip")


@T("correspondence", "cy", "email", frm="court")
def co_cy_court(r, c):
    return dict(text=J("Prynhawn da,", f"Amgaeaf y gorchymyn a wnaed gan {c.judge_cy} ar {c.d(r, -1, cy=True, style=0)}.",
                       f"Rhif yr achos: {c.num}", "Please find attached the order made at the last hearing.",
                       f"Cofion cynnes / Kind regards\nTîm Teulu / Family Team\n{c.court_cy}\nGwasanaeth Llysoedd a Thribiwnlysoedd EF",
                       "Rydym yn croesawu gohebiaeth yn Gymraeg. We welcome correspondence in Welsh."),
                subj=f"{c.num} – Gorchymyn / Order", sender=court_mail(r, c))


@T("correspondence", "cy", "att", frm="firm_m")
def co_cy_sol(r, c):
    firm, sol = c.m_firm, c.m_sol
    return dict(text=J(firm_lh(r, firm, c), f"Ein cyf: {sol.split()[-1][:3].upper()}/{r.randrange(100, 999)}\nEich cyf: {c.num}\n{c.d(r, cy=True)}",
                       f"CAFCASS Cymru\nAt sylw: {c.fca}",
                       "Annwyl Syr/Madam", f"Mater: {c.kids_txt(True)}",
                       r.choice(["Rydym yn gweithredu ar ran y fam yn y mater uchod. Byddem yn ddiolchgar pe gallech gadarnhau pryd y bydd eich adroddiad yn cael ei ffeilio.",
                                 "Amgaeaf gopi o ddatganiad ein cleient er gwybodaeth."]),
                       signoff(r, sol, "Cyfreithiwr", firm[0], cy=True)), doc="Gohebiaeth", sender=email_of(sol, firm[1]))


# =============================================================================================
# case-plan
@T("case-plan", "en", "tree")
def cp_ecms(r, c):
    return dict(text=J(r.choice(["## Case Plan", "## Plan for the work – WAFH", "## Planning record"]),
                       refblock(r, [("Case", f"{c.case_name} ({c.num})"), ("Practitioner", c.fca), ("Date started", c.d(r, style=1))]),
                       "1. Reason for Cafcass involvement\n" + r.choice(["s7 report ordered on disputed time with father.", "Rule 16.4 appointment – intractable dispute.",
                                                                            "Care proceedings – neglect and parental substance misuse."]),
                       "2. Key issues and hypotheses\n" + r.choice(["H1: mother's concerns are about safety, not hostility. H2: alienating behaviours present.",
                                                                   "Domestic abuse allegations not yet determined; impact on the children.",
                                                                   "Whether the children can safely return home."]),
                       "3. Planned work | by whom | by when\n" + "\n".join([f"See {c.k['first']} at school | FCA | {c.d(r, 14, style=1)}",
                                                                       f"Home visits both parents | FCA | {c.d(r, 21, style=1)}",
                                                                       f"Request school and GP information | FCA | {c.d(r, 7, style=1)}"]),
                       "4. Diversity and identity\nFirst language " + r.choice(["English", "Polish", "Urdu", "Welsh"]) + "; interpreter " + r.choice(["not needed", "booked"]),
                       f"Manager's comments: {r.choice(['Plan agreed.', 'Agreed – consider Child Impact Analysis tools.', ''])}"),
                doc="Case plan")


@T("case-plan", "en", "doc")
def cp_guardian(r, c):
    c.law(r, True)
    return dict(text=J(r.choice(["## Children's Guardian – initial case analysis & work plan", "## Plan of work (public law)", "## Guardian's planning document"]),
                       f"{c.case_name}   {c.num}   Children: {', '.join(c.kidlist(r))}",
                       "Threshold issues: " + r.choice(["neglect; home conditions; school attendance 61%.", "non-accidental injury to youngest child.", "domestic abuse and mother's alcohol use."]),
                       f"Tasks before IRH:\n- read LA evidence and assessments\n- visit children in placement\n- meet parents with their solicitors\n- discuss care plan with {c.sw} (SW)\n- consider need for ISW assessment",
                       f"Timetable: CMH {c.d(r, 10, style=0)}; IRH {c.d(r, 90, style=0)}; final hearing week of {c.d(r, 140, style=0)}",
                       f"Signed off: {c.mgr}, Service Manager"), doc="Case plan")


@T("case-plan", "en", "upload")
def cp_table(r, c):
    c.law(r, False)
    return dict(text=J(c.cafcass, r.choice(["## Work plan", "## What I will do and when", "## Case planning tool"]),
                       f"Case number\t{c.num}\nChild\t{c.k['first']} {c.k['last']}\nAllocated\t{c.fca}",
                       "Task\tMethod\tDate",
                       "\n".join([f"Wishes & feelings\t{r.choice(['Three Houses', 'Sentence completion', 'Scaling'])}\t{c.d(r, 12, style=1)}",
                                  f"Parents\tOffice interviews\t{c.d(r, 8, style=1)}",
                                  f"Agency checks\tSchool, GP, LA\t{c.d(r, 5, style=1)}",
                                  f"Report drafted\t–\t{c.d(r, 40, style=1)}"]),
                       "Risks: " + r.choice(["high conflict", "DA – see safety plan", "none known"])), doc="Work plan")


@T("case-plan", "cy", "tree")
def cp_cy(r, c):
    return dict(text=J(r.choice(["## Cynllun achos", "## Cynllun gwaith", "## Cynllunio'r achos – IRIS"]),
                       f"Rhif yr achos: {c.num}\nYmarferydd: {c.fca}\nDyddiad dechrau: {c.d(r, cy=True)}",
                       "Rheswm dros gynnwys CAFCASS Cymru: " + r.choice(["gorchmynnwyd adroddiad adran 7.", "achos gofal – esgeulustod."]),
                       "Materion allweddol: " + r.choice(["honiadau o gam-drin domestig; barn y plant.", "a yw'n ddiogel i'r plant ddychwelyd adref."]),
                       f"Gwaith arfaethedig:\n- gweld {c.k['first']} yn yr ysgol\n- ymweliadau cartref â'r ddau riant\n- gofyn am wybodaeth gan yr ysgol a'r meddyg teulu",
                       "Iaith: Cymraeg yw dewis iaith y teulu; bydd yr adroddiad yn Gymraeg."), doc="Cynllun achos")


@T("case-plan", "cy", "doc")
def cp_bi(r, c):
    return dict(text=J("## Cynllun Achos / Case Plan", f"Achos / Case: {c.num}",
                       "Tasg / Task | Gan bwy / By whom | Erbyn / By",
                       f"Gweld y plant / See the children | FCA | {c.d(r, 10, style=1)}\nYmholiadau asiantaethau / Agency enquiries | FCA | {c.d(r, 5, style=1)}\nDrafft adroddiad / Draft report | FCA | {c.d(r, 35, style=1)}",
                       f"Cytunwyd gan y Rheolwr Ymarfer / Agreed by Practice Manager: {c.mgr}"), doc="Cynllun achos")


@T("case-plan-review", "en", "tree")
def cpr_irh(r, c):
    c.law(r, True)
    return dict(text=J(r.choice(["## Case plan review", "## Review of plan following IRH", "## Plan update"]),
                       f"{c.num} | Reviewed on {c.d(r, style=1)} by {c.fca}",
                       "Progress against plan: " + r.choice(["ISW assessment received – negative. Placement with grandmother being assessed.",
                                                             "All parents seen; school information received; children seen twice.",
                                                             "Hair strand results awaited; work delayed by 3 weeks."]),
                       "Changes to hypotheses: " + r.choice(["H2 no longer supported.", "none.", "new concern about partner's history (police info)."]),
                       "Revised actions:\n- " + r.choice(["file addendum by " + c.d(r, 21, style=0), "meet children's solicitor before IRH", "speak to IRO re care plan"]),
                       f"Manager oversight: {c.mgr} – agreed."), doc="Case plan review")


@T("case-plan-review", "en", "doc")
def cpr_supervision(r, c):
    return dict(text=J(r.choice(["## Supervision – case discussion record", "## Reflective supervision: case review", "## Management review of plan"]),
                       f"Case: {c.case_name} ({c.num})\nSupervisee: {c.fca}\nSupervisor: {c.mgr}\nDate: {c.d(r, style=0)}",
                       "Is the plan on track? " + r.choice(["Yes", "Partly – report due in 10 days", "No – need extension"]),
                       "Is the child's voice clear? " + r.choice(["Yes, wishes and feelings work done.", "Not yet, second session needed."]),
                       "Decision: " + r.choice(["Plan amended: add paternal grandmother as interviewee.", "Plan stands. Review at next supervision.",
                                                "Write to court seeking extension; plan updated accordingly."])),
                doc="Case plan review")


@T("case-plan-review", "en", "upload")
def cpr_s7(r, c):
    c.law(r, False)
    return dict(text=J(c.cafcass, r.choice(["## Review of the work plan (s7)", "## Mid-point review", "## Plan reviewed – WAFH"]),
                       f"Child(ren): {c.kids_txt()}  Case no.: {c.num}",
                       "Original task\tStatus\n" + "\n".join([f"Home visits\t{r.choice(['done', 'one outstanding'])}",
                                                             f"School info\t{r.choice(['received', 'chased'])}",
                                                             f"Child seen\t{r.choice(['yes x2', 'yes', 'arranged'])}"]),
                       "Outcome of review: " + r.choice(["Report on track for filing date.", "Additional police check needed for new partner.",
                                                        "Agreed to recommend a SPIP before final view."])), doc="Case plan review")


@T("case-plan-review", "cy", "tree")
def cpr_cy(r, c):
    return dict(text=J(r.choice(["## Adolygiad cynllun achos", "## Adolygu'r cynllun gwaith", "## Diweddariad i'r cynllun"]),
                       f"Achos {c.num} – adolygwyd ar {c.d(r, cy=True)} gan {c.fca}",
                       "Cynnydd: " + r.choice(["mae'r ddau riant wedi'u gweld; disgwyl gwybodaeth gan yr ysgol.", "derbyniwyd yr asesiad ISW."]),
                       "Newidiadau: " + r.choice(["ychwanegu cyfweliad â'r nain.", "dim newid."]),
                       f"Goruchwyliaeth reoli: {c.mgr} – cytunwyd."), doc="Adolygiad cynllun achos")


@T("case-plan-review", "cy", "doc")
def cpr_bi(r, c):
    return dict(text=J("## Adolygiad Cynllun Achos / Case Plan Review", f"{c.num} | {c.d(r, style=1)}",
                       "A yw'r cynllun ar y trywydd iawn? / Is the plan on track? " + r.choice(["Ydy / Yes", "Nac ydy / No"]),
                       "Penderfyniad / Decision: " + r.choice(["gofyn am estyniad / seek an extension", "parhau / continue as planned"]),
                       f"Rheolwr Ymarfer / Practice Manager: {c.mgr}"), doc="Adolygiad cynllun achos")


# =============================================================================================
# risk-and-safety
LA_TITLES = ["## Response to Cafcass enquiry", "## Children's services records check", "## LA checks return",
             "## Safeguarding information request – reply", "## Cafcass Safeguarding Check – Local Authority Response",
             "## Reply to request for information (private law)", "## Local authority safeguarding checks"]


@T("la-checks", "en", "att", frm="council")
def la_letter(r, c):
    c.law(r, False)
    known = r.random() < .6
    rc = r.choice(["child-protection", "looked-after-child", "other-childrens-social-care", "adult-posing-risk", None]) if known else None
    body = [f"Subjects checked: {', '.join(c.kidlist(r))}; {c.mother}; {c.father}" + (f"; {c.partner}" if r.random() < .4 else "")]
    if known:
        body.append(r.choice([f"The family is known to {c.csc}. A Child and Family Assessment was completed in {c.today.year - 1} following a referral from {c.school} about neglect.",
                              f"{c.k['first']} was previously open under a Child in Need plan which closed on {c.d(r, -400)}.",
                              f"There were two contacts from police (domestic incidents) in {c.today.year - 1}; both NFA after MASH screening."]))
        if rc:
            body.append(rcline(r, c, rc))
    else:
        body.append(r.choice(["No records were found for the above persons.", "Not known to this local authority.", "There is no trace on our systems of the family members named."]))
    return dict(text=J(council_lh(r, c), refblock(r, [("Your ref", c.num), (c.sysid, str(r.randrange(100000, 9999999))), ("Date", c.d(r, style=1))]),
                       r.choice(LA_TITLES), "\n".join(body),
                       r.choice(["This information is provided for the purposes of the Cafcass safeguarding enquiry only and must not be disclosed without consent.",
                                 "Information shared under s.37 Children Act 1989 / Working Together 2023.", ""]),
                       signoff(r, r.choice([c.sw, "Duty Manager"]), r.choice(["Senior Practitioner", "Business Support Officer", "MASH Social Worker"]), c.front)),
                rc=rc, doc="LA checks", subj=r.choice([f"Cafcass check {c.num}", f"RE: Safeguarding check – {c.k['last']}", ""]))


@T("la-checks", "en", "doc", frm="council")
def la_table(r, c):
    c.law(r, False)
    rows = []
    for nm in [c.mother, c.father] + [f"{k['first']} {k['last']}" for k in c.kids]:
        rows.append(f"{nm}\t{r.choice(['Known', 'Not known', 'Not known', 'Known – historic'])}\t{r.choice(['', 'CIN 2019', 'Early help 2021', 'S47 2020 – NFA', ''])}")
    rc = r.choice(["child-protection", None, None])
    return dict(text=J(council_lh(r, c), r.choice(LA_TITLES),
                       f"Cafcass case no {c.num}   Request received {c.d(r, -3, style=1)}",
                       "Name\tKnown?\tDetail", "\n".join(rows),
                       rcline(r, c, rc) if rc else "",
                       "Checked by: " + r.choice(["MASH business support", c.sw, "Duty & Assessment"]) + f"   Date: {c.d(r, style=1)}"),
                rc=rc, doc="Local authority checks")


@T("la-checks", "en", "email", frm="council")
def la_email(r, c):
    c.law(r, False)
    return dict(text=J("Hello,", r.choice([f"Re your request {c.num}: none of the named persons are known to {c.council} {c.csc}.",
                                            f"In response to your screening request for {c.kids_txt()} ({c.num}) – the family are currently open to the {r.choice(['Family Support team', 'Children in Need team', 'Assessment team'])}; allocated SW {c.sw}, tel {tel(r)}.",
                                            f"{c.father} is known to us as a parent in previous proceedings (another child, {c.today.year - 4}). No current involvement."]),
                       "Regards", f"{r.choice(['Business Support', 'Information Officer', c.sw])}\n{c.front} | {c.council}",
                       r.choice(["OFFICIAL-SENSITIVE. If you are not the intended recipient please delete.", "This message has been scanned for viruses."])),
                subj=r.choice([f"RE: Cafcass LA Check – {c.num}", f"Screening request – reply – {c.k['last']}", f"RE: [SECURE] Safeguarding check {c.num}"]),
                sender=r.choice([f"mash@{c.ldom}", f"cafcass.checks@{c.ldom}", email_of(c.sw, c.ldom)]))


@T("la-checks", "en", "att", frm="council")
def la_form(r, c):
    c.law(r, False)
    return dict(text=J(r.choice(["CAFCASS PRIVATE LAW SAFEGUARDING REQUEST", "Request for local authority information – Cafcass"]),
                       "PART A (completed by Cafcass)", f"Case no: {c.num}\nCourt: {c.court}\nFHDRA: {fd(r, c.hearing, style=1)}\nChildren: {'; '.join(c.kidlist(r))}\nAdults: {c.mother}; {c.father}",
                       "PART B (completed by the local authority)",
                       "Are any of the above known? " + r.choice(["YES", "NO"]),
                       "Current involvement: " + r.choice(["none", "Early Help (closed)", "CIN plan", "CP plan (emotional abuse)"]),
                       "Any concerns about the proposed arrangements? " + r.choice(["No", "Yes – see attached summary", "Not known"]),
                       f"Name: {c.sw}   {c.council}   Date returned: {c.d(r, style=1)}"), doc="LA checks return")


@T("la-checks", "cy", "att", frm="council")
def la_cy(r, c):
    c.law(r, False)
    known = r.random() < .5
    return dict(text=J(council_lh(r, c), f"Eich cyf: {c.num}\nDyddiad: {c.d(r, cy=True)}",
                       r.choice(["## Ymateb i ymholiad CAFCASS Cymru", "## Gwiriad cofnodion y gwasanaethau plant", "## Ateb i gais am wybodaeth ddiogelu"]),
                       f"Unigolion a wiriwyd: {', '.join(c.kidlist(r, cy=True))}; {c.mother}; {c.father}",
                       (f"Mae'r teulu'n hysbys i {c.cyngor}. Cwblhawyd asesiad yn {c.today.year - 1} yn dilyn atgyfeiriad gan yr ysgol."
                        if known else "Nid oes cofnod o'r unigolion uchod ar ein systemau."),
                       "Darperir yr wybodaeth hon at ddiben ymholiadau diogelu CAFCASS Cymru yn unig.",
                       signoff(r, c.sw, "Gweithiwr Cymdeithasol", c.cyngor, cy=True)), doc="Gwiriadau awdurdod lleol",
                subj=f"Gwiriad ALl / LA check {c.num}")


@T("la-checks", "cy", "email", frm="council")
def la_cy_bi(r, c):
    c.law(r, False)
    return dict(text=J("Prynhawn da / Good afternoon,",
                       f"Ynghylch eich cais {c.num}: nid yw'r unigolion a enwyd yn hysbys i {c.cyngor}. / Re your request {c.num}: the named persons are not known to {c.council}.",
                       f"Diolch / Thanks\n{c.front}\n{c.cyngor}", "Mae croeso i chi gysylltu â ni yn Gymraeg. You are welcome to contact us in Welsh."),
                subj=f"Ymateb gwiriad / Check response {c.num}", sender=f"gwasanaethauplant@{c.ldom}")


@T("screening-response", "en", "email", frm="da")
def sr_marac(r, c):
    c.law(r, False)
    return dict(text=J("Dear Cafcass Intake,", f"MARAC check – {c.mother} / {c.father}",
                       r.choice([f"{c.mother} was heard at MARAC on {c.d(r, -200)} as a high-risk victim. Actions completed; IDVA support ended.",
                                 "There is no record of either party having been discussed at MARAC in this area.",
                                 f"{c.father} was heard as perpetrator at MARAC in {c.today.year - 2}. Repeat referral."]),
                       f"Regards\nMARAC Coordinator\n{r.choice(['Community Safety Partnership', c.council, 'Domestic Abuse Hub'])}"),
                subj=r.choice([f"MARAC screening reply {c.num}", "RE: Cafcass request – MARAC", "Response: MARAC check"]),
                sender=r.choice([f"marac@{c.ldom}", f"marac.coordinator@{c.ldom}"]))


@T("screening-response", "en", "att", frm="probation")
def sr_probation(r, c):
    c.law(r, False)
    return dict(text=J("HM Prison & Probation Service", r.choice(["The Probation Service", "Probation Service – Wales / Gwasanaeth Prawf Cymru"]) if c.wales else "The Probation Service",
                       r.choice(["## Response to Cafcass safeguarding request", "## Probation check – reply", "## Information for family court adviser"]),
                       f"Name: {c.father}   DOB: {r.randrange(1, 28):02d}/{r.randrange(1, 13):02d}/{r.randrange(1975, 1998)}\nCafcass ref: {c.num}",
                       r.choice(["Not known to the Probation Service.",
                                 f"Currently subject to a Community Order (12 months) with Building Better Relationships requirement. Responsible officer: {c.sw}.",
                                 "Previously supervised on licence; supervision ended. Assessed as medium risk of serious harm to known adult."]),
                       f"Completed by {r.choice(['Probation Officer', 'PSO', 'Case Administrator'])}, {c.d(r, style=1)}"), doc="Probation response",
                sender=email_of(c.sw, "justice.gov.uk"), subj=f"Cafcass check – {c.num}")


@T("screening-response", "en", "att", frm="nhs")
def sr_health(r, c):
    c.law(r, False)
    return dict(text=J(c.health, r.choice(["## Health visiting – reply to Cafcass", "## Response from the 0-19 service", "## Reply: safeguarding enquiry (health)"]),
                       f"Child: {c.kidlist(r)[0]}\nRequest ref: {c.num}",
                       r.choice(["Child is registered and up to date with immunisations. No safeguarding concerns recorded by the health visiting team.",
                                 "Missed two developmental reviews. Mother disclosed DA at antenatal booking in 2021; referral to IDVA made.",
                                 "No record on SystmOne for this child in our area."]),
                       f"{c.sw.split()[0]} {r.choice(['Specialist Safeguarding Nurse', 'Health Visitor', 'Named Nurse'])}"), doc="Health screening response",
                sender=email_of(c.sw, "nhs.net"), subj="Cafcass screening")


@T("screening-response", "en", "email", frm="da")
def sr_idva(r, c):
    c.law(r, False)
    org = r.choice(DAS)
    return dict(text=J(f"Hi {c.fca.split()[0]}", r.choice([
        f"Thanks for your request. I can confirm {c.mother} has been supported by {org[0]} since {c.d(r, -120)}. With her consent I can share that she describes coercive control and the risk was assessed as medium on the DASH.",
        f"We have no record of {c.mother} having used our service.",
        f"{c.mother} attended our Freedom Programme and completed it in {c.today.year - 1}."]),
        "Happy to talk further.", f"Best\n{r.choice(['IDVA', 'Outreach Worker', 'Service Manager'])}\n{org[0]}"),
        subj=f"RE: request for information – {c.mother.split()[-1]}", sender=f"referrals@{org[1]}")


@T("screening-response", "cy", "att", frm="probation")
def sr_cy_prob(r, c):
    c.law(r, False)
    return dict(text=J("Gwasanaeth Prawf Cymru", r.choice(["## Ymateb i gais diogelu CAFCASS Cymru", "## Gwiriad prawf – ateb"]),
                       f"Enw: {c.father}\nCyf CAFCASS Cymru: {c.num}",
                       r.choice(["Nid yw'n hysbys i'r Gwasanaeth Prawf.", "Ar hyn o bryd mae'n destun Gorchymyn Cymunedol (12 mis) gyda gofyniad rhaglen ymddygiad."]),
                       f"Cwblhawyd gan Swyddog Prawf, {c.d(r, cy=True, style=2)}"), doc="Ymateb sgrinio",
                sender=email_of(c.sw, "justice.gov.uk"), subj=f"Gwiriad {c.num}")


@T("screening-response", "cy", "email", frm="da")
def sr_cy_marac(r, c):
    c.law(r, False)
    return dict(text=J("Annwyl Dîm Derbyn,", f"Gwiriad MARAC – {c.mother} / {c.father}",
                       r.choice([f"Trafodwyd {c.mother} yn y MARAC ar {c.d(r, -150, cy=True, style=0)} fel dioddefwr risg uchel.",
                                 "Nid oes cofnod bod y naill barti na'r llall wedi'u trafod yn y MARAC yn yr ardal hon."]),
                       f"Cofion\nCydlynydd MARAC\n{c.cyngor}"), subj=f"Ateb MARAC {c.num}", sender=f"marac@{c.ldom}")


@T("safety-assessment", "en", "doc")
def sa_dapp(r, c):
    c.law(r, False)
    return dict(text=J(r.choice(["## Domestic abuse practice pathway – risk assessment", "## Assessment of risk (DA)", "## Risk and safety planning record"]),
                       f"{c.num} | Parties: {c.appl} / {c.resp} | FCA {c.fca}",
                       "Allegations: " + r.choice(["coercive control; threats via text; one push in 2022.", "physical assault 2021 (police attended); ongoing harassment.",
                                                   "verbal abuse in front of children."]),
                       "Risk factors present: " + ", ".join(r.sample(["separation", "escalation", "alcohol", "jealousy", "threats to kill", "child contact as means of control"], 3)),
                       "Protective factors: " + r.choice(["mother has support network; injunction in place.", "father engaged in DAPP.", "handover via school only."]),
                       "Risk level: " + r.choice(["HIGH", "MEDIUM", "STANDARD"]) + "\nSafety plan: " + r.choice(["no direct handovers", "contact centre only", "refer to MARAC"]),
                       f"Reviewed with manager {c.mgr} on {c.d(r, style=1)}"), doc="Safety assessment")


@T("safety-assessment", "en", "scan")
def sa_dash(r, c):
    c.law(r, False)
    qs = ["Has the current incident resulted in injury?", "Are you very frightened?", "Is the abuse getting worse?",
          "Has (...) ever used weapons?", "Does (...) try to control everything you do?", "Has (...) ever threatened to kill you?"]
    return dict(text=J(r.choice(["SafeLives DASH risk identification checklist", "Risk identification checklist (RIC)"]),
                       f"Completed with: {c.mother}   By: {c.fca}   Date {c.d(r, style=1)}",
                       "\n".join(f"{i + 1}. {q}  {r.choice(['YES', 'NO', 'Yes', 'No', 'DON’T KNOW'])}" for i, q in enumerate(r.sample(qs, 5))),
                       f"Total YES: {r.randrange(3, 15)}", "Professional judgement: " + r.choice(["refer MARAC", "no referral", "discuss with manager"])),
                doc="DASH checklist")


@T("safety-assessment", "en", "doc")
def sa_16a(r, c):
    c.law(r, False)
    return dict(text=J(cafcass_lh(r, c), r.choice(["## Section 16A Children Act 1989 – risk assessment", "## s16A assessment", "## Assessment of harm (s.16A)"]),
                       f"Case: {c.case_name}  ({c.num})\nChild: {c.kidlist(r)[0]}",
                       f"Reason for assessment: during the enquiry {c.k['first']} said {r.choice(['daddy hit mummy', 'mum’s boyfriend locks me in my room', 'I don’t want to go because of the shouting'])}.",
                       "Analysis: " + r.choice(["There is reason to suspect the child is at risk of harm; s47 referral made.", "Risk is assessed as low; no further referral."]),
                       f"Referral to {c.council}: {r.choice(['made ' + c.d(r, style=1), 'not required'])}",
                       f"{c.fca}, FCA"), doc="Section 16A risk assessment")


@T("safety-assessment", "cy", "doc")
def sa_cy(r, c):
    c.law(r, False)
    return dict(text=J(r.choice(["## Asesiad risg adran 16A", "## Asesu risg – cam-drin domestig", "## Cynllun diogelwch"]),
                       f"Achos: {c.num}\nPlentyn: {c.kidlist(r, cy=True)[0]}\nYmarferydd: {c.fca}",
                       "Honiadau: " + r.choice(["rheolaeth drwy orfodaeth; negeseuon bygythiol.", "ymosodiad corfforol yn 2022 – yr heddlu'n bresennol."]),
                       "Lefel y risg: " + r.choice(["UCHEL", "CANOLIG", "SAFONOL"]),
                       "Cynllun diogelwch: " + r.choice(["dim trosglwyddo wyneb yn wyneb.", "cyswllt mewn canolfan gyswllt yn unig.", "atgyfeirio i'r MARAC."]),
                       f"Trafodwyd gyda'r Rheolwr Ymarfer {c.mgr}"), doc="Asesiad diogelwch")


@T("safety-assessment", "cy", "scan")
def sa_cy_bi(r, c):
    c.law(r, False)
    return dict(text=J("Rhestr wirio adnabod risg / Risk identification checklist",
                       f"Gyda / With: {c.mother}   Dyddiad / Date: {c.d(r, style=1)}",
                       "\n".join(f"{i}. {q}  {r.choice(['IE / YES', 'NA / NO'])}" for i, q in enumerate(["Ydych chi'n ofnus iawn? / Are you very frightened?",
                                                                                                     "Ydy'r cam-drin yn gwaethygu? / Is the abuse getting worse?",
                                                                                                     "A yw wedi bygwth eich lladd? / Has he threatened to kill you?"], 1)),
                       "Barn broffesiynol / Professional judgement: " + r.choice(["atgyfeirio MARAC / refer MARAC", "dim atgyfeiriad / no referral"])),
                doc="Asesiad diogelwch")


# =============================================================================================
# reporting-to-court
@T("safeguarding-letter", "en", "att", frm="cafcass")
def sg_standard(r, c):
    c.law(r, False)
    return dict(text=J(cafcass_lh(r, c), f"To: {c.court}\nCase number: {c.num}\nHearing: FHDRA {fd(r, c.hearing)}",
                       r.choice(["## Safeguarding letter", "## Letter to the court prior to the FHDRA", "## Report on safeguarding enquiries"]),
                       f"1. This letter sets out the safeguarding enquiries made by Cafcass about {', '.join(c.kidlist(r))}.",
                       f"2. Police checks: {r.choice(['no trace for either party', 'father has a caution for assault (2019); DA call-outs 2021–22', 'information received and summarised below'])}.",
                       f"3. Local authority checks: {r.choice(['not known', 'historic CIN involvement, closed', 'the children are subject to CP plans'])}.",
                       f"4. Telephone interviews: {c.appl} says ... {c.resp} says ...".replace("...", r.choice(["that contact stopped in March", "she fears the father", "he wants shared care"]), 1).replace("...", r.choice(["handovers are unsafe", "the child is reluctant", "she agrees to a contact centre"])),
                       "5. Recommendation: " + r.choice(["a fact-finding hearing is needed before any welfare decision.", "a s7 report is not necessary if the parents can agree.",
                                                         "a s7 report should be directed, addressing the child's wishes and feelings."]),
                       f"{c.fca}\nFamily Court Adviser"), doc="Safeguarding letter",
                subj=f"{c.num} – Cafcass filing for FHDRA")


@T("safeguarding-letter", "en", "doc", frm="cafcass")
def sg_ser_wales(r, c):
    c.law(r, False)
    return dict(text=J("CAFCASS Cymru", r.choice(["## Safeguarding Enquiries Report (SER)", "## Report of safeguarding enquiries for first hearing", "## SER"]),
                       f"In the {c.court}   Case: {c.num}\nApplicant: {c.appl}\nRespondent: {c.resp}",
                       "Enquiries undertaken: police (PNC/PND), local authority, telephone interviews with both parties.",
                       "Summary of issues: " + r.choice(["allegations of harm in C1A; not accepted by father.", "substance misuse by mother (cannabis).", "no safeguarding issues identified."]),
                       "Advice to the court: " + r.choice(["the matter may be suitable for agreement at FHDRA.", "list for fact-finding.", "direct a s7 report."]),
                       f"{c.fca}   {c.d(r, style=0)}"), doc="Safeguarding enquiries report")


@T("safeguarding-letter", "en", "doc", frm="cafcass")
def sg_page2(r, c):
    c.law(r, False)
    return dict(text=J(f"{c.case_name}   {c.num}", "Page 2 of 3",
                       "Views of the parties", f"{c.appl} told me that {r.choice(['the children have not been seen since August', 'he wants alternate weekends', 'she wants the children to live with her'])}. {c.resp} said {r.choice(['the father is violent when drunk', 'she is happy for contact in the community', 'the children are frightened'])}.",
                       "Risk assessment and analysis",
                       "Based on the information from the checks and the interviews, I consider " + r.choice(["that there are unresolved allegations of domestic abuse which are relevant to the arrangements.", "that there are no safeguarding concerns which prevent the parties reaching agreement."]),
                       "Recommendations", "1. " + r.choice(["Interim indirect contact pending fact-finding.", "The parents attend a Planning Together for Children course.", "Section 7 report to be filed in 12 weeks."])),
                doc="Safeguarding letter")


@T("safeguarding-letter", "cy", "att", frm="cafcass")
def sg_cy(r, c):
    c.law(r, False)
    return dict(text=J("CAFCASS Cymru", f"At: {c.court_cy}\nRhif yr achos: {c.num}\nGwrandawiad: {fd(r, c.hearing, True, 0)}",
                       r.choice(["## Adroddiad Ymholiadau Diogelu", "## Llythyr diogelu", "## Ymholiadau diogelu cyn y gwrandawiad cyntaf"]),
                       f"1. Mae'r llythyr hwn yn nodi'r ymholiadau diogelu a wnaed ynghylch {c.kids_txt(True)}.",
                       "2. Gwiriadau'r heddlu: " + r.choice(["dim cofnod am y naill barti na'r llall.", "mae gan y tad rybuddiad am ymosod (2019)."]),
                       "3. Gwiriadau'r awdurdod lleol: " + r.choice(["nid yw'r teulu'n hysbys.", "cyfraniad hanesyddol, wedi cau."]),
                       "4. Argymhelliad: " + r.choice(["dylid gorchymyn adroddiad adran 7.", "gall y partïon ddod i gytundeb yn y gwrandawiad cyntaf.", "mae angen gwrandawiad canfod ffeithiau."]),
                       f"{c.fca}\nCynghorydd Llys Teulu"), doc="Llythyr diogelu", subj=f"{c.num} – ffeilio / filing")


@T("safeguarding-letter", "cy", "doc", frm="cafcass")
def sg_bi(r, c):
    c.law(r, False)
    return dict(text=J("## Adroddiad Ymholiadau Diogelu / Safeguarding Enquiries Report", f"{c.court_cy} / In the {c.court}\n{c.num}",
                       "Gwiriadau'r heddlu / Police checks: " + r.choice(["dim cofnod / no trace", "gwybodaeth wedi'i derbyn / information received"]),
                       "Gwiriadau'r awdurdod lleol / LA checks: " + r.choice(["ddim yn hysbys / not known", "hysbys / known"]),
                       "Argymhelliad / Recommendation: " + r.choice(["adroddiad adran 7 / s7 report", "dim gwaith pellach / no further work"]),
                       f"{c.fca}"), doc="Llythyr diogelu")


@T("section-7-report", "en", "att", frm="cafcass")
def s7_cover(r, c):
    c.law(r, False)
    return dict(text=J(r.choice(["Cafcass", "CAFCASS"]), court_head(r, c), f"Case No: {c.num}",
                       r.choice(["## Section 7 Report", "## Report to the court under s.7 Children Act 1989", "## Welfare report",
                                 "## Child arrangements – report of the Family Court Adviser"]),
                       f"Children: {'; '.join(c.kidlist(r))}", f"Applicant: {c.appl}\nRespondent: {c.resp}",
                       f"Author: {c.fca}, Family Court Adviser\nDate of report: {c.d(r, style=0)}\nHearing: {fd(r, c.hearing)}",
                       "Contents\n1. Summary of recommendations\n2. Enquiries undertaken\n3. The child's wishes and feelings\n4. Welfare checklist analysis\n5. Recommendations",
                       "This report is confidential to the court and parties."), doc="Section 7 report", subj=f"{c.num} – Cafcass report")


@T("section-7-report", "en", "doc", frm="cafcass")
def s7_welfare(r, c):
    c.law(r, False)
    k = c.k
    return dict(text=J(f"{c.num}  {c.case_name}", f"Page {r.randrange(5, 9)} of {r.randrange(10, 16)}",
                       r.choice(["Welfare checklist", "Analysis", "The welfare checklist – s1(3) Children Act 1989"]),
                       f"The ascertainable wishes and feelings of the child\n{k['first']} is {k['age']} and was seen at {c.school}. {c.p['He']} said {r.choice(['she wants to see daddy at weekends', 'he likes both houses the same', 'she does not want to stay overnight yet', 'he misses daddy'])}.".replace(" she ", f" {c.p['he']} ").replace(" he ", f" {c.p['he']} ") ,
                       f"Physical, emotional and educational needs\n{c.k['first']}'s needs are those of a child of {c.p['his']} age. School report good attendance.",
                       "Any harm suffered or at risk of suffering\n" + r.choice(["The allegations were not tested at a fact-finding hearing.", "Findings were made on 3 allegations; the father has accepted them."]),
                       "Capability of each parent\n" + r.choice(["Both parents can meet the children's day-to-day needs.", "The mother's mental health has improved with support."])),
                doc="Section 7 report")


@T("section-7-report", "en", "doc", frm="cafcass")
def s7_last(r, c):
    c.law(r, False)
    return dict(text=J(f"Page {r.randrange(11, 16)} of {r.randrange(16, 20)}", "Recommendations",
                       f"{r.randrange(40, 80)}. I respectfully recommend that the court makes a Child Arrangements Order that " + r.choice([
                           f"{c.kids_txt()} live with their mother and spend time with their father on alternate weekends.",
                           f"{c.k['first']} lives with both parents on a week on / week off basis.",
                           "the children spend time with their father at a supervised contact centre for 3 months, followed by a review."]),
                       f"{r.randrange(81, 90)}. I do not consider a Family Assistance Order necessary.",
                       f"{r.randrange(91, 95)}. If the court requires me to attend the final hearing, please give 14 days' notice.",
                       f"{c.fca}\nFamily Court Adviser\n{c.d(r, style=0)}", "Statement of truth / I confirm this report is true to the best of my knowledge."),
                doc="Section 7 report – final page")


@T("section-7-report", "cy", "att", frm="cafcass")
def s7_cy(r, c):
    c.law(r, False)
    return dict(text=J("CAFCASS Cymru", court_head(r, c, True), f"Rhif yr achos: {c.num}",
                       r.choice(["## Adroddiad Adran 7", "## Adroddiad i'r llys o dan adran 7 Deddf Plant 1989", "## Adroddiad lles"]),
                       f"Plant: {'; '.join(c.kidlist(r, cy=True))}\nCeisydd: {c.appl}\nAtebydd: {c.resp}",
                       f"Awdur: {c.fca}, Cynghorydd Llys Teulu\nDyddiad: {c.d(r, cy=True)}",
                       "Cynnwys\n1. Crynodeb o'r argymhellion\n2. Ymholiadau\n3. Dymuniadau a theimladau'r plentyn\n4. Dadansoddiad o'r rhestr les\n5. Argymhellion",
                       "Mae'r adroddiad hwn yn gyfrinachol i'r llys a'r partïon."), doc="Adroddiad adran 7", subj=f"Adroddiad {c.num}")


@T("section-7-report", "cy", "doc", frm="cafcass")
def s7_cy_page(r, c):
    c.law(r, False)
    k = c.k
    return dict(text=J(f"{c.num}", f"Tudalen {r.randrange(4, 8)} o {r.randrange(9, 14)}", "Dymuniadau a theimladau'r plentyn",
                       f"Mae {k['first']} yn {k['age']} oed. Gwelais {c.cy['ef']} yn {c.cy['ei_ysgol']}. Dywedodd {c.cy['e']} ei {'fod' if c.g == 'm' else 'bod'} eisiau gweld {c.cy['ei_dad']} ar benwythnosau.",
                       "Argymhellion", f"Argymhellaf yn barchus fod y llys yn gwneud Gorchymyn Trefniadau Plant bod y plant yn byw gyda'u mam ac yn treulio amser gyda'u tad bob yn ail benwythnos.",
                       f"{c.fca}\nCynghorydd Llys Teulu"), doc="Adroddiad adran 7")


@T("guardian-analysis", "en", "att", frm="cafcass")
def ga_initial(r, c):
    c.law(r, True)
    return dict(text=J(c.cafcass, court_head(r, c), f"Case number {c.num}   {c.case_name}",
                       r.choice(["## Initial analysis and recommendations", "## Children's Guardian – initial analysis", "## Guardian's position at the CMH",
                                 "## Report of the Children's Guardian"]),
                       f"Children: {'; '.join(c.kidlist(r))}\nGuardian: {c.fca}\nChildren's solicitor: {c.c_sol}, {c.c_firm[0]}",
                       "Interim threshold: " + r.choice(["I agree the interim threshold is crossed.", "I consider the threshold is met in respect of neglect."]),
                       "Interim plan: " + r.choice([f"I support the application for an interim care order; the children should remain in foster care.",
                                                    f"I support the children remaining with the maternal grandmother under an ICO.",
                                                    "I do not support removal at this stage; a supervision order and safety plan are proportionate."]),
                       "Assessments: " + r.choice(["I support a parenting assessment by an ISW.", "I support a cognitive assessment of the mother.", "hair strand testing for both parents."]),
                       "Timetable: final hearing within 26 weeks."), doc="Guardian's initial analysis",
                subj=f"{c.num} – Guardian's analysis")


@T("guardian-analysis", "en", "doc", frm="cafcass")
def ga_final(r, c):
    c.law(r, True)
    return dict(text=J(f"{c.case_name} – {c.num}", f"Page {r.randrange(8, 14)} of {r.randrange(15, 25)}",
                       r.choice(["Analysis of the realistic options", "Welfare analysis", "Balance sheet of options"]),
                       "Option 1: return home to mother\nPositives: strong bond; mother engaging with DAPP...\nNegatives: relapse risk; no support network",
                       f"Option 2: special guardianship with {c.gran}\nPositives: family placement; identity\nNegatives: age; health",
                       "Option 3: placement order\nPositives: permanence\nNegatives: loss of birth family",
                       "Conclusion: " + r.choice(["I support the local authority's final care plan.", "I do not support the plan for adoption; SGO to the grandmother is in the children's best interests.",
                                                  "I recommend a supervision order for 12 months."]),
                       f"{c.fca}, Children's Guardian"), doc="Final analysis")


@T("guardian-analysis", "en", "doc", frm="cafcass")
def ga_irh(r, c):
    c.law(r, True)
    lac = rcline(r, c, "looked-after-child") if r.random() < .5 else ""
    return dict(text=J(court_head(r, c), f"{c.num}", r.choice(["## Position of the Children's Guardian for the IRH", "## Guardian's analysis – update", "## Children's Guardian – final analysis"]),
                       f"1. I have read the LA's final evidence and the care plan dated {c.d(r, -14)}.",
                       f"2. I visited {c.k['first']} in placement on {c.d(r, -6)}. {c.p['He']} told me {r.choice(['she is happy there', 'she wants to go home', 'she likes her foster carers'])}.".replace(" she ", f" {c.p['he']} ").replace(" her ", f" {c.p['his']} "),
                       "3. Analysis: " + r.choice(["The parents have not made the changes needed within the child's timescale.", "The mother's progress is genuine and sustained."]),
                       "4. Recommendation: " + r.choice(["care order and placement order", "care order; long-term fostering", "SGO with supervision order"]),
                       lac, f"{c.fca}"), doc="Guardian's analysis", rc="looked-after-child" if lac else None)


@T("guardian-analysis", "cy", "att", frm="cafcass")
def ga_cy(r, c):
    c.law(r, True)
    return dict(text=J("CAFCASS Cymru", court_head(r, c, True), f"Rhif yr achos {c.num}",
                       r.choice(["## Dadansoddiad ac argymhellion cychwynnol", "## Dadansoddiad y Gwarcheidwad Plant", "## Safbwynt y gwarcheidwad"]),
                       f"Plant: {'; '.join(c.kidlist(r, cy=True))}\nGwarcheidwad: {c.fca}\nCyfreithiwr y plant: {c.c_sol}",
                       "Trothwy interim: rwy'n cytuno bod y trothwy interim wedi'i fodloni.",
                       "Cynllun interim: " + r.choice(["rwy'n cefnogi gorchymyn gofal interim; dylai'r plant aros gyda gofalwyr maeth.",
                                                       "rwy'n cefnogi'r plant yn aros gyda'u nain."]),
                       "Asesiadau: rwy'n cefnogi asesiad rhianta gan weithiwr cymdeithasol annibynnol."), doc="Dadansoddiad y gwarcheidwad plant",
                subj=f"{c.num} – dadansoddiad")


@T("guardian-analysis", "cy", "doc", frm="cafcass")
def ga_bi(r, c):
    c.law(r, True)
    return dict(text=J("## Dadansoddiad terfynol / Final analysis", f"{c.court_cy} / {c.court} – {c.num}",
                       "Opsiwn 1: dychwelyd adref / return home\nOpsiwn 2: gwarcheidiaeth arbennig / special guardianship\nOpsiwn 3: gorchymyn lleoli / placement order",
                       "Casgliad / Conclusion: " + r.choice(["cefnogi'r cynllun gofal / support the care plan", "gorchymyn gwarcheidiaeth arbennig / SGO"]),
                       f"{c.fca}, Gwarcheidwad Plant / Children's Guardian"), doc="Dadansoddiad y gwarcheidwad plant")


@T("letter-to-court", "en", "att", frm="cafcass")
def ltc_ext(r, c):
    return dict(text=J(cafcass_lh(r, c), c.d(r, style=0), f"{r.choice(['District Judge', 'The Legal Adviser', 'Family Team'])}\n{c.court}",
                       f"Case: {c.case_name}   No: {c.num}", "Dear Sir/Madam" if r.random() < .5 else "Dear Judge",
                       r.choice([f"I write to ask for an extension of time to file my report, which is due on {fd(r, c.hearing)}. The school information has not been received and I have not yet been able to see {c.k['first']} a second time.",
                                 f"I write to update the court. Since the last hearing {c.resp} has moved to a refuge and I have been unable to complete my enquiries.",
                                 "I write in place of a report, as directed, to confirm that the parents have reached agreement and that I have no safeguarding concerns about the proposed arrangements."]),
                       signoff(r, c.fca, "Family Court Adviser", c.cafcass)), doc="Letter to court", subj=f"{c.num} – letter to the court")


@T("letter-to-court", "en", "doc", frm="cafcass")
def ltc_fao(r, c):
    c.law(r, False)
    return dict(text=J(cafcass_lh(r, c), r.choice(["## Family Assistance Order – closing letter", "## Letter to the court at the end of the FAO", "## Update to the court (FAO)"]),
                       f"To: {c.judge}, {c.court}\nRe: {c.num}", c.d(r, style=4),
                       f"The Family Assistance Order made on {c.d(r, -180)} ends on {c.d(r, 2)}. During the order I have met the family {r.randrange(4, 9)} times.",
                       "Contact has progressed from supervised to unsupervised day time, and the parents now communicate through a co-parenting app.",
                       "I place this letter on the court file for information. No further action is required by the court.",
                       signoff(r, c.fca, "Family Court Adviser")), doc="Letter to court – FAO")


@T("letter-to-court", "en", "email", frm="cafcass")
def ltc_email(r, c):
    return dict(text=J("Dear Court Office,", f"Please place before {c.judge} urgently.",
                       f"{c.num} {c.case_name}: " + r.choice([
                           "Cafcass is unable to file the s7 report by the date directed because the FCA has been absent. We ask for a further 4 weeks.",
                           f"I have been informed that {c.k['first']} has been removed from school by the father and his whereabouts are unknown. I ask the court to list the matter urgently.",
                           "The parties have now agreed a final arrangement; Cafcass supports the draft consent order and asks to be released from the hearing."]),
                       f"{c.fca}\nFamily Court Adviser, {c.area}"),
                subj=r.choice([f"URGENT – {c.num} – for the judge", f"{c.num} – request for extension", f"{c.num} Cafcass letter"]),
                sender=email_of(c.fca, c.cdom))


@T("letter-to-court", "cy", "att", frm="cafcass")
def ltc_cy(r, c):
    return dict(text=J("CAFCASS Cymru", c.d(r, cy=True), f"{c.court_cy}", f"Achos: {c.num}", "Annwyl Farnwr,",
                       r.choice([f"Ysgrifennaf i ofyn am estyniad amser i ffeilio fy adroddiad, sy'n ddyledus ar {fd(r, c.hearing, True, 0)}. Nid yw gwybodaeth yr ysgol wedi dod i law.",
                                 "Ysgrifennaf yn lle adroddiad, fel y cyfarwyddwyd, i gadarnhau bod y rhieni wedi dod i gytundeb ac nad oes gennyf bryderon diogelu."]),
                       signoff(r, c.fca, "Cynghorydd Llys Teulu", "CAFCASS Cymru", cy=True)), doc="Llythyr at y llys", subj=f"{c.num} – llythyr at y llys")


@T("letter-to-court", "cy", "email", frm="cafcass")
def ltc_cy_email(r, c):
    return dict(text=J("Annwyl Swyddfa'r Llys / Dear Court Office,", f"Rhowch hwn gerbron y barnwr os gwelwch yn dda. / Please place before the judge.",
                       f"{c.num}: Mae'r partïon wedi cytuno ar drefniant terfynol ac mae CAFCASS Cymru yn cefnogi'r gorchymyn drafft. / The parties have agreed; CAFCASS Cymru supports the draft order.",
                       f"{c.fca}"), subj=f"{c.num} – llythyr / letter", sender=email_of(c.fca, "gov.wales"))


@T("addendum-report", "en", "att", frm="cafcass")
def ad_s7(r, c):
    c.law(r, False)
    return dict(text=J(c.cafcass, court_head(r, c), f"Case No. {c.num}",
                       r.choice(["## Addendum report", "## Addendum to section 7 report", "## Update report following the hearing on " + c.d(r, -40),
                                 "## Supplementary report of the Family Court Adviser"]),
                       f"1. This report updates my report dated {c.d(r, -70)}. The court directed me to address {r.choice(['the outcome of the contact centre sessions', 'the findings made at the fact-finding hearing', 'the child’s current wishes'])}.",
                       "2. Since my last report: " + r.choice(["six supervised sessions took place; all positive.", "the father has completed the DAPP.", "the mother has moved to a new area."]),
                       "3. Updated recommendation: " + r.choice(["move to unsupervised contact.", "no change to my original recommendation.", "indirect contact only."]),
                       f"{c.fca}   {c.d(r, style=0)}"), doc="Addendum report", subj=f"{c.num} addendum")


@T("addendum-report", "en", "doc", frm="cafcass")
def ad_guardian(r, c):
    c.law(r, True)
    return dict(text=J(court_head(r, c), f"{c.num}", r.choice(["## Children's Guardian – addendum", "## Further report of the Children's Guardian", "## Updating analysis"]),
                       f"Following receipt of {r.choice(['the psychological assessment', 'the ISW viability assessment', 'the hair strand results'])}, I set out my updated view.",
                       "My view has " + r.choice(["not changed.", "changed: I no longer support rehabilitation.", "changed: I now support a further assessment."]),
                       f"{c.fca}, Children's Guardian"), doc="Addendum report")


@T("addendum-report", "en", "doc", frm="cafcass")
def ad_safeguard(r, c):
    c.law(r, False)
    return dict(text=J(cafcass_lh(r, c), r.choice(["## Addendum safeguarding letter", "## Update on safeguarding checks", "## Further safeguarding information for the court"]),
                       f"{c.court} – {c.num}",
                       f"Further to my letter of {c.d(r, -20)}, I have now received checks on {c.partner}, the mother's new partner.",
                       "Result: " + r.choice(["no trace on police or LA systems.", "conviction for ABH (2018) – see police information.", "known to children's services as a parent in a CP plan (2017)."]),
                       "This does/does not change my advice. ".replace("does/does not", r.choice(["does", "does not"])) + "Signed " + c.fca), doc="Addendum safeguarding letter")


@T("addendum-report", "cy", "att", frm="cafcass")
def ad_cy(r, c):
    c.law(r, False)
    return dict(text=J("CAFCASS Cymru", court_head(r, c, True), f"Rhif {c.num}",
                       r.choice(["## Adroddiad atodol", "## Adroddiad diweddaru", "## Atodiad i'r adroddiad adran 7"]),
                       f"1. Mae'r adroddiad hwn yn diweddaru fy adroddiad dyddiedig {c.d(r, -60, cy=True, style=0)}.",
                       "2. Ers fy adroddiad diwethaf: " + r.choice(["cynhaliwyd chwe sesiwn gyswllt dan oruchwyliaeth; roedden nhw i gyd yn gadarnhaol.", "mae'r tad wedi cwblhau'r rhaglen."]),
                       "3. Argymhelliad diwygiedig: " + r.choice(["symud i gyswllt heb oruchwyliaeth.", "dim newid i'm hargymhelliad gwreiddiol."]),
                       f"{c.fca}"), doc="Adroddiad atodol", subj=f"{c.num} – adroddiad atodol")


@T("addendum-report", "cy", "doc", frm="cafcass")
def ad_bi(r, c):
    return dict(text=J("## Adroddiad Atodol / Addendum Report", f"{c.court_cy} – {c.num}",
                       f"Yn dilyn y gwrandawiad ar {c.d(r, -30, cy=True, style=0)} / Following the hearing on {c.d(r, -30, style=0)}",
                       "Barn wedi'i diweddaru / Updated view: " + r.choice(["dim newid / no change", "cyswllt uniongyrchol / direct contact"]),
                       f"{c.fca}"), doc="Adroddiad atodol")


# =============================================================================================
# direct-work
@T("letter-from-child", "en", "scan")
def lfc_judge(r, c):
    k = c.k
    return dict(text=J(r.choice(["Dear Judge", "To the judge", "dear Mr judge", "Dear the judge who is deciding"]),
                       r.choice([f"my name is {k['first']} and I am {k['age']}. I want to live with my mum but see my dad every weekend not just saturday.",
                                 f"I am writing because I dont want to go to dads anymore when HE shouts. I like it at nanas house.",
                                 f"please can I see my dad more. I miss him and my dog Biscuit. I am sad when I have to go home on sunday.",
                                 f"I am {k['age']} and old enough to decide. I want to stay at mums in the week and dads at weekends and half the holidays."]),
                       r.choice(["Thank you for reading this", "from", "love from", "thanks"]) + f"\n{k['first']} " + r.choice(["x", "xx", "", "☺"])),
                doc=f"Letter from {k['first']}")


@T("letter-from-child", "en", "att", frm="party")
def lfc_teen(r, c):
    k = c.k
    return dict(text=J(f"To {c.fca}", f"This is {k['first']}. Mum said I could send this from her email because I don't have one.",
                       r.choice(["I've thought about what you asked me. I don't want to be made to stay over at dad's. I will go for tea on Wednesdays.",
                                 "I want to live with dad. I'm not being told to say that. At mum's it's just arguing all the time.",
                                 "Please tell the court I want things to stay how they are now. I'm fed up of talking about it."]),
                       f"From {k['first']} (age {max(k['age'], 11)})"), doc=f"Letter from {k['first']}", sender_name=c.resp)


@T("letter-from-child", "en", "scan")
def lfc_fca(r, c):
    k = c.k
    return dict(text=J(f"Dear {c.fca.split()[0]},", r.choice(["thank you for coming to my school. here are the things I want:",
                                                               "you said I could write to you. These are my wishes"]),
                       "1. " + r.choice(["see dad on saturdays", "keep my phone", "not go to the contact center"]) + "\n2. " + r.choice(["have a sleepover at nans", "mum and dad to stop arguing", "stay at my school"]) + "\n3. " + r.choice(["get a puppy", "go to dads for my birthday", "my brother comes too"]),
                       f"from {k['first']} {k['last'][0]}."), doc="Letter to FCA from child")


@T("letter-from-child", "cy", "scan")
def lfc_cy(r, c):
    k = c.k
    return dict(text=J(r.choice(["Annwyl Farnwr", "I'r barnwr", f"Annwyl {c.fca.split()[0]}"]),
                       r.choice([f"Fy enw i yw {k['first']} a dw i'n {k['age']} oed. Dw i eisiau byw gyda mam ond gweld dad bob penwythnos.",
                                 f"Dw i ddim eisiau mynd i dŷ dad pan mae o'n gweiddi. Dw i'n hoffi bod yn nhŷ nain.",
                                 "Plîs ga i weld dad yn amlach. Dw i'n ei golli fo a'r ci."]),
                       f"Diolch am ddarllen\n{k['first']} x"), doc="Llythyr gan y plentyn")


@T("letter-from-child", "cy", "att", frm="party")
def lfc_cy_email(r, c):
    k = c.k
    return dict(text=J(f"I {c.fca}", f"{k['first']} sy'n ysgrifennu. Dywedodd mam y cawn i anfon hwn o'i chyfrif e-bost hi.",
                       r.choice(["Dw i ddim eisiau aros dros nos yn nhŷ dad. Mi wna i fynd am de ar ddydd Mercher.",
                                 "Dw i eisiau i bethau aros fel maen nhw. Dw i wedi blino siarad am y peth."]),
                       f"Gan {k['first']}"), doc="Llythyr gan y plentyn", sender_name=c.resp)


@T("child-drawing", "en", "scan")
def cd_house(r, c):
    k = c.k
    return dict(text=J(r.choice(["MY HOUSE", "me and my famly", "My drawing", "this is me"]),
                       r.choice([f"me   mum   {r.choice(['Nan', 'Grandad', 'my cat'])}", f"{k['first']}  daddy  baby", "me  dad  dog  mum (not talking)"]),
                       r.choice(["sun", "rainbow", "tree", ""]), r.choice(["☺ ☺", "X X X", "~~ ~~", "*"]),
                       r.choice([f"Drawn by {k['first']} age {k['age']} during session {c.d(r, -2, style=1)}", f"{k['first']} {c.d(r, -4, style=2)}", ""])),
                doc=f"Drawing by {k['first']}")


@T("child-drawing", "en", "scan")
def cd_threehouses(r, c):
    k = c.k
    return dict(text=J(r.choice(["House of worries", "worry house", "Good things", "House of dreams"]),
                       "\n".join(r.sample(["shouting", "when dad is late", "school", "my friends", "mum crying", "police came",
                                           "my xbox", "nanas dinners", "going to the park", "new baby"], 4)),
                       r.choice(["(FCA note: drawn by child, labels written by child)", f"- {k['first']} drew this with {c.fca}", ""])),
                doc="Three houses drawing")


@T("child-drawing", "en", "scan")
def cd_feelings(r, c):
    k = c.k
    return dict(text=J(r.choice(["how I feel", "FEELINGS", "My face"]),
                       f"at mums {r.choice([':)', 'happy', 'ok'])}\nat dads {r.choice([':(', 'scared', 'happy', 'ok'])}\nat school {r.choice(['bored', 'happy', 'ok'])}",
                       r.choice(["[picture of faces]", "[pencil drawing - two houses and a car]", "[crayon]"]),
                       f"{k['first']}"), doc="Child's drawing")


@T("child-drawing", "cy", "scan")
def cd_cy(r, c):
    k = c.k
    return dict(text=J(r.choice(["FY NHŶ I", "fi a fy nheulu", "Fy llun i"]),
                       r.choice([f"fi   mam   nain   y gath", f"{k['first']}  dad  babi", "fi  dad  ci  mam"]),
                       r.choice(["haul", "enfys", "coeden"]), f"Tynnwyd gan {k['first']} ({k['age']} oed) yn ystod sesiwn {c.d(r, -2, cy=True, style=2)}"),
                doc="Llun gan y plentyn")


@T("child-drawing", "cy", "scan")
def cd_cy_houses(r, c):
    return dict(text=J(r.choice(["Tŷ'r pryderon", "Pethau da", "Tŷ'r breuddwydion"]),
                       "\n".join(r.sample(["gweiddi", "ysgol", "fy ffrindiau", "mam yn crio", "daeth yr heddlu", "cinio nain", "mynd i'r parc", "y babi newydd"], 4)),
                       f"(Nodyn: lluniwyd gan y plentyn gyda {c.fca})"), doc="Llun gan y plentyn")


@T("direct-work-record", "en", "doc")
def dw_school(r, c):
    c.law(r, False)
    k = c.k
    return dict(text=J(r.choice(["## Record of direct work", "## Session with child at school", "## Seeing the child – record", "## Wishes and feelings session"]),
                       refblock(r, [("Child", f"{k['first']} {k['last']} ({k['age']})"), ("Where", c.school), ("When", c.d(r, -5, style=0)),
                                    ("Who", f"{c.fca} (FCA); {r.choice(['class teacher present at start', 'no one else present', 'learning mentor nearby'])}")]),
                       f"Tools used: {r.choice(['Three Houses', 'Islands', 'Feelings cards', 'Bear cards', 'Ideal day'])}",
                       f"{k['first']} " + r.choice(["talked easily about school and football.", "was quiet at first then drew a picture.", "became upset when talking about handovers."]),
                       f"What {k['first']} said: \"" + r.choice(["I want to see dad more", "I don't like the shouting", "I like both houses", "can I go to nan's"]) + "\"",
                       "Explained what happens next and that the judge decides. Child's drawing scanned separately."), doc="Direct work record")


@T("direct-work-record", "en", "doc")
def dw_tool(r, c):
    k = c.k
    return dict(text=J(c.cafcass, r.choice(["## My wishes and feelings", "## All about me", "## Child's voice tool – completed"]),
                       f"Name: {k['first']}   Age: {k['age']}",
                       "Things I like: " + r.choice(["swimming, Minecraft", "drawing, my cat", "football, Greggs"]) +
                       "\nThings I worry about: " + r.choice(["mum and dad arguing", "moving house", "nothing"]) +
                       "\nWhat I want the judge to know: " + r.choice(["I love both of them", "I want to stay at my school", "weekends at dads"]),
                       f"Completed with {c.fca} on {c.d(r, -3, style=1)}. Words are {k['first']}'s own."), doc="Wishes and feelings tool")


@T("direct-work-record", "en", "upload")
def dw_lifestory(r, c):
    c.law(r, True)
    k = c.k
    return dict(text=J(r.choice(["## Visit to child in placement", "## Direct work – session 2", "## Time with the child"]),
                       f"{c.num} | Guardian {c.fca} | {c.d(r, -2, style=1)}",
                       f"I saw {k['first']} at {r.choice(['the foster home', 'school', 'the contact centre', 'a café'])}. We used the {r.choice(['scaling questions', 'life-story book', 'Talking Mats', 'Three Houses'])}.",
                       f"{k['first']} scored home as {r.randrange(2, 10)}/10 and placement as {r.randrange(2, 10)}/10.",
                       "Analysis: " + r.choice(["a strong attachment to the foster carers.", "a clear wish to return home.", "confusion about why the move happened."])),
                doc="Direct work record")


@T("direct-work-record", "cy", "doc")
def dw_cy(r, c):
    k = c.k
    return dict(text=J(r.choice(["## Cofnod o waith uniongyrchol", "## Sesiwn gyda'r plentyn yn yr ysgol", "## Dymuniadau a theimladau"]),
                       f"Plentyn: {k['first']} ({k['age']} oed)\nLleoliad: {c.school}\nDyddiad: {c.d(r, -4, cy=True)}\nYmarferydd: {c.fca}",
                       f"Offeryn: {r.choice(['Tri Thŷ', 'Ynysoedd', 'Cardiau teimladau'])}",
                       f"Siaradodd {k['first']} yn rhwydd am {c.cy['ei_ysgol']}. Dywedodd {c.cy['e']}: \"" + r.choice(["Dw i eisiau gweld dad yn amlach", "Dw i ddim yn hoffi'r gweiddi", "Dw i'n hoffi'r ddau dŷ"]) + "\"",
                       "Esboniais mai'r barnwr sy'n penderfynu."), doc="Cofnod gwaith uniongyrchol")


@T("direct-work-record", "cy", "upload")
def dw_bi(r, c):
    k = c.k
    return dict(text=J("## Amdanaf i / All about me", f"Enw / Name: {k['first']}",
                       "Pethau dw i'n eu hoffi / Things I like: " + r.choice(["nofio / swimming", "pêl-droed / football"]),
                       "Pethau sy'n fy mhoeni / Things I worry about: " + r.choice(["mam a dad yn dadlau / mum and dad arguing", "dim / nothing"]),
                       f"Gyda / With {c.fca} – {c.d(r, style=1)}"), doc="Cofnod gwaith uniongyrchol")


@T("child-meets-judge", "en", "doc")
def cmj_note(r, c):
    c.law(r, False)
    k = c.k
    return dict(text=J(court_head(r, c), f"{c.num}",
                       r.choice(["## Note of meeting between the judge and the child", "## Record of the child's visit to the judge",
                                 "## Judicial meeting with " + k["first"], "## Note – child meets judge (FJC Guidelines 2010)"]),
                       f"Present: {c.judge}; {k['first']} ({k['age']}); {c.fca} (FCA, note taker). Date: {c.d(r, -1, style=0)}, judge's chambers.",
                       f"The judge explained that {c.p['he']} would listen but the decision was the judge's. {k['first']} asked {r.choice(['if the judge had a dog', 'how long the judge had been a judge', 'whether mum would see the note'])}.",
                       f"{k['first']} said {r.choice(['it was fine at both homes', 'he wanted the arguing to stop', 'she would like more time with dad'])}.".replace(" he ", f" {c.p['he']} ").replace(" she ", f" {c.p['he']} "),
                       "This note will be shared with the parties. Meeting lasted 20 minutes."), doc="Note of child meeting judge")


@T("child-meets-judge", "en", "doc")
def cmj_fca(r, c):
    c.law(r, False)
    k = c.k
    return dict(text=J(r.choice(["## FCA record: visit to court with child", "## Accompanying the child to meet the judge", "## Note for file – judicial meeting"]),
                       f"{c.case_name} ({c.num})", f"I collected {k['first']} from school and we travelled to {c.court}. {c.judge} met {c.p['him']} in a side room.",
                       f"{k['first']} had prepared a list: {r.choice(['school, friends, dad', 'holidays, phone, my room', 'nan, football, weekends'])}.",
                       "The judge thanked the child and said they would write a letter after the hearing.", f"{c.fca}"), doc="Note of child meeting judge")


@T("child-meets-judge", "en", "att", frm="court")
def cmj_judge(r, c):
    c.law(r, False)
    k = c.k
    return dict(text=J(f"In the matter of {k['first']} – {c.num}", r.choice(["Judge's note of meeting", "Note prepared by the judge", "Record of conversation in chambers"]),
                       f"I met {k['first']} today with the Family Court Adviser present. I made clear that I was not there to gather evidence.",
                       f"{k['first']} told me {r.choice(['school was going well', 'that the handovers worry them', 'that they want things settled'])}. I said I would take that into account.",
                       f"{c.judge}\n{c.d(r, style=0)}"), doc="Judge's note of meeting with child", sender=court_mail(r, c))


@T("child-meets-judge", "cy", "doc")
def cmj_cy(r, c):
    c.law(r, False)
    k = c.k
    return dict(text=J(court_head(r, c, True), f"{c.num}",
                       r.choice(["## Nodyn o gyfarfod rhwng y barnwr a'r plentyn", "## Ymweliad y plentyn â'r barnwr", "## Cofnod o'r cyfarfod yn y siambrau"]),
                       f"Yn bresennol: {c.judge_cy}; {k['first']} ({k['age']} oed); {c.fca} (Cynghorydd Llys Teulu).",
                       f"Esboniodd y barnwr y byddai'n gwrando ond mai'r barnwr fyddai'n penderfynu. Dywedodd {k['first']} fod popeth yn iawn yn y ddau gartref.",
                       "Rhennir y nodyn hwn gyda'r partïon."), doc="Nodyn o gyfarfod y plentyn a'r barnwr")


@T("child-meets-judge", "cy", "doc")
def cmj_bi(r, c):
    c.law(r, False)
    k = c.k
    return dict(text=J("## Nodyn o gyfarfod y plentyn a'r barnwr / Note of the child meeting the judge", f"{c.court_cy} – {c.num}",
                       f"{k['first']} ({k['age']}) – {c.d(r, cy=True, style=0)}",
                       "Dywedodd y plentyn / The child said: " + r.choice(["mae'r ysgol yn mynd yn dda / school is going well", "dw i eisiau setlo / I want things settled"]),
                       f"{c.fca}"), doc="Nodyn o gyfarfod y plentyn a'r barnwr")


# =============================================================================================
# court-orders
def parties_block(r, c):
    return "\n".join([f"{c.appl}  Applicant", f"{c.resp}  Respondent"] if not c.public else
                     [f"{c.council}  Applicant", f"{c.mother}  First Respondent", f"{c.father}  Second Respondent",
                      f"{c.kids_txt()} (through their Children's Guardian)  Third Respondent(s)"])


@T("court-order", "en", "att", frm="court")
def co_c43(r, c):
    c.law(r, False)
    return dict(text=J(r.choice(["C43", "Form C43", "C43 Child Arrangements, Prohibited Steps, Specific Issue Order"]), court_head(r, c), f"Case Number: {c.num}",
                       r.choice(["## Child Arrangements Order", "## ORDER", "## Child arrangements order – final", "## Order under section 8 Children Act 1989"]),
                       "The full name(s) of the child(ren) | Boy or Girl | Date(s) of birth\n" + "\n".join(f"{k['first']} {k['last']} | {'Girl' if k['g'] == 'f' else 'Boy'} | {k['dob'].strftime('%d/%m/%Y')}" for k in c.kids),
                       parties_block(r, c),
                       f"Before {c.judge} sitting at {c.court} on {c.d(r, style=0)}",
                       "THE COURT ORDERS THAT\n1. The child(ren) shall live with " + r.choice(["the mother", "the father", "both parents"]) +
                       ".\n2. The child(ren) shall spend time with the " + r.choice(["father on alternate weekends from Friday after school until Sunday 5pm", "mother every Wednesday after school and alternate weekends"]) +
                       ".\n3. Holidays shall be shared equally.",
                       r.choice(["Warning notice: if you do not comply with this order you may be held in contempt of court.", "WARNING: Where a child arrangements order is in force no person may cause the child to be known by a new surname or remove the child from the UK without consent."]),
                       f"Dated {c.d(r, style=1)}"), doc="Child arrangements order")


@T("court-order", "en", "att", frm="court")
def co_ico(r, c):
    c.law(r, True)
    return dict(text=J(court_head(r, c), f"No. {c.num}", "The Children Act 1989",
                       r.choice(["## Interim Care Order", "## Order – section 38", "## C33 Interim care order"]),
                       parties_block(r, c),
                       f"The Court orders that the child(ren) {c.kids_txt()} be placed in the care of {c.council} until {fd(r, c.hearing, style=0)} or further order.",
                       "The Court finds that there are reasonable grounds for believing that the circumstances with respect to the child(ren) are as mentioned in section 31(2).",
                       f"Ordered by {c.judge} on {c.d(r, style=0)}"), doc="Interim care order")


@T("court-order", "en", "scan")
def co_c47a(r, c):
    c.law(r, True)
    return dict(text=J("C47A", court_head(r, c), f"Case no: {c.num}",
                       r.choice(["## Appointment of Children's Guardian", "## Order appointing a children's guardian (r.16.3 / r.16.4 FPR 2010)",
                                 "## Appointment of a Children's Guardian or Children's Solicitor"]),
                       f"The court appoints {r.choice(['an officer of the Service (Cafcass)', c.fca + ' of Cafcass'])} as Children's Guardian for {c.kids_txt()}.",
                       f"{r.choice(['The court appoints ' + c.c_sol + ' of ' + c.c_firm[0] + ' as solicitor for the child.', 'The Guardian shall appoint a solicitor for the child.'])}",
                       f"Ordered by {c.judge}\n{c.d(r, style=1)}"), doc="Appointment of children's guardian")


@T("court-order", "en", "att", frm="court")
def co_psio(r, c):
    c.law(r, False)
    return dict(text=J(court_head(r, c), f"Case number {c.num}", r.choice(["## Prohibited Steps Order", "## Specific Issue Order", "## Order – s.8 (PSO)", "## Family Assistance Order"]),
                       f"IMPORTANT NOTICE TO {c.resp.upper()}: YOU MUST OBEY THIS ORDER.",
                       r.choice([f"The Respondent {c.resp} must not remove the child(ren) from the care of the Applicant or from {c.school}.",
                                 f"The child {c.k['first']} may be enrolled at {c.school} from September.",
                                 f"The court makes a Family Assistance Order for 6 months directing {c.cafcass} to make an officer available to advise, assist and befriend the parties."]),
                       f"This order was made without notice / on notice on {c.d(r, style=0)} by {c.judge}.",
                       "Penal notice: if you disobey this order you may be held in contempt of court and may be imprisoned or fined."), doc="Court order")


@T("court-order", "en", "upload")
def co_final(r, c):
    c.law(r, True)
    return dict(text=J(court_head(r, c), f"{c.num}", r.choice(["FINAL ORDER", "Order made at final hearing", "Care Order and Placement Order"]),
                       "RECITALS\nUPON the court hearing from counsel for the local authority, the parents and the children's guardian\nAND UPON the court making findings as set out in the judgment",
                       "IT IS ORDERED:\n1. " + r.choice([f"The children are placed in the care of {c.council} (care order, s.31).", f"A Special Guardianship Order is made in favour of {c.gran}.",
                                                        "A Supervision Order is made for 12 months."]) + "\n2. No order as to costs.\n3. Public funding assessment of the respondents' costs.",
                       f"{c.judge}  {c.d(r, style=0)}"), doc="Final order")


@T("court-order", "cy", "att", frm="court")
def co_cy_cao(r, c):
    c.law(r, False)
    return dict(text=J(court_head(r, c, True), f"Rhif yr achos: {c.num}",
                       r.choice(["## Gorchymyn Trefniadau Plant", "## GORCHYMYN", "## Gorchymyn o dan adran 8 Deddf Plant 1989"]),
                       "Enwau llawn y plant | Dyddiad geni\n" + "\n".join(f"{k['first']} {k['last']} | {k['dob'].strftime('%d/%m/%Y')}" for k in c.kids),
                       f"Gerbron {c.judge_cy} {c.reg['yn']} ar {c.d(r, cy=True, style=0)}",
                       "MAE'R LLYS YN GORCHYMYN\n1. Bydd y plentyn/plant yn byw gyda'r fam.\n2. Bydd y plentyn/plant yn treulio amser gyda'r tad bob yn ail benwythnos.\n3. Rhennir y gwyliau ysgol yn gyfartal.",
                       "Rhybudd: os na fyddwch yn cydymffurfio â'r gorchymyn hwn, gallwch gael eich dal mewn dirmyg llys."), doc="Gorchymyn llys")


@T("court-order", "cy", "att", frm="court")
def co_bi(r, c):
    c.law(r, True)
    return dict(text=J(court_head(r, c, True), f"Rhif yr achos / Case number: {c.num}",
                       "## Gorchymyn Gofal Interim / Interim Care Order",
                       f"Mae'r llys yn gorchymyn bod {c.kids_txt(True)} yn cael eu rhoi yng ngofal {c.cyngor} hyd at {fd(r, c.hearing, True, 0)}.",
                       f"The court orders that {c.kids_txt()} be placed in the care of {c.council} until {fd(r, c.hearing, style=0)}.",
                       f"{c.judge_cy} / {c.judge}"), doc="Gorchymyn llys")


@T("directions-order", "en", "att", frm="court")
def do_cmo(r, c):
    return dict(text=J(court_head(r, c), f"Case No: {c.num}", r.choice(["## Case Management Order", "## CMO", "## Order – case management hearing", "## ORDER (directions)"]),
                       parties_block(r, c),
                       "RECITALS\nThe court has considered the Public Law Outline." if c.public else "RECITALS\nThe matter was listed for FHDRA. The parties could not agree.",
                       "IT IS ORDERED THAT\n" + "\n".join(f"{i}. {x}" for i, x in enumerate(r.sample([
                           f"Cafcass shall file and serve a section 7 report by 4pm on {fd(r, c.hearing + timedelta(days=70), style=0)}.",
                           f"The local authority shall file its final evidence by {fd(r, c.hearing, style=1)}.",
                           f"The parties shall file position statements 2 days before the next hearing.",
                           f"The matter is listed for a Dispute Resolution Appointment on {fd(r, c.hearing + timedelta(days=90), style=0)}, time estimate 1 hour.",
                           "The father shall undergo hair strand testing for cocaine and alcohol (12 months).",
                           "Permission is given to disclose the bundle to the expert.",
                           "The children's guardian shall file an initial analysis 3 days before the IRH."], 4), 1)),
                       f"Dated {c.d(r, style=1)}   {c.judge}"), doc="Case management order")


@T("directions-order", "en", "att", frm="court")
def do_gatekeeping(r, c):
    c.law(r, False)
    return dict(text=J(court_head(r, c), f"{c.num}", r.choice(["## Directions on issue", "## Gatekeeping and allocation – directions (FPR 12.12)", "## Order made on paper"]),
                       f"Upon the court considering the C100 dated {c.d(r, -20, style=1)} on paper",
                       "1. Allocation: " + r.choice(["Magistrates", "District Judge", "Circuit Judge"]) + ".\n2. FHDRA listed on " + fd(r, c.hearing, style=3) +
                       " at " + r.choice(["10:00", "14:00", "11:30"]) + f", time estimate 1 hour, at {c.court}.\n3. Cafcass to undertake safeguarding enquiries and report to the court 3 days before the hearing.\n4. Parties to attend a MIAM.",
                       f"Legal Adviser / {c.judge}"), doc="Directions order")


@T("directions-order", "en", "att", frm="court")
def do_notice(r, c):
    return dict(text=J(r.choice(["C6", "Form C6", "FORM C6A"]), court_head(r, c), f"Case number {c.num}",
                       r.choice(["## Notice of hearing", "## Notice of proceedings – hearing", "## NOTICE OF HEARING (Family Procedure Rules 2010)"]),
                       f"The court will hear the application on {fd(r, c.hearing, style=3)} at {r.choice(['10.00 am', '2.00 pm', '10.30 am'])}",
                       f"Venue: {c.court} {r.choice(['(in person)', 'by Cloud Video Platform', '– remote hearing by telephone'])}",
                       "Type of hearing: " + r.choice(["FHDRA", "Dispute Resolution Appointment", "Fact-finding hearing", "Final hearing", "Issues Resolution Hearing"]),
                       "If you do not attend the court may make an order in your absence."), doc="Notice of hearing")


@T("directions-order", "en", "scan")
def do_expert(r, c):
    return dict(text=J(court_head(r, c), f"Case {c.num}", r.choice(["## Order – Part 25 FPR: expert evidence", "## Order for assessment", "## Directions re expert"]),
                       f"The court gives permission under Part 25 for the instruction of {r.choice(EXPERTS)[0]} to prepare a {r.choice(['psychological assessment of the parents', 'parenting assessment', 'psychiatric report on the mother'])}.",
                       "The letter of instruction shall be agreed by the parties and sent by the children's solicitor within 7 days.",
                       f"The report shall be filed by {fd(r, c.hearing, style=0)}. Costs shared equally between the parties (publicly funded).",
                       f"BY THE COURT   {c.d(r, style=1)}"), doc="Order re expert")


@T("directions-order", "cy", "att", frm="court")
def do_cy(r, c):
    return dict(text=J(court_head(r, c, True), f"Rhif yr achos: {c.num}",
                       r.choice(["## Gorchymyn rheoli achos", "## Cyfarwyddiadau", "## Hysbysiad o wrandawiad"]),
                       "GORCHMYNNIR\n" + "\n".join([f"1. Bydd CAFCASS Cymru yn ffeilio adroddiad adran 7 erbyn 4pm ar {fd(r, c.hearing + timedelta(days=70), True, 0)}.",
                                                   "2. Bydd y partïon yn ffeilio datganiadau sefyllfa ddeuddydd cyn y gwrandawiad nesaf.",
                                                   f"3. Rhestrir y mater ar gyfer gwrandawiad datrys anghydfod ar {fd(r, c.hearing + timedelta(days=90), True, 0)}."]),
                       f"Dyddiad {c.d(r, cy=True, style=2)}   {c.judge_cy}"), doc="Gorchymyn cyfarwyddiadau")


@T("directions-order", "cy", "att", frm="court")
def do_bi(r, c):
    return dict(text=J(court_head(r, c, True), f"{c.num}", "## Hysbysiad o wrandawiad / Notice of hearing",
                       f"Bydd y llys yn gwrando'r cais ar {fd(r, c.hearing, True, 1)} am 10.00 y bore. / The court will hear the application on {fd(r, c.hearing, style=3)} at 10.00 am.",
                       f"Lleoliad / Venue: {c.court_cy} / {c.court}",
                       "Os na fyddwch yn bresennol gall y llys wneud gorchymyn yn eich absenoldeb. / If you do not attend the court may make an order in your absence."),
                doc="Gorchymyn cyfarwyddiadau")


# =============================================================================================
# court-papers
@T("application", "en", "att", frm="court")
def ap_c100(r, c):
    c.law(r, False)
    return dict(text=J("C100", r.choice(["Application under the Children Act 1989 for a child arrangements, prohibited steps or specific issue order",
                                         "Application for child arrangements order"]),
                       f"Case number {c.num}\nTo be completed by the court: date issued {c.d(r, -30, style=1)}",
                       "Section 1 – About the application\nWhat are you asking the court to decide? " + r.choice(["☒ Child arrangements order – spend time with", "[X] Lives with  [X] Spends time with", "Prohibited steps order"]),
                       "Section 2 – The children\n" + "\n".join(c.kidlist(r)),
                       f"Section 3 – The applicant\nName {c.appl}   Address {c.addr}",
                       "Section 4 – MIAM\n" + r.choice(["MIAM attended – mediator's certificate attached", "MIAM exemption: domestic abuse evidence"]),
                       "Section 5 – Safety concerns\nHave the children suffered or are they at risk of suffering harm? " + r.choice(["Yes – see C1A", "No"])),
                doc="C100 application")


@T("application", "en", "att", frm="court")
def ap_c1a(r, c):
    c.law(r, False)
    return dict(text=J(r.choice(["C1A", "Form C1A"]), r.choice(["Allegations of harm and domestic violence (supplemental information form)", "Supplemental information form – safety concerns"]),
                       f"Case no. {c.num}   Name of person completing: {c.resp}",
                       "Part 1 – The children\n" + "\n".join(c.kidlist(r)),
                       "Part 2 – Domestic abuse\nPhysical abuse ☒  Psychological ☒  Sexual ☐  Financial ☒",
                       "Describe the behaviour, first incident, most recent incident:\n" + r.choice(["In 2021 he pushed me down the stairs. Police called. In March he threatened me by text.",
                                                                                                    "He controlled all the money and checked my phone.", "She hit me in front of the kids when drunk."]),
                       "Do you want any special arrangements at court? Separate waiting room ☒ Screens ☒",
                       "Statement of truth: I believe the facts stated in this form are true. Signed ........ Date " + c.d(r, -25, style=1)), doc="C1A")


@T("application", "en", "upload", frm="firm_f")
def ap_c2(r, c):
    c.law(r, False)
    return dict(text=J("C2", r.choice(["Application for permission to start proceedings / an order or directions in existing proceedings", "Application in existing proceedings"]),
                       f"Court {c.court}   Case number {c.num}",
                       f"Applicant: {c.appl}\nRepresented by {c.f_firm[0]}",
                       "Order or directions you are asking for: " + r.choice(["adjourn the final hearing", "permission to instruct an independent social worker", "enforcement of the child arrangements order",
                                                                            "leave to disclose documents to the police"]),
                       "Reasons: " + r.choice(["the respondent has not complied with the order since March.", "new evidence has come to light.", "the parenting assessment is incomplete."]),
                       "Statement of truth ...", f"Fee paid £{r.choice(['167', '108', '255'])} / HwF"), doc="C2 application")


@T("application", "en", "att", frm="council")
def ap_c110a(r, c):
    c.law(r, True)
    return dict(text=J("C110A", r.choice(["Application for a care or supervision order and other orders", "Application: care order (s.31 Children Act 1989)"]),
                       f"Applicant: {c.council}   Case: {c.num}",
                       "1. The children\n" + "\n".join(c.kidlist(r)),
                       "2. Orders applied for: " + r.choice(["Care order ☒  Interim care order ☒", "Supervision order ☒  Interim supervision order ☒", "EPO ☒ ICO ☒"]),
                       "3. Grounds: " + r.choice(["neglect – home conditions and missed health appointments", "physical injury to youngest child unexplained", "exposure to domestic abuse and drug use"]),
                       "4. Risk: children's current location disclosed? " + r.choice(["No", "Yes"]),
                       f"Signed: {c.sw}, social worker for the applicant"), doc="C110A application")


@T("application", "cy", "att", frm="court")
def ap_cy(r, c):
    c.law(r, False)
    return dict(text=J("C100", "Cais o dan Ddeddf Plant 1989 am orchymyn trefniadau plant, gorchymyn camau gwaharddedig neu orchymyn mater penodol",
                       f"Rhif yr achos {c.num}", "Adran 1 – Ynglŷn â'r cais\nBeth ydych yn gofyn i'r llys ei benderfynu? [X] Byw gyda [X] Treulio amser gyda",
                       "Adran 2 – Y plant\n" + "\n".join(c.kidlist(r, cy=True)),
                       f"Adran 3 – Y ceisydd\nEnw {c.appl}   Cyfeiriad {c.addr}",
                       "Adran 4 – MIAM\nWedi mynychu MIAM – tystysgrif y cyfryngwr ynghlwm"), doc="Cais")


@T("application", "cy", "upload", frm="firm_f")
def ap_bi(r, c):
    c.law(r, False)
    return dict(text=J("C2", "Cais mewn achos sy'n bodoli eisoes / Application in existing proceedings",
                       f"Llys / Court: {c.court_cy}   Rhif / Number: {c.num}",
                       "Y gorchymyn y gofynnir amdano / Order sought: " + r.choice(["gohirio'r gwrandawiad terfynol / adjourn the final hearing", "gorfodi'r gorchymyn / enforcement"]),
                       f"Ceisydd / Applicant: {c.appl}"), doc="Cais")


@T("position-statement", "en", "att", frm="firm_f")
def ps_father(r, c):
    c.law(r, False)
    firm = c.f_firm
    return dict(text=J(court_head(r, c), f"Case No. {c.num}", r.choice(["## Position statement on behalf of the Applicant father", "## Applicant's position for the DRA",
                                                                        "## Skeleton position – father", "## Note on behalf of the father"]) if c.appl_is_f else
                       r.choice(["## Position statement of the Respondent father", "## Father's position for the hearing"]),
                       f"Hearing: {fd(r, c.hearing)} before {c.judge}",
                       "1. " + r.choice(["The father seeks a lives-with order for both parents.", "The father asks that contact progresses to overnight stays.", "The father accepts the recommendations of the s7 report."]),
                       "2. " + r.choice(["He does not accept the allegations in the C1A.", "He has completed a SPIP and a DAPP.", "His hair strand test was negative."]),
                       "3. Directions sought: " + r.choice(["listing for final hearing", "an addendum report from Cafcass", "disclosure of police records"]),
                       f"{firm[0]}\nSolicitors for the father\n{c.d(r, -2, style=1)}"), doc="Position statement – father", sender=email_of(c.f_sol, firm[1]))


@T("position-statement", "en", "att", frm="council")
def ps_la(r, c):
    c.law(r, True)
    return dict(text=J(court_head(r, c), f"{c.num}", r.choice(["## Local authority's case summary and position", "## Position statement of the local authority", "## LA position for IRH"]),
                       f"Applicant: {c.council}",
                       "Background: " + r.choice(["proceedings issued on neglect.", "the children were removed under police protection.", "the youngest child sustained a fracture."]),
                       "Current position: " + r.choice(["the LA seeks care orders with a plan of long-term fostering.", "the LA supports return home under a supervision order.", "the LA seeks placement orders."]),
                       "Issues for the hearing: " + r.choice(["threshold", "final care plan", "contact after order"]),
                       f"{c.sw}, on behalf of the local authority / Legal Services"), doc="LA position statement")


@T("position-statement", "en", "scan", frm="party")
def ps_lip(r, c):
    c.law(r, False)
    return dict(text=J(r.choice(["MY POSITION", "Statement of my position for court", "Position Statment"]),
                       f"Case {c.num}  {c.resp}",
                       r.choice(["I want the children to live with me and see there dad every other saturday daytime only.",
                                 "I agree to dad having them overnight if he stops drinking, I want testing.",
                                 "I do not want them going to his new partners house."]),
                       "I dont have a solicitor. Please consider this at the hearing.", f"Signed {c.resp.split()[0]}  {c.d(r, style=2)}"),
                doc="Position statement – mother")


@T("position-statement", "cy", "att", frm="firm_m")
def ps_cy(r, c):
    c.law(r, False)
    return dict(text=J(court_head(r, c, True), f"Rhif yr achos {c.num}",
                       r.choice(["## Datganiad sefyllfa ar ran y fam", "## Safbwynt y fam ar gyfer y gwrandawiad"]),
                       f"Gwrandawiad: {fd(r, c.hearing, True, 0)}",
                       "1. " + r.choice(["Mae'r fam yn gofyn am orchymyn bod y plant yn byw gyda hi.", "Mae'r fam yn derbyn argymhellion yr adroddiad adran 7."]),
                       "2. Nid yw'n derbyn honiadau'r tad.",
                       f"{c.m_firm[0]}\nCyfreithwyr y fam"), doc="Datganiad sefyllfa", sender=email_of(c.m_sol, c.m_firm[1]))


@T("position-statement", "cy", "att", frm="council")
def ps_bi(r, c):
    c.law(r, True)
    return dict(text=J(court_head(r, c, True), f"{c.num}", "## Datganiad sefyllfa'r awdurdod lleol / Local authority position statement",
                       f"Ceisydd / Applicant: {c.cyngor}",
                       "Safbwynt / Position: " + r.choice(["gorchmynion gofal / care orders", "gorchymyn goruchwylio / supervision order"]),
                       f"{c.sw}"), doc="Datganiad sefyllfa")


@T("witness-statement", "en", "att", frm="council")
def ws_swet(r, c):
    c.law(r, True)
    return dict(text=J(court_head(r, c), f"{c.num}", r.choice(["## Social Work Evidence Template (SWET)", "## Statement of the social worker", "## Initial social work statement"]),
                       f"Statement of {c.sw}, social worker, {c.council}\nStatement no. {r.randrange(1, 4)}  Date {c.d(r, style=1)}",
                       "1. I am a qualified social worker registered with Social Work England." if not c.wales else "1. I am a qualified social worker registered with Social Care Wales.",
                       "2. Summary of concerns: " + r.choice(["neglect of basic care; poor school attendance.", "domestic abuse; mother's alcohol use.", "unexplained bruising to the youngest child."]),
                       "3. Chronology of significant events is attached at appendix A.",
                       "Statement of truth: I believe the facts stated in this witness statement are true.",
                       f"Signed {c.sw}"), doc="Social work statement")


@T("witness-statement", "en", "att", frm="firm_m")
def ws_mother(r, c):
    c.law(r, False)
    return dict(text=J(court_head(r, c), f"Case No {c.num}", r.choice(["## Statement of the mother", f"## Statement of {c.mother}", "## Second statement of the Respondent"]),
                       f"I, {c.mother}, of {c.addr}, will say as follows:",
                       "1. " + r.choice([f"I am the mother of {c.kids_txt()}. I make this statement in response to the father's application.",
                                         "I make this statement in support of my application to relocate."]),
                       "2. " + r.choice(["The relationship ended in 2022 after the father assaulted me.", "The children have lived with me since birth.", "I have concerns about the father's new partner."]),
                       "3. " + r.choice(["I attach screenshots of messages as exhibit AB1.", "I am willing for supervised contact to continue."]),
                       "I believe that the facts stated in this witness statement are true. I understand that proceedings for contempt of court may be brought against anyone who makes a false statement.",
                       f"Signed ............  Dated {c.d(r, style=1)}"), doc="Mother's statement", sender=email_of(c.m_sol, c.m_firm[1]))


@T("witness-statement", "en", "scan")
def ws_gran(r, c):
    return dict(text=J(f"IN THE {c.court.upper()}   {c.num}", r.choice(["Statement of maternal grandmother", "WITNESS STATEMENT", f"Statement of {c.gran}"]),
                       f"I {c.gran} say as follows", f"1. I am the grandmother of {c.kids_txt()}. I am {r.randrange(52, 74)} years old and retired.",
                       "2. I have looked after the children most weekends. I am willing to be assessed as a special guardian.",
                       "3. I have never seen the children harmed in my home.",
                       "I believe the facts in this statement are true.", "Signed ___________"), doc="Grandmother's statement")


@T("witness-statement", "cy", "att", frm="firm_m")
def ws_cy(r, c):
    c.law(r, False)
    return dict(text=J(court_head(r, c, True), f"Rhif yr achos {c.num}", r.choice(["## Datganiad y fam", f"## Datganiad {c.mother}", "## Ail ddatganiad yr Atebydd"]),
                       f"Yr wyf i, {c.mother}, o {c.addr}, yn datgan fel a ganlyn:",
                       f"1. Fi yw mam {c.kids_txt(True)}. Gwnaf y datganiad hwn mewn ymateb i gais y tad.",
                       "2. Daeth y berthynas i ben yn 2022.",
                       "Credaf fod y ffeithiau a nodir yn y datganiad tyst hwn yn wir.", f"Llofnod ........  Dyddiad {c.d(r, cy=True, style=2)}"),
                doc="Datganiad tyst", sender=email_of(c.m_sol, c.m_firm[1]))


@T("witness-statement", "cy", "att", frm="council")
def ws_cy_sw(r, c):
    c.law(r, True)
    return dict(text=J(court_head(r, c, True), f"{c.num}", "## Datganiad y gweithiwr cymdeithasol / Statement of the social worker",
                       f"{c.sw}, {c.cyngor}",
                       "1. Rwy'n weithiwr cymdeithasol cymwysedig sydd wedi cofrestru gyda Gofal Cymdeithasol Cymru.",
                       "2. Crynodeb o'r pryderon: " + r.choice(["esgeulustod", "cam-drin domestig a defnydd alcohol"]),
                       "Datganiad gwirionedd: credaf fod y ffeithiau yn y datganiad hwn yn wir."), doc="Datganiad tyst")


@T("previous-cafcass", "en", "tree")
def pc_oldsg(r, c):
    y = c.today.year - r.randrange(3, 9)
    return dict(text=J(r.choice(["COPY – from previous case", "Archived document (CMS retrieval)", ""]), "Cafcass",
                       f"Court: {c.court}   Case no: {c.reg['code']}{y % 100:02d}P{r.randrange(10000, 99999)}",
                       r.choice(["Letter to the court – safeguarding enquiries", "Schedule 2 letter", "Safeguarding letter"]),
                       f"Date: {r.randrange(1, 28)}/{r.randrange(1, 13):02d}/{y}",
                       f"Children: {c.kids[0]['first']}" + (" (unborn at time of this case)" if False else ""),
                       "Police checks revealed " + r.choice(["no trace.", "a domestic incident in which the father was arrested (NFA).", "a caution for possession."]),
                       "Recommendation: " + r.choice(["the parties attend SPIP.", "s7 report.", "no further Cafcass involvement."]),
                       r.choice([f"Note added {c.d(r, style=1)}: copied to current case from previous Cafcass involvement.", ""])), doc="Previous Cafcass letter")


@T("previous-cafcass", "en", "tree")
def pc_olds7(r, c):
    c.law(r, False)
    y = c.today.year - r.randrange(2, 7)
    return dict(text=J(f"Previous proceedings {y}", "Cafcass report (s.7) – copy",
                       f"{c.court}  {c.reg['code']}{y % 100:02d}P{r.randrange(10000, 99999)}",
                       f"In the previous proceedings the FCA recommended that {c.k['first']} " + r.choice(["live with the mother and spend alternate weekends with the father.", "have indirect contact only.", "spend time with father at a contact centre."]),
                       "Extract – child's wishes: \"" + r.choice(["I want to see daddy", "I like my mummy's house", "don't know"]) + "\"",
                       "This document is from a previous Cafcass case and is held for information."), doc="Previous s7 report")


@T("previous-cafcass", "en", "doc")
def pc_summary(r, c):
    return dict(text=J(r.choice(["## Information from previous Cafcass involvement", "## Previous case history – summary", "## Earlier proceedings: Cafcass records"]),
                       f"Current case {c.num}",
                       f"A person search found {r.randrange(1, 4)} previous case(s) involving {r.choice([c.mother, c.father])}:",
                       "\n".join(f"- {c.today.year - r.randrange(2, 10)}: {r.choice(['private law C100, closed at FHDRA', 'public law care proceedings (another child)', 'WAFH s7, final order CAO', 'enforcement application, withdrawn'])}" for _ in range(r.randrange(1, 4))),
                       f"Practitioner then: {r.choice(['not recorded', c.mgr])}", f"Checked by {c.fca}, {c.d(r, style=1)}"), doc="Previous Cafcass information")


@T("previous-cafcass", "cy", "tree")
def pc_cy(r, c):
    y = c.today.year - r.randrange(3, 8)
    return dict(text=J("COPI – o achos blaenorol", "CAFCASS Cymru", f"Llys: {c.court_cy}   Rhif yr achos: {c.reg['code']}{y % 100:02d}P{r.randrange(10000, 99999)}",
                       "Adroddiad Ymholiadau Diogelu", f"Dyddiad: {r.randrange(1, 28)}/{r.randrange(1, 13):02d}/{y}",
                       "Datgelodd gwiriadau'r heddlu " + r.choice(["ddim cofnod.", "ddigwyddiad domestig yn 2018."]),
                       "Nodyn: wedi'i gopïo i'r achos presennol o gyfraniad blaenorol CAFCASS Cymru."), doc="Gwybodaeth Cafcass flaenorol")


@T("previous-cafcass", "cy", "doc")
def pc_cy_sum(r, c):
    return dict(text=J("## Gwybodaeth o achosion blaenorol / Information from previous cases", f"Achos presennol / Current case: {c.num}",
                       f"{c.today.year - r.randrange(2, 9)}: adroddiad adran 7; gorchymyn terfynol / s7 report; final order",
                       f"Gwiriwyd gan / Checked by {c.fca}"), doc="Gwybodaeth Cafcass flaenorol")


# =============================================================================================
# experts-and-agency
@T("letter-of-instruction", "en", "att", frm="firm_c")
def loi_psych(r, c):
    c.law(r, True)
    ex = r.choice([e for e in EXPERTS if "Psych" in e[1]])
    return dict(text=J(firm_lh(r, c.c_firm, c), f"{ex[0]}\n{ex[2]}", c.d(r, style=0), "PRIVATE AND CONFIDENTIAL – SUBJECT TO PART 25 FPR 2010",
                       f"Re: {c.case_name}  ({c.num})", f"Dear {ex[0].split()[0]} {ex[0].split()[-1]}",
                       r.choice(["We write on behalf of all parties, further to the order of " + c.judge + ".", "This is the joint letter agreed between the parties."]),
                       "Questions for the expert:\n1. Does the mother have any psychological difficulty affecting her parenting?\n2. What treatment is recommended and over what timescale?\n3. Can change be achieved within the child's timescales?",
                       "Documents enclosed: index of bundle; order; previous assessments.", f"Report required by {fd(r, c.hearing)}.",
                       signoff(r, c.c_sol, "Solicitor for the child(ren)", c.c_firm[0])), doc="Letter of instruction", sender=email_of(c.c_sol, c.c_firm[1]))


@T("letter-of-instruction", "en", "doc", frm="firm_c")
def loi_isw(r, c):
    c.law(r, True)
    ex = r.choice([e for e in EXPERTS if "Social Worker" in e[1]])
    return dict(text=J(r.choice(["## Agreed instructions to the independent social worker", "## Joint instructions – ISW", "## Instructions to expert"]),
                       f"To: {ex[0]}, {ex[2]}\nFrom: {c.c_firm[0]} on behalf of the Children's Guardian and all parties",
                       f"Case: {c.num}", f"You are instructed to undertake a parenting assessment of {r.choice([c.mother, c.father, c.gran])}.",
                       "Please address: capacity to meet the children's needs; insight into concerns; support available; recommendations.",
                       "You should observe at least two contact sessions.", f"Filing date {fd(r, c.hearing, style=1)}."), doc="ISW instructions")


@T("letter-of-instruction", "en", "att", frm="firm_c")
def loi_lab(r, c):
    lab = r.choice(LABS)
    return dict(text=J(firm_lh(r, c.c_firm, c), f"{lab[0]}\nClient Services", c.d(r, style=1),
                       r.choice(["## Testing instructions", "## Request for hair strand analysis", "## Instruction – drug & alcohol testing"]),
                       f"Case: {c.num}  Donor: {r.choice([c.mother, c.father])}",
                       f"Tests required: {r.choice(['12 months hair strand – cocaine, cannabis, amphetamines; EtG/FAEE', '6 month segmented hair test for alcohol (EtG)', 'PEth blood test and 3 months hair drug panel'])}",
                       "Cost: shared equally between the Legal Aid certificates of the parties. Please confirm collection appointment.",
                       signoff(r, c.c_sol, "Solicitor", c.c_firm[0])), doc="Instructions to lab", sender=email_of(c.c_sol, c.c_firm[1]))


@T("letter-of-instruction", "cy", "att", frm="firm_c")
def loi_cy(r, c):
    c.law(r, True)
    ex = r.choice(EXPERTS)
    return dict(text=J(firm_lh(r, c.c_firm, c), f"{ex[0]}", c.d(r, cy=True), "PREIFAT A CHYFRINACHOL",
                       f"Mater: {c.num}", f"Annwyl {ex[0].split()[0]} {ex[0].split()[-1]},",
                       "Ysgrifennwn ar ran yr holl bartïon yn dilyn gorchymyn y llys.",
                       "Cwestiynau i'r arbenigwr:\n1. A oes gan y fam unrhyw anhawster seicolegol sy'n effeithio ar ei rhianta?\n2. Pa driniaeth a argymhellir?",
                       signoff(r, c.c_sol, "Cyfreithiwr y plentyn", c.c_firm[0], cy=True)), doc="Llythyr cyfarwyddo", sender=email_of(c.c_sol, c.c_firm[1]))


@T("letter-of-instruction", "cy", "doc", frm="cafcass")
def loi_bi(r, c):
    c.law(r, True)
    return dict(text=J("## Cyfarwyddiadau ar y cyd / Joint instructions", f"{c.num}",
                       f"At / To: {r.choice(EXPERTS)[0]}",
                       "Cynhaliwch asesiad rhianta / Please undertake a parenting assessment.",
                       f"Dyddiad ffeilio / Filing date: {fd(r, c.hearing, True, 0)}"), doc="Llythyr cyfarwyddo")


@T("expert-report", "en", "att", frm="expert")
def er_psych(r, c):
    ex = r.choice([e for e in EXPERTS if "Psych" in e[1]])
    return dict(text=J(ex[2], court_head(r, c), f"Case no {c.num}",
                       r.choice(["## Psychological assessment of the mother", "## Report of Consultant Clinical Psychologist", "## Psychological report – parents",
                                 "## Expert report (Part 25 FPR)"]),
                       f"Author: {ex[0]}, {ex[1]}\nInstructed by: {c.c_firm[0]} (joint instruction)\nDate: {c.d(r, style=0)}",
                       "Contents: 1 Summary 2 Instructions 3 Methodology 4 Psychometric results 5 Opinion 6 Answers to questions 7 Declaration",
                       "Summary of opinion: " + r.choice(["Ms X presents with traits of emotionally unstable personality disorder; therapy of 12-18 months indicated.".replace("Ms X", c.mother),
                                                          "No diagnosable mental disorder. Capacity to change is good.", "Full scale IQ in the extremely low range; adapted assessment needed."]),
                       "Expert's declaration: I understand that my duty is to help the court and this overrides any obligation to those instructing me."),
                doc="Psychological assessment", sender=f"reports@{ex[3]}")


@T("expert-report", "en", "doc", frm="expert")
def er_isw(r, c):
    c.law(r, True)
    ex = r.choice([e for e in EXPERTS if "Social Worker" in e[1]])
    return dict(text=J(ex[2], r.choice(["## Parenting assessment", "## Independent social work assessment", "## Special guardianship assessment", "## Viability assessment – ISW"]),
                       f"Subject: {r.choice([c.gran, c.mother, c.father])}   Case: {c.num}", f"Assessor: {ex[0]}",
                       f"Sessions: {r.randrange(4, 10)} (home visits {r.randrange(2, 5)}, observations {r.randrange(1, 4)})",
                       "Analysis of strengths and concerns ...", "Conclusion: " + r.choice(["positive – recommended as carer with support.", "negative – unable to prioritise the children's needs.", "further work required before a conclusion."]),
                       "Statement of truth and expert's declaration."), doc="ISW assessment", sender=f"admin@{ex[3]}")


@T("expert-report", "en", "att", frm="lab")
def er_lab(r, c):
    lab = r.choice(LABS)
    donor = r.choice([c.mother, c.father])
    segs = "\n".join(f"{s}\t{r.choice(['Not detected', 'Not detected', 'Low level', 'Detected'])}\t{r.choice(['<LOQ', '0.08 ng/mg', '1.2 ng/mg', '-'])}" for s in ["0-3 cm", "3-6 cm", "6-9 cm", "9-12 cm"])
    return dict(text=J(lab[0], r.choice(["## Hair strand test results", "## Toxicology report", "## Drug and alcohol testing – report of findings", "## Analytical report"]),
                       f"Donor: {donor}   Sample collected: {c.d(r, -20, style=1)}   Lab ref: {r.choice(['HS', 'TX', 'LB'])}{r.randrange(10000, 99999)}\nCourt ref: {c.num}",
                       "Segment\tCocaine/BE\tResult", segs,
                       "EtG (0-3cm): " + r.choice(["<5 pg/mg", "32 pg/mg", "12 pg/mg"]),
                       "Interpretation: " + r.choice(["consistent with abstinence from cocaine", "consistent with repeated use of cocaine during the period", "consistent with excessive alcohol consumption"]),
                       f"Reporting scientist: {r.choice(['Dr', 'Ms', 'Mr'])} {r.choice(S_EN)}, expert witness"), doc="Hair strand test results",
                sender=f"results@{lab[1]}")


@T("expert-report", "cy", "att", frm="expert")
def er_cy(r, c):
    ex = EXPERTS[3]
    return dict(text=J(ex[2], court_head(r, c, True), f"Rhif yr achos {c.num}",
                       r.choice(["## Asesiad seicolegol o'r fam", "## Adroddiad arbenigwr (Rhan 25)"]),
                       f"Awdur: {ex[0]}\nDyddiad: {c.d(r, cy=True)}",
                       "Crynodeb o'r farn: " + r.choice(["nid oes anhwylder meddyliol y gellir ei ddiagnosio; mae'r gallu i newid yn dda.", "argymhellir therapi am 12 i 18 mis."]),
                       "Datganiad yr arbenigwr: deallaf mai fy nyletswydd yw helpu'r llys."), doc="Adroddiad arbenigol", sender=f"adroddiadau@{ex[3]}")


@T("expert-report", "cy", "att", frm="lab")
def er_cy_lab(r, c):
    lab = LABS[2]
    return dict(text=J(lab[0], "## Canlyniadau prawf gwallt / Hair strand test results",
                       f"Rhoddwr / Donor: {c.father}\nCyf y llys / Court ref: {c.num}",
                       "0-3 cm\tDim wedi'i ganfod / Not detected\n3-6 cm\tDim wedi'i ganfod / Not detected",
                       "Dehongliad / Interpretation: cyson ag ymatal / consistent with abstinence"), doc="Adroddiad arbenigol", sender=f"results@{lab[1]}")


@T("provider-report", "en", "att", frm="centre")
def pr_cci(r, c):
    c.law(r, False)
    cen = r.choice(CENTRES)
    return dict(text=J(cen[0], r.choice(["## Child Contact Intervention – final report", "## Supervised contact: summary of sessions", "## CCI closing report to Cafcass",
                                         "## Report on contact sessions"]),
                       f"Cafcass ref: {c.num}\nChild(ren): {c.kids_txt()}\nContact parent: {c.father}",
                       "Session\tDate\tAttended\tNotes\n" + "\n".join(f"{i}\t{c.d(r, -60 + i * 7, style=1)}\t{r.choice(['Y', 'Y', 'N'])}\t{r.choice(['warm greeting', 'child reluctant at first', 'played board games', 'father late 15 mins'])}" for i in range(1, r.randrange(4, 7))),
                       "Summary: " + r.choice(["positive sessions; ready to move to community contact.", "inconsistent attendance by father.", "child became distressed in session 3."]),
                       f"Signed: Centre Coordinator   {c.d(r, style=1)}"), doc="Contact centre report", sender=f"reports@{cen[1]}")


@T("provider-report", "en", "att", frm="provider")
def pr_spip(r, c):
    c.law(r, False)
    sp = r.choice(SPIPS[:2])
    return dict(text=J(sp[0], r.choice(["## Attendance confirmation", "## SPIP completion notice", "## Participant outcome – Separated Parents Information Programme"]),
                       f"Participant: {r.choice([c.mother, c.father])}\nCafcass case no: {c.num}\nReferral date: {c.d(r, -50, style=1)}",
                       f"Sessions: {r.choice(['2 of 2 attended – COMPLETED', '1 of 2 attended – not completed', '0 of 2 – did not attend'])}",
                       "Facilitator comments: " + r.choice(["engaged well, reflected on conflict.", "left early in session 2.", "no further comments."])),
                doc="SPIP report", sender=f"spip@{sp[1]}")


@T("provider-report", "en", "doc", frm="provider")
def pr_dapp(r, c):
    c.law(r, False)
    dp = r.choice(DAPPS)
    return dict(text=J(dp[0], r.choice(["## Progress report", "## End of programme report", "## Suitability assessment outcome", "## Report to Cafcass (commissioned DAPP)"]),
                       f"Service user: {c.father}   Cafcass ref {c.num}",
                       f"Sessions attended: {r.randrange(6, 25)} of 24",
                       "Engagement: " + r.choice(["good; acknowledges abusive behaviour.", "minimises incidents; blames partner.", "suspended after missed sessions."]),
                       "Partner support worker contact: " + r.choice(["partner engaged; reports no further incidents.", "partner declined support."]),
                       "Risk assessment: " + r.choice(["reduced", "unchanged", "increased"])), doc="DAPP report")


@T("provider-report", "cy", "att", frm="provider")
def pr_cy(r, c):
    c.law(r, False)
    sp = SPIPS[2]
    return dict(text=J(sp[0], r.choice(["## Cadarnhad presenoldeb", "## Adroddiad cwblhau'r rhaglen"]),
                       f"Cyfranogwr: {r.choice([c.mother, c.father])}\nRhif achos CAFCASS Cymru: {c.num}",
                       f"Sesiynau: {r.choice(['2 o 2 – WEDI CWBLHAU', '1 o 2 – heb gwblhau'])}",
                       "Sylwadau'r hwylusydd: " + r.choice(["cymerodd ran yn dda.", "gadawodd yn gynnar."])), doc="Adroddiad darparwr gwasanaeth", sender=f"gwybodaeth@{sp[1]}")


@T("provider-report", "cy", "att", frm="centre")
def pr_cy_cen(r, c):
    c.law(r, False)
    cen = CENTRES[2]
    return dict(text=J(cen[0], "## Adroddiad ar sesiynau cyswllt / Report on contact sessions",
                       f"Cyf / Ref: {c.num}\nPlant / Children: {c.kids_txt(True)}",
                       "Crynodeb / Summary: " + r.choice(["sesiynau cadarnhaol / positive sessions", "presenoldeb anghyson / inconsistent attendance"]),
                       f"Cydlynydd y ganolfan / Centre coordinator – {c.d(r, style=1)}"), doc="Adroddiad darparwr gwasanaeth", sender=f"adroddiadau@{cen[1]}")


@T("cp-conference-minutes", "en", "att", frm="council")
def cpc_icpc(r, c):
    c.law(r, True)
    return dict(text=J(council_lh(r, c), r.choice(["## Initial Child Protection Conference – record", "## ICPC minutes", "## Record of multi-agency meeting (ICPC)", "## Child Protection Conference – notes"]),
                       f"Date: {c.d(r, -20, style=0)}   Chair: {c.mgr} (Independent Chair)",
                       "Attendees: " + ", ".join([c.sw + " (SW)", "Health visitor", "DSL " + c.school, "PC " + r.choice(S_EN) + " (" + c.police + ")", c.mother]),
                       "Apologies: GP (report received)",
                       f"Children: {'; '.join(c.kidlist(r))}",
                       "Summary of concerns: " + r.choice(["neglect – home conditions, missed appointments", "exposure to DA", "parental substance misuse"]),
                       "Decision: " + r.choice([f"subject to a child protection plan under the category of {r.choice(CATS)}.", "no plan required – Child in Need plan."]),
                       f"Review conference: {c.d(r, 70, style=0)}"), rc="child-protection", doc="ICPC minutes")


@T("cp-conference-minutes", "en", "doc", frm="council")
def cpc_review(r, c):
    c.law(r, True)
    return dict(text=J(r.choice(["## Review Child Protection Conference", "## RCPC – minutes", "## Child protection review meeting"]),
                       f"{c.council} | {c.csc}\n{c.sysid}: {r.randrange(100000, 999999)}",
                       "Progress since last conference: " + r.choice(["attendance improved to 92%", "mother engaged with drug service", "further police call-out in March"]),
                       "Views of the child: " + r.choice(["shared via SW – likes the new routine", "child did not wish to share views"]),
                       "Outcome: " + r.choice(["plan continues (neglect).", "plan ended – step down to CIN.", "category changed to emotional abuse."]),
                       "Distribution: parents, core group members. CONFIDENTIAL – not to be disclosed without consent of the chair."),
                rc="child-protection", doc="Review conference minutes")


@T("cp-conference-minutes", "en", "att", frm="council")
def cpc_flat(r, c):
    c.law(r, True)
    return dict(text=J(r.choice(["Safeguarding Review Unit", "Quality Assurance & Safeguarding Service", "Conference and Review Team"]), c.council,
                       "Multi-agency risk table\nDanger statement | Safety goal | Scaling",
                       f"If {c.mother} continues to drink, the children may be left unsupervised | The children are always cared for by a sober adult | {r.randrange(2, 8)}/10",
                       "Agency reports received: school Y, GP Y, police Y, health visitor N",
                       "Conference decision: child protection plan – " + r.choice(CATS),
                       f"Minutes taken by: Minute taker, {c.d(r, style=1)}"), rc="child-protection", doc="Conference minutes")


@T("cp-conference-minutes", "cy", "att", frm="council")
def cpc_cy(r, c):
    c.law(r, True)
    return dict(text=J(council_lh(r, c), r.choice(["## Cofnodion Cynhadledd Amddiffyn Plant Gychwynnol", "## Cynhadledd adolygu amddiffyn plant – cofnodion"]),
                       f"Dyddiad: {c.d(r, -15, cy=True)}\nCadeirydd: {c.mgr}",
                       f"Yn bresennol: {c.sw} (gweithiwr cymdeithasol), ymwelydd iechyd, {c.school}, {c.heddlu}",
                       "Pryderon: " + r.choice(CATS_CY),
                       "Penderfyniad: rhoi'r plant ar y gofrestr amddiffyn plant / cynllun amddiffyn plant."),
                rc="child-protection", doc="Cofnodion cynhadledd amddiffyn plant")


@T("cp-conference-minutes", "cy", "doc", frm="council")
def cpc_bi(r, c):
    c.law(r, True)
    return dict(text=J("## Cofnodion cynhadledd / Conference minutes", f"{c.cyngor} / {c.council}",
                       "Penderfyniad / Decision: " + r.choice(["cynllun amddiffyn plant yn parhau / child protection plan continues", "cynllun wedi dod i ben / plan ended"]),
                       f"Cynhadledd nesaf / Next conference: {c.d(r, 90, style=1)}"), rc="child-protection", doc="Cofnodion cynhadledd amddiffyn plant")


@T("agency-information", "en", "att", frm="school")
def ai_school(r, c):
    k = c.k
    return dict(text=J(c.school, r.choice(["## School report for Cafcass", "## Information requested by the Family Court Adviser", "## Pupil information", "## Response from school (DSL)"]),
                       f"Pupil: {k['first']} {k['last']}   Year {max(1, k['age'] - 4)}   Attendance this year: {r.randrange(72, 100)}%",
                       "Progress: " + r.choice(["working at expected standard in reading and maths", "below expected; SEN support in place", "greater depth in writing"]),
                       "Wellbeing: " + r.choice(["settled and happy", "tired on Mondays after weekends away", "disclosed to TA that parents argue"]),
                       "Who collects: " + r.choice(["mother", "grandmother", "both parents on alternate days"]),
                       f"Completed by: Designated Safeguarding Lead, {c.d(r, style=1)}"), doc="School report",
                sender=f"dsl@{c.school.lower().replace(' ', '').replace(chr(39), '')[:18]}.sch.uk")


@T("agency-information", "en", "att", frm="nhs")
def ai_camhs(r, c):
    k = c.k
    return dict(text=J(c.health, r.choice(["CAMHS", "Child and Adolescent Mental Health Service", "Specialist CAMHS – Community Team"]),
                       f"Re: {k['first']} {k['last']} DOB {k['dob'].strftime('%d/%m/%Y')}  NHS No: {r.randrange(400, 499)} {r.randrange(100, 999)} {r.randrange(1000, 9999)}",
                       f"Dear {c.fca}",
                       r.choice([f"{k['first']} was referred by the GP in {c.today.year - 1} with low mood and anxiety. {c.p['He']} has attended 6 sessions of CBT.",
                                 f"{k['first']} is on the waiting list for ADHD assessment.", f"{k['first']} was discharged after an initial assessment; no further treatment indicated."]),
                       "This information is shared with the consent of the person with parental responsibility.",
                       signoff(r, "Dr " + r.choice(S_EN), r.choice(["Clinical Psychologist", "Consultant Child Psychiatrist", "CAMHS Practitioner"]))),
                doc="CAMHS letter", sender=email_of(c.sw, "nhs.net" if not c.wales else "wales.nhs.uk"))


@T("agency-information", "en", "att", frm="nhs")
def ai_gp(r, c):
    return dict(text=J(r.choice([f"{r.choice(['Parkside', 'Millbrook', 'Riverside', 'Hillview'])} Medical Practice", c.hosp]),
                       r.choice(["## Summary of GP records", "## Medical records extract", "## Report for family proceedings"]),
                       f"Patient: {r.choice([c.mother, c.father])}", "Active problems: " + r.choice(["depression (2019), on sertraline", "alcohol dependence – referred to drug and alcohol service", "none recorded"]),
                       "Consultations last 12 months: " + str(r.randrange(1, 14)),
                       "Disclaimer: this summary has been prepared from the electronic record."), doc="GP records")


@T("agency-information", "en", "tree", frm="council")
def ai_lafile(r, c):
    rc = r.choice(["looked-after-child", "foster-carers", "privately-fostered-child", "adoption", "missing-person", "other-childrens-social-care"])
    return dict(text=J(c.council, r.choice(["## Chronology of significant events", "## LAC review – record of meeting", "## Personal Education Plan", "## Extract from the child's social care file"]),
                       f"{c.sysid}: {r.randrange(100000, 999999)}   Child: {c.kidlist(r)[0]}",
                       rcline(r, c, rc) if rc else "",
                       "\n".join(f"{c.d(r, -r.randrange(30, 900), style=1)} – {r.choice(['referral from school', 'strategy meeting', 'placement move', 'health assessment', 'missing from placement overnight', 'PEP meeting'])}" for _ in range(r.randrange(3, 6))),
                       f"Produced by {c.sw}"), rc=rc, doc="Local authority records")


@T("agency-information", "cy", "att", frm="school")
def ai_cy_school(r, c):
    k = c.k
    return dict(text=J(c.school, r.choice(["## Adroddiad ysgol i CAFCASS Cymru", "## Gwybodaeth gan yr ysgol"]),
                       f"Disgybl: {k['first']} {k['last']}\nPresenoldeb: {r.randrange(75, 100)}%",
                       "Cynnydd: " + r.choice(["yn gweithio ar y lefel ddisgwyliedig", "angen cymorth ychwanegol gyda darllen"]),
                       "Lles: " + r.choice(["hapus ac wedi setlo", "blinedig ar ddydd Llun"]),
                       f"Cwblhawyd gan yr Arweinydd Diogelu Dynodedig, {c.d(r, cy=True, style=2)}"), doc="Gwybodaeth asiantaeth",
                sender=f"pennaeth@{c.school.lower().replace(' ', '').replace(chr(39), '')[:16]}.sch.uk")


@T("agency-information", "cy", "att", frm="nhs")
def ai_cy_health(r, c):
    k = c.k
    return dict(text=J(f"{c.bwrdd} / {c.health}", "Gwasanaeth Iechyd Meddwl Plant a'r Glasoed (CAMHS)",
                       f"Ynghylch: {k['first']} {k['last']}",
                       f"Atgyfeiriwyd {k['first']} gan y meddyg teulu gyda gorbryder. Mae wedi mynychu chwe sesiwn.",
                       "Rhennir yr wybodaeth hon gyda chaniatâd."), doc="Gwybodaeth asiantaeth", sender=email_of(c.sw, "wales.nhs.uk"))


# =============================================================================================
# legal-advice
def legal_person(r, c):
    return f"{r.choice(F_CY + M_CY if c.wales else F_EN + M_EN)} {r.choice(S_CY if c.wales else S_EN)}"


@T("legal-advice", "en", "att", frm="legal")
def la_memo(r, c):
    lw = legal_person(r, c)
    return dict(text=J("LEGALLY PRIVILEGED – NOT FOR DISCLOSURE", r.choice(["Cafcass Legal", "Cafcass Legal Services", "Legal Team"]) if not c.wales else "Welsh Government Legal Services – CAFCASS Cymru",
                       r.choice(["## Advice", "## Memorandum of advice", "## Legal advice note", "## Note to practitioner"]),
                       f"To: {c.fca}   From: {lw}, Solicitor   Date: {c.d(r, style=1)}\nCase: {c.num}",
                       "Issue: " + r.choice(["whether Cafcass should seek to be joined as a party under rule 16.4.", "whether the s7 report may be disclosed to the police.",
                                              "appeal against the order of " + c.judge + ".", "response to the father's complaint and threat of judicial review."]),
                       "Advice: " + r.choice(["In my view the threshold for rule 16.4 is met; a guardian would add value.", "Disclosure requires the court's permission under FPR 12.73; do not release.",
                                              "There are no realistic grounds of appeal.", "Respond through the complaints process; no action needed on JR."]),
                       f"{lw}"), doc="Legal advice", sender=email_of(lw, c.cdom))


@T("legal-advice", "en", "email", frm="legal")
def la_email(r, c):
    c.law(r, False)
    lw = legal_person(r, c)
    return dict(text=J(f"Hi {c.fca.split()[0]},", "Privileged & confidential – legal advice",
                       r.choice([f"Thanks for the call about {c.num}. You do not need to attend the hearing in person if the court accepts your report; ask for release in writing.",
                                 "On the subpoena from the criminal court: we will deal with the application. Please don't send anything to the police directly.",
                                 "I've looked at the draft order. Para 5 puts an obligation on Cafcass we can't meet (supervising contact). Please raise it at court and refer them to me."]),
                       f"Best\n{lw}\nSolicitor, {'Cafcass Legal' if not c.wales else 'Gwasanaethau Cyfreithiol'}"),
                subj=r.choice([f"Legal advice – {c.num}", f"RE: {c.num} query for legal", "Privileged: your query"]), sender=email_of(lw, c.cdom))


@T("legal-advice", "en", "doc", frm="legal")
def la_counsel(r, c):
    c.law(r, True)
    return dict(text=J(court_head(r, c), f"{c.num}", r.choice(["## Advice", "## Advice on appeal", "## Opinion of counsel"]),
                       f"Instructed by: Cafcass Legal on behalf of the Children's Guardian ({c.fca})",
                       "1. I am asked to advise the Guardian on " + r.choice(["the prospects of an appeal against the refusal of a placement order.", "whether to seek a further expert assessment.", "the approach to the IRH."]),
                       "2. " + r.choice(["In my opinion the prospects are modest.", "My advice is that the Guardian should not oppose the application.", "The Guardian's position is properly reasoned."]),
                       f"{r.choice(S_EN)} {r.choice(['Chambers', 'Court Chambers', 'Family Law Chambers'])}\n{c.d(r, style=0)}",
                       "PRIVILEGED"), doc="Counsel's advice")


@T("legal-advice", "cy", "att", frm="legal")
def la_cy(r, c):
    c.law(r, False)
    lw = legal_person(r, c)
    return dict(text=J("BREINTIEDIG YN GYFREITHIOL – NID I'W DDATGELU", "Gwasanaethau Cyfreithiol Llywodraeth Cymru – CAFCASS Cymru",
                       r.choice(["## Cyngor", "## Nodyn cyngor cyfreithiol"]),
                       f"At: {c.fca}   Oddi wrth: {lw}, Cyfreithiwr   Dyddiad: {c.d(r, cy=True)}\nAchos: {c.num}",
                       "Mater: " + r.choice(["a ddylid datgelu'r adroddiad i'r heddlu.", "apêl yn erbyn y gorchymyn."]),
                       "Cyngor: " + r.choice(["Mae angen caniatâd y llys cyn datgelu; peidiwch â'i ryddhau.", "Nid oes sail realistig i apelio."])), doc="Cyngor cyfreithiol", sender=email_of(lw, "gov.wales"))


@T("legal-advice", "cy", "email", frm="legal")
def la_cy_email(r, c):
    lw = legal_person(r, c)
    return dict(text=J(f"Helo {c.fca.split()[0]},", "Breintiedig a chyfrinachol / Privileged and confidential",
                       f"Diolch am yr alwad ynghylch {c.num}. Nid oes angen i chi fynychu'r gwrandawiad os yw'r llys yn derbyn eich adroddiad. / No need to attend if the court accepts your report.",
                       f"Cofion\n{lw}"), subj=f"Cyngor cyfreithiol – {c.num}", sender=email_of(lw, "gov.wales"))


@T("solicitor-correspondence", "en", "email", frm="firm_c")
def sc_email(r, c):
    c.law(r, True)
    return dict(text=J(f"Dear {c.fca.split()[0]}", r.choice([f"Thank you for your instructions. I have reviewed the LA's initial evidence in {c.num} and agree we should support the ICO but oppose separation of the siblings.",
                                                              "Please could you confirm your position on the draft order attached before 4pm so I can circulate it.",
                                                              f"I met {c.k['first']} today with you. I will draft our position statement and send it for your approval.",
                                                              "Counsel's attendance note from today's hearing is attached for your file."]),
                       f"Kind regards\n{c.c_sol}\n{c.c_firm[0]}\nSolicitor for the child(ren) (instructed by the Children's Guardian)"),
                subj=r.choice([f"{c.num} – guardian's instructions", f"RE: draft order {c.case_name}", f"{c.k['last']} children – position statement"]),
                sender=email_of(c.c_sol, c.c_firm[1]))


@T("solicitor-correspondence", "en", "att", frm="firm_c")
def sc_letter(r, c):
    c.law(r, True)
    return dict(text=J(firm_lh(r, c.c_firm, c), refblock(r, [("Our ref", f"{c.c_sol.split()[-1][:3].upper()}/{r.randrange(100, 999)}"), ("Date", c.d(r, style=0))]),
                       f"{c.fca}\nChildren's Guardian, {c.cafcass}", "PRIVILEGED", f"Dear {c.fca.split()[0]}",
                       f"Re: {c.kids_txt()} – {c.num}",
                       r.choice(["Further to our meeting, I confirm your instructions: (1) support the LA's application for an ICO; (2) seek an ISW assessment of the paternal grandmother.",
                                 "I enclose the LA's final evidence for your consideration. Please let me have your analysis by the 14th.",
                                 "I write to confirm that the final hearing is listed for 3 days. Counsel has been booked."]),
                       signoff(r, c.c_sol, "Solicitor for the children", c.c_firm[0])), doc="Letter from child's solicitor", sender=email_of(c.c_sol, c.c_firm[1]))


@T("solicitor-correspondence", "en", "email", frm="cafcass")
def sc_guardian(r, c):
    c.law(r, True)
    return dict(text=J(f"Hi {c.c_sol.split()[0]},", r.choice([f"My instructions for the IRH in {c.num}: I support the care plan but want a clause about sibling contact at least monthly.",
                                                             "I've seen the psychological report. Please ask the expert the supplementary question about the mother's capacity to engage.",
                                                             "I won't be able to attend the advocates' meeting on Thursday – please go ahead and call me afterwards."]),
                       f"Thanks\n{c.fca}\nChildren's Guardian"), subj=r.choice([f"Instructions – {c.num}", f"RE: advocates meeting {c.num}"]),
                sender=email_of(c.fca, c.cdom))


@T("solicitor-correspondence", "cy", "email", frm="firm_c")
def sc_cy(r, c):
    c.law(r, True)
    return dict(text=J(f"Annwyl {c.fca.split()[0]},", r.choice([f"Diolch am eich cyfarwyddiadau. Rwyf wedi darllen tystiolaeth gychwynnol yr awdurdod lleol yn {c.num} ac yn cytuno y dylem gefnogi'r gorchymyn gofal interim.",
                                                                 "A allwch chi gadarnhau eich safbwynt ar y gorchymyn drafft sydd ynghlwm cyn 4pm?"]),
                       f"Cofion\n{c.c_sol}\n{c.c_firm[0]}\nCyfreithiwr y plant"), subj=f"{c.num} – cyfarwyddiadau'r gwarcheidwad", sender=email_of(c.c_sol, c.c_firm[1]))


@T("solicitor-correspondence", "cy", "att", frm="firm_c")
def sc_cy_letter(r, c):
    c.law(r, True)
    return dict(text=J(firm_lh(r, c.c_firm, c), c.d(r, cy=True), f"{c.fca}\nGwarcheidwad Plant, CAFCASS Cymru", "BREINTIEDIG",
                       f"Annwyl {c.fca.split()[0]},", "Yn dilyn ein cyfarfod, cadarnhaf eich cyfarwyddiadau: cefnogi cais yr awdurdod lleol a gofyn am asesiad o'r nain.",
                       signoff(r, c.c_sol, "Cyfreithiwr y plant", c.c_firm[0], cy=True)), doc="Gohebiaeth gyda chyfreithiwr y plentyn", sender=email_of(c.c_sol, c.c_firm[1]))


@T("legal-call-note", "en", "doc")
def lcn_sol(r, c):
    c.law(r, True)
    return dict(text=J(r.choice(["## Note of telephone discussion with children's solicitor", "## Call with child's solicitor – note", "## Attendance note"]),
                       f"{c.num} | {c.d(r, style=1)} | {r.randrange(9, 17)}:{r.choice(['05', '20', '45'])} | {r.randrange(10, 40)} mins",
                       f"Call between {c.fca} (Guardian) and {c.c_sol} ({c.c_firm[0]}).",
                       "Discussed: " + r.choice(["LA's late filing; agreed to seek a direction.", "whether to instruct a psychologist; agreed to await the ISW report.", "draft threshold; minor amendments agreed."]),
                       "Agreed actions: " + r.choice([f"{c.c_sol.split()[0]} to draft position statement by Friday.", "Guardian to visit children before IRH.", "advocates' meeting to be arranged."])),
                doc="Note of call with solicitor")


@T("legal-call-note", "en", "doc")
def lcn_legal(r, c):
    lw = legal_person(r, c)
    return dict(text=J(r.choice(["## Consultation with Cafcass Legal – note", "## Record of advice call", "## Note of Teams meeting with legal"]),
                       f"Case: {c.case_name} ({c.num})\nPresent: {c.fca}, {c.mgr} (SM), {lw} (Cafcass Legal)\nDate: {c.d(r, style=0)}",
                       "Summary of discussion: " + r.choice(["the court's request for Cafcass to supervise contact; legal will write to the court.", "rule 16.4 appointment – agreed to recommend it.", "witness summons for the FCA; legal to apply to set aside."]),
                       "PRIVILEGED – store in legal advice section."), doc="Note of call with Cafcass Legal")


@T("legal-call-note", "en", "scan")
def lcn_hand(r, c):
    c.law(r, True)
    return dict(text=J(f"{c.d(r, style=2)}  T/C w/ {c.c_sol.split()[0]} ({c.c_firm[0].split()[0]})", f"re {c.num}",
                       r.choice(["- LA final evid. late again\n- sol to write to LA\n- IRH fine to go ahead", "- counsel booked for FH\n- Guardian to file analysis wk before\n- sibling contact clause",
                                 "- ISW rpt neg.\n- agreed not to challenge\n- check w/ SM"]),
                       r.choice(["10 mins", "approx 15m", ""])), doc="Call note")


@T("legal-call-note", "cy", "doc")
def lcn_cy(r, c):
    c.law(r, True)
    return dict(text=J(r.choice(["## Nodyn o alwad ffôn gyda chyfreithiwr y plant", "## Nodyn presenoldeb"]),
                       f"{c.num} | {c.d(r, cy=True, style=2)}",
                       f"Galwad rhwng {c.fca} (Gwarcheidwad) a {c.c_sol} ({c.c_firm[0]}).",
                       "Trafodwyd: " + r.choice(["ffeilio hwyr gan yr awdurdod lleol.", "a ddylid cyfarwyddo seicolegydd."]),
                       "Camau: bydd y cyfreithiwr yn drafftio'r datganiad sefyllfa erbyn dydd Gwener."), doc="Nodyn o alwad gyda chyfreithiwr")


@T("legal-call-note", "cy", "doc")
def lcn_bi(r, c):
    return dict(text=J("## Nodyn o alwad gyda chyfreithiwr / Note of call with lawyer", f"{c.num} – {c.d(r, style=1)}",
                       "Cyngor / Advice: " + r.choice(["peidio â datgelu / do not disclose", "gofyn am ryddhad / ask to be released"]),
                       f"{c.fca}"), doc="Nodyn o alwad gyda chyfreithiwr")


# =============================================================================================
# further-information
@T("thank-you-card", "en", "scan")
def ty_mum(r, c):
    return dict(text=J(r.choice(["Thank You", "THANK YOU SO MUCH", "With thanks", "thank u"]),
                       f"To {c.fca.split()[0]},", r.choice(["Thank you for listening to my children and for everything you did. We are finally settled.",
                                                            "Just a little card to say thanks for being so kind to the kids.", "You made a horrible time easier. Thank you."]),
                       f"{r.choice(['Love', 'Best wishes', 'From'])} {c.resp.split()[0]} & {c.kids_txt()} x"), doc="Thank you card")


@T("thank-you-card", "en", "scan")
def ty_child(r, c):
    return dict(text=J(r.choice(["THANK YOU", "thank you card", "Thanks!!!"]), f"to {c.fca.split()[0]}",
                       r.choice(["thank you for helping me and my mum and dad", "you are the best", "thank you for talking to me"]),
                       f"from {c.k['first']} age {c.k['age']}", r.choice(["[drawing of a flower]", "☺", "xxx"])), doc="Thank you card from child")


@T("thank-you-card", "en", "scan")
def ty_dad(r, c):
    return dict(text=J(r.choice(["Many thanks", "Thank you", "Cheers"]),
                       f"{c.fca}, I wanted to say thanks for the fair report. I get to see {c.kids_txt()} every other weekend now.",
                       f"All the best, {c.appl.split()[0]}"), doc="Thank you card")


@T("thank-you-card", "cy", "scan")
def ty_cy(r, c):
    return dict(text=J(r.choice(["Diolch", "DIOLCH YN FAWR", "Diolch o galon"]), f"I {c.fca.split()[0]},",
                       "Diolch am wrando ar y plant ac am bopeth wnaethoch chi. Rydyn ni wedi setlo o'r diwedd.",
                       f"Cariad, {c.resp.split()[0]} a'r plant x"), doc="Cerdyn diolch")


@T("thank-you-card", "cy", "scan")
def ty_cy_child(r, c):
    return dict(text=J(r.choice(["DIOLCH", "Diolch!"]), f"i {c.fca.split()[0]}", "diolch am fy helpu i a mam a dad",
                       f"oddi wrth {c.k['first']} ({c.k['age']} oed)"), doc="Cerdyn diolch")


@T("informal-contact", "en", "scan")
def ic_reception(r, c):
    return dict(text=J(r.choice(["Note left at reception", "Message for " + c.fca, "Phone message"]),
                       f"{c.d(r, style=2)} {r.randrange(9, 17)}:{r.choice(['10', '35', '50'])}",
                       f"From: {r.choice([c.gran, 'neighbour (would not give name)', 'aunt of children', c.partner])}",
                       r.choice([f"Wanted FCA to know the kids were left alone at {c.addr.split(',')[0]} on Sat night.",
                                 "Called to say she is happy to help with contact handovers.", "Asked for a call back re grandparents' rights."]),
                       f"Taken by {r.choice(['reception', 'BSO', 'duty'])}"), doc="Message")


@T("informal-contact", "en", "email", frm="party")
def ic_friend(r, c):
    nm = f"{r.choice(F_EN)} {r.choice(S_EN)}"
    return dict(text=J("Hello", f"I'm a friend of {c.resp.split()[0]}'s. I don't know if I'm allowed to contact you but I thought you should know " +
                       r.choice(["the dad has been turning up at the school gates.", "she is doing really well now and the kids are happy.", f"I've known {c.kids_txt()} since they were born and I'm happy to speak to you."]),
                       f"{nm.split()[0]}"), subj=r.choice(["family court", "about the children", "info"]), sender_name=nm)


@T("informal-contact", "en", "doc")
def ic_social(r, c):
    return dict(text=J(r.choice(["Screenshot – Facebook post", "printout of messages", "WhatsApp export"]),
                       f"{c.father.split()[0]} {r.choice(['•', '-'])} {r.randrange(1, 12)}h",
                       r.choice(["Another day without my kids because of a lying ex and a useless cafcass. #justiceforfathers",
                                 "So proud of my little one at sports day today ❤️", "[voice note 0:42]"]),
                       f"Provided by {r.choice([c.mother, c.gran])}"), doc="Screenshot")


@T("informal-contact", "en", "scan")
def ic_postcard(r, c):
    return dict(text=J(r.choice(["Greetings from Tenby", "Postcard", "Hello from Skegness"]),
                       f"Dear {c.fca.split()[0]}, we are on holiday with dad like you said we could. It's raining but fun.",
                       f"{c.k['first']}", "CAFCASS\n" + c.town), doc="Postcard")


@T("informal-contact", "cy", "scan")
def ic_cy(r, c):
    return dict(text=J(r.choice(["Neges i " + c.fca, "Neges ffôn"]), f"{c.d(r, cy=True, style=2)}",
                       f"Gan: {r.choice([c.gran, 'cymydog', 'modryb y plant'])}",
                       r.choice(["Eisiau i'r gweithiwr wybod bod y plant wedi'u gadael ar eu pennau eu hunain nos Sadwrn.", "Yn fodlon helpu gyda throsglwyddo'r plant."]),
                       "Cymerwyd gan y dderbynfa"), doc="Cyswllt anffurfiol")


@T("informal-contact", "cy", "email", frm="party")
def ic_cy_email(r, c):
    nm = f"{r.choice(F_CY)} {r.choice(S_CY)}"
    return dict(text=J("Helo,", f"Ffrind i {c.resp.split()[0]} ydw i. Dydw i ddim yn siŵr os ydw i'n cael cysylltu ond roeddwn i eisiau dweud bod y plant yn hapus iawn ar hyn o bryd.",
                       nm.split()[0]), subj="y plant", sender_name=nm)


# =============================================================================================
# court-bundle
@T("court-bundle", "en", "att", frm="council")
def cb_index(r, c):
    c.law(r, True)
    secs = [("A", "Preliminary documents", ["Case summary", "Chronology", "Threshold document", "Position statements"]),
            ("B", "Applications and orders", ["C110A", "Orders"]), ("C", "Local authority evidence", ["SWET", "Care plan", "Genogram"]),
            ("D", "Parents' statements", ["Mother's statement", "Father's statement"]), ("E", "Expert evidence", ["Psychological assessment", "Hair strand results"]),
            ("F", "Other documents", ["School records", "Police disclosure"])]
    out, p = [], 1
    for L, t, items in secs:
        out.append(f"{L}\t{t.upper()}")
        for i, it in enumerate(items, 1):
            n = r.randrange(2, 30)
            out.append(f"{L}{i}\t{it}\t{c.d(r, -r.randrange(5, 120), style=1)}\t{L}{p}-{L}{p + n}")
            p += n + 1
        p = 1
    return dict(text=J(court_head(r, c), f"Case No: {c.num}  {c.case_name}", r.choice(["## INDEX", "## Bundle index", "## Hearing bundle – index", "## PRACTICE DIRECTION 27A BUNDLE INDEX"]),
                       f"Hearing: {r.choice(['IRH', 'Final hearing', 'CMH'])} {fd(r, c.hearing, style=0)}", "Tab\tDocument\tDate\tPages", "\n".join(out)),
                doc="Bundle index")


@T("court-bundle", "en", "doc")
def cb_page(r, c):
    tab = r.choice("CDEF")
    n = r.randrange(10, 260)
    return dict(text=J(f"{c.num}", f"{tab}{n}", r.choice(["...the mother accepted that the house had been in that condition for some weeks and that she had not taken the children to the dentist.",
                                                           "Q. Did you see the injury? A. No. I was told about it later by the nursery.",
                                                           "paragraph 23 of the expert report sets out the results of the WAIS-IV testing."]),
                       f"{tab}{n}", "---", f"{tab}{n + 1}", "continued ...", f"Page {n + 1} of {n + r.randrange(20, 90)}"), doc="Bundle pages")


@T("court-bundle", "en", "att", frm="firm_f")
def cb_ebundle(r, c):
    c.law(r, False)
    return dict(text=J(r.choice(["CaseLines", "Electronic bundle", "e-bundle (Adobe portfolio)"]), f"{c.case_name} – {c.num}",
                       r.choice(["Section A – Preliminaries (pp. A1–A46)", "Section B – Statements (pp. B1–B212)", "Supplementary bundle – index"]),
                       "\n".join(f"{i}. {d}" for i, d in enumerate(r.sample(["Case outline", "Schedule of allegations", "Response to schedule", "Orders", "Cafcass safeguarding letter",
                                                                             "Section 7 report", "Police disclosure", "Statement of father", "Statement of mother", "Photographs"], 6), 1)),
                       f"Prepared by {c.f_firm[0]} for the hearing on {fd(r, c.hearing, style=1)}"), doc="Court bundle", sender=email_of(c.f_sol, c.f_firm[1]))


@T("court-bundle", "en", "scan")
def cb_prelim(r, c):
    c.law(r, False)
    return dict(text=J(f"A{r.randrange(1, 9)}", "CASE SUMMARY", court_head(r, c), f"{c.num}",
                       "Parties and representation | Children | Key dates",
                       f"Applicant {c.appl} ({c.f_firm[0]})\nRespondent {c.resp} ({c.m_firm[0]})",
                       "Issues for this hearing: " + r.choice(["findings sought – see schedule at A20", "final welfare decision", "interim arrangements"]),
                       f"Reading list (estimated 1.5 hours): A1-A30, B1-B40, C1-C22", f"A{r.randrange(10, 20)}"), doc="Bundle – preliminary documents")


@T("court-bundle", "cy", "att", frm="council")
def cb_cy(r, c):
    c.law(r, True)
    return dict(text=J(court_head(r, c, True), f"Rhif yr achos: {c.num}", r.choice(["## MYNEGAI", "## Mynegai'r bwndel"]),
                       "Adran\tDogfen\tTudalennau",
                       "A\tDogfennau rhagarweiniol\tA1-A40\nB\tCeisiadau a gorchmynion\tB1-B25\nC\tTystiolaeth yr awdurdod lleol\tC1-C180\nD\tDatganiadau'r rhieni\tD1-D60\nE\tTystiolaeth arbenigol\tE1-E95"),
                doc="Bwndel llys")


@T("court-bundle", "cy", "doc")
def cb_bi(r, c):
    return dict(text=J("## Bwndel y llys – mynegai / Court bundle – index", f"{c.court_cy} / {c.court}  {c.num}",
                       "A  Dogfennau rhagarweiniol / Preliminary documents  A1-A35\nB  Datganiadau / Statements  B1-B120\nC  Adroddiadau / Reports  C1-C88"),
                doc="Bwndel llys")


# =============================================================================================
# police-information
def dob(r):
    return f"{r.randrange(1, 28):02d}/{r.randrange(1, 13):02d}/{r.randrange(1972, 2000)}"


@T("pnc-disclosure", "en", "att", frm="police")
def pnc_print(r, c):
    who = r.choice([c.father, c.partner, c.mother])
    offs = [("Common assault", "Magistrates", "Fine £200 + costs"), ("Possession of cannabis (Class B)", "Caution", "Simple caution"),
            ("Assault occasioning ABH", "Crown Court", "12 months imprisonment susp. 18 months"), ("Drink driving", "Magistrates", "Disqualified 18 months"),
            ("Criminal damage", "Magistrates", "Conditional discharge 12 months"), ("Breach of non-molestation order", "Magistrates", "Community order")]
    rows = "\n".join(f"{r.randrange(2005, c.today.year)}\t{o}\t{ct}\t{s}" for o, ct, s in r.sample(offs, r.randrange(1, 4)))
    return dict(text=J(police_lh(r, c), r.choice(["## Police National Computer – convictions and cautions", "## PNC print", "## Disclosure: conviction history", "## Criminal record summary"]),
                       f"Subject: {who}   DOB {dob(r)}   PNC ID {r.randrange(10, 25)}/{r.randrange(100000, 999999)}{r.choice('ABCDEFGHJK')}",
                       "Date\tOffence\tCourt\tDisposal", rows,
                       f"Cafcass ref: {c.num}", "This information must not be disclosed to the subject or any third party without the consent of the force."),
                doc="PNC disclosure", subj=r.choice([f"OFFICIAL-SENSITIVE: Cafcass request {c.num}", "RE: PNC check", ""]))


@T("pnc-disclosure", "en", "email", frm="police")
def pnc_notrace(r, c):
    return dict(text=J("OFFICIAL – SENSITIVE", "Good morning,", f"Re: {c.num} – {c.mother} / {c.father}" + (f" / {c.partner}" if r.random() < .4 else ""),
                       r.choice(["PNC and PND checks have been completed: NO TRACE for any named party.", "No trace on PNC. No trace on PND.",
                                 f"PNC: {c.father} – one conviction (see attached). {c.mother} – no trace.", "Checks complete – nothing recorded for the persons named."]),
                       f"Regards\n{r.choice(['Disclosure Officer', 'Police Staff Investigator', 'Researcher'])}\n{r.choice(['Family Court Disclosure Unit', 'Public Protection Unit', 'Safeguarding Hub'])}\n{c.police}"),
                subj=r.choice([f"RE: Cafcass check {c.num} – result", f"OFFICIAL-SENSITIVE {c.num}", "No trace response"]),
                sender=r.choice([f"cafcass.requests@{c.pdom}", f"disclosure.unit@{c.pdom}", f"ppu.research@{c.pdom}"]))


@T("pnc-disclosure", "en", "scan")
def pnc_letter(r, c):
    return dict(text=J(police_lh(r, c), c.d(r, style=0), f"Your ref: {c.num}",
                       r.choice(["## Convictions, cautions, reprimands and warnings", "## Response – criminal record information", "## Information held on the Police National Computer"]),
                       f"Name: {c.father}\nDate of birth: {dob(r)}",
                       f"Total convictions: {r.randrange(0, 9)}  Offences: {r.randrange(0, 15)}  Cautions: {r.randrange(0, 3)}",
                       "Most recent: " + r.choice(["Battery (domestic) – 2022 – Community Order with Building Better Relationships", "Theft – 2016 – fine", "None"]),
                       "Warning markers: " + r.choice(["VIOLENT", "DRUGS", "none"])), doc="PNC disclosure")


@T("pnc-disclosure", "cy", "att", frm="police")
def pnc_cy(r, c):
    return dict(text=J(police_lh(r, c), r.choice(["## Cyfrifiadur Cenedlaethol yr Heddlu (PNC) – euogfarnau a rhybuddiadau", "## Datgeliad PNC"]),
                       f"Gwrthrych: {c.father}   Dyddiad geni {dob(r)}",
                       "Dyddiad\tTrosedd\tLlys\tCanlyniad",
                       f"{r.randrange(2008, 2023)}\tYmosodiad cyffredin\tLlys Ynadon\tDirwy £200\n{r.randrange(2008, 2023)}\tMeddu ar ganabis\tRhybuddiad\tRhybuddiad syml",
                       f"Cyf CAFCASS Cymru: {c.num}", "Ni ddylid datgelu'r wybodaeth hon heb ganiatâd yr heddlu."), doc="Datgeliad PNC", subj=f"SWYDDOGOL-SENSITIF {c.num}")


@T("pnc-disclosure", "cy", "email", frm="police")
def pnc_cy_nt(r, c):
    return dict(text=J("SWYDDOGOL – SENSITIF / OFFICIAL – SENSITIVE", "Bore da,", f"Cyf: {c.num}",
                       "Cwblhawyd gwiriadau PNC a PND: DIM COFNOD ar gyfer unrhyw barti a enwyd. / PNC and PND: NO TRACE for any named party.",
                       f"Cofion\nUned Datgelu / Disclosure Unit\n{c.heddlu}"), subj=f"Dim cofnod / No trace {c.num}", sender=f"datgelu@{c.pdom}")


@T("police-callouts", "en", "att", frm="police")
def pc_history(r, c):
    rows = []
    for _ in range(r.randrange(3, 7)):
        d = c.today - timedelta(days=r.randrange(30, 1400))
        rows.append(f"{d.strftime('%d/%m/%Y')} {r.randrange(0, 24):02d}:{r.randrange(60):02d}\t{r.choice(['Domestic – verbal', 'Domestic – physical', 'Concern for welfare', 'Breach of the peace', 'Child neglect', 'Harassment'])}\t"
                    f"{r.choice([c.addr, c.addr.split(',')[0] + ' (outside)', 'McDonalds car park'])}\t{r.choice(['Attended', 'Attended – DASH medium', 'Attended – arrest', 'Advice given', 'NFA'])}")
    return dict(text=J(police_lh(r, c), r.choice(["## Domestic abuse history", "## Incidents attended at address", "## STORM incident log summary", "## Record of police attendances"]),
                       f"Persons: {c.mother}, {c.father}   Cafcass ref {c.num}", "Date/time\tType\tLocation\tResult", "\n".join(rows),
                       "Children present: " + r.choice(["yes – on 2 occasions", "not recorded", "yes"])), doc="Police call-out log",
                subj=r.choice([f"DA history – {c.num}", ""]))


@T("police-callouts", "en", "doc", frm="police")
def pc_niche(r, c):
    cls = r.choice(["Domestic abuse – common assault", "Domestic incident – non-crime", "Missing person (child)"])
    summ = {"Domestic abuse – common assault": "Caller reports ex-partner banging on door and shouting. Officers attended, male left prior.",
            "Domestic incident – non-crime": "Verbal argument over contact handover in street. Both parties spoken to.",
            "Missing person (child)": f"{c.k['first']} reported missing by mother, found at father's address after 3 hours. Missing person report closed."}[cls]
    return dict(text=J(r.choice(["Niche RMS – Occurrence summary", "Occurrence enquiry log", "Athena – investigation summary"]), police_lh(r, c),
                       f"Occurrence {r.randrange(10, 99)}/{r.randrange(100000, 999999)}/{str(c.today.year)[2:]}",
                       f"Reported: {c.d(r, -r.randrange(40, 400), style=1)}  Classification: {cls}",
                       f"Summary: {summ}",
                       "Safeguarding: PPN/Vulnerability referral submitted to children's services."),
                rc="missing-person" if cls.startswith("Missing") else None, doc="Police incident log")


@T("police-callouts", "en", "email", frm="police")
def pc_email(r, c):
    return dict(text=J("OFFICIAL - SENSITIVE", f"Cafcass request {c.num}",
                       "Below are the incidents linked to the named parties:",
                       "\n".join(f"- {c.d(r, -r.randrange(50, 900), style=1)}: {r.choice(['domestic verbal, no offences disclosed', 'assault reported by mother, NFA evidential difficulties', 'concern for welfare of child, all fine on attendance', 'harassment reported by father'])}" for _ in range(r.randrange(2, 5))),
                       f"{r.choice(['Researcher', 'PPU Admin'])}, {c.police}"), subj=f"Incident history – {c.num}", sender=f"ppu@{c.pdom}")


@T("police-callouts", "cy", "att", frm="police")
def pc_cy(r, c):
    rows = "\n".join(f"{(c.today - timedelta(days=r.randrange(30, 1000))).strftime('%d/%m/%Y')}\t{r.choice(['Domestig – geiriol', 'Domestig – corfforol', 'Pryder am les'])}\t{r.choice(['Mynychwyd', 'Dim camau pellach', 'Arestio'])}" for _ in range(r.randrange(2, 5)))
    return dict(text=J(police_lh(r, c), r.choice(["## Hanes cam-drin domestig", "## Digwyddiadau a fynychwyd yn y cyfeiriad"]),
                       f"Unigolion: {c.mother}, {c.father}", "Dyddiad\tMath\tCanlyniad", rows), doc="Log galwadau'r heddlu", subj=f"{c.num}")


@T("police-callouts", "cy", "doc", frm="police")
def pc_bi(r, c):
    return dict(text=J(f"{c.heddlu} / {c.police}", "## Log digwyddiadau / Incident log",
                       f"Digwyddiad / Incident {r.randrange(100, 999)} {c.d(r, -90, style=1)}",
                       "Crynodeb / Summary: ffrae ar lafar wrth drosglwyddo'r plant / verbal argument at handover",
                       "Canlyniad / Result: cyngor / advice given"), doc="Log galwadau'r heddlu")


@T("police-check", "en", "att", frm="police")
def pchk_form(r, c):
    c.law(r, False)
    return dict(text=J(police_lh(r, c), r.choice(["## Cafcass safeguarding check – police response", "## Response to request for information (Cafcass)", "## Private law police check", "## Third party information request – reply"]),
                       refblock(r, [("Cafcass ref", c.num), ("Force ref", f"{r.choice(['PPU', 'MASH', 'FCDU'])}/{r.randrange(1000, 99999)}"), ("Date", c.d(r, style=1))]),
                       "Subject\tPNC\tLocal intelligence\tDA incidents",
                       "\n".join(f"{n}\t{r.choice(['No trace', 'Trace – see attached', 'No trace'])}\t{r.choice(['Nil', 'Yes', 'Nil'])}\t{r.randrange(0, 5)}" for n in [c.mother, c.father]),
                       "Any information relevant to the safety of the children? " + r.choice(["No", "Yes – see summary", "Not known"]),
                       "Handle as OFFICIAL-SENSITIVE."), doc="Police check", subj=f"Police check response {c.num}")


@T("police-check", "en", "email", frm="police")
def pchk_email(r, c):
    return dict(text=J(f"Dear {c.cafcass} colleague,", f"With regard to your request dated {c.d(r, -6)} ({c.num}):",
                       r.choice([f"{c.partner} is recorded as a suspect in a domestic assault (2020, NFA). There is local intelligence that he supplies drugs.",
                                 f"{c.partner} is a registered sex offender managed under MAPPA and is recorded as a person who poses a risk to children.",
                                 "There is no information held by this force that would indicate a risk to the children.",
                                 f"A non-molestation order is in force protecting {c.mother} against {c.father} until {c.d(r, 200)}."]),
                       "This information is provided for safeguarding purposes only.", f"{c.police} – Child Safeguarding Team"), rc="adult-posing-risk",
                subj=r.choice([f"Safeguarding enquiry {c.num}", f"RE: [EGRESS] Cafcass request – {c.k['last']}"]), sender=f"childsafeguarding@{c.pdom}")


@T("police-check", "en", "scan")
def pchk_military(r, c):
    return dict(text=J(r.choice(["Royal Military Police", "British Transport Police", c.police]), r.choice(["## Results of enquiry", "## Reply to Cafcass", "## Check result"]),
                       f"Ref {c.num}", f"Name checked: {c.father}",
                       r.choice(["No trace on service police systems.", "Two incidents recorded at service family accommodation (2019, 2020): verbal domestic.",
                                 "Nothing recorded on BTP systems."]),
                       f"Officer: {r.choice(['Sgt', 'DC', 'PSI'])} {r.choice(S_EN)}   {c.d(r, style=1)}"), doc="Police check")


@T("police-check", "cy", "att", frm="police")
def pchk_cy(r, c):
    return dict(text=J(police_lh(r, c), r.choice(["## Gwiriad diogelu CAFCASS Cymru – ymateb yr heddlu", "## Ateb i gais am wybodaeth"]),
                       f"Cyf CAFCASS Cymru: {c.num}\nDyddiad: {c.d(r, cy=True)}",
                       f"{c.mother}: dim cofnod\n{c.father}: " + r.choice(["dim cofnod", "un digwyddiad domestig (2021)"]),
                       "A oes unrhyw wybodaeth sy'n berthnasol i ddiogelwch y plant? " + r.choice(["Nac oes", "Oes – gweler y crynodeb"])),
                doc="Gwiriad diogelu'r heddlu", subj=f"Gwiriad heddlu {c.num}")


@T("police-check", "cy", "email", frm="police")
def pchk_cy_email(r, c):
    return dict(text=J("Annwyl gydweithiwr,", f"Ynghylch eich cais ({c.num}): nid oes gan yr heddlu hwn wybodaeth a fyddai'n dangos risg i'r plant. / This force holds no information indicating a risk to the children.",
                       f"{c.heddlu} – Tîm Diogelu Plant"), subj=f"Ymholiad diogelu / Safeguarding enquiry {c.num}", sender=f"diogeluplant@{c.pdom}")


# =============================================================================================
# null: things nobody files in a case
@T("null", "en", "email", frm="cafcass")
def n_ooo(r, c):
    return dict(text=J(r.choice(["Automatic reply: ", "Out of Office: ", ""]) + "Thank you for your e-mail.",
                       f"I am out of the office until {c.d(r, 7)} with limited access to e-mail. For urgent matters please contact the duty line on 0300 456 {r.randrange(4000, 4999)}.",
                       r.choice(["", f"{c.fca}"])), subj=r.choice(["Automatic reply: " + c.num, "Out of office", "Automatic reply: RE: checks"]))


@T("null", "cy", "email", frm="cafcass")
def n_ooo_cy(r, c):
    return dict(text=J("Ateb awtomatig / Automatic reply",
                       f"Diolch am eich e-bost. Rydw i allan o'r swyddfa tan {c.d(r, 5, cy=True, style=0)}. / I am out of the office until {c.d(r, 5, style=0)}.",
                       "Ar gyfer materion brys, cysylltwch â'r tîm dyletswydd. / For urgent matters contact the duty team."), subj="Ateb awtomatig / Automatic reply")


@T("null", "en", "email", frm="it")
def n_it(r, c):
    return dict(text=J(r.choice(["IT Service Desk", "Digital Services"]), r.choice(["Your password will expire in 3 days. Please change it using Ctrl+Alt+Del.",
                                                                                  "Planned maintenance: ECMS will be unavailable on Saturday 06:00–12:00.",
                                                                                  "Phishing alert: do not open the attachment 'Invoice_2291.zip'. Report suspicious e-mails with the Report button.",
                                                                                  "Your mailbox is almost full (98%). Please archive old items."]),
                       "Do not reply to this message."), subj=r.choice(["Password expiry notice", "Planned maintenance", "PHISHING WARNING", "Mailbox quota"]))


@T("null", "en", "doc")
def n_menu(r, c):
    return dict(text=J(r.choice(["Staff restaurant – menu of the week", "Canteen menu", "Café Menu"]),
                       "\n".join(f"{d}: {r.choice(['Chicken curry', 'Veg lasagne', 'Fish & chips', 'Jacket potatoes', 'Soup of the day', 'Roast dinner'])} £{r.randrange(3, 6)}.{r.choice(['00', '50', '95'])}" for d in DAY[:5]),
                       "Allergen information available on request"))


@T("null", "cy", "doc")
def n_menu_cy(r, c):
    return dict(text=J("Bwydlen y ffreutur / Canteen menu",
                       "\n".join(f"{d}: {r.choice(['Cawl cennin / Leek soup', 'Cyri llysiau / Vegetable curry', 'Pysgod a sglodion / Fish and chips', 'Tatws pob / Jacket potatoes'])}" for d in DAY_CY[:5])))


@T("null", "en", "doc")
def n_payslip(r, c):
    return dict(text=J(r.choice(["PAYSLIP", "Pay advice"]), f"Employee no {r.randrange(10000, 99999)}  Period {r.randrange(1, 12)}",
                       f"Basic pay {r.randrange(1800, 3200)}.00\nTax {r.randrange(200, 500)}.40\nNI {r.randrange(100, 300)}.12\nPension {r.randrange(80, 250)}.00",
                       f"Net pay {r.randrange(1500, 2600)}.33"))


@T("null", "en", "email", frm="cafcass")
def n_room(r, c):
    return dict(text=J("Room booking confirmation", f"Room: {r.choice(['Meeting Room 2', 'Family Room', 'Boardroom', 'Quiet room'])}\nDate: {c.d(r, 3, style=3)}\nTime: 10:00–12:00\nBooked by: {c.fca}",
                       "To cancel, use the room booking system."), subj="Booking confirmed")


@T("null", "en", "email", frm="marketing")
def n_marketing(r, c):
    return dict(text=J(r.choice(["FREE WEBINAR", "Last chance to book!", "Early bird offer"]),
                       r.choice(["Family Law Update 2025 – 6 CPD hours – book now and save 20%.", "New edition of the Children Act handbook – order today.",
                                 "Join our conference on domestic abuse and the family court."]),
                       "Unsubscribe | Manage preferences"), subj=r.choice(["Don't miss out – CPD webinar", "New: Family Law Handbook", "Conference 2025"]))


@T("null", "en", "scan")
def n_blank(r, c):
    return dict(text=r.choice(["", " ", "\n\n", ".", "This page is intentionally left blank", "- -"]) or " ")


@T("null", "en", "scan")
def n_testpage(r, c):
    return dict(text=J(r.choice(["Scanner test page", "TEST TEST TEST", "Configuration Page"]), r.choice(["ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789", "Resolution 300 dpi  Colour: Auto", "Toner: Cyan 40% Magenta 55% Yellow 62% Black 12%"])))


@T("null", "en", "email", frm="cafcass")
def n_newsletter(r, c):
    return dict(text=J(r.choice(["Staff newsletter", "This week at Cafcass", "Team bulletin"]),
                       "- Welcome to our new starters\n- Wellbeing hour on Thursday\n- Bake sale for Children in Need raised £212\n- Reminder: complete your mandatory training"),
                subj=r.choice(["Staff news", "Team bulletin – week 23", "Newsletter"]))


@T("null", "cy", "doc")
def n_fire_cy(r, c):
    return dict(text=J("HYSBYSIAD STAFF / STAFF NOTICE", "Bydd prawf larwm tân ddydd Mercher am 11:00. / There will be a fire alarm test on Wednesday at 11:00.",
                       "Does dim angen gadael yr adeilad. / No need to leave the building."))


@T("null", "en", "email", frm="cafcass")
def n_leave(r, c):
    return dict(text=J("Annual leave request", f"Hi {c.mgr.split()[0]}, can I book {c.d(r, 20, style=0)} to {c.d(r, 24, style=0)} as leave please? My diary is clear.", f"Thanks {c.fca.split()[0]}"),
                subj="Leave request")


@T("null", "cy", "email", frm="cafcass")
def n_cy_news(r, c):
    return dict(text=J("Bwletin staff / Staff bulletin", "Croeso i'n haelodau newydd o staff. Cofiwch gwblhau'r hyfforddiant gorfodol erbyn diwedd y mis.",
                       "Welcome to our new staff. Please complete mandatory training by the end of the month."), subj="Bwletin / Bulletin")


@T("null", "en", "doc")
def n_parking(r, c):
    return dict(text=J(r.choice(["Car park permit", "Delivery note", "Stationery order"]),
                       r.choice([f"Permit no {r.randrange(100, 999)} – valid until 31/03", "3 x boxes A4 paper, 2 x toner cartridges – received", "Visitor parking bays 1-4 only"])))


# =============================================================================================
# post-processing
OCR_SUBS = [("rn", "m"), ("m", "rn"), ("l", "1"), ("I", "l"), ("O", "0"), ("o", "0"), ("cl", "d"), ("fi", "ﬁ"), ("e", "c"),
            ("S", "5"), ("h", "b"), ("tt", "u"), (",", "."), ("a", "o")]
DIACRITICS = str.maketrans({"ŵ": "w", "ŷ": "y", "â": "a", "ô": "o", "ê": "e", "î": "i", "û": "u", "ï": "i", "á": "a", "Ŵ": "W", "Ŷ": "Y"})


def ocr_noise(r, text):
    lines = text.split("\n")
    out = []
    level = r.choice([0.04, 0.07, 0.11])
    for ln in lines:
        if r.random() < 0.5:
            ln = ln.translate(DIACRITICS)
        words = ln.split(" ")
        nw = []
        for w in words:
            if w and r.random() < level:
                a, b = r.choice(OCR_SUBS)
                if a in w:
                    w = w.replace(a, b, 1)
            if len(w) > 6 and r.random() < level / 2:
                k = r.randrange(2, len(w) - 2)
                w = w[:k] + " " + w[k:]
            nw.append(w)
        ln = " ".join(nw)
        if len(ln) > 60 and r.random() < 0.25:
            k = ln.find(" ", r.randrange(25, len(ln) - 10))
            if k > 0:
                ln = ln[:k] + "\n" + ln[k + 1:]
        if r.random() < level * 2:
            ln = ln + r.choice([" |", " .", " ~", " '", " ,,", " ■", " _"])
        out.append(ln)
    if r.random() < 0.3:
        out.insert(0, r.choice(["|", ". .", "'", "~~"]))
    return "\n".join(out)


def headers_footers(r, text, c, org, cy=False):
    n = r.randrange(2, 9)
    if cy and r.random() < .7:
        return f"{r.choice(['SWYDDOGOL – SENSITIF', 'CYFRINACHOL', c.num, org])}\n{text}\n{r.choice([f'Tudalen 1 o {n}', f'Tudalen 1 o {n} / Page 1 of {n}', f'1 / {n}'])}"
    head = r.choice(["OFFICIAL – SENSITIVE", "OFFICIAL-SENSITIVE: PERSONAL", "CONFIDENTIAL", f"{c.num}", f"{org}", "PROTECT – PERSONAL"])
    foot = r.choice([f"Page 1 of {n}", f"1 / {n}", f"Page 1 of {n}    {org}", f"- 1 -", f"Printed {c.d(r, style=1)}  Page 1 of {n}"])
    return f"{head}\n{text}\n{foot}"


SRC_W = {"doc": [("scan", .35), ("attachment", .40), ("upload", .15), ("tree", .10)],
         "scan": [("scan", .72), ("attachment", .20), ("upload", .08)],
         "att": [("attachment", .68), ("scan", .17), ("upload", .15)],
         "tree": [("tree", .55), ("upload", .25), ("scan", .20)],
         "upload": [("upload", .55), ("attachment", .25), ("tree", .10), ("scan", .10)]}


def wpick(r, pairs):
    x = r.random() * sum(w for _, w in pairs)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def sender_for(r, frm, c, out):
    if out.get("sender"):
        return out["sender"]
    if frm == "council":
        return r.choice([email_of(c.sw, c.ldom), f"mash@{c.ldom}", f"childrens.services@{c.ldom}", f"legal.services@{c.ldom}"])
    if frm == "police":
        return f"{r.choice(['cafcass.requests', 'disclosure.unit', 'ppu.admin', 'safeguarding.hub', 'fcdu'])}@{c.pdom}"
    if frm == "court":
        return court_mail(r, c)
    if frm == "cafcass":
        return email_of(c.fca, c.cdom)
    if frm == "firm_m":
        return email_of(c.m_sol, c.m_firm[1])
    if frm == "firm_f":
        return email_of(c.f_sol, c.f_firm[1])
    if frm == "firm_c":
        return email_of(c.c_sol, c.c_firm[1])
    if frm == "nhs":
        return email_of(c.sw, "wales.nhs.uk" if c.wales else "nhs.net")
    if frm == "party":
        return webmail(r, out.get("sender_name") or c.resp)
    if frm == "probation":
        return email_of(c.sw, "justice.gov.uk")
    if frm == "legal":
        return email_of(legal_person(r, c), c.cdom)
    if frm == "it":
        return r.choice(["servicedesk@cafcass.gov.uk", "noreply.itservices@cafcass.gov.uk", "desg.gwasanaeth@gov.wales"])
    if frm == "marketing":
        return r.choice(["events@familylawcpd.co.uk", "marketing@lexbooks-direct.co.uk", "news@childlawconference.org.uk"])
    if frm == "school":
        return f"office@{c.school.lower().replace(' ', '')[:14]}.sch.uk"
    # forwarded by a colleague or the business services mailbox
    return r.choice([email_of(c.fca, c.cdom), "business.services@cafcass.gov.uk" if not c.wales else "cafcasscymru@gov.wales",
                     webmail(r, c.resp)])


def generic_subject(r, c, cy):
    return r.choice([f"{c.num}", f"FW: {c.case_name}", f"{c.case_name} - {c.num}", "Scanned document", "Documents", "", f"FW: {c.num} [SECURE]",
                     f"{c.k['last']} – {c.num}", "Fwd: documents" if not cy else "Dogfennau / Documents"])


def email_header(r, c, sender, subj, cy, when):
    nm = sender.split("@")[0].replace(".", " ").title()
    to = r.choice([email_of(c.fca, c.cdom), "business.services@cafcass.gov.uk" if not c.wales else "cafcasscymru@gov.wales",
                   f"{c.area.split()[0].lower()}.intake@{c.cdom}"])
    t = f"{when.strftime('%d %B %Y')} {r.randrange(7, 19):02d}:{r.randrange(60):02d}"
    if cy and r.random() < .6:
        return f"Oddi wrth: {nm} <{sender}>\nAnfonwyd: {t}\nAt: {to}\nPwnc: {subj}"
    return f"From: {nm} <{sender}>\nSent: {DAY[when.weekday()]}, {t}\nTo: {to}\nSubject: {subj}"


def disclaimer(r, sender, cy):
    dom = sender.split("@")[-1]
    if "police" in dom:
        return "This e-mail and any attachment are intended only for the addressee and may contain OFFICIAL-SENSITIVE information. If received in error, notify the sender and delete."
    if dom == "justice.gov.uk":
        return "This e-mail and any attachments is intended only for the attention of the addressee(s). Its unauthorised use, disclosure, storage or copying is not permitted."
    if dom == "gov.wales":
        return "Rydym yn croesawu gohebiaeth yn Gymraeg. We welcome correspondence in Welsh."
    if dom.endswith(tuple(WEBMAIL)):
        return r.choice(["Sent from my iPhone", "Sent from my Galaxy", "Get Outlook for Android", "Anfonwyd o fy iPhone" if cy else "Sent from Yahoo Mail"])
    if "nhs" in dom:
        return "This message may contain confidential information. NHSmail is certified to DCB1596 secure email standard."
    return r.choice(["Please consider the environment before printing this e-mail.", "This e-mail has been scanned for viruses.",
                     "Confidentiality: this message is intended for the named recipient only."])


def informal_name(r, c, src):
    y, m, d = c.today.year, c.today.month, c.today.day
    if src == "scan":
        return r.choice([f"SKM_C{r.choice(['308', '458', '558'])}{y % 100:02d}{m:02d}{d:02d}{r.randrange(100000, 999999)}.pdf", f"scan{r.randrange(1, 999):04d}.pdf",
                         f"Scan_{y}-{m:02d}-{d:02d}_{r.randrange(80000, 175959)}.pdf", f"RICOH_MP_C3004_{y % 100:02d}{m:02d}{d:02d}{r.randrange(1000, 9999)}.pdf",
                         f"doc{r.randrange(1000000, 9999999)}{y}{m:02d}{d:02d}.pdf", f"IMG_{r.randrange(1000, 9999)}.jpg", f"CCF{m:02d}{d:02d}{y}_{r.randrange(1, 40):04d}.pdf",
                         f"{y}{m:02d}{d:02d}{r.randrange(80000, 175959)}.tif"])
    if src == "attachment":
        return r.choice([f"ATT{r.randrange(1, 40):05d}.pdf", f"image{r.randrange(1, 9):03d}.png", "Document1.docx", "scan.pdf", "Letter.pdf",
                         f"{y}{m:02d}{d:02d}.pdf", "attachment.pdf", f"Egress_{r.randrange(10000, 99999)}.pdf", "OFFICIAL-SENSITIVE.pdf", f"{c.num}.pdf",
                         f"WhatsApp Image {y}-{m:02d}-{d:02d} at {r.randrange(8, 22)}.{r.randrange(10, 59)}.jpeg", "doc.pdf"])
    if src == "upload":
        return r.choice(["Document1.docx", "New Microsoft Word Document.docx", "download.pdf", f"file_{y}-{m:02d}-{d:02d}.pdf", "export.pdf",
                         f"{d:02d}.{m:02d}.{y % 100:02d}.pdf", "Untitled.pdf", "print.pdf"])
    if src == "tree":
        return r.choice(["final v3.docx", "Copy of notes (2).doc", f"DOC {d:02d}-{m:02d}-{y - r.randrange(0, 9)}.doc", "temp1.rtf", "untitled.odt",
                         "new doc.doc", f"{c.k['last'].lower()} stuff.doc", "FINAL FINAL.docx", "old.pdf"])
    return r.choice(["message.eml", f"{r.randrange(16 ** 7, 16 ** 8):08x}.eml", "Outlook item.msg", f"mail_{r.randrange(1000, 99999)}.eml"])


RC_MARK = {"child-protection": r"child protection|section 47|s47|amddiffyn plant|adran 47",
           "looked-after-child": r"looked after|derbyn gofal", "adoption": r"adoption|mabwysiadu",
           "foster-carers": r"foster carer|gofalwyr maeth", "privately-fostered-child": r"privately fostered|private fostering|maethu preifat",
           "missing-person": r"missing person|missing episodes|person coll", "adult-posing-risk": r"poses? a risk to children|posing risk to children|peri risg i blant",
           "other-childrens-social-care": r"other children's social care|gofal cymdeithasol plant arall"}


def build(kind, slot, tpl, lang):
    r = random.Random(f"{SEED}|{kind}|{slot}|{tpl['name']}")
    wales = lang == "cy" or r.random() < 0.15
    c = Case(r, wales)
    out = tpl["fn"](r, c)
    steps = []
    text = out["text"]
    if "## " in text:
        if r.random() < 1 / 3:
            text = re.sub(r"^## .*\n?", "", text, flags=re.M).strip("\n")
            steps.append("nohead")
        else:
            text = text.replace("## ", "")
    frm = tpl["frm"]
    if tpl["src"] == "email":
        part, source = "email", "email"
    else:
        source = wpick(r, SRC_W[tpl["src"]])
        part = "attachment" if source == "attachment" else "document"
        if part == "attachment":
            source = "email"
    sender = subject = ""
    if source == "email":
        sender = sender_for(r, frm, c, out)
        subject = out.get("subj") if out.get("subj") is not None else generic_subject(r, c, lang == "cy")
        if part == "attachment" and r.random() < 0.12:
            subject = ""
        if part == "attachment" and out.get("subj") and r.random() < 0.25:
            subject = r.choice(["FW: ", "RE: ", "Fwd: "]) + subject
    rc = out.get("rc")
    if rc and not re.search(RC_MARK[rc], text, flags=re.I):
        rc = None
    if part == "email":
        if r.random() < 0.15:
            text = text + "\n\n" + r.choice(["-----Original Message-----", "________________________________", "On " + c.d(r, -3) + ", Cafcass wrote:"]) + \
                   f"\n> {r.choice(['Could you let me know the position please?', 'Please see request attached.', 'Chasing this – thanks.', 'Diolch am eich neges.'])}"
            steps.append("thread")
        if r.random() < 0.55:
            text = email_header(r, c, sender, subject, lang == "cy", c.today) + "\n\n" + text
            steps.append("hdr")
        if r.random() < 0.4:
            text = text + "\n\n" + disclaimer(r, sender, lang == "cy")
            steps.append("disc")
    else:
        if kind != "null" and "Page " not in text and "Tudalen" not in text and r.random() < 0.3 and kind not in ("child-drawing", "thank-you-card", "letter-from-child"):
            text = headers_footers(r, text, c, c.cafcass if frm in (None, "cafcass") else {"council": c.council, "police": c.police, "court": "HMCTS"}.get(frm, c.num), lang == "cy")
            steps.append("hf")
        if source == "scan" and r.random() < 0.52:
            text = ocr_noise(r, text)
            steps.append("ocr")
    if kind != "null" and r.random() < 0.22:
        name = KIND_NAME[kind][1 if lang == "cy" else 0]
        dn = out.get("doc") or name
        if lang == "cy" and r.random() < 0.5:
            dn = name
        fname = f"{c.case_name} - {c.num} - {dn}.pdf"
        fname = re.sub(r'[/\\:*?"<>|]', "", fname)
        steps.append("convname")
    else:
        fname = informal_name(r, c, part if part != "document" else source)
        if part == "attachment" and source == "email" and fname.endswith(".eml"):
            fname = "ATT00001.pdf"
    ex = dict(kind=None if kind == "null" else kind, language=lang, part=part, source=source, file_name=fname,
              sender=sender, subject=subject or "", text=text)
    if rc:
        ex["record_class"] = rc
    ex["recipe"] = "+".join([tpl["name"]] + steps)
    return ex, out.get("text")


# =============================================================================================
def main():
    kinds = tomllib.loads((HERE / "kinds.toml").read_text(encoding="utf-8"))["kind"]
    global KIND_NAME
    KIND_NAME = {k["id"]: (k["name"], k["name_cy"]) for k in kinds}
    folder = {k["id"]: k["folder"] for k in kinds}
    ids = [k["id"] for k in kinds]
    missing = [k for k in ids if k not in TEMPLATES]
    extra = [k for k in TEMPLATES if k not in ids and k != "null"]
    assert not missing and not extra, (missing, extra)
    plan = random.Random(SEED)
    eleven = set(plan.sample(ids, 15))
    three_cy = set(plan.sample(sorted(eleven), 6))
    slots = []
    for k in ids + ["null"]:
        tpls = TEMPLATES[k]
        en = [t for t in tpls if t["lang"] == "en"]
        cy = [t for t in tpls if t["lang"] == "cy"]
        plan.shuffle(en)
        plan.shuffle(cy)
        if k == "null":
            n, ncy = 25, 6
        else:
            n = 11 if k in eleven else 10
            ncy = 3 if k in three_cy else 2
        for i in range(n - ncy):
            slots.append((k, i, en[i % len(en)], "en"))
        for i in range(ncy):
            slots.append((k, n - ncy + i, cy[i % len(cy)], "cy"))
    plan.shuffle(slots)
    rows, raw = [], []
    for n, (k, slot, tpl, lang) in enumerate(slots, 1):
        ex, pre = build(k, slot, tpl, lang)
        ex = {"id": f"e{n:04d}", **ex}
        rows.append(ex)
        raw.append(pre)
    with OUT.open("w", encoding="utf-8") as f:
        for ex in rows:
            f.write(json.dumps(ex, ensure_ascii=False) + "\n")
    validate(ids, folder, rows)


def validate(ids, folder, rows):
    lines = OUT.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(rows)
    seen = set()
    need = {"id", "kind", "language", "part", "source", "file_name", "sender", "subject", "text", "recipe"}
    for ln in lines:
        ex = json.loads(ln)
        assert need <= set(ex) <= need | {"record_class"}, ex.keys()
        assert ex["id"] not in seen and ex["id"].startswith("e")
        seen.add(ex["id"])
        assert ex["kind"] is None or ex["kind"] in ids
        assert ex["language"] in ("en", "cy") and ex["part"] in ("document", "attachment", "email")
        assert ex["source"] in ("scan", "email", "upload", "tree")
        if ex["part"] in ("email", "attachment"):
            assert ex["source"] == "email" and ex["sender"], ex["id"]
        else:
            assert ex["source"] != "email" and ex["sender"] == "" and ex["subject"] == ""
        assert ex["text"].strip() or ex["kind"] is None
        if "record_class" in ex:
            assert ex["record_class"] in RC_MARK
    by_kind = Counter(ex["kind"] or "null" for ex in rows)
    cy_kind = Counter(ex["kind"] or "null" for ex in rows if ex["language"] == "cy")
    for k in ids:
        assert by_kind[k] >= 10 and cy_kind[k] >= 2, k
    # report
    print(f"total {len(rows)}")
    print("kind                      n  cy  templates")
    for k in ids + ["null"]:
        print(f"{k:24s} {by_kind[k]:3d} {cy_kind[k]:3d} {len(TEMPLATES[k]):3d}")
    print("folder", dict(Counter(folder.get(ex["kind"], "none") for ex in rows)))
    print("language", dict(Counter(ex["language"] for ex in rows)))
    print("part", dict(Counter(ex["part"] for ex in rows)))
    print("source", dict(Counter(ex["source"] for ex in rows)))
    print("record_class", dict(Counter(ex["record_class"] for ex in rows if "record_class" in ex)))
    steps = Counter(s for ex in rows for s in ex["recipe"].split("+")[1:])
    print("steps", dict(steps))
    scans = [ex for ex in rows if ex["source"] == "scan"]
    print(f"scans {len(scans)}, with ocr {sum('ocr' in ex['recipe'] for ex in scans)}")
    named = 0
    labelled = [ex for ex in rows if ex["kind"]]
    for ex in labelled:
        en, cy = KIND_NAME[ex["kind"]]
        t = ex["text"].lower()
        if en.lower() in t or cy.lower() in t:
            named += 1
    print(f"kind name in text: {named} of {len(labelled)}")
    wc = sorted(len(ex["text"].split()) for ex in rows)
    print(f"words: median {wc[len(wc) // 2]}, max {wc[-1]}")
    print(f"templates {sum(len(v) for v in TEMPLATES.values())}")


KIND_NAME = {}

if __name__ == "__main__":
    main()
