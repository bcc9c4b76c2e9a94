#!/usr/bin/env python3
"""Training set I for the casevault document-routing classifier.

Angle: long documents as a scanner and OCR (or an e-mail client) hand them over, with a strong
Welsh share (CAFCASS Cymru, cynghorau, Heddlu, Byrddau Iechyd, Llys Teulu).

Python 3.11 standard library only. Deterministic: the slot plan uses random.Random(SEED) and every
example has its own random.Random seeded from "SEED:kind:slot:template". Writes training-i.jsonl
beside this file, validates it against kinds.toml and prints counts.

Everything personal (people, children, addresses, references, case numbers, firms, schools,
contact centres, providers) is invented. Real public bodies are named, but no real record is used.
"""
import datetime as dt
import json
import random
import re
import sys
import tomllib
from collections import Counter, defaultdict
from pathlib import Path

SEED = 20251107
HERE = Path(__file__).resolve().parent
OUT = HERE / "training-i.jsonl"

# --------------------------------------------------------------------------------------------
# Invented people, real places and bodies
# --------------------------------------------------------------------------------------------
EN_M = ["Jack", "Oliver", "Harry", "Leo", "Noah", "Alfie", "Charlie", "Mason", "Ethan", "Kai",
        "Reuben", "Tyler", "Ryan", "Callum", "Jamal", "Aaron", "Liam", "Daniel", "Mohammed", "Kyle"]
EN_F = ["Amelia", "Isla", "Ava", "Mia", "Ruby", "Grace", "Lily", "Poppy", "Evie", "Freya", "Zara",
        "Maisie", "Leah", "Chloe", "Hannah", "Aisha", "Jade", "Kelly", "Sophie", "Danielle"]
EN_S = ["Hughes", "Patel", "Walker", "Bennett", "Shaw", "Holt", "Kaur", "Murray", "Doyle", "Barker",
        "Atkinson", "Fletcher", "Begum", "Nowak", "Kowalski", "Hart", "Lawson", "Reid", "O'Neill",
        "Pearce", "Ahmed", "Marsh", "Clarke", "Whitfield"]
CY_M = ["Osian", "Gethin", "Tomos", "Ifan", "Dafydd", "Rhys", "Hedd", "Macsen", "Steffan", "Cai",
        "Llŷr", "Elis", "Gruffydd", "Deio", "Iwan", "Aled", "Emyr", "Huw", "Dylan", "Owain"]
CY_F = ["Cerys", "Elin", "Mabli", "Nia", "Efa", "Lowri", "Seren", "Alaw", "Gwenllian", "Catrin",
        "Lleucu", "Megan", "Ffion", "Non", "Heledd", "Sioned", "Angharad", "Manon", "Eleri", "Bethan"]
CY_S = ["Jones", "Williams", "Davies", "Evans", "Thomas", "Roberts", "Hughes", "Lewis", "Morgan",
        "Griffiths", "Owen", "Pritchard", "Parry", "Rees", "Prosser", "Jenkins", "Bowen", "Llywelyn",
        "Huws", "Puw", "Rowlands", "Vaughan", "Gwilym", "Tudur"]

WALES = [
    dict(town="Cardiff", town_cy="Caerdydd", yn_town="yng Nghaerdydd", council="Cardiff Council",
         cyngor="Cyngor Caerdydd", dom="cardiff.gov.uk", police="South Wales Police",
         heddlu="Heddlu De Cymru", pdom="south-wales.police.uk",
         hb="Cardiff and Vale University Health Board", hb_cy="Bwrdd Iechyd Prifysgol Caerdydd a'r Fro",
         team="CAFCASS Cymru South East", team_cy="CAFCASS Cymru De-ddwyrain", code="CF", pc="CF10"),
    dict(town="Swansea", town_cy="Abertawe", yn_town="yn Abertawe", council="City and County of Swansea",
         cyngor="Dinas a Sir Abertawe", dom="swansea.gov.uk", police="South Wales Police",
         heddlu="Heddlu De Cymru", pdom="south-wales.police.uk",
         hb="Swansea Bay University Health Board", hb_cy="Bwrdd Iechyd Prifysgol Bae Abertawe",
         team="CAFCASS Cymru South West", team_cy="CAFCASS Cymru De-orllewin", code="SA", pc="SA1"),
    dict(town="Newport", town_cy="Casnewydd", yn_town="yng Nghasnewydd", council="Newport City Council",
         cyngor="Cyngor Dinas Casnewydd", dom="newport.gov.uk", police="Gwent Police",
         heddlu="Heddlu Gwent", pdom="gwent.police.uk",
         hb="Aneurin Bevan University Health Board", hb_cy="Bwrdd Iechyd Prifysgol Aneurin Bevan",
         team="CAFCASS Cymru South East", team_cy="CAFCASS Cymru De-ddwyrain", code="NP", pc="NP20"),
    dict(town="Wrexham", town_cy="Wrecsam", yn_town="yn Wrecsam",
         council="Wrexham County Borough Council", cyngor="Cyngor Bwrdeistref Sirol Wrecsam",
         dom="wrexham.gov.uk", police="North Wales Police", heddlu="Heddlu Gogledd Cymru",
         pdom="north-wales.police.uk", hb="Betsi Cadwaladr University Health Board",
         hb_cy="Bwrdd Iechyd Prifysgol Betsi Cadwaladr", team="CAFCASS Cymru North",
         team_cy="CAFCASS Cymru Gogledd", code="WR", pc="LL11"),
    dict(town="Caernarfon", town_cy="Caernarfon", yn_town="yng Nghaernarfon", council="Gwynedd Council",
         cyngor="Cyngor Gwynedd", dom="gwynedd.llyw.cymru", police="North Wales Police",
         heddlu="Heddlu Gogledd Cymru", pdom="north-wales.police.uk",
         hb="Betsi Cadwaladr University Health Board", hb_cy="Bwrdd Iechyd Prifysgol Betsi Cadwaladr",
         team="CAFCASS Cymru North", team_cy="CAFCASS Cymru Gogledd", code="CN", pc="LL55"),
    dict(town="Carmarthen", town_cy="Caerfyrddin", yn_town="yng Nghaerfyrddin",
         council="Carmarthenshire County Council", cyngor="Cyngor Sir Caerfyrddin", dom="sirgar.llyw.cymru",
         police="Dyfed-Powys Police", heddlu="Heddlu Dyfed-Powys", pdom="dyfed-powys.police.uk",
         hb="Hywel Dda University Health Board", hb_cy="Bwrdd Iechyd Prifysgol Hywel Dda",
         team="CAFCASS Cymru Mid and West", team_cy="CAFCASS Cymru Canolbarth a'r Gorllewin",
         code="CR", pc="SA31"),
    dict(town="Aberystwyth", town_cy="Aberystwyth", yn_town="yn Aberystwyth",
         council="Ceredigion County Council", cyngor="Cyngor Sir Ceredigion", dom="ceredigion.gov.uk",
         police="Dyfed-Powys Police", heddlu="Heddlu Dyfed-Powys", pdom="dyfed-powys.police.uk",
         hb="Hywel Dda University Health Board", hb_cy="Bwrdd Iechyd Prifysgol Hywel Dda",
         team="CAFCASS Cymru Mid and West", team_cy="CAFCASS Cymru Canolbarth a'r Gorllewin",
         code="AB", pc="SY23"),
    dict(town="Merthyr Tydfil", town_cy="Merthyr Tudful", yn_town="ym Merthyr Tudful",
         council="Merthyr Tydfil County Borough Council", cyngor="Cyngor Bwrdeistref Sirol Merthyr Tudful",
         dom="merthyr.gov.uk", police="South Wales Police", heddlu="Heddlu De Cymru",
         pdom="south-wales.police.uk", hb="Cwm Taf Morgannwg University Health Board",
         hb_cy="Bwrdd Iechyd Prifysgol Cwm Taf Morgannwg", team="CAFCASS Cymru South East",
         team_cy="CAFCASS Cymru De-ddwyrain", code="MR", pc="CF47"),
    dict(town="Llandudno", town_cy="Llandudno", yn_town="yn Llandudno",
         council="Conwy County Borough Council", cyngor="Cyngor Bwrdeistref Sirol Conwy", dom="conwy.gov.uk",
         police="North Wales Police", heddlu="Heddlu Gogledd Cymru", pdom="north-wales.police.uk",
         hb="Betsi Cadwaladr University Health Board", hb_cy="Bwrdd Iechyd Prifysgol Betsi Cadwaladr",
         team="CAFCASS Cymru North", team_cy="CAFCASS Cymru Gogledd", code="LL", pc="LL30"),
    dict(town="Pontypridd", town_cy="Pontypridd", yn_town="ym Mhontypridd",
         council="Rhondda Cynon Taf County Borough Council", cyngor="Cyngor Bwrdeistref Sirol Rhondda Cynon Taf",
         dom="rctcbc.gov.uk", police="South Wales Police", heddlu="Heddlu De Cymru",
         pdom="south-wales.police.uk", hb="Cwm Taf Morgannwg University Health Board",
         hb_cy="Bwrdd Iechyd Prifysgol Cwm Taf Morgannwg", team="CAFCASS Cymru South East",
         team_cy="CAFCASS Cymru De-ddwyrain", code="PT", pc="CF37"),
]
ENGLAND = [
    ("Leeds", "Leeds City Council", "leeds.gov.uk", "West Yorkshire Police", "westyorkshire.police.uk",
     "Leeds Community Healthcare NHS Trust", "Cafcass Yorkshire and the Humber", "LS", "LS1"),
    ("Manchester", "Manchester City Council", "manchester.gov.uk", "Greater Manchester Police", "gmp.police.uk",
     "Manchester University NHS Foundation Trust", "Cafcass Greater Manchester", "MA", "M3"),
    ("Birmingham", "Birmingham Children's Trust", "birminghamchildrenstrust.co.uk", "West Midlands Police",
     "west-midlands.police.uk", "Birmingham Community Healthcare NHS Foundation Trust", "Cafcass West Midlands", "BM", "B4"),
    ("Bristol", "Bristol City Council", "bristol.gov.uk", "Avon and Somerset Police", "avonandsomerset.police.uk",
     "Sirona care & health", "Cafcass South West", "BS", "BS1"),
    ("Nottingham", "Nottingham City Council", "nottinghamcity.gov.uk", "Nottinghamshire Police", "notts.police.uk",
     "Nottingham University Hospitals NHS Trust", "Cafcass East Midlands", "NG", "NG1"),
    ("Liverpool", "Liverpool City Council", "liverpool.gov.uk", "Merseyside Police", "merseyside.police.uk",
     "Alder Hey Children's NHS Foundation Trust", "Cafcass Merseyside", "LV", "L2"),
    ("Newcastle", "Newcastle City Council", "newcastle.gov.uk", "Northumbria Police", "northumbria.police.uk",
     "Newcastle upon Tyne Hospitals NHS Foundation Trust", "Cafcass North East", "NE", "NE1"),
    ("Sheffield", "Sheffield City Council", "sheffield.gov.uk", "South Yorkshire Police", "southyorks.police.uk",
     "Sheffield Children's NHS Foundation Trust", "Cafcass South Yorkshire", "SH", "S1"),
    ("East London", "London Borough of Newham", "newham.gov.uk", "Metropolitan Police Service", "met.police.uk",
     "East London NHS Foundation Trust", "Cafcass London", "ZE", "E15"),
    ("Chelmsford", "Essex County Council", "essex.gov.uk", "Essex Police", "essex.police.uk",
     "Essex Partnership University NHS Foundation Trust", "Cafcass East of England", "CM", "CM1"),
    ("Plymouth", "Plymouth City Council", "plymouth.gov.uk", "Devon and Cornwall Police", "dc.police.uk",
     "Livewell Southwest", "Cafcass South West", "PL", "PL1"),
    ("Chester", "Cheshire West and Chester Council", "cheshirewestandchester.gov.uk", "Cheshire Constabulary",
     "cheshire.police.uk", "Cheshire and Wirral Partnership NHS Foundation Trust", "Cafcass Cheshire", "CH", "CH1"),
]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_CY = ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi",
             "Hydref", "Tachwedd", "Rhagfyr"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DAYS_CY = ["Dydd Llun", "Dydd Mawrth", "Dydd Mercher", "Dydd Iau", "Dydd Gwener", "Dydd Sadwrn", "Dydd Sul"]
SCHOOLS_EN = ["St Aidan's C of E Primary School", "Meadowbank Primary Academy", "Greenfield Community Primary",
              "Holy Family Catholic Primary", "Northgate Academy", "Riverside Junior School", "Oakwood High School"]
SCHOOLS_CY = ["Ysgol Gynradd Gymraeg Bro Dewi", "Ysgol y Wern", "Ysgol Gynradd Pen-y-bryn", "Ysgol Gymraeg Llwyncelyn",
              "Ysgol Uwchradd Glan Afon", "Ysgol Gyfun Gymraeg Cwm Rhos", "Ysgol Bro Tegid"]
CENTRES = ["Brightside Child Contact Centre", "The Willows Contact Centre", "Canolfan Cyswllt Teulu Seren",
           "Haven Family Contact Service", "Canolfan Deuluol y Bont", "Kingfisher Supervised Contact"]
PROVIDERS = ["Pathways Family Support CIC", "Cam wrth Gam Family Services", "Bridges Separated Parents Programme Ltd",
             "Teuluoedd Ymlaen Cyf", "Northpoint Child Contact Interventions", "Llwybrau Family Therapy"]
DA_SERVICES = ["Hafan Ddiogel Domestic Abuse Service", "Safer Futures DA Service", "Calon Lân Women's Aid",
               "Beacon Domestic Abuse Support", "Gwalia Outreach DA Service"]
FIRMS = ["Prosser Vaughan Solicitors", "Gwilym & Rowlands LLP", "Harcourt Lane Family Law", "Bowen Tudur Cyfreithwyr",
         "Whitfield Marsh & Co", "Llywelyn Parry Solicitors", "Doyle Kaur Family Law", "Hart Atkinson Solicitors",
         "Evans Puw Cyfreithwyr", "Northbridge Family Solicitors"]
EXPERTS = [("Dr Siân Llywelyn", "Consultant Clinical Psychologist"), ("Dr Martin Reid", "Consultant Child and Adolescent Psychiatrist"),
           ("Ms Ceri Bowen", "Independent Social Worker"), ("Dr Helen Nowak", "Chartered Forensic Psychologist"),
           ("Dr Gareth Huws", "Consultant Paediatrician"), ("Ms Ruth Shaw", "Independent Social Worker"),
           ("Dr Owain Tudur", "Consultant Adult Psychiatrist")]
WEBMAIL = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "icloud.com", "btinternet.com", "live.co.uk"]


def fmt_en(d, rng):
    s = rng.randrange(5)
    if s == 0:
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if s == 1:
        return f"{DAYS_EN[d.weekday()]} {d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    if s == 2:
        return f"{d.day} {MONTHS_EN[d.month - 1][:3]} {d.year}"
    return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"


def fmt_cy(d, rng):
    # no weekday form: "ar ddydd ..." would need a mutation wherever the date is used in a sentence
    s = rng.randrange(4)
    if s == 0:
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if s == 1:
        return f"{d.day}.{d.month}.{d.year}"
    return f"{d.day} {MONTHS_CY[d.month - 1]} {d.year}"


def slug(s):
    return re.sub(r"[^a-z]", "", s.lower().replace("ŷ", "y").replace("â", "a"))


class Ctx(dict):
    def __missing__(self, key):
        raise KeyError(f"template placeholder {{{key}}} is not defined")


def make_case(rng, welsh_region, law):
    """One invented case. welsh_region: place it in Wales. law: 'private' or 'public'."""
    c = Ctx()
    if welsh_region:
        r = rng.choice(WALES)
        c.update(r)
        c["court"] = f"the Family Court at {r['town']}"
        c["court_short"] = f"{r['town']} Family Court"
        c["court_cy"] = f"Llys Teulu {r['town_cy']}"
        c["org"] = "CAFCASS Cymru"
        c["orgdom"] = rng.choice(["gov.wales", "gov.wales", "llyw.cymru"])
        first_m, first_f, surs = CY_M, CY_F, CY_S
        if rng.random() < 0.3:
            first_m, first_f, surs = CY_M + EN_M, CY_F + EN_F, CY_S + EN_S
        c["nhsdom"] = "wales.nhs.uk"
        c["school"] = rng.choice(SCHOOLS_CY)
        c["wales"] = True
    else:
        (town, council, dom, police, pdom, hb, team, code, pc) = rng.choice(ENGLAND)
        c.update(town=town, town_cy=town, yn_town=f"yn {town}", council=council, cyngor=council, dom=dom,
                 police=police, heddlu=police, pdom=pdom, hb=hb, hb_cy=hb, team=team, team_cy=team, code=code,
                 pc=pc)
        c["court"] = f"the Family Court at {town}"
        c["court_short"] = f"{town} Family Court"
        c["court_cy"] = f"Llys Teulu {town}"
        c["org"] = "Cafcass"
        c["orgdom"] = "cafcass.gov.uk"
        first_m, first_f, surs = EN_M, EN_F, EN_S
        c["nhsdom"] = "nhs.net"
        c["school"] = rng.choice(SCHOOLS_EN)
        c["wales"] = False
    boy = rng.random() < 0.5
    msur, fsur = rng.sample(surs, 2)
    csur = fsur if rng.random() < 0.6 else msur
    c["child_first"] = rng.choice(first_m if boy else first_f)
    c["child"] = f"{c['child_first']} {csur}"
    c["child2_first"] = rng.choice([n for n in (first_f if boy else first_m) if n != c["child_first"]])
    c["child2"] = f"{c['child2_first']} {csur}"
    c["mum_first"] = rng.choice(first_f)
    c["dad_first"] = rng.choice(first_m)
    c["mother"] = f"{c['mum_first']} {msur}"
    c["father"] = f"{c['dad_first']} {fsur}"
    c["msur"], c["fsur"], c["csur"] = msur, fsur, csur
    c["gran"] = f"{rng.choice(first_f)} {rng.choice([msur, fsur])}"
    c["partner"] = f"{rng.choice(first_m)} {rng.choice(surs)}"
    c["fca"] = f"{rng.choice(first_f + first_m)} {rng.choice(surs)}"
    c["manager"] = f"{rng.choice(first_f + first_m)} {rng.choice(surs)}"
    c["sw"] = f"{rng.choice(first_f + first_m)} {rng.choice(surs)}"
    c["iro"] = f"{rng.choice(first_f + first_m)} {rng.choice(surs)}"
    c["lawyer"] = f"{rng.choice(first_f + first_m)} {rng.choice(surs)}"
    c["sol_child"] = f"{rng.choice(first_f + first_m)} {rng.choice(surs)}"
    c["sol_m"] = f"{rng.choice(first_f + first_m)} {rng.choice(surs)}"
    c["sol_f"] = f"{rng.choice(first_f + first_m)} {rng.choice(surs)}"
    c["officer"] = f"{rng.choice(first_f + first_m)} {rng.choice(surs)}"
    c["teacher"] = f"{rng.choice(first_f + first_m)} {rng.choice(surs)}"
    c["hv"] = f"{rng.choice(first_f)} {rng.choice(surs)}"
    c["collar"] = f"{rng.choice(['PC', 'DC', 'PS', 'DS'])} {rng.randint(100, 9999)}"
    c["firm_child"], c["firm_m"], c["firm_f"] = rng.sample(FIRMS, 3)
    c["firmdom"] = slug(c["firm_child"].split()[0]) + "law.co.uk"
    c["centre"] = rng.choice(CENTRES)
    c["provider"] = rng.choice(PROVIDERS)
    c["da_service"] = rng.choice(DA_SERVICES)
    c["expert"], c["expert_role"] = rng.choice(EXPERTS)
    jsur = rng.choice(surs)
    j = rng.randrange(4)
    c["judge"] = [f"HHJ {jsur}", f"District Judge {jsur}", f"Recorder {jsur}", f"Deputy District Judge {jsur}"][j]
    c["judge_cy"] = [f"Ei Anrhydedd y Barnwr {jsur}", f"y Barnwr Rhanbarth {jsur}", f"y Cofiadur {jsur}",
                     f"y Dirprwy Farnwr Rhanbarth {jsur}"][j]
    # dates
    base = dt.date(2023, 2, 1) + dt.timedelta(days=rng.randrange(0, 990))
    age = rng.randint(4, 15)
    dob = base - dt.timedelta(days=age * 365 + rng.randrange(0, 360))
    dob2 = dob + dt.timedelta(days=rng.randint(500, 1400))
    c["child_age"], c["child2_age"] = str(age), str(max(1, age - 2))
    for key, d in [("d0", base), ("dprev", base - dt.timedelta(days=rng.randint(20, 80))),
                   ("dhear", base + dt.timedelta(days=rng.randint(14, 70))),
                   ("dnext", base + dt.timedelta(days=rng.randint(80, 140))),
                   ("dold", base - dt.timedelta(days=rng.randint(700, 2500))),
                   ("dob", dob), ("dob2", dob2)]:
        c[key] = fmt_en(d, rng)
        c[key + "_cy"] = fmt_cy(d, rng)
        c[key + "_date"] = d
    c["year"] = str(base.year)
    c["oldyear"] = str(c["dold_date"].year)
    c["time"] = f"{rng.randint(9, 16)}:{rng.choice(['00', '15', '30', '45', '05', '40'])}"
    c["time2"] = f"{rng.randint(9, 16)}:{rng.choice(['10', '20', '35', '50'])}"
    pl = "C" if law == "public" else "P"
    c["case_no"] = f"{c['code']}{base.strftime('%y')}{pl}{rng.randint(100, 99999):05d}"
    c["prev_case_no"] = f"{c['code']}{c['dold_date'].strftime('%y')}P{rng.randint(100, 99999):05d}"
    c["case_name"] = (f"{c['council'].replace(' County Borough Council', '').replace(' County Council', '').replace(' City Council', '').replace(' Council', '')} v {msur}"
                      if law == "public" else rng.choice([f"{fsur} v {msur}", f"{msur} v {fsur}"]))
    if msur == fsur and law == "private":
        c["case_name"] = f"Re {c['child_first']} {csur}"
    c["ref"] = f"{rng.randint(100000, 999999)}"
    c["la_ref"] = f"{rng.choice(['WCCIS', 'LL', 'CS', 'MOSAIC', 'ID'])} {rng.randint(100000, 9999999)}"
    c["pol_ref"] = f"{rng.choice(['DU', 'PVP', 'SGC', 'NICHE'])}/{rng.randint(1000, 99999)}/{base.strftime('%y')}"
    c["occ"] = f"{rng.randint(10, 99)}{base.strftime('%y')}{rng.randint(100000, 999999)}"
    c["phone"] = f"0{rng.choice(['29', '1792', '1633', '1978', '1286', '1267', '1970', '1685', '1492', '113', '161', '121', '117'])} {rng.randint(200, 999)} {rng.randint(1000, 9999)}"
    c["mob"] = f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}"
    street = rng.choice(["Heol y Parc", "Stryd Fawr", "Maes y Deri", "Ffordd yr Orsaf", "Clos Cae Glas", "Station Road",
                         "Church Street", "Victoria Terrace", "Brynhyfryd", "Lôn Isaf", "Oak Avenue", "Maple Close"])
    c["addr_m"] = f"{rng.randint(1, 120)} {street}, {c['town']} {c['pc']} {rng.randint(1, 9)}{rng.choice('ABDEFGHJ')}{rng.choice('LNPQRSTUW')}"
    c["addr_f"] = f"Flat {rng.randint(1, 30)}, {rng.choice(['Tŷ Gwyn', 'Albion Court', 'Bryn Celyn', 'Harbour House'])}, {c['town']}"
    # pronouns (English) and mutations (Welsh) for the first child
    if boy:
        c.update(he="he", him="him", his="his", He="He", His="His", himself="himself",
                 ei_fam="ei fam", ei_dad="ei dad", ei_ddymuniadau="ei ddymuniadau", ei_deimladau="ei deimladau",
                 ei_gartref="ei gartref", ei_ysgol="ei ysgol", iddo="iddo", ganddo="ganddo", fe_hi="ef",
                 mab_merch="mab", ei_chwaer="ei chwaer" if False else "ei chwaer", ei_farn="ei farn",
                 ei_brofiad="ei brofiad", ei_lun="ei lun", Fe_Hi="Mae e", ei_fod="ei fod", ohono="ohono",
                 amdano="amdano")
    else:
        c.update(he="she", him="her", his="her", He="She", His="Her", himself="herself",
                 ei_fam="ei mam", ei_dad="ei thad", ei_ddymuniadau="ei dymuniadau", ei_deimladau="ei theimladau",
                 ei_gartref="ei chartref", ei_ysgol="ei hysgol", iddo="iddi", ganddo="ganddi", fe_hi="hi",
                 mab_merch="merch", ei_chwaer="ei chwaer", ei_farn="ei barn", ei_brofiad="ei phrofiad",
                 ei_lun="ei llun", Fe_Hi="Mae hi", ei_fod="ei bod", ohono="ohoni", amdano="amdani")
    c["arno"] = "arno" if boy else "arni"
    c["ei_frawd"] = "ei frawd" if boy else "ei brawd"
    c["ei_warch"] = "ei Warcheidwad" if boy else "ei Gwarcheidwad"
    c["role"] = "Children's Guardian" if law == "public" else "Family Court Adviser"
    c["role_cy"] = "Gwarcheidwad Plant" if law == "public" else "Ymgynghorydd Llys Teulu"
    c["law"] = law
    return c


# --------------------------------------------------------------------------------------------
# Shared blocks (letterheads, reference blocks, footers). Rendered in the template's language.
# --------------------------------------------------------------------------------------------
def blocks(c, lang, rng):
    w = c["wales"]
    b = {}
    up = lambda s: s.upper()
    if lang == "cy":
        b["LH"] = rng.choice([
            "CAFCASS Cymru\nGwasanaeth Cynghori a Chynorthwyo Llys i Blant a Theuluoedd Cymru\nLlywodraeth Cymru\n{team_cy}\nUned 4, Parc Busnes {town_cy}, {pc}\nFfôn: 0300 062 5400\nwww.llyw.cymru/cafcass-cymru",
            "Llywodraeth Cymru | Welsh Government\nCAFCASS Cymru – {team_cy}\nSwyddfa {town_cy}, Tŷ'r Bont, {pc}\nFfôn / Tel: 0300 062 5400   E-bost / Email: cafcasscymru@llyw.cymru",
        ])
        b["REFS"] = rng.choice([
            "Ein cyf / Our ref: {case_no}/{ref}\nEich cyf / Your ref: {case_no}\nDyddiad / Date: {d0_cy}",
            "Ein cyfeirnod: {ref}\nRhif yr achos: {case_no}\nDyddiad: {d0_cy}",
        ])
        b["CONF"] = rng.choice([
            "Mae'r ddogfen hon yn gyfrinachol. Ni ddylid ei datgelu i unrhyw un heblaw'r partïon a'u cynrychiolwyr cyfreithiol heb ganiatâd y llys (Rheol 12.73 Rheolau Trefniadaeth Teulu 2010).",
            "CYFRINACHOL: Mae'r ddogfen hon wedi'i pharatoi ar gyfer y llys. Ni ddylid ei dangos i unrhyw un arall, gan gynnwys y plentyn, heb ganiatâd y llys.",
        ])
        b["DP"] = rng.choice([
            "Rydym yn croesawu gohebiaeth yn Gymraeg. Byddwn yn ateb gohebiaeth a dderbynnir yn Gymraeg yn Gymraeg, ac ni fydd gohebu yn Gymraeg yn arwain at oedi. Mae hysbysiad preifatrwydd CAFCASS Cymru yn esbonio sut rydym yn defnyddio eich gwybodaeth bersonol: www.llyw.cymru/cafcass-cymru.",
            "Diogelu data: caiff eich gwybodaeth bersonol ei phrosesu gan CAFCASS Cymru yn unol â Rheoliad Cyffredinol y DU ar Ddiogelu Data a Deddf Diogelu Data 2018. Os ydych wedi cael y llythyr hwn mewn camgymeriad, rhowch wybod i ni ar unwaith a dinistriwch unrhyw gopi.",
        ])
        b["DP_LA"] = ("Rhoddir yr wybodaeth hon yn gyfrinachol at ddibenion diogelu plant yn unig. Ni ddylid ei "
                      "datgelu i drydydd parti heb ganiatâd {cyngor}. Deddf Diogelu Data 2018, Atodlen 8.")
        b["DP_POL"] = ("Darperir yr wybodaeth hon gan {heddlu} at ddibenion yr achos teuluol a nodir uchod yn unig. "
                       "Ni ddylid ei datgelu ymhellach na'i defnyddio at unrhyw ddiben arall heb ganiatâd ysgrifenedig. "
                       "Dosbarthiad: SWYDDOGOL – SENSITIF.")
        b["SOT"] = ("Datganiad gwirionedd\nCredaf fod y ffeithiau a nodir yn y datganiad hwn yn wir. Deallaf y gellir dwyn "
                    "achos dirmyg llys yn erbyn unrhyw un sy'n gwneud, neu sy'n peri gwneud, datganiad anwir mewn dogfen a "
                    "ddilysir gan ddatganiad gwirionedd heb gredu'n onest ei fod yn wir.")
        b["SIG"] = "{fca}\n{role_cy}\n{org}, {team_cy}"
        b["CLASS"] = rng.choice(["SWYDDOGOL – SENSITIF", "SWYDDOGOL-SENSITIF / OFFICIAL-SENSITIVE", "SWYDDOGOL SENSITIF – PERSONOL"])
        b["HDR"] = rng.choice([
            "YN Y LLYS TEULU\nYN EISTEDD " + up(c["yn_town"][c["yn_town"].index(" ") + 1:]) + "\nRhif yr achos: {case_no}\n\nYNGHYLCH DEDDF PLANT 1989\nAC YNGHYLCH " + up(c["child"]) + " (a anwyd {dob_cy})",
            "YN Y LLYS TEULU / IN THE FAMILY COURT\nyn eistedd {yn_town} / sitting at {town}\nRhif yr achos / Case number: {case_no}\nDeddf Plant 1989 / Children Act 1989\nYnghylch / In the matter of: {child}",
        ])
        if c["law"] == "public":
            b["PARTIES"] = "RHWNG\n" + up(c["cyngor"]) + "\nCeisydd\n-a-\n{mother}\nYr Atebydd Cyntaf\n-a-\n{father}\nYr Ail Atebydd\n-a-\n{child} (drwy {ei_warch} Plant)\nY Trydydd Atebydd"
        else:
            b["PARTIES"] = "RHWNG\n" + up(c["father"]) + "\nCeisydd\n-a-\n" + up(c["mother"]) + "\nAtebydd"
        b["LH_LA"] = rng.choice(["{cyngor}\nGwasanaethau Plant a Theuluoedd\nCanolfan Ddinesig, {town_cy} {pc}\nFfôn: {phone}",
                                 "{cyngor} | {council}\nGwasanaethau Cymdeithasol – Plant / Social Services – Children\nTîm Diogelu ac Asesu"])
        b["LH_POL"] = rng.choice(["{heddlu}\nUned Datgelu Gwybodaeth – Llys Teulu\nPencadlys yr Heddlu",
                                  "{heddlu} | {police}\nUned Diogelu'r Cyhoedd / Public Protection Unit"])
        b["LH_NHS"] = "{hb_cy}\nGwasanaethau Plant a Phobl Ifanc\nGIG Cymru"
        b["LH_COURT"] = "Gwasanaeth Llysoedd a Thribiwnlysoedd EF\n{court_cy}\nCanolfan Cyfiawnder {town_cy}\nFfôn: 0300 303 0642"
        b["LH_FIRM"] = "{firm_child}\nCyfreithwyr / Solicitors\nStryd y Bont, {town_cy}\nAwdurdodwyd a rheoleiddiwyd gan yr Awdurdod Rheoleiddio Cyfreithwyr"
        b["LH_FIRM_M"] = "{firm_m}\nCyfreithwyr\n{town_cy}"
    else:
        if w:
            b["LH"] = rng.choice([
                "CAFCASS Cymru\nWelsh Government | Llywodraeth Cymru\n{team}\nUnit 4, {town} Business Park, {pc}\nTel: 0300 062 5400\nwww.gov.wales/cafcass-cymru",
                "Llywodraeth Cymru / Welsh Government\nCAFCASS Cymru\n{team} – {town} office\nTel / Ffôn 0300 062 5400",
            ])
            b["DP"] = ("We welcome correspondence in Welsh. Corresponding in Welsh will not lead to a delay in responding. "
                       "Rydym yn croesawu gohebiaeth yn Gymraeg. The CAFCASS Cymru privacy notice explains how we use "
                       "personal information: www.gov.wales/cafcass-cymru.")
        else:
            b["LH"] = rng.choice([
                "Cafcass\nChildren and Family Court Advisory and Support Service\n{team}\n3rd Floor, Centre Block, {town} {pc}\nTel: 0300 456 4000\nwww.cafcass.gov.uk",
                "cafcass\n{team}\nPO Box {ref}, {town} {pc}\nTelephone 0300 456 4000 | www.cafcass.gov.uk",
            ])
            b["DP"] = rng.choice([
                "Cafcass is committed to protecting your personal information. Our privacy notice explains how we use it: www.cafcass.gov.uk/privacy-notice. If you have received this in error, please tell us on 0300 456 4000 and destroy it.",
                "This letter contains sensitive personal information. Please keep it safe and do not share it on social media. Cafcass privacy notice: www.cafcass.gov.uk.",
            ])
        b["REFS"] = rng.choice([
            "Our ref: {case_no}/{ref}\nYour ref: {case_no}\nDate: {d0}",
            "Case number: {case_no}\nOur reference: {ref}\nDate: {d0}",
        ])
        b["CONF"] = rng.choice([
            "This document is confidential. It must not be disclosed to anyone other than the parties and their legal representatives without the permission of the court (FPR 2010 r.12.73).",
            "CONFIDENTIAL: prepared for the court. Not to be shown to the child or any other person without the court's permission.",
            "Confidential – it is a contempt of court to disclose this document to anyone not entitled to see it.",
        ])
        la_act = ("Part 3 Social Services and Well-being (Wales) Act 2014" if w else "sections 17 and 47 Children Act 1989")
        b["DP_LA"] = ("This information is provided in confidence for the purpose of safeguarding children (" + la_act +
                      "). It must not be disclosed to any third party without the consent of {council}. Data Protection Act 2018, Schedule 8.")
        b["DP_POL"] = ("This information is supplied by {police} solely for the family proceedings identified above. It must "
                       "not be disclosed further or used for any other purpose without written consent. GSC: OFFICIAL-SENSITIVE.")
        b["SOT"] = ("Statement of truth\nI believe that the facts stated in this witness statement are true. I understand that "
                    "proceedings for contempt of court may be brought against anyone who makes, or causes to be made, a false "
                    "statement in a document verified by a statement of truth without an honest belief in its truth.")
        b["SIG"] = "{fca}\n{role}\n{org}, {team}"
        b["CLASS"] = rng.choice(["OFFICIAL-SENSITIVE", "OFFICIAL – SENSITIVE: PERSONAL", "OFFICIAL SENSITIVE"])
        b["HDR"] = rng.choice([
            "IN THE FAMILY COURT\nSITTING AT " + up(c["town"]) + "\nCase No: {case_no}\n\nIN THE MATTER OF THE CHILDREN ACT 1989\nAND IN THE MATTER OF " + up(c["child"]) + " (born {dob})",
            "IN THE FAMILY COURT AT " + up(c["town"]) + "                     No. {case_no}\nChildren Act 1989\nRe: {child} (DOB {dob})",
        ])
        if c["law"] == "public":
            b["PARTIES"] = "BETWEEN\n" + up(c["council"]) + "\nApplicant\n-and-\n{mother}\nFirst Respondent\n-and-\n{father}\nSecond Respondent\n-and-\n{child} (through {his} Children's Guardian)\nThird Respondent"
        else:
            b["PARTIES"] = "BETWEEN\n" + up(c["father"]) + "\nApplicant\n-and-\n" + up(c["mother"]) + "\nRespondent"
        b["LH_LA"] = rng.choice(["{council}\nChildren's Services – Safeguarding and Family Support\nCivic Centre, {town} {pc}\nTel: {phone}",
                                 "{council}\nChildren and Families Directorate\nIntegrated Front Door / MASH"])
        if w:
            b["LH_LA"] = "{council} | {cyngor}\nChildren's Services / Gwasanaethau Plant\n{town} {pc}"
        b["LH_POL"] = rng.choice(["{police}\nPublic Protection Unit – Family Court Disclosure\nPolice Headquarters",
                                  "{police}\nDisclosure Unit (Family Proceedings)\nInformation Management Department"])
        b["LH_NHS"] = "{hb}\nChildren and Young People's Services"
        b["LH_COURT"] = "HM Courts & Tribunals Service\n{court_short}\n{town} Civil and Family Justice Centre\nTel: 0300 303 0642"
        b["LH_FIRM"] = "{firm_child}\nSolicitors – Children Panel\nBridge Street, {town}\nAuthorised and regulated by the Solicitors Regulation Authority"
        b["LH_FIRM_M"] = "{firm_m}\nFamily Law Solicitors\n{town}"
    out = {}
    for k, v in b.items():
        out[k] = v.format_map(c)
    return out


# --------------------------------------------------------------------------------------------
# Templates. t(kind, lang, text, ...): part 'doc' or 'email'; who = sender type for e-mail
# bodies and attachments; law = private/public; rc = record class stated in the text;
# src = preferred sources for a document; region = 'wales'/'england' to force the place.
# Lines "COL: left || right" are two-column layouts (read across or down in a scan).
# --------------------------------------------------------------------------------------------
TEMPLATES = defaultdict(list)


def t(kind, lang, text, part="doc", who="caf", law="private", rc=None, src=None, subj=None, region=None):
    TEMPLATES[kind].append(dict(kind=kind, n=len(TEMPLATES[kind]) + 1, lang=lang, text=text.strip("\n"),
                                part=part, who=who, law=law, rc=rc, src=src, subj=subj, region=region))


# ============================== case-information ==============================
# contact-log: the running record of every action in the case (ECMS contact log, IRIS case
# recordings in CAFCASS Cymru). Written by business services, duty and allocated practitioners;
# each entry has date/time, a heading, who entered it and their role, a summary and actions.
# Appears as a Word/PDF export (SAR, transfer), never edited; pre-2014 logs are PDFs. Phrases:
# "Case Update", "screening request", "welcome letter issued", "entered by", "amended because".
t("contact-log", "en", """
{CLASS}
ECMS – Case activity export
Generated for subject access request {ref}. This export is not to be edited, updated or used as a running record and must be deleted from the case record when no longer needed.
Case: {case_name}    Case number: {case_no}    Law type: Private    Stage: WTFH
Date/Time | Heading | Entered by | Summary
{dprev} 09:12 | Case Update | Business Services Officer | C100 received from {court_short} by secure e-mail. Case created; screening requests generated.
{dprev} 09:40 | Screening | Business Services Officer | Police check requested from {police} via Egress. LA check requested from {council}.
{dprev} 14:05 | Welcome letter | Business Services Officer | Welcome letters issued to applicant and respondent to verified e-mail addresses.
{d0} 11:20 | Telephone call – Applicant | {fca}, FCA | Safeguarding interview with {father}, 48 minutes. See detailed recording saved {d0}.
{d0} 15:30 | Information received | {fca}, FCA | Police response received and saved to police information. LA response: family known, case closed 2021.
{d0} 16:45 | Manager discussion | {manager}, Service Manager | Safeguarding letter read and approved for filing.
Amended entries: none
""", src="upload tree")
t("contact-log", "en", """
{LH}
Running record of case actions – printed at transfer of case
Transferring team: {team}    Receiving team: Intake (duty)
Case {case_no}  {case_name}
Child(ren): {child} ({dob}); {child2} ({dob2})

{dold}  Practitioner entry – {fca} (FCA). Case allocated for section 7 report. Case plan opened, cross-referenced to allocation note.
{dprev}  Practitioner entry – {fca} (FCA). Home visit to mother at {addr_m}. Children seen briefly; see detailed recording of the visit.
{dprev}  Business services – letter to parties sent confirming appointments. Items left by father for indirect contact (birthday card and present) stored in the locked cabinet, {town} office, shelf 3.
{d0}  Practitioner entry – {fca} (FCA). Call from {sol_f} of {firm_f} asking for filing date. Advised report due {dhear}. No further action.
{d0}  Manager entry – {manager} (Service Manager). Entry of {dprev} amended: wrong address recorded. Reason for amendment given.
""", src="tree upload scan")
t("contact-log", "en", """
CAFCASS Cymru – IRIS
Case Recording Summary (English)
Case number {case_no} | Practitioner {fca} | Team {team}
Language of recording: English (service user preference: English)

Activity: Third party check – sent | {dprev} | Business Support | Checks sent to {police} and {council} Children's Services.
Activity: Letter | {dprev} | Business Support | Introductory letters sent to both parents, with leaflet in Welsh and English.
Activity: Telephone call | {d0} | {fca} | Safeguarding Enquiries telephone interview with {mother}; 35 minutes; no interpreter needed.
Activity: Court attendance | {dhear} | {fca} | FHDRA before {judge}. Outcome tick boxes completed. Referral to Working Together for Children made.
Activity: Supervision | {dhear} | {manager}, Practice Manager | Case discussed; allocation for section 7 report confirmed.
Printed by: Business Support, {town} office.  Page 1 of 1
""", region="wales", src="upload tree scan")
t("contact-log", "en", """
{case_no}  — case actions (chronological)                 {CLASS}
Date
Time
Contact heading
Person
Note
{dprev}
10:15
Screening request
Intake Team
LA and police checks requested. Response due within 10 working days.
{dprev}
16:20
Welcome letter
Intake Team
Sent to both parties. Father asked for paper copy; posted Royal Mail with return address.
{d0}
09:30
Telephone – Respondent
{fca}
Mother spoke about incidents in 2022 and 2023. Risk identified: domestic abuse. Added to case plan.
{d0}
13:00
Checks received
{fca}
{council}: known to Children's Services. Police: response saved in police folder.
{d0}
17:10
Case Update
{manager}
Management oversight recorded. Safeguarding letter approved.
""", src="scan upload")
t("contact-log", "en", """
{CLASS}
Chronology of case actions – {case_name} – {case_no}
Printed from ECMS on {d0}. Cross-references: safeguarding letter (reporting to court), case plan, position statement dated {dhear}.

1. {dold} – Pre-allocation. Duty practitioner {manager} spoke to {court_short} listing office about urgency. Recorded by: Duty FCA.
2. {dprev} – Allocation to {fca}, Family Court Adviser. Case plan started the same day.
3. {dprev} – Office appointment with {father}. Interview conducted face to face at {town} office; notes stored separately (detailed recording).
4. {d0} – Indirect contact: letter and photographs from {father} received for {child_first}. Stored in the locked cabinet at the {town} office until passed on under the contact arrangements.
5. {d0} – Telephone call with {sw}, social worker, {council}. Confirmed no current involvement.
6. {dhear} – Position statement filed. Next hearing {dnext}.
Entries modified: item 3 modified by {fca} on {d0} – reason: time of appointment corrected.
""", src="tree upload")
t("contact-log", "cy", """
CAFCASS Cymru – IRIS
Cofnodion yr achos – crynodeb
Rhif yr achos: {case_no}    Ymarferydd: {fca}    Tîm: {team_cy}
Iaith y cofnodi: Cymraeg (dewis iaith y defnyddiwr gwasanaeth: Cymraeg)

{dprev_cy} 09:15 – Diweddariad achos – Swyddog Cymorth Busnes: Cais C100 wedi dod i law gan {court_cy} drwy e-bost diogel. Achos wedi'i greu ar IRIS.
{dprev_cy} 10:02 – Gwiriad trydydd parti – Swyddog Cymorth Busnes: Cais am wiriadau wedi'i anfon at {heddlu} ac at {cyngor}.
{dprev_cy} 15:20 – Llythyr – Swyddog Cymorth Busnes: Llythyrau cyflwyno wedi'u hanfon at y ddau riant, gyda thaflen ddwyieithog.
{d0_cy} 10:30 – Galwad ffôn – y fam – {fca}: Cyfweliad diogelu dros y ffôn gyda {mother} (40 munud). Gweler y cofnod manwl.
{d0_cy} 14:10 – Gwybodaeth wedi dod i law – {fca}: Ymateb yr heddlu wedi'i gadw yn y ffolder gwybodaeth yr heddlu. Ymateb yr awdurdod lleol: yn hysbys, achos wedi cau.
{d0_cy} 16:00 – Trafodaeth â rheolwr – {manager}, Rheolwr Ymarfer: yr Adroddiad Ymholiadau Diogelu wedi'i gymeradwyo.
Argraffwyd gan: Cymorth Busnes, swyddfa {town_cy}.
""")
t("contact-log", "cy", """
{CLASS}
Cofnod gweithgarwch yr achos – allbrint ar gyfer cais gwrthrych am wybodaeth
Ni ddylid golygu na diweddaru'r ddogfen hon, ac fe'i dilëir o'r ffeil pan na fydd ei hangen mwyach.
Achos: {case_name}   Rhif: {case_no}
Dyddiad
Amser
Pennawd
Cofnodwyd gan
Crynodeb
{dprev_cy}
11:40
Galwad ffôn – y tad
{fca} (YLlT)
Siaradodd {father} am y trefniadau presennol. Gofynnodd am gael yr adroddiad yn Gymraeg.
{d0_cy}
09:05
Ymweliad cartref
{fca} (YLlT)
Ymweliad â chartref {mother}. Gwelwyd {child_first}. Nodiadau manwl wedi'u cadw ar wahân.
{d0_cy}
15:45
Diwygio cofnod
{manager} (Rheolwr Ymarfer)
Cofnod {dprev_cy} wedi'i ddiwygio: amser anghywir. Rheswm wedi'i nodi.
""", src="upload tree scan")
t("contact-log", "cy", """
Allbrint cofnodion yr achos / Case recording printout
CAFCASS Cymru – {team_cy}
Rhif yr achos / Case no: {case_no}

COL: Dyddiad / Date || Cofnod / Entry
COL: {dprev_cy} || Cais am wiriadau i'r heddlu a'r cyngor / Checks requested from police and council
COL: {dprev_cy} || Llythyr cyflwyno i'r partïon / Introductory letter to parties
COL: {d0_cy} || Galwad gyda {sw}, gweithiwr cymdeithasol, {cyngor}
COL: {d0_cy} || Eitemau cyswllt anuniongyrchol gan y tad wedi'u cadw yn y cwpwrdd dan glo / Indirect contact items stored
COL: {dhear_cy} || Presenoldeb yn y llys gerbron {judge_cy}

Cofnodwyd gan / Recorded by: {fca}, {role_cy}
Tudalen 1 o 1
""", src="scan")

# wtfh-outcome: the Work to First Hearing outcome form completed by the duty/court FCA after
# the FHDRA (in Wales the FHDRA outcome tick boxes in IRIS). It records who attended, what the
# court did (interim/final order, s7 ordered from Cafcass or the LA, s16A, SPIP / WT4C referral,
# adjourned, closed), safeguarding issues and next steps: allocate, close, or await filing.
t("wtfh-outcome", "en", """
{CLASS}
FHDRA – record of outcome (court duty)
Case number: {case_no}     Court: {court_short}     Hearing date: {dhear}
Judge / Bench: {judge}     Duty FCA: {fca}
Parties present: Applicant [X]  Respondent [X]  Legal reps [X] {firm_f} / [ ] none
Safeguarding letter filed: [X] Yes  [ ] No     Date filed: {d0}

Outcome of hearing (tick all that apply)
[ ] Final order made – case closed to Cafcass
[X] Interim child arrangements order
[X] Section 7 report ordered – Cafcass      [ ] Section 7 report ordered – local authority
[ ] Section 16A risk assessment
[X] Referral to Planning Together for Children (SPIP)
[ ] Adjourned – no further Cafcass involvement
Filing date for report: {dnext}     Next hearing: dispute resolution appointment, time estimate 1 hour

Safeguarding issues identified: allegations of domestic abuse (both parents), parental alcohol use.
Next steps for Cafcass: allocate for s7 report; case remains WTFH until allocation.
Completed by {fca} on {dhear}
""", src="scan upload")
t("wtfh-outcome", "en", """
Court duty record – first hearing
{LH}
Date of first hearing: {dhear}    {court_short}    Case {case_no} ({case_name})

1. Attendance. Both parents attended; {mother} was represented by {sol_m} of {firm_m}. The father was a litigant in person. Separate waiting rooms were arranged.
2. Conciliation. I met each parent separately before the hearing. Agreement was reached on indirect contact by letter and video call each Sunday.
3. Order. {judge} made an interim child arrangements order in the agreed terms and directed a section 7 report from Cafcass limited to the question of overnight time, filing by {dnext}.
4. Safeguarding. Matters in the safeguarding letter of {d0} were considered; no fact-finding hearing was directed.
5. Outcome box: S7 ordered – Cafcass. Case to be passed to the service manager for allocation. Work to First Hearing stage now complete.
{fca}, Family Court Adviser (court duty)
""", src="upload tree scan")
t("wtfh-outcome", "en", """
WORK TO FIRST HEARING – OUTCOME
{case_no} | {court_short} | {dhear}
Field | Entry
Hearing type | FHDRA
Attended by (Cafcass) | {fca}
Order made | Final child arrangements order by consent – lives with mother, spends time with father alternate weekends
Section 7 | Not ordered
Other directions | none
Referral | None
Closure at first hearing | Yes – Cafcass involvement ends today
Police information | WTFH police documents to be deleted 3 months from receipt
Notice to Children's Services | Not required (no referral made)
Comments | Parents engaged well in conciliation. Safeguarding letter issues not disputed; agreed handover at {school}.
Signed | {fca}  Date {dhear}
""", src="scan upload")
t("wtfh-outcome", "en", """
CAFCASS Cymru – IRIS
FHDRA outcomes (tick box section) – printed record
Case: {case_no}   Practitioner attending FHDRA: {fca}   Date: {dhear}
Court: {court_short}   Judge: {judge}

Conciliation undertaken: Yes
Agreement reached: Partial
Outcome:
  - Interim order made: Yes
  - Section 7 report ordered: Yes – CAFCASS Cymru – report due {dnext}
  - Referral to Working Together for Children (WT4C): Yes – both parents
  - Referral to contact centre: Yes – {centre}, supervised
  - Case concluded at FHDRA: No
Safeguarding Enquiries Report considered by the court: Yes
Welsh language: father asked for hearings to be conducted in Welsh; the court noted this.
Recorded by {fca}, Family Court Adviser, {team}
""", region="wales", src="upload scan tree")
t("wtfh-outcome", "en", """
{team}
COL: Case number: {case_no} || Hearing: FHDRA {dhear}
COL: Applicant: {father} || Respondent: {mother}
COL: Children: {child} || Judge: {judge}
COL: Outcome: Adjourned || Reason: parties to attend MIAM
COL: Next hearing: {dnext} || Cafcass to attend: No
COL: s7 ordered: No || s16A ordered: No
COL: Case open/closed: Closed to Cafcass || Closure letter: Yes
Practitioner comments: The court adjourned for mediation. No safeguarding concerns needing a further report. Police documents received at WTFH stage to be deleted three months from receipt.
Form completed by {fca} following the first hearing dispute resolution appointment.
""", src="scan")
t("wtfh-outcome", "cy", """
{CLASS}
Cofnod canlyniad y Gwrandawiad Cyntaf (FHDRA)
Rhif yr achos: {case_no}    Llys: {court_cy}    Dyddiad y gwrandawiad: {dhear_cy}
Barnwr: {judge_cy}    Ymgynghorydd Llys Teulu ar ddyletswydd: {fca}
Yn bresennol: Ceisydd [X]  Atebydd [X]  Cynrychiolwyr cyfreithiol [ ]

Canlyniad (ticiwch bob un sy'n berthnasol)
[ ] Gorchymyn terfynol – achos wedi cau i CAFCASS Cymru
[X] Gorchymyn trefniadau plant interim
[X] Adroddiad adran 7 – CAFCASS Cymru      [ ] Adroddiad adran 7 – yr awdurdod lleol
[X] Atgyfeirio at Gweithio Gyda'n Gilydd er mwyn Plant (WT4C)
[ ] Gohirio
Dyddiad ffeilio'r adroddiad: {dnext_cy}
Materion diogelu: honiadau o gam-drin domestig; pryderon am ddefnydd alcohol.
Camau nesaf: dyrannu'r achos i ymarferydd ar gyfer yr adroddiad.
Cwblhawyd gan {fca}, {dhear_cy}
""", src="scan upload")
t("wtfh-outcome", "cy", """
Nodyn dyletswydd llys – y gwrandawiad cyntaf
{LH}
Dyddiad: {dhear_cy}    {court_cy}    Achos {case_no}

1. Presenoldeb. Daeth y ddau riant i'r llys. Cynrychiolwyd {mother} gan {firm_m}. Nid oedd gan y tad gynrychiolydd.
2. Cymodi. Cyfarfûm â'r ddau riant ar wahân cyn y gwrandawiad. Cytunwyd ar gyswllt drwy alwad fideo bob nos Sul.
3. Y gorchymyn. Gwnaeth {judge_cy} orchymyn trefniadau plant interim yn y telerau a gytunwyd, ac ni orchmynnwyd adroddiad pellach.
4. Diogelu. Ystyriwyd yr Adroddiad Ymholiadau Diogelu dyddiedig {d0_cy}.
5. Canlyniad: achos wedi dod i ben yn y gwrandawiad cyntaf. Bydd gwybodaeth yr heddlu yn cael ei dileu dri mis ar ôl ei derbyn.
{fca}, Ymgynghorydd Llys Teulu
""", src="upload scan tree")
t("wtfh-outcome", "cy", """
Ffurflen canlyniadau FHDRA / FHDRA outcome form
Rhif yr achos / Case no: {case_no}
Dyddiad / Date: {dhear_cy}
Cytundeb / Agreement: Rhannol / Partial
Adroddiad adran 7 / Section 7 report: Do – CAFCASS Cymru / Yes
Asesiad risg adran 16A / s16A risk assessment: Naddo / No
Canolfan gyswllt / Contact centre: {centre}
Gwrandawiad nesaf / Next hearing: {dnext_cy}
Sylwadau / Comments: Mae'r tad yn dymuno i'r achos barhau yn Gymraeg. Dylid dyrannu i ymarferydd sy'n siarad Cymraeg.
Llofnod / Signed: {fca}
""", src="scan")

# detailed-recording: a practitioner's own detailed note of one piece of work (not the log):
# home visits, office or telephone interviews with parents, grandparents or professionals,
# observed contact, typed-up handwritten notes. Must give date/time, worker, everyone present
# and their role, nature of contact (face to face / telephone), venue, what happened, next steps.
t("detailed-recording", "en", """
{CLASS}
Record of home visit
Case number: {case_no}
Date / time: {d0}, {time}–{time2}
Worker: {fca}, {role}
Persons present: {mother} (mother); {partner} (mother's partner, present for the first 20 minutes); {child} (seen, not interviewed)
Nature of contact: face-to-face home visit (announced)
Venue: {addr_m}

Outline
1. I explained my role and that what {mother} told me could be included in my report to the court.
2. The home was warm, clean and appropriately furnished. {child_first} has {his} own bedroom, with school books and photographs of both parents.
3. {mother} said the handovers at the supermarket car park had become tense since March and that {father} had shouted at her in front of {child_first}. She did not want contact to stop but wanted handovers at school.
4. {partner} said he had no wish to be involved in arrangements and agreed to leave the room.
Next steps agreed: I will see {child_first} at school on {dhear}; {mother} to send me the text messages she mentioned.
Actions afterwards: case plan updated; e-mail to {school} to arrange the visit.
""", src="tree upload scan")
t("detailed-recording", "en", """
{LH}
Telephone interview – safeguarding enquiries (typed from handwritten notes, proofread by author)
Case {case_no}   Date {dprev}   Start {time}   Duration 52 minutes
Practitioner: {fca}   Spoke to: {father} (applicant father) on {mob}
Interpreter: not required.   Caller identity checked: date of birth and address confirmed.

Summary of what was said
- {father} says he has not seen {child_first} since {dold}. He wants alternate weekends and half the school holidays.
- He accepts a caution for common assault in 2019 and says it was "a one-off after a night out".
- He denies the mother's account of controlling behaviour; he says she stops contact when he is late with money.
- He has a new partner and a baby son; he lives at {addr_f}.
- Asked about the children's wishes he said "they miss me, they told me on the phone".

Assessment notes: possible minimisation of the 2019 incident; compare with the police response.
Next steps: await checks; speak to the mother; manager discussion before the safeguarding letter.
Handwritten original destroyed after this typed version was checked.
""", src="tree upload scan")
t("detailed-recording", "en", """
Observation of supervised contact – notes
Venue: {centre}, {town}      Date: {d0}      Time: {time} to {time2}
Observer: {fca} ({role})      Present: {father}; {child}; {child2}; centre worker (Ms A. Lewis)
Nature: face-to-face observation; no intervention by the observer

{time}  Children arrived with the centre worker. {child_first} hesitated at the door, then ran to {father} and hugged him. {child2_first} stayed close to the worker for about five minutes.
+10 min  Board game at the table. Father praised {child_first}'s counting; both children laughed.
+25 min  Father asked {child_first} where {his} mum was going at the weekend. I noted this as a question that puts the child in the middle; the centre worker redirected.
+40 min  Snack brought by father (crisps and juice). Photographs taken with the centre's permission.
+60 min  Goodbyes were warm; {child2_first} cried briefly and was comforted by father.
Next steps: feed into analysis for the report; discuss the question about the mother with {father} at the next interview.
""", src="scan tree upload")
t("detailed-recording", "en", """
NOTE OF OFFICE INTERVIEW
{case_no} – {case_name}
Date: {dprev}   Time: {time}   Venue: interview room 2, {org} {town} office
Interviewed: {gran} (maternal grandmother, proposed supervisor of contact)
Interviewer: {fca}

1. Purpose: to assess whether {gran} could supervise the father's time with the children.
2. {gran} has looked after {child_first} every Wednesday after school since {he} was three.
3. She said she had seen bruising on her daughter's arm in 2022 and that her daughter told her it was from a fall; she was not sure she believed it.
4. She is willing to supervise but said she "won't be bullied" by {father}; she would call the police if he arrived drunk.
5. She has no criminal convictions and no involvement with Children's Services (to be checked).
Next steps: police and LA checks on {gran} requested today; decision on supervision after checks.
Recorded on the day by {fca}.
""", src="tree upload")
t("detailed-recording", "en", """
{CLASS}
Professionals' discussion – telephone – recorded by the practitioner
Date and time: {d0} at {time}
CAFCASS Cymru practitioner: {fca}, {role}
Other party to the call: {teacher}, designated safeguarding lead, {school}
Nature of contact: telephone (no face-to-face)

Ms/Mr {teacher} told me:
- Attendance this year is 91%; lateness on Mondays after weekends with father.
- {child_first} has been quieter since the summer and twice asked a teaching assistant if {he} would "have to choose".
- The school has made no referral to Children's Services this year.
I told the school that a report is due to the court on {dnext} and that their information may be quoted.
Agreed: the school will send attendance figures by e-mail. I will visit {child_first} at school on {dhear}.
Outcome recorded in the case plan.
""", region="wales", src="tree upload scan")
t("detailed-recording", "cy", """
{CLASS}
Nodyn o ymweliad cartref
Rhif yr achos: {case_no}
Dyddiad ac amser: {d0_cy}, {time}–{time2}
Ymarferydd: {fca}, {role_cy}
Yn bresennol: {mother} (y fam); {child} (gwelwyd, heb ei gyfweld)
Math o gyswllt: ymweliad wyneb yn wyneb yn y cartref (wedi'i drefnu)
Lleoliad: {addr_m}

Crynodeb
1. Esboniais fy rôl a'r ffaith y gallai'r hyn a ddywedwyd gael ei gynnwys yn fy adroddiad i'r llys.
2. Roedd y tŷ yn lân ac yn gynnes. Mae gan {child_first} ystafell wely ei hun.
3. Dywedodd {mother} fod y trosglwyddiadau wedi mynd yn anodd ers y gwanwyn a bod {father} wedi gweiddi arni o flaen y plant.
4. Nid yw hi'n dymuno i'r cyswllt ddod i ben ond mae hi am i'r trosglwyddo ddigwydd yn yr ysgol.
Camau nesaf: gweld {child_first} yn {ei_ysgol} ar {dhear_cy}; y fam i anfon y negeseuon testun ataf.
Camau a gymerwyd wedyn: cynllun yr achos wedi'i ddiweddaru.
""", src="tree upload scan")
t("detailed-recording", "cy", """
{LH}
Cofnod o gyfweliad ffôn – ymholiadau diogelu
Achos {case_no}   Dyddiad {dprev_cy}   Dechrau {time}   Hyd: 45 munud
Ymarferydd: {fca}   Siaradwyd â: {father} (y tad, ceisydd)
Iaith y cyfweliad: Cymraeg

Crynodeb o'r hyn a ddywedwyd
- Nid yw {father} wedi gweld {child_first} ers {dold_cy}. Mae'n dymuno cael y plant bob yn ail benwythnos.
- Derbyniodd rybuddiad am ymosodiad cyffredin yn 2019; dywedodd mai digwyddiad unigol oedd hwnnw.
- Mae'n gwadu honiadau'r fam o ymddygiad rheolaethol.
- Mae ganddo bartner newydd ac mae'n byw yn {addr_f}.
Sylwadau'r ymarferydd: posibilrwydd ei fod yn lleihau difrifoldeb digwyddiad 2019; cymharu ag ymateb yr heddlu.
Camau nesaf: aros am y gwiriadau; siarad â'r fam; trafod â'r Rheolwr Ymarfer.
Teipiwyd o nodiadau llawysgrifen a'u dinistrio wedyn.
""", src="tree upload scan")
t("detailed-recording", "cy", """
Nodiadau wedi'u teipio – cyfarfod yn y swyddfa
{case_no}
Dyddiad: {dprev_cy}   Amser: {time}   Lleoliad: ystafell gyfweld, swyddfa {town_cy}
Cyfarfod â: {gran} (y fam-gu / nain, cynigiwyd fel goruchwyliwr cyswllt)
Ymarferydd: {fca}

1. Diben: asesu a allai {gran} oruchwylio amser y tad gyda'r plant.
2. Mae {gran} yn gofalu am {child_first} bob prynhawn Mercher ers blynyddoedd.
3. Dywedodd ei bod wedi gweld clais ar fraich ei merch yn 2022.
4. Mae'n fodlon goruchwylio ond ni fydd yn goddef i'r tad gyrraedd dan ddylanwad alcohol.
Camau nesaf: gwiriadau'r heddlu a'r cyngor ar {gran}; penderfyniad ar ôl y gwiriadau.
Cofnodwyd ar y diwrnod gan {fca}.
""", src="tree upload scan")


# ============================== correspondence ==============================
# welcome-letter: sent by Cafcass / CAFCASS Cymru business services to each party when the
# C100 arrives, before the first hearing (FHDRA). Explains who we are, that a practitioner will
# phone for a safeguarding interview, that police and council checks are made, the hearing date,
# leaflets enclosed, Welsh language choice, interpreters, how to complain, privacy notice.
t("welcome-letter", "en", """
{LH}
{REFS}
Private and confidential
{mother}
{addr_m}

Dear {mother}
Your child's case at {court_short}
The court has told us that an application has been made about {child}. The first hearing (a First Hearing Dispute Resolution Appointment) is listed on {dhear}.
What happens before the hearing
1. A Family Court Adviser will telephone you before the hearing to talk about any worries you have about your child's safety. The call usually takes 30 to 45 minutes. Please make sure you can talk privately.
2. We will ask the police and your local council whether they hold information about you, the other party and the children. This is routine in every case.
3. We will write a short letter to the court about safety, which the court and both parties will see.
Please read the enclosed leaflets ("Going to court", "Parenting plan"). If you need an interpreter or have a disability we should know about, call us on 0300 456 4000.
Yours sincerely
Business Services, {team}
{DP}
""", src="scan upload")
t("welcome-letter", "en", """
{CLASS}
{LH}
{REFS}
Dear {father}
Introducing {org} – your court application
Thank you for your application to the court about {child_first}. {org} works for children in family courts. We are independent of the court, of social services and of the police.
Before your first court hearing on {dhear} at {court_short}, one of our Family Court Advisers will call you. They will ask about your family, the arrangements you want and any concerns about risk. We also carry out checks with {police} and {council}. We send the court a letter with what we find, and both parties get a copy unless the court decides otherwise.
If you feel unsafe, tell us when we call. We can arrange separate waiting areas at court.
You can choose to deal with us in Welsh or English; please tell us your choice.
Enclosed: our leaflet for parents, the Parenting Plan and how to make a complaint.
Business Support Officer
{DP}
""", region="wales", src="scan upload")
t("welcome-letter", "en", """
Subject line: Your case with Cafcass – first hearing {dhear}
Dear {mother},
We are writing because {court_short} has sent us an application (C100) that involves you and {child}. Our job at this stage is called Work to First Hearing. Please keep this e-mail – it contains important information.
- Safeguarding call: a practitioner will ring you from a withheld number in the next two weeks.
- Checks: we will contact the police and local authority; this is done in every case.
- Your information: the letter we send to the court will be shared with the other party. If you are worried about your address being seen, tell us straight away and do not give it in the call.
- Help: www.cafcass.gov.uk/parent-carer-or-family-member has videos about what to expect.
This message was sent securely using Egress. Do not reply to this address; call 0300 456 4000.
Intake Team, {team}
""", part="email", who="caf_bs", region="england", subj="Your case with Cafcass – first hearing")
t("welcome-letter", "en", """
{LH}
Our ref {case_no}
{d0}
To: {father}, {addr_f}
Dear Mr {fsur}
A court case about your children – what you can expect from us
You are named as the respondent in an application to {court}. We are contacting everyone named in the application.
Why we contact you. The court asks Cafcass to look at safety before the first hearing. We will ring you, speak to the other parent and check with the police and the council. We do not usually meet the children before the first hearing.
The first hearing is on {dhear} at {time}. Please arrive 30 minutes early. If you have been told to attend by video, the court will send the link.
If you think you may be at risk from the other person, please tell us. If you have any specific needs, such as a hearing loop or a Polish interpreter, let us know.
Complaints and compliments: see the leaflet enclosed.
Yours faithfully
{team} Intake Team
{DP}
""", region="england", src="scan upload")
t("welcome-letter", "cy", """
{LH}
{REFS}
Preifat a chyfrinachol
{mother}
{addr_m}

Annwyl {mother}
Achos eich plentyn yn {court_cy}
Mae'r llys wedi rhoi gwybod i ni fod cais wedi'i wneud ynghylch {child}. Mae'r gwrandawiad cyntaf wedi'i restru ar gyfer {dhear_cy}.
Beth fydd yn digwydd cyn y gwrandawiad
1. Bydd un o'n Hymgynghorwyr Llys Teulu yn eich ffonio cyn y gwrandawiad i siarad am unrhyw bryderon sydd gennych am ddiogelwch eich plentyn. Sicrhewch eich bod yn gallu siarad yn breifat.
2. Byddwn yn gofyn i'r heddlu ac i'ch cyngor lleol a oes ganddynt wybodaeth amdanoch chi, y parti arall a'r plant. Rydym yn gwneud hyn ym mhob achos.
3. Byddwn yn anfon adroddiad byr i'r llys am faterion diogelu. Bydd y llys a'r ddau barti yn ei weld.
Rydych wedi dewis cael gohebiaeth yn Gymraeg. Os bydd angen cyfieithydd neu unrhyw gymorth arall arnoch, ffoniwch ni ar 0300 062 5400.
Yn gywir
Tîm Cymorth Busnes, {team_cy}
{DP}
""", src="scan upload")
t("welcome-letter", "cy", """
{LH}
Dyddiad / Date: {d0_cy}
Rhif yr achos / Case number: {case_no}
Annwyl {father} / Dear {father}

Cyflwyniad i CAFCASS Cymru | Introducing CAFCASS Cymru
Mae CAFCASS Cymru yn gweithio i blant mewn achosion llys teulu. Rydym yn annibynnol ar y llys, y gwasanaethau cymdeithasol a'r heddlu. | CAFCASS Cymru works for children in family court cases. We are independent of the court, social services and the police.
Cyn y gwrandawiad cyntaf ar {dhear_cy}, bydd Ymgynghorydd Llys Teulu yn eich ffonio. | Before the first hearing on {dhear}, a Family Court Adviser will telephone you.
Byddwn yn gwneud gwiriadau gyda {heddlu} a {cyngor}. | We will carry out checks with {police} and {council}.
Gallwch ddewis delio â ni yn Gymraeg neu yn Saesneg. | You can choose to deal with us in Welsh or English.
Amgaeedig: taflen i rieni; Cynllun Rhianta; sut i wneud cwyn. | Enclosed: leaflet for parents; Parenting Plan; how to complain.
Cymorth Busnes / Business Support
{DP}
""", src="scan upload")
t("welcome-letter", "cy", """
Annwyl {mother},
Rydym yn ysgrifennu atoch oherwydd bod {court_cy} wedi anfon cais atom sy'n ymwneud â chi a {child}. Cadwch yr e-bost hwn – mae'n cynnwys gwybodaeth bwysig.
• Galwad ffôn: bydd ymarferydd yn eich ffonio o rif cudd o fewn pythefnos.
• Gwiriadau: byddwn yn cysylltu â'r heddlu a'r awdurdod lleol; rydym yn gwneud hyn ym mhob achos.
• Eich gwybodaeth: bydd y parti arall yn gweld y llythyr a anfonwn at y llys. Os ydych yn poeni am eich cyfeiriad, dywedwch wrthym ar unwaith.
• Y gwrandawiad cyntaf: {dhear_cy} am {time}, {court_cy}.
Anfonwyd y neges hon yn ddiogel drwy Egress. Peidiwch ag ateb y cyfeiriad hwn; ffoniwch 0300 062 5400.
Tîm Derbyn, {team_cy}
""", part="email", who="caf_bs", subj="Eich achos gyda CAFCASS Cymru – gwybodaeth bwysig")
t("welcome-letter", "cy", """
{LH}
{REFS}
Annwyl {father}
Cais i'r llys ynghylch {child_first}
Rydych wedi'ch enwi fel atebydd mewn cais i {court_cy}. Rydym yn cysylltu â phawb a enwir yn y cais.
Pam rydym yn cysylltu â chi: mae'r llys yn gofyn i CAFCASS Cymru edrych ar faterion diogelwch cyn y gwrandawiad cyntaf. Byddwn yn eich ffonio, yn siarad â'r rhiant arall ac yn gwneud gwiriadau gyda'r heddlu a'r cyngor. Fel arfer ni fyddwn yn cyfarfod â'r plant cyn y gwrandawiad cyntaf.
Os ydych o'r farn y gallech fod mewn perygl, dywedwch wrthym. Gallwn drefnu ystafelloedd aros ar wahân yn y llys.
Amgaeedig: taflenni gwybodaeth a'n polisi cwynion.
Yn gywir
Swyddog Cymorth Busnes
{DP}
""", src="scan upload")

# letter-to-parties: a practitioner's letter to the parents/parties once the case is allocated:
# appointment letters, letters explaining the work, enclosing the report (or saying it has been
# filed), explaining next steps or the end of Cafcass involvement, invitations to meetings.
t("letter-to-parties", "en", """
{LH}
{REFS}
{father}
{addr_f}
Dear Mr {fsur}
Section 7 report – appointment
I have been allocated by {org} to prepare the report the court ordered on {dprev}. The report is due to be filed by {dnext}.
I would like to meet you at our {town} office on {dhear} at {time}. The meeting will last about an hour and a half. I will ask about your relationship with {child_first}, your plans for {his} care and the concerns raised in the safeguarding letter.
I will also be meeting {mother} separately, visiting {child_first} at school and speaking to {his} school and the local authority.
If you cannot attend, please contact me on {mob} at least 24 hours beforehand. Failure to attend may be reported to the court.
Yours sincerely
{SIG}
{DP}
""", src="scan upload")
t("letter-to-parties", "en", """
{CLASS}
{LH}
{REFS}
To: {mother} and {father}
Dear {mum_first} and {dad_first}
Next steps after the hearing on {dhear}
I am writing to both of you, as I said I would at court. The judge asked me to complete further work with {child_first} and to file an addendum by {dnext}.
1. I will see {child_first} twice: once at home with each of you and once at school.
2. I will observe the handover at {centre} on a date to be agreed with the centre.
3. Please do not discuss the court case with {child_first} or ask {him} what {he} told me. Children tell us it puts pressure on them.
4. I will share my recommendations with you both before the report is filed, by telephone.
If either of you has a complaint about my work, my manager is {manager}.
Yours sincerely
{SIG}
""", region="wales", src="scan upload")
t("letter-to-parties", "en", """
{LH}
{REFS}
Dear {mother}
Your copy of the report
Please find enclosed your copy of the report I have filed with the court in the case about {child}. The other party has been sent a copy.
Before you read it, please make sure you have some time and are somewhere private. Some parts of the report may be difficult to read. The report is confidential: you must not show it to anyone except your legal adviser, or post any part of it online. Doing so may be a contempt of court.
My recommendation is at section 6. If you think something in the report is factually wrong, please tell your solicitor or the court at the next hearing on {dhear}; I will be attending.
If you have questions, you can call me on {mob} between 9am and 5pm.
Yours sincerely
{SIG}
{DP}
""", region="england", src="scan upload")
t("letter-to-parties", "en", """
Dear {father},
I am writing to let you know that {org}'s involvement in the case about {child_first} has now ended. The court made a final child arrangements order on {dhear} and discharged {org}.
What this means:
- I will no longer be in contact with you or with {child_first}.
- If you have worries about {child_first}'s safety in the future, you should contact {council} Children's Services or, in an emergency, the police.
- If the arrangements break down, you can seek advice on mediation or make a fresh application to the court.
Your file will be kept in line with our retention policy. You can ask for a copy of the information we hold about you (a subject access request).
Thank you for working with me. I wish you and {child_first} well.
{SIG}
""", part="email", who="caf", subj="{case_no} – end of our involvement")
t("letter-to-parties", "en", """
{LH}
{d0}
Dear {mother} and {father}
Invitation to a joint meeting
Following my separate meetings with each of you, I think it may help {child_first} if we meet together to look at a plan for how {he} moves between your homes. This would only happen if you both agree and if it is safe.
Date: {dhear}  Time: {time}  Place: {org} office, {town}
Each of you may bring a supporter, who will wait outside the meeting room. If you do not feel able to meet together, please tell me in confidence and I will not ask why. Nothing said in the meeting will be shared with the court unless it raises a safeguarding concern.
Yours sincerely
{SIG}
""", src="scan upload")
t("letter-to-parties", "cy", """
{LH}
{REFS}
{father}
{addr_f}
Annwyl {father}
Apwyntiad – adroddiad i'r llys
Rwyf wedi cael fy nyrannu gan CAFCASS Cymru i baratoi'r adroddiad a orchmynnwyd gan y llys ar {dprev_cy}. Rhaid ffeilio'r adroddiad erbyn {dnext_cy}.
Hoffwn gyfarfod â chi yn ein swyddfa yn {town_cy} ar {dhear_cy} am {time}. Bydd y cyfarfod yn para tua awr a hanner. Byddaf yn gofyn am eich perthynas â {child_first}, eich cynlluniau ar gyfer gofalu am {child_first}, a'r pryderon a godwyd.
Byddaf hefyd yn cyfarfod â {mother} ar wahân ac yn gweld {child_first} yn yr ysgol.
Os na allwch ddod, cysylltwch â mi ar {mob} o leiaf 24 awr ymlaen llaw.
Yn gywir
{SIG}
{DP}
""", src="scan upload")
t("letter-to-parties", "cy", """
{LH}
{REFS}
Annwyl {mother}
Eich copi chi o'r adroddiad
Amgaeaf eich copi o'r adroddiad rwyf wedi'i ffeilio gyda'r llys ynghylch {child}. Mae'r parti arall wedi cael copi hefyd.
Cyn i chi ei ddarllen, sicrhewch fod gennych amser a'ch bod mewn lle preifat. Mae'r adroddiad yn gyfrinachol: ni ddylech ei ddangos i neb heblaw eich cynghorydd cyfreithiol, na rhoi unrhyw ran ohono ar-lein.
Mae fy argymhelliad yn adran 6. Os credwch fod ffaith yn anghywir, dywedwch wrth eich cyfreithiwr neu wrth y llys yn y gwrandawiad nesaf ar {dhear_cy}. Byddaf yn bresennol.
Yn gywir
{SIG}
{DP}
""", src="scan upload")
t("letter-to-parties", "cy", """
Annwyl {mother} ac {father},
Rwy'n ysgrifennu atoch eich dau i gadarnhau'r camau nesaf yn dilyn y gwrandawiad ar {dhear_cy}.
1. Byddaf yn gweld {child_first} ddwywaith: unwaith gartref ac unwaith yn yr ysgol.
2. Byddaf yn arsylwi'r trosglwyddo yn {centre}.
3. Peidiwch â thrafod achos y llys gyda {child_first} na gofyn beth a ddywedodd wrthyf. Mae plant yn dweud wrthym fod hyn yn rhoi pwysau arnynt.
4. Byddaf yn rhannu fy argymhellion gyda chi'ch dau dros y ffôn cyn ffeilio'r adroddiad.
Os oes gennych gŵyn am fy ngwaith, fy rheolwr yw {manager}.
Cofion,
{SIG}
""", part="email", who="caf", subj="{case_no} – y camau nesaf / next steps")

# letter-from-party: a parent, grandparent or other party writing to Cafcass themselves (letter,
# handwritten note, e-mail from webmail): complaints about the other parent, new information,
# requests (change worker, see report), disagreement with the recommendations. Often emotional.
t("letter-from-party", "en", """
To the Cafcass officer dealing with my son {child_first}
Ref {case_no}
I am writing because nobody is listening to me. I have read the letter you sent to the court and half of it is what {mum_first} said and none of it is checked. I have never hit her. The police came once in 2021 because her sister rang them and they took no action. You can ask them.
I have been paying for the children every month and I have the bank statements. She stops me seeing them whenever she feels like it. Last Christmas I drove two hours and nobody answered the door.
I want to say these things before you do the report:
1. I want the kids every other weekend and half the holidays.
2. My mum can do the handovers so we do not have to meet.
3. I want a different worker because I do not think you are fair to dads.
I am happy to come to the office any day except Thursdays when I work nights.
Yours
{father}
{addr_f}
""", who="parent", src="scan")
t("letter-from-party", "en", """
Hi {fca_first},
Sorry to email again. I know you said to wait for the report but something happened on Saturday I think you need to know. When {child_first} came back from {father}'s {he} had a new phone that I did not know about and there were messages on it from {partner} telling {him} not to tell me things. {He} was really upset and would not go to school on Monday.
I have screenshots and can send them. I also rang 101 and they gave me a reference number {occ}.
I am not trying to stop contact, I just want it to be safe. Can you tell me if you will put this in the report? My solicitor said to send it to you directly as well.
Thanks
{mum_first}

Sent from my iPhone
""", part="email", who="parent", subj="{child_first} - weekend")
t("letter-from-party", "en", """
{gran}
{addr_m}
{d0}
Dear Sir or Madam
Re: my grandchildren {child} and {child2}
I am the children's grandmother on their mother's side. I understand there is a court case and that a Family Court Adviser is writing a report. I would like my views to be considered.
I have looked after the children every week since they were born. Since my daughter and {father} separated I have not been allowed to see them because he says I "take sides". The children used to stay with me every Friday.
I am 67, in good health and I have a spare room. I do not drink and I have never been in trouble. I would be happy to supervise handovers if that would help.
Please could someone ring me on {phone}. I am not good with e-mail.
Yours faithfully
{gran}
""", who="parent", src="scan")
t("letter-from-party", "en", """
From {father} – for the attention of the CAFCASS Cymru officer
Case {case_no}
I don't agree with the report recommendations and I want this letter put on the file before the hearing on {dhear}.
Para 5.3 says I failed to attend two appointments. I rang the office both times and left a message. Para 5.7 says {child_first} is "anxious" before contact but the school said {he} is fine. I have a letter from the school saying so which I attach.
I also want to complain that the worker saw the children at their mum's house but only saw me in the office. That is not fair.
I understand I can make a complaint to CAFCASS Cymru and I would like the form in Welsh please.
{father}
""", who="parent", region="wales", src="scan upload")
t("letter-from-party", "en", """
Dear Cafcass,
I am the respondent mother. My solicitor {sol_m} has come off the record because my legal aid was refused, so I am writing myself.
I would like you to know that I have moved to a new address because of the harassment. Please do NOT give my address to {father} or put it in any report. My new address is on the confidential C8 form the court has.
I have started the Freedom Programme with {da_service} and they can confirm this. I have also booked {child_first} in for counselling at school.
Please can you tell me when you want to visit and whether it can be a video call because I do not drive. I am available mornings only.
Regards,
{mother}
""", part="email", who="parent", subj="Case {case_no} - new address - CONFIDENTIAL")
t("letter-from-party", "cy", """
At swyddog CAFCASS Cymru sy'n delio gyda {child_first}
Cyf {case_no}
Rwy'n ysgrifennu achos dw i'n teimlo nad oes neb yn gwrando arnaf. Rwyf wedi darllen y llythyr a anfonoch at y llys ac mae hanner ohono yn dod gan {mum_first} heb ei wirio. Dw i erioed wedi ei tharo hi. Daeth yr heddlu unwaith yn 2021 ond ni chymerwyd unrhyw gamau.
Rwyf wedi talu at y plant bob mis ac mae gennyf y cyfriflenni banc. Mae hi'n atal y cyswllt pryd bynnag y mae'n dymuno.
Hoffwn ddweud y pethau hyn cyn i chi ysgrifennu'r adroddiad:
1. Rwyf am gael y plant bob yn ail benwythnos a hanner y gwyliau.
2. Gall fy mam wneud y trosglwyddo fel nad oes rhaid i ni gwrdd.
3. Hoffwn gael gweithiwr gwahanol.
Yn gywir
{father}
{addr_f}
""", who="parent", src="scan")
t("letter-from-party", "cy", """
Helo {fca_first},
Sori am e-bostio eto. Dw i'n gwybod eich bod wedi dweud wrtha i am aros am yr adroddiad, ond mi ddigwyddodd rhywbeth ddydd Sadwrn. Pan ddaeth {child_first} adref o dŷ {father} roedd gan {child_first} ffôn newydd, ac roedd negeseuon arno gan {partner} yn dweud wrth {child_first} am beidio â dweud pethau wrtha i. Roedd {child_first} wedi ypsetio'n lân ac yn gwrthod mynd i'r ysgol fore Llun.
Mae gen i sgrinluniau. Mi wnes i ffonio 101 a chael cyfeirnod {occ}.
Dw i ddim yn trio stopio'r cyswllt, dw i jest isio iddo fod yn ddiogel. Fydd hyn yn mynd yn yr adroddiad?
Diolch
{mum_first}
""", part="email", who="parent", subj="Penwythnos {child_first}")
t("letter-from-party", "cy", """
{gran}
{addr_m}
{d0_cy}
Annwyl Syr/Madam
Fy wyrion, {child} a {child2}
Fi yw nain y plant ar ochr eu mam. Rwy'n deall bod achos llys ac fod swyddog yn ysgrifennu adroddiad. Hoffwn i'm barn gael ei hystyried.
Rwyf wedi gofalu am y plant bob wythnos ers iddynt gael eu geni. Ers i fy merch a {father} wahanu, nid wyf wedi cael eu gweld.
Rwy'n 67 oed ac mewn iechyd da. Byddwn yn fodlon goruchwylio'r trosglwyddo pe bai hynny'n helpu.
Ffoniwch fi ar {phone} os gwelwch yn dda. Dydw i ddim yn dda gydag e-bost.
Yn gywir
{gran}
""", who="parent", src="scan")

# correspondence: all other case-related correspondence: the court's covering e-mails (attaching
# orders, listing notices), party solicitors' letters, FCA e-mails that cover a filed report,
# transfer letters between teams, interpreter bookings, HMCTS queries. Not Cafcass Legal or the
# child's solicitor (legal-advice), not letters to the court in place of a report.
t("correspondence", "en", """
Good afternoon,
Please find attached the sealed order made by {judge} on {dhear} in the above matter, for your records and action. Please note paragraph 4, which directs {org} to file a report.
Kind regards
Family Team
{court_short}
HM Courts & Tribunals Service
Phone: 0300 303 0642
Please do not reply to this e-mail with new applications; use the MyHMCTS portal.
HMCTS will use your information in line with our personal information charter: www.gov.uk/government/organisations/hm-courts-and-tribunals-service/about/personal-information-charter
""", part="email", who="court", subj="{case_no} {case_name} - sealed order {dhear}")
t("correspondence", "en", """
{LH_FIRM_M}
Our ref: {sol_m}/{ref}
Your ref: {case_no}
{d0}
{org}
{team}
By e-mail only
Dear Sirs
Re: {child} – {court_short} – {case_no}
We act for the respondent mother, {mother}, in these proceedings. Our client is legally aided.
We write to ask when the section 7 report is likely to be filed. The order of {dprev} provides for filing by {dnext} but our client has not yet been contacted for an interview. Our client works shifts and would be grateful for as much notice as possible.
We also confirm that our client's address must remain confidential. A form C8 has been filed. Please ensure that no correspondence to the father discloses it.
We look forward to hearing from you.
Yours faithfully
{firm_m}
""", who="sol_p", src="scan upload")
t("correspondence", "en", """
Hi all,
Report filed today – attached for the court and the parties' solicitors. {mother} and {father} have been sent their copies by Egress.
I will be attending the hearing on {dhear}. Could the court confirm whether it is in person or by CVP?
Many thanks
{fca}
{role}, {team}

-----Original Message-----
From: Family {town} <family.{town_l}@justice.gov.uk>
Sent: {dprev}
To: {fca_email}
Subject: {case_no} - report due
Dear {org}, the court notes the report is due on {d0}. Please file by 4pm.
""", part="email", who="caf", subj="RE: {case_no} - report due")
t("correspondence", "en", """
{LH}
{REFS}
Case transfer between teams
To: Service Manager, {team}
Dear colleague
{case_name} – {case_no}
The mother and children have moved to your area and the court has transferred the proceedings to {court_short}. I am therefore transferring the case file to your team on ECMS today.
Work completed: safeguarding letter ({dprev}); interviews with both parents; school visit.
Work outstanding: observation of contact and the section 7 report, due {dnext}.
The mother's address is confidential. Please see the case plan for risk information; police information has been saved in the police folder.
Please acknowledge receipt.
Yours sincerely
{manager}, Service Manager
""", src="upload scan tree")
t("correspondence", "en", """
Dear {org},
NOTICE OF HEARING – please note the following hearing has been listed in this case.
Court: {court_short}
Case number: {case_no}
Type: Dispute Resolution Appointment
Date: {dhear} at {time}, time estimate 1 hour
Mode: remote (CVP) – link to follow
The Cafcass officer who prepared the report is required to attend.
If you cannot attend, you must tell the court in writing at least 7 days before the hearing and give reasons.
Yours faithfully, HMCTS Family Listing
""", part="email", who="court", subj="Notice of hearing {case_no}")
t("correspondence", "en", """
Dear {fca},
Interpreter booking – confirmation
Thank you for your request. We confirm a Polish interpreter has been booked for your home visit to {mother} on {dhear} at {time}, duration two hours. Booking ref TB{ref}.
Please let us know 48 hours in advance if the appointment is cancelled, or a charge will apply.
Language Services Team
""", part="email", who="other", subj="Booking confirmation TB{ref}")
t("correspondence", "cy", """
Prynhawn da,
Amgaeir y gorchymyn wedi'i selio a wnaed gan {judge_cy} ar {dhear_cy} yn yr achos uchod, ar gyfer eich cofnodion. Sylwer ar baragraff 4, sy'n cyfarwyddo CAFCASS Cymru i ffeilio adroddiad.
Cofion caredig
Tîm Teulu
{court_cy}
Gwasanaeth Llysoedd a Thribiwnlysoedd EF
Ffôn: 0300 303 5174 (gwasanaeth Cymraeg)
Croesewir gohebiaeth yn Gymraeg a Saesneg.
""", part="email", who="court", subj="{case_no} gorchymyn wedi'i selio / sealed order")
t("correspondence", "cy", """
{LH_FIRM_M}
Ein cyf: {ref}
Eich cyf: {case_no}
{d0_cy}
CAFCASS Cymru
{team_cy}
Drwy e-bost yn unig
Annwyl Syr/Madam
{child} – {court_cy} – {case_no}
Rydym yn gweithredu ar ran y fam, {mother}, yn yr achos hwn.
Ysgrifennwn i ofyn pryd y bydd yr adroddiad adran 7 yn cael ei ffeilio. Mae gorchymyn {dprev_cy} yn nodi y dylid ei ffeilio erbyn {dnext_cy}, ond nid yw ein cleient wedi cael cynnig cyfweliad eto. Mae ein cleient yn dymuno cael ei chyfweld yn Gymraeg.
Cadarnhawn hefyd fod cyfeiriad ein cleient yn gyfrinachol. Mae ffurflen C8 wedi'i ffeilio.
Yn gywir
{firm_m}
""", who="sol_p", src="scan upload")
t("correspondence", "cy", """
Helo bawb,
Adroddiad wedi'i ffeilio heddiw – amgaeedig ar gyfer y llys a chyfreithwyr y partïon. Mae {mother} a {father} wedi cael eu copïau drwy Egress.
Byddaf yn bresennol yn y gwrandawiad ar {dhear_cy}. A allai'r llys gadarnhau a fydd y gwrandawiad wyneb yn wyneb neu drwy CVP?
Diolch yn fawr
{fca}
{role_cy}, {team_cy}

-----Neges wreiddiol-----
Oddi wrth: Teulu {town_cy} <family.{town_l}@justice.gov.uk>
Anfonwyd: {dprev_cy}
Pwnc: {case_no} – adroddiad yn ddyledus
Annwyl CAFCASS Cymru, mae'r llys yn nodi bod yr adroddiad yn ddyledus ar {d0_cy}.
""", part="email", who="caf", subj="ATB: {case_no} – adroddiad yn ddyledus")


# ============================== case-plan ==============================
# case-plan: the practitioner's plan for the work (ECMS case plan tool; IRIS case plan in Wales),
# started at allocation: key information from the safeguarding letter/SER and allocation note,
# hypotheses, enquiries to make (what), why, how (tools: CIAF, DA pathway, harmful conflict,
# contact tools CAF 24-25), who to see, timescales to the filing date, child's views plan.
t("case-plan", "en", """
{CLASS}
ECMS – Plan for the work
Case: {case_no}   Practitioner: {fca}   Started: {dprev}   Filing date: {dnext}
Key information at allocation
- Safeguarding letter dated {dprev}: police call-outs x3 (2022–23), mother alleges coercive control; father denies.
- LA: known, single assessment closed 2022, no current involvement.
- Allocation note ({manager}): focus on the risk of domestic abuse before considering overnight time.
Hypotheses
1. The father's time with {child_first} can be safe if handovers are managed by a third party.
2. {child_first}'s reluctance may be linked to what {he} saw at home rather than influence by either parent.
Planned work (what / why / how)
| Interview mother | understand history and current fears | DA practice pathway, home visit |
| Interview father | test his insight into the effect of abuse | office interview, CIAF DA tool |
| See {child_first} twice | wishes and feelings | direct work tools (three houses), school setting |
| Observe contact | quality of relationship | {centre} |
| Checks on new partner | risk | LA and police checks requested {d0} |
Timescale: interviews by {dhear}; report drafted one week before filing; manager sign-off.
""", src="upload tree scan")
t("case-plan", "en", """
CAFCASS Cymru – IRIS case plan
Case number {case_no}     Practitioner {fca}     Date commenced {dprev}
Language of recording: English
Previous case information considered: Safeguarding Enquiries Report ({dold}); allocation recording by {manager}.

Action 1
What: Home visit to the mother and children.
Why: To assess the home and hear the mother's account of the incidents in the SER.
How: Semi-structured interview; domestic abuse assessment tool; saved to Documents.
Action 2
What: Interview the father by video call.
Why: He lives in England and works away; to explore his proposals for contact.
How: Interview; parenting capacity questions.
Action 3
What: Ascertain the wishes and feelings of {child_first} (age {child_age}).
Why: Welfare checklist, s1(3)(a) Children Act 1989.
How: Direct work at school using "My World" worksheet.
Action 4
What: Consider referral to a contact centre.
Why: Contact has not taken place for eight months.
Review: after actions 1–3 or by {dhear}.
""", region="wales", src="upload tree scan")
t("case-plan", "en", """
{CLASS}
Planning record – public law (Children's Guardian)
{case_name}  {case_no}   Issued: {dprev}   Guardian: {fca}   Child's solicitor: {sol_child}, {firm_child}
Timetable for the child: 26 weeks – IRH {dhear}, final hearing {dnext}
Issues for the guardian
1. Is the threshold under s31 Children Act 1989 likely to be met? (LA relies on neglect and parental substance misuse.)
2. Is {child_first}'s current placement with foster carers meeting {his} needs?
3. Should the parents' drug testing be extended to hair strand testing?
Planned enquiries
- Read the LA social work evidence and chronology; meet the social worker {sw}.
- See {child_first} in placement within 10 working days; speak to the IRO, {iro}.
- Meet each parent with their solicitors' agreement.
- Consider the need for an independent social worker parenting assessment (Part 25).
Theory/tools: attachment, cumulative harm; guardian's analysis template.
""", law="public", src="upload tree")
t("case-plan", "en", """
Case planning – {case_no}
COL: What || Why
COL: Speak to {school} DSL || attendance and presentation
COL: Visit {child_first} at home (mother) || wishes and feelings, home conditions
COL: Visit {child_first} at father's || see the relationship, the home
COL: Request police checks on {partner} || new adult in household
COL: Observe handover || level of conflict
How: harmful conflict guidance; Child Impact Assessment Framework; direct work.
Risk identified during initial work: none beyond safeguarding letter; to be recorded here if identified later and raised with the manager.
Practitioner {fca}   Manager {manager}   Date {d0}
""", src="scan upload")
t("case-plan", "en", """
{LH}
Plan of work agreed at allocation (printed for supervision)
Child(ren): {child} ({child_age}), {child2} ({child2_age})
Order: section 7 report directed {dprev}, limited to the father's application to relocate with the children to Bristol.
1. Enquiries: both parents' plans for school, housing and the children's time with the other parent; the school's view; {child_first}'s views.
2. Purpose: to advise the court on the welfare checklist and whether relocation is in the children's interests.
3. Approach: interviews with each parent, two direct work sessions, use of the CIAF relocation considerations.
4. Diversity: family speaks Welsh at home; direct work to be offered in Welsh.
5. Timescales: all interviews by {dhear}; filing by {dnext}.
{SIG}
""", src="upload tree scan")
t("case-plan", "cy", """
CAFCASS Cymru – IRIS
Cynllun yr achos
Rhif yr achos: {case_no}    Ymarferydd: {fca}    Dechreuwyd: {dprev_cy}
Iaith y cofnodi: Cymraeg
Gwybodaeth flaenorol a ystyriwyd: Adroddiad Ymholiadau Diogelu ({dold_cy}); nodyn dyrannu gan {manager}.

Cam 1
Beth: Ymweliad cartref â'r fam a'r plant.
Pam: Asesu'r cartref a chlywed hanes y fam am y digwyddiadau a nodwyd.
Sut: Cyfweliad lled-strwythuredig; offeryn asesu cam-drin domestig; cadw yn yr adran Dogfennau.
Cam 2
Beth: Cyfweld y tad.
Pam: Archwilio ei gynigion ar gyfer cyswllt a'i ddealltwriaeth o'r pryderon.
Sut: Cyfweliad yn y swyddfa.
Cam 3
Beth: Canfod dymuniadau a theimladau {child_first} ({child_age} oed).
Pam: Rhestr wirio lles, adran 1(3)(a) Deddf Plant 1989.
Sut: Gwaith uniongyrchol yn yr ysgol yn Gymraeg.
Adolygu: ar ôl camau 1–3 neu erbyn {dhear_cy}.
""", src="upload tree scan")
t("case-plan", "cy", """
{CLASS}
Cynllunio'r gwaith – cyfraith gyhoeddus (Gwarcheidwad Plant)
{case_no}   Gwarcheidwad: {fca}   Cyfreithiwr y plentyn: {sol_child}
Amserlen y plentyn: 26 wythnos – gwrandawiad materion {dhear_cy}, gwrandawiad terfynol {dnext_cy}
Materion i'r gwarcheidwad
1. A yw'r trothwy o dan adran 31 yn debygol o gael ei fodloni?
2. A yw'r lleoliad maeth presennol yn diwallu anghenion {child_first}?
3. A ddylid ymestyn profion cyffuriau'r rhieni?
Ymholiadau arfaethedig
- Darllen tystiolaeth waith cymdeithasol yr awdurdod lleol; cyfarfod â'r gweithiwr cymdeithasol {sw}.
- Gweld {child_first} yn y lleoliad o fewn 10 diwrnod gwaith; siarad â'r Swyddog Adolygu Annibynnol, {iro}.
- Cyfarfod â phob rhiant gyda chytundeb eu cyfreithwyr.
""", law="public", src="upload tree")
t("case-plan", "cy", """
Cynllun gwaith / Plan of work – {case_no}
COL: Beth / What || Pam / Why
COL: Siarad ag arweinydd diogelu {school} || presenoldeb ac ymddygiad
COL: Ymweld â {child_first} gartref || dymuniadau a theimladau
COL: Gwiriadau'r heddlu ar {partner} || oedolyn newydd yn yr aelwyd
COL: Arsylwi'r trosglwyddo || lefel y gwrthdaro
Sut / How: canllawiau gwrthdaro niweidiol; gwaith uniongyrchol yn Gymraeg.
Ymarferydd {fca}   Rheolwr {manager}   Dyddiad {d0_cy}
""", src="scan upload")

# case-plan-review: the recorded review of the plan: progress against each action, what has
# changed (new risk, new partner, missed appointments), management oversight in supervision,
# revised actions and dates, decisions from QA recorded here, sign-off before the report.
t("case-plan-review", "en", """
{CLASS}
Plan review – management oversight
Case {case_no}   Practitioner {fca}   Reviewer {manager}, Service Manager   Date {d0}
Progress against the plan
1. Interview mother – done {dprev}.
2. Interview father – done; he did not attend the first appointment and was re-booked.
3. Direct work with {child_first} – one session completed; second planned at school.
4. Observation of contact – not done; centre waiting list six weeks.
New information since the plan was made
- Police report a call-out on {d0} (verbal argument at handover). Risk rating raised to medium.
Decisions
- Observation of contact to be replaced by observation of a handover at school.
- Practitioner to consider whether to ask the court for a short extension; discuss with Cafcass Legal if needed.
- Revised filing plan: draft report to manager seven days before {dnext}.
Agreed by practitioner and manager.
""", src="upload tree scan")
t("case-plan-review", "en", """
CAFCASS Cymru – IRIS
Case plan – update recorded on {d0}
Reason for update: development in the case (new partner identified; father moved address)
Previous actions reviewed
Action 1 (home visit to mother) – completed; see casework record {dprev}.
Action 2 (interview father) – completed by video.
Action 3 (child's wishes and feelings) – outstanding; {child_first} was unwell.
New action 5
What: third party checks on the father's new partner.
Why: she will be present during overnight stays.
How: police and local authority checks.
Practice Manager comment ({manager}): plan remains appropriate; ensure the child is seen before filing. Quality assurance decision recorded here.
""", region="wales", src="upload tree scan")
t("case-plan-review", "en", """
Supervision record – case discussion
{case_name} ({case_no})
Present: {fca} ({role}); {manager} (Service Manager)
1. Where are we? Interviews complete; school information awaited; child seen once.
2. What has changed? The mother now says she will not agree to any overnight time. The father has completed the Planning Together for Children course.
3. Is the plan still right? Partly. Add a second session with {child_first} because {his} views were unclear and {he} seemed worried about "getting anyone in trouble".
4. Risk: no new police information. Risk level unchanged.
5. Actions: revised plan below; report to be filed on time.
Revised plan: session 2 with {child_first} by {dhear}; telephone both parents to share the recommendation; draft by {dhear}.
""", src="upload tree")
t("case-plan-review", "en", """
{CLASS}
Review of the guardian's plan – week 12
{case_no}   {case_name}   Guardian: {fca}
Original issues and current position
Threshold – LA threshold document filed; parents partly concede.
Placement – {child_first} settled with foster carers; contact with parents three times weekly, supervised.
Assessments – parenting assessment of mother negative; father's positive with conditions; hair strand results awaited.
Changes to the plan
- Add: consider kinship assessment of the paternal grandmother {gran} (viability assessment positive).
- Remove: psychological assessment of the father (not pursued by the court).
Next review: after the IRH on {dhear}.
Manager oversight: {manager}, {d0}.
""", law="public", src="upload tree")
t("case-plan-review", "cy", """
{CLASS}
Adolygiad o'r cynllun – goruchwyliaeth reoli
Achos {case_no}   Ymarferydd {fca}   Adolygydd {manager}, Rheolwr Ymarfer   Dyddiad {d0_cy}
Cynnydd yn erbyn y cynllun
1. Cyfweld y fam – wedi'i gwblhau {dprev_cy}.
2. Cyfweld y tad – wedi'i gwblhau; ni ddaeth i'r apwyntiad cyntaf.
3. Gwaith uniongyrchol gyda {child_first} – un sesiwn wedi'i chwblhau.
4. Arsylwi cyswllt – heb ei wneud; rhestr aros yn y ganolfan.
Gwybodaeth newydd ers llunio'r cynllun
- Mae'r heddlu'n adrodd am alwad ar {d0_cy} (dadl ar lafar yn ystod y trosglwyddo).
Penderfyniadau
- Arsylwi'r trosglwyddo yn yr ysgol yn lle arsylwi cyswllt.
- Drafft o'r adroddiad i'r rheolwr saith diwrnod cyn {dnext_cy}.
Cytunwyd gan yr ymarferydd a'r rheolwr.
""", src="upload tree scan")
t("case-plan-review", "cy", """
CAFCASS Cymru – IRIS
Cynllun yr achos – diweddariad a gofnodwyd ar {d0_cy}
Rheswm dros ddiweddaru: datblygiad yn yr achos (partner newydd; y tad wedi symud)
Adolygu'r camau blaenorol
Cam 1 (ymweliad cartref) – wedi'i gwblhau.
Cam 2 (cyfweld y tad) – wedi'i gwblhau drwy alwad fideo.
Cam 3 (dymuniadau a theimladau'r plentyn) – heb ei gwblhau; roedd {child_first} yn sâl.
Cam newydd 5
Beth: gwiriadau trydydd parti ar bartner newydd y tad.
Pam: bydd hi'n bresennol yn ystod arosiadau dros nos.
Sut: gwiriadau'r heddlu a'r awdurdod lleol.
Sylw'r Rheolwr Ymarfer ({manager}): mae'r cynllun yn parhau'n briodol.
""", src="upload tree scan")
t("case-plan-review", "cy", """
Cofnod goruchwylio – trafod achos
{case_no}
Yn bresennol: {fca} ({role_cy}); {manager} (Rheolwr Ymarfer)
1. Ble rydym ni arni? Cyfweliadau wedi'u cwblhau; aros am wybodaeth yr ysgol.
2. Beth sydd wedi newid? Mae'r fam bellach yn gwrthwynebu unrhyw arosiadau dros nos.
3. A yw'r cynllun yn dal yn iawn? Yn rhannol. Ychwanegu ail sesiwn gyda {child_first} gan nad oedd {ei_farn} yn glir.
4. Risg: dim gwybodaeth newydd gan yr heddlu.
Cynllun diwygiedig: ail sesiwn erbyn {dhear_cy}; ffonio'r ddau riant i rannu'r argymhelliad.
""", src="upload tree")

# ============================== risk-and-safety ==============================
# la-checks: the local authority's reply to Cafcass's screening request (children's services
# check): known / not known, history (referrals, s47 enquiries, CP plans, looked after, early
# help), current social worker, with a confidentiality statement. Sometimes states the LA
# record class (policy 002 §8).
t("la-checks", "en", """
{LH_LA}
{CLASS}
Response to {org} request for information – private law
Your ref: {case_no}   Our ref: {la_ref}   Date of request: {dprev}   Date of response: {d0}
Subjects checked: {child} ({dob}); {child2} ({dob2}); {mother}; {father}
Result: KNOWN
History
- {dold}: referral from {police} following domestic incident; strategy discussion; s47 enquiry; no further action after single assessment.
- 2022: Early Help – Team Around the Family closed successfully.
- No current involvement. No child protection plan. Not looked after.
Father: not known to Children's Services in this authority.
Checked by: MASH Business Support; authorised by {sw}, Team Manager.
Record class: Child Protection (s47 enquiry) – retained 35 years from closure.
{DP_LA}
""", who="la", rc="child-protection", src="scan upload")
t("la-checks", "en", """
Good morning,
Please see our response to your check below.
Child(ren): {child} DOB {dob}
Adults: {mother}, {father}, {partner}
Outcome: Not known to {council} Children's Services for any of the named individuals. No records held under these names and dates of birth on our system (WCCIS).
Please note this check relates only to {council}. If the family has lived in another area you will need to request checks from that authority.
Kind regards
Information Advice and Assistance (IAA) Team
{council}
This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it.
""", part="email", who="la", region="wales", subj="RE: CAFCASS Cymru check request {case_no}")
t("la-checks", "en", """
{CLASS}
Children's Services check – {org} screening – {case_no}
Name | DOB | Known? | Details
{child} | {dob} | Yes | Looked after under s20 from {dold} for 4 months; returned home; CIN plan closed.
{mother} | – | Yes | As parent above. Adult social care: not checked.
{father} | – | No | –
{partner} | – | Yes | Named in a 2020 strategy meeting (another family) as a person posing a risk to children; conviction recorded. Record class: Adults who pose a risk to children.
Current allocated worker: none
Completed by {sw}, Senior Practitioner, {council} Front Door, {d0}
{DP_LA}
""", who="la", rc="adult-posing-risk", src="scan upload")
t("la-checks", "en", """
{LH_LA}
{d0}
Dear {fca}
Re: {child} and {child2} – your request of {dprev}
I confirm that the family is currently open to {council}. {child_first} and {child2_first} have been subject to child protection plans under the category of emotional abuse since {dold}. The allocated social worker is {sw} (tel. {phone}).
The most recent review child protection conference was held on {dprev}; the plans continue. Concerns include parental conflict in front of the children, the mother's mental health and the father's use of cannabis.
The local authority has no objection to this information being shared with the court. Minutes of the conferences can be requested from the Child Protection Unit.
Yours sincerely
{sw}
Team Manager, Safeguarding
{DP_LA}
""", who="la", src="scan upload")
t("la-checks", "en", """
{CLASS}
MASH – Cafcass screening reply
COL: Ref: {la_ref} || Received: {dprev}
COL: Cafcass case: {case_no} || Replied: {d0}
COL: Child: {child} || DOB: {dob}
COL: Mother: {mother} || Known: Yes
COL: Father: {father} || Known: Yes
Summary: contacts in 2021 and 2023 from school about bruising and from police about a domestic incident. Both resulted in advice only. One private fostering notification ({dold}) – child stayed with family friend for 5 months.
Social worker: none allocated. Consent to share: Data Protection Act 2018 Sch 2 para 5.
""", who="la", src="scan")
t("la-checks", "cy", """
{LH_LA}
{CLASS}
Ymateb i gais CAFCASS Cymru am wybodaeth – cyfraith breifat
Eich cyf: {case_no}   Ein cyf: {la_ref}   Dyddiad y cais: {dprev_cy}   Dyddiad yr ymateb: {d0_cy}
Unigolion a wiriwyd: {child} ({dob_cy}); {mother}; {father}
Canlyniad: YN HYSBYS
Hanes
- {dold_cy}: atgyfeiriad gan {heddlu} yn dilyn digwyddiad domestig; trafodaeth strategaeth; ymholiadau adran 47; dim camau pellach.
- Dim cysylltiad presennol â'r Gwasanaethau Plant. Nid yw ar gynllun amddiffyn plant.
Y tad: ddim yn hysbys i'r awdurdod hwn.
Gwiriwyd gan: Cymorth Busnes MASH; awdurdodwyd gan {sw}, Rheolwr Tîm.
Dosbarth cofnod: Amddiffyn Plant – cadw am 35 mlynedd o ddyddiad cau'r achos.
{DP_LA}
""", who="la", rc="child-protection", src="scan upload")
t("la-checks", "cy", """
Bore da,
Gweler ein hymateb i'ch cais isod.
Plentyn: {child}, dyddiad geni {dob_cy}
Oedolion: {mother}, {father}
Canlyniad: Ddim yn hysbys i Wasanaethau Plant {cyngor} ar gyfer unrhyw un o'r unigolion a enwir. Nid oes cofnodion dan yr enwau a'r dyddiadau geni hyn ar ein system (WCCIS).
Sylwer mai i {cyngor} yn unig y mae'r gwiriad hwn yn berthnasol.
Cofion
Tîm Gwybodaeth, Cyngor a Chymorth
{cyngor}
Mae'r e-bost hwn ac unrhyw atodiadau yn gyfrinachol ac wedi'u bwriadu ar gyfer y derbynnydd yn unig.
""", part="email", who="la", subj="ATB: Cais am wiriad CAFCASS Cymru {case_no}")
t("la-checks", "cy", """
{CLASS}
Gwiriad y Gwasanaethau Plant – {case_no}
Enw | Dyddiad geni | Yn hysbys? | Manylion
{child} | {dob_cy} | Ydy | Yn derbyn gofal dan adran 76 o {dold_cy} am bedwar mis; wedi dychwelyd adref. Dosbarth cofnod: Plentyn sy'n Derbyn Gofal.
{mother} | – | Ydy | Fel rhiant uchod.
{father} | – | Nac ydy | –
Gweithiwr cymdeithasol presennol: dim
Cwblhawyd gan {sw}, Uwch Ymarferydd, {cyngor}, {d0_cy}
{DP_LA}
""", who="la", rc="looked-after-child", src="scan upload")

# screening-response: replies to Cafcass screening from bodies other than the police and the
# children's services check: MARAC coordinators, the Probation Service (HMPPS), IDVA/domestic
# abuse services, youth justice, health visiting or school nurse screening; the reply itself.
t("screening-response", "en", """
OFFICIAL-SENSITIVE
MARAC screening – response to {org}
Request ref: {case_no}    Date: {d0}
Names searched: {mother} ({addr_m}); {father}
Result: {mother} has been heard at {town} MARAC on two occasions: {dold} and {dprev}. The named perpetrator on both occasions was {father}. Risk level at referral: high (DASH 17/24).
Actions agreed at the most recent MARAC: target hardening at the mother's address; IDVA support from {da_service}; flag on police systems.
This information is shared under the MARAC information sharing protocol and must be treated as confidential. Do not disclose to the alleged perpetrator.
MARAC Coordinator, {town} Community Safety Partnership
""", who="marac", src="scan upload")
t("screening-response", "en", """
Dear colleague,
Thank you for your request about {father} (DOB given).
Our records show he is currently subject to a community order (12 months, with a Building Better Relationships requirement) imposed at {town} Magistrates' Court on {dold} for an offence of assault by beating against a former partner. He has attended 14 of 24 sessions. His probation practitioner is {officer}.
He is assessed as medium risk of serious harm to known adults. There are no child-specific licence conditions. We have no objection to this information being placed before the family court.
Regards
{officer}
Probation Practitioner, The Probation Service, {town} Probation Delivery Unit
""", part="email", who="probation", subj="RE: Cafcass safeguarding enquiry - {case_no}")
t("screening-response", "en", """
{CLASS}
{hb}
Health visiting service – response to screening request
To: {org}, {team}      Date: {d0}
Child: {child_first} {csur}, DOB {dob}
We confirm {child_first} is registered with the health visiting service. Universal contacts are up to date. Immunisations complete.
Records show one concern: at the 2-year review the health visitor noted the mother disclosed arguments at home and was given information on local domestic abuse support. No referral was made at that time.
The family is currently on the universal pathway. The named health visitor is {hv}.
This information is provided in response to your request of {dprev} and may be shared with the court.
""", who="nhs", src="scan upload")
t("screening-response", "en", """
{da_service}
Response to {org} enquiry – client consent confirmed
Client: {mother}
We confirm that {mother} has been supported by our IDVA service since {dold}. She was referred by {police} after an incident at her home. She has engaged well and has completed the Freedom Programme (12 weeks).
She has told us of ongoing messages from her ex-partner about the children. Our service has helped her with a safety plan. We would support arrangements that avoid face-to-face handovers.
Signed: IDVA Team Leader
""", who="da", src="scan upload")
t("screening-response", "en", """
Hi {fca_first},
Youth Justice screening – {child} ({dob}).
Not known to {town} Youth Justice Service. No out of court disposals, no current orders. No prevention work on file.
We have also checked for {child2}: not known.
Regards,
Youth Justice Service Business Support
""", part="email", who="la", region="wales", subj="YJS check - {case_no}")
t("screening-response", "cy", """
SWYDDOGOL – SENSITIF
Ymateb MARAC i CAFCASS Cymru
Cyfeirnod y cais: {case_no}    Dyddiad: {d0_cy}
Enwau a chwiliwyd: {mother}; {father}
Canlyniad: Mae {mother} wedi'i thrafod yng nghynhadledd MARAC {town_cy} ddwywaith: {dold_cy} a {dprev_cy}. Enwyd {father} fel y cyflawnwr honedig ar y ddau achlysur. Lefel y risg adeg yr atgyfeiriad: uchel.
Camau a gytunwyd: gwella diogelwch y cartref; cymorth Eiriolwr Trais Domestig Annibynnol; nodyn rhybudd ar systemau'r heddlu.
Rhennir yr wybodaeth hon o dan brotocol rhannu gwybodaeth MARAC. Ni ddylid ei datgelu i'r cyflawnwr honedig.
Cydlynydd MARAC, Partneriaeth Diogelwch Cymunedol
""", who="marac", src="scan upload")
t("screening-response", "cy", """
Annwyl gydweithiwr,
Diolch am eich cais ynghylch {father}.
Mae ein cofnodion yn dangos ei fod ar hyn o bryd yn destun gorchymyn cymunedol (12 mis, gyda gofyniad rhaglen perthnasoedd) a osodwyd yn Llys Ynadon {town_cy} ar {dold_cy} am ymosod drwy guro ar gyn-bartner. Mae wedi mynychu 14 o 24 sesiwn.
Fe'i hasesir yn risg ganolig o niwed difrifol i oedolion hysbys. Nid oes gennym wrthwynebiad i'r wybodaeth hon gael ei rhoi gerbron y llys teulu.
Cofion
{officer}
Ymarferydd Prawf, Gwasanaeth Prawf EF, Cymru
""", part="email", who="probation", subj="ATB: Ymholiad diogelu CAFCASS Cymru – {case_no}")
t("screening-response", "cy", """
{hb_cy}
Gwasanaeth Ymwelwyr Iechyd – ymateb i gais sgrinio
At: CAFCASS Cymru, {team_cy}      Dyddiad: {d0_cy}
Plentyn: {child}, dyddiad geni {dob_cy}
Cadarnhawn fod {child_first} wedi'i gofrestru gyda'r gwasanaeth ymwelwyr iechyd a bod y cysylltiadau cyffredinol yn gyfredol.
Un pryder a gofnodwyd: yn yr adolygiad dwy flwydd oed, dywedodd y fam fod dadleuon yn y cartref a rhoddwyd gwybodaeth iddi am gymorth cam-drin domestig. Ni wnaed atgyfeiriad.
Yr ymwelydd iechyd a enwir yw {hv}.
""", who="nhs", src="scan upload")

# safety-assessment: Cafcass's own safety documentation and tools used with parties: DASH risk
# checklist completed with a parent, lone-working / home-visit risk assessment, safety plan for
# a joint meeting or court attendance, domestic abuse screening tool, welfare referral notes.
t("safety-assessment", "en", """
{CLASS}
Risk assessment before home visit (lone working)
Case {case_no}   Practitioner {fca}   Manager consulted {manager}   Date {d0}
Address to be visited: {addr_f}
Known risks: father has a caution for assault (2019); police marker for aggression towards professionals (2021); dog on premises.
Controls
1. Visit to be joint with a second worker; first visit in the office instead if the father agrees.
2. Buddy system: call the team admin on arrival and departure; code word "blue folder" if help is needed.
3. Ask for the dog to be secured before entering.
4. Sit nearest the exit; end the visit if the father is under the influence.
Decision: office interview first; home visit later only if assessment changes. Reviewed by manager.
""", src="upload tree scan")
t("safety-assessment", "en", """
DASH RIC – completed with {mother} by telephone on {d0}
Practitioner: {fca}
1. Has the current incident resulted in injury? – No
2. Are you very frightened? – Yes
3. What are you afraid of? – "That he will turn up at the school"
4. Do you feel isolated from family/friends? – Yes
5. Are you feeling depressed or having suicidal thoughts? – No
6. Have you separated or tried to separate within the past year? – Yes
7. Is there conflict over child contact? – Yes
8. Does he constantly text, call, contact, follow, stalk or harass you? – Yes
... (questions 9–24 completed, see scoring)
Total "Yes": 14 – HIGH risk threshold met. MARAC referral discussed; mother consents.
Safety advice given: keep phone charged, 999 silent solution (55), IDVA contact {da_service}.
""", src="scan upload tree")
t("safety-assessment", "en", """
{LH}
Safety plan for the joint meeting / court attendance on {dhear}
Case: {case_no}
Concerns: mother reports fear of the father; there is a history of domestic abuse. The court has directed special measures.
Plan
- Separate arrival times: mother 9:15, father 9:45; separate waiting rooms booked with the court usher.
- Mother to leave 15 minutes before the father; security informed.
- If the mother's IDVA attends, she may sit with her.
- No joint meeting will take place; shuttle discussion only.
- Practitioner to brief the legal adviser.
Agreed with the mother by telephone on {d0}. Father informed of arrangements but not of reasons.
{SIG}
""", src="upload tree")
t("safety-assessment", "en", """
Domestic abuse screening tool – applicant father (tool used with a party)
Date completed: {d0}    Completed by: {fca} with {father}
Section A – behaviours reported (tick):  [X] verbal abuse  [ ] physical violence  [X] controlling finances  [ ] threats to kill  [X] monitoring phone
Section B – impact on the children: father accepts arguments took place in front of the children; denies the rest.
Section C – practitioner view: account minimises; contrasts with police information; risk cannot be ruled out.
Section D – next steps: refer to the DA practice pathway; recommend a fact-finding hearing be considered.
""", region="wales", src="scan upload tree")
t("safety-assessment", "en", """
{CLASS}
Record of welfare referral to Children's Services
Case {case_no}   Referrer: {fca}, {role}   Date/time: {d0} {time}
Referred to: {council} Front Door (MASH), by telephone and written confirmation.
Reason: during a home visit {child_first} said {partner} "hits me with the belt when I'm naughty". Marks not seen. The mother was present and said it was a joke.
Action agreed by MASH: strategy discussion today; the child to be seen by a social worker and police within 24 hours.
Manager informed: {manager}, {d0}.
The court will be informed at the next hearing. Notice of completion of the case will be sent to Children's Services when the case closes.
""", src="upload tree scan")
t("safety-assessment", "cy", """
{CLASS}
Asesiad risg cyn ymweliad cartref (gweithio ar eich pen eich hun)
Achos {case_no}   Ymarferydd {fca}   Rheolwr {manager}   Dyddiad {d0_cy}
Cyfeiriad: {addr_f}
Risgiau hysbys: rhybuddiad am ymosod (2019); nodyn gan yr heddlu am ymddygiad ymosodol tuag at weithwyr proffesiynol; ci yn yr eiddo.
Mesurau rheoli
1. Ymweliad ar y cyd ag ail weithiwr.
2. Ffonio'r swyddfa wrth gyrraedd a gadael; gair cod os bydd angen help.
3. Gofyn i'r ci gael ei gadw mewn ystafell arall.
4. Dod â'r ymweliad i ben os yw'r tad dan ddylanwad alcohol.
Penderfyniad: cyfweliad yn y swyddfa yn gyntaf.
""", src="upload tree scan")
t("safety-assessment", "cy", """
Cynllun diogelwch ar gyfer presenoldeb yn y llys ar {dhear_cy}
Achos: {case_no}
Pryderon: mae'r fam yn dweud ei bod yn ofni'r tad; hanes o gam-drin domestig.
Cynllun
- Amseroedd cyrraedd gwahanol: y fam 9:15, y tad 9:45; ystafelloedd aros ar wahân.
- Y fam i adael 15 munud cyn y tad; staff diogelwch wedi'u hysbysu.
- Dim cyfarfod ar y cyd.
Cytunwyd â'r fam dros y ffôn ar {d0_cy}.
{SIG}
""", src="upload tree")
t("safety-assessment", "cy", """
Rhestr wirio risg DASH – wedi'i chwblhau gyda {mother} ar {d0_cy}
Ymarferydd: {fca}
1. A gafwyd anaf yn y digwyddiad diweddaraf? – Na
2. Ydych chi'n ofnus iawn? – Ydw
3. Ydych chi wedi gwahanu neu geisio gwahanu yn ystod y flwyddyn ddiwethaf? – Ydw
4. A oes gwrthdaro ynghylch cyswllt â'r plant? – Oes
5. Ydy e'n anfon negeseuon, yn ffonio neu'n eich dilyn yn gyson? – Ydy
Cyfanswm "Ie": 14 – RISG UCHEL. Trafodwyd atgyfeiriad MARAC; mae'r fam yn cydsynio.
Cyngor diogelwch: ffôn wedi'i wefru; 999 a phwyso 55.
""", src="scan upload")


# ============================== reporting-to-court ==============================
# safeguarding-letter: Cafcass's WTFH report to the court before the FHDRA (in Wales the
# Safeguarding Enquiries Report, SER): outcome of police and LA checks, the telephone
# interviews with each party, safeguarding issues identified, recommendations for the first
# hearing (e.g. s7, fact-finding, SPIP, no further involvement). Filed and shared with parties.
t("safeguarding-letter", "en", """
{HDR}
{LH}
{REFS}
To: the Court
1. Introduction
1.1 This letter is written to inform the court of the outcome of safeguarding checks and telephone interviews undertaken before the First Hearing Dispute Resolution Appointment on {dhear}.
2. Checks
2.1 {police}: information held regarding both parties – three call-outs to domestic incidents, 2022–2023; no convictions.
2.2 {council}: the family is known; a single assessment was completed in 2022 and closed.
3. Telephone interviews
3.1 {father} (applicant) wants to spend alternate weekends with {child_first}. He denies any abuse and says the mother is alienating the child.
3.2 {mother} (respondent) alleges coercive and controlling behaviour and says she fears handovers.
4. Safeguarding issues: domestic abuse (disputed); parental conflict.
5. Recommendations: the court considers whether findings of fact are needed (PD12J); a section 7 report addressing the child's wishes; no unsupervised time in the interim.
{SIG}
{CONF}
""", src="scan upload")
t("safeguarding-letter", "en", """
{CLASS}
Safeguarding Enquiries Report
{court_short} | Case {case_no} | First hearing {dhear}
Prepared by {fca}, Family Court Adviser, {team}
Sources: telephone interviews with both parents ({dprev}); checks with {police} and {council}.
Summary of information
The applicant mother seeks an order that {child_first} lives with her; the respondent father agrees but wants more time. The police hold one record of a verbal dispute in 2023 with no further action. The local authority does not know the family.
Both parents told me {child_first} is doing well at {school}. Neither raised concerns about the other parent's care.
Assessment
There are no safeguarding concerns that would prevent the parents reaching agreement. CAFCASS Cymru does not propose further involvement unless the court directs otherwise.
Recommendation
The court may wish to consider referral of both parents to Working Together for Children.
""", region="wales", src="scan upload")
t("safeguarding-letter", "en", """
{LH}
{REFS}
Dear {judge}
{case_name}
Purpose. I write following enquiries undertaken before the first hearing. The parties have been sent a copy of this letter, save for the mother's address which has been redacted.
Information from checks. The police disclose that {father} was arrested on {dold} for assault on the mother; no further action was taken. There is a current non-molestation order. Children's Services report that the children were subject to child in need plans until 2023.
What the parents told me. {mother} told me she was pushed down the stairs while pregnant. {father} accepts there were arguments but denies violence.
Analysis. The allegations, if true, are serious and relevant to child arrangements. The mother's account is consistent with the police information.
Recommendation. A fact-finding hearing; interim indirect contact only; section 7 report after findings.
Yours faithfully
{SIG}
{CONF}
""", region="england", src="scan upload")
t("safeguarding-letter", "en", """
Page 2 of 3                                                    {case_no}
4. Views of the parties
4.1 Both parents agree that {child_first} should live with the mother. The dispute concerns overnight stays with the father, which stopped in {dold}.
4.2 The father told me he drinks "socially". The mother says he drinks heavily at weekends and drove with the children after drinking.
5. Safeguarding assessment
5.1 Cafcass has identified safeguarding issues in relation to alcohol misuse and domestic abuse. The court will need to consider PD12J.
6. Recommendations for the first hearing
6.1 That the father undertakes alcohol testing (hair strand, 3 months).
6.2 That a section 7 report be ordered from Cafcass once test results are available.
6.3 In the interim, daytime contact supervised by the paternal grandmother.
Family Court Adviser {fca}          Date {d0}
""", src="scan")
t("safeguarding-letter", "en", """
{CLASS}
Work to First Hearing – letter to the court
Case: {case_no}   Court: {court_short}   Hearing: {dhear}
The court is asked to note that Cafcass was unable to speak to the respondent before the hearing; three calls and a letter went unanswered.
Checks: police – nothing recorded; local authority – not known.
Applicant ({mother}): wants to move with {child_first} to Cornwall, where her family live. She raised no safety concerns about the father.
Recommendations: if the respondent attends, the court may wish to ask Cafcass to speak to him at court; otherwise Cafcass does not propose further involvement at this stage.
""", region="england", src="upload scan")
t("safeguarding-letter", "cy", """
{HDR}
{LH}
{REFS}
At y Llys
Adroddiad Ymholiadau Diogelu
1. Cyflwyniad
1.1 Ysgrifennir yr adroddiad hwn i roi gwybod i'r llys am ganlyniad y gwiriadau diogelu a'r cyfweliadau ffôn a gynhaliwyd cyn y Gwrandawiad Cyntaf ar {dhear_cy}.
2. Gwiriadau
2.1 {heddlu}: gwybodaeth am y ddau barti – tri digwyddiad domestig, 2022–2023; dim euogfarnau.
2.2 {cyngor}: mae'r teulu'n hysbys; cwblhawyd asesiad yn 2022 ac fe'i caewyd.
3. Cyfweliadau ffôn
3.1 Mae {father} (ceisydd) yn dymuno treulio bob yn ail benwythnos gyda {child_first}. Mae'n gwadu unrhyw gam-drin.
3.2 Mae {mother} (atebydd) yn honni ymddygiad rheolaethol a gorfodol ac yn ofni'r trosglwyddo.
4. Materion diogelu: cam-drin domestig (yn destun anghydfod); gwrthdaro rhwng y rhieni.
5. Argymhellion: bod y llys yn ystyried a oes angen canfyddiadau ffeithiol (PD12J); adroddiad adran 7; dim amser heb oruchwyliaeth yn y cyfamser.
{SIG}
{CONF}
""", src="scan upload")
t("safeguarding-letter", "cy", """
{LH}
{REFS}
Annwyl {judge_cy}
{case_name}
Diben. Ysgrifennaf yn dilyn yr ymholiadau a wnaed cyn y gwrandawiad cyntaf. Mae'r partïon wedi cael copi o'r llythyr hwn, ac eithrio cyfeiriad y fam.
Gwybodaeth o'r gwiriadau. Mae'r heddlu yn datgelu bod {father} wedi'i arestio ar {dold_cy} am ymosod ar y fam; ni chymerwyd camau pellach. Mae gorchymyn rhag molestu mewn grym.
Yr hyn a ddywedodd y rhieni. Dywedodd {mother} iddi gael ei gwthio i lawr y grisiau. Mae {father} yn derbyn bod dadleuon wedi bod ond yn gwadu trais.
Dadansoddiad. Os yw'r honiadau'n wir, maent yn ddifrifol ac yn berthnasol i'r trefniadau.
Argymhelliad. Gwrandawiad canfod ffeithiau; cyswllt anuniongyrchol yn unig yn y cyfamser.
Yn gywir
{SIG}
{CONF}
""", src="scan upload")
t("safeguarding-letter", "cy", """
Tudalen 2 o 3                                                    {case_no}
4. Safbwyntiau'r partïon
4.1 Mae'r ddau riant yn cytuno y dylai {child_first} fyw gyda'r fam. Mae'r anghydfod yn ymwneud ag arosiadau dros nos gyda'r tad.
4.2 Dywedodd y tad ei fod yn yfed "yn gymdeithasol". Dywed y fam ei fod yn yfed yn drwm ar benwythnosau.
5. Asesiad diogelu
5.1 Mae CAFCASS Cymru wedi nodi materion diogelu yn ymwneud â chamddefnyddio alcohol a cham-drin domestig.
6. Argymhellion ar gyfer y gwrandawiad cyntaf
6.1 Bod y tad yn cael profion alcohol (llinyn gwallt, 3 mis).
6.2 Bod adroddiad adran 7 yn cael ei orchymyn pan fydd y canlyniadau ar gael.
Ymgynghorydd Llys Teulu {fca}          Dyddiad {d0_cy}
""", src="scan")

# section-7-report: the welfare report ordered under s7 Children Act 1989 (by Cafcass/CAFCASS
# Cymru or the LA): sources of information, background, the child's wishes and feelings,
# parents' positions, welfare checklist analysis, recommendations; statement of the author's
# qualifications; confidentiality notice; usually 10–20 pages.
t("section-7-report", "en", """
{HDR}
{CLASS}
Report to the court under section 7 of the Children Act 1989
Author: {fca}, Family Court Adviser, {team}. Qualified social worker, registered with Social Work England.
Ordered on {dprev} by {judge}. Date of report: {d0}.
1. Sources of information
1.1 Interviews with {father} ({dprev}) and {mother} ({dprev}); two meetings with {child_first}; telephone discussion with the designated safeguarding lead at {school}; police and local authority checks.
2. The issues
2.1 Whether {child_first} should spend overnight time with the father and, if so, how often.
3. {child_first}'s wishes and feelings
3.1 {child_first} told me {he} "likes going to dad's" but worries about "the shouting at the door".
4. Welfare checklist
4.1 Physical, emotional and educational needs: stable at school; benefits from routine.
4.2 Harm: exposure to parental conflict at handovers.
5. Recommendation
5.1 Alternate weekends Friday to Sunday, handovers at school; the court may wish to make a Family Assistance Order for six months.
{CONF}
""", src="scan upload")
t("section-7-report", "en", """
Page 7 of 16                       {court_short}  {case_no}        {CLASS}
Analysis
34. In considering the welfare checklist I have kept in mind that {child_first} is {child_age} and able to express a clear view. {His} wishes are important but not determinative.
35. {child_first} has a close relationship with both parents. The main risk to {him} is the ongoing conflict between them and being asked to carry messages.
36. I do not consider the mother's opposition to overnight stays is based on a current risk. The police information relates to 2019, and the father has since completed a domestic abuse perpetrator programme.
37. The father's home is suitable; {child_first} has {his} own room.
38. If the court makes the order I recommend, a Family Assistance Order would allow {org} to support the parents for six months.
Recommendations
39. A child arrangements order: {child_first} to live with the mother and to spend time with the father every other weekend and half of the school holidays.
40. A Family Assistance Order, naming both parents, for six months.
""", src="scan")
t("section-7-report", "en", """
CAFCASS Cymru
{HDR}
Welfare report – s.7 Children Act 1989
Filed on behalf of CAFCASS Cymru by {fca}, Family Court Adviser
Language: this report is available in Welsh on request.
Contents: 1 Introduction | 2 Enquiries | 3 Background | 4 The child | 5 The parents | 6 Welfare checklist | 7 Recommendations
1 Introduction
1.1 On {dprev} {judge} ordered CAFCASS Cymru to report on the father's application to relocate with {child_first} and {child2_first} to England.
2 Enquiries: interviews with both parents; home visits to each; direct work with the children in Welsh; information from {school} and {hb}.
4 The child
4.1 {child_first} said in Welsh that {he} wanted to stay at {his} school "gyda fy ffrindiau" (with my friends).
7 Recommendations
7.1 That the application to relocate is refused; the children remain living with their mother in {town}.
{CONF}
""", region="wales", src="scan upload")
t("section-7-report", "en", """
{LH_LA}
{HDR}
Section 7 report prepared by the local authority
Author: {sw}, Senior Social Worker, {council}
Date of order: {dprev}     Date of report: {d0}
1. Why the local authority has been asked to report: the family is already known to Children's Services and the children are on child in need plans; the court directed the report from the local authority rather than Cafcass.
2. Family history: the parents separated in {dold}. Police attended on several occasions.
3. The children: {child_first} ({child_age}) and {child2_first} ({child2_age}) live with their mother.
4. Wishes and feelings: seen at home on {d0} using three houses.
5. Analysis and recommendation: supervised contact at {centre} fortnightly, reviewed after three months.
{CONF}
""", src="scan upload")
t("section-7-report", "en", """
{CLASS}
{case_no} – Report of the Family Court Adviser (welfare report)
EXECUTIVE SUMMARY
The court asked me to consider arrangements for {child} following the parents' separation. I met each parent twice, saw {child_first} at school and at home and spoke to the school and the GP surgery.
My recommendation is that {child_first} lives with both parents under a shared lives-with order, week on, week off, with the handover at school on Mondays.
Main reasons: both parents provide good care; {child_first} wants "the same time with both"; the conflict has reduced since the parents began communicating through an app.
Risk: the safeguarding letter noted one historic police call-out; I do not consider this a current risk.
Full reasoning at paragraphs 21–44. Statement of the author's experience at Annex A. Sources at Annex B.
""", region="england", src="upload scan")
t("section-7-report", "cy", """
{HDR}
{CLASS}
Adroddiad i'r llys o dan adran 7 Deddf Plant 1989
Awdur: {fca}, Ymgynghorydd Llys Teulu, {team_cy}. Gweithiwr cymdeithasol cymwys, wedi'i gofrestru gyda Gofal Cymdeithasol Cymru.
Gorchmynnwyd ar {dprev_cy} gan {judge_cy}. Dyddiad yr adroddiad: {d0_cy}.
1. Ffynonellau gwybodaeth
1.1 Cyfweliadau gyda {father} a {mother}; dau gyfarfod gyda {child_first}; trafodaeth ffôn ag arweinydd diogelu {school}; gwiriadau'r heddlu a'r awdurdod lleol.
2. Y materion
2.1 A ddylai {child_first} dreulio nosweithiau gyda'r tad, ac os felly pa mor aml.
3. Dymuniadau a theimladau {child_first}
3.1 Dywedodd {child_first} wrthyf {ei_fod} yn hoffi mynd at dad, ond yn poeni am "y gweiddi wrth y drws".
4. Y rhestr wirio lles
4.1 Anghenion corfforol, emosiynol ac addysgol: sefydlog yn yr ysgol.
4.2 Niwed: gweld gwrthdaro rhwng y rhieni wrth drosglwyddo.
5. Argymhelliad
5.1 Bob yn ail benwythnos o nos Wener tan nos Sul, gyda'r trosglwyddo yn yr ysgol; gorchymyn cymorth i'r teulu am chwe mis.
{CONF}
""", src="scan upload")
t("section-7-report", "cy", """
Tudalen 7 o 16                       {court_cy}  {case_no}
Dadansoddiad
34. Wrth ystyried y rhestr wirio lles, rwyf wedi cofio bod {child_first} yn {child_age} oed ac yn gallu mynegi barn glir. Mae {ei_ddymuniadau} yn bwysig ond nid yn derfynol.
35. Mae gan {child_first} berthynas agos â'r ddau riant. Y prif risg yw'r gwrthdaro parhaus rhyngddynt a gofyn i'r plentyn gario negeseuon.
36. Nid wyf o'r farn bod gwrthwynebiad y fam i arosiadau dros nos yn seiliedig ar risg bresennol. Mae gwybodaeth yr heddlu yn ymwneud â 2019, ac mae'r tad wedi cwblhau rhaglen i gyflawnwyr cam-drin domestig.
Argymhellion
39. Gorchymyn trefniadau plant: {child_first} i fyw gyda'r fam ac i dreulio amser gyda'r tad bob yn ail benwythnos a hanner gwyliau'r ysgol.
40. Gorchymyn Cymorth i'r Teulu am chwe mis.
""", src="scan")
t("section-7-report", "cy", """
CAFCASS Cymru
Adroddiad lles – adran 7 Deddf Plant 1989 / Welfare report – section 7 Children Act 1989
Rhif yr achos / Case number: {case_no}
Cynnwys: 1 Cyflwyniad | 2 Ymholiadau | 3 Cefndir | 4 Y plentyn | 5 Y rhieni | 6 Y rhestr wirio lles | 7 Argymhellion
1 Cyflwyniad
1.1 Ar {dprev_cy} gorchmynnodd {judge_cy} i CAFCASS Cymru adrodd ar gais y tad i symud gyda'r plant i Loegr.
2 Ymholiadau: cyfweliadau â'r ddau riant; ymweliadau cartref; gwaith uniongyrchol gyda'r plant yn Gymraeg; gwybodaeth gan {school} a {hb_cy}.
7 Argymhellion
7.1 Bod y cais i symud yn cael ei wrthod a bod y plant yn parhau i fyw gyda'u mam yn {town_cy}.
{CONF}
""", src="scan upload")

# guardian-analysis: the children's guardian's analysis and recommendation in public law care
# proceedings (initial analysis for the CMH, final analysis): the LA plan, threshold view,
# realistic options (Re B-S), welfare checklist, placement and contact, the child's views,
# recommendation on care/placement/supervision orders; filed by the guardian (Cafcass/Cymru).
t("guardian-analysis", "en", """
{HDR}
{PARTIES}
Final analysis and recommendations of the guardian
Guardian: {fca}, {org}    Date: {d0}    Hearing: final hearing {dnext}
1. Summary of recommendation: a care order and a placement order for {child_first}; the guardian supports the local authority's plan of adoption.
2. Realistic options considered (Re B-S): (a) return to the mother; (b) placement with the paternal grandmother under a special guardianship order; (c) long-term foster care; (d) adoption.
3. Analysis: the mother has not sustained abstinence; three positive hair strand results. The grandmother's special guardianship assessment was negative because of her health and her relationship with the father.
4. The child's wishes: {child_first} is too young to express a view; observed to be secure with foster carers.
5. Contact: letterbox twice a year post-adoption; the guardian asks the court to consider direct sibling contact.
{CONF}
""", law="public", src="scan upload")
t("guardian-analysis", "en", """
{CLASS}
Initial analysis – Case Management Hearing
{case_name} {case_no}
1. The guardian was appointed on {dprev}. She has read the application (C110A), the social work evidence template, and the chronology, and has seen {child_first} in placement.
2. Interim threshold: the guardian agrees the interim threshold is crossed on the basis of neglect and exposure to domestic abuse.
3. Interim care plan: foster placement; contact with parents three times a week, supervised. The guardian supports the plan.
4. Assessments: the guardian supports a parenting assessment of each parent, a cognitive assessment of the mother (Part 25), and viability assessments of the two proposed kinship carers.
5. Timetable: the guardian asks the court to timetable to an IRH on {dhear} within 26 weeks.
6. Further work: meet the parents; see {child_first} monthly; attend the LAC review.
Children's Guardian
""", law="public", src="upload scan")
t("guardian-analysis", "en", """
Page 5 of 11                                      {case_no}        CAFCASS Cymru
Welfare checklist (s1(3) Children Act 1989)
a) Wishes and feelings: {child_first} ({child_age}) told me {he} wants to go home "when mum is better" but also likes {his} foster carers and {his} new school.
b) Needs: {child_first} has speech and language delay; {his} needs are met in placement.
c) Likely effect of change: a further move would be harmful unless it is to a permanent home.
e) Harm: the court found on {dprev} that the children suffered neglect and emotional harm.
f) Capability of parents: the parenting assessment concludes the mother could not meet the children's needs within their timescales.
Recommendations of the Children's Guardian
- Care orders in respect of both children; long-term foster care together.
- Contact with the mother monthly; indirect contact with the father.
- Care plan to include life story work in Welsh and English.
""", law="public", region="wales", src="scan")
t("guardian-analysis", "en", """
{HDR}
Position and analysis of the children's guardian – Issues Resolution Hearing
1. The guardian has reviewed the final evidence of the local authority, the parents' responses and the independent social worker's assessment of the father.
2. The guardian's view is that a supervision order for 12 months, with the children placed with the father, is the proportionate order. A care order is not necessary because the father has worked openly with the local authority.
3. The guardian does not support the mother's application for the children's return: she has not engaged with the recommended therapy.
4. Contact: fortnightly with the mother, supervised by the maternal aunt.
5. The guardian will invite the court to approve the final care plan amended as above.
{fca}, Children's Guardian
""", law="public", src="upload scan")
t("guardian-analysis", "en", """
{CLASS}
Guardian's final analysis (secure accommodation)
{case_no}
Application: the local authority applies under section 119 Social Services and Well-being (Wales) Act 2014 / s25 CA 1989 for an order authorising the placement of {child_first} ({child_age}) in secure accommodation for three months.
Guardian's view: the criteria are met. {child_first} has gone missing 14 times in two months, has been found with older adults and is at risk of child sexual exploitation. Less restrictive options (placement with 2:1 staffing) have failed.
Recommendation: order for 3 months, not the 6 sought; review of the plan after 6 weeks.
""", law="public", region="wales", src="upload scan")
t("guardian-analysis", "cy", """
{HDR}
{PARTIES}
Dadansoddiad terfynol ac argymhellion y Gwarcheidwad Plant
Gwarcheidwad: {fca}, CAFCASS Cymru    Dyddiad: {d0_cy}    Gwrandawiad terfynol: {dnext_cy}
1. Crynodeb o'r argymhelliad: gorchymyn gofal a gorchymyn lleoli ar gyfer {child_first}; mae'r gwarcheidwad yn cefnogi cynllun mabwysiadu'r awdurdod lleol.
2. Yr opsiynau realistig a ystyriwyd: (a) dychwelyd at y fam; (b) lleoli gyda'r fam-gu dan orchymyn gwarcheidiaeth arbennig; (c) gofal maeth hirdymor; (d) mabwysiadu.
3. Dadansoddiad: nid yw'r fam wedi cynnal ymatal; tri chanlyniad positif. Roedd asesiad y fam-gu yn negyddol.
4. Dymuniadau'r plentyn: mae {child_first} yn rhy ifanc i fynegi barn; mae'n ddiogel gyda'r gofalwyr maeth.
5. Cyswllt: cyswllt drwy'r blwch llythyrau ddwywaith y flwyddyn.
{CONF}
""", law="public", src="scan upload")
t("guardian-analysis", "cy", """
{CLASS}
Dadansoddiad cychwynnol – Gwrandawiad Rheoli Achos
{case_no}
1. Penodwyd y gwarcheidwad ar {dprev_cy}. Mae wedi darllen y cais, y dystiolaeth gwaith cymdeithasol a'r cronoleg, ac wedi gweld {child_first} yn y lleoliad maeth.
2. Trothwy interim: mae'r gwarcheidwad yn cytuno bod y trothwy interim wedi'i fodloni ar sail esgeulustod.
3. Cynllun gofal interim: lleoliad maeth; cyswllt â'r rhieni dair gwaith yr wythnos dan oruchwyliaeth.
4. Asesiadau: mae'r gwarcheidwad yn cefnogi asesiad rhianta o bob rhiant ac asesiadau hyfywedd o ddau aelod o'r teulu.
5. Amserlen: gwrandawiad datrys materion ar {dhear_cy}, o fewn 26 wythnos.
Gwarcheidwad Plant
""", law="public", src="upload scan")
t("guardian-analysis", "cy", """
Tudalen 5 o 11                                      {case_no}        CAFCASS Cymru
Y rhestr wirio lles
a) Dymuniadau a theimladau: dywedodd {child_first} wrthyf {ei_fod} eisiau mynd adref "pan fydd mam yn well", ond mae'n hoffi'r gofalwyr maeth a'r ysgol newydd.
b) Anghenion: oedi lleferydd ac iaith; caiff yr anghenion eu diwallu yn y lleoliad.
e) Niwed: canfu'r llys ar {dprev_cy} fod y plant wedi dioddef esgeulustod a niwed emosiynol.
Argymhellion y Gwarcheidwad Plant
- Gorchmynion gofal ar gyfer y ddau blentyn; gofal maeth hirdymor gyda'i gilydd.
- Cyswllt â'r fam bob mis.
- Gwaith stori bywyd yn Gymraeg a Saesneg.
""", law="public", src="scan")

# letter-to-court: the practitioner's letter to the court in place of a report (filed in
# reporting to court): update during a Family Assistance Order, end-of-FAO letter for the court
# file, letter explaining why a report is late, short update instead of an addendum.
t("letter-to-court", "en", """
{LH}
{REFS}
To: {judge}, {court_short}
Dear {judge}
{case_name} – Family Assistance Order made on {dold}
I write at the end of the Family Assistance Order for placing on the court file, as the order required.
During the six months I met the parents five times, twice jointly. I supported them to agree a written parenting plan, which both have signed. Handovers now take place at school. There have been no police call-outs since the order was made.
{child_first} told me at our last meeting that weekends at dad's are "good now" and that {he} no longer worries about arguments.
I do not consider that any further involvement by {org} is needed. No application is being made to the court.
Yours sincerely
{SIG}
""", src="scan upload")
t("letter-to-court", "en", """
{LH}
{REFS}
Dear Sir or Madam
Case {case_no} – update in lieu of an addendum report
The court directed a short update on whether direct contact had restarted. I can confirm that two sessions have taken place at {centre} on {dprev} and {d0}. The centre's notes describe both as positive. {child_first} was initially reluctant but relaxed after ten minutes.
I recommend that contact progress to unsupervised daytime contact from {dhear}, subject to the father continuing to test negative for alcohol.
I will not be preparing a further report unless the court directs.
Yours faithfully
{SIG}
""", region="england", src="scan upload")
t("letter-to-court", "en", """
{CLASS}
Letter to the Court – request for an extension of time
{court_short}  {case_no}
Dear {judge}
The report ordered on {dprev} is due on {d0}. I write to ask the court to extend time by 14 days.
Reason: {child_first} was in hospital for a week and I have not yet been able to complete the second direct work session, which I consider essential to give the court an accurate picture of {his} wishes. The parents' representatives have been informed and do not object. The hearing on {dhear} would not need to be vacated.
Yours faithfully, {fca}, {role}
""", region="wales", src="upload scan")
t("letter-to-court", "en", """
{LH}
Dear {judge}
{case_name}
I write to inform the court of a development during the Family Assistance Order made on {dprev}. On {d0} the mother told me that the father had arrived at her home unannounced and shouted at her in front of {child_first}. The police were called (incident reference {occ}). The father disputes her account.
I have made a referral to {council} Children's Services. I will continue to support the family under the order but the court may wish to list the matter for a directions hearing.
Yours faithfully
{SIG}
""", src="scan upload")
t("letter-to-court", "cy", """
{LH}
{REFS}
At: {judge_cy}, {court_cy}
Annwyl Farnwr
{case_name} – Gorchymyn Cymorth i'r Teulu a wnaed ar {dold_cy}
Ysgrifennaf ar ddiwedd y Gorchymyn Cymorth i'r Teulu i'w roi ar ffeil y llys, fel y mae'r gorchymyn yn ei ofyn.
Yn ystod y chwe mis cyfarfûm â'r rhieni bum gwaith, ddwywaith gyda'i gilydd. Cefnogais hwy i gytuno ar gynllun rhianta ysgrifenedig, ac mae'r ddau wedi'i lofnodi. Mae'r trosglwyddo bellach yn digwydd yn yr ysgol. Ni fu unrhyw alwad i'r heddlu ers gwneud y gorchymyn.
Dywedodd {child_first} wrthyf fod penwythnosau gyda dad "yn iawn nawr".
Nid wyf o'r farn bod angen i CAFCASS Cymru ymwneud ymhellach.
Yn gywir
{SIG}
""", src="scan upload")
t("letter-to-court", "cy", """
{LH}
{REFS}
Annwyl Syr/Madam
Achos {case_no} – diweddariad yn lle adroddiad atodol
Cyfarwyddodd y llys y dylid rhoi diweddariad byr ynghylch a oedd cyswllt uniongyrchol wedi ailddechrau. Gallaf gadarnhau bod dwy sesiwn wedi digwydd yn {centre} ar {dprev_cy} a {d0_cy}. Mae nodiadau'r ganolfan yn disgrifio'r ddwy fel rhai cadarnhaol.
Argymhellaf fod y cyswllt yn symud ymlaen i gyswllt yn ystod y dydd heb oruchwyliaeth o {dhear_cy}.
Ni fyddaf yn paratoi adroddiad pellach oni bai bod y llys yn cyfarwyddo hynny.
Yn gywir
{SIG}
""", src="scan upload")
t("letter-to-court", "cy", """
Llythyr i'r llys – cais am estyniad amser
{court_cy}  {case_no}
Annwyl {judge_cy}
Mae'r adroddiad a orchmynnwyd ar {dprev_cy} yn ddyledus ar {d0_cy}. Gofynnaf i'r llys ymestyn yr amser 14 diwrnod.
Rheswm: bu {child_first} yn yr ysbyty am wythnos ac nid wyf eto wedi gallu cwblhau'r ail sesiwn gwaith uniongyrchol. Mae cynrychiolwyr y rhieni wedi cael gwybod ac nid ydynt yn gwrthwynebu.
Yn gywir, {fca}, {role_cy}
""", src="upload scan")

# addendum-report: a further report after the main report, ordered by the court: new
# information, further direct work, updated recommendation, response to questions from the
# parties, or after a fact-finding hearing; headed "addendum", "further report", "update report".
t("addendum-report", "en", """
{HDR}
{CLASS}
Further report of the Family Court Adviser
Date of main report: {dprev}   Date of this report: {d0}
1. Purpose
1.1 On {dprev} the court directed {org} to file a further report addressing (a) the outcome of the father's alcohol testing and (b) whether the recommendation for overnight stays should change.
2. New information
2.1 Hair strand test results ({d0}) show no excessive alcohol use over three months.
2.2 I saw {child_first} again at school on {d0}. {He} repeated {his} wish to stay at dad's "on Saturdays".
3. Analysis
3.1 The main risk identified in my first report has reduced.
4. Recommendation (amending paragraph 40 of the main report)
4.1 Overnight stays every other Saturday, increasing to Friday and Saturday after three months.
{SIG}
{CONF}
""", src="scan upload")
t("addendum-report", "en", """
Update report following the fact-finding hearing
{court_short}   {case_no}   {CLASS}
1. On {dprev} {judge} found that the father had been physically and emotionally abusive to the mother on four occasions. This report should be read with my earlier report of {dold}.
2. Since the findings I have met the father, who does not accept them. I have read the judgment.
3. Under PD12J the court must consider whether the child and the mother can be protected from further harm. Because the father rejects the findings, I cannot say that unsupervised time would be safe.
4. Revised recommendation: supervised contact at {centre} once a fortnight; the father to be referred to a domestic abuse perpetrator programme; review in six months.
{fca}
""", region="england", src="scan upload")
t("addendum-report", "en", """
{HDR}
Addendum – response to written questions from the applicant's solicitors
Prepared by {fca}, CAFCASS Cymru, {d0}
Q1. Why did the FCA not observe contact at the father's home? A: Contact was not taking place when I was allocated; I observed a session at {centre} instead.
Q2. Did the FCA take account of the school's letter of {dprev}? A: Yes, at paragraph 28 of my report.
Q3. Would the FCA's recommendation change if the father moved closer? A: Only if the school run could be managed without the children changing school.
My recommendation in the main report is unchanged.
""", region="wales", src="upload scan")
t("addendum-report", "en", """
Page 1 of 4
{LH}
{CLASS}
Addendum report – {case_name}
This report updates the report filed on {dprev}.
1. Since the last hearing the mother has moved with {child_first} to a refuge in another area. The school has confirmed {child_first} has not attended for two weeks.
2. I have spoken to {sw}, {council}, who has opened a child and family assessment.
3. The children's wishes: I spoke to {child_first} by video call; {he} said {he} missed {his} friends but felt safe.
4. Recommendation: the hearing on {dhear} should go ahead; the court may wish to direct a section 37 report from the local authority.
""", src="scan upload")
t("addendum-report", "cy", """
{HDR}
{CLASS}
Adroddiad pellach gan yr Ymgynghorydd Llys Teulu
Dyddiad y prif adroddiad: {dprev_cy}   Dyddiad yr adroddiad hwn: {d0_cy}
1. Diben
1.1 Ar {dprev_cy} cyfarwyddodd y llys i CAFCASS Cymru ffeilio adroddiad pellach ynghylch (a) canlyniad profion alcohol y tad a (b) a ddylai'r argymhelliad ynghylch arosiadau dros nos newid.
2. Gwybodaeth newydd
2.1 Mae canlyniadau'r profion llinyn gwallt yn dangos nad oes defnydd gormodol o alcohol dros dri mis.
2.2 Gwelais {child_first} eto yn yr ysgol ar {d0_cy}.
3. Argymhelliad (yn diwygio paragraff 40 y prif adroddiad)
3.1 Arosiadau dros nos bob yn ail nos Sadwrn.
{SIG}
{CONF}
""", src="scan upload")
t("addendum-report", "cy", """
Adroddiad diweddaru yn dilyn y gwrandawiad canfod ffeithiau
{court_cy}   {case_no}
1. Ar {dprev_cy} canfu {judge_cy} fod y tad wedi cam-drin y fam yn gorfforol ac yn emosiynol ar bedwar achlysur. Dylid darllen yr adroddiad hwn ynghyd â'm hadroddiad blaenorol dyddiedig {dold_cy}.
2. Ers y canfyddiadau rwyf wedi cyfarfod â'r tad; nid yw'n eu derbyn.
3. Oherwydd hynny ni allaf ddweud y byddai amser heb oruchwyliaeth yn ddiogel.
4. Argymhelliad diwygiedig: cyswllt dan oruchwyliaeth yn {centre} bob pythefnos; adolygu ymhen chwe mis.
{fca}
""", src="scan upload")
t("addendum-report", "cy", """
Tudalen 1 o 4
{LH}
Adroddiad atodol – {case_no}
Mae'r adroddiad hwn yn diweddaru'r adroddiad a ffeiliwyd ar {dprev_cy}.
1. Ers y gwrandawiad diwethaf mae'r fam wedi symud gyda {child_first} i loches mewn ardal arall.
2. Rwyf wedi siarad â {sw}, {cyngor}, sydd wedi dechrau asesiad.
3. Dymuniadau'r plentyn: siaradais â {child_first} drwy alwad fideo.
4. Argymhelliad: dylai'r gwrandawiad ar {dhear_cy} fynd yn ei flaen.
""", src="scan upload")


# ============================== direct-work ==============================
# letter-from-child: the child's own letter or note (to the FCA, to the judge, to a parent via
# the FCA), handwritten and scanned or typed/e-mailed by a parent; child's spelling; about
# where they want to live, missing a parent, school, pets; sometimes with a covering line.
t("letter-from-child", "en", """
Dear {fca_first}
thank you for coming to see me at school. I am writing this letter like you said so the judge knows what I think.
I want to live at mums house becuase my room is there and my cat Biscuit. But I want to see dad to. Not every weekend becuase I have football on saturdays. Maybe every other weekend and I can go to football from dads.
I dont like it when they shout at the door. Please can they not shout.
Also I want to go on holiday with dad to Tenby in the summer holidays like last year.
I dont want mum and dad to be sad.
From {child_first}
age {child_age}
PS please dont show this to dad or mum
""", who="parent", src="scan")
t("letter-from-child", "en", """
To the Judge,
My name is {child_first} and I am {child_age}. My social worker said I could write to you.
I have been living with my foster carers for 7 months. They are kind and I like my school. I miss my mum alot and my little brother. I want to see mum more than once a week. I would like to go home one day when mum is better but I dont want to move school again.
I am good at drawing and maths. I am in the choir.
Please can you make sure I can still see my nan.
Thank you for reading my letter.
{child_first}
""", who="la", law="public", src="scan")
t("letter-from-child", "en", """
Hi {fca_first} it's {child_first}. Mum said I can use her email to send you this because I forgot to give it to you.
The 3 things I want the judge to know:
1. I am ok at dads but I don't like {partner} being there all the time.
2. I want to keep going to {school} because of my friends.
3. I want to choose when I go to dads at the weekend not have to go every time.
Also my phone number changed, mum has it.
From {child_first} (age {child_age})

Sent from my Samsung Galaxy smartphone.
""", part="email", who="parent", subj="from {child_first}")
t("letter-from-child", "en", """
{child_first}s wishes and feelings (written by me, typed by mum, my words)
When I go to dads house I feel: happy, a bit nervous, tired on Sunday
When I am at mums house I feel: safe, normal
The best thing about dad: he takes me swimming and makes pancakes
The worst thing: he talks about mum and says she is lying
If I was the judge I would: let me stay at dads every saturday and come home sunday morning
I would like {fca_first} to tell the judge that I love them both.
{child_first} x
""", who="parent", region="wales", src="scan upload")
t("letter-from-child", "en", """
Dear Mr/Mrs Judge
I don't want to go to my dads anymore. When I go there he gets angry and I have to stay in my room. I told {fca_first} this and I mean it. Nobody made me say it.
I still want to send him cards on his birthday and at christmas.
My big sister {child2_first} feels the same but she is too shy to write.
From {child} aged {child_age}
""", who="parent", src="scan")
t("letter-from-child", "cy", """
Annwyl {fca_first}
Diolch am ddod i fy ngweld i yn yr ysgol. Dw i'n sgwennu'r llythyr yma fel wnaethoch chi ddweud, er mwyn i'r barnwr wybod be dw i'n feddwl.
Dw i isio byw yn nhŷ mam achos mae fy stafell i yno a fy nghath i, Smwt. Ond dw i isio gweld dad hefyd. Dim bob penwythnos achos mae gen i bêl-droed ar ddydd Sadwrn. Efallai bob yn ail benwythnos.
Dw i ddim yn licio pan maen nhw'n gweiddi wrth y drws. Plis wnân nhw stopio gweiddi.
Dw i isio mynd ar wyliau efo dad i Ddinbych-y-pysgod yn yr haf.
Oddi wrth {child_first}
{child_age} oed
ON plis peidiwch dangos hwn i mam a dad
""", who="parent", src="scan")
t("letter-from-child", "cy", """
At y Barnwr,
{child_first} ydw i ac rydw i'n {child_age} oed. Dywedodd fy ngweithiwr cymdeithasol y cawn i ysgrifennu atoch chi.
Dw i wedi bod yn byw gyda fy ngofalwyr maeth ers saith mis. Maen nhw'n garedig ac rydw i'n hoffi fy ysgol. Dw i'n colli mam yn ofnadwy a fy mrawd bach. Hoffwn i weld mam yn amlach nag unwaith yr wythnos.
Plis wnewch chi wneud yn siŵr fy mod i'n dal i gael gweld nain.
Diolch am ddarllen fy llythyr.
{child_first}
""", who="la", law="public", src="scan")
t("letter-from-child", "cy", """
Helo {fca_first}, {child_first} sydd yma. Dywedodd mam y cawn i ddefnyddio ei he-bost hi i anfon hwn achos anghofiais i ei roi i chi.
Y tri pheth dw i isio i'r barnwr wybod:
1. Dw i'n iawn yn nhŷ dad ond dw i ddim yn licio bod {partner} yno drwy'r amser.
2. Dw i isio aros yn {school} achos fy ffrindiau.
3. Dw i isio dewis pryd dw i'n mynd at dad ar y penwythnos.
Oddi wrth {child_first} ({child_age} oed)
""", part="email", who="parent", subj="gan {child_first}")

# child-drawing: a child's drawing or picture scanned into the file; OCR gives only the words
# on it (labels, speech bubbles, names, "my family", "me", hearts), maybe the practitioner's
# annotation (date, child's explanation) in the margin or on the back.
t("child-drawing", "en", """
ME   MUM   {child2_first}   BISCUIT
[house]   my house
DAD    (far away)
sun
I love you mum
[practitioner note on reverse: drawn by {child_first} ({child_age}) during session at school on {d0}. {child_first} put dad "far away because he lives in Cardiff". Asked who {he} would like closer: "everyone". – {fca}]
""", who="caf", src="scan")
t("child-drawing", "en", """
My Family
{child_first}  mum  nan  dog
dad
{partner}??
[crossed out]
hearts x x x
{child_first} age {child_age}
""", who="caf", src="scan")
t("child-drawing", "en", """
Three Houses – drawn by {child_first}, {d0}
House of worries: shouting at the door / dad's phone / moving school
House of good things: swimming with dad / my bedroom / mum's spaghetti / my cat
House of dreams: everyone being friends / going to Disneyland / a puppy
Scribed by {fca} where {child_first} asked; words are {his} own. Scanned for the file.
""", who="caf", src="scan")
t("child-drawing", "en", """
MY SAFE PLACE
my bed with teddy
the door is locked
mum downstairs
no shouting here
by {child_first}
[back of page] Drawn at home visit {d0} when asked to draw a place where {he} feels safe. {fca}, {role}
""", who="caf", region="wales", src="scan")
t("child-drawing", "en", """
Happy Birthday Daddy
from {child_first}
I miss you
[drawing: stick figures holding hands, balloons, a cake with 40 candles]
Love you to the moon and back
""", who="parent", src="scan")
t("child-drawing", "cy", """
FI   MAM   {child2_first}   SMWT
[tŷ]   fy nhŷ i
DAD   (yn bell i ffwrdd)
haul
Dw i'n caru ti mam
[nodyn yr ymarferydd ar y cefn: tynnwyd gan {child_first} ({child_age} oed) yn ystod sesiwn yn yr ysgol ar {d0_cy}. Rhoddodd {child_first} dad "yn bell i ffwrdd achos mae'n byw yng Nghaerdydd". – {fca}]
""", who="caf", src="scan")
t("child-drawing", "cy", """
Fy Nheulu
{child_first}  mam  nain  ci
dad
calonnau x x x
{child_first} {child_age} oed
[Tynnwyd yn ystod ymweliad cartref ar {d0_cy}. Gofynnwyd i'r plentyn dynnu llun o'r bobl sy'n bwysig {iddo}. – {fca}, {role_cy}]
""", who="caf", src="scan")
t("child-drawing", "cy", """
Y Tri Thŷ – llun gan {child_first}, {d0_cy}
Tŷ'r pryderon: gweiddi wrth y drws / ffôn dad / newid ysgol
Tŷ'r pethau da: nofio efo dad / fy ystafell wely / sbageti mam / fy nghath
Tŷ'r breuddwydion: pawb yn ffrindiau / mynd i Disneyland / ci bach
Ysgrifennwyd gan {fca} lle gofynnodd {child_first}; geiriau'r plentyn ei hun.
""", who="caf", src="scan")

# direct-work-record: the practitioner's record of a direct work session with the child and
# the tools used (three houses, wishes and feelings worksheets, "all about me", scaling,
# ecomap, Cafcass direct work tools): date, venue, who was present, tools, what the child said,
# analysis; saved in direct work. Also child-friendly letters to the child? (kept as the record)
t("direct-work-record", "en", """
{CLASS}
Record of session with {child_first}
Date {d0}   Time {time}   Venue: quiet room at {school}   Present: {child_first}; {fca} (teaching assistant waited outside)
Purpose: to hear {child_first}'s wishes and feelings for the report due {dnext}.
Tools used: "Three Houses"; feelings faces; scaling question (0–10 "how happy at dad's").
What {child_first} said (in {his} words where possible):
- Worries: "mum and dad shouting", "dad's new girlfriend not liking me".
- Good things: "pancakes at dad's", "my room at mum's".
- Scaling: mum's 9, dad's 6 – "it would be 8 if they didn't argue".
- Wishes: "every Saturday at dad's and back for Sunday dinner".
Observations: {child_first} was chatty and relaxed; became quiet when asked about handovers.
Analysis: {his} views appear {his} own and consistent with the school's account.
Drawings scanned separately.
""", src="upload tree scan")
t("direct-work-record", "en", """
Direct work – session 2 of 2 (typed from notes)
Child: {child} ({child_age})   Practitioner: {fca}   Date: {d0}   Place: home of mother, {addr_m}; mother in the kitchen, door closed.
Tool: "My Ecomap" – who is important to me.
Closest circle: mum, {child2_first}, nan {gran}, my dog.
Middle: dad, best friend Ellie, Miss {teacher}.
Outside: {partner} ("I don't know him").
{child_first} placed dad in the middle circle and said "he used to be in the middle middle". When asked what would help: "if he came to my concerts".
Wishes: to see dad "in the day, not sleeping over yet".
I explained what happens next and that the judge decides. {child_first} asked me to tell the judge {he} "isn't being naughty".
""", src="upload tree scan")
t("direct-work-record", "en", """
{CLASS}
CAFCASS Cymru – direct work recording
Case {case_no}   Date {d0}   Language of session: Welsh (child's choice)
Worksheet used: "All about me / Popeth amdana i"
Summary (translated):
- Likes: rugby, Minecraft, Nain's Welsh cakes.
- Worries: "that dad will be sad if I say I want to stay at mum's".
- If I had three wishes: "that mum and dad were friends; a dog; to stay at my school".
Practitioner's reflection: {child_first} was clear that {he} wants to live with mum and see dad every weekend; {he} took care to protect both parents' feelings.
Next: second session at father's home in two weeks.
""", region="wales", src="upload tree scan")
t("direct-work-record", "en", """
Wishes and feelings worksheet (completed with guardian)
Name: {child_first}   Age: {child_age}   Date: {d0}
Where I live now: with foster carers, Jan and Phil
What I like about living here: "my own room, they take me to Brownies"
What I miss: "mum, my brother, my old house"
Who I want to see more: mum and my brother {child2_first}
What I want the judge to know: "I want to go home but only if mum stops drinking"
Guardian's note: {child_first} completed this with support. {He} was tearful when talking about {his} brother. Views shared with the local authority for contact planning.
""", law="public", src="scan upload")
t("direct-work-record", "en", """
{LH}
Letter to {child_first} explaining the recommendation (copy kept for the file)
Dear {child_first}
Thank you for talking to me and for your brilliant drawings. I have written my report to the judge now. I told the judge that you love your mum and dad and that you want to see your dad every other weekend.
I also told the judge you do not like it when there is shouting. I have asked your mum and dad to do the swap at school so there is no shouting.
The judge will decide on {dhear}. Your mum or dad will tell you what the judge says.
From {fca_first}
""", src="upload tree")
t("direct-work-record", "cy", """
{CLASS}
Cofnod sesiwn gyda {child_first}
Dyddiad {d0_cy}   Amser {time}   Lleoliad: ystafell dawel yn {school}   Yn bresennol: {child_first}; {fca}
Diben: clywed dymuniadau a theimladau {child_first} ar gyfer yr adroddiad sy'n ddyledus ar {dnext_cy}.
Offer: "Y Tri Thŷ"; wynebau teimladau; cwestiwn graddio (0–10).
Yr hyn a ddywedodd {child_first}:
- Pryderon: "mam a dad yn gweiddi".
- Pethau da: "crempogau yn nhŷ dad", "fy stafell yn nhŷ mam".
- Graddio: tŷ mam 9, tŷ dad 6 – "byddai'n 8 os nad oedden nhw'n dadlau".
- Dymuniadau: "bob dydd Sadwrn yn nhŷ dad".
Arsylwadau: roedd {child_first} yn siaradus ac yn hamddenol; aeth yn dawel wrth sôn am y trosglwyddo.
Dadansoddiad: ymddengys mai barn {child_first} ei hun yw'r hyn a fynegwyd.
""", src="upload tree scan")
t("direct-work-record", "cy", """
Gwaith uniongyrchol – sesiwn 2 o 2
Plentyn: {child} ({child_age} oed)   Ymarferydd: {fca}   Dyddiad: {d0_cy}   Lleoliad: cartref y fam
Offeryn: "Fy Ecomap" – pwy sy'n bwysig i mi.
Y cylch agosaf: mam, {child2_first}, nain, y ci.
Y cylch canol: dad, ffrind gorau, athrawes.
Y tu allan: {partner} ("dw i ddim yn ei nabod").
Rhoddodd {child_first} dad yn y cylch canol a dweud "roedd e yn y canol canol".
Dymuniadau: gweld dad "yn ystod y dydd, dim cysgu draw eto".
Esboniais beth fydd yn digwydd nesaf ac mai'r barnwr sy'n penderfynu.
""", src="upload tree scan")
t("direct-work-record", "cy", """
Taflen dymuniadau a theimladau (wedi'i chwblhau gyda'r gwarcheidwad)
Enw: {child_first}   Oed: {child_age}   Dyddiad: {d0_cy}
Ble rydw i'n byw nawr: gyda gofalwyr maeth
Beth rydw i'n ei hoffi yma: "fy stafell fy hun, maen nhw'n mynd â fi i'r Urdd"
Beth rydw i'n ei golli: "mam, fy mrawd, fy hen dŷ"
Beth rydw i am i'r barnwr wybod: "dw i isio mynd adre ond dim ond os bydd mam yn stopio yfed"
Nodyn y gwarcheidwad: cwblhawyd gyda chymorth; roedd {child_first} yn ddagreuol wrth sôn am {ei_frawd}.
""", law="public", src="scan upload")

# child-meets-judge: the note of a child meeting the judge (FJYPB guidelines 2010): who was
# present (judge, FCA/guardian, note-taker), that the judge explained they cannot keep secrets
# and do not gather evidence, what the child said, agreed note shared with parties.
t("child-meets-judge", "en", """
{HDR}
Note of meeting between {judge} and {child_first}
Date: {d0}   Place: the judge's room, {court_short}   Time: {time}–{time2}
Present: {judge}; {child_first} ({child_age}); {fca}, {role} (note-taker)
1. The judge explained that she was the person who would decide, that the meeting was not to gather evidence, and that she could not keep secrets: anything important would be shared with {child_first}'s parents.
2. {child_first} said {he} had been at {school} for four years and liked art.
3. {child_first} said {he} wanted to live with {his} mum and see {his} dad every Saturday. {He} did not want to go to dad's on Sundays because of football.
4. The judge thanked {child_first} and said she would think about what {he} had said.
This note was agreed by the judge and circulated to the parties' representatives.
""", src="upload scan")
t("child-meets-judge", "en", """
{CLASS}
Record of the child's visit to the judge (FJYPB guidelines)
{case_no}
{child_first} met {judge} with {his} guardian, {fca}, on {d0}. The meeting lasted 20 minutes. {child_first} brought a letter, which the judge read aloud with {his} agreement.
The judge explained her role and that the meeting was not a private chat. {child_first} asked what would happen to {his} brother; the judge said she would decide about both of them together.
{child_first} said {he} was happy with {his} foster carers and wanted to "stay there till I'm big".
The guardian explained to {child_first} afterwards that the judge would give her decision on {dhear}.
""", law="public", src="upload scan")
t("child-meets-judge", "en", """
Note of the judge's meeting with {child_first}
Prepared by the Family Court Adviser and approved by {judge}
1. Before the meeting I met {child_first} in the waiting room and explained what would happen. {He} chose to meet the judge in the judge's room rather than the courtroom.
2. The judge asked {child_first} about school, {his} dog and {his} Welsh lessons.
3. {child_first} said {he} "didn't want to choose". The judge said {he} did not have to choose and that grown-ups would make the decision.
4. At the end {child_first} asked if the judge wore a wig; the judge said not in family court.
Note circulated to the parties on {d0}.
""", region="wales", src="upload scan")
t("child-meets-judge", "en", """
{court_short}
COL: Meeting with the judge || Date: {d0}
COL: Child: {child_first} ({child_age}) || Judge: {judge}
COL: Also present: {fca} || Note by: {fca}
The judge explained that she had read what the Cafcass officer wrote but wanted to meet {child_first} because {he} had asked to. {child_first} told the judge that {he} wanted to see {his} dad "more, like on Wednesdays too". {child_first} asked the judge to tell {his} mum that it was not {his} mum's fault.
The judge said she would pass that on carefully.
""", src="scan upload")
t("child-meets-judge", "cy", """
{HDR}
Nodyn o'r cyfarfod rhwng {judge_cy} a {child_first}
Dyddiad: {d0_cy}   Lle: ystafell y barnwr, {court_cy}   Amser: {time}–{time2}
Yn bresennol: {judge_cy}; {child_first} ({child_age} oed); {fca}, {role_cy} (yn cymryd nodiadau)
1. Esboniodd y barnwr mai hi fyddai'n penderfynu, nad diben y cyfarfod oedd casglu tystiolaeth, ac na allai gadw cyfrinachau: byddai unrhyw beth pwysig yn cael ei rannu â rhieni {child_first}.
2. Dywedodd {child_first} {ei_fod} wedi bod yn {school} ers pedair blynedd a {ei_fod} yn hoffi celf.
3. Dywedodd {child_first} fod {arno} eisiau byw gyda mam a gweld dad bob dydd Sadwrn.
4. Diolchodd y barnwr i {child_first}.
Cytunwyd ar y nodyn hwn gan y barnwr a'i anfon at gynrychiolwyr y partïon.
""", src="upload scan")
t("child-meets-judge", "cy", """
Cofnod o ymweliad y plentyn â'r barnwr
{case_no}
Cyfarfu {child_first} â {judge_cy} gyda'r gwarcheidwad, {fca}, ar {d0_cy}. Parodd y cyfarfod 20 munud. Daeth {child_first} â llythyr, a darllenodd y barnwr ef yn uchel gyda chaniatâd y plentyn.
Esboniodd y barnwr ei rôl ac nad sgwrs breifat oedd y cyfarfod. Gofynnodd {child_first} beth fyddai'n digwydd i'w frawd; dywedodd y barnwr y byddai'n penderfynu am y ddau gyda'i gilydd.
Esboniodd y gwarcheidwad wedyn y byddai'r barnwr yn rhoi ei phenderfyniad ar {dhear_cy}.
""", law="public", src="upload scan")
t("child-meets-judge", "cy", """
Nodyn o gyfarfod y barnwr gyda {child_first} / Note of the judge's meeting with {child_first}
Paratowyd gan yr Ymgynghorydd Llys Teulu a'i gymeradwyo gan y barnwr
1. Cyn y cyfarfod cyfarfûm â {child_first} yn yr ystafell aros ac esbonio beth fyddai'n digwydd.
2. Gofynnodd y barnwr i {child_first} am yr ysgol, y ci a'r Urdd.
3. Dywedodd {child_first} nad oedd eisiau "dewis". Dywedodd y barnwr nad oedd rhaid dewis ac mai oedolion fyddai'n gwneud y penderfyniad.
Anfonwyd y nodyn at y partïon ar {d0_cy}.
""", src="upload scan")

# ============================== court-orders ==============================
# court-order: substantive orders (C43 child arrangements order, prohibited steps, specific
# issue, interim/final care order C33, supervision order, placement order, FAO C42, non-
# molestation order FL404a, order discharging Cafcass), with recitals, numbered paragraphs,
# penal notice / warning notice, seal. directions-order: case management orders (CAP02/CMH,
# directions for s7/s37 reports, filing, evidence, listing), often in standard template form.
t("court-order", "en", """
{HDR}
{PARTIES}
CHILD ARRANGEMENTS ORDER (C43) – FINAL
Before {judge} sitting in private on {dhear}
The court orders
1. {child} ({dob}) shall live with the mother, {mother}.
2. {child} shall spend time with the father, {father}, as follows: (a) every other weekend from Friday after school until 6pm on Sunday; (b) half of the school holidays, to be agreed in writing six weeks in advance.
3. Handovers shall take place at {school} or, in the holidays, at the father's home with the mother remaining in the car.
4. Cafcass is discharged from the proceedings.
Warning notice: where a child arrangements order is in force, if you do not comply with it you may be held in contempt of court and be imprisoned or fined, or made to do unpaid work, or pay compensation.
Dated {dhear}
""", who="court", src="scan upload")
t("court-order", "en", """
{CLASS}
{HDR}
Interim care order (C33)
Upon the application of {council} dated {dprev}
And upon the court being satisfied that there are reasonable grounds for believing that the circumstances with respect to the child are as mentioned in section 31(2) Children Act 1989
And upon hearing the advocates for the local authority, the parents and the Children's Guardian, {fca}
IT IS ORDERED THAT
1. The child {child} is placed in the care of {council} until the conclusion of the proceedings or further order.
2. Any person who knows where the child is must inform the local authority.
Ordered by {judge} on {dhear}
""", law="public", who="court", src="scan upload")
t("court-order", "en", """
{HDR}
Family Assistance Order (C42)
The court orders that an officer of CAFCASS Cymru is made available to advise, assist and (where appropriate) befriend the following persons named in this order: {mother}, {father} and {child}.
All persons named have consented to the making of this order.
The order will last for 6 months from the date below unless the court orders otherwise.
The officer shall report to the court at the end of the order by letter.
Dated {dhear}    {judge}
Notes: a family assistance order may only be made in exceptional circumstances... [text continues overleaf]
""", region="wales", who="court", src="scan upload")
t("court-order", "en", """
{court_short}
FL404a Non-molestation order
Case no {case_no}
The Applicant: {mother}
The Respondent: {father}
IMPORTANT NOTICE TO THE RESPONDENT
You must obey this order. You should read it carefully. If you do not understand anything in this order you should go to a solicitor, Legal Advice Centre or Citizens Advice. You have a right to apply to the court to change or cancel the order.
If without reasonable excuse you do anything which you are forbidden from doing by this order, you will be committing a criminal offence and liable on conviction to a term of imprisonment not exceeding five years or to a fine or to both.
The court orders
1. The respondent must not use or threaten violence against the applicant, and must not instruct, encourage or in any way suggest that any other person should do so.
2. The respondent must not contact the applicant except through solicitors or as provided for by any child arrangements order.
This order lasts until {dnext}.
""", who="court", src="scan upload")
t("court-order", "en", """
Sealed by the court
{HDR}
{PARTIES}
PROHIBITED STEPS AND SPECIFIC ISSUE ORDER
UPON the court considering the mother's application dated {dprev}
AND UPON the father agreeing that {child_first}'s passport shall remain with the mother's solicitors
IT IS ORDERED
1. Neither parent shall remove {child} from the jurisdiction of England and Wales without the written consent of the other or the permission of the court.
2. {child_first} shall attend {school} from the start of the autumn term.
3. No order as to costs.
{judge}   {dhear}
""", who="court", src="scan upload")
t("court-order", "cy", """
{HDR}
{PARTIES}
GORCHYMYN TREFNIADAU PLANT (C43) – TERFYNOL
Gerbron {judge_cy} yn eistedd yn breifat ar {dhear_cy}
Mae'r llys yn gorchymyn
1. Bydd {child} ({dob_cy}) yn byw gyda'r fam, {mother}.
2. Bydd {child} yn treulio amser gyda'r tad, {father}, fel a ganlyn: (a) bob yn ail benwythnos o ddydd Gwener ar ôl ysgol hyd at 6pm ddydd Sul; (b) hanner gwyliau'r ysgol.
3. Bydd y trosglwyddo'n digwydd yn {school}.
4. Rhyddheir CAFCASS Cymru o'r achos.
Hysbysiad rhybudd: pan fo gorchymyn trefniadau plant mewn grym, os na fyddwch yn cydymffurfio ag ef gellir eich dal mewn dirmyg llys a'ch carcharu neu'ch dirwyo.
Dyddiedig {dhear_cy}
""", who="court", src="scan upload")
t("court-order", "cy", """
{HDR}
Gorchymyn Cymorth i'r Teulu (C42) / Family Assistance Order
Mae'r llys yn gorchymyn bod swyddog o CAFCASS Cymru ar gael i gynghori, cynorthwyo a (lle bo'n briodol) cyfeillio'r personau canlynol: {mother}, {father} a {child}.
Mae pob person a enwir wedi cydsynio i wneud y gorchymyn hwn.
Bydd y gorchymyn yn para chwe mis o'r dyddiad isod.
Bydd y swyddog yn adrodd i'r llys drwy lythyr ar ddiwedd y gorchymyn.
Dyddiedig {dhear_cy}    {judge_cy}
""", who="court", src="scan upload")
t("court-order", "cy", """
{CLASS}
{HDR}
Gorchymyn gofal interim (C33)
Ar gais {cyngor} dyddiedig {dprev_cy}
Ac o fod y llys yn fodlon bod sail resymol dros gredu bod yr amgylchiadau o ran y plentyn fel y'u crybwyllir yn adran 31(2) Deddf Plant 1989
Ac ar ôl gwrando ar eiriolwyr yr awdurdod lleol, y rhieni a'r Gwarcheidwad Plant
GORCHMYNNIR
1. Rhoddir y plentyn {child} yng ngofal {cyngor} hyd nes y daw'r achos i ben neu hyd nes y gwneir gorchymyn pellach.
Gorchmynnwyd gan {judge_cy} ar {dhear_cy}
""", law="public", who="court", src="scan upload")

t("directions-order", "en", """
{HDR}
{PARTIES}
ORDER MADE AT THE FIRST HEARING DISPUTE RESOLUTION APPOINTMENT
Before {judge} on {dhear}. The applicant attended in person; the respondent was represented by {sol_m}.
Recitals
A. The court has read the safeguarding letter from {org} dated {d0}.
B. The parties agree that {child_first} will continue to live with the mother pending the next hearing.
IT IS ORDERED THAT
1. {org} shall file a report under section 7 Children Act 1989 by 4pm on {dnext}, addressing: (a) the wishes and feelings of {child_first}; (b) the father's proposals for overnight time; (c) any risk of harm.
2. The parties shall attend a Planning Together for Children course.
3. The matter is listed for a dispute resolution appointment on the first open date after {dnext}, time estimate 1 hour.
4. Permission to disclose this order and the report to {council}.
""", who="court", src="scan upload")
t("directions-order", "en", """
{CLASS}
CASE MANAGEMENT ORDER
{court_short}  {case_no}
Upon the Case Management Hearing on {dhear} before {judge}
1. Timetable for the child: final hearing by week 26.
2. The local authority shall file and serve its final evidence and care plan by {dnext}.
3. The parents shall file their responsive statements within 14 days thereafter.
4. Permission under Part 25 FPR for an independent social worker assessment of the father; the letter of instruction to be agreed and sent by the child's solicitor within 7 days.
5. The Children's Guardian shall file a final analysis 7 days before the IRH.
6. Hair strand testing of the mother for drugs, costs shared equally.
7. Issues Resolution Hearing: time estimate 2 hours.
""", law="public", who="court", src="scan upload")
t("directions-order", "en", """
{HDR}
Order – directions for a report from the local authority (section 37)
Before {judge} on {dhear}
It appearing to the court that it may be appropriate for a care or supervision order to be made with respect to {child_first},
IT IS DIRECTED
1. {council} shall undertake an investigation of {child_first}'s circumstances under section 37 Children Act 1989 and file a report by {dnext}.
2. CAFCASS Cymru shall provide the local authority with a copy of its report.
3. The case is adjourned to {dnext} for consideration of the report.
""", region="wales", who="court", src="scan upload")
t("directions-order", "en", """
Good morning,
The order is pasted below because the attachment failed; a sealed copy will follow.

UPON the court vacating the hearing listed on {dhear} by consent
IT IS ORDERED
1. The time for {org} to file its report is extended to {dnext}.
2. The dispute resolution appointment is relisted on the first available date after {dnext}, with a time estimate of 90 minutes, before {judge}.
3. The parties shall notify the court of dates to avoid within 7 days.
Made on the papers on {d0}

Family Court Admin, {court_short}
""", part="email", who="court", subj="{case_no} - order extending time")
t("directions-order", "en", """
{HDR}
DIRECTIONS – fact-finding hearing
1. The mother shall file a Scott Schedule of no more than 6 allegations by {dnext}; the father shall respond within 14 days.
2. {police} shall disclose to the parties all records of call-outs and investigations concerning the parties from {dold} to date, within 21 days (Form C2 served on the force).
3. The fact-finding hearing is listed for 2 days.
4. Special measures: screens and separate waiting areas for the mother.
5. The section 7 report shall be filed after the fact-finding hearing.
Ordered by {judge}, {dhear}
""", who="court", src="scan upload")
t("directions-order", "cy", """
{HDR}
{PARTIES}
GORCHYMYN A WNAED YN Y GWRANDAWIAD CYNTAF
Gerbron {judge_cy} ar {dhear_cy}. Daeth y ceisydd yn bersonol; cynrychiolwyd yr atebydd.
Datganiadau
A. Mae'r llys wedi darllen adroddiad diogelu CAFCASS Cymru dyddiedig {d0_cy}.
B. Mae'r partïon yn cytuno y bydd {child_first} yn parhau i fyw gyda'r fam hyd y gwrandawiad nesaf.
GORCHMYNNIR
1. Bydd CAFCASS Cymru yn ffeilio adroddiad o dan adran 7 Deddf Plant 1989 erbyn 4pm ar {dnext_cy}, gan roi sylw i: (a) ddymuniadau a theimladau {child_first}; (b) cynigion y tad; (c) unrhyw risg o niwed.
2. Bydd y partïon yn mynychu cwrs Gweithio Gyda'n Gilydd er mwyn Plant.
3. Rhestrir yr achos ar gyfer apwyntiad datrys anghydfod ar y dyddiad cyntaf ar ôl {dnext_cy}.
""", who="court", src="scan upload")
t("directions-order", "cy", """
{CLASS}
GORCHYMYN RHEOLI ACHOS
{court_cy}  {case_no}
Yn dilyn y Gwrandawiad Rheoli Achos ar {dhear_cy} gerbron {judge_cy}
1. Amserlen y plentyn: gwrandawiad terfynol erbyn wythnos 26.
2. Bydd yr awdurdod lleol yn ffeilio ei dystiolaeth derfynol a'i gynllun gofal erbyn {dnext_cy}.
3. Bydd y rhieni'n ffeilio datganiadau ymateb o fewn 14 diwrnod wedi hynny.
4. Caniatâd o dan Ran 25 ar gyfer asesiad gan weithiwr cymdeithasol annibynnol.
5. Bydd y Gwarcheidwad Plant yn ffeilio dadansoddiad terfynol 7 diwrnod cyn y gwrandawiad datrys materion.
""", law="public", who="court", src="scan upload")
t("directions-order", "cy", """
Bore da,
Mae'r gorchymyn wedi'i gludo isod gan fod yr atodiad wedi methu; bydd copi wedi'i selio yn dilyn.

O GANLYNIAD i'r llys yn gohirio'r gwrandawiad a restrwyd ar {dhear_cy} drwy gydsyniad
GORCHMYNNIR
1. Estynnir yr amser i CAFCASS Cymru ffeilio ei adroddiad hyd at {dnext_cy}.
2. Ail-restrir yr apwyntiad datrys anghydfod ar y dyddiad cyntaf sydd ar gael ar ôl {dnext_cy}.
Gwnaed ar y papurau ar {d0_cy}

Gweinyddiaeth Teulu, {court_cy}
""", part="email", who="court", subj="{case_no} – gorchymyn yn estyn amser")


# ============================== court-papers ==============================
# application: C100 (child arrangements etc.), C1A (allegations of harm), C2, C110A (care),
# FL401, placement application, C79 enforcement: sections with tick boxes, parties, MIAM
# exemption, the orders sought, reasons; Welsh-language forms exist (C100 Cymraeg).
t("application", "en", """
Form C100 – Application under the Children Act 1989 for a child arrangements, prohibited steps or specific issue order
Section 1 – About you (the applicant): {father}, date of birth given, address {addr_f}
Section 2 – The child(ren): {child} ({dob}); {child2} ({dob2})
Section 3 – What are you asking the court to do? [X] Child arrangements order – spend time with  [ ] Prohibited steps order  [ ] Specific issue order
Section 4 – MIAM: [X] I have attended a MIAM on {dold}; the mediator's certificate is attached.
Section 5 – Why are you making this application? I have not seen my children since {dold}. The mother stopped contact after an argument about money. I want alternate weekends and half the holidays.
Section 6 – Safety concerns: I do not believe the children are at risk of harm. (C1A not attached)
Section 7 – Other proceedings: none.
Section 8 – Language: I would like the court to communicate with me in [ ] Welsh [X] English.
Statement of truth: I believe that the facts stated in this form are true. Signed {father}, {dprev}
""", who="court", src="scan upload")
t("application", "en", """
Form C1A – Allegations of harm and domestic violence (supplemental information)
Case: {case_no}   Completed by: {mother} (respondent)
Part 1 – Do you have any concerns that the children have suffered or are at risk of suffering harm? [X] Yes
Types of harm: [X] domestic abuse  [X] coercive and controlling behaviour  [ ] child abduction  [X] alcohol misuse
Part 2 – Details of the incidents
Incident 1 – {dold}: the father pushed me against the kitchen wall while {child_first} was in the room. Police attended; he was arrested and released.
Incident 2 – summer 2023: he took my phone and bank card and would not return them for two days.
Part 3 – Orders in place: non-molestation order made {dprev}, expires in 12 months.
Part 4 – What do you want the court to do to protect you and the children? Supervised contact only; no overnight stays.
Signed {mother}
""", who="sol_p", src="scan upload")
t("application", "en", """
{CLASS}
Form C110A – Application for a care or supervision order and other orders under Part 4 Children Act 1989
Applicant: {council}, Children's Services, represented by Legal Services
Children: {child} ({dob})
Order sought: [X] care order  [X] interim care order  [ ] supervision order
Grounds: the local authority believes the threshold criteria in s31(2) are met: the child has suffered and is likely to suffer significant harm attributable to the care given to the child not being what it would be reasonable to expect a parent to give.
Summary of reasons: chronic neglect; the mother's heroin use; domestic abuse between the parents; failure to engage with the child protection plan since {dold}.
Allocation proposal: circuit judge. Timetable for the child: 26 weeks.
Documents attached: social work evidence template; threshold document; interim care plan; chronology.
""", law="public", who="la", src="upload scan")
t("application", "en", """
C2 Application for permission to start proceedings / for an order or directions in existing proceedings
Case number: {case_no}
Applicant: {mother}
What order are you asking for? An order that the father's time with the children be suspended pending a further Cafcass report.
Reason: on {d0} the father was arrested for drink driving after collecting the children. The children were in the car. Police reference {occ}.
Would you like the application to be dealt with: [X] at a hearing  [ ] without a hearing
Urgency: within 7 days.
Statement of truth signed {d0}.
""", who="sol_p", region="wales", src="scan upload")
t("application", "en", """
Application for enforcement of a child arrangements order (Form C79)
Case no {case_no}   Court {court_short}
1. The order: child arrangements order made by {judge} on {dold} providing for {child_first} to spend time with me every other weekend.
2. Breaches: the respondent mother has not made {child_first} available on {dprev} and on four further weekends since. She has not given any reason.
3. What I ask the court to do: make an enforcement order; in the alternative vary the order so that handovers are at school.
I understand that {org} may be asked to monitor compliance or report.
Signed {father}
""", who="parent", src="scan upload")
t("application", "cy", """
Ffurflen C100 – Cais o dan Ddeddf Plant 1989 am orchymyn trefniadau plant, gorchymyn camau gwaharddedig neu orchymyn mater penodol
Adran 1 – Amdanoch chi (y ceisydd): {father}, {addr_f}
Adran 2 – Y plentyn/plant: {child} ({dob_cy})
Adran 3 – Beth ydych yn gofyn i'r llys ei wneud? [X] Gorchymyn trefniadau plant – treulio amser gyda  [ ] Gorchymyn camau gwaharddedig
Adran 4 – MIAM: [X] Rwyf wedi mynychu MIAM ar {dold_cy}.
Adran 5 – Pam ydych yn gwneud y cais? Nid wyf wedi gweld fy mhlentyn ers {dold_cy}. Rwyf am gael bob yn ail benwythnos a hanner y gwyliau.
Adran 6 – Pryderon diogelwch: nid wyf yn credu bod y plentyn mewn perygl o niwed.
Adran 8 – Iaith: hoffwn i'r llys gyfathrebu â mi yn [X] Gymraeg [ ] Saesneg.
Datganiad gwirionedd: credaf fod y ffeithiau a nodir yn y ffurflen hon yn wir. Llofnod {father}, {dprev_cy}
""", who="court", src="scan upload")
t("application", "cy", """
Ffurflen C1A – Honiadau o niwed a thrais domestig
Achos: {case_no}   Cwblhawyd gan: {mother} (atebydd)
Rhan 1 – A oes gennych bryderon bod y plant wedi dioddef niwed neu mewn perygl o ddioddef niwed? [X] Oes
Mathau o niwed: [X] cam-drin domestig  [X] ymddygiad rheolaethol a gorfodol  [X] camddefnyddio alcohol
Rhan 2 – Manylion y digwyddiadau
Digwyddiad 1 – {dold_cy}: gwthiodd y tad fi yn erbyn wal y gegin tra oedd {child_first} yn yr ystafell. Daeth yr heddlu; cafodd ei arestio.
Digwyddiad 2 – haf 2023: cymerodd fy ffôn a'm cerdyn banc.
Rhan 4 – Beth ydych am i'r llys ei wneud? Cyswllt dan oruchwyliaeth yn unig.
Llofnod {mother}
""", who="sol_p", src="scan upload")
t("application", "cy", """
{CLASS}
Ffurflen C110A – Cais am orchymyn gofal neu oruchwylio
Ceisydd: {cyngor}, Gwasanaethau Plant
Plentyn: {child} ({dob_cy})
Gorchymyn a geisir: [X] gorchymyn gofal  [X] gorchymyn gofal interim
Sail: mae'r awdurdod lleol yn credu bod meini prawf y trothwy yn adran 31(2) wedi'u bodloni.
Crynodeb o'r rhesymau: esgeulustod cronig; defnydd cyffuriau'r fam; cam-drin domestig rhwng y rhieni; methiant i ymgysylltu â'r cynllun amddiffyn plant ers {dold_cy}.
Amserlen y plentyn: 26 wythnos.
Dogfennau amgaeedig: tystiolaeth gwaith cymdeithasol; dogfen trothwy; cynllun gofal interim.
""", law="public", who="la", src="upload scan")

# position-statement: a party's (or Cafcass's) short statement for a hearing: background,
# current position, issues, orders sought, proposed directions; usually by counsel/solicitors;
# Cafcass position statements also filed (e.g. at a DRA where no report is needed).
t("position-statement", "en", """
{HDR}
{PARTIES}
POSITION STATEMENT ON BEHALF OF THE RESPONDENT MOTHER
for the Dispute Resolution Appointment on {dhear}
Prepared by {sol_m}, {firm_m}
1. Introduction. This statement is filed on behalf of the mother, {mother}. It should be read with her C1A.
2. Background. The parties separated in {dold}. {child_first} lives with the mother.
3. The section 7 report. The mother accepts the recommendation for alternate weekend contact but invites the court to defer overnight stays until the father completes the perpetrator programme.
4. Issues. (a) Overnight stays; (b) handover location; (c) holiday time.
5. Orders sought. A child arrangements order in the terms at Annex A; a prohibited steps order preventing removal of {child_first} from the mother's care save under the order.
6. The mother asks for special measures at the hearing.
{sol_m}, {d0}
""", who="sol_p", src="upload scan")
t("position-statement", "en", """
{CLASS}
{HDR}
Position statement of {org}
1. The Family Court Adviser, {fca}, filed a report on {dprev} recommending shared care.
2. Since then the father has been arrested (no further action) following an allegation by the mother. {org} has not been able to verify the details with the police in time for this hearing.
3. {org}'s position: the recommendation cannot be maintained until the police information is available; an addendum report could be filed within four weeks of receiving it.
4. {org} asks the court to direct disclosure by {police} and to give {org} permission to file an addendum.
{fca}, {role}, {d0}
""", src="upload scan")
t("position-statement", "en", """
Case summary and position – applicant father (litigant in person)
{case_no}
1. I am the applicant. I have represented myself since {dold}.
2. My position: I want the children to live with me because the mother has moved three times in a year and the children have changed school twice.
3. I agree with most of the CAFCASS Cymru report but not paragraph 42, which says I speak negatively about the mother in front of the children. That is not true.
4. I ask the court to order the mother to keep the children at {school}.
5. I am happy for the hearing to be in Welsh.
{father}
""", region="wales", who="parent", src="scan upload")
t("position-statement", "en", """
Page 1 of 5
{HDR}
{PARTIES}
Position statement of the local authority for the Issues Resolution Hearing on {dhear}
Counsel: for {council}
1. Summary: the local authority seeks a care order and a placement order. The final care plan is adoption.
2. Threshold: the mother concedes threshold in the amended form dated {d0}; the father does not.
3. Assessments: ISW assessment of the father negative; kinship viability of {gran} negative.
4. Outstanding issues: contact post-adoption; whether a final hearing of 3 days is needed.
5. Proposed directions: final evidence from the parents within 14 days; guardian's final analysis by {dnext}.
""", law="public", who="la", src="upload scan")
t("position-statement", "en", """
CHILD'S POSITION STATEMENT – {child_first} (by the Children's Guardian and child's solicitor)
{case_no}
1. This statement is filed by {firm_child} on behalf of the child through the guardian, {fca}.
2. The guardian supports the making of a supervision order to the local authority for 12 months, with the child living with the father.
3. The guardian does not support the mother's application for a further psychological assessment: it would delay the case beyond 26 weeks without good reason.
4. The guardian invites the court to approve contact with the mother fortnightly.
{sol_child}, solicitor for the child
""", law="public", who="sol_c", src="upload scan")
t("position-statement", "cy", """
{HDR}
{PARTIES}
DATGANIAD O SAFBWYNT Y FAM (YR ATEBYDD)
ar gyfer yr Apwyntiad Datrys Anghydfod ar {dhear_cy}
Paratowyd gan {sol_m}, {firm_m}
1. Cyflwyniad. Ffeilir y datganiad hwn ar ran y fam, {mother}.
2. Cefndir. Gwahanodd y partïon yn {oldyear}. Mae {child_first} yn byw gyda'r fam.
3. Yr adroddiad adran 7. Mae'r fam yn derbyn yr argymhelliad ar gyfer cyswllt bob yn ail benwythnos ond yn gofyn i'r llys ohirio arosiadau dros nos hyd nes y bydd y tad wedi cwblhau'r rhaglen.
4. Y materion. (a) Arosiadau dros nos; (b) lleoliad y trosglwyddo; (c) gwyliau.
5. Gorchmynion a geisir. Gorchymyn trefniadau plant yn nhelerau Atodiad A.
{sol_m}, {d0_cy}
""", who="sol_p", src="upload scan")
t("position-statement", "cy", """
{CLASS}
{HDR}
Datganiad safbwynt CAFCASS Cymru
1. Ffeiliodd yr Ymgynghorydd Llys Teulu, {fca}, adroddiad ar {dprev_cy} yn argymell gofal a rennir.
2. Ers hynny mae'r tad wedi'i arestio (dim camau pellach) yn dilyn honiad gan y fam.
3. Safbwynt CAFCASS Cymru: ni ellir cynnal yr argymhelliad nes bydd gwybodaeth yr heddlu ar gael; gellid ffeilio adroddiad atodol o fewn pedair wythnos.
4. Gofynnir i'r llys gyfarwyddo {heddlu} i ddatgelu'r wybodaeth.
{fca}, {role_cy}, {d0_cy}
""", src="upload scan")
t("position-statement", "cy", """
Crynodeb o'r achos a safbwynt y tad (ymgyfreithiwr drosto'i hun)
{case_no}
1. Fi yw'r ceisydd. Rwyf wedi cynrychioli fy hun ers {dold_cy}.
2. Fy safbwynt: rwyf am i'r plant fyw gyda mi oherwydd bod y fam wedi symud tair gwaith mewn blwyddyn.
3. Rwy'n cytuno â'r rhan fwyaf o adroddiad CAFCASS Cymru ond nid â pharagraff 42.
4. Gofynnaf i'r llys orchymyn bod y plant yn aros yn {school}.
{father}
""", who="parent", src="scan upload")

# witness-statement: a party's or professional's statement of evidence (parents, grandparents,
# social worker's statement / SWET in public law, police officer, teacher): numbered
# paragraphs, "I, X, of ... will say", exhibits, statement of truth, signature and date.
t("witness-statement", "en", """
{HDR}
{PARTIES}
Statement of: {mother}   Party: Respondent   No.: 1   Exhibits: MB1–MB3   Date: {d0}
I, {mother}, of an address known to the court, WILL SAY as follows:
1. I am the mother of {child}. I make this statement in response to the father's application dated {dprev}.
2. The father and I were together for eight years. During the last three years he became controlling. He checked my phone and decided who I could see.
3. On {dold} he pushed me during an argument while {child_first} was in the room. I called the police. I exhibit the incident log at MB1.
4. Since we separated, contact has taken place at my mother's home. {child_first} often comes back upset.
5. I am not against {child_first} seeing {his} father but I want it to be safe.
{SOT}
Signed {mother}
""", who="sol_p", src="scan upload")
t("witness-statement", "en", """
{CLASS}
SOCIAL WORK EVIDENCE TEMPLATE (SWET) – final statement of {sw}, social worker
{case_no}   {council}
1. I am a qualified social worker registered with Social Work England / Social Care Wales, employed by {council}. I have been the allocated social worker for {child_first} since {dold}.
2. Summary of the local authority's final plan: adoption.
3. Family history and chronology of significant events: see Annex 1.
4. Analysis of the realistic options: the balance sheet at section 5 considers return to the mother, kinship placement with {gran}, long-term fostering and adoption.
5. The child's needs: {child_first} needs a permanent home that can keep {him} safe from exposure to drug use and violence.
{SOT}
""", law="public", who="la", src="upload scan")
t("witness-statement", "en", """
Witness statement of {gran} (paternal grandmother)
{case_no}
1. I am {father}'s mother. I live in {town} and have a close relationship with {child_first}.
2. I have supervised the father's time with {child_first} every Saturday since {dold}. He has always been sober and has never raised his voice.
3. I am willing to continue to supervise and to do the handovers so that the parents do not meet.
4. I do not accept what the mother says about my son, but I accept I was not there.
{SOT}
Signed ............... {gran}   Date {d0}
""", who="sol_p", region="wales", src="scan upload")
t("witness-statement", "en", """
Statement of witness (Criminal Justice Act 1967, s.9; MC Act 1980, s.5B) – copy served for family proceedings
Statement of: {collar} {officer}
Age if under 18: over 18   Occupation: police officer, {police}
This statement (consisting of 2 pages each signed by me) is true to the best of my knowledge and belief...
On {dold} at about 23:40 hours I attended {addr_m} following a 999 call. I saw {mother} crying with a red mark on her left cheek. She said "he slapped me". I saw {father} in the hallway. He said "she's lying, she fell". A child was heard crying upstairs.
Signed {officer}   Dated {dold}
""", who="sol_p", src="scan upload")
t("witness-statement", "en", """
Statement of {teacher}, Designated Safeguarding Lead, {school}
Made in the family proceedings concerning {child}, at the request of the local authority
1. I have been DSL at the school for six years. {child_first} joined in Reception.
2. Attendance this year is 84%. Absences cluster on Mondays.
3. On {dprev} {child_first} arrived without a coat, hungry and with the same clothes as the previous day. I logged this on CPOMS and informed {council}.
4. {child_first} is a kind and popular child who enjoys reading.
{SOT}
""", law="public", who="school", src="scan upload")
t("witness-statement", "cy", """
{HDR}
{PARTIES}
Datganiad: {mother}   Parti: Atebydd   Rhif: 1   Dyddiad: {d0_cy}
Rwyf i, {mother}, o gyfeiriad sy'n hysbys i'r llys, YN DWEUD fel a ganlyn:
1. Fi yw mam {child}. Rwy'n gwneud y datganiad hwn mewn ymateb i gais y tad dyddiedig {dprev_cy}.
2. Roedd y tad a minnau gyda'n gilydd am wyth mlynedd. Yn ystod y tair blynedd olaf daeth yn rheolaethol. Roedd yn gwirio fy ffôn ac yn penderfynu pwy gawn i eu gweld.
3. Ar {dold_cy} gwthiodd fi yn ystod dadl tra oedd {child_first} yn yr ystafell. Ffoniais yr heddlu.
4. Ers i ni wahanu, mae'r cyswllt wedi digwydd yng nghartref fy mam.
5. Nid wyf yn erbyn i {child_first} weld {ei_dad} ond rwyf am iddo fod yn ddiogel.
{SOT}
Llofnod {mother}
""", who="sol_p", src="scan upload")
t("witness-statement", "cy", """
Datganiad tyst {gran} (nain ar ochr y tad)
{case_no}
1. Fi yw mam {father}. Rwy'n byw yn {town_cy} ac mae gen i berthynas agos â {child_first}.
2. Rwyf wedi goruchwylio amser y tad gyda {child_first} bob dydd Sadwrn ers {dold_cy}. Mae wedi bod yn sobr bob amser.
3. Rwy'n fodlon parhau i oruchwylio ac i drosglwyddo'r plentyn fel nad oes rhaid i'r rhieni gyfarfod.
{SOT}
Llofnod {gran}   Dyddiad {d0_cy}
""", who="sol_p", src="scan upload")
t("witness-statement", "cy", """
{CLASS}
TYSTIOLAETH WAITH CYMDEITHASOL – datganiad terfynol {sw}, gweithiwr cymdeithasol
{case_no}   {cyngor}
1. Rwy'n weithiwr cymdeithasol cymwys sydd wedi'i gofrestru gyda Gofal Cymdeithasol Cymru ac yn cael fy nghyflogi gan {cyngor}. Fi yw gweithiwr cymdeithasol {child_first} ers {dold_cy}.
2. Crynodeb o gynllun terfynol yr awdurdod lleol: gofal maeth hirdymor.
3. Dadansoddiad o'r opsiynau realistig: gweler y fantolen yn adran 5.
4. Anghenion y plentyn: mae ar {child_first} angen cartref parhaol a diogel.
{SOT}
""", law="public", who="la", src="upload scan")

# previous-cafcass: Cafcass information from a previous case about the same family, copied
# into the new case: an earlier safeguarding letter, s7 report, guardian's analysis or closing
# letter, often with the old case number and a stamp/note "from previous case".
t("previous-cafcass", "en", """
[Copied from previous case {prev_case_no} ({oldyear}) – saved to court papers of {case_no}]
{LH}
Safeguarding letter – {oldyear}
To the Court, {court_short}
1. Checks: {police} reported two domestic incidents between the parents in {oldyear}; {council} reported a single assessment, closed.
2. Interviews: both parents were spoken to by telephone. The mother said the father had been verbally abusive; the father denied this.
3. Recommendations: a section 7 report.
Family Court Adviser: {manager}    Date: {dold}
""", src="tree upload scan")
t("previous-cafcass", "en", """
{CLASS}
PREVIOUS PROCEEDINGS – {org} REPORT
Case no: {prev_case_no}   Filed: {dold}   Author: {manager}, Family Court Adviser
[retrieved from archive by business services; relevant to the new application {case_no}]
Section 7 report – summary of recommendations
- The children to live with the mother and spend time with the father on alternate weekends.
- The father to complete a domestic abuse perpetrator programme before overnight stays begin.
The FCA noted that the father was "reluctant to acknowledge the impact of his behaviour".
The court made a final order in these terms on {dold}.
""", src="tree upload scan")
t("previous-cafcass", "en", """
Hi {fca_first},
As requested, I've pulled the documents from the family's earlier case ({prev_case_no}, closed {oldyear}) from ECMS archive and the G drive. Summary below; the full report is attached.
The earlier guardian ({manager}) recommended a supervision order in {oldyear}; the children stayed with the mother. The guardian's final analysis mentions concerns about the mother's partner at the time and about school attendance.
There is also a note that the case was shielded for a period – I have checked with the service manager that it is fine to copy these across.
Thanks, Business Services
""", part="email", who="caf_bs", subj="Previous Cafcass case {prev_case_no}")
t("previous-cafcass", "en", """
CAFCASS Cymru – historical record (legacy G drive)
Case {prev_case_no} – closed {oldyear}
Letter to the court at the end of the Family Assistance Order
The FAO made on {dold} has ended. The parents were helped to agree handovers. There were no further incidents. No further involvement was recommended.
{manager}, Family Court Adviser
[Imported into {case_no} on {d0} for the new application by the father. Not part of the current work.]
""", region="wales", src="tree upload")
t("previous-cafcass", "en", """
Page 3 of 9          FINAL ANALYSIS OF THE CHILDREN'S GUARDIAN          {prev_case_no}
... the guardian is satisfied that the threshold is crossed.
Recommendation: a care order, with the plan that {child_first} remains with foster carers and returns home only if the mother completes the residential programme.
Guardian: {manager}   Date: {dold}
[Stamp: PREVIOUS CASE – FOR INFORMATION – {case_no}]
""", law="public", src="scan tree")
t("previous-cafcass", "cy", """
[Copïwyd o'r achos blaenorol {prev_case_no} ({oldyear}) – wedi'i gadw ym mhapurau llys achos {case_no}]
{LH}
Adroddiad Ymholiadau Diogelu – {oldyear}
At y Llys, {court_cy}
1. Gwiriadau: adroddodd {heddlu} ddau ddigwyddiad domestig rhwng y rhieni yn {oldyear}.
2. Cyfweliadau: siaradwyd â'r ddau riant dros y ffôn. Dywedodd y fam fod y tad wedi'i cham-drin ar lafar; gwadodd y tad hyn.
3. Argymhellion: adroddiad adran 7.
Ymgynghorydd Llys Teulu: {manager}    Dyddiad: {dold_cy}
""", src="tree upload scan")
t("previous-cafcass", "cy", """
{CLASS}
ACHOS BLAENOROL – ADRODDIAD CAFCASS CYMRU
Rhif yr achos: {prev_case_no}   Ffeiliwyd: {dold_cy}   Awdur: {manager}
[adferwyd o'r archif gan Gymorth Busnes; yn berthnasol i'r cais newydd {case_no}]
Adroddiad adran 7 – crynodeb o'r argymhellion
- Y plant i fyw gyda'r fam a threulio amser gyda'r tad bob yn ail benwythnos.
- Y tad i gwblhau rhaglen cam-drin domestig cyn dechrau arosiadau dros nos.
Gwnaeth y llys orchymyn terfynol yn y telerau hyn ar {dold_cy}.
""", src="tree upload scan")
t("previous-cafcass", "cy", """
Helo {fca_first},
Fel y gofynnoch, rwyf wedi tynnu'r dogfennau o achos blaenorol y teulu ({prev_case_no}, a gaewyd yn {oldyear}) o'r archif. Crynodeb isod; mae'r adroddiad llawn ynghlwm.
Argymhellodd y Gwarcheidwad blaenorol ({manager}) orchymyn goruchwylio yn {oldyear}. Mae'r dadansoddiad terfynol yn sôn am bryderon am bartner y fam ar y pryd.
Diolch, Cymorth Busnes
""", part="email", who="caf_bs", subj="Achos CAFCASS Cymru blaenorol {prev_case_no}")

# ============================== experts-and-agency ==============================
# letter-of-instruction: the letter instructing an expert under FPR Part 25 (usually drafted by
# the child's solicitor or the LA, agreed by the parties): background, questions for the
# expert, documents (bundle index), timetable, fees, duties to the court (PD25B).
t("letter-of-instruction", "en", """
{LH_FIRM}
Our ref: {sol_child}/{ref}
{d0}
{expert}
{expert_role}
Dear {expert}
{child} – {court_short} – {case_no}
Joint instruction under Part 25 Family Procedure Rules 2010
1. We act for the child through the Children's Guardian, {fca}. This letter is sent on behalf of all parties. The court gave permission on {dprev}.
2. Background: the local authority seeks care orders. The mother has a history of depression and substance misuse.
3. Questions:
(a) Does the mother suffer from any mental disorder? If so, what is its prognosis?
(b) What treatment is recommended, over what timescale, and is she likely to engage?
(c) Can the mother meet {child_first}'s needs within the child's timescales?
4. Documents: the bundle index is enclosed (sections A–F).
5. Timetable: report by {dnext}. Fees: agreed at the legal aid rate, shared equally.
6. Your duty is to the court (PD25B). Please confirm you have no conflict of interest.
Yours sincerely
{firm_child}
""", law="public", who="sol_c", src="upload scan")
t("letter-of-instruction", "en", """
{CLASS}
Letter of instruction – independent social worker (parenting assessment of the father)
Case: {case_no}   Court: {court_short}
To: {expert}, {expert_role}
From: {council} Legal Services, on behalf of all parties
1. You are instructed to assess {father}'s capacity to care for {child_first}.
2. Please address: the father's understanding of the child's needs; his insight into the domestic abuse findings; his support network; whether he could care for {child_first} full-time or with support.
3. You may meet the father up to four times and observe contact at least twice.
4. Please file your report by {dnext}.
""", law="public", who="la", region="wales", src="upload scan")
t("letter-of-instruction", "en", """
Dear {sol_child},
Guardian's comments on the draft letter of instruction (psychological assessment) below.
- Question 3: please add "with particular reference to the impact of the father's drug use on his ability to prioritise the child".
- Please include the school reports at section F.
- The guardian agrees to the timetable.
Once agreed by all parties please send the letter to {expert} and copy me in.
Thanks
{fca}, Children's Guardian
""", part="email", who="caf", law="public", subj="{case_no} - LOI comments")
t("letter-of-instruction", "en", """
{LH_FIRM}
Private and confidential – joint instructions
{expert}, {expert_role}
Re: {child_first} – hair strand testing (alcohol and drugs)
1. You are instructed by the parties to carry out hair strand testing of {mother} and {father} covering the last 6 months in monthly segments.
2. Markers: alcohol (EtG and FAEE), cocaine, cannabis, opiates.
3. Please explain the results in plain English and comment on whether the results are consistent with each parent's self-report.
4. Sample collection to take place at your {town} clinic on {dhear}.
5. Costs: split equally between the local authority and the parents (legal aid).
""", law="public", who="sol_c", src="upload scan")
t("letter-of-instruction", "en", """
Letter of instruction to the expert – draft 3 (agreed)
{case_no}
Expert: {expert}
Background: {child} is aged {child_age}. The court will decide whether {child_first} should live with {his} father or remain with {his} mother. The mother alleges the father has alienated the child against her.
Questions:
1. What is the nature of the relationship between {child_first} and each parent?
2. Is there evidence that {child_first}'s views have been influenced by either parent? If so, to what extent?
3. What therapeutic help would benefit the family?
Documents: application, position statements, section 7 report by {fca}.
Report due: {dnext}
""", who="sol_p", src="upload scan")
t("letter-of-instruction", "cy", """
{LH_FIRM}
Ein cyf: {ref}
{d0_cy}
{expert}
Annwyl {expert}
{child} – {court_cy} – {case_no}
Cyfarwyddyd ar y cyd o dan Ran 25 Rheolau Trefniadaeth Teulu 2010
1. Rydym yn gweithredu ar ran y plentyn drwy'r Gwarcheidwad Plant, {fca}. Anfonir y llythyr hwn ar ran yr holl bartïon. Rhoddodd y llys ganiatâd ar {dprev_cy}.
2. Cefndir: mae'r awdurdod lleol yn ceisio gorchmynion gofal.
3. Cwestiynau:
(a) A oes gan y fam anhwylder meddyliol? Os felly, beth yw'r prognosis?
(b) Pa driniaeth a argymhellir, ac ymhen faint o amser?
(c) A all y fam ddiwallu anghenion {child_first} o fewn amserlen y plentyn?
4. Amserlen: adroddiad erbyn {dnext_cy}.
5. Mae eich dyletswydd i'r llys.
Yn gywir
{firm_child}
""", law="public", who="sol_c", src="upload scan")
t("letter-of-instruction", "cy", """
{CLASS}
Llythyr cyfarwyddo – gweithiwr cymdeithasol annibynnol (asesiad rhianta o'r tad)
Achos: {case_no}   Llys: {court_cy}
At: {expert}
Oddi wrth: Gwasanaethau Cyfreithiol {cyngor}, ar ran yr holl bartïon
1. Fe'ch cyfarwyddir i asesu gallu {father} i ofalu am {child_first}.
2. Rhowch sylw i: ddealltwriaeth y tad o anghenion y plentyn; ei ddealltwriaeth o'r canfyddiadau; ei rwydwaith cymorth.
3. Cewch gyfarfod â'r tad hyd at bedair gwaith ac arsylwi cyswllt o leiaf ddwywaith.
4. Ffeiliwch eich adroddiad erbyn {dnext_cy}.
""", law="public", who="la", src="upload scan")
t("letter-of-instruction", "cy", """
Annwyl {sol_child},
Sylwadau'r gwarcheidwad ar ddrafft y llythyr cyfarwyddo (asesiad seicolegol) isod.
- Cwestiwn 3: ychwanegwch "gan gyfeirio'n benodol at effaith defnydd cyffuriau'r tad ar ei allu i roi blaenoriaeth i'r plentyn".
- Cynhwyswch adroddiadau'r ysgol yn adran F.
Ar ôl i'r partïon gytuno, anfonwch y llythyr at {expert} a'm copïo i.
Diolch
{fca}, Gwarcheidwad Plant
""", part="email", who="caf", law="public", subj="{case_no} – sylwadau ar y llythyr cyfarwyddo")


# expert-report: the Part 25 expert's report (psychologist, psychiatrist, ISW, paediatrician,
# drug/alcohol testing laboratory): instructions, documents read, interviews, tests, opinion
# answering the questions, expert's declaration and statement of truth (PD25B).
t("expert-report", "en", """
PSYCHOLOGICAL ASSESSMENT OF {mother_up}
Prepared for {court_short} – case {case_no}
By {expert}, {expert_role}, HCPC registered
1. Instructions: joint letter of instruction dated {dprev} from {firm_child}.
2. Documents read: bundle sections A to F (index at Appendix 2).
3. Interviews: {mother} on two occasions; psychometric testing (WAIS-IV, PAI).
4. Opinion
4.1 Ms {msur} presents with symptoms consistent with complex post-traumatic stress disorder.
4.2 She would benefit from trauma-focused therapy of 12–18 months. The prognosis is fair if she engages.
4.3 In my opinion she could not safely care for {child_first} full time within the child's timescales, but supported contact is appropriate.
Expert's declaration: I understand that my duty is to help the court... I confirm that I have made clear which facts and matters referred to in this report are within my own knowledge.
Statement of truth: I confirm that the facts stated in this report are true and the opinions are my own.
""", law="public", who="expert", src="upload scan")
t("expert-report", "en", """
{CLASS}
Hair strand test report – Laboratory ref HS{ref}
Donor: {father}   Collected: {dprev} at {town} clinic   Case: {case_no}
Segments analysed: 0–1 cm, 1–2 cm, 2–3 cm (approx. 3 months)
Results: cocaine – detected in all segments at levels consistent with regular use; benzoylecgonine – detected; cannabis (THC) – not detected; EtG (alcohol) – 22 pg/mg (chronic excessive consumption cut-off 30 pg/mg).
Interpretation: the results are consistent with regular cocaine use throughout the period and do not support the donor's account of abstinence since January.
Reporting scientist: {expert}
I confirm that I understand my duty to the court...
""", law="public", who="expert", src="upload scan")
t("expert-report", "en", """
Page 14 of 38
INDEPENDENT SOCIAL WORK ASSESSMENT – {father}
... 7. Conclusions and answers to the questions
7.1 Q1: Does the father understand the child's needs? Yes, in large part. He was able to describe {child_first}'s routines and medical needs accurately.
7.2 Q2: Does he accept the findings? Partly. He accepts the findings about the argument in 2022 but not the others.
7.3 Q3: Can he care for {child_first} full-time? In my opinion yes, with support from the local authority under a supervision order for 12 months.
{expert}, {expert_role}
""", law="public", who="expert", region="wales", src="scan upload")
t("expert-report", "en", """
Paediatric overview report concerning {child} (DOB {dob})
Instructed by all parties, order of {dprev}
Author: {expert}, {expert_role}
Summary of opinion: the fracture of the right humerus seen on X-ray on {dold} is, on balance, consistent with the mechanism described by the mother (fall from a trampoline) and is not, in my opinion, a non-accidental injury. The delay in seeking medical attention (about 18 hours) is a matter for the court.
Expert's declaration and statement of truth follow at section 12.
""", law="public", who="expert", src="upload scan")
t("expert-report", "en", """
{CLASS}
Psychiatric report on {father} (adult psychiatry)
Instructed under Part 25 FPR; joint instruction dated {dprev}
Diagnosis: bipolar affective disorder, currently in remission on lithium.
Risk: no evidence of risk to {child_first} while he remains concordant with medication. Relapse signature: sleeplessness, overspending.
Recommendations: continued CMHT follow-up; a relapse plan shared with the mother and the school.
{expert}, {expert_role}, GMC registered
I confirm that I have made clear which facts are within my own knowledge and which are not.
""", who="expert", src="upload scan")
t("expert-report", "cy", """
ASESIAD SEICOLEGOL O {mother_up}
Paratowyd ar gyfer {court_cy} – achos {case_no}
Gan {expert}, {expert_role}
1. Cyfarwyddiadau: llythyr cyfarwyddo ar y cyd dyddiedig {dprev_cy}.
2. Dogfennau a ddarllenwyd: adrannau A i F y bwndel.
3. Cyfweliadau: dau gyfweliad â {mother}; profion seicometrig.
4. Barn
4.1 Mae gan Ms {msur} symptomau sy'n gyson ag anhwylder straen wedi trawma cymhleth.
4.2 Byddai'n elwa o therapi am 12–18 mis.
4.3 Yn fy marn i, ni allai ofalu am {child_first} yn llawn amser o fewn amserlen y plentyn.
Datganiad yr arbenigwr: deallaf mai fy nyletswydd yw helpu'r llys.
""", law="public", who="expert", src="upload scan")
t("expert-report", "cy", """
Tudalen 14 o 38
ASESIAD GWAITH CYMDEITHASOL ANNIBYNNOL – {father}
7. Casgliadau ac atebion i'r cwestiynau
7.1 C1: A yw'r tad yn deall anghenion y plentyn? Ydy, i raddau helaeth.
7.2 C2: A yw'n derbyn y canfyddiadau? Yn rhannol.
7.3 C3: A all ofalu am {child_first} yn llawn amser? Yn fy marn i, gall, gyda chymorth yr awdurdod lleol o dan orchymyn goruchwylio am 12 mis.
{expert}, {expert_role}
""", law="public", who="expert", src="scan upload")
t("expert-report", "cy", """
{CLASS}
Adroddiad profion llinyn gwallt – cyf. labordy HS{ref}
Rhoddwr: {mother}   Casglwyd: {dprev_cy}   Achos: {case_no}
Segmentau: 0–1 cm, 1–2 cm, 2–3 cm (tua 3 mis)
Canlyniadau: cocên – heb ei ganfod; canabis – wedi'i ganfod yn y segment cyntaf yn unig; EtG (alcohol) – 8 pg/mg.
Dehongliad: mae'r canlyniadau'n gyson â defnydd achlysurol o ganabis yn y mis diwethaf, ac nid ydynt yn dangos yfed gormodol.
Gwyddonydd adrodd: {expert}
""", law="public", who="expert", src="upload scan")

# provider-report: reports and correspondence from commissioned services (child contact
# interventions, supervised contact centres, SPIP/Planning Together for Children, WT4C in
# Wales, DAPP): referral forms, session notes, progress and closing reports, attendance.
t("provider-report", "en", """
{provider}
Child Contact Intervention – closing report to {org}
Referral ref {ref}   Case {case_no}   FCA: {fca}
Sessions: 6 planned; 6 attended (dates {dprev} to {d0}), {centre}
Summary: {child_first} was initially reluctant to enter the room but by session 3 greeted {his} father warmly. The father planned activities well and followed staff guidance. One session ended early when the father raised the court case with {child_first}; this was discussed with him and not repeated.
Outcome: positive. Recommendation: progression to unsupervised daytime contact, handover at the centre for four weeks.
Signed: Contact Supervisor and Service Manager (sign-off completed as per National Commissioning Team procedures)
""", who="provider", src="upload scan")
t("provider-report", "en", """
Planning Together for Children – attendance confirmation
Participant: {father}   Case: {case_no}
Course dates: {dprev} (online, session 1) and {d0} (online, session 2)
Attendance: completed both sessions.
Participant feedback summary: reflected on the impact of conflict on children; committed to use a parenting app for communication.
This confirmation is issued to {org} and may be shared with the court.
""", who="provider", region="england", src="upload scan")
t("provider-report", "en", """
{CLASS}
Supervised contact record – session 4
{centre}, {town}
Date {d0}  Time {time}–{time2}  Supervisor: A. Morgan
Visiting parent: {father}   Child: {child_first}
Arrival: father on time; child brought by maternal grandmother.
Observations: warm greeting; played football in the garden; father brought a birthday present.
Concerns: none. The father asked about the child's new school; the supervisor reminded him of the ground rules.
Next session: {dhear}. Report sent to CAFCASS Cymru as referring agency.
""", who="provider", region="wales", src="scan upload")
t("provider-report", "en", """
Referral form – child contact intervention (completed by {org})
Provider: {provider}
Case: {case_no}   Referring FCA: {fca}   Date: {dprev}
Child: {child_first} ({child_age})   Resident parent: {mother}   Non-resident parent: {father}
Reason for referral: no contact for 14 months; court ordered CCI on {dprev}.
Risk information: no current risks preventing contact; historic police call-outs (2021).
Provider acceptance: accepted on {d0}; first session booked {dhear}.
""", who="provider", src="upload scan")
t("provider-report", "en", """
Domestic Abuse Perpetrator Programme – progress report
{provider}
Participant: {father}   Referral source: Cafcass (court-ordered)   Case {case_no}
Attendance: 18 of 26 group sessions; 3 individual sessions.
Engagement: initially minimised his behaviour; more recently acknowledged the effect of his controlling behaviour on his former partner and son.
Risk: partner support worker reports the former partner feels safer.
Recommendation: complete the remaining sessions before any increase in contact.
""", who="provider", src="upload scan")
t("provider-report", "cy", """
{provider}
Ymyriad Cyswllt Plant – adroddiad cau i CAFCASS Cymru
Cyf. atgyfeirio {ref}   Achos {case_no}   Ymgynghorydd: {fca}
Sesiynau: 6 wedi'u cynllunio; 6 wedi'u mynychu, {centre}
Crynodeb: roedd {child_first} yn amharod i ddod i mewn i'r ystafell ar y dechrau, ond erbyn y drydedd sesiwn cyfarchodd {ei_dad} yn gynnes. Cynlluniodd y tad weithgareddau'n dda.
Canlyniad: cadarnhaol. Argymhelliad: symud ymlaen i gyswllt yn ystod y dydd heb oruchwyliaeth.
Llofnodwyd gan y Goruchwyliwr Cyswllt a'r Rheolwr Gwasanaeth.
""", who="provider", src="upload scan")
t("provider-report", "cy", """
Gweithio Gyda'n Gilydd er mwyn Plant – cadarnhad presenoldeb
Cyfranogwr: {mother}   Achos: {case_no}
Dyddiadau'r cwrs: {dprev_cy} a {d0_cy}
Presenoldeb: wedi cwblhau'r ddwy sesiwn.
Adborth: myfyriodd ar effaith gwrthdaro ar blant; ymrwymodd i ddefnyddio ap ar gyfer cyfathrebu.
Anfonir y cadarnhad hwn at CAFCASS Cymru a gellir ei rannu â'r llys.
""", who="provider", src="upload scan")
t("provider-report", "cy", """
{CLASS}
Cofnod cyswllt dan oruchwyliaeth – sesiwn 4
{centre}, {town_cy}
Dyddiad {d0_cy}  Amser {time}–{time2}
Rhiant sy'n ymweld: {father}   Plentyn: {child_first}
Arsylwadau: cyfarchiad cynnes; chwarae pêl-droed yn yr ardd.
Pryderon: dim.
Sesiwn nesaf: {dhear_cy}. Anfonwyd yr adroddiad at CAFCASS Cymru fel yr asiantaeth a atgyfeiriodd.
""", who="provider", src="scan upload")

# cp-conference-minutes: minutes of an initial or review child protection conference (LA
# chaired by an independent chair/IRO): attendees and apologies, reports received, summary of
# discussion, decision (category: neglect/emotional/physical/sexual abuse), child protection
# plan, core group, review date; LA record class child protection.
t("cp-conference-minutes", "en", """
{LH_LA}
{CLASS}
Minutes – Initial Child Protection Conference
Child: {child} ({dob})   Date: {dprev}   Venue: Civic Centre, {town} / Teams
Chair: {iro}, Independent Chair
Present: {mother} (mother); {sw} (social worker); {hv} (health visitor); {teacher} (school); {collar} {officer} ({police})
Apologies: {father} (did not attend); GP (report received)
Reports received: social work conference report; school; health; police
Summary of discussion: the conference heard about domestic incidents at the home, the mother's low mood and {child_first}'s poor attendance.
Decision: {child_first} to be made subject to a child protection plan under the category of emotional abuse.
Core group: first meeting within 10 working days. Review conference: {dnext}.
Record class: Child Protection.
""", who="la", rc="child-protection", src="upload scan")
t("cp-conference-minutes", "en", """
Review child protection conference – minutes (extract pp. 1–3)
{council}
Children: {child}; {child2}
Date: {d0}   Chair: {iro}
Attendees: parents; {sw}; school nurse; {teacher}; IDVA from {da_service}
Progress against the plan: the father has left the home; the mother has engaged with the IDVA; attendance improved to 92%.
Views of the children: {child_first} told the social worker "it's calmer now".
Decision: the children are no longer at continuing risk of significant harm; child protection plans to end; step down to care and support plan (child in need).
""", who="la", region="wales", src="upload scan")
t("cp-conference-minutes", "en", """
{CLASS}
CHILD PROTECTION CONFERENCE
COL: Name of child: {child} || DOB: {dob}
COL: Conference type: Review || Date: {d0}
COL: Chair: {iro} || Minute taker: CP Unit
Agency reports: police (2 incidents since last conference), education, health.
Decision: continue the plan – category: neglect.
Outline plan: (1) parents to attend parenting course; (2) weekly home visits; (3) GP review of the mother's medication.
Next review: {dnext}
""", who="la", src="scan upload")
t("cp-conference-minutes", "en", """
Core group / child protection conference minutes received from {council}
Dear {fca},
As requested, please find below the decision page of the conference held on {dprev}; full minutes attached. Please note the minutes are confidential and must not be shared with family members without the chair's permission.
Decision: plan continues under category of physical abuse. Review in three months.
Kind regards, Child Protection Unit, {council}
""", part="email", who="la", subj="CP conference minutes - {child_first}")
t("cp-conference-minutes", "en", """
{LH_LA}
Minutes of the initial child protection conference held on {dprev}
Present: {iro} (Chair); {sw}; {mother}; {father}; {hv}; {teacher}; {fca} ({org}, attending as observer at the invitation of the chair)
1. Purpose of the conference was explained; the parents were given the reports 2 days before.
2. The police reported a domestic incident on {dold}; the father was charged with assault.
3. Decision: not unanimous; the chair decided a child protection plan is required – category physical abuse.
""", who="la", src="upload scan")
t("cp-conference-minutes", "cy", """
{LH_LA}
{CLASS}
Cofnodion – Cynhadledd Amddiffyn Plant Gychwynnol
Plentyn: {child} ({dob_cy})   Dyddiad: {dprev_cy}   Lleoliad: Canolfan Ddinesig {town_cy} / Teams
Cadeirydd: {iro}, Cadeirydd Annibynnol
Yn bresennol: {mother} (y fam); {sw} (gweithiwr cymdeithasol); {hv} (ymwelydd iechyd); {teacher} (ysgol); {heddlu}
Ymddiheuriadau: {father}
Crynodeb o'r drafodaeth: clywodd y gynhadledd am ddigwyddiadau domestig yn y cartref, hwyliau isel y fam a phresenoldeb gwael {child_first} yn yr ysgol.
Penderfyniad: rhoi enw {child_first} ar y gofrestr amddiffyn plant o dan y categori cam-drin emosiynol; cynllun amddiffyn plant.
Grŵp craidd: o fewn 10 diwrnod gwaith. Cynhadledd adolygu: {dnext_cy}.
Dosbarth cofnod: Amddiffyn Plant.
""", who="la", rc="child-protection", src="upload scan")
t("cp-conference-minutes", "cy", """
Cynhadledd adolygu amddiffyn plant – cofnodion
{cyngor}
Plant: {child}; {child2}
Dyddiad: {d0_cy}   Cadeirydd: {iro}
Cynnydd yn erbyn y cynllun: mae'r tad wedi gadael y cartref; mae'r fam wedi ymgysylltu â'r gwasanaeth cam-drin domestig; presenoldeb wedi gwella i 92%.
Barn y plant: dywedodd {child_first} wrth y gweithiwr cymdeithasol "mae'n dawelach nawr".
Penderfyniad: nid yw'r plant mwyach mewn perygl parhaus o niwed sylweddol; daw'r cynlluniau amddiffyn plant i ben; cynllun gofal a chymorth.
""", who="la", src="upload scan")
t("cp-conference-minutes", "cy", """
{CLASS}
CYNHADLEDD AMDDIFFYN PLANT
COL: Enw'r plentyn: {child} || Dyddiad geni: {dob_cy}
COL: Math: Adolygu || Dyddiad: {d0_cy}
COL: Cadeirydd: {iro} || Cofnodwr: Uned Amddiffyn Plant
Adroddiadau: yr heddlu, addysg, iechyd.
Penderfyniad: parhau â'r cynllun – categori: esgeulustod.
Adolygiad nesaf: {dnext_cy}
""", who="la", src="scan upload")

# agency-information: other agency documentation about the child/family obtained during the
# work: copies from the LA's file (chronology, assessment, LAC review), school reports and
# attendance, GP/CAMHS letters, health records, housing; not the screening reply itself.
t("agency-information", "en", """
{school}
Attendance and wellbeing summary – requested by {org}
Pupil: {child}   Year group: {child_age}   Date: {d0}
Attendance this academic year: 87.4% (authorised 6.1%, unauthorised 6.5%)
Late marks: 14, mostly Mondays.
Behaviour: no exclusions; two incidents of upset in class after weekends.
Wellbeing: receives ELSA sessions weekly; described by staff as bright and caring.
Safeguarding: no current concerns logged on CPOMS since {dold}.
Contact for the school: {teacher}, Designated Safeguarding Lead
""", who="school", src="upload scan")
t("agency-information", "en", """
{LH_NHS}
To whom it may concern
Re: {child} (DOB {dob})
I am writing at the request of the Family Court Adviser, with parental consent. {child_first} has been seen by the Child and Adolescent Mental Health Service since {dold} for anxiety. {He} attends fortnightly sessions with a clinical psychologist.
{His} anxiety is linked in {his} own account to worry about the conflict between {his} parents and to handovers. {He} has made good progress and is now sleeping better.
We would support arrangements that give {him} predictability and advance notice of changes.
Yours faithfully
Consultant Clinical Psychologist, CAMHS
""", who="nhs", src="upload scan")
t("agency-information", "en", """
{CLASS}
Looked After Child review – minutes (copy from the local authority's file)
Child: {child}   Review no.: 3   Date: {dprev}   IRO: {iro}
Placement: foster care, stable. Health: up to date. Education: PEP completed; attendance 97%.
Contact: mother twice weekly supervised; father monthly.
Child's views: {child_first} wants more contact with {his} brother.
Record class: Looked After Child.
""", who="la", law="public", rc="looked-after-child", src="upload scan")
t("agency-information", "en", """
{gp}
Summary of GP records – {mother}
Requested by {org} with the patient's signed consent
Relevant entries:
{dold}: low mood; started sertraline 50mg.
{dprev}: review; mood improved; no thoughts of self-harm.
No record of alcohol or drug misuse. No safeguarding codes on the children's records.
Dr A. Patel, GP partner
""", who="nhs", region="wales", src="upload scan")
t("agency-information", "en", """
Hi {fca_first},
Further to your call I attach the chronology from our file as agreed (covering {dold} to date) and our latest child and family assessment. The family are currently open to us on a care and support plan. Happy to talk before you file.
{sw}
Social Worker, {council}
""", part="email", who="la", region="wales", subj="{child_first} {csur} - chronology and assessment")
t("agency-information", "cy", """
{school}
Crynodeb presenoldeb a lles – cais gan CAFCASS Cymru
Disgybl: {child}   Dyddiad: {d0_cy}
Presenoldeb eleni: 87.4%
Marciau hwyr: 14, dydd Llun gan amlaf.
Ymddygiad: dim gwaharddiadau; dau ddigwyddiad o ofid yn y dosbarth ar ôl penwythnosau.
Lles: sesiynau ELSA wythnosol.
Diogelu: dim pryderon cyfredol ers {dold_cy}.
Cyswllt: {teacher}, Arweinydd Diogelu Dynodedig
""", who="school", src="upload scan")
t("agency-information", "cy", """
{LH_NHS}
At bwy bynnag a fo'n berthnasol
{child} (dyddiad geni {dob_cy})
Ysgrifennaf ar gais yr Ymgynghorydd Llys Teulu, gyda chaniatâd y rhieni. Mae {child_first} wedi bod yn cael gwasanaeth gan y Gwasanaeth Iechyd Meddwl Plant a'r Glasoed (CAMHS) ers {dold_cy} oherwydd gorbryder.
Mae {ei_deimladau} yn gysylltiedig â'r gwrthdaro rhwng y rhieni a'r trosglwyddo. Mae wedi gwneud cynnydd da.
Byddem yn cefnogi trefniadau sy'n rhoi sefydlogrwydd a rhybudd ymlaen llaw o newidiadau.
Yn gywir
Seicolegydd Clinigol Ymgynghorol, CAMHS
""", who="nhs", src="upload scan")
t("agency-information", "cy", """
{CLASS}
Adolygiad Plentyn sy'n Derbyn Gofal – cofnodion (copi o ffeil yr awdurdod lleol)
Plentyn: {child}   Adolygiad rhif: 3   Dyddiad: {dprev_cy}   Swyddog Adolygu Annibynnol: {iro}
Lleoliad: gofal maeth, sefydlog. Iechyd: cyfredol. Addysg: Cynllun Addysg Personol wedi'i gwblhau.
Cyswllt: y fam ddwywaith yr wythnos dan oruchwyliaeth.
Barn y plentyn: mae {child_first} am gael mwy o gyswllt â'i frawd/chwaer.
Dosbarth cofnod: Plentyn sy'n Derbyn Gofal.
""", who="la", law="public", rc="looked-after-child", src="upload scan")


# ============================== legal-advice ==============================
# legal-advice: privileged advice to the practitioner from Cafcass Legal (in Wales, Welsh
# Government Legal Services for CAFCASS Cymru): whether to apply, r16.4 appointment, appeals,
# disclosure, jurisdiction; marked legally privileged, not to be disclosed.
t("legal-advice", "en", """
LEGALLY PRIVILEGED – NOT FOR DISCLOSURE
Cafcass Legal
Advice note to: {fca}, {role}, {team}   Copy: {manager}, Service Manager
From: {lawyer}, Solicitor, Cafcass Legal
Case: {case_name} {case_no}   Date: {d0}
Question: whether Cafcass should invite the court to appoint a children's guardian under rule 16.4 FPR.
Advice
1. The test is whether it is in the child's best interests to be made a party (PD16A para 7.2). Relevant factors here include the implacable hostility, the serious allegations of alienating behaviour and the conflict between the parents' expert evidence.
2. In my view the case meets the threshold. You should file a position statement inviting the court to make the appointment and identify a solicitor from the children panel.
3. If the court declines, you may ask for a short addendum report instead.
Please do not place this advice in any bundle. It is covered by legal professional privilege.
""", who="legal", src="upload tree")
t("legal-advice", "en", """
Hi {fca_first},
Thanks for sending the draft order. My advice, briefly:
- Paragraph 3 (directing Cafcass to supervise contact) is outside our statutory functions; we cannot be ordered to supervise contact. Please raise this with the court at the hearing and refer to our practice note.
- If the judge insists, ask for the matter to be adjourned for Cafcass Legal to make submissions.
- The rest of the order is fine.
This e-mail is legally privileged. Please save it to the legal advice folder only.
Regards
{lawyer}
Senior Lawyer, Cafcass Legal
""", part="email", who="legal", region="england", subj="Privileged: {case_no} draft order")
t("legal-advice", "en", """
PRIVILEGED AND CONFIDENTIAL – LEGAL ADVICE
Welsh Government Legal Services – advice to CAFCASS Cymru
To: {fca}, Family Court Adviser; {manager}, Practice Manager
Re: {case_no} – request by the father's solicitor for the FCA's case notes
1. The notes are not automatically disclosable. Disclosure of Cafcass records is governed by the court's directions and s.12 Administration of Justice Act 1960.
2. You should decline the request and inform the solicitor that any application must be made to the court on notice to CAFCASS Cymru.
3. If an application is made, CAFCASS Cymru may ask to redact third party information (e.g. school and police information).
{lawyer}, Lawyer
""", who="legal", region="wales", src="upload tree")
t("legal-advice", "en", """
Subject: Advice – appeal against the final order
{fca},
You asked whether Cafcass should appeal the order of {judge} dated {dhear}, which departed from your recommendation without giving reasons.
My view is that there is an arguable ground (failure to give adequate reasons for departing from the FCA's recommendation). However, an appeal is rarely in the child's interests where the order is workable. I suggest you ask the judge for clarification of the reasons under the Re A procedure before deciding.
Time limit for an appeal: 21 days from {dhear}.
Legally privileged.
{lawyer}, Cafcass Legal
""", who="legal", src="upload tree")
t("legal-advice", "en", """
{CLASS}
Legal advice record (privileged)
Adviser: {lawyer}, Cafcass Legal   Practitioner: {fca}   Date: {d0}
Issue: the mother has asked the FCA not to share her new address with the court. The father's solicitors have asked for it.
Advice: the address should be provided to the court only on form C8. The FCA's report must not contain it. If the court orders disclosure, Cafcass Legal should be informed.
Action: none required before the hearing. Advice to be kept in the legal advice folder and not disclosed on a subject access request.
""", who="legal", src="upload tree")
t("legal-advice", "cy", """
BREINTIEDIG YN GYFREITHIOL – NID I'W DATGELU
Gwasanaethau Cyfreithiol Llywodraeth Cymru – cyngor i CAFCASS Cymru
At: {fca}, {role_cy}; copi at {manager}, Rheolwr Ymarfer
Oddi wrth: {lawyer}, Cyfreithiwr
Achos: {case_no}   Dyddiad: {d0_cy}
Cwestiwn: a ddylai CAFCASS Cymru wahodd y llys i benodi gwarcheidwad o dan reol 16.4.
Cyngor
1. Y prawf yw a yw er lles pennaf y plentyn iddo gael ei wneud yn barti. Mae'r ffactorau perthnasol yn cynnwys y gwrthdaro difrifol a'r honiadau o ddieithrio.
2. Yn fy marn i, mae'r achos yn bodloni'r prawf. Dylech ffeilio datganiad safbwynt yn gwahodd y llys i wneud y penodiad.
Peidiwch â rhoi'r cyngor hwn mewn unrhyw fwndel. Mae'n destun braint broffesiynol gyfreithiol.
""", who="legal", src="upload tree")
t("legal-advice", "cy", """
Helo {fca_first},
Diolch am anfon y gorchymyn drafft. Dyma fy nghyngor yn fyr:
- Mae paragraff 3 (yn cyfarwyddo CAFCASS Cymru i oruchwylio cyswllt) y tu hwnt i'n swyddogaethau statudol. Dylech godi hyn gyda'r llys yn y gwrandawiad.
- Os bydd y barnwr yn mynnu, gofynnwch am ohiriad er mwyn i ni wneud cyflwyniadau.
Mae'r e-bost hwn yn freintiedig yn gyfreithiol. Cadwch ef yn y ffolder cyngor cyfreithiol yn unig.
Cofion
{lawyer}
Cyfreithiwr, Gwasanaethau Cyfreithiol Llywodraeth Cymru
""", part="email", who="legal", subj="Breintiedig: {case_no} gorchymyn drafft")
t("legal-advice", "cy", """
BREINTIEDIG A CHYFRINACHOL – CYNGOR CYFREITHIOL
At: {fca}, Ymgynghorydd Llys Teulu
Ynghylch: {case_no} – cais gan gyfreithiwr y tad am nodiadau achos yr ymgynghorydd
1. Nid yw'r nodiadau yn ddatgeladwy'n awtomatig.
2. Dylech wrthod y cais a dweud wrth y cyfreithiwr fod rhaid gwneud unrhyw gais i'r llys, gan roi rhybudd i CAFCASS Cymru.
3. Os gwneir cais, gall CAFCASS Cymru ofyn am gael golygu gwybodaeth trydydd parti.
{lawyer}, Cyfreithiwr
""", who="legal", src="upload tree")

# solicitor-correspondence: correspondence between the guardian and the child's solicitor
# (instructed by the guardian): draft documents for comment, instructions, updates after
# hearings, attendance notes sent to the guardian, advice on the child's position.
t("solicitor-correspondence", "en", """
{LH_FIRM}
Our ref: {sol_child}/{ref}
{d0}
{fca}, Children's Guardian, {org}
Privileged and confidential
Dear {fca}
{child} – {case_no}
Thank you for your instructions following the advocates' meeting. I attach a draft position statement for the IRH on {dhear} for your approval.
In summary the local authority now agrees to a further assessment of the paternal grandmother. I advise that you support that, given your view that a kinship option has not been properly explored.
Please let me have your comments by Friday. I will file the position statement on Monday.
Yours sincerely
{sol_child}
Solicitor for the child
""", law="public", who="sol_c", src="upload scan")
t("solicitor-correspondence", "en", """
Dear {fca},
Quick update from today's hearing (you were excused): the judge approved the timetable. The final hearing is listed for {dnext}. The judge wants your final analysis 7 days before.
The mother's counsel indicated she will seek a further psychological assessment; I said you would oppose because of delay. Please confirm that remains your instruction.
Attendance note attached.
Kind regards
{sol_child}
{firm_child}
""", part="email", who="sol_c", law="public", subj="{child_first} {csur} - outcome of hearing today")
t("solicitor-correspondence", "en", """
Hi {sol_child},
Thanks for the draft. Instructions:
1. I support the care plan for long-term fostering but not the reduction in contact to monthly; please argue for fortnightly.
2. I agree to the ISW's extension of time.
3. Please ask the LA to file the updated LAC review minutes.
I'll be available by phone on the morning of the hearing.
{fca}, Children's Guardian

> From: {sol_child}
> Sent: {dprev}
> Please find attached the draft case summary. Grateful for your instructions.
""", part="email", who="caf", law="public", subj="RE: Draft case summary {case_no}")
t("solicitor-correspondence", "en", """
{LH_FIRM}
Attendance note – for the guardian
Client: {child} (through the guardian)
Date: {d0}   Attendee: {sol_child}   Time: 1 hr 10 min
Attending {child_first} at the foster placement to explain the proceedings. {child_first} ({child_age}) asked whether {he} can instruct me directly. I explained the position. My view is that {he} is not yet of sufficient understanding to instruct me separately from the guardian; I will keep this under review.
Sent to {fca} for information.
""", law="public", who="sol_c", region="wales", src="upload scan")
t("solicitor-correspondence", "en", """
{LH_FIRM}
Dear {fca}
Separate representation – {child_first}
Further to our meeting, I write to confirm my view that {child_first}, who is now 14, is able to give instructions on {his} own account and that those instructions conflict with your recommendation. I will therefore take instructions from {child_first} directly from today (FPR r16.29).
You will need to consider whether to instruct separate representation for yourself; I suggest you contact your legal team.
Yours sincerely
{sol_child}
""", law="public", who="sol_c", src="upload scan")
t("solicitor-correspondence", "cy", """
{LH_FIRM}
Ein cyf: {ref}
{d0_cy}
{fca}, Gwarcheidwad Plant, CAFCASS Cymru
Preifat a chyfrinachol
Annwyl {fca}
{child} – {case_no}
Diolch am eich cyfarwyddiadau yn dilyn cyfarfod yr eiriolwyr. Amgaeaf ddatganiad safbwynt drafft ar gyfer y gwrandawiad datrys materion ar {dhear_cy}, i chi ei gymeradwyo.
Yn gryno, mae'r awdurdod lleol bellach yn cytuno i asesiad pellach o'r nain ar ochr y tad. Fy nghyngor yw y dylech gefnogi hynny.
Anfonwch eich sylwadau ataf erbyn dydd Gwener.
Yn gywir
{sol_child}
Cyfreithiwr y plentyn
""", law="public", who="sol_c", src="upload scan")
t("solicitor-correspondence", "cy", """
Annwyl {fca},
Diweddariad cyflym o'r gwrandawiad heddiw: cymeradwyodd y barnwr yr amserlen. Mae'r gwrandawiad terfynol wedi'i restru ar gyfer {dnext_cy}. Mae'r barnwr am gael eich dadansoddiad terfynol saith diwrnod ymlaen llaw.
Dywedodd bargyfreithiwr y fam y bydd hi'n gofyn am asesiad seicolegol pellach; dywedais y byddech yn gwrthwynebu oherwydd oedi. Cadarnhewch mai dyna'ch cyfarwyddyd o hyd.
Cofion
{sol_child}
{firm_child}
""", part="email", who="sol_c", law="public", subj="{child_first} – canlyniad y gwrandawiad heddiw")
t("solicitor-correspondence", "cy", """
Helo {sol_child},
Diolch am y drafft. Cyfarwyddiadau:
1. Rwy'n cefnogi'r cynllun gofal ar gyfer gofal maeth hirdymor ond nid y gostyngiad yn y cyswllt i unwaith y mis; dadleuwch dros bob pythefnos.
2. Rwy'n cytuno i'r estyniad amser i'r gweithiwr cymdeithasol annibynnol.
{fca}, Gwarcheidwad Plant
""", part="email", who="caf", law="public", subj="ATB: Crynodeb achos drafft {case_no}")

# legal-call-note: the practitioner's note of a telephone call or meeting with Cafcass Legal,
# the child's solicitor or another lawyer they instructed: date, who, advice given, actions.
t("legal-call-note", "en", """
{CLASS}
Note of telephone call – Cafcass Legal
Date {d0}  Time {time}  Duration 20 minutes
Practitioner: {fca}   Lawyer: {lawyer}, Cafcass Legal
Reason for call: the court has asked Cafcass to supervise a handover; advice sought.
Advice given: Cafcass cannot be directed to supervise contact; the FCA should explain this to the court and offer alternatives (contact centre, family member). If pressed, seek an adjournment for legal submissions.
Action: FCA to draft a short position statement; lawyer to review by 4pm.
Privileged – legal advice folder.
""", who="caf", src="upload tree")
t("legal-call-note", "en", """
Telephone note – call with child's solicitor
{case_no}   {d0}
Spoke to {sol_child} ({firm_child}). Discussed the LA's revised care plan. {sol_child} advised the guardian's position on placement with the grandmother is "well-founded" and that the LA is likely to concede at the IRH. Agreed the guardian would not file further evidence. {sol_child} will circulate a draft order.
{fca}, Children's Guardian
""", law="public", who="caf", src="upload tree")
t("legal-call-note", "en", """
Record of meeting with lawyer (advocates' meeting preparation)
Date {dprev}, Teams, 45 mins
Present: {fca} (Guardian); {sol_child} (child's solicitor)
1. Threshold: solicitor advised the findings sought on physical abuse are unlikely to be made; the guardian should not rely on them.
2. Instructions given: support the mother's request for a residential assessment.
3. Next steps: solicitor to attend the advocates' meeting on {d0}.
""", law="public", who="caf", region="wales", src="upload tree")
t("legal-call-note", "en", """
Legal call record
COL: Practitioner: {fca} || Lawyer: {lawyer}
COL: Date: {d0} || Mode: Telephone
Issue: father's solicitor seeks the FCA's notes; advice that the request should be declined and any application made to the court; no action needed until then.
Note made by the FCA the same day. Not for disclosure.
""", who="caf", src="scan upload tree")
t("legal-call-note", "en", """
Note of call with Cafcass Legal re: the judge's request for a rule 16.4 appointment
{case_no}
{lawyer} confirmed that the court can appoint a guardian from Cafcass's rule 16.4 service; the service manager needs to confirm capacity. The lawyer advised me to tell the court the estimated allocation time (6 weeks) and to recommend the appointment only if the child's welfare requires it.
{fca}, {d0}
""", who="caf", region="england", src="upload tree")
t("legal-call-note", "cy", """
{CLASS}
Nodyn o alwad ffôn gyda'r cyfreithiwr
Dyddiad {d0_cy}  Amser {time}  Hyd 20 munud
Ymarferydd: {fca}   Cyfreithiwr: {lawyer}, Gwasanaethau Cyfreithiol Llywodraeth Cymru
Rheswm dros yr alwad: mae'r llys wedi gofyn i CAFCASS Cymru oruchwylio trosglwyddo; gofynnwyd am gyngor.
Cyngor a roddwyd: ni ellir cyfarwyddo CAFCASS Cymru i oruchwylio cyswllt; dylai'r ymgynghorydd esbonio hyn i'r llys a chynnig dewisiadau eraill.
Cam gweithredu: yr ymgynghorydd i baratoi datganiad safbwynt byr.
Breintiedig – ffolder cyngor cyfreithiol.
""", who="caf", src="upload tree")
t("legal-call-note", "cy", """
Nodyn ffôn – galwad gyda chyfreithiwr y plentyn
{case_no}   {d0_cy}
Siaradais â {sol_child} ({firm_child}). Trafodwyd cynllun gofal diwygiedig yr awdurdod lleol. Cynghorodd {sol_child} fod safbwynt y gwarcheidwad ynghylch lleoli gyda'r nain yn gadarn. Cytunwyd na fyddai'r gwarcheidwad yn ffeilio tystiolaeth bellach.
{fca}, Gwarcheidwad Plant
""", law="public", who="caf", src="upload tree")
t("legal-call-note", "cy", """
Cofnod cyfarfod gyda'r cyfreithiwr
Dyddiad {dprev_cy}, Teams, 45 munud
Yn bresennol: {fca} (Gwarcheidwad); {sol_child} (cyfreithiwr y plentyn)
1. Trothwy: cynghorodd y cyfreithiwr nad yw'r canfyddiadau ynghylch cam-drin corfforol yn debygol o gael eu gwneud.
2. Cyfarwyddiadau: cefnogi cais y fam am asesiad preswyl.
3. Camau nesaf: y cyfreithiwr i fynychu cyfarfod yr eiriolwyr ar {d0_cy}.
""", law="public", who="caf", src="upload tree")

# ============================== further-information ==============================
# thank-you-card: a card from a parent, child or family thanking the practitioner; scanned
# (front picture caption, message inside). informal-contact: other informal contact from a
# family member or child after or outside the work: Christmas card, postcard, photo update,
# a note "just letting you know", a text or message not about the proceedings.
t("thank-you-card", "en", """
[front] THANK YOU  (flowers)
[inside]
Dear {fca_first},
Thank you so much for everything you did for me and {child_first}. You listened when nobody else did. {child_first} is so much happier now and sees {his} dad every other weekend without any problems.
We will never forget you.
Love {mum_first} and {child_first} xx
""", who="parent", src="scan")
t("thank-you-card", "en", """
Thank you for helping my family
to {fca_first}
from {child_first}
[drawing of a rainbow and two houses]
you are the best
""", who="parent", src="scan")
t("thank-you-card", "en", """
[card] With Thanks
Dear {fca},
I just wanted to say thank you. I know I was angry at the start and I didn't make it easy. You were fair to me and you explained things. I see the kids every weekend now. Thanks for giving me a chance.
{dad_first}
""", who="parent", region="wales", src="scan")
t("thank-you-card", "en", """
Hi {fca_first}, I'm sending this as an e-card because I don't have your address. Thank you for all your help with the court case. The judge agreed with everything you said and {child_first} is settled. All the best for the future.
{mother}
[e-card: "Thank You" – sent via Moonpig]
""", part="email", who="parent", subj="Thank you!")
t("thank-you-card", "en", """
To all the staff at the {town} office
Thank you for looking after us on the day of court. The lady on reception made {child_first} a hot chocolate and found colouring pencils. It made a scary day a bit easier.
From {gran} and family
""", who="parent", src="scan")
t("thank-you-card", "cy", """
[blaen] DIOLCH  (blodau)
[tu mewn]
Annwyl {fca_first},
Diolch o galon am bopeth wnaethoch chi i mi ac i {child_first}. Roeddech chi'n gwrando pan nad oedd neb arall. Mae {child_first} gymaint hapusach nawr ac yn gweld {ei_dad} bob yn ail benwythnos heb unrhyw broblem.
Cofion cynnes
{mum_first} a {child_first} xx
""", who="parent", src="scan")
t("thank-you-card", "cy", """
Diolch am helpu fy nheulu i
i {fca_first}
oddi wrth {child_first}
[llun o enfys a dau dŷ]
ti ydy'r gorau
""", who="parent", src="scan")
t("thank-you-card", "cy", """
[cerdyn] Gyda diolch
Annwyl {fca},
Eisiau dweud diolch oeddwn i. Dw i'n gwybod fy mod i'n flin ar y dechrau. Roeddech chi'n deg efo fi ac yn egluro pethau. Dw i'n gweld y plant bob penwythnos rŵan. Diolch am roi cyfle i mi.
{dad_first}
""", who="parent", src="scan")

t("informal-contact", "en", """
Hi {fca_first}, hope you don't mind me messaging. Just wanted to let you know {child_first} got into the football academy!! {He} said to tell you because you asked {him} about football. Things are going ok with the arrangements. Have a good summer.
{mum_first}
""", part="email", who="parent", subj="good news")
t("informal-contact", "en", """
[postcard – Tenby harbour]
Dear {fca_first}
We are on holiday with Dad! The sea is freezing. I went crabbing and caught 7 crabs. Dad says hello.
From {child_first}
""", who="parent", src="scan")
t("informal-contact", "en", """
Merry Christmas to {fca_first} and everyone at {org}
from {child_first}, {child2_first} and {mum_first}
Photo enclosed of the kids in their nativity costumes
""", who="parent", region="wales", src="scan")
t("informal-contact", "en", """
Hello,
I am {child}'s mum. I found your card in {child_first}'s school bag from last year. {He} is doing really well now and asked me to say hi. No need to reply, I know the case is finished.
Best wishes
{mother}
""", part="email", who="parent", subj="Hi from {child_first}")
t("informal-contact", "en", """
Note left at reception, {town} office, {d0}
For {fca} – from {gran}
Just dropping in some of the cakes {child_first} made for you. {He} wanted you to have them. We are all keeping well.
[reception note: cakes shared with the team; note scanned for the file]
""", who="parent", src="scan")
t("informal-contact", "cy", """
Helo {fca_first}, gobeithio nad oes ots gennych fy mod i'n anfon neges. Eisiau dweud bod {child_first} wedi cael lle yn yr academi bêl-droed!! Dywedodd wrtha i am ddweud wrthych chi. Mae'r trefniadau'n mynd yn iawn. Mwynhewch yr haf.
{mum_first}
""", part="email", who="parent", subj="newyddion da")
t("informal-contact", "cy", """
[cerdyn post – harbwr Aberaeron]
Annwyl {fca_first}
Rydyn ni ar wyliau efo dad! Mae'r môr yn oer iawn. Mi ddaliais i 7 cranc. Mae dad yn dweud helo.
Oddi wrth {child_first}
""", who="parent", src="scan")
t("informal-contact", "cy", """
Nadolig Llawen i {fca_first} a phawb yn CAFCASS Cymru
oddi wrth {child_first}, {child2_first} a {mum_first}
Llun amgaeedig o'r plant yng ngwisgoedd sioe'r Nadolig
""", who="parent", src="scan")

# ============================== court-bundle ==============================
# court-bundle: the electronic/paper bundle (PD27A): index with sections A (preliminaries),
# B (applications and orders), C (statements), D (reports incl. Cafcass), E (experts), F (other);
# pagination like A1, B23, C84 in headers/footers; pages lifted out of a bundle keep that.
t("court-bundle", "en", """
{HDR}
{PARTIES}
INDEX TO BUNDLE – for the hearing on {dhear}
Section A – Preliminary documents
A1–A3   Case summary (agreed)
A4–A6   Position statement – applicant
A7–A9   Position statement – respondent
Section B – Applications and orders
B1–B22  C100 and C1A
B23–B30 Orders
Section C – Statements
C1–C18  Statement of the mother
C19–C30 Statement of the father
Section D – Cafcass
D1–D6   Safeguarding letter
D7–D28  Section 7 report ({fca})
Section E – Police disclosure
E1–E40  {police} disclosure
Bundle prepared by {firm_m} in accordance with PD27A. Total pages: 212.
""", who="sol_p", src="upload tree")
t("court-bundle", "en", """
C84                                                       {case_no}
... and on that occasion the father refused to return {child_first} until the police attended. I exhibit the messages at page C86.
14. Since the last hearing the father has missed three contact sessions.
15. I ask the court to make the order set out in my position statement.
Statement of truth ...
C85
""", src="scan upload")
t("court-bundle", "en", """
{CLASS}
CORE BUNDLE – DIGITAL (CaseLines)
Case {case_no}  {case_name}
Index
Preliminary – A1 to A12
Applications, orders – B1 to B44
Local authority evidence – C1 to C210
Parents' evidence – D1 to D64
Guardian – E1 to E30
Experts – F1 to F190
Other documents – G1 to G75
Total: 625 pages. This bundle is for the final hearing on {dnext} only.
""", law="public", who="la", src="upload tree")
t("court-bundle", "en", """
Page B23
{HDR}
ORDER
... (this page is part of the paginated bundle; the order at B23–B26)
B24
""", region="wales", src="scan upload")
t("court-bundle", "en", """
Dear all,
Please find attached the paginated bundle for the hearing on {dhear}. Index at pages 1–3. Please let me know by 4pm tomorrow if anything is missing.
Section D contains the Cafcass report (D7–D28).
Regards
{firm_m}
[bundle.pdf – 212 pages]
Page 1: INDEX – A Preliminary, B Applications & Orders, C Statements, D Reports, E Other
""", part="email", who="sol_p", subj="Bundle for hearing {dhear} - {case_no}")
t("court-bundle", "cy", """
{HDR}
{PARTIES}
MYNEGAI I'R BWNDEL – ar gyfer y gwrandawiad ar {dhear_cy}
Adran A – Dogfennau rhagarweiniol
A1–A3   Crynodeb o'r achos
A4–A6   Datganiad safbwynt – ceisydd
Adran B – Ceisiadau a gorchmynion
B1–B22  C100 a C1A
B23–B30 Gorchmynion
Adran C – Datganiadau
C1–C18  Datganiad y fam
Adran D – CAFCASS Cymru
D1–D6   Adroddiad Ymholiadau Diogelu
D7–D28  Adroddiad adran 7 ({fca})
Paratowyd y bwndel gan {firm_m} yn unol â PD27A. Cyfanswm: 212 tudalen.
""", who="sol_p", src="upload tree")
t("court-bundle", "cy", """
C84                                                       {case_no}
... ac ar yr achlysur hwnnw gwrthododd y tad ddychwelyd {child_first} nes i'r heddlu gyrraedd. Rwy'n arddangos y negeseuon ar dudalen C86.
14. Ers y gwrandawiad diwethaf mae'r tad wedi colli tair sesiwn gyswllt.
15. Gofynnaf i'r llys wneud y gorchymyn a nodir yn fy natganiad safbwynt.
C85
""", src="scan upload")
t("court-bundle", "cy", """
BWNDEL CRAIDD – DIGIDOL
Achos {case_no}
Mynegai
Rhagarweiniol – A1 i A12
Ceisiadau a gorchmynion – B1 i B44
Tystiolaeth yr awdurdod lleol – C1 i C210
Tystiolaeth y rhieni – D1 i D64
Y Gwarcheidwad – E1 i E30
Arbenigwyr – F1 i F190
Cyfanswm: 625 tudalen. Ar gyfer y gwrandawiad terfynol ar {dnext_cy} yn unig.
""", law="public", who="la", src="upload tree")

# ============================== police-information ==============================
# pnc-disclosure: Police National Computer record supplied to Cafcass: convictions, cautions,
# warning signals, with offence dates, courts and disposals ("No trace" also possible).
# police-callouts: a log of domestic/incident call-outs at an address or for named people
# (incident numbers, dates, summary, outcome, DASH risk level). police-check: the police
# safeguarding check response to Cafcass (local intelligence, PVP, markers, "no trace").
t("pnc-disclosure", "en", """
{LH_POL}
{CLASS}
PNC Print – Disclosure to {org}
Subject: {father}   PNC ID: {year}/{ref}X   CRO: {ref}/{year}
CONVICTIONS
1. {dold} – {town} Magistrates' Court – Assault by beating (Criminal Justice Act 1988 s.39) – Community order 12 months; Building Better Relationships requirement; restraining order 2 years.
2. 2017 – Driving with excess alcohol – fine £400; disqualified 18 months.
CAUTIONS / REPRIMANDS: 2015 – Possession of cannabis – caution.
WARNING SIGNALS: VIOLENT.
{DP_POL}
""", who="police", src="upload scan")
t("pnc-disclosure", "en", """
POLICE NATIONAL COMPUTER – RECORD OF CONVICTIONS
Name: {mother}   Searched: {d0}   Request ref: {pol_ref}
RESULT: NO TRACE on PNC for the subject on the details provided (name and date of birth).
Note: a no trace result does not mean the person has not come to police notice locally; local systems have been checked separately.
{DP_POL}
""", who="police", region="wales", src="upload scan")
t("pnc-disclosure", "en", """
Summary of convictions – {partner}
Court Date | Court | Offence | Disposal
{dold} | Crown Court at {town} | Section 20 wounding | 2 years imprisonment
2018 | {town} Magistrates | Breach of non-molestation order | 12 weeks suspended
2016 | {town} Magistrates | Criminal damage | conditional discharge
Warning markers: weapons, domestic violence
OFFICIAL-SENSITIVE – for family proceedings {case_no} only
""", who="police", src="scan upload")
t("pnc-disclosure", "en", """
Good afternoon,
PNC disclosure for {father} attached, as requested for case {case_no}. The subject has 3 convictions for 5 offences. No cautions. Please note the 2019 conviction relates to a previous partner, not the mother in these proceedings.
Please do not forward outside the secure network.
Regards,
Disclosure Unit, {police}
""", part="email", who="police", subj="PNC result - {case_no}")
t("pnc-disclosure", "cy", """
{LH_POL}
{CLASS}
Allbrint PNC – datgelu i CAFCASS Cymru
Gwrthrych: {father}   ID PNC: {year}/{ref}X
EUOGFARNAU
1. {dold_cy} – Llys Ynadon {town_cy} – Ymosod drwy guro – Gorchymyn cymunedol 12 mis; gorchymyn atal 2 flynedd.
2. 2017 – Gyrru gyda gormod o alcohol – dirwy £400; gwaharddiad 18 mis.
RHYBUDDIADAU: 2015 – Meddu ar ganabis – rhybuddiad.
ARWYDDION RHYBUDD: TREISGAR.
{DP_POL}
""", who="police", src="upload scan")
t("pnc-disclosure", "cy", """
CYFRIFIADUR CENEDLAETHOL YR HEDDLU – COFNOD EUOGFARNAU
Enw: {mother}   Chwiliwyd: {d0_cy}   Cyf. y cais: {pol_ref}
CANLYNIAD: DIM COFNOD ar y PNC ar gyfer y gwrthrych ar sail y manylion a roddwyd.
Nodyn: nid yw canlyniad "dim cofnod" yn golygu nad yw'r person yn hysbys i'r heddlu yn lleol.
{DP_POL}
""", who="police", src="upload scan")
t("pnc-disclosure", "cy", """
Prynhawn da,
Amgaeir datgeliad PNC ar gyfer {father}, fel y gofynnwyd ar gyfer achos {case_no}. Mae gan y gwrthrych 3 euogfarn am 5 trosedd. Dim rhybuddiadau.
Peidiwch ag anfon ymlaen y tu allan i'r rhwydwaith diogel.
Cofion,
Uned Datgelu, {heddlu}
""", part="email", who="police", subj="Canlyniad PNC – {case_no}")
t("pnc-disclosure", "en", """
Page 2 of 2   PNC PHOENIX PRINT   {CLASS}
OFFENCES (continued)
4. Harassment (Protection from Harassment Act 1997 s.2) – {dold} – fine and restraining order (indefinite) protecting {mother}
IMPRISONMENT: none
PENDING PROSECUTIONS: none
END OF PRINT
""", who="police", src="scan")

t("police-callouts", "en", """
{LH_POL}
{CLASS}
Domestic incident history – address: {addr_m}
Requested by {org} – {case_no}
Incident no. | Date | Summary | Outcome | DASH
{occ} | {dold} | Verbal argument between {mother} and {father}; child present asleep | Words of advice | Standard
{occ}A | 2022 | Report of shouting; female with cut lip | Male arrested, NFA (victim withdrew) | Medium
{occ}B | {dprev} | Male refusing to leave after contact handover | Left on police arrival | Standard
Children linked to incidents: {child_first} ({dob}). PPN submitted on each occasion.
{DP_POL}
""", who="police", src="upload scan")
t("police-callouts", "en", """
Storm / incident log extract
Ref {occ}   Received {dprev} 22:14   Caller: female, {addr_m}
22:14 caller states ex-partner outside banging door, children inside
22:19 unit 4B assigned
22:31 officers on scene, male located, appears intoxicated
22:50 male removed, given words of advice, no offences disclosed
23:05 DASH completed: standard. Child Protection Notification (PPN) raised for {child_first}.
Closed 23:20
""", who="police", region="wales", src="scan upload")
t("police-callouts", "en", """
Dear {fca},
Please see below a list of call-outs relating to the parties for the period requested.
1. {dold} – concern for welfare – {mother} – no crime
2. 2022 – domestic (verbal) – both parties – no further action
3. {dprev} – breach of the peace at handover, car park – {father} warned
We hold no further records.
Regards
Public Protection Unit, {police}
""", part="email", who="police", subj="RE: call-outs {case_no}")
t("police-callouts", "en", """
CALL-OUT HISTORY – {father} and {mother}
COL: Date || Nature
COL: {dold} || DA – verbal
COL: 2022 || DA – physical, arrest, NFA
COL: {dprev} || Dispute at handover
COL: {d0} || Concern for welfare of child
Total incidents: 4 (last 3 years). Risk assessment at last incident: medium.
OFFICIAL-SENSITIVE
""", who="police", src="scan")
t("police-callouts", "cy", """
{LH_POL}
{CLASS}
Hanes digwyddiadau domestig – cyfeiriad: {addr_m}
Cais gan CAFCASS Cymru – {case_no}
Rhif digwyddiad | Dyddiad | Crynodeb | Canlyniad | DASH
{occ} | {dold_cy} | Dadl ar lafar rhwng {mother} a {father}; plentyn yn bresennol | Cyngor | Safonol
{occ}A | 2022 | Adroddiad o weiddi; menyw â gwefus wedi'i thorri | Dyn wedi'i arestio, dim camau pellach | Canolig
{occ}B | {dprev_cy} | Dyn yn gwrthod gadael ar ôl trosglwyddo | Gadawodd pan gyrhaeddodd yr heddlu | Safonol
Plant sy'n gysylltiedig: {child_first} ({dob_cy}).
{DP_POL}
""", who="police", src="upload scan")
t("police-callouts", "cy", """
Annwyl {fca},
Gweler isod restr o alwadau sy'n ymwneud â'r partïon ar gyfer y cyfnod y gofynnwyd amdano.
1. {dold_cy} – pryder am les – {mother} – dim trosedd
2. 2022 – domestig (ar lafar) – y ddau barti – dim camau pellach
3. {dprev_cy} – torri'r heddwch wrth drosglwyddo – rhybudd i {father}
Nid oes gennym gofnodion pellach.
Cofion
Uned Diogelu'r Cyhoedd, {heddlu}
""", part="email", who="police", subj="ATB: galwadau {case_no}")
t("police-callouts", "cy", """
Dyfyniad o'r log digwyddiadau
Cyf {occ}   Derbyniwyd {dprev_cy} 22:14   Galwr: menyw, {addr_m}
22:14 galwr yn dweud bod cyn-bartner y tu allan yn curo'r drws, plant y tu mewn
22:19 uned wedi'i hanfon
22:31 swyddogion yn y fan a'r lle, dyn wedi'i ganfod, ymddangos yn feddw
22:50 dyn wedi'i symud, cyngor wedi'i roi
23:05 DASH: safonol. Hysbysiad amddiffyn plant ar gyfer {child_first}.
""", who="police", src="scan upload")

t("police-check", "en", """
{LH_POL}
Response to {org} safeguarding enquiry (private law – first hearing)
Your ref: {case_no}   Our ref: {pol_ref}   Date: {d0}
Persons checked: {mother}; {father}; {partner}
Local systems (Niche/PND):
- {mother}: victim in 2 domestic incidents (2021, 2022). Not recorded as a suspect.
- {father}: suspect in the above; arrested 2022, NFA. Intelligence: none relevant.
- {partner}: no trace.
Child protection (PVP) referrals: 2 (2021, 2022) – shared with {council}.
Information is provided under the Cafcass/police information sharing protocol.
{DP_POL}
""", who="police", src="upload scan")
t("police-check", "en", """
Good morning,
Result of safeguarding check – case {case_no}
All named parties: NO TRACE on local police systems and PNC.
This response is valid at the date of checking only.
Kind regards
Family Court Disclosure Team
{police}
This e-mail may contain OFFICIAL-SENSITIVE information. If received in error, please notify the sender and delete.
""", part="email", who="police", region="wales", subj="RE: CAFCASS Cymru police check {case_no}")
t("police-check", "en", """
{CLASS}
Safeguarding check – family court (WTFH)
Subject 1: {father} – TRACE – local records: harassment of previous partner reported {dold}; warning issued. Firearms licence: none.
Subject 2: {mother} – TRACE – reported a breach of a non-molestation order {dprev}; under investigation.
Children: {child_first} – linked to 1 PVP referral.
Checks completed by: Disclosure Officer, {police}
Retention note for recipient: police information to be held in the police information folder only.
""", who="police", src="scan upload")
t("police-check", "en", """
Police safeguarding response – page 1 of 1
Force: {police}   Requestor: {team}   Date received: {dprev}   Date replied: {d0}
Names: {mother} (DOB given) / {father} (DOB given) / {gran}
Result: Mother – no trace. Father – trace: 1 domestic-related incident, see summary. Grandmother – no trace.
Summary: {dold}: argument at {addr_f}, verbal only, no offences.
""", who="police", src="scan")
t("police-check", "cy", """
{LH_POL}
Ymateb i ymholiad diogelu CAFCASS Cymru (cyfraith breifat – gwrandawiad cyntaf)
Eich cyf: {case_no}   Ein cyf: {pol_ref}   Dyddiad: {d0_cy}
Unigolion a wiriwyd: {mother}; {father}; {partner}
Systemau lleol:
- {mother}: dioddefwr mewn 2 ddigwyddiad domestig (2021, 2022).
- {father}: sydd dan amheuaeth yn y digwyddiadau uchod; arestiwyd 2022, dim camau pellach.
- {partner}: dim cofnod.
Atgyfeiriadau amddiffyn plant: 2 – wedi'u rhannu â {cyngor}.
{DP_POL}
""", who="police", src="upload scan")
t("police-check", "cy", """
Bore da,
Canlyniad y gwiriad diogelu – achos {case_no}
Pob parti a enwir: DIM COFNOD ar systemau lleol yr heddlu nac ar y PNC.
Mae'r ymateb hwn yn ddilys ar ddyddiad y gwiriad yn unig.
Cofion
Tîm Datgelu'r Llys Teulu
{heddlu}
Gall yr e-bost hwn gynnwys gwybodaeth SWYDDOGOL-SENSITIF.
""", part="email", who="police", subj="ATB: Gwiriad heddlu CAFCASS Cymru {case_no}")
t("police-check", "cy", """
{CLASS}
Gwiriad diogelu – llys teulu
Gwrthrych 1: {father} – COFNOD – aflonyddu ar gyn-bartner {dold_cy}; rhybudd wedi'i roi.
Gwrthrych 2: {mother} – COFNOD – adroddodd achos o dorri gorchymyn rhag molestu {dprev_cy}; ymchwiliad ar y gweill.
Plant: {child_first} – yn gysylltiedig ag 1 atgyfeiriad amddiffyn plant.
Cwblhawyd gan: Swyddog Datgelu, {heddlu}
""", who="police", src="scan upload")

# ============================== null: not for any case file ==============================
NULL = []


def n(lang, text, part="doc", who="other", subj=None, src=None):
    NULL.append(dict(kind=None, n=len(NULL) + 1, lang=lang, text=text.strip("\n"), part=part, who=who, rc=None,
                     src=src, subj=subj, law="private", region=None))


n("en", """
Thank you for your e-mail. I am out of the office until {dhear} with no access to e-mails. For urgent case matters please contact the duty practitioner on 0300 456 4000.
Diolch am eich e-bost. Rydw i allan o'r swyddfa tan {dhear_cy}. Ar gyfer materion brys, cysylltwch â'r ymarferydd ar ddyletswydd.
""", part="email", who="caf", subj="Automatic reply: {case_no}")
n("cy", """
Allan o'r swyddfa / Out of office
Rydw i ar wyliau blynyddol tan {dhear_cy}. Ni fydd negeseuon e-bost yn cael eu hanfon ymlaen. / I am on annual leave until {dhear}. E-mails will not be forwarded.
""", part="email", who="caf", subj="Ateb awtomatig: Allan o'r swyddfa")
n("en", """
IT Service Desk – ACTION REQUIRED
Your mailbox password expires in 2 days. To keep your account, click the link below and confirm your credentials.
http://mailbox-verify-secure.example/login
If you do not act, your e-mails will be deleted.
IT Support Team
""", part="email", who="spam", subj="Password expiry notice")
n("en", """
{town} office – canteen menu, week commencing {d0}
Monday: jacket potatoes with chilli or beans; soup of the day (leek and potato)
Tuesday: chicken curry, vegetable korma, rice
Wednesday: roast of the day
Thursday: pasta bake
Friday: fish and chips
All dishes can be made gluten free on request. Prices unchanged.
""", src="scan")
n("en", """
FIRE ALARM TEST
The fire alarm will be tested every Wednesday at 10:30. You do not need to leave the building unless the alarm sounds for longer than 30 seconds. Fire marshals: please check your floor.
Facilities Management
""", src="scan")
n("cy", """
Prawf larwm tân / Fire alarm test
Bydd y larwm tân yn cael ei brofi bob dydd Mercher am 10:30. Nid oes angen i chi adael yr adeilad oni bai bod y larwm yn canu am fwy na 30 eiliad.
Rheoli Cyfleusterau
""", src="scan")
n("en", """
Staff newsletter – {year}
In this issue: new ECMS release notes; wellbeing week; long service awards; the Welsh language champions network; parking changes at {town}.
ECMS: the new release on Saturday will mean the system is unavailable from 8am to 2pm.
Wellbeing: yoga sessions on Teams every Thursday lunchtime.
Long service: congratulations to colleagues reaching 20 years.
""", part="email", who="other", subj="Staff newsletter")
n("cy", """
Cylchlythyr staff CAFCASS Cymru
Yn y rhifyn hwn: wythnos llesiant; rhwydwaith hyrwyddwyr y Gymraeg; newidiadau i'r maes parcio; hyfforddiant newydd ar gofnodi.
Llesiant: sesiynau ioga ar Teams bob dydd Iau amser cinio.
Y Gymraeg: mae gwersi Cymraeg am ddim ar gael i bob aelod o staff drwy Dysgu Cymraeg.
""", part="email", who="other", subj="Cylchlythyr staff")
n("en", """
Microsoft Teams meeting
Team meeting – monthly practice development
Join on your computer, mobile app or room device
Meeting ID: 392 114 775 22   Passcode: Xk4Ry2
Agenda: 1. Welcome 2. Audit findings 3. Training dates 4. AOB
""", part="email", who="other", subj="Team meeting - practice development")
n("en", """
SCANNER TEST PAGE
Resolution 300 dpi   Colour   Duplex
ABCDEFGHIJKLMNOPQRSTUVWXYZ
abcdefghijklmnopqrstuvwxyz 0123456789
If you can read this line the scanner is working correctly.
Device: SKM C308   Location: {town} office, 2nd floor
""", src="scan")
n("en", """
Mileage claim form
Name: {fca}   Month: {d0}
Date | From | To | Purpose | Miles
{dprev} | Office | Home visit | Casework | 24
{d0} | Office | Court | Casework | 18
Total miles: 42   Rate: 45p   Total: £18.90
Signed ...... Approved by manager ......
""", src="scan upload")
n("en", """
Delivery note – stationery order 48213
A4 paper x 10 reams; black ballpoint pens x 50; document wallets x 100; toner cartridge x 2
Delivered to: Reception, {town} office
Received by: ________
""", src="scan")
n("cy", """
Hysbysiad i'r staff
Bydd y swyddfa ar gau ddydd Llun Gŵyl y Banc. Cofiwch gloi eich cypyrddau a diffodd eich cyfrifiaduron cyn gadael ddydd Gwener.
Diolch, Rheolwr y Swyddfa
""", src="scan")
n("en", """
Training invitation: Domestic abuse and coercive control – practice update
Date: {dhear}, 09:30–12:30, online
Places are limited. Please book through the learning portal by Friday. This training counts towards your CPD.
Learning and Development Team
""", part="email", who="other", subj="Training: domestic abuse practice update")
n("en", """
Car park permit renewal
Your permit for the {town} office car park expires at the end of the month. Please complete the attached form and return it to Facilities with a copy of your vehicle registration document.
""", part="email", who="other", subj="Car park permits")
n("cy", """
Hyfforddiant: cofnodi achosion yn Gymraeg
Dyddiad: {dhear_cy}, 10:00–12:00, ar-lein
Mae'r sesiwn hon ar gyfer ymarferwyr sy'n dymuno cofnodi yn Gymraeg ar IRIS. Archebwch eich lle drwy'r porth dysgu.
Tîm Dysgu a Datblygu
""", part="email", who="other", subj="Hyfforddiant – cofnodi yn Gymraeg")
n("en", """
Read: {case_no} - report filed
Your message was read on {d0} at {time}.
""", part="email", who="caf", subj="Read: report filed")
n("en", """
[blank page]
.
""", src="scan")


# ---- further English templates (long forms, Welsh bodies included) ----
t("case-plan-review", "en", """
{LH}
Case plan – review at the point of filing (quality assurance)
Case {case_no}   Practitioner {fca}   Manager {manager}   Date {d0}
1. Have all planned actions been completed? Yes, except the second observation of contact, which the centre cancelled; the reason is explained in the report at paragraph 19.
2. Was the child seen and heard? Yes – twice, once alone. {child_first}'s views are recorded in the direct work folder.
3. Did any new risk emerge after the plan was made? Yes: the father's new partner has a conviction for violence (police information received {dprev}). The plan was updated and the manager informed on the same day.
4. Is the analysis linked to the evidence gathered? Yes, with one gap: the school's view is second-hand. Accepted.
5. Decision: the report may be filed. The plan is closed for this stage; a new plan will be opened if a Family Assistance Order is made.
Signed off: {manager}, Service Manager
""", src="upload tree scan")
t("letter-to-court", "en", """
{CLASS}
{LH}
{REFS}
To the Legal Adviser / District Judge
{court_short}
Dear Sir or Madam
{case_name} – the mother's C2 application dated {dprev}
I was the Family Court Adviser in these proceedings until the final order of {dold}. The court has sent me the mother's application and asked whether {org} has anything to add before the without-notice hearing.
I have not had any contact with the family since the final order and I do not hold any information more recent than my report. I am therefore not in a position to comment on the current allegations. If the court considers a further report necessary, I would ask for a direction that the police disclose the incident of {d0} first, so that the report is based on up-to-date information.
This letter is provided in place of a report and I do not propose to attend unless directed.
Yours faithfully
{SIG}
""", region="wales", src="scan upload")
t("addendum-report", "en", """
{HDR}
{PARTIES}
SUPPLEMENTARY ANALYSIS OF THE CHILDREN'S GUARDIAN
Following receipt of the expert evidence
1. The guardian filed her final analysis on {dprev}. Since then the court has received the psychological report of {expert} and the updated parenting assessment.
2. The expert concludes that the mother could make the changes needed, but not within {child_first}'s timescales. The guardian accepts that conclusion.
3. The guardian's recommendation is therefore unchanged: care and placement orders. The guardian adds a recommendation that sibling contact with {child2_first} be at least four times a year.
4. The guardian has discussed the report with {child_first} in terms suitable for {his} age.
{fca}, Children's Guardian, {d0}
""", law="public", region="england", src="upload scan")
t("child-meets-judge", "en", """
{CLASS}
{HDR}
Agreed note of the meeting of {child} with the judge (Guidelines for Judges Meeting Children, FJC 2010)
1. The meeting took place on {d0} in the judge's room. Present: {judge}; {child_first}; {fca} of {org}, who took this note. Neither parent was present.
2. The judge explained that she was not there to ask questions about what had happened, that she would be making the decision, and that what {child_first} said would be shared with {his} mum and dad.
3. {child_first} told the judge that {he} liked living with {his} grandmother and did not want to change school. {He} said {he} would like to see {his} mum "at the weekends, at Nan's house".
4. {child_first} asked if {he} could write to the judge again. The judge said yes, through {fca}.
5. The meeting lasted 15 minutes. The note was read back to the judge and agreed.
""", src="upload scan")
t("police-callouts", "en", """
{LH_POL}
Disclosure of incident history – family proceedings
Requested by: {org}, {team}   Case: {case_no}   Period: 3 years to {d0}
Persons: {mother} (M1); {father} (M2)
1. {occ} – {dold} – 02:10 – 999 call from neighbour, shouting from flat. Officers attended; M1 and M2 arguing; children asleep. No offences; DASH standard; PPN submitted.
2. {occ}C – 2022 – 18:45 – M1 reports M2 refusing to return child after contact. Child returned 20:30 after officers spoke to M2. Advice given.
3. {occ}D – {dprev} – 16:05 – M2 reports M1 assaulted him at handover. M1 interviewed voluntarily; NFA (insufficient evidence).
End of disclosure. Officer: {collar} {officer}, Public Protection Unit
{DP_POL}
""", who="police", region="wales", src="upload scan")
t("police-check", "en", """
{LH_POL}
{CLASS}
Family court safeguarding enquiry – police response
Cafcass reference: {case_no}   Date of request: {dprev}   Date of response: {d0}
The following checks were completed: PNC; Police National Database (PND); local intelligence; domestic abuse records; child protection referrals; firearms licensing.
1. {father}: PNC – no convictions. Local – intelligence (graded) that he associates with persons involved in drug supply; not suitable for disclosure in detail. Domestic abuse – suspect in one incident (2022), NFA.
2. {mother}: no trace.
3. {partner}: PNC – see separate disclosure. Flagged as a registered sex offender management case: disclosure to the court must be by the Public Protection Unit only.
Please contact the Disclosure Officer before sharing this response with any party.
{DP_POL}
""", who="police", src="upload scan")


# ============================== rendering ==============================
DOCNAMES = {
    "contact-log": (["Contact log", "Contact log export", "Case activity log"], ["Log cyswllt", "Cofnodion yr achos"]),
    "wtfh-outcome": (["WTFH outcome form", "FHDRA outcome"], ["Ffurflen canlyniad WTFH", "Canlyniad FHDRA"]),
    "detailed-recording": (["Home visit notes", "Interview notes", "Detailed recording"], ["Cofnod cyswllt manwl", "Nodiadau cyfweliad"]),
    "welcome-letter": (["Welcome letter", "Welcome letter to respondent"], ["Llythyr croeso"]),
    "letter-to-parties": (["Letter to parties", "Appointment letter"], ["Llythyr at y partïon", "Llythyr apwyntiad"]),
    "letter-from-party": (["Letter from father", "Letter from mother", "Email from mother"], ["Llythyr gan barti", "Llythyr gan y tad"]),
    "correspondence": (["Correspondence", "Letter from solicitors", "Email from court"], ["Gohebiaeth", "Llythyr gan gyfreithwyr"]),
    "case-plan": (["Case plan"], ["Cynllun achos"]),
    "case-plan-review": (["Case plan review", "Case plan update"], ["Adolygiad cynllun achos"]),
    "la-checks": (["LA checks", "Local authority checks response"], ["Gwiriadau awdurdod lleol"]),
    "screening-response": (["MARAC response", "Probation response", "Screening response"], ["Ymateb sgrinio"]),
    "safety-assessment": (["Risk assessment", "Safety plan"], ["Asesiad diogelwch", "Asesiad risg"]),
    "safeguarding-letter": (["Safeguarding letter", "SER"], ["Llythyr diogelu", "Adroddiad Ymholiadau Diogelu"]),
    "section-7-report": (["Section 7 report", "s7 report"], ["Adroddiad adran 7"]),
    "guardian-analysis": (["Guardian's final analysis", "Initial analysis"], ["Dadansoddiad y gwarcheidwad plant"]),
    "letter-to-court": (["Letter to court", "End of FAO letter"], ["Llythyr at y llys"]),
    "addendum-report": (["Addendum report", "Addendum s7 report"], ["Adroddiad atodol"]),
    "letter-from-child": (["Letter from child", "Letter from " + "{child_first}"], ["Llythyr gan y plentyn"]),
    "child-drawing": (["Drawing by child", "Childs drawing"], ["Llun gan y plentyn"]),
    "direct-work-record": (["Direct work", "Wishes and feelings session"], ["Cofnod gwaith uniongyrchol"]),
    "child-meets-judge": (["Note of child meeting judge"], ["Nodyn o gyfarfod y plentyn a'r barnwr"]),
    "court-order": (["Court order", "Final order", "Interim care order"], ["Gorchymyn llys"]),
    "directions-order": (["Directions order", "Order FHDRA", "CMO"], ["Gorchymyn cyfarwyddiadau"]),
    "application": (["C100", "C1A", "Application"], ["Cais", "Cais C100"]),
    "position-statement": (["Position statement", "PS mother"], ["Datganiad sefyllfa"]),
    "witness-statement": (["Witness statement", "Statement of mother"], ["Datganiad tyst"]),
    "previous-cafcass": (["Previous Cafcass information", "Previous case report"], ["Gwybodaeth Cafcass flaenorol"]),
    "letter-of-instruction": (["Letter of instruction", "LOI"], ["Llythyr cyfarwyddo"]),
    "expert-report": (["Expert report", "Psychological assessment"], ["Adroddiad arbenigol"]),
    "provider-report": (["Contact centre report", "CCI report"], ["Adroddiad darparwr gwasanaeth"]),
    "cp-conference-minutes": (["CP conference minutes", "ICPC minutes"], ["Cofnodion cynhadledd amddiffyn plant"]),
    "agency-information": (["School information", "CAMHS letter", "Agency information"], ["Gwybodaeth asiantaeth"]),
    "legal-advice": (["Legal advice"], ["Cyngor cyfreithiol"]),
    "solicitor-correspondence": (["Childs solicitor correspondence", "Letter from childs solicitor"], ["Gohebiaeth gyda chyfreithiwr y plentyn"]),
    "legal-call-note": (["Note of call with Cafcass Legal", "Legal call note"], ["Nodyn o alwad gyda chyfreithiwr"]),
    "thank-you-card": (["Thank you card"], ["Cerdyn diolch"]),
    "informal-contact": (["Informal contact", "Postcard from child"], ["Cyswllt anffurfiol"]),
    "court-bundle": (["Court bundle", "Bundle index"], ["Bwndel llys"]),
    "pnc-disclosure": (["PNC disclosure", "PNC"], ["Datgeliad PNC"]),
    "police-callouts": (["Police call out log", "Police callouts"], ["Log galwadau'r heddlu"]),
    "police-check": (["Police check", "Police safeguarding check"], ["Gwiriad diogelu'r heddlu"]),
}
ATT_SUBJ_EN = ["{case_no}", "", "Documents – {case_no}", "{case_name} {case_no}", "FW: {case_no}", "Secure: {case_no} {child_first}",
               "scan", "As requested", "{case_no} – please see attached", "RE: your request {case_no}"]
ATT_SUBJ_CY = ["{case_no}", "", "Dogfennau – {case_no}", "YML: {case_no}", "Fel y gofynnwyd", "Gweler yr atodiad – {case_no}",
               "ATB: eich cais {case_no}"]


def sender(c, who, rng):
    town_l = c["town_l"]
    f = lambda name: ".".join(slug(p) for p in name.split()[:2])
    if who == "caf":
        return f"{f(c['fca'])}@{c['orgdom']}"
    if who == "caf_bs":
        return rng.choice([f"intake.{slug(c['team'].split()[-1])}@{c['orgdom']}", f"businessservices.{town_l}@{c['orgdom']}"])
    if who == "court":
        return rng.choice([f"family.{town_l}@justice.gov.uk", f"{town_l}.familycourt@justice.gov.uk",
                           f"{town_l}.fpc.listing@justice.gov.uk"])
    if who == "la":
        return rng.choice([f"{f(c['sw'])}@{c['dom']}", f"mash@{c['dom']}", f"childrens.services@{c['dom']}"])
    if who == "police":
        pd = c["pdom"]
        if rng.random() < 0.4:
            pd = pd.replace(".police.uk", ".pnn.police.uk")
        return rng.choice([f"disclosure.unit@{pd}", f"ppu.family@{pd}", f"{f(c['officer'])}@{pd}"])
    if who == "nhs":
        return f"{f(c['hv'])}@{c['nhsdom']}"
    if who == "sol_c":
        return f"{f(c['sol_child'])}@{c['firmdom']}"
    if who == "sol_p":
        return f"{f(c['sol_m'])}@{slug(c['firm_m'].split()[0])}law.co.uk"
    if who == "parent":
        return f"{slug(rng.choice([c['mum_first'], c['dad_first'], c['gran'].split()[0]]))}{rng.randint(1, 99)}@{rng.choice(WEBMAIL)}"
    if who == "school":
        return rng.choice([f"{f(c['teacher'])}@hwbcymru.net" if c["wales"] else f"dsl@{slug(c['school'][:14])}.sch.uk",
                           f"admin@{slug(c['school'][:14])}.sch.uk"])
    if who == "provider":
        return f"referrals@{slug(c['provider'].split()[0])}.org.uk"
    if who == "legal":
        return f"{f(c['lawyer'])}@{'gov.wales' if c['wales'] else 'cafcass.gov.uk'}"
    if who == "expert":
        return f"{slug(c['expert'].split()[-1])}@{slug(c['expert'].split()[-1])}consulting.co.uk"
    if who == "marac":
        return f"marac.coordinator@{c['dom']}"
    if who == "probation":
        return f"{f(c['officer'])}@justice.gov.uk"
    if who == "da":
        return f"idva@{slug(c['da_service'].split()[0])}.org.uk"
    if who == "spam":
        return "it-helpdesk@mailbox-verify-secure.example"
    return rng.choice([f"learning@{c['orgdom']}", f"facilities@{c['orgdom']}", f"newsletter@{c['orgdom']}",
                       f"noreply@{c['orgdom']}"])


DISC = {
    "en": ["This e-mail and any files transmitted with it are confidential and intended solely for the use of the addressee. If you have received it in error please notify the sender and delete it. Any views expressed are those of the author. Communications may be monitored.",
           "OFFICIAL-SENSITIVE. This message has been sent securely. If you are not the intended recipient you must not copy, distribute or take any action in reliance on it.",
           "Sent from my iPhone"],
    "cy": ["Mae'r neges e-bost hon ac unrhyw ffeiliau a anfonir gyda hi yn gyfrinachol ac wedi'u bwriadu ar gyfer y derbynnydd yn unig. Os cawsoch hi mewn camgymeriad, rhowch wybod i'r anfonwr a'i dileu.",
           "Croesewir gohebiaeth yn Gymraeg a byddwn yn ateb yn Gymraeg heb oedi. We welcome correspondence in Welsh.",
           "Anfonwyd o fy iPhone"],
}
PRE = {
    "en": ["RECEIVED {d0} – {town} office – scanned by Business Services", "FAX TRANSMISSION – page 1 of 3 – from {town}",
           "This document was uploaded via the secure portal on {d0}. Do not print. Store in the case file only.",
           "*** COPY ***", "Printed: {d0} {time}  User: BSO2  Workstation: {code}-SCAN-04"],
    "cy": ["DERBYNIWYD {d0_cy} – swyddfa {town_cy} – sganiwyd gan Gymorth Busnes", "*** COPI ***",
           "Llwythwyd y ddogfen hon drwy'r porth diogel ar {d0_cy}. Peidiwch ag argraffu."],
}


def do_cols(text, mode):
    out, lefts, rights = [], [], []

    def flush():
        if mode == "down":
            out.extend(lefts)
            out.extend(rights)
        lefts.clear()
        rights.clear()
    for line in text.split("\n"):
        if line.startswith("COL: "):
            left, _, right = line[5:].partition(" || ")
            if mode == "across":
                out.append(f"{left}      {right}")
            elif mode == "tab":
                out.append(f"{left}\t{right}")
            else:
                lefts.append(left)
                rights.append(right)
        else:
            flush()
            out.append(line)
    flush()
    return "\n".join(out)


def add_pages(text, lang, c, rng):
    lines = text.split("\n")
    m = 2 if len(lines) < 22 else 3
    size = -(-len(lines) // m)
    head = rng.choice([f"{c['case_no']}    OFFICIAL-SENSITIVE", f"{c['org']} – {c['case_no']}",
                       "SWYDDOGOL – SENSITIF   " + c["case_no"] if lang == "cy" else f"{c['court_short']}  {c['case_no']}"])
    out = []
    for i in range(m):
        chunk = lines[i * size:(i + 1) * size]
        if not chunk:
            continue
        if i > 0:
            out.append(head)
        out.extend(chunk)
        pg = (f"Tudalen {i + 1} o {m}" if lang == "cy" else f"Page {i + 1} of {m}")
        if lang == "cy" and rng.random() < 0.4:
            pg = f"Tudalen / Page {i + 1} o / of {m}"
        out.append(pg)
    return "\n".join(out)


def ocr_noise(text, rng, level):
    circ = str.maketrans({"ŵ": "w", "ŷ": "y", "â": "a", "ê": "e", "î": "i", "ô": "o", "û": "u", "Ŵ": "W", "Ŷ": "Y"})
    if rng.random() < 0.8:
        text = text.translate(circ) if rng.random() < 0.6 else "".join(
            ch.translate(circ) if rng.random() < 0.6 else ch for ch in text)
    lines_out = []
    for line in text.split("\n"):
        words = line.split(" ")
        nw = []
        for w in words:
            r = rng.random()
            if r < level:
                op = rng.randrange(9)
                if op == 0 and "m" in w:
                    w = w.replace("m", "rn", 1)
                elif op == 1 and "rn" in w:
                    w = w.replace("rn", "m", 1)
                elif op == 2 and "l" in w:
                    w = w.replace("l", "1", 1)
                elif op == 3 and "O" in w:
                    w = w.replace("O", "0", 1)
                elif op == 4 and "cl" in w:
                    w = w.replace("cl", "d", 1)
                elif op == 5 and "fi" in w:
                    w = w.replace("fi", "ﬁ", 1)
                elif op == 6 and len(w) > 6:
                    k = rng.randint(2, len(w) - 2)
                    w = w[:k] + " " + w[k:]
                elif op == 7 and "I" in w:
                    w = w.replace("I", "l", 1)
                elif op == 8:
                    w = w + rng.choice(["'", ",", ".", "~", "`"])
            nw.append(w)
        line = " ".join(nw)
        if rng.random() < level:
            line = rng.choice(["| ", "' ", "~ ", "• ", ". "]) + line
        # re-wrap long lines as the page did, with hyphenation at some breaks
        while len(line) > 78:
            cut = rng.randint(58, 74)
            if line[cut] != " " and line[cut - 1] != " " and rng.random() < 0.5:
                lines_out.append(line[:cut] + "-")
                line = line[cut:]
            else:
                sp = line.rfind(" ", 0, cut)
                if sp < 20:
                    break
                lines_out.append(line[:sp])
                line = line[sp + 1:]
        lines_out.append(line)
    return "\n".join(lines_out)


def pick_source(tpl, rng):
    if tpl["part"] == "email":
        return "email", "email"
    opts = (tpl["src"] or "scan upload tree").split()
    weights = {"scan": 6, "upload": 2, "tree": 2}
    choices = [(o, weights[o]) for o in opts] + [("attachment", 4)]
    tot = sum(w for _, w in choices)
    r = rng.uniform(0, tot)
    for o, w in choices:
        r -= w
        if r <= 0:
            break
    if o == "attachment":
        return "attachment", "email"
    return "document", o


def file_name(kind, lang, part, source, c, rng, conventional):
    if conventional and kind is not None:
        en, cy = DOCNAMES[kind]
        dn = rng.choice(cy if lang == "cy" else en).format_map(c)
        return f"{c['case_name']} - {c['case_no']} - {dn}.pdf"
    d = c["d0_date"]
    if part == "email":
        return rng.choice(["message.eml", f"{rng.randint(10000, 99999)}.eml", "Outlook item.msg", "email.eml"])
    if source == "scan":
        return rng.choice([f"scan_{rng.randint(1, 9999):04d}.pdf", f"SKM_C308{d.strftime('%y%m%d')}{rng.randint(100000, 999999)}.pdf",
                           f"doc{rng.randint(10000000, 99999999)}.pdf", f"Scan {d.strftime('%d %b %Y')}.pdf",
                           f"IMG_{rng.randint(1000, 9999)}.jpg", f"Sganio_{rng.randint(1, 999):03d}.pdf", f"page{rng.randint(1, 40)}.tif"])
    if source == "email":
        return rng.choice([f"ATT{rng.randint(1, 99):05d}.pdf", "image001.png", f"Document ({rng.randint(1, 9)}).pdf",
                           "Dogfen1.docx" if lang == "cy" else "Document1.docx", f"{rng.randint(1000000, 9999999)}.pdf",
                           f"WhatsApp Image {d.isoformat()} at {rng.randint(10, 23)}.{rng.randint(10, 59)}.jpeg", "Final v2.pdf"])
    if source == "upload":
        return rng.choice([f"upload_{rng.randint(1, 9999)}.pdf", "download.pdf", f"file{rng.randint(1, 99)}.pdf",
                           f"{d.strftime('%Y%m%d')}_{rng.randint(100, 999)}.pdf"])
    return rng.choice(["New Microsoft Word Document.docx", f"misc {rng.randint(1, 9)}.doc", "NOTES.doc",
                       f"{c['csur'][:3].upper()}{rng.randint(1, 20)}.doc", "Copy of file.rtf", "Dogfen Newydd.docx"])


def render(tpl, slot, conventional_pick):
    kind = tpl["kind"]
    tid = tpl["n"]
    rng = random.Random(f"{SEED}:{kind}:{slot}:{tid}")
    lang = tpl["lang"]
    if lang == "cy" or tpl["region"] == "wales":
        welsh_region = True
    elif tpl["region"] == "england":
        welsh_region = False
    else:
        welsh_region = rng.random() < 0.35
    c = make_case(rng, welsh_region, tpl["law"])
    c["town_l"] = slug(c["town"])
    c["fca_first"] = c["fca"].split()[0]
    c["fca_email"] = f"{'.'.join(slug(p) for p in c['fca'].split())}@{c['orgdom']}"
    c["mother_up"] = c["mother"].upper()
    c["gp"] = rng.choice(["Meddygfa'r Bont", "Parkside Medical Centre", "Canolfan Iechyd y Dref", "Riverside Surgery"])
    c.update(blocks(c, lang, rng))
    steps = []
    rc_set = tpl["rc"]
    text = tpl["text"].format_map(c)
    part, source = pick_source(tpl, rng)
    subject, snd = "", ""
    if part == "email":
        subject = (tpl["subj"] or "").format_map(c)
        snd = sender(c, tpl["who"], rng)
        if rng.random() < 0.2 and kind is not None:
            subject = ""
        if rng.random() < 0.55:
            steps.append("hdr")
            if lang == "cy":
                hdr = f"Oddi wrth: {snd}\nAnfonwyd: {c['d0_cy']} {c['time']}\nAt: {c['fca_email']}\nPwnc: {subject}"
            else:
                hdr = f"From: {snd}\nSent: {c['d0']} {c['time']}\nTo: {c['fca_email']}\nSubject: {subject}"
            text = hdr + "\n\n" + text
        if rng.random() < 0.55:
            steps.append("disc")
            text += "\n\n" + rng.choice(DISC[lang][:2] if tpl["who"] != "parent" else DISC[lang][2:])
        if kind is not None and "-----" not in text and "> " not in text and rng.random() < 0.25:
            steps.append("thread")
            if lang == "cy":
                text += (f"\n\n-----Neges wreiddiol-----\nOddi wrth: {c['fca']}\nAnfonwyd: {c['dprev_cy']}\n"
                         f"Pwnc: {c['case_no']}\n> Diolch am eich neges. Byddaf yn cysylltu eto cyn bo hir.")
            else:
                text += (f"\n\n-----Original Message-----\nFrom: {c['fca']}\nSent: {c['dprev']}\nSubject: {c['case_no']}\n"
                         f"> Thank you for your message. I will come back to you shortly.")
    else:
        if part == "attachment":
            snd = sender(c, tpl["who"], rng)
            subject = rng.choice(ATT_SUBJ_CY if (lang == "cy" and rng.random() < 0.8) else ATT_SUBJ_EN).format_map(c)
        # columns
        if "COL: " in text:
            mode = rng.choice(["across", "down"]) if source == "scan" else "tab"
            text = do_cols(text, mode)
            steps.append("cols-" + mode)
        elif "COL: " in tpl["text"]:
            pass
        if kind is not None and rng.random() < 0.4:
            text = rng.choice(PRE[lang]).format_map(c) + "\n" + text
            steps.append("pre")
        if kind is not None and rng.random() < 0.5 and "{DP" not in tpl["text"] and "{CONF}" not in tpl["text"]:
            foot = c["CONF"] if kind in ("section-7-report", "safeguarding-letter", "addendum-report", "guardian-analysis",
                                         "position-statement", "witness-statement", "court-bundle") else c["DP"]
            if kind in ("la-checks", "cp-conference-minutes"):
                foot = c["DP_LA"]
            if kind in ("pnc-disclosure", "police-callouts", "police-check"):
                foot = c["DP_POL"]
            text += "\n" + foot
            steps.append("foot")
        if tpl["who"] == "la" and not tpl["rc"] and kind is not None and rng.random() < 0.4:
            rc = rng.choice(RC_BY_KIND.get(kind, ["other-childrens-social-care"]))
            en_l, cy_l, en_p, cy_p = RC_LABEL[rc]
            line = (f"Dosbarth cofnod: {cy_l} – cadw {cy_p}" if lang == "cy"
                    else rng.choice([f"Record class: {en_l} – retention {en_p}", f"File type (retention schedule): {en_l}"]))
            text = text + "\n" + line if rng.random() < 0.6 else line + "\n" + text
            rc_set = rc
            steps.append("status")
        if source in ("scan", "upload") and text.count("\n") > 9 and rng.random() < 0.4:
            text = add_pages(text, lang, c, rng)
            steps.append("hf")
        if source == "scan" and rng.random() < 0.5:
            text = ocr_noise(text, rng, rng.choice([0.03, 0.05, 0.08]))
            steps.append("ocr")
    conventional = conventional_pick and kind is not None
    fn = file_name(kind, lang, part, source, c, rng, conventional)
    if conventional:
        steps.append("conv-name")
    rec = dict(kind=kind, language=lang, part=part, source=source, file_name=fn, sender=snd, subject=subject,
               text=text.strip())
    if rc_set:
        rec["record_class"] = rc_set
    rec["recipe"] = f"{kind or 'null'}#{tid:02d}" + ("+" + "+".join(steps) if steps else "")
    return rec


RC_LABEL = {
    "child-protection": ("Child Protection", "Amddiffyn Plant", "35 years from closure", "am 35 mlynedd o'r dyddiad cau"),
    "looked-after-child": ("Looked After Child", "Plentyn sy'n Derbyn Gofal", "75 years after 18th birthday",
                           "am 75 mlynedd ar ôl pen-blwydd 18 oed"),
    "other-childrens-social-care": ("All other Children's Social Care files", "Pob ffeil Gofal Cymdeithasol Plant arall",
                                    "10 years from closure", "am 10 mlynedd o'r dyddiad cau"),
    "adoption": ("Adoption", "Mabwysiadu", "100 years", "am 100 mlynedd"),
}
RC_BY_KIND = {
    "cp-conference-minutes": ["child-protection"],
    "la-checks": ["child-protection", "other-childrens-social-care", "looked-after-child"],
    "agency-information": ["looked-after-child", "other-childrens-social-care"],
    "application": ["child-protection", "looked-after-child"],
    "witness-statement": ["child-protection", "looked-after-child", "adoption"],
    "position-statement": ["child-protection", "adoption"],
    "letter-of-instruction": ["child-protection"],
    "court-bundle": ["child-protection"],
    "screening-response": ["other-childrens-social-care"],
    "letter-from-child": ["looked-after-child"],
}
RECORD_CLASSES = {"looked-after-child", "adoption", "foster-carers", "child-protection", "other-childrens-social-care",
                  "adult-posing-risk", "missing-person"}


def plan():
    prng = random.Random(SEED)
    kinds = list(TEMPLATES)
    extra = set(prng.sample(kinds, 16))
    slots = []
    for kind in kinds:
        tpls = TEMPLATES[kind]
        nslots = 11 if kind in extra else 10
        cy = [t_ for t_ in tpls if t_["lang"] == "cy"]
        en = [t_ for t_ in tpls if t_["lang"] == "en"]
        first = tpls[:]
        prng.shuffle(first)
        seq = first[:nslots]
        while len(seq) < nslots:
            # extra slots favour Welsh templates so the Welsh share stays near 35 %
            seq.append(prng.choice(cy if prng.random() < 0.2 else en))
        slots.extend((kind, i, tp) for i, tp in enumerate(seq))
    nul = NULL[:]
    prng.shuffle(nul)
    seq = nul + [prng.choice(NULL) for _ in range(25 - len(nul))]
    slots.extend((None, i, tp) for i, tp in enumerate(seq))
    prng.shuffle(slots)
    conv = [prng.random() < 0.21 for _ in slots]
    return slots, conv


def main():
    kinds_toml = tomllib.loads((HERE / "kinds.toml").read_text(encoding="utf-8"))
    kind_ids = {k["id"]: k for k in kinds_toml["kind"]}
    missing = set(kind_ids) - set(TEMPLATES)
    unknown = set(TEMPLATES) - set(kind_ids)
    assert not missing and not unknown, (missing, unknown)
    for k, tl in TEMPLATES.items():
        assert 8 <= len(tl) <= 12, (k, len(tl))
        assert sum(1 for x in tl if x["lang"] == "cy") >= 3, k
    slots, conv = plan()
    recs = []
    for i, ((kind, slot, tpl), cv) in enumerate(zip(slots, conv), 1):
        rec = render(tpl, slot, cv)
        recs.append({"id": f"i{i:04d}", **rec})
    with OUT.open("w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    validate(kind_ids)


def validate(kind_ids):
    base = {"id", "kind", "language", "part", "source", "file_name", "sender", "subject", "text", "recipe"}
    rows = [json.loads(line) for line in OUT.read_text(encoding="utf-8").splitlines()]
    ids = set()
    for r in rows:
        keys = set(r)
        assert keys == base or keys == base | {"record_class"}, keys
        assert r["id"].startswith("i") and r["id"] not in ids
        ids.add(r["id"])
        assert r["kind"] is None or r["kind"] in kind_ids, r["kind"]
        assert r["language"] in ("en", "cy") and r["part"] in ("document", "attachment", "email")
        assert r["source"] in ("scan", "email", "upload", "tree")
        if r["part"] in ("email", "attachment"):
            assert r["source"] == "email" and r["sender"]
        if r["source"] == "scan":
            assert r["sender"] == ""
        if "record_class" in r:
            assert r["record_class"] in RECORD_CLASSES
        assert r["text"].strip() and "{" not in r["text"], r["id"]
    report(rows, kind_ids)


def report(rows, kind_ids):
    by_kind = Counter(r["kind"] for r in rows)
    cy_kind = Counter(r["kind"] for r in rows if r["language"] == "cy")
    print(f"total {len(rows)}")
    print("by kind (n, cy):")
    for k in list(kind_ids) + [None]:
        print(f"  {str(k):26s} {by_kind[k]:3d} {cy_kind[k]:3d}")
    fold = Counter(kind_ids[r["kind"]]["folder"] if r["kind"] else "none" for r in rows)
    print("by folder:", dict(fold))
    print("language:", dict(Counter(r["language"] for r in rows)))
    print("part:", dict(Counter(r["part"] for r in rows)))
    print("source:", dict(Counter(r["source"] for r in rows)))
    print("record_class:", dict(Counter(r["record_class"] for r in rows if "record_class" in r)))
    scans = [r for r in rows if r["source"] == "scan"]
    print("scans:", len(scans), "with ocr:", sum("ocr" in r["recipe"].split("+") for r in scans))
    print("conventional names:", sum("conv-name" in r["recipe"] for r in rows))
    steps = Counter(s for r in rows for s in r["recipe"].split("+")[1:])
    print("steps:", dict(steps))
    wc = sorted(len(r["text"].split()) for r in rows)
    print("words: median", wc[len(wc) // 2], "p10", wc[len(wc) // 10], "p90", wc[9 * len(wc) // 10], "max", wc[-1])
    named = 0
    lab = [r for r in rows if r["kind"]]
    for r in lab:
        k = kind_ids[r["kind"]]
        t_ = r["text"].lower()
        if k["name"].lower() in t_ or k["name_cy"].lower() in t_:
            named += 1
    print(f"kind name in text: {named} of {len(lab)} ({100 * named / len(lab):.1f}%)")


if __name__ == "__main__":
    main()
