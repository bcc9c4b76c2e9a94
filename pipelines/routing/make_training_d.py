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
            f"Beth ddigwyddodd: Roedd y cartref yn lân ac yn gynnes. Dangosodd {c.k.first} ei ystafell wely i mi. "
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
    return (f"At y swyddog,\nRwy'n poeni'n fawr am {c.k.first}. Mae {c.k.he == 'she' and 'hi' or 'e'} yn dod adref o dŷ ei {pick(r, 'dad', 'fam')} yn drist bob tro. "
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
