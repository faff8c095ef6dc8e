#!/usr/bin/env python3
"""Generate a small hand-written labelled dev set for a clinical PHI redactor.

Every line below is its own hand-written template. Identifiers are marked
inline as «CODE|value»; the script strips the markup, computes character
offsets and writes JSONL.  No name-generator library is used.

Conventions
  * titles (Dr., Mr., Mrs.) and credentials (MD, RN, PA-C) and possessive 's
    are outside PERSON spans
  * a full address (street .. ZIP) is one LOCATION span; facility names are
    their own LOCATION span; states/countries alone are never labelled
  * AGE only for ages over 89, number only
  * DATE covers the date expression incl. an attached weekday; a clock time
    is only included when joined into one ISO token (2024-03-14T08:30)
  * date ranges "3/4-3/9" are two DATE spans; "the"/"le" before a date and
    field labels glued to a value (MRN-, MR, #) stay outside the span
  * ordinals that are counts ("7th dose") are not dates
  * DOB for dates of birth, DATE for every other date element (not year alone)
"""
import json
import re
import sys
from collections import Counter

CODES = {
    "P": "PERSON", "L": "LOCATION", "D": "DATE", "B": "DOB", "A": "AGE",
    "M": "MRN", "PH": "PHONE", "FX": "FAX", "E": "EMAIL", "S": "SSN",
    "MB": "MEMBER_ID", "AC": "ACCOUNT", "LI": "LICENSE", "DV": "DEVICE_ID",
    "VH": "VEHICLE_ID", "U": "URL", "IP": "IP",
}

POS = [
    # ---- quick analyst prompts (lower case, typos) ----
    "pull all a1c results for «P|maria gonzalez» mrn «M|4482913» since «D|jan 2023» pls",
    "can u check if «P|tran van minh» had a ct between «D|3/4» and «D|3/9»? dob «B|11/02/1957»",
    "whats the last potassium on «P|okafor, chukwuemeka» mrn# «M|00931847», admitted «D|3/14» w/ DKA",
    "need d/c date for pt id «M|A-77120-4» «P|siobhan o'donnell» dob «B|3-17-61»",
    "did «P|jankowski» get his flu shot b4 «D|10/15»?? chart # «M|558201»",
    "list readmits for «P|Fatima Al-Sayed» (med rec no «M|2209-4471») after «D|Feb 3rd», 30 day window",
    "pls compare echo «D|2022-11-08» vs «D|2024-01-19» for «P|hiroshi tanaka» hosp # «M|H0038812» esp EF",
    "who is the pcp for «P|aaliyah brooks» dob «B|7/4/98»? she says she moved to «L|Decatur» last yr",
    "pt «P|Nguyen Thi Lan» [«M|MR-1093382»] cancelled appt «D|Tues 5/14», rebook w/ same provider pls",
    "get me vanco troughs «D|3/12»-«D|3/15» for bed 14 «P|kowalczyk m», think hes supratherapeutic",
    "hey can you find the path report for «P|ji-woo park» mrn «M|6610348» biopsy was «D|march 2nd» i think",
    "how many ed visits did «P|deshawn t. williams» have in 2023, dob «B|02/14/1985», med rec «M|1188230»",
    "wat time was «P|bhattacharya» extubated on «D|6/12»?? rt says 1400 but note says 1600",
    "quick q - is «P|mohammed al-harbi» (chart «M|77-30219») still on the transplant list as of «D|5/31»",
    "any cultures back on «P|zoe papadopoulos» dob «B|9/9/04»? drawn «D|sat 8/10» in ed",
    "pls run glucose trend for mrn «M|5001872» «D|8/1»-«D|8/7», pt is «P|ramirez, hector»",
    "lookup «P|sven lindqvist» born «B|feb 1941», think he had a pacer placed «D|Dec 5»",
    "does «P|ayesha siddiqui» have a covid vaccine record, dob «B|12-03-1979», hosp# «M|K1029384»",
    "need the insulin drip rates from «D|9/21» 0200 onward for «P|mcallister», chart «M|55-10293»",
    "can u send me «P|leilani kahale»'s last 3 inr values, mrn «M|3300987», she saw coumadin clinic «D|10/2»",

    # ---- formal questions ----
    "What was the most recent eGFR recorded for patient «P|Rajesh Venkataraman» (MRN «M|7731904»), born «B|September 23, 1949»?",
    "Could you confirm whether «P|Ingrid Solberg», date of birth «B|14.06.1938», received her second RSV dose on «D|02.11.2023»?",
    "Please identify all encounters for «P|Kwame Mensah-Bonsu» from «D|Jan 3» to «D|Jan 9» at «L|Riverside Community Hospital».",
    "Has «P|Elena Sokolova» (acct/MRN «M|0045-338-21») been seen in the anticoagulation clinic since the «D|3rd of May»?",
    "Which attending discharged «P|Marcus Delgado» on «D|Friday, August 16, 2024», and was a follow-up booked?",
    "Can you tell me whether «P|Abena Owusu», MRN «M|2290114», had a troponin drawn within six hours of arrival on «D|November 5th»?",
    "Was the sepsis bundle completed for «P|Thomas Whitaker» (DOB «B|May 5, 1938») during the admission of «D|12 December 2023»?",
    "For quality review, please summarise the falls documented for «P|Margarethe Vogel», aged «A|94», between «D|1 March» and «D|31 March 2024».",
    "Would you list the medications reconciled at discharge for «P|Diego Fernández Ruiz», hospital number «M|HN-4471-09»?",
    "I would like the pathology turnaround time for the specimen collected from «P|Naledi Khumalo» on «D|Thursday 14 March 2024».",
    "Did «P|Arjun Mehta» (medical record number «M|0082931») receive VTE prophylaxis within 24 hours of admission on «D|04/09/2024»?",
    "Please confirm the date of birth on file for «P|Beatrice Lemaire»; the referral states «B|03/07/1952» but her ID shows «B|07/03/1952».",

    # ---- note excerpts ----
    "HPI: Mrs. «P|Adebayo» is a «A|91» yo F brought in by her son «P|Tunde» after a fall at home on «D|12/28/23». Lives alone at «L|77 Larkspur Lane, Apt 3B, Hamden, CT 06514».",
    "DISCHARGE SUMMARY  Patient: «P|Beatriz Carvalho Nunes»  MRN: «M|10-448-2917»  DOB: «B|05/30/1946»  Admitted: «D|03/02/2024»  Discharged: «D|03/09/2024»  Attending: «P|Samuel Okonkwo», MD",
    "Progress note «D|3/15» - POD 2 s/p lap chole. Mr. «P|Pham»'s JP output 40 mL overnight, tolerating clears. Plan d/c tomorrow. -- «P|K. Iverson», PA-C",
    "Nursing note «D|03/14/24» 2200: pt «P|Dolores Whitehorse» resting, daughter «P|Renee» at bedside, call bell in reach. Daughter requests call at «PH|(505) 555-0143» with any changes.",
    "ED TRIAGE «D|14-Mar-2024» 0312 | «P|ABDULLAHI, Hodan Mohamed» | DOB «B|01-Feb-1990» | MRN «M|E2240917» | CC: SOB x2d | ESI 2",
    "Pt «P|Lars Eriksen» (f. «B|22.08.1951») seen «D|14.03.2024» at «L|Ullevål» outpatient cardiology, referred on for TAVI workup.",
    "adm «D|3/14» for CAP, d/c'd «D|3/16» on augmentin; «P|r. castellanos» mrn «M|0076-1182», is this a bounceback?",
    "«A|97»F from «L|Sunrise of Glenview» w/ AMS, UA positive. dob «B|2/2/27», mrn «M|3381200», DNR/DNI on file",
    "Family hx: father «P|Giovanni Russo» died of MI at 54; mother «P|Carmela» is «A|92» and lives in «L|Bensonhurst» with the pt.",
    "per wife «P|Keiko», pt «P|Takeshi Yamamoto» stopped his eliquis around the «D|10th of June», unclear why",
    "Labs drawn «D|6/3» 0600: Na 129, K 3.1, Cr 1.8 (baseline 1.1 on «D|5/1»). «P|J. Morales», RN notified Dr. «P|Feldman»; repletion ordered.",
    "Per «P|Amara Diallo», sx began «D|Sunday the 7th» and she was seen at urgent care on the «D|9th», given azithro x5d.",
    "Consult requested by Dr. «P|Anika Sharma» for «P|Ahmed Farouk» (MR «M|448-2210»), «A|90»M, with new AFib noted «D|Wed 7/17».",
    "ESRD pt «P|Lupe Tuiasosopo» dialyzes MWF at «L|Kapolei Dialysis Center»; missed session «D|07/15/2024». DOB «B|1960/01/22».",
    "Rounded with Dr. «P|Chidi Obi» and «P|Leah Greenberg», NP. «P|Halvorsen» remains on 4L NC, weaned from 6L on «D|Tue 2/20».",
    "H&P «D|07/01/2024»: «P|Wanjiru Kamau» is a 58 yo F, G4P4, referred by Dr «P|Paul Ochieng» for PMB x3 months.",
    "Brief op note  Date of surgery: «D|8-22-2024»  Surgeon: «P|Isabel Cruz-Montoya», MD  Assist: «P|T. Nakamura», MD  Patient: «P|Reuben Goldstein», MRN «M|4420-117»  Procedure: L TKA  EBL 150 mL",
    "Nursing: 0400 pt «P|Olga Kuznetsova» («A|99» y/o) pulled out PIV, re-sited L forearm. Granddaughter «P|Irina» updated by phone «PH|312-555-0190».",
    "SOAP «D|5-2-24»  S: Ms. «P|Ramírez» reports 6/10 knee pain.  O: effusion R knee.  A/P: aspirate, f/u «D|5-16». «P|Dana Liu», MD",
    "Interval hx since last visit on the «D|2nd of February»: «P|Kofi Asante» reports improved exertional tolerance; walked to «L|Carver Park» daily.",
    "Death pronounced «D|9/30/2024» 0317 by Dr. «P|Eun-ji Choi». Family («P|Paul Pennington», son) at bedside. Pt «P|Arthur Pennington», «A|96», MRN «M|1100458».",
    "ED course: «P|Ruth Abernathy-Cole», «A|103» yo, arrived by EMS from «L|1450 Orchard Way, Lakewood, OH 44107» after an unwitnessed fall late on «D|11/19».",
    "Social hx: lives with partner «P|Jordan Reyes» in «L|Pilsen»; works nights; former smoker quit 2015. Emergency contact «P|Jordan» «PH|(773) 555-0112».",
    "Pt seen «D|14/03/2024» (day-first, UK referral). «P|Callum MacLeod», DOB «B|30/11/1947», NHS-style hosp no «M|S7741902», referred from «L|Inverness».",
    "Admission «D|Oct 3» → transferred to MICU «D|Oct 5» → step-down «D|Oct 9». Pt: «P|Baptiste, Jean-Claude» [«M|2298810»].",
    "Dx'd w/ DLBCL «D|Feb '22», R-CHOP x6 completed «D|Aug '22». «P|Parvati Iyer» now in CR per PET «D|1/10/23».",
    "OB triage «D|5/6» 2310 - «P|Hannah Schwartz» G2P1 at 37w2d c/o ctx q5min. Husband «P|Eli» at bedside. DOB «B|04.29.1993».",
    "Discharge instructions given to pt «P|Bui Quang Huy» and son «P|Bui Duc Anh»; f/u «D|Tuesday, 10/8» with Dr. «P|Esperanza Lugo» at «L|Eastside Health Center».",

    # ---- lab / log lines ----
    "«D|2024-03-14T08:30:12Z» LAB_RESULT pid=«M|800213377» name=«P|WASHINGTON^DENISE» test=K val=5.9 units=mmol/L flag=H",
    "patient portal login from «IP|73.151.22.190» at «D|2024-05-09T13:22» for MRN «M|5520381» («P|Haruto Sato»), flagged unusual location",
    "«D|Mon 6/3/24» 14:05 [ADT^A03] MRN=«M|7710023» PT=«P|HERNANDEZ ORTIZ, MARIA JOSE» DISPO=SNF DEST=«L|Casa de Paz Care Center»",
    "[«D|2024-07-19» 06:02:11] WARN med_admin: dose late >60 min; pt=«P|Brennan, Colm» mrn=«M|3318204» drug=piperacillin-tazobactam",
    "«D|20240802» 1130 POC GLU 42 L  «P|SILVA, ANA PAULA»  «M|0000719023»  repeat 68 after D50",
    "STAT ORDER | «D|2024-08-15T21:47» | CT head w/o contrast | pt «P|Kaur, Harpreet» | MRN-«M|2210933» | ord by «P|L. Haddad»",
    "micro: «D|09/02» BCx 2/2 GPC in clusters (MRSA by PCR) -- «P|obrien, patrick» -- «M|447120» -- called to RN «P|Tasha» 1455",
    "AUDIT «D|2024-09-10T17:03:55-05:00» user «P|mgreene» viewed chart «M|6674310» from ws «IP|10.42.18.77»",
    "telemetry alarm «D|10.11.2024» 03:14 VT 9 beats, pt «P|Dubois, Amélie» (hosp «M|F-99021»), MD «P|Laurent» notified",
    "HL7 OBX|1|NM|2823-3^Potassium||6.1|mmol/L|3.5-5.1|HH|||F|||«D|20241015083000» for PID «M|7781290»",
    "pump log dev «DV|SN-IP-0048813» «D|2024-10-20» 02:11 occlusion downstream; pt «P|Yilmaz, Emre» MRN «M|4419027»",
    "«D|21/10/2024» 08:15 - Hb 6.8 g/dL - «P|Hassan, Layla» - UR no. «M|UR0041172» - 1 u PRBC ordered",

    # ---- HL7-like / CSV / pipe table rows ----
    "PID|1||«M|4471902»^^^MRN||«P|GARCIA^LUIS^ALBERTO»||«B|19520817»|M|||«L|221 ELM ST^^SPRINGFIELD^MA^01103»||«PH|(413)555-0187»||||||«S|283-50-1947»",
    "«M|00458821»,«P|Haddad, Rania»,«B|1944-02-29»,«D|2024-05-02»,«D|2024-05-07»,I50.23;N18.3,SNF",
    "| «M|3392015» | «P|Ólafsdóttir, Guðrún» | «B|02/12/1931» | «A|93» | 4W | fall risk high |",
    "DOS «D|03/14» | «P|Chen, Mei-Ling» | Acct «AC|A0093341127» | CPT 99285 | Dx J18.9",
    "DOB: «B|12 Jan 48» | «P|FITZGERALD, Patrick J» | Chart «M|00-71-4432» | Ins: Medicare A/B",
    "mrn,name,dob,admit,los\n«M|5512093»,«P|\"Moreau, Céline\"»,«B|1936-10-04»,«D|2024-02-11»,6",
    "PV1|1|I|5N^512^A||||^«P|KESSLER^ANNA»^^^DR|||MED||||||||«AC|V20240311-0087»|||||||||||||||||||||||||«D|20240311»",
    "NK1|1|«P|TANAKA^YUKI»|SPO|«L|3-14 MAPLE CT^^FORT LEE^NJ^07024»|«PH|201-555-0165»",
    "«M|2207781»\t«P|Abdi, Faduma»\t«B|8/15/1963»\t«D|9/1/2024»\tAKI",
    "patient_id|last|first|birth_dt|svc_dt\n«M|88123»|«P|Rossi»|«P|Chiara»|«B|1949-03-30»|«D|2024-04-18»",
    "| «D|Mar 4» | 07:00 | «P|Lopez, G» | Cr 2.4 | ↑ from 1.6 |",
    "«P|BERGSTROM,ERIK»  #«M|0099321»  DOB «B|1928-12-01»  AGE «A|94»  RM 3112  ADM «D|11/27/2023»",
    "IN1|1|MCR||Medicare||||||||||||«P|NWOSU^GRACE»|SEL|«B|19380422»|||||||||||||||||«MB|1EG4-TE5-MK72»",
    "ward census row: «P|Van der Berg, Pieter» / «M|G-20417» / bed 6 / adm «D|3.9.24» / EDD «D|3.14.24»",
    "\"«M|7730012»\",\"«P|Kim, Sung-min»\",\"«B|04/30/1975»\",\"«D|06/18/2024»\",\"«L|Flushing»\",\"«L|11354»\"",

    # ---- e-mails ----
    "From: «P|Priya Raghunathan» <«E|praghunathan@lakeviewmed.org»>\nSubject: d/c planning - «P|O'Sullivan»\nPt going to «L|Brookhaven Rehab» «D|Monday 4/22». Niece «P|Aoife Kelly» is the contact, «PH|617-555-0129».",
    "Hi team, «P|Benedikt Auer» (acct/MRN «M|0091-2210») is on the OR schedule «D|3/21»; his daughter «P|Lena» asked for a call at «PH|646 555 0133». -«P|Sam»",
    "Sent: «D|Thursday, March 14, 2024» 9:12 AM\nTo: «E|hodgson.r@stlukes-health.org»\nRe: «P|Gallagher» - chart «M|3390127» - can you fax the op note to «FX|(614) 555-0102»? Thanks, «P|Nadia»",
    "Dear «P|Wei», Mrs. «P|Lin Xiaoming» (DOB «B|1/1/1939») wants to change her follow up from «D|4/8» to «D|4/15». She can be reached at «E|lin.xm1939@gmail.com». Best, «P|Orla»",
    "FW: lab discrepancy — Dr. «P|Farah Nazari» flagged that the «D|10/02» lipid panel for «P|D. Okoro» (DOB «B|1957-08-08») was filed under «M|8830144» instead of «M|8830414».",
    "Hi «P|Tomás», confirming «P|Kiplagat, Joseph» (MRN «M|6650218») is booked for MRI «D|Fri 9/27» 0730 at «L|Westgate Imaging», «L|900 Commerce Blvd». -«P|Becca»",
    "Reply from «E|k.adeyemi@stjoseph.org»: the patient «P|Sipho Ndlovu», born «B|25 Dec 1941», was seen yesterday («D|11/4») and is stable.",

    # ---- referral letters ----
    "Dear Dr. «P|Abernathy», thank you for seeing Mr. «P|Tomasz Wiśniewski» (DOB «B|9 March 1944», hosp no. «M|RX5521087») regarding progressive dyspnoea. Echo on «D|12 February 2024» showed severe AS. Kind regards, «P|Helen Mbeki», FRCP",
    "Dear Colleague, I am referring «P|Aisha Bello», a 34-year-old woman (MRN «M|9921003»), for evaluation of refractory migraine. She lives at «L|48 Whitmore Street, Apt 2, Albany, NY 12206». Sincerely, «P|Marta Kowalski», DO",
    "Re: «P|Kenji Watanabe»  DOB: «B|6-Jun-33»  Hospital No: «M|KW-330606»\nDear Dr. «P|Fairbanks», I reviewed Mr. «P|Watanabe» on «D|18th April» for his memory concerns.",
    "To the physician at «L|Cedar Ridge Family Practice»: please see «P|Mateo Alvarez», date of birth the «B|4th of July, 1936», who is 88 and newly confused since «D|mid-September».",
    "Referral «D|07 Aug 2024»: «P|Rangi Parata» (NHI «M|ZAB1234») for ortho review of L hip. Daughter «P|Mere Parata» will transport; ph «PH|+64 9 555 0148».",
    "Dear Dr. «P|Lefebvre», «P|Antoine Girard», né le «B|17/05/1950», was admitted to «L|Hôpital Saint-Antoine» on «D|2 avril 2024» and discharged le «D|9 avril».",

    # ---- misc mixed ----
    "Member «MB|W88301245-01» «P|Linda Ferreira» DOB «B|10/10/1955» — PA denied «D|8/30», appeal filed «D|9/3».",
    "«P|Ivan Horvat»'s wife «P|Marija» called «D|Tues 11/12» asking for records; verified DOB «B|7/21/1944» and last 4 of SSN.",
    "fyi «P|ali reza karimi» mrn «M|20334871» dob «B|5/5/50» is listed twice in registry, second record «M|20334919»",
    "pt «P|Ifeoma Nwachukwu» (hosp # «M|IN-4410») dob «B|31.01.1966» - pls check if the «D|31.01.2024» CXR was read",
]

MORE_POS = [
    # ---- more quick prompts ----
    "check if «P|nakamura, aiko» mrn «M|3019982» had potassium > 5.5 anytime «D|5/20»-«D|5/27»",
    "pls fix dob on «P|kwabena boateng», registration has «B|01/13/1971» but pt says «B|01/31/1971»",
    "who saw «P|fiona mcgrath» in clinic last «D|tues 6/18»? mrn «M|5532188»",
    "how long was «P|Gonzalo Pérez» intubated? vent start «D|2024-02-03T22:15», extubated «D|2024-02-08T10:40»",
    "«P|sarah b-k» (mrn «M|400-22-187») - was her 7th dose of ceftriaxone given on the «D|12th»?",
    "any hx of falls for «P|Hamid Rahimi» dob «B|4/16/1931»? he is «A|93» now",
    "pull nursing notes «D|Sept 9»–«D|Sept 12» for «P|adeola o.» chart «M|C-667120»",
    "pt name «P|Ngozi» last name «P|Chukwu» - new MRN «M|7001234» merged with old «M|6998120»",
    "dob «B|11-11-11», «P|Wilhelmina Dyer», «A|112» yrs? confirm not a data entry error",
    "need a list of pts on 6E w/ foley > 48h as of «D|14/10», incl «P|dawit bekele» «M|9012283»",
    "hi can you look up «P|laila haidari» her dob is «B|3rd of May 1988» and she had surgery «D|may 20th»",

    # ---- formal ----
    "Please provide the admission weight for «P|Bogdan Ionescu» (MRN «M|5502918») recorded on «D|January 28, 2024».",
    "Can you verify that «P|Adaeze Okonjo»'s date of birth is «B|February 29, 1964» and not «B|March 1, 1964»?",
    "I need the complete medication administration record for «P|Yosef Ben-David», born «B|6 October 1945», for his stay at «L|Mount Carmel Medical Center».",
    "What anticoagulant was «P|Clara Hoffmann», «A|98», discharged on after her admission from «D|3 June» to «D|8 June 2024»?",
    "Kindly send the operative report for «P|Rashid Khan» (hospital no. «M|H-2024-0098») dated «D|21st of March».",
    "Could the echo for «P|Emily Tsosie», DOB «B|09.12.1977», be compared with her study from «D|June 2022»?",

    # ---- notes ----
    "Pre-op checklist «D|4/30»: pt «P|Oksana Melnyk» NPO since MN, consent signed, ID band MRN «M|3381077» verified with DOB «B|18/02/1958».",
    "RT note: «P|Bui» on BiPAP 12/6 since «D|Sat 3/2» 1800, ABG 7.31/58/72. Wife «P|Hoa» at bedside.",
    "Wound care RN «P|T. Okafor» assessed sacral ulcer «D|07-30-24»; stage 3, 4x3x0.5 cm. Next review «D|08-06-24».",
    "Cardiology f/u: «P|Sione Fifita» (DOB «B|24/05/1969») last seen «D|22/01/2024»; EF 35% then, now 45%.",
    "Pt «P|Gertrude Baumann» age «A|100», resident of «L|Heritage Oaks Nursing Home», «L|12 Mill Pond Rd, Concord, NH 03301», presents with hypoxia.",
    "«D|Wed 10/23»: «P|Ahmad Nasser» reviewed in wound clinic at «L|St. Vincent's»; son «P|Khalil» translating.",
    "ICU transfer note «D|02/18/2024» - «P|Leon Schwarz» (chart «M|00812993»), «A|91»M, septic shock from UTI, on norepi 0.12.",
    "Home health intake: «P|Dorothy Fairweather», «L|26 Harbor View Dr, Port Angeles, WA 98362», ph «PH|360-555-0199», DOB «B|03/03/1940», PCP Dr. «P|Ansel Brooks».",
    "Psych eval «D|5/13»: «P|Marisol Vega» reports passive SI since «D|3/31»; mother «P|Teresa Vega» is aware.",
    "Peds: «P|Mia Johansson» DOB «B|2019-03-22», accompanied by mother «P|Karin Johansson» and father «P|Nils»; vaccines up to date per «D|Feb 2024» record.",
    "Chaplain visit «D|8/8»: spoke with pt «P|Yaw Darko» and his brother «P|Kojo» about goals of care; RN «P|Bridget» present.",
    "Endoscopy «D|13 Sep 2024»: «P|Anand Krishnamurthy» — Barrett's esophagus, biopsies taken. Endoscopist: «P|G. Moretti», MD.",
    "OT note: «P|Ruth Levi» (hosp# «M|00-321-88») ambulated 50 ft w/ RW; plan d/c home «D|Thurs 11/14».",
    "Addendum «D|1/5/25» 0910: correction - prior note dated «D|1/4/25» was entered on wrong pt; correct pt is «P|Jaroslav Novák» MRN «M|4092281».",
    "Dialysis RN: «P|Moana Keawe» tolerated 3.5 h run, UF 2.1 L. Next tx «D|Fri 10/11». Transport «PH|808-555-0177».",
    "«P|Kowalski, Anna»  F  «B|03/19/1934»  «A|90»  MRN «M|W0081123»  ADM «D|10/02/2024»  DX: hip fx",
    "Reason for visit: hospital f/u after d/c from «L|Good Samaritan Hospital» on the «D|22nd». «P|Hyun-woo Lee» accompanied by his daughter «P|Grace Lee».",
    "ED note: pt «P|Faisal Qureshi» states he lives at «L|4417 Birchwood Ave, Skokie, IL 60076» with his mother; his phone «PH|847-555-0121», SSN «S|412-77-3095».",
    "Anesthesia «D|12.05.2024»: «P|Katarzyna Zielińska», ur. «B|03.07.1949», ASA 3, Mallampati II, uneventful induction.",
    "«P|M. Rahman» (pt) and «P|S. Rahman» (spouse) both registered under acct «AC|77120045»; please split charts «M|6620911» / «M|6620912».",

    # ---- log / table ----
    "«D|2024-06-01» 23:59:58 INFO discharge_sum_signed mrn=«M|5590021» author=«P|Okeke, Ebere» MD",
    "| «P|Tuilagi, Losa» | «M|8810021» | «B|7/7/1937» | «D|7/9» | «D|7/14» | CHF |",
    "Row 14: MRN «M|A0019932»; Name «P|Ferreira da Silva, João»; DOB «B|1952/11/30»; Visit «D|2024/06/05»",
    "BILLING acct «AC|0072219930» | «P|PRZYBYLSKI, JAN» | DOS «D|10/01/24»-«D|10/04/24» | MRN «M|3341200»",
    "specimen rcvd «D|Tue 03/26/2024» 11:02 from «L|Northgate Clinic» — «P|Tamura, Ken» — «M|551209» — SST x2",
    "«M|002281»|«P|Soto^Rafael»|«B|19340212»|«A|90»|«L|Hialeah»",
    "vitals export: time=«D|2024-11-02T04:00», id=«M|9943021», hr=112, bp=88/54, spo2=91",
    "EVT «D|03-14-2024» DEV «DV|PM-887221-B» interrogation: AF burden 12%, pt «P|Oyelaran, Bisi» DOB «B|03-14-1950»",
    "car seat check: baby boy «P|Suarez» DOB «B|10/28/24», parent «P|Luz Suarez», vehicle plate «VH|7XKM221»",

    # ---- e-mails / letters ----
    "Hello Dr. «P|Ahn», «P|Grace Oduya»'s MRI (MRN «M|1193340») from «D|April 2nd» shows no new lesions. Can she keep her «D|May 14» slot? — «P|Ines», MS clinic",
    "Subject: «P|Farrell» «D|8/12» no-show\n«P|Cormac Farrell» (DOB «B|2/29/1952») missed his «D|8/12» appointment; left VM at «PH|(617) 555-0156».",
    "Dear Ms. «P|Abara», we received the records for your mother «P|Ebele Abara» (DOB «B|Jan 19, 1933»); her visit on «D|January 30th» is confirmed.",
    "Dr. «P|Hernández»: your pt «P|Xiomara Ríos», DOB «B|12/05/1958» (day-first: «B|12 de mayo»), needs repeat INR before «D|viernes 17/05».",
    "To: «E|records@pinecrestmed.com»\nPlease release records for «P|Hollis Breckenridge», DOB «B|8-8-1928», admissions «D|2/2022» and «D|11/2023».",
    "«P|Shirin», the «D|Dec 1» appointment for «P|Parisa Tehrani» (MRN «M|7782214») is moved to «D|Dec 8». Her portal: «U|https://mychart.examplehealth.org/patient/7782214»",
    # ---- extra mixed ----
    "ADT A08 update «D|2024-12-02T16:45»: DOB corrected from «B|1950-02-01» to «B|1950-01-02» for MRN «M|3087751», «P|XU, JIANGUO».",
    "Nursing handoff «D|Sun 12/1» 1900: «P|Pedro Alves» (rm 8) refused SQ heparin x2, «A|95» yo, DOB «B|1929-06-14», daughter «P|Fernanda» aware.",
    "ok so for the cohort can u exclude «P|thibodeaux, remy» mrn «M|441-0092» dob «B|12/24/45», he transferred to «L|Ochsner Baptist» «D|11/30»",
    "Registration: «P|Consuelo Mendoza» provided SSN «S|604-19-8833» and DOB «B|Aug 3, 1961»; address on file «L|1190 Calle Sol, Unit 4, Chula Vista, CA 91910».",
]

NEG = [
    "72 yo M with Parkinson's disease on carbidopa-levodopa 25/100 TID, UPDRS III 32, no falls this month.",
    "Pain 6/10, BP 142/88, HR 96, RR 18, SpO2 94% on 2L NC; will recheck in 4 hours.",
    "2/6 systolic murmur at LUSB, unchanged; Levine grade noted on prior echo in 2019.",
    "Codes: ICD-10 E11.65, CPT 99214, LOINC 4548-4; HbA1c 8.1% (ref 4.0-5.6).",
    "Strength 3/5 RLE, 5/5 elsewhere; Babinski upgoing on right, Romberg not tested.",
    "Hodgkin lymphoma stage IIB, ABVD cycle 4 of 6, next cycle in 14 days.",
    "s/p Whipple procedure with Roux-en-Y reconstruction, Jackson-Pratt drain output 120 mL.",
    "Positive Murphy's sign, Charcot's triad absent, RUQ US ordered; NPO after midnight.",
    "Apgar 8 and 9 at 1 and 5 minutes; GA 38w2d; Ballard score consistent.",
    "CHA2DS2-VASc 5, HAS-BLED 3; started apixaban 5 mg BID, hold for procedures 48h prior.",
    "Child-Pugh B, MELD-Na 18, within Milan criteria; refer to transplant hepatology.",
    "Wells score 4.5, D-dimer 1.2 mcg/mL FEU, CTPA negative for PE.",
    "GCS 14 (E4 V4 M6) on arrival to ED, improved to 15 by evening.",
    "Hx of MI in 2019, DES to LAD in 2020, CABG discussed but declined in 2022.",
    "pt traveled to Guatemala and then Texas last year; no known TB exposure.",
    "Transferred from ED to MICU, then to 5 North step-down; Cardiology and Nephrology following.",
    "89-year-old woman with Alzheimer's dementia, MoCA 14/30, lives with family.",
    "Vancomycin 15 mg/kg q12h x 10 days, day 3 of 10 today; trough 14.2 mcg/mL.",
    "Visual acuity 20/40 OD, 20/25 OS; IOP 18/17 mmHg.",
    "HIV-1/2 Ab/Ag negative, HBsAg negative, HCV Ab negative.",
    "Na 128 on 3 consecutive days; fluid restriction 1.5 L/day, urine osm pending.",
    "FEV1/FVC 0.62, FEV1 48% predicted, GOLD 3, group E; start LAMA/LABA.",
    "NYHA class III, EF 25-30%, on sacubitril-valsartan 49/51 mg BID.",
    "Guillain-Barre suspected; LP shows albuminocytologic dissociation, IVIG day 2 of 5.",
    "Crohn's disease, Montreal A2 L3 B2, on ustekinumab 90 mg q8 weeks.",
    "Bell's palsy, House-Brackmann grade III, prednisone taper x10 days.",
    "Graves disease vs Hashimoto thyroiditis, TSH 0.01, free T4 3.2 ng/dL.",
    "Ottawa ankle rules negative, Lachman negative, McMurray positive medially.",
    "Morse fall score 45, Braden 14, q2h turns, bed alarm on.",
    "pls list all pts with ALS (Lou Gehrig's disease) seen in neurology clinic in 2023",
    "Tinel and Phalen positive bilaterally; EMG shows moderate carpal tunnel syndrome.",
    "Addison's disease on hydrocortisone 15/5 mg; stress dose for surgery per endocrine.",
    "Cushing's syndrome workup: 1 mg dex suppression cortisol 6.1 mcg/dL, 24h UFC elevated.",
    "Foley catheter placed, Swan-Ganz removed, Trendelenburg for line placement.",
    "Ranson criteria 3 at 48 hours; BISAP 2; lipase 1240 U/L.",
    "PHQ-9 14, GAD-7 11, C-SSRS negative; therapy referral to Behavioral Health.",
    "how many pts got tPA within 60 min door-to-needle in Q3? break out by ED vs direct admit",
    "INR 2.4 (goal 2-3) on warfarin 5 mg daily except 2.5 mg Mon/Fri.",
    "Colles fracture L wrist, closed reduction, sugar-tong splint; ortho f/u 1 week.",
    "Ohio Medicaid requires prior auth for GLP-1 agonists; Ozempic 0.5 mg weekly pending.",
    "Pt from India, speaks Hindi and English; interpreter not needed.",
    "Down syndrome with AV canal repair as an infant; TSH annually.",
    "Kernig and Brudzinski signs negative; no meningismus; CSF WBC 2.",
    "RESULT K 5.9 mmol/L H | Na 131 L | Cr 2.1 H | reflex Mg ordered | hemolyzed: no",
    "Bishop score 8 at 39w4d; oxytocin started at 2 mU/min, titrate q30min.",
    "ref range 3.5-5.1 mmol/L; critical >6.0; repeat in 2 h if hemolyzed",
    "Tanner stage 4, BMI 31.4 (97th percentile), acanthosis nigricans present.",
    "Nissen fundoplication 2016, Hartmann procedure 2018 with reversal in 2019.",
    "ACC/AHA 2022 guideline: consider SGLT2i for HFmrEF; follow up in 6 weeks.",
    "Sjogren's syndrome, Raynaud phenomenon, anti-Ro positive; hydroxychloroquine 200 mg BID.",
    "Marfan syndrome, aortic root 4.6 cm, losartan 50 mg daily, echo in 12 months.",
    "DRG 291, HCPCS J1885, LOS 6 days vs GMLOS 4.1; observation hours 22.",
    "infant 34 weeks, 2.1 kg, on 1/2 strength feeds q3h, bili 12.4 at 72 hours of life",
    "Epic BPA fired 3x for sepsis; lactate 2.8 then 1.9 after 30 mL/kg bolus.",
    "Kaposi sarcoma lesions on lower extremities; CD4 180, VL 42,000 copies/mL.",
    "Case Management consulted for SNF placement; PT recommends 24/7 supervision.",
    "Mallampati III, ASA 3, Cormack-Lehane grade 2 view, size 7.5 ETT at 22 cm.",
    "Meckel diverticulum found incidentally; Ludwig's angina ruled out on CT neck.",
    "pulled 1/2 tab of metoprolol 25 mg, HR 52 at 0800, holding next dose",
    "Wilson's disease excluded: ceruloplasmin 28 mg/dL, 24h urine copper normal.",
]


MARK = re.compile(r"«([A-Z]+)\|([^«»]*)»")


def parse(marked):
    out, spans, pos = [], [], 0
    for m in MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        start = sum(len(x) for x in out)
        value = m.group(2)
        code = m.group(1)
        if code not in CODES:
            raise ValueError(f"bad code {code!r} in {marked!r}")
        out.append(value)
        spans.append({"entity_type": CODES[code], "value": value,
                      "start": start, "end": start + len(value)})
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if "«" in text or "»" in text:
        raise ValueError(f"leftover markup in {marked!r}")
    return text, spans


def main():
    pos_src = POS + MORE_POS
    # any stub text left over would be a bug
    for s in pos_src:
        assert "..." not in s, s
    assert len(pos_src) == len(set(pos_src)), "duplicate template"

    rows = []
    for s in pos_src:
        text, spans = parse(s)
        rows.append({"text": text, "spans": spans})
    neg = [{"text": t, "spans": []} for t in NEG]
    assert len(set(NEG)) == len(NEG)

    errors = []
    for r in rows + neg:
        t = r["text"]
        n_words = len(re.findall(r"[^\s|,^\t]+", t))
        if not 5 <= n_words <= 80:
            errors.append(f"word count {n_words}: {t!r}")
        prev_end = -1
        for sp in sorted(r["spans"], key=lambda x: x["start"]):
            if t[sp["start"]:sp["end"]] != sp["value"]:
                errors.append(f"mismatch {sp} in {t!r}")
            if sp["start"] < prev_end:
                errors.append(f"overlap {sp} in {t!r}")
            if sp["value"] != sp["value"].strip() or not sp["value"]:
                errors.append(f"untrimmed/empty {sp} in {t!r}")
            if sp["entity_type"] == "AGE" and int(sp["value"]) <= 89:
                errors.append(f"age <= 89 labelled: {sp}")
            prev_end = sp["end"]
    for r in rows:
        if not r["spans"]:
            errors.append(f"positive without spans: {r['text']!r}")
    for r in neg:
        if MARK.search(r["text"]):
            errors.append(f"markup in negative {r['text']!r}")

    print(f"positives: {len(rows)}  negatives: {len(neg)}")
    if len(rows) != 160 or len(neg) != 60:
        errors.append(f"expected 160/60 lines, got {len(rows)}/{len(neg)}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)

    with open("/work/devextra/clinical3_pos.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open("/work/devextra/clinical3_neg.jsonl", "w", encoding="utf-8") as f:
        for r in neg:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    c = Counter(sp["entity_type"] for r in rows for sp in r["spans"])
    print("span counts by type:")
    for k in CODES.values():
        print(f"  {k:10s} {c.get(k, 0)}")
    print(f"  {'TOTAL':10s} {sum(c.values())}")
    for need in ("DATE", "DOB", "MRN", "PERSON"):
        if c.get(need, 0) < 40:
            print(f"WARNING: {need} has fewer than 40 spans")


if __name__ == "__main__":
    main()
