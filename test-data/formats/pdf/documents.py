"""The printed texts of the PDF test set: short case documents of the kinds a family court
adviser's office receives, each with its case number on the page and a few distinctive words
(places, names, things) that the manifest lists as words the text layer must contain.

All people, addresses and events are invented."""

CASES = {
    "LS24P01234": "Hughes v Patel",
    "MK23C00456": "Re Evans",
    "CF22P00789": "Jones v Jones",
    "BM25P00012": "Smith v Brown",
    "NW24C00333": "Re Taylor",
    "LV21C00999": "Re Morgan",
}

# kind -> (folder the routing rules should pick, heading)
KINDS = {
    "order": "court-orders",
    "statement": "court-papers",
    "application": "court-papers",
    "safeguarding": "reporting-to-court",
    "police": "police-information",
    "screening": "risk-and-safety",
    "plan": "case-plan",
    "expert": "experts-and-agency",
    "letter": "correspondence",
    "contact": "case-information",
    "bundle": "court-bundle",
}

PARENTS = {
    "LS24P01234": ("Mrs Hughes", "Mr Patel", "Amelia and Noah"),
    "MK23C00456": ("Ms Evans", "Mr Lloyd", "Rhys"),
    "CF22P00789": ("Mrs Jones", "Mr Jones", "Cerys"),
    "BM25P00012": ("Ms Smith", "Mr Brown", "Leo"),
    "NW24C00333": ("Miss Taylor", "Mr Okafor", "Ava and Mia"),
    "LV21C00999": ("Mrs Morgan", "Mr Morgan", "Tomos and Elin"),
}


def blocks_for(kind, case, w, variant=0):
    """The page's blocks. w: dict with 'place', 'name', 'thing' (distinctive words).
    variant picks one of two phrasings so that pages of one kind differ."""
    mum, dad, kids = PARENTS[case]
    cn = f"Case number: {case}"
    place, name, thing = w["place"], w["name"], w["thing"]
    if kind == "order":
        return [
            ("h", f"IN THE FAMILY COURT AT {place.upper()}"),
            ("h", "ORDER" if variant == 0 else "DIRECTIONS ORDER"),
            ("b", cn),
            ("p", f"Before District Judge {name} sitting on 11 March 2025."),
            ("p", "IT IS ORDERED THAT:"),
            ("p", f"1. {kids} shall live with {mum}."),
            ("p", f"2. {dad} shall spend time with them every other Saturday at the "
                  f"{thing} family centre from 10am to 4pm."),
            ("p", "3. The matter is listed again on 14 April 2025 at 2pm."),
        ]
    if kind == "statement":
        return [
            ("hl", "POSITION STATEMENT" if variant == 0 else "WITNESS STATEMENT"),
            ("b", cn),
            ("p", f"On behalf of the applicant, {mum}, for the hearing at {place} "
                  "on 2 April 2025."),
            ("p", f"1. {mum} asks that {kids} go on living with her near {place}."),
            ("p", f"2. She agrees that {dad} may see the children at weekends."),
            ("p", f"3. The head teacher, {name}, says attendance is good and the "
                  f"{thing} club has helped."),
        ]
    if kind == "application":
        return [
            ("hl", "C100 APPLICATION"),
            ("b", cn),
            ("f", "Applicant", mum),
            ("f", "Respondent", dad),
            ("f", "Children", kids),
            ("f", "Address", f"14 {name} Road, {place}"),
            ("p", f"The applicant asks the court to decide where the children live. "
                  f"Mediation was tried at the {thing} centre in January."),
        ]
    if kind == "safeguarding":
        return [
            ("h", "SAFEGUARDING LETTER" if variant == 0 else "SECTION 7 REPORT"),
            ("b", cn),
            ("p", "Enquiries for this case were completed on 3 March 2025."),
            ("p", f"The family court adviser, {name}, spoke to {mum} on 5 March and to "
                  f"{dad} at the {place} office on 6 March."),
            ("p", f"Both parents agree the children should keep their {thing} lessons."),
            ("p", "Nothing found prevents the arrangements the parents propose."),
        ]
    if kind == "police":
        return [
            ("hl", "POLICE NATIONAL COMPUTER (PNC) RECORD" if variant == 0
             else "POLICE DISCLOSURE"),
            ("b", cn),
            ("f", "Subject", dad),
            ("f", "Station", f"{place} Police Station"),
            ("f", "Officer", f"PC {name}"),
            ("p", f"Call on 17 January 2025 from a neighbour about shouting. Officers "
                  f"attended; no offence recorded. A {thing} was found damaged."),
        ]
    if kind == "screening":
        return [
            ("hl", "LOCAL AUTHORITY SCREENING RESPONSE" if variant == 0
             else "SAFETY ASSESSMENT"),
            ("b", cn),
            ("p", f"Children's social care checks were made in {place} on 4 March 2025."),
            ("p", f"The family is known to the {place} team: one welfare visit in 2023, "
                  f"closed by {name} with no further action."),
            ("p", f"The children attend the {thing} club after school."),
        ]
    if kind == "plan":
        return [
            ("hl", "CASE PLAN"),
            ("b", cn),
            ("p", f"Planning: see {mum} at home in {place}; see {dad} at the office."),
            ("p", f"Reflection: the children want to keep their {thing} at both homes."),
            ("p", f"Analysis: speak with the school nurse, {name}, before the next hearing."),
            ("p", "Review date: 28 March 2025."),
        ]
    if kind == "expert":
        return [
            ("hl", "EXPERT REPORT"),
            ("b", cn),
            ("p", f"Dr {name}, chartered psychologist, {place}."),
            ("p", f"I met {kids} three times at the {thing} clinic in February 2025."),
            ("p", "They present as settled, articulate children with a warm bond to "
                  "both parents."),
            ("p", "My opinion is that a gradual increase in overnight stays is safe."),
        ]
    if kind == "letter":
        addr = ("addr", ["Cafcass", f"7 {name} Street", place, "18 March 2025"])
        return [
            addr,
            ("sp",),
            ("b", cn),
            ("p", f"Dear {mum}"),
            ("p", f"I am the family court adviser for your case. I would like to meet you "
                  f"at our {place} office on 25 March at 10am. Please bring the {thing} "
                  "letter from the school."),
            ("p", "Yours sincerely"),
        ]
    if kind == "contact":
        return [
            ("hl", "CONTACT LOG"),
            ("b", cn),
            ("row", ["Date", "With", "Note"], [0, 0.22, 0.45]),
            ("row", ["03/03/2025", mum, f"phone, {place}"], [0, 0.22, 0.45]),
            ("row", ["05/03/2025", dad, f"visit, {thing}"], [0, 0.22, 0.45]),
            ("row", ["07/03/2025", "School", f"head {name}"], [0, 0.22, 0.45]),
        ]
    if kind == "bundle":
        return [
            ("hl", "BUNDLE INDEX"),
            ("b", cn),
            ("row", ["A", "Preliminary documents", "1-12"], [0, 0.08, 0.8]),
            ("row", ["B", f"Applications ({place})", "13-40"], [0, 0.08, 0.8]),
            ("row", ["C", f"Statements of {name}", "41-77"], [0, 0.08, 0.8]),
            ("row", ["D", f"Reports, {thing}", "78-96"], [0, 0.08, 0.8]),
        ]
    raise ValueError(kind)


def plain_text(blocks):
    """The page's text as lines (for routing checks and born-digital pages)."""
    lines = []
    for b in blocks:
        if b[0] in ("h", "hl", "b", "p"):
            lines.append(b[1])
        elif b[0] == "f":
            lines.append(f"{b[1]}: {b[2]}")
        elif b[0] == "row":
            lines.append("   ".join(b[1]))
        elif b[0] == "addr":
            lines.extend(b[1])
    return lines
