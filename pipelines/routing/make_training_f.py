#!/usr/bin/env python3
"""Training set F for the document-routing classifier: documents described by what they do.

Set F is written as a practitioner would describe the post: by what each item does, who wrote
it, to whom and why, not by its title.  Real documents from unseen writers rarely use our kind
names, so most templates here carry the headings that real documents carry ("Report to the court
under s.7", "Note of meeting", "Index", "Schedule of findings sought") and the classifier has to
learn the kind from the substance.

Python 3.11 standard library only.  Deterministic: a planning Random(SEED) chooses nothing that a
template edit can disturb; every example has its own Random seeded from
SEED + kind + slot + template id, so editing one template changes only that template's examples.

Writes training-f.jsonl beside this file, validates it against kinds.toml and prints counts.

Every person, child, case, address, reference, telephone number and e-mail address is invented.
Real public bodies (courts, councils, police forces, NHS bodies, Cafcass / CAFCASS Cymru) are named
but no real record of theirs was used.
"""
from __future__ import annotations

import json
import random
import re
import sys
import tomllib
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path

SEED = 60_817_2025
HERE = Path(__file__).resolve().parent
OUT = HERE / "training-f.jsonl"
KINDS_TOML = HERE / "kinds.toml"

# --------------------------------------------------------------------------------------------
# Invented world: regions (real public bodies), people, firms, dates
# --------------------------------------------------------------------------------------------

# (court town, court Welsh "yn" form or None, case-number letters, council, council Welsh name or
#  None, council e-mail domain, police force, force Welsh or None, police domain, NHS body,
#  NHS Welsh or None, Cafcass team)
ENGLISH_REGIONS = [
    ("Leeds", None, "LS", "Leeds City Council", None, "leeds.gov.uk", "West Yorkshire Police", None,
     "westyorkshire.pnn.police.uk", "Leeds Community Healthcare NHS Trust", None, "Cafcass West Yorkshire"),
    ("Bradford", None, "BD", "City of Bradford Metropolitan District Council", None, "bradford.gov.uk",
     "West Yorkshire Police", None, "westyorkshire.pnn.police.uk", "Bradford District Care NHS Foundation Trust", None,
     "Cafcass West Yorkshire"),
    ("Manchester", None, "MA", "Manchester City Council", None, "manchester.gov.uk", "Greater Manchester Police",
     None, "gmp.police.uk", "Manchester University NHS Foundation Trust", None, "Cafcass Greater Manchester"),
    ("Birmingham", None, "BM", "Birmingham Children's Trust", None, "birminghamchildrenstrust.co.uk",
     "West Midlands Police", None, "westmidlands.police.uk", "Birmingham Women's and Children's NHS Foundation Trust",
     None, "Cafcass West Midlands"),
    ("Canterbury", None, "CT", "Kent County Council", None, "kent.gov.uk", "Kent Police", None, "kent.police.uk",
     "Kent Community Health NHS Foundation Trust", None, "Cafcass Kent"),
    ("Preston", None, "PR", "Lancashire County Council", None, "lancashire.gov.uk", "Lancashire Constabulary", None,
     "lancashire.police.uk", "Lancashire and South Cumbria NHS Foundation Trust", None, "Cafcass Lancashire"),
    ("Plymouth", None, "PL", "Plymouth City Council", None, "plymouth.gov.uk", "Devon and Cornwall Police", None,
     "devonandcornwall.pnn.police.uk", "Livewell Southwest", None, "Cafcass South West"),
    ("Nottingham", None, "NG", "Nottingham City Council", None, "nottinghamcity.gov.uk", "Nottinghamshire Police",
     None, "nottinghamshire.pnn.police.uk", "Nottinghamshire Healthcare NHS Foundation Trust", None,
     "Cafcass East Midlands"),
    ("East London", None, "ZE", "London Borough of Tower Hamlets", None, "towerhamlets.gov.uk",
     "Metropolitan Police Service", None, "met.police.uk", "East London NHS Foundation Trust", None,
     "Cafcass London East"),
    ("Croydon", None, "CR", "London Borough of Croydon", None, "croydon.gov.uk", "Metropolitan Police Service", None,
     "met.police.uk", "Croydon Health Services NHS Trust", None, "Cafcass London South"),
    ("Norwich", None, "NR", "Norfolk County Council", None, "norfolk.gov.uk", "Norfolk Constabulary", None,
     "norfolk.pnn.police.uk", "Norfolk Community Health and Care NHS Trust", None, "Cafcass East of England"),
    ("Newcastle", None, "NE", "Newcastle City Council", None, "newcastle.gov.uk", "Northumbria Police", None,
     "northumbria.pnn.police.uk", "Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust", None,
     "Cafcass North East"),
]
WELSH_REGIONS = [
    ("Cardiff", "yng Nghaerdydd", "CF", "Cardiff Council", "Cyngor Caerdydd", "cardiff.gov.uk", "South Wales Police",
     "Heddlu De Cymru", "south-wales.police.uk", "Cardiff and Vale University Health Board",
     "Bwrdd Iechyd Prifysgol Caerdydd a'r Fro", "CAFCASS Cymru South East"),
    ("Swansea", "yn Abertawe", "SA", "City and County of Swansea", "Dinas a Sir Abertawe", "swansea.gov.uk",
     "South Wales Police", "Heddlu De Cymru", "south-wales.police.uk", "Swansea Bay University Health Board",
     "Bwrdd Iechyd Prifysgol Bae Abertawe", "CAFCASS Cymru South West"),
    ("Newport", "yng Nghasnewydd", "NP", "Newport City Council", "Cyngor Dinas Casnewydd", "newport.gov.uk",
     "Gwent Police", "Heddlu Gwent", "gwent.police.uk", "Aneurin Bevan University Health Board",
     "Bwrdd Iechyd Prifysgol Aneurin Bevan", "CAFCASS Cymru South East"),
    ("Wrexham", "yn Wrecsam", "WX", "Wrexham County Borough Council", "Cyngor Bwrdeistref Sirol Wrecsam",
     "wrexham.gov.uk", "North Wales Police", "Heddlu Gogledd Cymru", "nthwales.pnn.police.uk",
     "Betsi Cadwaladr University Health Board", "Bwrdd Iechyd Prifysgol Betsi Cadwaladr", "CAFCASS Cymru North"),
    ("Caernarfon", "yng Nghaernarfon", "CN", "Gwynedd Council", "Cyngor Gwynedd", "gwynedd.llyw.cymru",
     "North Wales Police", "Heddlu Gogledd Cymru", "nthwales.pnn.police.uk", "Betsi Cadwaladr University Health Board",
     "Bwrdd Iechyd Prifysgol Betsi Cadwaladr", "CAFCASS Cymru North"),
    ("Aberystwyth", "yn Aberystwyth", "AB", "Ceredigion County Council", "Cyngor Sir Ceredigion", "ceredigion.gov.uk",
     "Dyfed-Powys Police", "Heddlu Dyfed-Powys", "dyfed-powys.police.uk", "Hywel Dda University Health Board",
     "Bwrdd Iechyd Prifysgol Hywel Dda", "CAFCASS Cymru South West"),
    ("Carmarthen", "yng Nghaerfyrddin", "CM", "Carmarthenshire County Council", "Cyngor Sir Gâr",
     "carmarthenshire.gov.uk", "Dyfed-Powys Police", "Heddlu Dyfed-Powys", "dyfed-powys.police.uk",
     "Hywel Dda University Health Board", "Bwrdd Iechyd Prifysgol Hywel Dda", "CAFCASS Cymru South West"),
    ("Merthyr Tydfil", "ym Merthyr Tudful", "MT", "Merthyr Tydfil County Borough Council",
     "Cyngor Bwrdeistref Sirol Merthyr Tudful", "merthyr.gov.uk", "South Wales Police", "Heddlu De Cymru",
     "south-wales.police.uk", "Cwm Taf Morgannwg University Health Board", "Bwrdd Iechyd Prifysgol Cwm Taf Morgannwg",
     "CAFCASS Cymru South East"),
]

GIRLS = ["Amelia", "Poppy", "Isla", "Maisie", "Ruby", "Freya", "Aisha", "Zara", "Lily-Mae", "Hollie", "Esme", "Jasmine",
         "Kacey", "Millie", "Nadia", "Skye"]
BOYS = ["Harrison", "Mason", "Oliver", "Tyler", "Kai", "Alfie", "Ibrahim", "Reuben", "Jayden", "Leo", "Theo", "Callum",
        "Riley", "Ethan", "Bobby", "Zain"]
GIRLS_CY = ["Cerys", "Elin", "Mali", "Nia", "Lowri", "Seren", "Megan", "Efa", "Gwenllian", "Alys"]
BOYS_CY = ["Osian", "Ifan", "Gruffydd", "Tomos", "Dafydd", "Cai", "Morgan", "Rhys", "Iwan", "Steffan"]
SURNAMES = ["Hargreaves", "Okonkwo", "Whitfield", "Brannigan", "Kowalski", "Pearce", "Ahmed", "Sutcliffe", "Doyle",
            "McAllister", "Fenwick", "Bashir", "Crowther", "Lindqvist", "Osei", "Tranter", "Nowak", "Gallagher",
            "Ridley", "Haworth", "Chaudhry", "Mbeki", "Ashdown", "Rourke"]
SURNAMES_CY = ["Pritchard", "Llewellyn", "Bowen", "Prosser", "Gwilym", "Rowlands", "Parry", "Meredith", "Vaughan",
               "Howells", "Bevan", "Jenkins", "Griffiths", "ap Dafydd"]
ADULT_F = ["Kerry", "Shannon", "Leanne", "Chantelle", "Gemma", "Samira", "Danielle", "Agnieszka", "Joanne", "Rachel",
           "Stacey", "Farah"]
ADULT_M = ["Daniel", "Lee", "Craig", "Jamie", "Mohammed", "Ryan", "Darren", "Tomasz", "Wayne", "Nathan", "Adil",
           "Scott"]
ADULT_F_CY = ["Sioned", "Catrin", "Angharad", "Rhian", "Ffion", "Bethan", "Heledd", "Nerys"]
ADULT_M_CY = ["Gareth", "Huw", "Emyr", "Aled", "Dylan", "Geraint", "Owain", "Carwyn"]
STAFF = ["Helen Marsh", "Priya Desai", "Tom Ellery", "Grace Adeyemi", "Martin Cole", "Ruth Bellamy", "Joanna Pike",
         "Simon Akhtar", "Fiona Lomas", "Kwame Boateng", "Lucy Fairbairn", "Dev Sharma"]
STAFF_CY = ["Eirlys Morgan", "Rhodri Williams", "Manon Puw", "Gwyn Tudor", "Llinos Evans", "Iestyn Hopkin",
            "Nia Wyn Roberts", "Siân Lewis"]
JUDGES = ["HHJ Thornbury", "HHJ Mensah", "District Judge Hollis", "District Judge Abara", "Recorder Castellano",
          "DDJ Pritchard-Hale", "HHJ Ravenscroft", "District Judge Quayle"]
FIRMS = [("Harland Price Solicitors", "harlandprice.co.uk"), ("Moorcroft & Lyle LLP", "moorcroftlyle.co.uk"),
         ("Bright Family Law", "brightfamilylaw.co.uk"), ("Ashworth Kaye Solicitors", "ashworthkaye.co.uk"),
         ("Penrose Dunn", "penrosedunn.co.uk"), ("Castlegate Family Law", "castlegatelaw.co.uk"),
         ("Hendry Obi Solicitors", "hendryobi.co.uk")]
FIRMS_CY = [("Bevan Rees Cyfreithwyr", "bevanrees.cymru"), ("Morgan Prydderch Solicitors", "morganprydderch.co.uk"),
            ("Gwynne & Tudur", "gwynnetudur.co.uk"), ("Jones Llywelyn Cyf", "joneslllywelyn.co.uk")]
SCHOOLS = ["Ashfield Primary School", "St Bede's RC Primary", "Millbrook Academy", "Hollins Park Primary",
           "Riverside Junior School", "Greenacre Community Primary", "Kingsmead High School", "Oak Tree Infant School"]
SCHOOLS_CY = ["Ysgol Gynradd Bryn Derw", "Ysgol Gymraeg Glan Morfa", "Ysgol y Garnedd", "Ysgol Gyfun Cwm Rhymni",
              "Ysgol Pen y Bryn", "Ysgol Gynradd Gymraeg Llwyncelyn"]
SURGERIES = ["Beech House Surgery", "Parkside Medical Practice", "The Grove Health Centre", "Wellspring Surgery"]
SURGERIES_CY = ["Meddygfa'r Bont", "Meddygfa Tŷ Gwyn", "Canolfan Iechyd Bro Dewi", "Meddygfa Glan Rhyd"]
PROVIDERS = [("Brightpath Child Contact Centre", "brightpathcontact.org.uk"),
             ("Families Forward SPIP", "familiesforward.org.uk"),
             ("Safer Steps DAPP", "safersteps.org.uk"),
             ("Meadowbank Contact Service", "meadowbankcontact.org.uk")]
PROVIDERS_CY = [("Canolfan Gyswllt Teulu Dyffryn", "dyffryncontact.cymru"),
                ("Gwasanaeth Cyswllt Plant Gwent", "cysylltplantgwent.org.uk")]
LABS = ["Trace Analytics Ltd", "Helix Toxicology", "Northgate Forensic Testing"]
EXPERTS = ["Dr Alison Varley, Consultant Clinical Psychologist", "Dr Femi Adebayo, Consultant Psychiatrist",
           "Ms Carol Whitmore, Independent Social Worker", "Dr Ruth Kessler, Chartered Psychologist",
           "Mr Paul Devereux, Independent Social Worker"]
INTERP = ["Lingua Bridge Interpreting", "Clearvoice Language Services"]
WEBMAIL = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "icloud.com", "btinternet.com"]
STREETS = ["Albany Road", "Marsh Lane", "Cedar Close", "Hawthorn Way", "Station Terrace", "Bryn Road", "Chapel Street",
           "Kingfisher Drive", "Heol y Nant", "Victoria Avenue"]

MONTHS_CY = ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref",
             "Tachwedd", "Rhagfyr"]
DAYS_CY = ["Dydd Llun", "Dydd Mawrth", "Dydd Mercher", "Dydd Iau", "Dydd Gwener", "Dydd Sadwrn", "Dydd Sul"]


def fmt_date(r: random.Random, d: date) -> str:
    return r.choice([
        d.strftime("%d/%m/%Y"), d.strftime("%d.%m.%y"), f"{d.day} {d.strftime('%B %Y')}",
        f"{d.day} {d.strftime('%b %Y')}", d.strftime("%d/%m/%y"), d.strftime("%A %d %B %Y").replace(" 0", " "),
    ])


def fmt_date_cy(r: random.Random, d: date) -> str:
    # no weekday form: "ar ddydd Mawrth" would need a mutation that depends on the sentence
    return r.choice([f"{d.day} {MONTHS_CY[d.month - 1]} {d.year}", d.strftime("%d/%m/%Y"), d.strftime("%d.%m.%Y")])


def slug(s: str) -> str:
    return re.sub(r"[^a-z]+", "", s.lower())


def make_ctx(r: random.Random, welsh: bool, law: str) -> dict:
    """Draw one invented case.  Welsh templates always get a Welsh region."""
    reg = r.choice(WELSH_REGIONS) if welsh else r.choice(WELSH_REGIONS if r.random() < 0.2 else ENGLISH_REGIONS)
    (town, yn, letters, la, la_cy, la_dom, police, police_cy, pol_dom, hb, hb_cy, team) = reg
    in_wales = yn is not None
    cymraeg = welsh or (in_wales and r.random() < 0.4)
    girls, boys = (GIRLS_CY, BOYS_CY) if cymraeg else (GIRLS, BOYS)
    sn = SURNAMES_CY if cymraeg else SURNAMES
    af, am = (ADULT_F_CY, ADULT_M_CY) if cymraeg else (ADULT_F, ADULT_M)
    staff = STAFF_CY if in_wales else STAFF
    mother_s, father_s = r.sample(sn, 2)
    child_s = r.choice([father_s, father_s, mother_s])
    g1 = r.choice("fm")
    c1 = r.choice(girls if g1 == "f" else boys)
    c2 = r.choice([x for x in (girls + boys) if x != c1])
    today = date(2024, 9, 1) + timedelta(days=r.randrange(0, 420))
    age1 = r.randrange(3, 15)
    dob1 = today - timedelta(days=age1 * 365 + r.randrange(20, 340))
    age2 = max(1, age1 - r.randrange(2, 5))
    dob2 = today - timedelta(days=age2 * 365 + r.randrange(20, 340))
    mf, ff = r.choice(af), r.choice(am)
    fca, gdn, sw, mgr, bso, isw = r.sample(staff, 6)
    firms = FIRMS_CY if in_wales and r.random() < 0.6 else FIRMS
    (msol, msol_dom), (fsol, fsol_dom), (csol, csol_dom) = r.sample(firms + FIRMS[:3], 3)
    prov, prov_dom = r.choice(PROVIDERS_CY if in_wales and r.random() < 0.5 else PROVIDERS)
    app_is_f = r.random() < 0.6
    d2 = today - timedelta(days=r.randrange(10, 90))
    d3 = today + timedelta(days=r.randrange(14, 100))
    d4 = today - timedelta(days=r.randrange(400, 2600))
    la_short = la.replace("City of ", "").replace(" Metropolitan District", "")
    la_short = la_short.replace("London Borough of ", "LB ")
    case_pub = f"{la_short} v {mother_s} and {father_s}"
    case_priv = f"{father_s} v {mother_s}" if app_is_f else f"{mother_s} v {father_s}"
    cn = f"{letters}{today.year % 100:02d}{law}{r.randrange(0, 100000):05d}"
    ctx = dict(
        town=town, in_wales=in_wales,
        court=f"the Family Court at {town}" if r.random() < 0.6 else f"the Family Court sitting at {town}",
        court_cy=f"Y Llys Teulu {yn}" if yn else f"Y Llys Teulu yn {town}",
        la=la, la_cy=la_cy or la, la_dom=la_dom, police=police, police_cy=police_cy or police, pol_dom=pol_dom,
        hb=hb, hb_cy=hb_cy or hb, team=team,
        cn=cn, old_cn=f"{letters}{d4.year % 100:02d}P{r.randrange(0, 100000):05d}",
        case=case_pub if law == "C" else case_priv,
        c1=c1, c1s=child_s, c2=c2, c1age=age1, c2age=age2,
        c1dob=fmt_date(r, dob1), c2dob=fmt_date(r, dob2), c1dob_cy=fmt_date_cy(r, dob1),
        he="she" if g1 == "f" else "he", him="her" if g1 == "f" else "him", his="her" if g1 == "f" else "his",
        He="She" if g1 == "f" else "He", His="Her" if g1 == "f" else "His",
        m=f"{mf} {mother_s}", mf=mf, ms=mother_s, f=f"{ff} {father_s}", ff=ff, fs=father_s,
        app=f"{ff} {father_s}" if app_is_f else f"{mf} {mother_s}",
        resp=f"{mf} {mother_s}" if app_is_f else f"{ff} {father_s}",
        appr="father" if app_is_f else "mother", respr="mother" if app_is_f else "father",
        appr_cy="tad" if app_is_f else "fam", respr_cy="fam" if app_is_f else "tad",
        gm=f"{r.choice(['Maureen', 'Pat', 'Glenys', 'Sandra', 'Beryl'])} {mother_s}",
        pt=f"{r.choice(am)} {r.choice(sn)}",
        fca=fca, gdn=gdn, sw=sw, mgr=mgr, bso=bso, isw=isw,
        judge=r.choice(JUDGES), msol=msol, fsol=fsol, csol=csol, csol_name=r.choice(["Anna Rix", "Owen Blythe",
                                                                                   "Sara Mahmood", "Elis Pugh"]),
        msol_dom=msol_dom, fsol_dom=fsol_dom, csol_dom=csol_dom,
        school=r.choice(SCHOOLS_CY if cymraeg else SCHOOLS), gp=r.choice(SURGERIES_CY if in_wales else SURGERIES),
        prov=prov, prov_dom=prov_dom, lab=r.choice(LABS), expert=r.choice(EXPERTS), interp=r.choice(INTERP),
        addr=f"{r.randrange(2, 140)} {r.choice(STREETS)}, {town}",
        d=fmt_date(r, today), d2=fmt_date(r, d2), d3=fmt_date(r, d3), d4=fmt_date(r, d4),
        dcy=fmt_date_cy(r, today), d2cy=fmt_date_cy(r, d2), d3cy=fmt_date_cy(r, d3), d4cy=fmt_date_cy(r, d4),
        yr=today.year, oldyr=d4.year, t=f"{r.randrange(9, 17):02d}:{r.choice(['00', '10', '15', '30', '45', '50'])}",
        ref=f"{r.randrange(100000, 999999)}", pref=f"{r.randrange(10, 99)}/{r.randrange(10000, 99999)}/{today.year % 100}",
        pref2=f"{r.randrange(10, 99)}/{r.randrange(10000, 99999)}/{d4.year % 100}",
        pref3=f"{r.randrange(10, 99)}/{r.randrange(10000, 99999)}/{d4.year % 100}",
        tel=f"0{r.randrange(1100, 1999)} {r.randrange(100000, 999999)}", mob=f"07{r.randrange(100, 999)} {r.randrange(100000, 999999)}",
        n=r.randrange(3, 9), pages=r.randrange(120, 640),
        ei_weld="ei gweld" if g1 == "f" else "ei weld", ei="ei" if g1 == "f" else "ei",
        ei_fod="ei bod" if g1 == "f" else "ei fod", ar_ei_ben="ar ei phen ei hun" if g1 == "f" else "ar ei ben ei hun",
        ei_leoli="ei lleoli" if g1 == "f" else "ei leoli", ers_ei_eni="ers ei geni" if g1 == "f" else "ers ei eni",
        a_c1="ag" if c1[0] in "AEIOUYW" else "â",
    )
    ctx["_today"] = today
    return ctx


# --------------------------------------------------------------------------------------------
# Templates
# --------------------------------------------------------------------------------------------
# t(kind, lang, src, who, dn, text, rc=None, law=None, subj=None)
#   src: "email" (the e-mail body is the item), "doc" (scan, upload, tree or attachment),
#        "att" (mostly an attachment), "scan" (mostly a scan: handwriting, cards, drawings),
#        "tree" (mostly a legacy G-drive file)
#   who: the sender type when the item arrives by e-mail (see sender())
#   dn:  the document name a person would give it in a conventional file name
#   rc:  record_class, only where the text itself states it (checked against RC_WORDS)
#   law: "P" private, "C" public, None either

TEMPLATES: dict[str | None, list[dict]] = defaultdict(list)


def t(kind, lang, src, who, dn, text, rc=None, law=None, subj=None):
    TEMPLATES[kind].append(dict(kind=kind, lang=lang, src=src, who=who, dn=dn, text=text.strip("\n"), rc=rc,
                                law=law, subj=subj, tid=len(TEMPLATES[kind]) + 1))


RC_WORDS = {
    "looked-after-child": ["looked after", "looked-after", "child in care", "derbyn gofal", "section 20", "interim care order",
                           "gofal interim", "yng ngofal"],
    "adoption": ["adoption", "adopted", "mabwysiadu"],
    "foster-carers": ["foster carer", "fostering panel", "gofalwyr maeth", "gofalwr maeth"],
    "child-protection": ["child protection plan", "section 47", "s47", "s.47", "amddiffyn plant", "adran 47"],
    "privately-fostered-child": ["private fostering", "privately fostered", "maethu preifat"],
    "missing-person": ["missing", "ar goll"],
    "adult-posing-risk": ["risk to children", "schedule 1", "posing a risk", "risg i blant", "sex offender"],
    "other-childrens-social-care": ["child in need", "plentyn mewn angen", "early help", "care and support plan",
                                    "gofal a chymorth"],
}

# ============================================================================================
# case-information
# ============================================================================================
# contact-log: the ECMS/IRIS running record of every action on the case, exported as a Word/PDF
#   (for a SAR, or pre-2014 logs saved as PDF).  Written by the system and by staff (business
#   services, duty FCA, allocated FCA).  Substance: a table of dated, timed entries, each with a
#   heading (Case update, Telephone call, Screening request, Welcome letter issued, Police check
#   received), the author and role, a one-line summary and actions; cross-references to other
#   documents.  Rarely titled "contact log": "Case activity", "Case notes export", "Log of work".
t("contact-log", "en", "doc", "cafcass", "Case activity export", """
Case activity - {cn} - {case}
Exported {d} by {bso} (Business Services Officer)
Date | Time | Heading | Entered by | Summary
{d2} | 09:12 | Application received | {bso}, BSO | C100 received from court via secure email. Case created.
{d2} | 09:40 | Screening request | {bso}, BSO | Police and LA checks requested ({police}, {la}).
{d2} | 14:05 | Letter sent | {bso}, BSO | Introductory pack posted to both parties.
{d} | 11:30 | Telephone call | {fca}, FCA | Spoke to {mf}. Concerns re DA recorded. See SER.
{d} | 16:02 | Document received | system | LA response uploaded to Risk and Safety.
""")
t("contact-log", "en", "doc", "cafcass", "Case notes", """
CASE NOTES (system generated - do not edit)
Case: {cn}   Child(ren): {c1} {c1s} ({c1dob}), {c2} {c1s}
-----------------------------------------------------------
{d2} 10:14  Heading: Allocation
 By: {mgr} (Service Manager)
 Allocated to {fca} for s7 report, filing date {d3}.
-----------------------------------------------------------
{d2} 15:47  Heading: Email received
 By: {fca} (FCA)
 School confirmed attendance 96%. Copied to further information. No action.
-----------------------------------------------------------
{d}  12:20  Heading: Home visit
 By: {fca} (FCA)
 Seen {c1} at {appr}'s home. Detailed note saved separately. Next: see {respr} on {d3}.
""")
t("contact-log", "en", "tree", "internal", "Old log", """
LOG OF WORK - pre-July 2014 record saved as PDF
File ref {old_cn}      FCA: {fca}
{d4}  Rec'd papers from court. Checks sent.
{d4}  Tel call from M - wants to know when FCA will call. Advised within 10 days.
{d4}  Police reply rec'd, filed on police section. LA: known, closed case 2009.
{d4}  Tel interview F - 45 mins. Notes on file.
{d4}  SER sent to court + parties. Case closed to Cafcass after FHDRA.
""")
t("contact-log", "en", "att", "internal", "Chronology of actions", """
Record of actions for subject access request {ref}
Requested by: {resp}
The entries below are the running record kept by the service for case {cn}. Entries about other people have been redacted.
{d2}  Case update - application received from {court}. [entered by business services]
{d2}  Screening - checks requested from local authority and police.
{d2}  Welcome pack issued to both parties by post.
{d}   Telephone - safeguarding call with applicant, 40 minutes. Cross ref: safeguarding letter.
{d}   Telephone - respondent did not answer, voicemail left, text sent to {mob}.
""")
t("contact-log", "en", "doc", "cafcass", "Activity log", """
Entry date: {d}   Time: {t}
Heading: Items stored on premises
Entered by: {bso}, Business Support
Summary: Birthday card and wrapped present for {c1} left at reception by {f} as part of the indirect contact arrangement. Stored in locked cabinet 3, second floor. FCA {fca} informed by Teams.
Actions: FCA to pass to {c1} at next visit.
Entry amended {d} - reason for amendment: cabinet number corrected.
""")
t("contact-log", "en", "doc", "cafcass", "Log print", """
Printed from ECMS {d}  Page 2 of 5
... continued
{d2} | Case Update | {fca} (FCA) | Discussed with manager in supervision, decision not to see {c2} given age; professional basis recorded on case plan.
{d2} | Phone Call Out | {fca} (FCA) | Called {school} - DSL unavailable, to call back.
{d}  | Phone Call In | {fca} (FCA) | DSL returned call, no concerns.
{d}  | Court Attendance | {fca} (FCA) | Attended hearing before {judge}. Order to follow.
""")
t("contact-log", "cy", "doc", "cymru", "Log cyswllt", """
Cofnod gweithgarwch yr achos - IRIS
Rhif yr achos: {cn}
Dyddiad | Amser | Pennawd | Gan | Crynodeb
{d2cy} | 09:30 | Cais wedi dod i law | {bso}, Cymorth Busnes | C100 wedi ei dderbyn gan y llys.
{d2cy} | 10:05 | Cais am wiriadau | {bso} | Gwiriadau'r heddlu a'r awdurdod lleol wedi eu gofyn.
{dcy} | 14:20 | Galwad ffôn | {fca}, YLlT | Siarad gyda'r fam. Pryderon am gam-drin domestig. Gweler y llythyr diogelu.
{dcy} | 16:00 | Dogfen wedi dod i law | system | Ymateb yr awdurdod lleol wedi ei gadw.
""")
t("contact-log", "cy", "doc", "cymru", "Cofnodion achos", """
COFNODION YR ACHOS (wedi eu cynhyrchu gan y system - peidiwch â golygu)
Achos {cn} - {c1} {c1s}
{d2cy} Dyraniad - {mgr} (Rheolwr Ymarfer): dyrannwyd i {fca} ar gyfer adroddiad adran 7.
{d2cy} Llythyr - pecyn croeso wedi ei anfon at y ddau barti.
{dcy} Ymweliad cartref - gwelwyd {c1} yng nghartref y {appr_cy}. Nodyn manwl ar wahân.
{dcy} Camau nesaf: gweld y {respr_cy} ar {d3cy}.
""")
t("contact-log", "en", "doc", "cafcass", "Case log", """
Heading: Screening information received
Date/time: {d} {t}     Entered by: {bso} (Business Services)  role: BSO
Summary of information received: Response from {la} received by secure email - family known, see document in risk and safety. Police response awaited.
Name/role of person spoken to: n/a
Actions agreed: chase police on {d3} if not received.
Heading: Welcome letter issued
Date/time: {d} {t}     Entered by: {bso}
""")

# wtfh-outcome: the outcome form completed by the FCA who attended the first hearing (FHDRA)
#   in a Work to First Hearing case.  Tick boxes: did the parties attend, agreement reached,
#   safeguarding issues identified, referrals (SPIP / Planning Together for Children / WT4C /
#   mediation / DAPP), order made (CAO, s7 directed, s16A risk assessment), whether the case
#   continues to WAFH; conciliation notes.  Titled "FHDRA outcomes", "First hearing - record".
t("wtfh-outcome", "en", "doc", "cafcass", "FHDRA outcome", """
First hearing - outcome record
Court: {court}   Hearing date: {d}   Case no: {cn}
FCA attending: {fca}
Parties attended: Applicant [X]  Respondent [X]  Interpreter [ ]
Safeguarding issues identified at screening: domestic abuse [X] substance misuse [ ] mental health [X]
Conciliation attempted: Yes - partial agreement on indirect contact only
Referrals made: Planning Together for Children [X]  Mediation [ ]  DAPP [ ]
Outcome: s7 report directed [X]  Final order [ ]  Case proceeds to WAFH [X]
Return date: {d3}
""")
t("wtfh-outcome", "en", "doc", "cafcass", "Outcome form", """
Outcome of the FHDRA - {c1} {c1s}
Q1 Did the court make a final order today?   No
Q2 Was a section 7 report ordered?   Yes - limited to wishes and feelings of {c1}, filing {d3}
Q3 Was a s16A risk assessment required?   No
Q4 Referrals: SPIP for both parents
Q5 Interim arrangements agreed: supported contact at {prov} alternate Saturdays
Notes: Parents able to agree interim arrangement after discussion at court. {resp} remains worried about {app}'s drinking - court directed 3 months hair strand test.
Completed by {fca}, {d}
""")
t("wtfh-outcome", "en", "email", "cafcass", "Hearing outcome", """
Business Services - please update the case with the first hearing outcomes below.
Case {cn}, heard {d} before {judge}.
- Both parties attended, {appr} represented by {fsol}.
- No agreement. Court ordered s7 report (allocated team to pick up), filing {d3}, DRA to be listed after.
- Safeguarding: police disclosure shows 2 DA call-outs; LA closed CIN 2022.
- Interim order: no contact pending report, letterbox contact monthly.
Tick boxes completed on the system. Close WTFH stage.
{fca}
Family Court Adviser (duty court)
""", subj="FHDRA {cn} outcome")
t("wtfh-outcome", "en", "doc", "cafcass", "First hearing record", """
RECORD OF WORK AT FIRST HEARING
Case: {case}     {cn}
Agreement reached?  Yes [X]  No [ ]
Final order made?  Yes [X]  No [ ]
Type: Child arrangements order - lives with mother, spends time with father every other weekend Fri 4pm - Sun 5pm
Further Cafcass involvement required?  Yes [ ]  No [X]
Case closed to Cafcass at first hearing. Outcome letter to parties: not required.
Safeguarding issues at screening resolved?  N/A - none identified
Signed: {fca}   Date: {d}
""")
t("wtfh-outcome", "cy", "doc", "cymru", "Canlyniad FHDRA", """
CANLYNIADAU'R GWRANDAWIAD CYNTAF (FHDRA)
Llys: {court_cy}   Dyddiad: {dcy}   Rhif yr achos: {cn}
Ymgynghorydd Llys Teulu: {fca}
Mynychodd y partïon: Ceisydd [X]  Atebydd [X]
Materion diogelu: cam-drin domestig [X]  camddefnyddio sylweddau [ ]
Cyfeiriadau: Gweithio Gyda'n Gilydd er Mwyn Plant (WT4C) [X]
Canlyniad: adroddiad adran 7 wedi ei orchymyn [X]  gorchymyn terfynol [ ]
Dyddiad dychwelyd: {d3cy}
""")
t("wtfh-outcome", "cy", "doc", "cymru", "Cofnod y gwrandawiad cyntaf", """
Cofnod o'r gwaith yn y llys - achos {cn}
A gafwyd cytundeb? Do, yn rhannol.
A wnaed gorchymyn terfynol? Naddo.
Trefniadau interim: cyswllt dan oruchwyliaeth yn {prov} bob pythefnos.
A oes angen gwaith pellach gan CAFCASS Cymru? Oes - adroddiad adran 7 erbyn {d3cy}.
Nodiadau: roedd y ddau riant yn barod i siarad yn y llys. Mae'r fam yn dal i boeni am yfed y tad; profion gwallt wedi eu gorchymyn.
Llofnod: {fca}   {dcy}
""")
t("wtfh-outcome", "en", "doc", "cafcass", "FHDRA tick sheet", """
Duty court sheet  -  {court}  -  list for {d}
Case {cn}   Court room 3   {judge}
Attended: A Y  R Y  (R by video)
Agreement:  N
Order:  s7  Y   s16A  N   FFH  Y (fact finding on DA allegations, listed {d3})
Refs:  SPIP Y   DAPP N   Mediation N
Safeguarding letter considered by court:  Y
Stage outcome: proceeds to WAFH - allocate
""")
t("wtfh-outcome", "en", "doc", "cafcass", "FHDRA outcomes", """
Private law first hearing - outcomes
Were the children's wishes and feelings raised by either party at court? Yes - {c1} ({c1age}) told {appr} {he} wants to live with {appr}.
Was the issue of harm raised? Yes - the C1A alleges coercive control.
Was the case adjourned for a fact-finding hearing? No - court not satisfied findings necessary.
Disposal: adjourned for Cafcass report (s7) addressing harm and wishes and feelings. Interim contact: none.
FHDRA practitioner: {fca}      Entered on system {d}
""")

# detailed-recording: a contemporaneous note of one piece of work kept separately from the log:
#   interview with a parent (face to face or by telephone), home visit, observation of contact,
#   professionals' meeting, typed-up handwritten notes.  Must give date/time, worker, everyone
#   present and their role, nature of contact, venue, what happened, next steps and actions.
t("detailed-recording", "en", "doc", "cafcass", "Note of interview", """
Note of face to face interview
Date: {d}   Time: 10:00 - 11:40   Venue: Cafcass office, {town}
Worker: {fca}, Family Court Adviser
Present: {m} (mother), {interp} interpreter (Polish), FCA
Nature of contact: planned interview for s7 enquiries
Summary: Ms {ms} described the relationship as controlling from 2019; she says Mr {fs} checked her phone and took her bank card. She wants {c1} to see his father but not overnight. She became tearful when describing the incident in {yr}.
Next steps agreed: FCA to see {c1} at school; mother to send screenshots.
Actions taken afterwards: request sent to school {d}.
""")
t("detailed-recording", "en", "doc", "cafcass", "Telephone interview", """
Record of telephone call (not face to face)
{d} {t} - duration 35 mins
Called: {f}, respondent, on {mob}
By: {fca}, FCA
Mr {fs} confirmed address {addr}. He denies the allegations in the C1A and said the mother "makes things up to stop me seeing my kids". He accepts one argument in the car park at school. He would agree to a contact centre "for a few weeks" but wants overnights by summer.
Agreed: FCA to send him details of the Parenting Information Programme.
""")
t("detailed-recording", "en", "scan", "", "Handwritten notes typed", """
Typed copy of handwritten notes - home visit
(original notes legible; scanned copy destroyed after proofreading by author)
{d}  3.45pm  {addr}
{fca} (FCA). Present: {mf} (mum), {c1}, {c2}, maternal grandmother {gm} for first 20 mins.
House clean, tidy. {c1} showed me {his} bedroom - posters, bunk bed shared with {c2}.
Mum talked about new partner {pt} - not living there, stays 2 nights. Not told LA.
Left 5pm. To do: LA check on {pt}; speak to {c1} alone at school.
""")
t("detailed-recording", "en", "doc", "cafcass", "Observation of contact", """
Observation of time spent with father
Date/time: {d}, 1pm-2.30pm    Venue: {prov}
Observed by: {fca} (FCA). Also present: contact worker (name not recorded), {f}, {c1}, {c2}.
{c1} ran to {his} father on arrival and hugged him. They played Uno; Mr {fs} let {c2} win. He asked {c1} twice about "mummy's boyfriend" and was redirected by the contact worker.
At handover {c1} was quiet but waved goodbye.
Next steps: discuss questioning with father; consider progression to unsupervised in report.
""")
t("detailed-recording", "en", "doc", "cafcass", "Professionals meeting note", """
Meeting note - professionals discussion
{d} via Teams, 14:00
Attendees: {fca} (FCA, Cafcass), {sw} (social worker, {la}), DSL, {school}
Purpose: share information for the report due {d3}.
Points: school report improved attendance since January; {c1} disclosed to the DSL that dad "shouted at mum and broke the telly" (logged on CPOMS {d2}). LA closing CIN plan next month.
Actions: DSL to send CPOMS extract; SW to confirm closure in writing.
""")
t("detailed-recording", "cy", "doc", "cymru", "Nodyn cyfweliad", """
Nodyn o gyfweliad wyneb yn wyneb
Dyddiad: {dcy}   Amser: 10:00 - 11:15   Lleoliad: swyddfa CAFCASS Cymru, {town}
Gweithiwr: {fca}, Ymgynghorydd Llys Teulu
Yn bresennol: {f} (tad), {fca}
Natur y cyswllt: cyfweliad wedi ei drefnu ar gyfer ymholiadau adran 7
Crynodeb: Dywedodd Mr {fs} ei fod eisiau gweld {c1} bob penwythnos. Mae'n gwadu'r honiadau yn y C1A. Cyfaddefodd iddo yfed gormod yn y gorffennol.
Camau nesaf: anfon manylion rhaglen rianta. Gweld {c1} yn yr ysgol.
""")
t("detailed-recording", "cy", "doc", "cymru", "Cofnod galwad ffôn", """
Cofnod o alwad ffôn (nid wyneb yn wyneb)
{dcy}, {t}, 25 munud
Siaradodd {fca} (YLlT) gyda {m}, y fam.
Cadarnhaodd Ms {ms} ei chyfeiriad. Mae'n dweud bod {c1} yn cael hunllefau ar ôl treulio amser gyda'r tad. Mae'n cytuno i {c1} gael {ei_weld} yn yr ysgol.
Cam gweithredu: cysylltu â'r ysgol a'r ymwelydd iechyd.
""")
t("detailed-recording", "en", "doc", "cafcass", "Record of meeting", """
Record of meeting - paternal grandparents
Date: {d}      Nature: face to face, their home ({addr})
Worker: {fca}, FCA.  Present: paternal grandmother and grandfather.
They have had {c1} every Wednesday after school for 3 years. They describe {mf} as "a good mum who struggles". They would supervise contact if the court asked. They have no convictions; agreed to police checks.
Next steps: police check grandparents (consent form signed today).
""")
t("detailed-recording", "en", "doc", "cafcass", "Visit note", """
Home visit - {appr}
When: {d}, 17:10-18:05. Where: {addr}. Who: {fca}; {app}; {c1} present for part.
What happened: {appr} showed me the bedroom prepared for {c1}. Food in cupboards, smoke alarm working. {c1} arrived from football halfway through and chatted about {his} team.
What was agreed: {appr} to send tenancy agreement.
Actions afterwards: none yet. Recorded same day.
""")

# ============================================================================================
# correspondence
# ============================================================================================
# welcome-letter: the first letter Cafcass / CAFCASS Cymru sends each party once the court has
#   sent the application: who we are, that the court asked us to make safety checks with the
#   police and council before the first hearing, that a practitioner will telephone, what to have
#   ready, leaflets / website, interpreter and Welsh-language offer, how to complain.  Titles in
#   the wild: "About your court case", "What happens next", "Introducing Cafcass".
t("welcome-letter", "en", "doc", "cafcass", "Intro letter", """
{team}
Private and confidential
{resp}
{addr}
Our ref: {cn}     Date: {d}
Dear {resp},
About the application made to {court} concerning {c1}
The court has sent us a copy of the application made by {app}. We are independent of the court and of social services. Before the first hearing we carry out safety checks with the police and the local council, and one of our family court advisers will telephone you to talk about your child's safety. We will not discuss what you tell us with the other party without telling you first.
Please make sure we have a phone number we can use. If you need an interpreter, please tell us.
You can find leaflets on what to expect at www.cafcass.gov.uk.
Yours sincerely
Business Services
""", law="P")
t("welcome-letter", "en", "doc", "cafcass", "What happens next letter", """
What happens next
Dear {app},
Thank you for your application. Cafcass works for children in the family court. Over the next few weeks:
1. We will ask the police and {la} whether they hold information about your family.
2. A Family Court Adviser will call you from a withheld number before the hearing on {d3}. The call can take up to an hour, so please find a private place.
3. We will write to the court with what we find. You will normally get a copy before the hearing.
If you are worried about your safety or your child's safety now, call 999.
Enclosed: leaflet "Your first hearing", our complaints leaflet.
""", law="P")
t("welcome-letter", "cy", "doc", "cymru", "Llythyr croeso", """
CAFCASS Cymru
Annwyl {resp},
Ynglŷn â'r cais i'r llys am {c1}
Mae'r llys wedi anfon copi o'r cais atom. Rydym yn annibynnol ar y llys ac ar y gwasanaethau cymdeithasol. Cyn y gwrandawiad cyntaf byddwn yn gwneud gwiriadau diogelu gyda'r heddlu a'r cyngor lleol, a bydd un o'n Hymgynghorwyr Llys Teulu yn eich ffonio.
Mae gennych hawl i ddefnyddio'r Gymraeg. Rhowch wybod i ni os hoffech i ni gysylltu â chi yn Gymraeg.
Yn gywir
Tîm Cymorth Busnes, {team}
""", law="P")
t("welcome-letter", "cy", "doc", "cymru", "Croeso / Welcome", """
Annwyl / Dear {app}
Rhif yr achos / Case number: {cn}
Mae'r llys wedi gofyn i CAFCASS Cymru helpu'r llys i benderfynu beth sydd orau i'ch plentyn. / The court has asked CAFCASS Cymru to help the court decide what is best for your child.
Byddwn yn cysylltu â'r heddlu a'r awdurdod lleol. / We will contact the police and the local authority.
Bydd Ymgynghorydd Llys Teulu yn eich ffonio cyn {d3cy}. / A Family Court Adviser will phone you before {d3}.
Amgaeir taflen wybodaeth. / An information leaflet is enclosed.
""", law="P")
t("welcome-letter", "en", "email", "cafcass", "Intro email", """
Dear {resp},
We are writing because {court} has asked Cafcass to help with the application about {c1}. Cafcass stands for Children and Family Court Advisory and Support Service. We don't work for either parent.
What we do before the first hearing: we check with the police and the council, and we phone each parent. Please reply with a safe number and times you can talk privately. If you don't want the other parent to know your address, do not put it on any form - tell us instead.
The attached leaflets explain more.
Cafcass Intake Team
""", subj="Your court case - information from Cafcass", law="P")
t("welcome-letter", "en", "doc", "cafcass", "Letter to respondent", """
Dear Mr {fs}
You may not know yet that an application has been made to the family court about {c1} by {m}. A copy of the application (form C100) will be sent to you by the court. We are the service that speaks to both parents before the first hearing. Our adviser will ring you on {mob}; if this is not your number please tell us.
Information about the safeguarding checks we make, and how we use your information, is in the privacy notice enclosed.
""", law="P")
t("welcome-letter", "en", "doc", "cafcass", "Introductory letter", """
Helping you through the family court
Dear {app},
We have received the papers from the court. The first hearing is listed for {d3} at {court}.
Before then, we must carry out safeguarding checks. This is something we do in every case; it does not mean anyone thinks you have done something wrong.
You may also find it helpful to complete the Parenting Plan or try the online Planning Together for Children course.
If you have a disability or need help to take part, please tell us.
""", law="P")
t("welcome-letter", "en", "att", "cafcass", "Introduction pack", """
Information pack for parents    Page 1 of 3
Who we are: we are social workers who represent children in family courts in England.
Our part before the first hearing: checks with police and council, a telephone call with each of you, and a letter to the court (copied to you) before {d3}.
After the first hearing the court may ask us to do more work, such as a report.
Your information: we keep a record of our work. You can ask to see it.
Complaints: {team}, quoting {cn}.
""", law="P")
t("welcome-letter", "en", "doc", "cafcass", "Introduction", """
Dear {m},
Re: {c1} and {c2}
We have been sent papers by the court because {f} has applied for an order. We understand from the application that you may have concerns about safety. If you are frightened, you can ask to speak to the adviser on a day when you are alone. We can arrange for you to wait in a separate room at court.
We will phone you from a private number within the next two weeks.
""", law="P")

# letter-to-parties: a practitioner's later letter to one or all parties once the case is
#   allocated: introducing the allocated FCA, fixing appointments, enclosing a filed report,
#   explaining the report's recommendation, telling them the case is closing.  Not the intake
#   welcome pack.  Titles: "Appointment", "Your report", "Letter to both parents".
t("letter-to-parties", "en", "doc", "cafcass", "Appointment letter", """
Dear {app},
I am the Family Court Adviser who will be preparing the report the court asked for on {d2}. I would like to meet you at our office on {d3} at 10am. Please bring photo ID. I will also visit {c1} at school, and I will see {m} separately.
If the date is not convenient please ring me on {tel}.
Yours sincerely
{fca}
Family Court Adviser
cc: {resp}
""")
t("letter-to-parties", "en", "doc", "cafcass", "Covering letter report", """
To: {app} and {resp}
Dear both,
Please find enclosed my report, filed with the court today. I recommend that {c1} continues to live with {his} mother and spends alternate weekends with {his} father, stepping up after three months. I know one of you will be disappointed. You are not allowed to show this report to anyone other than your legal adviser.
The next hearing is on {d3}. I will attend.
{fca}, Family Court Adviser, {team}
""")
t("letter-to-parties", "en", "email", "cafcass", "Email to both parents", """
Good afternoon both,
I have now spoken to {c1} at school. I won't share the detail here, but I will write about what {he} said in the report. I still need to see {c2}, so could one of you let me know a date in half term?
Please remember I am sending this separately to each of you, so neither of you sees the other's address.
Kind regards
{fca}
""", subj="{c1} - next steps")
t("letter-to-parties", "cy", "doc", "cymru", "Llythyr apwyntiad", """
Annwyl {resp},
Fi yw'r Ymgynghorydd Llys Teulu a fydd yn paratoi'r adroddiad y gofynnodd y llys amdano ar {d2cy}. Hoffwn eich cyfarfod yn ein swyddfa ar {d3cy} am 2 o'r gloch. Byddaf hefyd yn ymweld {a_c1} {c1} yn yr ysgol.
Os nad yw'r dyddiad yn gyfleus, ffoniwch fi ar {tel}.
Yn gywir
{fca}
Ymgynghorydd Llys Teulu, CAFCASS Cymru
""")
t("letter-to-parties", "cy", "doc", "cymru", "Llythyr at y ddau riant", """
At: {app} a {resp}
Annwyl y ddau ohonoch,
Amgaeaf gopi o fy adroddiad, a ffeiliwyd gyda'r llys heddiw. Nid oes hawl gennych ddangos yr adroddiad i neb ond eich cynrychiolydd cyfreithiol.
Cynhelir y gwrandawiad nesaf ar {d3cy}.
Yn gywir, {fca}
""")
t("letter-to-parties", "en", "doc", "cafcass", "Closure letter", """
Dear {resp}
Now that the court has made a final order on {d}, Cafcass's involvement with your family has ended and I have closed my file. If you want to change the arrangements in future you would need to agree them with {app} or go back to court.
I have enclosed information about local support, including the contact centre and the Parenting Plan.
Thank you for your time over the last few months.
{fca}
""")
t("letter-to-parties", "en", "doc", "cafcass", "Letter re visit", """
Dear Mr {fs} and Ms {ms}
I am writing to both of you to explain how I plan to see the children. I will visit {c1} and {c2} at each of your homes, once with each of you, and then see {c1} on {his} own at school. I am not there to test the children; I will ask them about their lives and about each of your homes.
Please do not talk to the children about the court case before my visits.
""")
t("letter-to-parties", "en", "email", "cafcass", "Update to parties", """
Dear Mr {fs},
Further to our call, I confirm that the filing date for my report has been moved to {d3} by the court. I will send you a copy on the day it is filed. I still need the name of your GP and your consent to contact them - the form is attached.
{fca} | Family Court Adviser
""", subj="Re: report date")
t("letter-to-parties", "en", "doc", "cafcass", "Guardian introduction", """
Dear {m}
I have been appointed by the court as the children's guardian for {c1} and {c2}. My job is to represent the children's interests in the care proceedings brought by {la}. I will work with the children's solicitor, {csol}. I will want to meet you, and I will read the local authority's papers. I am independent of the local authority.
""", law="C")

# letter-from-party: a parent or other party writing to Cafcass / the FCA in their own words:
#   complaints about the FCA, disagreement with a report, extra information, requests to speak,
#   sometimes angry, sometimes in poor English, handwritten or typed, often unsigned.
t("letter-from-party", "en", "scan", "", "Letter from mother", """
To the cafcass lady
I am writing because you did not listen to me on the phone. He is telling everyone I am a bad mum but he is the one who put his hands round my neck in 2022, the police came. {c1} is scared of him. I dont want {c1} going to his house. Please read this before you write your letter to the judge.
{m}
""")
t("letter-from-party", "en", "email", "parent", "Email from father", """
To whoever is dealing with my case,
I have been waiting 6 weeks and NOBODY has called me back. My son is being kept from me and you are supposed to be for the children?? I want a different officer. {fca} has made up her mind before she even met me. I will be making a formal complaint and writing to my MP.
{f}
""", subj="COMPLAINT - no contact 6 weeks")
t("letter-from-party", "en", "scan", "", "Letter", """
Dear Sir/Madam
my name is {mf} {ms} i am mother of {c1}. My english is not so good sorry. The father he not give back {c1} after weekend, it is 3 weeks now. I go to police they say is civil matter. Please help me, I dont know what to do, {c1} must go school here in {town}.
Thank you
my phone {mob}
""")
t("letter-from-party", "en", "email", "parent", "Response to report", """
Dear {fca}
I have read your report and I want to put on record that I disagree with paragraph 34. I never said I would stop {c1} seeing his dad. What I said was I would not let him go if his dad had been drinking. Also you put the wrong school. Please correct this before the hearing on {d3}.
Regards
{resp}
""", subj="Your report")
t("letter-from-party", "cy", "scan", "", "Llythyr gan y tad", """
Annwyl {fca},
Rwy'n ysgrifennu achos dw i ddim yn hapus gyda'r ffordd mae'r achos yn mynd. Dydw i ddim wedi gweld {c1} ers tri mis. Mae'r fam yn dweud celwydd am y noson honno. Dw i eisiau siarad efo chi eto cyn i chi ysgrifennu'r adroddiad.
{f}
""")
t("letter-from-party", "cy", "email", "parent", "E-bost gan y fam", """
Bore da,
Dw i'n anfon hwn achos bod {c1} wedi dod adre o dŷ'r tad yn crio eto ddydd Sul. Mae'n dweud bod partner newydd y tad yn gweiddi. Plîs allwch chi ystyried hyn cyn y gwrandawiad ar {d3cy}. Dw i wedi rhoi gwybod i'r ysgol hefyd.
Diolch
{mf}
""", subj="Pryder am {c1}")
t("letter-from-party", "en", "scan", "", "Letter from grandmother", """
Dear Madam
I am the children's nan. I have cared for {c1} and {c2} every weekend since they were born and now I am not allowed to see them because of the row between my son and their mother. Nobody has asked me anything. I would like to be spoken to for the report. I have enclosed photos of the children at my house at Christmas.
Yours faithfully
{gm}
""")
t("letter-from-party", "en", "email", "parent", "Information for FCA", """
Hi,
As asked on the phone here is the info: my new address is {addr} (please do NOT give it to him). {c1}'s GP is {gp}. My partner's full name is {pt}, date of birth 14/03/1990, he is happy for you to do checks.
Thanks, {mf}
Sent from my iPhone
""", subj="info you asked for")
t("letter-from-party", "en", "scan", "", "Statement from parent", """
TO CAFCASS.  FROM {f}.  CASE {cn}
Things you need to know before the next court:
- she moved the kids to her mums without telling me
- i have done the parenting course (certificate attached)
- i passed my drug test, it was her that said i use
- {c1} told me on facetime he wants to live with me
i want this letter put in front of the judge
""")

# correspondence: everything else in the case's post that is not one of the specific letters:
#   court staff e-mails (listing, sending orders, asking where a report is), party solicitors'
#   letters, cover e-mails that merely forward an attachment, fax / DX cover sheets, schools or
#   contact centres arranging logistics, interpreters booking, internal transfer e-mails.
t("correspondence", "en", "email", "court", "Court email", """
Good morning,
Please find attached the sealed order from the hearing on {d2} before {judge}. Kindly note the direction at paragraph 4 for Cafcass.
Regards
Family Listing Team
{court}
This e-mail and any attachments is intended for the named recipient only.
""", subj="{cn} - sealed order")
t("correspondence", "en", "email", "court", "Chaser from court", """
Dear Cafcass
The judge has asked whether the report due on {d2} in the above matter has been filed, as it is not on the court file. The hearing remains listed for {d3}. Please file by return or explain the delay.
Court Officer, Family Section
""", subj="{case} {cn} - report outstanding?")
t("correspondence", "en", "doc", "firm", "Solicitor letter", """
{fsol}
Our ref: FAM/{ref}   Your ref: {cn}
Dear Sirs
We act for {f}. Our client informs us he has not yet been contacted by your officer. We would be grateful for confirmation of who is allocated and when our client will be interviewed, bearing in mind the filing date of {d3}. We enclose our client's consent to disclosure of his medical records.
Yours faithfully
{fsol}
""")
t("correspondence", "en", "email", "cafcass", "Forwarding email", """
Hi Business Services,
Please can you save the attached to the case. It's the school's report that came in this morning.
Thanks
{fca}
---------- Forwarded message ----------
From: office@school.sch.uk
Subject: {c1} {c1s}
Please see attached as requested.
""", subj="FW: {c1} {c1s}")
t("correspondence", "en", "email", "provider", "Centre booking", """
Dear {fca},
Thank you for the referral. We can offer Saturday sessions from {d3}, 10.00-12.00, in the family room. Mum to arrive 10.00, dad 9.45 and leave by separate exit. We need signed referral forms from both parents before the first session.
Kind regards
Bookings, {prov}
""", subj="Referral {c1s} - dates available")
t("correspondence", "cy", "email", "court", "E-bost y llys", """
Bore da,
Amgaeir y gorchymyn wedi'i selio o'r gwrandawiad ar {d2cy}. Nodwch y cyfarwyddyd i CAFCASS Cymru ym mharagraff 3.
Cofion
Tîm Rhestru, {court_cy}
""", subj="{cn} gorchymyn")
t("correspondence", "cy", "email", "firm", "Llythyr cyfreithiwr", """
Annwyl Syr/Fadam
Rydym yn gweithredu ar ran {m}. Deallwn fod adroddiad i'w ffeilio erbyn {d3cy}. A fyddech cystal â chadarnhau pwy yw'r swyddog a neilltuwyd a phryd y bydd yn cyfweld â'n cleient.
Yn gywir
{msol}
""", subj="Eich cyf {cn}")
t("correspondence", "en", "email", "internal", "Transfer email", """
Hi {mgr},
This case has moved: mother now lives in {town}, and the court has transferred the proceedings. Can you please accept the transfer on ECMS and allocate? Papers are all on the file; the report is due {d3}.
Thanks, Business Services
""", subj="Case transfer {cn}")
t("correspondence", "en", "doc", "court", "Fax cover", """
FAX / DX COVER SHEET
To: Cafcass    From: {msol}
Date: {d}   Pages (incl. this): {n}
Re: {case}  {cn}
Message: Please find enclosed our client's position statement for the hearing on {d3}. Hard copy to follow by DX.
If you do not receive all pages please call {tel}.
""")
t("correspondence", "en", "email", "any", "Interpreter booking", """
Dear Cafcass
We confirm an Arabic interpreter, Mr Y. Haddad, is booked for your home visit on {d3} at 10.30 at the address given. Please quote booking ref INT-{ref} on any change. Cancellation within 48 hours is chargeable.
{interp}
""", subj="Booking confirmation INT-{ref}")
t("correspondence", "en", "email", "school", "School reply", """
Hello,
Thank you for your email. {c1} is in Year 4 with Mrs Hale. You are welcome to see {him} in school on {d3} after lunch - please sign in at reception with ID. The DSL is off that day but the deputy can speak to you.
Best wishes
School Office, {school}
""", subj="Re: visit to see {c1}")

# ============================================================================================
# case-plan
# ============================================================================================
# case-plan: the practitioner's plan, started on allocation: key information from the
#   safeguarding letter and allocation note, the issues, then each enquiry as What / Why / How
#   (who to see, which agencies, which tools - e.g. domestic abuse practice pathway, child impact
#   assessment framework, wishes and feelings tools), with timescales to the filing date.
t("case-plan", "en", "doc", "cafcass", "Plan of work", """
Plan of work - {c1} {c1s} - {cn}
Key information from SER: police record two domestic incidents ({yr}); LA closed CIN.
Issues for the court: should {c1} spend time with father; is contact safe?
WHAT: interview mother | WHY: understand allegations and her proposals | HOW: face to face, office, DA screening tool
WHAT: interview father | WHY: response to allegations, insight | HOW: face to face, Cafcass DA practice pathway
WHAT: see {c1} | WHY: wishes and feelings | HOW: school, 'three houses', ecomap
WHAT: school and GP | WHY: corroborate | HOW: letter with consent
Filing date: {d3}
""")
t("case-plan", "en", "doc", "cafcass", "Enquiries planned", """
PLANNED ENQUIRIES (updated {d})
1. What: observe time with father at {prov}. Why: court asked whether contact should progress. How: observation, Child Impact Assessment Framework - harmful conflict guidance.
2. What: speak to health visitor re {c2}. Why: mother reports developmental delay. How: phone, consent obtained.
3. What: review LA file. Why: historic s47. How: request via SW.
Theory/tools: attachment theory; parental alienation not assumed - consider all explanations for resistance.
Timescale: report filed by {d3}.
""")
t("case-plan", "en", "doc", "cafcass", "Case planning - public law", """
Guardian's plan
Child(ren): {c1} ({c1age}), {c2} ({c2age})   Proceedings: care, issued {d2}
Initial view: threshold likely crossed (neglect, DA). Children placed with maternal grandmother under ICO.
Tasks:
- read LA bundle and social work evidence | by IRH
- visit children in placement | within 10 working days
- meet parents with solicitors' agreement | before CMH
- consider need for ISW/psychological assessment | advise solicitor
- instruct {csol} | done {d2}
""", law="C")
t("case-plan", "cy", "doc", "cymru", "Cynllun gwaith", """
Cynllun yr achos - {c1} {c1s} - {cn}
Gwybodaeth allweddol o'r SER: yr heddlu wedi eu galw ddwywaith; yr awdurdod lleol yn adnabod y teulu.
BETH: cyfweld y fam | PAM: deall ei phryderon | SUT: wyneb yn wyneb, offeryn sgrinio cam-drin domestig
BETH: cyfweld y tad | PAM: ymateb i'r honiadau | SUT: wyneb yn wyneb
BETH: gweld {c1} | PAM: dymuniadau a theimladau | SUT: yn yr ysgol, 'tri thŷ'
Dyddiad ffeilio: {d3cy}
""")
t("case-plan", "cy", "doc", "cymru", "Cynllunio achos", """
Cynllunio ac ymholiadau - achos cyfraith breifat
Dyddiad dechrau: {dcy} (wedi'r dyraniad)
Beth / Pam / Sut:
- Gwirio gyda'r ysgol / presenoldeb a lles / galwad ffôn gyda'r Person Diogelu Dynodedig
- Cysylltu â'r ymwelydd iechyd / datblygiad {c2} / galwad ffôn
- Ystyried adroddiad o'r profion gwallt / honiadau am gyffuriau / darllen yr adroddiad pan ddaw
Offer asesu: Templed Adroddiad Dadansoddi (ART) i'w gadw yn y Dogfennau.
""")
t("case-plan", "en", "doc", "cafcass", "Plan", """
What I need to find out and how
- Does {c1} want to see {his} dad? -> direct work x2, school setting, words and pictures
- Is dad's drinking under control? -> hair strand result (court directed), GP letter
- Can the parents communicate? -> joint meeting only if DA screening shows safe - otherwise separate
- Impact of conflict on {c1} -> teacher's view, Child Impact Assessment Framework
Risks to consider throughout: coercive control alleged; mother in refuge until {d2}.
Manager discussion {d}: agreed.
""")
t("case-plan", "en", "att", "cafcass", "Allocation and plan", """
Allocation note: s7 report ordered {d2}, filing {d3}. PM comments: consider need to see half-sibling; check whether father completed DAPP.
Plan on allocation:
Enquiry | Purpose | Method
Father | insight re DAPP | interview + DAPP completion report
Mother | current safety | interview, safety planning
{c1} | wishes, feelings, experiences | 2 sessions, one at each home
Half-sibling | relationships | if age appropriate
Any dispute with allocation note: none.
""")
t("case-plan", "en", "doc", "cafcass", "Working plan", """
Working plan for this case (to be completed before any assessment work starts)
Child's lived experience: {c1} has moved school twice this year.
Hypotheses: (a) resistance linked to harm; (b) linked to loyalty conflict; (c) practical - distance.
Work to test each: see child alone; ask school; read police call-out log.
Research: Cafcass Child Impact Assessment Framework; Domestic Abuse Practice Pathway.
Review point: before drafting report.
""")
t("case-plan", "en", "doc", "cafcass", "Guardian's case planning", """
Planning for the IRH - public law
Care plan under scrutiny: long-term foster care for {c1}; rehabilitation of {c2} to mother.
Questions for me as guardian: is separating the siblings in their interests? Is the sibling contact plan adequate?
Actions: visit both placements; speak to IRO; ask solicitor to seek sibling assessment if not filed by {d3}.
""", law="C")

# case-plan-review: a dated review of the plan: what has been done, what changed, outstanding
#   actions, new risks, manager's oversight / supervision decision, revised timescale.
t("case-plan-review", "en", "doc", "cafcass", "Review of plan", """
Review of plan - {d}
Completed: mother and father interviewed; {c1} seen twice; school and GP responded.
Not completed: health visitor has not replied (chased {d2}).
What has changed: father disclosed a conviction for assault not on the original police check - further PNC requested.
Revised plan: further interview with father about the conviction; extend filing? Manager says no - file on time with update at hearing.
Reviewed with: {mgr}, Service Manager
""")
t("case-plan-review", "en", "doc", "cafcass", "Supervision - plan update", """
Supervision record extract - case {cn}
Progress against plan: 4 of 6 actions complete.
New information: {c1} made a disclosure at school on {d2}; referral made to {la} MASH the same day.
Decision: the plan is amended to include liaison with the allocated social worker and to await the s47 outcome before recommending progression of contact.
Next review: {d3}
Manager: {mgr}     Practitioner: {fca}
""")
t("case-plan-review", "cy", "doc", "cymru", "Adolygu'r cynllun", """
Adolygiad o'r cynllun - {dcy}
Wedi ei gwblhau: cyfweld y ddau riant; gweld {c1} yn yr ysgol.
Heb ei gwblhau: dim ymateb gan y meddyg teulu eto.
Beth sydd wedi newid: y tad wedi symud tŷ; partner newydd - angen gwiriadau.
Cynllun diwygiedig: gwiriadau'r heddlu ar y partner; ymweliad cartref newydd.
Trafodwyd gyda: {mgr}, Rheolwr Ymarfer
""")
t("case-plan-review", "cy", "doc", "cymru", "Diweddariad cynllun", """
Diweddaru'r cynllun achos ar ôl y gwrandawiad ar {d2cy}
Mae'r llys wedi gofyn am adroddiad atodol erbyn {d3cy}. Gweithredoedd newydd:
- gweld {c1} eto ar ôl tri sesiwn cyswllt
- darllen adroddiad y ganolfan gyswllt
- siarad gyda'r gweithiwr cymdeithasol
Sylwadau'r rheolwr: cytuno.
""")
t("case-plan-review", "en", "doc", "cafcass", "Plan revisited", """
Plan revisited after hearing of {d2}
The court did not accept the recommendation for a s16A risk assessment and has instead directed an addendum limited to progression of contact. Actions from the original plan now closed: DAPP enquiries (no longer needed). New actions: observe 2 sessions; speak to {c1}; obtain contact centre notes. New timescale: addendum due {d3}.
""")
t("case-plan-review", "en", "doc", "cafcass", "Case review", """
QA / progress review   {d}
Is the plan still fit for purpose? Partly.
Outstanding: police call-out log requested {d2}, not received.
Risk update: no new incidents reported; mother's injunction expires next month - consider safety planning.
Children seen as planned? {c1} yes; {c2} no - too young, basis recorded.
Agreed changes: chase police; add safety planning session with mother.
""")
t("case-plan-review", "en", "doc", "cafcass", "Guardian plan review", """
Review - care proceedings, week 14
Since the last review: parenting assessment negative; ISW instructed for grandparents; children remain in foster placement.
Changes: the LA has now changed its plan to adoption for {c2}. My actions: visit {c2} with the adoption social worker; seek sibling attachment evidence; discuss with {csol} whether to oppose.
Next review at IRH.
""", law="C")
t("case-plan-review", "en", "doc", "cafcass", "Plan update note", """
Update to case plan following new information
Date: {d}.  Source: telephone call from {sw}, {la}.
{c1}'s older half-brother has moved into the father's home. He has a youth caution for possession of a knife.
Impact on plan: add enquiries with youth justice service; see {c1} again to ask about home; discuss with manager before recommending overnight stays.
Previous actions: unchanged.
""")
t("case-plan-review", "en", "att", "cafcass", "Review of actions", """
Action | Status at {d} | Comment
Interview M | done | {d2}
Interview F | done | by phone; F refused office
See {c1} | done | 1 session; 2nd booked
LA check | done | known, NFA
Police | outstanding | chased twice
Review outcome: on track to file by {d3}. Manager comment: ensure father's refusal to attend in person is explored in report.
""")

# ============================================================================================
# risk-and-safety
# ============================================================================================
# la-checks: the local authority's answer to a Cafcass safeguarding check: whether the children
#   and adults are known to children's services, dates of referrals, assessments, s47 enquiries,
#   CIN / CP plans, LAC episodes, current allocation and the social worker's name.  Often a
#   returned form ("Request for information - response") or a MASH e-mail.
t("la-checks", "en", "att", "la", "LA response", """
{la} - Children's Services
Response to request for information
Subject: {c1} {c1s} DOB {c1dob}
Known to Children's Social Care: YES
Summary: Referral {d4} from police following domestic incident, strategy discussion, section 47 enquiry completed - child protection plan (category: emotional abuse) {d4} until {yr}. Case closed.
Adults: {f} - known as parent only. {m} - known as parent only.
Current involvement: none.
Completed by: MASH officer
""", rc="child-protection")
t("la-checks", "en", "email", "la", "MASH reply", """
Hi,
Re your check for {c1} and {c2} {c1s} and parents at {addr}:
Not known to {la} children's social care.
Mother known to adult services? Not known.
No records held for the father.
Regards
MASH Business Support
""", subj="RE: Cafcass safeguarding enquiry {cn}")
t("la-checks", "en", "att", "la", "Children's services information", """
Information from children's social care records
Name | DOB | Known | Detail
{c1} {c1s} | {c1dob} | Yes | Child in need plan from {d2}; allocated social worker {sw}
{c2} {c1s} | {c2dob} | Yes | as above
{m} | - | Yes | parent
{pt} | - | Yes | previous partner's children subject to CP plans (other LA)
Current: open - child in need. SW happy to speak to Cafcass.
""", rc="other-childrens-social-care")
t("la-checks", "cy", "att", "la", "Ymateb awdurdod lleol", """
{la_cy} - Gwasanaethau Plant
Ymateb i gais am wybodaeth gan CAFCASS Cymru
Plentyn: {c1} {c1s}, dyddiad geni {c1dob_cy}
Yn hysbys i'r gwasanaethau cymdeithasol: YDY
Crynodeb: atgyfeiriad gan yr heddlu ar {d4cy}; ymholiadau adran 47; roedd y plentyn ar y gofrestr gyda chynllun amddiffyn plant tan {oldyr}. Achos ar gau.
Rhieni: yn hysbys fel rhieni yn unig.
""", rc="child-protection")
t("la-checks", "cy", "email", "la", "Ateb gwiriad", """
Prynhawn da,
Ynglŷn â'ch cais am wiriad ar gyfer {c1} {c1s} a'r rhieni:
Nid yw'r teulu yn hysbys i'r gwasanaethau plant.
Dim cofnodion am y tad na'r fam.
Cofion
Tîm Drws Ffrynt, {la_cy}
""", subj="Ateb: gwiriad diogelu {cn}")
t("la-checks", "en", "att", "la", "Returned check form", """
SAFEGUARDING ENQUIRY - RETURN
Family name: {c1s}     Address: {addr}
Has the family been known in the last 5 years? Y
Referrals: 3 (two police DA notifications, one school - attendance)
Outcomes: information and advice; early help offer declined {d4}
Looked after episodes: none
Any current plan: none
Any other adults in household known: mother's partner {pt} - not known
Returned by {la}, {d}
""")
t("la-checks", "en", "email", "la", "Social worker reply", """
Dear {fca},
I am the allocated social worker. {c1} has been looked after under section 20 since {d2} and is placed with foster carers; mum agreed to the arrangement. Father has not been assessed yet. We are considering PLO. Please call me on {tel} before you file anything.
{sw}, Social Worker, Children in Care Team, {la}
""", rc="looked-after-child", subj="RE: check {c1} {c1s}")
t("la-checks", "en", "att", "la", "Children's services check", """
Results of children's services checks requested by Cafcass on {d2}
Child: {c1} {c1s}. Known: no.
Applicant {app}: known - was himself a looked after child 1998-2004; no concerns as a parent.
Respondent {resp}: known - children of a previous relationship adopted in {oldyr}.
No current involvement. Info shared under Working Together.
""")
t("la-checks", "en", "doc", "la", "Reply to check", """
{la}, Integrated Front Door
Reference: IFD/{ref}
Thank you for your request dated {d2}. Our records show one contact: anonymous referral {d4} about the children being left alone; home visit completed, no further action.
No other information held. This response covers children's social care only; please contact Adult Social Care separately.
""")

# screening-response: answers to other screening requests made at intake: MARAC coordinator,
#   probation / youth justice, IDVA services, housing, DBS-style checks, national records; plus
#   safety-check replies stating "no trace".  Not the LA's own reply, not police.
t("screening-response", "en", "email", "any", "MARAC response", """
Dear Cafcass,
Re {m}, {addr}
The victim was heard at MARAC on {d4} (high risk, DASH score 16). Perpetrator recorded as {f}. Actions: IDVA support, target hardening, police marker on address. No further MARAC referrals since.
Please treat this information as confidential and do not disclose to the perpetrator.
MARAC Coordinator
""", subj="MARAC check - response")
t("screening-response", "en", "att", "any", "Probation response", """
Probation Service - response to family court enquiry
Name: {f}    PNC: not provided
Currently subject to: community order (12 months), Building Better Relationships programme - attended 14 of 24 sessions.
Risk of serious harm: medium to known adult (ex-partner). Low to children.
Probation practitioner: J. Okoro
""")
t("screening-response", "en", "email", "any", "IDVA reply", """
Hi,
We can confirm that {m} has been supported by our IDVA service since {d2}. She has a safety plan in place. With her consent we can tell you that she reports ongoing contact from {f} via social media. Please contact the IDVA directly on {tel} before any joint meeting is considered.
Independent Domestic Violence Advocacy Service
""", subj="Re: your enquiry")
t("screening-response", "cy", "email", "any", "Ymateb MARAC", """
Annwyl CAFCASS Cymru,
Mater: {m}
Trafodwyd yr achos yn y MARAC ar {d4cy} (risg uchel). Enw'r sawl a gyflawnodd: {f}. Camau: cymorth IDVA, marciwr yr heddlu ar y cyfeiriad.
Cadwch y wybodaeth hon yn gyfrinachol.
Cydlynydd MARAC
""", subj="Gwiriad MARAC")
t("screening-response", "cy", "att", "any", "Ateb y gwasanaeth prawf", """
Gwasanaeth Prawf Cymru - ymateb i ymholiad y llys teulu
Enw: {f}
Ar hyn o bryd: trwydded ar ôl rhyddhau o'r carchar hyd at {d3cy}.
Asesiad risg: risg ganolig i gyn-bartner; risg isel i blant.
Swyddog prawf: R. Hughes
""")
t("screening-response", "en", "email", "any", "No trace reply", """
Good afternoon,
Following your screening request, no trace has been found on our records for the following: {f}, {m}, {pt}.
This does not mean that no information exists elsewhere.
Regards
Youth Justice Service
""", subj="Screening request {ref}")
t("screening-response", "en", "att", "any", "Housing response", """
Housing Options - information sharing response
Household: {m} and 2 children
Accommodation history: refuge placement {d4} to {d2}; temporary accommodation since; homeless application on grounds of domestic abuse accepted.
Any risk flags: warning marker for {f} - not to be given address.
""")
t("screening-response", "en", "email", "cafcass", "Screening outcome", """
Hi {fca},
Screening outcome for {cn}:
- LA: response received, see separate document
- Police: awaited
- Probation: father not known
- MARAC: mother heard {d4}
Screening complete apart from police. Intake team.
""", subj="Screening {cn}")
t("screening-response", "en", "att", "any", "Enquiry response", """
Response to safeguarding enquiry - Drug and Alcohol Service
Client: {f}.  Consent on file: yes
Engaged with service since {d2}. Attending weekly keywork. Last 3 urine screens negative for opiates, positive for cannabis. Prescribed: none.
Worker view: motivated, but early in recovery.
""")

# safety-assessment: Cafcass's own tools and assessments with parties about risk: domestic abuse
#   screening / practice pathway tools, risk assessment under s16A, safety planning, LADO
#   referrals, welfare referrals and s47 referrals to children's services made by the FCA.
t("safety-assessment", "en", "doc", "cafcass", "Risk assessment", """
Assessment of risk under section 16A Children Act 1989
Trigger: during interview on {d2}, {f} said he would "take {c1} abroad and nobody would find them".
Risk factors: previous threats, access to passport, family in Pakistan, recent loss of job.
Protective factors: {c1}'s passport held by mother's solicitor.
Assessment: risk of abduction - medium. Court to be informed immediately.
Completed by: {fca}, FCA, {d}
""")
t("safety-assessment", "en", "doc", "cafcass", "DA screening tool", """
Domestic abuse screening - completed with {m}
Types of abuse described: physical [X] emotional [X] coercive control [X] financial [X] sexual [ ]
Frequency increasing?  Yes
Strangulation ever?  Yes ({yr})
Children present during incidents?  Yes - {c1} in the room
Separation date: {d2}.  Contact since separation: threats by text.
Practitioner view: high risk; refer to MARAC; do not propose joint meetings.
""")
t("safety-assessment", "en", "email", "cafcass", "Referral to children's services", """
To: {la} MASH
Referral from Cafcass - request for section 47 consideration
Child: {c1} {c1s}, {c1dob}, {addr}
Concern: during a session on {d} {c1} disclosed that {his} mother's partner hit {him} with a belt. Mark seen on forearm.
Action taken: mother informed; child remained at school pending your response.
Referrer: {fca}, Family Court Adviser, {tel}
""", subj="URGENT referral - {c1} {c1s}", rc="child-protection")
t("safety-assessment", "cy", "doc", "cymru", "Asesiad risg", """
Asesiad risg o dan adran 16A Deddf Plant 1989
Pryder: yn ystod y cyfweliad ar {d2cy} disgrifiodd y fam ymddygiad rheolaethol a bygythiadau gan y tad.
Ffactorau risg: trais yn y gorffennol; yfed alcohol; bygythiadau ar y cyfryngau cymdeithasol.
Ffactorau amddiffynnol: mae'r fam yn cael cymorth gan IDVA.
Casgliad: risg uchel o niwed emosiynol i {c1}. Hysbysu'r llys.
{fca}, {dcy}
""")
t("safety-assessment", "cy", "doc", "cymru", "Cynllun diogelwch", """
Cynllun diogelwch - wedi ei gytuno gyda {m}
1. Trosglwyddo'r plant yng ngorsaf yr heddlu yn unig.
2. Dim cyswllt uniongyrchol rhwng y rhieni - negeseuon trwy'r ap rhianta.
3. Os bydd y tad yn dod i'r tŷ, ffonio 999.
4. Ysgol wedi cael gwybod pwy sy'n cael casglu {c1}.
Adolygu: {d3cy}.
""")
t("safety-assessment", "en", "doc", "cafcass", "Safety planning", """
Safety planning with {resp} - {d}
Handover: at {prov} only; staggered arrivals.
Communication: only through the co-parenting app; no phone calls.
If threatened: call 999; IDVA number saved.
School informed of who can collect.
Review date: {d3}. FCA: {fca}
""")
t("safety-assessment", "en", "email", "cafcass", "LADO referral", """
Dear LADO,
I am making a referral about {pt}, who works as a sports coach at a junior football club in {town}. In the course of private law proceedings the mother has alleged that he assaulted her son. Police disclosure shows an allegation in {d4}, NFA.
Please advise whether you will consider this under allegations management.
{fca}, Cafcass
""", subj="LADO referral - person working with children")
t("safety-assessment", "en", "doc", "cafcass", "Harmful conflict analysis", """
Analysis of risk - harmful conflict and domestic abuse
Evidence considered: police log, both parents' accounts, school.
Pattern: ongoing hostile communication, two incidents at handover in front of {c1}.
Impact on {c1}: anxiety, stomach aches on Sunday evenings (school).
Is this domestic abuse or conflict? Features of coercive control are present (monitoring, threats); therefore treated as domestic abuse.
Conclusion: contact only with a safe handover plan.
""")
t("safety-assessment", "en", "doc", "cafcass", "Notice of completion", """
Notice to children's services of completion of Cafcass involvement
Child: {c1} {c1s}    Referral made by Cafcass on: {d2}
Final order made {d}: lives with mother; no direct contact with father; indirect contact by letter 4 times a year.
Please update your records. No further Cafcass involvement.
""")

# ============================================================================================
# reporting-to-court
# ============================================================================================
# safeguarding-letter: Cafcass's letter to the court before the FHDRA (in Wales the
#   Safeguarding Enquiries Report, SER): the outcome of police and LA checks, what each party said
#   in the screening telephone call, safeguarding issues, the child's circumstances, and a
#   recommendation (s7 report, s16A assessment, fact-finding, referrals, or no further work).
t("safeguarding-letter", "en", "att", "cafcass", "Letter before first hearing", """
To: {court}   Hearing: {d3}   Case: {cn}
Children: {c1} ({c1age})
1. Safeguarding checks: Police - two domestic incidents {yr}, {f} recorded as suspect. Local authority - not known.
2. Telephone discussions: {app} (applicant) seeks alternate weekends. {resp} alleges controlling behaviour and opposes overnight stays.
3. Assessment: the allegations, if proved, would be relevant to arrangements.
4. Recommendation: the court may wish to consider whether a fact-finding hearing is needed; if so, a report under s7 should follow it.
{fca}, Family Court Adviser
""", law="P")
t("safeguarding-letter", "en", "att", "cafcass", "Letter to court - first hearing", """
Outcome of safeguarding enquiries
The court should be aware that the police hold a record for the respondent of a conviction for battery ({d4}) against a previous partner. The LA response shows the family is currently open to children's services with a child in need plan.
Both parents were spoken to by telephone on {d2}. Both agree {c1} should see {his} father; the dispute is about frequency.
Cafcass is not aware of any safeguarding issues that would prevent the parties reaching agreement at the first hearing, provided handovers are supported.
""", law="P")
t("safeguarding-letter", "cy", "att", "cymru", "Adroddiad ymholiadau diogelu", """
Adroddiad Ymholiadau Diogelu (SER) i'r llys
Llys: {court_cy}   Gwrandawiad: {d3cy}
Plentyn: {c1} ({c1age} oed)
Gwiriadau: Heddlu - un digwyddiad domestig yn {yr}. Awdurdod lleol - ddim yn hysbys.
Trafodaethau ffôn: mae'r {appr_cy} yn gofyn am drefniadau byw; mae'r {respr_cy} yn gwrthwynebu.
Argymhelliad: dylai'r llys ystyried gorchymyn adroddiad adran 7.
{fca}, Ymgynghorydd Llys Teulu, CAFCASS Cymru
""", law="P")
t("safeguarding-letter", "cy", "att", "cymru", "Llythyr i'r llys cyn y gwrandawiad", """
Canlyniad ymholiadau diogelu
Nid oes gan yr heddlu na'r awdurdod lleol wybodaeth am y teulu. Siaradwyd â'r ddau riant dros y ffôn ar {d2cy}. Mae'r ddau yn cytuno y dylai {c1} dreulio amser gyda'r ddau ohonynt.
Nid yw CAFCASS Cymru yn ymwybodol o unrhyw faterion diogelu a fyddai'n atal cytundeb yn y gwrandawiad cyntaf.
""", law="P")
t("safeguarding-letter", "en", "doc", "cafcass", "SER", """
CHILD ARRANGEMENTS PROGRAMME - information for the FHDRA
Checks made: Police [returned]  LA [returned]  Other [MARAC]
Summary of issues raised by the parties in interview: mother - alcohol misuse by father, drink driving with {c1} in car (denied); father - mother's mental health (she accepts anxiety, treated by GP).
Child's circumstances: {c1} lives with mother, attends {school}, no contact for 4 months.
Recommendations: interim supervised contact at {prov}; hair strand testing of father (6 months, alcohol); report under s7 if no agreement.
""", law="P")
t("safeguarding-letter", "en", "att", "cafcass", "Letter to court", """
Dear {judge},
Re {c1} {c1s} - first hearing on {d3}
Cafcass has completed its enquiries. The mother could not be contacted despite three attempts and a letter. The father told us he has no concerns about the mother's care and only wants a regular arrangement. Neither police nor {la} hold information.
In the absence of the mother's account Cafcass cannot say there are no safeguarding issues. We recommend the court explores this with the mother at the hearing.
""", law="P")
t("safeguarding-letter", "en", "att", "cafcass", "Pre hearing letter", """
Information for the court before the first hearing
Police disclosure: 6 call-outs to the family address in the last 2 years; the most recent on {d2} - verbal argument, children present.
LA: {c1} and {c2} were subject to a child protection plan until {d4}.
Issues: both parents describe the other as the aggressor.
Cafcass recommends: a section 7 report addressing the impact of domestic abuse on the children; the parents attend separate SPIP.
""", law="P", rc="child-protection")
t("safeguarding-letter", "en", "doc", "cafcass", "Checks summary to court", """
Safeguarding enquiries - outcome
We have spoken to the applicant grandmother, {gm}, who cares for {c1} under a special guardianship order, and to the mother. The mother seeks to increase her time with {c1}. The grandmother reports that the mother relapsed into heroin use in {yr}.
Checks: police - possession offences (mother); LA - known, SGO support plan.
Recommendation: drug testing of mother; report under s7 thereafter.
""", law="P")
t("safeguarding-letter", "en", "att", "cafcass", "Cafcass letter", """
Introduction
This letter sets out the outcome of the safeguarding checks Cafcass made with the police and local authority, and of the telephone calls with the parents. It is not a welfare report; Cafcass has not spoken to the children.
Conclusion
There are no safeguarding concerns. Both parents accept the other is a good parent. Cafcass suggests the parties use the hearing to agree a holiday schedule; no further Cafcass work is needed.
""", law="P")

# section-7-report: the welfare report ordered under s7 Children Act 1989 (in Wales also
#   "adroddiad adran 7"): background, enquiries made, the child's wishes and feelings, the welfare
#   checklist (s1(3)) point by point, analysis of risk, recommendations for child arrangements.
#   Long; real copies arrive as single pages.  Titles: "Report to the court", "Welfare report".
t("section-7-report", "en", "att", "cafcass", "Report to the court", """
REPORT TO THE COURT UNDER SECTION 7 OF THE CHILDREN ACT 1989
Case: {case}  {cn}   Filing date: {d}
Author: {fca}, Family Court Adviser
1. Enquiries: I interviewed both parents, saw {c1} twice, and contacted the school and GP.
2. The welfare checklist
(a) ascertainable wishes and feelings: {c1} told me {he} wanted "more time at dad's but not every weekend"
(b) physical, emotional and educational needs
Page 1 of 14
""", law="P")
t("section-7-report", "en", "att", "cafcass", "Welfare report", """
WELFARE REPORT
Page 9 of 12
(e) any harm which the child has suffered or is at risk of suffering
27. The police call-out log shows that {c1} was present during three incidents. {c1} described hiding upstairs "with my headphones". I consider {he} has suffered emotional harm from the conflict.
(f) capability of each parent
28. Both parents love {c1}. {mf} has shown she can prioritise {his} needs...
""", law="P")
t("section-7-report", "en", "att", "cafcass", "Recommendations page", """
RECOMMENDATIONS
42. I respectfully recommend that the court makes a child arrangements order that {c1} lives with {his} mother and spends time with {his} father:
 a) every other weekend from Friday after school to Sunday 5pm;
 b) half of each school holiday;
 c) handovers at school where possible.
43. I recommend a Family Assistance Order is not necessary.
44. I do not intend to attend the next hearing unless directed.
{fca}   Family Court Adviser   {d}
Page 14 of 14
""", law="P")
t("section-7-report", "cy", "att", "cymru", "Adroddiad i'r llys", """
ADRODDIAD I'R LLYS O DAN ADRAN 7 DEDDF PLANT 1989
Llys: {court_cy}   Rhif yr achos: {cn}
Awdur: {fca}, Ymgynghorydd Llys Teulu
1. Ymholiadau: cyfarfûm â'r ddau riant, gwelais {c1} ddwywaith a siaradais â'r ysgol.
2. Rhestr wirio lles
(a) dymuniadau a theimladau: dywedodd {c1} {ei_fod} eisiau treulio mwy o amser gyda'r tad.
Tudalen 1 o 12
""", law="P")
t("section-7-report", "cy", "att", "cymru", "Argymhellion", """
ARGYMHELLION
38. Argymhellaf yn barchus fod y llys yn gwneud gorchymyn trefniadau plant bod {c1} yn byw gyda'r fam ac yn treulio amser gyda'r tad bob yn ail benwythnos.
39. Nid wyf yn argymell gorchymyn cymorth i deuluoedd.
{fca}   Ymgynghorydd Llys Teulu   {dcy}
Tudalen 12 o 12
""", law="P")
t("section-7-report", "en", "att", "cafcass", "Report s7 wishes and feelings", """
Report limited to the wishes and feelings of {c1}
The court asked me on {d2} to ascertain the wishes and feelings of {c1} only. I saw {c1} at {school} on {d}. I used a "three houses" exercise. In the house of worries {c1} put "mum and dad shouting at the door". In the house of dreams {he} put "living with mum and seeing dad on Saturdays".
Weight: {c1} is {c1age} and able to express a clear view, which should carry significant weight.
""", law="P")
t("section-7-report", "en", "att", "local-authority", "LA s7 report", """
Report prepared by {la} pursuant to section 7 Children Act 1989
Author: {sw}, Social Worker
The court directed the local authority (not Cafcass) to report because the family is open to children's services.
Analysis: {c1} is subject to a child in need plan. The father's home was assessed on {d2} and is suitable. The LA recommends staying contact resume gradually.
""", law="P", rc="other-childrens-social-care")
t("section-7-report", "en", "att", "cafcass", "Report page", """
... {c1} has lived with {his} mother since separation in {oldyr}.
Enquiries undertaken
- Interview with {app}, {d2}, at the office
- Interview with {resp}, {d2}, by video
- Direct work with {c1} x2
- Checks: police (updated), local authority, school, GP
Background
The parents separated after an incident on which the court made findings on {d4} (see the fact-finding judgment). Those findings are the foundation of my assessment of risk.
""", law="P")
t("section-7-report", "en", "att", "cafcass", "Analysis and recommendation", """
Analysis
In weighing the welfare checklist I have placed most weight on the findings of domestic abuse and on {c1}'s clear wish not to stay overnight. Practice Direction 12J requires the court to consider whether contact can be safe for the child and the parent with whom the child lives.
Recommendation
That {c1} spends supported time with {his} father at {prov}, fortnightly, for six months, with a review by the parties thereafter.
""", law="P")

# guardian-analysis: the children's guardian's analysis and recommendations in public law
#   (care / supervision / placement proceedings): threshold, the LA care plan, realistic options
#   (Re B-S balancing exercise), welfare checklist s1(3)/ACA s1(4), contact, timescales.  Titles:
#   "Final analysis", "Initial analysis", "Case analysis and recommendations".
t("guardian-analysis", "en", "att", "cafcass", "Final analysis", """
FINAL CASE ANALYSIS AND RECOMMENDATIONS
In the matter of {c1} and {c2} {c1s} - care proceedings, {la}
Prepared for the IRH on {d3}
1. I have read the LA's final evidence and care plans, the parenting assessment and the psychological report.
2. Realistic options: (i) return to mother under a supervision order; (ii) placement with maternal aunt under an SGO; (iii) long-term foster care.
3. Balancing exercise: ...
Page 1 of 18
""", law="C")
t("guardian-analysis", "en", "att", "cafcass", "Initial analysis", """
Initial analysis for the case management hearing
Threshold: I agree the threshold criteria under s31 are likely to be met on the basis of neglect and exposure to domestic abuse.
Interim removal: {c1} and {c2} are looked after under an interim care order, placed with foster carers. In my view removal was necessary and proportionate.
Assessments I support: parenting assessment of mother; viability of paternal grandmother; cognitive assessment of mother.
Timetable: 26 weeks, final hearing by week 24.
""", law="C", rc="looked-after-child")
t("guardian-analysis", "en", "att", "cafcass", "Position of the children's guardian", """
... The children's guardian has considered the plan for adoption. The options of return home and kinship care have been properly assessed and ruled out.
Welfare checklist (Adoption and Children Act 2002 s1(4)): {c2} is {c2age} and needs permanence within her timescale. The likely effect of becoming an adopted person throughout her life has been weighed.
Recommendation: the guardian supports the making of care and placement orders, with post-adoption letterbox contact twice a year.
""", law="C", rc="adoption")
t("guardian-analysis", "cy", "att", "cymru", "Dadansoddiad terfynol", """
DADANSODDIAD TERFYNOL AC ARGYMHELLION Y GWARCHEIDWAD PLANT
Achos gofal: {la_cy} - {c1} {c1s}
1. Trothwy: cytunaf fod meini prawf adran 31 wedi eu bodloni.
2. Opsiynau realistig: dychwelyd at y fam; gorchymyn gwarcheidiaeth arbennig gyda'r nain; gofal maeth hirdymor.
3. Argymhelliad: gorchymyn gwarcheidiaeth arbennig gyda'r nain, gyda gorchymyn goruchwylio am 12 mis.
{gdn}, Gwarcheidwad Plant, CAFCASS Cymru
""", law="C")
t("guardian-analysis", "cy", "att", "cymru", "Dadansoddiad cychwynnol", """
Dadansoddiad cychwynnol ar gyfer y Gwrandawiad Rheoli Achos
Mae {c1} yn derbyn gofal o dan orchymyn gofal interim ac wedi {ei_leoli} gyda gofalwyr maeth.
Asesiadau: asesiad rhianta o'r fam; asesiad hyfywedd o'r nain.
Amserlen: 26 wythnos.
{gdn}, Gwarcheidwad Plant
""", law="C", rc="looked-after-child")
t("guardian-analysis", "en", "att", "cafcass", "Guardian report page", """
Page 12 of 21
Contact
58. The children currently see their mother three times a week, supervised. Sessions are warm. I agree with the LA that this should reduce to monthly if the final care plan is approved.
The guardian's recommendation
59. I recommend the court makes a care order in respect of {c1}. The care plan for long-term fostering meets {his} needs.
{gdn}  Children's Guardian
""", law="C")
t("guardian-analysis", "en", "att", "cafcass", "Analysis for IRH", """
Case analysis for issues resolution hearing
The local authority seeks a supervision order. Mother has engaged with the parenting programme and her hair strand tests since {d2} are negative for cocaine.
Is the risk now manageable at home? On balance, yes. I have visited the home three times; {c1}'s attendance at school is 97%.
My recommendation: 12 month supervision order; the child protection plan to continue until reviewed.
""", law="C", rc="child-protection")
t("guardian-analysis", "en", "att", "cafcass", "Analysis - secure accommodation", """
Children's guardian - analysis (s25 Children Act 1989 application)
{c1} ({c1age}) has been reported missing 14 times since {d2}, often found in another city with older males. Exploitation concerns; NRM referral made.
Criteria for secure accommodation: met. Is it in {his} welfare? Yes, for the shortest time.
Recommendation: secure accommodation order for 3 months.
""", law="C", rc="missing-person")
t("guardian-analysis", "en", "att", "cafcass", "Recommendations to court", """
THE GUARDIAN'S ANALYSIS
The issue is whether the children should be placed together. Having spoken to both children and their carers, and read the sibling assessment, I consider that {c1} and {c2} should remain together even if this delays a permanent placement.
I do not support the LA's application for placement orders today. An extension to 30 weeks is justified.
""", law="C")

# letter-to-court: the allocated practitioner writing to the court in place of a report:
#   progress under a Family Assistance Order, asking for an extension, explaining why a report
#   will be late, informing the court of a new risk, withdrawing a recommendation.
t("letter-to-court", "en", "att", "cafcass", "Letter re FAO", """
To: {judge}, {court}
Re: {c1} {c1s} - Family Assistance Order made {d4}
I write, for placing on the court file, to update the court at the end of the Family Assistance Order. Over six months I met the parents separately four times and jointly twice. Handovers now take place at school without incident. {c1} is seeing {his} father as ordered.
Cafcass's involvement ends today.
{fca}, Family Court Adviser
""")
t("letter-to-court", "en", "email", "cafcass", "Extension request", """
Dear Court Manager,
I am the allocated FCA in the above case. I am writing to ask the court to extend the filing date of my report from {d2} to {d3}. The hair strand test results the court directed have not been received and my analysis depends on them. The hearing date need not move.
I have copied this to the parties' solicitors.
{fca}
Family Court Adviser
""", subj="{cn} - request to extend filing date")
t("letter-to-court", "en", "att", "cafcass", "Update to the court", """
Dear Sir/Madam
I write to inform the court that since the last hearing {c1} has disclosed to a teacher that {he} was hit by {his} father. A referral has been made to {la}. I do not consider I can properly complete my report until the outcome of the enquiry is known.
I invite the court to list the matter for directions.
{fca}
""")
t("letter-to-court", "cy", "att", "cymru", "Llythyr at y llys", """
At: {court_cy}
Annwyl Syr/Fadam
Ysgrifennaf i ofyn i'r llys ymestyn y dyddiad ffeilio ar gyfer fy adroddiad o {d2cy} i {d3cy}. Nid yw canlyniadau'r profion gwallt wedi dod i law.
Anfonwyd copi at gynrychiolwyr y partïon.
Yn gywir
{fca}, Ymgynghorydd Llys Teulu
""")
t("letter-to-court", "cy", "att", "cymru", "Diweddariad i'r llys", """
Annwyl Farnwr,
Diweddariad ar ddiwedd y Gorchymyn Cymorth i Deuluoedd
Yn ystod y chwe mis diwethaf cyfarfûm â'r rhieni bedair gwaith. Mae'r trefniadau cyswllt yn gweithio'n dda ac mae {c1} yn hapus.
Daw rhan CAFCASS Cymru yn yr achos i ben heddiw.
{fca}
""")
t("letter-to-court", "en", "att", "cafcass", "Letter in place of report", """
To the court
The court asked Cafcass to report on whether the child arrangements order should be varied. Both parents have now agreed arrangements in writing (copy attached) and ask the court to approve them by consent. In these circumstances I do not propose to file a full report; I have no safeguarding concerns about the agreement.
{fca}
""")
t("letter-to-court", "en", "email", "cafcass", "Email to judge's clerk", """
Dear Clerk to {judge},
Please place before the judge: I am unable to attend the hearing on {d3} due to a safeguarding emergency on another case. My report was filed on {d2} and its recommendation is unchanged. A duty FCA will attend and has the file.
Apologies to the court.
{fca}
""", subj="{cn} hearing {d3} - FCA attendance")
t("letter-to-court", "en", "att", "cafcass", "Letter - change of recommendation", """
Dear {judge}
I write to inform the court that I no longer support the recommendation at paragraph 41 of my report. Since filing, the father has been arrested on suspicion of breaching the non-molestation order ({d2}). I now recommend that contact is supervised pending the outcome.
Yours faithfully, {fca}
""")
t("letter-to-court", "en", "att", "cafcass", "Late filing letter", """
Dear Court
I apologise that my report due {d2} will be late. The mother has been in hospital and I have not been able to complete my interview with her. I expect to file by {d3}. I attach a short note of the work done so far.
""")

# addendum-report: a further report after the first one: the court asks for an update on a
#   limited issue (progression of contact, new partner, test results, the child's views after
#   findings).  Refers back to "my report dated ..."; shorter; often says "this should be read
#   with".
t("addendum-report", "en", "att", "cafcass", "Further report", """
FURTHER REPORT
This report should be read with my report dated {d4}.
Scope: the court asked (order of {d2}) whether time with father should progress to overnight stays.
Update: six supported sessions have taken place. The centre notes are positive.
{c1}'s views: {he} says {he} is "ready for sleepovers".
Recommendation: overnight stays every other Saturday from {d3}.
""", law="P")
t("addendum-report", "en", "att", "cafcass", "Update report", """
Update for the court - since my last report
1. At paragraph 33 of my earlier report I recommended supervised contact pending a drug test. The test result (received {d2}) is negative for cocaine and cannabis over six months.
2. I have seen {c1} again. {His} views are unchanged.
3. I now recommend unsupervised day contact, progressing in three months.
""", law="P")
t("addendum-report", "cy", "att", "cymru", "Adroddiad pellach", """
ADRODDIAD PELLACH
Dylid darllen yr adroddiad hwn gyda fy adroddiad dyddiedig {d4cy}.
Cwmpas: gofynnodd y llys (gorchymyn {d2cy}) a ddylai'r cyswllt symud ymlaen i aros dros nos.
Diweddariad: cynhaliwyd pedwar sesiwn yn y ganolfan gyswllt. Roedd y sesiynau'n gadarnhaol.
Argymhelliad: aros dros nos bob yn ail benwythnos.
""", law="P")
t("addendum-report", "cy", "att", "cymru", "Diweddariad i'r adroddiad", """
Diweddariad ar ôl y gwrandawiad canfod ffeithiau
Gwnaeth y llys ganfyddiadau ar {d2cy} fod y tad wedi ymddwyn yn rheolaethol. Mae hyn yn newid fy asesiad. Rwy'n argymell cyswllt anuniongyrchol yn unig hyd nes bydd y tad wedi cwblhau rhaglen.
{fca}
""", law="P")
t("addendum-report", "en", "att", "cafcass", "Report following findings", """
Report following the fact-finding hearing
Purpose: to assess risk in light of the findings made on {d2} (Schedule of findings, paragraphs 1, 3 and 4 found proved).
The father does not accept the findings. PD12J para 36 requires the court to consider whether the father can be expected to avoid further abuse. Without acceptance and work, I cannot say risk has reduced.
Recommendation: indirect contact; the father to attend a DAPP; review in 9 months.
""", law="P")
t("addendum-report", "en", "att", "cafcass", "Addendum", """
ADDENDUM
Further to my report filed on {d4}, the court directed me to consider the mother's new partner, {pt}.
Checks: police - caution for ABH {oldyr}; LA - not known. I met Mr {pt} on {d2}.
My recommendation at paragraph 40 of my earlier report is unchanged, subject to a condition that the children are not left alone in his care.
""", law="P")
t("addendum-report", "en", "att", "cafcass", "Supplementary report", """
Supplementary report - relocation
The court asked for a supplementary report on the mother's proposed move to {town}. I have considered the practical arrangements, the distance (3 hours), and {c1}'s own views. {c1} wants to go "if I can still see dad every school holiday".
I support the move with an order setting out holidays and video calls.
""", law="P")
t("addendum-report", "en", "att", "cafcass", "Guardian addendum", """
Addendum analysis of the children's guardian
Since my final analysis dated {d4}, the maternal aunt's SGO assessment has been completed and is positive. I withdraw my support for the LA's plan of long-term fostering and support an SGO to the aunt, with a 12 month supervision order.
""", law="C")
t("addendum-report", "en", "att", "cafcass", "Short update report", """
Page 1 of 3
UPDATING REPORT
Reason: 4 months have passed since my report of {d4}. The court wants to know how the interim arrangements have gone before making a final order.
What has happened: 8 of 10 weekends took place; two were cancelled by the father due to work.
{c1} is settled. Recommendation unchanged.
""", law="P")

# ============================================================================================
# direct-work
# ============================================================================================
# letter-from-child: the child's own writing: to the FCA, "to the judge", notes about where they
#   want to live, texts/e-mails sent from a parent's phone, misspellings, kisses, age-typical
#   grammar.  The author is the child.
t("letter-from-child", "en", "scan", "", "Letter from child", """
Dear judge
My name is {c1} and I am {c1age}. I want to live with my mum and see my dad at weekends but not when he is angry. I dont like it when they shout. Please can my dog come to dads to.
from {c1}
xxx
""")
t("letter-from-child", "en", "scan", "", "Note to FCA", """
to {fca}
thank you for listening to me at school. I forgot to say I am scared of [crossed out] I dont want to go to dads new house because his girlfriend is mean to me. Can you tell the judge but not tell dad I said it
{c1}
""")
t("letter-from-child", "en", "email", "parent", "Child's email", """
Hi its {c1} I am using my mums email. I want to tell you that I changed my mind I DO want to see dad on saturdays, just not sleeping there yet. Mum didnt tell me to write this
{c1} age {c1age}
""", subj="from {c1}")
t("letter-from-child", "cy", "scan", "", "Llythyr gan y plentyn", """
Annwyl Farnwr
Fy enw i yw {c1}. Dw i'n {c1age} oed. Dw i eisiau byw gyda Mam a gweld Dad ar y penwythnos. Dw i ddim yn hoffi pan maen nhw'n gweiddi. Plîs gadewch i fi aros yn yr un ysgol.
Diolch
{c1} xx
""")
t("letter-from-child", "cy", "scan", "", "Nodyn i'r swyddog", """
i {fca}
diolch am siarad efo fi. Wnes i anghofio dweud fy mod i eisiau gweld Taid hefyd. Dw i'n hapus yn nhŷ Dad ond dw i ddim isio cysgu yna eto.
{c1}
""")
t("letter-from-child", "en", "scan", "", "Handwritten note", """
Things I want the judge to know (by {c1})
1. I like living at nanas
2. I miss my brother
3. I want to see mum but only at the center
4. I want my own room
5. Please dont make me go back to the old house
""")
t("letter-from-child", "en", "scan", "", "Teen letter", """
To whoever reads this,
I'm {c1age} and I'm old enough to decide. I have told everyone I want to live with my dad. Everyone keeps asking me the same questions. I'm not being told what to say by anyone. I've just had enough of being in the middle. Please just let me go to dads and see mum when I want.
{c1} {c1s}
""")
t("letter-from-child", "en", "email", "parent", "Message from child", """
From {c1} (typed by me on dads laptop, dad is in the other room)
i want to tell you that i had fun at dads. we went to the park and had pizza. i want to go again next week. can you tell the court
""", subj="message")
t("letter-from-child", "en", "scan", "", "Card to judge", """
To the judge at {town} court
Please read this
I want both my mum and dad to stop fiting. I want to see both of them the same. I love them both the same.
love from {c1} age {c1age}
(drawing of a heart)
""")

# child-drawing: a picture by the child, reaching us as OCR of the words on it (captions, labels,
#   speech bubbles, the FCA's annotation of what the child said it shows), or just the child's
#   name and a date in the corner.
t("child-drawing", "en", "scan", "", "Drawing", """
[drawing]  my house    mummy   me   {c2}   our cat Biscuit
sun   flowers
{c1} age {c1age}
""")
t("child-drawing", "en", "scan", "", "Picture", """
DADDYS FLAT
me    daddy    the big tv
(arrow) my bed is here
{c1}
FCA annotation: {c1} drew this during our session on {d} and said "that's where I sleep when I go to Dad's".
""")
t("child-drawing", "en", "scan", "", "Child's picture", """
[picture of a family]
labels written by child: Mum, Nan, Me, {c2}, baby
Dad drawn separately outside the house: "Dad is outside because he shouts"
date {d}
""")
t("child-drawing", "cy", "scan", "", "Llun", """
[llun]   fy nhŷ i   Mam   fi   {c2}   y ci
haul   coeden
{c1} {c1age} oed
""")
t("child-drawing", "cy", "scan", "", "Llun y plentyn", """
TŶ DAD
fi   Dad   y gath
"dyma lle dw i'n cysgu"
Nodyn yr YLlT: tynnodd {c1} y llun hwn yn ystod y sesiwn ar {dcy}.
""")
t("child-drawing", "en", "scan", "", "Scan of picture", """
[crayon picture - scanned]
my best day
going to the beach with daddy and me and {c2} and an ice cream
{c1}
""")
t("child-drawing", "en", "scan", "", "Picture from session", """
(picture of a big monster with sharp teeth)
child's words: "this is the monster that comes when mummy's boyfriend is cross"
Drawn by {c1}, {c1age}, at school with {fca}. Original returned to child.
""")
t("child-drawing", "en", "scan", "", "Drawing scan", """
[drawing of two houses joined by a road]
house 1 MUMS   house 2 DADS
car on road "me going to dads"
written across top: I LIKE BOTH
""")
t("child-drawing", "en", "scan", "", "Colouring", """
Happy fathers day dad
[picture of a football pitch]
me and you scoring
from {c1}
""")

# direct-work-record: the FCA's or guardian's record of a session with the child: where, who was
#   present, the tools used (three houses, wishes and feelings worksheets, scaling, ecomap,
#   "my world" triangle, sentence completion, bears / feelings cards), what the child said in
#   their own words, observations, how the child's views will be shared.
t("direct-work-record", "en", "doc", "cafcass", "Session with child", """
Record of session with {c1}
Date: {d}   Venue: quiet room, {school}   Present: {fca} (FCA); {c1}
Tools: three houses; scaling 0-10 for each home
House of good things: "dad's has my PlayStation", "mum makes pancakes"
House of worries: "when they argue on the phone"
House of dreams: "everyone being kind"
Scaling: mum's 9, dad's 7
Explained that the judge decides, and what I will share. {c1} agreed I could tell the judge about the worries.
""")
t("direct-work-record", "en", "doc", "cafcass", "Wishes and feelings work", """
My wishes and feelings - completed with {fca}
The people in my family are: Mum, {c2}, Nana, Dad (sometimes)
The best thing about my life right now is: football club
Something I would like to change is: "mum and dad talking nice"
If I could talk to the judge I would say: "I want to see dad every Saturday"
Worker's notes: {c1} completed the sheet with help to spell. Relaxed. Seen alone.
""")
t("direct-work-record", "cy", "doc", "cymru", "Cofnod sesiwn gyda'r plentyn", """
Cofnod o sesiwn gyda {c1}
Dyddiad: {dcy}   Lleoliad: ystafell dawel, {school}
Yn bresennol: {fca}, YLlT; {c1}
Offer: tri thŷ; graddfa 0-10
Tŷ'r pethau da: "cael sglodion yn nhŷ Dad"
Tŷ'r pryderon: "pan maen nhw'n gweiddi ar y ffôn"
Tŷ'r breuddwydion: "pawb yn hapus"
Esboniais mai'r barnwr sy'n penderfynu.
""")
t("direct-work-record", "cy", "doc", "cymru", "Gwaith uniongyrchol", """
Fy nymuniadau a fy nheimladau
Pobl yn fy nheulu: Mam, Dad, {c2}, Nain
Y peth gorau am fy mywyd: yr ysgol a nofio
Beth hoffwn ei newid: "bod Mam a Dad yn ffrindiau"
Nodiadau'r gweithiwr: gwelwyd {c1} {ar_ei_ben} yn yr ysgol. Roedd yn hapus i siarad.
""")
t("direct-work-record", "en", "doc", "cafcass", "Ecomap session", """
Direct work - ecomap
{c1} put {him}self in the middle. Closest: Mum, cat, best friend Josh. Middle ring: Dad, Grandad. Outside: "Dad's girlfriend" with a crossed line.
What {c1} said: "I like Dad but his girlfriend tells me off for nothing".
Observations: became fidgety when talking about Dad's home; calm again when we moved on to school.
Next: share summary in report; {c1} chose which words to use.
""")
t("direct-work-record", "en", "doc", "cafcass", "Meeting the child", """
Visit to {c1} in foster placement - {d}
Status: looked after child, interim care order
Seen alone in bedroom. Used feelings cards. {c1} picked "sad" for missing mum and "safe" for the foster home. Asked when {he} can go home. I explained the court process in simple words and that I am the children's guardian and make sure the judge knows what {he} wants.
Carer reports good sleep, still wetting the bed occasionally.
""", law="C", rc="looked-after-child")
t("direct-work-record", "en", "doc", "cafcass", "Worksheet", """
ALL ABOUT ME   (completed with FCA, {d})
My name: {c1}   I am {c1age}
I live with: Mum and {c2}
When I go to Dad's I feel: 😊 excited / a bit nervous (both ticked)
Three wishes: 1. a puppy 2. to see Dad more 3. for Mum not to cry
What I want the judge to know: "I'm fine, just want it sorted"
""")
t("direct-work-record", "en", "doc", "cafcass", "Child's views", """
Note of work with young person
{c1} ({c1age}) met me at a café near {his} college, {his} choice of venue.
{He} said clearly that {he} does not want to see {his} father and does not want to be forced. {He} described the incident in {oldyr} in detail (recorded separately). {He} asked whether {he} could write to the judge; I said yes, and that {he} could also meet the judge if the judge agreed.
""")
t("direct-work-record", "en", "doc", "cafcass", "Scaling and bears", """
Worries and feelings - using the bears
Bear chosen for "me at Mum's": happy bear. "Me at Dad's": happy bear but also the worried bear "when Dad gets cross about the football".
Scale of worry 0-10: 3.
Asked what would help: "if Dad didn't shout at the telly".
Seen with {his} brother for 10 minutes, then alone.
""")

# child-meets-judge: the note (by the judge, or by the FCA who was present) of a child meeting
#   the judge in chambers or a court room: the judge explains they decide; the child is not giving
#   evidence; what the child wanted to say; the note is shared with the parties.
t("child-meets-judge", "en", "doc", "court", "Note of meeting", """
NOTE OF MEETING BETWEEN {judge} AND {c1} {c1s}
Date: {d}. Venue: judge's room, {court}. Present: the judge, {c1}, {fca} (Cafcass).
The judge explained that {he} was not there to give evidence and that the judge, not {c1}, would make the decision. {c1} said {he} wanted the judge to know {he} loves both parents and wants to live with mum in the week. {He} asked whether {his} dad would see this note; the judge explained that the parents would be told what was said.
The meeting lasted 20 minutes.
""")
t("child-meets-judge", "en", "doc", "cafcass", "Record of visit to court", """
Record of {c1}'s visit to court
{c1} ({c1age}) asked to meet the judge. The meeting took place on {d} in line with the Guidelines for Judges Meeting Children (2010). I accompanied {him}.
{c1} showed the judge a picture of {his} bedroom at Dad's. {He} said {he} wants "every weekend at Dad's". The judge thanked {him} and said he would think hard about it.
Note shared with the parties' representatives.
{fca}, FCA
""")
t("child-meets-judge", "cy", "doc", "court", "Nodyn o gyfarfod", """
NODYN O GYFARFOD RHWNG Y BARNWR A'R PLENTYN
Dyddiad: {dcy}. Lleoliad: {court_cy}. Yn bresennol: {judge}, {c1}, {fca} (CAFCASS Cymru).
Esboniodd y barnwr mai'r barnwr fyddai'n gwneud y penderfyniad, ac nad oedd {c1} yn rhoi tystiolaeth. Dywedodd {c1} {ei_fod} eisiau byw gyda Mam a gweld Dad bob penwythnos.
Bydd y rhieni yn cael gwybod beth a ddywedwyd.
""")
t("child-meets-judge", "cy", "doc", "cymru", "Cofnod ymweliad â'r llys", """
Cofnod o ymweliad {c1} â'r llys
Gofynnodd {c1} am gael cwrdd â'r barnwr. Cynhaliwyd y cyfarfod ar {dcy}. Es i gyda'r plentyn.
Dangosodd {c1} lun i'r barnwr. Dywedodd "dw i eisiau aros yn yr un ysgol".
Rhannwyd y nodyn gyda chynrychiolwyr y partïon.
{fca}, Ymgynghorydd Llys Teulu
""")
t("child-meets-judge", "en", "doc", "court", "Judge's note", """
Judge's note - {c1} (aged {c1age})
I met {c1} today with the Cafcass officer present. I told {him} I would not keep secrets from the parents. {He} was articulate and calm. {He} wants to stay at {school} and does not want to move to {town}. {He} asked me to make sure {his} mother does not get into trouble. I explained that I would decide after hearing the evidence.
{judge}, {d}
""")
t("child-meets-judge", "en", "doc", "cafcass", "Meeting with judge", """
Child meeting the judge - note by FCA
Before the meeting {c1} prepared a list with me: (1) I want to see Dad; (2) I don't want to change school; (3) can I have a phone.
In the meeting the judge went through the list. {c1} added "I don't want to be asked any more questions".
After the meeting {c1} said it was "better than I thought".
""")
t("child-meets-judge", "en", "doc", "court", "Record of judicial meeting", """
Recorder's note of a meeting with the subject child
Purpose: to allow {c1} to feel heard; not for evidence gathering.
{c1} said: "I just want it to be over. I'll go to Dad's if I can take my phone and ring Mum."
The recorder explained the next steps and that {c1} may write again if {he} wishes.
Time: 2.05pm - 2.25pm. Present: FCA {fca}, usher outside the door.
""")
t("child-meets-judge", "en", "email", "court", "Judge's note circulated", """
Dear all,
HHJ has asked me to circulate the attached note of the judge's meeting with {c1} today, below for ease:
"{c1} told me {he} is happy at home and wants to see {his} father every Saturday, not overnight. {He} was clear {he} had not been told what to say. I have not treated this as evidence."
Listing Officer
""", subj="{cn} note of judge meeting the child")
t("child-meets-judge", "en", "doc", "court", "Note of child seeing judge", """
Note of the child's meeting with the District Judge
Present: DJ, {c1}, FCA. Duration about 15 minutes.
{c1} asked what a judge does. The DJ explained. {c1} said {he} misses {his} nan and wants to see her. {c1} did not wish to talk about {his} parents. The DJ told {him} the decision would be made at the next hearing.
""")

# ============================================================================================
# court-orders
# ============================================================================================
# court-order: a substantive order that decides: child arrangements (lives with / spends time
#   with), prohibited steps, specific issue, non-molestation, care / interim care / supervision /
#   placement order, SGO, Family Assistance Order, s91(14) barring order, final orders made by
#   consent.  Sealed, with the judge's name, recitals and numbered paragraphs, penal notice.
t("court-order", "en", "att", "court", "Order", """
IN THE FAMILY COURT sitting at {town}     Case No: {cn}
The Children Act 1989
The child: {c1} {c1s} (born {c1dob})
ORDER made by {judge} on {d}
Upon hearing the applicant father in person and counsel for the respondent mother
IT IS ORDERED THAT
1. The child shall live with the mother.
2. The child shall spend time with the father every other weekend from Friday 4pm to Sunday 5pm and half of school holidays.
3. This is a final order.
""", law="P")
t("court-order", "en", "att", "court", "Prohibited steps", """
ORDER - Section 8 Children Act 1989
WARNING: IF YOU DO NOT COMPLY WITH THIS ORDER YOU MAY BE HELD IN CONTEMPT OF COURT
The respondent {f} must not remove {c1} {c1s} from the care of the applicant or from {his} school, and must not take {him} out of England and Wales, until further order.
This order was made without notice. The respondent may apply to set it aside.
Dated {d}
""", law="P")
t("court-order", "en", "att", "court", "Non-molestation order", """
Family Law Act 1996 Section 42
Non-molestation order
IMPORTANT NOTICE TO THE RESPONDENT {f}
You must obey this order. If you do not, you may be sent to prison or fined.
The respondent must not use or threaten violence against {m}, and must not instruct, encourage or in any way suggest that any other person should do so. The respondent must not go to {addr}.
This order shall last until {d3}.
""", law="P")
t("court-order", "cy", "att", "court", "Gorchymyn", """
YN Y LLYS TEULU / IN THE FAMILY COURT
{court_cy}   Rhif yr achos / Case No: {cn}
Deddf Plant 1989 / Children Act 1989
GORCHYMYN / ORDER
1. Bydd {c1} yn byw gyda'r fam. / The child shall live with the mother.
2. Bydd {c1} yn treulio amser gyda'r tad bob yn ail benwythnos. / The child shall spend time with the father on alternate weekends.
3. Gorchymyn terfynol yw hwn. / This is a final order.
Dyddiad / Dated: {dcy}
""", law="P")
t("court-order", "cy", "att", "court", "Gorchymyn gofal interim", """
GORCHYMYN GOFAL INTERIM - adran 38 Deddf Plant 1989
Y plentyn: {c1} {c1s}
Mae'r llys yn fodlon bod sail resymol dros gredu bod amodau adran 31(2) wedi eu bodloni.
Gorchmynnir bod y plentyn yng ngofal {la_cy} hyd nes {d3cy}.
{judge}   {dcy}
""", law="C", rc="looked-after-child")
t("court-order", "en", "att", "court", "Care order", """
Care Order - section 31 Children Act 1989
The court orders that the child {c1} {c1s} is placed in the care of {la}.
Findings: the threshold criteria are met on the basis of the agreed threshold document dated {d2}.
The court approved the local authority's care plan of long-term foster care.
Ordered by {judge} at {court} on {d}
""", law="C")
t("court-order", "en", "att", "court", "Family assistance", """
Family Assistance Order - section 16 Children Act 1989
The court orders Cafcass to make an officer available to advise, assist and befriend: {app}, {resp} and the child {c1}.
All named persons have consented.
The order has effect for 6 months from today, {d}.
The officer shall report to the court on the matters at paragraph 3 of the schedule by letter.
""", law="P")
t("court-order", "en", "att", "court", "Special guardianship", """
SPECIAL GUARDIANSHIP ORDER
Section 14A Children Act 1989
The court appoints {gm} to be special guardian of {c1} {c1s}.
The child shall spend time with the mother once a month supervised by the special guardian.
Leave is given to the special guardian to remove the child from the UK for up to 4 weeks for holidays.
Dated {d}   {judge}
""", law="C")
t("court-order", "en", "att", "court", "Final order by consent", """
BY CONSENT
Upon the parties reaching agreement
And upon the court reading the Cafcass report dated {d2}
IT IS ORDERED
1. The application for a child arrangements order is dismissed, the parents having agreed arrangements.
2. The father's application under section 91(14) is refused.
3. No order as to costs.
Sealed {d}
""", law="P")

# directions-order: a case management order that tells people what to do next: Cafcass to file a
#   s7 report by a date, parties to file statements, C1A, schedule of allegations, drug / alcohol
#   testing, permission to instruct an expert, disclosure from police / LA, listing of the next
#   hearing (DRA, fact-finding, IRH), a Part 25 direction.
t("directions-order", "en", "att", "court", "Order - case management", """
CASE MANAGEMENT ORDER
Case No: {cn}   The Family Court at {town}
Upon the FHDRA today before {judge}
IT IS ORDERED THAT:
1. Cafcass shall file and serve a report under section 7 addressing the wishes and feelings of {c1} and the allegations of harm by 4pm on {d3}.
2. The applicant shall file a statement of no more than 6 pages by {d3}.
3. The matter is listed for a Dispute Resolution Appointment on the first open date after {d3}, time estimate 1 hour.
""", law="P")
t("directions-order", "en", "att", "court", "Order for testing", """
ORDER
1. The father shall undergo hair strand testing for cocaine, cannabis and alcohol (6 months, segmented monthly) at {lab}.
2. The cost shall be met by the legal aid certificate of the father.
3. Results shall be sent directly to the court and Cafcass by {d3}.
4. Liberty to apply.
""", law="P")
t("directions-order", "en", "att", "court", "Directions for fact finding", """
DIRECTIONS
1. The mother shall file a Scott Schedule limited to 6 allegations by {d3}.
2. The father shall respond to the schedule within 14 days.
3. {police} shall disclose to the court all records relating to call-outs to {addr} from {oldyr} to date within 21 days.
4. Fact-finding hearing listed for 2 days. Special measures: screens.
""", law="P")
t("directions-order", "cy", "att", "court", "Gorchymyn rheoli achos", """
GORCHYMYN RHEOLI ACHOS
{court_cy}   Rhif yr achos: {cn}
Gorchmynnir:
1. Bydd CAFCASS Cymru yn ffeilio a chyflwyno adroddiad o dan adran 7 erbyn 4pm ar {d3cy}.
2. Bydd y ceisydd yn ffeilio datganiad erbyn {d3cy}.
3. Rhestrir y mater ar gyfer Apwyntiad Datrys Anghydfod.
""", law="P")
t("directions-order", "cy", "att", "court", "Cyfarwyddiadau / Directions", """
CYFARWYDDIADAU / DIRECTIONS
1. Caniateir i'r partïon gyfarwyddo seicolegydd. / Permission to instruct a psychologist.
2. Llythyr cyfarwyddo ar y cyd i'w anfon erbyn {d3cy}. / Joint letter of instruction to be sent by {d3}.
3. Bydd yr awdurdod lleol yn ffeilio ei dystiolaeth derfynol. / The LA shall file final evidence.
""", law="C")
t("directions-order", "en", "att", "court", "Order - public law directions", """
CASE MANAGEMENT ORDER - Public Law Outline
1. Permission under Part 25 FPR to instruct {expert} to carry out a psychological assessment of the mother.
2. The letter of instruction shall be agreed and sent by the children's solicitor by {d3}.
3. The local authority shall file its final evidence and care plan by week 16.
4. The children's guardian shall file a final analysis 7 days thereafter.
5. IRH listed for {d3}.
""", law="C")
t("directions-order", "en", "att", "court", "Order following DRA", """
Order following dispute resolution appointment
Recital: the parties have not agreed. The court has read the Cafcass report dated {d2}.
1. Cafcass shall file an addendum report by {d3} limited to progression of contact.
2. Interim child arrangements: the father shall spend time with {c1} at {prov} fortnightly.
3. Final hearing listed, time estimate 1 day.
""", law="P")
t("directions-order", "en", "att", "court", "Gatekeeping directions", """
GATEKEEPING AND ALLOCATION
Allocated to: District Judge level. The C1A raises allegations of domestic abuse.
Directions: Cafcass to carry out safeguarding checks and report by letter before the FHDRA on {d3}. The parties to attend a MIAM unless exempt. The respondent may file a C7 and C1A in response.
""", law="P")
t("directions-order", "en", "att", "court", "Directions re disclosure", """
DIRECTIONS ORDER
1. {la} shall disclose to the parties and Cafcass the social work records relating to {c1} for the period {oldyr} to date, redacted for third parties, within 28 days.
2. {hb} shall disclose the CAMHS records of {c1} to the court only.
3. The matter is adjourned to {d3}.
""", law="P")

# ============================================================================================
# court-papers
# ============================================================================================
# application: a form asking the court for an order: C100 (child arrangements, prohibited steps,
#   specific issue) with MIAM exemption, C1A (allegations of harm), C2 (application within
#   proceedings), C79 (enforcement), C110A (care / supervision order), FL401 (non-molestation),
#   A-forms for placement.  Boxes, sections, tick-boxes, "the applicant", statements of truth.
t("application", "en", "att", "court", "C100", """
Section 3 - What are you asking the court to do?
[X] Child arrangements order - decide who the children live with and when
[X] Prohibited steps order
[ ] Specific issue order
Section 4 - MIAM: I am exempt because of evidence of domestic abuse [X]
Section 6 - Urgent or without notice hearing? No
Applicant: {app}   Respondent: {resp}
Children: {c1} {c1s} {c1dob}; {c2} {c1s} {c2dob}
""", law="P")
t("application", "en", "att", "court", "C1A", """
Supplemental information form - allegations of harm and domestic abuse
Do you have any concerns that the children have suffered or are at risk of suffering harm from: domestic abuse Yes; child abduction No; child abuse Yes; drugs, alcohol or substance abuse Yes
Give a short description of each incident:
1. {d4} - he pushed me down the stairs while holding {c2}. Police called.
2. {d2} - he turned up drunk at school pick-up and shouted at {c1}.
Statement of truth: I believe that the facts stated in this form are true. Signed {m}
""", law="P")
t("application", "en", "att", "court", "C2", """
Application in existing proceedings (C2)
Case number: {cn}
What order are you asking the court to make and why? The applicant asks the court to direct a further Cafcass report because {c1} has now refused to attend contact and the respondent alleges the applicant is influencing {him}.
Do you need the court to hear this without notice? No
Time estimate: 30 minutes
""", law="P")
t("application", "cy", "att", "court", "Cais C100", """
Adran 3 - Beth ydych chi'n gofyn i'r llys ei wneud?
[X] Gorchymyn trefniadau plant - penderfynu gyda phwy y bydd y plant yn byw
[ ] Gorchymyn camau gwaharddedig
Adran 4 - MIAM: Rwyf wedi mynychu MIAM [X]
Ceisydd: {app}   Atebydd: {resp}
Plant: {c1} {c1s}, {c1dob_cy}
""", law="P")
t("application", "cy", "att", "court", "Cais am orchymyn gofal", """
Cais am orchymyn gofal neu oruchwylio (C110A)
Ceisydd: {la_cy}
Plant: {c1} {c1s}
Sail y cais: esgeulustod a niwed emosiynol yn sgil cam-drin domestig.
Cynllun y ceisydd: gorchymyn gofal interim, lleoli gyda'r nain.
""", law="C")
t("application", "en", "att", "local-authority", "C110A", """
Application for a care or supervision order (C110A)
Applicant: {la}
Section 1 - The children: {c1} {c1s} ({c1dob}); {c2} {c1s} ({c2dob})
Section 5 - Grounds: the children are suffering significant harm attributable to the care given by the parents: chronic neglect, exposure to domestic abuse and parental substance misuse.
Section 6 - Interim order sought: interim care order; removal to foster care.
Pre-proceedings: PLO letter sent {d4}; meeting held {d2}.
""", law="C")
t("application", "en", "att", "court", "Enforcement application", """
C79 Application related to enforcement of a child arrangements order
The order dated {d4} provides that {c1} spends every other weekend with me. Since {d2} the mother has not made {c1} available on 5 occasions (dates listed below). I ask the court to make an enforcement order and compensation for the cost of a cancelled holiday.
""", law="P")
t("application", "en", "att", "court", "FL401", """
FL401 Application for a non-molestation order
Applicant: {m}   Respondent: {f}
Relationship: former partner, father of the children
The applicant seeks an order without notice because the respondent threatened on {d2} to "finish it" if she did not drop the court case. Evidence: screenshots exhibited.
""", law="P")
t("application", "en", "att", "court", "Application form", """
APPLICATION FOR A SPECIFIC ISSUE ORDER
The applicant mother asks the court to decide that {c1} may change school to {school} from September, the respondent father having refused consent.
Reasons: the current school is 40 minutes away; {c1} is being bullied; the new school is walking distance.
MIAM: attended {d2}, mediation not suitable.
""", law="P")

# position-statement: a party's short document for a particular hearing, usually by counsel or
#   solicitor: what the party wants from this hearing, their response to the Cafcass report, the
#   issues, proposed directions.  "On behalf of the respondent mother", "Hearing on ...".
t("position-statement", "en", "att", "firm", "Respondent's document", """
ON BEHALF OF THE RESPONDENT MOTHER
For the DRA on {d3}
1. The mother accepts the recommendation of the Family Court Adviser that {c1} spend supported time with the father.
2. She does not agree to progression to unsupervised time until the father has completed the DAPP.
3. She invites the court to list a final hearing with a time estimate of one day.
Counsel for the mother, instructed by {msol}
""", law="P")
t("position-statement", "en", "att", "firm", "Note for hearing", """
Note for the hearing on {d3} - applicant father
The father's position: he seeks a shared lives with order. He does not accept the Cafcass recommendation and will seek to cross-examine the FCA on paragraphs 30-38. He has tested negative for alcohol. He asks for a 3-day final hearing.
Directions sought: FCA to attend; the mother to file evidence of the school's concerns.
""", law="P")
t("position-statement", "en", "att", "local-authority", "LA position", """
Local authority's case summary for the IRH
{c1} is looked after under an interim care order. The LA's plan is for {c1} to remain in foster care. The mother's hair strand tests remain positive for cocaine. The LA invites the court to make a final care order. The guardian's position is awaited. Issues remaining: contact frequency.
Prepared by {la} Legal Services
""", law="C", rc="looked-after-child")
t("position-statement", "cy", "att", "firm", "Datganiad ar ran y fam", """
AR RAN Y FAM (YR ATEBYDD)
Ar gyfer y gwrandawiad ar {d3cy}
1. Mae'r fam yn derbyn argymhelliad yr Ymgynghorydd Llys Teulu.
2. Nid yw'n cytuno i gyswllt dros nos hyd nes bydd y tad wedi cwblhau rhaglen.
3. Mae'n gofyn i'r llys restru gwrandawiad terfynol.
{msol}
""", law="P")
t("position-statement", "cy", "att", "firm", "Safbwynt y tad", """
Safbwynt y tad ar gyfer y Gwrandawiad Rheoli Achos
Mae'r tad yn gwrthwynebu'r cais am orchymyn gofal interim. Mae'n cynnig i'r plant fyw gyda'i fam ef. Mae'n gofyn am asesiad hyfywedd o'r nain.
""", law="C")
t("position-statement", "en", "att", "firm", "Applicant's position", """
APPLICANT'S SKELETON / POSITION
Background: the parties separated in {oldyr}. The child lives with the applicant mother.
The application: relocation to {town}.
The Cafcass report supports the move (para 40).
The father opposes; his stated concern is distance.
Orders sought today: final child arrangements order permitting relocation, with holiday contact as per the draft order attached.
""", law="P")
t("position-statement", "en", "att", "firm", "Father's position", """
RESPONDENT FATHER - POSITION FOR FHDRA
He is a litigant in person.
- I want to see my kids. She stopped contact in {d2} for no reason.
- I deny everything in her C1A. I never hit her.
- I am willing to do a drug test.
- I want every weekend and half the holidays.
Signed {f}
""", law="P")
t("position-statement", "en", "att", "csol", "Guardian's position", """
POSITION STATEMENT ON BEHALF OF THE CHILDREN (through their guardian)
Hearing: CMH {d3}
The guardian supports the ICO and separate placement pending assessment. She supports the LA's proposed assessments and invites the court to also direct a cognitive assessment of the mother. She will file her initial analysis by {d3}.
{csol}, solicitor for the children
""", law="C")
t("position-statement", "en", "att", "firm", "Case summary", """
CASE SUMMARY AND POSITION - MOTHER
Purpose of hearing: fact-finding.
Findings sought: see schedule. The mother will give evidence behind screens.
Issues: whether the father's conduct amounts to coercive and controlling behaviour.
The mother's position on arrangements will be set out after findings.
""", law="P")

# witness-statement: a party's or professional's statement of evidence: numbered paragraphs in
#   the first person, "I make this statement in support of / in response to", exhibits, and a
#   statement of truth.  Includes social work evidence statements (SWET) in public law.
t("witness-statement", "en", "att", "firm", "Statement of mother", """
Statement of {m}
1. I am the respondent in these proceedings and the mother of {c1}. I make this statement in response to the applicant's statement dated {d2}.
2. I do not accept that I have stopped contact. On 4 occasions the applicant did not turn up.
3. Exhibited at "MS1" are screenshots of messages from the applicant.
Statement of truth: I believe that the facts stated in this witness statement are true. I understand that proceedings for contempt of court may be brought against anyone who makes a false statement.
Signed ........ Dated {d}
""", law="P")
t("witness-statement", "en", "att", "firm", "Statement of father", """
I, {f}, of {addr}, will say as follows:
1. I make this statement in support of my application for a child arrangements order.
2. {c1} lived with me full-time for 18 months after we separated.
3. The allegations in the C1A are untrue. On {d4} it was the respondent who threw a mug at me.
4. I have completed a parenting course (certificate exhibited FS2).
I believe the facts stated in this statement are true.
""", law="P")
t("witness-statement", "en", "att", "local-authority", "SWET", """
Social Work Evidence Template - {la}
Author: {sw}, Social Worker
Section 2: Summary of the local authority's concerns: neglect of the home, missed medical appointments, exposure to domestic abuse.
Section 4: Chronology (see separate).
Section 6: Analysis of parenting capacity...
I believe the facts stated in this witness statement are true.
""", law="C")
t("witness-statement", "cy", "att", "firm", "Datganiad y tad", """
DATGANIAD TYST {f}
1. Fi yw'r ceisydd yn yr achos hwn a thad {c1}.
2. Gwnaf y datganiad hwn i gefnogi fy nghais am orchymyn trefniadau plant.
3. Nid yw'r honiadau yn y C1A yn wir.
Datganiad gwirionedd: credaf fod y ffeithiau a nodir yn y datganiad tyst hwn yn wir.
Llofnod ........ Dyddiad {dcy}
""", law="P")
t("witness-statement", "cy", "att", "firm", "Datganiad y nain", """
Datganiad {gm}
1. Nain {c1} ar ochr y fam ydw i.
2. Mae {c1} wedi aros gyda fi bob penwythnos {ers_ei_eni}.
3. Rwy'n barod i ofalu am y plant os bydd y llys yn penderfynu hynny.
Credaf fod y ffeithiau yn y datganiad hwn yn wir.
""", law="C")
t("witness-statement", "en", "att", "firm", "Statement in response", """
... 14. In paragraph 9 of her statement the applicant says that I drink every night. That is not true. I drink at weekends and never when I have {c1}.
15. I accept that I sent the text message at exhibit AB4. I was angry and I regret it.
16. I ask the court to order contact every weekend.
Page 3 of 4
""", law="P")
t("witness-statement", "en", "att", "any", "Statement of teacher", """
WITNESS STATEMENT of Mrs J. Hale, class teacher, {school}
1. I have taught {c1} since September.
2. On {d2} {c1} arrived upset and told me "daddy hurt mummy last night". I recorded this on CPOMS and told the DSL.
3. I have no other involvement with the family.
Statement of truth. Signed. Dated {d}
""", law="P")
t("witness-statement", "en", "att", "firm", "Statement of grandmother", """
Statement of {gm}, maternal grandmother
1. I make this statement in support of my application for a special guardianship order.
2. I have looked after {c1} most weekends since {he} was a baby.
3. I am 61, retired and in good health. I have a spare bedroom.
I believe the facts in this statement are true.
""", law="C")
t("witness-statement", "en", "att", "firm", "Further statement", """
FURTHER STATEMENT OF THE APPLICANT
Made pursuant to the order of {d2}, paragraph 2
1. The court asked me to set out my proposals for handovers.
2. I propose handovers at {prov} on Saturdays at 10am.
3. I will not bring my partner to handovers.
I believe that the facts stated in this witness statement are true.
""", law="P")

# previous-cafcass: Cafcass (or CAFCASS Cymru) material from an earlier case about the same
#   family, copied into the new case: an old safeguarding letter, s7 report or guardian's
#   analysis with the old case number and date; sometimes a covering note "from previous case".
t("previous-cafcass", "en", "tree", "cafcass", "Previous case papers", """
[Copied from previous case {old_cn} (closed {oldyr})]
SAFEGUARDING LETTER - first hearing {d4}
Police checks: one domestic incident {oldyr}. LA: not known.
Both parents were spoken to. Recommendation: no further Cafcass involvement; parties agreed arrangements.
""", law="P")
t("previous-cafcass", "en", "tree", "cafcass", "Old report", """
REPORT UNDER SECTION 7 - {d4} (case {old_cn})
Author: {isw}, Family Court Adviser (left Cafcass)
Recommendation: {c1}, then aged 2, to live with mother and spend time with father on Saturdays.
[This document relates to earlier proceedings concerning the same family and is held for information.]
""", law="P")
t("previous-cafcass", "en", "email", "cafcass", "Previous involvement", """
Hi {fca},
You asked about previous involvement. The family had proceedings in {oldyr} ({old_cn}) - the FCA then wrote an analysis recommending a lives with order to the father and noting concerns about the mother's alcohol use. I have copied the old report and the safeguarding letter into court papers on the new case.
Business Services
""", subj="Previous case {old_cn}")
t("previous-cafcass", "cy", "tree", "cymru", "Achos blaenorol", """
[Copi o achos blaenorol {old_cn}, {oldyr}]
ADRODDIAD ADRAN 7 - {d4cy}
Awdur: {isw}, Ymgynghorydd Llys Teulu, CAFCASS Cymru
Argymhelliad: bod {c1} yn byw gyda'r fam ac yn gweld y tad bob dydd Sadwrn.
""", law="P")
t("previous-cafcass", "cy", "tree", "cymru", "Gwybodaeth o'r achos blaenorol", """
Gwybodaeth CAFCASS Cymru o achos blaenorol ({old_cn})
Llythyr diogelu dyddiedig {d4cy}: dau ddigwyddiad domestig; y fam yn cael cymorth gan Cymorth i Fenywod.
Canlyniad yr achos hwnnw: gorchymyn trefniadau plant trwy gydsyniad.
""", law="P")
t("previous-cafcass", "en", "tree", "cafcass", "Guardian analysis old case", """
CHILDREN'S GUARDIAN - FINAL ANALYSIS (care proceedings {oldyr})
Children: {c2} (then 1)
Outcome recommended: supervision order, child home to mother.
Note added {d}: held on new private law case for background only; earlier public law involvement.
""", law="P")
t("previous-cafcass", "en", "tree", "cafcass", "Earlier case contact log", """
Extract from contact log of previous case {old_cn}
{d4} Tel call with mother - she says father threatened to take {c1} to Ireland.
{d4} s16A risk assessment completed. Letter to court.
Case closed {oldyr}.
(imported from legacy G drive, previous proceedings)
""", law="P")
t("previous-cafcass", "en", "tree", "cafcass", "Historic report", """
Historic papers - proceedings {oldyr}
Addendum report by Cafcass in case {old_cn}: the FCA found that both parents had made progress and recommended that the Family Assistance Order end. The court made a final order on {d4}.
""", law="P")
t("previous-cafcass", "en", "att", "cafcass", "Previous report copy", """
PREVIOUS PROCEEDINGS - COPY
This is a copy of the report prepared by Cafcass in earlier proceedings ({old_cn}, {court}), provided to the court in the new application by consent.
Summary: {c1}'s wishes at that time were to see {his} father fortnightly. The FCA did not identify safeguarding concerns.
""", law="P")

# ============================================================================================
# experts-and-agency
# ============================================================================================
# letter-of-instruction: the (usually joint) letter to an expert under FPR Part 25: background,
#   the questions the expert is asked to answer, documents enclosed (bundle index), timetable,
#   fees and funding, the expert's duties to the court.
t("letter-of-instruction", "en", "att", "csol", "Joint letter", """
JOINT LETTER OF INSTRUCTION
To: {expert}
Re: {c1} {c1s} - {cn}
We write on behalf of all parties pursuant to the order of {judge} dated {d2} giving permission under Part 25 FPR.
Questions:
1. Does the mother have any mental health difficulty, and if so what is its impact on her parenting?
2. What therapy, if any, is recommended and over what timescale?
Documents enclosed: see index (bundle sections A-F).
Your report is to be filed by {d3}.
""", law="C")
t("letter-of-instruction", "en", "att", "csol", "Questions for expert", """
Dear {expert},
Further to your agreement to accept instructions, we set out below the issues the court wishes you to address:
(a) the father's cognitive functioning;
(b) whether he can understand and retain information given in parenting work;
(c) any adaptations needed for him to participate in proceedings (intermediary?).
You are reminded of your duty to the court under FPR 25.3. Funding: costs apportioned equally, LAA prior authority obtained.
""", law="C")
t("letter-of-instruction", "cy", "att", "csol", "Llythyr cyfarwyddo ar y cyd", """
LLYTHYR CYFARWYDDO AR Y CYD
At: {expert}
Ysgrifennwn ar ran yr holl bartïon yn unol â gorchymyn y llys dyddiedig {d2cy}.
Cwestiynau:
1. A oes gan y fam unrhyw anhawster iechyd meddwl?
2. Pa driniaeth a argymhellir?
Amgaeir y dogfennau yn ôl y mynegai.
Dylid ffeilio'r adroddiad erbyn {d3cy}.
""", law="C")
t("letter-of-instruction", "cy", "att", "csol", "Cyfarwyddiadau i'r arbenigwr", """
Annwyl {expert},
Diolch am gytuno i dderbyn cyfarwyddiadau. Gofynnir i chi asesu'r berthynas rhwng {c1} a'r ddau riant ac argymell trefniadau. Eich dyletswydd chi yw i'r llys.
Cyllid: costau wedi eu rhannu'n gyfartal.
{csol}
""", law="P")
t("letter-of-instruction", "en", "att", "firm", "Letter to testing company", """
Dear {lab},
We are instructed on behalf of the father. The court has directed (order {d2}) hair strand testing of our client for cocaine, cannabis and alcohol markers (EtG) covering 6 months, in monthly sections. Please arrange a sample collection at our offices. Results are to be sent to the court, Cafcass and all parties. Please also address whether results indicate chronic excessive consumption.
""", law="P")
t("letter-of-instruction", "en", "att", "csol", "Instruction of ISW", """
INSTRUCTIONS TO INDEPENDENT SOCIAL WORKER
Expert: {isw}, ISW
Task: a viability and full assessment of the paternal aunt as a special guardian for {c1}.
Specific questions: (1) can she meet {c1}'s needs into adulthood? (2) can she manage contact with the parents safely? (3) what support would she need?
Timescale: 8 weeks. Documents: bundle sections A, C, E.
""", law="C")
t("letter-of-instruction", "en", "email", "cafcass", "Guardian's note for LOI", """
{csol_name},
For the letter of instruction to the psychologist, please add the following questions from me:
- how {c1}'s trauma history affects {his} ability to form new attachments
- whether a sibling placement is compatible with {his} therapeutic needs
Please send me the draft before it goes out.
{gdn}, Children's Guardian
""", subj="LOI to psychologist - guardian's questions", law="C")
t("letter-of-instruction", "en", "att", "csol", "Letter instructing psychiatrist", """
Re: Instruction of {expert}
1. Background: {m} has a diagnosis of bipolar affective disorder. She was detained under the Mental Health Act on {d4}.
2. You are asked to provide an opinion on her current mental state, prognosis, and compliance with medication.
3. Please comment on the risk, if any, to the children.
4. The index of documents enclosed is attached.
Please confirm your fee estimate.
""", law="C")

# expert-report: a report by an expert instructed under Part 25 (psychologist, psychiatrist, ISW,
#   paediatrician, toxicology / hair strand laboratory): CV summary, instructions, methods and
#   tests used, findings, opinion, answers to the questions, expert's declaration.
t("expert-report", "en", "att", "expert", "Psychological report", """
PSYCHOLOGICAL ASSESSMENT OF {m}
Prepared by {expert}
Instructions: joint letter dated {d2}.
Methodology: two clinical interviews; WAIS-IV; PAI; review of bundle.
Findings: full scale IQ in the low average range. Elevated scores for anxiety and trauma.
Opinion: Ms {ms} would benefit from trauma-focused therapy (12-18 months)...
Declaration: I understand my duty to the court...
""", law="C")
t("expert-report", "en", "att", "expert", "Hair strand results", """
{lab}
Certificate of analysis - hair strand test
Donor: {f}   Sample collected: {d2}   Length: 6cm (approx 6 months)
Section 0-1cm: cocaine 1.2 ng/mg (POSITIVE), benzoylecgonine detected
Section 1-3cm: cocaine 0.8 ng/mg (POSITIVE)
Section 3-6cm: below cut-off
EtG (0-3cm): 8 pg/mg - consistent with abstinence or low consumption
Interpretation: results indicate repeated cocaine use in the last 3 months.
""", law="P")
t("expert-report", "cy", "att", "expert", "Adroddiad seicolegol", """
ASESIAD SEICOLEGOL O {f}
Gan {expert}
Cyfarwyddiadau: llythyr ar y cyd dyddiedig {d2cy}.
Dull: dau gyfweliad clinigol; profion safonol.
Canfyddiadau: dim tystiolaeth o anhwylder personoliaeth.
Barn: gallai'r tad elwa o gwrs rheoli dicter.
Datganiad: deallaf fod fy nyletswydd i'r llys.
""", law="P")
t("expert-report", "cy", "att", "expert", "Asesiad gweithiwr cymdeithasol annibynnol", """
Asesiad gweithiwr cymdeithasol annibynnol - y nain fel gwarcheidwad arbennig
Awdur: {isw}
Casgliad: mae'r nain yn gallu diwallu anghenion {c1} hyd at fod yn oedolyn. Argymhellaf orchymyn gwarcheidiaeth arbennig gyda chynllun cymorth.
""", law="C")
t("expert-report", "en", "att", "expert", "ISW assessment", """
INDEPENDENT SOCIAL WORK ASSESSMENT - paternal aunt
Author: {isw}, ISW (HCPC/SWE registered)
Sessions: 6 sessions at the aunt's home between {d2} and {d}.
Analysis: she has a strong bond with {c1}, a stable home and good support; however she minimises the father's violence.
Conclusion: positive, subject to a safety plan and support from {la}.
""", law="C")
t("expert-report", "en", "att", "expert", "Psychiatric opinion", """
Page 22 of 31
Answers to the questions in the letter of instruction
Q1. Ms {ms} has bipolar affective disorder, currently in remission.
Q2. Prognosis is good provided she continues lithium and engages with the CMHT.
Q3. In my opinion the risk to the children arises during relapse; an early warning plan is essential.
{expert}
Statement of truth and expert's declaration follow.
""", law="C")
t("expert-report", "en", "att", "expert", "Paediatric overview", """
Paediatric overview report - {c2} {c1s}
Instructed by: all parties (order {d2})
Opinion: the fractures to the left and right ribs are of different ages and were caused by compression forces. In the absence of an accidental explanation they are most likely inflicted. No underlying bone disease found.
""", law="C")
t("expert-report", "en", "att", "expert", "Alcohol testing report", """
Report on blood alcohol biomarkers (PEth) - {m}
Samples: {d2}, {d}
PEth 16:0/18:1: 8 ng/mL and <8 ng/mL - results are consistent with abstinence or very light drinking over the preceding 2-4 weeks.
Expert: Toxicologist, {lab}
""", law="P")
t("expert-report", "en", "att", "expert", "Cognitive assessment", """
COGNITIVE ASSESSMENT - {f}
Conclusion: Mr {fs} has a mild learning disability. He will need information in short chunks and visual aids; an intermediary is recommended for the final hearing. His ability to learn parenting skills is present but slower than average.
""", law="C")

# provider-report: work commissioned by Cafcass from a service provider and sent back to the FCA:
#   child contact intervention session notes, SPIP / Planning Together attendance, DAPP
#   completion report, contact centre observation notes, referral forms and sign-off.
t("provider-report", "en", "att", "provider", "Contact centre notes", """
{prov}
Session record - supervised contact
Date: {d}  10:00-12:00  Supervisor: K. Walsh
Attendance: father arrived on time; children brought by grandmother.
Observations: warm greeting; father brought lunch; {c1} and father played board games. One inappropriate comment ("tell your mum she owes me money") - addressed by supervisor.
Overall: good session, progressing as planned.
Session 3 of 6 commissioned by Cafcass.
""", law="P")
t("provider-report", "en", "att", "provider", "SPIP confirmation", """
Separated Parents Information Programme - confirmation of attendance
Participant: {f}    Course dates: {d2}, part 1 and part 2
Attended both parts: Yes
Facilitator comments: engaged, asked appropriate questions about communicating through children.
Delivered by {prov} under contract to Cafcass.
""", law="P")
t("provider-report", "en", "att", "provider", "DAPP report", """
Domestic Abuse Perpetrator Programme - end of programme report
Participant: {f}
Sessions attended: 24 of 26 (groupwork) plus 4 individual
Progress: accepts responsibility for physical abuse; partial insight into controlling behaviour.
Partner support worker: contact made with ex-partner; she reports reduced hostility.
Risk at completion: medium, reduced from high.
""", law="P")
t("provider-report", "cy", "att", "provider", "Adroddiad y ganolfan gyswllt", """
Cofnod sesiwn - cyswllt dan oruchwyliaeth
Dyddiad: {dcy}  10:00-12:00
Presenoldeb: y tad yn brydlon.
Arsylwadau: roedd {c1} yn hapus i weld y tad. Chwaraeon nhw gemau. Dim pryderon.
Sesiwn 2 o 6 a gomisiynwyd gan CAFCASS Cymru.
""", law="P")
t("provider-report", "cy", "att", "provider", "Adroddiad WT4C", """
Gweithio Gyda'n Gilydd er Mwyn Plant - cadarnhad presenoldeb
Cyfranogwr: {m}
Mynychodd y ddwy sesiwn: Do
Sylwadau'r hwylusydd: cymerodd ran yn llawn.
""", law="P")
t("provider-report", "en", "att", "provider", "Child contact intervention closing report", """
CHILD CONTACT INTERVENTION - closing summary
Referral from: {fca}, Cafcass   Commissioned sessions: 6   Delivered: 6
Progress: sessions moved from fully supervised to supported from session 4. Handovers calm. Father used praise and set boundaries well.
Recommendations for FCA: suitable to progress to community contact. Sign-off: provider manager and FCA, {d}.
""", law="P")
t("provider-report", "en", "att", "provider", "Referral form", """
REFERRAL FOR COMMISSIONED SERVICE
Referrer: {fca}, Cafcass  Court order date: {d2}
Service requested: supervised contact, 6 sessions, weekly
Risk information: father - DA perpetrator (findings made); no contact with mother to be permitted.
Provider acceptance: accepted {d}, start date {d3}
""", law="P")
t("provider-report", "en", "email", "provider", "Session update email", """
Dear {fca},
Update on this week's session for {c1}: father arrived 20 minutes late smelling of alcohol. The session was stopped after the supervisor spoke to him, as per our procedures. {c1} was upset and returned to mum early. A full written record will follow. We will not offer further sessions until we hear from you.
{prov}
""", subj="Session cancelled - {c1s}", law="P")
t("provider-report", "en", "att", "provider", "Observation notes", """
Supported contact - observation notes (provider)
Sessions 4-6 summary: {c1} separated easily from mother. Father has been reading with {c1} and helped with homework. No issues.
Recommendation from provider: no further supervision needed.
Prepared for Cafcass by {prov}
""", law="P")

# cp-conference-minutes: minutes of an initial or review child protection conference convened by
#   the LA: chair, attendees and apologies, agency reports, analysis (Signs of Safety: what are we
#   worried about / what's working well), decision on the plan and category, core group.
t("cp-conference-minutes", "en", "att", "la", "Conference minutes", """
{la} - Initial Child Protection Conference
Date: {d2}   Chair: Independent Reviewing Officer
Present: {m} (mother); {sw} (SW); DSL {school}; Health visitor; Police (DA unit)
Apologies: GP (report submitted)
What are we worried about? Ongoing DA; mother's alcohol use; {c2}'s weight.
What's working well? Good school attendance; mother engaging with IDVA.
Decision: the children are to be made subject to child protection plans under the category of emotional abuse.
Core group: within 10 working days.
""", rc="child-protection")
t("cp-conference-minutes", "en", "att", "la", "Review conference", """
Review CP conference - minutes (page 2 of 6)
Agency updates:
Police: no further call-outs since {d4}.
Health: {c2} now gaining weight; missed dental appointment.
Education: attendance 91%.
Parents' views: father feels "judged", has begun DAPP.
Decision: the child protection plan to continue for a further 6 months; category neglect.
""", rc="child-protection")
t("cp-conference-minutes", "cy", "att", "la", "Cofnodion cynhadledd", """
Cynhadledd Amddiffyn Plant Gychwynnol - {la_cy}
Dyddiad: {d2cy}   Cadeirydd: Swyddog Adolygu Annibynnol
Yn bresennol: y fam; gweithiwr cymdeithasol; ysgol; ymwelydd iechyd; heddlu
Penderfyniad: rhoi enw {c1} ar y gofrestr amddiffyn plant (categori: esgeulustod) gyda chynllun amddiffyn plant.
Grŵp craidd: o fewn 10 diwrnod gwaith.
""", rc="child-protection")
t("cp-conference-minutes", "cy", "att", "la", "Cofnodion cynhadledd adolygu", """
Cynhadledd adolygu - cofnodion
Diweddariadau: dim digwyddiadau newydd gan yr heddlu; presenoldeb ysgol 94%.
Penderfyniad: tynnu enw'r plant oddi ar y gofrestr; camu i lawr i gynllun gofal a chymorth.
""", rc="other-childrens-social-care")
t("cp-conference-minutes", "en", "att", "la", "Minutes ICPC", """
ICPC minutes  -  CONFIDENTIAL
Reason for conference: s47 enquiry following {c1}'s disclosure at school on {d2}.
Signs of Safety scaling: chair 3/10; family 7/10.
Danger statement: we are worried that {c1} will be hurt physically by {his} mother's partner.
Safety goal: adults will keep {c1} safe...
Decision (majority): CP plan, category physical abuse. Father disagreed.
""", rc="child-protection")
t("cp-conference-minutes", "en", "att", "la", "Outcome of conference", """
Outcome sheet - child protection conference {d2}
Child: {c2} {c1s}   Unborn? No
Plan: child protection plan - emotional abuse
Key worker: {sw}
Core group members: mother, father, HV, nursery, SW
Review conference: {d3}
""", rc="child-protection")
t("cp-conference-minutes", "en", "att", "la", "Conference record", """
RECORD OF CONFERENCE
Present: IRO (chair), SW, school nurse, YOT worker, {m}, {f} (by phone)
Apologies: CAMHS
Summary of s47 enquiry: physical chastisement with implement; bruise on leg.
Views of the child (via SW): "I don't want to go into care".
Decision: child protection plan not required; child in need plan.
""", rc="other-childrens-social-care")
t("cp-conference-minutes", "en", "att", "la", "Transfer-in conference", """
Transfer in conference - minutes
The family moved from {town} to this area on {d2}. The previous LA's plan was reviewed. Recommendation to continue the child protection plan (neglect) under this authority; new social worker {sw} allocated.
""", rc="child-protection")
t("cp-conference-minutes", "en", "att", "la", "Conference minutes pre-birth", """
Pre-birth conference - minutes
Unborn baby of {m}, EDD {d3}
Concerns: older children ({c1}, {c2}) subject to care proceedings in {oldyr}; mother's ongoing drug use.
Decision: unborn baby to be subject to a child protection plan from birth; PLO pre-proceedings to run in parallel.
""", rc="child-protection")

# agency-information: papers from another agency about the child or family that are not our
#   checks and not experts: school reports and CPOMS extracts, GP and health visitor letters,
#   CAMHS letters, hospital discharge summaries, the LA's chronology or child's file copies, YOT.
t("agency-information", "en", "att", "school", "School information", """
{school}
Information requested by Cafcass - {c1} {c1s}, Year 5
Attendance this year: 88% (12 authorised absences, 6 unauthorised)
Progress: working towards expected in reading and maths.
Wellbeing: {c1} has appeared tired on Mondays; told TA "I was up late at dad's".
Parents: both attend parents' evening separately.
Safeguarding: CPOMS entries x2 ({d2}) - shared with DSL.
Signed DSL
""")
t("agency-information", "en", "att", "nhs", "GP letter", """
{gp}
To: Cafcass   Re: {m}, {addr}
Thank you for your letter and the signed consent. Ms {ms} has been treated for anxiety and depression since {oldyr}, currently on sertraline 100mg. She attends reviews. There is no history of alcohol or drug misuse in her records. I have no concerns about her ability to care for her children.
Dr R. Singh, GP
""")
t("agency-information", "en", "att", "nhs", "CAMHS letter", """
Child and Adolescent Mental Health Service - {hb}
Re: {c1} {c1s} DOB {c1dob}
{c1} was referred by the GP on {d4} with low mood and self-harm. {He} has attended 8 sessions of CBT. {He} identifies conflict between {his} parents as a main trigger. Risk currently low. Discharge planned in 3 months.
Clinical psychologist, CAMHS
""")
t("agency-information", "cy", "att", "school", "Gwybodaeth yr ysgol", """
{school}
Gwybodaeth i CAFCASS Cymru - {c1} {c1s}
Presenoldeb: 93%
Cynnydd: yn gweithio ar y lefel ddisgwyliedig.
Lles: mae {c1} yn dawel ar ddydd Llun. Dim pryderon diogelu.
Llofnod: Pennaeth
""")
t("agency-information", "cy", "att", "nhs", "Llythyr yr ymwelydd iechyd", """
{hb_cy}
Ymwelydd Iechyd - gwybodaeth am {c2} {c1s}
Mae {c2} wedi cyrraedd y cerrig milltir datblygiadol disgwyliedig. Mae'r fam wedi mynychu pob apwyntiad. Dim pryderon.
""")
t("agency-information", "en", "att", "nhs", "Health visitor summary", """
Health Visiting Service - summary of involvement
Child: {c2} {c1s}   Caseload: Universal Plus
Contacts: new birth visit, 6-8 week review, 1 year review (missed, rebooked).
Concerns noted: disclosure of DA at 6 week visit (routine enquiry); referred to IDVA.
Development: age appropriate.
""")
t("agency-information", "en", "att", "la", "LA chronology", """
Chronology of significant events - copied from the child's file ({la})
{d4}  Referral from police: DA incident, children present
{d4}  Strategy discussion; s47 enquiry
{oldyr}  ICPC - CP plan (emotional abuse)
{oldyr}  CP plan ended; step down to child in need
{d2}  Case closed
""", rc="child-protection")
t("agency-information", "en", "att", "nhs", "Hospital discharge", """
Discharge summary - Paediatric Emergency Department
Patient: {c1} {c1s}  Attended: {d2}
Presenting complaint: fall from bunk bed, laceration to chin, 3 steri-strips.
Safeguarding: mechanism consistent with injury; no concerns. Mother present.
Follow-up: GP.
""")
t("agency-information", "en", "att", "la", "Youth justice information", """
Youth Justice Service - information for family proceedings
{c1} {c1s}, aged {c1age}: referral order 6 months for criminal damage ({d2}). Engaging well with YJS worker. Home visits show {c1} is living between parents informally. No current safeguarding concerns.
""")

# ============================================================================================
# legal-advice (privileged)
# ============================================================================================
# legal-advice: written advice from Cafcass Legal (or CAFCASS Cymru's legal team) to the
#   practitioner: the question asked, the law (FPR, case law, Children Act), the advice and
#   recommended course; marked privileged / not for disclosure.
t("legal-advice", "en", "email", "legal", "Advice from Cafcass Legal", """
PRIVILEGED - LEGAL ADVICE - NOT FOR DISCLOSURE
{fca},
You asked whether you must disclose the mother's new address, which appears in the police disclosure, in your report. In my view you should not. FPR 29.1 allows the address to be withheld; you should file it on form C8 and make no reference to the area in the body of the report. If either party asks, refer them to the court.
Happy to discuss.
Cafcass Legal
""", subj="Advice - withholding address {cn}")
t("legal-advice", "en", "att", "legal", "Legal advice note", """
Privileged and confidential - legal professional privilege
ADVICE
Issue: whether the FCA can be compelled to attend a fact-finding hearing.
Advice: the court may direct attendance, but Cafcass's practice is that the FCA does not give evidence on disputed facts. You should file a short position (letter to the court) explaining that you have not formed a view on the allegations and ask to be excused.
Lawyer, Cafcass Legal
""")
t("legal-advice", "en", "email", "legal", "Advice re appeal", """
Dear {fca},
Thank you for the papers. The father's appeal notice challenges the judge's reliance on your report. Cafcass is not a party and you are not required to respond. If the appeal court grants permission and invites submissions, please let us know and we will advise. Do not contact the father about it.
Regards, Senior Lawyer
""", subj="RE: appeal - do I need to do anything?")
t("legal-advice", "cy", "email", "legal", "Cyngor cyfreithiol", """
BREINTIEDIG - CYNGOR CYFREITHIOL
Annwyl {fca},
Gofynnoch a oes angen datgelu cyfeiriad newydd y fam yn eich adroddiad. Yn fy marn i, na ddylech. Dylid ei ffeilio ar ffurflen C8 yn unig.
Cofion
Tîm Cyfreithiol CAFCASS Cymru
""", subj="Cyngor - cyfeiriad y fam")
t("legal-advice", "cy", "att", "legal", "Nodyn cyngor", """
Cyfrinachol - braint gyfreithiol
CYNGOR
Mater: a ddylai'r gwarcheidwad gefnogi cais yr awdurdod lleol am orchymyn lleoli.
Cyngor: mae'n rhaid i'r gwarcheidwad ystyried yr holl opsiynau realistig (Re B-S). Os nad yw'r asesiad o'r nain wedi ei gwblhau, dylech ofyn am ohiriad.
Cyfreithiwr, CAFCASS Cymru
""", law="C")
t("legal-advice", "en", "email", "legal", "Advice on conflict", """
Privileged
You have asked what to do now that {c1} ({c1age}) disagrees with your recommendation and wants to instruct a solicitor directly. Under FPR 16.29 a child may instruct the solicitor where the solicitor considers {he} is able, having regard to {his} understanding. If that happens you continue as guardian and may need separate representation; speak to me before the hearing and we will arrange it.
Cafcass Legal
""", subj="Child disagreeing with guardian", law="C")
t("legal-advice", "en", "att", "legal", "Advice memo", """
MEMO - LEGAL ADVICE TO PRACTITIONER (privileged)
From: Cafcass Legal   To: {fca}   Date: {d}
Question: can the court order Cafcass to supervise contact?
Answer: No. The court cannot order Cafcass to supervise contact; a Family Assistance Order requires consent and is limited to 12 months. Suggest you say so in your report and recommend a commissioned intervention instead.
""")
t("legal-advice", "en", "email", "legal", "Advice re subpoena", """
Legal privilege applies.
The police have asked for your notes of the child's disclosure for a criminal investigation. You must not hand them over without the court's permission: FPR 12.73 restricts disclosure of information relating to proceedings. Ask the officer to apply to the family court. I will draft a letter for you.
""", subj="Police request for notes")
t("legal-advice", "en", "att", "legal", "Written advice", """
Advice on rule 16.4 appointment
Issue: whether to recommend that {c1} be made a party with a guardian.
Practice Direction 16A para 7 lists the circumstances: significant intractable dispute; the child's views not being adequately represented. In my view both apply here. You may recommend a 16.4 appointment; note that Cafcass must have capacity to allocate.
Privileged legal advice - do not disclose.
""")

# solicitor-correspondence: letters and e-mails between the children's guardian and the
#   solicitor the guardian instructed for the child (or other lawyer instructed by the
#   practitioner): taking instructions, drafts, hearing attendance, the child's own instructions.
t("solicitor-correspondence", "en", "email", "csol", "Email from children's solicitor", """
Dear {gdn},
Following today's CMH: the judge made the ICO and gave permission for the psychological assessment. I have drafted the letter of instruction and attach it for your comments by Friday. Please also let me have your instructions on the father's application for more contact - my view is we should not oppose a modest increase.
Kind regards
{csol_name}
Solicitor for the children, {csol}
""", subj="{c1s} - CMH outcome and LOI", law="C")
t("solicitor-correspondence", "en", "email", "cafcass", "Instructions to solicitor", """
{csol_name},
My instructions for the IRH: I support the care order but not the reduction of contact to monthly. Please seek a direction that the LA file an amended care plan with fortnightly contact. I will be at court from 9.30.
{gdn}
Children's Guardian
""", subj="Instructions for IRH", law="C")
t("solicitor-correspondence", "en", "att", "csol", "Letter to guardian", """
{csol}
Dear {gdn}
Re: {c1} and {c2} {c1s}
We enclose the local authority's final evidence received today, together with the draft care plans. We would be grateful for your instructions on whether you agree with the plan of adoption for {c2}. We have also received a request from {c1} to speak to us directly, which we will arrange.
""", law="C")
t("solicitor-correspondence", "cy", "email", "csol", "E-bost gan gyfreithiwr y plant", """
Annwyl {gdn},
Yn dilyn y gwrandawiad heddiw gwnaeth y barnwr orchymyn gofal interim. Amgaeaf ddrafft o'r llythyr cyfarwyddo. A wnewch chi anfon eich sylwadau erbyn dydd Gwener?
Cofion
{csol_name}, cyfreithiwr y plant
""", subj="Canlyniad y gwrandawiad", law="C")
t("solicitor-correspondence", "cy", "email", "cymru", "Cyfarwyddiadau i'r cyfreithiwr", """
Annwyl {csol_name},
Fy nghyfarwyddiadau ar gyfer y gwrandawiad: rwy'n cefnogi'r gorchymyn gofal ond nid y gostyngiad mewn cyswllt. Byddaf yn y llys erbyn 9.30.
{gdn}, Gwarcheidwad Plant
""", subj="Cyfarwyddiadau", law="C")
t("solicitor-correspondence", "en", "email", "csol", "Child's solicitor re 16.4", """
Dear {fca},
As you know I was appointed for {c1} under rule 16.4. I have met {c1}, who is competent to give instructions and disagrees with your recommendation. I am therefore now taking instructions directly from {him}. I'll let the court know; you may want to take advice from Cafcass Legal about your own representation.
""", subj="{c1} - separate instructions")
t("solicitor-correspondence", "en", "att", "csol", "Draft for comment", """
DRAFT - for the guardian's approval
Position statement on behalf of the children
Hearing: IRH {d3}
The children, through their guardian, support...
[Guardian - please check para 4 re sibling contact; I have assumed you still support weekly visits. {csol_name}]
""", law="C")
t("solicitor-correspondence", "en", "email", "csol", "Attendance note from solicitor", """
Hi {gdn},
Quick update from court: LA asked for a 4-week adjournment for the SGO assessment. I agreed on your behalf as per your email yesterday. Next hearing {d3}. I've asked the LA to file the assessment a week before. I'll send my attendance note tomorrow.
{csol_name}
""", subj="RE: today's hearing", law="C")
t("solicitor-correspondence", "en", "email", "cafcass", "Email to child's solicitor", """
Dear {csol_name},
Thank you for your attendance note from Tuesday. I agree with the line you took on the adjournment. For the next hearing please tell the LA that I will not support any reduction in the children's time with their mother until the parenting assessment is filed, and ask for the contact notes to be disclosed to us both.
{gdn}
""", subj="RE: attendance note", law="C")

# legal-call-note: the practitioner's own note of a telephone call or meeting with Cafcass
#   Legal, the child's solicitor or another lawyer instructed by the practitioner: who, when,
#   what was discussed, advice received, actions.
t("legal-call-note", "en", "doc", "cafcass", "Note of call", """
Note of telephone call - {d} {t}
Participants: {fca} (FCA); lawyer, Cafcass Legal
Reason: father's solicitors have asked for my notes of interview with {c1}.
Advice received: notes are not disclosable as of right; the father must apply to the court; I should not send them.
Action: reply to solicitors declining and copying the court. Privileged.
""")
t("legal-call-note", "en", "doc", "cafcass", "Discussion with solicitor", """
Record of discussion with child's solicitor
Date: {d}. By phone, 20 minutes. {gdn} (guardian), {csol_name} ({csol}).
Discussed: LA's late filing of final evidence; whether to seek an extension. Agreed to support a 2-week extension but oppose moving the IRH.
Solicitor to email LA legal today.
""", law="C")
t("legal-call-note", "cy", "doc", "cymru", "Nodyn o alwad", """
Nodyn o alwad ffôn - {dcy}
Yn bresennol: {fca}; cyfreithiwr, CAFCASS Cymru
Rheswm: cais cyfreithwyr y tad am fy nodiadau.
Cyngor: nid oes rhaid eu datgelu heb orchymyn y llys.
Cam gweithredu: ateb y cyfreithwyr. Breintiedig.
""")
t("legal-call-note", "cy", "doc", "cymru", "Cofnod trafodaeth gyda'r cyfreithiwr", """
Cofnod o drafodaeth gyda chyfreithiwr y plentyn
{dcy}, dros y ffôn. {gdn} (gwarcheidwad) a {csol_name}.
Trafodwyd: yr awdurdod lleol yn hwyr yn ffeilio. Cytunwyd i gefnogi estyniad o bythefnos.
""", law="C")
t("legal-call-note", "en", "doc", "cafcass", "Teams call with Legal", """
Teams call with Cafcass Legal, {d}
Present: {fca}, {mgr} (SM), lawyer.
Topic: the judge has asked the FCA to supervise handovers. Lawyer advised this is outside our statutory functions; draft wording for the report given. SM agreed.
Next: FCA to amend para 45; lawyer available on the day of hearing if needed.
""")
t("legal-call-note", "en", "doc", "cafcass", "Record of advice call", """
Legal consultation record (privileged)
Called legal helpline {t}. Question: child aged 15 wants to attend the final hearing. Advice: court's permission needed; FPR 12.14; consider the child's welfare; suggest child meets judge instead.
Outcome: will discuss options with {c1} and include in report.
""")
t("legal-call-note", "en", "doc", "cafcass", "Meeting with child's solicitor", """
Meeting note - guardian and children's solicitor
{d}, solicitor's office.
Read through the psychological report together. Agreed it is not robust on sibling issues; solicitor to draft questions to the expert (Part 25 questions within 10 days).
Guardian to visit children before the IRH.
""", law="C")
t("legal-call-note", "en", "doc", "cafcass", "Phone note - lawyer", """
Phone note {d}
Spoke to {csol_name} (child's solicitor). {c1} rang her yesterday upset about contact. She wanted me to know before the hearing. I will visit {c1} on Monday. Agreed she will not file anything until we have spoken again.
""")
t("legal-call-note", "en", "doc", "cafcass", "Advice line call note", """
Call with in-house lawyer - re witness summons
FCA was served with a witness summons for the criminal trial of the father. Lawyer advised: attend; bring no notes; answer factual questions only; report privilege issues to the judge. Lawyer to write to CPS.
""")

# ============================================================================================
# further-information
# ============================================================================================
# thank-you-card: cards, notes, small gifts' tags from parents, children or grandparents
#   thanking the FCA/guardian at or after the end of the case.
t("thank-you-card", "en", "scan", "", "Card", """
Thank you!
To {fca},
Thank you for listening to me and my kids when nobody else did. {c1} is so much happier now.
Best wishes always
{mf} x
""")
t("thank-you-card", "en", "scan", "", "Card from child", """
THANK YOU
to {fca}
for helping me tell the judge. I like my new school
from {c1}
(drawing of a smiley face)
""")
t("thank-you-card", "cy", "scan", "", "Cerdyn", """
Diolch yn fawr!
Annwyl {fca},
Diolch am eich help a'ch amynedd. Mae {c1} mor hapus nawr.
Dymuniadau gorau
{mf}
""")
t("thank-you-card", "cy", "scan", "", "Cerdyn gan y plentyn", """
DIOLCH
i {fca}
am wrando arna i
gan {c1} xx
""")
t("thank-you-card", "en", "scan", "", "Card from father", """
With thanks
{fca} - I didnt like everything you said but you were fair and you got me my son back in my life. Cheers for everything.
{ff}
""")
t("thank-you-card", "en", "scan", "", "Card from grandparents", """
To the lady from Cafcass
Just a little note to say thank you from Nanny and Grandad. We see the children every Sunday again now.
Love from {gm} & family
""")
t("thank-you-card", "en", "email", "parent", "Thank you email", """
Hi {fca},
Just wanted to say a massive thank you for all your help. The order was made today and {c1} is over the moon. I know you must get a lot of horrible emails so I wanted to send a nice one!
All the best, {mf}
""", subj="THANK YOU")
t("thank-you-card", "en", "scan", "", "Note with chocolates", """
For {fca} and the team at the {town} office
Thank you for being so kind to us this year. Enjoy the chocolates!
{mf}, {c1} and {c2}
""")
t("thank-you-card", "en", "scan", "", "Card", """
[Card front: Thank You in gold letters]
Inside: you made a very hard time easier. Thank you for helping {c1} and for being patient with me on the phone.
Kind regards
{resp}
""")

# informal-contact: other informal items a family sends: a postcard from the child, photos, a
#   school certificate, an update "just letting you know how things are", a Christmas card, a
#   message left with reception, items to pass on in indirect contact.
t("informal-contact", "en", "scan", "", "Postcard", """
Greetings from Tenby!
Hi {fca}, we are on holiday with dad for a whole week like the judge said. It is sunny and I went on a boat.
from {c1}
[address side: Cafcass, {town}]
""")
t("informal-contact", "en", "email", "parent", "Update from mother", """
Hiya,
Just thought I'd let you know how things are going since court. {c1} has started at the new school and made friends. Contact with dad is going OK, he's been on time every week. No need to reply, just wanted you to know.
{mf}
""", subj="just an update")
t("informal-contact", "en", "scan", "", "Christmas card", """
Merry Christmas
To {fca}
Have a lovely Christmas. From {c1}, {c2} and Mum
""")
t("informal-contact", "cy", "scan", "", "Cerdyn post", """
Cyfarchion o Langrannog!
Helo {fca}, rydyn ni ar wyliau gyda Dad. Mae'n braf iawn.
oddi wrth {c1}
""")
t("informal-contact", "cy", "email", "parent", "Diweddariad gan y tad", """
Helo,
Dim ond eisiau rhoi gwybod bod pethau'n mynd yn dda ers y llys. Mae {c1} yn dod ata i bob penwythnos. Dim angen ateb.
{ff}
""", subj="diweddariad")
t("informal-contact", "en", "doc", "internal", "Message left at reception", """
Telephone message - reception
For: {fca}    Taken by: reception    {d} {t}
Caller: {gm} (nan)
Message: wanted to let you know the family are doing well and {c1} got a certificate for reading. Not urgent, no call back needed.
""")
t("informal-contact", "en", "scan", "", "Certificate copy", """
STAR OF THE WEEK
awarded to
{c1} {c1s}
for amazing effort in maths
{school}   {d}
[handwritten on back: thought you would like to see this - {mf}]
""")
t("informal-contact", "en", "email", "parent", "Photos from father", """
Hi, attached some pics from our day out at the zoo, like you asked me to send for {c1}'s memory box. Thanks again.
{ff}
Sent from Outlook for Android
""", subj="pics")
t("informal-contact", "en", "scan", "", "Note from young person", """
hi its {c1}. I finished my GCSEs and I got into college to do mechanics. Mum said I should tell you. thanks for everything back then
""")

# ============================================================================================
# court-bundle (deleted on closure)
# ============================================================================================
# court-bundle: the electronic or paper bundle prepared for a hearing (PD27A): index with
#   sections (A preliminary documents, B applications and orders, C statements, D experts,
#   E other documents, F police/medical), page ranges, paginated pages carrying bundle page
#   references (B12, C45), preliminary documents (case summary, chronology, list of issues,
#   reading list, schedule of findings) prepared for the bundle.
t("court-bundle", "en", "att", "firm", "Bundle index", """
IN THE FAMILY COURT AT {town}    {cn}
INDEX TO BUNDLE - Final hearing {d3}
Section A - Preliminary documents
A1-A4    Case summary
A5-A6    Chronology
A7       Reading list
Section B - Applications and orders   B1-B38
Section C - Statements   C1-C64
Section D - Cafcass   D1-D27
Section E - Police disclosure   E1-E19
Total pages: {pages}
""")
t("court-bundle", "en", "att", "firm", "Preliminary documents", """
A5
CHRONOLOGY (agreed)
{oldyr}      Parties begin relationship
{d4}         {c1} born
{d2}         Separation; police called
{d}          C100 issued
{d3}         Final hearing
Prepared for the bundle by the applicant's solicitors
A6
""")
t("court-bundle", "en", "att", "firm", "Bundle section", """
C23
... I have always put the children first. 12. I was shocked to read the applicant's allegations...
Statement of truth. Signed.
                                                               C24
STATEMENT OF {gm}
1. I am the maternal grandmother...
                                                               C25
""")
t("court-bundle", "cy", "att", "firm", "Mynegai'r bwndel", """
YN Y LLYS TEULU / IN THE FAMILY COURT
MYNEGAI I'R BWNDEL / BUNDLE INDEX
Adran A - Dogfennau rhagarweiniol / Preliminary documents   A1-A8
Adran B - Ceisiadau a gorchmynion / Applications and orders   B1-B30
Adran C - Datganiadau / Statements   C1-C52
Adran D - CAFCASS Cymru   D1-D20
Cyfanswm tudalennau / Total pages: {pages}
""")
t("court-bundle", "cy", "att", "firm", "Rhestr ddarllen", """
A7
RHESTR DDARLLEN I'R BARNWR / READING LIST
1. Crynodeb o'r achos  A1-A4
2. Adroddiad adran 7  D1-D18
3. Datganiad y fam  C1-C9
Amcangyfrif amser darllen: 2 awr
A8
""")
t("court-bundle", "en", "att", "firm", "Schedule of findings", """
A9
SCHEDULE OF FINDINGS SOUGHT BY THE MOTHER
No. | Date | Allegation | Evidence | Response
1 | {d4} | Respondent grabbed mother by throat | C12 para 5; E4 | Denied
2 | {oldyr} | Respondent controlled finances | C13 para 9 | Denied
3 | {d2} | Threats by text | C40-C44 | Admitted in part
A10
""")
t("court-bundle", "en", "att", "court", "E-bundle cover", """
ELECTRONIC BUNDLE - prepared in accordance with PD27A
Case: {case}   No: {cn}
Hearing: {d3} - Issues Resolution Hearing
Prepared by: {la} Legal Services
Bookmarked, text searchable, paginated. Page count: {pages}
This bundle is for the use of the court and the parties at this hearing only.
""")
t("court-bundle", "en", "att", "firm", "Case summary for bundle", """
A1
CASE SUMMARY - for the Final Hearing
Parties: Applicant {app} (F); Respondent {resp} (M)
Child: {c1} (aged {c1age})
Key dates: see chronology A5
Issues: where {c1} should live; findings at B14-B19
Reading list: A7
                                         A1
""")
t("court-bundle", "en", "att", "firm", "Bundle pages police", """
E7
Occurrence summary (disclosed under order dated {d2})
{d4} DOMESTIC - verbal - no offences
E8
{oldyr} DOMESTIC - assault - NFA
[Remaining pages redacted pursuant to order]
E9
""")
t("court-bundle", "en", "att", "firm", "Bundle Cafcass section", """
D1
[Section D - Cafcass documents]
D1-D3  Safeguarding letter dated {d4}
D4-D21 Report under s7 dated {d2}
D22-D24 Addendum report
Page D1 of D24
""")
t("court-bundle", "en", "att", "firm", "Supplementary bundle", """
SUPPLEMENTAL BUNDLE - documents filed after the bundle was lodged
Index
S1-S4   Hair strand test results (father)
S5-S6   Updated position statement (mother)
S7      Email from school dated {d2}
Lodged {d}
""")

# ============================================================================================
# police-information (deleted 18 months after receipt / on closure; WTFH 3 months)
# ============================================================================================
# pnc-disclosure: a Police National Computer print (convictions, cautions, reprimands, warnings,
#   pending prosecutions) for a named adult: offence, date, court, disposal.  From the police's
#   disclosure unit, or ACRO.
t("pnc-disclosure", "en", "att", "police", "Convictions print", """
{police} - Disclosure Unit
Record of convictions, cautions, reprimands and warnings
Subject: {f}   DOB 03/07/1988   PNCID 09/{ref}X
Conviction date | Court | Offence | Disposal
{d4} | {town} Magistrates | Assault by beating (s39 CJA 1988) | Community order, 12m, BBR requirement
{oldyr} | {town} Crown Court | Possession with intent to supply Class A | 30 months imprisonment
Cautions: Possession of cannabis ({oldyr})
Pending: none
""")
t("pnc-disclosure", "en", "att", "police", "Record of antecedents", """
CONVICTIONS/CAUTIONS HISTORY - {pt}
Total convictions: 4 (6 offences)
1. {d4} Criminal damage - fine
2. {oldyr} Sexual assault on a female under 13 - 4 years; SOR indefinite; Schedule 1 offender
3. Breach of SHPO - 6 months
Warning markers: violent; sex offender - presents a risk to children
""", rc="adult-posing-risk")
t("pnc-disclosure", "en", "email", "police", "PNC result", """
Good afternoon,
PNC check result for {m}: no trace of convictions, cautions or warnings.
PNC check result for {f}: 1 conviction - drink driving {d4} - 18 month disqualification.
Local intelligence is not included in this response; see separate safeguarding check.
Disclosure Officer
""", subj="PNC results {cn}")
t("pnc-disclosure", "cy", "att", "police", "Cofnod euogfarnau", """
{police_cy} - Uned Ddatgelu
Cofnod euogfarnau a rhybuddion
Gwrthrych: {f}
Dyddiad | Llys | Trosedd | Dedfryd
{d4cy} | Llys Ynadon | Ymosod trwy guro | Gorchymyn cymunedol
{oldyr} | Llys y Goron | Meddu cyffuriau Dosbarth A | 18 mis o garchar
Rhybuddion: dim
""")
t("pnc-disclosure", "cy", "att", "police", "Canlyniad PNC", """
Canlyniad chwiliad PNC
{m}: dim cofnod.
{pt}: un euogfarn - gyrru dan ddylanwad alcohol {d4cy}.
Nid yw gwybodaeth leol wedi ei chynnwys.
""")
t("pnc-disclosure", "en", "att", "police", "ACRO disclosure", """
ACRO Criminal Records Office
Disclosure for family court purposes
Name searched: {f}
Result: 2 convictions
{d4} Harassment (Protection from Harassment Act 1997 s2) - restraining order 2 years, protected person: previous partner
{oldyr} Battery - conditional discharge
""")
t("pnc-disclosure", "en", "att", "police", "Police record extract", """
Page 1 of 2
PRINT ID: {ref}  PRINTED BY DISCLOSURE UNIT  {d}
NAME: {pt}
SUMMARY: 3 CONVICTIONS FOR 5 OFFENCES, 1 CAUTION
OFFENCES AGAINST THE PERSON 2   THEFT 2   DRUGS 1
ON BAIL: YES - conditions not to contact {m}
""")
t("pnc-disclosure", "en", "att", "police", "Criminal record check", """
Result of criminal record check requested for the family court
Subject: {gm}
Outcome: No convictions, cautions, reprimands or final warnings held on the Police National Computer.
""")
t("pnc-disclosure", "en", "att", "police", "Disclosure - convictions", """
Disclosure of convictions - {f}
1. {d4} - Controlling or coercive behaviour in an intimate or family relationship (s76 SCA 2015) - 14 months suspended; restraining order (indefinite)
2. {oldyr} - Common assault - fine £200
Notes: the restraining order names the children's mother.
""")

# police-callouts: a list or log of police attendances / incidents at an address or involving
#   named people (STORM, Niche, Athena, Connect records): date, time, incident type, summary,
#   outcome, children present, DASH risk level.
t("police-callouts", "en", "att", "police", "Incident log", """
INCIDENT HISTORY - address {addr}
Date | Time | Type | Summary | Outcome | Children present
{d4} | 23:14 | Domestic | Neighbour reported shouting | words of advice | Y
{oldyr} | 02:40 | Domestic - assault | Female reports being pushed, redness to arm | suspect arrested, NFA | Y
{d2} | 18:05 | Concern for welfare | Male threatening self-harm | referred to mental health triage | N
DASH: standard, medium, high
""")
t("police-callouts", "en", "att", "police", "Occurrences", """
Occurrence summary (Niche)
Occ {pref}  {d2}  Breach of non-molestation order - suspect {f} attended {addr} - arrested - charged
Occ {pref2}  {d4}  Domestic incident, verbal argument, both parties intoxicated, 2 children asleep upstairs - CSE/CP referral made
Occ {pref3}  {oldyr}  Missing person - {c1}, 14, found next day at friend's address
""", rc="missing-person")
t("police-callouts", "en", "email", "police", "Call out history", """
Hi,
As requested, callouts to {addr} in the last 2 years:
- {d4}: domestic, verbal, no offences
- {d2}: domestic, criminal damage to front door by male ex-partner, crime recorded, no further action - victim unsupportive
- {d}: 999 silent call, attended, all safe
Regards, Public Protection Unit
""", subj="RE: callouts request")
t("police-callouts", "cy", "att", "police", "Log digwyddiadau", """
HANES DIGWYDDIADAU - {addr}
Dyddiad | Math | Crynodeb | Canlyniad | Plant yn bresennol
{d4cy} | Domestig | Cymydog yn clywed gweiddi | cyngor | Do
{d2cy} | Domestig - ymosod | Y fenyw wedi ei gwthio | arestio, dim camau pellach | Do
""")
t("police-callouts", "cy", "att", "police", "Galwadau'r heddlu", """
Rhestr o alwadau i'r cyfeiriad yn ystod y 24 mis diwethaf
{d4cy} - digwyddiad domestig, geiriol
{d2cy} - difrod troseddol i'r drws
{dcy} - galwad 999 dawel, pawb yn ddiogel
""")
t("police-callouts", "en", "att", "police", "STORM log", """
STORM LOG {ref}  {d2} 21:47
Caller: female at {addr}. States ex-partner banging on door, shouting he will take the kids. Children aged {c1age} and {c2age} in address.
Units despatched 21:49, on scene 21:58. Male left prior. Area search negative.
Closing code: DOMESTIC - NO OFFENCES. DASH MEDIUM. PVP created.
""")
t("police-callouts", "en", "att", "police", "Domestic incidents list", """
Domestic abuse incidents recorded involving {m} and {f}
1. {d4} - argument over child contact at handover; no offences
2. {oldyr} - allegation of ABH; victim declined to support; NFA
3. {d2} - harassment by text; crime recorded, suspect interviewed, NFA
Risk: MARAC referral {oldyr}
""")
t("police-callouts", "en", "att", "police", "Attendance record", """
Police attendances - summary for family court (disclosed under order)
{d2}: attended school re parental dispute at pick-up; words of advice to both.
{d}: mother reported child not returned after contact; child located at father's; returned next morning by agreement.
""")
t("police-callouts", "en", "att", "police", "Incident printout", """
Page 3 of 4
... INCIDENT 0412  {d2}
LOCATION: {addr}
NATURE: DOMESTIC - CHILD PRESENT
OFFICER NARRATIVE: on arrival female crying, child ({c1age}) in hallway. Male had left. Female states argument about money; no injuries visible. Advice given. DASH completed - standard.
RESULT: NO FURTHER POLICE ACTION
""")

# police-check: the police's answer to a Cafcass safeguarding check: whether the named adults
#   and address are known, a narrative summary of relevant domestic abuse / child protection
#   information, risk assessment, bail conditions, orders; "no trace" responses; consent and
#   disclosure caveats ("not to be shared with the parties without consent").
t("police-check", "en", "att", "police", "Response to Cafcass", """
{police} - Safeguarding Hub
Response to Cafcass request dated {d2}
Applicant {app}: known - see below
Respondent {resp}: no trace
Information held: the applicant is recorded as a suspect in two domestic incidents against a previous partner ({oldyr}, {d4}); no charges. A Clare's Law disclosure was made to a subsequent partner in {oldyr}.
This information is disclosed for the purpose of the family court proceedings only. Do not disclose to the subject without consulting us.
""")
t("police-check", "en", "email", "police", "No trace", """
Good morning,
Checks completed for the following: {f}, {m}, {c1} {c1s}, address {addr}.
Result: no trace on local or national systems.
Kind regards
Public Protection Unit (Family Court Checks)
""", subj="Cafcass check {cn} - NO TRACE")
t("police-check", "en", "att", "police", "Safeguarding response", """
Police response to family court safeguarding request
Name: {pt}
Known: yes
Summary: registered sex offender (conviction {oldyr}); managed by MAPPA level 2; assessed as posing a risk to children. He is not permitted unsupervised contact with children under 16 under his SHPO.
Please contact the MOSOVO team before sharing.
""", rc="adult-posing-risk")
t("police-check", "cy", "att", "police", "Ymateb yr heddlu", """
{police_cy} - Hyb Diogelu
Ymateb i gais CAFCASS Cymru dyddiedig {d2cy}
Ceisydd: {app} - yn hysbys
Atebydd: {resp} - dim cofnod
Gwybodaeth: mae'r ceisydd wedi ei gofnodi fel sawl a amheuir mewn dau ddigwyddiad domestig. Dim cyhuddiadau.
Datgelir y wybodaeth hon at ddibenion achos y llys teulu yn unig.
""")
t("police-check", "cy", "email", "police", "Dim cofnod", """
Bore da,
Wedi cwblhau gwiriadau ar gyfer: {f}, {m}, {c1} {c1s}.
Canlyniad: dim cofnod ar systemau lleol na chenedlaethol.
Cofion
Uned Amddiffyn y Cyhoedd
""", subj="Gwiriad {cn} - dim cofnod")
t("police-check", "en", "att", "police", "Family court check", """
FAMILY COURT SAFEGUARDING CHECK - POLICE RETURN
Subjects checked: 3   Known: 1
{f}: currently on police bail for assault of {m} ({d2}); bail conditions - not to contact the victim directly or indirectly, not to attend {addr}. Investigation ongoing.
Risk assessment: DASH high; MARAC referral made.
Officer in charge: DC 4471
""")
t("police-check", "en", "email", "police", "Check response email", """
Dear Cafcass,
In response to your request: the mother, {m}, is recorded as a victim of domestic abuse by {f} (4 incidents, the latest {d2}). There is an active non-molestation order. The father is also recorded as wanted for failing to appear at court - please let us know if you have a current address for him.
Regards
Safeguarding Hub
""", subj="Safeguarding check reply")
t("police-check", "en", "att", "police", "Local information", """
LOCAL INFORMATION DISCLOSURE (not PNC)
Subject: {m}
Intelligence reports (graded): associated with address used for drug supply (2 reports, {oldyr}).
Child concern notifications: 1 - children found home alone ({d4}); shared with children's services.
Disclosure caveat: intelligence must not be disclosed to the parties.
""")
t("police-check", "en", "att", "police", "Check form returned", """
Request for police information - family proceedings
Section A (completed by Cafcass): names, DOBs, addresses - see attached
Section B (police use)
Known to police? [X] Yes [ ] No
Domestic abuse history? [X] Yes
Convictions? see PNC print enclosed
Relevant child protection information? [ ] Yes [X] No
Checked by: PS 2209, {d}
""")


# extra templates that state the rarer record classes in their own words
t("la-checks", "en", "att", "la", "Private fostering response", """
{la} - response to Cafcass check
{c1} {c1s}: known. Since {d2} {c1} has been living with a family friend, Ms T. Ward, under a private fostering arrangement notified to us by the school. Private fostering assessment completed; visits every 6 weeks.
Parents: mother known as parent; father not known.
""", rc="privately-fostered-child")
t("la-checks", "en", "email", "la", "Check reply - adult risk", """
Dear Cafcass,
Further to your check on the household at {addr}: the mother's partner, {pt}, is recorded on our system as an adult posing a risk to children (Schedule 1 offence, {oldyr}). Children's services were not aware he had moved in; we are opening a strategy discussion today.
MASH Team Manager
""", subj="RE: safeguarding check {cn} - URGENT", rc="adult-posing-risk")
t("agency-information", "en", "att", "la", "Fostering service letter", """
{la} Fostering Service
To: Children's Guardian
Re: {c1} {c1s} - placement with Mr and Mrs Ellison
Mr and Mrs Ellison were approved as foster carers by the fostering panel in {oldyr} and are approved for two children aged 0-10. Their last annual review was positive. They would be willing to care for {c1} long term.
Supervising Social Worker
""", law="C", rc="foster-carers")
t("court-order", "en", "att", "court", "Placement order", """
PLACEMENT ORDER - section 21 Adoption and Children Act 2002
The child: {c2} {c1s}
The court authorises {la} to place the child for adoption with any prospective adopters chosen by the authority.
The court dispenses with the consent of the mother and the father under s52(1)(b), the welfare of the child requiring it.
{judge}, {d}
""", law="C", rc="adoption")

# ============================================================================================
# null: things nobody would put in a case file
# ============================================================================================
t(None, "en", "email", "any", "", """
Thank you for your email. I am out of the office until {d3} with no access to email. For urgent matters please contact the duty desk on {tel}.
""", subj="Automatic reply: {cn}")
t(None, "en", "email", "any", "", """
Your mailbox is almost full. You have used 98% of your 50GB storage. To avoid losing emails, click here to verify your account and increase your quota: http://mail-verify-account.example
IT Service Desk
""", subj="Action required: mailbox storage")
t(None, "en", "doc", "internal", "", """
STAFF RESTAURANT - MENU THIS WEEK
Monday: chilli con carne / veg chilli, rice
Tuesday: fish fingers, chips, peas
Wednesday: roast chicken dinner
Thursday: jacket potato bar
Friday: fish and chips
Hot drinks 80p
""")
t(None, "en", "email", "internal", "", """
Hi all, the fire alarm will be tested on Wednesday at 10am. No need to evacuate unless the alarm sounds continuously for more than 2 minutes. Facilities
""", subj="Fire alarm test")
t(None, "en", "doc", "internal", "", """
Mileage claim - {fca}
Month: {d}
Journeys: office to {town} school 24 miles; office to court 11 miles; home visit 32 miles
Total 67 miles @ 45p = £30.15
Approved: line manager
""")
t(None, "en", "doc", "", "", """
SCANNER TEST PAGE
ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789
The quick brown fox jumps over the lazy dog.
Resolution 300dpi  Colour: greyscale
""")
t(None, "en", "email", "any", "", """
Your Microsoft Teams meeting invitation
Team huddle - weekly
Join on your computer, mobile app or room device
Click here to join the meeting
Meeting ID: 382 991 047 212  Passcode: 7hQ2vx
""", subj="Team huddle")
t(None, "en", "email", "any", "", """
Dear colleague, places remain on the half-day course "Writing for the court: clarity and brevity" on {d3}. Book via the learning portal. Lunch not provided.
Learning and Development
""", subj="Training places available")
t(None, "en", "doc", "internal", "", """
DELIVERY NOTE  No. {ref}
Supplier: OfficeWorld
Items: A4 paper 80gsm x 10 reams; black biros x 50; staples; lever arch files x 20
Delivered to: {town} office, goods in
Signed for: reception
""")
t(None, "en", "email", "firm", "", """
Read: {cn}
Your message was read on {d} {t}.
""", subj="Read: {cn}")
t(None, "en", "email", "any", "", """
Congratulations! You have been selected to receive a £500 Amazon voucher. Complete our short survey to claim your reward before midnight.
""", subj="You've won!")
t(None, "en", "doc", "", "", """
[blank page]
""")
t(None, "en", "email", "internal", "", """
Lost property: a blue umbrella and a set of car keys (Ford) were found in meeting room 2. Please collect from reception by Friday.
""", subj="Lost property")
t(None, "en", "email", "any", "", """
Staff newsletter - this month: welcome to our new starters; wellbeing week recap; the office will close at 2pm on Christmas Eve; bake sale raised £214 for charity.
""", subj="Newsletter")
t(None, "en", "doc", "internal", "", """
CAR PARK PERMIT APPLICATION
Name: {bso}   Vehicle reg: ______   Days in office: Tue / Thu
Permits are issued on a first-come basis. Blue badge holders have priority.
""")
t(None, "en", "email", "any", "", """
This message could not be delivered to one or more recipients.
Remote server returned '550 5.1.1 User unknown'.
""", subj="Undeliverable: {cn}")
t(None, "cy", "email", "internal", "", """
Neges atgoffa: bydd y swyddfa ar gau ddydd Llun ar gyfer gŵyl y banc. Cofiwch ddiffodd eich cyfrifiaduron cyn gadael ddydd Gwener.
""", subj="Swyddfa ar gau")
t(None, "cy", "email", "any", "", """
Diolch am eich neges. Rydw i allan o'r swyddfa tan {d3cy}. Os yw'r mater yn un brys, cysylltwch â'r tîm ar {tel}.
""", subj="Ateb awtomatig: {cn}")
t(None, "cy", "email", "internal", "", """
Cylchlythyr staff: croeso i'n haelodau newydd; wythnos lles; bore coffi Macmillan ddydd Gwener am 10.30 yn y gegin.
""", subj="Cylchlythyr")
t(None, "cy", "doc", "internal", "", """
HYSBYSIAD I STAFF
Profi'r larwm tân bob dydd Mercher am 10 o'r gloch. Nid oes angen gadael yr adeilad oni bai bod y larwm yn canu'n barhaus.
Cyfleusterau
""")
t(None, "cy", "email", "any", "", """
Cwrs hyfforddi: "Ysgrifennu i'r llys yn Gymraeg" ar {d3cy}. Archebwch le trwy'r porth dysgu.
""", subj="Hyfforddiant")


# ============================================================================================
# Generation
# ============================================================================================

def person_addr(name: str) -> str:
    first, *rest = name.split()
    return f"{slug(first)}.{slug(rest[-1]) if rest else 'x'}"


def sender(r: random.Random, who: str, c: dict) -> str:
    wales = c["in_wales"]
    caf = "gov.wales" if wales else "cafcass.gov.uk"
    town = slug(c["town"])
    if who in ("cafcass", "cymru"):
        return f"{person_addr(r.choice([c['fca'], c['gdn']]))}@{caf}"
    if who == "internal":
        return r.choice([f"{town}.businessservices@{caf}", f"{person_addr(c['bso'])}@{caf}",
                         f"intake.team@{caf}", f"facilities.{town}@{caf}"])
    if who == "legal":
        return r.choice([f"legal.team@{caf}", f"{person_addr(r.choice(STAFF_CY if wales else STAFF))}@{caf}"])
    if who == "court":
        return r.choice([f"family.{town}@justice.gov.uk", f"{town}familycourt@justice.gov.uk",
                         f"listing.{town}.family@justice.gov.uk", f"{town}.privatelaw@justice.gov.uk"])
    if who in ("la", "local-authority"):
        return r.choice([f"mash@{c['la_dom']}", f"{person_addr(c['sw'])}@{c['la_dom']}", f"childrens.legal@{c['la_dom']}",
                         f"frontdoor@{c['la_dom']}", f"cp.conference@{c['la_dom']}"])
    if who == "police":
        return r.choice([f"familycourtchecks@{c['pol_dom']}", f"disclosure.unit@{c['pol_dom']}",
                         f"ppu.safeguarding@{c['pol_dom']}", f"dc.{r.randrange(1000, 9999)}@{c['pol_dom']}"])
    if who == "nhs":
        return r.choice([f"{slug(c['gp'])}@nhs.net", "camhs.admin@wales.nhs.uk" if wales else "camhs.admin@nhs.net",
                         "safeguarding.children@wales.nhs.uk" if wales else "safeguarding.children@nhs.net"])
    if who == "school":
        return r.choice([f"office@{slug(c['school'])[:18]}.sch.uk", f"dsl@{slug(c['school'])[:18]}.sch.uk",
                         f"head@{slug(c['school'])[:18]}.sch.uk"])
    if who == "firm":
        dom = r.choice([c["msol_dom"], c["fsol_dom"]])
        return r.choice([f"family@{dom}", f"{slug(r.choice(['Anna', 'Paul', 'Gwen', 'Imran', 'Kate']))}.{slug(r.choice(SURNAMES))}@{dom}",
                         f"reception@{dom}"])
    if who == "csol":
        return f"{person_addr(c['csol_name'])}@{c['csol_dom']}"
    if who == "parent":
        who_p = r.choice([c["m"], c["f"]])
        first, last = who_p.split()[0], who_p.split()[-1]
        return f"{slug(first)}{r.choice(['', '.', '_'])}{slug(last)}{r.choice(['', str(r.randrange(1, 99))])}@{r.choice(WEBMAIL)}"
    if who == "provider":
        return r.choice([f"referrals@{c['prov_dom']}", f"bookings@{c['prov_dom']}", f"sessions@{c['prov_dom']}"])
    if who == "expert":
        return r.choice([f"reports@{slug(c['lab'])}.co.uk", f"admin@{slug(c['expert'].split(',')[0])[:16]}.co.uk",
                         f"clinic@{slug(c['expert'].split(',')[0])[:16]}psychology.co.uk"])
    # "any": screening bodies, agencies, services, mailing lists
    return r.choice([f"marac.coordinator@{c['la_dom']}", f"yjs@{c['la_dom']}", f"housing.options@{c['la_dom']}",
                     f"enquiries@{town}idva.org.uk", "familycourt.enquiries@justice.gov.uk",
                     f"referrals@{town}recovery.org.uk", f"bookings@{slug(c['interp'])}.co.uk",
                     "noreply@learninghub.example.com", f"{town}.probation@justice.gov.uk"])


SCAN_NAMES = ["SKM_C308{d:%y%m%d%H%M%S}.pdf", "scan_{n:04d}.pdf", "Scan {d:%d-%m-%Y} {d:%H.%M}.pdf",
              "IMG_{d:%Y%m%d}_{d:%H%M%S}.jpg", "doc{n:05d}.tif", "{d:%Y%m%d%H%M%S}.pdf", "CCF{d:%m%d%Y}_0001.pdf",
              "RICOH_{d:%Y%m%d}_{n:03d}.pdf", "Brother_{n:06d}.pdf"]
ATT_NAMES = ["ATT{n:05d}.pdf", "image001.png", "image00{k}.jpg", "Document1.docx", "scan.pdf",
             "WhatsApp Image {d:%Y-%m-%d} at {d:%H.%M.%S}.jpeg", "{d:%d.%m.%y}.pdf", "letter.pdf",
             "New Doc {d:%Y-%m-%d} {d:%H.%M.%S}.pdf", "CamScanner {d:%m-%d-%Y} {d:%H.%M}.pdf", "Doc1.pdf",
             "attachment.pdf", "{d:%Y%m%d}_{n}.pdf", "Untitled attachment 000{k}.pdf", "Secure_{n}.pdf"]
UPLOAD_NAMES = ["Document1.docx", "Untitled.pdf", "{d:%d%m%y} final.docx", "download ({k}).pdf", "file_{n}.pdf",
                "New Microsoft Word Document.docx", "v2 FINAL.docx", "{d:%Y-%m-%d}.pdf"]
TREE_NAMES = ["Copy of DOC{k}{n:03d}.doc", "notes.rtf", "misc {k}.doc", "NEW.doc", "old file {n}.doc", "scan {d:%d-%m}.pdf",
              "typed up.doc", "A{n:04d}.doc", "stuff from before.pdf", "backup {d:%Y}.doc"]
EMAIL_NAMES = ["message.eml", "email.eml", "{subj}.eml", "RE_ {subj}.msg", "{subj}.msg", "Message ({k}).eml"]


def file_name(r: random.Random, part: str, source: str, subj: str, c: dict) -> str:
    dt = date.fromordinal(c["_today"].toordinal())
    from datetime import datetime
    d = datetime(dt.year, dt.month, dt.day, r.randrange(8, 18), r.randrange(60), r.randrange(60))
    pool = {"email": EMAIL_NAMES, "attachment": ATT_NAMES}.get(part) or {"scan": SCAN_NAMES, "upload": UPLOAD_NAMES,
                                                                     "tree": TREE_NAMES}[source]
    pat = r.choice(pool)
    safe_subj = re.sub(r'[/\\:*?"<>|]', "_", subj).strip() or "no subject"
    return pat.format(d=d, n=r.randrange(1, 99999), k=r.randrange(1, 9), subj=safe_subj[:60])


def conventional_name(c: dict, dn: str) -> str:
    name = f"{c['case']} - {c['cn']} - {dn}.pdf"
    return re.sub(r'[/\\:*?"<>|]', "", name)


GENERIC_SUBJ = ["{cn}", "{case} - {cn}", "RE: {cn}", "Documents", "{c1s}", "Secure message", "FW: {cn} {c1s}",
                "[SECURE] {case}", "Re: {c1} {c1s}", "Case {cn} - info", "papers"]


def make_subject(r: random.Random, tpl: dict, c: dict, part: str) -> str:
    if part == "email":
        if tpl["subj"] and r.random() < 0.9:
            return tpl["subj"].format_map(c)
        return "" if r.random() < 0.3 else r.choice(GENERIC_SUBJ).format_map(c)
    x = r.random()
    if x < 0.22:
        return ""
    if tpl["subj"] and x < 0.45:
        return tpl["subj"].format_map(c)
    if tpl["dn"] and x < 0.6:
        return f"{tpl['dn']} - {c['cn']}"
    return r.choice(GENERIC_SUBJ).format_map(c)


DISCLAIMERS = {
    "court": "This e-mail and any attachments are intended for the named recipient only. HMCTS monitors e-mail traffic.",
    "cafcass": "OFFICIAL-SENSITIVE. This email and any files transmitted with it are confidential.",
    "cymru": "Croesawn ohebiaeth yn Gymraeg. We welcome correspondence in Welsh.",
    "police": "NOT PROTECTIVELY MARKED / OFFICIAL-SENSITIVE. This communication may contain information that is legally privileged.",
    "la": "This email is confidential. If you have received it in error please notify the sender and delete it.",
    "parent": "Sent from my iPhone",
    "legal": "LEGALLY PRIVILEGED. Not to be disclosed.",
    "csol": "This email is confidential and may be legally privileged. Regulated by the Solicitors Regulation Authority.",
    "firm": "This email is confidential and may be legally privileged. Regulated by the Solicitors Regulation Authority.",
}


def ocr_noise(r: random.Random, text: str) -> str:
    subs = [("m", "rn"), ("rn", "m"), ("l", "1"), ("I", "l"), ("O", "0"), ("0", "O"), ("cl", "d"), ("fi", "ﬁ"),
            ("e", "c"), ("h", "li"), ("â", "a"), ("ŵ", "w"), ("ŷ", "y"), ("ô", "o"), ("ê", "e"), ("S", "5"), ("t", "f")]
    out = []
    for line in text.split("\n"):
        words = line.split(" ")
        for i, w in enumerate(words):
            if not w:
                continue
            p = r.random()
            if p < 0.07:
                a, b = r.choice(subs)
                if a in w:
                    words[i] = w.replace(a, b, 1)
            elif p < 0.09 and len(w) > 5:
                k = r.randrange(2, len(w) - 2)
                words[i] = w[:k] + " " + w[k:]
            elif p < 0.10:
                words[i] = w + r.choice([",", ".", "'", "~", "|", "`", ";"])
        line = " ".join(words)
        if r.random() < 0.04:
            line = r.choice(["|", "'", ".", "~", "-"]) + " " + line
        out.append(line)
    # lost circumflexes throughout, sometimes
    res = "\n".join(out)
    if r.random() < 0.5:
        res = res.translate(str.maketrans("âêîôûŵŷ", "aeiouwy"))
    if r.random() < 0.3:
        res = r.choice(["' .", "|", "_ ,"]) + "\n" + res
    return res


def headers_footers(r: random.Random, text: str, lang: str, c: dict) -> str:
    m = r.randrange(2, 20)
    n = r.randrange(1, m + 1)
    page = f"Tudalen {n} o {m}" if lang == "cy" else r.choice([f"Page {n} of {m}", f"{n}", f"- {n} -", f"Page {n}"])
    head = r.choice(["OFFICIAL - SENSITIVE", "OFFICIAL-SENSITIVE: PERSONAL", f"{c['cn']}", "CONFIDENTIAL",
                     "SWYDDOGOL - SENSITIF / OFFICIAL - SENSITIVE" if lang == "cy" else "OFFICIAL"])
    lines = text.split("\n")
    if len(lines) > 6 and r.random() < 0.5:  # a page break in the middle
        k = r.randrange(3, len(lines) - 2)
        lines = lines[:k] + [page, "", head] + lines[k:]
        page = (f"Tudalen {min(n + 1, m)} o {m}" if lang == "cy" else f"Page {min(n + 1, m)} of {m}")
    return "\n".join([head] + lines + [page])


def cut_text(r: random.Random, text: str) -> str:
    k = int(len(text) * r.uniform(0.55, 0.85))
    return text[:k].rstrip()


def rc_ok(rc: str, text: str) -> bool:
    low = text.lower()
    return any(w in low for w in RC_WORDS[rc])


def build(kind, tpl, slot):
    r = random.Random(f"{SEED}|{kind}|{slot}|{tpl['tid']}")
    law = tpl["law"] or ("P" if r.random() < 0.7 else "C")
    c = make_ctx(r, tpl["lang"] == "cy", law)
    text = tpl["text"].format_map(c)
    recipe = [f"{kind or 'null'}/t{tpl['tid']:02d}"]
    src = tpl["src"]
    x = r.random()
    if src == "email":
        part, source = "email", "email"
    elif src == "att":
        part, source = ("attachment", "email") if x < 0.65 else ("document", r.choice(["scan", "scan", "scan", "upload", "tree"]))
    elif src == "scan":
        part, source = ("document", "scan") if x < 0.85 else ("attachment", "email")
    elif src == "tree":
        part, source = ("document", "tree") if x < 0.7 else (("attachment", "email") if x < 0.85 else ("document", "scan"))
    else:
        part, source = (("attachment", "email") if x < 0.35 else ("document", "scan") if x < 0.7
                        else ("document", "upload") if x < 0.88 else ("document", "tree"))
    who = tpl["who"]
    if who == "" and part == "attachment":
        who = "parent" if r.random() < 0.6 else "cafcass"
    if part in ("email", "attachment"):
        snd = sender(r, who or "internal", c)
    elif source == "upload":
        snd = f"{person_addr(r.choice([c['fca'], c['bso']]))}@{'gov.wales' if c['in_wales'] else 'cafcass.gov.uk'}"
    else:
        snd = ""
    subj = make_subject(r, tpl, c, part) if part in ("email", "attachment") else ""
    rc = tpl["rc"]
    if rc and not rc_ok(rc, text):
        raise SystemExit(f"record_class {rc} not stated in {kind}/t{tpl['tid']}")
    # post-processing
    if part == "email":
        if r.random() < 0.45:
            caf = "gov.wales" if c["in_wales"] else "cafcass.gov.uk"
            to = r.choice([f"intake.team@{caf}", f"{person_addr(c['fca'])}@{caf}",
                           f"{slug(c['town'])}.businessservices@{caf}"])
            text = (f"From: {snd}\nSent: {c['d']} {c['t']}\nTo: {to}\nSubject: {subj}\n\n" + text)
            recipe.append("hdr")
        if r.random() < 0.3 and who in DISCLAIMERS:
            text += "\n\n" + DISCLAIMERS[who]
            recipe.append("disc")
        if r.random() < 0.15:
            caf = "gov.wales" if c["in_wales"] else "cafcass.gov.uk"
            text += (f"\n\n-----Original Message-----\nFrom: {person_addr(c['fca'])}@{caf}\nSent: {c['d2']}\n"
                     f"Subject: {c['cn']}\n> Could you let me have this when you can? Thanks")
            recipe.append("thread")
    else:
        lines = text.count("\n")
        if lines >= 5 and kind is not None and r.random() < 0.25:
            text = headers_footers(r, text, tpl["lang"], c)
            recipe.append("hf")
        if lines >= 5 and r.random() < 0.15:
            cut = cut_text(r, text)
            if not rc or rc_ok(rc, cut):
                text = cut
                recipe.append("cut")
        if source == "scan" and r.random() < 0.5:
            text = ocr_noise(r, text)
            recipe.append("ocr")
    conventional = kind is not None and part != "email" and tpl["dn"] and r.random() < 0.25
    if conventional:
        fname = conventional_name(c, tpl["dn"])
        recipe.append("conv-name")
    else:
        fname = file_name(r, part, source, subj, c)
    if tpl["lang"] == "cy" and re.search(r" / .*\b(the|of|to|and|order|case|court|list|index|pages)\b", tpl["text"], re.I):
        recipe.append("bilingual")
    ex = dict(kind=kind, language=tpl["lang"], part=part, source=source, file_name=fname, sender=snd, subject=subj,
              text=text)
    if rc:
        ex["record_class"] = rc
    ex["recipe"] = " ".join(recipe)
    return ex


def plan(kinds: list[str]) -> list[tuple]:
    """Slots: 10 per kind, 11 for 15 kinds (and every template used at least once), 25 null."""
    pr = random.Random(SEED)
    extra = set(pr.sample([k for k in kinds if len(TEMPLATES[k]) <= 10], 13))
    extra |= {k for k in kinds if len(TEMPLATES[k]) > 10}
    slots = []
    for k in kinds:
        tpls = TEMPLATES[k]
        n = max(len(tpls), 11 if k in extra else 10)
        order = list(range(len(tpls)))
        # extra slots: a few kinds take a Welsh template first, so about a fifth are Welsh
        welsh = [i for i in order if tpls[i]["lang"] == "cy"]
        english = [i for i in order if tpls[i]["lang"] == "en"]
        pr.shuffle(welsh)
        pr.shuffle(english)
        reuse = (welsh + english) if pr.random() < 0.15 else (english + welsh)
        for s in range(n):
            tid = order[s] if s < len(order) else reuse[s - len(order)]
            slots.append((k, tid, s))
    nulls = TEMPLATES[None]
    for s in range(25):
        slots.append((None, s % len(nulls), s))
    pr.shuffle(slots)
    return slots


FIELDS = ["id", "kind", "language", "part", "source", "file_name", "sender", "subject", "text", "record_class", "recipe"]


def main():
    kinds_toml = tomllib.loads(KINDS_TOML.read_text(encoding="utf-8"))["kind"]
    kind_ids = [k["id"] for k in kinds_toml]
    folder = {k["id"]: k["folder"] for k in kinds_toml}
    names = {k["id"]: (k["name"], k["name_cy"]) for k in kinds_toml}
    missing = set(kind_ids) - set(TEMPLATES)
    unknown = {k for k in TEMPLATES if k is not None} - set(kind_ids)
    if missing or unknown:
        raise SystemExit(f"kinds missing templates: {missing}; unknown kinds: {unknown}")
    rows = []
    for i, (k, tid, s) in enumerate(plan(kind_ids), 1):
        ex = build(k, TEMPLATES[k][tid], s)
        rows.append({"id": f"f{i:04d}", **ex})
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    validate(kind_ids, folder)
    report(rows, kind_ids, folder, names)


def validate(kind_ids, folder):
    ids = set()
    per_kind = Counter()
    for ln, line in enumerate(OUT.read_text(encoding="utf-8").splitlines(), 1):
        row = json.loads(line)
        extra = set(row) - set(FIELDS)
        need = set(FIELDS) - {"record_class"}
        assert not extra and need <= set(row), (ln, extra, need - set(row))
        assert row["id"].startswith("f") and row["id"] not in ids, row["id"]
        ids.add(row["id"])
        assert row["kind"] is None or row["kind"] in kind_ids, row["kind"]
        assert row["language"] in ("en", "cy") and row["part"] in ("document", "attachment", "email")
        assert row["source"] in ("scan", "email", "upload", "tree")
        if row["part"] in ("email", "attachment"):
            assert row["source"] == "email" and row["sender"], row["id"]
        if row["source"] in ("scan", "tree"):
            assert row["sender"] == "", row["id"]
        assert row["text"].strip(), row["id"]
        if "record_class" in row:
            assert row["record_class"] in RC_WORDS
        per_kind[row["kind"]] += 1
    for k in kind_ids:
        assert per_kind[k] >= 10 and len(TEMPLATES[k]) >= 8, k


def report(rows, kind_ids, folder, names):
    n = len(rows)
    lab = [r for r in rows if r["kind"]]
    print(f"wrote {OUT.name}: {n} examples ({len(lab)} labelled, {n - len(lab)} null)")
    print(f"templates: {sum(len(v) for v in TEMPLATES.values())} "
          f"({sum(len(v) for k, v in TEMPLATES.items() if k)} labelled, {len(TEMPLATES[None])} null)")
    by_kind = Counter(r["kind"] for r in rows)
    cy_kind = Counter(r["kind"] for r in rows if r["language"] == "cy")
    print("\nkind | folder | examples | Welsh | templates")
    for k in kind_ids:
        print(f"{k} | {folder[k]} | {by_kind[k]} | {cy_kind[k]} | {len(TEMPLATES[k])}")
    print(f"null | none | {by_kind[None]} | {cy_kind[None]} | {len(TEMPLATES[None])}")
    print("\nfolder:", dict(Counter(folder[r["kind"]] if r["kind"] else "none" for r in rows)))
    lang = Counter(r["language"] for r in rows)
    print("language:", dict(lang), f"(cy {100 * lang['cy'] / n:.1f}%)")
    print("part:", dict(Counter(r["part"] for r in rows)))
    print("source:", dict(Counter(r["source"] for r in rows)))
    print("record_class:", dict(Counter(r["record_class"] for r in rows if "record_class" in r)))
    steps = Counter(tok for r in rows for tok in r["recipe"].split()[1:])
    print("recipe steps:", dict(steps))
    scans = [r for r in rows if r["source"] == "scan"]
    print(f"scans: {len(scans)}, with OCR noise: {sum('ocr' in r['recipe'].split() for r in scans)}")
    print(f"conventional file names: {steps['conv-name']} ({100 * steps['conv-name'] / n:.1f}%)")
    named = sum(1 for r in lab if names[r["kind"]][0].lower() in r["text"].lower()
                or names[r["kind"]][1].lower() in r["text"].lower())
    print(f"labelled texts containing their kind's English or Welsh name: {named} of {len(lab)} "
          f"({100 * named / len(lab):.1f}%)")
    words = sorted(len(r["text"].split()) for r in rows)
    print(f"words per text: median {words[len(words) // 2]}, max {words[-1]}")
    print(f"empty subjects on e-mails/attachments: "
          f"{sum(1 for r in rows if r['part'] != 'document' and not r['subject'])}")


if __name__ == "__main__":
    main()
