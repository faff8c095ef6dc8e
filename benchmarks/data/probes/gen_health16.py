#!/usr/bin/env python3
"""Hand-written tuning set for a PII/PHI redactor used by hospital billing,
eligibility and clinical staff.

Standard library only, fixed seed. Every name, code, template and pool below is
written by hand; `random` only picks among these pools and builds digit strings
in realistic shapes.

Writes (next to this script):
  health_neg.jsonl  200 texts with no personal identifier  {"text", "spans": []}
  health_pos.jsonl  150 texts with labelled PHI spans

Template mini-language: {TYPE:gen}. TYPE is an entity type (labelled span) or
`x` (filler, not labelled). Within one text a gen name always yields the same
value (cached per text), so use gen2/gen3 names for distinct values.

Labelling conventions:
  * titles (Dr., RN, MD, DO) are outside PERSON spans
  * a full postal address on one line is ONE LOCATION span; in X12/HL7 where
    the address is split into fields, street line, city and ZIP are separate
    LOCATION spans and a bare state abbreviation is not labelled
  * in X12/HL7 name fields (LAST*FIRST, LAST^FIRST) each name part is its own
    PERSON span
  * claim numbers, group numbers, auth/reference/ticket numbers, practice tax
    IDs, payer IDs, BIN/PCN/RxGroup, taxonomy codes are NOT labelled
  * every phone / fax number that appears is labelled (negatives are phone-free)
"""
import datetime
import json
import os
import random
import re
from collections import Counter

SEED = 16016
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
NEG_PATH = os.path.join(HERE, "health_neg.jsonl")
POS_PATH = os.path.join(HERE, "health_pos.jsonl")

TYPES = {"PERSON", "MEMBER_ID", "MRN", "ACCOUNT", "LICENSE", "DATE", "DOB",
         "PHONE", "FAX", "LOCATION", "DEVICE_ID", "EMAIL"}


def pick(xs):
    return R.choice(xs)


def d(n, lead="0123456789"):
    """n random digits; first digit drawn from `lead`."""
    if n <= 0:
        return ""
    return R.choice(lead) + "".join(R.choice("0123456789") for _ in range(n - 1))


def alnum(n, chars="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(chars) for _ in range(n))


# ---------------------------------------------------------------------------
# Hand-written pools: people and places
# ---------------------------------------------------------------------------
FIRST = [
    "Linda", "Marcus", "Priya", "DeShawn", "Xiomara", "Tomasz", "Keisha",
    "Hiroshi", "Fatima", "Brandon", "Guadalupe", "Oluwaseun", "Carmen", "Ethan",
    "Mei", "Rahul", "Svetlana", "Tyrone", "Ashley", "Jorge", "Nkechi", "Dmitri",
    "Hannah", "Luis", "Anh", "Bethany", "Kwame", "Rosa", "Connor", "Imani",
    "Yusuf", "Ingrid", "Rafael", "Shaniqua", "Wei", "Bridget", "Abdullah",
    "Colleen", "Mateo", "Esperanza", "Kenji", "Tamika", "Gregory", "Leilani",
    "Sanjay", "Dolores", "Jamal", "Agnieszka", "Chloe", "Emeka", "Beatriz",
    "Travis", "Lakshmi", "Patrick", "Yesenia", "Darnell", "Ruth", "Hamid",
    "Josefina", "Cody", "Grace", "Hope", "Will", "Rose", "Dawn", "Joy", "Bill",
    "Mark", "Faith", "Sage", "Skyler", "Jo", "Nguyet", "Thanh", "Mary Beth",
    "Jean-Pierre", "Siobhan", "Aroha", "Zainab", "Bao",
]
LAST = [
    "Okafor", "Gutierrez", "Nguyen", "Kowalski", "Washington", "Patel",
    "Hernandez", "O'Brien", "Fitzgerald-Moore", "Tanaka", "Abdi", "Johansson",
    "McAllister", "Delgado", "Chen", "Ramirez", "Begay", "Yazzie", "Kaur",
    "Singh", "Ivanova", "Brooks", "Reyes", "Thibodeaux", "Nakamura", "Adeyemi",
    "Castillo", "Lindqvist", "Hughes", "Mendoza", "Petrov", "Obi", "Schwartz",
    "Baptiste", "Vu", "Kim", "Park", "Lee", "Al-Sayed", "Haddad", "Murphy",
    "Dubois", "Romero", "Whitfield", "Stanislawski", "De La Cruz", "Price",
    "Banks", "Payne", "Rich", "Black", "Young", "Day", "Cash", "Major", "Frank",
    "Love", "Moody", "Street", "Bishop", "Mercy", "Dean", "Warren", "Chavez",
    "Tran", "Goldberg", "Oyelaran", "Rosario", "Szabo", "Friedman",
]
MI = list("ABCDEFGHJKLMNPRSTW")

# (city, state, zip3, area codes)
CITIES = [
    ("Round Rock", "TX", "786", ["512", "737"]),
    ("Pflugerville", "TX", "786", ["512", "737"]),
    ("Killeen", "TX", "765", ["254"]),
    ("Lubbock", "TX", "794", ["806"]),
    ("San Marcos", "TX", "786", ["512"]),
    ("Tacoma", "WA", "984", ["253"]),
    ("Yakima", "WA", "989", ["509"]),
    ("Spokane", "WA", "992", ["509"]),
    ("Dayton", "OH", "454", ["937"]),
    ("Toledo", "OH", "436", ["419", "567"]),
    ("Macon", "GA", "312", ["478"]),
    ("Joliet", "IL", "604", ["815", "779"]),
    ("Duluth", "MN", "558", ["218"]),
    ("Pueblo", "CO", "810", ["719"]),
    ("Bangor", "ME", "044", ["207"]),
    ("Visalia", "CA", "932", ["559"]),
    ("Fresno", "CA", "937", ["559"]),
    ("Ocala", "FL", "344", ["352"]),
    ("Albuquerque", "NM", "871", ["505"]),
    ("Scranton", "PA", "185", ["570"]),
    ("Mobile", "AL", "366", ["251"]),
    ("Shreveport", "LA", "711", ["318"]),
    ("Springfield", "MO", "658", ["417"]),
    ("Eugene", "OR", "974", ["541"]),
    ("Lansing", "MI", "489", ["517"]),
    ("Paterson", "NJ", "075", ["973", "862"]),
    ("Yonkers", "NY", "107", ["914"]),
    ("Hutto", "TX", "786", ["512"]),
]
STREETS = [
    "Oak Ridge Dr", "Martin Luther King Jr Blvd", "Farm to Market Rd 1431",
    "County Road 212", "Hidden Valley Ln", "E 7th St", "Wellington Ct",
    "Cypress Creek Pkwy", "Old Mill Rd", "N Lamar Blvd", "Bluebonnet Trl",
    "Sunset Ave", "Pecan St", "Rio Grande St", "Maple Hollow Cir", "Route 9W",
    "W Main St", "Hospital Dr", "Garfield Ave", "Lincoln Way", "Calle Sol",
    "Kamehameha Ave", "Cherry Blossom Ln", "Industrial Blvd", "S 4th Ave",
]
UNITS = ["", "", "", " Apt 3B", " Apt 114", " Unit 12", " #204", " Lot 17",
         " Trlr 6", " Apt C"]
FACILITIES = [
    "St. Brigid Regional Medical Center", "Harbor View Rehabilitation Hospital",
    "Cedar Crest Skilled Nursing", "Lakeside Family Clinic",
    "Mercy Valley Surgical Center", "Riverbend Dialysis",
    "Pine Hollow Nursing and Rehab", "Northgate Urgent Care",
    "Sunrise Pediatric Associates", "Bayou Oaks Hospice",
    "Desert Sky Imaging", "Good Shepherd Memorial Hospital",
    "Willow Creek Behavioral Health", "Prairie View Assisted Living",
]
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com",
                 "aol.com", "hotmail.com", "att.net", "comcast.net"]

# ---------------------------------------------------------------------------
# Hand-written pools: billing / clinical codes (never labelled)
# ---------------------------------------------------------------------------
# (name, chat short name, electronic payer id)
PAYERS = [
    ("Aetna", "aetna", "60054"),
    ("UnitedHealthcare", "UHC", "87726"),
    ("Cigna", "cigna", "62308"),
    ("Humana", "humana", "61101"),
    ("Blue Cross Blue Shield of Texas", "BCBSTX", "84980"),
    ("UMR", "umr", "39026"),
    ("Anthem Blue Cross", "anthem", "47198"),
    ("Kaiser Permanente", "kaiser", "94135"),
    ("Molina Healthcare", "molina", "20554"),
    ("Wellcare", "wellcare", "14163"),
]
CPT = ["99213", "99214", "99215", "99203", "99204", "99223", "99232", "99285",
       "93000", "36415", "80053", "85025", "71046", "72148", "74177", "45378",
       "43239", "20610", "97110", "97140", "90837", "90834", "96372", "27447",
       "29881", "66984", "77067", "81002", "87635", "99406", "99497", "G0439",
       "G2211", "99490", "99457", "93306", "70553", "76805", "59400", "11721"]
EM = ["99202", "99203", "99204", "99212", "99213", "99214", "99215", "99284",
      "99285", "99232", "99233"]
PROC = ["20610", "11721", "17110", "69210", "96372", "12002", "10060", "93000",
        "94640", "J1885"]
HCPCS = ["G0378", "J1885", "J3420", "J0696", "J1100", "J9271", "E0601",
         "A4253", "K0001", "E1390", "L3908", "A0428", "A0425", "Q0091",
         "J2505", "A4239", "E2103", "G0008", "J7030", "J2270"]
# (code, description)
ICD = [("E11.9", "type 2 diabetes mellitus without complications"),
       ("E11.65", "type 2 DM with hyperglycemia"),
       ("I10", "essential hypertension"),
       ("I50.9", "heart failure, unspecified"),
       ("J44.1", "COPD with acute exacerbation"),
       ("N18.4", "CKD stage 4"),
       ("Z00.00", "general adult exam w/o abnormal findings"),
       ("M54.50", "low back pain, unspecified"),
       ("F32.A", "depression, unspecified"),
       ("R07.9", "chest pain, unspecified"),
       ("S72.001A", "fracture of unsp part of neck of right femur, initial"),
       ("K21.9", "GERD without esophagitis"),
       ("J18.9", "pneumonia, unspecified organism"),
       ("A41.9", "sepsis, unspecified organism"),
       ("G47.33", "obstructive sleep apnea"),
       ("I48.91", "unspecified atrial fibrillation"),
       ("N39.0", "UTI, site not specified"),
       ("E78.5", "hyperlipidemia, unspecified"),
       ("Z96.651", "presence of right artificial knee joint"),
       ("C50.911", "malignant neoplasm of unsp site of right female breast"),
       ("O24.410", "gestational diabetes, diet controlled"),
       ("L89.154", "pressure ulcer of sacral region, stage 4")]
PCS = [("0SRD0J9", "replacement of left knee joint with synthetic substitute, cemented"),
       ("0SRC0J9", "replacement of right knee joint with synthetic substitute, cemented"),
       ("0DTJ4ZZ", "resection of appendix, percutaneous endoscopic"),
       ("0FT44ZZ", "resection of gallbladder, percutaneous endoscopic"),
       ("5A1955Z", "respiratory ventilation, greater than 96 consecutive hours"),
       ("10E0XZZ", "delivery of products of conception, external"),
       ("02703DZ", "dilation of coronary artery, one artery, with intraluminal device, percutaneous"),
       ("30233N1", "transfusion of nonautologous red blood cells into peripheral vein, percutaneous")]
DRG = [("470", "Major hip and knee joint replacement w/o MCC", "1.90"),
       ("291", "Heart failure and shock w MCC", "1.33"),
       ("871", "Septicemia or severe sepsis w/o MV >96 hours w MCC", "1.91"),
       ("193", "Simple pneumonia and pleurisy w MCC", "1.29"),
       ("392", "Esophagitis, gastroenteritis and misc digestive disorders w/o MCC", "0.75"),
       ("247", "Perc cardiovasc proc w drug-eluting stent w/o MCC", "2.05"),
       ("683", "Renal failure w CC", "0.89"),
       ("190", "COPD w MCC", "1.17"),
       ("885", "Psychoses", "1.29"),
       ("795", "Normal newborn", "0.17"),
       ("603", "Cellulitis w/o MCC", "0.84"),
       ("312", "Syncope and collapse", "0.84")]
REV = ["0450", "0360", "0250", "0636", "0300", "0320", "0710", "0120", "0110",
       "0260", "0730", "0762", "0352", "0278", "0420", "0510"]
MODS = [("25", "significant, separately identifiable E/M on the same day"),
        ("59", "distinct procedural service"),
        ("XU", "unusual non-overlapping service"),
        ("XS", "separate structure"),
        ("GT", "via interactive audio and video telecommunications"),
        ("95", "synchronous telemedicine service"),
        ("RT", "right side"), ("LT", "left side"), ("50", "bilateral procedure"),
        ("26", "professional component"), ("TC", "technical component"),
        ("GA", "waiver of liability statement (ABN) on file"),
        ("GY", "item or service statutorily excluded"),
        ("GZ", "item or service expected to be denied as not reasonable and necessary"),
        ("KX", "requirements specified in the medical policy have been met"),
        ("JW", "drug amount discarded/not administered"),
        ("JZ", "zero drug amount discarded"),
        ("76", "repeat procedure by same physician"),
        ("AI", "principal physician of record"),
        ("QW", "CLIA-waived test"), ("24", "unrelated E/M during a postoperative period"),
        ("57", "decision for surgery"), ("80", "assistant surgeon")]
CARC = [("CO-45", "Charge exceeds fee schedule/maximum allowable"),
        ("CO-97", "Benefit included in the payment/allowance for another service already adjudicated"),
        ("CO-16", "Claim/service lacks information or has submission/billing error(s)"),
        ("CO-197", "Precertification/authorization/notification absent"),
        ("CO-50", "Non-covered: not deemed a medical necessity by the payer"),
        ("CO-4", "Procedure code inconsistent with the modifier used, or a required modifier is missing"),
        ("CO-11", "Diagnosis inconsistent with the procedure"),
        ("CO-29", "Time limit for filing has expired"),
        ("CO-18", "Exact duplicate claim/service"),
        ("CO-22", "This care may be covered by another payer per coordination of benefits"),
        ("CO-96", "Non-covered charge(s)"),
        ("CO-109", "Claim/service not covered by this payer/contractor"),
        ("CO-151", "Payer deems the information submitted does not support this many/frequency of services"),
        ("CO-236", "Procedure or procedure/modifier combination not compatible with another procedure on the same day (NCCI)"),
        ("PR-1", "Deductible amount"), ("PR-2", "Coinsurance amount"),
        ("PR-3", "Co-payment amount"),
        ("PR-204", "Service/equipment/drug not covered under the current benefit plan"),
        ("PR-27", "Expenses incurred after coverage terminated"),
        ("OA-23", "Impact of prior payer(s) adjudication including payments and/or adjustments"),
        ("CO-242", "Services not provided by network/primary care providers")]
RARC = [("N130", "Consult plan benefit documents/guidelines for information about restrictions for this service"),
        ("M15", "Separately billed services/tests have been bundled as they are considered components of the same procedure"),
        ("N290", "Missing/incomplete/invalid rendering provider primary identifier"),
        ("MA130", "Claim contains incomplete and/or invalid information; no appeal rights, submit a new claim"),
        ("M80", "Not covered when performed during the same session/date as a previously processed service"),
        ("N362", "The number of days or units of service exceeds the acceptable maximum"),
        ("N20", "Service not payable with other service rendered on the same date"),
        ("MA04", "Secondary payment cannot be considered without the identity of or payment information from the primary payer"),
        ("M127", "Missing patient medical record for this service"),
        ("N657", "This should be billed with the appropriate code for these services")]
POS = [("11", "Office"), ("19", "Off campus-outpatient hospital"),
       ("21", "Inpatient hospital"), ("22", "On campus-outpatient hospital"),
       ("23", "Emergency room-hospital"),
       ("02", "Telehealth provided other than in patient's home"),
       ("10", "Telehealth provided in patient's home"), ("12", "Home"),
       ("31", "Skilled nursing facility"), ("32", "Nursing facility"),
       ("81", "Independent laboratory"), ("20", "Urgent care facility"),
       ("24", "Ambulatory surgical center")]
TOB = [("0111", "hospital inpatient, admit through discharge"),
       ("0131", "hospital outpatient, admit through discharge"),
       ("0137", "hospital outpatient, replacement of prior claim"),
       ("0138", "hospital outpatient, void/cancel of prior claim"),
       ("0211", "skilled nursing inpatient, admit through discharge"),
       ("0851", "critical access hospital outpatient"),
       ("0721", "clinic - ESRD, admit through discharge"),
       ("0811", "hospice (non-hospital based), admit through discharge"),
       ("0141", "hospital other (Part B), admit through discharge")]
COND = [("44", "inpatient admission changed to outpatient"),
        ("20", "beneficiary requested billing"),
        ("21", "billing for denial notice"),
        ("G0", "distinct medical visit"),
        ("07", "treatment of non-terminal condition for hospice patient")]
OCC = [("11", "onset of symptoms/illness"), ("01", "accident/medical coverage"),
       ("04", "accident/employment related"), ("24", "date insurance denied"),
       ("32", "date beneficiary notified of intent to bill (procedures or treatments)"),
       ("50", "assessment date"), ("42", "date of discharge")]
TAXON = [("207Q00000X", "family medicine"), ("207R00000X", "internal medicine"),
         ("208D00000X", "general practice"), ("163W00000X", "registered nurse"),
         ("363L00000X", "nurse practitioner"), ("367500000X", "CRNA"),
         ("261QR1300X", "rural health clinic"), ("282N00000X", "general acute care hospital"),
         ("207RC0000X", "cardiovascular disease"), ("2084P0800X", "psychiatry"),
         ("207X00000X", "orthopaedic surgery"), ("208000000X", "pediatrics")]
# (label, NDC 5-4-2)
NDC = [("Keytruda 100 mg/4 mL", "00006-3026-02"),
       ("Humira 40 mg/0.4 mL pen", "00074-0554-02"),
       ("Ozempic 2 mg/3 mL pen", "00169-4772-12"),
       ("Eliquis 5 mg tablet", "00003-0894-21"),
       ("Lantus 10 mL vial", "00088-2220-33"),
       ("Jardiance 10 mg tablet", "00597-0152-30"),
       ("Dupixent 300 mg/2 mL pen", "00024-5915-02"),
       ("ondansetron 4 mg/2 mL vial", "00409-4755-03"),
       ("ketorolac 30 mg/mL vial", "00409-3795-01"),
       ("ceftriaxone 1 g vial", "00781-3208-95"),
       ("Prolia 60 mg/mL syringe", "55513-0710-01"),
       ("Trulicity 1.5 mg/0.5 mL pen", "00002-1434-80")]
NDC_LABELERS = ["00002", "00006", "00069", "00074", "00169", "00173", "00310",
                "50242", "59762", "68180", "00093", "00781", "63323", "00409",
                "55111", "00378"]
BINS = ["004336", "610014", "003858", "610097", "610502", "015581", "004915",
        "020099", "610279", "012353"]
PCNS = ["ADV", "MEDDADV", "A4", "9999", "CTRXMEDD", "WG", "03200000",
        "MEDDPRIME", "HEALTH", "CN"]
RXGRPS = ["RX8849", "WKGA", "UHEALTH", "BCTXA", "0C2413", "RXCVSD", "ACUW",
          "HUMANA01", "RXGMC4", "ESIGRP7"]
PBMS = ["Express Scripts", "CVS Caremark", "OptumRx", "Prime Therapeutics",
        "MedImpact", "Navitus"]
DRUGDOSE = ["metformin 1000 mg BID", "insulin glargine 24 units qHS",
            "apixaban 5 mg BID", "Ozempic 0.5 mg SC weekly",
            "Humira 40 mg SC q14d", "Keytruda 200 mg IV q3w",
            "vancomycin 1,250 mg IV q12h", "heparin 18 units/kg/hr",
            "furosemide 40 mg IV BID", "Entresto 49/51 mg BID",
            "warfarin 5 mg daily", "piperacillin-tazobactam 4.5 g IV q6h",
            "lisinopril 20 mg daily", "Mounjaro 5 mg SC weekly"]
LABS = ["A1c 8.2%", "eGFR 38", "K 5.9", "Hgb 7.1", "INR 3.4",
        "troponin 0.08 ng/mL", "BNP 1,240", "LDL 162", "TSH 0.02",
        "lactate 4.3", "Na 128", "Cr 2.1", "WBC 17.4", "plt 42K"]
LAB_ORDERS = ["CMP (80053)", "CBC w/ diff (85025)", "HbA1c (83036)",
              "lipid panel (80061)", "TSH (84443)", "UA (81003)",
              "PT/INR (85610)", "BMP (80048)", "vitamin D (82306)"]
DRUGSCHED = ["oxycodone 5 mg tab #20", "hydrocodone/APAP 5/325 #12",
             "Adderall XR 20 mg #30", "lorazepam 0.5 mg #10",
             "buprenorphine/naloxone 8/2 mg film #14",
             "methylphenidate ER 36 mg #30", "tramadol 50 mg #15"]
DEPTS = ["5 North", "4 West", "MICU", "SICU", "CVICU", "NICU", "PACU", "L&D",
         "the ED", "7 Tower", "Step-down", "Med-Surg 3", "Cath Lab",
         "Infusion Center", "6 South Ortho", "Oncology 8"]
ROLES = ["the attending", "the charge nurse", "the hospitalist", "the intensivist",
         "the house supervisor", "the UR nurse", "the case manager",
         "the resident", "pharmacy", "the unit clerk"]
GUIDELINES = ["InterQual 2024 Acute Adult", "MCG 27th edition",
              "NCCN v2.2025", "GOLD 2024", "ADA Standards of Care 2025",
              "KDIGO 2024", "ACC/AHA 2022 HF guideline", "USPSTF grade B",
              "LCD L33822", "NCD 240.4", "the Milliman criteria"]
VERS = ["v3.2.1", "v2024.4", "v1.7", "rev. 07/2024", "v5.0.2", "2025-R3",
        "v12", "rev. B", "v4.1"]
EFFDATES = ["01/01/2025", "10/01/2024", "07/01/2025", "April 1, 2025",
            "1/1/2026", "2025-03-01", "January 1st", "10/1", "06/30/2025"]
PLANYEARS = ["plan year 2025", "PY2026", "CY2024", "CY2025", "FY2025",
             "the 2025 plan year", "benefit year 2026"]
QTRS = ["Q1", "Q2", "Q3", "Q4", "Q3 2024", "Q1 FY25", "2Q25"]
PLANTYPES = ["PPO", "HMO", "EPO", "POS", "HDHP/HSA", "Medicare Advantage HMO",
             "Medicaid managed care"]
GRPNAMES = ["HALCYON SOFTWARE INC", "TRI-STATE PLUMBING", "NORTHSTAR FREIGHT",
            "BRIGHTWAVE CREDIT UNION", "COPPERLEAF HOSPITALITY",
            "REDLINE ELECTRIC COOP", "BLUE HERON FOODS", "IRONWOOD STAFFING"]
EMPLOYERS = ["Copperleaf Hospitality", "Redline Electric Coop",
             "Ironwood Staffing", "Blue Heron Foods", "Northstar Freight"]
SPECIALTIES = ["cardiology", "orthopedics", "GI", "nephrology", "pulmonology",
               "endocrinology", "neurology", "urology"]
STLC = ["tx", "ca", "fl", "il", "ny", "ga", "nc", "ohio", "mi", "pa"]
MCOS = ["Superior HealthPlan", "Molina", "Amerigroup", "CareSource",
        "Sunshine Health", "Aetna Better Health"]
DESTS = ["SNF", "IRF", "home w/ HH", "LTACH", "hospice", "home, self-care"]
SEXES = ["F", "M", "F", "M", "U"]
JCODES = [("J1885", "15 mg", "30 mg", "2"), ("J0696", "250 mg", "1 g", "4"),
          ("J1100", "1 mg", "10 mg", "10"), ("J3420", "1,000 mcg", "1,000 mcg", "1"),
          ("J9271", "1 mg", "200 mg", "200"), ("J2505", "0.5 mg", "6 mg", "12")]
LOOPS = [("2010AA", "billing provider name", "NM1*85"),
         ("2010BA", "subscriber name", "NM1*IL"),
         ("2010BB", "payer name", "NM1*PR"),
         ("2300", "claim information", "CLM"),
         ("2310B", "rendering provider name", "NM1*82"),
         ("2400", "service line", "SV1"),
         ("2410", "drug identification", "LIN"),
         ("2320", "other subscriber information", "SBR"),
         ("1000A", "submitter name", "NM1*41"),
         ("1000B", "receiver name", "NM1*40")]
METALS = ["Bronze", "Silver", "Gold", "Expanded Bronze", "Platinum"]
RPMCPT = ["93296", "93298", "99454", "99457", "G2066"]
HIPPS = ["NHNC1", "KAQD1", "NAHD1", "JCNE1", "1AA11"]
SETTINGS = ["inpatient", "observation", "acute rehab", "SNF"]

# (device type, serial generator)
DEVICES = [
    ("dual-chamber pacemaker", lambda: "RNH" + d(6) + "S"),
    ("ICD", lambda: "PZC" + d(6) + "H"),
    ("implantable loop recorder", lambda: "RLA" + d(6) + "G"),
    ("spinal cord stimulator", lambda: "NKA" + d(6) + "N"),
    ("cochlear implant", lambda: "CI-" + d(7, "123456789")),
    ("LVAD", lambda: "HM3-" + d(5, "123456789")),
    ("insulin pump", lambda: "NG" + d(7) + "H"),
]


# ---------------------------------------------------------------------------
# Identifier generators with real checksums / shapes
# ---------------------------------------------------------------------------
def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def make_npi():
    base = R.choice("12") + d(8)
    for c in "0123456789":
        if luhn_ok("80840" + base + c):
            npi = base + c
            break
    assert luhn_ok("80840" + npi) and len(npi) == 10
    return npi


def make_dea(last, midlevel=False):
    letters = [ch for ch in last.upper() if ch.isalpha()]
    first = "M" if midlevel else R.choice("ABF")
    ds = [R.randint(0, 9) for _ in range(6)]
    chk = (ds[0] + ds[2] + ds[4] + 2 * (ds[1] + ds[3] + ds[5])) % 10
    dea = first + letters[0] + "".join(map(str, ds)) + str(chk)
    return dea


def dea_ok(dea):
    ds = [int(c) for c in dea[2:]]
    return (ds[0] + ds[2] + ds[4] + 2 * (ds[1] + ds[3] + ds[5])) % 10 == ds[6]


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"
MBI_ALNUM = MBI_ALPHA + "0123456789"


def make_mbi(dashed=None):
    s = (R.choice("123456789") + R.choice(MBI_ALPHA) + R.choice(MBI_ALNUM)
         + d(1) + R.choice(MBI_ALPHA) + R.choice(MBI_ALNUM) + d(1)
         + R.choice(MBI_ALPHA) + R.choice(MBI_ALPHA) + d(1) + d(1))
    if dashed is None:
        dashed = R.random() < 0.3
    return s[:4] + "-" + s[4:7] + "-" + s[7:] if dashed else s


BCBS_PREFIX = ["ZGP", "XOD", "YUB", "ZTX", "XZM", "JQH", "VUA", "ZCH"]


def member_id_for(short):
    """Member ID in a shape typical of the payer (by chat short name)."""
    if short == "aetna":
        return pick(["W" + d(9), "W" + d(9), "MEB" + d(6), "1" + d(9, "0123456789")])
    if short == "UHC":
        return pick([d(9, "123456789"), "9" + d(8), d(11, "1") ])
    if short == "cigna":
        return pick(["U" + d(8) + " 01", "U" + d(8) + "01", "U" + d(8) + "-02"])
    if short == "humana":
        return "H" + d(8)
    if short == "BCBSTX":
        return pick(BCBS_PREFIX) + pick([d(9), "W" + d(8), d(12)])
    if short == "anthem":
        return pick(BCBS_PREFIX) + "W" + d(8)
    if short == "umr":
        return d(9, "123456789")
    if short == "kaiser":
        return pick(["11" + d(7), "0" + d(8), d(12, "1")])
    if short == "molina":
        return pick([d(9, "5"), "M" + d(10), d(12, "1")])
    if short == "wellcare":
        return pick([d(8, "1"), "W" + d(9) + "01"])
    return pick(["W" + d(9), d(9, "123456789"), pick(BCBS_PREFIX) + d(9)])


# (state, id generator) Medicaid IDs
MEDICAID = [
    ("TX", lambda: d(9, "57")),
    ("CA", lambda: "9" + d(7) + pick(list("ABCDEFGHJKLMNPRSTUVWXYZ"))),
    ("NY", lambda: alnum(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + d(5) + pick(list("ABCDEFGHJKLMNPRSTUVWXYZ"))),
    ("FL", lambda: d(10, "123456789")),
    ("GA", lambda: "1" + d(11)),
    ("PA", lambda: d(10, "123456789")),
    ("IL", lambda: d(9, "123456789")),
    ("OH", lambda: d(12, "19")),
]

# (state, licence number generator) physician licences
MD_LICENSES = [
    ("TX", lambda: pick("MNPQR") + d(4)),
    ("CA", lambda: pick(["A", "G", "C"]) + d(5, "123456789")),
    ("NY", lambda: d(6, "12")),
    ("FL", lambda: "ME" + d(6, "1")),
    ("WA", lambda: "MD" + d(8, "6")),
    ("OH", lambda: "35." + d(6, "0")),
    ("PA", lambda: "MD" + d(6, "4")),
    ("IL", lambda: "036." + d(6, "1")),
    ("GA", lambda: d(5, "4567")),
    ("NJ", lambda: "25MA" + d(8, "0")),
]
# nurse licences
RN_LICENSES = [
    ("TX", lambda: d(6, "789")),
    ("CA", lambda: d(6, "5678")),
    ("FL", lambda: "RN" + d(7, "9")),
    ("NY", lambda: d(6, "5678")),
    ("OH", lambda: "RN." + d(6, "3")),
    ("WA", lambda: "RN" + d(8, "6")),
    ("GA", lambda: "RN" + d(6, "2")),
]


def mrn_gen():
    return pick(["00" + d(6), d(7, "123456789"), d(8, "123456789"), "E" + d(7),
                 "M000" + d(6), "MR" + d(7), d(9, "1"), "K" + d(8)])


def acct_gen():
    return pick(["40" + d(8), "V000" + d(8), "PA" + d(7), d(7) + "-01",
                 "A" + d(8), "8" + d(9), "HB" + d(9), d(12, "2")])


def date_between(y0, y1):
    start = datetime.date(y0, 1, 1)
    end = datetime.date(y1, 12, 31)
    return start + datetime.timedelta(days=R.randint(0, (end - start).days))


MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"]
MONFULL = ["January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December"]
DATE_STYLES = ["mdY", "mdY", "mdy_short", "iso", "mon_d_Y", "d_MON_Y", "m-d-Y",
               "month_d", "mdY_nopad"]


def fmt_date(dt, style):
    if style == "mdY":
        return dt.strftime("%m/%d/%Y")
    if style == "mdY_nopad":
        return "%d/%d/%d" % (dt.month, dt.day, dt.year)
    if style == "mdy_short":
        return "%d/%d/%02d" % (dt.month, dt.day, dt.year % 100)
    if style == "iso":
        return dt.isoformat()
    if style == "mon_d_Y":
        return "%s %d, %d" % (MON3[dt.month - 1], dt.day, dt.year)
    if style == "d_MON_Y":
        return "%02d-%s-%d" % (dt.day, MON3[dt.month - 1].upper(), dt.year)
    if style == "m-d-Y":
        return dt.strftime("%m-%d-%Y")
    if style == "month_d":
        return "%s %d" % (MONFULL[dt.month - 1], dt.day)
    if style == "d8":
        return dt.strftime("%Y%m%d")
    if style == "ub":
        return dt.strftime("%m%d%Y")
    raise ValueError(style)


def phone_fmt(area):
    ex = d(3, "23456789")
    ln = d(4)
    return pick(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s%s%s", "+1 %s %s %s",
                 "%s %s %s", "1-%s-%s-%s"]) % (area, ex, ln)


# ---------------------------------------------------------------------------
# Per-text context and generators
# ---------------------------------------------------------------------------
def new_person():
    return {"first": pick(FIRST), "last": pick(LAST), "mi": pick(MI)}


class Ctx(dict):
    def get_or(self, key, fn):
        if key not in self:
            self[key] = fn()
        return self[key]


def P(ctx, who):
    if who == "s":  # subscriber: often shares the patient's surname
        def mk():
            p = ctx_person(ctx, "p")
            s = new_person()
            if R.random() < 0.7:
                s["last"] = p["last"]
            return s
        return ctx.get_or("person_s", mk)
    return ctx_person(ctx, who)


def ctx_person(ctx, who):
    return ctx.get_or("person_" + who, new_person)


def typo(name):
    n = name.lower()
    letters = [i for i in range(1, len(n) - 1) if n[i].isalpha() and n[i + 1].isalpha()]
    if not letters:
        return n
    i = pick(letters)
    return n[:i] + n[i + 1] + n[i] + n[i + 2:]


def city(ctx):
    return ctx.get_or("_city", lambda: pick(CITIES))


def zipc(ctx):
    return ctx.get_or("_zip", lambda: city(ctx)[2] + d(2) + (("-" + d(4)) if R.random() < 0.15 else ""))


def street(ctx):
    return ctx.get_or("_street", lambda: "%s %s%s" % (d(R.choice([3, 4, 4, 5]), "123456789"), pick(STREETS), pick(UNITS)))


def full_addr(ctx):
    c = city(ctx)
    st = street(ctx)
    style = R.randint(0, 3)
    if style == 0:
        return "%s, %s, %s %s" % (st, c[0], c[1], zipc(ctx))
    if style == 1:
        return "%s %s %s %s" % (st, c[0], c[1], zipc(ctx))
    if style == 2:
        return ("%s, %s, %s %s" % (st, c[0], c[1], zipc(ctx))).upper()
    return "%s, %s %s %s" % (st, c[0], c[1], zipc(ctx))


def date_style(ctx):
    return ctx.get_or("_dstyle", lambda: pick(DATE_STYLES))


def dt1(ctx):
    return ctx.get_or("_dt1", lambda: date_between(2023, 2025))


def dt2(ctx):
    return ctx.get_or("_dt2", lambda: dt1(ctx) + datetime.timedelta(days=R.randint(1, 75)))


def dob_dt(ctx):
    return ctx.get_or("_dob", lambda: date_between(1932, 2021))


def payer(ctx):
    return ctx.get_or("_payer", lambda: pick(PAYERS))


def email_for(p):
    f = re.sub(r"[^a-z]", "", p["first"].lower())
    l = re.sub(r"[^a-z]", "", p["last"].lower())
    return pick(["%s.%s%s" % (f, l, d(2)), "%s%s" % (f[0], l), "%s_%s" % (f, l),
                 "%s%s%s" % (l, f[0], d(4, "12")), "%s.%s" % (f, l)]) + "@" + pick(EMAIL_DOMAINS)


def tin():
    return pick(["74", "75", "76", "20", "26", "27", "45", "46", "81", "82", "84", "91", "93"]) + "-" + d(7)


def claimno():
    return pick(["2225" + d(9), "EB" + d(8), "1" + d(10) + "00", "25071" + d(8) + "000",
                 "C" + d(9), d(14, "6")])


def grpno():
    return pick(["0" + d(6), d(6, "123456789"), d(7, "123456789") + "-010",
                 "L0" + d(5), "W" + d(7), d(5, "1") + "M" + d(3)])


def ndc_random():
    return pick(NDC_LABELERS) + "-" + d(4) + "-" + d(2)


def svcline():
    code = pick(CPT)
    charge = R.choice([125, 180, 240, 95, 310, 450, 1250]) * 1.0
    allowed = round(charge * R.uniform(0.35, 0.8), 2)
    adj = round(charge - allowed, 2)
    return "SVC*HC:%s*%.2f*%.2f**1~CAS*CO*45*%.2f~AMT*B6*%.2f~" % (code, charge, allowed, adj, allowed)


def money(lo, hi):
    v = R.uniform(lo, hi)
    return "{:,.2f}".format(v)


GEN = {
    # ---------------- people ----------------
    "pfull": lambda c: "%s %s" % (P(c, "p")["first"], P(c, "p")["last"]),
    "pfullu": lambda c: ("%s %s" % (P(c, "p")["first"], P(c, "p")["last"])).upper(),
    "pfml": lambda c: "%s %s. %s" % (P(c, "p")["first"], P(c, "p")["mi"], P(c, "p")["last"]),
    "plf": lambda c: "%s, %s" % (P(c, "p")["last"], P(c, "p")["first"]),
    "plfu": lambda c: ("%s, %s" % (P(c, "p")["last"], P(c, "p")["first"])).upper(),
    "plc": lambda c: ("%s %s" % (P(c, "p")["first"], P(c, "p")["last"])).lower(),
    "ptypo": lambda c: P(c, "p")["first"].lower() + " " + typo(P(c, "p")["last"]),
    "pfirst": lambda c: P(c, "p")["first"],
    "plast": lambda c: P(c, "p")["last"],
    "plastu": lambda c: P(c, "p")["last"].upper(),
    "pfirstu": lambda c: P(c, "p")["first"].upper(),
    "sfull": lambda c: "%s %s" % (P(c, "s")["first"], P(c, "s")["last"]),
    "slf": lambda c: "%s, %s" % (P(c, "s")["last"], P(c, "s")["first"]),
    "slastu": lambda c: P(c, "s")["last"].upper(),
    "sfirstu": lambda c: P(c, "s")["first"].upper(),
    "qfull": lambda c: "%s %s" % (P(c, "q")["first"], P(c, "q")["last"]),
    "qlf": lambda c: "%s, %s" % (P(c, "q")["last"], P(c, "q")["first"]),
    "dfull": lambda c: "%s %s" % (P(c, "d")["first"], P(c, "d")["last"]),
    "dlast": lambda c: P(c, "d")["last"],
    "dlc": lambda c: P(c, "d")["last"].lower(),
    "dinit": lambda c: "%s. %s" % (P(c, "d")["first"][0], P(c, "d")["last"]),
    "dlf": lambda c: "%s, %s" % (P(c, "d")["last"], P(c, "d")["first"]),
    "dlastu": lambda c: P(c, "d")["last"].upper(),
    "dfirstu": lambda c: P(c, "d")["first"].upper(),
    "nfull": lambda c: "%s %s" % (P(c, "n")["first"], P(c, "n")["last"]),
    "nfirst": lambda c: P(c, "n")["first"],
    "repfirst": lambda c: P(c, "r")["first"],
    "adjfull": lambda c: "%s %s" % (P(c, "a")["first"], P(c, "a")["last"]),
    # ---------------- identifiers ----------------
    "mbr": lambda c: member_id_for(payer(c)[1]),
    "mbrlc": lambda c: member_id_for(payer(c)[1]).lower(),
    "mbr2": lambda c: member_id_for(pick(PAYERS)[1]),
    "mbrdep": lambda c: member_id_for(payer(c)[1]).split(" ")[0].split("-")[0] + pick(["02", "-02", " 03"]),
    "rxid": lambda c: member_id_for(payer(c)[1]).replace(" ", "") + pick(["", "01", ""]),
    "mbi": lambda c: make_mbi(),
    "mcaid": lambda c: c.get_or("_mcaid", lambda: pick(MEDICAID))[1](),
    "mcaidst": lambda c: c.get_or("_mcaid", lambda: pick(MEDICAID))[0],
    "dbn": lambda c: d(11, "123456789"),
    "mrn": lambda c: mrn_gen(),
    "mrn2": lambda c: mrn_gen(),
    "acct": lambda c: acct_gen(),
    "acct2": lambda c: acct_gen(),
    "har": lambda c: "4" + d(9),
    "fin": lambda c: pick(["24" + d(8), "25" + d(8), d(8, "7")]),
    "csn": lambda c: pick([d(9, "1"), d(10, "2")]),
    "enc": lambda c: pick(["E" + d(8), "ENC" + d(7), d(8, "6"), "V" + d(9)]),
    "gacct": lambda c: pick(["G" + d(7), "100" + d(6), "GA-" + d(8)]),
    "npi": lambda c: make_npi(),
    "npi2": lambda c: make_npi(),
    "dea": lambda c: make_dea(P(c, "d")["last"]),
    "lic": lambda c: c.get_or("_lic", lambda: (lambda t: (t[0], t[1]()))(pick(MD_LICENSES)))[1],
    "licstate": lambda c: c.get_or("_lic", lambda: (lambda t: (t[0], t[1]()))(pick(MD_LICENSES)))[0],
    "rnlic": lambda c: c.get_or("_rnlic", lambda: (lambda t: (t[0], t[1]()))(pick(RN_LICENSES)))[1],
    "rnstate": lambda c: c.get_or("_rnlic", lambda: (lambda t: (t[0], t[1]()))(pick(RN_LICENSES)))[0],
    "dev": lambda c: c.get_or("_dev", lambda: (lambda t: (t[0], t[1]()))(pick(DEVICES)))[1],
    "devtype": lambda c: c.get_or("_dev", lambda: (lambda t: (t[0], t[1]()))(pick(DEVICES)))[0],
    "pump": lambda c: pick(["NG" + d(7) + "H", d(8, "1"), "PDM-" + d(9, "1")]),
    "cgm": lambda c: pick(["8G" + alnum(4), "4" + alnum(5), "3L" + alnum(4)]),
    "cpap": lambda c: pick(["2318" + d(7), "2224" + d(7), "J" + d(11, "1")]),
    # ---------------- dates ----------------
    "date": lambda c: fmt_date(dt1(c), date_style(c)),
    "date2": lambda c: fmt_date(dt2(c), date_style(c)),
    "date8": lambda c: fmt_date(dt1(c), "d8"),
    "dob": lambda c: fmt_date(dob_dt(c), pick(["mdY", "mdY", "mdY_nopad", "iso", "mon_d_Y", "m-d-Y", "mdy_short"])),
    "dob8": lambda c: fmt_date(dob_dt(c), "d8"),
    "dobub": lambda c: fmt_date(dob_dt(c), "ub"),
    # ---------------- contact / location ----------------
    "phone": lambda c: phone_fmt(pick(city(c)[3])),
    "fax": lambda c: phone_fmt(pick(city(c)[3])),
    "email": lambda c: email_for(P(c, "p")),
    "addr": full_addr,
    "street": street,
    "streetu": lambda c: street(c).upper(),
    "city": lambda c: city(c)[0],
    "cityu": lambda c: city(c)[0].upper(),
    "citylc": lambda c: city(c)[0].lower(),
    "state": lambda c: city(c)[1],
    "zip": zipc,
    "facility": lambda c: pick(FACILITIES),
    # ---------------- fillers (never labelled) ----------------
    "payer": lambda c: payer(c)[0],
    "payershort": lambda c: payer(c)[1],
    "payerid": lambda c: payer(c)[2],
    "payer2": lambda c: pick(PAYERS)[0],
    "cpt": lambda c: pick(CPT), "cpt2": lambda c: pick(CPT),
    "em": lambda c: pick(EM), "proc": lambda c: pick(PROC),
    "hcpcs": lambda c: pick(HCPCS),
    "icd": lambda c: c.get_or("_icd", lambda: pick(ICD))[0],
    "icddesc": lambda c: c.get_or("_icd", lambda: pick(ICD))[1],
    "icd2": lambda c: pick(ICD)[0],
    "icdx": lambda c: pick(ICD)[0].replace(".", ""),
    "icdx2": lambda c: pick(ICD)[0].replace(".", ""),
    "icdx3": lambda c: pick(ICD)[0].replace(".", ""),
    "pcs": lambda c: c.get_or("_pcs", lambda: pick(PCS))[0],
    "pcsdesc": lambda c: c.get_or("_pcs", lambda: pick(PCS))[1],
    "drg": lambda c: c.get_or("_drg", lambda: pick(DRG))[0],
    "drgdesc": lambda c: c.get_or("_drg", lambda: pick(DRG))[1],
    "weight": lambda c: c.get_or("_drg", lambda: pick(DRG))[2],
    "rev": lambda c: pick(REV),
    "mod": lambda c: c.get_or("_mod", lambda: pick(MODS))[0],
    "moddesc": lambda c: c.get_or("_mod", lambda: pick(MODS))[1],
    "mod2": lambda c: pick(MODS)[0],
    "carc": lambda c: c.get_or("_carc", lambda: pick(CARC))[0],
    "carcdesc": lambda c: c.get_or("_carc", lambda: pick(CARC))[1],
    "rarc": lambda c: c.get_or("_rarc", lambda: pick(RARC))[0],
    "rarcdesc": lambda c: c.get_or("_rarc", lambda: pick(RARC))[1],
    "pos": lambda c: c.get_or("_pos", lambda: pick(POS))[0],
    "posname": lambda c: c.get_or("_pos", lambda: pick(POS))[1],
    "tob": lambda c: c.get_or("_tob", lambda: pick(TOB))[0],
    "tobdesc": lambda c: c.get_or("_tob", lambda: pick(TOB))[1],
    "condcode": lambda c: c.get_or("_cond", lambda: pick(COND))[0],
    "conddesc": lambda c: c.get_or("_cond", lambda: pick(COND))[1],
    "occcode": lambda c: c.get_or("_occ", lambda: pick(OCC))[0],
    "occdesc": lambda c: c.get_or("_occ", lambda: pick(OCC))[1],
    "taxon": lambda c: c.get_or("_tax", lambda: pick(TAXON))[0],
    "taxdesc": lambda c: c.get_or("_tax", lambda: pick(TAXON))[1],
    "ndc": lambda c: c.get_or("_ndc", lambda: pick(NDC) if R.random() < 0.7 else (pick(["generic vial", "multi-source generic", "unit-dose pack"]), ndc_random()))[1],
    "drugbrand": lambda c: c.get_or("_ndc", lambda: pick(NDC))[0],
    "ndc11": lambda c: c.get_or("_ndc", lambda: pick(NDC))[1].replace("-", ""),
    "bin": lambda c: pick(BINS), "pcn": lambda c: pick(PCNS),
    "rxgrp": lambda c: pick(RXGRPS), "pbm": lambda c: pick(PBMS),
    "grp": lambda c: grpno(), "grpname": lambda c: pick(GRPNAMES),
    "employer": lambda c: pick(EMPLOYERS),
    "claim": lambda c: claimno(),
    "wcclaim": lambda c: pick(["WC" + d(8), d(3, "1") + "-" + d(6) + "-" + d(3), "C" + d(10)]),
    "callref": lambda c: pick([d(10, "1"), "1-" + d(9), "I-" + d(8) + "-" + d(3), "CR" + d(9)]),
    "authno": lambda c: pick(["A" + d(9), d(10, "3"), "PA" + d(8), "UM" + d(7)]),
    "gfe": lambda c: "GFE-" + d(6),
    "cmmkey": lambda c: alnum(8),
    "ticket": lambda c: pick(["INC" + d(7), "SR-" + d(6), "TKT" + d(8)]),
    "trace": lambda c: pick(["1" + d(9), "00" + d(8), d(15, "9")]),
    "tin": lambda c: tin(), "tinnd": lambda c: tin().replace("-", ""),
    "amt": lambda c: money(40, 2400), "amt2": lambda c: money(10, 900),
    "amt3": lambda c: money(5, 400),
    "bigamt": lambda c: money(40000, 2400000), "bigamt2": lambda c: money(5000, 400000),
    "units": lambda c: pick(["1", "2", "3", "4", "6", "8"]),
    "pct": lambda c: pick(["110", "115", "120", "125", "135", "140", "4.2", "8.7"]),
    "lab": lambda c: pick(LABS), "lab1": lambda c: pick(LAB_ORDERS[:4]),
    "lab2": lambda c: pick(LAB_ORDERS[4:]),
    "drugdose": lambda c: pick(DRUGDOSE), "drugsched": lambda c: pick(DRUGSCHED),
    "drug": lambda c: pick(["Eliquis", "Xarelto", "Ozempic", "Mounjaro", "Humira",
                            "Dupixent", "Jardiance", "Farxiga", "Entresto", "Trulicity",
                            "Skyrizi", "Stelara", "Biktarvy", "Repatha", "Wegovy", "Zepbound"]),
    "dept": lambda c: pick(DEPTS), "dept2": lambda c: pick(DEPTS),
    "role": lambda c: pick(ROLES), "guideline": lambda c: pick(GUIDELINES),
    "ver": lambda c: pick(VERS), "effdate": lambda c: pick(EFFDATES),
    "planyear": lambda c: pick(PLANYEARS), "qtr": lambda c: pick(QTRS),
    "cy": lambda c: pick(["CY2024", "CY2025", "2025", "CY 2026"]),
    "py": lambda c: pick(["2025", "2026", "PY25"]),
    "plantype": lambda c: pick(PLANTYPES), "plantype2": lambda c: pick(PLANTYPES),
    "plancode": lambda c: pick(["PPO", "HMO", "EPO", "POS", "HN", "MC"]),
    "specialty": lambda c: pick(SPECIALTIES), "stlc": lambda c: pick(STLC),
    "mco": lambda c: pick(MCOS), "dest": lambda c: pick(DESTS),
    "sex": lambda c: pick(SEXES), "age": lambda c: str(R.randint(19, 88)),
    "hipps": lambda c: pick(HIPPS), "rpmcpt": lambda c: pick(RPMCPT),
    "metal": lambda c: pick(METALS), "csr": lambda c: pick(["2", "3", "4", "5", "6"]),
    "hios": lambda c: d(5, "123456789") + pick(["TX", "FL", "GA", "NC", "OH", "IL"]) + d(7, "0"),
    "contract": lambda c: pick(["H", "H", "R", "S"]) + d(4, "1234579"),
    "pbp": lambda c: d(3, "0"),
    "jcode": lambda c: c.get_or("_j", lambda: pick(JCODES))[0],
    "jper": lambda c: c.get_or("_j", lambda: pick(JCODES))[1],
    "jdose": lambda c: c.get_or("_j", lambda: pick(JCODES))[2],
    "junits": lambda c: c.get_or("_j", lambda: pick(JCODES))[3],
    "loop": lambda c: c.get_or("_loop", lambda: pick(LOOPS))[0],
    "loopdesc": lambda c: c.get_or("_loop", lambda: pick(LOOPS))[1],
    "seg": lambda c: c.get_or("_loop", lambda: pick(LOOPS))[2],
    "n": lambda c: str(R.randint(2, 40)), "m": lambda c: str(R.randint(41, 60)),
    "nclaims": lambda c: "{:,}".format(R.randint(120, 9000)),
    "tfdays": lambda c: pick(["90", "120", "180", "365"]),
    "setting": lambda c: pick(SETTINGS),
    "locguide": lambda c: pick(["InterQual 2024 Acute Adult", "MCG 27th edition", "the Milliman criteria", "InterQual 2025 LOC"]),
    "clinguide": lambda c: pick(["the unit protocol", "pharmacy protocol v2.3", "KDIGO 2024", "ADA Standards of Care 2025", "the ACC/AHA guideline", "the anticoagulation policy"]),
    "svcline": lambda c: svcline(),
    "isaid": lambda c: (pick(["AV09311993", "CLRHSE0419", "SUBMIT7731", "330897513",
                             "HTHCLM01", "REC00431"]) + " " * 15)[:15],
    "isaid2": lambda c: (pick(["RECV8847", "PAYERGATE", "CMS", "ECHO0917", "ABILITY22"]) + " " * 15)[:15],
    "isadate": lambda c: "%02d%02d%02d" % (R.randint(24, 25), R.randint(1, 12), R.randint(1, 28)),
    "gsdate": lambda c: "20%02d%02d%02d" % (R.randint(24, 25), R.randint(1, 12), R.randint(1, 28)),
    "hhmm": lambda c: "%02d%02d" % (R.randint(0, 23), R.randint(0, 59)),
    "ctl9": lambda c: d(9, "0"), "ctl": lambda c: str(R.randint(1, 99999)),
    "batch": lambda c: pick(["0123", "BATCH" + d(4), d(6, "0")]),
    "trop": lambda c: pick(["<0.01", "0.04", "0.12", "1.8"]),
    "dest2": lambda c: pick(DESTS),
}

PH = re.compile(r"\{([A-Za-z_]+):([a-z0-9_]+)\}")


def render(tpl):
    ctx = Ctx()
    out, spans, n, pos = [], [], 0, 0
    for m in PH.finditer(tpl):
        lit = tpl[pos:m.start()]
        out.append(lit)
        n += len(lit)
        typ, g = m.group(1), m.group(2)
        key = "gen:" + g
        if key not in ctx:
            ctx[key] = GEN[g](ctx)
        val = ctx[key]
        if typ != "x":
            assert typ in TYPES, typ
            spans.append({"entity_type": typ, "value": val, "start": n, "end": n + len(val), "_gen": g})
        out.append(val)
        n += len(val)
        pos = m.end()
    out.append(tpl[pos:])
    text = "".join(out)
    for s in spans:
        assert text[s["start"]:s["end"]] == s["value"], (s, text)
    return text, spans


# ---------------------------------------------------------------------------
# NEGATIVES: hand-written, no personal identifier anywhere
# ---------------------------------------------------------------------------
NEG_FIXED = [
    "how do i appeal a CO-197 denial",
    "whats the timely filing limit for bcbs tx",
    "does medicare cover G0439 the same year as an IPPE (G0402)?",
    "is modifier 25 needed on 99214 when we also do 20610 same day",
    "can we bill 99406 and 99407 together or is that an NCCI edit",
    "who handles the 277CA rejections now, billing or HIM?",
    "anyone know if Aetna still requires auth for 72148 in plan year 2025",
    "quick q - PR-3 is copay right? not coinsurance",
    "whats the difference between rev code 0450 and 0456",
    "do we need the JZ modifier on single dose vials for commercial or just medicare",
    "how many units for J1885 if they gave 30 mg? its per 15 mg so 2 units?",
    "is telehealth POS 10 paid at the non-facility rate in CY2025",
    "where does the NDC go on the UB-04? FL 43 right?",
    "UHC payer id is 87726 correct? clearinghouse keeps bouncing it",
    "tried rebilling with 59 instead of XU and still got CO-236, ideas?",
    "remind me what N290 means",
    "does anyone have the 2025 DMEPOS fee schedule for E0601 in jurisdiction C",
    "what is the max length for CLM02? we have a $1,250,000.00 inpatient claim that keeps rejecting",
    "CONFIDENTIALITY NOTICE: The documents accompanying this facsimile transmission contain confidential health information that is legally privileged. This information is intended only for the use of the individual or entity named above. If you have received this fax in error, please notify the sender immediately and destroy the documents. Redisclosure is prohibited under 42 CFR Part 2.",
    "FAX COVER SHEET\nTo: Utilization Review Dept\nFrom: Case Management, 5 North\nPages (including cover): 6\nRE: Concurrent review, inpatient level of care, DRG 291\nComments: Clinicals attached per InterQual 2024 Acute Adult criteria. Please return determination to the unit.",
    "Effective 01/01/2025, Cigna will no longer accept paper CMS-1500 claims from contracted providers; submit electronically to payer ID 62308.",
    "Reminder: the Medicare Part B deductible for CY2025 is $257. The Part A deductible is $1,676 per benefit period.",
    "Kaiser Permanente members in the Northern California region must be referred in-network; out-of-network claims deny CO-242 unless emergent (POS 23).",
    "Medicare Advantage plans must follow the two-midnight rule for inpatient admissions per the CY2024 final rule (CMS-4201-F).",
    "The attending must co-sign the resident's note before we can drop the charge with modifier GC.",
    "Charge nurse on MICU says the Foley removal isn't separately billable; it's bundled into the facility fee.",
    "SEP-1 abstraction: initial lactate >2 mmol/L requires a repeat within 6 hours; 30 mL/kg crystalloid when lactate is 4 or higher.",
    "A1c 8.2% on metformin 1000 mg BID; titrate per ADA Standards of Care 2025 and consider adding Jardiance 10 mg daily.",
    "GCS 14 (E4 V4 M6). Apgar 8 and 9 at 1 and 5 minutes. Braden 13, moderate risk, turn q2h.",
    "Whipple procedure (CPT 48150) typically groups to MS-DRG 405-407 depending on CC/MCC.",
    "Tommy John surgery = ulnar collateral ligament reconstruction, CPT 24346.",
    "ICD-10-CM G12.21 is ALS (Lou Gehrig's disease); G20.A1 is Parkinson's disease without dyskinesia, without mention of fluctuations.",
    "Hashimoto's thyroiditis E06.3; Graves' disease E05.00; Cushing's syndrome E24.9; Addison's disease E27.1.",
    "Lab reference ranges: K 3.5-5.1 mmol/L, Na 136-145, creatinine 0.6-1.2 mg/dL, eGFR >60 mL/min/1.73m2, INR goal 2.0-3.0 on warfarin.",
    "Heparin drip per weight-based nomogram: 80 units/kg bolus, 18 units/kg/hr, recheck anti-Xa in 6 hours.",
    "Keytruda (pembrolizumab) J9271 is billed per 1 mg, so a 200 mg dose = 200 units. NDC 00006-3026-02.",
    "Humira 40 mg/0.4 mL pen, NDC 00074-0554-02, quantity limit 2 pens per 28 days on the specialty formulary.",
    "Ozempic 2 mg/3 mL pen NDC 00169-4772-12: PA required for Wegovy under the weight-loss exclusion, not for Ozempic with E11.9.",
    "For ESI use BIN 003858 PCN A4; Caremark BIN 004336 PCN ADV; OptumRx BIN 610097 PCN 9999.",
    "Revenue code 0636 requires HCPCS and NDC for drugs requiring detailed coding; 0250 general pharmacy does not.",
    "Type of bill 0131 = hospital outpatient, admit through discharge; 0137 is replacement of prior claim, 0138 void/cancel.",
    "Occurrence code 11 (onset of symptoms) and value code 80 (covered days) were missing on the inpatient 0111 claims from Q3.",
    "Condition code 44 requires UR committee physician concurrence before discharge; rebill as outpatient on a 013X with all services.",
    "Form locator 4 (type of bill) must be 4 digits with the leading zero on the UB-04.",
    "Box 21 on the CMS-1500 holds up to 12 diagnosis codes A-L; box 24E points to them.",
    "In the 835 (005010X221A1) CAS segments use group codes CO, PR, OA, PI with up to 6 reason/amount pairs per segment.",
    "SVC*HC:99214*180.00*112.40**1~CAS*CO*45*67.60~AMT*B6*112.40~",
    "HI*ABK:E119*ABF:I10*ABF:E785~",
    "PRV*BI*PXC*207Q00000X~ (billing provider taxonomy, family medicine)",
    "REF*G1 is the prior authorization number segment in loop 2300; REF*9F is the referral number.",
    "HL*2*1*22*0~ means the subscriber is the patient, so no 2000C loop follows.",
    "SBR*P*18*******CI~ = primary payer, relationship self, commercial insurance.",
    "Revenue cycle KPIs for Q3: denial rate 8.4%, clean claim rate 91.2%, A/R over 90 days 17%, cash collected $4.2M.",
    "CO-16 with MA130: claim lacks information; correct it and submit as a new claim, there are no appeal rights.",
    "PR-204 = service not covered under the current benefit plan. Member liability; an ABN is not applicable for commercial plans.",
    "PI-94 = processed in excess of charges. Usually a payer error on bundled inpatient claims.",
    "OA-23 is just the impact of prior payer adjudication on secondary claims, no action needed.",
    "Medicare timely filing is 12 months from the date of service (42 CFR 424.44).",
    "Aetna 60054, UnitedHealthcare 87726, Cigna 62308, Humana 61101, BCBS TX 84980, UMR 39026.",
    "5 North is holding two beds for step-down overflow from CVICU; bed huddle at 1400 in the 4th floor conference room.",
    "PACU to 7 Tower handoff requires SBAR and a pain score under 4 per unit policy v3.2.1.",
    "ED boarding over 4 hours triggers the surge policy (Admin Policy 12.04, rev. 2024).",
    "NICU level III criteria follow the AAP policy statement; L&D triage uses the ACOG severe-range BP algorithm for 160/110 or higher.",
    "Price transparency: the machine-readable file for plan year 2025 must include standard charges for all items and services, plus 300 shoppable services.",
    "No Surprises Act: a good faith estimate is required for uninsured/self-pay patients when a service is scheduled at least 3 business days out.",
    "Per NCD 240.4, CPAP (E0601) is covered for an initial 12-week period for OSA with AHI 15 or more, or AHI 5-14 with documented symptoms.",
    "LCD L33822 (Glucose Monitors): CGM supplies (A4239) and receivers (E2103) are covered for insulin-treated diabetes or problematic hypoglycemia.",
    "The KX modifier attests that documentation supporting medical necessity is on file; the PT/SLP therapy threshold for CY2025 is $2,410.",
    "GA = ABN on file, GZ = no ABN and expected to be denied as not reasonable and necessary, GY = statutorily excluded.",
    "Modifier 95 vs GT: most commercial plans moved to 95 with POS 02/10; CAH method II institutional claims still use GT.",
    "POS 19 vs 22 is off-campus vs on-campus provider-based department; the PO/PN modifiers apply on the facility side.",
    "Bilateral procedures: append 50 and bill 1 unit, or RT/LT on two lines; check the payer's MPFS bilateral indicator (1 or 3).",
    "NUBC condition code 20 (beneficiary requested billing) and 21 (billing for denial notice) are used for demand bills.",
    "Discharge status 03 = SNF, 06 = home health, 62 = IRF, 01 = home/self-care. The post-acute transfer policy applies to selected DRGs.",
    "Critical care 99291 covers the first 30-74 minutes; under the CMS CY2023 rule 99292 is reported starting at 104 minutes.",
    "Z79.4 is long-term current use of insulin; use Z79.84 for oral hypoglycemics only.",
    "Sequencing: for sepsis present on admission, A41.9 first, then the localized infection (J18.9, N39.0), then R65.20 for severe sepsis without shock.",
    "U07.1 COVID-19 is sequenced first except in obstetrics (O98.5-) or when another guideline requires otherwise.",
    "Fracture 7th characters: A initial, D subsequent routine healing, G delayed healing, K nonunion, P malunion, S sequela (e.g., S72.001A).",
    "L89.154 is a stage 4 pressure injury of the sacral region; document the POA indicator Y/N/U/W.",
    "The POA exempt list covers many Z codes and some external cause codes; otherwise U = documentation insufficient, W = clinically undetermined.",
    "Infusion hierarchy: 96365 initial IV infusion up to 1 hr, 96366 each additional hour, 96367 sequential, 96375 sequential IV push.",
    "Observation hours are billed on rev code 0762 with G0378 per hour; G0379 for direct referral.",
    "Chemo admin 96413 + 96415 with J9271; pegfilgrastim J2505 on day 2 via on-body injector billed with 96377.",
    "Vaccines: 90686 flu quadrivalent preservative-free plus G0008 admin for Medicare; 90471 admin for commercial.",
    "340B: as of 01/01/2025 all 340B-acquired drugs billed to Medicare need the TB modifier; JG is retired.",
    "Remote patient monitoring: 99453 setup, 99454 device supply with 16 days of data, 99457 first 20 min, 99458 each additional 20 min.",
    "CCM 99490 requires 20 minutes of clinical staff time per calendar month and a documented care plan; G2211 is the longitudinal complexity add-on.",
    "Annual wellness visit: G0438 initial, G0439 subsequent; no cost sharing, and it can't be billed within 12 months of the last AWV.",
    "Ambulance: A0428 BLS non-emergency, A0427 ALS1 emergency, A0425 ground mileage; origin/destination modifiers like RH and HR.",
    "DME capped rental: title transfers after month 13; KH first month, KI months 2-3, KJ months 4-13.",
    "Anesthesia time units are 15-minute increments; 00790 carries 7 base units; QZ is CRNA without medical direction.",
    "GS08 version for institutional is 005010X223A2, professional 005010X222A1, dental 005010X224A2.",
    "999 came back with IK5*R and AK9*R*1*1*0 so the file failed implementation guide validation and nothing was accepted.",
    "277CA STC category A7 with status 21 = rejected for missing or invalid information; read the free-text in STC12 for the field.",
    "HAC-POA: CLABSI, CAUTI, and stage 3/4 pressure injuries get no additional payment when not present on admission.",
    "The MICU charge nurse and the intensivist round at 0700; pharmacy joins for vancomycin dosing (AUC goal 400-600).",
    "Vancomycin 15-20 mg/kg IV q8-12h with AUC-guided dosing; piperacillin-tazobactam 4.5 g q6h as extended infusion.",
    "Wells score 4 or more: CTA chest (71275); under 4: D-dimer first.",
    "CHA2DS2-VASc of 2+ in men means anticoagulation; Eliquis 5 mg BID, reduce to 2.5 mg if 2 of: age 80+, weight 60 kg or less, Cr 1.5 or more.",
    "Mallampati III, ASA 3. Difficult airway cart to OR 4.",
    "Gleason 3+4=7, grade group 2; PSA 6.8 ng/mL. NCCN Prostate Cancer v1.2025 favorable intermediate risk.",
    "Child-Pugh B, MELD-Na 18; transplant referral threshold per AASLD is MELD 15 or higher.",
    "Glasgow-Blatchford score 0 can be managed outpatient; use the Rockall score for post-endoscopy risk.",
    "Down syndrome Q90.9; Bell's palsy G51.0; Crohn's disease of small intestine without complications K50.00.",
    "Eponyms for the coding quiz: Barrett's esophagus (K22.70), Raynaud's (I73.00), Meniere's (H81.09), Guillain-Barre (G61.0).",
    "Office closed for Martin Luther King Jr. Day; claims submitted on the holiday are processed the next business day.",
    "Epley maneuver (95992) for BPPV is limited to once per day per payer policy.",
    "Heimlich valve, Swan-Ganz catheter placement (93503) and Foley insertion (51702): supplies go to rev code 0270.",
    "Open enrollment runs 11/01 through 01/15 for the ACA marketplace; the Medicare AEP is 10/15 to 12/07.",
    "The PHE ended 05/11/2023; Medicare telehealth flexibilities were extended again through 09/30/2025.",
    "FY2025 ICD-10-CM/PCS code set is effective 10/01/2024; discharges on or after that date use the new codes.",
    "CPT 2025 annual update effective 01/01/2025; Category III codes are released twice a year, January 1 and July 1.",
    "HIOS plan ID 33602TX0460236-04 is a Silver 87% CSR variant; members on -04 variants have reduced cost sharing.",
    "Medicare Advantage contract H4513, PBP 077, has a 4.5-star rating for the 2025 plan year.",
    "Tax ID 74-2918374 is the group practice TIN; all rendering providers bill under it.",
    "ERA enrollment: the TIN on the 835 must match the TIN on the EFT enrollment, not the individual providers' SSNs.",
    "The practice TIN changed with the new legal entity; update the W-9 with every payer before Q3 or payments will be held.",
    "CLM01 is the patient control number (up to 20 characters) and comes back in CLP01 on the 835, so don't put anything else there.",
    "Texas Medicaid MCO payer IDs vary by plan; STAR, STAR+PLUS and CHIP each have their own.",
    "Secondary claims to Medicaid need the primary EOB or the 2320 loop CAS data, otherwise expect MA04.",
    "COB birthday rule for dependents: the parent whose birthday falls first in the calendar year is primary.",
    "Prior auth turnaround: standard 14 calendar days (7 days starting 2026 under CMS-0057-F), expedited 72 hours.",
    "Two-midnight benchmark reminder: 27447 came off the inpatient-only list in CY2018, so TKA can be outpatient.",
    "J3420: 1 unit = up to 1,000 mcg of vitamin B-12.",
    "J0696 ceftriaxone is per 250 mg; 1 g = 4 units.",
    "J1100 dexamethasone sodium phosphate is 1 mg per unit.",
    "Q3 top denial reasons: CO-197 (no auth), CO-16 (missing info), CO-97 (bundling), PR-27 (coverage terminated).",
    "Audit sample: 30 claims, DRG 871 vs 872 validation (sepsis w MCC vs w/o MCC); 4 downgraded.",
    "Chargemaster update: the CDM line for 80053 (CMP) moves to rev code 0301, price $212.00, effective 07/01/2025.",
    "Fee schedule: 99213 non-facility $92.00, facility $64.00 (2025 MPFS national, CF 32.3465).",
    "Incident-to services billed under the supervising physician pay at 100% of MPFS; billed under the NP/PA they pay at 85%.",
    "whats the rev code for CT abd/pelvis w contrast, 0352? with cpt 74177",
    "does cigna want the ndc in 11 digit 5-4-2 format or will 10 digit go thru",
    "getting N362 on 97110 x 5 units, does uhc have a 4 unit cap now?",
    "how do we bill the 2nd syringe of Dupixent, JW or JZ",
    "is there a crosswalk from DRG 470 to APR-DRG for the medicaid audit",
    "is 0SRD0J9 the right pcs for a left TKA or is it 0SRC0J9",
    "whats the hcpcs for a standard wheelchair, K0001 or E1130?",
    "ugh CO-29 on a whole batch from april. clearinghouse says 999 accepted but payer never got it, can we prove timely filing w/ the 277CA",
    "can someone send me the humana payer id for medicare advantage claims",
    "if a claim has PR-1 for $2,000 and PR-2 20% coinsurance who do i bill the rest to",
    "what does rev code 0001 on FL 42 mean on the ub",
    "need the bin/pcn for medi-cal rx",
    "whats an MCC for DRG 291 vs 292",
    "icd for type 2 dm w hyperglycemia is E11.65 right",
    "does the attending have to sign the H&P within 24 hrs or 48 for billing",
    "can an NP bill 99223 under their own NPI or does it have to be split/shared",
    "what's the 2025 conversion factor again",
    "is CO-45 something we appeal or just write off",
    "for the ub-04 is FL 76 the attending and FL 77 the operating?",
    "why would a 837I reject for TOB 0117 when the original was paid",
    "do hospice claims need occurrence code 27 every time",
    "Care team roles: the hospitalist owns the discharge order, the case manager owns the post-acute referral, the unit clerk owns the bed request.",
    "Policy MP-2025-014 v2.0: Genetic testing (81162, 81479) requires documented family history and a genetic counselor consult.",
    "Epic work queue 4102 is for self-pay follow-up; WQ 4107 is for Medicaid pending. Do not route commercial denials to either.",
    "Unit 6 South Ortho standing order set: SCDs, enoxaparin 40 mg SC daily, PT eval POD 0, Foley out POD 1.",
    "Stroke alert: door-to-needle goal 60 min, tenecteplase 0.25 mg/kg (max 25 mg), NIHSS at baseline and 24 h.",
    "Insulin sliding scale (moderate): BG 151-200 give 2 units, 201-250 4 units, 251-300 6 units, over 350 call the provider.",
    "DKA protocol: regular insulin 0.1 units/kg/hr, switch to D5 half-normal when glucose is under 250, K replacement if K below 3.3 hold insulin.",
    "Sample EOB wording: 'The amount shown as patient responsibility includes deductible (PR-1), coinsurance (PR-2) and copay (PR-3).'",
    "Plan-level note: group 0712345 is the county employee plan; all members under it renew July 1 and move to the HDHP.",
    "GROUP 174523-010 (IRONWOOD STAFFING) | PPO | PCP $25 | SPEC $50 | ER $250 | DED $1,500/$3,000 | OOP $6,500/$13,000",
    "Plan year 2025 benefit summary: in-network deductible $1,500 individual / $3,000 family; coinsurance 20%; telehealth $0 copay.",
]

NEG_SLOT = [
    "Per {x:payer} reimbursement policy {x:ver}, {x:cpt} billed with modifier {x:mod} is subject to NCCI edits; expect {x:carc} if the service is not separately identifiable.",
    "Payer ID {x:payerid} is {x:payer}. Use it on all 837P/837I batches starting {x:effdate}; the clearinghouse will reject the legacy ID.",
    "ISA*00*          *00*          *ZZ*{x:isaid}*ZZ*{x:isaid2}*{x:isadate}*{x:hhmm}*^*00501*{x:ctl9}*0*P*:~GS*HC*{x:isaid}*{x:isaid2}*{x:gsdate}*{x:hhmm}*{x:ctl}*X*005010X222A1~ST*837*0001*005010X222A1~BHT*0019*00*{x:batch}*{x:gsdate}*{x:hhmm}*CH~",
    "LX*1~SV1*HC:{x:cpt}:{x:mod}*{x:amt}*UN*{x:units}***1~LX*2~SV1*HC:{x:cpt2}*{x:amt2}*UN*1***1:2~",
    "{x:svcline}",
    "UB-04 FL 42 rev {x:rev}, FL 44 {x:hcpcs}, FL 46 units {x:units}; condition code {x:condcode} in FL 18, occurrence code {x:occcode} in FL 31.",
    "POS {x:pos} ({x:posname}) on CMS-1500 box 24B drives facility vs non-facility pricing under the {x:cy} MPFS.",
    "NDC {x:ndc} ({x:drugbrand}): report as LIN**N4*{x:ndc11}~ with CTP****{x:units}*UN~ in loop 2410.",
    "BIN {x:bin} / PCN {x:pcn} / RxGroup {x:rxgrp} is the routing for {x:pbm} commercial plans in {x:planyear}.",
    "MS-DRG {x:drg} ({x:drgdesc}) has a relative weight of about {x:weight} for FY2025.",
    "ICD-10-PCS {x:pcs} = {x:pcsdesc}. Verify laterality/approach before final coding.",
    "ok so for {x:payershort} is {x:cpt} bundled w/ {x:cpt2}? keep getting {x:carc} + {x:rarc}",
    "{x:carc}: {x:carcdesc}. {x:rarc}: {x:rarcdesc}.",
    "Group {x:grp} ({x:grpname}) renews {x:effdate}; the employer moves from {x:plantype} to {x:plantype2} for plan year {x:py}.",
    "HIOS plan ID {x:hios}-0{x:csr}: {x:metal} tier for {x:planyear}; CSR variants have reduced cost sharing.",
    "Medicare Advantage contract {x:contract}, PBP {x:pbp}: {x:cpt} requires prior authorization effective {x:effdate}.",
    "Practice TIN {x:tin} must match the W-9 on file; {x:payer} will hold payments starting {x:qtr} if the TIN/NPI crosswalk fails.",
    "Fee schedule {x:cy}: {x:cpt} non-facility ${x:amt}, facility ${x:amt2}; {x:payershort} contract is {x:pct}% of Medicare.",
    "{x:lab}; {x:drugdose}. Recheck in 48 h per {x:clinguide}.",
    "{x:dept} census at 0600: {x:n} of {x:m} beds occupied; {x:role} is covering {x:dept2} as well until 1900.",
    "Policy {x:ver} update: {x:hcpcs} now requires modifier {x:mod} when billed with {x:cpt}, effective {x:effdate}.",
    "HI*ABK:{x:icdx}*ABF:{x:icdx2}*ABF:{x:icdx3}~ (principal dx qualifier ABK, secondary ABF, up to 12 per HI segment)",
    "PRV*BI*PXC*{x:taxon}~ is the billing provider taxonomy for {x:taxdesc}.",
    "q: does {x:icd} ({x:icddesc}) count as a CC for DRG {x:drg}?",
    "claim {x:claim} got {x:carc} again; reprocessed under ticket {x:ticket}. payer error on the {x:cy} fee schedule load, no patient action needed",
    "{x:payer} {x:qtr} bulletin: corrected claims must be received within {x:tfdays} days of the original remit.",
    "Revenue code {x:rev} with HCPCS {x:hcpcs} on TOB {x:tob}: {x:payershort} requires the NDC in FL 43 with the N4 qualifier.",
    "AK9*A*{x:n}*{x:n}*{x:n}~ means all {x:n} transaction sets in the functional group were accepted.",
    "X12 loop {x:loop} holds the {x:loopdesc}; {x:seg} is the required segment there.",
    "Type of bill {x:tob} = {x:tobdesc}.",
    "{x:role} asked whether {x:hcpcs} is separately billable in POS {x:pos}; per {x:payer} policy {x:ver} it's packaged (status indicator N).",
    "do we need auth for {x:cpt} w/ {x:payershort} in {x:py} or only on the {x:plantype} plans",
    "Modifier {x:mod} = {x:moddesc}.",
    "CO-45 adjustments for {x:qtr} totaled ${x:bigamt}; PR-1 deductibles ${x:bigamt2}. Variance vs budget {x:pct}%.",
    "Occurrence code {x:occcode} ({x:occdesc}) and condition code {x:condcode} ({x:conddesc}) apply to TOB {x:tob}.",
    "A/R over 90 days for {x:payer}: ${x:bigamt} across {x:nclaims} claims at the end of {x:qtr}.",
    "{x:locguide} criteria met for {x:setting} level of care; UR nurse to send clinicals to {x:payer} before end of shift.",
    "J-code units: {x:jcode} is per {x:jper}, so a {x:jdose} dose = {x:junits} units.",
    "Taxonomy {x:taxon} with POS {x:pos} and modifier {x:mod} is on the {x:payershort} exclusion list in policy {x:ver}.",
    "whats the timely filing limit for {x:payershort} {x:stlc}",
    "how do i appeal a {x:carc} denial",
    "does {x:payershort} accept {x:mod} on {x:cpt} or do they want {x:mod2}",
    "835 summary: {x:nclaims} claims, total paid ${x:bigamt}, CO adjustments ${x:bigamt2}, interest ${x:amt}.",
    "Payer {x:payer} (ID {x:payerid}) denies {x:cpt} with {x:carc}/{x:rarc} when billed with {x:icd}; add the secondary dx or modifier {x:mod}.",
    "Formulary {x:planyear}: {x:drug} moves to tier 3, NDC {x:ndc}, step therapy through a preferred agent first.",
    "DRG {x:drg} GMLOS vs actual for {x:qtr}: {x:n} cases over the outlier threshold, all on {x:dept}.",
]


# ---------------------------------------------------------------------------
# POSITIVES: PHI inside billing/clinical text
# ---------------------------------------------------------------------------
POS_TPL = [
    # 1 call note
    "Called {x:payer} re {PERSON:pfull}, mbr ID {MEMBER_ID:mbr}, grp {x:grp}. Rep said claim {x:claim} denied {x:carc} on {x:cpt}-{x:mod}. Call ref {x:callref}. Will send corrected claim.",
    # 2 837P subscriber block
    "NM1*IL*1*{PERSON:plastu}*{PERSON:pfirstu}****MI*{MEMBER_ID:mbr}~N3*{LOCATION:streetu}~N4*{LOCATION:cityu}*{x:state}*{LOCATION:zip}~DMG*D8*{DOB:dob8}*{x:sex}~CLM*{ACCOUNT:acct}*{x:amt}***{x:pos}:B:1*Y*A*Y*Y~HI*ABK:{x:icdx}~",
    # 3 pipe row
    "{PERSON:plf} | DOB {DOB:dob} | MRN {MRN:mrn} | HAR {ACCOUNT:har} | {x:payershort} {MEMBER_ID:mbr} | grp {x:grp} | {x:cpt}-{x:mod} | ${x:amt} | {x:carc}",
    # 4 chat
    "pt {PERSON:plc} membr id {MEMBER_ID:mbrlc} keeps getting {x:carc}, plan says termed but they showed a card w/ eff date {DATE:date}. grp {x:grp}, payer id {x:payerid}",
    # 5 provider block
    "Rendering: {PERSON:dfull}, MD  NPI {LICENSE:npi}  Tax ID {x:tin}  Taxonomy {x:taxon}. Billing under the group TIN; do not put the individual NPI in box 33a.",
    # 6 2310B loop
    "NM1*82*1*{PERSON:dlastu}*{PERSON:dfirstu}****XX*{LICENSE:npi}~PRV*PE*PXC*{x:taxon}~REF*0B*{LICENSE:lic}~LX*1~SV1*HC:{x:cpt}:{x:mod}*{x:amt}*UN*1***1~",
    # 7 DEA
    "DEA {LICENSE:dea} / NPI {LICENSE:npi} for Dr. {PERSON:dlast}: pharmacy called, Rx for {x:drugsched} rejected because the DEA on file expired.",
    # 8 pharmacy claim
    "Pharmacy claim: BIN {x:bin} PCN {x:pcn} Grp {x:rxgrp} ID {MEMBER_ID:rxid} Person code 01 | NDC {x:ndc} | qty 30 | DS 30 | reject 75 (PA required) | prescriber {PERSON:dinit} NPI {LICENSE:npi}",
    # 9 MBI
    "Medicare MBI {MEMBER_ID:mbi} for {PERSON:plfu}, DOB {DOB:dob}. Part A eff {DATE:date}. MSP questionnaire done, Medicare primary.",
    # 10 Medicaid retro
    "Medicaid ID {MEMBER_ID:mcaid} ({x:mcaidst}) - {PERSON:pfull} - retro eligibility back to {DATE:date}, rebill {x:cpt} w/ {x:icd}. Acct {ACCOUNT:acct}.",
    # 11 face sheet
    "Patient: {PERSON:pfml}\nMRN: {MRN:mrn}\nCSN: {ACCOUNT:csn}\nAdmit: {DATE:date}  Unit: {x:dept}\nAttending: {PERSON:dfull}, MD\nDx: {x:icd} ({x:icddesc})",
    # 12 chat eligibility
    "hey can u check elig for {PERSON:plc}? dob {DOB:dob}, {x:payershort} id {MEMBER_ID:mbr}. says they have a new card, subscriber is spouse {PERSON:sfull}",
    # 13 guarantor statement
    "Guarantor acct {ACCOUNT:gacct}: balance ${x:amt} after {x:payershort} paid; PR-2 ${x:amt2}. Statement to {LOCATION:addr}. Phone on file {PHONE:phone}.",
    # 14 fax cover
    "FAX TO: {x:payershort} Utilization Mgmt  FAX#: {FAX:fax}\nFROM: {PERSON:nfull}, RN, Case Mgmt {x:dept}\nRE: {PERSON:plf}  DOB {DOB:dob}  ID# {MEMBER_ID:mbr}\nAuth request: {x:cpt} x1, dx {x:icd}. Pages: 4",
    # 15 credentialing
    "Dr. {PERSON:dlast} (NPI {LICENSE:npi}, {x:licstate} lic {LICENSE:lic}) is credentialed with {x:payer} for {x:planyear}; recredentialing due in 36 months. Group TIN {x:tin}.",
    # 16 837 claim
    "CLM*{ACCOUNT:acct}*{x:amt}***11:B:1*Y*A*Y*Y~REF*EA*{MRN:mrn}~HI*ABK:{x:icdx}~LX*1~SV1*HC:{x:cpt}:{x:mod}*{x:amt2}*UN*1***1~DTP*472*D8*{DATE:date8}~",
    # 17 posting
    "Acct# {ACCOUNT:acct} / {PERSON:plf}: {x:payershort} paid ${x:amt}, CO-45 ${x:amt2}, PR-1 ${x:amt3}. Post to {x:cpt} line 2. ERA trace {x:trace}.",
    # 18 implant log
    "Implant log: {x:devtype} SN {DEVICE_ID:dev} placed {DATE:date} by Dr. {PERSON:dlast}, {x:dept}. Pt {PERSON:pfull}, MRN {MRN:mrn}. Manufacturer rep present.",
    # 19 remote monitoring chat
    "remote monitoring transmission rcvd for {PERSON:plc}, device {DEVICE_ID:dev} ({x:devtype}) - bill {x:rpmcpt}? pt acct {ACCOUNT:acct}",
    # 20 demographics update
    "{PERSON:pfull} called, new address {LOCATION:addr}, new cell {PHONE:phone}, email {EMAIL:email}. Updated in reg, ins unchanged ({x:payershort} {MEMBER_ID:mbr}).",
    # 21 subscriber/dependent
    "Subscriber: {PERSON:slf}  ID {MEMBER_ID:mbr}  Grp {x:grp}\nDependent: {PERSON:plf}  Rel: child  DOB {DOB:dob}\nPlan: {x:payer} {x:plantype}  Eff {DATE:date}",
    # 22 card scan
    "Insurance card scan - {x:payer}\nMember: {PERSON:pfullu}\nMember ID: {MEMBER_ID:mbr}\nGroup: {x:grp}\nRxBIN {x:bin}  RxPCN {x:pcn}  RxGrp {x:rxgrp}\nPCP copay $25  Spec $50  ER $250\nPayer ID {x:payerid}",
    # 23 ED triage
    "ED triage {DATE:date} 0342: {PERSON:pfull}, {x:age} y/o, arrived via EMS from {LOCATION:facility}. MRN {MRN:mrn}. CC chest pain. Troponin {x:trop}. Charge nurse {PERSON:nfirst} notified.",
    # 24 271 excerpt
    "271 excerpt: NM1*IL*1*{PERSON:plastu}*{PERSON:pfirstu}****MI*{MEMBER_ID:mbr}~REF*6P*{x:grp}*{x:grpname}~N3*{LOCATION:streetu}~N4*{LOCATION:cityu}*{x:state}*{LOCATION:zip}~DMG*D8*{DOB:dob8}~EB*1**30**{x:plancode}~",
    # 25 denial worklist row
    "{x:claim}|{ACCOUNT:acct}|{PERSON:plfu}|{MEMBER_ID:mbr}|{DATE:date}|{x:cpt}|{x:carc}|{x:rarc}|${x:amt}|{x:payershort}",
    # 26 NPI explanation
    "NPI {LICENSE:npi} belongs to {PERSON:dfull}, not the group. Group NPI goes in 2010AA, the individual in 2310B. TIN {x:tin}, taxonomy {x:taxon}.",
    # 27 nurse licence
    "Licence verification: {PERSON:nfull}, RN - {x:rnstate} {LICENSE:rnlic}, exp {DATE:date}. Compact state: yes. Assigned to {x:dept}.",
    # 28 chat DEA
    "dr {PERSON:dlc} needs the DEA # on the CII script, its {LICENSE:dea} per the office. pt {PERSON:plc} dob {DOB:dob}",
    # 29 transfer
    "Pt. {PERSON:plf} (MR# {MRN:mrn}) transferred from {x:dept} to {LOCATION:facility} on {DATE:date}; discharge disposition 03. FIN {ACCOUNT:fin} closed, final bill {DATE:date2}.",
    # 30 Medicaid elig
    "Medicaid elig response: {x:mcaidst} Medicaid ID {MEMBER_ID:mcaid}, {PERSON:pfull}, active {DATE:date} - {DATE:date2}, MCO {x:mco}. No TPL on file.",
    # 31 benefits verification
    "{x:payershort} ref# {x:callref}: verified benefits for {PERSON:pfull} / id {MEMBER_ID:mbr} / grp {x:grp}. Ded $1,500 met $812.40, OOP $6,000. {x:cpt} no auth req per rep {PERSON:repfirst}.",
    # 32 lab req
    "Lab req: {PERSON:plf}  DOB {DOB:dob}  MRN {MRN:mrn}  Ordering: {PERSON:dinit}, MD (NPI {LICENSE:npi})  Tests: {x:lab1}, {x:lab2}  Dx {x:icd}  Collected {DATE:date} 07:15",
    # 33 ABN
    "ABN signed by {PERSON:pfull} on {DATE:date} for {x:cpt} (frequency limit). Append GA. Medicare {MEMBER_ID:mbi}.",
    # 34 appeal letter
    "Re: {PERSON:pfull}, Member ID {MEMBER_ID:mbr}, Claim # {x:claim}, DOS {DATE:date}\nWe are appealing the {x:carc} denial for {x:cpt}. Per {x:guideline} the service met criteria.\nSincerely,\n{PERSON:dfull}, MD  NPI {LICENSE:npi}",
    # 35 workers comp
    "wc claim: employer {x:employer}, claim # {x:wcclaim}, injured worker {PERSON:pfull}, DOI {DATE:date}. send bills to adjuster {PERSON:adjfull} fax {FAX:fax}",
    # 36 encounter summary
    "Encounter {ACCOUNT:enc} - {PERSON:pfull} - POS {x:pos} - {x:em}-{x:mod} + {x:proc} - {x:icd}, {x:icd2} - rendering {PERSON:dinit} - charge ${x:amt}",
    # 37 ADT row
    "|{MRN:mrn}|{PERSON:plfu}|{DOB:dob}|{x:sex}|{LOCATION:street}|{LOCATION:city}|{x:state}|{LOCATION:zip}|{PHONE:phone}|",
    # 38 HL7 PID
    "PID|1||{MRN:mrn}^^^MRN||{PERSON:plastu}^{PERSON:pfirstu}||{DOB:dob8}|{x:sex}|||{LOCATION:street}^^{LOCATION:city}^{x:state}^{LOCATION:zip}||{PHONE:phone}|||||{ACCOUNT:acct}",
    # 39 HL7 IN1 (IN1-2 plan, -3 company id, -4 name, -8 group, -12 eff date, -16 insured, -17 rel, -36 policy no)
    "IN1|1|{x:plancode}|{x:payerid}|{x:payer}||||{x:grp}||||{DATE:date8}||||{PERSON:slastu}^{PERSON:sfirstu}|01|||||||||||||||||||{MEMBER_ID:mbr}",
    # 40 clinical with name
    "Pt {PERSON:pfull} MRN {MRN:mrn} on {x:drugdose}; {x:lab}. Per {x:dept} attending Dr. {PERSON:dlast}, hold dose and recheck in AM.",
    # 41 Tricare
    "TRICARE DBN {MEMBER_ID:dbn}: sponsor {PERSON:sfull}, beneficiary {PERSON:pfull}. {x:cpt} needs a referral under Prime; auth # {x:authno}.",
    # 42 GFE
    "Good faith estimate {x:gfe} for {PERSON:pfull}, self-pay, scheduled {DATE:date}: {x:cpt} ${x:amt} + facility rev {x:rev} ${x:amt2}. Mailed to {LOCATION:addr}.",
    # 43 email chat
    "Subject: Re: missing NPI\n\nhi, {PERSON:nfirst} here from {LOCATION:facility}. the rendering npi for dr {PERSON:dlc} is {LICENSE:npi} and the state lic is {LICENSE:lic}. Practice TIN {x:tin}. thx",
    # 44 sleep study / CPAP
    "Sleep study: {PERSON:pfull} ({MRN:mrn}), AHI 27.4, CPAP titrated to 11 cmH2O. DME order E0601 + A7030; CPAP serial {DEVICE_ID:cpap}, compliance download {DATE:date} - {DATE:date2}: 84% nights 4 h or more.",
    # 45 portal message
    "Portal message from {EMAIL:email}: 'my bill says acct {ACCOUNT:acct} but i paid ${x:amt} on {DATE:date}, why do i still owe?' - {PERSON:pfull}",
    # 46 card dispute
    "credit card dispute - guarantor {PERSON:pfull}, {LOCATION:addr}, acct {ACCOUNT:gacct}, contact {PHONE:phone} or {EMAIL:email}",
    # 47 UB-04
    "UB-04  FL 3a PAT CNTL #: {ACCOUNT:acct}  FL 3b MED REC #: {MRN:mrn}  FL 4 TOB {x:tob}  FL 5 FED TAX NO {x:tin}  FL 8 {PERSON:plfu}  FL 10 BIRTHDATE {DOB:dobub}  FL 42 {x:rev}  FL 44 {x:hcpcs}  FL 60 INSURED'S UNIQUE ID {MEMBER_ID:mbr}  FL 61 {x:grpname}  FL 62 {x:grp}  FL 76 ATTENDING NPI {LICENSE:npi} {PERSON:dlastu}",
    # 48 CMS-1500
    "CMS-1500 box 1a {MEMBER_ID:mbr} | box 2 {PERSON:plfu} | box 3 {DOB:dob} | box 5 {LOCATION:addr} | box 11 {x:grp} | box 24J {LICENSE:npi} | box 25 {x:tin} | box 26 {ACCOUNT:acct}",
    # 49 chat with typos
    "pt acct no {ACCOUNT:acct} - {PERSON:ptypo} - dos {DATE:date} - {x:cpt} x{x:units} - {x:payershort} paid 0, {x:carc}/{x:rarc}. apeal filed {DATE:date2}",
    # 50 handoff
    "{x:dept} handoff: bed 12 {PERSON:plast}, MRN {MRN:mrn}, {x:drugdose}, Foley in, NPO after MN for {x:proc} in AM w/ Dr. {PERSON:dlast}.",
    # 51 prescription
    "Prescriber: {PERSON:dfull}, DO  DEA {LICENSE:dea}  NPI {LICENSE:npi}  {x:licstate} Lic {LICENSE:lic}\nRx: {x:drugsched}  Refills 0\nPatient: {PERSON:pfull}  DOB {DOB:dob}",
    # 52 wrong ID
    "Worklist note: {x:payershort} says {MEMBER_ID:mbr} is invalid, correct id is {MEMBER_ID:mbrdep} (dependent suffix). {PERSON:pfull}, acct {ACCOUNT:acct}. rebilled {DATE:date}.",
    # 53 refund
    "Refund request: overpayment ${x:amt} on claim {x:claim} for {PERSON:plf}, subscriber ID {MEMBER_ID:mbr}, DOS {DATE:date}. Check payable to {x:payer}, TIN {x:tin} on the refund form.",
    # 54 chart prep
    "Chart prep for {DATE:date} clinic: 1) {PERSON:pfull} MRN {MRN:mrn} f/u {x:icd} 2) {PERSON:qfull} MRN {MRN:mrn2} new pt, {x:payershort} {MEMBER_ID:mbr}",
    # 55 diabetes devices
    "Device registry: insulin pump {DEVICE_ID:pump}, CGM transmitter {DEVICE_ID:cgm} - {PERSON:pfull}, DOB {DOB:dob}. Supplies A4239 monthly via {x:payershort}, ID {MEMBER_ID:mbr}.",
    # 56 fax request chat
    "from {PERSON:nfirst} at {LOCATION:facility}: can u fax the op note for {PERSON:plf} to {FAX:fax}? f/u is in {LOCATION:city} on {DATE:date}",
    # 57 MSP
    "Medicare secondary: {PERSON:pfull}, MBI {MEMBER_ID:mbi}, primary {x:payer} ID {MEMBER_ID:mbr} grp {x:grp}. MSP type 12 (working aged). Acct {ACCOUNT:acct}.",
    # 58 bed board
    "Bed board: 5N-14 {PERSON:plf} ({MRN:mrn}) pending {x:dest}; 5N-15 {PERSON:qlf} ({MRN:mrn2}) d/c today; 5N-16 clean.",
    # 59 complaint
    "who is {PERSON:pfull}?? got a statement for acct {ACCOUNT:acct} at my address {LOCATION:addr} but nobody by that name lives here",
    # 60 referral
    "Referral to {PERSON:dfull}, {x:specialty}, {LOCATION:facility}, fax {FAX:fax}. Patient {PERSON:pfull}, DOB {DOB:dob}, {x:payershort} ID {MEMBER_ID:mbr}. Reason: {x:icd} ({x:icddesc}).",
    # 61 PA chat
    "mbr {MEMBER_ID:mbrlc} / {PERSON:plc} / rx {x:drug} rejected 75, pa sent to {x:pbm} via covermymeds key {x:cmmkey}, prescriber npi {LICENSE:npi}",
    # 62 SNF admit
    "SNF admit: {PERSON:pfull}, Medicare {MEMBER_ID:mbi}, qualifying stay {DATE:date} - {DATE:date2} at {LOCATION:facility}. HIPPS {x:hipps}, occurrence span code 70.",
    # 63 hospice NOE
    "Hospice NOE for {PERSON:plf}, MBI {MEMBER_ID:mbi}, election {DATE:date}, attending {PERSON:dfull} NPI {LICENSE:npi}. TOB 081A.",
    # 64 collections
    "Collections: {PERSON:pfull}, acct {ACCOUNT:acct}, last payment {DATE:date}, bal ${x:amt}. Skip-trace found {LOCATION:addr}, ph {PHONE:phone}.",
    # 65 ZIP service area
    "ZIP {LOCATION:zip} is outside the {x:payershort} service area, so {PERSON:pfull}'s claim {x:claim} denied CO-109. Member ID {MEMBER_ID:mbr}.",
    # 66 licence lookup
    "State license lookup: {x:licstate} {LICENSE:lic} - {PERSON:dlf}, status active, no board actions. NPI {LICENSE:npi}, taxonomy {x:taxon}.",
    # 67 chat subscriber id
    "can someone tell me why {x:payershort} keeps rejecting subscrber id {MEMBER_ID:mbr} for {PERSON:plc}?? dob {DOB:dob}, grp# {x:grp}, bin {x:bin}",
    # 68 Medicaid face sheet row
    "{MRN:mrn} | {PERSON:plfu} | {x:mcaidst} MCD {MEMBER_ID:mcaid} | FIN {ACCOUNT:fin} | adm {DATE:date} | DRG {x:drg} | {x:dept}",
    # 69 NP DEA midlevel style + nurse
    "Order verified by {PERSON:nfull}, RN; prescriber {PERSON:dfull}, NP, NPI {LICENSE:npi}, {x:rnstate} APRN lic {LICENSE:rnlic}. Pt {PERSON:plf}, MRN {MRN:mrn}, acct {ACCOUNT:acct}.",
    # 71 portal signup
    "Patient portal signup: {PERSON:pfull}, {EMAIL:email}, mobile {PHONE:phone}, MRN {MRN:mrn}. Proxy access requested by {PERSON:sfull}.",
    # 72 records fax cover
    "Fax cover - From: {PERSON:dfull}, MD office  Ph {PHONE:phone}  Fax {FAX:fax}\nTo: Medical Records, {LOCATION:facility}\nRe: records request for {PERSON:plf}, DOB {DOB:dob}, acct {ACCOUNT:acct}\nCONFIDENTIAL: contains PHI. Pages: 3",
    # 73 device interrogation
    "Device interrogation {DATE:date}: {x:devtype} serial {DEVICE_ID:dev}, battery 8.2 yrs, no episodes. {PERSON:plf}, MRN {MRN:mrn}. Remote clinic contact {PERSON:nfirst}.",
    # 74 chat move
    "fyi {PERSON:plc} moved to {LOCATION:citylc}, new zip {LOCATION:zip}, so {x:payershort} says out of network now. mbr id {MEMBER_ID:mbrlc}, acct {ACCOUNT:acct}",
    # 70 835 w/ patient (CLP has patient control number, NM1*QC patient)
    "CLP*{ACCOUNT:acct}*1*{x:amt}*{x:amt2}*{x:amt3}*12*{x:claim}*11*1~NM1*QC*1*{PERSON:plastu}*{PERSON:pfirstu}****MI*{MEMBER_ID:mbr}~{x:svcline}",
]


def build_negatives():
    texts = []
    seen = set()
    for t in NEG_FIXED:
        text, spans = render(t)
        assert not spans
        if text not in seen:
            seen.add(text)
            texts.append(text)
    slot = list(NEG_SLOT)
    i = 0
    while len(texts) < 200:
        if i % len(slot) == 0:
            R.shuffle(slot)
        text, spans = render(slot[i % len(slot)])
        i += 1
        assert not spans
        if text not in seen:
            seen.add(text)
            texts.append(text)
    assert i < 5000
    R.shuffle(texts)
    return texts[:200]


def build_positives():
    recs = []
    order = list(range(len(POS_TPL)))
    i = 0
    while len(recs) < 150:
        if i % len(order) == 0:
            R.shuffle(order)
        text, spans = render(POS_TPL[order[i % len(order)]])
        i += 1
        recs.append((text, spans))
    return recs


def check_no_overlap(spans):
    ss = sorted(spans, key=lambda s: s["start"])
    for a, b in zip(ss, ss[1:]):
        assert a["end"] <= b["start"], (a, b)


def main():
    neg = build_negatives()
    pos = build_positives()
    assert len(neg) == 200 and len(set(neg)) == 200
    assert len(pos) == 150
    with open(NEG_PATH, "w", encoding="utf-8") as f:
        for t in neg:
            f.write(json.dumps({"text": t, "spans": []}, ensure_ascii=False) + "\n")
    counts = Counter()
    with open(POS_PATH, "w", encoding="utf-8") as f:
        for text, spans in pos:
            check_no_overlap(spans)
            for s in spans:
                assert text[s["start"]:s["end"]] == s["value"]
                g = s.pop("_gen")
                if g in ("npi", "npi2"):
                    assert re.fullmatch(r"\d{10}", s["value"]) and luhn_ok("80840" + s["value"]), s
                if g == "dea":
                    assert re.fullmatch(r"[A-Z]{2}\d{7}", s["value"]) and dea_ok(s["value"]), s
                counts[s["entity_type"]] += 1
            f.write(json.dumps({"text": text, "spans": spans}, ensure_ascii=False) + "\n")
    mins = {"MEMBER_ID": 60, "ACCOUNT": 40, "LICENSE": 40, "MRN": 30, "PERSON": 80}
    for k, v in mins.items():
        assert counts[k] >= v, (k, counts[k], v)
    print("negatives: %d texts -> %s" % (len(neg), NEG_PATH))
    print("positives: %d texts, %d spans -> %s" % (len(pos), sum(counts.values()), POS_PATH))
    for k in sorted(TYPES):
        print("  %-10s %d" % (k, counts[k]))


if __name__ == "__main__":
    main()
