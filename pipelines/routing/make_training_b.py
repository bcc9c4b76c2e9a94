#!/usr/bin/env python3
"""Second, independently written synthetic training set for the document-routing classifier.

Writes training-b.jsonl next to this file. Standard library only; deterministic (fixed seed).
Every person, case, address and reference below is invented.
Run:  python3 pipelines/routing/make_training_b.py
"""
import datetime
import json
import os
import random
import re
import sys

SEED = 20240611
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "training-b.jsonl")
KINDS_TOML = os.path.join(HERE, "kinds.toml")

def ch(seq):
    return rng.choice(seq)

# ---------------------------------------------------------------- people and places
GIRLS = ["Amelia", "Poppy", "Isla", "Ava", "Maisie", "Lily-Mae", "Zara", "Aisha", "Hollie", "Skye",
         "Ruby", "Freya", "Kacey", "Mia", "Harper", "Leah", "Nevaeh", "Oliwia", "Amira", "Esme"]
BOYS = ["Jayden", "Alfie", "Riley", "Mason", "Harley", "Oscar", "Kai", "Tyler", "Reuben", "Yusuf",
        "Leo", "Archie", "Bradley", "Kacper", "Teddy", "Finley", "Ibrahim", "Callum", "Lewis", "Ezra"]
GIRLS_CY = ["Cerys", "Elin", "Nia", "Lowri", "Mali", "Seren", "Megan", "Ffion", "Gwenllian", "Alaw", "Catrin", "Erin"]
BOYS_CY = ["Gethin", "Osian", "Dylan", "Iolo", "Tomos", "Rhys", "Cai", "Ioan", "Gruffydd", "Macsen", "Morgan", "Elis"]
SURN = ["Bradshaw", "Khan", "Begum", "Novak", "Okafor", "Walsh", "Kowalski", "Ahmed", "Patel", "Thompson",
        "Hartley", "Dunmore", "Lockwood", "Mensah", "Fairclough", "Oduya", "Pearce", "Sutcliffe", "Hussain",
        "McAllister", "Chaudhry", "Ellison", "Briggs", "Nowak", "Ramsden", "Quinn", "Adeyemi", "Holroyd"]
SURN_CY = ["Pritchard", "Jones", "Evans", "Hughes", "Price", "Morgan", "Prosser", "Llewellyn", "Parry",
           "Griffiths", "Bevan", "Rees", "Vaughan", "Powell", "Lloyd", "Owen", "Meredith", "Jenkins"]
ADULT_F = ["Kirsty", "Danielle", "Sadia", "Chantelle", "Rebecca", "Gemma", "Nadia", "Joanne", "Stacey", "Agnieszka", "Leanne", "Shannon"]
ADULT_M = ["Darren", "Imran", "Lee", "Craig", "Tomasz", "Wayne", "Kieran", "Jamal", "Scott", "Gareth", "Nathan", "Ricky"]
ADULT_F_CY = ["Sian", "Rhian", "Carys", "Bethan", "Nerys", "Angharad", "Sioned", "Delyth"]
ADULT_M_CY = ["Dafydd", "Huw", "Aled", "Geraint", "Emyr", "Rhodri", "Owain", "Llyr"]
STAFF = ["Helen Marsh", "Priya Sandhu", "Tom Ashworth", "Olu Bankole", "Janet Greaves", "Simon Leary",
         "Farah Iqbal", "Ruth Kendrick", "Mark Stead", "Joy Amankwah", "Claire Lomas", "Dev Mistry"]
STAFF_CY = ["Eleri Roberts", "Gwyn Thomas", "Manon Davies", "Iwan Humphreys", "Mererid Lewis", "Bryn Edwards"]

# region: town, hearing centre, court code, council, police force, welsh?
REGIONS = [
    ("Leeds", "Leeds", "LS", "Leeds City Council", "West Yorkshire Police", False),
    ("Bradford", "Bradford", "BD", "City of Bradford Metropolitan District Council", "West Yorkshire Police", False),
    ("Bristol", "Bristol", "BS", "Bristol City Council", "Avon and Somerset Constabulary", False),
    ("Manchester", "Manchester", "MA", "Manchester City Council", "Greater Manchester Police", False),
    ("Stockport", "Stockport", "SK", "Stockport Metropolitan Borough Council", "Greater Manchester Police", False),
    ("Birmingham", "Birmingham", "BM", "Birmingham Children's Trust", "West Midlands Police", False),
    ("Milton Keynes", "Milton Keynes", "MK", "Milton Keynes City Council", "Thames Valley Police", False),
    ("Truro", "Truro", "TR", "Cornwall Council", "Devon and Cornwall Police", False),
    ("Plymouth", "Plymouth", "PL", "Plymouth City Council", "Devon and Cornwall Police", False),
    ("Carlisle", "Carlisle", "CA", "Cumberland Council", "Cumbria Constabulary", False),
    ("Norwich", "Norwich", "NR", "Norfolk County Council", "Norfolk Constabulary", False),
    ("Stratford", "East London Family Court", "ZE", "London Borough of Newham", "Metropolitan Police Service", False),
    ("Holborn", "Central Family Court", "ZC", "London Borough of Camden", "Metropolitan Police Service", False),
    ("Canterbury", "Canterbury", "CT", "Kent County Council", "Kent Police", False),
    ("Middlesbrough", "Middlesbrough", "MB", "Middlesbrough Council", "Cleveland Police", False),
    ("Lincoln", "Lincoln", "LN", "Lincolnshire County Council", "Lincolnshire Police", False),
    ("Preston", "Preston", "PR", "Lancashire County Council", "Lancashire Constabulary", False),
    ("Cardiff", "Cardiff", "CF", "Cardiff Council", "South Wales Police", True),
    ("Swansea", "Swansea", "SA", "City and County of Swansea", "South Wales Police", True),
    ("Newport", "Newport", "NP", "Newport City Council", "Gwent Police", True),
    ("Wrexham", "Wrexham", "WX", "Wrexham County Borough Council", "North Wales Police", True),
    ("Caernarfon", "Caernarfon", "CN", "Cyngor Gwynedd", "North Wales Police", True),
    ("Llandudno", "Llandudno", "LL", "Conwy County Borough Council", "North Wales Police", True),
    ("Aberystwyth", "Aberystwyth", "AB", "Ceredigion County Council", "Dyfed-Powys Police", True),
    ("Haverfordwest", "Haverfordwest", "HF", "Pembrokeshire County Council", "Dyfed-Powys Police", True),
    ("Merthyr Tydfil", "Merthyr Tydfil", "MT", "Merthyr Tydfil County Borough Council", "South Wales Police", True),
    ("Mold", "Mold", "ML", "Flintshire County Council", "North Wales Police", True),
    ("Carmarthen", "Carmarthen", "CM", "Carmarthenshire County Council", "Dyfed-Powys Police", True),
]
LA_CY = {"Cardiff Council": "Cyngor Caerdydd", "City and County of Swansea": "Dinas a Sir Abertawe",
         "Newport City Council": "Cyngor Dinas Casnewydd", "Wrexham County Borough Council": "Cyngor Bwrdeistref Sirol Wrecsam",
         "Cyngor Gwynedd": "Cyngor Gwynedd", "Conwy County Borough Council": "Cyngor Bwrdeistref Sirol Conwy",
         "Ceredigion County Council": "Cyngor Sir Ceredigion", "Pembrokeshire County Council": "Cyngor Sir Penfro",
         "Merthyr Tydfil County Borough Council": "Cyngor Bwrdeistref Sirol Merthyr Tudful",
         "Flintshire County Council": "Cyngor Sir y Fflint", "Carmarthenshire County Council": "Cyngor Sir Gâr"}
TOWN_CY = {"Cardiff": "Caerdydd", "Swansea": "Abertawe", "Newport": "Casnewydd", "Wrexham": "Wrecsam",
           "Caernarfon": "Caernarfon", "Llandudno": "Llandudno", "Aberystwyth": "Aberystwyth",
           "Haverfordwest": "Hwlffordd", "Merthyr Tydfil": "Merthyr Tudful", "Mold": "Yr Wyddgrug", "Carmarthen": "Caerfyrddin"}
POLICE_CY = {"South Wales Police": "Heddlu De Cymru", "Gwent Police": "Heddlu Gwent",
             "North Wales Police": "Heddlu Gogledd Cymru", "Dyfed-Powys Police": "Heddlu Dyfed-Powys"}
STREETS = ["Heol y Parc", "Maes-y-Coed", "Station Road", "Clos Derwen", "Albert Street", "Hawthorn Close",
           "Victoria Terrace", "Ffordd Glyndwr", "Moorside Avenue", "Brook Lane", "Stryd Fawr", "Kingsway",
           "Chapel Row", "Lon Isaf", "Beechwood Drive", "Mill Street", "Cae Glas", "Orchard Way"]
SOLS = ["Hartwell Clarke Solicitors", "Morgan Rees & Co", "Pennine Family Law LLP", "Bevan Price Solicitors",
        "Ashby Lowe Solicitors", "Cyfreithwyr Gwynedd", "Kingsley Okoro Law", "Thornton & Vale",
        "Wyeside Family Solicitors", "Castle Quay Law", "Hindmarsh Solicitors", "Tawe Law"]
SCHOOLS = ["St Teresa's RC Primary School", "Ysgol Gymraeg Bro Taf", "Greenfield Academy", "Moorside Primary School",
           "Ysgol Gynradd Llanbedr", "Oakwood Community School", "Ysgol Uwchradd Aberconwy", "Hillcrest Junior School",
           "Bishop Vaughan High School", "Ysgol y Castell", "Riverside Infant School", "The Vale Academy"]
GPS = ["Ashfield Medical Centre", "Canolfan Iechyd Glan Conwy", "Parkview Surgery", "Meddygfa'r Bont",
       "Castle Street Practice", "Northgate Health Centre", "Meddygfa Teifi", "Heathbank Surgery"]
NHS = ["Cardiff and Vale University Health Board", "Betsi Cadwaladr University Health Board",
       "Swansea Bay University Health Board", "Hywel Dda University Health Board",
       "Leeds Community Healthcare NHS Trust", "Manchester University NHS Foundation Trust",
       "Cornwall Partnership NHS Foundation Trust", "Norfolk Community Health and Care NHS Trust",
       "Birmingham Community Healthcare NHS Foundation Trust", "Bradford District Care NHS Foundation Trust"]
JUDGES = ["District Judge Harland", "Her Honour Judge Okonjo", "Recorder Pughe", "His Honour Judge Mortimer",
          "District Judge (MC) Farrow", "Deputy District Judge Salter", "Her Honour Judge Rhys-Williams",
          "District Judge Bassi", "Lay Justices (Bench chair Mrs P. Lowther)", "Mr Justice Ainsworth"]
CONTACT_CENTRES = ["Little Acorns Child Contact Centre", "Canolfan Gyswllt Plant Tywi", "Brightside Supervised Contact",
                   "Family Links Contact Service", "Harbour Child Contact Centre", "Cwtch Family Contact Centre"]
SPIP = ["Pathways Parenting Ltd (Planning Together for Children)", "Family Matters Partnership",
        "Relate Cymru", "Resolve Family Services", "Cornerstone SPIP Services"]
DAPP = ["Safer Futures DAPP", "Respect Change Programme North", "Turning Point Relationships (DAPP)",
        "Gwent Domestic Abuse Perpetrator Programme", "Phoenix Change Project"]
EXPERTS = [("Dr Miriam Caulfield", "Consultant Clinical Psychologist", "CPsychol, HCPC PYL04521"),
           ("Dr Anand Varma", "Consultant Child and Adolescent Psychiatrist", "MB ChB FRCPsych"),
           ("Ms Bethan Lewis", "Independent Social Worker", "BA MA, SWE/Social Care Wales registered"),
           ("Dr Kehinde Ayo", "Chartered Forensic Psychologist", "DForenPsy"),
           ("Dr Sarah Whitlock", "Consultant Paediatrician", "MRCPCH"),
           ("Mr Peter Doyle", "Independent Social Worker", "BSc DipSW")]
LABS = ["Lextox Drug and Alcohol Testing", "DNA Legal", "Cellmark Forensic Services", "AlphaBiolabs Family Testing"]
CAFCASS_TEAMS = ["Cafcass Yorkshire and the Humber – Leeds Private Law Team", "Cafcass South West – Bristol",
                 "Cafcass North West – Manchester Public Law", "Cafcass Midlands – Birmingham Team 2",
                 "Cafcass South East – Canterbury", "Cafcass London – Holborn Private Law", "Cafcass East – Norwich",
                 "Cafcass Intake Team", "Cafcass North East – Teesside"]
CYMRU_TEAMS = ["CAFCASS Cymru – Cardiff", "CAFCASS Cymru – Swansea", "CAFCASS Cymru – Wrexham",
               "CAFCASS Cymru – Caernarfon", "CAFCASS Cymru – Llandudno Junction", "CAFCASS Cymru – Carmarthen"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MONTHS_CY = ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr"]

def ordsuf(n):
    return "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")

class Ctx:
    """One invented case: children, adults, court, area, dates."""
    def __init__(self, welsh=None):
        if welsh is None:
            welsh = rng.random() < 0.3
        reg = ch([r for r in REGIONS if r[5] == welsh])
        self.welsh = welsh
        self.town, hc, self.code, self.la, self.police, _ = reg
        self.town_cy = TOWN_CY.get(self.town, self.town)
        self.la_cy = LA_CY.get(self.la, self.la)
        self.police_cy = POLICE_CY.get(self.police, self.police)
        self.court = hc if hc.endswith("Court") else "the Family Court at " + hc
        self.court_t = self.court[0].upper() + self.court[1:]
        self.court_cy = "Y Llys Teulu yn " + self.town_cy
        cym = welsh and rng.random() < 0.7
        girls, boys = (GIRLS_CY, BOYS_CY) if cym else (GIRLS, BOYS)
        self.sur = ch(SURN_CY if welsh else SURN + SURN_CY[:4])
        self.sur2 = ch([s for s in (SURN_CY if welsh else SURN) if s != self.sur])
        g = rng.random() < 0.5
        self.child = ch(girls if g else boys)
        self.he, self.him, self.his = ("she", "her", "her") if g else ("he", "him", "his")
        self.ei = "ei" if g else "ei"
        self.child2 = ch([x for x in (boys if g else girls)])
        self.age = rng.randint(3, 15)
        self.age2 = max(1, self.age - rng.randint(2, 5))
        self.mum_f = ch(ADULT_F_CY if cym else ADULT_F)
        self.dad_f = ch(ADULT_M_CY if cym else ADULT_M)
        self.mum = self.mum_f + " " + (self.sur if rng.random() < 0.5 else self.sur2)
        self.dad = self.dad_f + " " + self.sur
        self.mum_sur = self.mum.split()[-1]
        self.gran = ch(["Maureen", "Pat", "Glenys", "Shabana", "Eileen", "Beryl"]) + " " + self.mum_sur
        self.staff = ch(STAFF_CY if welsh and rng.random() < 0.7 else STAFF)
        self.team = ch(CYMRU_TEAMS if welsh else CAFCASS_TEAMS)
        self.org = "CAFCASS Cymru" if welsh else "Cafcass"
        self.judge = ch(JUDGES)
        self.sol = ch(SOLS)
        self.sol2 = ch([s for s in SOLS if s != self.sol])
        self.school = ch([x for x in SCHOOLS if x.startswith("Ysgol") == welsh] if rng.random() < 0.85 else SCHOOLS)
        self.gp = ch([x for x in GPS if (x.startswith("Meddygfa") or x.startswith("Canolfan")) == welsh])
        self.nhs = ch([n for n in NHS if ("Health Board" in n) == welsh])
        y = rng.choice([2022, 2023, 2024, 2024, 2025])
        self.date = datetime.date(y, rng.randint(1, 12), rng.randint(1, 28))
        yy = str(self.date.year)[2:]
        self.caseno = f"{self.code}{yy}{ch('PPPPPCCZ')}{rng.randint(10, 99999):05d}"
        self.ecms = f"{rng.randint(100000, 999999)}"
        self.street = f"{rng.randint(1, 140)} {ch(STREETS)}"
        self.postcode = f"{self.code}{rng.randint(1, 40)} {rng.randint(1, 9)}{ch('ABDEFGHJLNPQRSTUWXYZ')}{ch('ABDEFGHJLNPQRSTUWXYZ')}"
        kind = rng.random()
        if kind < 0.6:
            self.case_name = f"{self.mum_sur} v {self.sur}" if self.mum_sur != self.sur else f"{self.dad.split()[0]} {self.sur} v {self.mum}"
        elif kind < 0.8:
            self.case_name = f"Re {self.child[0]} ({ch(['a child', 'children', 'A Child'])})"
        else:
            self.case_name = f"{self.la} v {self.mum_sur}" if rng.random() < 0.5 else f"{self.child} {self.sur}"
        dob_y = self.date.year - self.age
        self.dob = datetime.date(dob_y, rng.randint(1, 12), rng.randint(1, 28))

    def d(self, off=0, style=None):
        x = self.date + datetime.timedelta(days=off)
        style = style or ch(["slash", "long", "ord", "iso", "short", "dot"])
        if style == "slash":
            return x.strftime("%d/%m/%Y")
        if style == "long":
            return f"{x.day} {MONTHS[x.month - 1]} {x.year}"
        if style == "ord":
            return f"{x.day}{ordsuf(x.day)} {MONTHS[x.month - 1]} {x.year}"
        if style == "iso":
            return x.isoformat()
        if style == "short":
            return x.strftime("%d.%m.%y")
        if style == "dot":
            return x.strftime("%d.%m.%Y")
        if style == "cy":
            return f"{x.day} {MONTHS_CY[x.month - 1]} {x.year}"
        return x.strftime("%d/%m/%Y")

    def dcy(self, off=0):
        return self.d(off, "cy")

    def dobs(self):
        return self.dob.strftime("%d/%m/%Y")

    def addr(self):
        return f"{self.street}\n{self.town}\n{self.postcode}"

    def email_of(self, who):
        first, last = who.split()[0], who.split()[-1]
        return f"{first}.{last}@{'cafcass.gov.wales' if self.welsh else 'cafcass.gov.uk'}".lower()

    def ref(self):
        return ch([f"Our ref: {self.caseno}", f"Case no: {self.caseno}", f"Ref {self.caseno}/{self.staff.split()[0][0]}{self.staff.split()[-1][0]}",
                   f"Court ref: {self.caseno}   ECMS: {self.ecms}", f"Case Number {self.caseno}"])

def wc(t):
    return len(t.split())

# ---------------------------------------------------------------- OCR noise
def ocr_noise(t, level=None):
    level = level if level is not None else rng.choice([0.02, 0.04, 0.07])
    out = []
    for w in t.split(" "):
        r = rng.random()
        if r < level and "m" in w:
            w = w.replace("m", "rn", 1)
        elif r < level * 2 and "l" in w:
            w = w.replace("l", "1", 1)
        elif r < level * 2.6 and "O" in w:
            w = w.replace("O", "0", 1)
        elif r < level * 3 and "i" in w:
            w = w.replace("i", "í" if rng.random() < 0.3 else "l", 1)
        elif r < level * 3.4 and len(w) > 6:
            k = rng.randint(2, len(w) - 3)
            w = w[:k] + "-\n" + w[k:]
        elif r < level * 3.6:
            w = w + " ."
        out.append(w)
    s = " ".join(out)
    if rng.random() < 0.4:
        s = s.replace("\n\n", "\n \n")
    if rng.random() < 0.3:
        s = ch(["~ ", "| ", "' ", ". ."]) + s
    return s

# ---------------------------------------------------------------- template registry
TEMPLATES = {}

def T(kind, lang="en", **meta):
    def deco(f):
        TEMPLATES.setdefault(kind, []).append((f, lang, meta))
        return f
    return deco

def D(text, **kw):
    kw["text"] = text
    return kw

def pick(*xs):
    return ch(xs)

def lines(*xs):
    return "\n".join(x for x in xs if x is not None)

# ================================================================ case information
@T("contact-log")
def _(c):
    rows = [
        (0, "Case Allocated", f"Case allocated to {c.staff} (FCA) by Service Manager."),
        (2, "Telephone call - Mother", f"Spoke to {c.mum_f} to arrange home visit. Agreed {c.d(9, 'slash')} at 10am. Mother asked that father is not told her new address."),
        (5, "Email received", f"From {c.sol} (father's solicitors) asking for timetable for report. Replied with filing date."),
        (9, "Home visit", f"Seen {c.child} and {c.mum_f} at home. See detailed recording saved {c.d(9, 'slash')}."),
        (14, "Agency check", f"Requested school information from {c.school}. DSL to reply within 7 days."),
        (21, "Management oversight", "Case discussed in supervision. Case plan updated - see case plan review."),
    ]
    k = rng.randint(3, 6)
    body = "\n".join(f"{c.d(o, 'slash')} {rng.randint(8, 17):02d}:{ch(['00', '15', '32', '47'])}  {h}\n{e}\nCreated by: {c.staff}, Family Court Adviser" for o, h, e in rows[:k])
    return D(lines(f"Contact Log Report   Case: {c.case_name}   {c.caseno}", f"Generated {c.d(30, 'slash')} from ECMS", "", body), dn=["Contact log", "ECMS log printout"])

@T("contact-log")
def _(c):
    return D(lines("CAFCASS", "CONTACT LOG (legacy record – pre July 2014)", f"Case: {c.sur.upper()} / {c.mum_sur.upper()}    Court: {c.court_t}",
                   "DATE      ACTION                                  BY",
                   f"12.03.12  C100 rec'd from court. Screening to police + LA  BSO",
                   f"19.03.12  LA reply: not known. Police: 1 DV incident 2011    BSO",
                   f"26.03.12  Tel int. mother – 25 mins, see notes             {c.staff.split()[0][0]}{c.staff.split()[-1][0]}",
                   f"26.03.12  Tel int. father – no answer x2, msg left          {c.staff.split()[0][0]}{c.staff.split()[-1][0]}",
                   f"02.04.12  FHDRA attended. Consent order. Case closed        duty",
                   "Page 1 of 1"), dn=["Old contact log 2012", "Contact log pre 2014"], src="scan")

@T("contact-log")
def _(c):
    return D(lines(f"{c.org} – Contact log", f"Printed for Subject Access Request ref SAR/{rng.randint(1000, 9999)}. This document must not be edited or used as a running record.",
                   f"Case number: {c.caseno}", f"Child(ren): {c.child} {c.sur} ({c.dobs()})", "",
                   f"Heading: Intake – C100 received | {c.d(-20, 'long')} | Business Services",
                   "Application received from court. Safeguarding checks requested from police and local authority. Welcome letters issued to both parties.",
                   f"Heading: Screening information received | {c.d(-12, 'long')} | Business Services",
                   f"Police response received and saved in police information. {c.la} response saved in risk and safety.",
                   f"Heading: Telephone interview – Applicant | {c.d(-8, 'long')} | {c.staff}",
                   "Safeguarding interview completed. Applicant raised concerns about drinking. Respondent interview booked.",
                   f"Heading: Modified entry | {c.d(-2, 'long')} | {c.staff}", "Reason for amendment: wrong date recorded for FHDRA, corrected to the listed date."), dn=["Contact log SAR copy", "contact log for SAR"])

@T("contact-log")
def _(c):
    return D(lines(f"{c.d(0, 'short')} – TC to dad. Told him report due {c.d(28, 'short')}. He wants {c.child} to stay alternate weekends. Action: none.",
                   f"{c.d(1, 'short')} – Email from mum's sol re: interpreter (Polish). Booked via BS.",
                   f"{c.d(3, 'short')} – Saw {c.child} at {c.school}. Direct work – saved in direct work folder.",
                   f"{c.d(6, 'short')} – Left VM for HV. Chase Fri.",
                   f"{c.d(8, 'short')} – HV called back, no concerns, child up to date with checks.",
                   f"{c.d(10, 'short')} – Items (photo album) left by father for child kept in locked cabinet, Room 2, {c.town} office.",
                   f"– {c.staff.split()[0]}"), dn=["running log", "log entries"])

@T("contact-log", "cy")
def _(c):
    return D(lines(f"CAFCASS Cymru – Cofnodion Achos (IRIS)", f"Rhif achos: {c.caseno}", f"Plentyn: {c.child} {c.sur}", "",
                   f"{c.dcy(0)} – Galwad ffôn i'r fam. Trefnwyd ymweliad cartref ar gyfer {c.dcy(7)}.",
                   f"{c.dcy(2)} – E-bost gan gyfreithiwr y tad yn gofyn am ddyddiad ffeilio'r adroddiad. Atebwyd.",
                   f"{c.dcy(7)} – Ymweliad cartref. Gwelwyd {c.child}. Gweler y cofnod manwl.",
                   f"{c.dcy(9)} – Gwiriad gyda'r ysgol ({c.school}). Dim pryderon.",
                   f"{c.dcy(12)} – Trafodaeth gyda'r Rheolwr Ymarfer. Cynllun achos wedi'i ddiweddaru.",
                   f"Cofnodwyd gan: {c.staff}, Ymgynghorydd Llys Teulu", "Iaith y cofnod: Cymraeg"), dn=["Cofnodion achos", "Log cyswllt"])

@T("contact-log")
def _(c):
    return D(lines(f"{c.caseno} | {c.case_name} | Activity history", "Date/Time | Type | Summary | Officer",
                   f"{c.d(-3, 'iso')} 09:12 | Letter out | Welcome letter sent to applicant and respondent | Intake BSO",
                   f"{c.d(-3, 'iso')} 09:40 | Request | Police check requested (Egress) | Intake BSO",
                   f"{c.d(-1, 'iso')} 14:05 | Info in | LA check returned - known, CIN 2021 | Intake BSO",
                   f"{c.d(0, 'iso')} 11:30 | Phone | Screening call with respondent, 40 mins | {c.staff}",
                   f"{c.d(2, 'iso')} 16:00 | Letter out | Safeguarding letter filed with court | {c.staff}"), dn=["activity history", "Contact log export"])

@T("wtfh-outcome")
def _(c):
    return D(lines("WORK TO FIRST HEARING – OUTCOME", f"Case no. {c.caseno}   Court: {c.court_t}", f"Date of FHDRA: {c.d(0, 'slash')}   Duty FCA: {c.staff}",
                   "Parties attended:  Applicant [x]  Respondent [x]  Legal reps [ ]",
                   "Safeguarding letter on file: YES", "Outcome (tick one):",
                   "[ ] Final order by consent   [x] Adjourned – s7 report ordered   [ ] Withdrawn   [ ] Fact finding listed",
                   f"Cafcass further involvement: Section 7 report, filing date {c.d(84, 'slash')}", "Interim arrangements: indirect contact by video call twice a week",
                   "Referrals made at court: SPIP (both parents)", "Case to be allocated: YES – priority normal"), dn=["WTFH outcome", "FHDRA outcome form"])

@T("wtfh-outcome")
def _(c):
    return D(lines(f"Outcome of first hearing – {c.case_name}", f"Heard by {c.judge} on {c.d(0, 'long')}.",
                   f"The parents reached agreement at court with the help of the duty officer ({c.staff}). A final child arrangements order was made by consent: {c.child} to live with mother and spend every other weekend with father, Friday after school to Sunday 5pm.",
                   "No further Cafcass involvement ordered. Case to be closed on ECMS once order received.", "Safeguarding issues resolved? Yes – LA and police checks clear.", "Form completed by duty FCA"), dn=["first hearing outcome"])

@T("wtfh-outcome", "cy")
def _(c):
    return D(lines("CAFCASS Cymru", "Canlyniad y Gwrandawiad Cyntaf (FHDRA)", f"Rhif achos: {c.caseno}", f"Llys: {c.court_cy}   Dyddiad: {c.dcy(0)}",
                   f"Ymgynghorydd ar ddyletswydd: {c.staff}", "Presennol: Ceisydd – Do   Atebydd – Do",
                   "Canlyniad: Gohiriwyd. Gorchmynnwyd adroddiad adran 7.", f"Dyddiad ffeilio: {c.dcy(70)}",
                   "Atgyfeiriad: Gweithio Gyda'n Gilydd er Mwyn Plant (WT4C) – y ddau riant",
                   "Trefniadau dros dro: cyswllt dan oruchwyliaeth yn y ganolfan gyswllt bob pythefnos."), dn=["Canlyniad FHDRA"])

@T("wtfh-outcome")
def _(c):
    return D(lines(f"FHDRA / EIT outcome record  {c.caseno}", "Q1 Did both parties attend? N - respondent did not attend, no explanation",
                   "Q2 Were safeguarding issues identified in the safeguarding letter? Y - DA allegations, police callouts x3",
                   "Q3 Order made: interim CAO? N. Directions for fact finding hearing? Y",
                   f"Q4 Cafcass work ordered: none at this stage, await fact find listed {c.d(56, 'slash')}",
                   "Q5 Any referral to LA made from court? N", f"Completed by {c.staff}, {c.d(0, 'slash')}"), dn=["EIT outcome"])

@T("wtfh-outcome", part="email")
def _(c):
    return D(lines("Hi BS team,", f"Outcome from today's FHDRA in {c.caseno} ({c.case_name}) for the WTFH form:",
                   "- Both attended, father had McKenzie friend", "- s.7 ordered, limited to wishes and feelings of the older child", f"- Filing {c.d(63, 'slash')}, next hearing DRA {c.d(80, 'slash')}",
                   "- Interim: alternate Saturdays 10-4, handover at McDonalds", "- No new safeguarding issues at court", "Please allocate as usual. Thanks", c.staff.split()[0]),
             sender=c.email_of(c.staff), subject=pick(f"FHDRA outcome {c.caseno}", "outcome - today", f"WTFH {c.sur}"))

@T("wtfh-outcome")
def _(c):
    return D(lines("Post-hearing outcome (Work to First Hearing)", f"Hearing centre: {c.court_t}     Case number: {c.caseno}", "Hearing type: FHDRA (remote – CVP)",
                   "Outcome code: W3 – Application withdrawn with permission", f"Notes: mother withdrew C100 after parties agreed arrangements through mediation. {c.judge} approved withdrawal.",
                   "Case to close: Yes    Closure letter to parties: Yes", "Checked by: Business Services"), dn=["WTFH form", "Outcome"])

@T("detailed-recording")
def _(c):
    return D(lines("DETAILED RECORDING", f"Date/time: {c.d(0, 'long')}, 10:00–11:35", f"Worker: {c.staff}, Family Court Adviser", "Nature of contact: Home visit (face to face)",
                   f"Venue: Mother's home, {c.street}, {c.town}", f"Present: {c.mum} (mother), {c.child} (age {c.age}) for part of visit",
                   "Outline:", f"{c.mum_f} said things have been calmer since the interim order. She described handovers as tense and said {c.dad_f} shouts at the door. I observed {c.child} to be relaxed with {c.his} mother and keen to show me {c.his} room.",
                   f"{c.mum_f} accepted she had sent abusive messages in January and said she regrets it.",
                   "Next steps agreed: visit father next week; request school information.", "Actions afterwards: school request sent same day."), dn=["Home visit notes", "HV mum notes"])

@T("detailed-recording")
def _(c):
    return D(lines(f"Typed from handwritten notes – telephone interview with father", f"{c.d(0, 'slash')}  14:10-14:50  by phone", f"FCA {c.staff}   Case {c.caseno}",
                   f"{c.dad_f} confirmed his address and that he lives with partner and her 2 children. He said he has not seen {c.child} since {MONTHS[(c.date.month + 8) % 12]}.",
                   "Asked about police callouts – he said the 2022 incident was 'blown out of proportion', no charges.", "Drugs: cannabis in the past, none now, happy to test.",
                   "He wants overnight contact and to take the children to his mum's in Blackpool.", "Advised about SPIP. Agreed.", "Handwritten original destroyed once typed."), dn=["telephone interview notes father", "notes - call with dad"])

@T("detailed-recording")
def _(c):
    return D(lines(f"Observation of contact – {c.child}", f"{c.d(0, 'ord')}, {ch(CONTACT_CENTRES)}", f"Recorded by {c.staff} ({c.org})", "Time: 13:00-14:00",
                   f"{c.dad_f} arrived ten minutes early with a bag of snacks and a football. {c.child} came in holding the support worker's hand and hung back at first.",
                   f"Within a few minutes {c.he} was sitting next to {c.his} father building Lego. Father praised {c.him} and asked about school. At one point he asked where mummy lives now; I redirected him.",
                   f"At the end {c.child} hugged {c.his} father and asked 'when can I come again'.", "Reflection: warm interaction; father needed one prompt about adult topics."), dn=["contact observation"])

@T("detailed-recording", "cy")
def _(c):
    return D(lines("Cofnod o ymweliad cartref", f"Dyddiad ac amser: {c.dcy(0)}, 16:00–17:10", f"Gweithiwr: {c.staff}, CAFCASS Cymru", f"Lleoliad: cartref y tad, {c.town_cy}",
                   f"Yn bresennol: {c.dad}, {c.child} ({c.age} oed)", f"Crynodeb: Roedd y tŷ yn lân ac yn daclus. Dangosodd {c.child} ei ystafell wely i mi. Dywedodd {c.dad_f} ei fod eisiau i {c.child} aros gydag ef bob penwythnos.",
                   f"Trafodwyd y pryderon a godwyd gan y fam ynghylch alcohol. Gwadodd y tad fod ganddo broblem.", "Camau nesaf: gweld y fam; gofyn am wybodaeth gan yr ysgol."), dn=["Ymweliad cartref"])

@T("detailed-recording")
def _(c):
    return D(lines(f"Meeting with DSL, {c.school}", f"Date: {c.d(0, 'slash')}  Time 09:15  Venue: school (face to face)", f"Attendees: {c.staff} ({c.org} FCA); Mrs {ch(SURN)} (Designated Safeguarding Lead)",
                   f"Purpose: information gathering for welfare report regarding {c.child}.",
                   f"Attendance {rng.randint(82, 97)}%. Late on Mondays after weekends with father. Teacher notes {c.child} is tired and withdrawn on Mondays.",
                   "No safeguarding referrals this academic year. One disclosure last year about shouting at home, logged on CPOMS, no further action.",
                   "Agreed: school will send written summary; I will not share the DSL's personal comments with parents."), dn=["school meeting note"])

@T("detailed-recording")
def _(c):
    return D(lines("OneNote transcription (checked by author)", f"{c.caseno}  {c.d(0, 'short')}", f"Office interview – {c.mum} – {c.team.split('–')[-1].strip()} office, room 3",
                   "Interpreter: Urdu, by phone (Language Line)" if rng.random() < 0.4 else "No interpreter needed",
                   f"M described 'controlling behaviour' — phone checked, money restricted, not allowed to see her sister. Incident on {c.d(-200, 'slash')} where he pushed her, police called.",
                   f"M's view: {c.child} should see F at a centre only. She would consider more if F completes a programme.",
                   "Tools used: DA screening questions (saved risk and safety).", "Next: F office interview Tues."), dn=["office interview mother"])

# ================================================================ correspondence
@T("welcome-letter")
def _(c):
    return D(lines(f"{c.org}", c.team, c.d(0, 'long'), "", f"{c.mum}", c.addr(), "", c.ref(), "",
                   f"Dear {c.mum_f},", f"An application has been made to {c.court} about {c.child}. Cafcass (Children and Family Court Advisory and Support Service) has been asked to help the court.",
                   "Before the first hearing one of our Family Court Advisers will telephone you. They will ask about your children and about any worries you have about their safety. We also carry out checks with the police and the local authority.",
                   "Please tell us straight away if your phone number changes or if you need an interpreter. Our leaflet 'Going to Court' is enclosed.", "Yours sincerely", "Intake Team"), dn=["Welcome letter mother", "intro letter"])

@T("welcome-letter", "cy")
def _(c):
    return D(lines("CAFCASS Cymru", f"{c.dcy(0)}", f"Annwyl {c.dad},", f"Rydym yn ysgrifennu atoch oherwydd bod cais wedi'i wneud i'r llys ynghylch {c.child}. Mae CAFCASS Cymru yn gweithio gyda theuluoedd yng Nghymru i helpu'r llys i wneud penderfyniadau er lles plant.",
                   "Bydd un o'n Hymgynghorwyr Llys Teulu yn eich ffonio cyn y gwrandawiad cyntaf. Rydych chi'n gallu siarad â ni yn Gymraeg neu yn Saesneg.",
                   "We are writing to you because an application has been made to the court about your child. You can speak to us in Welsh or English.", "Yn gywir / Yours sincerely", "Tîm Gweinyddol / Business Support"), dn=["Llythyr croeso", "Welcome letter"])

@T("welcome-letter", part="email")
def _(c):
    return D(lines(f"Dear {c.dad_f},", f"Case number {c.caseno}", f"You are receiving this secure email because {c.mum_f} has applied to the court about arrangements for {c.child}. We are Cafcass. We are independent of the court and of both parents.",
                   "What happens next:", "1. We check whether the police or children's services hold information about your family.", "2. A Family Court Adviser will call you, usually from a withheld number. The call takes about 30–45 minutes.",
                   "3. We write a short letter to the court about what we found.", "If you have any worries about your own safety please tell us so we can arrange a safe way to contact you.", "Cafcass Intake Team"),
             sender="intake.team@cafcass.gov.uk", subject=pick("Information from Cafcass about your court case", f"{c.caseno} - Cafcass", ""))

@T("welcome-letter")
def _(c):
    return D(lines(c.d(0, 'ord'), f"Dear Ms {c.mum_sur},", f"RE: {c.child.upper()} {c.sur.upper()} – CARE PROCEEDINGS", f"I am writing to introduce myself. I have been appointed by {c.court} as {c.child}'s Children's Guardian. My job is to represent {c.child}'s interests independently from the local authority.",
                   f"I will be meeting {c.child} soon and I would like to meet you too. {c.sol} have been appointed as {c.child}'s solicitors and they will work with me. You should have your own solicitor; if you do not, please contact me and I can give you some names.",
                   "A leaflet explaining the role of the guardian is enclosed.", "Yours sincerely", c.staff, "Children's Guardian"), rc="looked-after-child" if rng.random() < 0.5 else None, dn=["intro letter from guardian", "Guardian introduction letter"])

@T("welcome-letter")
def _(c):
    return D(lines("cafcass", "Children and Family Court Advisory and Support Service", "PRIVATE AND CONFIDENTIAL – ADDRESSEE ONLY", "",
                   f"To: {c.dad}", f"Your case with {c.court_t}", f"Hello, you have been named as the Respondent in an application about {c.child} made on {c.d(-10, 'slash')}.",
                   "You do not need to do anything yet. We will call you before your first court hearing. If you cannot talk safely, or you need an interpreter or a signer, ring 0300 456 4000 and quote your case number.",
                   "You can find out more about us, and watch short films about what to expect, at www.cafcass.gov.uk", "We look forward to speaking with you."), dn=["welcome pack respondent"])

@T("welcome-letter")
def _(c):
    return D(lines(f"{c.team}", f"Date: {c.d(0, 'dot')}", f"Ref: {c.caseno}", f"Dear {c.gran},",
                   f"We understand you have applied for permission to apply for an order about your grandchild {c.child}. Cafcass has received your application and we are now carrying out our usual checks before the first hearing.",
                   "A Family Court Adviser will call you on the number you gave on your form. If you do not recognise the number please still answer – we often call from a withheld line.", "Regards", "Business Services Officer"), dn=["Welcome letter grandparent"])

@T("letter-to-parties")
def _(c):
    return D(lines(c.team, c.d(0, 'long'), f"Dear Mr {c.sur},", f"Re: {c.child} – court case {c.caseno}",
                   f"I have been asked by the court to prepare a report about {c.child}. I would like to meet you at our {c.town} office on {c.d(12, 'long')} at 10.30am. The meeting will take about an hour and a half.",
                   "Please bring photo identification. If you cannot attend, please let me know at least 48 hours beforehand so I can offer another date.", "Yours sincerely", c.staff, "Family Court Adviser"), dn=["appointment letter father", "Letter to dad re appt"])

@T("letter-to-parties")
def _(c):
    return D(lines(f"Dear {c.mum_f} and {c.dad_f},", f"I enclose a copy of my report which has been filed with {c.court}. Please read it carefully and somewhere private. It contains information about {c.child}, and you must not show it to anyone other than your legal adviser.",
                   f"The report recommends that {c.child} continues to live with {c.his} mother and spends time with {c.his} father on alternate weekends. I know one of you will be disappointed by this.",
                   f"The hearing is on {c.d(20, 'long')}. If you want to speak to me before then, ring me on 0300 456 {rng.randint(1000, 9999)}.", "Kind regards", c.staff), dn=["covering letter with report", "letter enclosing s7"])

@T("letter-to-parties")
def _(c):
    return D(lines(c.org, c.d(0, 'slash'), f"{c.mum}", c.addr(), "", f"Dear Ms {c.mum_sur},", f"Now that the court has made a final order on {c.d(-3, 'long')}, my work with your family has ended and your case with us has closed.",
                   "If you have concerns about your children's safety in future, please contact your local children's services or, in an emergency, the police.",
                   "We would like to know what you thought of our service. Please fill in the short feedback form enclosed, or use the QR code.", "Yours sincerely", c.staff), dn=["closure letter"])

@T("letter-to-parties", part="email")
def _(c):
    return D(lines(f"Hi {c.dad_f},", f"Thanks for your call today. As discussed I'd like to see {c.child} at your flat during your weekend time on Saturday {c.d(5, 'long')}, about 11am. I'll stay about an hour. It is best if it is just you and {c.child} for the first part.",
                   f"I've also emailed {c.mum_f} separately about seeing {c.child} at {c.his} mum's.", "Best wishes", c.staff, "Family Court Adviser", c.team),
             sender=c.email_of(c.staff), subject=pick("Visit on Saturday", f"{c.child} - visit", "RE: arrangements", ""))

@T("letter-to-parties", "cy")
def _(c):
    return D(lines("CAFCASS Cymru", c.dcy(0), f"Annwyl {c.mum_f},", f"Cyfeirnod: {c.caseno}",
                   f"Mae'r llys wedi gofyn i mi baratoi adroddiad am {c.child}. Hoffwn ddod i'ch gweld chi a {c.child} yn eich cartref ar {c.dcy(9)} am 4 o'r gloch y prynhawn.",
                   "Os nad yw'r amser hwn yn gyfleus, cysylltwch â mi cyn gynted â phosibl.", "Yn gywir,", c.staff, "Ymgynghorydd Llys Teulu"), dn=["Llythyr apwyntiad"])

@T("letter-to-parties")
def _(c):
    return D(lines(f"{c.d(0, 'ord')}", f"Mr {c.dad}", c.addr(), "", f"Dear Mr {c.sur}", f"I have tried to contact you by telephone on three occasions ({c.d(-9, 'slash')}, {c.d(-5, 'slash')} and {c.d(-2, 'slash')}) and by text message, but I have not been able to speak to you.",
                   "The court expects me to include your views in my report. If I do not hear from you by the end of next week I will have to tell the court that I could not speak to you.", "Please call me on the number below.", "Yours sincerely", c.staff), dn=["letter to respondent - no contact"])

@T("letter-to-parties")
def _(c):
    return D(lines(f"To both parents – {c.case_name}", f"Arrangements for me to meet {c.child} and {c.child2}", f"I would like to see the children at the {c.town} office after school on {c.d(7, 'long')}. {c.mum_f}, please bring them; {c.dad_f}, please collect them at the end so they can go to you for tea as usual.",
                   "The children will not be asked to choose between you. I will explain my role to them in a way that suits their ages.", c.staff), dn=["letter to parents re seeing children"])

@T("letter-from-party", part="email")
def _(c):
    return D(lines(f"To {c.staff.split()[0]},", f"Im writing because AGAIN {c.mum_f} has stopped me seeing {c.child}. The order says every other weekend and she has cancelled the last three, once saying {c.he} was ill and then she just didnt answer.",
                   "I have screenshots of all of it. I'm not being funny but what is the point of going to court if nobody enforces anything.", "I want this put in your report and I want to know what you are going to do about it.", f"{c.dad}"),
             sender=f"{c.dad_f.lower()}{c.sur.lower()}{rng.randint(70, 99)}@gmail.com", subject=pick("contact stopped AGAIN", f"RE: {c.caseno}", "", "Complaint"))

@T("letter-from-party")
def _(c):
    return D(lines(c.street, c.town, c.d(0, 'slash'), "", "Dear Cafcass,", f"I am the mother of {c.child}. I am writing because I am worried about what {c.child} told me after {c.his} last weekend at {c.his} dads. {c.he.capitalize()} said there was a man there who was drunk and shouting and {c.he} hid in the bedroom.",
                   "I dont want to stop {0} seeing {1} dad but I need to know {2} is safe. Please can you look into this before the next hearing.".format(c.child, c.his, c.he), "I have also told the school.", "Thank you", c.mum), src="scan", dn=["letter from mother", "Mum's letter"])

@T("letter-from-party", "cy")
def _(c):
    return D(lines(f"Annwyl {c.staff.split()[0]},", f"Diolch am ddod i'n gweld ni wythnos diwethaf. Ar ôl i chi fynd, roedd {c.child} yn gofyn llawer o gwestiynau am y llys.",
                   f"Rwyf eisiau dweud fy mod i'n anghytuno â'r hyn a ddywedodd {c.dad_f} am y noson yn mis Mawrth. Wnes i ddim taflu dim byd ato fe. Mae fy chwaer yn gallu cadarnhau hyn.",
                   "Fyddech chi cystal â rhoi hyn yn eich adroddiad?", "Diolch yn fawr,", c.mum), dn=["Llythyr gan y fam"])

@T("letter-from-party")
def _(c):
    return D(lines(f"From {c.gran} (maternal grandmother, intervenor)", f"Dear Sir / Madam  re {c.caseno}",
                   f"I have looked after {c.child} every weekday after school for five years. Since my daughter and {c.dad_f} split up I have been stopped from seeing {c.him}. I have been named as a party now and my solicitor said I could write to you directly.",
                   f"I would like you to know that {c.child} has {c.his} own bedroom at my house and all {c.his} things are still here. I am 64 and in good health.", "Yours faithfully", c.gran), src="scan", dn=["letter grandmother"])

@T("letter-from-party", part="email")
def _(c):
    return D(lines("Hello,", f"I have now read the report dated {c.d(-4, 'long')}. There are some factual errors I want corrected before the hearing:",
                   f"1. Para 14 says I live in {c.town}. I moved in May.", "2. Para 22 – I did not refuse the drug test, the clinic cancelled it.", f"3. Para 31 – {c.child} is in Year {max(1, c.age - 4)} not Year {c.age - 5}.",
                   "I would like a reply before Friday.", "Regards", c.mum), sender=f"{c.mum_f.lower()}.{c.mum_sur.lower()}@outlook.com", subject=pick("report errors", "Factual inaccuracies", f"Re: {c.child}"))

@T("letter-from-party")
def _(c):
    return D(lines(f"to whoever is dealing with {c.child} case", f"i havent got a solicitor so im writing myself. i work nights so i cant do the appointment at 10am on {c.d(6, 'slash')} can it be after 3 please.",
                   f"i am also sending copies of the messages from {c.mum_f} where she says i will never see {c.him} again. there are 6 pages.", f"{c.dad}  tel 07{rng.randint(100000000, 999999999)}"), src="scan", dn=["dad letter handwritten"])

@T("letter-from-party")
def _(c):
    return D(lines(f"{c.mum}", c.addr(), f"{c.d(0, 'long')}", f"Your ref: {c.caseno}", "Dear Ms " + c.staff.split()[-1],
                   f"Further to our conversation I confirm that I agree to {c.child} being seen at school without me present. I would however ask that {c.dad_f} is not told which school {c.he} now attends, because of the non-molestation order.",
                   "I also give consent for you to speak to our GP and the health visitor.", "Yours sincerely", c.mum), dn=["consent letter from mother"])

@T("correspondence", part="email")
def _(c):
    return D(lines("Dear Cafcass,", f"We act for the Respondent father in the above matter ({c.caseno}). We note that your report was due to be filed on {c.d(-2, 'long')} and we have not yet received a copy.",
                   "Please could you confirm when it will be filed, as counsel needs to prepare for the hearing next week.", "Kind regards", f"{ch(['Amy', 'Richard', 'Siân', 'Usman'])} {ch(SURN)}", f"Trainee Solicitor, {c.sol2}"),
             sender=f"family@{c.sol2.split()[0].lower()}law.co.uk", subject=pick(f"{c.case_name} - report", f"Our client: {c.dad}", "Chasing report"))

@T("correspondence", part="email")
def _(c):
    return D(lines("Good afternoon,", f"{c.court_t} – Case {c.caseno}", f"The court is looking to list a Dispute Resolution Appointment in this matter. Please could the allocated officer provide dates to avoid for the period {c.d(30, 'long')} to {c.d(60, 'long')} within 2 working days.",
                   "If no dates are received the matter will be listed without further reference.", "Family Listing", "HMCTS"),
             sender=f"family.{c.town.lower().replace(' ', '')}@justice.gov.uk", subject=pick("Dates to avoid", f"{c.caseno} availability", "Listing request"))

@T("correspondence")
def _(c):
    return D(lines(c.org, f"To: Designated Safeguarding Lead, {c.school}", c.d(0, 'long'), f"Re: {c.child} {c.sur}, DOB {c.dobs()}",
                   f"I am the Family Court Adviser appointed in proceedings about {c.child}. I have the consent of {c.his} mother to ask you for information.",
                   "It would help if you could tell me about attendance, punctuality, presentation, any concerns logged, and who usually drops off and collects. Please reply by secure email within 10 working days.", "Thank you", c.staff), dn=["letter to school", "request to school"])

@T("correspondence", part="email")
def _(c):
    return D(lines("Hi both,", f"Case {c.caseno} is transferring to your team because mother has moved to {c.town}. All documents are on ECMS; the s7 is due {c.d(40, 'slash')} so it will need allocating quickly.",
                   "Outstanding: school check, father's home visit.", "Thanks", "Service Manager"), sender="servicemanager.north@cafcass.gov.uk", subject=pick("Case transfer", f"Transfer in - {c.sur}", ""))

@T("correspondence", "cy")
def _(c):
    return D(lines(f"Annwyl {c.staff},", f"Achos: {c.caseno}", f"Mae'r llys wedi nodi bod y fam wedi gofyn i'r achos gael ei gynnal yn Gymraeg. Bydd cyfieithydd ar gael yn y gwrandawiad ar {c.dcy(14)}.",
                   "Gofynnwn i unrhyw adroddiad gael ei ffeilio yn Gymraeg ac yn Saesneg.", "Yn gywir,", "Swyddfa'r Llys Teulu", c.court_cy), dn=["Llythyr gan y llys"])

@T("correspondence")
def _(c):
    return D(lines("House of Commons", "London SW1A 0AA", c.d(0, 'long'), "Dear Sir or Madam,", f"My constituent, {c.dad}, of {c.street}, {c.town}, has contacted me about the length of time his family court case is taking and his contact with his son/daughter.",
                   "I appreciate you may not be able to discuss details, but I would be grateful for any information you are able to share, and for your confirmation that his concerns have been noted.", "Yours sincerely", f"{ch(['Jo', 'Alun', 'Priti', 'Dan'])} {ch(SURN)} MP"), dn=["MP letter"])

@T("correspondence")
def _(c):
    return D(lines("BOOKING CONFIRMATION – Interpreting", f"Job ref: LT{rng.randint(100000, 999999)}", f"Client: {c.org}   Cost code {c.caseno}", f"Language: {ch(['Polish', 'Romanian', 'Arabic', 'Urdu', 'Tigrinya', 'British Sign Language'])}",
                   f"Date: {c.d(6, 'slash')}  Time: 10:00 (2 hours)", f"Venue: {c.town} Cafcass office", f"Service user: {c.mum}", "Please notify us of any cancellation 48 hours in advance."), dn=["interpreter booking"])

@T("correspondence", part="email")
def _(c):
    return D(lines("Hello", f"I'm the health visitor for {c.child2} (baby). Mum gave me your details and asked if I could pass on that she is happy to be seen at the clinic on Tuesdays instead of at home.",
                   "I don't have any information for the court at the moment but you're welcome to call me.", f"{ch(['Lisa', 'Bronwen', 'Kate'])}", "Health Visitor", c.nhs),
             sender="hv.team@nhs.net", subject=pick("message from mum", "", "appointment"))

# ================================================================ case plan
@T("case-plan")
def _(c):
    return D(lines("CASE PLAN", f"Case: {c.caseno}  {c.case_name}", f"Practitioner: {c.staff}   Date commenced: {c.d(0, 'slash')}",
                   "Key issues from allocation / safeguarding letter:", "- allegations of domestic abuse by both parties; 3 police call-outs 2023", f"- {c.child} reluctant to see father", "- mother's mental health (anxiety, under GP)",
                   "WHAT / WHY / HOW", f"1. See {c.child} twice, once at school | to understand wishes and feelings | 'three houses', wishes and feelings tool",
                   "2. Home visit to each parent | assess home conditions and parenting | observation, DA screening", "3. Observe contact | quality of relationship | contact centre observation",
                   "4. Checks: school, GP, HV | corroborate concerns | written requests", f"Diversity: family is {ch(['White British', 'British Pakistani', 'Polish', 'mixed heritage'])}; consider religious festivals in arrangements.",
                   f"Timescale: report due {c.d(70, 'slash')}"), dn=["Case plan", "plan"])

@T("case-plan", "cy")
def _(c):
    return D(lines("Cynllun Achos", f"Rhif achos IRIS: {c.caseno}", f"Ymarferydd: {c.staff}", f"Dyddiad: {c.dcy(0)}",
                   "Materion allweddol: pryderon am drais yn y cartref; dymuniadau'r plentyn; trefniadau cyswllt.",
                   "Beth: siarad â'r plentyn yn yr ysgol. Pam: deall dymuniadau a theimladau. Sut: offeryn 'Tri Thŷ'.",
                   "Beth: ymweliad cartref â'r ddau riant. Pam: asesu'r amgylchedd. Sut: arsylwi a chyfweliad.",
                   "Beth: gwiriadau gyda'r meddyg teulu a'r ysgol. Pam: cadarnhau gwybodaeth. Sut: ceisiadau ysgrifenedig.",
                   "Iaith: Cymraeg yw dewis iaith y fam ar gyfer yr adroddiad."), dn=["Cynllun achos"])

@T("case-plan")
def _(c):
    return D(lines(f"Guardian's plan of work – {c.child} and {c.child2} {c.sur}", f"Proceedings issued {c.d(-14, 'long')} by {c.la}. Interim care orders made; children placed with foster carers.",
                   "Before the CMH:", "- read LA initial bundle and parenting assessment", "- visit children in placement within 10 working days", "- meet parents separately", "- speak to social worker and IRO",
                   "Before IRH:", "- consider need for psychological assessment of mother (Part 25)", "- review contact arrangements", "- case plan to be reviewed after CMH"), rc="looked-after-child", dn=["plan of work", "Guardian work plan"])

@T("case-plan")
def _(c):
    return D(lines(f"Case Plan (WAFH)   {c.caseno}", "Section 1 – Reason for involvement", f"Section 7 ordered on {c.d(-7, 'slash')} by {c.judge}; scope: wishes and feelings, whether {c.child} should stay overnight with father.",
                   "Section 2 – Hypotheses", "a) Child's reluctance linked to father's new partner; b) influenced by maternal anxiety; c) child witnessed DA",
                   "Section 3 – Planned work", "Child Impact Assessment Framework – harmful conflict guidance; Domestic abuse practice pathway", "Section 4 – Tools", "My Needs, Wishes and Feelings booklet; Parenting plan with parents",
                   "Section 5 – Timeline", f"Filing date {c.d(77, 'slash')}"), dn=["Case plan WAFH"])

@T("case-plan")
def _(c):
    return D(lines(f"Plan – {c.child} ({c.age})", f"Who I need to see: mum, dad, {c.child}, dad's partner, nursery / school", "What I need to find out: why contact stopped in spring; whether dad's drinking is an issue now",
                   "How: hair strand test already directed; speak to DAPP provider; police callouts requested", "Risks: mum says she is scared of dad – see separately, don't share address",
                   "Sign-off: Practice supervisor"), dn=["plan"])

@T("case-plan")
def _(c):
    return D(lines(f"Case planning record", f"Child: {c.child} {c.sur}   Legal status: subject to special guardianship application by {c.gran}", f"Allocated: {c.staff}",
                   "Purpose of work: advise court on suitability of SGO and support plan.", "Enquiries: LA SGO assessment (due 6 weeks); viability of father; child's views; contact with parents after SGO.",
                   "Research/theory: attachment; kinship care research (Wade et al.)", "Review point: after LA assessment received."), dn=["case plan SGO"])

@T("case-plan-review")
def _(c):
    return D(lines("Case Plan Review", f"Date of review: {c.d(0, 'slash')}   Reason: new information received", f"Police disclosure shows father was arrested on {c.d(-40, 'slash')} for assault on a new partner. Not previously disclosed.",
                   "Changes to plan:", "- Complete DA screening again with father", "- Seek LA view; consider s.16A risk assessment", f"- Delay overnight contact recommendation", f"Discussed with Practice Supervisor {ch(STAFF)}."), dn=["Case plan review", "plan review"])

@T("case-plan-review", "cy")
def _(c):
    return D(lines("Adolygiad o'r Cynllun Achos", f"Rhif achos: {c.caseno}", f"Dyddiad: {c.dcy(0)}",
                   f"Rheswm dros adolygu: mae'r llys wedi gohirio'r gwrandawiad ac wedi gofyn am adroddiad atodol.",
                   f"Beth sydd wedi newid: mae {c.child} wedi symud i fyw gyda'i nain. Mae angen gweld {c.child} eto a siarad â'r nain.",
                   "Camau newydd: ymweliad cartref; gwiriad awdurdod lleol o'r cartref newydd.", "Cytunwyd gyda'r Rheolwr Ymarfer."), dn=["Adolygiad cynllun"])

@T("case-plan-review")
def _(c):
    return D(lines(f"Supervision – case plan reviewed   {c.caseno}", f"Practitioner {c.staff}; Manager {ch(STAFF)}; {c.d(0, 'long')}",
                   "Progress against plan: both parents seen; child seen once; school info received. Contact observation not yet done because centre has waiting list.",
                   "Revised actions: observe at alternative venue; second session with child using scaling questions.", "Any new risk? No", "Report on track: yes"), dn=["plan review supervision"])

@T("case-plan-review")
def _(c):
    return D(lines("UPDATE TO CASE PLAN", f"{c.d(0, 'dot')}", f"Since the plan was written {c.child} has disclosed to school that {c.dad_f} hit {c.him} with a belt. School made a referral to {c.la}. A strategy discussion took place.",
                   "This changes the plan. I will not be recommending unsupervised time until the s47 enquiry is complete. New actions: liaise with social worker; inform court by letter; legal advice on whether to seek adjournment.",
                   "Reviewed with manager the same day."), rc="child-protection", dn=["Updated plan"])

@T("case-plan-review")
def _(c):
    return D(lines(f"Mid-point review of plan of work — {c.child} {c.sur}", "Completed: visits to child in placement x2; meeting with parents; review of LA evidence",
                   "Outstanding: expert psychological report (due next month); sibling assessment", "Change: contact for mother reduced by LA to once weekly – guardian to ask for reasons", "Next review: after IRH"),
             rc="looked-after-child" if rng.random() < 0.5 else None, dn=["review of plan of work"])

@T("case-plan-review")
def _(c):
    return D(lines("Plan reviewed following adjournment", f"Hearing on {c.d(-1, 'slash')} adjourned for 8 weeks because father's hair strand results are not back.",
                   "Keep: child's wishes work, already complete.", "Add: look at results when received; speak to father about them; update mother.", f"Revised filing: {c.d(56, 'slash')}", c.staff), dn=["plan review"])

# ================================================================ risk and safety
@T("la-checks")
def _(c):
    return D(lines(f"{c.la} – Multi-Agency Safeguarding Hub", "RESPONSE TO CAFCASS SAFEGUARDING ENQUIRY", f"Cafcass ref: {c.caseno}   Date of request: {c.d(-5, 'slash')}   Date of response: {c.d(0, 'slash')}",
                   f"Child: {c.child} {c.sur}  DOB {c.dobs()}", f"Applicant: {c.mum}   Respondent: {c.dad}",
                   "Is the child/family known to Children's Services? NO", "Any current involvement? N/A", "Any historical involvement? No records found under names/DOBs provided",
                   "Checked by: MASH Information Officer"), dn=["LA checks", "local authority check response"])

@T("la-checks", part="email")
def _(c):
    return D(lines("Hi,", f"In response to your safeguarding check for {c.child} {c.sur} (DOB {c.dobs()}):",
                   f"The family are known. {c.child} was on a Child in Need plan from {c.d(-700, 'slash')} to {c.d(-500, 'slash')} due to domestic abuse between the parents. The case was closed as needs met.",
                   "There was a further contact in 2023 from the police (DA notification) – information and advice given, no further action.", "There is no current allocated social worker.", "Regards", "Children's Services Front Door"),
             sender=f"frontdoor@{c.la.split()[0].lower()}.gov.uk", subject=pick(f"RE: Cafcass check {c.caseno}", "Safeguarding check - response", ""), rc="other-childrens-social-care")

@T("la-checks", "cy")
def _(c):
    return D(lines(c.la_cy, "Gwasanaethau Plant – Ymateb i gais am wybodaeth gan CAFCASS Cymru", f"Cyfeirnod: {c.caseno}", f"Plentyn: {c.child} {c.sur}",
                   "A yw'r teulu'n hysbys i'r gwasanaethau cymdeithasol? Ydy.", f"Manylion: Roedd enw {c.child} ar y Gofrestr Amddiffyn Plant rhwng 2021 a 2022 o dan y categori esgeulustod. Daeth y cynllun i ben ym mis Medi 2022.",
                   "Dim gweithiwr cymdeithasol wedi'i neilltuo ar hyn o bryd.", f"Dyddiad: {c.dcy(0)}"), rc="child-protection", dn=["Gwiriad ALl"])

@T("la-checks")
def _(c):
    return D(lines(f"LOCAL AUTHORITY INFORMATION FOR CAFCASS – PRIVATE LAW", f"Authority: {c.la}", f"Case number: {c.caseno}",
                   "1. Current status of child: Looked after (s.20) – placed with paternal aunt since March" if rng.random() < 0.3 else "1. Current status of child: Child in need (open)",
                   f"2. Allocated worker: {ch(['Sam', 'Nicola', 'Abdul'])} {ch(SURN)}, Children and Families Team {c.town}", "3. Summary of involvement: referral from school re neglect (poor hygiene, missed medical appointments). Single assessment completed; CIN plan.",
                   "4. Any concerns about either party? Mother engaging; father not known to us.", "5. Does the LA wish to be involved in proceedings? No, but will provide s.7 support if directed."), dn=["LA information"])

@T("la-checks")
def _(c):
    return D(lines("Safeguarding enquiries – Children's Social Care", f"{c.la}", f"Subject: {c.child} ({c.dobs()}) and siblings", f"Parents/carers searched: {c.mum}, {c.dad}, {c.dad_f}'s partner",
                   "Results of search:", f"{c.dad} – known as an adult in a previous case (2017) concerning other children; assessed as posing a risk to children following conviction. Case closed 2019.",
                   f"{c.mum} – no records.", "The local authority recommends the court considers this information before any order is made."), rc="adult-posing-risk", dn=["CSC check results"])

@T("la-checks", part="email")
def _(c):
    return D(lines("Good morning,", "Nothing known on our system for the names and addresses given.", "Please note our checks only cover this authority; the father's previous address is in another area and you may need to ask them.", "Kind regards", "Information Team", c.la),
             sender=f"mash@{c.la.split()[0].lower()}.gov.uk", subject=pick("Cafcass enquiry", f"Check {c.caseno}", ""))

@T("screening-response")
def _(c):
    return D(lines("Probation Service – response to Cafcass information request", f"Date: {c.d(0, 'slash')}", f"Subject: {c.dad}  DOB {rng.randint(1, 28):02d}/0{rng.randint(1, 9)}/19{rng.randint(70, 99)}",
                   "Currently subject to supervision: Yes – Community Order with Building Better Relationships requirement", "Offender manager: PSO " + ch(STAFF), "Risk level (OASys): Medium risk of serious harm to known adults",
                   "Children: no restrictions in place."), dn=["probation response", "screening - probation"])

@T("screening-response")
def _(c):
    return D(lines(f"{c.nhs}", "Safeguarding Children Team", "Reply to safeguarding screening request", f"Child: {c.child} {c.sur}", f"Health visiting / school nursing records checked {c.d(0, 'slash')}.",
                   "Immunisations up to date. No safeguarding flags on record. One missed developmental review in 2022, later completed.", "No information held about the adults.", "Named Nurse for Safeguarding"), dn=["health screening response"])

@T("screening-response")
def _(c):
    return D(lines("Safeguarding screening – outcome summary (internal)", f"Case {c.caseno}   Completed by intake FCA {c.staff}", "Police check: returned – incidents found, see police information folder",
                   "LA check: returned – not known", "Applicant screening call: completed, raises DA (coercive control)", "Respondent screening call: completed, denies",
                   "Risk identified: YES   Level: medium", "Action: safeguarding letter to recommend fact-finding consideration"), dn=["screening summary"])

@T("screening-response", "cy")
def _(c):
    return D(lines("Ymateb i'r ymholiad sgrinio", f"Gan: Gwasanaeth Addysg, {c.la_cy}", f"Plentyn: {c.child} {c.sur}   Ysgol: {c.school}",
                   f"Presenoldeb: {rng.randint(80, 98)}%", "Dim pryderon diogelu wedi'u cofnodi gan yr ysgol.", f"Mae {c.child} yn cael ei gasglu gan y fam fel arfer.", f"Dyddiad: {c.dcy(0)}"), dn=["Ymateb sgrinio"])

@T("screening-response", part="email")
def _(c):
    return D(lines("Hello,", f"Thank you for your enquiry about {c.mum}. I can confirm she is known to our service and was supported by an IDVA from {c.d(-300, 'long')}. A DASH assessment was completed and she was heard at MARAC as high risk.",
                   "We have her consent to share this. We do not hold information about the children.", f"{ch(['Sophie', 'Angela'])}", "IDVA Service"),
             sender="idva.referrals@safeharbourdv.org.uk", subject=pick("Information request - response", f"RE: {c.caseno}", ""))

@T("screening-response")
def _(c):
    return D(lines("Housing Options – information request reply", f"Council: {c.la}", f"Ref {c.caseno}", f"{c.mum} was placed in temporary accommodation on {c.d(-90, 'slash')} after fleeing domestic abuse. Refuge placement previously.",
                   "We are unable to disclose her current address.", "No concerns noted regarding the children."), dn=["housing response"])

@T("screening-response")
def _(c):
    return D(lines("Cafcass safeguarding check – return slip", "Agency: Youth Justice Service", f"Name(s) checked: {c.child} {c.sur} (aged {max(c.age, 12)})",
                   "Known? [x] Yes  [ ] No", "Details: Referral Order 2024 for criminal damage; completed. Worker reports good engagement; no concerns about home.", "Signed: YJS Team Manager"), dn=["YJS check return"])

@T("safety-assessment")
def _(c):
    return D(lines("Domestic Abuse, Stalking and Harassment and Honour Based Violence (DASH) Risk Identification Checklist", f"Completed with: {c.mum}   By: {c.staff}   Date: {c.d(0, 'slash')}",
                   "1. Has the current incident resulted in injury? Yes – bruising", "2. Are you very frightened? Yes", "3. What are you afraid of? That he will take the children", "...",
                   "Total 'yes' answers: 15", "Professional judgement: HIGH RISK – MARAC referral made"), dn=["DASH", "risk checklist mother"])

@T("safety-assessment")
def _(c):
    return D(lines("SAFETY PLAN", f"Case: {c.caseno}", f"Agreed with {c.mum_f} on {c.d(0, 'long')}", "- Cafcass will not send letters to her home address; use secure email only",
                   "- Separate waiting rooms at court; ask usher for a side room", "- Handovers at the contact centre only", f"- If {c.dad_f} turns up uninvited, call 999", "- Review after next hearing"), dn=["safety plan"])

@T("safety-assessment")
def _(c):
    return D(lines(f"Referral to Children's Services (s.47)", f"From: {c.staff}, {c.org}", f"To: {c.la} MASH", f"Date: {c.d(0, 'slash')}",
                   f"Reason for referral: during a session today {c.child} ({c.age}) said that {c.his} mother's boyfriend 'grabs me by the neck when I'm naughty'. {c.he.capitalize()} showed me where. No visible marks.",
                   "Immediate safety: child at school today and returning to mother's home tonight.", "Request: strategy discussion. Please confirm receipt within 24 hours."), rc="child-protection", dn=["welfare referral", "referral to LA"])

@T("safety-assessment", "cy")
def _(c):
    return D(lines("Asesiad risg – cam-drin domestig", f"Cwblhawyd gyda: {c.dad}", f"Gan: {c.staff}, CAFCASS Cymru   Dyddiad: {c.dcy(0)}",
                   "Ymddygiad a ddisgrifiwyd: gweiddi, bygythiadau dros neges destun, difrod i eiddo.", "Ffactorau risg: defnydd alcohol; gwahanu diweddar.", "Ffactorau amddiffynnol: y tad yn derbyn help gan ei feddyg teulu.",
                   "Barn broffesiynol: risg ganolig. Cyswllt dan oruchwyliaeth yn cael ei argymell ar hyn o bryd."), dn=["Asesiad risg"])

@T("safety-assessment")
def _(c):
    return D(lines("LADO referral", f"Date: {c.d(0, 'dot')}", f"Person of concern: {c.dad}, works as a {ch(['teaching assistant', 'youth football coach', 'school minibus driver'])}",
                   f"Concern: allegation by {c.mum_f} in these proceedings that he assaulted {c.child}. Police aware.", "Referrer: Cafcass FCA", "Outcome requested: advice on whether threshold for LADO is met"), dn=["LADO referral"])

@T("safety-assessment")
def _(c):
    return D(lines("Harmful conflict – screening tool (adult)", f"Parent: {c.dad}   Practitioner: {c.staff}", "Frequency of conflict in front of child: weekly", "Child drawn into conflict: messages passed through child – yes",
                   "Parent's insight: limited; blames other parent", "Resolution attempts: MIAM attended, mediation not suitable", "Outcome: refer to SPIP; consider parenting plan"), dn=["harmful conflict tool"])

@T("safety-assessment")
def _(c):
    return D(lines("Notice to Children's Social Care – completion of Cafcass involvement", f"To {c.la}", f"Further to our referral dated {c.d(-90, 'slash')} regarding {c.child} {c.sur}, please note the court made a final order on {c.d(-2, 'slash')} and our involvement has ended.",
                   "The order provides for supervised contact only. The LA remains responsible for any continuing s.17 work.", c.staff), dn=["notice of completion to CSC"])

# ================================================================ reporting to court
@T("safeguarding-letter")
def _(c):
    return D(lines(c.org, c.team, f"To: {c.court_t}", f"Case number: {c.caseno}", f"Date: {c.d(0, 'long')}", f"Hearing: FHDRA on {c.d(4, 'long')}",
                   "SAFEGUARDING LETTER", f"1. The application is made by {c.mum} (mother) for a child arrangements order in respect of {c.child} (aged {c.age}).",
                   f"2. Enquiries: checks with {c.police} and {c.la}; telephone interviews with both parties.",
                   f"3. Police: two call-outs to the mother's address in 2023 recorded as verbal arguments. No arrests.", "4. Local authority: not known.",
                   f"5. Parties' views: mother wants supervised contact; father wants alternate weekends.", "6. Recommendation: no safeguarding issues preventing the court from exploring agreement at the first hearing.", c.staff, "Family Court Adviser"),
             dn=["Safeguarding letter", "SG letter"])

@T("safeguarding-letter")
def _(c):
    return D(lines("CAFCASS Cymru", "Safeguarding Enquiries Report (SER)", f"To {c.court_t}", f"Case {c.caseno}",
                   f"Children: {c.child} ({c.age}), {c.child2} ({c.age2})", "Sources of information: police, local authority, telephone interviews.",
                   f"Summary of safeguarding information: {c.police} disclosed a conviction for common assault against {c.mum} in 2021. {c.la} confirmed historical child protection plan.",
                   "Assessment: the allegations are serious and disputed. Consideration should be given to a fact-finding hearing in line with PD12J.", "Recommendations: no unsupervised contact pending determination."),
             rc="child-protection" if rng.random() < 0.4 else None, dn=["SER", "Safeguarding enquiries report"])

@T("safeguarding-letter", "cy")
def _(c):
    return D(lines("CAFCASS Cymru", "Adroddiad Ymholiadau Diogelu", f"At: {c.court_cy}", f"Rhif achos: {c.caseno}   Dyddiad: {c.dcy(0)}",
                   f"1. Mae'r cais wedi'i wneud gan {c.dad} ar gyfer gorchymyn trefniadau plant ynghylch {c.child}.", f"2. Gwiriadau: {c.police_cy}; {c.la_cy}.",
                   "3. Nid oes gwybodaeth gan yr heddlu na'r awdurdod lleol.", "4. Mae'r ddau riant yn cytuno y dylai'r plentyn weld y tad bob penwythnos arall ond yn anghytuno am y nosweithiau.",
                   "5. Argymhelliad: nid oes materion diogelu sy'n atal y llys rhag ystyried cytundeb yn y gwrandawiad cyntaf.", c.staff), dn=["Llythyr diogelu"])

@T("safeguarding-letter")
def _(c):
    return D(lines(f"Letter to assist the court at the first hearing", f"{c.court_t} | {c.caseno} | {c.case_name}", f"Dear {c.judge},",
                   "I write following the safeguarding checks and telephone interviews carried out under the Child Arrangements Programme.",
                   f"Mr {c.sur} told me he has a diagnosis of bipolar disorder which is well managed. Ms {c.mum_sur} says he stops taking his medication and becomes frightening. Police checks show one concern for welfare call in 2024.",
                   "I recommend the court directs a letter from Mr " + c.sur + "'s GP or psychiatrist before any increase in time. I do not think a full welfare report is required at this stage.", "Yours sincerely", c.staff), dn=["letter for first hearing"])

@T("safeguarding-letter")
def _(c):
    return D(lines(f"SAFEGUARDING  LETTER   [{c.caseno}]", "Date of checks: police ✓ LA ✓", "Interviews: applicant ✓ respondent ✗ (no response to 3 calls)",
                   "Issues: none known to agencies. Applicant reports respondent has had no contact for 2 years.", "Cafcass is unable to comment on the respondent's position.",
                   "Recommendation: if the respondent attends court, duty officer to speak to him before the hearing."), src="scan", dn=["safeguarding letter"])

@T("safeguarding-letter", part="email")
def _(c):
    return D(lines("Dear Court Office,", f"Please find below the safeguarding information for the FHDRA in {c.caseno} listed tomorrow, as the letter could not be uploaded to the portal.",
                   f"Safeguarding checks were completed with the police and {c.la}. Police report one incident of harassment by the respondent in 2022. LA not known.",
                   f"Mother alleges emotional abuse and controlling behaviour; father denies. Both are content for {c.child} to have video contact pending the hearing.",
                   "Recommendation: the court may wish to consider whether PD12J findings are needed.", c.staff, "Family Court Adviser"),
             sender=c.email_of(c.staff), subject=pick(f"Safeguarding info {c.caseno}", "FHDRA tomorrow", ""))

@T("section-7-report")
def _(c):
    return D(lines(c.org, f"Report to {c.court_t} under section 7 Children Act 1989", f"Case number {c.caseno}", f"Child: {c.child} {c.sur} (DOB {c.dobs()})", f"Author: {c.staff}   Filed: {c.d(0, 'long')}",
                   "1. Introduction and scope", f"1.1 On {c.d(-84, 'long')} the court asked me to report on {c.child}'s wishes and feelings and whether {c.he} should spend overnight time with {c.his} father.",
                   "2. Enquiries undertaken", "2.1 I have seen both parents at home and " + c.child + " twice at school. I have read police and local authority information.",
                   "3. The child's wishes and feelings", f"3.1 {c.child} told me {c.he} would like to 'sleep at daddy's on Saturdays but not school nights'.",
                   "4. Welfare checklist analysis", "...", "5. Recommendations", "5.1 I recommend a child arrangements order providing for alternate weekends from Saturday 10am to Sunday 5pm."), dn=["S7 report", "Section 7 report final"])

@T("section-7-report")
def _(c):
    return D(lines("WELFARE CHECKLIST", f"(a) the ascertainable wishes and feelings of the child concerned (considered in the light of {c.his} age and understanding)",
                   f"{c.child} is {c.age}. {c.he.capitalize()} was clear with me that {c.he} wants to carry on living with {c.his} mum and does not want to move schools. I consider these views to be genuinely {c.his} own.",
                   "(b) physical, emotional and educational needs", f"{c.child} has a diagnosis of ADHD and an EHCP. Routine matters a great deal to {c.him}.",
                   "(c) the likely effect on the child of any change in circumstances", "A move would disrupt the support in place at school.", f"Page {rng.randint(6, 14)} of {rng.randint(15, 22)}"), src="scan", dn=["welfare report p7"])

@T("section-7-report", "cy")
def _(c):
    return D(lines("CAFCASS Cymru", "Adroddiad i'r llys – adran 7 Deddf Plant 1989", f"Rhif achos: {c.caseno}", f"Plentyn: {c.child} {c.sur}",
                   "1. Cyflwyniad", f"Gofynnodd y llys i mi adrodd ar ddymuniadau a theimladau {c.child} ac ar drefniadau cyswllt gyda'i dad.",
                   "2. Ymholiadau", "Rwyf wedi siarad â'r ddau riant ac wedi gweld " + c.child + " yn yr ysgol ac yn y cartref.",
                   "3. Dymuniadau a theimladau'r plentyn", f"Dywedodd {c.child} ei fod eisiau gweld ei dad yn amlach.",
                   "4. Argymhellion", "Rwy'n argymell bod " + c.child + " yn treulio pob yn ail benwythnos gyda'i dad."), dn=["Adroddiad adran 7"])

@T("section-7-report")
def _(c):
    return D(lines(f"{c.la} – Children's Services", "REPORT PURSUANT TO SECTION 7 OF THE CHILDREN ACT 1989", f"In the matter of: {c.child} {c.sur}", f"Author: Social Worker, Children and Families Team", f"Date: {c.d(0, 'slash')}",
                   f"The court directed the local authority, rather than Cafcass, to prepare this report because {c.child} is already known to us and has an allocated social worker.",
                   "Background: Child in Need plan since 2023.", "Analysis and recommendation: the local authority supports a shared care arrangement subject to the father completing a parenting course."),
             rc="other-childrens-social-care", dn=["LA s7 report"])

@T("section-7-report")
def _(c):
    return D(lines(f"ANALYSIS", f"Having considered all the information, I am of the view that {c.child}'s relationship with {c.his} father is important and should be promoted. However, the concerns raised by the police information about Mr {c.sur}'s alcohol use have not been resolved.",
                   "Recommendations", f"1. A child arrangements order that {c.child} lives with {c.his} mother.", f"2. {c.child} spends time with {c.his} father every Saturday 10am–4pm, supervised by the paternal grandmother.",
                   "3. A review after Mr " + c.sur + " provides a clear hair strand test.", "4. No further Cafcass involvement.", c.staff, "Family Court Adviser", f"{c.d(0, 'long')}"), dn=["report - recommendations page"])

@T("section-7-report")
def _(c):
    return D(lines(f"Cafcass report – {c.caseno}", f"Dear {c.judge},", "This is a focused report limited to the questions the court asked me.",
                   f"Question 1: What does {c.child} want? Answer: {c.child} ({c.age}) wants to see {c.his} father but is worried about staying overnight because of the dog.",
                   "Question 2: Are there risks to the child in the father's care? Answer: I have found no evidence to support the concerns about drug use.",
                   "Question 3: What should happen? Answer: a gradual move to overnight stays over 3 months.", "I am available to attend the next hearing if required."), dn=["focused report"])

@T("guardian-analysis")
def _(c):
    return D(lines(f"IN THE FAMILY COURT SITTING AT {c.court_t.replace('the Family Court at ', '').upper()}", f"Case No: {c.caseno}", f"{c.la} (Applicant) and {c.mum} (1st Respondent), {c.dad} (2nd Respondent)",
                   f"CHILDREN'S GUARDIAN'S FINAL ANALYSIS AND RECOMMENDATIONS", f"Guardian: {c.staff}",
                   f"1. The local authority seeks a care order and placement order for {c.child}. I support the application.", "2. Realistic options: (a) return to mother; (b) long-term fostering; (c) adoption.",
                   "3. Balance sheet analysis follows. ...", f"4. {c.child}'s need for permanence cannot be met within {c.his} timescales by either parent.", "Recommendation: care and placement orders."),
             rc="adoption", dn=["Final analysis", "Guardian analysis"])

@T("guardian-analysis")
def _(c):
    return D(lines("Initial analysis of the children's guardian", f"Prepared for the Case Management Hearing on {c.d(3, 'long')}", f"Children: {c.child} ({c.age}) and {c.child2} ({c.age2})",
                   "Threshold: I have read the local authority's threshold document; I agree it is likely to be met on the basis of neglect and exposure to domestic abuse.",
                   "Interim care plan: I support the children remaining in foster care for now. Contact with the parents 3 times a week is appropriate.",
                   "Assessments: I support a parenting assessment of mother and a viability assessment of maternal aunt.", "Timetable: 26 weeks should be achievable."), rc="looked-after-child", dn=["Initial analysis"])

@T("guardian-analysis", "cy")
def _(c):
    return D(lines("CAFCASS Cymru", "Dadansoddiad ac argymhellion y Gwarcheidwad Plant", f"Rhif achos: {c.caseno}", f"Plentyn: {c.child}",
                   f"Mae'r awdurdod lleol, {c.la_cy}, yn gwneud cais am orchymyn gofal.", f"Rwyf wedi cyfarfod â {c.child} dair gwaith yn y cartref maeth.",
                   "Yn fy marn i, mae'r trothwy wedi'i fodloni.", f"Argymhelliad: dylai {c.child} aros gyda'r gofalwyr maeth o dan orchymyn gofal."), rc="looked-after-child", dn=["Dadansoddiad y gwarcheidwad"])

@T("guardian-analysis")
def _(c):
    return D(lines("Position and analysis of the Children's Guardian for the Issues Resolution Hearing", f"Re {c.child[0]} (a child) – {c.caseno}",
                   f"The guardian has considered the parenting assessment, the expert psychological report and the local authority's final evidence.",
                   f"Mother has made real progress: she has been abstinent from alcohol for 7 months, confirmed by testing. The guardian now supports a plan of rehabilitation of {c.child} to her care under a supervision order.",
                   "The guardian disagrees with the local authority's plan for a care order at home."), dn=["IRH analysis"])

@T("guardian-analysis")
def _(c):
    return D(lines("Guardian's report – secure accommodation application (s.25)", f"Young person: {c.child} (aged {max(c.age, 13)})", f"{c.child} has gone missing from {c.his} placement 11 times in the last two months and was found in another city with adults believed to be exploiting {c.him}.",
                   "Analysis: the criteria in s.25 are met. I do not support an order longer than 3 months.", "The young person's wishes: strongly opposed."), rc="missing-person", dn=["guardian report secure"])

@T("guardian-analysis")
def _(c):
    return D(lines("CHILDREN'S GUARDIAN – INTERIM ANALYSIS (urgent hearing)", f"{c.d(0, 'slash')}", f"Application: interim care order, {c.la}", f"Guardian appointed this morning. I have spoken to the social worker and to the parents' solicitors, but have not been able to see {c.child}.",
                   "On the limited information available I support separation on an interim basis because of the unexplained injury to the baby.", "I will report further once I have seen the children."), dn=["guardian interim analysis"])

@T("letter-to-court")
def _(c):
    return D(lines(c.org, f"To: {c.court_t}", f"Re: {c.case_name} – {c.caseno}", "Family Assistance Order – end of order letter", f"Dear {c.judge},",
                   f"The Family Assistance Order made on {c.d(-180, 'long')} ends on {c.d(0, 'long')}. I write to inform the court of developments during the order.",
                   f"I met the parents jointly four times. They now use a parenting app to communicate. {c.child} has been spending alternate weekends with {c.his} father without incident.",
                   "I ask that this letter is placed on the court file. No further action by the court is needed.", "Yours faithfully", c.staff), dn=["FAO end letter", "Letter to court FAO"])

@T("letter-to-court")
def _(c):
    return D(lines(f"Dear Sir/Madam,", f"{c.case_name} – {c.caseno}", f"The section 7 report in this matter is due on {c.d(3, 'long')}. I am writing to ask for an extension of 14 days.",
                   "The school has been closed due to a flood and I have been unable to see the child in a neutral setting. I have seen both parents.",
                   "I have informed the parties. I apologise for any inconvenience.", c.staff, "Family Court Adviser"), dn=["request for extension"])

@T("letter-to-court", "cy")
def _(c):
    return D(lines("CAFCASS Cymru", f"At: {c.court_cy}", f"Rhif achos: {c.caseno}", f"Annwyl {c.judge},",
                   f"Rwy'n ysgrifennu i hysbysu'r llys bod {c.child} wedi dechrau cael cyswllt heb oruchwyliaeth gyda'i thad ers {c.dcy(-30)}. Mae'r cyswllt wedi mynd yn dda.",
                   "Nid wyf yn credu bod angen adroddiad pellach. Gofynnaf i'r llythyr hwn gael ei roi ar ffeil y llys.", "Yn gywir,", c.staff), dn=["Llythyr at y llys"])

@T("letter-to-court", part="email")
def _(c):
    return D(lines("Dear Court Office,", f"Please place the following before the judge in {c.caseno} ahead of Thursday's hearing.",
                   f"I have been informed by the mother that {c.child} has been admitted to hospital following an overdose. I have spoken to the ward. {c.child} is medically stable.",
                   "In light of this, I respectfully ask the court to consider vacating the hearing and listing a short review in 4 weeks, by which time I can provide an update.", c.staff, "Family Court Adviser"),
             sender=c.email_of(c.staff), subject=pick(f"URGENT - {c.caseno} - for the judge", "Please put before DJ", ""))

@T("letter-to-court")
def _(c):
    return D(lines(f"{c.d(0, 'long')}", f"{c.judge}", f"{c.court_t}", f"Dear Judge", f"Re: {c.child} {c.sur}",
                   f"I was asked to meet {c.child} and tell the court what {c.he} wants, rather than prepare a full report. I saw {c.him} at school on {c.d(-6, 'long')}.",
                   f"{c.child} wants to continue the current arrangements and said {c.he} would like 'a bit more time at dad's in the summer'. {c.he.capitalize()} knows a judge will decide.", "I do not consider a guardian needs to be appointed.", c.staff), dn=["wishes and feelings letter"])

@T("letter-to-court")
def _(c):
    return D(lines(f"LETTER TO THE COURT – recommendation under rule 16.4 FPR", f"Case {c.caseno}", f"The parents' conflict has become entrenched and {c.child} has been drawn into it. Both parents have made allegations against each other to the school.",
                   "I consider that the child should be made a party and a children's guardian appointed. Cafcass would be able to allocate a guardian within 2 weeks.", c.staff), dn=["r16.4 letter"])

@T("addendum-report")
def _(c):
    return D(lines(c.org, "ADDENDUM REPORT", f"Case number: {c.caseno}", f"Further to my report dated {c.d(-90, 'long')}", f"Since my report, the court has received the results of Mr {c.sur}'s hair strand test, which is negative for cocaine.",
                   f"I have spoken to {c.child} again. {c.he.capitalize()} still wants to see {c.his} father and is now asking to stay over.", "Revised recommendation: I now recommend overnight contact on alternate weekends.", c.staff), dn=["Addendum report", "addendum s7"])

@T("addendum-report", "cy")
def _(c):
    return D(lines("CAFCASS Cymru", "Adroddiad Atodol", f"Rhif achos: {c.caseno}", f"Ers fy adroddiad diwethaf ar {c.dcy(-60)}, mae'r fam wedi symud i {c.town_cy}.",
                   f"Rwyf wedi siarad â {c.child} eto. Mae'n hapus yn yr ysgol newydd.", "Nid yw fy argymhelliad wedi newid."), dn=["Adroddiad atodol"])

@T("addendum-report")
def _(c):
    return D(lines("Supplementary report of the Children's Guardian", f"{c.la} v {c.mum_sur}", f"This short report updates the court on the assessment of the paternal grandparents, received on {c.d(-5, 'slash')}.",
                   "The assessment is positive. I have visited the grandparents' home and met them.", f"I now support {c.child} being placed with them under a special guardianship order, with a supervision order for 12 months."), dn=["supplementary report"])

@T("addendum-report")
def _(c):
    return D(lines(f"Update report for the DRA – {c.caseno}", "Purpose: the court directed an update on the progress of supervised contact.", f"Contact has taken place 6 times at {ch(CONTACT_CENTRES)}. The reports are positive.",
                   f"{c.child} now looks forward to seeing {c.his} father. My earlier recommendation for supervised contact can now step down to supported contact in the community.", c.staff, "FCA"), dn=["update report"])

@T("addendum-report")
def _(c):
    return D(lines("ADDENDUM", f"To the section 7 report dated {c.d(-60, 'dot')}", "Reason: the court asked me to consider the findings made at the fact-finding hearing.",
                   "The court found that the father had been physically abusive on 2 occasions and coercive and controlling. My earlier recommendation was made before those findings.",
                   "Given the findings, I now recommend that contact is indirect only until the father has completed a DAPP."), dn=["addendum following findings"])

@T("addendum-report")
def _(c):
    return D(lines(f"Further report — {c.child} {c.sur}", f"I was asked by {c.judge} on {c.d(-28, 'slash')} to see {c.child} again after {c.his} birthday and report on whether {c.his} views had changed.",
                   "Nothing significant has changed. " + c.child + " remains clear that " + c.he + " wants to live with " + c.his + " mother.", "My recommendations at paragraph 48 of my original report stand."), dn=["further report"])

# ================================================================ direct work
@T("letter-from-child", src="scan")
def _(c):
    return D(lines(f"Dear judge", f"my name is {c.child} and I am {c.age}. I want to live with my mum and see my dad at the weekend. I dont like it when they shout.", "please can you make it stop", f"from {c.child} x"), dn=["letter to judge from child"])

@T("letter-from-child", src="scan")
def _(c):
    return D(lines(f"To {c.staff.split()[0]}", "Thank you for listening to me. I forgot to say that I also want to see my nan on sundays because she makes roast dinner.", f"Also I dont want to go to dads house when Kyle is there.", f"{c.child}"), dn=["child's letter"])

@T("letter-from-child", "cy", src="scan")
def _(c):
    return D(lines("Annwyl Farnwr,", f"{c.child} ydw i. Dw i'n {c.age} oed. Dw i eisiau aros yn yr ysgol yma achos mae fy ffrindiau i yma.", "Dw i'n hoffi mynd at dad ond dim bob penwythnos.", "Diolch", c.child), dn=["Llythyr gan y plentyn"])

@T("letter-from-child", part="email")
def _(c):
    age = max(c.age, 13)
    return D(lines("hi", f"its {c.child}. you said I could email you. I've thought about what we talked about and I've changed my mind a bit. I do want to see dad but only if mum isn't made to drop me off because they always argue in the car park.",
                   "Also can you tell the judge I'm doing my GCSE options so weekends are hard sometimes", f"{c.child}"), sender=f"{c.child.lower()}{rng.randint(2008, 2012)}@icloud.com", subject=pick("hi", "from " + c.child, ""))

@T("letter-from-child", src="scan")
def _(c):
    return D(lines("MY LETTER TO THE JUGE", f"Im {c.child}.", "I feel sad wen I go to dads because he is on his fone all the time and his girlfrend is mean.", "I want to stay at mums.", "by " + c.child + " age " + str(c.age)), dn=["child letter"])

@T("letter-from-child", src="scan")
def _(c):
    return D(lines(f"{c.d(0, 'short')}", f"Dear Mr/Mrs Judge,", f"I am {c.child} {c.sur}. I am writing this myself, nobody told me what to write. I would like to go and live with my dad. My mum does love me but we fall out all the time and I cant do my homework at her house because my little brothers are loud.",
                   "I know it is a big thing. I will still see mum every week.", f"Yours sincerely {c.child}"), dn=["letter from " + c.child])

@T("letter-from-child", "cy", src="scan")
def _(c):
    return D(lines(f"I {c.staff.split()[0]}", "Diolch am chwarae gyda fi. Dw i'n hoffi Dad a Mam.", f"Cariad, {c.child} xxx"), dn=["nodyn gan y plentyn"])

@T("child-drawing", src="scan")
def _(c):
    return D(lines("ME", "MUM", "DAD", f"{c.child2.upper()}", "my house"), dn=["drawing", "child drawing"])

@T("child-drawing", src="scan")
def _(c):
    return D(lines(f"{c.child} age {c.age}", "my famly", "nanny  me  mummy  dog (biscuit)", "dads house is far away"), dn=["family drawing"])

@T("child-drawing", "cy", src="scan")
def _(c):
    return D(lines("Fy nheulu", "Mam  Dad  fi  Taid", f"gan {c.child}"), dn=["Llun"])

@T("child-drawing", src="scan")
def _(c):
    return D(lines("[picture of a house with a sun]", "happy", "[second house, grey, with rain]", "sad", f"{c.child} drew this during session on {c.d(0, 'slash')} – FCA annotation"), dn=["picture by child"])

@T("child-drawing", src="scan")
def _(c):
    return D(lines("I LOVE YOU DADDY", "x x x", c.child.upper()), dn=["drawing for dad"])

@T("child-drawing", src="scan")
def _(c):
    return D(lines("Draw your safe place:", "my bedroom at mums", "my cat", "headphones", f"Name: {c.child}"), dn=["safe place drawing"])

@T("child-drawing", src="scan")
def _(c):
    return D(lines("scary", "shouting", "police car", "me hiding"), dn=["drawing"])

@T("direct-work-record")
def _(c):
    return D(lines("My Needs, Wishes and Feelings", f"Name: {c.child}   Age: {c.age}", "Things I like about living with mum: my room, my cat, we go swimming",
                   "Things I like about being with dad: he takes me to football, pizza fridays", "Things I worry about: when they argue on the phone", "If I could change one thing: I would want them to be friends",
                   "What I want the judge to know: I want both", f"Completed with {c.staff}, {c.d(0, 'slash')}"), src="scan", dn=["wishes and feelings booklet"])

@T("direct-work-record")
def _(c):
    return D(lines("THREE HOUSES", "House of worries:", "- dad's shouting", "- not seeing grandad", "House of good things:", "- my friends", "- mum's cooking", "House of dreams:", "- everyone at my birthday party",
                   f"Session with {c.child} ({c.age}), {c.d(0, 'slash')}, at school, 40 minutes"), src="scan", dn=["3 houses"])

@T("direct-work-record")
def _(c):
    return D(lines(f"Record of direct work with {c.child}", f"Date: {c.d(0, 'long')}  Place: {c.school}, library room  Worker: {c.staff}",
                   f"I explained my job using the 'Who am I' sheet. {c.child} chose to draw while talking. We did an ecomap: {c.he} placed mum and nan closest, dad in the middle, dad's partner on the edge.",
                   f"{c.child} said {c.he} misses dad and would like to see him 'on Saturdays and maybe sleep over'. When asked about worries {c.he} said 'nothing really'.",
                   f"I told {c.child} what I would tell the judge and {c.he} agreed.", "Drawings scanned and saved."), dn=["direct work session notes"])

@T("direct-work-record", "cy")
def _(c):
    return D(lines("Cofnod gwaith uniongyrchol", f"Plentyn: {c.child} ({c.age} oed)", f"Dyddiad: {c.dcy(0)}   Lleoliad: {c.school}",
                   "Offeryn: Tri Thŷ", "Tŷ'r pryderon: 'pan mae mam a dad yn dadlau'", "Tŷ'r pethau da: 'fy ffrindiau, pêl-droed'", "Tŷ'r breuddwydion: 'gweld dad bob wythnos'",
                   f"Sylwadau'r gweithiwr: Roedd {c.child} yn ymlaciedig ac yn siarad yn agored."), dn=["Gwaith uniongyrchol"])

@T("direct-work-record")
def _(c):
    return D(lines("Scaling questions – how I feel", "0 = really bad   10 = really good", "Being at mum's: 8", "Being at dad's: 4", "Going to the contact centre: 6", "Talking to the court lady: 7",
                   f"Child's comment next to dad's: 'its ok but boring and he smokes'", f"{c.child} – {c.d(0, 'dot')}"), src="scan", dn=["scaling tool"])

@T("direct-work-record")
def _(c):
    return D(lines("ALL ABOUT ME", f"My name is {c.child}", f"I am {c.age} years old", "My favourite food is chicken nuggets", "The people who live in my house are mum, my brother and our dog",
                   "I feel safe when I'm in my room", "I feel worried when the phone rings late", "Worker notes: completed together, child wrote answers"), src="scan", dn=["all about me"])

@T("direct-work-record")
def _(c):
    return D(lines(f"Life story work / direct work session 2 with {c.child}", f"Foster home, {c.d(0, 'slash')}, Children's Guardian {c.staff}", f"We looked at the photo book {c.his} foster carer made. {c.child} named everyone and said {c.he} wants to stay 'with Auntie Jan forever'.",
                   "I used the 'feelings faces' cards. " + c.child + " picked 'sad' for seeing mum at contact and 'happy' for the foster home.", "Plan: third session after the IRH."), rc="looked-after-child", dn=["session 2 notes"])

@T("child-meets-judge")
def _(c):
    return D(lines(f"NOTE OF MEETING BETWEEN {c.judge.upper()} AND {c.child.upper()}", f"Date: {c.d(0, 'long')}   Place: judge's room, {c.court_t}", f"Present: the judge; {c.child}; {c.staff} (Cafcass) who took this note",
                   f"The judge explained that she would not be deciding anything today and that she could not keep secrets. {c.child} said {c.he} understood.",
                   f"{c.child} asked how long the case would go on for. The judge said she hoped to decide at the next hearing.", f"{c.child} said {c.he} likes both houses but wants to stay at the same school.", "Meeting lasted 15 minutes. Note to be shared with parties."), dn=["note of child meeting judge"])

@T("child-meets-judge", "cy")
def _(c):
    return D(lines("Nodyn o gyfarfod rhwng y plentyn a'r barnwr", f"Dyddiad: {c.dcy(0)}", f"Yn bresennol: {c.judge}, {c.child}, {c.staff} (CAFCASS Cymru)",
                   f"Esboniodd y barnwr mai'r llys fydd yn gwneud y penderfyniad, nid {c.child}.", f"Dywedodd {c.child} ei fod eisiau i'r barnwr wybod ei fod yn caru'r ddau riant.", "Parodd y cyfarfod tua 20 munud."), dn=["Nodyn cyfarfod barnwr"])

@T("child-meets-judge")
def _(c):
    return D(lines(f"{c.caseno}", f"Record of {c.child}'s visit to court to meet the judge", f"{c.child} ({c.age}) was brought to court by {c.his} guardian. {c.he.capitalize()} had asked to see the court room and meet the person who will decide.",
                   f"The judge showed {c.child} the court room and let {c.him} sit in the judge's chair. {c.child} gave the judge a letter (copy on file).", "The judge reminded the child that she must tell the parents what was said.", "Recorded by the Children's Guardian."), dn=["child visit to court"])

@T("child-meets-judge")
def _(c):
    return D(lines("Agreed note of the judge's meeting with the child", f"In the matter of {c.case_name}", f"1. The meeting took place by video at {c.child}'s request because {c.he} lives abroad during term time.",
                   "2. The judge introduced herself and explained the purpose of the meeting: to listen, not to gather evidence.", f"3. {c.child} said the time in the summer was too long away from friends.", "4. The note was approved by the judge before circulation."), dn=["agreed note"])

@T("child-meets-judge")
def _(c):
    return D(lines("Child meets judge – FCA note", f"{c.d(0, 'slash')}", f"{c.judge} met {c.child} and {c.child2} in chambers for 10 minutes.", "- Judge asked what they like to do at weekends", "- children said 'go to grandma's'",
                   "- older child asked the judge not to tell mum one thing; judge explained she can't promise that", "Shared with parties at 2pm hearing."), dn=["FCA note judge meeting"])

@T("child-meets-judge")
def _(c):
    return D(lines("Meeting of the child with the judge (FJC guidelines)", f"{c.court_t}, {c.d(0, 'ord')}", f"Minute taken by {c.staff}, Family Court Adviser", f"Judge: 'Hello {c.child}, thanks for coming in. I'm the person who has to decide.'",
                   f"{c.child}: 'Are you going to make me go to dad's?'", "Judge: 'I haven't decided anything. I want to hear from you, but it's not your job to decide.'", f"{c.child} then talked about {c.his} dog and {c.his} school play."), dn=["minute of meeting with judge"])

# ================================================================ court orders
@T("court-order")
def _(c):
    return D(lines(f"IN THE FAMILY COURT SITTING AT {c.town.upper()}", f"Case number: {c.caseno}", "The Children Act 1989", f"The child: {c.child} {c.sur}, {'girl' if c.he == 'she' else 'boy'}, born {c.dobs()}",
                   "CHILD ARRANGEMENTS ORDER", f"Before {c.judge} on {c.d(0, 'long')}", "IT IS ORDERED THAT:", f"1. The child shall live with the mother, {c.mum}.",
                   f"2. The child shall spend time with the father, {c.dad}, every other weekend from Friday after school to Sunday at 5pm, and half of the school holidays.", "3. No order as to costs.",
                   "WARNING NOTICE: Where a child arrangements order is in force: if you do not comply you may be held in contempt of court..."), dn=["final CAO", "Order"])

@T("court-order")
def _(c):
    return D(lines(f"{c.court_t}", f"Case {c.caseno}", "CARE ORDER", f"Section 31 Children Act 1989", f"The court orders that the child {c.child} {c.sur} be placed in the care of {c.la}.",
                   f"Ordered by {c.judge}", f"Date: {c.d(0, 'slash')}"), rc="looked-after-child", dn=["care order"])

@T("court-order", "cy")
def _(c):
    return D(lines(f"YN Y LLYS TEULU YN {c.town_cy.upper()}", f"IN THE FAMILY COURT AT {c.town.upper()}", f"Rhif yr achos / Case number: {c.caseno}", "Gorchymyn Trefniadau Plant / Child Arrangements Order",
                   f"Mae'r llys yn gorchymyn bod {c.child} yn byw gyda'i fam. / The court orders that {c.child} lives with the mother.",
                   f"Bydd {c.child} yn treulio amser gyda'i dad bob dydd Sadwrn. / {c.child} will spend time with the father every Saturday.", f"Dyddiad / Date: {c.dcy(0)}"), dn=["Gorchymyn"])

@T("court-order")
def _(c):
    return D(lines(f"Prohibited Steps Order", f"Case No. {c.caseno}   Family Court at {c.town}", f"Upon hearing the applicant mother in person, the respondent father not attending,",
                   f"IT IS ORDERED that {c.dad} must not remove {c.child} from the care of {c.mum} or from {c.school}, and must not remove the child from England and Wales.",
                   "This order was made without notice. The respondent may apply to set aside or vary it.", f"Return date: {c.d(14, 'slash')}"), dn=["PSO"])

@T("court-order")
def _(c):
    return D(lines("FAMILY ASSISTANCE ORDER", "Section 16 Children Act 1989", f"The court directs that Cafcass make an officer available to advise, assist and befriend {c.mum}, {c.dad} and {c.child} for a period of 6 months.",
                   "All persons named have consented to this order.", f"The officer shall report to the court by letter on completion. {c.judge}, {c.d(0, 'long')}"), dn=["FAO"])

@T("court-order")
def _(c):
    return D(lines(f"Placement Order (s.21 Adoption and Children Act 2002)", f"The child: {c.child} {c.sur}", f"The court authorises {c.la} to place the child for adoption with any prospective adopters chosen by the authority.",
                   "The court dispenses with the consent of the mother and the father under s.52(1)(b).", f"Made on {c.d(0, 'slash')} at {c.court}."), rc="adoption", dn=["placement order"])

@T("court-order")
def _(c):
    return D(lines(f"ORDER – Section 91(14) Children Act 1989", f"Case {c.caseno}", f"{c.dad} is prohibited from making any application under the Children Act 1989 in respect of {c.child} without permission of the court, for a period of 3 years.",
                   "Reasons: repeated applications causing harm to the child through continuing litigation.", "Dated " + c.d(0, 'long')), dn=["s91(14) order"])

@T("court-order")
def _(c):
    return D(lines(f"SPECIAL GUARDIANSHIP ORDER", f"The court appoints {c.gran} as special guardian of {c.child} {c.sur}.", "The special guardian may not change the child's surname or remove the child from the UK for more than 3 months without consent or leave.",
                   f"Contact: the mother shall have contact once a month, supervised by the special guardian.", f"{c.court_t} – {c.caseno}"), dn=["SGO"])

@T("directions-order")
def _(c):
    return D(lines(f"IN THE FAMILY COURT SITTING AT {c.town.upper()}", f"No: {c.caseno}", "ORDER MADE AT THE FIRST HEARING DISPUTE RESOLUTION APPOINTMENT", f"Before {c.judge} on {c.d(0, 'long')}",
                   "RECITALS", "The parties did not reach agreement. The Cafcass safeguarding letter has been read.", "IT IS ORDERED:", f"1. Cafcass shall prepare a report under s.7 addressing the child's wishes and feelings and the father's proposals. The report shall be filed by 4pm on {c.d(84, 'long')}.",
                   f"2. The father shall file a statement by {c.d(28, 'long')}.", f"3. The matter is listed for a DRA on {c.d(100, 'long')} with a time estimate of 1 hour."), dn=["FHDRA order", "directions"])

@T("directions-order")
def _(c):
    return D(lines("CASE MANAGEMENT ORDER", f"{c.court_t}", f"Case {c.caseno}: {c.la} v {c.mum} and {c.dad}", "Timetable for the child: 26 weeks", "Directions:",
                   f"a) The LA shall file its parenting assessment by {c.d(42, 'slash')}.", f"b) Permission is given under Part 25 FPR to instruct {EXPERTS[0][0]} to prepare a psychological assessment of the mother; letter of instruction to be agreed by {c.d(7, 'slash')}.",
                   f"c) The children's guardian shall file an analysis by {c.d(140, 'slash')}.", f"d) Issues Resolution Hearing on {c.d(150, 'slash')}."), dn=["CMO", "case management order"])

@T("directions-order", "cy")
def _(c):
    return D(lines(c.court_cy.upper(), f"Rhif achos: {c.caseno}", "Gorchymyn Cyfarwyddiadau", "Mae'r llys yn cyfarwyddo:",
                   f"1. Bydd CAFCASS Cymru yn paratoi adroddiad adran 7 erbyn {c.dcy(70)}.", f"2. Bydd y tad yn cael prawf gwallt ar gyfer alcohol a chyffuriau; canlyniadau erbyn {c.dcy(42)}.",
                   f"3. Gwrandawiad nesaf: {c.dcy(90)}, amcangyfrif amser 2 awr."), dn=["Gorchymyn cyfarwyddiadau"])

@T("directions-order")
def _(c):
    return D(lines(f"ORDER – Directions for fact-finding hearing", f"{c.case_name}", "UPON the court determining that findings are necessary in accordance with PD12J",
                   f"1. The mother shall file a Scott schedule of no more than 6 allegations by {c.d(14, 'slash')}.", f"2. {c.police} shall disclose records relating to incidents at {c.street} by {c.d(28, 'slash')}.",
                   "3. Special measures: separate waiting areas and a screen at the hearing.", f"4. Fact-finding hearing listed {c.d(70, 'slash')} (1 day)."), dn=["FF directions"])

@T("directions-order")
def _(c):
    return D(lines(f"Order (case management)", f"Dated {c.d(0, 'dot')}", "The court, having read the papers, makes the following directions without a hearing:",
                   f"1. The hearing on {c.d(5, 'dot')} is vacated.", "2. Cafcass shall file an addendum report within 21 days.", "3. Liberty to apply on 48 hours' notice.", f"{c.judge}"), dn=["paper directions"])

@T("directions-order")
def _(c):
    return D(lines(f"{c.court_t} — Dispute Resolution Appointment — order", f"1. The child {c.child} is joined as a party under rule 16.2 and a children's guardian from Cafcass is appointed.",
                   f"2. Cafcass to confirm allocation within 14 days.", f"3. The guardian to file an initial analysis by {c.d(42, 'long')}.", "4. The parents shall send the guardian copies of all statements.", f"Case {c.caseno}"), dn=["DRA order"])

@T("directions-order")
def _(c):
    return D(lines(f"HIGH COURT OF JUSTICE – FAMILY DIVISION", f"Case {c.caseno}", "ORDER (directions)", f"Before Mrs Justice {ch(['Harrow', 'Lingard', 'Pemberton'])} sitting in private",
                   "The child's return to Poland is sought under the 1980 Hague Convention.", "1. Cafcass High Court Team to see the child and report on objections and maturity by 4pm on " + c.d(10, 'long') + ".", "2. Final hearing listed with time estimate 1 day."), dn=["High Court directions"])

@T("application")
def _(c):
    return D(lines("C100", "Application under the Children Act 1989 for a child arrangements, prohibited steps, specific issue section 8 order or to vary or discharge", f"Name of court: {c.court_t}", f"Case number: {c.caseno}",
                   "Section 1 What are you asking the court to decide?  [x] Child arrangements order", f"The applicant: {c.dad}   Date of birth: 0{rng.randint(1, 9)}/0{rng.randint(1, 9)}/19{rng.randint(80, 99)}",
                   f"The respondent: {c.mum}", f"Children: {c.child} {c.sur} {c.dobs()}", f"Brief description: I want to see my child. Mother stopped contact in {MONTHS[c.date.month - 2]}. We tried mediation but she would not attend.",
                   "MIAM exemption: none – MIAM attended"), dn=["C100", "application form"])

@T("application")
def _(c):
    return D(lines("C1A", "Allegations of harm and domestic abuse", f"Case number {c.caseno}", "Section 2 – Domestic abuse", "Have the children suffered or are they at risk of suffering any form of domestic abuse? Yes",
                   f"Brief details of the most recent incident: On {c.d(-30, 'slash')} the respondent came to my home drunk and punched the door. The children were upstairs. Police attended.",
                   "Do you want the court to make an order to protect you? Yes – non-molestation order already made"), dn=["C1A"])

@T("application")
def _(c):
    return D(lines("Form C2", "Application for permission to start proceedings, for an order or directions in existing proceedings", f"Case {c.caseno}", f"Applicant: {c.gran}",
                   f"Order or directions sought: permission to apply for a child arrangements order (live with) in respect of {c.child}.", "Reason: I have cared for the child for most of her life." if c.he == 'she' else "Reason: I have cared for the child for most of his life."), dn=["C2"])

@T("application")
def _(c):
    return D(lines("Form C110A", "Application for a Care or Supervision Order and other orders under Part 4 of the Children Act 1989", f"Applicant: {c.la}", f"Social worker: {ch(['Kelly', 'Martin', 'Aled'])} {ch(SURN)}",
                   f"Children: {c.child} and {c.child2} {c.sur}", "Orders sought: interim care order, care order", "Grounds: threshold criteria – neglect; exposure to domestic abuse; parental substance misuse",
                   "Has the child been on a child protection plan? Yes"), rc="child-protection", dn=["C110A"])

@T("application", "cy")
def _(c):
    return D(lines("C100 – Cais o dan Ddeddf Plant 1989", "Cais am orchymyn trefniadau plant", f"Llys: {c.court_cy}", f"Ceisydd: {c.mum}", f"Atebydd: {c.dad}",
                   f"Plentyn: {c.child} {c.sur}", "Beth ydych chi'n gofyn i'r llys ei benderfynu? Gyda phwy fydd y plentyn yn byw.", "Rheswm: Mae'r tad wedi symud i ffwrdd ac rydw i eisiau sefydlu trefniadau clir."), dn=["Cais C100"])

@T("application")
def _(c):
    return D(lines("FL401", "Application for a non-molestation order / occupation order", f"Applicant: {c.mum}", f"Respondent: {c.dad}", "Relationship: former cohabitants",
                   "Are there any relevant children? Yes – " + c.child, "Application made without notice because: the respondent has threatened me if I go to court", f"Sworn statement attached."), dn=["FL401"])

@T("application")
def _(c):
    return D(lines("C79 – Application related to enforcement of a child arrangements order", f"Case number {c.caseno}", f"Order alleged to have been breached: dated {c.d(-200, 'slash')}",
                   f"Details of breach: {c.mum} has not made {c.child} available on 6 weekends since {c.d(-90, 'long')}.", "Applicant: " + c.dad), dn=["enforcement application"])

@T("position-statement")
def _(c):
    return D(lines(f"IN THE FAMILY COURT AT {c.town.upper()}", f"Case no: {c.caseno}", f"POSITION STATEMENT ON BEHALF OF THE FATHER", f"for the DRA on {c.d(0, 'long')}",
                   f"1. The father seeks an order that {c.child} spends alternate weekends with him.", "2. The father notes the Cafcass report supports overnight time but recommends a phased approach. He accepts that.",
                   f"3. The mother relies on police information recording a call-out in 2022. The father's case is that this was a verbal argument and no further action was taken.", f"Counsel for the father, {ch(['Miss', 'Mr'])} {ch(SURN)}, {c.d(-1, 'slash')}"), dn=["PS father", "father position statement"])

@T("position-statement")
def _(c):
    return D(lines(f"Local Authority's position statement – IRH", f"{c.la} v {c.mum} and {c.dad}", f"The LA's final care plan for {c.child} is long-term foster care with the current carers.",
                   "The LA notes the guardian's recommendation but maintains its plan. The parents oppose the plan.", "Issues for the court: contact frequency after final order."), rc="looked-after-child", dn=["LA position statement"])

@T("position-statement", "cy")
def _(c):
    return D(lines(f"Datganiad sefyllfa ar ran y fam", f"Rhif achos: {c.caseno}", f"1. Mae'r fam yn gofyn i'r llys orchymyn bod {c.child} yn byw gyda hi.",
                   "2. Mae'r fam yn derbyn argymhelliad CAFCASS Cymru am gyswllt dan oruchwyliaeth.", "3. Mae'r fam yn gwrthwynebu cyswllt dros nos ar hyn o bryd."), dn=["Datganiad sefyllfa"])

@T("position-statement")
def _(c):
    return D(lines(f"Cafcass position statement", f"Hearing: {c.d(0, 'slash')}   {c.court_t}", f"1. I have been allocated to prepare the section 7 report. Since the last hearing mother has told me that {c.child} has been unsettled after contact.",
                   "2. The police disclosure received on " + c.d(-10, 'slash') + " shows an arrest of the father for drink-driving. I will need to discuss this with him.",
                   "3. I ask the court to extend the filing date by 3 weeks.", c.staff), dn=["Cafcass PS"])

@T("position-statement")
def _(c):
    return D(lines("MOTHER'S POSITION (litigant in person)", f"Case {c.caseno}", f"I am asking for {c.child} to live with me. I do not agree with dad having overnights because he drinks. The police information in the bundle shows he was arrested in March.",
                   "I agree to daytime contact at his mum's.", f"{c.mum}  {c.d(0, 'slash')}"), dn=["my position"])

@T("position-statement")
def _(c):
    return D(lines("Note on behalf of the Children's Guardian", f"Case Management Hearing {c.d(0, 'long')}", "Issues: (1) assessment of maternal aunt; (2) expert psychologist; (3) contact", "Guardian's position: supports both assessments; supports LA proposal of contact 3x weekly.",
                   f"Solicitor for the child: {c.sol}"), dn=["guardian position note"])

@T("witness-statement")
def _(c):
    return D(lines(f"IN THE FAMILY COURT SITTING AT {c.town.upper()}", f"Case number: {c.caseno}", f"STATEMENT OF {c.mum.upper()}", f"I, {c.mum}, of {c.street}, {c.town}, WILL SAY as follows:",
                   f"1. I am the mother of {c.child}. I make this statement in response to the father's application.", f"2. We separated in {c.date.year - 1}. Throughout our relationship the father was controlling.",
                   "3. ...", "I believe that the facts stated in this witness statement are true.", f"Signed {c.mum}   Dated {c.d(0, 'slash')}"), dn=["mother's statement", "M statement"])

@T("witness-statement")
def _(c):
    return D(lines(f"Social Work Evidence Template – Final Statement", f"{c.la}", f"Author: allocated social worker", f"Children: {c.child} {c.sur}",
                   "Section 1: Summary of the evidence. Section 2: Care plan. Section 3: Analysis of realistic options.", "I make this statement from my own knowledge and from the local authority's records.",
                   "Statement of truth: I believe the facts in this statement are true."), rc="looked-after-child", dn=["SWET final statement"])

@T("witness-statement", "cy")
def _(c):
    return D(lines("Datganiad tyst", f"Rhif achos: {c.caseno}", f"Datganiad {c.dad}", f"1. Fi yw tad {c.child}.", f"2. Ers i ni wahanu, rydw i wedi gweld {c.child} bob dydd Sadwrn.",
                   "3. Rydw i'n gwadu honiadau'r fam.", "Rwy'n credu bod y ffeithiau yn y datganiad hwn yn wir.", f"Llofnod: {c.dad}"), dn=["Datganiad tyst tad"])

@T("witness-statement")
def _(c):
    return D(lines(f"Second statement of the respondent father", f"1. This statement responds to the mother's statement of {c.d(-20, 'long')} and the Cafcass report.",
                   "2. I deny each of the allegations in the mother's Scott schedule.", "3. I attach my hair strand test result showing no drugs.", f"Signed: {c.dad}", "Statement of truth signed."), dn=["F 2nd statement"])

@T("witness-statement")
def _(c):
    return D(lines(f"WITNESS STATEMENT", f"Name: {c.gran}", "Occupation: retired nurse", f"I am the maternal grandmother of {c.child}. I was present at the handover on {c.d(-60, 'long')}.",
                   "I saw the father push my daughter against the car door. The children were in the back seat and were crying.", "I understand proceedings for contempt may be brought against anyone who makes a false statement without an honest belief in its truth."), dn=["statement of grandmother"])

@T("witness-statement")
def _(c):
    return D(lines("Statement of foster carer", f"I am {ch(['Jan', 'Mike', 'Pauline'])} {ch(SURN)}, an approved foster carer for {c.la} since 2014.", f"{c.child} has lived with us since {c.d(-300, 'long')}.",
                   f"{c.he.capitalize()} has settled well. After contact with mother {c.he} is unsettled for a day or so.", "I believe the facts in this statement are true."), rc="foster-carers", dn=["foster carer statement"])

@T("previous-cafcass")
def _(c):
    return D(lines("Summary of previous Cafcass involvement", f"Current case: {c.caseno}", f"Previous case: {c.code}1{rng.randint(5, 9)}P{rng.randint(10000, 99999)} (closed 201{rng.randint(5, 9)})",
                   f"In the previous case the father applied for contact with {c.child}'s older half-sibling. A section 7 report recommended indirect contact only due to findings of domestic abuse.", "Practitioner then: now left Cafcass.", "Documents retrieved from archive and saved."), dn=["previous involvement summary"])

@T("previous-cafcass")
def _(c):
    return D(lines(f"CAFCASS", f"Report to the court – section 7", f"Case number: {c.code}16P0{rng.randint(1000, 9999)}", f"Date: {rng.randint(1, 28)}/0{rng.randint(1, 9)}/2016", f"Child: {c.child2} (now aged 1{rng.randint(2, 7)})",
                   "[Copy of earlier report retrieved from ECMS archive for information in current proceedings]", "Recommendation: no contact with father at present."), dn=["2016 report"])

@T("previous-cafcass", part="email")
def _(c):
    return D(lines("Hi", f"As requested I've searched CMS retrieval and ECMS archive for {c.dad} and {c.mum}. There is one related case from 2018 (safeguarding letter and FHDRA outcome only).",
                   "The documents are attached. Please note the case was not shielded.", "Business Support"), sender="records.team@cafcass.gov.uk", subject=pick("Previous case info", f"archive search - {c.sur}", ""))

@T("previous-cafcass", "cy")
def _(c):
    return D(lines("Gwybodaeth o achos blaenorol CAFCASS Cymru", f"Achos presennol: {c.caseno}", f"Roedd CAFCASS Cymru yn rhan o achos blaenorol yn 2019 ynghylch {c.child}.",
                   "Ffeiliwyd Adroddiad Ymholiadau Diogelu. Gwnaed gorchymyn trwy gydsyniad yn y gwrandawiad cyntaf.", "Mae'r dogfennau wedi'u hychwanegu at yr achos hwn."), dn=["Gwybodaeth flaenorol"])

@T("previous-cafcass")
def _(c):
    return D(lines(f"Safeguarding letter – {rng.randint(1, 28)} {ch(MONTHS)} 2017", f"Previous proceedings (closed). Retained on file under current case {c.caseno}.",
                   "Police: 2 incidents of DA. LA: CIN plan closed.", "Recommendation: consideration of s7 report.", "Author: duty FCA"), dn=["old safeguarding letter 2017"])

@T("previous-cafcass")
def _(c):
    return D(lines("CMS Retrieval – person search result", f"Search: {c.mum}", "Cases found: 1", f"Case ID {rng.randint(100000, 999999)}   Type: Private law   Closed: 2013   Team: {c.town}",
                   "Documents: contact log (pdf), S7 report", "Shielded: No"), dn=["CMS retrieval"])

@T("previous-cafcass")
def _(c):
    return D(lines("Extract – previous guardian's final analysis (2020)", f"The child's older sibling was made subject to a care order in 2020. Guardian: (retired).",
                   "The guardian's concerns then included mother's alcohol use and poor engagement with services.", f"Placed on the file for {c.child}'s current proceedings by the allocated guardian."), dn=["previous analysis extract"])

# ================================================================ experts and agency
@T("letter-of-instruction")
def _(c):
    e = ch(EXPERTS)
    return D(lines(f"{c.sol}", f"{e[0]}", f"{c.d(0, 'long')}", "JOINT LETTER OF INSTRUCTION", f"Re: {c.la} v {c.mum_sur} – Case {c.caseno}", f"Dear {e[0].split()[0]} {e[0].split()[-1]},",
                   f"We write on behalf of all parties. By the order of {c.judge} dated {c.d(-7, 'long')} permission was given under Part 25 FPR to instruct you.",
                   "Questions: 1. Does the mother have any psychological difficulty that affects her ability to parent? 2. Prognosis for change and timescale. 3. Recommended therapy.",
                   f"Your report is to be filed by {c.d(56, 'long')}. The bundle index is enclosed.", "Yours sincerely", c.sol), dn=["LOI", "letter of instruction"])

@T("letter-of-instruction")
def _(c):
    return D(lines(f"{c.org}", f"To: {ch(LABS)}", f"Instruction for hair strand testing – {c.caseno}", f"Donor: {c.dad}", "Tests: cocaine, cannabis, alcohol (EtG and FAEE), 6 months segmented",
                   "Funding: equally between the parties as ordered", f"Contact the donor on 07{rng.randint(100000000, 999999999)} to book collection."), dn=["instruction hair test"])

@T("letter-of-instruction", part="email")
def _(c):
    return D(lines(f"Dear Ms Lewis,", f"Thank you for confirming availability. Please treat this email and the attached draft as the agreed letter of instruction for the independent social work assessment of {c.gran} as a special guardian.",
                   "You are asked to address: suitability, the child's relationship with the applicant, support needs, and contact.", f"Filing: {c.d(49, 'long')}.", f"Regards, {c.sol} (solicitors for the child)"),
             sender=f"childcare@{c.sol.split()[0].lower()}.co.uk", subject=pick("Letter of instruction - ISW", "Instructions", ""))

@T("letter-of-instruction", "cy")
def _(c):
    return D(lines("Llythyr cyfarwyddo ar y cyd", f"At: {EXPERTS[0][0]}", f"Rhif achos: {c.caseno}", f"Rhoddodd y llys ganiatâd ar {c.dcy(-5)} i'ch cyfarwyddo i baratoi asesiad seicolegol o'r tad.",
                   "Cwestiynau: 1. A oes gan y tad anawsterau seicolegol? 2. Pa gymorth sydd ei angen?", f"Dyddiad ffeilio: {c.dcy(50)}."), dn=["Llythyr cyfarwyddo"])

@T("letter-of-instruction")
def _(c):
    return D(lines("INSTRUCTIONS TO DNA TESTING PROVIDER", f"Direction made under s.20 Family Law Reform Act 1969 on {c.d(-3, 'slash')}", f"Persons to be tested: {c.dad} (alleged father), {c.child} (child), {c.mum} (mother)",
                   "Results to be sent to all parties' solicitors and the court.", f"From: {c.sol2}"), dn=["DNA instructions"])

@T("letter-of-instruction")
def _(c):
    return D(lines(f"Re: Instruction of {EXPERTS[1][0]} – child and adolescent psychiatrist", f"This letter is sent by the solicitor for the child on behalf of all parties, following the court order directing an assessment of {c.child}'s mental health.",
                   f"Background: {c.child} has self-harmed and has been refusing to go to school. CAMHS involved.", "Documents enclosed: bundle sections A-F", "Please confirm you have no conflict of interest."), dn=["LOI psychiatrist"])

@T("expert-report")
def _(c):
    e = EXPERTS[0]
    return D(lines("PSYCHOLOGICAL ASSESSMENT", f"of {c.mum}", f"Prepared by {e[0]}, {e[1]}, {e[2]}", f"For {c.court_t}, case {c.caseno}", "Date of report: " + c.d(0, 'long'),
                   "1. Summary of conclusions", "Ms " + c.mum_sur + " presents with symptoms consistent with complex PTSD. She has a good understanding of the concerns. With 12–18 months of trauma-focused therapy her prognosis is fair.",
                   "2. Instructions", "I was instructed by joint letter dated ...", "Declaration: I understand my duty to the court..."), dn=["psychological report", "Dr report"])

@T("expert-report")
def _(c):
    return D(lines(ch(LABS), "HAIR STRAND TEST REPORT", f"Donor: {c.dad}", f"Sample collected: {c.d(-14, 'slash')}", "Section 1 (0-1 cm): cocaine detected 0.9 ng/mg, benzoylecgonine detected", "Section 2 (1-2 cm): cocaine 0.4 ng/mg",
                   "Interpretation: consistent with repeated use of cocaine over the period covered.", "Reporting scientist"), dn=["hair strand results"])

@T("expert-report")
def _(c):
    e = EXPERTS[2]
    return D(lines(f"Independent Social Work Assessment", f"Special Guardianship assessment of {c.gran}", f"Author: {e[0]}, {e[1]}", f"Recommendation: positive. {c.gran} understands {c.child}'s needs and has a realistic view of her daughter's difficulties.",
                   "Support plan: financial allowance, therapeutic support for child."), dn=["ISW assessment"])

@T("expert-report")
def _(c):
    return D(lines("Report of Dr " + EXPERTS[4][0].split()[-1] + ", Consultant Paediatrician", f"{c.nhs}", f"Child: {c.child2} {c.sur}, aged 7 months", "Injury: bruising to the left cheek and ear",
                   "Opinion: the bruising is not consistent with the explanation given (rolled off sofa). In the absence of a plausible explanation the injury is likely to be inflicted.", "I confirm I have made clear which facts are within my own knowledge."), rc="child-protection", dn=["paediatric report"])

@T("expert-report")
def _(c):
    return D(lines(f"{LABS[1]}", "Paternity test report", f"Alleged father: {c.dad}", f"Child: {c.child}", "Probability of paternity: 99.9999%", "Conclusion: the alleged father cannot be excluded as the biological father."), dn=["DNA report"])

@T("expert-report", "cy")
def _(c):
    return D(lines("Adroddiad arbenigol – asesiad seiciatrig", f"Gan: {EXPERTS[1][0]}", f"Ynghylch: {c.mum}", "Casgliad: nid oes tystiolaeth o salwch meddwl difrifol ar hyn o bryd. Mae iselder ysgafn wedi'i drin gan y meddyg teulu.",
                   "Rwy'n deall fy nyletswydd i'r llys."), dn=["Adroddiad arbenigol"])

@T("provider-report")
def _(c):
    return D(lines(ch(SPIP), "Planning Together for Children – attendance confirmation", f"Participant: {c.dad}", f"Cafcass ref: {c.caseno}", "Module 1 (e-learning): completed",
                   f"Group workshop attended: {c.d(0, 'slash')}", "Parenting plan session: not booked – participant did not respond"), dn=["SPIP confirmation", "PT4C attendance"])

@T("provider-report")
def _(c):
    return D(lines(ch(DAPP), "END OF PROGRAMME REPORT", f"Participant: {c.dad}", f"Referred by Cafcass, {c.team}", "Sessions offered 24 / attended 22",
                   "Summary: Mr " + c.sur + " engaged well. He can now identify controlling behaviours and has used time-outs. The partner support worker reports ex-partner feels safer.",
                   "Risk: reduced but not eliminated. Recommend continued monitoring of handovers."), dn=["DAPP report"])

@T("provider-report")
def _(c):
    return D(lines(ch(CONTACT_CENTRES), "Supervised contact session record", f"Date: {c.d(0, 'slash')}  Duration 2h", f"Child: {c.child}   Visiting parent: father", "Arrival: on time",
                   f"Interaction: father brought a birthday present. {c.child} smiled and engaged throughout. Father whispered once; reminded of rules.", "Handover: calm.", "Supervisor: " + ch(['A. Rahman', 'L. Price', 'J. Doherty'])), dn=["contact session report"])

@T("provider-report", "cy")
def _(c):
    return D(lines("Relate Cymru – Gweithio Gyda'n Gilydd er Mwyn Plant", "Adroddiad presenoldeb", f"Cyfranogwr: {c.mum}", f"Dyddiad: {c.dcy(0)}", "Mynychwyd y sesiwn grŵp yn llawn.",
                   "Nid oes angen camau pellach."), dn=["Adroddiad WT4C"])

@T("provider-report", part="email")
def _(c):
    return D(lines("Dear FCA,", f"Following the referral for Child Contact Intervention (case {c.caseno}), we have now completed six sessions.",
                   f"Sessions 1-3: {c.child} was hesitant. Sessions 4-6: spontaneous play, asked to stay longer.", "Our view is that the family are ready to move to unsupervised contact. Full report attached.", "Contact Services Coordinator"),
             sender="contact@familylinks-cc.org.uk", subject=pick("CCI completion", f"Report - {c.sur}", ""))

@T("provider-report")
def _(c):
    return D(lines("Commissioned service – Domestic abuse perpetrator programme", "Suitability assessment outcome", f"Name: {c.dad}", "Outcome: NOT SUITABLE at this time",
                   "Reason: does not accept any abusive behaviour; current alcohol misuse. Recommend alcohol service and re-referral in 6 months."), dn=["DAPP assessment outcome"])

@T("cp-conference-minutes")
def _(c):
    return D(lines(f"{c.la}", "INITIAL CHILD PROTECTION CONFERENCE – MINUTES", f"Date: {c.d(0, 'long')}  Chair: Independent Reviewing Officer", f"Children: {c.child} and {c.child2} {c.sur}",
                   f"Present: mother, social worker, HV, {c.school} DSL, police DAU", "Apologies: GP (report sent)", "Summary of concerns: repeated DA incidents; mother's drinking; home conditions.",
                   "Decision: both children to be subject to a child protection plan under the category of emotional abuse.", "Core group to meet within 10 working days. Review conference in 3 months."), rc="child-protection", dn=["ICPC minutes"])

@T("cp-conference-minutes", "cy")
def _(c):
    return D(lines(c.la_cy, "Cofnodion Cynhadledd Adolygu Amddiffyn Plant", f"Dyddiad: {c.dcy(0)}", f"Plant: {c.child} {c.sur}", "Yn bresennol: y fam, y tad, gweithiwr cymdeithasol, ymwelydd iechyd, ysgol",
                   "Penderfyniad: Mae angen i enw'r plentyn aros ar y Gofrestr Amddiffyn Plant. Categori: esgeulustod.", "Cynhadledd adolygu nesaf ymhen 6 mis."), rc="child-protection", dn=["Cofnodion cynhadledd"])

@T("cp-conference-minutes")
def _(c):
    return D(lines("Review Child Protection Conference", f"Family: {c.sur}", "Agency reports: School – attendance improved to 94%. HV – baby meeting milestones. Police – no incidents since last conference.",
                   "Parents' views: mother feels supported; father did not attend.", "Decision: the children no longer require a child protection plan. Step down to Child in Need."), rc="child-protection", dn=["RCPC minutes"])

@T("cp-conference-minutes")
def _(c):
    return D(lines(f"Minutes of meeting held under Working Together to Safeguard Children (conference)", f"Unborn baby of {c.mum}", "Reason: mother's older children removed in 2021",
                   "Decision: unborn to be made subject to a CP plan under the category of neglect from birth; pre-birth assessment.", "Dissent: none recorded"), rc="child-protection", dn=["pre-birth conference minutes"])

@T("cp-conference-minutes")
def _(c):
    return D(lines("ICPC", f"{c.d(0, 'slash')}", "Chair: B. Ahmed", "Threshold for conference met: yes", "Risk analysis (Signs of Safety): worries – cannabis use, shouting; what's working – grandparents' support",
                   "Outcome: CP plan, category physical abuse", "Lead SW: to be allocated"), src="scan", rc="child-protection", dn=["conference minutes"])

@T("cp-conference-minutes")
def _(c):
    return D(lines(f"{c.la} Safeguarding Unit", "Transfer-in child protection conference: minutes", f"{c.child} has moved into the area from {ch(['Bradford', 'Swansea', 'Norwich'])} where {c.he} was subject to a plan.",
                   "Conference agreed the plan should continue. Agencies updated."), rc="child-protection", dn=["transfer in conference"])

@T("agency-information")
def _(c):
    return D(lines(f"{c.school}", "School report for the family court", f"Pupil: {c.child} {c.sur}   Year {max(1, c.age - 4)}", f"Attendance: {rng.randint(78, 99)}%",
                   "Progress: working at expected level in reading, below in maths.", "Wellbeing: friendly, but anxious before weekends. Has told staff 'dad's house is boring'.", "Collected by: mother usually"), dn=["school report"])

@T("agency-information")
def _(c):
    return D(lines(f"{c.gp}", f"To whom it may concern", f"Re: {c.dad}  DOB ../../19..", f"Mr {c.sur} is registered at this practice. He has a history of depression treated with sertraline. He has attended for alcohol-related advice on two occasions in 2023.",
                   "There is no record of concern about his ability to care for a child.", "Dr " + ch(SURN)), dn=["GP letter"])

@T("agency-information")
def _(c):
    return D(lines(f"{c.la}", "Chronology of significant events", f"Child: {c.child} {c.sur}", f"{c.d(-800, 'slash')} Referral from police – DA incident, children present",
                   f"{c.d(-700, 'slash')} Single assessment – CIN", f"{c.d(-400, 'slash')} Case closed", f"{c.d(-60, 'slash')} New referral from school – bruising"), rc="other-childrens-social-care", dn=["LA chronology"])

@T("agency-information", "cy")
def _(c):
    return D(lines(c.nhs, "Llythyr gan yr ymwelydd iechyd", f"Plentyn: {c.child2}", "Mae'r babi yn datblygu'n dda. Mae'r fam wedi mynychu pob apwyntiad.", "Dim pryderon diogelu ar hyn o bryd."), dn=["Llythyr ymwelydd iechyd"])

@T("agency-information")
def _(c):
    return D(lines("Looked After Child Review – Record", f"Child: {c.child}   IRO: {ch(STAFF)}", "Placement: foster care, stable", "Health assessment: up to date", "Education: PEP completed",
                   "Child's views: wants more contact with siblings", "Decisions: sibling contact monthly; life-story work to begin."), rc="looked-after-child", dn=["LAC review minutes"])

@T("agency-information")
def _(c):
    return D(lines("CAMHS", c.nhs, f"Clinic letter – {c.d(0, 'slash')}", f"I saw {c.child} with {c.his} mother today. {c.child} has low mood and has been self-harming by cutting. A safety plan has been agreed.",
                   "Copy to GP, copy to Cafcass (with consent)."), dn=["CAMHS letter"])

@T("agency-information")
def _(c):
    return D(lines("Private fostering assessment", f"{c.la}", f"{c.child} ({c.age}) has lived with a family friend, not a relative, since {c.d(-150, 'long')}. Mother agreed arrangement. The LA has visited and assessed the carer as suitable.",
                   "Arrangement notified under the Children (Private Arrangements for Fostering) Regulations."), rc="privately-fostered-child", dn=["private fostering assessment"])

@T("legal-advice", part="email")
def _(c):
    return D(lines(f"Hi {c.staff.split()[0]},", "LEGALLY PRIVILEGED", f"You asked whether you can share the child's letter with the parents in {c.caseno}. My advice is that you should tell the court about the letter and invite the judge to decide whether it is disclosed; you should not give an assurance of confidentiality to the child.",
                   "FPR 12.73 and the case law on disclosure are relevant. Happy to discuss.", "Cafcass Legal"), sender="legal.team@cafcass.gov.uk", subject=pick("Advice - disclosure", "RE: query", ""))

@T("legal-advice")
def _(c):
    return D(lines("PRIVILEGED & CONFIDENTIAL – LEGAL ADVICE", "Memo", f"To: {c.staff}, FCA", "From: In-house lawyer", f"Date: {c.d(0, 'slash')}", "Subject: appeal of interim order",
                   f"Question: should Cafcass appeal the interim order made by {c.judge}? Advice: an appeal is unlikely to succeed. Consider instead inviting the court to list a review hearing."), dn=["legal memo"])

@T("legal-advice", "cy")
def _(c):
    return D(lines("CYNGOR CYFREITHIOL – BREINTIEDIG", f"At: {c.staff}", "Gan: Tîm Cyfreithiol CAFCASS Cymru", f"Achos: {c.caseno}",
                   "Cwestiwn: a ddylai'r plentyn gael ei wneud yn barti?", "Cyngor: o ystyried y gwrthdaro difrifol, dylech argymell penodi gwarcheidwad o dan reol 16.4."), dn=["Cyngor cyfreithiol"])

@T("legal-advice", part="email")
def _(c):
    return D(lines("Privileged – not for disclosure", f"{c.staff.split()[0]} – in short: yes, you have to comply with the witness summons but you can ask the court to set it aside. Send me a copy and I will draft an application.",
                   "Don't send your notes to the father's solicitor directly.", "Regards", "Cafcass Legal Services"), sender="legal.team@cafcass.gov.uk", subject=pick("witness summons", "", "RE: summons"))

@T("legal-advice")
def _(c):
    return D(lines("Cafcass Legal – advice note", f"Matter: {c.case_name}", "Issue: the court has asked Cafcass to supervise contact. Cafcass does not supervise contact. Advice: respond by letter, offering alternatives (FAO; contact centre referral)."), dn=["advice note"])

@T("legal-advice")
def _(c):
    return D(lines("Counsel's advice (obtained by Cafcass Legal)", f"Re {c.child[0]}", "1. I am asked whether the guardian may seek a s.91(14) order. 2. In my view the evidence supports it. 3. Privileged."), dn=["counsel advice"])

@T("solicitor-correspondence", part="email")
def _(c):
    return D(lines(f"Dear {c.staff.split()[0]},", f"Thank you for your instructions. I've read your initial analysis. Before the CMH could you confirm you support the aunt's viability assessment, as the LA is resisting it.",
                   f"I have also arranged to meet {c.child} with you on {c.d(6, 'long')}.", "Kind regards", f"{ch(['Rachel', 'Owain', 'Dipesh'])}", f"Solicitor for the child, {c.sol}"),
             sender=f"childcare@{c.sol.split()[0].lower()}.co.uk", subject=pick(f"{c.child} - CMH", "Instructions", ""))

@T("solicitor-correspondence")
def _(c):
    return D(lines(c.sol, f"Children's Guardian: {c.staff}", f"{c.d(0, 'long')}", f"Dear {c.staff}",
                   f"Re {c.la} v {c.mum_sur}", "Further to our telephone conversation I enclose the draft position statement for your approval.", "Please let me have any amendments by noon tomorrow.", "Yours sincerely"), dn=["letter from child's solicitor"])

@T("solicitor-correspondence", "cy")
def _(c):
    return D(lines(f"Annwyl {c.staff.split()[0]},", f"Diolch am eich cyfarwyddiadau yn achos {c.child}. Rwyf wedi atodi'r drafft o'r datganiad sefyllfa.", "A fyddech cystal â'i gymeradwyo erbyn dydd Gwener?", "Cofion", c.sol),
             dn=["Gohebiaeth gyfreithiwr"])

@T("solicitor-correspondence", part="email")
def _(c):
    return D(lines("Dear Guardian", f"Just to confirm the expert has agreed to the revised timetable. I'll update the court. Do you want me to instruct counsel for the IRH?", c.sol), sender=f"family@{c.sol.split()[0].lower()}.co.uk", subject=pick("expert timetable", "IRH counsel?", ""))

@T("solicitor-correspondence")
def _(c):
    return D(lines(f"To: Children's Guardian", f"From: {c.sol} (instructed by the guardian)", "Attendance note sent for information", f"Visited {c.child} at foster placement. {c.child} ({max(c.age, 12)}) wishes to instruct me directly, which may lead to separate representation. I will discuss with you."), dn=["child's solicitor letter"])

@T("solicitor-correspondence", part="email")
def _(c):
    return D(lines(f"Hi {c.staff.split()[0]}", "Please find attached the draft final analysis with my comments. Paragraph 12 might need tightening on the balance sheet.", "Thanks", c.sol), sender=f"guardian.team@{c.sol.split()[0].lower()}.co.uk", subject=pick("draft analysis comments", ""))

@T("legal-call-note")
def _(c):
    return D(lines("Note of telephone call with Cafcass Legal", f"{c.d(0, 'slash')} 11:20", f"FCA {c.staff}; Lawyer {ch(STAFF)}", "Discussed: whether to file position statement opposing adjournment. Advised to file short letter.", "Action: FCA to draft by tomorrow."), dn=["call with legal"])

@T("legal-call-note", "cy")
def _(c):
    return D(lines("Nodyn o alwad ffôn gyda chyfreithiwr y plentyn", f"Dyddiad: {c.dcy(0)}", f"Trafodwyd: safbwynt y gwarcheidwad yn y gwrandawiad nesaf.", "Cytunwyd: y cyfreithiwr i gyfarwyddo bargyfreithiwr."), dn=["Nodyn galwad"])

@T("legal-call-note")
def _(c):
    return D(lines(f"TC with child's solicitor ({c.sol}) – {c.d(0, 'short')}", "- sol unhappy with LA delay", "- agreed guardian supports extension", "- sol to draft position statement", f"{c.staff}"), dn=["TC child's solicitor"])

@T("legal-call-note")
def _(c):
    return D(lines("Record of discussion with Cafcass lawyer (privileged)", "Issue: subpoena for FCA notes. Advice: seek to set aside. FCA to send notes to legal only."), dn=["legal discussion note"])

@T("legal-call-note")
def _(c):
    return D(lines("Teams call – guardian / solicitor for child", f"Date {c.d(0, 'dot')} 16:00–16:25", "Expert report discussed; agreed to put written questions to psychologist within 10 days.", "Guardian's view on contact unchanged."), dn=["call note"])

@T("legal-call-note")
def _(c):
    return D(lines("Call note: Cafcass Legal duty line", f"Called duty lawyer re order requiring Cafcass to supervise contact. Advised: write to the court; Cafcass cannot supervise. Time 15 mins.", c.staff), dn=["duty legal call"])

@T("thank-you-card", src="scan")
def _(c):
    return D(lines("Thank you", f"To {c.staff.split()[0]}, thank you for listening to {c.child} and for all your help. We are all much happier now.", f"Love from {c.mum_f}, {c.child} and {c.child2} x"), dn=["card"])

@T("thank-you-card", "cy", src="scan")
def _(c):
    return D(lines("Diolch yn fawr", f"Diolch am eich help, {c.staff.split()[0]}. Mae {c.child} yn hapus iawn.", f"{c.dad_f} a {c.child}"), dn=["Cerdyn"])

@T("thank-you-card", src="scan")
def _(c):
    return D(lines("THANK YOU", "for helping me and my dad", f"{c.child}", "x x x"), dn=["card from child"])

@T("thank-you-card", src="scan")
def _(c):
    return D(lines("With grateful thanks", f"Dear {c.staff}, I know I wasn't easy to deal with at the start. Thanks for treating me fairly. My kids come every weekend now.", c.dad), dn=["card from dad"])

@T("thank-you-card", part="email")
def _(c):
    return D(lines("Hi", f"Just wanted to say thank you for everything you did for {c.child}. The hearing went well and {c.he} is settled. I've posted a card too.", c.mum_f), sender=f"{c.mum_f.lower()}{rng.randint(1, 99)}@hotmail.co.uk", subject=pick("Thank you!", "thanks", ""))

@T("thank-you-card", src="scan")
def _(c):
    return D(lines("You're a star!", "Thanks for everything", f"From the {c.sur} family"), dn=["thank you card"])

@T("informal-contact", src="scan")
def _(c):
    return D(lines(f"Hi {c.staff.split()[0]}", f"Just a postcard from Tenby to say we are all on holiday. {c.child} learned to swim!", f"{c.mum_f}"), dn=["postcard"])

@T("informal-contact", part="email")
def _(c):
    return D(lines("Hiya", f"Sorry to bother you, I know the case is finished. Just letting you know {c.child} got into the school we wanted. Thought you'd like to know.", c.mum_f), sender=f"{c.mum_f.lower()}.{c.mum_sur.lower()}@yahoo.co.uk", subject=pick("good news", "", "update"))

@T("informal-contact", "cy", part="email")
def _(c):
    return D(lines("Helo", f"Dim ond eisiau dweud bod {c.child} wedi cael ei ben-blwydd gyda'i dad a'i fam gyda'i gilydd. Diolch am bopeth.", c.mum_f), sender=f"{c.mum_f.lower()}@btinternet.com", subject=pick("newyddion da", ""))

@T("informal-contact", src="scan")
def _(c):
    return D(lines("Merry Christmas", f"to {c.staff.split()[0]} and everyone at the office", f"from {c.child} and {c.dad_f}"), dn=["Christmas card"])

@T("informal-contact", src="scan")
def _(c):
    return D(lines(f"School certificate – {c.school}", f"Star of the week: {c.child}", "for being kind to others", f"[note on back: thought you'd like to see this – {c.dad_f}]"), dn=["certificate"])

@T("informal-contact", src="scan")
def _(c):
    return D(lines(f"Note left at reception {c.d(0, 'slash')}", f"Mr {c.sur} called in with a photo of {c.child} at the football tournament for FCA. No message.", "Reception"), dn=["note from reception"])

@T("court-bundle")
def _(c):
    return D(lines(f"IN THE FAMILY COURT AT {c.town.upper()}", f"Case No {c.caseno}", "INDEX TO BUNDLE", "Section A: Preliminary documents  A1–A22", "Section B: Applications and orders  B1–B48",
                   "Section C: Statements  C1–C130", "Section D: Expert and Cafcass reports  D1–D96", "Section E: Other documents  E1–E210", f"Hearing: {c.d(0, 'long')}"), dn=["bundle", "e-bundle"])

@T("court-bundle")
def _(c):
    return D(lines(f"Page E{rng.randint(1, 300)}", f"[Bundle page – {c.case_name}]", "Exhibit JB/3: screenshots of WhatsApp messages", "Mum: where are you", "Dad: on way", f"E{rng.randint(300, 400)}"), src="scan", dn=["bundle section E"])

@T("court-bundle", "cy")
def _(c):
    return D(lines(f"Bwndel y Llys – {c.caseno}", "Mynegai", "Adran A: Dogfennau rhagarweiniol", "Adran B: Ceisiadau a gorchmynion", "Adran C: Datganiadau", "Adran D: Adroddiadau"), dn=["Bwndel"])

@T("court-bundle")
def _(c):
    return D(lines("ELECTRONIC BUNDLE – COVER SHEET", f"Prepared by {c.sol} for the hearing on {c.d(0, 'slash')}", "Total pages: 642", "This bundle complies with PD27A.", "Contents: preliminaries; orders; statements; police disclosure; expert reports."), dn=["ebundle cover"])

@T("court-bundle")
def _(c):
    return D(lines("Preliminary documents", "Case summary", "Chronology", "Statement of issues", "Skeleton arguments", f"Bundle for the final hearing on {c.d(0, 'long')} — {c.case_name}"), dn=["bundle prelims"])

@T("court-bundle")
def _(c):
    return D(lines(f"CORE BUNDLE  –  {c.court_t}", f"{c.la} v {c.mum_sur} & ors", "Section | Document | Date | Pages", "A | Case summary | ", "B | CMO | ", "C | SWET final | ", "F | Police disclosure |", "G | Medical records |"), dn=["core bundle"])

@T("pnc-disclosure")
def _(c):
    return D(lines("POLICE NATIONAL COMPUTER – PRINT", "Subject: " + c.dad.upper(), "Convictions: 3 (2 offences)", f"Court: {c.town} Magistrates  Date: 2019  Offence: Assault by beating  Disposal: Community order",
                   "Court: Crown 2021  Offence: Possession with intent to supply Class B  Disposal: 18 months imprisonment suspended", "Cautions: 1 (2015 – criminal damage)", "Warning markers: VIOLENT"), dn=["PNC", "PNC record"])

@T("pnc-disclosure")
def _(c):
    return D(lines(f"{c.police}", "Disclosure of convictions and cautions", f"Name: {c.mum}", "No trace on PNC.", f"Date: {c.d(0, 'slash')}"), dn=["PNC mother"])

@T("pnc-disclosure", "cy")
def _(c):
    return D(lines(c.police_cy, "Datgeliad o'r PNC", f"Enw: {c.dad}", "Euogfarnau: 1 – ymosod cyffredin (2020), dirwy", "Rhybuddion: dim"), dn=["Datgeliad PNC"])

@T("pnc-disclosure")
def _(c):
    return D(lines("PNC Summary – Convictions, Cautions, Reprimands, Warnings", f"Surname {c.sur.upper()}  Forenames {c.dad_f.upper()}", "Sex offender registration: YES (notification period indefinite)", "MAPPA level 2",
                   "Offence: sexual assault on a child under 13 (2012)"), rc="adult-posing-risk", dn=["PNC summary"])

@T("pnc-disclosure")
def _(c):
    return D(lines("Record of previous convictions", f"Defendant: {c.dad}", "1. 2017 Drink driving – banned 18 months", "2. 2022 Breach of non-molestation order – 12 weeks suspended", "Source: PNC, printed for family proceedings"), dn=["previous convictions"])

@T("pnc-disclosure")
def _(c):
    return D(lines("Disclosure under the protocol", f"{c.police}", "PNC check result", f"{c.mum}: 1 caution (theft, 2016)", f"{c.dad}: nil"), dn=["PNC both parents"])

@T("police-callouts")
def _(c):
    return D(lines(f"{c.police} – Incident history", f"Address: {c.street}, {c.town}", f"{c.d(-300, 'slash')} 23:14  Domestic – verbal argument  Grade 2  No offences", f"{c.d(-200, 'slash')} 01:40  Domestic – assault  Arrest made",
                   f"{c.d(-90, 'slash')} 18:02  Concern for welfare – child", f"{c.d(-10, 'slash')} 21:55  Breach of NMO"), dn=["callouts log"])

@T("police-callouts")
def _(c):
    return D(lines("STORM log extract", f"Log no {rng.randint(100, 999)}-{c.date.strftime('%d%m%y')}", "Caller: female, states ex-partner banging on door, children inside. Units deployed. Male left prior to arrival. DASH: medium."), dn=["STORM log"])

@T("police-callouts", "cy")
def _(c):
    return D(lines(c.police_cy, "Hanes galwadau i'r cyfeiriad", f"{c.dcy(-100)} – Ffrae ddomestig, dim trosedd", f"{c.dcy(-40)} – Plentyn ar goll, daethpwyd o hyd iddo"), rc="missing-person", dn=["Log galwadau"])

@T("police-callouts")
def _(c):
    return D(lines("Missing person reports", f"Child: {c.child} ({max(c.age, 12)})", f"Reported missing from placement x5 since {c.d(-100, 'slash')}. Found on each occasion within 24h.", f"{c.police}"), rc="missing-person", dn=["missing reports"])

@T("police-callouts")
def _(c):
    return D(lines("Domestic incident log", f"{c.d(-20, 'slash')} Call from neighbour: shouting. Attended. Both parties intoxicated. Children asleep. Words of advice.", f"{c.d(-5, 'slash')} Call from female: partner refusing to leave. Male left. DASH standard."), dn=["DV log"])

@T("police-callouts")
def _(c):
    return D(lines("Occurrences linked to subject", f"Subject: {c.dad}", "OCC 1: harassment (2023)", "OCC 2: domestic assault (2024) – NFA", "OCC 3: concern for welfare (2024)"), dn=["occurrences"])

@T("police-check")
def _(c):
    return D(lines(f"{c.police} – Cafcass Safeguarding Check Response", f"Cafcass ref: {c.caseno}", "Local intelligence: NO TRACE", "PNC: NO TRACE", "Domestic abuse incidents: none recorded"), dn=["police check"])

@T("police-check")
def _(c):
    return D(lines("Police safeguarding information request – result", f"Subject: {c.dad}", "Local intelligence: subject linked to 2 domestic incidents; one NMO in force.", f"Checked by: Public Protection Unit, {c.police}"), dn=["police response"])

@T("police-check", "cy")
def _(c):
    return D(lines(c.police_cy, "Ymateb i wiriad diogelu CAFCASS Cymru", f"Enwau a wiriwyd: {c.mum}, {c.dad}", "Canlyniad: dim gwybodaeth"), dn=["Gwiriad heddlu"])

@T("police-check", part="email")
def _(c):
    return D(lines("Good afternoon", f"Re your request {c.caseno}: both parties no trace on local systems. Please allow 10 days for a full PNC return if needed.", "Safeguarding Hub"), sender=f"safeguarding.hub@{c.police.split()[0].lower()}.pnn.police.uk", subject=pick("Cafcass check", ""))

@T("police-check")
def _(c):
    return D(lines("POLICE RESPONSE TO CAFCASS REQUEST", f"Date {c.d(0, 'slash')}", "Adults checked: applicant, respondent, respondent's partner", "Result: respondent's partner known – convictions for violence. Details in PNC disclosure."), dn=["police check result"])

@T("police-check")
def _(c):
    return D(lines("Cafcass police check (WTFH)", "Request received; checks completed on local systems (Niche) and PND.", "Findings: mother reported DA victim x2; father suspect x2."), dn=["police check WTFH"])

# ================================================================ nothing to place in a case file (kind null)
NULL = "__null__"

@T(NULL)
def _(c):
    return D(lines("IT SERVICE NOTICE", "Planned maintenance: ECMS and Outlook will be unavailable from 18:00 Friday to 07:00 Monday.", "Please save your work and log off. Laptops must be connected to VPN by Monday 9am to receive security updates.", "IT Service Desk – ext 4400"), part="email", sender="it.servicedesk@cafcass.gov.uk", subject="Planned maintenance this weekend")

@T(NULL)
def _(c):
    return D(lines(f"{c.town} office – duty rota", "Mon: " + ", ".join(rng.sample(STAFF, 2)), "Tue: " + ", ".join(rng.sample(STAFF, 2)), "Wed: " + ", ".join(rng.sample(STAFF, 2)), "Thu: " + ", ".join(rng.sample(STAFF, 2)), "Fri: reception cover only", "Swaps to be agreed with the office manager."))

@T(NULL)
def _(c):
    return D(lines("Learning and Development", "You are invited to: Domestic abuse practice pathway – refresher (half day, MS Teams)", f"Date: {c.d(20, 'long')}, 09:30–12:30", "Places are limited; book via the learning portal.", "This session counts towards your CPD record."), part="email", sender="learning@cafcass.gov.uk", subject=pick("Training invitation", "Book now: DA refresher", ""))

@T(NULL)
def _(c):
    return D("")

@T(NULL)
def _(c):
    return D("This page is intentionally left blank")

@T(NULL)
def _(c):
    return D(lines("OFFICE SUPPLIES DIRECT", "SPRING SALE – up to 40% off printer paper, toner and archive boxes!", "Order before Friday for free next-day delivery.", "Quote code SPRING40 at checkout.", "To unsubscribe reply STOP."), part="email", sender="offers@officesuppliesdirect.co.uk", subject="40% off this week only")

@T(NULL)
def _(c):
    return D(lines("FIRE ALARM TEST", "The fire alarm will be tested every Wednesday at 10:00. If the alarm sounds at any other time, leave by the nearest exit and go to the assembly point in the car park.", "Fire wardens: see notice board."))

@T(NULL)
def _(c):
    return D(lines("Scanner test page", "ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789", "Resolution 300 dpi  Colour: greyscale", f"Device: MFP-{rng.randint(100, 999)}"))

@T(NULL)
def _(c):
    return D(lines("Team meeting", f"When: {c.d(3, 'long')} 14:00-15:30", "Where: Microsoft Teams", "Agenda: performance data, annual leave over summer, office move update, AOB", "Microsoft Teams meeting – Join on your computer, mobile app or room device"), part="email", sender=c.email_of(ch(STAFF)), subject="Team meeting")

@T(NULL)
def _(c):
    return D(lines("Automatic reply: ", f"Thank you for your email. I am on annual leave until {c.d(10, 'long')} with no access to email. For urgent matters please contact the duty desk on 0300 456 4000."), part="email", sender=c.email_of(ch(STAFF)), subject="Automatic reply: RE: availability")

@T(NULL)
def _(c):
    return D(lines("Your electricity bill", f"Account number {rng.randint(10000000, 99999999)}", f"Billing period to {c.d(0, 'long')}", "Amount due: £142.18", "Pay by Direct Debit – no action needed.", "The occupier", f"Unit 4, {c.town} Business Park"))

@T(NULL)
def _(c):
    return D(lines("Staff Newsletter – " + ch(MONTHS), "Welcome to our new starters!", "Wellbeing week: free fruit in the kitchen and a lunchtime walk on Thursday.", "Bake sale raised £212 for the children's hospice.", "Reminder: complete your annual data protection e-learning."))

@T(NULL)
def _(c):
    return D(lines("Your mailbox is almost full!", "Your mailbox has reached 98% of its quota. Click here to verify your account and increase storage or your account will be suspended within 24 hours.", "Microsoft Support Team"), part="email", sender="no-reply@rnicrosoft-support.com", subject="ACTION REQUIRED: mailbox full")

@T(NULL)
def _(c):
    return D(lines("Parking permit renewal", "Permits for the staff car park expire at the end of the month. Please return the form to facilities with your vehicle registration.", "Name: ____________  Reg: ________  Signed: ________"))

@T(NULL)
def _(c):
    return D(lines("FAX", "To: ", "From: ", "Pages (incl. cover): ", "Message:"))

@T(NULL)
def _(c):
    return D(lines("Canolfan Hamdden", "Amserlen nofio – tymor yr haf", "Llun: 07:00–09:00 nofio lôn", "Mercher: 18:00–19:00 sesiwn teulu", "Sadwrn: gwersi nofio plant"), lang="cy")

@T(NULL)
def _(c):
    return D(lines("Hysbysiad i staff", "Bydd y swyddfa ar gau ddydd Llun gŵyl y banc.", "Bydd y ddesg ddyletswydd ar gael dros y ffôn.", "Diolch, Rheolwr y Swyddfa"), lang="cy", part="email", sender="swyddfa@cafcass.gov.wales", subject="Gŵyl y banc")

@T(NULL)
def _(c):
    return D(lines("Annual leave request", "Name: " + ch(STAFF), f"Dates: {c.d(30, 'slash')} to {c.d(37, 'slash')}", "Days: 5", "Approved by line manager: yes"))

@T(NULL)
def _(c):
    return D(lines("CONFERENCE 2025: Child-centred practice in the family justice system", "Keynote speakers, workshops and networking.", "Early bird tickets £195 + VAT until the end of the month.", "Venue: ICC Birmingham"), part="email", sender="events@familyjusticeconferences.org", subject="Early bird tickets now available")

@T(NULL)
def _(c):
    return D(lines("Dear Sir or Madam,", f"I am writing to apply for the position of administrative assistant advertised on your website. I have five years' experience of office work and I am confident with Microsoft Office.", "I attach my CV.", "Yours faithfully", ch(ADULT_F) + " " + ch(SURN)))

@T(NULL)
def _(c):
    return D(lines("Cleaning schedule – kitchen", "Week 1: Team A", "Week 2: Team B", "Please empty the fridge every Friday. Unlabelled food will be thrown away."))

@T(NULL)
def _(c):
    return D(lines("[page 2 of 2]", "", "", "", "Signed ____________"))

@T(NULL)
def _(c):
    return D(lines("Pension update", "Your annual benefit statement is now available on the Civil Service Pensions portal.", "Log in with your pension reference number."), part="email", sender="noreply@civilservicepensionscheme.org.uk", subject="Your annual benefit statement")

@T(NULL)
def _(c):
    return D(lines("Hotel booking confirmation", f"Guest: {ch(STAFF)}", f"Check-in: {c.d(4, 'long')}  Nights: 1", "Premier Rooms, city centre", "Booking ref: " + str(rng.randint(1000000, 9999999))), part="email", sender="bookings@premierrooms.example", subject="Your booking is confirmed")

@T(NULL)
def _(c):
    return D(lines("Lost property", "A black umbrella and a child's car seat have been handed in at reception. Please collect by Friday."))

# ================================================================ decoration and output
def letterhead(c, kind):
    heads = []
    if c.welsh:
        heads += [f"CAFCASS Cymru | {c.team.split('–')[-1].strip()}", "Llywodraeth Cymru / Welsh Government", f"{c.la_cy} / {c.la}"]
    heads += [f"{c.team}", "OFFICIAL – SENSITIVE", f"{c.la}\nChildren's Services", f"{c.court_t}\nHMCTS", f"{c.sol}\nSolicitors", f"{c.police}"]
    return ch(heads)

FOOTERS = ["Page 1 of {n}", "OFFICIAL-SENSITIVE", "This document contains personal information. Do not copy or forward.", "Printed {d}",
           "Confidential – family proceedings", "{n}", "{town}"]
FOOTERS_EN = ["Cafcass, 3rd Floor, 21 Bloomsbury Street, London WC1B 3HF", "Tel 0300 456 4000"]
FOOTERS_CY = ["CAFCASS Cymru, Llywodraeth Cymru, Parc Cathays, Caerdydd CF10 3NQ", "Rydym yn croesawu gohebiaeth yn Gymraeg. We welcome correspondence in Welsh."]

# padding for short documents: boilerplate that such documents really carry
PAD = {
    "police": ["Government Security Classification: OFFICIAL-SENSITIVE. This information is disclosed to Cafcass for the purpose of family proceedings only and must not be shared with the parties without the consent of the disclosing force.",
               "Searches completed: PNC, PND, local intelligence, domestic abuse records, child abuse investigation unit records. Names, dates of birth and addresses searched as supplied on the request.",
               "Information is correct at the time of the search. Absence of a record does not mean that no incident has occurred."],
    "police_cy": ["Dosbarthiad diogelwch: SWYDDOGOL-SENSITIF. Rhoddir yr wybodaeth hon at ddibenion achos teulu yn unig ac ni ddylid ei rhannu heb ganiatâd yr heddlu.",
                  "Mae'r wybodaeth yn gywir ar adeg y chwiliad."],
    "legal": ["This note is subject to legal professional privilege and must be saved in the legal advice section of the case record. It must not be disclosed in response to a subject access request.",
              "Time spent: 0.3 hours. Next steps as recorded above. No further action required from the legal team unless the practitioner makes contact again."],
    "legal_cy": ["Mae'r nodyn hwn yn freintiedig yn gyfreithiol ac ni ddylid ei ddatgelu.", "Dim camau pellach gan y tîm cyfreithiol ar hyn o bryd."],
    "bundle": ["Each party is responsible for checking that the bundle contains the documents on which they rely. Pages have been numbered consecutively within each section.",
               "Documents not to be included: correspondence between legal advisers, earlier drafts, duplicate copies."],
    "bundle_cy": ["Mae pob parti yn gyfrifol am wirio bod y bwndel yn cynnwys y dogfennau y maent yn dibynnu arnynt."],
    "other": ["Please contact the sender if you have any questions about this document.",
              "This document was received and scanned into the electronic case record.",
              "Distribution: allocated practitioner; case file."],
    "other_cy": ["Cysylltwch â'r anfonwr os oes gennych unrhyw gwestiynau.", "Dosbarthiad: ymarferydd; ffeil yr achos."],
}

# record status stated in the content (adds record_class)
STATUS = {
    "looked-after-child": ["Legal status: looked after under an interim care order (s.38)", "Status: child looked after by the local authority (s.20 accommodation)", "Statws cyfreithiol: plentyn sy'n derbyn gofal (gorchymyn gofal interim)"],
    "child-protection": ["The child is currently subject to a child protection plan (category: emotional abuse).", "Child protection plan in place since {d}.", "Mae enw'r plentyn ar y Gofrestr Amddiffyn Plant."],
    "privately-fostered-child": ["Note: the child is privately fostered (lives with a family friend; LA notified).", "Mae'r plentyn yn cael ei faethu'n breifat."],
    "adoption": ["The child is placed for adoption under a placement order.", "Linked to adoption proceedings: adoption application issued {d}."],
    "foster-carers": ["Record relates to the approved foster carers for the child.", "Foster carers: approved by the fostering panel, placement reviewed annually."],
    "missing-person": ["Flag: child has been reported missing on several occasions.", "Police missing-person reports: 3 in the last 6 months."],
    "adult-posing-risk": ["Flag: an adult in the household has been identified as posing a risk to children.", "Marker: adult posing a risk to children (Schedule 1 offence)."],
    "other-childrens-social-care": ["Current children's services involvement: Child in Need plan (s.17).", "Open to the local authority under a care and support plan (Wales)."],
}
STATUS_KINDS = {"la-checks", "screening-response", "safety-assessment", "section-7-report", "guardian-analysis", "addendum-report", "case-plan",
                "case-plan-review", "detailed-recording", "agency-information", "position-statement", "witness-statement", "letter-to-court",
                "safeguarding-letter", "contact-log", "direct-work-record", "cp-conference-minutes", "expert-report", "court-order",
                "directions-order", "application", "previous-cafcass", "police-check", "police-callouts", "pnc-disclosure", "letter-of-instruction",
                "legal-advice", "solicitor-correspondence", "provider-report", "wtfh-outcome"}

def add_status(c, kind, r, lang):
    if r.get("rc") or kind not in STATUS_KINDS or rng.random() > 0.2:
        return
    if kind in ("police-check", "pnc-disclosure", "police-callouts"):
        allowed = ["missing-person", "adult-posing-risk", "child-protection"]
    elif kind == "cp-conference-minutes":
        allowed = ["child-protection"]
    elif kind in ("witness-statement", "agency-information", "guardian-analysis", "case-plan"):
        allowed = list(STATUS)
    else:
        allowed = [k for k in STATUS if k != "foster-carers"]
    rc = ch(allowed)
    phrases = [x for x in STATUS[rc] if (lang == "cy") == any(w in x for w in ("plentyn", "Statws", "Mae "))] or STATUS[rc]
    line = ch(phrases).format(d=c.d(-rng.randint(30, 300), "slash"))
    parts = r["text"].split("\n")
    at = min(len(parts), rng.randint(1, 3))
    r["text"] = "\n".join(parts[:at] + [line] + parts[at:])
    r["rc"] = rc
    r["status_added"] = True

def pad(c, kind, text, lang):
    if kind in CHILD_MADE or kind is None or len(text.split()) >= 45:
        return text
    if kind in ("police-check", "pnc-disclosure", "police-callouts"):
        key = "police"
    elif kind in ("legal-call-note", "legal-advice", "solicitor-correspondence"):
        key = "legal"
    elif kind == "court-bundle":
        key = "bundle"
    else:
        key = "other"
    if lang == "cy":
        key += "_cy"
    extra = rng.sample(PAD[key], min(len(PAD[key]), rng.randint(1, 2)))
    return text + "\n" + "\n".join(extra)

CHILD_MADE = {"letter-from-child", "child-drawing", "thank-you-card", "informal-contact"}
DOC_HEADER_OK = {"agency-information", "la-checks", "screening-response", "police-check", "pnc-disclosure", "police-callouts",
                 "letter-of-instruction", "expert-report", "provider-report", "cp-conference-minutes", "legal-advice",
                 "legal-call-note", "solicitor-correspondence", "court-bundle", "previous-cafcass", "safety-assessment"}

def decorate(c, kind, text, part):
    if part == "email" or kind in CHILD_MADE or kind is None or not text:
        return text
    if kind in DOC_HEADER_OK and rng.random() < 0.35:
        text = letterhead(c, kind) + "\n" + text
    if rng.random() < 0.35:
        text = text + "\n" + ch(FOOTERS + (FOOTERS_CY if c.welsh else FOOTERS_EN)).format(n=rng.randint(1, 9), d=c.d(1, "slash"), town=c.town)
    if rng.random() < 0.2:
        text = ch([c.ref(), f"Case: {c.caseno}", f"ECMS {c.ecms}", f"Rhif achos: {c.caseno}" if c.welsh else f"Court ref {c.caseno}"]) + "\n" + text
    return text

UNINFORMATIVE = ["Scan_{ymd}.pdf", "scan{n4}.pdf", "doc{n5}.pdf", "IMG_{n4}.jpg", "{ymd}{hms}.pdf", "Document{n1}.docx", "Untitled.pdf",
                 "letter.pdf", "SCAN0{n3}.TIF", "final signed.pdf", "ECMS_{n6}.pdf", "attachment.pdf", "download ({n1}).pdf",
                 "image00{n1}.jpg", "20{yy}-{mm}-{dd} 10.{n2}.pdf", "RX{n6}.pdf", "Copy of copy.pdf", "docs.pdf", "new doc {n2}.pdf", "WhatsApp Image {ymd}.jpeg"]
ATTACH = ["attachment-{n1}.pdf", "image001.jpg", "image00{n1}.png", "Scan_{ymd}.pdf", "final signed.pdf", "ATT0000{n1}.pdf", "{n6}.pdf", "secure message.pdf", "docs.pdf", "Scan.pdf"]

def fill_name(pat, c):
    x = c.date
    return pat.format(ymd=x.strftime("%Y%m%d"), hms=f"{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}",
                      n1=rng.randint(1, 9), n2=rng.randint(10, 99), n3=rng.randint(100, 999), n4=rng.randint(1000, 9999),
                      n5=rng.randint(10000, 99999), n6=rng.randint(100000, 999999), yy=x.strftime("%y"), mm=x.strftime("%m"), dd=x.strftime("%d"))

def outer_email(c, kind):
    """Sender and subject of the e-mail an attachment arrived on."""
    opts = [(f"{c.mum_f.lower()}.{c.mum_sur.lower()}@gmail.com", ["", "as requested", "documents", "scan", f"{c.child}"]),
            (f"family@{c.sol.split()[0].lower()}.co.uk", [f"{c.case_name} - {c.caseno}", f"Our ref {rng.randint(1000, 9999)}/{c.sur[:3].upper()}", "Service of documents", ""]),
            (f"family.{c.town.lower().replace(' ', '')}@justice.gov.uk", [f"{c.caseno}", "Documents from the court", "Sealed documents", ""]),
            (c.email_of(c.staff), ["", "FW:", "for ECMS please", f"FW: {c.caseno}"]),
            (f"noreply@{c.la.split()[0].lower()}.gov.uk", ["Secure message", "Egress secure email", ""]),
            ("intake.team@cafcass.gov.uk" if not c.welsh else "gweinyddol@cafcass.gov.wales", ["New case", f"{c.caseno}", ""])]
    s, subs = ch(opts)
    return s, ch(subs)

def load_kind_ids():
    with open(KINDS_TOML, encoding="utf-8") as f:
        return re.findall(r'^id\s*=\s*"([^"]+)"', f.read(), re.M)

def build():
    kind_ids = load_kind_ids()
    missing = [k for k in kind_ids if k not in TEMPLATES]
    assert not missing, f"no templates for {missing}"
    unknown = [k for k in TEMPLATES if k not in kind_ids and k != NULL]
    assert not unknown, f"templates for unknown kinds {unknown}"
    plan = []
    for k in kind_ids:
        ts = TEMPLATES[k]
        n = 13
        picks = list(range(len(ts)))
        rng.shuffle(picks)
        en = [i for i, t in enumerate(ts) if t[1] == "en"] or picks
        cy = [i for i, t in enumerate(ts) if t[1] == "cy"]
        while len(picks) < n:
            picks.append(ch(cy) if cy and rng.random() < 0.3 else ch(en))
        plan += [(k, ts[i], i) for i in picks]
    nulls = TEMPLATES[NULL]
    npicks = list(range(len(nulls))) + [rng.randrange(len(nulls)) for _ in range(2)]
    plan += [(None, nulls[i], i) for i in npicks]
    rng.shuffle(plan)

    rows = []
    for n, (kind, (fn, lang, meta), ti) in enumerate(plan, 1):
        c = Ctx(welsh=True if lang == "cy" else None)
        r = fn(c)
        lang = r.get("lang", lang)
        part = r.get("part")
        src = r.get("src") or meta.get("src")
        if part is None:
            part = meta.get("part")
        if part == "email":
            source, file_name = "email", ""
            sender, subject = r.get("sender", ""), r.get("subject", "")
        else:
            part = "attachment" if rng.random() < 0.3 else "document"
            if part == "attachment":
                source = "email"
                sender, subject = outer_email(c, kind)
                file_name = fill_name(ch(ATTACH), c)
                if src == "scan" and rng.random() < 0.5:
                    file_name = fill_name(ch(["Scan_{ymd}.pdf", "IMG_{n4}.jpg", "image00{n1}.jpg", "WhatsApp Image {ymd}.jpeg"]), c)
            else:
                source = src or ch(["scan", "scan", "tree", "upload"])
                sender = subject = ""
                file_name = fill_name(ch(UNINFORMATIVE), c)
            if kind is not None and rng.random() < 0.21:
                dn = ch(r.get("dn") or [kind.replace("-", " ")])
                file_name = f"{c.case_name} - {c.caseno} - {dn}.pdf"
        add_status(c, kind, r, lang)
        text = r["text"] if part == "email" else pad(c, kind, r["text"], lang)
        text = decorate(c, kind, text, part)
        noisy = False
        if text and (source == "scan" or (src == "scan" and part == "attachment")) and rng.random() < 0.5:
            text = ocr_noise(text)
            noisy = True
        row = {"id": f"b{n:04d}", "kind": kind, "language": lang, "part": part, "source": source,
               "file_name": file_name, "sender": sender, "subject": subject, "text": text}
        if r.get("rc"):
            row["record_class"] = r["rc"]
        row["recipe"] = f"hand-written template {kind or 'null'}#{ti + 1} ({lang}), {part}/{source}" + (", OCR noise" if noisy else "") + (", decorated/padded" if text != r["text"] and not noisy else "") + (", status line added" if r.get("status_added") else "")
        rows.append(row)
    return rows, kind_ids

def validate(rows, kind_ids):
    ids = set()
    with open(OUT, encoding="utf-8") as f:
        back = [json.loads(line) for line in f]
    assert len(back) == len(rows)
    counts = {}
    for r in back:
        assert r["id"].startswith("b") and r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["kind"] is None or r["kind"] in kind_ids, r["kind"]
        assert r["language"] in ("en", "cy") and r["part"] in ("document", "email", "attachment")
        assert r["source"] in ("scan", "email", "tree", "upload")
        if r["part"] == "email":
            assert r["file_name"] == "" and r["sender"]
        elif r["part"] == "document":
            assert r["sender"] == "" and r["subject"] == "" and r["file_name"]
        counts[r["kind"]] = counts.get(r["kind"], 0) + 1
    low = [k for k in kind_ids if counts.get(k, 0) < 10]
    assert not low, f"fewer than 10 examples: {low}"
    return back, counts

def main():
    rows, kind_ids = build()
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    back, counts = validate(rows, kind_ids)
    folder = {}
    with open(KINDS_TOML, encoding="utf-8") as fh:
        for blk in fh.read().split("[[kind]]")[1:]:
            folder[re.search(r'id = "([^"]+)"', blk).group(1)] = re.search(r'folder = "([^"]+)"', blk).group(1)
    fc = {}
    for r in back:
        fk = folder.get(r["kind"], "(none)")
        fc[fk] = fc.get(fk, 0) + 1
    lang = {}
    for r in back:
        lang[r["language"]] = lang.get(r["language"], 0) + 1
    parts = {}
    for r in back:
        parts[r["part"]] = parts.get(r["part"], 0) + 1
    print(f"wrote {len(back)} examples to {OUT}")
    print("languages:", lang, " parts:", parts, " record_class:", sum(1 for r in back if "record_class" in r))
    print("by folder:")
    for k in sorted(fc):
        print(f"  {k:22s} {fc[k]}")
    print("by kind:")
    for k in kind_ids + [None]:
        cy = sum(1 for r in back if r["kind"] == k and r["language"] == "cy")
        print(f"  {str(k):26s} {counts.get(k, 0):3d}  (cy {cy})")

if __name__ == "__main__":
    main()
