#!/usr/bin/env python3
"""Training set H for the document-routing classifier: "terse and messy".

Short items from busy people: one-paragraph e-mails, bullet notes, phone jottings, text-message
style from parents, quick agency replies, half-filled forms and pages torn from the middle of a
longer document. Python 3.11 standard library only; deterministic.

    python3 pipelines/routing/make_training_h.py

writes training-h.jsonl beside this script, validates it and prints the counts.
Everything personal is invented; real public bodies are named but no real record was used.
"""
import json
import random
import re
import sys
import tomllib
import zlib
from collections import Counter
from pathlib import Path

SEED = 20250611
HERE = Path(__file__).resolve().parent
OUT = HERE / "training-h.jsonl"
KINDS_TOML = HERE / "kinds.toml"
ID_PREFIX = "k"

# ---------------------------------------------------------------------------------------------
# Invented people and real public bodies
# ---------------------------------------------------------------------------------------------

# (court, case-number letters, council, council domain, police force, police domain, NHS body,
#  NHS domain, school domain part, Cafcass area)
EN_REGIONS = [
    ("Leeds Family Court", "LS", "Leeds City Council", "leeds.gov.uk", "West Yorkshire Police",
     "westyorkshire.pnn.police.uk", "Leeds Community Healthcare NHS Trust", "nhs.net", "leeds.sch.uk", "Yorkshire"),
    ("Manchester Civil Justice Centre", "MA", "Manchester City Council", "manchester.gov.uk",
     "Greater Manchester Police", "gmp.police.uk", "Manchester University NHS FT", "nhs.net", "manchester.sch.uk", "Greater Manchester"),
    ("Birmingham Family Court", "BM", "Birmingham Children's Trust", "birminghamchildrenstrust.co.uk",
     "West Midlands Police", "west-midlands.pnn.police.uk", "Birmingham Community Healthcare NHS FT", "nhs.net", "bham.sch.uk", "West Midlands"),
    ("East London Family Court", "ZE", "London Borough of Tower Hamlets", "towerhamlets.gov.uk",
     "Metropolitan Police", "met.police.uk", "East London NHS FT", "nhs.net", "towerhamlets.sch.uk", "London"),
    ("Bristol Civil and Family Justice Centre", "BS", "Bristol City Council", "bristol.gov.uk",
     "Avon and Somerset Police", "avonandsomerset.police.uk", "Sirona care & health", "nhs.net", "bristol.sch.uk", "South West"),
    ("Newcastle Family Court", "NE", "Newcastle City Council", "newcastle.gov.uk", "Northumbria Police",
     "northumbria.pnn.police.uk", "Newcastle upon Tyne Hospitals NHS FT", "nhs.net", "newcastle.sch.uk", "North East"),
    ("Nottingham Family Court", "NG", "Nottingham City Council", "nottinghamcity.gov.uk", "Nottinghamshire Police",
     "notts.pnn.police.uk", "Nottingham CityCare", "nhs.net", "nottingham.sch.uk", "East Midlands"),
    ("Liverpool Family Court", "LV", "Liverpool City Council", "liverpool.gov.uk", "Merseyside Police",
     "merseyside.police.uk", "Alder Hey Children's NHS FT", "nhs.net", "liverpool.sch.uk", "North West"),
    ("Plymouth Combined Court", "PL", "Plymouth City Council", "plymouth.gov.uk", "Devon and Cornwall Police",
     "devonandcornwall.pnn.police.uk", "Livewell Southwest", "nhs.net", "plymouth.sch.uk", "South West"),
    ("Chelmsford Family Court", "CM", "Essex County Council", "essex.gov.uk", "Essex Police",
     "essex.police.uk", "Essex Partnership University NHS FT", "nhs.net", "essex.sch.uk", "East"),
]

# (court, court cy, "yn"-form of the town, letters, council, cyngor, domain, police, heddlu, police domain,
#  health board, bwrdd iechyd, team)
CY_REGIONS = [
    ("Cardiff Family Court", "Llys Teulu Caerdydd", "yng Nghaerdydd", "CF", "Cardiff Council", "Cyngor Caerdydd",
     "cardiff.gov.uk", "South Wales Police", "Heddlu De Cymru", "south-wales.pnn.police.uk",
     "Cardiff and Vale UHB", "BIP Caerdydd a'r Fro", "De Ddwyrain"),
    ("Swansea Civil Justice Centre", "Canolfan Cyfiawnder Sifil Abertawe", "yn Abertawe", "SA", "Swansea Council",
     "Cyngor Abertawe", "swansea.gov.uk", "South Wales Police", "Heddlu De Cymru", "south-wales.pnn.police.uk",
     "Swansea Bay UHB", "BIP Bae Abertawe", "De Orllewin"),
    ("Wrexham Family Court", "Llys Teulu Wrecsam", "yn Wrecsam", "WX", "Wrexham County Borough Council",
     "Cyngor Bwrdeistref Sirol Wrecsam", "wrexham.gov.uk", "North Wales Police", "Heddlu Gogledd Cymru",
     "nthwales.pnn.police.uk", "Betsi Cadwaladr UHB", "BIP Betsi Cadwaladr", "Gogledd"),
    ("Caernarfon Justice Centre", "Canolfan Gyfiawnder Caernarfon", "yng Nghaernarfon", "CN", "Gwynedd Council",
     "Cyngor Gwynedd", "gwynedd.llyw.cymru", "North Wales Police", "Heddlu Gogledd Cymru", "nthwales.pnn.police.uk",
     "Betsi Cadwaladr UHB", "BIP Betsi Cadwaladr", "Gogledd"),
    ("Newport Family Court", "Llys Teulu Casnewydd", "yng Nghasnewydd", "NP", "Newport City Council",
     "Cyngor Dinas Casnewydd", "newport.gov.uk", "Gwent Police", "Heddlu Gwent", "gwent.pnn.police.uk",
     "Aneurin Bevan UHB", "BIP Aneurin Bevan", "De Ddwyrain"),
    ("Aberystwyth Justice Centre", "Canolfan Gyfiawnder Aberystwyth", "yn Aberystwyth", "AB", "Ceredigion County Council",
     "Cyngor Sir Ceredigion", "ceredigion.gov.uk", "Dyfed-Powys Police", "Heddlu Dyfed-Powys",
     "dyfed-powys.pnn.police.uk", "Hywel Dda UHB", "BIP Hywel Dda", "Gorllewin"),
]

EN_BOYS = ["Alfie", "Mason", "Leo", "Kai", "Tyler", "Zayn", "Jayden", "Oscar", "Harvey", "Reggie", "Theo", "Bailey"]
EN_GIRLS = ["Ruby", "Freya", "Isla", "Amelia", "Maisie", "Aisha", "Lily-Mae", "Poppy", "Esme", "Nevaeh", "Skye", "Hafsa"]
CY_BOYS = ["Osian", "Gruffydd", "Tomos", "Ifan", "Dylan", "Macsen", "Rhys", "Caio", "Iestyn", "Gethin"]
CY_GIRLS = ["Cerys", "Elan", "Mali", "Nia", "Seren", "Lowri", "Alaw", "Efa", "Megan", "Heledd"]
EN_WOMEN = ["Kayleigh", "Danielle", "Jade", "Shannon", "Gemma", "Nadia", "Chantelle", "Becky", "Agnieszka", "Samira", "Leanne", "Toni"]
EN_MEN = ["Dean", "Craig", "Liam", "Jamie", "Ryan", "Imran", "Kyle", "Marcus", "Tomasz", "Lee", "Scott", "Darren"]
CY_WOMEN = ["Sian", "Rhian", "Catrin", "Bethan", "Ffion", "Nerys", "Carys", "Lisa", "Angharad", "Kelly"]
CY_MEN = ["Dafydd", "Gareth", "Aled", "Huw", "Rhodri", "Carwyn", "Jason", "Owain", "Emyr", "Wayne"]
EN_SUR = ["Barker", "Okafor", "Kowalski", "Dunne", "Fairclough", "Begum", "Ashworth", "Molloy", "Thackeray",
          "Whitfield", "Nowak", "Oduya", "Brannigan", "Sheridan", "Pickles", "Iqbal", "Rowntree", "Cartwright"]
CY_SUR = ["Pritchard", "Bowen", "Llewelyn", "Pugh", "Rees", "Gwilym", "Prosser", "Vaughan", "Meredith", "Parry",
          "Gruffudd", "Jenkins", "Howells", "Tudur", "Lloyd"]
PRAC_EN = ["Helen Marsh", "Joanne Ellery", "Tunde Adeyemi", "Claire Boyle", "Mark Pennington", "Shazia Anwar",
           "Rachel Dobbs", "Simon Varley", "Nicola Trent", "Paula Greaves"]
PRAC_CY = ["Eleri Wyn Thomas", "Gwenllian Huws", "Mererid Owen", "Dewi Rowlands", "Manon Elis", "Rhys ap Iorwerth",
           "Llinos Jarman", "Sioned Haf Roberts"]
SW_NAMES = ["Kerry Ibbotson", "Priya Lal", "Nathan Crook", "Fiona Saddler", "Abdi Warsame", "Hannah Lowther",
            "Ceri Morgan", "Sara Elin Davies", "Gavin Price"]
JUDGES_EN = ["HHJ Wetherall", "DJ Amani", "Recorder Coombes", "HHJ Frobisher", "DJ (MC) Singh", "Legal Adviser Mr Tait",
             "HHJ Kettlewell", "DJ Ormerod"]
JUDGES_CY = ["EM Barnwr Rhys-Evans / HHJ Rhys-Evans", "DJ Pugh-Jones", "HHJ Meirion", "DJ Llywelyn"]
FIRMS = [("Harcourt Lane Solicitors", "harcourtlane.co.uk"), ("Pemberton Gill LLP", "pembertongill.co.uk"),
         ("Mossfield Family Law", "mossfieldlaw.co.uk"), ("Castell Dyfed Cyfreithwyr", "castelldyfed.co.uk"),
         ("Ainsworth & Quayle", "ainsworthquayle.co.uk"), ("Brightwater Law", "brightwaterlaw.co.uk"),
         ("Tre'r Ceiri Solicitors", "trerceiri-law.co.uk"), ("Okonjo Reid Solicitors", "okonjoreid.co.uk")]
CHILD_SOLS = ["Alison Crabtree", "Ravi Sandhu", "Bethan Clwyd", "Gregory Mayhew", "Lois Kettering", "Iwan Prys"]
SCHOOLS_EN = ["St Bede's RC Primary", "Hollybank Primary", "Westfield Academy", "Oakmere Junior School",
              "Canal Side Primary", "Thornley Park Academy"]
SCHOOLS_CY = ["Ysgol Gynradd Pen y Bryn", "Ysgol Bro Alaw", "Ysgol Gymraeg Tir Glas", "Ysgol y Felin", "Ysgol Uwchradd Glan Morfa"]
CENTRES = ["Rainbow Bridge Child Contact Centre", "Maple House Contact Centre", "Canolfan Gyswllt Pont y Dref",
           "Little Acorns Supervised Contact Service"]
PROVIDERS = [("Safe Futures DAPP", "safefutures.org.uk"), ("Bridges Family Mediation & SPIP", "bridgesfamily.org.uk"),
             ("Calon Family Services", "calonfamily.org.uk"), ("Northway CCI Services", "northwaycci.org.uk")]
EXPERTS = [("Dr Fenella Ashcroft", "Consultant Clinical Psychologist", "ashcroftpsych.co.uk"),
           ("Dr Kwame Boateng", "Consultant Child & Adolescent Psychiatrist", "boatengmedico.co.uk"),
           ("Jill Harrow", "Independent Social Worker", "harrowisw.co.uk"),
           ("Dr Gwyn Parri", "Seicolegydd Clinigol / Clinical Psychologist", "parripsych.co.uk"),
           ("Trace Labs Ltd", "hair strand testing", "tracelabs-forensics.co.uk")]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MISOEDD = ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref",
           "Tachwedd", "Rhagfyr"]
DAYS = ["Mon", "Tues", "Weds", "Thurs", "Fri"]
DYDDIAU = ["dydd Llun", "dydd Mawrth", "dydd Mercher", "dydd Iau", "dydd Gwener"]


def slug(s):
    return re.sub(r"[^a-z0-9]+", "", s.lower())


def make_case(r, welsh, law):
    """One invented case as a dict of template fields."""
    if welsh:
        reg = r.choice(CY_REGIONS)
        (court, court_cy, yn_lle, letters, la, la_cy, la_dom, pol, pol_cy, pol_dom, hb, hb_cy, team) = reg
        nhs_dom, sch_dom = "wales.nhs.uk", "hwbcymru.net"
        area = "CAFCASS Cymru " + team
        boys, girls, women, men, sur = CY_BOYS, CY_GIRLS, CY_WOMEN, CY_MEN, CY_SUR
        prac = r.choice(PRAC_CY)
        judge = r.choice(JUDGES_CY)
        school = r.choice(SCHOOLS_CY)
    else:
        reg = r.choice(EN_REGIONS)
        (court, letters, la, la_dom, pol, pol_dom, hb, nhs_dom, sch_dom, area) = reg
        court_cy, yn_lle, la_cy, pol_cy, hb_cy = court, "yn " + court, la, pol, hb
        sch_dom = "%s" % sch_dom
        area = "Cafcass " + area
        boys, girls, women, men, sur = EN_BOYS, EN_GIRLS, EN_WOMEN, EN_MEN, EN_SUR
        prac = r.choice(PRAC_EN)
        judge = r.choice(JUDGES_EN)
        school = r.choice(SCHOOLS_EN)
    boy = r.random() < 0.5
    c = r.choice(boys if boy else girls)
    c2 = r.choice([x for x in boys + girls if x != c])
    age = r.randint(4, 14)
    age2 = max(1, age - r.randint(2, 5))
    year = r.choice([2023, 2024, 2025])
    mon = r.randint(1, 12)
    day = r.randint(1, 28)
    day2 = min(28, day + r.randint(3, 20))
    mon2 = mon if day2 > day else (mon % 12) + 1
    msur, fsur = r.sample(sur, 2)
    mum, dad = r.choice(women), r.choice(men)
    gran = r.choice(["Maureen", "Pat", "Glenys", "Brenda", "Eirlys", "Val", "Shirley"]) + " " + msur
    partner = r.choice(men if r.random() < 0.8 else women) + " " + r.choice(sur)
    sw = r.choice(SW_NAMES)
    firm, firm_dom = r.choice(FIRMS)
    sol = r.choice(CHILD_SOLS)
    sfirm, sfirm_dom = r.choice([f for f in FIRMS if f[0] != firm])
    exp = r.choice(EXPERTS)
    prov, prov_dom = r.choice(PROVIDERS)
    p_or_c = "C" if law == "pub" else ("P" if law == "priv" else ("P" if r.random() < 0.75 else "C"))
    cn = "%s%02d%s%05d" % (letters, year % 100, p_or_c, r.randint(100, 99999))
    if p_or_c == "C":
        case_name = r.choice(["%s v %s" % (la.split(" Council")[0].replace("City", "CC").strip(), msur),
                              "%s v %s and %s" % (la.split(" ")[0], msur, fsur)])
    else:
        case_name = r.choice(["%s v %s" % (msur, fsur), "%s v %s" % (fsur, msur)])
    dstyle = r.randint(0, 3)

    def en_date(d, m, y):
        return [f"{d:02d}/{m:02d}/{y}", f"{d}.{m}.{y % 100}", f"{d} {MONTHS[m-1]} {y}",
                f"{d}/{m}"][dstyle]

    def cy_date(d, m, y):
        return [f"{d:02d}/{m:02d}/{y}", f"{d} {MISOEDD[m-1]} {y}", f"{d}.{m}.{y % 100}", f"{d}/{m}"][dstyle]

    he, him, his = ("he", "him", "his") if boy else ("she", "her", "her")
    f = dict(
        C=c, C2=c2, Cage=age, C2age=age2, Cdob=f"{r.randint(1,28):02d}/{r.randint(1,12):02d}/{year-age}",
        he=he, him=him, his=his, He=he.capitalize(), His=his.capitalize(),
        boygirl="boy" if boy else "girl", bachgen="bachgen" if boy else "merch",
        eifam="ei fam" if boy else "ei mam", eidad="ei dad" if boy else "ei thad",
        eiysgol="ei ysgol" if boy else "ei hysgol", eifarn="ei farn" if boy else "ei barn",
        eifrawd="ei frawd" if boy else "ei brawd", eideimladau="ei deimladau" if boy else "ei theimladau",
        fe="fe" if boy else "hi", efo="e" if boy else "hi", iddo="iddo" if boy else "iddi",
        ganddo="ganddo" if boy else "ganddi", eidaro="ei daro" if boy else "ei tharo", eifod="ei fod" if boy else "ei bod", ei_bodd="ei fodd" if boy else "ei bodd", wediiweld="wedi'i weld" if boy else "wedi'i gweld", ohono="ohono" if boy else "ohoni",
        M=f"{mum} {msur}", Mf=mum, Ms=msur, F=f"{dad} {fsur}", Ff=dad, Fs=fsur, G=gran, P=partner,
        Pf=partner.split()[0],
        FCA=prac, FCAf=prac.split()[0], FCAi="".join(w[0] for w in prac.split()),
        SW=sw, SWf=sw.split()[0], J=judge, CT=court, CTcy=court_cy, ynLLE=yn_lle,
        LA=la, LAcy=la_cy, POL=pol, POLcy=pol_cy, HB=hb, HBcy=hb_cy, AREA=area,
        CN=cn, CASE=case_name, FIRM=firm, SOL=sol, SFIRM=sfirm, SCH=school,
        EXP=exp[0], EXPROLE=exp[1], PROV=prov, CC=r.choice(CENTRES),
        D=en_date(day, mon, year), D2=en_date(day2, mon2, year), Dcy=cy_date(day, mon, year),
        D2cy=cy_date(day2, mon2, year), DAY=r.choice(DAYS), DYDD=r.choice(DYDDIAU),
        T=f"{r.randint(8,17):02d}:{r.choice(['00','05','10','15','20','30','40','45','50'])}",
        T2=f"{r.randint(9,16)}.{r.choice(['00','15','30','45'])}",
        YEAR=year, OLDYEAR=year - r.randint(3, 8), OLDCN="%s%02d%s%05d" % (letters, (year - r.randint(3, 8)) % 100, "P", r.randint(100, 99999)),
        REF=f"{r.randint(10,99)}-{r.randint(100000,999999)}", PNCID=f"{r.randint(90,99) if r.random()<.5 else r.randint(0,23):02d}/{r.randint(100000,999999)}{r.choice('ABCDEFGHJKLMNPQRTUVWXYZ')}",
        N=r.randint(2, 6), PG=r.randint(3, 14), PGN=r.randint(15, 40),
        ADDR=r.choice(["Flat 3, 22 Calder Street", "14 Bramble Way", "7 Heol y Nant", "41 Ashgrove Terrace",
                       "2 Maes Glas", "Flat 9 Kestrel House"]),
    )
    f["_dom"] = dict(la=la_dom, pol=pol_dom, nhs=nhs_dom, sch=sch_dom, firm=firm_dom, sfirm=sfirm_dom,
                     prov=prov_dom, exp=exp[2], court=slug(court.split()[0]), welsh=welsh)
    return f

# ---------------------------------------------------------------------------------------------
# Templates. T(language, mode, who, text, record_class)
#   mode: "e" an e-mail body; "s" paper that is scanned (handwriting, cards, forms);
#         "d" a document that may be scanned, uploaded, attached or come from the G drive;
#         "a" a document that usually arrives as an e-mail attachment.
#   who:  the kind of sender, used for e-mails and attachments.
# ---------------------------------------------------------------------------------------------


def T(lang, mode, who, text, rc=None, subj=None):
    return dict(lang=lang, mode=mode, who=who, text=text.strip("\n"), rc=rc, subj=subj)


K = {}

# contact-log (case-information). Appendix 1: the ECMS contact log is the running record of every
# action on the case: date, time, heading, who (name and role), a summary of what was received or
# provided and actions agreed; it starts at intake (C100 received, screening requests sent and
# received, welcome letters issued); pre-July-2014 logs are PDFs; an amended entry gives the reason;
# items held for indirect contact are logged with their location. A Word export for a SAR.
K["contact-log"] = [
    T("en", "d", "caf", """
{D} {T} Case Update - BSO Intake
C100 rec'd from court, CN {CN}. Screening requests sent LA + police.
{D} 16:02 Letters - BSO Intake
WL issued to both parties (post, no verified email for F).
{D2} 09:40 Telephone call - {FCA} (FCA)
Tel M. Confirmed address. No concerns raised beyond C1A."""),
    T("en", "d", "caf", """
Date | Time | Heading | Entered by
{D} | {T} | Email received | {FCA}, FCA
Summary: email from {SW} ({LA}) - case closed to CSC Jan. Saved to R&S. Action: none.
{D2} | 14:15 | Home visit | {FCA}, FCA
See detailed note. Next: school visit w/c"""),
    T("en", "d", "cafbs", """
...continued
{D2} 11:20 | Document received | Business Services
PNC from {POL} saved to police info. FCA notified by Teams.
{D2} 11:31 | Amended entry | {FCA}
Reason for amendment: previous entry named wrong sibling ({C2} not {C}).
{D2} 15:47 | Court | FHDRA adjourned, new date awaited"""),
    T("en", "d", "caf", """
{D} - Indirect contact
F dropped off b'day card + parcel for {C} at reception. Stored in locked cabinet 2nd floor (shelf B), labelled {CN}. FCA to pass on at next session.
{D2} - parcel handed to {C} at school visit. Log closed."""),
    T("en", "d", "caf", """
Export for SAR - not a working document - delete when SAR closed
{CASE} {CN}
{D} 10:02 Allocation - SM allocated to {FCA}
{D} 10:30 Case plan started
{D2} 13:00 Telephone call - M called, upset re hearing date. Advised to speak to her sol."""),
    T("en", "s", "", """
CONTACT SHEET (pre ECMS)  Case: {CASE}   pg {PG}
{D}  tel F - wants indirect only for now. agreed
{D2} letter rec'd from PGM {G} - on file
{D2} s7 due. chased school - no reply yet   {FCAi}"""),
    T("en", "d", "cafbs", """
{D} {T} | Screening | BSO
LA check returned - no trace. PNC requested.
{D} 15:50 | Screening | BSO
Police response rec'd - known, see police info folder.
{D2} 09:05 | WTFH | {FCA}
Calls to both parties done, SL drafted."""),
    T("cy", "d", "caf", """
{Dcy} {T} Galwad ffôn - {FCA} (YTLl)
Sgwrs gyda {M}. Cadarnhau cyfeiriad. Dim pryderon newydd.
{D2cy} 10:15 E-bost wedi'i dderbyn
Ymateb y cyngor - dim cofnod. Wedi'i gadw yn Risg a Diogelwch.
{D2cy} 14:40 Llys - gwrandawiad wedi'i ohirio."""),
    T("cy", "d", "cafbs", """
Dyddiad | Amser | Pennawd | Gan
{Dcy} | 09:12 | Achos newydd | Cymorth Busnes
C100 wedi dod o'r llys. Gwiriadau wedi'u hanfon at yr heddlu a'r cyngor.
{Dcy} | 15:30 | Llythyrau | Cymorth Busnes
Llythyrau wedi mynd i'r ddau barti (post)."""),
    T("cy", "s", "", """
{Dcy} - ffonio tad, eisiau cyswllt anuniongyrchol am y tro. Cytuno.
{D2cy} - e-bost gan yr ysgol, ar y ffeil.
{D2cy} - ymweliad cartref wedi'i drefnu dydd Iau   {FCAi}"""),
]

# wtfh-outcome (case-information). The Work to First Hearing outcome form completed by the duty
# FCA after the FHDRA: who attended, agreement reached or not, orders made (s7 directed, CAO by
# consent, adjourned), referrals (SPIP/Planning Together for Children, MIAM, contact centre, WT4C in
# Wales), safeguarding issues outstanding, handover to WAFH. Mostly tick boxes, half filled.
K["wtfh-outcome"] = [
    T("en", "d", "caf", """
FHDRA {D}  {CT}  Court room 4
Attended: M [x]  F [x]  FCA [x]  Legal reps: F only
Agreement reached:  full [ ]  partial [x]  none [ ]
s7 ordered: Y   Report type: full welfare / wishes only
Referral: SPIP [x] MIAM [ ] CC [ ]
Next hearing: DRA - date tbc
Handover to WAFH team: yes"""),
    T("en", "d", "caf", """
Outcome - first hearing
Case no {CN}
Consent order agreed at court: lives with M, alt weekends F.
Safeguarding issues resolved? partly - LA check outstanding
Cafcass further involvement: none. Close WTFH.
Duty FCA: {FCA}"""),
    T("en", "s", "", """
First hrg {D}   DJ: {J}
Parties present: ____ M only ____
Outcome: adjourned - F not served
Orders: ______________
Refs made: ______
SL filed? Y / N
FCA sig ......{FCAi}......"""),
    T("en", "d", "caf", """
Duty FCA outcome note
Hearing: FHDRA      Court: {CT}
Interim arrangements: supervised @ {CC}, 2hrs fortnightly
Directions: s7 (FCA) to be filed by {D2}; Fact finding? not at this stage
Risk: DA allegations both ways - C1A filed by M
Allocated to: awaiting allocation"""),
    T("en", "d", "caf", """
WTFH - outcome
[x] Attended    [ ] Not attended - reason:
Dispute resolution: parties agreed to 3 indirect contact sessions then review
[x] Planning Together for Children referral
[ ] Safety planning needed
No s7. No further Cafcass involvement unless directed."""),
    T("en", "d", "caf", """
Ref {CN}    {D}
Outcome: s7 directed - ascertain wishes & feelings of {C} ({Cage}) only, filing {D2}.
Orders made today: interim CAO? no.
Issues for allocated FCA: M not engaging with calls pre-hearing; F's PNC shows historic ABH."""),
    T("en", "s", "", """
FHDRA OUTCOME    Court ___{CT}___
Date {D}
Agreed?  Yes  No  Partly
Further hearing:  DRA  /  FFH  /  None
Cafcass:  s7  /  s16A  /  close
notes: partly agreed, f to do SPIP   {FCAi}"""),
    T("cy", "d", "caf", """
Canlyniad y gwrandawiad cyntaf (FHDRA) - {Dcy}
Llys: {CTcy}
Presennol: Mam [x] Tad [x] YTLl [x]
Cytundeb: rhannol
Adroddiad a.7 wedi'i orchymyn: Do - dymuniadau a theimladau {C} yn unig
Atgyfeiriad: Gweithio Gyda'n Gilydd er mwyn Plant (WT4C) [x]
Trosglwyddo i dîm WAFH: ie"""),
    T("cy", "d", "caf", """
FHDRA {Dcy} - canlyniad
Gorchymyn trwy gydsyniad: {C} i fyw gyda'r fam, amser gyda'r tad bob yn ail benwythnos.
Dim rhagor o waith i CAFCASS Cymru. Cau'r achos (WTFH).
YTLl dyletswydd: {FCA}"""),
]

# detailed-recording (case-information). A detailed note kept separately from the contact log:
# notes of interviews (face to face or by telephone: the word 'interview' alone is avoided), home
# visits, school visits, observations of contact; with date/time, worker, who was present, venue,
# what happened, next steps. Typed-up handwritten notes, OneNote transcriptions.
K["detailed-recording"] = [
    T("en", "d", "caf", """
HV {D} {T2}, M's home ({ADDR})
Present: M, {C} ({Cage}), {C2} ({C2age}), FCA {FCA}
- home clean, warm. C showed me {his} room, proud of posters
- M tearful re F's messages, showed 3 screenshots
- C played lego w/ {C2}, relaxed with M
Next: see C at school alone; ask F re messages."""),
    T("en", "d", "caf", """
Tel discussion w F {D} 14:10-14:55 (telephone, not face to face)
F says he hasn't seen {C} since Xmas. Denies DA, "she's making it up". Accepts one argument police attended 2023. Wants alt weekends + half hols. Told him about s7 timescales. Agreed to send school reports.
Action: FCA to request police log."""),
    T("en", "s", "", """
obs of contact @ {CC}   {D}
F arrived 5 mins late, apologised. {C} ran to him, hug.
played uno, F let {him} win, lots of laughing
F asked abt school - C chatty
no inappropriate comments heard
ended well, C asked "when's next time"   {FCAi}"""),
    T("en", "d", "caf", """
School visit {D2} - {SCH}
Seen: {C} alone in the library, 35 mins. DSL Mrs Okoro spoken to after.
DSL: attendance 91%, late on Mondays (after F's weekends). No safeguarding concerns logged this yr.
{C} quiet at first, then talked about the dog at dad's.
Next steps: draft s7, share summary with manager."""),
    T("en", "d", "caf", """
Typed up from handwritten notes (original destroyed {D2})
Meeting: face to face, Cafcass office, {D}
Present: M, M's friend (support), FCA
M described relationship 2016-2022. Says F controlled money, checked phone. No physical violence. Supportive of contact if supervised at first.
Agreed: M to complete parenting questionnaire."""),
    T("en", "d", "caf", """
...and said she would think about it. I explained that I would be speaking to the school and to {his} GP. {Mf} asked if {C} would have to go to court - I said no.
Next steps agreed: video call with F on {D2}; M to send photos of injuries she mentioned.
Actions taken afterwards: request to GP sent {D2}.
{FCA}, FCA"""),
    T("en", "d", "caf", """
Video call (Teams) with PGM {G}, {D} 11:00
Role: paternal grandmother, proposed supervisor.
Available Sats, drives, lives 10 mins from F. Aware of allegations, "would never leave them alone with him if court says so".
Next: check G on PNC / LA (consent given verbally)."""),
    T("cy", "d", "caf", """
Ymweliad cartref {Dcy} {T2} - cartref y tad
Yn bresennol: {F}, {C}, YTLl {FCA}
- tŷ'n daclus, ystafell wely barod i {C}
- {C} yn hapus, chwarae gêm gyda {eidad}
- y tad yn cydnabod ei fod yn yfed gormod yn 2022, wedi stopio ers hynny
Camau nesaf: siarad â'r ysgol; gofyn am wiriad meddyg teulu."""),
    T("cy", "d", "caf", """
Sgwrs ffôn gyda'r fam, {Dcy} 10:30 (dros y ffôn, nid wyneb yn wyneb)
Mae hi'n poeni bod {C} yn dod adre'n flinedig ac yn dawel ar ôl penwythnosau. Dim honiadau o niwed. Hapus i {C} weld {eidad} ond eisiau amser dychwelyd cynt.
Cam nesaf: trafod gyda'r tad."""),
]

# welcome-letter (correspondence). Sent by Cafcass intake to each party on receipt of the C100: the
# court has asked Cafcass to help before the first hearing, a practitioner will phone, checks with
# police and the council, the hearing date, leaflets and website, how to raise safety worries.
# CAFCASS Cymru sends it bilingually.
K["welcome-letter"] = [
    T("en", "a", "cafbs", """
Dear {Ms}
Our ref: {CN}
The family court has asked Cafcass to help with your child arrangements case. Before the first hearing on {D2} one of our practitioners will ring you. We also contact the police and the local council as routine. Please see the enclosed leaflet or www.cafcass.gov.uk.
If you are worried about your safety tell us when we call."""),
    T("en", "a", "cafbs", """
...we will try to call you from a withheld number between 9am and 5pm. If you cannot talk safely, just say "wrong number" and we will try again.
What happens at the first hearing: the judge or magistrates will look at what you both agree on...
Cafcass Intake Team, {AREA}"""),
    T("en", "s", "", """
Dear Mr {Fs}
Re: {C} - hearing at {CT}
Your case has been sent to us by the court. We are independent of the court and social services. A family court adviser will telephone you shortly to ask about your family and any worries about {C}'s safety.
Yours sincerely
Business Services"""),
    T("en", "e", "cafbs", """
Hi {Mf},
Cafcass has received your case from the court (ref {CN}). Please find our information pack attached: what we do, how we use your information, and how to complain. We'll call you before {D2}.
Please let us know if you need an interpreter.
Cafcass {AREA}"""),
    T("en", "a", "cafbs", """
Your first hearing: {D2}, {CT}
Who we are: Cafcass looks after the interests of children in family court.
What we do before the hearing: safety checks (police + council), phone calls with you and the other party.
Enclosed: 'Parenting after separation', privacy notice, feedback form."""),
    T("en", "a", "cafbs", """
Dear Ms {Ms}
We have been sent a copy of the application about {C} and {C2}. We have not yet been sent an address for the other party and will get it from the court.
Your practitioner will speak with you on the phone. Please keep your phone switched on the week of {D}."""),
    T("cy", "a", "cafbs", """
Annwyl {Mf} {Ms}
Cyf: {CN}
Mae'r llys teulu wedi gofyn i CAFCASS Cymru helpu yn eich achos. Cyn y gwrandawiad cyntaf ar {D2cy} bydd un o'n hymarferwyr yn eich ffonio. Byddwn hefyd yn cysylltu â'r heddlu a'r cyngor lleol fel arfer.
Mae taflen wedi'i hamgáu."""),
    T("cy", "a", "cafbs", """
Annwyl Mr {Fs} / Dear Mr {Fs}
Rydym wedi derbyn eich achos gan y llys. / We have received your case from the court.
Bydd Ymarferydd yn eich ffonio cyn {D2cy}. / A practitioner will ring you before {D2}.
Os ydych yn poeni am eich diogelwch, dywedwch wrthym. / If you are worried about your safety, tell us.
CAFCASS Cymru"""),
    T("cy", "e", "cafbs", """
Helo {Mf},
Mae CAFCASS Cymru wedi cael eich achos o'r llys (cyf {CN}). Mae pecyn gwybodaeth wedi'i atodi: pwy ydyn ni, sut rydyn ni'n defnyddio eich gwybodaeth, a sut i gwyno. Byddwn yn eich ffonio cyn y gwrandawiad.
Gallwch siarad Cymraeg neu Saesneg gyda ni."""),
]

# letter-to-parties (correspondence). Letters from the allocated Cafcass practitioner to the parties:
# allocation ("I am the FCA who will write the report"), appointments, letters enclosing the filed
# report or the safeguarding letter, notice of what the FCA will recommend, closing letters.
K["letter-to-parties"] = [
    T("en", "a", "caf", """
Dear Ms {Ms} and Mr {Fs}
I have been asked by the court to write a report about {C}. I will be in touch to arrange to see each of you separately. I also hope to see {C} at school.
My report is due on {D2}.
{FCA}
Family Court Adviser"""),
    T("en", "a", "caf", """
Dear Mr {Fs}
Appointment: {DAY} {D2} at {T2}, Cafcass office. Please bring ID. If you cannot attend please ring me on the number above so we can rearrange; the report deadline is fixed by the court.
{FCA}"""),
    T("en", "a", "caf", """
Dear Ms {Ms}
Please find enclosed a copy of my report filed with the court today. Please read it in a private place. You must not show it to anyone other than your solicitor - it is confidential to the court proceedings. I am happy to talk it through by phone."""),
    T("en", "e", "caf", """
Dear {Mf} and {Ff} (sent separately),
Just to let you both know I've now finished my enquiries. I plan to recommend that {C} spends alternate weekends with {Ff}, starting with day visits. The full report will be with the court by {D2}.
Kind regards, {FCAf}"""),
    T("en", "a", "caf", """
Dear Mr {Fs}
Re: {CASE} {CN}
The court has now made a final order and my involvement with your family has ended. I have enclosed a feedback form. Thank you for your time.
{FCA}, Cafcass"""),
    T("en", "a", "cafbs", """
To: Ms {M}
Your Cafcass contact is now {FCA}. Your previous FCA has left the team. Nothing else has changed and your hearing date remains {D2}."""),
    T("en", "a", "caf", """
...the enclosed letter to the court sets out what Cafcass has found from police and local authority checks and from speaking to you both. The court will consider it at the hearing on {D2}. Please do not share it.
Yours sincerely
Duty FCA"""),
    T("cy", "a", "caf", """
Annwyl Ms {Ms}
Mae'r llys wedi gofyn i mi ysgrifennu adroddiad am {C}. Byddaf yn cysylltu â chi i drefnu cyfarfod. Rwy'n gobeithio gweld {C} yn {eiysgol} hefyd.
Mae'r adroddiad i fod i'r llys erbyn {D2cy}.
{FCA}, Ymarferydd Llys Teulu"""),
    T("cy", "a", "caf", """
Annwyl Mr {Fs}
Amgaeaf gopi o fy adroddiad sydd wedi'i ffeilio gyda'r llys heddiw. Peidiwch â'i ddangos i neb ond eich cyfreithiwr. Rwy'n hapus i'w drafod dros y ffôn.
Yn gywir
{FCA}"""),
]

# letter-from-party (correspondence). A parent, grandparent or other party writing to Cafcass
# about the case: worries, allegations, disagreement with the report, requests, updates; letters,
# e-mails, texts and WhatsApp screenshots, often angry, in poor English or Wenglish.
K["letter-from-party"] = [
    T("en", "e", "parent", """
hi its {Mf} {C}s mum. he kept {C} till 8pm sunday again when its meant to be 5. {C} was crying and didnt want to go school monday. i am not being funny but this keeps happening. please put this in your report"""),
    T("en", "e", "parent", """
To the cafcass lady,
I do not agree with what you wrote on page 6. I never said I would stop contact. I said I would stop it if he turned up drunk again which is different. I want this corrected before court.
{F}"""),
    T("en", "s", "", """
Dear Sir/Madam
I am {C}'s nan. I have looked after {C} every weekend since {he} was a baby and now I am not allowed to see {him}. Nobody has asked me anything. Please can someone ring me on 07700 9004 12.
{G}"""),
    T("en", "e", "parent", """
Sent from WhatsApp screenshot:
"Ur not having them this wkend end of"
"ill see u in court"
^ this is what she sends me. How am i supposed to co-parent. pls read before hearing. {Ff}"""),
    T("en", "e", "parent", """
Hello, I need to tell you that we moved house last week. New address {ADDR}. Please don't give this to him. Also {C} started a new school. Thanks {Mf}"""),
    T("en", "e", "parent", """
Dear {FCAf}
I have been trying to ring you for 3 days. Nobody calls back. My son is being kept from me and every week that goes past is a week he forgets me. I want a new officer.
Regards, {F}"""),
    T("en", "s", "", """
...and thats why I think he should not be aloud unsupervised. He has a new partner {Pf} who has been in prison I found on facebook. I am not making trouble I just worry.
Thank you for listening
{M}"""),
    T("cy", "e", "parent", """
helo, {Mf} sy ma, mam {C}. Odd {C} yn ypset ar ôl dod nôl o dŷ {eidad} nos Sul, dwedodd bod nhw wedi bod yn shouting eto. Dwi ddim yn gwybod be i neud. Plis ffoniwch fi cyn y court date. diolch"""),
    T("cy", "s", "", """
Annwyl {FCAf},
Dw i'n anghytuno â'r hyn ddywedwyd amdana i yn yr adroddiad. Wnes i erioed fygwth neb. Dw i wedi bod yn dad da i {C} ac mae'r ysgol yn gwybod hynny. Gofynnwch iddyn nhw.
{F}"""),
    T("cy", "e", "parent", """
Hiya, {Ff} here, {C}'s dad. Sori am y Wenglish. Fi'n gweithio shifts nawr so fi ffili neud dydd Sadwrn, can we change to dydd Sul? She won't answer my texts. Ta"""),
]

# correspondence (correspondence). All other case-related correspondence: court covering e-mails
# sending an order or listing, notices of hearing, party solicitors' letters, school or social
# worker e-mails about arrangements, interpreter bookings, "please see attached" forwarding e-mails.
K["correspondence"] = [
    T("en", "e", "court", """
Good afternoon,
Please find attached the order of {J} made on {D}.
Kind regards
Family Listing, {CT}"""),
    T("en", "e", "court", """
Dear Cafcass,
The hearing on {D2} in {CASE} has been vacated owing to judicial availability. A new date will be sent. Please acknowledge.
Court Clerk"""),
    T("en", "e", "firm", """
Dear Sirs
We act for the Respondent father. Please confirm the name of the allocated officer and when our client can expect to be contacted. We enclose his C7.
{FIRM}"""),
    T("en", "e", "caf", """
FYI - s7 filed and served today, attached. Court and both sols copied.
{FCAf}"""),
    T("en", "e", "school", """
Hi, following your call - {C}'s attendance this term is 94%. Mum collects, dad sometimes on Fridays. Happy for you to visit Tues pm. Mrs Lacey, office, {SCH}"""),
    T("en", "e", "la", """
Hi {FCAf}, can we have a quick catch-up re {C} before the hearing? I'm free Thurs after 2. Thanks, {SW}, SW, {LA}"""),
    T("en", "e", "cafbs", """
Interpreter booked (Polish) for M's appt {D2} {T2}. Booking ref {REF}. Please cancel 48hrs ahead if not needed."""),
    T("en", "e", "firm", """
Dear Ms {FCA}
Further to our telephone call, our client is unable to attend on {D2} due to a medical appointment (letter to follow). Can we offer {DAY} instead?
Yours faithfully, {FIRM}"""),
    T("en", "e", "court", """
Notice of hearing attached. FHDRA {D2} {T2}, {CT}, time estimate 1hr. Cafcass to attend (duty)."""),
    T("cy", "e", "court", """
Prynhawn da,
Gweler ynghlwm orchymyn {J} dyddiedig {Dcy}.
Cofion
Swyddfa Restru, {CTcy}"""),
    T("cy", "e", "school", """
Bore da {FCAf},
Diolch am eich galwad. Mae presenoldeb {C} yn 96% y tymor hwn. Mae croeso i chi ddod i'r ysgol brynhawn dydd Mawrth i weld {C}.
Swyddfa, {SCH}"""),
    T("cy", "e", "firm", """
Annwyl Syr/Fadam
Rydym yn gweithredu ar ran y fam. Byddwch cystal â chadarnhau enw'r ymarferydd sydd wedi'i neilltuo.
{FIRM}"""),
]

# case-plan (case-plan). The ECMS case plan tool (IRIS in Wales), completed in every WAFH and public
# law case on allocation: key information from the SL/SER and the allocation note; enquiries to be
# made (what), their purpose (why), the tools, research or theory to be used (how); timescales.
K["case-plan"] = [
    T("en", "d", "caf", """
What: see {C} x2 (school + home). Why: W&F, observe w/ each parent. How: 3 houses, wishes & feelings cards.
What: police log for 2023 incident. Why: DA allegation in C1A. How: request via PVP.
What: speak to PGM {G}. Why: proposed supervisor.
Filing: {D2}"""),
    T("en", "d", "caf", """
Key info from SL: M alleges coercive control; F has caution 2019 (common assault). LA: no current involvement.
Allocation note (SM): focus on risk + whether supervised contact is needed.
Plan: DA practice pathway; CAF impact of harmful conflict tool; observe contact at {CC}."""),
    T("en", "d", "caf", """
Allocated {D} - {FCA}
Enquiries:
1. Home visits both parents (by wk 3)
2. School DSL + attendance
3. GP re M's mental health (consent obtained)
4. Observation of contact x1
Tools: Child Impact Assessment Framework, ecomap
Report due {D2}"""),
    T("en", "d", "caf", """
Public law - {CN}
Initial plan (CG): read LA evidence & care plan; see {C} and {C2} at foster placement within 10 working days; meet parents with child's sol {SOL}; consider need for ISW / psych (Part 25).
Key dates: CMH {D2}, IRH tbc."""),
    T("en", "d", "caf", """
Dispute with allocation note: SM suggests wishes only but {C} is 4 - W&F of limited weight; will focus on observation instead. Discussed in supervision {D}.
How: observation + parenting capacity interview with each parent. Research: Fortin on child's voice."""),
    T("en", "s", "", """
plan  {CN}
- read court bundle
- calls: M, F, SW
- see kids tue/wed
- DA screening w/ M (pathway)
- ??? psych
due {D2}"""),
    T("en", "d", "caf", """
...risk identified during initial work (F's disclosure re drug use) - not known at screening. Recorded here and raised with manager ad hoc {D}. Added enquiry: hair strand? to discuss with legal. Timescale unchanged."""),
    T("cy", "d", "caf", """
Beth: gweld {C} yn yr ysgol a gartref. Pam: deall {eifarn} a'i {eideimladau}. Sut: offeryn tri thŷ, cardiau dymuniadau.
Beth: gwiriad heddlu ar bartner newydd y fam. Pam: pryder yn yr SER.
Dyddiad ffeilio: {D2cy}"""),
    T("cy", "d", "caf", """
Gwybodaeth allweddol o'r SER: y fam yn honni cam-drin domestig; dim cofnod gan y cyngor.
Nodyn dyrannu (Rheolwr Ymarfer): canolbwyntio ar ddiogelwch cyswllt.
Ymholiadau: ymweliadau cartref, ysgol, meddyg teulu. Offer: llwybr cam-drin domestig."""),
]

# case-plan-review (case-plan). The case plan updated at a later stage: what has been done, what is
# outstanding, new information or risk, changes to the plan after supervision or a hearing, revised
# timescales.
K["case-plan-review"] = [
    T("en", "d", "caf", """
Update {D2}
Done: HV both parents, school visit, police log received.
Outstanding: GP letter (chased x2), contact obs cancelled by F.
Change: court extended filing to {D2}. Added sibling {C2} to enquiries per DJ."""),
    T("en", "d", "caf", """
Reviewed in supervision {D2} with SM:
- new info: M's partner {P} has PNC for burglary + ABH
- action: police check on {P}, speak to M re safety plan
- plan otherwise on track, report due date unchanged"""),
    T("en", "d", "caf", """
Progress against plan
1. see {C} x2 - DONE ({D}, {D2})
2. obs contact - NOT DONE, contact suspended after incident
3. DA pathway w/ M - DONE, risk medium
Revised: recommend addendum rather than final; discuss with legal."""),
    T("en", "d", "caf", """
PL review post-CMH
IRH now {D2}. ISW assessment of PGPs approved. CG to meet {C} again after move to connected carers. Risk: M relapsed - LA considering ICO renewal."""),
    T("en", "s", "", """
review {D2}
what's changed: F now in prison (remand) -> contact on hold
what next: letters via CC? speak to sol
SM agreed {FCAi}"""),
    T("en", "d", "caf", """
...Previous actions: all completed apart from speaking to maternal aunt (no response to 3 calls, letter sent {D}). Decision: proceed without. Rationale recorded. Next review at filing."""),
    T("en", "d", "caf", """
Plan updated after DRA {D2}: judge wants view on overnights and holiday split. New enquiries: see {C} at dad's new flat; ask school about Monday tiredness. Timescale: addendum 4 wks."""),
    T("cy", "d", "caf", """
Diweddariad {D2cy}
Wedi'i wneud: ymweliadau cartref, ymweliad ysgol, ymateb yr heddlu wedi dod.
Ar ôl: llythyr meddyg teulu (wedi gofyn ddwywaith).
Newid: y llys wedi ymestyn y dyddiad ffeilio. Ychwanegu {C2} at yr ymholiadau."""),
    T("cy", "d", "caf", """
Goruchwyliaeth {D2cy}: gwybodaeth newydd - partner newydd y fam yn hysbys i'r heddlu. Cam: gwiriad heddlu, cynllun diogelwch gyda'r fam. Popeth arall ar amser."""),
]

# la-checks (risk-and-safety). The local authority children's services (MASH, front door, SPOA)
# reply to the Cafcass safeguarding check on the named children and adults: no trace, or known -
# CIN, CP plan (category), LAC, closed episodes, current allocated social worker. Policy 002 §8
# record classes where the reply states them.
K["la-checks"] = [
    T("en", "e", "la", """
No trace on our systems for the named adults or children. {LA} MASH"""),
    T("en", "e", "la", """
Confirm LA has no current involvement. Previous CIN episode closed {OLDYEAR} (school attendance). No CP history. Regards, MASH Business Support"""),
    T("en", "a", "la", """
Cafcass check - response
Child: {C} DOB {Cdob} - KNOWN. Record type: Child Protection. CP plan {OLDYEAR}-{YEAR}, category emotional abuse, ended.
Mother {M} - known as parent only.
Father {F} - no trace.
Current SW: none.""", rc="child-protection"),
    T("en", "a", "la", """
Name | DOB | Known? | Summary
{C} | {Cdob} | Y | CIN open, SW {SW}
{M} | | Y | parent of above
{F} | | N |
{P} | | Y | Adult posing a risk to children - see note, do not disclose to parties""", rc="adult-posing-risk"),
    T("en", "e", "la", """
Hi, re your check dated {D} - {C} is a looked after child, s20 placement with foster carers since {D2}. Record: Looked After Child. Please contact allocated SW {SW} for anything further.""", rc="looked-after-child"),
    T("en", "e", "la", """
Checks completed. Mother known: 2 contacts (police DA notifications {OLDYEAR}), NFA. Children not known. Nothing for father. Team Manager has approved release."""),
    T("en", "a", "la", """
SPOA  |  Request for information - Cafcass
Date received: {D}     Date returned: {D2}
Outcome:  [x] Not known  [ ] Known - see below
Comments: ..........
Checked by: ......"""),
    T("en", "e", "la", """
Apologies for delay. Father is known to our Adults Posing Risk team following 2019 conviction - details cannot be shared by email, please call the duty manager. Children not known.""", rc="adult-posing-risk"),
    T("en", "e", "la", """
Re proposed supervisor {G}: she is an approved foster carer with {LA} (record class: foster carers). No concerns. Children not known. Fostering Team""", rc="foster-carers"),
    T("cy", "e", "la", """
Dim cofnod ar ein systemau ar gyfer yr oedolion na'r plant a enwyd. Tîm Drws Ffrynt, {LAcy}"""),
    T("cy", "a", "la", """
Ymateb i wiriad CAFCASS Cymru
Plentyn: {C} - YN HYSBYS. Math o gofnod: Amddiffyn Plant. Ar y gofrestr {OLDYEAR} (esgeulustod), wedi dod i ben.
Mam: hysbys fel rhiant. Tad: dim cofnod.""", rc="child-protection"),
]

# screening-response (risk-and-safety). Replies to Cafcass screening from agencies other than the
# police and the local authority children's services: MARAC coordinators, IDVA services, probation,
# health safeguarding teams, schools' DSLs, adult social care, another council's EDT.
K["screening-response"] = [
    T("en", "e", "marac", """
MARAC check: {M} was heard at MARAC {OLDYEAR} as victim. Case closed. Perpetrator recorded as {F}. Please contact IDVA service for further detail."""),
    T("en", "e", "probation", """
Probation Service - no current or previous supervision recorded for {F}. Nothing further."""),
    T("en", "e", "nhs", """
Safeguarding Children Team, {HB}: no safeguarding flags on the child's record. HV last contact {D} (routine). We do not hold records for the adults."""),
    T("en", "e", "probation", """
Re {P}: currently on licence (released {D}), supervised by PP in {LA} area. Licence condition: no unsupervised contact with under-18s. Risk level: medium (RoSH). Happy to discuss."""),
    T("en", "e", "school", """
DSL reply: no concerns recorded on CPOMS for {C}. Attendance 89%. Dad collects Fridays. Mrs Bhatt, DSL, {SCH}"""),
    T("en", "a", "marac", """
IDVA service response
Client known: Y   Referral date: {D}   Source: police
Risk level (DASH): high - 16 ticks
Current support: closed
Consent to share: given"""),
    T("en", "e", "nhs", """
GP practice response - we can confirm {M} is registered. No safeguarding alerts. Any request for records must come with signed consent. Practice Manager"""),
    T("en", "e", "la", """
Adult Social Care: {F} not known to adult services in this borough. Checked {D2}."""),
    T("cy", "e", "marac", """
Gwiriad MARAC: trafodwyd {M} yn y MARAC yn {OLDYEAR}. Achos wedi cau. Cysylltwch â'r gwasanaeth IDVA am ragor o fanylion."""),
    T("cy", "e", "nhs", """
Tîm Diogelu Plant, {HBcy}: dim pryderon diogelu ar gofnod y plentyn. Cyswllt diwethaf gyda'r ymwelydd iechyd {Dcy}. Dim cofnodion ar gyfer yr oedolion."""),
]

# safety-assessment (risk-and-safety). Cafcass safety documentation: risk assessment and screening
# tools used with the parties (DA practice pathway, DASH RIC, harmful conflict, risk matrix), safety
# plans, welfare referrals and s47 referrals to children's services, LADO referrals, notice to CSC
# that the case has completed.
K["safety-assessment"] = [
    T("en", "d", "caf", """
DASH RIC - completed with M by phone {D}
Current situation: separated {OLDYEAR}. F still texts daily.
Q1 injury? N  Q3 isolated? Y  Q7 pregnant? N  Q11 choking? Y
Total ticks: 11. Risk: medium. MARAC referral: not met threshold.
{FCA}"""),
    T("en", "e", "caf", """
To: {LA} MASH
Referral: Cafcass FCA making a child protection referral re {C} ({Cdob}). Disclosed today that M's partner hit {him} with a belt. Bruising not seen. Child at {SCH}. Please confirm receipt and outcome."""),
    T("en", "d", "caf", """
LADO referral
Person: {F}   Role: teaching assistant, {SCH}
Concern: caution for assault on a child {OLDYEAR} (PNC), employer may not be aware.
Referred by: {FCA}, Cafcass   Date: {D}"""),
    T("en", "d", "caf", """
Safety plan agreed with M ({D})
- handovers at {CC} only
- no direct texts, use co-parenting app
- if F turns up: call 999, don't open door
- copy to M's IDVA with consent"""),
    T("en", "a", "caf", """
Dear {SW}
Notice of completion: Cafcass involvement in {CASE} ({CN}) ended on {D2} with a final child arrangements order. You received our referral of {D}. No further action from Cafcass.
{FCA}"""),
    T("en", "d", "caf", """
Risk identification - parties
Allegations: M v F (physical, controlling); F v M (alcohol).
Evidence: police log x3, C1A, text screenshots.
Harm to child: witnessed incidents.
Overall: risk of harm in unsupervised contact - HIGH pending FFH.
Screening tool completed: yes (attached)"""),
    T("en", "s", "", """
welfare ref - {D}
child: {C}   M says C self harming (cuts on arm) - seen by GP?
told M to take C to GP today. Ref to CAMHS via MASH.
{FCAi}"""),
    T("cy", "d", "caf", """
Asesiad risg gyda'r fam - {Dcy}
Honiadau: rheolaeth drwy orfodaeth, negeseuon bygythiol.
Cwestiynau DASH: 9 wedi'u ticio. Lefel risg: canolig.
Cynllun: trosglwyddo'r plant yn {CC} yn unig.
{FCA}"""),
    T("cy", "e", "caf", """
At: Drws Ffrynt, {LAcy}
Atgyfeiriad amddiffyn plant gan YTLl CAFCASS Cymru ynglŷn â'r plentyn, {C}. Dywedodd {C} heddiw fod partner {eifam} wedi {eidaro}. Cadarnhewch eich bod wedi ei dderbyn."""),
]

# safeguarding-letter (reporting-to-court). The Cafcass letter to court before the FHDRA (in Wales
# the Safeguarding Enquiries Report, SER): results of police and LA checks, telephone conversations
# with each party, safety issues, and recommendations for the first hearing.
K["safeguarding-letter"] = [
    T("en", "a", "caf", """
...police checks: {F} - one caution {OLDYEAR} (common assault). Domestic incidents recorded at the address x2.
Local authority: not known.
Conversations with parties: M raised concerns about F's drinking; F denies.
Recommendations: the court may wish to consider a s7 report focusing on risk."""),
    T("en", "a", "caf", """
To {J}, {CT}
Re {C} ({Cage}) - FHDRA {D2}
Cafcass has completed safeguarding checks. No safeguarding issues identified by police or LA. Both parties spoke to the duty FCA. Agreement appears possible; Cafcass does not currently recommend further work."""),
    T("en", "a", "caf", """
Summary of enquiries
Police: nothing recorded.  LA: CIN {OLDYEAR}, closed.
M: wants F to have day contact, worried about new partner.
F: seeks overnights.
Cafcass view: a DBS/police check on F's partner would assist. Contact in the interim at the discretion of M.
Duty FCA {FCA}"""),
    T("en", "a", "caf", """
Page 3 of 4
c) The court should be aware that M disclosed during the call that she had been hit during the relationship. She did not want this shared but was told Cafcass must inform the court.
4. Recommendations
4.1 A fact-finding hearing may be required...
"""),
    T("en", "a", "caf", """
Private law - letter ahead of first hearing
Checks sent {D}, returned {D2}. PNC shows 4 convictions for F incl. battery (partner) {OLDYEAR}. M could not be contacted (3 attempts, voicemail). Given the above Cafcass recommends no unsupervised contact pending further enquiry."""),
    T("en", "a", "caf", """
...Cafcass would advise against the proposed consent order until the issues noted at paragraph 6 are resolved. The parties have been informed of the content of this letter save for the police information, which is a matter for the court.
{FCA}
Family Court Adviser"""),
    T("en", "d", "caf", """
SL {CN}
Checks: police nil, LA nil.
Parties: both spoken to {D}; both want shared care, dispute is over school choice.
No safeguarding concerns. Recommend mediation/SPIP; no Cafcass report."""),
    T("cy", "a", "caf", """
Adroddiad Ymholiadau Diogelu
Gwiriadau'r heddlu: dim byd wedi'i gofnodi ar gyfer y naill barti na'r llall.
Yr awdurdod lleol: nid yw'r teulu'n hysbys.
Sgyrsiau â'r partïon: mae'r ddau yn cytuno y dylai {C} weld {eidad}.
Argymhelliad: dim gwaith pellach gan CAFCASS Cymru."""),
    T("cy", "a", "caf", """
...mae'r fam yn honni bod y tad wedi ei bygwth. Mae'r heddlu wedi cofnodi dau ddigwyddiad yn {OLDYEAR}.
Argymhellion: dylai'r llys ystyried adroddiad adran 7 ynghylch risg. Cyswllt wedi'i oruchwylio yn y cyfamser.
{FCA}, YTLl"""),
]

# section-7-report (reporting-to-court). The s7 welfare report: background, enquiries made, the
# child's wishes and feelings, each parent's position, the welfare checklist s1(3), risk, analysis
# and recommendation. Usually arrives as a page or two.
K["section-7-report"] = [
    T("en", "a", "caf", """
(a) the ascertainable wishes and feelings of the child
{C} told me "I want to see dad at weekends but not sleep there yet." {He} was clear and consistent across both visits. Given {his} age ({Cage}) I give {his} views considerable weight.
(b) physical, emotional and educational needs..."""),
    T("en", "a", "caf", """
Recommendation
1. {C} to live with M.
2. {C} to spend time with F alternate Saturdays 10-4, progressing to overnights after 3 months if going well.
3. No further Cafcass involvement.
{FCA}, Family Court Adviser, {D2}"""),
    T("en", "a", "caf", """
Page {PG} of {PGN}
...the evidence does not support a finding that F poses a risk of physical harm. However the ongoing conflict at handovers is harmful to {C}. I have used the Child Impact Assessment Framework harmful conflict guidance...
Analysis"""),
    T("en", "a", "caf", """
Enquiries undertaken:
- HV to M {D}, F {D2}
- {C} seen at school alone
- police & LA checks updated
- GP and school information
Documents read: C100, C1A, SL, position statements"""),
    T("en", "a", "caf", """
Report under s7 Children Act 1989
Children: {C} ({Cage}), {C2} ({C2age})
Court: {CT}   Case no: {CN}
Author: {FCA}, FCA
Date filed: {D2}
1. Introduction"""),
    T("en", "a", "caf", """
...of the welfare checklist, the likely effect of any change is significant: {C} has lived with M all {his} life and is settled at {SCH}. I do not support a change of residence.
(e) any harm which the child has suffered or is at risk of suffering"""),
    T("en", "d", "caf", """
W&F: {C} drew {his} 3 houses - worries house had "shouting at handover". Dreams house: "both mums and dads at my party". 
Risk: DA allegations unproven, no FFH.
Rec: indirect contact 3 months then review; s16 FAO 6 months."""),
    T("cy", "a", "caf", """
(a) dymuniadau a theimladau'r plentyn y gellir eu canfod
Dywedodd {C} wrthyf: "Dw i eisiau mynd at dad ar ddydd Sadwrn ond dim aros dros nos eto." Roedd {efo} yn glir ac yn gyson. Rwy'n rhoi pwys sylweddol ar {eifarn}."""),
    T("cy", "a", "caf", """
Argymhelliad
1. {C} i fyw gyda'r fam.
2. {C} i dreulio amser gyda'r tad bob yn ail ddydd Sadwrn, 10-4.
3. Dim rhagor o ymwneud gan CAFCASS Cymru.
{FCA}, Ymarferydd Llys Teulu, {D2cy}"""),
]

# guardian-analysis (reporting-to-court). Public law: the children's guardian's initial analysis
# (for the CMH) or final analysis and recommendations: threshold, the LA care plan, realistic
# options (Re B-S), placement, contact, timetable for the child, views of the child.
K["guardian-analysis"] = [
    T("en", "a", "caf", """
CG initial analysis - CMH {D2}
I support the ICO on the basis of the LA's evidence of neglect. The children should remain with foster carers. I support a parenting assessment of M and a viability of PGM {G}. Contact: 3x week supervised.
{FCA}, Children's Guardian"""),
    T("en", "a", "caf", """
Realistic options
Option 1: return to M under SO - not supported, M has not engaged with drug testing.
Option 2: SGO to PGPs - positive ISW; supported.
Option 3: placement order - disproportionate given option 2."""),
    T("en", "a", "caf", """
...I agree that threshold is crossed. The care plan for {C} is long-term fostering with {his} current carers. I have some concerns that sibling contact with {C2} is set at only 4x yearly and I invite the court to...
Final analysis and recommendations
Page {PG}"""),
    T("en", "a", "caf", """
Timetable for the child: {C} is {Cage}. Delay beyond 26 weeks is not in {his} interests. I support the IRH being listed on {D2} and oppose the mother's application for a further psychological assessment."""),
    T("en", "d", "caf", """
IA - {CASE} {CN}
- threshold: likely met (DA + neglect)
- ICO: support, removal not yet proportionate for {C2}
- assessments: PAMS for F, cognitive for M
- seen both children {D}
CG {FCA}"""),
    T("en", "a", "caf", """
The children's views: {C} says {he} misses mum "every day" and wants to go home. {C2} is too young to express a view but is thriving in placement. I have weighed {C}'s wishes against the risk of further neglect..."""),
    T("en", "a", "caf", """
Recommendations of the Guardian
a) Care order to {LA}
b) Placement with connected carers approved
c) Contact with parents monthly, supervised
d) Judge to consider s34(4) application not appropriate at this time"""),
    T("cy", "a", "caf", """
Dadansoddiad cychwynnol y gwarcheidwad - CMH {D2cy}
Rwy'n cefnogi'r gorchymyn gofal interim. Dylai'r plant aros gyda'u gofalwyr maeth. Rwy'n cefnogi asesiad o'r fam ac asesiad hyfywedd o'r nain.
{FCA}, Gwarcheidwad Plant"""),
    T("cy", "a", "caf", """
Opsiynau realistig
1. Dychwelyd at y fam - nid wyf yn cefnogi hyn.
2. Gorchymyn gwarcheidiaeth arbennig i'r nain a'r taid - cefnogi.
3. Gorchymyn lleoli - anghymesur.
Barn y plentyn: mae {C} eisiau aros gyda'i nain."""),
]

# letter-to-court (reporting-to-court). Correspondence to the court by the allocated practitioner in
# place of a report: progress letters during a Family Assistance Order, the closing FAO letter, a
# short update with the child's wishes where no full report is needed.
K["letter-to-court"] = [
    T("en", "a", "caf", """
Dear {J}
FAO - progress
Since the order of {D} I have met the family 4 times. Contact is now taking place weekly and handovers are calm. {C} reports enjoying time with F. I will write again at the end of the order.
{FCA}, FCA"""),
    T("en", "a", "caf", """
To the court - {CN}
The Family Assistance Order made on {D} ends on {D2}. The parents have agreed a holiday arrangement and communicate via app. I do not consider that further Cafcass involvement is required. For placing on the court file."""),
    T("en", "a", "caf", """
Dear District Judge,
As directed, I have spoken with {C} about {his} wishes. {He} would like to remain living with M and see F every other weekend. I have no safeguarding concerns to add. A full report is not in my view necessary.
Yours sincerely, {FCA}"""),
    T("en", "a", "caf", """
...during the FAO the father failed to attend three of six sessions. I have offered further dates. The mother has complied. I would respectfully ask the court to note this. I will file a final update in {D2}.
Family Court Adviser"""),
    T("en", "a", "caf", """
Re: {C} - update as directed by para 5 of the order of {D}
The indirect contact (letters monthly via Cafcass) has started. Two letters passed on. {C} chose to reply once. No concerns. No further report recommended."""),
    T("en", "a", "caf", """
FAO - closing letter
Court: {CT}   Order date {D}
Work done: joint sessions x3, SPIP completed by both, contact plan drawn up.
Outcome: arrangements working. Cafcass involvement ends today."""),
    T("en", "d", "caf", """
Dear {J}... [draft - do not send] - update to court: wishes of {C} re holidays. {He} wants 1 week at F's in summer. Sent {D2}."""),
    T("cy", "a", "caf", """
Annwyl Farnwr Rhanbarth,
Gorchymyn Cymorth i Deuluoedd - diweddariad
Ers y gorchymyn ar {Dcy} rwyf wedi cwrdd â'r teulu bedair gwaith. Mae'r cyswllt yn digwydd bob wythnos. Byddaf yn ysgrifennu eto ar ddiwedd y gorchymyn.
{FCA}"""),
    T("cy", "a", "caf", """
At y llys - {CN}
Mae'r GCD a wnaed ar {Dcy} yn dod i ben ar {D2cy}. Mae'r rhieni wedi cytuno ar drefniadau gwyliau. Nid wyf o'r farn bod angen rhagor o ymwneud gan CAFCASS Cymru. I'w roi ar ffeil y llys."""),
]

# addendum-report (reporting-to-court). A further report after the main s7 report or guardian's
# analysis, directed to deal with a new issue: a move, a new partner, the outcome of a fact-finding,
# a progress period, the child's updated wishes.
K["addendum-report"] = [
    T("en", "a", "caf", """
Further to my report dated {D}, the court directed at the DRA that I update on the progress of contact and {C}'s views on overnights.
Since then contact has happened 6 times. {C} stayed one night on {D2} and said it was "fine but I missed my bed"."""),
    T("en", "a", "caf", """
Addendum - {CN}
Purpose: to consider the findings made on {D} (F found to have pushed M, 2021) and their impact on my recommendation.
Updated recommendation: contact remains supervised at {CC} for 3 months, with F to complete DAPP."""),
    T("en", "a", "caf", """
...in my first report I recommended a shared care arrangement. The mother's proposed move to Cornwall changes the picture significantly and I now set out the options.
2. Enquiries since my last report"""),
    T("en", "a", "caf", """
Supplementary report of the Children's Guardian
Further to my final analysis of {D}, the PGM's ISW assessment has been received (positive). I now support an SGO to {G}."""),
    T("en", "d", "caf", """
update rpt (2nd) - {C}
- new info: M's partner {P} moved in {D}; LA check on him = no trace; PNC = theft only
- seen {C} {D2}: likes {P}, "he does my dinners"
- rec unchanged"""),
    T("en", "a", "caf", """
Page 2 of 5
...I have not repeated the background, which is at section 2 of my earlier report. This report should be read alongside it.
3. The child's current wishes
{C} continues to say {he} wants more time with F..."""),
    T("en", "a", "caf", """
Short further report as directed 
Issue: school choice only
Both parents visited both schools. {C} prefers {SCH} because friends go there. I recommend {SCH}."""),
    T("cy", "a", "caf", """
Yn dilyn fy adroddiad dyddiedig {Dcy}, cyfarwyddodd y llys fy mod yn rhoi diweddariad ar y cyswllt ac ar {eifarn} ynghylch aros dros nos.
Ers hynny mae'r cyswllt wedi digwydd chwe gwaith. Mae {C} wedi aros un noson ac roedd yn hapus."""),
    T("cy", "a", "caf", """
Adroddiad pellach - {CN}
Diben: ystyried canfyddiadau'r llys ar {Dcy}.
Argymhelliad diwygiedig: cyswllt wedi'i oruchwylio am dri mis, gyda'r tad i gwblhau rhaglen cam-drin domestig."""),
]

# letter-from-child (direct-work). A child's own letter or note to the FCA, guardian or judge,
# handwritten and scanned, or typed by a parent and e-mailed: what they want, who they miss,
# worries; spelling as a child writes.
K["letter-from-child"] = [
    T("en", "s", "", """
Dear judge
I want to live with my mum and see my dad on saturdays. I dont want to go to his house at nite because of {Pf}. pleese dont tell dad I rote this.
from {C} age {Cage}"""),
    T("en", "s", "", """
to {FCAf}
thank you for lisening to me. I miss my dad and my nana. can I see them at christmas. my dog is called biscuit.
{C} xx"""),
    T("en", "e", "parent", """
{C} asked me to send you this, {he} typed it {him}self:
"hi its {C}. i want to stay at dads more than one nite because mum shouts. i like my new room. please dont say to mum"
- {Ff}"""),
    T("en", "s", "", """
Things I want the judge to know
1. I am {Cage}
2. I like my school
3. I want to see my brother {C2} more
4. I am scared when they argue at the door
{C}"""),
    T("en", "s", "", """
Dear Mrs {FCAf}
Im sorry I didnt talk much when you came. I was shy. I want to see dad but only in the day. Can you come again.
love {C}"""),
    T("en", "s", "", """
Dear Sir,
I am {C} and I am {Cage}. I would like to live with my dad because I feel happier there and my step mum helps with homework. My mum is ok but we fight a lot. I hope you read this.
Yours sincerly {C}"""),
    T("en", "e", "parent", """
Message from {C} (written on my phone): "Dear judge, pls let me go on holiday with mummy to poland to see babcia. i will come back. {C}" """),
    T("en", "s", "", """
To the lady from cafcass,
I dont want to go to contact anymore. Its boring and he just looks at his phone. I want to do football on saturdays.
{C}"""),
    T("cy", "s", "", """
Annwyl barnwr
Dw i eisiau byw gyda mam a gweld dad ar ddydd Sadwrn. Dw i ddim eisiau aros yn nhŷ dad dros nos. Plis peidiwch dweud wrth dad.
{C} oed {Cage}"""),
    T("cy", "s", "", """
i {FCAf}
diolch am wrando arna i. dw i'n colli nain a taid. ga i eu gweld nhw dros y Nadolig? mae gen i gi o'r enw Mot.
{C} xx"""),
]

# child-drawing (direct-work). A child's drawing, which OCR reduces to its captions and labels:
# family pictures, houses, "me and dad", faces, names; sometimes the FCA's note of what the child
# said it shows.
K["child-drawing"] = [
    T("en", "s", "", """
me    mum    {C2}    biscuit
MY HOUSE
:)"""),
    T("en", "s", "", """
dads house        mums house
  :(                 :)
{C}"""),
    T("en", "s", "", """
{C} drew this during my visit {D}. {He} said it shows dad's flat and "the sad man" (F's lodger).
[drawing: two figures, a house, rain]
{FCAi}"""),
    T("en", "s", "", """
THIS IS ME AT THE PARK WITH DAD
sun
  tree        ice cream"""),
    T("en", "s", "", """
my family
mum  nana  me  {C2}  fluffy
(dad)"""),
    T("en", "e", "parent", """
{C} did this picture at home and wanted you to have it. x
[image: rainbow, "to {FCAf} from {C}", hearts]"""),
    T("en", "s", "", """
I ♥ MY DADDY
I ♥ MY MUMMY
{C} {Cage}"""),
    T("en", "s", "", """
scary    the door    SHOUTING
me hiding
(drawn by {C} at school session, {D})"""),
    T("cy", "s", "", """
fi    mam    {C2}    Mot
TŶ NI
:)"""),
    T("cy", "s", "", """
tŷ dad        tŷ mam
 :(             :)
{C}
(llun gan {C} yn ystod ymweliad {Dcy})"""),
]

# direct-work-record (direct-work). The record of a session of direct work with the child: the
# tools used (three houses, wishes and feelings cards, ecomap, scaling, "my day"), what the child
# said and did, the practitioner's observations and reflections.
K["direct-work-record"] = [
    T("en", "d", "caf", """
Session w/ {C} @ school, {D}, 40 mins
Tool: 3 houses
Worries: "mum and dad shouting at handover", "dad forgets to pick me up"
Good things: "swimming with dad", "mum's spag bol"
Dreams: "everyone at my birthday"
{C} engaged well, chose to show drawing to M."""),
    T("en", "d", "caf", """
W&F cards - {C} ({Cage})
Sorted into: happy / sad / not sure
Happy: my room at mum's, my cat, football
Sad: not seeing nana
Not sure: staying over at dad's
Obs: hesitated over dad cards, looked at door."""),
    T("en", "d", "caf", """
Ecomap with {C}, {D2}
Closest: M, {C2}, best friend Amy
Middle: F, nana, teacher Miss Lowe
Far: {P} ("he's ok")
{C} placed F in the middle and then moved him closer."""),
    T("en", "d", "caf", """
Direct work - session 2
"My day at dad's" timeline. {C} described Saturdays: park, McDonalds, Xbox. Said dad "sometimes gets cross when mum texts". Scaling: how safe at dad's 8/10, at mum's 10/10."""),
    T("en", "s", "", """
{C}  {D}
- all about me sheet
- fave: pizza, blue, Minecraft
- "I want to see dad on Sundays"
- sad about moving school
ended with game, ok to go back to class"""),
    T("en", "d", "caf", """
...then asked if the judge would read it. I explained that I would tell the judge what {he} told me but that the judge decides. {C} wrote a short letter (scanned separately). We finished with the feelings thermometer: "a bit worried, 4". Session ended 15:10."""),
    T("en", "d", "caf", """
Seen together: {C} and {C2} at foster placement, {D}
Tool: "bubbles" worksheet (who is important)
{C}: mum, nanny, carer Sue. {C2} copied {C}.
Both asked "when can we go home". Explained the court process in simple words."""),
    T("cy", "d", "caf", """
Sesiwn gyda {C} yn yr ysgol, {Dcy}, 40 munud
Offeryn: tri thŷ
Poeni: "mam a dad yn gweiddi wrth y drws"
Pethau da: "nofio gyda dad", "bwyd mam"
Breuddwydion: "pawb yn fy mharti pen-blwydd"
Roedd {C} yn siarad yn agored."""),
    T("cy", "d", "caf", """
Cardiau dymuniadau - {C} ({Cage})
Hapus: fy stafell yn nhŷ mam, y gath, pêl-droed
Trist: ddim yn gweld nain
Ddim yn siŵr: aros dros nos yn nhŷ dad
Sylw: {C} yn dawel wrth sôn am {eidad}."""),
]

# child-meets-judge (direct-work). The note of a child meeting the judge (with the FCA or guardian
# present): where and when, who was there, what the judge explained (the judge decides, this is not
# evidence gathering), what the child said, sometimes the judge's letter to the child afterwards.
K["child-meets-judge"] = [
    T("en", "d", "caf", """
{C} met {J} in chambers on {D} at {T2}. Present: judge, {FCA} (FCA), usher briefly.
The judge explained that she decides and that {C}'s views matter but are not the only thing. {C} asked if the judge had a dog. {C} said {he} wants weekends at dad's.
Lasted 15 mins. Shared with parties in court."""),
    T("en", "d", "caf", """
Note agreed by the judge
Child: {C} ({Cage})   Judge: {J}
Purpose: for {C} to meet the person deciding; not to gather evidence.
{C} said: "I just want it to be over." Judge thanked {him}."""),
    T("en", "a", "court", """
Dear {C}
Thank you for coming to see me at court. I enjoyed hearing about your football team. I listened carefully to what you said about seeing your dad. I will decide soon and your Cafcass worker will explain what I decide.
From the judge"""),
    T("en", "d", "caf", """
Meeting w/ judge - {D}
CG + child's sol present. {C} brought a drawing for the judge. Asked "will mum be cross". Judge reassured. {C} said {he} wanted to stay with foster carers till summer. Note to be shared per directions."""),
    T("en", "s", "", """
{C} - judge mtg {D}
room 2, 10 mins
judge: explained her job
C: "can I go home after" / wants more time w/ nan
FCA present throughout  {FCAi}"""),
    T("en", "d", "caf", """
...the judge asked {C} what {he} likes doing with each parent. {C} talked about baking with M and fishing with F. The judge said she could not promise anything. {C} seemed relieved afterwards and asked for a photo of the courtroom."""),
    T("en", "d", "caf", """
Record of meeting - young person and judge
YP: {C}, 14. Asked for the meeting {him}self via FCA.
Judge: {J}. Location: video, {CT}.
Main points: wants to choose when to see F; feels nobody listens. Judge explained order will set a framework."""),
    T("cy", "d", "caf", """
Cyfarfu {C} â'r barnwr ({J}) yn ei siambr ar {Dcy}. Yn bresennol: y barnwr, {FCA} (YTLl).
Esboniodd y barnwr mai hi sy'n penderfynu. Dywedodd {C} {eifod} eisiau penwythnosau yn nhŷ dad. Parhaodd 15 munud."""),
    T("cy", "a", "court", """
Annwyl {C}
Diolch am ddod i fy ngweld yn y llys. Roedd yn braf clywed am dy dîm pêl-droed. Gwrandewais yn ofalus ar yr hyn ddywedaist ti. Bydd dy weithiwr CAFCASS Cymru yn esbonio fy mhenderfyniad.
Gan y barnwr"""),
]

# court-order (court-orders). Orders that decide something: child arrangements orders (lives with /
# spends time with), interim CAOs, prohibited steps and specific issue orders, family assistance
# orders, SGOs, care and interim care orders, placement orders, s91(14) orders, consent orders.
# Often "UPON ... IT IS ORDERED", sometimes a bare extract; Welsh courts issue bilingual orders.
K["court-order"] = [
    T("en", "a", "court", """
IT IS ORDERED THAT:
1. The child {C} shall live with the mother.
2. The child shall spend time with the father every other weekend from Saturday 10am to Sunday 5pm.
3. No order as to costs.
Ordered by {J} on {D}"""),
    T("en", "a", "court", """
UPON the parties agreeing the terms below
AND UPON the court being satisfied that Cafcass safeguarding checks are complete
BY CONSENT IT IS ORDERED that the child arrangements set out in the schedule shall apply. This is a final order."""),
    T("en", "a", "court", """
CAO (interim)
Case {CN}
Pending the next hearing {C} shall spend time with F at {CC}, supervised, 2 hours fortnightly. Dated {D}. {CT}"""),
    T("en", "a", "court", """
The father {F} must not remove {C} from the care of the mother or from {his} school, or instruct anyone else to do so.
This order remains in force until {C} turns 16 or further order.
Warning: breach may be contempt of court."""),
    T("en", "a", "court", """
Family Assistance Order s16 Children Act 1989
Cafcass is to advise, assist and befriend the mother and father for 6 months from {D}. Both parents consent. The FCA may report to the court in writing at any time."""),
    T("en", "a", "court", """
IN THE FAMILY COURT sitting at {CT}
{LA} v {Ms} & {Fs}
INTERIM CARE ORDER
The children {C} and {C2} are placed in the care of {LA} until the end of the proceedings or further order. Made {D}."""),
    T("en", "a", "court", """
...5. The child {C} shall live with the paternal grandmother {G}, who is appointed special guardian.
6. The mother shall have contact 4 times per year as agreed with the special guardian.
7. Leave to change surname refused."""),
    T("en", "a", "court", """
s91(14): No application for an order under s8 may be made by the father without leave of the court for 2 years from today. Reasons given orally. {J}"""),
    T("cy", "a", "court", """
YN Y LLYS TEULU yn eistedd {ynLLE} / IN THE FAMILY COURT sitting at {CT}
GORCHYMYN TREFNIADAU PLANT / CHILD ARRANGEMENTS ORDER
1. Bydd {C} yn byw gyda'r fam. / {C} shall live with the mother.
2. Bydd {C} yn treulio amser gyda'r tad bob yn ail benwythnos. / {C} shall spend time with the father alternate weekends."""),
    T("cy", "a", "court", """
GORCHYMYNNIR:
Rhaid i'r tad beidio â symud {C} o ofal y fam nac o {eiysgol}.
Bydd y gorchymyn hwn yn parhau mewn grym nes bod {C} yn 16 oed.
Gwnaed gan {J}, {Dcy}"""),
]

# directions-order (court-orders). Case management orders and directions: gatekeeping directions,
# orders made at FHDRA/DRA/CMH/IRH that list the next hearing, direct Cafcass to file a s7 report or
# addendum, direct the LA to file a s37 report, set filing dates for statements, fix a fact-finding.
K["directions-order"] = [
    T("en", "a", "court", """
1. Cafcass shall file a report under s7 dealing with the wishes and feelings of {C} and the father's proposals by 4pm on {D2}.
2. The matter is listed for DRA on the first open date after {D2}, time estimate 2 hours.
3. Parties to file statements 14 days before."""),
    T("en", "a", "court", """
Gatekeeping - allocation and directions
Allocated to: lay justices
FHDRA listed {D2} at {T2}
Cafcass to file safeguarding letter by {D}.
Mother to file C1A within 7 days."""),
    T("en", "a", "court", """
UPON the court having concerns about the children's welfare
IT IS DIRECTED that {LA} shall prepare a report under s37 Children Act 1989 by {D2}. The children's guardian is appointed under r16.4. Cafcass to allocate."""),
    T("en", "a", "court", """
CMO - CMH {D}
- ISW assessment of PGPs permitted (Part 25), report by {D2}
- Hair strand testing of M, 6 months, costs LA
- CG's final analysis 7 days before IRH
- IRH listed {D2}"""),
    T("en", "a", "court", """
Fact-finding hearing listed {D2}, 2 days, before {J}.
Scott schedule by the mother within 14 days; response 14 days after.
Police disclosure: {POL} to disclose records of call-outs to {ADDR} 2019-date."""),
    T("en", "a", "court", """
...4. Cafcass officer to file an addendum report addressing the impact of the findings by {D2}.
5. Time for filing the father's statement extended to {D}.
6. Costs reserved."""),
    T("en", "a", "court", """
Order - {CN}
The hearing on {D} is adjourned. Re-list DRA 1 hour, first available. Cafcass officer excused attendance. Cafcass to file s7 report 7 days before."""),
    T("en", "a", "court", """
Directions on paper ({J})
1. Application for extension of time for Cafcass report granted: new date {D2}.
2. DRA vacated and relisted 3 weeks after that date."""),
    T("cy", "a", "court", """
CYFARWYDDIADAU / DIRECTIONS
1. Rhaid i CAFCASS Cymru ffeilio adroddiad adran 7 ar ddymuniadau a theimladau {C} erbyn 4pm ar {D2cy}.
2. Rhestru'r achos ar gyfer gwrandawiad datrys anghydfod (DRA)."""),
    T("cy", "a", "court", """
{CTcy} - {CN}
Cyfarwyddir:
- Y fam i ffeilio datganiad o fewn 14 diwrnod.
- {POLcy} i ddatgelu cofnodion o alwadau i'r cyfeiriad.
- Gwrandawiad canfod ffeithiau, 2 ddiwrnod."""),
]

# application (court-papers). Applications to the court: C100 (s8 orders), C1A (allegations of
# harm and domestic abuse), C2 (applications within proceedings), C110A (care/supervision), C79
# (enforcement), Form A-style supporting forms; half-filled pages, MIAM exemptions.
K["application"] = [
    T("en", "a", "court", """
C100 - Section 2
Type of order(s) applied for: [x] Child arrangements - spend time with  [ ] Prohibited steps  [ ] Specific issue
Children: {C} DOB {Cdob}
Applicant: {F}
MIAM: attended [ ]  exemption claimed [x] - domestic abuse evidence"""),
    T("en", "a", "court", """
C1A
Section B - the abuse
Type: [x] physical [x] emotional [ ] sexual [x] financial
Most recent incident: {D}. Description: he grabbed my arm and threw my phone. Police called.
Do the children need protection: YES"""),
    T("en", "a", "court", """
Form C2
Order sought: permission to file a further statement and for the Cafcass officer to be directed to see {C2}.
Reason: new information since last hearing.
Signed: {FIRM} on behalf of the respondent mother"""),
    T("en", "a", "court", """
Section 4: Why are you making this application?
i havent seen {C} for 8 months. {his} mum blocked me on everything. i just want to see {him} at weekends like before. i have a flat now with a room for {him}.
Section 5 - Urgent? no"""),
    T("en", "a", "la", """
C110A
Applicant: {LA}
Orders sought: Care order / ICO (s31, s38)
Children: {C} ({Cage}), {C2} ({C2age})
Threshold: neglect, exposure to DA
Urgent hearing requested: yes, {D}"""),
    T("en", "a", "court", """
C79 - enforcement
The order dated {D} has not been complied with: the mother has not made {C} available on 4 occasions (dates listed at Annex). I ask the court to make an enforcement order."""),
    T("en", "s", "", """
Applicant details
Name ____{M}____
Address _______________ (confidential - C8 attached)
Solicitor: none
Respondent: {F}
Children ____{C}____ DOB ______
Has there been previous proceedings? Y  {OLDCN}"""),
    T("en", "a", "court", """
...Part 25 - application to instruct an expert
Expert: {EXP}, {EXPROLE}
Questions: attached draft LOI. Cost: £3,200 split equally.
Necessary because: the mother's cognitive functioning is in issue."""),
    T("cy", "a", "court", """
C100 - Adran 2 / Section 2
Math o orchymyn: [x] Trefniadau plant - treulio amser gyda
Plant: {C} DG {Cdob}
Ceisydd: {F}
MIAM: eithriad [x] - tystiolaeth cam-drin domestig"""),
    T("cy", "a", "court", """
Pam ydych chi'n gwneud y cais hwn?
Dw i heb weld {C} ers wyth mis. Mae {eifam} wedi fy mlocio ym mhobman. Dw i eisiau gweld {C} bob penwythnos fel o'r blaen. Mae gen i fflat nawr gydag ystafell {iddo}.
{F}"""),
]

# position-statement (court-papers). A short statement of a party's (or Cafcass's) position for a
# hearing: what is sought, what is agreed, issues for the court, proposed directions. "PS on behalf
# of the M for DRA", counsel's notes, CG's PS for a CMH.
K["position-statement"] = [
    T("en", "a", "firm", """
PS - M - DRA {D2}
1. M seeks lives with order, F to have alt Sats 10-4.
2. M does not agree overnights until F completes DAPP.
3. M accepts the s7 recommendations save para 42.
Counsel for M"""),
    T("en", "a", "firm", """
On behalf of the Respondent father
The father's position: he wants the recommendations of the s7 report implemented in full. He agrees to a handover at school. He asks the court to list a final hearing if the mother will not agree.
{FIRM}, {D}"""),
    T("en", "a", "caf", """
Children's Guardian - for CMH {D2}
- supports ICO continuing
- supports parenting assessment of F; opposes residential assessment
- asks for LA to file updated care plan
- {C} seen {D}, settled in placement
{FCA}"""),
    T("en", "a", "la", """
LA - position for IRH
The LA's final plan is an SGO to maternal aunt. Support plan filed. The LA invites the court to approve contact 6x yearly. Parents' positions: M opposes, F neutral."""),
    T("en", "a", "firm", """
...Issues for the court today: (i) whether the Cafcass officer should be directed to see the elder child; (ii) interim contact; (iii) timetable to final hearing.
Agreed: none.
Proposed directions attached."""),
    T("en", "s", "", """
My position (litigant in person)
I want {C} to live with me. {His} mum moves house all the time and {C} has been at 3 schools. I have a stable job and home. I agree {he} should see {his} mum weekends.
{F}"""),
    T("en", "a", "caf", """
Cafcass - PS for FHDRA
Safeguarding letter filed {D}. Since then: LA check now returned - no trace. Cafcass has no objection to the proposed interim arrangement. Cafcass does not seek further work."""),
    T("en", "a", "firm", """
Applicant M - FFH position
Findings sought: 4 incidents per Scott schedule. M relies on police log + photos. M asks that F's cross-examination be by qualified legal representative (s31G MFPA)."""),
    T("cy", "a", "firm", """
Safbwynt y fam - DRA {D2cy}
1. Mae'r fam yn gofyn am orchymyn i {C} fyw gyda hi.
2. Nid yw'n cytuno i'r plentyn aros dros nos nes bod y tad wedi cwblhau rhaglen.
{FIRM}"""),
    T("cy", "a", "caf", """
Gwarcheidwad Plant - CMH {D2cy}
- yn cefnogi'r gorchymyn gofal interim
- yn cefnogi asesiad rhianta o'r tad
- {C} {wediiweld} ar {Dcy}, yn setlo'n dda
{FCA}"""),
]

# witness-statement (court-papers). Statements of the parties and witnesses ("I, ..., will say"),
# the LA's social work evidence (SWET), exhibits, statement of truth and signature; often a page
# from the middle.
K["witness-statement"] = [
    T("en", "a", "firm", """
I, {M}, of an address known to the court, will say as follows:
1. I am the mother of {C}. I make this statement in support of my application.
2. The father and I separated in {OLDYEAR} after he assaulted me in the kitchen..."""),
    T("en", "a", "firm", """
...14. On {D} he came to the door drunk and demanded to take {C}. I refused and he kicked the door. The police attended (log {REF}).
15. I exhibit at MS/3 copies of the messages he sent me that night.
16."""),
    T("en", "a", "firm", """
Statement of truth
I believe that the facts stated in this statement are true. I understand that proceedings for contempt of court may be brought against anyone who makes a false statement.
Signed ..{F}..  Dated {D2}"""),
    T("en", "a", "la", """
SWET - {C} & {C2}
Section 3: Summary of the LA's concerns
The children have experienced chronic neglect: poor home conditions, missed health appointments, 64% school attendance. M's engagement with the CIN plan was limited.
SW: {SW}, {LA}"""),
    T("en", "a", "firm", """
Statement of {G} (paternal grandmother)
I have cared for {C} most weekends since {he} was born. I am willing to supervise contact between {C} and my son. I do not believe he is a risk when sober and I would not allow him to be drunk around {him}."""),
    T("en", "a", "la", """
Page {PG}
the parenting assessment concluded that M could meet the children's needs only with significant support. I respectfully ask the court to approve the care plan.
I confirm this statement is true to the best of my knowledge.
{SW}, Social Worker"""),
    T("en", "s", "", """
2nd statement of the father
1. I reply to the mother's statement dated {D}.
2. I deny para 6. I never hit her. The police took no action.
3. Para 9 - the text message was a joke and I apologised.
4. I have done a parenting course (certificate attached)"""),
    T("en", "a", "firm", """
Exhibit MK/1 - screenshots of messages {D}
[screenshot 1] "you'll regret this"
[screenshot 2] "I know where you are"
Statement of {M} continues at para 22..."""),
    T("cy", "a", "firm", """
Rwyf i, {M}, o gyfeiriad sy'n hysbys i'r llys, yn dweud fel a ganlyn:
1. Fi yw mam {C}. Rwy'n gwneud y datganiad hwn i gefnogi fy nghais.
2. Gwahanodd y tad a minnau yn {OLDYEAR} ar ôl iddo ymosod arnaf..."""),
    T("cy", "a", "la", """
Tudalen {PG}
...daeth yr asesiad rhianta i'r casgliad y gallai'r fam ddiwallu anghenion y plant gyda chymorth sylweddol yn unig. Gofynnaf yn barchus i'r llys gymeradwyo'r cynllun gofal.
Credaf fod y ffeithiau yn y datganiad hwn yn wir.
{SW}, Gweithiwr Cymdeithasol"""),
]

# previous-cafcass (court-papers). Cafcass information from a previous case copied into this one:
# an earlier s7 report or safeguarding letter with an old case number, CMS retrieval or ECMS
# archive print-outs, old G-drive notes, a note that a previous case exists and what it found.
K["previous-cafcass"] = [
    T("en", "d", "caf", """
Copied from previous case {OLDCN} ({OLDYEAR}) - for info
s7 recommendation then: {C} to live with M, F alt weekends. FCA: Ms R. Tandy. Final order by consent {OLDYEAR}."""),
    T("en", "d", "cafbs", """
CMS retrieval - person search
{F}: linked case {OLDCN}, private law, closed {OLDYEAR}. Stage: WAFH. Reports filed: 1. Shielded: N.
Docs moved from archive to this case {D}."""),
    T("en", "d", "caf", """
[ARCHIVED] Safeguarding letter {OLDYEAR} - {OLDCN}
Police: nothing recorded. LA: not known.
Both parents want shared care. No Cafcass report recommended.
(old case - copied across by BSO {D})"""),
    T("en", "d", "caf", """
Previous involvement - summary for allocated FCA
Case {OLDCN} ({OLDYEAR}): C100 by F, withdrawn after FHDRA. Case {OLDCN}/2: public law, CG appointed, SO made.
Full documents in court papers > previous."""),
    T("en", "d", "caf", """
Page 9 of 17 - report dated {OLDYEAR}
...{C}, then aged 3, was observed to be comfortable with both parents. I recommend that the child spends alternate weekends with F...
Family Court Adviser (former case)"""),
    T("en", "d", "caf", """
G drive - {Fs} 2012 folder - contact log (pre ECMS)
03/04 tel M re dates. 11/04 HV F. 02/05 report filed. 14/06 final hrg, CAO made. case closed.
(imported from legacy G drive)"""),
    T("en", "e", "caf", """
Hi, I found an old Cafcass case for the same family ({OLDCN}). Attached the final s7 and the old SL from ECMS archive, copied to this case's court papers. F's concerns then were the same. {FCAf}"""),
    T("cy", "d", "caf", """
Wedi'i gopïo o achos blaenorol {OLDCN} ({OLDYEAR})
Argymhelliad bryd hynny: {C} i fyw gyda'r fam, amser gyda'r tad bob yn ail benwythnos. Gorchymyn terfynol trwy gydsyniad."""),
    T("cy", "d", "caf", """
[ARCHIF] Adroddiad Ymholiadau Diogelu {OLDYEAR} - {OLDCN}
Heddlu: dim. Cyngor: dim.
Y ddau riant eisiau gofal a rennir.
(hen achos - copïwyd gan Gymorth Busnes {Dcy})"""),
]

# letter-of-instruction (experts-and-agency). A letter (usually joint, drafted by the child's
# solicitor or the LA) instructing an expert under Part 25: background, documents enclosed,
# questions, timescale, fees; also an instruction to a hair strand lab or ISW; the guardian's
# contribution of questions.
K["letter-of-instruction"] = [
    T("en", "a", "sol", """
Dear {EXP}
Re: {C} and {C2}
We write on behalf of all parties, jointly instructing you under Part 25 FPR 2010 to carry out a psychological assessment of the mother.
Your report is due {D2}. Index of documents enclosed."""),
    T("en", "a", "sol", """
Questions for the expert
1. Does M have a learning disability or cognitive impairment?
2. If so, how should professionals communicate with her?
3. Can M meet the children's needs within the child's timescales?
4. What therapy, if any, is recommended and for how long?"""),
    T("en", "a", "la", """
To Trace Labs Ltd
Please carry out hair strand testing (cocaine, cannabis, alcohol EtG/FAEE) on {M}, 6 x 1cm segments. Funding: {LA} 100%. Court order of {D} attached. Results to all parties by {D2}."""),
    T("en", "a", "sol", """
ISW - joint instruction
You are asked to carry out a viability / full SGO assessment of {G}. Please consider: relationship with child, health, capacity to manage contact with M, and support needed. Report by {D2}. Fee cap £2,400."""),
    T("en", "e", "caf", """
{SOL} - CG's questions for the LOI to the psychiatrist:
- impact of M's PD diagnosis on parenting?
- prognosis with DBT?
- risk of relapse if children return?
Please add to draft. Thanks {FCAf}"""),
    T("en", "a", "sol", """
...The expert should not contact the children's school or GP directly without first notifying the instructing solicitor. Any request for further documents should be made to us as lead solicitor.
Timetable: meetings by {D}; report by {D2}.
{SFIRM}"""),
    T("en", "a", "sol", """
Instruction - paediatric opinion
Background: {C2} ({C2age}) presented at A&E on {D} with a spiral fracture of the left femur. Please consider the mechanism of injury and the explanations given by the parents (enclosed at section E)."""),
    T("cy", "a", "sol", """
Annwyl {EXP}
Ysgrifennwn ar ran yr holl bartïon i'ch cyfarwyddo ar y cyd o dan Ran 25 i gynnal asesiad seicolegol o'r fam.
Mae'r adroddiad i fod erbyn {D2cy}. Amgaeir mynegai o'r dogfennau."""),
    T("cy", "a", "sol", """
Cwestiynau i'r arbenigwr
1. A oes gan y fam anabledd dysgu?
2. Sut dylai gweithwyr proffesiynol gyfathrebu â hi?
3. A all hi ddiwallu anghenion y plant o fewn amserlen y plant?"""),
]

# expert-report (experts-and-agency). The expert's report: psychological or psychiatric
# assessment, ISW/SGO assessment, paediatric opinion, hair strand or DNA test results; usually the
# summary page, the opinion or a page from the middle.
K["expert-report"] = [
    T("en", "a", "exp", """
Summary of opinion
M's full scale IQ is in the extremely low range (FSIQ 66). She will need information presented in short simple steps. With PAMS-informed support she may be able to meet {C2}'s basic care needs.
{EXP}, {EXPROLE}"""),
    T("en", "a", "exp", """
Results: Segment 0-1cm (approx. {D}-{D2}): cocaine detected 1.2 ng/mg, benzoylecgonine detected. Segments 2-6: not detected.
Interpretation: consistent with repeated use in the most recent month.
Reporting scientist"""),
    T("en", "a", "exp", """
...In my opinion the father's personality difficulties are longstanding but amenable to treatment. A course of schema therapy of at least 12 months is recommended. The prognosis within the child's timescale is guarded.
Page {PG}"""),
    T("en", "a", "exp", """
ISW conclusion: {G} is assessed as able to meet {C}'s needs to adulthood. Positive. She understands the risks posed by M and will prioritise {C}. Recommend SGO with support plan (financial + therapeutic)."""),
    T("en", "a", "exp", """
Answers to the questions in the letter of instruction
Q1. Yes - M has a mild learning disability.
Q2. Easy read documents; check understanding.
Q3. Not without a high level of support."""),
    T("en", "a", "exp", """
DNA paternity test report
Alleged father: {F}   Child: {C2}
Probability of paternity: 99.99%
Conclusion: the tested man cannot be excluded as the biological father."""),
    T("en", "a", "exp", """
Paediatric overview, {D2}
The fracture is unlikely to have been caused by the fall from the sofa described. In the absence of another explanation, inflicted injury must be considered. Bone health screen normal."""),
    T("cy", "a", "exp", """
Crynodeb o'r farn
Mae gallu gwybyddol y fam yn yr ystod isel iawn. Bydd angen rhoi gwybodaeth iddi mewn camau byr a syml. Gyda chymorth, efallai y gall ddiwallu anghenion sylfaenol {C2}.
{EXP}"""),
    T("cy", "a", "exp", """
Casgliad asesiad gweithiwr cymdeithasol annibynnol: mae {G} yn gallu diwallu anghenion {C} nes bydd yn oedolyn. Cadarnhaol. Argymell GGA gyda chynllun cymorth."""),
]

# provider-report (experts-and-agency). Reports, referral forms and correspondence from services
# Cafcass commissions: contact centre session reports, Child Contact Interventions, SPIP/Planning
# Together for Children attendance, domestic abuse perpetrator programmes (DAPP), WT4C in Wales.
K["provider-report"] = [
    T("en", "a", "prov", """
Session 3 of 6 - {D}
Child: {C}   Parent: F   Supervisor: Kath
F arrived on time. Brought snacks. {C} relaxed, played board games. One comment re M ("mummy's being silly") - redirected. No concerns.
Next session {D2}"""),
    T("en", "a", "prov", """
SPIP attendance confirmation
Participant: {F}   Course date: {D}
Attended: full session
Certificate issued: yes"""),
    T("en", "a", "prov", """
DAPP progress - {F}
Sessions attended 14/24. Engagement: improving, still minimises ("it was only a push"). Partner support worker in contact with M. Next review {D2}."""),
    T("en", "e", "prov", """
Hi {FCAf}, referral received for CCI - {CASE}. First session booked {D2} at {CC}. M has been told, F not yet answering. Will send session notes after each."""),
    T("en", "a", "prov", """
Child Contact Intervention - closing report
Sessions offered 6, attended 5. Contact progressed from supervised to supported. {C} "excited" at each session. Handover conflict reduced. Recommend arrangements continue without supervision."""),
    T("en", "a", "prov", """
Incident during contact {D}
F raised voice at staff when told session ending. {C} became tearful. Session ended 10 mins early. Manager spoke to F afterwards; he apologised. Staff: J. Okoye"""),
    T("en", "d", "caf", """
Referral form - supervised contact
Family: {CASE}   Referrer: {FCA}, Cafcass
Sessions requested: 6, fortnightly, 2hrs
Risk info: DA allegations, no FFH. Do not disclose M's address.
Funding: Cafcass commissioned"""),
    T("en", "a", "prov", """
...{C} asked to leave after 40 minutes because "it's boring". F agreed. Staff observed F on his phone for much of the session. Recommend shorter sessions.
Contact centre coordinator"""),
    T("cy", "a", "prov", """
Sesiwn 2 o 6 - {Dcy}
Plentyn: {C}   Rhiant: tad
Cyrhaeddodd y tad mewn pryd. Chwaraeodd {C} gemau ac roedd yn hapus. Dim pryderon.
Sesiwn nesaf {D2cy}"""),
    T("cy", "a", "prov", """
Gweithio Gyda'n Gilydd er mwyn Plant (WT4C)
Cyfranogwr: {M}
Dyddiad: {Dcy}
Mynychu: sesiwn lawn
Tystysgrif: do"""),
]

# cp-conference-minutes (experts-and-agency). Minutes of initial and review child protection
# conferences: attendees, agencies' reports, the decision (plan or not, category), core group and
# review date. Record class child protection where the minutes say so.
K["cp-conference-minutes"] = [
    T("en", "a", "la", """
ICPC {D}
Present: chair, SW {SW}, HV, school DSL, police PPU, M. F - apologies.
Decision: unanimous - {C} and {C2} to be subject of CP plan, category neglect.
Core group within 10 days. RCPC {D2}."""),
    T("en", "a", "la", """
Review CP conference - {C}
Child protection record. Progress: home conditions improved; M attending drug service; F absent.
Decision: plan to continue, category emotional abuse. Next review 6 months.""", rc="child-protection"),
    T("en", "a", "la", """
...The chair asked each agency for their view. School: concerns remain (attendance 71%). Health: missed immunisations now up to date. Police: two DA call-outs since last conference.
Outcome: plan continues."""),
    T("en", "a", "la", """
Minutes - RCPC {D2}
Decision: child no longer requires a CP plan. Step down to CIN. M's views: relieved. Dissent: police (concerns re F's return to household) - recorded."""),
    T("en", "a", "la", """
Attendees / Apologies
Chair: IRO {SW}
Parents: M (attended with advocate), F (by phone)
Agencies: school, GP (report only), probation
Cafcass: CG {FCA} (observer)
Item 1: reasons for conference"""),
    T("en", "a", "la", """
Conference outcome
Child: {C}   Category: physical abuse
Plan: [x] CP plan  [ ] CIN  [ ] NFA
Reasons: unexplained bruising x2, M's partner {P} known to police.
Record: child protection - s47 completed {D}.""", rc="child-protection"),
    T("en", "d", "la", """
ICPC - {D}
- chair summary: risk from DA + parental substance misuse
- vote: 6 for plan, 0 against
- category: neglect
- actions: SW to complete C&F assessment; HV weekly"""),
    T("cy", "a", "la", """
Cynhadledd Gychwynnol Amddiffyn Plant {Dcy}
Yn bresennol: cadeirydd, GC {SW}, ymwelydd iechyd, yr ysgol, y fam.
Penderfyniad: rhoi {C} ar y gofrestr amddiffyn plant, categori esgeulustod.
Adolygiad: {D2cy}."""),
    T("cy", "a", "la", """
Cofnodion - cynhadledd adolygu
Penderfyniad: nid oes angen cynllun amddiffyn plant ar {C} mwyach. Camu i lawr i gynllun gofal a chymorth. Barn y fam: yn falch."""),
]

# agency-information (experts-and-agency). Other agencies' documents from the child's file: school
# reports and attendance print-outs, GP or health visitor records, CAMHS letters, LA chronologies,
# CIN plans, LAC review minutes, YOT reports, housing letters.
K["agency-information"] = [
    T("en", "a", "school", """
Attendance report - {C}
Autumn term: 87.4%   Unauthorised: 6 sessions   Lates: 11 (mostly Mondays)
Behaviour: 2 incidents (low level)
DSL comments: none"""),
    T("en", "a", "nhs", """
CAMHS - clinic letter
Seen {D} with mother. {C} reports low mood, poor sleep since parents' separation. Not meeting threshold for Tier 3. Signposted to school counsellor. Discharged."""),
    T("en", "a", "la", """
Chronology (LA) - {C}
{OLDYEAR} police notification DA - NFA
{OLDYEAR} school referral - CIN opened
{YEAR} s47 - unsubstantiated
{YEAR} case closed
Prepared by {SW}"""),
    T("en", "a", "la", """
LAC review - {D}
Record class: Looked After Child. Placement: foster care since {D2}. Health assessment up to date. PEP done. Contact with M 2x week. IRO: placement stable.""", rc="looked-after-child"),
    T("en", "a", "nhs", """
HV record extract
{D} - new birth visit {C2}, home cluttered, M tired but engaging
{D2} - 6-8 wk check missed
- DNA x2, letter sent
Health Visitor, {HB}"""),
    T("en", "a", "la", """
CIN plan - review {D}
Outcome 1: {C} attends school 95%+ - partially met
Outcome 2: M engages with Early Help parenting - met
Next review 3 months. SW {SW}"""),
    T("en", "a", "school", """
School report (end of year) - {C}
English: working towards. Maths: expected. {C} is a kind member of the class who sometimes struggles with friendships. Attendance 93%."""),
    T("en", "a", "la", """
Housing Options - letter
{M} has been placed in temporary accommodation at {ADDR} under our homelessness duty. This address must not be disclosed. Case officer: Housing Options."""),
    T("en", "a", "la", """
Adoption support - letter to Cafcass
{C2} was placed for adoption on {D}. Record: Adoption. Adoption order made {D2}. Letterbox contact with birth M once a year via the agency. Please do not share the adopters' details.""", rc="adoption"),
    T("cy", "a", "school", """
Adroddiad presenoldeb - {C}
Tymor yr hydref: 88%   Heb awdurdod: 5 sesiwn   Hwyr: 9 (dydd Llun gan amlaf)
Sylwadau'r person diogelu dynodedig: dim"""),
    T("cy", "a", "nhs", """
Llythyr clinig CAMHS
Gwelwyd {C} ar {Dcy} gyda {eifam}. Hwyliau isel ers i'r rhieni wahanu. Heb gyrraedd y trothwy ar gyfer gwasanaeth arbenigol. Cyfeirio at gwnselydd yr ysgol."""),
]

# legal-advice (legal-advice). Privileged advice to Cafcass: correspondence to and from Cafcass
# Legal (in Wales, Welsh Government legal services for CAFCASS Cymru): questions about disclosure,
# whether to seek directions, attending as a witness, responding to a summons, the advice given.
K["legal-advice"] = [
    T("en", "e", "legal", """
Privileged - not for disclosure
{FCAf}, you are not obliged to disclose your notes of the child's private comments unless the court orders it. If F's solicitors apply, let me know and we'll respond. Happy to talk. Cafcass Legal"""),
    T("en", "e", "caf", """
To Cafcass Legal: F's sol has served a witness summons on me for the FFH {D2}. Do I have to attend? Report already filed. Thanks, {FCA}"""),
    T("en", "e", "legal", """
Advice: the order directs an addendum on a matter outside the s7 remit (finances). Suggest you write to the court asking for the direction to be varied; draft attached. Legal privilege applies."""),
    T("en", "e", "legal", """
Re {CN} - short answer: yes, you can share the police information with the court but not with the parties; the court decides on onward disclosure. Cafcass Lawyer, {AREA}"""),
    T("en", "e", "caf", """
Hi legal team, quick one - M has asked for a copy of my case notes under SAR while proceedings ongoing. Do we withhold until final hearing? {FCAf}"""),
    T("en", "d", "legal", """
LEGALLY PRIVILEGED
Advice note to FCA {FCA}
Issue: whether to recommend a s91(14) order.
Advice: it is open to you to recommend it; set out the history of applications (5 in 3 years) and the impact on {C}."""),
    T("en", "e", "legal", """
Thanks for the call. Confirming: do not send the LADO referral outcome to the parties. Refer them to the LA if they ask. Legal"""),
    T("en", "e", "legal", """
...on the question of the child's solicitor, separate representation (r16.29) is a matter for the solicitor's assessment of competence, not for you. I'd record your disagreement in the case plan. Regards, Cafcass Legal"""),
    T("cy", "e", "legal", """
Cyfrinachol - braint cyfreithiol
{FCAf}, nid oes rhaid i chi ddatgelu eich nodiadau o'r hyn a ddywedodd y plentyn yn breifat oni bai bod y llys yn gorchymyn hynny. Rhowch wybod os bydd cyfreithwyr y tad yn gwneud cais. Gwasanaethau Cyfreithiol"""),
    T("cy", "e", "caf", """
At y tîm cyfreithiol: mae cyfreithiwr y tad wedi cyflwyno gwŷs tyst i mi ar gyfer y gwrandawiad canfod ffeithiau. Oes rhaid i mi fynd? {FCA}"""),
]

# solicitor-correspondence (legal-advice). Public law (tandem model): e-mails and letters between
# the children's guardian and the child's solicitor instructed by the guardian: hearing updates,
# drafts, instructions, attendance notes sent on, what the child said to the solicitor.
K["solicitor-correspondence"] = [
    T("en", "e", "sol", """
{FCAf} - LA have filed the final care plan (attached). Long term fostering, contact 4x yr. Can we speak before you finalise the analysis? I think we'll challenge the contact. {SOL}"""),
    T("en", "e", "caf", """
{SOL}, thanks. Please take instructions: I support the ICO but not separation of the siblings. Can you put that in the PS? CG"""),
    T("en", "e", "sol", """
Attendance note attached from today's CMH. Judge made the ICO, ISW granted. Next hearing {D2}. I'll draft the order and circulate. {SOL}, {SFIRM}"""),
    T("en", "e", "sol", """
Hi, I visited {C} at placement. {He} said clearly {he} wants to go home to mum. At {Cage} {he}'s competent I think - may need to discuss separate representation. Call me? {SOL}"""),
    T("en", "e", "caf", """
Draft analysis attached - can you check the legal framework section before I file Friday? Thanks, {FCA}, Children's Guardian"""),
    T("en", "a", "sol", """
Dear {FCAf}
Re: {CASE} ({CN})
We enclose the LA's threshold document and the parents' responses. Please let us have your instructions on whether threshold is agreed by {D2}.
Yours sincerely
{SOL}, {SFIRM}"""),
    T("en", "e", "sol", """
Advocates' meeting moved to {DAY} 4pm, Teams. Agenda: IRH issues, final care plan, whether F's further assessment application opposed. I'll send the link. {SOL}"""),
    T("cy", "e", "sol", """
{FCAf} - mae'r awdurdod lleol wedi ffeilio'r cynllun gofal terfynol (ynghlwm). Maethu tymor hir, cyswllt pedair gwaith y flwyddyn. Allwn ni siarad cyn i chi orffen eich dadansoddiad? {SOL}"""),
    T("cy", "e", "caf", """
{SOL}, diolch. Cymerwch gyfarwyddiadau os gwelwch yn dda: rwy'n cefnogi'r gorchymyn gofal interim ond nid gwahanu'r brodyr a chwiorydd. Gwarcheidwad"""),
]

# legal-call-note (legal-advice). The practitioner's note of a telephone call or meeting with
# Cafcass Legal, the child's solicitor or another lawyer the practitioner instructed: date, who,
# points discussed, what was advised or agreed.
K["legal-call-note"] = [
    T("en", "d", "caf", """
Tel call w/ {SOL} (child's sol) {D} {T}
- LA care plan: LTF, contact 4x yr
- agreed to push for 6x + sibling contact
- sol to draft PS, CG to approve by Thurs"""),
    T("en", "d", "caf", """
Call with Cafcass Legal {D} - re witness summons
Advised: must attend; prepare by re-reading report; can ask to be released after evidence. Legal to write to court re time estimate."""),
    T("en", "s", "", """
{D}  ph {SOL}
C competent? sol thinks yes
separate rep -> discuss w/ SM
IRH {D2}
{FCAi}"""),
    T("en", "d", "caf", """
Note: Teams meeting with child's solicitor and counsel, {D}, pre-IRH.
Present: CG, {SOL}, counsel Ms Haddad.
Position: support SGO; oppose F's C2 for further assessment. Counsel to draft. Agreed."""),
    T("en", "d", "caf", """
Phone advice - Cafcass Legal, {D2}
Q: can I share F's PNC with M? A: no - court only.
Q: SAR from M mid-proceedings? A: refer to SAR team, exemptions may apply.
Recorded by {FCA}"""),
    T("en", "d", "caf", """
...{SOL} has seen {C}, who wants to give instructions directly. Agreed: the solicitor will assess competence and let me know by Friday. I said I would record my view that {C} is influenced by M. Call ended 15:40."""),
    T("en", "s", "", """
legal - {D}
s7 remit? - legal says stick to the order, write to ct if unclear
do not comment on finances
{FCAi}"""),
    T("cy", "d", "caf", """
Galwad ffôn gyda {SOL} (cyfreithiwr y plentyn) {Dcy}
- cynllun gofal yr awdurdod lleol: maethu tymor hir
- cytuno i ofyn am gyswllt chwe gwaith y flwyddyn
- cyfreithiwr i ddrafftio'r datganiad"""),
    T("cy", "d", "caf", """
Cyngor dros y ffôn gan y tîm cyfreithiol, {D2cy}
C: a gaf i rannu cofnod PNC y tad gyda'r fam? A: na - i'r llys yn unig.
Cofnodwyd gan {FCA}"""),
]

# thank-you-card (further-information). Cards and short notes of thanks from children, parents or
# carers to the practitioner, kept as informal contact.
K["thank-you-card"] = [
    T("en", "s", "", """
To {FCAf}
Thank you for helping us
love {C} and {C2}
xxx"""),
    T("en", "s", "", """
THANK YOU
for listening to {C} when no one else did. We are doing much better now.
{M}"""),
    T("en", "s", "", """
Dear {FCAf},
just a card to say thanks for everything. {C} sees {his} dad every week now and comes back happy. You made a big difference.
Best wishes {Ff}"""),
    T("en", "s", "", """
thank you!!!!
from {C}
(picture of a sunflower)"""),
    T("en", "s", "", """
With thanks
to the lady from court that talked to me
{C} age {Cage}"""),
    T("en", "e", "parent", """
[photo of card attached] {C} made this for you at school, thank you for all your help, we won't forget you. {Mf} x"""),
    T("en", "s", "", """
To all at the Cafcass office
Thank you for your kindness during a very hard year.
From {G} (nan)"""),
    T("en", "s", "", """
Thanks {FCAf} :)
you're the best
{C} + mum"""),
    T("cy", "s", "", """
I {FCAf}
Diolch yn fawr am ein helpu ni
cariad mawr {C} a {C2}
xxx"""),
    T("cy", "s", "", """
DIOLCH
am wrando ar {C} pan nad oedd neb arall yn gwrando. Rydyn ni'n llawer gwell nawr.
{M}"""),
]

# informal-contact (further-information). Other informal contact not part of the work: a parent's
# friendly update after the case, a child's postcard, holiday photos, a Christmas card, a voicemail
# "just to say we're getting on fine", a grandparent's news; nothing that asks anything of the case.
K["informal-contact"] = [
    T("en", "e", "parent", """
Hi {FCAf}, hope you're well. Just wanted to let you know {C} started secondary school and loves it. Contact with {Ff} is going fine. Hope you have a good summer. {Mf}"""),
    T("en", "s", "", """
Greetings from Tenby!
Having a great time with dad. We went on a boat and saw seals.
from {C}"""),
    T("en", "d", "cafbs", """
Voicemail (typed by BSO) {D} {T}
"Hi it's {Ff}, {C}'s dad, case is finished I know, just ringing to say we're all getting on fine now. No need to call back. Cheers." """),
    T("en", "s", "", """
Merry Christmas
to {FCAf} and the team
from {C}, {C2} and mum"""),
    T("en", "e", "parent", """
hiya, sorry to bother you, {C} wanted me to send you a pic of {his} football trophy!! {he} asked about you the other day. all good here x"""),
    T("en", "s", "", """
Dear {FCAf}
I got my GCSE results - 6 passes! I wanted you to know because you said I could do it.
{C}"""),
    T("en", "e", "parent", """
Just an update - we moved house and everything's calmer. Not asking for anything, just thought you'd like to know. {G}"""),
    T("en", "s", "", """
postcard - "Wish you were here"
{FCAf}, we are in Spain with nan. {C2} lost a tooth. see you never ha ha (joke)
{C}"""),
    T("cy", "e", "parent", """
Helo {FCAf}, gobeithio eich bod yn iawn. Jest i ddweud bod {C} wedi dechrau yn yr ysgol uwchradd ac wrth {ei_bodd}. Mae popeth yn mynd yn iawn gyda {Ff}. Haf da! {Mf}"""),
    T("cy", "s", "", """
Cyfarchion o Aberdaron!
Rydyn ni'n cael amser gwych gyda dad. Aethon ni ar gwch a gweld morloi.
{C}"""),
]

# court-bundle (court-bundle). Electronic court bundle material not kept in the case file: the
# index, section dividers, paginated pages (A1, B23, C84, E112), preliminary documents, copies of
# documents already filed elsewhere; page references run across the top or bottom.
K["court-bundle"] = [
    T("en", "a", "court", """
INDEX
A  Preliminary documents                      A1-A14
B  Applications and orders                    B1-B42
C  Statements                                 C1-C96
D  Cafcass / Children's Guardian              D1-D38
E  Experts                                    E1-E71
F  Other documents                            F1-F23"""),
    T("en", "a", "firm", """
C84
...she told me she was frightened to go home. I took her to the nurse.
16. On the following day the mother came to school and said that...
C85"""),
    T("en", "a", "court", """
Section B - Orders
B1  C100  {D}
B9  C1A  {D}
B13 Gatekeeping order  {D}
B15 Order FHDRA  {D2}
B19 Order DRA"""),
    T("en", "a", "firm", """
A12
Case summary (agreed)
Children: {C} ({Cage}), {C2} ({C2age}). Hearing: IRH {D2}. Time estimate: 2 hrs.
Issues: placement, contact. Reading list: A1-A20, D1-D38.
A13"""),
    T("en", "a", "firm", """
Supplemental bundle - pages S1-S27
S1 Updated chronology
S9 Position statement M
S14 Hair strand results
S21 Email correspondence {D}"""),
    T("en", "a", "firm", """
E112
... in my opinion the mother's account was inconsistent.
Page E112 of E140   {CASE}   {CN}"""),
    T("en", "a", "court", """
PDF bundle - {CN} - FFH {D2}
Bookmarks: Index | Preliminary | Applications | Orders | Statements (C) | Police disclosure (G) | Cafcass (D)
Total pages: 412"""),
    T("en", "a", "firm", """
D23
My report is also informed by the school's attendance records (see F4) and...
D24"""),
    T("cy", "a", "court", """
MYNEGAI / INDEX
A  Dogfennau rhagarweiniol / Preliminary        A1-A10
B  Ceisiadau a gorchmynion / Applications & orders   B1-B30
C  Datganiadau / Statements                    C1-C60
D  CAFCASS Cymru                                D1-D22"""),
    T("cy", "a", "firm", """
C41
...dywedodd wrthyf ei bod yn ofni mynd adref. Es â hi at y nyrs.
17. Y diwrnod wedyn daeth y fam i'r ysgol...
C42"""),
]

# pnc-disclosure (police-information). The Police National Computer record (or its print-out) for
# a named adult: convictions, cautions, reprimands, warnings, PNC ID, dates and disposals;
# "no PNC record" where there is none.
K["pnc-disclosure"] = [
    T("en", "a", "police", """
PNC ID: {PNCID}   Name: {F}
Convictions: 3 (5 offences)
{OLDYEAR} Battery - Community order 12m
{OLDYEAR} Criminal damage - fine £200
2016 Possession class B - conditional discharge
Cautions: 1 (2014 common assault)"""),
    T("en", "a", "police", """
Subject: {P}  DOB: --/--/1989
Summary of convictions:
- 2018 ABH (domestic) - 18m custody
- 2021 breach of non-molestation order - 8 weeks susp.
Warning signals: violent, weapons"""),
    T("en", "e", "police", """
PNC check completed for {M} and {F}. {M} - no record. {F} - 1 conviction, drink driving {OLDYEAR}, disqualified 18 months. Nothing further."""),
    T("en", "a", "police", """
PRINT OF PNC RECORD
Surname: {Fs}   Forenames: {Ff}
Offences: Theft (shoplifting) x4, Assault PC x1
Last disposal: {D} - 6 weeks imprisonment
Page 1 of 2"""),
    T("en", "a", "police", """
Reprimands/Warnings/Cautions
{OLDYEAR}  Youth caution - criminal damage
Convictions: nil
Impending prosecutions: 1 - harassment, next appearance {D2}, magistrates"""),
    T("en", "e", "police", """
Re PNC request - {P}: no trace on PNC on the details supplied (name + DOB). Please resubmit with previous address if you have it. Disclosure Unit"""),
    T("en", "a", "police", """
...Conviction date {D}: Assault by beating (s39 CJA 1988) - victim: ex partner. Sentence: 24m community order, rehabilitation activity requirement, restraining order 2 yrs.
End of record"""),
    T("en", "a", "police", """
PNC - {F}
[x] Convictions  [ ] Cautions  [ ] Wanted/missing  [x] Warning markers (drugs)
Details overleaf"""),
    T("cy", "a", "police", """
Cofnod PNC: {F}   Rhif PNC: {PNCID}
Euogfarnau: 2 (3 trosedd)
{OLDYEAR} Ymosod drwy guro - gorchymyn cymunedol
2019 Difrod troseddol - dirwy
Rhybuddion: dim"""),
    T("cy", "e", "police", """
Gwiriad PNC wedi'i gwblhau ar gyfer {M} a {F}. {M} - dim cofnod. {F} - un euogfarn, gyrru dan ddylanwad alcohol yn {OLDYEAR}. Dim byd pellach."""),
]

# police-callouts (police-information). A log of police attendances or calls to an address or
# involving the parties (STORM/CAD/Niche occurrences, DA incident summaries, DASH level,
# outcome), sometimes directed for a fact-finding.
K["police-callouts"] = [
    T("en", "a", "police", """
Incidents linked to {ADDR}
{D}  22:14  DA - verbal argument, F left before police arrival. DASH: standard. NFA
{D2}  01:30  Concern for welfare - M. Attended, no offences.
{YEAR}-03-02  Breach of peace - F arrested, released NFA"""),
    T("en", "a", "police", """
Occurrence {REF}
Type: Domestic incident   Risk: MEDIUM
Summary: caller (M) reports ex-partner at door shouting, child present (aged {Cage}). Officers attended 12 mins. Male gone. Words of advice. Referral to MASH submitted."""),
    T("en", "e", "police", """
As requested, there are 5 call-outs involving the parties since {OLDYEAR}. Summary table attached. 2 recorded as crimes (criminal damage, common assault) - both NFA, victim withdrew. Children present on 3."""),
    T("en", "a", "police", """
STORM log extract
{D} 19:02 call from neighbour: screaming heard, 1st floor flat
19:05 units allocated
19:21 on scene, F and M arguing, M injury to lip
19:40 F arrested s39
Log closed 23:10"""),
    T("en", "a", "police", """
Date | Time | Nature | Outcome
{D} | 23:40 | DA verbal | advice given
{D2} | 18:10 | Child missing (returned) | closed
{D2} | 21:55 | Threats by text | crime recorded, NFA"""),
    T("en", "a", "police", """
...officers attended and spoke to both parties separately. The child {C} was asleep upstairs and was checked. M declined to provide a statement. DASH completed - 9 ticks, medium risk. PPN submitted.
Next incident:"""),
    T("en", "a", "police", """
Calls to address - disclosure for FFH (order {D})
Total incidents: 7 ({OLDYEAR}-{YEAR})
DA related: 5   Highest risk grading: high ({OLDYEAR}, MARAC)
Full logs redacted for third parties, see schedule"""),
    T("en", "a", "police", """
{D} 02:14 - M rang 999, F "won't leave". Open line - shouting heard. Units attended. F left on request. No complaint. Children (2) present, in bed."""),
    T("cy", "a", "police", """
Digwyddiadau yn {ADDR}
{Dcy} 22:14 Cam-drin domestig - dadl, y tad wedi gadael cyn i'r heddlu gyrraedd. Risg: safonol. Dim camau pellach.
{D2cy} 01:30 Pryder am les y fam. Dim troseddau."""),
    T("cy", "a", "police", """
Digwyddiad {REF}
Math: digwyddiad domestig   Risg: CANOLIG
Crynodeb: y fam yn ffonio, cyn-bartner wrth y drws yn gweiddi, plentyn yn bresennol. Swyddogion wedi mynychu. Cyfeirio at y MASH."""),
]

# police-check (police-information). The police reply to the Cafcass safeguarding check on the
# parties and household: no trace, or a summary of what is known (DA history, MARAC, intelligence,
# warning markers), sometimes with the PNC attached separately; forms with only the outcome filled.
K["police-check"] = [
    T("en", "e", "police", """
No trace on our systems for the named adults. Regards, Cafcass Checks Team, {POL}"""),
    T("en", "e", "police", """
Re {CN}: {F} is known - 3 DA incidents as suspect ({OLDYEAR}-{YEAR}), heard at MARAC {OLDYEAR}. {M} known as victim. No trace on {P}. PNC to follow under separate cover."""),
    T("en", "a", "police", """
Police safeguarding response - private law
Subject 1 {M}: no trace
Subject 2 {F}: trace - see summary
Children: no trace
Summary: one intelligence report {OLDYEAR} re cannabis supply, not substantiated.
Checked by: PS {REF}"""),
    T("en", "a", "police", """
Cafcass request rec'd {D}
Result:  [ ] Nil  [x] Information held
Adults:  {F}, {P}
Info: domestic incident {D2} (verbal), risk standard. No convictions.
Returned {D2}"""),
    T("en", "e", "police", """
Apologies for the delay. Checks done on all persons listed: nothing recorded on PND or local systems. PVP Hub"""),
    T("en", "e", "police", """
Hi, the mother has a current non-molestation order against {F} (made {D}, 12 months). Also a restraining order 2021. Please let us know if contact is being ordered. Public Protection Unit"""),
    T("en", "a", "police", """
...local intelligence: associates of {P} linked to county lines activity. Information graded C/3. Not for disclosure to the parties.
End of response"""),
    T("en", "e", "police", """
Our ref {REF}. Named adults not known. Address {ADDR} - 1 call {OLDYEAR} (noise complaint). Nothing of safeguarding concern."""),
    T("cy", "e", "police", """
Dim cofnod ar ein systemau ar gyfer yr oedolion a enwyd. Cofion, Tîm Gwiriadau, {POLcy}"""),
    T("cy", "a", "police", """
Ymateb diogelu'r heddlu - cyfraith breifat
Unigolyn 1 {M}: dim cofnod
Unigolyn 2 {F}: yn hysbys - dau ddigwyddiad domestig {OLDYEAR}, risg safonol
Plant: dim cofnod"""),
]

# None: things that go in no case file.
NULLS = [
    T("en", "e", "caf", """
Thank you for your email. I am out of the office until {D2} with no access to email. For urgent matters please contact the duty desk.""", subj=['Automatic reply: {CN}', 'Automatic reply: RE: {CASE}']),
    T("en", "e", "mailer", """
Delivery has failed to these recipients or groups:
m.oduya@... The email address you entered couldn't be found.
Diagnostic information for administrators: 550 5.1.10 RESOLVER.ADR.RecipientNotFound""", subj=['Undeliverable: RE: {CN}', 'Undeliverable: FW:']),
    T("en", "e", "it", """
Your password will expire in 3 days. To change it press Ctrl+Alt+Del and choose Change a password. IT Service Desk""", subj=['Password expiry notice']),
    T("en", "e", "it", """
PHISHING ALERT: we have had reports of emails claiming to be from "Egress Support" asking you to log in. Do not click. Report to IT. IT Security""", subj=['PHISHING ALERT', 'IT Security: do not click']),
    T("en", "e", "caf", """
Team meeting
When: {DAY} {T2}-12:00
Where: Microsoft Teams meeting
Join: click here to join the meeting
Meeting ID: 341 982 117 044""", subj=['Team meeting', 'Updated invitation: Team meeting']),
    T("en", "e", "caf", """
Lunch order for Friday's training - reply by 11 please: cheese & pickle / tuna / falafel wrap. Crisps included. Thanks!""", subj=['Friday lunch!!', 'lunch order']),
    T("en", "e", "caf", """
Parking: the barrier at the rear car park is broken again. Please use the NCP on Wellington St and claim back. Facilities""", subj=['Car park', 'rear car park']),
    T("en", "s", "", """
- {PG} -"""),
    T("en", "s", "", """
SCANNER TEST PAGE
ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789
Kyocera TASKalfa - calibration"""),
    T("en", "e", "spam", """
Congratulations! You have been selected for a £500 Amazon voucher. Click to claim before midnight. Unsubscribe""", subj=['You have won!', 'Claim your voucher']),
    T("en", "e", "caf", """
Newsletter - this week at Cafcass: new practice guidance published, wellbeing hour Thursday, and a farewell to Jan after 22 years!""", subj=['Newsletter', 'This week at Cafcass']),
    T("en", "e", "caf", """
Mileage claims for March must be in by the 5th. Forms on the intranet. Late claims paid next month. Finance""", subj=['Mileage', 'Expenses deadline']),
    T("en", "e", "caf", """
Fire alarm test Weds 10am. No need to evacuate unless the alarm sounds continuously.""", subj=['Fire alarm test']),
    T("en", "e", "mailer", """
Your message
To: {SW}
Subject: RE: {CN}
was read on {D} {T}.""", subj=['Read: RE: {CN}']),
    T("en", "e", "spam", """
Webinar: "Trauma-informed practice in 60 minutes" - book now, 20% off for public sector teams. Training Direct Ltd""", subj=['Webinar invitation', '20% off training']),
    T("en", "s", "", """
Delivery note
3 x boxes A4 paper, 2 x toner (black)
Received by ______ Date ______"""),
    T("en", "e", "caf", """
Cake sale in the kitchen at 11 for Children in Need. Bring cash!""", subj=['CAKE', 'Children in Need']),
    T("en", "e", "it", """
Egress: you have a new secure message. Sign in to read. This notification contains no message content.""", subj=['You have received a secure message']),
    T("cy", "e", "caf", """
Diolch am eich neges. Rydw i allan o'r swyddfa tan {D2cy}. / Thank you for your email. I am out of the office until {D2}.""", subj=['Ateb awtomatig / Automatic reply: {CN}']),
    T("cy", "e", "caf", """
Nodyn i'r staff: bydd y swyddfa ar gau ddydd Gwener ar gyfer hyfforddiant. Cofiwch fynd â'ch gliniaduron adref.""", subj=['Swyddfa ar gau dydd Gwener', 'Nodyn i staff']),
    T("cy", "e", "caf", """
Cylchlythyr CAFCASS Cymru: croeso i aelodau newydd y tîm, wythnos iechyd a lles, a dyddiadau hyfforddiant yr hydref.""", subj=['Cylchlythyr', 'Cylchlythyr / Newsletter']),
    T("cy", "e", "it", """
Bydd eich cyfrinair yn dod i ben mewn 3 diwrnod. Desg Gwasanaeth TG / Your password will expire in 3 days.""", subj=['Cyfrinair / Password']),
]

# ---------------------------------------------------------------------------------------------
# Generation
# ---------------------------------------------------------------------------------------------

PUBLIC = {"guardian-analysis", "solicitor-correspondence", "cp-conference-minutes", "letter-of-instruction",
          "expert-report", "legal-call-note"}

# Document names for the conventional file names (000 §4.1), as staff type them.
DOCNAME = {
    "contact-log": ("Contact log", "Log cyswllt"), "wtfh-outcome": ("FHDRA outcome", "Canlyniad FHDRA"),
    "detailed-recording": ("Home visit notes", "Nodiadau ymweliad cartref"),
    "welcome-letter": ("Welcome letter", "Llythyr croeso"), "letter-to-parties": ("Letter to M", "Llythyr at y fam"),
    "letter-from-party": ("Letter from F", "Llythyr gan y tad"), "correspondence": ("Email from court", "E-bost gan y llys"),
    "case-plan": ("Case plan", "Cynllun achos"), "case-plan-review": ("Case plan update", "Diweddariad cynllun"),
    "la-checks": ("LA checks", "Gwiriadau cyngor"), "screening-response": ("MARAC response", "Ymateb MARAC"),
    "safety-assessment": ("DASH", "Asesiad risg"), "safeguarding-letter": ("SL", "SER"),
    "section-7-report": ("s7 report", "Adroddiad a7"), "guardian-analysis": ("CG analysis", "Dadansoddiad y gwarcheidwad"),
    "letter-to-court": ("FAO letter to court", "Llythyr at y llys"), "addendum-report": ("Addendum s7", "Adroddiad atodol"),
    "letter-from-child": ("Letter from C", "Llythyr gan y plentyn"), "child-drawing": ("Drawing", "Llun"),
    "direct-work-record": ("Direct work", "Gwaith uniongyrchol"), "child-meets-judge": ("Judge meeting note", "Nodyn cyfarfod barnwr"),
    "court-order": ("Order", "Gorchymyn"), "directions-order": ("CMO", "Cyfarwyddiadau"),
    "application": ("C100", "C100"), "position-statement": ("PS M", "Datganiad sefyllfa"),
    "witness-statement": ("Statement of M", "Datganiad y fam"), "previous-cafcass": ("Previous s7", "Adroddiad blaenorol"),
    "letter-of-instruction": ("LOI", "Llythyr cyfarwyddo"), "expert-report": ("Psych report", "Adroddiad arbenigol"),
    "provider-report": ("Contact centre report", "Adroddiad canolfan gyswllt"),
    "cp-conference-minutes": ("ICPC minutes", "Cofnodion cynhadledd"), "agency-information": ("School info", "Gwybodaeth ysgol"),
    "legal-advice": ("Legal advice", "Cyngor cyfreithiol"), "solicitor-correspondence": ("Email child's sol", "E-bost cyfreithiwr"),
    "legal-call-note": ("Call with legal", "Nodyn galwad"), "thank-you-card": ("Card", "Cerdyn"),
    "informal-contact": ("Email from M", "E-bost gan y fam"), "court-bundle": ("Bundle", "Bwndel"),
    "pnc-disclosure": ("PNC", "PNC"), "police-callouts": ("Police log", "Log heddlu"),
    "police-check": ("Police checks", "Gwiriadau heddlu"), None: ("misc", "amrywiol"),
}

SUBJ = {
    "correspondence": ["Order - {CN}", "Notice of hearing", "RE: appointment", "Interpreter booking"],
    "la-checks": ["RE: Cafcass checks {CN}", "MASH response", "RE: Request for information"],
    "police-check": ["RE: Cafcass safeguarding check", "Checks {CN}", "OFFICIAL-SENSITIVE"],
    "pnc-disclosure": ["PNC", "OFFICIAL-SENSITIVE: PNC", "RE: PNC request"],
    "police-callouts": ["Disclosure - call-outs", "RE: police logs FFH"],
    "screening-response": ["RE: screening", "MARAC check", "RE: check request"],
    "legal-advice": ["Privileged", "RE: quick question", "Legal advice - {CN}"],
    "solicitor-correspondence": ["RE: {CASE}", "care plan", "attendance note"],
    "letter-from-party": ["pls read", "my son", "URGENT", "complaint"],
    "welcome-letter": ["Your Cafcass case", "Information pack"],
    "court-order": ["Sealed order", "Order {CN}"], "directions-order": ["Order {CN}", "Directions"],
    "section-7-report": ["s7 filed", "Report"], "safeguarding-letter": ["SL", "Letter for FHDRA"],
    "court-bundle": ["Bundle", "e-bundle link", "Supplemental bundle"],
}
NULL_SUBJ = ["Automatic reply: {CN}", "Undeliverable: RE: {CN}", "Read: RE: {CN}", "", "Password expiry",
             "Team meeting", "Friday lunch", "Car park", "Newsletter", "Ateb awtomatig / Automatic reply", "FYI"]
GENERIC_SUBJ = ["", "", "RE: RE: FW:", "as discussed", "{CN}", "FW: {CN}", "RE: {CASE}", "docs", "FW:",
                "RE:", "urgent", "{CASE} {CN}", "attached", "see attached"]
GENERIC_SUBJ_CY = ["", "RE: RE: FW:", "{CN}", "Ymlaen: {CN}", "fel y trafodwyd", "ynghlwm", "RE: {CASE}"]

SCAN_NAMES = ["scan0001.pdf", "scan0{n}.pdf", "SKM_C258{n}14230.pdf", "IMG_2{n}.jpg", "Scan_2025031{d}_1422.pdf",
              "doc004123{n}.pdf", "20250312_19{n}.jpg", "page1.tif", "img{n}.tiff"]
ATT_NAMES = ["ATT00001.pdf", "ATT0000{d}.pdf", "image001.png", "Document1.docx", "attachment-1.pdf", "attachment-{d}.pdf",
             "download.pdf", "letter.pdf", "Doc1.docx", "WhatsApp Image 2025-03-1{d} at 19.04.{d}1.jpeg", "IMG_{n}.jpg",
             "Untitled.pdf", "file.pdf"]
UPLOAD_NAMES = ["Document1.docx", "New Microsoft Word Document ({d}).docx", "notes.docx", "untitled.pdf",
                "Doc{d}.docx", "draft v{d}.docx"]
TREE_NAMES = ["DOC00{n}.DOC", "misc {d}.doc", "Copy of notes.rtf", "scan {n}.tif", "new.doc", "old file.pdf"]
EMAIL_NAMES = ["message.eml", "Untitled.eml", "RE_ FW_.msg", "email.eml", "message ({d}).eml"]

WEBMAIL = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "icloud.com", "hotmail.com"]

DISC_PRO = ["This e-mail and any attachments are confidential and intended solely for the addressee.",
            "OFFICIAL-SENSITIVE. If you have received this in error please delete it and notify the sender.",
            "Please consider the environment before printing this email."]
DISC_CY = ["Rydym yn croesawu gohebiaeth yn Gymraeg. We welcome correspondence in Welsh.",
           "Croesewir gohebiaeth yn y Gymraeg a'r Saesneg."]
DISC_PARENT = ["Sent from my iPhone", "Sent from my Galaxy", "Get Outlook for Android", "Sent from Yahoo Mail on Android"]


def sender_for(r, who, f):
    d = f["_dom"]
    welsh = d["welsh"]
    fn = lambda name: ".".join(name.lower().replace("'", "").split()[::len(name.split()) - 1]) if len(name.split()) > 1 else name.lower()
    if who == "court":
        return r.choice([f"{d['court']}.family@justice.gov.uk", f"family.listing.{d['court']}@justice.gov.uk",
                         f"cmu.{d['court']}@justice.gov.uk"])
    if who == "police":
        return r.choice(["cafcass.checks", "safeguarding.hub", "disclosure.unit", "pvp.referrals", "mash.police",
                         "j.hartley4521"]) + "@" + d["pol"]
    if who in ("la", "marac") and not (who == "marac" and r.random() < 0.4):
        return r.choice(["mash", "spoa", "childrens.services", "frontdoor", fn(f["SW"]), "marac.coordinator"
                         if who == "marac" else "cscbusinesssupport"]) + "@" + d["la"]
    if who == "marac":
        return r.choice(["referrals@safeplace-ids.org.uk", "idva@haventrust.org.uk", "marac@" + d["la"]])
    if who in ("caf", "cafbs", "legal"):
        dom = "gov.wales" if welsh else "cafcass.gov.uk"
        if who == "caf":
            return fn(f["FCA"]) + "@" + dom
        if who == "cafbs":
            return ("busnes.cymorth" if welsh else "intake." + slug(f["AREA"].split("Cafcass ")[-1])) + "@" + dom
        return ("legal.services" if welsh else r.choice(["cafcasslegal", "legal.team"])) + "@" + dom
    if who == "nhs":
        return r.choice(["safeguarding.children", "gp.practice", "camhs.admin", "hv.team"]) + "@" + d["nhs"]
    if who == "probation":
        return r.choice(["ppu.checks", "probation.courtteam", "nps.safeguarding"]) + "@justice.gov.uk"
    if who == "firm":
        return f"{f['Fs'][0].lower()}.{r.choice(['walsh', 'khan', 'ellis', 'morgan'])}@" + d["firm"]
    if who == "sol":
        return fn(f["SOL"]) + "@" + d["sfirm"]
    if who == "school":
        return r.choice(["office", "dsl", "head", "admin"]) + "@" + (
            slug(f["SCH"])[:14] + "." + d["sch"] if d["sch"] != "hwbcymru.net" else "hwbcymru.net")
    if who == "prov":
        return r.choice(["referrals", "coordinator", "admin", "sessions"]) + "@" + d["prov"]
    if who == "exp":
        return r.choice(["reports", "admin", "office"]) + "@" + d["exp"]
    if who == "mailer":
        return r.choice(["MAILER-DAEMON@cafcass.gov.uk", "postmaster@outlook.com", "noreply@" + d["la"]])
    if who == "it":
        return "desg.gwasanaeth@gov.wales" if welsh else r.choice(["servicedesk@cafcass.gov.uk", "it.security@cafcass.gov.uk"])
    if who == "spam":
        return r.choice(["rewards@amaz0n-prizes.top", "events@trainingdirect-uk.com", "offers@mailer.promo-hub.net"])
    # parent, child or empty: webmail
    first = r.choice([f["Mf"], f["Ff"], f["G"].split()[0]])
    return f"{first.lower().replace('-', '')}{r.choice(['', '.', '_'])}{r.choice([f['Ms'], f['Fs']]).lower()}{r.randint(1, 99)}@" + r.choice(WEBMAIL)


def fill(s, f):
    return s.format_map(f)


def ocr_noise(r, text, welsh):
    """Typical Tesseract damage on a poor scan."""
    out = []
    for word in text.split(" "):
        w = word
        x = r.random()
        if x < 0.05 and "m" in w:
            w = w.replace("m", "rn", 1)
        elif x < 0.09 and "rn" in w:
            w = w.replace("rn", "m", 1)
        elif x < 0.13 and "l" in w:
            w = w.replace("l", "1", 1)
        elif x < 0.16 and "O" in w:
            w = w.replace("O", "0", 1)
        elif x < 0.19 and "cl" in w:
            w = w.replace("cl", "d", 1)
        elif x < 0.22 and len(w) > 6:
            k = r.randint(2, len(w) - 3)
            w = w[:k] + " " + w[k:]
        elif x < 0.24:
            w = w + r.choice(["'", ",", ".", "~", "|", "`"])
        elif x < 0.26 and "fi" in w:
            w = w.replace("fi", "ﬁ", 1)
        out.append(w)
    t = " ".join(out)
    if welsh or r.random() < 0.3:
        for a, b in (("ŵ", "w"), ("ŷ", "y"), ("â", "a"), ("ô", "o"), ("ê", "e"), ("î", "i")):
            if r.random() < 0.7:
                t = t.replace(a, b)
    if r.random() < 0.4:
        t = r.choice(["| ", "' ", "_ ", ". "]) + t
    return t


RC_WORDS = {"child-protection": ["child protection", "amddiffyn plant"], "looked-after-child": ["looked after child"],
            "adult-posing-risk": ["adult posing a risk", "adults posing risk"], "adoption": ["adoption"],
            "foster-carers": ["foster carer"], "missing-person": ["missing person"],
            "other-childrens-social-care": ["children's social care"]}


def build(kind, slot, tidx, tpl, law):
    seed = zlib.crc32(f"{SEED}|{kind}|{slot}|{tidx}".encode())
    r = random.Random(seed)
    lang = tpl["lang"]
    welsh_case = lang == "cy" or r.random() < 0.2
    f = make_case(r, welsh_case, law)
    text = fill(tpl["text"], f)
    recipe = [f"t{tidx:02d}"]
    mode, who = tpl["mode"], tpl["who"]
    x = r.random()
    if mode == "e":
        part, source = "email", "email"
    elif mode == "s":
        if x < 0.85 or kind is None:
            part, source = "document", "scan"
        else:
            part, source, who = "attachment", "email", "parent"
    elif mode == "d":
        part, source = (("document", "scan") if x < 0.35 else ("document", "upload") if x < 0.55
                        else ("document", "tree") if x < 0.65 else ("attachment", "email"))
    else:
        part, source = (("attachment", "email") if x < 0.65 else ("document", "scan") if x < 0.9
                        else ("document", "upload"))
    if part == "attachment" and not who:
        who = "parent"
    sender = sender_for(r, who, f) if source == "email" else ""
    subject = ""
    if source == "email":
        pool = (GENERIC_SUBJ_CY if lang == "cy" else GENERIC_SUBJ)
        if tpl["subj"]:
            subject = fill(r.choice(tpl["subj"]), f)
        elif kind is None:
            subject = fill(r.choice(NULL_SUBJ), f)
        elif kind in SUBJ and r.random() < 0.4 and lang == "en":
            subject = fill(r.choice(SUBJ[kind]), f)
        else:
            subject = fill(r.choice(pool), f)
    # e-mail decoration
    if part == "email":
        if r.random() < 0.25:
            if who == "parent":
                text += "\n\n" + r.choice(DISC_PARENT)
            elif welsh_case and who in ("caf", "cafbs", "legal", "it") or (lang == "cy" and r.random() < 0.5):
                text += "\n\n" + r.choice(DISC_CY)
            else:
                text += "\n\n" + r.choice(DISC_PRO)
            recipe.append("disc")
        if r.random() < 0.15 and kind is not None:
            quoted = r.choice([f"From: {f['FCA']}\nSent: {f['D']}\nSubject: {f['CN']}\nThanks - any update?",
                               f"-----Original Message-----\nFrom: {f['FCA']}\nCould you confirm please.",
                               f"On {f['D']} {f['FCA']} wrote:\n> see below"])
            text += "\n\n" + quoted
            recipe.append("thread")
            if not subject.startswith("RE"):
                subject = "RE: " + subject if subject else "RE:"
    raw = text
    if source == "scan" and r.random() < 0.5:
        text = ocr_noise(r, text, lang == "cy")
        recipe.append("ocr")
    # file name
    d, n = r.randint(1, 9), r.randint(100, 9999)
    if r.random() < 0.22:
        dn = DOCNAME[kind][1 if lang == "cy" else 0]
        fname = f"{f['CASE']} - {f['CN']} - {dn}.pdf"
        recipe.append("fn")
    else:
        pool = (EMAIL_NAMES if part == "email" else SCAN_NAMES if source == "scan" else
                UPLOAD_NAMES if source == "upload" else TREE_NAMES if source == "tree" else ATT_NAMES)
        fname = r.choice(pool).format(n=n, d=d)
    rec = dict(id=None, kind=kind, language=lang, part=part, source=source, file_name=fname, sender=sender,
               subject=subject, text=text)
    if tpl["rc"]:
        low = raw.lower()
        if any(w in low for w in RC_WORDS[tpl["rc"]]):
            rec["record_class"] = tpl["rc"]
    rec["recipe"] = "+".join(recipe)
    return rec


def main():
    kinds_doc = tomllib.loads(KINDS_TOML.read_text(encoding="utf-8"))
    kinds = [k["id"] for k in kinds_doc["kind"]]
    names = {k["id"]: (k["name"], k["name_cy"]) for k in kinds_doc["kind"]}
    folder = {k["id"]: k["folder"] for k in kinds_doc["kind"]}
    missing = [k for k in kinds if k not in K]
    extra = [k for k in K if k not in kinds]
    assert not missing and not extra, (missing, extra)
    plan = random.Random(SEED)
    records = []
    for i, kind in enumerate(kinds):
        tpls = K[kind]
        assert 8 <= len(tpls) <= 12, kind
        assert sum(t["lang"] == "cy" for t in tpls) >= 2, kind
        n = max(len(tpls), 10 + (i % 2))
        order = list(range(len(tpls)))
        plan.shuffle(order)
        en_idx = [j for j in order if tpls[j]["lang"] == "en"]
        while len(order) < n:
            order.append(plan.choice(en_idx))
        law = "pub" if kind in PUBLIC else None
        for slot, tidx in enumerate(order):
            records.append(build(kind, slot, tidx, tpls[tidx], law))
    order = list(range(len(NULLS)))
    plan.shuffle(order)
    while len(order) < 25:
        order.append(plan.choice(range(len(NULLS))))
    for slot, tidx in enumerate(order):
        records.append(build(None, slot, tidx, NULLS[tidx], None))
    for j, rec in enumerate(records, 1):
        rec["id"] = f"{ID_PREFIX}{j:04d}"
    with OUT.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    validate(kinds, names, folder)


def validate(kinds, names, folder):
    recs = [json.loads(line) for line in OUT.read_text(encoding="utf-8").splitlines()]
    base = ["id", "kind", "language", "part", "source", "file_name", "sender", "subject", "text"]
    ids = set()
    for rec in recs:
        keys = list(rec)
        assert keys[:9] == base and keys[-1] == "recipe" and set(keys[9:-1]) <= {"record_class"}, rec["id"]
        assert rec["id"] not in ids and rec["id"].startswith(ID_PREFIX)
        ids.add(rec["id"])
        assert rec["kind"] is None or rec["kind"] in kinds, rec["kind"]
        assert rec["language"] in ("en", "cy") and rec["part"] in ("document", "attachment", "email")
        assert rec["source"] in ("scan", "email", "upload", "tree")
        if rec["part"] in ("email", "attachment"):
            assert rec["source"] == "email" and rec["sender"], rec["id"]
        if rec["source"] == "scan":
            assert rec["sender"] == "" and rec["subject"] == ""
        assert rec["text"].strip(), rec["id"]
        assert not re.search(r"\{[A-Za-z_0-9]+\}", rec["text"]), rec["id"]
    byk = Counter(r["kind"] for r in recs)
    cyk = Counter(r["kind"] for r in recs if r["language"] == "cy")
    for k in kinds:
        assert byk[k] >= 10 and cyk[k] >= 2, k
    print(f"{len(recs)} examples -> {OUT.name}")
    print("language", dict(Counter(r["language"] for r in recs)),
          f"cy {100 * sum(r['language'] == 'cy' for r in recs) / len(recs):.1f}%")
    print("part", dict(Counter(r["part"] for r in recs)))
    print("source", dict(Counter(r["source"] for r in recs)))
    scans = [r for r in recs if r["source"] == "scan"]
    print("scans with ocr noise", sum("ocr" in r["recipe"] for r in scans), "of", len(scans))
    print("conventional file names", sum("+fn" in r["recipe"] for r in recs))
    print("record_class", dict(Counter(r.get("record_class") for r in recs if r.get("record_class"))))
    named = [r for r in recs if r["kind"] and any(nm.lower() in r["text"].lower() for nm in names[r["kind"]])]
    lab = sum(1 for r in recs if r["kind"])
    print(f"kind name in text: {len(named)} of {lab} labelled ({100 * len(named) / lab:.1f}%)")
    words = sorted(len(r["text"].split()) for r in recs)
    print("words: median", words[len(words) // 2], "max", words[-1], "min", words[0])
    fc = Counter(folder.get(r["kind"], "none") for r in recs)
    print("folder", dict(fc))
    for k in kinds:
        print(f"  {k:26s} {byk[k]:3d}  cy {cyk[k]}")
    print(f"  {'null':26s} {byk[None]:3d}  cy {cyk[None]}")


if __name__ == "__main__":
    main()
