#!/usr/bin/env python3
"""Generate training set M for the document-routing classifier.

Set M is "one week of intake": what arrives at a Cafcass service area in Yorkshire and at
CAFCASS Cymru teams in the week of Monday 11 March 2024, told through the channels (scanning
station, shared mailbox, upload, legacy shared drive) and the people who send things.

Everything is synthetic: every person, child, address, reference, telephone number, e-mail
address and case number is invented. Real public bodies (courts, councils, police forces, NHS
bodies, Cafcass, CAFCASS Cymru) are named, but no real record was used. Telephone numbers are
taken from Ofcom's ranges reserved for drama.

Standard library only; deterministic. Run:

    python3 pipelines/routing/make_training_m.py

It writes training-m.jsonl next to itself, validates it and prints the counts.
"""
import collections
import datetime as dt
import json
import random
import re
import statistics
import tomllib
from pathlib import Path

SEED = 110324
HERE = Path(__file__).resolve().parent
OUT = HERE / "training-m.jsonl"
KINDS_TOML = HERE / "kinds.toml"

WEEK = [dt.date(2024, 3, 11) + dt.timedelta(days=i) for i in range(5)]
DAY_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DAY_CY = ["Dydd Llun", "Dydd Mawrth", "Dydd Mercher", "Dydd Iau", "Dydd Gwener", "Dydd Sadwrn", "Dydd Sul"]
MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON_CY = ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi",
          "Hydref", "Tachwedd", "Rhagfyr"]

# --------------------------------------------------------------------------------------------
# Names (all invented combinations)
# --------------------------------------------------------------------------------------------
EN_ADULT_F = ["Kayleigh", "Gemma", "Stacey", "Laura", "Nadia", "Shabana", "Joanne", "Emma", "Danielle",
              "Agnieszka", "Chantelle", "Rebecca", "Sophie", "Leanne", "Hayley", "Farah", "Natalie",
              "Jade", "Kirsty", "Samira", "Donna", "Claire", "Amy", "Zoe"]
EN_ADULT_M = ["Darren", "Lee", "Craig", "Imran", "Ryan", "Jamie", "Kieran", "Mohammed", "Tomasz",
              "Wayne", "Scott", "Daniel", "Adam", "Carl", "Jordan", "Nathan", "Asif", "Liam", "Gavin",
              "Marcus", "Dean", "Shaun", "Piotr", "Callum"]
EN_SURN = ["Hargreaves", "Booth", "Kaur", "Hussain", "Whitaker", "Sutcliffe", "Walsh", "Nowak",
           "Ackroyd", "Dobson", "Barker", "Akhtar", "Fletcher", "Holroyd", "Pickles", "Metcalfe",
           "Rahman", "Thornton", "Kowalski", "Brennan", "Lister", "Haigh", "Bibi", "Shaw", "Moran",
           "Greenwood", "Crossley", "Oduya", "Stead", "Rushworth", "Mirza", "Hebblethwaite",
           "Armitage", "Cawthorne", "Dziedzic", "Firth", "Naylor", "Pearson", "Sowerby", "Tennant"]
CY_ADULT_F = ["Sioned", "Catrin", "Rhian", "Ffion", "Angharad", "Nerys", "Bethan", "Eleri", "Manon",
              "Llinos", "Heledd", "Carys", "Mererid", "Elen", "Gwenno", "Meinir"]
CY_ADULT_M = ["Dafydd", "Rhys", "Gareth", "Iwan", "Aled", "Geraint", "Huw", "Dylan", "Emyr", "Gethin",
              "Owain", "Rhodri", "Sion", "Arwel", "Tudur", "Elfed"]
CY_SURN = ["Jones", "Williams", "Hughes", "Roberts", "Parry", "Pritchard", "Owen", "Ellis",
           "Griffiths", "Evans", "Lloyd", "Rowlands", "Thomas", "Jenkins", "Morgan", "Bowen", "Pugh",
           "Prys", "Humphreys", "Gruffydd", "Wyn", "Vaughan", "Llywelyn", "Tudor"]
EN_CHILD_F = ["Amelia", "Isla", "Ava", "Freya", "Lily", "Poppy", "Evie", "Maisie", "Aisha", "Zara",
              "Hania", "Ruby", "Willow", "Esme", "Sienna", "Ivy", "Layla", "Maryam", "Ellie", "Darcie"]
EN_CHILD_M = ["Jacob", "Alfie", "Harry", "Noah", "Leo", "Oscar", "Riley", "Mason", "Ayaan", "Kacper",
              "Teddy", "Archie", "Jayden", "Freddie", "Ibrahim", "Tyler", "Logan", "Reggie", "Zain",
              "Charlie"]
CY_CHILD_F = ["Mali", "Efa", "Alaw", "Lowri", "Nel", "Cadi", "Gwen", "Seren", "Elan", "Mabli", "Erin",
              "Non", "Megan", "Lleucu"]
CY_CHILD_M = ["Cai", "Osian", "Elis", "Guto", "Macsen", "Tomos", "Ianto", "Deio", "Gruff", "Llew", "Jac",
              "Harri", "Twm", "Morgan"]
PRO_F = ["Sarah", "Helen", "Rachel", "Janet", "Priya", "Louise", "Michelle", "Caroline", "Ruth",
         "Anita", "Bethany", "Karen", "Yasmin", "Alison", "Fiona", "Gillian"]
PRO_M = ["Andrew", "Paul", "Richard", "Simon", "Mark", "David", "Stephen", "Khalid", "Martin",
         "Jonathan", "Neil", "Graham", "Tariq", "Robert"]
PRO_SURN = ["Marsden", "Ingham", "Okafor", "Bentley", "Chaudhry", "Lockwood", "Pennington", "Varley",
            "Kendall", "Rowbotham", "Asquith", "Hirst", "Beaumont", "Sykes", "Nolan", "Ramsden",
            "Oldroyd", "Garside", "Patel", "Whiteley", "Illingworth", "Dransfield", "Coates", "Mallinson"]

STREETS_EN = ["Ashfield Terrace", "Back Lane", "Cliffe Road", "Delph Close", "Fernbank Drive",
              "Gledhow Grove", "Hollin Way", "Kirk View", "Low Fold", "Mill Bank", "Netherfield Rise",
              "Parkside Walk", "Quarry Street", "Rookery Lane", "Stonegate Mews", "Tinker Fold",
              "Woodhouse Court", "Beck Side"]
STREETS_CY = ["Stryd y Bont", "Lôn Las", "Ffordd y Castell", "Maes yr Haf", "Rhes Glanrafon",
              "Cae Bach", "Ffordd Penrallt", "Stryd Fawr", "Lôn y Felin", "Bryn Eithin", "Heol y Nant",
              "Tan y Bryn"]

# --------------------------------------------------------------------------------------------
# Places and real public bodies. Courts in a Yorkshire service area; councils and police can be
# elsewhere (a parent lives in another area). Welsh courts, councils, police and health boards.
# --------------------------------------------------------------------------------------------
EN_COURTS = [
    dict(code="LS", place="Leeds", full="the Family Court sitting at Leeds", bldg="Leeds Combined Court Centre",
         office="Leeds", tel="0113 496 0"),
    dict(code="BD", place="Bradford", full="the Family Court sitting at Bradford", bldg="Bradford Combined Court Centre",
         office="Bradford", tel="01632 960"),
    dict(code="HD", place="Huddersfield", full="the Family Court sitting at Huddersfield",
         bldg="Huddersfield County Court and Family Court", office="Leeds", tel="01632 960"),
    dict(code="WF", place="Wakefield", full="the Family Court sitting at Wakefield", bldg="Wakefield Civil and Family Justice Centre",
         office="Wakefield", tel="01632 960"),
    dict(code="YO", place="York", full="the Family Court sitting at York", bldg="York County Court and Family Court",
         office="York", tel="01632 960"),
    dict(code="SF", place="Sheffield", full="the Family Court sitting at Sheffield", bldg="Sheffield Combined Court Centre",
         office="Sheffield", tel="0114 496 0"),
    dict(code="HU", place="Hull", full="the Family Court sitting at Kingston upon Hull", bldg="Hull Combined Court Centre",
         office="Hull", tel="01632 960"),
]
EN_LAS = [
    dict(key="leeds", name="Leeds City Council", short="Leeds", dom="leeds.gov.uk", front="Duty and Advice Team",
         police="wyp", nhs="Leeds Community Healthcare NHS Trust"),
    dict(key="bradford", name="City of Bradford Metropolitan District Council", short="Bradford", dom="bradford.gov.uk",
         front="Children's Initial Contact Point", police="wyp", nhs="Bradford District Care NHS Foundation Trust"),
    dict(key="kirklees", name="Kirklees Council", short="Kirklees", dom="kirklees.gov.uk", front="Children's Front Door",
         police="wyp", nhs="Calderdale and Huddersfield NHS Foundation Trust"),
    dict(key="wakefield", name="Wakefield Council", short="Wakefield", dom="wakefield.gov.uk", front="Integrated Front Door",
         police="wyp", nhs="Mid Yorkshire Teaching NHS Trust"),
    dict(key="york", name="City of York Council", short="York", dom="york.gov.uk", front="Multi-Agency Safeguarding Hub",
         police="nyp", nhs="York and Scarborough Teaching Hospitals NHS Foundation Trust"),
    dict(key="northyorks", name="North Yorkshire Council", short="North Yorkshire", dom="northyorks.gov.uk",
         front="Multi-Agency Screening Team", police="nyp", nhs="Harrogate and District NHS Foundation Trust"),
    dict(key="sheffield", name="Sheffield City Council", short="Sheffield", dom="sheffield.gov.uk", front="Safeguarding Hub",
         police="syp", nhs="Sheffield Children's NHS Foundation Trust"),
    dict(key="hull", name="Hull City Council", short="Hull", dom="hull.gov.uk", front="Early Help and Safeguarding Hub",
         police="hum", nhs="Humber Teaching NHS Foundation Trust"),
    dict(key="lancs", name="Lancashire County Council", short="Lancashire", dom="lancashire.gov.uk",
         front="Multi-Agency Safeguarding Hub", police="lan", nhs="Lancashire and South Cumbria NHS Foundation Trust"),
    dict(key="manchester", name="Manchester City Council", short="Manchester", dom="manchester.gov.uk",
         front="Children's Advice and Support Service", police="gmp", nhs="Manchester University NHS Foundation Trust"),
    dict(key="derbys", name="Derbyshire County Council", short="Derbyshire", dom="derbyshire.gov.uk", front="Starting Point",
         police="der", nhs="Derbyshire Community Health Services NHS Foundation Trust"),
    dict(key="lincs", name="Lincolnshire County Council", short="Lincolnshire", dom="lincolnshire.gov.uk",
         front="Children's Services Customer Service Centre", police="lin", nhs="Lincolnshire Community Health Services NHS Trust"),
    dict(key="towerhamlets", name="London Borough of Tower Hamlets", short="Tower Hamlets", dom="towerhamlets.gov.uk",
         front="MASH", police="met", nhs="East London NHS Foundation Trust"),
]
COURT_LA = {"LS": ["leeds"], "BD": ["bradford"], "HD": ["kirklees"], "WF": ["wakefield"], "YO": ["york", "northyorks"],
            "SF": ["sheffield"], "HU": ["hull"]}
POLICE = {
    "wyp": dict(name="West Yorkshire Police", dom="westyorkshire.police.uk", unit="Safeguarding Disclosure Unit"),
    "nyp": dict(name="North Yorkshire Police", dom="northyorkshire.police.uk", unit="Civil Disclosure Team"),
    "syp": dict(name="South Yorkshire Police", dom="southyorks.pnn.police.uk", unit="Disclosure Unit (Family Courts)"),
    "hum": dict(name="Humberside Police", dom="humberside.pnn.police.uk", unit="Public Protection Disclosure Unit"),
    "lan": dict(name="Lancashire Constabulary", dom="lancashire.pnn.police.uk", unit="Family Court Disclosure Team"),
    "gmp": dict(name="Greater Manchester Police", dom="gmp.police.uk", unit="Family Courts Unit"),
    "der": dict(name="Derbyshire Constabulary", dom="derbyshire.pnn.police.uk", unit="Information Disclosure Unit"),
    "lin": dict(name="Lincolnshire Police", dom="lincs.pnn.police.uk", unit="Disclosure Team"),
    "met": dict(name="Metropolitan Police Service", dom="met.police.uk", unit="Family Courts Disclosure Team"),
    "nwp": dict(name="North Wales Police", cy="Heddlu Gogledd Cymru", dom="northwales.police.uk",
                unit="Uned Datgelu / Disclosure Unit"),
    "dpp": dict(name="Dyfed-Powys Police", cy="Heddlu Dyfed-Powys", dom="dyfed-powys.police.uk",
                unit="Uned Datgelu Llys Teulu / Family Court Disclosure Unit"),
    "swp": dict(name="South Wales Police", cy="Heddlu De Cymru", dom="south-wales.police.uk",
                unit="Uned Datgelu / Disclosure Unit"),
}
CY_COURTS = [
    dict(code="CN", place="Caernarfon", cy="Caernarfon", yn="yng Nghaernarfon", bldg="Canolfan Gyfiawnder Caernarfon",
         las=["gwynedd", "mon"], team="gog"),
    dict(code="LU", place="Llandudno", cy="Llandudno", yn="yn Llandudno", bldg="Llys Ynadon Llandudno",
         las=["conwy"], team="gog"),
    dict(code="MO", place="Mold", cy="Yr Wyddgrug", yn="yn yr Wyddgrug", bldg="Canolfan Gyfiawnder yr Wyddgrug",
         las=["fflint"], team="gog"),
    dict(code="WX", place="Wrexham", cy="Wrecsam", yn="yn Wrecsam", bldg="Llys Ynadon Wrecsam",
         las=["wrecsam"], team="gog"),
    dict(code="AB", place="Aberystwyth", cy="Aberystwyth", yn="yn Aberystwyth", bldg="Canolfan Gyfiawnder Aberystwyth",
         las=["ceredigion"], team="gorll"),
    dict(code="CM", place="Carmarthen", cy="Caerfyrddin", yn="yng Nghaerfyrddin", bldg="Llys Sirol Caerfyrddin",
         las=["sirgar"], team="gorll"),
    dict(code="SA", place="Swansea", cy="Abertawe", yn="yn Abertawe", bldg="Canolfan Cyfiawnder Sifil Abertawe",
         las=["abertawe"], team="de"),
    dict(code="CF", place="Cardiff", cy="Caerdydd", yn="yng Nghaerdydd", bldg="Canolfan Cyfiawnder Sifil a Theulu Caerdydd",
         las=["caerdydd"], team="de"),
    dict(code="HF", place="Haverfordwest", cy="Hwlffordd", yn="yn Hwlffordd", bldg="Llys Ynadon Hwlffordd",
         las=["penfro"], team="gorll"),
]
CY_LAS = {
    "gwynedd": dict(name="Gwynedd Council", cy="Cyngor Gwynedd", short="Gwynedd", dom="gwynedd.llyw.cymru",
                    front="Tîm Gwybodaeth, Cyngor a Chymorth", front_en="Information, Advice and Assistance Team",
                    police="nwp", hb="Betsi Cadwaladr University Health Board",
                    hb_cy="Bwrdd Iechyd Prifysgol Betsi Cadwaladr", welsh=0.8),
    "mon": dict(name="Isle of Anglesey County Council", cy="Cyngor Sir Ynys Môn", short="Ynys Môn", dom="ynysmon.llyw.cymru",
                front="Tîm Derbyn a Chyngor", front_en="Intake and Advice Team", police="nwp",
                hb="Betsi Cadwaladr University Health Board", hb_cy="Bwrdd Iechyd Prifysgol Betsi Cadwaladr", welsh=0.7),
    "conwy": dict(name="Conwy County Borough Council", cy="Cyngor Bwrdeistref Sirol Conwy", short="Conwy",
                  dom="conwy.gov.uk", front="Un Pwynt Mynediad", front_en="Single Point of Access", police="nwp",
                  hb="Betsi Cadwaladr University Health Board", hb_cy="Bwrdd Iechyd Prifysgol Betsi Cadwaladr", welsh=0.35),
    "fflint": dict(name="Flintshire County Council", cy="Cyngor Sir y Fflint", short="Flintshire", dom="siryfflint.gov.uk",
                   front="Tîm Cyswllt Cyntaf", front_en="First Contact Team", police="nwp",
                   hb="Betsi Cadwaladr University Health Board", hb_cy="Bwrdd Iechyd Prifysgol Betsi Cadwaladr", welsh=0.1),
    "wrecsam": dict(name="Wrexham County Borough Council", cy="Cyngor Bwrdeistref Sirol Wrecsam", short="Wrexham",
                    dom="wrexham.gov.uk", front="Tîm Porth Plant", front_en="Children's Gateway Team", police="nwp",
                    hb="Betsi Cadwaladr University Health Board", hb_cy="Bwrdd Iechyd Prifysgol Betsi Cadwaladr", welsh=0.1),
    "ceredigion": dict(name="Ceredigion County Council", cy="Cyngor Sir Ceredigion", short="Ceredigion",
                       dom="ceredigion.gov.uk", front="Porth Cynnal", front_en="Porth Cynnal (support gateway)",
                       police="dpp", hb="Hywel Dda University Health Board", hb_cy="Bwrdd Iechyd Prifysgol Hywel Dda",
                       welsh=0.6),
    "sirgar": dict(name="Carmarthenshire County Council", cy="Cyngor Sir Gâr", short="Carmarthenshire",
                   dom="sirgar.llyw.cymru", front="Tîm Asesu Gofal Cymdeithasol Plant",
                   front_en="Children's Social Care Assessment Team", police="dpp",
                   hb="Hywel Dda University Health Board", hb_cy="Bwrdd Iechyd Prifysgol Hywel Dda", welsh=0.5),
    "abertawe": dict(name="City and County of Swansea", cy="Dinas a Sir Abertawe", short="Swansea", dom="abertawe.gov.uk",
                     front="Pwynt Cyswllt Sengl", front_en="Single Point of Contact", police="swp",
                     hb="Swansea Bay University Health Board", hb_cy="Bwrdd Iechyd Prifysgol Bae Abertawe", welsh=0.15),
    "caerdydd": dict(name="Cardiff Council", cy="Cyngor Caerdydd", short="Cardiff", dom="caerdydd.gov.uk",
                     front="MASH Caerdydd", front_en="Cardiff MASH", police="swp",
                     hb="Cardiff and Vale University Health Board", hb_cy="Bwrdd Iechyd Prifysgol Caerdydd a'r Fro",
                     welsh=0.15),
    "penfro": dict(name="Pembrokeshire County Council", cy="Cyngor Sir Penfro", short="Pembrokeshire",
                   dom="sir-benfro.gov.uk", front="Tîm Drws Ffrynt", front_en="Front Door Team", police="dpp",
                   hb="Hywel Dda University Health Board", hb_cy="Bwrdd Iechyd Prifysgol Hywel Dda", welsh=0.25),
}
CY_TEAMS = {
    "gog": dict(en="CAFCASS Cymru North Wales", cy="CAFCASS Cymru Gogledd Cymru", base="Cyffordd Llandudno",
                base_en="Llandudno Junction"),
    "gorll": dict(en="CAFCASS Cymru Mid and West Wales", cy="CAFCASS Cymru Canolbarth a Gorllewin Cymru",
                  base="Caerfyrddin", base_en="Carmarthen"),
    "de": dict(en="CAFCASS Cymru South Wales", cy="CAFCASS Cymru De Cymru", base="Caerdydd", base_en="Cardiff"),
}

# Invented firms, chambers, schools, surgeries and services.
FIRMS_EN = [
    dict(name="R. K. Aslam Solicitors", dom="rkaslam-law.co.uk", size="sole", city="Bradford"),
    dict(name="Brierley & Thwaite LLP", dom="brierleythwaite.co.uk", size="high", city="Leeds"),
    dict(name="Pennine Family Law", dom="penninefamilylaw.co.uk", size="high", city="Huddersfield"),
    dict(name="Hallam Crowther LLP", dom="hallamcrowther.com", size="national", city="Leeds"),
    dict(name="Moorside Legal", dom="moorsidelegal.co.uk", size="high", city="Wakefield"),
    dict(name="Greaves Okonjo Solicitors", dom="greavesokonjo.co.uk", size="sole", city="Sheffield"),
    dict(name="Walbrook Lyle LLP", dom="walbrooklyle.com", size="national", city="Manchester"),
    dict(name="Ouse Bridge Family Solicitors", dom="ousebridgefamily.co.uk", size="high", city="York"),
]
FIRMS_CY = [
    dict(name="Pritchard Jones Lewis", cy="Pritchard Jones Lewis Cyfreithwyr", dom="pjl-cyfraith.cymru", size="high",
         city="Caernarfon"),
    dict(name="Gwilym & Co", cy="Gwilym a'i Gwmni", dom="gwilymacw.co.uk", size="sole", city="Pwllheli"),
    dict(name="Tudor Owen Solicitors", cy="Cyfreithwyr Tudor Owen", dom="tudorowen-law.co.uk", size="high",
         city="Aberystwyth"),
    dict(name="Bowen Harries LLP", cy="Bowen Harries LLP", dom="bowenharries.co.uk", size="high", city="Carmarthen"),
    dict(name="Teifi Law", cy="Cyfraith Teifi", dom="teifilaw.co.uk", size="sole", city="Cardigan"),
    dict(name="Walbrook Lyle LLP", cy="Walbrook Lyle LLP", dom="walbrooklyle.com", size="national", city="Cardiff"),
]
CHAMBERS_EN = ["Calder Row Chambers, Leeds", "Westgate Family Chambers, Wakefield", "Don Street Chambers, Sheffield"]
CHAMBERS_CY = ["Siambrau'r Cei, Abertawe", "Siambrau Menai, Caernarfon", "Siambrau Teifi, Caerfyrddin"]
SCHOOLS_EN = ["Thornbury Green Primary School", "Holme Lane Academy", "St Wilfrid's Catholic Primary School",
              "Beckfoot Rise Primary", "Aire Valley High School", "Moorfield Junior and Infant School",
              "Calderside Community Primary", "Kirkgate Park Academy"]
SCHOOLS_CY = ["Ysgol Gynradd Pen y Waun", "Ysgol Uwchradd Bro Eithin", "Ysgol Gymraeg Nant y Pandy",
              "Ysgol Gynradd Llwyn Eithin", "Ysgol Bro Cennin", "Ysgol Gynradd Maes y Dderwen"]
SURGERIES_EN = ["Holme Lane Medical Practice", "Feldon Street Surgery", "Brackenfield Health Centre",
                "Low Moor Family Practice", "The Ridgeway Surgery"]
SURGERIES_CY = ["Meddygfa'r Bont", "Meddygfa Glan Seiont", "Canolfan Iechyd Bro Teifi", "Meddygfa Stryd y Castell"]
CONTACT_CENTRES_EN = ["Kirkstall Bridge Child Contact Centre", "Rainbow Room Contact Centre (Wakefield)",
                      "Oakwood Family Contact Centre", "Brambles Supervised Contact Service"]
CONTACT_CENTRES_CY = ["Canolfan Cyswllt Plant Menai", "Canolfan Cyswllt Teulu Glan Tywi", "Canolfan Cyswllt Dyfi"]
REFUGES = ["Calder Women's Refuge", "Sanctuary House (Aire Valley Women's Aid)", "Lloches Glannau Menai",
           "Cysgod Women's Aid"]
LABS = ["Northgate Toxicology Ltd", "Pemberley Forensic Testing"]


# --------------------------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------------------------
class Person:
    def __init__(self, first, last, g):
        self.first, self.last, self.g = first, last, g

    @property
    def full(self):
        return f"{self.first} {self.last}"

    @property
    def title(self):
        return "Mr" if self.g == "m" else "Ms"

    @property
    def formal(self):
        return f"{self.title} {self.last}"

    @property
    def init(self):
        return f"{self.first[0]}.{self.last[0]}."

    @property
    def initials(self):
        return f"{self.first[0]}{self.last[0]}"

    # English pronouns
    @property
    def he(self):
        return "he" if self.g == "m" else "she"

    @property
    def his(self):
        return "his" if self.g == "m" else "her"

    @property
    def him(self):
        return "him" if self.g == "m" else "her"

    # Welsh
    @property
    def cy_e(self):
        return "e" if self.g == "m" else "hi"

    @property
    def cy_fod(self):
        return "ei fod e" if self.g == "m" else "ei bod hi"

    @property
    def cy_mam(self):          # "his/her mother" with the right mutation
        return "ei fam" if self.g == "m" else "ei mam"

    @property
    def cy_dad(self):
        return "ei dad" if self.g == "m" else "ei thad"


class Child(Person):
    def __init__(self, first, last, g, dob, today):
        super().__init__(first, last, g)
        self.dob = dob
        self.age = today.year - dob.year - ((today.month, today.day) < (dob.month, dob.day))

    @property
    def boygirl(self):
        return "boy" if self.g == "m" else "girl"


def soft(s):
    """Welsh soft mutation of the first word."""
    for a, b in (("Ll", "L"), ("Rh", "R"), ("C", "G"), ("P", "B"), ("T", "D"), ("B", "F"), ("D", "Dd"), ("M", "F")):
        if s.startswith(a):
            return b + s[len(a):]
    if s.startswith("G"):
        return s[1].upper() + s[2:]
    return s


def welsh_conjunctions(text):
    """'a' -> 'ac' and 'â' -> 'ag' before a capitalised word starting with a vowel (names); soft mutation of
    'Dydd' after a preposition; nasal mutation of 'Canolfan' after 'yn'."""
    text = re.sub(r"\b(ar|tan|o|i|am) Dydd ", r"\1 ddydd ", text)
    text = re.sub(r"\byn Canolfan", "yng Nghanolfan", text)
    text = re.sub(r"(?<=\s)a (?=[AEIOUYÂÊÎÔÛŴŶ])", "ac ", text)
    return re.sub(r"(?<=\s)â (?=[AEIOUYÂÊÎÔÛŴŶ])", "ag ", text)


def drama_phone(rng, prefix=None):
    if prefix is None:
        prefix = rng.choice(["01632 960", "0113 496 0", "0114 496 0", "029 2018 0", "0161 496 0"])
    if prefix.startswith("01632"):
        return f"{prefix}{rng.randint(0, 999):03d}"
    return f"{prefix}{rng.randint(0, 999):03d}"


def mobile(rng):
    return f"07700 900{rng.randint(0, 999):03d}"


class R:
    """What a template returns."""

    def __init__(self, text, who=None, subj=None, names=(), rc=None, to=None, hw=False):
        self.text, self.who, self.subj, self.names, self.rc, self.to, self.hw = text, who, subj, list(names), rc, to, hw


class Who:
    """A sender: name, role, organisation, address, signature block and disclaimer."""

    def __init__(self, name, email, sig="", disc="", org=""):
        self.name, self.email, self.sig, self.disc, self.org = name, email, sig, disc, org


STOP = {"school", "primary", "academy", "the", "and", "of", "junior", "infant", "community", "high", "c", "e",
        "ysgol", "gynradd", "uwchradd", "gymraeg", "centre", "child", "children", "contact", "service", "supervised",
        "canolfan", "cyswllt", "plant", "teulu", "women", "s", "aid", "house", "refuge", "lloches", "wakefield"}


def org_domain(name, tld):
    words = [w for w in re.findall(r"[a-z]+", name.lower().replace("ô", "o").replace("â", "a")) if w not in STOP]
    return "".join(words[:2]) + tld


def slug(s):
    return re.sub(r"[^a-z0-9]+", ".", s.lower().replace("'", "").replace("â", "a").replace("ô", "o")
                  .replace("ŵ", "w").replace("ŷ", "y")).strip(".")


DISC_HMCTS = ("This e-mail and any attachments are intended only for the attention of the addressee(s). "
              "Its unauthorised use, disclosure, storage or copying is not permitted. If you are not the intended "
              "recipient, please destroy all copies and inform the sender by return e-mail. Internet e-mail is not a "
              "secure medium. Any reply to this message could be intercepted and read by someone else. Please bear "
              "that in mind when deciding whether to send material in response to this message by e-mail. "
              "HM Courts & Tribunals Service. Rydym yn croesawu galwadau ffôn yn Gymraeg.")
DISC_COUNCIL = ("This email and any files transmitted with it are confidential and intended solely for the use of the "
                "individual or entity to whom they are addressed. If you have received this email in error please "
                "notify the sender immediately and delete it. Any views or opinions presented are solely those of the "
                "author and do not necessarily represent those of the Council. The Council monitors emails to "
                "ensure compliance with its policies. Please consider the environment before printing this email.")
DISC_POLICE = ("OFFICIAL-SENSITIVE. This e-mail and any attachment(s) are intended for the above named recipient(s) only "
               "and may contain information that is confidential or subject to legal privilege. If you are not the "
               "intended recipient you must not read, copy, distribute or act on it; please notify the sender and "
               "delete it. All communications sent to or from the Police may be subject to recording and/or "
               "monitoring in accordance with relevant legislation. The information must not be further disclosed "
               "without the consent of the originating force.")
DISC_NATIONAL = ("{firm} is a limited liability partnership registered in England and Wales with registered number "
                 "OC3{n1} and is authorised and regulated by the Solicitors Regulation Authority (SRA number 6{n2}). "
                 "A list of members is available at our registered office. The term partner refers to a member of "
                 "the LLP or an employee or consultant with equivalent standing.\nCYBER CRIME WARNING: {firm} will "
                 "never notify you of a change to our bank details by email. If you receive such an email do not act "
                 "on it and call your usual contact immediately.\nThis email is confidential and may be legally "
                 "privileged. If you are not the intended recipient please notify us and delete it; do not copy, "
                 "forward or rely on it. We accept no liability for viruses. Our privacy notice explains how we use "
                 "personal data.")
DISC_FIRM = ("This email and any attachments are confidential and may be privileged. If received in error please "
             "notify us and delete. {firm} is authorised and regulated by the Solicitors Regulation Authority.")
DISC_NHS = ("This message may contain confidential information. If you are not the intended recipient please inform "
            "the sender that you have received the message in error before deleting it. Please do not disclose, copy "
            "or distribute information in this e-mail or take any action in relation to its contents. NHSmail is "
            "approved for exchanging information with other NHSmail and secure government users.")
DISC_CAFCASS = ("This e-mail and any attachments are confidential and intended solely for the addressee. If you have "
                "received it in error please tell the sender and delete it. Cafcass may monitor e-mails. "
                "Cafcass – Children and Family Court Advisory and Support Service. www.cafcass.gov.uk")
DISC_WG = ("Rydym yn croesawu derbyn gohebiaeth yn Gymraeg. Byddwn yn ateb gohebiaeth a dderbynnir yn Gymraeg yn "
           "Gymraeg ac ni fydd gohebu yn Gymraeg yn arwain at oedi.\nWe welcome receiving correspondence in Welsh. "
           "Correspondence received in Welsh will be answered in Welsh and corresponding in Welsh will not lead to a "
           "delay.")
DISC_CY_COUNCIL = ("Mae'r e-bost hwn ac unrhyw atodiadau yn gyfrinachol. Os daeth i chi trwy gamgymeriad, rhowch wybod "
                   "i'r anfonwr a'i ddileu. Croesewir gohebiaeth yn Gymraeg a byddwn yn ymateb yn Gymraeg.\n"
                   "This email and any attachments are confidential. If you have received it in error please tell "
                   "the sender and delete it. We welcome correspondence in Welsh.")
DISC_SCHOOL = ("The information in this email is confidential and intended only for the addressee. {school} is part "
               "of a multi-academy trust registered in England (company no. 0{n1}). Please think before you print.")
BANNER_EXT = ["[EXTERNAL] This email originated from outside the organisation. Do not click links or open attachments "
              "unless you recognise the sender and know the content is safe.",
              "CAUTION: This email came from outside Cafcass. Be careful with links and attachments.",
              "RHYBUDD / CAUTION: Daeth yr e-bost hwn o'r tu allan i'r sefydliad. This email came from outside the "
              "organisation."]


# --------------------------------------------------------------------------------------------
# The invented case behind one example
# --------------------------------------------------------------------------------------------
class Case:
    def __init__(self, rng, lang, wales, law, today, old=False):
        self.rng, self.lang, self.wales, self.law, self.today = rng, lang, wales, law, today
        r = rng
        if wales:
            self.court = r.choice(CY_COURTS)
            lakey = r.choice(self.court["las"])
            self.la = dict(CY_LAS[lakey], key=lakey)
            self.team = CY_TEAMS[self.court["team"]]
            welshy = lang == "cy" or r.random() < self.la["welsh"]
        else:
            self.court = r.choice(EN_COURTS)
            if r.random() < 0.72 or law == "public":
                lakey = r.choice(COURT_LA[self.court["code"]])
            else:
                lakey = r.choice([la["key"] for la in EN_LAS])
            self.la = next(la for la in EN_LAS if la["key"] == lakey)
            self.team = None
            welshy = False
        self.police = POLICE[self.la["police"]]
        self.welshy = welshy
        fF, fM, sur = (CY_ADULT_F, CY_ADULT_M, CY_SURN) if welshy else (EN_ADULT_F, EN_ADULT_M, EN_SURN)
        cF, cM = (CY_CHILD_F, CY_CHILD_M) if welshy else (EN_CHILD_F, EN_CHILD_M)
        self.mum = Person(r.choice(fF), r.choice(sur), "f")
        self.dad = Person(r.choice(fM), r.choice(sur), "m")
        if r.random() < 0.3:
            self.mum.last = self.dad.last
        ksur = self.dad.last if r.random() < 0.65 else self.mum.last
        n = r.choice([1, 1, 2, 2, 2, 3])
        self.kids = []
        used = set()
        for i in range(n):
            g = r.choice("mf")
            nm = r.choice(cM if g == "m" else cF)
            while nm in used:
                nm = r.choice(cM if g == "m" else cF)
            used.add(nm)
            y = r.randint(2010, 2021)
            dob = dt.date(y, r.randint(1, 12), r.randint(1, 28))
            self.kids.append(Child(nm, ksur, g, dob, today))
        self.kids.sort(key=lambda k: k.dob)
        self.k1 = self.kids[0]
        self.gm = Person(r.choice(fF if welshy else ["Margaret", "Pauline", "Susan", "Brenda", "Jean", "Christine",
                                                     "Lynne", "Parveen"]), self.mum.last, "f")
        self.gf = Person(r.choice(fM), self.dad.last, "m")
        self.partner = Person(r.choice(fM), r.choice(sur), "m")
        if r.random() < 0.6:
            self.app, self.resp = self.dad, self.mum
        else:
            self.app, self.resp = self.mum, self.dad
        yy = today.year % 100 - (1 if today.month < 3 and r.random() < 0.5 else r.choice([0, 0, 0, 1]))
        if old:
            yy = r.randint(11, 12)
        self.case_no = f"{self.court['code']}{yy:02d}{'C' if law == 'public' else 'P'}{r.randint(0, 99999):05d}"
        self.old_no = f"{self.court['code']}{r.randint(11, 17):02d}P{r.randint(0, 99999):05d}"
        if law == "public":
            self.case_name = f"{self.la['name']} v {self.mum.last}" + (
                f" and {self.dad.last}" if self.dad.last != self.mum.last and r.random() < 0.5 else "")
        else:
            self.case_name = f"{self.app.last} v {self.resp.last}" if self.app.last != self.resp.last else f"Re {self.k1.last}"
        # professionals
        proF, proM = (CY_ADULT_F, CY_ADULT_M) if wales and r.random() < 0.7 else (PRO_F, PRO_M)
        prosur = CY_SURN if wales and r.random() < 0.7 else PRO_SURN

        def pro(g=None):
            g = g or r.choice("mf")
            return Person(r.choice(proF if g == "f" else proM), r.choice(prosur), g)
        self.pro = pro
        self.fca, self.pm, self.bso, self.sw, self.tm, self.csol, self.msol, self.fsol = (pro() for _ in range(8))
        self.counsel = pro()
        self.lawyer = pro()
        self.dj = r.choice(PRO_SURN + (CY_SURN if wales else []))
        jk = r.random()
        if law == "public":
            self.judge = r.choice([f"Her Honour Judge {self.dj}", f"His Honour Judge {self.dj}",
                                   f"District Judge {self.dj}"])
        elif jk < 0.55:
            self.judge = f"District Judge {self.dj}"
        elif jk < 0.8:
            self.judge = f"Deputy District Judge {self.dj}"
        else:
            self.judge = "Lay Justices"
        if "Deputy" in self.judge:
            self.judge_cy, self.dear_cy = f"y Dirprwy Farnwr Rhanbarth {self.dj}", f"Ddirprwy Farnwr Rhanbarth {self.dj}"
        elif "District" in self.judge:
            self.judge_cy, self.dear_cy = f"y Barnwr Rhanbarth {self.dj}", f"Farnwr Rhanbarth {self.dj}"
        elif self.judge == "Lay Justices":
            self.judge_cy, self.dear_cy = "yr Ynadon", "Ynadon"
        else:
            self.judge_cy, self.dear_cy = f"y Barnwr {self.dj}", f"Farnwr {self.dj}"
        firms = FIRMS_CY if wales else FIRMS_EN
        self.cfirm, self.mfirm, self.ffirm = (r.choice(firms) for _ in range(3))
        self.chambers = r.choice(CHAMBERS_CY if wales and lang == "cy" else CHAMBERS_EN)
        self.school = r.choice(SCHOOLS_CY if welshy else SCHOOLS_EN)
        self.surgery = r.choice(SURGERIES_CY if welshy else SURGERIES_EN)
        self.centre = r.choice(CONTACT_CENTRES_CY if wales else CONTACT_CENTRES_EN)
        self.tel = self.court.get("tel", "029 2018 0") if not wales else "029 2018 0"
        self.addr_mum = self.address()
        self.addr_dad = self.address()
        self.hearing = self.ahead(10, 70)
        self.last_hearing = self.ago(20, 90)
        self.ref = f"{r.randint(100000, 999999)}"

    # ---- small helpers
    def pick(self, *xs):
        return self.rng.choice(xs)

    def chance(self, p):
        return self.rng.random() < p

    @property
    def svc(self):
        return "CAFCASS Cymru" if self.wales else "Cafcass"

    @property
    def are(self):
        return "are" if len(self.kids) > 1 else "is"

    @property
    def have(self):
        return "have" if len(self.kids) > 1 else "has"

    @property
    def were(self):
        return "were" if len(self.kids) > 1 else "was"

    @property
    def kidnames(self):
        ns = [k.first for k in self.kids]
        return ns[0] if len(ns) == 1 else ", ".join(ns[:-1]) + " and " + ns[-1]

    @property
    def kidnames_cy(self):
        ns = [k.first for k in self.kids]
        return ns[0] if len(ns) == 1 else ", ".join(ns[:-1]) + " a " + ns[-1]

    @property
    def court_en(self):
        if self.wales:
            return f"the Family Court sitting at {self.court['place']}"
        return self.court["full"]

    @property
    def court_cy(self):
        return f"y Llys Teulu yn eistedd {self.court['yn']}"

    @property
    def la_cy_soft(self):
        """The council's Welsh name after 'at', 'gan', 'i' (soft mutation of the first letter)."""
        return soft(self.la_cy)

    @property
    def yn_centre(self):
        """'in the contact centre' in Welsh, with the nasal mutation after 'yn'."""
        if self.centre.startswith("Canolfan"):
            return "yng Nghanolfan" + self.centre[len("Canolfan"):]
        return "yn " + self.centre

    @property
    def la_name(self):
        return self.la["name"]

    @property
    def la_cy(self):
        return self.la.get("cy", self.la["name"])

    def address(self):
        r = self.rng
        if self.welshy:
            town = {"CN": ["Caernarfon", "Bangor", "Pwllheli", "Llangefni"], "LU": ["Llandudno", "Conwy", "Abergele"],
                    "MO": ["Yr Wyddgrug", "Bwcle", "Fflint"], "WX": ["Wrecsam", "Rhosllannerchrugog"],
                    "AB": ["Aberystwyth", "Aberaeron", "Tregaron"], "CM": ["Caerfyrddin", "Llanelli", "Rhydaman"],
                    "SA": ["Abertawe", "Gorseinon"], "CF": ["Caerdydd", "Yr Eglwys Newydd"],
                    "HF": ["Hwlffordd", "Aberdaugleddau"]}.get(self.court["code"], ["Bangor"])
            return f"{r.randint(1, 60)} {r.choice(STREETS_CY)}, {r.choice(town)}"
        town = self.la["short"] if self.la["short"] not in ("North Yorkshire", "Lancashire", "Derbyshire",
                                                            "Lincolnshire") else r.choice(
            {"North Yorkshire": ["Harrogate", "Selby", "Skipton"], "Lancashire": ["Preston", "Burnley", "Chorley"],
             "Derbyshire": ["Chesterfield", "Ilkeston", "Buxton"],
             "Lincolnshire": ["Lincoln", "Boston", "Grantham"]}[self.la["short"]])
        return f"{r.randint(1, 140)} {r.choice(STREETS_EN)}, {town}"

    def olddate(self, y0=2012, y1=2014):
        return dt.date(self.rng.randint(y0, y1), self.rng.randint(1, 12), self.rng.randint(1, 28))

    def ago(self, a, b):
        d = self.today - dt.timedelta(days=self.rng.randint(a, b))
        while d.weekday() > 4:
            d -= dt.timedelta(days=1)
        return d

    def ahead(self, a, b):
        d = self.today + dt.timedelta(days=self.rng.randint(a, b))
        while d.weekday() > 4:
            d += dt.timedelta(days=1)
        return d

    def d(self, d, style=None):
        style = style if style is not None else self.rng.choice(["dmy", "dmy", "long", "th", "dots", "short", "day"])
        if style == "dmy":
            return d.strftime("%d/%m/%Y")
        if style == "long":
            return f"{d.day} {MON_EN[d.month - 1]} {d.year}"
        if style == "th":
            suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
            return f"{d.day}{suf} {MON_EN[d.month - 1]} {d.year}"
        if style == "dots":
            return d.strftime("%d.%m.%y")
        if style == "short":
            return f"{d.day} {MON_EN[d.month - 1][:3]} {d.year % 100:02d}"
        if style == "day":
            return f"{DAY_EN[d.weekday()]} {d.day} {MON_EN[d.month - 1]} {d.year}"
        if style == "iso":
            return d.isoformat()
        return d.strftime("%d/%m/%Y")

    def dc(self, d, style=None):
        style = style if style is not None else self.rng.choice(["long", "long", "dmy", "day"])
        if style == "long":
            return f"{d.day} {MON_CY[d.month - 1]} {d.year}"
        if style == "day":
            return f"{DAY_CY[d.weekday()]} {d.day} {MON_CY[d.month - 1]} {d.year}"
        return d.strftime("%d/%m/%Y")

    def dob(self, k):
        return k.dob.strftime("%d/%m/%Y")

    def time(self):
        return f"{self.rng.randint(9, 16):02d}:{self.rng.choice(['00', '15', '30', '45', '10', '20', '40', '50'])}"

    def phone(self):
        if self.wales:
            return drama_phone(self.rng, self.pick("029 2018 0", "01632 960"))
        return drama_phone(self.rng, self.pick(self.court["tel"], "01632 960"))

    def mob(self):
        return mobile(self.rng)

    def num(self, a, b):
        return self.rng.randint(a, b)

    # ---- e-mail addresses
    def mail(self, p, dom, style=None):
        style = style or self.rng.choice(["fl", "fl", "f.l", "il"])
        f, l = slug(p.first), slug(p.last)
        if style == "fl":
            return f"{f}.{l}@{dom}"
        if style == "il":
            return f"{f[0]}{l}@{dom}"
        return f"{f[0]}.{l}@{dom}"

    def webmail(self, p):
        r = self.rng
        f, l = slug(p.first).replace(".", ""), slug(p.last).replace(".", "")
        dom = r.choice(["gmail.com", "hotmail.co.uk", "outlook.com", "icloud.com", "yahoo.co.uk", "live.co.uk",
                        "btinternet.com"])
        local = r.choice([f"{f}.{l}", f"{f}{l}{r.randint(70, 99)}", f"{f}_{l[:4]}{r.randint(1, 30)}",
                          f"{f}{r.randint(1985, 2002)}", f"{l}{f[0]}", f"{f}.{l}{r.randint(1, 9)}"])
        return f"{local}@{dom}"

    # ---- personas (senders)
    def p_listing(self):
        r = self.rng
        place = self.court["place"]
        team = r.choice(["Family Listing Team", "Listing Office (Family)", "Family Listing", "Private Law Listing"])
        em = f"{slug(place)}.{r.choice(['famlisting', 'family.listing', 'listing.family'])}@justice.gov.uk"
        sig = f"{team}\n{self.court['bldg']}\nHM Courts & Tribunals Service\nTel: {self.phone()}"
        if r.random() < 0.5:
            sig = f"{r.choice(PRO_F + PRO_M)} | Listing Officer\n" + sig
        return Who(team, em, sig, DISC_HMCTS, "HMCTS")

    def p_clerk(self):
        nm = self.pro()
        em = f"{slug(self.court['place'])}.dj.clerks@justice.gov.uk" if self.chance(0.5) else self.mail(nm, "justice.gov.uk")
        sig = (f"{nm.full}\nClerk to {self.judge if 'Judge' in self.judge else 'District Judge ' + self.dj}\n"
               f"{self.court['bldg']}\nHMCTS")
        return Who(nm.full, em, sig, DISC_HMCTS, "HMCTS")

    def p_adviser(self):
        nm = self.pro()
        sig = (f"{nm.full}\n{self.pick('Legal Adviser', 'Senior Legal Adviser', 'Legal Adviser to the Justices')}\n"
               f"{self.court['place']} Family Court (magistrates)\nHM Courts & Tribunals Service")
        return Who(nm.full, self.mail(nm, "justice.gov.uk"), sig, DISC_HMCTS, "HMCTS")

    def p_court_admin(self):
        place = self.court["place"]
        em = f"family.{slug(place)}{self.pick('', '.court', '.admin')}@justice.gov.uk"
        sig = f"Family Team\n{self.court['bldg']}\nHMCTS\n{self.pick('Please quote the case number on all correspondence', 'Opening hours 10:00 – 16:00')}"
        return Who("Family Court", em, sig, DISC_HMCTS, "HMCTS")

    def p_fca(self, guardian=False):
        p = self.fca
        if self.wales:
            role = ("Children's Guardian / Gwarcheidwad Plant" if guardian else
                    "Family Court Adviser / Cynghorydd Llys Teulu")
            sig = f"{p.full}\n{role}\n{self.team['en']}\n{self.team['cy']}\nFfôn / Tel: {self.phone()}"
            return Who(p.full, self.mail(p, self.pick("gov.wales", "llyw.cymru")), sig, DISC_WG, "CAFCASS Cymru")
        role = "Children's Guardian" if guardian else self.pick("Family Court Adviser", "Family Court Adviser (WAFH)",
                                                                 "Senior Family Court Adviser")
        sig = (f"{p.full}\n{role}\nCafcass {self.court['office']}\nMobile: {self.mob()}\n"
               f"{self.pick('Working days Mon-Thu', 'Please note I work part time', 'Pronouns: ' + ('she/her' if p.g == 'f' else 'he/him'), '')}")
        return Who(p.full, self.mail(p, "cafcass.gov.uk"), sig.rstrip(), DISC_CAFCASS, "Cafcass")

    def p_pm(self):
        p = self.pm
        if self.wales:
            sig = f"{p.full}\nRheolwr Ymarfer / Practice Manager\n{self.team['cy']}"
            return Who(p.full, self.mail(p, "gov.wales"), sig, DISC_WG, "CAFCASS Cymru")
        sig = f"{p.full}\nService Manager\nCafcass {self.court['office']}"
        return Who(p.full, self.mail(p, "cafcass.gov.uk"), sig, DISC_CAFCASS, "Cafcass")

    def p_bso(self):
        p = self.bso
        if self.wales:
            sig = f"{p.full}\nSwyddog Cymorth Busnes / Business Support Officer\n{self.team['cy']}"
            return Who(p.full, self.mail(p, "gov.wales"), sig, DISC_WG, "CAFCASS Cymru")
        sig = f"{p.full}\nBusiness Services Officer\nCafcass {self.court['office']}"
        return Who(p.full, self.mail(p, "cafcass.gov.uk"), sig, DISC_CAFCASS, "Cafcass")

    def p_intake(self):
        if self.wales:
            return Who("CAFCASS Cymru", f"cafcasscymru.{self.court['team']}@gov.wales",
                       f"{self.team['en']} / {self.team['cy']}", DISC_WG, "CAFCASS Cymru")
        return Who("Cafcass Intake", self.pick("intake.team@cafcass.gov.uk", "nbc.private.law@cafcass.gov.uk"),
                   "Cafcass Early Intervention Team", DISC_CAFCASS, "Cafcass")

    def p_legal(self):
        p = self.lawyer
        if self.wales:
            sig = (f"{p.full}\nCyfreithiwr / Lawyer\nGwasanaethau Cyfreithiol Llywodraeth Cymru (CAFCASS Cymru)\n"
                   f"Welsh Government Legal Services\nFfôn: {self.phone()}")
            return Who(p.full, self.mail(p, "gov.wales"), sig, DISC_WG, "Welsh Government Legal Services")
        sig = (f"{p.full}\n{self.pick('Solicitor', 'Senior Solicitor', 'Lawyer')} | Cafcass Legal\n"
               f"{self.pick('PRIVILEGED & CONFIDENTIAL', 'Legally privileged – not for disclosure', 'PRIVILEGED & CONFIDENTIAL: legal advice to Cafcass', 'Cafcass Legal Team')}\nTel: {drama_phone(self.rng, '020 7946 0')}")
        return Who(p.full, self.mail(p, "cafcass.gov.uk"), sig, DISC_CAFCASS, "Cafcass Legal")

    def p_mash(self):
        r = self.rng
        p = self.pro()
        la = self.la
        if self.wales:
            front = la["front"]
            sig = (f"{p.full}\n{r.choice(['Gweithiwr Cymdeithasol', 'Swyddog Cyswllt', 'Uwch Ymarferydd'])} | "
                   f"{r.choice(['Social Worker', 'Contact Officer', 'Senior Practitioner'])}\n{front} / {la['front_en']}\n"
                   f"{la['cy']} / {la['name']}\nFfôn / Tel: {self.phone()}")
            box = f"{slug(la['front_en']).replace('.', '')[:12]}@{la['dom']}"
            return Who(p.full, r.choice([box, self.mail(p, la['dom'])]), sig, DISC_CY_COUNCIL, la["name"])
        sig = (f"{p.full}\n{r.choice(['Social Worker', 'Senior Practitioner', 'Information Officer', 'Business Support Officer', 'Team Manager'])}\n"
               f"{la['front']}\n{r.choice(['Children and Families Service', 'Children’s Social Care', 'Children’s Services', 'Children and Young People’s Service'])}\n"
               f"{la['name']}\nT: {self.phone()}")
        if r.random() < 0.4:
            sig += "\n" + r.choice(["Our values: Honest, Fair, Ambitious.", "Working together for children and families",
                                    "I work flexibly; please do not feel you need to reply outside your own working hours.",
                                    "#ChildFriendly"])
        box = r.choice(["mash", "frontdoor", "cafcass.checks", "duty.advice", "childrens.contact", "safeguarding.hub"])
        return Who(p.full, r.choice([f"{box}@{la['dom']}", self.mail(p, la['dom'])]), sig, DISC_COUNCIL, la["name"])

    def p_sw(self):
        p = self.sw
        la = self.la
        if self.wales:
            sig = f"{p.full}\nGweithiwr Cymdeithasol / Social Worker\n{la['cy']} / {la['name']}\nFfôn: {self.mob()}"
            return Who(p.full, self.mail(p, la["dom"]), sig, DISC_CY_COUNCIL, la["name"])
        team = self.pick("Children in Need Team", "Safeguarding Team 3", "Children Looked After Team",
                         "Family Support & Child Protection Team", "Assessment Team East")
        sig = f"{p.full}\nSocial Worker – {team}\n{la['name']}\nMob: {self.mob()}"
        return Who(p.full, self.mail(p, la["dom"]), sig, DISC_COUNCIL, la["name"])

    def p_police(self):
        r = self.rng
        pol = self.police
        p = self.pro()
        rank = r.choice(["Disclosure Officer", "Police Staff Investigator", "DC", "PS", "Researcher"])
        num = r.randint(1000, 9999)
        name_line = f"{rank} {num} {p.full}" if rank in ("DC", "PS") else f"{p.full} | {rank}"
        if "cy" in pol:
            sig = f"{name_line}\n{pol['unit']}\n{pol['cy']} / {pol['name']}\nFfôn / Tel: 101 est/ext {r.randint(20000, 89999)}"
        else:
            sig = f"{name_line}\n{pol['unit']}\n{pol['name']}\nTel: 101 ext {r.randint(20000, 89999)}"
        box = r.choice(["disclosure.unit", "family.court.disclosure", "cafcass.requests", "civil.disclosure",
                        "safeguarding.disclosure"])
        em = r.choice([f"{box}@{pol['dom']}", self.mail(p, pol["dom"])])
        return Who(p.full, em, sig, DISC_POLICE, pol["name"])

    def p_probation(self):
        p = self.pro()
        if self.wales:
            sig = (f"{p.full}\nSwyddog Prawf / Probation Officer\nGwasanaeth Prawf EF – Cymru / HM Probation Service – Wales\n"
                   f"Ffôn: {self.phone()}")
        else:
            sig = (f"{p.full}\n{self.pick('Probation Officer', 'Senior Probation Officer', 'Probation Services Officer')}\n"
                   f"The Probation Service – Yorkshire and the Humber\n{self.la['short']} Probation Delivery Unit")
        return Who(p.full, self.mail(p, "justice.gov.uk"), sig, DISC_HMCTS.replace("HM Courts & Tribunals Service",
                                                                                   "HM Prison and Probation Service"),
                   "Probation")

    def p_marac(self):
        p = self.pro()
        la = self.la
        if self.wales:
            sig = f"{p.full}\nCydlynydd MARAC / MARAC Coordinator\n{la['cy']}"
            return Who(p.full, f"marac@{la['dom']}", sig, DISC_CY_COUNCIL, la["name"])
        sig = f"{p.full}\nMARAC Coordinator\n{la['short']} Domestic Abuse Partnership"
        return Who(p.full, self.pick(f"marac@{la['dom']}", self.mail(p, la["dom"])), sig, DISC_COUNCIL, la["name"])

    def p_health(self, role=None):
        p = self.pro("f")
        role = role or self.pick("Health Visitor", "Specialist Community Public Health Nurse", "Named Nurse Safeguarding Children")
        if self.wales:
            hb = self.la["hb"]
            sig = f"{p.full}\n{role}\n{self.la['hb_cy']}\n{hb}"
            return Who(p.full, self.mail(p, "wales.nhs.uk"), sig, DISC_NHS.replace("NHSmail", "NHS Wales email"), hb)
        sig = f"{p.full}\n{role}\n{self.pick('0-19 Public Health Nursing Service', 'Safeguarding Children Team', 'Health Visiting Service')}\n{self.la['nhs']}"
        return Who(p.full, self.mail(p, "nhs.net"), sig, DISC_NHS, self.la["nhs"])

    def p_gp(self):
        p = self.pro()
        sig = f"Dr {p.full}\nGP Partner\n{self.surgery}"
        if self.chance(0.5):
            sig = f"{self.pro('f').full}\nPractice Manager (on behalf of Dr {p.last})\n{self.surgery}"
        dom = "wales.nhs.uk" if self.wales else "nhs.net"
        return Who(p.full, self.mail(p, dom), sig, DISC_NHS, self.surgery)

    def p_dsl(self):
        p = self.pro()
        sch = self.school
        dom = org_domain(sch, ".sch.uk") if not self.wales else "hwbcymru.net"
        role = self.pick("Designated Safeguarding Lead", "Deputy Headteacher and DSL", "Pastoral Manager",
                         "Learning Mentor") if not self.welshy else self.pick("Arweinydd Diogelu Dynodedig / Designated Safeguarding Person",
                                                                                  "Pennaeth / Headteacher")
        sig = f"{p.full}\n{role}\n{sch}"
        disc = DISC_SCHOOL.format(school=sch, n1=self.rng.randint(1000000, 9999999)) if not self.wales else DISC_CY_COUNCIL
        return Who(p.full, self.mail(p, dom), sig, disc, sch)

    def p_refuge(self):
        p = self.pro("f")
        ref = self.rng.choice(REFUGES[2:] if self.wales else REFUGES[:2])
        sig = f"{p.first}\n{self.pick('Refuge Support Worker', 'Children and Young People’s Worker', 'IDVA')}\n{ref}\nThis is a confidential address – do not share."
        dom = org_domain(ref.split("(")[0], ".org.uk")
        return Who(p.first, f"{slug(p.first)}@{dom}", sig, "", ref)

    def p_centre(self):
        p = self.pro("f")
        c = self.centre
        dom = org_domain(c, ".org.uk")
        sig = f"{p.full}\n{self.pick('Centre Coordinator', 'Supervised Contact Worker', 'Cydlynydd / Coordinator')}\n{c}\n{self.pick('Accredited by the NACCC', 'Registered charity no. 11' + str(self.num(10000, 99999)))}"
        return Who(p.full, self.pick(f"bookings@{dom}", self.mail(p, dom)), sig, "", c)

    def p_provider(self, prog):
        p = self.pro()
        dom = org_domain(prog, ".org.uk")
        sig = f"{p.full}\n{self.pick('Programme Facilitator', 'Practitioner', 'Service Coordinator', 'Case Manager')}\n{prog}"
        return Who(p.full, self.mail(p, dom), sig, "", prog)

    def p_expert(self):
        p = self.pro()
        title = self.pick("Chartered Clinical Psychologist", "Consultant Forensic Psychologist", "Independent Social Worker",
                          "Consultant Child and Adolescent Psychiatrist")
        sig = f"Dr {p.full}\n{title}\nHCPC registered"
        return Who(p.full, f"{slug(p.first)}@{slug(p.last)}-assessments.co.uk", sig, "", "expert")

    def p_sol(self, side):
        r = self.rng
        firm = {"m": self.mfirm, "f": self.ffirm, "c": self.cfirm}[side]
        p = {"m": self.msol, "f": self.fsol, "c": self.csol}[side]
        role = r.choice(["Solicitor", "Associate Solicitor", "Partner", "Trainee Solicitor", "Paralegal", "Solicitor | Children Panel"])
        name = firm.get("cy", firm["name"]) if self.lang == "cy" else firm["name"]
        sig = f"{p.full}\n{role}\n{name}\n{firm['city']}\nDX {r.randint(10000, 99999)} {firm['city']}\nT: {self.phone()}"
        if firm["size"] == "national":
            sig += f"\nOffices in {self.pick('Leeds, Manchester, Cardiff and London', 'Cardiff, Bristol, Leeds and Manchester')}"
            disc = DISC_NATIONAL.format(firm=firm["name"], n1=r.randint(10000, 99999), n2=r.randint(10000, 99999))
        elif firm["size"] == "sole":
            disc = DISC_FIRM.format(firm=firm["name"]) if r.random() < 0.5 else ""
            sig = f"{p.full}\n{name}\n{self.pick('Principal', 'Sole Practitioner', 'Solicitor')}\nTel {self.phone()}"
        else:
            disc = DISC_FIRM.format(firm=firm["name"])
        dom = firm["dom"] if r.random() < 0.7 else firm["dom"].split(".")[0] + ".cjsm.net"
        return Who(p.full, self.mail(p, dom), sig, disc, name)

    def p_lip(self, p):
        sig = self.pick("", "", f"{p.first}", f"{p.full}", "Sent from my iPhone", "Sent from Outlook for Android",
                        "Sent from my Galaxy", f"{p.first} x")
        return Who(p.full, self.webmail(p), sig, "", "lip")


# --------------------------------------------------------------------------------------------
# Template registry
# --------------------------------------------------------------------------------------------
TEMPLATES = []


def tpl(kind, lang="en", via=("attach",), law=None, where="any", old=False):
    """Register a template. via: channels it can arrive by ('email' = it is an e-mail body;
    'attach', 'scan', 'upload', 'tree' = a document). law: 'public'/'private'/None. where:
    'eng', 'wales' or 'any' (English-language templates are set in Wales about a fifth of the time)."""
    def deco(fn):
        TEMPLATES.append(dict(kind=kind, lang=lang, via=tuple(via), law=law, where=where, old=old, fn=fn,
                              name=fn.__name__))
        return fn
    return deco


def lines(*xs):
    return "\n".join(x for x in xs if x is not None)


# ============================================================================================
# case-information: contact-log, wtfh-outcome, detailed-recording
# ============================================================================================
LOG_EN = [
    ("Application received", "C100 received from {court} via DCS. Case created, parties added."),
    ("Screening – LA check requested", "Request sent to {la} ({front}) via Egress."),
    ("Screening – Police check requested", "Request sent to {police} via secure email."),
    ("Letters issued", "Letters and leaflets sent to both parties 1st class."),
    ("Telephone interview – Applicant", "Safeguarding telephone interview with {app}. See detailed recording."),
    ("Telephone interview – Respondent", "No answer x2, voicemail left and text sent asking {resp} to call back."),
    ("Screening – LA response received", "LA response received, known to CSC. Saved to Risk and safety."),
    ("Screening – Police response received", "Police response received. Saved to Police information."),
    ("Report filed", "Safeguarding letter filed with the court and sent to parties by Egress."),
    ("Court attendance", "FHDRA attended by duty FCA. Outcome form completed."),
    ("Allocation", "Allocated to {fca} (FCA) for s7 report, filing date {fd}."),
    ("Home visit", "Home visit to {mum}. Detailed recording saved."),
    ("Child seen", "{k1} seen at school. Direct work saved to Direct work."),
    ("Email received – solicitor", "Email from {fsol} ({ffirm}) asking about filing date. Replied."),
    ("Supervision", "Case discussed in supervision with {pm}. Plan reviewed; further check on {partner} agreed."),
    ("Phone call – school", "Spoke to DSL at {school}. Attendance good, no concerns raised."),
]
LOG_CY = [
    ("Cais wedi'i dderbyn", "C100 wedi'i dderbyn gan y llys. Achos wedi'i greu ar IRIS."),
    ("Gwiriad wedi'i ofyn – cyngor", "Cais am wybodaeth wedi'i anfon at {la_cy} drwy Egress."),
    ("Gwiriad wedi'i ofyn – heddlu", "Cais wedi'i anfon at {police_cy}."),
    ("Llythyrau wedi'u hanfon", "Llythyrau a thaflenni wedi'u hanfon at y ddau barti."),
    ("Galwad ffôn – y fam", "Cyfweliad diogelu dros y ffôn gyda {mum}. Gweler y cofnod manwl."),
    ("Galwad ffôn – y tad", "Dim ateb ddwywaith. Neges wedi'i gadael i {dad} ffonio'n ôl."),
    ("Ymateb gan yr heddlu", "Ymateb wedi'i dderbyn a'i gadw yn y ffolder gwybodaeth yr heddlu."),
    ("Mynychu'r llys", "FHDRA. Y llys wedi gorchymyn adroddiad lles; dyddiad ffeilio {fd}."),
    ("Dyrannu", "Achos wedi'i ddyrannu i {fca} gan y Rheolwr Ymarfer."),
    ("Ymweliad cartref", "Ymweliad â {dad} yn ei gartref. Cofnod manwl wedi'i gadw."),
    ("Goruchwyliaeth", "Trafodwyd yr achos mewn goruchwyliaeth gyda {pm}."),
    ("Gweld y plentyn", "Gwelais {k1} yn yr ysgol. Gwaith uniongyrchol wedi'i gadw."),
]


def _log_entries(c, pool, n, start_days, cy=False):
    r = c.rng
    idx = sorted(r.sample(range(len(pool)), n))
    d = c.ago(start_days, start_days + 10)
    out = []
    fmt = dict(court=c.court["place"], la=c.la_name, front=c.la.get("front_en", c.la["front"]), police=c.police["name"],
               app=c.app.full, resp=c.resp.full, fca=c.fca.full, fd=c.d(c.ahead(20, 60), "dmy"), mum=c.mum.full,
               dad=c.dad.full, k1=c.k1.first, fsol=c.fsol.full, ffirm=c.ffirm["name"], pm=c.pm.full,
               partner=c.partner.full, school=c.school, la_cy=c.la_cy_soft, police_cy=c.police.get("cy", c.police["name"]))
    for i in idx:
        d = d + dt.timedelta(days=r.randint(1, 6))
        if d > c.today:
            d = c.today
        h, s = pool[i]
        out.append((d, c.time(), h, s.format(**fmt)))
    return out


@tpl("contact-log", via=("tree",), where="eng", old=True)
def log_cms_legacy(c):
    es = _log_entries(c, LOG_EN[:12], c.num(5, 7), 400)
    user = (c.fca.first[0] + c.fca.last).upper()[:8]
    rows = []
    for d, t, h, s in es:
        d = d.replace(year=d.year - (c.today.year - 2013))
        rows.append(f"{d.strftime('%d/%m/%Y')}  {t}  {h:<34} {s}  {c.pick(user, 'BSADMIN', user)}")
    return R(lines("CAFCASS  Case Management System", f"Case No {c.case_no}      {c.case_name}", "",
                   "Date        Time   Type                               Details  User", *rows, "",
                   f"Printed {c.pick('12', '19', '26')}/07/2014 by {user}      Page 1 of {c.num(2, 4)}"),
             names=["LOG.pdf", f"{c.k1.last} log.pdf", "CMS printout.pdf", "contactlog_old.pdf"])


@tpl("contact-log", via=("upload", "attach", "upload"))
def log_ecms_report(c):
    es = _log_entries(c, LOG_EN, c.num(4, 6), 70)
    head = c.pick("Contact Log Report", "Case Activity Report", "Log report – all entries", "Contact Log")
    rows = []
    for d, t, h, s in es:
        who = c.pick(f"{c.bso.full} (Business Services Officer)", f"{c.fca.full} (Family Court Adviser)",
                     "System (automatic)")
        rows += [f"{c.d(d, 'dmy')} {t}", f"Heading: {h}", f"Summary: {s}", f"Entered by: {who}", ""]
    hdr = c.pick("OFFICIAL-SENSITIVE", "OFFICIAL – SENSITIVE: PERSONAL")
    return R(lines(hdr, head, f"Case: {c.case_name}   Case number: {c.case_no}",
                   f"Generated {c.d(c.today, 'dmy')} for {c.pick('subject access request', 'case transfer', 'file review', 'closure check')}", "",
                   *rows, "This document is a snapshot and must not be edited."),
             who=c.p_bso(), subj=c.pick(f"{c.case_no} log", "log printout as requested", f"SAR – {c.case_no} – part 1", ""),
             names=["Contact Log Report.docx", "log.docx", f"{c.case_no}_log.pdf"])


@tpl("contact-log", via=("attach",), where="eng")
def log_transfer(c):
    es = _log_entries(c, LOG_EN, c.num(5, 7), 60)
    rows = [f"{c.d(d, 'dmy')}\t{t}\t{h}\t{s}" for d, t, h, s in es]
    other = c.pick("Sheffield", "Hull", "Bradford", "York", "Manchester", "Preston")
    return R(lines("Date\tTime\tHeading\tNotes", *rows),
             who=c.p_bso(), subj=c.pick(f"Case transfer to Cafcass {other} – {c.case_no}", f"RE: transfer {c.case_name}",
                                        f"FW: {c.case_no} – log to go with file"),
             names=["export.xlsx", "Book1.xlsx", "entries.csv"])


@tpl("contact-log", via=("scan",), where="eng")
def log_printed_annotated(c):
    es = _log_entries(c, LOG_EN, c.num(3, 5), 40)
    rows = []
    for d, t, h, s in es:
        rows.append(f"{c.d(d, 'dmy')} {t} {h} – {s}")
    notes = c.pick("dup – see entry above", "rang F again 11/3 no ans", "? check w/ BSO", "LA resp now on file")
    return R(lines(f"Printed {c.d(c.today, 'dmy')} 08:{c.num(10, 59)}", f"{c.case_no}  {c.case_name}", *rows,
                   f"[handwritten] {notes}", f"Page {c.num(1, 3)}"), hw=False)


@tpl("contact-log", via=("tree",), where="eng", old=True)
def log_running_record(c):
    es = _log_entries(c, LOG_EN, c.num(5, 7), 300)
    rows = []
    for d, t, h, s in es:
        d = d.replace(year=2012 + c.num(0, 1))
        short = {"Telephone interview – Applicant": "tc A", "Telephone interview – Respondent": "tc R",
                 "Letters issued": "ltrs out", "Home visit": "HV", "Child seen": "seen child"}.get(h, h.lower())
        rows.append(f"{d.strftime('%d/%m/%y')} – {short}: {s}")
    return R(lines(f"RUNNING RECORD – {c.k1.last.upper()} children", f"{c.case_no}", "", *rows),
             names=[f"{c.k1.last} running record.doc", "RR.doc", "New Microsoft Word Document.doc"])


@tpl("contact-log", via=("upload", "attach"), where="eng", law="public")
def log_guardian_public(c):
    pool = [("Allocation", "Allocated as children's guardian by {pm}."),
            ("Reading", "Read LA application, SWET and chronology."),
            ("Email – child's solicitor", "Emailed {csol} re attendance at CMH and our position."),
            ("Visit – child", "Visited {k1} at foster placement. See direct work."),
            ("Meeting – parents", "Met {mum} at office with her advocate."),
            ("Phone – social worker", "Call with {sw}: parenting assessment started; contact 3x weekly."),
            ("Court – CMH", "Attended CMH before {judge}. Directions for ISW and hair strand."),
            ("Supervision", "Supervision with {pm}: initial analysis plan agreed.")]
    fmt = dict(pm=c.pm.full, csol=c.csol.full, k1=c.k1.first, mum=c.mum.full, sw=c.sw.full, judge=c.judge)
    d = c.ago(50, 70)
    rows = []
    for h, s in pool[:c.num(5, 8)]:
        d = d + dt.timedelta(days=c.num(1, 7))
        rows.append(f"{c.d(d, 'dmy')} | {h} | {s.format(**fmt)} | {c.fca.initials}")
    return R(lines(f"{c.case_no} {c.case_name}", "Date | Type | Note | By", *rows),
             who=c.p_fca(guardian=True), subj=c.pick("log for handover", f"{c.case_no} – entries for new guardian", ""),
             names=["handover log.docx", "Doc1.docx"])


@tpl("contact-log", lang="cy", via=("upload", "attach", "upload"), where="wales")
def log_iris_cy(c):
    es = _log_entries(c, LOG_CY, c.num(4, 6), 60, cy=True)
    rows = []
    for d, t, h, s in es:
        rows += [f"{c.dc(d, 'dmy')} {t}", f"Math o weithgaredd: {h}", f"Cofnod: {s}",
                 f"Ymarferydd: {c.pick(c.fca.full, c.bso.full)}", ""]
    return R(lines("IRIS – Cofnodion yr achos", f"Rhif yr achos: {c.case_no}", f"Enw'r achos: {c.case_name}",
                   "Iaith y cofnod: Cymraeg", "", *rows),
             who=c.p_bso(), subj=c.pick(f"Cofnodion {c.case_no}", "allbrint IRIS", ""),
             names=["allbrint.pdf", "cofnodion.pdf", "IRIS_export.pdf"])


@tpl("contact-log", lang="cy", via=("tree",), where="wales", old=True)
def log_old_cy(c):
    es = _log_entries(c, LOG_CY, c.num(5, 7), 300, cy=True)
    rows = [f"{d.replace(year=2013).strftime('%d/%m/%y')}  {h}: {s}" for d, t, h, s in es]
    return R(lines(f"Achos {c.case_no} – {c.k1.last}", "Cofnod o bob cyswllt", *rows),
             names=["cofnod.doc", f"{c.k1.last}.doc", "LOG CYMRAEG.doc"])


# ---- WTFH outcome form --------------------------------------------------------------------
def _tick(c, on):
    return c.pick("[X]", "☒", "X") if on else c.pick("[ ]", "☐", "")


@tpl("wtfh-outcome", via=("upload", "attach", "upload"), where="eng", law="private")
def wtfh_ecms(c):
    out = c.rng.randrange(4)
    opts = ["Adjourned – section 7 report ordered (Cafcass)", "Adjourned – section 7 report ordered (local authority)",
            "Final order made", "Adjourned – other (e.g. fact-finding, SPIP, MIAM)"]
    tks = [f"{_tick(c, i == out)} {o}" for i, o in enumerate(opts)]
    nxt = {0: "WAFH – allocate for s7", 1: "Close – LA to report", 2: "Close WTFH", 3: "Close – fact-finding listed"}[out]
    return R(lines("Outcome of First Hearing", f"Case number {c.case_no}", f"Hearing date {c.d(c.last_hearing, 'dmy')}",
                   f"Court {c.court['place']}", f"Judge/bench {c.judge}", f"FCA at court {c.fca.full}",
                   f"Parties attended: Applicant {c.pick('Yes', 'Yes (video)')}  Respondent {c.pick('Yes', 'No', 'Yes (by phone)')}",
                   *tks,
                   f"Safeguarding issues identified at FHDRA: {c.pick('domestic abuse allegations (C1A)', 'none', 'alcohol misuse alleged by M', 'LA involvement 2022')}",
                   f"Referrals made: {c.pick('SPIP x2', 'none', 'MIAM', 'Child contact centre (supported)')}",
                   f"Next hearing: {c.d(c.hearing, 'dmy')} ({c.pick('DRA', 'Fact-finding', 'Review')})",
                   f"Case to: {nxt}"),
             who=c.p_fca(), subj=c.pick(f"{c.case_no} outcome", "FHDRA outcome – pls update ECMS", ""),
             names=["outcome.docx", "FHDRA outcome.docx"])


@tpl("wtfh-outcome", via=("email",), where="eng", law="private")
def wtfh_email_pasted(c):
    return R(lines("Hi all,", "",
                   f"ECMS is down at court so pasting my outcome form here for {c.case_no} ({c.case_name}) – can it go on as the form please.",
                   "", f"FHDRA {c.d(c.last_hearing, 'dmy')} before {c.judge}",
                   f"Outcome: {c.pick('s7 ordered, Cafcass, 12 weeks', 'final CAO by consent', 'adjourned for fact-finding, no Cafcass role until after')}",
                   f"Interim arrangements: {c.pick('indirect contact only', 'Sat 10-4 alternate weeks', 'none agreed')}",
                   f"Risk issues remaining: {c.pick('DA allegations both ways', 'none', 'F drug use – hair strand directed')}",
                   f"Next steps for Cafcass: {c.pick('allocate WAFH', 'close WTFH', 'close, SPIP referral sent')}", "",
                   "Thanks", c.fca.first),
             who=c.p_fca(), subj=c.pick(f"FHDRA outcome {c.case_no}", "outcome form – ECMS down", "today's list – 1 of 4"))


@tpl("wtfh-outcome", via=("scan",), where="eng", law="private")
def wtfh_paper(c):
    return R(lines("COURT DUTY – FIRST HEARING OUTCOME", f"Case no: {c.case_no}    Date: {c.d(c.last_hearing, 'dots')}",
                   f"Court: {c.court['place']}", "Parties present:  M [/]  F [/]  Other [ ]",
                   "Safeguarding letter available at hearing?  Yes / No",
                   f"Order made: {c.pick('interim CAO – alt weekends', 'adjourned – s7', 'final – agreed')}",
                   f"Cafcass to: {c.pick('prepare s7', 'no further role', 'provide addendum SL')}",
                   f"Filing date: {c.d(c.ahead(40, 80), 'dots')}", f"FCA sign: {c.fca.init}", "Entered on ECMS: ______"),
             hw=True)


@tpl("wtfh-outcome", via=("attach", "upload"), where="eng", law="private")
def wtfh_concluded(c):
    return R(lines(f"WTFH – first hearing outcome", f"{c.case_name}  {c.case_no}",
                   f"Hearing: {c.d(c.last_hearing, 'long')}, {c.court['place']}",
                   "Outcome code: FO – final order at first hearing",
                   f"Order: {c.pick('child arrangements order (lives with M, time with F alternate weekends)', 'no order', 'specific issue – school')} by consent",
                   "Cafcass involvement: ended", "Safeguarding: no outstanding issues; parties advised re support services",
                   f"Closure to be actioned by: Business Services ({c.d(c.today, 'dmy')})",
                   f"Completed by {c.fca.full}"),
             who=c.p_fca(), subj=c.pick("please close", f"{c.case_no} – closure", "FO at FHDRA"),
             names=["FO.docx", "form.docx"])


@tpl("wtfh-outcome", via=("tree",), where="eng", old=True, law="private")
def wtfh_old_sheet(c):
    return R(lines("FHDRA OUTCOME SHEET (Schedule 2)", f"Case {c.case_no}", f"Date {c.pick('14', '21', '28')}/0{c.num(1, 9)}/2013",
                   f"Schedule 2 letter filed: yes", "Issues resolved at FHDRA: partly",
                   f"Directed: {c.pick('s7 welfare report', 'Parenting Information Programme', 'Contact Activity Direction')}",
                   "WAFH: yes  / no", f"Duty officer: {c.fca.full}"),
             names=["FHDRA.doc", "outcome sheet.doc"])


@tpl("wtfh-outcome", lang="cy", via=("upload", "attach"), where="wales", law="private")
def wtfh_iris_cy(c):
    out = c.rng.randrange(3)
    opts = ["Gorchymyn adroddiad adran 7 (CAFCASS Cymru)", "Gorchymyn terfynol", "Gohirio – gwrandawiad canfod ffeithiau"]
    return R(lines("Canlyniadau'r FHDRA", f"Rhif yr achos: {c.case_no}", f"Dyddiad: {c.dc(c.last_hearing, 'dmy')}",
                   f"Llys: {c.court['cy']}", f"Ymarferydd: {c.fca.full}",
                   *[f"{_tick(c, i == out)} {o}" for i, o in enumerate(opts)],
                   f"{_tick(c, c.chance(0.5))} Atgyfeiriad at Weithio Gyda'n Gilydd er mwyn Plant (WT4C)",
                   f"{_tick(c, c.chance(0.3))} Atgyfeiriad at ganolfan gyswllt",
                   f"Materion diogelu: {c.pick('dim', 'honiadau o gam-drin domestig', 'pryderon am alcohol')}",
                   f"Gwrandawiad nesaf: {c.dc(c.hearing)}"),
             who=c.p_fca(), subj=c.pick(f"Canlyniad {c.case_no}", "FHDRA heddiw", ""), names=["canlyniad.docx"])


@tpl("wtfh-outcome", lang="cy", via=("email",), where="wales", law="private")
def wtfh_email_cy(c):
    return R(lines("Helo,", "",
                   f"Canlyniad y gwrandawiad cyntaf heddiw yn achos {c.case_no} ({c.case_name}) – a fyddech cystal â'i gofnodi ar IRIS:",
                   f"- Gorchymyn: {c.pick('adroddiad adran 7 gan CAFCASS Cymru, 12 wythnos', 'gorchymyn trefniadau plant terfynol trwy gytundeb', 'gohirio ar gyfer canfod ffeithiau')}",
                   f"- Trefniadau dros dro: {c.pick('cyswllt anuniongyrchol', 'bob yn ail benwythnos', 'dim')}",
                   f"- WT4C: {c.pick('atgyfeiriad wedi’i wneud i’r ddau riant', 'dim')}",
                   f"- Gwrandawiad nesaf: {c.dc(c.hearing)}", "", "Diolch", c.fca.first),
             who=c.p_fca(), subj=c.pick(f"Canlyniad FHDRA {c.case_no}", "FHDRA", "RE: rhestr heddiw"))


# ---- Detailed contact recording -------------------------------------------------------------
@tpl("detailed-recording", via=("upload", "upload", "attach"))
def rec_home_visit(c):
    who = c.pick(c.dad, c.mum)
    return R(lines(f"{c.case_no}  {c.d(c.ago(1, 10), 'dmy')}  Home visit (face to face)",
                   f"Worker: {c.fca.full}, {c.svc} FCA", f"Present: {who.full}; {c.kidnames} {c.pick('at school', 'present for part of the visit')}",
                   f"Venue: {who.full}'s home, {c.addr_dad if who is c.dad else c.addr_mum}", f"Time: {c.time()} – {c.time()}",
                   f"Outline: {who.first} showed me the children's bedrooms. {who.he.capitalize()} said the arrangements had "
                   f"{c.pick('broken down after the argument at handover', 'been working since the interim order', 'stopped in January')}. "
                   f"{who.he.capitalize()} accepted {c.pick('drinking more than he should', 'there had been shouting', 'messaging the other parent late at night', 'nothing of what was alleged')}.",
                   f"Next steps: see {c.k1.first} at school; request update from {c.la['short']}.",
                   f"Actions after: emailed {c.pick('school', 'LA', 'PM')} same day."),
             who=c.p_fca(), subj=c.pick("notes for file", "HV notes", ""), names=["HV notes.docx", "visit.docx"])


@tpl("detailed-recording", via=("scan",))
def rec_handwritten_phone(c):
    p = c.resp
    return R(lines(f"{c.d(c.ago(1, 20), 'dots')}  tel. interview  {p.initials}  ({c.pick('R', 'M', 'F')})",
                   f"{c.time()} – rang {p.first}, confirmed ID (dob, addr)", "safe to talk? – yes, on own",
                   f"says {c.pick('no DV', 'F pushed her 2021, police called', 'M drinks at weekends', 'worried about new partner')}",
                   f"kids: {c.kidnames} – {c.pick('fine', 'school ok', 'eldest upset')}",
                   f"wants: {c.pick('contact supervised', 'alt wknds', 'kids to live w/ me')}",
                   "advised re SL + next steps", f"{c.fca.init}"), hw=True)


@tpl("detailed-recording", via=("upload",))
def rec_contact_observation(c):
    return R(lines(f"Observation of time between {c.dad.first} and the children",
                   f"Date/time: {c.d(c.ago(2, 14), 'day')}, {c.time()}", f"Venue: {c.centre}",
                   f"Observed by: {c.fca.full}", f"Present: {c.dad.full}; {c.kidnames}; centre worker",
                   f"{c.k1.first} ran to {c.dad.first} when {c.k1.he} came in. They played {c.pick('Uno', 'with the Lego', 'a board game')}. "
                   f"{c.dad.first} brought snacks and asked about school. At one point {c.dad.first} asked {c.k1.first} "
                   f"{c.pick('where mum was living now', 'whether mum had a boyfriend', 'about their holiday')}; I noted this.",
                   f"Goodbye was {c.pick('calm', 'tearful but managed well', 'rushed')}.",
                   "Converted from OneNote; proofread by author."),
             who=c.p_fca(), subj="", names=["observation.docx", "OneNote export.pdf"])


@tpl("detailed-recording", via=("upload", "attach"))
def rec_school_meeting(c):
    return R(lines(f"Meeting at {c.school}", f"{c.d(c.ago(1, 14), 'dmy')}  {c.time()}  face to face",
                   f"Worker: {c.fca.full}; school: {c.pro().full} ({c.pick('DSL', 'class teacher', 'SENCo')})",
                   f"Attendance {c.num(82, 99)}%. {c.k1.first} is {c.pick('quiet but settled', 'often late on Mondays', 'doing well with reading')}.",
                   f"School are aware of the court case; {c.pick('both parents attend parents evening separately', 'dad is not on the pick-up list', 'no concerns about either parent')}.",
                   "Agreed: school will contact FCA if anything changes.", "Next: write to parties with date to see children."),
             who=c.p_fca(), subj=c.pick("school notes", f"{c.case_no}", ""), names=["school mtg.docx"])


@tpl("detailed-recording", via=("attach",), where="eng")
def rec_laptop_notes(c):
    p = c.app
    return R(lines(f"Interview by video (Teams) – {p.full} ({'father' if p is c.dad else 'mother'})",
                   f"{c.d(c.ago(1, 6), 'long')} {c.time()}", f"Worker {c.fca.full}. Interpreter: {c.pick('none needed', 'Polish (by phone)', 'Urdu (present)')}",
                   "Discussed: the application, the children's routine, the allegations in the C1A, what needs to change.",
                   f"{p.first} said {c.pick('the children come back unsettled', p.he + ' has done a parenting course', p.he + ' will not agree to overnights yet' if p is c.mum else p.he + ' wants overnights to start now')}.",
                   f"I explained that I will speak to {c.kidnames} and that what they say is not the only thing the court considers.",
                   "Next: home visit, check with new partner."),
             who=c.p_fca(), subj=c.pick("notes from today for file pls", "interview notes", "RE: notes"),
             names=["Notes 12.3.docx", "Doc1.docx", "Teams notes.docx"])


@tpl("detailed-recording", via=("tree",), where="eng", old=True)
def rec_old_interview(c):
    return R(lines(f"Interview notes – {c.mum.initials} – {c.pick('14.11.12', '03/04/13', '22.01.13')}",
                   "Office interview, Cafcass Leeds", f"Present: {c.mum.first}, FCA {c.fca.full}",
                   f"M says F {c.pick('not seen kids since summer', 'turns up drunk', 'keeps kids longer than agreed')}.",
                   "M agrees to a Parenting Information Programme.", "Next: see F, check with school."),
             names=["interview M.doc", "notes.doc"])


@tpl("detailed-recording", lang="cy", via=("upload",), where="wales")
def rec_home_visit_cy(c):
    p = c.pick(c.mum, c.dad)
    home = "ei chartref" if p.g == "f" else "ei gartref"
    return R(lines(f"Ymweliad cartref – {c.dc(c.ago(1, 10))}", f"Ymarferydd: {c.fca.full}",
                   f"Yn bresennol: {p.full}; {c.kidnames_cy} yn yr ysgol", f"Lleoliad: {home}, {c.addr_mum if p is c.mum else c.addr_dad}",
                   f"Amser: {c.time()}", f"Dangosodd {p.first} ystafelloedd y plant i mi. Dywedodd fod y trefniadau wedi "
                   f"{c.pick('chwalu ers y Nadolig', 'gweithio’n dda ers y gorchymyn dros dro', 'achosi ffraeo wrth drosglwyddo')}.",
                   f"Camau nesaf: gweld {c.k1.first} yn yr ysgol; gofyn am ddiweddariad gan {c.la_cy_soft}.",
                   "Iaith y cofnod: Cymraeg"),
             who=c.p_fca(), subj=c.pick("nodiadau", "cofnod ymweliad", ""), names=["ymweliad.docx"])


@tpl("detailed-recording", lang="cy", via=("scan", "upload"), where="wales")
def rec_phone_cy(c):
    p = c.resp
    return R(lines(f"Nodiadau cyfweliad ffôn – {p.initials}", f"{c.dc(c.ago(1, 20), 'dmy')}  {c.time()}",
                   "Gwirio pwy: dyddiad geni a chyfeiriad – iawn", "Yn ddiogel i siarad? – ydy",
                   f"Dweud: {c.pick('dim trais', 'ffraeo o flaen y plant', 'pryder am yfed y tad', 'partner newydd y fam')}",
                   f"Plant: {c.kidnames_cy} – {c.pick('iawn', 'ysgol yn iawn', 'yr hynaf yn poeni')}",
                   f"Eisiau: {c.pick('cyswllt dan oruchwyliaeth', 'bob yn ail benwythnos', 'i’r plant fyw gyda fi')}",
                   "Esbonio'r camau nesaf", f"{c.fca.initials}"), hw=True)


# ============================================================================================
# correspondence: welcome-letter, letter-to-parties, letter-from-party, correspondence
# ============================================================================================
@tpl("welcome-letter", via=("attach", "upload"), where="eng", law="private")
def wel_intake(c):
    p = c.pick(c.app, c.resp)
    return R(lines("Cafcass", "Children and Family Court Advisory and Support Service", f"Our ref: {c.case_no}",
                   f"{c.d(c.ago(2, 10), 'long')}", "", f"{p.title} {p.full}", f"{c.addr_mum if p is c.mum else c.addr_dad}", "",
                   f"Dear {p.formal},", "",
                   f"The court has sent us a copy of the application about {c.kidnames}. Cafcass is independent of the court, "
                   "social services and the police. Before the first hearing one of our Family Court Advisers will telephone "
                   "you to ask about any worries you have about your own or the children's safety.",
                   "We will also ask the police and the local authority whether they hold information about your family.",
                   "If it is not safe for us to call you at home, please tell us a safe number and time.",
                   "We have enclosed some leaflets about what happens next, and how children feel when parents separate.", "",
                   "Yours sincerely", "Early Intervention Team"),
             who=c.p_intake(), subj=c.pick(f"Cafcass – your child's family court case {c.case_no}", f"{c.case_no}", ""),
             names=["letter.pdf", "EIT_letter.pdf"])


@tpl("welcome-letter", via=("scan",), where="eng", law="private")
def wel_returned(c):
    p = c.resp
    return R(lines("RETURN TO SENDER – NOT KNOWN AT THIS ADDRESS", "", f"Ref {c.case_no}", f"Dear {p.formal}", "",
                   f"We are writing because an application has been made to the family court about {c.kidnames}. "
                   "A Family Court Adviser from Cafcass will telephone you before the first hearing.",
                   "Please ring us on the number above if you have not heard from us within 10 working days.",
                   "[stamp] RETURNED MAIL", f"[handwritten] rec'd {c.d(c.today, 'dots')} – addr? ask court"))


@tpl("welcome-letter", via=("email",), where="eng", law="private")
def wel_egress_email(c):
    p = c.app
    return R(lines(f"Dear {p.first} {p.last},", "",
                   f"We have received your application to {c.court_en} (case number {c.case_no}).",
                   "Our role is to help the court understand what is safe and best for your children. We will phone you before "
                   f"the first hearing on {c.d(c.hearing, 'day')}. The call can take up to 45 minutes, so please find somewhere private.",
                   "Attached are our leaflets: 'What to expect' and 'Domestic abuse – getting help'.",
                   "Please do not reply to this email with documents; send them to the court.", "", "Kind regards", "Cafcass"),
             who=c.p_intake(), subj=c.pick("Your family court case – what happens next", f"Cafcass {c.case_no}",
                                           "Secure: Cafcass information"))


@tpl("welcome-letter", via=("attach",), where="wales", law="private")
def wel_cymru_english(c):
    p = c.pick(c.app, c.resp)
    return R(lines("CAFCASS Cymru", "Llywodraeth Cymru / Welsh Government", f"Ein cyf / Our ref: {c.case_no}",
                   f"{c.d(c.ago(1, 7), 'long')}", "", f"Dear {p.formal},", "",
                   f"{c.court_en} has asked CAFCASS Cymru to carry out safeguarding enquiries about {c.kidnames} before the "
                   "first hearing. A practitioner will telephone you; if you would like to speak Welsh, please tell us.",
                   "We will contact the police and the local authority as part of these enquiries.",
                   "The enclosed leaflet explains Working Together for Children (WT4C), which you may be asked to attend.",
                   "", "Yours sincerely", f"{c.team['en']}", "Croesewir gohebiaeth yn Gymraeg."),
             who=c.p_intake(), subj=c.pick(f"{c.case_no}", "CAFCASS Cymru letter", ""), names=["llythyr-letter.pdf"])


@tpl("welcome-letter", via=("attach", "scan"), where="eng", law="private")
def wel_respondent_c1a(c):
    return R(lines(f"{c.resp.formal}", f"{c.addr_dad if c.resp is c.dad else c.addr_mum}", "",
                   f"Case {c.case_no} – {c.case_name}", "",
                   "You have been named as the respondent in an application to the family court. The applicant has also "
                   "filled in a form about harm (C1A). You will be able to respond to this at court.",
                   f"Before the hearing on {c.d(c.hearing, 'long')} a Family Court Adviser will ring you from a withheld number.",
                   "If you need an interpreter, please let us know now.",
                   "Cafcass, " + c.court["office"]),
             who=c.p_intake(), subj=c.pick("", "letter to respondent", f"{c.case_no} R"), names=["R letter.pdf"])


@tpl("welcome-letter", lang="cy", via=("attach", "upload"), where="wales", law="private")
def wel_cy(c):
    p = c.pick(c.app, c.resp)
    return R(lines("CAFCASS Cymru", f"Ein cyf: {c.case_no}", c.dc(c.ago(1, 8)), "",
                   f"Annwyl {p.first} {p.last},", "",
                   f"Mae'r {c.court_cy[2:]} wedi gofyn i CAFCASS Cymru wneud ymholiadau diogelu ynghylch {c.kidnames_cy} cyn y "
                   "gwrandawiad cyntaf. Bydd ymarferydd yn eich ffonio i siarad am unrhyw bryderon sydd gennych am eich "
                   "diogelwch chi neu ddiogelwch y plant.",
                   "Byddwn hefyd yn cysylltu â'r heddlu a'r awdurdod lleol.",
                   "Os nad yw'n ddiogel i ni eich ffonio, rhowch wybod i ni am rif a pha bryd sy'n gyfleus.",
                   "Amgaeir taflen am Weithio Gyda'n Gilydd er mwyn Plant.", "", "Yn gywir", c.team["cy"]),
             who=c.p_intake(), subj=c.pick(f"CAFCASS Cymru {c.case_no}", "Llythyr", ""), names=["llythyr.pdf"])


@tpl("welcome-letter", lang="cy", via=("scan",), where="wales", law="private")
def wel_bilingual_scan(c):
    p = c.app
    return R(lines("CAFCASS Cymru – Llywodraeth Cymru", f"Cyf / Ref: {c.case_no}", "",
                   f"Annwyl {p.formal}", "",
                   f"Diolch am eich cais i'r llys am {c.kidnames_cy}. Ein gwaith ni yw helpu'r llys i ddeall beth sy'n ddiogel "
                   "ac yn well i'r plant. Byddwn yn eich ffonio cyn y gwrandawiad cyntaf.",
                   f"Dear {p.formal}, thank you for your application about {c.kidnames}. We will telephone you before the first hearing.",
                   "Yn gywir / Yours sincerely", c.team["cy"]))


# ---- Letter to parties ----------------------------------------------------------------------
@tpl("letter-to-parties", via=("attach",), law="private")
def ltp_enclose_report(c):
    p = c.pick(c.mum, c.dad)
    return R(lines(f"{c.d(c.today, 'long')}", f"Private and confidential – addressee only", "",
                   f"Dear {p.formal},", f"Re: {c.kidnames} – case {c.case_no}", "",
                   f"I enclose my report for the hearing on {c.d(c.hearing, 'long')}. Please read it somewhere private. "
                   "You must not show it to the children or anyone who is not part of the case, or post about it online.",
                   "If you disagree with anything, you can tell the court at the hearing. If you have a solicitor, please "
                   "talk to them about it.", f"I have sent a copy to {c.pick('the other parent', 'the other party')} at the same time.",
                   "", "Yours sincerely", c.fca.full, f"Family Court Adviser, {c.svc}"),
             who=c.p_fca(), subj=c.pick(f"{c.case_no} – letters to M & F with report", "copy letters for file", ""),
             names=["cover letter.docx", "ltr M.docx", "ltr F.docx"])


@tpl("letter-to-parties", via=("scan", "upload"), law="private")
def ltp_appointment(c):
    dd = c.ahead(4, 14)
    return R(lines(f"Dear {c.mum.first} and {c.dad.first},", "",
                   f"I have been asked by the court to write a report about {c.kidnames}. I would like to meet each of you "
                   f"separately. I have booked {c.d(dd, 'day')} at {c.time()} for {c.mum.first} and the following day for {c.dad.first}, "
                   f"at the {c.svc} office{' in ' + c.court['office'] if not c.wales else ''}.",
                   "Please ring me if the time is not suitable. If you need an interpreter or help to get here, tell me.",
                   "Please do not bring the children to this appointment.", "", "Best wishes", c.fca.full))


@tpl("letter-to-parties", via=("attach", "scan"), law="private")
def ltp_closing(c):
    return R(lines(f"To: {c.mum.full} and {c.dad.full}", f"{c.d(c.today, 'long')}", "",
                   f"The Family Assistance Order made on {c.d(c.ago(150, 200), 'long')} ends this month and my work with your family "
                   "will finish then.", f"Over the last six months {c.kidnames} {c.have} settled into the new arrangements. "
                   "I have enjoyed meeting them.",
                   "If things become difficult again, there is information about mediation and support in the enclosed leaflet. "
                   f"{c.svc} will not be able to help unless the court asks us to.", "", "With best wishes", c.fca.full),
             who=c.p_fca(), subj=c.pick("end of FAO letters", f"{c.case_no} closing", ""), names=["end FAO.docx"])


@tpl("letter-to-parties", via=("upload", "attach"), law="private")
def ltp_seeing_children(c):
    return R(lines(f"Dear {c.mum.formal} and {c.dad.formal}", "",
                   f"As I explained when we met, I need to spend some time with {c.kidnames}. I will see "
                   f"{'them' if len(c.kids) > 1 else c.k1.him} at {c.school} on {c.d(c.ahead(3, 12), 'day')}. The school know I am coming.",
                   "Please tell the children in simple terms that someone called " + c.fca.first +
                   " who helps families when they go to court will come and talk to them. Please do not ask them afterwards what they said.",
                   "Thank you.", c.fca.full),
             who=c.p_fca(), subj=c.pick("letter to both parents re seeing children", ""), names=["ltr both.docx"])


@tpl("letter-to-parties", via=("email",), where="eng", law="private")
def ltp_email_bcc(c):
    return R(lines("Dear both,", "",
                   f"Following the hearing on {c.d(c.last_hearing, 'long')}, the court has asked me to prepare a report by "
                   f"{c.d(c.ahead(30, 70), 'long')}. This email is going to each of you separately.",
                   "I will be contacting you in the next two weeks to arrange to meet. I will also write to the children's schools.",
                   "Please use this email address only for arranging appointments; anything you want the court to see should go through the court.",
                   "", "Regards", c.fca.full),
             who=c.p_fca(), subj=c.pick(f"{c.case_no} – next steps", "Cafcass – your case", "Report – next steps"))


@tpl("letter-to-parties", lang="cy", via=("attach",), where="wales", law="private")
def ltp_report_cy(c):
    p = c.pick(c.mum, c.dad)
    return R(lines(c.dc(c.today), "Preifat a chyfrinachol", "", f"Annwyl {p.first},", f"{c.kidnames_cy} – achos {c.case_no}", "",
                   f"Amgaeaf gopi o'm hadroddiad ar gyfer y gwrandawiad ar {c.dc(c.hearing)}. Darllenwch ef mewn lle preifat. "
                   "Peidiwch â'i ddangos i'r plant nac i unrhyw un arall.",
                   "Os ydych yn anghytuno â rhywbeth, gallwch ddweud wrth y llys. Os oes gennych gyfreithiwr, siaradwch â nhw.",
                   "", "Yn gywir", c.fca.full, "Cynghorydd Llys Teulu, CAFCASS Cymru"),
             who=c.p_fca(), subj=c.pick("llythyrau at y rhieni", f"{c.case_no}", ""), names=["llythyr mam.docx", "llythyr tad.docx"])


@tpl("letter-to-parties", lang="cy", via=("scan", "upload"), where="wales", law="private")
def ltp_appointment_cy(c):
    dd = c.ahead(4, 14)
    return R(lines(f"Annwyl {c.mum.first} a {c.dad.first},", "",
                   f"Mae'r llys wedi gofyn i mi ysgrifennu adroddiad am {c.kidnames_cy}. Hoffwn gwrdd â chi ar wahân. "
                   f"Rwyf wedi trefnu {c.dc(dd, 'day')} am {c.time()} yn swyddfa CAFCASS Cymru, {c.team['base']}.",
                   "Ffoniwch fi os nad yw'r amser yn gyfleus. Peidiwch â dod â'r plant i'r apwyntiad.", "",
                   "Cofion", c.fca.full))


@tpl("letter-to-parties", lang="cy", via=("attach",), where="wales", law="private")
def ltp_closing_cy(c):
    return R(lines(f"At: {c.mum.full} a {c.dad.full}", c.dc(c.today), "",
                   "Mae fy ngwaith gyda'ch teulu yn dod i ben gan fod y llys wedi gwneud gorchymyn terfynol.",
                   f"Diolch i chi am eich cydweithrediad. Mae {c.kidnames_cy} wedi bod yn glod i chi.",
                   "Os bydd pethau'n anodd eto, mae gwybodaeth am gyfryngu yn y daflen amgaeedig.", "", "Yn gywir", c.fca.full),
             who=c.p_fca(), subj=c.pick("llythyr cau", ""), names=["cau.docx"])


# ---- Letter from party ----------------------------------------------------------------------
@tpl("letter-from-party", via=("scan",), law="private")
def lfp_father_handwritten(c):
    return R(lines(f"To {c.fca.first} at {c.svc}", f"case {c.case_no}", "",
                   f"I am writing to you because I have not seen {c.kidnames} for {c.num(3, 9)} weeks now and nobody is doing nothing. "
                   f"{c.mum.first} keeps saying the kids dont want to come but thats her talking not them.",
                   "I have done everything the court said. I want you to know I dont drink no more and I have a flat with a room for them.",
                   "Please can you ring me I have credit now.", f"{c.dad.full}", c.mob()), hw=True)


@tpl("letter-from-party", via=("attach", "scan"), law="private")
def lfp_mother_typed(c):
    return R(lines(f"Dear {c.fca.formal},", "",
                   f"Re: {c.kidnames} – {c.case_no}", "",
                   f"I am writing to tell you about what happened at handover on {c.d(c.ago(3, 12), 'long')}. {c.dad.first} arrived "
                   f"{c.pick('an hour late', 'with his new partner even though we agreed he would not', 'and shouted at me in front of the children')}.",
                   f"{c.k1.first} was upset for the rest of the weekend and did not want to go to school on Monday.",
                   "I am not trying to stop the children seeing their dad, but I need this to be safe and predictable.",
                   "I would like this letter to be considered when you write your report.", "", "Yours sincerely", c.mum.full),
             who=c.p_lip(c.mum), subj=c.pick("letter for Cafcass", "For the Cafcass officer", "", "Re: my case"),
             names=["Letter for Cafcass.docx", "letter.docx", "cafcass.pdf"])


@tpl("letter-from-party", via=("email",), law="private")
def lfp_grandparent_email(c):
    return R(lines(f"Dear {c.fca.first},", "",
                   f"I am {c.kidnames}'s nan on their mum's side and the court made me a party last month. I wanted to put in "
                   f"writing what I said on the phone. The children have stayed with me every {c.pick('Wednesday', 'Friday night', 'school holiday')} since they were small.",
                   f"Since {c.mum.first} and me fell out I have not been allowed to see them and I am worried about {c.k1.first} who used to tell me everything.",
                   "I am 67 and I am not going anywhere. I just want to be in their lives.", "",
                   f"Yours sincerely,", c.gm.full),
             who=c.p_lip(c.gm), subj=c.pick(f"{c.k1.first} and {c.kids[-1].first}", "my grandchildren", f"case {c.case_no}"))


@tpl("letter-from-party", via=("upload", "attach", "scan"), law="private")
def lfp_lip_to_cafcass(c):
    p = c.app
    return R(lines(f"To the Cafcass officer", f"From {p.full} (applicant) – case {c.case_no}", "",
                   "1. I do not agree with what the safeguarding letter says about me. The police incident in 2022 was "
                   "a misunderstanding and no charges were brought.",
                   "2. I would like you to speak to my sister and to the children's swimming coach, who see me with the children.",
                   f"3. Please can you see the children at my house as well as at {c.resp.first}'s.",
                   f"Signed {p.full}  {c.d(c.ago(1, 7), 'dmy')}"),
             who=c.p_lip(p), subj=c.pick("letter", "", "for my cafcass worker"), names=["Document (3).pdf", "IMG_4471.jpg"])


@tpl("letter-from-party", via=("scan",), where="eng", law="private")
def lfp_poor_english(c):
    p = Person(c.pick("Tomasz", "Piotr", "Marek"), c.pick("Nowak", "Kowalski", "Dziedzic"), "m")
    return R(lines("Dear Sir/Madam", "", f"My name is {p.full} I am father of {c.k1.first}. I write because I not understand letter from court.",
                   "I work nights in warehouse so I not answer phone in the day. Please call after 4 o'clock.",
                   f"I want see my {'son' if c.k1.g == 'm' else 'daughter'} every weekend like before. I never hurt nobody.",
                   "Thank you", p.full), hw=True)


@tpl("letter-from-party", lang="cy", via=("scan",), where="wales", law="private")
def lfp_mam_cy(c):
    return R(lines(f"Annwyl {c.fca.first},", "",
                   f"Dw i'n ysgrifennu achos dw i'n poeni am y penwythnosau efo {c.dad.first}. Mae {c.k1.first} yn dod adra "
                   "wedi blino ac yn dweud ei fod o wedi bod yn y dafarn efo nhw.",
                   "Dw i ddim isio stopio nhw weld eu tad ond mae angen i bethau newid.",
                   "Diolch am wrando ar y ffôn wythnos diwethaf.", "", "Cofion", c.mum.full), hw=True)


@tpl("letter-from-party", lang="cy", via=("attach",), where="wales", law="private")
def lfp_taid_cy(c):
    return R(lines(f"At sylw {c.fca.full}, CAFCASS Cymru", f"Achos {c.case_no}", "",
                   f"Fi yw taid {c.kidnames_cy}. Mae'r llys wedi fy ngwneud yn barti. Hoffwn egluro fy mod i a'm gwraig wedi "
                   f"gofalu am y plant bob dydd Mercher ers i {c.k1.first} ddechrau yn yr ysgol.",
                   "Ers y ffrae ym mis Ionawr, nid ydym wedi cael eu gweld. Rydym yn barod i fynd i'r ganolfan gyswllt os oes rhaid.",
                   "Yn gywir", c.gf.full),
             who=c.p_lip(c.gf), subj=c.pick("llythyr", "Ein wyrion", ""), names=["llythyr taid.docx", "Dogfen1.docx"])


@tpl("letter-from-party", lang="cy", via=("email",), where="wales", law="private")
def lfp_tad_email_cy(c):
    return R(lines(f"Annwyl {c.fca.formal},", "",
                   f"Ysgrifennaf ynglŷn â'r adroddiad sydd i'w ffeilio yn achos {c.case_no}. Nid wyf yn cytuno â'r hyn a "
                   f"ddywedodd {c.mum.first} wrthych am y digwyddiad ym mis Rhagfyr.",
                   f"Hoffwn i chi siarad â phennaeth {c.school}, sy'n fy ngweld yn casglu'r plant bob dydd Gwener.",
                   "Rwy'n gofyn hefyd i chi weld y plant yn fy nhŷ i.", "", "Yn gywir", c.dad.full),
             who=c.p_lip(c.dad), subj=c.pick("Fy llythyr", f"Achos {c.case_no}", "Adroddiad"))


# ---- Correspondence (general) ---------------------------------------------------------------
@tpl("correspondence", via=("email",), law="private")
def cor_listing_relist(c):
    return R(lines("Good morning,", "",
                   f"Please note the hearing in {c.case_no} ({c.case_name}) listed on {c.d(c.ahead(2, 9), 'dmy')} has been vacated "
                   f"due to judicial availability and relisted on {c.d(c.hearing, 'day')} at {c.pick('10:00', '14:00', '10:30')} "
                   f"(time estimate {c.pick('1 hour', '2 hours', '30 minutes')}), {c.pick('in person', 'by CVP', 'hybrid')}.",
                   "Please confirm the Cafcass officer's availability by return.", "", "Kind regards"),
             who=c.p_listing(), subj=c.pick(f"{c.case_no} - RELISTED", f"Notice of relisting {c.case_no}", "Hearing vacated"))


@tpl("correspondence", via=("email",))
def cor_clerk_query(c):
    return R(lines("Dear Cafcass,", "",
                   f"{c.judge if 'Judge' in c.judge else 'The Judge'} has asked me to enquire whether the report directed in {c.case_no} "
                   f"will be filed by {c.d(c.ahead(2, 20), 'long')} as the file shows nothing received yet. If an extension is "
                   "needed, please send a short letter setting out the reasons.", "",
                   "Please reply to this email address only.", "", "Many thanks"),
             who=c.p_clerk(), subj=c.pick(f"RE: {c.case_no}", "Judge's query – filing date", f"{c.case_name} - report?"))


@tpl("correspondence", via=("email",), law="private")
def cor_solicitor_national(c):
    return R(lines("Dear Sirs", "", f"{c.case_name} – {c.case_no}", "",
                   f"We act for the {'Applicant father' if c.app is c.dad else 'Respondent father'}, {c.dad.full}. Please note our interest.",
                   f"Our client has moved to {c.address()}. His mobile number is {c.mob()}. Please use these details from now on.",
                   "Kindly confirm when your report is expected to be filed and send a copy to us on filing.", "",
                   "Yours faithfully"),
             who=c.p_sol("f"), subj=c.pick(f"{c.case_name} [HC-{c.num(100000, 999999)}]", f"Our client {c.dad.last} – change of address",
                                           f"[EXTERNAL] {c.case_no}"))


@tpl("correspondence", via=("email",))
def cor_court_cover_order(c):
    return R(lines("Good afternoon,", "",
                   f"Please find attached the sealed order from the hearing on {c.d(c.last_hearing, 'dmy')} in the above matter for your records.",
                   "Please do not reply to this mailbox. Any queries should be sent to the court office quoting the case number."),
             who=c.p_court_admin(), subj=c.pick(f"{c.case_no} - sealed order", f"Order {c.case_no} {c.case_name}", f"Sealed order(s) - {c.case_no}"))


@tpl("correspondence", via=("email",), where="eng", law="private")
def cor_legal_adviser_vacate(c):
    return R(lines("Dear Cafcass duty,", "",
                   f"The bench in court 3 this morning asked me to let you know that the FHDRA in {c.case_no} has been vacated: "
                   f"the parties have reached agreement through mediation and a consent order will be submitted. "
                   "No safeguarding letter will now be needed for the bench, but please let me know if there is anything "
                   "in your checks that we need to be aware of before the consent order is approved.", "", "Thank you"),
             who=c.p_adviser(), subj=c.pick(f"{c.case_no} vacated", "FHDRA today – vacated", ""))


@tpl("correspondence", via=("email",))
def cor_sw_logistics(c):
    return R(lines(f"Hi {c.fca.first},", "",
                   f"Just confirming the professionals' meeting for {c.kidnames} on {c.d(c.ahead(2, 10), 'day')} at {c.time()} "
                   f"on Teams. I'll send the link. {c.pick('School and health visitor are invited.', 'Dad’s probation officer can’t make it.', 'Can you let me know if you need it moving?')}",
                   "", "Thanks", c.sw.first),
             who=c.p_sw(), subj=c.pick("Professionals meeting", f"{c.k1.first} – meeting", "RE: dates"))


@tpl("correspondence", via=("scan", "attach", "scan"), law="private")
def cor_solicitor_letter(c):
    firm = c.mfirm
    return R(lines(firm["name"], f"{firm['city']}", f"Our ref: {c.msol.initials}/{c.mum.last.upper()}/{c.num(1000, 9999)}",
                   f"Your ref: {c.case_no}", c.d(c.ago(1, 6), "long"), "",
                   f"{c.svc}", "", "Dear Sir or Madam", "", f"Re: {c.kidnames}", "",
                   f"We are instructed by {c.mum.full} in the above proceedings. Our client is legally aided.",
                   "We understand you have been directed to prepare a report. Our client is available to meet on any weekday "
                   f"afternoon and asks that appointments are not made on {c.pick('Mondays', 'Fridays')} because of work.",
                   "We should be grateful if you would copy us into any correspondence sent to our client.", "",
                   "Yours faithfully", firm["name"]),
             who=c.p_sol("m"), subj=c.pick(f"{c.case_name} – letter", "Letter attached", "[EXTERNAL] correspondence"),
             names=["Letter to Cafcass.pdf", f"{c.mum.last.upper()}-{c.num(100, 999)}.pdf"])


@tpl("correspondence", via=("email",), law="private")
def cor_parent_reschedule(c):
    p = c.pick(c.mum, c.dad)
    return R(lines(c.pick("hi", "Hiya", f"Hi {c.fca.first}"), "",
                   f"sorry i cant make {c.pick('tuesday', 'the appointment on wed', 'thursday 2pm')} as {c.pick('i have work', 'my car is in the garage', 'kid is off sick')}. "
                   "can we do next week instead? any day but friday", "", p.first),
             who=c.p_lip(p), subj=c.pick("appointment", "re appointment", "", "cant make it"))


@tpl("correspondence", via=("email",), where="eng", law="private")
def cor_fca_report_filed(c):
    return R(lines("Dear Court,", "",
                   f"Please find attached the report in {c.case_no} for the hearing on {c.d(c.hearing, 'long')}. "
                   "Copies have been sent to the parties by Egress.", "", "Kind regards", c.fca.full),
             who=c.p_fca(), subj=c.pick(f"{c.case_no} – report filed", f"Filing – {c.case_name}", "s7 filed"))


@tpl("correspondence", lang="cy", via=("email",), where="wales")
def cor_court_cy(c):
    return R(lines("Bore da,", "",
                   f"Sylwch fod y gwrandawiad yn achos {c.case_no} a oedd wedi'i restru ar {c.dc(c.ahead(2, 9))} wedi'i ohirio. "
                   f"Bydd y gwrandawiad nawr yn cael ei gynnal ar {c.dc(c.hearing, 'day')} am {c.pick('10:00', '14:00')} "
                   f"yn {c.court['bldg']}.",
                   "Cadarnhewch a fydd yr ymarferydd ar gael.", "", "Diolch", "Swyddfa'r Llys Teulu"),
             who=c.p_listing(), subj=c.pick(f"{c.case_no} – gwrandawiad wedi'i ohirio", f"Rhestru {c.case_no}", "Gwrandawiad"))


@tpl("correspondence", lang="cy", via=("attach", "email", "scan"), where="wales", law="private")
def cor_firm_cy(c):
    firm = c.mfirm
    return R(lines(firm.get("cy", firm["name"]), f"Ein cyf: {c.msol.initials}/{c.num(1000, 9999)}", f"Eich cyf: {c.case_no}",
                   c.dc(c.ago(1, 6)), "", "Annwyl Syr/Madam", "",
                   f"Rydym yn gweithredu ar ran {c.mum.full} yn yr achos uchod. Mae ein cleient yn dymuno i'r achos gael ei "
                   "gynnal yn Gymraeg, ac i bob gohebiaeth gael ei hanfon yn Gymraeg.",
                   "A fyddech cystal â rhoi gwybod i ni pryd y bydd eich adroddiad yn cael ei ffeilio.", "", "Yn gywir",
                   firm.get("cy", firm["name"])),
             who=c.p_sol("m"), subj=c.pick(f"{c.case_name}", "Llythyr", f"Ein cleient – {c.mum.last}"),
             names=["llythyr.pdf", "Letter.pdf"])


# ============================================================================================
# case-plan: case-plan, case-plan-review
# ============================================================================================
@tpl("case-plan", via=("upload", "upload", "attach"), law="private")
def plan_what_why_how(c):
    return R(lines(f"{c.case_name}   {c.case_no}", f"Allocated FCA: {c.fca.full}   Date: {c.d(c.ago(5, 20), 'dmy')}",
                   f"Filing date: {c.d(c.ahead(20, 60), 'dmy')}", "",
                   "What", "Why", "How",
                   f"See {c.kidnames} at school and at each parent's home",
                   "To understand their wishes and feelings and daily lives",
                   "Three Houses; observation; age-appropriate explanation of my role",
                   f"Interview {c.mum.first} and {c.dad.first} separately",
                   "To explore the allegations in the C1A and each parent's capacity to meet needs",
                   "DA practice pathway; Cafcass domestic abuse screening tool",
                   f"Further checks on {c.partner.full} (M's new partner)",
                   "New adult in the household", "Police and LA checks via BSO",
                   f"Speak to {c.school} DSL", "Independent view of the children", "Telephone",
                   "", f"Manager comments: {c.pick('Agreed. Consider child impact tool.', 'Agreed – please include sibling view.', 'Agreed.')}"),
             who=c.p_fca(), subj=c.pick("plan for approval", f"{c.case_no}", ""), names=["plan.docx", "Doc2.docx"])


@tpl("case-plan", via=("attach",), where="eng", law="private")
def plan_draft_for_pm(c):
    return R(lines(f"DRAFT – {c.case_no}", "1. Reason for allocation",
                   f"s7 report ordered at FHDRA on {c.d(c.last_hearing, 'long')}: where {c.kidnames} should live and the time they spend with the other parent.",
                   "2. Key information from the safeguarding letter",
                   f"{c.pick('Three police call-outs 2022-23, no charges.', 'Known to CSC 2021 (CIN, closed).', 'Cross allegations of DA.')}",
                   "3. Enquiries", f"- LA update from {c.la['short']}", f"- GP ({c.surgery}) – M's reported depression",
                   "- school", "4. Direct work", f"- {c.k1.first} ({c.k1.age}): wishes and feelings session x2",
                   "5. Tools / research", "- Child impact assessment framework; harmful conflict guidance",
                   "6. Timescales", f"- complete enquiries by {c.d(c.ahead(14, 30), 'dmy')}"),
             who=c.p_fca(), subj=c.pick(f"Draft plan {c.case_no} – for sign off", "case for supervision tomorrow", ""),
             names=["draft plan.docx", f"{c.case_no} plan v1.docx"])


@tpl("case-plan", via=("tree",), where="eng", old=True, law="private")
def plan_old_gdrive(c):
    return R(lines("CASE PLAN", f"Case: {c.case_no}   Children: {c.kidnames}", "Practitioner: " + c.fca.full,
                   "Objectives: complete s7 within 12 weeks; ascertain children's wishes; assess risk from F's alcohol use",
                   "Tasks: 1) interviews x2  2) home visits  3) school  4) police update", "Review: at supervision"),
             names=["CASE PLAN.doc", f"{c.k1.last} plan.doc", "plan FINAL.doc"])


@tpl("case-plan", via=("upload",), law="public")
def plan_public(c):
    return R(lines(f"Guardian's plan – {c.case_name} ({c.case_no})", f"Allocated {c.d(c.ago(10, 30), 'dmy')}; IRH {c.d(c.hearing, 'dmy')}",
                   "Tasks",
                   f"1. Read the LA application, SWET, care plan and chronology.",
                   f"2. Instruct solicitor for the children ({c.csol.full}, {c.cfirm['name']}).",
                   f"3. Visit {c.kidnames} in placement within 2 weeks, then monthly.",
                   f"4. Meet {c.mum.first} and {c.dad.first}; attend LAC review.",
                   "5. Consider expert evidence: parenting assessment (ISW), hair strand testing.",
                   "6. Initial analysis for CMH.",
                   f"Risk: {c.pick('neglect, parental substance misuse', 'non-accidental injury to youngest child', 'domestic abuse and mother’s mental health')}"),
             who=c.p_fca(guardian=True), names=["guardian plan.docx"])


@tpl("case-plan", via=("upload", "attach"), where="eng", law="private")
def plan_analysis_format(c):
    return R(lines(f"{c.case_no} – planning", "Information so far:",
                   f"- Safeguarding letter recommended s7 because of {c.pick('allegations of coercive control', 'F’s conviction for assault (2019)', 'concerns about M’s drug use')}",
                   f"- {c.kidnames} live with {c.pick(c.mum.first, c.dad.first)}",
                   "Hypotheses to test:", "- the children's reluctance is about the conflict, not the parent",
                   "- the risk identified in 2021 has reduced", "Plan:",
                   "- direct work x2; parents x2 each; observe time with F",
                   "- update checks incl. new partner",
                   f"Timescale: draft to PM by {c.d(c.ahead(20, 40), 'dmy')}"),
             who=c.p_fca(), subj="", names=["planning.docx"])


@tpl("case-plan", lang="cy", via=("upload", "upload", "attach"), where="wales", law="private")
def plan_cy(c):
    return R(lines(f"Achos: {c.case_no}   {c.case_name}", f"Ymarferydd: {c.fca.full}", f"Dyddiad: {c.dc(c.ago(3, 15), 'dmy')}",
                   "Iaith: Cymraeg", "",
                   "Beth", "Pam", "Sut",
                   f"Gweld {c.kidnames_cy} yn yr ysgol ac yng nghartref y ddau riant",
                   "Deall eu dymuniadau a'u teimladau", "Gwaith uniongyrchol; arsylwi",
                   f"Cyfweld {c.mum.first} a {c.dad.first} ar wahân", "Ystyried yr honiadau yn y C1A",
                   "Llwybr ymarfer cam-drin domestig",
                   f"Gwiriadau pellach ar {c.partner.full}", "Oedolyn newydd ar yr aelwyd", "Cais i'r heddlu a'r cyngor",
                   "", f"Sylwadau'r Rheolwr Ymarfer: {c.pick('Cytuno.', 'Cytuno – ystyriwch offeryn effaith ar y plentyn.')}"),
             who=c.p_fca(), subj=c.pick("cynllun i'w gymeradwyo", "", c.case_no), names=["cynllun.docx"])


@tpl("case-plan", lang="cy", via=("attach", "upload"), where="wales", law="public")
def plan_public_cy(c):
    return R(lines(f"Cynllun y gwarcheidwad – {c.case_no}", f"Gwrandawiad nesaf: {c.dc(c.hearing)}",
                   "Tasgau:", "1. Darllen cais yr awdurdod lleol a'r cynllun gofal.",
                   f"2. Cyfarwyddo cyfreithiwr i'r plant ({c.csol.full}).",
                   f"3. Ymweld â {c.kidnames_cy} yn eu lleoliad maeth o fewn pythefnos.",
                   f"4. Cwrdd â {c.mum.first} a {c.dad.first}.",
                   "5. Ystyried asesiad gan weithiwr cymdeithasol annibynnol.",
                   "6. Dadansoddiad cychwynnol ar gyfer y gwrandawiad rheoli achos."),
             who=c.p_fca(guardian=True), subj=c.pick("cynllun", ""), names=["cynllun gwarcheidwad.docx"])


# ---- Case plan review -----------------------------------------------------------------------
@tpl("case-plan-review", via=("upload", "attach"), law="private")
def rev_supervision(c):
    return R(lines(f"{c.case_no} – review of plan", f"Reviewed in supervision {c.d(c.ago(0, 6), 'dmy')} with {c.pm.full}",
                   "Progress against plan:", f"- both parents seen (complete)", f"- {c.k1.first} seen once; second session booked",
                   f"- LA update received; police update {c.pick('outstanding', 'received')}",
                   "Changes to plan:", f"- new information: {c.pick('M has a new partner living in the home', 'police call-out on 2 March', 'F has moved to ' + c.la['short'])}",
                   "- add checks on the new adult; consider addendum safeguarding assessment",
                   f"- filing date remains {c.d(c.ahead(10, 40), 'dmy')}",
                   f"Manager: {c.pm.initials}"),
             who=c.p_fca(), subj=c.pick("updated plan", "", "plan after supervision"), names=["plan review.docx"])


@tpl("case-plan-review", via=("upload",), law="public")
def rev_public_midpoint(c):
    return R(lines(f"Week {c.num(10, 20)} review – {c.case_name}", "",
                   f"Original plan dated {c.d(c.ago(60, 100), 'dmy')}. Reviewed {c.d(c.ago(0, 5), 'dmy')}.",
                   "Done: initial analysis filed; children visited x3; LAC review attended.",
                   f"Not done: ISW report delayed to {c.d(c.ahead(10, 30), 'dmy')} – guardian to consider whether timetable slips.",
                   "Revised actions:", f"- second visit to {c.kids[-1].first} at nursery", "- advocates' meeting before IRH",
                   "- final analysis to be drafted once ISW and hair strand results in",
                   f"Signed {c.fca.full} (Guardian)   Agreed {c.pm.full} (Service Manager)"),
             who=c.p_fca(guardian=True), names=["review.docx"])


@tpl("case-plan-review", via=("attach",), where="eng")
def rev_pm_comments(c):
    return R(lines(f"Plan review – manager's comments ({c.pm.full})", f"Case {c.case_no}  FCA {c.fca.full}",
                   "The plan has been reviewed against progress. I am satisfied that the direct work is proportionate.",
                   f"Please add: {c.pick('a view from the GP about M’s mental health', 'a further conversation with the maternal grandmother', 'the outcome of the SPIP')}.",
                   f"Risk: no change / {c.pick('increased following police call-out', 'reduced')}.", "Next review: before filing."),
             who=c.p_pm(), subj=c.pick("plan – my comments", f"RE: {c.case_no} plan", ""), names=["PM comments.docx"])


@tpl("case-plan-review", via=("upload", "attach"), where="eng", law="private")
def rev_after_addendum_direction(c):
    return R(lines(f"{c.case_no}: plan updated {c.d(c.today, 'dmy')}",
                   f"Reason: at the DRA on {c.d(c.last_hearing, 'long')} the court directed an addendum report.",
                   "Previous actions closed: s7 filed.", "New actions:",
                   f"- see {c.k1.first} again to update wishes and feelings", "- obtain contact centre notes for the last 6 sessions",
                   "- speak to both parents about the proposed progression to unsupervised time",
                   f"- file addendum by {c.d(c.ahead(20, 40), 'dmy')}"),
             who=c.p_fca(), subj="", names=["plan update.docx"])


@tpl("case-plan-review", via=("tree",), where="eng", old=True)
def rev_old(c):
    return R(lines("CASE PLAN REVIEW", f"{c.case_no}", f"Date of review: {c.pick('04', '11', '18')}/0{c.num(2, 9)}/2013",
                   "Progress: interviews complete, school contacted, awaiting police",
                   "Changes: none", "Signed: practitioner / manager"),
             names=["review.doc", "CPR.doc"])


@tpl("case-plan-review", lang="cy", via=("upload", "attach"), where="wales")
def rev_cy(c):
    return R(lines(f"Adolygu'r cynllun – {c.case_no}", f"Adolygwyd mewn goruchwyliaeth ar {c.dc(c.ago(0, 6))} gyda {c.pm.full}",
                   "Cynnydd:", f"- wedi gweld y ddau riant", f"- wedi gweld {c.k1.first} unwaith",
                   "Newidiadau:", f"- gwybodaeth newydd: {c.pick('partner newydd yn byw ar yr aelwyd', 'digwyddiad heddlu ym mis Mawrth', 'y tad wedi symud tŷ')}",
                   "- gwiriadau pellach; ystyried asesiad diogelwch newydd",
                   f"- dyddiad ffeilio heb newid: {c.dc(c.ahead(10, 40))}"),
             who=c.p_fca(), subj=c.pick("cynllun wedi'i adolygu", ""), names=["adolygiad.docx"])


@tpl("case-plan-review", lang="cy", via=("attach",), where="wales")
def rev_pm_cy(c):
    return R(lines(f"Sylwadau'r Rheolwr Ymarfer – {c.pm.full}", f"Achos {c.case_no}",
                   "Rwyf wedi adolygu'r cynllun yn erbyn y cynnydd. Mae'r gwaith uniongyrchol yn gymesur.",
                   f"Ychwanegwch: {c.pick('farn y meddyg teulu', 'sgwrs bellach gyda nain y plant', 'canlyniad WT4C')}.",
                   "Adolygiad nesaf: cyn ffeilio'r adroddiad."),
             who=c.p_pm(), subj=c.pick("RE: cynllun", ""), names=["sylwadau.docx"])


# ============================================================================================
# risk-and-safety: la-checks, screening-response, safety-assessment
# ============================================================================================
RC_LINES = {"child-protection": ["Record type: Child Protection (s47)", "Case file type: Child Protection"],
            "adult-posing-risk": ["File classification: Adults who pose a risk to children",
                                  "Record type: Adult who poses a risk to children"],
            "other-childrens-social-care": ["Record type: Other children's social care",
                                            "File classification: All other Children's Social Care files"]}


def _la_result(c):
    return c.pick(
        (f"{c.k1.first} and siblings: known. Referral {c.pick('2021', '2022')} following a domestic incident; "
         "Child and Family Assessment completed, closed with no further action.", "other-childrens-social-care"),
        (f"Subject of a Child Protection Plan from {c.pick('2019 to 2020', '2020 to 2021')} under the category of "
         f"{c.pick('neglect', 'emotional abuse')}. Stepped down to Child in Need, closed {c.pick('2021', '2022')}.", "child-protection"),
        ("No trace of any of the named subjects on our systems (Mosaic / LCS).", None),
        (f"{c.mum.first} was herself a looked after child (s20, 2006-2010).", None),
        (f"{c.dad.first} is recorded as an adult who poses a risk to children (Schedule 1 offence, 2016).", "adult-posing-risk"),
        (f"Open to Early Help since {c.pick('September', 'November')} 2023 – family support worker allocated.", None),
    )


@tpl("la-checks", via=("email",), where="eng")
def la_email_results(c):
    res, rc = _la_result(c)
    rcl = c.pick(*RC_LINES[rc]) if rc and c.chance(0.85) else ""
    return R(lines("Good afternoon,", "", f"RE: {c.case_no} – request dated {c.d(c.ago(3, 12), 'dmy')}", "",
                   f"Children: {', '.join(k.first + ' ' + k.last + ' ' + c.dob(k) for k in c.kids)}",
                   f"Mother: {c.mum.full}   Father: {c.dad.full}", "",
                   f"Result: {res}", rcl or None,
                   "This information is provided for the purposes of the family court proceedings only and must not be "
                   "shared further without our consent.", "", "Regards"),
             who=c.p_mash(), subj=c.pick(f"RE: Cafcass request {c.case_no}", f"Secure: RE: checks {c.case_no}",
                                         f"RE: [OFFICIAL-SENSITIVE] Cafcass safeguarding check – {c.k1.last}"),
             rc=rc if rcl else None)


@tpl("la-checks", via=("attach", "scan"))
def la_form_returned(c):
    res, rc = _la_result(c)
    rcl = c.pick(*RC_LINES[rc]) if rc and c.chance(0.7) else None
    return R(lines("REQUEST FOR INFORMATION – LOCAL AUTHORITY RESPONSE", f"Cafcass ref: {c.case_no}",
                   f"Date request received: {c.d(c.ago(4, 14), 'dmy')}   Date of response: {c.d(c.ago(0, 3), 'dmy')}",
                   "Section A – subjects (completed by requester)",
                   *[f"Child {i + 1}: {k.full}  DOB {c.dob(k)}" for i, k in enumerate(c.kids)],
                   f"Adult 1: {c.mum.full}", f"Adult 2: {c.dad.full}",
                   "Section B – response", "Is/are the child(ren) known?  Yes / No",
                   f"Details: {res}", rcl, "Current involvement: None / Early Help / CIN / CP / LAC",
                   f"Name of responder: {c.pro().full}", f"Team: {c.la['front']}, {c.la_name}"),
             who=c.p_mash(), subj=c.pick(f"Response {c.case_no}", "Cafcass check response", "RE: request for information",
                                         "Secure message"),
             names=["response.docx", "RFI response.pdf", "checks.pdf"], rc=rc if rcl else None)


@tpl("la-checks", via=("email",))
def la_no_trace_oneline(c):
    return R(lines("Hi", "", f"No trace for any of the named persons on {c.case_no}.", "", "Thanks"),
             who=c.p_mash(), subj=c.pick(f"RE: {c.case_no}", "RE: Cafcass checks", f"RE: FW: {c.k1.last} / {c.dad.last}", "RE:"))


@tpl("la-checks", via=("attach", "scan"))
def la_cp_history(c):
    return R(lines(f"{c.la_name}", f"{c.la['front']}", "Information held about the family", "",
                   f"Record type: Child Protection", "",
                   f"{c.kidnames} {c.were} subject to s47 enquiries in {c.pick('March', 'June', 'October')} {c.pick('2020', '2021')} after "
                   f"{c.pick('a domestic incident attended by police', 'a referral from school about bruising', 'concerns raised by the health visitor about home conditions')}.",
                   f"An Initial Child Protection Conference decided a plan under the category of {c.pick('emotional abuse', 'neglect', 'physical abuse')}.",
                   f"The plan ended in {c.pick('2021', '2022')}. The file is closed.",
                   f"Allocated worker at the time: {c.pro().full}. Please contact the Front Door if you need more detail."),
             who=c.p_mash(), subj=c.pick(f"checks {c.case_no}", "Information request – response", ""),
             rc="child-protection", names=["info held.pdf", "scan0012.pdf"])


@tpl("la-checks", via=("email",), where="eng")
def la_forwarded_chain(c):
    return R(lines("Apologies for the delay, this was sent to the wrong inbox. See response below.", "", c.pro().first, "",
                   "-----Original Message-----", f"From: {c.pro().full}", f"Sent: {c.d(c.ago(2, 6), 'day')} 16:{c.num(10, 59)}",
                   f"Subject: RE: Cafcass request {c.case_no}", "",
                   f"{c.mum.full}: known as a parent in a Child in Need case in {c.la['short']} (2019), closed.",
                   f"{c.dad.full}: not known.", f"{c.partner.full}: not known.",
                   f"Children: {c.kidnames} – known, as above."),
             who=c.p_mash(), subj=c.pick(f"FW: RE: Cafcass request {c.case_no}", "FW: wrong inbox", "FW:"))


@tpl("la-checks", via=("scan", "tree"), where="eng", old=True)
def la_fax_old(c):
    return R(lines(f"FAX   {c.la_name} – Children's Services", f"To: Cafcass {c.court['office']}   Pages: 2",
                   f"Re: {c.case_no}", "Results of search:",
                   f"{c.mum.full} – known (CIN 2009)", f"{c.dad.full} – not known",
                   f"{c.k1.full} – known", "Further info available on request"))


@tpl("la-checks", via=("email",), where="eng", law="private")
def la_lads_reply(c):
    return R(lines(f"Dear Cafcass,", "",
                   f"We have checked our records in {c.la['short']} for the subjects in your request ({c.case_no}). "
                   f"The family moved out of our area in {c.pick('2022', '2023')}. We hold {c.pick('a contact record from 2018 (advice given, no further action)', 'a closed Child in Need record (2017-2018)', 'nothing further')}.",
                   f"The family now live in {c.pick('Bradford', 'Kirklees', 'Calderdale', 'Lancashire')}, so please send a request to that authority as well.",
                   "", "Kind regards"),
             who=c.p_mash(), subj=c.pick(f"RE: request – {c.case_no}", f"Secure: RE: Cafcass {c.case_no}"))


@tpl("la-checks", via=("email", "attach"), where="eng")
def la_apr_flag(c):
    p = c.pick(c.dad, c.partner)
    return R(lines(f"Re: Cafcass request {c.case_no}", "",
                   f"{p.full} is known to {c.la_name}. He is recorded on our system as a person who poses a risk to children "
                   f"following a conviction in {c.pick('2015', '2017', '2019')} (offence against a child, Schedule 1).",
                   c.pick("File classification: Adults who pose a risk to children",
                          "Record type: Adult who poses a risk to children (retained permanently)"),
                   f"The other named adults and the children are {c.pick('not known', 'known only as a contact in 2020 – advice given')}.",
                   "Please contact the Front Door before sharing this with any party."),
             who=c.p_mash(), subj=c.pick(f"RE: {c.case_no} – checks", "Secure: response – PLEASE READ", f"RE: request {c.k1.last}"),
             rc="adult-posing-risk", names=["response.pdf", "APR flag.docx"])


@tpl("la-checks", lang="cy", via=("email",), where="wales")
def la_email_cy(c):
    res = c.pick("Nid yw'r plant na'r oedolion a enwir yn hysbys i'r gwasanaethau cymdeithasol.",
                 f"Mae {c.k1.first} yn hysbys: atgyfeiriad yn {c.pick('2021', '2022')} ar ôl digwyddiad domestig; asesiad wedi'i gwblhau a'r achos wedi'i gau.",
                 "Roedd y plant ar y Gofrestr Amddiffyn Plant rhwng 2020 a 2021 (esgeulustod).\nMath o gofnod: Amddiffyn Plant")
    return R(lines("Prynhawn da,", "", f"Cais CAFCASS Cymru – {c.case_no}", "",
                   f"Plant: {', '.join(k.full + ' (' + c.dob(k) + ')' for k in c.kids)}", f"Mam: {c.mum.full}   Tad: {c.dad.full}",
                   "", f"Canlyniad: {res}", "",
                   "Darperir yr wybodaeth hon at ddibenion yr achos llys yn unig.", "", "Cofion"),
             who=c.p_mash(), subj=c.pick(f"RE: Cais am wybodaeth {c.case_no}", f"Ymateb – {c.case_no}", "RE: Gwiriadau"),
             rc="child-protection" if "Math o gofnod" in res else None)


@tpl("la-checks", lang="cy", via=("attach",), where="wales")
def la_form_cy(c):
    return R(lines("YMATEB I GAIS AM WYBODAETH – CAFCASS CYMRU", f"Cyf: {c.case_no}",
                   f"Dyddiad derbyn: {c.dc(c.ago(4, 12), 'dmy')}  Dyddiad ymateb: {c.dc(c.ago(0, 3), 'dmy')}",
                   *[f"Plentyn: {k.full}  Dyddiad geni: {c.dob(k)}" for k in c.kids],
                   f"Oedolion: {c.mum.full}; {c.dad.full}",
                   "A yw'r teulu'n hysbys?  Ydy / Nac ydy",
                   f"Manylion: {c.pick('Dim cofnod.', 'Cyngor a chymorth yn 2022; dim camau pellach.', 'Achos plentyn mewn angen ar agor ers Ionawr 2024.')}",
                   f"Enw: {c.pro().full}", f"Tîm: {c.la['front']}, {c.la_cy}"),
             who=c.p_mash(), subj=c.pick(f"Ymateb {c.case_no}", "Gwiriadau CAFCASS Cymru", ""), names=["ymateb.pdf", "ffurflen.docx"])


# ---- Screening responses (probation, MARAC, IDVA, health, education) -------------------------
@tpl("screening-response", via=("email",), where="eng")
def scr_probation(c):
    return R(lines("Good morning,", "", f"In response to your screening request ({c.case_no}) about {c.dad.full} (DOB {c.d(dt.date(c.num(1980, 1995), c.num(1, 12), c.num(1, 28)), 'dmy')}):", "",
                   f"{c.dad.first} is {c.pick('currently subject to a Community Order with a Building Better Relationships requirement', 'on licence until October 2024', 'not currently known to the Probation Service; previously supervised 2019-2020')}.",
                   f"Risk of serious harm (OASys): {c.pick('medium to known adult', 'low', 'medium to children')}.",
                   f"He has {c.pick('complied with appointments', 'missed two appointments this year', 'engaged well')}.",
                   "This information is shared for safeguarding purposes only.", "", "Regards"),
             who=c.p_probation(), subj=c.pick(f"RE: Cafcass screening – {c.dad.last}", f"Secure: probation check {c.case_no}", "RE: screening request"))


@tpl("screening-response", via=("email", "attach"), where="eng")
def scr_marac(c):
    return R(lines(f"MARAC information – {c.case_no}", "",
                   f"{c.mum.full} was discussed at the {c.la['short']} MARAC on {c.d(c.ago(120, 500), 'long')} "
                   f"(referring agency: {c.pick('police', 'IDVA service', 'A&E')}).",
                   f"Perpetrator named: {c.dad.full}.", "Actions: flag on address, IDVA support offered, school informed.",
                   f"There {c.pick('have been no repeat referrals since', 'was one repeat referral in 2023')}.",
                   "MARAC information must not be shared with the parties."),
             who=c.p_marac(), subj=c.pick("MARAC check response", f"RE: {c.case_no} MARAC", "Secure: MARAC"),
             names=["MARAC response.docx"])


@tpl("screening-response", via=("attach", "email", "scan"))
def scr_health(c):
    return R(lines(f"Response to {c.svc} request – {c.case_no}", f"Child(ren): {c.kidnames}",
                   f"Health records checked: {c.pick('0-19 service (SystmOne)', 'health visiting and school nursing', 'safeguarding team records')}",
                   f"{c.pick('No safeguarding concerns recorded.', 'Two missed developmental reviews in 2022, later seen.', 'Domestic abuse disclosed to health visitor in 2021; routine enquiry repeated since with no further disclosure.')}",
                   "Immunisations up to date.", "Please contact the safeguarding team if you need more."),
             who=c.p_health("Safeguarding Children Nurse"), subj=c.pick("RE: information request", f"Health response {c.case_no}", ""),
             names=["health response.docx"])


@tpl("screening-response", via=("email",), where="eng")
def scr_idva(c):
    return R(lines("Hi,", "",
                   f"Re your check about {c.mum.first} {c.mum.last}. With her consent I can confirm we supported her from "
                   f"{c.pick('May', 'August', 'November')} 2022 to {c.pick('January', 'March')} 2023. A DASH was completed "
                   f"and scored {c.pick('high risk (16)', 'medium risk (11)', 'high risk (19)')}. She is not currently open to us.",
                   "We are happy to give more detail if she agrees.", ""),
             who=c.p_refuge(), subj=c.pick("RE: Cafcass enquiry", "check", ""))


@tpl("screening-response", via=("attach", "scan"), where="eng")
def scr_school_form(c):
    return R(lines("THIRD PARTY INFORMATION – EDUCATION", f"Case {c.case_no}", f"Pupil: {c.k1.full}  DOB {c.dob(c.k1)}",
                   f"School: {c.school}", f"Attendance this year: {c.num(78, 99)}%",
                   f"Safeguarding concerns logged (CPOMS): {c.pick('None', '2 – see below', '1 – low level')}",
                   f"Details: {c.pick('—', 'Came in upset after weekend at dad’s, Oct 2023', 'Mum disclosed argument at home, Jan 2024, advice given')}",
                   f"Who collects: {c.pick('mum', 'dad and nan', 'mum, occasionally dad')}",
                   f"Completed by {c.pro().full}, DSL"),
             who=c.p_dsl(), subj=c.pick("form returned", "Cafcass school check", ""), names=["education check.docx"])


@tpl("screening-response", lang="cy", via=("email",), where="wales")
def scr_probation_cy(c):
    return R(lines("Bore da,", "", f"Mewn ymateb i'ch cais ({c.case_no}) ynghylch {c.dad.full}:", "",
                   f"Mae {c.dad.first} {c.pick('dan Orchymyn Cymunedol tan fis Medi 2024', 'ar drwydded tan fis Hydref 2024', 'yn anhysbys i’r Gwasanaeth Prawf ar hyn o bryd')}.",
                   f"Lefel risg: {c.pick('canolig i oedolyn hysbys', 'isel')}.",
                   "Rhannir yr wybodaeth hon at ddibenion diogelu yn unig.", "", "Cofion"),
             who=c.p_probation(), subj=c.pick(f"RE: cais sgrinio {c.case_no}", "RE: gwiriad prawf"))


@tpl("screening-response", lang="cy", via=("attach", "email"), where="wales")
def scr_marac_cy(c):
    return R(lines(f"Gwybodaeth MARAC – {c.case_no}", "",
                   f"Trafodwyd {c.mum.full} yn MARAC {c.la['short']} ar {c.dc(c.ago(120, 500))}.",
                   f"Enw'r camdriniwr honedig: {c.dad.full}.", "Camau: baner ar y cyfeiriad; cymorth IDVA wedi'i gynnig.",
                   "Ni ddylid rhannu'r wybodaeth hon â'r partïon."),
             who=c.p_marac(), subj=c.pick("Ymateb MARAC", f"RE: {c.case_no}"), names=["MARAC.docx"])


# ---- Safety assessment ----------------------------------------------------------------------
@tpl("safety-assessment", via=("upload", "attach"), law="private")
def safe_da_assessment(c):
    return R(lines(f"{c.case_no}  – risk assessment (domestic abuse practice pathway)", f"Completed by {c.fca.full}, {c.d(c.ago(0, 7), 'dmy')}",
                   "Nature of the allegations:", f"{c.pick('Coercive control, monitoring of phone, financial control', 'Two incidents of physical violence, 2022', 'Threats made by text after separation')}.",
                   "Source: C1A, police call-out log, interview with M.",
                   "Risk factors: separation; child contact as a flashpoint; alcohol.",
                   f"Protective factors: {c.mum.first} has support from family; no incidents since {c.pick('June', 'September')} 2023.",
                   "Impact on the children: " + f"{c.k1.first} reports hearing shouting.",
                   "Analysis: risk currently assessed as moderate; handovers should take place at a contact centre.",
                   f"Reviewed with manager {c.pm.full}."),
             who=c.p_fca(), subj=c.pick("risk assessment for file", "", f"{c.case_no}"), names=["risk assessment.docx"])


@tpl("safety-assessment", via=("upload",), where="eng", law="private")
def safe_dash(c):
    qs = ["Has the current incident resulted in injury?", "Are you very frightened?", "What are you afraid of?",
          "Do you feel isolated from family/friends?", "Are you feeling depressed or having suicidal thoughts?",
          "Have you separated or tried to separate in the past year?", "Is there conflict over child contact?",
          "Does he constantly text, call, contact, follow, stalk or harass you?", "Are you pregnant or have you recently had a baby?",
          "Is the abuse happening more often?", "Is the abuse getting worse?", "Does he try to control everything you do?"]
    ans = [c.pick("Yes", "No", "Yes", "Not known") for _ in qs]
    score = sum(a == "Yes" for a in ans)
    return R(lines("Risk identification checklist (DASH) – completed with " + c.mum.first, f"Case {c.case_no}",
                   *[f"{i + 1}. {q}  {a}" for i, (q, a) in enumerate(zip(qs, ans))],
                   f"Total ticked (this page): {score}", f"Professional judgement: {c.pick('medium', 'high – MARAC referral discussed', 'standard')}",
                   f"{c.fca.initials} {c.d(c.ago(0, 10), 'dmy')}"),
             names=["DASH.pdf", "RIC.docx"])


@tpl("safety-assessment", via=("upload", "attach"), law="private")
def safe_handover_plan(c):
    return R(lines(f"Plan to keep handovers safe – {c.kidnames}", "Agreed with both parents by telephone",
                   f"1. Handovers at {c.centre} (drop-off 09:45 by {c.mum.first}, collection 10:00 by {c.dad.first}).",
                   "2. No direct contact between the parents; messages only through the parenting app.",
                   "3. If either parent is late by more than 30 minutes the handover does not happen.",
                   f"4. {c.dad.first} will not drink alcohol in the 24 hours before time with the children.",
                   "5. Plan reviewed after 4 weeks or if any incident.", f"FCA: {c.fca.full}   {c.d(c.today, 'dmy')}"),
             who=c.p_fca(), subj=c.pick("safety plan", "plan agreed w parents", ""), names=["handover plan.docx"])


@tpl("safety-assessment", via=("attach", "upload"), where="eng", law="private")
def safe_updated_after_callout(c):
    return R(lines(f"Updated risk analysis following new information – {c.case_no}",
                   f"On {c.d(c.ago(2, 10), 'long')} police attended {c.mum.first}'s address after a report of {c.pick('shouting', 'a man refusing to leave', 'damage to a car')}.",
                   f"{c.partner.full} was present. No arrests.",
                   "This changes the picture in my earlier assessment: the children may be exposed to conflict in both homes.",
                   "Actions: request police log; LA check on new partner; speak to M about the incident.",
                   "Level of risk: raised from low to moderate pending enquiries.", f"{c.fca.full}, FCA"),
             who=c.p_fca(), subj=c.pick(f"{c.case_no} – new info", "updated risk", ""), names=["risk update.docx"])


@tpl("safety-assessment", via=("upload",), where="eng", law="private")
def safe_harmful_conflict_tool(c):
    return R(lines("Assessing the impact of harmful conflict – parent tool", f"Parent: {c.pick(c.mum.full, c.dad.full)}   Case {c.case_no}",
                   "Frequency of conflict (0-4): " + str(c.num(1, 4)), "Intensity (0-4): " + str(c.num(1, 4)),
                   "Children involved in or witnessing conflict: yes", "Conflict is about: handovers, new partner, school",
                   "Ability to focus on the children's needs: partial",
                   "Practitioner summary: the conflict is entrenched but not characterised by fear or control; refer to SPIP.",
                   f"{c.fca.initials}"), names=["conflict tool.pdf"])


@tpl("safety-assessment", lang="cy", via=("upload", "attach"), where="wales", law="private")
def safe_cy(c):
    return R(lines(f"Asesiad risg – cam-drin domestig – {c.case_no}", f"Ymarferydd: {c.fca.full}   {c.dc(c.ago(0, 7))}",
                   f"Natur yr honiadau: {c.pick('rheolaeth drwy orfodaeth', 'dau ddigwyddiad o drais corfforol yn 2022', 'bygythiadau dros neges destun')}.",
                   "Ffynhonnell: C1A, log yr heddlu, cyfweliad gyda'r fam.",
                   "Ffactorau risg: gwahanu; trosglwyddo'r plant; alcohol.",
                   f"Ffactorau amddiffynnol: cefnogaeth teulu; dim digwyddiad ers {c.pick('Mehefin', 'Medi')} 2023.",
                   "Dadansoddiad: risg ganolig; dylid trosglwyddo'r plant mewn canolfan gyswllt.",
                   f"Trafodwyd gyda {c.pm.full}."),
             who=c.p_fca(), subj=c.pick("asesiad risg", ""), names=["asesiad risg.docx"])


@tpl("safety-assessment", lang="cy", via=("upload", "attach"), where="wales", law="private")
def safe_plan_cy(c):
    return R(lines(f"Cynllun trosglwyddo diogel – {c.kidnames_cy}", "Wedi'i gytuno gyda'r ddau riant dros y ffôn",
                   f"1. Trosglwyddo {c.yn_centre}.", "2. Dim cyswllt uniongyrchol rhwng y rhieni; negeseuon drwy'r ap yn unig.",
                   f"3. Ni fydd {c.dad.first} yn yfed alcohol yn ystod y 24 awr cyn gweld y plant.",
                   "4. Adolygu ar ôl 4 wythnos neu os bydd digwyddiad.", f"{c.fca.full}  {c.dc(c.today, 'dmy')}"),
             who=c.p_fca(), subj=c.pick("cynllun diogelwch", ""), names=["cynllun trosglwyddo.docx"])


# ============================================================================================
# reporting-to-court: safeguarding-letter, section-7-report, guardian-analysis, letter-to-court,
# addendum-report
# ============================================================================================
@tpl("safeguarding-letter", via=("attach",), where="eng", law="private")
def sl_first_page(c):
    return R(lines("OFFICIAL-SENSITIVE", f"To: {c.judge if c.judge != 'Lay Justices' else 'The Justices'}, {c.court_en}",
                   f"Case number: {c.case_no}   Hearing: {c.d(c.hearing, 'dmy')}",
                   f"Children: {', '.join(k.first + ' ' + k.last + ' (' + str(k.age) + ')' for k in c.kids)}",
                   f"Applicant: {c.app.full}   Respondent: {c.resp.full}", "",
                   "1. Enquiries undertaken",
                   f"Police: {c.police['name']} – {c.pick('information held, see para 3', 'no information held')}",
                   f"Local authority: {c.la_name} – {c.pick('known, see para 4', 'not known')}",
                   f"Telephone interviews: applicant {c.d(c.ago(3, 12), 'dmy')}; respondent {c.pick(c.d(c.ago(3, 12), 'dmy'), 'not completed (no response)')}",
                   "2. Summary of the applications and issues", f"The applicant seeks a child arrangements order for the children to "
                   f"{c.pick('live with', 'spend time with')} {c.app.him}. The respondent {c.pick('opposes overnight time', 'raises domestic abuse in the C1A', 'agrees in principle')}.",
                   "Page 1 of 4"),
             who=c.p_bso(), subj=c.pick(f"{c.case_no} – document filed", f"Filing {c.case_no} FHDRA {c.d(c.hearing, 'dmy')}", "Secure: filing"),
             names=["SL.pdf", f"{c.case_no} SL.pdf", "document.pdf"])


@tpl("safeguarding-letter", via=("attach", "upload"), where="eng", law="private")
def sl_recommendations_page(c):
    return R(lines("5. Risk identified and recommendations",
                   f"5.1 Cafcass considers that the allegations of {c.pick('domestic abuse', 'coercive and controlling behaviour', 'alcohol misuse')} "
                   "are relevant to the arrangements the court will make. Practice Direction 12J applies.",
                   f"5.2 Cafcass recommends that {c.pick('a section 7 report is prepared by Cafcass', 'the court considers whether a fact-finding hearing is necessary', 'the parties attend the Separated Parents Information Programme')}.",
                   "5.3 Until then, Cafcass does not recommend unsupervised overnight time.",
                   "5.4 The parents were advised of the content of this letter by telephone, save for police information.",
                   "", c.fca.full, "Family Court Adviser", f"Cafcass {c.court['office']}", f"{c.d(c.ago(1, 4), 'long')}", "Page 4 of 4"),
             who=c.p_fca(), subj=c.pick("final page – signed", f"{c.case_no}", ""), names=["p4.pdf", "signed.pdf"])


@tpl("safeguarding-letter", via=("attach",), where="eng", law="private")
def sl_no_issues(c):
    return R(lines(f"{c.case_no}   {c.case_name}", f"First hearing: {c.d(c.hearing, 'long')}", "",
                   "Cafcass has completed safeguarding checks with the police and the local authority and has spoken to both parents.",
                   "No safeguarding issues have been identified that would prevent the parents reaching an agreement at the first hearing.",
                   f"Both parents told me they want {c.kidnames} to have a good relationship with each of them. The dispute is about "
                   f"{c.pick('the number of overnights', 'school holidays', 'changeover arrangements')}.",
                   "Cafcass recommends that the court explores agreement at the hearing and that the parents attend SPIP.",
                   "Cafcass does not need to be involved further unless new information emerges.", c.fca.full),
             who=c.p_intake(), subj=c.pick(f"{c.case_no}", "filing", ""), names=["letter to court.pdf", "filing.pdf"])


@tpl("safeguarding-letter", via=("attach",), where="eng", law="private")
def sl_factfinding(c):
    return R(lines(f"Safeguarding letter – {c.case_no}", "",
                   f"3. Police information: {c.police['name']} record {c.num(2, 7)} domestic incidents at {c.mum.first}'s address between 2021 and 2023. "
                   f"{c.dad.first} received a caution for {c.pick('assault by beating', 'criminal damage', 'harassment')} in 2022.",
                   f"4. Local authority information: {c.la_name} completed an assessment in 2022 which identified the children's exposure to domestic abuse.",
                   f"5. {c.mum.first} describes a pattern of {c.pick('control over money and friendships', 'threats and intimidation', 'violence when drinking')}. "
                   f"{c.dad.first} denies this.",
                   "6. Cafcass recommends that the court determines whether a fact-finding hearing is necessary before welfare decisions are made."),
             who=c.p_court_admin(), subj=c.pick("FW: filed documents", f"{c.case_no} – court bundle docs", ""),
             names=["SL 12J.pdf", "scan0007.pdf"])


@tpl("safeguarding-letter", via=("attach", "upload"), where="eng", law="private")
def sl_update(c):
    return R(lines(f"Further safeguarding information – {c.case_no}",
                   f"Since the first letter dated {c.d(c.ago(30, 60), 'dmy')} Cafcass has completed checks on {c.partner.full}, "
                   f"who now lives with {c.mum.first}.",
                   f"{c.police['name']} hold {c.pick('no information', 'information about a conviction for possession of cannabis (2018)', 'two domestic incidents with a previous partner')}.",
                   f"{c.la_name} {c.pick('do not know him', 'know him as a parent in a 2019 CIN case')}.",
                   "Cafcass does not consider that this changes its recommendations.", c.fca.full, "Family Court Adviser"),
             who=c.p_fca(), subj=c.pick("update for court", f"{c.case_no} – further SL", ""), names=["further SL.docx"])


@tpl("safeguarding-letter", via=("attach",), where="wales", law="private")
def sl_cymru_ser_english(c):
    return R(lines(f"CAFCASS Cymru – Safeguarding Enquiries Report", f"{c.court_en}   Case {c.case_no}",
                   f"Children: {c.kidnames}", "Enquiries: police, local authority, telephone interviews with both parents.",
                   f"Outcome of enquiries: {c.pick('no safeguarding concerns identified', 'concerns about domestic abuse identified', 'local authority involvement in 2021 (CIN)')}.",
                   f"Recommendation: {c.pick('the parents be referred to Working Together for Children', 'a section 7 report by CAFCASS Cymru', 'no further involvement of CAFCASS Cymru')}.",
                   f"{c.fca.full}, Family Court Adviser"),
             who=c.p_fca(), subj=c.pick(f"SER {c.case_no}", "Filing", ""), names=["SER.pdf"])


@tpl("safeguarding-letter", lang="cy", via=("attach", "upload"), where="wales", law="private")
def sl_ser_cy(c):
    return R(lines("CAFCASS Cymru", "Adroddiad Ymholiadau Diogelu", f"{c.court_cy[0].upper() + c.court_cy[1:]}",
                   f"Rhif yr achos: {c.case_no}   Gwrandawiad: {c.dc(c.hearing)}", f"Plant: {c.kidnames_cy}", "",
                   "1. Ymholiadau: yr heddlu, yr awdurdod lleol, cyfweliadau ffôn gyda'r ddau riant.",
                   f"2. Gwybodaeth yr heddlu: {c.pick('dim gwybodaeth', 'dau ddigwyddiad domestig yn 2022', 'rhybuddiad am ymosod yn 2021')}.",
                   f"3. Yr awdurdod lleol: {c.pick('dim yn hysbys', 'asesiad yn 2021, wedi cau')}.",
                   f"4. Argymhelliad: {c.pick('atgyfeirio’r rhieni at Weithio Gyda’n Gilydd er mwyn Plant', 'adroddiad adran 7 gan CAFCASS Cymru', 'ystyried gwrandawiad canfod ffeithiau')}.",
                   "", c.fca.full, "Cynghorydd Llys Teulu"),
             who=c.p_fca(), subj=c.pick(f"Ffeilio {c.case_no}", ""), names=["adroddiad diogelu.pdf"])


@tpl("safeguarding-letter", lang="cy", via=("attach",), where="wales", law="private")
def sl_cy_recommend(c):
    return R(lines("5. Risg a nodwyd ac argymhellion",
                   f"5.1 Mae CAFCASS Cymru o'r farn bod yr honiadau o {c.pick('gam-drin domestig', 'reolaeth drwy orfodaeth')} yn berthnasol.",
                   "5.2 Argymhellir nad oes amser dros nos heb oruchwyliaeth hyd nes y bydd y llys wedi ystyried y mater.",
                   "5.3 Eglurwyd cynnwys y llythyr hwn i'r rhieni dros y ffôn, ac eithrio gwybodaeth yr heddlu.",
                   "", c.fca.full, c.team["cy"], c.dc(c.ago(1, 4)), "Tudalen 3 o 3"),
             who=c.p_fca(), subj=c.pick("tudalen olaf", ""), names=["t3.pdf"])


# ---- Section 7 report -----------------------------------------------------------------------
@tpl("section-7-report", via=("attach",), law="private")
def s7_cover(c):
    return R(lines("IN THE FAMILY COURT", f"sitting at {c.court['place']}", f"Case number {c.case_no}",
                   "Children Act 1989", "Report to the court under section 7", "",
                   *[f"{k.full}  {k.boygirl}  date of birth {c.dob(k)}" for k in c.kids],
                   f"Author: {c.fca.full}, Family Court Adviser, {c.svc}", f"Date of report: {c.d(c.ago(0, 5), 'long')}",
                   f"Hearing: {c.d(c.hearing, 'long')}", "",
                   "This report is confidential to the court and the parties. It must not be shown to anyone else without the court's permission."),
             who=c.p_fca(), subj=c.pick(f"{c.case_no} – report", f"Filing – {c.case_name}", "Secure: filing"),
             names=["report.pdf", "s7.pdf", f"{c.case_no} final.pdf"])


@tpl("section-7-report", via=("attach", "upload"), law="private")
def s7_wishes_page(c):
    k = c.k1
    return R(lines("The wishes and feelings of the children",
                   f"27. I met {k.first} at {c.school} on {c.d(c.ago(10, 30), 'long')}. {k.he.capitalize()} was chatty and drew a picture of "
                   f"{k.his} two homes. {k.he.capitalize()} told me {k.he} likes going to {c.dad.first}'s because "
                   f"'{c.pick('we go to the park and he makes pancakes', 'I have my own room there', 'grandma is there')}'.",
                   f"28. When I asked what could be better, {k.first} said '{c.pick('no shouting when we swap', 'more time with dad', 'staying at mum’s on school nights')}'.",
                   f"29. At {k.age}, {k.first}'s views should be given weight but are not decisive; {k.he} is aware of the adult dispute.",
                   f"Page {c.num(5, 9)} of {c.num(12, 18)}"),
             who=c.p_fca(), subj=c.pick("report p7", f"{c.case_no}", ""), names=["page 7.pdf"])


@tpl("section-7-report", via=("attach",), law="private")
def s7_recommendation(c):
    return R(lines("Recommendations",
                   f"52. I recommend that the court makes a child arrangements order that {c.kidnames} live with {c.mum.first} and spend time with "
                   f"{c.dad.first} {c.pick('every other weekend from Friday after school to Sunday 5pm', 'each Saturday 10am to 5pm, progressing to overnights after 8 weeks', 'at a contact centre fortnightly for three months')}.",
                   "53. I do not recommend a Family Assistance Order.",
                   "54. If the court requires me to attend the final hearing, I ask that my evidence is taken first.",
                   "", c.fca.full, "Family Court Adviser", c.d(c.ago(0, 4), "long")),
             who=c.p_fca(), subj="", names=["last page.pdf", "signed copy.pdf"])


@tpl("section-7-report", via=("attach",), where="eng", law="private")
def s7_la_author(c):
    return R(lines(c.la_name, "Children and Families Service", f"Report pursuant to s.7 Children Act 1989 – {c.case_no}",
                   f"Author: {c.sw.full}, Social Worker   Team Manager: {c.tm.full}", "",
                   "1. Introduction",
                   f"1.1 On {c.d(c.last_hearing, 'long')} the court directed the local authority to prepare a welfare report because the family is open to the {c.pick('Child in Need', 'Child Protection')} team.",
                   "1.2 In preparing this report I have read the court papers, the local authority file and the Cafcass safeguarding letter, "
                   f"and I have seen {c.kidnames} at home."),
             who=c.p_sw(), subj=c.pick(f"LA report {c.case_no}", "report for court", ""), names=["s7 LA.pdf"])


@tpl("section-7-report", via=("upload", "attach"), law="private")
def s7_welfare_checklist(c):
    return R(lines("The welfare checklist",
                   f"Physical, emotional and educational needs: {c.kidnames} {c.are} healthy and doing well at school.",
                   f"Likely effect of any change: moving to live with {c.dad.first} would mean a change of school.",
                   f"Age, sex, background: {c.k1.first} is {c.k1.age}; the family is {c.pick('of Pakistani heritage and Muslim', 'White British', 'Polish and Catholic', 'mixed heritage')}.",
                   "Harm suffered or at risk of suffering: the children have been exposed to the parents' conflict.",
                   "Capability of each parent: both parents can meet the children's day-to-day needs.",
                   "Range of powers: the court can make a child arrangements order and, if needed, a prohibited steps order.",
                   f"Page {c.num(9, 12)}"),
             who=c.p_fca(), subj="", names=["wc section.pdf"])


@tpl("section-7-report", via=("attach",), where="eng", law="private")
def s7_analysis(c):
    return R(lines("Analysis",
                   f"41. This is a case in which the adults' conflict has come to shape how {c.k1.first} talks about {c.dad.first}. "
                   "I did not find evidence that the children are afraid of their father.",
                   f"42. {c.mum.first}'s concerns about {c.dad.first}'s drinking are supported by the police call-out in 2022, "
                   "but the hair strand test directed by the court was negative for excessive alcohol use.",
                   "43. The children's need for a relationship with both parents can be met safely if handovers are managed.",
                   f"Page {c.num(10, 13)} of {c.num(14, 16)}"),
             who=c.p_fca(), subj="", names=["analysis.pdf"])


@tpl("section-7-report", lang="cy", via=("attach",), where="wales", law="private")
def s7_cover_cy(c):
    return R(lines("YN Y LLYS TEULU", f"yn eistedd {c.court['yn']}", f"Rhif yr achos {c.case_no}",
                   "Deddf Plant 1989", "Adroddiad lles i'r llys dan adran 7", "",
                   *[f"{k.full}  dyddiad geni {c.dob(k)}" for k in c.kids],
                   f"Awdur: {c.fca.full}, Cynghorydd Llys Teulu, CAFCASS Cymru", f"Dyddiad: {c.dc(c.ago(0, 5))}",
                   "Mae'r adroddiad hwn yn gyfrinachol i'r llys a'r partïon."),
             who=c.p_fca(), subj=c.pick(f"Ffeilio {c.case_no}", "Adroddiad", ""), names=["adroddiad.pdf"])


@tpl("section-7-report", lang="cy", via=("attach", "upload"), where="wales", law="private")
def s7_wishes_cy(c):
    k = c.k1
    return R(lines(f"Dymuniadau a theimladau {k.first}",
                   f"24. Gwelais {k.first} yn {c.school} ar {c.dc(c.ago(10, 30))}. Roedd {k.cy_e} yn siaradus a thynnodd lun o'r ddau gartref.",
                   f"25. Dywedodd {k.first} {k.cy_fod} yn hoffi mynd at {c.dad.first} achos '{c.pick('dan ni’n mynd i’r traeth', 'mae gen i stafell fy hun', 'mae Nain yno')}'.",
                   f"26. Pan ofynnais beth fyddai'n well, dywedodd '{c.pick('dim gweiddi', 'mwy o amser efo Dad', 'aros efo Mam yn ystod yr wythnos')}'.",
                   f"Tudalen {c.num(5, 9)} o {c.num(12, 16)}"),
             who=c.p_fca(), subj="", names=["t6.pdf"])


@tpl("section-7-report", lang="cy", via=("attach",), where="wales", law="private")
def s7_recommend_cy(c):
    return R(lines("Argymhellion",
                   f"48. Argymhellaf fod y llys yn gwneud gorchymyn trefniadau plant fod {c.kidnames_cy} yn byw gyda {c.mum.first} ac yn treulio amser gyda {c.dad.first} "
                   f"{c.pick('bob yn ail benwythnos', 'bob dydd Sadwrn, gan symud at aros dros nos ar ôl deufis')}.",
                   "49. Nid wyf yn argymell Gorchymyn Cymorth i'r Teulu.", "", c.fca.full, "Cynghorydd Llys Teulu", c.dc(c.ago(0, 4))),
             who=c.p_fca(), subj="", names=["tudalen olaf.pdf"])


# ---- Children's guardian's analysis ---------------------------------------------------------
@tpl("guardian-analysis", via=("attach",), law="public")
def ga_initial(c):
    return R(lines(f"IN THE FAMILY COURT AT {c.court['place'].upper()}", f"Case No: {c.case_no}",
                   f"{c.la_name} (Applicant) and {c.mum.full} (First Respondent) and {c.dad.full} (Second Respondent)",
                   f"and {c.kidnames} (through their Children's Guardian)", "",
                   "INITIAL ANALYSIS AND RECOMMENDATIONS", f"For the Case Management Hearing on {c.d(c.hearing, 'long')}", "",
                   f"1. I was appointed on {c.d(c.ago(20, 40), 'long')}. I have read the local authority's evidence and met the children in placement.",
                   "2. I support the making of interim care orders; the threshold for interim orders is likely to be met.",
                   "3. I support the local authority's application for a parenting assessment and hair strand testing of both parents."),
             who=c.p_sol("c"), subj=c.pick(f"{c.case_no} – guardian's document for filing", f"{c.case_name} – filing", "Initial analysis"),
             names=["IA.pdf", "Guardian IA.pdf"])


@tpl("guardian-analysis", via=("attach",), law="public")
def ga_options(c):
    return R(lines("The realistic options",
                   f"Option 1 – return to the care of {c.mum.first}", "Positives: the children's strong attachment to their mother; she has engaged with drug testing since January.",
                   "Negatives: two relapses in the last year; the home remains chaotic; no support network.",
                   f"Option 2 – special guardianship with {c.gm.full}", "Positives: known to the children; positive viability assessment.",
                   "Negatives: her health; the relationship with the mother is strained.",
                   "Option 3 – long-term foster care", "Positives: stability in the current placement.", "Negatives: the children would grow up in care.",
                   f"Page {c.num(8, 14)} of {c.num(18, 24)}"),
             who=c.p_sol("c"), subj="", names=["FA.pdf"])


@tpl("guardian-analysis", via=("attach",), law="public")
def ga_final_page(c):
    return R(lines("Recommendations",
                   f"62. The children's welfare throughout their lives requires {c.pick('a care order and a placement order', 'a special guardianship order in favour of the maternal grandmother, with a supervision order', 'a care order with the plan of long-term foster care')}.",
                   "63. I have considered the proportionality of this plan and the Re B-S analysis.",
                   f"64. I recommend contact with {c.mum.first} {c.pick('six times a year', 'monthly', 'fortnightly, supervised')}.", "",
                   c.fca.full, "Children's Guardian", c.svc, c.d(c.ago(0, 5), "long")),
             who=c.p_fca(guardian=True), subj=c.pick("signed final", f"{c.case_no} final analysis", ""), names=["final signed.pdf"])


@tpl("guardian-analysis", via=("upload", "attach"), law="public")
def ga_welfare(c):
    k = c.k1
    return R(lines("Analysis – the welfare checklist (s1(3) CA 1989 and s1(4) ACA 2002)",
                   f"{k.first}'s ascertainable wishes and feelings: {k.first} told me '{c.pick('I want to go home to mummy', 'I like it here but I miss my brother', 'I don’t know')}'.",
                   f"Needs: {k.first} needs a carer who can meet {k.his} health needs and keep {k.him} safe from the adults' drug use.",
                   "Harm: the children have suffered significant harm through neglect.",
                   "Capacity of the parents: the ISW assessment concluded that neither parent could meet the children's needs within their timescales.",
                   f"Page {c.num(10, 15)}"),
             who=c.p_sol("c"), subj="", names=["analysis.pdf"])


@tpl("guardian-analysis", via=("attach",), where="eng", law="public")
def ga_urgent_ico(c):
    return R(lines(f"Children's Guardian – position for the interim care order hearing {c.d(c.ahead(1, 3), 'dmy')}",
                   f"I was allocated yesterday and have not yet met {c.kidnames}.",
                   f"I have spoken to the social worker ({c.sw.full}) and read the application and the police protection notice.",
                   "On the information available I consider that the threshold for an interim order is crossed and that separation is "
                   "necessary and proportionate, given the injury to the youngest child.",
                   "I will provide a fuller analysis for the case management hearing."),
             who=c.p_fca(guardian=True), subj=c.pick("urgent – for tomorrow", f"{c.case_no} ICO", ""), names=["guardian position.docx"])


@tpl("guardian-analysis", lang="cy", via=("attach",), where="wales", law="public")
def ga_initial_cy(c):
    return R(lines(f"YN Y LLYS TEULU {c.court['yn'].upper()}", f"Rhif yr achos: {c.case_no}",
                   f"{c.la_cy} (Ceisydd) a {c.mum.full} a {c.dad.full} (Atebwyr) a {c.kidnames_cy} (trwy eu Gwarcheidwad Plant)", "",
                   "DADANSODDIAD CYCHWYNNOL AC ARGYMHELLION",
                   f"1. Cefais fy mhenodi ar {c.dc(c.ago(20, 40))}. Rwyf wedi darllen tystiolaeth yr awdurdod lleol ac wedi cwrdd â'r plant.",
                   "2. Rwy'n cefnogi gwneud gorchmynion gofal interim.",
                   "3. Rwy'n cefnogi asesiad rhianta annibynnol a phrofion gwallt."),
             who=c.p_sol("c"), subj=c.pick(f"{c.case_no} – ffeilio", ""), names=["dadansoddiad.pdf"])


@tpl("guardian-analysis", lang="cy", via=("attach",), where="wales", law="public")
def ga_final_cy(c):
    return R(lines("Argymhellion",
                   f"58. Mae lles {c.kidnames_cy} trwy gydol eu bywydau yn gofyn am {c.pick('orchymyn gofal a gorchymyn lleoli', 'orchymyn gwarcheidiaeth arbennig i’w nain', 'orchymyn gofal gyda chynllun maethu tymor hir')}.",
                   "59. Rwyf wedi ystyried a yw'r cynllun hwn yn gymesur.",
                   f"60. Argymhellaf gyswllt â {c.mum.first} {c.pick('chwe gwaith y flwyddyn', 'bob mis')}.", "",
                   c.fca.full, "Gwarcheidwad Plant, CAFCASS Cymru"),
             who=c.p_fca(guardian=True), subj="", names=["terfynol.pdf"])


# ---- Letter to the court (in place of a report) ---------------------------------------------
@tpl("letter-to-court", via=("attach", "upload"), law="private")
def ltc_fao_update(c):
    return R(lines(f"{c.svc}", c.d(c.today, "long"), "",
                   f"To {c.judge if c.judge != 'Lay Justices' else 'the Justices'}, {c.court_en}", f"Re: {c.kidnames} – {c.case_no}", "",
                   f"I write in accordance with the Family Assistance Order made on {c.d(c.ago(90, 170), 'long')} to update the court.",
                   f"Since the order, {c.kidnames} {c.have} spent time with {c.dad.first} {c.pick('every other weekend without incident', 'on most weekends, with two cancellations', 'at the contact centre and then in the community')}.",
                   "The parents now communicate through a parenting app and handovers are calm.",
                   "I do not consider that any further order is needed. This letter is for the court file.", "",
                   "Yours faithfully", c.fca.full, "Family Court Adviser"),
             who=c.p_fca(), subj=c.pick(f"{c.case_no} – FAO update", "letter for court file", ""), names=["FAO letter.docx", "letter to court.pdf"])


@tpl("letter-to-court", via=("attach", "email"), law="private")
def ltc_extension(c):
    return R(lines(f"Dear {c.judge if 'Judge' in c.judge else 'Sir or Madam'},", f"{c.case_no} – {c.case_name}", "",
                   f"I am writing to ask the court to extend the date for filing my report from {c.d(c.ahead(1, 5), 'long')} to "
                   f"{c.d(c.ahead(14, 21), 'long')}.",
                   f"The reason is that {c.pick('the police disclosure directed by the court has not yet been received', 'I have been unable to see the children because of illness', 'new information about the mother’s partner needs checking')}.",
                   "The parties have been informed. I apologise for any inconvenience to the court.", "", c.fca.full),
             who=c.p_fca(), subj=c.pick(f"Request for extension – {c.case_no}", f"{c.case_no} extension", "Letter to Judge"),
             names=["extension request.pdf"])


@tpl("letter-to-court", via=("attach",), law="public")
def ltc_guardian_update(c):
    return R(lines(f"To the Court", f"{c.case_no}", "",
                   f"I write as Children's Guardian to inform the court that {c.kidnames}'s foster placement {c.pick('ended on', 'is at risk of ending after')} "
                   f"{c.d(c.ago(1, 7), 'long')}.",
                   "The local authority has identified an alternative placement together for the siblings. I have visited and am satisfied with it as an interim measure.",
                   "I do not seek a hearing but ask that this letter be placed before the judge.", "", c.fca.full, "Children's Guardian"),
             who=c.p_fca(guardian=True), subj=c.pick("update to court", f"{c.case_no}", ""), names=["letter.pdf"])


@tpl("letter-to-court", via=("scan",), where="eng", law="private")
def ltc_stamped(c):
    return R(lines("RECEIVED", f"{c.d(c.ago(1, 6), 'short').upper()}", f"{c.court['bldg'].upper()}", "",
                   f"Dear District Judge {c.dj},", f"Re {c.case_no}", "",
                   f"I write to inform the court that {c.k1.first} has asked to write to the judge, and I attach {c.k1.his} letter with {c.k1.his} permission.",
                   "I have explained to the parents that the letter will be seen by them.", "", c.fca.full, f"Cafcass {c.court['office']}"))


@tpl("letter-to-court", via=("email",), where="eng", law="private")
def ltc_email_wishes(c):
    return R(lines(f"Dear {c.judge if 'Judge' in c.judge else 'Court'},", "",
                   f"Re {c.case_no} – {c.case_name}", "",
                   f"At the last hearing the court asked me to confirm whether {c.k1.first} wishes to meet the judge. I saw {c.k1.first} on "
                   f"{c.d(c.ago(1, 8), 'long')}. {c.k1.he.capitalize()} {c.pick('would like to meet the judge', 'does not want to meet the judge but would like to write a letter', 'is unsure')}.",
                   "I would be grateful if this could be placed before the judge.", "", "Yours faithfully", c.fca.full, "Family Court Adviser"),
             who=c.p_fca(), subj=c.pick(f"{c.case_no} – letter for the Judge", "For the attention of the Judge", ""))


@tpl("letter-to-court", lang="cy", via=("attach",), where="wales", law="private")
def ltc_cy(c):
    return R(lines("CAFCASS Cymru", c.dc(c.today), "", f"Annwyl {c.dear_cy},", f"{c.kidnames_cy} – {c.case_no}", "",
                   f"Ysgrifennaf yn unol â'r Gorchymyn Cymorth i'r Teulu a wnaed ar {c.dc(c.ago(90, 170))} i roi'r wybodaeth ddiweddaraf i'r llys.",
                   f"Ers y gorchymyn, mae {c.kidnames_cy} wedi treulio amser gyda {c.dad.first} bob yn ail benwythnos heb unrhyw ddigwyddiad.",
                   "Nid wyf o'r farn bod angen gorchymyn pellach.", "", "Yn gywir", c.fca.full, "Cynghorydd Llys Teulu"),
             who=c.p_fca(), subj=c.pick(f"{c.case_no} – diweddariad", ""), names=["llythyr.pdf"])


@tpl("letter-to-court", lang="cy", via=("email", "attach"), where="wales", law="private")
def ltc_extension_cy(c):
    return R(lines(f"Annwyl {c.dear_cy},", f"Achos {c.case_no}", "",
                   f"Gofynnaf i'r llys ymestyn y dyddiad ar gyfer ffeilio fy adroddiad o {c.dc(c.ahead(1, 5))} i {c.dc(c.ahead(14, 21))}.",
                   f"Y rheswm yw {c.pick('nad yw datgeliad yr heddlu wedi cyrraedd eto', 'na fu modd i mi weld y plant oherwydd salwch')}.",
                   "Mae'r partïon wedi cael gwybod.", "", "Yn gywir", c.fca.full),
             who=c.p_fca(), subj=c.pick(f"Cais i ymestyn – {c.case_no}", "Llythyr at y Barnwr"))


@tpl("letter-to-court", lang="cy", via=("attach",), where="wales", law="public")
def ltc_guardian_cy(c):
    return R(lines("At y Llys", f"{c.case_no}", "",
                   f"Ysgrifennaf fel Gwarcheidwad Plant i roi gwybod i'r llys bod lleoliad maeth {c.kidnames_cy} wedi dod i ben ar {c.dc(c.ago(1, 7))}.",
                   "Mae'r awdurdod lleol wedi dod o hyd i leoliad arall i'r plant gyda'i gilydd. Rwyf wedi ymweld ac yn fodlon.",
                   "Nid wyf yn gofyn am wrandawiad.", "", c.fca.full, "Gwarcheidwad Plant"),
             who=c.p_fca(guardian=True), subj=c.pick("diweddariad i'r llys", ""), names=["llythyr.pdf"])


# ---- Addendum report ------------------------------------------------------------------------
@tpl("addendum-report", via=("attach",), law="private")
def add_first_page(c):
    return R(lines("IN THE FAMILY COURT", f"Case {c.case_no}", "",
                   f"Further report of the Family Court Adviser following the hearing on {c.d(c.last_hearing, 'long')}", "",
                   "1. Purpose",
                   f"1.1 At the hearing the court asked me to {c.pick('consider the findings made at the fact-finding hearing', 'update my recommendations in light of the contact centre reports', 'report on the children’s views about overnight time')}.",
                   f"1.2 This report should be read alongside my section 7 report dated {c.d(c.ago(60, 120), 'long')}.",
                   "2. Enquiries since my last report"),
             who=c.p_fca(), subj=c.pick(f"{c.case_no} further report", "filing", ""), names=["further report.pdf"])


@tpl("addendum-report", via=("attach", "upload"), law="private")
def add_update_page(c):
    return R(lines("Update since my last report",
                   f"8. Since my report the children have had {c.num(4, 8)} sessions at {c.centre}. The reports describe warm interactions.",
                   f"9. {c.k1.first} told me this time that {c.k1.he} would like '{c.pick('a sleepover at dad’s', 'to stay for tea', 'nothing to change')}'.",
                   f"10. {c.mum.first} remains worried about {c.pick('the father’s new partner', 'the drive home', 'alcohol')}; I have addressed this below.",
                   f"Page {c.num(2, 4)} of {c.num(5, 7)}"),
             who=c.p_fca(), subj="", names=["p3.pdf"])


@tpl("addendum-report", via=("attach",), law="public")
def add_guardian(c):
    return R(lines(f"Addendum to the Children's Guardian's final analysis – {c.case_no}",
                   f"1. This addendum addresses the {c.pick('updated parenting assessment of the mother', 'positive viability assessment of the paternal aunt', 'change in the local authority’s care plan')}, received after I filed my final analysis.",
                   "2. I have read the report and spoken to the assessor and the social worker.",
                   "3. My recommendation is unchanged / has changed as set out at paragraph 9."),
             who=c.p_sol("c"), subj=c.pick(f"{c.case_no} – filing", ""), names=["addendum.pdf"])


@tpl("addendum-report", via=("upload", "attach"), where="eng", law="private")
def add_partner_checks(c):
    return R(lines(f"{c.case_no} – further report", "New adult in the household",
                   f"5. Since my report, {c.mum.first} has told me that {c.partner.full} moved in during {c.pick('January', 'February')}.",
                   f"6. {c.police['name']} and {c.la_name} have been checked. {c.pick('Neither holds any information.', 'Police hold two domestic incidents with a former partner (2019).')}",
                   f"7. I have met {c.partner.first}. He presented as {c.pick('open and child focused', 'defensive when asked about the 2019 incidents')}.",
                   "8. I address the effect on my recommendations below."),
             who=c.p_fca(), subj="", names=["update.docx"])


@tpl("addendum-report", via=("attach",), where="eng", law="private")
def add_last_page(c):
    return R(lines("Revised recommendations",
                   f"14. I now recommend that overnight time with {c.dad.first} begins {c.pick('after the Easter holidays', 'once the DAPP is completed', 'immediately')}.",
                   "15. My other recommendations remain as in my earlier report.", "", c.fca.full, "Family Court Adviser",
                   c.d(c.ago(0, 3), "long"), "Page 5 of 5"),
             who=c.p_fca(), subj="", names=["p5.pdf"])


@tpl("addendum-report", lang="cy", via=("attach",), where="wales", law="private")
def add_cy(c):
    return R(lines("YN Y LLYS TEULU", f"Rhif yr achos {c.case_no}", "",
                   f"Adroddiad atodol y Cynghorydd Llys Teulu yn dilyn y gwrandawiad ar {c.dc(c.last_hearing)}", "",
                   "1. Diben",
                   f"1.1 Gofynnodd y llys i mi {c.pick('ystyried y canfyddiadau a wnaed yn y gwrandawiad canfod ffeithiau', 'ddiweddaru fy argymhellion yn sgil adroddiadau’r ganolfan gyswllt')}.",
                   f"1.2 Dylid darllen yr adroddiad hwn ochr yn ochr â'm hadroddiad dyddiedig {c.dc(c.ago(60, 120))}."),
             who=c.p_fca(), subj=c.pick(f"Ffeilio {c.case_no}", ""), names=["atodol.pdf"])


@tpl("addendum-report", lang="cy", via=("attach", "upload"), where="wales", law="private")
def add_update_cy(c):
    return R(lines("Diweddariad ers fy adroddiad diwethaf",
                   f"7. Ers fy adroddiad, mae'r plant wedi cael {c.num(4, 8)} sesiwn {c.yn_centre}. Mae'r adroddiadau'n disgrifio perthynas gynnes.",
                   f"8. Dywedodd {c.k1.first} y tro hwn yr hoffai '{c.pick('aros dros nos efo Dad', 'aros i gael te', 'beidio newid dim byd')}'.",
                   f"9. Mae {c.mum.first} yn dal i boeni am {c.pick('bartner newydd y tad', 'alcohol')}.",
                   f"Tudalen {c.num(2, 4)} o {c.num(5, 7)}"),
             who=c.p_fca(), subj="", names=["t3.pdf"])


# ============================================================================================
# direct-work: letter-from-child, child-drawing, direct-work-record, child-meets-judge
# ============================================================================================
def _older(c, n=8):
    k = max(c.kids, key=lambda k: k.age)
    if k.age < n:
        k.age = n + c.num(0, 4)
        k.dob = dt.date(c.today.year - k.age, k.dob.month, k.dob.day)
    return k


@tpl("letter-from-child", via=("scan",), law="private")
def lfc_dear_judge(c):
    k = _older(c, 9)
    return R(lines("Dear Judge", "", f"My name is {k.first} and I am {k.age}. I want to tell you what I think.",
                   f"I like living with {c.pick('mum', 'my mum')} and I want to stay at my school because my friends are there.",
                   f"I do want to see dad but not every weekend because I have {c.pick('football', 'dancing', 'cadets')} on Saturdays.",
                   "Please dont make me choose.", "", "from", k.first, c.pick("", "(age " + str(k.age) + ")")), hw=True)


@tpl("letter-from-child", via=("scan", "upload"), law="private")
def lfc_to_fca(c):
    k = _older(c, 8)
    return R(lines(f"To {c.fca.first}", "", f"thank you for listening to me at school. I forgot to say that {c.pick('I am scared when dad shouts', 'I want to see nana at dads house', 'I dont want to go to the contact centre any more because its boring')}.",
                   f"Can you tell the judge that. I want to {c.pick('see dad on saturdays but not sleep over', 'have sleepovers at dads', 'stay with mum in the week')}.",
                   "", f"love from {k.first}", "x x"), hw=True)


@tpl("letter-from-child", via=("attach",), law="private")
def lfc_typed_via_parent(c):
    k = _older(c, 12)
    par = c.pick(c.mum, c.dad)
    return R(lines(f"To whoever is writing the report,", "",
                   f"I'm {k.first}. I'm {k.age} and in Year {k.age - 4}. I wanted to write this myself because I feel like nobody asks me.",
                   f"I love both my parents. The thing I hate is being in the middle. When I'm at {par.first}'s I get asked about the other house and I don't want to answer.",
                   f"What I want is {c.pick('to choose when I go, not have a fixed rota', 'week on week off', 'to live with dad and see mum at weekends')}.",
                   "I typed this on my own and nobody told me what to say.", "", k.first),
             who=c.p_lip(par), subj=c.pick(f"letter from {k.first}", f"{k.first} wanted you to have this", "from my son" if k.g == "m" else "from my daughter"),
             names=["my letter.docx", f"{k.first}.docx", "Document1.docx"])


@tpl("letter-from-child", via=("email",), where="eng", law="private")
def lfc_teen_email(c):
    k = _older(c, 13)
    return R(lines(f"hi {c.fca.first.lower()} its {k.first}", "",
                   "you gave me your email when you came to school. i dont want to go to the contact centre anymore its embarrassing and im "
                   f"{k.age} not a baby. i can see dad in town on my own. please tell the judge.",
                   "also dont tell mum i emailed", "", k.first),
             who=Who(k.full, c.webmail(k), "Sent from my iPhone", "", "child"),
             subj=c.pick("contact centre", "hi", "", "from " + k.first))


@tpl("letter-from-child", via=("scan",), where="eng", law="private")
def lfc_miss_nan(c):
    k = _older(c, 7)
    return R(lines(f"to the lady from cafcass", f"I miss my nan. I want to go to my nans house on sundays like before.",
                   f"mum and nan had a fight but it was not my fault. I love mum and nan.", f"{k.first} {c.pick('7', '8', '9')}"), hw=True)


@tpl("letter-from-child", lang="cy", via=("scan",), where="wales", law="private")
def lfc_barnwr_cy(c):
    k = _older(c, 9)
    return R(lines("Annwyl Farnwr,", "", f"{k.first} ydw i a dw i'n {k.age} oed. Dw i isio dweud be dw i'n feddwl.",
                   f"Dw i'n hapus yn byw efo Mam a dw i isio aros yn {c.school} achos mae fy ffrindiau yna.",
                   "Dw i isio gweld Dad ond dim bob penwythnos achos mae gen i bêl-droed ar ddydd Sadwrn.",
                   "Plis peidiwch â gwneud i fi ddewis.", "", "Oddi wrth", k.first), hw=True)


@tpl("letter-from-child", lang="cy", via=("scan", "upload"), where="wales", law="private")
def lfc_fca_cy(c):
    k = _older(c, 8)
    return R(lines(f"I {c.fca.first}", "", f"diolch am siarad efo fi yn yr ysgol. Nes i anghofio dweud {c.pick('fy mod i isio gweld Nain yn nhŷ Dad', 'fy mod i ddim isio mynd i’r ganolfan eto', 'mod i’n poeni pan mae Dad yn gweiddi')}.",
                   "Wnei di ddweud wrth y barnwr plis.", "", f"cariad {k.first}", "x"), hw=True)


# ---- Drawing by child (captions as OCR gives them) -----------------------------------------
@tpl("child-drawing", via=("scan",), law="private")
def draw_family(c):
    k = c.k1
    return R(lines("me", c.pick("mum", "mummy"), c.kids[-1].first if len(c.kids) > 1 else "", c.pick("Biscuit", "Alfie the dog", "cat"),
                   "my house", c.pick("sun", "* * *", ""), f"{k.first.upper()}"), hw=True)


@tpl("child-drawing", via=("scan",), law="private")
def draw_three_houses(c):
    return R(lines("house of worries", c.pick("shouting", "when dad is late", "mum crying"),
                   "house of good things", c.pick("xbox", "nana", "my bed at dads"), c.pick("swimming", "pizza"),
                   "house of dreams", c.pick("all of us at the beach", "a puppy", "mum and dad not arguing"),
                   c.pick(c.k1.first, "")), hw=True)


@tpl("child-drawing", via=("scan", "upload"), law="private")
def draw_rainbow(c):
    return R(lines(c.pick("To Mummy", "To Daddy", "For dad"), "HAPPY", "I love you", "", "~~~", c.k1.first), hw=True)


@tpl("child-drawing", via=("attach",), law="private")
def draw_photo_from_fca(c):
    return R(lines(c.pick("DADS HOUSE", "MUMS HOUSE", "MY ROOM"), c.pick("me", ""), c.pick("door", "")),
             who=c.p_fca(), subj=c.pick("drawing for file", f"{c.case_no} – pic from session", "photo", ""),
             names=[f"IMG_2024031{c.num(1, 5)}_{c.num(900, 1600)}.jpg", "image0.jpeg", "IMG_4471.HEIC"], hw=True)


@tpl("child-drawing", via=("scan",), law="public")
def draw_family_tree(c):
    return R(lines("my family", *[f"{k.first} {k.age}" for k in c.kids], f"mum", "nana", c.pick("foster mum Jo", "Auntie Sam", ""),
                   c.pick("I live here now", "")), hw=True)


@tpl("child-drawing", lang="cy", via=("scan",), where="wales", law="private")
def draw_cy(c):
    return R(lines("Fi", "Mam", c.pick("Nain", "Taid"), c.pick("Tŷ Dad", "Tŷ Mam"), c.pick("haul", ""), c.k1.first.upper()), hw=True)


@tpl("child-drawing", lang="cy", via=("scan", "attach"), where="wales", law="private")
def draw_teulu_cy(c):
    return R(lines("fy nheulu i", *[k.first for k in c.kids], "Mam", "Dad", c.pick("ci", "Pero y ci"), "dw i'n hapus"),
             who=c.p_fca(), subj=c.pick("llun", "llun o'r sesiwn", ""), names=["llun.jpg", "IMG_0912.jpg"], hw=True)


# ---- Direct work record --------------------------------------------------------------------
@tpl("direct-work-record", via=("upload",), law="private")
def dw_session_school(c):
    k = c.k1
    return R(lines(f"Session with {k.first} ({k.age}) – {c.school}", f"{c.d(c.ago(1, 10), 'day')}  {c.time()}  Worker: {c.fca.full}",
                   f"I explained my role using the 'who helps families' cards. {k.first} chose to draw.",
                   f"Tool used: three houses. Worries: {c.pick('shouting at handover', 'dad being sad', 'moving school')}. Good things: "
                   f"{c.pick('dad’s dog', 'nana’s cooking', 'having my own room')}. Dreams: {c.pick('everyone at my birthday', 'a holiday', 'mum and dad being friends')}.",
                   f"{k.first} said '{c.pick('I want to see dad more', 'I like how it is now', 'I don’t want to talk about mum’s boyfriend')}'.",
                   f"{k.he.capitalize()} agreed that I could tell the judge what {k.he} said. Drawing scanned to file."),
             names=["direct work.docx", f"{k.first} session.docx"])


@tpl("direct-work-record", via=("upload", "scan"), law="private")
def dw_all_about_me(c):
    k = c.k1
    return R(lines("All about me", f"My name is: {k.first}", f"I am {k.age} years old", f"I live with: {c.pick('mum', 'mum and Ryan', 'dad and nan')}",
                   f"My favourite thing to do: {c.pick('Minecraft', 'gymnastics', 'playing out on my bike')}",
                   f"Something that makes me sad: {c.pick('when I can’t see dad', 'when people argue', 'nothing')}",
                   f"If I could change one thing: {c.pick('see dad on Wednesdays', 'no more court', 'a dog')}",
                   f"Completed with {c.fca.first} ({c.svc}) on {c.d(c.ago(1, 12), 'dmy')}. {k.first} wrote the answers; FCA typed."),
             names=["all about me.pdf"], hw=False)


@tpl("direct-work-record", via=("upload",), law="private")
def dw_scaling(c):
    k = c.k1
    return R(lines(f"Scaling – {k.first}", f"0 = really bad, 10 = really good",
                   f"Time at mum's: {c.num(5, 10)}", f"Time at dad's: {c.num(3, 10)}", f"Changeover: {c.num(0, 6)}",
                   f"School: {c.num(5, 10)}",
                   f"{k.first} explained the low score for changeover: '{c.pick('they stand and argue', 'mum cries', 'it takes ages')}'.",
                   f"{c.fca.full}  {c.d(c.ago(1, 12), 'dmy')}"), names=["scaling.docx"])


@tpl("direct-work-record", via=("upload",), law="public")
def dw_placement_visit(c):
    k = c.k1
    return R(lines(f"Visit to {k.first} in placement", f"{c.d(c.ago(1, 14), 'long')}; foster carer present at start",
                   f"{k.first} showed me {k.his} bedroom and {k.his} {c.pick('rabbit', 'football medals', 'drawings')}.",
                   f"We used the 'My world' triangle. {k.first} put {c.mum.first} and {c.gm.first} in the inner circle and the foster carer in the middle.",
                   f"{k.first} asked when {k.he} can go home. I explained that the judge will decide and that I will tell the judge what {k.he} wants.",
                   f"Children's Guardian: {c.fca.full}"),
             names=["visit record.docx"])


@tpl("direct-work-record", via=("attach",), where="eng", law="private")
def dw_ecomap(c):
    k = c.k1
    return R(lines(f"Ecomap with {k.first} – notes", "Close: " + c.pick("mum, nan, best friend Lily", "dad, Uncle Craig, football coach"),
                   "Further away: " + c.pick("auntie", "mum's partner", "grandad"), "Stressful lines: between mum and dad; 'the court'",
                   f"{k.first} added '{c.pick('my teacher Miss P', 'my cousin', 'Siri')}' as someone to talk to.", f"{c.fca.initials}"),
             who=c.p_fca(), subj=c.pick("direct work notes", "", "from session today"), names=["ecomap.docx"])


@tpl("direct-work-record", via=("upload",), where="eng", law="private")
def dw_wishes_worksheet(c):
    k = c.k1
    return R(lines("Wishes and feelings – worksheet", f"Child: {k.first}   Age {k.age}", f"Practitioner: {c.fca.full}",
                   "Q. Who is important to you?  " + c.pick("mum, dad, my sister", "nana and grandad", "my dog"),
                   "Q. What is good about your week?  " + c.pick("Friday tea at dad's", "swimming", "school dinners"),
                   "Q. What would you like the judge to know?  " + c.pick("that I want to see dad more", "that I am happy", "I don't want to move"),
                   "Practitioner observation: settled, good eye contact, became quieter when asked about changeover."),
             names=["W&F.pdf"])


@tpl("direct-work-record", lang="cy", via=("upload",), where="wales", law="private")
def dw_cy(c):
    k = c.k1
    return R(lines(f"Sesiwn gyda {k.first} ({k.age}) – {c.school}", f"{c.dc(c.ago(1, 10), 'day')}  Ymarferydd: {c.fca.full}",
                   f"Esboniais fy rôl. Dewisodd {k.first} dynnu llun.",
                   f"Offeryn: y tri thŷ. Pryderon: {c.pick('gweiddi wrth drosglwyddo', 'Dad yn drist', 'symud ysgol')}. Pethau da: {c.pick('ci Dad', 'bwyd Nain', 'fy stafell fy hun')}.",
                   f"Dywedodd {k.first} '{c.pick('dw i isio gweld Dad mwy', 'dw i’n hapus fel mae', 'dw i ddim isio siarad am gariad Mam')}'.",
                   f"Cytunodd {k.first} y gallwn ddweud wrth y barnwr. Iaith y sesiwn: Cymraeg."),
             names=["gwaith uniongyrchol.docx"])


@tpl("direct-work-record", lang="cy", via=("upload", "scan"), where="wales", law="private")
def dw_amdanaf_cy(c):
    k = c.k1
    return R(lines("Popeth amdana i", f"Fy enw: {k.first}", f"Oed: {k.age}", f"Dw i'n byw efo: {c.pick('Mam', 'Mam a Nain', 'Dad')}",
                   f"Hoff beth: {c.pick('pêl-droed', 'darllen', 'Minecraft')}",
                   f"Be sy'n fy ngwneud i'n drist: {c.pick('pan dw i ddim yn gweld Dad', 'ffraeo', 'dim byd')}",
                   f"Cwblhawyd gyda {c.fca.first} (CAFCASS Cymru) ar {c.dc(c.ago(1, 12), 'dmy')}."),
             names=["amdana i.pdf"])


# ---- Note of the child meeting the judge ---------------------------------------------------
@tpl("child-meets-judge", via=("attach",), law="private")
def cmj_judge_note(c):
    k = _older(c, 10)
    return R(lines(f"{c.case_no}", f"Note of my meeting with {k.first} on {c.d(c.ago(1, 7), 'long')}", "",
                   f"1. {k.first} came to my room at {c.court['bldg']} with {c.fca.full} of {c.svc}. The meeting lasted about 20 minutes.",
                   f"2. I explained that I would not be deciding anything today, that I could not keep secrets and that this note would be shared with {k.his} parents.",
                   f"3. {k.first} told me about {k.his} school and {c.pick('football team', 'drama club', 'pets')}. {k.he.capitalize()} said {k.he} wanted me to know that "
                   f"'{c.pick('I want to choose', 'I love both of them', 'I want things to stay the same')}'.",
                   "4. I did not take evidence from the child and have not treated anything said as evidence.",
                   f"{c.judge}"),
             who=c.p_clerk(), subj=c.pick(f"{c.case_no} – Judge's note", "note for parties and Cafcass", ""), names=["note.pdf"])


@tpl("child-meets-judge", via=("upload",), law="private")
def cmj_fca_note(c):
    k = _older(c, 9)
    return R(lines(f"{c.case_no} – {k.first} meeting {c.judge}", f"{c.d(c.ago(1, 7), 'dmy')}  FCA present: {c.fca.full}",
                   f"I collected {k.first} from the waiting room. {k.he.capitalize()} was nervous and asked if the judge would wear a wig.",
                   f"The judge introduced {('himself' if c.chance(0.5) else 'herself')}, explained the meeting was not to gather evidence and asked about school.",
                   f"{k.first} gave the judge a card {k.he} had made. {k.he.capitalize()} said afterwards 'that was easier than I thought'.",
                   "Returned to mother at 11:40."), names=["judge meeting note.docx"])


@tpl("child-meets-judge", via=("attach", "scan"), where="eng", law="private")
def cmj_magistrates(c):
    k = _older(c, 11)
    return R(lines(f"Note prepared by the Legal Adviser – {c.case_no}",
                   f"On {c.d(c.ago(1, 7), 'long')} the chair of the bench met {k.first} ({k.age}) in the retiring room, with the Family Court Adviser present.",
                   f"The chair explained the role of the magistrates. {k.first} said {k.he} wanted the magistrates to know that "
                   f"'{c.pick('I want to live with dad', 'I want the arguing to stop', 'I like my school')}'.",
                   "The chair thanked the child and explained that the decision would be made by the bench after hearing from everyone.",
                   "This note has been approved by the chair."),
             who=c.p_adviser(), subj=c.pick("note – child meeting bench", ""), names=["LA note.docx"])


@tpl("child-meets-judge", via=("attach",), where="eng", law="public")
def cmj_video(c):
    k = _older(c, 12)
    return R(lines(f"Note of meeting by video between {c.judge} and {k.first}",
                   f"Date: {c.d(c.ago(1, 7), 'long')}. Present: the judge; {k.first} (at foster carer's home); {c.fca.full}, Children's Guardian.",
                   f"{k.first} wanted to say that {k.he} {c.pick('does not want to be adopted', 'wants to stay with the foster carers', 'wants to see mum more often')}.",
                   "The judge explained that she would take this into account along with everything else.",
                   "The guardian will share this note with the parties."),
             who=c.p_fca(guardian=True), subj=c.pick("note of video meeting", ""), names=["note.docx"])


@tpl("child-meets-judge", via=("scan",), where="eng", law="private")
def cmj_scanned(c):
    k = _older(c, 9)
    return R(lines(f"MEETING BETWEEN {k.first.upper()} AND THE JUDGE", f"{c.d(c.ago(2, 9), 'dmy')}",
                   f"Present: {c.judge}; {c.fca.full} (Cafcass)", "Purpose explained: not evidence; no secrets.",
                   f"{k.first} said {k.he} is happy at both homes and wants 'fair' time.", "Duration: 15 min."))


@tpl("child-meets-judge", lang="cy", via=("attach",), where="wales", law="private")
def cmj_cy(c):
    k = _older(c, 10)
    return R(lines(f"{c.case_no}", f"Nodyn o'm cyfarfod gyda {k.first} ar {c.dc(c.ago(1, 7))}", "",
                   f"1. Daeth {k.first} i'm hystafell gyda {c.fca.full} o CAFCASS Cymru. Siaradwyd yn Gymraeg.",
                   "2. Eglurais na fyddwn yn penderfynu dim heddiw, na allwn gadw cyfrinachau ac y byddai'r nodyn hwn yn cael ei rannu gyda'r rhieni.",
                   f"3. Dywedodd {k.first} '{c.pick('dw i isio dewis', 'dw i’n caru’r ddau', 'dw i isio i bethau aros fel maen nhw')}'.",
                   f"{c.judge_cy[0].upper() + c.judge_cy[1:]}"),
             who=c.p_clerk(), subj=c.pick("Nodyn y barnwr", ""), names=["nodyn.pdf"])


@tpl("child-meets-judge", lang="cy", via=("upload",), where="wales", law="private")
def cmj_fca_cy(c):
    k = _older(c, 9)
    return R(lines(f"{k.first} yn cyfarfod â'r barnwr", f"{c.dc(c.ago(1, 7), 'dmy')}  Ymarferydd: {c.fca.full}",
                   f"Roedd {k.first} yn nerfus ac yn gofyn a fyddai'r barnwr yn gwisgo wig.",
                   "Eglurodd y barnwr nad oedd y cyfarfod ar gyfer casglu tystiolaeth.",
                   f"Rhoddodd {k.first} gerdyn i'r barnwr. Wedyn dywedodd 'roedd hynna'n haws na'r disgwyl'."),
             names=["nodyn cyfarfod.docx"])


# ============================================================================================
# court-orders: court-order, directions-order
# ============================================================================================
def _order_head(c):
    return lines(f"IN THE FAMILY COURT SITTING AT {c.court['place'].upper()}", f"Case number: {c.case_no}",
                 "The Children Act 1989", f"The child{'ren' if len(c.kids) > 1 else ''}: " +
                 "; ".join(f"{k.full} ({k.boygirl}, born {c.dob(k)})" for k in c.kids))


@tpl("court-order", via=("attach", "scan", "scan"), law="private")
def co_cao(c):
    return R(lines(_order_head(c), "", f"Before {c.judge} sitting in private on {c.d(c.last_hearing, 'long')}", "",
                   "Warning: where a child arrangements order is in force, if you do not comply you may be held in contempt of court.",
                   "The parties", f"The applicant is {c.app.full}, represented by {c.pick('counsel', 'a solicitor', 'in person')}.",
                   f"The respondent is {c.resp.full}, {c.pick('in person', 'represented by counsel')}.", "",
                   "IT IS ORDERED THAT:",
                   f"1. The children shall live with {c.mum.full}.",
                   f"2. The children shall spend time with {c.dad.full} {c.pick('on alternate weekends from Friday after school until Sunday at 5pm', 'every Saturday from 10am to 6pm', 'for half of each school holiday')}.",
                   "3. No order as to costs.",
                   f"Dated {c.d(c.last_hearing, 'dmy')}"),
             who=c.p_court_admin(), subj=c.pick(f"{c.case_no} - sealed order", f"Order {c.case_name}", ""),
             names=["Order.pdf", f"{c.case_no} order.pdf", "sealed.pdf"])


@tpl("court-order", via=("attach", "scan"), law="private")
def co_psos(c):
    return R(lines(_order_head(c), "", "PROHIBITED STEPS ORDER", f"Made by {c.judge} on {c.d(c.last_hearing, 'long')}",
                   f"Upon hearing {c.app.full} without notice",
                   f"IT IS ORDERED that {c.resp.full} must not remove the children from the care of {c.app.full} "
                   f"{c.pick('or from their school', 'or take them out of England and Wales', 'or change their surname')} until further order.",
                   f"This order was made without notice. {c.resp.first} may apply to vary or discharge it on 48 hours' notice.",
                   f"Return date: {c.d(c.hearing, 'long')}"),
             who=c.p_court_admin(), subj=c.pick(f"{c.case_no} – order", "without notice order"), names=["PSO.pdf"])


@tpl("court-order", via=("scan",), where="eng", law="private")
def co_posted(c):
    return R(lines("SEALED", f"{c.court['bldg'].upper()}", "", _order_head(c), "",
                   "ORDER", f"Before {c.judge}", "IT IS ORDERED by consent that:",
                   f"1. The children shall live with both parents: with {c.dad.first} from Wednesday after school to Friday morning, and with {c.mum.first} otherwise.",
                   "2. This is a final order.",
                   "Copy to: Cafcass"))


@tpl("court-order", via=("attach",), law="public")
def co_ico(c):
    return R(lines(f"IN THE FAMILY COURT AT {c.court['place'].upper()}", f"Case No. {c.case_no}",
                   "Interim Care Order – section 38 Children Act 1989", f"The applicant local authority: {c.la_name}",
                   *[f"Child: {k.full}, born {c.dob(k)}" for k in c.kids],
                   f"The court orders that the children are placed in the care of {c.la_name}.",
                   f"This order ends on {c.pick('the conclusion of the proceedings', 'further order')}.",
                   f"Ordered by {c.judge} on {c.d(c.last_hearing, 'long')}"),
             who=c.p_court_admin(), subj=c.pick(f"{c.case_no} ICO", "Order(s)"), names=["ICO.pdf"])


@tpl("court-order", via=("attach", "scan"), law="private")
def co_fao(c):
    return R(lines(_order_head(c), "", f"Before {c.judge} on {c.d(c.last_hearing, 'long')}",
                   "Recitals: the court has obtained the consent of every person named in this order, other than the children.",
                   "ORDER – section 16 Children Act 1989",
                   f"1. An officer of the Service ({c.svc}) shall be made available to advise, assist and befriend {c.mum.full}, {c.dad.full} and the children.",
                   "2. This order shall have effect for 6 months.",
                   "3. The officer shall report to the court if any issue arises about whether the child arrangements order should be varied."),
             who=c.p_court_admin(), subj=c.pick(f"{c.case_no} - order", ""), names=["order FAO.pdf"])


@tpl("court-order", via=("attach",), where="eng", law="private")
def co_specific_issue(c):
    k = c.k1
    return R(lines(_order_head(c), "", f"Before {c.judge}",
                   f"Upon the court determining the application of {c.app.full} for a specific issue order",
                   f"IT IS ORDERED THAT {k.full} shall {c.pick('attend ' + c.school + ' from September 2024', 'be permitted to travel to Pakistan for a holiday of up to 3 weeks', 'receive the routine childhood vaccinations')}.",
                   "The respondent shall sign any consent form needed within 7 days.",
                   "Final order. No order for costs."),
             who=c.p_court_admin(), subj="", names=["order.pdf"])


@tpl("court-order", lang="cy", via=("attach", "scan"), where="wales", law="private")
def co_cao_cy(c):
    return R(lines(f"YN Y LLYS TEULU YN EISTEDD {c.court['yn'].upper()}",
                   f"Rhif yr achos: {c.case_no}", "Deddf Plant 1989",
                   "Y plant: " + "; ".join(f"{k.full} (ganwyd {c.dob(k)})" for k in c.kids), "",
                   f"Gerbron {c.judge_cy} ar {c.dc(c.last_hearing)}", "",
                   "GORCHMYNNIR:",
                   f"1. Bydd y plant yn byw gyda {c.mum.full}.",
                   f"2. Bydd y plant yn treulio amser gyda {c.dad.full} {c.pick('bob yn ail benwythnos o ddydd Gwener ar ôl ysgol tan ddydd Sul am 5pm', 'bob dydd Sadwrn rhwng 10am a 6pm')}.",
                   "3. Dim gorchymyn ynghylch costau."),
             who=c.p_court_admin(), subj=c.pick(f"{c.case_no} – gorchymyn", "Gorchymyn wedi'i selio", ""), names=["gorchymyn.pdf"])


@tpl("court-order", lang="cy", via=("scan", "attach"), where="wales", law="private")
def co_bilingual_cy(c):
    return R(lines("GORCHYMYN / ORDER", f"Rhif yr achos / Case number: {c.case_no}",
                   f"Gerbron / Before: {c.judge_cy} / {c.judge}",
                   f"Gorchymyn Gwaharddol / Prohibited steps order",
                   f"Ni chaiff {c.resp.full} symud y plant o ofal {c.app.full} nac o'u hysgol hyd nes y ceir gorchymyn pellach.",
                   f"{c.resp.full} must not remove the children from the care of {c.app.full} or from their school until further order.",
                   f"Dyddiad dychwelyd / Return date: {c.dc(c.hearing, 'dmy')}"),
             who=c.p_court_admin(), subj=c.pick(f"{c.case_no}", ""), names=["Gorchymyn-Order.pdf"])


# ---- Directions order ------------------------------------------------------------------------
@tpl("directions-order", via=("attach", "scan", "scan"), law="private")
def do_fhdra(c):
    return R(lines(_order_head(c), "", f"Order made by {c.judge} on {c.d(c.last_hearing, 'long')} at a First Hearing Dispute Resolution Appointment",
                   "Recitals: the court has read the safeguarding letter.", "IT IS ORDERED THAT:",
                   f"1. {c.svc} shall file and serve a report under section 7 of the Children Act 1989 by 4pm on {c.d(c.ahead(40, 80), 'long')} addressing the children's wishes and feelings and the arrangements for them to spend time with the {c.pick('father', 'mother')}.",
                   "2. The parties shall attend the Separated Parents Information Programme.",
                   f"3. The matter is listed for a Dispute Resolution Appointment on {c.d(c.hearing, 'long')}, time estimate 1 hour.",
                   "4. Cafcass need not attend."),
             who=c.p_court_admin(), subj=c.pick(f"{c.case_no} - sealed order", "Order from FHDRA", ""), names=["FHDRA order.pdf", "order.pdf"])


@tpl("directions-order", via=("attach",), law="public")
def do_cmo(c):
    return R(lines(f"IN THE FAMILY COURT AT {c.court['place'].upper()}", f"Case No. {c.case_no}", "CASE MANAGEMENT ORDER",
                   f"Made at the Case Management Hearing on {c.d(c.last_hearing, 'long')} by {c.judge}",
                   "Timetable for the child: the 26 week timetable ends on " + c.d(c.ahead(90, 150), "dmy"),
                   "Directions",
                   f"1. The local authority shall file its final evidence and care plan by {c.d(c.ahead(30, 60), 'dmy')}.",
                   f"2. Permission is given to instruct {c.pick('an independent social worker', 'a clinical psychologist', 'Northgate Toxicology Ltd')} in accordance with Part 25 FPR 2010.",
                   f"3. The Children's Guardian shall file a final analysis by {c.d(c.ahead(60, 100), 'dmy')}.",
                   f"4. Issues Resolution Hearing listed on {c.d(c.hearing, 'long')}."),
             who=c.p_court_admin(), subj=c.pick(f"{c.case_no} CMO", "Order – CMH", ""), names=["CMO.pdf"])


@tpl("directions-order", via=("attach", "scan"), law="private")
def do_factfinding(c):
    return R(lines(_order_head(c), "", f"Before {c.judge}", "ORDER – directions for a fact-finding hearing",
                   f"1. The applicant shall file a schedule of no more than {c.pick('6', '8')} allegations by {c.d(c.ahead(7, 21), 'dmy')}.",
                   "2. The respondent shall file a response to the schedule within 14 days.",
                   f"3. {c.police['name']} shall disclose to the court records of call-outs to the parties' addresses since 2020.",
                   f"4. A fact-finding hearing is listed on {c.d(c.hearing, 'long')} with a time estimate of 2 days.",
                   "5. Participation directions: screens for the applicant at the hearing."),
             who=c.p_court_admin(), subj=c.pick(f"{c.case_no}", "directions"), names=["FF directions.pdf"])


@tpl("directions-order", via=("scan",), where="eng", law="private")
def do_magistrates(c):
    return R(lines("The Family Court at " + c.court["place"], f"Case {c.case_no}", "Before: Lay Justices, legal adviser " + c.pro().full,
                   "DIRECTIONS", f"1. Cafcass to file addendum report by {c.d(c.ahead(20, 40), 'dots')}.",
                   f"2. The applicant may file a statement in reply by {c.d(c.ahead(10, 20), 'dots')}.",
                   f"3. Listed for review on {c.d(c.hearing, 'dots')} at 2pm (1 hour).", "4. Costs reserved."))


@tpl("directions-order", via=("attach",), where="eng")
def do_third_party_disclosure(c):
    return R(lines(_order_head(c), "", f"Order made on the court's own initiative by {c.judge}",
                   f"1. {c.police['name']} shall by {c.d(c.ahead(14, 28), 'long')} disclose to the court and to {c.svc} any records of domestic incidents involving the parties.",
                   f"2. {c.la_name} shall disclose the social work records for the children for the period 2020 to date, redacted for third parties.",
                   "3. Any person affected by this order may apply to vary it within 7 days of service."),
             who=c.p_court_admin(), subj=c.pick(f"{c.case_no} disclosure order", ""), names=["disclosure order.pdf"])


@tpl("directions-order", via=("attach", "scan"), where="eng", law="private")
def do_dra(c):
    return R(lines(_order_head(c), "", f"Made at a Dispute Resolution Appointment on {c.d(c.last_hearing, 'long')}",
                   "Interim arrangements: the children will spend time with the father every Saturday 10am–4pm.",
                   f"1. Cafcass shall file an addendum report by {c.d(c.ahead(30, 50), 'long')}.",
                   f"2. Final hearing listed on {c.d(c.hearing, 'long')} (1 day). The Family Court Adviser shall attend.",
                   "3. Each party shall file a short statement by 14 days before the final hearing."),
             who=c.p_court_admin(), subj=c.pick(f"{c.case_no} – DRA order", ""), names=["DRA order.pdf"])


@tpl("directions-order", lang="cy", via=("attach",), where="wales", law="private")
def do_cy(c):
    return R(lines(f"YN Y LLYS TEULU", f"Rhif yr achos: {c.case_no}", "Deddf Plant 1989", "",
                   f"Gorchymyn a wnaed gan {c.judge_cy} ar {c.dc(c.last_hearing)} yn y Gwrandawiad Cyntaf",
                   "GORCHMYNNIR:",
                   f"1. Rhaid i CAFCASS Cymru ffeilio adroddiad dan adran 7 Deddf Plant 1989 erbyn 4pm ar {c.dc(c.ahead(40, 80))}.",
                   "2. Rhaid i'r partïon fynychu Gweithio Gyda'n Gilydd er mwyn Plant.",
                   f"3. Rhestrir yr achos ar gyfer Apwyntiad Datrys Anghydfod ar {c.dc(c.hearing)}."),
             who=c.p_court_admin(), subj=c.pick(f"{c.case_no} – gorchymyn", ""), names=["gorchymyn.pdf"])


@tpl("directions-order", lang="cy", via=("attach", "scan"), where="wales", law="public")
def do_cmo_cy(c):
    return R(lines("GORCHYMYN RHEOLI ACHOS / CASE MANAGEMENT ORDER", f"Rhif yr achos / Case No: {c.case_no}",
                   f"Gerbron / Before: {c.judge_cy}",
                   f"1. Yr awdurdod lleol i ffeilio ei dystiolaeth derfynol erbyn {c.dc(c.ahead(30, 60), 'dmy')}.",
                   "2. Rhoddir caniatâd i gyfarwyddo gweithiwr cymdeithasol annibynnol.",
                   f"3. Y Gwarcheidwad Plant i ffeilio dadansoddiad terfynol erbyn {c.dc(c.ahead(60, 100), 'dmy')}.",
                   f"4. Gwrandawiad Datrys Materion / IRH: {c.dc(c.hearing, 'dmy')}."),
             who=c.p_court_admin(), subj=c.pick(f"{c.case_no} GRhA/CMO", ""), names=["CMO.pdf"])


# ============================================================================================
# court-papers: application, position-statement, witness-statement, previous-cafcass
# ============================================================================================
@tpl("application", via=("attach", "scan", "scan"), law="private")
def app_c100(c):
    return R(lines("C100", c.pick("Application under the Children Act 1989 for a child arrangements, prohibited steps or specific issue order",
                                  "(05.22)", "Section 8 Children Act 1989 – child arrangements, prohibited steps, specific issue"),
                   f"Case number: {c.case_no}", f"Issue date: {c.d(c.ago(30, 60), 'dmy')}", "",
                   "1. About the children", *[f"Full name: {k.full}  Date of birth: {c.dob(k)}  Sex: {'Male' if k.g == 'm' else 'Female'}" for k in c.kids],
                   "2. What are you asking the court to decide?",
                   f"[X] Child arrangements order – {c.pick('spend time with', 'live with')}", "[ ] Prohibited steps order", "[ ] Specific issue order",
                   "3. Why are you making this application?",
                   f"{c.resp.first} has stopped me seeing the children since {c.pick('October', 'Christmas', 'the summer')}."),
             who=c.p_court_admin(), subj=c.pick(f"New application {c.case_no}", "C100 – for safeguarding checks", ""),
             names=["C100.pdf", "application.pdf", "scan0001.pdf"])


@tpl("application", via=("attach", "scan", "scan"), law="private")
def app_c1a(c):
    return R(lines("C1A  Allegations of harm and domestic violence (supplemental information form)",
                   f"Case number {c.case_no}", f"Your name: {c.mum.full}",
                   "Section 1: Your safety and the safety of the children",
                   "Have the children suffered or are they at risk of suffering any form of abuse?  Yes",
                   "Domestic abuse: [X] physical  [X] psychological  [ ] sexual  [X] financial",
                   f"Describe the most recent incident: On {c.d(c.ago(60, 200), 'long')} {c.dad.first} {c.pick('pushed me against the door in front of ' + c.k1.first, 'took my phone and would not let me leave', 'threatened to take the children abroad')}.",
                   "Was anyone else involved? The police came and he was arrested."),
             who=c.p_court_admin(), subj=c.pick(f"{c.case_no} C1A", "further documents", ""), names=["C1A.pdf"])


@tpl("application", via=("scan", "attach"), law="private")
def app_c2_grandparent(c):
    return R(lines("Form C2", "Application: for permission to start proceedings; for an order or directions in existing proceedings; to be joined as, or cease to be, a party",
                   f"Case number {c.case_no}", f"Your name: {c.gm.full}", f"Your relationship to the children: maternal grandmother",
                   "What order or directions are you asking for?",
                   f"Permission to apply for a child arrangements order so that {c.kidnames} can spend time with me, and to be joined as a party.",
                   "Reasons: I cared for the children every week until last year."), hw=False,
             who=c.p_lip(c.gm), subj=c.pick("my form", "C2", ""), names=["C2.pdf", "IMG_20240311_1405.jpg"])


@tpl("application", via=("attach",), where="eng", law="private")
def app_online_summary(c):
    return R(lines("Apply to court about child arrangements", "Case summary (submitted online)",
                   f"Reference {c.case_no}", f"Applicant: {c.app.full}", f"Respondent: {c.resp.full}",
                   f"Children: {c.kidnames}", "Orders: Spend time with",
                   "MIAM: attended – mediator's certificate provided",
                   "Urgent hearing needed: No", "Without notice: No",
                   "Safety concerns: " + c.pick("Yes – see allegations of harm", "No"),
                   f"Statement of truth signed {c.d(c.ago(30, 60), 'dmy')}"),
             who=c.p_court_admin(), subj=c.pick(f"{c.case_no} new case papers", ""), names=["case summary.pdf"])


@tpl("application", via=("attach", "scan"), law="public")
def app_c110a(c):
    return R(lines("C110A", c.pick("Application for a care or supervision order and other orders under Part 4 of the Children Act 1989",
                                   "Care or supervision order – Part 4 Children Act 1989", "Page 1"),
                   f"Applicant: {c.la_name}", f"Case No: {c.case_no}",
                   *[f"Child: {k.full}  DOB {c.dob(k)}" for k in c.kids],
                   "Order(s) sought: [X] Care order  [X] Interim care order",
                   "Grounds (summary):",
                   f"The children have suffered significant harm through {c.pick('neglect and exposure to parental drug use', 'non-accidental injury to the youngest child', 'domestic abuse and the mother’s untreated mental illness')}."),
             who=c.p_court_admin(), subj=c.pick(f"NEW PUBLIC LAW {c.case_no}", "issued application", ""), names=["C110A.pdf"])


@tpl("application", via=("attach",), where="eng", law="private")
def app_enforcement(c):
    return R(lines("C79", c.pick("Application related to enforcement of a child arrangements order", "Enforcement of a child arrangements order"),
                   f"Case number {c.case_no}", f"Applicant: {c.dad.full}",
                   f"Date of the order you say has not been complied with: {c.d(c.ago(100, 200), 'dmy')}",
                   f"Describe how the order has not been complied with: {c.mum.first} has not made the children available for the last "
                   f"{c.num(3, 8)} weekends and does not answer my messages.",
                   "What do you want the court to do? Make an enforcement order and set a timetable."),
             who=c.p_court_admin(), subj=c.pick("C79 issued", ""), names=["C79.pdf"])


@tpl("application", lang="cy", via=("attach", "scan"), where="wales", law="private")
def app_c100_cy(c):
    return R(lines("C100", c.pick("Gwneud cais i'r llys am drefniadau plant", "Trefniadau plant – Deddf Plant 1989, adran 8"),
                   f"Rhif yr achos: {c.case_no}", "", "1. Am y plant",
                   *[f"Enw llawn: {k.full}  Dyddiad geni: {c.dob(k)}" for k in c.kids],
                   "2. Beth ydych chi'n gofyn i'r llys ei benderfynu?",
                   "[X] Gorchymyn trefniadau plant – treulio amser gyda", "[ ] Gorchymyn camau gwaharddedig",
                   "3. Pam?", f"Nid yw {c.resp.first} wedi gadael i mi weld y plant ers {c.pick('mis Hydref', 'y Nadolig')}."),
             who=c.p_court_admin(), subj=c.pick(f"{c.case_no} C100", "Papurau newydd", ""), names=["C100.pdf"])


@tpl("application", lang="cy", via=("attach", "scan"), where="wales", law="private")
def app_c1a_cy(c):
    return R(lines("C1A  Honiadau o niwed a thrais domestig (ffurflen wybodaeth ategol)",
                   f"Rhif yr achos {c.case_no}", f"Eich enw: {c.mum.full}",
                   "A yw'r plant wedi dioddef neu mewn perygl o ddioddef unrhyw fath o gam-drin?  Ydyn",
                   "Cam-drin domestig: [X] corfforol  [X] seicolegol  [ ] rhywiol",
                   f"Disgrifiwch y digwyddiad diweddaraf: Ar {c.dc(c.ago(60, 200))} gwthiodd {c.dad.first} fi yn erbyn y drws o flaen y plant."),
             who=c.p_court_admin(), subj=c.pick(f"{c.case_no} C1A", ""), names=["C1A.pdf"])


# ---- Position statement -----------------------------------------------------------------------
@tpl("position-statement", via=("attach",), law="private")
def ps_counsel_father(c):
    return R(lines(f"IN THE FAMILY COURT AT {c.court['place'].upper()}", f"Case No: {c.case_no}", f"{c.case_name}", "",
                   f"FATHER'S POSITION FOR THE {c.pick('FHDRA', 'DRA', 'FINAL HEARING')} ON {c.d(c.hearing, 'long').upper()}", "",
                   "1. The father seeks a child arrangements order providing for the children to spend alternate weekends and half the holidays with him.",
                   "2. He does not accept the allegations in the C1A. He invites the court to consider whether they are relevant to the arrangements sought (PD12J para 16).",
                   f"3. He has completed SPIP and is willing to undergo hair strand testing.",
                   "4. Pending the report, he seeks interim time on Saturdays at a supported contact centre.", "",
                   f"{c.counsel.full}", c.chambers, c.d(c.ago(0, 3), "long")),
             who=c.p_sol("f"), subj=c.pick(f"{c.case_name} – documents for hearing", f"{c.case_no} PS", "Hearing tomorrow"),
             names=["PS F.docx", "F position.pdf", "Doc1.docx"])


@tpl("position-statement", via=("attach", "upload", "scan"), law="private")
def ps_lip(c):
    p = c.resp
    return R(lines(f"MY POSITION – {p.full}", f"case {c.case_no}", "",
                   f"I am the {'mum' if p is c.mum else 'dad'} of {c.kidnames}. I don't have a solicitor so I have written this myself.",
                   f"What I want: {c.pick('the kids to stay living with me and see their dad in the day', 'to see my kids every weekend', 'for the court to know I am a good parent')}.",
                   f"Why: {c.pick('he was violent to me and the police have records', 'she keeps stopping contact for no reason', 'the kids are settled here')}.",
                   "I agree with the Cafcass report apart from page 6.", f"Signed {p.first}"),
             who=c.p_lip(p), subj=c.pick("for court", "my statement for thursday", "", "position"),
             names=["my position.docx", "court.docx", "IMG_1182.jpg"])


@tpl("position-statement", via=("attach",), law="public")
def ps_la_irh(c):
    return R(lines(f"{c.case_no}", f"Local Authority position statement for IRH – {c.d(c.hearing, 'long')}",
                   f"1. The local authority's final care plan is for {c.pick('placement for adoption', 'long-term foster care', 'special guardianship with the maternal grandmother')}.",
                   "2. Threshold: the parents accept paragraphs 1-6 of the threshold document; paragraph 7 remains in dispute.",
                   "3. Evidence: the ISW and hair strand reports are filed. No further assessments are sought.",
                   "4. The local authority invites the court to list a final hearing of 3 days.", "",
                   f"{c.pro().full}, Solicitor for {c.la_name}"),
             who=c.p_sw(), subj=c.pick(f"{c.case_no} – LA docs IRH", "IRH bundle additions", ""), names=["LA PS IRH.docx"])


@tpl("position-statement", via=("attach",), where="eng", law="private")
def ps_sole_practitioner(c):
    return R(lines(f"{c.case_name}  {c.case_no}", "", "On behalf of the Mother", "",
                   "- Mother opposes overnight contact pending the s7 report.",
                   "- Mother agrees to Saturday daytime contact at the contact centre.",
                   "- Mother asks the court to direct the father to undergo alcohol testing (hair strand, 6 months).",
                   "- Mother relies on her C1A and the police disclosure.", "",
                   f"{c.msol.full}, {c.mfirm['name']}"),
             who=c.p_sol("m"), subj=c.pick(f"{c.case_no} – hearing tomorrow", "", "[EXTERNAL] docs"), names=["PS.docx", "attachment-1.pdf"])


@tpl("position-statement", via=("upload", "attach"), law="public")
def ps_guardian(c):
    return R(lines(f"{c.case_no}", "Children's Guardian – position for the Case Management Hearing",
                   f"1. The guardian supports the making of interim care orders for {c.kidnames}.",
                   "2. The guardian supports the instruction of a psychologist for the mother.",
                   "3. The guardian asks that sibling contact takes place at least fortnightly.",
                   f"4. The guardian has not yet met {c.dad.first}; a meeting is arranged.",
                   f"{c.csol.full}, {c.cfirm['name']}, for the children"),
             who=c.p_sol("c"), subj=c.pick(f"{c.case_no} – guardian's PS", "draft PS – approved?", ""), names=["G PS CMH.docx"])


@tpl("position-statement", via=("scan",), where="eng", law="private")
def ps_handwritten_court(c):
    p = c.app
    return R(lines("WHAT I WANT THE COURT TO KNOW", f"{p.full}  {c.d(c.hearing, 'dots')}",
                   "1. I want to see my children.", "2. I have done the course and I don't drink.",
                   "3. I will go to a contact centre if I have to.", "4. I don't agree with what she says."), hw=True)


@tpl("position-statement", lang="cy", via=("attach",), where="wales", law="private")
def ps_counsel_cy(c):
    return R(lines(f"YN Y LLYS TEULU", f"Rhif yr achos: {c.case_no}", "",
                   f"Datganiad sefyllfa ar ran y Fam ar gyfer y gwrandawiad ar {c.dc(c.hearing)}", "",
                   "1. Mae'r fam yn gwrthwynebu amser dros nos hyd nes y ceir yr adroddiad adran 7.",
                   "2. Mae'n cytuno i amser yn ystod y dydd ar ddydd Sadwrn mewn canolfan gyswllt.",
                   "3. Mae'n gofyn i'r llys gyfarwyddo profion gwallt ar gyfer alcohol.", "",
                   c.counsel.full, c.chambers),
             who=c.p_sol("m"), subj=c.pick(f"{c.case_no} – dogfennau'r gwrandawiad", ""), names=["DS Mam.docx"])


@tpl("position-statement", lang="cy", via=("attach", "upload"), where="wales", law="private")
def ps_lip_cy(c):
    p = c.resp
    return R(lines(f"Fy safbwynt i – {p.full}", f"achos {c.case_no}", "",
                   "Does gen i ddim cyfreithiwr felly dw i wedi ysgrifennu hwn fy hun.",
                   f"Be dw i isio: {c.pick('i’r plant aros efo fi a gweld eu tad yn ystod y dydd', 'gweld y plant bob penwythnos')}.",
                   f"Pam: {c.pick('mae’r plant wedi setlo yma', 'mae hi’n stopio cyswllt heb reswm')}.",
                   f"Llofnod: {p.first}"),
             who=c.p_lip(p), subj=c.pick("ar gyfer y llys", ""), names=["safbwynt.docx"])


@tpl("position-statement", via=("attach",), where="wales", law="private")
def ps_welsh_firm_english(c):
    return R(lines(f"{c.case_no} – Applicant's position", "",
                   f"1. The applicant asks that the hearing on {c.d(c.hearing, 'long')} be conducted in Welsh.",
                   f"2. The applicant seeks to spend time with {c.kidnames} every weekend.",
                   "3. The applicant agrees to attend Working Together for Children.", "",
                   f"{c.msol.full}, {c.mfirm['name']}"),
             who=c.p_sol("m"), subj=c.pick(f"{c.case_no}", ""), names=["PS applicant.docx"])


# ---- Witness statement -----------------------------------------------------------------------
@tpl("witness-statement", via=("attach", "scan", "scan"), law="private")
def ws_mother(c):
    return R(lines(f"Case No: {c.case_no}", "Applicant / Respondent: Mother", f"Statement No: {c.num(1, 3)}", "",
                   f"STATEMENT OF {c.mum.full.upper()}", "",
                   f"I, {c.mum.full}, of {c.addr_mum}, will say as follows:",
                   f"1. I make this statement in response to the father's application. I am the mother of {c.kidnames}.",
                   f"2. {c.dad.first} and I separated in {c.pick('2021', '2022', '2023')}. During the relationship he {c.pick('controlled our money', 'drank most nights', 'was jealous and checked my phone')}.",
                   "3. I set out the incidents I rely on in the schedule attached.",
                   "", c.pick("I believe that the facts stated in this witness statement are true.",
                              "I believe that the facts stated in this statement are true.",
                              "Statement of truth: I believe the facts in this statement are true. I understand that proceedings for contempt of court may be brought against anyone who makes a false statement.")),
             who=c.p_sol("m"), subj=c.pick("Statement for filing and service", f"{c.case_no} – M's evidence", ""),
             names=["M statement.docx", "stmt.pdf"])


@tpl("witness-statement", via=("attach",), law="public")
def ws_swet(c):
    return R(lines("Social Work Evidence Template (SWET)", f"Case number: {c.case_no}", f"Local authority: {c.la_name}",
                   f"Author: {c.sw.full}, Social Worker", f"Date: {c.d(c.ago(5, 30), 'dmy')}", "",
                   "Section 1: Summary of the local authority's position",
                   f"The local authority seeks interim care orders for {c.kidnames}.",
                   "Section 2: Background and chronology of key events",
                   f"{c.d(c.ago(200, 400), 'dmy')} – referral from {c.pick('police', 'school', 'hospital')}."),
             who=c.p_sw(), subj=c.pick(f"{c.case_no} LA evidence", "SWET for filing", ""), names=["SWET.docx"])


@tpl("witness-statement", via=("attach", "scan"), law="private")
def ws_grandparent(c):
    return R(lines(f"In the Family Court at {c.court['place']}", f"{c.case_no}", "",
                   f"Statement of {c.gm.full}", "",
                   f"1. I am the maternal grandmother of {c.kidnames}. I make this statement in support of my application to spend time with them.",
                   f"2. From {c.pick('2016', '2018')} until {c.pick('last summer', 'January')} I looked after the children every week after school.",
                   "3. I have never had any involvement with social services or the police.",
                   "", "I believe that the facts stated in this statement are true.", f"Signed {c.gm.full}"),
             who=c.p_lip(c.gm), subj=c.pick("my statement", "statement for court", ""), names=["Statement nan.docx"])


@tpl("witness-statement", via=("scan",), where="eng", law="private")
def ws_father_exhibits(c):
    return R(lines(f"STATEMENT OF {c.dad.full.upper()}", f"Case {c.case_no}", "",
                   "1. I make this statement in reply to the mother's statement.",
                   "2. I deny that I was ever violent. The police attended once in 2022 and took no action.",
                   "3. I exhibit the following:", f"   DF1 – text messages {c.d(c.ago(300, 400), 'dmy')} to {c.d(c.ago(100, 200), 'dmy')}",
                   "   DF2 – certificate of completion, Separated Parents Information Programme",
                   "   DF3 – photographs of the children's bedroom", "", "Signed ....................  Dated ..........."), hw=False)


@tpl("witness-statement", via=("attach",), where="eng", law="public")
def ws_foster_carer_or_relative(c):
    return R(lines(f"{c.case_no}", f"Statement of {c.gm.full} (maternal grandmother, intervenor / prospective special guardian)", "",
                   f"1. I have cared for {c.kids[-1].first} since {c.d(c.ago(120, 300), 'long')} under a regulation 24 placement.",
                   "2. I understand what special guardianship would mean, including managing contact with my daughter.",
                   "3. I have a support network: my partner, my sister and the local church.", "",
                   "I believe that the facts stated in this witness statement are true."),
             who=c.p_sol("m"), subj=c.pick("statement – MGM", ""), names=["MGM statement.pdf"])


@tpl("witness-statement", lang="cy", via=("attach", "scan"), where="wales", law="private")
def ws_cy(c):
    return R(lines(f"Rhif yr achos: {c.case_no}", "", f"DATGANIAD {c.mum.full.upper()}", "",
                   f"Rwyf i, {c.mum.full}, o {c.addr_mum}, yn datgan fel a ganlyn:",
                   f"1. Rwy'n gwneud y datganiad hwn mewn ymateb i gais y tad. Fi yw mam {c.kidnames_cy}.",
                   f"2. Gwahanodd {c.dad.first} a minnau yn {c.pick('2021', '2022')}. Yn ystod y berthynas roedd yn {c.pick('rheoli ein harian', 'yfed bron bob nos')}.",
                   "", "Credaf fod y ffeithiau a nodir yn y datganiad hwn yn wir."),
             who=c.p_sol("m"), subj=c.pick(f"{c.case_no} – datganiad", ""), names=["datganiad mam.docx"])


@tpl("witness-statement", lang="cy", via=("attach",), where="wales", law="public")
def ws_sw_cy(c):
    return R(lines(f"{c.la_cy}", f"Rhif yr achos: {c.case_no}", "",
                   f"Datganiad {c.sw.full}, Gweithiwr Cymdeithasol", "",
                   f"1. Fi yw'r gweithiwr cymdeithasol a ddyrannwyd i {c.kidnames_cy} ers {c.dc(c.ago(100, 300))}.",
                   "2. Mae'r awdurdod lleol yn gofyn am orchmynion gofal interim.",
                   "3. Mae'r cronoleg yn Atodiad A.", "", "Credaf fod y ffeithiau a nodir yn y datganiad hwn yn wir."),
             who=c.p_sw(), subj=c.pick(f"{c.case_no} tystiolaeth", ""), names=["datganiad GC.docx"])


# ---- Previous Cafcass information ------------------------------------------------------------
@tpl("previous-cafcass", via=("tree",), where="eng", law="private")
def prev_old_sl(c):
    return R(lines(f"PREVIOUS PROCEEDINGS – copied to current case {c.case_no} on {c.d(c.ago(1, 20), 'dmy')}",
                   "Schedule 2 letter", f"Case {c.old_no}", f"Hearing {c.pick('12', '19', '26')}/0{c.num(1, 9)}/{c.num(2013, 2016)}",
                   f"Parties: {c.mum.full} (applicant), {c.dad.full} (respondent)",
                   f"Police: {c.pick('one domestic incident 2012', 'no trace')}. LA: {c.pick('not known', 'known – CIN 2011')}.",
                   "Recommendation: parties to attend PIP; no Cafcass involvement after FHDRA.", "Cafcass duty officer"),
             names=["sch2 ltr.doc", f"{c.old_no}.doc"])


@tpl("previous-cafcass", via=("tree",), where="eng", law="private")
def prev_old_s7(c):
    return R(lines(f"[Saved to {c.case_no} / Court papers / previous involvement]",
                   "Section 7 report (previous proceedings)", f"Case {c.old_no}", f"Dated {c.num(1, 28)}/0{c.num(1, 9)}/{c.num(2012, 2016)}",
                   f"Children: {c.kidnames}", "Summary of recommendations:",
                   f"Children to live with {c.mum.first}; {c.dad.first} to have alternate weekends once he completed the IDAP programme.",
                   f"Author: {c.pro().full}, FCA"),
             names=["OLD S7.doc", "s7 2014 FINAL.doc", "report.doc"])


@tpl("previous-cafcass", via=("attach", "email"), where="eng", law="private")
def prev_cms_summary(c):
    return R(lines(f"Previous Cafcass involvement found for {c.case_no}", "",
                   f"Previous case: {c.old_no} ({c.court['place']}), private law, closed {c.pick('2015', '2016', '2017')}",
                   f"Subjects: {c.mum.full}, {c.dad.full}; children {c.kidnames}",
                   f"Outcome: {c.pick('CAO by consent', 'withdrawn', 'final order after s7 report')}",
                   f"Allocated FCA: {c.pro().full}", "Documents available on ECMS archive: safeguarding letter, s7 report.",
                   "Retrieved from CMS retrieval by Business Services."),
             who=c.p_bso(), subj=c.pick("Previous case info", f"{c.case_no} – previous involvement", "CMS retrieval result"),
             names=["CMS retrieval.pdf"])


@tpl("previous-cafcass", via=("email",), where="eng")
def prev_bso_email(c):
    return R(lines(f"Hi {c.fca.first},", "",
                   f"Just to flag – there's a previous Cafcass case for these parents: {c.old_no}, closed {c.pick('2014', '2016', '2018')}. "
                   f"{c.pick('s7 was done by Leeds team, recommended supervised contact', 'It ended at FHDRA, no report', 'There was a WTFH safeguarding letter which mentions police call-outs')}.",
                   "I've moved the old documents into Court papers on the new case.", "", "Thanks", c.bso.first),
             who=c.p_bso(), subj=c.pick(f"{c.case_no} – previous case", "previous involvement", "FYI"))


@tpl("previous-cafcass", via=("tree",), where="eng", law="private")
def prev_closure(c):
    return R(lines(f"Previous case – for information in {c.case_no}", "CASE CLOSURE SUMMARY", f"{c.old_no}", f"Closed {c.num(1, 28)}/{c.num(1, 12)}/{c.num(2011, 2016)}",
                   "Reason: final order made", f"Work done: s7 report; 2 home visits; children seen x2",
                   "Risk at closure: low", "Practitioner: " + c.pro().full),
             names=["closure.doc"])


@tpl("previous-cafcass", lang="cy", via=("tree",), where="wales", law="private")
def prev_old_cy(c):
    return R(lines(f"Copi ar gyfer yr achos presennol {c.case_no}",
                   "Adroddiad adran 7 (achos blaenorol)", f"Achos {c.old_no}", f"Dyddiad: {c.num(1, 28)}/0{c.num(1, 9)}/{c.num(2013, 2016)}",
                   f"Plant: {c.kidnames_cy}", "Crynodeb o'r argymhellion:",
                   f"Y plant i fyw gyda {c.mum.first}; {c.dad.first} i'w gweld bob yn ail benwythnos.",
                   f"Awdur: {c.pro().full}, CAFCASS Cymru"),
             names=["hen adroddiad.doc", "adroddiad 2015.doc"])


@tpl("previous-cafcass", lang="cy", via=("attach", "email"), where="wales", law="private")
def prev_summary_cy(c):
    return R(lines(f"Gwybodaeth am achos blaenorol – {c.case_no}", "",
                   f"Achos blaenorol: {c.old_no} ({c.court['cy']}), cyfraith breifat, wedi cau {c.pick('2015', '2017')}",
                   f"Canlyniad: {c.pick('gorchymyn trefniadau plant trwy gytundeb', 'cais wedi’i dynnu’n ôl')}",
                   "Dogfennau ar gael: adroddiad ymholiadau diogelu, adroddiad adran 7."),
             who=c.p_bso(), subj=c.pick("achos blaenorol", ""), names=["achos blaenorol.pdf"])


# ============================================================================================
# experts-and-agency: letter-of-instruction, expert-report, provider-report,
# cp-conference-minutes, agency-information
# ============================================================================================
@tpl("letter-of-instruction", via=("attach",), law="public")
def loi_psych(c):
    return R(lines(f"Dr {c.pro().full}", "Chartered Clinical Psychologist", "", f"{c.d(c.ago(0, 5), 'long')}", "",
                   f"Dear Dr {c.pro().last},", f"Re: {c.case_name} – {c.case_no}", "",
                   "We write on behalf of all parties, the court having given permission under Part 25 FPR 2010 on "
                   f"{c.d(c.last_hearing, 'long')}. A copy of the order is enclosed.",
                   "Please address the following:",
                   f"1. Does {c.mum.first} have any psychological difficulty that affects her ability to parent?",
                   "2. If so, what treatment is recommended, and within what timescale could it be effective?",
                   "3. What is the prognosis for change within the children's timescales?",
                   f"Your report is due by {c.d(c.ahead(40, 70), 'long')}. The bundle index is enclosed.",
                   "", "Yours sincerely", f"{c.csol.full}, {c.cfirm['name']} (lead solicitor, for the children)"),
             who=c.p_sol("c"), subj=c.pick(f"{c.case_no} – LOI final", "agreed letter", ""), names=["LOI psych FINAL.docx"])


@tpl("letter-of-instruction", via=("attach",), law="public")
def loi_hair(c):
    return R(lines(f"{LABS[c.num(0, 1)]}", "Client services", "",
                   f"Instruction for hair strand testing – {c.case_no}",
                   f"Donors: {c.mum.full} (DOB {c.d(dt.date(c.num(1985, 2000), c.num(1, 12), c.num(1, 28)), 'dmy')}); {c.dad.full}",
                   "Tests: cocaine and metabolites, cannabis (THC), alcohol (EtG and FAEE), 6 months in monthly sections",
                   "Cost: shared equally between the parties, publicly funded",
                   "Please send results to all parties' solicitors and the Children's Guardian.",
                   f"{c.csol.full} for the children"),
             who=c.p_sol("c"), subj=c.pick("hair strand instruction", f"{c.case_no}", ""), names=["instruction form.pdf"])


@tpl("letter-of-instruction", via=("attach",), law="public")
def loi_isw(c):
    return R(lines(f"Dear {c.pro().full},", "Independent parenting assessment – " + c.case_no, "",
                   f"Thank you for agreeing to undertake a parenting assessment of {c.mum.first} and {c.dad.first}.",
                   "Background: the local authority issued care proceedings following concerns about neglect.",
                   "Questions:", "a) Can either parent meet the children's needs now or in the foreseeable future?",
                   "b) What support would be needed?", "c) Should the children's contact with their parents change?",
                   "Documents enclosed: bundle sections A–F.", f"Report due: {c.d(c.ahead(40, 70), 'dmy')}"),
             who=c.p_sol("c"), subj=c.pick("ISW instruction", "LOI"), names=["LOI ISW.docx"])


@tpl("letter-of-instruction", via=("attach",), where="eng", law="public")
def loi_draft_tracked(c):
    return R(lines("DRAFT – for comment by 4pm Friday", f"Letter of instruction to consultant paediatrician – {c.case_no}",
                   f"[Comment {c.csol.initials}1]: Guardian – are you content with Q4?",
                   f"1. What is the likely mechanism of the injury to {c.kids[-1].first}?",
                   "2. What is the window of time in which it was caused?",
                   "3. Would the carer have been aware that an injury had occurred?",
                   "4. Are further investigations needed (e.g. skeletal survey repeat)?"),
             who=c.p_sol("c"), subj=c.pick("draft LOI – comments please", "RE: draft letter", ""), names=["draft LOI v2.docx"])


@tpl("letter-of-instruction", via=("attach",), law="private")
def loi_private_psych(c):
    return R(lines(f"Joint instructions – {c.case_name} ({c.case_no})", "",
                   f"Dear Dr {c.pro().last}",
                   "The court has given permission for a psychological assessment of the family. The children are represented by a guardian under rule 16.4.",
                   "Please consider: the children's emotional presentation; whether they have been influenced against a parent; and what therapeutic support would help.",
                   "You may meet the children at school.", f"Letter agreed by all parties {c.d(c.ago(0, 5), 'dmy')}."),
             who=c.p_sol("c"), subj="", names=["joint LOI.pdf"])


@tpl("letter-of-instruction", lang="cy", via=("attach",), where="wales", law="public")
def loi_psych_cy(c):
    return R(lines(f"Annwyl Dr {c.pro().last},", f"{c.case_name} – {c.case_no}", "",
                   f"Ysgrifennwn ar ran pob parti. Rhoddodd y llys ganiatâd dan Ran 25 RTdT 2010 ar {c.dc(c.last_hearing)}.",
                   "Atebwch y cwestiynau canlynol:",
                   f"1. A oes gan {c.mum.first} unrhyw anhawster seicolegol sy'n effeithio ar ei gallu i rianta?",
                   "2. Os felly, pa driniaeth a argymhellir?",
                   f"Mae'r adroddiad i'w gyflwyno erbyn {c.dc(c.ahead(40, 70))}. Dylid cynnal yr asesiad yn Gymraeg.",
                   "", "Yn gywir", f"{c.csol.full} (ar ran y plant)"),
             who=c.p_sol("c"), subj=c.pick(f"{c.case_no} llythyr terfynol", ""), names=["llythyr cyfarwyddo.docx"])


@tpl("letter-of-instruction", lang="cy", via=("attach",), where="wales", law="public")
def loi_isw_cy(c):
    return R(lines(f"Annwyl {c.pro().full},", f"Asesiad rhianta annibynnol – {c.case_no}", "",
                   f"Diolch am gytuno i gynnal asesiad rhianta o {c.mum.first} a {c.dad.first}.",
                   "Cwestiynau:", "a) A all y naill riant neu'r llall ddiwallu anghenion y plant?",
                   "b) Pa gymorth fyddai ei angen?", f"Dyddiad cyflwyno: {c.dc(c.ahead(40, 70), 'dmy')}"),
             who=c.p_sol("c"), subj=c.pick("cyfarwyddyd GCA", ""), names=["cyfarwyddyd.docx"])


# ---- Expert report ---------------------------------------------------------------------------
@tpl("expert-report", via=("attach",), law="public")
def exp_psych_summary(c):
    return R(lines(f"Psychological assessment of {c.mum.full}", f"{c.case_no}", "Summary of opinion",
                   f"1. {c.mum.first} presents with symptoms consistent with {c.pick('complex post-traumatic stress disorder', 'a recurrent depressive disorder', 'emotionally unstable personality traits')}.",
                   "2. These difficulties affect her ability to prioritise the children's needs at times of stress.",
                   f"3. I recommend {c.pick('trauma-focused therapy of 12-18 months', 'DBT-informed therapy', 'a period of stability before therapy')}; the prognosis within the children's timescales is guarded.",
                   "I confirm that I have complied with my duty to the court under Part 25 FPR 2010.", f"Dr {c.pro().full}"),
             who=c.p_expert(), subj=c.pick(f"Report – {c.case_no}", "report attached", ""), names=["report.pdf", "Psych report FINAL.pdf"])


@tpl("expert-report", via=("attach",), law="public")
def exp_hair(c):
    return R(lines(LABS[c.num(0, 1)], f"Report of hair strand analysis – {c.case_no}", f"Donor: {c.dad.full}",
                   f"Sample collected: {c.d(c.ago(14, 30), 'dmy')}  Length: 6 cm (approx. 6 months)",
                   "Section\tCocaine (ng/mg)\tBenzoylecgonine\tTHC", "0-1 cm\t0.9\t0.12\tNot detected",
                   "1-2 cm\t1.4\t0.2\tNot detected", "2-3 cm\t<0.2\tNot detected\tNot detected",
                   "Interpretation: the results are consistent with repeated use of cocaine in the most recent two months.",
                   "Reporting scientist: " + c.pro().full),
             who=c.p_sol("c"), subj=c.pick("results", f"{c.case_no} – HST results", ""), names=["results.pdf"])


@tpl("expert-report", via=("attach",), law="public")
def exp_isw_conclusion(c):
    return R(lines("Conclusions and recommendations",
                   f"9.1 {c.dad.first} has shown commitment to the children and attended all sessions.",
                   f"9.2 However, he was unable to show an understanding of the risks posed by {c.mum.first}'s drug use.",
                   "9.3 I cannot recommend that the children are placed in his care.",
                   "Statement of truth and declaration: I understand my duty to the court.",
                   f"{c.pro().full}, Independent Social Worker, SWE registered", f"Page {c.num(30, 45)} of {c.num(46, 60)}"),
             who=c.p_expert(), subj=c.pick("ISW report", ""), names=["ISW final.pdf"])


@tpl("expert-report", via=("attach",), where="eng", law="public")
def exp_psychiatric(c):
    return R(lines("CONFIDENTIAL – PREPARED FOR THE FAMILY COURT", f"Psychiatric report on {c.dad.full}",
                   f"Instructed by: {c.cfirm['name']} (lead solicitor)", f"Date of interview: {c.d(c.ago(20, 40), 'long')}",
                   "Documents read: bundle sections A–H (list at appendix 2)", "Contents", "1. Summary 2. Background 3. Mental state examination 4. Opinion"),
             who=c.p_expert(), subj="", names=["report.pdf"])


@tpl("expert-report", via=("attach",), where="eng", law="public")
def exp_paed(c):
    k = c.kids[-1]
    return R(lines(f"Paediatric overview report – {k.full}", f"Author: Dr {c.pro().full}, Consultant Paediatrician",
                   f"1. {k.first} was admitted on {c.d(c.ago(100, 160), 'long')} with a fracture of the {c.pick('left femur', 'right humerus', 'posterior ribs')}.",
                   "2. In my opinion the injury is most likely inflicted; no medical explanation has been found.",
                   "3. The most likely timeframe is 7 to 14 days before the X-ray."),
             who=c.p_expert(), subj="", names=["paed report.pdf"])


@tpl("expert-report", lang="cy", via=("attach",), where="wales", law="public")
def exp_isw_cy(c):
    return R(lines("Casgliadau ac argymhellion",
                   f"9.1 Mae {c.dad.first} wedi dangos ymrwymiad i'r plant a mynychu pob sesiwn.",
                   f"9.2 Fodd bynnag, nid oedd yn gallu dangos ei fod yn deall y risgiau sy'n deillio o ddefnydd {c.mum.first} o gyffuriau.",
                   "9.3 Ni allaf argymell bod y plant yn cael eu lleoli yn ei ofal.",
                   f"{c.pro().full}, Gweithiwr Cymdeithasol Annibynnol", f"Tudalen {c.num(30, 45)}"),
             who=c.p_expert(), subj=c.pick("adroddiad", ""), names=["adroddiad GCA.pdf"])


@tpl("expert-report", lang="cy", via=("attach",), where="wales", law="public")
def exp_psych_cy(c):
    return R(lines(f"Asesiad seicolegol o {c.mum.full}", f"{c.case_no}", "Crynodeb o'r farn",
                   f"1. Mae {c.mum.first} yn dangos symptomau sy'n gyson ag {c.pick('anhwylder iselder', 'anhwylder straen wedi trawma')}.",
                   "2. Mae'r anawsterau hyn yn effeithio ar ei gallu i roi anghenion y plant yn gyntaf.",
                   "3. Argymhellaf therapi am 12 mis; mae'r prognosis o fewn amserlen y plant yn ansicr.",
                   f"Dr {c.pro().full}"),
             who=c.p_expert(), subj=c.pick(f"Adroddiad {c.case_no}", ""), names=["adroddiad seicolegol.pdf"])


# ---- Commissioned service report -------------------------------------------------------------
@tpl("provider-report", via=("attach", "scan", "scan"), law="private")
def prov_contact_centre(c):
    return R(lines(c.centre, "Supervised contact – session record", f"Referral ref: {c.case_no}",
                   f"Date: {c.d(c.ago(3, 12), 'dmy')}  Time: 10:00–12:00", f"Visiting parent: {c.dad.full}   Children: {c.kidnames}",
                   f"Arrival: {c.pick('on time', '10 minutes late', 'early')}",
                   f"Observations: {c.dad.first} brought {c.pick('a board game', 'drawing things', 'snacks and a football')}. The children greeted him warmly. "
                   f"{c.pick('He praised them and managed squabbles calmly.', 'He asked about the mother’s new partner and was reminded of the ground rules.', 'He spent some time on his phone.')}",
                   "Concerns: " + c.pick("none", "one reminder given", "see above"),
                   f"Supervisor: {c.pro('f').full}"),
             who=c.p_centre(), subj=c.pick(f"Session report {c.d(c.ago(3, 12), 'dmy')}", "contact notes", ""), names=["session report.pdf"])


@tpl("provider-report", via=("attach", "email", "scan"), where="eng", law="private")
def prov_spip(c):
    p = c.pick(c.mum, c.dad)
    return R(lines("Separated Parents Information Programme – attendance confirmation",
                   f"Participant: {p.full}", f"Court ref: {c.case_no}",
                   f"Sessions attended: 2 of 2 ({c.d(c.ago(20, 40), 'dmy')} and {c.d(c.ago(5, 15), 'dmy')})",
                   "Status: completed", "This confirmation is sent to Cafcass as the referring body."),
             who=c.p_provider("Pathways Parenting CIC"), subj=c.pick("SPIP completion", f"SPIP {c.case_no}"), names=["certificate.pdf"])


@tpl("provider-report", via=("attach",), where="eng", law="private")
def prov_dapp(c):
    return R(lines("Changing Course Programme (DAPP) – progress report", f"Participant: {c.dad.full}", f"Referral: Cafcass, {c.case_no}",
                   f"Sessions attended: {c.num(8, 20)} of 24", f"Engagement: {c.pick('good', 'variable – two sessions missed', 'limited')}",
                   "Partner support service: contact with ex-partner offered; she declined / accepted.",
                   f"Facilitator's view: {c.pick('beginning to recognise the impact of his behaviour on the children', 'minimises past abuse', 'engaged and reflective')}.",
                   "This report is not a risk assessment."),
             who=c.p_provider("Changing Course Programme"), subj=c.pick("progress report", f"{c.case_no} DAPP"), names=["progress report.pdf"])


@tpl("provider-report", via=("email",), law="private")
def prov_centre_incident(c):
    return R(lines(f"Hi {c.fca.first},", "",
                   f"Just to let you know there was an incident at the end of Saturday's session ({c.kidnames}). "
                   f"{c.dad.first} {c.pick('followed mum into the car park', 'raised his voice at the handover worker', 'tried to give the children a phone')}. "
                   "We have suspended further sessions pending a review meeting.", "Full incident form attached.", "", "Regards"),
             who=c.p_centre(), subj=c.pick("incident at centre", f"Incident – {c.k1.last}", "URGENT: contact suspended"))


@tpl("provider-report", via=("attach",), law="private")
def prov_referral_form(c):
    return R(lines("REFERRAL FORM – supported/supervised contact", f"Referrer: {c.fca.full}, {c.svc}",
                   f"Case: {c.case_no}", f"Children: {c.kidnames}", f"Resident parent: {c.mum.full}", f"Non-resident parent: {c.dad.full}",
                   "Level of supervision: supervised", "Risk information shared: yes (see attached risk assessment)",
                   "Accepted by centre: [X] yes  [ ] no", f"First session: {c.d(c.ahead(7, 20), 'dmy')}"),
             who=c.p_centre(), subj=c.pick("referral accepted", "RE: referral", ""), names=["referral form.pdf"])


@tpl("provider-report", lang="cy", via=("attach",), where="wales", law="private")
def prov_wt4c_cy(c):
    p = c.pick(c.mum, c.dad)
    return R(lines("Gweithio Gyda'n Gilydd er mwyn Plant (WT4C) – cadarnhad presenoldeb",
                   f"Cyfranogwr: {p.full}", f"Cyfeirnod y llys: {c.case_no}",
                   f"Sesiynau a fynychwyd: 2 o 2 ({c.dc(c.ago(20, 40), 'dmy')} a {c.dc(c.ago(5, 15), 'dmy')})",
                   "Statws: wedi cwblhau", "Anfonir y cadarnhad hwn at CAFCASS Cymru."),
             who=c.p_provider("Gweithio Gyda'n Gilydd er mwyn Plant"), subj=c.pick("WT4C", ""), names=["tystysgrif.pdf"])


@tpl("provider-report", lang="cy", via=("attach",), where="wales", law="private")
def prov_centre_cy(c):
    return R(lines(c.centre, "Cofnod sesiwn gyswllt dan oruchwyliaeth", f"Cyf: {c.case_no}",
                   f"Dyddiad: {c.dc(c.ago(3, 12), 'dmy')}  10:00–12:00", f"Rhiant: {c.dad.full}   Plant: {c.kidnames_cy}",
                   f"Sylwadau: daeth {c.dad.first} â gêm fwrdd. Cyfarchodd y plant ef yn gynnes.",
                   "Pryderon: dim", f"Goruchwyliwr: {c.pro('f').full}"),
             who=c.p_centre(), subj=c.pick("cofnod sesiwn", ""), names=["cofnod sesiwn.pdf"])


# ---- Child protection conference minutes -----------------------------------------------------
@tpl("cp-conference-minutes", via=("attach", "scan"))
def cp_icpc(c):
    return R(lines(c.la_name, "INITIAL CHILD PROTECTION CONFERENCE – RECORD", "Record type: Child Protection",
                   f"Date: {c.d(c.ago(30, 120), 'dmy')}   Chair: {c.pro().full} (Independent Chair)",
                   f"Children: {', '.join(k.first + ' ' + k.last for k in c.kids)}",
                   f"Present: {c.mum.full} (mother); {c.sw.full} (social worker); {c.pro().full} (health visitor); {c.pro().full} (DSL, {c.school}); police PPU (report only)",
                   f"Apologies: {c.dad.full}; GP",
                   "Reason for conference: " + c.pick("domestic abuse incident on 14 January with children present", "concerns of neglect raised by school", "unexplained bruising"),
                   f"Decision: the children will be subject to a child protection plan under the category of {c.pick('emotional abuse', 'neglect', 'physical abuse')}."),
             who=c.p_sw(), subj=c.pick("minutes", f"ICPC minutes {c.k1.last}", ""), rc="child-protection", names=["ICPC minutes.pdf"])


@tpl("cp-conference-minutes", via=("attach",), law="public")
def cp_rcpc(c):
    return R(lines(f"{c.la_name} – Review Child Protection Conference", f"Held: {c.d(c.ago(20, 60), 'long')}",
                   f"Chair: {c.pro().full}", "Record type: Child Protection",
                   "Progress since last conference:", "- core groups held monthly; mother engaging with drug service",
                   "- two further police call-outs in December",
                   "Views of agencies: school – attendance improved; health – missed appointment", 
                   "Decision: the plan continues (unanimous). Next review in 6 months."),
             who=c.p_sw(), subj=c.pick("RCPC minutes", ""), rc="child-protection", names=["RCPC.pdf"])


@tpl("cp-conference-minutes", via=("attach",))
def cp_outline_plan(c):
    rcl = c.chance(0.5)
    return R(lines("Outline child protection plan (agreed at conference)", "Record type: Child Protection" if rcl else None,
                   f"Children: {c.kidnames}", "Key worker: " + c.sw.full,
                   "Action | Who | By when",
                   f"Mother to attend Freedom Programme | {c.mum.first} | {c.d(c.ahead(20, 60), 'dmy')}",
                   f"Unannounced visits fortnightly | Social worker | ongoing",
                   f"Health visitor developmental review | HV | {c.d(c.ahead(10, 30), 'dmy')}",
                   "Father to have no unsupervised contact pending assessment | Father | ongoing",
                   f"Core group date: {c.d(c.ahead(5, 15), 'dmy')}",
                   "Page 6 of 7"),
             who=c.p_sw(), subj="", names=["plan page.pdf"], rc="child-protection" if rcl else None)


@tpl("cp-conference-minutes", via=("attach",), where="eng")
def cp_decision_page(c):
    rcl = c.chance(0.5)
    return R(lines(f"{c.la_name} – Children's Social Care", "Case file type: Child Protection" if rcl else None, "Decision", "Chair's summary:",
                   f"The conference heard that {c.kidnames} {c.have} been exposed to {c.pick('repeated domestic abuse', 'parental alcohol misuse', 'poor home conditions')}.",
                   "Members were asked whether the children are at continuing risk of significant harm.",
                   "Voting: social care – yes; health – yes; education – yes; police – yes",
                   "The children are to be made subject to a child protection plan.",
                   "Category: emotional abuse", "Distribution: conference members; parents (with exclusions)."),
             who=c.p_sw(), subj=c.pick("minutes for court bundle", ""), names=["minutes.pdf"],
             rc="child-protection" if rcl else None)


@tpl("cp-conference-minutes", via=("attach",), where="eng", law="public")
def cp_transfer_in(c):
    return R(lines(f"Transfer-in Child Protection Conference – {c.la_name}",
                   f"The family moved from {c.pick('Manchester', 'Lancashire', 'Tower Hamlets')} in {c.pick('December', 'January')}.",
                   "Present: chair, SW, HV, school, mother", "Record type: Child Protection",
                   "The conference agreed to continue the plan under the category of neglect.",
                   "Review conference in 3 months."),
             who=c.p_sw(), subj="", rc="child-protection", names=["transfer in minutes.pdf"])


@tpl("cp-conference-minutes", lang="cy", via=("attach", "scan"), where="wales")
def cp_icpc_cy(c):
    return R(lines(c.la_cy, "COFNODION CYNHADLEDD AMDDIFFYN PLANT GYCHWYNNOL",
                   f"Dyddiad: {c.dc(c.ago(30, 120), 'dmy')}   Cadeirydd: {c.pro().full}",
                   f"Plant: {c.kidnames_cy}",
                   f"Yn bresennol: {c.mum.full} (mam); {c.sw.full} (gweithiwr cymdeithasol); ymwelydd iechyd; ysgol",
                   f"Rheswm: {c.pick('digwyddiad cam-drin domestig gyda’r plant yn bresennol', 'pryderon esgeulustod gan yr ysgol')}",
                   f"Penderfyniad: rhoi enwau'r plant ar y Gofrestr Amddiffyn Plant dan y categori {c.pick('cam-drin emosiynol', 'esgeulustod')}."),
             who=c.p_sw(), subj=c.pick("cofnodion", ""), names=["cofnodion.pdf"])


@tpl("cp-conference-minutes", lang="cy", via=("attach",), where="wales")
def cp_review_cy(c):
    return R(lines(f"{c.la_cy} – Cynhadledd Adolygu", f"Dyddiad: {c.dc(c.ago(20, 60))}", f"Cadeirydd: {c.pro().full}",
                   "Math o gofnod: Amddiffyn Plant",
                   "Cynnydd: grwpiau craidd yn fisol; y fam yn ymgysylltu â'r gwasanaeth cyffuriau.",
                   "Penderfyniad: y cynllun yn parhau. Adolygiad nesaf ymhen 6 mis."),
             who=c.p_sw(), subj="", rc="child-protection", names=["adolygiad.pdf"])


# ---- Agency information ----------------------------------------------------------------------
@tpl("agency-information", via=("attach", "scan", "scan"))
def ag_gp(c):
    p = c.pick(c.mum, c.dad)
    return R(lines(c.surgery, f"{c.d(c.ago(1, 10), 'long')}", "", "Dear Sir/Madam", f"Re: {p.full}", "",
                   f"Thank you for your request. With {p.first}'s consent, I can confirm that {p.he} has been registered with the practice since {c.num(2008, 2020)}.",
                   f"{c.pick('She has been treated for anxiety and depression since 2021 and takes sertraline 100mg. She attends reviews.', 'He has attended with alcohol-related problems twice (2022) and was referred to the community alcohol service.', 'There is nothing in the record that raises concern about parenting.')}",
                   "I hope this is helpful.", "", "Yours faithfully", f"Dr {c.pro().full}"),
             who=c.p_gp(), subj=c.pick("RE: request for information", "GP letter", ""), names=["GP letter.pdf"])


@tpl("agency-information", via=("attach",))
def ag_hv_chronology(c):
    k = c.kids[-1]
    return R(lines(f"Health visiting chronology – {k.full} (DOB {c.dob(k)})",
                   "Date | Contact | Summary",
                   f"{c.d(c.ago(700, 800), 'dmy')} | New birth visit | Mum and baby well; DV routine enquiry – no disclosure",
                   f"{c.d(c.ago(500, 600), 'dmy')} | 1 year review | Not brought; rebooked",
                   f"{c.d(c.ago(300, 400), 'dmy')} | Home visit | Home cluttered; mum low in mood; GP advised",
                   f"{c.d(c.ago(50, 150), 'dmy')} | 2 year review | Speech delay, referred to SALT"),
             who=c.p_health(), subj=c.pick("chronology as requested", ""), names=["HV chronology.docx"])


@tpl("agency-information", via=("attach", "scan"))
def ag_school_report(c):
    k = c.k1
    return R(lines(c.school, f"Information for the court – {k.full}", f"Year group: {k.age - 4}",
                   f"Attendance: {c.num(80, 98)}% ({c.num(2, 9)} lates)",
                   f"Progress: {c.pick('working at expected standard', 'below expected in writing', 'greater depth in maths')}",
                   f"Wellbeing: {k.first} {c.pick('is a happy member of the class', 'has seemed withdrawn since January', 'talks about both homes positively')}.",
                   f"Parental contact: {c.pick('both parents attend parents evening separately', 'mum is the main contact', 'dad collects on Fridays')}.",
                   f"{c.pro().full}, {c.pick('Headteacher', 'DSL', 'Class teacher')}"),
             who=c.p_dsl(), subj=c.pick("school report for court", f"{k.first} – info", ""), names=["school info.docx"])


@tpl("agency-information", via=("attach",), where="eng")
def ag_cfa(c):
    return R(lines(c.la_name, "Child and Family Assessment (copy for the court)", "Record type: All other children's social care",
                   f"Children: {c.kidnames}", f"Assessment start: {c.d(c.ago(200, 300), 'dmy')}   Completed: {c.d(c.ago(150, 199), 'dmy')}",
                   f"Reason for assessment: {c.pick('police notification of domestic incident', 'school referral', 'anonymous referral re home conditions')}",
                   "Analysis: the children's needs are met; the parents have separated and the risk has reduced.",
                   "Outcome: step down to universal services / closed"),
             who=c.p_sw(), subj=c.pick("copy assessment", ""), rc="other-childrens-social-care", names=["C&F assessment.pdf"])


@tpl("agency-information", via=("attach", "scan"), where="eng")
def ag_camhs(c):
    k = _older(c, 10)
    return R(lines(f"{c.la['nhs']} – CAMHS", f"{c.d(c.ago(5, 40), 'long')}", f"Re: {k.full}, DOB {c.dob(k)}", "",
                   f"{k.first} was seen for an initial assessment following a referral from {c.pick('the GP', 'school')}.",
                   f"{k.he.capitalize()} described {c.pick('low mood and difficulty sleeping', 'worries about the court case', 'anger outbursts at home')}.",
                   "Outcome: offered 6 sessions of CBT-informed work; parent to attend first session.", "",
                   f"{c.pro().full}, Mental Health Practitioner"),
             who=c.p_health("CAMHS Practitioner"), subj=c.pick("CAMHS letter", ""), names=["CAMHS letter.pdf"])


@tpl("agency-information", via=("attach", "email", "scan"))
def ag_refuge(c):
    return R(lines(f"To whom it may concern", "",
                   f"I am writing to confirm that {c.mum.first} and {c.kidnames} {c.have} been resident at our refuge since {c.d(c.ago(40, 120), 'long')}.",
                   f"{c.mum.first} has engaged with one-to-one support and completed the {c.pick('Freedom Programme', 'Recovery Toolkit')}.",
                   f"The children attend the refuge's children's group and have settled at {c.school}.",
                   "Please do not disclose the location of the refuge."),
             who=c.p_refuge(), subj=c.pick("support letter", "letter for court", ""), names=["support letter.pdf"])


@tpl("agency-information", via=("attach",), law="public")
def ag_lac_review(c):
    k = c.k1
    return R(lines(c.la_name, "Looked After Child Review – record", "Record type: Looked After Child",
                   f"Child: {k.full}   Legal status: s38 interim care order", f"Review date: {c.d(c.ago(10, 40), 'dmy')}  IRO: {c.pro().full}",
                   f"Placement: foster carers ({c.pick('in house', 'IFA')}), since {c.d(c.ago(60, 150), 'dmy')}",
                   f"Health: initial health assessment completed; dental check due", "Education: PEP held, attendance 96%",
                   "Contact: mother 3x weekly supervised; father 1x weekly",
                   "Recommendations: sibling contact to increase"),
             who=c.p_sw(), subj=c.pick("LAC review", ""), rc="looked-after-child", names=["LAC review.pdf"])


@tpl("agency-information", via=("attach",), where="eng", law="public")
def ag_cpr(c):
    k = c.kids[-1]
    return R(lines("CHILD'S PERMANENCE REPORT (extract)", "Record type: Adoption", f"Child: {k.full}",
                   f"Agency: {c.la_name} / regional adoption agency",
                   "Section 3: The child's needs and development", f"{k.first} is a {k.age}-year-old {k.boygirl} who is meeting milestones.",
                   "Section 5: Contact plan", "Letterbox contact with birth mother twice a year."),
             who=c.p_sw(), subj="", rc="adoption", names=["CPR extract.pdf"])


@tpl("agency-information", via=("attach",), where="eng", law="public")
def ag_return_interview(c):
    k = _older(c, 13)
    return R(lines(f"{c.la_name} – Return Home Interview", "Record type: Missing person (CPR)",
                   f"Young person: {k.full}", f"Missing episode: {c.d(c.ago(10, 40), 'dmy')} 19:00 to next day 11:00",
                   f"Reported by: foster carer   Found: {c.pick('at a friend’s house', 'in the town centre by police', 'returned on own')}",
                   f"{k.first} said {k.he} went {c.pick('to see mum', 'with older friends', 'because of an argument about phone use')}.",
                   "Risk: medium – CSE screening tool completed."),
             who=c.p_sw(), subj="", rc="missing-person", names=["RHI.pdf"])


@tpl("agency-information", via=("attach",), where="eng", law="public")
def ag_form_f(c):
    return R(lines("Form F – foster carer assessment (summary for the court)", "Record type: Foster carers",
                   f"Applicants: {c.gm.full} and partner (connected persons)",
                   f"Assessing social worker: {c.pro().full}", "Recommendation: approval as connected person foster carers for " + c.kidnames,
                   "Fostering panel date: " + c.d(c.ahead(10, 40), "dmy")),
             who=c.p_sw(), subj="", rc="foster-carers", names=["Form F summary.pdf"])


@tpl("agency-information", lang="cy", via=("attach", "scan"), where="wales")
def ag_school_cy(c):
    k = c.k1
    return R(lines(c.school, f"Gwybodaeth i'r llys – {k.full}", f"Presenoldeb: {c.num(80, 98)}%",
                   f"Cynnydd: {c.pick('yn gweithio ar y lefel ddisgwyliedig', 'angen cymorth gyda darllen', 'yn rhagori mewn mathemateg')}",
                   f"Lles: mae {k.first} {c.pick('yn hapus yn y dosbarth', 'wedi bod yn dawel ers mis Ionawr', 'yn siarad yn gadarnhaol am y ddau gartref')}.",
                   f"Cyswllt â'r rhieni: {c.pick('mae’r ddau riant yn dod i nosweithiau rhieni ar wahân', 'Mam yw’r prif gyswllt')}.",
                   f"{c.pro().full}, Pennaeth"),
             who=c.p_dsl(), subj=c.pick("gwybodaeth ysgol", ""), names=["gwybodaeth ysgol.docx"])


@tpl("agency-information", lang="cy", via=("attach",), where="wales")
def ag_hv_cy(c):
    k = c.kids[-1]
    return R(lines(f"Crynodeb ymwelydd iechyd – {k.full} (ganwyd {c.dob(k)})", c.la["hb_cy"],
                   f"{c.dc(c.ago(500, 600), 'dmy')} – Adolygiad blwydd: heb ddod; ail-drefnwyd",
                   f"{c.dc(c.ago(300, 400), 'dmy')} – Ymweliad cartref: y fam yn isel ei hysbryd; cyngor i weld y meddyg teulu",
                   f"{c.dc(c.ago(50, 150), 'dmy')} – Adolygiad dwy flwydd: oedi lleferydd, atgyfeirio at therapi iaith",
                   f"{c.pro('f').full}, Ymwelydd Iechyd"),
             who=c.p_health("Ymwelydd Iechyd / Health Visitor"), subj=c.pick("crynodeb", ""), names=["crynodeb HV.docx"])


@tpl("agency-information", lang="cy", via=("attach", "scan"), where="wales")
def ag_gp_cy(c):
    p = c.pick(c.mum, c.dad)
    return R(lines(c.surgery, c.dc(c.ago(1, 10)), "", "Annwyl Syr/Madam", f"{p.full}", "",
                   f"Diolch am eich cais. Gyda chaniatâd {p.first}, gallaf gadarnhau bod {p.first} wedi'i {'chofrestru' if p.g == 'f' else 'gofrestru'} gyda'r feddygfa ers {c.num(2008, 2020)}.",
                   f"{c.pick('Nid oes dim yn y cofnod sy’n codi pryder am rianta.', 'Mae wedi cael triniaeth am iselder ers 2021 ac yn mynychu adolygiadau.')}",
                   "", "Yn gywir", f"Dr {c.pro().full}"),
             who=c.p_gp(), subj=c.pick("llythyr meddyg teulu", ""), names=["llythyr MT.pdf"])


# ============================================================================================
# legal-advice: legal-advice, solicitor-correspondence, legal-call-note
# ============================================================================================
@tpl("legal-advice", via=("email",), where="eng")
def la_disclosure(c):
    return R(lines(f"Hi {c.fca.first},", "",
                   f"You asked whether you can share the police information in {c.case_no} with the parents before the hearing.",
                   "The short answer is no, not in its raw form. The police disclosed it to Cafcass for safeguarding purposes and the "
                   "protocol requires their consent before onward disclosure. You can summarise in your report what is relevant, "
                   "but the underlying log should only be disclosed if the court orders it, and the force should be given notice.",
                   f"If {c.mum.first}'s solicitor presses, refer them to the court. Happy to discuss.", "", c.lawyer.first),
             who=c.p_legal(), subj=c.pick(f"RE: Advice please – {c.case_no} – disclosure of police info", "RE: query re PNC",
                                          "PRIVILEGED: RE: disclosure"))


@tpl("legal-advice", via=("email",), where="eng", law="private")
def la_r164(c):
    return R(lines(f"{c.fca.first} –", "",
                   f"Thanks for the summary. On the facts you give (entrenched dispute, {c.k1.first} refusing to see {c.dad.first}, "
                   "allegations of alienating behaviour) I think there is a proper basis to invite the court to consider making the "
                   "children parties under rule 16.4, with Cafcass as guardian. The practice direction (PD16A) sets out when this is appropriate.",
                   "Please discuss with your service manager first; if agreed, put it as a recommendation in your report with reasons. "
                   "Do not ask a solicitor to act until the court has made the appointment.", "", "Best", c.lawyer.full),
             who=c.p_legal(), subj=c.pick("RE: 16.4?", f"RE: {c.case_name} – advice", "Legal advice – rule 16.4"))


@tpl("legal-advice", via=("attach",), where="eng")
def la_memo(c):
    return R(lines("PRIVILEGED AND CONFIDENTIAL – PREPARED FOR THE PURPOSE OF GIVING LEGAL ADVICE", "Cafcass Legal",
                   f"To: {c.fca.full}; cc {c.pm.full}", f"Re: {c.case_no} – witness summons", "",
                   f"1. You have been served with a witness summons by {c.pick('the father', 'the mother’s solicitors')} to attend the final hearing.",
                   "2. As the author of the section 7 report you would in any event be expected to attend if your recommendations are disputed.",
                   "3. The summons is unnecessary but valid. You should comply. I will write to the court to confirm your availability.",
                   "4. You should not bring your case notes unless asked; the court can direct disclosure."),
             who=c.p_legal(), subj=c.pick("advice note attached", "RE: summons", ""), names=["advice note.docx"])


@tpl("legal-advice", via=("email",), where="eng")
def la_criticism(c):
    return R(lines("Dear both,", "",
                   f"I have read the transcript of {c.judge}'s judgment. The criticism of the report at paragraphs 34 to 36 is "
                   "of the weight given to the child's views, not of your conduct. In my view there are no grounds for Cafcass to appeal and "
                   "no need for any response to the court.",
                   "Please add a note to the contact log and copy this email into the Legal advice folder.", "", c.lawyer.full),
             who=c.p_legal(), subj=c.pick("Judgment – my view", f"{c.case_no}", "PRIVILEGED: RE: judgment"))


@tpl("legal-advice", via=("email",), where="eng", law="public")
def la_public_threshold(c):
    return R(lines(f"{c.fca.first},", "",
                   "On your question about the local authority's amended threshold: the guardian is not bound to agree it, but "
                   f"should take a position on each finding sought. In {c.case_no} I would suggest you support paragraphs 1 to 5 and "
                   "leave 6 (the alleged drug use in 2020) to the court, as the evidence is only hearsay.",
                   f"Please make sure {c.csol.full} has your instructions before the advocates' meeting.", "", c.lawyer.first),
             who=c.p_legal(), subj=c.pick("RE: threshold", "advice", ""))


@tpl("legal-advice", lang="cy", via=("email",), where="wales")
def la_cy(c):
    return R(lines(f"{c.fca.first},", "",
                   f"Diolch am eich neges ynglŷn â rhannu gwybodaeth yr heddlu yn achos {c.case_no}.",
                   "Ni ddylech rannu'r log ei hun gyda'r partïon heb ganiatâd yr heddlu neu orchymyn llys. Gallwch grynhoi'r "
                   "wybodaeth berthnasol yn eich adroddiad.",
                   "Cofiwch gadw'r e-bost hwn yn y ffolder cyfreithiol; mae'n gyfrinachol ac yn freintiedig.", "", c.lawyer.first),
             who=c.p_legal(), subj=c.pick("RE: Cyngor – datgelu", f"RE: {c.case_no}", "Cyfrinachol"))


@tpl("legal-advice", lang="cy", via=("attach", "email"), where="wales")
def la_memo_cy(c):
    return R(lines("BREINTIEDIG A CHYFRINACHOL", "Gwasanaethau Cyfreithiol – CAFCASS Cymru", f"At: {c.fca.full}", f"{c.case_no} – gwŷs tyst", "",
                   "1. Rydych wedi derbyn gwŷs i fynychu'r gwrandawiad terfynol.",
                   "2. Fel awdur yr adroddiad, byddai disgwyl i chi fynychu beth bynnag os yw'r argymhellion yn cael eu herio.",
                   "3. Dylech gydymffurfio. Byddaf yn ysgrifennu at y llys i gadarnhau eich bod ar gael."),
             who=c.p_legal(), subj=c.pick("nodyn cyngor", ""), names=["nodyn.docx"])


# ---- Correspondence with the child's solicitor --------------------------------------------------
@tpl("solicitor-correspondence", via=("email",), law="public")
def sc_draft_ps(c):
    return R(lines(f"Dear {c.fca.first},", "",
                   f"I attach a draft position statement for the CMH on {c.d(c.hearing, 'long')}. I have based it on our call on Monday.",
                   "Could you let me have any amendments by 12 noon tomorrow? In particular please check paragraph 4 (sibling contact).", "",
                   "Kind regards", c.csol.first),
             who=c.p_sol("c"), subj=c.pick(f"{c.case_name} – draft PS for approval", "draft for your approval", f"{c.case_no}"))


@tpl("solicitor-correspondence", via=("email",), law="public")
def sc_instructions(c):
    return R(lines(f"Hi {c.csol.first},", "",
                   f"Thanks for the draft. I'm happy with it save for para 3 – I do support the ISW assessment of {c.dad.first} but not "
                   "a further psychological assessment of the mother; I think the existing report answers the question.",
                   f"I'm visiting {c.kidnames} on Thursday and will update you after.", "", c.fca.first),
             who=c.p_fca(guardian=True), subj=c.pick("RE: draft PS", f"RE: {c.case_no} – draft", ""))


@tpl("solicitor-correspondence", via=("attach",), where="eng", law="public")
def sc_acceptance_letter(c):
    return R(lines(c.cfirm["name"], f"{c.d(c.ago(1, 6), 'long')}", f"{c.fca.full}", "Children's Guardian", "",
                   f"Dear {c.fca.formal},", f"Re: {c.kidnames} – {c.case_no}", "",
                   "Thank you for appointing me to act for the children. I confirm that I have accepted instructions and that "
                   "legal aid has been applied for.",
                   "I will attend the CMH and have asked the local authority for the bundle. I suggest we speak before the advocates' meeting.",
                   "", "Yours sincerely", c.csol.full),
             who=c.p_sol("c"), subj=c.pick("acceptance of instructions", "letter attached", ""), names=["letter to guardian.pdf"])


@tpl("solicitor-correspondence", via=("email",), law="public")
def sc_advocates_meeting(c):
    return R(lines(f"{c.fca.first}", "",
                   "Quick summary of the advocates' meeting this afternoon:",
                   "- LA will amend threshold para 6", "- mother seeks further time for detox; LA opposes",
                   f"- all agree final hearing needs {c.pick('3', '4')} days", "- father's counsel raised the paternal aunt as a carer",
                   "Can we speak tomorrow about our position on the aunt?", "", c.csol.first),
             who=c.p_sol("c"), subj=c.pick("Advocates' meeting", f"{c.case_no} – AM summary", ""))


@tpl("solicitor-correspondence", via=("email",), law="private")
def sc_r164_private(c):
    return R(lines(f"Dear {c.fca.first},", "",
                   f"Further to my appointment for {c.k1.first} under rule 16.4, I have arranged to meet {c.k1.him} at school on "
                   f"{c.d(c.ahead(3, 10), 'long')}. Would you like to come, or would you prefer to see {c.k1.him} separately first?",
                   "I have requested the police disclosure from the father's solicitors.", "", "Regards", c.csol.full),
             who=c.p_sol("c"), subj=c.pick(f"{c.k1.first} – meeting", "16.4 – next steps", ""))


@tpl("solicitor-correspondence", lang="cy", via=("email",), where="wales", law="public")
def sc_cy(c):
    return R(lines(f"Annwyl {c.fca.first},", "",
                   f"Amgaeaf ddrafft o'r datganiad sefyllfa ar gyfer y gwrandawiad ar {c.dc(c.hearing)}.",
                   "A fyddech cystal ag anfon unrhyw newidiadau ataf erbyn hanner dydd yfory?", "", "Cofion", c.csol.first),
             who=c.p_sol("c"), subj=c.pick("Drafft i'w gymeradwyo", f"{c.case_no}"))


@tpl("solicitor-correspondence", lang="cy", via=("email",), where="wales", law="public")
def sc_reply_cy(c):
    return R(lines(f"Helo {c.csol.first},", "",
                   f"Diolch am y drafft. Rwy'n hapus gydag ef ar wahân i baragraff 3: rwy'n cefnogi asesiad o {c.dad.first} ond nid asesiad seicolegol pellach o'r fam.",
                   f"Byddaf yn ymweld â {c.kidnames_cy} ddydd Iau ac yn rhoi gwybod i chi wedyn.", "", c.fca.first),
             who=c.p_fca(guardian=True), subj=c.pick("RE: Drafft", ""))


# ---- Note of a call with a lawyer -----------------------------------------------------------
@tpl("legal-call-note", via=("upload",), where="eng")
def lcn_cafcass_legal(c):
    return R(lines(f"Telephone call – Cafcass Legal ({c.lawyer.full})", f"{c.d(c.ago(0, 5), 'dmy')} {c.time()}  Duration 15 min",
                   f"Spoke to {c.lawyer.first} about {c.pick('the witness summons', 'whether to share the police log', 'the father’s request for my notes')}.",
                   f"Advice: {c.pick('comply; legal will write to the court', 'do not disclose without police consent', 'notes are not disclosable without an order; refer to the court')}.",
                   "Action: note saved to Legal advice; PM informed.", f"{c.fca.full}"),
             names=["call note.docx"])


@tpl("legal-call-note", via=("upload",), law="public")
def lcn_child_sol(c):
    return R(lines(f"Call with children's solicitor ({c.csol.full}, {c.cfirm['name']})", f"{c.d(c.ago(0, 5), 'day')}, {c.time()}",
                   "Discussed: our position for the IRH; the LA's amended care plan; sibling contact.",
                   f"Agreed: {c.csol.first} to draft PS supporting SGO to MGM with supervision order; guardian to visit MGM before IRH.",
                   "Next contact: after advocates' meeting."),
             names=["tel note.docx"])


@tpl("legal-call-note", via=("upload", "attach"), law="public")
def lcn_meeting_sol(c):
    return R(lines(f"Note of meeting with {c.csol.full} (solicitor for the children)", f"{c.d(c.ago(0, 7), 'dmy')} at {c.cfirm['name']}, {c.cfirm['city']}",
                   "Present: guardian, solicitor, trainee", "Points:", "1. Review of ISW report – solicitor to raise written questions.",
                   "2. Whether to seek a further hair strand test – agreed not necessary.",
                   "3. Timetable: final analysis due in 3 weeks.", f"{c.fca.initials}"),
             who=c.p_fca(guardian=True), subj=c.pick("note of meeting for file", ""), names=["mtg note.docx"])


@tpl("legal-call-note", via=("scan",), where="eng")
def lcn_handwritten(c):
    return R(lines(f"{c.d(c.ago(0, 4), 'dots')} {c.time()} t/c {c.pick('Cafcass Legal', 'child sol')} – {c.pick(c.lawyer.first, c.csol.first)}",
                   f"re {c.case_no}", "- advised: " + c.pick("don't disclose log", "attend FH", "file position stmt"),
                   "- will email confirming", f"{c.fca.init}"), hw=True)


@tpl("legal-call-note", via=("email",), where="eng")
def lcn_self_email(c):
    return R(lines("Note for file:", "",
                   f"Call with {c.lawyer.full}, Cafcass Legal, {c.d(c.today, 'dmy')} {c.time()}. Discussed the father's complaint threatening judicial review of my recommendation. "
                   f"{c.lawyer.first} advised no action; complaints procedure applies; the court is the forum for disagreement with the report.",
                   "", c.fca.first),
             who=c.p_fca(), subj=c.pick("note of call – legal", "for file", f"{c.case_no} legal call"))


@tpl("legal-call-note", lang="cy", via=("upload",), where="wales")
def lcn_cy(c):
    return R(lines(f"Nodyn galwad ffôn – {c.lawyer.full} (Gwasanaethau Cyfreithiol)", f"{c.dc(c.ago(0, 5), 'dmy')} {c.time()}",
                   f"Trafodwyd {c.pick('y wŷs tyst', 'rhannu log yr heddlu', 'cais y tad am fy nodiadau')}.",
                   f"Cyngor: {c.pick('cydymffurfio; y tîm cyfreithiol i ysgrifennu at y llys', 'peidio â datgelu heb ganiatâd yr heddlu')}.",
                   "Cam: nodyn wedi'i gadw; y Rheolwr Ymarfer wedi cael gwybod.", c.fca.full),
             names=["nodyn galwad.docx"])


@tpl("legal-call-note", lang="cy", via=("upload",), where="wales", law="public")
def lcn_sol_cy(c):
    return R(lines(f"Galwad gyda chyfreithiwr y plant ({c.csol.full})", f"{c.dc(c.ago(0, 5), 'day')}, {c.time()}",
                   "Trafodwyd: ein safbwynt ar gyfer y gwrandawiad; cynllun gofal diwygiedig yr awdurdod lleol.",
                   f"Cytunwyd: {c.csol.first} i ddrafftio datganiad sefyllfa; y gwarcheidwad i ymweld â'r nain."),
             names=["galwad.docx"])


# ============================================================================================
# further-information: thank-you-card, informal-contact
# ============================================================================================
@tpl("thank-you-card", via=("scan",))
def ty_child(c):
    return R(lines(c.pick("Thank you", "THANK YOU!", "thank you"), f"To {c.fca.first}", c.pick("for listening to me", "for helping my family", "for being kind"),
                   f"love {c.k1.first}", c.pick("x x x", ":)", "")), hw=True)


@tpl("thank-you-card", via=("scan",))
def ty_parents(c):
    p = c.pick(c.mum, c.dad)
    return R(lines(f"Dear {c.fca.first},", "Just a little card to say thank you for everything you did for us.",
                   f"You really listened to the kids and {c.kidnames} {c.are} so much happier now.",
                   "We couldn't have got through it without you.", f"Best wishes, {p.first} {c.pick('& the kids', 'x', '')}"), hw=True)


@tpl("thank-you-card", via=("scan",), where="eng")
def ty_grandparents(c):
    return R(lines("With Thanks", f"Dear {c.fca.formal}", f"Thank you for taking the time to listen to us about our grandchildren.",
                   "It meant a lot to be heard.", f"Kind regards, {c.gm.full} and {c.gf.first}"), hw=True)


@tpl("thank-you-card", via=("attach", "upload", "scan"))
def ty_photo(c):
    return R(lines("THANK YOU", c.pick("for everything", "from all of us"), f"{c.kidnames}", "[photo of card]"),
             who=c.p_lip(c.pick(c.mum, c.dad)), subj=c.pick("thank you", "card for you", ""),
             names=["IMG_2381.jpg", f"WhatsApp Image 2024-03-{c.num(11, 15)} at 19.{c.num(10, 59)}.jpeg"], hw=True)


@tpl("thank-you-card", via=("scan",), where="eng", law="public")
def ty_young_person(c):
    k = _older(c, 14)
    return R(lines(f"{c.fca.first}", "I know I wasn't always easy to talk to but thanks for sticking up for me in court.",
                   "The new placement is good. I got a Saturday job.", f"{k.first}"), hw=True)


@tpl("thank-you-card", lang="cy", via=("scan",), where="wales")
def ty_cy(c):
    return R(lines("Diolch o galon", f"Annwyl {c.fca.first},", "Diolch am bopeth wnaethoch chi i ni.",
                   f"Mae {c.kidnames_cy} yn llawer hapusach erbyn hyn.", f"Cofion cynnes, {c.pick(c.mum.first, c.dad.first)}"), hw=True)


@tpl("thank-you-card", lang="cy", via=("scan", "upload"), where="wales")
def ty_child_cy(c):
    return R(lines("Diolch", f"i {c.fca.first}", c.pick("am wrando arna i", "am helpu fy nheulu"), f"cariad {c.k1.first}", "x x"), hw=True)


# ---- Informal contact ----------------------------------------------------------------------
@tpl("informal-contact", via=("email",))
def ic_update_after_closure(c):
    p = c.pick(c.mum, c.dad)
    return R(lines(f"Hi {c.fca.first},", "",
                   f"I know the case finished ages ago but I just wanted to let you know the kids are doing really well. {c.k1.first} "
                   f"{c.pick('got into the football academy', 'started high school and loves it', 'has a part in the school play')}.",
                   f"Things with their {'dad' if p is c.mum else 'mum'} are much calmer now. No need to reply, I just thought you'd like to know.", "", p.first),
             who=c.p_lip(p), subj=c.pick("just an update", "Hi from the " + c.k1.last + "s", "", "hello"))


@tpl("informal-contact", via=("email",), where="eng")
def ic_young_person(c):
    k = _older(c, 16)
    return R(lines(f"hi {c.fca.first} not sure if this is still your email", "",
                   f"its {k.first}, you did the report when i was little. im {k.age} now and doing my GCSEs. "
                   "i was just thinking about it and wanted to say im ok. mum said it was fine to email", "", k.first),
             who=Who(k.full, c.webmail(k), "", "", "child"), subj=c.pick("hi", "hello from " + k.first, ""))


@tpl("informal-contact", via=("scan",))
def ic_christmas_card(c):
    return R(lines("Merry Christmas", "and a Happy New Year", f"To {c.fca.first} and everyone at the office",
                   f"from {c.pick(c.mum.first, c.dad.first)}, {c.kidnames}", "x"), hw=True)


@tpl("informal-contact", via=("scan",), where="eng")
def ic_reception_note(c):
    return R(lines("RECEPTION – MESSAGE", f"For: {c.fca.full}", f"Date: {c.d(c.today, 'dots')}  Time: {c.time()}",
                   f"Caller: {c.dad.full} (in person)", "Message: dropped off a photo of the children at the park for you, said "
                   "'just to say thanks, no need to call'. Photo in your tray.", "Taken by: reception"), hw=True)


@tpl("informal-contact", via=("email",))
def ic_grandparent_photos(c):
    return R(lines(f"Dear {c.fca.first},", "",
                   f"Thought you might like to see these photos of {c.kidnames} at my house last weekend. It's the first time they've "
                   "stayed over since everything happened. They were as good as gold.", "", "Best wishes", c.gm.first),
             who=c.p_lip(c.gm), subj=c.pick("photos", "a happy weekend", ""))


@tpl("informal-contact", via=("attach",), where="eng")
def ic_school_achievement(c):
    k = c.k1
    return R(lines("CERTIFICATE OF ACHIEVEMENT", f"awarded to {k.full}", c.pick("for Star of the Week", "for 100% attendance", "for kindness"),
                   c.school),
             who=c.p_lip(c.pick(c.mum, c.dad)), subj=c.pick(f"look what {k.first} got!", "thought you'd like to see", ""),
             names=["IMG_5523.jpg", "certificate.jpg"], hw=True)


@tpl("informal-contact", lang="cy", via=("email",), where="wales")
def ic_update_cy(c):
    p = c.pick(c.mum, c.dad)
    return R(lines(f"Helo {c.fca.first},", "",
                   f"Dw i'n gwybod bod yr achos wedi gorffen ers tro ond roeddwn i isio dweud bod y plant yn gwneud yn dda iawn. Mae {c.k1.first} "
                   f"{c.pick('wedi dechrau yn yr ysgol uwchradd', 'yn y tîm pêl-droed', 'yn y sioe ysgol')}.",
                   "Dim angen ateb, jyst meddwl y byddech chi'n hoffi gwybod.", "", p.first),
             who=c.p_lip(p), subj=c.pick("newyddion", "helo", ""))


@tpl("informal-contact", lang="cy", via=("scan",), where="wales")
def ic_postcard_cy(c):
    return R(lines(f"Cofion o {c.pick('Aberdaron', 'Dinbych-y-pysgod', 'Llandudno', 'Ynys Llanddwyn')}!", f"At {c.fca.first}, CAFCASS Cymru",
                   "Dan ni ar wyliau efo Dad am wythnos. Mae'n braf iawn yma!", f"{c.kidnames_cy}"), hw=True)


@tpl("informal-contact", lang="cy", via=("scan", "upload"), where="wales")
def ic_nadolig_cy(c):
    return R(lines("Nadolig Llawen", "a Blwyddyn Newydd Dda", f"i {c.fca.first} a phawb yn y swyddfa", f"oddi wrth {c.pick(c.mum.first, c.dad.first)} a'r plant"), hw=True)


# ============================================================================================
# court-bundle
# ============================================================================================
def _bundle_rows(c, sections):
    out = []
    for sec, items in sections:
        out.append(sec)
        pg = 1
        for it in items:
            n = c.num(1, 14)
            out.append(f"{it}\t{sec[8]}{pg}–{sec[8]}{pg + n - 1}" if sec.startswith("Section ") else f"{it}\t{pg}-{pg + n - 1}")
            pg += n
    return out


@tpl("court-bundle", via=("attach",), law="private")
def cb_index_private(c):
    secs = [("Section A – Preliminary documents", ["Case summary", "Chronology", "Position statements", "Draft order"]),
            ("Section B – Applications and orders", ["C100", "C1A", "Order following FHDRA", "Order following DRA"]),
            ("Section C – Statements", [f"Statement of {c.mum.full}", f"Statement of {c.dad.full}"]),
            ("Section D – Cafcass", ["Safeguarding letter", "Section 7 report"]),
            ("Section E – Other documents", ["Police disclosure", "Hair strand results"])]
    return R(lines(f"IN THE FAMILY COURT AT {c.court['place'].upper()}", f"Case No: {c.case_no}", f"{c.case_name}",
                   f"BUNDLE FOR HEARING ON {c.d(c.hearing, 'long').upper()}", "INDEX", *_bundle_rows(c, secs)),
             who=c.p_sol(c.pick("m", "f")), subj=c.pick(f"{c.case_name} – bundle", f"Bundle {c.case_no} (PD27A)", "bundle link"),
             names=["Bundle.pdf", "bundle index.pdf", f"{c.case_no} bundle.pdf"])


@tpl("court-bundle", via=("attach",), law="public")
def cb_index_public(c):
    secs = [("Section A – Preliminaries", ["Case summary", "Threshold document", "Schedule of findings"]),
            ("Section B – Applications and orders", ["C110A", "ICO", "CMO"]),
            ("Section C – LA evidence", ["SWET", "Care plan", "Chronology"]),
            ("Section E – Experts", ["ISW report", "Hair strand results"]),
            ("Section F – Other", ["Guardian's initial analysis"])]
    return R(lines(f"{c.la_name} v {c.mum.last}", f"Case No. {c.case_no}", f"Bundle for IRH – {c.d(c.hearing, 'dmy')}",
                   "Prepared by the applicant local authority", *_bundle_rows(c, secs)),
             who=c.p_sw(), subj=c.pick("IRH bundle", f"{c.case_no} bundle – link", "Bundle (Part 1 of 2)"),
             names=["IRH bundle.pdf", "bundle part 1.pdf"])


@tpl("court-bundle", via=("attach",), where="eng", law="private")
def cb_front_sheet(c):
    return R(lines(f"{c.case_name}", f"{c.case_no}", "", "COURT BUNDLE", f"Hearing: {c.pick('Final hearing', 'DRA', 'Fact-finding')}",
                   f"Date: {c.d(c.hearing, 'long')}   Time estimate: {c.pick('1 day', '3 hours', '2 days')}",
                   f"Before: {c.judge}", "Pages: " + str(c.num(120, 350)), "Prepared by: solicitors for the applicant",
                   "Reading list and time estimate for reading: 1.5 hours"),
             who=c.p_sol("m"), subj=c.pick("bundle", "[EXTERNAL] Bundle for hearing", ""), names=["bundle.pdf"])


@tpl("court-bundle", via=("attach",), where="eng", law="private")
def cb_supplementary(c):
    return R(lines("SUPPLEMENTARY BUNDLE", f"{c.case_no}", "Index",
                   f"S1  Updated position statement (mother)  {c.d(c.ago(0, 3), 'dmy')}  S1-S4",
                   f"S2  Contact centre notes  S5-S19", "S3  Text messages exhibited by the father  S20-S41"),
             who=c.p_sol("f"), subj=c.pick("supplementary bundle", ""), names=["supp bundle.pdf"])


@tpl("court-bundle", via=("tree",), where="eng", law="private")
def cb_old_tree(c):
    return R(lines(f"Bundle – {c.k1.last}", "Index", "A  Applications and orders  1-24", "B  Statements  25-60",
                   "C  Cafcass  61-90", "D  Police  91-110"),
             names=["bundle.pdf", "Bundle (final).pdf"])


@tpl("court-bundle", via=("attach",), where="eng", law="public")
def cb_digital_link(c):
    return R(lines("Caselines / digital bundle – index export", f"{c.case_no}",
                   "A Preliminaries (A1–A32)", "B Applications & Orders (B1–B58)", "C LA Evidence (C1–C210)",
                   "D Parents' Evidence (D1–D44)", "E Experts (E1–E160)", "F Guardian (F1–F37)", "G Other (G1–G15)"),
             who=c.p_sol("c"), subj=c.pick("bundle index", ""), names=["index.pdf"])


@tpl("court-bundle", lang="cy", via=("attach",), where="wales", law="private")
def cb_cy(c):
    secs = [("Adran A – Dogfennau rhagarweiniol", ["Crynodeb o'r achos", "Cronoleg", "Datganiadau sefyllfa"]),
            ("Adran B – Ceisiadau a gorchmynion", ["C100", "C1A", "Gorchymyn FHDRA"]),
            ("Adran C – Datganiadau", [f"Datganiad {c.mum.full}", f"Datganiad {c.dad.full}"]),
            ("Adran D – CAFCASS Cymru", ["Adroddiad ymholiadau diogelu", "Adroddiad adran 7"])]
    rows = []
    for sec, items in secs:
        rows.append(sec)
        pg = 1
        for it in items:
            n = c.num(1, 12)
            rows.append(f"{it}\t{pg}-{pg + n - 1}")
            pg += n
    return R(lines("YN Y LLYS TEULU", f"Rhif yr achos: {c.case_no}", f"BWNDEL AR GYFER Y GWRANDAWIAD AR {c.dc(c.hearing).upper()}",
                   "MYNEGAI", *rows),
             who=c.p_sol("m"), subj=c.pick("bwndel", f"{c.case_no} – bwndel"), names=["bwndel.pdf"])


@tpl("court-bundle", lang="cy", via=("attach",), where="wales", law="public")
def cb_cy_bilingual(c):
    return R(lines("Mynegai / Index", f"{c.case_no}", "A Rhagarweiniol / Preliminaries  A1–A28",
                   "B Ceisiadau a Gorchmynion / Applications & Orders  B1–B40", "C Tystiolaeth yr ALl / LA evidence  C1–C180",
                   "E Arbenigwyr / Experts  E1–E95", "F Gwarcheidwad / Guardian  F1–F30"),
             who=c.p_sw(), subj=c.pick("bwndel / bundle", ""), names=["mynegai.pdf"])


# ============================================================================================
# police-information: pnc-disclosure, police-callouts, police-check
# ============================================================================================
OFFENCES = [("Assault by beating", "Community order 12 months, unpaid work 100 hrs"),
            ("Criminal damage (under £5000)", "Fine £200, compensation £150"),
            ("Possession of a controlled drug – Class B", "Conditional discharge 12 months"),
            ("Driving with excess alcohol", "Disqualified 18 months, fine £400"),
            ("Assault occasioning actual bodily harm", "Imprisonment 8 months suspended 18 months"),
            ("Harassment – putting people in fear of violence", "Restraining order 2 years"),
            ("Breach of non-molestation order", "Imprisonment 12 weeks"),
            ("Theft from shop", "Fine £80")]


def _pnc_rows(c, n):
    rows = []
    others = ["Caernarfon", "Llandudno", "Swansea", "Cardiff", "Aberystwyth"] if c.wales else ["Leeds", "Bradford", "Sheffield", "Preston"]
    for off, disp in c.rng.sample(OFFENCES, n):
        d = dt.date(c.num(2009, 2023), c.num(1, 12), c.num(1, 28))
        rows.append(f"{d.strftime('%d/%m/%y')}  {c.pick(c.court['place'], c.court['place'], *others)} Magistrates  {off}  {disp}")
    return rows


@tpl("pnc-disclosure", via=("attach",))
def pnc_printout(c):
    p = c.pick(c.dad, c.partner, c.mum)
    return R(lines("OFFICIAL-SENSITIVE", "POLICE NATIONAL COMPUTER – PRINT", f"Name: {p.last.upper()}, {p.first.upper()}",
                   f"DOB: {c.d(dt.date(c.num(1978, 1998), c.num(1, 12), c.num(1, 28)), 'dmy')}   PNC ID: {c.num(10, 23)}/{c.num(100000, 999999)}{c.pick('A', 'K', 'X')}",
                   f"Convictions: {c.num(1, 4)}  Offences: {c.num(1, 6)}  Cautions: {c.num(0, 2)}",
                   "Date  Court  Offence  Disposal", *_pnc_rows(c, c.num(1, 3)),
                   f"Warning markers: {c.pick('none', 'VIOLENT', 'DRUGS', 'VIOLENT / ALCOHOL')}"),
             who=c.p_police(), subj=c.pick(f"PNC result {c.case_no}", f"OFFICIAL-SENSITIVE: {c.case_no}", "Secure: Cafcass request", ""),
             names=["PNC.pdf", "print.pdf", f"{c.num(100000, 999999)}.pdf"])


@tpl("pnc-disclosure", via=("attach", "scan"))
def pnc_summary(c):
    p = c.dad
    return R(lines(f"{c.police['name']}", f"Record of convictions and cautions – {p.full}", f"Requested by: {c.svc} ({c.case_no})",
                   "Source: Police National Computer", *_pnc_rows(c, c.num(1, 3)),
                   "Spent convictions are included for the purposes of family proceedings.",
                   "This record must not be disclosed to the subject or any third party without the consent of the force."),
             who=c.p_police(), subj=c.pick(f"{c.case_no} – PNC", "Response to request", ""), names=["conviction record.pdf"])


@tpl("pnc-disclosure", via=("email",))
def pnc_email(c):
    return R(lines("Good morning,", "",
                   f"PNC checks completed for {c.case_no}:",
                   f"{c.mum.full} – no trace", f"{c.dad.full} – trace, {c.num(1, 3)} conviction(s), printout attached",
                   f"{c.partner.full} – no trace", "", "Regards"),
             who=c.p_police(), subj=c.pick(f"RE: PNC request {c.case_no}", f"OFFICIAL-SENSITIVE – PNC – {c.dad.last}", "RE: Cafcass PNC"))


@tpl("pnc-disclosure", via=("attach",), where="eng")
def pnc_pnd_combined(c):
    p = c.pick(c.dad, c.partner)
    return R(lines(f"NOMINAL: {p.full.upper()}", "PNC: convictions x" + str(c.num(1, 3)), *_pnc_rows(c, c.num(1, 2)),
                   "Warning signs: " + c.pick("VIOLENT", "WEAPONS", "SELF HARM"),
                   "Wanted/missing: none", "Disqualified driver: " + c.pick("no", "yes until 2025"),
                   "Bail conditions: " + c.pick("none", "not to contact " + c.mum.full)),
             who=c.p_police(), subj=c.pick("PNC", "", "RE: [SECURE]"), names=["scan0004.pdf", "Nominal print.pdf"])


@tpl("pnc-disclosure", via=("scan",), where="eng", old=True)
def pnc_posted(c):
    return R(lines("RESTRICTED – PERSONAL", f"{c.police['name']} – Criminal Records Office", f"Subject: {c.dad.full}",
                   "PREVIOUS CONVICTIONS", *_pnc_rows(c, 2), "End of record"))


@tpl("pnc-disclosure", via=("attach",))
def pnc_thin_cover(c):
    return R(lines("OFFICIAL-SENSITIVE", "", f"{c.police['name']}", "", "[image]", "Page 1 of 2"),
             who=c.p_police(), subj=c.pick(f"PNC result – {c.case_no}", f"PNC {c.dad.last} {c.case_no}", f"RE: PNC request {c.case_no}"),
             names=["scan0004.pdf", "attachment-1.pdf", "DOC120324-12032024101502.pdf"])


@tpl("pnc-disclosure", lang="cy", via=("attach",), where="wales")
def pnc_cy(c):
    pol = c.police
    return R(lines("SWYDDOGOL-SENSITIF / OFFICIAL-SENSITIVE", f"{pol.get('cy', pol['name'])} / {pol['name']}",
                   "Datgeliad o Gyfrifiadur Cenedlaethol yr Heddlu (PNC)", f"Enw / Name: {c.dad.full}",
                   "Euogfarnau / Convictions:", *_pnc_rows(c, c.num(1, 2)),
                   "Ni ddylid datgelu'r wybodaeth hon i'r gwrthrych heb ganiatâd yr heddlu."),
             who=c.p_police(), subj=c.pick(f"PNC {c.case_no}", "Ymateb / Response", ""), names=["PNC.pdf"])


@tpl("pnc-disclosure", lang="cy", via=("email",), where="wales")
def pnc_email_cy(c):
    return R(lines("Bore da,", "", f"Canlyniad gwiriadau PNC ar gyfer {c.case_no}:",
                   f"{c.mum.full} – dim cofnod", f"{c.dad.full} – cofnod: {c.num(1, 3)} euogfarn; manylion ynghlwm",
                   "", "Cofion"),
             who=c.p_police(), subj=c.pick(f"RE: Cais PNC {c.case_no}", f"SWYDDOGOL-SENSITIF: PNC {c.dad.last}"))


# ---- Police call-out log ----------------------------------------------------------------------
def _callouts(c, n):
    rows = []
    d = c.ago(700, 900)
    for i in range(n):
        d = d + dt.timedelta(days=c.num(20, 160))
        if d > c.today:
            break
        rows.append((d, f"{c.num(0, 23):02d}:{c.num(0, 59):02d}", f"{c.pick('DOM', 'ASB', 'CONCERN', 'DOM')}/{c.num(100, 9999)}/{d.year % 100}",
                     c.pick("Domestic – verbal only", "Domestic – assault alleged", "Concern for welfare", "Breach of bail",
                            "Neighbour dispute", "Domestic – third party call (neighbour)"),
                     c.pick("Words of advice", "NFA – no complaint", "Arrest – released under investigation", "DASH completed – standard",
                            "DASH completed – medium", "Referral to CSC (PPN)")))
    return rows


@tpl("police-callouts", via=("attach",))
def pco_table(c):
    rows = _callouts(c, c.num(3, 6))
    return R(lines(f"{c.police['name']} – incidents linked to {c.addr_mum if c.chance(0.5) else 'the named subjects'}",
                   "Date\tTime\tLog ref\tType\tOutcome", *[f"{c.d(d, 'dmy')}\t{t}\t{r}\t{ty}\t{o}" for d, t, r, ty, o in rows],
                   f"Children present recorded: {c.pick('yes (2 incidents)', 'no', 'not recorded')}"),
             who=c.p_police(), subj=c.pick(f"Incident history – {c.case_no}", f"OFFICIAL-SENSITIVE: call outs {c.mum.last}", ""),
             names=["incidents.xlsx", "log.pdf"])


@tpl("police-callouts", via=("attach",))
def pco_storm(c):
    rows = _callouts(c, c.num(2, 4))
    out = []
    for d, t, r, ty, o in rows:
        out += [f"Incident {r}  {c.d(d, 'dmy')} {t}", f"Opening code: {ty.upper()}", f"Location: {c.addr_mum}",
                f"Summary: caller reports {c.pick('male shouting and banging', 'ex-partner refusing to leave', 'child heard crying and screaming')}.",
                f"Closing code: {o}", ""]
    return R(lines("INCIDENT LOG EXTRACT", *out), who=c.p_police(), subj=c.pick("log extracts", f"{c.case_no} incidents", ""),
             names=["STORM extract.pdf"])


@tpl("police-callouts", via=("email",))
def pco_email(c):
    rows = _callouts(c, c.num(2, 4))
    return R(lines("Hello,", "", f"In answer to your request, we have attended the following incidents involving {c.mum.first} {c.mum.last} and {c.dad.first} {c.dad.last}:",
                   *[f"- {c.d(d, 'long')}: {ty.lower()} ({o.lower()})" for d, t, r, ty, o in rows],
                   "Full logs can be provided if the court directs disclosure.", "", "Regards"),
             who=c.p_police(), subj=c.pick(f"RE: {c.case_no} – call outs", "RE: incident history", "OFFICIAL-SENSITIVE"))


@tpl("police-callouts", via=("attach",), where="eng")
def pco_niche(c):
    rows = _callouts(c, c.num(3, 5))
    return R(lines("Occurrence enquiry – results", f"Subject(s): {c.mum.full}; {c.dad.full}",
                   *[f"{r} | {c.d(d, 'dmy')} | {ty} | {o}" for d, t, r, ty, o in rows],
                   f"Records searched: {c.pick('Niche RMS', 'Athena', 'Connect')} from 2020"),
             who=c.p_police(), subj=c.pick("occurrences", "", "disclosure"), names=["occurrences.pdf", "attachment-1.pdf"])


@tpl("police-callouts", via=("attach",), where="eng")
def pco_thin(c):
    return R(lines(c.pick("OFFICIAL-SENSITIVE", "OFFICIAL - SENSITIVE", f"{c.police['name']}"), "Date Time Ref Type",
                   c.pick("[table could not be read]", "|||| ||| |", "~ ~ .. ,,"), f"Page 1 of {c.num(2, 5)}"),
             who=c.p_police(), subj=c.pick(f"Call out history {c.case_no}", f"Domestic call-outs – {c.addr_mum}", "incident log requested by Cafcass"),
             names=["DOC130324-13032024112233.pdf", "scan0009.pdf"])


@tpl("police-callouts", lang="cy", via=("attach",), where="wales")
def pco_cy(c):
    rows = _callouts(c, c.num(2, 5))
    pol = c.police
    return R(lines(f"{pol.get('cy', pol['name'])} / {pol['name']}", "Digwyddiadau / Incidents",
                   "Dyddiad / Date\tMath / Type\tCanlyniad / Outcome", *[f"{c.dc(d, 'dmy')}\t{ty}\t{o}" for d, t, r, ty, o in rows]),
             who=c.p_police(), subj=c.pick(f"Digwyddiadau {c.case_no}", ""), names=["digwyddiadau.pdf"])


@tpl("police-callouts", lang="cy", via=("email",), where="wales")
def pco_email_cy(c):
    rows = _callouts(c, c.num(2, 4))
    dmap = {"Domestic – verbal only": "digwyddiad domestig – geiriol", "Domestic – assault alleged": "digwyddiad domestig – honiad o ymosod",
            "Concern for welfare": "pryder am les", "Breach of bail": "torri amodau mechnïaeth", "Neighbour dispute": "anghydfod cymdogion",
            "Domestic – third party call (neighbour)": "digwyddiad domestig – galwad gan gymydog"}
    return R(lines("Prynhawn da,", "", f"Rydym wedi mynychu'r digwyddiadau canlynol yn ymwneud â {c.mum.full} a {c.dad.full}:",
                   *[f"- {c.dc(d)}: {dmap[ty]}" for d, t, r, ty, o in rows],
                   "Gellir darparu'r logiau llawn os bydd y llys yn gorchymyn.", "", "Cofion"),
             who=c.p_police(), subj=c.pick(f"RE: {c.case_no} – digwyddiadau", "RE: Cais"))


# ---- Police safeguarding check ---------------------------------------------------------------
@tpl("police-check", via=("attach", "scan", "scan"))
def pchk_form(c):
    tr = c.chance(0.5)
    return R(lines(f"{c.svc.upper()} POLICE CHECK – RESPONSE", f"Force: {c.police['name']}", f"Case number: {c.case_no}",
                   f"Subject 1: {c.mum.full}   Local intelligence: {c.pick('NO TRACE', 'TRACE')}",
                   f"Subject 2: {c.dad.full}   Local intelligence: {'TRACE' if tr else 'NO TRACE'}",
                   f"Domestic abuse history: {c.pick('2 incidents (2022), standard risk', 'none recorded', '1 incident (2023), medium risk, MARAC no')}",
                   f"Child concern notifications: {c.pick('none', '1 (2022) shared with CSC')}",
                   "Firearms licence: no", f"Checked by: {c.pro().full}, {c.police['unit']}", f"Date: {c.d(c.ago(0, 4), 'dmy')}"),
             who=c.p_police(), subj=c.pick(f"Response {c.case_no}", "Police check", f"Secure: {c.case_no}", ""), names=["response.pdf", "police check.docx"])


@tpl("police-check", via=("email",))
def pchk_no_trace(c):
    return R(lines("Hi,", "", f"Checks completed for {c.case_no} ({c.k1.last}). No trace on local systems, PND or domestic abuse records "
                   "for any of the named subjects.", "", "Thanks"),
             who=c.p_police(), subj=c.pick(f"RE: Cafcass check {c.case_no}", "RE: safeguarding check request", "No trace"))


@tpl("police-check", via=("attach",), where="eng")
def pchk_partial(c):
    return R(lines("Safeguarding information request – police response", f"Ref: {c.case_no}",
                   "Name\tDOB\tResult", f"{c.mum.full}\t\tNo trace", f"{c.dad.full}\t\t", f"{c.partner.full}\t\tTrace – see notes",
                   f"Notes: {c.partner.first} known to police for {c.pick('a domestic incident with a previous partner in 2019', 'drug supply intelligence 2021', 'being a missing person as a teenager')}.",
                   "Information graded: 2/B/1"),
             who=c.p_police(), subj=c.pick("check", "RE: request", ""), names=["form.pdf"])


@tpl("police-check", via=("email",))
def pchk_info_held(c):
    return R(lines("Good afternoon,", "",
                   f"Further to your safeguarding request for {c.case_no}, we hold information regarding domestic incidents between the parties. "
                   f"A summary is attached. There are no live investigations. {c.dad.first} is not subject to bail conditions.",
                   "Please do not share this information with the parties.", ""),
             who=c.p_police(), subj=c.pick(f"RE: {c.case_no}", "Information held", "OFFICIAL-SENSITIVE – response"))


@tpl("police-check", via=("attach",), where="eng", law="public")
def pchk_urgent_public(c):
    return R(lines("URGENT – same-day check for children's guardian", f"Case {c.case_no}",
                   f"Subjects: {c.mum.full}, {c.dad.full}, {c.gm.full} (proposed carer)",
                   f"{c.gm.full}: no trace.", f"{c.mum.full}: trace – 3 domestic incidents, victim; 1 concern for welfare (self harm) 2023.",
                   f"{c.dad.full}: trace – see PNC (sent separately).", "Checked: " + c.d(c.today, "dmy")),
             who=c.p_police(), subj=c.pick("URGENT check", "same day check – guardian", ""), names=["urgent check.pdf"])


@tpl("police-check", lang="cy", via=("attach",), where="wales")
def pchk_cy(c):
    pol = c.police
    return R(lines("GWIRIAD HEDDLU CAFCASS CYMRU – YMATEB", f"Heddlu: {pol.get('cy', pol['name'])}", f"Rhif yr achos: {c.case_no}",
                   f"Gwrthrych 1: {c.mum.full}   Gwybodaeth leol: {c.pick('DIM COFNOD', 'COFNOD')}",
                   f"Gwrthrych 2: {c.dad.full}   Gwybodaeth leol: {c.pick('DIM COFNOD', 'COFNOD')}",
                   f"Hanes cam-drin domestig: {c.pick('dim', '2 ddigwyddiad (2022)')}",
                   f"Gwiriwyd gan: {c.pro().full}", f"Dyddiad: {c.dc(c.ago(0, 4), 'dmy')}"),
             who=c.p_police(), subj=c.pick(f"Ymateb {c.case_no}", "Gwiriad heddlu", ""), names=["ymateb.pdf"])


@tpl("police-check", lang="cy", via=("email",), where="wales")
def pchk_email_cy(c):
    return R(lines("Helo,", "", f"Gwiriadau wedi'u cwblhau ar gyfer {c.case_no}. Dim cofnod ar systemau lleol na chofnodion cam-drin domestig "
                   "ar gyfer unrhyw un o'r gwrthrychau a enwir.", "", "Diolch"),
             who=c.p_police(), subj=c.pick(f"RE: Gwiriad {c.case_no}", "Dim cofnod"))


# ============================================================================================
# null: things that belong in no case file
# ============================================================================================
@tpl(None, via=("email",))
def n_ooo(c):
    p = c.pro()
    return R(lines(f"Thank you for your email. I am out of the office until {c.d(c.ahead(3, 10), 'day')} with limited access to email.",
                   f"For urgent matters please contact the duty {c.pick('FCA', 'social worker', 'team')} on {c.phone()}.",
                   "If this is a safeguarding emergency please call 999."),
             who=Who(p.full, c.mail(p, c.pick("cafcass.gov.uk", c.la["dom"], "justice.gov.uk")), "", "", ""),
             subj=c.pick("Automatic reply: " + f"{c.case_no}", "Automatic reply: RE: report", "Out of Office: checks"))


@tpl(None, lang="cy", via=("email",), where="wales")
def n_ooo_cy(c):
    p = c.pro()
    back = c.ahead(3, 10)
    return R(lines(f"Diolch am eich e-bost. Rydw i allan o'r swyddfa tan {c.dc(back, 'long')}.",
                   f"Os yw'n fater brys, cysylltwch â'r tîm ar {c.phone()}.",
                   f"Thank you for your email. I am out of the office until {c.d(back, 'long')}."),
             who=Who(p.full, c.mail(p, "gov.wales"), "", "", ""), subj=c.pick("Ateb awtomatig / Automatic reply", "Allan o'r swyddfa: RE: cais"))


@tpl(None, via=("email", "scan"))
def n_canteen(c):
    return R(lines("STAFF RESTAURANT – MENU w/c 11 March", "Monday: chilli con carne / veg lasagne", "Tuesday: chicken curry / dal",
                   "Wednesday: roast of the day", "Thursday: fish & chips (Friday moved)", "Friday: jacket potato bar",
                   "Soup of the day £1.80. Card only."),
             who=Who("Facilities", "facilities.helpdesk@" + c.pick("cafcass.gov.uk", "justice.gov.uk"), "", "", ""),
             subj=c.pick("This week's menu", "Canteen menu", ""))


@tpl(None, lang="cy", via=("email", "scan"), where="wales")
def n_bwydlen(c):
    return R(lines("BWYDLEN Y FFREUTUR – wythnos 11 Mawrth", "Dydd Llun: cawl cennin / lasagne llysiau", "Dydd Mawrth: cyri cyw iâr",
                   "Dydd Mercher: cinio rhost", "Dydd Iau: pysgod a sglodion", "Dydd Gwener: tatws pob",
                   "Cerdyn yn unig. / Card only."),
             who=Who("Cyfleusterau", "cyfleusterau@gov.wales", "", "", ""), subj=c.pick("Bwydlen yr wythnos", "Bwydlen / Menu", ""))


@tpl(None, via=("email",), where="eng")
def n_it_notice(c):
    return R(lines("IT SERVICE NOTICE", "",
                   f"Planned maintenance: ECMS and the scanning service will be unavailable from 18:00 on {c.d(c.ahead(2, 6), 'day')} until 07:00 the next morning.",
                   "Please save your work and log off before 18:00. Scanned items will queue and be processed afterwards.",
                   "IT Service Desk – ext 4400"),
             who=Who("IT Service Desk", "it.servicedesk@cafcass.gov.uk", "", "", ""), subj=c.pick("Planned maintenance – ECMS", "IT notice", "[IT] Outage"))


@tpl(None, via=("email",))
def n_phish(c):
    return R(lines("Your mailbox storage is 98% full.", "",
                   "To avoid losing incoming messages please validate your account within 24 hours using the link below.",
                   "hxxp://mail-quota-verify.co/login", "", "Microsoft 365 Team"),
             who=Who("Microsoft 365", c.pick("no-reply@m365-quota-alerts.com", "admin@mailbox-verify.net"), "", "", ""),
             subj=c.pick("Mailbox full – action required", "[EXTERNAL] Password expiry notice", "Storage alert"))


@tpl(None, via=("email",), where="eng")
def n_wrong_recipient(c):
    return R(lines("Hi Sarah,", "",
                   f"Please find attached the draft TR1 and the completion statement for {c.num(10, 99)} {c.pick('Moor Lane', 'Church Street', 'Victoria Road')}. "
                   "Completion is booked for Friday; can you confirm the buyer's funds are in?", "", "Thanks", c.pro().first),
             who=c.p_sol("f"), subj=c.pick("Completion Friday", "RE: TR1 draft", "[EXTERNAL] Conveyancing – completion"))


@tpl(None, via=("scan",))
def n_blank(c):
    return R(lines(c.pick(".", "'", ", .", "|"), "", c.pick("", "  .", "~")))


@tpl(None, via=("email",), where="eng")
def n_newsletter(c):
    return R(lines("FAMILY LAW WEEKLY – digest", "This week:", "- Court of Appeal on PD12J and fact-finding",
                   "- New guidance on remote hearings", "- Webinar: Children's voices in private law (CPD 1 hour)",
                   "Unsubscribe | Manage preferences"),
             who=Who("Family Law Weekly", "news@familylawweekly-digest.co.uk", "", "", ""), subj=c.pick("This week in family law", "Your weekly digest", ""))


@tpl(None, via=("email",), where="eng")
def n_staff_roundup(c):
    return R(lines("The Friday Round-up", "", "Welcome to our new starters in Business Services!",
                   "Reminder: the office will be closed on the bank holiday.", "Wellbeing walk – Wednesday lunchtime, meet in reception.",
                   "Cake sale for Children in Need raised £212. Thank you!"),
             who=Who("Internal Comms", "internal.comms@cafcass.gov.uk", "", "", ""), subj=c.pick("The Friday Round-up", "Staff news", ""))


@tpl(None, via=("email",))
def n_marketing(c):
    return R(lines("Early bird offer!", "Child Arrangements Masterclass – 3 hours CPD – online", "Book before 31 March and save 20%.",
                   "Speakers include leading family barristers.", "Book now | Unsubscribe"),
             who=Who("Events", "events@lexcpd-training.co.uk", "", "", ""), subj=c.pick("Last chance: early bird", "[EXTERNAL] Masterclass", ""))


@tpl(None, lang="cy", via=("email", "scan"), where="wales")
def n_fire_cy(c):
    return R(lines("PRAWF LARWM TÂN / FIRE ALARM TEST",
                   f"Bydd y larwm tân yn cael ei brofi am 10:00 ddydd {c.pick('Mercher', 'Iau')}. Nid oes angen gadael yr adeilad.",
                   "The fire alarm will be tested at 10:00. There is no need to leave the building."),
             who=Who("Rheolwr yr Adeilad", "rheolwr.adeilad@gov.wales", "", "", ""), subj=c.pick("Prawf larwm tân / Fire alarm test", ""))


@tpl(None, via=("email",))
def n_car_park(c):
    return R(lines("Car park permits for April–June are now available from reception.",
                   "Please bring your old permit. Vehicles without a valid permit will be ticketed by the landlord."),
             who=Who("Office Manager", "office.manager@cafcass.gov.uk", "", "", ""), subj=c.pick("Car park permits", "Parking", ""))


@tpl(None, via=("email",))
def n_teams_invite(c):
    return R(lines("Microsoft Teams meeting", "Join on your computer, mobile app or room device", "Click here to join the meeting",
                   f"Meeting ID: {c.num(100, 999)} {c.num(100, 999)} {c.num(100, 999)}", f"Passcode: {c.pick('a8Xk2p', 'Q7mT3z', 'r4Bn9w')}",
                   "Team meeting – standing agenda: allocations, annual leave, training"),
             who=Who(c.pm.full, c.mail(c.pm, "cafcass.gov.uk"), "", "", ""), subj=c.pick("Team meeting", "Accepted: Team meeting", "Updated invitation: Team meeting"))


@tpl(None, via=("scan",))
def n_scanner_test(c):
    return R(lines("TEST PAGE", f"bizhub C{c.num(250, 450)}i", "Firmware: G00-R2", "Total counter: " + str(c.num(100000, 999999)),
                   "Network: enabled", "Scan to folder: \\\\fileserver\\scan\\station2"))


@tpl(None, via=("scan", "email"))
def n_delivery_note(c):
    return R(lines("DELIVERY NOTE", f"Order no: {c.num(100000, 999999)}", "Qty  Item", "10  A4 copier paper (box)",
                   "4  Toner black TN-328K", "2  Lever arch files (pack of 10)", "Signed for: ____________"),
             who=Who("Orders", "orders@officesupplies-direct.co.uk", "", "", ""), subj=c.pick("Your order has been delivered", ""))


@tpl(None, via=("email",))
def n_invoice_scam(c):
    return R(lines("Dear Customer,", "Your invoice INV-" + str(c.num(10000, 99999)) + " is now overdue.",
                   "Please open the attached document to view the amount due and avoid late fees.", "Accounts Department"),
             who=Who("Accounts", "accounts@invoice-portal-secure.com", "", "", ""), subj=c.pick("Overdue invoice", "Payment reminder", "Invoice attached"))


@tpl(None, lang="cy", via=("email",), where="wales")
def n_staff_notice_cy(c):
    return R(lines("Hysbysiad i staff", "", "Bydd Wythnos Iechyd a Lles yn dechrau ddydd Llun. Mae sesiynau ioga amser cinio yn yr ystafell gyfarfod fawr.",
                   "Cofiwch gofrestru ar y fewnrwyd."),
             who=Who("Cyfathrebu Mewnol", "cyfathrebu@gov.wales", "", "", ""), subj=c.pick("Wythnos Iechyd a Lles", "Hysbysiad"))


@tpl(None, lang="cy", via=("email",), where="wales")
def n_cylchlythyr_cy(c):
    return R(lines("Cylchlythyr y Tîm – Mawrth", "Croeso i aelodau newydd y tîm.", "Hyfforddiant: diweddariad ar ddiogelu, 28 Mawrth.",
                   "Llongyfarchiadau i bawb a gymerodd ran yn y daith gerdded elusennol."),
             who=Who("Tîm", "tim.gogledd@gov.wales", "", "", ""), subj=c.pick("Cylchlythyr", "Newyddion y tîm"))


@tpl(None, via=("email",), where="eng")
def n_undeliverable(c):
    return R(lines("Delivery has failed to these recipients or groups:", f"{c.webmail(c.dad)}",
                   "The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.",
                   "Diagnostic information for administrators: Remote Server returned '550 5.1.1 User unknown'"),
             who=Who("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@cafcass.gov.uk", "", "", ""),
             subj="Undeliverable: Appointment")


@tpl(None, via=("scan",))
def n_misdirected_post(c):
    org, msg = c.pick(("Holroyd Motors", "Your vehicle is due for its MOT on 2 April. Call us to book."),
                      ("Brackenfield Dental Practice", "It is time for your six-monthly dental check-up."),
                      ("Calder Valley Gas Services", "We will be carrying out essential work on the gas main in your street next week."))
    return R(lines(org, f"Dear {c.pick('Mr Fenwick', 'The Occupier', 'Mrs Aldred')},", msg,
                   "[handwritten] not known here – return to sender"))


@tpl(None, via=("email",), where="eng")
def n_lost_property(c):
    return R(lines("Lost property", "A navy umbrella and a set of car keys (Ford fob) were handed in at reception yesterday.",
                   "Please collect by Friday."),
             who=Who("Reception", "reception.leeds@cafcass.gov.uk", "", "", ""), subj=c.pick("Lost property", "Found: keys"))



# ============================================================================================
# The legacy shared drive (G drive): documents of old cases, imported in one batch on Wednesday
# ============================================================================================
@tpl("section-7-report", via=("tree",), where="eng", old=True, law="private")
def s7_old_doc(c):
    d = c.olddate(2012, 2013)
    return R(lines("CAFCASS", f"IN THE {c.court['place'].upper()} COUNTY COURT", f"Case No: {c.case_no}",
                   "REPORT TO THE COURT UNDER SECTION 7 OF THE CHILDREN ACT 1989",
                   *[f"{k.first} {k.last}  born {k.dob.replace(year=k.dob.year - 11).strftime('%d/%m/%Y')}" for k in c.kids],
                   f"Date of report: {c.d(d, 'long')}", f"Author: {c.fca.full}, Family Court Adviser",
                   "1. Introduction", f"1.1 This report was ordered on {c.d(d - dt.timedelta(days=84), 'long')}."),
             names=["S7 FINAL.doc", f"{c.k1.last} s7.doc", "report v3.doc"])


@tpl("safeguarding-letter", via=("tree",), where="eng", old=True, law="private")
def sl_schedule2_old(c):
    d = c.olddate(2012, 2014)
    return R(lines("Schedule 2 letter to the court", f"{c.case_no}  – FHDRA {c.d(d, 'dmy')}",
                   f"Checks: police – {c.pick('no trace', '2 DV incidents 2010')}; LA – {c.pick('not known', 'known, CIN 2009')}",
                   "Telephone interviews: both parties",
                   "Safety issues: " + c.pick("none identified", "allegations of DV by M"),
                   "Recommendation: " + c.pick("parties attend PIP", "s7 report", "no further Cafcass involvement"),
                   "Cafcass Duty Officer"),
             names=["sch 2.doc", "SCHEDULE 2 LETTER.doc", f"{c.k1.last}.doc"])


@tpl("letter-to-parties", via=("tree",), where="eng", old=True, law="private")
def ltp_old_doc(c):
    d = c.olddate(2012, 2013)
    return R(lines(c.d(d, "long"), "", f"Dear {c.mum.formal} and {c.dad.formal}", "",
                   f"I enclose a copy of my report dated {c.d(d - dt.timedelta(days=2), 'long')}. Please read it carefully before the hearing "
                   "and do not share it with the children.", "", "Yours sincerely", c.fca.full, "Family Court Adviser"),
             names=["ltr to parties.doc", "covering ltr.doc"])


@tpl("court-order", via=("tree",), where="eng", old=True, law="private")
def co_old_scan(c):
    d = c.olddate(2012, 2014)
    return R(lines(f"IN THE {c.court['place'].upper()} COUNTY COURT", f"Case No. {c.case_no}", "Children Act 1989",
                   f"Before District Judge {c.dj} on {c.d(d, 'long')}", "Upon the parties agreeing",
                   "IT IS ORDERED that the children reside with the mother and have contact with the father on alternate weekends.",
                   "No order as to costs save detailed assessment of the publicly funded costs."),
             names=["order.pdf", "ORDER 2013.pdf", "final order.pdf"])


@tpl("direct-work-record", via=("tree",), where="eng", old=True, law="private")
def dw_old_doc(c):
    d = c.olddate(2012, 2013)
    return R(lines(f"Wishes and feelings – {c.k1.first} – seen at school {c.d(d, 'dots')}",
                   f"{c.k1.first} drew a picture of both houses. Said likes going to dad's 'because of the trampoline'.",
                   "Did not want to talk about the arguments. Happy for me to tell the judge.", f"{c.fca.initials}"),
             names=["W&F.doc", "child seen.doc"])


@tpl("correspondence", via=("tree",), where="eng", old=True, law="private")
def cor_old_letter(c):
    d = c.olddate(2012, 2014)
    return R(lines(c.ffirm["name"], c.d(d, "long"), "Dear Sirs", f"Re: {c.case_no}",
                   "We act for the father. Please note our interest and forward any report to this office.",
                   "Yours faithfully"), names=["letter from sols.doc", "ltr.doc"])


@tpl("welcome-letter", via=("tree",), where="eng", old=True, law="private")
def wel_old(c):
    return R(lines("Dear Parent", "",
                   "CAFCASS has been asked by the court to help with the application about your children. Before the first hearing "
                   "a CAFCASS officer will telephone you to ask about any safety concerns. We will also check with the police and social services.",
                   "Please find enclosed our leaflet 'Parenting Plan'.", "", "CAFCASS"),
             names=["initial letter.doc", "letter 1.doc"])


@tpl("police-check", via=("tree",), where="eng", old=True)
def pchk_old(c):
    return R(lines("POLICE CHECK RESULT", f"{c.police['name']}", f"Re: {c.case_no}",
                   f"{c.mum.full}: no trace", f"{c.dad.full}: {c.pick('trace – domestic incident 2011', 'no trace')}",
                   "Checked by: PPU"), names=["police checks.doc", "police.doc"])


# ============================================================================================
# Channels: how the item reached the office, and what that did to it
# ============================================================================================
OCR_SUBS = [("rn", "m"), ("m", "rn"), ("cl", "d"), ("l", "1"), ("I", "l"), ("O", "0"), ("fi", "ﬁ"), ("fl", "ﬂ"),
            ("e", "c"), ("h", "b"), ("S", "5"), ("ll", "Il"), ("tt", "ft"), ("a", "o"), ("u", "v"), ("'", "’"),
            ("n", "ri"), ("w", "vv"), ("B", "8"), (",", ".")]
STRAY = ["|", "'", "‘", ".", "~", ":", "»", "l", "-"]
WELSH_DIAC = dict(zip("ŵŷâêîôûïáéíóú", "wyaeiouiaeiou"))


def ocr_noise(text, rng, rate, hand=False):
    out = []
    for line in text.split("\n"):
        toks = line.split(" ")
        for i, t in enumerate(toks):
            if len(t) > 2 and rng.random() < rate:
                cands = [(a, b) for a, b in OCR_SUBS if a in t]
                if cands and rng.random() < 0.8:
                    a, b = rng.choice(cands)
                    idxs = [m.start() for m in re.finditer(re.escape(a), t)]
                    j = rng.choice(idxs)
                    t = t[:j] + b + t[j + len(a):]
                else:
                    k = rng.randrange(1, len(t))
                    t = t[:k] + " " + t[k:]
            if hand and len(t) > 3 and rng.random() < rate / 2:
                k = rng.randrange(len(t))
                t = t[:k] + t[k + 1:] if rng.random() < 0.5 else t[:k] + t[k].swapcase() + t[k + 1:]
            toks[i] = t
        line = " ".join(toks)
        if line and rng.random() < rate / 2:
            line = rng.choice(STRAY) + " " + line
        if len(line) > 40 and rng.random() < rate / 3:
            k = rng.randrange(15, len(line) - 15)
            if line[k].isalpha() and line[k - 1].isalpha():
                line = line[:k] + "-\n" + line[k:]
        out.append(line)
    text = "\n".join(out)
    if rng.random() < 0.7:
        text = "".join(WELSH_DIAC[ch] if ch in WELSH_DIAC and rng.random() < 0.6 else ch for ch in text)
    return text


def stamp(c, rng):
    d = c.today
    return rng.choice([f"RECEIVED\n{d.day} {MON_EN[d.month - 1][:3].upper()} {d.year}",
                       f"SCANNED {d.strftime('%d/%m/%y')}",
                       f"{d.strftime('%d/%m/%Y')} {rng.randint(8, 16):02d}:{rng.randint(0, 59):02d}  FROM: {drama_phone(rng, '01632 960').replace(' ', '')}  P.00{rng.randint(1, 3)}/00{rng.randint(3, 6)}",
                       f"Rec'd {d.strftime('%d.%m')} – BS",
                       f"DERBYNIWYD / RECEIVED {d.strftime('%d/%m/%Y')}"])


def scan_name(rng, day, hh, mm, ss, seq):
    d = WEEK[day]
    yymmdd, ddmmyy, ymd, dmy = d.strftime("%y%m%d"), d.strftime("%d%m%y"), d.strftime("%Y%m%d"), d.strftime("%d%m%Y")
    return rng.choice([
        f"scan{seq:04d}.pdf",
        f"DOC{ddmmyy}-{dmy}{hh:02d}{mm:02d}{ss:02d}.pdf",
        f"SKM_C308{yymmdd}{hh:02d}{mm:02d}{ss:02d}0.pdf",
        f"Scan_{ymd}_{hh:02d}{mm:02d}{ss:02d}.tif",
        f"{ymd}{hh:02d}{mm:02d}{ss:02d}.pdf",
        "Scanned from a Xerox Multifunction Printer.pdf" if rng.random() < 0.5 else
        f"Scanned from a Xerox Multifunction Printer ({rng.randint(1, 40)}).pdf",
        f"IMG_{ymd}_{hh:02d}{mm:02d}.jpg",
        f"station{rng.randint(1, 3)}_{ymd}_{seq:03d}.tiff",
        f"KM_C250i{yymmdd}{hh:02d}{mm:02d}.pdf",
    ])


GENERIC_ATTACH = ["attachment-1.pdf", "ATT00001.pdf", "ATT00002.pdf", "Doc1.docx", "image001.png", "document.pdf",
                  "Untitled.pdf", "noname.pdf", "scan0003.pdf", "file.pdf", "Document.pdf", "attachment.pdf", "pdf.pdf",
                  "Secure Attachment.pdf", "Doc2.docx", "Scan.pdf"]
GENERIC_UPLOAD = ["Document (3).pdf", "Untitled document.docx", "Notes.docx", "Document1.docx", "upload.pdf", "file (1).pdf",
                  "New Document.docx", "download.pdf", "Doc1.docx"]
GENERIC_TREE = ["New Microsoft Word Document.doc", "DRAFT.doc", "final FINAL.doc", "Copy of letter.doc", "misc.doc",
                "Document1.doc", "old stuff.doc", "ZZ_archive.pdf"]
MISLEAD = [("C100.pdf", "application"), ("order.pdf", "court-order"), ("report final.pdf", "section-7-report"),
           ("safeguarding letter.docx", "safeguarding-letter"), ("PNC.pdf", "pnc-disclosure"),
           ("position statement.docx", "position-statement"), ("case plan.docx", "case-plan"),
           ("bundle.pdf", "court-bundle"), ("minutes.pdf", "cp-conference-minutes"),
           ("letter to court.docx", "letter-to-court"), ("statement.pdf", "witness-statement"),
           ("checks.pdf", "la-checks"), ("drawing.jpg", "child-drawing"), ("thank you.jpg", "thank-you-card"),
           ("police.pdf", "police-check"), ("report.pdf", "expert-report")]
# kinds a misleading name must not be "nearly right" for
NEAR = {"court-order": {"directions-order"}, "directions-order": {"court-order"}, "police-check": {"pnc-disclosure", "police-callouts"},
        "pnc-disclosure": {"police-check", "police-callouts"}, "police-callouts": {"police-check", "pnc-disclosure"},
        "section-7-report": {"addendum-report", "previous-cafcass", "guardian-analysis"}, "expert-report": {"provider-report"},
        "la-checks": {"screening-response"}, "screening-response": {"la-checks"}, "witness-statement": {"position-statement"},
        "position-statement": {"witness-statement"}, "case-plan": {"case-plan-review"}, "case-plan-review": {"case-plan"},
        "safeguarding-letter": {"previous-cafcass"}, "letter-to-court": {"letter-to-parties"}}
PERSON_NAMES = {"section-7-report": ["S7 report", "Section 7 Report", "s7 welfare report"],
                "safeguarding-letter": ["Safeguarding letter", "SL"], "position-statement": ["Position statement", "PS"],
                "la-checks": ["LA checks", "LA response"], "police-check": ["Police check", "Police response"],
                "pnc-disclosure": ["PNC", "PNC disclosure"], "court-order": ["Order", "Sealed order"],
                "directions-order": ["Directions order", "Order"], "application": ["Application form", "Application"],
                "cp-conference-minutes": ["CP conference minutes"], "expert-report": ["Expert report"],
                "correspondence": ["Email", "Correspondence", "Letter"]}

SUBJ_UNRELATED = ["RE: FW: room booking Thursday", "RE: annual leave", "RE: FW: [EXTERNAL] urgent", "FW: scan from MFD",
                  "Message from KM_C308", "Scanned from a Xerox Multifunction Printer", "RE: as discussed", "FW: FW:",
                  "RE: Tuesday", "can you upload pls", "FW: for filing", "RE: duty rota", "Fwd: docs", "RE: parking",
                  "RE: are you in tomorrow?"]
FWD_TOP = ["FYI – can you save this to the file please.", "Pls upload. Also are you in on Thursday?",
           "Sending on as it came to my inbox by mistake.", "See below – not sure which case folder, can you check?",
           "Forwarding for the file. Can we talk about the rota later?", "Can someone in BS pick this up? Thanks",
           "Blaen-anfon ar gyfer y ffeil. Diolch.", "Below for the file – and reminder team meeting moved to 2pm."]


def decorate_subject(rng, subj, who, lang):
    if subj is None:
        subj = ""
    org = (who.org if who else "") or ""
    email = who.email if who else ""
    steps = []
    if subj and rng.random() < 0.55:
        if "police" in email:
            pre = rng.choice(["", "OFFICIAL-SENSITIVE: ", "[OFFICIAL-SENSITIVE] ", "RE: ", "Secure: "])
        elif email.endswith(("cafcass.gov.uk", "gov.wales", "llyw.cymru")):
            pre = rng.choice(["", "RE: ", "FW: ", "RE: FW: "])
        elif "justice.gov.uk" in email:
            pre = rng.choice(["", "RE: ", "Secure: "])
        elif org == "lip" or org == "child":
            pre = rng.choice(["", "Re: ", "Fwd: "])
        else:
            pre = rng.choice(["[EXTERNAL] ", "RE: [EXTERNAL] ", "Egress: ", "Secure: ", "RE: ", "RE: FW: [EXTERNAL] ",
                              "[SECURE] "])
        if pre and not subj.startswith(pre.strip()):
            subj = pre + subj
            steps.append("subjpre")
    return subj, steps


def email_header(rng, who, to, subj, when):
    day, hh, mm = when
    d = WEEK[day]
    sent = rng.choice([f"{DAY_EN[d.weekday()]}, {d.day} {MON_EN[d.month - 1]} {d.year} {hh:02d}:{mm:02d}",
                       f"{DAY_EN[d.weekday()]}, {MON_EN[d.month - 1]} {d.day}, {d.year} {hh % 12 or 12}:{mm:02d} {'AM' if hh < 12 else 'PM'}",
                       f"{d.strftime('%d/%m/%Y')} {hh:02d}:{mm:02d}"])
    return lines(f"From: {who.name} <{who.email}>", f"Sent: {sent}", f"To: {to}", f"Subject: {subj}")


def inbox(c):
    if c.wales:
        return f"{c.team['en']} <cafcasscymru.{c.court['team']}@gov.wales>"
    return f"Cafcass {c.court['office']} Business Services <{slug(c.court['office'])}.bs@cafcass.gov.uk>"


def earlier_message(c, who):
    """A quoted earlier message in the thread (the request this is a reply to, or similar)."""
    internal = who.email.endswith(("cafcass.gov.uk", "gov.wales", "llyw.cymru"))
    if who.org in ("lip", "child"):
        body = (c.pick("Diolch am siarad â mi heddiw. Os oes unrhyw beth arall, anfonwch e-bost ataf.",
                       "Diolch am eich neges.") if c.lang == "cy" else
                c.pick("Thank you for speaking with me today. If there is anything else you want me to know, please email me.",
                       "Just to confirm our appointment next week.", "Thanks for your message, I will call you tomorrow."))
        return lines("", f"On {c.d(c.ago(1, 10), 'dmy')}, {c.fca.full} wrote:", "> " + body)
    if internal:
        p = c.pick(c.msol, c.sw, c.pro())
        return lines("-----Original Message-----", f"From: {p.full}", f"Sent: {c.d(c.ago(1, 8), 'day')}",
                     f"Subject: {c.case_no}", "", c.pick("Could you let me know where things are up to?",
                                                          "Please see below and advise.", "Are you able to confirm the date?"))
    if c.lang == "cy":
        body = c.pick(f"A fyddech cystal ag anfon unrhyw wybodaeth sydd gennych am y teulu uchod ({c.case_no}).",
                      "Diolch – edrych ymlaen at glywed gennych.")
    else:
        body = c.pick(f"Please see attached request for information regarding the above case ({c.case_no}). Many thanks.",
                      "Thanks for this – could you confirm when we can expect a response?",
                      f"Please could you provide any information you hold on the family named below. Hearing date {c.d(c.hearing, 'dmy')}.")
    p = c.bso if c.chance(0.6) else c.fca
    return lines("", f"On {c.d(c.ago(1, 10), 'dmy')}, {p.full} wrote:", "> " + body.replace("\n", "\n> "))


# ============================================================================================
# Building one example
# ============================================================================================
def safe_name(s):
    s = re.sub(r'[/\\:*?"<>|\x00-\x1f]', "", s).strip(" .")
    return s[:60] or "no subject"


def conventional_name(c, kind, lang, rng):
    info = KINDS[kind]
    if lang == "cy":
        doc = info["name_cy"]
    else:
        doc = rng.choice(PERSON_NAMES.get(kind, []) + [info["name"]])
    return f"{c.case_name} - {c.case_no} - {doc}.pdf"


def pick_file_name(rng, c, kind, lang, via, r, when, steps):
    day, hh, mm, ss = when
    if via == "scan":
        return scan_name(rng, day, hh, mm, ss, rng.randint(1, 400))
    roll = rng.random()
    if kind and roll < 0.11 and via != "tree":
        steps.append("conv")
        return conventional_name(c, kind, lang, rng)
    if kind and roll < 0.19:
        opts = [n for n, k in MISLEAD if k != kind and k not in NEAR.get(kind, set())
                and not (via == "tree" and n.endswith(".jpg"))]
        steps.append("mislead")
        return rng.choice(opts)
    hint = r.names and rng.random() < (0.6 if via == "tree" else 0.42)
    if hint:
        return rng.choice(r.names)
    if via == "attach":
        n = rng.choice(GENERIC_ATTACH)
        if n.startswith("scan"):
            n = f"scan{rng.randint(1, 40):04d}.pdf"
        if rng.random() < 0.15:
            d = WEEK[day]
            n = f"DOC{d.strftime('%d%m%y')}-{d.strftime('%d%m%Y')}{hh:02d}{mm:02d}{ss:02d}.pdf"
        return n
    if via == "upload":
        if r.hw or rng.random() < 0.15:
            d = WEEK[day]
            return rng.choice([f"IMG_{d.strftime('%Y%m%d')}_{hh:02d}{mm:02d}.jpg", f"IMG_{rng.randint(1000, 9999)}.HEIC",
                               f"WhatsApp Image {d.isoformat()} at {hh:02d}.{mm:02d}.{ss:02d}.jpeg"])
        return rng.choice(GENERIC_UPLOAD)
    # tree
    n = rng.choice(GENERIC_TREE)
    return n if rng.random() < 0.7 else f"{c.k1.last.upper()}_{n}"


def add_page_furniture(text, rng, c):
    total = rng.randint(2, 9)
    head = rng.choice(["OFFICIAL-SENSITIVE", "OFFICIAL – SENSITIVE", f"{c.case_no}", f"Case: {c.case_name}",
                       "SWYDDOGOL – SENSITIF / OFFICIAL – SENSITIVE" if c.wales else "Confidential"])
    if re.search(r"Page \d+ of \d+|Tudalen \d+", text):
        return head + "\n" + text
    foot = f"Page 1 of {total}" if rng.random() < 0.7 else f"1"
    return lines(head, text, foot)


P1_KINDS = {"section-7-report", "guardian-analysis", "addendum-report", "expert-report", "cp-conference-minutes",
            "agency-information", "witness-statement", "position-statement", "application", "court-bundle",
            "safeguarding-letter", "contact-log", "pnc-disclosure", "police-callouts", "case-plan", "court-order",
            "directions-order", "letter-of-instruction"}


def first_page_only(text, rng):
    ls = text.split("\n")
    if len(ls) < 10:
        return text, False
    keep = max(8, int(len(ls) * rng.uniform(0.55, 0.75)))
    return "\n".join(ls[:keep]) + f"\nPage 1 of {rng.randint(3, 12)}", True


def mojibake(text):
    return text.replace("’", "â€™").replace("–", "â€“").replace("£", "Â£").replace("‘", "â€˜")


def build(t, tnum, slot, via, when):
    kind, lang = t["kind"], t["lang"]
    rng = random.Random(f"{SEED}:{kind}:{slot}:{t['name']}:body")
    if lang == "cy" or t["where"] == "wales":
        wales = True
    elif t["where"] == "eng":
        wales = False
    else:
        wales = rng.random() < 0.2
    law = t["law"] or ("public" if rng.random() < 0.2 else "private")
    c = Case(rng, lang, wales, law, WEEK[when[0]], old=t["old"])
    r = t["fn"](c)
    text = r.text.strip("\n")
    if lang == "cy":
        text = welsh_conjunctions(text)
    steps = []
    sender = subject = ""
    if via == "email":
        part, source = "email", "email"
        who = r.who
        assert who is not None, t["name"]
        subject, st = decorate_subject(rng, r.subj, who, lang)
        steps += st
        body = text
        if who.sig and rng.random() < 0.85:
            body += "\n\n" + who.sig
            steps.append("sig")
        if who.disc and rng.random() < 0.6:
            body += "\n\n" + who.disc
            steps.append("disc")
        if kind and rng.random() < 0.2:
            body += "\n" + earlier_message(c, who)
            steps.append("thread")
        internal = who.email.endswith(("cafcass.gov.uk", "gov.wales", "llyw.cymru"))
        if not internal and rng.random() < 0.3:
            body = rng.choice(BANNER_EXT[2:] if wales else BANNER_EXT[:2]) + "\n\n" + body
            steps.append("banner")
        if kind and rng.random() < 0.13:
            fwd = c.p_bso() if rng.random() < 0.5 else c.p_pm()
            top = rng.choice([x for x in FWD_TOP if (wales or "Blaen" not in x)])
            orig = email_header(rng, who, inbox(c), subject, (when[0], max(7, when[1] - 1), when[2]))
            body = lines(top, "", fwd.name, "", "---------- Forwarded message ---------", orig, "", body)
            who = fwd
            subject = "FW: " + subject if subject else "FW:"
            steps.append("fwdtop")
        if rng.random() < 0.45:
            to = inbox(c)
            if kind is None and internal:
                to = rng.choice(["All staff", f"{c.svc} – all staff", inbox(c)])
            elif internal and who.name == c.fca.full:
                to = rng.choice([inbox(c), f"{c.court['place']} Family Court <family.{slug(c.court['place'])}@justice.gov.uk>",
                                 f"{c.pm.full} <{c.mail(c.pm, who.email.split('@')[1])}>"])
            elif internal:
                to = rng.choice([f"{c.fca.full} <{c.mail(c.fca, who.email.split('@')[1])}>", inbox(c),
                                 f"{c.court['place']} Family Court <family.{slug(c.court['place'])}@justice.gov.uk>"])
            body = email_header(rng, who, to,
                                subject, when[:3]) + "\n\n" + body
            steps.append("hdr")
        text = body
        sender = who.email
        file_name = rng.choice(["message.eml", f"{safe_name(subject)}.msg", f"{rng.randint(10000, 99999)}.eml",
                                "email.eml", f"{safe_name(subject)}.eml"])
    else:
        if via == "attach":
            part, source = "attachment", "email"
            who = r.who
            assert who is not None, t["name"]
            roll = rng.random()
            if kind and roll < 0.13:
                who = c.p_bso() if rng.random() < 0.6 else c.p_fca()
                subject = rng.choice(SUBJ_UNRELATED)
                steps.append("fwdsubj")
            elif roll < 0.21:
                subject = ""
                steps.append("blanksubj")
            else:
                subject, st = decorate_subject(rng, r.subj, who, lang)
                steps += st
                if not subject:
                    steps.append("blanksubj")
            sender = who.email
            if r.hw:
                text = ocr_noise(text, rng, 0.16, hand=True)
                steps.append("ocr-hw")
            elif rng.random() < 0.2:
                text = ocr_noise(text, rng, rng.choice([0.03, 0.06]))
                steps.append("ocr")
        else:
            part, source = "document", via
            if via == "scan":
                if r.hw:
                    text = ocr_noise(text, rng, rng.choice([0.12, 0.18, 0.24]), hand=True)
                    steps.append("ocr-hw")
                elif rng.random() < 0.72:
                    text = ocr_noise(text, rng, rng.choice([0.03, 0.06, 0.1]))
                    steps.append("ocr")
                if kind and rng.random() < 0.3:
                    s = stamp(c, rng)
                    text = (s + "\n" + text) if rng.random() < 0.5 else (text + "\n" + s)
                    steps.append("stamp")
            elif via == "tree" and rng.random() < 0.25 and re.search("[’–£‘]", text):
                text = mojibake(text)
                steps.append("mojibake")
        if kind and via in ("attach", "upload", "tree") and rng.random() < 0.18 and not r.hw:
            text = add_page_furniture(text, rng, c)
            steps.append("hf")
        if kind in P1_KINDS and via in ("attach", "upload") and rng.random() < 0.2 and not r.hw:
            text, cut = first_page_only(text, rng)
            if cut:
                steps.append("p1")
        file_name = pick_file_name(rng, c, kind, lang, via, r, when, steps)
    ex = dict(kind=kind, language=lang, part=part, source=source, file_name=file_name, sender=sender,
              subject=subject, text=text)
    if r.rc:
        ex["record_class"] = r.rc
    ex["recipe"] = f"{kind or 'null'}#{tnum:02d}" + "".join("+" + s for s in steps)
    ex["_when"] = when
    ex["_wales"] = wales
    ex["_tname"] = t["name"]
    return ex


# ============================================================================================
# Plan: how many of each kind, how many in Welsh, and when each item arrived
# ============================================================================================
with open(KINDS_TOML, "rb") as fh:
    KINDS = {k["id"]: k for k in tomllib.load(fh)["kind"]}

EXTRA = {"correspondence": 1, "la-checks": 1, "safeguarding-letter": 1,
         "section-7-report": 1, "position-statement": 1, "letter-from-party": 1, "direct-work-record": 1,
         "pnc-disclosure": 1, "police-check": 1, "court-order": 1, "directions-order": 1}
CY3 = {"contact-log", "detailed-recording", "welcome-letter", "letter-to-parties", "letter-from-party", "case-plan",
       "case-plan-review", "safety-assessment", "safeguarding-letter", "section-7-report", "guardian-analysis",
       "letter-to-court", "addendum-report", "letter-from-child", "child-drawing", "direct-work-record",
       "child-meets-judge", "legal-call-note", "thank-you-card", "informal-contact", "solicitor-correspondence",
       "legal-advice", "position-statement", "la-checks", "agency-information"}
N_NULL, N_NULL_CY = 25, 6


def arrival(rng, via, i):
    if via == "tree":
        return (2, 14, rng.randint(0, 59), rng.randint(0, 59))          # the legacy G-drive import, Wednesday
    day = rng.randrange(5)
    if via == "scan":
        return (day, rng.randint(8, 15), rng.randint(0, 59), rng.randint(0, 59))
    if via == "upload":
        return (day, rng.randint(9, 17), rng.randint(0, 59), rng.randint(0, 59))
    hh = rng.choice([7, 8, 9, 9, 10, 10, 11, 11, 12, 13, 14, 14, 15, 15, 16, 16, 17, 18, 19])
    return (day, hh, rng.randint(0, 59), rng.randint(0, 59))


def plan():
    master = random.Random(SEED)
    by_kind = collections.defaultdict(list)
    for t in TEMPLATES:
        by_kind[t["kind"]].append(t)
    for k in KINDS:
        assert k in by_kind, f"no template for {k}"
    for k in by_kind:
        assert k is None or k in KINDS, f"unknown kind {k}"
    slots = []
    for kind in list(KINDS) + [None]:
        ts = by_kind[kind]
        numbered = {t["name"]: i + 1 for i, t in enumerate(ts)}
        en = [t for t in ts if t["lang"] == "en"]
        cy = [t for t in ts if t["lang"] == "cy"]
        if kind is None:
            n, n_cy = N_NULL, N_NULL_CY
        else:
            n = max(10, len(ts)) + EXTRA.get(kind, 0)
            n_cy = 3 if kind in CY3 else 2
        for pool, m in ((en, n - n_cy), (cy, n_cy)):
            order = pool[:]
            master.shuffle(order)
            for j in range(m):
                slots.append((kind, order[j % len(order)], numbered[order[j % len(order)]["name"]]))
    examples = []
    per_kind_slot = collections.Counter()
    for kind, t, tnum in slots:
        per_kind_slot[kind] += 1
        slot = per_kind_slot[kind]
        prng = random.Random(f"{SEED}:{kind}:{slot}:{t['name']}:channel")
        via = prng.choice(t["via"])
        when = arrival(prng, via, slot)
        examples.append(build(t, tnum, slot, via, when))
    examples.sort(key=lambda e: (e["_when"], e["recipe"], e["file_name"]))
    for i, e in enumerate(examples, 1):
        e["id"] = f"m{i:04d}"
    return examples


FIELDS = ["id", "kind", "language", "part", "source", "file_name", "sender", "subject", "text", "record_class", "recipe"]
RECORD_CLASSES = {"looked-after-child", "adoption", "foster-carers", "child-protection", "other-childrens-social-care",
                  "adult-posing-risk", "missing-person"}


def name_in_text(e):
    k = KINDS[e["kind"]]
    for nm in (k["name"], k["name_cy"]):
        if re.search(r"(?<!\w)" + re.escape(nm) + r"(?!\w)", e["text"], re.IGNORECASE):
            return True
    return False


def validate(path):
    rows = [json.loads(l) for l in path.read_text(encoding="utf-8").splitlines()]
    ids = set()
    for e in rows:
        assert set(e) <= set(FIELDS) and set(FIELDS) - set(e) <= {"record_class"}, e["id"]
        assert e["id"] not in ids and re.fullmatch(r"m\d{4}", e["id"]), e["id"]
        ids.add(e["id"])
        assert e["kind"] is None or e["kind"] in KINDS, e["kind"]
        assert e["language"] in ("en", "cy")
        assert e["part"] in ("document", "attachment", "email")
        assert e["source"] in ("scan", "email", "upload", "tree")
        if e["part"] in ("email", "attachment"):
            assert e["source"] == "email" and e["sender"], e["id"]
        else:
            assert e["source"] != "email" and e["sender"] == "" and e["subject"] == "", e["id"]
        assert e["text"].strip(), e["id"]
        assert e["file_name"] and not re.search(r'[/\\:*?"<>|]', e["file_name"]), e["file_name"]
        if "record_class" in e:
            assert e["record_class"] in RECORD_CLASSES
    per_kind = collections.Counter(e["kind"] for e in rows)
    for k in KINDS:
        assert per_kind[k] >= 9, (k, per_kind[k])
    return rows


def report(rows):
    n = len(rows)
    lab = [e for e in rows if e["kind"]]
    print(f"examples: {n}  labelled: {len(lab)}  null: {n - len(lab)}")
    lang = collections.Counter(e["language"] for e in rows)
    print(f"language: en {lang['en']}  cy {lang['cy']} ({100 * lang['cy'] / n:.1f}%)  null cy: "
          f"{sum(1 for e in rows if not e['kind'] and e['language'] == 'cy')}")
    print("part:", dict(collections.Counter(e["part"] for e in rows)))
    print("source:", dict(collections.Counter(e["source"] for e in rows)))
    ntpl = collections.Counter(t["kind"] for t in TEMPLATES)
    used = collections.defaultdict(set)
    for e in rows:
        used[e["kind"]].add(e["recipe"].split("+")[0])
    print(f"templates: {len(TEMPLATES)} ({sum(v for k, v in ntpl.items() if k)} labelled, {ntpl[None]} null); "
          f"Welsh templates: {sum(1 for t in TEMPLATES if t['lang'] == 'cy')}")
    print(f"{'kind':<26}{'folder':<20}{'n':>4}{'cy':>4}{'tpl':>5}{'used':>5}")
    folders = collections.Counter()
    for k, info in KINDS.items():
        ks = [e for e in rows if e["kind"] == k]
        folders[info["folder"]] += len(ks)
        print(f"{k:<26}{info['folder']:<20}{len(ks):>4}{sum(e['language'] == 'cy' for e in ks):>4}{ntpl[k]:>5}{len(used[k]):>5}")
    print(f"{'null':<26}{'none':<20}{n - len(lab):>4}{sum(1 for e in rows if not e['kind'] and e['language'] == 'cy'):>4}"
          f"{ntpl[None]:>5}{len(used[None]):>5}")
    print("folders:", dict(folders))
    print("record_class:", dict(collections.Counter(e["record_class"] for e in rows if "record_class" in e)))
    named = sum(name_in_text(e) for e in lab)
    print(f"kind name in text: {named} of {len(lab)} labelled ({100 * named / len(lab):.1f}%)")
    steps = collections.Counter(s for e in rows for s in e["recipe"].split("+")[1:])
    print("steps:", dict(sorted(steps.items())))
    scans = [e for e in rows if e["source"] == "scan"]
    print(f"scans with OCR noise: {sum(('+ocr' in e['recipe']) for e in scans)} of {len(scans)}")
    words = [len(e["text"].split()) for e in rows]
    print(f"words per text: median {statistics.median(words)}, min {min(words)}, max {max(words)}")
    return named


def main():
    rows = plan()
    print(f"set in Wales: {sum(e['_wales'] for e in rows)} "
          f"(of which English-language: {sum(e['_wales'] and e['language'] == 'en' for e in rows)})")
    with open(OUT, "w", encoding="utf-8") as fh:
        for e in rows:
            out = {k: e[k] for k in FIELDS if k in e}
            fh.write(json.dumps(out, ensure_ascii=False) + "\n")
    rows = validate(OUT)
    named = report(rows)
    lab = sum(1 for e in rows if e["kind"])
    assert named <= 0.15 * lab, "too many texts contain their kind's name"


if __name__ == "__main__":
    main()
