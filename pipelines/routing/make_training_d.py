#!/usr/bin/env python3
"""Generate training set D for the document-routing classifier.

Synthetic: every person, case, address, reference and organisation detail is invented.
Angle: documents as a busy office really receives them -- short and partial documents,
e-mails that are themselves the document, cover sheets, half-filled forms, letterheads cut
off by the scanner, flattened tables, interleaved columns, repeated headers and footers, OCR
noise -- written in many voices.

Python 3.11+, standard library only, deterministic. Writes training-d.jsonl next to itself,
validates it and prints counts.

    python3 pipelines/routing/make_training_d.py
"""
import json
import os
import random
import sys
import tomllib
from collections import Counter, defaultdict

SEED = 7_310_2025
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "training-d.jsonl")
KINDS_TOML = os.path.join(HERE, "kinds.toml")

R = random.Random(SEED)

# --------------------------------------------------------------------------------------------
# Invented people and places
# --------------------------------------------------------------------------------------------
BOYS = ["Leo", "Harvey", "Mason", "Jayden", "Kai", "Alfie", "Reuben", "Tyler", "Zain", "Ollie",
        "Brandon", "Callum", "Ibrahim", "Jacob", "Archie", "Dexter", "Ronan", "Tomasz", "Elijah",
        "Finley", "Logan", "Mikey", "Ethan", "Kacper", "Theo", "Riley", "Jude", "Ayaan", "Lewis"]
GIRLS = ["Amelia", "Skye", "Poppy", "Leah", "Maisie", "Aaliyah", "Ruby", "Isla", "Freya", "Chloe",
         "Amira", "Summer", "Lacey", "Evie", "Nevaeh", "Hana", "Daisy", "Zofia", "Esme", "Tia",
         "Lily-Mae", "Grace", "Harper", "Imani", "Jessica", "Kayla", "Bethany", "Willow"]
WBOYS = ["Osian", "Gwion", "Ioan", "Macsen", "Tomos", "Dylan", "Gethin", "Hedd", "Caio", "Elis",
         "Rhys", "Cai", "Iwan", "Steffan"]
WGIRLS = ["Cerys", "Elin", "Nia", "Mabli", "Efa", "Alaw", "Lowri", "Seren", "Llio", "Megan",
          "Ffion", "Catrin", "Heledd", "Gwenllian"]
ADULT_M = ["Darren", "Lee", "Craig", "Mohammed", "Wayne", "Jason", "Adebayo", "Stuart", "Marek",
           "Gary", "Nathan", "Ricky", "Imran", "Shane", "Paul", "Dean", "Kieran", "Carl", "Ashley"]
ADULT_F = ["Kerry", "Gemma", "Stacey", "Jodie", "Natalie", "Farida", "Samantha", "Leanne",
           "Chantelle", "Agnieszka", "Toni", "Rebecca", "Danielle", "Shannon", "Hayley", "Nadia",
           "Kirsty", "Lauren", "Joanne"]
WADULT_M = ["Gareth", "Huw", "Dafydd", "Aled", "Rhodri", "Emyr", "Gwyn", "Geraint", "Owain"]
WADULT_F = ["Sian", "Bethan", "Rhian", "Angharad", "Non", "Delyth", "Eleri", "Carys", "Manon"]
SURN = ["Whitfield", "Okafor", "Brennan", "Kowalski", "Hussain", "Thackeray", "Mulligan", "Ashworth",
        "Pemberton", "Begum", "Nowak", "Fairclough", "Dobson", "Crowther", "Asante", "Riley",
        "Haworth", "Sheridan", "McAllister", "Oduya", "Lister", "Greaves", "Bamford", "Kaur",
        "Mistry", "Ellison", "Farrow", "Clegg", "Doherty", "Walsh", "Turnbull", "Akhtar", "Quinn",
        "Sowerby", "Mensah", "Hargreaves", "Pickering", "Yilmaz", "Costa", "Duffy"]
WSURN = ["Pritchard", "Griffiths", "Prosser", "Bowen", "Parry", "Rees", "Lloyd", "Pugh", "Gruffydd",
         "Jenkins", "Morgan", "Vaughan", "Llewellyn", "Meredith", "Tudur", "Bevan"]
PRO_F = ["Helen", "Priya", "Claire", "Ruth", "Joanna", "Olu", "Fiona", "Deborah", "Lucy", "Anita",
         "Marie", "Shabana", "Katie", "Alison", "Yvonne"]
PRO_M = ["Martin", "Simon", "Richard", "Kwame", "Andrew", "Neil", "Tariq", "Graham", "Philip",
         "Jonathan", "Matthew", "Ravi", "Colin"]
PRO_S = ["Ashdown", "Mercer", "Lindqvist", "Ogunleye", "Royle", "Harcourt", "Bellamy", "Chaudhry",
         "Penrose", "Stroud", "Kerrigan", "Fenwick", "Iqbal", "Saunders", "Holloway", "Blackwood",
         "Devereux", "Marsden", "Tanaka", "Whitlock", "Carrington", "Osei", "Lomax", "Hebden"]

# (court place, council, police force, police mail domain, NHS body, Cafcass service area)
ENG = [
    ("Leeds", "Leeds City Council", "West Yorkshire Police", "westyorkshire", "Leeds and York Partnership NHS Foundation Trust", "Cafcass Yorkshire and the Humber"),
    ("Bradford", "Bradford Children and Families Trust", "West Yorkshire Police", "westyorkshire", "Bradford District Care NHS Foundation Trust", "Cafcass Yorkshire and the Humber"),
    ("Sheffield", "Sheffield City Council", "South Yorkshire Police", "southyorks", "Sheffield Children's NHS Foundation Trust", "Cafcass Yorkshire and the Humber"),
    ("Kingston upon Hull", "Hull City Council", "Humberside Police", "humberside", "Humber Teaching NHS Foundation Trust", "Cafcass Yorkshire and the Humber"),
    ("York", "City of York Council", "North Yorkshire Police", "northyorkshire", "Tees, Esk and Wear Valleys NHS Foundation Trust", "Cafcass Yorkshire and the Humber"),
    ("Manchester", "Manchester City Council", "Greater Manchester Police", "gmp", "Manchester University NHS Foundation Trust", "Cafcass North West"),
    ("Liverpool", "Liverpool City Council", "Merseyside Police", "merseyside", "Alder Hey Children's NHS Foundation Trust", "Cafcass North West"),
    ("Preston", "Lancashire County Council", "Lancashire Constabulary", "lancashire", "Lancashire and South Cumbria NHS Foundation Trust", "Cafcass North West"),
    ("Carlisle", "Cumberland Council", "Cumbria Constabulary", "cumbria", "North Cumbria Integrated Care NHS Foundation Trust", "Cafcass North West"),
    ("Warrington", "Warrington Borough Council", "Cheshire Constabulary", "cheshire", "Mid Cheshire Hospitals NHS Foundation Trust", "Cafcass North West"),
    ("Newcastle upon Tyne", "Newcastle City Council", "Northumbria Police", "northumbria", "Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust", "Cafcass North East"),
    ("Middlesbrough", "Middlesbrough Council", "Cleveland Police", "cleveland", "South Tees Hospitals NHS Foundation Trust", "Cafcass North East"),
    ("Durham", "Durham County Council", "Durham Constabulary", "durham", "County Durham and Darlington NHS Foundation Trust", "Cafcass North East"),
    ("Birmingham", "Birmingham Children's Trust", "West Midlands Police", "westmidlands", "Birmingham Women's and Children's NHS Foundation Trust", "Cafcass West Midlands"),
    ("Wolverhampton", "City of Wolverhampton Council", "West Midlands Police", "westmidlands", "Black Country Healthcare NHS Foundation Trust", "Cafcass West Midlands"),
    ("Coventry", "Coventry City Council", "West Midlands Police", "westmidlands", "Coventry and Warwickshire Partnership NHS Trust", "Cafcass West Midlands"),
    ("Stoke-on-Trent", "Stoke-on-Trent City Council", "Staffordshire Police", "staffordshire", "Midlands Partnership University NHS Foundation Trust", "Cafcass West Midlands"),
    ("Worcester", "Worcestershire County Council", "West Mercia Police", "westmercia", "Herefordshire and Worcestershire Health and Care NHS Trust", "Cafcass West Midlands"),
    ("Nottingham", "Nottingham City Council", "Nottinghamshire Police", "notts", "Nottinghamshire Healthcare NHS Foundation Trust", "Cafcass East Midlands"),
    ("Leicester", "Leicester City Council", "Leicestershire Police", "leics", "Leicestershire Partnership NHS Trust", "Cafcass East Midlands"),
    ("Lincoln", "Lincolnshire County Council", "Lincolnshire Police", "lincs", "Lincolnshire Partnership NHS Foundation Trust", "Cafcass East Midlands"),
    ("Derby", "Derby City Council", "Derbyshire Constabulary", "derbyshire", "Derbyshire Healthcare NHS Foundation Trust", "Cafcass East Midlands"),
    ("Northampton", "Northamptonshire Children's Trust", "Northamptonshire Police", "northants", "Northamptonshire Healthcare NHS Foundation Trust", "Cafcass East Midlands"),
    ("Norwich", "Norfolk County Council", "Norfolk Constabulary", "norfolk", "Norfolk and Suffolk NHS Foundation Trust", "Cafcass East of England"),
    ("Ipswich", "Suffolk County Council", "Suffolk Constabulary", "suffolk", "East Suffolk and North Essex NHS Foundation Trust", "Cafcass East of England"),
    ("Chelmsford", "Essex County Council", "Essex Police", "essex", "Essex Partnership University NHS Foundation Trust", "Cafcass East of England"),
    ("Peterborough", "Peterborough City Council", "Cambridgeshire Constabulary", "cambs", "Cambridgeshire and Peterborough NHS Foundation Trust", "Cafcass East of England"),
    ("Watford", "Hertfordshire County Council", "Hertfordshire Constabulary", "herts", "Hertfordshire Partnership University NHS Foundation Trust", "Cafcass East of England"),
    ("Luton", "Luton Borough Council", "Bedfordshire Police", "beds", "East London NHS Foundation Trust", "Cafcass East of England"),
    ("Bristol", "Bristol City Council", "Avon and Somerset Police", "avonandsomerset", "Avon and Wiltshire Mental Health Partnership NHS Trust", "Cafcass South West"),
    ("Exeter", "Devon County Council", "Devon and Cornwall Police", "devonandcornwall", "Royal Devon University Healthcare NHS Foundation Trust", "Cafcass South West"),
    ("Truro", "Cornwall Council", "Devon and Cornwall Police", "devonandcornwall", "Cornwall Partnership NHS Foundation Trust", "Cafcass South West"),
    ("Bournemouth", "Bournemouth, Christchurch and Poole Council", "Dorset Police", "dorset", "Dorset HealthCare University NHS Foundation Trust", "Cafcass South West"),
    ("Swindon", "Swindon Borough Council", "Wiltshire Police", "wiltshire", "Great Western Hospitals NHS Foundation Trust", "Cafcass South West"),
    ("Gloucester", "Gloucestershire County Council", "Gloucestershire Constabulary", "gloucestershire", "Gloucestershire Health and Care NHS Foundation Trust", "Cafcass South West"),
    ("Portsmouth", "Portsmouth City Council", "Hampshire and Isle of Wight Constabulary", "hampshire", "Solent NHS Trust", "Cafcass South East"),
    ("Brighton", "Brighton & Hove City Council", "Sussex Police", "sussex", "Sussex Partnership NHS Foundation Trust", "Cafcass South East"),
    ("Canterbury", "Kent County Council", "Kent Police", "kent", "Kent and Medway NHS and Social Care Partnership Trust", "Cafcass South East"),
    ("Reading", "Brighter Futures for Children (Reading)", "Thames Valley Police", "thamesvalley", "Berkshire Healthcare NHS Foundation Trust", "Cafcass South East"),
    ("Oxford", "Oxfordshire County Council", "Thames Valley Police", "thamesvalley", "Oxford Health NHS Foundation Trust", "Cafcass South East"),
    ("Milton Keynes", "Milton Keynes City Council", "Thames Valley Police", "thamesvalley", "Central and North West London NHS Foundation Trust", "Cafcass South East"),
    ("Guildford", "Surrey County Council", "Surrey Police", "surrey", "Surrey and Borders Partnership NHS Foundation Trust", "Cafcass South East"),
    ("East London", "London Borough of Tower Hamlets", "Metropolitan Police Service", "met", "East London NHS Foundation Trust", "Cafcass London"),
    ("Central London", "London Borough of Islington", "Metropolitan Police Service", "met", "Whittington Health NHS Trust", "Cafcass London"),
    ("West London", "London Borough of Ealing", "Metropolitan Police Service", "met", "West London NHS Trust", "Cafcass London"),
    ("Croydon", "London Borough of Croydon", "Metropolitan Police Service", "met", "South London and Maudsley NHS Foundation Trust", "Cafcass London"),
    ("Romford", "London Borough of Havering", "Metropolitan Police Service", "met", "North East London NHS Foundation Trust", "Cafcass London"),
    ("Bromley", "London Borough of Lewisham", "Metropolitan Police Service", "met", "Oxleas NHS Foundation Trust", "Cafcass London"),
    ("Barnet", "London Borough of Enfield", "Metropolitan Police Service", "met", "North London NHS Foundation Trust", "Cafcass London"),
    ("Brentford", "London Borough of Hounslow", "Metropolitan Police Service", "met", "West London NHS Trust", "Cafcass London"),
]
# (court en, court cy, "yn" form, council en, council cy, police en, police cy, domain, health en, health cy, team en, team cy)
WAL = [
    ("Cardiff", "Caerdydd", "yng Nghaerdydd", "Cardiff Council", "Cyngor Caerdydd", "South Wales Police", "Heddlu De Cymru", "south-wales", "Cardiff and Vale University Health Board", "Bwrdd Iechyd Prifysgol Caerdydd a'r Fro", "South East Wales", "De-ddwyrain Cymru"),
    ("Swansea", "Abertawe", "yn Abertawe", "City and County of Swansea", "Dinas a Sir Abertawe", "South Wales Police", "Heddlu De Cymru", "south-wales", "Swansea Bay University Health Board", "Bwrdd Iechyd Prifysgol Bae Abertawe", "South West Wales", "De-orllewin Cymru"),
    ("Newport", "Casnewydd", "yng Nghasnewydd", "Newport City Council", "Cyngor Dinas Casnewydd", "Gwent Police", "Heddlu Gwent", "gwent", "Aneurin Bevan University Health Board", "Bwrdd Iechyd Prifysgol Aneurin Bevan", "South East Wales", "De-ddwyrain Cymru"),
    ("Merthyr Tydfil", "Merthyr Tudful", "ym Merthyr Tudful", "Rhondda Cynon Taf County Borough Council", "Cyngor Bwrdeistref Sirol Rhondda Cynon Taf", "South Wales Police", "Heddlu De Cymru", "south-wales", "Cwm Taf Morgannwg University Health Board", "Bwrdd Iechyd Prifysgol Cwm Taf Morgannwg", "South East Wales", "De-ddwyrain Cymru"),
    ("Caernarfon", "Caernarfon", "yng Nghaernarfon", "Gwynedd Council", "Cyngor Gwynedd", "North Wales Police", "Heddlu Gogledd Cymru", "north-wales", "Betsi Cadwaladr University Health Board", "Bwrdd Iechyd Prifysgol Betsi Cadwaladr", "North Wales", "Gogledd Cymru"),
    ("Caernarfon", "Caernarfon", "yng Nghaernarfon", "Isle of Anglesey County Council", "Cyngor Sir Ynys Môn", "North Wales Police", "Heddlu Gogledd Cymru", "north-wales", "Betsi Cadwaladr University Health Board", "Bwrdd Iechyd Prifysgol Betsi Cadwaladr", "North Wales", "Gogledd Cymru"),
    ("Wrexham", "Wrecsam", "yn Wrecsam", "Wrexham County Borough Council", "Cyngor Bwrdeistref Sirol Wrecsam", "North Wales Police", "Heddlu Gogledd Cymru", "north-wales", "Betsi Cadwaladr University Health Board", "Bwrdd Iechyd Prifysgol Betsi Cadwaladr", "North Wales", "Gogledd Cymru"),
    ("Prestatyn", "Prestatyn", "ym Mhrestatyn", "Denbighshire County Council", "Cyngor Sir Ddinbych", "North Wales Police", "Heddlu Gogledd Cymru", "north-wales", "Betsi Cadwaladr University Health Board", "Bwrdd Iechyd Prifysgol Betsi Cadwaladr", "North Wales", "Gogledd Cymru"),
    ("Aberystwyth", "Aberystwyth", "yn Aberystwyth", "Ceredigion County Council", "Cyngor Sir Ceredigion", "Dyfed-Powys Police", "Heddlu Dyfed-Powys", "dyfed-powys", "Hywel Dda University Health Board", "Bwrdd Iechyd Prifysgol Hywel Dda", "Mid and West Wales", "Canolbarth a Gorllewin Cymru"),
    ("Carmarthen", "Caerfyrddin", "yng Nghaerfyrddin", "Carmarthenshire County Council", "Cyngor Sir Gâr", "Dyfed-Powys Police", "Heddlu Dyfed-Powys", "dyfed-powys", "Hywel Dda University Health Board", "Bwrdd Iechyd Prifysgol Hywel Dda", "Mid and West Wales", "Canolbarth a Gorllewin Cymru"),
    ("Haverfordwest", "Hwlffordd", "yn Hwlffordd", "Pembrokeshire County Council", "Cyngor Sir Penfro", "Dyfed-Powys Police", "Heddlu Dyfed-Powys", "dyfed-powys", "Hywel Dda University Health Board", "Bwrdd Iechyd Prifysgol Hywel Dda", "Mid and West Wales", "Canolbarth a Gorllewin Cymru"),
    ("Llandrindod Wells", "Llandrindod", "yn Llandrindod", "Powys County Council", "Cyngor Sir Powys", "Dyfed-Powys Police", "Heddlu Dyfed-Powys", "dyfed-powys", "Powys Teaching Health Board", "Bwrdd Iechyd Addysgu Powys", "Mid and West Wales", "Canolbarth a Gorllewin Cymru"),
]
SCHOOLS = ["Moorside Primary Academy", "St Bede's RC Primary School", "Hollins Park Primary School",
           "Castle View Academy", "Ashgrove Infant School", "Beckfield Junior School",
           "Northfield High School", "Greenacre Community Primary", "St Anne's C of E Primary School",
           "Riverside Learning Trust - Kingsmead Academy", "Oakwood Nursery and Pre-School",
           "Parkfield Pupil Referral Unit", "Holy Trinity Catholic College"]
WSCHOOLS = ["Ysgol Gynradd Bryn Coch", "Ysgol Gymraeg Pen y Dre", "Ysgol Uwchradd Glan Afon",
            "Ysgol y Felin", "Ysgol Gynradd Tregarth", "Ysgol Bro Hafren"]
SOLS = ["Harrow & Penn LLP", "Okoro Legal", "Bramwell Family Law", "Lathams & Quill Solicitors",
        "Dunmore Ashby Solicitors", "Fairbank Mercer LLP", "Northgate Family Solicitors",
        "Ashworth Lees", "Kendrick Moss LLP", "Sheridan Vale Solicitors", "Gorse & Whitley",
        "Mahmood Ricci Solicitors", "Thornbury Clarke", "Brightwater Family Law"]
WSOLS = ["Cyfreithwyr Castell", "Hafod Law", "Tudor Rhys Solicitors", "Pryce Evans Cyfreithwyr",
         "Gwyn & Bowen LLP"]
LABS = ["Meridian Forensic Toxicology Ltd", "Halden DNA Testing Services", "Trident Hair Analysis Laboratory",
        "Clearpath Drug & Alcohol Testing", "Kestrel Laboratories (Family Law Division)"]
CENTRES = ["Riverside Child Contact Centre", "Brookfield Supervised Contact Service", "Oak Tree Family Centre",
           "The Lantern Contact Centre", "Meadowbank Family Hub Contact Service", "Bridges Supervised Contact CIC"]
WCENTRES = ["Canolfan Cyswllt Plant Tŷ Enfys", "Canolfan Deulu'r Dderwen", "Canolfan Gyswllt Cwlwm"]
DAS = ["Safer Futures Domestic Abuse Service", "Harbour Lights DA Service", "New Horizons Women's Aid",
       "Stepping Stones IDVA Service", "Clear Path Domestic Abuse Partnership"]
WDAS = ["Gwasanaeth Cam-drin Domestig Hafan", "Lloches Cymorth i Fenywod", "Gorwel Newydd DA Service"]
PROVIDERS = ["Kinship Pathways CIC (SPIP)", "Family Bridges Parenting Apart Programme",
             "New Directions DAPP", "Steady Steps Contact Intervention", "Harmony Family Mediation",
             "Compass Child Contact Intervention Service"]
MAILS = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "icloud.com", "live.co.uk", "btinternet.com"]

CY_MONTHS = ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi",
             "Hydref", "Tachwedd", "Rhagfyr"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
CY_DAYS = ["Dydd Llun", "Dydd Mawrth", "Dydd Mercher", "Dydd Iau", "Dydd Gwener", "Dydd Sadwrn", "Dydd Sul"]
PREFIXES = ["LS", "MA", "BM", "CF", "SA", "WR", "ZW", "NE", "BS", "PO", "EC", "CV", "LV", "SH", "NR", "DE",
            "OX", "CH", "LL", "PR", "HU", "BD", "NG", "LE", "EX", "TR", "BH", "MK", "GU", "RG", "CA",
            "MB", "DU", "IP", "CM", "PE", "WD", "LU", "GL", "BN", "CT", "SN", "ST", "WV", "WO", "NP",
            "CR", "RM", "BR", "EN", "TW", "AB", "HF", "CN"]

import datetime as _dt


class D:
    """An invented date with several written forms."""

    def __init__(self, d):
        self.d = d

    def add(self, days):
        return D(self.d + _dt.timedelta(days=days))

    @property
    def slash(self):
        return self.d.strftime("%d/%m/%Y")

    @property
    def long(self):
        return f"{self.d.day} {EN_MONTHS[self.d.month - 1]} {self.d.year}"

    @property
    def th(self):
        n = self.d.day
        suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suf} {EN_MONTHS[self.d.month - 1]} {self.d.year}"

    @property
    def iso(self):
        return self.d.isoformat()

    @property
    def dots(self):
        return self.d.strftime("%d.%m.%y")

    @property
    def day(self):
        return f"{EN_DAYS[self.d.weekday()]} {self.long}"

    @property
    def cy(self):
        return f"{self.d.day} {CY_MONTHS[self.d.month - 1]} {self.d.year}"

    @property
    def cyday(self):
        return f"{CY_DAYS[self.d.weekday()]} {self.cy}"

    @property
    def short(self):
        return f"{self.d.day}/{self.d.month}"

    def any(self, r):
        return r.choice([self.slash, self.long, self.th, self.slash, self.dots, self.day])

    def __str__(self):
        return self.slash


def person(r, f_list, s_list):
    return f"{r.choice(f_list)} {r.choice(s_list)}"


class Kid:
    def __init__(self, first, sur, dob, today, girl):
        self.first, self.sur, self.dob, self.girl = first, sur, dob, girl
        self.full = f"{first} {sur}"
        self.age = (today.d - dob.d).days // 365
        self.he = "she" if girl else "he"
        self.his = "her" if girl else "his"
        self.him = "her" if girl else "him"
        self.He = self.he.capitalize()
        self.His = self.his.capitalize()
        self.bod = "ei bod" if girl else "ei fod"  # Welsh: that she/he is
        self.gan = "ganddi" if girl else "ganddo"
        self.dad_cy = "ei thad" if girl else "ei dad"
        self.mam_cy = "ei mam" if girl else "ei fam"
        self.ystafell = "ei hystafell" if girl else "ei ystafell"


class Ctx:
    """One invented case, with people, organisations and dates."""

    def __init__(self, r, wales=False):
        self.r = r
        self.wales = wales
        self.today = D(_dt.date(2023, 1, 2) + _dt.timedelta(days=r.randrange(0, 1000)))
        boys, girls = (WBOYS, WGIRLS) if wales and r.random() < 0.7 else (BOYS, GIRLS)
        am, af = (WADULT_M, WADULT_F) if wales and r.random() < 0.7 else (ADULT_M, ADULT_F)
        sn = WSURN if wales and r.random() < 0.7 else SURN
        self.mum_sur, self.dad_sur = r.sample(sn, 2)
        kid_sur = self.dad_sur if r.random() < 0.6 else self.mum_sur
        self.kids = []
        for _ in range(r.choice([1, 1, 2, 2, 2, 3])):
            girl = r.random() < 0.5
            first = r.choice(girls if girl else boys)
            while any(k.first == first for k in self.kids):
                first = r.choice(girls if girl else boys)
            dob = self.today.add(-r.randrange(365 * 1 + 30, 365 * 15))
            self.kids.append(Kid(first, kid_sur, dob, self.today, girl))
        self.kids.sort(key=lambda k: k.dob.d)
        self.k = self.kids[0]
        self.mumf, self.dadf = r.choice(af), r.choice(am)
        self.mum = f"{self.mumf} {self.mum_sur}"
        self.dad = f"{self.dadf} {self.dad_sur}"
        if r.random() < 0.55:
            self.app, self.resp, self.appf, self.respf = self.dad, self.mum, self.dadf, self.mumf
            self.app_role, self.resp_role = "father", "mother"
        else:
            self.app, self.resp, self.appf, self.respf = self.mum, self.dad, self.mumf, self.dadf
            self.app_role, self.resp_role = "mother", "father"
        self.case_name = f"{self.app.split()[-1]} v {self.resp.split()[-1]}"
        if self.app.split()[-1] == self.resp.split()[-1]:
            self.case_name = f"{self.app.split()[-1]} v {self.resp.split()[-1]} (Re {self.k.first})"
        law = "C" if r.random() < 0.3 else "P"
        self.public = law == "C"
        self.cn = f"{r.choice(PREFIXES)}{r.randrange(19, 26):02d}{law}{r.randrange(0, 100000):05d}"
        self.gran = f"{r.choice(af)} {r.choice([self.mum_sur, self.dad_sur])}"
        self.partner = person(r, am if r.random() < 0.7 else af, sn)
        if wales:
            w = r.choice(WAL)
            (self.place, self.place_cy, self.yn, self.la, self.la_cy, self.police, self.police_cy,
             self.pdom, self.nhs, self.nhs_cy, team, team_cy) = w
            self.cafcass = "CAFCASS Cymru"
            self.team = f"CAFCASS Cymru - {team}"
            self.team_cy = f"CAFCASS Cymru - {team_cy}"
            self.school = r.choice(WSCHOOLS + SCHOOLS[:4])
            self.sol1, self.sol2 = r.sample(WSOLS + SOLS, 2)
            self.centre = r.choice(WCENTRES + CENTRES)
            self.das = r.choice(WDAS + DAS)
            self.court = f"the Family Court sitting at {self.place}"
            self.court_cy = f"y Llys Teulu yn eistedd {self.yn}"
            self.cmail = "gov.wales"
        else:
            e = r.choice(ENG)
            self.place, self.la, self.police, self.pdom, self.nhs, area = e
            self.place_cy, self.yn, self.la_cy, self.police_cy, self.nhs_cy = self.place, "yn " + self.place, self.la, self.police, self.nhs
            self.cafcass = "Cafcass"
            self.team = area
            self.team_cy = area
            self.school = r.choice(SCHOOLS)
            self.sol1, self.sol2 = r.sample(SOLS, 2)
            self.centre = r.choice(CENTRES)
            self.das = r.choice(DAS)
            self.court = r.choice([f"the Family Court sitting at {self.place}", f"the Family Court at {self.place}",
                                   f"{self.place} Family Court", f"the Family Court sitting at {self.place} Combined Court Centre"])
            if self.place in ("East London", "Central London", "West London"):
                self.court = f"the {self.place} Family Court"
            self.court_cy = self.court
            self.cmail = "cafcass.gov.uk"
        self.lab = r.choice(LABS)
        self.provider = r.choice(PROVIDERS)
        jf = r.random()
        js = r.choice(PRO_S)
        self.judge = (f"District Judge {js}" if jf < 0.45 else f"Her Honour Judge {js}" if jf < 0.6 else
                      f"His Honour Judge {js}" if jf < 0.75 else f"Recorder {js}" if jf < 0.85 else
                      f"Deputy District Judge {js}" if jf < 0.93 else "the Magistrates (Lay Justices)")
        self.judge_cy = (f"y Barnwr Rhanbarth {js}" if jf < 0.45 else f"Ei Hanrhydedd y Barnwr {js}" if jf < 0.75
                         else f"y Cofiadur {js}" if jf < 0.85 else f"y Dirprwy Farnwr Rhanbarth {js}" if jf < 0.93
                         else "yr Ynadon")
        self.fca = person(r, (WADULT_F + WADULT_M) if wales and r.random() < 0.6 else PRO_F + PRO_M,
                          WSURN if wales and r.random() < 0.5 else PRO_S)
        self.sw = person(r, PRO_F + PRO_M + (WADULT_F if wales else []), PRO_S + (WSURN if wales else []))
        self.mgr = person(r, PRO_F + PRO_M, PRO_S)
        self.pro = lambda: person(r, PRO_F + PRO_M + (WADULT_F + WADULT_M if wales else []), PRO_S + (WSURN if wales else []))
        self.expert = person(r, PRO_F + PRO_M, PRO_S)
        self.csol = person(r, PRO_F + PRO_M, PRO_S)
        self.ref = f"{r.choice(['CS', 'MASH', 'REF', 'DU', 'SR', 'PD'])}/{r.randrange(1000, 99999)}"
        self.hearing = self.today.add(r.randrange(14, 90))
        self.last = self.today.add(-r.randrange(7, 120))
        self.street = f"{r.randrange(1, 140)} {r.choice(['Albion', 'Cromwell', 'Heol', 'Ffordd', 'Maple', 'Brook', 'Station', 'Chapel', 'Victoria', 'Elm', 'Bryn', 'Mill', 'Hawthorn', 'Gladstone'])} {r.choice(['Street', 'Road', 'Close', 'Avenue', 'Terrace', 'Way', 'Drive', 'Court'])}"
        pc_a = r.choice(["LS", "M", "B", "CF", "SA", "LL", "NE", "BS", "S", "L", "NG", "SY", "NP", "E", "SE", "N", "CR"])
        self.postcode = f"{pc_a}{r.randrange(1, 30)} {r.randrange(1, 10)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        self.addr = f"{self.street}, {self.place_cy if wales and r.random() < 0.3 else self.place}, {self.postcode}"
        self.phone = f"0{r.randrange(1100, 2099)} {r.randrange(100000, 999999)}"
        self.mob = f"07{r.randrange(100, 999)} {r.randrange(100000, 999999)}"

    # helpers -----------------------------------------------------------------------------
    @property
    def kidnames(self):
        names = [k.first for k in self.kids]
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]

    @property
    def kidnames_cy(self):
        names = [k.first for k in self.kids]
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " a " + names[-1]

    @property
    def kidlist(self):
        return [f"{k.full} (born {k.dob.slash})" for k in self.kids]

    def em(self, name, dom):
        p = name.lower().replace("'", "").split()
        return f"{p[0]}.{p[-1]}@{dom}"

    def date(self):
        return self.today.any(self.r)


# --------------------------------------------------------------------------------------------
# Extraction helpers used by templates
# --------------------------------------------------------------------------------------------
def field(r, label, value, style=None):
    style = style if style is not None else r.randrange(4)
    if style == 0:
        return f"{label}: {value}"
    if style == 1:
        return f"{label}\n{value}"
    if style == 2:
        return f"{label} {value}"
    return f"{label}:\n{value}"


def fields(r, pairs):
    style = r.randrange(4)
    return "\n".join(field(r, a, b, style) for a, b in pairs)


def tick(r, options, chosen, style=None):
    style = style if style is not None else r.randrange(4)
    out = []
    for o in options:
        on = o == chosen
        if style == 0:
            out.append(("[X] " if on else "[ ] ") + o)
        elif style == 1:
            out.append(("☒ " if on else "☐ ") + o)
        elif style == 2:
            out.append(o)  # the mark is lost in extraction
        else:
            out.append(o + (" X" if on else ""))
    return "  ".join(out) if r.random() < 0.6 else "\n".join(out)


def table(r, header, rows):
    style = r.randrange(3)
    if style == 0:  # one cell per line
        return "\n".join(header + [c for row in rows for c in row])
    if style == 1:  # row runs
        return "\n".join([" ".join(header)] + [" ".join(row) for row in rows])
    return "\n".join(["\t".join(header)] + ["\t".join(row) for row in rows])


def interleave(left, right):
    out = []
    for i in range(max(len(left), len(right))):
        a = left[i] if i < len(left) else ""
        b = right[i] if i < len(right) else ""
        out.append((a + "   " + b).strip())
    return "\n".join(out)


def pick(r, *xs):
    return r.choice(xs)


# --------------------------------------------------------------------------------------------
# Template registry. A template returns a str, or a dict with text and optional subject,
# sender, rc (record_class the text states) and dn (document name for conventional file names).
# In the text a line starting "@@" is letterhead (the scanner may cut it off) and a line
# starting "##" is the kind's key heading (dropped in about a third of examples).
# --------------------------------------------------------------------------------------------
TEMPLATES = defaultdict(list)


def t(kind, cy=False, email=False, via="la", src=None, wales=None, long=False):
    def deco(fn):
        TEMPLATES[kind].append(dict(fn=fn, cy=cy, email=email, via=via, src=src,
                                    wales=wales if wales is not None else cy, long=long,
                                    tid=f"{kind or 'null'}#{len(TEMPLATES[kind]) + 1}"))
        return fn
    return deco


RC_STATEMENTS = {
    "looked-after-child": ["Legal status: Looked After Child (s.20 Children Act 1989)",
                           "{k} is a looked after child (interim care order).",
                           "Record type: Looked After Child"],
    "child-protection": ["{k} is subject to a Child Protection Plan (category: neglect).",
                         "Record type: Child Protection",
                         "Current status: Child Protection Plan - emotional abuse"],
    "adoption": ["Record type: Adoption", "This is an adoption record. Placement order granted."],
    "foster-carers": ["Record type: Foster Carer file", "Foster carer record - approved connected person carer"],
    "privately-fostered-child": ["Record type: Privately Fostered Child",
                                 "{k} is privately fostered (notification received under the Children (Private Arrangements for Fostering) Regulations)."],
    "missing-person": ["Record type: Missing Person", "MISSING PERSON REPORT - {k} reported missing from home"],
    "adult-posing-risk": ["Record type: Adult posing a risk to children",
                          "{p} is managed as an adult who poses a risk to children (MAPPA level 2)."],
    "other-childrens-social-care": ["Record type: Child in Need", "Record type: Other children's social care - early help",
                                    "Status: Child in Need plan"],
}
RC_CY = {
    "child-protection": "Math o gofnod: Amddiffyn Plant",
    "looked-after-child": "Math o gofnod: Plentyn sy'n Derbyn Gofal",
    "other-childrens-social-care": "Math o gofnod: Plentyn mewn Angen",
    "missing-person": "Math o gofnod: Person ar goll",
    "adult-posing-risk": "Math o gofnod: Oedolyn sy'n peri risg i blant",
}


def rcline(c, r, classes=None, cy=False):
    """Return (statement line, record class) for a class stated in the text."""
    if cy:
        cls = r.choice([k for k in (classes or list(RC_CY)) if k in RC_CY])
        return RC_CY[cls], cls
    cls = r.choice(classes or list(RC_STATEMENTS))
    line = r.choice(RC_STATEMENTS[cls]).format(k=c.k.full, p=c.partner)
    return line, cls


# ============================================================================================
# case-information: contact-log, wtfh-outcome, detailed-recording
# ============================================================================================
@t("contact-log", via="internal", src="tree")
def _(c, r):
    rows = []
    d = c.last
    for h, txt in r.sample([
        ("Case Update", f"C100 received from {c.court}. Case created."),
        ("Safeguarding checks", f"Police check request sent to {c.police} via secure email."),
        ("Safeguarding checks", f"LA check sent to {c.la} MASH."),
        ("Telephone call", f"Spoke to {c.appf} ({c.app_role}). Explained role of Cafcass. Concerns re: drinking."),
        ("Letter sent", "Welcome letter sent to both parties (Egress)."),
        ("Information received", f"Police response received - see police information folder."),
        ("Telephone call", f"Attempted call to {c.respf}, no answer. Voicemail left."),
        ("Management oversight", f"Discussed with {c.mgr} (SM). Agreed safeguarding letter to recommend s7."),
        ("Document uploaded", "Safeguarding letter filed with court."),
    ], 6):
        d = d.add(r.randrange(0, 4))
        rows.append([d.slash, f"{r.randrange(8, 17):02d}:{r.choice(['05', '12', '30', '41', '55'])}", h, txt, c.fca])
    return "##Contact Log Report\n" + f"Case: {c.case_name}   {c.cn}\n" + table(r, ["Date", "Time", "Heading", "Summary", "Created by"], rows) + f"\nPrinted {c.today.slash}  Page 1 of {r.randrange(2, 6)}"


@t("contact-log", via="internal")
def _(c, r):
    e = [f"{c.last.add(i * 2).dots} - {x}" for i, x in enumerate([
        f"rang mum {c.mumf} - says {c.k.first} not sleeping since last weekend at dad's",
        f"email from {c.sol1} asking for date of report. replied 28 days before hearing",
        f"school ({c.school}) called back. attendance 91%. no concerns raised by DSL",
        "home visit booked for next Tues 10am",
        f"{c.dadf} called in upset, wanted to know why he hasn't been called. apologised, booked call"])]
    return f"{c.cn} running log\n" + "\n".join(r.sample(e, r.randrange(3, 6))) + f"\n(entries {c.fca.split()[0][0]}{c.fca.split()[-1][0]})"


@t("contact-log", via="internal", src="tree")
def _(c, r):
    return (f"##CONTACT LOG - ENTRIES PRE-14 JULY 2014 (legacy PDF)\nCase number {c.cn}  Child(ren): {c.kidnames}\n"
            f"Entry 14  Date {c.last.slash}  Type: Phone call out\nTo: {c.sw}, social worker, {c.la}\n"
            "Summary: confirmed family closed to children's services 2 years ago. No current involvement.\n"
            f"Action: none. Cross ref: LA checks.\nEntry 15  Date {c.last.add(3).slash}  Type: Email in\n"
            f"From: {c.sol2}\nSummary: resp's solicitor asks for copy of safeguarding letter. Referred to court.\n"
            "Entry 16 ...")


@t("contact-log", via="internal")
def _(c, r):
    return ("@@Cafcass ECMS\n##Contact log\n" + fields(r, [("Case", c.cn), ("Entry date", c.today.slash), ("Heading", pick(r, "Case Update", "Reason for amendment", "Contact with child")),
            ("Entered by", f"{c.fca} (Family Court Adviser)")]) +
            f"\nSummary\nAmended entry of {c.last.slash}: previous entry recorded the wrong school. {c.k.first} attends {c.school}, not as stated. Reason for amendment: typing error.")


@t("contact-log", via="internal")
def _(c, r):
    return (f"{c.case_name}\nDate | Activity | Note\n{c.last.slash} | Intake | C100 and C1A received, urgent flag\n"
            f"{c.last.add(1).slash} | Screening | Police + LA checks requested\n{c.last.add(5).slash} | Screening | LA response rec'd: known, CIN closed\n"
            f"{c.last.add(8).slash} | Call | Applicant interviewed 45 mins\n{c.last.add(9).slash} | Call | Respondent interviewed 50 mins\n"
            f"{c.last.add(12).slash} | Filed | SG letter filed and served\nItems stored at {c.team} office: birthday card for {c.k.first} (indirect contact) - cabinet 3.")


@t("contact-log", via="internal")
def _(c, r):
    return (f"Log extract requested for SAR - DO NOT EDIT\n{c.cafcass} case {c.cn}\n"
            f"{c.today.long}\n" + "\n".join(f"{c.last.add(i * 6).slash}  {h}  {c.fca}" for i, h in enumerate(
                ["Allocation", "Case plan started", "Home visit completed - see detailed recording", "School visit", "Report filed"])) +
            "\nThis document is generated from the contact log and must be deleted when no longer needed.")


@t("contact-log", cy=True, via="internal")
def _(c, r):
    return (f"##Log cyswllt\nRhif yr achos: {c.cn}\nPlentyn: {c.k.full}\n"
            f"{c.last.cy} - Galwad ffôn gyda {c.mumf} (mam). Pryderon am drefniadau cyswllt dros y penwythnos.\n"
            f"{c.last.add(2).cy} - E-bost wedi'i anfon at {c.la_cy} yn gofyn am wiriadau.\n"
            f"{c.last.add(6).cy} - Ymateb gan yr heddlu wedi dod i law. Wedi'i gadw yn y ffolder gwybodaeth yr heddlu.\n"
            f"{c.last.add(9).cy} - Trafodaeth gyda'r rheolwr ymarfer, {c.mgr}.\nCofnodwyd gan: {c.fca}")


@t("contact-log", cy=True, via="internal", src="tree")
def _(c, r):
    return (f"IRIS - Cofnodion achos / Case recordings\n{c.cn} {c.case_name}\n"
            f"Dyddiad / Date: {c.last.slash}  Gweithgaredd / Activity: Galwad ffôn / Telephone call\n"
            f"Siaradais â {c.dadf}. Mae'n dymuno gweld y plant bob yn ail benwythnos.\n"
            f"Dyddiad / Date: {c.last.add(4).slash}  Gweithgaredd / Activity: Llythyr / Letter\n"
            f"Llythyr croeso wedi'i anfon at y ddau riant.\nIaith y cofnod: Cymraeg")


@t("wtfh-outcome", via="internal")
def _(c, r):
    return ("##WORK TO FIRST HEARING - OUTCOME FORM\n" + fields(r, [("Case no.", c.cn), ("Court", c.court), ("FHDRA date", c.hearing.slash),
            ("Cafcass officer at court", c.fca)]) + "\nOutcome\n" +
            tick(r, ["Agreement reached - final order", "Interim order, s7 report directed", "Adjourned", "Referral to MIAM/mediation", "Withdrawn"],
                 r.choice(["Agreement reached - final order", "Interim order, s7 report directed", "Adjourned"])) +
            "\nSPIP ordered? " + tick(r, ["Yes", "No"], r.choice(["Yes", "No"])) +
            "\nSafeguarding issues outstanding at close of hearing:\n" + pick(r, "none", "DA allegations - fact finding listed", "LA check outstanding"))


@t("wtfh-outcome", via="internal")
def _(c, r):
    return (f"WTFH outcome {c.cn}\nHearing {c.hearing.dots} before {c.judge}\n"
            "Result: s7 ordered to be prepared by Cafcass, report due 12 weeks\nIssues: contact frequency, handovers, F's alcohol use\n"
            f"Allocated to: awaiting allocation - {c.team}\nCompleted by {c.fca}")


@t("wtfh-outcome", via="internal", src="scan")
def _(c, r):
    return ("@@Cafcass\n##FHDRA Outcome / WTFH closure\n" + interleave(
        ["Case number", c.cn, "Child(ren)", c.kidnames, "Hearing date", c.hearing.slash],
        ["Applicant", c.app, "Respondent", c.resp, "Court", c.place]) +
        "\nWas a safeguarding letter filed before the hearing?  Yes No\nDid the parties reach agreement?  Yes No\n"
        "Order made:\nchild arrangements order (lives with mother, time with father alternate weekends)\nCase closed to Cafcass at WTFH: Y")


@t("wtfh-outcome", via="internal")
def _(c, r):
    return (f"Outcome of first hearing\n{c.case_name} ({c.cn})\n{c.hearing.long}\n"
            f"The court adjourned the FHDRA to {c.hearing.add(28).long} for police disclosure to be obtained. No s7 at this stage.\n"
            "WTFH remains open. Police documents to be deleted 3 months from receipt.\nRecorded: business services")


@t("wtfh-outcome", via="internal")
def _(c, r):
    return (f"Outcome:\n{pick(r, 'Consent order', 'Final order by consent', 'Interim CAO')}\n"
            f"Next steps:\nNone for Cafcass - case closed at first hearing\nPractitioner: {c.fca}\nDate completed: {c.hearing.slash}\n"
            "Diversity form completed? N\nOpt out of safeguarding letter? N")


@t("wtfh-outcome", via="internal", src="scan")
def _(c, r):
    return (f"FHDRA - WTFH Outcome\nChild: {c.k.first} ({c.k.age})\nDJ {c.judge.split()[-1]}\n"
            f"1. Parties conciliated at court with FCA {c.fca}. 2. Agreed supervised contact at {c.centre} x 4 sessions. "
            "3. Return for review in 8 weeks. 4. Addendum SG letter not required.\nOutcome code: INTERIM")


@t("wtfh-outcome", cy=True, via="internal")
def _(c, r):
    return (f"##Ffurflen canlyniad WTFH\nRhif yr achos: {c.cn}\nDyddiad y gwrandawiad: {c.hearing.cy}\n"
            f"Llys: {c.court_cy}\nCanlyniad: Gorchymyn i baratoi adroddiad adran 7\n"
            f"Materion diogelu: honiadau o gam-drin domestig\nSwyddog: {c.fca}")


@t("wtfh-outcome", cy=True, via="internal")
def _(c, r):
    return (f"Canlyniad y gwrandawiad cyntaf (FHDRA)\n{c.case_name}\nCytunodd y partïon ar drefniadau dros dro. "
            f"Bydd {c.kidnames_cy} yn treulio amser gyda'u tad bob dydd Sadwrn.\nAchos wedi cau i CAFCASS Cymru.\nCwblhawyd gan: {c.fca}, {c.hearing.cy}")


@t("detailed-recording", via="internal", src="scan")
def _(c, r):
    return (f"##Detailed recording - home visit\nDate/time: {c.last.slash} {r.randrange(9, 17)}:00\nWorker: {c.fca}\n"
            f"Present: {c.mum} (mother), {c.k.first}, {c.partner} (mother's partner) for first 10 mins\n"
            f"Venue: family home, {c.addr}\nNature of contact: announced home visit, face to face\n"
            f"Outline: home clean and warm. {c.k.first} showed me {c.k.his} bedroom. Mother spoke about the separation and said "
            f"{c.dadf} 'kicks off' at handovers.\nNext steps: observe contact; school visit.\nActions afterwards: contact log updated.")


@t("detailed-recording", via="internal")
def _(c, r):
    return (f"Notes of telephone interview with {c.dad} (father)\n{c.last.long}, 11.20 - 12.05\nBy telephone (not face to face)\n"
            f"F said he last saw the children in {EN_MONTHS[c.last.d.month - 2]}. He denied the allegations in the C1A. "
            f"F accepted a caution in 2019 'for a fight outside a pub'. He wants overnight stays. F works nights at a warehouse.\n"
            "F agreed to drug and alcohol testing if the court directs it.\nNext: speak to paternal grandmother.\n" + c.fca)


@t("detailed-recording", via="internal", src="scan")
def _(c, r):
    return (f"Contact observation\n{c.centre}\n{c.last.day}\nObserved by {c.fca}\n"
            f"{c.dadf} arrived 10 mins early with snacks. {c.k.first} ran to him. They played Uno. "
            f"When {c.dadf} asked about mum's new partner {c.k.first} went quiet. I reminded F of the ground rules.\n"
            "Handover calm. Duration 1hr 30.\nAnalysis: warm relationship evident.")


@t("detailed-recording", via="internal")
def _(c, r):
    return (f"Typed up from handwritten notes (originals destroyed once proofread)\n{c.cn} - {c.last.slash} - school visit\n"
            f"Met with {c.pro()}, DSL at {c.school}. Also present: class teacher.\n"
            f"- {c.k.first} is described as quiet, sometimes tired on Mondays\n- lunch money often not paid\n- mum attends parents' evening, dad has not\n"
            "No referral made by school. Next steps: none from this meeting.")


@t("detailed-recording", via="internal")
def _(c, r):
    return (f"##Record of meeting\nDate: {c.last.slash}\nTime: 14:00-15:10\nVenue: {c.team} office, interview room 2\n"
            f"Name of worker: {c.fca}\nPersons involved: {c.resp} ({c.resp_role}); interpreter (Polish) by phone\n"
            f"Nature of contact: face to face interview\nWhat happened: {c.respf} went through the chronology. "
            "Upset when discussing the incident of last Christmas.\nNext steps agreed: to provide GP details.\nActions taken afterwards: GP consent form sent")


@t("detailed-recording", via="internal", src="scan")
def _(c, r):
    return (f"{c.k.first} - seen at school {c.last.dots}\nwith {c.fca.split()[0]}\n"
            "Used three houses - house of worries: 'when mum and dad shout', 'the car at handover'\nhouse of good things: 'my dog Biscuit', 'nana's'\n"
            "house of dreams: 'everyone be happy at my party'\nSee direct work folder for sheet. Discussed w/ manager after.")


@t("detailed-recording", via="internal")
def _(c, r):
    return (f"Telephone call - {c.gran} (maternal grandmother) - {c.last.slash}\nNature: telephone (outgoing)\n"
            f"Gran provides childcare after school three days a week. She is worried about {c.dadf}'s temper but has never seen him hurt the children. "
            "She would be willing to supervise handovers.\nNext steps: include in report; check gran's address with police.")


@t("detailed-recording", cy=True, via="internal")
def _(c, r):
    return (f"##Cofnod cyswllt manwl\nDyddiad ac amser: {c.last.cy}, 10:30\nGweithiwr: {c.fca}\n"
            f"Pwy oedd yn bresennol: {c.mum}, {c.k.first}\nLleoliad: cartref y teulu\nNatur y cyswllt: ymweliad cartref wyneb yn wyneb\n"
            f"Beth ddigwyddodd: Roedd y cartref yn lân ac yn gynnes. Dangosodd {c.k.first} {c.k.ystafell} wely i mi. "
            f"Dywedodd y fam fod {c.dadf} yn hwyr i'r trosglwyddiadau yn aml.\nCamau nesaf: arsylwi cyswllt.")


@t("detailed-recording", cy=True, via="internal", src="scan")
def _(c, r):
    return (f"Nodiadau cyfweliad dros y ffôn\n{c.dad} (tad) - {c.last.cy}\nDywedodd y tad ei fod eisiau i'r plant aros dros nos. "
            "Mae'n gwadu'r honiadau. Cytunodd i brofion alcohol os bydd y llys yn gorchymyn hynny.\n"
            f"Camau nesaf: siarad â'r fam-gu.\n{c.fca}")


# ============================================================================================
# correspondence: welcome-letter, letter-to-parties, letter-from-party, correspondence
# ============================================================================================
@t("welcome-letter", via="cafcass")
def _(c, r):
    return (f"@@{c.cafcass}\n@@{c.team}\n{c.app}\n{c.addr}\n{c.today.long}\nOur ref: {c.cn}\nDear {c.app},\n"
            f"##Welcome to {c.cafcass}\nThe court has asked us to help in your case about {c.kidnames}. We are independent of the court and of social services. "
            "Before the first hearing one of our practitioners will telephone you to talk about your application and any worries you have about the children's safety.\n"
            "Please look at the leaflets enclosed and the parenting plan on our website.\nYours sincerely\nBusiness Services")


@t("welcome-letter", via="cafcass", src="scan")
def _(c, r):
    return (f"Dear {c.respf}\nYou will have received papers from the court because {c.appf} has applied for an order about the children. "
            f"A Family Court Adviser will call you on {c.today.add(5).day} between 9 and 5. The call may come from a withheld number.\n"
            "If you are worried about your safety or need an interpreter please tell us by replying to this letter.\nWe look forward to speaking with you.\n"
            f"{c.team}\nEnc: Welcome pack, 'Co-operative parenting following separation', complaints leaflet")


@t("welcome-letter", via="cafcass")
def _(c, r):
    return (f"Case Number: {c.cn}\nDate: {c.today.slash}\nPRIVATE AND CONFIDENTIAL\n##Your first contact with Cafcass\n"
            f"We are writing because {c.court} has sent us a copy of the application about {c.k.first}. "
            "We will carry out safeguarding checks with the police and the local authority. This is routine and happens in every case.\n"
            "What happens next: 1. Telephone interview 2. Safeguarding letter to court 3. First hearing")


@t("welcome-letter", via="cafcass", src="scan")
def _(c, r):
    return (f"Welcome pack - cover letter\n{c.mum}, {c.street}\n"
            "We are Cafcass and we represent the interests of children in family court cases. Your case has been passed to the Early Intervention Team.\n"
            "Please have a pen and paper ready when we call. If you do not want to be called at the number the court gave us, ring 0300 ... (line cut off)")


@t("welcome-letter", via="cafcass")
def _(c, r):
    return (f"Dear {c.app} and {c.resp}\nRe: {c.kidnames}\nThank you for your patience. Your case has now been allocated to {c.fca}, Family Court Adviser, "
            "who will write a report for the court. This is the start of our work with your family.\n"
            f"{c.fca.split()[0]} will be in touch to arrange to meet you and, where appropriate, to meet the children.\n"
            f"Welcome letter (allocation) - {c.team}")


@t("welcome-letter", via="cafcass")
def _(c, r):
    return (f"Hi {c.appf},\nWelcome to Cafcass. I'm {c.fca} and I'll be the person calling you before your first hearing at {c.place} on {c.hearing.long}.\n"
            "There's a short video on our website about what happens at court which you might find useful.\n"
            "Kind regards\n" + c.fca + "\nEarly Intervention Team")


@t("welcome-letter", cy=True, via="cafcass")
def _(c, r):
    return (f"@@CAFCASS Cymru\nAnnwyl {c.app},\n##Croeso i CAFCASS Cymru\nMae'r llys wedi gofyn i ni helpu yn eich achos ynglŷn â {c.kidnames_cy}. "
            "Rydym yn annibynnol ar y llys ac ar y gwasanaethau cymdeithasol. Cyn y gwrandawiad cyntaf bydd un o'n hymarferwyr yn eich ffonio.\n"
            "Mae croeso i chi gyfathrebu â ni yn Gymraeg neu yn Saesneg.\nYn gywir\nTîm Cymorth Busnes")


@t("welcome-letter", cy=True, via="cafcass", src="scan")
def _(c, r):
    return (f"Llythyr croeso / Welcome letter\nRhif yr achos / Case number: {c.cn}\n"
            f"Annwyl {c.respf} / Dear {c.respf}\nByddwn yn eich ffonio ar {c.today.add(4).cy}.\nWe will telephone you on {c.today.add(4).long}.\n"
            "Os oes gennych bryderon am eich diogelwch, rhowch wybod i ni. If you have concerns about your safety, please let us know.\nCAFCASS Cymru")


@t("letter-to-parties", via="cafcass")
def _(c, r):
    return (f"@@{c.cafcass}\nPrivate and confidential\n{c.resp}\n{c.addr}\n{c.today.long}\nDear {c.resp}\n"
            f"I enclose a copy of my section 7 report which has been filed with {c.court}. Please read it somewhere private and do not share it with anyone "
            "other than your legal adviser. It is an offence to publish it.\nIf you have questions please call me before the hearing on "
            f"{c.hearing.long}.\nYours sincerely\n{c.fca}\nFamily Court Adviser\nEnc: report")


@t("letter-to-parties", via="cafcass")
def _(c, r):
    return (f"Dear Mr {c.dad_sur}\nAppointment\nI would like to meet you at our office at {c.team.replace('Cafcass ', '')} on {c.today.add(9).day} at 2pm. "
            f"The meeting will last about an hour. Please bring photo ID.\nIf you cannot attend please let me know by {c.today.add(5).long}.\n{c.fca}")


@t("letter-to-parties", via="cafcass", src="scan")
def _(c, r):
    return (f"To: {c.app} and {c.resp}\nRef {c.cn}\nI am writing to both of you to set out the arrangements for me to see {c.kidnames} at school. "
            f"I have spoken with {c.school}. I will see the children on {c.today.add(7).long}. Please do not discuss the visit with them beforehand "
            "other than to say someone is coming to hear their views.\nThank you")


@t("letter-to-parties", via="cafcass")
def _(c, r):
    return (f"Dear {c.mumf} and {c.dadf},\nI am sorry that our meeting on {c.last.long} had to be cancelled due to staff sickness. "
            f"I have rearranged it for {c.today.add(3).long}. I have also let the court know there may be a short delay to my report.\n"
            f"Regards\n{c.fca} | {c.team}")


@t("letter-to-parties", via="cafcass")
def _(c, r):
    return (f"Closure of Cafcass involvement\nDear {c.app}\nNow that the court has made a final order on {c.last.long}, Cafcass's involvement with your family has ended. "
            "Your file will be kept in line with our retention policy. If you wish to give feedback about our service please complete the enclosed form.\n"
            f"Yours sincerely\n{c.mgr}, Service Manager")


@t("letter-to-parties", via="cafcass", src="scan")
def _(c, r):
    return (f"...ing to you about the Family Assistance Order made on {c.last.long}. Under the order I will work with your family for six months. "
            f"I will visit {c.k.first} at both homes and will write to the court if there are any difficulties.\nPlease find enclosed a timetable of sessions.\n"
            f"{c.fca}\nPage 2 of 2")


@t("letter-to-parties", cy=True, via="cafcass")
def _(c, r):
    return (f"Annwyl {c.mumf} a {c.dadf},\nAmgaeaf gopi o'm hadroddiad adran 7 sydd wedi'i ffeilio gyda'r llys. "
            "Darllenwch yr adroddiad mewn lle preifat a pheidiwch â'i rannu gydag unrhyw un heblaw eich cynghorydd cyfreithiol.\n"
            f"Os oes gennych gwestiynau, ffoniwch fi cyn y gwrandawiad ar {c.hearing.cy}.\nYn gywir\n{c.fca}\nCynghorydd Llys Teulu")


@t("letter-to-parties", cy=True, via="cafcass", src="scan")
def _(c, r):
    return (f"Apwyntiad / Appointment\nAnnwyl {c.resp},\nHoffwn gwrdd â chi yn ein swyddfa ar {c.today.add(6).cyday} am 10 o'r gloch. "
            "Dewch â phrawf adnabod gyda chi. Os na allwch ddod, rhowch wybod i mi.\n"
            f"{c.fca}, {c.team_cy}")


@t("letter-from-party", via="parent", src="scan")
def _(c, r):
    return (f"To the cafcass lady\nI am writing because nobody is listening to me. {c.dadf} has not brought {c.k.first} back on time "
            "THREE TIMES now and he lets him play 18 games. I have screenshots. I dont want him to have overnights untill he shows he can be trusted. "
            f"I am a good mum and I have done everything the court said.\n{c.mumf}\n{c.mob}")


@t("letter-from-party", via="parent")
def _(c, r):
    return (f"Dear Sir/Madam\nRe: my children {c.kidnames}\nI am the respondent in this case. I want to tell you that the things in the C1A are not true. "
            f"I have never hit {c.mumf}. We argued like all couples. She is stopping me seeing my kids since {c.last.long} and I am missing {c.k.first}'s birthday.\n"
            f"Please can you ring me I work shifts so after 6 is best.\nThank you\n{c.dad}")


@t("letter-from-party", via="parent")
def _(c, r):
    return {"text": f"hello my name is {c.resp} i am {c.k.first} {c.resp_role}. my english not good sorry. i want say the report is not correct. "
            "i not drink every day only weekend little bit. my child is happy with me. the father new girlfriend shout to child. please you check again. thank you",
            "subject": "report"}


@t("letter-from-party", via="parent", src="scan")
def _(c, r):
    return (f"{c.gran}\n{c.street}\n{c.today.long}\nDear Ms {c.fca.split()[-1]}\nI am {c.k.first}'s grandmother. I was not spoken to for your report "
            "even though I have looked after the children every weekend for three years. I would like to be considered as a carer and I want to give my side.\n"
            "Yours faithfully\n(signed)")


@t("letter-from-party", via="parent")
def _(c, r):
    return (f"To {c.fca}\nI have read your safeguarding letter. I want it noted that I DO NOT agree. Page 2 says I have a history with the police - "
            "that was my BROTHER not me, we have the same initial. I have asked my solicitor to write to the court. I am disgusted that this is going in front of a judge.\n"
            f"{c.app} (applicant)\nCase {c.cn}")


@t("letter-from-party", via="parent")
def _(c, r):
    return (f"Complaint\nI wish to complain about the way I was spoken to on the phone on {c.last.long}. The officer told me I was being 'difficult' "
            f"and would not let me finish. I felt judged as a father. I want a different worker.\nRegards {c.dadf} {c.dad_sur}")


@t("letter-from-party", via="parent", src="scan")
def _(c, r):
    return (f"Dear Cafcass,\nThank you for the call last week. As promised I am sending the list of the times {c.appf} has cancelled contact:\n"
            f"{c.last.add(-40).short} - said kids ill\n{c.last.add(-26).short} - no reason\n{c.last.add(-12).short} - car broke down\n"
            f"I hope this helps. I just want a routine for the children.\n{c.resp}")


@t("letter-from-party", cy=True, via="parent")
def _(c, r):
    return (f"Annwyl CAFCASS Cymru,\nRwy'n ysgrifennu am fy mhlant, {c.kidnames_cy}. Dydw i ddim yn cytuno â beth mae {c.appf} wedi'i ddweud yn y cais. "
            f"Dydw i erioed wedi bod yn dreisgar. Hoffwn weld y plant bob penwythnos.\nDiolch\n{c.resp}")


@t("letter-from-party", cy=True, via="parent", src="scan")
def _(c, r):
    return (f"At y swyddog,\nRwy'n poeni'n fawr am {c.k.first}. Mae {c.k.first} yn dod adref o'r cyswllt yn drist bob tro. "
            f"Plîs ffoniwch fi ar {c.mob}.\n{c.mumf}")


@t("correspondence", email=True, via="la")
def _(c, r):
    return {"text": f"Hi {c.fca.split()[0]},\nJust to let you know the family were stepped down from CIN to early help on {c.last.long}. "
            f"Mum has engaged well. I'm on leave from Friday so please contact the duty desk if you need anything.\nThanks\n{c.sw}\nSocial Worker, {c.la}",
            "subject": f"{c.cn} - update"}


@t("correspondence", email=True, via="court")
def _(c, r):
    return {"text": f"Good morning,\nThe hearing listed on {c.hearing.long} at {c.place} has been vacated due to judicial availability. "
            f"It will be relisted on the first available date after {c.hearing.add(21).long}. A notice of hearing will follow.\n"
            f"Family Listing Team\nHMCTS {c.place}",
            "subject": f"{c.cn} {c.case_name} - hearing vacated"}


@t("correspondence", via="cafcass")
def _(c, r):
    return (f"Dear {c.sol1}\nRe: {c.case_name} {c.cn}\nThank you for your letter of {c.last.long} requesting a copy of the safeguarding letter. "
            "Cafcass is not able to disclose the letter directly to you; it has been filed with the court and you should request it from the court.\n"
            f"Yours faithfully\n{c.team}")


@t("correspondence", email=True, via="school")
def _(c, r):
    return {"text": f"Dear {c.fca},\nAs requested, {c.k.first}'s attendance this year is {r.randrange(82, 99)}.{r.randrange(0, 9)}%. "
            "There have been no safeguarding referrals from school. Mum usually does drop off and collection. Dad has not been in contact with school.\n"
            f"Kind regards\n{c.pro()}\nDesignated Safeguarding Lead, {c.school}",
            "subject": "Information request"}


@t("correspondence", via="sol")
def _(c, r):
    return (f"@@{c.sol1}\nOur ref: {r.choice('ABCDEFGH')}{r.choice('KLMNP')}/{r.randrange(1000, 9999)}\nYour ref: {c.cn}\n{c.today.long}\n"
            f"Dear Sirs\nWe act for {c.app} in the above matter. We note the report is due on {c.hearing.add(-14).long}. "
            "Please could you confirm whether the Family Court Adviser intends to see the children at our client's home.\nYours faithfully")


@t("correspondence", email=True, via="cafcass")
def _(c, r):
    return {"text": f"Hi,\nCase {c.cn} is transferring to {pick(r, 'Cafcass London', 'Cafcass North West', 'Cafcass South West')} as the mother has moved. "
            f"All documents have been moved on ECMS. Please can business services confirm receipt.\nThanks {c.mgr}",
            "subject": "Case transfer"}


@t("correspondence", email=True, via="nhs")
def _(c, r):
    return {"text": f"Dear Cafcass,\nWe have received your request for information about {c.k.full}, DOB {c.k.dob.slash}. We require consent signed by a person with parental responsibility "
            "before we can release health visiting records. Please forward the consent form.\nRegards\nRecords Team, " + c.nhs,
            "subject": "Request for records"}


@t("correspondence", via="cafcass")
def _(c, r):
    return (f"Compliments and complaints team\nDear {c.dad}\nThank you for your email of {c.last.long}. I have looked into your concerns about the call with our practitioner. "
            "I am sorry you felt you were not listened to. I have discussed this with the practitioner and her manager.\n"
            f"Yours sincerely\n{c.mgr}\nHead of Practice")


@t("correspondence", cy=True, email=True, via="la")
def _(c, r):
    return {"text": f"Bore da {c.fca.split()[0]},\nDiolch am eich e-bost. Mae'r teulu wedi cau i'r gwasanaethau cymdeithasol ers {c.last.cy}. "
            f"Does dim gweithiwr cymdeithasol wedi'i ddyrannu ar hyn o bryd.\nCofion\n{c.sw}\n{c.la_cy}",
            "subject": f"Ateb: {c.cn}"}


@t("correspondence", cy=True, via="court")
def _(c, r):
    return (f"Annwyl Syr/Madam\nAchos: {c.cn}\nYsgrifennaf i'ch hysbysu bod y gwrandawiad a restrwyd ar gyfer {c.hearing.cy} wedi'i ohirio. "
            f"Anfonir hysbysiad gwrandawiad newydd atoch maes o law.\nSwyddfa'r Llys Teulu, {c.place_cy}")


# ============================================================================================
# case-plan: case-plan, case-plan-review
# ============================================================================================
@t("case-plan", via="internal", src="tree")
def _(c, r):
    return ("##CASE PLAN\n" + fields(r, [("Case", f"{c.case_name} {c.cn}"), ("Practitioner", c.fca), ("Date started", c.last.slash)]) + "\n" +
            table(r, ["What", "Why", "How"], [
                [f"Home visit to {c.appf}", "observe home conditions and care", "announced visit, observation"],
                [f"See {c.k.first} at school", "wishes and feelings", "three houses tool"],
                ["Police/LA update", "allegations of DA", "request updated checks"],
                ["Observe contact", "quality of relationship", "contact observation at centre"]]) +
            "\nHypotheses: (1) conflict rather than DA (2) coercive control by F")


@t("case-plan", via="internal")
def _(c, r):
    return (f"Plan for s7 - {c.cn}\nKey issues from SG letter: historic DA, F's cannabis use, M's low mood\n"
            f"Enquiries: GP for both parents; {c.school}; {c.la} (CIN 2021)\nTools: Child Impact Assessment Framework - coercive control guidance; SPIP?\n"
            f"Timescale: report due {c.hearing.add(-10).long}\nManager comments ({c.mgr}): agree. Consider whether {c.kids[-1].first} is old enough to be seen.")


@t("case-plan", via="internal")
def _(c, r):
    return (f"Case plan (public law)\nChildren: {'; '.join(c.kidlist)}\nLocal authority: {c.la}\nSocial worker: {c.sw}\n"
            "Issues: neglect; parental substance misuse; placement with maternal aunt under assessment\n"
            "Actions for guardian: read LA evidence; visit children in placement within 10 working days; consider need for expert (parenting assessment); "
            "meet child's solicitor\nIRO: to be contacted")


@t("case-plan", via="internal", src="scan")
def _(c, r):
    return (f"Case Plan\npage 1 of 3\nAllocation note considered: yes - PM asked that risk from maternal uncle is explored\n"
            f"Identified issues\n1 Allegations of physical chastisement of {c.k.first}\n2 Disagreement about school\n"
            "Enquiries to be made (what/why/how)\n1 - speak to school DSL - any marks/bruising noted? - phone\n"
            "2 - ask police for callout log - pattern of incidents - police request form")


@t("case-plan", via="internal")
def _(c, r):
    return (f"{c.cafcass} | Case plan\nCase no {c.cn}\nDiversity and identity: family are {pick(r, 'Muslim, Urdu speaking', 'White British', 'Polish, Catholic', 'Black British Caribbean', 'Romany Gypsy')}; interpreter needed for F? "
            f"{pick(r, 'yes', 'no')}\nChild's lived experience: what is a day like for {c.k.first}?\nRisk: DA - use of DA practice pathway\nPlan agreed with manager on {c.last.slash}")


@t("case-plan", via="internal", src="tree")
def _(c, r):
    return (f"WHAT: obtain wishes and feelings of {c.kidnames}\nWHY: children are of an age where their views carry weight\nHOW: direct work at school, 2 sessions; My Needs Wishes and Feelings pack\n"
            f"WHAT: assess father's new partner {c.partner}\nWHY: police info shows a conviction for ABH in 2017\nHOW: interview, PNC check on partner\n"
            f"-- {c.fca} {c.last.dots}")


@t("case-plan", via="internal")
def _(c, r):
    return (f"Case planning - Rule 16.4 guardian appointment\n{c.case_name}\nThe court appointed a guardian on {c.last.long} because the children's views are not being heard and the parents are entrenched.\n"
            "Plan: instruct a solicitor for the children; read bundle; meet the children twice; consider whether an ISW is needed; position statement for next hearing")


@t("case-plan", cy=True, via="internal")
def _(c, r):
    return (f"##Cynllun achos\nRhif yr achos: {c.cn}\nYmarferydd: {c.fca}\n"
            f"Beth: gweld {c.k.first} yn yr ysgol\nPam: i gael dymuniadau a theimladau'r plentyn\nSut: gwaith uniongyrchol, offeryn 'tri thŷ'\n"
            "Beth: gwiriadau gyda'r heddlu a'r awdurdod lleol\nPam: honiadau o gam-drin domestig\nSut: cais ffurfiol drwy e-bost diogel")


@t("case-plan", cy=True, via="internal", src="tree")
def _(c, r):
    return (f"Cynllun achos - cyfraith gyhoeddus\nPlant: {c.kidnames_cy}\nAwdurdod lleol: {c.la_cy}\n"
            "Materion: esgeulustod; camddefnyddio sylweddau gan y rhieni\nCamau gweithredu'r gwarcheidwad: darllen tystiolaeth yr awdurdod lleol; "
            "ymweld â'r plant yn eu lleoliad; ystyried yr angen am arbenigwr.\nIaith: Cymraeg (dewis y teulu)")


@t("case-plan-review", via="internal")
def _(c, r):
    return (f"##Case plan review\nDate of review: {c.today.slash}\nCase: {c.cn}\nProgress against plan:\n- home visits: completed\n- school: completed\n"
            "- police update: outstanding, chased twice\nChanges to plan: new information that M's partner has moved in; add PNC check on partner\n"
            f"Reviewed with {c.mgr} in supervision")


@t("case-plan-review", via="internal")
def _(c, r):
    return (f"Updated plan following hearing on {c.last.long}\nThe court extended the timetable and directed an addendum report.\nWhat has changed: children now living with paternal grandmother\n"
            "Revised actions: visit grandmother's home; speak to children again; update LA checks\nRisk re-evaluated: yes - see safety assessment")


@t("case-plan-review", via="internal", src="tree")
def _(c, r):
    return (f"Reflective supervision - case discussion\nPractitioner: {c.fca}  Manager: {c.mgr}  Date {c.today.dots}\nCase {c.cn}\n"
            "Reviewed the plan. Agreed the hypothesis of alienating behaviours is not yet evidenced. Practitioner to keep an open mind. "
            "Actions remain on track. Decision: no need for expert at this stage.\nManager signature __________")


@t("case-plan-review", via="internal")
def _(c, r):
    return (f"PLAN REVIEW (week 6)\n{c.case_name}\nCompleted:\n" + "\n".join(f"[X] {x}" for x in ["interview both parents", "LA checks", "see child x1"]) +
            "\nNot yet:\n" + "\n".join(f"[ ] {x}" for x in ["see child x2", "GP letter", "observe contact"]) + "\nOn track for filing date: YES")


@t("case-plan-review", via="internal")
def _(c, r):
    return (f"Case plan - review of actions\nAction 3 (contact observation) - amended. Centre closed for refurbishment; observation now at family centre on {c.today.add(8).slash}.\n"
            f"Action 5 (speak to new partner {c.partner}) - partner declined. Recorded and will be reflected in report.\nReviewed by {c.fca}")


@t("case-plan-review", via="internal", src="scan")
def _(c, r):
    return (f"Public law - 12 week review\nChild(ren) {c.kidnames}  LA {c.la}\nCare plan: {pick(r, 'SGO to aunt', 'return home under supervision order', 'adoption')}\n"
            "Guardian's plan reviewed: parenting assessment received (negative); sibling assessment outstanding; IRO consulted.\n"
            "Next review at IRH.")


@t("case-plan-review", via="internal")
def _(c, r):
    return (f"Manager's review of case plan\n{c.cn}  allocated {c.fca}\nI have read the case plan and the contact log. The plan is proportionate. "
            f"However the plan does not address {c.kids[-1].first}'s views - please add. I would like to see analysis of the DA information before the report is drafted.\n"
            f"{c.mgr}, Practice Supervisor, {c.today.slash}")


@t("case-plan-review", cy=True, via="internal")
def _(c, r):
    return (f"##Adolygiad cynllun achos\nDyddiad: {c.today.cy}\nRhif yr achos: {c.cn}\nCynnydd: mae'r ymweliadau cartref wedi'u cwblhau. "
            "Mae ymateb yr heddlu yn dal yn yr arfaeth.\nNewidiadau i'r cynllun: mae partner newydd y fam wedi symud i mewn; gofyn am wiriad heddlu.\n"
            f"Adolygwyd gyda {c.mgr}")


@t("case-plan-review", cy=True, via="internal", src="tree")
def _(c, r):
    return (f"Adolygu'r cynllun ar ôl y gwrandawiad ({c.last.cy})\nMae'r llys wedi gofyn am adroddiad atodol. "
            f"Mae {c.kidnames_cy} bellach yn byw gyda'u mam-gu.\nCamau newydd: ymweld â chartref y fam-gu; siarad â'r plant eto.")


# ============================================================================================
# risk-and-safety: la-checks, screening-response, safety-assessment
# ============================================================================================
@t("la-checks", via="la")
def _(c, r):
    line, rc = rcline(c, r, ["child-protection", "other-childrens-social-care", "looked-after-child"])
    return {"text": f"@@{c.la}\n@@Children's Services - MASH\n##Response to Cafcass safeguarding check\n" + fields(r, [("Cafcass ref", c.cn), ("Date of request", c.last.slash), ("Date of response", c.today.slash)]) +
            f"\nChildren: {'; '.join(c.kidlist)}\nKnown to Children's Social Care? YES\n{line}\nSummary: referral from school {c.last.add(-300).slash} re neglect; single assessment completed.\n"
            f"Allocated SW: {c.sw}\nThis information is provided for the purpose of the court proceedings only.", "rc": rc}


@t("la-checks", via="la", email=True)
def _(c, r):
    return {"text": f"Good afternoon,\nWe have checked our systems (Liquidlogic / Mosaic) for {c.app}, {c.resp} and the children. No records found for any of the named persons.\n"
            f"Please note this is based on the details provided; if further names or addresses are known please resubmit.\nMASH Business Support\n{c.la}",
            "subject": f"RE: Cafcass LA check - {c.cn}"}


@t("la-checks", via="la", src="scan")
def _(c, r):
    return (f"Local Authority Checks\nName                DOB          Known   Details\n{c.mum:<20}{c.last.add(-11000).slash}   Y       Sibling group CP plan 2018 (physical)\n"
            f"{c.dad:<20}{c.last.add(-12000).slash}   N\n{c.k.full:<20}{c.k.dob.slash}   Y       Early help 2022, closed\n"
            f"Completed by: {c.pro()}  MASH Officer  {c.la}\nPage 1 of 1")


@t("la-checks", via="la")
def _(c, r):
    return (f"Dear Cafcass\nRE: {c.kidnames} ({c.cn})\nIn response to your check: the family are currently open to the Children with Disabilities Team. "
            f"{c.k.first} has a diagnosis of autism and receives short breaks. There are no safeguarding concerns recorded. The social worker is {c.sw}.\n"
            f"Yours sincerely\nTeam Manager, {c.la}")


@t("la-checks", via="la", email=True)
def _(c, r):
    line, rc = rcline(c, r, ["adult-posing-risk", "child-protection", "privately-fostered-child", "looked-after-child"])
    return {"text": f"Hi\nOur response below:\n{c.resp}: known. {line}\nChildren: the older child was subject to s47 enquiry in {c.last.d.year - 2}, NFA.\n"
            f"Current: no open involvement.\nWe would ask that this information is not shared with the parties without our consent.\n{c.pro()} | Front Door | {c.la}",
            "subject": "Safeguarding check response", "rc": rc}


@t("la-checks", via="la", src="scan")
def _(c, r):
    return (f"LA check form - returned\nSection B (to be completed by the local authority)\nIs the child/family known? " + tick(r, ["Yes", "No"], "Yes") +
            "\nIf yes, type of involvement: " + tick(r, ["CIN", "CP", "LAC", "Early Help"], r.choice(["CIN", "CP", "Early Help"])) +
            f"\nDates of involvement: {c.last.add(-700).slash} - {c.last.add(-500).slash}\nReason: parental conflict affecting children; DV\nOutcome: closed, stepped down\n{c.la}")


@t("la-checks", via="la")
def _(c, r):
    return (f"Previous involvement summary for Cafcass\nFamily: {c.dad_sur}/{c.mum_sur}\nThere have been 4 contacts to the front door since 2019, the most recent on {c.last.add(-60).long} "
            f"when police shared a DA notification (verbal argument, children present). Consent-based advice and information given. {c.la} has no current plan.\nCompleted by MASH senior practitioner")


@t("la-checks", cy=True, via="la")
def _(c, r):
    line, rc = rcline(c, r, ["child-protection", "other-childrens-social-care", "looked-after-child"], cy=True)
    return {"text": f"@@{c.la_cy}\n##Ymateb i wiriad diogelu CAFCASS Cymru\nRhif yr achos: {c.cn}\nPlant: {c.kidnames_cy}\nA yw'r teulu'n hysbys i'r Gwasanaethau Plant? Ydy\n"
            f"{line}\nCrynodeb: atgyfeiriad gan yr ysgol yn {c.last.d.year - 1}; asesiad wedi'i gwblhau.\nGweithiwr cymdeithasol: {c.sw}", "rc": rc}


@t("la-checks", cy=True, via="la", email=True)
def _(c, r):
    return {"text": f"Prynhawn da,\nRydym wedi gwirio ein systemau ar gyfer {c.app}, {c.resp} a'r plant. Does dim cofnodion ar gyfer unrhyw un o'r bobl a enwyd.\n"
            f"Tîm Drws Ffrynt\n{c.la_cy}", "subject": f"Gwiriad ALl {c.cn}"}


@t("screening-response", via="nhs", email=True)
def _(c, r):
    return {"text": f"Dear Cafcass,\nFurther to your screening enquiry: the health visiting service has no safeguarding concerns recorded for {c.k.full}. "
            f"Developmental checks up to date. Mother disclosed historic DA at the 6-8 week check; advice given and referral to {c.das} offered.\n"
            f"Safeguarding Children Team, {c.nhs}", "subject": "Response to screening request"}


@t("screening-response", via="misc")
def _(c, r):
    return (f"@@The Probation Service\nSafeguarding enquiry response\nSubject: {c.resp}\nYour ref {c.cn}\nCurrent status: supervised on licence until {c.today.add(200).long}\n"
            f"Index offence: assault occasioning actual bodily harm (domestic)\nRisk of serious harm to known adult: MEDIUM; to children: LOW\nProbation practitioner: {c.pro()}")


@t("screening-response", via="internal")
def _(c, r):
    return (f"##Screening outcome - WTFH\n{c.cn}\nPolice: received, 2 callouts recorded (domestic verbal)\nLA: received, not known\nTelephone interviews: applicant done {c.last.slash}; respondent done {c.last.add(1).slash}\n"
            "Risk identified: yes - allegations of DA by both parties\nRecommendation for safeguarding letter: s7 report")


@t("screening-response", via="misc", email=True)
def _(c, r):
    return {"text": f"Hello\nIn response to your request for MARAC information: {c.mum} was heard at MARAC on {c.last.add(-200).long} following a high-risk DASH. "
            f"Actions included a referral to the IDVA service ({c.das}) and a police marker on the address. No further referrals since.\nMARAC Coordinator",
            "subject": f"MARAC check {c.cn}"}


@t("screening-response", via="school", src="scan")
def _(c, r):
    return (f"{c.school}\nReturn of Cafcass screening request\nPupil: {c.k.full}  Year {max(1, c.k.age - 4)}\nAny child protection concerns? " + tick(r, ["Yes", "No"], "No") +
            "\nAttendance: 94%\nWho collects the child? mum, sometimes grandad\nDSL signature  " + c.pro())


@t("screening-response", via="internal")
def _(c, r):
    return (f"Screening call record - applicant\nDate {c.last.slash}\nSpoke to: {c.app} ({c.app_role})\nSafety: caller is in a safe place to talk? yes\n"
            "Concerns raised: respondent drinks heavily at weekends; one incident in front of children\nAny other proceedings? no\nSupport: given details of local DA support\nCompleted by EIT FCA")


@t("screening-response", via="misc", email=True)
def _(c, r):
    return {"text": f"Cafcass,\nWe have no record of the family on our database. We have not received any referrals for {c.mum} or {c.dad}.\n{c.das}\nThis e-mail is confidential.",
            "subject": "Screening request response"}


@t("screening-response", via="misc")
def _(c, r):
    return (f"Out of area check - response\nFrom: {pick(r, 'Glasgow City HSCP', 'Belfast Health and Social Care Trust', 'Cafcass - another service area')}\n"
            f"Re {c.dad}, previous address in our area until {c.last.d.year - 3}\nResult: one referral {c.last.d.year - 4} (school attendance) closed at screening. No child protection history.")


@t("screening-response", cy=True, via="nhs", email=True)
def _(c, r):
    return {"text": f"Annwyl CAFCASS Cymru,\nMewn ymateb i'ch cais sgrinio: does dim pryderon diogelu wedi'u cofnodi ar gyfer {c.k.full} gan y gwasanaeth ymwelwyr iechyd.\n"
            f"Tîm Diogelu, {c.nhs_cy}", "subject": "Ymateb i gais sgrinio"}


@t("screening-response", cy=True, via="internal")
def _(c, r):
    return (f"##Ymateb sgrinio\nRhif yr achos: {c.cn}\nHeddlu: ymateb wedi dod i law\nAwdurdod lleol: ddim yn hysbys\n"
            f"Cyfweliadau ffôn: ceisydd ({c.last.cy}); atebydd ({c.last.add(2).cy})\nRisg wedi'i nodi: ydy - honiadau o gam-drin domestig")


@t("safety-assessment", via="internal")
def _(c, r):
    return (f"##Section 16A risk assessment\nCase: {c.cn}\nThe officer has cause to suspect that {c.k.first} is at risk of harm because: disclosure by {c.k.first} of being hit with a belt.\n"
            f"Nature of harm: physical; emotional\nRisk assessment: HIGH\nAction: referral to {c.la} under s47 made on {c.today.slash}; court informed.\nCompleted by {c.fca}")


@t("safety-assessment", via="internal", src="scan")
def _(c, r):
    qs = ["Has the current incident resulted in injury?", "Are you very frightened?", "Is the abuse happening more often?",
          "Has (they) ever used weapons or objects to hurt you?", "Has (they) ever threatened to kill you?", "Is there conflict over child contact?"]
    return ("DASH RIC\nSafeLives\nDate: " + c.last.slash + "\n" + "\n".join(f"{q}  {tick(r, ['Yes', 'No', 'Dont know'], r.choice(['Yes', 'No']), 0)}" for q in r.sample(qs, 5)) +
            f"\nTotal 'yes': {r.randrange(5, 16)}\nCompleted with {c.mumf} by phone. Professional judgement: high risk - MARAC referral.")


@t("safety-assessment", via="internal")
def _(c, r):
    return (f"Safety plan agreed with {c.mum} - {c.today.long}\n1. Handovers to take place at {pick(r, 'the police station car park', 'school', c.centre)}\n"
            f"2. No direct communication except via contact app\n3. If {c.dadf} turns up at home, call 999\n4. Mum to keep phone charged\nShared with: mum only (not shared with father)\nReviewed by: {c.fca}")


@t("safety-assessment", via="internal")
def _(c, r):
    return (f"Domestic abuse practice pathway - screening tool\nCase {c.cn}\nStep 1 - is DA alleged? Yes\nStep 2 - type: coercive control / financial / physical\n"
            f"Step 3 - impact on child: {c.k.first} reported to be anxious, bedwetting\nStep 4 - is a fact-finding needed? Recommend yes\nFCA: {c.fca}")


@t("safety-assessment", via="internal", src="tree")
def _(c, r):
    return (f"RISK ASSESSMENT\n{c.case_name}\nRisk factors: previous DV conviction (father); mother's mental health (PND); alcohol\nProtective factors: grandparents; school engagement\n"
            "Overall level: MEDIUM\nRecommendation: contact to be supervised until assessment completed")


@t("safety-assessment", via="internal")
def _(c, r):
    return (f"Harmful conflict - assessment tool\nUsed with: {c.app} and {c.resp} separately\nScaling (0-10) how safe do you feel at handovers? A: {r.randrange(2, 8)} R: {r.randrange(5, 10)}\n"
            "Patterns: disputes escalate via text; children used to pass messages\nConclusion: conflict is harmful to the children; SPIP recommended.")


@t("safety-assessment", via="internal", src="scan")
def _(c, r):
    return (f"Welfare referral to {c.la} Children's Services\nReferrer: {c.fca}, {c.team}\nChild: {c.k.full} DOB {c.k.dob.slash}\n"
            f"Reason: during telephone screening {c.respf} disclosed that {c.partner} has been violent in front of the children and has threatened to take {c.k.first}. "
            "Immediate risk? No - child at school. Parent aware of referral? Yes")


@t("safety-assessment", via="internal")
def _(c, r):
    return (f"LADO referral\nPerson who works with children: {c.partner}, employed as a {pick(r, 'teaching assistant', 'youth football coach', 'nursery worker', 'school bus driver')}\n"
            f"Concern: allegation in the C1A that {c.partner} assaulted {c.k.first}\nReferred by {c.fca} on {c.today.slash}\nLADO outcome: awaited")


@t("safety-assessment", cy=True, via="internal")
def _(c, r):
    return (f"##Asesiad diogelwch\nRhif yr achos: {c.cn}\nFfactorau risg: euogfarn cam-drin domestig (tad); iechyd meddwl y fam\nFfactorau amddiffynnol: neiniau a theidiau; yr ysgol\n"
            f"Lefel risg gyffredinol: CANOLIG\nArgymhelliad: cyswllt dan oruchwyliaeth nes bod yr asesiad wedi'i gwblhau.\n{c.fca}")


@t("safety-assessment", cy=True, via="internal", src="scan")
def _(c, r):
    return (f"Cynllun diogelwch gyda {c.mum} - {c.today.cy}\n1. Trosglwyddo'r plant yn yr ysgol yn unig\n2. Dim cyswllt uniongyrchol ag {c.dadf}\n"
            "3. Os bydd yn dod i'r tŷ, ffonio 999\nRhannwyd gyda: y fam yn unig")


# ============================================================================================
# reporting-to-court: safeguarding-letter, section-7-report, guardian-analysis, letter-to-court,
# addendum-report
# ============================================================================================
def _report_head(c, r, title):
    return (f"@@{c.cafcass}\n##{title}\n" + fields(r, [("Court", c.court), ("Case number", c.cn), ("Applicant", c.app), ("Respondent", c.resp),
            ("Child(ren)", "; ".join(c.kidlist)), ("Author", f"{c.fca}, Family Court Adviser"), ("Date", c.today.slash)]))


@t("safeguarding-letter", via="cafcass", long=True)
def _(c, r):
    return (_report_head(c, r, "Safeguarding letter") + "\n1. Introduction\nThis letter is written to the court before the first hearing. It sets out the outcome of safeguarding checks and telephone interviews.\n"
            f"2. Checks with the police\n{c.police}: {pick(r, 'no trace for either party', 'two domestic incidents recorded, no charges', 'father has a caution for common assault (2018)')}\n"
            f"3. Checks with the local authority\n{c.la}: {pick(r, 'not known', 'known - CIN 2021, closed', 'open to early help')}\n"
            "4. Interviews with the parties\nBoth parents raised concerns about the other's care...\n5. Recommendations\nCafcass recommends that a section 7 report is ordered.")


@t("safeguarding-letter", via="cafcass")
def _(c, r):
    return (f"To the court - {c.place}\nCase {c.cn}  Hearing {c.hearing.slash}\nSafeguarding checks have been completed. No safeguarding issues were identified. "
            f"Both parents agree that {c.kidnames} should live with {c.mumf} and spend time with {c.dadf}; the dispute is about the handover time.\n"
            "Cafcass does not need to be involved further in this case unless the court identifies a need at the first hearing.\n" + c.fca)


@t("safeguarding-letter", via="court", src="scan", long=True)
def _(c, r):
    return (f"OFFICIAL - SENSITIVE\n{c.case_name}\nSAFEGUARDING LETTER (CAP)\nPage 1 of 6\nSummary of key safeguarding issues:\n- allegations of coercive and controlling behaviour (mother)\n"
            f"- father's reported drug use (cocaine) - denied\n- police callouts x3 to {c.street}\nWishes of the parties:\nApplicant wants: shared care\nRespondent wants: supervised contact only\n"
            "OFFICIAL - SENSITIVE\nPage 2 of 6\nCafcass's view of what the court should consider ...")


@t("safeguarding-letter", via="cafcass")
def _(c, r):
    return (f"Dear {c.judge}\nRe: {c.kidnames}\nI write following safeguarding enquiries. The father opted out of the telephone interview. "
            "The mother was interviewed and describes a history of abuse including damage to property.\nPolice information shows a non-molestation order in force until "
            f"{c.today.add(150).long}.\nIn light of the allegations I recommend the court considers whether a fact-finding hearing is necessary (PD12J).\n{c.fca}\nFCA, Early Intervention")


@t("safeguarding-letter", via="cafcass", long=True)
def _(c, r):
    return (f"Safeguarding Enquiries (Private Law)\n{c.cn}\nChecks: Police - received {c.last.slash}; Local authority - received {c.last.add(2).slash}\n"
            "Were the parties spoken to? Applicant Y Respondent Y\nIssues identified: harmful conflict; mental health (applicant); housing\n"
            "Recommendation: SPIP for both parties; consider s7 if no agreement. Cafcass will not attend the FHDRA.")


@t("safeguarding-letter", via="cafcass", src="upload")
def _(c, r):
    return (f"Addendum safeguarding letter\n{c.case_name}\nSince my letter dated {c.last.long} updated police information has been received. It records an incident on "
            f"{c.last.add(3).long} at which the father was arrested. In view of this I amend my recommendation: contact should not progress to unsupervised pending the s7 report.")


@t("safeguarding-letter", via="cafcass")
def _(c, r):
    return (f"Further to the court's request: Cafcass has now completed its safeguarding enquiries in respect of {c.k.full} ({c.k.age}).\n"
            f"Police: {c.police} records 1 incident.\nLocal authority: {c.la} - currently open (CIN).\n"
            f"Given current LA involvement, Cafcass recommends a s7 report is directed to the local authority.\nSigned: {c.fca} Date {c.today.slash}")


@t("safeguarding-letter", cy=True, via="cafcass")
def _(c, r):
    return (f"@@CAFCASS Cymru\n##Llythyr diogelu\nLlys: {c.court_cy}\nRhif yr achos: {c.cn}\nPlant: {c.kidnames_cy}\n"
            f"1. Gwiriadau gyda'r heddlu: {pick(r, 'dim cofnod', 'dau ddigwyddiad domestig, dim cyhuddiadau')}\n2. Gwiriadau gyda'r awdurdod lleol: ddim yn hysbys\n"
            "3. Cyfweliadau gyda'r partïon: cododd y ddau riant bryderon.\n4. Argymhelliad: dylid gorchymyn adroddiad adran 7.\n" + c.fca)


@t("safeguarding-letter", cy=True, via="cafcass", src="upload")
def _(c, r):
    return (f"Llythyr Diogelu / Safeguarding Letter\n{c.cn}\nNi nodwyd unrhyw faterion diogelu. No safeguarding issues were identified.\n"
            f"Mae'r rhieni'n cytuno y bydd {c.kidnames_cy} yn byw gyda'u mam. The parents agree that the children will live with their mother.\nCAFCASS Cymru")


@t("section-7-report", via="cafcass", long=True)
def _(c, r):
    return (_report_head(c, r, "Section 7 report") + "\n1. Summary of recommendations\n1.1 " +
            f"{c.kidnames} should live with {c.mumf}.\n1.2 Time with {c.dadf} alternate weekends Friday to Sunday.\n2. Background\n"
            f"2.1 The parents separated in {c.last.d.year - 2}. {c.app} applied for a child arrangements order on {c.last.add(-90).long}.\n"
            "3. Enquiries undertaken\n- home visits to both parents\n- children seen at school\n- checks with police and local authority\n4. Welfare checklist...")


@t("section-7-report", via="cafcass", src="scan", long=True)
def _(c, r):
    return (f"{c.case_name}\nReport under section 7 Children Act 1989\nContents\n1 Recommendation ........ 2\n2 Enquiries ........ 3\n3 The child's wishes and feelings ........ 4\n"
            "4 Welfare checklist analysis ........ 6\n5 Conclusion ........ 11\nAppendix: sources of information\nPage 1 of 12")


@t("section-7-report", via="la", long=True)
def _(c, r):
    return (f"@@{c.la}\n##REPORT OF THE LOCAL AUTHORITY PURSUANT TO SECTION 7\nAuthor: {c.sw}, Social Worker\nChildren: {c.kidnames}\n"
            f"The court directed {c.la} to prepare this report because the family are known to children's services.\n"
            f"1. The children's wishes and feelings\n{c.k.first} told me {c.k.he} wants to see dad 'but not sleep there yet'.\n2. Physical, emotional and educational needs ...")


@t("section-7-report", via="cafcass", long=True)
def _(c, r):
    return (f"Welfare checklist\n(a) the ascertainable wishes and feelings of the child concerned (considered in the light of {c.k.his} age and understanding)\n"
            f"{c.k.first} is {c.k.age}. {c.k.He} was clear that {c.k.he} wants to spend more time with {c.dadf} and asked whether {c.k.he} could tell the judge.\n"
            "(b) physical, emotional and educational needs\nBoth parents are able to meet basic care needs.\n(c) the likely effect on the child of any change in circumstances\n"
            f"A move of school would be unsettling...\nPage 7 of 14   {c.cn}")


@t("section-7-report", via="cafcass", src="upload")
def _(c, r):
    return (f"S7 - {c.k.first}\nRecommendation: no order. The parents have reached agreement during my involvement and I do not consider an order is needed.\n"
            f"Analysis: the conflict has reduced since the SPIP. {c.k.first} is settled.\nI do not need to attend the next hearing unless the court directs.\n{c.fca} {c.today.slash}")


@t("section-7-report", via="cafcass", long=True)
def _(c, r):
    return (f"Report to the court - child arrangements\nPrepared by {c.fca} at the direction of {c.judge} dated {c.last.long}\n"
            "Issues the court asked me to address: (i) where the children should live (ii) contact with the father (iii) whether the father's new partner poses a risk\n"
            f"Sources: interviews with {c.app}, {c.resp}, {c.partner}; {c.school}; GP; police; {c.la}\n"
            "Analysis\nThe allegations against the father's partner relate to 2016 and ...")


@t("section-7-report", via="cafcass", src="scan")
def _(c, r):
    return (f"10. Recommendations\n10.1 That {c.kidnames} live with {c.appf}.\n10.2 That they spend time with {c.respf} each Wednesday after school and every other weekend.\n"
            "10.3 A Family Assistance Order for 6 months.\n10.4 That I am released from the proceedings.\n"
            f"Signed\n{c.fca}\nFamily Court Adviser\n{c.today.long}\nPage 14 of 14")


@t("section-7-report", cy=True, via="cafcass", long=True)
def _(c, r):
    return (f"@@CAFCASS Cymru\n##Adroddiad adran 7\nLlys: {c.court_cy}\nRhif yr achos: {c.cn}\nAwdur: {c.fca}, Cynghorydd Llys Teulu\n"
            f"1. Crynodeb o'r argymhellion\n1.1 Dylai {c.kidnames_cy} fyw gyda'u mam.\n1.2 Dylent dreulio amser gyda'u tad bob yn ail benwythnos.\n"
            f"2. Dymuniadau a theimladau'r plant\nDywedodd {c.k.first} wrthyf {c.k.bod} yn hapus yn yr ysgol ond {c.k.bod} yn colli {c.k.dad_cy}.\n3. Y rhestr wirio lles ...")


@t("section-7-report", cy=True, via="cafcass", src="scan")
def _(c, r):
    return (f"Argymhellion\nDylai {c.kidnames_cy} fyw gyda {c.appf}.\nDylent dreulio amser gyda {c.respf} bob dydd Mercher ar ôl ysgol.\n"
            f"Llofnod: {c.fca}\nDyddiad: {c.today.cy}\nTudalen 12 o 12")


@t("guardian-analysis", via="cafcass", long=True)
def _(c, r):
    return (f"@@{c.cafcass}\n##INITIAL ANALYSIS AND RECOMMENDATIONS OF THE CHILDREN'S GUARDIAN\n{c.la} v {c.mum_sur} and {c.dad_sur}\nCase number {c.cn}\n"
            f"Children's guardian: {c.fca}\nFor the hearing on: {c.hearing.long}\n1. The local authority's application\nThe LA applied for interim care orders on {c.last.long}.\n"
            "2. Interim threshold\nI agree the interim threshold is crossed on the basis of neglect.\n3. Interim removal\n...")


@t("guardian-analysis", via="cafcass", src="scan", long=True)
def _(c, r):
    return (f"Final analysis of the children's guardian\nPage 1 of 22\nSummary\nThe local authority's care plan for {c.k.first} is placement for adoption. "
            f"I support the plan. I have considered the realistic options: (a) return to mother (b) special guardianship to maternal aunt (c) long-term fostering (d) adoption.\n"
            "Holistic analysis of realistic options ...")


@t("guardian-analysis", via="cafcass")
def _(c, r):
    return (f"Guardian's position / analysis - IRH\n{c.cn}\nParenting assessment of mother: negative. I agree with its conclusions.\n"
            f"Viability of paternal grandmother {c.gran}: positive, full SGO assessment now underway.\n"
            f"The children's wishes: {c.k.first} wants to 'stay with nan'.\nRecommendation: timetable extended to allow SGO assessment.\n{c.fca}, Children's Guardian")


@t("guardian-analysis", via="cafcass", long=True)
def _(c, r):
    return (f"Analysis - rule 16.4 guardian\nIn the matter of {c.kidnames}\nThe court appointed me as guardian because of the long-running dispute. I have met {c.k.first} three times.\n"
            f"{c.k.first} has consistently said {c.k.he} does not want to see {c.dadf}. I have considered whether this reflects influence.\n"
            "Recommendation: a psychological assessment of the family (Part 25) before any final decision.")


@t("guardian-analysis", via="cafcass", src="upload")
def _(c, r):
    line, rc = rcline(c, r, ["looked-after-child", "adoption"])
    return {"text": f"Children's guardian - analysis for placement order hearing\n{line}\nChild: {c.k.full}\nThe local authority seeks a placement order. "
            "Nothing else will do. I have read the adoption support plan and consider the contact plan (letterbox twice a year) proportionate.\n"
            f"Guardian: {c.fca}", "rc": rc}


@t("guardian-analysis", via="cafcass")
def _(c, r):
    return (f"Interim analysis - EPO/ICO hearing\nChild: {c.k.first}, aged {c.k.age}\nThe guardian had limited time (instructed on {c.last.long}, hearing next day).\n"
            "The guardian has spoken to the social worker and the child's solicitor, not yet to the parents. On the information available the guardian supports separation "
            "as a proportionate interim measure.")


@t("guardian-analysis", via="cafcass", long=True)
def _(c, r):
    return (f"Welfare checklist analysis (s1(3) CA 1989 and s1(4) ACA 2002)\nAge, sex, background and relevant characteristics: {c.k.first} is a {c.k.age} year old of {pick(r, 'mixed White and Black Caribbean', 'Polish', 'White British', 'Bangladeshi')} heritage.\n"
            "Harm suffered or at risk of suffering: chronic neglect; exposure to domestic abuse\nCapability of parents: neither parent has been able to sustain change.\n"
            "The guardian's recommendation: care order and the LA's plan of long-term fostering.")


@t("guardian-analysis", cy=True, via="cafcass", long=True)
def _(c, r):
    return (f"@@CAFCASS Cymru\n##Dadansoddiad cychwynnol y gwarcheidwad plant\n{c.la_cy} v {c.mum_sur} a {c.dad_sur}\nRhif yr achos: {c.cn}\n"
            f"Gwarcheidwad plant: {c.fca}\n1. Cais yr awdurdod lleol\nGwnaeth yr awdurdod lleol gais am orchmynion gofal interim.\n"
            "2. Y trothwy interim\nRwy'n cytuno bod y trothwy interim wedi'i groesi ar sail esgeulustod.\n3. Argymhelliad ...")


@t("guardian-analysis", cy=True, via="cafcass")
def _(c, r):
    return (f"Dadansoddiad terfynol y gwarcheidwad\nPlentyn: {c.k.full}\nCynllun gofal yr awdurdod lleol yw gorchymyn gwarcheidiaeth arbennig i'r fodryb. "
            "Rwy'n cefnogi'r cynllun.\nDymuniadau'r plentyn: mae am aros gyda'i modryb (chwaer y fam).\n" + c.fca + ", Gwarcheidwad Plant")


@t("letter-to-court", via="cafcass")
def _(c, r):
    return (f"@@{c.cafcass}\nTo: The Court Manager, {c.court}\nCase {c.cn} {c.case_name}\n{c.today.long}\nDear Sir/Madam\n"
            "I write at the end of the Family Assistance Order made on " + f"{c.last.add(-180).long}. During the order I met with the family on six occasions. "
            f"Contact has been taking place as ordered and {c.kidnames} have settled into the routine. I ask that this letter is placed on the court file.\nYours faithfully\n{c.fca}")


@t("letter-to-court", via="cafcass", email=True)
def _(c, r):
    return {"text": f"Dear Listing Officer,\nI am the FCA preparing the s7 report in {c.cn}. Due to the late receipt of the police disclosure I will not be able to file my report by "
            f"{c.hearing.add(-14).long}. I request a short extension of 7 days. The hearing date will not be affected.\nKind regards\n{c.fca}",
            "subject": f"{c.cn} - request for extension of time"}


@t("letter-to-court", via="cafcass")
def _(c, r):
    return (f"Dear {c.judge}\nI am writing to update the court in place of a report. Since the last hearing the parents have agreed arrangements and signed a parenting plan. "
            f"{c.k.first} told me {c.k.he} is happy with the plan. In these circumstances I respectfully suggest no further report is required.\n{c.fca}\nFamily Court Adviser")


@t("letter-to-court", via="cafcass", src="scan")
def _(c, r):
    return (f"to the Court\nRE {c.cn}\nFAO {c.judge}\nI have been unable to complete the enquiries directed because the respondent has not engaged despite 4 letters and 6 calls. "
            "I ask the court to consider making a further direction. I have seen the children.\nPage 1 of 1")


@t("letter-to-court", via="cafcass", email=True)
def _(c, r):
    return {"text": f"To the court at {c.place},\nI write to notify the court that Cafcass has today made a referral to {c.la} under section 47 following a disclosure by {c.k.first}. "
            "The police have been informed. I will file an updated safeguarding letter.\nRegards\n" + c.fca,
            "subject": f"URGENT - {c.cn} {c.case_name}"}


@t("letter-to-court", via="cafcass")
def _(c, r):
    return (f"Letter to the court - enforcement application\nCase {c.cn}\nThe court has asked Cafcass to monitor compliance with the child arrangements order under s11H. "
            f"I can report that 7 of 8 scheduled contacts took place. One was cancelled because {c.k.first} was unwell.\nI recommend the monitoring ends.\n{c.fca}, {c.today.slash}")


@t("letter-to-court", via="cafcass", src="scan")
def _(c, r):
    return (f"Dear Court,\nThe guardian, {c.fca}, writes to inform the court that she will be on leave from {c.today.add(10).long} to {c.today.add(24).long}. "
            f"The guardian's manager {c.mgr} will cover any urgent matters. The guardian will be able to attend the IRH.\nThank you")


@t("letter-to-court", cy=True, via="cafcass")
def _(c, r):
    return (f"At: Rheolwr y Llys, {c.court_cy}\nAchos {c.cn}\nAnnwyl Syr/Madam\nRwy'n ysgrifennu ar ddiwedd y Gorchymyn Cymorth i Deuluoedd. "
            f"Yn ystod y gorchymyn cwrddais â'r teulu chwe gwaith. Mae'r cyswllt wedi bod yn digwydd fel y gorchmynnwyd.\n"
            "Gofynnaf i'r llythyr hwn gael ei osod ar ffeil y llys.\nYn gywir\n" + c.fca)


@t("letter-to-court", cy=True, via="cafcass", email=True)
def _(c, r):
    return {"text": f"Annwyl Swyddog Rhestru,\nNi fyddaf yn gallu ffeilio fy adroddiad erbyn y dyddiad a orchmynnwyd oherwydd oedi gyda gwybodaeth yr heddlu. "
            "Gofynnaf am estyniad o saith diwrnod.\nCofion\n" + c.fca + "\nCAFCASS Cymru", "subject": f"{c.cn} - cais am estyniad"}


@t("addendum-report", via="cafcass", long=True)
def _(c, r):
    return (_report_head(c, r, "Addendum report") + f"\n1. Purpose of this report\nAt the hearing on {c.last.long} the court directed an addendum report to address "
            f"the outcome of the hair strand tests and {c.k.first}'s updated wishes.\n2. Update since my last report\nThe test results were negative for cocaine.\n3. Recommendation ...")


@t("addendum-report", via="cafcass")
def _(c, r):
    return (f"Addendum s7 - {c.cn}\nThis should be read alongside my report of {c.last.add(-60).long}.\nThe father has now completed the DAPP. "
            f"The provider's report is positive. I have seen {c.k.first} again; {c.k.he} wants overnights 'sometimes'.\nRevised recommendation: staying contact to begin fortnightly.\n{c.fca}")


@t("addendum-report", via="cafcass", src="scan", long=True)
def _(c, r):
    return (f"SECOND ADDENDUM\n{c.case_name}\nPage 1 of 5\nSince the first addendum the mother has moved to {pick(r, 'Blackpool', 'Swansea', 'Luton', 'Hartlepool')}. "
            "The court asked me to consider the impact of relocation on the children.\n1. Enquiries since last report ...")


@t("addendum-report", via="cafcass")
def _(c, r):
    return (f"Update report for the court\nFollowing the fact-finding judgment of {c.last.long}, in which the court found that the father had been controlling and had assaulted the mother on two occasions, "
            "I have reconsidered my recommendation.\nI no longer recommend unsupervised time. I recommend the father completes a DAPP first.\n" + c.fca)


@t("addendum-report", via="la", long=True)
def _(c, r):
    return (f"@@{c.la}\nAddendum to section 7 report\nAuthor: {c.sw}\nSince my original report dated {c.last.add(-45).long} the family has been stepped up to child protection. "
            f"An initial conference was held on {c.last.long}.\nImpact on recommendation: ...")


@t("addendum-report", via="cafcass", src="upload")
def _(c, r):
    return (f"Addendum - {c.k.first}'s wishes\nAs directed I met {c.k.first} again on {c.last.long} at school. {c.k.He} said 'I want it to stay the same, I'm happy'. "
            "My recommendation is unchanged from my main report.\nThis addendum is short as only one issue was identified by the court.")


@t("addendum-report", via="cafcass")
def _(c, r):
    return (f"Addendum report (Guardian)\nIn the matter of {c.kidnames}\nUpdate on the placement with foster carers; outcome of the sibling assessment; the guardian's view on the revised care plan.\n"
            "The guardian now supports the plan of placing the children together.")


@t("addendum-report", cy=True, via="cafcass", long=True)
def _(c, r):
    return (f"@@CAFCASS Cymru\n##Adroddiad atodol\nRhif yr achos: {c.cn}\nDylid darllen yr adroddiad hwn ochr yn ochr â'm hadroddiad dyddiedig {c.last.add(-60).cy}.\n"
            f"Mae'r tad bellach wedi cwblhau'r rhaglen. Gwelais {c.k.first} eto.\nArgymhelliad diwygiedig: cyswllt dros nos bob pythefnos.\n{c.fca}")


@t("addendum-report", cy=True, via="cafcass")
def _(c, r):
    return (f"Adroddiad atodol - dymuniadau {c.k.first}\nYn ôl cyfarwyddyd y llys cwrddais â {c.k.first} eto yn yr ysgol. "
            f"Dywedodd {c.k.bod} yn hapus gyda'r trefniadau presennol. Nid yw fy argymhelliad wedi newid.\n" + c.fca)


# ============================================================================================
# direct-work: letter-from-child, child-drawing, direct-work-record, child-meets-judge
# ============================================================================================
@t("letter-from-child", via="child", src="scan")
def _(c, r):
    return (f"Dear Judge\nmy name is {c.k.first} and I am {c.k.age}. I want to live at my dads house because there is more room and my dog is there. "
            f"I still love my mum but she shouts alot. Please can I see mum at weekends.\nfrom {c.k.first}\nxx")


@t("letter-from-child", via="child", src="scan")
def _(c, r):
    return (f"To {c.fca.split()[0]}\nthank you for listening to me today. I forgot to say that I dont want to go to the contact centre anymore because its boring "
            f"and the other kids are little. can I just see dad at McDonalds. {c.k.first}")


@t("letter-from-child", via="parent", email=True)
def _(c, r):
    return {"text": f"Hi its {c.k.first} using mums email. I wanted to tell you I am scared when dad gets angry in the car. "
            "I dont want to stay overnight yet. Mum didnt tell me to write this. bye", "subject": "from " + c.k.first}


@t("letter-from-child", via="child", src="scan")
def _(c, r):
    return (f"What I want the judge to know\nby {c.k.first} {c.k.sur}\n1. I like both my houses\n2. I dont like it when they argue on the doorstep\n"
            "3. I want to do football on Saturdays\n4. please dont make me choose")


@t("letter-from-child", via="child", src="upload")
def _(c, r):
    return (f"To whoever reads this,\nI'm {c.k.age} and I think I'm old enough to decide. I've told everyone for two years that I don't want to see him. "
            f"Every time I tell the Cafcass person it doesn't change. I want to stay at {c.school} and I want to live with my nan.\n{c.k.first}")


@t("letter-from-child", via="child", src="scan")
def _(c, r):
    return (f"dear dad\ni miss you. when can I come to yours. mum says the court will decide. I made you a card in school. love {c.k.first}\n"
            "(letter handed to FCA by child to be given to the court)")


@t("letter-from-child", via="child", src="scan")
def _(c, r):
    return (f"My wishes and feelings\nMy name: {c.k.first}\nWho I live with: mum and {pick(r, 'my brother', 'my sister', 'nanny')}\nWhat I want: to see daddy on saturdays and sundays\n"
            "What worries me: nothing\nI wrote this myself with help from my teacher with the spellings")


@t("letter-from-child", cy=True, via="child", src="scan")
def _(c, r):
    return (f"Annwyl Farnwr\n{c.k.first} ydw i ac rydw i'n {c.k.age} oed. Rydw i eisiau byw gyda mam ond gweld dad bob penwythnos. "
            f"Dydw i ddim yn hoffi pan maen nhw'n gweiddi.\nDiolch\n{c.k.first}")


@t("letter-from-child", cy=True, via="child", src="scan")
def _(c, r):
    return (f"I {c.fca.split()[0]}\nDiolch am wrando arna i heddiw. Dwi ddim eisiau mynd i'r ganolfan gyswllt eto achos mae'n ddiflas. "
            f"Ga i weld dad yn y parc?\n{c.k.first} x")


@t("child-drawing", via="child", src="scan")
def _(c, r):
    return f"{c.k.first}\nME  MUM  {c.kids[-1].first if len(c.kids) > 1 else 'BISCUIT'}\nmy house\n(sun) (tree)\nby {c.k.first} age {c.k.age}"


@t("child-drawing", via="child", src="scan")
def _(c, r):
    return (f"Drawing completed by {c.k.first} during session on {c.last.slash}\nCaption written by child: 'this is dad shouting and me hiding under the table'\n"
            f"Scanned by {c.fca.split()[0][0]}{c.fca.split()[-1][0]}")


@t("child-drawing", via="child", src="scan")
def _(c, r):
    return "i love you daddy\n<3 <3\nXXX\n" + c.k.first.upper()


@t("child-drawing", via="child", src="scan")
def _(c, r):
    return (f"MY FAMILY\nnanny  grandad  mummy  me  {c.partner.split()[0].lower()}\n(dad not drawn - child said 'he lives far away')\n{c.k.first} {c.last.dots}")


@t("child-drawing", via="child", src="scan")
def _(c, r):
    return f"l 0ve my mum\nand my d0g\n{c.k.first}\n(drawing of a dog, a house and a rainbow)"


@t("child-drawing", via="child", src="scan")
def _(c, r):
    return (f"Picture by {c.k.first} - 'my two houses'\nLeft side: mum's house - 'happy'\nRight side: dad's house - 'happy but I miss mum'\nDrawn at {c.team} office")


@t("child-drawing", via="child", src="scan")
def _(c, r):
    return f"Happy Birthday Dad\nfrom {c.k.first}\n(picture of a cake with {r.randrange(30, 45)} candles)\ngiven to worker to pass on - indirect contact"


@t("child-drawing", via="child", src="scan")
def _(c, r):
    return f"SAFE\n      NOT SAFE\nmy bedroom        the car\nschool            when ___ drinks\nnans house\n{c.k.first}"


@t("child-drawing", cy=True, via="child", src="scan")
def _(c, r):
    return f"Fy nheulu\nmam  fi  {c.kids[-1].first if len(c.kids) > 1 else 'Mot'}  mam-gu\nllun gan {c.k.first}, {c.k.age} oed"


@t("child-drawing", cy=True, via="child", src="scan")
def _(c, r):
    return f"Dwi'n caru ti Dad\nXXX\n{c.k.first}\n(llun o dŷ a haul)"


@t("direct-work-record", via="internal")
def _(c, r):
    return (f"##Direct work session\nChild: {c.k.first} ({c.k.age})\nDate: {c.last.slash}  Venue: {c.school}\nWorker: {c.fca}\n"
            f"Tools: Three Houses; scaling 1-10\nHow I explained my role: 'I help the judge understand what is important to children'\n"
            f"What {c.k.first} said: likes dad's house because of the trampoline; worries about mum being sad when {c.k.he} leaves.\n"
            "Scaling: happiness at mum's 9, at dad's 8\nAnalysis: child presents as having a secure attachment to both parents.")


@t("direct-work-record", via="internal", src="scan")
def _(c, r):
    return (f"Wishes and feelings worksheet\nMy name is {c.k.first}\nThe people in my family are: mum, dad, {c.gran.split()[0]}\nThree wishes: 1. a puppy 2. mum and dad to be friends 3. go to Disneyland\n"
            "If I could tell the judge one thing: I want to see dad more\n(completed with FCA)")


@t("direct-work-record", via="internal")
def _(c, r):
    return (f"Direct work record - {c.kidnames}\nSeen together then separately at the family centre on {c.last.long}.\nUsed the 'feelings faces' cards.\n"
            f"{c.kids[-1].first} chose the 'scared' card for handovers. {c.k.first} said they don't like the shouting at the door.\n"
            "Both children said they want to keep seeing both parents.\nFeedback to parents: done separately by phone.")


@t("direct-work-record", via="internal")
def _(c, r):
    return (f"Record of direct work (tool: My Needs, Wishes and Feelings)\n{c.k.first}\nSection 1 About me: likes Minecraft, swimming\nSection 2 My family: lives with mum and {c.partner.split()[0]}\n"
            "Section 3 Things I want the court to know: 'I want my dad to stop drinking'\nWorker's reflection: child was articulate; no signs of coaching.")


@t("direct-work-record", via="internal", src="tree")
def _(c, r):
    return (f"Session 2 of 3 - life story / ecomap\n{c.k.full}\nInner circle: mum, nan, cat\nMiddle: dad, teacher Miss {r.choice(PRO_S)}\nOuter: uncle {r.choice(ADULT_M)}\n"
            f"{c.k.first} put dad in middle circle and said 'he's nice now'.")


@t("direct-work-record", via="internal")
def _(c, r):
    return (f"Worker's note: seeing {c.k.first} via video call (school closed). {c.k.first} showed me {c.k.his} bedroom. "
            f"{c.k.He} answered the questions on the 'ladder' tool: top of ladder = living with mum, bottom = 'seeing dad's friend'.\n{c.last.slash} {c.fca}")


@t("direct-work-record", via="internal", src="scan")
def _(c, r):
    return (f"Words and pictures explanation shared with {c.k.first}\nWhy can't I live with mummy?\nMummy was poorly and could not keep you safe. The judge decided you would live with "
            f"{c.gran.split()[0]} who loves you very much.\n(used in direct work session {c.last.slash}, guardian {c.fca})")


@t("direct-work-record", cy=True, via="internal")
def _(c, r):
    return (f"##Cofnod gwaith uniongyrchol\nPlentyn: {c.k.first} ({c.k.age} oed)\nDyddiad: {c.last.cy}\nLleoliad: yr ysgol\nGweithiwr: {c.fca}\n"
            f"Offer: tri thŷ\nBeth ddywedodd {c.k.first}: mae'n hoffi tŷ dad oherwydd y trampolîn; mae'n poeni bod mam yn drist.\n"
            "Dadansoddiad: mae gan y plentyn berthynas gynnes gyda'r ddau riant.")


@t("direct-work-record", cy=True, via="internal", src="scan")
def _(c, r):
    return (f"Taflen dymuniadau a theimladau\nFy enw i yw {c.k.first}\nYn fy nheulu mae: mam, dad, mam-gu\nTri dymuniad: 1. ci bach 2. mam a dad i fod yn ffrindiau 3. mynd i'r traeth\n"
            "Un peth i'r barnwr: dwi eisiau gweld dad yn amlach")


@t("child-meets-judge", via="court")
def _(c, r):
    return (f"##Note of meeting between {c.judge} and {c.k.first}\nDate: {c.last.long}  Place: judge's room, {c.place}\nPresent: the judge; {c.k.first}; {c.fca} (Cafcass)\n"
            f"The judge explained that the judge would make the decision and that {c.k.first} would not be asked to choose. {c.k.first} said {c.k.he} likes both homes.\n"
            "The judge explained that a note of the meeting would be shared with the parents. Meeting lasted 20 minutes.")


@t("child-meets-judge", via="internal")
def _(c, r):
    return (f"Record of child's visit to court\n{c.k.first} met the judge on {c.last.slash} accompanied by the guardian. {c.k.first} gave the judge a letter and a picture.\n"
            f"The judge thanked {c.k.him}. The purpose was for {c.k.first} to understand who is deciding, not to give evidence.\nGuardian: {c.fca}")


@t("child-meets-judge", via="court", src="scan")
def _(c, r):
    return (f"JUDGE'S NOTE\nIn the Family Court at {c.place}\n{c.cn}\nI met {c.k.first} (aged {c.k.age}) today in accordance with the Guidelines for Judges Meeting Children. "
            f"{c.k.first} asked me if {c.k.he} could stay at the same school. I told {c.k.him} I would think carefully about everything.\n{c.judge}")


@t("child-meets-judge", via="internal")
def _(c, r):
    return (f"{c.cn} - note of meeting with judge (FCA's notes)\n- {c.k.first} nervous at first, warmed up\n- asked judge 'do you have a dog'\n"
            "- said wants to see dad at weekends and mum in week\n- judge reassured child it's not their decision\n- left court at 11.45 with mum")


@t("child-meets-judge", via="court")
def _(c, r):
    return (f"Note of the conversation between the judge and the children\nChildren present: {c.kidnames}\nThe children had asked to meet me. They came to court with their guardian, {c.fca}. "
            "They told me they were fed up of the arguments. I did not discuss the evidence.\nThis note will be sent to the parties' representatives.")


@t("child-meets-judge", via="internal", src="scan")
def _(c, r):
    return (f"Preparation for {c.k.first} to meet the judge\nExplained: the judge is a person who listens, wears normal clothes today\nChild's questions: 'will mum know what I say?'\n"
            f"Meeting took place {c.last.slash} 10:00-10:20, {c.judge}.\nAfterwards {c.k.first} said 'it was alright, she was nice'.")


@t("child-meets-judge", via="court")
def _(c, r):
    return (f"Re {c.k.first} - Meeting with judge\nI record that at the request of {c.k.first}, and with the agreement of the guardian, I met {c.k.him} on {c.last.long}. "
            f"{c.k.first} wanted me to know {c.k.he} plays in a band. I took no evidence.\n{c.judge}")


@t("child-meets-judge", via="internal")
def _(c, r):
    return (f"Child met the judge - summary for file\nDate {c.last.dots}; {c.court}\nWho: {c.k.first}, {c.judge}, FCA {c.fca}, court usher briefly\nChild gave judge a drawing (scanned separately)\n"
            "Judge told child outcome would be explained by FCA")


@t("child-meets-judge", cy=True, via="court")
def _(c, r):
    return (f"##Nodyn o gyfarfod rhwng y barnwr a'r plentyn\nDyddiad: {c.last.cy}\nLle: ystafell y barnwr, {c.place_cy}\nYn bresennol: {c.judge_cy}; {c.k.first}; {c.fca} (CAFCASS Cymru)\n"
            f"Esboniodd y barnwr mai'r barnwr fyddai'n gwneud y penderfyniad. Dywedodd {c.k.first} {c.k.bod} yn hoffi'r ddau gartref.")


@t("child-meets-judge", cy=True, via="internal")
def _(c, r):
    return (f"Cofnod: {c.k.first} yn cwrdd â'r barnwr\nAeth {c.k.first} i'r llys ar {c.last.cy} gyda'r gwarcheidwad. Rhoddodd lun i'r barnwr. "
            "Ni chymerodd y barnwr dystiolaeth.\n" + c.fca)


# ============================================================================================
# court-orders: court-order, directions-order
# ============================================================================================
def _order_head(c, r):
    return (f"@@IN THE FAMILY COURT SITTING AT {c.place.upper()}\nCase number: {c.cn}\nThe Children Act 1989\nThe child(ren): " + "; ".join(c.kidlist))


@t("court-order", via="court", long=True)
def _(c, r):
    return (_order_head(c, r) + f"\n##CHILD ARRANGEMENTS ORDER\nBefore {c.judge} on {c.last.long}\nThe court orders that:\n"
            f"1. The children shall live with {c.appf if c.app_role == 'mother' else c.respf} ({'the mother'}).\n"
            f"2. The children shall spend time with the father every other weekend from Friday 5pm to Sunday 5pm.\n3. Handovers shall take place at {c.school}.\n"
            "4. No order as to costs.\nWarning notice: if a person fails to comply with a child arrangements order...")


@t("court-order", via="court")
def _(c, r):
    return (f"NON-MOLESTATION ORDER\nFamily Law Act 1996 section 42\nThe Respondent: {c.resp}\nIMPORTANT NOTICE TO THE RESPONDENT\nYou must obey this order. "
            f"If you do not you will be guilty of a criminal offence and may be sent to prison.\nThe respondent must not use or threaten violence against the applicant and must not go within 100 metres of {c.street}.\n"
            f"This order lasts until {c.today.add(365).long}.")


@t("court-order", via="court", src="scan")
def _(c, r):
    return (f"Order - {c.case_name}\nUPON the court having read the s7 report\nAND UPON the parties reaching agreement\nIT IS ORDERED BY CONSENT\n"
            f"1. {c.kidnames} live with both parents (shared care) week on week off.\n2. The proceedings are concluded.\n3. Cafcass is released.\nDated {c.last.dots}")


@t("court-order", via="court", long=True)
def _(c, r):
    line, rc = rcline(c, r, ["looked-after-child"])
    return {"text": (_order_head(c, r) + f"\nINTERIM CARE ORDER\nThe local authority: {c.la}\nThe court is satisfied there are reasonable grounds for believing the threshold criteria are met.\n"
            f"The court makes an interim care order in respect of the children until {c.hearing.long} or further order.\n{line}"), "rc": rc}


@t("court-order", via="court")
def _(c, r):
    return (f"SPECIAL GUARDIANSHIP ORDER\nSection 14A Children Act 1989\nThe court appoints {c.gran} as special guardian of {c.k.full}.\n"
            f"The child shall spend time with the mother once per month, supervised by the special guardian.\nOrder made by {c.judge}")


@t("court-order", via="court", src="scan")
def _(c, r):
    return (f"Family Court at {c.place}\n{c.cn}\nPROHIBITED STEPS ORDER\nThe father {c.dad} must not remove {c.k.first} from the care of the mother or from school.\n"
            f"This order was made without notice. The father may apply to set aside.\nReturn date: {c.hearing.long}")


@t("court-order", via="court")
def _(c, r):
    return (f"In the High Court of Justice, Family Division\nIn the matter of {c.k.full} (a child)\nAnd in the matter of the inherent jurisdiction\n"
            f"The child is a ward of court... The passports of the father shall be surrendered to the Tipstaff. Port alert in force until {c.today.add(90).long}.")


@t("court-order", via="court", src="upload")
def _(c, r):
    return (f"Final order\nThe application dated {c.last.add(-200).long} is dismissed. There shall be a section 91(14) order preventing the father from making further applications without "
            f"the leave of the court for 2 years.\nCase no {c.cn}\nFamily Assistance Order: Cafcass to assist the family for 6 months.")


@t("court-order", cy=True, via="court")
def _(c, r):
    return (f"YN Y LLYS TEULU YN EISTEDD {c.yn.upper()}\nIN THE FAMILY COURT SITTING AT {c.place.upper()}\n"
            f"Rhif yr achos / Case number: {c.cn}\n##GORCHYMYN TREFNIADAU PLANT / CHILD ARRANGEMENTS ORDER\n"
            f"Bydd {c.kidnames_cy} yn byw gyda'u mam.\nThe children shall live with their mother.\nByddant yn treulio amser gyda'u tad bob yn ail benwythnos.\n"
            "They shall spend time with their father every other weekend.")


@t("court-order", cy=True, via="court", src="scan")
def _(c, r):
    return (f"Gorchymyn terfynol\nGerbron {c.judge_cy}\nDrwy gytundeb, mae'r llys yn gorchymyn:\n1. Bydd {c.k.first} yn byw gyda'r ddau riant.\n"
            f"2. Daw'r achos i ben.\n3. Rhyddheir CAFCASS Cymru.\nDyddiad: {c.last.cy}")


@t("directions-order", via="court", long=True)
def _(c, r):
    return (_order_head(c, r) + f"\n##CASE MANAGEMENT ORDER - FHDRA\nBefore {c.judge} sitting on {c.last.long}\nIT IS ORDERED THAT\n"
            f"1. Cafcass shall file and serve a section 7 report by 4pm on {c.hearing.add(-14).long} addressing the wishes and feelings of the children and the allegations of DA.\n"
            f"2. The police shall disclose to the court any records relating to {c.street}.\n3. The matter is listed for a DRA on {c.hearing.long}, time estimate 2 hours.")


@t("directions-order", via="court")
def _(c, r):
    return (f"ORDER\nUpon the court considering Part 25 FPR 2010\n1. Permission is granted to instruct Dr {c.expert} to prepare a psychological assessment of the family.\n"
            "2. The letter of instruction shall be agreed by the guardian and sent by 7 days.\n3. The expert shall file the report by ...\n"
            f"4. The cost shall be shared equally. Listed for IRH on {c.hearing.long}.")


@t("directions-order", via="court", src="scan")
def _(c, r):
    return (f"{c.cn} Directions\n1. Hair strand testing of the father for cocaine and alcohol over 6 months by {c.lab}.\n2. The mother to file a statement responding to the father's Scott Schedule within 14 days.\n"
            "3. Fact-finding hearing listed 2 days.\n4. Cafcass to attend the fact-finding: not required.")


@t("directions-order", via="court")
def _(c, r):
    return (f"Order: Gateway hearing\nThe court directs that:\n(a) the application is allocated to District Judge level\n(b) safeguarding letter from Cafcass to be received before the hearing\n"
            f"(c) the parties shall attend a MIAM\n(d) the hearing on {c.hearing.long} shall be by video (CVP).")


@t("directions-order", via="court", long=True)
def _(c, r):
    return (f"STANDARD DIRECTIONS ON ISSUE - CARE PROCEEDINGS\nLocal authority: {c.la}\nChildren's guardian appointed: {c.fca}\n1. The LA to file its evidence and care plan by day 2.\n"
            "2. The guardian to file an initial analysis by the CMH.\n3. Parents to file responses to threshold.\n4. CMH listed on day 12.\n5. Disclosure by the police of material relating to the parents.")


@t("directions-order", via="court")
def _(c, r):
    return (f"The court, having considered the safeguarding letter, directs:\n- The Local Authority ({c.la}) to prepare a section 7 report\n- The report to be filed by {c.hearing.add(-7).long}\n"
            f"- The children to be seen by the report writer\n- Liberty to apply\n{c.judge}\n{c.place} Family Court")


@t("directions-order", via="court", src="upload")
def _(c, r):
    return (f"Order for directions (adjournment)\nThe hearing on {c.last.long} is adjourned because the s7 report is not available.\nCafcass to file report by 7 days before the adjourned hearing.\n"
            "The respondent's application for an extension is granted. No order as to costs.")


@t("directions-order", cy=True, via="court")
def _(c, r):
    return (f"Y LLYS TEULU\nRhif yr achos: {c.cn}\n##GORCHYMYN RHEOLI ACHOS\nGerbron {c.judge_cy} ar {c.last.cy}\nMAE'R LLYS YN GORCHYMYN\n"
            f"1. Bydd CAFCASS Cymru yn ffeilio adroddiad adran 7 erbyn 4pm ar {c.hearing.add(-14).cy}.\n2. Bydd yr heddlu yn datgelu unrhyw gofnodion perthnasol.\n"
            f"3. Rhestrir y mater ar gyfer gwrandawiad ar {c.hearing.cy}.")


@t("directions-order", cy=True, via="court", src="scan")
def _(c, r):
    return (f"Cyfarwyddiadau / Directions\n{c.cn}\n1. Profion gwallt ar gyfer y tad. Hair strand tests for the father.\n2. Y fam i ffeilio datganiad o fewn 14 diwrnod. "
            "The mother to file a statement within 14 days.\n3. Gwrandawiad canfod ffeithiau. Fact-finding hearing.")


# ============================================================================================
# court-papers: application, position-statement, witness-statement, previous-cafcass
# ============================================================================================
@t("application", via="court", long=True)
def _(c, r):
    return ("##C100\nApplication under the Children Act 1989 for a child arrangements, prohibited steps or specific issue order\n" +
            "Section 1 About you (the applicant)\n" + fields(r, [("First name(s)", c.appf), ("Last name", c.app.split()[-1]), ("Relationship to child", c.app_role.capitalize())]) +
            "\nSection 2 The order(s) you are asking for\n" + tick(r, ["Child arrangements order", "Prohibited steps order", "Specific issue order"], "Child arrangements order") +
            "\nHave you attended a MIAM? " + tick(r, ["Yes", "No"], r.choice(["Yes", "No"])) + f"\nPage 1 of 18  C100 Application (06.23)")


@t("application", via="court", src="scan")
def _(c, r):
    return ("C1A  Allegations of harm and domestic violence (supplementary information)\nPart 2 Please list the harm\n"
            f"Type: physical  Dates: {c.last.add(-400).slash}  Details: he pushed me down the stairs while I was holding {c.k.first}\n"
            "Type: emotional/psychological  Dates: ongoing  Details: checks my phone, tracks my car, calls me names in front of the kids\n"
            "Have the children seen or heard this? Yes No\nWere the police called? Yes")


@t("application", via="court")
def _(c, r):
    return (f"FORM C2\nApplication for permission to start proceedings / for an order or directions in existing proceedings\nCase number {c.cn}\n"
            f"Applicant: {c.gran}\nWhat are you asking the court to do? To be joined as a party and for a child arrangements order for {c.k.first} to live with me.\n"
            "Reasons: the children have lived with me since March.")


@t("application", via="court", src="scan", long=True)
def _(c, r):
    return (f"FL401\nApplication for: a non-molestation order; an occupation order\nApplicant: {c.mum}\nRespondent: {c.dad}\nRelationship: formerly married\n"
            f"Are there children? Yes - {c.kidnames}\nWithout notice? YES - the respondent has threatened to take the children\nStatement in support attached (5 pages)")


@t("application", via="court")
def _(c, r):
    return (f"C79 - Application related to enforcement of a child arrangements order\nCase {c.cn}\nThe order was made on {c.last.add(-120).long}.\n"
            f"Details of breach: the mother has not made the children available on 6 occasions since {c.last.add(-60).long}.\nOrder sought: enforcement order / variation")


@t("application", via="la", long=True)
def _(c, r):
    return (f"C110A\nApplication for a care or supervision order and other orders under Part 4 of the Children Act 1989\nApplicant local authority: {c.la}\n"
            f"Children: {c.kidnames}\nOrders sought: interim care order; care order\nGrounds: the children are suffering significant harm attributable to the care given... "
            "Risk: neglect, parental drug use, domestic abuse\nPLO pre-proceedings: yes, letter before proceedings sent")


@t("application", via="court", src="upload")
def _(c, r):
    return (f"Online application summary (submitted via HMCTS Private Law service)\nApplication reference: {r.randrange(1000, 9999)}-{r.randrange(1000, 9999)}-{r.randrange(1000, 9999)}-{r.randrange(1000, 9999)}\n"
            f"Submitted: {c.last.long}\nApplicant: {c.app}\nYou're asking for: Spend time with order; Specific issue - change of school\nUrgent hearing requested: No\nConsent order: No")


@t("application", via="court")
def _(c, r):
    return (f"A58 - Application for an adoption order\nApplicants: Mr and Mrs {r.choice(SURN)} (step-parent adoption)\nChild: {c.k.full}\n"
            f"Birth parent whose consent is sought: {c.dad}\nThe child has lived with the applicants for 3 years.")


@t("application", cy=True, via="court")
def _(c, r):
    return (f"C100 - Cais o dan Ddeddf Plant 1989 am orchymyn trefniadau plant\nAdran 1 Amdanoch chi (y ceisydd)\nEnw cyntaf: {c.appf}\nCyfenw: {c.app.split()[-1]}\n"
            f"Perthynas â'r plentyn: {'Mam' if c.app_role == 'mother' else 'Tad'}\nAdran 2 Y gorchymyn(ion) rydych yn gofyn amdanynt\n[X] Gorchymyn trefniadau plant\nA ydych wedi mynychu MIAM? Do")


@t("application", cy=True, via="court", src="scan")
def _(c, r):
    return (f"C1A Honiadau o niwed a thrais domestig\nMath o niwed: corfforol\nDyddiad: {c.last.add(-300).cy}\nManylion: gwthiodd fi yn erbyn y wal o flaen y plant\n"
            "A gafodd yr heddlu eu galw? Do")


@t("position-statement", via="sol")
def _(c, r):
    return (f"IN THE FAMILY COURT AT {c.place.upper()}\n{c.cn}\n##POSITION STATEMENT ON BEHALF OF THE {c.resp_role.upper()}\nFor hearing: {c.hearing.long}\n"
            f"1. The {c.resp_role} opposes the application for overnight contact.\n2. She relies on the police disclosure which shows three call-outs.\n"
            f"3. She proposes supervised contact at {c.centre}.\nCounsel for the {c.resp_role}\n{c.sol1}")


@t("position-statement", via="cafcass")
def _(c, r):
    return (f"Position statement of Cafcass\nCase {c.cn}  Hearing {c.hearing.slash}\n1. The FCA has not yet completed the s7 report because the police information is outstanding.\n"
            f"2. The FCA has seen {c.k.first} once.\n3. Cafcass invites the court to extend the filing date by 14 days.\n{c.fca}")


@t("position-statement", via="la", long=True)
def _(c, r):
    return (f"@@{c.la}\nLOCAL AUTHORITY POSITION STATEMENT\nCMH {c.hearing.long}\nThe local authority seeks the renewal of the interim care orders.\n"
            "The parenting assessment of the mother is due. The father has not engaged.\nThe LA proposes to assess the paternal aunt.\nPolice disclosure was received on "
            f"{c.last.long} and is summarised at paragraph 12.")


@t("position-statement", via="parent", src="scan")
def _(c, r):
    return (f"My position for the hearing on {c.hearing.long}\nI am representing myself.\nWhat I want: to see my son every weekend and half the holidays.\n"
            "What I agree with in the Cafcass report: that I should do the parenting course. I have booked it.\nWhat I don't agree with: that contact should be supervised. "
            f"I have never been violent.\n{c.resp}")


@t("position-statement", via="cafcass", long=True)
def _(c, r):
    return (f"POSITION STATEMENT OF THE CHILDREN'S GUARDIAN\nFor the Issues Resolution Hearing\nChildren: {c.kidnames}\nThe guardian has read the final evidence of the local authority. "
            "The guardian supports the care plan of long-term fostering but wishes to see more detail on sibling contact.\nOutstanding: the guardian's final analysis will follow.")


@t("position-statement", via="sol", email=True)
def _(c, r):
    return {"text": f"Dear all,\nPlease find below the father's position for tomorrow's DRA in lieu of a formal document given the short time:\n"
            f"- He accepts the s7 recommendations save for the handover location\n- He seeks 3 weeks in the summer\n- He agrees to a s91(14) being lifted\nKind regards\n{c.csol}\n{c.sol2}",
            "subject": f"{c.case_name} {c.cn} - position for DRA"}


@t("position-statement", via="sol")
def _(c, r):
    return (f"Applicant's case summary and position\n1. Background: the parties separated in {c.last.d.year - 3}.\n2. Issues: (a) live with (b) holidays abroad.\n"
            f"3. The applicant seeks permission to take {c.k.first} to {pick(r, 'Nigeria', 'Poland', 'Pakistan', 'Spain', 'Jamaica')} for 3 weeks.\n4. The applicant will lodge the return tickets with solicitors.")


@t("position-statement", cy=True, via="sol")
def _(c, r):
    return (f"YN Y LLYS TEULU {c.yn.upper()}\n{c.cn}\n##DATGANIAD SEFYLLFA AR RAN Y {'FAM' if c.resp_role == 'mother' else 'TAD'}\n"
            f"1. Mae'r {'fam' if c.resp_role == 'mother' else 'tad'} yn gwrthwynebu'r cais am gyswllt dros nos.\n2. Mae'n dibynnu ar ddatgeliad yr heddlu.\n"
            f"3. Mae'n cynnig cyswllt dan oruchwyliaeth.\n{c.sol1}")


@t("position-statement", cy=True, via="cafcass")
def _(c, r):
    return (f"Datganiad sefyllfa'r gwarcheidwad plant\nRhif yr achos: {c.cn}\nMae'r gwarcheidwad wedi darllen tystiolaeth yr awdurdod lleol ac yn cefnogi'r cynllun gofal. "
            f"Bydd dadansoddiad terfynol y gwarcheidwad yn dilyn.\n{c.fca}")


@t("witness-statement", via="sol", long=True)
def _(c, r):
    return (f"Applicant\n{c.app}\n1st statement\nExhibits: none\nDate: {c.today.slash}\nIN THE FAMILY COURT AT {c.place.upper()}\n##WITNESS STATEMENT OF {c.app.upper()}\n"
            f"I, {c.app}, of {c.addr}, will say as follows:\n1. I am the {c.app_role} of the children and I make this statement in support of my application.\n"
            f"2. {c.respf} and I met in {c.last.d.year - 10}...")


@t("witness-statement", via="sol", src="scan")
def _(c, r):
    return (f"...17. On the evening of {c.last.add(-300).long} the respondent came home drunk. He threw a plate which hit the wall beside my head. {c.k.first} was in the room.\n"
            "18. I called the police and he was arrested but I did not support a prosecution because I was frightened.\n"
            "STATEMENT OF TRUTH\nI believe that the facts stated in this witness statement are true. I understand that proceedings for contempt of court may be brought...\nSigned ________")


@t("witness-statement", via="la", long=True)
def _(c, r):
    return (f"@@{c.la}\nSOCIAL WORK EVIDENCE TEMPLATE (SWET)\nStatement of {c.sw}, social worker\nChildren: {c.kidnames}\n"
            "Section 1 Summary: the local authority seeks interim care orders.\nSection 2 Family composition ...\nSection 3 Threshold: neglect, DA, substance misuse")


@t("witness-statement", via="police")
def _(c, r):
    return (f"WITNESS STATEMENT\n(Criminal Justice Act 1967, s.9; Magistrates' Courts Act 1980, s.5B)\nStatement of: PC {r.randrange(1000, 9999)} {c.pro()}\nAge if under 18: Over 18\nOccupation: Police Officer, {c.police}\n"
            f"On {c.last.add(-150).long} I attended {c.street} following a 999 call. I saw the female occupant, {c.mum}, crying with a red mark on her cheek.")


@t("witness-statement", via="parent")
def _(c, r):
    return (f"Statement of {c.gran}\nI am the children's paternal grandmother. I make this statement to support my son.\nI have seen my son with the children many times. "
            "He is patient and kind. I have never seen him drunk with the children.\nI believe the facts stated in this statement are true.\nSigned")


@t("witness-statement", via="sol")
def _(c, r):
    return (f"Case No: {c.cn}\nStatement in response of {c.resp}\nI respond to the applicant's statement paragraph by paragraph:\nPara 4 - denied.\nPara 5 - I accept we argued but I did not push her.\n"
            "Para 9 - the applicant's account of the birthday party is untrue; I attach photographs.\nI believe the facts in this statement are true.")


@t("witness-statement", via="sol", src="upload")
def _(c, r):
    return (f"SCOTT SCHEDULE - allegations of the mother and response of the father\nNo | Date | Allegation | Response\n1 | {c.last.add(-500).dots} | F grabbed M by the throat | Denied\n"
            f"2 | {c.last.add(-420).dots} | F smashed M's phone | Admitted - accidental\n3 | ongoing | F monitored M's finances | Denied\nSigned by both parties' representatives")


@t("witness-statement", cy=True, via="sol", long=True)
def _(c, r):
    return (f"YN Y LLYS TEULU\n##DATGANIAD TYST {c.app.upper()}\nRydw i, {c.app}, o {c.addr}, yn dweud fel a ganlyn:\n"
            f"1. Fi yw {'mam' if c.app_role == 'mother' else 'tad'} y plant ac rwy'n gwneud y datganiad hwn i gefnogi fy nghais.\n"
            "2. Rydym wedi gwahanu ers dwy flynedd.\nDATGANIAD GWIRIONEDD\nRwy'n credu bod y ffeithiau a nodir yn y datganiad tyst hwn yn wir.")


@t("witness-statement", cy=True, via="sol", src="scan")
def _(c, r):
    return (f"Datganiad {c.gran}\nRydw i'n fam-gu i'r plant. Rydw i wedi gweld fy mab gyda'r plant lawer gwaith. Mae'n amyneddgar ac yn garedig.\n"
            "Rwy'n credu bod y ffeithiau yn y datganiad hwn yn wir.\nLlofnod")


@t("previous-cafcass", via="internal", long=True)
def _(c, r):
    oldcn = f"{c.cn[:2]}{int(c.cn[2:4]) - 4:02d}P{r.randrange(0, 99999):05d}"
    return (f"PREVIOUS CASE - ARCHIVED\nCase ID {oldcn}  closed {c.last.add(-1500).slash}\nSafeguarding letter (archived copy)\nChild: {c.k.full}\n"
            f"Police information at that time: one DV incident, father cautioned.\nRecommendation: s7\n(retrieved from CMS retrieval for current case {c.cn})")


@t("previous-cafcass", via="internal")
def _(c, r):
    return (f"Previous Cafcass involvement - summary\nThe family were known to Cafcass in {c.last.d.year - 4} ({pick(r, 'private law, s7 report', 'WTFH only', 'public law - guardian appointed')}).\n"
            f"The previous FCA, {c.pro()}, recommended that {c.k.first} live with the mother and have supervised contact with the father.\nFinal order made {c.last.add(-1300).long}.")


@t("previous-cafcass", via="internal", src="scan", long=True)
def _(c, r):
    return (f"Section 7 report (previous proceedings) - {c.last.d.year - 5}\nPage 1 of 15\nCourt: {c.court}\nChild: {c.k.full}\nAuthor: {c.pro()}, FCA\n"
            "This copy is placed on the current file as previous Cafcass information.\n1. Recommendations ...")


@t("previous-cafcass", via="internal")
def _(c, r):
    return (f"Note for file\nCMS person search on {c.dad} found a linked case: {c.cn[:2]}{int(c.cn[2:4]) - 6:02d}P{r.randrange(0, 99999):05d} ({c.place}). "
            "The contact log from that case (pre-2014, PDF) has been copied to this case under Court Papers as previous Cafcass information.")


@t("previous-cafcass", via="internal", src="tree")
def _(c, r):
    return (f"Old case - {c.dad_sur}\nSchedule 2 letter {c.last.d.year - 7}\nTo the court\nCafcass has undertaken screening checks. The police record an incident in which Mr {c.dad_sur} was arrested for criminal damage.\n"
            "Cafcass recommends the court proceed with caution.\n[transferred from G drive]")


@t("previous-cafcass", via="internal")
def _(c, r):
    return (f"Guardian's final analysis ({c.last.d.year - 3} proceedings, half-sibling)\nChild: {r.choice(BOYS + GIRLS)} {c.mum_sur}\nThe guardian supported the making of a care order.\n"
            f"Copied to the current case {c.cn} because the mother is the same.")


@t("previous-cafcass", via="internal", src="tree")
def _(c, r):
    return (f"Previous case information\nLinked case: {c.cn[:2]}{int(c.cn[2:4]) - 2:02d}P{r.randrange(0, 99999):05d}\nOutcome: withdrawn at FHDRA\nWTFH outcome: parties agreed\n"
            "Safeguarding issues then: none identified\nRelevance to current case: low")


@t("previous-cafcass", via="internal")
def _(c, r):
    return (f"Information from a previous Cafcass case\nA search of ECMS Archive shows that {c.mum} was the respondent in proceedings closed in {c.last.d.year - 2}. "
            "The FCA then recorded concerns about the mother's mental health and made a referral to the local authority. The final report is attached below.")


@t("previous-cafcass", cy=True, via="internal")
def _(c, r):
    return (f"Gwybodaeth CAFCASS Cymru flaenorol\nRoedd y teulu'n hysbys i CAFCASS Cymru yn {c.last.d.year - 4}. Argymhellodd y Cynghorydd Llys Teulu blaenorol y dylai {c.k.first} fyw gyda {c.k.mam_cy}.\n"
            f"Gwnaed gorchymyn terfynol ar {c.last.add(-1300).cy}.\nCopïwyd i'r achos presennol {c.cn}.")


@t("previous-cafcass", cy=True, via="internal", src="tree")
def _(c, r):
    return (f"Achos blaenorol - wedi'i archifo\nLlythyr diogelu ({c.last.d.year - 5})\nGwybodaeth yr heddlu ar y pryd: un digwyddiad domestig.\n"
            f"Argymhelliad: adroddiad adran 7\n(o'r achos blaenorol i'r achos presennol {c.cn})")


# ============================================================================================
# experts-and-agency: letter-of-instruction, expert-report, provider-report,
# cp-conference-minutes, agency-information
# ============================================================================================
@t("letter-of-instruction", via="sol")
def _(c, r):
    return (f"@@{c.sol1}\nDr {c.expert}\nConsultant Clinical Psychologist\n{c.today.long}\nDear Dr {c.expert.split()[-1]}\n##LETTER OF INSTRUCTION\nRe: {c.kidnames}\n"
            f"We write on behalf of all parties, as lead solicitors, to instruct you pursuant to the order of {c.judge} dated {c.last.long}.\n"
            "Questions for the expert:\n1. Does either parent have a psychological condition affecting their parenting?\n2. What treatment is recommended and over what timescale?\n"
            "Documents enclosed: bundle index attached. Your report is due by ...")


@t("letter-of-instruction", via="sol", email=True)
def _(c, r):
    return {"text": f"Dear {c.lab},\nPlease accept this email as the joint letter of instruction for hair strand testing of {c.dad} (DOB {c.last.add(-12000).slash}).\n"
            "Tests required: cocaine, cannabis, EtG/FAEE (alcohol) - 6 months in monthly segments.\nFunding: legal aid 50%, privately 50%.\nCourt order attached.\n"
            f"{c.csol}, {c.sol2}", "subject": f"Instruction - {c.case_name}"}


@t("letter-of-instruction", via="sol", src="scan")
def _(c, r):
    return (f"Page 3 of 6\n8. The questions you are asked to address are as follows:\n(a) the capacity of {c.mum} to meet the children's needs;\n(b) whether she can make and sustain change within the children's timescales;\n"
            "(c) any support services recommended.\n9. You should not contact the parties other than to arrange appointments.\n10. Your duties to the court under FPR Part 25 ...")


@t("letter-of-instruction", via="la")
def _(c, r):
    return (f"Instruction of Independent Social Worker\n{c.la} Legal Services\nTo: {c.expert}, ISW\nYou are instructed to carry out a special guardianship assessment of {c.gran} "
            f"in respect of {c.k.full}. The assessment should address the matters in Schedule 1 to the SGO Regulations.\nTimescale: 8 weeks.")


@t("letter-of-instruction", via="sol")
def _(c, r):
    return (f"Joint instructions to Dr {c.expert} (Consultant Child and Adolescent Psychiatrist)\nIssued by the children's solicitor {c.csol}, {c.sol1}\n"
            f"Background: {c.k.first} has refused to see the father for 18 months.\nQuestions: is the child's refusal consistent with alienating behaviours, justified rejection or another explanation?")


@t("letter-of-instruction", via="sol", email=True)
def _(c, r):
    return {"text": f"Hi,\nAttached is the agreed LOI for the DNA test. Please could you arrange sample collection for {c.dad} and {c.k.first} at your {c.place} clinic.\n"
            f"Chain of custody required. The court requires the result by {c.hearing.add(-21).long}.\nThanks\n{c.sol1}",
            "subject": "Letter of instruction - paternity test"}


@t("letter-of-instruction", via="cafcass")
def _(c, r):
    return (f"Instructing the expert - guardian's input\nTo: lead solicitor\nThe guardian asks that the following additional question is included in the letter of instruction to the psychologist: "
            "'Please comment on the impact on the children of the parents' conflict and what therapeutic support would help.'\n" + c.fca)


@t("letter-of-instruction", cy=True, via="sol")
def _(c, r):
    return (f"@@{c.sol1}\nDr {c.expert}\n{c.today.cy}\nAnnwyl Dr {c.expert.split()[-1]}\n##LLYTHYR CYFARWYDDO\nYnglŷn â: {c.kidnames_cy}\n"
            f"Ysgrifennwn ar ran yr holl bartïon i'ch cyfarwyddo yn unol â gorchymyn {c.judge_cy}.\nCwestiynau i'r arbenigwr:\n"
            "1. A oes gan y naill riant neu'r llall gyflwr seicolegol sy'n effeithio ar eu rhianta?\n2. Pa driniaeth a argymhellir?")


@t("letter-of-instruction", cy=True, via="sol", email=True)
def _(c, r):
    return {"text": f"Annwyl {c.lab},\nDerbyniwch yr e-bost hwn fel y llythyr cyfarwyddo ar y cyd ar gyfer profion gwallt {c.dad}.\n"
            "Profion sydd eu hangen: cocên, canabis ac alcohol dros 6 mis.\nMae gorchymyn y llys ynghlwm.\n" + c.csol,
            "subject": "Cyfarwyddyd - profion gwallt"}


@t("expert-report", via="expert", long=True)
def _(c, r):
    return (f"PSYCHOLOGICAL ASSESSMENT\nof {c.mum} and {c.dad}\nPrepared for {c.court}\nBy Dr {c.expert}, BSc DClinPsy CPsychol\nDate: {c.today.long}\n"
            "CONTENTS\n1. Summary of opinion\n2. Instructions\n3. Methodology (psychometric testing: MCMI-IV, PAI)\n4. Findings\n5. Answers to questions\nPage 1 of 48")


@t("expert-report", via="lab")
def _(c, r):
    rows = [[f"{i * 1}-{i + 1} cm", f"{c.last.add(-30 * (i + 1)).slash}", pick(r, "Not detected", "Not detected", "0.6 ng/mg", "Below cut-off")] for i in range(4)]
    return (f"@@{c.lab}\n##Hair Strand Test Results\nDonor: {c.dad}\nCase: {c.cn}\nCocaine (and benzoylecgonine)\n" + table(r, ["Section", "Approx period", "Result"], rows) +
            "\nInterpretation: the results are consistent with no use / occasional use of cocaine in the period\nReporting scientist: " + c.expert)


@t("expert-report", via="expert", src="scan", long=True)
def _(c, r):
    return (f"Independent Social Work Assessment - Special Guardianship\nAssessor: {c.expert}, ISW\nProspective special guardian: {c.gran}\nChild: {c.k.full}\n"
            "Summary of conclusions: I recommend that a special guardianship order is made. The prospective carer has a long standing bond with the child and ...")


@t("expert-report", via="lab")
def _(c, r):
    return (f"DNA PATERNITY TEST REPORT\nAlleged father: {c.dad}\nChild: {c.k.full}\nMother: not tested\nResult: the alleged father {pick(r, 'cannot be excluded', 'is excluded')} as the biological father.\n"
            f"Probability of paternity: {pick(r, '99.9999%', '0%')}\nChain of custody maintained. Authorised by: {c.expert}")


@t("expert-report", via="expert", long=True)
def _(c, r):
    return (f"Expert report of Dr {c.expert}, Consultant Child and Adolescent Psychiatrist\nIn the matter of {c.k.full}\n1. Summary\nIn my opinion {c.k.first}'s rejection of the father "
            "is not explained by alienating behaviours alone...\nExpert's declaration\nI understand that my duty is to help the court... Statement of truth ...")


@t("expert-report", via="expert", src="upload")
def _(c, r):
    return (f"Addendum to psychological report\nDr {c.expert}\nResponse to Part 25 questions raised by the mother's solicitor\nQ1: Did you consider the mother's trauma history? A: yes, at para 6.4.\n"
            "Q2: Would therapy change your opinion on timescales? A: the therapy recommended would take at least 12 months.")


@t("expert-report", via="lab")
def _(c, r):
    return (f"Alcohol biomarkers (blood) - PEth\nSubject: {c.resp}\nSample collected: {c.last.slash}\nPEth 16:0/18:1: {r.randrange(5, 400)} ng/mL\n"
            "Interpretation: <20 abstinence/light; 20-200 significant; >200 heavy consumption\nReport for: the Family Court\nScientist: " + c.expert)


@t("expert-report", cy=True, via="expert", long=True)
def _(c, r):
    return (f"ASESIAD SEICOLEGOL\no {c.mum} a {c.dad}\nWedi'i baratoi ar gyfer {c.court_cy}\nGan Dr {c.expert}\n##Adroddiad arbenigol\n"
            "1. Crynodeb o'r farn\nYn fy marn i, mae gan y fam anawsterau ...\n2. Cyfarwyddiadau\n3. Methodoleg\nDatganiad yr arbenigwr: rwy'n deall mai fy nyletswydd yw helpu'r llys.")


@t("expert-report", cy=True, via="lab")
def _(c, r):
    return (f"Canlyniadau profion gwallt\nRhoddwr: {c.dad}\nAchos: {c.cn}\nCocên: heb ei ganfod\nCanabis: heb ei ganfod\nAlcohol (EtG): islaw'r trothwy\n"
            f"Dehongliad: mae'r canlyniadau'n gyson â dim defnydd yn y cyfnod.\nGwyddonydd: {c.expert}")


@t("provider-report", via="provider")
def _(c, r):
    return (f"@@{c.centre}\n##Supervised contact report\nSession {r.randrange(1, 9)} - {c.last.day}\nChild(ren): {c.kidnames}\nVisiting parent: {c.dadf}\n"
            f"Arrival: on time  Departure: on time\nObservations: dad brought lunch. Children hugged dad on arrival. Dad asked {c.k.first} about school. Warm and appropriate throughout.\n"
            "Any concerns: none\nSupervisor: " + c.pro())


@t("provider-report", via="provider", email=True)
def _(c, r):
    return {"text": f"Dear FCA,\nThis is to confirm that {c.resp} attended all 4 sessions of the Planning Together for Children programme and completed the e-learning. "
            f"{c.app} did not attend session 3.\nCertificate attached.\nWT4C Team", "subject": f"Planning Together for Children - completion {c.cn}"}


@t("provider-report", via="provider", long=True)
def _(c, r):
    return (f"DAPP - End of programme report\nProvider: {pick(r, 'New Directions DAPP', 'Turning Point Programme for Men', 'Change Pathway CIC')}\nParticipant: {c.dad}\nReferral from: Cafcass\n"
            "Sessions attended: 22 of 24\nEngagement: good; accepted responsibility for controlling behaviour after session 9\nPartner support service contact with ex-partner: yes\nRisk at end: reduced")


@t("provider-report", via="provider")
def _(c, r):
    return (f"Child contact intervention - referral form (returned)\nReferred by: {c.fca}, {c.team}\nFamily: {c.case_name}\nProvider: {c.provider}\n"
            "Number of sessions funded: 6\nStart date: " + c.today.add(10).slash + "\nProvider acceptance: [X] accepted [ ] declined")


@t("provider-report", via="provider", src="scan")
def _(c, r):
    return (f"Contact Centre - attendance record\n{c.centre}\n" + table(r, ["Date", "Parent", "Attended", "Notes"], [
        [c.last.add(-21).slash, c.dadf, "Y", "good"], [c.last.add(-14).slash, c.dadf, "N", "no call"], [c.last.add(-7).slash, c.dadf, "Y", "late 20m"], [c.last.slash, c.dadf, "Y", ""]]))


@t("provider-report", via="provider")
def _(c, r):
    return (f"Closing summary - SPIP\nParenting Apart Programme\nParticipant: {c.mum}\nCohort date: {c.last.long}\nAttended full day: yes\nParticipant feedback: 'I didn't realise how the kids see the arguments'\n"
            f"Facilitator: {c.pro()}\nThis summary is for the Cafcass FCA only.")


@t("provider-report", via="provider")
def _(c, r):
    return (f"{c.provider}\nProgress report - session 3 of 6\nThe children and father had a good session. {c.kids[-1].first} was initially reluctant but joined in the game.\n"
            "Worker view: contact could progress to community-based supervised contact.\nNext session: " + c.today.add(7).slash)


@t("provider-report", cy=True, via="provider")
def _(c, r):
    return (f"@@{c.centre}\n##Adroddiad cyswllt dan oruchwyliaeth\nSesiwn {r.randrange(1, 6)} - {c.last.cyday}\nPlant: {c.kidnames_cy}\nRhiant sy'n ymweld: {c.dadf}\n"
            f"Sylwadau: daeth dad â chinio. Roedd y plant yn hapus i'w weld. Dim pryderon.\nGoruchwyliwr: {c.pro()}")


@t("provider-report", cy=True, via="provider", email=True)
def _(c, r):
    return {"text": f"Annwyl Gynghorydd Llys Teulu,\nMae {c.resp} wedi mynychu pob un o'r sesiynau ar y rhaglen Gweithio Gyda'n Gilydd er mwyn Plant.\nMae'r dystysgrif ynghlwm.\nTîm WT4C",
            "subject": "Cwblhau'r rhaglen"}


@t("cp-conference-minutes", via="la", long=True)
def _(c, r):
    line, rc = rcline(c, r, ["child-protection"])
    return {"text": (f"@@{c.la}\n##MINUTES OF INITIAL CHILD PROTECTION CONFERENCE\nDate: {c.last.long}\nChair: {c.pro()}, Independent Reviewing Officer\nChild(ren): {c.kidnames}\n"
            f"Present: {c.mum} (mother); {c.sw} (social worker); health visitor; {c.school} DSL; PC {c.pro()} ({c.police})\nApologies: GP (report submitted)\n"
            f"Decision: the children will be subject to a child protection plan under the category of {pick(r, 'neglect', 'emotional abuse', 'physical abuse')}.\n{line}"), "rc": rc}


@t("cp-conference-minutes", via="la", src="scan")
def _(c, r):
    return (f"Review Child Protection Conference\nPage 4 of 9\nVotes of professionals:\nSocial worker - remain on plan\nSchool - remain on plan\nHealth - remain on plan\nPolice - no vote (not present)\n"
            "Chair's decision: the child protection plan will continue. Review in 6 months.\nCore group to meet within 10 working days.")


@t("cp-conference-minutes", via="la")
def _(c, r):
    return (f"Conference minutes - {c.k.full}\nReason for conference: s47 following a bruise to {c.k.first}'s arm reported by school.\nMother's view: accidental - fell off bike.\n"
            "Analysis (Signs of Safety): What are we worried about? What's working well? What needs to happen?\nScaling: professionals 3/10, mother 8/10\nOutcome: CP plan, category physical abuse")


@t("cp-conference-minutes", via="la", long=True)
def _(c, r):
    text = (f"Record of review child protection conference\nName of child: {c.k.first} {c.k.sur}  DOB {c.k.dob.slash}\nConference date {c.last.slash}\n"
            "Decision: the child is no longer to be the subject of a child protection plan. Step down to child in need.\nRecord type: Child Protection\nDistribution: parents; agencies; Cafcass (FCA)")
    return {"text": text, "rc": "child-protection"}


@t("cp-conference-minutes", via="la", src="scan")
def _(c, r):
    return (f"ICPC\nChild {c.kidnames}\n" + interleave(["Invited", "Mother", "Father", "Social Worker", "School", "Health Visitor"], ["Attended", "Y", "N (in custody)", "Y", "Y", "Y"]) +
            "\nInformation shared by police: 5 DA incidents in 12 months\nProfessionals' decision: CP plan - emotional abuse")


@t("cp-conference-minutes", via="la")
def _(c, r):
    return (f"Child protection plan - outline (from conference on {c.last.long})\nLead social worker: {c.sw}\nCore group members: mother, SW, HV, school\nOutcomes: mother to attend Freedom Programme; "
            "no contact between children and mother's ex-partner; home conditions improved\nThese minutes are confidential and must not be shared outside the conference membership without the chair's agreement.")


@t("cp-conference-minutes", via="la", email=True)
def _(c, r):
    return {"text": f"Dear colleagues,\nPlease find below the key decisions from today's review child protection conference for {c.kidnames}:\n- Plan continues (neglect)\n"
            f"- Next review {c.today.add(180).long}\n- Core group {c.today.add(10).long}\nFull minutes to follow within 20 working days.\nConference and Review Service, {c.la}",
            "subject": "RCPC decisions (restricted)"}


@t("cp-conference-minutes", cy=True, via="la", long=True)
def _(c, r):
    return (f"@@{c.la_cy}\n##Cofnodion cynhadledd amddiffyn plant gychwynnol\nDyddiad: {c.last.cy}\nCadeirydd: {c.pro()}\nPlant: {c.kidnames_cy}\n"
            f"Yn bresennol: {c.mum} (mam); {c.sw} (gweithiwr cymdeithasol); yr ymwelydd iechyd; yr ysgol; yr heddlu\n"
            "Penderfyniad: bydd enwau'r plant yn cael eu rhoi ar y gofrestr amddiffyn plant o dan y categori esgeulustod.")


@t("cp-conference-minutes", cy=True, via="la", src="scan")
def _(c, r):
    return (f"Cynhadledd adolygu amddiffyn plant\nPlentyn: {c.k.full}\nPenderfyniad y cadeirydd: bydd y cynllun amddiffyn plant yn parhau. Adolygiad ymhen chwe mis.\n"
            "Bydd y grŵp craidd yn cyfarfod o fewn 10 diwrnod gwaith.")


@t("agency-information", via="nhs")
def _(c, r):
    return (f"@@{c.nhs}\nGP practice letter\nTo Cafcass\nRe: {c.mum}, DOB {c.last.add(-11500).slash}\nWith the patient's consent: {c.mumf} has been treated for anxiety and depression since {c.last.d.year - 3}. "
            "She takes sertraline 100mg. There is no history of self-harm. I have no concerns about her ability to care for her children.\nDr " + c.pro())


@t("agency-information", via="school", src="scan")
def _(c, r):
    return (f"{c.school}\nSchool report for Cafcass\nPupil: {c.k.full}\nAttendance: 96%  Punctuality: good\nAcademic: working at expected standard in reading, below in maths\n"
            f"Behaviour/wellbeing: happy, well-liked. Teacher notes {c.k.he} is tired after weekends at dad's.\nSafeguarding log entries: 1 (minor)")


@t("agency-information", via="nhs", long=True)
def _(c, r):
    return (f"CAMHS letter\n{c.nhs} Child and Adolescent Mental Health Service\nRe: {c.k.full}\n{c.k.first} was seen for an initial assessment on {c.last.long}. "
            "Presenting difficulties: low mood, school refusal. Not currently meeting the threshold for specialist CAMHS. Signposted to the school counsellor.\ncc GP")


@t("agency-information", via="la", long=True)
def _(c, r):
    line, rc = rcline(c, r)
    return {"text": f"Copy papers from the child's social care file\nSingle assessment - {c.k.full}\nCompleted by {c.sw}\n{line}\nAnalysis: ...\nOutcome: {pick(r, 'CIN plan', 'NFA', 'Strategy discussion')}\n(disclosed to the guardian under the court's order)",
            "rc": rc}


@t("agency-information", via="misc", email=True)
def _(c, r):
    return {"text": f"Hi,\nI am {c.mumf}'s IDVA at {c.das}. With her consent I can confirm she has been supported by our service since {c.last.add(-200).long} following a high risk assessment. "
            "She engages well. She has a safety plan.\nKind regards\nIDVA", "subject": f"{c.mum} - support letter"}


@t("agency-information", via="misc")
def _(c, r):
    return (f"Drug and alcohol service - letter of engagement\nRe: {c.dad}\n{c.dadf} has attended our service since {c.last.add(-150).long}. He has attended 11 of 12 key work sessions. "
            f"Breathalyser readings at sessions: 0.00. He has completed the alcohol awareness group.\nRecovery worker, {pick(r, 'Change Grow Live', 'Forward Recovery Hub', 'Aspire Recovery Service')}")


@t("agency-information", via="nhs")
def _(c, r):
    return (f"Health visitor chronology\n{c.k.full}\n{c.k.dob.add(14).slash} new birth visit - no concerns\n{c.k.dob.add(60).slash} 6-8 week check - mother low mood, EPDS 14\n"
            f"{c.k.dob.add(365).slash} 1 year review - DNA x2\nRecorded by: health visiting team, {c.nhs}")


@t("agency-information", via="misc")
def _(c, r):
    line, rc = rcline(c, r, ["missing-person", "other-childrens-social-care", "privately-fostered-child"])
    return {"text": f"Youth Offending / Early Help information for the guardian\nYoung person: {c.k.full}\n{line}\nReturn home interview completed. Push/pull factors: friends, cannabis.\nWorker: {c.pro()}",
            "rc": rc}


@t("agency-information", cy=True, via="nhs")
def _(c, r):
    return (f"@@{c.nhs_cy}\nLlythyr gan y meddyg teulu\nAt CAFCASS Cymru\nYnglŷn â: {c.mum}\nGyda chaniatâd y claf: mae {c.mumf} wedi cael triniaeth ar gyfer gorbryder ers {c.last.d.year - 3}. "
            "Does gen i ddim pryderon am ei gallu i ofalu am ei phlant.\nDr " + c.pro())


@t("agency-information", cy=True, via="school", src="scan")
def _(c, r):
    return (f"{c.school}\nAdroddiad ysgol ar gyfer CAFCASS Cymru\nDisgybl: {c.k.full}\nPresenoldeb: 95%\nLles: hapus, mae {c.k.gan} ffrindiau da.\n"
            "Cofnodion diogelu: dim")


# ============================================================================================
# legal-advice: legal-advice, solicitor-correspondence, legal-call-note
# ============================================================================================
@t("legal-advice", via="legal", email=True)
def _(c, r):
    return {"text": f"{c.fca.split()[0]},\nYou asked whether you can share the police disclosure with the parents. My advice is no: the police provided it for the court, and the court should decide "
            "whether it is disclosed. Summarise it in your report in neutral terms and refer the court to the source.\nPRIVILEGED - LEGAL ADVICE\nCafcass Legal",
            "subject": f"Legal advice - {c.cn}"}


@t("legal-advice", via="legal")
def _(c, r):
    return (f"LEGALLY PRIVILEGED - NOT FOR DISCLOSURE\nMemo\nTo: {c.fca}, FCA\nFrom: {c.pro()}, Solicitor, Cafcass Legal\nRe: {c.case_name} - request that Cafcass attend fact-finding\n"
            "1. Cafcass is not a party and is not usually required at a fact-finding hearing.\n2. I suggest you write to the court explaining this and offering to attend the welfare hearing.")


@t("legal-advice", via="legal", email=True)
def _(c, r):
    return {"text": f"Hi,\nRe the subpoena/witness summons from the father's solicitors: you do not need to comply with their letter, only with an order of the court. "
            "Please forward the summons when it arrives and I will deal with it.\nBest\nCafcass Legal team\nThis email is privileged.",
            "subject": "RE: witness summons"}


@t("legal-advice", via="legal")
def _(c, r):
    return (f"Advice on the SAR from {c.dad}\nThe request covers the whole file. You must exclude: third party information unless consent; the legal advice section; information that would "
            "cause serious harm. The police information must not be disclosed. Redactions to be approved by the SAR team.\nCafcass Legal")


@t("legal-advice", via="legal", email=True)
def _(c, r):
    return {"text": f"Dear {c.fca.split()[0]}\nOn your query about whether to seek party status (r16.4) for the children: on the facts you describe I think the test is met. "
            "Draft wording for your report is below. Please do not forward this email outside Cafcass.\n" + c.pro() + " | Cafcass Legal",
            "subject": "Privileged: r16.4"}


@t("legal-advice", via="legal")
def _(c, r):
    return (f"Note from Cafcass Legal\nCase {c.cn}\nThe order of {c.last.long} directs Cafcass to supervise contact. Cafcass cannot supervise contact. Please seek to have the order varied; "
            "I have drafted an application (C2) which is attached. Advice is privileged.")


@t("legal-advice", via="legal", email=True)
def _(c, r):
    return {"text": f"Your question: can the guardian meet the mother without her solicitor present? Answer: yes, but you should tell the solicitor beforehand as a courtesy. "
            "Keep a detailed note. Legal advice - privileged.\n{0}".format(c.pro()), "subject": ""}


@t("legal-advice", via="legal", src="tree")
def _(c, r):
    return (f"Advice - reporting restrictions / media\n{c.case_name}\nThe journalist's request for a copy of the s7 report should be refused. Under FPR 12.73 the report may only be communicated as permitted. "
            "Refer any media contact to the Cafcass press office.\nPrivileged & confidential")


@t("legal-advice", cy=True, via="legal", email=True)
def _(c, r):
    return {"text": f"{c.fca.split()[0]},\nGofynnoch a allwch rannu datgeliad yr heddlu gyda'r rhieni. Fy nghyngor yw na allwch: darparodd yr heddlu'r wybodaeth ar gyfer y llys. "
            "Crynhowch yr wybodaeth yn eich adroddiad.\nCYNGOR CYFREITHIOL BREINTIEDIG\nTîm Cyfreithiol CAFCASS Cymru", "subject": f"Cyngor cyfreithiol - {c.cn}"}


@t("legal-advice", cy=True, via="legal")
def _(c, r):
    return (f"BREINTIEDIG - NID I'W DDATGELU\nMemo\nAt: {c.fca}\nGan: Cyfreithiwr, CAFCASS Cymru\nYnglŷn â: cais i'r swyddog fynychu'r gwrandawiad canfod ffeithiau\n"
            "Nid yw CAFCASS Cymru yn barti ac nid oes angen fel arfer iddi fynychu. Awgrymaf eich bod yn ysgrifennu at y llys.")


@t("solicitor-correspondence", via="sol", email=True)
def _(c, r):
    return {"text": f"Dear {c.fca.split()[0]},\nI have now met {c.k.first} at school. {c.k.He} understood who I am. {c.k.He} asked whether {c.k.he} could see the judge. "
            "I will need your instructions on the position statement by Thursday.\nBest wishes\n" + f"{c.csol}\nSolicitor for the child, {c.sol1}",
            "subject": f"Re {c.k.first} - meeting with child"}


@t("solicitor-correspondence", via="sol")
def _(c, r):
    return (f"@@{c.sol1}\nPrivileged and confidential\n{c.fca}\nChildren's Guardian\nDear {c.fca.split()[0]}\nRe: {c.la} v {c.mum_sur}\nThank you for your instructions. I attach a draft of your position statement for the CMH. "
            "Please let me have any amendments by noon tomorrow. I have also drafted questions for the expert.\nYours sincerely\n" + c.csol)


@t("solicitor-correspondence", via="sol", email=True)
def _(c, r):
    return {"text": f"{c.fca.split()[0]}\nFollowing the IRH the LA has asked for the guardian's view on the revised care plan. My advice is that we should not agree until we see the sibling assessment. "
            "Let me know if you agree and I will reply.\n" + c.csol, "subject": "IRH follow up - privileged"}


@t("solicitor-correspondence", via="cafcass", email=True)
def _(c, r):
    return {"text": f"Hi {c.csol.split()[0]},\nMy instructions for tomorrow: support the ICO, seek a direction for a parenting assessment, and ask for sibling contact twice weekly. "
            "I will be at court from 9.30.\nThanks\n" + c.fca + "\nChildren's Guardian", "subject": "Instructions for tomorrow"}


@t("solicitor-correspondence", via="sol")
def _(c, r):
    return (f"Attendance note (sent to guardian)\nSolicitor: {c.csol}\nClient: {c.k.full} (through guardian {c.fca})\nDate {c.last.slash}\nAttended court. The LA sought ICO. "
            "Mother contested. Order made. Next hearing " + c.hearing.long + ". Guardian to visit children this week.")


@t("solicitor-correspondence", via="sol", email=True)
def _(c, r):
    return {"text": f"Dear guardian,\nPlease see the draft letter of instruction to the psychologist for your comments. I have added your questions at 4(d) and (e). "
            "Do you agree the timetable?\nKind regards\n" + c.csol + f" | {c.sol2}\nThis email is legally privileged.", "subject": "draft LOI for comment"}


@t("solicitor-correspondence", via="sol")
def _(c, r):
    return (f"Dear {c.fca}\nI write to confirm that I have been instructed by you as solicitor for {c.kidnames}. My legal aid certificate has been granted. "
            f"I will attend the CMH on {c.hearing.long}. Please let me have your case analysis when ready.\nYours sincerely\n{c.csol}\nChildren Panel solicitor")


@t("solicitor-correspondence", via="sol", email=True)
def _(c, r):
    return {"text": f"Quick one - do you want me to oppose the father's request for a further adjournment? My view is it would cause delay for {c.k.first}. Need to know by 2pm.\n{c.csol}",
            "subject": f"{c.cn} urgent"}


@t("solicitor-correspondence", cy=True, via="sol", email=True)
def _(c, r):
    return {"text": f"Annwyl {c.fca.split()[0]},\nRydw i wedi cwrdd â {c.k.first} yn yr ysgol. Gofynnodd a allai weld y barnwr. Bydd angen eich cyfarwyddiadau arnaf ar y datganiad sefyllfa erbyn dydd Iau.\n"
            f"Cofion\n{c.csol}\nCyfreithiwr y plentyn", "subject": f"{c.k.first} - cyfarfod"}


@t("solicitor-correspondence", cy=True, via="sol")
def _(c, r):
    return (f"@@{c.sol1}\nBreintiedig a chyfrinachol\nAnnwyl {c.fca.split()[0]},\nDiolch am eich cyfarwyddiadau. Amgaeaf ddrafft o'ch datganiad sefyllfa. "
            "Rhowch wybod i mi am unrhyw newidiadau erbyn hanner dydd yfory.\nYn gywir\n" + c.csol)


@t("legal-call-note", via="internal")
def _(c, r):
    return (f"##Note of telephone call with Cafcass Legal\nDate: {c.last.slash}  Time: 15:20\nFCA: {c.fca}  Lawyer: {c.pro()}\nIssue: father's solicitor wants FCA to attend the DRA for cross-examination.\n"
            "Advice given: FCA should attend if the court directs; prepare by re-reading report and notes.\nAction: FCA to confirm availability to court.\nPRIVILEGED")


@t("legal-call-note", via="internal")
def _(c, r):
    return (f"Call with {c.csol} (child's solicitor) {c.last.dots}\n- discussed LA's late evidence\n- agreed to seek extension\n- {c.csol.split()[0]} to draft PS, I'll send comments\n- next call Friday\n{c.fca}")


@t("legal-call-note", via="internal", src="scan")
def _(c, r):
    return (f"Telephone note\n{c.cn}\nSpoke with Cafcass Legal re: disclosure of the child's letter. Told the letter should go to the court, not direct to the parents. "
            "Judge decides. Record on file - privileged.")


@t("legal-call-note", via="internal")
def _(c, r):
    return (f"Legal consultation - record\nParticipants: {c.fca}; {c.mgr}; Cafcass lawyer {c.pro()}\nMode: Teams call, 30 min\nQuestion: whether to recommend a s91(14) order\n"
            "Summary of advice: the threshold in Re A is met on the information; include reasoning in the report.\nDo not disclose - legal advice")


@t("legal-call-note", via="internal")
def _(c, r):
    return (f"{c.last.long} - phone call - child's solicitor\nSolicitor informed me that {c.k.first} (15) wants to instruct her directly as {c.k.he} disagrees with my recommendation. "
            "She will assess competence. We discussed the possibility of separate representation.\nGuardian")


@t("legal-call-note", via="internal", src="tree")
def _(c, r):
    return (f"Note of advice call\nWith: Cafcass Legal duty lawyer\nRe: request from {c.police} for a copy of the s7 report for a criminal investigation\n"
            "Advice: do not disclose without court permission; police to apply to the family court.\nAction: reply to police accordingly.")


@t("legal-call-note", via="internal")
def _(c, r):
    return (f"Attendance: guardian / children's solicitor - pre-hearing call\nDate/time: {c.hearing.add(-1).slash} 16:30\nDiscussed: instructions on the LA's application for a placement order; "
            "the guardian's position; questions for the social worker in cross-examination.\nDuration: 25 mins")


@t("legal-call-note", cy=True, via="internal")
def _(c, r):
    return (f"##Nodyn o alwad gyda chyfreithiwr\nDyddiad: {c.last.cy}\nSwyddog: {c.fca}  Cyfreithiwr: {c.pro()}\nMater: cais i'r swyddog fynychu'r gwrandawiad.\n"
            "Cyngor: dylai'r swyddog fynychu os bydd y llys yn cyfarwyddo.\nBREINTIEDIG")


@t("legal-call-note", cy=True, via="internal", src="scan")
def _(c, r):
    return (f"Galwad gyda chyfreithiwr y plentyn {c.last.cy}\n- trafod tystiolaeth hwyr yr awdurdod lleol\n- cytuno i ofyn am estyniad\n- galwad nesaf ddydd Gwener\n{c.fca}")


# ============================================================================================
# further-information: thank-you-card, informal-contact
# ============================================================================================
@t("thank-you-card", via="parent", src="scan")
def _(c, r):
    return f"Thank You\nTo {c.fca.split()[0]}\nThank you for everything you did for me and the kids. You listened when nobody else would.\nLove {c.mumf}, {c.kidnames} xxx"


@t("thank-you-card", via="child", src="scan")
def _(c, r):
    return f"THANK YOU\nfor helping my mum and dad\nfrom {c.k.first}\n(card with stickers)"


@t("thank-you-card", via="parent", src="scan")
def _(c, r):
    return f"With grateful thanks\nDear {c.fca},\nI wasn't sure about Cafcass at the start but you were fair to both of us. {c.k.first} is doing so well now.\nBest wishes\n{c.dad}"


@t("thank-you-card", via="parent", email=True)
def _(c, r):
    return {"text": f"Hi {c.fca.split()[0]}, just wanted to say a massive thank you. The final hearing went well and the kids are settled. Couldn't have done it without you. {c.appf}",
            "subject": "Thank you!!"}


@t("thank-you-card", via="parent", src="scan")
def _(c, r):
    return "THANKS\nyou're a star\nfrom all of us at number " + c.street.split()[0] + "\n" + c.mumf + " and the kids"


@t("thank-you-card", via="parent", src="scan")
def _(c, r):
    return f"To the lady from the court\nthank you for the chocolates at christmas and for being kind to {c.k.first}\nfrom {c.gran.split()[0]} (nana)"


@t("thank-you-card", via="misc", src="scan")
def _(c, r):
    return f"Thank you card (pre-printed 'Thank You So Much')\nInside:\nDear {c.fca.split()[0]}\nThank you for supporting our foster placement of {c.k.first}.\nFrom the {r.choice(SURN)} family"


@t("thank-you-card", via="child", src="scan")
def _(c, r):
    return f"thank u\nyou help me\nI am happy now\n{c.k.first}\n:) :) :)"


@t("thank-you-card", cy=True, via="parent", src="scan")
def _(c, r):
    return f"Diolch yn fawr\nAnnwyl {c.fca.split()[0]},\nDiolch am bopeth wnaethoch chi i ni. Rydych wedi gwrando arnon ni.\nCofion cynnes\n{c.mumf} a'r plant"


@t("thank-you-card", cy=True, via="child", src="scan")
def _(c, r):
    return f"DIOLCH\nam helpu mam a dad\noddi wrth {c.k.first}\nxx"


@t("informal-contact", via="parent", email=True)
def _(c, r):
    return {"text": f"Hi, just letting you know {c.k.first} got into the football team and wanted you to know! Hope you're well. {c.mumf}",
            "subject": "good news"}


@t("informal-contact", via="parent", src="scan")
def _(c, r):
    return (f"Postcard\nGreetings from {pick(r, 'Tenby', 'Scarborough', 'Skegness', 'Newquay', 'Llandudno')}\nHi {c.fca.split()[0]} we are on holiday with dad like you said we could. The beach is great.\n{c.k.first}")


@t("informal-contact", via="parent", email=True)
def _(c, r):
    return {"text": f"Hello, I know the case is closed but I wanted to update you that {c.dadf} and I are getting on much better and sharing the school run. "
            f"Just thought you would like to know. No need to reply. {c.mum}", "subject": "just an update"}


@t("informal-contact", via="misc")
def _(c, r):
    return (f"Photo (printed) - {c.k.first} in school uniform, first day at {pick(r, 'high school', 'secondary', 'juniors')}\nOn the back: 'for {c.fca.split()[0]} so you can see how big I am now'")


@t("informal-contact", via="parent", email=True)
def _(c, r):
    return {"text": f"Merry Christmas from {c.kidnames} and me. Thank you for this year. {c.dadf}", "subject": "Merry Christmas"}


@t("informal-contact", via="parent", src="scan")
def _(c, r):
    return f"Note left at reception for {c.fca}\n'{c.k.first} passed {c.k.his} swimming badge! {c.k.He} wanted to tell you. - {c.gran.split()[0]}'\nreceived {c.today.slash}"


@t("informal-contact", via="parent", email=True)
def _(c, r):
    return {"text": f"hiya, sorry to bother you, we met last year. My new number is {c.mob} in case anyone needs it. hope youre ok. {c.respf}", "subject": "new number"}


@t("informal-contact", via="parent", src="upload")
def _(c, r):
    return f"Text message forwarded by FCA to file\nFrom {c.mumf}: 'Just wanted to say {c.k.first} had a lovely birthday and saw both of us. Thanks for all your help x'\nReceived {c.last.slash}"


@t("informal-contact", cy=True, via="parent", email=True)
def _(c, r):
    return {"text": f"Helo, dim ond eisiau dweud bod {c.k.first} wedi cael lle yn y tîm pêl-droed ac roedd eisiau i chi wybod! Gobeithio eich bod yn iawn. {c.mumf}",
            "subject": "newyddion da"}


@t("informal-contact", cy=True, via="parent", src="scan")
def _(c, r):
    return f"Cerdyn post\nCyfarchion o Ddinbych-y-pysgod\nHelo {c.fca.split()[0]}, rydyn ni ar wyliau gyda dad. Mae'r traeth yn wych.\n{c.k.first}"


# ============================================================================================
# court-bundle
# ============================================================================================
@t("court-bundle", via="sol", long=True)
def _(c, r):
    return (f"IN THE FAMILY COURT AT {c.place.upper()}\n{c.cn}\n##HEARING BUNDLE - INDEX\nFinal hearing {c.hearing.long}\nSection A Preliminary documents A1-A20\n"
            f"A1 Case summary\nA5 Position statements\nSection B Applications and orders B1-B45\nSection C Statements C1-C120\nSection D Cafcass reports D1-D40\n"
            "Section E Expert reports E1-E88\nSection F Police disclosure F1-F60\nPage A1")


@t("court-bundle", via="sol", long=True)
def _(c, r):
    return (f"Bundle page B17\nORDER dated {c.last.long} ...\nBundle page B18\n...\nBundle page C1\nStatement of {c.app}\n" + "\n".join(f"Page C{i}" for i in range(2, 6)) +
            f"\n{c.case_name} - e-bundle (PDF, 412 pages) - for hearing only")


@t("court-bundle", via="la", email=True)
def _(c, r):
    return {"text": f"Dear all,\nPlease find the link to the electronic bundle for the IRH on {c.hearing.long} below (CaseLines). The bundle is 964 pages. "
            f"Sections: A preliminaries; B orders; C statements; D LA documents; E experts; F medical; G police.\n{c.la} Legal Services",
            "subject": f"E-bundle - {c.case_name}"}


@t("court-bundle", via="sol", long=True)
def _(c, r):
    return (f"Supplementary bundle\nTAB 1 Updated police disclosure ({c.police})\nTAB 2 Hair strand test results\nTAB 3 Email correspondence between the parties\nTAB 4 School report\n"
            f"Prepared by the applicant's solicitors, {c.sol1}, for the hearing on {c.hearing.slash}")


@t("court-bundle", via="court", long=True)
def _(c, r):
    return (f"COURT BUNDLE\n{c.case_name}\nVolume 2 of 3\nINDEX (continued)\n" + table(r, ["Tab", "Document", "Date", "Page"], [
        ["23", "Section 7 report", c.last.add(-60).slash, "D1"], ["24", "Addendum s7", c.last.slash, "D31"], ["25", "Psychological assessment", c.last.add(-20).slash, "E1"],
        ["26", "PNC disclosure", c.last.add(-90).slash, "F1"]]))


@t("court-bundle", via="sol", src="upload")
def _(c, r):
    return (f"Core bundle (PD27A compliant)\nFor: {c.judge}\nEssential reading (time estimate 1.5 hours): A1-A12, C1-C34, D1-D40\nChronology\nCase summary\nList of issues\n"
            "Page numbering: A1 to G58")


@t("court-bundle", via="sol", long=True)
def _(c, r):
    return (f"{c.cn} - {c.case_name}\nFH Bundle\nA1\nA2\nPRELIMINARY DOCUMENTS\nCase summary and chronology on behalf of the applicant ...\n[page 46 of 518]")


@t("court-bundle", via="la", long=True)
def _(c, r):
    return (f"PLO BUNDLE - Care proceedings\n{c.la} v {c.mum_sur} & Ors\nIndex\nA Preliminaries (case summary, threshold, chronology)\nB Applications and orders\n"
            "C Statements (SWET, parents' responses)\nD Care plans\nE Expert evidence\nF Other documents (medical records, police disclosure)\nG Guardian (initial analysis)")


@t("court-bundle", cy=True, via="sol", long=True)
def _(c, r):
    return (f"YN Y LLYS TEULU {c.yn.upper()}\n{c.cn}\n##BWNDEL Y GWRANDAWIAD - MYNEGAI\nAdran A Dogfennau rhagarweiniol\nAdran B Ceisiadau a gorchmynion\n"
            "Adran C Datganiadau\nAdran D Adroddiadau CAFCASS Cymru\nAdran E Adroddiadau arbenigol\nAdran F Datgeliad yr heddlu")


@t("court-bundle", cy=True, via="la", email=True)
def _(c, r):
    return {"text": f"Annwyl bawb,\nMae'r ddolen i'r bwndel electronig ar gyfer y gwrandawiad ar {c.hearing.cy} isod. Mae'r bwndel yn 620 tudalen.\nGwasanaethau Cyfreithiol, {c.la_cy}",
            "subject": "Bwndel electronig"}


# ============================================================================================
# police-information: pnc-disclosure, police-callouts, police-check
# ============================================================================================
@t("pnc-disclosure", via="police")
def _(c, r):
    return (f"@@{c.police}\n@@Disclosure Unit\nPOLICE NATIONAL COMPUTER - RECORD OF CONVICTIONS\nSubject: {c.resp.upper()}  DOB {c.last.add(-12500).slash}  PNC ID {c.last.d.year - 10}/{r.randrange(100000, 999999)}{r.choice('ABCDEFGH')}\n"
            + table(r, ["Date", "Court", "Offence", "Disposal"], [[c.last.add(-2500).slash, f"{c.place} Magistrates", "Assault by beating", "Community order 12m"],
                                                              [c.last.add(-1500).slash, f"{c.place} Crown Court", "Possession with intent (Class B)", "18 months imprisonment"]]) +
            "\nCautions/reprimands: 1\nThis disclosure is for the family court only and must not be shown to any party.")


@t("pnc-disclosure", via="police", email=True)
def _(c, r):
    return {"text": f"Good morning\nPNC checks completed for the following:\n{c.app} - no trace\n{c.resp} - no trace\nNo local intelligence held.\nRegards\nFamily Court Disclosure Team\n{c.police}",
            "subject": f"Police check {c.cn} - NO TRACE"}


@t("pnc-disclosure", via="police", src="scan")
def _(c, r):
    return (f"PNC PRINT\nConvictions: 3  Offences: 5\nSESSION 1\nConviction date {c.last.add(-3000).slash}\nDrunk and disorderly - fine\nSESSION 2\nConviction date {c.last.add(-2000).slash}\n"
            f"Battery (domestic) - restraining order 2 yrs\nWarning signals: VIOLENT\nName: {c.dad}\nPage 1 of 2")


@t("pnc-disclosure", via="police")
def _(c, r):
    return (f"Antecedents / criminal record summary\nName: {c.partner}\nAliases: none\nConvictions: ABH ({c.last.d.year - 8}), harassment ({c.last.d.year - 5})\nOn bail: no\n"
            f"Wanted/missing: no\nSupplied by: {c.police} Disclosure Unit on {c.today.slash}\nNot to be disclosed to parties without leave of the court.")


@t("pnc-disclosure", via="police", email=True)
def _(c, r):
    return {"text": f"Hi,\nPlease find the PNC results for {c.resp}. He has one conviction in {c.last.d.year - 6} for criminal damage and a caution in {c.last.d.year - 2} for possession of cannabis. "
            "Nothing further.\nKind regards\nPolice Disclosure Officer\nOFFICIAL-SENSITIVE", "subject": f"PNC result - {c.resp}"}


@t("pnc-disclosure", via="police")
def _(c, r):
    line, rc = rcline(c, r, ["adult-posing-risk"])
    return {"text": f"RECORD OF CONVICTIONS AND CAUTIONS (PNC)\nName: {c.partner}\nSexual offence - 2011 - registered sex offender (notification requirements indefinite)\n{line}\nDisclosure Officer, {c.police}",
            "rc": rc}


@t("pnc-disclosure", via="police", src="upload")
def _(c, r):
    return (f"Subject: {c.app}\nDOB: {c.last.add(-11000).slash}\nPNC: no convictions. Reprimand as a juvenile (theft) {c.last.d.year - 20}.\nLocal systems: see separate call-out log.\n{c.police}")


@t("pnc-disclosure", via="police", email=True)
def _(c, r):
    return {"text": f"Cafcass request ref {c.cn}: we have no trace on PNC or local systems for either party at the addresses given. If you have other names/DOBs please resend. "
            "BTP Disclosure Unit", "subject": "No trace", "sender": "disclosure.unit@btp.police.uk"}


@t("pnc-disclosure", cy=True, via="police")
def _(c, r):
    return (f"@@{c.police_cy}\nCOFNOD EUOGFARNAU - CYFRIFIADUR CENEDLAETHOL YR HEDDLU (PNC)\nGwrthrych: {c.resp}\nEuogfarnau: ymosod trwy guro ({c.last.d.year - 7})\n"
            "Rhybuddion: 1\nDatgeliad ar gyfer y llys teulu yn unig.")


@t("pnc-disclosure", cy=True, via="police", email=True)
def _(c, r):
    return {"text": f"Bore da,\nMae gwiriadau PNC wedi'u cwblhau:\n{c.app} - dim cofnod\n{c.resp} - dim cofnod\nCofion\nUned Ddatgelu, {c.police_cy}",
            "subject": f"Gwiriad heddlu {c.cn}"}


@t("police-callouts", via="police")
def _(c, r):
    rows = [[c.last.add(-d).slash, f"{r.randrange(0, 23):02d}:{r.randrange(0, 59):02d}", pick(r, "Domestic - verbal", "Domestic - concern for welfare", "Breach of NMO", "Noise", "Domestic - assault"),
             pick(r, "Words of advice", "Arrest", "NFA", "DASH - standard", "DASH - medium")] for d in sorted(r.sample(range(30, 700), 4))]
    return (f"@@{c.police}\n##INCIDENTS ATTENDED AT {c.street.upper()}\n" + table(r, ["Date", "Time", "Type", "Outcome"], rows) +
            f"\nRequested by Cafcass ref {c.cn}")


@t("police-callouts", via="police", src="scan")
def _(c, r):
    return (f"STORM log summary\nLog {r.randrange(100, 999)} {c.last.add(-90).dots}\nCaller: female, {c.street}, says ex-partner banging on door, children inside\n"
            "Graded: immediate. Officers on scene 8 mins. Male left prior. Words of advice. DASH: medium.\nLog closed.")


@t("police-callouts", via="police", email=True)
def _(c, r):
    return {"text": f"Hi,\nAs requested, we have 3 incidents linked to {c.mum} in the past two years:\n1) {c.last.add(-600).slash} domestic argument, no offences\n"
            f"2) {c.last.add(-400).slash} concern for welfare of child, no further action\n3) {c.last.add(-90).slash} breach of NMO, male arrested, charged\nThanks\nPPU, {c.police}",
            "subject": "Incident history"}


@t("police-callouts", via="police")
def _(c, r):
    line, rc = rcline(c, r, ["missing-person"])
    return {"text": f"Incident report\n{line}\nReported by: mother at 22:14; found at friend's address 02:30\nOfficer: PC {r.randrange(1000, 9999)}\nSafe and well check completed. Return home interview referral made.",
            "rc": rc}


@t("police-callouts", via="police", src="scan")
def _(c, r):
    return (f"OccurrenceRef  Date  Classification  Address\n{r.randrange(10, 99)}{r.randrange(100000, 999999)}  {c.last.add(-300).slash}  DOMESTIC INCIDENT  {c.street}\n"
            f"{r.randrange(10, 99)}{r.randrange(100000, 999999)}  {c.last.add(-220).slash}  CHILD CONCERN  {c.street}\n{r.randrange(10, 99)}{r.randrange(100000, 999999)}  {c.last.add(-30).slash}  ASB  {c.street}\n"
            "Niche RMS extract")


@t("police-callouts", via="police")
def _(c, r):
    return (f"Call-outs: {c.dad}\nBritish Transport Police\nIncident at {c.place} railway station on {c.last.add(-50).long}: male verbally abusive to partner on platform, child present. "
            "Officers attended; words of advice. No offences.\nNotified to local force PPU.")


@t("police-callouts", via="police", email=True)
def _(c, r):
    return {"text": f"Log of calls to {c.street} ({c.police}):\n{c.last.add(-200).dots} 999 - argument\n{c.last.add(-180).dots} 101 - harassment via text\n{c.last.add(-20).dots} 999 - man refusing to leave\n"
            "Full logs can be provided on receipt of a court order.", "subject": "Callouts"}


@t("police-callouts", cy=True, via="police")
def _(c, r):
    return (f"@@{c.police_cy}\n##Log galwadau'r heddlu\nCyfeiriad: {c.street}\n{c.last.add(-300).cy} - digwyddiad domestig - geiriau o gyngor\n"
            f"{c.last.add(-150).cy} - pryder am les plentyn - dim camau pellach\n{c.last.add(-20).cy} - torri gorchymyn - arestio")


@t("police-callouts", cy=True, via="police", email=True)
def _(c, r):
    return {"text": f"Helo,\nMae gennym ddau ddigwyddiad yn gysylltiedig â {c.mum} yn ystod y ddwy flynedd diwethaf:\n1) {c.last.add(-400).cy} - ffrae ddomestig\n2) {c.last.add(-60).cy} - pryder am les plentyn\n"
            f"Uned Amddiffyn y Cyhoedd, {c.police_cy}", "subject": "Hanes digwyddiadau"}


@t("police-check", via="police")
def _(c, r):
    return (f"@@{c.police}\n##Police safeguarding check - response to Cafcass\nCafcass ref: {c.cn}\nPersons checked: {c.app}; {c.resp}; {c.partner}\n"
            "Result: information held. The respondent is a named perpetrator in 2 domestic incidents. Child protection referral 2022 (PPN). No current bail conditions.")


@t("police-check", via="police", email=True)
def _(c, r):
    return {"text": f"Cafcass,\nSafeguarding check result: no information held for the parties or the address provided.\nThis response does not include a PNC check. Regards\nSafeguarding Hub, {c.police}",
            "subject": f"Safeguarding check - {c.cn}"}


@t("police-check", via="police", src="scan")
def _(c, r):
    return (f"Schedule 2 / WTFH police check\nPart B (police use)\nSubject 1: {c.app}  Trace: " + tick(r, ["Yes", "No"], "No") + f"\nSubject 2: {c.resp}  Trace: " + tick(r, ["Yes", "No"], "Yes") +
            "\nSummary: 1 x DA incident (verbal), standard risk\nCompleted by: civilian investigator\n" + c.police)


@t("police-check", via="police")
def _(c, r):
    return (f"Response to request for police information\nWe are able to disclose the following to assist the family court:\n- MARAC: the applicant was heard at MARAC\n- Bail conditions: respondent not to contact applicant, expires {c.today.add(30).long}\n"
            f"- Open investigation: yes (do not disclose to respondent)\nOfficer in case: DC {c.pro()}")


@t("police-check", via="police", email=True)
def _(c, r):
    return {"text": f"Hi\nReturned check for {c.cn}: the father's new partner {c.partner} is known to us as a victim of DA in a previous relationship. No offending recorded. "
            "Please treat as sensitive.\nPolice Family Court Unit", "subject": "Check response"}


@t("police-check", via="police")
def _(c, r):
    line, rc = rcline(c, r, ["adult-posing-risk", "missing-person"])
    return {"text": f"Police safeguarding response\nSubject: {c.partner}\n{line}\nAdvice: any contact between {c.partner} and the children should be assessed.\n{c.police} - Central Referral Unit",
            "rc": rc}


@t("police-check", via="police", src="upload")
def _(c, r):
    return (f"Child Protection Information Check\nChildren: {c.kidnames}\nPPNs submitted: {r.randrange(1, 5)}\nMost recent: {c.last.add(-45).slash} - children present at DA incident\nShared with CSC: yes\nBritish Transport Police records: nil")


@t("police-check", via="police")
def _(c, r):
    return (f"Your request for a police check dated {c.last.slash} has been processed. The name supplied ({c.dad}) returns a possible match with a different date of birth. "
            "Please confirm DOB and any previous addresses so we can complete the check.\nVulnerability Hub")


@t("police-check", cy=True, via="police")
def _(c, r):
    return (f"@@{c.police_cy}\n##Gwiriad diogelu'r heddlu - ymateb i CAFCASS Cymru\nCyfeirnod: {c.cn}\nPobl a wiriwyd: {c.app}; {c.resp}\n"
            "Canlyniad: mae gwybodaeth yn cael ei chadw. Mae'r atebydd wedi'i enwi mewn dau ddigwyddiad domestig.")


@t("police-check", cy=True, via="police", email=True)
def _(c, r):
    return {"text": f"CAFCASS Cymru,\nCanlyniad y gwiriad diogelu: dim gwybodaeth ar gyfer y partïon na'r cyfeiriad.\nCofion\nHwb Diogelu, {c.police_cy}",
            "subject": f"Gwiriad diogelu {c.cn}"}


# extra correspondence: covering e-mails and cover sheets (they enclose other kinds; the label is
# what the item itself is)
@t("correspondence", email=True, via="court")
def _(c, r):
    return {"text": f"Dear Cafcass,\nPlease find attached the sealed order from the hearing on {c.last.long} which directs a section 7 report. Please acknowledge receipt.\n"
            f"Kind regards\nFamily Team, {c.place}", "subject": f"{c.cn} - sealed order attached"}


@t("correspondence", via="misc", src="scan")
def _(c, r):
    return (f"FAX / COVER SHEET\nTo: {c.team}\nFrom: {c.sol2}\nDate: {c.today.slash}\nNo. of pages (incl. this one): {r.randrange(3, 30)}\nRe: {c.case_name} {c.cn}\n"
            "Message: Please find enclosed our client's position statement and the police disclosure for your attention.\nIf you do not receive all pages please call.")


@t("correspondence", email=True, via="cafcass")
def _(c, r):
    return {"text": f"All,\nPlease find attached my section 7 report in the above matter, filed today. Parties' copies have been sent via Egress.\n{c.fca}\nFamily Court Adviser",
            "subject": f"{c.case_name} {c.cn} - s7 report filed"}


# ============================================================================================
# null: things nobody would put in a case file
# ============================================================================================
@t(None, email=True, via="misc")
def _(c, r):
    return {"text": f"Thank you for your email. I am out of the office until {c.today.add(7).long} with no access to email. For urgent matters please contact the duty desk.\n{c.pro()}",
            "subject": "Automatic reply: " + pick(r, "Team meeting", "Leave", "Training")}


@t(None, email=True, via="misc")
def _(c, r):
    return {"text": "Your password will expire in 3 days. To keep your access please click the link below and sign in.\nIT Service Desk\n(This is an automated message)",
            "subject": "ACTION REQUIRED: password expiry"}


@t(None, via="misc", src="scan")
def _(c, r):
    return f"STAFF CANTEEN - MENU THIS WEEK\nMonday: jacket potatoes\nTuesday: chilli con carne / veg chilli\nWednesday: roast chicken\nThursday: curry\nFriday: fish and chips\nAll meals £{r.randrange(3, 6)}.50"


@t(None, email=True, via="misc")
def _(c, r):
    return {"text": f"Hi all,\nReminder that the fire alarm will be tested on {c.today.add(2).day} at 10am. No need to evacuate.\nFacilities",
            "subject": "Fire alarm test"}


@t(None, via="misc")
def _(c, r):
    return ("MILEAGE AND EXPENSES CLAIM\nEmployee no: " + str(r.randrange(10000, 99999)) + "\nMonth: " + EN_MONTHS[c.today.d.month - 1] +
            f"\nMiles: {r.randrange(40, 400)}\nRate: 45p\nParking: £{r.randrange(2, 20)}.00\nManager approval: ________")


@t(None, email=True, via="misc")
def _(c, r):
    return {"text": "Dear Customer,\nYour parcel could not be delivered. Pay the £1.99 redelivery fee within 24 hours to avoid it being returned to sender.\nRoyal Delivery Services",
            "subject": "Delivery failed - action needed"}


@t(None, via="misc", src="scan")
def _(c, r):
    return "TEST PAGE\nScanner calibration\nABCDEFGHIJKLMNOPQRSTUVWXYZ\n0123456789\nDevice: MFD-3F-EAST"


@t(None, email=True, via="misc")
def _(c, r):
    return {"text": f"Places are still available on 'Understanding coercive control' (virtual, {c.today.add(20).long}, 09:30-12:30). Book on the learning platform.\nLearning and Development",
            "subject": "Training: places available"}


@t(None, via="misc")
def _(c, r):
    return ("Team newsletter - " + EN_MONTHS[c.today.d.month - 1] + "\nWelcome to our new starters!\nBake sale raised £212 for charity\nReminder: complete your mandatory data protection e-learning\nParking permits renew next month")


@t(None, email=True, via="misc")
def _(c, r):
    return {"text": "The printer on the 2nd floor is out of toner again. I have ordered more - should arrive Thursday. Please use the one by the kitchen.\nThanks, Office Manager",
            "subject": "printer"}


@t(None, via="misc", src="scan")
def _(c, r):
    return f"STATIONERY DELIVERY NOTE\nOrder {r.randrange(100000, 999999)}\n10 x A4 paper (box)\n4 x toner cartridge black\n2 x lever arch file\nReceived by: ________ Date: {c.today.slash}"


@t(None, email=True, via="misc")
def _(c, r):
    return {"text": f"Microsoft Teams meeting\nJoin on your computer or mobile app\nMeeting ID: {r.randrange(100, 999)} {r.randrange(100, 999)} {r.randrange(100, 999)}\nPasscode: {r.choice('ABCDEFGH')}{r.randrange(1000, 9999)}\nTeam meeting - standing agenda",
            "subject": "Weekly team meeting"}


@t(None, via="misc", src="scan")
def _(c, r):
    return "\n\n(blank page)\n"


@t(None, email=True, via="misc")
def _(c, r):
    return {"text": "Congratulations! You have been selected for an exclusive offer on legal CPD webinars. Unsubscribe at any time.",
            "subject": "Exclusive offer for legal professionals"}


@t(None, via="misc")
def _(c, r):
    return f"Car park permit application\nVehicle reg: {r.choice('ABCDEFGHKLMNPRSTVWY')}{r.choice('ABCDEFGHKLMNPRSTVWY')}{r.randrange(10, 74)} {r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}\nMake/model: Ford Fiesta\nDays on site: Mon Tue Thu"


@t(None, email=True, via="misc")
def _(c, r):
    return {"text": "Read receipt: Your message was read on " + c.today.slash + " 14:02.", "subject": "Read: " + pick(r, "Diary", "Leave request", "Lunch?")}


@t(None, via="misc")
def _(c, r):
    return "Lost property\nA blue umbrella and a reusable coffee cup have been handed in at reception. Please collect by Friday or they will be donated."


@t(None, cy=True, email=True, via="misc")
def _(c, r):
    return {"text": "Helo bawb,\nCofiwch fod y gwersi Cymraeg i staff yn ailddechrau ddydd Mawrth nesaf am 12:30 yn yr ystafell gyfarfod. Dewch â'ch cinio!\nSwyddog yr Iaith Gymraeg",
            "subject": "Gwersi Cymraeg"}


@t(None, cy=True, via="misc")
def _(c, r):
    return f"Cyfarfod tîm\nDyddiad: {c.today.cy}\nAgenda: 1. Croeso 2. Hyfforddiant 3. Gwyliau'r haf 4. Unrhyw fater arall\nTe a choffi ar gael"


@t(None, cy=True, email=True, via="misc")
def _(c, r):
    return {"text": "Neges awtomatig: Rydw i allan o'r swyddfa tan ddydd Llun. I'm out of the office until Monday.", "subject": "Ateb awtomatig / Automatic reply"}


@t(None, cy=True, via="misc", src="scan")
def _(c, r):
    return "Bwydlen y ffreutur\nDydd Llun: cawl\nDydd Mawrth: pasta\nDydd Mercher: cinio rhost\nDydd Iau: cyri\nDydd Gwener: pysgod a sglodion"


# ============================================================================================
# Document names as a person would write them (for conventional file names and subjects)
# ============================================================================================
DOCNAMES = {
    "contact-log": ["Contact log", "Contact log report", "Case log"],
    "wtfh-outcome": ["WTFH outcome", "FHDRA outcome form", "WTFH outcome form"],
    "detailed-recording": ["Home visit notes", "Detailed recording", "Interview notes", "School visit"],
    "welcome-letter": ["Welcome letter", "Welcome pack letter", "Allocation letter"],
    "letter-to-parties": ["Letter to parties", "Letter to mother", "Letter to father", "Appointment letter"],
    "letter-from-party": ["Letter from mother", "Letter from father", "Letter from grandmother", "Letter from applicant"],
    "correspondence": ["Correspondence", "Email from school", "Letter from solicitor", "Email from court"],
    "case-plan": ["Case plan", "Case plan (s7)", "Plan"],
    "case-plan-review": ["Case plan review", "Case plan update", "Supervision - case review"],
    "la-checks": ["LA checks", "Local authority checks", "LA check response", "MASH response"],
    "screening-response": ["Screening response", "Screening", "Health screening response"],
    "safety-assessment": ["Safety assessment", "Risk assessment", "DASH", "Safety plan"],
    "safeguarding-letter": ["Safeguarding letter", "SG letter", "Safeguarding Letter (CAP)"],
    "section-7-report": ["Section 7 report", "S7 report", "s7 Report FINAL"],
    "guardian-analysis": ["Guardian initial analysis", "Final analysis", "Children's guardian analysis"],
    "letter-to-court": ["Letter to court", "Letter to the court", "FAO letter to court"],
    "addendum-report": ["Addendum report", "Addendum s7", "Addendum"],
    "letter-from-child": ["Letter from child", "Letter from " , "Child's letter"],
    "child-drawing": ["Drawing", "Child's drawing", "Picture by child"],
    "direct-work-record": ["Direct work", "Direct work record", "Three houses"],
    "child-meets-judge": ["Note of meeting with judge", "Child meeting judge", "Judge's note"],
    "court-order": ["Order", "Final order", "Child arrangements order", "Court order"],
    "directions-order": ["Directions order", "Case management order", "Order (directions)"],
    "application": ["C100", "C1A", "Application", "C2 application"],
    "position-statement": ["Position statement", "PS", "Position statement (father)"],
    "witness-statement": ["Witness statement", "Statement", "Statement of mother"],
    "previous-cafcass": ["Previous Cafcass information", "Previous case", "Archived report"],
    "letter-of-instruction": ["Letter of instruction", "LOI", "Joint letter of instruction"],
    "expert-report": ["Expert report", "Psychological assessment", "Hair strand results", "ISW report"],
    "provider-report": ["Contact centre report", "SPIP certificate", "DAPP report", "Provider report"],
    "cp-conference-minutes": ["CP conference minutes", "ICPC minutes", "RCPC minutes"],
    "agency-information": ["GP letter", "School report", "Agency information", "CAMHS letter"],
    "legal-advice": ["Legal advice", "Advice from Cafcass Legal"],
    "solicitor-correspondence": ["Correspondence with child's solicitor", "Letter from child's solicitor"],
    "legal-call-note": ["Note of call with lawyer", "Legal call note", "Telephone note - legal"],
    "thank-you-card": ["Thank you card", "Card"],
    "informal-contact": ["Informal contact", "Update from mother", "Postcard"],
    "court-bundle": ["Court bundle", "Bundle", "E-bundle", "Hearing bundle"],
    "pnc-disclosure": ["PNC disclosure", "PNC", "Police disclosure"],
    "police-callouts": ["Police callouts", "Police call-out log", "Incident log"],
    "police-check": ["Police check", "Police safeguarding check", "Police response"],
}


def slug(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())


def make_sender(via, c, r):
    first, last = r.choice(PRO_F + PRO_M).lower(), r.choice(PRO_S).lower()
    if via == "police":
        unit = r.choice(["disclosure.unit", "familycourt.disclosure", "ppu.referrals", "safeguarding.hub", "cru", "mash.police"])
        if r.random() < 0.06:
            return f"{unit}@btp.police.uk"
        return f"{unit}@{c.pdom}.{r.choice(['police.uk', 'pnn.police.uk'])}"
    if via == "court":
        return r.choice([f"family.{slug(c.place)}@justice.gov.uk", f"{slug(c.place)}familycourt@justice.gov.uk",
                         f"privatelaw.{slug(c.place)}@justice.gov.uk", f"{first}.{last}@justice.gov.uk"])
    if via == "la":
        dom = slug(c.la.split()[0] if not c.la.startswith(("London", "City", "Royal")) else c.la.split()[-1])
        return f"{first}.{last}@{dom}.{'llyw.cymru' if c.wales and r.random() < 0.4 else 'gov.uk'}"
    if via in ("cafcass", "internal"):
        if via == "internal" and r.random() < 0.5:
            return r.choice([f"bsu.{slug(c.team.split('-')[-1])}@{c.cmail}", f"scanning.{slug(c.place)}@{c.cmail}"])
        n = c.fca.lower().split()
        return f"{n[0]}.{n[-1]}@{c.cmail}"
    if via == "legal":
        return r.choice([f"legal@{c.cmail}", f"{first}.{last}@{c.cmail}"])
    if via == "sol":
        firm = c.sol1.replace("LLP", "").replace("Solicitors", "").replace("Cyfreithwyr", "")
        return f"{first[0]}{last}@{slug(firm)[:18]}.co.uk"
    if via == "nhs":
        return f"{first}.{last}@{'wales.nhs.uk' if c.wales else 'nhs.net'}"
    if via == "school":
        return f"{r.choice(['office', 'head', 'dsl', 'admin'])}@{slug(c.school)[:20]}.sch.uk"
    if via in ("parent", "child"):
        who = r.choice([c.mum, c.dad, c.gran]).lower().split()
        return f"{who[0]}{r.choice(['', '.', '_'])}{who[-1]}{r.choice(['', str(r.randrange(1, 99)), str(r.randrange(1975, 2005))])}@{r.choice(MAILS)}"
    if via == "provider":
        return f"{r.choice(['referrals', 'admin', 'reports', 'bookings'])}@{slug(r.choice([c.centre, c.provider]))[:20]}.org.uk"
    if via == "expert":
        return f"dr.{c.expert.split()[-1].lower()}@{c.expert.split()[-1].lower()}{r.choice(['psychology', 'consulting', 'assessments'])}.co.uk"
    if via == "lab":
        return f"results@{slug(c.lab)[:16]}.co.uk"
    return f"{r.choice(['noreply', 'info', 'team', 'facilities', 'it.servicedesk', 'news'])}@{r.choice(['cafcass.gov.uk', 'gov.wales', 'mailer-hub.com', 'events-online.co.uk', 'estates.org.uk'])}"


def attach_subject(kind, c, r, cy):
    if r.random() < 0.15:
        return ""
    dn = r.choice(DOCNAMES.get(kind) or ["document"])
    opts = [c.cn, f"{c.case_name} {c.cn}", f"RE: {c.case_name}", "FW: documents", f"Secure: {c.cn}",
            f"[OFFICIAL-SENSITIVE] {c.cn}", "Scanned document", "Please see attached", f"Re: {c.k.first}",
            f"{c.cn} - {dn}", f"{dn} - {c.case_name}", f"FW: {dn}", "Message from scanner", "Documents for file"]
    if cy:
        opts += [f"Dogfen - {c.cn}", "Gweler yr atodiad", f"YMATEB: {c.case_name}"]
    return r.choice(opts)


def file_name(kind, part, source, c, r, lang, dn):
    if kind is not None and r.random() < 0.22:
        if lang == "cy" and r.random() < 0.6:
            name = KIND_INFO[kind]["name_cy"]
        else:
            name = dn or r.choice(DOCNAMES[kind])
        return f"{c.case_name} - {c.cn} - {name}.pdf"
    ts = f"{c.today.d.strftime('%Y%m%d')}_{r.randrange(70000, 175959):06d}"
    if part == "email":
        return r.choice(["message.eml", "email.eml", f"{r.randrange(1000, 99999)}.eml", "Outlook item.msg", "FW_.msg", "RE_.msg", f"mail_{ts}.eml"])
    if part == "attachment":
        return r.choice([f"ATT{r.randrange(1, 20):05d}.pdf", f"image{r.randrange(1, 9):03d}.png", "Letter.pdf", "scan.pdf", "Document1.docx",
                         f"WhatsApp Image {c.today.iso} at {r.randrange(8, 22)}.{r.randrange(10, 59)}.{r.randrange(10, 59)}.jpeg", f"{ts}.pdf",
                         "document.pdf", f"DOC-{c.today.d.strftime('%Y%m%d')}-WA{r.randrange(1, 40):04d}.pdf", "Report.pdf", "attachment.pdf"])
    if source == "scan":
        return r.choice([f"scan_{r.randrange(1, 9999):04d}.pdf", f"SKM_C308{c.today.d.strftime('%y%m%d')}{r.randrange(10000, 99999)}.pdf", f"{ts}.pdf",
                         f"IMG_{r.randrange(1000, 9999)}.jpg", f"Scan {c.today.d.day} {EN_MONTHS[c.today.d.month - 1][:3]} {c.today.d.year}.pdf",
                         f"doc{r.randrange(10000, 99999)}.pdf", f"image{r.randrange(1, 300):04d}.tif"])
    if source == "tree":
        return r.choice(["Copy of letter (2).doc", "New Microsoft Word Document.docx", "notes.rtf", f"DOC {r.randrange(1, 40)}.pdf",
                         "final FINAL v3.docx", "misc.doc", f"{c.dad_sur.upper()}.doc", "untitled.odt", "Letter.doc"])
    return r.choice(["document.pdf", f"upload_{r.randrange(16 ** 5, 16 ** 6):x}.pdf", f"download ({r.randrange(1, 9)}).pdf", "Untitled.pdf", "Letter.pdf", f"{ts}.pdf"])


# ============================================================================================
# Post-processing: what extraction and the scanner do to a text
# ============================================================================================
OCR_SUBS = [("rn", "m"), ("m", "rn"), ("l", "1"), ("I", "l"), ("O", "0"), ("0", "O"), ("cl", "d"), ("d", "cl"),
            ("fi", "ﬁ"), ("fi", " "), ("e", "c"), ("h", "b"), ("ll", "Il"), ("S", "5"), ("B", "8"), ("a", "o"), ("t", "l"), ("1", "l")]


def ocr_noise(text, r, rate):
    out = []
    for line in text.split("\n"):
        words = line.split(" ")
        nw = []
        for w in words:
            if w and r.random() < rate:
                subs = [s for s in OCR_SUBS if s[0] in w]
                if subs:
                    a, b = r.choice(subs)
                    i = w.find(a)
                    w = w[:i] + b + w[i + len(a):]
            if len(w) > 6 and r.random() < rate / 3:
                k = r.randrange(2, len(w) - 2)
                w = w[:k] + r.choice([" ", "- ", " "]) + w[k:]
            if r.random() < rate / 8:
                w = w + r.choice(["'", ".", ",", "|", "~", "`"])
            nw.append(w)
        line = " ".join(nw)
        if r.random() < rate / 2:
            line = line.replace("ŵ", "w").replace("ŷ", "y").replace("â", "a").replace("ô", "o")
        out.append(line)
    return "\n".join(out)


HEADERS = ["OFFICIAL - SENSITIVE", "OFFICIAL-SENSITIVE: PERSONAL", "PRIVATE AND CONFIDENTIAL", "CONFIDENTIAL - NOT FOR DISCLOSURE",
           "Protect - Personal", "SWYDDOGOL - SENSITIF / OFFICIAL - SENSITIVE"]
DISCLAIMERS = ["This email and any files transmitted with it are confidential and intended solely for the use of the individual to whom they are addressed. "
               "If you have received this email in error please notify the sender.",
               "Egress Switch: this message was sent securely. Classification: OFFICIAL-SENSITIVE",
               "Think before you print.",
               "Mae'r e-bost hwn yn gyfrinachol. This email is confidential.",
               "Sent from my iPhone", "Sent from Outlook for Android", "Get Outlook for iOS"]


def process(text, meta, r, c):
    recipe = []
    lines = text.split("\n")
    # key heading: dropped in about a third
    if any(l.startswith("##") for l in lines):
        if r.random() < 0.34:
            lines = [l for l in lines if not l.startswith("##")]
            recipe.append("nohead")
        else:
            lines = [l[2:] if l.startswith("##") else l for l in lines]
    # letterhead cut off by the scanner
    if any(l.startswith("@@") for l in lines):
        if meta["source"] == "scan" and r.random() < 0.5:
            lines = [l for l in lines if not l.startswith("@@")]
            recipe.append("lhcut")
        else:
            lines = [l[2:] if l.startswith("@@") else l for l in lines]
    # first page only of a long document
    if meta["long"] and len(lines) > 8 and r.random() < 0.5:
        keep = max(6, int(len(lines) * r.uniform(0.55, 0.8)))
        lines = lines[:keep] + [f"Page 1 of {r.randrange(4, 40)}"]
        recipe.append("p1")
    # partial form: some values missing
    if r.random() < 0.12:
        new = []
        for i, l in enumerate(lines):
            if i > 2 and ": " in l and len(l) < 60 and r.random() < 0.3:
                l = l.split(": ")[0] + ":"
            new.append(l)
        if new != lines:
            recipe.append("partial")
        lines = new
    # repeated headers/footers and page numbers
    if meta["part"] != "email" and len(lines) > 9 and r.random() < 0.4:
        h = r.choice(HEADERS)
        foot = r.choice([f"{c.cn}", f"{c.case_name}", "", f"Printed {c.today.slash}"])
        n = r.randrange(2, 4)
        step = max(5, len(lines) // n)
        out = []
        for pi in range(0, len(lines), step):
            page = pi // step + 1
            out.append(h)
            out.extend(lines[pi:pi + step])
            out.append(f"{foot}  Page {page} of {(len(lines) + step - 1) // step}".strip())
        lines = out
        recipe.append("hf")
    text = "\n".join(lines)
    # e-mail transmission data and disclaimers
    if meta["part"] == "email":
        if r.random() < 0.45:
            to = r.choice([f"{c.team} Business Services", make_sender("cafcass", c, r), "Intake"])
            text = (f"From: {meta['sender']}\nSent: {c.today.day} {r.randrange(7, 19):02d}:{r.randrange(0, 59):02d}\nTo: {to}\n"
                    f"Subject: {meta['subject']}\n\n" + text)
            recipe.append("hdr")
        if r.random() < 0.45:
            text += "\n" + r.choice(DISCLAIMERS)
            recipe.append("disc")
        if r.random() < 0.12:
            text += f"\n\n-----Original Message-----\nFrom: {make_sender('cafcass', c, r)}\nSent: {c.last.long}\nSubject: {c.cn}\nHello, could you send an update please?"
            recipe.append("thread")
    clean = text
    # OCR on about half of the scans
    if meta["source"] == "scan" and meta["part"] == "document" and r.random() < 0.55:
        text = ocr_noise(text, r, r.uniform(0.04, 0.12))
        recipe.append("ocr")
    return text, recipe, clean


# ============================================================================================
# Build
# ============================================================================================
RC_LA = ["child-protection", "looked-after-child", "other-childrens-social-care", "privately-fostered-child", "adoption", "foster-carers"]
RC_KINDS = {
    "la-checks": RC_LA, "agency-information": RC_LA + ["missing-person"], "cp-conference-minutes": ["child-protection"],
    "screening-response": ["child-protection", "other-childrens-social-care", "adult-posing-risk"],
    "police-check": ["adult-posing-risk"], "pnc-disclosure": ["adult-posing-risk"],
    "guardian-analysis": ["looked-after-child", "child-protection", "adoption"],
    "case-plan": ["looked-after-child", "child-protection"], "case-plan-review": ["looked-after-child", "child-protection", "adoption"],
    "witness-statement": ["looked-after-child", "child-protection"], "court-order": ["looked-after-child", "adoption"],
    "safety-assessment": ["child-protection", "adult-posing-risk"], "previous-cafcass": ["child-protection", "looked-after-child"],
}


RC_PUBLIC_ONLY = {"case-plan", "case-plan-review", "guardian-analysis", "court-order", "witness-statement", "previous-cafcass"}


def load_kinds():
    with open(KINDS_TOML, "rb") as f:
        data = tomllib.load(f)
    return {k["id"]: k for k in data["kind"]}


KIND_INFO = load_kinds()


def choose_source(tmpl, r):
    """Return (part, source)."""
    if tmpl["email"]:
        return "email", "email"
    pref = tmpl["src"]
    x = r.random()
    if pref == "scan":
        return ("document", "scan") if x < 0.75 else ("attachment", "email")
    if pref == "tree":
        return ("document", "tree") if x < 0.6 else ("document", "scan") if x < 0.75 else ("attachment", "email")
    if pref == "upload":
        return ("document", "upload") if x < 0.6 else ("attachment", "email")
    if x < 0.3:
        return "document", "scan"
    if x < 0.4:
        return "document", "tree"
    if x < 0.55:
        return "document", "upload"
    return "attachment", "email"


def plan_slots(kind, r, n):
    tl = TEMPLATES[kind]
    cy = [t_ for t_ in tl if t_["cy"]]
    en = [t_ for t_ in tl if not t_["cy"]]
    slots = list(tl)
    want_cy = max(len(cy), round(n * 0.24)) if cy else 0
    while len(slots) < n:
        if sum(1 for s in slots if s["cy"]) < want_cy:
            slots.append(r.choice(cy))
        else:
            slots.append(r.choice(en))
    r.shuffle(slots)
    return slots


def build():
    examples = []
    order = list(KIND_INFO) + [None]
    for kind in order:
        tl = TEMPLATES[kind]
        n = 25 if kind is None else (11 if R.random() < 0.3 else 10)
        for j, tmpl in enumerate(plan_slots(kind, R, n)):
            # each example has its own generator, so editing one template does not reshuffle the rest
            rr = random.Random(f"{SEED}/{kind}/{j}/{tmpl['tid']}")
            wales = tmpl["wales"] or rr.random() < 0.2
            c = Ctx(rr, wales=wales)
            res = tmpl["fn"](c, rr)
            if isinstance(res, str):
                res = {"text": res}
            part, source = choose_source(tmpl, rr)
            if part in ("email", "attachment"):
                sender = res.get("sender") or make_sender(tmpl["via"], c, rr)
                if part == "email":
                    subject = res.get("subject", "")
                    if subject and rr.random() < 0.08:
                        subject = ""
                else:
                    subject = attach_subject(kind, c, rr, tmpl["cy"])
            else:
                sender, subject = "", ""
            meta = {"part": part, "source": source, "long": tmpl["long"], "sender": sender, "subject": subject}
            raw = res["text"]
            rc = res.get("rc")
            # some agency, police and public-law records carry a status line; record_class follows it
            if (not rc and kind in RC_KINDS and not tmpl["email"] and rr.random() < 0.6
                    and (c.public or kind not in RC_PUBLIC_ONLY)):
                line, rc = rcline(c, rr, RC_KINDS[kind], cy=tmpl["cy"])
                ls = raw.split("\n")
                at = min(len(ls), rr.randrange(1, 4))
                raw = "\n".join(ls[:at] + [line] + ls[at:])
            text, steps, clean = process(raw, meta, rr, c)
            lang = "cy" if tmpl["cy"] else "en"
            ex = {
                "id": None, "kind": kind, "language": lang, "part": part, "source": source,
                "file_name": file_name(kind, part, source, c, rr, lang, res.get("dn")),
                "sender": sender, "subject": subject, "text": text,
            }
            if rc:
                # only where the text itself (before OCR noise) still states it
                stated = {st.format(k=c.k.full, p=c.partner) for sts in RC_STATEMENTS.values() for st in sts} | set(RC_CY.values())
                if any(st in clean for st in stated):
                    ex["record_class"] = rc
            ex["recipe"] = f"{tmpl['tid']}" + (f"+{tmpl['via']}" if tmpl["via"] else "") + "|" + (",".join([part, source] + steps))
            examples.append(ex)
    R.shuffle(examples)
    for i, ex in enumerate(examples, 1):
        ex["id"] = f"d{i:04d}"
    return examples


# ============================================================================================
# Validate and report
# ============================================================================================
FIELDS = ["id", "kind", "language", "part", "source", "file_name", "sender", "subject", "text", "record_class", "recipe"]
RECORD_CLASSES = {"looked-after-child", "child-protection", "adoption", "foster-carers", "privately-fostered-child",
                  "missing-person", "adult-posing-risk", "other-childrens-social-care"}


def validate(path):
    kinds = load_kinds()
    seen, rows = set(), []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            o = json.loads(line)
            assert set(o) <= set(FIELDS) and set(FIELDS) - {"record_class"} <= set(o), (n, sorted(o))
            assert o["id"].startswith("d") and o["id"] not in seen, o["id"]
            seen.add(o["id"])
            assert o["kind"] is None or o["kind"] in kinds, o["kind"]
            assert o["language"] in ("en", "cy")
            assert o["part"] in ("document", "attachment", "email")
            assert o["source"] in ("scan", "tree", "upload", "email")
            if o["part"] in ("email", "attachment"):
                assert o["source"] == "email" and "@" in o["sender"], o["id"]
            else:
                assert o["source"] != "email" and o["sender"] == "" and o["subject"] == "", o["id"]
            assert o["text"].strip(), o["id"]
            assert o["file_name"].strip()
            if "record_class" in o:
                assert o["record_class"] in RECORD_CLASSES
            rows.append(o)
    per_kind = Counter(o["kind"] for o in rows)
    for k in kinds:
        assert per_kind[k] >= 10, (k, per_kind[k])
    return rows, kinds


def report(rows, kinds):
    def show(title, counter):
        print(f"\n{title}:")
        for k, v in sorted(counter.items(), key=lambda kv: (str(kv[0]))):
            print(f"  {str(k):28s} {v}")
    print(f"total {len(rows)}")
    by_kind = Counter(o["kind"] or "null" for o in rows)
    cy_kind = Counter(o["kind"] or "null" for o in rows if o["language"] == "cy")
    print("\nby kind (total / cy):")
    for k in list(kinds) + ["null"]:
        print(f"  {k:28s} {by_kind[k]:3d} / {cy_kind[k]}")
    show("by folder", Counter(kinds[o["kind"]]["folder"] if o["kind"] else "none" for o in rows))
    show("by language", Counter(o["language"] for o in rows))
    show("by part", Counter(o["part"] for o in rows))
    show("by source", Counter(o["source"] for o in rows))
    show("record_class", Counter(o.get("record_class") for o in rows if o.get("record_class")))
    conv = sum(1 for o in rows if " - " in o["file_name"] and o["file_name"].count(" - ") >= 2)
    print(f"\nconventional file names: {conv}")
    print(f"scans with OCR noise: {sum(1 for o in rows if 'ocr' in o['recipe'])} of {sum(1 for o in rows if o['source'] == 'scan')}")
    print(f"key heading dropped: {sum(1 for o in rows if 'nohead' in o['recipe'])}; first page only: {sum(1 for o in rows if 'p1' in o['recipe'])}; "
          f"letterhead cut: {sum(1 for o in rows if 'lhcut' in o['recipe'])}")
    tcount = {k: len(TEMPLATES[k]) for k in list(kinds) + [None]}
    print(f"templates: {sum(tcount.values())} (min per kind {min(v for k, v in tcount.items() if k)}, null {tcount[None]})")
    words = sorted(len(o["text"].split()) for o in rows)
    print(f"words per text: median {words[len(words) // 2]}, min {words[0]}, max {words[-1]}")


def main():
    missing = [k for k in KIND_INFO if len(TEMPLATES[k]) < 8]
    assert not missing, f"fewer than 8 templates: {missing}"
    unknown = [k for k in TEMPLATES if k is not None and k not in KIND_INFO]
    assert not unknown, unknown
    examples = build()
    with open(OUT, "w", encoding="utf-8") as f:
        for ex in examples:
            f.write(json.dumps(ex, ensure_ascii=False) + "\n")
    rows, kinds = validate(OUT)
    report(rows, kinds)
    print(f"\nwrote {OUT}")


if __name__ == "__main__":
    main()
