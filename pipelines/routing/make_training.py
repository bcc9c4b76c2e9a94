#!/usr/bin/env python3
"""Write pipelines/routing/training.jsonl: a synthetic, labelled training corpus for the
document-routing classifier (kinds in pipelines/routing/kinds.toml; folders per policy 000
Appendix 1; Welsh recording per policy 003).

Standard library only and deterministic: every random choice comes from one
random.Random(SEED), so running this script twice writes the same file byte for byte.

    python3 pipelines/routing/make_training.py

Everything here is invented: people, children, case numbers, addresses, telephone numbers and
events. Organisation names are real public bodies or made-up firms, used only as letterheads.
"""
import datetime as _dt
import json
import os
import re
import random
import sys
import tomllib
from collections import Counter

SEED = 20240611
HERE = os.path.dirname(os.path.abspath(__file__))
KINDS_TOML = os.path.join(HERE, "kinds.toml")
OUT = os.path.join(HERE, "training.jsonl")

# ----------------------------------------------------------------------------------------------
# Name pools (invented people)
# ----------------------------------------------------------------------------------------------
NAMES = {
    "en": dict(
        f="Amy Chloe Sophie Jessica Hannah Lauren Megan Ellie Grace Isla Poppy Freya Ruby Lily Evie Holly Katie Rachel Gemma Leanne Kerry Donna Joanne Stacey Claire Nicola Sarah Emma Louise Kirsty Tanya Jade".split(),
        m="Jack Harry Oliver Charlie George Alfie Leo Noah Oscar Freddie Archie Tyler Kyle Liam Dean Craig Wayne Jason Darren Lee Mark Paul Gary Stephen Ryan Connor Callum Jamie Ben Tom".split(),
        s="Hughes Walker Thompson Robinson Wright Green Hall Wood Clarke Jackson Turner Hill Moore Cooper Ward Harris Baker Shaw Fletcher Barker Atkinson Holt Pearson Marsden Brennan Riley Kershaw Whitaker Sutcliffe Gill".split()),
    "cy": dict(
        f="Cerys Ffion Nia Seren Mali Elin Lowri Catrin Sioned Alaw Megan Gwen Angharad Llinos Rhiannon Eleri Heledd Manon Non Tesni Lleucu Bethan Nerys Carys".split(),
        m="Dylan Osian Gethin Rhys Ioan Iwan Steffan Dafydd Gruffudd Cai Tomos Aled Emyr Huw Geraint Llŷr Owain Gwion Elis Deio Rhodri Tudur".split(),
        s="Jones Williams Davies Evans Thomas Roberts Lewis Morgan Griffiths Owen Pritchard Parry Hughes Lloyd Rees Jenkins Prosser Vaughan Bowen Pugh Rowlands Ellis".split()),
    "sa": dict(
        f="Aisha Fatima Zara Priya Simran Amira Noor Hira Sana Anjali Ayesha Mariam Rukhsana Shazia Nadia Kiran".split(),
        m="Ayaan Zain Arjun Imran Hamza Bilal Rehan Kabir Harjit Faisal Tariq Yusuf Adnan Sunil Omar Rahul".split(),
        s="Patel Khan Hussain Akhtar Begum Mahmood Sharma Singh Iqbal Rahman Chaudhry Bibi Ahmed Kaur Malik Shah".split()),
    "ee": dict(
        f="Natalia Agnieszka Ewa Oliwia Zuzanna Ioana Andreea Ieva Kristina Daria Milena Alina Katarzyna Monika".split(),
        m="Jakub Tomasz Piotr Mateusz Kacper Andrei Mihai Lukas Marius Dawid Bartosz Florin Vytautas Pavel".split(),
        s="Kowalski Nowak Wiśniewska Lewandowski Zielinski Popescu Ionescu Kazlauskas Petrauskas Dobrev Horvath Nowicka Kaminski Stan".split()),
    "af": dict(
        f="Abena Chidinma Ngozi Amara Kemi Tiwa Zainab Adaeze Shanice Tamika Kezia Jasmine".split(),
        m="Kwame Tunde Chidi Emeka Kofi Jermaine Marlon Tyrone Dwayne Olu Segun Delroy".split(),
        s="Okafor Adeyemi Mensah Owusu Campbell Francis Bailey Okoro Asante Boateng Clarke-Brown Thompson-Reid".split()),
    "ie": dict(
        f="Siobhan Aoife Niamh Ciara Roisin Orla Maeve Saoirse".split(),
        m="Declan Cian Padraig Eoin Ronan Fionn Liam Cathal".split(),
        s="O'Brien Murphy Byrne Doyle Kelly Gallagher McCarthy Flanagan".split()),
}
STAFF_F = "Helen Joanne Bethan Priya Angela Sian Kate Ruth Deborah Nia Olwen Amanda Farida Lucy Megan Carol Gwenllian Rebecca Tamsin Yvonne".split()
STAFF_M = "David Richard Gareth Andrew Sajid Neil Emlyn Simon Martin Huw Kevin Daniel Ifan Graham Matthew Chukwuma Robert".split()
STAFF_S = "Ashworth Bamford Cartwright Davies Edwards Fairbrother Gough Hargreaves Iqbal Jenkins Kendrick Llewellyn Mistry Nolan Pryce Quigley Rowe Sandhu Tregarthen Underwood Vaughan Whitfield Yeoman Zaman Baptiste Lis Morgan-Price ap Gwilym Oduya Rafferty".split()

STREETS = ["Beech Grove", "Church Lane", "Station Road", "Mill Street", "Victoria Terrace", "Kingsway", "Ashfield Close", "Laburnum Avenue", "Park View", "Holly Bank", "Alma Road", "Clifton Street", "Moorside Drive", "Wellington Court", "Orchard Way", "Springfield Road", "Canal Side", "Hawthorn Crescent"]
STREETS_CY = ["Stryd Fawr", "Heol y Parc", "Ffordd yr Orsaf", "Maes y Llan", "Stryd y Bont", "Lôn Goed", "Bryn Awel", "Heol Eglwys", "Ffordd Caergybi", "Stad Tan y Bryn", "Rhes Fictoria", "Cae Bryn", "Pen y Maes", "Heol Dinefwr"]

# ----------------------------------------------------------------------------------------------
# Organisations
# ----------------------------------------------------------------------------------------------
def _org(name, dom, town, pc, cy=None, **kw):
    d = dict(name=name, dom=dom, town=town, pc=pc, cy=cy or name)
    d.update(kw)
    return d

COUNCILS_EN = [
    _org("Leeds City Council", "leeds.gov.uk", "Leeds", "LS2 8BB", dept="Children and Families"),
    _org("Manchester City Council", "manchester.gov.uk", "Manchester", "M60 2LA", dept="Children's Services"),
    _org("Birmingham Children's Trust", "birminghamchildrenstrust.co.uk", "Birmingham", "B1 1BB", dept="Children's Advice and Support Service"),
    _org("Kent County Council", "kent.gov.uk", "Maidstone", "ME14 1XX", dept="Integrated Children's Services"),
    _org("Norfolk County Council", "norfolk.gov.uk", "Norwich", "NR1 2DH", dept="Children's Services"),
    _org("Devon County Council", "devon.gov.uk", "Exeter", "EX2 4QD", dept="Children's Social Care"),
    _org("Lancashire County Council", "lancashire.gov.uk", "Preston", "PR1 8XJ", dept="Children's Social Care"),
    _org("London Borough of Lambeth", "lambeth.gov.uk", "London", "SW2 1RW", dept="Children's Social Care"),
    _org("Royal Borough of Greenwich", "royalgreenwich.gov.uk", "London", "SE18 6HQ", dept="Children and Young People"),
    _org("Sheffield City Council", "sheffield.gov.uk", "Sheffield", "S1 2HH", dept="Children and Families Service"),
    _org("Bristol City Council", "bristol.gov.uk", "Bristol", "BS1 5TR", dept="Children and Families Services"),
    _org("Nottinghamshire County Council", "nottscc.gov.uk", "West Bridgford", "NG2 7QP", dept="Children and Families"),
    _org("Doncaster Children's Services Trust", "dcstrust.co.uk", "Doncaster", "DN1 3BU", dept="Front Door"),
    _org("Hertfordshire County Council", "hertfordshire.gov.uk", "Hertford", "SG13 8DE", dept="Children's Services"),
    _org("Cumberland Council", "cumberland.gov.uk", "Carlisle", "CA3 8QG", dept="Children's Services"),
    _org("Bradford Children and Families Trust", "bradfordcft.org.uk", "Bradford", "BD1 1HX", dept="Integrated Front Door"),
    _org("Newcastle City Council", "newcastle.gov.uk", "Newcastle", "NE1 8QH", dept="Children's Social Care"),
]
COUNCILS_CY = [
    _org("Cardiff Council", "caerdydd.gov.uk", "Cardiff", "CF10 4UW", cy="Cyngor Caerdydd", town_cy="Caerdydd", dept="Children's Services", dept_cy="Gwasanaethau Plant"),
    _org("Denbighshire County Council", "sirddinbych.gov.uk", "Ruthin", "LL15 1YN", cy="Cyngor Sir Ddinbych", town_cy="Rhuthun", dept="Children's Services", dept_cy="Gwasanaethau Plant"),
    _org("Gwynedd Council", "gwynedd.llyw.cymru", "Caernarfon", "LL55 1SH", cy="Cyngor Gwynedd", town_cy="Caernarfon", dept="Children and Supporting Families", dept_cy="Plant a Chefnogi Teuluoedd"),
    _org("Isle of Anglesey County Council", "ynysmon.llyw.cymru", "Llangefni", "LL77 7TW", cy="Cyngor Sir Ynys Môn", town_cy="Llangefni", dept="Children and Families Services", dept_cy="Gwasanaethau Plant a Theuluoedd"),
    _org("Swansea Council", "abertawe.gov.uk", "Swansea", "SA1 3SN", cy="Cyngor Abertawe", town_cy="Abertawe", dept="Child and Family Services", dept_cy="Gwasanaethau Plant a Theuluoedd"),
    _org("Carmarthenshire County Council", "sirgar.llyw.cymru", "Carmarthen", "SA31 1JP", cy="Cyngor Sir Gâr", town_cy="Caerfyrddin", dept="Children's Services", dept_cy="Gwasanaethau Plant"),
    _org("Ceredigion County Council", "ceredigion.gov.uk", "Aberaeron", "SA46 0PA", cy="Cyngor Sir Ceredigion", town_cy="Aberaeron", dept="Porth Gofal", dept_cy="Porth Gofal"),
    _org("Wrexham County Borough Council", "wrecsam.gov.uk", "Wrexham", "LL11 1AY", cy="Cyngor Bwrdeistref Sirol Wrecsam", town_cy="Wrecsam", dept="Children's Social Care", dept_cy="Gofal Cymdeithasol Plant"),
    _org("Conwy County Borough Council", "conwy.gov.uk", "Conwy", "LL32 8DU", cy="Cyngor Bwrdeistref Sirol Conwy", town_cy="Conwy", dept="Children, Families and Safeguarding", dept_cy="Plant, Teuluoedd a Diogelu"),
    _org("Newport City Council", "casnewydd.gov.uk", "Newport", "NP20 4UR", cy="Cyngor Dinas Casnewydd", town_cy="Casnewydd", dept="Children's Services", dept_cy="Gwasanaethau Plant"),
    _org("Powys County Council", "powys.gov.uk", "Llandrindod Wells", "LD1 5LG", cy="Cyngor Sir Powys", town_cy="Llandrindod", dept="Children's Services", dept_cy="Gwasanaethau Plant"),
]
POLICE_EN = [
    _org("West Yorkshire Police", "westyorkshire.police.uk", "Wakefield", "WF2 0QQ", unit="Safeguarding Central Referral Unit"),
    _org("Greater Manchester Police", "gmp.police.uk", "Manchester", "M8 5RX", unit="Public Protection Division"),
    _org("West Midlands Police", "westmidlands.police.uk", "Birmingham", "B4 6NQ", unit="Public Protection Unit, Disclosure Team"),
    _org("Kent Police", "kent.police.uk", "Maidstone", "ME15 9BZ", unit="Central Referral Unit"),
    _org("Metropolitan Police Service", "met.police.uk", "London", "SW1A 2JL", unit="MASH, Specialist Crime"),
    _org("Lancashire Constabulary", "lancashire.police.uk", "Preston", "PR4 5SB", unit="Safeguarding Hub"),
    _org("Devon & Cornwall Police", "dc.police.uk", "Exeter", "EX2 7HQ", unit="Central Safeguarding Team"),
    _org("Avon and Somerset Constabulary", "avonandsomerset.police.uk", "Portishead", "BS20 8QJ", unit="Lighthouse Safeguarding Unit"),
    _org("Norfolk Constabulary", "norfolk.police.uk", "Wymondham", "NR18 0WW", unit="Multi-Agency Safeguarding Hub"),
    _org("Northumbria Police", "northumbria.police.uk", "Newcastle", "NE1 4BB", unit="Safeguarding Department"),
    _org("South Yorkshire Police", "southyorks.police.uk", "Sheffield", "S9 3AW", unit="Information Sharing Unit"),
    _org("Nottinghamshire Police", "notts.police.uk", "Nottingham", "NG5 8PP", unit="Family Court Disclosure Team"),
    _org("Cumbria Constabulary", "cumbria.police.uk", "Penrith", "CA10 2AU", unit="Safeguarding Hub"),
    _org("Hertfordshire Constabulary", "herts.police.uk", "Welwyn Garden City", "AL7 1HL", unit="Child Protection Disclosure Unit"),
]
POLICE_CY = [
    _org("North Wales Police", "northwales.police.uk", "Colwyn Bay", "LL29 8AW", cy="Heddlu Gogledd Cymru", unit="Central Referral Unit", unit_cy="Uned Atgyfeirio Ganolog"),
    _org("Dyfed-Powys Police", "dyfed-powys.police.uk", "Carmarthen", "SA31 2PF", cy="Heddlu Dyfed-Powys", unit="Public Protection Unit", unit_cy="Uned Diogelu'r Cyhoedd"),
    _org("South Wales Police", "south-wales.police.uk", "Bridgend", "CF31 3SU", cy="Heddlu De Cymru", unit="Multi-Agency Safeguarding Hub", unit_cy="Hyb Diogelu Amlasiantaethol"),
    _org("Gwent Police", "gwent.police.uk", "Cwmbran", "NP44 2XJ", cy="Heddlu Gwent", unit="Safeguarding Disclosure Unit", unit_cy="Uned Datgelu Diogelu"),
]
COURTS_EN = [
    _org("Family Court at Leeds", "justice.gov.uk", "Leeds", "LS1 3BG", code="LS", mail="leeds.family"),
    _org("Manchester Civil Justice Centre", "justice.gov.uk", "Manchester", "M60 9DJ", code="MA", mail="manchester.family"),
    _org("Birmingham Civil and Family Justice Centre", "justice.gov.uk", "Birmingham", "B4 6DS", code="BM", mail="birmingham.family"),
    _org("Family Court at Canterbury", "justice.gov.uk", "Canterbury", "CT1 2XE", code="CT", mail="canterbury.family"),
    _org("Family Court at Norwich", "justice.gov.uk", "Norwich", "NR3 1UR", code="NR", mail="norwich.family"),
    _org("Family Court at Exeter", "justice.gov.uk", "Exeter", "EX1 1UH", code="EX", mail="exeter.family"),
    _org("Family Court at Preston", "justice.gov.uk", "Preston", "PR1 2LL", code="PR", mail="preston.family"),
    _org("East London Family Court", "justice.gov.uk", "London", "E14 2BB", code="ZE", mail="eastlondon.family"),
    _org("Central Family Court", "justice.gov.uk", "London", "WC1V 6NP", code="ZC", mail="cfc.private"),
    _org("Bristol Civil and Family Justice Centre", "justice.gov.uk", "Bristol", "BS1 6GR", code="BS", mail="bristol.family"),
    _org("Family Court at Sheffield", "justice.gov.uk", "Sheffield", "S3 8LG", code="SF", mail="sheffield.family"),
    _org("Family Court at Nottingham", "justice.gov.uk", "Nottingham", "NG2 1EE", code="NG", mail="nottingham.family"),
    _org("Family Court at Newcastle upon Tyne", "justice.gov.uk", "Newcastle", "NE1 3LA", code="NE", mail="newcastle.family"),
    _org("Family Court at Carlisle", "justice.gov.uk", "Carlisle", "CA1 1RP", code="CL", mail="carlisle.family"),
    _org("Family Court at Watford", "justice.gov.uk", "Watford", "WD17 1ST", code="WD", mail="watford.family"),
]
COURTS_CY = [
    _org("Cardiff Civil and Family Justice Centre", "justice.gov.uk", "Cardiff", "CF10 1ET", cy="Canolfan Cyfiawnder Sifil a Theulu Caerdydd", town_cy="Caerdydd", code="CF", mail="cardiff.family"),
    _org("Swansea Civil Justice Centre", "justice.gov.uk", "Swansea", "SA1 1SP", cy="Canolfan Cyfiawnder Sifil Abertawe", town_cy="Abertawe", code="SA", mail="swansea.family"),
    _org("Family Court at Wrexham", "justice.gov.uk", "Wrexham", "LL13 8PF", cy="Y Llys Teulu yn Wrecsam", town_cy="Wrecsam", code="WX", mail="wrexham.family"),
    _org("Caernarfon Justice Centre", "justice.gov.uk", "Caernarfon", "LL55 1BF", cy="Canolfan Gyfiawnder Caernarfon", town_cy="Caernarfon", code="CN", mail="caernarfon.family"),
    _org("Family Court at Prestatyn", "justice.gov.uk", "Prestatyn", "LL19 9RD", cy="Y Llys Teulu ym Mhrestatyn", town_cy="Prestatyn", code="PT", mail="prestatyn.family"),
    _org("Family Court at Newport", "justice.gov.uk", "Newport", "NP20 1GA", cy="Y Llys Teulu yng Nghasnewydd", town_cy="Casnewydd", code="NP", mail="newport.family"),
    _org("Family Court at Aberystwyth", "justice.gov.uk", "Aberystwyth", "SY23 1RY", cy="Y Llys Teulu yn Aberystwyth", town_cy="Aberystwyth", code="AB", mail="aberystwyth.family"),
]
HIGH_COURT = _org("High Court of Justice, Family Division", "justice.gov.uk", "London", "WC2A 2LL", cy="Yr Uchel Lys, Adran Deulu", town_cy="Llundain", code="FD", mail="rcj.familydivision")

SOLICITORS_EN = [
    _org("Harrison Clarke LLP", "harrisonclarke.co.uk", "Leeds", "LS1 4DY"), _org("Bhatt & Co Solicitors", "bhattco.law", "Birmingham", "B3 2HJ"),
    _org("Pennine Family Law", "penninefamilylaw.co.uk", "Halifax", "HX1 1UB"), _org("Okafor Reid Solicitors", "okaforreid.com", "London", "SE1 7TP"),
    _org("Waterside Family Law", "watersidefamilylaw.co.uk", "Bristol", "BS1 4ST"), _org("Aspen Law LLP", "aspenlaw.co.uk", "Norwich", "NR2 1QA"),
    _org("Hamer & Wright", "hamerwright.co.uk", "Preston", "PR1 3NT"), _org("Novak Sterling Solicitors", "novaksterling.co.uk", "Manchester", "M2 5GP"),
    _org("Castle Street Legal", "castlestreetlegal.co.uk", "Exeter", "EX4 3PT"), _org("Kershaw Moss Solicitors", "kershawmoss.co.uk", "Sheffield", "S1 2JE"),
    _org("Ridley & Asante LLP", "ridleyasante.co.uk", "Newcastle", "NE1 6SS"),
]
SOLICITORS_CY = [
    _org("Morgan Lloyd Solicitors", "morganlloyd.cymru", "Caernarfon", "LL55 2BD", cy="Morgan Lloyd Cyfreithwyr"),
    _org("Gwilym Hughes & Partners", "gwilymhughes.co.uk", "Wrexham", "LL11 1RR", cy="Gwilym Hughes a'i Bartneriaid"),
    _org("Jones Jenkins Williams", "jjwlaw.cymru", "Carmarthen", "SA31 1PG", cy="Jones Jenkins Williams Cyfreithwyr"),
    _org("Prydderch & Rees", "prydderchrees.co.uk", "Cardiff", "CF10 3AT", cy="Prydderch a Rees"),
    _org("Swyddfa Gyfreithiol Menai", "menailaw.cymru", "Bangor", "LL57 1UL", cy="Swyddfa Gyfreithiol Menai"),
]
SCHOOLS_EN = ["St Oswald's CE Primary School", "Hillcrest Academy", "Meadowbank Primary School", "Brinsworth Academy", "Oakfield Junior School", "Our Lady of Lourdes RC Primary", "Kingsmead Community School", "Thornhill Infant and Nursery School", "Highfield Park Secondary School", "Sacred Heart Catholic College"]
SCHOOLS_CY = ["Ysgol Glan Clwyd", "Ysgol y Moelwyn", "Ysgol Gymraeg Bro Morgannwg", "Ysgol Gynradd Pen Barras", "Ysgol Syr Hugh Owen", "Ysgol Bro Teifi", "Ysgol Gymraeg Treganna", "Ysgol Gynradd Llanrug", "Ysgol Maes Garmon"]
GPS_EN = ["Kirkgate Medical Practice", "Parkside Surgery", "The Willows Health Centre", "Riverside Medical Centre", "Northgate Family Practice", "Elm Tree Surgery"]
GPS_CY = ["Meddygfa Tŷ Gwyn", "Canolfan Iechyd y Bala", "Meddygfa'r Bont", "Meddygfa Penygroes", "Canolfan Feddygol Aberaeron"]
CENTRES_EN = ["Rainbow Child Contact Centre", "Bridges Contact Centre, Wakefield", "Little Acorns Child Contact Centre", "Harbour House Family Centre", "St Mark's Contact Centre"]
CENTRES_CY = ["Canolfan Gyswllt Plant Bangor", "Canolfan Deulu Tŷ Enfys", "Canolfan Gyswllt Plant Caerfyrddin"]
SPIP_EN = ["Relate (SPIP provider)", "Family Matters Parenting Programmes", "Together Apart SPIP", "Pathways Family Support CIC"]
SPIP_CY = ["Gweithio Gyda'n Gilydd er mwyn Plant (WT4C)", "Cyfle Teulu Cymru", "Relate Cymru"]
DAPP = ["ChangePath DAPP", "Safer Futures Programme", "Respect-accredited Building Better Relationships service", "Cyfle i Newid (DAPP Cymru)"]
EXPERTS = [
    ("Dr Helen Marchetti", "Chartered Clinical Psychologist", "CPsychol, HCPC PYL04412"),
    ("Dr Owain Prydderch", "Consultant Child and Adolescent Psychiatrist", "MB BCh MRCPsych"),
    ("Dr Farah Qureshi", "Consultant Forensic Psychologist", "DClinPsy, HCPC PYL22871"),
    ("Dr Tomasz Wilk", "Clinical Psychologist", "BSc DClinPsy"),
    ("Janine Okoro", "Independent Social Worker", "BA MA SWE registered"),
    ("Dr Rhiannon Bevan", "Consultant Paediatrician", "MBBCh FRCPCH"),
    ("Dr Simon Achterberg", "Chartered Psychologist", "PhD CPsychol AFBPsS"),
]
LABS = ["Trident Toxicology Ltd", "Hairline Testing Services", "ClearPath Forensic Laboratories"]
CAFCASS_OFFICES = [
    ("Leeds", "Cafcass, 4th Floor, Park Lane House, Leeds LS3 1EL"), ("Manchester", "Cafcass, Aquis House, 49-51 Blagrave Street"),
    ("Birmingham", "Cafcass, 1 Victoria Square, Birmingham B1 1BD"), ("Chatham", "Cafcass, Anchorage House, Chatham ME4 4UH"),
    ("Norwich", "Cafcass, Rosebery Court, Norwich NR1 1WP"), ("Exeter", "Cafcass, Renslade House, Exeter EX4 3AN"),
    ("Preston", "Cafcass, Unit 2, Dunkirk Court, Preston PR1 1XX"), ("Bristol", "Cafcass, 2 Rivergate, Bristol BS1 6EH"),
    ("Sheffield", "Cafcass, Castle Market Building, Sheffield S1 2AF"), ("Newcastle", "Cafcass, Citygate, Newcastle NE1 4WH"),
    ("National Business Centre", "Cafcass, Headquarters, 21 Bloomsbury Street, London WC1B 3HF"),
]
CYMRU_OFFICES = [
    ("Llandudno Junction", "Cyffordd Llandudno", "Sarn Mynach, Cyffordd Llandudno LL31 9RZ"),
    ("Cardiff", "Caerdydd", "Parc Cathays, Caerdydd CF10 3NQ"),
    ("Swansea", "Abertawe", "Tŷ Afon, Abertawe SA1 8PP"),
    ("Carmarthen", "Caerfyrddin", "Adeiladau'r Llywodraeth, Caerfyrddin SA31 3BT"),
    ("Wrexham", "Wrecsam", "Tŷ Carrick, Wrecsam LL11 1AJ"),
    ("Caernarfon", "Caernarfon", "Swyddfeydd y Llywodraeth, Caernarfon LL55 1EP"),
]
JUDGES_EN = ["District Judge Harcourt", "DJ Mensah", "Her Honour Judge Whitlock", "HHJ Bellamy", "Recorder Adeyemi", "District Judge (MC) Farrow", "His Honour Judge Pemberton", "Deputy District Judge Lowe", "Lay Justices (Mrs Ellis, Mr Shah, Mr Copley)"]
JUDGES_CY = ["Barnwr Rhanbarth Griffiths", "Ei Anrhydedd y Barnwr Pryce", "Barnwr Rhanbarth Elis", "Ynadon (Mrs Rowlands, Mr Parry)", "Ei Hanrhydedd y Farnwraig Morgan"]
JUDGES_CY_EN = ["District Judge Griffiths", "HHJ Pryce", "District Judge Elis", "Her Honour Judge Morgan", "Recorder Tudur"]

# which councils and police force usually go with a court (a family may also have moved: see Case)
REGION = {
    "LS": (["Leeds City Council", "Bradford Children and Families Trust"], "West Yorkshire Police"), "MA": (["Manchester City Council"], "Greater Manchester Police"),
    "BM": (["Birmingham Children's Trust"], "West Midlands Police"), "CT": (["Kent County Council"], "Kent Police"), "NR": (["Norfolk County Council"], "Norfolk Constabulary"),
    "EX": (["Devon County Council"], "Devon & Cornwall Police"), "PR": (["Lancashire County Council"], "Lancashire Constabulary"),
    "ZE": (["Royal Borough of Greenwich"], "Metropolitan Police Service"), "ZC": (["London Borough of Lambeth"], "Metropolitan Police Service"),
    "BS": (["Bristol City Council"], "Avon and Somerset Constabulary"), "SF": (["Sheffield City Council", "Doncaster Children's Services Trust"], "South Yorkshire Police"),
    "NG": (["Nottinghamshire County Council"], "Nottinghamshire Police"), "NE": (["Newcastle City Council"], "Northumbria Police"), "CL": (["Cumberland Council"], "Cumbria Constabulary"),
    "WD": (["Hertfordshire County Council"], "Hertfordshire Constabulary"),
    "CF": (["Cardiff Council"], "South Wales Police"), "SA": (["Swansea Council"], "South Wales Police"), "WX": (["Wrexham County Borough Council"], "North Wales Police"),
    "CN": (["Gwynedd Council", "Isle of Anglesey County Council"], "North Wales Police"), "PT": (["Denbighshire County Council", "Conwy County Borough Council"], "North Wales Police"),
    "NP": (["Newport City Council"], "Gwent Police"), "AB": (["Ceredigion County Council", "Powys County Council", "Carmarthenshire County Council"], "Dyfed-Powys Police"),
}

# ----------------------------------------------------------------------------------------------
# Dates
# ----------------------------------------------------------------------------------------------
MONTHS_CY = ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr"]
DAYS_CY = ["Dydd Llun", "Dydd Mawrth", "Dydd Mercher", "Dydd Iau", "Dydd Gwener", "Dydd Sadwrn", "Dydd Sul"]
NUM_CY = {1: "un", 2: "dau", 3: "tri", 4: "pedwar", 5: "pump", 6: "chwech", 7: "saith", 8: "wyth", 9: "naw", 10: "deg",
          11: "un ar ddeg", 12: "deuddeg", 13: "tri ar ddeg", 14: "pedwar ar ddeg", 15: "pymtheg", 16: "un ar bymtheg"}


def fmt_date(r, d, cy=False, style=None):
    if style is None:
        style = r.choice(["num", "long", "long", "short", "dots", "day"])
    if cy and style in ("long", "short", "day"):
        s = f"{d.day} {MONTHS_CY[d.month - 1]} {d.year}"
        return f"{DAYS_CY[d.weekday()]} {s}" if style == "day" else s
    if style == "num":
        return d.strftime("%d/%m/%Y")
    if style == "long":
        return f"{d.day} {d.strftime('%B %Y')}"
    if style == "short":
        return f"{d.day} {d.strftime('%b %Y')}"
    if style == "dots":
        return d.strftime("%d.%m.%y")
    if style == "day":
        return f"{d.strftime('%A')} {d.day} {d.strftime('%B %Y')}"
    if style == "iso":
        return d.isoformat()
    return d.strftime("%d/%m/%Y")


def J(*parts):
    """Join the non-empty parts with newlines (a part may be a list)."""
    out = []
    for p in parts:
        if p is None or p == "":
            continue
        if isinstance(p, (list, tuple)):
            out.extend(x for x in p if x)
        else:
            out.append(p)
    return "\n".join(out)


def pick_n(r, seq, n):
    seq = list(seq)
    r.shuffle(seq)
    return seq[:n]


# ----------------------------------------------------------------------------------------------
# A case: the invented people and organisations one example is about
# ----------------------------------------------------------------------------------------------
YN_CY = {"Caerdydd": "yng Nghaerdydd", "Caernarfon": "yng Nghaernarfon", "Prestatyn": "ym Mhrestatyn", "Casnewydd": "yng Nghasnewydd", "Llundain": "yn Llundain"}


class Case:
    def __init__(self, r, cy, public=False, high=False):
        self.r = r
        self.cy = cy
        self.public = public
        p = r.choice
        self.part = "document"
        # an English document can come from Wales too (most Welsh cases are heard in English)
        self.wales = wales = cy or r.random() < 0.12
        # culture of each parent
        cult = ["cy"] * 6 + ["en"] * 3 + ["sa", "ee", "af", "ie"] if wales else ["en"] * 7 + ["sa"] * 3 + ["ee"] * 2 + ["af"] * 2 + ["ie", "cy"]
        cm, cf = p(cult), p(cult)
        if r.random() < 0.5:
            cf = cm
        nm, nf = NAMES[cm], NAMES[cf]
        self.mum_f, self.mum_s = p(nm["f"]), p(nm["s"])
        self.dad_f, self.dad_s = p(nf["m"]), p(nf["s"])
        if r.random() < 0.15:
            self.mum_s = self.dad_s
        kidpool = NAMES[p([cm, cf])]
        nk = p([1, 1, 2, 2, 2, 3])
        self.t0 = _dt.date(2015, 1, 5) + _dt.timedelta(days=r.randrange(0, 3800))
        self.kids = []
        used = set()
        surname = p([self.dad_s, self.mum_s, self.dad_s])
        for i in range(nk):
            while True:
                g = p("fm")
                n = p(kidpool[g])
                if n not in used and n not in (self.mum_f, self.dad_f):
                    break
            used.add(n)
            age = r.randint(1, 15)
            dob = self.t0 - _dt.timedelta(days=age * 365 + r.randrange(30, 330))
            self.kids.append(dict(first=n, sur=surname, age=age, dob=dob, g=g))
        self.kids.sort(key=lambda k: -k["age"])
        k0 = self.kids[0]
        self.ch, self.ch_age, self.ch_g = k0["first"], k0["age"], k0["g"]
        self.ch_full = f"{k0['first']} {k0['sur']}"
        self.ch_dob = k0["dob"]
        self.he = "he" if self.ch_g == "m" else "she"
        self.him = "him" if self.ch_g == "m" else "her"
        self.his = "his" if self.ch_g == "m" else "her"
        self.kid_names = self._and([k["first"] for k in self.kids], "and")
        self.kid_names_cy = self._and([k["first"] for k in self.kids], "a")
        self.n_kids = nk
        self.mum = f"{self.mum_f} {self.mum_s}"
        self.dad = f"{self.dad_f} {self.dad_s}"
        if r.random() < 0.6:
            self.app, self.resp, self.app_role, self.resp_role = self.dad, self.mum, "father", "mother"
        else:
            self.app, self.resp, self.app_role, self.resp_role = self.mum, self.dad, "mother", "father"
        self.app_role_cy = "tad" if self.app_role == "father" else "mam"
        self.resp_role_cy = "tad" if self.resp_role == "father" else "mam"
        # organisations
        self.court = HIGH_COURT if high else p(COURTS_CY if wales else COURTS_EN)
        self.council = p(COUNCILS_CY if wales else COUNCILS_EN)
        self.police = p(POLICE_CY if wales else POLICE_EN)
        if self.court["code"] in REGION and r.random() < 0.85:
            names, force = REGION[self.court["code"]]
            cname = p(names)
            self.council = next(o for o in COUNCILS_EN + COUNCILS_CY if o["name"] == cname)
            self.police = next(o for o in POLICE_EN + POLICE_CY if o["name"] == force)
        sols = SOLICITORS_CY if wales else SOLICITORS_EN
        self.sol_a, self.sol_r, self.sol_c = pick_n(r, sols, 3)
        self.school = p(SCHOOLS_CY if wales else SCHOOLS_EN)
        self.gp = p(GPS_CY if wales else GPS_EN)
        self.centre = p(CENTRES_CY if wales else CENTRES_EN)
        self.spip = p(SPIP_CY if wales else SPIP_EN)
        self.expert = p(EXPERTS)
        self.judge = p(JUDGES_CY_EN if wales else JUDGES_EN)
        self.judge_cy = p(JUDGES_CY)
        if high:
            self.judge = p(["Mr Justice Hartley", "Mrs Justice Oyelaran", "Ms Justice Penrose", "Mr Justice Llewellyn"])
        if wales:
            o = p(CYMRU_OFFICES)
            self.office, self.office_cy, self.office_addr = o
        else:
            o = p(CAFCASS_OFFICES)
            self.office, self.office_cy, self.office_addr = o[0], o[0], o[1]
        # staff
        self.fca = self.staff()
        self.fca_f = self.fca.split()[0]
        self.sm = self.staff()
        self.sw = self.staff()
        self.lawyer = self.staff()
        # case number
        yr = (self.t0.year - 2000) % 100
        if high:
            self.caseno = f"FD{yr:02d}{p('PC')}{r.randrange(10, 999):05d}"
        else:
            self.caseno = f"{self.court['code']}{yr:02d}{'C' if public else 'P'}{r.randrange(10, 99999):05d}"
        if public:
            cname = self.council["cy"] if cy and r.random() < 0.3 else self.council["name"]
            self.case_name = f"{cname} v {self.mum_s}" + (f" and {self.dad_s}" if self.dad_s != self.mum_s and r.random() < 0.5 else "")
        else:
            self.case_name = f"{self.app.split()[-1]} v {self.resp.split()[-1]}"
        # addresses
        self.addr_m = self.addr()
        self.addr_f = self.addr()
        self.town = self.council.get("town_cy" if cy else "town")
        if wales and not cy:
            self.office = self.office.replace("Cyffordd Llandudno", "Llandudno Junction")

    @staticmethod
    def _and(xs, word):
        if word == "a" and xs[-1][:1].upper() in "AEIOUWY":
            word = "ac"
        return xs[0] if len(xs) == 1 else ", ".join(xs[:-1]) + f" {word} " + xs[-1]

    def p(self, *opts):
        return self.r.choice(opts)

    def chance(self, x):
        return self.r.random() < x

    def staff(self):
        r = self.r
        f = r.choice(STAFF_F + STAFF_M)
        return f"{f} {r.choice(STAFF_S)}"

    def person(self, culture=None):
        r = self.r
        c = culture or r.choice(["cy", "en", "cy"] if self.wales else ["en", "en", "sa", "ee", "af", "ie"])
        return f"{r.choice(NAMES[c][r.choice('fm')])} {r.choice(NAMES[c]['s'])}"

    def addr(self):
        r = self.r
        if self.wales:
            return f"{r.randint(1, 120)} {r.choice(STREETS_CY)}, {self.council['town_cy'] if r.random() < 0.5 else self.council['town']}, {self.council['pc'][:4].strip()} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        return f"{r.randint(1, 220)} {r.choice(STREETS)}, {self.council['town']}, {self.council['pc'][:4].strip()} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"

    def d(self, off=0, style=None, cy=None):
        """A date `off` days after the case start, formatted in a random (or given) style."""
        return fmt_date(self.r, self.t0 + _dt.timedelta(days=off), self.cy if cy is None else cy, style)

    def dob(self, k=None, cy=None):
        k = k or self.kids[0]
        return fmt_date(self.r, k["dob"], self.cy if cy is None else cy, self.r.choice(["num", "long"]))

    def tel(self):
        r = self.r
        return r.choice([f"07{r.randint(100, 999)} {r.randint(100000, 999999)}", f"0{r.randint(1132, 1992)} {r.randint(100000, 999999)}", f"0300 {r.randint(100, 999)} {r.randint(1000, 9999)}"])

    def email_of(self, name, dom):
        n = name.lower().replace("'", "").replace("ŷ", "y").split()
        st = self.r.choice(["{f}.{s}", "{f}{s}", "{i}{s}", "{f}.{s}{n}"])
        return st.format(f=n[0], s=n[-1], i=n[0][0], n=self.r.randint(1, 9)) + "@" + dom

    def kids_list(self, cy=False):
        if cy:
            return [f"{k['first']} {k['sur']} (ganwyd {fmt_date(self.r, k['dob'], True, 'long')})" for k in self.kids]
        return [f"{k['first']} {k['sur']} (born {fmt_date(self.r, k['dob'], False, self.r.choice(['num', 'long']))})" for k in self.kids]

    def kids_ages(self, cy=False):
        if cy:
            return self._and([f"{k['first']} ({k['age']} oed)" for k in self.kids], "a")
        return self._and([f"{k['first']} ({k['age']})" for k in self.kids], "and")

    def court_name(self, cy=False):
        return self.court["cy"] if cy else self.court["name"]

    def court_head(self, cy=None):
        """The heading of a court document."""
        cy = self.cy if cy is None else cy
        r = self.r
        if self.court is HIGH_COURT:
            return J("IN THE HIGH COURT OF JUSTICE", "FAMILY DIVISION", f"Case No: {self.caseno}")
        town = self.court["town"]
        if cy:
            yn = YN_CY.get(self.court["town_cy"], "yn " + self.court["town_cy"])
            return J(r.choice(["YN Y LLYS TEULU", "Y LLYS TEULU"]), f"YN EISTEDD {yn.upper()}", f"Rhif yr achos: {self.caseno}")
        return r.choice([
            J("IN THE FAMILY COURT", f"SITTING AT {town.upper()}", f"Case No: {self.caseno}"),
            J(f"In the Family Court at {town}", f"No. {self.caseno}"),
            J(f"Case number {self.caseno}", f"The Family Court sitting at {self.court['name'].replace('Family Court at ', '')}"),
            J(f"{self.caseno}", "IN THE FAMILY COURT", f"AT {town.upper()}"),
        ])

    def matter(self, cy=None):
        cy = self.cy if cy is None else cy
        if cy:
            return J("YN ACHOS DEDDF PLANT 1989", "AC YN ACHOS " + self._and([f"{k['first'].upper()} {k['sur'].upper()}" for k in self.kids], "A"))
        return self.r.choice([
            J("IN THE MATTER OF THE CHILDREN ACT 1989", "AND IN THE MATTER OF " + ", ".join(f"{k['first'].upper()} {k['sur'].upper()}" for k in self.kids)),
            J("Children Act 1989", "The child" + ("ren" if self.n_kids > 1 else "") + ": " + "; ".join(self.kids_list())),
            "Re: " + self.kid_names + " " + self.kids[0]["sur"],
            "",
        ])

    def parties(self, cy=None):
        cy = self.cy if cy is None else cy
        if self.public:
            la = self.council["cy"] if cy else self.council["name"]
            if cy:
                return J("RHWNG", la, "Ceisydd", "a", self.mum, "Atebydd Cyntaf", "a", self.dad, "Ail Atebydd", "a", self.kid_names_cy + " (drwy eu gwarcheidwad plant)", "Atebwyr")
            return J("BETWEEN:", la.upper(), "Applicant", "-and-", self.mum.upper(), "First Respondent", "-and-", self.dad.upper(), "Second Respondent", "-and-", f"{self.kid_names.upper()} (by their Children's Guardian {self.fca})", "Respondent" + ("s" if self.n_kids > 1 else ""))
        if cy:
            return J("RHWNG", self.app, "Ceisydd", "a", self.resp, "Atebydd")
        return self.r.choice([
            J("BETWEEN", self.app.upper(), "Applicant", "and", self.resp.upper(), "Respondent"),
            J(f"Applicant: {self.app} ({self.app_role})", f"Respondent: {self.resp} ({self.resp_role})"),
            f"{self.app} -v- {self.resp}",
        ])

# ----------------------------------------------------------------------------------------------
# Letterheads, sign-offs and the template registry
# ----------------------------------------------------------------------------------------------
def cafcass_head(c, cy=None):
    cy = c.cy if cy is None else cy
    if cy:
        return c.p(
            J("CAFCASS Cymru", "Gwasanaeth Cynghori a Chynorthwyo Llys Plant a Theuluoedd Cymru", c.office_addr, "Ffôn: 0300 " + str(c.r.randint(100, 999)) + " " + str(c.r.randint(1000, 9999))),
            J("Llywodraeth Cymru | Welsh Government", "CAFCASS Cymru", f"Swyddfa {c.office_cy}", c.office_addr),
            J("CAFCASS CYMRU", "Children and Family Court Advisory and Support Service Wales", "Gwasanaeth Cynghori a Chynorthwyo Llys Plant a Theuluoedd Cymru", c.office_addr),
            J("Cafcass Cymru", "Rydym yn croesawu gohebiaeth yn Gymraeg / We welcome correspondence in Welsh", c.office_addr),
        )
    if c.wales:
        return c.p(
            J("Cafcass Cymru", "Welsh Government | Llywodraeth Cymru", f"{c.office} office", c.office_addr),
            J("CAFCASS CYMRU", "Children and Family Court Advisory and Support Service Wales", c.office_addr),
            J("Cafcass Cymru", f"Tel: 0300 {c.r.randint(100, 999)} {c.r.randint(1000, 9999)}", "We welcome correspondence in Welsh. Rydym yn croesawu gohebiaeth yn Gymraeg."),
        )
    return c.p(
        J("Cafcass", "Children and Family Court Advisory and Support Service", c.office_addr, "Tel: 0300 456 4000", "www.cafcass.gov.uk"),
        J("cafcass", "putting children first", c.office_addr),
        J(c.office_addr, "Telephone 0300 456 4000"),
        J("CAFCASS", f"{c.office} office", "Secure email: " + c.email_of(c.fca, "cafcass.gov.cjsm.net")),
        "",
    )


def council_head(c, cy=None):
    cy = c.cy if cy is None else cy
    o = c.council
    if cy and "dept_cy" in o:
        return c.p(
            J(o["cy"], o["dept_cy"], f"{o['town_cy']} {o['pc']}"),
            J(f"{o['cy']} | {o['name']}", f"{o['dept_cy']} / {o['dept']}", f"{o['town_cy']} {o['pc']}"),
            J(o["cy"].upper(), o["dept_cy"]),
        )
    return c.p(
        J(o["name"], o["dept"], f"{o['town']} {o['pc']}"),
        J(o["name"].upper(), o["dept"] + ", " + c.p("Duty and Assessment", "Front Door", "MASH", "Safeguarding Unit", "Business Support")),
        J(o["name"], "Tel: " + c.tel() + "   Email: " + c.p("mash", "frontdoor", "childrensservices", "cfs.enquiries") + "@" + o["dom"]),
        o["name"],
    )


def police_head(c, cy=None):
    cy = c.cy if cy is None else cy
    o = c.police
    if cy and "unit_cy" in o:
        return c.p(J(o["cy"], o["unit_cy"]), J(f"{o['cy']} / {o['name']}", f"{o['unit_cy']} / {o['unit']}"), J(o["cy"].upper(), f"Pencadlys, {o['town']} {o['pc']}"))
    return c.p(
        J(o["name"], o["unit"], f"{o['town']} {o['pc']}"),
        J(o["name"].upper(), "OFFICIAL - SENSITIVE"),
        J("OFFICIAL SENSITIVE", o["name"], o["unit"]),
        J(o["unit"], o["name"]),
    )


def sol_head(c, s, cy=None):
    cy = c.cy if cy is None else cy
    name = s["cy"] if cy else s["name"]
    return c.p(
        J(name, "Solicitors" if not cy else "Cyfreithwyr", f"{c.r.randint(1, 90)} {c.p('High Street', 'King Street', 'Park Row', 'Market Place', 'Stryd y Castell')}, {s['town']} {s['pc']}", f"DX {c.r.randint(10000, 99999)} {s['town']}"),
        J(name.upper(), f"{s['town']} | T: 0{c.r.randint(1132, 1992)} {c.r.randint(100000, 999999)} | E: family@{s['dom']}"),
        J(name, f"Authorised and regulated by the Solicitors Regulation Authority (SRA No. {c.r.randint(100000, 699999)})"),
    )


def our_ref(c, cy=None):
    cy = c.cy if cy is None else cy
    ini = "".join(w[0] for w in c.fca.split())
    if cy:
        return c.p(f"Ein cyf: {c.caseno}/{ini}", f"Cyf: {c.caseno}", f"Rhif yr achos: {c.caseno}", f"Ein cyfeirnod: {c.caseno}")
    return c.p(f"Our ref: {c.caseno}/{ini}", f"Ref: {c.caseno}", f"Case number: {c.caseno}", f"Our Ref {ini}/{c.caseno}", f"Court ref {c.caseno}")


def signoff(c, name, role, cy=None, formal=True):
    cy = c.cy if cy is None else cy
    if cy:
        return J(c.p("Yn gywir,", "Cofion,", "Yn ddiffuant,", "Cofion cynnes,") if formal else c.p("Diolch,", "Cofion,"), "", name, role)
    return J(c.p("Yours sincerely", "Yours sincerely,", "Kind regards", "Regards,", "Yours faithfully") if formal else c.p("Thanks", "Many thanks,", "Kind regards", "Best wishes"), "", name, role)


FCA_ROLES = ["Family Court Adviser", "Family Court Adviser", "Senior Family Court Adviser", "Children's Guardian", "FCA", "Family Court Adviser (Duty)"]
FCA_ROLES_CY = ["Ymgynghorydd Llys Teulu", "Ymgynghorydd Llys Teulu", "Gweithiwr Cymdeithasol Llys Teulu", "Gwarcheidwad Plant"]


def fca_role(c, cy=None):
    cy = c.cy if cy is None else cy
    if cy:
        return c.p(*FCA_ROLES_CY)
    return c.p(*FCA_ROLES[:3] + FCA_ROLES[4:]) if not c.public else "Children's Guardian"


TEMPLATES = []


def T(kind, lang="en", parts=("document", "attachment"), law=None, sources=None):
    """Register a template. `law`: 'public' or 'high' to shape the case; `sources` for documents."""
    def deco(f):
        TEMPLATES.append(dict(kind=kind, lang=lang, name=f.__name__, f=f, parts=parts, law=law, sources=sources))
        return f
    return deco


def out(text, doc=None, frm=None, subj=None, rc=None):
    return dict(text=text, doc=doc, frm=frm, subj=subj, rc=rc)


def cafcass_mail(c):
    if c.wales:
        return c.email_of(c.fca, "gov.wales")
    return c.email_of(c.fca, c.p("cafcass.gov.uk", "cafcass.gov.uk", "cafcass.gov.uk.cjsm.net"))

# ==============================================================================================
# case-information: contact-log, wtfh-outcome, detailed-recording
# ==============================================================================================
def _log_entries(c, n):
    p = c.p
    pool = [
        ("Case Update", f"C100 received from {c.court['name']} via the Intake Team. Case created, parties and child{'ren' if c.n_kids > 1 else ''} added."),
        ("Safeguarding checks requested", f"Checks requested from {c.council['name']} and {c.police['name']} via Egress for both parties."),
        ("Welcome letter", f"Welcome pack issued to {c.app} and {c.resp} by {p('post', 'email', 'secure email')}."),
        ("Telephone call - applicant", f"Spoke to {c.app_role} for the safeguarding interview, {p('approx 45 mins', '50 minutes', 'about an hour')}. Raised concerns about {p('drinking', 'the new partner', 'the handovers', 'the children coming back upset')}. See detailed recording."),
        ("Telephone call - respondent", f"Attempted to call {c.resp_role} twice, no answer. Voicemail left and text sent asking {p('him', 'her')} to ring back."),
        ("Checks received", f"LA response received from {c.council['name']}: {p('known, historic CIN 2019', 'not known', 'known, closed after assessment')}. Saved to risk and safety."),
        ("Police information received", f"{c.police['name']} response received, {p('two call-outs listed', 'no trace', 'one caution for the respondent')}. Saved in police information."),
        ("Safeguarding letter", f"Safeguarding letter completed, QA'd by {c.sm} and filed with the court and served on the parties."),
        ("Court attendance", f"FHDRA at {c.court['town']}. {p('Interim order made for supervised contact.', 'Section 7 report ordered, 12 weeks.', 'Parties agreed arrangements; order made; case closed.')}"),
        ("Allocation", f"Case allocated to {c.fca} ({p('FCA', 'Family Court Adviser')}) by {c.sm}, Service Manager."),
        ("Home visit", f"Visited {c.ch} at {p('home', 'mother’s address', 'father’s flat')}. Seen alone in {p('bedroom', 'kitchen', 'garden')}. See direct work record."),
        ("School contact", f"Spoke to the DSL at {c.school}. Attendance {c.r.randint(78, 99)}%. No current concerns raised."),
        ("Email received", f"Email from {c.sol_a['name']} asking when the report will be filed. Replied with filing date."),
        ("Management discussion", f"Discussed risk with {c.sm}. Agreed further check with {c.gp} before recommendation."),
        ("Report filed", f"Section 7 report filed and served {p('by Egress', 'via the court portal')}."),
        ("Case closure", "Final order received. Closure checklist completed. IRO letter n/a. Case closed."),
    ]
    start = c.r.randrange(0, 4)
    sel = pool[start:start + n] if c.chance(0.6) else sorted(pick_n(c.r, pool, n), key=pool.index)
    off = 0
    rows = []
    for h, t in sel:
        off += c.r.randint(1, 9)
        rows.append((c.d(off, "num"), f"{c.r.randint(8, 17):02d}:{c.r.randint(0, 59):02d}", h, t))
    return rows


@T("contact-log", parts=("document",), sources=("tree", "upload"))
def contact_log_ecms(c):
    rows = _log_entries(c, c.r.randint(4, 8))
    ini = c.staff()
    body = []
    for d, t, h, x in rows:
        who = c.p(c.fca, ini, "Business Services", c.fca)
        body.append(c.p(f"{d} {t} | {h} | {x} | {who}", f"{d} {t}\n{h}\n{x}\nEntered by: {who}\n", f"{d}  {h}  -  {x}  ({who})"))
    return out(J(c.p("Contact Log Report", "CONTACT LOG", "ECMS - Contact log", "Case Contact Log"), f"Case: {c.case_name}   Case number: {c.caseno}",
                 c.p("Date | Heading | Summary | Entered by", "Date Time Heading Details", ""), body, f"Printed {c.d(60, 'num')} by {c.fca}"),
               doc=["Contact log", "Contact log report", "CL export"])


@T("contact-log", parts=("document", "attachment"), sources=("tree", "scan"))
def contact_log_legacy(c):
    rows = _log_entries(c, c.r.randint(5, 8))
    lines = [f"{d}\t{c.p('T/C', 'Letter', 'E-mail', 'Visit', 'Memo', 'Ct')}\t{x}\t{''.join(w[0] for w in c.fca.split())}" for d, t, h, x in rows]
    return out(J(c.p("CAFCASS - RUNNING RECORD", "Running Record / Contact Sheet", "CMS record of contacts (pre July 2014)", "CASE RECORDING SHEET"),
                 f"Subject child: {c.ch_full}   DOB {c.dob()}", f"Case No. {c.caseno}   Court: {c.court['town']}",
                 "Date\tType\tDetails\tBy", lines, c.p("Continued overleaf", "", "-- end of record --")),
               doc=["Old contact log", "Contact log pre-2014", "running record"])


@T("contact-log", parts=("document",), sources=("tree", "upload", "scan"))
def contact_log_plain(c):
    rows = _log_entries(c, c.r.randint(4, 7))
    lines = [f"{d} {t} - {h.lower()}: {x}" for d, t, h, x in rows]
    return out(J(f"{c.case_name} {c.caseno}", c.p("", "Notes of contacts so far", "Log"), "", lines), doc=["log", "contacts list"])


@T("contact-log", parts=("document", "attachment"), sources=("tree",))
def contact_log_sar(c):
    rows = _log_entries(c, c.r.randint(3, 6))
    lines = []
    for d, t, h, x in rows:
        lines += [f"Activity date: {d} {t}", f"Contact log heading: {h}", f"Summary: {x}", f"Created by: {c.fca}, {c.p('FCA', 'Family Court Adviser')}", ""]
    return out(J(c.p("Contact log - document generated from ECMS", "Generated contact log (for SAR response - do not edit)", "Contact log extract"),
                 f"Case ID {c.r.randint(1000000, 9999999)}   Case number {c.caseno}", f"Generated on {c.d(200, 'long')}", "", lines,
                 c.p("This document is a copy of the contact log at the date shown. It is not a running record.", "")),
               doc=["Contact log for SAR", "Contact log extract"], subj=["Contact log for SAR", "SAR - contact log"])


@T("contact-log", "cy", parts=("document",), sources=("tree", "upload"))
def contact_log_cy(c):
    pool = [
        ("Diweddariad achos", f"Cais C100 wedi dod i law gan {c.court['cy']}. Achos wedi'i greu yn IRIS."),
        ("Gwiriadau diogelu", f"Gwiriadau wedi'u gofyn gan {c.council['cy']} a {c.police['cy']}."),
        ("Galwad ffôn - ceisydd", f"Siarad â'r {c.app_role_cy} ar gyfer y cyfweliad ymholiadau diogelu. Pryderon am drosglwyddo'r plant. Gweler y cofnod manwl."),
        ("Galwad ffôn - atebydd", f"Dim ateb gan y {c.resp_role_cy}. Neges wedi'i gadael."),
        ("Gwybodaeth wedi dod i law", f"Ymateb gan {c.council['cy']}: {c.p('ddim yn hysbys', 'yn hysbys - asesiad yn 2021, wedi cau', 'achos CIN wedi cau')}."),
        ("Presenoldeb yn y llys", f"FHDRA yn {c.court['town_cy']}. {c.p('Gorchymyn adroddiad adran 7.', 'Cytundeb rhwng y partïon; achos wedi cau.', 'Gorchymyn interim ar gyfer cyswllt dan oruchwyliaeth.')}"),
        ("Dyrannu", f"Achos wedi'i ddyrannu i {c.fca} gan {c.sm}, Rheolwr Ymarfer."),
        ("Ymweliad cartref", f"Wedi gweld {c.ch} ar ei ben/ei phen ei hun. Gweler y cofnod gwaith uniongyrchol."),
        ("E-bost", f"E-bost gan {c.sol_a['cy']} yn gofyn am ddyddiad ffeilio'r adroddiad."),
    ]
    sel = pool[c.r.randrange(0, 3):][:c.r.randint(4, 6)]
    off, lines = 0, []
    for h, x in sel:
        off += c.r.randint(1, 8)
        lines.append(f"{c.d(off, 'num')}  {h}: {x}")
    return out(J(c.p("Log cyswllt", "COFNODION GWAITH ACHOS", "Cofnod cronolegol o gysylltiadau"), f"Rhif yr achos: {c.caseno}   {c.case_name}", "", lines,
                 c.p(f"Iaith y cofnod: Cymraeg (dewis y defnyddiwr gwasanaeth)", "")), doc=["Log cyswllt", "Cofnodion achos"])


# ---------------------------------------------------------------- wtfh-outcome
def _fhdra_outcome(c):
    return c.p("Section 7 report ordered - addendum to follow if needed", "Final order made by consent", "Interim child arrangements order; s7 report ordered",
               "Adjourned for fact-finding hearing", "Referred to SPIP; case adjourned", "Application withdrawn", "Section 7 report ordered from the local authority")


@T("wtfh-outcome", parts=("document", "attachment"), sources=("tree", "upload"))
def wtfh_form(c):
    yn = lambda: c.p("Yes", "No")
    return out(J(c.p("WTFH OUTCOME FORM", "Work to First Hearing - Outcome", "FHDRA outcome record", "Outcome of first hearing"),
                 f"Case number: {c.caseno}", f"Court: {c.court['name']}", f"Date of FHDRA: {c.d(c.r.randint(30, 60), 'num')}",
                 f"Cafcass officer at court: {c.fca}", f"Applicant attended: {yn()}    Respondent attended: {yn()}",
                 f"Safeguarding letter filed before hearing: {c.p('Yes', 'Yes', 'No - oral update given')}",
                 f"Risk issues identified: {c.p('Domestic abuse allegations', 'None', 'Substance misuse (alcohol)', 'Mental health of respondent', 'Harmful parental conflict')}",
                 f"Agreement reached: {c.p('Full', 'Partial', 'None')}", f"Outcome: {_fhdra_outcome(c)}",
                 f"Referrals made: {c.p('SPIP both parties', 'None', 'Contact centre', 'MIAM', 'DAPP assessment')}",
                 f"Further Cafcass involvement: {c.p('Allocate for s7 - 12 weeks', 'None - close WTFH', 'FAO 6 months', 'Addendum report')}",
                 f"Next hearing: {c.p(c.d(c.r.randint(90, 140), 'num'), 'None listed', 'DRA to be listed')}",
                 f"Completed by {c.fca} on {c.d(c.r.randint(30, 60), 'num')}"),
               doc=["WTFH outcome", "FHDRA outcome form", "Outcome form"], subj=["FHDRA outcome", "WTFH outcome"])


@T("wtfh-outcome", parts=("document",), sources=("tree",))
def wtfh_ticks(c):
    box = lambda: c.p("[x]", "[ ]", "[ ]")
    opts = ["Consent order made", "s7 report ordered (Cafcass)", "s7 report ordered (LA)", "Fact-finding listed", "Referral to SPIP", "Case concluded at FHDRA", "Adjourned - further checks", "Wishes and feelings report"]
    return out(J(c.p("Work to First Hearing (WTFH) - outcome", "FHDRA OUTCOMES", "First Hearing Dispute Resolution Appointment: outcome"), f"{c.case_name} / {c.caseno}",
                 f"Hearing date {c.d(45, 'num')}   Judge: {c.judge}", "", [f"{box()} {o}" for o in opts],
                 f"Comments: {c.p('Parents reached agreement after conciliation at court.', 'Mother does not agree to overnight stays. Court directed s7.', 'Respondent did not attend. Order made in absence.', 'Interim supervised contact at ' + c.centre + '.')}",
                 f"Duty FCA: {c.fca}"), doc=["WTFH outcome form", "FHDRA tick sheet"])


@T("wtfh-outcome", parts=("email", "attachment", "document"))
def wtfh_email(c):
    o = _fhdra_outcome(c)
    body = J(f"{c.p('Hi', 'Dear', 'Morning')} {c.p('BS', 'Business Services', 'team', c.sm.split()[0])},", "",
             f"{c.case_name} {c.caseno} - first hearing today in front of {c.judge}.",
             f"Outcome: {o}.", f"{c.p('Both parents attended.', 'Only the applicant attended.', 'Both attended with solicitors.')} {c.p('Safeguarding letter was before the court.', 'SL not yet received by the court - I gave an oral update.')}",
             c.p(f"Please allocate for section 7 - report due {c.d(120, 'long')}.", "Please close the case to WTFH, no further involvement.", f"Next hearing {c.d(110, 'long')}, Cafcass not required to attend.", "Please send the order when it comes through."),
             "I have completed the outcome boxes on ECMS.", "", signoff(c, c.fca, "Duty FCA", formal=False))
    return out(body, doc=["Court outcome", "FHDRA outcome"], frm=cafcass_mail(c), subj=[f"Court outcome {c.caseno}", f"FHDRA outcome - {c.case_name}", "Outcome from court today"])


@T("wtfh-outcome", parts=("document", "attachment"), sources=("tree", "scan"))
def wtfh_short(c):
    return out(J(c.p("Court outcome", "Outcome sheet - duty", "FIRST HEARING"), f"{c.d(40, 'num')}  {c.court['town']}  {c.caseno}",
                 f"A: {c.app} ({c.app_role})  R: {c.resp} ({c.resp_role})", f"Child: {c.kids_ages()}",
                 f"Issues at court: {c.p('overnights', 'handover arrangements', 'relocation', 'school choice', 'allegations of DA')}.",
                 f"Result: {_fhdra_outcome(c)}.", f"Cafcass directions: {c.p('s7 by ' + c.d(130, 'num'), 'none', 'update letter by ' + c.d(70, 'num'))}.",
                 f"Risk: {c.p('High', 'Medium', 'Low', 'Not identified')}   Referral to LA: {c.p('Yes', 'No')}", f"FCA {c.fca}"), doc=["outcome sheet", "WTFH outcome"])


@T("wtfh-outcome", "cy", parts=("document", "email", "attachment"))
def wtfh_cy(c):
    text = J(c.p("Canlyniadau'r FHDRA", "Ffurflen canlyniad - Gwrandawiad Cyntaf", "Canlyniad y gwrandawiad cyntaf (CAP)"), f"Rhif yr achos: {c.caseno}", f"Llys: {c.court['cy']}",
             f"Dyddiad y gwrandawiad: {c.d(40, 'long')}", f"Ymarferydd yn y llys: {c.fca}",
             f"Adroddiad Ymholiadau Diogelu wedi'i ffeilio: {c.p('Do', 'Naddo')}", f"Cytundeb: {c.p('Llawn', 'Rhannol', 'Dim')}",
             f"Canlyniad: {c.p('Gorchymyn adroddiad adran 7', 'Gorchymyn terfynol trwy gydsyniad', 'Gohirio ar gyfer gwrandawiad canfod ffeithiau', 'Atgyfeirio at Gweithio Gyda’n Gilydd er mwyn Plant')}",
             f"Gwrandawiad nesaf: {c.d(120, 'long')}", c.p("Sylwadau: roedd y ddau riant yn bresennol.", "Sylwadau: ni fynychodd yr atebydd.", ""))
    return out(text, doc=["Canlyniad FHDRA", "Ffurflen canlyniad"], frm=cafcass_mail(c), subj=[f"Canlyniad FHDRA {c.caseno}", f"Canlyniad y llys - {c.case_name}"])


# ---------------------------------------------------------------- detailed-recording
def _present(c, who):
    return c.p(f"Present: {who}, {c.fca} (FCA)", f"Persons involved: {who}; {c.fca}, Family Court Adviser", f"Attendees: {who} / {c.fca}")


@T("detailed-recording", parts=("document",), sources=("tree", "upload"))
def dr_home_visit(c):
    who = c.p(c.mum, c.dad)
    role = "mother" if who == c.mum else "father"
    return out(J(c.p("Record of home visit", "HOME VISIT - DETAILED RECORDING", "Detailed recording: visit to " + role, "Notes of visit"),
                 f"Case: {c.caseno}", f"Date/time: {c.d(70, 'long')}, {c.r.randint(9, 16)}:{c.p('00', '15', '30', '45')}", f"Worker: {c.fca}",
                 _present(c, f"{who} ({role})"), f"Venue: {c.p(c.addr_m, c.addr_f)}", "Nature of contact: face to face",
                 "Outline:", c.p(f"The home was clean and tidy. {c.ch} has {c.his} own room with a bed, toys and school books.", f"The flat is a two-bedroom first floor flat. There was food in the fridge and the children's uniforms were drying in the kitchen."),
                 f"{who.split()[0]} told me {c.p('that the handovers have become calmer since the last hearing', 'that the children are anxious after weekends', 'that she wants the children to live with her in the week', 'that he has been sober for eight months and attends AA')}.",
                 c.p("We talked about the allegations in the C1A. The account given was consistent with the statement.", "We discussed what a routine could look like in school holidays.", "I explained my role and the limits of confidentiality."),
                 "Next steps: " + c.p(f"visit {c.ch} at school; speak to {c.gp}.", "observe contact; request GP letter.", "second visit with the other parent."),
                 f"Actions taken afterwards: {c.p('contact log updated', 'check sent to GP', 'manager consulted')}."), doc=["Home visit notes", "Detailed recording - home visit", "Visit to mother"])


@T("detailed-recording", parts=("document",), sources=("tree", "scan"))
def dr_phone_interview(c):
    who, role = (c.dad, "father") if c.chance(0.5) else (c.mum, "mother")
    return out(J(c.p(f"Telephone interview with {role}", f"Note of telephone discussion - {who}", "DETAILED RECORDING", "Typed up from handwritten notes"),
                 f"{c.d(20, 'num')}  {c.r.randint(9, 17)}:{c.r.randint(10, 59)}  duration {c.r.randint(25, 75)} mins", f"{c.fca} spoke to {who} ({role}) by telephone. {who.split()[0]} was at home and able to talk privately.",
                 f"Background: {c.p('Parents separated in ' + str(c.t0.year - c.r.randint(1, 4)), 'They were never married; lived together for six years', 'The relationship ended after an incident at Christmas')}.",
                 f"Concerns raised: {c.p('controlling behaviour, checking of phone, financial control', 'the other parent drinks when the children stay', 'the new partner shouts at the children', 'the children are not taken to school on Mondays')}.",
                 f"Proposal: {c.p('alternate weekends and one tea-time', 'supervised contact only', 'shared care week on week off', 'indirect contact by video call')}.",
                 c.p(f"{who.split()[0]} said: \"I just want them to be safe and to know both of us.\"", f"{who.split()[0]} became upset when talking about the police call-out in {c.t0.year - 1}.", ""),
                 "Next steps agreed: " + c.p("FCA to speak to the other parent; outcome to be shared in the safeguarding letter.", "FCA to send information on SPIP.", "FCA will call back on Friday."),
                 f"Recorded by {c.fca} on {c.d(21, 'num')}"), doc=["Phone interview notes", "telephone interview father", "Detailed recording"])


@T("detailed-recording", parts=("document", "attachment"), sources=("tree",))
def dr_office_meeting(c):
    rel = c.p("maternal grandmother", "paternal grandfather", "aunt", "stepfather", "mother's partner", "father's partner")
    who = c.person()
    return out(J(c.p("Note of meeting", "Office interview", "Detailed recording of face-to-face interview"),
                 f"Date: {c.d(55, 'long')}", f"Venue: Cafcass {c.office} office, interview room {c.r.randint(1, 6)}", f"Worker: {c.fca}", f"Seen: {who} ({rel})",
                 "Purpose: to hear the view of a significant adult in the children's lives.",
                 f"{who.split()[0]} has looked after {c.kid_names} {c.p('every Wednesday after school', 'most weekends', 'since the separation')}.",
                 c.p(f"{who.split()[0]} described the {c.app_role} as a loving parent but said the arguments at handovers are 'constant'.",
                     f"{who.split()[0]} said that {c.ch} wets the bed after visits and has started to refuse to go.",
                     f"{who.split()[0]} has no concerns about either parent's care and wants the court to 'get it sorted'."),
                 f"{who.split()[0]} would be willing to supervise handovers at {c.p('her', 'his')} home.",
                 f"Next steps: include in analysis; confirm offer with both parents.", f"Actions afterwards: contact log entry made {c.d(55, 'num')}."),
               doc=["Meeting with grandmother", "Interview notes", "Office interview record"])


@T("detailed-recording", parts=("document",), sources=("tree", "upload"))
def dr_observation(c):
    return out(J(c.p("Observation of contact", "Contact observation - recording", "Notes: observed family time"),
                 f"{c.d(80, 'day')}, {c.r.randint(10, 15)}:00 - {c.r.randint(16, 17)}:00", f"Where: {c.centre}", f"Observed by {c.fca}",
                 f"{c.kid_names} arrived with {c.resp_role}. {c.app.split()[0]} was waiting in the family room.",
                 c.p(f"{c.ch} ran to {c.app.split()[0]} and hugged {c.p('him', 'her')}. They played a board game and talked about school.",
                     f"{c.ch} was hesitant at first and stayed near the door for a few minutes before joining in with the Lego.",
                     f"The children were warm with {c.app.split()[0]}, who brought a packed tea and a birthday card."),
                 c.p("There were no inappropriate comments about the other parent.", f"{c.app.split()[0]} asked {c.ch} once where mummy lives now; {c.ch} did not answer and I redirected.", "Goodbyes were managed well."),
                 f"Analysis: {c.p('the quality of the relationship appears good', 'there is warmth but the child remains cautious', 'contact could progress to the community')}.",
                 f"Next steps: feed into s7 recommendations. Recorded {c.d(81, 'num')} by {c.fca}."), doc=["Contact observation", "Observation notes"])


@T("detailed-recording", "cy", parts=("document",), sources=("tree", "upload"))
def dr_cy(c):
    who, role = (c.mum, "mam") if c.chance(0.5) else (c.dad, "tad")
    return out(J(c.p("Cofnod manwl", "Cofnod o gyfweliad wyneb yn wyneb", "Nodiadau ymweliad cartref"), f"Rhif yr achos: {c.caseno}",
                 f"Dyddiad ac amser: {c.d(60, 'long')}, {c.r.randint(9, 16)}:00", f"Gweithiwr: {c.fca}", f"Yn bresennol: {who} ({role}), {c.fca}",
                 f"Lleoliad: {c.p('cartref y ' + role, 'swyddfa CAFCASS Cymru ' + c.office_cy)}", "Math o gyswllt: wyneb yn wyneb",
                 f"Crynodeb: Dywedodd {who.split()[0]} fod {c.ch} {c.p('yn poeni cyn mynd at y rhiant arall', 'yn hapus yn yr ysgol', 'wedi bod yn cael trafferth cysgu')}.",
                 c.p("Trafodwyd y pryderon yn y C1A. Roedd yr hanes yn gyson â'r datganiad.", "Trafodwyd trefniadau gwyliau'r haf.", "Esboniais fy rôl a therfynau cyfrinachedd."),
                 f"Camau nesaf: {c.p('siarad â’r ysgol', 'ymweld â’r plentyn', 'gofyn am lythyr gan y meddyg teulu')}.", f"Cofnodwyd gan {c.fca}"),
               doc=["Cofnod manwl", "Nodiadau ymweliad"])

# ==============================================================================================
# correspondence: welcome-letter, letter-to-parties, letter-from-party, correspondence
# ==============================================================================================
def _addressee(c, who=None):
    who = who or c.p(c.app, c.resp)
    addr = c.addr_m if who == c.mum else c.addr_f
    return who, J(f"{c.p('Mr', 'Mr') if who == c.dad else c.p('Ms', 'Mrs', 'Miss')} {who}", *addr.split(", ")) if c.chance(0.7) else f"Private and confidential\n{who}\n{addr}"


def _dear(c, who, cy=False):
    t = ("Mr" if who == c.dad else c.p("Ms", "Mrs", "Miss"))
    if cy:
        return c.p(f"Annwyl {who.split()[0]},", f"Annwyl {'Mr' if who == c.dad else 'Ms'} {who.split()[-1]},")
    return c.p(f"Dear {t} {who.split()[-1]},", f"Dear {who.split()[0]},", f"Dear {who},")


@T("welcome-letter", parts=("document", "attachment", "email"))
def welcome_classic(c):
    who, block = _addressee(c)
    return out(J(cafcass_head(c), our_ref(c), c.d(2, "long"), "", block, "", _dear(c, who),
                 c.p("", f"Re: {c.kid_names}", f"Application to the Family Court about {c.kid_names}"),
                 c.p("The court has asked Cafcass to help with the application that has been made about your child" + ("ren." if c.n_kids > 1 else "."),
                     f"The Family Court has sent us a copy of the application made by {c.app} about the arrangements for {c.kid_names}."),
                 "Cafcass stands for Children and Family Court Advisory and Support Service. We are independent of the court, social services and the police. Our job is to make sure the child's welfare is at the centre of the court's decisions.",
                 c.p(f"Before the first hearing on {c.d(35, 'long')} one of our Family Court Advisers will telephone you. The call usually lasts about 30 to 45 minutes.",
                     f"A member of our team will call you in the next few weeks, before the first hearing at {c.court['name']} on {c.d(35, 'long')}."),
                 c.p("We will also carry out safeguarding checks with the local authority and the police, as we do in every case.", "We carry out checks with the police and local council for both parents."),
                 c.p("Please let us know if you need an interpreter, if you have a disability we should know about, or if you have concerns about your safety.", "If you are worried about your safety or the safety of your child, please tell us when we call."),
                 "You can find more information, including our leaflet 'Going to court', at www.cafcass.gov.uk.", "", signoff(c, c.p("Intake Team", "Business Services", c.staff()), c.p("Cafcass", "Business Support Officer", "on behalf of the Cafcass Intake Team"))),
               doc=["Welcome letter", "Welcome pack letter", "Intro letter"], frm=c.p("cafcassintake@cafcass.gov.uk", "no-reply@cafcass.gov.uk", cafcass_mail(c)), subj=["Welcome to Cafcass", f"Cafcass - {c.caseno}", "Your family court case - information from Cafcass"])


@T("welcome-letter", parts=("email", "attachment"))
def welcome_email(c):
    who = c.p(c.app, c.resp)
    return out(J(_dear(c, who), "",
                 f"I am writing from Cafcass because {c.p('an application has been made to the Family Court', 'the court has received an application')} about {c.kid_names}. {c.p('We have been asked to help the court before the first hearing.', 'Our role is to advise the court about what is best for the children.')}",
                 f"What happens next: {c.p('one of our practitioners will call you from a withheld number', 'a Family Court Adviser will contact you by telephone')} {c.p('within the next three weeks', 'before the hearing on ' + c.d(30, 'long'))}.",
                 "Attached is our welcome pack, which explains who we are, our complaints process and how we use your information (our privacy notice).",
                 c.p("If you have a preferred language or need any adjustments, reply to this email.", "Please do not reply to this mailbox; call 0300 456 4000 instead.", "Please confirm your telephone number by replying to this email."),
                 "", signoff(c, c.staff(), "Business Services Officer, Cafcass", formal=False)),
               doc=["Welcome email", "Welcome pack"], frm="privatelaw.intake@cafcass.gov.uk", subj=["Cafcass welcome pack", f"{c.caseno} - information about Cafcass", "Important: your family court application"])


@T("welcome-letter", parts=("document", "attachment"), sources=("tree", "scan"))
def welcome_pack_cover(c):
    who, block = _addressee(c)
    return out(J(c.p("Welcome to Cafcass", "WELCOME PACK", "Information for parents and carers"), "", block, c.d(3, "long"), our_ref(c), "",
                 _dear(c, who), f"Thank you for taking the time to read this pack. You are receiving it because there is a case about {c.kid_names} at {c.court['name']}.",
                 "In this pack you will find:", "- who we are and what we do", "- what happens at the first hearing", "- our leaflet on safeguarding checks",
                 "- 'My needs, wishes and feelings' booklets for children over 7", "- how to make a complaint or give feedback",
                 c.p("We will speak to you on the telephone before the first hearing. We will not discuss what the other parent has said.", "Your telephone interview will focus on any concerns about the children's safety."),
                 c.p("Please keep this pack safe and bring it to court.", ""), "", signoff(c, "Cafcass Intake", "")),
               doc=["Welcome pack", "Welcome letter to respondent"])


@T("welcome-letter", parts=("document", "attachment"))
def welcome_fao(c):
    who, block = _addressee(c)
    return out(J(cafcass_head(c), c.d(5, "long"), our_ref(c), "", block, "", _dear(c, who),
                 c.p(f"My name is {c.fca} and I will be working with your family under the Family Assistance Order made on {c.d(0, 'long')}.",
                     f"I am {c.fca}, the Family Court Adviser who has been allocated to your case following the court's order."),
                 "I wanted to introduce myself and explain what happens now. I will be in touch shortly to arrange to meet you, and I will also want to meet the children.",
                 "Enclosed is a leaflet about our service and a copy of our privacy notice. It explains what information we hold and who we may share it with.",
                 c.p("You can contact me on my mobile or by email using the details at the top of this letter.", "The office is open Monday to Friday 9am to 5pm."),
                 "I look forward to meeting you.", "", signoff(c, c.fca, fca_role(c))),
               doc=["Introduction letter", "Welcome letter", "Allocation letter"])


@T("welcome-letter", "cy", parts=("document", "attachment", "email"))
def welcome_cy(c):
    who = c.p(c.app, c.resp)
    return out(J(cafcass_head(c), our_ref(c), c.d(2, "long"), "", who, (c.addr_m if who == c.mum else c.addr_f), "", _dear(c, who, True),
                 c.p("Croeso i CAFCASS Cymru.", f"Rwy'n ysgrifennu atoch oherwydd bod cais wedi'i wneud i'r Llys Teulu ynghylch {c.kid_names_cy}."),
                 "CAFCASS Cymru yw'r gwasanaeth sy'n cynghori'r llys teulu am les plant yng Nghymru. Rydym yn annibynnol ar y llys, ar wasanaethau cymdeithasol ac ar yr heddlu.",
                 f"Cyn y gwrandawiad cyntaf ar {c.d(35, 'long')} bydd un o'n hymarferwyr yn eich ffonio. Bydd yr alwad yn para tua 30 i 45 munud.",
                 "Byddwn hefyd yn gwneud gwiriadau diogelu gyda'r awdurdod lleol a'r heddlu.",
                 c.p("Mae gennych hawl i ddefnyddio'r Gymraeg ym mhob cyswllt â ni.", "Rhowch wybod i ni os oes angen cyfieithydd neu unrhyw addasiad arnoch."),
                 "Amgaeaf daflen wybodaeth a'n hysbysiad preifatrwydd.", "", signoff(c, c.staff(), "Swyddog Cymorth Busnes, CAFCASS Cymru", True)),
               doc=["Llythyr croeso", "Pecyn croeso"], frm="cafcasscymru@gov.wales", subj=["Croeso i CAFCASS Cymru / Welcome to CAFCASS Cymru", f"Llythyr croeso - {c.caseno}"])


# ---------------------------------------------------------------- letter-to-parties
@T("letter-to-parties", parts=("document", "attachment", "email"))
def ltp_appointment(c):
    who, block = _addressee(c)
    return out(J(cafcass_head(c), our_ref(c), c.d(50, "long"), "", block, "", _dear(c, who),
                 c.p("", f"Re: {c.kid_names} - report for the court"),
                 f"As you know, the court has asked me to prepare a report under section 7 of the Children Act 1989 by {c.d(130, 'long')}.",
                 c.p(f"I would like to meet you at {c.p('your home', 'the Cafcass office in ' + c.office)} on {c.d(65, 'day')} at {c.r.randint(9, 15)}:{c.p('00', '30')}.",
                     f"I have arranged to see you on {c.d(65, 'day')}. The meeting will last about an hour and a half."),
                 c.p(f"I will also be seeing {c.kid_names} at school; I have agreed this with the head teacher.", f"I will arrange a separate time to meet {c.kid_names}. Please do not prepare them for what to say.", ""),
                 "If this date is not convenient please let me know as soon as possible so I can rearrange.", "", signoff(c, c.fca, fca_role(c))),
               doc=["Appointment letter", "Letter to mother", "Letter to parties"], frm=cafcass_mail(c), subj=["Appointment", f"{c.caseno} appointment", "Meeting next week"])


@T("letter-to-parties", parts=("document", "attachment", "email"))
def ltp_report_filed(c):
    who, block = _addressee(c)
    return out(J(cafcass_head(c), c.d(128, "long"), our_ref(c), "", block, "", _dear(c, who),
                 c.p(f"I have now filed my report with {c.court['name']}.", "I am writing to let you know that my report has been sent to the court today."),
                 c.p("A copy is enclosed. Please read it carefully and in a private place.", "The report is attached as a password-protected document. The password will follow separately.",
                     "Your solicitor will be sent a copy and should go through it with you."),
                 "The report is confidential. You must not show it to anyone else or post any part of it on social media; doing so may be contempt of court.",
                 c.p(f"The next hearing is on {c.d(150, 'long')}.", "The court will decide whether I need to attend the next hearing.", ""),
                 c.p("If you think there is a factual mistake in the report you can raise it at the hearing.", "If you have any questions about the report please contact me."),
                 "", signoff(c, c.fca, fca_role(c))),
               doc=["Letter re report", "Covering letter s7", "Letter to parties"], frm=cafcass_mail(c), subj=["Report filed", f"{c.case_name} - report", "Copy of report - confidential"])


@T("letter-to-parties", parts=("document", "attachment"), sources=("tree",))
def ltp_both_parties(c):
    return out(J(cafcass_head(c), c.d(90, "long"), our_ref(c), "",
                 f"To: {c.app} ({c.p('applicant', c.app_role)})", f"     {c.resp} ({c.p('respondent', c.resp_role)})", "", c.p("Dear both,", "Dear Parents,", "Dear Mr " + c.dad_s + " and Ms " + c.mum_s + ","),
                 c.p(f"I am writing to both of you after {c.kid_names} told me about the arguments at handovers.", "I am writing to you both to set out what I will do over the next few weeks.",
                     "I am writing to let you both know that I have been allocated your case as the Family Court Adviser."),
                 c.p(f"I plan to observe the children with their {c.app_role} at {c.centre} and then visit each of your homes.",
                     "I will be asking for information from the children's school and GP, which the court has allowed me to do.",
                     "I will not pass on anything one of you says to me about the other unless it is about the children's safety."),
                 "I would ask that you do not discuss the court case with the children.",
                 "", signoff(c, c.fca, fca_role(c))), doc=["Letter to both parents", "Letter to parties"])


@T("letter-to-parties", parts=("document", "attachment", "email"))
def ltp_fao_end(c):
    who, block = _addressee(c)
    return out(J(c.d(170, "long"), our_ref(c), "", block, "", _dear(c, who),
                 c.p("The Family Assistance Order comes to an end next month.", "This is my last letter before I close my involvement with your family."),
                 c.p(f"Since the order was made, {c.ch} has seen {c.p('his', 'her')} {c.app_role} regularly and the handovers have been calmer.",
                     "Over the last six months we have met four times, and I have seen the children twice.",
                     "I have been pleased with how both of you have used the parenting plan."),
                 c.p("I will be writing a short letter to the court to say how things have gone.", "I will let the court know the order has ended.", ""),
                 c.p("If you have any worries about the children's safety in the future, contact your local children's services.", "Thank you for working with me."),
                 "", signoff(c, c.fca, fca_role(c))), doc=["End of FAO letter", "Closing letter"], frm=cafcass_mail(c), subj=["Closing letter", "End of Family Assistance Order"])


@T("letter-to-parties", "cy", parts=("document", "attachment", "email"))
def ltp_cy(c):
    who = c.p(c.app, c.resp)
    return out(J(cafcass_head(c), c.d(70, "long"), our_ref(c), "", who, (c.addr_m if who == c.mum else c.addr_f), "", _dear(c, who, True),
                 c.p(f"Fi yw {c.fca}, yr Ymgynghorydd Llys Teulu sydd wedi'i ddyrannu i'ch achos.", "Ysgrifennaf i gadarnhau'r apwyntiad a drafodwyd dros y ffôn."),
                 f"Hoffwn eich cyfarfod {c.p('yn eich cartref', 'yn swyddfa CAFCASS Cymru ' + c.office_cy)} ar {c.d(80, 'long')} am {c.r.randint(9, 15)} o'r gloch.",
                 c.p(f"Byddaf hefyd yn cyfarfod â {c.kid_names_cy} yn yr ysgol.", "Mae'r llys wedi gofyn i mi baratoi adroddiad adran 7.", f"Mae copi o fy adroddiad wedi'i amgáu. Peidiwch â'i ddangos i unrhyw un arall."),
                 "Os nad yw'r dyddiad yn gyfleus, cysylltwch â mi.", "", signoff(c, c.fca, fca_role(c), True)),
               doc=["Llythyr at y partïon", "Llythyr apwyntiad"], frm=cafcass_mail(c), subj=["Apwyntiad", f"Llythyr - {c.caseno}"])


# ---------------------------------------------------------------- letter-from-party
@T("letter-from-party", parts=("document", "attachment"), sources=("scan", "upload"))
def lfp_handwritten(c):
    who = c.p(c.app, c.resp)
    role = c.app_role if who == c.app else c.resp_role
    other = "their dad" if role == "mother" else "their mum"
    return out(J(c.p("", who, f"From {who}"), c.p("", c.addr_m if who == c.mum else c.addr_f), c.d(c.r.randint(20, 120), c.p("num", "dots")), "",
                 c.p(f"Dear {c.fca},", "To Cafcass,", "Dear Sir/Madam,", f"To the Cafcass officer ({c.caseno})"),
                 c.p(f"I am writing because I dont think you have heard my side properly.", f"I wanted to put in writing what I said on the phone.", "I am writing about my children."),
                 c.p(f"Since the last hearing {other} has cancelled three times and the kids were sat waiting with their coats on.",
                     f"{c.ch} came back on Sunday with a bruise on {c.his} arm and said it happened at the park but {c.he} wouldnt look at me.",
                     f"I have done everything the court asked. I did the parenting course and I have a bedroom ready for {c.kid_names}."),
                 c.p("I am not trying to stop contact I just want it to be safe.", "All I want is to see my kids every week like before.", "I feel like nobody is listening to me."),
                 c.p(f"Please can you ring me on {c.tel()}.", "I have attached screenshots of the messages.", ""),
                 "", c.p("Yours sincerely", "Thanks", "From"), who.split()[0] if c.chance(0.5) else who), doc=[f"Letter from {role}", "Letter from " + ("mum" if role == "mother" else "dad"), f"{who.split()[0]} letter"])


@T("letter-from-party", parts=("email",))
def lfp_email(c):
    who = c.p(c.app, c.resp)
    return out(J(c.p(f"Hi {c.fca_f}", f"Dear {c.fca}", "Hello"), "",
                 c.p(f"I know your report is due on {c.d(130, 'long')} and I wanted to tell you a few things before you write it.", "Following our meeting yesterday I have thought about what you asked me.", "I need to let you know what happened at the weekend."),
                 c.p(f"The {c.p('children', 'kids')} were returned {c.r.randint(1, 3)} hours late on Sunday with no explanation and {c.ch} hadn't done {c.his} homework.",
                     f"I have now moved to {c.addr()} so please update your records. The new place has a room for {c.ch}.",
                     "I am happy for the children to stay overnight but only if the new partner is not there."),
                 c.p(f"I don't agree with what was said about me in the statement. I have never hit anyone.", "I would like the report to say that the children want more time with me.", "I'm worried that the children are being coached."),
                 c.p("Can you call me after 5pm please as I work days.", "Please confirm you have received this.", ""), "", c.p("Thanks", "Regards", ""), who),
               frm=c.email_of(who, c.p("gmail.com", "hotmail.co.uk", "outlook.com", "icloud.com", "yahoo.co.uk")), subj=["my case", "Re: appointment", f"{c.kid_names}", "Important - please read before report", "", "Things I want you to know"])


@T("letter-from-party", parts=("document", "attachment"), sources=("tree", "upload", "scan"))
def lfp_typed_response(c):
    who = c.resp
    return out(J(who, c.addr_m if who == c.mum else c.addr_f, c.d(140, "long"), "", c.p("Cafcass", "FAO " + c.fca), c.office_addr, "",
                 c.p(f"Re: Your report dated {c.d(128, 'long')}", f"Case {c.caseno} - my comments", "Response to the section 7 report"), "",
                 c.p(f"Dear {c.fca},", "Dear Sir or Madam,"),
                 "I have read your report and I want to respond to some points before the hearing because I do not have a solicitor.",
                 f"1. At paragraph {c.r.randint(8, 20)} you say I did not attend the appointment. I did call the office to say I had no bus fare that day.",
                 f"2. You say {c.ch} said {c.he} is scared of me. {c.ch} has never said that to me and we have a close relationship.",
                 f"3. I have {c.p('completed a Freedom Programme', 'been clean for a year and have test results', 'moved away from my ex-partner')} and I can provide proof.",
                 "I would ask that you reconsider your recommendation or that the court hears from me directly.",
                 "", "Yours faithfully", who, "(Respondent, litigant in person)"), doc=["Letter from respondent", "Response to report"])


@T("letter-from-party", parts=("document", "attachment", "email"), sources=("upload", "scan"))
def lfp_complaint(c):
    who = c.p(c.app, c.resp)
    return out(J(c.p("Complaint", "FORMAL COMPLAINT", "", "To whom it may concern"), c.d(100, "long"), "",
                 c.p(f"I wish to complain about the way {c.fca} has dealt with my case ({c.caseno}).", "I am unhappy with how my case has been handled by Cafcass."),
                 c.p("She only spoke to me for twenty minutes and then wrote things I never said.", "He has never met my son but still made a recommendation.",
                     "I was not told the report had been filed until my ex told me.", "I asked for a Welsh speaking officer and was not given one."),
                 c.p("I want a different officer to be appointed.", "I want an apology and for the report to be corrected.", "I want to know what you are going to do about this."),
                 "", who, c.p(c.tel(), c.addr_m if who == c.mum else c.addr_f)), doc=["Complaint letter", "Letter from applicant"],
               frm=c.email_of(who, c.p("gmail.com", "outlook.com")), subj=["Complaint", "complaint about officer", "Formal complaint"])


@T("letter-from-party", "cy", parts=("document", "email", "attachment"), sources=("scan", "upload"))
def lfp_cy(c):
    who = c.p(c.app, c.resp)
    return out(J(c.p("", who), c.d(c.r.randint(30, 120), "long"), "", c.p(f"Annwyl {c.fca},", "At CAFCASS Cymru,", "Annwyl Syr/Madam,"),
                 c.p("Rwy'n ysgrifennu achos dwi ddim yn meddwl bod fy ochr i wedi cael ei chlywed.", "Dwi eisiau rhoi ar bapur beth ddywedais i ar y ffôn."),
                 c.p(f"Ers y gwrandawiad diwethaf mae {c.ch} wedi dod adref yn drist bob tro.", f"Mae'r plant wedi bod yn aros am oriau a does neb wedi dod i'w nôl nhw.", f"Dwi wedi gwneud y cwrs rhianta ac mae gen i ystafell yn barod i {c.ch}."),
                 c.p("Dwi ddim yn trio stopio cyswllt, dwi jyst eisiau iddo fod yn saff.", "Y cwbl dwi eisiau ydy gweld y plant bob wythnos.", "Dwi ddim yn cytuno efo beth sydd yn yr adroddiad."),
                 c.p(f"Ffoniwch fi ar {c.tel()} os gwelwch yn dda.", "Diolch am ddarllen hwn.", ""), "", c.p("Yn gywir,", "Diolch,", "Cofion,"), who),
               frm=c.email_of(who, "gmail.com"), subj=["fy achos i", "Llythyr i'r swyddog", c.kid_names_cy], doc=["Llythyr gan y tad" if who == c.dad else "Llythyr gan y fam", "Llythyr"])


# ---------------------------------------------------------------- correspondence
@T("correspondence", parts=("document", "attachment", "email"))
def corr_party_solicitor(c):
    s = c.p(c.sol_a, c.sol_r)
    client, role = (c.app, c.app_role) if s is c.sol_a else (c.resp, c.resp_role)
    return out(J(sol_head(c, s), f"Our ref: {c.p('JH', 'KP', 'FAM', 'SR')}/{c.r.randint(1000, 9999)}/{client.split()[-1][:3].upper()}", f"Your ref: {c.caseno}", c.d(c.r.randint(40, 140), "long"), "",
                 "Cafcass", c.office_addr, "", c.p(f"For the attention of {c.fca}", ""), "", "Dear Sirs," if c.chance(0.4) else f"Dear {c.fca},",
                 f"Re: {c.case_name} - {c.caseno}", f"We act for the {role}, {client}.",
                 c.p(f"We note the court directed your report to be filed by {c.d(130, 'long')}. We should be grateful if you could confirm that this date remains achievable.",
                     f"Our client has asked us to let you know that she will be away between {c.d(70, 'long')} and {c.d(84, 'long')} and would be grateful if appointments could avoid those dates.",
                     "We enclose a copy of our client's statement which we understand you may not yet have received.",
                     "Our client is concerned that the children have not been seen since the last hearing and asks whether a home visit can be arranged."),
                 "We look forward to hearing from you.", "", c.p("Yours faithfully", "Yours sincerely"), "", s["name"]),
               doc=[f"Letter from {role}'s solicitor", "Solicitor letter", "Correspondence"], frm=f"family@{s['dom']}", subj=[f"{c.case_name} - {c.caseno}", "Our client: " + client, "Report deadline"])


@T("correspondence", parts=("email", "attachment"))
def corr_court_admin(c):
    return out(J(c.p("Good afternoon,", "Dear Cafcass,", "Hello"), "",
                 c.p(f"Please note the hearing in {c.case_name} ({c.caseno}) listed on {c.d(150, 'long')} has been vacated and relisted on {c.d(164, 'long')} at {c.r.randint(10, 14)}:00.",
                     f"The judge has asked whether Cafcass can confirm attendance at the hearing on {c.d(150, 'long')}.",
                     f"Please can you confirm the name of the allocated officer in {c.caseno} for the court file.",
                     f"We have received your report in {c.caseno}. Please note the court's address has changed."),
                 c.p("The hearing will be by CVP; a link will be sent nearer the time.", "Time estimate 1 hour.", ""),
                 "", c.p("Kind regards", "Many thanks"), c.staff(), c.p("Family Listing Team", "Court Administrative Officer", "Private Law Team"), c.court["name"]),
               frm=f"{c.court['mail']}@justice.gov.uk", subj=[f"{c.caseno} relisting", f"Hearing {c.d(150, 'num')}", f"{c.case_name} - notice"])


@T("correspondence", parts=("document", "attachment", "email"), sources=("scan", "upload"))
def corr_relative(c):
    rel = c.p("grandmother", "grandfather", "aunt", "uncle", "family friend")
    who = c.person()
    return out(J(who, c.addr(), c.d(90, "long"), "", c.p("Dear Cafcass,", f"Dear {c.fca},", "To the lady dealing with the case"),
                 f"I am {c.kid_names}' {rel} {c.p('on their dads side', 'on their mums side', '')}. I hope you don't mind me writing.",
                 c.p(f"I see the children every Sunday and they are happy, well fed and polite. I have never seen anything to worry about.",
                     f"I am very worried about what the children are seeing at their mum's house. There are people coming and going at all hours.",
                     f"I would like to be considered to have the children if it comes to it. I have a spare room and I am retired."),
                 c.p("I would be happy to speak to you.", "Please keep this letter private from my son.", ""), "", c.p("Yours truly", "Kind regards"), who),
               doc=["Letter from grandparent", "Letter from aunt"], frm=c.email_of(who, "btinternet.com"), subj=["The children", "Letter about my grandchildren"])


@T("correspondence", parts=("email", "attachment", "document"))
def corr_interpreter(c):
    lang = c.p("Polish", "Urdu", "Romanian", "Punjabi", "Arabic", "Tigrinya", "Lithuanian", "BSL")
    return out(J(c.p("Dear colleague,", "Hello,"), "", c.p(f"Booking confirmation: {lang} interpreter", f"We confirm a {lang} interpreter has been booked."),
                 f"Date: {c.d(66, 'long')}   Time: {c.r.randint(9, 15)}:00   Duration: 2 hours", f"Location: {c.p('Cafcass ' + c.office + ' office', 'telephone', 'home visit')}",
                 f"Client: {c.p(c.app, c.resp)}   Cafcass ref: {c.caseno}", f"Interpreter: {c.person()} (NRPSI {c.r.randint(10000, 19999)})",
                 "Cancellations within 24 hours will be charged in full.", "", c.p("Thebigword bookings team", "Language Empire Ltd", "DA Languages booking team")),
               doc=["Interpreter booking", "Interpreter confirmation"], frm=c.p("bookings@langservices.co.uk", "noreply@interpreting-bookings.com"), subj=["Booking confirmed", f"Interpreter booking {c.caseno}"])


@T("correspondence", parts=("email", "attachment", "document"))
def corr_school_reply(c):
    return out(J(c.p(f"Dear {c.fca},", "Hi,"), "",
                 c.p(f"Thank you for your email about {c.ch_full}. I can confirm we have received the court order and consent.", f"Further to your call, I can confirm that {c.ch} is on roll at {c.school}."),
                 c.p(f"You are welcome to come in on {c.d(75, 'day')} at 1.30pm; we have a quiet room by the library.", f"Please sign in at reception when you arrive on {c.d(75, 'long')}.", "I will ask the class teacher to be available afterwards."),
                 c.p("Please bring your ID badge.", "Parking is on the road outside.", ""), "", "Kind regards", c.person(), c.p("Designated Safeguarding Lead", "Office Manager", "Deputy Head"), c.school),
               frm=c.p("office@", "dsl@", "head@") + c.school.lower().replace("'", "").replace(" ", "")[:14] + ".sch.uk", subj=["Re: visit to school", f"{c.ch} - appointment", "Visit"], doc=["School email", "Email from school"])


@T("correspondence", "cy", parts=("email", "document", "attachment"))
def corr_cy(c):
    s = c.p(c.sol_a, c.sol_r)
    return out(J(c.p(sol_head(c, s, True), ""), c.d(80, "long"), f"Eich cyf: {c.caseno}", "", c.p(f"Annwyl {c.fca},", "Annwyl Syr/Madam,"),
                 f"Parthed: {c.case_name} - {c.caseno}", f"Rydym yn gweithredu ar ran {c.p(c.app, c.resp)}.",
                 c.p(f"Byddem yn ddiolchgar pe gallech gadarnhau y bydd yr adroddiad yn cael ei ffeilio erbyn {c.d(130, 'long')}.",
                     "Mae ein cleient wedi gofyn i bob gohebiaeth fod yn Gymraeg.",
                     "Amgaeaf gopi o ddatganiad ein cleient, nad ydych efallai wedi'i gael eto."),
                 "Edrychwn ymlaen at glywed gennych.", "", "Yn gywir,", s["cy"]),
               doc=["Llythyr gan gyfreithiwr", "Gohebiaeth"], frm=f"teulu@{s['dom']}", subj=[f"{c.case_name} - {c.caseno}", "Gohebiaeth"])

# ==============================================================================================
# case-plan: case-plan, case-plan-review
# ==============================================================================================
def _lines_of_enquiry(c):
    return pick_n(c.r, [
        f"Meet {c.kid_names} twice, once at school, to hear their wishes and feelings",
        f"Home visits to both parents to assess the home conditions and parenting capacity",
        f"Obtain GP and school information ({c.gp}; {c.school})",
        f"Observe contact between {c.ch} and {c.app_role}",
        "Explore the allegations of domestic abuse using the Domestic Abuse Practice Pathway",
        "Assess impact of parental conflict on the children (Child Impact Assessment Framework)",
        f"Update police and LA checks with {c.police['name']} / {c.council['name']}",
        "Consider referral to SPIP if conflict remains high",
        "Speak to maternal grandmother who provides childcare",
        "Consider whether a hair strand test is needed given the reported alcohol use",
    ], c.r.randint(3, 6))


@T("case-plan", parts=("document",), sources=("tree",))
def cp_what_why_how(c):
    rows = []
    for i, l in enumerate(_lines_of_enquiry(c), 1):
        rows += [f"{i}. What: {l}", f"   Why: {c.p('to understand the child’s lived experience', 'to test the hypothesis that the child is aligned', 'to assess risk before any recommendation', 'to triangulate what the parents say')}", f"   How/by when: {c.p('by ' + c.d(c.r.randint(60, 110), 'num'), 'tools: three houses, ecomap', 'CIAF tools; research on alienating behaviours', 'letter of request sent')}"]
    return out(J(c.p("CASE PLAN", "Case plan", "ECMS Case Plan", "Case planning"), f"Case: {c.case_name}   {c.caseno}", f"Practitioner: {c.fca}   Manager: {c.sm}",
                 f"Work ordered: {c.p('Section 7 report', 'Addendum section 7', 'Children’s guardian appointment (r16.4)', 'Wishes and feelings report')} due {c.d(130, 'num')}",
                 "Summary of issues: " + c.p("dispute about spending time with the father; allegations of coercive control", "relocation application to Scotland", "mother seeks to stop overnights because of alcohol use", "child refusing to spend time with the applicant"),
                 "Hypotheses: " + c.p("1) child's resistance is linked to the abuse witnessed; 2) resistance is linked to conflict/loyalty", "the concerns are overstated / the concerns are well founded - keep both open"),
                 "Plan:", rows, f"Diversity and inclusion: {c.p('family are Muslim; consider Eid when arranging visits', 'father’s first language is Polish - interpreter', 'no specific issues identified', 'child has autism; adapt direct work')}"),
               doc=["Case plan", "Plan", "ECMS case plan"])


@T("case-plan", parts=("document",), sources=("tree", "upload"))
def cp_table(c):
    rows = [f"{l} | {c.fca.split()[0]} | {c.d(c.r.randint(50, 115), 'num')} | {c.p('Not started', 'In progress', 'Booked')}" for l in _lines_of_enquiry(c)]
    return out(J(f"{c.caseno} - {c.case_name}", c.p("Planning the work", "Case plan (private law - WAFH)", "Plan of work"), f"Created {c.d(35, 'num')}",
                 "Key risks identified at WTFH: " + c.p("DA allegations (C1A), police call-outs x3", "none from checks; parental conflict", "mental health of mother, historic CP plan 2017"),
                 "Action | Who | By | Status", rows, "Timescale: report due " + c.d(130, "long"),
                 "Manager comment: " + c.p("Agreed. Please ensure the child is seen alone.", "Agreed - discuss DA at next supervision.", "OK to proceed.")), doc=["Case plan", "Work plan"])


@T("case-plan", parts=("document", "attachment"), sources=("tree",), law="public")
def cp_public(c):
    return out(J(c.p("Case plan - public law", "Children's guardian case plan", "CASE PLAN"), f"{c.case_name}  {c.caseno}",
                 f"Child{'ren' if c.n_kids > 1 else ''}: {c.kids_ages()}", f"Proceedings issued {c.d(0, 'long')}; IRH {c.d(150, 'long')}; 26 week date {c.d(182, 'long')}",
                 f"Current placement: {c.p('foster care (LA foster carers)', 'with maternal aunt under ICO', 'at home with mother under ICO')}",
                 "What I need to do:", [f"- {x}" for x in pick_n(c.r, ["Read the LA's evidence and chronology", "Meet the children in placement", "Meet parents with their solicitors", "Consider need for psychological assessment of mother", "Review contact arrangements", "Instruct child's solicitor and agree the initial analysis", "Consider whether the care plan (adoption) is the right plan", "Liaise with the IRO"], 5)],
                 "Why: to provide the court with an independent analysis of the children's welfare and the plan.",
                 f"Diversity: {c.p('mixed heritage family', 'Welsh speaking family', 'traveller heritage', 'no specific factors')}."), doc=["Case plan", "Guardian case plan"], rc=None)


@T("case-plan", parts=("document",), sources=("tree",))
def cp_short(c):
    return out(J(f"Plan - {c.ch_full}", f"Allocated {c.d(30, 'num')}. Report due {c.d(120, 'num')}.",
                 "Aims: " + c.p("to find out what " + c.ch + " wants and whether overnight time with dad is safe", "to assess whether supervised contact can progress", "to test the concerns raised in the SL"),
                 "Tasks:", [f"* {l}" for l in _lines_of_enquiry(c)], "Tools: " + c.p("Three houses; My Needs Wishes and Feelings", "Ecomap; Child Impact Assessment Framework", "Words and pictures; feelings faces"),
                 f"Supervision date: {c.d(75, 'num')} with {c.sm}"), doc=["Case plan", "plan"])


@T("case-plan", "cy", parts=("document",), sources=("tree",))
def cp_cy(c):
    tasks = pick_n(c.r, [f"Cyfarfod â {c.kid_names_cy} i glywed eu dymuniadau a'u teimladau", "Ymweliadau cartref â'r ddau riant", f"Gofyn am wybodaeth gan yr ysgol ({c.school}) a'r meddyg teulu", f"Arsylwi cyswllt rhwng {c.ch} a'r {c.app_role_cy}", "Diweddaru gwiriadau'r heddlu a'r awdurdod lleol", "Ystyried atgyfeirio at Gweithio Gyda'n Gilydd er mwyn Plant"], 4)
    rows = []
    for t in tasks:
        rows += [f"Beth: {t}", f"Pam: {c.p('i ddeall profiad y plentyn', 'i asesu risg cyn gwneud argymhelliad', 'i brofi beth mae’r rhieni yn ei ddweud')}", f"Sut: {c.p('offer gwaith uniongyrchol', 'llythyr cais', 'arsylwi')} erbyn {c.d(c.r.randint(50, 110), 'long')}"]
    return out(J(c.p("CYNLLUN ACHOS", "Cynllun achos", "Cynllun Achos (IRIS)"), f"Rhif yr achos: {c.caseno}", f"Ymarferydd: {c.fca}", f"Gwaith a orchmynnwyd: adroddiad adran 7 erbyn {c.d(130, 'long')}",
                 "Materion: " + c.p("anghydfod am amser gyda'r tad; honiadau o gam-drin domestig", "y plentyn yn gwrthod mynd at y rhiant arall", "cais i symud i ardal arall"), rows,
                 "Iaith: Cymraeg yw dewis iaith y teulu."), doc=["Cynllun achos"])


@T("case-plan-review", parts=("document",), sources=("tree",))
def cpr_progress(c):
    return out(J(c.p("Case plan review", "REVIEW OF CASE PLAN", "Case plan - reviewed", "Case plan update"), f"{c.caseno} {c.case_name}", f"Review date: {c.d(95, 'num')}   Reviewed by {c.fca} with {c.sm}",
                 "Progress against plan:",
                 f"- Child seen: {c.p('yes, twice (home and school)', 'once; second visit booked', 'not yet - illness')}",
                 f"- Parents interviewed: {c.p('both', 'applicant only; respondent not engaging', 'both, with interpreter for father')}",
                 f"- Agency information: {c.p('GP and school received', 'school received, GP outstanding', 'all received')}",
                 "Changes since the plan was made: " + c.p("new police call-out reported by mother; checks updated", "father has moved in with new partner; checks needed on partner", "none"),
                 "Revised actions: " + c.p("add check on new partner; observe contact", "request extension of time if GP letter not received", "no change"),
                 "Is the plan still right? " + c.p("Yes.", "Partly - hypotheses revised (see above).", "Yes, report will be filed on time.")), doc=["Case plan review", "Review of plan", "Plan reviewed"])


@T("case-plan-review", parts=("document",), sources=("tree",))
def cpr_closure(c):
    return out(J(c.p("Case plan - closure review", "Case closure: case plan review and sign-off", "Final review of case plan"), f"Case number {c.caseno}",
                 f"Final hearing {c.d(170, 'long')}: {c.p('child arrangements order (lives with mother, spends time with father alternate weekends)', 'no order', 'supervised contact for 6 months then review by parents', 'care order and placement order made')}",
                 "Were the plan's aims met? " + c.p("Yes. Child seen three times; views given to court.", "Mostly. Father did not engage with SPIP.", "Yes."),
                 "Reports filed and reflected as filed: Yes", "Safeguarding complete: Yes   Opt out: No", f"S47 referral made: {c.p('No', 'Yes - outcome recorded (NFA)')}",
                 "Diversity complete: Yes", "Contact log updated: Yes",
                 f"Service Manager sign-off: {c.sm}, {c.d(175, 'num')}", c.p("Comments: good child-focused work.", "Comments: closing summary reflects the child's voice.", "")),
               doc=["Case plan closure review", "Closure sign off"])


@T("case-plan-review", parts=("document", "attachment"), sources=("tree",))
def cpr_supervision(c):
    return out(J(c.p("Supervision - case discussion and plan review", "Reflective supervision note / case plan review", "Management oversight"), f"{c.d(85, 'long')}", f"Practitioner: {c.fca}  Manager: {c.sm}", f"Case: {c.caseno}",
                 "Discussion: " + c.p(f"{c.fca_f} has now met {c.ch} twice. {c.ch} is clear {c.he} wants to see dad but not stay over.", "Both parents interviewed; mother's account of abuse is detailed and consistent.", "The school report raises new concerns about neglect (hygiene, lateness)."),
                 "Review of the plan: " + c.p("the original hypothesis (conflict) no longer fits; DA pathway to be followed", "plan remains appropriate", "add a check with the health visitor"),
                 "Risk: " + c.p("no change", "increased - threshold for s47 referral discussed; not met at present", "reduced"),
                 "Agreed actions: " + c.p("extend report deadline? no", "consult Cafcass Legal if LA refuses to share records", "proceed to report writing"),
                 f"Next review: {c.d(115, 'num')}"), doc=["Case plan review", "Supervision note"])


@T("case-plan-review", parts=("document",), sources=("tree",), law="public")
def cpr_public(c):
    return out(J("Case plan review (public law)", f"{c.case_name} {c.caseno}", f"Date: {c.d(120, 'num')}",
                 f"Stage: {c.p('pre-IRH', 'after experts’ reports', 'final hearing listed')}",
                 "Update: " + c.p(f"psychological assessment of mother received ({c.expert[0]}); recommends therapy before any return home.", "children settled in foster placement; contact three times a week, good quality.", "LA final care plan is adoption for the youngest child."),
                 "Amendments to plan: " + c.p("final analysis to address viability of paternal aunt", "meet the children again before IRH", "seek legal advice on threshold document"),
                 f"Reviewed with {c.sm}, Service Manager."), doc=["Case plan review", "Plan update"], rc=c.p("looked-after-child", None))


@T("case-plan-review", "cy", parts=("document",), sources=("tree",))
def cpr_cy(c):
    return out(J(c.p("Adolygiad cynllun achos", "ADOLYGU'R CYNLLUN ACHOS", "Cynllun achos - adolygiad"), f"Rhif yr achos: {c.caseno}", f"Dyddiad yr adolygiad: {c.d(95, 'long')}",
                 f"Adolygwyd gan {c.fca} gyda {c.sm}, Rheolwr Ymarfer",
                 "Cynnydd: " + c.p(f"Mae {c.ch} wedi cael ei weld ddwywaith.", "Mae'r ddau riant wedi cael eu cyfweld.", "Mae gwybodaeth yr ysgol wedi dod i law; mae llythyr y meddyg teulu yn dal i fod yn ddyledus."),
                 "Newidiadau: " + c.p("galwad newydd i'r heddlu; gwiriadau wedi'u diweddaru", "dim newid", "partner newydd y tad - angen gwiriadau"),
                 "Camau diwygiedig: " + c.p("arsylwi cyswllt", "gofyn am estyniad", "dim newid"), "A yw'r cynllun yn dal yn briodol? " + c.p("Ydy.", "Yn rhannol.")), doc=["Adolygiad cynllun achos"])


# ==============================================================================================
# risk-and-safety: la-checks, screening-response, safety-assessment
# ==============================================================================================
def _la_history(c):
    rc = None
    h = c.p("known", "not known", "known", "known closed")
    if h == "not known":
        txt = c.p(f"No records held for the named adults or child{'ren' if c.n_kids > 1 else ''}.", "There is no trace of the family on our systems (LCS/Mosaic).", "Not known to Children's Social Care.")
    else:
        v = c.r.randrange(4)
        if v == 0:
            txt = f"The family were subject to a Child Protection Plan under the category of {c.p('emotional abuse', 'neglect')} from {c.d(-900, 'long')} to {c.d(-600, 'long')}."
            rc = "child-protection"
        elif v == 1:
            txt = f"Contact {c.d(-400, 'num')}: police notification (domestic incident, standard risk). NFA after checks. Contact {c.d(-150, 'num')}: referral from school re {c.ch}'s presentation; Child and Family Assessment completed, case closed with signposting to Early Help."
            rc = c.p("other-childrens-social-care", None)
        elif v == 2:
            txt = f"The children are currently open to {c.p('a Child in Need plan', 'Early Help', 'the Children with Disabilities team')}. Allocated social worker: {c.sw}."
            rc = c.p("other-childrens-social-care", None)
        else:
            txt = f"{c.dad} is known to the authority as {c.p('a former looked after child', 'a father in previous proceedings concerning another child (care order 2016)', 'a person subject to a strategy discussion in 2020')}."
            rc = c.p(None, "looked-after-child") if "looked after" in txt else None
    return h, txt, rc


@T("la-checks", parts=("document", "attachment"))
def la_form(c):
    h, txt, rc = _la_history(c)
    return out(J(council_head(c), c.p("RESPONSE TO CAFCASS SAFEGUARDING CHECK", "Local Authority Checks - Cafcass request", "Children's Services check - response", "Safeguarding information for Cafcass"),
                 f"Cafcass ref / case no: {c.caseno}", f"Date of request: {c.d(3, 'num')}   Date of response: {c.d(c.r.randint(8, 15), 'num')}",
                 f"Applicant: {c.app}  DOB {fmt_date(c.r, c.t0 - _dt.timedelta(days=c.r.randint(9000, 15000)), False, 'num')}", f"Respondent: {c.resp}",
                 "Children: " + "; ".join(c.kids_list()), f"Outcome of check: {h.upper()}", "Summary of involvement:", txt,
                 c.p("Current involvement: none.", f"Current involvement: open, allocated to {c.sw}.", ""),
                 f"Completed by: {c.staff()}, {c.p('MASH Social Worker', 'Business Support Officer', 'Team Manager, Front Door', 'Senior Practitioner')}",
                 c.p("This information is provided for the purpose of the family proceedings only and must not be shared further without consent.", "")),
               doc=["LA checks", "Local authority check", "Social services checks", "LA response"], frm=c.p("mash@", "frontdoor@", "cafcasschecks@") + c.council["dom"],
               subj=[f"Cafcass check {c.caseno}", "RE: Safeguarding check request", f"LA checks - {c.case_name}", "[SECURE] Response to Cafcass request"], rc=rc)


@T("la-checks", parts=("email",))
def la_email(c):
    h, txt, rc = _la_history(c)
    return out(J(c.p("Hi", "Good morning", "Dear Cafcass"), "", f"Re: {c.app} / {c.resp} - children: {c.kid_names}",
                 c.p(f"I have completed the checks you requested on {c.d(3, 'long')}.", "Please see our response to your request below.", "In response to your request:"),
                 f"Result: {h}.", txt, c.p("No further information held.", "Please contact the allocated worker for further detail.", ""),
                 "", "Regards", c.staff(), c.p("MASH", "Children's Services Front Door", "Integrated Front Door", "Children's Advice and Duty Service"), c.council["name"]),
               frm=c.p("mash@", "childrensservices@", "cadsduty@") + c.council["dom"], subj=[f"RE: Cafcass check {c.caseno}", "Cafcass safeguarding enquiry - response", f"{c.case_name} checks"], rc=rc)


@T("la-checks", parts=("document", "attachment"))
def la_table(c):
    rows = []
    for who in [c.app, c.resp] + [f"{k['first']} {k['sur']}" for k in c.kids]:
        rows.append(f"{who} | {c.p('Known', 'Not known', 'Not known')} | {c.p('-', 'referral 2019 NFA', 'CIN 2021-22', 'C&F assessment 2023')}")
    _, txt, rc = _la_history(c)
    return out(J(c.p(council_head(c), c.council["name"]), c.p("Private law checks", "Cafcass checks (private law)", "Section 7 / WTFH checks"), f"{c.caseno}",
                 "Name | Known to CSC | Details", rows, "Additional information:", txt, f"{c.staff()} {c.d(12, 'num')}"), doc=["LA checks", "checks"], rc=rc)


@T("la-checks", parts=("document", "attachment"), sources=("scan", "tree"))
def la_letter(c):
    _, txt, rc = _la_history(c)
    return out(J(council_head(c), c.d(14, "long"), f"Your ref: {c.caseno}", "", "Cafcass", c.office_addr, "", "Dear Colleague," if c.chance(0.5) else f"Dear {c.fca},",
                 c.p(f"Re: {c.kid_names} and family", f"Request for information - {c.case_name}"),
                 c.p("Thank you for your request for a check of our records in relation to the above family.", "I write in response to your enquiry about the above children."),
                 txt, c.p("We have no current involvement with this family.", "The family are not currently open to our service.", f"Please contact {c.sw} if you require more detail."),
                 "", signoff(c, c.staff(), c.p("Team Manager, Assessment", "Information Governance Officer", "Practice Lead, MASH"))), doc=["LA letter", "Council checks"], rc=rc)


@T("la-checks", "cy", parts=("document", "email", "attachment"))
def la_cy(c):
    h = c.p("yn hysbys", "ddim yn hysbys", "yn hysbys")
    rc = None
    if h == "ddim yn hysbys":
        txt = "Nid oes gennym unrhyw gofnodion am yr oedolion na'r plant a enwir."
    else:
        txt = c.p(f"Roedd y plant ar y gofrestr amddiffyn plant (cynllun amddiffyn plant) dan y categori esgeulustod rhwng {c.d(-800, 'long')} a {c.d(-500, 'long')}.",
                  f"Hysbysiad gan yr heddlu ar {c.d(-300, 'long')} (digwyddiad domestig). Dim camau pellach.", f"Mae'r teulu'n cael cefnogaeth gan y tîm Teuluoedd yn Gyntaf.")
        rc = "child-protection" if "amddiffyn" in txt else None
    return out(J(council_head(c, True), c.p("YMATEB I WIRIAD DIOGELU CAFCASS CYMRU", "Gwiriadau awdurdod lleol", "Ymateb i gais am wybodaeth"), f"Rhif yr achos: {c.caseno}",
                 f"Dyddiad: {c.d(10, 'long')}", f"Ceisydd: {c.app}", f"Atebydd: {c.resp}", f"Plant: {c.kid_names_cy}", f"Canlyniad: {h}", txt,
                 f"Cwblhawyd gan: {c.staff()}, {c.p('Gweithiwr Cymdeithasol', 'Swyddog Cymorth Busnes', 'Rheolwr Tîm')}"),
               doc=["Gwiriadau awdurdod lleol", "Gwiriadau ALl"], frm=c.p("diogelu@", "ypg@", "porth@") + c.council["dom"], subj=[f"Gwiriad {c.caseno}", "Ymateb: gwiriad diogelu / safeguarding check"], rc=rc)


# ---------------------------------------------------------------- screening-response
def _agency(c):
    return c.r.choice([
        ("Probation Service", f"{c.p('North East', 'Yorkshire and the Humber', 'Wales', 'Kent, Surrey and Sussex', 'North West')} Probation Region", "justice.gov.uk"),
        ("NHS safeguarding", f"{c.p('Leeds Community Healthcare NHS Trust', 'Manchester University NHS FT', 'Betsi Cadwaladr University Health Board', 'Norfolk Community Health and Care NHS Trust', 'Cardiff and Vale UHB')} - Safeguarding Children Team", "nhs.net"),
        ("MARAC", f"MARAC Coordinator, {c.council['name']} Community Safety Partnership", c.council["dom"]),
        ("IDVA service", f"{c.p('Pathways IDVA Service', 'Safer Places', 'Hafan Cymru IDVA', 'Women’s Aid')}", "idva-service.org.uk"),
        ("Education", f"Education Welfare Service, {c.council['name']}", c.council["dom"]),
        ("Adult social care", f"Adult Social Care, {c.council['name']}", c.council["dom"]),
    ])


@T("screening-response", parts=("document", "attachment", "email"))
def sr_agency_form(c):
    typ, name, dom = _agency(c)
    res = c.p("No trace", "Known - see below", "Known - see below", "Nil return")
    details = {
        "Probation Service": f"{c.resp} was managed by probation on licence until {c.d(-200, 'long')} following a conviction for {c.p('assault by beating', 'criminal damage', 'breach of a non-molestation order')}. Risk of serious harm assessed as {c.p('medium', 'low')} to known adults.",
        "MARAC": f"The case was heard at MARAC on {c.d(-120, 'long')} following a high-risk DASH. Actions: IDVA support, police marker on address.",
        "IDVA service": f"{c.mum} was supported by an IDVA from {c.d(-300, 'long')} to {c.d(-150, 'long')}; safety planning completed; case closed when risk reduced.",
        "Adult social care": f"{c.mum} is open to the community mental health team; she engages well and there are no current safeguarding concerns for the children.",
        "NHS safeguarding": f"The health visitor last saw {c.kids[-1]['first']} at the {c.p('2 year', '9-12 month')} review; development on track; a previous disclosure of domestic abuse is recorded.",
        "Education": f"{c.ch}'s attendance is {c.r.randint(70, 89)}% this year; a fixed penalty notice was issued in {c.t0.year - 1}.",
    }
    detail = "" if res in ("No trace", "Nil return") else details[typ]
    return out(J(name, c.p("Response to Cafcass screening request", "Safeguarding enquiry - response", "Screening response", "Information request: response"),
                 f"Cafcass ref {c.caseno}", f"Request received {c.d(4, 'num')}; responded {c.d(c.r.randint(7, 14), 'num')}", f"Subjects: {c.app}, {c.resp}, {c.kid_names}",
                 f"Result: {res}", detail, f"Responding officer: {c.staff()}"), doc=["Screening response", "Probation response", "Health check response"],
               frm=c.p("safeguarding", "screening", "enquiries") + "@" + dom, subj=[f"Cafcass screening request {c.caseno}", "RE: Request for information", "Nil return"])


@T("screening-response", parts=("email",))
def sr_email_nil(c):
    typ, name, dom = _agency(c)
    return out(J(c.p("Hi", "Dear Cafcass", "Good afternoon"), "",
                 c.p(f"I have searched our records for {c.app} and {c.resp} and can confirm there is no trace.", f"Thank you for your request ({c.caseno}). We hold no information on the people named.", f"Nothing held for either adult or the children on our system."),
                 c.p("Regards", "Kind regards"), c.staff(), name), frm=c.p("safeguarding@", "enquiries@", "admin@") + dom,
               subj=["RE: screening request " + c.caseno, "No trace", "Cafcass enquiry - nil return"])


@T("screening-response", parts=("document", "attachment", "email"))
def sr_outofarea(c):
    other = c.p(*COUNCILS_EN) if not c.cy else c.p(*COUNCILS_EN + COUNCILS_CY)
    return out(J(other["name"], f"{other['dept']} - Out of Area enquiry", c.d(9, "long"), f"Re: {c.caseno}",
                 f"You asked us to check whether {c.p(c.app, c.resp)} or the children were known in {other['name']} before they moved to {c.council['town']}.",
                 c.p(f"Our records show a contact in {c.t0.year - 3} when the family lived at {c.addr()}: referral from the health visitor about low mood; advice given.", "We have no record of the family.", f"We hold a closed Child in Need record from {c.t0.year - 4} (parental substance misuse)."),
                 "We have not shared this with the family.", signoff(c, c.staff(), "Duty Team")), doc=["Out of area check", "Other LA response"], frm="duty@" + other["dom"], subj=["Out of area enquiry", f"Check for {c.caseno}"])


@T("screening-response", parts=("document", "attachment"))
def sr_gp_screen(c):
    return out(J(c.gp, c.p("Medical Records Department", "Safeguarding Lead GP"), c.d(12, "long"), f"Your ref {c.caseno}", "",
                 c.p("Dear Cafcass,", "To whom it may concern,"), f"Re: safeguarding screening - {c.p(c.app, c.resp)}",
                 c.p("Following your request with signed consent, I can confirm the following.", "We have received your request for safeguarding information."),
                 c.p("There are no safeguarding codes on the record for this patient or the children registered with us.", f"There is a safeguarding alert on {c.ch}'s record added by the health visitor in {c.t0.year - 2} (domestic abuse in household).",
                     f"The patient has a history of depression managed with sertraline; no current concerns about risk to children."),
                 c.p("We are not able to provide a full report without a fee.", "", "Please let me know if the court requires more."), "", signoff(c, "Dr " + c.staff(), "GP Partner")),
               doc=["GP screening response", "Health response"])


@T("screening-response", "cy", parts=("email", "document", "attachment"))
def sr_cy(c):
    body = c.p("Dim cofnod o'r unigolion a enwir.", f"Mae gennym gofnod o atgyfeiriad MARAC ar {c.d(-150, 'long')}; cefnogaeth IDVA wedi'i chynnig.", f"Mae {c.resp} yn cael ei reoli gan y Gwasanaeth Prawf ar hyn o bryd (trwydded tan {c.d(200, 'long')}).")
    return out(J(c.p("Ymateb i gais sgrinio CAFCASS Cymru", "Ymholiad diogelu - ymateb", "Annwyl CAFCASS Cymru,"), f"Cyfeirnod: {c.caseno}", f"Dyddiad: {c.d(10, 'long')}",
                 f"Unigolion: {c.app}, {c.resp}", body, c.p("Cofion,", "Diolch,"), c.staff(), c.p("Gwasanaeth Prawf Cymru", "Tîm Diogelu, Bwrdd Iechyd Prifysgol Betsi Cadwaladr", "Cydlynydd MARAC")),
               frm=c.p("diogelu@wales.nhs.uk", "probation.wales@justice.gov.uk"), subj=["Ymateb sgrinio", f"RE: cais {c.caseno}"], doc=["Ymateb sgrinio"])


# ---------------------------------------------------------------- safety-assessment
@T("safety-assessment", parts=("document",), sources=("tree",))
def sa_da_tool(c):
    return out(J(c.p("Domestic abuse: risk assessment completed with parent", "Safety assessment", "DA screening and safety planning tool", "Child Impact Assessment Framework - domestic abuse tool"),
                 f"Case {c.caseno}   Completed with {c.mum} ({c.d(25, 'num')}) by {c.fca}",
                 f"Nature of abuse reported: {c.p('physical and coercive control', 'emotional abuse and financial control', 'threats to kill, strangulation (2022)', 'stalking since separation')}",
                 f"Frequency/escalation: {c.p('increasing in the last year', 'stopped after separation but continuing by text', 'single serious incident')}",
                 f"Child's exposure: {c.ch} {c.p('was present during incidents', 'heard arguments from upstairs', 'has told school about shouting')}",
                 f"Protective factors: {c.p('non-molestation order in place', 'mother has moved to a refuge address', 'supportive grandparents', 'IDVA involved')}",
                 f"Risk level (practitioner's view): {c.p('high', 'medium', 'standard')}",
                 "Safety plan: " + c.p("handovers via school only; address kept confidential", "no unsupervised time pending fact-finding", "refer to MARAC; police informed"),
                 f"Discussed with manager {c.sm} on {c.d(26, 'num')}."), doc=["DA risk assessment", "Safety assessment", "Risk tool"])


@T("safety-assessment", parts=("document", "attachment"), sources=("tree",))
def sa_welfare_referral(c):
    return out(J(c.p("Referral to Children's Social Care", "WELFARE REFERRAL", "Cafcass referral - section 47 concerns"), f"To: {c.council['name']} {c.council['dept']}",
                 f"From: {c.fca}, Cafcass", f"Date: {c.d(60, 'long')}", f"Child{'ren' if c.n_kids > 1 else ''}: " + "; ".join(c.kids_list()), f"Address: {c.addr_m}",
                 "Reason for referral: " + c.p(f"{c.ch} told me during a visit that {c.his} mother's partner 'hits us with a belt'.", "Disclosure by mother of ongoing domestic abuse with children present; she does not want to return to the refuge.", f"{c.ch} presented as hungry and unkempt; home conditions very poor; no food in the house."),
                 "Parents aware of referral: " + c.p("yes", "no - would place child at risk"), f"Cafcass remains involved; section 7 report due {c.d(130, 'long')}.",
                 "Please confirm receipt and the outcome of your enquiries."), doc=["Welfare referral", "Referral to LA"], rc=c.p("child-protection", None))


@T("safety-assessment", parts=("document",), sources=("tree", "upload"))
def sa_risk_matrix(c):
    items = pick_n(c.r, ["Alcohol misuse", "Drug misuse", "Domestic abuse", "Mental ill-health", "Child abduction risk", "Harmful conflict", "Neglect", "Sexual harm"], 4)
    return out(J(c.p("Risk and safety analysis", "Safety and risk assessment", "Assessment of risk (private law)"), f"{c.case_name} {c.caseno}",
                 "Factor | Evidence | Level", [f"{i} | {c.p('police call-out records', 'mother’s account', 'GP letter', 'school observations', 'hair strand test (positive)', 'father’s admission')} | {c.p('high', 'medium', 'low')}" for i in items],
                 "Impact on the child: " + c.p("anxiety, bedwetting, reluctance to attend school", "none observed", "child describes being frightened at night"),
                 "Conclusion: " + c.p("unsupervised contact is not safe at present", "risk can be managed with a written agreement", "further assessment needed before recommendation"),
                 f"{c.fca} / reviewed by {c.sm}"), doc=["Risk assessment", "Safety assessment"])


@T("safety-assessment", parts=("document", "attachment"), sources=("tree",))
def sa_lado(c):
    job = c.p("teaching assistant", "football coach", "nursery worker", "foster carer", "taxi driver for school transport", "youth worker")
    return out(J(c.p("LADO referral", "Referral to the Local Authority Designated Officer", "Allegation against a person who works with children"),
                 f"To: LADO, {c.council['name']}", f"From: {c.fca}, Cafcass {c.office}", f"Date {c.d(50, 'num')}",
                 f"Person concerned: {c.p(c.dad, c.resp, c.person())}, employed as a {job}.",
                 c.p("During the safeguarding interview the mother alleged that he had hit the child with a slipper.", "The police disclosure shows an arrest for an assault on a child in 2021 (NFA).", "The child described being locked in a room."),
                 "The person's employer is not aware of the proceedings.", "Cafcass has not informed the individual of this referral.", "Outcome requested."), doc=["LADO referral", "Referral"], rc=c.p("adult-posing-risk", None))


@T("safety-assessment", "cy", parts=("document",), sources=("tree",))
def sa_cy(c):
    return out(J(c.p("Asesiad diogelwch", "ASESIAD RISG A DIOGELWCH", "Offeryn sgrinio cam-drin domestig"), f"Rhif yr achos: {c.caseno}", f"Cwblhawyd gyda {c.mum} gan {c.fca}, {c.d(25, 'long')}",
                 f"Natur y cam-drin: {c.p('rheolaeth drwy orfodaeth', 'cam-drin corfforol', 'bygythiadau dros negeseuon testun')}",
                 f"Profiad y plentyn: roedd {c.ch} {c.p('yn bresennol', 'yn clywed y dadlau', 'wedi dweud wrth yr athrawes')}",
                 f"Ffactorau amddiffynnol: {c.p('gorchymyn peidio ag ymyrryd', 'cefnogaeth teulu', 'IDVA yn rhan')}",
                 f"Lefel risg: {c.p('uchel', 'canolig', 'safonol')}", "Cynllun diogelwch: " + c.p("trosglwyddo drwy'r ysgol yn unig", "dim cyswllt heb oruchwyliaeth", "atgyfeirio i MARAC")),
               doc=["Asesiad diogelwch"])

# ==============================================================================================
# reporting-to-court: safeguarding-letter, section-7-report, guardian-analysis, letter-to-court,
# addendum-report
# ==============================================================================================
def _checks_para(c):
    return c.p(
        f"Local authority checks ({c.council['name']}): {c.p('not known', 'known - historic referral, closed', 'known - CIN plan 2021')}. Police checks ({c.police['name']}): {c.p('no trace', 'three domestic call-outs between 2021 and 2023', 'one conviction for the respondent (2018, drink driving)')}.",
        f"Cafcass has received information from {c.council['name']} and {c.police['name']}. The police information records {c.p('two domestic incidents', 'no information', 'a caution for assault in 2019')}; the local authority has {c.p('no record', 'a closed record from 2020')}.",
    )


@T("safeguarding-letter", parts=("document", "attachment"))
def sl_standard(c):
    return out(J(cafcass_head(c), c.p("SAFEGUARDING LETTER", "Safeguarding Letter", "Cafcass Safeguarding Letter to the Court", "Report to the court before the first hearing"),
                 c.court_head(False), f"Children: {c.kids_ages()}", f"Date of FHDRA: {c.d(35, 'long')}", f"Author: {c.fca}, {c.p('Family Court Adviser', 'FCA')}", "",
                 "1. Introduction", c.p("This letter is to inform the court of the outcome of the safeguarding enquiries undertaken by Cafcass before the first hearing.", f"This letter sets out the outcome of the safeguarding checks and telephone interviews with {c.app} and {c.resp}."),
                 "2. Safeguarding checks", _checks_para(c),
                 "3. Telephone interviews", f"{c.app} ({c.app_role}) told me {c.p('that she is worried about the father’s drinking', 'that he wants to see the children every other weekend', 'that contact stopped in the summer after an argument')}. {c.resp} ({c.resp_role}) {c.p('agrees in principle to contact but wants it to be supervised', 'does not agree to any contact', 'did not respond to my calls')}.",
                 "4. Child's views", c.p("Cafcass has not spoken to the children at this stage.", f"{c.ch} has not been spoken to; at {c.ch_age} {c.he} is likely to have views the court may wish to hear."),
                 "5. Recommendations", c.p(f"Cafcass recommends that a section 7 report is ordered, focusing on the allegations of domestic abuse, to be filed within 12 weeks.", "The court may wish to consider whether a fact-finding hearing is needed before welfare decisions are made.", "There are no safeguarding issues that prevent the parties agreeing arrangements at the first hearing; a referral to SPIP is recommended."),
                 f"{c.fca}", f"{c.d(30, 'long')}"),
               doc=["Safeguarding letter", "SG letter", "SL"], frm=cafcass_mail(c), subj=[f"Safeguarding letter {c.caseno}", f"{c.case_name} - SL for FHDRA", "Letter for first hearing"])


@T("safeguarding-letter", parts=("document", "attachment"))
def sl_numbered(c):
    return out(J(c.court_head(False), c.parties(False), "", c.p("Safeguarding letter", "SAFEGUARDING LETTER - PRIVATE LAW (C100)", "Cafcass: safeguarding enquiries"),
                 f"1. The application by {c.app} seeks a {c.p('child arrangements order (spend time with)', 'child arrangements order (live with)', 'specific issue order (change of school)', 'prohibited steps order (removal from the jurisdiction)')}.",
                 "2. " + _checks_para(c),
                 f"3. Both parents were interviewed by telephone on {c.d(20, 'long')} and {c.d(22, 'long')}. {c.p('Allegations of harm are made in the C1A.', 'No allegations of harm are made.', 'The respondent makes cross-allegations.')}",
                 f"4. {c.p('Risk has been identified', 'No risk of harm has been identified', 'Further assessment is required')} and the children's welfare {c.p('may be at risk if arrangements proceed without assessment', 'can be safeguarded by an agreed arrangement')}.",
                 f"5. Recommendation: {c.p('section 7 report (Cafcass), 12 weeks', 'the parties attend a Separated Parents Information Programme', 'the local authority be asked to prepare a section 7 report as the children are open to them', 'interim indirect contact only')}.",
                 f"{c.fca}, Cafcass, {c.d(31, 'num')}"), doc=["Safeguarding letter", "Cafcass safeguarding letter"])


@T("safeguarding-letter", parts=("document", "attachment"), sources=("scan", "tree"))
def sl_short(c):
    return out(J(cafcass_head(c), c.d(30, "long"), our_ref(c), f"To: {c.court['name']}", f"Re: {c.kid_names} ({c.caseno})", "", "Dear Sir/Madam,",
                 f"The safeguarding enquiries in this case are complete. {_checks_para(c)}",
                 f"Neither parent raised welfare concerns in the telephone interviews and they both want {c.kid_names} to have a relationship with the other parent.",
                 c.p("Cafcass does not consider there is a need for further work. The parties could be assisted by mediation.", "Cafcass considers a short wishes and feelings report would assist."),
                 "Yours faithfully", c.fca, fca_role(c)), doc=["Safeguarding letter", "letter to court FHDRA"])


@T("safeguarding-letter", parts=("document", "attachment"))
def sl_update(c):
    return out(J(c.p("Safeguarding letter (updated)", "Safeguarding letter - further to checks", "SAFEGUARDING UPDATE"), f"Case: {c.case_name}  {c.caseno}",
                 f"Hearing: {c.d(36, 'long')} before {c.judge}",
                 f"At the time of the original letter the police checks from {c.police['name']} had not been received. They have now been received and show {c.p('an arrest of the respondent in 2022 for assault (no further action)', 'nothing of relevance', 'an ongoing investigation involving the applicant')}.",
                 c.p("This does not change the recommendation.", "In light of this information Cafcass now recommends that any contact is supervised pending a section 7 report.", "The court may wish to list a fact-finding hearing."),
                 f"{c.fca}", c.p("Family Court Adviser", "FCA, Cafcass")), doc=["Updated safeguarding letter", "SL update"])


@T("safeguarding-letter", "cy", parts=("document", "attachment"))
def sl_cy(c):
    return out(J(cafcass_head(c, True), c.p("ADRODDIAD YMHOLIADAU DIOGELU", "Llythyr diogelu", "Adroddiad Ymholiadau Diogelu (SER)"), c.court_head(True), f"Plant: {c.kids_ages(True)}", f"Dyddiad y FHDRA: {c.d(35, 'long')}", "",
                 "1. Cyflwyniad", "Pwrpas y llythyr hwn yw hysbysu'r llys o ganlyniad yr ymholiadau diogelu a wnaed gan CAFCASS Cymru cyn y gwrandawiad cyntaf.",
                 "2. Gwiriadau", f"{c.council['cy']}: {c.p('ddim yn hysbys', 'yn hysbys - atgyfeiriad yn 2020, wedi cau')}. {c.police['cy']}: {c.p('dim cofnod', 'dau ddigwyddiad domestig', 'un rhybudd i’r atebydd')}.",
                 "3. Cyfweliadau dros y ffôn", f"Siaradais â {c.app} a {c.resp}. {c.p('Mae’r ddau eisiau i’r plant gael perthynas â’r ddau riant.', 'Mae’r fam yn poeni am yfed y tad.', 'Nid yw’r atebydd yn cytuno i gyswllt.')}",
                 "4. Argymhelliad", c.p("Mae CAFCASS Cymru yn argymell y dylid gorchymyn adroddiad adran 7.", "Argymhellir atgyfeirio'r rhieni at Gweithio Gyda'n Gilydd er mwyn Plant.", "Efallai y bydd y llys am ystyried gwrandawiad canfod ffeithiau."),
                 c.fca, fca_role(c, True)), doc=["Adroddiad ymholiadau diogelu", "Llythyr diogelu", "SER"])


# ---------------------------------------------------------------- section-7-report
def _welfare_checklist(c):
    return [
        c.p(f"Wishes and feelings: {c.ch} told me {c.he} would like {c.p('to see dad every weekend', 'things to stay as they are', 'to live with mum and see dad on Saturdays', 'more time with both')}.", f"The child's ascertainable wishes and feelings: {c.ch} was clear and consistent across two meetings."),
        c.p(f"Physical, emotional and educational needs: {c.ch} is meeting milestones; {c.p('has an EHCP for speech and language', 'has no additional needs', 'is anxious and sees the school counsellor')}.", "Needs: the children need stability, a predictable routine, and to be shielded from the adult conflict."),
        "Likely effect of change: " + c.p("moving schools mid-year would be unsettling.", "an immediate move to overnight stays could cause distress; a gradual plan is better."),
        "Harm suffered or at risk of suffering: " + c.p("the children have been exposed to conflict at handovers.", "I have considered the police information carefully and PD12J.", "I have not identified a risk of physical harm."),
        "Capability of the parents: " + c.p("both parents can meet the children's day-to-day needs.", "the father has not yet shown insight into the impact of his behaviour.", "the mother has been protective and consistent."),
    ]


@T("section-7-report", parts=("document", "attachment"))
def s7_full(c):
    return out(J(cafcass_head(c), c.p("Section 7 Report", "REPORT TO THE COURT UNDER SECTION 7 CHILDREN ACT 1989", "Welfare report", "Cafcass report - child arrangements"),
                 c.court_head(False), c.parties(False), f"Children: {c.kids_ages()}", f"Author: {c.fca}   Date of report: {c.d(128, 'long')}", f"Hearing: {c.d(150, 'long')}", "",
                 "1. Summary of recommendations", c.p(f"{c.kid_names} should live with their {c.resp_role} and spend alternate weekends with their {c.app_role}.", "Contact should progress in three stages, set out at paragraph 40.", "There should be no direct contact at present; indirect contact by letter once a month."),
                 "2. Enquiries undertaken", f"I have read the court papers and met each parent once at home and {c.ch} twice. I have received information from {c.school}, {c.gp} and {c.council['name']}.",
                 "3. Background", f"The parents separated in {c.t0.year - c.r.randint(1, 3)}. {c.p('Contact broke down after an incident at a handover.', 'The father moved to another town for work.', 'The mother alleges coercive control.')}",
                 "4. Welfare checklist analysis", _welfare_checklist(c), "5. Conclusion", c.p("I have weighed the options of no order, the father's proposal and the mother's proposal.", "Taking everything into account, the arrangement set out above best meets the children's needs."),
                 f"{c.fca}", "Family Court Adviser"),
               doc=["Section 7 report", "S7 report", "Welfare report", "Cafcass report"], frm=cafcass_mail(c), subj=[f"s7 report {c.caseno}", "Report for filing", f"{c.case_name} - Cafcass report"])


@T("section-7-report", parts=("document", "attachment"))
def s7_headings(c):
    return out(J(c.court_head(False), c.matter(False), "", c.p("Report of the Family Court Adviser", "Section 7 report", "Child Arrangements: report to court"),
                 f"Prepared by {c.fca} at the direction of {c.judge} on {c.d(40, 'long')}", "",
                 "The child's voice", c.p(f"When I met {c.ch} at school {c.he} drew {c.his} family and put {c.his} {c.app_role} in a separate house. {c.ch} said, 'I like going but I don't like when they shout'.", f"{c.ch} told me {c.he} misses {c.his} {c.app_role}'s dog and wants to sleep over there 'sometimes'."),
                 "Parenting capacity", c.p("Both parents love the children and care for them well day to day.", "The mother has been the main carer; the father worked away until last year."),
                 "Risk", _checks_para(c), c.p("I have applied Practice Direction 12J.", "There are no findings of fact in this case."),
                 "Options", c.p("Option 1: no order. Option 2: spend time order as proposed by the father. Option 3: staged increase.", "The court could make a shared lives with order, or a lives with/spends time order."),
                 "Recommendation", c.p("A child arrangements order that the children live with both parents, alternating weeks during term time.", "A spends time order with supervised contact at a contact centre for 8 weeks, then unsupervised day time.", "No order; the parents have agreed a plan."),
                 "", c.fca, c.d(128, "long")), doc=["Section 7", "s7", "Report of FCA"])


@T("section-7-report", parts=("document", "attachment"))
def s7_la(c):
    return out(J(council_head(c), c.p("Section 7 Report (Local Authority)", "Report under section 7 Children Act 1989 prepared by the Local Authority", "Court report - child arrangements"),
                 f"Case no: {c.caseno}", f"Author: {c.sw}, Social Worker, {c.council['name']}", "",
                 f"The court directed on {c.d(35, 'long')} that {c.council['name']} prepare a section 7 report because the family is known to the authority.",
                 f"The children are {c.p('subject to a Child in Need plan', 'subject to a Child Protection Plan (emotional harm)', 'known following an assessment last year')}.",
                 "Analysis: " + c.p("The parents remain in conflict which is affecting the children's emotional wellbeing.", "The mother has made good progress with the plan.", "The father has not engaged with the DA programme."),
                 "Recommendation: " + c.p("the children live with the mother and spend supervised time with the father.", "a Family Assistance Order to the local authority for 12 months.", "no order"),
                 f"{c.sw}", f"Team manager: {c.sm}"), doc=["LA s7 report", "Section 7 report (LA)"], rc=c.p("child-protection", "other-childrens-social-care", None))


@T("section-7-report", parts=("document", "attachment"), sources=("scan", "tree", "upload"))
def s7_wishes(c):
    return out(J(c.p("Section 7 report - wishes and feelings", "Report limited to the wishes and feelings of the child", "WISHES AND FEELINGS REPORT"), f"{c.caseno}", f"Child: {c.ch_full}, aged {c.ch_age}",
                 f"The court asked for a report limited to {c.ch}'s wishes and feelings about {c.p('spending time with the father', 'the proposed move', 'which school to attend', 'overnight stays')}.",
                 f"I met {c.ch} on {c.d(70, 'long')} at {c.p('school', 'home', 'the Cafcass office')}. We used {c.p('a three houses tool', 'a wishes and feelings booklet', 'drawing and a scaling exercise')}.",
                 c.p(f"{c.ch} said {c.he} would like to see {c.his} {c.app_role} 'on Saturdays and for tea on Wednesdays'.", f"{c.ch} was clear that {c.he} wants to stay at {c.school} with {c.his} friends.", f"{c.ch} became quiet when the other parent was mentioned and said 'I don't want to talk about it'."),
                 f"In my view {c.ch}'s wishes are {c.p('authentic and should carry weight given their age', 'influenced by the adult conflict', 'consistent with what the school describes')}.",
                 "Recommendation: " + c.p("an order reflecting those wishes.", "the court hears from the parents before deciding.", "a review in six months."), c.fca), doc=["Wishes and feelings report", "s7 report"])


@T("section-7-report", "cy", parts=("document", "attachment"))
def s7_cy(c):
    return out(J(cafcass_head(c, True), c.p("ADRODDIAD ADRAN 7", "Adroddiad i'r llys o dan adran 7 Deddf Plant 1989", "Adroddiad lles"), c.court_head(True), c.parties(True), f"Plant: {c.kids_ages(True)}", f"Awdur: {c.fca}   Dyddiad: {c.d(128, 'long')}", "",
                 "1. Crynodeb o'r argymhellion", c.p(f"Dylai {c.kid_names_cy} fyw gyda'u {c.resp_role_cy} a threulio pob yn ail benwythnos gyda'u {c.app_role_cy}.", "Dylai cyswllt ddatblygu fesul cam.", "Ni ddylai fod cyswllt uniongyrchol ar hyn o bryd."),
                 "2. Ymholiadau", f"Rwyf wedi darllen papurau'r llys, wedi cyfarfod â'r ddau riant ac wedi cyfarfod â {c.ch} ddwywaith. Rwyf wedi cael gwybodaeth gan {c.school} a {c.gp}.",
                 "3. Dymuniadau a theimladau", f"Dywedodd {c.ch} wrthyf {c.p('ei fod eisiau gweld ei dad bob penwythnos', 'ei bod eisiau aros yn yr ysgol', 'nad yw eisiau aros dros nos eto')}.",
                 "4. Dadansoddiad", "Rwyf wedi ystyried y rhestr wirio lles a Chyfarwyddyd Ymarfer 12J.", "5. Casgliad", "Yn fy marn i, mae'r trefniant uchod yn diwallu anghenion y plant orau.", c.fca, fca_role(c, True)),
               doc=["Adroddiad adran 7", "Adroddiad a7"])


# ---------------------------------------------------------------- guardian-analysis
@T("guardian-analysis", parts=("document", "attachment"), law="public")
def ga_initial(c):
    rc = c.p("looked-after-child", "looked-after-child", None)
    return out(J(c.court_head(False), c.parties(False), "", c.p("INITIAL ANALYSIS AND RECOMMENDATIONS OF THE CHILDREN'S GUARDIAN", "Children's Guardian: initial analysis", "Guardian's Initial Analysis (CMH)"),
                 f"Prepared for the Case Management Hearing on {c.d(20, 'long')}", f"Guardian: {c.fca}", "",
                 f"1. The local authority issued care proceedings on {c.d(0, 'long')} and seeks interim care orders. The children are {c.p('placed with local authority foster carers', 'placed with their maternal grandmother under a regulation 24 placement', 'at home with their mother')}.",
                 f"2. I have read the application, the social work evidence and the threshold document and I have met {c.kid_names} {c.p('in placement', 'at school', 'at the contact centre')}.",
                 "3. Interim threshold: " + c.p("I am satisfied that the interim threshold is met on the basis of neglect and exposure to domestic abuse.", "The parents do not accept threshold; I consider it is met."),
                 "4. Interim plan: " + c.p("I support the interim care orders and separation at this stage.", "I do not support removal; the children can be safeguarded at home with a written agreement."),
                 "5. Assessments: " + c.p(f"I support the application for a psychological assessment of the mother by {c.expert[0]}.", "Parenting assessments of both parents; viability assessments of the family members put forward.", "Hair strand testing of both parents for 6 months."),
                 "6. Timetable: final hearing within 26 weeks.", f"{c.fca}, Children's Guardian"), doc=["Initial analysis", "Guardian's initial analysis", "IA"], rc=rc)


@T("guardian-analysis", parts=("document", "attachment"), law="public")
def ga_final(c):
    rc = c.p("looked-after-child", "adoption", None)
    return out(J(c.court_head(False), c.matter(False), "", c.p("FINAL ANALYSIS AND RECOMMENDATIONS", "Children's Guardian - Final Analysis", "Final analysis of the children's guardian"),
                 f"Guardian: {c.fca}   Solicitor for the children: {c.sol_c['name']}", "",
                 c.p("Welfare checklist", "Analysis"), f"{c.ch} has been in foster care for {c.r.randint(5, 14)} months. {c.p(c.he.capitalize() + ' is settled and doing well at school.', c.he.capitalize() + ' has complex needs and needs a specialist placement.')}",
                 c.p("The realistic options are: return home under a supervision order; special guardianship to the paternal aunt; long-term foster care; placement for adoption.", "I have considered each realistic option, with its advantages and disadvantages, in line with Re B-S."),
                 "Recommendation: " + c.p("a care order with a plan of long-term foster care; contact with parents six times a year.", "a care order and a placement order; nothing else will do.", "a special guardianship order to the paternal aunt, with a 12 month supervision order.", "the children return home under a 12 month supervision order."),
                 f"Contact: {c.p('sibling contact must be preserved', 'letterbox contact with the parents', 'monthly direct contact')}.", f"{c.fca}", c.d(170, "long")), doc=["Final analysis", "Guardian's final analysis"], rc=rc)


@T("guardian-analysis", parts=("document", "attachment"), law="public")
def ga_position_like(c):
    return out(J(c.p("Analysis of the Children's Guardian for the Issues Resolution Hearing", "Guardian analysis - IRH", "Interim analysis (children's guardian)"), f"{c.caseno}", f"Children: {c.kids_ages()}",
                 f"The evidence filed since the CMH includes the {c.p('parenting assessment', 'psychological report', 'hair strand test results', 'viability assessments')}.",
                 c.p("It is my analysis that the mother has not been able to make the changes needed within the children's timescales.", "The father has engaged well and there is now a realistic prospect of the children living with him.", "There remain issues to be resolved at a contested final hearing."),
                 "The children's wishes: " + c.p(f"{c.ch} wants to go home 'to mum and the cat'.", f"{c.ch} told me {c.he} likes {c.his} foster carer and wants to stay.", "The children are too young to express a view; I have observed them."),
                 "I agree with the local authority's care plan." if c.chance(0.5) else "I do not agree with the local authority's care plan, for the reasons given above.", c.fca), doc=["Guardian analysis", "IRH analysis"], rc=c.p("looked-after-child", None))


@T("guardian-analysis", parts=("document", "attachment"), law="public")
def ga_r164(c):
    return out(J(c.court_head(False), c.parties(False), "", c.p("ANALYSIS OF THE CHILDREN'S GUARDIAN (Rule 16.4)", "Children's guardian's analysis - private law (r16.4)", "Guardian's analysis and recommendations"),
                 f"I was appointed as children's guardian on {c.d(10, 'long')} under rule 16.4 FPR 2010 because of {c.p('the intractable dispute', 'implacable hostility', 'the allegations of alienating behaviours')}.",
                 f"{c.ch} has not seen {c.his} {c.app_role} for {c.r.randint(8, 30)} months.",
                 "My analysis is that " + c.p(f"{c.ch}'s refusal is rooted in fear rather than manipulation.", "the child has been drawn into the adult conflict and their view is not their own.", "both parents have contributed to the breakdown."),
                 "Recommendation: " + c.p("therapeutic reunification work with an independent social worker.", "a transfer of residence is not in the child's interests; a period of no contact.", "a staged plan with professional support."),
                 f"{c.fca}, Children's Guardian"), doc=["Guardian analysis r16.4", "Analysis"], rc=None)


@T("guardian-analysis", "cy", parts=("document", "attachment"), law="public")
def ga_cy(c):
    return out(J(c.court_head(True), c.parties(True), "", c.p("DADANSODDIAD AC ARGYMHELLION Y GWARCHEIDWAD PLANT", "Dadansoddiad cychwynnol y gwarcheidwad plant", "Dadansoddiad terfynol y gwarcheidwad"),
                 f"Gwarcheidwad: {c.fca}", f"Cychwynnodd yr awdurdod lleol achos gofal ar {c.d(0, 'long')}. Mae'r plant {c.p('gyda gofalwyr maeth yr awdurdod lleol', 'gyda’u nain', 'adref gyda’u mam')}.",
                 "Rwyf wedi darllen tystiolaeth yr awdurdod lleol ac wedi cyfarfod â'r plant.",
                 "Trothwy: " + c.p("rwy'n fodlon bod y trothwy interim wedi'i gyrraedd.", "nid yw'r rhieni'n derbyn y trothwy."),
                 "Argymhelliad: " + c.p("gorchymyn gofal interim.", "gorchymyn gofal a chynllun gofal maeth tymor hir.", "gorchymyn gwarcheidiaeth arbennig i'r fodryb."), c.fca, "Gwarcheidwad Plant"),
               doc=["Dadansoddiad y gwarcheidwad"], rc=c.p("looked-after-child", None))


# ---------------------------------------------------------------- letter-to-court
@T("letter-to-court", parts=("document", "attachment", "email"))
def ltc_fao(c):
    return out(J(cafcass_head(c), c.d(180, "long"), our_ref(c), "", f"{c.p('District Judge', 'The Judge', 'Court Manager')}", c.court["name"], "", "Dear Sir/Madam," if c.chance(0.5) else f"Dear {c.judge},",
                 f"Re: {c.kid_names} - {c.caseno}", c.p("Family Assistance Order - end of order", "Update to the court in place of a report"),
                 c.p(f"I write to inform the court that the Family Assistance Order made on {c.d(0, 'long')} has now ended.", "I am writing to update the court as directed at the last hearing."),
                 c.p("During the order I met the parents on five occasions and helped them agree a parenting plan. Contact has taken place every alternate weekend as ordered.", "Unfortunately the father has not attended the last three sessions and contact has not taken place since April."),
                 c.p("No further involvement from Cafcass is required.", "I do not consider that any further order is needed.", "The court may wish to list the matter for review."),
                 "I would ask that this letter is placed on the court file.", "", signoff(c, c.fca, fca_role(c))), doc=["Letter to court", "Letter to the court - FAO", "Update letter"], frm=cafcass_mail(c), subj=["Letter for the judge", f"{c.caseno} update to court", "FAO ended"])


@T("letter-to-court", parts=("email", "attachment"))
def ltc_extension(c):
    return out(J(c.p("Dear Court Staff,", "Dear Sir/Madam,", "Good morning,"), "", c.p(f"Please could the following be placed before {c.judge} in {c.case_name} ({c.caseno}).", f"I should be grateful if this email could be put before the judge urgently."),
                 c.p(f"Cafcass is directed to file a section 7 report by {c.d(130, 'long')}. Unfortunately, I am unable to do so because {c.p('the school information has not been received', 'the mother has been in hospital', 'I have been unwell', 'the police disclosure is outstanding')}.",
                     f"I am writing to let the court know that {c.ch} has disclosed {c.p('being hit', 'that the new partner shouts and throws things')} and I have made a referral to {c.council['name']}."),
                 c.p(f"I respectfully ask for an extension to {c.d(144, 'long')}. The hearing on {c.d(160, 'long')} should still be effective.", "The court may wish to consider listing an urgent hearing.", "I have notified the parties."),
                 "", c.p("Yours faithfully", "Kind regards"), c.fca, fca_role(c)), frm=cafcass_mail(c), subj=[f"Request for extension {c.caseno}", "For the attention of the judge - urgent", f"{c.case_name} - update"], doc=["Letter to court re extension"])


@T("letter-to-court", parts=("document", "attachment"))
def ltc_non_attend(c):
    return out(J(cafcass_head(c), c.d(150, "long"), our_ref(c), f"To: {c.court['name']}", "", c.p("Dear Legal Adviser,", "Dear Judge,", "Dear Sirs,"),
                 f"{c.case_name}: hearing on {c.d(152, 'long')}",
                 c.p("I note that the court has not directed Cafcass to attend the next hearing. For the avoidance of doubt I confirm my recommendations remain as set out in my report dated " + c.d(128, "long") + ".",
                     "I am unable to attend the hearing due to a prior listing in another court. My report has been filed and I have nothing further to add.",
                     f"Since my report was filed, {c.app} has informed me that {c.p('the children have started staying overnight', 'contact has stopped', 'she has moved house')}. This does not change my recommendation."),
                 "", signoff(c, c.fca, fca_role(c))), doc=["Letter to court", "Letter re hearing"])


@T("letter-to-court", parts=("document", "attachment"), sources=("tree", "scan"))
def ltc_enforcement(c):
    return out(J(c.court_head(False), c.p("Letter to the court - enforcement (s11H monitoring)", "Monitoring report under section 11H", "Cafcass - monitoring letter"), c.d(200, "long"), "",
                 f"The court directed Cafcass to monitor compliance with the child arrangements order made on {c.d(0, 'long')} for {c.p('six', 'twelve')} months.",
                 c.p("Contact has largely taken place as ordered; two weekends were missed because of illness.", "Contact has not taken place since the order was made. The mother says the child refuses to go.", "The parties have agreed some changes to the order, which are working."),
                 c.p("I recommend that the monitoring period ends.", "I recommend the matter is listed for the court to consider enforcement.", "I invite the court to make no further direction."),
                 c.fca, fca_role(c)), doc=["Monitoring letter", "Letter to court 11H"])


@T("letter-to-court", "cy", parts=("document", "attachment", "email"))
def ltc_cy(c):
    return out(J(cafcass_head(c, True), c.d(180, "long"), our_ref(c, True), f"At: {c.court['cy']}", "", c.p("Annwyl Farnwr,", "Annwyl Syr/Madam,"),
                 f"Parthed: {c.kid_names_cy} - {c.caseno}",
                 c.p(f"Ysgrifennaf i hysbysu'r llys bod y Gorchymyn Cymorth i Deuluoedd a wnaed ar {c.d(0, 'long')} wedi dod i ben.", "Ysgrifennaf i ddiweddaru'r llys fel y cyfarwyddwyd yn y gwrandawiad diwethaf.", f"Ysgrifennaf i ofyn am estyniad i ffeilio'r adroddiad adran 7 tan {c.d(144, 'long')}."),
                 c.p("Mae'r cyswllt wedi digwydd bob yn ail benwythnos.", "Nid yw'r wybodaeth gan yr ysgol wedi dod i law eto.", "Nid oes angen unrhyw waith pellach gan CAFCASS Cymru."),
                 "Gofynnaf i'r llythyr hwn gael ei roi ar ffeil y llys.", "", signoff(c, c.fca, fca_role(c, True), True)),
               doc=["Llythyr at y llys"], frm=cafcass_mail(c), subj=[f"Llythyr i'r barnwr - {c.caseno}", "Diweddariad i'r llys"])


# ---------------------------------------------------------------- addendum-report
@T("addendum-report", parts=("document", "attachment"))
def add_standard(c):
    return out(J(cafcass_head(c), c.p("ADDENDUM REPORT", "Addendum Section 7 Report", "Addendum to section 7 report", "Further report of the Family Court Adviser"),
                 c.court_head(False), f"Author: {c.fca}   Date: {c.d(220, 'long')}", "",
                 f"1. This addendum should be read with my report dated {c.d(128, 'long')}.",
                 f"2. At the hearing on {c.d(150, 'long')} the court directed an addendum to address {c.p('the outcome of the fact-finding hearing', 'the progress of the interim contact', 'the hair strand test results', 'the wishes and feelings of ' + c.ch + ' now that ' + c.he + ' is older')}.",
                 "3. Since my last report " + c.p("the court found that the father had been controlling and had assaulted the mother on two occasions.", f"interim contact has taken place at {c.centre} on six occasions; the reports are positive.", "the test results showed chronic excessive alcohol use."),
                 f"4. I met {c.ch} again on {c.d(200, 'long')}. " + c.p(f"{c.ch} said contact was 'fun' and {c.he} wants longer.", f"{c.ch} was less sure and asked if {c.he} could choose.", f"{c.ch} did not want to talk about {c.his} {c.app_role}."),
                 "5. Updated recommendation: " + c.p("contact should move to unsupervised day time, then overnights after three months.", "my previous recommendation stands.", "indirect contact only; the father should complete a DA perpetrator programme."),
                 c.fca), doc=["Addendum report", "Addendum s7", "Addendum"], frm=cafcass_mail(c), subj=["Addendum report", f"{c.caseno} addendum for filing"])


@T("addendum-report", parts=("document", "attachment"))
def add_short(c):
    return out(J(c.p("Addendum", "Update report (addendum)", "Addendum report - further enquiries"), f"{c.case_name}   {c.caseno}", f"{c.d(210, 'num')}",
                 f"The court asked me to update my recommendations following {c.p('the father’s move', 'the mother’s new relationship', 'the police investigation concluding', 'the SPIP course')}.",
                 c.p(f"I have carried out updated checks. {c.police['name']} reports no new incidents.", f"I have spoken to both parents and to {c.ch}'s class teacher.", "I have read the further statements filed by the parties."),
                 "My recommendation " + c.p("is unchanged.", "is now that the children spend alternate weekends and half of school holidays with their father.", "changes: I no longer support overnight contact."),
                 c.fca, fca_role(c)), doc=["Addendum report", "update report"])


@T("addendum-report", parts=("document", "attachment"), law="public")
def add_guardian(c):
    return out(J(c.court_head(False), c.p("Addendum analysis of the Children's Guardian", "Guardian's addendum report", "ADDENDUM - CHILDREN'S GUARDIAN"), f"Guardian: {c.fca}",
                 f"This addendum is filed because the local authority has changed its care plan for {c.ch} from {' to '.join(pick_n(c.r, ['rehabilitation home', 'long-term foster care', 'adoption', 'special guardianship', 'placement with father'], 2))}.",
                 "I have visited the proposed carers and discussed the change with the social worker and the IRO.",
                 c.p("I support the amended care plan.", "I have reservations about the speed of the change and recommend a transition plan is filed.", "I do not support the change."),
                 c.fca), doc=["Guardian addendum", "Addendum analysis"], rc=c.p("looked-after-child", None))


@T("addendum-report", parts=("document", "attachment"), sources=("scan", "tree"))
def add_numbered(c):
    n = c.r.randint(40, 60)
    return out(J(c.court_head(False), c.parties(False), "", c.p("ADDENDUM SECTION 7 REPORT", "Supplementary report"), "",
                 f"{n}. This report supplements my section 7 report of {c.d(128, 'long')} (paragraphs 1-{n - 1}).",
                 f"{n + 1}. " + c.p(f"The court has now made findings against the {c.resp_role} ({c.p('judgment of ' + c.d(190, 'long'), 'see schedule of findings')}).", "The mother has completed the Freedom Programme.", "The father's drug test results are negative for cocaine and cannabis."),
                 f"{n + 2}. I have revisited my analysis in light of those matters.",
                 f"{n + 3}. Recommendation: " + c.p("supervised contact for a further three months then review.", "the children live with their father.", "no change to my original recommendation."),
                 c.fca, c.d(225, "long")), doc=["Addendum s7 report"])


@T("addendum-report", "cy", parts=("document", "attachment"))
def add_cy(c):
    return out(J(cafcass_head(c, True), c.p("ADRODDIAD ATODOL", "Adroddiad adran 7 atodol", "Adroddiad atodol y gwarcheidwad"), c.court_head(True), f"Awdur: {c.fca}", f"Dyddiad: {c.d(220, 'long')}",
                 f"1. Dylid darllen yr adroddiad atodol hwn gyda fy adroddiad dyddiedig {c.d(128, 'long')}.",
                 f"2. Cyfarwyddodd y llys adroddiad atodol i ystyried {c.p('canlyniad y gwrandawiad canfod ffeithiau', 'cynnydd y cyswllt interim', 'canlyniadau’r profion gwallt')}.",
                 f"3. Cyfarfûm â {c.ch} eto ar {c.d(200, 'long')}. Dywedodd {c.p('fod y cyswllt yn hwyl', 'nad oedd yn siŵr', 'nad oedd eisiau siarad am y peth')}.",
                 "4. Argymhelliad diwygiedig: " + c.p("mae fy argymhelliad blaenorol yn sefyll.", "dylai'r cyswllt symud i fod heb oruchwyliaeth yn ystod y dydd.", "cyswllt anuniongyrchol yn unig."), c.fca),
               doc=["Adroddiad atodol"])

# ==============================================================================================
# direct-work: letter-from-child, child-drawing, direct-work-record, child-meets-judge
# ==============================================================================================
def _misspell(c, s):
    if c.chance(0.6):
        for a, b in [("because", "becos"), ("want", "wont"), ("really", "realy"), ("friends", "freinds"), ("school", "scool"), ("would", "wud"), ("their", "there"), ("please", "plese")]:
            if c.chance(0.4):
                s = s.replace(a, b)
    return s


@T("letter-from-child", parts=("document", "attachment"), sources=("scan", "upload"))
def lfc_dear_judge(c):
    body = c.p(f"I want to live with my {c.resp_role} and see my {c.app_role} at the weekends because I miss {c.p('him', 'her')}.",
               f"please can I stay at my school because all my friends are there and I am in the football team.",
               f"I dont want to go to dads house any more because he shouts and I get scared at night.",
               f"I love my mum and my dad the same. I just want them to stop arguing.",
               f"I would really like to see my nan and my {c.app_role} more. Every other weekend is not enough.")
    return out(_misspell(c, J(c.p("Dear Judge", "To the judge", "Dear judge,", "Dear Mr Judge", "To the lady judge"), "", body,
                             c.p("", "Thank you for reading my letter.", f"I am {c.ch_age} and a half.", "Please dont tell mum I wrote this."), "", c.p("From", "Love", "from"), c.ch + c.p("", " x", " xx", f" age {c.ch_age}"))),
               doc=["Letter from child", f"{c.ch}'s letter", "Child's letter to judge"], frm=cafcass_mail(c), subj=[f"{c.ch}'s letter", "Letter from child - for the court"])


@T("letter-from-child", parts=("document", "attachment"), sources=("scan", "upload"))
def lfc_to_fca(c):
    return out(_misspell(c, J(c.p(f"Dear {c.fca_f}", f"To {c.fca_f} from cafcass", "Hi"), "",
                             c.p(f"Thank you for coming to see me at school. I forgot to tell you some things.", "I wanted to write down what I said because I got nervous.", "This is what I want the court to know."),
                             c.p(f"1. I want to see dad on saturdays\n2. I dont want to sleep over yet\n3. I want my dog to come", f"I like it at mums. At dads its boring and his girlfriend is mean to me sometimes.", f"When I am older I want to decide myself where I live."),
                             "", c.p("from", "bye", "thanks"), c.ch)), doc=["Letter from child", "Child's note"])


@T("letter-from-child", parts=("document", "attachment", "email"), sources=("scan", "upload"))
def lfc_teen(c):
    age = max(c.ch_age, 12)
    return out(J(c.p("To whoever is deciding", "Dear Judge,", "To the court"), "",
                 f"My name is {c.ch_full} and I am {age}. My {c.app_role} and {c.resp_role} are going to court about me and I want to say what I think.",
                 c.p(f"I have been to {c.his} house loads of times and I know what it's like. I don't want to be forced to go every weekend because I have work at the stables and my friends.",
                     "I want to live with my dad. I've told my mum this but she cries. I am not saying it because anyone told me to.",
                     "I don't feel safe when mum's boyfriend is there. I've told my teacher too."),
                 c.p("I would like to meet the judge if that's allowed.", "Please listen to me this time.", "I'm fine with seeing both of them as long as I get a say."),
                 "", c.ch), frm=c.email_of(c.ch_full, c.p("gmail.com", "icloud.com")), subj=["my letter", "for the judge", "what i want"], doc=["Letter from child (teenager)", f"{c.ch} letter"])


@T("letter-from-child", parts=("document", "attachment"), sources=("scan", "upload"))
def lfc_card(c):
    return out(J(c.p("To the court people", "DEAR JUDGE", "to the judge"), c.p("I want to see my daddy", "I want to live at mummys house", "I miss my dad"), c.p("please", "pleeeease", ""), c.p("love", "from"), c.ch.upper() if c.chance(0.3) else c.ch, c.p("<3", "xxx", "")),
               doc=["Child's note", "letter child"])


@T("letter-from-child", "cy", parts=("document", "attachment"), sources=("scan", "upload"))
def lfc_cy(c):
    return out(J(c.p("Annwyl Barnwr", "Annwyl farnwr,", f"Annwyl {c.fca_f}"), "",
                 c.p(f"Dwi eisiau byw efo mam a gweld dad ar y penwythnos achos dwi'n ei golli fo.", "Plis ga i aros yn fy ysgol achos mae fy ffrindiau i gyd yna.", "Dwi ddim eisiau mynd i dŷ dad achos mae o'n gweiddi.", "Dwi'n caru mam a dad yr un fath. Dwi jyst eisiau iddyn nhw stopio ffraeo."),
                 c.p("", "Diolch am ddarllen fy llythyr.", f"Dwi'n {c.ch_age} oed."), "", c.p("Oddi wrth", "Cariad", "Gan"), c.ch), doc=["Llythyr gan y plentyn", f"Llythyr {c.ch}"])


@T("child-drawing", parts=("document", "attachment"), sources=("scan", "upload"))
def cd_family(c):
    labels = pick_n(c.r, ["me", "mum", "dad", "nanny", "my dog", "my house", "baby", c.ch, "sun", "my room", "grandad", "school", "cat"], c.r.randint(3, 6))
    annot = c.p(f"Drawing by {c.ch} ({c.ch_age}) during visit on {c.d(70, 'num')} - 'my family'. {c.fca}", f"{c.ch} drew this at school {c.d(70, 'num')}", "", f"Done in session, {c.d(70, 'dots')}")
    return out(J([c.p(l, l.upper(), l.capitalize()) for l in labels], c.p("", "i love you", "happy", ":)"), annot), doc=["Drawing", f"{c.ch}'s drawing", "picture by child"])


@T("child-drawing", parts=("document", "attachment"), sources=("scan", "upload"))
def cd_three_houses(c):
    return out(J(c.p("House of worries", "worry house", "House of Worries"), c.p("shouting", "when dad is cross", "going to new school", "mum crying"),
                 c.p("House of good things", "good house", "Happy house"), c.p("my bike", "swimming", "going to nannas", "xbox"),
                 c.p("House of dreams", "dream house", "wishes"), c.p("mum and dad be friends", "live by the sea", "a puppy"),
                 c.p(f"({c.ch}, {c.d(72, 'num')})", f"{c.ch} {c.ch_age}yrs", "")), doc=["Three houses drawing", "Drawing"])


@T("child-drawing", parts=("document", "attachment"), sources=("scan", "upload"))
def cd_sparse(c):
    return out(J(c.p(c.ch, c.ch.upper(), ""), c.p("ME", "me and dad", "me and mum at the park", "MY HOUSE", "mi famly"), c.p("", "the end", "♥"), c.p("", "[drawing - crayon, no further text]", "scanned by FCA")),
               doc=["Drawing", "picture"])


@T("child-drawing", parts=("document", "attachment"), sources=("upload", "scan"))
def cd_feelings(c):
    faces = pick_n(c.r, ["happy", "sad", "angry", "scared", "worried", "excited", "calm"], 4)
    return out(J(c.p("How I feel", "My feelings", "Feelings faces"), [f"{f}{c.p(' - ', ': ', ' ')}{c.p('at dads', 'at mums', 'at school', 'at bedtime', 'on Sundays', 'when I go to contact')}" for f in faces],
                 c.p(f"{c.ch} chose colours and drew faces", f"{c.ch} ({c.ch_age}) - {c.d(75, 'num')}", "")), doc=["Feelings drawing", "Drawing"])


@T("child-drawing", "cy", parts=("document", "attachment"), sources=("scan", "upload"))
def cd_cy(c):
    labels = pick_n(c.r, ["fi", "mam", "dad", "nain", "taid", "y ci", "fy nhŷ", "haul", "ysgol", "babi"], c.r.randint(3, 5))
    return out(J(labels, c.p("", "dwi'n dy garu di", "hapus"), c.p(f"Llun gan {c.ch} ({c.ch_age} oed) - {c.d(70, 'num')}", f"{c.ch}", "")), doc=["Llun gan y plentyn", "Llun"])


@T("direct-work-record", parts=("document",), sources=("tree", "upload"))
def dw_session(c):
    return out(J(c.p("Direct work with child", "DIRECT WORK RECORD", "Record of session with child", "Meeting with " + c.ch), f"Case {c.caseno}", f"Child: {c.ch_full} ({c.ch_age})",
                 f"Date: {c.d(72, 'long')}  Venue: {c.p(c.school, 'home', 'Cafcass office', 'library')}  Worker: {c.fca}",
                 f"Tools used: {c.p('Three Houses', 'My Needs, Wishes and Feelings booklet', 'Ecomap', 'Scaling (0-10)', 'Bear cards', 'Sand tray')}",
                 f"I explained who I am and that I help the judge understand what children think. {c.ch} {c.p('understood', 'asked if the judge was nice', 'wanted to know if mum would see what I wrote')}.",
                 c.p(f"In the worry house {c.ch} wrote 'shouting at handovers'. In the good house 'going to the park with dad'.", f"On the scale {c.ch} put time at mum's at 9 and time at dad's at {c.r.randint(2, 8)}.", f"{c.ch} placed {c.his} {c.app_role} close on the ecomap and the {c.resp_role}'s partner far away."),
                 c.p(f"{c.ch} said: \"I want it to be fair.\"", f"{c.ch} said {c.he} would like to tell the judge {c.him}self.", ""),
                 f"Analysis: {c.p('views appear authentic', 'some adult language used', 'child anxious; views need testing at second meeting')}.", "Next steps: second session; feed back to parents with the child's agreement."),
               doc=["Direct work", "Session with child", "Wishes and feelings work"])


@T("direct-work-record", parts=("document", "attachment"), sources=("scan", "upload"))
def dw_form(c):
    return out(J(c.p("My needs, wishes and feelings", "ALL ABOUT ME", "My views for the court", "Things I want the judge to know"),
                 f"My name is: {c.ch}", f"I am {c.ch_age} years old", f"I live with: {c.p('mum', 'mum and my brother', 'dad', 'nan')}",
                 f"The best thing about my life: {c.p('football', 'my friends', 'my cat', 'going to dads')}", f"The thing that worries me most: {c.p('mum and dad shouting', 'moving house', 'nothing', 'not seeing dad')}",
                 f"What I would like to happen: {c.p('see dad every weekend', 'stay the same', 'live with both', 'have my own say')}",
                 f"Who I can talk to: {c.p('my teacher', 'nan', 'my big sister', 'nobody')}", c.p(f"Completed with {c.fca} on {c.d(70, 'num')}", "")), doc=["Wishes and feelings form", "All about me"])


@T("direct-work-record", parts=("document",), sources=("tree",))
def dw_sibling(c):
    return out(J(c.p("Direct work - sibling group", "Session notes: children seen together", "Record of direct work"), f"{c.d(76, 'num')} | {c.kid_names} | {c.p('home', 'contact centre', 'school')}", f"Worker: {c.fca}",
                 f"I saw the children {c.p('together and then separately', 'together', 'separately')}.",
                 f"Activity: {c.p('we made a map of where each person lives', 'we drew a week timetable', 'puppets and a story about two houses')}.",
                 c.p(f"{c.ch} took the lead and answered for the younger child; I gave each a turn.", "The children were relaxed and chatty.", "The youngest became tearful when talking about dad leaving."),
                 "What the children said: " + c.p("they want to see both parents and don't want to choose.", "they miss their father's house and their stepbrothers.", "they want the arguing to stop."),
                 f"Observations: {c.p('good sibling bond', 'eldest appears parentified', 'children aligned with one parent')}.", "Actions: record in s7; thank-you note sent to children."),
               doc=["Direct work notes", "Sibling session"])


@T("direct-work-record", parts=("document",), sources=("tree", "upload"))
def dw_scaling(c):
    return out(J(c.p("Scaling exercise", "Wishes and feelings - scaling and questions", "Child's views tool"), f"{c.ch}, {c.d(80, 'num')}",
                 f"Q: How happy are you at mum's? A: {c.r.randint(3, 10)}", f"Q: How happy are you at dad's? A: {c.r.randint(1, 10)}",
                 f"Q: If you had a magic wand what would you change? A: {c.p('no more fighting', 'a bigger bedroom at dads', 'see my nan', 'nothing')}",
                 f"Q: Is there anything you don't want me to tell anyone? A: {c.p('no', 'about the shouting', 'that I like dads girlfriend')}",
                 c.p(f"FCA note: {c.ch} was engaged and answered quickly.", f"FCA note: {c.ch} needed breaks; answers should be treated with caution.", "")),
               doc=["Scaling tool", "Direct work tool"])


@T("direct-work-record", "cy", parts=("document",), sources=("tree", "upload"))
def dw_cy(c):
    return out(J(c.p("Cofnod gwaith uniongyrchol", "Gwaith uniongyrchol gyda'r plentyn", "FY NYMUNIADAU A'M TEIMLADAU"), f"Plentyn: {c.ch} ({c.ch_age} oed)", f"Dyddiad: {c.d(72, 'long')}  Lleoliad: {c.p(c.school, 'y cartref')}  Gweithiwr: {c.fca}",
                 f"Offer: {c.p('Tri Thŷ', 'graddfa 0-10', 'ecomap', 'llyfryn dymuniadau a theimladau')}",
                 f"Esboniais pwy ydw i. Dywedodd {c.ch}: {c.p('“Dwi eisiau iddo fod yn deg.”', '“Dwi’n hoffi mynd at dad ond dim aros dros nos.”', '“Dwi ddim eisiau dewis.”')}",
                 f"Dadansoddiad: {c.p('mae’r safbwyntiau’n ymddangos yn ddilys', 'mae rhywfaint o iaith oedolion', 'roedd y plentyn yn bryderus')}.", "Camau nesaf: ail sesiwn."),
               doc=["Cofnod gwaith uniongyrchol"])


@T("child-meets-judge", parts=("document", "attachment"))
def cmj_note(c):
    return out(J(c.p("Note of meeting between the judge and the child", "NOTE OF THE CHILD'S MEETING WITH THE JUDGE", "Record of child meeting judge"), c.court_head(False),
                 f"Date: {c.d(150, 'long')}   Place: {c.p('judge’s room', 'a meeting room at court', 'by video')}", f"Present: {c.judge}, {c.ch} ({max(c.ch_age, 8)}), {c.fca} (Cafcass)",
                 f"The judge explained that {c.p('she', 'he')} would be making the decision and could not keep secrets; anything said may be shared with the parents.",
                 f"{c.ch} said {c.he} {c.p('likes going to dad’s but wants to sleep in own bed on school nights', 'wants to stay at the same school', 'wanted the judge to know it is not mum making him say things', 'hoped the judge would be fair')}.",
                 f"{c.ch} asked {c.p('what a judge does all day', 'whether the judge had children', 'if the judge would read the letter')}. The judge answered.",
                 "The meeting lasted about 20 minutes. The judge thanked the child.", f"Note taken by {c.fca}"), doc=["Note of meeting with judge", "Child meeting judge note"])


@T("child-meets-judge", parts=("document", "attachment", "email"))
def cmj_email(c):
    return out(J(c.p("Hi all,", "Dear colleagues,"), "",
                 f"Short note of {c.ch}'s meeting with {c.judge} today ({c.d(151, 'num')}), for the file. I was present throughout.",
                 f"- {c.ch} was nervous but settled after the judge showed {c.him} the court room.",
                 f"- {c.ch} told the judge {c.p('they want to see dad more', 'they feel nobody listens', 'they want to keep their phone so they can call mum', 'about their school and swimming')}.",
                 "- The judge explained she would not be deciding based only on what was said today.",
                 "- Judge will share a summary with the parties at the hearing.", "", c.fca), frm=cafcass_mail(c), subj=["Meeting with judge", f"{c.ch} met the judge", "Note - child meeting judge"], doc=["Note of child meeting judge"])


@T("child-meets-judge", parts=("document", "attachment"))
def cmj_letter_from_judge(c):
    return out(J(c.p(f"Dear {c.ch},", f"To {c.ch},"), "",
                 f"Thank you for coming to meet me {c.p('today', 'at court on ' + c.d(150, 'long'))}. It was good to meet you and hear about {c.p('your football', 'your dog Max', 'your school play', 'Minecraft')}.",
                 "You told me some important things about how you feel. I have listened carefully. I have to think about everything before I decide what is best for you and your family.",
                 c.p("I will make my decision soon and your Cafcass worker will explain it to you.", f"{c.fca_f} from Cafcass will come and see you to tell you what I have decided."),
                 "", c.p("Best wishes,", "From"), c.judge), doc=["Judge's letter to child", "Letter from judge to child"])


@T("child-meets-judge", parts=("document",), sources=("tree",))
def cmj_prep(c):
    return out(J(c.p("Child meeting the judge - record", "Meeting the judge: preparation and record"), f"{c.caseno} {c.ch_full}",
                 f"Preparation: I visited {c.ch} on {c.d(140, 'num')} to explain the meeting. {c.ch} chose to {c.p('write questions', 'bring a drawing', 'bring a friend’s toy')}.",
                 f"Meeting: {c.d(150, 'num')} with {c.judge}. {c.ch} spoke about {c.p('wanting fairness', 'missing dad', 'school')}; the judge explained the role of the judge.",
                 "Afterwards: " + c.p(f"{c.ch} said it was 'not scary'.", f"{c.ch} asked when the decision would be made."), f"{c.fca}"), doc=["Meeting the judge record"])


@T("child-meets-judge", "cy", parts=("document", "attachment"))
def cmj_cy(c):
    return out(J(c.p("Nodyn o gyfarfod y plentyn a'r barnwr", "COFNOD O GYFARFOD Y PLENTYN GYDA'R BARNWR"), c.court_head(True), f"Dyddiad: {c.d(150, 'long')}",
                 f"Yn bresennol: {c.judge_cy}, {c.ch}, {c.fca} (CAFCASS Cymru)",
                 "Esboniodd y barnwr mai hi/ef fyddai'n gwneud y penderfyniad ac na allai gadw cyfrinachau.",
                 f"Dywedodd {c.ch} {c.p('ei fod eisiau gweld dad yn amlach', 'ei bod eisiau aros yn yr un ysgol', 'nad oedd neb yn gwrando')}.",
                 "Parodd y cyfarfod tua 20 munud.", f"Nodyn gan {c.fca}"), doc=["Nodyn o gyfarfod y plentyn a'r barnwr"])

# ==============================================================================================
# court-orders: court-order, directions-order
# ==============================================================================================
def _order_head(c, title):
    return J(c.court_head(False), c.p(c.matter(False), ""), c.p(c.parties(False), ""), "", title,
             c.p(f"Made by {c.judge} on {c.d(c.r.randint(40, 200), 'long')}", f"Before {c.judge} sitting at {c.court['town']} on {c.d(c.r.randint(40, 200), 'long')}", f"Date of order: {c.d(c.r.randint(40, 200), 'num')}  Judge: {c.judge}"))


def _warning(c):
    return c.p("WARNING: Where a Child Arrangements Order is in force, no person may cause the child to be known by a new surname or remove the child from the United Kingdom without the written consent of every person with parental responsibility or the leave of the court.",
               "Warning notice: if you do not comply with this order you may be held in contempt of court and imprisoned or fined, or your assets may be seized.",
               "", "Notice of warning under section 11I Children Act 1989 attached.")


@T("court-order", parts=("document", "attachment"))
def co_cao(c):
    return out(J(_order_head(c, c.p("CHILD ARRANGEMENTS ORDER", "Order - Child Arrangements (final)", "FINAL ORDER", "ORDER")),
                 c.p("UPON hearing the applicant in person and counsel for the respondent", "UPON the parties reaching agreement", "UPON the court considering the section 7 report of " + c.fca, "The court read the bundle and heard evidence."),
                 "IT IS ORDERED THAT:", f"1. The child{'ren' if c.n_kids > 1 else ''} {c.kid_names} shall live with {c.resp}.",
                 f"2. The children shall spend time with {c.app} {c.p('on alternate weekends from Friday after school to Sunday at 5pm', 'every Saturday from 10am to 4pm', 'as agreed between the parties and in default on alternate weekends and half of the school holidays', 'by video call twice a week')}.",
                 f"3. Handovers shall take place {c.p('at school', 'at the McDonald’s car park on ' + c.p('Kirkstall Road', 'Station Road'), 'at the maternal grandmother’s home')}.",
                 f"4. {c.p('No order as to costs.', 'The application is otherwise dismissed.', 'This order is final.')}", _warning(c)),
               doc=["Final order", "CAO", "Child arrangements order", "Order"], frm=f"{c.court['mail']}@justice.gov.uk", subj=[f"Sealed order {c.caseno}", f"{c.case_name} - order", "Order"])


@T("court-order", parts=("document", "attachment"))
def co_psio(c):
    return out(J(_order_head(c, c.p("PROHIBITED STEPS ORDER", "Order (section 8 Children Act 1989) - prohibited steps", "SPECIFIC ISSUE ORDER")),
                 "IT IS ORDERED that" if c.chance(0.5) else "The court orders that",
                 c.p(f"{c.resp} shall not remove the child{'ren' if c.n_kids > 1 else ''} from the care of {c.app} save for contact as agreed.", f"{c.resp} must not remove the children from England and Wales.", f"The child {c.ch} shall attend {c.school}.", f"Neither parent shall change the children's surname."),
                 f"This order lasts until {c.p('further order', 'the child reaches 16', c.d(365, 'long'))}.", c.p("Penal notice: if you disobey this order you may be sent to prison.", ""), _warning(c)),
               doc=["Prohibited steps order", "PSO", "Order"], frm=f"{c.court['mail']}@justice.gov.uk", subj=["Order", f"{c.caseno} PSO"])


@T("court-order", parts=("document", "attachment"), law="public")
def co_care(c):
    t = c.p("CARE ORDER", "PLACEMENT ORDER", "SPECIAL GUARDIANSHIP ORDER", "INTERIM CARE ORDER", "SUPERVISION ORDER")
    rc = {"CARE ORDER": "looked-after-child", "PLACEMENT ORDER": "adoption", "INTERIM CARE ORDER": "looked-after-child"}.get(t)
    body = {"CARE ORDER": f"The child{'ren' if c.n_kids > 1 else ''} {c.kid_names} {'are' if c.n_kids > 1 else 'is'} placed in the care of {c.council['name']}.",
            "PLACEMENT ORDER": f"{c.council['name']} is authorised to place {c.ch_full} for adoption with any prospective adopters chosen by the authority.",
            "SPECIAL GUARDIANSHIP ORDER": f"{c.person()} is appointed special guardian for {c.ch_full}.",
            "INTERIM CARE ORDER": f"The children are placed in the interim care of {c.council['name']} until {c.d(60, 'long')} or further order.",
            "SUPERVISION ORDER": f"{c.council['name']} shall supervise the child{'ren' if c.n_kids > 1 else ''} for 12 months from the date of this order."}[t]
    return out(J(c.court_head(False), c.matter(False), c.parties(False), "", t, f"{c.p('Section 31', 'Section 21 Adoption and Children Act 2002', 'Section 14A', 'Section 38', 'Section 35')}",
                 f"Before {c.judge} on {c.d(180, 'long')}", c.p("The court is satisfied that the threshold criteria in section 31(2) are met.", "The court found the facts set out in the schedule."),
                 "IT IS ORDERED THAT", f"1. {body}", "2. " + c.p("The local authority shall file an updated care plan.", "Contact between the children and their parents is to be in accordance with the care plan.", "There shall be no order as to costs save detailed assessment of the publicly funded parties' costs."),
                 c.p("Sealed", "")), doc=["Care order", "Final order", "Order"], frm=f"{c.court['mail']}@justice.gov.uk", subj=[f"Sealed order {c.caseno}", "Final orders"], rc=rc)


@T("court-order", parts=("document", "attachment"), sources=("scan", "tree"))
def co_nonmol(c):
    return out(J(c.court_head(False), c.p("NON-MOLESTATION ORDER", "Non-molestation order (section 42 Family Law Act 1996)", "Order - Family Law Act 1996 Part IV"), f"Applicant: {c.mum}   Respondent: {c.dad}",
                 c.p("IMPORTANT NOTICE TO THE RESPONDENT", "To the respondent:"), f"You {c.dad} must obey this order. You should read it carefully.",
                 "The court orders that:", f"The respondent {c.dad} must not use or threaten violence against the applicant, and must not instruct, encourage or in any way suggest that any other person should do so.",
                 f"The respondent must not go to or enter {c.addr_m}.", "The respondent must not contact the applicant by any means, except through solicitors or as provided for in any child arrangements order.",
                 f"This order shall last until {c.d(365, 'long')} unless varied or discharged.", "Power of arrest / It is a criminal offence to breach this order (section 42A)."),
               doc=["Non-mol order", "Non molestation order", "FL404a"])


@T("court-order", parts=("document", "attachment"), law="high")
def co_high(c):
    return out(J("IN THE HIGH COURT OF JUSTICE", "FAMILY DIVISION", c.p("IN THE MATTER OF THE SENIOR COURTS ACT 1981", "IN THE MATTER OF THE CHILD ABDUCTION AND CUSTODY ACT 1985"), f"Case No: {c.caseno}", f"AND IN THE MATTER OF {c.ch_full.upper()} (A CHILD)",
                 f"Before {c.judge} sitting in private at the Royal Courts of Justice on {c.d(20, 'long')}", c.p("ORDER", "RETURN ORDER", "ORDER (WARDSHIP)"),
                 c.p(f"The child {c.ch} shall be returned to {c.p('Poland', 'Romania', 'Spain', 'Pakistan')} forthwith and in any event by {c.d(40, 'long')}.", f"{c.ch} shall remain a ward of this court during her minority or until further order.", f"The mother shall surrender her passport and the child's passport to the Tipstaff."),
                 "IT IS ORDERED THAT the parties must not publish any information likely to identify the child.", c.p("Liberty to apply.", "Costs reserved.")),
               doc=["High Court order", "Order (HC)"], frm="rcj.familydivision@justice.gov.uk", subj=["Order of " + c.judge, f"{c.caseno} sealed order"])


@T("court-order", "cy", parts=("document", "attachment"))
def co_cy(c):
    return out(J(c.court_head(True), c.matter(True), c.parties(True), "", c.p("GORCHYMYN", "GORCHYMYN TREFNIADAU PLANT", "GORCHYMYN TERFYNOL", "GORCHYMYN / ORDER"),
                 f"Gerbron {c.judge_cy} ar {c.d(180, 'long')}", "MAE'R LLYS YN GORCHYMYN:" if c.chance(0.5) else "Gorchmynnir:",
                 f"1. Bydd {c.kid_names_cy} yn byw gyda {c.resp}.", f"2. Bydd y plant yn treulio amser gyda {c.app} {c.p('bob yn ail benwythnos o ddydd Gwener hyd at ddydd Sul am 5pm', 'bob dydd Sadwrn rhwng 10am a 4pm', 'hanner gwyliau’r ysgol')}.",
                 "3. Dim gorchymyn ynghylch costau.", c.p("RHYBUDD: Os na fyddwch yn cydymffurfio â'r gorchymyn hwn, efallai y byddwch yn cael eich dal mewn dirmyg llys.", "Gorchymyn wedi'i selio.")),
               doc=["Gorchymyn", "Gorchymyn terfynol"], frm=f"{c.court['mail']}@justice.gov.uk", subj=[f"Gorchymyn {c.caseno}", "Order / Gorchymyn"])


# ---------------------------------------------------------------- directions-order
def _dirs(c):
    ds = [
        f"Cafcass shall file and serve a section 7 report by 4pm on {c.d(130, 'long')} addressing {c.p('the child’s wishes and feelings', 'whether overnight contact is safe', 'the allegations in the C1A', 'the proposed relocation')}.",
        f"The applicant shall file and serve a statement by {c.d(70, 'long')}, limited to 6 pages.",
        f"The respondent shall file a response to the schedule of allegations by {c.d(80, 'long')}.",
        f"{c.police['name']} is requested to disclose to the court records of call-outs to {c.addr_m} by {c.d(60, 'long')}.",
        f"The parties shall attend a Separated Parents Information Programme.",
        f"The matter is listed for a Dispute Resolution Appointment on {c.d(160, 'long')} at {c.r.randint(10, 14)}:00, time estimate {c.p('1 hour', '2 hours')}.",
        f"Permission is given to instruct {c.expert[0]} to prepare a {c.p('psychological assessment', 'report')} of {c.p('the mother', 'the family', 'both parents')}.",
        f"Hair strand testing of the {c.p('father', 'mother')} for cocaine and alcohol for 6 months; cost shared equally.",
        f"Cafcass to attend the next hearing.", "Permission to the parties to disclose this order to the SPIP provider.",
        f"The local authority shall file final evidence and care plan by {c.d(110, 'long')}.",
        "Any application to vary this order must be made on notice.",
    ]
    return [f"{i}. {d}" for i, d in enumerate(pick_n(c.r, ds, c.r.randint(4, 7)), 1)]


@T("directions-order", parts=("document", "attachment"))
def do_fhdra(c):
    return out(J(_order_head(c, c.p("ORDER - DIRECTIONS", "CASE MANAGEMENT ORDER", "Order: FHDRA directions", "DIRECTIONS", "ORDER")),
                 c.p("The parties attended the FHDRA.", "Upon the court reading the safeguarding letter.", "Upon the applicant attending and the respondent not attending."),
                 c.p("IT IS ORDERED THAT:", "The court directs:", "Directions:"), _dirs(c), c.p("Reserved to " + c.judge + " if available.", "")),
               doc=["Directions order", "FHDRA order", "CMO", "Order"], frm=f"{c.court['mail']}@justice.gov.uk", subj=[f"Order {c.caseno}", f"{c.case_name} - directions", "Sealed order following hearing"])


@T("directions-order", parts=("document", "attachment"))
def do_gatekeeping(c):
    return out(J(c.court_head(False), c.p("GATEKEEPING AND ALLOCATION", "Directions on issue", "Allocation and gatekeeping order", "Directions (on paper)"),
                 f"Made on the papers by {c.p(c.judge, 'the legal adviser (' + c.staff() + ')', c.judge + ' on the advice of the gatekeeping legal adviser')} on {c.d(5, 'long')}", f"Allocation: {c.p('Lay justices', 'District Judge', 'Circuit Judge')}",
                 "1. The application is listed for a First Hearing Dispute Resolution Appointment on " + c.d(35, "long") + ".", "2. Cafcass shall undertake safeguarding enquiries and file a safeguarding letter 3 days before the hearing.",
                 "3. The respondent shall file a C7 and, if appropriate, a C1A by " + c.d(20, "long") + ".", c.p("4. Special measures: separate waiting rooms.", "4. An interpreter (Polish) is required.", "4. The hearing shall be remote by CVP.")),
               doc=["Gatekeeping directions", "Directions on issue"], frm=f"{c.court['mail']}@justice.gov.uk", subj=["Notice of hearing and directions", f"{c.caseno} gatekeeping"])


@T("directions-order", parts=("document", "attachment"), law="public")
def do_cmo(c):
    return out(J(c.court_head(False), c.parties(False), c.p("CASE MANAGEMENT ORDER", "Standard Directions Order (public law)", "ORDER - Further Case Management Hearing"),
                 f"Made by {c.judge} on {c.d(25, 'long')}", "Recitals:", c.p("The children's guardian supports the interim care orders.", "The parents do not accept the threshold.", "Timetable for the child: final hearing before 26 weeks."),
                 "Directions:", _dirs(c), f"Issues Resolution Hearing: {c.d(150, 'long')}", f"Final hearing: {c.d(175, 'long')} (3 days)"),
               doc=["CMO", "Case management order"], frm=f"{c.court['mail']}@justice.gov.uk", subj=[f"CMO {c.caseno}", "Order from CMH"])


@T("directions-order", parts=("document", "attachment"), sources=("scan", "tree"))
def do_fact_finding(c):
    return out(J(c.court_head(False), c.p("Order for fact-finding hearing", "DIRECTIONS FOR FINDING OF FACT HEARING", "Order (PD12J directions)"),
                 f"{c.judge}, {c.d(60, 'long')}", "It is ordered that:", f"1. There shall be a fact-finding hearing on {c.d(120, 'long')} (2 days).",
                 f"2. The applicant shall file a Scott schedule limited to {c.p('5', '6', '8')} allegations by {c.d(75, 'long')}.", "3. The respondent shall respond to the schedule within 14 days.",
                 f"4. {c.police['name']} shall disclose body-worn footage and crime reports within 21 days.", "5. Cafcass is released from the proceedings pending the outcome; no section 7 report at present.",
                 "6. Special measures: screens and separate entrances."), doc=["Fact finding directions", "Directions order"])


@T("directions-order", "cy", parts=("document", "attachment"))
def do_cy(c):
    return out(J(c.court_head(True), c.parties(True), c.p("GORCHYMYN CYFARWYDDIADAU", "GORCHYMYN RHEOLI ACHOS", "Cyfarwyddiadau"), f"Gerbron {c.judge_cy} ar {c.d(35, 'long')}",
                 "Mae'r llys yn cyfarwyddo:", f"1. Bydd CAFCASS Cymru yn ffeilio a chyflwyno adroddiad adran 7 erbyn 4pm ar {c.d(130, 'long')}.",
                 f"2. Bydd y ceisydd yn ffeilio datganiad erbyn {c.d(70, 'long')}.", f"3. Rhestrir y mater ar gyfer Apwyntiad Datrys Anghydfod ar {c.d(160, 'long')}.",
                 c.p("4. Bydd y partïon yn mynychu Gweithio Gyda'n Gilydd er mwyn Plant.", "4. Bydd y gwrandawiad nesaf yn Gymraeg.", "4. Mae angen cyfieithydd ar y pryd.")),
               doc=["Gorchymyn cyfarwyddiadau"], frm=f"{c.court['mail']}@justice.gov.uk", subj=[f"Gorchymyn {c.caseno}", "Cyfarwyddiadau"])


# ==============================================================================================
# court-papers: application, position-statement, witness-statement, previous-cafcass
# ==============================================================================================
@T("application", parts=("document", "attachment"))
def app_c100(c):
    return out(J(c.p("C100", "Form C100", "Application under the Children Act 1989 for a child arrangements, prohibited steps or specific issue order"), f"Case number: {c.caseno}", f"To be completed by the court: issued {c.d(0, 'num')}",
                 "Section 1 - About you and the children", f"Applicant: {c.app}  Relationship: {c.app_role}", f"Address: {c.addr_m if c.app == c.mum else c.addr_f}", "Children: " + "; ".join(c.kids_list()),
                 "Section 2 - Orders applied for", f"[x] Child arrangements order - {c.p('spend time with', 'live with')}   [ ] Prohibited steps   [{c.p('x', ' ')}] Specific issue",
                 "Section 3 - MIAM", c.p("I attended a MIAM on " + c.d(-30, "num"), "Exemption claimed: domestic abuse evidence", "Exemption: urgency"),
                 "Section 4 - Safety concerns", c.p("Yes - see C1A", "No"), "Section 5 - Brief reasons",
                 c.p(f"I have not seen the children since {c.d(-90, 'long')}. The respondent has stopped contact.", "I want the children to live with me because the respondent drinks.", "The respondent wants to move to Spain with the children and I do not agree."),
                 "Statement of truth: I believe that the facts stated in this application are true.", f"Signed {c.app}  {c.d(-2, 'num')}"),
               doc=["C100", "Application", "C100 application form"], frm=f"{c.court['mail']}@justice.gov.uk", subj=[f"New application {c.caseno}", "C100 for Cafcass"])


@T("application", parts=("document", "attachment"), sources=("scan", "upload", "tree"))
def app_c1a(c):
    return out(J(c.p("C1A", "Form C1A: Allegations of harm and domestic abuse", "Supplemental information form - allegations of harm"), f"Case No {c.caseno}", f"Name of person completing form: {c.p(c.app, c.resp)}",
                 "Section 2 - Your concerns", f"Domestic abuse: {c.p('Yes', 'Yes')}   Child abduction: {c.p('No', 'Yes')}   Child abuse: {c.p('No', 'Yes')}   Drugs/alcohol: {c.p('Yes', 'No')}",
                 "Most recent incident:", c.p(f"On {c.d(-40, 'long')} he grabbed me by the throat in the kitchen in front of {c.ch}. Police were called.", f"On {c.d(-60, 'long')} she threw a mug at me and told the children I was going to die.", "He turned up at my work and made threats."),
                 "First incident:", c.p("During the pregnancy with our first child.", "In 2019 when we lived at his mum's."),
                 "Orders in place: " + c.p("non-molestation order", "none"), "What do you want the court to do: " + c.p("supervised contact only", "no direct contact", "handovers through a third party")),
               doc=["C1A", "Allegations of harm form", "C1A mum"])


@T("application", parts=("document", "attachment"), law="public")
def app_c110a(c):
    return out(J(c.p("Form C110A", "Application for a care or supervision order and other orders under Part 4 of the Children Act 1989", "C110A"), f"Case number {c.caseno}",
                 f"Applicant: {c.council['name']}", "Respondents: " + f"{c.mum} (mother), {c.dad} (father)", "Children: " + "; ".join(c.kids_list()),
                 f"Orders sought: {c.p('interim care order and care order', 'interim supervision order', 'emergency protection order and care order')}",
                 "Grounds (summary of threshold): " + c.p("neglect: home conditions, missed health appointments, children frequently absent from school", "exposure to domestic abuse and parental substance misuse", "non-accidental injury to the youngest child (fractured rib)"),
                 f"Local authority social worker: {c.sw}   Solicitor: {c.staff()}, {c.council['name']} Legal Services", f"Care plan: {c.p('removal to foster care', 'placement with maternal grandmother', 'remain at home under ISO')}"),
               doc=["C110A", "Care application"], rc=c.p("child-protection", "looked-after-child"))


@T("application", parts=("document", "attachment"), sources=("scan", "tree"))
def app_c2(c):
    return out(J(c.p("C2", "Form C2 - application for permission or an order in existing proceedings", "Application notice (C2)"), f"Case No: {c.caseno}  {c.case_name}",
                 f"Applicant: {c.p(c.app, c.resp)}", "What order are you asking the court to make and why?",
                 c.p(f"I ask the court to vary the interim order so that contact takes place at {c.centre} because the children came back with bruises.", "I ask for permission to file a late statement.", f"I ask for an urgent hearing because {c.resp} has not returned the children after the holiday.", f"I apply to enforce the order of {c.d(-20, 'long')} (also C79 attached)."),
                 c.p("Hearing required: urgent - without notice", "Hearing required: yes", "Dealt with on paper: yes"), f"Signed {c.d(60, 'num')}"),
               doc=["C2 application", "Application (C2)", "Enforcement application"])


@T("application", "cy", parts=("document", "attachment"))
def app_cy(c):
    return out(J(c.p("C100 - Cais am orchymyn trefniadau plant", "Cais o dan Ddeddf Plant 1989", "CAIS"), f"Rhif yr achos: {c.caseno}", f"Ceisydd: {c.app} ({c.app_role_cy})", f"Atebydd: {c.resp}",
                 "Plant: " + "; ".join(c.kids_list(True)), f"Gorchymyn y gofynnir amdano: {c.p('gorchymyn trefniadau plant - treulio amser gyda', 'gorchymyn trefniadau plant - byw gyda', 'gorchymyn camau gwaharddedig')}",
                 "MIAM: " + c.p("wedi mynychu", "esemptiad - cam-drin domestig"),
                 "Rhesymau: " + c.p("Nid wyf wedi gweld y plant ers tri mis.", "Mae'r atebydd eisiau symud i Loegr gyda'r plant.", "Rwy'n poeni am yfed yr atebydd."),
                 "Datganiad gwirionedd: Credaf fod y ffeithiau a nodir yn y cais hwn yn wir."), doc=["Cais C100", "Cais"])


@T("position-statement", parts=("document", "attachment"))
def ps_party(c):
    who, role, sol = (c.app, c.app_role, c.sol_a) if c.chance(0.5) else (c.resp, c.resp_role, c.sol_r)
    she = "she" if role == "mother" else "he"
    return out(J(c.court_head(False), c.parties(False), "", c.p(f"POSITION STATEMENT ON BEHALF OF THE {role.upper()}", f"{role.capitalize()}'s position statement", "Position Statement", "CASE SUMMARY AND POSITION"),
                 f"For the hearing on {c.d(c.r.randint(30, 160), 'long')}", "",
                 f"1. This statement is filed on behalf of {who}, the {role}, by {sol['name']}.",
                 "2. Background: " + c.p("the parties separated in 2022 and contact has been sporadic.", f"the children have lived with the {role} since birth.", "there have been previous proceedings in 2019."),
                 f"3. The {role}'s position: {she} " + c.p("seeks a lives with order and supports supervised contact only.", "seeks a shared care arrangement.", "opposes the application to relocate.", "accepts the recommendation in the section 7 report."),
                 "4. Issues for this hearing: " + c.p("whether a fact-finding hearing is needed; interim contact.", "directions for the final hearing.", "the recommendations of Cafcass."),
                 f"{sol['name']}", f"{c.d(c.r.randint(28, 158), 'num')}"), doc=["Position statement", f"PS {role}", f"{role.capitalize()}'s position statement"], frm=f"family@{sol['dom']}", subj=["Position statement for tomorrow", f"{c.caseno} - PS"])


@T("position-statement", parts=("document", "attachment"))
def ps_cafcass(c):
    return out(J(cafcass_head(c), c.court_head(False), c.p("Cafcass position statement", "POSITION STATEMENT - CAFCASS", "Position statement of the Family Court Adviser"), f"Hearing: {c.d(150, 'long')}", "",
                 c.p(f"The FCA is not able to attend the hearing and files this position statement.", "Cafcass files this position statement to update the court."),
                 f"Since the report dated {c.d(128, 'long')}, {c.p('there has been one further police call-out', 'the parents have agreed a holiday plan', 'the child has started secondary school')}.",
                 "Cafcass' position: " + c.p("the recommendations in the report remain unchanged.", "Cafcass supports the agreement reached between the parties.", "Cafcass invites the court to adjourn for a short addendum."),
                 c.fca, fca_role(c)), doc=["Cafcass position statement", "PS"], frm=cafcass_mail(c), subj=["Position statement", "PS for hearing"])


@T("position-statement", parts=("document", "attachment"), law="public")
def ps_la(c):
    return out(J(c.court_head(False), c.p("LOCAL AUTHORITY'S POSITION STATEMENT", "Position statement of the applicant local authority", "Case summary / position statement (LA)"), f"For the {c.p('CMH', 'IRH', 'final hearing')} on {c.d(c.r.randint(20, 170), 'long')}",
                 f"1. {c.council['name']} seeks {c.p('a care order', 'an interim care order', 'care and placement orders', 'a supervision order')} in respect of {c.kid_names}.",
                 "2. Current placement: " + c.p("with foster carers", "with the maternal grandparents", "at home"),
                 "3. Assessments: " + c.p("the parenting assessment is negative.", "the psychological report is awaited.", "the viability assessment of the paternal aunt is positive."),
                 "4. The local authority invites the court to " + c.p("make the orders sought.", "extend the timetable by 8 weeks.", "approve the care plan."),
                 f"{c.staff()}, Solicitor, {c.council['name']} Legal Services"), doc=["LA position statement"], rc=c.p("looked-after-child", None))


@T("position-statement", parts=("document", "attachment", "email"), sources=("upload", "tree"))
def ps_lip(c):
    who = c.p(c.app, c.resp)
    return out(J(c.p("My position statement", "Position statement", "What I want the court to know (position)"), f"{c.caseno}", f"From {who} (representing myself)", "",
                 c.p("I want to see my children every weekend.", "I am asking the court to let the children live with me.", "I don't agree that contact should be supervised."),
                 c.p("I have done everything the court asked. I did the course and the drug test.", "I have a new house with enough bedrooms.", "The other party keeps cancelling contact."),
                 c.p("I would like the court to order the other party to stick to the times.", "I would like a final order today.", "I agree with what Cafcass said in the report."), who),
               frm=c.email_of(who, "gmail.com"), subj=["position statement for hearing", "My statement for court"], doc=["Position statement", "my position"])


@T("position-statement", "cy", parts=("document", "attachment"))
def ps_cy(c):
    who, role = (c.app, c.app_role_cy) if c.chance(0.5) else (c.resp, c.resp_role_cy)
    return out(J(c.court_head(True), c.parties(True), "", c.p(f"DATGANIAD SEFYLLFA AR RAN Y {role.upper()}", "Datganiad sefyllfa", "DATGANIAD SEFYLLFA CAFCASS CYMRU"), f"Ar gyfer y gwrandawiad ar {c.d(c.r.randint(30, 160), 'long')}",
                 f"1. Mae'r datganiad hwn ar ran {who}.", "2. Cefndir: " + c.p("gwahanodd y partïon yn 2022.", "mae'r plant wedi byw gyda'r fam ers eu geni."),
                 "3. Safbwynt: " + c.p("mae'n gofyn am orchymyn byw gyda.", "mae'n cefnogi cyswllt dan oruchwyliaeth.", "mae'n derbyn argymhellion yr adroddiad adran 7."),
                 "4. Materion ar gyfer y gwrandawiad hwn: " + c.p("cyswllt interim.", "cyfarwyddiadau ar gyfer y gwrandawiad terfynol."), c.p(c.sol_a["cy"], c.fca)), doc=["Datganiad sefyllfa"])


@T("witness-statement", parts=("document", "attachment"))
def ws_parent(c):
    who, role = (c.app, c.app_role) if c.chance(0.5) else (c.resp, c.resp_role)
    n = c.r.randint(1, 3)
    return out(J(c.court_head(False), c.parties(False), c.p(f"Statement of {who}", f"WITNESS STATEMENT OF {who.upper()}", f"{role.capitalize()}'s statement", "STATEMENT"), f"Statement No. {n}", "",
                 f"I, {who}, of {c.addr_m if who == c.mum else c.addr_f}, {c.p('will say as follows', 'make this statement in support of my application', 'make this statement in response to the application')}:",
                 f"1. I am the {role} of {c.kid_names}. I make this statement from my own knowledge.",
                 "2. " + c.p("We met in 2012 and lived together until 2022.", "Our relationship was difficult from the start.", "We were married in 2014 and divorced last year."),
                 "3. " + c.p(f"On {c.d(-40, 'long')} the respondent came to the house drunk and banged on the door.", "I have always supported the children having a relationship with their father.", "The children come back from contact tired and upset."),
                 "4. " + c.p("I ask the court to make an order that the children live with me.", "I ask the court to order regular contact.", "I do not accept the allegations made against me."),
                 "Statement of truth", "I believe that the facts stated in this witness statement are true. I understand that proceedings for contempt of court may be brought against anyone who makes a false statement.", f"Signed {who}   Dated {c.d(c.r.randint(60, 90), 'num')}"),
               doc=["Witness statement", f"Statement of {role}", "Statement"], frm=f"family@{c.sol_a['dom']}", subj=["Statement", f"{c.caseno} statement"])


@T("witness-statement", parts=("document", "attachment"), law="public")
def ws_social_worker(c):
    return out(J(c.court_head(False), c.p("SOCIAL WORK EVIDENCE TEMPLATE (SWET)", "Statement of the social worker", f"Witness statement of {c.sw}"), f"Filed on behalf of {c.council['name']}",
                 f"I, {c.sw}, social worker employed by {c.council['name']}, make this statement from my own knowledge and the records.",
                 "Section 1 - Reason for application: " + c.p("cumulative neglect over 3 years.", "serious injury to the youngest child.", "domestic abuse and parental drug use."),
                 "Section 2 - Chronology summary: " + c.p(f"referral from school {c.d(-300, 'num')}; CP plan from {c.d(-200, 'num')}; PLO meeting {c.d(-60, 'num')}.", "multiple police notifications; missed core groups."),
                 "Section 3 - Parenting capacity: " + c.p("the mother loves the children but cannot prioritise their needs.", "the father has not engaged."),
                 "Statement of truth: I believe that the facts stated in this witness statement are true.", f"{c.sw}  {c.d(2, 'num')}"),
               doc=["SWET", "Social work statement"], rc=c.p("child-protection", "looked-after-child"))


@T("witness-statement", parts=("document", "attachment"), sources=("scan", "upload", "tree"))
def ws_third_party(c):
    who = c.person()
    rel = c.p("maternal grandmother", "the children's aunt", "a neighbour", "the father's partner", "a family friend")
    return out(J(c.court_head(False), c.p(f"Statement of {who}", f"WITNESS STATEMENT - {who.upper()}", "Statement of witness"), "",
                 f"I {who} of {c.addr()} state as follows. I am {rel}.",
                 c.p(f"I have looked after {c.kid_names} most weekends since 2021 and I know them well.", f"I was present at the handover on {c.d(-30, 'long')}.", "I have known the family for ten years."),
                 c.p("I saw the father shout at the mother and push her against the car.", "I have never seen the mother under the influence of alcohol.", "The children are always clean and happy when they arrive."),
                 "I am willing to attend court to give evidence.", "I believe that the facts stated in this witness statement are true.", f"Signed: {who}   Date: {c.d(60, 'num')}"),
               doc=["Statement of grandmother", "Witness statement"])


@T("witness-statement", parts=("document", "attachment"))
def ws_response(c):
    who = c.resp
    return out(J(c.p(f"Respondent's statement in response", "RESPONSE STATEMENT", f"Second statement of {who}"), f"In the Family Court at {c.court['town']} - {c.caseno}", "",
                 f"1. I make this statement in reply to the statement of {c.app} dated {c.d(70, 'long')}.",
                 f"2. At paragraph {c.r.randint(3, 12)} the applicant says that I {c.p('prevented contact', 'drink every night', 'hit him', 'moved without telling him')}. That is not true.",
                 "3. " + c.p("Contact stopped because the applicant did not turn up.", "I have provided the test results which are negative.", "I did not move; I was staying with my mother while my flat was repaired."),
                 "4. I exhibit the text messages at exhibit AB1.", "Statement of truth: I believe the facts stated in this statement are true.", f"{who}"), doc=["Response statement", "Statement in reply"])


@T("witness-statement", "cy", parts=("document", "attachment"))
def ws_cy(c):
    who, role = (c.app, c.app_role_cy) if c.chance(0.5) else (c.resp, c.resp_role_cy)
    return out(J(c.court_head(True), c.parties(True), c.p(f"DATGANIAD TYST {who.upper()}", f"Datganiad {who}", "DATGANIAD TYST"), "",
                 f"Rwyf i, {who}, o {c.addr_m if who == c.mum else c.addr_f}, yn datgan fel a ganlyn:",
                 f"1. Fi yw {role} {c.kid_names_cy}.", "2. " + c.p("Buom yn byw gyda'n gilydd tan 2022.", "Roedd ein perthynas yn anodd o'r dechrau."),
                 "3. " + c.p("Rwyf bob amser wedi cefnogi'r plant i gael perthynas â'u tad.", f"Ar {c.d(-40, 'long')} daeth yr atebydd i'r tŷ wedi meddwi.", "Nid wyf yn derbyn yr honiadau yn fy erbyn."),
                 "Datganiad gwirionedd", "Credaf fod y ffeithiau a nodir yn y datganiad tyst hwn yn wir.", f"Llofnod: {who}  Dyddiad: {c.d(70, 'num')}"), doc=["Datganiad tyst"])


@T("previous-cafcass", parts=("document", "attachment"), sources=("tree",))
def prev_summary(c):
    yr = c.t0.year - c.r.randint(2, 7)
    old = f"{c.court['code']}{yr % 100:02d}P{c.r.randint(10, 99999):05d}"
    return out(J(c.p("Previous Cafcass involvement - summary", "Information from previous case", "Previous proceedings: Cafcass records", "Summary of earlier Cafcass case"),
                 f"Current case: {c.caseno}   Previous case: {old} ({yr})", f"Source: {c.p('ECMS', 'CMS retrieval', 'ECMS archive')}",
                 f"In {yr} {c.p(c.app, c.resp)} applied for {c.p('a child arrangements order', 'contact', 'a prohibited steps order')} in respect of {c.ch}.",
                 f"Cafcass {c.p('filed a safeguarding letter only', 'prepared a section 7 report (FCA ' + c.staff() + ')', 'was appointed guardian under r16.4')}.",
                 "Outcome: " + c.p("final order by consent, alternate weekends.", "application withdrawn.", "no order; the children to decide.", "supervised contact then indirect."),
                 c.p("Risk issues noted then: domestic abuse allegations, not determined.", "No risk issues identified.", "Father's alcohol use; hair strand tests negative."),
                 f"Retrieved by {c.staff()} on {c.d(10, 'num')}"), doc=["Previous Cafcass info", "Previous case summary", "Old case"])


@T("previous-cafcass", parts=("document", "attachment"), sources=("tree", "scan"))
def prev_old_report(c):
    yr = c.t0.year - c.r.randint(2, 6)
    old = f"{c.court['code']}{yr % 100:02d}P{c.r.randint(10, 99999):05d}"
    return out(J(c.p("[ARCHIVED - previous proceedings]", "COPY - from closed case " + old, "Previous case " + old), "Cafcass", c.p("Section 7 report", "Safeguarding letter", "Report to court"),
                 f"Case No: {old}", f"Date: {fmt_date(c.r, _dt.date(yr, c.r.randint(1, 12), c.r.randint(1, 28)), False, 'long')}", f"Author: {c.staff()}, FCA",
                 f"The children concerned were {c.kid_names}, then aged {', '.join(str(max(k['age'] - (c.t0.year - yr), 0)) for k in c.kids)}.",
                 c.p("I recommended that the children live with their mother and spend alternate weekends with their father.", "The safeguarding checks disclosed two domestic incidents in 2015.", "I recommended a Family Assistance Order."),
                 c.p("[remainder of report not reproduced]", "", "Page 1 of 14")), doc=["Previous s7 report", "Old Cafcass report", "Previous Cafcass information"])


@T("previous-cafcass", parts=("email",))
def prev_email(c):
    yr = c.t0.year - c.r.randint(2, 8)
    return out(J(c.p(f"Hi {c.fca_f},", "Hello,"), "",
                 c.p(f"A person search shows a previous case for {c.p(c.app, c.resp)} from {yr}.", f"As requested I have retrieved the documents from the previous case ({yr})."),
                 c.p("Attached are the safeguarding letter and the final order from that case.", "The case was on CMS; I have attached the retrieval report.", "The old case was in another region; the section 7 report is attached."),
                 c.p("There were no other cases found.", "Please note the old case was shielded - do not disclose the address.", ""), "", c.p("Thanks", "Kind regards"), c.staff(), "Business Services"),
               frm=c.email_of(c.staff(), "cafcass.gov.uk"), subj=["Previous case", f"Previous Cafcass involvement - {c.caseno}", "Archive retrieval"], doc=["Previous case email"])


@T("previous-cafcass", parts=("document", "attachment"), sources=("tree",))
def prev_cms(c):
    rows = [f"{c.court['code']}{(c.t0.year - i) % 100:02d}P{c.r.randint(10, 99999):05d} | {c.t0.year - i} | {c.p('Private law - s8', 'Public law - s31', 'Private law - enforcement')} | {c.p('Closed', 'Closed', 'Archived')} | {c.staff()}" for i in pick_n(c.r, range(2, 9), c.r.randint(1, 3))]
    return out(J(c.p("CMS retrieval - person search", "Person search results (legacy system)", "ECMS archive search"), f"Search on: {c.p(c.app, c.resp)}  DOB {c.d(-12000, 'num')}", f"Requested for current case {c.caseno}",
                 "Case | Year | Type | Status | Last FCA", rows, c.p("Documents available: safeguarding letter, s7 report, order.", "Documents available: contact log (PDF).", "")), doc=["CMS retrieval", "Person search"])


@T("previous-cafcass", "cy", parts=("document", "attachment", "email"))
def prev_cy(c):
    yr = c.t0.year - c.r.randint(2, 7)
    return out(J(c.p("Gwybodaeth CAFCASS Cymru flaenorol", "Achos blaenorol - crynodeb", "Crynodeb o achos blaenorol"), f"Achos presennol: {c.caseno}", f"Achos blaenorol: {yr}",
                 f"Yn {yr} gwnaeth {c.p(c.app, c.resp)} gais am orchymyn trefniadau plant ynghylch {c.ch}.",
                 f"Paratôdd CAFCASS Cymru {c.p('adroddiad ymholiadau diogelu yn unig', 'adroddiad adran 7', 'adroddiad gwarcheidwad')}.",
                 "Canlyniad: " + c.p("gorchymyn terfynol trwy gydsyniad.", "tynnwyd y cais yn ôl.", "cyswllt dan oruchwyliaeth."), f"Wedi'i adfer gan {c.staff()}"),
               frm=c.email_of(c.staff(), "gov.wales"), subj=["Achos blaenorol", f"Gwybodaeth flaenorol {c.caseno}"], doc=["Gwybodaeth Cafcass flaenorol"])

# ==============================================================================================
# experts-and-agency: letter-of-instruction, expert-report, provider-report, cp-conference-minutes,
# agency-information
# ==============================================================================================
@T("letter-of-instruction", parts=("document", "attachment"))
def loi_joint(c):
    e = c.expert
    return out(J(sol_head(c, c.sol_a), c.d(60, "long"), f"Our ref: {c.r.randint(1000, 9999)}", "", e[0], e[1], "By email only", "", f"Dear {e[0].split()[0]} {e[0].split()[-1]},",
                 f"Re: {c.case_name} - {c.caseno}", c.p("JOINT LETTER OF INSTRUCTION", "Letter of instruction (Part 25 FPR 2010)", "Instructions to expert"),
                 f"We write on behalf of all parties, including the {c.p('children’s guardian', 'Cafcass officer')}, to instruct you to prepare a report. Permission was given by {c.judge} on {c.d(50, 'long')}.",
                 "Background: " + c.p("the children were removed in March following concerns about neglect and drug use.", "there is a long-running dispute about contact and allegations of alienating behaviour.", "the mother has a diagnosis of borderline personality disorder."),
                 "Questions:", [f"{i}. {q}" for i, q in enumerate(pick_n(c.r, ["Does the parent have any psychological difficulty or disorder? If so, what is its impact on parenting?", "What therapy or intervention is needed and over what timescale?", "Can the parent make the necessary changes within the child's timescales?", "What is the nature of the child's attachment to each parent?", "Is the child's resistance to contact justified?", "Any other matter you consider relevant."], 4), 1)],
                 f"Documents enclosed: bundle index sections A-F. Your report is due by {c.d(120, 'long')}. The fee is shared equally between the parties (legal aid rates).",
                 "", "Yours sincerely", c.sol_a["name"], "(lead solicitor, on behalf of all parties)"), doc=["Letter of instruction", "LOI", "Joint letter of instruction"], frm=f"family@{c.sol_a['dom']}", subj=["Letter of instruction - agreed", f"{c.caseno} LOI final"])


@T("letter-of-instruction", parts=("document", "attachment"))
def loi_isw(c):
    return out(J(c.d(55, "long"), f"To: {c.expert[0]}, {c.expert[1]}", f"Case {c.caseno}", c.p("Instructions for an independent assessment", "INSTRUCTIONS TO INDEPENDENT SOCIAL WORKER", "Letter of instruction - ISW assessment"),
                 f"You are instructed jointly to carry out a {c.p('parenting assessment of the father', 'viability assessment of the paternal aunt', 'assessment of the children’s relationship with the mother')}.",
                 "Please address: (a) capacity to meet the children's needs; (b) risk; (c) support needed; (d) recommendation.",
                 f"Contact details of the parties are in the schedule. The parties' solicitors: {c.sol_a['name']}, {c.sol_r['name']}.",
                 f"Timescale: report by {c.d(110, 'long')}. Hours approved: {c.r.randint(20, 40)}.", "Please confirm acceptance by return.", c.p(c.sol_c["name"], c.sol_a["name"])), doc=["Instructions to ISW", "LOI ISW"])


@T("letter-of-instruction", parts=("email", "attachment"))
def loi_email(c):
    return out(J(f"Dear {c.p('Dr', 'Ms', 'Mr')} {c.expert[0].split()[-1]},", "",
                 f"Further to the order of {c.d(50, 'long')} I attach the agreed letter of instruction in {c.case_name} together with the paginated bundle.",
                 c.p("Please could you confirm receipt and the date on which you expect to see the parents.", "The judge has asked that the report is filed by " + c.d(115, "long") + ".", "Your invoice should be split three ways."),
                 "", "Kind regards", c.staff(), c.p(c.sol_a["name"], c.sol_r["name"])), frm=f"family@{c.sol_a['dom']}", subj=["Letter of Instruction", f"Instruction of expert - {c.caseno}", "LOI and bundle"], doc=["Letter of instruction"])


@T("letter-of-instruction", parts=("document", "attachment"), sources=("tree", "scan"))
def loi_lab(c):
    lab = c.p(*LABS)
    return out(J(lab, c.p("Instruction form - hair strand testing", "Client instruction - court case", "Test request and instructions"), f"Court reference: {c.caseno}",
                 f"Donor: {c.p(c.dad, c.mum)}", f"Tests requested: {c.p('alcohol (EtG and FAEE), 6 months', 'cocaine, cannabis, 3 x 1 month sections', 'full drug panel, 12 months')}",
                 f"Instructing party: {c.sol_a['name']} on behalf of all parties", "Funding: shared equally / legal aid", f"Report deadline: {c.d(90, 'num')}", "Questions: (1) Is there evidence of use? (2) What pattern?"),
               doc=["Hair test instructions", "Test instruction"])


@T("letter-of-instruction", "cy", parts=("document", "attachment"))
def loi_cy(c):
    return out(J(sol_head(c, c.sol_a, True), c.d(60, "long"), "", c.expert[0], c.expert[1], "", f"Annwyl {c.expert[0]},", f"Parthed: {c.case_name} - {c.caseno}", "LLYTHYR CYFARWYDDO AR Y CYD",
                 f"Ysgrifennwn ar ran pob parti i'ch cyfarwyddo i baratoi adroddiad. Rhoddwyd caniatâd gan y llys ar {c.d(50, 'long')}.",
                 "Cwestiynau:", "1. A oes gan y rhiant unrhyw anhawster seicolegol? Os felly, beth yw'r effaith ar rianta?", "2. Pa therapi sydd ei angen ac am ba hyd?",
                 "3. Beth yw natur ymlyniad y plentyn â phob rhiant?", f"Dylid ffeilio'r adroddiad erbyn {c.d(120, 'long')}.", "Yn gywir,", c.sol_a["cy"]), doc=["Llythyr cyfarwyddo"])


@T("expert-report", parts=("document", "attachment"))
def er_psych(c):
    e = c.expert
    return out(J(f"{e[0]} {e[2]}", e[1], c.p("PSYCHOLOGICAL ASSESSMENT", "Psychological report", "Report to the Family Court", "EXPERT REPORT"), f"Re: {c.p(c.mum, c.dad)} - {c.caseno}",
                 f"Date of report: {c.d(118, 'long')}", "", "1. Instructions: I was jointly instructed by letter dated " + c.d(60, "long") + ".",
                 f"2. Methodology: clinical interviews ({c.r.randint(2, 4)} sessions, {c.r.randint(5, 9)} hours), psychometric testing ({c.p('MCMI-IV, WAIS-IV', 'PAI, CTS2', 'MMPI-2-RF, PSI-4')}), review of the bundle.",
                 "3. Findings: " + c.p("The mother presents with traits consistent with emotionally unstable personality disorder.", "There is no evidence of a mental disorder.", "The father's cognitive functioning is in the low average range."),
                 "4. Opinion: " + c.p("She would need 12-18 months of DBT before she could safely care for the children; this is outside their timescales.", "There is no psychological reason why contact should not progress.", "The child's resistance is best understood as justified rejection given the history."),
                 "Expert's declaration: I understand my duty to the court and have complied with it. I confirm this report is my own.", "Statement of truth.", e[0]),
               doc=["Psychological assessment", "Expert report", "Dr report"], frm=c.email_of(e[0].replace("Dr ", ""), c.p("marchettipsychology.co.uk", "expertwitness.co.uk", "courtreports.org")), subj=["Report", f"Final report - {c.caseno}", "Expert report for filing"], rc=c.p(None, "looked-after-child") if c.public else None)


@T("expert-report", parts=("document", "attachment"), sources=("tree", "scan"))
def er_hair(c):
    lab = c.p(*LABS)
    return out(J(lab, c.p("Hair Strand Test Report", "Expert report - hair analysis", "Toxicology report"), f"Case ref {c.caseno}", f"Donor: {c.p(c.dad, c.mum)}   Sample collected: {c.d(70, 'num')}",
                 "Results:", f"Section 0-1 cm: cocaine {c.p('0.62 ng/mg', 'not detected')}; benzoylecgonine {c.p('0.15 ng/mg', 'not detected')}",
                 f"Section 1-2 cm: {c.p('cannabis (THC) 0.08 ng/mg', 'not detected')}", f"EtG (0-3 cm): {c.p('42 pg/mg', '8 pg/mg', 'below 5 pg/mg')}",
                 "Interpretation: " + c.p("the results are consistent with chronic excessive alcohol consumption.", "the results are consistent with repeated use of cocaine.", "the results do not indicate drug use."),
                 f"Reporting scientist: {c.staff()}, BSc MSc, Forensic Toxicologist", "I confirm that I have made clear which facts and matters referred to in this report are within my own knowledge."),
               doc=["Hair strand results", "Toxicology report", "Test results"])


@T("expert-report", parts=("document", "attachment"), law="public")
def er_isw(c):
    return out(J(c.p("Independent Social Work Assessment", "PARENTING ASSESSMENT", "Viability assessment (independent)"), f"Author: {c.p(c.expert[0], 'Janine Okoro, ISW')}", f"{c.case_name} {c.caseno}",
                 f"Subject: {c.p(c.mum, c.dad, 'paternal aunt ' + c.person())}", f"Sessions: {c.r.randint(4, 8)} between {c.d(60, 'num')} and {c.d(100, 'num')}",
                 "Assessment framework: PAMS / ParentAssess", "Strengths: " + c.p("warm with the children; good routines.", "committed and honest about the past."),
                 "Concerns: " + c.p("limited insight into impact of domestic abuse.", "unstable housing.", "ongoing relationship with the father."),
                 "Conclusion: " + c.p("a positive assessment; the children could be placed with support.", "I cannot recommend placement.", "positive subject to completion of a parenting course."),
                 "Declaration: I understand my duty to the court."), doc=["ISW assessment", "Parenting assessment"], rc=c.p("looked-after-child", None))


@T("expert-report", parts=("document", "attachment"), law="public")
def er_paed(c):
    return out(J(c.p("Paediatric overview report", "Medical report - consultant paediatrician", "EXPERT PAEDIATRIC REPORT"), "Dr Rhiannon Bevan MBBCh FRCPCH", f"Child: {c.kids[-1]['first']} {c.kids[-1]['sur']}",
                 f"I was asked whether the {c.p('fractured rib', 'bruising to the face', 'subdural haematoma')} identified on {c.d(-10, 'long')} was likely to be accidental.",
                 "I have reviewed the skeletal survey, the CT scan and the hospital notes.", "Opinion: " + c.p("in the absence of an adequate explanation the injury is likely to have been inflicted.", "the injury is consistent with the accidental explanation given.", "I cannot exclude a bone disorder; genetic testing is recommended."),
                 "I understand my duty to the court and have complied with it."), doc=["Paediatric report", "Medical expert report"], rc="child-protection" if c.chance(0.4) else None)


@T("expert-report", "cy", parts=("document", "attachment"))
def er_cy(c):
    e = c.expert
    return out(J(e[0], e[1], c.p("ASESIAD SEICOLEGOL", "Adroddiad arbenigol", "Adroddiad i'r Llys Teulu"), f"Parthed: {c.p(c.mum, c.dad)} - {c.caseno}", f"Dyddiad: {c.d(118, 'long')}",
                 "1. Cyfarwyddyd: cefais fy nghyfarwyddo ar y cyd gan y partïon.", "2. Dull: cyfweliadau clinigol, profion seicometrig ac adolygu'r bwndel.",
                 "3. Canfyddiadau: " + c.p("nid oes tystiolaeth o anhwylder meddyliol.", "mae'r fam yn dangos nodweddion o anhwylder personoliaeth.", "mae ymlyniad y plentyn â'r tad yn ddiogel."),
                 "4. Barn: " + c.p("nid oes rheswm seicolegol pam na ddylai cyswllt ddatblygu.", "byddai angen therapi am 12 mis."),
                 "Datganiad arbenigwr: rwy'n deall fy nyletswydd i'r llys ac wedi cydymffurfio â hi.", e[0]), doc=["Adroddiad arbenigol"])


@T("provider-report", parts=("document", "attachment", "email"))
def pr_spip(c):
    return out(J(c.spip, c.p("SPIP attendance notification", "Separated Parents Information Programme - attendance report", "Confirmation of attendance"), f"Cafcass ref {c.caseno}",
                 f"Participant: {c.p(c.app, c.resp)}", f"Course date(s): {c.d(60, 'num')} and {c.d(67, 'num')}", f"Attendance: {c.p('attended both sessions', 'attended session 1 only', 'did not attend', 'completed')}",
                 c.p("Engagement: participated well.", "Engagement: limited; left early.", "Engagement: not applicable."), c.p("Referral closed.", "Participant has been offered another date.", ""),
                 f"{c.staff()}, Programme Coordinator"), doc=["SPIP report", "SPIP attendance", "Provider report"], frm=c.p("spip@relate.org.uk", "referrals@familymatters-spip.co.uk", "admin@togetherapart.org.uk"), subj=["SPIP attendance", f"Attendance - {c.caseno}", "Programme completed"])


@T("provider-report", parts=("document", "attachment"), sources=("tree", "scan"))
def pr_contact_centre(c):
    n = c.r.randint(1, 6)
    return out(J(c.centre, c.p("Supervised contact report", "Contact session record", "Observation of supervised contact", "Report of supervised session"), f"Session {n}   Date: {c.d(70 + 7 * n, 'num')}",
                 f"Child(ren): {c.kid_names}   Visiting parent: {c.app}", f"Supervisor: {c.person()}", f"Arrival: {c.p('on time', '10 mins late', 'early')}",
                 "Observations: " + c.p(f"{c.ch} greeted {c.app.split()[0]} warmly. They played football in the garden and ate lunch together.", "The children were initially shy but relaxed after 10 minutes.", f"{c.app.split()[0]} spent much of the session on the phone; the supervisor intervened twice."),
                 f"Concerns: {c.p('none', 'inappropriate comment about the other parent', 'parent arrived smelling of alcohol')}.",
                 "Supervisor's comments: " + c.p("contact could progress.", "recommend continue supervised.", "positive session."), "This report was commissioned by Cafcass."),
               doc=["Contact centre report", "Supervised contact notes"])


@T("provider-report", parts=("document", "attachment"))
def pr_dapp(c):
    return out(J(c.p(*DAPP[:3]), c.p("DAPP - Suitability assessment report", "Domestic Abuse Perpetrator Programme - progress report", "Final report - DAPP"), f"Participant: {c.dad}", f"Commissioned by Cafcass ({c.caseno})",
                 f"Sessions attended: {c.r.randint(6, 26)} of 26", "Assessment: " + c.p("suitable for the programme; some acceptance of responsibility.", "not suitable at present - denies all abuse.", "completed the programme; increased insight into impact on children."),
                 "Partner support: the partner support worker has been in touch with the mother.", "Risk: " + c.p("remains high", "reduced to medium", "unchanged"),
                 "Recommendation: " + c.p("continue", "no further work", "refer to individual work"), f"{c.staff()}, Facilitator"), doc=["DAPP report", "Perpetrator programme report"])


@T("provider-report", parts=("email", "attachment"))
def pr_contact_activity(c):
    return out(J(c.p("Dear Cafcass,", f"Hi {c.fca_f},"), "",
                 f"Re: contact activity referral {c.caseno}", c.p(f"The referral for supervised contact at {c.centre} has been accepted. The first session is booked for {c.d(75, 'long')}.",
                     f"The family attended their intake meetings. Both parents signed the agreement. Sessions will run fortnightly until {c.d(140, 'long')}.",
                     "Unfortunately the referral has been closed because the visiting parent did not attend the intake."),
                 c.p("Session notes will be sent after each session.", "A summary will be sent at the end.", ""), "", "Regards", c.staff(), c.centre),
               frm=c.p("bookings@", "referrals@", "admin@") + "contactcentre.org.uk", subj=["Referral accepted", "Contact activity update", "Referral closed"], doc=["Contact centre email"])


@T("provider-report", "cy", parts=("document", "attachment", "email"))
def pr_cy(c):
    return out(J(c.p(*SPIP_CY + CENTRES_CY), c.p("Adroddiad presenoldeb", "Adroddiad cyswllt dan oruchwyliaeth", "Adroddiad darparwr"), f"Cyfeirnod CAFCASS Cymru: {c.caseno}",
                 f"Cyfranogwr: {c.p(c.app, c.resp)}", f"Dyddiad: {c.d(60, 'long')}", f"Presenoldeb: {c.p('mynychodd y ddwy sesiwn', 'mynychodd un sesiwn', 'ni fynychodd')}",
                 "Sylwadau: " + c.p("cymerodd ran yn dda.", f"roedd {c.ch} yn hapus i weld ei riant.", "gadawodd yn gynnar."), f"{c.staff()}, Cydlynydd"),
               frm="gwybodaeth@cyfleteulu.cymru", subj=["Adroddiad presenoldeb", f"Adroddiad - {c.caseno}"], doc=["Adroddiad darparwr"])


@T("cp-conference-minutes", parts=("document", "attachment"))
def cpc_initial(c):
    return out(J(council_head(c), c.p("INITIAL CHILD PROTECTION CONFERENCE - MINUTES", "Minutes of Review Child Protection Conference", "Child Protection Conference: record of meeting", "ICPC minutes"),
                 f"Date: {c.d(-20, 'long')}   Venue: {c.p('Civic Centre', 'Microsoft Teams', 'Children’s Centre')}", f"Chair: {c.staff()} (Independent Chair)", f"Minute taker: {c.staff()}",
                 "Attendees: " + ", ".join([f"{c.mum} (mother)", f"{c.sw} (social worker)", f"{c.person()} (health visitor)", f"{c.person()} (DSL, {c.school})", f"PC {c.person()} ({c.police['name']})"]),
                 "Apologies: GP (report submitted)", "Reason for conference: " + c.p("domestic abuse incident with children present", "concerns about neglect and home conditions", "disclosure by child at school"),
                 "Summary of discussion: " + c.p("Mother acknowledged the concerns and has accepted refuge support.", "Father did not attend. Agencies reported poor attendance and hygiene.", "The health visitor reported missed immunisations."),
                 f"Decision: the children {c.p('will', 'will not')} be made subject to a child protection plan under the category of {c.p('emotional abuse', 'neglect', 'physical abuse')}.",
                 f"Core group to meet by {c.d(-10, 'num')}. Review conference: {c.d(70, 'long')}."), doc=["ICPC minutes", "CP conference minutes", "Conference minutes"], frm=c.p("cpconferences@", "safeguardingunit@") + c.council["dom"], subj=["Conference minutes", "ICPC minutes - confidential"], rc="child-protection")


@T("cp-conference-minutes", parts=("document", "attachment"), sources=("scan", "tree"))
def cpc_review(c):
    return out(J(c.p("Review Child Protection Conference", "RCPC", "Minutes - Review Conference"), f"{c.council['name']}", f"Children: {c.kids_ages()}", f"Date {c.d(-5, 'num')}",
                 "Progress against the plan:", c.p("- Mother attending Freedom Programme\n- School attendance improved to 92%", "- Home conditions remain poor\n- Father's whereabouts unknown", "- Children seen weekly; no new incidents"),
                 "Views of the child: " + c.p(f"{c.ch} told the social worker {c.he} feels safer now.", "Not obtained.", f"{c.ch} wants dad to come home."),
                 "Risk analysis (Signs of Safety scaling): " + str(c.r.randint(2, 8)) + "/10",
                 "Outcome: " + c.p("children remain subject to a CP plan.", "plan ended; step down to Child in Need.", "legal planning meeting to be convened."), f"Chair: {c.staff()}"),
               doc=["RCPC minutes", "Review conference minutes"], rc="child-protection")


@T("cp-conference-minutes", parts=("document", "attachment"))
def cpc_table(c):
    return out(J(c.p("CHILD PROTECTION CONFERENCE", "Safeguarding conference - record"), f"{c.council['name']} Safeguarding and Quality Assurance",
                 "Agency | Report | Risk view", f"Social care | submitted | {c.p('high', 'medium')}", f"Health visiting | verbal | {c.p('concerned', 'low')}", f"Education ({c.school}) | submitted | concerned",
                 f"Police ({c.police['name']}) | submitted | {c.p('3 DA incidents in 6 months', 'no recent calls')}",
                 "Vote: " + c.p("unanimous - plan", "majority - plan", "no plan"), f"Category: {c.p('neglect', 'emotional', 'sexual abuse', 'physical')}", "Lead professional: " + c.sw),
               doc=["CP conference record"], rc="child-protection")


@T("cp-conference-minutes", parts=("document", "attachment"))
def cpc_narrative(c):
    return out(J(c.p("Minutes of meeting", "Child Protection Review - notes", "Conference minutes (confidential - not to be shared with the child)"), f"Re: {c.kid_names}", f"Held on {c.d(-30, 'long')}",
                 f"The chair welcomed everyone and explained the purpose of the conference and confidentiality. {c.mum} attended with her advocate. {c.dad} joined by telephone.",
                 f"{c.sw} summarised the report: " + c.p("the children have been exposed to repeated domestic abuse.", "there were concerns about the mother's mental health.", "the children were found home alone on two occasions."),
                 f"The school said {c.ch} is often hungry and tired. The health visitor noted {c.kids[-1]['first']} has missed developmental checks.",
                 "The conference agreed the threshold for a child protection plan was met.", "Actions: core group; referral to IDVA; parenting course."),
               doc=["Conference minutes", "CP minutes"], rc="child-protection")


@T("cp-conference-minutes", "cy", parts=("document", "attachment"))
def cpc_cy(c):
    return out(J(council_head(c, True), c.p("COFNODION CYNHADLEDD AMDDIFFYN PLANT GYCHWYNNOL", "Cofnodion Cynhadledd Adolygu Amddiffyn Plant", "Cynhadledd Amddiffyn Plant - cofnodion"), f"Dyddiad: {c.d(-20, 'long')}", f"Cadeirydd: {c.staff()}",
                 f"Yn bresennol: {c.mum} (mam), {c.sw} (gweithiwr cymdeithasol), ymwelydd iechyd, {c.school}, {c.police['cy']}",
                 "Rheswm: " + c.p("digwyddiad cam-drin domestig gyda'r plant yn bresennol", "pryderon am esgeulustod"),
                 f"Penderfyniad: rhoi enwau'r plant ar y gofrestr amddiffyn plant dan y categori {c.p('cam-drin emosiynol', 'esgeulustod', 'cam-drin corfforol')}.",
                 f"Grŵp craidd erbyn {c.d(-10, 'long')}. Cynhadledd adolygu: {c.d(70, 'long')}."), doc=["Cofnodion cynhadledd amddiffyn plant"], rc="child-protection")


@T("agency-information", parts=("document", "attachment", "email"))
def ai_school(c):
    return out(J(c.school, c.p("School report for Cafcass", "Information for the court", "Pupil information", ""), c.d(80, "long"), "", c.p(f"Dear {c.fca},", "To whom it may concern,"),
                 f"Re: {c.ch_full} (DOB {c.dob()}) - Year {max(c.ch_age - 4, 1)}",
                 f"Attendance this year: {c.r.randint(78, 99)}%. Punctuality: {c.p('good', 'often late on Mondays', 'poor')}.",
                 c.p(f"{c.ch} is a bright, sociable child who is working at the expected standard.", f"{c.ch} has an EHCP and receives 1:1 support in the mornings.", f"{c.ch} can be withdrawn, particularly after weekends."),
                 c.p("Both parents attend parents' evening (separately).", "Only mum is in contact with school.", "Dad has asked for copies of reports; we have sent them."),
                 c.p("There are no safeguarding concerns.", "We have logged three welfare concerns on CPOMS this year relating to hygiene.", f"{c.ch} disclosed an argument at home in {c.d(-20, 'long')}; we referred to the MASH."),
                 "", signoff(c, c.person(), c.p("Headteacher", "Designated Safeguarding Lead", "Class teacher"))), doc=["School report", "School letter", "Education information"],
               frm=c.p("dsl@", "office@", "head@") + "school.sch.uk", subj=[f"{c.ch_full}", "Information request", "School information for Cafcass"])


@T("agency-information", parts=("document", "attachment"))
def ai_health(c):
    return out(J(c.p(c.gp, c.p("Health Visiting Service", "0-19 Public Health Nursing", "School Nursing Team")), c.p("Health information for the court", "Letter re patient", "HEALTH VISITOR REPORT"), c.d(85, "long"),
                 f"Child: {c.kids[-1]['first']} {c.kids[-1]['sur']}", c.p(f"Parent: {c.mum}", ""),
                 c.p("Immunisations up to date. Growth on the 50th centile.", "Missed the 2-year review twice; seen at home on the third attempt.", "Attended A&E twice this year (minor injuries, explanations consistent)."),
                 c.p("Mother reported low mood post-natally; referred to perinatal mental health.", "No concerns about parenting observed.", "A domestic abuse disclosure was made at the 6-8 week check."),
                 signoff(c, c.person(), c.p("Health Visitor", "GP", "Specialist Community Public Health Nurse"))), doc=["GP letter", "Health visitor report", "Health info"])


@T("agency-information", parts=("document", "attachment"), law="public")
def ai_lac_review(c):
    t = c.p("lac", "fostering", "adoption", "private", "missing", "mappa")
    if t == "lac":
        body = J(c.p("LOOKED AFTER CHILD REVIEW - RECORD", "Child Looked After Review", "Record of Review (Independent Reviewing Officer)"), f"Child: {c.ch_full}  Legal status: {c.p('s31 care order', 's20 accommodated', 'interim care order')}",
                 f"Placement: {c.p('local authority foster carers', 'residential children’s home', 'kinship carers')}", f"IRO: {c.staff()}", "Care plan reviewed: " + c.p("permanence through long-term fostering", "rehabilitation home", "adoption"),
                 f"Child's views: {c.ch} {c.p('is settled', 'wants more contact with siblings', 'did not attend')}.", f"Next review: {c.d(180, 'long')}")
        rc = "looked-after-child"
    elif t == "fostering":
        body = J(c.p("Fostering Panel - minutes", "FORM F - ASSESSMENT OF FOSTER CARERS (summary)", "Foster carer annual review"), f"Applicants/carers: {c.person()} and {c.person()}",
                 "Panel recommendation: " + c.p("approval for 2 children 0-11", "continued approval", "approval for short breaks only"), f"Agency decision maker: {c.staff()}",
                 f"The carers currently look after {c.ch} ({c.ch_age}) placed by {c.council['name']}.")
        rc = "foster-carers"
    elif t == "adoption":
        body = J(c.p("CHILD PERMANENCE REPORT", "Adoption Placement Report", "Annex B report"), f"Child: {c.kids[-1]['first']} {c.kids[-1]['sur']}", f"Regional adoption agency: {c.p('One Adoption', 'Adoption Now', 'Adopt Cymru', 'Adoption Counts')}",
                 "The agency decision maker has decided the child should be placed for adoption.", "Matching: prospective adopters identified; introductions planned.", "Letterbox contact with birth parents once a year.")
        rc = "adoption"
    elif t == "private":
        body = J(c.p("Private Fostering Assessment", "Notification of private fostering arrangement", "Private fostering - visit record"), f"Child: {c.ch_full}", f"Carer: {c.person()} (family friend, not a relative)",
                 f"The arrangement started on {c.d(-90, 'long')} and is expected to last more than 28 days.", "The carer is suitable; DBS checks clear; visits every 6 weeks.")
        rc = "privately-fostered-child"
    elif t == "missing":
        body = J(c.p("Return Home Interview", "Missing episode - return interview record", "RHI record"), f"Young person: {c.ch_full} ({max(c.ch_age, 12)})", f"Missing from {c.d(-8, 'num')} to {c.d(-6, 'num')}; reported to {c.police['name']}.",
                 "Where: " + c.p("with older friends in town", "refused to say", "at a boyfriend's flat"), "Push/pull factors: arguments at home; possible exploitation indicators.", f"Completed by {c.staff()}, {c.p('Barnardo’s', 'The Children’s Society', 'Missing Children Service')}")
        rc = "missing-person"
    else:
        body = J(c.p("MAPPA - notification to Children's Services", "Risk to children: notification", "Multi-Agency Public Protection Arrangements - minutes extract"), f"Subject: {c.dad}",
                 f"{c.dad} is {c.p('a registered sex offender', 'managed at MAPPA level 2', 'identified as a person posing a risk to children (Schedule 1 offence)')}.",
                 f"He has told probation he has a new partner with children ({c.kid_names}).", "Actions: disclosure to the mother under the Child Sex Offender Disclosure Scheme considered.")
        rc = "adult-posing-risk"
    return out(J(council_head(c), body), doc=["LA records", "LAC review", "Papers from child's file", "Agency documents"], rc=rc)


@T("agency-information", parts=("document", "attachment"))
def ai_chronology(c):
    rows = [f"{c.d(-c.r.randint(30, 1500), 'num')} | {c.p('Police notification - DA', 'School referral', 'HV concern', 'Strategy discussion', 'CIN plan started', 'Case closed', 'A&E attendance')} | {c.p('NFA', 'C&F assessment', 's47', 'Early Help', 'advice')}" for _ in range(c.r.randint(4, 8))]
    return out(J(c.p("Chronology of significant events", "LA Chronology", "CHRONOLOGY"), f"{c.council['name']}", f"Family: {c.mum_s}/{c.dad_s}", "Date | Event | Outcome", sorted(rows), f"Prepared by {c.sw}"),
               doc=["Chronology", "LA chronology"], rc=c.p("other-childrens-social-care", None))


@T("agency-information", "cy", parts=("document", "attachment", "email"))
def ai_cy(c):
    return out(J(c.school, c.p("Adroddiad ysgol i CAFCASS Cymru", "Gwybodaeth i'r llys", ""), c.d(80, "long"), f"Annwyl {c.fca},", f"Parthed: {c.ch_full} (dyddiad geni {c.dob(cy=True)})",
                 f"Presenoldeb eleni: {c.r.randint(78, 99)}%.", c.p(f"Mae {c.ch} yn blentyn hapus a chymdeithasol.", f"Mae {c.ch} yn gallu bod yn dawel ar ôl penwythnosau.", f"Mae {c.ch} yn derbyn cymorth ychwanegol."),
                 c.p("Nid oes pryderon diogelu.", "Rydym wedi cofnodi pryderon lles eleni.", "Mae'r ddau riant yn dod i nosweithiau rhieni."), "Cofion,", c.person(), c.p("Pennaeth", "Person Dynodedig Diogelu")),
               frm="pennaeth@ysgol.cymru", subj=[f"{c.ch_full}", "Gwybodaeth yr ysgol"], doc=["Gwybodaeth asiantaeth", "Adroddiad ysgol"])


# ==============================================================================================
# legal-advice: legal-advice, solicitor-correspondence, legal-call-note
# ==============================================================================================
@T("legal-advice", parts=("email", "attachment", "document"))
def la_advice_email(c):
    return out(J(c.p("PRIVILEGED AND CONFIDENTIAL", "Legally privileged - not for disclosure", "Confidential: legal advice", ""), "", c.p(f"Dear {c.fca_f},", f"Hi {c.fca_f},"),
                 c.p(f"Thank you for your query about {c.case_name} ({c.caseno}).", "You asked whether you can share the police disclosure with the parties.", "You asked whether Cafcass should seek to be joined as a party."),
                 c.p("My view is that the police material should not be shared without the court's permission; you can summarise it in your report at a level the police have agreed.",
                     "In my view the threshold for a rule 16.4 appointment is met and you should invite the court to consider it in your position statement.",
                     "You are not obliged to attend the hearing unless directed. If you are directed to attend, you should do so.",
                     "The subpoena is defective; do not produce the records. I will write to the solicitors."),
                 c.p("Please do not forward this email outside Cafcass.", "Please save this in the legal advice folder.", ""), "", c.p("Regards", "Kind regards"), c.lawyer, c.p("Solicitor, Cafcass Legal", "Senior Lawyer, Cafcass Legal Services")),
               frm=c.p("legal@cafcass.gov.uk", c.email_of(c.lawyer, "cafcass.gov.uk")), subj=["RE: query - legal advice", f"Advice {c.caseno}", "Privileged: your query", "Legal query"], doc=["Legal advice", "Advice from Cafcass Legal"])


@T("legal-advice", parts=("document", "attachment"), sources=("tree",))
def la_memo(c):
    return out(J(c.p("MEMORANDUM OF ADVICE", "Cafcass Legal - advice note", "Advice"), f"To: {c.fca} and {c.sm}", f"From: {c.lawyer}, Cafcass Legal", f"Date: {c.d(90, 'long')}", f"Case: {c.caseno}",
                 "Issue: " + c.p("whether the guardian should appeal the care order", "disclosure of the child's counselling notes", "whether to oppose the application for the child to give evidence", "the father's complaint and request for a new FCA"),
                 "Advice: " + c.p("there are no realistic grounds of appeal; the judge applied the correct test.", "the notes should only be disclosed if the court orders it, following a balancing exercise.", "you should oppose; the child's welfare outweighs the benefit."),
                 "Next steps: " + c.p("no action", "I will draft a position statement", "discuss at the next case review"), "This advice is subject to legal professional privilege."),
               doc=["Legal advice memo", "Advice note"])


@T("legal-advice", parts=("email",))
def la_short_reply(c):
    return out(J(c.p(f"{c.fca_f},", "Hi,"), c.p("Short answer: yes, you can attend by video. Tell the court office in writing.", "No - the order does not require you to file a further report. Write a short letter to the court instead.", "Yes, you can speak to the school without consent because the court has directed your enquiries."),
                 c.p("Let me know if you want to discuss.", "Happy to talk.", ""), c.lawyer), frm=c.p("legal@cafcass.gov.uk", c.email_of(c.lawyer, "cafcass.gov.uk")), subj=["RE: quick question", "RE: legal", "Advice"], doc=["legal advice"])


@T("legal-advice", parts=("document", "attachment"), sources=("tree",))
def la_request_form(c):
    return out(J(c.p("Request for legal advice", "LEGAL ADVICE REQUEST FORM", "Referral to Cafcass Legal"), f"Practitioner: {c.fca}   Manager: {c.sm}", f"Case: {c.caseno}",
                 *c.p(("Question: Can I refuse to disclose my notes to the father's McKenzie friend?", "Advice given (to be completed by legal): Do not disclose; notes are not to be shared without a court direction."),
                      ("Question: The LA has refused to share records despite the order; what should I do?", "Advice given (to be completed by legal): Write to the court asking for an order for disclosure; draft attached."),
                      ("Question: Should I recommend the case is transferred to the High Court?", "Advice given (to be completed by legal): No; the case can remain at circuit judge level.")),
                 f"Lawyer: {c.lawyer}  Date: {c.d(100, 'num')}", "Privileged."), doc=["Legal advice request", "Legal advice"])


@T("legal-advice", "cy", parts=("email", "document"))
def la_cy(c):
    return out(J(c.p("CYFRINACHOL - BREINTIEDIG", "Cyngor cyfreithiol - cyfrinachol", ""), c.p(f"Annwyl {c.fca_f},", f"Helo {c.fca_f},"),
                 c.p("Diolch am eich cwestiwn.", f"Gofynnoch a allwch rannu datgeliad yr heddlu â'r partïon yn {c.caseno}."),
                 c.p("Yn fy marn i, ni ddylid rhannu'r deunydd heb ganiatâd y llys.", "Nid oes rhaid i chi fynychu'r gwrandawiad oni bai bod y llys yn cyfarwyddo hynny.", "Dylech wahodd y llys i ystyried penodi gwarcheidwad o dan reol 16.4."),
                 "Peidiwch ag anfon yr e-bost hwn y tu allan i CAFCASS Cymru.", c.lawyer, "Cyfreithiwr, Gwasanaethau Cyfreithiol Llywodraeth Cymru"),
               frm=c.email_of(c.lawyer, "gov.wales"), subj=["Cyngor cyfreithiol", f"RE: ymholiad {c.caseno}"], doc=["Cyngor cyfreithiol"])


@T("solicitor-correspondence", parts=("email", "attachment", "document"), law="public")
def sc_email(c):
    s = c.sol_c
    return out(J(c.p(f"Dear {c.fca_f},", f"Hi {c.fca_f}"), "",
                 c.p(f"I have now read the local authority's final evidence in {c.case_name}.", "Following our meeting I have drafted the guardian's position statement for your approval.", f"I attach the draft questions for {c.expert[0]} - please let me have your comments."),
                 c.p("In my view we should challenge the care plan for adoption given the positive viability assessment of the aunt.", "Please confirm you are content for me to agree the extension of the timetable.", "Counsel has been booked for the final hearing."),
                 c.p("Can we speak on Thursday?", "Please let me have your instructions by Friday.", ""), "", "Kind regards", c.staff(), f"Solicitor for the children, {s['name']}"),
               frm=f"childcare@{s['dom']}", subj=[f"{c.case_name} - your instructions", "Draft position statement for approval", f"RE: {c.caseno}"], doc=["Letter from child's solicitor", "Children's solicitor email"], rc=c.p("looked-after-child", None))


@T("solicitor-correspondence", parts=("document", "attachment"), law="public")
def sc_letter(c):
    s = c.sol_c
    return out(J(sol_head(c, s), c.d(40, "long"), "", c.fca, "Children's Guardian", c.office_addr, "", f"Dear {c.fca},", f"Re: {c.kid_names} - care proceedings {c.caseno}",
                 c.p("Thank you for appointing this firm to act for the children.", "I write to confirm the outcome of the advocates' meeting.", "I write to report on the hearing today."),
                 c.p(f"The judge made interim care orders and listed the IRH for {c.d(150, 'long')}.", "The parents' counsel will apply for a further assessment; I have said we will oppose it on your instructions.", "I have filed your initial analysis."),
                 c.p("Please let me know if your instructions change.", "I will send you the draft order when it is circulated.", ""), "", "Yours sincerely", c.staff(), s["name"]),
               doc=["Letter from children's solicitor", "Solicitor's letter"], rc=c.p("looked-after-child", None))


@T("solicitor-correspondence", parts=("email", "attachment"), law="public")
def sc_from_guardian(c):
    return out(J(f"Dear {c.staff().split()[0]},", "",
                 c.p("My instructions for tomorrow are as follows:", "Thank you for the draft. I have made some changes (tracked).", "Please see my comments on the care plan below."),
                 c.p("1. I support the interim care order.\n2. I do not support the mother's application for more contact at this stage.\n3. I agree to a 4-week extension.", "I would like the position statement to reflect the children's wishes more clearly.", "I would like you to ask the social worker about sibling contact."),
                 "", "Thanks", c.fca, "Children's Guardian"), frm=cafcass_mail(c), subj=["Instructions for hearing", "RE: draft position statement", f"{c.caseno} - instructions"], doc=["Instructions to child's solicitor"])


@T("solicitor-correspondence", parts=("document", "attachment", "email"), law="public")
def sc_attendance(c):
    return out(J(c.sol_c["name"], c.p("Attendance note - advice to guardian", "Report on hearing", "Note for guardian"), f"Client: {c.kid_names} (by their guardian {c.fca})", f"Date: {c.d(60, 'num')}",
                 c.p("Attending court. LA sought ICO; parents opposed. Guardian supported. Order made.", "Advocates' meeting; agreed directions; disputed issue is the expert.", "Meeting with guardian and the child (aged 14); child wishes to instruct separately - issue of competence considered."),
                 "Next steps: " + c.p("file guardian's analysis", "draft LOI", "report to guardian"), f"Time: {c.r.randint(1, 6)} units"), frm=f"childcare@{c.sol_c['dom']}", subj=["Attendance note", "Note of hearing"], doc=["Attendance note"])


@T("solicitor-correspondence", "cy", parts=("email", "document", "attachment"), law="public")
def sc_cy(c):
    s = c.sol_c
    return out(J(c.p(f"Annwyl {c.fca_f},", f"Helo {c.fca_f},"), c.p(f"Rwyf wedi darllen tystiolaeth derfynol yr awdurdod lleol yn achos {c.kid_names_cy}.", "Amgaeaf ddrafft o ddatganiad sefyllfa'r gwarcheidwad i'w gymeradwyo."),
                 c.p("Yn fy marn i dylem herio'r cynllun gofal.", "A allwch gadarnhau eich cyfarwyddiadau erbyn dydd Gwener?", "Mae'r bargyfreithiwr wedi'i archebu ar gyfer y gwrandawiad terfynol."),
                 "Cofion,", c.staff(), f"Cyfreithiwr y plant, {s['cy']}"), frm=f"plant@{s['dom']}", subj=[f"{c.caseno} - cyfarwyddiadau", "Drafft i'w gymeradwyo"], doc=["Gohebiaeth gyda chyfreithiwr y plentyn"])


@T("legal-call-note", parts=("document",), sources=("tree",))
def lcn_cafcass_legal(c):
    return out(J(c.p("Note of telephone call with Cafcass Legal", "Telephone advice - record", "Call with lawyer", "Legal consultation note"), f"Date/time: {c.d(95, 'num')} {c.r.randint(9, 16)}:{c.r.randint(10, 59)}", f"Duration: {c.r.randint(10, 45)} minutes",
                 f"Participants: {c.fca} (FCA); {c.lawyer} (Cafcass Legal)", f"Case: {c.caseno}",
                 "Query: " + c.p("whether to file an addendum when not directed", "the father's solicitor has asked for my notes", "the court wants me to supervise contact"),
                 "Advice given: " + c.p("write to the court rather than file an unrequested report", "notes are not disclosable without an order", "Cafcass does not supervise contact; explain in a letter to the court"),
                 "Action: " + c.p("letter to court drafted", "reply to solicitor", "none"), "Privileged - legal advice."), doc=["Note of call with legal", "Legal call note"])


@T("legal-call-note", parts=("document",), sources=("tree", "upload"), law="public")
def lcn_child_sol(c):
    return out(J(c.p("Telephone call - child's solicitor", "Record of discussion with the children's solicitor", "Note of call"), f"{c.d(110, 'long')}", f"{c.fca} spoke with {c.staff()} ({c.sol_c['name']}), solicitor for the children.",
                 c.p("Discussed the LA's final care plan. Agreed the guardian will oppose adoption for the eldest.", "Discussed the expert's report; solicitor will raise questions by Friday.", "Discussed the 14 year old's wish to instruct his own solicitor."),
                 "Agreed actions: " + c.p("solicitor to draft position statement", "guardian to visit the child again", "solicitor to write to the court"), "(Legal advice - privileged)"),
               doc=["Call with child's solicitor", "Note of call"], rc=c.p("looked-after-child", None))


@T("legal-call-note", parts=("document",), sources=("tree",))
def lcn_short(c):
    return out(J(f"{c.d(100, 'num')} - call {c.lawyer}", c.p("Asked about the subpoena. Advice: do not attend; legal will write.", "Asked re non-attendance at final hearing. Advice: fine if not directed.", "Re SAR request from father. Advice: refer to information governance."), f"{c.fca}"),
               doc=["call note", "Legal call"])


@T("legal-call-note", parts=("document", "attachment"), sources=("tree",))
def lcn_meeting(c):
    return out(J(c.p("Note of meeting with Cafcass Legal", "Legal planning discussion - record"), f"{c.d(115, 'long')} (Teams)", f"Present: {c.fca}, {c.sm}, {c.lawyer}",
                 "Issue: " + c.p("judicial review threat by the father", "complaint escalated to the court", "whether to seek the court's permission to disclose to the LA"),
                 "Discussion and advice: " + c.p("the threat is misconceived; no action required other than acknowledgment.", "respond through the complaints process only.", "apply by C2 on notice; legal to draft."),
                 "Recorded by " + c.fca, "Legally privileged"), doc=["Legal meeting note"])


@T("legal-call-note", "cy", parts=("document",), sources=("tree",))
def lcn_cy(c):
    return out(J(c.p("Nodyn o alwad ffôn gyda chyfreithiwr", "Cofnod o gyngor dros y ffôn"), f"Dyddiad: {c.d(95, 'long')}", f"Yn bresennol: {c.fca}; {c.lawyer} (cyfreithiwr)", f"Achos: {c.caseno}",
                 "Cwestiwn: " + c.p("a ddylid ffeilio adroddiad atodol heb gyfarwyddyd", "mae cyfreithiwr y tad wedi gofyn am fy nodiadau"),
                 "Cyngor: " + c.p("ysgrifennu at y llys yn lle hynny", "nid oes rhaid datgelu'r nodiadau heb orchymyn"), "Breintiedig."), doc=["Nodyn o alwad gyda chyfreithiwr"])


@T("agency-information", parts=("document", "attachment"), law="public")
def ai_foster_carers(c):
    carers = f"{c.person()} and {c.person()}"
    return out(J(council_head(c), c.p("FOSTER CARER ANNUAL REVIEW", "Supervising Social Worker's report - foster carers", "Form F assessment (extract)", "Fostering Panel minutes (extract)"),
                 f"Carers: {carers}", f"Approved: {c.d(-c.r.randint(400, 3000), 'long')} for {c.p('up to 2 children aged 0-11', '1 child, long-term', 'short breaks and respite')}",
                 f"Supervising social worker: {c.staff()}", f"Current placement: {c.ch_full} ({c.ch_age}), placed by {c.council['name']} on {c.d(-c.r.randint(30, 300), 'long')}.",
                 "Training completed this year: " + c.p("safeguarding refresher; therapeutic parenting", "first aid; managing contact", "TSD standards portfolio completed"),
                 "Views of the child in placement: " + c.p(f"{c.ch} says the carers are 'kind and funny'.", f"{c.ch} would like more time with {c.his} brother.", "not obtained - child too young."),
                 "Recommendation: " + c.p("continued approval on the same terms", "approval changed to long-term carers for this child", "continued approval; review in 6 months"),
                 f"Panel chair / reviewing officer: {c.staff()}"), doc=["Foster carer review", "Fostering panel minutes", "LA records"], rc="foster-carers")


@T("agency-information", parts=("document", "attachment"), law="public")
def ai_adoption_panel(c):
    k = c.kids[-1]
    return out(J(c.p("Adoption Panel - minutes (matching)", "Adoption Agency: placement report", "Adoption support plan"), c.p("One Adoption", "Adoption Now", "Adopt Cymru", "Adoption Counts", "Ambitious for Adoption"),
                 f"Child: {k['first']} {k['sur']} (DOB {fmt_date(c.r, k['dob'], False, 'num')})", f"Placement order made: {c.d(-c.r.randint(60, 300), 'long')} ({c.court['name']})",
                 f"Prospective adopters: {c.person()} and {c.person()}, approved {c.d(-c.r.randint(200, 700), 'num')}",
                 "Panel recommendation: " + c.p("the match is recommended unanimously.", "the match is recommended; panel asked for a fuller life story book plan.", "deferred pending further information about health needs."),
                 "Contact plan: " + c.p("letterbox contact with birth mother once a year; direct sibling contact twice a year.", "letterbox only.", "no direct contact; review after placement."),
                 f"Agency decision maker: {c.staff()}"), doc=["Adoption panel minutes", "Adoption report", "Agency documents"], rc="adoption")


@T("agency-information", parts=("document", "attachment"))
def ai_cin_plan(c):
    return out(J(council_head(c), c.p("CHILD IN NEED PLAN", "Child and Family Assessment - summary", "Early Help Assessment", "CIN review meeting record"), f"Child{'ren' if c.n_kids > 1 else ''}: {c.kid_names}",
                 f"Social worker: {c.sw}   Date: {c.d(-c.r.randint(20, 200), 'long')}",
                 "Reason for involvement: " + c.p("parental conflict after separation affecting the children's emotional wellbeing", "mother's mental health and isolation", "the child's disability and the family's need for support", "school attendance and home conditions"),
                 "What is working well: " + c.p("the children are close to their grandparents", "mother engages with the family support worker", "good school attendance"),
                 "What are we worried about: " + c.p("arguments at handovers in front of the children", "low mood and missed appointments", "unsafe sleeping arrangements for the baby"),
                 "Plan: " + c.p("monthly CIN reviews; referral to family mediation", "family support worker weekly for 12 weeks", "referral to CAMHS; school to monitor"),
                 f"Next review: {c.d(c.r.randint(20, 60), 'long')}"), doc=["CIN plan", "LA assessment", "Social care records"], rc="other-childrens-social-care")

# ==============================================================================================
# further-information: thank-you-card, informal-contact; court-bundle
# ==============================================================================================
@T("thank-you-card", parts=("document", "attachment"), sources=("scan", "upload"))
def ty_parent(c):
    who = c.p(c.mum_f, c.dad_f, f"{c.mum_f} and the kids")
    return out(J(c.p("Thank you", "THANK YOU!", "With thanks", "Thank You So Much"), "", c.p(f"Dear {c.fca_f},", f"To {c.fca_f}", f"{c.fca_f}"),
                 c.p("Just a little card to say thank you for everything you have done for us. You listened when nobody else did.", "Thank you for all your help and for being so kind to the children.", "We wouldn't have got here without you. The kids are so much happier now."),
                 c.p("", "Enjoy the chocolates!", f"{c.ch} says hi!"), c.p("Love", "Best wishes", "All the best"), who, c.p("xx", "")), doc=["Thank you card", "Card from mum"])


@T("thank-you-card", parts=("document", "attachment"), sources=("scan", "upload"))
def ty_child(c):
    return out(J(c.p("thank you", "THANK YOU", "Thank you for helping me"), c.p(f"to {c.fca_f}", f"Dear {c.fca_f}"), c.p("thank you for listening to me", "thanks for talking to the judge", "you are the best"), c.p("from", "love"), c.ch, c.p("xxx", "☺", "")),
               doc=["Thank you card from child", "card"])


@T("thank-you-card", parts=("email",))
def ty_email(c):
    who = c.p(c.app, c.resp)
    return out(J(f"Hi {c.fca_f},", "", c.p("I just wanted to say a huge thank you now the case is over.", "Now that everything is sorted I wanted to send a quick thank you."),
                 c.p("You were fair to both of us and you really got to know the kids.", "The children are doing really well and see their dad every other weekend.", "I was dreading it all but you made it so much easier."),
                 c.p("Please pass this on to your manager.", "All the best for the future.", ""), "", who.split()[0]), frm=c.email_of(who, "gmail.com"), subj=["Thank you", "thanks!!", "Just wanted to say thank you"], doc=["Thank you email"])


@T("thank-you-card", parts=("document", "attachment"), sources=("scan", "upload"))
def ty_family(c):
    return out(J(c.p("With heartfelt thanks", "Thank you for everything", "A little thank you"), c.p("To all at Cafcass", f"To {c.fca} and the team at {c.office}"),
                 c.p("From the bottom of our hearts, thank you for helping our family through the hardest time.", "Thank you for your patience and kindness. We are a family again."),
                 f"With love from {c.p(f'{c.mum_f}, {c.dad_f}', c.mum_f, 'Nanny ' + c.person().split()[0])} and {c.kid_names}"), doc=["Thank you card", "Card"])


@T("thank-you-card", "cy", parts=("document", "attachment", "email"), sources=("scan", "upload"))
def ty_cy(c):
    return out(J(c.p("Diolch", "DIOLCH YN FAWR", "Diolch o galon"), c.p(f"Annwyl {c.fca_f},", f"I {c.fca_f}"),
                 c.p("Diolch am bob dim rydych wedi'i wneud i ni.", "Diolch am wrando ar y plant.", "Diolch am eich help a'ch caredigrwydd."), c.p("Cariad,", "Cofion gorau,"), c.p(c.mum_f, c.ch, c.dad_f), "xx"),
               frm=c.email_of(c.mum, "gmail.com"), subj=["Diolch", "Diolch yn fawr"], doc=["Cerdyn diolch"])


@T("informal-contact", parts=("email",))
def ic_update(c):
    who = c.p(c.app, c.resp)
    return out(J(c.p(f"Hi {c.fca_f}", f"Hiya {c.fca_f}", "Hello"), "",
                 c.p(f"Hope you're well. Just thought I'd let you know {c.ch} got into the {c.p('county football team', 'school choir', 'grammar school', 'swimming squad')}!", "Sorry I know the case is closed but I wanted to send you this photo of the kids at the beach.", f"{c.ch} asked me to say hello and to tell you {c.he} lost a tooth."),
                 c.p("Things are going ok with the arrangements.", "Everything is settled now.", ""), c.p("No need to reply.", "Take care", ""), who.split()[0]),
               frm=c.email_of(who, c.p("gmail.com", "hotmail.com", "icloud.com")), subj=["update", "Hi from us", "photo", "Just saying hi", ""], doc=["Email from mum", "Informal email"])


@T("informal-contact", parts=("document", "attachment"), sources=("upload", "scan"))
def ic_text_screenshot(c):
    who = c.p(c.mum_f, c.dad_f)
    return out(J(c.p("Messages", "< Back", "iMessage"), f"{who} {c.p('Mum', 'Dad', '')}", f"Today {c.r.randint(8, 21)}:{c.r.randint(10, 59)}",
                 c.p(f"Hi {c.fca_f} its {who}, just to say the kids had a lovely weekend", "Hiya sorry to bother u, can u tell me when ur back from leave", f"Morning! {c.ch} wanted to send you this"),
                 c.p("👍", "Delivered", "Read 09:12"), c.p("ok thanks x", "", "See you soon")), doc=["Screenshot", "Text from mum"])


@T("informal-contact", parts=("document", "attachment"), sources=("scan", "upload"))
def ic_christmas(c):
    return out(J(c.p("Merry Christmas", "Season's Greetings", "Happy New Year", "Happy Easter"), c.p(f"To {c.fca_f}", "To everyone at the Cafcass office"),
                 c.p("Have a lovely Christmas and thanks again", "Wishing you a happy holiday", "hope you have a good one"), "from", c.p(f"{c.mum_f} & kids", c.kid_names, c.dad_f)),
               doc=["Christmas card", "Card"])


@T("informal-contact", parts=("document",), sources=("tree", "scan"))
def ic_phone_message(c):
    return out(J(c.p("PHONE MESSAGE", "While you were out", "Message taken"), f"For: {c.fca}", f"From: {c.p(c.app, c.resp, c.person())}", f"Date: {c.d(200, 'num')}  Time: {c.r.randint(9, 16)}:{c.r.randint(10, 59)}",
                 c.p("[x] Telephoned   [ ] Called in   [ ] Please ring back", "Called in at reception", "Rang - wants to say hello"),
                 "Message: " + c.p(f"Just wanted to let you know {c.ch} is doing well at new school.", "Wanted to say thank you and that the kids are happy. No call back needed.", "Asked if you could pass on a card to the children's guardian."),
                 f"Taken by: {c.staff().split()[0]}"), doc=["Phone message", "Message"])


@T("informal-contact", parts=("document",), sources=("scan", "upload"))
def ic_feedback(c):
    return out(J(c.p("Your feedback", "How did we do?", "Feedback card"), "Cafcass would like to know about your experience.", f"Overall I was: {c.p('very satisfied', 'satisfied', 'neither', 'unhappy')}",
                 "Comments: " + c.p("The lady was lovely with my son.", "It took too long but the officer was good.", "I felt listened to.", "Would have liked a Welsh speaker."),
                 c.p("Can we contact you about this? No", "Name (optional): " + c.p(c.mum_f, c.dad_f), "")), doc=["Feedback card"])


@T("informal-contact", "cy", parts=("email", "document", "attachment"))
def ic_cy(c):
    who = c.p(c.app, c.resp)
    return out(J(c.p(f"Helo {c.fca_f}", f"S'mae {c.fca_f}", f"Annwyl {c.fca_f}"), c.p(f"Jyst i ddweud bod {c.ch} wedi cael lle yn nhîm pêl-droed y sir!", "Dwi'n gwybod bod yr achos wedi cau ond roeddwn i eisiau anfon llun o'r plant.", f"Mae {c.ch} yn dweud helo."),
                 c.p("Mae pethau'n mynd yn iawn.", "Does dim angen ateb.", ""), c.p("Cofion", "Hwyl"), who.split()[0]), frm=c.email_of(who, "gmail.com"), subj=["Helo", "newyddion", "llun"], doc=["Cyswllt anffurfiol"])


@T("court-bundle", parts=("document", "attachment"), sources=("tree", "upload"))
def cb_index(c):
    secs = [("A", "Preliminary documents", ["Case summary", "Chronology", "Position statements"]), ("B", "Applications and orders", ["C100", "C1A", "Order " + c.d(40, "num"), "Order " + c.d(90, "num")]),
            ("C", "Statements and affidavits", [f"Statement of {c.app}", f"Statement of {c.resp}"]), ("D", "Cafcass", ["Safeguarding letter", "Section 7 report"]),
            ("E", "Expert reports", ["Hair strand test results"]), ("F", "Other documents", [f"{c.police['name']} disclosure", "School records"])]
    lines, pg = [], 1
    for s, t, items in secs:
        lines.append(f"SECTION {s} - {t.upper()}")
        for i, it in enumerate(items, 1):
            n = c.r.randint(2, 20)
            lines.append(f"{s}{i}  {it}  {s}{pg}-{s}{pg + n}")
            pg += n + 1
        pg = 1
    return out(J(c.court_head(False), c.p("INDEX TO BUNDLE", "Bundle index", "FINAL HEARING BUNDLE", "E-BUNDLE - INDEX"), f"Hearing: {c.d(170, 'long')}", f"Prepared by {c.sol_a['name']}", "", lines,
                 c.p("Total pages: " + str(c.r.randint(180, 650)), "")), doc=["Bundle", "Court bundle", "Hearing bundle", "e-bundle"], frm=f"family@{c.sol_a['dom']}", subj=["Bundle for hearing", f"{c.caseno} e-bundle", "Final hearing bundle"])


@T("court-bundle", parts=("document", "attachment"), sources=("tree", "upload"))
def cb_merged(c):
    return out(J(f"{c.case_name}", f"{c.caseno}", c.p("Electronic bundle", "Supplementary bundle", "Bundle for DRA"), "", "INDEX",
                 f"1. Order of {c.d(35, 'long')} ......... 1", f"2. Safeguarding letter ......... 5", "3. Applicant's statement ......... 12", "4. Respondent's statement ......... 27", "5. Police disclosure ......... 40",
                 "", "- 1 -", c.court_head(False), "ORDER", "IT IS ORDERED THAT:", "1. Cafcass shall file a section 7 report...", "", "- 5 -", "Cafcass", "Safeguarding letter",
                 "This letter is to inform the court of the outcome of...", "", "- 12 -", f"Statement of {c.app}", "I make this statement from my own knowledge...",
                 c.p("[pages 13-26 omitted from extract]", "")), doc=["Bundle", "Merged bundle"])


@T("court-bundle", parts=("email",))
def cb_email(c):
    return out(J(c.p("Dear all,", "Good afternoon,"), "", c.p(f"Please find the link to the e-bundle for the hearing on {c.d(170, 'long')} in {c.case_name}.", f"I attach the updated bundle ({c.r.randint(200, 700)} pages) and index for {c.caseno}."),
                 c.p("New documents are at section D and F.", "Please note the bundle is paginated for the judge; please refer to page numbers at the hearing.", "The bundle has been lodged with the court."),
                 "The link expires in 14 days.", "", "Kind regards", c.staff(), c.p(c.sol_a["name"], c.council["name"] + " Legal Services")),
               frm=c.p(f"family@{c.sol_a['dom']}", f"legal@{c.council['dom']}"), subj=["E-bundle", f"Bundle {c.caseno}", "Hearing bundle - link"], doc=["Bundle email"])


@T("court-bundle", parts=("document", "attachment"), sources=("tree",), law="public")
def cb_public(c):
    return out(J(c.court_head(False), c.parties(False), c.p("CORE BUNDLE", "Bundle - Issues Resolution Hearing", "Public law bundle (PD27A compliant)"),
                 "A  Preliminary: case summary, threshold, chronology, position statements", "B  Applications and orders", "C  Local authority evidence (SWET, care plan)",
                 "D  Parents' statements", "E  Expert reports", "F  Children's guardian", "G  Other (contact notes)", f"Page limit: 350. Prepared by {c.council['name']} Legal Services, {c.d(145, 'num')}"),
               doc=["Bundle", "Core bundle"])


@T("court-bundle", "cy", parts=("document", "attachment"))
def cb_cy(c):
    return out(J(c.court_head(True), c.p("MYNEGAI I'R BWNDEL", "Bwndel llys", "BWNDEL Y GWRANDAWIAD"), f"Gwrandawiad: {c.d(170, 'long')}",
                 "ADRAN A - Dogfennau rhagarweiniol  A1-A15", "ADRAN B - Ceisiadau a gorchmynion  B1-B30", "ADRAN C - Datganiadau  C1-C48", "ADRAN D - CAFCASS Cymru  D1-D26", "ADRAN E - Adroddiadau arbenigol  E1-E40",
                 f"Paratowyd gan {c.sol_a['cy']}"), doc=["Bwndel llys"])


# ==============================================================================================
# police-information: pnc-disclosure, police-callouts, police-check
# ==============================================================================================
OFFENCES = ["Assault occasioning actual bodily harm", "Common assault (domestic)", "Driving with excess alcohol", "Possession of a controlled drug - Class A", "Criminal damage", "Harassment without violence",
            "Theft from a shop", "Breach of non-molestation order", "Affray", "Possession of an offensive weapon", "Battery", "Being drunk and disorderly"]
DISPOSALS = ["Fine £200, costs £85", "Community order 12 months, 100 hrs unpaid work", "Conditional discharge 12 months", "Imprisonment 16 weeks suspended 12 months", "Caution", "Disqualified from driving 18 months", "Restraining order 2 years"]


@T("pnc-disclosure", parts=("document", "attachment"))
def pnc_print(c):
    subj = c.p(c.dad, c.resp, c.mum)
    rows = []
    for _ in range(c.r.randint(1, 5)):
        y = c.t0.year - c.r.randint(1, 15)
        rows.append(f"{c.r.randint(1, 28):02d}/{c.r.randint(1, 12):02d}/{y}  {c.p('Leeds', 'Cardiff', 'Preston', 'Manchester', 'Wrexham', 'Bristol')} Magistrates  {c.p(*OFFENCES)}  {c.p(*DISPOSALS)}")
    return out(J(c.p("PNC PRINT", "Police National Computer - Record of Convictions", "PRINT OF CONVICTIONS, CAUTIONS AND RELEVANT INFORMATION", "PNC RECORD - FAMILY COURT DISCLOSURE"),
                 police_head(c, False), f"Name: {subj.upper()}   DOB: {c.d(-11000, 'num')}   PNC ID: {c.t0.year % 100:02d}/{c.r.randint(100000, 999999)}{c.p('A', 'K', 'X')}",
                 f"Convictions: {len(rows)}   Cautions: {c.r.randint(0, 2)}", "Date  Court  Offence  Disposal", rows,
                 c.p("Warning markers: VIOLENT", "No warning markers", "Warning markers: DRUGS, WEAPONS"), f"Printed {c.d(8, 'num')} for Cafcass ref {c.caseno}"),
               doc=["PNC", "PNC print", "Convictions", "Police PNC disclosure"], frm=c.p("disclosure@", "cru@", "familycourt.disclosure@") + c.police["dom"], subj=[f"PNC {c.caseno}", "PNC result", "Disclosure - record of convictions"],
               rc=None)


@T("pnc-disclosure", parts=("email",))
def pnc_email(c):
    subj = c.p(c.dad, c.mum, c.resp)
    return out(J(c.p("Good morning,", "Dear Cafcass,", "Hi"), "", c.p(f"Please see below the PNC result for {subj}.", f"A PNC search has been completed on {subj}, DOB {c.d(-11500, 'num')}."),
                 c.p(f"Convictions: {c.p(*OFFENCES)} ({c.t0.year - c.r.randint(1, 10)}) - {c.p(*DISPOSALS)}.", "No convictions, cautions, reprimands or warnings recorded.", f"1 x caution: {c.p(*OFFENCES)} ({c.t0.year - 3})."),
                 "Please handle in accordance with the information sharing agreement.", "", "Regards", c.staff(), c.police["unit"], c.police["name"]),
               frm=c.p("pnc.disclosure@", "cru@") + c.police["dom"], subj=["PNC result", f"RE: {c.caseno}", "OFFICIAL SENSITIVE - PNC"], doc=["PNC email"])


@T("pnc-disclosure", parts=("document", "attachment"), sources=("scan", "tree"))
def pnc_summary(c):
    subj = c.p(c.dad, c.mum)
    rso = c.chance(0.25)
    return out(J(c.p("Criminal record summary", "Phoenix / PNC extract", "Antecedents"), c.police["name"], f"Subject: {subj}",
                 f"Summary: {c.r.randint(1, 9)} convictions for {c.r.randint(1, 15)} offences", f"Offences against the person: {c.r.randint(0, 4)}", f"Drug offences: {c.r.randint(0, 3)}", f"Theft and kindred offences: {c.r.randint(0, 5)}",
                 f"Last conviction: {c.d(-c.r.randint(100, 3000), 'num')} - {c.p(*OFFENCES)}", "Registered sex offender: YES - notification until 2031; risk to children" if rso else "Registered sex offender: No",
                 c.p("Bail conditions: none", f"Bail conditions: not to contact {c.mum}", "")), doc=["PNC summary", "criminal record"], rc="adult-posing-risk" if rso else None)


@T("pnc-disclosure", parts=("document", "attachment"))
def pnc_nil(c):
    return out(J(police_head(c, False), c.p("PNC check - result", "Record of convictions - NIL RETURN", "Police National Computer check"), f"Request ref {c.caseno}", f"Date {c.d(9, 'num')}",
                 "Subjects checked:", f"{c.app} - {c.p('no trace', 'record held (see below)')}", f"{c.resp} - {c.p('no trace', 'no trace', 'record held (see below)')}",
                 c.p("", f"{c.p(*OFFENCES)} - {c.t0.year - 6} - {c.p(*DISPOSALS)}"), "This information is provided for the purpose of the family court proceedings only."), doc=["PNC check", "PNC"])


@T("pnc-disclosure", "cy", parts=("document", "attachment", "email"))
def pnc_cy(c):
    subj = c.p(c.dad, c.mum)
    return out(J(police_head(c, True), c.p("DATGELIAD PNC", "Cyfrifiadur Cenedlaethol yr Heddlu - cofnod euogfarnau", "Canlyniad PNC"), f"Enw: {subj.upper()}", f"Cyfeirnod: {c.caseno}",
                 c.p(f"Euogfarnau: {c.r.randint(1, 4)}. Diweddaraf: ymosod cyffredin ({c.t0.year - 2}) - dirwy.", "Dim euogfarnau, rhybuddion na cheryddon.", f"Rhybudd: difrod troseddol ({c.t0.year - 4})."),
                 "Darperir yr wybodaeth hon at ddibenion achos y llys teulu yn unig."), frm="datgelu@" + c.police["dom"], subj=["Canlyniad PNC / PNC result", f"PNC {c.caseno}"], doc=["Datgeliad PNC"])


def _callout_rows(c, n):
    rows = []
    for _ in range(n):
        d = c.d(-c.r.randint(20, 900), "num")
        rows.append((d, c.p("Domestic incident - verbal", "Domestic - assault", "Concern for welfare", "Breach of the peace", "Domestic - criminal damage", "Missing person (child)", "Neighbour dispute", "Child safeguarding"),
                     c.p(c.addr_m, c.addr_f), c.p("Officers attended. Both parties spoke to. No offences disclosed. DASH: standard.", "Female had red mark to neck. Male arrested, NFA due to insufficient evidence. DASH: high, referred to MARAC.",
                                              "Children present, asleep upstairs. Notification to Children's Services.", "Caller hung up. Officers attended, all safe.", f"{c.ch} reported missing by mother, located at a friend's house 3 hours later.", "Male had left before police arrival. Crime recorded.")))
    return sorted(rows)


@T("police-callouts", parts=("document", "attachment"))
def pc_log(c):
    rows = _callout_rows(c, c.r.randint(2, 6))
    rc = "missing-person" if any("missing" in r[1].lower() for r in rows) else None
    return out(J(police_head(c, False), c.p("INCIDENT HISTORY", "Call-out log", "Domestic incident history", "Record of police attendance", "STORM / Niche occurrence summary"), f"Addresses: {c.addr_m}; {c.addr_f}", f"Cafcass ref {c.caseno}",
                 [f"{d} | {t} | {a} | {x}" for d, t, a, x in rows] if c.chance(0.5) else [f"{d}  Occurrence {c.r.randint(10000000, 99999999)}  {t}\n  {x}" for d, t, a, x in rows]),
               doc=["Police call outs", "Call out log", "Incident log", "Police information"], frm=c.p("cru@", "disclosure@", "mash@") + c.police["dom"], subj=["Incident history", f"Callouts {c.caseno}", "Police information - incidents"], rc=rc)


@T("police-callouts", parts=("email",))
def pc_email(c):
    rows = _callout_rows(c, c.r.randint(1, 4))
    return out(J(c.p("Dear Cafcass,", "Hi,", "Good afternoon,"), "", f"Further to your request, the following incidents are recorded involving {c.app} and/or {c.resp}:", "",
                 [f"- {d}: {t}. {x}" for d, t, a, x in rows], "", "Body worn footage may be available on application to the court.", "Regards", c.staff(), c.police["name"]),
               frm=c.p("cru@", "public.protection@") + c.police["dom"], subj=["Incidents", f"RE: {c.caseno} - incident history"], doc=["Police incidents"],
               rc="missing-person" if any("missing" in r[1].lower() for r in rows) else None)


@T("police-callouts", parts=("document", "attachment"), sources=("scan", "tree"))
def pc_dash(c):
    return out(J(c.police["name"], c.p("Domestic Abuse Report (DASH)", "PPN1 - Public Protection Notice", "Domestic incident report"), f"Date/time of incident: {c.d(-60, 'num')} {c.r.randint(0, 23):02d}:{c.r.randint(0, 59):02d}",
                 f"Victim: {c.mum}   Suspect: {c.dad}", f"Location: {c.addr_m}", f"Children present: {c.p('Yes - ' + c.kid_names, 'No', 'Yes, asleep')}",
                 "Officer's account: " + c.p("on arrival the victim was crying and said the suspect had pushed her into the door frame.", "both parties were shouting; no injuries; suspect left voluntarily.", "the suspect was intoxicated and had damaged the TV."),
                 f"DASH score: {c.r.randint(3, 19)}   Risk: {c.p('Standard', 'Medium', 'High')}", f"Referrals: {c.p('MARAC, Children’s Services', 'Children’s Services', 'IDVA')}", f"Officer: PC {c.r.randint(1000, 9999)} {c.staff().split()[-1]}"),
               doc=["DASH", "PPN", "Police incident report"])


@T("police-callouts", parts=("document", "attachment"))
def pc_missing(c):
    yp = max(c.ch_age, 12)
    return out(J(police_head(c, False), c.p("Missing person episodes", "MISPER HISTORY", "Missing from home - incident list"), f"Young person: {c.ch_full} ({yp})",
                 [f"{c.d(-c.r.randint(10, 400), 'num')} reported missing by {c.p('mother', 'father', 'carer')}; found {c.p('at a friend’s', 'in town centre', 'returned herself', 'at an address of concern')} after {c.r.randint(2, 30)} hrs. Risk: {c.p('low', 'medium', 'high')}" for _ in range(c.r.randint(2, 5))],
                 "Return home interviews offered by the local authority.", "Child exploitation screening tool completed: " + c.p("concerns", "no concerns")),
               doc=["Missing episodes", "Police misper log"], rc="missing-person")


@T("police-callouts", "cy", parts=("document", "attachment", "email"))
def pc_cy(c):
    rows = [f"{c.d(-c.r.randint(20, 900), 'num')} - {c.p('Digwyddiad domestig - geiriol', 'Digwyddiad domestig - ymosodiad', 'Pryder am les', 'Difrod troseddol')}. {c.p('Swyddogion wedi mynychu. Dim troseddau.', 'Y plant yn bresennol. Hysbysiad i’r gwasanaethau plant.', 'Dyn wedi’i arestio, dim camau pellach.')}" for _ in range(c.r.randint(2, 4))]
    return out(J(police_head(c, True), c.p("Log galwadau'r heddlu", "HANES DIGWYDDIADAU", "Cofnod o alwadau"), f"Cyfeiriad: {c.addr_m}", f"Cyfeirnod: {c.caseno}", sorted(rows)),
               frm="cru@" + c.police["dom"], subj=["Hanes digwyddiadau", f"Galwadau {c.caseno}"], doc=["Log galwadau'r heddlu"])


@T("police-check", parts=("document", "attachment"))
def pk_form(c):
    return out(J(police_head(c, False), c.p("POLICE SAFEGUARDING CHECK - RESPONSE TO CAFCASS", "Cafcass Police Check", "Response to request for police information (private law)", "Family court safeguarding enquiry"),
                 f"Cafcass case: {c.caseno}   Date received: {c.d(3, 'num')}   Date returned: {c.d(c.r.randint(7, 16), 'num')}",
                 f"Applicant: {c.app} - {c.p('Known', 'Not known')}", f"Respondent: {c.resp} - {c.p('Known', 'Not known', 'Known')}",
                 "Summary of relevant information: " + c.p("2 domestic incidents recorded (2022, 2023) between the parties. 1 arrest, NFA.", "No information held.", "Respondent has 3 previous convictions (see PNC). Intelligence suggests ongoing drug use.", "Live investigation - details cannot be disclosed at this time."),
                 f"Checked: PNC, PND, {c.p('Niche', 'Athena', 'STORM', 'Connect')}", f"Officer completing: {c.staff()}, {c.police['unit']}"),
               doc=["Police check", "Police checks", "Police response"], frm=c.p("cafcass.checks@", "cru@", "mash@") + c.police["dom"], subj=[f"Cafcass police check {c.caseno}", "RE: Safeguarding check", "Police check response"])


@T("police-check", parts=("email",))
def pk_email(c):
    return out(J(c.p("Hi", "Good morning", "Dear Cafcass"), "", f"Ref: {c.caseno} {c.case_name}",
                 c.p(f"Checks completed on the adults named. {c.app}: no trace. {c.resp}: known - see below.", "Both parties are not known to us.", f"Both parties known. Domestic incidents in {c.t0.year - 2} and {c.t0.year - 1}; no charges."),
                 c.p("", f"{c.resp} was subject of a DVPN in {c.t0.year - 1}.", "A full disclosure will require a court order."), "", "Regards", c.staff(), c.police["unit"]),
               frm=c.p("cafcass.checks@", "safeguarding.hub@") + c.police["dom"], subj=[f"RE: Safeguarding check {c.caseno}", "Check result", "Police check - response"], doc=["Police check email"])


@T("police-check", parts=("document", "attachment"), sources=("scan", "tree"))
def pk_table(c):
    return out(J(c.police["name"], c.p("Private law checks - results", "Police checks table", "Cafcass enquiry - results"), f"{c.caseno}",
                 "Name | DOB | Result | Notes", f"{c.app} | {c.d(-11000, 'num')} | {c.p('NK', 'K')} | {c.p('-', 'historic DA victim 2019')}", f"{c.resp} | {c.d(-12000, 'num')} | {c.p('K', 'NK')} | {c.p('conviction 2017 (ABH)', '-', 'DA suspect x2')}",
                 "K = known, NK = not known", f"{c.d(12, 'num')}"), doc=["Police checks", "Police results"])


@T("police-check", parts=("document", "attachment"))
def pk_letter(c):
    return out(J(police_head(c, False), c.d(12, "long"), f"Your ref: {c.caseno}", "", "Cafcass", c.office_addr, "", "Dear Sir/Madam,",
                 c.p("Thank you for your request for police information for the purposes of the above family proceedings.", "I write in response to your safeguarding enquiry."),
                 c.p(f"Our systems show that {c.resp} has been linked to {c.r.randint(1, 6)} domestic incidents since {c.t0.year - 4}.", "Our systems show no trace of the persons named.", f"{c.mum} is a repeat victim of domestic abuse; she is supported by the IDVA service."),
                 "Should the court require further detail, an order for disclosure should be directed to our Disclosure Unit.", "", "Yours faithfully", c.staff(), c.police["unit"]), doc=["Police letter", "Police check"])


@T("police-check", "cy", parts=("document", "attachment", "email"))
def pk_cy(c):
    return out(J(police_head(c, True), c.p("GWIRIAD DIOGELU'R HEDDLU - YMATEB I CAFCASS CYMRU", "Gwiriad heddlu", "Ymateb i gais am wybodaeth yr heddlu"), f"Rhif yr achos: {c.caseno}",
                 f"Ceisydd: {c.app} - {c.p('yn hysbys', 'ddim yn hysbys')}", f"Atebydd: {c.resp} - {c.p('yn hysbys', 'ddim yn hysbys')}",
                 "Crynodeb: " + c.p("dau ddigwyddiad domestig wedi'u cofnodi rhwng y partïon.", "dim gwybodaeth.", "ymchwiliad byw - ni ellir datgelu manylion ar hyn o bryd."),
                 f"Swyddog: {c.staff()}, {c.police['unit_cy']}"), frm="cru@" + c.police["dom"], subj=[f"Gwiriad heddlu {c.caseno}", "Ymateb: gwiriad diogelu"], doc=["Gwiriad diogelu'r heddlu"])

# ==============================================================================================
# Extra paragraphs: each kind's documents grow by a few more paragraphs of the sort that kind of
# document carries (inserted before the sign-off), so that texts are of realistic length. A
# paragraph may state a record class (returned as (text, record_class)).
# ==============================================================================================
X = {}


def xp(kind, lang="en"):
    def deco(f):
        X.setdefault((kind, lang), []).append(f)
        return f
    return deco


def _xs(kind, lang, *fns):
    for f in fns:
        X.setdefault((kind, lang), []).append(f)


_xs("contact-log", "en",
    lambda c: f"{c.d(c.r.randint(60, 90), 'num')} Supervision: case discussed with {c.sm}; agreed to seek GP information before the home visits. Cross-ref case plan.",
    lambda c: f"{c.d(c.r.randint(90, 110), 'num')} Text message to {c.app_role} confirming the appointment on {c.d(115, 'num')}. Delivered.",
    lambda c: f"{c.d(c.r.randint(40, 70), 'num')} Letter of request sent to {c.school} with copy of the order. Chased by phone on {c.d(75, 'num')}.",
    lambda c: f"{c.d(c.r.randint(20, 50), 'num')} Amended entry: date of call corrected (was entered against the wrong day). Reason for amendment recorded.",
    lambda c: f"{c.d(c.r.randint(100, 140), 'num')} Documents received from {c.sol_r['name']}: respondent's statement. Saved to court papers.")
_xs("contact-log", "cy",
    lambda c: f"{c.d(c.r.randint(60, 90), 'num')} Goruchwyliaeth: trafodwyd yr achos gyda {c.sm}; cytunwyd i ofyn am wybodaeth gan y meddyg teulu.",
    lambda c: f"{c.d(c.r.randint(90, 110), 'num')} Neges destun i'r {c.app_role_cy} yn cadarnhau'r apwyntiad.")
_xs("wtfh-outcome", "en",
    lambda c: f"Notes: {c.p('The parties were seen separately at court; conciliation was not appropriate given the allegations.', 'The parents were able to agree a holiday plan with help at court.', 'The respondent had not seen the safeguarding letter before the hearing; a copy was provided at court.')}",
    lambda c: f"Child's views obtained pre-hearing: {c.p('No', 'No - too young', 'Yes, by telephone with the eldest child')}. Interpreter used: {c.p('No', 'Yes (Polish)', 'Yes (Urdu)')}.",
    lambda c: f"Safeguarding letter recommendations followed by the court: {c.p('Yes', 'In part', 'No - court made a final order')}. Case transferred to WAFH team: {c.p('Yes', 'No')}.",
    lambda c: f"Order to be sent to Cafcass by the court: {c.p('awaited', 'received at court', 'to follow')}. Outcome recorded on ECMS by {c.fca.split()[0]}.")
_xs("wtfh-outcome", "cy",
    lambda c: f"Nodiadau: {c.p('Gwelwyd y partïon ar wahân yn y llys.', 'Llwyddodd y rhieni i gytuno ar gynllun gwyliau.', 'Nid oedd yr atebydd wedi gweld yr adroddiad cyn y gwrandawiad.')}",
    lambda c: f"Cyfieithydd: {c.p('Na', 'Oedd')}. Achos wedi'i drosglwyddo i'r tîm adroddiadau: {c.p('Do', 'Naddo')}.")
_xs("detailed-recording", "en",
    lambda c: f"I explained the role of Cafcass, that I would be speaking to the other parent and to the children, and that what is said may be included in my report. {c.p('They understood.', 'They asked whether the other parent would read it; I said yes.')}",
    lambda c: f"We discussed the children's routine: school drop off at 8.40, after-school club on {c.p('Tuesdays', 'Thursdays')}, swimming on Saturday mornings. {c.p('Both homes appear to follow similar routines.', 'The routine at the other home was described as chaotic.')}",
    lambda c: f"On the allegations, the account given was {c.p('detailed and consistent with the police information', 'vague about dates', 'different in some respects from the C1A')}. I did not form a view at this stage; this will be analysed in the report.",
    lambda c: f"Diversity: {c.p('the family are practising Catholics and the children attend church with their grandmother', 'the father’s first language is Romanian; he chose to speak English', 'the family speak Welsh at home', 'no specific needs identified')}.",
    lambda c: "Notes written up the same day from handwritten notes, which were then destroyed.")
_xs("detailed-recording", "cy",
    lambda c: "Esboniais rôl CAFCASS Cymru, y byddwn yn siarad â'r rhiant arall a'r plant, ac y gallai'r hyn a ddywedir gael ei gynnwys yn fy adroddiad.",
    lambda c: f"Trafodwyd trefn ddyddiol y plant: yr ysgol, clwb ar ôl ysgol a nofio ar fore Sadwrn. {c.p('Mae’r drefn yn debyg yn y ddau gartref.', 'Disgrifiwyd y drefn yn y cartref arall fel un anhrefnus.')}")
_xs("welcome-letter", "en",
    lambda c: "Cafcass does not take sides. We will not be able to give you legal advice, but you can find a list of family law solicitors and information about legal aid on the GOV.UK website.",
    lambda c: "Please tell us if your address or telephone number changes. If we cannot reach you before the hearing, the court will not have your views in our letter.",
    lambda c: "If there are concerns about the children's safety, we may need to share information with the local authority. We will normally tell you if we do this.",
    lambda c: "You may want to look at the Parenting Plan on our website, which can help parents agree arrangements without going back to court.",
    lambda c: "We are committed to treating everyone fairly. Let us know if you would like information in another language or format, such as large print or Easy Read.")
_xs("welcome-letter", "cy",
    lambda c: "Nid yw CAFCASS Cymru yn cymryd ochr. Ni allwn roi cyngor cyfreithiol i chi, ond mae gwybodaeth am gymorth cyfreithiol ar wefan GOV.UK.",
    lambda c: "Rhowch wybod i ni os bydd eich cyfeiriad neu'ch rhif ffôn yn newid.",
    lambda c: "Os oes pryderon am ddiogelwch y plant, efallai y bydd angen i ni rannu gwybodaeth â'r awdurdod lleol.")
_xs("letter-to-parties", "en",
    lambda c: "If you have any difficulty with travel or childcare, please let me know and I will try to help. I can also meet you by video if that is easier.",
    lambda c: f"Please bring any documents you think I should see, for example school reports or messages about arrangements. I will not be able to take away original documents.",
    lambda c: "I will ask you about the children's routines, their health and education, your relationship with the other parent and any worries you have about their safety.",
    lambda c: "I would ask you not to discuss the detail of the court case with the children or to ask them what they said to me. It is important that they feel able to talk freely.",
    lambda c: f"You can reach me on {c.tel()} between 9am and 5pm. If I am not available, please leave a message and I will call you back.")
_xs("letter-to-parties", "cy",
    lambda c: "Os oes gennych unrhyw anhawster teithio neu ofal plant, rhowch wybod i mi. Gallaf hefyd eich cyfarfod dros fideo.",
    lambda c: "Peidiwch â thrafod manylion yr achos llys gyda'r plant.",
    lambda c: f"Gallwch gysylltu â mi ar {c.tel()} rhwng 9am a 5pm.")
_xs("letter-from-party", "en",
    lambda c: f"The last time I saw the kids was {c.d(c.r.randint(-60, 60), 'long')} and {c.ch} cried when I had to leave. They ask for me every night, my mum hears them on the phone.",
    lambda c: "I have kept a diary of every time contact has been cancelled and I can send it to you. I also have the messages on my phone going back two years.",
    lambda c: "I have never been in trouble with the police apart from the one time which was a misunderstanding and no further action was taken.",
    lambda c: "I work shifts at the warehouse so weekdays are hard but I can swap to days if the court gives me every other weekend. My manager has said he will support that.",
    lambda c: "I just want what is best for the kids. I know we don't get on but they shouldn't have to suffer for it.")
_xs("letter-from-party", "cy",
    lambda c: f"Y tro diwethaf i mi weld y plant oedd {c.d(c.r.randint(-60, 60), 'long')} ac roedd {c.ch} yn crio pan oedd rhaid i mi adael.",
    lambda c: "Dwi wedi cadw dyddiadur o bob tro mae'r cyswllt wedi cael ei ganslo.",
    lambda c: "Dwi'n gweithio shifftiau felly mae'n anodd yn ystod yr wythnos.")
_xs("correspondence", "en",
    lambda c: f"We should be grateful if you could let us have a copy of any report at the same time as it is filed, so that we have time to take our client's instructions before the hearing on {c.d(150, 'long')}.",
    lambda c: "Please note that our client's contact details must not be disclosed to the other party, as set out in the C8 form filed with the court.",
    lambda c: "We would be grateful if all correspondence could be sent to this office by email rather than by post.",
    lambda c: f"For your information, the hearing time estimate is {c.p('one hour', 'two hours', 'half a day')} and the parties have been asked to attend in person.",
    lambda c: "If you need anything further please contact the office on the number above, quoting the case number.")
_xs("correspondence", "cy",
    lambda c: "Byddem yn ddiolchgar am gopi o unrhyw adroddiad ar yr un pryd ag y caiff ei ffeilio.",
    lambda c: "Sylwch na ddylid datgelu manylion cyswllt ein cleient i'r parti arall.")
_xs("case-plan", "en",
    lambda c: f"Child's identity and needs: {c.ch} is {c.ch_age}; {c.p('no additional needs known', 'has ADHD diagnosis; keep sessions short', 'is bilingual (English/Urdu)', 'attends speech therapy')}. Direct work to be adapted accordingly.",
    lambda c: f"Information already held: safeguarding letter dated {c.d(30, 'num')}; police and LA checks; C1A. Gaps: health information, views of the wider family.",
    lambda c: "Risk hypothesis: if the allegations are true, unsupervised time could expose the child to further harm; if not, the child is losing a relationship. Keep both in mind until the evidence is weighed.",
    lambda c: f"Research to draw on: {c.p('Cafcass Child Impact Assessment Framework guidance', 'research on children’s resistance to contact', 'PD12J and Re H-N', 'research on shared care outcomes')}.",
    (lambda c: ("Status: the children are looked after by the local authority under interim care orders and live with foster carers.", "looked-after-child")))
_xs("case-plan", "cy",
    lambda c: f"Anghenion y plentyn: mae {c.ch} yn {c.ch_age} oed; {c.p('dim anghenion ychwanegol', 'angen addasu gwaith uniongyrchol', 'dwyieithog')}.",
    lambda c: "Rhagdybiaeth risg: cadw'r ddau bosibilrwydd mewn cof nes pwyso a mesur y dystiolaeth.")
_xs("case-plan-review", "en",
    lambda c: f"Child's voice: {c.ch} {c.p('has been seen alone and views recorded', 'has not yet been seen alone; booked', 'was seen with sibling; needs a separate session')}.",
    lambda c: f"Timescale: report due {c.d(130, 'num')}. {c.p('On track.', 'At risk - GP letter outstanding.', 'Extension requested.')}",
    lambda c: "Diversity and identity: reviewed; no change to the approach.",
    lambda c: f"Manager's oversight: {c.sm} agrees the plan remains proportionate and child-focused.",
    (lambda c: ("The children continue to be looked after by the local authority; the plan was reviewed with the IRO.", "looked-after-child")))
_xs("case-plan-review", "cy",
    lambda c: f"Llais y plentyn: {c.p('wedi gweld y plentyn ar ei ben ei hun', 'heb weld y plentyn eto')}.",
    lambda c: f"Amserlen: adroddiad erbyn {c.d(130, 'long')}. {c.p('Ar y trywydd iawn.', 'Mewn perygl.')}")
_xs("la-checks", "en",
    lambda c: f"Address checks: {c.addr_m} - no other household members known. {c.addr_f} - {c.p('no record', 'previous occupants known; not linked to this family')}.",
    lambda c: "This response is based on a search of the children's social care system and the Early Help module. Education and health records have not been searched.",
    lambda c: f"If you require more detail, please contact the duty team on {c.tel()} quoting the reference above.",
    (lambda c: (f"{c.ch} is currently subject to a child protection plan (category: {c.p('neglect', 'emotional abuse')}) since {c.d(-120, 'long')}; the next review conference is on {c.d(40, 'long')}.", "child-protection")),
    (lambda c: (f"{c.ch} is open to the Child in Need team; a Child in Need plan has been in place since {c.d(-200, 'long')}.", "other-childrens-social-care")),
    (lambda c: (f"The children were looked after by the authority (section 20) between {c.d(-800, 'long')} and {c.d(-650, 'long')} and returned home.", "looked-after-child")))
_xs("la-checks", "cy",
    lambda c: "Mae'r ymateb hwn yn seiliedig ar chwiliad o system gofal cymdeithasol plant. Nid yw cofnodion addysg ac iechyd wedi'u chwilio.",
    (lambda c: (f"Mae {c.ch} ar hyn o bryd yn destun cynllun amddiffyn plant ers {c.d(-120, 'long')}.", "child-protection")))
_xs("screening-response", "en",
    lambda c: "This response covers our records only. We are unable to comment on information held by other agencies.",
    lambda c: "The information is shared under the Cafcass information sharing protocol for the purposes of the family proceedings and must not be disclosed further without our consent.",
    lambda c: f"If you require further information, please contact the safeguarding team on {c.tel()}.",
    (lambda c: (f"{c.resp} is managed under MAPPA as a person posing a risk to children; the offender manager is content for this to be disclosed to the court.", "adult-posing-risk")),
    (lambda c: (f"Our records show {c.ch} has been staying with a family friend since {c.d(-70, 'long')}; this has been notified as a private fostering arrangement.", "privately-fostered-child")))
_xs("screening-response", "cy",
    lambda c: "Mae'r ymateb hwn yn cwmpasu ein cofnodion ni yn unig.",
    lambda c: "Rhennir yr wybodaeth at ddibenion achos y llys teulu yn unig.")
_xs("safety-assessment", "en",
    lambda c: f"The parent's view of the child's safety: {c.p('she believes the children are safe only if contact is supervised', 'he does not accept there is any risk', 'both agree handovers are the flashpoint')}.",
    lambda c: f"Other adults in the household: {c.p('none', 'new partner - checks requested', 'maternal grandmother')}. Weapons in the home: {c.p('none reported', 'a crossbow was mentioned - police aware')}.",
    lambda c: "The tool was completed by telephone; the parent was able to speak privately and was given information about national helplines.",
    lambda c: f"Review date: {c.d(90, 'num')} or sooner if there is new information.",
    (lambda c: ("The children are subject to child protection plans; the social worker has been informed of this assessment.", "child-protection")))
_xs("safety-assessment", "cy",
    lambda c: "Cwblhawyd yr offeryn dros y ffôn; roedd y rhiant yn gallu siarad yn breifat.",
    lambda c: f"Dyddiad adolygu: {c.d(90, 'long')}.")
_xs("safeguarding-letter", "en",
    lambda c: f"The applicant's proposals: {c.p('alternate weekends, Friday to Sunday', 'one day each weekend, no overnights', 'half of school holidays')}. The respondent's proposals: {c.p('supervised contact at a centre', 'day time only', 'no contact until the child is older')}.",
    lambda c: "Both parties were told that the content of this letter would be shared with the court and the other party. Neither asked for any information to be withheld.",
    lambda c: "Cafcass has not been able to verify the information given by the parties. The court may wish to consider whether the allegations, if proved, would be relevant to the arrangements for the children (PD12J).",
    lambda c: f"Diversity: {c.p('the respondent needs an interpreter (Polish)', 'the applicant has a hearing impairment', 'no specific needs were identified')}.",
    (lambda c: (f"The local authority confirms the children are currently subject to child protection plans (category: emotional abuse).", "child-protection")))
_xs("safeguarding-letter", "cy",
    lambda c: "Dywedwyd wrth y ddau barti y byddai cynnwys y llythyr hwn yn cael ei rannu â'r llys a'r parti arall.",
    lambda c: "Nid yw CAFCASS Cymru wedi gallu gwirio'r wybodaeth a roddwyd gan y partïon.")
_xs("section-7-report", "en",
    lambda c: f"I met {c.ch} at {c.p('school', 'home')} on {c.d(80, 'long')}. {c.ch} is a {c.p('chatty', 'quiet', 'thoughtful', 'lively')} child who {c.p('enjoys drawing', 'loves football', 'is proud of their reading')}. I explained my role using a leaflet for children.",
    lambda c: f"The school report that {c.ch}'s attendance is {c.r.randint(85, 99)}% and that {c.he} is {c.p('making good progress', 'below expected levels in maths', 'well liked by peers')}. No safeguarding concerns have been logged.",
    lambda c: "In reaching my recommendation I have had regard to the welfare checklist in section 1(3) of the Children Act 1989 and to the presumption that the involvement of each parent furthers the child's welfare, unless the contrary is shown.",
    lambda c: "The parents' relationship remains strained. Communication is mainly through a parenting app. Both say they want to reduce the conflict but each blames the other for it.",
    lambda c: f"If the court makes the order recommended, I suggest the arrangements are set out in detail so there is no room for dispute, including handover times, holidays and special occasions such as Eid, Christmas and birthdays.",
    (lambda c: (f"{c.ch} has been subject to a child protection plan since {c.d(-90, 'long')}; the social worker {c.sw} has shared the plan with me.", "child-protection")))
_xs("section-7-report", "cy",
    lambda c: f"Cyfarfûm â {c.ch} yn {c.p('yr ysgol', 'y cartref')} ar {c.d(80, 'long')}. Esboniais fy rôl gan ddefnyddio taflen i blant.",
    lambda c: "Wrth ddod i fy argymhelliad rwyf wedi ystyried y rhestr wirio lles yn adran 1(3) Deddf Plant 1989.",
    lambda c: "Mae'r berthynas rhwng y rhieni'n parhau i fod dan straen. Mae'r ddau'n dweud eu bod eisiau lleihau'r gwrthdaro.")
_xs("guardian-analysis", "en",
    lambda c: f"I visited the children in placement on {c.d(15, 'long')}. {c.ch} showed me {c.his} bedroom and said the foster carer makes 'the best pancakes'. The younger child was settled and responsive.",
    lambda c: "Contact between the children and their parents takes place three times a week at the family centre. The contact notes describe warm interactions, although the mother has arrived late on several occasions.",
    lambda c: "I have discussed the plan with the Independent Reviewing Officer, who shares my view that the children's timescales must be at the centre of decisions.",
    lambda c: "The parents' solicitors have indicated that further assessment will be sought. I would oppose any assessment that is not necessary to resolve the proceedings justly (section 13(6) Children and Families Act 2014).",
    (lambda c: ("The children are looked after by the local authority and are placed together with foster carers.", "looked-after-child")),
    (lambda c: ("The care plan for the youngest child is adoption; the agency decision maker has approved the plan.", "adoption")))
_xs("guardian-analysis", "cy",
    lambda c: f"Ymwelais â'r plant yn eu lleoliad ar {c.d(15, 'long')}. Roedden nhw'n ymddangos yn setlo.",
    (lambda c: ("Mae'r plant yn derbyn gofal gan yr awdurdod lleol ac wedi'u lleoli gyda'i gilydd gyda gofalwyr maeth.", "looked-after-child")))
_xs("letter-to-court", "en",
    lambda c: "Both parties have been sent a copy of this letter.",
    lambda c: f"I remain available to the court and can be contacted on {c.tel()} or by secure email.",
    lambda c: f"The children's views have been sought; {c.ch} says things are {c.p('better', 'about the same', 'difficult at handovers')}.",
    lambda c: "I have discussed this letter with my manager, who agrees with its contents.")
_xs("letter-to-court", "cy",
    lambda c: "Mae'r ddau barti wedi cael copi o'r llythyr hwn.",
    lambda c: "Rwyf wedi trafod y llythyr hwn gyda fy rheolwr.")
_xs("addendum-report", "en",
    lambda c: f"I have read the further statements filed by the parties and the contact centre reports for sessions on {c.d(170, 'num')}, {c.d(177, 'num')} and {c.d(184, 'num')}.",
    lambda c: "The parents' communication has improved slightly; they have used the parenting app for arrangements without incident since the last hearing.",
    lambda c: "The welfare checklist analysis in my first report remains relevant and I do not repeat it here; I address only the matters that have changed.",
    lambda c: f"Updated checks: {c.police['name']} - {c.p('no new information', 'one further incident')}; {c.council['name']} - {c.p('no new information', 'case closed to Early Help')}.",
    (lambda c: ("The children remain looked after under the interim care order; the placement is stable.", "looked-after-child")))
_xs("addendum-report", "cy",
    lambda c: "Rwyf wedi darllen y datganiadau pellach a ffeiliwyd gan y partïon.",
    lambda c: f"Gwiriadau wedi'u diweddaru: {c.police['cy']} - {c.p('dim gwybodaeth newydd', 'un digwyddiad pellach')}.")
_xs("direct-work-record", "en",
    lambda c: f"{c.ch} chose where to sit and brought {c.p('a teddy', 'a football card album', 'a tablet')}. We started with a game to help {c.him} settle.",
    lambda c: f"I checked what {c.ch} was happy for me to share. {c.ch} said I could tell the judge but {c.p('not mum', 'not dad', 'everyone could know')}.",
    lambda c: f"Session length: {c.r.randint(30, 60)} minutes. {c.ch} was {c.p('engaged throughout', 'tired by the end', 'distracted at times')}.",
    lambda c: "I ended the session by asking what had been the best and worst bits of talking to me.")
_xs("direct-work-record", "cy",
    lambda c: f"Dewisodd {c.ch} ble i eistedd. Dechreuon ni gyda gêm.",
    lambda c: f"Hyd y sesiwn: {c.r.randint(30, 60)} munud.")
_xs("child-meets-judge", "en",
    lambda c: "The judge had agreed beforehand with the parties' representatives that the meeting was not for gathering evidence.",
    lambda c: f"{c.ch} had prepared {c.p('a list of questions', 'a drawing for the judge', 'nothing')} and seemed pleased to have been listened to.",
    lambda c: "The judge will tell the parties at the hearing what was discussed, in general terms.")
_xs("child-meets-judge", "cy",
    lambda c: "Cytunodd y barnwr ymlaen llaw nad oedd y cyfarfod ar gyfer casglu tystiolaeth.",)
_xs("court-order", "en",
    lambda c: "Recitals: The court has had regard to the welfare checklist and to the report of the Cafcass officer.",
    lambda c: "The parties agree that the children will spend Christmas Day with each parent in alternate years, starting with the mother this year.",
    lambda c: "Either party may apply to the court on notice to vary this order.",
    lambda c: f"Cafcass is released from these proceedings. The court file is closed.",
    (lambda c: ("The children shall remain in the care of the local authority pursuant to the care order; contact in accordance with the care plan.", "looked-after-child")))
_xs("court-order", "cy",
    lambda c: "Mae'r llys wedi ystyried y rhestr wirio lles ac adroddiad swyddog CAFCASS Cymru.",
    lambda c: "Caiff y naill barti neu'r llall wneud cais i'r llys i amrywio'r gorchymyn hwn.")
_xs("directions-order", "en",
    lambda c: "Recitals: the court considered the safeguarding letter and the parties' C1A forms.",
    lambda c: "Documents filed late will not be considered without the permission of the court.",
    lambda c: "A copy of this order is to be sent to Cafcass with the bundle index.",
    (lambda c: ("The children remain subject to interim care orders; the local authority shall share the updated care plan with the guardian.", "looked-after-child")))
_xs("directions-order", "cy",
    lambda c: "Rhaid anfon copi o'r gorchymyn hwn at CAFCASS Cymru.",)
_xs("application", "en",
    lambda c: "Other proceedings: " + c.p("none", f"previous child arrangements order {c.t0.year - 3}", "divorce proceedings ongoing"),
    lambda c: "Do you need an interpreter or special assistance at court? " + c.p("No", "Yes - Polish interpreter", "Yes - separate waiting room"),
    lambda c: "Is any person involved a foreign national or are there links to another country? " + c.p("No", "Yes - the father is Romanian and has family in Bucharest"),
    lambda c: "Confidential contact details (C8) provided: " + c.p("Yes", "No"))
_xs("application", "cy",
    lambda c: "Achosion eraill: " + c.p("dim", "gorchymyn blaenorol"),
    lambda c: "Angen cyfieithydd: " + c.p("Na", "Oes - Cymraeg"))
_xs("position-statement", "en",
    lambda c: "Contact has been taking place on an interim basis as set out in the last order, with some difficulties at handovers.",
    lambda c: "The party has complied with all directions and filed the statement ordered.",
    lambda c: "The party would invite the court to list the matter for a final hearing with a time estimate of one day.",
    (lambda c: ("The children are currently looked after and placed with foster carers under interim care orders.", "looked-after-child")))
_xs("position-statement", "cy",
    lambda c: "Mae cyswllt wedi bod yn digwydd ar sail interim fel y nodir yn y gorchymyn diwethaf.",)
_xs("witness-statement", "en",
    lambda c: "Since the children were born I have been the one who takes them to the doctor, the dentist and all their school events.",
    lambda c: "I exhibit copies of the messages I refer to as exhibit 1. I have not altered them in any way.",
    lambda c: "I would like the court to know that I am willing to attend any course or assessment the court thinks appropriate.",
    lambda c: f"I work {c.p('part time as a care assistant', 'full time as an electrician', 'nights at the hospital')} and my hours are flexible.")
_xs("witness-statement", "cy",
    lambda c: "Ers geni'r plant, fi sydd wedi mynd â nhw at y meddyg a'r deintydd.",
    lambda c: "Rwy'n fodlon mynychu unrhyw gwrs neu asesiad y mae'r llys yn ei ystyried yn briodol.")
_xs("previous-cafcass", "en",
    lambda c: "Please note this information relates to earlier proceedings and may be out of date. It should be read alongside the current checks.",
    lambda c: "The previous case file was reviewed on ECMS; no shielding markers were present.",
    lambda c: f"Previous allocated worker: {c.staff()}, {c.p('no longer with Cafcass', 'now in another team')}.")
_xs("previous-cafcass", "cy",
    lambda c: "Sylwch fod yr wybodaeth hon yn ymwneud ag achos cynharach ac efallai ei bod wedi dyddio.",)
_xs("letter-of-instruction", "en",
    lambda c: "You are asked to confirm that you have no conflict of interest and that you can meet the timetable. If you cannot, please let us know immediately.",
    lambda c: "The parties' contact details are set out in the schedule. Please do not share the mother's address with the father.",
    lambda c: "Your report must comply with Part 25 of the Family Procedure Rules 2010 and Practice Direction 25B, and include a statement of truth.",
    lambda c: "If you need further documents or wish to speak to the professionals involved, please contact the lead solicitor.",
    (lambda c: ("The children are looked after by the local authority and are placed with foster carers; please arrange observations through the social worker.", "looked-after-child")))
_xs("letter-of-instruction", "cy",
    lambda c: "Gofynnir i chi gadarnhau nad oes gennych wrthdaro buddiannau a'ch bod yn gallu cadw at yr amserlen.",
    lambda c: "Rhaid i'ch adroddiad gydymffurfio â Rhan 25 Rheolau Trefniadaeth Teulu 2010.")
_xs("expert-report", "en",
    lambda c: "Documents read: the paginated bundle (sections A to F), the letter of instruction and the contact records.",
    lambda c: "Limitations: I was not able to observe the parent with the children; my opinion on parenting is therefore based on interview and records.",
    lambda c: "Range of opinion: I am not aware of a significant range of opinion on the issues I have addressed.",
    lambda c: "I confirm that I have no conflict of interest and that I have complied with Practice Direction 25B.",
    (lambda c: ("The children are currently looked after by the local authority under interim care orders.", "looked-after-child")))
_xs("expert-report", "cy",
    lambda c: "Dogfennau a ddarllenwyd: y bwndel, y llythyr cyfarwyddo a'r cofnodion cyswllt.",
    lambda c: "Cyfyngiadau: nid oeddwn yn gallu arsylwi'r rhiant gyda'r plant.")
_xs("provider-report", "en",
    lambda c: "Reports are provided to Cafcass only. Please contact the service if you need further information.",
    lambda c: "The parent was reminded of the ground rules of the service, including no discussion of the court case in front of the children.",
    lambda c: f"Next session: {c.d(90, 'num')}.",
    (lambda c: ("The children attended from their foster placement with their foster carer.", "looked-after-child")))
_xs("provider-report", "cy",
    lambda c: "Darperir adroddiadau i CAFCASS Cymru yn unig.",)
_xs("cp-conference-minutes", "en",
    lambda c: "The chair reminded everyone that the minutes are confidential and may only be shared with the agencies present and, with permission, with the court.",
    lambda c: f"Parents' views: {c.mum_f} said she understood the worries and wanted to work with the plan. {c.dad_f} disagreed with the decision.",
    lambda c: "Dissent: none recorded." if c.chance(0.5) else "Dissent: the school did not agree with the category.",
    lambda c: "Outline plan: weekly social worker visits, school monitoring attendance, health visitor checks, referral for parenting support.")
_xs("cp-conference-minutes", "cy",
    lambda c: "Atgoffodd y cadeirydd bawb fod y cofnodion yn gyfrinachol.",
    lambda c: f"Barn y rhieni: dywedodd {c.mum_f} ei bod yn deall y pryderon.")
_xs("agency-information", "en",
    lambda c: "This information is provided with the consent of the parent with parental responsibility / in response to the court order dated " + c.d(40, "long") + ".",
    lambda c: "Please do not share this information with the family without first speaking to us.",
    lambda c: f"Contact: {c.person()}, tel {c.tel()}.",
    (lambda c: ("The carers were approved as foster carers by the fostering panel in " + str(c.t0.year - 3) + " and have had an annual review this year.", "foster-carers")),
    (lambda c: (f"{c.ch} has been reported missing from home {c.r.randint(2, 6)} times this year; return home interviews were offered.", "missing-person")),
    (lambda c: (f"{c.ch} is looked after by the local authority and lives with foster carers.", "looked-after-child")))
_xs("agency-information", "cy",
    lambda c: "Darperir yr wybodaeth hon yn unol â gorchymyn y llys.",
    lambda c: "Peidiwch â rhannu'r wybodaeth hon gyda'r teulu heb siarad â ni yn gyntaf.")
_xs("legal-advice", "en",
    lambda c: "This advice is based on the information you have given me. If the facts change, please come back to me.",
    lambda c: "You may want to discuss this with your Service Manager before the hearing.",
    lambda c: "The relevant rule is FPR 2010 r12.73 (communication of information), read with PD12G.")
_xs("legal-advice", "cy",
    lambda c: "Mae'r cyngor hwn yn seiliedig ar yr wybodaeth a roesoch i mi.",)
_xs("solicitor-correspondence", "en",
    lambda c: "I will circulate the draft order once it has been agreed between the advocates.",
    lambda c: "Counsel's fee note will be sent separately.",
    (lambda c: ("The children remain looked after and placed with their foster carers.", "looked-after-child")))
_xs("solicitor-correspondence", "cy",
    lambda c: "Byddaf yn anfon y drafft o'r gorchymyn unwaith y cytunir arno.",)
_xs("legal-call-note", "en",
    lambda c: "No written advice to follow." if c.chance(0.5) else "Lawyer will confirm the advice by email.",
    (lambda c: ("The children are looked after under interim care orders.", "looked-after-child")))
_xs("legal-call-note", "cy",
    lambda c: "Dim cyngor ysgrifenedig i ddilyn.",)
_xs("court-bundle", "en",
    lambda c: "Documents not agreed for inclusion are listed in the separate schedule at the end of the index.",
    lambda c: "The bundle has been prepared in accordance with Practice Direction 27A.")
_xs("court-bundle", "cy",
    lambda c: "Paratowyd y bwndel yn unol â Chyfarwyddyd Ymarfer 27A.",)
_xs("pnc-disclosure", "en",
    lambda c: "The information is disclosed under the protocol between the police and Cafcass and must not be shown to the parties.",
    lambda c: "Spent convictions are included as this is a family court safeguarding disclosure.",
    (lambda c: (f"Subject is a registered sex offender (notification requirements until {c.t0.year + 6}); assessed as posing a risk to children.", "adult-posing-risk")))
_xs("pnc-disclosure", "cy",
    lambda c: "Datgelir yr wybodaeth o dan y protocol rhwng yr heddlu a CAFCASS Cymru.",)
_xs("police-callouts", "en",
    lambda c: "This list is a summary of incidents recorded on the police system. It does not include intelligence.",
    lambda c: "Body-worn video may be available for some incidents and would require a court order.",
    (lambda c: (f"{c.ch} was reported missing on {c.r.randint(2, 5)} occasions in the period; all episodes were low risk.", "missing-person")))
_xs("police-callouts", "cy",
    lambda c: "Crynodeb yw'r rhestr hon o ddigwyddiadau a gofnodwyd ar system yr heddlu.",)
_xs("police-check", "en",
    lambda c: "This response is provided for the family court and must not be disclosed to the parties without the police's consent.",
    lambda c: f"Systems checked: PNC, PND and local intelligence. Date of search {c.d(10, 'num')}.",
    (lambda c: (f"{c.resp} is subject to a Sexual Harm Prevention Order and is managed as a risk to children.", "adult-posing-risk")))
_xs("police-check", "cy",
    lambda c: "Darperir yr ymateb hwn ar gyfer y llys teulu ac ni ddylid ei ddatgelu i'r partïon.",)

# how many extra paragraphs a kind's documents take (min, max); kinds not listed take none
EXTRA_N = {
    "contact-log": (1, 3), "wtfh-outcome": (1, 2), "detailed-recording": (1, 3), "welcome-letter": (1, 3), "letter-to-parties": (1, 3), "letter-from-party": (0, 3),
    "correspondence": (0, 2), "case-plan": (1, 3), "case-plan-review": (1, 3), "la-checks": (1, 3), "screening-response": (0, 2), "safety-assessment": (1, 3),
    "safeguarding-letter": (2, 4), "section-7-report": (2, 5), "guardian-analysis": (2, 4), "letter-to-court": (0, 2), "addendum-report": (1, 4),
    "direct-work-record": (0, 3), "child-meets-judge": (0, 2), "court-order": (0, 3), "directions-order": (0, 2), "application": (1, 3), "position-statement": (1, 3),
    "witness-statement": (1, 4), "previous-cafcass": (0, 2), "letter-of-instruction": (1, 3), "expert-report": (2, 4), "provider-report": (0, 2),
    "cp-conference-minutes": (1, 3), "agency-information": (0, 2), "legal-advice": (0, 2), "solicitor-correspondence": (0, 2), "legal-call-note": (0, 1),
    "court-bundle": (0, 1), "pnc-disclosure": (0, 2), "police-callouts": (0, 2), "police-check": (0, 2),
}
_SIGNOFF = re.compile(r"^(Yours|Kind regards|Regards|Many thanks|Thanks|Best wishes|Yn gywir|Cofion|Yn ddiffuant|Diolch|Statement of truth|Datganiad gwirionedd|Expert's declaration|Declaration|Datganiad arbenigwr|Signed|Llofnod|Printed|Completed by|Recorded by|Cofnodwyd|Chair:|Privileged|This advice|Breintiedig|Cwblhawyd gan|Officer|Swyddog)", re.I)


# templates whose layout the kind's extra paragraphs do not fit
NO_EXTRA = {"pr_dapp", "pr_spip", "pr_contact_activity", "dw_form", "dw_scaling", "loi_lab", "cmj_letter_from_judge", "corr_relative", "corr_interpreter",
            "corr_court_admin", "corr_school_reply", "prev_cms", "la_short_reply", "lcn_short", "cb_merged", "ic_text_screenshot", "ic_christmas",
            "ic_phone_message", "ic_feedback", "pc_dash", "er_hair", "wtfh_ticks"}

_SIGNOFF_LONG = re.compile(r"^(Statement of truth|Datganiad gwirionedd|Expert's declaration|Declaration|Datganiad arbenigwr|Signed|Llofnod|Printed|Completed by|Recorded by|Cofnodwyd|Cwblhawyd gan|Chair:|This advice)", re.I)


def add_extras(r, c, kind, lang, text, rc, public, template=""):
    if template in NO_EXTRA:
        return text, rc
    lo, hi = EXTRA_N.get(kind, (0, 0))
    pool = list(X.get((kind, lang), []))
    n = min(r.randint(lo, hi), len(pool))
    if not pool:
        return text, rc
    lines = text.split("\n")
    at = len(lines)
    for i in range(max(0, len(lines) - 8), len(lines)):
        ln = lines[i].strip()
        if _SIGNOFF.match(ln) and (len(ln.split()) <= 4 or _SIGNOFF_LONG.match(ln)):
            at = i
            break
    else:
        # a trailing name / role / date block: insert above it
        j = len(lines)
        while j > 1 and len(lines) - j < 3 and len(lines[j - 1].split()) <= 5 and ":" not in lines[j - 1]:
            j -= 1
        at = j
    add = []
    chosen = pick_n(r, pool, n)
    # a public-law document (or a local authority's record) usually says what the child's status is
    p_state = 0.8 if public or kind in ("la-checks", "agency-information", "police-callouts", "police-check") else \
        0.25 if kind in ("safeguarding-letter", "section-7-report", "safety-assessment", "screening-response", "pnc-disclosure") else 0
    if rc is None and r.random() < p_state:
        stating = [f for f in pool if isinstance(f(c), tuple) and f not in chosen]
        if stating:
            chosen.append(r.choice(stating))
    nil = re.search(r"(?i)not known|no trace|nil return|no records? held|no information held|ddim yn hysbys|dim cofnod|no information\.", text)
    for f in chosen:
        v = f(c)
        if isinstance(v, tuple):
            v, cls = v
            if nil:
                continue
            # a paragraph that states a record class is used only where it fits the case
            if cls in ("looked-after-child", "adoption") and not public and kind not in ("la-checks", "agency-information"):
                continue
            if rc is None:
                rc = cls
            elif rc != cls:
                continue
        add.append(v)
    lines[at:at] = add
    return "\n".join(lines), rc

# more paragraphs for kinds whose documents came out short
_xs("provider-report", "en",
    lambda c: f"Arrival and departure: the resident parent brought the children at {c.r.randint(9, 13)}:{c.p('00', '05', '30')} and waited in the separate room. Staggered departure as agreed.",
    lambda c: f"Interaction: {c.p('the parent read a story and helped with a jigsaw', 'the parent brought photographs of the grandparents; the children were interested', 'the parent struggled to manage both children at once and was given some guidance')}.",
    lambda c: f"Child's presentation: {c.ch} {c.p('appeared relaxed and happy', 'was quiet at the start but warmed up', 'asked to leave early')}. No physical concerns were noticed.",
    lambda c: f"Attendance so far: {c.r.randint(2, 8)} sessions offered, {c.r.randint(1, 8)} attended. Cancellations: {c.p('none', 'one by the visiting parent (illness)', 'two by the resident parent')}.",
    lambda c: "The facilitator's observations are factual; the service does not make recommendations about future arrangements, which are for the court.")
_xs("provider-report", "cy",
    lambda c: f"Cyrraedd a gadael: daeth y rhiant preswyl â'r plant am {c.r.randint(9, 13)}:00 ac aros yn yr ystafell ar wahân.",
    lambda c: f"Rhyngweithio: {c.p('darllenodd y rhiant stori gyda’r plant', 'roedd y rhiant yn cael trafferth gyda’r ddau blentyn', 'roedd y plant yn hapus ac yn chwarae')}.")
_xs("solicitor-correspondence", "en",
    lambda c: f"The local authority's evidence is due on {c.d(100, 'long')}; I will send it to you as soon as it arrives with a short note of the points I think we should raise.",
    lambda c: "I have spoken to the parents' advocates. The mother will not accept threshold; the father is likely to agree to a supervision order.",
    lambda c: f"I have listed the following issues for your instructions: (1) interim placement; (2) contact frequency; (3) whether to support the application for {c.p('a psychological assessment', 'a further ISW assessment', 'hair strand testing')}.",
    lambda c: "Please let me know if you would like a meeting with the children before the hearing; I am happy to come with you to the foster placement.")
_xs("solicitor-correspondence", "cy",
    lambda c: f"Mae tystiolaeth yr awdurdod lleol yn ddyledus ar {c.d(100, 'long')}; byddaf yn ei hanfon atoch cyn gynted ag y daw.",
    lambda c: "Rwyf wedi siarad â chyfreithwyr y rhieni. Nid yw'r fam yn derbyn y trothwy.")
_xs("previous-cafcass", "en",
    lambda c: f"Summary of the child's views then: {c.ch} {c.p('wanted to see both parents', 'was too young to give a view', 'did not want to stay overnight')}.",
    lambda c: f"Agencies involved at the time: {c.p(c.council['name'] + ' (Early Help)', 'none', c.police['name'] + ' (two call-outs)')}.",
    lambda c: "The earlier recommendations were followed by the court in full." if c.chance(0.5) else "The court departed from the earlier recommendation and made a shared care order.",
    lambda c: "The current practitioner should consider whether the concerns raised then have been addressed.")
_xs("previous-cafcass", "cy",
    lambda c: f"Barn y plentyn bryd hynny: roedd {c.ch} {c.p('eisiau gweld y ddau riant', 'yn rhy ifanc i roi barn')}.",
    lambda c: "Dylai'r ymarferydd presennol ystyried a yw'r pryderon a godwyd bryd hynny wedi'u datrys.")
_xs("police-check", "en",
    lambda c: f"Domestic incidents (summary): {c.p('none', '1 (verbal argument, no offences)', '3 in the last 2 years, the most recent on ' + c.d(-40, 'num'))}.",
    lambda c: f"Warning markers: {c.p('none', 'violence', 'drugs', 'mental health')}. Outstanding matters: {c.p('none', 'one - awaiting charging decision')}.",
    lambda c: "Where the subject is known, only information relevant to the safety of children and adults has been included.",
    lambda c: f"Other household members checked: {c.p('none given', 'new partner - not known', 'paternal grandmother - not known')}.")
_xs("police-check", "cy",
    lambda c: f"Digwyddiadau domestig (crynodeb): {c.p('dim', 'un', 'tri yn y ddwy flynedd ddiwethaf')}.",
    lambda c: "Dim ond gwybodaeth berthnasol i ddiogelwch plant ac oedolion sydd wedi'i chynnwys.")
_xs("screening-response", "en",
    lambda c: f"Date of birth and address used for the search: {c.d(-11000, 'num')}, {c.addr_m}. Please let us know if the details are different.",
    lambda c: f"Other agencies we are aware of: {c.p('none', 'the school nurse', 'a substance misuse service (Forward Leeds / Change Grow Live)', 'the perinatal mental health team')}.",
    lambda c: "Our involvement has been voluntary and the person has consented to this information being shared." if c.chance(0.5) else "Information shared without consent as it is necessary to safeguard the children.")
_xs("screening-response", "cy",
    lambda c: f"Dyddiad geni a chyfeiriad a ddefnyddiwyd: {c.d(-11000, 'num')}, {c.addr_m}.",)
_xs("legal-advice", "en",
    lambda c: "Background as I understand it: the court has directed a report, and one of the parties has now asked for disclosure of the practitioner's notes and the checks.",
    lambda c: "There is a risk that the parent will complain if the information is withheld, but that is not a reason to disclose; the correct course is to ask the court for a direction.",
    lambda c: "If you are asked about this at court, you can say that you have taken legal advice and that Cafcass will abide by any direction the court gives.",
    lambda c: "I have copied this to your Service Manager for information.")
_xs("legal-advice", "cy",
    lambda c: "Os gofynnir i chi am hyn yn y llys, gallwch ddweud eich bod wedi cael cyngor cyfreithiol.",
    lambda c: "Rwyf wedi anfon copi at eich rheolwr er gwybodaeth.")
_xs("agency-information", "en",
    lambda c: f"Last contact with the family: {c.d(-c.r.randint(5, 60), 'long')} ({c.p('home visit', 'clinic', 'telephone', 'school meeting')}).",
    lambda c: f"Other professionals involved: {c.p('school nurse', 'CAMHS (waiting list)', 'family support worker', 'speech and language therapy')}.",
    lambda c: f"Presentation: {c.ch} {c.p('appears well cared for', 'has presented as tired and hungry on some mornings', 'is anxious about transitions')}.",
    lambda c: "We would be happy to provide a fuller report if the court directs it.")
_xs("agency-information", "cy",
    lambda c: f"Cyswllt diwethaf â'r teulu: {c.d(-c.r.randint(5, 60), 'long')}.",
    lambda c: "Byddem yn hapus i ddarparu adroddiad llawnach os bydd y llys yn cyfarwyddo hynny.")
_xs("correspondence", "en",
    lambda c: f"We note the next hearing is listed on {c.d(150, 'long')} and would be grateful to know whether the Cafcass officer will attend.",
    lambda c: "Please acknowledge receipt of this letter.",
    lambda c: "We have copied this letter to the other party's solicitors.")
_xs("legal-call-note", "en",
    lambda c: "The lawyer noted that the advice is privileged and should not be recorded in the report.",
    lambda c: f"Follow-up: {c.p('update the contact log', 'tell the manager', 'email the solicitors')} by {c.d(100, 'num')}.")
_xs("direct-work-record", "en",
    lambda c: f"What {c.ch} likes: {c.p('Minecraft, swimming and the dog', 'dancing and baking with nan', 'football and Pokémon')}. What worries {c.him}: {c.p('arguments', 'the new baby', 'going to high school', 'not much')}.",
    lambda c: f"Afterwards I told the {c.resp_role} the session had ended and that {c.ch} had worked hard. I did not share the content.")
_xs("pnc-disclosure", "en",
    lambda c: f"Custody photograph and fingerprints held. Last arrest: {c.d(-c.r.randint(100, 2000), 'num')}.",
    lambda c: "Cautions, reprimands and final warnings are shown separately where held.")
_xs("case-plan-review", "en",
    lambda c: f"New information since the plan: {c.p('school raised a welfare concern on ' + c.d(80, 'num'), 'father has a new partner with two children', 'mother has moved to a new area', 'none')}.",
    lambda c: "Next review at the point of drafting the report, or sooner if risk changes.")
_xs("informal-contact", "en",
    lambda c: "Hope you had a good summer.",
    lambda c: "The kids still talk about you!",
    lambda c: "Sorry if I'm not supposed to send this.")
EXTRA_N.update({"provider-report": (2, 4), "solicitor-correspondence": (1, 3), "previous-cafcass": (1, 3), "police-check": (1, 3), "screening-response": (1, 3),
                "legal-advice": (1, 3), "agency-information": (2, 4), "correspondence": (1, 3), "legal-call-note": (0, 2), "direct-work-record": (1, 3),
                "pnc-disclosure": (0, 2), "case-plan-review": (1, 3), "informal-contact": (0, 1)})

# ==============================================================================================
# Documents no person could place in a case file (kind null): they teach "nothing fits"
# ==============================================================================================
def _null_docs(r):
    c = Case(r, False)
    d = lambda off=0: fmt_date(r, c.t0 + _dt.timedelta(days=off), False, "long")
    docs = [
        ("en", "document", J("STAFF RESTAURANT", f"Menu w/c {d()}", "Monday: Chicken curry, rice, naan / Veg chilli", "Tuesday: Fish & chips (Friday special moved)", "Wednesday: Roast of the day, seasonal veg",
                             "Thursday: Jacket potatoes, choice of fillings", "Friday: Pizza slice & salad bar", "Soup of the day £1.80 | Hot meal £4.50 | Allergens: please ask a member of staff", "Card payments only"), "canteen menu"),
        ("en", "document", J("END USER LICENCE AGREEMENT", "IMPORTANT - READ CAREFULLY: This End User Licence Agreement ('EULA') is a legal agreement between you and PDFPro Software Ltd for the software product identified above.",
                             "1. GRANT OF LICENCE. The licensor grants you a non-exclusive, non-transferable licence to install and use one copy of the software on a single device.",
                             "2. RESTRICTIONS. You may not reverse engineer, decompile or disassemble the software, except to the extent permitted by applicable law.",
                             "3. WARRANTY DISCLAIMER. THE SOFTWARE IS PROVIDED 'AS IS' WITHOUT WARRANTY OF ANY KIND.", "4. TERMINATION. This licence terminates automatically if you fail to comply with its terms.",
                             "5. GOVERNING LAW. This agreement is governed by the laws of England and Wales."), "software licence"),
        ("cy", "document", J("HYSBYSIAD MAES PARCIO / CAR PARK NOTICE", "Bydd y maes parcio ar gau ddydd Sadwrn ar gyfer gwaith ail-wynebu.", "The car park will be closed on Saturday for resurfacing works.",
                             "Peidiwch â pharcio yn y mannau anabl oni bai bod gennych fathodyn glas.", "Do not park in disabled bays without a blue badge.", "Cerbydau heb drwydded yn cael eu clampio / Unpermitted vehicles will be clamped.", "Rheolwr Cyfleusterau / Facilities Manager"), "car park notice"),
        ("en", "email", J("Dear Winner,", "Congratulations! Your email address has been selected in our international online lottery and you have won £1,500,000.00 GBP.",
                          "To claim your prize please send your full name, address, date of birth and bank details to our claims agent.", "This offer expires in 48 hours. Do not share this notification.",
                          "Yours faithfully,", "Mr James Anderson", "Claims Department, Euro Millions Promo UK"), "spam e-mail"),
        ("en", "document", J("ANNUAL LEAVE REQUEST FORM", "Name: ____________________", "Team: ____________________", "Dates requested: from ________ to ________", "Number of days: ____",
                             "Leave remaining this year: ____", "Manager approval: [ ] approved  [ ] declined", "Signature: ______________   Date: ________", "Please return to HR by email."), "blank leave form"),
        ("en", "document", J("STAFF NEWS", f"Issue {r.randint(20, 90)} | {d()}", "Welcome to our new starters in the North East and Yorkshire teams!", "Wellbeing week: yoga at lunchtime in the big meeting room, and free fruit on Wednesday.",
                             "IT update: the new laptops will be rolled out from next month. Please back up your files.", "Bake-off results: congratulations to the Preston office for the winning lemon drizzle.",
                             "Reminder: the office will close at 3pm on Christmas Eve."), "newsletter"),
        ("en", "email", J("Your password will expire in 3 days.", "To keep using your account, change your password before it expires by pressing Ctrl+Alt+Delete and choosing 'Change a password'.",
                          "Passwords must be at least 14 characters and must not reuse your last 10 passwords.", "If you need help, contact the IT Service Desk on extension 4400.", "IT Service Desk"), "IT password e-mail"),
        ("cy", "document", J("PROFI LARWM TÂN", "Bydd y larwm tân yn cael ei brofi bob dydd Mercher am 10:30.", "Os bydd y larwm yn canu ar unrhyw adeg arall, gadewch yr adeilad ar unwaith drwy'r allanfa dân agosaf.",
                             "Man ymgynnull: y maes parcio blaen.", "Peidiwch â defnyddio'r lifft.", "Swyddog Iechyd a Diogelwch"), "fire alarm notice (Welsh)"),
        ("en", "attachment", J("ORDER CONFIRMATION", f"Order no. {r.randint(100000, 999999)}", "Thank you for your order with OfficeDirect.", "2 x HP 305A toner cartridge (black) £118.40",
                               "5 x A4 copier paper 80gsm (box of 2500) £124.95", "1 x Desk organiser £9.99", "Delivery: next working day", "VAT £50.67   Total £304.01"), "toner order"),
        ("en", "email", J("Hello all,", f"Places are still available on the 'Excel for beginners' course on {d(12)}, 9.30-12.30, online.",
                          "The course covers formulas, sorting and filtering, and simple charts.", "Please book through the Learning Zone. Cancellations need 48 hours notice.", "Learning and Development Team"), "training invite"),
        ("cy", "document", J("CYLCHLYTHYR Y SWYDDFA", f"Rhifyn {r.randint(5, 40)}", "Croeso i'n haelodau newydd o staff yn swyddfa Caerfyrddin!", "Wythnos lles: ioga amser cinio yn yr ystafell gyfarfod fawr.",
                             "Diolch i bawb a gyfrannodd at y bore coffi - codwyd £312 i'r elusen.", "Atgoffa: bydd y swyddfa ar gau ar Ŵyl Ddewi ar ôl 3pm ar gyfer y dathliadau."), "newsletter (Welsh)"),
        ("en", "document", J("CHARITY CAKE SALE", "Friday in the kitchen on the 2nd floor", "Victoria sponge, brownies, flapjacks, gluten-free options", "All proceeds to the children's hospice", "Donations of cakes welcome - see Sam"), "cake sale poster"),
        ("en", "email", J("Your mailbox is almost full.", "You have used 98% of your mailbox storage. You will not be able to send or receive new mail.",
                          "Click here to upgrade your storage immediately: http://mail-upgrade-portal.example-secure.co/login", "Microsoft Office365 Team"), "phishing e-mail"),
        ("cy", "document", J("BWYDLEN Y FFREUTUR / CANTEEN MENU", "Dydd Llun: Cawl cennin a thatws / Leek and potato soup", "Dydd Mawrth: Lobsgows / Scouse", "Dydd Mercher: Pysgod a sglodion / Fish and chips",
                             "Dydd Iau: Tatws pob / Jacket potatoes", "Dydd Gwener: Pizza a salad", "Prisiau: cawl £1.80, pryd poeth £4.50"), "canteen menu (bilingual)"),
        ("en", "email", J("Your booking is confirmed.", f"Room: Meeting Room 3 (capacity 8)", f"Date: {d(5)}   Time: 14:00-15:30", "Catering: none", "Please leave the room tidy and return the remote to reception.", "Facilities Booking System"), "room booking"),
        ("en", "attachment", J("MEMBERSHIP TERMS AND CONDITIONS", "1. Membership fees are payable monthly by direct debit.", "2. Members must give one month's notice to cancel.",
                               "3. Lockers are emptied nightly. The club accepts no liability for lost property.", "4. Children under 16 may not use the gym floor.", "FitLife Leisure Ltd, registered in England No. 08812345"), "gym terms"),
    ]
    return docs


NULL_ENVELOPES = {
    "spam e-mail": ("claims.dept@euro-promo-winners.example", "CONGRATULATIONS!!! Your email has WON"),
    "IT password e-mail": ("itservicedesk@cafcass.gov.uk", "Password expiry notice"),
    "toner order": ("orders@officedirect.example", "Your OfficeDirect order confirmation"),
    "training invite": ("learning@cafcass.gov.uk", "Places available: Excel for beginners"),
    "phishing e-mail": ("admin@mailbox-quota-alert.example", "Mailbox quota exceeded - action required"),
    "room booking": ("facilities.booking@cafcass.gov.uk", "Booking confirmed: Meeting Room 3"),
    "gym terms": ("welcome@fitlife.example", "Welcome to FitLife - your membership"),
}


# ==============================================================================================
# File names, e-mail envelopes, OCR noise
# ==============================================================================================
def _stamp(r, c):
    dt = _dt.datetime.combine(c.t0 + _dt.timedelta(days=r.randint(0, 200)), _dt.time(r.randint(7, 18), r.randint(0, 59), r.randint(0, 59)))
    return dt


def _clean(s):
    return re.sub(r"[\\/:*?\"<>|]", "", s).strip()


def file_name(r, c, part, source, docname, kind):
    dt = _stamp(r, c)
    informal = docname
    if kind and r.random() < 0.25 and part != "email":
        ext = r.choice(["pdf"] * 6 + ["docx", "msg" if part == "attachment" else "pdf"])
        return _clean(f"{c.case_name} - {c.caseno} - {docname}") + "." + ext
    sur = r.choice([c.mum_s, c.dad_s, c.kids[0]["sur"]])
    if part == "attachment":
        opts = ["attachment-1.pdf", "attachment-2.pdf", "image001.png", f"{informal} FINAL v2.docx", f"scan{r.randint(1, 40):04d}.pdf", "ATT00001.pdf", f"{c.caseno}.pdf",
                f"{informal}.pdf", f"{sur} {informal.lower()}.docx", f"Egress_{r.randint(100000, 999999)}.pdf", f"document ({r.randint(1, 9)}).pdf", "Report FINAL v2.docx",
                f"{dt:%Y%m%d%H%M%S}.pdf", "image002.jpg", f"{informal.replace(' ', '_')}_{dt:%d%m%y}.pdf"]
    elif source == "scan":
        opts = [f"scan_{dt:%Y%m%d_%H%M}.pdf", f"SCAN{r.randint(1, 9999):04d}.PDF", f"{dt:%Y%m%d%H%M%S}.pdf", f"IMG_{r.randint(1000, 9999)}.jpg", "Scanned from a Xerox Multifunction Printer.pdf",
                f"doc{r.randint(1000000, 9999999)}{dt:%Y%m%d%H%M%S}.pdf", f"KM_C308-{dt:%Y%m%d%H%M}.pdf", f"scan{r.randint(1, 99):04d}.pdf", f"{dt:%Y%m%d%H%M%S}.tif"]
    elif source == "upload":
        opts = [f"IMG_{dt:%Y%m%d_%H%M%S}.jpg", f"WhatsApp Image {dt:%Y-%m-%d} at {dt:%H.%M.%S}.jpeg", "document.pdf", f"Screenshot_{dt:%Y%m%d-%H%M%S}.png", f"{c.p(c.mum_f, c.dad_f)}.pdf",
                f"upload_{r.randint(1, 999)}.pdf", f"{informal}.pdf", f"IMG_{r.randint(1000, 9999)}.HEIC", f"{informal.lower()} {sur}.pdf"]
    else:  # tree: legacy G-drive names
        opts = ["Doc1.pdf", f"Document{r.randint(1, 12)}.docx", "letter.pdf", f"{informal} {sur}.docx", f"{informal.lower()}.doc", "New Microsoft Word Document.docx", "final.docx",
                f"{c.caseno}.pdf", f"{sur} {dt:%d.%m.%y}.docx", "untitled.pdf", f"{informal} v{r.randint(1, 4)}.docx", f"{sur} {informal.lower()} FINAL.docx", f"{c.caseno} {informal}.docx",
                f"{sur} stuff.pdf", f"{dt:%Y-%m-%d} {informal}.docx"]
    return _clean(r.choice(opts))


GENERIC_SUBJECTS = ["Documents", "FW: documents", "{caseno}", "RE: {case_name}", "Scanned document", "[SECURE] {caseno}", "For your attention", "", "Message from KM_C308", "FW: {case_name} {caseno}", "RE: RE: {caseno}"]


def envelope(r, c, res, part):
    frm = res.get("frm")
    subj = res.get("subj")
    if part == "attachment" and r.random() < 0.2 or not frm:
        # forwarded internally or sent by the scanner / business services
        frm = r.choice([f"scanner.{c.office.lower().replace(' ', '')}@cafcass.gov.uk", "businessservices@cafcass.gov.uk", cafcass_mail(c), "noreply.mfd@cafcass.gov.uk"] if not c.cy
                       else ["cafcasscymru@gov.wales", cafcass_mail(c), "sganiwr.scanner@gov.wales"])
        s = r.choice(GENERIC_SUBJECTS)
    else:
        s = r.choice(subj) if subj and r.random() < 0.8 else r.choice(GENERIC_SUBJECTS)
        if r.random() < 0.15:
            s = r.choice(["RE: ", "FW: ", "Fwd: "] + ([] if "cafcass" in frm or "gov.wales" in frm else ["[EXTERNAL] "])) + s
    s = s.format(caseno=c.caseno, case_name=c.case_name)
    return frm, s.strip()


CONFUSE = [("rn", "m"), ("m", "rn"), ("l", "1"), ("I", "l"), ("O", "0"), ("0", "O"), ("e", "c"), ("cl", "d"), ("h", "b"), ("S", "5"), ("B", "8"), ("u", "ii"), ("fi", "ti"), ("a", "o"), (".", ","), ("'", "’")]


def ocr_noise(r, text, level):
    words = re.split(r"( +|\n)", text)
    out_ = []
    for w in words:
        if w.strip() and r.random() < level:
            cands = [(a, b) for a, b in CONFUSE if a in w]
            if cands:
                a, b = r.choice(cands)
                i = w.find(a)
                w = w[:i] + b + w[i + len(a):]
        if w == " " and r.random() < level / 2:
            w = ""
        elif w == " " and r.random() < level / 4:
            w = "\n"
        out_.append(w)
    t = "".join(out_)
    if r.random() < 0.4:
        t = r.choice(["|", "~", "'", ".", "`"]) + " " + t
    if r.random() < 0.3:
        t += r.choice(["\nPage 1 of " + str(r.randint(1, 9)), "\n- 1 -", "\n" + "".join(r.choice("_.-'~") for _ in range(r.randint(3, 12)))])
    return t


# ==============================================================================================
# Generation
# ==============================================================================================
def load_kinds():
    with open(KINDS_TOML, "rb") as f:
        return tomllib.load(f)["kind"]


def generate():
    r = random.Random(SEED)
    kinds = load_kinds()
    by_kind = {}
    for t in TEMPLATES:
        by_kind.setdefault((t["kind"], t["lang"]), []).append(t)
    plan = []
    for k in kinds:
        en, cy = by_kind.get((k["id"], "en"), []), by_kind.get((k["id"], "cy"), [])
        n_en, n_cy = r.choice([9, 10, 10, 11]), (r.choice([2, 3, 3]) if cy else 0)
        if k["id"] == "agency-information":  # a broad kind: many sorts of other agencies' papers
            n_en += 4
        for pool, n in ((en, n_en), (cy, n_cy)):
            seq = []
            while len(seq) < n:
                p = list(pool)
                r.shuffle(p)
                seq += p
            plan += seq[:n]
    r.shuffle(plan)
    rows = []
    for t in plan:
        cy = t["lang"] == "cy"
        c = Case(r, cy, public=t["law"] == "public", high=t["law"] == "high")
        part = r.choice(t["parts"])
        c.part = part
        res = t["f"](c)
        text, rc = add_extras(r, c, t["kind"], t["lang"], res["text"].strip(), res.get("rc"), t["law"] == "public", t["name"])
        source = "email" if part in ("email", "attachment") else r.choice(t["sources"] or ("scan", "tree", "upload"))
        recipe = [f"template {t['kind']}/{t['name']}"]
        if cy:
            recipe.append("Welsh")
        kname = next(k for k in kinds if k["id"] == t["kind"])
        docname = r.choice(res["doc"]) if res.get("doc") else (kname["name_cy"] if cy else kname["name"])
        fname = "" if part == "email" else file_name(r, c, part, source, docname, t["kind"])
        noisy = (source == "scan" and r.random() < 0.55) or (source == "upload" and r.random() < 0.3) or \
                (part == "attachment" and re.search(r"(?i)scan|^\d{14}|^IMG|KM_C|\.(jpg|png|tif)", fname or "") and r.random() < 0.5)
        if noisy:
            text = ocr_noise(r, text, r.choice([0.02, 0.04, 0.06, 0.09]))
            recipe.append("OCR noise")
        if part == "email":
            recipe.append("e-mail body")
        elif part == "attachment":
            recipe.append("e-mail attachment")
        sender, subject = ("", "")
        if part in ("email", "attachment"):
            sender, subject = envelope(r, c, res, part)
        row = {"id": "", "kind": t["kind"], "language": "cy" if cy else "en", "part": part, "source": source, "file_name": fname,
               "sender": sender, "subject": subject, "text": text}
        if rc:
            row["record_class"] = rc
        row["recipe"] = ", ".join(recipe)
        rows.append(row)
    # documents no one could place in a case file
    nulls = _null_docs(r)
    r.shuffle(nulls)
    for lang, part, text, what in nulls[:15]:
        c = Case(r, lang == "cy")
        source = "email" if part in ("email", "attachment") else r.choice(["scan", "tree", "upload"])
        dt = _stamp(r, c)
        fname = "" if part == "email" else r.choice([
            what.split(" (")[0].capitalize() + ".pdf", "Doc1.pdf", f"scan_{dt:%Y%m%d_%H%M}.pdf", f"IMG_{r.randint(1000, 9999)}.jpg", "attachment-1.pdf" if part == "attachment" else "document.pdf",
            "New Microsoft Word Document.docx", f"{dt:%Y%m%d%H%M%S}.pdf", "image001.png" if part == "attachment" else f"SCAN{r.randint(1, 9999):04d}.PDF"])
        sender, subject = ("", "")
        if part in ("email", "attachment"):
            sender, subject = NULL_ENVELOPES.get(what, ("noreply@notifications.example", "Notification"))
        recipe = [f"null/{what}"]
        if source == "scan" and r.random() < 0.5:
            text = ocr_noise(r, text, 0.04)
            recipe.append("OCR noise")
        rows.append({"id": "", "kind": None, "language": lang, "part": part, "source": source, "file_name": fname, "sender": sender, "subject": subject, "text": text, "recipe": ", ".join(recipe)})
    r.shuffle(rows)
    for i, row in enumerate(rows, 1):
        row["id"] = f"t{i:04d}"
    return kinds, rows


def validate(kinds, path):
    ids = {k["id"]: k for k in kinds}
    seen, per_kind, rows = set(), Counter(), []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            row = json.loads(line)
            assert row["id"] not in seen, f"duplicate id {row['id']}"
            seen.add(row["id"])
            assert row["kind"] is None or row["kind"] in ids, f"line {n}: unknown kind {row['kind']}"
            assert row["language"] in ("en", "cy") and row["part"] in ("document", "email", "attachment") and row["source"] in ("scan", "email", "tree", "upload")
            if row["part"] == "email":
                assert row["file_name"] == "" and row["sender"] and row["source"] == "email"
            elif row["part"] == "document":
                assert row["sender"] == "" and row["subject"] == "" and row["file_name"]
            assert row["text"].strip()
            assert row.get("record_class") in (None, "looked-after-child", "privately-fostered-child", "adoption", "foster-carers", "child-protection", "missing-person", "adult-posing-risk", "other-childrens-social-care")
            per_kind[row["kind"]] += 1
            rows.append(row)
    short = [k for k in ids if per_kind[k] < 8]
    assert not short, f"kinds with fewer than 8 examples: {short}"
    assert len(rows) >= 400, len(rows)
    return rows


def report(kinds, rows):
    folder = {k["id"]: k["folder"] for k in kinds}
    print(f"{len(rows)} examples, {len(TEMPLATES)} templates")
    print("language:", dict(Counter(r["language"] for r in rows)))
    print("part:", dict(Counter(r["part"] for r in rows)))
    print("source:", dict(Counter(r["source"] for r in rows)))
    print("record_class:", dict(Counter(r.get("record_class") for r in rows if r.get("record_class"))), "total", sum(1 for r in rows if r.get("record_class")))
    conv = sum(1 for r in rows if re.match(r".+ - [A-Z]{2}\d{2}[A-Z]\d{5} - .+", r["file_name"]))
    print(f"conventional file names: {conv} of {sum(1 for r in rows if r['file_name'])}")
    print("OCR noise:", sum(1 for r in rows if "OCR noise" in r["recipe"]))
    wc = sorted(len(r["text"].split()) for r in rows)
    print(f"words per text: min {wc[0]}, median {wc[len(wc) // 2]}, max {wc[-1]}")
    print("\nfolder / kind: total (en, cy), templates")
    by_f = Counter(folder.get(r["kind"], "(none)") for r in rows)
    for f in dict.fromkeys(k["folder"] for k in kinds):
        print(f"{f}: {by_f[f]}")
        for k in kinds:
            if k["folder"] != f:
                continue
            n = [r for r in rows if r["kind"] == k["id"]]
            nt = len({x['recipe'].split(',')[0] for x in n})
            print(f"    {k['id']}: {len(n)} ({sum(1 for x in n if x['language'] == 'en')}, {sum(1 for x in n if x['language'] == 'cy')}), {nt} templates")
    print(f"(none): {by_f['(none)']}")


def main():
    kinds, rows = generate()
    with open(OUT, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    rows = validate(kinds, OUT)
    report(kinds, rows)
    print(f"\nwrote {OUT}")


if __name__ == "__main__":
    main()
