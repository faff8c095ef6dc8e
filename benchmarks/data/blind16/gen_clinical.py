#!/usr/bin/env python3
"""gen_clinical.py - hand-labelled blind evaluation set for a clinical PII/PHI redactor.

Standard library only, fixed seed.  Every name, street, town, facility, phrase and
template below is written by hand in this file; `random` only picks among these
hand-written pools and builds digit strings in realistic shapes (MRNs, phones, ...).
Check digits are computed, not guessed: NPI (Luhn with prefix 80840), DEA, VIN, GTIN in UDIs.

Outputs (next to this script):
  clinical_pos.jsonl  200 texts with PHI    {"text", "spans":[{entity_type,value,start,end}]}
  clinical_neg.jsonl  100 texts with no PHI {"text", "spans":[]}

Labelling conventions
  * titles / credentials (Dr., Mr., Ms., RN, MD) are outside PERSON spans; possessive 's outside.
  * "Surname, Given [M]" and HL7 "SUR^GIVEN^M" are one PERSON span.
  * a full postal address (even over two lines, or HL7 ^-separated) is one LOCATION span;
    a street alone, a town, a county or a ZIP alone is LOCATION; a named facility is LOCATION.
  * dates: only the date part; a clock time next to a date stays outside
    ("03/14/2024 14:32" -> "03/14/2024"); compact HL7 timestamps are one DATE token;
    a range "3/2-3/9" is two DATE spans; "last Tuesday the 4th" -> "Tuesday the 4th";
    month+year ("March 2024") is DATE; a bare year is never labelled.
  * AGE only when >= 90, number only ("94-year-old" -> "94"); younger ages are left unlabelled.
  * DOB for dates of birth, DATE for every other date.
  * identifiers are labelled without their field name ("MRN 4471902" -> "4471902").
  * phone extensions are inside the PHONE span.
  * model / catalogue / REF numbers, drug NDC-like numbers, CPT/ICD codes are NOT labelled.
"""
import datetime
import json
import os
import random
import unicodedata
from collections import Counter

SEED = 1616
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
TD = datetime.timedelta
DIG = "0123456789"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

# ---------------------------------------------------------------------------
# hand-written name pools (given names by sex, surnames) per culture
# ---------------------------------------------------------------------------
CULTURES = {
    "anglo": {
        "F": ["Emily", "Sarah", "Margaret", "Jennifer", "Heather", "Dorothy", "Abigail", "Hope", "Courtney", "Lindsey"],
        "M": ["James", "Robert", "Thomas", "William", "Kevin", "Harold", "Garrett", "Wyatt", "Dale", "Bradley"],
        "S": ["Thompson", "Whitfield", "Carter", "Holloway", "Pritchard", "Ashworth", "Bennett", "Caldwell",
              "Fletcher", "Smith-Jones", "Parkinson", "Baker"],
    },
    "african_american": {
        "F": ["Latoya", "Keisha", "Aaliyah", "Shaniqua", "Imani", "Ebony", "Tameka", "Precious", "Jasmine", "Addison"],
        "M": ["DeShawn", "Jamal", "Tyrone", "Darnell", "Marcus", "Terrell", "Dwayne", "Andre", "Cornelius", "Reginald"],
        "S": ["Washington", "Jefferson", "Jackson", "Banks", "Freeman", "Coleman", "Robinson", "Booker",
              "Mosley", "Gaines", "Graves"],
    },
    "hispanic": {
        "F": ["María", "Maria", "Guadalupe", "Lucía", "Ximena", "Rosa", "Yesenia", "Maria del Carmen", "Marisol", "Esperanza"],
        "M": ["José", "Jose", "Alejandro", "Juan Carlos", "Jesús", "Francisco", "Luis Ángel", "Rigoberto", "Héctor", "Santiago"],
        "S": ["González", "Gonzalez", "Hernández", "Ramírez", "García-López", "de la Cruz", "Villanueva", "Ortega",
              "Castillo Ruiz", "Medina", "Fuentes", "Nuñez"],
    },
    "indian": {
        "F": ["Priya", "Ananya", "Lakshmi", "Sunita", "Kavitha", "Deepa", "Meenakshi", "Pooja"],
        "M": ["Rajesh", "Venkatesh", "Arjun", "Kiran", "Suresh", "Anil", "Vikram", "Rohan"],
        "S": ["Patel", "Subramanian", "Iyer", "Reddy", "Chatterjee", "Venkataraman", "Sharma", "Gupta", "Nair",
              "Krishnamurthy"],
    },
    "pakistani": {
        "F": ["Ayesha", "Fatima", "Zainab", "Hina", "Saima", "Rabia"],
        "M": ["Imran", "Bilal", "Usman", "Faisal", "Tariq", "Hamza"],
        "S": ["Qureshi", "Chaudhry", "Malik", "Siddiqui", "Butt", "Raza", "Abbasi", "Khan"],
    },
    "chinese": {
        "F": ["Mei", "Li Na", "Yan", "Xiaoling", "Jing", "Hui"],
        "M": ["Wei", "Xiaoming", "Jun", "Haoran", "Zhiwei", "Jian"],
        "S": ["Zhang", "Wang", "Liu", "Chen", "Huang", "Zhou", "Xu", "Lin"],
    },
    "korean": {
        "F": ["Ji-woo", "Seo-yeon", "Eun-ji", "Min-seo", "Hye-jin"],
        "M": ["Min-jun", "Hyun-woo", "Sung-ho", "Dong-hyun", "Jae-won"],
        "S": ["Kim", "Park", "Lee", "Choi", "Jung", "Kang", "Yoon"],
    },
    "vietnamese": {
        "F": ["Lan", "Huong", "Phuong", "Thao", "Ngoc Anh"],
        "M": ["Minh", "Thanh", "Duc", "Tuan", "Quang"],
        "S": ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang"],
    },
    "japanese": {
        "F": ["Yui", "Aiko", "Sakura", "Keiko", "Emiko"],
        "M": ["Haruto", "Takeshi", "Kenji", "Hiroshi", "Daisuke"],
        "S": ["Tanaka", "Watanabe", "Yamamoto", "Nakamura", "Kobayashi", "Saito", "Matsumoto"],
    },
    "filipino": {
        "F": ["Maricel", "Jocelyn", "Analyn", "Rowena", "Marites", "Lorna"],
        "M": ["Rodel", "Ferdinand", "Jun-Jun", "Arnel", "Ronaldo", "Efren"],
        "S": ["Dela Cruz", "Santos", "Reyes", "Bautista", "Macapagal", "Mendoza", "Pangilinan", "Tolentino"],
    },
    "nigerian": {
        "F": ["Ngozi", "Chiamaka", "Funmilayo", "Adaeze", "Oluwakemi", "Blessing"],
        "M": ["Chinedu", "Oluwaseun", "Adebayo", "Emeka", "Ifeanyi", "Babatunde"],
        "S": ["Okafor", "Adeyemi", "Okonkwo", "Eze", "Balogun", "Nwosu", "Ogunleye", "Adeleke", "Oyelaran-Bello"],
    },
    "ghanaian": {
        "F": ["Akosua", "Ama", "Abena", "Efua", "Adwoa"],
        "M": ["Kwame", "Kofi", "Yaw", "Kwabena", "Kwasi"],
        "S": ["Mensah", "Owusu", "Boateng", "Asante", "Appiah", "Ofori", "Darko", "Agyemang-Duah"],
    },
    "ethiopian": {
        "F": ["Tigist", "Meron", "Selamawit", "Hiwot", "Bethlehem"],
        "M": ["Abebe", "Dawit", "Yohannes", "Tesfaye", "Girma"],
        "S": ["Bekele", "Haile", "Alemu", "Wolde", "Gebremariam", "Tadesse", "Kebede"],
    },
    "arabic": {
        "F": ["Layla", "Noor", "Mariam", "Huda", "Rania"],
        "M": ["Ahmed", "Omar", "Khalid", "Youssef", "Mohammed"],
        "S": ["Al-Farsi", "Haddad", "Abdullah", "El-Sayed", "Khoury", "Nasser", "Al-Rashid", "Abu Bakr"],
    },
    "persian": {
        "F": ["Shirin", "Parisa", "Nasrin", "Maryam", "Leila"],
        "M": ["Dariush", "Reza", "Kourosh", "Arash", "Mehdi"],
        "S": ["Rahimi", "Tehrani", "Hosseini", "Karimi", "Farahani", "Moradi", "Jafari"],
    },
    "turkish": {
        "F": ["Ayşe", "Elif", "Zeynep", "Esra", "Merve"],
        "M": ["Mehmet", "Emre", "Burak", "Mustafa", "Oğuz"],
        "S": ["Yılmaz", "Yilmaz", "Demir", "Kaya", "Öztürk", "Çelik", "Aydın", "Şahin"],
    },
    "polish": {
        "F": ["Katarzyna", "Agnieszka", "Małgorzata", "Joanna", "Ewa"],
        "M": ["Piotr", "Tomasz", "Krzysztof", "Grzegorz", "Paweł"],
        "S": ["Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Zieliński", "Lewandowski", "Kamińska", "Szymańska"],
    },
    "russian": {
        "F": ["Svetlana", "Natalia", "Olga", "Irina", "Tatiana"],
        "M": ["Dmitri", "Alexei", "Sergei", "Yuri", "Vladimir"],
        "S": ["Ivanov", "Petrova", "Smirnov", "Volkova", "Kuznetsov", "Sokolova", "Morozov"],
    },
    "greek": {
        "F": ["Eleni", "Konstantina", "Athena", "Despina", "Sofia"],
        "M": ["Georgios", "Dimitrios", "Nikos", "Spiros", "Christos"],
        "S": ["Papadopoulos", "Georgiou", "Konstantinidis", "Nikolaou", "Vlachos", "Karagiannis"],
    },
    "italian": {
        "F": ["Francesca", "Giulia", "Chiara", "Rosalia", "Antonella"],
        "M": ["Giuseppe", "Marco", "Salvatore", "Antonio", "Vincenzo"],
        "S": ["Rossi", "Bianchi", "Esposito", "Romano", "Colombo", "Ferraro", "Lo Bianco", "DiMartino"],
    },
    "irish": {
        "F": ["Siobhan", "Aoife", "Niamh", "Bridget", "Caoimhe"],
        "M": ["Padraig", "Declan", "Ciaran", "Seamus", "Eoin"],
        "S": ["O'Brien", "McCarthy", "Fitzgerald", "O'Neill", "Gallagher", "Byrne", "MacNamara", "Foley"],
    },
    "native_american": {
        "F": ["Winona", "Nizhoni", "Tallulah", "Lorraine", "Sherri", "Ella"],
        "M": ["Ahiga", "Joseph", "Marvin", "Dale", "Hosteen", "Wilbur"],
        "S": ["Yazzie", "Begay", "Tsosie", "Two Bulls", "Red Cloud", "Lone Wolf", "Benally", "Nez", "Whitehorse",
              "Manygoats"],
    },
    "pacific_islander": {
        "F": ["Leilani", "Malia", "Losa", "Mele", "Kalena"],
        "M": ["Keoni", "Sione", "Tevita", "Kalani", "Pita"],
        "S": ["Kahananui", "Fonoti", "Tuilagi", "Kealoha", "Faleolo", "Taufa", "Akana", "Mahoe"],
    },
}
CULT_KEYS = sorted(CULTURES)
SURNAME_FIRST = {"chinese", "korean", "vietnamese"}

# ---------------------------------------------------------------------------
# hand-written places
# ---------------------------------------------------------------------------
STREETS = ["Magnolia Ave", "Old Post Rd", "N Kedzie Blvd", "Harbor View Ln", "Elm St",
           "Martin Luther King Jr Blvd", "Calle del Sol", "Kamehameha Hwy", "Pine Ridge Dr", "W 35th St",
           "Cottonwood Trail", "Orchard Lane", "Bayshore Drive", "Quarry Rd", "Riverside Terrace",
           "Peachtree St NE", "Ocean Pkwy", "County Road 14", "E Warren Ave", "Schaefer Rd", "Mission Blvd",
           "Navajo Route 9", "Hillcrest Court", "S Halsted St", "Laurel Canyon Rd", "Acacia Way",
           "Ridgewood Ave", "Palolo Ave", "Bluebonnet Dr", "Lakeshore Rd"]
UNITS = ["", "", "", "", " Apt 3B", ", Apt 12", " #204", ", Unit 7", " Lot 19", ", Apt 2F"]
TOWNS = [("Fresno", "CA", "937"), ("Dearborn", "MI", "481"), ("Gallup", "NM", "873"), ("Hilo", "HI", "967"),
         ("Lowell", "MA", "018"), ("Yonkers", "NY", "107"), ("Paterson", "NJ", "075"), ("Hialeah", "FL", "330"),
         ("Sugar Land", "TX", "774"), ("Flagstaff", "AZ", "860"), ("Cicero", "IL", "608"),
         ("Brockton", "MA", "023"), ("Tacoma", "WA", "984"), ("Duluth", "MN", "558"), ("Macon", "GA", "312"),
         ("Lafayette", "LA", "705"), ("Columbus", "OH", "432"), ("Flushing", "NY", "113"),
         ("Garden Grove", "CA", "928"), ("Minneapolis", "MN", "554"), ("St. Paul", "MN", "551"),
         ("Pine Ridge", "SD", "577"), ("Kahului", "HI", "967"), ("Silver Spring", "MD", "209"),
         ("Fort Wayne", "IN", "468"), ("Hamtramck", "MI", "482"), ("Chinle", "AZ", "865")]
COUNTIES = ["Maricopa County", "Cook County", "Kern County", "McKinley County", "Hidalgo County",
            "Cuyahoga County", "Hennepin County", "Wayne County", "Hawaii County", "Bronx County",
            "Navajo County", "Fort Bend County", "Essex County"]
FACILITIES = [("St. Agnes Medical Center", "stagnesmed.org"), ("Mercy General Hospital", "mercygeneral.org"),
              ("Lakeside Community Clinic", "lakesidecc.org"), ("Good Samaritan Hospital", "goodsamhosp.org"),
              ("Northside Family Health Center", "northsidefhc.org"), ("Hilo Medical Center", "hilomedical.org"),
              ("Gallup Indian Medical Center", "gimc-ihs.org"),
              ("Bayview Rehabilitation Hospital", "bayviewrehab.com"),
              ("Cedar Ridge Behavioral Health", "cedarridgebh.org"),
              ("Valley Children's Hospital", "valleychildrens.org"), ("Eastlake Urgent Care", "eastlakeuc.com"),
              ("Sacred Heart Regional Medical Center", "sacredheartrmc.org"),
              ("Fairview Southdale Hospital", "fairviewsd.org"), ("Kapiolani Women's Clinic", "kwclinic.org"),
              ("Dearborn Family Health Center", "dearbornfhc.org"), ("Piedmont Heart Institute", "piedmontheart.org"),
              ("Lutheran Hospital of Indiana", "lutheranin.org"), ("Chinle Comprehensive Health Care Facility", "chinlehcf.org")]
FAC_DOMAIN = dict(FACILITIES)
HOSPITALS = ["St. Agnes Medical Center", "Mercy General Hospital", "Good Samaritan Hospital", "Hilo Medical Center",
             "Gallup Indian Medical Center", "Sacred Heart Regional Medical Center", "Fairview Southdale Hospital",
             "Lutheran Hospital of Indiana"]
CLINICS = ["Lakeside Community Clinic", "Northside Family Health Center", "Dearborn Family Health Center",
           "Chinle Comprehensive Health Care Facility", "Eastlake Urgent Care"]
SNFS = ["Maple Grove Skilled Nursing Facility", "Sunrise Senior Living", "Autumn Oaks Care Center",
        "Willow Creek Nursing & Rehab", "Golden Pines Assisted Living", "Heritage Manor Nursing Home"]
DIALYSIS = ["Riverbend Dialysis Center", "Lakeshore Kidney Care", "Desert Sun Dialysis", "Harbor Renal Center"]
AREA = ["559", "312", "773", "313", "505", "808", "978", "914", "973", "305", "281", "928", "708", "508",
        "253", "218", "478", "337", "614", "718", "714", "612", "651", "605", "301", "260", "415", "206", "404", "646"]
ABROAD = {  # culture -> (city, country, phone builder)
    "nigerian": ("Lagos", "Nigeria", lambda: f"+234 80{R.randint(2, 9)} {R.randint(100, 999)} {R.randint(1000, 9999)}"),
    "ghanaian": ("Kumasi", "Ghana", lambda: f"+233 24 {R.randint(100, 999)} {R.randint(1000, 9999)}"),
    "ethiopian": ("Addis Ababa", "Ethiopia", lambda: f"+251 91 {R.randint(100, 999)} {R.randint(1000, 9999)}"),
    "filipino": ("Cebu City", "the Philippines", lambda: f"+63 917 {R.randint(100, 999)} {R.randint(1000, 9999)}"),
    "indian": ("Chennai", "India", lambda: f"+91 {R.randint(90000, 99999)} {R.randint(10000, 99999)}"),
    "pakistani": ("Lahore", "Pakistan", lambda: f"+92 300 {R.randint(1000000, 9999999)}"),
    "korean": ("Busan", "Korea", lambda: f"+82 10-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}"),
    "vietnamese": ("Da Nang", "Vietnam", lambda: f"+84 90 {R.randint(100, 999)} {R.randint(10, 99)} {R.randint(10, 99)}"),
    "japanese": ("Osaka", "Japan", lambda: f"+81 90-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}"),
    "hispanic": ("Guadalajara", "Mexico", lambda: f"+52 33 {R.randint(1000, 9999)} {R.randint(1000, 9999)}"),
    "polish": ("Kraków", "Poland", lambda: f"+48 {R.randint(500, 799)} {R.randint(100, 999)} {R.randint(100, 999)}"),
    "russian": ("Novosibirsk", "Russia", lambda: f"+7 913 {R.randint(100, 999)}-{R.randint(10, 99)}-{R.randint(10, 99)}"),
    "greek": ("Thessaloniki", "Greece", lambda: f"+30 69{R.randint(10, 99)} {R.randint(100, 999)} {R.randint(1000, 9999)}"),
    "italian": ("Palermo", "Italy", lambda: f"+39 3{R.randint(20, 49)} {R.randint(100, 999)} {R.randint(1000, 9999)}"),
    "irish": ("Galway", "Ireland", lambda: f"+353 8{R.randint(3, 9)} {R.randint(100, 999)} {R.randint(1000, 9999)}"),
    "turkish": ("İzmir", "Turkey", lambda: f"+90 5{R.randint(30, 59)} {R.randint(100, 999)} {R.randint(10, 99)} {R.randint(10, 99)}"),
    "persian": ("Shiraz", "Iran", lambda: f"+98 91{R.randint(0, 9)} {R.randint(100, 999)} {R.randint(1000, 9999)}"),
    "arabic": ("Amman", "Jordan", lambda: f"+962 7{R.randint(7, 9)} {R.randint(100, 999)} {R.randint(1000, 9999)}"),
    "chinese": ("Chengdu", "China", lambda: f"+86 138 {R.randint(1000, 9999)} {R.randint(1000, 9999)}"),
    "anglo": ("Leeds", "the UK", lambda: f"+44 7{R.randint(700, 999)} {R.randint(100000, 999999)}"),
}

# hand-written clinical vocabulary that is NOT PHI (used in both sets)
EPONYM_DX = ["Parkinson disease", "Crohn disease", "Hodgkin lymphoma", "Graves disease", "Hashimoto thyroiditis",
             "Alzheimer dementia", "Guillain-Barré syndrome", "Cushing syndrome", "Addison disease", "Bell's palsy",
             "Barrett esophagus", "Raynaud phenomenon", "Sjögren syndrome", "Paget disease of bone",
             "Ménière disease", "Wernicke encephalopathy", "non-Hodgkin lymphoma", "Takotsubo cardiomyopathy",
             "Dupuytren contracture", "von Willebrand disease"]
DRUGS = ["Eliquis 5 mg BID", "Xarelto 20 mg daily", "Lipitor 40 mg qHS", "Jardiance 10 mg daily",
         "Ozempic 0.5 mg weekly", "Lasix 40 mg daily", "Coumadin 5 mg daily", "Synthroid 88 mcg daily",
         "Entresto 49/51 mg BID", "Farxiga 10 mg daily", "Humira 40 mg q2 weeks", "Keytruda 200 mg q3w",
         "Lantus 22 units qHS", "Plavix 75 mg daily", "Sinemet 25/100 TID", "Seroquel 25 mg qHS",
         "Keppra 500 mg BID", "Protonix 40 mg daily", "Zofran 4 mg q8h prn", "Norco 5/325 q6h prn"]
COMPLAINTS = ["chest pain", "shortness of breath", "a fall with hip pain", "syncope", "fever and dysuria",
              "slurred speech", "GI bleed", "altered mental status", "hyperglycemia", "COPD exacerbation"]


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------
def slug(s):
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("İ", "I")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return "".join(c for c in s.lower() if c.isalnum())


def digits(n, first_nonzero=False):
    s = "".join(R.choice(DIG) for _ in range(n))
    if first_nonzero:
        s = R.choice("123456789") + s[1:]
    return s


def letters(n, pool=UP):
    return "".join(R.choice(pool) for _ in range(n))


def E(t, v):
    return (t, v)


class Person:
    def __init__(self, cult=None, sex=None):
        self.cult = cult or R.choice(CULT_KEYS)
        c = CULTURES[self.cult]
        self.sex = sex or R.choice("FM")
        self.given = R.choice(c[self.sex])
        self.sur = R.choice(c["S"])
        self.mi = R.choice("ABCDEFGHJKLMNPRSTW")
        self.sf = self.cult in SURNAME_FIRST and R.random() < 0.5
        self.mid = None
        if self.cult == "vietnamese":
            self.mid = "Thi" if self.sex == "F" else R.choice(["Van", "Duc", "Minh"])

    def full(self):
        if self.sf:
            return f"{self.sur} {self.mid} {self.given}" if self.mid else f"{self.sur} {self.given}"
        return f"{self.given} {self.sur}"

    def title(self):
        return "Mr." if self.sex == "M" else R.choice(["Ms.", "Mrs.", "Ms."])

    def he(self):
        return "he" if self.sex == "M" else "she"

    def his(self):
        return "his" if self.sex == "M" else "her"

    def him(self):
        return "him" if self.sex == "M" else "her"

    def noun(self):
        return "man" if self.sex == "M" else "woman"


def typo(s):
    """swap two adjacent letters, as people do when typing fast"""
    for _ in range(10):
        i = R.randrange(1, max(2, len(s) - 2))
        if i + 1 < len(s) and s[i].isalpha() and s[i + 1].isalpha() and s[i] != s[i + 1]:
            return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    return s


def name(p, style=None):
    style = style or R.choice(["full", "full", "full", "lf", "init", "mid", "caps", "lower"])
    if style == "full":
        v = p.full()
    elif style == "given":
        v = p.given
    elif style == "sur":
        v = p.sur
    elif style == "lf":
        v = f"{p.sur}, {p.given}"
    elif style == "lfm":
        v = f"{p.sur}, {p.given} {p.mi}"
    elif style == "init":
        v = f"{p.given[0]}. {p.sur}"
    elif style == "mid":
        v = f"{p.given} {p.mi}. {p.sur}"
    elif style == "caps":
        v = p.full().upper()
    elif style == "capslf":
        v = f"{p.sur.upper()}, {p.given.upper()}"
    elif style == "capslfm":
        v = f"{p.sur.upper()}, {p.given.upper()} {p.mi}"
    elif style == "lower":
        v = p.full().lower()
    elif style == "lowertypo":
        v = typo(p.full().lower())
    elif style == "lowergiven":
        v = p.given.lower()
    elif style == "lowersur":
        v = p.sur.lower()
    elif style == "capssur":
        v = p.sur.upper()
    elif style == "hl7":
        v = f"{p.sur.upper()}^{p.given.upper()}^{p.mi}"
    else:
        raise ValueError(style)
    return E("PERSON", v)


def kin(p, sex=None, same_sur=0.6):
    k = Person(cult=p.cult, sex=sex)
    if R.random() < same_sur:
        k.sur = p.sur
    return k


def relword(k):
    return R.choice(["daughter", "niece", "granddaughter", "sister"] if k.sex == "F"
                    else ["son", "nephew", "grandson", "brother"])


def spouse_word(k):
    return "wife" if k.sex == "F" else "husband"


# ---- dates ------------------------------------------------------------------
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MON3 = [m[:3] for m in MONTHS]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def ordinal(n):
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def rdate(y0=2021, y1=2025):
    a, b = datetime.date(y0, 1, 1), datetime.date(y1, 9, 30)
    return a + TD(days=R.randrange((b - a).days))


def rand_dob(old=False, child=False):
    if child:
        return rdate(2015, 2022)
    if old:
        return rdate(1921, 1932)
    return rdate(1935, 2004)


def age_on(b, d):
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


DATE_STYLES = ["long", "long_noyear", "long_ord", "dmy_long", "ord_of", "abbr", "abbr_dot", "abbr_noyear", "slash",
               "slash0", "slash2", "md", "dash", "iso", "euro", "euro_dot", "dmy_abbr", "dmy_abbr_caps",
               "weekday_long", "wk_short", "monthyear", "sept", "abbr_caps_noyr"]
DOB_STYLES = ["long", "dmy_long", "abbr", "slash", "slash0", "slash2", "dash", "iso", "euro_dot", "dmy_abbr",
              "dmy_abbr_caps"]


def fdate(d, style=None):
    style = style or R.choice(DATE_STYLES)
    m, dd, y = d.month, d.day, d.year
    M, M3, W = MONTHS[m - 1], MON3[m - 1], WEEKDAYS[d.weekday()]
    if style == "long":
        return f"{M} {dd}, {y}"
    if style == "long_noyear":
        return f"{M} {dd}"
    if style == "long_ord":
        return f"{M} {ordinal(dd)}"
    if style == "dmy_long":
        return f"{dd} {M} {y}"
    if style == "ord_of":
        return f"{ordinal(dd)} of {M}"
    if style == "abbr":
        return f"{M3} {dd}, {y}"
    if style == "abbr_dot":
        return f"{M3}. {dd}" if M3 != "May" else f"May {dd}"
    if style == "abbr_noyear":
        return f"{M3} {dd}"
    if style == "abbr_caps_noyr":
        return f"{M3.upper()} {dd}"
    if style == "sept":
        return f"Sept. {dd}, {y}" if m == 9 else f"{M3}. {dd}, {y}" if m != 5 else f"May {dd}, {y}"
    if style == "slash":
        return f"{m}/{dd}/{y}"
    if style == "slash0":
        return f"{m:02d}/{dd:02d}/{y}"
    if style == "slash2":
        return f"{m}/{dd}/{y % 100:02d}"
    if style == "md":
        return f"{m}/{dd}"
    if style == "dash":
        return f"{m}-{dd}-{y}"
    if style == "iso":
        return f"{y}-{m:02d}-{dd:02d}"
    if style == "euro":
        return f"{dd:02d}/{m:02d}/{y}"
    if style == "euro_dot":
        return f"{dd:02d}.{m:02d}.{y}"
    if style == "dmy_abbr":
        return f"{dd:02d}-{M3}-{y % 100:02d}"
    if style == "dmy_abbr_caps":
        return f"{dd:02d}-{M3.upper()}-{y}"
    if style == "weekday_long":
        return f"{W}, {M} {dd}, {y}"
    if style == "wk_short":
        return f"{W[:3]} {m}/{dd}"
    if style == "wk_the":
        return f"{W} the {ordinal(dd)}"
    if style == "the_ord":
        return f"the {ordinal(dd)}"
    if style == "monthyear":
        return f"{M} {y}"
    if style == "hl7":
        return f"{y}{m:02d}{dd:02d}"
    raise ValueError(style)


def date_e(style=None, d=None):
    return E("DATE", fdate(d or rdate(), style))


def dob_e(style=None, d=None):
    return E("DOB", fdate(d or rand_dob(), style or R.choice(DOB_STYLES)))


def hhmm():
    return f"{R.randint(0, 23):02d}{R.choice(['00', '05', '10', '15', '20', '30', '40', '45', '50', '55'])}"


def hh_mm():
    return f"{R.randint(0, 23):02d}:{R.randint(0, 59):02d}"


AGE_STYLES = [("", "-year-old"), ("", " y/o"), ("", "yo"), ("", " yo"), ("aged ", ""), ("", "-yr-old"),
              ("", " year old"), ("", "YO"), ("", " y.o.")]


def age_expr(a, style=None):
    pre, suf = style or R.choice(AGE_STYLES)
    num = E("AGE", str(a)) if a >= 90 else str(a)
    return [pre, num, suf]


def old_age():
    return R.choice([90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 101, 102, 104])


# ---- places -----------------------------------------------------------------
def street():
    return f"{R.randint(1, 9899)} {R.choice(STREETS)}{R.choice(UNITS)}"


def zipc(t=None):
    t = t or R.choice(TOWNS)
    return t[2] + f"{R.randint(0, 99):02d}"


def address(style=None):
    t = R.choice(TOWNS)
    st = street()
    style = style or R.choice(["oneline", "oneline", "nozip", "multiline", "caps"])
    if style == "oneline":
        return f"{st}, {t[0]}, {t[1]} {zipc(t)}"
    if style == "nozip":
        return f"{st}, {t[0]} {t[1]}"
    if style == "multiline":
        return f"{st}\n{t[0]}, {t[1]} {zipc(t)}"
    if style == "caps":
        return f"{st}, {t[0]}, {t[1]} {zipc(t)}".upper()
    if style == "hl7":
        parts = st.split(", ")
        st1 = st.replace(",", "").upper()
        return f"{st1}^^{t[0].upper()}^{t[1]}^{zipc(t)}"
    raise ValueError(style)


def loc_e(v):
    return E("LOCATION", v)


def fac(pool=None):
    """(facility name, e-mail domain); pool = list of facility names to pick from"""
    if pool is None:
        return R.choice(FACILITIES)
    n = R.choice(pool)
    return n, FAC_DOMAIN[n]


def town_e():
    return loc_e(R.choice(TOWNS)[0])


# ---- phones -----------------------------------------------------------------
PHONE_STYLES = ["paren", "paren_ns", "dash", "dot", "plain", "plus1", "plus1dash", "one", "seven", "ext", "x"]


def phone_str(style=None):
    a, ex, ln = R.choice(AREA), f"{R.randint(201, 989)}", f"{R.randint(0, 9999):04d}"
    style = style or R.choice(PHONE_STYLES)
    return {
        "paren": f"({a}) {ex}-{ln}", "paren_ns": f"({a}){ex}-{ln}", "dash": f"{a}-{ex}-{ln}",
        "dot": f"{a}.{ex}.{ln}", "plain": f"{a}{ex}{ln}", "plus1": f"+1 {a} {ex} {ln}",
        "plus1dash": f"+1-{a}-{ex}-{ln}", "one": f"1-{a}-{ex}-{ln}", "seven": f"{ex}-{ln}",
        "ext": f"({a}) {ex}-{ln} ext. {R.randint(100, 9999)}", "x": f"{a}-{ex}-{ln} x{R.randint(10, 999)}",
    }[style]


def phone_e(style=None):
    return E("PHONE", phone_str(style))


def fax_e(style=None):
    return E("FAX", phone_str(style or R.choice(["paren", "dash", "dot", "plain", "one", "paren_ns"])))


# ---- e-mail / URL / IP ------------------------------------------------------
FREEMAIL = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com", "comcast.net",
            "protonmail.com", "att.net"]


def email_str(p, domain=None):
    g, s = slug(p.given), slug(p.sur)
    if domain:
        pat = R.choice([f"{g[0]}{s}", f"{g}.{s}", f"{s}{g[0]}", f"{g}.{s}{R.randint(2, 9)}"])
        return f"{pat}@{domain}"
    pat = R.choice([f"{g}.{s}{R.randint(10, 99)}", f"{g[0]}{s}", f"{g}{s[0]}{R.randint(1950, 2005)}",
                    f"{s}.{g}", f"{g}_{s}", f"{g}{s}{R.randint(1, 999)}"])
    return f"{pat}@{R.choice(FREEMAIL)}"


def email_e(p, domain=None):
    return E("EMAIL", email_str(p, domain))


def url_str(p, kind=None, mrn_v=None, dom=None):
    g, s = slug(p.given), slug(p.sur)
    kind = kind or R.choice(["fb", "gofund", "caring", "insta", "linkedin", "blog"])
    if kind == "fb":
        return f"https://www.facebook.com/{g}.{s}.{R.randint(1, 99)}"
    if kind == "gofund":
        return f"https://www.gofundme.com/f/help-{g}-{s}-{R.choice(['heal', 'come-home', 'fight-cancer', 'recover'])}"
    if kind == "caring":
        return f"www.caringbridge.org/visit/{g}{s}"
    if kind == "insta":
        return f"http://instagram.com/{g}_{s}_{R.randint(1, 99)}"
    if kind == "linkedin":
        return f"www.linkedin.com/in/{g}-{s}-{digits(4)}"
    if kind == "blog":
        return f"https://{g}{s}.blogspot.com/{R.randint(2021, 2025)}/{R.randint(1, 12):02d}/my-journey.html"
    if kind == "portal":
        dom = dom or fac()[1]
        return f"https://mychart.{dom}/MyChart/Scheduling?pid={mrn_v or digits(8)}"
    raise ValueError(kind)


def ip_str(kind=None):
    kind = kind or R.choice(["pub", "pub", "pub", "p10", "p192", "v6"])
    if kind == "pub":
        return f"{R.choice([24, 47, 66, 67, 68, 71, 73, 76, 98, 99, 104, 107, 108, 174])}.{R.randint(1, 254)}." \
               f"{R.randint(0, 254)}.{R.randint(1, 254)}"
    if kind == "p10":
        return f"10.{R.randint(0, 254)}.{R.randint(0, 254)}.{R.randint(1, 254)}"
    if kind == "p192":
        return f"192.168.{R.randint(0, 20)}.{R.randint(2, 254)}"
    return f"2600:1700:{R.randint(0x1000, 0xffff):x}:{R.randint(0x1000, 0xffff):x}::{R.randint(1, 0xfff):x}"


# ---- identifiers --------------------------------------------------------------
def mrn_str():
    shape = R.choice(["7", "7", "8", "9z", "M7", "E7", "dash", "10"])
    if shape == "7":
        return digits(7, True)
    if shape == "8":
        return "00" + digits(6, True)
    if shape == "9z":
        return "000" + digits(6, True)
    if shape == "M7":
        return "M" + digits(7)
    if shape == "E7":
        return "E" + digits(7)
    if shape == "dash":
        return f"{digits(2, True)}-{digits(2)}-{digits(3)}"
    return digits(10, True)


def mrn_e(v=None):
    return E("MRN", v or mrn_str())


def account_str():
    return R.choice([
        lambda: "6" + digits(8), lambda: "7" + digits(9), lambda: "A00" + digits(7), lambda: digits(11, True),
        lambda: "V000" + digits(8), lambda: f"{R.randint(21, 25)}-{digits(7)}", lambda: "HAR" + digits(9),
    ])()


def account_e():
    return E("ACCOUNT", account_str())


def member_str():
    return R.choice([
        lambda: R.choice(["XEH", "XOF", "YLS", "ZGP", "JQU", "R4K"]) + digits(9),
        lambda: "W" + digits(9),
        lambda: digits(9, True) + R.choice(["01", "02", "00"]),
        lambda: "U" + digits(10),
        lambda: letters(2) + digits(5) + letters(1),
        lambda: "MCD" + digits(8),
        lambda: "9" + digits(10),
    ])()


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi_str(dashes=None):
    c = [R.choice("123456789"), R.choice(MBI_L), R.choice(MBI_L + DIG), R.choice(DIG), R.choice(MBI_L),
         R.choice(MBI_L + DIG), R.choice(DIG), R.choice(MBI_L), R.choice(MBI_L), R.choice(DIG), R.choice(DIG)]
    s = "".join(c)
    if dashes is None:
        dashes = R.random() < 0.4
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if dashes else s


def ssn_str(style=None):
    area = R.randint(1, 899)
    while area == 666:
        area = R.randint(1, 899)
    a, g, s = f"{area:03d}", f"{R.randint(1, 99):02d}", f"{R.randint(1, 9999):04d}"
    style = style or R.choice(["dash", "dash", "space", "plain"])
    return {"dash": f"{a}-{g}-{s}", "space": f"{a} {g} {s}", "plain": f"{a}{g}{s}"}[style]


def luhn_check_digit(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10


def npi_valid(n):
    return len(n) == 10 and luhn_check_digit("80840" + n[:9]) == int(n[9])


def npi_str():
    base = R.choice("12") + digits(8)
    n = base + str(luhn_check_digit("80840" + base))
    assert npi_valid(n)
    return n


def dea_valid(s):
    d = [int(c) for c in s[2:]]
    return len(d) == 7 and (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def dea_str(p):
    first = R.choice("ABFGM")
    init = slug(p.sur)[0].upper()
    d = [R.randint(0, 9) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    s = first + init + "".join(map(str, d)) + str(c)
    assert dea_valid(s)
    return s


STATE_LIC = [
    ("CA", lambda: R.choice("AGC") + str(R.randint(30000, 189999))),
    ("TX", lambda: R.choice("PQNLMK") + str(R.randint(1000, 9999))),
    ("NY", lambda: f"{R.randint(180000, 310000)}"),
    ("FL", lambda: f"ME{R.randint(10000, 139999)}"),
    ("OH", lambda: f"35.{R.randint(100000, 199999)}"),
    ("IL", lambda: f"036.{R.randint(100000, 159999)}"),
    ("MI", lambda: f"43010{R.randint(10000, 99999)}"),
    ("AZ", lambda: f"{R.randint(20000, 69999)}"),
    ("HI", lambda: f"MD-{R.randint(10000, 29999)}"),
    ("MN", lambda: f"{R.randint(40000, 69999)}"),
]


def state_lic():
    st, f = R.choice(STATE_LIC)
    return st, f()


DL_SHAPES = [
    ("CA", lambda: R.choice(UP) + digits(7)),
    ("NY", lambda: f"{digits(3, True)} {digits(3)} {digits(3)}"),
    ("FL", lambda: f"{R.choice(UP)}{digits(3)}-{digits(3)}-{digits(2)}-{digits(3)}-{digits(1)}"),
    ("IL", lambda: f"{R.choice(UP)}{digits(3)}-{digits(4)}-{digits(4)}"),
    ("TX", lambda: digits(8, True)),
    ("WA", lambda: "WDL" + letters(3) + digits(3) + letters(1) + digits(2)),
    ("AZ", lambda: R.choice("ABDY") + digits(8)),
    ("MI", lambda: f"{R.choice(UP)} {digits(3)} {digits(3)} {digits(3)} {digits(3)}"),
    ("NM", lambda: digits(9, True)),
    ("HI", lambda: "H00" + digits(6)),
]


def dl():
    st, f = R.choice(DL_SHAPES)
    return st, f()


PLATES = [
    ("CA", lambda: f"{R.randint(4, 9)}{letters(3)}{digits(3)}"),
    ("NY", lambda: f"{letters(3)}-{digits(4)}"),
    ("TX", lambda: f"{letters(3)}{digits(4)}"),
    ("AZ", lambda: f"{letters(3)}{digits(4)}"),
    ("HI", lambda: f"{letters(3)} {digits(3)}"),
    ("IL", lambda: f"{letters(2)} {digits(5)}"),
    ("NM", lambda: f"{letters(3)}-{digits(3)}"),
    ("MN", lambda: f"{digits(3)} {letters(3)}"),
]


def plate():
    st, f = R.choice(PLATES)
    return st, f()


VIN_OK = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_T = dict(zip("ABCDEFGH", range(1, 9)))
VIN_T.update(dict(zip("JKLMN", range(1, 6))))
VIN_T.update({"P": 7, "R": 9})
VIN_T.update(dict(zip("STUVWXYZ", range(2, 10))))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_check(v):
    s = sum((int(c) if c.isdigit() else VIN_T[c]) * w for c, w in zip(v, VIN_W))
    r = s % 11
    return "X" if r == 10 else str(r)


assert vin_check("1M8GDM9AXKP042788") == "X"


def vin_str():
    wmi = R.choice(["1HG", "2T1", "JTD", "5YJ", "1FT", "3VW", "KMH", "1G1", "4T1", "JN1", "WBA", "5NP"])
    vds = "".join(R.choice(VIN_OK) for _ in range(5))
    v = wmi + vds + "0" + R.choice("GHJKLMNPR") + R.choice(VIN_OK) + digits(6)
    v = v[:8] + vin_check(v) + v[9:]
    assert len(v) == 17 and vin_check(v) == v[8]
    return v


def gtin14():
    body = R.choice(["0", "1"]) + "0" + digits(11)
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return body + str((10 - s % 10) % 10)


def udi_str():
    exp = rdate(2026, 2029)
    u = f"(01){gtin14()}(17){exp.year % 100:02d}{exp.month:02d}{exp.day:02d}(10){letters(1)}{digits(5)}"
    if R.random() < 0.5:
        u += f"(21){digits(7)}"
    return u


def lot_str():
    return R.choice([lambda: digits(7) + R.choice(UP), lambda: R.choice(UP) + digits(6),
                     lambda: f"{digits(2)}{letters(1)}{digits(5)}"])()


PACERS = [("Medtronic", "Azure XT DR MRI SureScan", "W1DR01", lambda: letters(3) + digits(6) + R.choice("GHS")),
          ("Boston Scientific", "ACCOLADE MRI", "L331", lambda: digits(6)),
          ("Abbott", "Assurity MRI", "PM2272", lambda: digits(7)),
          ("Biotronik", "Edora 8 DR-T", "407145", lambda: digits(8))]


def pump_serial():
    return R.choice([lambda: "NG" + digits(7) + R.choice("HKM"), lambda: f"{digits(2)}-{digits(5)}-{digits(2)}",
                     lambda: "PS" + digits(8), lambda: letters(2) + digits(6) + letters(2)])()


# ---------------------------------------------------------------------------
# builder
# ---------------------------------------------------------------------------
def flatten(parts):
    for p in parts:
        if isinstance(p, list):
            yield from flatten(p)
        else:
            yield p


def build(parts):
    chunks, spans, pos = [], [], 0
    for p in flatten(parts):
        if isinstance(p, str):
            chunks.append(p)
            pos += len(p)
        else:
            t, v = p
            assert isinstance(v, str) and v and v == v.strip(), (t, v)
            spans.append({"entity_type": t, "value": v, "start": pos, "end": pos + len(v)})
            chunks.append(v)
            pos += len(v)
    text = "".join(chunks).rstrip()
    assert all(s["end"] <= len(text) for s in spans)
    for s in spans:
        assert text[s["start"]:s["end"]] == s["value"], s
    for a, b in zip(spans, spans[1:]):
        assert a["end"] <= b["start"], (a, b)
    return {"text": text, "spans": spans}


# ===========================================================================
# POSITIVE TEMPLATES
# ===========================================================================
def t_analyst():
    p = Person()
    n = name(p, R.choice(["lower", "lower", "lower", "lowertypo", "full", "lf"]))
    sp = Person(cult=p.cult, sex="F" if p.sex == "M" else "M")
    doc = Person()
    fname = fac(HOSPITALS + CLINICS)[0]
    stems = [
        lambda: ["whats the last a1c for ", n, " mrn ", mrn_e()],
        lambda: ["can u pull labs on ", n, " (", mrn_e(), ") from ", date_e(R.choice(["md", "slash2", "abbr_noyear"])),
                 " pls, need bmp + mag"],
        lambda: ["pt ", n, " dob ", dob_e(R.choice(["slash", "slash2", "slash0"])), " - did ", p.he(),
                 " get flu shot this yr?? cant find it in imm hx"],
        lambda: ["is ", n, " on teh readmit list? mrn ", mrn_e(), ", was dc'd ",
                 date_e(R.choice(["md", "slash2", "long_noyear"])), " w/ chf on lasix 40"],
        lambda: ["how many ED visits did ", n, " have since ", date_e(R.choice(["md", "abbr_noyear", "slash"])),
                 "? lives on ", loc_e(street()), " i think, frequent flyer"],
        lambda: ["need the insulin pump serial for ", n, " - endo says its ", E("DEVICE_ID", pump_serial()),
                 " but chart has a diff one"],
        lambda: ["who is pcp for ", n, " ", mrn_e(), "?? ", p.his(), " ", spouse_word(sp), " ",
                 name(sp, "lowergiven"), " keeps calling from ", phone_e(R.choice(["plain", "dash", "seven"]))],
        lambda: ["quick q - ", n, " (acct ", account_e(), ") shows 2 encounters on ",
                 date_e(R.choice(["slash", "md", "iso"])), ", is that a dup?"],
        lambda: ["did ", n, " ever get a colonoscopy? last one i see is 2016 at ", loc_e(fname), " but no path rpt"],
        lambda: ["pls send ct abd report for ", n, " dob ", dob_e(R.choice(["slash", "slash2"])), " to dr ",
                 name(doc, "lowersur"), " - ", email_e(doc, fac()[1]), " thx"],
        lambda: ["recieved fax for ", n, " from ", fax_e(), " - is that the crohns pt on humira? mrn ", mrn_e()],
        lambda: ["was ", n, " transferred to ", loc_e("Cedar Ridge Behavioral Health"), " after the 72-hr hold ended ",
                 date_e(R.choice(["md", "abbr_noyear", "slash2"])), "? psych says 2/3 of those pts bounce back"],
        lambda: ["pharmacy rejected the suboxone rx for ", n, " - says dea ", E("LICENSE", dea_str(doc)),
                 " doesnt match dr ", name(doc, R.choice(["lowersur", "sur"])), "?? npi on the rx is ",
                 E("LICENSE", npi_str())],
        lambda: ["does ", n, " have a DNR on file? shes ", age_expr(old_age(), ("", "")), " and family ",
                 "in ", town_e(), " is asking"],
    ]
    # cycle through the stems (in an order shuffled once) so that every stem is used
    if not _STEM_ORDER:
        _STEM_ORDER.extend(R.sample(range(len(stems)), len(stems)))
    i = _STEM_ORDER[_STEM_COUNTER[0] % len(stems)]
    _STEM_COUNTER[0] += 1
    return stems[i]()


_STEM_ORDER, _STEM_COUNTER = [], [0]


def t_discharge():
    p, attn, pcp = Person(), Person(), Person()
    k = kin(p)
    b = rand_dob(old=R.random() < 0.45)
    adm = rdate()
    dc = adm + TD(days=R.randint(2, 12))
    ds = R.choice(["slash0", "long", "abbr", "iso", "dmy_abbr"])
    return [
        "DISCHARGE SUMMARY\n",
        "Patient: ", name(p, R.choice(["lf", "lfm", "capslf"])), "    MRN: ", mrn_e(), "    DOB: ",
        E("DOB", fdate(b, R.choice(["slash0", "slash", "iso", "abbr"]))), "\n",
        "Admission date: ", E("DATE", fdate(adm, ds)), "    Discharge date: ", E("DATE", fdate(dc, ds)), "\n",
        "Attending: ", name(attn, R.choice(["full", "mid"])), ", MD    PCP: Dr. ", name(pcp, "sur"), "\n",
        "Facility: ", loc_e(fac(HOSPITALS)[0]), "\n\n",
        "Principal diagnosis: ", R.choice(COMPLAINTS), ". Comorbid: ", R.choice(EPONYM_DX),
        "; type 2 diabetes (E11.65); CKD stage 3b.\n\n",
        "Hospital course: ", p.title(), " ", name(p, "sur"), " is a ", age_expr(age_on(b, adm), ("", "-year-old")),
        " ", p.noun(), " admitted through the ED. Treated with IV Lasix and transitioned to ", R.choice(DRUGS),
        ". Troponin flat x3; echo EF 40%.\n\n",
        "Disposition: home with ", p.his(), " ", relword(k), ", ", name(k, "full"), ", at ",
        loc_e(address(R.choice(["oneline", "nozip"]))), ".\n",
        "Follow-up: Dr. ", name(pcp, "sur"), " within 7 days; clinic line ", phone_e(), ". Repeat BMP in 1 week.",
    ]


def t_nurse():
    p, nurse = Person(), Person()
    dtr = kin(p, "F", same_sur=0.3)
    son = kin(p, "M", same_sur=1.0)
    d0 = rdate()
    d1 = d0 - TD(days=R.randint(1, 4))
    d2 = d0 + TD(days=R.randint(3, 8))
    pick = R.choice(["the_ord", "wk_short", "wk_the", "abbr_noyear", "long_ord"])
    pre = "on "
    return [
        hhmm(), " RN note ", E("DATE", fdate(d0, R.choice(["md", "slash2", "abbr_noyear"]))), ": ",
        p.title(), " ", name(p, "sur"), " resting, A&Ox3, pain 3/10 after Norco 5/325. Foley draining clear ",
        "yellow urine, 450 mL this shift. Daughter ", name(dtr, "given"),
        " at bedside, asks that updates go to her cell ", phone_e(), ". Pt states ", p.his(), " son ",
        name(son, R.choice(["full", "given"])), " will pick ", p.him(), " up ", pre,
        E("DATE", fdate(d2, pick)), ". IV cefazolin ", E("DATE", fdate(d1, "md")), "-",
        E("DATE", fdate(d2, "md")), ", then PO Keflex. -- ", name(nurse, R.choice(["init", "given", "full"])), ", RN",
    ]


def t_referral():
    p, ref, me = Person(), Person(), Person()
    f, dom = fac(HOSPITALS + CLINICS[:4])
    b = rand_dob()
    d = rdate()
    return [
        loc_e(f), "\nDepartment of Gastroenterology\n", loc_e(address(R.choice(["multiline", "oneline"]))), "\n",
        "Tel ", phone_e(R.choice(["paren", "dash", "dot"])), " | Fax ", fax_e(), "\n\n",
        E("DATE", fdate(d, R.choice(["long", "dmy_long", "abbr"]))), "\n\n",
        "Dear Dr. ", name(ref, "sur"), ",\n\n",
        "Thank you for referring ", name(p, R.choice(["full", "mid"])), " (DOB ", E("DOB", fdate(b, "slash")),
        "; MRN ", mrn_e(), "), a ", age_expr(age_on(b, d), ("", "-year-old")), " ", p.noun(),
        " with Crohn disease (K50.90) previously on Humira, now with loss of response. Colonoscopy showed ",
        "SES-CD 14. We will start Skyrizi 600 mg IV at weeks 0, 4 and 8. Please fax the most recent CBC and CRP ",
        "to ", fax_e(), ".\n\nSincerely,\n\n", name(me, R.choice(["full", "mid"])), ", MD\nNPI ",
        E("LICENSE", npi_str()),
    ] + ([" | DEA ", E("LICENSE", dea_str(me))] if R.random() < 0.5 else [])


def t_portal():
    p = Person(sex="F")
    k = kin(p, same_sur=0.5)
    doc = Person()
    a = old_age() if R.random() < 0.6 else R.randint(70, 88)
    d = rdate()
    pick = R.choice(["weekday_long", "wk_the", "long_ord", "the_ord"])
    lead = {"weekday_long": "since ", "wk_the": "since last ", "long_ord": "since ", "the_ord": "since "}[pick]
    return [
        "Subject: question about mom's meds\n\n",
        "Hi Dr. ", name(doc, "sur"), ",\n\nThis is ", name(k, R.choice(["full", "given"])), ", ",
        name(p, R.choice(["given", "full"])), "'s ", "daughter" if k.sex == "F" else "son",
        ". My mother has been more confused ", lead, E("DATE", fdate(d, pick)),
        " and I wonder if it is the new Seroquel. She is ", age_expr(a, ("", "")), " now and still lives alone at ",
        loc_e(address(R.choice(["oneline", "nozip"]))), ". Could someone call me at ", phone_e(), " or email ",
        email_e(k), "? I'm at work until 5.\n\nThank you,\n", name(k, "given"),
    ]


def t_billing():
    p = Person()
    d = rdate()
    return [
        "RE: Acct ", account_e(), " / guarantor ", name(p, R.choice(["lf", "capslf", "full"])), "\n",
        "Member ID ", E("MEMBER_ID", member_str()), "; DOS ", E("DATE", fdate(d, R.choice(["slash0", "slash", "iso"]))),
        "\nClaim denied CARC CO-16 (missing information). CPT 99285, 71046; ICD-10 J18.9, I50.23. ",
        "Patient ", name(p, "given"), " called from ", phone_e(), " disputing the $1,482.10 balance. ",
        "Statement mailed to ", loc_e(address(R.choice(["oneline", "caps"]))),
        " came back undeliverable - please verify address and rebill. -PFS",
    ]


def t_pipe_table():
    ds = R.choice(["slash0", "slash", "iso", "dmy_abbr"])
    ps = R.choice(PHONE_STYLES[:8])
    rows = ["MRN | Patient | DOB | Last visit | Phone | PCP\n"]
    for _ in range(R.randint(2, 4)):
        p, pcp = Person(), Person()
        rows += [mrn_e(), " | ", name(p, R.choice(["lf", "capslf", "lfm"])), " | ",
                 E("DOB", fdate(rand_dob(old=R.random() < 0.2), ds)), " | ", E("DATE", fdate(rdate(), ds)),
                 " | ", phone_e(ps), " | ", name(pcp, "sur"), "\n"]
    rows.append("-- from 'A1c > 9 outreach' worklist, Q3")
    return rows


def t_tab_census():
    ds = R.choice(["md", "slash2", "slash0"])
    rows = ["Rm\tPatient\tMRN\tAdmit\tAttending\tDx\n"]
    for _ in range(R.randint(2, 4)):
        p, doc = Person(), Person()
        rows += [f"{R.choice(['4W', '5E', '6N', 'MICU'])}-{R.randint(1, 30):02d}", "\t",
                 name(p, R.choice(["capslf", "lf"])), "\t", mrn_e(), "\t", date_e(ds), "\t",
                 name(doc, R.choice(["capssur", "sur"])), "\t",
                 R.choice(["Crohn flare", "Hodgkin lymphoma C3D1", "CHF exac", "PNA/sepsis", "Parkinson - falls",
                           "DKA", "GI bleed on Eliquis", "Bell's palsy r/o CVA"]), "\n"]
    return rows


def t_ehr_header():
    p, attn = Person(), Person()
    b = rand_dob(old=R.random() < 0.5)
    adm = rdate()
    a = age_on(b, adm)
    return [
        "PATIENT: ", name(p, R.choice(["capslfm", "capslf"])), "     MRN: ", mrn_e(), "     DOB: ",
        E("DOB", fdate(b, R.choice(["slash0", "dmy_abbr_caps"]))), "     AGE: ", age_expr(a, ("", "Y")),
        "     SEX: ", p.sex, "\n",
        "ACCT#: ", account_e(), "     ADM: ", E("DATE", fdate(adm, "slash0")), " ", hh_mm(), "     ATTN: ",
        name(attn, "capslf"), ", MD\n",
        "FACILITY: ", loc_e(fac(HOSPITALS)[0].upper()), "  UNIT 4W-", str(R.randint(401, 430)),
        "     INS: MEDICARE A/B  MBI ", E("MEMBER_ID", mbi_str()), "\n",
        "ALLERGIES: PCN (hives), SULFA     CODE: FULL     ISOLATION: CONTACT (MRSA)",
    ]


def t_email_transfer():
    nurse, other, pt = Person(), Person(), Person()
    k = kin(pt)
    f1, d1 = fac(HOSPITALS + ["Bayview Rehabilitation Hospital"])
    f2, d2 = fac([h for h in HOSPITALS if h != f1])
    e_me = email_str(nurse, d1)
    return [
        "From: ", E("EMAIL", e_me), "\nTo: ", email_e(other, d2), "\nSubject: transfer - ",
        name(pt, "capssur"), " / ", mrn_e(), "\n\n",
        "Hi ", name(other, "given"), ",\n\nBed 12 on 5 East is ready for ", pt.title(), " ", name(pt, "full"),
        " (DOB ", dob_e(), ") coming from ", loc_e(f2), " on ", date_e(R.choice(["wk_short", "long_noyear", "md"])),
        ". Family contact is ", relword(k), " ", name(k, "full"), ", ", phone_e(),
        ". Pt is on a heparin drip and Precedex; please send the last 24 h MAR.\n\nThanks,\n",
        name(nurse, "full"), ", RN, BSN\nCase Management | ", loc_e(f1), "\nP: ", phone_e(R.choice(["dot", "dash", "ext"])),
        "  F: ", fax_e(), "\n", E("EMAIL", e_me),
    ]


def t_hl7():
    p, doc = Person(), Person()
    adm = rdate()
    b = rand_dob()
    ts = f"{adm.year}{adm.month:02d}{adm.day:02d}{R.randint(0, 23):02d}{R.randint(0, 59):02d}"
    a, ex, ln = R.choice(AREA), R.randint(201, 989), R.randint(0, 9999)
    return [
        "MSH|^~\\&|ADT|MAIN|LAB|MAIN|", E("DATE", ts), "||ADT^A01|MSG", digits(8), "|P|2.5.1\n",
        "EVN|A01|", E("DATE", ts), "\n",
        "PID|1||", mrn_e(), "^^^MRN^MR||", name(p, "hl7"), "||", E("DOB", fdate(b, "hl7")), "|", p.sex,
        "|||", loc_e(address("hl7")), "||", E("PHONE", f"({a}){ex}-{ln:04d}"), "|||||", account_e(), "|",
        E("SSN", ssn_str("dash")), "\n",
        "PV1|1|I|4W^", str(R.randint(401, 430)), "^1^MAIN||||", E("LICENSE", npi_str()), "^",
        E("PERSON", f"{doc.sur.upper()}^{doc.given.upper()}"), "^^^^MD|||MED||||7|||||||||||||||||||||||||||||||",
        E("DATE", ts),
    ]


def t_device_interrog():
    p, doc = Person(), Person()
    mk, model, mno, sn = R.choice(PACERS)
    d = rdate()
    imp = rdate(2015, 2020)
    parts = [
        "Remote device check ", E("DATE", fdate(d, R.choice(["slash", "abbr", "dmy_long"]))), "\n",
        "Patient: ", name(p, R.choice(["full", "lf"])), "   DOB: ", dob_e(), "\n",
        f"Device: {mk} {model} (model {mno}), SN ", E("DEVICE_ID", sn()),
    ]
    if R.random() < 0.5:
        parts += ["; RA lead 5076-52cm SN ", E("DEVICE_ID", "PJN" + digits(6) + "V")]
    parts += [
        "\nImplanted ", E("DATE", fdate(imp, R.choice(["slash", "monthyear", "abbr"]))), " at ", loc_e(fac(HOSPITALS + ["Piedmont Heart Institute"])[0]),
        " by Dr. ", name(doc, "sur"), ".\n",
        "Battery 9.8 yrs. AP 34%, VP <1%. 2 AHR episodes, longest 3 min; no VT/VF. Hx Wolff-Parkinson-White s/p ",
        "ablation. Next CareLink transmission in 91 days.",
    ]
    return parts


def t_implant_log():
    p, surg = Person(), Person()
    d = rdate()
    return [
        "OR IMPLANT LOG - ", E("DATE", fdate(d, R.choice(["dmy_abbr_caps", "slash0"]))), "\n",
        "PT: ", name(p, "capslf"), "   MRN: ", mrn_e(), "\nProcedure: R TKA (CPT 27447)\n",
        "Femoral component: Zimmer NexGen CR-Flex, REF 5960-", digits(2), "-02, LOT ", E("DEVICE_ID", lot_str()), "\n",
        "Tibial insert: UDI ", E("DEVICE_ID", udi_str()), "\n",
        "Bone cement: Palacos R+G 40 g, LOT ", E("DEVICE_ID", lot_str()), "\n",
        "Surgeon: ", name(surg, R.choice(["full", "mid"])), ", MD   NPI ", E("LICENSE", npi_str()), "\n",
        "Tourniquet 62 min; EBL 150 mL; Ancef 2 g pre-incision; TXA 1 g x2.",
    ]


def t_sw_vehicle():
    p = Person(sex="M")
    sis = kin(p, "F", 0.5)
    st, pl = plate()
    parts = [
        "SW note: Met with pt ", name(p, R.choice(["full", "given"])), " (", str(R.randint(34, 71)),
        " yo M) at bedside. Pt reports he has been living in his vehicle, a ",
        R.choice(["silver 2009 Honda Civic", "white 2012 Ford F-150", "green 2006 Toyota Camry",
                  "black 2015 Nissan Altima"]), f", {st} plate ", E("VEHICLE_ID", pl), ", usually parked near ",
        loc_e(street()), ". ",
    ]
    if R.random() < 0.7:
        parts += ["Car was towed during admission; impound lot requires VIN ", E("VEHICLE_ID", vin_str()),
                  " and photo ID. "]
    parts += [
        "Sister ", name(sis, R.choice(["full", "given"])), " in ", town_e(), " (", phone_e(),
        ") may take him in. Referred to Coordinated Entry; Medicaid application started. PHQ-9 = 14.",
    ]
    return parts


def t_audit():
    pt, u1, u2 = Person(), Person(), Person()
    d = rdate()
    d2 = d + TD(days=1)
    ip1 = ip_str()
    return [
        "ACCESS AUDIT - patient ", name(pt, "capslf"), " (MRN ", mrn_e(), ")\n",
        E("DATE", fdate(d, "iso")), f" {hh_mm()}:{R.randint(10, 59)} | user ", name(u1, "lf"),
        " | VIEW chart | src ", E("IP", ip1), " | WS-4W-22\n",
        E("DATE", fdate(d, "iso")), f" {hh_mm()}:{R.randint(10, 59)} | user ", name(u1, "lf"),
        " | PRINT AVS | src ", E("IP", ip1), "\n",
        E("DATE", fdate(d2, "iso")), f" {hh_mm()}:{R.randint(10, 59)} | user ", name(u2, "lf"),
        " | VIEW notes | src ", E("IP", ip_str()), "\n",
        "Flag: break-the-glass without documented reason (policy HIM-07). Refer to Privacy Office.",
    ]


def t_rx():
    p, doc = Person(), Person()
    st, lic = state_lic()
    drug = R.choice(["oxycodone-acetaminophen (Percocet) 5/325 mg, 1 tab PO q6h prn pain, #20",
                     "hydrocodone-acetaminophen (Norco) 5/325 mg, 1 tab PO q4-6h prn, #12",
                     "alprazolam (Xanax) 0.5 mg PO BID prn anxiety, #30",
                     "buprenorphine-naloxone (Suboxone) 8/2 mg film SL daily, #14",
                     "amphetamine salts (Adderall XR) 20 mg PO qAM, #30",
                     "tramadol (Ultram) 50 mg PO q6h prn, #20"])
    f, _ = fac(HOSPITALS + CLINICS)
    return [
        "Rx - ", loc_e(f), "\n", name(p, R.choice(["full", "caps", "mid"])), "    DOB ", dob_e(), "\n",
        loc_e(address(R.choice(["oneline", "multiline", "nozip"]))), "\n\n", drug, ", 0 refills\n",
        "Date written: ", date_e(R.choice(["slash", "slash0", "abbr"])), "\n",
        "Prescriber: ", name(doc, R.choice(["full", "mid"])), ", MD   DEA ", E("LICENSE", dea_str(doc)),
        "   NPI ", E("LICENSE", npi_str()), f"   {st} lic. ", E("LICENSE", lic),
    ]


def t_snf():
    p = Person(sex="F")
    son = kin(p, "M", 0.7)
    return [
        loc_e(R.choice(SNFS)), " - monthly physician visit\n",
        age_expr(old_age(), R.choice([("", " y/o"), ("", "-year-old"), ("", " yo")])), " F resident, ",
        name(p, R.choice(["lf", "full"])), ", seen for monthly visit. Hx Alzheimer dementia (FAST 6c), ",
        "Parkinson disease on Sinemet 25/100 TID, CKD stage 3b, AF on Eliquis 2.5 mg BID. Weight down 4 lb. ",
        "Son ", name(son, "given"), " (POA) updated by phone at ", phone_e(),
        ". DNR/DNI, MOLST on file. Next visit ", date_e(R.choice(["long_noyear", "md", "abbr_noyear"])), ".",
    ]


def t_ed_triage():
    p = Person()
    sp = kin(p, "F" if p.sex == "M" else "M", 0.7)
    st, dln = dl()
    a = old_age() if R.random() < 0.45 else R.randint(19, 88)
    src = loc_e(R.choice(SNFS)) if (a >= 70 and R.random() < 0.5) else loc_e(address("oneline"))
    return [
        "ED TRIAGE ", E("DATE", fdate(rdate(), "slash0")), " ", hhmm(), "\n",
        age_expr(a, R.choice([("", " yo"), ("", "YO"), ("", "y/o")])), " ", p.sex, " BIBA from ", src, " c/o ",
        R.choice(COMPLAINTS), ". ESI 2. BP 168/94 HR 112 SpO2 91% RA. Pt ID'd by ", st, " DL ",
        E("LICENSE", dln), "; name ", name(p, "caps"), ". ", spouse_word(sp).capitalize(), " ",
        name(sp, "given"), " en route, cell ", phone_e(), ". Hx CHF on Lasix, DM2 on Ozempic.",
    ]


def t_fall():
    p = Person()
    k = kin(p)
    return [
        "Q3 falls review - event ", str(R.randint(1, 5)), " of 5 on 5 West\n",
        "Pt: ", name(p, R.choice(["full", "lf"])), " (MRN ", mrn_e(), "), ", age_expr(old_age(), ("", " yo")),
        ", fell ", date_e(R.choice(["md", "slash", "long_noyear"])), " at 0340 walking to the bathroom; Morse 75, ",
        "bed alarm off. CT head negative (on Plavix). Family (", relword(k), " ", name(k, "full"),
        ") notified at ", phone_e(), ". Root cause: missed toileting round. Action: hourly rounding 2200-0600.",
    ]


def t_elig():
    p = Person()
    st = R.choice(["California", "Texas", "New York", "Arizona", "Michigan", "New Mexico", "Hawaii"])
    return [
        "ELIGIBILITY RESPONSE (271)\nSubscriber: ", name(p, R.choice(["capslfm", "capslf"])), "  DOB: ",
        E("DOB", fdate(rand_dob(old=R.random() < 0.3), R.choice(["hl7", "slash0"]))), "  Gender: ", p.sex, "\n",
        "Primary: Medicare Part A/B - MBI ", E("MEMBER_ID", mbi_str()), "\n",
        f"Secondary: {st} Medicaid - ID ", E("MEMBER_ID", member_str()), "\n",
        "Subscriber SSN on file: ", E("SSN", ssn_str()), "\n",
        "Coverage active; Part B deductible met. Plan type QMB. Eff ", date_e("slash0"), ".",
    ]


def t_lab():
    p, doc, rn = Person(), Person(), Person()
    d = rdate()
    return [
        "Specimen collected ", E("DATE", fdate(d, R.choice(["slash0", "dmy_abbr", "iso"]))), " ", hh_mm(), "\n",
        "Patient: ", name(p, R.choice(["full", "lfm"])), "; MRN ", mrn_e(), "; ordering provider ",
        name(doc, "init"), ", MD\n",
        "HbA1c 9.4 % (H) [4.0-5.6]; LDL 168 mg/dL; eGFR 41 (stage 3b); K 6.1 (critical)\n",
        "Critical value called to ", name(rn, "full"), ", RN at ", hhmm(), "; read-back done. Copy e-mailed to ",
        email_e(doc, fac()[1]), ".",
    ]


def t_phone_enc():
    p = Person()
    return [
        "Telephone encounter ", date_e(R.choice(["slash", "abbr", "long"])), "\n",
        name(p, R.choice(["given", "full"])), " called from ", phone_e(), " requesting refill of ",
        R.choice(["Eliquis 5 mg BID", "Lasix 40 mg daily", "Synthroid 100 mcg", "Entresto 24/26 mg BID"]),
        ". Pharmacy is the one in ", town_e(), ". States ", p.he(), " is moving in with ", p.his(),
        " son in ", loc_e(R.choice(COUNTIES)), " next month; new cell will be ", phone_e(),
        ". Advised not to stop Eliquis before the colonoscopy without cardiology input.",
    ]


def t_letter():
    p, doc = Person(), Person()
    m = mrn_str()
    f, dom = fac(HOSPITALS + CLINICS)
    return [
        name(p, R.choice(["full", "mid", "caps"])), "\n", loc_e(address("multiline")), "\n\n",
        date_e(R.choice(["long", "dmy_long"])), "\n\n", "Dear ", p.title(), " ", name(p, "sur"), ":\n\n",
        "Our records show that you are due for your annual diabetic eye exam and a repeat HbA1c. Please schedule ",
        "through the patient portal at ", E("URL", url_str(p, "portal", m, dom)), " or call ", phone_e(),
        ". If you already completed these elsewhere, please fax results to ", fax_e(), ".\n\nSincerely,\n",
        name(doc, "full"), ", MD\n", loc_e(f),
    ]


def t_analyst_billing():
    p = Person(sex="F")
    return [
        "hey can u check why ", name(p, R.choice(["lower", "lowertypo"])), " (acct ", account_e(),
        ") got billed twice for the ", date_e(R.choice(["md", "slash2", "abbr_noyear"])),
        " visit? she says the statement had her full ssn ", E("SSN", ssn_str()),
        " printed on it which is a whole other problem. her # is ", phone_e(R.choice(["plain", "dash", "dot"])),
    ]


def t_transfer():
    p, c1, c2 = Person(), Person(), Person()
    k = kin(p)
    a = old_age() if R.random() < 0.3 else R.randint(40, 88)
    f1 = fac(HOSPITALS + CLINICS + ["Bayview Rehabilitation Hospital"])
    f2 = fac([h for h in HOSPITALS + ["Piedmont Heart Institute"] if h != f1[0]])
    return [
        "TRANSFER CENTER LOG\nCaller: Dr. ", name(c1, "sur"), " at ", loc_e(f1[0]), " (", phone_e(), ")\n",
        "Patient: ", name(p, "caps"), ", ", age_expr(a, ("", " yo")), " ", p.sex, ", ",
        R.choice(["STEMI s/p lytics", "SAH Hunt-Hess 3", "type A dissection", "Crohn perforation"]), "\n",
        "Requested: CVICU at ", loc_e(f2[0]), "; accepting Dr. ", name(c2, R.choice(["sur", "full"])), "\n",
        "Call time ", E("DATE", fdate(rdate(), "slash")), " ", hh_mm(), "; ETA 2 h by ground. Family: ",
        relword(k), " ", name(k, "given"), " ", phone_e(),
    ]


def t_optout():
    p = Person()
    t = R.choice(TOWNS)
    return [
        "Research data request #R-2024-", str(R.randint(100, 999)), ": please exclude ",
        name(p, R.choice(["full", "lf"])), " (DOB ", dob_e(), ", ZIP ", loc_e(zipc(t)),
        ") from the diabetes registry extract - opted out of research use by signed form on ",
        date_e(R.choice(["slash", "long", "euro_dot", "iso"])), ". Confirmation sent to ", email_e(p), ".",
    ]


def t_social_url():
    p = Person()
    k = kin(p)
    return [
        "Pt's ", relword(k), " ", name(k, "full"), " shared a fundraiser (", E("URL", url_str(p, "gofund")),
        ") and the family posts updates at ", E("URL", url_str(p, "caring")),
        ". Reminder to staff: no photos on the unit - a screenshot of pt in the ICU appeared on ",
        name(k, "given"), "'s ", R.choice(["Facebook", "Instagram"]), " (",
        E("URL", url_str(k, R.choice(["fb", "insta"]))), "). Discussed with charge RN and Patient Relations.",
    ]


def t_ob():
    p = Person(sex="F")
    pt = Person(sex="M")
    lmp = rdate(2022, 2025)
    edd = lmp + TD(days=280)
    return [
        "OB visit: ", name(p, R.choice(["full", "lf"])), ", G2P1 at 32w3d by LMP ",
        E("DATE", fdate(lmp, R.choice(["slash", "md", "abbr"]))), " c/w 8-wk US. EDD ",
        E("DATE", fdate(edd, R.choice(["slash", "long", "slash0"]))),
        ". BP 128/82, FHT 142. A2GDM on NPH 12 units qHS; ASA 81 mg. Partner ", name(pt, "full"),
        " present. Plan: growth US at 36 wks at ", loc_e(fac(HOSPITALS + ["Kapiolani Women's Clinic"])[0]), "; call ", phone_e(), " for decreased FM.",
    ]


def t_death():
    p, doc = Person(), Person()
    k = kin(p)
    a = old_age() if R.random() < 0.6 else R.randint(55, 88)
    return [
        "Death note: Called to bedside at ", hhmm(), " by RN. No spontaneous respirations, no heart sounds x 1 min, ",
        "pupils fixed. Pronounced ", date_e(R.choice(["slash", "long", "dmy_abbr"])), " at ", hhmm(), ". ",
        age_expr(a, ("", "-year-old")), " with metastatic ", R.choice(["pancreatic cancer", "NSCLC",
                                                                       "non-Hodgkin lymphoma", "colon cancer"]),
        ", DNR/comfort care. Next of kin, ", relword(k), " ", name(k, "full"), ", notified by phone (", phone_e(),
        "). Family declines autopsy; OPO notified. Attending Dr. ", name(doc, "sur"), " aware. -- ",
        name(Person(), "init"), ", MD",
    ]


def t_dialysis():
    rows = [loc_e(R.choice(DIALYSIS)), " - chair assignments\n"]
    ds = R.choice(["slash0", "slash", "dmy_abbr"])
    for _ in range(R.randint(2, 3)):
        p = Person()
        rows += ["Chair ", str(R.randint(1, 24)), " | ", R.choice(["MWF 0530", "TTS 1100", "MWF 1130", "TTS 0600"]),
                 " | ", name(p, R.choice(["lf", "capslf"])), " | DOB ", E("DOB", fdate(rand_dob(), ds)), " | ",
                 R.choice(["L AVF", "R AVG", "R IJ TDC", "L BCF"]), " | EDW ", f"{R.randint(48, 120)}.{R.randint(0, 9)} kg\n"]
    return rows


def t_telehealth():
    p, doc = Person(), Person()
    st, lic = state_lic()
    return [
        "Video visit ", date_e(R.choice(["long", "slash", "weekday_long"])), ". Patient ", name(p, "full"),
        " joined via Zoom for Healthcare from IP ", E("IP", ip_str()), "; confirmed physical location at ",
        loc_e(address(R.choice(["oneline", "nozip"]))), " (required for licensure). Provider ",
        name(doc, "full"), f", MD, licensed in {st} (lic. ", E("LICENSE", lic),
        "). Crohn disease on Stelara 90 mg q8 weeks; no flares. Continue; fecal calprotectin in 3 months.",
    ]


def t_intl():
    cult = R.choice(sorted(ABROAD))
    city, country, ph = ABROAD[cult]
    p = Person(cult=cult)
    k = kin(p, same_sur=0.8)
    doc = Person(cult=cult)
    return [
        "Pt ", name(p, R.choice(["full", "lf"])), " is visiting from ", loc_e(city), f", {country}. DOB ",
        E("DOB", fdate(rand_dob(), R.choice(["euro", "euro_dot", "dmy_long"]))),
        " (per passport, day-first). Local contact: ", relword(k), " ", name(k, "given"), " at ",
        E("PHONE", ph()), ". Home physician Dr. ", name(doc, "sur"), ", ", email_e(doc),
        ". Records from abroad list 'Hodgkin disease, 2011, ABVD x6'. Arrived ",
        date_e(R.choice(["euro", "dmy_long", "dmy_abbr"])), ".",
    ]


def t_homehealth():
    p, doc = Person(), Person()
    plan = R.choice(["Aetna Medicare Advantage", "Blue Cross PPO", "UnitedHealthcare Dual Complete", "Humana Gold Plus",
                     "Molina Medicaid"])
    return [
        "HOME HEALTH REFERRAL\nPt: ", name(p, R.choice(["lf", "capslf"])), "  DOB ", dob_e(), "\n",
        "Address: ", loc_e(address(R.choice(["oneline", "caps"]))), "\nPhone: ", phone_e(), "\n",
        f"Insurance: {plan}, Member ID ", E("MEMBER_ID", member_str()), "\n",
        "Orders: SN for wound care (stage 3 sacral pressure injury, Braden 12), PT/OT eval; Foley change q30 days.\n",
        "Ordering MD: ", name(doc, R.choice(["full", "lf"])), ", NPI ", E("LICENSE", npi_str()), "\n",
        "Fax signed orders to ", fax_e(),
    ]


def t_peds():
    child = Person()
    mom = kin(child, "F", 0.6)
    gm = Person(cult=child.cult, sex="F")
    doc = Person()
    return [
        "Well child 4 yr: ", name(child, R.choice(["given", "full"])), " here with mother ", name(mom, "full"),
        " and grandmother ", name(gm, "given"), ". DOB ", dob_e(R.choice(["slash", "slash0"]), rand_dob(child=True)),
        ". DTaP #5, IPV #4, MMRV #2 given today. Vision 20/30 OU, hearing passed. BMI 85th %ile. ",
        "Mom's cell ", phone_e(), ". Followed by Dr. ", name(doc, "sur"), " (peds GI) at ",
        loc_e("Valley Children's Hospital"), " for Hirschsprung disease s/p pull-through.",
    ]


def t_dme():
    p, doc = Person(), Person()
    return [
        "DME order - CPAP\nPatient: ", name(p, R.choice(["full", "lf"])), ", DOB ", dob_e(), ", member ",
        E("MEMBER_ID", member_str()), "\nDevice: ResMed AirSense 11 AutoSet (model 39000), SN ",
        E("DEVICE_ID", digits(11, True)), "; heated humidifier; medium nasal pillows\n",
        "AHI 34 on PSG; auto 5-15 cm H2O; Epworth 16.\nSupplier fax ", fax_e(), "; ordering ",
        name(doc, R.choice(["full", "init"])), ", MD, NPI ", E("LICENSE", npi_str()),
    ]


def t_mvc():
    p = Person()
    sp = kin(p, "F" if p.sex == "M" else "M", 0.7)
    st, pl = plate()
    parts = [
        "Trauma activation ", date_e(R.choice(["slash", "slash0", "abbr"])), " ", hh_mm(), ": ",
        str(R.randint(18, 70)), " yo restrained driver, MVC vs. pole on ", loc_e(R.choice(STREETS)), " in ",
        town_e(), f". Other vehicle ({st} plate ", E("VEHICLE_ID", pl), ") left the scene per police. ",
    ]
    if R.random() < 0.4:
        parts += ["Pt's car VIN ", E("VEHICLE_ID", vin_str()), " recorded for the crash report. "]
    parts += [
        "Pt ", name(p, R.choice(["full", "caps", "lf"])), "; EtOH 0.14; GCS 14; FAST negative. ",
        spouse_word(sp).capitalize(), " ", name(sp, "given"), " at ", phone_e(), ".",
    ]
    return parts


def t_chaplain():
    p = Person()
    sp = kin(p, "F" if p.sex == "M" else "M", 0.8)
    if p.cult in ("arabic", "pakistani", "persian", "turkish"):
        clergy, ask, gift, place = "Imam", "prayer at the bedside", "a prayer rug and a qibla card", "mosque"
    elif p.cult in ("irish", "italian", "polish", "filipino", "hispanic"):
        clergy, ask, gift, place = "Father", "anointing", "a rosary and bilingual prayer cards", "parish"
    elif p.cult in ("greek", "russian", "ethiopian"):
        clergy, ask, gift, place = "Father", "an Orthodox priest for prayers", "an icon card", "church"
    else:
        clergy, ask, gift, place = "Pastor", "prayer and communion", "a large-print Bible", "church"
    priest = Person(cult=p.cult, sex="M")
    return [
        "Spiritual care: visited ", p.title(), " ", name(p, "sur"), " and ", p.his(), " ", spouse_word(sp), " ",
        name(sp, "given"), " on ", date_e(R.choice(["the_ord", "long_ord", "ord_of"])),
        f". Pt requested {ask}; {clergy} ", name(priest, R.choice(["sur", "full"])),
        f" from their {place} in ", town_e(), " will come tomorrow. Family can be reached at ", phone_e(),
        f". Provided {gift}.",
    ]


def t_pharm_consult():
    p, doc = Person(), Person()
    b = rand_dob(old=R.random() < 0.5)
    d = rdate()
    return [
        "PHARMACY CONSULT - warfarin\n", name(p, R.choice(["lfm", "full"])), " | MRN ", mrn_e(), " | DOB ",
        E("DOB", fdate(b, "slash0")), " | ", age_expr(age_on(b, d), ("", " y")), "\n",
        "INR ", E("DATE", fdate(d, "md")), ": 3.8 (goal 2-3). On Coumadin 5 mg daily; Bactrim started by urgent care. ",
        "Recommend hold x1, then 2.5 mg daily, recheck INR ", E("DATE", fdate(d + TD(days=3), "md")),
        ". Discussed with Dr. ", name(doc, "sur"), " (pager ", digits(4, True), ").",
    ]


def t_icu_handoff():
    p = Person()
    k = kin(p)
    return [
        "MICU handoff (I-PASS)\n", name(p, R.choice(["caps", "lf", "full"])), ", ", mrn_e(),
        " - septic shock from PNA, on norepi 0.08, vanc/Zosyn D3.\n",
        "Code status discussed with ", relword(k), " ", name(k, R.choice(["full", "given"])),
        " (", phone_e(), "), remains FULL. Family meeting ", date_e(R.choice(["wk_short", "abbr_noyear", "md"])),
        " at 1400. Lives at ", loc_e(address("nozip")), "; was at ", loc_e(R.choice(SNFS)),
        " for rehab until ", date_e(R.choice(["monthyear", "long_noyear"])), ".",
    ]


POS_TEMPLATES = [t_analyst, t_analyst, t_analyst, t_discharge, t_nurse, t_referral, t_portal, t_billing, t_pipe_table,
                 t_tab_census, t_ehr_header, t_email_transfer, t_hl7, t_device_interrog, t_implant_log,
                 t_sw_vehicle, t_audit, t_rx, t_snf, t_ed_triage, t_fall, t_elig, t_lab, t_phone_enc, t_letter,
                 t_analyst_billing, t_transfer, t_optout, t_social_url, t_ob, t_death, t_dialysis, t_telehealth,
                 t_intl, t_homehealth, t_peds, t_dme, t_mvc, t_chaplain, t_pharm_consult, t_icu_handoff]

# ===========================================================================
# NEGATIVE TEXTS (no PHI at all)
# ===========================================================================
NEG_FIXED = [
    "Parkinson disease patients on carbidopa/levodopa (Sinemet 25/100) must get doses on time; a delay of more than 30 minutes can precipitate rigidity. Pharmacy flags Sinemet orders given q3h-q4h for nursing review.",
    "Crohn disease flare: start prednisone 40 mg daily and taper by 5 mg/week. If steroid-dependent, consider Humira 160 mg SC week 0, 80 mg week 2, then 40 mg q2 weeks. Check QuantiFERON and hepatitis B serologies before any biologic.",
    "Hodgkin lymphoma, stage IIB (Ann Arbor), bulky mediastinal disease. ABVD x 6 cycles per NCCN Guidelines Version 2.2024; interim PET-CT after cycle 2 (Deauville 3).",
    "Per the 2019 ACC/AHA primary prevention guideline, adults 40-75 with diabetes and LDL >= 70 mg/dL should receive at least moderate-intensity statin therapy (e.g., Lipitor 10-20 mg or Crestor 5-10 mg).",
    "Q3 2024 CLABSI rate on the medical ICU was 0.9 per 1,000 central-line days (2/2,214), down from 1.6 in Q2. Chlorhexidine bathing compliance was 94%.",
    "2/3 of patients in the heart failure clinic are on quadruple GDMT: Entresto, Jardiance or Farxiga, spironolactone, and a beta-blocker (Toprol XL or Coreg).",
    "ICD-10 E11.65 (type 2 diabetes with hyperglycemia) should be paired with Z79.4 when the patient uses insulin long term. Do not assign E11.9 when a complication is documented.",
    "CPT 99214 requires moderate MDM under the 2021 E/M guidelines; time-based billing requires 30-39 minutes of total time on the date of the encounter.",
    "Heparin weight-based nomogram: 80 units/kg IV bolus, then 18 units/kg/h. Check aPTT q6h and adjust per table 3-2. Hold for platelets < 50,000 or a drop > 50% and calculate the 4Ts score for HIT.",
    "Vancomycin AUC-guided dosing (2020 ASHP/IDSA consensus): target AUC 400-600 mg*h/L. Draw the peak 1 h after the end of infusion and the trough 30 min before the 4th dose.",
    "Stage 3b CKD is defined as eGFR 30-44 mL/min/1.73 m2 (KDIGO 2012). Metformin: reduce to 1,000 mg/day and do not initiate if eGFR < 45.",
    "Sepsis bundle (SEP-1): lactate within 3 hours, blood cultures before antibiotics, 30 mL/kg crystalloid for hypotension or lactate >= 4. Reassess volume status within 6 hours of time zero.",
    "Fall prevention: Morse Fall Scale >= 45 is high risk. Bed alarm on, non-skid socks, hourly rounding 0600-2200 and q2h overnight.",
    "Apgar scores 8 and 9 at 1 and 5 minutes. Birth weight 3,410 g. Vitamin K 1 mg IM and erythromycin ointment given per newborn protocol.",
    "Glasgow Coma Scale 13 (E3 V4 M6) on arrival; repeat CT head in 6 h if on Eliquis or Xarelto. Andexxa or Kcentra per the anticoagulation reversal protocol.",
    "Whipple procedure (pancreaticoduodenectomy) volume in FY2024: 42 cases; 30-day mortality 2.4%; median LOS 8 days (IQR 6-12).",
    "OBX|1|NM|4548-4^Hemoglobin A1c/Hemoglobin.total in Blood^LN||8.2|%|4.0-5.6|H|||F\nOBX|2|NM|2345-7^Glucose^LN||212|mg/dL|70-99|H|||F",
    "Grade 2/6 systolic ejection murmur at the RUSB; BP 142/88; HR 76; SpO2 97% on RA. Strength 5/5 bilaterally. Visual acuity 20/40 OU.",
    "Of 1,204 patients, 812 (67%) received a statin at discharge; 11/14 quality measures met the 90th percentile. HR 0.78 (95% CI 0.66-0.92), p = 0.003.",
    "Guillain-Barré syndrome after Campylobacter infection: IVIG 0.4 g/kg/day x 5 days. Monitor FVC q6h; consider intubation by the 20/30/40 rule.",
    "Bell's palsy: prednisone 60 mg daily x 5 days then taper over 5 days; add valacyclovir (Valtrex) 1 g TID x 7 days for severe cases. Eye protection at night.",
    "Graves disease: methimazole (Tapazole) 10-30 mg daily; check free T4 and TSH at 4-6 weeks. PTU is preferred in the 1st trimester.",
    "Lyme disease, early localized (erythema migrans): doxycycline 100 mg BID x 10 days. West Nile virus and Rocky Mountain spotted fever are reportable to the state health department.",
    "Formulary update (P&T Committee, Q1 2025): Ozempic and Mounjaro restricted to T2DM; Wegovy and Zepbound require prior authorization; Trulicity remains the preferred GLP-1 RA.",
    "Addison disease with adrenal crisis: hydrocortisone 100 mg IV bolus, then 50 mg IV q6h. Cushing syndrome workup: 1 mg overnight dexamethasone suppression test.",
    "Alzheimer disease: donepezil (Aricept) 5 mg qHS x 4-6 weeks, then 10 mg. Avoid Benadryl and other anticholinergics per the 2023 AGS Beers Criteria.",
    "Wolff-Parkinson-White pattern on ECG: short PR, delta wave. Avoid AV nodal blockers (adenosine, diltiazem, digoxin) in pre-excited AF; use procainamide or DC cardioversion.",
    "CHA2DS2-VASc 4, HAS-BLED 2: anticoagulation recommended. Eliquis 5 mg BID; reduce to 2.5 mg BID if 2 of 3: age >= 80, weight <= 60 kg, Cr >= 1.5.",
    "Child-Pugh B, MELD-Na 19. Paracentesis 5 L with albumin 25% 6-8 g per liter removed. Lactulose 20 g TID titrated to 2-3 BMs/day plus rifaximin (Xifaxan) 550 mg BID.",
    "Gleason 3+4=7 (Grade Group 2) adenocarcinoma in 3/12 cores; PSA 6.4 ng/mL; PI-RADS 4 lesion. Discuss active surveillance vs. radical prostatectomy at tumor board.",
    "Braden score <= 12: turn q2h, low-air-loss mattress, wound care consult. Stage 2 pressure injuries need measurements in cm (L x W x D) weekly.",
    "Readmission dashboard, CY2023: 30-day all-cause readmission 14.8% (O/E 0.96). Heart failure 21.2%, COPD 18.9%, pneumonia 15.4%, AMI 12.1%. Data refresh is monthly from the enterprise warehouse.",
    "Dialysis scheduling policy: chairs run MWF and TTS, first shift 0530. Patients arriving more than 30 minutes late may have treatment shortened by the same amount. Heparin 1,000 units/h unless on Coumadin.",
    "Insulin correction scale (moderate): BG 151-200: 2 units Humalog; 201-250: 4 units; 251-300: 6 units; 301-350: 8 units; > 350: 10 units and call the provider. Lantus 0.2 units/kg qHS.",
    "Takotsubo cardiomyopathy vs. STEMI: troponin I 2.1 ng/mL with apical ballooning on echo (EF 35%). LHC showed nonobstructive CAD. Repeat TTE in 4-6 weeks.",
    "HEDIS MY2024 specs: Glycemic Status Assessment < 8.0%; BP < 140/90. Exclusions: hospice, palliative care, age 66+ with frailty and advanced illness.",
    "Naloxone (Narcan) 4 mg intranasal, may repeat q2-3 min. Suboxone induction: 2-4 mg SL once COWS >= 12; maximum 16 mg on day 1.",
    "Stevens-Johnson syndrome risk with carbamazepine (Tegretol) in HLA-B*15:02 carriers: test before starting. Lamictal must be titrated slowly, 25 mg daily x 2 weeks.",
    "Kawasaki disease: IVIG 2 g/kg over 10-12 h and aspirin 80-100 mg/kg/day divided q6h until afebrile 48-72 h; echo at diagnosis, 2 weeks, and 6-8 weeks.",
    "Ranson criteria at admission: age > 55, WBC > 16,000, glucose > 200, LDH > 350, AST > 250. BISAP and APACHE II are alternatives; revised Atlanta classification (2012).",
    "CMS Hospital Star Ratings 2024 methodology groups 46 measures into 5 categories: mortality, safety of care, readmission, patient experience, and timely and effective care.",
    "Epley maneuver for right posterior-canal BPPV after a positive Dix-Hallpike on the right; repeat x 3. Meclizine (Antivert) 25 mg q8h prn for 48 h only.",
    "Holter monitor 48 h: sinus rhythm, average HR 72, 3 runs of NSVT (longest 6 beats), PVC burden 4%. Consider a Zio patch x 14 days.",
    "Swan-Ganz readings: RA 12, PA 48/22, PCWP 24 mmHg, CI 1.9 L/min/m2. Start milrinone 0.25 mcg/kg/min and diurese with Lasix 80 mg IV BID.",
    "Down syndrome screening: offer cfDNA to all pregnant patients regardless of age (ACOG Practice Bulletin 226, 2020). Nuchal translucency window 11w0d-13w6d.",
    "Version 3.2.1.4 of the sepsis alert rule fires when >= 2 SIRS criteria plus lactate > 2 occur within 6 h. False positive rate was 61% in the 2023 validation.",
    "Staff influenza vaccination campaign runs October through March; declinations must be documented before the end of the season. Flublok is acceptable for egg allergy.",
    "Infection Prevention notice: C. difficile cases on 6 East rose from 3 to 7 between Q1 and Q2 2024. Contact-plus precautions, bleach wipes, and soap-and-water hand hygiene are required.",
    "Hashimoto thyroiditis with TSH 8.9 mIU/L: start Synthroid 50 mcg daily on an empty stomach 30-60 min before breakfast; recheck TSH in 6-8 weeks.",
    "Triage ESI level 2 criteria: chest pain with risk factors, new stroke symptoms (last known well < 24 h), SpO2 < 90%. Door-to-ECG goal 10 minutes; door-to-needle 60 minutes.",
    "whats the avg LOS for stage 3b ckd pts on jardiance in 2023 vs 2024? need it by eod for the P&T deck",
    "how many pts had a1c > 9 in Q2 2024 at the endo clinic? exclude hospice + anyone < 18",
    "can u rerun the readmit report w/ the 2019 ACC/AHA criteria, cardiology says 2/3 of the numbers look off",
    "pls pull count of parkinsons pts on sinemet w/ falls in FY24, broken out by unit (4 West, 5 East, MICU)",
    "any idea why CPT 99223 volume dropped 18% in Q1? coding thinks its the 2023 E/M changes, not the new hospitalist group",
    "Unit | Falls | Falls w/ injury | Patient days | Rate/1,000\n4 West | 6 | 1 | 2,811 | 2.13\n5 East | 3 | 0 | 2,402 | 1.25\nMICU | 1 | 0 | 1,104 | 0.91\nTotal | 10 | 1 | 6,317 | 1.58",
    "Drug\tBrand\tUsual dose\tRenal adjustment\napixaban\tEliquis\t5 mg BID\t2.5 mg BID if 2 of 3 criteria\nrivaroxaban\tXarelto\t20 mg daily with supper\t15 mg if CrCl 15-50\ndabigatran\tPradaxa\t150 mg BID\t75 mg BID if CrCl 15-30",
    "Tumor board template: histology, TNM stage (AJCC 8th ed.), ECOG, PD-L1 TPS, molecular panel (EGFR, ALK, ROS1, KRAS G12C). Keytruda 200 mg q3w or 400 mg q6w.",
    "Medication reconciliation: home meds Lipitor 40 mg qHS, Lasix 20 mg daily, Synthroid 75 mcg qAM, Eliquis 5 mg BID, Norco 5/325 1 tab q6h prn pain.",
    "The Joint Commission NPSG.03.06.01 requires medication reconciliation at every transition of care. Mock tracers on 3 units per week ahead of the 2025 survey window.",
    "Post-op day 2 after Roux-en-Y gastric bypass: advance to stage 2 bariatric diet, ambulate QID, Lovenox 40 mg SC BID, PPI x 6 months. Avoid NSAIDs indefinitely.",
    "Raynaud phenomenon: nifedipine ER 30 mg daily; avoid cold exposure and smoking. Check ANA and anti-centromere to screen for limited systemic sclerosis (CREST).",
    "ABCDE bundle compliance in the CVICU reached 87% in FY2025 (target 90%). SAT/SBT pairing 79%; CAM-ICU documented q12h in 93% of patient-days.",
    "Wells score for PE > 4: proceed to CT pulmonary angiography; if <= 4, obtain D-dimer (age-adjusted cutoff = age x 10 ng/mL for patients over 50).",
    "Kussmaul respirations and a fruity odor suggest DKA: insulin drip 0.1 units/kg/h, add D5 when glucose < 250, replace K to keep 4-5 mEq/L.",
    "Meniere disease triad: episodic vertigo, fluctuating hearing loss, tinnitus. Low-salt diet (< 2 g/day), HCTZ 25 mg daily, and betahistine where available.",
    "Cheyne-Stokes breathing is common in advanced heart failure; adaptive servo-ventilation is contraindicated when EF <= 45% (SERVE-HF, 2015).",
    "Homans sign is unreliable for DVT; use the Wells DVT score and compression ultrasound. Treat provoked DVT for 3 months with Eliquis or Xarelto.",
    "Zollinger-Ellison syndrome: fasting gastrin > 1,000 pg/mL with gastric pH < 2 is diagnostic. High-dose PPI (omeprazole 60 mg BID); evaluate for MEN1.",
    "Coombs-positive hemolytic anemia: prednisone 1 mg/kg/day; rituximab (Rituxan) 375 mg/m2 weekly x 4 for relapse. Transfuse for Hgb < 7 g/dL or symptoms.",
    "Foley catheter removal protocol (CAUTI prevention): remove by POD 1-2 unless urology order; bladder scan q6h x 24 h after removal; straight cath for PVR > 400 mL.",
    "Nissen fundoplication outcomes, 2022-2024 cohort: dysphagia at 6 weeks in 1/5 of patients, resolved by 6 months in most; PPI discontinuation rate 88%.",
    "Tanner stage 3 at the 12-year well visit is within normal limits. HPV vaccine 2-dose series if started before the 15th birthday; 3 doses afterward.",
    "Mallampati class III and neck circumference 44 cm: anticipate difficult airway. Video laryngoscope and bougie at bedside; ASA III; NPO after midnight.",
    "Trendelenburg position is no longer recommended for hypotension; use passive leg raise to predict fluid responsiveness (PLR-induced SV increase >= 10%).",
    "Budd-Chiari syndrome workup: Doppler ultrasound of hepatic veins, JAK2 V617F, PNH flow cytometry, antiphospholipid antibodies. Anticoagulate unless contraindicated.",
    "Mallory-Weiss tear after emesis: usually self-limited; PPI BID, Zofran 4 mg q8h prn. Endoscopy within 24 h if ongoing hematemesis or Hgb drop > 2 g/dL.",
    "von Willebrand disease type 1: DDAVP 0.3 mcg/kg IV before minor procedures; tranexamic acid (Lysteda) 1,300 mg TID for heavy menstrual bleeding.",
    "Creutzfeldt-Jakob disease precautions: instruments for neurosurgery on suspected cases are quarantined; notify Infection Prevention and Sterile Processing before the case.",
    "Coding tip: DRG 291 (heart failure and shock with MCC) vs. DRG 292 (with CC). Document acuity (acute on chronic systolic, I50.23) to support the MCC.",
    "Policy MM-112 (rev. 2023): high-alert medications (insulin, heparin, opioids PCA) require independent double-check by two licensed nurses at initiation and at each bag change.",
    "Quality committee minutes: door-to-balloon median 58 min (goal < 90); 2/3 of delays were due to cath lab activation after hours. Action item: direct EMS activation pilot.",
    "Ewing sarcoma of the femur, localized: VDC/IE alternating q2 weeks (COG AEWS1031). Local control at week 12; LVEF monitoring with cumulative doxorubicin 375 mg/m2.",
    "BI-RADS 4A: low suspicion (> 2% to <= 10%). Ultrasound-guided core biopsy recommended. BI-RADS 3: short-interval follow-up at 6 months.",
    "Wernicke encephalopathy prophylaxis: thiamine 500 mg IV TID x 3 days, then 250 mg daily x 5 days, before any glucose in at-risk patients (CIWA-Ar > 10 on admission).",
    "Sjogren syndrome: pilocarpine (Salagen) 5 mg QID for sicca symptoms; hydroxychloroquine (Plaquenil) 200-400 mg daily; annual retinal exam after 5 years of use.",
    "Interventional Radiology now accepts paracentesis requests 0700-1500 on weekdays; weekend requests go to the on-call team through the transfer center.",
    "Labor & Delivery hemorrhage protocol stage 2: QBL > 1,000 mL. Give methergine 0.2 mg IM (avoid if BP > 140/90), Hemabate 250 mcg IM q15 min up to 8 doses, TXA 1 g IV.",
]

NEG_DX = [  # (diagnosis, ICD-10, therapies, monitoring, matching guideline, usual monitoring interval)
    ("Crohn disease", "K50.90", ["Humira (adalimumab) 40 mg SC q2 weeks", "Stelara (ustekinumab) 90 mg SC q8 weeks",
                                 "Entyvio (vedolizumab) 300 mg IV at weeks 0, 2, 6"], ["CRP", "fecal calprotectin"],
     "ACG 2018 Crohn disease guideline", "3 months"),
    ("Parkinson disease", "G20.A1", ["Sinemet 25/100 TID", "Rytary 23.75/95 mg TID", "pramipexole (Mirapex) 0.25 mg TID"],
     ["orthostatic vitals", "MoCA"], "2021 AAN Parkinson disease guideline", "6 months"),
    ("Hodgkin lymphoma", "C81.90", ["ABVD q2 weeks", "brentuximab vedotin (Adcetris) 1.8 mg/kg q3w",
                                    "Opdivo 240 mg q2w"], ["PET-CT (Deauville)", "CBC with diff"],
     "NCCN Guidelines Version 3.2024", "2 cycles"),
    ("heart failure with reduced EF", "I50.22", ["Entresto 24/26 mg BID", "Jardiance 10 mg daily",
                                                 "Farxiga 10 mg daily", "Coreg 3.125 mg BID"], ["BNP", "BMP"],
     "2022 AHA/ACC/HFSA heart failure guideline", "1-2 weeks after each titration"),
    ("type 2 diabetes", "E11.65", ["Ozempic 0.25 mg weekly", "Mounjaro 2.5 mg weekly", "Jardiance 10 mg daily",
                                   "Lantus 10 units qHS"], ["HbA1c", "urine albumin/creatinine ratio"],
     "ADA Standards of Care 2025", "3 months"),
    ("atrial fibrillation", "I48.91", ["Eliquis 5 mg BID", "Xarelto 20 mg with supper", "metoprolol succinate 50 mg daily"],
     ["CBC", "creatinine clearance"], "2023 ACC/AHA/ACCP/HRS AF guideline", "12 months"),
    ("COPD, GOLD group E", "J44.1", ["Trelegy Ellipta 1 inhalation daily", "Breztri 2 puffs BID",
                                    "azithromycin 250 mg three times weekly"], ["spirometry", "eosinophil count"],
     "GOLD 2024 report", "12 months"),
    ("Graves disease", "E05.00", ["methimazole 10 mg daily", "propranolol 20 mg TID"], ["free T4", "TSH"],
     "ATA 2016 hyperthyroidism guideline", "4-6 weeks"),
    ("Hashimoto thyroiditis", "E06.3", ["Synthroid 50 mcg daily", "levothyroxine 75 mcg daily"], ["TSH"],
     "2012 AACE/ATA hypothyroidism guideline", "6-8 weeks"),
    ("rheumatoid arthritis", "M05.79", ["methotrexate 15 mg weekly with folic acid 1 mg daily", "Xeljanz 5 mg BID",
                                        "Humira 40 mg q2 weeks"], ["LFTs", "CBC"], "2021 ACR RA guideline", "3 months"),
    ("major depressive disorder", "F33.1", ["Lexapro 10 mg daily", "Wellbutrin XL 150 mg qAM", "Zoloft 50 mg daily"],
     ["PHQ-9", "C-SSRS"], "2019 APA depression guideline", "4-6 weeks"),
    ("stage 3b CKD", "N18.32", ["Farxiga 10 mg daily", "Kerendia 10 mg daily", "losartan 50 mg daily"],
     ["eGFR", "potassium"], "KDIGO 2024 CKD guideline", "3-6 months"),
    ("Alzheimer disease", "G30.9", ["donepezil (Aricept) 10 mg qHS", "memantine (Namenda) 10 mg BID"],
     ["MoCA", "weight"], "2023 AGS Beers Criteria", "6 months"),
    ("Bell's palsy", "G51.0", ["prednisone 60 mg daily x 5 days", "valacyclovir (Valtrex) 1 g TID x 7 days"],
     ["House-Brackmann grade"], "AAO-HNS 2013 Bell's palsy guideline", "2 weeks"),
]
NEG_DEPTS = ["Cardiology", "the medical ICU", "Endocrinology", "the emergency department", "Nephrology",
             "Gastroenterology", "Oncology infusion", "Neurology", "the step-down unit", "Rheumatology",
             "Behavioral Health", "Primary Care", "Geriatrics", "Pulmonology"]


def neg_templated():
    dx, icd, drugs, labs, guide, interval = R.choice(NEG_DX)
    drug, lab, dept = R.choice(drugs), R.choice(labs), R.choice(NEG_DEPTS)
    yr = R.choice([2021, 2022, 2023, 2024, 2025])
    k = R.randint(2, 12)
    n2 = R.randint(40, 900)
    n1 = R.randint(5, n2)
    short = drug.split(" ")[0]
    forms = [
        lambda: f"Pt with {dx} ({icd}); plan {drug}. Follow {lab} in {interval}. Counsel on adherence; return precautions reviewed.",
        lambda: f"Order set note - {dx}: {drug}; monitor {lab} every {interval}. Reference: {guide}.",
        lambda: f"Quality report: {n1}/{n2} patients with {dx} had {lab} documented within 90 days (CY{yr}). Target is 80%; {dept} is below target.",
        lambda: f"coding q: does {dx} map to {icd}? pt is also on {short} - do we add a Z79 code or no",
        lambda: f"{dept}: {n1} new referrals for {dx} in Q{R.randint(1, 4)} {yr}; median wait {k} days, 3rd-next-available {k + R.randint(2, 9)} days.",
        lambda: f"S: pain {R.randint(0, 9)}/10. O: BP {R.randint(104, 168)}/{R.randint(58, 98)}, HR {R.randint(56, 110)}, SpO2 {R.randint(90, 99)}%. A: {dx}, stable. P: continue {drug}; {lab} in {interval}.",
        lambda: f"Per the {guide}, patients with {dx} should have {lab} checked at baseline and every {interval}. {short} is in the {dept} order set.",
        lambda: f"analyst q - how many {dx.lower()} pts in {dept.replace('the ', '')} got {short.lower()} in {yr}? exclude transfers + pts < 18, group by ICD {icd}",
        lambda: f"Pharmacy & Therapeutics: {short} added to the {dept} order set for {dx} ({icd}). Prior authorization required for outpatient use; {lab} before each refill.",
        lambda: f"Measure | Numerator | Denominator | Rate\n{dx}: {lab} done | {n1} | {n2} | {100 * n1 / n2:.1f}%\nSource | {guide} | |",
    ]
    return R.choice(forms)()


# ===========================================================================
MIN_COUNTS = {"PERSON": 180, "DATE": 60, "LOCATION": 50, "PHONE": 30, "MRN": 30, "AGE": 15, "DOB": 20,
              "MEMBER_ID": 15, "LICENSE": 20, "EMAIL": 15, "DEVICE_ID": 10, "ACCOUNT": 10, "FAX": 8, "URL": 8,
              "IP": 5, "SSN": 8, "VEHICLE_ID": 5}


def main():
    # self-checks of the check-digit code against published examples
    assert npi_valid("1234567893")
    assert dea_valid("AB1234563")

    schedule = (POS_TEMPLATES * 6)[:200]
    R.shuffle(schedule)
    pos, seen = [], set()
    for tf in schedule:
        for _ in range(50):
            rec = build(tf())
            if rec["text"] not in seen:
                break
        assert rec["text"] not in seen
        seen.add(rec["text"])
        for s in rec["spans"]:
            assert rec["text"][s["start"]:s["end"]] == s["value"]
            if s["entity_type"] == "AGE":
                assert int(s["value"]) >= 90
        pos.append(rec)

    neg, nseen = [], set()
    for t in NEG_FIXED:
        assert t not in nseen, t
        nseen.add(t)
        neg.append({"text": t, "spans": []})
    while len(neg) < 100:
        t = neg_templated()
        if t not in nseen:
            nseen.add(t)
            neg.append({"text": t, "spans": []})
    R.shuffle(neg)
    neg = neg[:100]

    with open(os.path.join(HERE, "clinical_pos.jsonl"), "w", encoding="utf-8") as f:
        for r in pos:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "clinical_neg.jsonl"), "w", encoding="utf-8") as f:
        for r in neg:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    # re-read and re-verify what was written
    cnt = Counter()
    for path, n_exp, want_spans in (("clinical_pos.jsonl", 200, True), ("clinical_neg.jsonl", 100, False)):
        rows = [json.loads(l) for l in open(os.path.join(HERE, path), encoding="utf-8")]
        assert len(rows) == n_exp, (path, len(rows))
        for r in rows:
            assert bool(r["spans"]) == want_spans
            for s in r["spans"]:
                assert r["text"][s["start"]:s["end"]] == s["value"]
                if s["entity_type"] == "LICENSE" and s["value"].isdigit() and len(s["value"]) == 10 and s["value"][0] in "12":
                    pass
                cnt[s["entity_type"]] += 1
    print(f"positive texts: {len(pos)}   negative texts: {len(neg)}")
    print(f"{'type':<12}{'count':>7}{'min':>6}")
    for t in sorted(MIN_COUNTS, key=lambda x: -cnt[x]):
        flag = "" if cnt[t] >= MIN_COUNTS[t] else "  <-- BELOW MINIMUM"
        print(f"{t:<12}{cnt[t]:>7}{MIN_COUNTS[t]:>6}{flag}")
    extra = set(cnt) - set(MIN_COUNTS)
    assert not extra, extra
    print(f"{'TOTAL':<12}{sum(cnt.values()):>7}")
    bad = [t for t in MIN_COUNTS if cnt[t] < MIN_COUNTS[t]]
    assert not bad, bad


if __name__ == "__main__":
    main()
