#!/usr/bin/env python3
"""Training set C for the document-routing classifier.

Writes training-c.jsonl next to this script, validates it and prints counts.
Python 3 standard library only; deterministic (random.Random(SEED)).

Every person, case, address and reference in the output is invented. The public
bodies (councils, police forces, courts, NHS bodies) are real names used only as
issuing organisations; the firms, schools, services and experts are invented.
"""
import datetime as dt
import json
import os
import random
import re
import sys
from collections import Counter, OrderedDict

SEED = 77031
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "training-c.jsonl")
KINDS_TOML = os.path.join(HERE, "kinds.toml")

R = random.Random(SEED)

# ---------------------------------------------------------------------------
# Reference data
# ---------------------------------------------------------------------------

# force name -> (short e-mail domain, welsh name or "")
FORCES = OrderedDict([
    ("Avon and Somerset Police", ("avonandsomerset.police.uk", "")),
    ("Bedfordshire Police", ("bedfordshire.pnn.police.uk", "")),
    ("Cambridgeshire Constabulary", ("cambs.police.uk", "")),
    ("Cheshire Constabulary", ("cheshire.police.uk", "")),
    ("City of London Police", ("cityoflondon.police.uk", "")),
    ("Cleveland Police", ("cleveland.police.uk", "")),
    ("Cumbria Constabulary", ("cumbria.police.uk", "")),
    ("Derbyshire Constabulary", ("derbyshire.police.uk", "")),
    ("Devon and Cornwall Police", ("devonandcornwall.pnn.police.uk", "")),
    ("Dorset Police", ("dorset.pnn.police.uk", "")),
    ("Durham Constabulary", ("durham.police.uk", "")),
    ("Dyfed-Powys Police", ("dyfed-powys.police.uk", "Heddlu Dyfed-Powys")),
    ("Essex Police", ("essex.police.uk", "")),
    ("Gloucestershire Constabulary", ("gloucestershire.police.uk", "")),
    ("Greater Manchester Police", ("gmp.police.uk", "")),
    ("Gwent Police", ("gwent.pnn.police.uk", "Heddlu Gwent")),
    ("Hampshire and Isle of Wight Constabulary", ("hampshire.police.uk", "")),
    ("Hertfordshire Constabulary", ("herts.police.uk", "")),
    ("Humberside Police", ("humberside.pnn.police.uk", "")),
    ("Kent Police", ("kent.police.uk", "")),
    ("Lancashire Constabulary", ("lancashire.police.uk", "")),
    ("Leicestershire Police", ("leics.police.uk", "")),
    ("Lincolnshire Police", ("lincs.police.uk", "")),
    ("Merseyside Police", ("merseyside.police.uk", "")),
    ("Metropolitan Police Service", ("met.police.uk", "")),
    ("Norfolk Constabulary", ("norfolk.police.uk", "")),
    ("North Wales Police", ("nthwales.pnn.police.uk", "Heddlu Gogledd Cymru")),
    ("North Yorkshire Police", ("northyorkshire.police.uk", "")),
    ("Northamptonshire Police", ("northants.police.uk", "")),
    ("Northumbria Police", ("northumbria.police.uk", "")),
    ("Nottinghamshire Police", ("notts.police.uk", "")),
    ("South Wales Police", ("south-wales.police.uk", "Heddlu De Cymru")),
    ("South Yorkshire Police", ("southyorks.police.uk", "")),
    ("Staffordshire Police", ("staffordshire.police.uk", "")),
    ("Suffolk Constabulary", ("suffolk.police.uk", "")),
    ("Surrey Police", ("surrey.police.uk", "")),
    ("Sussex Police", ("sussex.police.uk", "")),
    ("Thames Valley Police", ("thamesvalley.police.uk", "")),
    ("Warwickshire Police", ("warwickshire.police.uk", "")),
    ("West Mercia Police", ("westmercia.police.uk", "")),
    ("West Midlands Police", ("westmidlands.police.uk", "")),
    ("West Yorkshire Police", ("westyorkshire.police.uk", "")),
    ("Wiltshire Police", ("wiltshire.police.uk", "")),
])
BTP = ("British Transport Police", ("btp.police.uk", ""))

# town | case prefix | council | council domain | force | NHS body
ENGLAND = """\
Leeds|LS|Leeds City Council|leeds.gov.uk|West Yorkshire Police|Leeds Community Healthcare NHS Trust
Bradford|BD|City of Bradford Metropolitan District Council|bradford.gov.uk|West Yorkshire Police|Bradford District Care NHS Foundation Trust
Manchester|MA|Manchester City Council|manchester.gov.uk|Greater Manchester Police|Manchester University NHS Foundation Trust
Stockport|SK|Stockport Metropolitan Borough Council|stockport.gov.uk|Greater Manchester Police|Stockport NHS Foundation Trust
Wigan|WN|Wigan Council|wigan.gov.uk|Greater Manchester Police|Wrightington, Wigan and Leigh Teaching Hospitals NHS Foundation Trust
Liverpool|LV|Liverpool City Council|liverpool.gov.uk|Merseyside Police|Alder Hey Children's NHS Foundation Trust
Birkenhead|BK|Wirral Council|wirral.gov.uk|Merseyside Police|Wirral Community Health and Care NHS Foundation Trust
Chester|CH|Cheshire West and Chester Council|cheshirewestandchester.gov.uk|Cheshire Constabulary|Cheshire and Wirral Partnership NHS Foundation Trust
Preston|PR|Lancashire County Council|lancashire.gov.uk|Lancashire Constabulary|Lancashire and South Cumbria NHS Foundation Trust
Blackburn|BB|Blackburn with Darwen Borough Council|blackburn.gov.uk|Lancashire Constabulary|East Lancashire Hospitals NHS Trust
Carlisle|CA|Cumberland Council|cumberland.gov.uk|Cumbria Constabulary|North Cumbria Integrated Care NHS Foundation Trust
Newcastle upon Tyne|NE|Newcastle City Council|newcastle.gov.uk|Northumbria Police|Newcastle upon Tyne Hospitals NHS Foundation Trust
Sunderland|SU|Sunderland City Council|sunderland.gov.uk|Northumbria Police|South Tyneside and Sunderland NHS Foundation Trust
Durham|DH|Durham County Council|durham.gov.uk|Durham Constabulary|County Durham and Darlington NHS Foundation Trust
Middlesbrough|MB|Middlesbrough Council|middlesbrough.gov.uk|Cleveland Police|South Tees Hospitals NHS Foundation Trust
York|YO|City of York Council|york.gov.uk|North Yorkshire Police|York and Scarborough Teaching Hospitals NHS Foundation Trust
Kingston upon Hull|HU|Hull City Council|hull.gov.uk|Humberside Police|Humber Teaching NHS Foundation Trust
Sheffield|SH|Sheffield City Council|sheffield.gov.uk|South Yorkshire Police|Sheffield Children's NHS Foundation Trust
Doncaster|DN|City of Doncaster Council|doncaster.gov.uk|South Yorkshire Police|Rotherham Doncaster and South Humber NHS Foundation Trust
Lincoln|LN|Lincolnshire County Council|lincolnshire.gov.uk|Lincolnshire Police|Lincolnshire Partnership NHS Foundation Trust
Nottingham|NG|Nottingham City Council|nottinghamcity.gov.uk|Nottinghamshire Police|Nottingham University Hospitals NHS Trust
Derby|DE|Derby City Council|derby.gov.uk|Derbyshire Constabulary|Derbyshire Healthcare NHS Foundation Trust
Leicester|LE|Leicester City Council|leicester.gov.uk|Leicestershire Police|Leicestershire Partnership NHS Trust
Northampton|NN|West Northamptonshire Council|westnorthants.gov.uk|Northamptonshire Police|Northamptonshire Healthcare NHS Foundation Trust
Stoke-on-Trent|ST|Stoke-on-Trent City Council|stoke.gov.uk|Staffordshire Police|Midlands Partnership University NHS Foundation Trust
Wolverhampton|WV|City of Wolverhampton Council|wolverhampton.gov.uk|West Midlands Police|The Royal Wolverhampton NHS Trust
Birmingham|BM|Birmingham Children's Trust|birminghamchildrenstrust.co.uk|West Midlands Police|Birmingham Women's and Children's NHS Foundation Trust
Coventry|CV|Coventry City Council|coventry.gov.uk|West Midlands Police|Coventry and Warwickshire Partnership NHS Trust
Warwick|WK|Warwickshire County Council|warwickshire.gov.uk|Warwickshire Police|South Warwickshire University NHS Foundation Trust
Worcester|WR|Worcestershire Children First|worcschildrenfirst.org.uk|West Mercia Police|Herefordshire and Worcestershire Health and Care NHS Trust
Telford|TF|Telford & Wrekin Council|telford.gov.uk|West Mercia Police|Shropshire Community Health NHS Trust
Gloucester|GL|Gloucestershire County Council|gloucestershire.gov.uk|Gloucestershire Constabulary|Gloucestershire Health and Care NHS Foundation Trust
Bristol|BS|Bristol City Council|bristol.gov.uk|Avon and Somerset Police|Sirona care & health
Taunton|TA|Somerset Council|somerset.gov.uk|Avon and Somerset Police|Somerset NHS Foundation Trust
Exeter|EX|Devon County Council|devon.gov.uk|Devon and Cornwall Police|Royal Devon University Healthcare NHS Foundation Trust
Plymouth|PL|Plymouth City Council|plymouth.gov.uk|Devon and Cornwall Police|Livewell Southwest
Truro|TR|Cornwall Council|cornwall.gov.uk|Devon and Cornwall Police|Cornwall Partnership NHS Foundation Trust
Bournemouth|BH|Bournemouth, Christchurch and Poole Council|bcpcouncil.gov.uk|Dorset Police|Dorset HealthCare University NHS Foundation Trust
Swindon|SN|Swindon Borough Council|swindon.gov.uk|Wiltshire Police|Great Western Hospitals NHS Foundation Trust
Portsmouth|PO|Portsmouth City Council|portsmouthcc.gov.uk|Hampshire and Isle of Wight Constabulary|Solent NHS Trust
Southampton|SO|Hampshire County Council|hants.gov.uk|Hampshire and Isle of Wight Constabulary|Southern Health NHS Foundation Trust
Reading|RG|Brighter Futures for Children (Reading)|brighterfuturesforchildren.org|Thames Valley Police|Berkshire Healthcare NHS Foundation Trust
Oxford|OX|Oxfordshire County Council|oxfordshire.gov.uk|Thames Valley Police|Oxford Health NHS Foundation Trust
Milton Keynes|MK|Milton Keynes City Council|milton-keynes.gov.uk|Thames Valley Police|Central and North West London NHS Foundation Trust
Luton|LU|Luton Borough Council|luton.gov.uk|Bedfordshire Police|Bedfordshire Hospitals NHS Foundation Trust
Watford|WD|Hertfordshire County Council|hertfordshire.gov.uk|Hertfordshire Constabulary|Hertfordshire Community NHS Trust
Chelmsford|CM|Essex County Council|essex.gov.uk|Essex Police|Essex Partnership University NHS Foundation Trust
Ipswich|IP|Suffolk County Council|suffolk.gov.uk|Suffolk Constabulary|Norfolk and Suffolk NHS Foundation Trust
Norwich|NR|Norfolk County Council|norfolk.gov.uk|Norfolk Constabulary|Norfolk Community Health and Care NHS Trust
Peterborough|PE|Peterborough City Council|peterborough.gov.uk|Cambridgeshire Constabulary|Cambridgeshire Community Services NHS Trust
Cambridge|CB|Cambridgeshire County Council|cambridgeshire.gov.uk|Cambridgeshire Constabulary|Cambridge University Hospitals NHS Foundation Trust
Medway|ME|Medway Council|medway.gov.uk|Kent Police|Medway Community Healthcare
Canterbury|CT|Kent County Council|kent.gov.uk|Kent Police|Kent Community Health NHS Foundation Trust
Brighton|BN|Brighton & Hove City Council|brighton-hove.gov.uk|Sussex Police|Sussex Community NHS Foundation Trust
Guildford|GU|Surrey County Council|surreycc.gov.uk|Surrey Police|Surrey and Borders Partnership NHS Foundation Trust
Central Family Court|ZC|London Borough of Camden|camden.gov.uk|Metropolitan Police Service|Whittington Health NHS Trust
Central Family Court|ZC|City of London Corporation|cityoflondon.gov.uk|City of London Police|Homerton Healthcare NHS Foundation Trust
East London Family Court|ZE|London Borough of Tower Hamlets|towerhamlets.gov.uk|Metropolitan Police Service|East London NHS Foundation Trust
East London Family Court|ZE|London Borough of Newham|newham.gov.uk|Metropolitan Police Service|East London NHS Foundation Trust
West London Family Court|ZW|London Borough of Ealing|ealing.gov.uk|Metropolitan Police Service|Central and North West London NHS Foundation Trust
Croydon|CR|London Borough of Croydon|croydon.gov.uk|Metropolitan Police Service|Croydon Health Services NHS Trust
Romford|RM|London Borough of Havering|havering.gov.uk|Metropolitan Police Service|North East London NHS Foundation Trust
Bromley|BR|London Borough of Bromley|bromley.gov.uk|Metropolitan Police Service|Oxleas NHS Foundation Trust
Barnet|BT|London Borough of Barnet|barnet.gov.uk|Metropolitan Police Service|Royal Free London NHS Foundation Trust"""

# town | welsh court phrase (yn ...) | prefix | council EN | council CY | domain | force | health board EN | CY
WALES = """\
Cardiff|yng Nghaerdydd|CF|Cardiff Council|Cyngor Caerdydd|cardiff.gov.uk|South Wales Police|Cardiff and Vale University Health Board|Bwrdd Iechyd Prifysgol Caerdydd a'r Fro
Cardiff|yng Nghaerdydd|CF|Vale of Glamorgan Council|Cyngor Bro Morgannwg|valeofglamorgan.gov.uk|South Wales Police|Cardiff and Vale University Health Board|Bwrdd Iechyd Prifysgol Caerdydd a'r Fro
Swansea|yn Abertawe|SA|Swansea Council|Cyngor Abertawe|swansea.gov.uk|South Wales Police|Swansea Bay University Health Board|Bwrdd Iechyd Prifysgol Bae Abertawe
Swansea|yn Abertawe|SA|Neath Port Talbot Council|Cyngor Castell-nedd Port Talbot|npt.gov.uk|South Wales Police|Swansea Bay University Health Board|Bwrdd Iechyd Prifysgol Bae Abertawe
Pontypridd|ym Mhontypridd|PD|Rhondda Cynon Taf County Borough Council|Cyngor Bwrdeistref Sirol Rhondda Cynon Taf|rctcbc.gov.uk|South Wales Police|Cwm Taf Morgannwg University Health Board|Bwrdd Iechyd Prifysgol Cwm Taf Morgannwg
Merthyr Tydfil|ym Merthyr Tudful|MT|Merthyr Tydfil County Borough Council|Cyngor Bwrdeistref Sirol Merthyr Tudful|merthyr.gov.uk|South Wales Police|Cwm Taf Morgannwg University Health Board|Bwrdd Iechyd Prifysgol Cwm Taf Morgannwg
Newport|yng Nghasnewydd|NP|Newport City Council|Cyngor Dinas Casnewydd|newport.gov.uk|Gwent Police|Aneurin Bevan University Health Board|Bwrdd Iechyd Prifysgol Aneurin Bevan
Newport|yng Nghasnewydd|NP|Caerphilly County Borough Council|Cyngor Bwrdeistref Sirol Caerffili|caerphilly.gov.uk|Gwent Police|Aneurin Bevan University Health Board|Bwrdd Iechyd Prifysgol Aneurin Bevan
Newport|yng Nghasnewydd|NP|Torfaen County Borough Council|Cyngor Bwrdeistref Sirol Torfaen|torfaen.gov.uk|Gwent Police|Aneurin Bevan University Health Board|Bwrdd Iechyd Prifysgol Aneurin Bevan
Wrexham|yn Wrecsam|WX|Wrexham County Borough Council|Cyngor Bwrdeistref Sirol Wrecsam|wrexham.gov.uk|North Wales Police|Betsi Cadwaladr University Health Board|Bwrdd Iechyd Prifysgol Betsi Cadwaladr
Mold|yn yr Wyddgrug|MO|Flintshire County Council|Cyngor Sir y Fflint|flintshire.gov.uk|North Wales Police|Betsi Cadwaladr University Health Board|Bwrdd Iechyd Prifysgol Betsi Cadwaladr
Caernarfon|yng Nghaernarfon|CN|Gwynedd Council|Cyngor Gwynedd|gwynedd.llyw.cymru|North Wales Police|Betsi Cadwaladr University Health Board|Bwrdd Iechyd Prifysgol Betsi Cadwaladr
Caernarfon|yng Nghaernarfon|CN|Isle of Anglesey County Council|Cyngor Sir Ynys Môn|ynysmon.llyw.cymru|North Wales Police|Betsi Cadwaladr University Health Board|Bwrdd Iechyd Prifysgol Betsi Cadwaladr
Caernarfon|yng Nghaernarfon|CN|Conwy County Borough Council|Cyngor Bwrdeistref Sirol Conwy|conwy.gov.uk|North Wales Police|Betsi Cadwaladr University Health Board|Bwrdd Iechyd Prifysgol Betsi Cadwaladr
Aberystwyth|yn Aberystwyth|AY|Ceredigion County Council|Cyngor Sir Ceredigion|ceredigion.gov.uk|Dyfed-Powys Police|Hywel Dda University Health Board|Bwrdd Iechyd Prifysgol Hywel Dda
Carmarthen|yng Nghaerfyrddin|CW|Carmarthenshire County Council|Cyngor Sir Caerfyrddin|sirgar.llyw.cymru|Dyfed-Powys Police|Hywel Dda University Health Board|Bwrdd Iechyd Prifysgol Hywel Dda
Haverfordwest|yn Hwlffordd|HV|Pembrokeshire County Council|Cyngor Sir Penfro|pembrokeshire.gov.uk|Dyfed-Powys Police|Hywel Dda University Health Board|Bwrdd Iechyd Prifysgol Hywel Dda
Welshpool|yn y Trallwng|WP|Powys County Council|Cyngor Sir Powys|powys.gov.uk|Dyfed-Powys Police|Powys Teaching Health Board|Bwrdd Iechyd Addysgu Powys"""

TOWN_CY = {"Cardiff": "Caerdydd", "Swansea": "Abertawe", "Pontypridd": "Pontypridd",
           "Merthyr Tydfil": "Merthyr Tudful", "Newport": "Casnewydd", "Wrexham": "Wrecsam",
           "Mold": "Yr Wyddgrug", "Caernarfon": "Caernarfon", "Aberystwyth": "Aberystwyth",
           "Carmarthen": "Caerfyrddin", "Haverfordwest": "Hwlffordd", "Welshpool": "Y Trallwng"}

BOYS = ("Oliver Noah Leo Harry Alfie Jack Freddie Archie Theo Oscar Charlie Muhammad Yusuf Ibrahim "
        "Kacper Jakub Mason Tyler Kai Reggie Ezra Riley Finley Ollie Bobby Tommy Harvey Jayden "
        "Zain Aarav Kofi Tobiasz Mateo Dexter Roman Albie Lewis Callum Ryan Dominic").split()
GIRLS = ("Olivia Amelia Isla Ava Lily Freya Ivy Florence Willow Poppy Evie Sophia Grace Ruby Aisha "
         "Maryam Zofia Hanna Amira Nevaeh Skye Lacey Macie Darcey Harper Millie Eliza Ellie Layla "
         "Chantelle Precious Chloe Keira Leah Bethany Sienna Ayesha Inaya Maja Esme").split()
MEN = ("Daniel Craig Lee Shane Wayne Mark Gary Jamie Ashley Adam Kieran Dean Ricky Marcus Imran "
       "Tariq Mohammed Piotr Tomasz Andrei Stuart Neil Paul Darren Jordan Scott Carl Liam Nathan "
       "Emeka Kwame Delroy Sunil Rajesh Bilal Luke Gavin Sean Matthew").split()
WOMEN = ("Sarah Emma Gemma Kelly Stacey Leanne Donna Nicola Rebecca Laura Charlotte Hayley Jade "
         "Kirsty Samantha Michelle Danielle Amy Natalie Zoe Shabana Nadia Agnieszka Monika Ioana "
         "Precious Abena Sharon Claire Victoria Jodie Kayleigh Shannon Rachel Aimee Tanya Farah").split()
SURN = ("Atkinson Bramwell Clegg Dunmore Ellison Fairclough Garside Hollins Ingham Jowett Kershaw "
        "Lomax Metcalfe Nuttall Ormerod Pilling Quarmby Riddiough Sugden Thwaite Uttley Varley "
        "Whitworth Yates Ahmed Hussain Begum Akhtar Malik Iqbal Kowalski Nowak Wisniewska Lewandowski "
        "Popescu Okafor Mensah Adeyemi Campbell Forbes Brathwaite McKenzie O'Neill Doherty Gallagher "
        "Reilly Patel Chauhan Mistry Sandhu Gill Brennan Harker Stott Pickering Marsden Fenwick "
        "Tindall Haworth Rowbotham Cartwright Bould Sheard Heap Stansfield Barraclough Kaye Oduya "
        "Hargreaves Pendlebury Treloar Penhaligon Trevethan Croucher Mulligan Ashworth").split()
CY_BOYS = "Osian Macsen Elis Cai Tomos Gethin Iolo Llŷr Deio Ifan Guto Morgan Harri Efan Steffan".split()
CY_GIRLS = "Gwenllian Cerys Nia Ffion Megan Lowri Seren Mali Efa Alaw Elin Begw Heledd Nel Catrin".split()
CY_MEN = "Dafydd Rhys Gareth Huw Aled Dylan Emyr Geraint Iwan Sion Wyn Gwion Meirion Carwyn".split()
CY_WOMEN = "Sian Eleri Angharad Bethan Rhian Manon Nerys Gwawr Llinos Delyth Mererid Ceri Non Enfys".split()
CY_SURN = ("Jones Davies Williams Evans Hughes Pritchard Rees Griffiths Parry Lloyd Morgan Owen "
           "Roberts Jenkins Prosser Bowen Vaughan Pugh Gruffydd Humphreys Watkins Lewis Thomas "
           "Rowlands Bevan Howells Powell Price").split()
STREETS = ("Albion Street|Beech Grove|Cavendish Road|Dale View|Elm Terrace|Fern Close|Granville Avenue|"
           "Holly Bank|Ivy Court|Jubilee Way|Kingfisher Drive|Laburnum Road|Mill Lane|Newlands Rise|"
           "Orchard Mews|Priory Walk|Quarry Hill|Railway Cottages|Station Road|Tenter Croft|"
           "Union Street|Victoria Parade|Well Lane|Westfield Crescent|Willow Gardens|Yew Tree Close").split("|")
CY_STREETS = ("Heol y Bryn|Stryd y Castell|Ffordd Penrhos|Lôn Las|Maes y Dref|Heol Awel|Rhes Glan'rafon|"
              "Cae Ffynnon|Stryd Fawr|Ffordd yr Orsaf|Bryn Eithin|Heol Dinas|Maes Hyfryd").split("|")
SOL_FIRMS = ["Hartley Brook Solicitors", "Pennant & Rowe LLP", "Oakfield Family Law", "Greaves Akhtar Solicitors",
             "Tudor Price Solicitors", "Ashdown Kerr LLP", "Brindley Cole Solicitors", "Whitlock & Mensah",
             "Carrow Street Family Law", "Howarth Fenn LLP", "Moorgate Sinclair", "Radley Oduya Solicitors",
             "Fairbank & Co", "Lister Quayle Family Lawyers", "Bellingham Shaw", "Nettleton Ridge LLP"]
CY_SOL_FIRMS = ["Morgan Lloyd Cyfreithwyr", "Emlyn Rhys Solicitors", "Gwynfor Parry a'i Gwmni",
                "Vaughan Pugh Solicitors", "Hafan Law", "Prosser Bevan LLP"]
CONTACT_CENTRES = ["Willow Tree Child Contact Centre", "Harbour Lights Contact Centre", "The Meeting Place (Family Contact)",
                   "Kestrel House Supervised Contact", "Brambles Family Centre", "Little Acorns Contact Service",
                   "Canolfan Gyswllt Plant Glan Môr", "Canolfan Deulu'r Wennol"]
DA_SERVICES = ["Safer Futures Domestic Abuse Service", "Beacon DA Outreach", "Haven Independent Domestic Violence Advisers",
               "Threshold Women's Aid", "Calon Domestic Abuse Service", "Gwasanaeth Cam-drin Domestig Enfys",
               "Sanctuary Pathways", "Northlight Family Safety"]
LABS = ["Alderley Toxicology Ltd", "Northgate Analytical Testing", "Crestmoor Forensic Laboratories",
        "Halden Hair & Drug Testing", "TruTrace Laboratories Ltd"]
PROVIDERS = {"SPIP": ["Clearwater Family Mediation", "Parenting Bridges Ltd", "Two Homes Family Services",
                      "Cadwyn Family Services"],
             "CCI": ["Family Bridges CIC", "Meadowside Contact Interventions", "Lantern Child Contact Services"],
             "DAPP": ["Pathways Change Programme", "Turning Point Relationships (DAPP)", "Respectful Futures Programme"],
             "WT4C": ["Gweithio Gyda'n Gilydd er mwyn Plant (WT4C) – Cadwyn", "WT4C Gogledd Cymru"]}
INTERPRETERS = ["Lingua Bridge Interpreting", "Clear Voice Language Services", "Polyglot Court Interpreters Ltd"]
PSYCHS = ["Dr Helena Marsh, Consultant Clinical Psychologist", "Dr Tariq Bhatti, Consultant Child and Adolescent Psychiatrist",
          "Dr Rowena Ashcroft, Chartered Forensic Psychologist", "Dr Emyr Wyn Hughes, Seicolegydd Clinigol",
          "Ms Gwen Lloyd, Independent Social Worker", "Mr Patrick Odhiambo, Independent Social Worker",
          "Dr Lucia Ferreira, Consultant Paediatrician", "Dr Sameena Rauf, Consultant Adult Psychiatrist"]
SCHOOL_NAMES = ["Brookfield", "Holme Valley", "St Aidan's C of E", "Oakwood", "Larchfield", "Moorside",
                "Our Lady of Lourdes RC", "Kingsway", "Riverside", "Thornhill", "Westgate", "Highfield"]
CY_SCHOOL = ["Ysgol Gynradd Bro Dewi", "Ysgol y Garnedd", "Ysgol Gymraeg Pwll Coch", "Ysgol Syr Hugh Owen",
             "Ysgol Gynradd Penrhyn", "Ysgol Bro Teifi", "Ysgol Glan Clwyd"]
GP_NAMES = ["Park View", "Riverside", "Ladybrook", "Greenhill", "Abbey", "Castle Street", "Valley", "Millstone"]
CY_GP = ["Meddygfa'r Llan", "Meddygfa Bodnant", "Canolfan Iechyd Tywyn", "Meddygfa Heol Fawr", "Meddygfa Glan y Môr"]
MONTHS = "January February March April May June July August September October November December".split()
MONTHS_CY = "Ionawr Chwefror Mawrth Ebrill Mai Mehefin Gorffennaf Awst Medi Hydref Tachwedd Rhagfyr".split()
DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
DAYS_CY = ["Dydd Llun", "Dydd Mawrth", "Dydd Mercher", "Dydd Iau", "Dydd Gwener", "Dydd Sadwrn", "Dydd Sul"]
NUM_CY = {1: "un", 2: "dau", 3: "tri", 4: "pedwar", 5: "pump", 6: "chwech", 7: "saith", 8: "wyth",
          9: "naw", 10: "deg", 11: "un ar ddeg", 12: "deuddeg", 13: "tri ar ddeg", 14: "pedwar ar ddeg",
          15: "pymtheg", 16: "un ar bymtheg", 17: "dau ar bymtheg"}


def slug(s):
    return re.sub(r"[^a-z]", "", s.lower())


class P:
    """An invented person."""

    def __init__(self, first, last, g):
        self.first, self.last, self.g = first, last, g

    @property
    def full(self):
        return f"{self.first} {self.last}"

    @property
    def ini(self):
        return f"{self.first[0]}.{self.last[0]}."

    def title(self, cy=False):
        if self.g == "m":
            return "Mr" if not cy else "Mr"
        return random_title_f(self)

    @property
    def he(self):
        return "he" if self.g == "m" else "she"

    @property
    def his(self):
        return "his" if self.g == "m" else "her"

    @property
    def him(self):
        return "him" if self.g == "m" else "her"

    def mail(self, dom):
        f = re.sub(r"[^a-z]", "", self.first.lower().replace("ŷ", "y"))
        l = re.sub(r"[^a-z]", "", self.last.lower())
        return f"{f}.{l}@{dom}"

    def __str__(self):
        return self.full


def random_title_f(p):
    return ["Ms", "Mrs", "Miss"][sum(map(ord, p.full)) % 3]


class Kid(P):
    def __init__(self, first, last, g, dob, age):
        super().__init__(first, last, g)
        self.dob, self.age = dob, age


def fmt(d, style):
    if style == 0:
        return d.strftime("%d/%m/%Y")
    if style == 1:
        return f"{d.day} {MONTHS[d.month-1]} {d.year}"
    if style == 2:
        return d.strftime("%d.%m.%y")
    if style == 3:
        suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return f"{DAYS[d.weekday()]} {d.day}{suf} {MONTHS[d.month-1]} {d.year}"
    if style == 4:
        return d.isoformat()
    if style == 5:
        return f"{d.day:02d}-{MONTHS[d.month-1][:3]}-{d.year}"
    return f"{d.day}/{d.month}/{str(d.year)[2:]}"


def fmt_cy(d, style=1):
    if style == 0:
        return d.strftime("%d/%m/%Y")
    if style == 3:
        return f"d{DAYS_CY[d.weekday()].lower()} {d.day} {MONTHS_CY[d.month-1]} {d.year}"
    return f"{d.day} {MONTHS_CY[d.month-1]} {d.year}"


# ---------------------------------------------------------------------------
# One invented case
# ---------------------------------------------------------------------------

class Ctx:
    def __init__(self, r, welsh=False, law=None, force=None):
        self.r = r
        self.welsh = welsh
        self.rc = None
        self.ds = r.choice([0, 0, 1, 1, 2, 3, 5, 6])  # house date style of this document
        wrows = WALES.splitlines()
        erows = ENGLAND.splitlines()
        if force and not welsh:
            wrows = [x for x in wrows if x.split("|")[6] == force]
            erows = [x for x in erows if x.split("|")[4] == force]
        if welsh or (wrows and not erows) or (not force and r.random() < 0.08):
            row = r.choice(wrows).split("|")
            self.wales = True
            (self.town, self.yn, self.prefix, self.la, self.la_cy, self.la_dom, self.force,
             self.nhs, self.nhs_cy) = row
            self.town_cy = TOWN_CY[self.town]
        else:
            row = r.choice(erows).split("|")
            self.wales = False
            self.town, self.prefix, self.la, self.la_dom, self.force, self.nhs = row
            self.la_cy, self.nhs_cy, self.yn, self.town_cy = self.la, self.nhs, "", self.town
        self.force_dom, self.force_cy = FORCES[self.force]
        if not self.force_cy:
            self.force_cy = self.force
        self.law = law or r.choice(["private"] * 3 + ["public"] * 2)
        self.base = dt.date(2021, 6, 1) + dt.timedelta(days=r.randrange(0, 1450))
        yr = self.base.year % 100
        self.no = f"{self.prefix}{yr:02d}{'P' if self.law == 'private' else 'C'}{r.randrange(100, 99999):05d}"
        cyn = welsh or (self.wales and r.random() < 0.6)
        self.cyn = cyn
        fn_b, fn_g = (CY_BOYS, CY_GIRLS) if cyn else (BOYS, GIRLS)
        fn_m, fn_w = (CY_MEN, CY_WOMEN) if cyn else (MEN, WOMEN)
        sur = CY_SURN if cyn else SURN
        fam = r.choice(sur)
        other = r.choice([s for s in sur if s != fam])
        self.mum = P(r.choice(fn_w), r.choice([fam, other, fam]), "f")
        self.dad = P(r.choice(fn_m), fam if self.mum.last != fam else r.choice(sur), "m")
        if self.dad.last == self.mum.last and r.random() < 0.5:
            self.mum = P(self.mum.first, r.choice([s for s in sur if s != self.dad.last]), "f")
        n = r.choice([1, 1, 2, 2, 3])
        self.kids = []
        used = set()
        for i in range(n):
            g = r.choice("mf")
            pool = fn_b if g == "m" else fn_g
            first = r.choice([x for x in pool if x not in used])
            used.add(first)
            age = r.randrange(1, 16)
            dob = self.base - dt.timedelta(days=365 * age + r.randrange(0, 360))
            self.kids.append(Kid(first, r.choice([self.dad.last, self.dad.last, self.mum.last]), g, dob, age))
        self.kids.sort(key=lambda k: k.dob)
        self.k1 = self.kids[0]
        self.k2 = self.kids[-1]
        if r.random() < 0.5:
            self.app, self.resp = self.dad, self.mum
        else:
            self.app, self.resp = self.mum, self.dad
        if self.law == "private":
            self.case_name = f"{self.app.last} v {self.resp.last}" if self.app.last != self.resp.last else f"Re {self.k1.last}"
        else:
            short = re.sub(r"^(London Borough of |City of |Royal Borough of )", "", self.la)
            short = re.sub(r" (City|County|Metropolitan Borough|Borough|County Borough|Metropolitan District)? ?Council$", "", short)
            self.la_short = short.strip()
            self.case_name = r.choice([f"{self.la_short} v {self.mum.last}", f"Re {self.k1.last}",
                                       f"{self.la_short} v {self.mum.last} and {self.dad.last}"])
        if self.law == "private":
            self.la_short = re.sub(r" (City|County|Metropolitan Borough|Borough|County Borough|Metropolitan District)? ?Council$", "", self.la)
        pf = (CY_MEN + CY_WOMEN) if cyn else (MEN + WOMEN)
        ps = CY_SURN if cyn else SURN
        def person():
            f = r.choice(pf)
            return P(f, r.choice(ps), "m" if f in MEN or f in CY_MEN else "f")
        self.fca = person()
        self.mgr = person()
        self.sw = person()
        self.tm = person()
        self.officer = person()
        self.lawyer = person()
        self.hv = person()
        self.teacher = person()
        self.gpdoc = person()
        self.cafcass_dom = "gov.wales" if self.wales else "cafcass.gov.uk"
        self.fca_mail = self.fca.mail(self.cafcass_dom)
        if self.wales:
            self.team = r.choice([f"CAFCASS Cymru, {self.town}", f"CAFCASS Cymru – {self.town} office",
                                  "CAFCASS Cymru"])
            self.team_cy = r.choice([f"CAFCASS Cymru, {self.town_cy}", "CAFCASS Cymru"])
        else:
            self.team = r.choice([f"Cafcass {self.town} {'Private' if self.law == 'private' else 'Public'} Law Team",
                                  f"Cafcass – {self.town} team", "Cafcass", "Cafcass Intake and Assessment Team",
                                  f"Cafcass {self.town} Service Area"])
            self.team_cy = self.team
        self.cafcass = "CAFCASS Cymru" if self.wales else "Cafcass"
        self.fca_role = ("Children's Guardian" if self.law == "public" else
                         r.choice(["Family Court Adviser", "Family Court Adviser", "Senior Family Court Adviser"]))
        self.fca_role_cy = "Gwarcheidwad Plant" if self.law == "public" else "Ymarferydd Llys Teulu"
        self.court = (f"the Family Court sitting at {self.town}" if "Family Court" not in self.town else f"the {self.town}")
        self.court_cy = f"Y Llys Teulu yn eistedd {self.yn}" if self.wales else self.court
        self.court_mail = f"{slug(self.town)[:14]}familycourt@justice.gov.uk"
        jname = r.choice(ps)
        self.judge = r.choice([f"HHJ {jname}", f"Her Honour Judge {jname}", f"His Honour Judge {jname}",
                               f"District Judge {jname}", f"DJ {jname}", f"Recorder {jname}",
                               f"Deputy District Judge {jname}", "Lay Justices", f"Mrs Justice {jname}"])
        if self.judge.startswith("Mrs Justice"):
            self.court = "the High Court of Justice, Family Division"
            self.court_cy = "Yr Uchel Lys, Adran Teulu"
            self.no = f"FD{yr:02d}{self.no[4]}{self.no[5:]}"
        sols = SOL_FIRMS + (CY_SOL_FIRMS if self.wales else [])
        self.sol_app, self.sol_resp, self.sol_child = r.sample(sols, 3)
        self.solname = person()
        st = r.choice(CY_STREETS if cyn else STREETS)
        self.addr = f"{r.randrange(1, 140)} {st}, {self.town_cy if cyn else self.town}"
        self.pc = f"{self.prefix}{r.randrange(1, 30)} {r.randrange(1, 10)}{r.choice('ABDEFGHJLNPQRSTUWXY')}{r.choice('ABDEFGHJLNPQRSTUWXY')}"
        self.school = (r.choice(CY_SCHOOL) if cyn else f"{r.choice(SCHOOL_NAMES)} {r.choice(['Primary School', 'Primary Academy', 'Academy', 'Junior School', 'High School'])}")
        self.gp = r.choice(CY_GP) if cyn else f"{r.choice(GP_NAMES)} {r.choice(['Medical Practice', 'Surgery', 'Health Centre'])}"
        self.centre = r.choice(CONTACT_CENTRES)
        self.da = r.choice(DA_SERVICES)
        self.lab = r.choice(LABS)
        self.expert = r.choice(PSYCHS)
        self.interp = r.choice(INTERPRETERS)
        self.phone = f"0{r.choice(['113', '161', '121', '29', '1792', '1248', '20', '114', '117', '1603'])} {r.randrange(200, 999)} {r.randrange(1000, 9999)}"
        self.mob = f"07{r.randrange(100, 999)} {r.randrange(100000, 999999)}"

    # names of children
    def kidlist(self, cy=False, dob=False):
        parts = []
        for k in self.kids:
            s = k.full
            if dob:
                s += f" ({'g.' if cy else 'DOB'} {self.d(k.dob) if not cy else fmt_cy(k.dob, 0)})"
            parts.append(s)
        if len(parts) == 1:
            return parts[0]
        return ", ".join(parts[:-1]) + (" a " if cy else " and ") + parts[-1]

    def firsts(self, cy=False):
        f = [k.first for k in self.kids]
        if len(f) == 1:
            return f[0]
        return ", ".join(f[:-1]) + (" a " if cy else " and ") + f[-1]

    def plural(self):
        return len(self.kids) > 1

    def day(self, off=0):
        return self.base + dt.timedelta(days=off)

    def d(self, x=0, style=None):
        if isinstance(x, int):
            x = self.day(x)
        return fmt(x, self.ds if style is None else style)

    def dc(self, x=0, style=1):
        if isinstance(x, int):
            x = self.day(x)
        return fmt_cy(x, style)

    def t(self):
        return f"{self.r.randrange(8, 18):02d}:{self.r.choice(['00', '05', '10', '15', '20', '30', '40', '45', '50', '55'])}"

    def ref(self, pre="", n=6):
        return pre + "".join(str(self.r.randrange(10)) for _ in range(n))

    def pick(self, *xs):
        return self.r.choice(xs)

    def RC(self, cls, cy=False):
        """Set the record class and return words in the text that state it."""
        self.rc = cls
        en = {"looked-after-child": ["Looked After Child", "Legal status: looked after (s.20 accommodated)",
                                     "Child looked after under an interim care order (s.38)", "Record type: Looked After Child"],
              "child-protection": ["Child Protection Plan (category: neglect)", "subject to a Child Protection Plan under the category of emotional abuse",
                                   "Record type: Child Protection (s.47)", "CP Plan - category physical abuse"],
              "adoption": ["Adoption", "Record type: Adoption", "placed for adoption under a placement order"],
              "foster-carers": ["Foster carer record", "Record type: Foster Carers (connected persons)"],
              "privately-fostered-child": ["Privately Fostered Child", "notified as a private fostering arrangement"],
              "missing-person": ["Missing person report", "MISSING PERSON episode", "Record type: Missing Persons (CPR)"],
              "adult-posing-risk": ["Adult posing a risk to children", "Person Posing a Risk to Children (PPRC)",
                                    "Record type: Adults who pose a risk to children"],
              "other-childrens-social-care": ["Child in Need", "Record type: Child in Need (s.17)",
                                              "Early Help / Child in Need file"]}
        cyw = {"looked-after-child": ["Plentyn sy'n Derbyn Gofal"], "child-protection": ["Cynllun Amddiffyn Plant (categori: esgeulustod)"],
               "adoption": ["Mabwysiadu"], "foster-carers": ["Cofnod gofalwyr maeth"],
               "privately-fostered-child": ["Plentyn wedi'i Faethu'n Breifat"], "missing-person": ["Person ar goll"],
               "adult-posing-risk": ["Oedolyn sy'n peri risg i blant"], "other-childrens-social-care": ["Plentyn mewn Angen"]}
        return self.r.choice((cyw if cy else en)[cls])

# ---------------------------------------------------------------------------
# Templates. Each returns text, or (text, meta). meta may give subject, sender,
# src (preferred source) and dn (document name a person would write).
# ---------------------------------------------------------------------------

TEMPLATES = OrderedDict()


def T(kind, lang="en", email=False, law=None):
    def deco(fn):
        lst = TEMPLATES.setdefault(kind, [])
        n = len(lst) + 1
        lst.append(dict(tid=f"{kind}#{n}{'-cy' if lang == 'cy' else ''}", lang=lang, email=email, fn=fn, law=law))
        return fn
    return deco


def bullets(items, mark="-"):
    return "\n".join(f"{mark} {x}" for x in items)


# ---------------- case-information ----------------

@T("contact-log")
def _(c, r):
    rows = [(0, "Case Update", "Business Support Officer", f"C100 received from {c.court_mail}. Case created."),
            (1, "Safeguarding checks", "Business Support Officer", f"Police check request sent to {c.force}. LA check request sent to {c.la}."),
            (2, "Welcome letters", "Business Support Officer", "Welcome letters issued to both parties."),
            (6, "Telephone call", c.fca_role, f"Safeguarding call with {c.app.full} (applicant). See detailed recording."),
            (7, "Telephone call", c.fca_role, f"Attempted call to {c.resp.full}, no answer, voicemail left."),
            (9, "Information received", "Business Support Officer", f"Police response received and saved to police information."),
            (12, "Report", c.fca_role, "Safeguarding letter filed with court and sent to parties.")]
    body = "\n".join(f"{c.d(o)}  {c.t()}  {h:<22} {who:<26} {txt}" for o, h, who, txt in rows[:r.randrange(4, 8)])
    return f"""Contact Log Report
Case: {c.case_name}    Case No: {c.no}
Printed: {c.d(20)}
Date        Time   Heading                Entered by                 Summary
{body}""", dict(src="tree")


@T("contact-log")
def _(c, r):
    lines = [f"{c.d(0)} – email from court with FHDRA date ({c.d(30)}). Noted.",
             f"{c.d(3)} – I called {c.resp.first} ({'mother' if c.resp.g == 'f' else 'father'}). {c.resp.he.capitalize()} said {c.resp.he} is happy to attend.",
             f"{c.d(4)} – spoke to {c.sw.full} at {c.la} MASH, the family are not open to them.",
             f"{c.d(8)} – received a text from {c.app.first} asking if I had the report yet. Replied not yet.",
             f"{c.d(11)} – discussed case with {c.mgr.full} (Service Manager). Agreed to request school info."]
    return f"""{c.no} {c.case_name}
running record - {c.fca.full}

""" + "\n".join(lines[:r.randrange(3, 6)]) + f"""

(cross ref: detailed recording {c.d(3, 0)}; case plan)"""


@T("contact-log")
def _(c, r):
    return f"""CMS CASE CONTACT SHEET (pre July 2014 case - saved as PDF)
Case number {c.no}     Applicant {c.app.full}     Respondent {c.resp.full}
Child(ren) {c.kidlist(dob=True)}

Entry 1   {c.d(0,0)}   Admin   File opened, papers received from court.
Entry 2   {c.d(2,0)}   FCA     Telephone interview with applicant - 25 mins.
Entry 3   {c.d(2,0)}   FCA     Telephone interview with respondent - 40 mins. Respondent raised concerns re alcohol.
Entry 4   {c.d(5,0)}   Admin   Schedule 2 letter typed and sent to court.
Entry 5   {c.d(28,0)}  FCA     Attended FHDRA. Consent order. File closed.
"""


@T("contact-log")
def _(c, r):
    return f"""Contact Log
This document has been generated from ECMS for a Subject Access Request. It is not to be edited or used as a running record.

Case Name: {c.case_name}
Case Number: {c.no}

{c.d(0)} {c.t()}  Manual entry – Case Update
Entered by: {c.mgr.full}, Service Manager
Case allocated to {c.fca.full}. Report due {c.d(84)}.

{c.d(5)} {c.t()}  Manual entry – Home visit
Entered by: {c.fca.full}, {c.fca_role}
Visited {c.firsts()} at mother's home. Detailed recording saved separately.

{c.d(9)} {c.t()}  Automatic entry – Document received
Document 'Position statement' received and filed in Court papers.

{c.d(12)} {c.t()}  Manual entry – Amendment
Entered by: {c.fca.full}
Reason for amendment: wrong date recorded for school visit, corrected to {c.d(14)}.""", dict(src="upload")


@T("contact-log")
def _(c, r):
    return f"""{c.no}
{c.d(0,6)} TC to M - agreed home visit. 
{c.d(1,6)} EM rec'd from SW ({c.sw.last}) re CIN mtg - fwd to FCA
{c.d(2,6)} VM left for F x2
{c.d(4,6)} TC F - says M stops contact, wants s7. Adv will be in safeguarding letter.
{c.d(5,6)} CL upd. Checks back - PNC nil for M, F 1x caution 2016.
{c.d(7,6)} SL filed.
-- {c.fca.ini} """


@T("contact-log")
def _(c, r):
    return f"""INTAKE TEAM – PRE-ALLOCATION LOG
Application type: C100 (child arrangements)   Received: {c.d(0)}   Court: {c.court}
{c.d(0)}  C100 and C1A scanned and indexed by NBC.
{c.d(1)}  Screening request sent to {c.la} (children's services).
{c.d(1)}  Police safeguarding check requested from {c.force} via secure email.
{c.d(1)}  Welcome letter and leaflets sent to applicant and respondent.
{c.d(6)}  LA response: {r.choice(['not known', 'known - historic CIN 2019', 'open to Early Help'])}.
{c.d(8)}  Police response outstanding - chased.
{c.d(10)} Passed to duty FCA for safeguarding calls.
Log owner: {c.team}"""


@T("contact-log")
def _(c, r):
    return f"""Contact log – {c.case_name} – {c.no}
{c.d(0)} 09:12 | Phone call in | {c.app.first} {c.app.last} | Rang to ask when {c.fca.first} would call. Told within 5 working days.
{c.d(2)} 14:40 | Email out | {c.school} | Requested school information about {c.k1.first} (attendance, wellbeing).
{c.d(6)} 11:02 | Email in | {c.school} | Reply received – saved to experts and agency.
{c.d(9)} 16:30 | Visit | {c.k1.first} at school | Seen alone, see direct work record.
{c.d(15)} 10:00 | Supervision | {c.mgr.full} | Case discussed, plan reviewed.""", dict(src="tree")


@T("contact-log", "cy")
def _(c, r):
    return f"""LOG CYSWLLT
Rhif yr achos: {c.no}   Enw'r achos: {c.case_name}
Ymarferydd: {c.fca.full}, {c.fca_role_cy}

{c.dc(0, 0)} – Galwad ffôn i {c.app.full}. Trafod y cais a phryderon am ddiogelwch. Gweler y cofnod manwl.
{c.dc(2, 0)} – E-bost gan {c.la_cy}: gwiriadau awdurdod lleol wedi dod i law.
{c.dc(3, 0)} – Ceisio ffonio {c.resp.full}; dim ateb, neges wedi'i gadael.
{c.dc(5, 0)} – Trafodaeth gyda {c.mgr.full} (Rheolwr Ymarfer). Cytuno i ofyn am wybodaeth gan yr ysgol.
{c.dc(9, 0)} – Llythyr diogelu wedi'i ffeilio gyda'r llys a'i anfon at y partïon."""


@T("contact-log", "cy")
def _(c, r):
    return f"""Cofnodion gwaith achos / Casework records – IRIS
{c.no}
{c.dc(0,0)} | Galwad ffôn / Telephone call | Siaradais â {c.resp.first} am y trefniadau presennol. Dywedodd fod {c.k1.first} yn gweld ei dad bob penwythnos.
{c.dc(1,0)} | E-bost / Email | Cais wedi'i anfon at {c.force_cy} am wiriad diogelu.
{c.dc(4,0)} | Ymweliad cartref / Home visit | Gweler y cofnod manwl.
{c.dc(6,0)} | Cyfarfod goruchwylio / Supervision | Cynllun achos wedi'i adolygu gyda {c.mgr.first}.""", dict(src="tree")


@T("wtfh-outcome")
def _(c, r):
    x = lambda b: "[X]" if b else "[ ]"
    s7 = r.random() < 0.5
    return f"""WORK TO FIRST HEARING – OUTCOME FORM
Case number: {c.no}        FHDRA date: {c.d(28)}
Court: {c.court}           Judge / Bench: {c.judge}
Duty FCA: {c.fca.full}

Parties attended:  Applicant {x(1)}  Respondent {x(r.random() < 0.8)}
Safeguarding letter before the court: {x(1)}
Outcome:
  {x(not s7)} Final order made / agreement reached
  {x(s7)} Section 7 report ordered (Cafcass)   Due: {c.d(112) if s7 else '—'}
  {x(0)} Section 7 report ordered (local authority)
  {x(r.random() < 0.3)} Referral to SPIP
  {x(0)} Fact-finding hearing listed
Further Cafcass involvement: {'Yes – case to be allocated' if s7 else 'No – close WTFH'}
Comments: {'Issues about the children spending time with ' + c.resp.first + ' not agreed.' if s7 else 'Interim arrangements agreed and made final by consent.'}"""


@T("wtfh-outcome")
def _(c, r):
    return f"""FHDRA outcome {c.d(30)} – {c.case_name} ({c.no})
Heard by {c.judge}. I was duty officer at court.
Both parties present, {c.app.first} represented by {c.sol_app}.
Agreement reached on alternate weekends from Friday after school to Sunday 5pm and half of holidays. Order made by consent.
No safeguarding issues outstanding following the letter. No further role for Cafcass – WTFH to close.
{c.fca.full}"""


@T("wtfh-outcome")
def _(c, r):
    return f"""Outcome of first hearing
| Case number | {c.no} |
| Hearing | FHDRA, {c.d(27)} |
| Outcome | Adjourned – s7 report directed |
| Issues | Whether {c.k1.first} should stay overnight with {c.resp.first}; alleged domestic abuse |
| Cafcass tasks | s7 addressing wishes/feelings, school info, LA records. Filing date {c.d(100)} |
| Next hearing | DRA {c.d(130)} |
| Allocation | To be allocated by service manager |
| Completed by | {c.fca.full}, duty {c.fca_role} |"""


@T("wtfh-outcome")
def _(c, r):
    return f"""wtfh outcome  {c.no}
fhdra {c.d(25, 6)} {c.judge}
- M didnt attend, F did
- interim CAO to F? no - adjourned 4 wks, M to be served
- cafcass to attend next hrg? yes
- checks: nil police, LA not known
outcome: ADJOURNED. keep open in WTFH
{c.fca.ini}"""


@T("wtfh-outcome")
def _(c, r):
    return f"""Court duty outcome record
Team: {c.team}
Hearing type: First Hearing Dispute Resolution Appointment
Date: {c.d(29)}   Case: {c.case_name}   No: {c.no}

Was the safeguarding letter considered?  Yes
Were any new risk issues raised at court? {r.choice(['No', 'Yes – mother disclosed a recent incident; the court listed a fact-finding hearing'])}
Orders made: {r.choice(['Child arrangements order (lives with mother, spends time with father)', 'Directions only', 'Referral to Planning Together for Children (SPIP)'])}
Is Cafcass involved after this hearing? {r.choice(['No', 'Yes – Section 7'])}
Case closure at WTFH stage authorised: {c.mgr.full}"""


@T("wtfh-outcome")
def _(c, r):
    return f"""WTFH Outcome
{c.case_name} / {c.no}
The parties were referred to a Separated Parents Information Programme and to mediation (MIAM) at the hearing on {c.d(26)}. The court made no order about contact today and adjourned to a dispute resolution appointment on {c.d(120)}. Cafcass is not asked to report. An interim order provides for indirect contact by video call twice a week.
Record completed by {c.fca.full} on {c.d(27)}."""


@T("wtfh-outcome", "cy")
def _(c, r):
    return f"""FFURFLEN CANLYNIAD WTFH (Gwaith hyd at y Gwrandawiad Cyntaf)
Rhif yr achos: {c.no}
Dyddiad yr FHDRA: {c.dc(28)}
Llys: {c.court_cy}
Ymarferydd ar ddyletswydd: {c.fca.full}

A oedd y partïon yn bresennol?  Ceisydd: Oedd   Atebydd: {r.choice(['Oedd', 'Nac oedd'])}
Canlyniad:
[X] Gorchymyn adroddiad adran 7 gan CAFCASS Cymru – i'w ffeilio erbyn {c.dc(110)}
[ ] Gorchymyn terfynol drwy gydsyniad
[ ] Atgyfeirio at WT4C
Rhagor o waith i CAFCASS Cymru: Oes – i'w ddyrannu
Sylwadau: Nid oedd y rhieni'n cytuno ynghylch amser {c.k1.first} gyda'i {r.choice(['dad', 'fam'])}."""


@T("wtfh-outcome", "cy")
def _(c, r):
    return f"""Canlyniadau'r FHDRA / FHDRA outcomes
{c.no} – {c.case_name}
Dyddiad / Date: {c.dc(30, 0)}
☑ Cytundeb wedi'i gyrraedd / Agreement reached
☐ Adroddiad adran 7 / Section 7 report
☐ Gwrandawiad canfod ffeithiau / Fact-finding hearing
Dim rôl bellach i CAFCASS Cymru. Cau'r achos.
{c.fca.full}, {c.fca_role_cy}"""


@T("detailed-recording")
def _(c, r):
    return f"""DETAILED RECORDING – HOME VISIT
Date and time: {c.d(10)}, {c.t()} – {c.t()}
Worker: {c.fca.full}, {c.fca_role}
Present: {c.mum.full} (mother), {c.firsts()}
Venue: mother's home, {c.addr}
Nature of contact: face to face, announced visit

What happened: The home was warm and tidy. {c.mum.first} described the separation and said that the children's time with {c.dad.first} stopped after an argument at handover on {c.d(-20)}. She said she is not opposed to contact if it is supervised at first. I observed {c.k1.first} playing and {c.k1.he} came readily to {c.k1.his} mother for comfort.
Next steps agreed: I will visit {c.dad.first} next week and see {c.k1.first} at school.
Actions taken afterwards: contact log updated; request to school sent."""


@T("detailed-recording")
def _(c, r):
    return f"""Telephone interview – {c.dad.full} (father)
{c.no}   {c.d(6)}   duration approx {r.randrange(20, 70)} minutes
Interviewer: {c.fca.full}

{c.dad.first} confirmed his address and that he lives with his partner. He said he has not seen {c.k1.first} since {c.d(-45)}. He denied the allegations in the C1A and said the police were called once "because of a misunderstanding". He agreed to a drug test if the court wanted one.
He said {c.k1.first} enjoys football and that he used to take {c.k1.him} to training on Saturdays.
I explained the next steps and that I would be speaking to {c.mum.first} and the school.
Agreed: he will send the names of his partner's children for checks."""


@T("detailed-recording")
def _(c, r):
    return f"""[Typed from handwritten notes – original destroyed after checking]
Mtg at {c.team} office {c.d(12)}
Present: {c.app.first} (App), interpreter ({r.choice(['Polish', 'Urdu', 'Romanian', 'Arabic', 'Tigrinya'])}), FCA {c.fca.last}
- App says kids go to R's every other wknd, returns late, no car seat
- worried re new partner - "shouts a lot"
- would accept contact centre for 6 wks
- {c.k1.first} wetting bed again since Xmas
NEXT: call R, ask HV re {c.k2.first}. Check school attendance.
Action after: letter to R sent {c.d(13)}"""


@T("detailed-recording")
def _(c, r):
    return f"""Record of professionals meeting
Date: {c.d(15)}  Time: {c.t()}  Venue: Microsoft Teams
Attendees: {c.fca.full} ({c.cafcass}), {c.sw.full} (Social Worker, {c.la}), {c.teacher.full} (Designated Safeguarding Lead, {c.school}), {c.hv.full} (Health Visitor)
Purpose: share information for the Section 7 enquiries about {c.kidlist()}.
Summary: School report good attendance but {c.k1.first} is often tired and hungry on Mondays. The health visitor has no concerns about {c.k2.first}'s development. Children's services closed a Child and Family Assessment last year with no further action.
Agreed actions: school to send written summary; social worker to share the assessment with consent.
Recorded by {c.fca.first} {c.fca.last} on {c.d(15)}."""


@T("detailed-recording")
def _(c, r):
    return f"""Observation of contact
{c.centre} – {c.d(20)} {c.t()}
Observer: {c.fca.full}
{c.dad.first} arrived ten minutes early with snacks and a game. {c.firsts()} greeted him warmly; {c.k1.first} ran to hug him. Play was child led. {c.dad.first} managed a disagreement between the children calmly. At the end {c.k1.first} asked "when can we come to yours?". No concerns noted by centre staff.
Next steps: discuss observation with mother; consider progression to unsupervised time in the report."""


@T("detailed-recording")
def _(c, r):
    return f"""{c.no}  Note of interview (face to face, office)  {c.d(8, 1)}
Seen: {c.resp.full}   By: {c.fca.full}
I explained my role and the limits of confidentiality. {c.resp.first} was tearful at times. {c.resp.he.capitalize()} told me about the relationship and said there were arguments but "never anything physical". When I asked about the police call-out in {MONTHS[(c.base.month+8) % 12]} {c.resp.he} said neighbours had over-reacted.
{c.resp.first} wants the children to live with {c.resp.him} during the week. I asked how {c.resp.he} would support the children's relationship with the other parent.
Outcome: to complete a parenting questionnaire; next meeting {c.d(22, 1)}."""


@T("detailed-recording", "cy")
def _(c, r):
    return f"""COFNOD CYSWLLT MANWL – YMWELIAD CARTREF
Dyddiad ac amser: {c.dc(10)}, {c.t()}
Gweithiwr: {c.fca.full}, {c.fca_role_cy}
Yn bresennol: {c.mum.full} (mam), {c.firsts(cy=True)}
Lleoliad: cartref y fam, {c.addr}
Natur y cyswllt: wyneb yn wyneb

Beth ddigwyddodd: Roedd y cartref yn lân a chynnes. Dywedodd {c.mum.first} fod y plant wedi stopio gweld eu tad ar ôl ffrae adeg trosglwyddo. Nid yw'n gwrthwynebu cyswllt os yw wedi'i oruchwylio i ddechrau. Gwelais {c.k1.first} yn chwarae'n hapus.
Camau nesaf: ymweld â {c.dad.first} yr wythnos nesaf a gweld {c.k1.first} yn yr ysgol."""


@T("detailed-recording", "cy")
def _(c, r):
    return f"""Nodiadau cyfweliad ffôn gyda {c.dad.full} (tad)
{c.no} – {c.dc(6, 0)} – tua {r.randrange(20, 60)} munud
Cadarnhaodd {c.dad.first} ei gyfeiriad. Dywedodd nad yw wedi gweld {c.k1.first} ers sawl mis. Gwadodd yr honiadau yn y ffurflen C1A. Mae'n fodlon cael prawf cyffuriau os bydd y llys yn gofyn.
Esboniais y camau nesaf a byddaf yn siarad â'r ysgol.
Cytunwyd: bydd yn anfon enwau plant ei bartner ar gyfer gwiriadau."""


# ---------------- correspondence ----------------

@T("welcome-letter")
def _(c, r):
    p = c.app if r.random() < 0.5 else c.resp
    return f"""{c.team}
{c.phone}

{p.title()} {p.full}
{c.addr}
{c.pc}
{c.d(2, 1)}

Our reference: {c.no}

Dear {p.title()} {p.last},

Application to the court about {c.kidlist()}

The court has asked {c.cafcass} to help it decide what arrangements are best for your {'children' if c.plural() else 'child'}. {c.cafcass} stands for Children and Family Court Advisory and Support Service. We are independent of the court and of social services.

Before the first hearing one of our Family Court Advisers will telephone you to talk about your application and any worries you have about your or the {'children' if c.plural() else 'child'}'s safety. This call usually takes place within the next two weeks. Please let us know if you need an interpreter or if it is not safe to call you on the number the court has given us.

We have enclosed our leaflet 'Going to court about your children' and a parenting plan.

Yours sincerely

Business Services
{c.cafcass}"""


@T("welcome-letter")
def _(c, r):
    return f"""Dear {c.resp.first} {c.resp.last}
Ref {c.no}
We are writing because an application has been made to {c.court} about {c.firsts()}. We will phone you before the hearing on {c.d(30, 1)}.
Enclosed:
• Cafcass information leaflet
• Parenting plan
• 'Domestic abuse – how we can help'
• Privacy notice
If you think you may be in danger, call 999.
{c.cafcass} Business Services"""


@T("welcome-letter")
def _(c, r):
    return f"""Your first contact with {c.cafcass}

Hello {c.app.first},

You have made an application to the family court. We have been asked to carry out safeguarding checks before your first hearing. This means we will:
1. Check with the police and the local council whether they know your family.
2. Speak to you and to {c.resp.first} on the phone, separately.
3. Write to the court with what we have found, in a safeguarding letter.

When we call, the number may show as withheld. If we cannot reach you we will try again. If you want us to call at a particular time, email {c.team.split(',')[0].lower().replace(' ', '')[:18]}@{c.cafcass_dom} quoting {c.no}.

Our duty is to the children. We look forward to speaking with you.
{c.cafcass}""", dict(src="upload")


@T("welcome-letter", email=True)
def _(c, r):
    return f"""Dear {c.app.title()} {c.app.last}

Case number: {c.no}

This email is sent securely. {c.cafcass} has received a copy of the application made to {c.court}. Attached you will find our welcome pack: a letter explaining who we are, our leaflets and the privacy notice.

A Family Court Adviser will contact you by telephone before the first hearing. If you need adjustments (for example an interpreter, or support because of a disability) please reply to this email.

Kind regards
National Business Centre
{c.cafcass}""", dict(subject=f"{c.no} - Welcome to {c.cafcass}", sender=f"nbc.privatelaw@{c.cafcass_dom}")


@T("welcome-letter")
def _(c, r):
    return f"""{c.cafcass.upper()}
Private and confidential – addressee only

{c.d(1, 1)}
{c.no}

Dear {c.resp.title()} {c.resp.last},

We understand this may be a difficult time for you. Your {'children' if c.plural() else 'child'}'s other parent has applied to the court. You will receive papers from the court separately.
A member of our team will ring you to hear your views and to ask about any safety worries before the hearing. Please have to hand the details of anyone who lives with you, as we will ask about them.
You can find videos about what happens at court at our website.

Yours sincerely,
Intake team"""


@T("welcome-letter")
def _(c, r):
    return f"""Dear {c.mum.first} and {c.dad.first},
My name is {c.fca.full} and I am the Children's Guardian appointed by the court to represent {c.kidlist()} in the proceedings brought by {c.la}.
I have enclosed a leaflet that explains my role. I am independent of the local authority. I will want to meet you both, and the {'children' if c.plural() else 'child'}, over the coming weeks. {c.sol_child} have been appointed as the {'children' if c.plural() else 'child'}'s solicitors.
My contact details are {c.fca_mail} and {c.mob}.
Best wishes,
{c.fca.full}
Children's Guardian""", dict(src="upload")


@T("welcome-letter", "cy")
def _(c, r):
    return f"""CAFCASS Cymru
Llywodraeth Cymru

{c.dc(2)}
Cyfeirnod: {c.no}

Annwyl {c.app.full},

Cais i'r llys ynghylch {c.kidlist(cy=True)}

Croeso i CAFCASS Cymru. Mae'r llys wedi gofyn i ni helpu i benderfynu pa drefniadau sydd orau i'ch plentyn. Rydym yn annibynnol ar y llys ac ar y gwasanaethau cymdeithasol.

Cyn y gwrandawiad cyntaf bydd un o'n hymarferwyr yn eich ffonio i drafod eich cais ac unrhyw bryderon am ddiogelwch. Rhowch wybod i ni os ydych yn dymuno i'r sgwrs fod yn Gymraeg neu'n Saesneg.

Amgaeaf daflen wybodaeth a hysbysiad preifatrwydd.

Yn gywir

Tîm Cymorth Busnes
CAFCASS Cymru"""


@T("welcome-letter", "cy")
def _(c, r):
    return f"""CAFCASS Cymru – Croeso / Welcome
Rhif yr achos / Case number: {c.no}

Annwyl {c.resp.first},
Mae cais wedi'i wneud i'r Llys Teulu ynghylch {c.firsts(cy=True)}. Byddwn yn eich ffonio cyn y gwrandawiad ar {c.dc(30)}.

Dear {c.resp.first},
An application has been made to the Family Court about {c.firsts()}. We will telephone you before the hearing on {c.d(30, 1)}.

Croesawn ohebiaeth yn Gymraeg. We welcome correspondence in Welsh.
Tîm Cymorth Busnes / Business Support Team"""


@T("letter-to-parties")
def _(c, r):
    p = r.choice([c.app, c.resp])
    return f"""{c.team}
{c.d(40, 1)}
Dear {p.title()} {p.last}
Re: {c.kidlist()} – {c.no}
I have been asked by the court to prepare a report under section 7 of the Children Act 1989. I would like to meet you at our office on {c.d(47, 3)} at {c.t()}. The meeting will last about an hour and a half. Please bring any documents you think will help.
If this date is not convenient please contact me on {c.mob}.
Yours sincerely
{c.fca.full}
{c.fca_role}"""


@T("letter-to-parties")
def _(c, r):
    return f"""Dear {c.app.first} and {c.resp.first},
{c.case_name} – {c.no}
Please find enclosed a copy of my Section 7 report, which has been filed with the court today. I would ask you to read it carefully. It contains sensitive information and must not be shared with anyone other than your legal representative.
The report recommends that {c.firsts()} {'live' if c.plural() else 'lives'} with {c.mum.first} and {'spend' if c.plural() else 'spends'} time with {c.dad.first} every other weekend. I will attend the hearing on {c.d(100, 1)}.
If you have any questions about the report, please contact me before the hearing.
Yours sincerely,
{c.fca.full}, {c.fca_role}
Enc: Section 7 report""", dict(dn="Letter to parties enclosing report")


@T("letter-to-parties")
def _(c, r):
    p = r.choice([c.app, c.resp])
    return f"""Private & Confidential
{p.full}
{c.addr}

{c.d(150, 1)}

Dear {p.first},
Ending of {c.cafcass} involvement – {c.no}
The court made a final order on {c.d(140, 1)} and my work with your family has now ended. {c.cafcass} will keep the case file in line with our retention policy. If you have feedback about the service you received, you can complete the online feedback form or write to the Service Manager, {c.mgr.full}.
I wish you and {c.firsts()} well for the future.
Kind regards,
{c.fca.full}"""


@T("letter-to-parties")
def _(c, r):
    return f"""To: {c.app.full} and {c.resp.full}
Case {c.no} ({c.case_name})
Date {c.d(35)}
Following the hearing on {c.d(30)}, the case has been allocated to me. I am a {c.fca_role} based in {c.town}. My manager is {c.mgr.full}.
What happens next: I will contact each of you within the next two weeks to arrange to meet. I will also meet {c.firsts()}. I will ask the school and the local authority for information. My report is due on {c.d(110)}.
Please do not discuss the court case with the children or ask them what they will say to me.
{c.fca.full}"""


@T("letter-to-parties")
def _(c, r):
    return f"""Dear {c.mum.title()} {c.mum.last} and {c.dad.title()} {c.dad.last},
I am writing to both of you about my meeting with {c.k1.first}. I plan to see {c.k1.him} at school on {c.d(55, 1)}, with the school's agreement, and then at each of your homes. Please tell {c.k1.him} that a person from {c.cafcass} is coming to talk to {c.k1.him} about {c.k1.his} family, and that {c.k1.he} is not in trouble.
I am also asking both of you to attend a joint meeting on {c.d(60, 1)} to discuss a parenting plan, if you feel it is safe to do so. Please let me know by {c.d(50, 1)}.
Yours sincerely
{c.fca.full}, {c.team}"""


@T("letter-to-parties", email=True)
def _(c, r):
    p = r.choice([c.app, c.resp])
    return f"""Hi {p.first},

Sorry, I have to move our appointment on {c.d(44, 3)}. Could you do {c.d(46, 3)} at 10.30 instead, same place (our office at {c.town})? If not, let me know some times that suit.

Thanks
{c.fca.first}

{c.fca.full} | {c.fca_role} | {c.team}
Mobile {c.mob}""", dict(subject=f"Appointment {c.no}", sender=c.fca_mail)


@T("letter-to-parties", "cy")
def _(c, r):
    p = r.choice([c.app, c.resp])
    return f"""{c.team_cy}
{c.dc(40)}
Annwyl {p.full}
{c.kidlist(cy=True)} – {c.no}
Mae'r llys wedi gofyn i mi baratoi adroddiad o dan adran 7 Deddf Plant 1989. Hoffwn gwrdd â chi yn ein swyddfa ar {c.dc(47, 3)} am {c.t()}. Bydd y cyfarfod yn para tuag awr a hanner.
Os nad yw'r dyddiad hwn yn gyfleus, cysylltwch â mi ar {c.mob}.
Yn gywir
{c.fca.full}
{c.fca_role_cy}"""


@T("letter-to-parties", "cy")
def _(c, r):
    return f"""Annwyl {c.app.first} a {c.resp.first},
{c.case_name} – {c.no}
Amgaeaf gopi o fy adroddiad adran 7, a ffeiliwyd gyda'r llys heddiw. Darllenwch ef yn ofalus. Mae'n cynnwys gwybodaeth sensitif ac ni ddylid ei rannu ag unrhyw un ond eich cynrychiolydd cyfreithiol.
Byddaf yn bresennol yn y gwrandawiad ar {c.dc(100)}.
Yn gywir,
{c.fca.full}, {c.fca_role_cy}
Amg: Adroddiad adran 7""", dict(dn="Llythyr at y partïon yn amgáu adroddiad")


@T("letter-from-party")
def _(c, r):
    return f"""To the Cafcass officer
{c.no}

I am writing because I am not happy with what is happening. {c.app.first} keeps saying things to the kids about me and {c.k1.first} came back last week saying I am a liar. I have tried to keep things calm. I dont want to stop contact but it has to be in a centre until {c.app.he} stops drinking. I have photos of the messages {c.app.he} sends if you want them.
Please call me after 3pm as I work mornings.

{c.resp.full}
{c.mob}""", dict(src="scan")


@T("letter-from-party", email=True)
def _(c, r):
    return f"""Hello {c.fca.first}

Just to let you know i had the kids this weekend and it all went fine, they didnt want to go back. {c.k1.first} told me mum's new boyfriend shouts at {c.k1.him}. I'm not making this up I want it in your report. I also want to know why the school wont speak to me I have PR.

Can you ring me please

{c.dad.first}

Sent from my iPhone""", dict(subject=f"RE: {c.no}", sender=f"{slug(c.dad.first)}{slug(c.dad.last)}{r.randrange(70, 99)}@{r.choice(['gmail.com', 'hotmail.co.uk', 'outlook.com', 'icloud.com'])}")


@T("letter-from-party")
def _(c, r):
    g = P(r.choice(WOMEN), c.dad.last, "f")
    return f"""{g.full}
{c.addr}
{c.d(20, 1)}

Dear {c.fca_role},

Case number {c.no}

I am the paternal grandmother of {c.kidlist()} and the court made me a party at the last hearing. I looked after the children every Wednesday and most school holidays until last year. I would like you to come and see my home. I have a spare bedroom for the children and my husband and I are both retired.
I want to say that I have never seen my son be violent.

Yours faithfully
{g.full} (Mrs)"""


@T("letter-from-party")
def _(c, r):
    return f"""Dear Sir/Madam

RE: SAFEGUARDING LETTER DATED {c.d(12, 0)}   CASE NO {c.no}

I have now read the safeguarding letter and I want to complain that it is wrong in several places.
1. It says I have a conviction for assault. This was 2009 and nothing to do with children.
2. It says I refused to speak to the officer. I was at work and asked for a call back.
3. It does not mention that {c.app.first} has stopped me seeing my {'children' if c.plural() else 'child'} for 5 months.
I would like this letter put in front of the judge.

{c.resp.full}""", dict(src="scan", dn="Letter from father re safeguarding letter")


@T("letter-from-party")
def _(c, r):
    return f"""{c.d(22, 6)}
to mr/mrs {c.fca.last}
this is {c.mum.first} {c.mum.last}, mum of {c.firsts()}. i cant make the appointment on tuesday because {c.k2.first} is poorly. can we do next week. also i want to tell you i have started the freedom programme at {c.da} and i have a support worker now.
thanks {c.mum.first}
my new number is {c.mob}""", dict(src="scan")


@T("letter-from-party", email=True)
def _(c, r):
    return f"""Dear {c.fca.title()} {c.fca.last},

Further to our telephone conversation, I attach screenshots of the messages I received from {c.resp.first} on {c.d(-3, 1)} and {c.d(-1, 1)}. I have also reported these to {c.force} (reference {c.ref('', 8)}).

I would ask that these are taken into account in your report. I do not feel able to attend a joint meeting.

Regards
{c.app.full}
Applicant""", dict(subject=f"Messages - case {c.no}", sender=c.app.mail(r.choice(["gmail.com", "yahoo.co.uk", "btinternet.com"])))


@T("letter-from-party", "cy")
def _(c, r):
    return f"""At swyddog CAFCASS Cymru
{c.no}

Rwy'n ysgrifennu achos dydw i ddim yn hapus. Mae {c.dad.first} yn dweud pethau wrth y plant amdana i. Dwi ddim eisiau stopio'r cyswllt ond mae'n rhaid iddo fod mewn canolfan nes iddo stopio yfed. Mae gen i luniau o'r negeseuon.
Ffoniwch fi ar ôl 3 o'r gloch os gwelwch yn dda.

{c.mum.full}
{c.mob}""", dict(src="scan")


@T("letter-from-party", "cy", email=True)
def _(c, r):
    return f"""Helo {c.fca.first},

Jyst i ddweud bod y plant wedi bod efo fi dros y penwythnos a bod popeth wedi mynd yn iawn. Mae {c.k1.first} eisiau aros yn hirach. Dwi eisiau i hyn fynd yn yr adroddiad.

Allwch chi fy ffonio plis?

{c.dad.first}

Anfonwyd o fy iPhone""", dict(subject=f"{c.no}", sender=f"{slug(c.dad.first)}.{slug(c.dad.last)}@{r.choice(['gmail.com', 'outlook.com'])}")


@T("correspondence", email=True)
def _(c, r):
    return f"""Dear all,

The above matter has been listed for a Dispute Resolution Appointment before {c.judge} on {c.d(120, 3)} at 10:00, time estimate 2 hours, by CVP. Cafcass is directed to attend.

Please confirm attendance by return.

Listing Officer
{c.court.replace('the ', '').title()}
HM Courts & Tribunals Service""", dict(subject=f"{c.no} {c.case_name} - Notice of hearing", sender=c.court_mail)


@T("correspondence", email=True)
def _(c, r):
    return f"""Dear {c.fca.title()} {c.fca.last}

We act for the {'Respondent' if r.random() < 0.5 else 'Applicant'} in this matter. Could you please confirm whether you remain on track to file your report by {c.d(110, 1)}? Our client is anxious about the delay in the children seeing their father.

We also enclose a letter from our client's GP which he asks you to consider.

Yours sincerely

{c.solname.full}
Associate Solicitor
{c.sol_resp}
This email and any attachments are confidential and may be legally privileged.""", dict(subject=f"Your ref {c.no} - our client {c.resp.last}", sender=c.solname.mail(slug(c.sol_resp)[:12] + ".co.uk"))


@T("correspondence")
def _(c, r):
    lang = r.choice(["Polish", "Romanian", "Urdu", "Kurdish Sorani", "Arabic (Sudanese)", "Lithuanian"])
    return f"""{c.interp}
BOOKING CONFIRMATION
Booking ref: IB-{c.ref('', 7)}
Client: {c.cafcass} ({c.team})
Requested by: {c.fca.full}
Language: {lang}
Date/time: {c.d(38, 1)}, {c.t()} (90 mins)
Location: face to face, {c.town} office
Interpreter: {r.choice(['Ms', 'Mr'])} {r.choice(SURN)} (NRPSI {c.ref('', 5)})
Case reference quoted: {c.no}
Cancellation within 24 hours is chargeable in full."""


@T("correspondence", email=True)
def _(c, r):
    return f"""Hi {c.teacher.first},

Thanks for getting back to me. Thursday at 1.15 works well. I'll come to reception and sign in. I will need a quiet room to speak to {c.k1.first} for about 40 minutes.

Best wishes
{c.fca.first}

-----Original Message-----
From: {c.teacher.full}
Sent: {c.d(40, 3)} 15:02
To: {c.fca.full}
Subject: RE: visit to {c.k1.first}

Hi, we could do Thursday after lunch or Friday morning. {c.teacher.first} {c.teacher.last}, DSL""", dict(subject=f"RE: visit to {c.k1.first}", sender=c.fca_mail)


@T("correspondence")
def _(c, r):
    return f"""{c.la}
Children's Services – {r.choice(['Locality Team North', 'Children in Need Team', 'Family Support Team 3'])}

{c.d(33, 1)}

Dear {c.fca.full}
Re: {c.kidlist()}
Thank you for your letter. I can confirm the next Child in Need review meeting will be held on {c.d(45, 1)} at the children's school. You are welcome to attend. I am happy to meet you separately beforehand.
Yours sincerely
{c.sw.full}
Social Worker"""


@T("correspondence")
def _(c, r):
    return f"""Office of {r.choice(['Jane', 'Robert', 'Mohammed', 'Karen'])} {r.choice(SURN)} MP
Constituency Office

Our ref: {c.ref('ZA', 5)}
{c.d(60, 1)}

Dear Sir or Madam
My constituent, {c.resp.full}, has contacted me about the family court proceedings concerning their {'children' if c.plural() else 'child'} (your reference {c.no}). My constituent is concerned about the time taken to complete the report. I would be grateful if you could look into this and reply to me.
Yours faithfully
Caseworker, on behalf of the Member of Parliament"""


@T("correspondence", email=True)
def _(c, r):
    return f"""Good afternoon,

Following your referral we can offer supervised contact at {c.centre} on alternate Saturdays, 10.00-12.00, starting {c.d(50, 1)}. Both parents need to attend a pre-visit first. Please can you confirm that the referral information we hold is up to date and whether there are any injunctions in place.

Kind regards
Centre Coordinator""", dict(subject=f"Referral {c.k1.first[0]}{c.k1.last[0]} - availability", sender=f"bookings@{slug(c.centre)[:16]}.org.uk")


@T("correspondence", "cy", email=True)
def _(c, r):
    return f"""Annwyl bawb,

Mae'r achos uchod wedi'i restru ar gyfer Apwyntiad Datrys Anghydfod gerbron {c.judge} ar {c.dc(120, 3)} am 10:00. Cyfarwyddir CAFCASS Cymru i fod yn bresennol.

Cadarnhewch eich presenoldeb drwy ateb yr e-bost hwn.

Swyddog Rhestru
Gwasanaeth Llysoedd a Thribiwnlysoedd EF""", dict(subject=f"{c.no} – Hysbysiad o wrandawiad", sender=c.court_mail)


@T("correspondence", "cy")
def _(c, r):
    return f"""{c.sol_app}
Cyfreithwyr

{c.dc(55)}
Ein cyf: {c.ref('', 4)}/{c.app.last[:3].upper()}
Eich cyf: {c.no}

Annwyl {c.fca.full},
Rydym yn gweithredu ar ran {c.app.full}. A fyddech cystal â chadarnhau pryd y bydd eich adroddiad yn cael ei ffeilio? Mae ein cleient yn bryderus am yr oedi.
Yn gywir,
{c.solname.full}"""


# ---------------- case-plan ----------------

@T("case-plan")
def _(c, r):
    return f"""CASE PLAN
Case: {c.case_name} ({c.no})   Practitioner: {c.fca.full}   Started: {c.d(32)}

Key issues: where the {'children' if c.plural() else 'child'} should live; allegations of domestic abuse by {c.resp.first}; {c.k1.first}'s reluctance to see {c.resp.first}.

WHAT                                   WHY                                            HOW / WHEN
Seen {c.k1.first} alone                Wishes and feelings                            Three houses tool, at school, wk 3
Interview each parent                  Understand positions, assess risk              Office interviews, wk 2
LA and school checks                   Independent information                        Written requests, wk 1
Update from {c.force:<22} Incident reported {c.d(-30, 0)}                Request via Egress, wk 1
Consider DA practice pathway tools     Allegations of coercive control                Cafcass DA practice pathway, wk 2-4
Report due: {c.d(110)}""", dict(src="tree")


@T("case-plan")
def _(c, r):
    return f"""Case plan – Section 7
{c.no}
1. Hypotheses
 a) {c.k1.first}'s resistance to contact is a justified response to {c.k1.his} experiences.
 b) The resistance is influenced by the conflict between the adults.
2. Enquiries
 - Local authority records ({c.la}).
 - GP and school.
 - Observation of {c.k1.first} with each parent.
3. Tools: Child Impact Assessment Framework – resistance and refusal guidance; parental conflict tool.
4. Diversity: family are of {r.choice(['Pakistani', 'Polish', 'White British', 'Black Caribbean', 'Romanian Roma'])} heritage; consider language and faith needs.
5. Timescales: visits complete by {c.d(80)}, draft to manager {c.d(100)}.
Manager agreement: {c.mgr.full} {c.d(34)}"""


@T("case-plan", law="public")
def _(c, r):
    return f"""Children's Guardian – case plan
Proceedings: s31 care proceedings brought by {c.la}
Children: {c.kidlist(dob=True)}
Issue: {c.d(0)}   Week 26 ends: {c.d(182)}

Tasks before CMH ({c.d(14)}):
- read LA bundle, social work evidence template and care plan
- visit children at placement ({r.choice(['foster placement', 'with maternal grandmother', 'with mother at a parent and baby unit'])})
- speak to IRO
- consider need for experts: parenting assessment / psychological assessment of mother
Before IRH: initial analysis; review parenting assessment; meet parents with their solicitors.
Final analysis due: {c.d(150)}
Risks: parental substance misuse; domestic abuse; neglect."""


@T("case-plan")
def _(c, r):
    return f"""plan  {c.no}
what: see kids x2 (home + school), M & F interviews, checks (LA/police/school/GP)
why: ct wants wishes & feelings + safety re overnights
how: wishes & feelings tools, DA pathway screening, obs of contact at {c.centre}
when: by {c.d(90, 6)}
risk: F alleged drink-driving w kids in car ({c.d(-60, 6)})
agreed w SM {c.mgr.last}"""


@T("case-plan")
def _(c, r):
    return f"""Plan of work for the report ordered on {c.d(28, 1)}
Case {c.no}

The court has asked me to report on the arrangements for {c.kidlist()}, and in particular whether {c.firsts()} should stay overnight with {c.resp.first}.

I intend to do the following, in this order:
First, read the papers and the safeguarding letter, and ask the local authority and the school for information.
Second, meet each parent on their own.
Third, meet the children at home and at school, using age-appropriate direct work.
Fourth, observe the children with {c.resp.first}.
Finally, discuss my analysis with my manager before writing the report.

Safety: if at any stage new information about risk emerges I will record it here and discuss it with my manager.
{c.fca.full}"""


@T("case-plan")
def _(c, r):
    return f"""ECMS Case Plan
Case Number {c.no} | Case Name {c.case_name} | Stage WAFH | Law type {c.law.title()}
Section A – Summary of the case and the child's circumstances
{c.k1.first} ({c.k1.age}) lives with {c.app.first}. Contact with {c.resp.first} stopped in {MONTHS[c.base.month-1]}.
Section B – Risk and safety
Identified at WTFH: {r.choice(['domestic abuse allegations (both ways)', 'parental alcohol misuse', 'mental health of mother', 'no risk identified'])}.
Section C – Planned work (What / Why / How)
Direct work with {c.k1.first}; parental interviews; checks update; analysis using the child impact assessment framework.
Section D – Diversity and inclusion
First language English; no disability recorded.
Section E – Management oversight
Plan agreed {c.d(33)} by {c.mgr.full}.""", dict(src="tree")


@T("case-plan", "cy")
def _(c, r):
    return f"""CYNLLUN ACHOS
Achos: {c.case_name} ({c.no})   Ymarferydd: {c.fca.full}

Materion allweddol: ble dylai'r {'plant' if c.plural() else 'plentyn'} fyw; honiadau o gam-drin domestig; amharodrwydd {c.k1.first} i weld {c.resp.first}.

BETH: Gweld {c.k1.first} ar ei ben/phen ei hun
PAM: Dymuniadau a theimladau
SUT: Offeryn 'Tri Thŷ', yn yr ysgol

BETH: Cyfweld â phob rhiant
PAM: Deall safbwyntiau ac asesu risg
SUT: Cyfweliadau yn y swyddfa

BETH: Gwiriadau'r awdurdod lleol a'r ysgol
PAM: Gwybodaeth annibynnol
SUT: Ceisiadau ysgrifenedig

Dyddiad cyflwyno'r adroddiad: {c.dc(110)}"""


@T("case-plan", "cy")
def _(c, r):
    return f"""Cynllun achos / Case plan – IRIS
{c.no}
Gwybodaeth o'r SER: {r.choice(['dim pryderon gan yr heddlu', 'un digwyddiad domestig yn 2022', 'hanes o gamddefnyddio alcohol'])}
Ymholiadau i'w gwneud (Beth): ysgol, meddyg teulu, {c.la_cy}
Pam: i gael darlun cyflawn o anghenion {c.firsts(cy=True)}
Sut: offer asesu CAFCASS Cymru; arsylwi cyswllt
Iaith: mae'r teulu'n dymuno i'r adroddiad fod yn Gymraeg.
Cytunwyd gan y Rheolwr Ymarfer: {c.mgr.full}, {c.dc(35, 0)}"""


@T("case-plan-review")
def _(c, r):
    return f"""CASE PLAN REVIEW
Case: {c.no}  {c.case_name}
Review date: {c.d(70)}   Reviewed by: {c.mgr.full} (Service Manager) with {c.fca.full}

Progress against plan:
- Parent interviews: complete.
- Child seen: seen once at school; home visit outstanding.
- Checks: LA response received; police update awaited.
New information since the plan: {c.resp.first} has been arrested following an incident on {c.d(60)}.
Changes to the plan: request police disclosure; consider whether report date can be met; consult Cafcass Legal if adjournment needed.
Next review: {c.d(90)}"""


@T("case-plan-review")
def _(c, r):
    return f"""Management oversight – review of case plan
{c.no}
I have read the plan dated {c.d(32, 0)} and the recordings to date. The plan remains appropriate. The hypotheses about {c.k1.first}'s resistance are being tested but I would like to see the observation of contact before the report is drafted. The diversity section needs updating as {c.mum.first} has told us she is now attending {r.choice(['a mosque', 'church', 'a Gurdwara'])} with the children.
Actions: FCA to update diversity section; observation by {c.d(80, 0)}.
{c.mgr.full}, Service Manager, {c.d(66)}"""


@T("case-plan-review")
def _(c, r):
    return f"""Review of plan following new information
Case number {c.no}
Trigger: information from {c.force} received on {c.d(50)} showing {r.randrange(2, 6)} domestic incidents at {c.resp.first}'s address in the last year.
Impact on plan: the original plan assumed no current risk. The recommendation about overnight stays cannot be made without a risk assessment.
Revised plan:
1. Complete a domestic abuse risk assessment with {c.app.first}.
2. Speak to {c.resp.first} about the call-outs.
3. Consider whether a section 16A risk assessment is required and inform the court.
Agreed by {c.mgr.full}."""


@T("case-plan-review")
def _(c, r):
    return f"""Supervision – case discussion (case plan review)
Supervisee: {c.fca.full}   Supervisor: {c.mgr.full}   Date: {c.d(75)}
Case: {c.case_name} {c.no}
Discussion: Work is on track. {c.k2.first} has not yet been seen because of illness. The school information was positive. We reflected on the parents' high conflict and how it might be affecting {c.k1.first}.
Decision: plan reviewed and still fit for purpose; add a second visit to {c.k2.first}; report due date unchanged.
Recorded on the case plan per policy."""


@T("case-plan-review")
def _(c, r):
    return f"""Case plan updated {c.d(68)}
Action | Status | Comment
Interview applicant | Done {c.d(40, 0)} | 
Interview respondent | Done {c.d(42, 0)} | needed interpreter
See children | Partly done | {c.k1.first} seen; {c.k2.first} booked
LA checks | Done | not known
Police | Chased | 
School | Done | positive
Analysis | Not started | 
Overall: on track. Reviewed with {c.mgr.first}."""


@T("case-plan-review")
def _(c, r):
    return f"""Case plan – closure review
Case {c.no} closed on {c.d(160)} following final order.
All planned work completed? Yes
Report filed and workflowed? Yes
Risk identified later in the case and recorded? {r.choice(['No', 'Yes – mental health relapse of mother in month 3, shared with LA'])}
Case plan reviewed and signed off for closure by Service Manager: {c.mgr.full}, {c.d(162)}"""


@T("case-plan-review", "cy")
def _(c, r):
    return f"""ADOLYGIAD O'R CYNLLUN ACHOS
Achos: {c.no}
Dyddiad yr adolygiad: {c.dc(70)}   Adolygwyd gan: {c.mgr.full} (Rheolwr Ymarfer)

Cynnydd yn erbyn y cynllun:
- Cyfweliadau gyda'r rhieni: wedi'u cwblhau.
- Gweld y plentyn: wedi gweld {c.k1.first} unwaith yn yr ysgol.
- Gwiriadau: ymateb yr awdurdod lleol wedi dod i law.
Gwybodaeth newydd: mae'r heddlu wedi cael eu galw i gartref {c.resp.first}.
Newidiadau i'r cynllun: gofyn am ddatgeliad gan yr heddlu; ystyried asesiad risg.
Adolygiad nesaf: {c.dc(90)}"""


@T("case-plan-review", "cy")
def _(c, r):
    return f"""Goruchwyliaeth – trafodaeth achos
{c.no} – {c.case_name}
Mae'r gwaith ar y trywydd iawn. Nid yw {c.k2.first} wedi'i weld eto. Roedd gwybodaeth yr ysgol yn gadarnhaol.
Penderfyniad: mae'r cynllun achos wedi'i adolygu ac yn dal yn addas; ychwanegu ail ymweliad.
{c.mgr.full}, {c.dc(75, 0)}"""

# ---------------- risk-and-safety ----------------

@T("la-checks")
def _(c, r):
    rc = c.RC(r.choice(["child-protection", "other-childrens-social-care", "looked-after-child"]))
    return f"""{c.la}
Children's Social Care – Response to Cafcass request for local authority checks

Cafcass ref: {c.no}     LA ref: {c.ref('', 7)}
Date of request: {c.d(1, 0)}   Date of response: {c.d(6, 0)}

Subjects checked: {c.kidlist(dob=True)}; {c.mum.full}; {c.dad.full}

Known to Children's Social Care: YES
Summary of involvement:
{c.d(-700, 0)} Referral from school – bruising to {c.k1.first}'s arm. Strategy discussion; s47 enquiry.
{c.d(-640, 0)} Initial child protection conference – {rc}.
{c.d(-300, 0)} Plan ended; stepped down.
Current status: closed.
Completed by: {c.sw.full}, {r.choice(['MASH Social Worker', 'Senior Practitioner, Front Door', 'Duty Team Manager'])}""", dict(sender=f"mash@{c.la_dom}")


@T("la-checks")
def _(c, r):
    return f"""Dear {c.cafcass},

RE: {c.kidlist()} – safeguarding checks

I have checked our records ({r.choice(['Mosaic', 'Liquidlogic LCS', 'Eclipse', 'CareFirst'])}) for the children and adults named in your request. There is no record of involvement with any of them. The family are not known to Children's Services in {c.la_short}.

Please note we can only check our own area. The family previously lived in another authority area according to your request, and you may wish to check with that authority.

Regards
{c.sw.full}
Multi-Agency Safeguarding Hub
{c.la}""", dict(sender=f"mash.cafcass@{c.la_dom}")


@T("la-checks")
def _(c, r):
    rc = c.RC("other-childrens-social-care")
    return f"""LOCAL AUTHORITY SAFEGUARDING INFORMATION – PRIVATE LAW
To: {c.team}
Family: {c.mum.last}/{c.dad.last}   Court no. {c.no}
Record type: {rc}
Involvement: Child and Family Assessment {c.d(-400, 1)} following police notification of a domestic incident. Outcome: Child in Need plan for 6 months, closed {c.d(-200, 1)}.
Concerns recorded: parental conflict in front of the children; mother's low mood; father's alcohol use.
Worker at the time: {c.sw.full} (no longer employed).
The social worker's view is that the children were well cared for by their mother."""


@T("la-checks")
def _(c, r):
    return f"""Checks response – {c.la}
Name                     DOB           Known?   Details
{c.k1.full:<24} {c.d(c.k1.dob, 0)}   Y        Early Help {c.d(-300, 2)}
{c.mum.full:<24} –             Y        as parent
{c.dad.full:<24} –             N
Any current involvement? No
Any LADO involvement? No
Checked by {c.sw.first} {c.sw.last}, Integrated Front Door, {c.d(5, 0)}"""


@T("la-checks")
def _(c, r):
    rc = c.RC(r.choice(["looked-after-child", "adult-posing-risk"]))
    return f"""Children's Services Information for Cafcass
{c.la}

Our records show that {c.dad.full} is recorded as: {rc}.
{'He was assessed in ' + str(c.base.year - 3) + ' following information from the police public protection unit.' if c.rc == 'adult-posing-risk' else c.k1.first + ' was accommodated by the local authority for a short period in ' + str(c.base.year - 2) + ' and returned home.'}
We would ask that Cafcass contacts the allocated team before any recommendation is made about unsupervised time.
Contact: {c.tm.full}, Team Manager, {c.tm.mail(c.la_dom)}
Case ref {c.no}"""


@T("la-checks", email=True)
def _(c, r):
    return f"""Hi,

Checks completed for the family below. {c.k1.first} and {c.k2.first} are currently open to the {r.choice(['Children in Need', 'Assessment', 'Family Support'])} Team; allocated SW is {c.sw.full}. There is an ongoing Child and Family Assessment that started on {c.d(-15, 1)} following a referral from {c.school}.

No information held on {c.resp.full}.

Kind regards
MASH Business Support | {c.la}

From: {c.team} <intake@{c.cafcass_dom}>
Sent: {c.d(1, 3)}
Subject: {c.no} – request for LA checks""", dict(subject=f"RE: {c.no} – request for LA checks", sender=f"mash@{c.la_dom}")


@T("la-checks", "cy")
def _(c, r):
    rc = c.RC("child-protection", cy=True)
    return f"""{c.la_cy}
Gwasanaethau Plant – Ymateb i gais CAFCASS Cymru am wiriadau awdurdod lleol

Cyfeirnod CAFCASS Cymru: {c.no}
Dyddiad yr ymateb: {c.dc(6)}

Unigolion: {c.kidlist(cy=True)}; {c.mum.full}; {c.dad.full}
Yn hysbys i'r Gwasanaethau Plant: OES
Crynodeb: Atgyfeiriad gan yr ysgol yn {c.base.year - 2}. Ymholiadau adran 47. Cofrestrwyd y plant: {rc}. Daeth y cynllun i ben yn {c.base.year - 1}.
Statws presennol: ar gau.
Cwblhawyd gan: {c.sw.full}, Gweithiwr Cymdeithasol, Tîm Diogelu Amlasiantaethol"""


@T("la-checks", "cy")
def _(c, r):
    return f"""Annwyl gydweithiwr,

{c.kidlist(cy=True)} – {c.no}

Rwyf wedi gwirio ein cofnodion. Nid yw'r teulu'n hysbys i Wasanaethau Plant {c.la_cy}. Nid oes cofnod o atgyfeiriadau blaenorol.

Cofion
{c.sw.full}
Gwasanaethau Plant, {c.la_cy}"""


@T("screening-response")
def _(c, r):
    return f"""SAFEGUARDING SCREENING – RESPONSE
Screening request ref: SCR/{c.ref('', 6)}    Cafcass case: {c.no}
Agency responding: {c.nhs} – Safeguarding Children Team
Persons screened: {c.kidlist(dob=True)}; {c.mum.full}
Result:  [ ] No information held   [X] Information held – see below
{c.k1.first}: attended the emergency department {c.d(-120, 1)} with a head injury; explanation consistent; no safeguarding referral made.
{c.mum.first}: known to perinatal mental health service {c.base.year - 3}–{c.base.year - 2}.
Response authorised by: Named Nurse for Safeguarding Children"""


@T("screening-response")
def _(c, r):
    return f"""Response to screening enquiry
From: Probation Service – {r.choice(['North West', 'Yorkshire and the Humber', 'London', 'Wales', 'South West', 'East of England'])} region
Case: {c.no}
Subject: {c.resp.full}
The subject {r.choice(['is currently supervised on licence until ' + c.d(300, 1), 'is not known to the Probation Service', 'completed a community order in ' + str(c.base.year - 2) + ', including Building Better Relationships'])}.
Risk of serious harm (OASys) to children: {r.choice(['Low', 'Medium', 'N/A'])}.
Please contact the Probation Court Team for further information."""


@T("screening-response", email=True)
def _(c, r):
    return f"""Good morning,

Thank you for your screening request for {c.kidlist()}.

We have no information on our system for the family. If the situation changes please re-refer.

Regards

Safeguarding Hub Triage
{c.la}

>>> Cafcass Screening Team  {c.d(1, 0)} 09:14 >>>
Please could you complete screening for the above. Applicant {c.app.full}, respondent {c.resp.full}. FHDRA {c.d(28, 0)}.""", dict(subject=f"Screening response - {c.no}", sender=f"safeguardinghub@{c.la_dom}")


@T("screening-response")
def _(c, r):
    return f"""{c.gp}
{c.d(7, 1)}

Dear Sir/Madam
Request for information: {c.k1.full} (DOB {c.d(c.k1.dob, 0)})
Further to your screening request, I can confirm {c.k1.first} is registered at this practice. {c.k1.he.capitalize()} is up to date with immunisations. There are no safeguarding alerts on {c.k1.his} record. {c.k1.he.capitalize()} was last seen on {c.d(-90, 1)} for {r.choice(['eczema', 'an ear infection', 'asthma review', 'a sprained wrist'])}.
Yours faithfully
Dr {c.gpdoc.last}"""


@T("screening-response")
def _(c, r):
    return f"""Screening outcome (returned form)
Agency: {c.school}
Child: {c.k1.full}, Year {max(1, c.k1.age - 4)}
Attendance this year: {r.randrange(82, 99)}%
Any safeguarding concerns (CPOMS)? {r.choice(['No', 'Yes – two logged concerns about lateness and hunger', 'Yes – disclosed arguments at home'])}
Who brings the child to school? Mostly {c.mum.first}; sometimes grandmother.
Contact with the other parent known to school? {r.choice(['Yes', 'No', 'Not sure'])}
Completed by {c.teacher.full}, DSL, {c.d(9, 0)}
Cafcass ref {c.no}"""


@T("screening-response")
def _(c, r):
    return f"""Adult Social Care – response to screening request
Cafcass number: {c.no}
We have searched our records for {c.resp.full}.
{c.resp.first} {r.choice(['is known to the Community Mental Health Team and has a care coordinator.', 'was assessed under the Care Act in ' + str(c.base.year - 1) + '; no ongoing services.', 'is not known to Adult Social Care.'])}
Consent: the request states the subject consented to checks.
{c.tm.full}, Adult Services Duty Team"""


@T("screening-response", "cy")
def _(c, r):
    return f"""YMATEB I'R CAIS SGRINIO
Cyfeirnod y cais: SCR/{c.ref('', 6)}   Achos CAFCASS Cymru: {c.no}
Asiantaeth: {c.nhs_cy} – Tîm Diogelu Plant
Unigolion: {c.kidlist(cy=True)}; {c.mum.full}
Canlyniad: [X] Dim gwybodaeth   [ ] Gwybodaeth ar gael – gweler isod
Awdurdodwyd gan: Nyrs Ddynodedig Diogelu Plant"""


@T("screening-response", "cy")
def _(c, r):
    return f"""Annwyl CAFCASS Cymru,

Diolch am eich cais sgrinio ynghylch {c.k1.full}. Mae {c.k1.first} yn ddisgybl yn {c.school}. Presenoldeb eleni: {r.randrange(85, 99)}%. Nid oes gennym bryderon diogelu ar hyn o bryd.

Yn gywir,
{c.teacher.full}
Person Diogelu Dynodedig"""


@T("safety-assessment")
def _(c, r):
    return f"""DOMESTIC ABUSE RISK ASSESSMENT (completed with parent)
Case {c.no}   Completed with: {c.app.full}   Date: {c.d(42)}   Practitioner: {c.fca.full}
Tool used: SafeLives DASH risk checklist
Yes answers: {r.randrange(5, 17)} / 24
Key risks: escalation in last 6 months; threats to kill; separation; child contact used to locate.
Risk level: {r.choice(['Standard', 'Medium', 'High – MARAC referral made'])}
Safety plan: {c.app.first} has an IDVA from {c.da}; handovers through school; no direct contact.
Review: before report filed."""


@T("safety-assessment")
def _(c, r):
    return f"""Section 16A risk assessment
Children Act 1989, s.16A
Case: {c.case_name}, {c.no}
During my enquiries I have formed the view that {c.kidlist()} {'are' if c.plural() else 'is'} at risk of harm. This assessment relates to the risk posed by {c.resp.full} following the disclosure by {c.k1.first} on {c.d(60, 1)}.
Nature of harm: {r.choice(['physical harm', 'emotional harm through exposure to domestic abuse', 'sexual harm'])}
Likelihood: significant
Protective factors: {c.app.first} acted protectively and has contacted the police.
Conclusion: I will inform the court and recommend that direct contact is suspended pending further assessment.
{c.fca.full}, {c.fca_role}"""


@T("safety-assessment")
def _(c, r):
    return f"""Safety plan – agreed with {c.mum.first}
{c.d(20)}
1. If {c.dad.first} comes to the house, do not open the door, call 999.
2. Children to be collected from school only by mum or nan ({r.choice(['Carol', 'Bernadette', 'Pat', 'Nadia'])}).
3. Keep phone charged; code word with sister.
4. Handovers at the contact centre only.
5. Refuge number saved.
Reviewed by Cafcass FCA {c.fca.last}. Case {c.no}"""


@T("safety-assessment")
def _(c, r):
    return f"""Referral to Children's Social Care (welfare referral)
From: {c.fca.full}, {c.cafcass}
To: {c.la} Front Door / MASH
Date: {c.d(35)}
Child(ren): {c.kidlist(dob=True)}
Address: {c.addr}
Reason for referral: During a home visit I observed {r.choice(['a lack of food in the house and the children appeared unkempt', 'bruising to the face of ' + c.k2.first, 'the mother to be intoxicated while caring for the children'])}. The mother's explanation was inconsistent.
Parents aware of referral: {r.choice(['Yes', 'No – would place child at risk'])}
Requested outcome: strategy discussion / assessment. Please confirm receipt and outcome."""


@T("safety-assessment")
def _(c, r):
    return f"""Harmful conflict and risk screening tool – parent version
Parent: {c.resp.full}   Case: {c.no}
Score each 0 (never) – 3 (often):
Arguments in front of the children ........ {r.randrange(0, 4)}
Using the children to pass messages ....... {r.randrange(0, 4)}
Name-calling the other parent ............. {r.randrange(0, 4)}
Fear of the other parent .................. {r.randrange(0, 4)}
Threats or violence ....................... {r.randrange(0, 4)}
Practitioner analysis: the conflict is at a level that is harmful to the children; it is not accompanied by coercive control. Recommend SPIP and parenting plan.
{c.fca.full}"""


@T("safety-assessment")
def _(c, r):
    return f"""LADO referral – allegation against a person who works with children
Referrer: {c.fca.full} ({c.cafcass}) – {c.d(25)}
Person: {c.resp.full}, employed as {r.choice(['a teaching assistant', 'a youth football coach', 'a nursery practitioner', 'a school bus driver'])}
Allegation: during the safeguarding call {c.app.first} reported that {c.resp.first} had hit {c.k1.first} with a belt.
Sent to: Local Authority Designated Officer, {c.la}
Case reference: {c.no}"""


@T("safety-assessment", "cy")
def _(c, r):
    return f"""ASESIAD RISG CAM-DRIN DOMESTIG
Achos {c.no}   Cwblhawyd gyda: {c.app.full}   Dyddiad: {c.dc(42)}
Offeryn: Rhestr wirio DASH
Atebion 'Ie': {r.randrange(5, 17)} / 24
Lefel y risg: {r.choice(['Safonol', 'Canolig', 'Uchel – atgyfeiriad MARAC'])}
Cynllun diogelwch: trosglwyddo'r plant drwy'r ysgol; dim cyswllt uniongyrchol rhwng y rhieni; cefnogaeth gan {c.da}.
{c.fca.full}, {c.fca_role_cy}"""


@T("safety-assessment", "cy")
def _(c, r):
    return f"""Asesiad risg adran 16A – Deddf Plant 1989
{c.case_name} – {c.no}
Yn ystod fy ymholiadau rwyf wedi dod i'r farn bod {c.firsts(cy=True)} mewn perygl o niwed gan {c.resp.full}.
Natur y niwed: niwed emosiynol drwy fod yn dyst i gam-drin domestig.
Ffactorau amddiffynnol: mae {c.app.first} wedi gweithredu i amddiffyn y plant.
Casgliad: byddaf yn hysbysu'r llys.
{c.fca.full}"""


# ---------------- reporting-to-court ----------------

@T("safeguarding-letter")
def _(c, r):
    return f"""{c.cafcass.upper()} SAFEGUARDING LETTER
To: {c.court.replace('the ', 'The ')}
Case number: {c.no}   Hearing: FHDRA {c.d(28, 1)}
Applicant: {c.app.full}   Respondent: {c.resp.full}
Child(ren): {c.kidlist(dob=True)}

1. Introduction
This letter sets out the safeguarding checks undertaken by {c.cafcass} and the outcome of telephone interviews with the parties.
2. Police checks
{c.force}: {r.choice(['no information held on either party.', 'two domestic incidents recorded between the parties in ' + str(c.base.year - 1) + '.'])}
3. Local authority checks
{c.la}: {r.choice(['not known.', 'previous Child in Need involvement, closed.'])}
4. Telephone interviews
{c.app.first} said ... {c.resp.first} said ...
5. Recommendation
{r.choice(['No safeguarding issues have been identified that would prevent the parties from reaching agreement at the FHDRA.', 'A section 7 report is recommended to address the welfare issues and the allegations of domestic abuse.'])}
{c.fca.full}, {c.fca_role}""", dict(dn="Safeguarding letter")


@T("safeguarding-letter")
def _(c, r):
    return f"""Dear {c.judge},

Re: {c.case_name} – {c.no}

I write in advance of the First Hearing Dispute Resolution Appointment on {c.d(27, 1)}. I have spoken with both parents by telephone and completed checks with the police and the local authority.

{c.app.first} seeks a child arrangements order for the children to live with {c.app.him}. {c.app.he.capitalize()} told me that {c.resp.first} has been verbally abusive. {c.resp.first} denies this and wishes to see the children on alternate weekends.

Checks show {c.force} attended the family home once in {c.base.year - 1}; no further action was taken. The local authority has no record.

In my view there are outstanding safeguarding concerns. I suggest the court considers whether a fact-finding hearing is necessary and, if so, directs a section 7 report after that.

Yours faithfully,
{c.fca.full}
{c.fca_role}, {c.team}"""


@T("safeguarding-letter")
def _(c, r):
    return f"""Safeguarding Letter (Work to First Hearing)
Court: {c.court}    No: {c.no}
Summary for the court: Checks complete. Telephone interview with the applicant complete. The respondent could not be contacted despite three attempts ({c.d(8, 0)}, {c.d(10, 0)}, {c.d(12, 0)}).
Police ({c.force}): nil return.
LA: known – Early Help {c.base.year - 1}, closed.
Issues: the applicant raised concern about the respondent's drug use. No independent information supports this.
Recommendation: the court may wish to consider a hair strand test before any unsupervised overnight contact.
This letter has been shared with both parties."""


@T("safeguarding-letter")
def _(c, r):
    return f"""{c.team}
{c.d(20, 1)}

Safeguarding letter – {c.kidlist()}
Our ref {c.no}

Sources of information
• Application (C100) and C1A
• Police National Computer and local police information ({c.force})
• {c.la} children's services
• Telephone interviews with {c.mum.full} and {c.dad.full}

Analysis
Both parents want {c.firsts()} to have a relationship with each other parent. The dispute is about the number of overnight stays. No safeguarding concerns were identified.

Recommendation
Referral to mediation and to a Separated Parents Information Programme. No further Cafcass work is needed if agreement is reached.

{c.fca.full}"""


@T("safeguarding-letter")
def _(c, r):
    rc = c.RC("adult-posing-risk")
    return f"""SAFEGUARDING LETTER
{c.no}
Information from {c.force} indicates that {c.resp.full}'s partner is a registered sex offender and is recorded as a {rc}. {c.resp.first} did not disclose this during the telephone interview. The local authority has been informed.
I recommend that there is no unsupervised contact and that the local authority is directed to prepare a section 7 report given their knowledge of the household.
{c.fca.full}, {c.fca_role}, {c.d(18, 0)}"""


@T("safeguarding-letter", "cy")
def _(c, r):
    return f"""LLYTHYR DIOGELU CAFCASS CYMRU
At: {c.court_cy}
Rhif yr achos: {c.no}   Gwrandawiad: FHDRA {c.dc(28)}
Ceisydd: {c.app.full}   Atebydd: {c.resp.full}
Plentyn/Plant: {c.kidlist(cy=True, dob=True)}

1. Gwiriadau'r heddlu: {r.choice(['dim gwybodaeth.', 'un digwyddiad domestig yn ' + str(c.base.year - 1) + '.'])}
2. Gwiriadau'r awdurdod lleol: {c.la_cy} – {r.choice(['dim yn hysbys.', 'cynllun Plentyn mewn Angen yn y gorffennol, ar gau.'])}
3. Cyfweliadau ffôn: siaradais â'r ddau riant.
4. Argymhelliad: {r.choice(['Nid oes unrhyw bryderon diogelu wedi codi.', 'Argymhellir adroddiad adran 7.'])}
{c.fca.full}, {c.fca_role_cy}""", dict(dn="Llythyr diogelu")


@T("safeguarding-letter", "cy")
def _(c, r):
    return f"""Adroddiad Ymholiadau Diogelu (SER) / Safeguarding Enquiries Report
{c.no} – {c.case_name}
Mae CAFCASS Cymru wedi cwblhau ymholiadau diogelu cyn y gwrandawiad cyntaf.
Heddlu: {c.force_cy} – dim gwybodaeth.
Awdurdod lleol: {c.la_cy} – dim yn hysbys.
Barn: gall y rhieni drafod trefniadau yn y gwrandawiad.
CAFCASS Cymru has completed safeguarding enquiries. No safeguarding issues identified.
{c.fca.full}"""


@T("section-7-report")
def _(c, r):
    return f"""IN THE FAMILY COURT SITTING AT {c.town.upper()}                       Case No {c.no}
Children Act 1989
REPORT UNDER SECTION 7

Child(ren): {c.kidlist(dob=True)}
Author: {c.fca.full}, {c.fca_role}
Date of report: {c.d(110, 1)}
Report ordered: {c.d(28, 1)} by {c.judge}

1. Summary of recommendations
1.1 {c.firsts()} should live with {c.mum.first} and spend time with {c.dad.first} on alternate weekends, Friday to Sunday.
2. Enquiries undertaken
2.1 I met each parent twice; I saw the children at home and at school; I received information from {c.school} and {c.la}.
3. The welfare checklist
3.1 Wishes and feelings: {c.k1.first} told me "I want to see dad more but I want my bed at mum's".
3.2 Physical, emotional and educational needs ...
[page 1 of 14]""", dict(dn="Section 7 report")


@T("section-7-report")
def _(c, r):
    return f"""Section 7 Report – Addressed to {c.judge}
{c.case_name} | {c.no}

Analysis
Having considered each element of the welfare checklist, my assessment is that {c.k1.first}'s needs are best met by remaining in the care of {c.app.first}. The children have a strong attachment to {c.resp.first}, and the risk identified in the safeguarding letter has reduced since {c.resp.first} completed a domestic abuse perpetrator programme.

Recommendation
I recommend a child arrangements order providing for the children to live with {c.app.first} and to spend time with {c.resp.first}: supervised at {c.centre} for six sessions, then unsupervised day time, reviewed after three months.

I have considered the 'no order' principle and conclude that an order is necessary because the parents have been unable to agree.

{c.fca.full}
{c.fca_role}
{c.d(112, 1)}"""


@T("section-7-report")
def _(c, r):
    return f"""Cafcass – Report to the Family Court under s.7 Children Act 1989
(local template)
Part A – Background
Part B – The child's voice
{c.k1.first} drew a picture of two houses and put {c.k1.him}self in the middle. When we did a scaling exercise {c.k1.he} gave time with {c.resp.first} an 8 out of 10.
Part C – Parents' views
Part D – Risk: the allegations of domestic abuse were considered at the fact-finding hearing on {c.d(70, 1)}; the court found {r.choice(['none of the allegations proved', 'two allegations proved'])}.
Part E – Welfare checklist analysis
Part F – Recommendations
Filed {c.d(115, 0)}   Case {c.no}"""


@T("section-7-report")
def _(c, r):
    return f"""REPORT OF THE FAMILY COURT ADVISER

Children: {c.kidlist()}
Court reference: {c.no}
Hearing: Dispute Resolution Appointment, {c.d(130, 1)}

The court asked me to report on:
a) the children's wishes and feelings;
b) whether the children should spend overnight time with their father;
c) the relevance of the police information.

Sources: I interviewed both parents, observed contact at {c.centre}, met the children at school, read the disclosure from {c.force} and spoke to the health visitor, {c.hv.full}.

My conclusion is that overnight time with {c.dad.first} is in the children's interests and can be introduced gradually. I have weighed the welfare checklist in reaching this view.

Signed: {c.fca.full}   Date: {c.d(112)}"""


@T("section-7-report")
def _(c, r):
    return f"""(page 6)
...the welfare checklist (section 1(3) Children Act 1989)

Ascertainable wishes and feelings of the child
{c.k1.first} is {c.k1.age} and able to express {c.k1.his} views clearly. {c.k1.he.capitalize()} wants to see {c.resp.first} "but not stay there".

Physical, emotional and educational needs
{c.k1.first} has an EHCP and needs a predictable routine.

Likely effect of any change in circumstances
...

Any harm suffered or at risk of suffering
...

How capable each parent is of meeting the child's needs
...

Recommendation: as set out at section 9. – {c.no} – s7 report – {c.fca.last}"""


@T("section-7-report")
def _(c, r):
    return f"""Local Authority Section 7 Report
{c.la}
The court directed {c.la} to prepare a report under section 7 because the family is currently open to children's services.
Author: {c.sw.full}, Social Worker   Team Manager: {c.tm.full}
Case: {c.no}
Children: {c.kidlist()}
The local authority recommends that {c.k1.first} continues to live with {c.app.first} under a child arrangements order and that contact with {c.resp.first} remains supervised by family members. The Child in Need plan will continue."""


@T("section-7-report", "cy")
def _(c, r):
    return f"""{c.court_cy.upper()}                 Rhif yr Achos {c.no}
Deddf Plant 1989
ADRODDIAD O DAN ADRAN 7

Plentyn/Plant: {c.kidlist(cy=True)}
Awdur: {c.fca.full}, {c.fca_role_cy}
Dyddiad: {c.dc(110)}

1. Crynodeb o'r argymhellion
1.1 Dylai {c.firsts(cy=True)} fyw gyda {c.mum.first} a threulio amser gyda {c.dad.first} bob yn ail benwythnos.
2. Ymholiadau
2.1 Cyfarfûm â'r ddau riant; gwelais y plant gartref ac yn yr ysgol; derbyniais wybodaeth gan {c.school}.
3. Y rhestr wirio lles
3.1 Dymuniadau a theimladau: dywedodd {c.k1.first}, "Dwi eisiau gweld Dad mwy ond dwi eisiau cysgu yn nhŷ Mam".""", dict(dn="Adroddiad adran 7")


@T("section-7-report", "cy")
def _(c, r):
    return f"""Adroddiad Adran 7 – Dadansoddiad ac argymhelliad
{c.case_name} | {c.no}
Ar ôl ystyried pob elfen o'r rhestr wirio lles, fy asesiad yw bod anghenion {c.k1.first} yn cael eu diwallu orau drwy aros yng ngofal {c.app.first}.
Argymhelliad: gorchymyn trefniadau plant i'r plant fyw gyda {c.app.first} a threulio amser gyda {c.resp.first}, dan oruchwyliaeth am chwe sesiwn i ddechrau.
{c.fca.full}, {c.fca_role_cy}, {c.dc(112)}"""


@T("guardian-analysis", law="public")
def _(c, r):
    return f"""IN THE FAMILY COURT AT {c.town.upper()}               {c.no}
{c.la} (Applicant) and {c.mum.full} (First Respondent) and {c.dad.full} (Second Respondent) and {c.kidlist()} (through their Children's Guardian)

CHILDREN'S GUARDIAN'S INITIAL ANALYSIS AND RECOMMENDATIONS
For the Case Management Hearing on {c.d(14, 1)}

1. I was appointed on {c.d(2, 1)}. I have read the local authority's application and social work statement.
2. Interim threshold: I agree that the interim threshold is met.
3. Interim care plan: I support {c.k1.first}'s placement {r.choice(['with foster carers', 'with the maternal aunt under an interim care order', 'at home under an interim supervision order'])}.
4. Assessments: I support a parenting assessment of {c.mum.first} and a viability assessment of the paternal grandparents.
5. Timetable: the case should conclude within 26 weeks.
{c.fca.full}, Children's Guardian"""


@T("guardian-analysis", law="public")
def _(c, r):
    rc = c.RC(r.choice(["looked-after-child", "adoption"]))
    return f"""Final Analysis and Recommendations of the Children's Guardian
Case {c.no}
Children: {c.kidlist(dob=True)}

Summary: The local authority's final care plan is for {('long-term foster care; the children will remain Looked After' if c.rc == 'looked-after-child' else 'adoption, with an application for a placement order')}. Record status stated by the LA: {rc}.
Realistic options: (a) return to mother; (b) special guardianship with grandparents; (c) {'long-term fostering' if c.rc == 'looked-after-child' else 'adoption'}.
Welfare analysis: I have considered the welfare checklist in s.1(3) Children Act 1989 {'and s.1(4) Adoption and Children Act 2002' if c.rc == 'adoption' else ''}. Option (a) is not realistic given {c.mum.first}'s failure to engage with drug testing.
Recommendation: I support the final care plan.
{c.fca.full}, Children's Guardian, {c.d(170, 1)}"""


@T("guardian-analysis", law="public")
def _(c, r):
    return f"""Guardian's position and analysis – IRH
{c.case_name}  ({c.no})
I have visited {c.k1.first} at placement on three occasions. {c.k1.he.capitalize()} is settled and told me {c.k1.he} misses {c.k1.his} mum "but not the shouting".
The parenting assessment by {c.expert.split(',')[0]} is negative. The independent social worker's viability assessment of {c.dad.first}'s sister is positive.
My analysis is that a special guardianship order in favour of the paternal aunt best meets the children's welfare needs throughout their childhood. Contact with parents should be monthly, supervised.
Children's Guardian: {c.fca.full}"""


@T("guardian-analysis", law="public")
def _(c, r):
    return f"""CHILDREN'S GUARDIAN – ANALYSIS (Public Law Outline, Stage 3)
Section 1: Guardian's recommendation in summary
Section 2: The child's wishes and feelings
Section 3: The local authority's care plan
Section 4: Analysis of the realistic options
  - The balance sheet below sets out the positives and negatives of each option.
  Option              | For                          | Against
  Return home         | strong bond with mother      | relapse risk, DV
  Connected carers    | family, culture preserved    | assessment incomplete
  Foster care         | stable placement             | separation from siblings
Section 5: Contact
Section 6: Timetable for the child
{c.no} – prepared by {c.fca.full}"""


@T("guardian-analysis", law="public")
def _(c, r):
    return f"""Secure accommodation application – Guardian's analysis
Re: {c.k1.full}, aged {c.k1.age + 2}
{c.court}, {c.no}
The local authority seeks an order under section 25 of the Children Act 1989. {c.k1.first} has gone missing on {r.randrange(6, 20)} occasions in the last two months and has been found in the company of adults believed to be exploiting {c.k1.him}.
Having met {c.k1.first} and considered the criteria in section 25, my analysis is that the criteria are met, and that the order should be for no more than 3 months.
{c.fca.full}, Children's Guardian"""


@T("guardian-analysis", law="public")
def _(c, r):
    return f"""Initial analysis (guardian) – {c.no}
I have not yet met {c.mum.first}, who did not attend the appointment on {c.d(6, 1)}.
From the social worker, {c.sw.full}: the children were removed under police protection ({c.force}) on {c.d(-2, 1)} after being found alone at home.
I agree the children cannot safely return home at this stage. I will update the court at the next hearing.
{c.fca.full}"""


@T("guardian-analysis", "cy", law="public")
def _(c, r):
    return f"""DADANSODDIAD CYCHWYNNOL AC ARGYMHELLION Y GWARCHEIDWAD PLANT
{c.court_cy} – {c.no}
{c.la_cy} (Ceisydd) a {c.mum.full} a {c.dad.full}
Ar gyfer y Gwrandawiad Rheoli Achos ar {c.dc(14)}

1. Cefais fy mhenodi ar {c.dc(2)}.
2. Trothwy interim: rwy'n cytuno bod y trothwy interim wedi'i fodloni.
3. Cynllun gofal interim: rwy'n cefnogi lleoliad {c.k1.first} gyda gofalwyr maeth.
4. Asesiadau: rwy'n cefnogi asesiad rhianta o {c.mum.first}.
5. Amserlen: dylai'r achos ddod i ben o fewn 26 wythnos.
{c.fca.full}, Gwarcheidwad Plant"""


@T("guardian-analysis", "cy", law="public")
def _(c, r):
    return f"""Dadansoddiad terfynol y Gwarcheidwad Plant
{c.case_name} ({c.no})
Rwyf wedi ymweld â {c.k1.first} yn y lleoliad deirgwaith. Mae wedi setlo.
Fy nadansoddiad yw mai gorchymyn gwarcheidiaeth arbennig o blaid y fodryb sy'n diwallu anghenion lles y plant orau. Dylai cyswllt â'r rhieni fod yn fisol dan oruchwyliaeth.
{c.fca.full}, Gwarcheidwad Plant, {c.dc(170)}"""


@T("letter-to-court")
def _(c, r):
    return f"""{c.team}
{c.d(200, 1)}

To: {c.judge}, {c.court}
Case: {c.no}

Family Assistance Order – final letter
The court made a Family Assistance Order on {c.d(20, 1)} for six months, directing Cafcass to help the parents establish contact between {c.firsts()} and {c.dad.first}.
During the order I met the parents {r.randrange(4, 9)} times. Contact now takes place every Saturday, with handovers at a supermarket car park. The parents now communicate through a parenting app.
The order ends on {c.d(202, 1)}. I ask that this letter is placed on the court file.
{c.fca.full}, {c.fca_role}"""


@T("letter-to-court")
def _(c, r):
    return f"""Dear Sir / Madam,

{c.case_name} – {c.no}

I write to inform the court that I will not be able to file my section 7 report by {c.d(110, 1)} as directed. {c.k1.first} has been unwell and I have not been able to complete my direct work with {c.k1.him}. I also await information from {c.la}.

I respectfully request an extension of 14 days, to {c.d(124, 1)}. The hearing on {c.d(130, 1)} would not be affected. The parties have been informed.

Yours faithfully
{c.fca.full}
{c.fca_role}"""


@T("letter-to-court", email=True)
def _(c, r):
    return f"""Dear Court Staff,

Please place this before {c.judge} in the above matter.

Cafcass has been notified by {c.force} that {c.resp.full} was arrested on {c.d(80, 1)} in connection with an alleged assault on {c.app.full}. Bail conditions prevent contact with {c.app.first}. I have spoken to both parties.

In light of this I will need to update my assessment, and I invite the court to list the matter for directions. I can attend on any date in the next two weeks.

Kind regards
{c.fca.full}
{c.fca_role} | {c.team}""", dict(subject=f"{c.no} {c.case_name} - urgent update to the court", sender=c.fca_mail)


@T("letter-to-court")
def _(c, r):
    return f"""UPDATE TO THE COURT
From the {c.fca_role}, {c.cafcass}
In: {c.no}
Further to the order of {c.d(90, 1)}, I have spoken to {c.k1.first} about the proposed holiday to {r.choice(['Poland', 'Pakistan', 'Spain', 'Jamaica', 'Ireland'])}. {c.k1.he.capitalize()} is excited about the trip. I have no welfare concerns about the holiday proceeding, provided the return date is confirmed in writing. I make no further recommendation.
{c.fca.full}"""


@T("letter-to-court")
def _(c, r):
    return f"""The Court Manager
{c.court.replace('the ', '').title()}

{c.d(95, 1)}

Your ref: {c.no}

Dear Court Manager,
I note that the order of {c.d(90, 1)} directs Cafcass to file a report by {c.d(97, 1)}. The case has not been allocated to me previously and {c.cafcass} did not receive the order until {c.d(94, 1)}. I am unable to comply with the direction in this time. I ask that the order is brought to the attention of the judge so that a new date may be set.
Yours sincerely,
{c.mgr.full}, Service Manager"""


@T("letter-to-court")
def _(c, r):
    return f"""Letter to the court in place of a report
Case no. {c.no}
The court asked Cafcass to advise whether the children's views have changed since the report of {c.d(110, 1)}. I met {c.firsts()} on {c.d(140, 1)}. Their views are unchanged. They want to continue the current arrangements. I do not consider a further report necessary.
{c.fca.full}, {c.fca_role}"""


@T("letter-to-court", "cy")
def _(c, r):
    return f"""{c.team_cy}
{c.dc(200)}

At: {c.judge}, {c.court_cy}
Achos: {c.no}

Gorchymyn Cymorth i Deuluoedd – llythyr terfynol
Gwnaeth y llys Orchymyn Cymorth i Deuluoedd ar {c.dc(20)} am chwe mis. Yn ystod y gorchymyn cyfarfûm â'r rhieni sawl gwaith. Mae cyswllt bellach yn digwydd bob dydd Sadwrn.
Daw'r gorchymyn i ben ar {c.dc(202)}. Gofynnaf i'r llythyr hwn gael ei osod ar ffeil y llys.
{c.fca.full}, {c.fca_role_cy}"""


@T("letter-to-court", "cy")
def _(c, r):
    return f"""Annwyl Syr / Fadam,

{c.case_name} – {c.no}

Ysgrifennaf i hysbysu'r llys na fyddaf yn gallu ffeilio fy adroddiad adran 7 erbyn {c.dc(110)}. Rwy'n aros am wybodaeth gan {c.la_cy}. Gofynnaf yn barchus am estyniad o 14 diwrnod.

Yn gywir
{c.fca.full}
{c.fca_role_cy}"""


@T("addendum-report")
def _(c, r):
    return f"""ADDENDUM SECTION 7 REPORT
Case {c.no}   {c.case_name}
Date: {c.d(180, 1)}   Author: {c.fca.full}
1. Purpose
1.1 This addendum is filed in accordance with the order of {c.d(150, 1)}, which asked me to update the court on the progression of contact since my report dated {c.d(110, 1)}.
2. Update
2.1 Supervised contact took place on {r.randrange(4, 8)} occasions. The centre notes are positive.
3. Recommendation
3.1 My recommendation is unchanged save that unsupervised contact may start now rather than in three months."""


@T("addendum-report")
def _(c, r):
    return f"""Addendum report of the Children's Guardian
{c.no}
Since my final analysis dated {c.d(150, 1)}, the following has happened:
- {c.mum.first} provided a negative hair strand test result covering 3 months.
- The paternal grandparents withdrew from assessment.
I have considered whether this changes my recommendation. It does not, although I now support an increase in {c.mum.first}'s contact to fortnightly.
{c.fca.full}""", dict(sender=c.fca_mail)


@T("addendum-report")
def _(c, r):
    return f"""Further report (addendum) to the court
Children: {c.kidlist()}
The judge asked me to speak again to {c.k1.first} after {c.k1.he} wrote to the court. I saw {c.k1.him} on {c.d(170, 1)}. {c.k1.he.capitalize()} said {c.k1.he} wrote the letter on {c.k1.his} own. {c.k1.his.capitalize()} views are now clearer: {c.k1.he} wants to live with {c.resp.first} during the week.
Having reconsidered the welfare checklist in light of this, I revise my recommendation as set out below...
{c.fca_role}, {c.cafcass}, {c.no}"""


@T("addendum-report")
def _(c, r):
    return f"""Section 7 – addendum following fact-finding
IN THE FAMILY COURT AT {c.town.upper()}   No. {c.no}
The court found on {c.d(160, 1)} that {c.resp.first} was controlling and coercive towards {c.app.first}. My earlier report was written before the findings. I have reread it in light of the judgment.
Revised recommendation: indirect contact only (letters and cards every month) and a referral to a domestic abuse perpetrator programme, to be reviewed in 12 months.
{c.fca.full}  {c.d(175, 0)}"""


@T("addendum-report")
def _(c, r):
    return f"""Addendum {c.no}
Short update as requested at the DRA.
- School: {c.k1.first}'s attendance has improved to {r.randrange(90, 99)}%.
- Both parents have completed SPIP.
- Handovers: no incidents.
Recommendation in my report of {c.d(110, 0)} stands.
{c.fca.first} {c.fca.last}"""


@T("addendum-report", "cy")
def _(c, r):
    return f"""ADRODDIAD ATODOL ADRAN 7
Achos {c.no}   {c.case_name}
Dyddiad: {c.dc(180)}   Awdur: {c.fca.full}
1. Diben: ffeilir yr adroddiad atodol hwn yn unol â gorchymyn {c.dc(150)}, sy'n gofyn i mi ddiweddaru'r llys ar gynnydd y cyswllt ers fy adroddiad dyddiedig {c.dc(110)}.
2. Diweddariad: cynhaliwyd cyswllt dan oruchwyliaeth {NUM_CY[r.randrange(4, 9)]} gwaith. Roedd nodiadau'r ganolfan yn gadarnhaol.
3. Argymhelliad: nid yw fy argymhelliad wedi newid."""


@T("addendum-report", "cy")
def _(c, r):
    return f"""Adroddiad atodol y Gwarcheidwad Plant
{c.no}
Ers fy nadansoddiad terfynol, mae {c.mum.first} wedi darparu prawf gwallt negyddol. Nid yw hyn yn newid fy argymhelliad, ond rwy'n cefnogi cynyddu'r cyswllt i bob pythefnos.
{c.fca.full}, Gwarcheidwad Plant"""


# ---------------- direct-work ----------------

@T("letter-from-child")
def _(c, r):
    return f"""Dear Judge

My name is {c.k1.first} and I am {c.k1.age + 2}. I want to tell you that I want to live with my {r.choice(['dad', 'mum'])} becuase I feel safe there and my friends live near. I love my {r.choice(['mum', 'dad'])} to but I dont like it when they shout. Please can I see my dog at the weekends.

From {c.k1.first}""", dict(src="scan")


@T("letter-from-child")
def _(c, r):
    return f"""To {c.fca.first},
thank you for listening to me. i want to say some more things that i forgot. i dont want to go to {c.resp.first}'s house for sleepovers yet. maybe when im older. i like going to the park with {c.resp.him} on saturdays.
i am ok. school is good. 
{c.k1.first} x""", dict(src="scan")


@T("letter-from-child")
def _(c, r):
    return f"""Dear {"Judge" if "Justices" in c.judge else "Mrs " + c.judge.split()[-1]},
I am writing this because {c.fca.first} said I could. I am {c.k1.age + 4} years old and in year {min(11, c.k1.age)}. I have thought about it a lot. I want to spend half the week at each house. I am old enough to decide and I want my views to be listened to. I don't want Mum and Dad to be cross with each other about it.
Thank you for reading my letter.
{c.k1.first} {c.k1.last}""", dict(src="scan")


@T("letter-from-child")
def _(c, r):
    return f"""dear daddy i mis you 
i want to come to your hous 
love from 
{c.k2.first.upper()}
xxxxx""", dict(src="scan")


@T("letter-from-child")
def _(c, r):
    return f"""To whoever reads this

I'm {c.k1.first}. I don't really want to talk to anyone else about my family so I'm writing it down. Things at home are better now. Mum doesn't cry as much. I don't want to see him. I know he's my dad but he scared me when he broke the door. Please don't make me.

{c.k1.first}""", dict(src="scan")


@T("letter-from-child", email=True)
def _(c, r):
    return f"""hi {c.fca.first} its {c.k1.first}

you said i could email you. i just wanted to say i changed my mind a bit and i would like to see dad at the contact place first and then maybe more. dont tell mum i emailed yet i will tell her.

{c.k1.first}""", dict(subject="hi", sender=f"{slug(c.k1.first)}{r.randrange(2005, 2015)}@{r.choice(['gmail.com', 'icloud.com'])}")


@T("letter-from-child", "cy")
def _(c, r):
    return f"""Annwyl Farnwr

Fy enw i yw {c.k1.first} a dwi'n {NUM_CY.get(c.k1.age + 2, str(c.k1.age + 2))} oed. Dwi eisiau byw efo {r.choice(['Dad', 'Mam'])} achos dwi'n teimlo'n saff yna. Dwi'n caru {r.choice(['Mam', 'Dad'])} hefyd ond dwi ddim yn licio pan maen nhw'n gweiddi.

Diolch
{c.k1.first}""", dict(src="scan")


@T("letter-from-child", "cy")
def _(c, r):
    return f"""I {c.fca.first}
diolch am wrando arna i. dwi ddim isio mynd i dŷ {c.resp.first} i gysgu eto. dwi'n hapus i fynd i'r parc efo fo ar ddydd sadwrn.
{c.k1.first} x""", dict(src="scan")


@T("child-drawing")
def _(c, r):
    return f"""ME  {c.resp.first.upper() if r.random() < 0.3 else 'DADDY'}  MUMMY
   my hous
  {c.k2.first}
(drawing)""", dict(src="scan")


@T("child-drawing")
def _(c, r):
    return f"""MY FAMILY by {c.k1.first} age {c.k1.age}
mum   me   {c.k2.first if c.plural() else 'nanny'}   biscuit (dog)
[Drawing completed during visit on {c.d(50, 0)} – {c.fca.ini} {c.no}]""", dict(src="scan")


@T("child-drawing")
def _(c, r):
    return f"""~   *   ~
HAPPY
dads hous       mums hous
  ☺                 ☺
{c.k1.first.lower()}""", dict(src="scan")


@T("child-drawing")
def _(c, r):
    return f"""Scanned drawing – {c.k1.first} ({c.k1.age}) drew this while I talked with {c.k1.his} mother. {c.k1.he.capitalize()} said it was "a rainbow and a monster".
monster
rainbow
ME""", dict(src="scan")


@T("child-drawing")
def _(c, r):
    return f"""i  l o v e   y o u
       dad
 from {c.k2.first.lower()}""", dict(src="scan")


@T("child-drawing")
def _(c, r):
    return f"""{c.k1.first}

[picture: a house, a car and four people; the smallest person is labelled ME]
SCHOOL   PARK
""", dict(src="scan")


@T("child-drawing")
def _(c, r):
    return f"""SCARY  NIGHT
       sad
 me in bed
 {c.no}  drawing {c.k1.first[0]}{c.k1.last[0]} {c.d(45, 2)}""", dict(src="scan")


@T("child-drawing", "cy")
def _(c, r):
    return f"""FI   MAM   DAD
  tŷ ni
  {c.k2.first}
 ci""", dict(src="scan")


@T("child-drawing", "cy")
def _(c, r):
    return f"""FY NHEULU gan {c.k1.first}
Mam  fi  Nain  Taid
[llun wedi'i wneud yn ystod ymweliad {c.dc(50, 0)} – {c.fca.ini}]""", dict(src="scan")


@T("direct-work-record")
def _(c, r):
    return f"""THREE HOUSES
Name: {c.k1.first}   Date: {c.d(50, 0)}   Worker: {c.fca.first}

House of worries:
- when mum and dad argue on the phone
- {c.resp.first}'s girlfriend
House of good things:
- my cat Tigger
- going swimming with {c.resp.first}
- my bedroom at mum's
House of dreams:
- everyone to be kind
- to have a sleepover at dad's
(written by {c.fca.first} with {c.k1.first}'s words)""", dict(src="scan")


@T("direct-work-record")
def _(c, r):
    return f"""Direct work session – {c.k1.full}
Case {c.no}   Venue: {c.school}   Date {c.d(52)}   Duration 45 mins
Tools used: feelings faces cards; scaling (0-10)
{c.k1.first} chose the 'worried' card for when {c.k1.he} thinks about the court. On a scale of 0-10 {c.k1.he} rated time with {c.app.first} as 9 and with {c.resp.first} as {r.randrange(2, 9)}.
{c.k1.first} asked me to tell the judge that {c.k1.he} wants "things to stay the same but more time with {c.resp.first} at weekends".
{c.k1.first} agreed what I would share with {c.k1.his} parents.
{c.fca.full}, {c.fca_role}""", dict(src="tree")


@T("direct-work-record")
def _(c, r):
    return f"""All About Me
My name is {c.k1.first}
I am {c.k1.age} years old
My favourite food is {r.choice(['pizza', 'chicken nuggets', 'pasta', 'curry', 'pancakes'])}
The people who live with me are {c.app.first} and {c.k2.first if c.plural() else 'my nan'}
When I am sad I {r.choice(['go to my room', 'cuddle my teddy', 'tell my teacher'])}
If I could change one thing it would be {r.choice(['no more shouting', 'to see dad more', 'a dog'])}
Completed with {c.fca.first} from {c.cafcass} {c.d(48, 0)}""", dict(src="scan")


@T("direct-work-record")
def _(c, r):
    return f"""Ecomap – {c.k1.first} ({c.no})
Centre: {c.k1.first}
Close (strong line): Mum, {c.k2.first if c.plural() else 'Nan'}, best friend Aisha, football coach
Medium: Dad, Grandad {c.dad.last}
Distant / dotted line: {c.resp.first}'s new partner
Stress (zig-zag): "court", "Dad's phone calls"
Worker's note: {c.k1.first} placed {c.resp.first} in the middle ring and said "it used to be closer".""", dict(src="scan")


@T("direct-work-record")
def _(c, r):
    return f"""Wishes and feelings – young person's own words
Name: {c.k1.full}   Age {c.k1.age + 4}
What is going well? "school, my mates, my job at the chippy"
What are you worried about? "mum's new boyfriend moving in"
Where do you want to live? "with mum, but I want to choose when I see dad"
What do you want the judge to know? "I'm not a kid anymore"
Recorded by {c.fca.full} on {c.d(55, 1)}, read back to {c.k1.first} who agreed it."""


@T("direct-work-record")
def _(c, r):
    return f"""Words and Pictures explanation – draft for {c.firsts()}
This is the story of why you live with {r.choice(['Auntie Sam', 'Nana and Grandad', 'your foster carers'])}.
When you were little, Mummy and Daddy loved you very much but sometimes they took drugs and could not look after you safely. The police and the social worker were worried. A judge decided you should live somewhere safe while grown-ups made a plan.
Prepared by {c.fca.full} (Children's Guardian) with the social worker, {c.d(150, 0)}."""


@T("direct-work-record", "cy")
def _(c, r):
    return f"""TRI THŶ
Enw: {c.k1.first}   Dyddiad: {c.dc(50, 0)}
Tŷ'r pryderon:
- pan mae Mam a Dad yn ffraeo ar y ffôn
Tŷ'r pethau da:
- fy nghath
- mynd i nofio efo Dad
Tŷ'r breuddwydion:
- pawb i fod yn ffeind
(ysgrifennwyd gan {c.fca.first} gyda geiriau {c.k1.first})""", dict(src="scan")


@T("direct-work-record", "cy")
def _(c, r):
    return f"""Cofnod gwaith uniongyrchol – {c.k1.full}
Achos {c.no}   Lleoliad: {c.school}   Dyddiad {c.dc(52)}
Offer: cardiau teimladau; graddfa 0-10
Dewisodd {c.k1.first} y cerdyn 'poeni' pan mae'n meddwl am y llys. Rhoddodd amser gyda {c.app.first} yn 9 allan o 10.
Gofynnodd {c.k1.first} i mi ddweud wrth y barnwr ei fod eisiau i bethau aros yr un fath.
{c.fca.full}, {c.fca_role_cy}"""


@T("child-meets-judge")
def _(c, r):
    return f"""NOTE OF MEETING BETWEEN {c.judge.upper()} AND {c.k1.full.upper()}
Date: {c.d(140, 1)}   Place: judge's room, {c.court.replace('the ', '')}
Present: the judge, {c.k1.first}, {c.fca.full} ({c.fca_role}, note taker)
The judge explained that {c.judge.split()[-1]} would make the decision, and that {c.k1.first}'s meeting was not to gather evidence. {c.k1.first} asked whether the judge had read {c.k1.his} letter. The judge said yes. {c.k1.first} said {c.k1.he} likes both houses. The judge explained what would happen next and that this note would be shared with the parents.
Meeting lasted 20 minutes."""


@T("child-meets-judge")
def _(c, r):
    return f"""Record of child meeting the judge (FPR Part 12 / 2010 Guidelines)
Case {c.no}
{c.k1.first} ({c.k1.age + 3}) met {c.judge} at court on {c.d(145, 0)} accompanied by the Children's Guardian.
Summary of what {c.k1.first} said:
- wants to stay with foster carers until end of school year
- wants to see brother more often
- asked if the judge would come to see {c.k1.his} school play (judge explained why not)
The judge reminded {c.k1.first} that {c.k1.he} could not promise to keep things secret."""


@T("child-meets-judge")
def _(c, r):
    return f"""Meeting with the judge – note by FCA
{c.d(138, 3)}
{c.k1.first} was nervous in the waiting area. I went in with {c.k1.him}. {c.judge} took off the wig and offered {c.k1.him} a biscuit. {c.k1.first} told the judge about {c.k1.his} hamster and then said "I just want mum and dad to stop". The judge thanked {c.k1.him}.
Afterwards {c.k1.first} said it was "ok, not scary". Note shared with the parties' representatives on the same day.
{c.fca.full}  {c.no}"""


@T("child-meets-judge")
def _(c, r):
    return f"""{c.case_name} {c.no}
Judicial meeting with child – agreed note
1. {c.k1.full} asked to meet the judge. The meeting took place by video on {c.d(142, 1)} because {c.k1.he} did not want to come to court.
2. The judge explained that the decision was the judge's and not {c.k1.first}'s.
3. {c.k1.first} said that {c.k1.he} wants to live with {c.resp.first} and felt {c.k1.his} views had not been heard.
4. The judge explained that {c.k1.first}'s letter and the guardian's report would both be read carefully.
Approved by {c.judge}"""


@T("child-meets-judge")
def _(c, r):
    return f"""Note: {c.k1.first} met the judge
Where: court {r.randrange(1, 9)}, {c.court.replace('the ', '').title()}
Who: {c.judge}; {c.k1.first}; me ({c.fca.first} {c.fca.last})
{c.k1.first} read out a short list:
1. I want to see my nan
2. I don't want to change school
3. I want my phone back at dad's
The judge listened and said they would think about everything. No evidence was taken."""


@T("child-meets-judge", "cy")
def _(c, r):
    return f"""NODYN O GYFARFOD RHWNG {c.judge.upper()} A {c.k1.full.upper()}
Dyddiad: {c.dc(140)}   Lle: ystafell y barnwr, {c.court_cy}
Yn bresennol: y barnwr, {c.k1.first}, {c.fca.full} ({c.fca_role_cy}, yn cymryd nodiadau)
Esboniodd y barnwr mai'r barnwr fyddai'n gwneud y penderfyniad. Dywedodd {c.k1.first} ei fod yn hoffi'r ddau dŷ. Esboniodd y barnwr y byddai'r nodyn hwn yn cael ei rannu gyda'r rhieni.
Parhaodd y cyfarfod am 20 munud."""


@T("child-meets-judge", "cy")
def _(c, r):
    return f"""Cyfarfu {c.k1.first} â'r barnwr – nodyn gan yr ymarferydd
{c.no} – {c.dc(138, 1)}
Roedd {c.k1.first} yn nerfus. Es i mewn gydag ef/hi. Dywedodd {c.k1.first} wrth y barnwr am ei ysgol a'i ffrindiau, ac yna dywedodd "Dwi jyst isio i Mam a Dad stopio ffraeo". Diolchodd y barnwr iddo/iddi.
{c.fca.full}"""

# ---------------- court-orders ----------------

@T("court-order")
def _(c, r):
    return f"""IN THE FAMILY COURT SITTING AT {c.town.upper()}
Case number: {c.no}
The Children Act 1989
The child(ren): {c.kidlist(dob=True)}

CHILD ARRANGEMENTS ORDER
Before {c.judge} on {c.d(140, 1)}
The court orders that:
1. The children shall live with {c.app.full}.
2. The children shall spend time with {c.resp.full} on alternate weekends from Friday after school until Sunday at 5pm, and for half of the school holidays.
3. Handovers shall take place at school or, out of term, at the {r.choice(["McDonald's car park", 'leisure centre', 'police station front counter'])}.
4. No order as to costs.
WARNING: where a child arrangements order is in force, if you do not comply with it you may be held in contempt of court..."""


@T("court-order", law="public")
def _(c, r):
    rc = c.RC("looked-after-child")
    return f"""IN THE FAMILY COURT AT {c.town.upper()}   No. {c.no}
INTERIM CARE ORDER
Section 38 Children Act 1989
The court orders that the child(ren) {c.kidlist()} be placed in the care of {c.la} until {c.d(56, 1)} or further order.
The court is satisfied that there are reasonable grounds for believing that the circumstances with respect to the children are as mentioned in section 31(2).
The child is therefore a {rc if 'Looked' in rc else 'looked after child'}.
Ordered by {c.judge} on {c.d(14, 1)}"""


@T("court-order")
def _(c, r):
    return f"""Order  –  Prohibited Steps
Family Court at {c.town}   {c.no}
Upon hearing the applicant in person and upon the respondent not attending
IT IS ORDERED THAT
1. The respondent, {c.resp.full}, shall not remove {c.kidlist()} from the care of the applicant, or from the school, until further order.
2. The respondent shall not remove the children from England and Wales.
3. This order was made without notice. The respondent may apply to vary or discharge it.
Dated {c.d(3, 1)}"""


@T("court-order")
def _(c, r):
    return f"""FAMILY ASSISTANCE ORDER
(section 16 Children Act 1989)
In the matter of {c.kidlist()}   Case {c.no}
The court directs {c.cafcass} to make an officer available to advise, assist and befriend {c.app.full}, {c.resp.full} and the children for a period of {r.choice(['six', 'twelve'])} months from today.
All persons named have consented.
By the court, {c.d(150, 1)}   {c.judge}"""


@T("court-order", law="public")
def _(c, r):
    rc = c.RC("adoption")
    return f"""PLACEMENT ORDER
Section 21 Adoption and Children Act 2002
Case No {c.no}
The court authorises {c.la} to place {c.k2.full}, born {c.d(c.k2.dob, 1)}, for adoption with any prospective adopters who may be chosen by the authority.
The consent of each parent is dispensed with under section 52(1)(b).
Record: {rc}
{c.judge}, {c.d(190, 1)}"""


@T("court-order")
def _(c, r):
    return f"""Final order
{c.no}   {c.case_name}
BY CONSENT
It is recorded that the parties have agreed the arrangements set out in the parenting plan attached.
It is ordered:
(a) The applicant's application is withdrawn with the permission of the court.
(b) There shall be no order save that a section 91(14) order is made for 2 years, so that neither party may apply without leave.
(c) Cafcass is released from the proceedings.
{c.d(130, 1)}"""


@T("court-order")
def _(c, r):
    return f"""IN THE HIGH COURT OF JUSTICE
FAMILY DIVISION
Case: {c.no}
In the matter of the Senior Courts Act 1981 and the inherent jurisdiction
In the matter of {c.k1.full} (a minor)
ORDER
The child is and shall remain a ward of this court during minority or until further order.
The return of the child to the jurisdiction of England and Wales is ordered.
Mrs Justice {r.choice(SURN)}, {c.d(10, 1)}"""


@T("court-order", "cy")
def _(c, r):
    return f"""{c.court_cy.upper()}
Rhif yr achos: {c.no}
Deddf Plant 1989
Y plentyn/plant: {c.kidlist(cy=True)}

GORCHYMYN TREFNIADAU PLANT
Gerbron {c.judge} ar {c.dc(140)}
Mae'r llys yn gorchymyn:
1. Bydd y plant yn byw gyda {c.app.full}.
2. Bydd y plant yn treulio amser gyda {c.resp.full} bob yn ail benwythnos ac am hanner gwyliau'r ysgol.
RHYBUDD: os nad ydych yn cydymffurfio â'r gorchymyn hwn gallech fod mewn dirmyg llys."""


@T("court-order", "cy")
def _(c, r):
    return f"""GORCHYMYN GOFAL INTERIM / INTERIM CARE ORDER
Adran 38 Deddf Plant 1989 / Section 38 Children Act 1989
{c.no}
Mae'r llys yn gorchymyn bod {c.kidlist(cy=True)} yng ngofal {c.la_cy} hyd at {c.dc(56)}.
The court orders that the child(ren) be placed in the care of {c.la} until {c.d(56, 1)}.
{c.judge} – {c.dc(14)}""", dict(dn="Gorchymyn gofal interim")


@T("directions-order")
def _(c, r):
    return f"""IN THE FAMILY COURT SITTING AT {c.town.upper()}   Case No: {c.no}
ORDER – FIRST HEARING DISPUTE RESOLUTION APPOINTMENT
Before {c.judge} on {c.d(28, 1)}
UPON the court having read the Cafcass safeguarding letter
IT IS ORDERED:
1. Cafcass shall prepare a section 7 report addressing: the children's wishes and feelings; the arrangements for the children to spend time with the respondent; the relevance of domestic abuse allegations. The report shall be filed and served by 4pm on {c.d(110, 1)}.
2. The parties shall each file a short statement by {c.d(56, 1)}.
3. The matter is listed for a DRA on {c.d(130, 1)}, time estimate 1 hour.
4. Interim: indirect contact by video call twice weekly.""", dict(dn="FHDRA order")


@T("directions-order", law="public")
def _(c, r):
    return f"""CASE MANAGEMENT ORDER
{c.la} v {c.mum.last} & {c.dad.last}   {c.no}
Care proceedings – Public Law Outline
Recitals: The children's guardian is {c.fca.full}. The children's solicitor is {c.sol_child}.
Directions:
1. The local authority shall file its final evidence and care plan by {c.d(120, 1)}.
2. Permission is granted under FPR Part 25 for a psychological assessment of the mother by {c.expert.split(',')[0]}; the letter of instruction is to be agreed by {c.d(28, 1)}.
3. The guardian shall file a final analysis by {c.d(150, 1)}.
4. IRH {c.d(160, 1)}; final hearing {c.d(175, 1)} (3 days).
Dated {c.d(14, 1)}"""


@T("directions-order")
def _(c, r):
    return f"""Directions on issue (gatekeeping)
{c.no}
1. The application is allocated to {r.choice(['lay justices', 'District Judge level', 'Circuit Judge level'])}.
2. FHDRA listed on {c.d(30, 1)} at {c.town}.
3. Cafcass shall undertake safeguarding enquiries and file a safeguarding letter 3 days before the hearing.
4. The respondent shall file a C7 acknowledgment within 14 days.
Legal Adviser / Judge: {c.judge}   {c.d(2, 0)}"""


@T("directions-order")
def _(c, r):
    return f"""ORDER
Upon the court considering the position statements of the parties
AND UPON the court noting the police disclosure received from {c.force}
It is ordered that:
(1) A fact-finding hearing is listed on {c.d(70, 1)} (2 days) to determine the allegations in the Scott Schedule.
(2) The applicant shall file a Scott Schedule limited to 6 allegations by {c.d(40, 1)}.
(3) {c.force} shall disclose to the court and parties all records of call-outs to {c.addr} since {c.base.year - 2}, by {c.d(45, 1)}.
(4) Cafcass is not required to attend the fact-finding hearing.
Case {c.no}"""


@T("directions-order")
def _(c, r):
    return f"""{c.no}  {c.case_name}
Order made at DRA {c.d(130, 0)}
1. Adjourned.
2. Cafcass to file an addendum s7 report by {c.d(175, 0)} after seeing the children again.
3. Both parties to undertake hair strand testing with {c.lab} for 6 months, cost shared equally. Results to be filed by {c.d(160, 0)}.
4. Final hearing {c.d(190, 0)}.
{c.judge}"""


@T("directions-order")
def _(c, r):
    return f"""GENERAL FORM OF ORDER – DIRECTIONS
Family Court at {c.town}
In the matter of the Children Act 1989 and {c.kidlist()}
It is directed that:
a) The local authority, {c.la}, shall file a section 37 report by {c.d(60, 1)}.
b) The children are joined as parties and a Children's Guardian shall be appointed (rule 16.4 FPR 2010).
c) Cafcass shall allocate a guardian as soon as practicable.
{c.judge}, {c.d(40, 1)}"""


@T("directions-order", "cy")
def _(c, r):
    return f"""{c.court_cy.upper()}   Rhif yr achos: {c.no}
GORCHYMYN – APWYNTIAD DATRYS ANGHYDFOD GWRANDAWIAD CYNTAF
Gerbron {c.judge} ar {c.dc(28)}
MAE'R LLYS YN GORCHYMYN:
1. Bydd CAFCASS Cymru yn paratoi adroddiad adran 7 ynghylch dymuniadau a theimladau'r plant, i'w ffeilio erbyn 4pm ar {c.dc(110)}.
2. Bydd pob parti yn ffeilio datganiad byr erbyn {c.dc(56)}.
3. Rhestrir y mater ar gyfer Apwyntiad Datrys Anghydfod ar {c.dc(130)}.""", dict(dn="Gorchymyn cyfarwyddiadau")


@T("directions-order", "cy")
def _(c, r):
    return f"""GORCHYMYN RHEOLI ACHOS / CASE MANAGEMENT ORDER
{c.no}
1. Bydd yr awdurdod lleol yn ffeilio ei dystiolaeth derfynol erbyn {c.dc(120)}.
   The local authority shall file its final evidence by {c.d(120, 1)}.
2. Bydd y Gwarcheidwad Plant yn ffeilio dadansoddiad terfynol erbyn {c.dc(150)}.
   The Children's Guardian shall file a final analysis by {c.d(150, 1)}.
{c.judge}"""


# ---------------- court-papers ----------------

@T("application")
def _(c, r):
    return f"""Form C100   Application under the Children Act 1989 for a child arrangements, prohibited steps or specific issue order
Court: {c.court.replace('the ', '')}   Case number: {c.no}
Section 1 – About the application
I am applying for: [X] Child arrangements order – spend time with  [ ] Prohibited steps order  [ ] Specific issue order
The child(ren): {c.kidlist(dob=True)}
Section 2 – MIAM: [X] I attended a MIAM on {c.d(-30, 0)}
Section 3 – Safety concerns: see form C1A [ ]
Applicant: {c.app.full}, {c.addr}
Respondent: {c.resp.full}
Why are you making this application? {c.resp.first} has not let me see the children since {MONTHS[(c.base.month + 9) % 12]}. I have tried mediation.
Statement of truth: I believe that the facts stated in this application are true. Signed {c.app.full}""", dict(dn="C100")


@T("application")
def _(c, r):
    return f"""C1A Allegations of harm and domestic violence (supplementary information)
Case number {c.no}
Name of person completing this form: {c.app.full}
Do you have any concerns that the child(ren) are at risk of harm? Yes
Type of abuse: [X] Physical  [X] Emotional  [ ] Sexual  [X] Financial
Describe the behaviour: On {c.d(-60, 1)} {c.resp.first} pushed me against the door in front of {c.k1.first}. Police attended. {c.resp.he.capitalize()} regularly checks my phone and controls money.
Have the police been involved? Yes – {c.force}, crime ref {c.ref('', 8)}
Do you want the court to make an order to protect you? Non-molestation order already made at {c.town}."""


@T("application")
def _(c, r):
    return f"""FORM C2
Application for permission to start proceedings / for an order or directions in existing proceedings / to be joined as, or cease to be, a party
Case {c.no}
Applicant: {r.choice(['Margaret', 'Shirley', 'Patricia', 'Wendy'])} {c.dad.last} (paternal grandmother)
I apply: to be joined as a party to the proceedings concerning {c.kidlist()}.
Reason: I have cared for the children regularly for 5 years and wish to be assessed as a carer.
Draft order attached: [X]
Signed ... Dated {c.d(40, 0)}"""


@T("application", law="public")
def _(c, r):
    return f"""Form C110A – Application for a care or supervision order and other orders under Part 4 of the Children Act 1989
Applicant: {c.la}
Child(ren): {c.kidlist(dob=True)}
Orders sought: [X] Care order [X] Interim care order [ ] Supervision order
Grounds: the children are suffering or likely to suffer significant harm attributable to the care given by the parents not being what it would be reasonable to expect.
Summary: chronic neglect; mother's drug use; domestic abuse; children found alone on {c.d(-5, 1)}.
Pre-proceedings (PLO) letter sent: {c.d(-90, 1)}
Case reference: {c.no}"""


@T("application")
def _(c, r):
    return f"""C79 – Application related to enforcement of a child arrangements order
{c.no}
Applicant: {c.resp.full}
The order dated {c.d(-60, 1)} was made at {c.court}. The other party, {c.app.full}, has failed to comply with paragraph 2 (spending time) on: {c.d(-30, 0)}, {c.d(-16, 0)}, {c.d(-2, 0)}.
I ask the court to: make an enforcement order / order compensation for financial loss.
I believe the facts stated in this application are true."""


@T("application")
def _(c, r):
    return f"""Application for a specific issue order
(C100, section 6 continued)
The issue: {c.app.first} wishes to {r.choice(['change ' + c.k1.first + "'s surname to " + c.app.last, 'relocate with the children to ' + r.choice(['Scotland', 'Spain', 'Cornwall', 'Dubai']), 'enrol ' + c.k1.first + ' at a faith school', 'consent to ' + c.k1.first + ' receiving vaccinations'])}.
{c.resp.first} does not agree.
Urgent hearing required? No
Without notice? No
Court fee: paid (Help with Fees ref HWF-{c.ref('', 3)}-{c.ref('', 3)})
{c.no}"""


@T("application", "cy")
def _(c, r):
    return f"""Ffurflen C100   Cais o dan Ddeddf Plant 1989 am orchymyn trefniadau plant
Llys: {c.court_cy}   Rhif yr achos: {c.no}
Adran 1 – Ynghylch y cais
Rwy'n gwneud cais am: [X] Gorchymyn trefniadau plant – treulio amser gyda
Y plentyn/plant: {c.kidlist(cy=True, dob=True)}
Adran 2 – MIAM: [X] Mynychais MIAM ar {c.dc(-30, 0)}
Ceisydd: {c.app.full}, {c.addr}
Atebydd: {c.resp.full}
Pam ydych chi'n gwneud y cais hwn? Nid yw {c.resp.first} wedi gadael i mi weld y plant ers misoedd.
Datganiad gwirionedd: Credaf fod y ffeithiau a nodir yn y cais hwn yn wir.""", dict(dn="C100")


@T("application", "cy")
def _(c, r):
    return f"""FFURFLEN C2
Cais am ganiatâd i ddechrau achos / am orchymyn neu gyfarwyddiadau mewn achos sy'n bodoli eisoes
Achos {c.no}
Ceisydd: {c.dad.full}
Rwy'n gwneud cais: i'r llys amrywio'r gorchymyn dyddiedig {c.dc(-60)} fel bod {c.k1.first} yn aros dros nos bob yn ail benwythnos.
Llofnod ... Dyddiad {c.dc(40, 0)}"""


@T("position-statement")
def _(c, r):
    return f"""IN THE FAMILY COURT AT {c.town.upper()}              Case No. {c.no}
BETWEEN {c.app.full} (Applicant) and {c.resp.full} (Respondent)
POSITION STATEMENT ON BEHALF OF THE {r.choice(['APPLICANT MOTHER', 'RESPONDENT FATHER', 'APPLICANT'])}
For the DRA on {c.d(130, 1)}
1. The applicant has read the section 7 report of {c.fca.full} and broadly agrees with its recommendations.
2. The applicant is concerned about the police information disclosed on {c.d(90, 1)}, which shows {c.force} attended the respondent's home following a disturbance. {c.app.he.capitalize()} asks that overnight stays do not start until the respondent has completed a DAPP.
3. The applicant invites the court to make a final order in the terms of the draft attached.
{c.solname.full}, {c.sol_app}""", dict(sender=c.solname.mail(slug(c.sol_app)[:12] + ".co.uk"))


@T("position-statement")
def _(c, r):
    return f"""Position statement – {c.resp.first} {c.resp.last} (litigant in person)
Case {c.no}
I want the court to know:
- I have not seen my children for 4 months.
- The police report does not say I was charged. I wasn't.
- I have done a parenting course (certificate attached).
- I want every other weekend and half the holidays.
- I am happy to use the contact centre to start.
Signed {c.resp.full}   {c.d(125, 0)}""", dict(src="scan")


@T("position-statement")
def _(c, r):
    return f"""{c.cafcass.upper()} POSITION STATEMENT
Case: {c.no}   Hearing: {c.d(60, 1)}
Author: {c.fca.full}, {c.fca_role}
1. Purpose: to update the court on the progress of enquiries.
2. The report is due on {c.d(110, 1)}. I have met both parents and {c.k1.first}.
3. New police information indicates an incident on {c.d(50, 1)}. I have not yet discussed this with the parties.
4. Position: I do not support an increase in contact pending my report.""", dict(dn="Cafcass position statement")


@T("position-statement", law="public")
def _(c, r):
    return f"""{c.la.upper()}
Local Authority's Position Statement – Issues Resolution Hearing
{c.la_short} v {c.mum.last} & {c.dad.last}   {c.no}
1. The local authority's final care plan for {c.kidlist()} is {r.choice(['long-term foster care', 'a special guardianship order to the maternal grandmother', 'adoption'])}.
2. The parenting assessment was negative. The mother has not engaged with substance misuse services.
3. The Children's Guardian supports the plan.
4. Issues for the court: contact; whether a final hearing is needed.
{c.lawyer.full}, Solicitor for the local authority"""


@T("position-statement", law="public")
def _(c, r):
    return f"""Position statement on behalf of the children through their Children's Guardian
{c.no}
For CMH {c.d(14, 1)}
The Guardian, {c.fca.full}, has had limited time to consider the papers. {c.fca.his.capitalize()} preliminary view is set out below.
a. Interim threshold: the Guardian agrees it is crossed.
b. Interim placement: the Guardian supports the children remaining together in foster care.
c. Experts: the Guardian supports the application for a cognitive assessment of the mother.
{c.solname.full}, {c.sol_child} (children's solicitor)""", dict(sender=c.solname.mail(slug(c.sol_child)[:12] + ".co.uk"))


@T("position-statement")
def _(c, r):
    return f"""Note for the court / position of the father
1. F seeks a shared care arrangement.
2. F accepts the findings made on {c.d(70, 0)} only in part.
3. F relies on the hair strand test ({c.lab}) which shows no cocaine use in the last 6 months.
4. F invites the court to reject Cafcass's recommendation of supervised contact.
Counsel for the Respondent – {c.d(128, 0)} – {c.no}""", dict(dn="Father's position statement")


@T("position-statement", "cy")
def _(c, r):
    return f"""{c.court_cy.upper()}            Rhif yr Achos {c.no}
RHWNG {c.app.full} (Ceisydd) a {c.resp.full} (Atebydd)
DATGANIAD SEFYLLFA AR RAN Y CEISYDD
Ar gyfer y gwrandawiad ar {c.dc(130)}
1. Mae'r ceisydd wedi darllen adroddiad adran 7 {c.fca.full} ac yn cytuno â'r argymhellion yn fras.
2. Mae'r ceisydd yn pryderu am wybodaeth yr heddlu a ddatgelwyd ar {c.dc(90)}.
3. Mae'r ceisydd yn gwahodd y llys i wneud gorchymyn terfynol.
{c.solname.full}, {c.sol_app}""", dict(dn="Datganiad sefyllfa'r ceisydd")


@T("position-statement", "cy")
def _(c, r):
    return f"""Datganiad sefyllfa – {c.resp.full} (ymgyfreithiwr drosto'i hun)
Achos {c.no}
Rwyf am i'r llys wybod:
- Nid wyf wedi gweld fy mhlant ers pedwar mis.
- Rwyf wedi gwneud cwrs rhianta.
- Rwyf eisiau gweld y plant bob yn ail benwythnos.
Llofnod {c.resp.full}   {c.dc(125, 0)}""", dict(src="scan")


@T("witness-statement")
def _(c, r):
    return f"""Case number: {c.no}
Statement of: {c.app.full}
Party: Applicant   Statement no: 1   Date: {c.d(50, 1)}

I, {c.app.full}, of {c.addr}, will say as follows:
1. I am the {'mother' if c.app.g == 'f' else 'father'} of {c.kidlist()}. I make this statement in support of my application.
2. {c.resp.first} and I separated in {c.base.year - 1}. Since then the children have lived with me.
3. On {c.d(-40, 1)} {c.resp.first} arrived at my house drunk and demanded to see the children...
Statement of truth
I believe that the facts stated in this witness statement are true. I understand that proceedings for contempt of court may be brought against anyone who makes, or causes to be made, a false statement in a document verified by a statement of truth without an honest belief in its truth.
Signed ..........  {c.app.full}""", dict(dn=f"Statement of {c.app.first}")


@T("witness-statement", law="public")
def _(c, r):
    return f"""SOCIAL WORK EVIDENCE TEMPLATE (SWET) – STATEMENT
{c.la}
Witness: {c.sw.full}, Social Worker, Children's Social Work Services
Case number: {c.no}
Children: {c.kidlist(dob=True)}
1. Summary of the application and the orders sought
2. Chronology of significant events
3. Assessment of parenting capability
...
I believe the facts stated in this witness statement are true.
Signed: {c.sw.full}   Dated: {c.d(0, 1)}"""


@T("witness-statement")
def _(c, r):
    g = r.choice(["Linda", "Beverley", "Joan", "Gaynor"])
    return f"""WITNESS STATEMENT
Of {g} {c.mum.last}, maternal grandmother
In proceedings {c.no}
1. I have been asked to make this statement by my daughter's solicitors, {c.sol_app}.
2. I see my grandchildren {c.firsts()} every week. I have never seen {c.mum.first} act in a way that puts them at risk.
3. I was present at the handover on {c.d(-20, 1)}. {c.dad.first} was shouting and swearing.
I believe that the facts stated in this witness statement are true.
{g} {c.mum.last}  {c.d(55, 0)}"""


@T("witness-statement")
def _(c, r):
    return f"""Statement of {c.resp.full} in response
{c.court.replace('the ', '').title()}   {c.no}
1. I make this statement in response to the applicant's statement dated {c.d(50, 1)} and the C1A.
2. I deny paragraph 3. I was not drunk. I had gone to collect {c.k1.first}'s football kit.
3. I accept that we argued in front of the children once, in {MONTHS[(c.base.month + 6) % 12]}. I regret this.
4. I exhibit at RR1 messages showing that the applicant has cancelled contact 11 times.
Statement of truth: I believe the facts stated in this statement are true.""", dict(dn="Respondent's statement")


@T("witness-statement")
def _(c, r):
    return f"""Witness statement of PC {r.randrange(1000, 9999)} {c.officer.full}
{c.force}
Prepared for family proceedings {c.no} pursuant to the order dated {c.d(45, 1)}.
I am a police constable. On {c.d(-100, 1)} I attended {c.addr} following a 999 call. I saw {c.mum.first} with a red mark on her cheek. {c.k1.first} was crying on the stairs.
This statement (consisting of 2 pages) is true to the best of my knowledge and belief.
Signed ........ Date {c.d(60, 0)}"""


@T("witness-statement")
def _(c, r):
    return f"""Case No: {c.no}
1st statement of the Respondent
Exhibits: none
I, {c.resp.full}, say:
1. I want my children to have a good relationship with both of us.
2. I work shifts at {r.choice(['the hospital', 'Amazon', 'a care home', 'the bus depot'])} and can have the children every other weekend.
3. I am willing to do a parenting course.
I believe that the facts stated in this witness statement are true.
{c.resp.full}  {c.d(52, 0)}""", dict(src="scan")


@T("witness-statement", "cy")
def _(c, r):
    return f"""Rhif yr achos: {c.no}
Datganiad: {c.app.full}
Parti: Ceisydd   Rhif y datganiad: 1   Dyddiad: {c.dc(50)}

Rwyf i, {c.app.full}, o {c.addr}, yn datgan fel a ganlyn:
1. Fi yw {'mam' if c.app.g == 'f' else 'tad'} {c.kidlist(cy=True)}.
2. Gwahanodd {c.resp.first} a minnau yn {c.base.year - 1}. Ers hynny mae'r plant wedi byw gyda mi.
Datganiad gwirionedd
Credaf fod y ffeithiau a nodir yn y datganiad tyst hwn yn wir.
Llofnod ..........""", dict(dn=f"Datganiad {c.app.first}")


@T("witness-statement", "cy")
def _(c, r):
    return f"""DATGANIAD TYST
Gan {c.sw.full}, Gweithiwr Cymdeithasol, {c.la_cy}
Achos {c.no}
1. Rwy'n weithiwr cymdeithasol cymwysedig ac yn gweithio gyda'r teulu ers {c.dc(-120)}.
2. Mae'r awdurdod lleol yn pryderu am esgeulustod cronig.
Credaf fod y ffeithiau a nodir yn y datganiad hwn yn wir.
{c.sw.full}"""


@T("previous-cafcass")
def _(c, r):
    y = c.base.year - r.randrange(3, 8)
    return f"""PREVIOUS CAFCASS INVOLVEMENT – SUMMARY FROM CMS RETRIEVAL
Current case: {c.no}
Previous case: {c.prefix}{y % 100:02d}P{r.randrange(10000, 99999):05d} ({y})
Parties: {c.dad.full} v {c.mum.full}
Child: {c.k1.full}
Outcome: Section 7 report filed {MONTHS[r.randrange(12)]} {y}, recommended supervised contact. Final order: spend time with father alternate Saturdays.
FCA at the time: {r.choice(MEN + WOMEN)} {r.choice(SURN)} (left Cafcass)
Documents held in ECMS archive: safeguarding letter; s7 report."""


@T("previous-cafcass")
def _(c, r):
    y = c.base.year - r.randrange(3, 7)
    return f"""[Copy from archived case {c.prefix}{y % 100:02d}P{r.randrange(10000, 99999):05d} – placed on current file {c.no} for information]
SAFEGUARDING LETTER  {MONTHS[r.randrange(12)]} {y}
To the Family Court at {c.town}
Police checks: {c.force} – two domestic incidents in {y - 1}.
Local authority: not known.
The mother reported the father was controlling. The father denied this.
Recommendation: section 7 report.
Family Court Adviser, {c.cafcass}"""


@T("previous-cafcass")
def _(c, r):
    y = c.base.year - r.randrange(4, 9)
    return f"""Old report – previous proceedings
Section 7 report dated {r.randrange(1, 28)} {MONTHS[r.randrange(12)]} {y} (case ref {c.prefix}{y % 100:02d}P{r.randrange(10000, 99999):05d})
...{c.k1.first}, then aged {max(1, c.k1.age - (c.base.year - y))}, said {c.k1.he} liked visiting {c.dad.first}'s flat...
Recommendation then: contact to progress to overnight stays.
This report is from earlier proceedings between the same parents and is provided to the allocated FCA under the previous case information procedure."""


@T("previous-cafcass")
def _(c, r):
    return f"""Note for file – previous Cafcass information
Person search on {c.d(3, 0)} for {c.mum.full} and {c.dad.full} found:
1) {c.prefix}{(c.base.year - 4) % 100:02d}P{r.randrange(10000, 99999):05d} – private law, WTFH only, closed at FHDRA (consent order).
2) {r.choice(['BD', 'MA', 'LV', 'NE', 'CF'])}{(c.base.year - 6) % 100:02d}C{r.randrange(10000, 99999):05d} – public law (care), another child of the mother; outcome: placement order.
Archive documents requested from ECMS archive.
{c.fca.full}"""


@T("previous-cafcass")
def _(c, r):
    y = c.base.year - 5
    return f"""CHILDREN'S GUARDIAN – FINAL ANALYSIS ({y})
[PREVIOUS PROCEEDINGS – {c.la_short}, case {c.prefix}{y % 100:02d}C{r.randrange(10000, 99999):05d}]
The guardian supported a supervision order for 12 months, with the children remaining at home with {c.mum.first}.
Filed for the current proceedings ({c.no}) as previous Cafcass information."""


@T("previous-cafcass")
def _(c, r):
    return f"""Email from Cafcass archive team
The previous case you asked about ({c.prefix}{(c.base.year - 3) % 100:02d}P{r.randrange(10000, 99999):05d}) closed on {r.randrange(1, 28)}/{r.randrange(1, 12)}/{c.base.year - 3}. Contact log and WTFH outcome attached from the archive. No reports were filed in that case.
Current case: {c.no}""", dict(sender=f"archive@{c.cafcass_dom}")


@T("previous-cafcass", "cy")
def _(c, r):
    y = c.base.year - r.randrange(3, 8)
    return f"""GWYBODAETH CAFCASS CYMRU FLAENOROL
Achos presennol: {c.no}
Achos blaenorol: {c.prefix}{y % 100:02d}P{r.randrange(10000, 99999):05d} ({y})
Partïon: {c.dad.full} a {c.mum.full}
Plentyn: {c.k1.full}
Canlyniad: adroddiad adran 7 wedi'i ffeilio yn {y}; argymhellwyd cyswllt dan oruchwyliaeth. Gorchymyn terfynol: amser gyda'r tad bob yn ail ddydd Sadwrn."""


@T("previous-cafcass", "cy")
def _(c, r):
    y = c.base.year - 4
    return f"""[Copi o achos blaenorol – {c.prefix}{y % 100:02d}P{r.randrange(10000, 99999):05d}]
Adroddiad Ymholiadau Diogelu ({y})
Heddlu: dau ddigwyddiad domestig.
Awdurdod lleol: dim yn hysbys.
Argymhelliad: adroddiad adran 7.
Rhoddwyd ar ffeil yr achos presennol ({c.no}) er gwybodaeth."""


# ---------------- experts-and-agency ----------------

@T("letter-of-instruction", law="public")
def _(c, r):
    ex = c.expert.split(",")
    return f"""{c.sol_child}
{c.d(30, 1)}

{ex[0]}
{ex[1].strip()}

Dear {ex[0].split()[0]} {ex[0].split()[-1]},

{c.la_short} v {c.mum.last} – {c.no}
LETTER OF INSTRUCTION – JOINT INSTRUCTIONS ON BEHALF OF ALL PARTIES

1. We write as lead solicitors, on behalf of the children's guardian, the local authority and the parents, to instruct you to prepare a report under Part 25 FPR 2010.
2. The court gave permission by order dated {c.d(14, 1)}, which provides: "a psychological assessment of the mother addressing her capacity to meet the children's needs".
3. Questions:
   a) Does the mother have any psychological difficulty or personality trait that affects her parenting?
   b) What treatment is recommended, and over what timescale?
   c) Does the mother have the capacity to litigate?
4. Documents enclosed: bundle index at Annex A.
5. Your report must be filed by {c.d(84, 1)}.
Yours sincerely
{c.solname.full}"""


@T("letter-of-instruction")
def _(c, r):
    return f"""LETTER OF INSTRUCTION – HAIR STRAND TESTING
To: {c.lab}
Case: {c.case_name}   {c.no}
Donor: {c.resp.full}, DOB {c.d(c.base - dt.timedelta(days=365 * 32), 0)}
Tests requested: segmental hair strand analysis for cocaine, cannabis and amphetamines (3 x 1 month), and alcohol (EtG/FAEE) for 3 months.
Authority: order of {c.judge} dated {c.d(60, 1)}, paragraph 4.
Funding: shared equally between the parties.
Please report to the instructing solicitor, {c.solname.full} of {c.sol_resp}."""


@T("letter-of-instruction", law="public")
def _(c, r):
    return f"""Dear Ms Lloyd,
Re: Independent social work assessment – {c.kidlist()}
Thank you for agreeing to accept instructions. I confirm the court has approved your instructions. You are asked to carry out a viability assessment of {r.choice(['Denise', 'Karen', 'Yvonne'])} {c.dad.last} (paternal aunt) as a special guardian.
You are asked to consider: her understanding of the children's needs; her relationship with the parents; her capacity to protect.
Your attention is drawn to your duties to the court under FPR Part 25 and PD25B.
Deadline: {c.d(70, 1)}. Fee agreed: {r.randrange(20, 45)} hours at legal aid rates.
{c.solname.full}, for the Children's Guardian"""


@T("letter-of-instruction")
def _(c, r):
    return f"""Instruction to expert – draft for agreement
Expert: {c.expert}
Proceedings: {c.no}
1. Background (agreed summary)
2. The issues on which your opinion is sought
   (i) the child's attachment to each parent;
   (ii) the impact of {c.k1.first}'s autism diagnosis on transitions between homes.
3. You may meet the child and each parent.
4. Please confirm that you have no conflict of interest.
Approved by the parties on {c.d(35, 0)}."""


@T("letter-of-instruction")
def _(c, r):
    return f"""Private and confidential
{c.d(33, 1)}
Dear Sir/Madam
Re: {c.kidlist()} – instructions for a psychiatric assessment of {c.resp.full}
We are instructed by the Respondent. The court on {c.d(28, 1)} permitted the instruction of a consultant adult psychiatrist. A copy of the order is enclosed.
We set out below the agreed questions. Please read the enclosed bundle and in particular the section 7 report of the {c.fca_role}.
Please confirm your availability and fee estimate.
Yours faithfully
{c.sol_resp}"""


@T("letter-of-instruction")
def _(c, r):
    return f"""PART 25 INSTRUCTIONS – DNA TESTING
Sample collection: {c.dad.full} and {c.k1.full}
Purpose: to establish whether {c.dad.first} is the biological father of {c.k1.first}.
The court directed a DNA test by order of {c.d(20, 1)}. The cost is to be met by the Applicant.
Laboratory: {c.lab}
Case no {c.no}"""


@T("letter-of-instruction", "cy")
def _(c, r):
    return f"""{c.sol_child}
{c.dc(30)}

Annwyl {c.expert.split(',')[0]},

{c.case_name} – {c.no}
LLYTHYR CYFARWYDDO – CYFARWYDDIADAU AR Y CYD

1. Rydym yn ysgrifennu ar ran y gwarcheidwad plant, yr awdurdod lleol a'r rhieni i'ch cyfarwyddo i baratoi adroddiad o dan Ran 25 Rheolau Trefniadaeth Teulu 2010.
2. Rhoddodd y llys ganiatâd drwy orchymyn dyddiedig {c.dc(14)}.
3. Cwestiynau: a) A oes gan y fam unrhyw anhawster seicolegol sy'n effeithio ar ei rhianta? b) Pa driniaeth a argymhellir?
4. Dylid ffeilio eich adroddiad erbyn {c.dc(84)}.
Yn gywir
{c.solname.full}"""


@T("letter-of-instruction", "cy")
def _(c, r):
    return f"""CYFARWYDDIADAU – PROFI GWALLT
At: {c.lab}
Achos: {c.no}
Rhoddwr: {c.resp.full}
Profion: dadansoddiad gwallt segmentol ar gyfer cocên a chanabis (3 mis) ac alcohol.
Awdurdod: gorchymyn {c.judge} dyddiedig {c.dc(60)}.
Cyllid: wedi'i rannu'n gyfartal rhwng y partïon."""


@T("expert-report")
def _(c, r):
    return f"""{c.lab}
HAIR STRAND TEST REPORT
Laboratory ref: {c.ref('HT', 7)}    Court ref: {c.no}
Donor: {c.resp.full}    Sample collected: {c.d(70, 0)}    Hair length analysed: 3 cm (approx. 3 months)
Results
Segment 1 (0–1 cm): Cocaine {r.choice(['not detected', '0.9 ng/mg', '2.4 ng/mg'])}; Benzoylecgonine {r.choice(['not detected', '0.3 ng/mg'])}
Segment 2 (1–2 cm): Cocaine not detected
Segment 3 (2–3 cm): Cocaine not detected
EtG (0–3 cm): {r.choice(['12 pg/mg', '34 pg/mg', '<5 pg/mg'])}
Interpretation: the results are consistent with {r.choice(['no use', 'low-level use', 'repeated use'])} of cocaine in the earliest period.
Reporting scientist: {r.choice(WOMEN)} {r.choice(SURN)}, BSc MSc. I understand my duty to the court."""


@T("expert-report")
def _(c, r):
    ex = c.expert.split(",")[0]
    return f"""PSYCHOLOGICAL ASSESSMENT OF {c.mum.full.upper()}
Prepared for {c.court} in proceedings {c.no}
By {c.expert}
Date: {c.d(84, 1)}
Contents: 1 Introduction 2 Documents read 3 Interviews and psychometric testing 4 Opinion 5 Answers to questions 6 Declaration
4.3 In my opinion {c.mum.first} presents with traits consistent with complex trauma. She is able to meet the children's basic needs but struggles with emotional attunement when stressed.
Expert's declaration: I understand that my duty is to help the court on matters within my expertise, and that this duty overrides any obligation to those instructing me.
{ex}"""


@T("expert-report")
def _(c, r):
    return f"""Independent Social Work Assessment – Special Guardianship (viability)
Subject: {r.choice(['Denise', 'Karen', 'Yvonne', 'Paula'])} {c.dad.last}
Children: {c.kidlist()}
Case number: {c.no}
Assessor: {r.choice(['Ms Gwen Lloyd', 'Mr Patrick Odhiambo'])}, Independent Social Worker (Social Work England reg. SW{c.ref('', 5)})
Summary: I assessed the prospective carer over four sessions. She has a strong and stable relationship with the children and a clear understanding of the risks posed by the parents. My recommendation is POSITIVE, subject to a full special guardianship assessment."""


@T("expert-report")
def _(c, r):
    return f"""Report of Dr {r.choice(SURN)}, Consultant Child and Adolescent Psychiatrist
Re: {c.k1.full}
Instructed jointly in {c.no}
Summary of opinion
1. {c.k1.first} meets the criteria for post-traumatic stress disorder.
2. {c.k1.first}'s refusal to see {c.resp.first} is, in my opinion, rooted in {c.k1.his} own experience and is not the result of manipulation by {c.app.first}.
3. Therapy (trauma-focused CBT) is recommended before any direct contact is considered.
Statement of truth: I confirm that I have made clear which facts and matters referred to in this report are within my own knowledge..."""


@T("expert-report")
def _(c, r):
    return f"""DNA PATERNITY TEST REPORT
Case: {c.no}
Alleged father: {c.dad.full}     Child: {c.k1.full}
Loci tested: 24
Combined paternity index: {r.choice(['0 (exclusion)', '1.2 x 10^9'])}
Conclusion: {c.dad.full} is {r.choice(['excluded as', 'not excluded as; probability 99.9999%'])} the biological father.
{c.lab}, accredited to ISO 17025 for relationship testing."""


@T("expert-report")
def _(c, r):
    return f"""Paediatric overview report
Dr Lucia Ferreira, Consultant Paediatrician, {c.nhs}
In: {c.no} ({c.court})
I have reviewed the medical records of {c.k2.full} and the skeletal survey of {c.d(-10, 1)}.
Opinion: the fractures to the left and right ribs are, in my opinion, likely to have been caused by squeezing forces. No underlying bone disease was found.
I understand my duty to the court and have complied with it."""


@T("expert-report", "cy")
def _(c, r):
    return f"""ASESIAD SEICOLEGOL O {c.mum.full.upper()}
Wedi'i baratoi ar gyfer {c.court_cy} yn achos {c.no}
Gan Dr Emyr Wyn Hughes, Seicolegydd Clinigol
Dyddiad: {c.dc(84)}
4.3 Yn fy marn i mae {c.mum.first} yn dangos nodweddion sy'n gyson â thrawma cymhleth. Gall ddiwallu anghenion sylfaenol y plant ond mae'n cael anhawster pan fydd dan straen.
Datganiad yr arbenigwr: Deallaf mai fy nyletswydd yw helpu'r llys ar faterion o fewn fy arbenigedd."""


@T("expert-report", "cy")
def _(c, r):
    return f"""{c.lab}
ADRODDIAD PROFI GWALLT
Cyf. y labordy: {c.ref('HT', 7)}   Cyf. y llys: {c.no}
Rhoddwr: {c.resp.full}
Canlyniadau: cocên – heb ei ganfod ym mhob segment; canabis (THC) – heb ei ganfod.
Dehongliad: mae'r canlyniadau'n gyson â dim defnydd yn ystod y cyfnod.
Gwyddonydd: {r.choice(CY_WOMEN)} {r.choice(CY_SURN)}"""


@T("provider-report")
def _(c, r):
    return f"""SEPARATED PARENTS INFORMATION PROGRAMME (SPIP)
Attendance notification
Provider: {r.choice(PROVIDERS['SPIP'])} – commissioned by {c.cafcass}
Participant: {c.resp.full}   Court ref: {c.no}
Session 1 ({c.d(40, 0)}): attended
Session 2 ({c.d(47, 0)}): {r.choice(['attended', 'did not attend'])}
Programme completed: {r.choice(['Yes', 'No'])}
Note: SPIP is an educational programme and no assessment of the participant is made."""


@T("provider-report")
def _(c, r):
    return f"""Child Contact Intervention – closing report
Provider: {r.choice(PROVIDERS['CCI'])}
Referral from: {c.fca.full}, {c.cafcass}   Case: {c.no}
Children: {c.firsts()}   Non-resident parent: {c.resp.first}
Sessions offered: 6   Attended: {r.randrange(3, 7)}
Summary: The sessions took place at {c.centre}. {c.resp.first} was warm and attentive. {c.k1.first} was initially anxious but by session 3 was laughing and chatting. There were no safeguarding concerns.
Recommendation for next steps: progress to community-based contact.
Sign-off: provider manager and FCA."""


@T("provider-report")
def _(c, r):
    return f"""Domestic Abuse Perpetrator Programme – progress report
{r.choice(PROVIDERS['DAPP'])}
Participant: {c.resp.full}
Court reference: {c.no}
Assessment completed: {c.d(30, 1)}   Suitable: Yes
Group sessions attended: {r.randrange(5, 24)} of 24
Engagement: {r.choice(['good; ' + c.resp.he + ' is beginning to take responsibility for ' + c.resp.his + ' behaviour', 'limited; ' + c.resp.he + ' continues to minimise', 'inconsistent, with several late arrivals'])}
Partner support: {c.app.first} has been offered support by the partner support worker.
This report was commissioned by {c.cafcass}."""


@T("provider-report")
def _(c, r):
    return f"""Supervised contact – session notes (commissioned service)
{c.centre}
Family ref: {c.k1.first[0]}{c.k1.last[0]}-{c.ref('', 4)}   Court: {c.no}
Date: {c.d(60, 1)}   Supervisor: {r.choice(WOMEN)} {r.choice(SURN)}
Arrival: {c.resp.first} on time. Children brought by {c.app.first}'s sister.
Observations: {c.resp.first} played board games with the children. {c.k2.first} sat on {c.resp.first}'s lap. At one point {c.resp.first} asked {c.k1.first} about {c.app.first}'s new partner; supervisor redirected.
Ending: warm goodbye.
Concerns: one inappropriate question about the other parent."""


@T("provider-report")
def _(c, r):
    return f"""Referral form – commissioned service (CCI)
Referrer: {c.fca.full}
Case no: {c.no}
Child(ren): {c.kidlist(dob=True)}
Parents: {c.mum.full} / {c.dad.full}
Risk information: no current injunctions; police call-out in {c.base.year - 1}
Interpreter needed: {r.choice(['No', 'Yes – Polish', 'Yes – Urdu'])}
Accepted by provider: {r.choice(PROVIDERS['CCI'])} on {c.d(45, 0)}"""


@T("provider-report")
def _(c, r):
    return f"""Planning Together for Children – completion certificate and feedback
Participant: {c.app.full}
Sessions: online modules 1-4 completed; group session attended {c.d(55, 1)}.
Commissioned by {c.cafcass}. Case reference {c.no}."""


@T("provider-report", "cy")
def _(c, r):
    return f"""GWEITHIO GYDA'N GILYDD ER MWYN PLANT (WT4C)
Hysbysiad presenoldeb
Darparwr: {r.choice(PROVIDERS['WT4C'])} – wedi'i gomisiynu gan CAFCASS Cymru
Cyfranogwr: {c.resp.full}   Cyf. y llys: {c.no}
Sesiwn 1 ({c.dc(40, 0)}): wedi mynychu
Sesiwn 2 ({c.dc(47, 0)}): {r.choice(['wedi mynychu', 'heb fynychu'])}
Rhaglen wedi'i chwblhau: {r.choice(['Do', 'Naddo'])}"""


@T("provider-report", "cy")
def _(c, r):
    return f"""Adroddiad cau – ymyrraeth cyswllt plant
Darparwr: {c.centre}
Atgyfeiriwyd gan: {c.fca.full}, CAFCASS Cymru   Achos: {c.no}
Sesiynau a gynigiwyd: 6   Mynychwyd: {r.randrange(3, 7)}
Crynodeb: Roedd {c.resp.first} yn gynnes ac yn sylwgar. Roedd {c.k1.first} yn bryderus i ddechrau ond erbyn y drydedd sesiwn roedd yn chwerthin.
Argymhelliad: symud ymlaen i gyswllt yn y gymuned."""


@T("cp-conference-minutes")
def _(c, r):
    rc = c.RC("child-protection")
    return f"""{c.la}
MINUTES OF INITIAL CHILD PROTECTION CONFERENCE
Child(ren): {c.kidlist(dob=True)}
Date: {c.d(-30, 1)}   Venue: {r.choice(['Civic Centre', 'Teams', "Children's Centre"])}
Chair: {c.tm.full}, Independent Chair
Present: {c.mum.full} (mother); {c.sw.full} (social worker); {c.hv.full} (health visitor); {c.teacher.full} (DSL); PC {c.officer.last} ({c.force})
Apologies: GP
Decision: the children are to be subject to a Child Protection Plan under the category of {r.choice(['neglect', 'emotional abuse', 'physical abuse'])}. Record: {rc}.
Core group to meet within 10 working days. Review conference: {c.d(60, 1)}.
These minutes are confidential and must not be shared without the Chair's permission."""


@T("cp-conference-minutes")
def _(c, r):
    c.RC("child-protection")
    return f"""Review Child Protection Conference – minutes
{c.k1.full} and siblings
Held: {c.d(-10, 1)}
Summary of progress since last conference: {c.mum.first} has engaged with {c.da}. School attendance remains poor (78%). Two further police call-outs.
Agency views: Health – concerns remain; School – some improvement; Police – domestic abuse risk remains medium.
Parents' views: {c.mum.first} feels the plan has helped; {c.dad.first} did not attend.
Decision: the children remain subject to Child Protection Plans (neglect). Next review in 6 months.
Chair: {c.tm.full}"""


@T("cp-conference-minutes")
def _(c, r):
    return f"""CHILD PROTECTION CONFERENCE (transfer-in)
{c.la}
The family moved from another authority on {c.d(-50, 1)}. The conference considered whether the plan should continue.
Attendees: see list (11)
Risk analysis (Signs of Safety):
What are we worried about? Exposure to domestic abuse and parental substance misuse.
What is working well? Extended family support; {c.k1.first} attends nursery.
What needs to happen? {c.dad.first} to complete drug testing.
Outcome: plan continues – {c.RC('child-protection')}.
Minute taker: {r.choice(WOMEN)} {r.choice(SURN)}, Conference Administrator"""


@T("cp-conference-minutes")
def _(c, r):
    return f"""Minutes – Child Protection Conference – {c.d(-5, 0)}
{c.kidlist()}
Item 1 Introductions and purpose
Item 2 Reports received (SW, school, health, police)
Item 3 Discussion
{c.sw.first} (SW) summarised the s47 enquiry: {c.k2.first} presented at school with a bruise to the cheek. Parents' explanation inconsistent.
Item 4 Decision: NOT to be subject to a plan; child in need plan instead.
Item 5 Recommendations: CIN plan, review in 3 months.
Dissent: police representative disagreed with the decision."""


@T("cp-conference-minutes")
def _(c, r):
    c.RC("child-protection")
    return f"""CORE GROUP / CONFERENCE OUTCOME – CONFIDENTIAL
(extract provided to the Children's Guardian)
{c.la_short}   Family: {c.mum.last}
Conference date {c.d(-40, 0)}
Category: Neglect – Child Protection Plan
Outline plan: daily school attendance; weekly home visits; mother to attend substance misuse service; father not to stay overnight.
Chair {c.tm.full}"""


@T("cp-conference-minutes", "cy")
def _(c, r):
    rc = c.RC("child-protection", cy=True)
    return f"""{c.la_cy}
COFNODION CYNHADLEDD AMDDIFFYN PLANT GYCHWYNNOL
Plentyn/Plant: {c.kidlist(cy=True)}
Dyddiad: {c.dc(-30)}
Cadeirydd: {c.tm.full}, Cadeirydd Annibynnol
Yn bresennol: {c.mum.full} (mam); {c.sw.full} (gweithiwr cymdeithasol); {c.hv.full} (ymwelydd iechyd); {c.force_cy}
Penderfyniad: gosod enwau'r plant ar y Gofrestr Amddiffyn Plant – {rc}.
Cynhadledd adolygu: {c.dc(60)}.
Mae'r cofnodion hyn yn gyfrinachol."""


@T("cp-conference-minutes", "cy")
def _(c, r):
    c.RC("child-protection")
    return f"""Cofnodion Cynhadledd Adolygu Amddiffyn Plant / Review Child Protection Conference minutes
{c.k1.full}
Cynnydd: mae {c.mum.first} wedi ymgysylltu â {c.da}. Mae presenoldeb yn yr ysgol yn dal yn isel.
Penderfyniad / Decision: mae'r plant yn parhau ar y Gofrestr Amddiffyn Plant (esgeulustod) / the children remain on the Child Protection Register (neglect).
Cadeirydd / Chair: {c.tm.full}"""


@T("agency-information")
def _(c, r):
    return f"""{c.school}
{c.d(30, 1)}
To: {c.fca.full}, {c.cafcass}
Re: {c.k1.full}, Year {max(1, c.k1.age - 4)}
Thank you for your request. {c.k1.first} is a {r.choice(['bright, sociable', 'quiet, hard-working', 'lively'])} pupil. Attendance this year is {r.randrange(80, 99)}%. Both parents attend parents' evenings, separately. {c.k1.first} has told staff that {c.k1.he} finds Sunday evenings hard. We have no safeguarding concerns at present.
{c.teacher.full}
Designated Safeguarding Lead"""


@T("agency-information")
def _(c, r):
    return f"""{c.nhs}
Health Visiting Service
Summary of involvement – {c.k2.full} (DOB {c.d(c.k2.dob, 0)})
Contacts: new birth visit; 6–8 week review; 1 year review {'(missed, rebooked)' if r.random() < 0.5 else ''}
Development: within normal limits.
Concerns: mother disclosed low mood at the 6–8 week review; referred to GP. Domestic abuse routine enquiry: {r.choice(['no disclosure', 'disclosure of verbal abuse'])}.
Completed by {c.hv.full}, Health Visitor, for Cafcass ref {c.no}"""


@T("agency-information")
def _(c, r):
    return f"""CAMHS – letter to the Children's Guardian
{c.nhs}
Dear {c.fca.full},
{c.k1.full} has been open to CAMHS since {c.d(-200, 1)} for anxiety and self-harm. {c.k1.first} attends fortnightly sessions with a clinical psychologist. {c.k1.first} has spoken about feeling "stuck in the middle" of {c.k1.his} parents. We would recommend that any change of placement is carefully planned.
Yours sincerely
{r.choice(WOMEN)} {r.choice(SURN)}, Clinical Psychologist"""


@T("agency-information")
def _(c, r):
    return f"""Copy documents from the child's social care file – provided to the Children's Guardian under s.42 Children Act 1989
{c.la}
1. Child and Family Assessment dated {c.d(-300, 1)}
2. Strategy discussion minutes {c.d(-280, 1)}
3. Case notes (extract) {c.d(-270, 1)} – {c.d(-10, 1)}
Extract from case notes:
{c.d(-40, 0)} Home visit. Home conditions poor. Mother asleep on arrival at 2pm. {c.k1.first} answered the door.
{c.d(-35, 0)} Discussion with team manager; PLO meeting to be convened.
Copies made by {c.fca.full} on {c.d(16, 0)}; list of copies recorded."""


@T("agency-information")
def _(c, r):
    return f"""{c.da}
{c.d(45, 1)}
To whom it may concern
I am the Independent Domestic Violence Adviser supporting {c.app.full}. {c.app.first} was referred to us by {c.force} following an incident on {c.d(-70, 1)} which was assessed as high risk and heard at MARAC. {c.app.first} has engaged well with safety planning.
I hope this information is helpful to the court.
{r.choice(WOMEN)} {r.choice(SURN)}, IDVA"""


@T("agency-information")
def _(c, r):
    return f"""GP report for family court proceedings
{c.gp}
Patient: {c.resp.full}
Relevant history: {r.choice(['alcohol dependence, in remission since ' + str(c.base.year - 2), 'depression, treated with sertraline', 'no significant history'])}
Last consultation: {c.d(-30, 1)}
Prescriptions: {r.choice(['none', 'sertraline 100mg', 'acamprosate'])}
Fee: £{r.choice(['95', '120', '150'])}
Signed Dr {c.gpdoc.last}  (patient consent attached)"""


@T("agency-information")
def _(c, r):
    return f"""Probation Service
Pre-sentence report (extract) – shared with Cafcass with consent
Name: {c.resp.full}
Offence: {r.choice(['assault by beating (s.39 CJA 1988)', 'breach of a non-molestation order', 'criminal damage'])}
Risk of serious harm: {r.choice(['medium to known adult', 'low'])}
Proposal: community order with Building Choices programme requirement and 20 RAR days.
Court ref {c.no}"""


@T("agency-information", "cy")
def _(c, r):
    return f"""{c.school}
{c.dc(30)}
At: {c.fca.full}, CAFCASS Cymru
Ynglŷn â: {c.k1.full}
Diolch am eich cais. Mae {c.k1.first} yn ddisgybl hapus a chydwybodol. Presenoldeb eleni: {r.randrange(85, 99)}%. Mae'r ddau riant yn dod i nosweithiau rhieni ar wahân. Nid oes gennym bryderon diogelu ar hyn o bryd.
{c.teacher.full}
Person Diogelu Dynodedig"""


@T("agency-information", "cy")
def _(c, r):
    return f"""{c.nhs_cy}
Gwasanaeth Ymwelwyr Iechyd
Crynodeb – {c.k2.full}
Datblygiad: o fewn yr ystod arferol.
Pryderon: datgelodd y fam hwyliau isel; atgyfeiriwyd at y meddyg teulu.
{c.hv.full}, Ymwelydd Iechyd"""

# ---------------- legal-advice ----------------

@T("legal-advice", email=True)
def _(c, r):
    return f"""{c.fca.first},

Thanks for your query. My advice, which is legally privileged and must not be disclosed, is as follows.

1. You are not obliged to share the police disclosure with the parties yourself. The court directed the police to disclose to the court; the court will decide what the parties see.
2. You should refer in your report to the fact that police information was received, summarise what is relevant to welfare, and ask the court for directions about wider disclosure.
3. If the father asks you directly, refer him to his solicitor.

Happy to discuss.

{c.lawyer.full}
Solicitor | {'Welsh Government Legal Services (CAFCASS Cymru)' if c.wales else 'Cafcass Legal'}
LEGALLY PRIVILEGED – NOT FOR DISCLOSURE""", dict(subject=f"Legal advice - {c.no} - disclosure of police information", sender=c.lawyer.mail(c.cafcass_dom))


@T("legal-advice")
def _(c, r):
    return f"""CAFCASS LEGAL – ADVICE NOTE
PRIVILEGED AND CONFIDENTIAL: prepared for the purpose of giving legal advice
Requested by: {c.fca.full}   Manager: {c.mgr.full}
Case: {c.no}
Question: Should Cafcass seek to be joined / ask for a rule 16.4 appointment given the intractable dispute and {c.k1.first}'s refusal to attend contact?
Advice: Yes. In my view the criteria in PD16A para 7.2 are met (implacable hostility; child's views not adequately represented). Draft wording for the position statement is attached. Please discuss with your manager before the hearing on {c.d(130, 1)}.
{c.lawyer.full}, Senior Lawyer"""


@T("legal-advice")
def _(c, r):
    return f"""Advice from Counsel (instructed by Cafcass Legal)
IN THE MATTER OF {c.kidlist().upper()}
1. I am asked to advise the Children's Guardian on the merits of an appeal against the order of {c.judge} dated {c.d(180, 1)}.
2. In my opinion an appeal has {r.choice(['reasonable', 'poor'])} prospects. The judge gave adequate reasons and the welfare evaluation was within the range of reasonable decisions.
3. Time for appeal expires 21 days after the decision.
{r.choice(['Jane', 'Rhodri', 'Samuel', 'Amara'])} {r.choice(SURN)}
{r.choice(['Kings Bench Chambers', 'Park Square Family Chambers', 'Stone Court Chambers'])}
Privileged"""


@T("legal-advice", email=True)
def _(c, r):
    return f"""Hi {c.fca.first}

Short answer: no, you should not attend the police interview of {c.k1.first} as an observer. Your role is not investigative. If the police want your notes they must apply to the court (see the protocol on disclosure). Please record this advice on the contact log as 'legal advice received', not the detail.

Regards
{c.lawyer.first}

-----Original Message-----
From: {c.fca.full}
Sent: {c.d(70, 3)} 11:20
Subject: {c.no} - police want me at ABE interview?

Hi, police have asked me to sit in on {c.k1.first}'s ABE interview on Friday. Is that ok?""", dict(subject=f"RE: {c.no} - police want me at ABE interview?", sender=c.lawyer.mail(c.cafcass_dom))


@T("legal-advice")
def _(c, r):
    return f"""Legal advice – summary for file (privileged)
Date: {c.d(95)}
Adviser: {c.lawyer.full}, {'Cafcass Legal' if not c.wales else 'Welsh Government Legal Services'}
Issue: Father's subject access request for the case file while proceedings are live.
Advice given: The SAR must be handled by the Information Governance team. Material provided by third parties (police, LA) and legal advice is exempt. The FCA should not send documents directly.
Action: FCA to forward the request to IG."""


@T("legal-advice", "cy", email=True)
def _(c, r):
    return f"""{c.fca.first},

Diolch am eich ymholiad. Mae fy nghyngor yn freintiedig ac ni ddylid ei ddatgelu.

1. Nid oes rhaid i chi rannu datgeliad yr heddlu gyda'r partïon eich hun. Y llys fydd yn penderfynu beth fydd y partïon yn ei weld.
2. Dylech gyfeirio yn eich adroddiad at y ffaith bod gwybodaeth gan yr heddlu wedi dod i law, a gofyn i'r llys am gyfarwyddiadau.

Cofion,
{c.lawyer.full}
Cyfreithiwr, Gwasanaethau Cyfreithiol Llywodraeth Cymru (CAFCASS Cymru)
CYFRINACHOL – BREINTIEDIG YN GYFREITHIOL""", dict(subject=f"Cyngor cyfreithiol – {c.no}", sender=c.lawyer.mail("gov.wales"))


@T("legal-advice", "cy")
def _(c, r):
    return f"""NODYN CYNGOR CYFREITHIOL – BREINTIEDIG
Achos: {c.no}
Cwestiwn: A ddylai'r gwarcheidwad apelio yn erbyn y gorchymyn dyddiedig {c.dc(180)}?
Cyngor: Yn fy marn i nid oes gan apêl obaith rhesymol o lwyddo. Rhoddodd y barnwr resymau digonol.
{c.lawyer.full}, Cyfreithiwr"""


@T("solicitor-correspondence", law="public", email=True)
def _(c, r):
    return f"""Dear {c.fca.first},

Thank you for your instructions following our meeting. I have prepared a draft position statement for the CMH on {c.d(14, 1)} (attached) setting out your support for the interim care order and the proposed assessments. Please let me have any amendments by 10am tomorrow.

I have also spoken to {c.k1.first}'s foster carer about arranging for me to meet {c.k1.him}.

Kind regards
{c.solname.full}
Solicitor for the child(ren) | {c.sol_child}
Children Panel accredited""", dict(subject=f"{c.no} - draft PS for CMH", sender=c.solname.mail(slug(c.sol_child)[:12] + ".co.uk"))


@T("solicitor-correspondence", law="public")
def _(c, r):
    return f"""{c.sol_child}
{c.d(40, 1)}
Private and Confidential
{c.fca.full}, Children's Guardian, {c.team}
Dear {c.fca.first},
Re: {c.kidlist()}
I write to confirm the outcome of yesterday's hearing. The court made an interim care order and approved the instruction of {c.expert.split(',')[0]}. I enclose the draft order for your approval, and a copy of the attendance note.
I will circulate the draft letter of instruction to the other parties once you have confirmed the questions.
Yours sincerely
{c.solname.full}"""


@T("solicitor-correspondence", law="public", email=True)
def _(c, r):
    return f"""Hi {c.solname.first},

Instructions for the IRH: I support the final care plan. I do not support the mother's application for a further assessment; it is outside the child's timescales. Please ask for contact to be set at 6 times a year rather than 4. I am available at 9.30 at court.

Thanks
{c.fca.first}
{c.fca.full}, Children's Guardian""", dict(subject=f"IRH instructions {c.no}", sender=c.fca_mail)


@T("solicitor-correspondence", law="public")
def _(c, r):
    return f"""Attendance note / letter to Guardian
From: {c.solname.full}, {c.sol_child}
To: {c.fca.full}
Matter: {c.case_name} ({c.no})
I met {c.k1.first} (aged {c.k1.age + 5}) at school today. {c.k1.first} is competent to give instructions and disagrees with your recommendation. {c.k1.first} wants to return home. In light of this I consider there is a conflict, and that I should take instructions directly from {c.k1.first}. Please can we discuss urgently. You may need to instruct a separate solicitor.
Dated {c.d(120, 1)}"""


@T("solicitor-correspondence", email=True)
def _(c, r):
    return f"""Dear {c.fca.first}

As requested, please find attached the final order and the judge's approved note of the meeting with {c.k1.first}. I have closed my file. Thank you for your help on this case; I will write to {c.k1.first} separately to explain the outcome.

Best wishes
{c.solname.full}
{c.sol_child} – solicitor appointed for the child (r16.4 FPR)""", dict(subject=f"Final order - {c.case_name}", sender=c.solname.mail(slug(c.sol_child)[:12] + ".co.uk"))


@T("solicitor-correspondence", law="public")
def _(c, r):
    return f"""Dear Guardian
We attach our invoice for disbursements (expert fees) for approval and the legal aid certificate amendment. Please confirm that you agree to the instruction of the interpreter for the mother's assessment.
{c.sol_child}, acting for the children on your instructions
Ref: {c.ref('', 5)}/{c.k1.last[:3].upper()}   Court ref: {c.no}"""


@T("solicitor-correspondence", "cy", law="public", email=True)
def _(c, r):
    return f"""Annwyl {c.fca.first},

Diolch am eich cyfarwyddiadau ar ôl ein cyfarfod. Rwyf wedi paratoi drafft o'r datganiad sefyllfa ar gyfer y gwrandawiad ar {c.dc(14)} (ynghlwm). Rhowch wybod i mi am unrhyw newidiadau erbyn 10am yfory.

Cofion
{c.solname.full}
Cyfreithiwr y plant | {c.sol_child}""", dict(subject=f"{c.no} – drafft datganiad sefyllfa", sender=c.solname.mail(slug(c.sol_child)[:12] + ".co.uk"))


@T("solicitor-correspondence", "cy", law="public")
def _(c, r):
    return f"""{c.sol_child}
{c.dc(40)}
Preifat a Chyfrinachol
At: {c.fca.full}, Gwarcheidwad Plant
Annwyl {c.fca.first},
Ynglŷn â: {c.kidlist(cy=True)}
Ysgrifennaf i gadarnhau canlyniad gwrandawiad ddoe. Gwnaeth y llys orchymyn gofal interim. Amgaeaf y gorchymyn drafft i chi ei gymeradwyo.
Yn gywir
{c.solname.full}"""


@T("legal-call-note")
def _(c, r):
    return f"""Note of telephone call with Cafcass Legal
Date/time: {c.d(85)} {c.t()}
Between: {c.fca.full} ({c.fca_role}) and {c.lawyer.full} (Cafcass Legal)
Case: {c.no}
Purpose: advice on whether to recommend a s.91(14) order.
Summary: {c.lawyer.first} advised that I can recommend it if I set out the welfare reasons; it is for the court to decide; the father should be told in the report so he can respond.
Privileged – legal advice section only."""


@T("legal-call-note")
def _(c, r):
    return f"""tel call w/ child's sol ({c.solname.full}, {c.sol_child}) {c.d(100, 6)} {c.t()}
- IRH tomorrow, LA want to amend care plan re contact
- I agreed sol can say G supports 6x yr
- sol to speak to {c.k1.first} this eve re outcome
- disc costs of ISW - ok
{c.fca.ini}  {c.no}"""


@T("legal-call-note")
def _(c, r):
    return f"""LEGAL CONSULTATION – RECORD
{c.no} / {c.case_name}
Type: Telephone   Duration: {r.randrange(10, 45)} mins
Lawyer: {c.lawyer.full}, {'Cafcass Legal' if not c.wales else 'WG Legal Services'}
Practitioner: {c.fca.full}; Service Manager {c.mgr.full} also on the call
Issue discussed: the court has ordered Cafcass to supervise contact, which is outside our powers.
Advice: write to the court respectfully declining and explaining why; offer a FAO or a CCI referral instead. Lawyer will review the letter before it is sent.
Actions: FCA to draft letter today."""


@T("legal-call-note")
def _(c, r):
    return f"""Teams call – Guardian / child's solicitor
{c.d(10, 1)}
Present: {c.fca.full} (CG), {c.solname.full} ({c.sol_child})
We went through the LA's application and the interim care plan. Agreed position for the CMH: support ICO, support placement with maternal aunt subject to viability, ask for a cognitive assessment of mother. {c.solname.first} will draft the position statement.
Note privileged."""


@T("legal-call-note")
def _(c, r):
    return f"""Call with lawyer – note
Spoke to {c.lawyer.first} at Legal re the father's threat to complain to the judge about my report. Advice: no need to respond; any complaint about the content of a report is for the court at the hearing. Continue as normal; keep a record.
{c.fca.full} {c.d(118, 0)} {c.no}"""


@T("legal-call-note", "cy")
def _(c, r):
    return f"""Nodyn o alwad ffôn gyda chyfreithiwr
Dyddiad: {c.dc(85)} {c.t()}
Rhwng: {c.fca.full} ({c.fca_role_cy}) a {c.lawyer.full} (Gwasanaethau Cyfreithiol)
Achos: {c.no}
Diben: cyngor ynghylch argymell gorchymyn adran 91(14).
Crynodeb: cynghorodd {c.lawyer.first} y gallaf ei argymell os wyf yn nodi'r rhesymau lles.
Breintiedig – adran cyngor cyfreithiol yn unig."""


@T("legal-call-note", "cy")
def _(c, r):
    return f"""galwad efo cyfreithiwr y plentyn ({c.solname.full}) {c.dc(100, 0)}
- IRH fory, ALl isio newid y cynllun gofal
- cytuno bod y gwarcheidwad yn cefnogi cyswllt 6 gwaith y flwyddyn
- cyfreithiwr i siarad efo {c.k1.first} heno
{c.fca.ini} {c.no}"""


# ---------------- further-information ----------------

@T("thank-you-card")
def _(c, r):
    return f"""Thank You
To {c.fca.first},
Thank you for all your help and for listening to the children. You made a horrible time a bit easier. {c.firsts()} are doing really well.
Love from {c.mum.first} & kids xx""", dict(src="scan")


@T("thank-you-card")
def _(c, r):
    return f"""THANK YOU!!
{c.fca.first.upper()}
thank u for helping my family
from {c.k1.first.lower()}
☺ ☺ ☺""", dict(src="scan")


@T("thank-you-card")
def _(c, r):
    return f"""With thanks
Dear {c.fca.title()} {c.fca.last},
I just wanted to say thank you. I know I wasn't always easy to deal with but you were fair to me and I got to see my {'children' if c.plural() else 'child'} again. Best wishes for the future.
{c.dad.first}""", dict(src="scan")


@T("thank-you-card")
def _(c, r):
    return f"""[front of card] Thank you so much
[inside] To everyone at {c.cafcass} {c.town}, thank you for looking after our grandchildren's interests. From {r.choice(['Nana Jean', 'Grandma & Grandad', 'Nain a Taid', 'Auntie Bev'])}""", dict(src="scan")


@T("thank-you-card")
def _(c, r):
    return f"""Thank you for being our guardian
{c.k1.first} {c.k2.first if c.plural() else ''}
we are happy at our new home
we got a trampoline""", dict(src="scan")


@T("thank-you-card", email=True)
def _(c, r):
    return f"""Dear {c.fca.first},

Now the case has finished I wanted to send a quick note to say thank you. You took the time to understand what was going on and {c.k1.first} really trusted you. We are all settling into the new routine.

Thank you again,
{c.app.full}""", dict(subject="Thank you", sender=c.app.mail("gmail.com"))


@T("thank-you-card")
def _(c, r):
    return f"""Thank you
Thank you for helping us
you are the best
from {c.k2.first.lower()} age {c.k2.age}
[stickers]""", dict(src="scan")


@T("thank-you-card", "cy")
def _(c, r):
    return f"""Diolch yn fawr
Annwyl {c.fca.first},
Diolch am eich holl help ac am wrando ar y plant. Mae {c.firsts(cy=True)} yn gwneud yn dda iawn.
Cariad,
{c.mum.first} a'r plant xx""", dict(src="scan")


@T("thank-you-card", "cy")
def _(c, r):
    return f"""DIOLCH!
i {c.fca.first}
diolch am helpu fy nheulu
gan {c.k1.first}""", dict(src="scan")


@T("informal-contact")
def _(c, r):
    return f"""Postcard
Hi {c.fca.first}! We are on holiday in {r.choice(['Tenby', 'Whitby', 'Skegness', 'Newquay', 'Llandudno'])} with dad. Having a great time, the weather is rubbish lol. Just wanted you to know it all worked out.
{c.k1.first} (and {c.k2.first if c.plural() else 'dad'})
{c.fca.full}, {c.cafcass}, {c.town}""", dict(src="scan")


@T("informal-contact")
def _(c, r):
    return f"""Message taken at reception
For: {c.fca.full}   Date: {c.d(220, 0)}   Time: {c.t()}
Caller: {c.mum.full}
Message: no need to call back. Wanted to let you know {c.k1.first} passed {c.k1.his} swimming badge and has settled at the new school. Said to say hi.
Taken by: reception ({r.choice(WOMEN)})
Case (closed): {c.no}"""


@T("informal-contact", email=True)
def _(c, r):
    return f"""Hi {c.fca.first},

I don't know if you remember me, I'm {c.k1.first} {c.k1.last}. You saw me when I was {c.k1.age} when my mum and dad were going to court. I'm {c.k1.age + 6} now and I just started college doing {r.choice(['childcare', 'mechanics', 'art', 'health and social care'])}. I want to be a social worker. I just wanted to say thanks.

{c.k1.first}""", dict(subject="hello from an old case", sender=f"{slug(c.k1.first)}.{slug(c.k1.last)}{r.randrange(1, 99)}@{r.choice(['gmail.com', 'outlook.com'])}")


@T("informal-contact")
def _(c, r):
    return f"""Merry Christmas
To {c.fca.first}
Have a lovely Christmas and a happy new year
from {c.mum.first}, {c.firsts()}
xxx""", dict(src="scan")


@T("informal-contact")
def _(c, r):
    return f"""[photograph printed from phone – handed in by father]
On the back: "{c.firsts()} at the zoo with me and grandma, first weekend together in a year. Thought you'd like to see. {c.dad.first}"
Received {c.d(200, 0)}. Case {c.no} (closed)."""


@T("informal-contact")
def _(c, r):
    return f"""Text message (screenshot) forwarded by {c.app.first}:
"{c.k1.first} wanted me to send you this. {c.k1.he.capitalize()} got a certificate at school for being kind 😊 hope you're well"
{c.d(190, 6)} {c.t()}""", dict(src="upload")


@T("informal-contact")
def _(c, r):
    return f"""Good luck card
Good luck in your new job {c.fca.first}! We heard you're leaving. Thank you for everything.
From the {c.mum.last} family""", dict(src="scan")


@T("informal-contact", "cy")
def _(c, r):
    return f"""Cerdyn post
Helo {c.fca.first}! Rydyn ni ar wyliau yn {r.choice(['Aberaeron', 'Llandudno', 'Dinbych-y-pysgod', 'Abersoch'])} efo Dad. Mae'n braf iawn. Jyst isio dweud bod popeth yn iawn rŵan.
{c.k1.first}""", dict(src="scan")


@T("informal-contact", "cy")
def _(c, r):
    return f"""Nadolig Llawen
At {c.fca.first}
Nadolig Llawen a Blwyddyn Newydd Dda
oddi wrth {c.mum.first} a {c.firsts(cy=True)}
xxx""", dict(src="scan")


# ---------------- court-bundle ----------------

@T("court-bundle")
def _(c, r):
    n = r.randrange(180, 900)
    return f"""IN THE FAMILY COURT AT {c.town.upper()}   Case No. {c.no}
{c.case_name}
FINAL HEARING BUNDLE – INDEX
Hearing: {c.d(190, 1)} before {c.judge}
SECTION A – PRELIMINARY DOCUMENTS
A1–A3   Case summary, chronology, list of issues
A4–A8   Position statements
SECTION B – APPLICATIONS AND ORDERS
B1–B22  C100 and C1A; orders dated {c.d(28, 0)}, {c.d(130, 0)}
SECTION C – STATEMENTS
C1–C40  Statements of the applicant and respondent
SECTION D – CAFCASS
D1–D30  Safeguarding letter; Section 7 report; addendum
SECTION E – EXPERT REPORTS
E1–E25  Hair strand test results
SECTION F – OTHER DOCUMENTS
F1–F{n - 140}  Police disclosure; school records
Total pages: {n}""", dict(src="upload", dn="Bundle")


@T("court-bundle")
def _(c, r):
    return f"""Page B{r.randrange(10, 90)}
{c.no} – Final Hearing Bundle
[this page is a copy of the order dated {c.d(28, 1)}]
...
Page C{r.randrange(1, 60)}
STATEMENT OF {c.resp.full.upper()}
...
Page D{r.randrange(1, 40)}
SECTION 7 REPORT ...
Bundle compiled by {c.sol_app} for the applicant. Electronic bundle – {r.randrange(300, 1200)} pages, bookmarked.""", dict(src="upload")


@T("court-bundle", law="public")
def _(c, r):
    return f"""PUBLIC LAW OUTLINE – E-BUNDLE
{c.la_short} v {c.mum.last} & ors ({c.no})
Index
Preliminary documents ........... A1–A45
Applications and orders ......... B1–B88
LA evidence and care plans ...... C1–C210
Parents' statements ............. D1–D60
Guardian ........................ E1–E52
Expert reports .................. F1–F144
Other documents (not subject to disclosure as of right) .. G1–G130
Prepared in accordance with PD27A by {c.lawyer.full}, Legal Services, {c.la}""", dict(src="upload")


@T("court-bundle", email=True)
def _(c, r):
    return f"""Dear all,

Please find below the link to the electronic bundle for the hearing on {c.d(130, 1)} in {c.case_name} ({c.no}). The bundle runs to {r.randrange(200, 700)} pages and complies with PD27A. The link will expire after 30 days.

https://bundle.{slug(c.sol_app)[:12]}.co.uk/share/{c.ref('', 10)}

Index:
A Preliminaries (A1-A12)
B Applications and orders (B1-B40)
C Statements (C1-C88)
D Cafcass and LA reports (D1-D51)
E Other (E1-E90)

Regards
Trainee Solicitor, {c.sol_app}""", dict(subject=f"E-bundle {c.no} hearing {c.d(130, 0)}", sender=f"bundles@{slug(c.sol_app)[:12]}.co.uk")


@T("court-bundle")
def _(c, r):
    return f"""SUPPLEMENTARY BUNDLE
{c.no}
Documents filed since the main bundle was lodged:
S1   Addendum report of the {c.fca_role}, {c.d(175, 0)}
S5   Position statement – mother
S9   Position statement – father
S12  Updated hair strand results
S20  Email correspondence between the parties' solicitors
Pages S1–S{r.randrange(25, 80)}"""


@T("court-bundle")
def _(c, r):
    return f"""{c.case_name}
CORE BUNDLE FOR FHDRA
1  C100 application ......................... 1
2  C1A ...................................... 14
3  C7 acknowledgment ........................ 20
4  Gatekeeping order ........................ 23
5  Cafcass safeguarding letter .............. 26
6  Position statement (Respondent) .......... 33
{c.no}   Paginated by the court office {c.d(25, 0)}""", dict(src="upload")


@T("court-bundle")
def _(c, r):
    return f"""BUNDLE – VOLUME {r.randrange(1, 4)} OF 4
{c.court.replace('the ', '').upper()}
Case {c.no}
Contents of this volume: sections F (Expert reports) and G (Other documents)
F1  Psychological assessment of the mother
F58 Psychiatric report of the father
F96 Hair strand test reports
G1  LA case notes (s.42 copies)
G140 Health visitor records
G200 Police disclosure (redacted)""", dict(src="upload")


@T("court-bundle", "cy")
def _(c, r):
    return f"""{c.court_cy.upper()}   Rhif yr Achos {c.no}
BWNDEL Y GWRANDAWIAD TERFYNOL – MYNEGAI
Gwrandawiad: {c.dc(190)}
ADRAN A – DOGFENNAU RHAGARWEINIOL   A1–A8
ADRAN B – CEISIADAU A GORCHMYNION   B1–B22
ADRAN C – DATGANIADAU   C1–C40
ADRAN D – CAFCASS CYMRU   D1–D30
ADRAN E – ADRODDIADAU ARBENIGOL   E1–E25
Cyfanswm tudalennau: {r.randrange(180, 600)}""", dict(src="upload", dn="Bwndel")


@T("court-bundle", "cy")
def _(c, r):
    return f"""Bwndel electronig / Electronic bundle
{c.case_name} – {c.no}
Mynegai / Index
A Rhagarweiniol / Preliminaries  A1–A10
B Gorchmynion / Orders  B1–B35
C Datganiadau / Statements  C1–C60
D Adroddiadau / Reports  D1–D44""", dict(src="upload")


# ---------------- police-information ----------------

@T("pnc-disclosure")
def _(c, r):
    return f"""POLICE NATIONAL COMPUTER – PRINT
RESTRICTED / OFFICIAL-SENSITIVE    For family court use only
Subject: {c.resp.full.upper()}   DOB: {c.d(c.base - dt.timedelta(days=365 * r.randrange(24, 45)), 0)}   PNC ID: {c.base.year - r.randrange(5, 20)}/{c.ref('', 7)}{r.choice('ABCDEFGHJK')}
CONVICTIONS: {r.randrange(1, 6)}   CAUTIONS: {r.randrange(0, 3)}
Date          Court                         Offence                                   Disposal
{c.d(-2000, 0)}    {c.town} Magistrates           Assault by beating                       Community order 12m
{c.d(-1500, 0)}    {c.town} Magistrates           Possess controlled drug Class B           Fine £200
{c.d(-400, 0)}     {r.choice(['Leeds', 'Preston', 'Cardiff', 'Bristol'])} Crown Court   Criminal damage (domestic)               Conditional discharge
Warning markers: {r.choice(['VIOLENT', 'DRUGS', 'none'])}
Supplied by {c.force}, Disclosure Unit, on {c.d(5, 0)}""", dict(dn="PNC")


@T("pnc-disclosure")
def _(c, r):
    return f"""PNC check result – {c.force}
Name checked: {c.app.full}
Result: NO TRACE on PNC
Name checked: {c.resp.full}
Result: TRACE – 1 caution ({c.d(-900, 0)}: common assault, domestic), 0 convictions
Checked by: {r.choice(['DC', 'PS', 'Police Staff'])} {c.officer.last}, Family Court Disclosure Team
Cafcass ref {c.no}""", dict(dn="PNC check")


@T("pnc-disclosure")
def _(c, r):
    return f"""Record of convictions (PNC) – disclosure to {c.cafcass}
{c.resp.full}
{c.d(-2600, 1)}  Drunk and disorderly – fine
{c.d(-1800, 1)}  Driving with excess alcohol – disqualified 18 months
{c.d(-300, 1)}   Breach of non-molestation order (s.42A FLA 1996) – suspended sentence order
Spent convictions are included because the disclosure is for family proceedings concerning children.
OFFICIAL-SENSITIVE"""


@T("pnc-disclosure")
def _(c, r):
    rc = c.RC("adult-posing-risk")
    return f"""PNC PRINT – {c.dad.full.upper()}
Subject to notification requirements (Sexual Offences Act 2003) until {c.d(1800, 1)}.
Record type: {rc}
Convictions: 1   {c.d(-2200, 0)}  {r.choice(['Possession of indecent images of children (Cat C)', 'Sexual activity with a child'])} – custody 18 months; SHPO 10 years.
Managed by MAPPA category 1. Offender manager: {c.force} Public Protection Unit.
Provided for Cafcass case {c.no}"""


@T("pnc-disclosure")
def _(c, r):
    return f"""Conviction history
Surname: {c.resp.last.upper()}  Forename(s): {c.resp.first.upper()}
Offences: {r.randrange(3, 12)}   Court appearances: {r.randrange(2, 6)}
Last disposal: {c.d(-120, 0)}
1. Theft from shop (x3)
2. Battery
3. Failing to surrender to custody
Source: Police National Computer via {c.force}
Note: local intelligence not included – see separate police safeguarding response."""


@T("pnc-disclosure")
def _(c, r):
    return f"""{c.force}
Disclosure of PNC information for family proceedings
To: {c.court}   Case {c.no}
In accordance with the order of {c.d(40, 1)} paragraph 5, the PNC record of {c.resp.full} is disclosed below.
Convictions: none. Cautions: none. Reprimands/warnings: 1 (youth, {c.base.year - 12}).
Wanted/missing: no. Firearms: no.
OFFICER IN CASE: {c.officer.full}"""


@T("pnc-disclosure", "cy")
def _(c, r):
    return f"""{c.force_cy}
Datgeliad gwybodaeth PNC ar gyfer achos teulu
Achos: {c.no}
Enw: {c.resp.full}
Euogfarnau: {r.randrange(1, 4)}
{c.dc(-1500, 0)}  Ymosod drwy guro – gorchymyn cymunedol
{c.dc(-400, 0)}  Difrod troseddol – rhyddhad amodol
Rhybuddion: dim
SWYDDOGOL – SENSITIF""", dict(dn="PNC")


@T("pnc-disclosure", "cy")
def _(c, r):
    return f"""Canlyniad gwiriad PNC / PNC check result – {c.force_cy}
{c.app.full}: DIM CANLYNIAD / NO TRACE
{c.resp.full}: 1 rhybudd / 1 caution ({c.dc(-900, 0)})
Gwiriwyd gan / Checked by: {c.officer.last}
Cyf. CAFCASS Cymru: {c.no}"""


@T("police-callouts")
def _(c, r):
    rows = []
    for i in range(r.randrange(3, 7)):
        o = -r.randrange(10, 900)
        rows.append((o, r.choice(["Domestic - verbal", "Domestic - assault", "Concern for welfare", "Breach of NMO", "Noise/ASB", "Domestic - criminal damage"]),
                     r.choice(["Standard", "Medium", "High"]), r.choice(["NFA", "Arrest", "Words of advice", "Crime recorded", "MARAC"])))
    rows.sort()
    body = "\n".join(f"{c.d(o, 0)}  {c.ref('', 6)}   {t:<28} DASH: {g:<8} {out}" for o, t, g, out in rows)
    return f"""{c.force} – Incident history (call-outs)
Address: {c.addr}   Requested for: {c.cafcass}, {c.no}
Date        Log no.  Type                         Risk         Outcome
{body}
Children present at {r.randrange(1, len(rows) + 1)} incident(s)."""


@T("police-callouts")
def _(c, r):
    rc = c.RC("missing-person")
    return f"""STORM/Niche – Incident summary
{rc}
Subject: {c.k1.full} (aged {c.k1.age + 4})
Reported by: {c.app.full}
{c.d(-40, 1)} 22:14 – reported missing from home after argument. Found {c.d(-39, 1)} 03:30 at a friend's address. Return home interview offered.
{c.d(-12, 1)} 19:50 – missing again; located by BTP officers at {c.town} railway station.
Risk assessment: medium. CSE screening tool completed.
Disclosed for family court case {c.no}."""


@T("police-callouts")
def _(c, r):
    return f"""Domestic abuse incidents – {c.mum.full} / {c.dad.full}
Incident 1: {c.d(-500, 1)}, call from neighbour reporting shouting. Officers attended. Both parties in drink. Children asleep upstairs. DASH standard. Words of advice.
Incident 2: {c.d(-320, 1)}, 999 call from {c.mum.first}; {c.dad.first} had thrown a mug. Arrested, released under investigation, NFA. DASH medium.
Incident 3: {c.d(-60, 1)}, {c.dad.first} attended address in breach of bail conditions. Charged. DASH high; MARAC referral.
Source: {c.force} Public Protection Unit.
OFFICIAL-SENSITIVE"""


@T("police-callouts")
def _(c, r):
    return f"""Police attendance log
{c.force}   Requested by Court Order {c.d(40, 0)}
Occurrence     Date/Time          Location           Summary
{c.ref('', 9)}  {c.d(-200, 0)} 23:40  home address       Verbal argument, ex-partner refusing to leave. Left on police arrival.
{c.ref('', 9)}  {c.d(-90, 0)} 17:05   school car park    Dispute at handover witnessed by staff. No offences.
{c.ref('', 9)}  {c.d(-20, 0)} 08:12   home address       Report of threatening messages. Crime: malicious communications.
Relevant to {c.no}"""


@T("police-callouts")
def _(c, r):
    return f"""British Transport Police
Incident record – disclosure to family court
Date: {c.d(-30, 1)}   Location: {c.town} station, platform {r.randrange(1, 8)}
Summary: officers called to a disturbance between {c.dad.full} and {c.mum.full} during a child handover. {c.k2.first} was present and distressed. Both spoken to. No arrests.
Ref: BTP-{c.ref('', 7)}   Family court case: {c.no}""", dict(sender=f"disclosure@btp.police.uk")


@T("police-callouts")
def _(c, r):
    return f"""CALLS FOR SERVICE – {c.addr.upper()}
period {c.base.year - 2}-{c.base.year}
total calls: {r.randrange(4, 15)}
  concern for welfare (children)  x{r.randrange(1, 4)}
  domestic                        x{r.randrange(1, 6)}
  ASB                             x{r.randrange(0, 3)}
most recent: {c.d(-7, 0)} domestic, suspect {c.resp.full}, outcome arrest
{c.force} / {c.no}"""


@T("police-callouts", "cy")
def _(c, r):
    return f"""{c.force_cy} – Hanes digwyddiadau
Cyfeiriad: {c.addr}   Cais gan: CAFCASS Cymru, {c.no}
{c.dc(-320, 0)}  Domestig – geiriol   DASH: safonol   Dim camau pellach
{c.dc(-150, 0)}  Domestig – ymosod   DASH: canolig   Arestio
{c.dc(-30, 0)}   Pryder am les        DASH: safonol   Cyngor
Roedd plant yn bresennol mewn dau ddigwyddiad."""


@T("police-callouts", "cy")
def _(c, r):
    rc = c.RC("missing-person", cy=True)
    return f"""{c.force_cy}
{rc}
Unigolyn: {c.k1.full}
{c.dc(-40)} – adroddwyd ar goll o'r cartref. Daethpwyd o hyd iddo/iddi y bore canlynol yn nhŷ ffrind.
{c.dc(-12)} – ar goll eto; daethpwyd o hyd iddo/iddi yng ngorsaf reilffordd {c.town_cy}.
Asesiad risg: canolig.
Achos llys teulu: {c.no}"""


@T("police-check")
def _(c, r):
    return f"""{c.force}
POLICE SAFEGUARDING CHECK – RESPONSE TO {c.cafcass.upper()}
Cafcass ref: {c.no}   Police ref: {c.ref('FCU', 6)}
Date of request: {c.d(1, 0)}   Date of response: {c.d(7, 0)}
Subject 1: {c.app.full} – PNC: No trace. Local systems: victim in 1 domestic incident ({c.d(-300, 0)}).
Subject 2: {c.resp.full} – PNC: see attached. Local systems: suspect in 1 domestic incident; intelligence re drug supply ({c.base.year - 1}), graded B2.
Children: no relevant information.
Information is provided for the purpose of safeguarding children in family proceedings and must not be disclosed further without the consent of {c.force}.""", dict(dn="Police checks")


@T("police-check", email=True)
def _(c, r):
    return f"""Good afternoon,

Police checks completed for the parties below. 

{c.app.full} – nothing held
{c.resp.full} – nothing held
Address {c.addr} – no incidents in last 2 years

Regards
Family Court Liaison Officer
Public Protection Unit | {c.force}

*** This message is OFFICIAL-SENSITIVE ***""", dict(subject=f"{c.no} police checks", sender=f"familycourtchecks@{c.force_dom}")


@T("police-check")
def _(c, r):
    return f"""Response to Cafcass safeguarding enquiry
{c.force} – Central Referral Unit
The following information is held on {r.choice(['Niche RMS', 'Athena', 'Connect', 'PoliceWorks'])} regarding the persons named in your request ({c.no}):
• {c.resp.full}: subject of a non-molestation order made at {c.town} on {c.d(-200, 1)} (expires {c.d(165, 1)}). Named in 3 domestic incidents as suspect.
• {c.app.full}: recorded as victim; MARAC {c.d(-190, 1)}.
• {c.k1.full}: listed as present at 2 incidents; child notification sent to {c.la}.
PNC records are provided separately.
Officer: {c.officer.full}"""


@T("police-check")
def _(c, r):
    return f"""PRIVATE LAW POLICE CHECK – {c.force.upper()}
Case no   {c.no}
Names     {c.mum.full} / {c.dad.full}
Result    {r.choice(['NIL RETURN on all systems', 'INFORMATION HELD – see below'])}
Details   {r.choice(['-', 'Historic (' + str(c.base.year - 6) + ') ' + c.dad.first + ' arrested for affray, NFA.'])}
Checked   {c.d(6, 0)}"""


@T("police-check")
def _(c, r):
    return f"""Dear {c.cafcass},

Re: request for police information – {c.kidlist()}

I have searched {c.force} systems. {c.resp.full} has come to police notice on {r.randrange(2, 6)} occasions. The most recent was on {c.d(-25, 1)} when officers attended {c.resp.first}'s address following a report that {c.resp.he} had been shouting at a child in the street. {c.resp.first} was given words of advice.

There are no current investigations. If the court requires full disclosure of the logs, an order should be directed to our Disclosure Unit.

Yours sincerely
{c.officer.full}
Safeguarding Hub, {c.force}""", dict(sender=f"safeguardinghub@{c.force_dom}")


@T("police-check")
def _(c, r):
    return f"""Police check outcome (Multi-Agency Safeguarding Hub)
Requesting agency: {c.cafcass}  |  Ref {c.no}
Checks: PNC ✓  PND ✓  Local ✓  ViSOR ✓
Outcome: {r.choice(['No information', 'Information of relevance to child safety: see note'])}
Note: {r.choice(['none', c.resp.first + ' is a named associate of a nominal managed under IOM.', "A Clare's Law disclosure was made to " + c.app.first + ' in ' + str(c.base.year - 1) + '.'])}
Police staff investigator, {c.force}"""


@T("police-check", "cy")
def _(c, r):
    return f"""{c.force_cy}
GWIRIAD DIOGELU'R HEDDLU – YMATEB I CAFCASS CYMRU
Cyf. CAFCASS Cymru: {c.no}   Cyf. yr heddlu: {c.ref('FCU', 6)}
Dyddiad yr ymateb: {c.dc(7, 0)}
Unigolyn 1: {c.app.full} – PNC: dim. Systemau lleol: dioddefwr mewn un digwyddiad domestig.
Unigolyn 2: {c.resp.full} – PNC: gweler yr atodiad. Systemau lleol: un digwyddiad domestig.
Plant: dim gwybodaeth berthnasol.
Darperir y wybodaeth hon at ddiben diogelu plant mewn achos teulu yn unig.""", dict(dn="Gwiriadau'r heddlu")


@T("police-check", "cy", email=True)
def _(c, r):
    return f"""Prynhawn da,

Gwiriadau'r heddlu wedi'u cwblhau:

{c.app.full} – dim gwybodaeth
{c.resp.full} – dim gwybodaeth

Cofion
Swyddog Cyswllt y Llys Teulu
Uned Amddiffyn y Cyhoedd | {c.force_cy}""", dict(subject=f"{c.no} gwiriadau'r heddlu", sender=f"gwiriadau.llysteulu@{c.force_dom}")


# ---------------- null: nothing anyone would put in a case file ----------------

NULLS = []


def N(lang="en", email=True):
    def deco(fn):
        NULLS.append(dict(tid=f"null#{len(NULLS) + 1}{'-cy' if lang == 'cy' else ''}", lang=lang, email=email, fn=fn))
        return fn
    return deco


@N()
def _(c, r):
    return f"""Thank you for your email. I am out of the office until {c.d(r.randrange(3, 15), 3)} with no access to email. If your matter is urgent please contact the duty desk on {c.phone}.

Kind regards
{c.fca.full}""", dict(subject=f"Automatic reply: {r.choice(['RE: ', '', 'FW: '])}{r.choice(['Team meeting', 'Rota', 'Leave request', 'Hello'])}", sender=c.fca_mail)


@N()
def _(c, r):
    return f"""STAFF NEWSLETTER – {MONTHS[c.base.month - 1].upper()} EDITION
In this issue:
• Welcome to our new starters in the {c.town} office
• Wellbeing week: yoga at lunchtime on Wednesday
• Cycle to work scheme reopens
• Congratulations to the {r.choice(['Bristol', 'Leeds', 'Swansea', 'Norwich'])} team on their quiz win
• Reminder: complete your mandatory data protection e-learning by the end of the month
Got a story? Email the comms team.""", dict(subject=f"Staff newsletter – {MONTHS[c.base.month - 1]}", sender=f"internal.comms@{c.cafcass_dom}")


@N()
def _(c, r):
    return f"""Dear Customer,

Your mailbox has reached 98% of its storage limit. To avoid losing emails, verify your account within 24 hours by clicking the link below.

http://mailbox-verify-{c.ref('', 4)}.com/login

IT Helpdesk Team""", dict(subject="ACTION REQUIRED: Mailbox quota exceeded", sender=f"it-support@mail{c.ref('', 3)}-secure.net")


@N()
def _(c, r):
    return f"""IT SERVICE NOTICE
Planned maintenance: the case management system and Egress will be unavailable from 18:00 on {c.d(5, 3)} until 07:00 the following morning while servers are patched. Please save your work and log off before 18:00.
Ref: CHG{c.ref('', 7)}
Service Desk""", dict(subject="Planned maintenance this Friday", sender=f"servicedesk@{c.cafcass_dom}")


@N()
def _(c, r):
    return f"""Room booking confirmed
Room: {r.choice(['Meeting Room 2', 'Family Room 1', 'Conference Room', 'Quiet Room'])}, {c.town} office
Date: {c.d(9, 1)}
Time: {c.t()} – {c.t()}
Booked by: {c.fca.full}
To cancel, use the room booking system.""", dict(subject="Booking confirmation", sender=f"roombookings@{c.cafcass_dom}")


@N(email=False)
def _(c, r):
    return f"""STAFF CANTEEN – MENU WEEK COMMENCING {c.d(0, 1).upper()}
Monday     Chicken curry / vegetable chilli   £3.80
Tuesday    Fish and chips (Friday moved)      £4.20
Wednesday  Jacket potatoes, soup of the day   £2.90
Thursday   Roast of the day                   £4.50
Friday     Pizza & salad bar                  £3.60
All prices include a hot drink before 10am."""


@N()
def _(c, r):
    return f"""Hi all,

Just a reminder it's {r.choice(['Sarah', 'Dave', 'Priya', 'Gethin'])}'s leaving do on Friday from 5pm at the {r.choice(['Crown', 'Red Lion', 'Railway Tavern', 'Llew Coch'])}. Card and collection are on the desk by the printer.

Cheers""", dict(subject="Leaving drinks Friday!", sender=c.mgr.mail(c.cafcass_dom))


@N()
def _(c, r):
    return f"""Congratulations! You have been selected to receive a £500 supermarket voucher. Claim now before it expires. Reply STOP to unsubscribe.""", dict(subject="You're a WINNER", sender=f"promo{r.randrange(10, 99)}@rewards-uk-{c.ref('', 3)}.info")


@N(email=False)
def _(c, r):
    return f"""FIRE ALARM TEST
The fire alarm will be tested every {r.choice(['Tuesday', 'Wednesday', 'Thursday'])} at 10.00am.
If the alarm sounds at any other time, leave by the nearest exit and go to the assembly point in the car park.
Fire marshals this floor: {r.choice(WOMEN)} {r.choice(SURN)}, {r.choice(MEN)} {r.choice(SURN)}"""


@N()
def _(c, r):
    return f"""Dear colleague,

Places are still available on the following training courses:
- Domestic abuse practice pathway refresher – {c.d(20, 1)} (online)
- Writing analytical reports – {c.d(34, 1)} ({c.town})
- Managing difficult conversations – {c.d(41, 1)}
Book through the learning portal.

Learning and Development""", dict(subject="Training places available", sender=f"learning@{c.cafcass_dom}")


@N()
def _(c, r):
    return f"""Your parking permit for {c.base.year + 1} is ready. Please renew online before {c.d(30, 1)}. Permit holders must display the permit clearly. Facilities Management""", dict(subject="Car park permit renewal", sender=f"facilities@{c.la_dom}")


@N()
def _(c, r):
    return f"""Teams meeting invitation
Team meeting – {c.town}
{c.d(7, 3)} 10:00–11:30
Agenda: performance figures, leave cover over summer, office move update.
Join on your computer or mobile app.
Meeting ID: {c.ref('', 3)} {c.ref('', 3)} {c.ref('', 3)}  Passcode: {c.ref('', 6)}""", dict(subject="Team meeting", sender=c.mgr.mail(c.cafcass_dom))


@N()
def _(c, r):
    return f"""Your order has been dispatched!
Order #{c.ref('', 9)}
1 x Printer toner cartridge (black)
2 x A4 copier paper (5 reams)
Delivery to: {c.team}, {c.town}
Estimated delivery: {c.d(2, 1)}""", dict(subject="Your order has shipped", sender=f"orders@office-supplies-direct.co.uk")


@N(email=False)
def _(c, r):
    return f"""Pension Annual Benefit Statement
Member: {c.fca.full}
Scheme: Civil Service Pension Scheme / Local Government Pension Scheme
Your pension at {c.base.year}: £{r.randrange(2000, 16000):,} per year
Please check your details and contact the scheme administrator if anything is wrong."""


@N("cy")
def _(c, r):
    return f"""Diolch am eich e-bost. Rydw i allan o'r swyddfa tan {c.dc(r.randrange(3, 15), 3)}. Os yw'n fater brys, cysylltwch â'r ddesg ddyletswydd.

Thank you for your email. I am out of the office until {c.d(r.randrange(3, 15), 1)}.

{c.fca.full}""", dict(subject="Ateb awtomatig / Automatic reply", sender=c.fca.mail("gov.wales"))


@N("cy")
def _(c, r):
    return f"""CYLCHLYTHYR STAFF
Yn y rhifyn hwn:
• Croeso i'n staff newydd
• Wythnos lles: ioga amser cinio
• Atgoffa: cwblhewch yr hyfforddiant diogelu data erbyn diwedd y mis
• Dysgu Cymraeg: gwersi newydd yn dechrau fis nesaf""", dict(subject="Cylchlythyr staff", sender="cyfathrebu@gov.wales")


@N("cy", email=False)
def _(c, r):
    return f"""PROFI'R LARWM TÂN / FIRE ALARM TEST
Bydd y larwm tân yn cael ei brofi bob dydd Mercher am 10.00am.
The fire alarm will be tested every Wednesday at 10.00am.
Os bydd y larwm yn canu ar unrhyw adeg arall, gadewch yr adeilad.
If the alarm sounds at any other time, leave the building."""

# ---------------------------------------------------------------------------
# Document names a person would write (for conventional file names)
# ---------------------------------------------------------------------------

DOCNAMES = {
    "contact-log": ["Contact log", "Contact Log Report", "contact log (SAR copy)", "Case contact log"],
    "wtfh-outcome": ["WTFH outcome", "WTFH Outcome Form", "FHDRA outcome form"],
    "detailed-recording": ["Detailed recording - home visit", "Note of interview with father", "Detailed contact recording", "Telephone interview notes"],
    "welcome-letter": ["Welcome letter", "Welcome letter to applicant", "Welcome pack letter"],
    "letter-to-parties": ["Letter to parties", "Letter to mother", "Appointment letter", "Letter to both parents"],
    "letter-from-party": ["Letter from mother", "Letter from father", "Email from applicant", "Letter from respondent"],
    "correspondence": ["Correspondence", "Email from court", "Letter from solicitors", "Email re contact centre"],
    "case-plan": ["Case plan", "Case Plan", "Case plan s7"],
    "case-plan-review": ["Case plan review", "Case plan - review", "Management review of case plan"],
    "la-checks": ["LA checks", "Local authority checks", "LA checks response", "Childrens services checks"],
    "screening-response": ["Screening response", "Screening response - health", "Safeguarding screening response"],
    "safety-assessment": ["Safety assessment", "Risk assessment", "DASH risk assessment", "Safety plan"],
    "safeguarding-letter": ["Safeguarding letter", "Safeguarding Letter", "SG letter"],
    "section-7-report": ["Section 7 report", "S7 Report", "Section 7 Report FINAL", "s7 report"],
    "guardian-analysis": ["Guardian's analysis", "Initial analysis", "Final analysis and recommendations", "CG analysis"],
    "letter-to-court": ["Letter to court", "Letter to the court", "Update letter to court", "FAO letter to court"],
    "addendum-report": ["Addendum report", "Addendum s7 report", "Addendum Report"],
    "letter-from-child": ["Letter from child", "Letter from {k1}", "{k1}'s letter to the judge"],
    "child-drawing": ["Drawing by child", "{k1} drawing", "Child's drawing"],
    "direct-work-record": ["Direct work", "Three houses", "Direct work record", "Wishes and feelings work"],
    "child-meets-judge": ["Note of child meeting judge", "Note of meeting with judge", "Judicial meeting note"],
    "court-order": ["Court order", "Order", "Final order", "Sealed order"],
    "directions-order": ["Directions order", "Order - directions", "Case management order"],
    "application": ["Application", "C100 application", "C2 application", "Application form"],
    "position-statement": ["Position statement", "Position statement - mother", "Father's position statement"],
    "witness-statement": ["Witness statement", "Statement of mother", "Statement"],
    "previous-cafcass": ["Previous Cafcass information", "Previous case info", "Previous Cafcass report"],
    "letter-of-instruction": ["Letter of instruction", "LOI", "Letter of instruction - expert"],
    "expert-report": ["Expert report", "Hair strand test results", "Psychological assessment", "ISW assessment"],
    "provider-report": ["SPIP attendance", "CCI report", "Commissioned service report", "Provider report"],
    "cp-conference-minutes": ["CP conference minutes", "ICPC minutes", "RCPC minutes", "Child protection conference minutes"],
    "agency-information": ["School information", "Agency information", "Health visitor info", "GP letter"],
    "legal-advice": ["Legal advice", "Advice from Cafcass Legal", "Counsel's advice"],
    "solicitor-correspondence": ["Correspondence with child's solicitor", "Letter from child's solicitor", "Email from children's solicitor"],
    "legal-call-note": ["Note of call with lawyer", "Legal call note", "Tel note - legal"],
    "thank-you-card": ["Thank you card", "Thank-you card from mother", "Card"],
    "informal-contact": ["Informal contact", "Postcard", "Card from family", "Message"],
    "court-bundle": ["Court bundle", "Bundle", "Final hearing bundle", "E-bundle index"],
    "pnc-disclosure": ["PNC", "PNC disclosure", "PNC print", "PNC record"],
    "police-callouts": ["Police call-outs", "Police call out log", "Police incident log"],
    "police-check": ["Police checks", "Police safeguarding check", "Police response"],
}
DOCNAMES_CY_EXTRA = {
    "letter-from-party": ["Llythyr gan y fam", "E-bost gan y tad"], "court-order": ["Gorchymyn"],
    "section-7-report": ["Adroddiad s7"], "police-check": ["Gwiriadau'r heddlu"], "pnc-disclosure": ["PNC"],
    "correspondence": ["E-bost gan y llys"], "thank-you-card": ["Cerdyn"],
}

# how often a non-e-mail template arrives as an e-mail attachment
P_ATTACH = {k: 0.3 for k in DOCNAMES}
P_ATTACH.update({"pnc-disclosure": 0.6, "police-callouts": 0.6, "police-check": 0.6, "la-checks": 0.55,
                 "screening-response": 0.5, "correspondence": 0.45, "solicitor-correspondence": 0.5,
                 "expert-report": 0.45, "provider-report": 0.45, "court-order": 0.4, "directions-order": 0.45,
                 "position-statement": 0.45, "letter-of-instruction": 0.4, "agency-information": 0.45,
                 "letter-from-child": 0.15, "child-drawing": 0.12, "thank-you-card": 0.1, "informal-contact": 0.2,
                 "contact-log": 0.08, "case-plan": 0.08, "case-plan-review": 0.1, "detailed-recording": 0.12,
                 "direct-work-record": 0.12, "court-bundle": 0.35, "legal-advice": 0.35, "legal-call-note": 0.15})
SMALL = {"letter-from-child", "child-drawing", "thank-you-card", "informal-contact"}
INTERNAL = {"contact-log", "wtfh-outcome", "detailed-recording", "case-plan", "case-plan-review", "direct-work-record",
            "safeguarding-letter", "section-7-report", "guardian-analysis", "addendum-report", "letter-to-court",
            "legal-call-note", "welcome-letter", "letter-to-parties", "safety-assessment"}


def default_sender(kind, c, r):
    fd, la, cm = c.force_dom, c.la_dom, c.cafcass_dom
    sol = lambda firm: c.solname.mail(slug(firm)[:12] + ".co.uk")
    if kind in ("pnc-disclosure", "police-callouts", "police-check"):
        if r.random() < 0.06:
            return "disclosure@btp.police.uk"
        return r.choice([f"disclosure.unit@{fd}", f"familycourtchecks@{fd}", f"ppu.admin@{fd}",
                         c.officer.mail(fd), f"mash.police@{fd}"])
    if kind in ("la-checks", "cp-conference-minutes"):
        return r.choice([f"mash@{la}", f"cafcass.checks@{la}", c.sw.mail(la), f"conference.admin@{la}"])
    if kind == "screening-response":
        return r.choice([f"safeguarding.children@nhs.net", f"frontdoor@{la}", c.teacher.mail(slug(c.school)[:12] + ".sch.uk"),
                         "courtteam.probation@justice.gov.uk", f"mash@{la}"])
    if kind in ("court-order", "directions-order"):
        return c.court_mail if r.random() < 0.75 else sol(c.sol_app)
    if kind == "application":
        return r.choice([c.court_mail, sol(c.sol_app), f"c100.intake@{cm}"])
    if kind in ("position-statement", "witness-statement", "court-bundle", "letter-of-instruction"):
        return r.choice([sol(c.sol_app), sol(c.sol_resp), sol(c.sol_child), f"legal.services@{la}"])
    if kind == "expert-report":
        return r.choice([f"reports@{slug(c.lab)[:14]}.co.uk", sol(c.sol_child), "admin@marshpsychology.co.uk"])
    if kind == "provider-report":
        return r.choice([f"referrals@{slug(c.centre)[:14]}.org.uk", "spip.admin@familyprovider.org.uk",
                         f"commissioning@{cm}"])
    if kind == "agency-information":
        return r.choice([c.teacher.mail(slug(c.school)[:12] + ".sch.uk"), c.hv.mail("nhs.net"), f"camhs.admin@nhs.net",
                         c.sw.mail(la), f"idva@{slug(c.da)[:12]}.org.uk"])
    if kind == "legal-advice":
        return c.lawyer.mail(cm)
    if kind == "solicitor-correspondence":
        return sol(c.sol_child)
    if kind in ("letter-from-party", "informal-contact", "thank-you-card", "letter-from-child", "child-drawing"):
        if r.random() < 0.5:
            p = r.choice([c.mum, c.dad])
            return f"{slug(p.first)}{slug(p.last)}{r.randrange(1, 99)}@{r.choice(['gmail.com', 'hotmail.co.uk', 'outlook.com', 'yahoo.co.uk'])}"
        return c.fca_mail
    if kind == "correspondence":
        return r.choice([c.court_mail, sol(c.sol_app), c.sw.mail(la), f"bookings@{slug(c.interp)[:12]}.co.uk"])
    if kind == "previous-cafcass":
        return r.choice([f"archive@{cm}", c.fca_mail])
    if kind in ("welcome-letter",):
        return f"nbc.privatelaw@{cm}"
    return r.choice([c.fca_mail, c.fca_mail, f"businesssupport.{slug(c.town)[:10]}@{cm}", c.mgr.mail(cm)])


def docname(kind, c, r, lang):
    if lang == "cy":
        pool = [NAME_CY[kind]] + DOCNAMES_CY_EXTRA.get(kind, [])
    else:
        pool = DOCNAMES[kind]
    n = r.choice(pool).replace("{k1}", c.k1.first)
    if r.random() < 0.3:
        n += " " + r.choice([c.d(r.randrange(0, 150), 2), c.day(r.randrange(0, 150)).strftime("%d-%m-%Y"),
                             c.day(r.randrange(0, 150)).strftime("%d.%m.%Y")])
    return n


def safe(s):
    s = re.sub(r'[/\\:*?"<>|]', "-", s)
    return s.strip(" .")[:200]


def file_name(part, source, kind, c, r, lang, meta, subject):
    roll = r.random()
    if kind is not None and roll < 0.22:
        dn = meta.get("dn") or docname(kind, c, r, lang)
        if r.random() < 0.5 and meta.get("dn"):
            dn = docname(kind, c, r, lang)
        return safe(f"{c.case_name} - {c.no} - {dn}.pdf"), "conventional"
    if kind is not None and roll < 0.4:
        dn = meta.get("dn") or docname(kind, c, r, lang)
        ext = r.choice([".pdf", ".pdf", ".docx", ".doc"]) if source in ("tree", "upload") else ".pdf"
        pat = r.choice(["{dn}{ext}", "{sur} {dn}{ext}", "{dn} {no}{ext}", "{dnl}{ext}", "{no} {dnl}{ext}"])
        return safe(pat.format(dn=dn, ext=ext, sur=c.k1.last, no=c.no, dnl=dn.lower().replace(" ", "_"))), "hint"
    n = r.randrange(1, 9999)
    d = c.day(r.randrange(0, 200))
    if part == "email":
        s = re.sub(r"[^A-Za-z0-9 _'-]", "_", subject or "")[:60].strip() or "message"
        return r.choice([f"{s}.eml", f"{s}.msg", "message.eml", "Email.msg", f"RE_ {s}.eml", "Untitled.eml"]), "generic"
    if part == "attachment":
        return r.choice([f"ATT{n:05d}.pdf", "Document.pdf", f"scan{n:04d}.pdf", f"IMG_{n:04d}.pdf", f"IMG_{n:04d}.jpg",
                         "attachment.pdf", "SecureAttachment.pdf", f"Doc{r.randrange(1, 9)}.docx", "letter.pdf",
                         f"{d.strftime('%Y%m%d')}_{r.randrange(100000, 235959)}.pdf", f"{c.ref('', 8)}.pdf",
                         "Scanned from a Xerox Multifunction Printer.pdf"]), "generic"
    if source == "scan":
        return r.choice([f"scan{n:04d}.pdf", f"SCAN_{d.strftime('%Y%m%d')}_{n:04d}.pdf", f"doc{r.randrange(10 ** 7, 10 ** 8)}{d.strftime('%Y%m%d')}.pdf",
                         f"img-{d.strftime('%m%d')}{r.randrange(100000, 999999)}-0001.pdf", f"IMG_{n:04d}.jpg", f"{n:04d}.tif",
                         "Document.pdf", f"RICOH_{d.strftime('%Y%m%d')}{r.randrange(80000, 175959):06d}.pdf", f"Scan_{n}.tiff"]), "generic"
    if source == "tree":
        return r.choice(["new doc.docx", "letter.doc", "notes final v2.doc", "Copy of report.pdf", f"Doc{r.randrange(1, 20)}.docx",
                         f"{c.k1.last} notes.doc", f"misc {d.year}.pdf", "untitled.rtf", f"{c.no}.doc",
                         f"{c.k1.last.upper()} {d.strftime('%d%m%y')}.doc", "FINAL final.docx", "temp.odt"]), "generic"
    return r.choice(["download.pdf", f"Document ({r.randrange(1, 9)}).pdf", "file.pdf", "export.pdf", f"report({r.randrange(1, 5)}).pdf",
                     f"{c.no}_upload.pdf", f"{d.strftime('%Y-%m-%d')}.pdf", "upload.docx"]), "generic"


def attach_subject(kind, c, r, lang, meta):
    if r.random() < 0.12:
        return ""
    dn = docname(kind, c, r, lang) if kind else "document"
    if lang == "cy":
        return r.choice([f"{c.no} – {dn}", f"Dogfennau – {c.no}", f"RE: {c.case_name} {c.no}", f"[SWYDDOGOL-SENSITIF] {c.no}",
                         f"FW: {dn}"])
    return r.choice([f"{c.no} - {dn}", f"RE: {c.case_name} {c.no}", f"{c.case_name} ({c.no})", f"FW: {dn}",
                     f"Secure: {c.no}", f"[OFFICIAL-SENSITIVE] {c.no} {c.k1.last}", "Scanned document",
                     f"Documents - {c.k1.last}", f"Your ref {c.no}", f"{dn}", f"Re: {c.k1.first} {c.k1.last}",
                     f"Message from \"{r.choice(['RNP0026736', 'MFD-3RDFLOOR', 'KONICA-C458'])}\""])


# ---------------------------------------------------------------------------
# Processing: OCR noise, stamps, e-mail dressing
# ---------------------------------------------------------------------------

CONF = [("rn", "m"), ("m", "rn"), ("l", "1"), ("1", "l"), ("I", "l"), ("l", "I"), ("O", "0"), ("0", "O"), ("e", "c"),
        ("c", "e"), ("cl", "d"), ("h", "b"), ("S", "5"), ("5", "S"), ("B", "8"), ("a", "o"), ("i", "l"), ("t", "f"),
        ("ll", "Il"), (",", "."), ("'", "`"), ("u", "ii"), ("n", "ri"), ("fi", "ﬁ"), ("w", "vv"), ("g", "q")]
STRAY = list("~|.,'`^°¦»«;:_")
PLAIN = str.maketrans("ŵŷâêîôûïŴŶÂÊÎÔÛ", "wyaeiouiWYAEIOU")


def ocr(text, r, level):
    p = {1: 0.03, 2: 0.07, 3: 0.12}[level]
    if r.random() < 0.5:
        text = text.translate(PLAIN)
    lines = text.split("\n")
    out = []
    for line in lines:
        words = line.split(" ")
        new = []
        join = False
        for w in words:
            if w and r.random() < p:
                op = r.random()
                if op < 0.55:
                    cands = [(a, b) for a, b in CONF if a in w]
                    if cands:
                        a, b = r.choice(cands)
                        i = w.find(a)
                        w = w[:i] + b + w[i + len(a):]
                elif op < 0.7 and len(w) > 3:
                    i = r.randrange(1, len(w) - 1)
                    w = w[:i] + " " + w[i:]
                elif op < 0.8:
                    join = True
                elif op < 0.92:
                    i = r.randrange(0, len(w) + 1)
                    w = w[:i] + r.choice(STRAY) + w[i:]
                elif len(w) > 2:
                    i = r.randrange(0, len(w))
                    w = w[:i] + w[i + 1:]
            if join and new:
                new[-1] = new[-1] + w
                join = False
            else:
                new.append(w)
        out.append(" ".join(new))
    merged = []
    for line in out:
        if merged and line and merged[-1] and r.random() < p * 2.5:
            merged[-1] = merged[-1] + " " + line
        else:
            merged.append(line)
    if r.random() < 0.3 * level:
        i = r.randrange(0, len(merged) + 1)
        merged.insert(i, r.choice([" .", "' ,", "|", "_  _", "~", ". :", "»"]))
    return "\n".join(merged)


def scan_marks(text, c, r, lang, steps, small=False):
    d = c.day(r.randrange(0, 200))
    top, bottom = [], []
    roll = r.random()
    if roll < 0.15:
        top.append(f"FROM : {c.phone}   {d.strftime('%d-%b-%y').upper()} {c.t()}   P.{r.randrange(1, 4):03d}/{r.randrange(4, 9):03d}")
        steps.append("fax-header")
    elif roll < 0.3:
        top.append(r.choice([f"RECEIVED {d.day} {MONTHS[d.month - 1][:3].upper()} {d.year}",
                             f"DERBYNIWYD {d.day} {MONTHS_CY[d.month - 1][:3].upper()} {d.year}" if lang == "cy" else f"RECEIVED - {d.strftime('%d/%m/%Y')}",
                             f"Rec'd {d.strftime('%d/%m')}"]))
        steps.append("received-stamp")
    elif roll < 0.42:
        bottom.append(r.choice([f"Scanned by National Business Centre {d.strftime('%d/%m/%Y')} {c.t()}:{r.randrange(10, 59)}",
                                f"[RICOH MP C{r.choice(['3004', '4504', '6003'])} {d.isoformat()} {c.t()}]",
                                f"Scanned {d.strftime('%d.%m.%Y')} by {c.fca.ini}"]))
        steps.append("scanner-stamp")
    if r.random() < 0.35 and not small:
        n = r.randrange(2, 9)
        bottom.append(r.choice([f"Page 1 of {n}", f"- 1 -", "1", f"Tudalen 1 o {n}" if lang == "cy" else f"Page 1 of {n}", f"1/{n}"]))
        steps.append("page-no")
    return "\n".join(top + [text] + bottom)


def doc_marks(text, kind, c, r, lang, source, steps):
    if r.random() < 0.15:
        m = "SWYDDOGOL-SENSITIF" if lang == "cy" and r.random() < 0.7 else r.choice(["OFFICIAL-SENSITIVE", "OFFICIAL – SENSITIVE", "CONFIDENTIAL", "OFFICIAL SENSITIVE: PERSONAL"])
        text = f"{m}\n{text}\n{m}" if r.random() < 0.6 else f"{m}\n{text}"
        steps.append("marking")
    if source == "tree" and r.random() < 0.25:
        text += "\n" + r.choice([f"G:\\Teams\\{c.town}\\{c.law.title()} Law\\{c.k1.last}\\{c.no}\\file.doc",
                                 f"G:\\Cases\\{c.k1.last[0]}\\{c.k1.last} {c.base.year}\\notes.doc",
                                 f"\\\\fileserver\\casework\\{c.no}\\"])
        steps.append("path-footer")
    elif source in ("upload", "tree") and r.random() < 0.2:
        text += "\n" + r.choice([f"Page 1 of {r.randrange(2, 12)}", f"{c.no} | Page 1", f"Printed {c.d(r.randrange(0, 200), 0)}"])
        steps.append("footer")
    return text


DISCLAIMERS = {
    "cafcass": "This e-mail and any files sent with it are confidential and intended only for the named recipient. If you have received it in error, please tell the sender and delete it. Cafcass may monitor e-mail traffic.",
    "wales": "Rydym yn croesawu gohebiaeth yn Gymraeg. Byddwn yn ateb gohebiaeth a dderbynnir yn Gymraeg yn Gymraeg ac ni fydd gohebu yn Gymraeg yn arwain at oedi.\nWe welcome correspondence in Welsh. Correspondence received in Welsh will be answered in Welsh and corresponding in Welsh will not lead to a delay in responding.",
    "police": "{force}\nOFFICIAL - SENSITIVE. This communication is intended for the addressee only. If you are not the intended recipient, you must not use, disclose, copy or distribute it. All e-mail traffic may be subject to recording and/or monitoring in accordance with relevant legislation.",
    "court": "This e-mail and any attachment is intended only for the attention of the addressee(s). Its unauthorised use, disclosure, storage or copying is not permitted. HM Courts & Tribunals Service.",
    "la": "This email and any attachments may contain confidential or sensitive information. If you are not the intended recipient please notify the sender and delete it. Please consider the environment before printing this email.",
    "sol": "{firm} is authorised and regulated by the Solicitors Regulation Authority (SRA number {sra}). CYBERCRIME WARNING: we will never change our bank details by email.",
    "nhs": "This message originated from NHSmail. It may contain confidential patient information.",
}


def email_dress(text, c, r, lang, sender, subject, steps):
    o0 = r.randrange(5, 150)
    dom = sender.split("@")[-1]
    key = None
    if dom.endswith("police.uk"):
        key = "police"
    elif dom == "gov.wales" or dom.endswith("llyw.cymru"):
        key = "wales"
    elif dom.endswith("cafcass.gov.uk"):
        key = "cafcass"
    elif dom.endswith("justice.gov.uk"):
        key = "court"
    elif dom.endswith(".gov.uk") or dom == c.la_dom:
        key = "la"
    elif dom.endswith(".co.uk") and not any(x in dom for x in ("hotmail", "yahoo", "btinternet")):
        key = "sol"
    elif dom == "nhs.net":
        key = "nhs"
    if key and r.random() < 0.45:
        d = DISCLAIMERS[key].format(firm=c.sol_app, sra=r.randrange(100000, 699999), force=c.force_cy if lang == "cy" else c.force)
        text += "\n\n" + ("_" * r.randrange(10, 40) + "\n" if r.random() < 0.5 else "") + d
        steps.append("disclaimer")
    if r.random() < 0.1:
        text += "\n\n" + ("Anfonwyd yn ddiogel gydag Egress." if lang == "cy" else "This message was sent securely using Egress Protect.")
        steps.append("egress")
    if r.random() < 0.15 and key in (None, "sol", "nhs"):
        text = "CAUTION: This email originated from outside of the organisation. Do not click links or open attachments unless you recognise the sender.\n\n" + text
        steps.append("external-banner")
    if r.random() < 0.2:
        other = c.fca_mail if sender != c.fca_mail else c.mgr.mail(c.cafcass_dom)
        earlier = r.choice(["Thanks, noted.", "Please could you resend, the attachment did not come through.",
                            "Can you confirm the case number please?", "Received, thank you.",
                            "Diolch, wedi'i nodi." if lang == "cy" else "Many thanks, I will pass this on."])
        if r.random() < 0.5:
            text += f"\n\n-----Original Message-----\nFrom: {other}\nSent: {c.d(o0 - r.randrange(1, 5), 3)} {c.t()}\nTo: {sender}\nSubject: {subject}\n\n{earlier}"
        else:
            text += f"\n\nOn {c.d(o0 - r.randrange(1, 5), 1)}, at {c.t()}, {other} wrote:\n> {earlier}"
        steps.append("quoted")
    fwd = None
    if r.random() < 0.15:
        fwd = c.fca_mail
        intro = r.choice(["FYI – for the file.", "Please save to the case.", "Fwd for ECMS please", "", "Ar gyfer y ffeil." if lang == "cy" else "Please upload."])
        text = f"{intro}\n\n---------- Forwarded message ---------\nFrom: {sender}\nDate: {c.d(o0, 3)} {c.t()}\nSubject: {subject}\nTo: {c.fca_mail}\n\n{text}"
        steps.append("forwarded")
    if r.random() < 0.4:
        head = (f"From: {fwd or sender}\nSent: {c.d(o0 + (1 if fwd else 0), 3)} {c.t()}\nTo: {r.choice(['business.services@' + c.cafcass_dom, c.fca_mail, 'intake@' + c.cafcass_dom])}\n"
                f"Subject: {('FW: ' if fwd else '') + subject}\n")
        if r.random() < 0.3:
            head += r.choice(["Attachments: ATT00001.pdf\n", "Importance: High\n", "Cc: " + c.mgr.mail(c.cafcass_dom) + "\n"])
        text = head + "\n" + text
        steps.append("header-block")
    return text, fwd


# ---------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------

def load_kinds():
    try:
        import tomllib
        with open(KINDS_TOML, "rb") as f:
            data = tomllib.load(f)
        return [(k["id"], k["folder"], k["name"], k["name_cy"]) for k in data["kind"]]
    except ImportError:
        txt = open(KINDS_TOML, encoding="utf-8").read()
        out = []
        for blk in txt.split("[[kind]]")[1:]:
            g = lambda key: re.search(rf'^{key}\s*=\s*"([^"]*)"', blk, re.M).group(1)
            out.append((g("id"), g("folder"), g("name"), g("name_cy")))
        return out


KINDS = load_kinds()
FOLDER = {k: f for k, f, _, _ in KINDS}
NAME_CY = {k: cy for k, _, _, cy in KINDS}


LONDON = re.compile(r"(?i)family court (sitting )?at ((central|east london|west london) family court)")


# English examples take the police forces in turn (moving on once a force is named), so all 43 appear
FORCE_ORDER = list(FORCES)
R.shuffle(FORCE_ORDER)
FORCE_I = [0]


def make_example(r, kind, tpl):
    lang = tpl["lang"]
    force = None
    if lang == "en":
        force = FORCE_ORDER[FORCE_I[0] % len(FORCE_ORDER)]
    c = Ctx(r, welsh=(lang == "cy"), law=tpl.get("law"), force=force)
    res = tpl["fn"](c, r)
    text, meta = (res if isinstance(res, tuple) else (res, {}))
    text = text.strip("\n")
    text = LONDON.sub(lambda m: m.group(2), text)
    steps = []
    if kind in ("pnc-disclosure", "police-callouts", "police-check") and c.force not in text and c.force_cy not in text \
            and "British Transport Police" not in text:
        f = c.force_cy if lang == "cy" else c.force
        text = r.choice([f, f.upper(), f"{f} – Public Protection", f"{f}\nFamily Court Disclosure"]) + "\n" + text
        steps.append("force-letterhead")
    if tpl["email"]:
        part, source = "email", "email"
        sender = meta.get("sender") or default_sender(kind, c, r)
        subject = meta.get("subject", "")
        if r.random() < 0.06 and kind is not None:
            subject = ""
        text, fwd = email_dress(text, c, r, lang, sender, subject, steps)
        if fwd:
            sender, subject = fwd, ("Fwd: " if r.random() < 0.5 else "FW: ") + subject
    else:
        pa = P_ATTACH.get(kind, 0.25) if kind else 0.3
        if r.random() < pa:
            part, source = "attachment", "email"
            sender = meta.get("sender") or default_sender(kind, c, r)
            subject = attach_subject(kind, c, r, lang, meta)
            if r.random() < 0.2:
                text = scan_marks(text, c, r, lang, steps, small=kind in SMALL)
                text = ocr(text, r, 1)
                steps.append("scanned-attachment+ocr1")
        else:
            part, sender, subject = "document", "", ""
            pref = meta.get("src")
            if pref and r.random() < 0.7:
                source = pref
            elif kind in INTERNAL:
                source = r.choices(["scan", "tree", "upload"], [0.3, 0.35, 0.35])[0]
            else:
                source = r.choices(["scan", "tree", "upload"], [0.55, 0.15, 0.3])[0]
            if source == "scan":
                text = scan_marks(text, c, r, lang, steps, small=kind in SMALL)
                if r.random() < 0.55:
                    lvl = r.choice([1, 2, 2, 3])
                    text = ocr(text, r, lvl)
                    steps.append(f"ocr{lvl}")
            text = doc_marks(text, kind, c, r, lang, source, steps)
    fname, fmode = file_name(part, source, kind, c, r, lang, meta, subject)
    rec = OrderedDict()
    rec["id"] = None
    rec["kind"] = kind
    rec["language"] = lang
    rec["part"] = part
    rec["source"] = source
    rec["file_name"] = fname
    rec["sender"] = sender
    rec["subject"] = subject
    rec["text"] = text
    if c.rc:
        rec["record_class"] = c.rc
    if force and force in text:
        FORCE_I[0] += 1  # next force only once this one has been named (and survived the noise)
    rec["recipe"] = f"{tpl['tid']}; {part}/{source}; fname={fmode}" + (("; " + ", ".join(steps)) if steps else "")
    return rec


def build():
    r = R
    kinds = [k for k, _, _, _ in KINDS]
    missing = [k for k in kinds if k not in TEMPLATES]
    assert not missing, f"no templates for {missing}"
    extra11 = set(r.sample(kinds, 15))
    cy3 = set(r.sample(kinds, 6))
    out = []
    for k in kinds:
        tpls = TEMPLATES[k]
        en = [t for t in tpls if t["lang"] == "en"]
        cy = [t for t in tpls if t["lang"] == "cy"]
        n = 11 if k in extra11 else 10
        ncy = 3 if k in cy3 else 2
        r.shuffle(en)
        r.shuffle(cy)
        chosen = [cy[i % len(cy)] for i in range(ncy)] + [en[i % len(en)] for i in range(n - ncy)]
        for t in chosen:
            out.append(make_example(r, k, t))
    en_n = [t for t in NULLS if t["lang"] == "en"]
    cy_n = [t for t in NULLS if t["lang"] == "cy"]
    chosen = list(cy_n) + [en_n[i % len(en_n)] for i in range(25 - len(cy_n))]
    for t in chosen:
        out.append(make_example(r, None, t))
    r.shuffle(out)
    for i, rec in enumerate(out, 1):
        rec["id"] = f"c{i:04d}"
    return out


# ---------------------------------------------------------------------------
# Validate and report
# ---------------------------------------------------------------------------

PARTS = {"document", "attachment", "email"}
SOURCES = {"scan", "tree", "upload", "email"}
CLASSES = {"looked-after-child", "child-protection", "adoption", "foster-carers", "privately-fostered-child",
           "missing-person", "adult-posing-risk", "other-childrens-social-care"}
FIELDS = ["id", "kind", "language", "part", "source", "file_name", "sender", "subject", "text", "recipe"]
CASE_NO = re.compile(r"\b[A-Z]{2}\d{2}[A-Z]\d{5}\b")


def validate(path):
    errs = []
    recs = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                recs.append(json.loads(line))
            except ValueError as e:
                errs.append(f"line {n}: does not parse: {e}")
    ids = Counter(x.get("id") for x in recs)
    errs += [f"duplicate id {i}" for i, v in ids.items() if v > 1]
    for x in recs:
        i = x.get("id", "?")
        keys = set(x)
        need = set(FIELDS)
        if not need <= keys:
            errs.append(f"{i}: missing {sorted(need - keys)}")
        if keys - need - {"record_class"}:
            errs.append(f"{i}: unexpected fields {sorted(keys - need - {'record_class'})}")
        if not str(i).startswith("c"):
            errs.append(f"{i}: id must start with c")
        if x.get("kind") is not None and x.get("kind") not in FOLDER:
            errs.append(f"{i}: unknown kind {x.get('kind')}")
        if x.get("language") not in ("en", "cy"):
            errs.append(f"{i}: bad language")
        if x.get("part") not in PARTS:
            errs.append(f"{i}: bad part")
        if x.get("source") not in SOURCES:
            errs.append(f"{i}: bad source")
        if x.get("part") in ("email", "attachment"):
            if x.get("source") != "email":
                errs.append(f"{i}: {x.get('part')} must have source email")
            if "@" not in (x.get("sender") or ""):
                errs.append(f"{i}: {x.get('part')} needs a sender address")
        else:
            if x.get("source") == "email":
                errs.append(f"{i}: document cannot have source email")
            if x.get("sender") or x.get("subject"):
                errs.append(f"{i}: document must have empty sender/subject")
        if "record_class" in x and x["record_class"] not in CLASSES:
            errs.append(f"{i}: bad record_class")
        if not (x.get("text") or "").strip():
            errs.append(f"{i}: empty text")
        if not (x.get("file_name") or "").strip() or re.search(r'[/\\:*?"<>|]', x.get("file_name", "")):
            errs.append(f"{i}: bad file_name")
        if not x.get("recipe"):
            errs.append(f"{i}: empty recipe")
    kc = Counter(x.get("kind") for x in recs)
    for k in FOLDER:
        if kc.get(k, 0) < 10:
            errs.append(f"kind {k}: only {kc.get(k, 0)} examples")
    return recs, errs


def report(recs):
    def show(title, counter):
        print(f"{title}: " + ", ".join(f"{k} {v}" for k, v in counter.most_common()))
    print(f"total {len(recs)}")
    kc = Counter(x["kind"] or "null" for x in recs)
    cyk = Counter(x["kind"] or "null" for x in recs if x["language"] == "cy")
    print("by kind (total / cy):")
    for k, _, _, _ in KINDS:
        print(f"  {k:<26} {kc[k]:>3} / {cyk[k]}")
    print(f"  {'null':<26} {kc['null']:>3} / {cyk['null']}")
    show("by folder", Counter(FOLDER.get(x["kind"], "none") if x["kind"] else "none" for x in recs))
    show("by language", Counter(x["language"] for x in recs))
    show("by part", Counter(x["part"] for x in recs))
    show("by source", Counter(x["source"] for x in recs))
    show("record_class", Counter(x["record_class"] for x in recs if "record_class" in x))
    show("file names", Counter(x["recipe"].split("fname=")[1].split(";")[0] for x in recs))
    print(f"scans with OCR noise: {sum(1 for x in recs if x['source'] == 'scan' and 'ocr' in x['recipe'])} of {sum(1 for x in recs if x['source'] == 'scan')}")
    tc = {k: len(v) for k, v in TEMPLATES.items()}
    print(f"police forces named: {sum(1 for f in FORCES if any(f in x['text'] for x in recs))} of {len(FORCES)}, British Transport Police: {sum(1 for x in recs if 'British Transport Police' in x['text'])}")
    print(f"templates: {sum(tc.values())} for kinds (min {min(tc.values())} per kind) + {len(NULLS)} null")
    words = sorted(len(x["text"].split()) for x in recs)
    print(f"words per text: median {words[len(words) // 2]}, min {words[0]}, max {words[-1]}")


def main():
    recs = build()
    with open(OUT, "w", encoding="utf-8") as f:
        for x in recs:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    recs, errs = validate(OUT)
    report(recs)
    if errs:
        print("VALIDATION FAILED:")
        for e in errs[:50]:
            print("  " + e)
        sys.exit(1)
    print("validation: OK")


if __name__ == "__main__":
    main()
