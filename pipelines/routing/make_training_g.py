#!/usr/bin/env python3
"""Training set G for the document-routing classifier.

Angle: the regional office's real-life mix, written by a records officer who has seen thousands
of files. Each kind is written as 8-12 templates in different physical forms (formal document,
one-page extract, form with fields, e-mail whose body is the document, scanned handwritten note,
case-management-system printout, letter buried under letterhead and footer boilerplate).

Python 3.11 standard library only. Deterministic: the plan uses random.Random(SEED); every example
has its own random.Random seeded from seed + kind + slot + template. Writes training-g.jsonl beside
this script, validates it and prints counts.

Everything personal is invented. Real public bodies are named, but no real record was used.
"""
import datetime
import json
import random
import re
import sys
import tomllib
from collections import Counter, defaultdict
from pathlib import Path

SEED = 20250611
HERE = Path(__file__).resolve().parent
OUT = HERE / "training-g.jsonl"

# --------------------------------------------------------------------------------------------
# Regions. English: (court centre, court code, council, council domain, police force, police
# domain, NHS body, Cafcass service area, towns). Welsh: the same with Welsh names and the
# mutated "yn" form of the hearing centre.
# --------------------------------------------------------------------------------------------
EN_REGIONS = [
    ("Leeds", "LS", "Leeds City Council", "leeds.gov.uk", "West Yorkshire Police", "westyorkshire", "Leeds Teaching Hospitals NHS Trust", "Cafcass West Yorkshire", ["Leeds", "Morley", "Pudsey"]),
    ("Bradford", "BD", "Bradford Children and Families Trust", "bradford.gov.uk", "West Yorkshire Police", "westyorkshire", "Bradford District Care NHS Foundation Trust", "Cafcass West Yorkshire", ["Bradford", "Keighley", "Shipley"]),
    ("Manchester", "MA", "Manchester City Council", "manchester.gov.uk", "Greater Manchester Police", "gmp", "Manchester University NHS Foundation Trust", "Cafcass Greater Manchester", ["Manchester", "Wythenshawe", "Gorton"]),
    ("Liverpool", "LV", "Liverpool City Council", "liverpool.gov.uk", "Merseyside Police", "merseyside", "Alder Hey Children's NHS Foundation Trust", "Cafcass Merseyside", ["Liverpool", "Walton", "Speke"]),
    ("Birmingham", "BM", "Birmingham Children's Trust", "birminghamchildrenstrust.co.uk", "West Midlands Police", "west-midlands", "Birmingham Community Healthcare NHS Foundation Trust", "Cafcass West Midlands", ["Birmingham", "Erdington", "Kings Norton"]),
    ("Bristol", "BS", "Bristol City Council", "bristol.gov.uk", "Avon and Somerset Constabulary", "avonandsomerset", "Sirona care & health", "Cafcass South West", ["Bristol", "Filton", "Bedminster"]),
    ("Newcastle", "NE", "Newcastle City Council", "newcastle.gov.uk", "Northumbria Police", "northumbria", "Newcastle upon Tyne Hospitals NHS Foundation Trust", "Cafcass North East", ["Newcastle", "Walker", "Benwell"]),
    ("Nottingham", "NG", "Nottingham City Council", "nottinghamcity.gov.uk", "Nottinghamshire Police", "notts", "Nottingham CityCare Partnership", "Cafcass East Midlands", ["Nottingham", "Bulwell", "Clifton"]),
    ("Sheffield", "SF", "Sheffield City Council", "sheffield.gov.uk", "South Yorkshire Police", "southyorks", "Sheffield Children's NHS Foundation Trust", "Cafcass South Yorkshire", ["Sheffield", "Darnall", "Hillsborough"]),
    ("Plymouth", "PL", "Plymouth City Council", "plymouth.gov.uk", "Devon and Cornwall Police", "devon-cornwall", "Livewell Southwest", "Cafcass South West", ["Plymouth", "Devonport", "Plympton"]),
    ("Norwich", "NR", "Norfolk County Council", "norfolk.gov.uk", "Norfolk Constabulary", "norfolk", "Norfolk Community Health and Care NHS Trust", "Cafcass East of England", ["Norwich", "Thetford", "Dereham"]),
    ("Reading", "RG", "Brighter Futures for Children", "brighterfuturesforchildren.org", "Thames Valley Police", "thamesvalley", "Berkshire Healthcare NHS Foundation Trust", "Cafcass South East", ["Reading", "Tilehurst", "Woodley"]),
    ("the Central Family Court", "ZC", "London Borough of Camden", "camden.gov.uk", "Metropolitan Police Service", "met", "Whittington Health NHS Trust", "Cafcass London", ["Camden", "Kentish Town", "Holloway"]),
    ("the East London Family Court", "ZE", "London Borough of Newham", "newham.gov.uk", "Metropolitan Police Service", "met", "East London NHS Foundation Trust", "Cafcass London", ["Stratford", "Plaistow", "East Ham"]),
    ("Chelmsford", "CM", "Essex County Council", "essex.gov.uk", "Essex Police", "essex", "Essex Partnership University NHS Foundation Trust", "Cafcass East of England", ["Chelmsford", "Basildon", "Braintree"]),
    ("Stoke-on-Trent", "ST", "Stoke-on-Trent City Council", "stoke.gov.uk", "Staffordshire Police", "staffordshire", "Midlands Partnership University NHS Foundation Trust", "Cafcass West Midlands", ["Stoke-on-Trent", "Hanley", "Longton"]),
    ("Portsmouth", "PO", "Portsmouth City Council", "portsmouthcc.gov.uk", "Hampshire and Isle of Wight Constabulary", "hampshire", "Solent NHS Trust", "Cafcass South East", ["Portsmouth", "Cosham", "Southsea"]),
    ("Carlisle", "CA", "Cumberland Council", "cumberland.gov.uk", "Cumbria Constabulary", "cumbria", "North Cumbria Integrated Care NHS Foundation Trust", "Cafcass North West", ["Carlisle", "Workington", "Whitehaven"]),
    ("Kingston upon Hull", "HU", "Hull City Council", "hull.gov.uk", "Humberside Police", "humberside", "Humber Teaching NHS Foundation Trust", "Cafcass Yorkshire and Humber", ["Hull", "Bransholme", "Orchard Park"]),
    ("Milton Keynes", "MK", "Milton Keynes City Council", "milton-keynes.gov.uk", "Thames Valley Police", "thamesvalley", "Central and North West London NHS Foundation Trust", "Cafcass South East", ["Milton Keynes", "Bletchley", "Wolverton"]),
    ("Leicester", "LE", "Leicester City Council", "leicester.gov.uk", "Leicestershire Police", "leics", "Leicestershire Partnership NHS Trust", "Cafcass East Midlands", ["Leicester", "Braunstone", "Beaumont Leys"]),
    ("Exeter", "EX", "Devon County Council", "devon.gov.uk", "Devon and Cornwall Police", "devon-cornwall", "Royal Devon University Healthcare NHS Foundation Trust", "Cafcass South West", ["Exeter", "Exmouth", "Crediton"]),
]
# (court en, court cy "yn" form, code, council en, council cy, domain, police en, police cy, police
#  domain, health board en, health board cy, CAFCASS Cymru team en, team cy, towns)
CY_REGIONS = [
    ("Cardiff", "yng Nghaerdydd", "CF", "Cardiff Council", "Cyngor Caerdydd", "cardiff.gov.uk", "South Wales Police", "Heddlu De Cymru", "south-wales", "Cardiff and Vale University Health Board", "Bwrdd Iechyd Prifysgol Caerdydd a'r Fro", "CAFCASS Cymru South East", "CAFCASS Cymru De-ddwyrain", ["Cardiff", "Llanrumney", "Ely"]),
    ("Swansea", "yn Abertawe", "SA", "City and County of Swansea", "Dinas a Sir Abertawe", "swansea.gov.uk", "South Wales Police", "Heddlu De Cymru", "south-wales", "Swansea Bay University Health Board", "Bwrdd Iechyd Prifysgol Bae Abertawe", "CAFCASS Cymru South West", "CAFCASS Cymru De-orllewin", ["Swansea", "Morriston", "Gorseinon"]),
    ("Newport", "yng Nghasnewydd", "NP", "Newport City Council", "Cyngor Dinas Casnewydd", "newport.gov.uk", "Gwent Police", "Heddlu Gwent", "gwent", "Aneurin Bevan University Health Board", "Bwrdd Iechyd Prifysgol Aneurin Bevan", "CAFCASS Cymru South East", "CAFCASS Cymru De-ddwyrain", ["Newport", "Caerleon", "Bettws"]),
    ("Wrexham", "yn Wrecsam", "WR", "Wrexham County Borough Council", "Cyngor Bwrdeistref Sirol Wrecsam", "wrexham.gov.uk", "North Wales Police", "Heddlu Gogledd Cymru", "north-wales", "Betsi Cadwaladr University Health Board", "Bwrdd Iechyd Prifysgol Betsi Cadwaladr", "CAFCASS Cymru North", "CAFCASS Cymru Gogledd", ["Wrexham", "Rhosllannerchrugog", "Gwersyllt"]),
    ("Caernarfon", "yng Nghaernarfon", "CN", "Gwynedd Council", "Cyngor Gwynedd", "gwynedd.llyw.cymru", "North Wales Police", "Heddlu Gogledd Cymru", "north-wales", "Betsi Cadwaladr University Health Board", "Bwrdd Iechyd Prifysgol Betsi Cadwaladr", "CAFCASS Cymru North", "CAFCASS Cymru Gogledd", ["Caernarfon", "Bangor", "Pwllheli"]),
    ("Aberystwyth", "yn Aberystwyth", "AB", "Ceredigion County Council", "Cyngor Sir Ceredigion", "ceredigion.gov.uk", "Dyfed-Powys Police", "Heddlu Dyfed-Powys", "dyfed-powys", "Hywel Dda University Health Board", "Bwrdd Iechyd Prifysgol Hywel Dda", "CAFCASS Cymru South West", "CAFCASS Cymru De-orllewin", ["Aberystwyth", "Aberaeron", "Llanbedr Pont Steffan"]),
    ("Carmarthen", "yng Nghaerfyrddin", "CR", "Carmarthenshire County Council", "Cyngor Sir Caerfyrddin", "sirgar.gov.uk", "Dyfed-Powys Police", "Heddlu Dyfed-Powys", "dyfed-powys", "Hywel Dda University Health Board", "Bwrdd Iechyd Prifysgol Hywel Dda", "CAFCASS Cymru South West", "CAFCASS Cymru De-orllewin", ["Carmarthen", "Llanelli", "Ammanford"]),
    ("Merthyr Tydfil", "ym Merthyr Tudful", "MT", "Merthyr Tydfil County Borough Council", "Cyngor Bwrdeistref Sirol Merthyr Tudful", "merthyr.gov.uk", "South Wales Police", "Heddlu De Cymru", "south-wales", "Cwm Taf Morgannwg University Health Board", "Bwrdd Iechyd Prifysgol Cwm Taf Morgannwg", "CAFCASS Cymru South Central", "CAFCASS Cymru Canol De", ["Merthyr Tydfil", "Aberdare", "Dowlais"]),
    ("Pontypridd", "ym Mhontypridd", "PT", "Rhondda Cynon Taf County Borough Council", "Cyngor Bwrdeistref Sirol Rhondda Cynon Taf", "rctcbc.gov.uk", "South Wales Police", "Heddlu De Cymru", "south-wales", "Cwm Taf Morgannwg University Health Board", "Bwrdd Iechyd Prifysgol Cwm Taf Morgannwg", "CAFCASS Cymru South Central", "CAFCASS Cymru Canol De", ["Pontypridd", "Porth", "Tonypandy"]),
    ("Llandudno", "yn Llandudno", "LL", "Conwy County Borough Council", "Cyngor Bwrdeistref Sirol Conwy", "conwy.gov.uk", "North Wales Police", "Heddlu Gogledd Cymru", "north-wales", "Betsi Cadwaladr University Health Board", "Bwrdd Iechyd Prifysgol Betsi Cadwaladr", "CAFCASS Cymru North", "CAFCASS Cymru Gogledd", ["Llandudno", "Colwyn Bay", "Abergele"]),
    ("Haverfordwest", "yn Hwlffordd", "HW", "Pembrokeshire County Council", "Cyngor Sir Penfro", "pembrokeshire.gov.uk", "Dyfed-Powys Police", "Heddlu Dyfed-Powys", "dyfed-powys", "Hywel Dda University Health Board", "Bwrdd Iechyd Prifysgol Hywel Dda", "CAFCASS Cymru South West", "CAFCASS Cymru De-orllewin", ["Haverfordwest", "Milford Haven", "Pembroke Dock"]),
    ("Prestatyn", "ym Mhrestatyn", "PR", "Denbighshire County Council", "Cyngor Sir Ddinbych", "denbighshire.gov.uk", "North Wales Police", "Heddlu Gogledd Cymru", "north-wales", "Betsi Cadwaladr University Health Board", "Bwrdd Iechyd Prifysgol Betsi Cadwaladr", "CAFCASS Cymru North", "CAFCASS Cymru Gogledd", ["Rhyl", "Prestatyn", "Denbigh"]),
]
CY_TOWN = {"Cardiff": "Caerdydd", "Swansea": "Abertawe", "Newport": "Casnewydd", "Wrexham": "Wrecsam", "Carmarthen": "Caerfyrddin",
           "Merthyr Tydfil": "Merthyr Tudful", "Haverfordwest": "Hwlffordd", "Milford Haven": "Aberdaugleddau", "Pembroke Dock": "Doc Penfro",
           "Colwyn Bay": "Bae Colwyn", "Llanelli": "Llanelli", "Ammanford": "Rhydaman", "Denbigh": "Dinbych", "Rhyl": "Y Rhyl", "Aberdare": "Aberdâr",
           "Llanrumney": "Llanrhymni", "Ely": "Trelái", "Morriston": "Treforys", "Caerleon": "Caerllion"}

BOY = ["Leo", "Harry", "Oscar", "Noah", "Alfie", "Mason", "Kai", "Jayden", "Reggie", "Theo", "Tyler", "Ibrahim", "Ronnie", "Jack", "Musa", "Frankie", "Callum", "Hassan", "Archie", "Logan"]
GIRL = ["Ava", "Lily", "Isla", "Freya", "Maisie", "Amelia", "Poppy", "Ruby", "Evie", "Aaliyah", "Scarlett", "Millie", "Hafsa", "Darcie", "Skye", "Layla", "Bella", "Zara", "Phoebe", "Gracie"]
BOY_CY = ["Osian", "Gwion", "Tomos", "Gethin", "Iolo", "Dylan", "Macsen", "Ifan", "Rhys", "Cai", "Harri", "Elis"]
GIRL_CY = ["Cerys", "Elin", "Mali", "Nia", "Lowri", "Seren", "Megan", "Alaw", "Ffion", "Efa", "Anwen", "Lili"]
MUM = ["Stacey", "Gemma", "Kirsty", "Samantha", "Chloe", "Natalie", "Aisha", "Leanne", "Jodie", "Kelly", "Hannah", "Shabana", "Danielle", "Laura", "Amy", "Rebecca"]
DAD = ["Craig", "Dean", "Liam", "Ryan", "Imran", "Jamie", "Lee", "Scott", "Darren", "Kieran", "Adam", "Tariq", "Jordan", "Shaun", "Mark", "Carl"]
MUM_CY = ["Sian", "Catrin", "Rhian", "Bethan", "Carys", "Angharad", "Nerys", "Ceri"]
DAD_CY = ["Gareth", "Rhodri", "Aled", "Huw", "Dafydd", "Geraint", "Owain", "Emyr"]
SUR = ["Hughes", "Patel", "Walsh", "Brennan", "Okafor", "Wood", "Harrison", "Akhtar", "Doyle", "Fletcher", "Gill", "Marsden", "Nowak", "Clarke", "Kaur", "Thornton", "McBride", "Shaw", "Hussain", "Barker", "Kowalski", "Pearson", "Begum", "Lowe", "Mensah", "Rowley", "Atkinson", "Iqbal", "Dunn", "Sutcliffe"]
SUR_CY = ["Jones", "Evans", "Pritchard", "Llewelyn", "Rees", "Griffiths", "Parry", "Morgan", "Lloyd", "Bowen", "Price", "Owen", "Vaughan", "Roberts", "Jenkins", "Powell"]
STAFF_F = ["Joanne", "Karen", "Sarah", "Helen", "Michelle", "Fiona", "Priya", "Nicola", "Claire", "Yvonne", "Rachel", "Bernadette"]
STAFF_M = ["Paul", "Andrew", "Stephen", "Martin", "Graham", "Neil", "Olumide", "Rob", "Simon", "Peter"]
STAFF_CY = ["Eirlys", "Meinir", "Gwenllian", "Delyth", "Llinos", "Hywel", "Iwan", "Alun", "Eleri", "Bryn"]
STAFF_SUR = ["Ackroyd", "Bramley", "Chaudhry", "Denholm", "Ellwood", "Fairclough", "Greaves", "Holroyd", "Ingham", "Jagger", "Kenyon", "Lister", "Metcalfe", "Nuttall", "Oldroyd", "Pickles", "Quarmby", "Rigby", "Stansfield", "Tattersall", "Uttley", "Varley", "Whiteley", "Yardley"]
JUDGE_SUR = ["Ashworth", "Bellamy", "Carrick", "Dunmore", "Everett", "Fenwick", "Gorringe", "Hallam", "Kershaw", "Lambourne", "Mottram", "Pemberton", "Radcliffe", "Sandford", "Trevelyan", "Wetherby"]
FIRMS = [("Harrow Pike LLP", "harrowpike.co.uk"), ("Brookes & Sandal Solicitors", "brookessandal.co.uk"), ("Kemble Law", "kemblelaw.co.uk"), ("Ashdown Ridley", "ashdownridley.co.uk"),
         ("Northgate Family Law", "northgatefamilylaw.co.uk"), ("Marsh Ogden & Co", "marshogden.co.uk"), ("Pennine Family Solicitors", "penninefamily.co.uk"), ("Castlegate Legal", "castlegatelegal.co.uk"),
         ("Wilmot Tarrant LLP", "wilmottarrant.co.uk"), ("Quayside Solicitors", "quaysidesolicitors.co.uk"), ("Fenner Blake", "fennerblake.co.uk"), ("Oakshott Hale", "oakshotthale.co.uk")]
FIRMS_CY = [("Cyfreithwyr Pritchard a Rhys", "pritchardrhys.co.uk"), ("Ellis Lewis Cyfreithwyr", "ellislewis.co.uk"), ("Morgan Teifi Solicitors", "morganteifi.co.uk"), ("Lloyd & Tudur", "lloydtudur.co.uk"), ("Bowen Dyfnallt LLP", "bowendyfnallt.co.uk")]
SCHOOLS = ["Meadowfield Primary School", "St Bede's Catholic Primary School", "Hollins Lane Academy", "Parkside Junior School", "Oak Hill Primary Academy", "Westbrook High School", "Ashgrove Infant School", "Northfield Academy", "Riverside Community Primary", "Holy Trinity CE Primary"]
SCHOOLS_CY = ["Ysgol Gynradd Bryn Celyn", "Ysgol y Garnedd", "Ysgol Gymraeg Pwll Coch", "Ysgol Uwchradd Glan Taf", "Ysgol Gynradd Maes-y-Coed", "Ysgol Bro Dinefwr", "Ysgol Gynradd Gymraeg Tirdeunaw"]
CENTRES = [("Beacon Child Contact Centre", "beaconcontact.org.uk"), ("The Willows Family Centre", "willowsfamilycentre.org.uk"), ("Safe Steps Supervised Contact", "safestepscontact.co.uk"), ("Canolfan Gyswllt Plant Tŷ Enfys", "tyenfys.org.uk")]
DASERV = [("Harbour Domestic Abuse Service", "harbourdas.org.uk"), ("Pathways IDVA Service", "pathwaysidva.org.uk"), ("Calan DVS", "calandvs.org.uk"), ("Hafan Cymru", "hafancymru.co.uk")]
LABS = [("Trident Forensic Toxicology Ltd", "tridenttox.co.uk"), ("Castlefield DNA Testing", "castlefielddna.co.uk"), ("Alpha Hair Analysis Ltd", "alphahair.co.uk")]
WEBMAIL = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "icloud.com", "live.co.uk", "btinternet.com"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MONTHS_CY = ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
DAYS_CY = ["Dydd Llun", "Dydd Mawrth", "Dydd Mercher", "Dydd Iau", "Dydd Gwener"]
CY_WORDS = {"mam": "Mam", "tad": "Dad"}

# Kinds that are usually public law (case number with C); the rest are usually private law (P).
PUBLIC = {"guardian-analysis", "cp-conference-minutes", "letter-of-instruction", "expert-report", "legal-advice", "solicitor-correspondence", "legal-call-note", "case-plan-review"}
PRIVATE = {"section-7-report", "wtfh-outcome", "safeguarding-letter", "screening-response", "welcome-letter", "la-checks", "police-check", "letter-to-parties", "child-meets-judge"}


def _date(rng, y0=2023, y1=2025):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return y, m, d


def make_ctx(rng, kind, welsh):
    """An invented case for one example."""
    c = {}
    wales = welsh or rng.random() < 0.18
    if wales:
        r = rng.choice(CY_REGIONS)
        (court, yn, code, la, lacy, ladom, pol, polcy, poldom, hb, hbcy, team, teamcy, towns) = r
        town = rng.choice(towns)
        c.update(courtn=court, court=f"the Family Court at {court}", Court=f"The Family Court at {court}", courtcy=f"Y Llys Teulu {yn}", llys=f"y Llys Teulu {yn}",
                 la=la, lacy=lacy, ladom=ladom, pol=pol, polcy=polcy, poldom=poldom, hb=hb, hbcy=hbcy, hbdom="wales.nhs.uk",
                 team=team, teamcy=teamcy, cafdom="gov.wales", town=town, towncy=CY_TOWN.get(town, town), wales=True, org="CAFCASS Cymru")
        cyn = welsh and rng.random() < 0.7
    else:
        r = rng.choice(EN_REGIONS)
        (court, code, la, ladom, pol, poldom, hb, team, towns) = r
        town = rng.choice(towns)
        cn_ = court if court.startswith("the ") else f"the Family Court at {court}"
        c.update(courtn=court.replace("the ", ""), court=cn_, Court=cn_[0].upper() + cn_[1:], courtcy=cn_, llys=cn_, la=la, lacy=la, ladom=ladom,
                 pol=pol, polcy=pol, poldom=poldom, hb=hb, hbcy=hb, hbdom="nhs.net", team=team, teamcy=team, cafdom="cafcass.gov.uk",
                 town=town, towncy=town, wales=False, org="Cafcass")
        cyn = False
    c["Org"] = c["org"]
    boys, girls = (BOY_CY, GIRL_CY) if cyn else (BOY, GIRL)
    sur_list = SUR_CY if (cyn or (wales and rng.random() < 0.6)) else SUR
    g1 = rng.random() < 0.5
    g2 = rng.random() < 0.5
    c["C"] = rng.choice(boys if g1 else girls)
    c2 = rng.choice(boys if g2 else girls)
    while c2 == c["C"]:
        c2 = rng.choice(boys if g2 else girls)
    c["C2"] = c2
    fs = rng.choice(sur_list)
    ms = rng.choice(sur_list)
    while ms == fs:
        ms = rng.choice(sur_list)
    c["CS"] = fs if rng.random() < 0.7 else ms
    c["Cf"] = f"{c['C']} {c['CS']}"
    c["C2f"] = f"{c2} {c['CS']}"
    c["Cs"] = f"{c['C']} and {c2}"
    c["Csy"] = f"{c['C']} a {c2}"
    c["pron"], c["Pron"], c["his"], c["His"], c["him"] = ("he", "He", "his", "His", "him") if g1 else ("she", "She", "her", "Her", "her")
    c["son"] = "son" if g1 else "daughter"
    c["mab"] = "mab" if g1 else "merch"
    mf = rng.choice(MUM_CY if cyn else MUM)
    ff = rng.choice(DAD_CY if cyn else DAD)
    c.update(Mf=mf, Ff=ff, Ms=ms, Fs=fs, M=f"{mf} {ms}", F=f"{ff} {fs}")
    c["Mi"] = f"{mf[0]}{ms[0]}"
    c["Fi"] = f"{ff[0]}{fs[0]}"
    c["GM"] = f"{rng.choice(['Pauline', 'Maureen', 'Linda', 'Christine', 'Susan', 'Glenys', 'Eirwen'])} {ms}"
    c["P"] = f"{rng.choice(['Jason', 'Ashley', 'Connor', 'Wayne', 'Nathan', 'Bryn'])} {rng.choice(SUR)}"
    app_is_f = rng.random() < 0.6
    c["A"], c["R"] = (c["F"], c["M"]) if app_is_f else (c["M"], c["F"])
    c["Af"], c["Rf"] = (ff, mf) if app_is_f else (mf, ff)
    staff = STAFF_CY if wales and rng.random() < 0.6 else STAFF_F + STAFF_M
    def person():
        return f"{rng.choice(staff)} {rng.choice(STAFF_SUR if not wales else STAFF_SUR + SUR_CY)}"
    c["fca"], c["sw"], c["tm"], c["sol"], c["psol"], c["psol2"], c["exp"], c["ba"] = [person() for _ in range(8)]
    c["fcaf"] = c["fca"].split()[0]
    c["swf"] = c["sw"].split()[0]
    c["solf"] = c["sol"].split()[0]
    c["fcae"] = c["fca"].lower().replace(" ", ".")
    c["swe"] = c["sw"].lower().replace(" ", ".")
    c["sole"] = c["sol"].lower().replace(" ", ".")
    c["psole"] = c["psol"].lower().replace(" ", ".")
    js = rng.choice(JUDGE_SUR)
    c["judge"] = rng.choice([f"District Judge {js}", f"Her Honour Judge {js}", f"His Honour Judge {js}", f"Recorder {js}", f"Deputy District Judge {js}"])
    c["judgeS"] = c["judge"].replace("District Judge", "DJ").replace("Her Honour Judge", "HHJ").replace("His Honour Judge", "HHJ").replace("Deputy DJ", "DDJ")
    c["judgecy"] = rng.choice([f"y Barnwr Rhanbarth {js}", f"Ei Anrhydedd y Barnwr {js}"])
    c["magistrates"] = f"{rng.choice(['Mr', 'Mrs', 'Ms'])} {rng.choice(STAFF_SUR)} JP (Chair)"
    firms = FIRMS_CY + FIRMS if wales else FIRMS
    c["firm"], c["firmdom"] = rng.choice(firms)
    f2 = rng.choice(firms)
    while f2[0] == c["firm"]:
        f2 = rng.choice(firms)
    c["firm2"], c["firm2dom"] = f2
    c["sch"] = rng.choice(SCHOOLS_CY if wales and rng.random() < 0.7 else SCHOOLS)
    c["schdom"] = re.sub(r"[^a-z]", "", c["sch"].lower().replace("school", "").replace("ysgol", ""))[:18] + ".sch.uk"
    c["cc"], c["ccdom"] = rng.choice(CENTRES if wales else CENTRES[:3])
    c["das"], c["dasdom"] = rng.choice(DASERV if wales else DASERV[:3])
    c["lab"], c["labdom"] = rng.choice(LABS)
    law = "C" if kind in PUBLIC else "P" if kind in PRIVATE else rng.choice("PPPC")
    c["law"] = law
    yy = rng.randint(23, 25)
    c["cn"] = f"{code}{yy}{law}{rng.randint(100, 99999):05d}"
    c["year"] = 2000 + yy
    if law == "C":
        las = c["la"].replace("City Council", "CC").replace("County Council", "CC").replace("Council", "").strip()
        c["cname"] = rng.choice([f"{las} v {c['Ms']}", f"Re {c['CS']}", f"{las} v {c['Ms']} and {c['Fs']}"])
    else:
        a_s = c["A"].split()[-1]
        r_s = c["R"].split()[-1]
        c["cname"] = f"{a_s} v {r_s}" if a_s != r_s else f"Re {c['CS']}"
    # dates in order through the case
    base = (c["year"], rng.randint(1, 9), rng.randint(1, 28))
    def fmt(y, m, d, style):
        if style == "long":
            return f"{d} {MONTHS[m - 1]} {y}"
        if style == "cy":
            return f"{d} {MONTHS_CY[m - 1]} {y}"
        return f"{d:02d}/{m:02d}/{y}"
    ds = []
    y, m, d = base
    for i in range(5):
        wd = datetime.date(y, m, d).weekday()
        if wd >= 5:  # court and office dates fall on working days
            d = d + (7 - wd) if d + (7 - wd) <= 28 else d - (wd - 4)
        ds.append((y, m, d))
        m += rng.randint(0, 2)
        d = rng.randint(1, 28)
        if m > 12:
            m -= 12
            y += 1
    for i, (y, m, d) in enumerate(ds, 1):
        c[f"d{i}"] = fmt(y, m, d, "long")
        c[f"s{i}"] = fmt(y, m, d, "short")
        c[f"w{i}"] = fmt(y, m, d, "cy")
        c[f"day{i}"] = DAYS[datetime.date(y, m, d).weekday()]
        c[f"dydd{i}"] = DAYS_CY[datetime.date(y, m, d).weekday()]
    age = rng.randint(3, 14)
    c["age"] = age
    c["age2"] = max(1, age - rng.randint(2, 5))
    by = c["year"] - age
    c["dob"] = fmt(by, rng.randint(1, 12), rng.randint(1, 28), "short")
    c["dob2"] = fmt(c["year"] - c["age2"], rng.randint(1, 12), rng.randint(1, 28), "short")
    c["Mdob"] = fmt(by - rng.randint(19, 34), rng.randint(1, 12), rng.randint(1, 28), "short")
    c["Fdob"] = fmt(by - rng.randint(20, 38), rng.randint(1, 12), rng.randint(1, 28), "short")
    c["t1"] = f"{rng.randint(9, 16)}:{rng.choice(['00', '15', '30', '45'])}"
    c["t2"] = f"{rng.randint(9, 16)}:{rng.choice(['00', '10', '20', '40', '50'])}"
    c["ref"] = f"{rng.choice(['CSC', 'MASH', 'SCR', 'CH', 'FR'])}/{yy}/{rng.randint(10000, 999999)}"
    c["ref2"] = f"{rng.randint(1000000, 9999999)}"
    c["urn"] = f"{rng.randint(10, 99)}{rng.choice('ABCDEFGHJK')}{rng.randint(10000, 99999)}/{yy}"
    c["pnc"] = f"{rng.randint(90, 99) if rng.random() < 0.3 else rng.randint(0, 24):02d}/{rng.randint(100000, 999999)}{rng.choice('ABCDEFHJKLMNPQRTUVWXYZ')}"
    c["tel"] = f"0{rng.randint(1130, 1999)} {rng.randint(100000, 999999)}"
    c["mob"] = f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}"
    c["pc"] = f"{c['town'][:2].upper()}{rng.randint(1, 29)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    c["street"] = f"{rng.randint(1, 140)} {rng.choice(['Calder', 'Marlborough', 'Ashfield', 'Heol y', 'Station', 'Victoria', 'Beech', 'Chapel', 'Windsor', 'Clarendon', 'Oakwood', 'Ffordd'])} {rng.choice(['Road', 'Street', 'Close', 'Avenue', 'Crescent', 'Way', 'Drive'])}"
    c["addr"] = f"{c['street']}, {c['town']} {c['pc']}"
    c["n"] = rng.randint(2, 9)
    c["pg"] = rng.randint(2, 14)
    c["pgm"] = c["pg"] + rng.randint(1, 12)
    c["hrs"] = rng.randint(1, 3)
    c["ecms"] = f"{rng.randint(1000000, 9999999)}"
    c["iris"] = f"IR{rng.randint(100000, 999999)}"
    return c


# --------------------------------------------------------------------------------------------
# Templates. T(form, lang, org, text, ...) registers one template for the kind set by K(kind).
#   form: doc (full formal document), ext (one-page extract), form (form with fields),
#         email (an e-mail whose body is the document), hand (scanned handwritten note),
#         table (case management system printout), letter (long letterhead and footer).
#   lang: en, cy, or bi (bilingual, counted as cy).
#   org:  who sends it, for the sender address: cafcass, court, la, police, pnn, nhs, school,
#         firm (a party's solicitor), firm2 (the child's solicitor), web (a parent's webmail),
#         centre, das, lab, expert, probation, legal (Cafcass Legal), internal.
#   rc:   (record_class, phrase): record_class is set only when the phrase survives in the text.
# --------------------------------------------------------------------------------------------
TPL = defaultdict(list)
_KIND = [None]
SUBSTANCE = {}


def K(kind, substance):
    _KIND[0] = kind
    SUBSTANCE[kind] = substance


def T(form, lang, org, text, subj=None, doc=None, rc=None, src=None):
    kind = _KIND[0]
    TPL[kind].append(dict(form=form, lang=lang, org=org, text=text.strip("\n"), subj=subj, doc=doc, rc=rc, src=src,
                          name=f"{kind or 'null'}-{len(TPL[kind]) + 1:02d}"))


class SafeDict(dict):
    def __missing__(self, key):
        raise KeyError(f"template placeholder {{{key}}} unknown")


def fill(s, ctx):
    return s.format_map(SafeDict(ctx))


# --------------------------------------------------------------------------------------------
# Letterheads and footers: the boilerplate that pushes the substance down the page.
# --------------------------------------------------------------------------------------------
LETTERHEAD = {
    "la": ["{la}\nChildren and Families Service\nCivic Centre, {town} {pc}\nTel: {tel} | www.{ladom}\n\nOur ref: {ref}    Your ref: {cn}\nPlease ask for: {sw}\nDate: {d4}",
           "{la}\nPeople Directorate - Children's Social Work Service\nCustomer Services: {tel}  Minicom: 18001 {tel}\nEmail: childrens.services@{ladom}\nPlease note our offices are open 9am-5pm Monday to Friday.\nIf you need this information in another format or language please contact us.\n\nRef: {ref}\n{d4}"],
    "cafcass": ["Cafcass\nChildren and Family Court Advisory and Support Service\n{team}\n{town} office\nTel: 0300 456 4000\nwww.cafcass.gov.uk\n\nOur ref: {cn}\n{d2}",
                "{team}\nCafcass | {town}\nPlease reply to: {fca}, Family Court Adviser\nTelephone {tel}   Secure e-mail: {fcae}@cafcass.gov.uk\nCase number: {cn}"],
    "cymru": ["Llywodraeth Cymru / Welsh Government\nCAFCASS Cymru\n{teamcy} / {team}\nFfôn / Tel: 0300 456 4000\nRydym yn croesawu gohebiaeth yn Gymraeg. We welcome correspondence in Welsh.\n\nEin cyf / Our ref: {cn}\n{w2}"],
    "court": ["HM Courts & Tribunals Service\n{Court}\nFamily Private Law Team\nEmail: family.{slug}@justice.gov.uk  DX 7020{n}\nOpening hours 10am to 4pm. Please quote the case number on all correspondence.\n\nCase No: {cn}\nDate: {d2}",
              "IN THE FAMILY COURT\nsitting at {courtn}\nHMCTS | {courtn} Family Hearing Centre\nTelephone: {tel}\nCase number {cn}"],
    "police": ["{pol}\nPublic Protection Unit - Disclosure Team\nHeadquarters, {town}\nTel 101 ext {n}4{n}{n}\nOFFICIAL - SENSITIVE\n\nOur ref: {urn}   Your ref: {cn}\nDate: {d2}",
               "OFFICIAL-SENSITIVE\n{pol}\nSafeguarding Hub / MASH\nThis document is protectively marked. Do not copy or forward without the authority of the originator.\nRef {urn}"],
    "nhs": ["{hb}\nSafeguarding Children Team\n{town} Health Centre, {street}\nTel: {tel}\nNHS\n\nOur ref: SG/{ref2}\n{d2}"],
    "school": ["{sch}\nHeadteacher: Mrs J {fs2}   Chair of Governors: Mr P {fs3}\n\"Learning together, growing together\"\n{street}, {town} {pc}  |  Tel {tel}  |  office@{schdom}\n\n{d2}"],
    "firm": ["{firm}\nSolicitors | Family | Children | Mediation\n{n}{n} Park Row, {town} {pc}   DX 1{n}{n}0 {town}\nT {tel}   www.{firmdom}\nPartners: see list at registered office\n\nOur ref: {psol2}/{ref2}   Your ref: {cn}\nDate: {d2}"],
    "firm2": ["{firm2}\nChildren Panel Solicitors\n{n} Kings Court, {town} {pc}\nT {tel} | www.{firm2dom}\n\nOur ref: {sol}/{ref2}\n{d2}"],
    "centre": ["{cc}\nA member of the National Association of Child Contact Centres\nRegistered Charity No. 11{ref2}\n{street}, {town}\nTel {tel}\n\n{d3}"],
    "das": ["{das}\nSupporting survivors of domestic abuse since 1989\nRegistered charity 10{ref2} | Helpline {tel}\nConfidential\n\n{d2}"],
    "lab": ["{lab}\nUKAS accredited testing laboratory No. {n}{n}{n}{n}\nUnit {n}, Enterprise Park, {town}\nT {tel}  E results@{labdom}\n\nLab ref: TX{ref2}   Client ref: {cn}"],
    "expert": ["{exp} BSc DClinPsy CPsychol\nHCPC registered Practitioner Psychologist\nExpert Witness Services\n{street}, {town} {pc}\nT {mob}\n\nPrivate and confidential - prepared for the court"],
    "probation": ["The Probation Service\nHM Prison & Probation Service\n{town} Probation Office\nOFFICIAL SENSITIVE\n\n{d2}"],
    "legal": ["Cafcass Legal\nPRIVILEGED AND CONFIDENTIAL - LEGAL ADVICE\nNot to be disclosed\n\nOur ref: CL/{ref2}"],
    "web": [""],
    "internal": [""],
}
FOOTER = {
    "la": ["{la} is a data controller under the UK GDPR. We will use the information you give us to deliver services and carry out our statutory duties. To find out more see www.{ladom}/privacy.\nThis e-mail and any attachments are confidential and may contain legally privileged information. If you are not the intended recipient please notify the sender immediately and delete it. Any views expressed are those of the author and not necessarily those of {la}."],
    "cafcass": ["Cafcass, 3rd Floor, 21 Bloomsbury Street, London WC1B 3HF. Cafcass is a non-departmental public body sponsored by the Ministry of Justice.\nThis e-mail and any attachments are confidential and intended solely for the use of the addressee. If you have received it in error please tell the sender and delete it. Cafcass may monitor e-mail traffic."],
    "cymru": ["Croesewir gohebiaeth yn Gymraeg a byddwn yn ateb yn Gymraeg heb oedi. Correspondence in Welsh is welcomed and we will respond in Welsh without delay.\nMae'r neges hon yn gyfrinachol. This message is confidential."],
    "court": ["Please note: HMCTS cannot give legal advice. For information on how we handle your personal data see www.gov.uk/government/organisations/hm-courts-and-tribunals-service/about/personal-information-charter"],
    "police": ["OFFICIAL - SENSITIVE. This information is disclosed for the purpose of safeguarding children in family proceedings only (Data Protection Act 2018, Sch 2 Part 1 para 2 / para 5). It must not be disclosed to any third party, including the parties, without the consent of {pol}.\nAll e-mail traffic may be subject to recording and/or monitoring in accordance with relevant legislation."],
    "nhs": ["This letter contains confidential patient information. If you have received it in error please contact the sender and destroy it. {hb} - caring, safe, excellent."],
    "school": ["{sch} is part of the {town} Learning Trust, a company limited by guarantee registered in England and Wales. Registered office: {street}. We process personal data in accordance with our privacy notice."],
    "firm": ["{firm} is authorised and regulated by the Solicitors Regulation Authority (SRA No. 6{ref2}). Registered in England and Wales. Registered office: as above. VAT registration 29{ref2}.\nCYBERCRIME WARNING: we will never tell you about a change to our bank details by e-mail. We do not accept service of documents by e-mail.\nThis e-mail and any attachments are confidential and may be legally privileged."],
    "firm2": ["{firm2} is authorised and regulated by the Solicitors Regulation Authority. Members of the Law Society Children Law Accreditation Scheme.\nThis communication is confidential and may be subject to legal professional privilege."],
    "centre": ["{cc} is a registered charity and a company limited by guarantee. We keep your information safe: see our privacy notice."],
    "das": ["Registered charity. This information is shared with consent / under safeguarding duties and must not be passed to the alleged perpetrator."],
    "lab": ["Results relate only to the samples tested. This report shall not be reproduced except in full without the written approval of the laboratory."],
    "expert": ["This report is confidential to the parties and the court and must not be disclosed further without leave (FPR Part 12 / PD 12G)."],
    "probation": ["OFFICIAL SENSITIVE - not for onward disclosure without consent of the originator."],
    "legal": ["Privileged - legal advice to Cafcass. Not for disclosure (SAR exempt)."],
    "web": [""],
    "internal": [""],
}
DISCLAIMER = {
    "cafcass": "This e-mail and any attachments are confidential and intended solely for the addressee. If you are not the intended recipient, please notify the sender and delete it. Cafcass e-mail is monitored.",
    "cymru": "Croesewir gohebiaeth yn Gymraeg. We welcome receiving correspondence in Welsh.\nMae'r e-bost hwn yn gyfrinachol. This e-mail is confidential.",
    "la": "This e-mail and any attachments are confidential. If you have received it in error please notify the sender and delete it. {la} accepts no liability for viruses.",
    "police": "OFFICIAL. All e-mail traffic may be subject to recording and/or monitoring in accordance with relevant legislation.",
    "pnn": "OFFICIAL-SENSITIVE. This e-mail is intended for the addressee only. If you have received it in error please notify {pol} and delete it.",
    "court": "HMCTS: please do not reply to this e-mail if you have been copied in for information only.",
    "firm": "{firm} is authorised and regulated by the Solicitors Regulation Authority. This e-mail is confidential and may be privileged. We will never change our bank details by e-mail.",
    "firm2": "{firm2} - authorised and regulated by the Solicitors Regulation Authority. Confidential and privileged.",
    "nhs": "This message may contain confidential information. If you are not the intended recipient please inform the sender that you have received the message in error before deleting it.",
    "web": "Sent from my iPhone",
    "school": "Please consider the environment before printing this e-mail.",
}


# ============================================================================================
# CASE INFORMATION
# ============================================================================================
# contact-log. Substance (000 App.1 'The contact log'): the running record of every action on
# the case, kept by the practitioner, business services and duty staff from receipt of the C100
# (screening requests, LA/police replies, welcome letters) to closure. Each entry has date,
# heading, summary, who/role, actions agreed; cross-refers to other documents. Pre-14 July 2014
# logs were saved as PDFs; ECMS generates a Word/PDF print (e.g. for a SAR). In Wales the IRIS
# casework record is the same running chronology. Written by Cafcass staff, for the file.
K("contact-log", "running record of actions")
T("table", "en", "cafcass", """
ECMS - Case Activity Report
Case: {cname}   Case No: {cn}   Printed: {s4}
Date	Heading	Summary	Created by	Role
{s1}	Application received	C100 received from {court}. Intake checks commenced.	{ba}	Business Support Officer
{s1}	Safeguarding checks requested	Police and LA checks requested via secure e-mail.	{ba}	Business Support Officer
{s2}	Police information received	Reply from {pol} saved to Police information. Cross ref.	{ba}	Business Support Officer
{s2}	Telephone screening - applicant	Call with {A}. See detailed recording of same date.	{fca}	FCA
{s3}	Letter issued	Welcome letter sent to both parties.	{ba}	Business Support Officer
{s3}	Management oversight	Discussed with {tm}; SL to be filed by {d4}.	{tm}	Service Manager
""")
T("table", "en", "cafcass", """
Case history (auto + manual entries)                                     Page 1 of {n}
{cn}   {Cf} (DOB {dob})
Entry date | Entry type | Detail | User
{s2} 09:12 | Document received | E-mail from {la} MASH re checks | system
{s2} 11:40 | Phone call out | Spoke with {swf} {sw} (SW) - family known, closed CIN {year}. Will send written reply. | {fca} (FCA)
{s3} 16:05 | Home visit | Seen {C} at mother's home. See separate recording. | {fca} (FCA)
{s3} 16:30 | Amendment | Entry of {s2} amended - wrong school name recorded. Reason: typing error. | {fca} (FCA)
{s4} 10:00 | Supervision | Case discussed, plan agreed, report on track. | {tm} (Service Manager)
""")
T("ext", "en", "cafcass", """
Running record - {cname} ({cn})
...continued
{d3}  Telephone call in: {Rf} rang duty. Upset that {Af} has not returned {C} on time on Sunday. Advised to raise with her solicitor; FCA to be informed. (Duty FCA)
{d3}  E-mail out to FCA {fca} with summary of above.
{d4}  Letter received from {firm} on behalf of father - saved to correspondence.
{d4}  Telephone call out to {sch} - spoke to DSL, attendance 91%, no concerns raised by school. See school e-mail on file.
{d5}  Report filed and served. Case closed to practitioner pending hearing on {hd}.
""")
T("email", "en", "cafcass", """
Hi {fcaf},

As requested, case history to date on {cn} pasted below (ECMS export wouldn't attach).

{s1} - C100 + C1A received, allegations of DA by father. Urgent checks requested.
{s1} - {pol} checks requested (secure).
{s2} - LA reply: not known to {la}.
{s2} - Police reply: 2 call-outs, see police folder.
{s3} - Screening calls done with both parties (M: {mob}).
{s3} - Welcome letters out.
{s4} - SL filed. FHDRA listed {d5}.

Thanks
{ba}
Business Services, {team}
""", subj="{cn} - history for you")
T("hand", "en", None, """
DUTY - CALLS {s3}
9.40 F rang - wants update, told FCA on leave back Mon
10.15 {sch} rang re {C} - asked to put in writing
11.0O left msg for M - no ans
2.30 solr for M ({firm}) - hearing vacated?? chk w court
(initials) {fcai}
""")
T("doc", "en", "cafcass", """
CMS RECORD - CASE RECORDING (pre-ECMS)
Converted to PDF for ECMS archive
Case {cn}  Subject child(ren): {Cf}
Date          Action                                          Officer
{s1}   File opened. Allocated to {fca}.                       TL
{s1}   Letters to parties inviting to interview.               {fca}
{s2}   Interview with mother at {town} office.                 {fca}
{s2}   Interview with father at {town} office.                 {fca}
{s3}   School visit - seen {C}.                                {fca}
{s4}   Report sent to court.                                   Admin
{s5}   Case closed. File to archive.                           Admin
""")
T("form", "cy", "cymru", """
IRIS - Cofnodion Achos (cronolegol)
Rhif achos IRIS: {iris}   Rhif llys: {cn}
Plentyn: {Cf}   Iaith a ddewiswyd: Cymraeg

{s1}  Dyraniad - Rheolwr Ymarfer: Achos wedi'i ddyrannu i {fca}. Nodyn dyrannu wedi'i anfon drwy e-bost.
{s2}  Galwad ffôn - mam {C}: trafod trefniadau'r cyfweliad. Cytunwyd ar ymweliad cartref ar {w3}.
{s2}  Ymholiad asiantaeth - {lacy}: cais am wybodaeth wedi'i anfon.
{s3}  Ymweliad cartref - gweler y cofnod manwl.
{s4}  Goruchwyliaeth - trafodwyd gyda'r Rheolwr Ymarfer. Dim pryderon newydd.
""")
T("table", "bi", "cymru", """
Log gweithgarwch achos / Case activity log
{cn} | {Cf}
Dyddiad/Date | Math/Type | Crynodeb/Summary | Gan/By
{s1} | Cais wedi dod i law / Application received | C100 gan {llys} | Cymorth Busnes
{s2} | Gwiriadau / Checks | Cais i'r heddlu a'r awdurdod lleol | Cymorth Busnes
{s2} | Llythyr / Letter | Llythyrau at y partïon | Cymorth Busnes
{s3} | Galwad / Call | Sgwrs gyda'r tad - gweler y cofnod | {fca}
{s4} | Llys / Court | Mynychu'r gwrandawiad cyntaf (FHDRA) | {fca}
""")
T("ext", "en", "cafcass", """
{cname} {cn}
Date: {s4}   Heading: Telephone call in   Created by: {fca} (Children's Guardian)
Summary: Call from {sw}, allocated social worker. Placement with {GM} remains stable. LA intend to file final evidence by {d5}. Agreed I will visit {C} at school next week.
Cross ref: none.
Date: {s4}   Heading: E-mail out   Created by: {fca} (Children's Guardian)
Summary: E-mailed child's solicitor {sol} with update from SW. Requested copy of contact notes.
Date: {s5}   Heading: Case update   Created by: {ba} (Business Services)
Summary: Hearing listed {d5} 10:00 before {judge}. Diary updated.
""")
T("hand", "cy", None, """
Cofnod galwadau - desg ddyletswydd
{s2}  Mam {C} wedi ffonio - eisiau siarad â'r gweithiwr. Neges wedi'i gadael.
{s2}  {sch} - ffonio'n ôl yfory
{s3}  Tad - gofyn am ddyddiad y gwrandawiad. Dweud wrtho am gysylltu â'r llys.
""")

# wtfh-outcome. Substance: the Work to First Hearing outcome form completed by the FCA at or
# after the FHDRA: who attended, whether safeguarding issues were resolved, what was agreed or
# ordered (s7 report, further checks, referral to a Separated Parents Information Programme or
# Planning Together for Children, contact centre, DAPP), whether the case goes on to WAFH or
# closes. In Wales, the FHDRA outcomes recorded in IRIS after the CAP first hearing.
K("wtfh-outcome", "first hearing outcome form")
T("form", "en", "cafcass", """
First hearing - outcome
Case number: {cn}          Hearing date: {d3}
Court: {Court}     Judge/Bench: {judge}
FCA at court: {fca}
Parties attended: Applicant [X]  Respondent [X]  Legal reps: {firm} (A)
Safeguarding issues identified at SL stage: Yes - allegations of domestic abuse, police call-outs
Were these resolved at hearing? No
Outcome: [ ] Agreement reached - case closed  [X] Adjourned  [X] s7 report ordered  [ ] Fact-finding
Referrals: Planning Together for Children - both parents
Next hearing: DRA, {d5}
Case to transfer to WAFH team: Yes   Allocate to: pending
""")
T("table", "en", "cafcass", """
WTFH closure record
Field	Value
Case No	{cn}
FHDRA date	{s3}
Attended by	{fca}
Outcome code	CAO made by consent - final
s7 directed	No
Further Cafcass involvement	None
Reason	Parents agreed alternate weekends and half of holidays; safeguarding letter risks not assessed as ongoing
Case closed on ECMS	{s4}
""")
T("email", "en", "cafcass", """
{tm},

FHDRA today on {cn} ({cname}) in front of {judgeS}. Both parents attended, father represented.
Mum maintains the DA allegations so no interim time agreed beyond indirect (video calls Weds and Sun).
Court ordered s7 (full) - filing date {d5}. Both parents directed to attend PT4C.
Outcome form on ECMS completed; case to go to the WAFH allocation list.

{fca}
FCA, {team}
""", subj="FHDRA outcome {cn}")
T("hand", "en", None, """
FHDRA {s3}  Ct {n}  {judgeS}
M + F present. M solr {psol}
SL risks - DA, drugs (F)
Agreed: interim supervised @ {cc} alt Sat
Hair strand - F - 3 mths
s7 - YES (addendum to SL?) no, full
Next: DRA - date tbc
ECMS updated [/]
""")
T("form", "cy", "cymru", """
Canlyniadau'r FHDRA - IRIS
Rhif yr achos: {cn}        Dyddiad y gwrandawiad: {w3}
Llys: {courtcy}
Ymarferydd: {fca}
A oedd y ddau barti'n bresennol?  Oedd [X]  Nac oedd [ ]
A gafodd materion diogelu eu datrys?  Naddo
Canlyniad:  Gorchymyn adroddiad adran 7 [X]   Cytundeb [ ]   Gwrandawiad canfod ffeithiau [ ]
Atgyfeiriad: Gweithio Gyda'n Gilydd er mwyn Plant (WT4C) [X]
Camau nesaf: achos i'w ddyrannu i'r tîm cyhoeddus/preifat
""")
T("ext", "en", "cafcass", """
Outcome of first hearing                                             {cn}
Section 3 - Safeguarding
3.1 Issues raised in safeguarding letter: parental mental health (mother), allegation of harassment (both).
3.2 Position at hearing: father accepts no risk to children; mother does not oppose unsupervised time.
3.3 Did the court order further enquiries? No.
Section 4 - Result
4.1 Order made: child arrangements order, lives with mother, spends time with father alternate weekends.
4.2 Cafcass involvement ends: Yes. Close case.
Completed by {fca}  {s3}
""")
T("letter", "en", "cafcass", """
Internal record - outcome of FHDRA
To: Intake and allocation, {team}
The hearing on {d3} in {cn} was adjourned part heard. The Magistrates ({magistrates}) directed that Cafcass prepare an addendum safeguarding letter covering {P}, the mother's partner, whose checks were not available at the first hearing, by {d4}.
No s7 at this stage. Please keep with the WTFH team.
{fca}
""")
T("email", "bi", "cymru", """
Prynhawn da / Good afternoon,

FHDRA {cn} - {w3}. Canlyniad: gorchymyn trefniadau plant drwy gydsyniad. Dim rhagor o waith i CAFCASS Cymru. IRIS wedi'i ddiweddaru a'r achos yn barod i'w gau.
Outcome: child arrangements order by consent. No further work for CAFCASS Cymru. IRIS updated; case ready to close.

{fca}
""", subj="Canlyniad FHDRA / FHDRA outcome - {cn}")
T("table", "en", "cafcass", """
Work to First Hearing - hearing result
{cname} | {cn} | FHDRA {s3}
Issue | Position | Action
Police call-outs {year} | Disputed by F | Court to consider at DRA
LA involvement | Closed CIN | None
Contact | Indirect only | Letters fortnightly via M
Referral | DAPP assessment (F) | Cafcass to refer
Cafcass next step | s7 ordered | Allocate WAFH
""")

# detailed-recording. Substance: a contemporaneous note of one piece of work kept separately from
# the contact log: interview notes (face to face or telephone), home visits, observations of
# contact, meetings with professionals; typed-up handwritten notes. Must give date/time, worker,
# who was there and their role, nature of contact, venue, what happened, next steps, actions.
K("detailed-recording", "note of one meeting, visit, call or observation")
T("doc", "en", "cafcass", """
Note of home visit
Date/time: {d3}, {t1} to {t2}
Worker: {fca}, Family Court Adviser
Venue: mother's home, {addr}
Present: {M} (mother), {Cf} (age {age}), {C2} (age {age2})
Nature of contact: face to face, announced
Summary: The home was warm and tidy. {C} showed me {his} bedroom and the rabbit in the garden. {M} described the separation and said she wants {Ff} to see the children but is worried about his drinking. She showed me text messages from {s2}, which I read but did not copy.
Next steps: visit father; speak to school.
Actions taken afterwards: contact log updated; request to {sch} sent.
""")
T("hand", "en", None, """
{s3}  tel interview - F  ({t1})
says M stopping contact since {s2}
denies hitting M - "pushed past her" once
wants alt w/e + Weds tea
works nights at depot
drinks "weekends only"
told him about s7 process, report date
NEXT: M interview, school, GP?
""")
T("ext", "en", "cafcass", """
Recording: observation of contact                                   Page 2 of 3
...{C} ran to {his} father and hugged him. {Ff} had brought a football and they played in the garden area for around 20 minutes. {C2} stayed close to the contact worker at first but joined in after a while.
At {t2} {Ff} raised the court case in front of the children ("your mum's telling lies"); the contact worker intervened and he apologised. The rest of the session was warm.
Venue: {cc}. Observed by: {fca} (FCA). Contact worker present: yes.
Next steps: discuss the comment with father; include in report.
""")
T("form", "en", "cafcass", """
Telephone interview record
Date: {s2}    Time: {t1}     Duration: 35 mins
Worker: {fca}
Person spoken to: {A} (applicant)    Interpreter: not required
Identity confirmed: DOB and address [X]
Topics covered: current arrangements; allegations in C1A; drugs/alcohol; mental health; children's routines
Key information: {Af} says {C} has not seen {him}... (see full note) no direct contact since {s1}. {Af} accepts two police call-outs but says both were verbal arguments.
Risk indicators noted: Yes - see safeguarding letter
Next steps: call respondent; send letter re PT4C
""")
T("email", "en", "cafcass", """
Note for file (typed from my notebook)
Professionals meeting, {d3}, Teams, {t1}
Present: {fca} (FCA), {sw} (SW, {la}), Mrs {tm} (DSL, {sch}), health visitor (name not given)
- School: {C} more settled since Easter, still late 2 days a week.
- LA: CIN plan to close next month if stable.
- HV: {C2} behind on immunisations, appointment booked.
Agreed: SW to share CIN review minutes; I will see children at school on {d4}.
{fca}
""", subj="Prof meeting note {cn}")
T("doc", "cy", "cymru", """
Cofnod manwl - ymweliad cartref
Dyddiad ac amser: {w3}, {t1}
Ymarferydd: {fca}, Cynghorydd Llys Teulu
Lleoliad: cartref y tad, {towncy}
Yn bresennol: {F} (tad), {Cf}
Math o gyswllt: wyneb yn wyneb, wedi'i drefnu ymlaen llaw
Crynodeb: Roedd y tŷ'n lân ac yn drefnus. Dangosodd {C} {eiystafell} wely i mi. Dywedodd {Ff} ei fod yn awyddus i weld {C} bob yn ail benwythnos ac yn ystod y gwyliau.
Camau nesaf: siarad â'r ysgol; cyfarfod â'r fam.
""")
T("hand", "cy", None, """
{s3} - galwad ffon i'r fam
- poeni am y tad yn yfed
- {C} yn ysgol {sch}
- eisiau cyswllt dan oruchwyliaeth
nesa: gwiriadau, ysgol
""")
T("table", "en", "cafcass", """
Recording type: Meeting with parent - face to face
Date	{s2}
Start	{t1}
Venue	{town} office, interview room 2
Worker	{fca}
Persons present	{R} (respondent); {GM} (maternal grandmother, waiting area only)
Purpose	s7 enquiries - parent's views
Outline	Respondent explained her worries about the applicant's new partner. Provided names of two witnesses. Tearful at times.
Next steps agreed	Respondent to send photographs of injuries by e-mail
Actions taken	Checks on {P} requested
""")
T("letter", "en", "cafcass", """
Record of meeting with professional
Date: {d4}    Venue: {sch}    Worker: {fca}
Met with: Mr {sw}, Designated Safeguarding Lead
The DSL told me {C} had disclosed to a teaching assistant on {s3} that "dad shouts and throws things". This was passed to the MASH the same day. The school has no other concerns and describes {C} as a bright, chatty child with a close group of friends.
Next steps: obtain MASH outcome; discuss with manager.
""")


# ============================================================================================
# CORRESPONDENCE
# ============================================================================================
# welcome-letter. Substance: the first letter Cafcass (or CAFCASS Cymru) sends each party when a
# C100 arrives: who we are, that we will make safeguarding checks with police and the local
# authority, that someone will phone before the first hearing (FHDRA date), leaflets, how to tell
# us about safety worries, interpreters, privacy notice. Issued by business services.
K("welcome-letter", "Cafcass's first letter to each party on receipt of the application")
T("letter", "en", "cafcass", """
Dear {A},

Re: {Cs} - application to {court}

The court has asked Cafcass to help with your case. We are independent of the court and of social services. Our job is to put your children's needs, wishes and feelings first.

Before the first hearing on {d4} we will carry out safeguarding checks with the police and your local council, and a member of our team will telephone you. Please let us know on 0300 456 4000 if your phone number changes or if it is not safe to call you.

We have enclosed our leaflet 'What happens at the first hearing' and our privacy notice.

Yours sincerely
Business Services
""")
T("ext", "en", "cafcass", """
Dear Mr {Fs}

Your case number: {cn}

We are writing to introduce ourselves. Cafcass stands for Children and Family Court Advisory and Support Service. The family court has sent us a copy of the application about {C}.
What happens next
- We will check whether the police or children's services have any information about your family.
- A Family Court Adviser will try to call you before your court date. The call will come from a withheld number.
- You can find out more at www.cafcass.gov.uk/parent-carer-or-family-member.
If you need an interpreter please tell us.
""")
T("email", "en", "cafcass", """
Dear {R},

You have been named in an application about your children made to {court}.

This e-mail is from Cafcass. We will be speaking to you on the telephone before the first hearing. If you have concerns about your safety or your children's safety, you can tell us in that call, or call us sooner.

Please read the attached leaflets. We have also written to you at {addr}.

Kind regards
Cafcass Intake Team - {team}
""", subj="Your family court case {cn} - information from Cafcass")
T("letter", "bi", "cymru", """
Annwyl {R} / Dear {R}

Cais ynglŷn â {Csy} / Application about {Cs}

Mae {llys} wedi gofyn i CAFCASS Cymru helpu yn yr achos hwn. Rydym yn annibynnol ar y llys. Byddwn yn cynnal gwiriadau diogelu gyda'r heddlu a'r awdurdod lleol, a bydd ymarferydd yn eich ffonio cyn y gwrandawiad cyntaf ar {w4}.

{Court} has asked CAFCASS Cymru to help with this case. We are independent of the court. We will carry out safeguarding checks with the police and the local authority, and a practitioner will phone you before the first hearing on {d4}.

Gallwch gysylltu â ni yn Gymraeg neu yn Saesneg. You may contact us in Welsh or English.

Yn gywir / Yours sincerely
Tîm Cymorth Busnes / Business Support Team
""")
T("doc", "cy", "cymru", """
Annwyl {A},

Eich achos llys teulu - rhif {cn}

Rydym wedi cael copi o'ch cais gan {llys}. CAFCASS Cymru yw'r gwasanaeth sy'n rhoi cyngor i'r llys am blant yng Nghymru.

Beth fydd yn digwydd nesaf?
1. Byddwn yn gofyn i'r heddlu ac i {lacy} am unrhyw wybodaeth sydd ganddynt am eich teulu.
2. Bydd un o'n hymarferwyr yn eich ffonio cyn y gwrandawiad. Bydd yr alwad yn dod o rif preifat.
3. Mae'r daflen 'Eich gwrandawiad cyntaf' wedi'i hamgáu.

Os ydych yn poeni am eich diogelwch, rhowch wybod i ni.

Yn gywir
CAFCASS Cymru
""")
T("hand", "en", None, """
Cafcass
Dear Ms {Ms}
We have received an app1ication about your chi1dren from the court. We wi11 ca11 you before the hearing on {d4}.
Enc: leaf1ets x 3
(stamp) RECEIVED {s3}
""")
T("form", "en", "cafcass", """
Standard letter PL-01  (issued automatically on receipt of C100)
Addressee: {A}
Address: {addr}
Case: {cn}   Hearing: FHDRA {d4} at {courtn}
Body: introduction / safeguarding checks / telephone interview / leaflets
Enclosures: [X] Parenting plan  [X] Privacy notice  [X] 'Your first hearing'  [ ] Easy read
Date issued: {s2}   Issued by: {ba}
""")
T("email", "en", "cafcass", """
Hello {Af},

Thank you for getting in touch. I am writing to let you know that Cafcass has been asked by the court to help with your application for {C}.

Over the next few weeks we will
* contact the police and {la} for information (safeguarding checks)
* phone you and {Rf} separately
* send a letter to the court before your hearing on {d4}

If English is not your first language or you need any adjustments, just reply to this e-mail.

Best wishes
{ba}
Business Support Officer
""", subj="")
T("letter", "en", "cafcass", """
PRIVATE AND CONFIDENTIAL
{R}
{addr}

{d2}

Dear {Rf},

Case number {cn}: {Cs}

Cafcass has been appointed to assist the court with the application made by {A}. A Family Court Adviser will be in touch by telephone within the next two weeks. If it is not safe for us to call you, or you need us to call at a particular time, please contact the number at the top of this letter.

We also wanted to tell you about the Separated Parents Information Programme and Planning Together for Children, which the court may ask you to attend.

Yours sincerely
""")

# letter-to-parties. Substance: letters (or e-mails) from the allocated practitioner to the
# parents/parties during the case: appointment letters, invitations to interview, letters
# enclosing or explaining a report, letters explaining next steps after a hearing, letters
# about contact arrangements or a referral the practitioner has made, closure letters.
K("letter-to-parties", "practitioner's letters to the parents/parties")
T("letter", "en", "cafcass", """
Dear Mr {Fs} and Ms {Ms},

I have been asked by the court to prepare a report about {Cs}. I would like to meet each of you separately.

Mr {Fs}: {day3} {d3} at {t1}, at the {town} office.
Ms {Ms}: {day3} {d3} at {t2}, at your home.

The meetings will last about an hour and a half. Please bring any documents you want me to see. If you cannot attend, please let me know straight away, as my report is due on {d5}.

Yours sincerely
{fca}
Family Court Adviser
""")
T("email", "en", "cafcass", """
Dear {Af} and {Rf},

I am writing to both of you after Tuesday's hearing to explain what happens next.
The court has asked me to find out what {C} wants and to look again at how the handovers can be made safer. I will see {C} at school, then speak to each of you. I have referred you both to Planning Together for Children; you will get an e-mail from the provider with a link.

Please do not discuss the court case with {C}.

Regards
{fca}
Family Court Adviser, {team}
""", subj="{C} - next steps")
T("ext", "en", "cafcass", """
{d5}

Dear {A}

Re: {cname} - {cn}

Please find enclosed a copy of my report, which was filed with the court today. The report is confidential and you must not show it to anyone other than your legal adviser.

I have recommended that {C} lives with {his} mother and spends time with you every other weekend from Friday after school until Sunday at 5pm, and for half of the school holidays.

If you do not understand anything in the report, you can call me before the hearing on {hd}.
""")
T("letter", "cy", "cymru", """
Annwyl {F},

Rwyf wedi cael fy mhenodi gan {llys} i baratoi adroddiad ynghylch {C}. Hoffwn eich cyfarfod yn ein swyddfa yn {towncy} ar {dydd3}, {w3} am {t1}.

Rhowch wybod i mi cyn gynted â phosibl os nad yw'r dyddiad hwn yn gyfleus. Gallwch ddod â pherson cefnogi gyda chi, ond byddaf eisiau siarad â chi ar eich pen eich hun am ran o'r cyfarfod.

Yn gywir
{fca}
Cynghorydd Llys Teulu
""")
T("email", "cy", "cymru", """
Annwyl {Mf},

Diolch am siarad â mi ddoe. Fel y cytunwyd, byddaf yn gweld {C} yn yr ysgol ddydd {dydd4}. Byddaf yn anfon copi o'r adroddiad atoch pan fydd wedi'i gyflwyno i'r llys.

Cofion
{fca}
""", subj="Ymweliad ysgol - {C}")
T("hand", "en", None, """
Dear {Mf}
Sorry I missed you today ({s3}) - I called at {t1}.
Please ring me on {mob} to rearrange. My report is due soon.
{fca} (Cafcass)
""")
T("doc", "en", "cafcass", """
Dear {R}

Closing letter

The proceedings concerning {Cf} ended on {d5} when the court made a final child arrangements order. My involvement with your family has now ended.

If you have any concerns about {C}'s safety in future you should contact {la} children's services or, in an emergency, the police. If you want to complain about the service you received from Cafcass, details are on our website.

I wish you and {C} well.
""")
T("letter", "en", "cafcass", """
Dear Ms {Ms}

Referral to a child contact centre

I am writing to let you know that, as the court directed on {d3}, I have referred the family to {cc} for supervised contact between {C} and {his} father. The centre will contact you to arrange a pre-visit. The first session is expected in the week beginning {d4}.
The father has been given the same information in a separate letter.
""")
T("form", "bi", "cymru", """
Apwyntiad / Appointment
At / To: {A}
Rhif achos / Case no: {cn}
Dyddiad / Date: {w3} / {d3}
Amser / Time: {t1}
Lleoliad / Venue: Swyddfa CAFCASS Cymru, {towncy}
Gyda / With: {fca}
Diben / Purpose: trafod eich barn ar gyfer yr adroddiad i'r llys / to discuss your views for the report to court
""")

# letter-from-party. Substance: letters and e-mails that a parent, carer or other party writes
# to Cafcass: complaints about the practitioner, their side of events, replies to an
# appointment, disagreement with a report, requests to see the child's views, evidence they
# want included. Often angry, long, informal, sometimes in poor English.
K("letter-from-party", "a parent's or party's letter to Cafcass")
T("email", "en", "web", """
To whoever is dealing with my case,

I am the dad of {C} ({age}). I have not seen my {son} since {d1}. {Rf} keeps making excuses and now she says {C} doesn't want to see me which is not true, we were really close. I have done everything the court asked, I went to the parenting course.

I want the Cafcass lady to know the police never charged me with anything and the so called incident was 4 years ago.

Please ring me on {mob}, I work shifts so after 6 is best.

{F}
""", subj="my son", src="email")
T("hand", "en", None, """
Dear Mrs {fca}
I am writting to say I do not agree with what you put in yore report. You never asked me about my side. {Ff} is not the good dad he makes out, the school will tell you. I want a new worker.
{M}
{s4}
""")
T("letter", "en", "firm", """
Letter from Ms {Ms}, typed by her support worker

To Cafcass, {team}

Re my children {Cs}, case {cn}

I want to explain why I stopped the contact. On {d2} {Cs} came back from their dad's with no coats and {C2} said they had been left with {P} for the whole evening. I don't know this man. I rang {Ff} and he was abusive to me.

I am not trying to stop the children seeing their dad, I just want them safe.

Yours faithfully
{M}
""")
T("email", "cy", "web", """
Annwyl {fca},

Diolch am eich llythyr. Ni fyddaf yn gallu dod i'r cyfarfod ar {w3} gan fy mod yn gweithio. A fyddai modd newid i'r wythnos wedyn?

Hefyd, hoffwn ddweud nad ydw i'n hapus bod {Ff} wedi cael gwybod am yr ysgol newydd. Rydw i wedi gofyn i'r llys gadw'r manylion yn gyfrinachol.

Diolch
{M}
""", subj="Cyfarfod", src="email")
T("doc", "en", "web", """
COMPLAINT
From: {F}, {addr}
To: Cafcass Customer Service Team
Date: {s4}

I wish to make a formal complaint about {fca}.
1. {fcaf} only spoke to me once, for 20 minutes on the phone.
2. The report says I have a conviction for assault. This is wrong. It was a caution in 2015.
3. My mother {GM} was never contacted even though {C} stays with her every weekend.
I want the report withdrawn and a new officer appointed before the hearing on {hd}.
""")
T("email", "en", "web", """
Hi,
its {Mf} {Ms} here, mum of {C} and {C2}. just to let you know i moved, new address is {street}, {town}. Please dont give this to him. also can the next call be after 3 i do the school run.
thanks
""", subj="new address", src="email")
T("hand", "cy", None, """
At CAFCASS Cymru,
Dw i ddim yn cytuno gyda be mae {Af} yn ddeud. Mae {C} yn hapus yma efo fi a'i nain. Plis dowch i weld y ty.
{R}
""")
T("letter", "en", "web", """
{A}
{addr}
{d3}

Cafcass
Your ref {cn}

Dear Sir or Madam,

Thank you for the copy of the report. I have read it carefully. I agree with most of it but I would ask the officer to correct two things: my daughter's name is spelt {C2}, not as written, and I have never lived at the address on page 3.
I would also like it noted that I have now completed the Freedom Programme (certificate enclosed).

Yours faithfully
{A}
""")
T("ext", "en", "web", """
[statement written by father for Cafcass - page 2]
...so when I got there on the Saturday {Rf} would not open the door and {C} was crying at the window. I stayed in the car like my solicitor told me. I did not shout. I have the dashcam video if the officer wants to see it.
I love my {son} and all I want is what the court said, every other weekend.
Signed {F}   Dated {s3}
""")

# correspondence. Substance: all other case-related letters and e-mails: the court's covering
# e-mails sending orders and listing notices, parties' solicitors' letters to Cafcass, local
# authority social workers arranging visits, interpreters, requests for copies, e-mails that
# forward an attachment (the e-mail itself is correspondence whatever it attaches).
K("correspondence", "other case correspondence, including covering e-mails")
T("email", "en", "court", """
Good afternoon,

Please see the attached sealed order made on {d3} by {judge}, for your information and action.

Kind regards
Family Private Law Team
{Court}
""", subj="{cn} - {cname} - sealed order")
T("email", "en", "firm", """
Dear {fca},

We act for the mother in this matter. We note your report is due on {d5}. Our client has asked us to forward the enclosed photographs and the GP letter of {d2} for your consideration. Please confirm receipt.

Our client's contact details remain as before but she would prefer contact by e-mail.

Yours sincerely
{psol}
{firm}
""", subj="{cname} {cn} - documents for FCA")
T("email", "en", "la", """
Hi {fcaf},

Just confirming I can do a joint visit with you on {day4} {d4} at 10. I'll meet you outside the school. I've attached our updated chronology so you have it before we go.

Thanks
{sw}
Social Worker, Children's Social Work Service
{la}
""", subj="RE: joint visit")
T("letter", "en", "court", """
NOTICE OF HEARING
Take notice that the application of {A} will be heard at {courtn} on {d5} at {t1}, time estimate 1 hour, before a District Judge.
To: Cafcass
Please ensure that the Family Court Adviser attends, or notify the court in writing if attendance is not required.
""")
T("email", "cy", "court", """
Prynhawn da,

Amgaeaf y gorchymyn a wnaed gan {judgecy} ar {w3} er gwybodaeth i chi.

Cofion
Tîm Cyfraith Breifat
{courtcy}
""", subj="{cn} - gorchymyn")
T("email", "en", "cafcass", """
Hi team,

FYI - s7 report for {cname} filed this afternoon, copy attached for ECMS. Served on both solicitors by secure e-mail.

{fca}
""", subj="s7 filed {cn}")
T("email", "en", "firm", """
Dear Sirs,

{cname} - {cn}

We write to inform you that we are no longer instructed by {A}. Please direct further correspondence to our former client directly at the address held by the court.

Yours faithfully
{firm}
""", subj="{cn} - notice of ceasing to act")
T("letter", "en", "firm", """
Dear Cafcass

Our client: {A}

We enclose, by way of service, our client's statement dated {d3} and the exhibits referred to in it. We should be grateful if the Family Court Adviser would take them into account in preparing the report.
Please note that our client's partner, {P}, is willing to be interviewed.

Yours faithfully
""")
T("email", "en", "internal", """
Hi,

Urdu interpreter booked for {d4} {t1} at the {town} office for your interview with {R}. Booking ref TL-{ref2}. Please let me know if you need to cancel (48 hours' notice).

Language Services Team
""", subj="Interpreter booking confirmation")
T("hand", "en", None, """
With compliments
{firm}
Enclosed: bundle index + pos stmt (M) for FHDRA {s4}
Pls confirm rec'd
{psol}
""")
T("email", "bi", "cymru", """
Bore da / Good morning {swf},

Diolch am eich e-bost. Fe allaf gyfarfod â chi ar {w4}. / Thank you for your e-mail. I can meet you on {d4}.

{fca}
CAFCASS Cymru
""", subj="RE: Cyfarfod / Meeting - {cn}")


# ============================================================================================
# CASE PLAN
# ============================================================================================
# case-plan. Substance: the practitioner's plan for the work (ECMS case plan tool in WAFH cases;
# IRIS case plan in Wales): what enquiries will be made, why, how (tools, research, theory),
# with whom, by when; risks identified at screening; the child's needs; diversity; timescales
# to the filing date. Written by the FCA/guardian, endorsed by a manager.
K("case-plan", "the practitioner's plan of work")
T("form", "en", "cafcass", """
Planning the work
Case: {cn}     Practitioner: {fca}     Report due: {d5}
What needs to be done | Why | How / tools | By when
See {C} at school | wishes and feelings | 'My needs, wishes and feelings' pack | {s3}
Interview both parents | parenting capacity, allegations | structured interview; DA screening | {s3}
LA records | past CIN involvement | request file, read | {s2}
Observe contact | quality of relationship | observation at {cc} | {s4}
Risk identified at WTFH: domestic abuse (C1A) - Cafcass Domestic Abuse Practice Pathway applies.
""")
T("doc", "en", "cafcass", """
Plan for the work - public law
Children: {Cf} ({dob}), {C2f} ({dob2})
Proceedings: care proceedings, issued {d1}; IRH {d4}; final hearing {d5}
Key issues: neglect; mother's alcohol use; father's absence; placement with maternal grandmother {GM} under interim care order.
Planned enquiries:
1. Meet the children at their placement within 10 working days.
2. Read the social work evidence and parenting assessment; attend the LAC review.
3. Consider the viability assessment of {GM} and the SGO support plan.
4. Instruct the child's solicitor {sol} on the need for a psychological assessment of the mother.
Diversity: family are white British; children's identity needs met in placement.
Management endorsement: {tm}, {s2}
""")
T("ext", "en", "cafcass", """
                                                                    Page 2 of {n}
3. Enquiries and timescales
3.1 School - telephone DSL at {sch} (why: attendance, presentation, any disclosures).
3.2 GP - only if mother consents (why: her account of depression).
3.3 Paternal grandmother - telephone (why: proposed as supervisor for handovers).
4. Tools and research
4.1 Cafcass Child Impact Assessment Framework - domestic abuse guidance.
4.2 Harmful conflict - consider the parenting plan.
5. Child's voice
5.1 Direct work using the 'three houses' tool; consider whether {C2} is old enough.
""")
T("form", "cy", "cymru", """
Cynllun Achos - IRIS
Rhif achos: {cn}     Ymarferydd: {fca}     Iaith: Cymraeg
Beth? | Pam? | Sut?
Cyfweld â'r ddau riant | deall y pryderon diogelu | cyfweliad strwythuredig
Gweld {C} yn yr ysgol | clywed {eifarn} | offer gwaith uniongyrchol
Cysylltu â {lacy} | gwybodaeth am gyfnod y cynllun amddiffyn plant | cais ysgrifenedig
Dyddiad cyflwyno'r adroddiad: {w5}
""")
T("email", "en", "cafcass", """
{tm},

Plan for {cname} ({cn}) for sign-off, copied here as ECMS was down:
- Risks: F's conviction for ABH ({year}); M's mental health.
- Enquiries: LA file, GP (M consent), probation (F), school.
- Children: {C} (9) seen alone at school; {C2} observed with each parent.
- Tools: DA screening tool; Child's wishes pack.
- Timescale: all enquiries by {d4}, draft to you {d5}.
Happy to discuss in supervision.
{fca}
""", subj="plan of work - please endorse")
T("hand", "en", None, """
PLAN - {cn}
1. see {C} @ school wk of {s3}
2. M + F interviews - offer evenings
3. chase LA re old CP file
4. police - {P}?? (new ptnr)
5. obs contact @ {cc}
report by {s5}
""")
T("table", "en", "cafcass", """
Case plan (ECMS)    {cn}
Section	Entry
Reason for involvement	s7 report ordered {s2} - child arrangements dispute, allegations of coercive control
Child(ren)	{Cf}, {age}
Risk and protective factors	Risk: police call-outs x3; Protective: maternal family support
Plan	Interview parties; see child twice; LA and school checks; review with SM mid-point
Contingency	If new safeguarding concerns: refer to LA, inform court by letter
Date plan agreed	{s2}
""")
T("doc", "bi", "cymru", """
Cynllun Achos / Case Plan
Achos / Case: {cn}   Plant / Children: {Cs}
Ymholiadau / Enquiries:
- Ymweliad cartref gyda'r fam / Home visit to mother - {w3}
- Ymweliad cartref gyda'r tad / Home visit to father - {w3}
- Ysgol / School: {sch}
Offer / Tools: 'Fy Nheimladau' / 'My Feelings'
Rheolwr Ymarfer / Practice Manager: {tm}
""")
T("ext", "en", "cafcass", """
Case plan - update entry {s4}
Risk now identified that was not known at screening: the mother disclosed that {P} has a conviction for an offence against a child. Drawn to attention of {tm} in ad hoc supervision today. Plan amended: police checks on {P}; LA to be informed; consider interim letter to court.
New date for enquiries: {d4}.
""")

# case-plan-review. Substance: a review of the case plan at a stage of the case (after a
# hearing, in supervision, when new risk emerges or before filing): progress against each
# action, what has changed, management oversight and decisions, revised timescales. In Wales,
# the case plan updated at relevant stages in IRIS.
K("case-plan-review", "review of the plan at a stage of the case")
T("form", "en", "cafcass", """
Review of plan - supervision
Date: {s4}    Practitioner: {fca}    Manager: {tm}
Actions from last plan: 1. children seen [done]  2. LA records [done]  3. parenting assessment [awaited]  4. LAC review attended [done]
What has changed: mother has engaged with alcohol service; two negative tests.
Manager's decision: the analysis should consider return home on a phased basis; keep the plan under review after the IRH.
Next review: after IRH, {d5}
""")
T("email", "en", "cafcass", """
Hi {fcaf},

Following our discussion today, my note of the review of your plan on {cn}:
- progress is good; all parties interviewed, child seen twice.
- outstanding: police information on the grandmother's partner - chase.
- I agree the extension request to the court (3 weeks) given the late checks.
- revised date for draft: {d5}.

{tm}
Service Manager
""", subj="Plan review {cn}")
T("table", "en", "cafcass", """
Case plan - review
Case {cn} | Review point: post-IRH | Date {s4}
Planned action | Status | Comment
Meet {C} at placement | Complete | {s2}, {C} wants to stay with {GM}
Read ISW report | Complete | positive about carer
SGO support plan | Outstanding | LA to file by {s5}
Final analysis | On track | due {s5}
Oversight: plan remains appropriate. {tm}
""")
T("doc", "en", "cafcass", """
Management oversight - review of the plan
{cname}  {cn}
The plan was last reviewed on {d2}. Since then the court has ordered a fact-finding hearing, which has put the s7 enquiries on hold. The plan is revised so that the practitioner will: keep in contact with the children's school each month; prepare a short letter to the court on the children's wellbeing before the fact-finding; and restart the assessment once findings are known.
Risk rating unchanged (high).
Reviewed by {tm} on {d4}.
""")
T("form", "cy", "cymru", """
Adolygu'r Cynllun Achos - IRIS
Dyddiad: {w4}     Ymarferydd: {fca}    Rheolwr Ymarfer: {tm}
Camau o'r cynllun blaenorol: gweld y plant [wedi'i gwblhau]; gwybodaeth {lacy} [wedi dod i law]; cyfweld â'r tad [heb ei gwblhau]
Beth sydd wedi newid?: Mae'r tad wedi symud i {towncy}.
Penderfyniad: parhau gyda'r cynllun; dyddiad newydd ar gyfer y cyfweliad.
Adolygiad nesaf: ar ôl y gwrandawiad ar {w5}
""")
T("hand", "en", None, """
Supv {s4} - review of plan {cn}
all actions done exc GP (no consent)
new info: M pregnant - LA aware?
keep plan, add pre-birth assessment query
SM {tm}
""")
T("ext", "en", "cafcass", """
5. Review of the case plan (stage: after first hearing in care proceedings)
5.1 Progress: initial analysis filed on {d2}. ICO made; children placed with foster carers.
5.2 Changes: father has been identified and has parental responsibility; he is to be assessed.
5.3 Further enquiries: viability assessment of paternal aunt; contact notes; health assessments.
5.4 Timetable: IRH {d4}; final analysis due {d5}.
""")
T("email", "cy", "cymru", """
{fcaf},

Nodyn o'n trafodaeth am gynllun achos {cn} heddiw: mae'r rhan fwyaf o'r camau wedi'u cwblhau. Mae angen gwybodaeth gan yr heddlu o hyd. Rwy'n cytuno i ofyn i'r llys am estyniad o bythefnos.

{tm}
Rheolwr Ymarfer
""", subj="Adolygiad cynllun achos")


# ============================================================================================
# RISK AND SAFETY
# ============================================================================================
# la-checks. Substance: the local authority's reply to Cafcass's safeguarding check request
# (England: the LA check at WTFH; Wales: the SER enquiries): whether the children and adults are
# known to children's social care, the history (referrals, assessments, CIN/CP plans, LAC),
# current involvement, allocated worker. Written by MASH/front door/records staff.
K("la-checks", "a local authority's reply to Cafcass's safeguarding check")
T("form", "en", "la", """
Response to Cafcass request for information
Date request received: {s1}     Date of response: {s2}
Child(ren): {Cf} DOB {dob}; {C2f} DOB {dob2}
Adults: {M} DOB {Mdob}; {F} DOB {Fdob}
Known to Children's Social Care?  Yes
Current involvement: None - case closed {s1}
History: {year}: contact from police (DA incident), NFA after single assessment. Child in Need plan {year} - 6 months.
Record type: Child in Need (all other children's social care files)
Completed by: MASH Business Support, {la}
""", rc=("other-childrens-social-care", "all other children's social care"))
T("email", "en", "la", """
Good morning,

Further to your request dated {s1} regarding the above family, I can confirm that the subject children and adults are NOT KNOWN to {la} Children's Services.

Regards
Front Door Team
""", subj="RE: Cafcass safeguarding check - {cn}")
T("letter", "en", "la", """
Dear Cafcass

Safeguarding enquiry - {Cs} ({cn})

The children are currently subject to Child Protection plans under the category of emotional abuse, made at the initial conference on {d1}. The allocated social worker is {sw}, tel {tel}.
Concerns relate to domestic abuse by the father towards the mother and the children's exposure to it. Both parents are engaging with the plan. The next review conference is on {d4}.
File classification: Child Protection.
Please contact the social worker before speaking to the family.
""", rc=("child-protection", "Child Protection"))
T("table", "en", "la", """
CHILDREN'S SERVICES CHECK - RESULT
Name	DOB	Known	Summary
{Cf}	{dob}	Y	Contact {s1} - school referral (bruise), strategy discussion, s47 - unsubstantiated
{M}	{Mdob}	Y	As parent
{F}	{Fdob}	N	-
{P}	-	Y	Previously assessed as a risk to children (Schedule 1 offender) - see LADO record
Case status: Open to Family Support. Worker: {sw}
Record class: Adult who poses a risk to children ({P})
""", rc=("adult-posing-risk", "Adult who poses a risk"))
T("email", "cy", "la", """
Bore da,

Diolch am eich cais am wybodaeth ynglŷn â'r teulu uchod. Mae'r plant yn hysbys i {lacy}. Bu asesiad yn {year} yn dilyn atgyfeiriad gan yr ysgol; ni chymerwyd camau pellach. Nid oes gweithiwr cymdeithasol wedi'i ddyrannu ar hyn o bryd.

Yn gywir
Tîm Drws Ffrynt / IAA
{lacy}
""", subj="Ymateb i gais CAFCASS Cymru - {cn}")
T("form", "cy", "la", """
Ymholiadau diogelu - ymateb yr awdurdod lleol
Enw'r plentyn: {Cf}     Dyddiad geni: {dob}
A yw'r teulu'n hysbys i'r gwasanaethau cymdeithasol?  Ydy
Manylion: Plentyn sy'n Derbyn Gofal rhwng {year} a {year}; bellach yn byw gyda'i fam.
Math o gofnod: Plentyn sy'n Derbyn Gofal (Looked After Child)
Gweithiwr cyswllt: {sw}
""", rc=("looked-after-child", "Looked After Child"))
T("hand", "en", None, """
LA CHECK - phone result
{la} - spoke to duty {s2}
M: known - CIN {year} closed
F: not known
{C}: known via M
no current SW
written reply to follow
""")
T("ext", "en", "la", """
SAFEGUARDING CHECK RESPONSE - page 1 of 2
Your ref: {cn}     Our ref: {ref}
The family is open to the Children with Disabilities team. {C2} receives short breaks under s17. There are no safeguarding concerns recorded.
Previously: {C} was accommodated under s20 from {d1} for 4 weeks when mother was in hospital (Looked After).
Social worker: {sw}
""", rc=("looked-after-child", "Looked After"))
T("email", "en", "la", """
Hi,

MASH outcome for Cafcass checks {cn}:
{M}: known - referral {s1} (anonymous, neglect). Strategy discussion held, s47 enquiry - no further action.
{Cf}: as above.
{F}: no record.
We have nothing further to add.

MASH Business Support
""", subj="Cafcass check")
T("letter", "en", "la", """
Dear Sir/Madam

Request for information - Private law proceedings

Thank you for your request. I have checked our records and can confirm that {R} is recorded as a former foster carer approved by {la} (ceased fostering in {year}). There are no concerns recorded on the foster carer file. None of the other names is known to us.
Record: Foster Carer file.
""", rc=("foster-carers", "Foster Carer"))
T("table", "en", "la", """
Children's Social Care - records search for Cafcass ({cn})
Subject	Result
{Cf}	Known. Reported missing from home x2 ({year}); return home interviews completed.
{M}	Known as parent only
{F}	Not known
Record type: CPR Missing Persons record (no open case)
""", rc=("missing-person", "Missing Persons record"))

# screening-response. Substance: replies to Cafcass's (or CAFCASS Cymru's) screening requests
# from bodies other than the local authority's children's services and the police: MARAC
# coordinators, probation, IDVA/domestic abuse services, health safeguarding teams, education
# safeguarding; and the returned screening forms themselves. Saved in risk and safety.
K("screening-response", "reply to a screening check from MARAC, probation, health, IDVA etc.")
T("email", "en", "probation", """
Good afternoon,

In response to your request of {s1}: {F} (DOB {Fdob}) is currently supervised by the Probation Service on licence following release from HMP {courtn} on {d1}. Index offence: assault occasioning actual bodily harm (domestic). Assessed as medium risk of serious harm to known adult (ex-partner). Licence conditions include not to contact {M} directly.
Probation Practitioner: {sw}, {town} PDU.

OFFICIAL SENSITIVE
""", subj="RE: Cafcass screening request {cn}")
T("email", "en", "das", """
Dear Cafcass,

MARAC check - {M}, DOB {Mdob}
The above was heard at the {town} MARAC on {d1} following a high-risk DASH referral by {pol}. Actions were completed and the case is closed to MARAC. No repeat referral since.
Please treat this information as confidential.

MARAC Coordinator
""", subj="MARAC check")
T("form", "en", "nhs", """
Health screening response - Cafcass
Child: {Cf}   DOB: {dob}
Health visitor / school nurse involvement: Universal
Safeguarding flags on child health record: None
Missed appointments: 2 (dental)
Any concerns: none known to the health visiting service
Completed by: Safeguarding Children Nurse, {hb}
Date: {s2}
""")
T("letter", "en", "das", """
Dear Family Court Adviser

Re: {M}

With {Mf}'s consent I can confirm she has been supported by our IDVA service since {d1}, following an incident reported to police. She was assessed at high risk on the DASH checklist. She has engaged with safety planning and has a non-molestation order in place. She has asked that her new address is not shared with the applicant.

Yours faithfully
IDVA Team Leader
""")
T("email", "cy", "probation", """
Prynhawn da,

Mewn ymateb i'ch cais: nid yw {F} yn hysbys i'r Gwasanaeth Prawf yng Nghymru ar hyn o bryd. Nid oes gennym wybodaeth berthnasol.

Gwasanaeth Prawf - Tîm Diogelu
""", subj="Ateb i gais sgrinio - {cn}")
T("form", "cy", "nhs", """
Ymateb sgrinio - iechyd
Plentyn: {Cf}    Dyddiad geni: {dob}
A oes pryderon diogelu ar y cofnod iechyd?  Nac oes
Ymwelydd iechyd: gwasanaeth cyffredinol
Llenwyd gan: Nyrs Diogelu, {hbcy}
Dyddiad: {w2}
""")
T("hand", "en", None, """
Screening - results back {s2}
MARAC - not known
Probation - F known 2019-21 (ended)
IDVA - M supported (consent given)
Health - nothing
-> add to SL
""")
T("table", "en", "cafcass", """
Screening checks summary                                  {cn}
Agency | Requested | Returned | Result
Police ({pol}) | {s1} | {s2} | See police folder
{la} | {s1} | {s2} | Known - closed
Probation | {s1} | {s2} | Not known
MARAC | {s1} | {s2} | Heard {year}, closed
""")
T("letter", "en", "school", """
Dear Cafcass

Request for safeguarding information
I confirm there are no safeguarding concerns recorded on our system for {Cf}. {C}'s attendance this year is 96%. Mother and father both attend parents' evenings separately and both are named contacts.

Designated Safeguarding Lead
""")
T("email", "bi", "das", """
Annwyl CAFCASS Cymru / Dear CAFCASS Cymru,

Gwiriad MARAC: nid yw {M} yn hysbys i MARAC {towncy}.
MARAC check: {M} is not known to the {town} MARAC.

Cydlynydd MARAC / MARAC Coordinator
""", subj="MARAC - {cn}")

# safety-assessment. Substance: the risk and safety documentation the practitioner completes with
# or about the parties: domestic abuse screening tools, risk assessments under s16A Children Act
# 1989, safety plans, DASH completed with a party, the Cafcass risk assessment templates, LADO
# and welfare referrals made by Cafcass, notice to children's services at case completion.
K("safety-assessment", "risk/safety assessment, tools used with parties, referrals made by Cafcass")
T("form", "en", "cafcass", """
Section 16A risk assessment
Child: {Cf}     Case {cn}
Date completed: {s3}   Practitioner: {fca}
Risk of harm identified: Yes - risk of emotional harm from exposure to domestic abuse; risk of physical harm to mother during handovers.
Source: police information; mother's account; father's partial admission.
Likelihood: medium     Impact: high
Action: report to court; recommend handovers at contact centre; referral to DAPP.
Manager agreed: {tm}  {s3}
""")
T("doc", "en", "cafcass", """
Referral to children's social care
From: {fca}, Family Court Adviser, {team}
To: {la} Front Door / MASH
Date: {d3}
Child: {Cf} ({dob}), {addr}
Reason for referral: On {d3} {C} told me that {his} mother's partner {P} "locks me in my room when mum's at work" and that {pron} was sometimes hungry. {C} was calm and consistent.
Parents informed: mother not informed at this stage, on advice of manager, to avoid increasing risk.
Action requested: assessment under s47 Children Act 1989.
""")
T("table", "en", "cafcass", """
Domestic abuse screening tool - completed with {R}
Question	Response
Physical violence	Yes - pushed, slapped ({year})
Threats	Yes - threats to take the children
Coercive control	Financial control; monitoring phone
Sexual violence	Declined to answer
Children present	Yes - {C} witnessed
Current fear	High
Outcome	Refer IDVA (consent given); highlight in safeguarding letter
""")
T("letter", "en", "cafcass", """
LADO referral
To: Local Authority Designated Officer, {la}
I am writing to refer {F}, who is employed as a teaching assistant at a primary school in {town}, about whom information was received during private law proceedings. The police disclosure received on {d2} records an allegation of assault on a child in {year}, no further action. Mr {Fs} did not disclose this. I should be grateful for your advice on whether this meets the LADO threshold.
{fca}
""")
T("form", "cy", "cymru", """
Asesiad risg a diogelwch
Plentyn: {Cf}     Rhif achos: {cn}
Ymarferydd: {fca}      Dyddiad: {w3}
Risg a nodwyd: cam-drin domestig yn y gorffennol; y fam yn ofni'r tad.
Ffactorau amddiffynnol: cefnogaeth nain; y fam yn ymgysylltu â'r gwasanaeth cam-drin domestig.
Cynllun diogelwch: trosglwyddo'r plentyn yn y ganolfan gyswllt yn unig.
Cytunwyd gan y Rheolwr Ymarfer: {tm}
""")
T("hand", "en", None, """
SAFETY PLAN - with M  {s3}
- handovers at {cc} only
- F not to know new address
- M has IDVA no. + 999
- school aware (pick-up list)
- review after hearing
""")
T("email", "en", "cafcass", """
Dear MASH,

Notice of completion of case - {Cf}, DOB {dob}
I referred this child to you on {d2}. The court proceedings ended on {d5} with a final order that {C} lives with {his} father. Cafcass's involvement has ended. Please update your records; the family's current address is {addr}.

{fca}
Family Court Adviser
""", subj="Cafcass - notice of case completion")
T("ext", "en", "cafcass", """
Harmful conflict - assessment with parents                           Page 3 of 5
3.2 Both parents describe frequent arguments at handovers in front of the children, including shouting and swearing on {s2}.
3.3 Father's insight: limited. Mother's insight: good, but anxious.
3.4 Children's experience: {C} said "I hate Fridays".
4. Conclusion of this tool: the level of conflict is harmful; a parenting plan and changed handover arrangements are required.
""")
T("doc", "bi", "cymru", """
Atgyfeiriad lles / Welfare referral
At / To: {lacy}
Gan / From: {fca}, CAFCASS Cymru
Plentyn / Child: {Cf}
Rheswm / Reason: Dywedodd {C} wrthyf {eifod} yn ofnus gartref. / {C} told me {pron} was frightened at home.
Cais / Request: asesiad o anghenion gofal a chymorth / assessment of care and support needs (Social Services and Well-being (Wales) Act 2014).
""")


# ============================================================================================
# REPORTING TO COURT
# ============================================================================================
# safeguarding-letter. Substance: Cafcass's written report to the court before the FHDRA: the
# results of police and LA checks and of the telephone screening interviews with each parent,
# safeguarding issues identified, and recommendations for the first hearing (s7, fact-finding,
# referrals, interim arrangements). In Wales the Safeguarding Enquiries Report (SER).
K("safeguarding-letter", "the pre-FHDRA report on checks and screening")
T("doc", "en", "cafcass", """
To: {Court}
Case number: {cn}   Hearing: FHDRA {d4}
Children: {Cf} ({age})
1. Enquiries made: police ({pol}), local authority ({la}), telephone interviews with both parents on {d3}.
2. Outcome of checks: Police: two domestic incidents recorded, {year}. LA: not known.
3. Parents' views: Father wants alternate weekends. Mother alleges controlling behaviour; she agrees to indirect contact.
4. Safeguarding issues: domestic abuse allegations which, if proved, would be relevant to arrangements.
5. Recommendation: the court should consider whether a fact-finding hearing is needed before a s7 report.
{fca}, Family Court Adviser
""")
T("ext", "en", "cafcass", """
Report to the court for the first hearing                           Page 1 of 4
Prepared for {court}   Hearing date: {d4}
Applicant: {A}   Respondent: {R}
This report sets out the information Cafcass has obtained from safeguarding checks and telephone conversations with the parties. The Family Court Adviser has not spoken to the child. Information from the police and local authority may not have been shared with the parties and must not be used for any other purpose...
""")
T("letter", "en", "cafcass", """
Dear {judgeS},

Re: {cname} - {cn}

I write with the outcome of the safeguarding enquiries undertaken by Cafcass ahead of the hearing on {d4}.
Local authority: {la} confirm that {C} was subject to a Child in Need plan until {d1}.
Police: {pol} hold no information of concern about either party.
Both parents told me they want to reach agreement. There are no safeguarding issues that would prevent the court from approving an agreement for the children to spend time with their father.

Yours sincerely
{fca}
""")
T("doc", "cy", "cymru", """
Adroddiad Ymholiadau Diogelu
{courtcy}       Rhif yr achos: {cn}
Gwrandawiad: {w4}
1. Ymholiadau: {polcy}; {lacy}; cyfweliadau ffôn gyda'r ddau riant ar {w3}.
2. Canlyniadau: Mae'r heddlu wedi cofnodi un digwyddiad domestig yn {year}. Nid yw'r teulu'n hysbys i'r awdurdod lleol.
3. Barn y rhieni: Mae'r tad eisiau i {C} aros gydag ef bob yn ail benwythnos. Mae'r fam yn cytuno, ar yr amod bod y trosglwyddo'n digwydd yn yr ysgol.
4. Argymhelliad: dim materion diogelu sy'n atal cytundeb.
{fca}, Cynghorydd Llys Teulu
""")
T("email", "en", "cafcass", """
Dear Court,

Please find below the safeguarding information for the FHDRA on {d4} in {cn} (s7 not yet ordered).

Police: {F} - PNC shows conviction for drink driving {year}; 1 domestic call-out to the family home ({s1}), no offences.
LA: known - single assessment {year}, closed.
Parents: both spoken to on {s3}. Mother raised concerns about the father's drinking; father accepts past problems, says he is sober 18 months.
Recommendation: alcohol testing (father) before unsupervised overnight time.

{fca}
Family Court Adviser - Work to First Hearing
""", subj="Safeguarding information {cn} FHDRA {s4}")
T("hand", "en", None, """
Safegnarding letter - DRAFT - {cn}
P0lice: 3 ca11-outs
LA: known (CP {year})
M - fears F, C1A
F - denies
REC: fact find? / s7
""")
T("ext", "en", "cafcass", """
5. Assessment of risk
5.1 The information from the police and the local authority, together with the mother's account, indicates a pattern of abusive behaviour by the father between {year} and {d1}.
5.2 The father denies the allegations.
6. Recommendations for the first hearing
6.1 A fact-finding hearing should be listed. 6.2 Pending that, the father's time with {C} should be indirect. 6.3 Cafcass should be directed to prepare a section 7 report after findings.
{fca}  Family Court Adviser   {d3}
""")
T("doc", "bi", "cymru", """
Adroddiad Ymholiadau Diogelu / Safeguarding Enquiries Report
{courtcy} / {Court}
Rhif yr achos / Case no: {cn}
Crynodeb / Summary: Dim gwybodaeth gan yr heddlu. Hysbys i'r awdurdod lleol (asesiad {year}). / No police information. Known to the local authority (assessment {year}).
Argymhelliad / Recommendation: Dim angen adroddiad adran 7. / No section 7 report needed.
""")
T("letter", "en", "cafcass", """
To the Legal Adviser / District Judge

Information for the first hearing - {cname} ({cn})

Checks outcome: Police - {F} has a caution for common assault on a former partner ({year}). Local authority - the children were subject to a child protection plan from {d1} to the following year (neglect).
Interviews: I spoke to both parents on {d3}.
I recommend a s7 report limited to the children's wishes and feelings and the father's parenting of them, to be filed in 12 weeks.
""")

# section-7-report. Substance: the welfare report ordered under s7 Children Act 1989 (by Cafcass,
# CAFCASS Cymru or a local authority): the enquiries made, the children's wishes and feelings,
# each parent's position, the welfare checklist analysis, risk, and recommendations on child
# arrangements. Long formal document; often arrives as a page, an extract or first/last page.
K("section-7-report", "the s7 welfare report")
T("doc", "en", "cafcass", """
REPORT TO THE COURT UNDER SECTION 7 OF THE CHILDREN ACT 1989
{Court}   Case No {cn}
Author: {fca}, Family Court Adviser    Date: {d5}
1. Introduction: this report was ordered on {d2} to address the children's wishes and feelings, the allegations in the C1A and the arrangements that would best meet {C}'s needs.
2. Enquiries: interviews with each parent; two meetings with {C}; {sch}; {la}; police information.
3. The child's wishes and feelings: {C} said {pron} would like to see {his} dad "but not sleep there yet".
4. Welfare checklist analysis ...
""")
T("ext", "en", "cafcass", """
                                                                  Page {pg} of {pgm}
Welfare checklist - (b) physical, emotional and educational needs
{C} is a healthy {age}-year-old who is doing well at {sch}. {Pron} needs stability, a calm home and protection from adult conflict. The evidence is that both parents can meet {his} physical needs. The mother is better placed at present to meet {his} emotional needs because ...
(c) likely effect of any change in circumstances
A move to live with the father would mean a change of school ...
""")
T("ext", "en", "cafcass", """
10. Recommendations
10.1 {C} should live with {his} mother.
10.2 {C} should spend time with {his} father every other weekend from Saturday 10am to Sunday 4pm, progressing to Friday after school after three months if there are no concerns.
10.3 Handovers should take place at school or at the maternal grandmother's home.
10.4 I do not consider a Family Assistance Order necessary.
{fca}
Family Court Adviser
{d5}
""")
T("doc", "cy", "cymru", """
ADRODDIAD I'R LLYS DAN ADRAN 7 DEDDF PLANT 1989
{courtcy}     Rhif yr achos: {cn}
Awdur: {fca}, Cynghorydd Llys Teulu     Dyddiad: {w5}
1. Cyflwyniad: gorchmynnodd y llys yr adroddiad hwn ar {w2}.
2. Ymholiadau: cyfweliadau gyda'r fam a'r tad; dau gyfarfod gyda {C}; {sch}; {lacy}.
3. Dymuniadau a theimladau'r plentyn: dywedodd {C} yr hoffai weld {eidad} yn amlach.
4. Argymhellion: dylai {C} fyw {gydaifam} a threulio amser {gydaidad} bob yn ail benwythnos.
""")
T("ext", "cy", "cymru", """
Tudalen {pg} o {pgm}
8. Dadansoddiad
8.1 Mae'r ddau riant yn caru {C}. Fodd bynnag, mae'r gwrthdaro rhyngddynt wedi cael effaith ar les emosiynol {C}, fel y nodwyd gan yr ysgol.
8.2 Rwyf wedi ystyried y rhestr les yn adran 1(3) Deddf Plant 1989...
""")
T("email", "en", "la", """
Dear Court,

Section 7 report - {cname} ({cn})

This report is prepared by {la} under s7 CA 1989 as the family is open to the Child in Need team. Author: {sw}, social worker.
Summary: The children have been visited at home four times. {Cs} both wish to continue seeing their father. The LA has no safeguarding concerns about the father's care. Recommendation: shared care, week on / week off.
The full report follows below.
...
""", subj="s7 report - {cn}")
T("hand", "en", None, """
REP0RT TO C0URT
s.7 CA 1989  {cn}
...children's wishes: {C} wants "to see dad at weekends and have a phone"...
Page {pg} of {pgm}
""")
T("table", "en", "cafcass", """
Welfare report - summary of enquiries (annex A)
Source | Date | Method
{M} | {s2} | home visit
{F} | {s2} | office
{C} | {s3} | school, alone
{C} | {s4} | observation with father
{sch} (DSL) | {s3} | telephone
{la} | {s2} | records check
{pol} | {s1} | PNC/local
""")
T("letter", "en", "cafcass", """
REPORT TO THE COURT (CHILDREN ACT 1989 s7)
Confidential - this document must not be disclosed except to the parties and their legal representatives.

Part 1 - Why I am reporting
The court asked me to report on where {C} should live and how much time {pron} should spend with each parent, following the fact-finding hearing on {d3} at which findings were made against the father.
Part 2 - What I have done
...
""")

# guardian-analysis. Substance: the children's guardian's analysis and recommendations in public
# law proceedings (initial analysis for the CMH, interim, final analysis for the IRH/final
# hearing): the child's circumstances, the LA's care plan, threshold and placement options,
# the child's wishes, welfare checklist, recommendation on the orders sought.
K("guardian-analysis", "the children's guardian's analysis and recommendations")
T("doc", "en", "cafcass", """
Initial analysis and recommendations
Case: {la} v {M} and {F}   {cn}
Children's guardian: {fca}     Case management hearing: {d3}
1. Summary: the local authority applied for interim care orders on {d1} following {C}'s admission to hospital with an unexplained injury.
2. Work done: I have read the application and the SWET; met {C} at the foster placement; spoken to both parents and the social worker.
3. Interim care plan: I support separation at this stage.
4. Timetable: I recommend an ISW assessment of the maternal grandmother and a psychological assessment of the mother.
""")
T("ext", "en", "cafcass", """
Final analysis                                                      Page {pg} of {pgm}
9. Placement options
9.1 Return to mother: the mother has made real progress with her alcohol use but the expert's view is that relapse risk remains high within the child's timescale.
9.2 Special guardianship with {GM}: positive ISW assessment; strong existing bond; the support plan needs amendment.
9.3 Long-term foster care: would not meet {C}'s need for family identity.
10. Recommendation: special guardianship order to {GM}, with a supervision order for 12 months.
""")
T("email", "en", "cafcass", """
Dear all,

Please find below my interim position for the hearing on {d4} ({cn}). A full analysis will follow for the IRH.
- I support the LA's application for a further assessment of the father.
- I do not support the reduction of the mother's contact to once a week; {C} is very distressed at the end of sessions but this reflects attachment.
- I agree to the timetable proposed.

{fca}
Children's Guardian
""", subj="Guardian's interim analysis {cn}")
T("doc", "cy", "cymru", """
Dadansoddiad ac argymhellion y gwarcheidwad plant
{courtcy}      Rhif yr achos: {cn}
Gwarcheidwad plant: {fca}
1. Cefndir: gwnaeth {lacy} gais am orchymyn gofal ar {w1}.
2. Dymuniadau a theimladau {C}: mae {C} yn dweud yr hoffai aros gyda'i nain.
3. Asesiad: rwyf wedi ystyried y rhestr les yn adran 1(3) ac mae'r trothwy wedi'i gyrraedd.
4. Argymhelliad: gorchymyn gwarcheidiaeth arbennig i'w nain.
""")
T("ext", "en", "cafcass", """
ANALYSIS - children's guardian
Welfare checklist (s1(3) CA 1989 and s1(4) ACA 2002)
(a) Wishes and feelings: {C} ({age}) says {pron} wants to "go home to mummy". {C2} is too young to express a view.
(b) Needs: both children need permanence within their timescales...
(e) Harm: the children have suffered significant harm through neglect and exposure to domestic abuse; the threshold is conceded.
""")
T("hand", "en", None, """
GUARDIAN - analysis notes for IRH {cn}
threshold - agreed doc
options: home (M) X, GM (SGO) ✓, LTFC
C wants GM "forever"
rec: SGO + SO 12m
""")
T("letter", "cy", "cymru", """
Dadansoddiad cychwynnol
I: {courtcy}
Plant: {Csy}
Gwarcheidwad: {fca}
Rwyf wedi cwrdd â'r plant yn eu lleoliad maeth ar {w2}. Rwy'n cefnogi'r cynllun gofal interim a'r amserlen arfaethedig, gan gynnwys asesiad seicolegol o'r rhieni.
""")
T("table", "en", "cafcass", """
Children's guardian - final analysis - summary of recommendations
Issue | LA position | Parents | Guardian
Threshold | met | mother accepts, father disputes | met
Placement | adoption | return home | adoption
Contact post-placement | letterbox | direct monthly | letterbox + review
Order | care + placement orders | dismiss | care + placement orders
""", rc=None)

# letter-to-court. Substance: a practitioner's letter to the court in place of a report: an
# update during a Family Assistance Order or at its end, a request for an extension of time to
# file, notice that a child cannot be seen, an update on new safeguarding information, a reply
# to the judge's query. Written by the FCA/guardian to the judge or court.
K("letter-to-court", "practitioner's letter to the court in place of a report")
T("letter", "en", "cafcass", """
Dear {judgeS},

Re: {cname} - {cn}
Family Assistance Order made {d1}

I write at the end of the Family Assistance Order to update the court. Over the six months I have met the family on eight occasions. Handovers now take place at school and the parents communicate through a co-parenting app. {C} has spent alternate weekends with {his} father without incident.
I do not consider any further order is needed.

Yours sincerely
{fca}
Family Court Adviser
""")
T("email", "en", "cafcass", """
Dear Court,

{cn} - request for extension of time
I am the FCA directed to file a s7 report by {d4}. I have not yet received the police information about the father's partner, which I consider essential. I respectfully request an extension to {d5}. I have informed the parties' representatives, who do not object.

Kind regards
{fca}
Family Court Adviser
""", subj="{cn} - extension request")
T("doc", "en", "cafcass", """
To: {judge}
From: {fca}, Children's Guardian
Date: {d4}

Update on the children's welfare
I write to inform the court that on {d3} {C} was moved to a new foster placement in an emergency after the previous carers gave notice. {Pron} is settling well. The move has no effect on the timetable, but the court should know of it before the IRH.
""")
T("letter", "cy", "cymru", """
Annwyl {judgecy},

{cn}
Ysgrifennaf i hysbysu'r llys nad wyf wedi gallu cwrdd â {C} hyd yma, gan fod y fam wedi canslo dau apwyntiad. Rwy'n gofyn yn barchus am estyniad o dair wythnos i gyflwyno'r adroddiad.

Yn gywir
{fca}
Cynghorydd Llys Teulu, CAFCASS Cymru
""")
T("email", "en", "cafcass", """
Dear {judgeS},

Further to your Honour's query at the hearing on {d3}, I confirm that I spoke to the headteacher at {sch} on {d4}. The school has no record of the incident described by the father. The school confirms both parents are named contacts.
I hope this assists the court.

{fca}
""", subj="{cn} response to the court's query")
T("hand", "en", None, """
To the Court  {cn}
I write to confirm I have met {C} and {his} views are as in my report.
New info: M has moved to {town}.
No change to recs.
{fca}  FCA
""")
T("ext", "en", "cafcass", """
...as directed at paragraph 6 of the order of {d2}.
2. Since my report dated {d3}, the father has completed the domestic abuse perpetrator programme; the provider's closing report is positive.
3. The mother now agrees to unsupervised time on alternate Saturdays.
4. In the circumstances I do not need to attend the hearing on {hd} and ask to be excused.
{fca}, Family Court Adviser, {d4}
""")
T("letter", "bi", "cymru", """
At y Llys / To the Court
Achos / Case: {cn}
Diweddariad yn ystod y Gorchymyn Cymorth i Deuluoedd / Update during the Family Assistance Order
Mae'r trefniadau'n gweithio'n dda. / The arrangements are working well.
{fca}
""")

# addendum-report. Substance: a further/updating report after an earlier s7 report or analysis:
# addendum s7, addendum safeguarding letter (new checks on a new partner), guardian's addendum
# analysis, update report after a fact-finding or an assessment; refers back to the earlier one.
K("addendum-report", "a further report updating an earlier one")
T("doc", "en", "cafcass", """
ADDENDUM TO THE REPORT DATED {d2}
{Court}   {cn}
1. Purpose: at the hearing on {d3} the court directed an addendum to address the outcome of the father's hair strand test and the children's views on overnight stays.
2. Update: the test results (dated {d4}) show no cocaine use for the 3 months tested.
3. The children's views: {C} told me on {d4} {pron} would like to stay over at dad's "if my sister comes too".
4. Recommendation: the recommendations at paragraph 10 of my earlier report stand, with overnight stays to begin now.
""")
T("ext", "en", "cafcass", """
Update report                                                       Page 1 of {n}
This report should be read with my report of {d2}, which I do not repeat.
Since that report the court has held a fact-finding hearing and made findings that the father behaved in a coercive and controlling way towards the mother. I have reconsidered my recommendations in light of those findings...
""")
T("letter", "en", "cafcass", """
Further safeguarding information
{cname}   {cn}
Further to my safeguarding letter of {d2}, I have now received the checks on the mother's new partner, {P}.
{pol}: no trace. {la}: known as an adult in a household subject to a CIN plan ({year}), closed.
I do not consider this changes my recommendation.
{fca}
""")
T("doc", "cy", "cymru", """
Adroddiad atodol i'r adroddiad dyddiedig {w2}
{courtcy}    {cn}
Pwrpas: gofynnodd y llys ar {w3} am ddiweddariad ar ddymuniadau {C} ar ôl i'r tad symud tŷ.
Diweddariad: cwrddais â {C} yn yr ysgol ar {w4}. Mae {C} yn hapus i aros {gydaidad} dros nos.
Argymhelliad: mae'r argymhellion gwreiddiol yn sefyll.
""")
T("email", "en", "cafcass", """
Dear Court,

Guardian's addendum analysis - {cn}
Further to my final analysis dated {d3}, the court asked me to comment on the revised care plan filed on {d4}. I support the amended plan for contact with the siblings (six times a year) and now support the making of a placement order.

{fca}
Children's Guardian
""", subj="Addendum analysis {cn}")
T("hand", "en", None, """
ADDEND. - {cn}
since last rpt {s2}:
- F neg drug test
- C still wants o/n
rec: as before + o/n
""")
T("ext", "cy", "cymru", """
Atodiad - Tudalen 2
...yn dilyn canlyniadau'r profion alcohol, nid oes rheswm bellach dros oruchwylio'r cyswllt. Felly rwy'n diwygio fy argymhelliad ym mharagraff 9.2 o'm hadroddiad gwreiddiol.
{fca}
""")
T("table", "en", "cafcass", """
Supplementary report - what has changed since {s2}
Item | Previous position | Current position
Father's housing | sofa surfing | 2-bed flat, {town}
Contact | supervised, fortnightly | supported, weekly
Child's view | unsure | wants more time
Recommendation | supervised | unsupervised day contact
""")
T("letter", "en", "la", """
Addendum section 7 report
{la}, Children's Social Work Service
This addendum follows the LA report of {d2}. Since then the mother has moved to a refuge and the children have started at a new school. The LA has completed a further visit and spoken to the children. Their wishes are unchanged.
{sw}, Social Worker
""")


# ============================================================================================
# DIRECT WORK
# ============================================================================================
# letter-from-child. Substance: a letter, note, card or message the child writes to the
# practitioner or to the judge: what they want, who they love, worries, often misspelt,
# sometimes typed or sent from a parent's phone/e-mail. Saved in direct work.
K("letter-from-child", "a child's own letter or note")
T("hand", "en", None, """
Dear {fcaf}
I want to live with my mum and see my dad at the weekends. I dont want to go to dads on a school night becuase I get tired. Please tell the judge.
from {C} age {age}
x x x
""")
T("hand", "en", None, """
To the judge
My name is {C}. I am {age}. I like football and my dog Bailey. I miss my dad and I want to see him more. Mum says its up to you.
Thank you for reading my letter
{C}
""")
T("email", "en", "web", """
This is from {C}, I am typing it on my mums phone because I wanted to send it to you myself.

Dear {fcaf},
you said I could write to you if I thought of anything else. I remembered that I dont like it when {P} shouts at mum. I still want to go to dads on saturdays. please dont tell dad I said about {P}.
from {C}
""", subj="from {C}", src="email")
T("hand", "cy", None, """
Annwyl {fcaf},
Dw i eisiau byw efo Mam a gweld Dad ar y penwythnos. Dw i'n hoffi mynd i dy Nain. Plis deud wrth y barnwr.
Cariad,
{C} ({age} oed)
""")
T("hand", "cy", None, """
I'r barnwr
Helo. {C} ydw i. Rydw i'n {age} oed ac rydw i'n mynd i {sch}. Dw i'n colli fy nhad. Hoffwn ei weld o bob wythnos os gwelwch yn dda.
Diolch
{C}
""")
T("doc", "en", None, """
Things I want the court to know
by {C}

1. I am happy at school and I have lots of friends.
2. I don't want to change schools.
3. I like going to my dad's but I want to come home on Sunday not Monday.
4. I want mum and dad to stop arguing on the doorstep.

I wrote this myself. My teacher helped with the spelling.
""")
T("hand", "en", None, """
{fcaf}
why do i hav to see him. i said no last time. i dont want to go to the centre. {C}
""")
T("email", "en", "web", """
hi its {C}
i got your email address from the leaflet. i just want to say i am ok and i want to stay at nans. i am scared of going back home. please can you ring me not mum.
{C}
""", subj="", src="email")
T("ext", "en", "cafcass", """
[typed copy of handwritten letter handed to FCA at school on {s3} - original returned to child]
Dear Cafcass lady,
I want to say that I love both my mum and my dad. I want to have two houses like my friend Ellie. I dont want to pick.
Love {C}
""")
T("hand", "en", None, """
DEAR JUDGE
PLEASE LET ME LIVE WITH MY DAD
HE HELPS ME WITH MY HOMEWORK
AND I FEEL SAFE THERE
{C} {CS}
""")

# child-drawing. Substance: a child's drawing done in direct work or brought in: family, houses,
# feelings faces, "my world"; scanned, so the text layer is mostly labels, captions, the
# practitioner's annotation of date/child/what was asked. Saved in direct work.
K("child-drawing", "a child's drawing (text layer = labels and annotations)")
T("hand", "en", None, """
ME   MUM   {C2}   NANNY
DADS HOUSE
(dog)  sun
by {C}
""")
T("hand", "en", None, """
My family
mum  me  baby  {P}
[crossed out]
{C} {age}
FCA note: drawn during school visit {s3}; {C} asked to draw "the people at home".
""")
T("hand", "en", None, """
happy   sad   angry   scared
when I go to dads  -> happy
when they shout  -> scared
{C}
""")
T("hand", "cy", None, """
Fy nheulu i
Mam   fi   {C2}   Taid
tŷ Dad
gan {C}
""")
T("hand", "cy", None, """
Tŷ Mam  -  hapus
Tŷ Dad  -  hapus
Ysgol  -  trist
{C} ({age})
Nodyn yr ymarferydd: llun wedi'i dynnu yn ystod gwaith uniongyrchol, {w3}.
""")
T("hand", "en", None, """
MY WORLD
football  xbox  school  dad
mum  nan  {C2}
I love you all
""")
T("hand", "en", None, """
to {fcaf}
from {C}
[picture of a house with two doors]
this is mums house and this is dads house and I am in the middle
""")
T("hand", "en", None, """
Worries monster
things I give to the monster:
- shouting
- going to court
- dad not coming
{C} {s4}
""")
T("ext", "en", "cafcass", """
Scanned image - drawing by {C} ({age}), completed at home visit on {d3}.
Caption written by {C}: "me and my mum at the park".
Practitioner's note: {C} drew {him}self holding {his} mother's hand; father not included. When asked, {C} said "Daddy is at work".
""")
T("hand", "en", None, """
i   l  ove   my   dad
{C}
[drawing - two figures, heart]
""")

# direct-work-record. Substance: the record of direct work with the child and the tools used:
# 'My needs, wishes and feelings' packs, three houses, wishes and feelings worksheets, 'all about
# me', scaling, ecomap; notes of what the child said in the session. Written by the FCA, or a
# worksheet filled in by the child with the FCA. Saved in direct work.
K("direct-work-record", "record of direct work with the child, tools used with children")
T("form", "en", "cafcass", """
My needs, wishes and feelings
My name is: {C}       I am {age} years old
The people in my family are: mum, {C2}, dad, nanny {GM}
Things that make me happy: swimming, my dad's dog, Fridays
Things that worry me: mum and dad arguing
If I could change one thing: "everyone being nice to each other"
What I want the judge to know: I want to see dad more
Completed with: {fca}   Date: {s3}   Venue: {sch}
""")
T("doc", "en", "cafcass", """
Direct work session - record
Child: {Cf}   Date: {d3}   Venue: quiet room at {sch}
Practitioner: {fca}
Tools used: Three Houses (house of worries, house of good things, house of dreams); scaling 1-10
{C} engaged well. House of worries: "when dad gets cross in the car". House of good things: "playing Minecraft with dad", "mum's spaghetti". House of dreams: "everyone at my birthday".
Scaling: happiness at mum's 9, at dad's 7.
Analysis: {C} has a warm relationship with both parents and is aware of conflict.
""")
T("hand", "en", None, """
ALL ABOUT ME
name: {C}
age: {age}
fav food: pizza
I live with: mum + {C2}
I see dad: sundays
3 wishes: 1. a puppy 2. mum + dad be friends 3. go to disneyland
""")
T("form", "cy", "cymru", """
Fy Nymuniadau a'm Teimladau
Fy enw i yw: {C}      Rydw i'n {age} oed
Pwy sy'n byw yn fy nhŷ i: Mam, {C2}, a fi
Beth sy'n fy ngwneud i'n hapus: chwarae pêl-droed, mynd at Nain
Beth sy'n fy mhoeni i: pan mae Mam a Dad yn gweiddi
Beth hoffwn i'r barnwr wybod: dw i eisiau gweld Dad
Gyda: {fca}     Dyddiad: {w3}
""")
T("doc", "cy", "cymru", """
Cofnod gwaith uniongyrchol
Plentyn: {Cf}    Dyddiad: {w3}    Lleoliad: {sch}
Ymarferydd: {fca}
Offer: 'Tri Thŷ' a graddfa 1-10
Roedd {C} yn barod i siarad. Yn y tŷ pryderon rhoddodd "pan mae Dad yn hwyr". Yn y tŷ pethau da rhoddodd "gwyliau gyda Mam".
Dadansoddiad: mae gan {C} berthynas gynnes gyda'r ddau riant.
""")
T("ext", "en", "cafcass", """
Wishes and feelings work - session 2 of 2                           Page 2 of 2
...I used the 'sentence completion' cards. {C} completed: "My dad is... funny", "My mum is... kind but sad", "I feel scared when... the police came".
I asked {C} where {pron} would like to live. {Pron} said "at mum's, but I want to sleep at dad's sometimes".
I explained that the judge would decide and that I would tell the judge what {pron} said. {C} asked me to tell the judge {pron} wants {his} own room at dad's.
""")
T("table", "en", "cafcass", """
Ecomap - {C}
Person	Closeness (1-5)	Comment
Mum	5	"best"
Dad	4	"fun, sometimes shouty"
{C2}	3	"annoying"
Nanny {GM}	5	sees every week
Teacher Miss Lane	4	"helps me"
{P}	1	"don't like him"
Completed {s3} with {fca}
""")
T("hand", "en", None, """
scale 0-10 how safe do you feel at:
mum's  8
dad's  3  "when he's drunk"
school 10
{C} {s3}
""")
T("email", "en", "cafcass", """
Typed up from my session notes - direct work with {C}, {d3}, at the contact centre.
We did the 'bag of feelings' activity. {C} chose "excited" and "nervous" for seeing dad, and "sad" for when it ends. {Pron} said {pron} would like to see dad at the park, not at the centre.
{C2} (age {age2}) joined for the last 10 minutes and drew a picture of dad's car.
{fca}
""", subj="DW {C} {s3}")

# child-meets-judge. Substance: the note of a child meeting the judge (FJC guidelines 2010):
# who was present (judge, FCA/guardian, sometimes the clerk), where, what was explained (the
# judge does not gather evidence, decisions are for the judge), what the child said, and how
# the parties were told. Usually written by the judge or by the FCA/guardian.
K("child-meets-judge", "note of the child meeting the judge")
T("doc", "en", "court", """
Note of meeting between {judge} and {Cf}
Date: {d4}   Place: judge's room, {courtn}
Present: the judge; {fca} (Family Court Adviser); {C}
The judge explained that she was not going to ask questions about what had happened and that the decision would be hers. {C} told the judge about {his} football team and {his} friends. {C} said {pron} wanted the judge to know that {pron} loves both parents. The judge explained that this note would be shared with the parents.
Note taken by the Family Court Adviser and approved by the judge.
""")
T("email", "en", "cafcass", """
Dear all,

As agreed at the last hearing, {C} met {judgeS} at court today at {t1}. I was present. The meeting lasted 15 minutes. My note of the meeting is below; the judge has approved it for circulation.

{C} said hello and gave the judge a picture. {Pron} asked whether {pron} would have to "choose". The judge said no. {C} asked the judge to make sure {pron} could still see Grandma.

{fca}
""", subj="{cn} note of child's meeting with the judge")
T("hand", "en", None, """
{C} met judge {s4}
judge's chambers. me (FCA) present
C nervous -> relaxed
asked "will dad be cross?"
told judge wants to stay at sch
judge explained decision = hers
note to parties
""")
T("doc", "cy", "cymru", """
Nodyn o gyfarfod rhwng {Cf} a'r barnwr
Dyddiad: {w4}    Lle: ystafell y barnwr, {courtcy}
Yn bresennol: {judgecy}; {fca} (CAFCASS Cymru); {C}
Esboniodd y barnwr nad oedd yn casglu tystiolaeth. Dywedodd {C} {eifod} yn hapus yn yr ysgol ac eisiau gweld y ddau riant.
Cafodd y nodyn ei rannu â'r partïon.
""")
T("ext", "en", "court", """
Record of the meeting with the child
1. In accordance with the Guidelines for Judges Meeting Children who are subject to Family Proceedings (April 2010), I met {C} in my room on {d4}, with the guardian present.
2. I explained to {C} that I could not keep secrets and that what {pron} told me would be passed to {his} parents.
3. {C} told me {pron} was happy in foster care but wanted to see {his} brother more often.
{judge}
""")
T("letter", "bi", "cymru", """
Nodyn o'r cyfarfod / Note of the meeting
{Cf} a/and {judgecy}
{w4}
Dywedodd {C} wrth y barnwr {eifod} eisiau aros yn yr ysgol. / {C} told the judge {pron} wanted to stay at {his} school.
Cofnodwyd gan / Recorded by: {fca}
""")
T("email", "en", "court", """
Dear Parties,

Please see below the note of the judge's meeting with {C} on {d4}, as approved by {judge}.
"The child was brought to court by the Children's Guardian. We met for about 20 minutes. {C} talked about {his} hobbies and said {pron} wants to live with {his} grandmother. I explained my role."

Family Public Law Team
{Court}
""", subj="{cn} - note of meeting")
T("form", "en", "cafcass", """
Child meeting judge - record
Case: {cn}
Date and time: {s4} {t1}
Judge: {judge}
Present: {fca} (FCA), court usher (briefly)
Child's age: {age}
Purpose explained to child: [X] yes
What the child said: wants more time with dad, wants mum to "not be sad"
Shared with parties: [X] orally at hearing  [ ] in writing
""")
T("hand", "cy", None, """
{C} + barnwr  {s4}
- nerfus ar y dechrau
- eisiau aros gyda nain
- gofyn am gi!
nodyn i'r partion
{fca}
""")


# ============================================================================================
# COURT ORDERS
# ============================================================================================
# court-order. Substance: substantive orders made by the court: child arrangements orders
# (lives with / spends time with), prohibited steps and specific issue orders, interim and final
# care and supervision orders, placement orders, special guardianship orders, family assistance
# orders, s91(14) orders, non-molestation and occupation orders (FL404). Sealed, with recitals
# ("UPON...", "IT IS ORDERED THAT"), the judge, date, warning notices (C78, penal notice).
K("court-order", "a substantive order of the court")
T("doc", "en", "court", """
IN THE FAMILY COURT sitting at {courtn}          No: {cn}
The Children Act 1989
The child: {Cf} (a {son}) born {dob}
Before {judge} on {d5}
UPON hearing the applicant father in person and counsel for the respondent mother
AND UPON the court having read the s7 report of {fca}
IT IS ORDERED THAT:
1. {C} shall live with the mother.
2. {C} shall spend time with the father every alternate weekend from Friday 4pm to Sunday 5pm.
3. This is a final order.
WARNING: where a child arrangements order is in force, if you do not comply you may be held in contempt of court...
""")
T("ext", "en", "court", """
Recitals
A. The parties agree that the child's welfare is the court's paramount consideration.
B. The mother undertakes not to remove the child from the jurisdiction of England and Wales without the father's written consent.
Order
1. The father is prohibited from removing {Cf} from the care of the mother or from {sch}, save for the time set out in paragraph 2.
2. ...
Dated {d4}
""")
T("form", "en", "court", """
Interim care order (Form C33)
Case no: {cn}       Court: {Court}
The court orders that the child {Cf}, born {dob}, be placed in the care of {la}.
This order ends on the making of a final order or earlier if the court so orders.
Ordered by: {judge}    Date: {d2}
Seal
""")
T("doc", "en", "court", """
FAMILY LAW ACT 1996 - NON-MOLESTATION ORDER (FL404a)
The respondent {F} is forbidden to use or threaten violence against the applicant {M}, and must not instruct, encourage or in any way suggest that any other person should do so.
The respondent is forbidden to go within 100 metres of {addr}.
This order lasts until {d5} at 4pm.
IMPORTANT NOTICE TO THE RESPONDENT: if without reasonable excuse you do anything which you are forbidden from doing by this order you will be committing a criminal offence...
""")
T("doc", "cy", "court", """
YN Y LLYS TEULU yn eistedd {yn_court}      Rhif: {cn}
Deddf Plant 1989
Y plentyn: {Cf}, a aned ar {dob}
Gerbron {judgecy} ar {w5}
GORCHMYNNIR:
1. Bydd {C} yn byw gyda'r fam.
2. Bydd {C} yn treulio amser gyda'r tad bob yn ail benwythnos, o 10am ddydd Sadwrn hyd at 5pm ddydd Sul.
3. Dyma orchymyn terfynol.
""")
T("doc", "bi", "court", """
Gorchymyn Cymorth i Deuluoedd / Family Assistance Order
Adran 16 Deddf Plant 1989 / Section 16 Children Act 1989
Rhif / No: {cn}
Mae'r llys yn gorchymyn bod swyddog CAFCASS Cymru ar gael i gynghori, cynorthwyo a chyfeillio'r bobl a enwir am 6 mis.
The court orders that an officer of CAFCASS Cymru be made available to advise, assist and befriend the persons named for 6 months.
{w4}
""")
T("hand", "en", None, """
0RDER - {cn} - SEALED {s5}
SPECIAL GUARDIANSHIP 0RDER in favour of {GM}
re {Cf} b. {dob}
supervision 0rder 12 months to {la}
{judgeS}
""")
T("email", "en", "court", """
ORDER
Case {cn}. Before {judge}, {d5}, remote hearing.
1. The application for a prohibited steps order is dismissed.
2. Pursuant to s91(14) Children Act 1989, no application for a child arrangements order may be made by the father without leave of the court until {d5} plus two years.
3. No order as to costs.
(Sent by e-mail to the parties and Cafcass; sealed copy to follow.)
""", subj="{cn} order {s5}")
T("ext", "en", "court", """
                                                              Page 2 of 2
4. The local authority shall ensure the child has contact with the mother a minimum of once a month, supervised.
5. The care order made on {d5} replaces the interim care order.
6. Placement order under s21 Adoption and Children Act 2002 authorising {la} to place the child for adoption.
Dated this {d5}
By the Court
""")
T("letter", "en", "court", """
CHILD ARRANGEMENTS ORDER (BY CONSENT)
Parties: {A} (applicant) and {R} (respondent)
Upon the parties agreeing the terms set out in the schedule,
By consent IT IS ORDERED:
1. The children {Cs} shall live with both parents (shared lives with order).
2. The children shall spend Christmas Day in alternate years with each parent.
""")

# directions-order. Substance: case management orders: gatekeeping/allocation, FHDRA and CMH
# orders giving directions (filing of statements, s7 report directed, hair strand testing, DNA,
# expert permission, timetable, listing of DRA/IRH/final hearing), adjournments, PD12J
# directions, notices of listing with directions. Includes an order directing a report.
K("directions-order", "a case management / directions order")
T("doc", "en", "court", """
CASE MANAGEMENT ORDER
{Court}   Case {cn}
Before {judge} on {d3}
1. Cafcass shall file and serve a section 7 report by 4pm on {d5} addressing: (a) the child's wishes and feelings; (b) the allegations in the C1A; (c) the arrangements for the child.
2. The father shall file a statement by {d4}.
3. The matter is listed for a dispute resolution appointment on ... time estimate 1 hour.
4. Costs reserved.
""")
T("ext", "en", "court", """
ORDER - DIRECTIONS
UPON the court considering the safeguarding letter dated {d2}
IT IS ORDERED:
1. The father shall undertake hair strand testing for cocaine, cannabis and alcohol for the preceding 6 months, by {lab}, costs to be met by the father.
2. Permission is given to disclose the court papers to the laboratory.
3. The results to be filed by {d4}.
4. Listed for DRA on {d5} at {t1}.
""")
T("form", "en", "court", """
Gatekeeping and allocation decision (Form C100 / FHDRA)
Case no: {cn}
Allocation: Lay justices [ ]  District Judge [X]  Circuit Judge [ ]
Directions: 1. Cafcass to file a safeguarding letter by {d3}. 2. FHDRA listed on {d4} at {t1}, 1 hour, attended.
3. The respondent to file a C7 acknowledgement.
Legal adviser: {psol2}   Date: {s2}
""")
T("email", "en", "court", """
ORDER
Upon the court reading the FCA's letter dated {d3}, and without a hearing:
1. The time for filing the s7 report is extended to {d5}.
2. The DRA on {d4} is vacated and re-listed on a date to be fixed.
3. The parties may apply to set aside or vary this order within 7 days.
District Judge, {d3}
""", subj="{cn} - order on paper")
T("doc", "cy", "court", """
GORCHYMYN CYFARWYDDIADAU
{courtcy}    Rhif: {cn}
Gerbron {judgecy} ar {w3}
1. Bydd CAFCASS Cymru yn paratoi adroddiad o dan adran 7 erbyn {w5}.
2. Bydd y tad yn ffeilio datganiad erbyn {w4}.
3. Rhestrir yr achos ar gyfer gwrandawiad datrys anghydfod.
""")
T("ext", "cy", "court", """
Cyfarwyddiadau
1. Caniatâd i gyfarwyddo seicolegydd i asesu'r rhieni.
2. Bydd cyfreithiwr y plentyn yn drafftio llythyr cyfarwyddo erbyn {w3}.
3. Adroddiad yr arbenigwr i'w ffeilio erbyn {w5}.
""")
T("doc", "en", "court", """
STANDARD DIRECTIONS ON ISSUE - PUBLIC LAW OUTLINE
{la} v {M} and {F}      {cn}
1. The proceedings are allocated to a circuit judge.
2. A children's guardian shall be appointed (Cafcass).
3. Case management hearing on {d3}; the guardian's initial analysis to be filed 2 days before.
4. The local authority shall serve its social work evidence template and care plan by {d2}.
""")
T("hand", "en", None, """
directions {s3}   {cn}
1. s7 - Cafcass - {s5}
2. F hair strand
3. DRA - list 1st open date after {s5}
(legal adviser's note)
""")
T("letter", "en", "court", """
ORDER - FINDING OF FACT HEARING DIRECTIONS
Practice Direction 12J applies.
1. The mother shall file a Scott Schedule of no more than 6 allegations by {d3}.
2. The father shall respond by {d4}.
3. {pol} shall disclose records of call-outs to the family home between {year} and the date of this order.
4. The fact-finding hearing is listed for 2 days commencing {d5}.
""")

# ============================================================================================
# COURT PAPERS
# ============================================================================================
# application. Substance: applications to the court: C100 (child arrangements/PSO/SIO), C1A
# (allegations of harm), C2 (in proceedings), C79 (enforcement), C110A (care/supervision),
# FL401 (non-molestation/occupation), C66 (inherent jurisdiction), A-forms; with applicant,
# respondent, children, orders sought, MIAM exemption, risk questions.
K("application", "an application to the court")
T("form", "en", "firm", """
C100  Application under the Children Act 1989 for a child arrangements, prohibited steps or specific issue order
Section 1 - About you: {A}, {addr}
Section 2 - The children: {Cf} ({dob})
Section 3 - What are you asking the court to do? [X] Child arrangements order - spend time with
Section 4 - MIAM: exemption claimed - domestic abuse evidence
Section 5 - Safety concerns: Yes (see C1A)
Statement of truth signed {s1}
""")
T("ext", "en", "firm", """
Supplemental information form - allegations of harm and domestic abuse (C1A)
Page 3 of 7
Describe the behaviour you are concerned about:
1. On {d1} the respondent pushed me into the kitchen door in front of {C}. Police attended.
2. From {year} he checked my phone and stopped me seeing my friends.
3. He has threatened to take {C} abroad.
Have the children seen or heard the abuse? Yes
""")
T("form", "en", "la", """
Form C110A - Application for a care or supervision order
Applicant: {la}    Social worker: {sw}
Child: {Cf} born {dob}
Order sought: [X] care order  [X] interim care order
Grounds: the child is suffering, or is likely to suffer, significant harm attributable to the care given... (neglect, exposure to domestic abuse)
Urgency: short notice hearing requested
""")
T("form", "cy", "firm", """
Cais o dan Ddeddf Plant 1989 (C100)
Adran 1 - Amdanoch chi: {A}
Adran 2 - Y plant: {Cf}, dyddiad geni {dob}
Adran 3 - Beth ydych chi'n gofyn i'r llys ei wneud? Gorchymyn trefniadau plant (treulio amser gyda)
Adran 4 - MIAM: wedi mynychu ar {w1}
Llofnod: {A}   Dyddiad: {w1}
""")
T("email", "en", "firm", """
APPLICATION NOTICE (C2)
In the matter of {Cs}, {cn}
The applicant father applies for: an order that the respondent mother make the children available for the half-term contact she has cancelled, and for the hearing of {d4} to be brought forward.
Reason: the mother has not complied with para 2 of the order of {d2}.
Draft order attached. Fee paid by PBA.
""", subj="C2 application {cn}")
T("doc", "en", "firm", """
FL401  Application for a non-molestation order / an occupation order
The applicant: {M}
The respondent: {F}, relationship: former cohabitant
Orders applied for: non-molestation order; occupation order in respect of {addr}
The applicant asks for the order without notice because of the risk of significant harm...
""")
T("hand", "en", None, """
C79 - enforcement of CA0
I want the court to enf0rce the order of {s2}.
She has stopped c0ntact since {s3}
 - 4 weekends missed
Signed {A}
""")
T("table", "en", "court", """
Application received - summary (HMCTS case management)
Case number	{cn}
Application type	C100 - CAO (live with), PSO
Applicant	{A} (in person)
Respondent	{R}
Children	{Cf}
C1A attached	Yes
Urgency	Without notice hearing refused; list FHDRA
Issue date	{s1}
""")
T("ext", "bi", "court", """
C1A - Gwybodaeth atodol: honiadau o niwed a cham-drin domestig / Supplemental information: allegations of harm and domestic abuse
Disgrifiwch yr ymddygiad / Describe the behaviour:
Ar {w1} roedd y tad wedi bygwth mynd â {C} i ffwrdd. / On {d1} the father threatened to take {C} away.
""")

# position-statement. Substance: a party's short written position for a hearing: the parties,
# the background in brief, what is agreed and disputed, what the party seeks today, the
# proposed directions. Written by counsel/solicitors or the LA; sometimes a litigant in person.
K("position-statement", "a party's written position for a hearing")
T("doc", "en", "firm", """
IN THE FAMILY COURT AT {COURTN}                            {cn}
BETWEEN {A} Applicant and {R} Respondent
MOTHER'S NOTE FOR THE HEARING ON {D4}
1. The mother is the respondent. She is represented by {psol} of {firm}.
2. The mother's position: she agrees to the children seeing their father, supervised at {cc}, pending the s7 report.
3. She opposes overnight stays because of the matters in her C1A.
4. Directions sought: hair strand testing of the father; fact-finding.
""")
T("ext", "en", "la", """
Local authority case summary and position for the IRH
Page 1 of {n}
The local authority's final care plan is for {C} to remain in the care of the maternal grandmother under a special guardianship order. The LA seeks: (a) an SGO to {GM}; (b) a 12-month supervision order.
Issues for the court: whether the parents' contact should be monthly or bi-monthly...
""")
T("email", "en", "web", """
Father's position (I am acting in person)
I want the court to order that {C} comes to me every other weekend like before. I have done the course. I do not accept what the mother says in the C1A. I would agree to the drug test if the court says so. I want the Cafcass report to talk to my mum {GM} as well.
{F}
""", subj="position for court {s4}", src="email")
T("doc", "cy", "firm", """
DATGANIAD SEFYLLFA'R FAM
{courtcy}    Rhif: {cn}
Gwrandawiad: {w4}
1. Mae'r fam yn fodlon i {C} dreulio amser gyda'r tad yn ystod y dydd.
2. Nid yw'n cytuno i aros dros nos hyd nes bod canlyniadau'r profion alcohol ar gael.
3. Mae'n gofyn i'r llys gyfarwyddo adroddiad adran 7.
""")
T("hand", "en", None, """
My position - {R} - for court {s4}
- want {C} to live with me
- dad can see him sat 10-4
- no overnights
- he must do the drugs test
""")
T("ext", "en", "firm", """
Skeleton argument on behalf of the father
...
7. The father invites the court to make a shared lives with order. The Cafcass recommendation at paragraph 9.3 of the report does not engage with the children's clearly expressed wishes.
8. The father will accept a condition that he does not consume alcohol for 24 hours before or during his time with the children.
{psol}, {firm}, {d4}
""")
T("letter", "en", "firm", """
Note on behalf of the applicant for the FHDRA
Case: {cname}   {cn}
Summary: The applicant has not seen {C} since {d1}. He seeks an interim order for time on alternate Saturdays. He accepts the two police call-outs but denies any violence. He will engage with testing and with the DAPP if recommended.
Agreed: none. Disputed: all.
""")
T("form", "cy", "la", """
Crynodeb achos a datganiad sefyllfa'r awdurdod lleol
Achos: {cn}
Gwrandawiad rheoli achos: {w3}
Cynllun yr awdurdod: lleoli {C} gyda'i nain dan orchymyn gofal interim.
Materion i'r llys: asesiad o'r tad; cyswllt.
""")
T("email", "en", "firm", """
Dear all,

Please see our client's position below for tomorrow's DRA; a formal document will be in the bundle.
Mother accepts the Cafcass recommendations save for para 10.2: she proposes that overnight stays begin after 3 months of daytime contact.
Regards
{psol}
""", subj="{cn} - M's position for DRA")

# witness-statement. Substance: a statement of evidence in the proceedings with a statement of
# truth: a parent's statement, a grandparent's, the social worker's (SWET), a police officer's
# statement, a teacher's; numbered paragraphs, exhibits. Filed and served.
K("witness-statement", "a statement of evidence with a statement of truth")
T("doc", "en", "firm", """
IN THE FAMILY COURT at {courtn}          No. {cn}
STATEMENT OF {M}
I, {M}, of an address known to the court, will say as follows:
1. I make this statement in response to the father's application and further to the court's directions of {d2}.
2. {Ff} and I were together for seven years. We separated on {d1}.
3. On {d1} {Ff} came home drunk and...
I believe that the facts stated in this witness statement are true. I understand that proceedings for contempt of court may be brought against anyone who makes a false statement.
Signed ........  Dated {s3}
""")
T("ext", "en", "la", """
Social work evidence template (SWET)                            Page {pg} of {pgm}
Section 4 - Analysis
4.1 The children have experienced neglect of their basic needs over a prolonged period. Home conditions were found to be poor on six occasions...
4.2 Mother's alcohol use: ...
Statement of truth: I believe the facts stated in this statement are true. {sw}, Social Worker, {la}, {d2}
""")
T("doc", "cy", "firm", """
DATGANIAD TYST
{courtcy}     Rhif: {cn}
Datganiad {GM}
1. Fi yw nain {C} ar ochr {eifam}.
2. Mae {C} wedi bod yn aros gyda fi bob penwythnos ers {w1}.
3. Rwy'n barod i ofalu am {C} yn llawn amser os bydd angen.
Credaf fod y ffeithiau a nodir yn y datganiad hwn yn wir.
Llofnod: ____   Dyddiad: {w3}
""")
T("ext", "en", "firm", """
Second statement of {F}                                             Page 4
14. I want to respond to paragraph 9 of the mother's statement. I did not shout at {C} on {d2}. My neighbour {psol2} saw what happened and has provided a short statement (exhibit FS/3).
15. Since the last hearing I have completed two negative drug tests (exhibit FS/4).
Statement of truth ... {F}
""")
T("letter", "en", "police", """
WITNESS STATEMENT (CJ Act 1967, s.9; MC Act 1980, ss.5A(3)(a) and 5B; Criminal Procedure Rules 2020)
Statement of: PC {ba}   Occupation: Police Constable
This statement is true to the best of my knowledge and belief...
On {d1} at approximately {t2} I attended {addr} in response to a 999 call. On arrival I saw {M} with a reddened cheek. {F} was in the garden...
Disclosed for family proceedings under the protocol.
""")
T("form", "en", "school", """
Statement of: Mrs {ba}   Position: Class teacher, {sch}
Relating to: {Cf}
1. I have taught {C} since September.
2. On {d2} {C} arrived without breakfast and said "dad forgot".
3. {C}'s attendance is 88%.
Statement of truth: I believe the facts in this statement are true.
Signed / dated {s3}
""")
T("hand", "en", None, """
WITNESS STATEMENT of {GM}
1. I am {C}'s nan.
2. I have looked after him every Friday since he was a baby.
3. I never saw {Ff} hit {Mf}.
I believe the facts in this statement are true.
""")
T("email", "en", "firm", """
Statement of {P}
I, {P}, am the partner of {M}. I make this statement in support of her case.
1. I have lived with {Mf} since {d1}. I have no convictions. I have two children of my own who I see every weekend.
2. I have a good relationship with {C}...
Statement of truth signed electronically {s3}
""", subj="{cn} statement of {P}")
T("ext", "cy", "la", """
Datganiad y gweithiwr cymdeithasol - Tudalen {pg}
5.3 Mae {C} wedi bod yn y lleoliad maeth ers {w1}. Mae wedi setlo'n dda ac yn mynychu'r ysgol yn rheolaidd.
Datganiad gwirionedd: credaf fod y ffeithiau yn y datganiad hwn yn wir. {sw}, Gweithiwr Cymdeithasol, {lacy}
""")

# previous-cafcass. Substance: Cafcass (or CAFCASS Cymru) documents from an earlier case
# concerning the same family or one of the adults, copied into the current file: an old s7
# report, old safeguarding letter, old guardian's analysis, old CMS print, previous case record
# summary with old case number. Often marked as from previous proceedings.
K("previous-cafcass", "Cafcass information from a previous case")
T("ext", "en", "cafcass", """
[Copy from previous proceedings - case {oldcn}, {courtn}, closed {oldyear}]
REPORT UNDER SECTION 7 CHILDREN ACT 1989
...Recommendations: that {C} should live with {his} mother and have indirect contact with {his} father by letter, reviewed after the father completes a perpetrator programme.
{fca2}, Family Court Adviser, {oldyear}
""")
T("doc", "en", "cafcass", """
Previous case information - CMS retrieval print
Person searched: {F}  DOB {Fdob}
Linked case: {oldcn}  Court: {courtn}  Type: Private law, s8  Opened {oldyear}  Closed {oldyear}
Last allocated practitioner: {fca2}
Outcome: CAO (indirect contact only)
Documents available on ECMS archive: Safeguarding letter; s7 report; Final order
""")
T("email", "en", "cafcass", """
Hi {fcaf},

When I ran the person search for {cn} I found a previous case for the mother with another child ({oldcn}, {oldyear}). The old safeguarding letter is below for your information:

"Police information: {pol} record three domestic incidents between the mother and her then partner. Local authority: the child was subject to a child protection plan (neglect)... Recommendation: s7 report."

{ba}
Business Services
""", subj="Previous Cafcass involvement - {cn}")
T("doc", "cy", "cymru", """
[Gwybodaeth o achos blaenorol - {oldcn}, {oldyear}]
Adroddiad Ymholiadau Diogelu
Mae'r heddlu wedi cofnodi dau ddigwyddiad domestig. Nid yw'r teulu'n hysbys i'r awdurdod lleol.
Argymhelliad: adroddiad adran 7.
{fca2}, CAFCASS Cymru
""")
T("ext", "en", "cafcass", """
Children's guardian's final analysis (previous care proceedings {oldcn2}, {oldyear}) - page 12
Recommendation: a care order with a plan of long-term foster care for {C2f}'s older half-sibling. Contact with the mother three times a year.
Provided to the current practitioner under the previous-case procedure.
""")
T("hand", "en", None, """
PREVIOUS CASE - {oldcn}
s7 rpt {oldyear} - F
rec: supervised contact only
FCA {fca2}
(copied from archive)
""")
T("table", "en", "cafcass", """
Previous Cafcass involvement (ECMS archive)
Case no	Year	Type	Children	Outcome	Documents copied
{oldcn}	{oldyear}	Private law	{C}	CAO - lives with M	SL, s7
{oldcn2}	{oldyear}	Public law	half-sibling	Care order	Analysis (final)
""")
T("letter", "cy", "cymru", """
Adroddiad adran 7 - achos blaenorol {oldcn} ({oldyear})
Copi i'w gadw gyda'r achos presennol {cn}
...Argymhellaf y dylai'r tad gael cyswllt anuniongyrchol yn unig nes iddo gwblhau rhaglen cam-drin domestig.
{fca2}
""")
T("email", "en", "cafcass", """
{fcaf},

FYI old WTFH outcome from the parents' last case ({oldcn}):
FHDRA {oldyear} - consent order, alternate weekends, no s7. Safeguarding issues at the time: one police call-out, not pursued.
Nothing else on the archive.
""", subj="previous case {oldcn}")


# ============================================================================================
# EXPERTS AND AGENCY INFORMATION
# ============================================================================================
# letter-of-instruction. Substance: the letter instructing an expert under FPR Part 25 / PD25C
# (usually drafted by the child's solicitor on behalf of all parties, approved by the court):
# the expert's name, the questions to answer, documents enclosed, timetable, fees/LAA, duties
# to the court; also the guardian's or lead solicitor's note contributing to it.
K("letter-of-instruction", "letter instructing an expert")
T("letter", "en", "firm2", """
Dear Dr {exp},

Re: {la} v {M} and {F} - {cn}
Joint letter of instruction

We act for the child through the children's guardian, {fca}, and write on behalf of all parties. By order of {d3} the court gave permission for you to undertake a psychological assessment of the mother.
The questions the court wishes you to address are set out in the schedule. The documents in the bundle are enclosed (index at Appendix A).
Your report should be filed by {d5}. Please confirm that you can meet this timescale and that your fees are as quoted.
""")
T("ext", "en", "firm2", """
SCHEDULE OF QUESTIONS
1. Does the mother have any mental health difficulty or personality difficulty? If so, what is its nature and its impact on her parenting?
2. What therapy, if any, is recommended, of what duration, and is it available within the child's timescales?
3. What is the prognosis for change?
4. Please comment on the mother's capacity to litigate.
Date: {d3}
""")
T("email", "en", "firm2", """
Dear {exp},

Further to the order of {d3} ({cn}), please find attached the agreed letter of instruction and the paginated bundle (sections A-F).
You are instructed to carry out hair strand testing of the father for alcohol (EtG and FAEE) for the 6 months before sampling. The Legal Aid Agency certificate covers one third of your fee.
Kind regards
{sol}
""", subj="{cn} - instructions")
T("letter", "cy", "firm2", """
Annwyl {exp},

Llythyr cyfarwyddo ar y cyd
Rydym yn gweithredu ar ran y plentyn drwy'r gwarcheidwad plant, {fca}. Rhoddodd y llys ganiatâd ar {w3} i chi gynnal asesiad o allu rhianta'r tad.
Atodir y cwestiynau a'r dogfennau. Dylid ffeilio eich adroddiad erbyn {w5}.
Yn gywir
{sol}
""")
T("doc", "en", "cafcass", """
Guardian's contribution to the letter of instruction - ISW assessment
Please add the following questions:
(a) Can the maternal grandmother meet {C}'s needs to adulthood?
(b) How will she manage the mother's contact?
(c) What support is needed?
{fca}, Children's Guardian, {d3}
""")
T("hand", "en", None, """
LOI - Dr {exp} - pych assess of M
Qs agreed at CMH {s3}
bundle sent {s4}
report due {s5}
(gdn's notes)
""")
T("form", "en", "firm2", """
Instruction of expert witness - summary sheet
Expert: {exp}        Discipline: Consultant Child and Adolescent Psychiatrist
Case: {cn}           Lead solicitor: {sol} ({firm2})
Permission granted: {s3} (FPR r25.4)
Report due: {s5}     Fees: apportioned equally, LAA prior authority obtained
Questions: see schedule attached
""")
T("email", "cy", "firm2", """
Annwyl Dr {exp},

Yn dilyn gorchymyn {w3}, amgaeaf y llythyr cyfarwyddo a gytunwyd a'r bwndel. Gofynnir i chi asesu {C}.

Cofion
{sol}
""", subj="{cn} - llythyr cyfarwyddo")
T("ext", "en", "firm2", """
...the parties have agreed that you should address the following:
(i) the nature of the attachment between {C} and each parent;
(ii) whether {C} is showing signs of emotional harm;
(iii) the appropriate level and type of contact.
Your duties to the court are set out in FPR Part 25 and PD25B; your overriding duty is to the court.
The hearing at which your evidence may be required is on {d5}.
""")

# expert-report. Substance: the report of an expert instructed under Part 25: psychological,
# psychiatric, paediatric, ISW/parenting assessment, cognitive assessment; drug and alcohol
# testing (hair strand, blood) and DNA reports from laboratories; with declaration and
# statement of truth, CV, answers to the questions.
K("expert-report", "a Part 25 expert's report, including test results")
T("doc", "en", "expert", """
PSYCHOLOGICAL ASSESSMENT OF {M}
Prepared for {court}, case {cn}
Instructed by {sol} on behalf of all parties
1. Summary of opinion: Ms {Ms} presents with symptoms consistent with complex trauma. She has insight into the impact of her past on her parenting...
2. Answers to the questions in the letter of instruction ...
Declaration: I understand that my duty is to help the court ... I confirm that I have made clear which facts and matters referred to in this report are within my own knowledge...
""")
T("ext", "en", "lab", """
HAIR STRAND TEST REPORT                                     Page 1 of 3
Donor: {F}   DOB {Fdob}   Sample collected {s3}
Analysis: cocaine, benzoylecgonine, cannabis (THC), EtG
Segment 0-1 cm (approx. month prior to collection): cocaine 0.8 ng/mg - POSITIVE
Segment 1-2 cm: cocaine 1.4 ng/mg - POSITIVE
Segment 2-3 cm: not detected
Interpretation: consistent with repeated use of cocaine during the two months before collection.
""")
T("table", "en", "lab", """
DNA paternity test - result
Alleged father: {F}    Child: {Cf}    Mother: {M}
Locus	Child	Mother	Alleged father
D8S1179	13,14	13,15	14,16
D21S11	29,30	30,31	29,32
TH01	6,9.3	6,7	9.3,9.3
Combined paternity index: 2,730,000
Probability of paternity: >99.99%
Conclusion: the alleged father is not excluded as the biological father.
""")
T("doc", "cy", "expert", """
ADRODDIAD ARBENIGOL - ASESIAD GALLU RHIANTA
Paratowyd ar gyfer {courtcy}, achos {cn}
Gan: {exp}, Gweithiwr Cymdeithasol Annibynnol
1. Crynodeb: mae gan {GM} y gallu i ddiwallu anghenion {C} hyd at oedolaeth, gyda chymorth.
2. Atebion i'r cwestiynau yn y llythyr cyfarwyddo...
Datganiad: deallaf mai fy nyletswydd yw helpu'r llys...
""")
T("ext", "en", "expert", """
Consultant Psychiatrist's report - Dr {exp}                       Page {pg}
11. Opinion
11.1 In my opinion the father has an alcohol use disorder, currently in early remission.
11.2 The risk of relapse over the next 12 months is moderate...
12. Statement of truth: I confirm that I have made clear which facts and matters referred to in this report are within my own knowledge and which are not...
""")
T("email", "en", "lab", """
Dear {sol},

Please find below a summary of the results for {M} (sample collected {s3}); the full report with chain of custody is attached.
PEth (blood): 14 ng/ml - consistent with low or no alcohol consumption in the 2-4 weeks prior to sampling.
Hair EtG 0-3 cm: 8 pg/mg - not consistent with chronic excessive consumption.

Reporting Scientist
{lab}
""", subj="Results {cn}")
T("hand", "en", None, """
IND. S0CIAL W0RK ASSESSMENT (ISW)
.. P0SITIVE rec f0r SG0 ..
{exp}  {s4}
Page 2l of 24
""")
T("ext", "cy", "expert", """
Adroddiad seicolegol - Tudalen {pg}
7. Barn
7.1 Yn fy marn i mae gan {C} ymlyniad diogel â'i nain.
7.2 Byddai symud {C} yn debygol o achosi niwed emosiynol.
""")
T("letter", "en", "expert", """
Report of Dr {exp}, Consultant Paediatrician
re {Cf}, DOB {dob}
Instructed jointly. Prepared for the court.
I have reviewed the skeletal survey and CT head of {s1}. In my opinion the fracture of the left humerus is most likely to have been caused by a twisting force applied by an adult. It is not consistent with the explanation given (a fall from a sofa).
""")

# provider-report. Substance: reports and correspondence from services Cafcass commissions: child
# contact centres (supervised contact reports), Planning Together for Children / SPIP
# attendance, Domestic Abuse Perpetrator Programmes (DAPP), WT4C in Wales, intensive family
# support, mediation providers under contract; referral forms and attendance/closing reports.
K("provider-report", "reports/correspondence from commissioned service providers")
T("form", "en", "centre", """
Supervised contact - session report
Family ref: {cn}     Session no: {n}    Date: {s3}
Child(ren): {Cs}     Visiting parent: {F}
Arrived on time: [X] child  [X] parent
Summary: father brought snacks and a board game. Warm greetings. No inappropriate comments. Goodbye managed well.
Concerns: none
Contact supervisor: {ba}
""")
T("letter", "en", "centre", """
Dear {fca}

Re: {Cs} - referral {cn}

We write to confirm that the family has attended six supervised sessions at the centre. Attendance: father 6/6; children brought 5/6 (one cancelled by the mother because of illness).
Overall the sessions have been positive and the children appear relaxed with their father. We would be able to move to supported contact if the court agrees.
""")
T("email", "en", "provider", """
Dear Cafcass,

Planning Together for Children - completion notice
Participant: {A}    Case: {cn}
The above completed the online workshop and the follow-up session on {d3}.
The other parent, {R}, has not yet started.

PT4C Team
""", subj="PT4C completion - {cn}")
T("doc", "en", "das", """
DOMESTIC ABUSE PERPETRATOR PROGRAMME - SUITABILITY ASSESSMENT
Referred by: {fca}, Cafcass
Participant: {F}
Outcome: suitable for the 24-week group programme. Mr {Fs} accepted some responsibility for abusive behaviour; he minimised its impact on the children.
Partner support: offered to {M} through our integrated safety service.
""")
T("form", "cy", "centre", """
Adroddiad sesiwn gyswllt dan oruchwyliaeth
Cyfeirnod: {cn}    Dyddiad: {w3}
Plentyn: {C}       Rhiant: {F}
Crynodeb: Cyfarchodd {C} {eidad} yn gynnes. Chwaraeon nhw gemau bwrdd. Dim pryderon.
Goruchwyliwr: {ba}
""")
T("email", "cy", "provider", """
Annwyl CAFCASS Cymru,

Gweithio Gyda'n Gilydd er mwyn Plant (WT4C)
Mae {A} wedi cwblhau'r cwrs ar {w3}. Nid yw {R} wedi mynychu hyd yma.

Tîm WT4C
""", subj="WT4C - {cn}")
T("hand", "en", None, """
{cc} - contact notes {s3}
F arrived 10.05
C ran to him, hug
played lego, snack
F asked C about mum's new bf - redirected
goodbye ok
""")
T("ext", "en", "das", """
DAPP closing report                                                   Page 2 of 3
Attendance: 22 of 24 sessions.
Progress: Mr {Fs} has shown increased understanding of coercive control and its effect on children.
Risk: the integrated safety service reports that {Mf} feels safer.
Recommendation to Cafcass: no further programme work required.
""")
T("table", "en", "centre", """
Contact centre attendance record - {cn}
Date	Child attended	Parent attended	Comments
{s2}	Y	Y	good session
{s3}	N	Y	mother cancelled (illness)
{s3}	Y	Y	father 20 mins late
{s4}	Y	Y	handover calm
""")

# cp-conference-minutes. Substance: minutes of an initial or review child protection conference
# (and the decision/plan): who attended, reports considered, the discussion of risk, the
# decision whether the child should be subject to a child protection plan and under which
# category, the outline plan, core group, next review. Written by the conference chair/minute
# taker for the local authority.
K("cp-conference-minutes", "minutes of a child protection conference")
T("doc", "en", "la", """
Initial Child Protection Conference - minutes
Child(ren): {Cf} ({dob}); {C2f} ({dob2})
Date: {d2}   Chair: {tm}, Independent Reviewing Officer   Minutes: {ba}
Present: {M} (mother); {sw} (SW); DSL {sch}; Health Visitor; PC {psol2} ({pol})
Apologies: GP (report submitted)
Decision: both children to be subject to a child protection plan under the category of neglect.
Record: Child Protection.
Review conference: {d4}
""", rc=("child-protection", "Child Protection"))
T("ext", "en", "la", """
Review Child Protection Conference                                   Page 4 of {n}
Analysis of risk: the chair noted that home conditions have improved but school attendance remains low (78%). Mother has missed 3 of 6 core group meetings.
Views of agencies: School - continue plan. Health - continue plan. Police - no new incidents.
Decision: {C} to remain subject to a child protection plan (neglect). Next review in 6 months.
""")
T("doc", "cy", "la", """
Cofnodion y Gynhadledd Amddiffyn Plant Gychwynnol
Plentyn: {Cf}      Dyddiad: {w2}
Cadeirydd: {tm}
Yn bresennol: {M} (mam); {sw} (gweithiwr cymdeithasol); yr ysgol; ymwelydd iechyd; {polcy}
Penderfyniad: rhoi enw {C} ar y Gofrestr Amddiffyn Plant dan y categori cam-drin emosiynol.
Cynhadledd adolygu: {w4}
""")
T("table", "en", "la", """
CP conference - outline plan
Risk / need	Action	By whom	By when
Exposure to DA	Mother to attend Freedom Programme	{M} / {das}	{s4}
Father's contact	Supervised only	SW	ongoing
School attendance	Weekly check	DSL	weekly
Health	Dental registration	HV	{s3}
Core group first meeting: {s3}
""")
T("email", "en", "la", """
Dear {fca},

As requested, the decision of today's review conference for {Cf}: the child protection plan has ENDED. The conference agreed that {C} should be supported under a Child in Need plan. The minutes will follow once the chair has approved them.

Conference and Review Service
""", subj="Outcome RCPC {s4}")
T("hand", "en", None, """
ICPC {s2} - notes of minute taker
present: M, SW, HV, school, police
F - did not attend
vote: CP plan - ALL
cat: physical abuse
RCPC in 3 months
""")
T("form", "cy", "la", """
Cynhadledd Amddiffyn Plant Adolygu - penderfyniad
Enw'r plentyn: {Cf}
Dyddiad: {w4}
A ddylai'r plentyn aros ar y gofrestr?  Na ddylai
Rheswm: mae'r risg wedi lleihau; mae'r fam yn cydweithio.
Cynllun: cynllun gofal a chymorth
""")
T("ext", "en", "la", """
Minutes of the child protection conference held on {d2} (continued)
The chair asked the father for his view. {Ff} said he does not accept that the children were at risk and that the referral was malicious.
The police representative shared that there have been four domestic incidents at the address in the last year.
The chair summarised the strengths...
""")
T("letter", "en", "la", """
CONFIDENTIAL - Conference minutes for circulation to conference members only
These minutes must not be shared further without the chair's consent.
Initial conference - {Cf}
Decision: the conference agreed that {C} is at continuing risk of significant harm. Plan category: emotional abuse.
Record: Child Protection (s47 enquiry completed {d1}).
""", rc=("child-protection", "Child Protection"))

# agency-information. Substance: documents from other agencies about the child or family that
# are not check replies: school reports and attendance records, GP and hospital letters,
# health visitor records, CAMHS letters, the LA's chronology, assessments, child in need plans,
# LAC review minutes, papers from the child's social care file, foster carer logs.
K("agency-information", "other agencies' documents about the child/family")
T("letter", "en", "school", """
To: {fca}, Cafcass

Information about {Cf}, Year {n}

{C} is a popular and hardworking pupil. Attendance this academic year: 93.4%, with 6 late marks. {Pron} is working at the expected standard in reading and maths.
Both parents attend parents' evenings, separately. There have been occasional arguments between the parents at the school gate, the most recent on {d2}.
We have no safeguarding concerns.
""")
T("letter", "en", "nhs", """
Dear Cafcass

Re: {Cf}, DOB {dob}

I saw {C} in CAMHS clinic on {d2} with {his} mother. {C} has symptoms of anxiety, including difficulty sleeping and stomach aches before contact visits. We have offered six sessions of CBT-informed work.
Yours sincerely
Clinical Psychologist, CAMHS
""")
T("table", "en", "la", """
Chronology - {la} Children's Social Care
Date	Event	Source	Outcome
{s1}	Referral - police DA notification	{pol}	Single assessment
{s1}	Strategy discussion	MASH	s47 - NFA
{s2}	CIN plan agreed	SW	6 weeks review
{s3}	Case closed	TM	Step down to early help
""")
T("email", "cy", "school", """
Annwyl {fca},

Mewn ymateb i'ch cais: mae presenoldeb {C} eleni yn 95%. Mae {C} yn ddisgybl hapus ac yn gwneud cynnydd da. Nid oes gan yr ysgol unrhyw bryderon diogelu.

Yn gywir
Pennaeth, {sch}
""", subj="Gwybodaeth am {C}")
T("doc", "cy", "nhs", """
Llythyr gan y meddyg teulu
Claf: {M}   Dyddiad geni: {Mdob}
Mae Ms {Ms} wedi bod yn cael triniaeth ar gyfer iselder ers {w1}. Mae hi'n cymryd meddyginiaeth yn rheolaidd ac yn mynychu apwyntiadau. Nid oes gennyf bryderon am ei gallu i ofalu am ei phlant.
Meddyg Teulu, {hbcy}
""")
T("ext", "en", "la", """
Child and Family Assessment (single assessment)                     Page 5 of {n}
Parenting capacity: mother meets the children's basic care needs. Emotional warmth observed.
Family and environmental factors: financial pressure, overcrowding.
Outcome: Child in Need plan. Record type: Child in Need - all other children's social care.
""", rc=("other-childrens-social-care", "all other children's social care"))
T("email", "en", "nhs", """
Hi {fcaf},

Health visiting records summary for {C2f} (DOB {dob2}), as requested with mother's consent:
- New birth visit {s1}: no concerns.
- 1-year review: growth on 25th centile, development age-appropriate.
- Missed 2-year review twice; seen {s3}: speech delay, referred to SALT.
No safeguarding concerns recorded.

Health Visitor, {hb}
""", subj="HV info")
T("doc", "en", "la", """
Looked After Child review - record of decisions
Child: {Cf}   Review no: 3   Date: {d3}
IRO: {tm}
Placement: foster care, stable. Contact with mother fortnightly, supervised.
Decisions: 1. Care plan endorsed. 2. Life story work to start. 3. PEP to be updated.
Legal status: Looked After (interim care order).
""", rc=("looked-after-child", "Looked After"))
T("hand", "en", None, """
F/carer log - wk of {s3}
Mon - {C} upset after contact, wet bed
Tues - better, school ok
Wed - asked "when am I going home"
Thurs - good day
""")
T("form", "en", "la", """
Adoption Agency - information for guardian (extract from adoption file)
Child: {Cf}
Adoption panel date: {s4}
Recommendation: placement for adoption with approved adopters
Record: Adoption
Agency adviser: {tm}
""", rc=("adoption", "Adoption"))


# ============================================================================================
# LEGAL ADVICE (privileged)
# ============================================================================================
# legal-advice. Substance: advice to Cafcass from Cafcass Legal (or the CAFCASS Cymru legal
# team): whether to appeal, whether to disclose information, whether a child should be joined
# as a party (r16.4), capacity, responding to a witness summons; privileged, not disclosed.
K("legal-advice", "advice from Cafcass Legal")
T("email", "en", "legal", """
{fcaf},

You asked whether Cafcass should seek permission to appeal the order of {d4} in {cn}. In my view the judge was entitled to depart from your recommendation; she gave reasons and the decision is within the range of reasonable outcomes. An appeal would be unlikely to succeed and I do not advise it.
You should however ensure the court is told at the review hearing if the arrangements break down.

Cafcass Legal
PRIVILEGED - NOT FOR DISCLOSURE
""", subj="Advice - possible appeal {cn}")
T("doc", "en", "legal", """
ADVICE
Re: rule 16.4 appointment - {Cf}
1. The FCA asks whether {C} ({age}) should be made a party to the proceedings with a children's guardian.
2. PD16A para 7.2 lists the circumstances... the intractable dispute, {C}'s firmly expressed views and the allegation that {his} views are being influenced by the father all point towards joinder.
3. Advice: the FCA should recommend joinder in her report and identify the High Court Team as able to accept the appointment.
Cafcass Legal, {d3}
""")
T("email", "cy", "legal", """
{fcaf},

Ynghylch eich cwestiwn am ddatgelu gwybodaeth yr heddlu i'r tad yn achos {cn}: ni ddylech ddatgelu'r wybodaeth heb ganiatâd yr heddlu. Dylech ofyn i'r llys am gyfarwyddiadau.

Tîm Cyfreithiol CAFCASS Cymru
CYFRINACHOL - CYNGOR CYFREITHIOL
""", subj="Cyngor cyfreithiol - {cn}")
T("ext", "en", "legal", """
Legal advice (privileged)                                           Page 2
...As to the witness summons served on you by the father's solicitors: you are not obliged to produce your case recordings in full. Cafcass records are confidential and disclosure is a matter for the court. I will write to the father's solicitors and ask the court to set aside the summons.
...
""")
T("hand", "en", None, """
Cafcass Legal advice {s3}
- yes can file position stmt
- don't attend unless directed
- tell ct re delay
(privileged)
""")
T("doc", "cy", "legal", """
CYNGOR CYFREITHIOL - BREINTIEDIG
Achos: {cn}
Cwestiwn: a ddylai'r gwarcheidwad gefnogi cais y tad am asesiad pellach?
Cyngor: gall y gwarcheidwad gefnogi'r cais os oes angen yr asesiad er mwyn datrys yr achos yn deg (adran 13(6) Deddf Plant a Theuluoedd 2014).
""")
T("letter", "en", "legal", """
Dear {fca}

{cname} - request for advice on disclosure of the child's letter
You asked whether you must give the parents a copy of the letter {C} wrote to the judge. The letter is part of the evidence before the court. The starting point is disclosure, but you can ask the court to withhold it under FPR r12.73 if disclosure would cause {C} significant harm. On what you have told me I would recommend you ask the court.
""")
T("email", "en", "legal", """
Hi {fcaf},

Quick follow-up to my advice yesterday. The LA cannot insist on your attending the strategy meeting. If you do attend, keep a record and say clearly that you are attending as the guardian, not as part of the LA's enquiry.

Senior Lawyer
Cafcass Legal
""", subj="RE: guardian's role at strategy meeting")
T("table", "en", "legal", """
Cafcass Legal - advice log
Date	Question	Advice	Lawyer
{s2}	Whether to file a position statement	Yes, limited to safeguarding	CL
{s3}	Respond to complaint from F's solicitor	Reply setting out FCA's role; do not enter into debate	CL
""")

# solicitor-correspondence. Substance: correspondence between the children's guardian and the
# child's solicitor instructed by the guardian (public law, or r16.4 cases): instructions,
# advice on the case, drafts for comment, hearing outcomes, arrangements to see the child.
# Privileged. Not when the young person has separated from the guardian.
K("solicitor-correspondence", "correspondence between the guardian and the child's solicitor")
T("email", "en", "firm2", """
Dear {fcaf},

Thank you for your instructions. I attach my attendance note of today's hearing. Key points: the court approved the timetable; IRH {d4}; the LA is to file its final evidence by {d3}. The mother's counsel indicated she will seek a further assessment.
Can we speak on Monday about your view on the ISW report?

Kind regards
{sol}
{firm2}
""", subj="{cn} - hearing today")
T("email", "en", "cafcass", """
Hi {solf},

Thanks for the draft position statement. Please amend para 4: I do not support contact being reduced before the IRH. Otherwise fine to file.
I'm seeing {C} at the placement on {d3}; are you coming?

{fca}
Children's Guardian
""", subj="RE: draft position statement {cn}")
T("letter", "en", "firm2", """
Dear {fca}

Re: {la} v {M} and {F}

I write to confirm your instructions following our meeting on {d3}. You wish me to oppose the local authority's application for a placement order and to seek a further assessment of the paternal aunt. I have drafted a C2 application and enclose it for your approval.
""")
T("email", "cy", "firm2", """
Annwyl {fcaf},

Diolch am eich cyfarwyddiadau. Amgaeaf y drafft o'r datganiad sefyllfa ar gyfer y gwrandawiad ar {w4}. Rhowch wybod os oes angen unrhyw newidiadau.

Cofion
{sol}
""", subj="Datganiad sefyllfa drafft - {cn}")
T("letter", "cy", "firm2", """
Annwyl {fca}

{cn}
Rwy'n ysgrifennu i gadarnhau eich cyfarwyddiadau ar ôl ein cyfarfod ar {w3}: rydych yn cefnogi'r cynllun gofal terfynol. Byddaf yn hysbysu'r partïon eraill.

Yn gywir
{sol}
""")
T("hand", "en", None, """
To {fca} (gdn)
Fax from {firm2}
pls call re IRH - LA changing plan
{sol}
""")
T("ext", "en", "firm2", """
...as your solicitor for {C}, I have reviewed the expert report and I agree with you that the questions about the father's capacity to change have not been answered. I suggest we put written questions to the expert under FPR r25.10 by {d4}. A draft is below for your comments:
1. Please explain ...
""")
T("email", "en", "firm2", """
{fcaf} - {C} has rung me again asking to see the judge. I've told {him} I'll discuss with you. Are you happy for me to ask the court to arrange a meeting? {sol}

Sent from my iPad
""", subj="{C}")
T("email", "en", "cafcass", """
Dear {sol},

Further to our call, my instructions for the IRH are: (1) support the care plan of long-term foster care; (2) seek an order that sibling contact is at least 4 times a year; (3) no further assessment of the father.
Please send me the draft order when you have it.

{fca}
Children's Guardian
""", subj="Instructions for IRH - {cn}")

# legal-call-note. Substance: the practitioner's note of a telephone call or meeting with Cafcass
# Legal, the child's solicitor or another lawyer instructed by the practitioner: date, who,
# what was advised or agreed, actions. Privileged.
K("legal-call-note", "note of a call or meeting with a lawyer instructed by/for Cafcass")
T("form", "en", "cafcass", """
Telephone call - legal
Date: {s3}   Time: {t1}
With: {sol}, child's solicitor ({firm2})
Recorded by: {fca} (Children's Guardian)
Discussion: LA has changed the care plan to adoption. Solicitor's view is that the evidence on the paternal aunt is incomplete.
Agreed: solicitor to write to LA asking for the viability assessment; we will oppose adoption pending that.
""")
T("hand", "en", None, """
tel - {solf} (child's sol) {s3}
- IRH likely effective
- M may concede threshold
- I want sibling contact in order
- {solf} to draft
""")
T("doc", "en", "cafcass", """
Note of telephone advice from Cafcass Legal
Date: {d3}   Lawyer: Cafcass Legal duty lawyer   Practitioner: {fca}
Issue: father's solicitor demands copies of my case notes.
Advice: do not send. Case records are not disclosed to parties without the court's direction; reply politely setting this out.
Action: e-mail to solicitor sent {d3}.
""")
T("hand", "cy", None, """
Galwad - cyfreithiwr y plentyn {s3}
- trafod yr IRH
- cytuno i wrthwynebu'r cais
- {solf} i ddrafftio
""")
T("doc", "cy", "cymru", """
Nodyn o alwad gyda'r tîm cyfreithiol
Dyddiad: {w3}    Ymarferydd: {fca}
Cwestiwn: a ddylwn i fynychu'r gwrandawiad terfynol?
Cyngor: dylech fynychu gan fod y llys wedi gofyn am eich tystiolaeth.
""")
T("email", "en", "cafcass", """
Note for file - call with {sol} ({firm2}), {d3}, 20 mins
We discussed {C}'s wish to instruct {his} own solicitor. {solf} has met {C} and considers {pron} is of sufficient understanding. We agreed {solf} will tell the court at the next hearing that {C} wishes to separate from the guardian.
{fca}
""", subj="note of call with child's solicitor")
T("table", "en", "cafcass", """
Contact log extract - heading: Legal advice / lawyer contact
Date	With	Summary	Action
{s3}	Cafcass Legal	Advice on appeal: no merit	Inform SM
{s4}	{sol}	Discussed IRH position	{solf} to draft PS
""")
T("ext", "en", "cafcass", """
Meeting with child's solicitor - note
Present: {fca} (guardian), {sol} (solicitor for the child), {C} (for the last 15 mins)
Venue: {firm2} offices, {d3}
...{sol} advised that the threshold document proposed by the LA overstates the evidence about the father. We agreed to propose amendments. {C} was told about the hearing in simple terms.
""")

# ============================================================================================
# FURTHER INFORMATION
# ============================================================================================
# thank-you-card. Substance: cards and notes of thanks from parents, carers, children (and
# occasionally professionals) at or after the end of the case.
K("thank-you-card", "a thank-you card")
T("hand", "en", None, """
Thank You
{fcaf},
Thank you so much for everything you did for me and {C}. You listened when no one else did. We are so happy now.
Love {Mf} and {C} xx
""")
T("hand", "en", None, """
THANK YOU
to {fcaf} from {C}
[drawing of a flower]
you are the best
""")
T("hand", "cy", None, """
Diolch yn fawr
Annwyl {fcaf},
Diolch o galon am eich help gyda {C}. Rydyn ni'n hapus iawn nawr.
Cofion cynnes,
{Mf}
""")
T("hand", "cy", None, """
DIOLCH!
i {fcaf}
oddi wrth {C} a {C2}
xxx
""")
T("email", "en", "web", """
Hi {fcaf},

I just wanted to say thank you. I know I was difficult at the start but you were always fair. {C} is doing really well and we have a routine with {Rf} now. I'll never forget it.

All the best
{A}
""", subj="Thank you", src="email")
T("hand", "en", None, """
With Thanks
Dear Cafcass
Thank you for helping our family. The kids love seeing their dad again.
{F} + {Cs}
""")
T("hand", "en", None, """
To {fcaf}
Thank you for being kind to me when I was sad. I hope you have a nice christmas.
from {C}  age {age}
""")
T("ext", "en", "web", """
[Photo of card - front: "Thank you" with balloons]
Inside:
Dear {fca}, Thank you for all your help through the court case. The judge agreed with you and {C} now lives with me full time. Best wishes, {GM}
""")
T("hand", "en", None, """
thank yo u
{fcaf}
from {C2} and {C}
""")

# informal-contact. Substance: informal contact and additional information for the file that is
# not a formal letter, statement or agency reply: texts and voicemail messages, notes left at
# reception, relatives' or neighbours' informal messages, photos or extra information a family
# member sends after being asked, updates passed on informally.
K("informal-contact", "informal contact and additional information")
T("email", "en", "web", """
Hi, it's {GM}, {C}'s nan. Sorry to bother you. You said at the meeting to send anything else I thought of. {C} has started to wet the bed again after Sundays. I didn't want to say in front of {Mf}. That's all.
""", subj="", src="email")
T("hand", "en", None, """
Reception - message taken {s3} {t1}
Caller: {GM} (maternal grandmother)
wants {fcaf} to know {C} staying with her this week, mum unwell
no action needed, for info
""")
T("email", "en", "web", """
Here are the photos you asked for of {C}'s room at my flat and the certificates from the parenting course. Also the school report from last term.
{Ff}

Sent from my Samsung Galaxy smartphone.
""", subj="stuff you asked for", src="email")
T("hand", "cy", None, """
Neges ffôn - {s3}
Nain {C} wedi ffonio. Eisiau dweud bod {C} yn hapus yn yr ysgol newydd. Dim angen ffonio'n ôl.
""")
T("email", "cy", "web", """
Helo {fcaf},

Dim ond i ddweud bod {C} wedi cael diwrnod da gyda'i dad ddydd Sadwrn. Roeddech chi wedi gofyn i mi roi gwybod.

{Mf}
""", subj="Dydd Sadwrn", src="email")
T("ext", "en", "cafcass", """
Voicemail transcript (auto) - {s3} {t2}
"Hi, this is {Ff}, {C}'s dad, I'm just ringing because you said to let you know when I'd moved, I've got the flat on {street} now, it's got two bedrooms, so yeah, call me back, thanks, bye."
""")
T("email", "en", "web", """
I don't know if I should be emailing you. I'm {Mf}'s neighbour. I just want to say she is a good mum and the kids are always clean and happy. I've seen him shouting at her in the street. You can call me if you want.
Debbie
""", subj="about {Mf}", src="email")
T("table", "en", "cafcass", """
Text messages received on work mobile - exported
{s3} 18:42  {Mf}: hi its {Mf} just to say {C} got 2 merits at school today :)
{s3} 18:44  {Mf}: also dads been fine this week
{s4} 09:10  {Mf}: sorry forgot to say the dentist is on the 12th so cant do that day
""")
T("hand", "en", None, """
left at front desk for Cafcass ({fcaf})
- copy of {C}'s school report
- note: "as discussed on the phone, here is the report. {Mf}"
""")


# ============================================================================================
# COURT BUNDLE
# ============================================================================================
# court-bundle. Substance: the hearing bundle (PD27A) or electronic bundle: index by section
# (A preliminaries, B applications and orders, C statements, D Cafcass/LA reports, E experts,
# F other), paginated pages (A1, B23, C84, E112), bundle cover sheets, court's digital case
# system exports. Held only until case closure.
K("court-bundle", "hearing bundle index or paginated bundle pages")
T("doc", "en", "firm", """
IN THE FAMILY COURT AT {COURTN}        Case No: {cn}
{cname}
INDEX TO BUNDLE FOR HEARING ON {D4}
Section A - Preliminary documents
A1-A4  Case summary, chronology, position statements
Section B - Applications and orders
B1-B18  C100, C1A, orders of {s2} and {s3}
Section C - Statements
C1-C22  Statement of the applicant
C23-C40 Statement of the respondent
Section D - Cafcass
D1-D9  Safeguarding letter
D10-D41 Section 7 report
""")
T("ext", "en", "firm", """
{cname} - {cn}                                                        C84
...and that was the last time I saw the children at the house. I then received a text from {Rf} saying that I should not come back.
23. On {d2} I went to the school to collect {C} as agreed, but the school told me she had been collected early...
                                                                     Page C84
""")
T("ext", "en", "la", """
E112
Parenting assessment of {M} (continued)
7.4 Ms {Ms} told me that she understood why the children had been removed and that ...
                                                              [E112 of 230]
""")
T("table", "en", "court", """
Digital case system - bundle contents  {cn}  (hearing {s4})
Tab	Document	Date	Pages
A	Index	{s4}	A1-A3
A	LA case summary	{s4}	A4-A12
B	Interim care order	{s2}	B1-B6
C	SWET	{s2}	C1-C48
E	Psychological assessment	{s3}	E1-E60
F	Contact notes	various	F1-F120
""")
T("doc", "cy", "firm", """
Y LLYS TEULU {yn_court_u}      Rhif: {cn}
MYNEGAI I'R BWNDEL AR GYFER Y GWRANDAWIAD AR {W4}
Adran A - Dogfennau rhagarweiniol   A1-A6
Adran B - Ceisiadau a gorchmynion   B1-B20
Adran C - Datganiadau   C1-C35
Adran D - Adroddiadau CAFCASS Cymru   D1-D30
""")
T("ext", "cy", "la", """
D17
...roedd {C} yn glir {eifod} eisiau aros gyda'i nain.
                                                               Tudalen D17
""")
T("hand", "en", None, """
BUNDLE - FINAL HRG {s5}
vol 1 of 3  A1 - C120
{cname}
""")
T("ext", "en", "firm", """
                                                                        B23
ORDER (copy for bundle)
...4. Cafcass shall file a s7 report by {d4}.
5. The matter is listed for a DRA on {d5}.
                                                                        B23
""")
T("email", "en", "firm", """
Bundle for hearing {d4} - {cn}
Index:
A1-A5 Preliminary docs
B1-B14 Applications & orders
C1-C38 Statements
D1-D27 Cafcass
E1-E19 Expert
Link to e-bundle: https://share.{firmdom}/b/{ref2} (expires in 14 days)
""", subj="{cn} e-bundle")
T("doc", "en", "la", """
CORE BUNDLE - ISSUES RESOLUTION HEARING
{la} v {M} and {F}
Volume 2 of 2
Section F: Other documents
F1   Contact notes (Jan-Mar)
F34  LAC review minutes
F41  School reports
F58  Health assessment
""")

# ============================================================================================
# POLICE INFORMATION
# ============================================================================================
# pnc-disclosure. Substance: Police National Computer / Police National Database print-outs
# and disclosures: convictions, cautions, warning markers, bail/wanted; "no trace" for PNC;
# domestic abuse disclosure scheme (Clare's Law) disclosures about a partner's record.
K("pnc-disclosure", "PNC/PND record or disclosure of convictions")
T("table", "en", "pnn", """
PNC PRINT - CONVICTIONS, CAUTIONS AND RELEVANT REMOVED DATA
Name: {Fs_u}, {Ff_u}    DOB: {Fdob}    PNCID: {pnc}
Date	Offence	Court	Disposal
{s1}	Assault by beating	{courtn} Magistrates	Community order 12m
{oldyear}	Possession of cannabis	-	Caution
Warning signals: VIOLENT
""")
T("email", "en", "pnn", """
Good afternoon,

PNC check - {M} DOB {Mdob}: no trace.
PNC check - {F} DOB {Fdob}: trace - 1 conviction (drink driving, {oldyear}), fined and disqualified 18 months.

Disclosure Unit
""", subj="RE: Cafcass PNC request {cn}")
T("form", "en", "police", """
Domestic Violence Disclosure Scheme - disclosure record
Subject: {P}
Person at risk: {M}
Disclosure made by: DC {ba}   Date: {s3}
Information disclosed: {P} has two convictions for offences of violence against former partners ({oldyear}, {year}).
Copied to Cafcass with the consent of the person at risk.
""")
T("doc", "cy", "police", """
Datgeliad o Gyfrifiadur Cenedlaethol yr Heddlu
Enw: {F}    Dyddiad geni: {Fdob}
Euogfarnau: ymosod gan achosi gwir niwed corfforol, {oldyear} - carchar 8 mis
Rhybuddion: dim
{polcy}, Uned Ddatgelu
""")
T("hand", "en", None, """
PNC - {F}
{pnc}
2x assault ({oldyear}, {year})
breach of NMO
*warning marker - weapons
""")
T("ext", "en", "pnn", """
OFFICIAL-SENSITIVE
Police National Database - summary of relevant intelligence        Page 1 of 2
Subject: {F}  DOB {Fdob}
Convictions: see PNC print attached (3 convictions).
PND: intelligence linking subject to supply of class A drugs in {town} ({year}). Graded B2.
Not for onward disclosure to the parties.
""")
T("email", "cy", "police", """
Prynhawn da,

Canlyniad y gwiriad PNC ar gyfer {F}: dim cofnod.
Canlyniad y gwiriad PNC ar gyfer {M}: dim cofnod.

Uned Ddatgelu {polcy}
""", subj="Gwiriad PNC - {cn}")
T("letter", "en", "police", """
Disclosure of previous convictions - family proceedings
Your reference: {cn}
Subject: {P}, DOB unknown, of {town}
PNC record: 4 convictions (1 relating to a child: child cruelty, {oldyear}).
The subject is subject to MAPPA management.
""", rc=("adult-posing-risk", "relating to a child"))
T("table", "en", "police", """
NAME CHECK RESULT
Surname	Forename	DOB	PNC	Result
{Ms}	{Mf}	{Mdob}	-	No trace
{Fs}	{Ff}	{Fdob}	{pnc}	Trace - see record
{P}	-	-	-	Insufficient details
""")

# police-callouts. Substance: the police's record of incidents/call-outs to the family or an
# address: STORM/command-and-control logs, incident summaries, DASH risk grades, crime
# numbers, officers' notes; often a table of dates, incident type, outcome.
K("police-callouts", "police incident / call-out log")
T("table", "en", "police", """
Incident history - address: {addr}
Date	Time	Incident no	Type	Summary	DASH
{s1}	23:14	{urn}	Domestic	Verbal argument, female caller. Male left prior to arrival.	Standard
{s2}	01:40	{urn}	Domestic - assault	Female reports being pushed. Male arrested, NFA.	Medium
{s3}	19:02	{urn}	Concern for welfare	Neighbour reports shouting and child crying.	-
""")
T("ext", "en", "pnn", """
OFFICIAL-SENSITIVE
Summary of police attendance                                     Page 2 of {n}
{d2} - Officers attended following a 999 call from {M}. {F} had damaged the front door. The children {Cs} were present and upstairs. Mr {Fs} left before police arrived. Crime recorded: criminal damage. Outcome: victim did not support prosecution.
{d3} - Call from {F} alleging {M} would not let him see the children. Advised civil matter.
""")
T("email", "en", "police", """
Dear Cafcass,

Further to your request, there have been 2 incidents at {addr} in the last 2 years:
{s1} - domestic incident (verbal), no offences, DASH standard.
{s3} - breach of non-molestation order reported by {M}, {F} arrested and charged; listed at magistrates' court.
Regards
Public Protection Unit
""", subj="Incident information {cn}")
T("form", "cy", "police", """
Cofnod digwyddiadau'r heddlu
Cyfeiriad: {street}, {towncy}
Dyddiad: {w1}   Math: digwyddiad domestig   Canlyniad: dim troseddau
Dyddiad: {w2}   Math: pryder am les plentyn   Canlyniad: atgyfeiriad i'r gwasanaethau cymdeithasol
{polcy}
""")
T("hand", "en", None, """
STORM log {urn}
{s2} 22:51 - caller (F) says M drunk, kids in house
22:58 - units assigned
23:20 - attended, M sober, kids asleep, no concerns
result - no crime
""")
T("doc", "en", "police", """
Domestic abuse incident report (summary for family court)
Date and time: {d2} {t2}
Location: {addr}
Victim: {M}     Suspect: {F}
Children present: {Cs}
Circumstances: the suspect returned to the address and kicked the door. The victim called 999.
Risk assessment: DASH high risk - referred to MARAC.
Action: suspect arrested; released under investigation.
""")
T("ext", "cy", "police", """
Crynodeb o'r digwyddiadau                                  Tudalen 1 o 2
{w1} - Galwad gan {M}: dadl lafar gyda'i chyn-bartner. Dim troseddau.
{w2} - Galwad gan gymydog: sŵn gweiddi. Swyddogion wedi mynychu; dim pryderon.
""")
T("table", "en", "pnn", """
Command and control - incidents linked to subjects
Incident	Date	Opening code	Closing code
{urn}	{s1}	DOMESTIC	DOMESTIC - NO CRIME
{urn}	{s2}	ABANDONED 999	NO TRACE - CALL BACK OK
{urn}	{s4}	CONCERN FOR SAFETY	CHILD SAFE - REFERRED
""")
T("letter", "en", "police", """
Re: {Cs} - incidents involving the family
Officers have attended the family home on three occasions in the past 12 months. On {d2} the attending officers recorded that the children were "upset and hiding under a bed". A child notification was sent to {la}.
""")

# police-check. Substance: the police's reply to Cafcass's safeguarding check: local intelligence
# and child protection/safeguarding information on the named adults and children, "no
# information held", information on non-molestation orders, bail, MARAC; from the force's
# disclosure unit, PVP or MASH. In Wales, the reply to CAFCASS Cymru's SER enquiries.
K("police-check", "the police's reply to the safeguarding check")
T("form", "en", "pnn", """
CAFCASS SAFEGUARDING CHECK - POLICE RESPONSE
Cafcass ref: {cn}     Police ref: {urn}
Subjects checked: {M}; {F}; {Cf}
Local information held: Yes / No  -> YES
Summary: one domestic incident {s1} (verbal). Child notification sent to LA. No crimes recorded.
Bail conditions / court orders: none known
Completed by: Safeguarding Hub researcher    Date: {s2}
""")
T("email", "en", "police", """
Good morning,

Re: Cafcass safeguarding check - {cn}
I have conducted checks on the subjects named in your request. {pol} holds no information relevant to the safeguarding of the children.

Regards
Disclosure Unit
""", subj="RE: {cn} Police check")
T("letter", "en", "police", """
Dear Sir / Madam

Re: Request for information - family proceedings

Following your request dated {d1}, {pol} can disclose the following: {F} is the subject of a non-molestation order obtained by a former partner, expiring {d5}. He was arrested on {d2} for breach; the matter was not proceeded with.
There is no information held on the mother or the children.
""")
T("email", "cy", "police", """
Bore da,

Gwiriad diogelu CAFCASS Cymru - {cn}
Nid oes gan {polcy} unrhyw wybodaeth berthnasol am yr unigolion a enwir.

Uned Datgelu Gwybodaeth
""", subj="Gwiriad yr heddlu - {cn}")
T("form", "cy", "police", """
Ymateb yr heddlu i ymholiadau diogelu
Cyfeirnod CAFCASS Cymru: {cn}
Unigolion: {M}; {F}
A oes gwybodaeth leol?  Oes
Crynodeb: un digwyddiad domestig ({w1}); atgyfeiriad MARAC.
{polcy}
""")
T("hand", "en", None, """
POLICE CHECK - {cn}
M - nil
F - local intel: DA x2 ({oldyear})
C - nil
rec'd by phone {s2}
""")
T("ext", "en", "pnn", """
OFFICIAL-SENSITIVE - for Cafcass use only
Page 1 of 1
Safeguarding information: {M} is a repeat victim of domestic abuse (3 incidents). She has a marker on the address for priority response. {F} is a named suspect. Last incident: {s3}.
This information is provided under the Cafcass/police information sharing protocol.
""")
T("table", "en", "police", """
Local checks - result
Name	Checked	Result
{M}	{s2}	NFI
{F}	{s2}	Info held - see attached
{P}	{s2}	NFI
{Cf}	{s2}	Missing person report ({oldyear}), returned same day
""")
T("email", "bi", "police", """
Bore da / Good morning,

Dim gwybodaeth / No information held: {M}, {F}.
Uned Ddiogelu / Safeguarding Unit, {polcy}
""", subj="Gwiriad / Check {cn}")

# ============================================================================================
# NULL: items nobody would put in a case file.
# ============================================================================================
K(None, "not for any case file")
T("email", "en", "internal", """
I am out of the office until {d4} with limited access to e-mail. For urgent matters please contact the duty desk on 0300 456 4000.
""", subj="Automatic reply: {cn}")
T("email", "en", "internal", """
Team newsletter - {team}
- Welcome to our new practice supervisor!
- Reminder: wellbeing walk Thursday lunchtime
- Bake sale raised £142 for Children in Need
- Mandatory training deadline end of month
""", subj="Team news")
T("email", "en", "internal", """
IT Service Desk
Planned maintenance: ECMS will be unavailable from 18:00 Friday to 08:00 Monday. Please save your work. Do not scan documents during this period.
""", subj="ECMS outage this weekend")
T("doc", "en", "internal", """
PAYSLIP  Period {n}  Pay date {s3}
Employee no 40{ref2}
Basic pay 2,412.50  Tax 301.40  NI 142.77  Pension 181.00
Net pay 1,787.33
""")
T("email", "en", "internal", """
Room booking confirmed: Interview Room 3, {town} office, {day3} {d3} 10:00-11:30. Please leave the room tidy.
""", subj="Booking confirmation")
T("email", "en", "internal", """
Fire alarm test every Wednesday at 10am. On Tuesday {d2} there will be a full evacuation drill at 11:15. Assemble in the car park by the bike shelter.
Facilities
""", subj="Fire drill")
T("hand", "en", None, """
THIS PAGE IS INTENTIONALLY LEFT BLANK
""")
T("hand", "en", None, """
TEST PAGE  scanner 4  {s2}
ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789
""")
T("table", "en", "internal", """
Duty rota - {town}
Mon	{fca}
Tue	{sw}
Wed	{tm}
Thu	{ba}
Fri	{fca}
""")
T("email", "en", "internal", """
Dear colleague, Your password will expire in 3 days. Click here to keep your current password: http://cafcass-login-secure.co/reset
""", subj="Password expiry notice")
T("email", "en", "internal", """
Exclusive offer for family law professionals! 20% off our Children Act handbook, new edition. Order now.
Unsubscribe
""", subj="Last chance: 20% off")
T("email", "cy", "internal", """
Rwyf allan o'r swyddfa tan {w4}. Cysylltwch â'r ddesg ddyletswydd.
I am out of the office until {d4}. Please contact the duty desk.
""", subj="Ateb awtomatig / Automatic reply")
T("email", "cy", "internal", """
Cylchlythyr y tîm
- Croeso i aelodau newydd y tîm
- Hyfforddiant Cymraeg yn y gweithle ar gael
- Cofiwch gwblhau'r modiwl diogelu data
""", subj="Cylchlythyr")
T("doc", "cy", "internal", """
Hysbysiad: bydd y maes parcio ar gau ddydd Llun ar gyfer gwaith ail-wynebu. Defnyddiwch y maes parcio cyhoeddus.
""")
T("email", "en", "internal", """
Hi all, leaving drinks for Sandra on Friday from 5 at the Red Lion. Card is going round, please sign!
""", subj="Sandra's leaving do")
T("doc", "en", "internal", """
Mileage claim form
Month: {n}   Name: {fca}
Journeys: office - {town} - office  34 miles
Total: 34 miles @ 45p = £15.30
""")
T("email", "en", "internal", """
Your Microsoft Teams meeting: Practice forum
Join on your computer or mobile app
Meeting ID: 3{ref2}  Passcode: x7Qk2
""", subj="Practice forum")
T("hand", "en", None, """
DELIVERY NOTE
2 x A4 paper (5 boxes)
1 x toner HP 87A
signed ________
""")


# ============================================================================================
# Generation
# ============================================================================================
DOCN = {
    "contact-log": (["Contact log", "Case history", "Contact log print", "Running record"], ["Log cyswllt", "Cofnodion achos"]),
    "wtfh-outcome": (["WTFH outcome", "FHDRA outcome form", "Outcome of first hearing"], ["Canlyniad FHDRA"]),
    "detailed-recording": (["Home visit note", "Notes of interview with mother", "Detailed recording", "Tel interview F"], ["Cofnod manwl", "Cofnod ymweliad cartref"]),
    "welcome-letter": (["Welcome letter", "Welcome letter to applicant", "Intro letter R"], ["Llythyr croeso"]),
    "letter-to-parties": (["Letter to parties", "Appointment letter to father", "Letter to mother"], ["Llythyr at y partïon", "Llythyr apwyntiad"]),
    "letter-from-party": (["Letter from father", "Email from mother", "Complaint from father"], ["Llythyr gan y fam", "E-bost gan y tad"]),
    "correspondence": (["Email from court", "Letter from M's solicitors", "Correspondence", "Email SW"], ["Gohebiaeth", "E-bost gan y llys"]),
    "case-plan": (["Case plan", "Plan of work"], ["Cynllun achos"]),
    "case-plan-review": (["Case plan review", "Review of plan"], ["Adolygiad cynllun achos"]),
    "la-checks": (["LA checks", "LA response", "Local authority checks"], ["Gwiriadau awdurdod lleol", "Ymateb y cyngor"]),
    "screening-response": (["MARAC response", "Probation check", "Screening response"], ["Ymateb sgrinio"]),
    "safety-assessment": (["Risk assessment", "Safety plan", "DA screening tool"], ["Asesiad risg", "Asesiad diogelwch"]),
    "safeguarding-letter": (["Safeguarding letter", "SL", "SL for FHDRA"], ["Adroddiad ymholiadau diogelu", "SER"]),
    "section-7-report": (["s7 report", "Section 7 report final", "S7"], ["Adroddiad adran 7"]),
    "guardian-analysis": (["Initial analysis", "Final analysis", "Guardian's analysis"], ["Dadansoddiad y gwarcheidwad"]),
    "letter-to-court": (["Letter to court", "Extension request", "FAO letter to court"], ["Llythyr at y llys"]),
    "addendum-report": (["Addendum report", "Addendum s7", "Update report"], ["Adroddiad atodol"]),
    "letter-from-child": (["Letter from child", "C's letter to judge", "Letter from C"], ["Llythyr gan y plentyn"]),
    "child-drawing": (["Drawing", "Child's drawing", "C drawing"], ["Llun", "Llun gan y plentyn"]),
    "direct-work-record": (["Direct work", "Wishes and feelings", "Three houses"], ["Gwaith uniongyrchol"]),
    "child-meets-judge": (["Note of meeting with judge", "Child meeting judge"], ["Nodyn cyfarfod gyda'r barnwr"]),
    "court-order": (["Final order", "CAO", "Order", "Non mol order"], ["Gorchymyn", "Gorchymyn terfynol"]),
    "directions-order": (["Directions order", "Order FHDRA", "CMO"], ["Gorchymyn cyfarwyddiadau"]),
    "application": (["C100", "C1A", "C2 application"], ["Cais C100", "Cais"]),
    "position-statement": (["Position statement (M)", "Position statement father", "PS LA"], ["Datganiad sefyllfa"]),
    "witness-statement": (["Statement of mother", "Witness statement F", "SWET"], ["Datganiad tyst"]),
    "previous-cafcass": (["Previous s7", "Previous Cafcass info", "Old SL"], ["Gwybodaeth Cafcass flaenorol"]),
    "letter-of-instruction": (["LOI", "Letter of instruction expert"], ["Llythyr cyfarwyddo"]),
    "expert-report": (["Psych report", "Hair strand results", "Expert report"], ["Adroddiad arbenigol"]),
    "provider-report": (["Contact centre report", "DAPP report", "PT4C"], ["Adroddiad canolfan gyswllt"]),
    "cp-conference-minutes": (["ICPC minutes", "RCPC minutes"], ["Cofnodion cynhadledd"]),
    "agency-information": (["School info", "GP letter", "LA chronology"], ["Gwybodaeth ysgol", "Llythyr meddyg teulu"]),
    "legal-advice": (["Legal advice", "Advice CL"], ["Cyngor cyfreithiol"]),
    "solicitor-correspondence": (["Email child's solicitor", "Letter from child's solicitor"], ["Gohebiaeth cyfreithiwr"]),
    "legal-call-note": (["Note of call with solicitor", "Legal call note"], ["Nodyn galwad"]),
    "thank-you-card": (["Thank you card", "Card"], ["Cerdyn diolch"]),
    "informal-contact": (["Message from nan", "Informal contact", "Text msgs"], ["Neges"]),
    "court-bundle": (["Bundle index", "Bundle"], ["Bwndel"]),
    "pnc-disclosure": (["PNC", "PNC father"], ["Datgeliad PNC"]),
    "police-callouts": (["Police call outs", "Incident log"], ["Log galwadau'r heddlu"]),
    "police-check": (["Police check", "Police response"], ["Gwiriad heddlu"]),
}
ATT_SUBJ = {
    "court": ["{cn} - sealed documents", "{cname} {cn}", "Order - {cn}", "FW: {cn}"],
    "police": ["Response to Cafcass request {cn}", "OFFICIAL-SENSITIVE: {cn}", "Disclosure {cn}", "[SECURE] police information"],
    "pnn": ["OFFICIAL-SENSITIVE - {cn}", "Cafcass request - response", "RE: PNC request"],
    "la": ["Information request response - {cn}", "RE: Cafcass enquiry", "[SECURE] {cname}", "Documents"],
    "firm": ["{cname} - {cn}", "Our client: {A}", "Service of documents {cn}", "{cn} - bundle"],
    "firm2": ["{cn} - for the guardian", "{cname}", "Re {C}"],
    "nhs": ["Confidential - {Cf}", "Requested information", "Re: your request"],
    "school": ["{C} - information", "Cafcass request", "Re: {C}"],
    "cafcass": ["{cn}", "for ECMS - {cn}", "scan for file", "FW: {cname}"],
    "cymru": ["{cn}", "I'w gadw ar y ffeil / for the file", "IRIS - {cn}"],
    "web": ["", "court", "{C}", "from {Mf}", "docs"],
    "centre": ["Contact report {cn}", "Session notes"],
    "das": ["Confidential", "{cn}"],
    "lab": ["Results - {cn}", "Report TX"],
    "expert": ["Report - {cn}", "Final report"],
    "provider": ["{cn}", "Completion"],
    "probation": ["OFFICIAL SENSITIVE - {cn}"],
    "legal": ["Advice", "{cn} - advice"],
    "internal": [""],
}


def sender_for(org, c, rng):
    w = c["wales"]
    nm = lambda: f"{rng.choice(STAFF_F + STAFF_M + STAFF_CY).lower()}.{rng.choice(STAFF_SUR).lower()}"
    if org in ("cafcass", "cymru"):
        return f"{c['fcae']}@{'gov.wales' if w or org == 'cymru' else 'cafcass.gov.uk'}"
    if org == "legal":
        return f"{nm()}@gov.wales" if w else f"{nm()}@cafcass.gov.uk"
    if org == "court":
        return rng.choice([f"{c['slug']}.familyprivatelaw@justice.gov.uk", f"family.{c['slug']}.countycourt@justice.gov.uk", f"{c['slug']}.familypubliclaw@justice.gov.uk"])
    if org == "la":
        return rng.choice([f"{c['swe']}@{c['ladom']}", f"mash@{c['ladom']}", f"childrens.frontdoor@{c['ladom']}", f"csc.records@{c['ladom']}"])
    if org == "police":
        return rng.choice([f"disclosure.unit@{c['poldom']}.police.uk", f"{nm()}@{c['poldom']}.police.uk", f"safeguarding.hub@{c['poldom']}.police.uk"])
    if org == "pnn":
        return rng.choice([f"disclosure@{c['poldom']}.pnn.police.uk", f"{nm()}@{c['poldom']}.pnn.police.uk"])
    if org == "nhs":
        return f"{nm()}@{'wales.nhs.uk' if w else 'nhs.net'}"
    if org == "school":
        return f"{rng.choice(['office', 'dsl', 'head', 'admin'])}@{c['schdom']}"
    if org == "firm":
        return f"{c['psole']}@{c['firmdom']}"
    if org == "firm2":
        return f"{c['sole']}@{c['firm2dom']}"
    if org == "web":
        who = rng.choice([c["Mf"] + c["Ms"], c["Ff"] + c["Fs"], c["Mf"] + str(rng.randint(80, 99)), c["Ff"].lower() + "_" + c["Fs"][:3]])
        return f"{who.lower()}{rng.randint(1, 999) if rng.random() < 0.5 else ''}@{rng.choice(WEBMAIL)}"
    if org == "centre":
        return f"referrals@{c['ccdom']}"
    if org == "das":
        return f"{rng.choice(['admin', 'idva', 'marac', 'dapp'])}@{c['dasdom']}"
    if org == "lab":
        return f"results@{c['labdom']}"
    if org == "expert":
        return f"{c['exp'].lower().replace(' ', '.')}@{rng.choice(['expertpsychology', 'familyassessments', 'courtreports'])}.co.uk"
    if org == "provider":
        return "wt4c@teuluoedd-gyda-gilydd.org.uk" if w else rng.choice(["noreply@pt4c-online.co.uk", "admin@familiesfirstcontact.org.uk"])
    if org == "probation":
        return f"{nm()}@justice.gov.uk"
    if org == "internal":
        return rng.choice(["it.servicedesk@cafcass.gov.uk", "facilities@cafcass.gov.uk", f"{nm()}@cafcass.gov.uk", "newsletter@cafcass.gov.uk"] if not w else [f"{nm()}@gov.wales", "gwasanaethau.tg@gov.wales"])
    return ""


def ocr_noise(text, rng, heavy):
    rate = 0.16 if heavy else 0.07
    out_lines = []
    for line in text.split("\n"):
        words = line.split(" ")
        for i, w in enumerate(words):
            if not w or rng.random() > rate:
                continue
            op = rng.randrange(10)
            if op == 0 and "m" in w:
                w = w.replace("m", "rn", 1)
            elif op == 1 and "rn" in w:
                w = w.replace("rn", "m", 1)
            elif op == 2 and "l" in w:
                w = w.replace("l", "1", 1)
            elif op == 3 and ("O" in w or "o" in w):
                w = w.replace("O", "0", 1) if "O" in w else w.replace("o", "0", 1)
            elif op == 4 and "cl" in w:
                w = w.replace("cl", "d", 1)
            elif op == 5 and len(w) > 5:
                k = rng.randint(2, len(w) - 2)
                w = w[:k] + " " + w[k:]
            elif op == 6:
                w = w + rng.choice(["'", ".", ",", "~", "|", "»", "`"])
            elif op == 7 and "fi" in w:
                w = w.replace("fi", "ﬁ", 1)
            elif op == 8 and len(w) > 7:
                k = rng.randint(3, len(w) - 3)
                w = w[:k] + "-\n" + w[k:]
            elif op == 9 and "I" in w:
                w = w.replace("I", "l", 1)
            words[i] = w
        out_lines.append(" ".join(words))
        if rng.random() < (0.05 if heavy else 0.02):
            out_lines.append(rng.choice([". ,", "|", "'", "~ -", "::"]))
    t = "\n".join(out_lines)
    if rng.random() < 0.8:
        t = t.translate(str.maketrans("âêîôûŵŷÂÊÎÔÛŴŶ", "aeiouwyAEIOUWY"))
    return t


def uninformative_name(source, part, rng, c, form):
    d = c["s2"].split("/")
    ymd = f"{d[2]}{d[1]}{d[0]}"
    n = rng.randint(1, 9999)
    if part == "email":
        return rng.choice(["message.eml", "email.eml", "Outlook item.msg", f"mail_{n}.eml", f"{ymd}.eml", "RE_.msg", f"msg{n:05d}.eml"])
    if part == "attachment":
        if form == "hand":
            return rng.choice([f"IMG_{n:04d}.jpg", f"WhatsApp Image {d[2]}-{d[1]}-{d[0]} at {c['t1'].replace(':', '.')}.47.jpeg", f"image00{rng.randint(1, 6)}.png", f"IMG_{n:04d}.HEIC"])
        return rng.choice([f"ATT0000{rng.randint(1, 9)}.pdf", f"image00{rng.randint(1, 9)}.png", f"attachment-{rng.randint(1, 4)}.pdf", f"Document{rng.randint(1, 12)}.docx",
                           "letter.pdf", f"{ymd}.pdf", "scan.pdf", "untitled.pdf", "Doc1.docx", f"scan{n:04d}.pdf", "noname.pdf", f"{c['cn'][:4]}{n}.pdf"])
    if source == "scan":
        return rng.choice([f"SCAN_{ymd}_{n:06d}.pdf", f"KM_C308{ymd[2:]}{n:04d}.pdf", f"SKM_C45822{ymd[2:]}{n:05d}.pdf", f"scan0{n:04d}.tif", f"Scan {d[2]}-{d[1]}-{d[0]} {c['t1'].replace(':', '.')}.pdf",
                           f"RICOH_MP_C3004_{n}.pdf", f"img{n:04d}.tif", f"doc0{n:04d}.pdf", f"XEROX_{ymd}_{n}.pdf", f"Station3_{n:05d}.tiff"])
    if source == "upload":
        return rng.choice([f"upload_{n}.pdf", f"Document{rng.randint(1, 20)}.docx", "file.pdf", f"{n}.pdf", "download.pdf", "Print.pdf", "output.pdf", f"portal_{ymd}_{n}.pdf"])
    return rng.choice(["New Microsoft Word Document.docx", f"misc {ymd[2:4]}.doc", "Copy of notes.doc", f"DOC{n:04d}.DOC", f"scan {n}.pdf", "old file.doc", f"~WRL{n:04d}.tmp.doc",
                       f"{c['Mi']} {d[0]}.{d[1]}.doc", "Document.rtf", f"{c['CS'].upper()} FILE {n}.doc"])


TO_COURT = {"letter-to-court", "safeguarding-letter", "guardian-analysis", "addendum-report", "section-7-report"}
TO_PARTY = {"letter-to-parties", "welcome-letter"}


def header_block(c, rng, frm, subj, kind, org):
    inbox = [f"{c['fca']} <{c['fcae']}@{c['cafdom']}>", f"Business Services <{c['slug']}.bss@{c['cafdom']}>", f"Intake Team <intake.{c['slug']}@{c['cafdom']}>"]
    if org in ("cafcass", "cymru", "legal"):
        if kind == "solicitor-correspondence":
            inbox = [f"{c['sol']} <{c['sole']}@{c['firm2dom']}>"]
        elif kind in TO_COURT:
            inbox = [f"{c['slug']}.familyprivatelaw@justice.gov.uk", f"family.{c['slug']}.countycourt@justice.gov.uk"]
        elif kind in TO_PARTY:
            inbox = [f"{c['Af'].lower()}{c['n']}{c['n']}@{WEBMAIL[c['n'] % len(WEBMAIL)]}", f"{c['Rf'].lower()}.{c['n']}@{WEBMAIL[(c['n'] + 1) % len(WEBMAIL)]}"]
        elif org == "legal":
            inbox = [f"{c['fca']} <{c['fcae']}@{c['cafdom']}>"]
        else:
            inbox = [f"{c['tm']} <{c['tm'].lower().replace(' ', '.')}@{c['cafdom']}>", f"Business Services <{c['slug']}.bss@{c['cafdom']}>"]
    if not frm.startswith(c["fcae"]) and frm.endswith(c["cafdom"]) and org in ("cafcass", "cymru"):
        inbox = [f"{c['fca']} <{c['fcae']}@{c['cafdom']}>"]
    to = rng.choice(inbox)
    dname = frm.split("@")[0].replace(".", " ").title()
    lines = [f"From: {dname} <{frm}>", f"Sent: {c['day3']}, {c['d3']} {c['t2']}", f"To: {to}"]
    if rng.random() < 0.3:
        lines.append(f"Cc: {c['tm']}")
    lines.append(f"Subject: {subj}")
    return "\n".join(lines) + "\n\n"


def derived(c, rng):
    cy_court = c["courtcy"]
    c["yn_court"] = cy_court.replace("Y Llys Teulu ", "") if c["wales"] else f"at {c['courtn']}"
    c["yn_court_u"] = c["yn_court"].upper()
    c["COURTN"] = c["courtn"].upper()
    c["D4"] = c["d4"].upper()
    c["W4"] = c["w4"].upper()
    c["Fs_u"], c["Ff_u"] = c["Fs"].upper(), c["Ff"].upper()
    c["slug"] = re.sub(r"[^a-z]", "", c["courtn"].lower().replace("the ", ""))[:14]
    c["fs2"], c["fs3"] = rng.choice(STAFF_SUR), rng.choice(STAFF_SUR)
    c["fcai"] = "".join(p[0] for p in c["fca"].split())
    c["hd"] = c["d5"]
    oy = c["year"] - rng.randint(3, 9)
    c["oldyear"] = oy
    code = c["cn"][:2]
    c["oldcn"] = f"{code}{oy % 100:02d}P{rng.randint(100, 99999):05d}"
    c["oldcn2"] = f"{code}{oy % 100:02d}C{rng.randint(100, 99999):05d}"
    c["fca2"] = f"{rng.choice(STAFF_F + STAFF_M)} {rng.choice(STAFF_SUR)}"
    boy = c["his"] == "his"
    c["eifam"] = "ei fam" if boy else "ei mam"
    c["eidad"] = "ei dad" if boy else "ei thad"
    c["gydaifam"] = "gyda'i fam" if boy else "gyda'i mam"
    c["gydaidad"] = "gyda'i dad" if boy else "gyda'i thad"
    c["eiystafell"] = "ei ystafell" if boy else "ei hystafell"
    c["eifod"] = "ei fod" if boy else "ei bod"
    c["eifarn"] = "ei farn a'i deimladau" if boy else "ei barn a'i theimladau"
    return c


PUBLIC_RE = re.compile(r"care order|interim care|SWET|\bIRH\b|guardian|gwarcheidwad|Looked After|foster|placement order|threshold|C110A|special guardianship|orchymyn gofal|lleoliad maeth|local authority's|Public Law|LAC review|care proceedings|care plan|cynllun gofal", re.I)
PRIVATE_RE = re.compile(r"C100|\bs7\b|section 7|adran 7|FHDRA|safeguarding letter|WTFH|C1A|PT4C|WT4C|child arrangements|trefniadau plant|Planning Together|Ymholiadau Diogelu|Safeguarding Enquiries", re.I)


def law_of(text):
    pub, priv = bool(PUBLIC_RE.search(text)), bool(PRIVATE_RE.search(text))
    if pub and not priv:
        return "C"
    if priv and not pub:
        return "P"
    return None


def set_law(c, rng, law):
    c["law"] = law
    c["cn"] = c["cn"][:4] + law + c["cn"][5:]
    if law == "C":
        las = c["la"].replace("City Council", "CC").replace("County Council", "CC").replace("Council", "").strip()
        c["cname"] = rng.choice([f"{las} v {c['Ms']}", f"Re {c['CS']}", f"{las} v {c['Ms']} and {c['Fs']}"])
    else:
        a_s, r_s = c["A"].split()[-1], c["R"].split()[-1]
        c["cname"] = f"{a_s} v {r_s}" if a_s != r_s else f"Re {c['CS']}"


CHILD_KINDS = {"letter-from-child", "child-drawing", "thank-you-card"}
RC_LABEL = {
    "child-protection": ("Child Protection", "Amddiffyn Plant"),
    "looked-after-child": ("Looked After Child", "Plentyn sy'n Derbyn Gofal"),
    "other-childrens-social-care": ("All other children's social care files", "Holl ffeiliau gofal cymdeithasol plant eraill"),
    "adult-posing-risk": ("Adults who pose a risk to children", "Oedolion sy'n peri risg i blant"),
    "adoption": ("Adoption", "Mabwysiadu"),
    "foster-carers": ("Foster Carers", "Gofalwyr Maeth"),
    "missing-person": ("CPR Missing Persons Records", "Cofnodion Pobl ar Goll"),
}
# which classes a status line may plausibly state on a local authority document of each kind
STATUS = {
    "la-checks": ["child-protection", "other-childrens-social-care", "adult-posing-risk", "looked-after-child"],
    "agency-information": ["looked-after-child", "other-childrens-social-care", "child-protection"],
    "cp-conference-minutes": ["child-protection"],
    "witness-statement": ["looked-after-child", "child-protection"],
    "position-statement": ["looked-after-child", "child-protection"],
    "court-bundle": ["looked-after-child"],
    "addendum-report": ["other-childrens-social-care"],
    "application": ["child-protection", "looked-after-child"],
}


def build(kind, slot, tpl, idx):
    rng = random.Random(f"{SEED}|{kind}|{slot}|{tpl['name']}")
    lang = "en" if tpl["lang"] == "en" else "cy"
    c = derived(make_ctx(rng, kind or "null", lang == "cy"), rng)
    law = law_of(tpl["text"])
    if law and law != c["law"]:
        set_law(c, rng, law)
    body = fill(tpl["text"], c)
    form, org = tpl["form"], tpl["org"]
    if c["wales"]:
        # an English-language template set in Wales: the service is CAFCASS Cymru, records are in IRIS
        body = re.sub(r"(?<!CAFCASS )Cafcass(?! Cymru)", "CAFCASS Cymru", body).replace("ECMS", "IRIS")
        if org == "cafcass":
            org = "cymru"
    recipe = [tpl["name"], form]
    subject = ""
    sender = ""
    # ----- part and source
    if form == "email":
        part, source = "email", "email"
    elif form == "hand":
        if rng.random() < 0.14 or (kind in CHILD_KINDS and rng.random() < 0.1):
            part, source = "attachment", "email"
        else:
            part, source = "document", "scan"
    else:
        if org is None:
            weights = {"attachment": 0.3, "scan": 0.55, "upload": 0.15, "tree": 0.0}
        elif form == "table":
            weights = {"attachment": 0.4, "scan": 0.1, "upload": 0.25, "tree": 0.25}
        elif form == "letter":
            weights = {"attachment": 0.42, "scan": 0.45, "upload": 0.08, "tree": 0.05}
        else:
            weights = {"attachment": 0.42, "scan": 0.3, "upload": 0.14, "tree": 0.14}
        pick = rng.choices(list(weights), list(weights.values()))[0]
        part, source = ("attachment", "email") if pick == "attachment" else ("document", pick)
    if org == "internal" or kind is None:
        pass
    # ----- sender and subject
    if source == "email":
        s_org = org
        if s_org is None:
            s_org = "web" if kind in CHILD_KINDS or kind in ("letter-from-party", "informal-contact") else "cafcass"
        sender = sender_for(s_org, c, rng)
        first = tpl["text"].lstrip().split("\n")[0]
        if s_org in ("cafcass", "cymru") and form == "email" and "{fcaf}" in first:
            # written to the practitioner by business services or the manager, not by the practitioner
            who = c["tm"] if kind in ("case-plan-review", "case-plan") else c["ba"]
            sender = f"{who.lower().replace(' ', '.')}@{c['cafdom']}"
        if form == "email":
            subject = fill(tpl["subj"], c) if tpl["subj"] is not None else ""
            if subject and rng.random() < 0.12:
                subject = rng.choice(["RE: ", "FW: ", "Fwd: ", "[OFFICIAL-SENSITIVE] "]) + subject
            if rng.random() < 0.08:
                subject = ""
        else:
            subject = fill(rng.choice(ATT_SUBJ.get(s_org, [""])), c)
            if rng.random() < 0.2:
                subject = ""
    # ----- physical form
    text = body
    if form == "letter" and org not in (None, "web", "internal"):
        lh = fill(rng.choice(LETTERHEAD[org]), c)
        ft = fill(rng.choice(FOOTER[org]), c)
        text = lh + "\n\n" + text + "\n\n" + ft
        recipe += ["lh", "foot"]
    if form == "email":
        if rng.random() < 0.55:
            text = header_block(c, rng, sender, subject, kind, org) + text
            recipe.append("hdr")
        if org in DISCLAIMER and rng.random() < 0.45:
            text += "\n\n" + fill(DISCLAIMER[org], c)
            recipe.append("disc")
        if rng.random() < 0.15:
            text += f"\n\n-----Original Message-----\nFrom: {c['fca']}\nSent: {c['s2']}\nSubject: {c['cn']}\n> Thank you. Could you send me what you have, please?"
            recipe.append("thread")
    paged = kind == "court-bundle" or "Page" in text or "Tudalen" in text
    if form == "ext" and rng.random() < 0.5 and not paged:
        text += f"\n{'Tudalen' if lang == 'cy' else 'Page'} {c['pg']} {'o' if lang == 'cy' else 'of'} {c['pgm']}"
        recipe.append("pg")
    if form in ("doc", "ext", "form") and kind != "court-bundle" and "pg" not in recipe and rng.random() < 0.25:
        hdr = rng.choice(["OFFICIAL - SENSITIVE", "OFFICIAL-SENSITIVE: PERSONAL", f"{c['cn']}", "SWYDDOGOL - SENSITIF / OFFICIAL - SENSITIVE" if lang == "cy" else "CONFIDENTIAL"])
        pg = f"Tudalen 1 o {c['n']}" if lang == "cy" else f"Page 1 of {c['n']}"
        text = hdr + "\n" + text + f"\n{hdr if hdr != c['cn'] else ''}   {c['cn']}   {pg}"
        recipe.append("hf")
    if form == "doc" and rng.random() < 0.15:
        lines = text.split("\n")
        if len(lines) > 6:
            cut = max(5, int(len(lines) * rng.uniform(0.6, 0.85)))
            text = "\n".join(lines[:cut])
            recipe.append("trunc")
    # ----- a record-class status line on some local authority documents (002 para 8 classes)
    if org == "la" and form != "email" and not tpl["rc"] and kind in STATUS and rng.random() < 0.45:
        rc_id = rng.choice(STATUS[kind])
        label, label_cy = RC_LABEL[rc_id]
        line = fill(rng.choice(["Record class: {x}", "File type: {x}", "Retention category: {x}", "Case record: {x}"]), {"x": label})
        if lang == "cy":
            line = f"Dosbarth cofnod / Record class: {label_cy} ({label})"
        lines = text.split("\n")
        at = rng.choice([1, 2, len(lines)])
        lines.insert(at, line)
        text = "\n".join(lines)
        tpl = dict(tpl, rc=(rc_id, label))
        recipe.append("status")
    # ----- record class (checked before OCR noise)
    record_class = None
    if tpl["rc"] and tpl["rc"][1].lower() in text.lower():
        record_class = tpl["rc"][0]
    # ----- OCR
    if source == "scan" or (form == "hand" and part == "attachment"):
        if form == "hand":
            if rng.random() < 0.52:
                text = ocr_noise(text, rng, heavy=True)
                recipe.append("ocr")
        elif rng.random() < 0.35:
            text = ocr_noise(text, rng, heavy=False)
            recipe.append("ocr")
    # ----- file name
    conventional = part != "email" and kind is not None and rng.random() < 0.3
    if conventional:
        en_names, cy_names = DOCN[kind]
        docname = rng.choice(cy_names if lang == "cy" and rng.random() < 0.7 else en_names)
        if tpl["doc"]:
            docname = fill(tpl["doc"], c)
        file_name = f"{c['cname']} - {c['cn']} - {docname}.pdf"
        recipe.append("conv")
    else:
        file_name = uninformative_name(source, part, rng, c, form)
    rec = {"id": f"g{idx:04d}", "kind": kind, "language": lang, "part": part, "source": source, "file_name": file_name,
           "sender": sender, "subject": subject, "text": text}
    if record_class:
        rec["record_class"] = record_class
    rec["recipe"] = "+".join(recipe)
    return rec


def plan():
    kinds_toml = tomllib.loads((HERE / "kinds.toml").read_text(encoding="utf-8"))["kind"]
    kinds = [k["id"] for k in kinds_toml]
    prng = random.Random(SEED)
    eleven = set(prng.sample(kinds, 15))
    slots = []
    for k in kinds:
        tpls = TPL[k]
        n = max(11 if k in eleven else 10, len(tpls))
        order = list(range(len(tpls)))
        prng.shuffle(order)
        chosen = list(order)
        while len(chosen) < n:
            chosen.append(prng.randrange(len(tpls)))
        chosen = chosen[:n] if len(tpls) <= n else chosen
        for s, ti in enumerate(chosen):
            slots.append((k, s, tpls[ti]))
    tn = TPL[None]
    chosen = list(range(len(tn)))
    prng.shuffle(chosen)
    while len(chosen) < 25:
        chosen.append(prng.randrange(len(tn)))
    for s, ti in enumerate(chosen[:25]):
        slots.append((None, s, tn[ti]))
    prng.shuffle(slots)
    return kinds_toml, slots


def main():
    kinds_toml, slots = plan()
    recs = [build(k, s, t, i + 1) for i, (k, s, t) in enumerate(slots)]
    with OUT.open("w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    validate(kinds_toml, slots)


def validate(kinds_toml, slots):
    names = {k["id"]: (k["name"], k["name_cy"]) for k in kinds_toml}
    folder = {k["id"]: k["folder"] for k in kinds_toml}
    fields = {"id", "kind", "language", "part", "source", "file_name", "sender", "subject", "text", "record_class", "recipe"}
    rcs = {"looked-after-child", "adoption", "foster-carers", "child-protection", "other-childrens-social-care", "adult-posing-risk", "missing-person"}
    recs, ids = [], set()
    for ln in OUT.read_text(encoding="utf-8").splitlines():
        r = json.loads(ln)
        assert set(r) <= fields and fields - {"record_class"} <= set(r), r["id"]
        assert r["id"] not in ids and r["id"].startswith("g")
        ids.add(r["id"])
        assert r["kind"] is None or r["kind"] in names, r["kind"]
        assert r["language"] in ("en", "cy") and r["part"] in ("document", "attachment", "email") and r["source"] in ("scan", "email", "upload", "tree")
        assert (r["part"] in ("email", "attachment")) == (r["source"] == "email")
        assert r["part"] == "document" or r["sender"], r["id"]
        assert r["text"].strip(), r["id"]
        assert r.get("record_class") is None or r["record_class"] in rcs
        recs.append(r)
    for k in names:
        assert len(TPL[k]) >= 8, (k, len(TPL[k]))
        assert sum(1 for r in recs if r["kind"] == k) >= 10, k
        assert sum(1 for r in recs if r["kind"] == k and r["language"] == "cy") >= 2, k
    bykind = Counter(r["kind"] for r in recs)
    cykind = Counter(r["kind"] for r in recs if r["language"] == "cy")
    print(f"total {len(recs)}  templates {sum(len(v) for v in TPL.values())}")
    print("by kind (examples / Welsh / templates):")
    for k in names:
        print(f"  {k:26s} {bykind[k]:3d} {cykind[k]:3d} {len(TPL[k]):3d}")
    print(f"  {'null':26s} {bykind[None]:3d} {cykind[None]:3d} {len(TPL[None]):3d}")
    fc = Counter(folder[r["kind"]] if r["kind"] else "none" for r in recs)
    print("by folder:", dict(fc))
    print("language:", dict(Counter(r["language"] for r in recs)))
    print("part:", dict(Counter(r["part"] for r in recs)))
    print("source:", dict(Counter(r["source"] for r in recs)))
    print("record_class:", dict(Counter(r["record_class"] for r in recs if r.get("record_class"))))
    scans = [r for r in recs if r["source"] == "scan"]
    print(f"scans {len(scans)}, with OCR noise {sum('ocr' in r['recipe'].split('+') for r in scans)}")
    print(f"conventional file names {sum('conv' in r['recipe'].split('+') for r in recs)}")
    print("forms:", dict(Counter(r["recipe"].split("+")[1] for r in recs)))
    labelled = [r for r in recs if r["kind"]]
    named = sum(1 for r in labelled if any(n.lower() in r["text"].lower() for n in names[r["kind"]]))
    head = 0
    for r in labelled:
        first = "\n".join(r["text"].split("\n")[:4]).lower()
        head += any(n.lower() in first for n in names[r["kind"]])
    print(f"kind name anywhere in text: {named}/{len(labelled)}; in first 4 lines: {head}/{len(labelled)}")
    words = sorted(len(r["text"].split()) for r in recs)
    print(f"words: median {words[len(words) // 2]}, max {words[-1]}")


if __name__ == "__main__":
    main()
