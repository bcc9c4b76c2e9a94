# The words printed on the pages of test-data/ocr-real/ (see make_pages.py, which lays them out).
#
# Everything here is invented except the extract on page b6, which quotes sections 7 and 8 of the
# Cafcass Case Recording and Retention Policy (v3.11, February 2020), a public document. People,
# addresses, councils and the constabulary are invented; telephone numbers are from Ofcom's range
# reserved for drama (01632 960xxx). Kept apart from the layout code so the text can be read (and
# corrected) as text.

# b1: a letter on letterhead, with a footer (Liberation Serif 11 pt).
B1_LETTERHEAD = [
    "Westmere Borough Council",
    "Children's Services, Multi-Agency Safeguarding Hub",
    "Civic Centre, Market Street, Westmere WM1 1AA   Telephone 01632 960 418",
]
B1_ADDRESS = [
    "Ms Joanne Pritchard",
    "Family Court Adviser",
    "Cafcass, Riverside House",
    "2 Mill Lane, Westmere WM1 4AB",
]
B1_REFS = ["Our ref: MASH/25/0412", "Your ref: LS24P01234", "Date: 11 March 2025"]
B1_SALUTATION = "Dear Ms Pritchard,"
B1_SUBJECT = "Re: Local authority checks for Amelia and Noah Hughes (Hughes v Patel, LS24P01234)"
B1_BODY = [
    "Thank you for your request of 3 March 2025 for local authority checks in respect of the "
    "above children and the adults named in your request. I am writing to set out the "
    "information held by Westmere Borough Council Children's Services.",
    "Our records show that the family was known to Children's Services between June 2021 and "
    "January 2022. A referral was made by the children's school after Amelia told her class "
    "teacher that she was worried about arguments at home. An assessment under section 17 of "
    "the Children Act 1989 was completed and the family were offered support from the Early Help "
    "team. The case was closed in January 2022 when the parents confirmed that they had "
    "separated and that the children were living with their mother.",
    "There have been no further referrals since the case was closed. Neither child has been "
    "subject to a child protection plan and neither child has been looked after by the local "
    "authority. We hold no information about the partner of Mr Patel named in your request.",
    "The information in this letter is provided for the purpose of the court proceedings only "
    "and should not be shared with any other party without the agreement of the local "
    "authority, except as directed by the court. If you need any further information, please "
    "contact the duty team on 01632 960 418 quoting the reference above.",
]
B1_CLOSE = "Yours sincerely,"
B1_SIGNATORY = ["Helen Okafor", "Team Manager, Multi-Agency Safeguarding Hub"]
B1_FOOTER = [
    "Westmere Borough Council is a data controller under the UK General Data Protection "
    "Regulation. Information about how we use personal data is available from the Information "
    "Governance Team.",
    "Page 1 of 1",
]

# b2: an internal memo (Liberation Sans 10 pt).
B2_FIELDS = [
    ("To:", "Gareth Lloyd, Family Court Adviser"),
    ("From:", "Priya Raman, Service Manager"),
    ("Copy:", "Case file"),
    ("Date:", "17 February 2025"),
    ("Subject:", "Case plan review for Re Taylor (NW24C00333)"),
]
B2_BODY = [
    "I have read the draft case plan for Ava and Mia Taylor that you sent ahead of our "
    "supervision session on Thursday. I have looked at it alongside the local authority's care "
    "plan and the notes of the last case review, and I agree with most of what you propose. "
    "This memo sets out the points I would like you to address before the plan is finalised and "
    "placed on the file.",
    "The plan should say more clearly what the children have told you, and how their views will "
    "be put before the court. Ava is now old enough to write to the judge if she wishes to do "
    "so, and you should record whether this has been offered to her. Mia's views will need to "
    "be gathered through observation and through the people who know her best, including her "
    "nursery key worker.",
    "Please also check the timetable. The final hearing is listed for the week of 14 April "
    "2025, and the analysis must be filed at least two weeks before that date. If the parenting "
    "assessment is delayed again, let me know straight away so that we can consider whether to "
    "ask the court for an extension.",
]
B2_LIST_HEAD = "Actions before the plan is finalised:"
B2_LIST = [
    "Update the chronology to include the strategy meeting held on 3 February 2025.",
    "Record the outcome of the sibling assessment and the local authority's response to it.",
    "Set out the contingency plan if the placement with the maternal grandmother does not "
    "proceed.",
    "Confirm the dates of your next visits to the children and to each parent.",
]
B2_END = [
    "Once these changes are made, please upload the plan to the case file and send me a short "
    "note so that I can sign it off. If you would like to discuss any of this before Thursday, I "
    "am in the office on Tuesday and Wednesday afternoons.",
]
B2_SIGNATORY = ["Priya Raman", "Service Manager, Westmere Team"]

# b3: a form with labels and boxes (Liberation Sans).
B3_TITLE = "DETAILED CONTACT RECORD"
B3_SUBTITLE = "Complete one record for each contact with a child, parent or professional."
B3_SUMMARY = (
    "Leo was at home with his mother when I arrived. He showed me his bedroom and the drawings "
    "he had made at school, and he talked about his friends and his football team. He said that "
    "he enjoys seeing his father on Saturdays but that he does not like it when the handover is "
    "late. Ms Smith said that the arrangements have mostly worked well since the interim order, "
    "although there were two weekends in January when contact did not take place because Mr "
    "Brown was working. She is willing for contact to continue and would like the handover to "
    "take place at the school gate on Fridays. I explained that I will speak with Mr Brown next "
    "week and that my report is due on 21 March 2025."
)
B3_ACTIONS = [
    "1. Telephone Mr Brown to arrange an office visit.",
    "2. Request the school attendance record for the autumn and spring terms.",
    "3. Send Ms Smith a copy of the leaflet about the court process.",
]
B3_FOOTER = "Form CR2 (revised January 2025)"

# b4: two columns, justified and hyphenated (Liberation Serif 10 pt).
B4_HEAD = [
    "EXPERT REPORT",
    "Psychological assessment of Ava Taylor and Mia Taylor",
    "Re Taylor, case number NW24C00333",
]
B4_SECTION = "4. Background and observations"
B4_BODY = [
    "4.1 I was instructed by the solicitor for the children on 6 January 2025 to assess the "
    "emotional and developmental needs of Ava and Mia and to comment on the capacity of each "
    "parent to meet those needs. My letter of instruction is attached at Appendix A, together "
    "with a list of the documents I have read.",
    "4.2 I met Ava on three occasions, twice at her school and once at the family centre. She "
    "is an articulate girl of eight who was at first cautious but became more relaxed as the "
    "sessions went on. She was able to talk about her school, her friends and her love of "
    "swimming. When I asked her about home she spoke warmly about her grandmother and more "
    "hesitantly about her mother. She described the evenings when her mother was unwell as "
    "frightening, and she said that she had often looked after her younger sister during those "
    "times.",
    "4.3 Mia is three years old. I observed her at nursery and during a contact session with her "
    "mother. She is a lively child whose speech is somewhat delayed for her age. She moved "
    "freely around the room, returned regularly to her mother for reassurance and accepted "
    "comfort when she fell. Her key worker reports that she has settled well since the autumn "
    "and that her language has improved since she began attending full days.",
    "4.4 I interviewed Ms Taylor on two occasions. She was open about her difficulties with "
    "alcohol and about the periods when she had not been able to care for the children safely. "
    "She has engaged with the community alcohol service since October and has provided negative "
    "test results for the last three months. She acknowledged that Ava had taken on "
    "responsibilities that were not appropriate for a child of her age, and she was visibly "
    "upset when we discussed the effect this had had on her.",
    "4.5 The maternal grandmother, Mrs Joan Whitfield, has cared for both children since July "
    "2024. The children's school and nursery describe her as reliable and child focused. She "
    "told me that she is committed to caring for the children for as long as they need her, but "
    "that she would find it difficult to manage without practical support if the arrangement "
    "continued for several years.",
    "4.6 In my opinion both children have formed secure attachments to their grandmother. Ava "
    "shows some signs of anxiety that are consistent with her experiences at home, and she "
    "would benefit from a period of therapeutic support. Mia's needs are those of a young child "
    "whose early care was inconsistent; they are likely to be met if her present routine "
    "continues. I set out my recommendations in section 6 of this report.",
]
B4_FOOTER = ("Dr Samuel Adeyemi, Chartered Psychologist", "Page 7 of 23")

# b5: a ruled table (Liberation Sans 9 pt).
B5_HEAD = [
    "IN THE FAMILY COURT SITTING AT WESTMERE",
    "Case number: LS24P01234   Hughes v Patel",
    "COURT BUNDLE INDEX",
    "Final hearing listed on 14 April 2025",
]
B5_COLUMNS = ["Section", "Page", "Document", "Date"]
# A row is (section, page, document, date); a section heading is a 1-tuple.
B5_ROWS = [
    ("A Preliminary documents",),
    ("A1", "1", "Case summary", "7 April 2025"),
    ("A2", "4", "Position statement of the applicant mother", "4 April 2025"),
    ("A3", "9", "Position statement of the respondent father", "4 April 2025"),
    ("A4", "13", "Chronology", "2 April 2025"),
    ("B Applications and orders",),
    ("B1", "18", "C100 application", "12 September 2024"),
    ("B2", "31", "C1A allegations of harm and domestic abuse", "12 September 2024"),
    ("B3", "38", "Order following the first hearing", "21 October 2024"),
    ("B4", "42", "Case management order", "9 January 2025"),
    ("C Statements",),
    ("C1", "47", "Statement of the applicant", "18 November 2024"),
    ("C2", "61", "Statement of the respondent", "25 November 2024"),
    ("C3", "72", "Statement of Mrs Ruth Hughes, maternal grandmother", "2 December 2024"),
    ("D Cafcass documents",),
    ("D1", "79", "Safeguarding letter", "14 October 2024"),
    ("D2", "85", "Section 7 report", "21 March 2025"),
    ("E Other reports",),
    ("E1", "103", "School report for Amelia Hughes", "7 February 2025"),
    ("E2", "107", "School report for Noah Hughes", "7 February 2025"),
    ("E3", "110", "Letter from the family doctor", "19 February 2025"),
    ("F Correspondence",),
    ("F1", "114", "Letter from the respondent's solicitor", "28 February 2025"),
    ("F2", "116", "Letter from the applicant's solicitor", "5 March 2025"),
]
B5_FOOTER = [
    "Total pages: 117",
    "Prepared by the applicant's solicitor in accordance with Practice Direction 27A.",
]

# b6: small print (Liberation Serif 8 pt): sections 7 and 8 of the Cafcass Case Recording and
# Retention Policy (v3.11, February 2020), quoted as published.
B6_TITLE = "Case Recording and Retention Policy (extract): monitoring the case record and the case plan"
B6_BLOCKS = [
    ("h", "7.0 Monitoring the case record"),
    ("p", "7.1 The Service Manager is responsible for:"),
    ("b", "reviewing management information reports and data compliance reports on a regular "
          "basis to ensure that data is accurate and complete in all cases;"),
    ("b", "regularly reviewing the quality of case recording and case planning, and recording "
          "this in the case plan at appropriate intervals; case plan reviews appear in the "
          "Service Manager ECMS dashboard;"),
    ("b", "accessing reports for audit as required under the Quality Assurance & Impact (QAI) "
          "Framework from ECMS and recording in the contact log when a QAI tool has been "
          "completed. QAI tools must be completed and logged on the electronic QAI system "
          "(SharePoint) in line with the QAI Framework unless the reviewing of a report is "
          "through the ECMS approval process;"),
    ("b", "Approving reports through the ECMS approval process (section 2.4) and recording "
          "points for improvement or amendment appropriately; and"),
    ("b", "reviewing cases of non-self-regulators for closure within ECMS and recording the "
          "closure authorisation within the electronic case plan, prior to Business Services "
          "changing the case status to closed."),
    ("p", "7.2 The Business Services Manager is responsible for:"),
    ("b", "the oversight of team data quality and integrity on ECMS;"),
    ("b", "reviewing management information reports and data compliance reports monthly to "
          "ensure that data is accurate and complete in all cases."),
    ("p", "7.3 The National Improvement Service Managers are responsible for:"),
    ("b", "when requested or when appropriate, completing QAI tools in SharePoint;"),
    ("b", "undertaking the approval process in ECMS when requested;"),
    ("b", "periodic audits of ECMS information and reporting any recommendations for action to "
          "the Head of Practice/Assistant Director, as commissioned by the National Service "
          "Director; and"),
    ("b", "undertaking regular audits of business services responsibilities, ECMS accuracy and "
          "data integrity, as commissioned or agreed within internal audit schedules."),
    ("p", "7.4 The Cafcass National Service Director, as 'Information Asset Owner' in respect of "
          "case records, is responsible for:"),
    ("b", "carrying ultimate responsibility for the quality and security of case related "
          "information throughout Cafcass' operational areas; and"),
    ("b", "commissioning periodic audits to monitor the quality of case recording and compliance "
          "with this policy."),
    ("p", "7.5 The Heads of Practice and Assistant Directors are responsible for:"),
    ("b", "implementation of this policy and any associated guidance that may from time to time "
          "be issued within their area;"),
    ("b", "ensuring that Service Managers monitor case recording as set out above, and recording "
          "this in the performance management system;"),
    ("b", "ensuring that management information data compliance is achieved to reflect accurate "
          "performance information in each service area; and"),
    ("b", "undertaking periodic audits to monitor the quality of case recording and compliance "
          "with this policy."),
    ("h", "8.0 The case plan"),
    ("p", "8.1 The ECMS case plan tool must be completed in all public law and private law WAFH "
          "cases. Guidance is available on the use of the tool."),
    ("p", "8.2 The purpose of the case plan is to set out the planning, reflection, analysis and "
          "management oversight that is undertaken throughout the life of the case."),
    ("p", "8.3 The case plan must be commenced in private law upon Cafcass being directed to "
          "undertake work after first hearing, and at the initiation of Cafcass' involvement in "
          "public law. It is reviewed by a manager or practice supervisor within 10 working days "
          "of being initiated and is to be updated at stages relevant to developments in the "
          "individual case. A set of automated triggers on ECMS will prompt further reviews, as "
          "set out in the case plan guidance."),
    ("p", "8.4 Completed elements of the plan must be marked as such and dated. The outcomes of "
          "court hearings are recorded on the case plan and the SM/PS will sign the case plan on "
          "completion of the work undertaken, either at a review trigger point or prior to case "
          "closure."),
]
B6_FOOTER = "Cafcass Case Recording and Retention Policy v3.11, February 2020, pages 9 and 10"

# b7: a typewritten letter (FreeMono 12 pt, ten characters to the inch), lines as typed.
B7_LINES = [
    "WESTMERE CONSTABULARY",
    "Family Protection Unit",
    "Police Station, Queen Street, Westmere WM2 3HX",
    "",
    "Your ref: MK23C00456              Our ref: FPU/2023/1187",
    "                                  Date: 14 August 2023",
    "",
    "Cafcass Public Law Team",
    "Riverside House",
    "2 Mill Lane",
    "Westmere WM1 4AB",
    "",
    "POLICE INFORMATION: DISCLOSURE FOR CARE PROCEEDINGS",
    "Re Evans (Rhys Evans, born 29 February 2012)",
    "",
    "In response to your request dated 2 August 2023, I have",
    "checked the Police National Computer and local police",
    "systems for the persons named in your request. The results",
    "are set out below.",
    "",
    "1. Rhys EVANS: no records held.",
    "",
    "2. Carol EVANS (mother): two domestic incidents recorded at",
    "   the family home, on 11 March 2022 and 30 June 2023. On",
    "   both occasions officers attended and no offences were",
    "   disclosed. A referral was made to Children's Services",
    "   after the second incident.",
    "",
    "3. Martin PRICE (mother's partner): one conviction for",
    "   driving with excess alcohol in 2019. No other records.",
    "",
    "This information is disclosed for the purpose of the care",
    "proceedings only. It must not be copied or shared with any",
    "other person without the written consent of the Data",
    "Protection Officer, except as directed by the court.",
    "",
    "Yours faithfully,",
    "",
    "",
    "",
    "DC 4127 Sarah Collins",
    "Detective Constable, Family Protection Unit",
]

# b8: minutes with a letterhead and a footer (FreeSans 10 pt).
B8_LETTERHEAD = [
    "WESTMERE CHILDREN'S PARTNERSHIP",
    "Conference and Review Service, Civic Centre, Market Street, Westmere WM1 1AA",
]
B8_TITLE = "CHILD PROTECTION CONFERENCE: REVIEW MINUTES"
B8_FIELDS = [
    ("Child:", "Rhys Evans (born 29 February 2012)"),
    ("Case number:", "MK23C00456"),
    ("Date of conference:", "6 March 2025"),
    ("Chair:", "Deborah Lane, Independent Chair"),
    ("Present:", "Carol Evans (mother); Martin Price (mother's partner); Aled Morris (social "
                 "worker); Nia Roberts (head of year, Westmere Academy); Dr Imran Shah (school "
                 "nurse team); Joanne Pritchard (children's guardian)"),
    ("Apologies:", "none; Rhys sent his views in writing through his social worker"),
]
B8_SECTIONS = [
    ("1. Purpose of the conference",
     "The chair explained that the purpose of a review conference is to consider whether Rhys "
     "continues to be at risk of significant harm, whether the child protection plan is working, "
     "and what changes are needed. Everyone present introduced themselves and the chair "
     "confirmed that the minutes would be shared with all those invited."),
    ("2. Progress since the initial conference",
     "Mr Morris reported that Ms Evans has attended every appointment with the community "
     "alcohol service and that her recent tests have been clear. The home has been calm since "
     "the autumn and there have been no further incidents. Rhys's attendance at school has "
     "risen from 81 per cent to 96 per cent this term. Ms Roberts said that Rhys is more settled "
     "in lessons and has joined the school football team."),
    ("3. The views of Rhys",
     "Rhys wrote that things at home are much better, that he wants to stay living with his "
     "mother, and that he would like to see his grandmother every weekend. He asked that the "
     "adults keep their promises about not shouting at home."),
    ("4. Decision",
     "The conference agreed that Rhys should remain subject to a child protection plan under the "
     "category of emotional abuse for a further six months, so that the improvements can be "
     "sustained. The next review will take place on 4 September 2025."),
]
B8_ACTIONS = [
    "Mr Morris to visit Rhys at least every four weeks and see him alone.",
    "Ms Evans to continue with the community alcohol service and share her test results.",
    "Ms Roberts to tell Mr Morris at once of any unexplained absence from school.",
]
B8_FOOTER = [
    "These minutes are confidential and must not be shared without the agreement of the "
    "conference chair.",
    "Page 1 of 1",
]

# g1: a letter to parties, grey scan (Liberation Serif 11 pt).
G1_HEAD = ["Cafcass", "Riverside House, 2 Mill Lane, Westmere WM1 4AB", "Telephone 01632 960 275"]
G1_TO = ["Ms Kirsty Smith and Mr Daniel Brown", "By secure e-mail"]
G1_DATE = "3 February 2025"
G1_TITLE = "LETTER TO PARTIES"
G1_SUBJECT = "Smith v Brown: case number BM25P00012"
G1_SALUTATION = "Dear Ms Smith and Mr Brown,"
G1_BODY = [
    "I am the Family Court Adviser who has been asked by the court to prepare a report about "
    "the arrangements for Leo. I am writing to explain what I will be doing over the next few "
    "weeks and what you can expect from me.",
    "The court has asked me to find out what Leo thinks about spending time with each of you, "
    "to consider any risks, and to make recommendations about the arrangements that would be "
    "best for him. To do this I will need to meet each of you, speak with Leo, and contact his "
    "school and his doctor.",
    "I have arranged to visit Ms Smith and Leo at home on 24 February 2025 at 10:30. Mr Brown, "
    "I would like to meet you at our office on 3 March 2025 at 14:00. If either appointment is "
    "not convenient, please let me know as soon as possible so that another can be arranged.",
    "My report must be filed with the court by 21 March 2025. You will each receive a copy "
    "before the next hearing, and you will have the opportunity to comment on it. If you have "
    "any questions in the meantime, please contact me on the number above.",
]
G1_CLOSE = "Yours sincerely,"
G1_SIGNATORY = ["Joanne Pritchard", "Family Court Adviser"]

# g2: a safeguarding letter, colour scan: a blue band with reversed text, a red stamp.
G2_BAND = ["Cafcass", "Children and Family Court Advisory and Support Service"]
G2_STAMP = ["RECEIVED", "15 OCT 2024"]
G2_FIELDS = [
    ("To:", "The Family Court sitting at Westmere"),
    ("Case number:", "LS24P01234"),
    ("Case name:", "Hughes v Patel"),
    ("Date of first hearing:", "21 October 2024"),
]
G2_TITLE = "SAFEGUARDING LETTER"
G2_SECTIONS = [
    ("1. Introduction",
     "This letter sets out the safeguarding enquiries Cafcass has made before the first hearing "
     "and the views of the parents about the arrangements for Amelia and Noah. It has been sent "
     "to the court and to both parties."),
    ("2. Safeguarding enquiries",
     "Enquiries were made of the local authority and of the police on 3 October 2024. The local "
     "authority reported that the family was known to Children's Services in 2021 and that the "
     "case was closed in January 2022. The police hold no information of concern about either "
     "parent."),
    ("3. Conversations with the parents",
     "I spoke with Ms Hughes by telephone on 8 October 2024 and with Mr Patel on 9 October 2024. "
     "Both parents want the children to have a good relationship with the other parent. They "
     "disagree about the length of overnight stays and about who should collect the children "
     "from school on Fridays."),
    ("4. Recommendation",
     "There are no safeguarding concerns that would prevent the parents from reaching an "
     "agreement. I recommend that the court considers directing the parents to attend a "
     "mediation information and assessment meeting before the next hearing."),
]
G2_SIGNATORY = ["Joanne Pritchard, Family Court Adviser", "14 October 2024"]

# g3: a position statement, colour scan with highlighter (Liberation Serif 11 pt).
G3_HEAD = [
    "IN THE FAMILY COURT SITTING AT WESTMERE",
    "Case number: BM25P00012",
    "Smith v Brown",
]
G3_TITLE = "POSITION STATEMENT ON BEHALF OF THE RESPONDENT FATHER"
G3_PARAS = [
    "1. This position statement is filed on behalf of Daniel Brown, the father of Leo Smith, "
    "who was born on 31 January 2020. It is prepared for the dispute resolution appointment "
    "listed on 28 March 2025.",
    "2. The father seeks an order that Leo lives with his mother and spends time with him every "
    "other weekend from Friday after school until Sunday at six o'clock, and for half of the "
    "school holidays.",
    "3. The father accepts that contact did not take place on two weekends in January. On both "
    "occasions he was required to work at short notice and he told the mother as soon as he "
    "knew. He has since changed his shift pattern so that this will not happen again.",
    "4. The father agrees with the proposal that handovers take place at the school gate on "
    "Fridays. He asks that the Sunday handover take place at the leisure centre car park, which "
    "is close to both homes.",
    "5. The father has read the report of the Family Court Adviser and agrees with its "
    "recommendations. He invites the court to make a final order on these terms.",
]
G3_SIGNATORY = ["Counsel for the respondent father", "21 March 2025"]

# g4: a safety assessment, grey scan with low contrast and a toner streak (Liberation Sans).
G4_HEAD = ["Westmere Borough Council", "Children's Services"]
G4_TITLE = "SAFETY ASSESSMENT AND SAFETY PLAN"
G4_FIELDS = [
    ("Children:", "Ava Taylor and Mia Taylor"),
    ("Case number:", "NW24C00333"),
    ("Assessing social worker:", "Aled Morris"),
    ("Date of assessment:", "27 January 2025"),
]
G4_SECTIONS = [
    ("What are we worried about?",
     "Before July 2024 the children's mother was often unwell because of her drinking and was "
     "not always able to keep them safe. Ava took on the care of her younger sister on many "
     "evenings and missed school on several occasions."),
    ("What is working well?",
     "The children have lived with their grandmother since July 2024 and are well cared for. "
     "Their mother has stopped drinking, attends every session with the alcohol service and "
     "sees the children three times a week. Both children are doing well at school and nursery."),
    ("What needs to happen?",
     "Contact with the mother will move to unsupervised visits at the grandmother's home from "
     "March, provided that her tests remain clear. The grandmother will be the safe adult the "
     "children can turn to, and she will contact the duty team at once if she has any concern."),
]
G4_SCALE = "Safety scale agreed by the family and the social worker: 7 out of 10."

# g5: an order, colour scan embedded as a JPEG in a PDF (Liberation Serif 11 pt).
G5_HEAD = [
    "IN THE FAMILY COURT SITTING AT WESTMERE",
    "Case number: MK23C00456",
    "The Children Act 1989",
    "Re Evans (Rhys Evans, born 29 February 2012)",
]
G5_TITLE = "ORDER"
G5_BEFORE = ("Before District Judge Morley sitting in private at the Family Court, Westmere, on "
             "9 January 2025.")
G5_INTRO = ("The court heard the local authority, the mother and the children's guardian. "
            "Upon reading the documents in the bundle, it is ordered that:")
G5_ORDERS = [
    "The local authority shall file and serve its final evidence and care plan by 4pm on "
    "28 February 2025.",
    "The mother shall file and serve her final statement by 4pm on 14 March 2025.",
    "The children's guardian shall file and serve a final analysis and recommendations by 4pm "
    "on 28 March 2025.",
    "The case is listed for an issues resolution hearing on 11 April 2025 at 10:00 with a time "
    "estimate of two hours.",
    "Costs in the application are reserved.",
]
G5_DATED = "Dated 9 January 2025"

# p1: a thank-you letter, photographed on a desk (Liberation Serif 12 pt).
P1_DATE = "12 March 2025"
P1_SALUTATION = "Dear Joanne,"
P1_BODY = [
    "Thank you for all your help over the last few months. I wanted to write to say how much it "
    "has meant to Ava and Mia, and to me, that someone took the time to listen to them properly.",
    "Ava asked me to tell you that she has joined the swimming club at the leisure centre and "
    "that she swam her first length without stopping last Saturday. Mia has started saying lots "
    "of new words and now tells everyone at nursery about her big sister.",
    "I know the last year has not been easy for anyone in the family, but the children are "
    "settled and happy, and we are looking forward to the summer. Please pass on our thanks to "
    "everyone at your office who helped us.",
]
P1_CLOSE = "With best wishes,"
P1_SIGNATORY = "Joan Whitfield"

# p2: an outcome form, photographed at an angle with a shadow across it (Liberation Sans).
P2_TITLE = "WTFH OUTCOME FORM"
P2_FIELDS = [
    ("Case number:", "LS24P01234"),
    ("Case name:", "Hughes v Patel"),
    ("Date of first hearing:", "21 October 2024"),
    ("Court:", "Family Court sitting at Westmere"),
    ("Practitioner:", "Joanne Pritchard"),
    ("Safeguarding checks completed:", "Yes"),
    ("Outcome of the hearing:", "Directions made; a welfare report was ordered"),
    ("Further work for Cafcass:", "Welfare report to be filed by 21 March 2025"),
    ("Next hearing:", "Dispute resolution appointment, 14 April 2025"),
]
P2_NOTES_HEAD = "Notes for the allocated practitioner"
P2_NOTES = (
    "Both parents attended with their solicitors. The court asked for the views of Amelia to be "
    "gathered at school and for the report to address the length of overnight stays. The "
    "parents agreed an interim arrangement of alternate weekends until the next hearing."
)

# p3: a till receipt on thermal paper, photographed (DejaVu Sans Mono).
P3_LINES = [
    "WESTMERE FAMILY CONTACT CENTRE",
    "14 Station Road",
    "Westmere WM3 7QL",
    "Tel 01632 960 551",
    "--------------------------------",
    "RECEIPT No 004518",
    "Date 08/03/2025      Time 13:42",
    "Case ref BM25P00012",
    "",
    "Supervised contact session",
    "  2 hours x 1              60.00",
    "Report of session          25.00",
    "Room booking               15.00",
    "--------------------------------",
    "TOTAL GBP                 100.00",
    "Paid by card",
    "",
    "Next session 22/03/2025 10:00",
    "Please arrive ten minutes early",
]

# p4: a letter to the judge typed by a child, photographed with the page curling (DejaVu Sans 14 pt).
P4_SALUTATION = "Dear Judge,"
P4_BODY = [
    "My name is Rhys and I am 13. My social worker said I could write to you because you are the "
    "one who decides where I am going to live.",
    "I want to stay living with my mum. Things are a lot better than they were last year. Martin "
    "does not shout any more and mum goes to her meetings every week. I have my own room now and "
    "I can walk to school with my friends.",
    "I would like to see my nan every weekend because she helps me with my homework and she "
    "makes the best dinners. I also want to keep going to football on Tuesdays and Thursdays.",
    "I know you have to make sure I am safe. I promise I will tell my teacher or Aled if "
    "anything goes wrong.",
    "Thank you for reading my letter.",
]
P4_CLOSE = "From Rhys"
