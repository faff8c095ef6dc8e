#!/usr/bin/env python3
"""Hand-labelled finance PII evaluation set (blind).

Writes finance_pos.jsonl (200 texts with PII) and finance_neg.jsonl
(100 texts without PII) next to this script.  Standard library only,
fixed seed.  Every name, street, town, company and template below is
hand-written; `random` only picks from these pools and builds digit
strings in realistic shapes (Luhn cards, mod-97 IBANs, ABA checksums).

Labelling conventions
  * titles (Mr., Ms., Mrs., Dr.) are outside PERSON spans
  * possessive 's is outside PERSON spans
  * a company / bank / law / program name is never PII
  * a US street address written on one line ("12 Elm St, Tulsa, OK 74105")
    is ONE LOCATION span, including unit, town, state and ZIP; a town/city
    or a ZIP code on its own is its own LOCATION span; countries are not
    labelled
  * DOB = a date of birth; every other calendar date more specific than a
    year is DATE (times of day are not part of the span)
  * a phone extension is part of the PHONE span
  * last-4 / masked numbers ("ending 4471", "****8812") are not labelled
  * every e-mail address and URL is labelled, whoever it belongs to
"""
import datetime
import json
import os
import random
import re
import unicodedata

SEED = 16160
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# hand-written pools
# ---------------------------------------------------------------------------
# m = male given names, f = female given names, s = surnames
# (a tuple surname is (male form, female form))
CULTURES = {
    "anglo": {
        "m": ["James", "Michael", "Robert", "Thomas", "Daniel", "Matthew", "Christopher", "Ryan", "Patrick"],
        "f": ["Jennifer", "Sarah", "Emily", "Megan", "Laura", "Katherine", "Rebecca", "Hannah"],
        "s": ["Whitfield", "Harrington", "Cole", "Brennan", "Sullivan", "Mercer", "Pruitt", "Caldwell",
              "Dunmore", "Hale", "Ashworth", "O'Connell", "McAllister"],
    },
    "afam": {
        "m": ["DeShawn", "Tyrone", "Jamal", "Marcus", "Darnell", "Andre", "Terrence", "Malik"],
        "f": ["Keisha", "LaToya", "Imani", "Shanice", "Tamika", "Aaliyah", "Ebony"],
        "s": ["Washington", "Jefferson", "Booker", "Freeman", "Jackson", "Broussard", "Merriweather",
              "Gaines", "Dorsey"],
    },
    "hispanic": {
        "m": ["José Luis", "Alejandro", "Juan Carlos", "Miguel", "Sergio", "Héctor", "Raúl"],
        "f": ["María José", "Guadalupe", "Lucía", "Ximena", "Carmen", "Ana Sofía", "Yesenia"],
        "s": ["García-Herrera", "Rodríguez", "de la Cruz", "Villanueva", "Hernández Ruiz", "Ocampo",
              "Zúñiga", "Peña", "Castillo Morales"],
    },
    "indian": {
        "m": ["Rajesh", "Venkatesh", "Arjun", "Sandeep", "Harpreet", "Anil", "Vikram"],
        "f": ["Priya", "Lakshmi", "Ananya", "Deepika", "Kavitha", "Sunita", "Meenakshi"],
        "s": ["Raman", "Subramanian", "Venkataraman", "Chatterjee", "Iyer", "Bhattacharya", "Patel",
              "Singh Gill", "Reddy"],
    },
    "chinese": {
        "m": ["Wei", "Jun", "Haoran", "Zhiqiang", "Yong"],
        "f": ["Xiaoling", "Mei", "Yuxin", "Jing", "Lihua"],
        "s": ["Zhang", "Liu", "Chen", "Huang", "Xu", "Zhou", "Guo"],
    },
    "korean": {
        "m": ["Min-jun", "Seung-ho", "Ji-hoon", "Dong-hyun"],
        "f": ["Ji-yeon", "Soo-ah", "Hye-jin", "Eun-ji"],
        "s": ["Kim", "Park", "Choi", "Jeong", "Yoon", "Kang"],
    },
    "vietnamese": {
        "m": ["Minh Quan", "Van Duc", "Thanh", "Quoc Bao"],
        "f": ["Thi Huong", "Ngoc Anh", "Bao Tran", "Thi Lan"],
        "s": ["Nguyen", "Tran", "Pham", "Le", "Vo", "Đặng", "Huynh"],
    },
    "japanese": {
        "m": ["Haruto", "Kenji", "Takeshi", "Daisuke"],
        "f": ["Yuki", "Aiko", "Naomi", "Sakura"],
        "s": ["Tanaka", "Watanabe", "Yamamoto", "Kobayashi", "Takahashi", "Ishikawa"],
    },
    "nigerian": {
        "m": ["Chidi", "Oluwaseun", "Emeka", "Babatunde", "Ifeanyi", "Tunde"],
        "f": ["Ngozi", "Folake", "Adaeze", "Chiamaka", "Yetunde"],
        "s": ["Okafor", "Adeyemi", "Eze", "Balogun", "Nwachukwu", "Ogunleye", "Okonkwo"],
    },
    "arabic": {
        "m": ["Mohammed", "Omar", "Khalid", "Youssef", "Tariq"],
        "f": ["Fatima", "Layla", "Noor", "Aisha", "Rania"],
        "s": ["Al-Hashimi", "Haddad", "El-Sayed", "Mansour", "Al Farsi", "Khoury", "Abu-Zeid"],
    },
    "persian": {
        "m": ["Dariush", "Reza", "Kourosh", "Arash"],
        "f": ["Shirin", "Parisa", "Nasrin", "Golnaz"],
        "s": ["Tehrani", "Hosseini", "Rahimzadeh", "Farahani", "Ghorbani"],
    },
    "turkish": {
        "m": ["Mehmet", "Emre", "Burak", "Oğuz"],
        "f": ["Ayşe", "Elif", "Zeynep", "Gülşen"],
        "s": ["Yılmaz", "Öztürk", "Çelik", "Kaya", "Aydın", "Şahin"],
    },
    "polish": {
        "m": ["Łukasz", "Krzysztof", "Paweł", "Tomasz"],
        "f": ["Agnieszka", "Małgorzata", "Katarzyna", "Joanna"],
        "s": ["Nowak", "Kowalczyk", "Wójcik", "Mazur", "Krawczyk", ("Wiśniewski", "Wiśniewska"),
              ("Zieliński", "Zielińska")],
    },
    "russian": {
        "m": ["Dmitri", "Sergei", "Alexei", "Nikolai"],
        "f": ["Natalia", "Svetlana", "Olga", "Tatiana"],
        "s": [("Volkov", "Volkova"), ("Sokolov", "Sokolova"), ("Morozov", "Morozova"),
              ("Lebedev", "Lebedeva")],
    },
    "ukrainian": {
        "m": ["Oleksandr", "Taras", "Andriy", "Bohdan"],
        "f": ["Oksana", "Iryna", "Yulia", "Halyna"],
        "s": ["Shevchenko", "Bondarenko", "Kovalenko", "Tkachuk", "Melnyk", "Hrytsenko"],
    },
    "greek": {
        "m": ["Georgios", "Nikolaos", "Dimitrios", "Konstantinos"],
        "f": ["Eleni", "Katerina", "Sofia", "Despina"],
        "s": [("Papadopoulos", "Papadopoulou"), ("Konstantinidis", "Konstantinidou"), "Georgiou",
              ("Alexandropoulos", "Alexandropoulou")],
    },
    "italian": {
        "m": ["Giuseppe", "Lorenzo", "Marco", "Salvatore"],
        "f": ["Giulia", "Francesca", "Chiara", "Rosaria"],
        "s": ["Esposito", "Lombardi", "De Luca", "Ferrara", "Di Stefano", "Russo", "Marchetti"],
    },
    "brazilian": {
        "m": ["João Pedro", "Thiago", "Rafael", "Luiz Felipe"],
        "f": ["Ana Clara", "Fernanda", "Beatriz", "Luana"],
        "s": ["da Silva Santos", "Oliveira", "de Souza Lima", "Carvalho", "Gonçalves", "Araújo"],
    },
    "german": {
        "m": ["Jürgen", "Matthias", "Stefan", "Till"],
        "f": ["Anke", "Sabine", "Lena", "Jutta"],
        "s": ["Schröder", "Müller", "Hoffmann", "Weißmann", "von Ahlen", "Köhler"],
    },
    "dutch": {
        "m": ["Joost", "Pieter", "Bram", "Sjoerd"],
        "f": ["Femke", "Anouk", "Sanne", "Marieke"],
        "s": ["van der Berg", "de Vries", "Janssen", "van Dijk", "Bakker", "van 't Hof"],
    },
    "scandinavian": {
        "m": ["Søren", "Lars", "Bjørn", "Henrik", "Mikael"],
        "f": ["Ingrid", "Astrid", "Sigrid", "Linnéa", "Maja"],
        "s": ["Kjærgaard", "Lindqvist", "Halvorsen", "Åberg", "Nilsson", "Østergaard"],
    },
}
CULTURE_KEYS = sorted(CULTURES)
WESTERN = {"anglo", "afam", "italian", "german", "dutch", "scandinavian", "polish", "greek", "russian",
           "ukrainian", "brazilian", "hispanic"}

STREETS = ["W Belmont Ave", "Pinecrest Rd", "Alder Street", "Harbor View Ln", "Rio Grande Blvd NW",
           "Maple Ct", "N Kedzie Ave", "Bellaire Blvd", "Ocean Pkwy", "Oak Tree Rd", "Mission Blvd",
           "Kissena Blvd", "W 49th St", "Warren Ave", "Colesville Rd", "Brookhurst St", "Morse Rd",
           "Marietta St NW", "Ferry St", "S Harvard Ave", "NE 8th St", "Coral Way", "Magnolia Dr",
           "Sycamore Ln", "Lakeshore Dr", "Briarwood Cir", "Dogwood Trl", "E Colfax Ave",
           "Spring Garden St", "Old Country Rd", "Peachtree Industrial Blvd", "Elm St",
           "Devon Ave", "Camino Real", "Route 27", "Cedar Bluff Way"]
UNITS = ["", "", "", ", Apt 4C", " Apt 12", " #305", ", Unit 7B", ", Apt. 2R", " Suite 210", ", Fl 3"]
US_CITIES = [("Chicago", "IL", "60657"), ("Albuquerque", "NM", "87107"), ("Jersey City", "NJ", "07302"),
             ("Plano", "TX", "75024"), ("Sugar Land", "TX", "77479"), ("Edison", "NJ", "08817"),
             ("Fremont", "CA", "94538"), ("Flushing", "NY", "11354"), ("Hialeah", "FL", "33012"),
             ("Dearborn", "MI", "48126"), ("Brooklyn", "NY", "11229"), ("Glendale", "CA", "91203"),
             ("Silver Spring", "MD", "20910"), ("Houston", "TX", "77036"), ("Bellevue", "WA", "98004"),
             ("Garden Grove", "CA", "92840"), ("Columbus", "OH", "43229"), ("Atlanta", "GA", "30318"),
             ("Newark", "NJ", "07105"), ("Tulsa", "OK", "74105"), ("Doral", "FL", "33178"),
             ("Paterson", "NJ", "07501"), ("Lowell", "MA", "01852"), ("St. Paul", "MN", "55104"),
             ("Denver", "CO", "80220"), ("Philadelphia", "PA", "19123"), ("Norcross", "GA", "30093"),
             ("Laredo", "TX", "78041"), ("Yonkers", "NY", "10701"), ("Hayward", "CA", "94541")]
FOREIGN_ADDR = ["Flat 3, 41 Ladbroke Grove, London W11 3AD",
                "Calle de Serrano 47, 3º izq., 28001 Madrid",
                "Keizersgracht 212-II, 1016 DZ Amsterdam",
                "Via dei Tornabuoni 9, 50123 Firenze",
                "Schönhauser Allee 118, 10437 Berlin",
                "12 Adeola Odeku Street, Victoria Island, Lagos",
                "Villa 27, Street 14, Al Barsha 2, Dubai",
                "Flat 9B, 221 Nathan Road, Kowloon, Hong Kong",
                "Rua Oscar Freire 1120, apto 54, São Paulo - SP, 01426-001",
                "Bağdat Caddesi No: 214 D: 7, Kadıköy, İstanbul",
                "ul. Marszałkowska 84/92 m. 15, 00-514 Warszawa",
                "Plot 45, Sector 17, Vashi, Navi Mumbai 400703",
                "Nørrebrogade 52, 2. th., 2200 København N",
                "2-14-7 Jingumae, Shibuya-ku, Tokyo 150-0001",
                "Vasilissis Sofias 61, 115 21 Athens",
                "Storgatan 14, 114 55 Stockholm",
                "vul. Khreshchatyk 22, kv. 41, Kyiv 01001",
                "Calle 72 No. 10-34, Apto 801, Bogotá"]
UK_ADDR = ["Flat 3, 41 Ladbroke Grove, London W11 3AD", "27 Canynge Road, Clifton, Bristol BS8 3JZ",
           "14 Wilmslow Road, Manchester M14 5TQ", "Apartment 12, 8 Holloway Head, Birmingham B1 1NQ",
           "2/1, 45 Hyndland Road, Glasgow G12 9UX", "9 Belmont Terrace, Leeds LS2 9AE"]
FOREIGN_CITIES = ["London", "Madrid", "Amsterdam", "Lagos", "Dubai", "Istanbul", "Warsaw", "Mumbai",
                  "São Paulo", "Tokyo", "Athens", "Stockholm", "Kyiv", "Manila", "Ho Chi Minh City",
                  "Seoul", "Guadalajara", "Hong Kong", "Frankfurt", "Milan", "Toronto", "Abuja",
                  "Karachi", "Riyadh", "Shenzhen", "Tijuana"]

# (name, domain) -- fictional customers' businesses
COMPANIES = [("Northgate Logistics LLC", "northgatelogistics.com"),
             ("Brightwater Dental Group PC", "brightwaterdental.com"),
             ("Sunrise Tile & Stone Inc.", "sunrisetilestone.com"),
             ("Kestrel Import Export Ltd", "kestrelimpex.com"),
             ("Harbor Point Capital LP", "harborpointcap.com"),
             ("Golden Lotus Trading Co.", "goldenlotustrading.com"),
             ("Apex Auto Parts of Texas LLC", "apexautopartstx.com"),
             ("Meridian Freight Solutions", "meridianfreight.net"),
             ("Tri-Star Remittance Services", "tristarremit.com"),
             ("Blue Heron Hospitality Group", "blueheronhg.com"),
             ("Pinnacle Home Health Agency", "pinnaclehha.com"),
             ("Red Mesa Construction Corp.", "redmesaconstruction.com"),
             ("Lakeside Smoke & Vape LLC", "lakesidesmokevape.com"),
             ("Oakridge Pharmacy Inc.", "oakridgerx.com"),
             ("Silverline Precious Metals", "silverlinemetals.com"),
             ("Cedar & Vine Catering", "cedarvinecatering.com"),
             ("Atlas Cargo Forwarding Inc.", "atlascargofwd.com"),
             ("Evergreen Medical Billing LLC", "evergreenmedbill.com"),
             ("Quantum Crypto ATM Corp.", "quantumcryptoatm.io"),
             ("Nova Textiles FZE", "novatextiles.ae")]
US_BANKS = ["JPMorgan Chase", "Wells Fargo", "Bank of America", "Citibank", "PNC", "TD Bank", "Truist",
            "U.S. Bank", "Fifth Third", "Capital One", "Navy Federal", "Regions", "KeyBank", "Citizens"]
OUR_BANK = ["First Meridian Bank", "Harborview Savings Bank", "Cascade Federal Credit Union",
            "Summit Ridge National Bank"]
OUR_DOMAINS = {"First Meridian Bank": "firstmeridianbank.com", "Harborview Savings Bank": "harborviewsb.com",
               "Cascade Federal Credit Union": "cascadefcu.org", "Summit Ridge National Bank": "summitridgebank.com"}
STAFF_TITLES = ["Senior Relationship Manager", "AML Investigator II", "Treasury Management Officer",
                "Branch Manager", "KYC Analyst", "Commercial Loan Officer", "Payments Operations Specialist",
                "Private Banker"]
FREE_MAIL = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com",
             "protonmail.com", "comcast.net", "att.net", "gmx.de", "yahoo.co.uk", "rediffmail.com",
             "naver.com", "live.com"]
STATES = {"CA": "California", "NY": "New York", "FL": "Florida", "IL": "Illinois", "TX": "Texas",
          "NJ": "New Jersey", "WA": "Washington", "GA": "Georgia", "PA": "Pennsylvania", "MI": "Michigan"}
US_AREA = ["212", "312", "713", "305", "404", "617", "718", "646", "832", "510", "425", "972", "201",
           "973", "248", "469", "347", "786", "909", "630"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DIGITS = "0123456789"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------
def E(t, v):
    return (t, v)


def dg(n):
    return "".join(R.choice(DIGITS) for _ in range(n))


def dg_nz(n):
    return R.choice("123456789") + dg(n - 1)


def fold(s):
    for a, b in (("ł", "l"), ("Ł", "L"), ("ø", "o"), ("Ø", "O"), ("ß", "ss"), ("æ", "ae"), ("Æ", "AE"),
                 ("đ", "d"), ("Đ", "D"), ("ı", "i"), ("İ", "I")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def slug(s):
    return re.sub(r"[^a-z]", "", fold(s).lower())


def money(lo, hi, cents=True):
    v = R.randint(lo, hi)
    s = f"{v:,}"
    return s + (f".{R.randint(0, 99):02d}" if cents else "")


class Person:
    def __init__(self, culture=None, gender=None):
        self.c = culture or R.choice(CULTURE_KEYS)
        d = CULTURES[self.c]
        self.g = gender or R.choice("mf")
        self.given = R.choice(d[self.g])
        s = R.choice(d["s"])
        self._s = s
        self.sur = s if isinstance(s, str) else (s[0] if self.g == "m" else s[1])
        self.east = self.c == "vietnamese" or (self.c in ("chinese", "korean") and R.random() < 0.6)
        if R.random() < 0.12:
            self.ttl = "Dr."
        elif self.g == "m":
            self.ttl = "Mr."
        else:
            self.ttl = R.choice(["Ms.", "Ms.", "Mrs."])
        self.he = "he" if self.g == "m" else "she"
        self.his = "his" if self.g == "m" else "her"
        self.him = "him" if self.g == "m" else "her"

    def full(self):
        return f"{self.sur} {self.given}" if self.east else f"{self.given} {self.sur}"

    def relative(self, gender):
        """a family member: same culture, same surname (right gender form)"""
        q = Person(self.c, gender)
        q._s = self._s
        q.sur = self._s if isinstance(self._s, str) else (self._s[0] if gender == "m" else self._s[1])
        q.east = self.east
        return q

    def initials(self):
        parts = re.split(r"[ -]", self.given)
        return "".join(p[0].upper() + "." for p in parts if p)

    def short_given(self):
        # what a colleague would type: first token of the given name
        # (Vietnamese: the personal name is the last token, "Thi Huong" -> "Huong")
        return self.given.split(" ")[-1] if self.c == "vietnamese" else self.given.split(" ")[0]

    def styled(self, style=None):
        styles = ["full"] * 6 + ["upper", "lower", "lastfirst", "LASTfirst", "initial", "mid"]
        st = style or R.choice(styles)
        if st == "mid" and self.c not in WESTERN:
            st = "full"
        if st == "full":
            return self.full()
        if st == "upper":
            return self.full().upper()
        if st == "lower":
            return self.full().lower()
        if st == "lastfirst":
            return f"{self.sur}, {self.given}"
        if st == "LASTfirst":
            return f"{self.sur.upper()}, {self.given}"
        if st == "initial":
            return f"{self.initials()} {self.sur}"
        if st == "mid":
            return f"{self.given} {R.choice('ABCDEFGHJKLMNPRSTW')}. {self.sur}"
        raise ValueError(st)


def email(p, domain=None):
    g = slug(p.given)
    s = slug(p.sur)
    pats = [f"{g}.{s}", f"{g[0]}{s}", f"{g}{s}{R.randint(1, 99)}", f"{s}.{g}", f"{g}_{s}",
            f"{g}.{s[:4]}{R.randint(70, 99)}", f"{g[0]}.{s}"]
    return f"{R.choice(pats)}@{domain or R.choice(FREE_MAIL)}"


def staff_email(p, bank):
    return f"{slug(p.given)[0]}{slug(p.sur)}@{OUR_DOMAINS[bank]}"


def rdate(y0=2022, y1=2025):
    return datetime.date(R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28))


def fdate(d, style=None):
    st = style or R.choice(["us0", "us", "us2", "long", "abbr", "dmy", "iso", "dmonY", "eu"])
    m = MONTHS[d.month - 1]
    if st == "us0":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if st == "us":
        return f"{d.month}/{d.day}/{d.year}"
    if st == "us2":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if st == "long":
        return f"{m} {d.day}, {d.year}"
    if st == "abbr":
        return f"{m[:3]} {d.day}, {d.year}"
    if st == "dmy":
        return f"{d.day} {m} {d.year}"
    if st == "iso":
        return d.isoformat()
    if st == "dmonY":
        return f"{d.day:02d}-{m[:3]}-{d.year}"
    if st == "eu":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if st == "short":
        return f"{m[:3]} {d.day}"
    if st == "shortus":
        return f"{d.month}/{d.day}"
    raise ValueError(st)


def date(y0=2022, y1=2025, style=None):
    return fdate(rdate(y0, y1), style)


def dob(style=None):
    return fdate(rdate(1941, 2004), style)


def us_address(style=None):
    num = R.choice([str(R.randint(2, 99)), str(R.randint(100, 999)), str(R.randint(1000, 9999)),
                    str(R.randint(10000, 24999))])
    street = R.choice(STREETS)
    unit = R.choice(UNITS)
    city, st, z = R.choice(US_CITIES)
    if R.random() < 0.15:
        z = f"{z}-{dg(4)}"
    st_ = style or R.choice(["std", "std", "std", "nocomma", "upper", "street"])
    if st_ == "std":
        return f"{num} {street}{unit}, {city}, {st} {z}"
    if st_ == "nocomma":
        return f"{num} {street}{unit} {city} {st} {z}"
    if st_ == "upper":
        return f"{num} {street}{unit}, {city}, {st} {z}".upper()
    return f"{num} {street}{unit}"


def city():
    return R.choice(US_CITIES)[0]


def phone_us(style=None, ext=None):
    a = R.choice(US_AREA)
    line = "01" + dg(2)
    st = style or R.choice(["paren", "dash", "dot", "plain", "plus1", "plusparen", "one", "space"])
    s = {"paren": f"({a}) 555-{line}", "dash": f"{a}-555-{line}", "dot": f"{a}.555.{line}",
         "plain": f"{a}555{line}", "plus1": f"+1 {a}-555-{line}", "plusparen": f"+1 ({a}) 555-{line}",
         "one": f"1-{a}-555-{line}", "space": f"{a} 555 {line}"}[st]
    if ext is None:
        ext = R.random() < 0.15
    if ext:
        s += R.choice([f" ext. {dg_nz(4)}", f" x{dg_nz(3)}", f" ext {dg_nz(2)}", f", ext. {dg_nz(3)}"])
    return s


def phone_intl(cc=None):
    cc = cc or R.choice(["44L", "44M", "91", "234", "971", "52", "49", "33", "82", "86", "63", "90", "48"])
    return {"44L": f"+44 20 7946 0{dg(3)}", "44M": f"+44 7700 900{dg(3)}",
            "91": f"+91 98{dg(3)} {dg(5)}", "234": f"+234 803 {dg(3)} {dg(4)}",
            "971": f"+971 50 {dg(3)} {dg(4)}", "52": f"+52 55 {dg(4)} {dg(4)}",
            "49": f"+49 30 {dg(8)}", "33": f"+33 6 {dg(2)} {dg(2)} {dg(2)} {dg(2)}",
            "82": f"+82 10-{dg(4)}-{dg(4)}", "86": f"+86 139 {dg(4)} {dg(4)}",
            "63": f"+63 917 {dg(3)} {dg(4)}", "90": f"+90 532 {dg(3)} {dg(2)} {dg(2)}",
            "48": f"+48 601 {dg(3)} {dg(3)}"}[cc]


def phone(ext=None):
    return phone_intl() if R.random() < 0.2 else phone_us(ext=ext)


def ssn(style=None):
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    g = R.randint(1, 99)
    s = R.randint(1, 9999)
    st = style or R.choice(["dash", "dash", "dash", "space", "plain"])
    sep = {"dash": "-", "space": " ", "plain": ""}[st]
    return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"


def itin(style=None):
    a = "9" + dg(2)
    g = str(R.randint(70, 88))
    s = f"{R.randint(1, 9999):04d}"
    return f"{a}-{g}-{s}" if (style or R.choice("ddds")) == "d" else f"{a}{g}{s}"


EIN_PREFIX = ["12", "13", "20", "26", "27", "30", "32", "35", "36", "38", "45", "46", "47", "52", "54",
              "58", "61", "65", "81", "82", "83", "84", "85", "86", "87", "88", "91", "92", "93", "94", "95"]


def ein(style=None):
    p = R.choice(EIN_PREFIX)
    return f"{p}-{dg(7)}" if (style or R.choice("dddp")) == "d" else f"{p}{dg(7)}"


def account(shape=None):
    sh = shape or R.choice(["d10", "d12", "d3_7", "d4x3", "z8", "d8", "d9_2", "d11", "d4_6"])
    return {"d10": lambda: dg_nz(10), "d12": lambda: dg_nz(12), "d3_7": lambda: f"{dg_nz(3)}-{dg(7)}",
            "d4x3": lambda: f"{dg(4)}-{dg(4)}-{dg(4)}", "z8": lambda: "00" + dg_nz(8),
            "d8": lambda: dg_nz(8), "d9_2": lambda: f"{dg_nz(9)}-{dg(2)}", "d11": lambda: dg_nz(11),
            "d4_6": lambda: f"{dg_nz(4)} {dg(6)}"}[sh]()


def loan_no():
    return R.choice([lambda: "LN" + dg_nz(10), lambda: dg_nz(10), lambda: f"HL-{dg(10)}",
                     lambda: f"{dg_nz(10)}-{dg(4)}", lambda: f"CL-{dg(4)}-{dg(6)}",
                     lambda: f"7700{dg(6)}"])()


def brokerage():
    return R.choice([lambda: f"{R.choice('XYZ')}{dg(2)}-{dg(6)}", lambda: f"{dg(4)}-{dg(4)}",
                     lambda: f"{R.choice(UPPER)}{R.choice(UPPER)}{dg(1)}-{dg(6)}", lambda: dg_nz(8)])()


def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def card(brand=None, style=None):
    b = brand or R.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    prefix = {"visa": "4" + dg(5), "mc": str(R.randint(51, 55)) + dg(4), "mc2": str(R.randint(2221, 2720)) + dg(2),
              "amex": R.choice(["34", "37"]) + dg(4), "disc": "6011" + dg(2)}[b]
    length = 15 if b == "amex" else 16
    body = prefix + dg(length - len(prefix) - 1)
    for c in DIGITS:
        if luhn_ok(body + c):
            num = body + c
            break
    assert luhn_ok(num)
    st = style or R.choice(["space", "space", "dash", "plain"])
    if b == "amex":
        parts = [num[:4], num[4:10], num[10:]]
    else:
        parts = [num[i:i + 4] for i in range(0, 16, 4)]
    return {"space": " ".join(parts), "dash": "-".join(parts), "plain": num}[st]


BRAND_NAME = {"visa": "Visa", "mc": "Mastercard", "mc2": "Mastercard", "amex": "Amex", "disc": "Discover"}


def aba_ok(s):
    d = [int(c) for c in s]
    return len(d) == 9 and (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0


KNOWN_ABA = ["021000021", "026009593", "121000248", "011000138", "322271627", "071000013"]
for _k in KNOWN_ABA:
    assert aba_ok(_k), _k


def aba():
    if R.random() < 0.25:
        return R.choice(KNOWN_ABA)
    pre = R.choice(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "21", "22", "23",
                    "24", "25", "26", "27", "28", "29", "30", "31", "32"])
    d = [int(c) for c in pre] + [R.randint(0, 9) for _ in range(6)]
    s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
    d.append((10 - s % 10) % 10)
    out = "".join(map(str, d))
    assert aba_ok(out)
    return out


def iban_check(cc, bban):
    rearr = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in rearr)
    return f"{98 - int(num) % 97:02d}"


def iban_ok(s):
    s = s.replace(" ", "")
    rearr = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in rearr)) % 97 == 1


IBAN_LEN = {"GB": 22, "DE": 22, "FR": 27, "NL": 18, "ES": 24, "IT": 27, "CH": 21, "BE": 16, "AE": 23,
            "PL": 28, "TR": 26, "SA": 24}


# country -> [(bank, BIC, national bank code used inside the IBAN)]
IBAN_BANKS = {
    "GB": [("Barclays Bank UK PLC", "BARCGB22", "BARC"), ("HSBC UK Bank", "HBUKGB4B", "HBUK"),
           ("NatWest", "NWBKGB2L", "NWBK"), ("Lloyds Bank", "LOYDGB2L", "LOYD")],
    "DE": [("Deutsche Bank AG", "DEUTDEFF", "50070010"), ("Deutsche Bank AG", "DEUTDEFF500", "50070010"),
           ("Commerzbank", "COBADEFFXXX", "50040000")],
    "FR": [("BNP Paribas", "BNPAFRPP", "30004"), ("Societe Generale", "SOGEFRPP", "30003")],
    "NL": [("ING Bank N.V.", "INGBNL2A", "INGB"), ("ABN AMRO", "ABNANL2A", "ABNA"), ("Rabobank", "RABONL2U", "RABO")],
    "ES": [("Banco Santander", "BSCHESMM", "0049"), ("BBVA", "BBVAESMM", "0182")],
    "IT": [("UniCredit S.p.A.", "UNCRITMM", "02008"), ("Intesa Sanpaolo", "BCITITMM", "03069")],
    "CH": [("UBS Switzerland AG", "UBSWCHZH80A", "00230")],
    "BE": [("KBC Bank", "KREDBEBB", "734"), ("BNP Paribas Fortis", "GEBABEBB", "001")],
    "AE": [("Emirates NBD", "EBILAEAD", "260")],
    "PL": [("PKO Bank Polski", "BPKOPLPW", "10201026")],
    "TR": [("Garanti BBVA", "TGBATRIS", "00062")],
    "SA": [("Al Rajhi Bank", "RJHISARI", "80")],
}
IBAN_BBAN = {
    "GB": lambda c: c + dg(6) + dg(8), "DE": lambda c: c + dg(10), "FR": lambda c: c + dg(5) + dg(11) + dg(2),
    "NL": lambda c: c + dg(10), "ES": lambda c: c + dg(4) + dg(2) + dg(10),
    "IT": lambda c: R.choice(UPPER) + c + dg(5) + dg(12), "CH": lambda c: c + dg(12), "BE": lambda c: c + dg(9),
    "AE": lambda c: c + dg(16), "PL": lambda c: c + dg(16), "TR": lambda c: c + "0" + dg(16),
    "SA": lambda c: c + dg(18),
}
IBAN_CITY = {"GB": ["London", "Manchester", "Birmingham"], "DE": ["Frankfurt", "Berlin", "Hamburg"],
             "FR": ["Paris", "Lyon", "Marseille"], "NL": ["Amsterdam", "Rotterdam", "Utrecht"],
             "ES": ["Madrid", "Barcelona", "Valencia"], "IT": ["Milan", "Rome", "Naples"],
             "CH": ["Zurich", "Geneva"], "BE": ["Brussels", "Antwerp"], "AE": ["Dubai", "Abu Dhabi", "Sharjah"],
             "PL": ["Warsaw", "Kraków", "Wrocław"], "TR": ["Istanbul", "Ankara", "Izmir"], "SA": ["Riyadh", "Jeddah"]}


def iban_bic(cc=None, spaced=None):
    """(formatted IBAN, bank name, BIC) for one consistent bank"""
    cc = cc or R.choice(sorted(IBAN_BANKS))
    bank, b, code = R.choice(IBAN_BANKS[cc])
    bban = IBAN_BBAN[cc](code)
    s = cc + iban_check(cc, bban) + bban
    assert len(s) == IBAN_LEN[cc] and iban_ok(s), s
    if spaced is None:
        spaced = R.random() < 0.6
    return (" ".join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s), bank, b, cc


def iban(cc=None, spaced=None):
    return iban_bic(cc, spaced)[0]


def dl(state=None):
    st = state or R.choice(sorted(STATES))
    L = R.choice(UPPER)
    num = {"CA": lambda: L + dg(7), "NY": lambda: R.choice([dg(9), f"{dg(3)} {dg(3)} {dg(3)}"]),
           "FL": lambda: f"{L}{dg(3)}-{dg(3)}-{dg(2)}-{dg(3)}-{dg(1)}", "IL": lambda: f"{L}{dg(3)}-{dg(4)}-{dg(4)}",
           "TX": lambda: dg_nz(8), "NJ": lambda: f"{L}{dg(4)} {dg(5)} {dg(5)}",
           "WA": lambda: "WDL" + "".join(R.choice(UPPER + DIGITS) for _ in range(9)),
           "GA": lambda: dg_nz(9), "PA": lambda: f"{dg(2)} {dg(3)} {dg(3)}",
           "MI": lambda: f"{L} {dg(3)} {dg(3)} {dg(3)} {dg(3)}"}[st]()
    return st, num


def passport(country=None):
    c = country or R.choice(["US", "UK", "India", "Nigeria", "China", "Germany", "Brazil", "Mexico"])
    num = {"US": lambda: R.choice([dg_nz(9), R.choice("AB") + dg(8)]), "UK": lambda: dg_nz(9),
           "India": lambda: R.choice("JKLMNPRSTUVWZ") + dg(7), "Nigeria": lambda: "A" + dg(8),
           "China": lambda: "E" + dg(8), "Germany": lambda: "C" + "".join(R.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
           "Brazil": lambda: "F" + R.choice("ABCDEFGHJ") + dg(6), "Mexico": lambda: R.choice("GN") + dg(8)}[c]()
    return c, num


def ip():
    if R.random() < 0.2:
        return R.choice(["2601:14d:8a00:4f1::2b", "2a02:c7c:5e21:9b00:1d4e:3f2a:77c0:118",
                         "2600:1700:3e90:6a10::41", "2001:4860:4802:32::a"])
    first = R.choice([73, 98, 24, 68, 185, 102, 41, 197, 45, 103, 89, 5, 174, 76, 107, 154])
    return f"{first}.{R.randint(1, 254)}.{R.randint(0, 254)}.{R.randint(1, 254)}"


def rand_alnum(n):
    return "".join(R.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789_-") for _ in range(n))


def url_person(p, kind=None):
    g, s = slug(p.given), slug(p.sur)
    li = [f"https://www.linkedin.com/in/{g}-{s}-{''.join(R.choice('0123456789abcdef') for _ in range(6))}",
          f"linkedin.com/in/{g}{s}"]
    so = [f"https://www.facebook.com/{g}.{s}.{R.randint(10, 999)}",
          f"https://instagram.com/{g}_{s[:5]}{R.randint(1, 99)}",
          f"https://x.com/{g[:6]}{s[:3]}{R.randint(10, 99)}"]
    return R.choice(li if kind == "linkedin" else so if kind == "social" else li + so)


def url_company(domain):
    return R.choice([f"https://www.{domain}", f"www.{domain}", f"http://{domain}/about-us",
                     f"https://{domain}/contact"])


def url_file():
    return R.choice([f"https://drive.google.com/file/d/1{rand_alnum(32)}/view?usp=sharing",
                     f"https://www.dropbox.com/s/{rand_alnum(15).lower()}/bank_statements.pdf?dl=0",
                     f"https://wetransfer.com/downloads/{''.join(R.choice('0123456789abcdef') for _ in range(24))}"])


def case_id(prefix="CASE"):
    return f"{prefix}-{R.randint(2022, 2025)}-{dg(5)}"


# ---------------------------------------------------------------------------
# rendering
# ---------------------------------------------------------------------------
PH = re.compile(r"<<(\w+)>>")


def render(tpl, slots):
    out, spans, pos, last = [], [], 0, 0
    for m in PH.finditer(tpl):
        lit = tpl[last:m.start()]
        out.append(lit)
        pos += len(lit)
        v = slots[m.group(1)]
        if isinstance(v, tuple):
            t, val = v
            spans.append({"entity_type": t, "value": val, "start": pos, "end": pos + len(val)})
        else:
            val = v
        out.append(val)
        pos += len(val)
        last = m.end()
    out.append(tpl[last:])
    text = "".join(out)
    assert "<<" not in text and ">>" not in text, text
    for s in spans:
        assert text[s["start"]:s["end"]] == s["value"], (s, text)
        assert s["value"] == s["value"].strip() and s["value"], s
    return {"text": text, "spans": spans}


POS = []


def pos(f):
    POS.append(f)
    return f


# ---------------------------------------------------------------------------
# positive templates (each returns (template, slots))
# ---------------------------------------------------------------------------
@pos
def p_chat_other_accts():
    p = Person()
    co = R.choice(COMPANIES)[0]
    tpl = R.choice([
        "hey can u check if <<n>> has any other accts w us? acct <<a>> keeps getting incoming wires from <<co>>, like 6 in 2 wks",
        "quick q - does <<n>> have a 2nd acct?? the one i see is <<a>> but teh wires from <<co>> dont add up",
        "anyone know who owns <<a>>? pretty sure its <<n>> but cant find the cif. lots of inbound from <<co>>",
        "<<n>> - acct <<a>> - pls pull 12 mo stmts, alert fired on round-dollar wires from <<co>>",
    ])
    return tpl, {"n": E("PERSON", p.full().lower()), "a": E("ACCOUNT", account()), "co": co}


@pos
def p_chat_routing_unlabeled():
    p = Person()
    tpl = R.choice([
        "whats the routing for the acct <<n>> gave us? <<he>> wrote <<aba>> / <<a>> on the form, cant tell if thats chase or boa",
        "on the voided check from <<n>> the micr line reads <<aba>> <<a>> 1043 -- can someone confirm which bank",
        "direct dep form for <<n>> just says <<aba>> <<a>>, no labels. which one is the aba lol",
    ])
    return tpl, {"n": E("PERSON", p.styled(R.choice(["lower", "full", "upper"]))), "he": p.he,
                 "aba": E("ABA", aba()), "a": E("ACCOUNT", account(R.choice(["d10", "d12", "d8", "d11"])))}


@pos
def p_sar_structuring():
    p = Person()
    d1 = rdate(2023, 2025)
    d2 = d1 + datetime.timedelta(days=R.randint(20, 75))
    st = R.choice(["long", "us0", "abbr"])
    c1, c2 = R.sample(US_CITIES, 2)
    bank = R.choice(OUR_BANK)
    k = R.randint(9, 23)
    tpl = ("<<bank>> is filing this SAR on <<n1>> (DOB <<dob>>, SSN <<ssn>>), residing at <<addr>>. "
           "Between <<d1>> and <<d2>>, <<t>> <<sn>> conducted <<k>> cash deposits of $9,000 to $9,900 into personal "
           "checking account <<acct>> at branches in <<c1>> and <<c2>>, totaling $<<tot>>. When asked by the teller about "
           "the source of funds, <<he>> stated the cash came from <<his>> food truck business; no business account exists. "
           "The pattern appears designed to evade CTR filing requirements under the BSA.")
    return tpl, {"bank": bank, "n1": E("PERSON", p.styled(R.choice(["full", "mid", "upper"]))),
                 "dob": E("DOB", dob(st)), "ssn": E("SSN", ssn("dash")), "addr": E("LOCATION", us_address("std")),
                 "d1": E("DATE", fdate(d1, st)), "d2": E("DATE", fdate(d2, st)), "t": p.ttl,
                 "sn": E("PERSON", p.sur), "k": str(k), "acct": E("ACCOUNT", account()),
                 "c1": E("LOCATION", c1[0]), "c2": E("LOCATION", c2[0]), "tot": money(95000, 230000),
                 "he": p.he, "his": p.his}


@pos
def p_sar_funnel():
    p1, p2 = Person(), Person()
    co, _ = R.choice(COMPANIES)
    d1 = rdate(2023, 2025)
    d2 = d1 + datetime.timedelta(days=R.randint(30, 120))
    cs = R.sample(US_CITIES, 3)
    tpl = ("Subjects: (1) <<n1>>, DOB <<dob1>>, phone <<ph1>>; (2) <<n2>>, ITIN <<itin>>, phone <<ph2>>.\n"
           "From <<d1>> through <<d2>>, account <<acct>> held by <<g1>> received <<k>> cash deposits in <<c1>>, <<c2>> "
           "and <<c3>>, none of which are near the account holder's stated residence. Funds were moved out the same "
           "day by wire to <<co>> (EIN <<ein>>), for which <<n2b>> is listed as managing member. Activity is "
           "consistent with a funnel account.")
    return tpl, {"n1": E("PERSON", p1.full()), "dob1": E("DOB", dob()), "ph1": E("PHONE", phone_us()),
                 "n2": E("PERSON", p2.full()), "itin": E("ITIN", itin()), "ph2": E("PHONE", phone()),
                 "d1": E("DATE", fdate(d1, "iso")), "d2": E("DATE", fdate(d2, "iso")),
                 "acct": E("ACCOUNT", account()), "g1": E("PERSON", p1.short_given() if not p1.east else p1.full()),
                 "k": str(R.randint(14, 60)), "c1": E("LOCATION", cs[0][0]), "c2": E("LOCATION", cs[1][0]),
                 "c3": E("LOCATION", cs[2][0]), "co": co, "ein": E("EIN", ein("d")),
                 "n2b": E("PERSON", p2.sur if not p2.east else p2.full())}


@pos
def p_wire_domestic():
    p = Person()
    bank = R.choice(US_BANKS)
    lab = R.choice(["ABA/Routing:", "Routing No.:", "RTN:", "ABA#", "Fedwire ABA:", "Routing/Transit:"])
    tpl = R.choice([
        "WIRE INSTRUCTIONS\nBeneficiary Name: <<n>>\nBeneficiary Account: <<a>>\nBeneficiary Bank: <<bank>>\n<<lab>> <<aba>>\nAmount: USD <<amt>>\nOBI: <<obi>>",
        "Please wire $<<amt>> to <<n>>, <<bank>>, <<lab>> <<aba>>, acct <<a>>. OBI: <<obi>>. Call back verified at <<ph>>.",
        "Bene: <<n>> | Acct <<a>> | <<bank>> | <<lab>> <<aba>> | USD <<amt>> | Ref: <<obi>>",
    ])
    return tpl, {"n": E("PERSON", p.styled(R.choice(["full", "upper", "mid"]))), "a": E("ACCOUNT", account()),
                 "bank": bank, "lab": lab, "aba": E("ABA", aba()), "amt": money(2500, 480000),
                 "obi": R.choice(["closing funds", "invoice 4471", "tuition spring term", "loan payoff",
                                  "down payment", "settlement proceeds"]),
                 "ph": E("PHONE", phone_us())}


@pos
def p_wire_intl():
    p = Person()
    ibn, bname, b, cc = iban_bic()
    ib_bank, ib = R.choice([("JPMorgan Chase Bank, N.A.", "CHASUS33"), ("Citibank N.A.", "CITIUS33"),
                            ("Bank of New York Mellon", "IRVTUS3N"), ("Wells Fargo Bank", "PNBPUS3NNYC")])
    ab = aba()
    tpl = R.choice([
        "Beneficiary: <<n>>\nBeneficiary address: <<faddr>>\nIBAN: <<iban>>\nBeneficiary bank: <<bname>>, SWIFT/BIC <<bic>>\n"
        "Intermediary: <<ibank>>, SWIFT <<ibic>>, ABA <<aba>>\nAmount: USD <<amt>>\nPurpose: family support",
        "Pls send EUR <<amt>> to <<n>>, IBAN <<iban>>, BIC <<bic>> (<<bname>>). Intermediary <<ibank>> <<ibic>> / routing <<aba>>.",
        ":59:/<<iban>>\n<<nu>>\n<<faddr>>\n:57A:<<bic>>\n:56A:<<ibic>>\n:70:INV 2291 CONSULTING FEES\n:71A:SHA\n(our fed routing <<aba>>)",
    ])
    return tpl, {"n": E("PERSON", p.full()), "nu": E("PERSON", fold(p.full()).upper()),
                 "faddr": E("LOCATION", R.choice(FOREIGN_ADDR)),
                 "iban": E("IBAN", ibn), "bname": bname, "bic": E("SWIFT", b), "ibank": ib_bank,
                 "ibic": E("SWIFT", ib), "aba": E("ABA", ab), "amt": money(1200, 250000)}


@pos
def p_kyc_dl():
    p = Person()
    st, num = dl()
    exp = rdate(2025, 2030)
    tpl = R.choice([
        "KYC refresh - <<n>>. ID verified: <<stname>> driver license <<dl>>, exp <<exp>>. DOB <<dob>>. Residential address "
        "<<addr>> matches utility bill. Occupation: <<occ>>. Risk rating unchanged (Medium).",
        "CIP: customer <<n>> presented <<st>> DL# <<dl>> (expires <<exp>>), DOB <<dob>>, address on ID <<addr>>. "
        "LexisNexis verification passed; OFAC negative.",
    ])
    return tpl, {"n": E("PERSON", p.styled(R.choice(["LASTfirst", "lastfirst", "full", "upper"]))),
                 "stname": STATES[st], "st": st, "dl": E("LICENSE", num), "exp": E("DATE", fdate(exp)),
                 "dob": E("DOB", dob()), "addr": E("LOCATION", us_address(R.choice(["std", "upper", "nocomma"]))),
                 "occ": R.choice(["registered nurse", "software engineer", "owner, nail salon", "truck driver",
                                  "retired", "real estate agent", "restaurant manager"])}


@pos
def p_kyc_passport():
    p = Person(R.choice(["nigerian", "indian", "chinese", "brazilian", "arabic", "turkish", "russian", "german"]))
    country = {"nigerian": "Nigeria", "indian": "India", "chinese": "China", "brazilian": "Brazil",
               "german": "Germany"}.get(p.c)
    c, num = passport(country or R.choice(["UK", "Germany", "Mexico"]))
    tpl = R.choice([
        "Non-resident onboarding: <<n>>, passport no. <<pp>> (<<c>>), expiry <<exp>>. ITIN <<itin>> on file; W-8BEN "
        "received. Foreign address: <<faddr>>. Mobile <<ph>>. Source of wealth: sale of family business.",
        "New account - foreign national. Name: <<n>> | Passport: <<pp>> | Issuing country: <<c>> | DOB: <<dob>> | "
        "ITIN: <<itin>> | Tel: <<ph>>",
    ])
    return tpl, {"n": E("PERSON", p.styled(R.choice(["full", "upper", "LASTfirst"]))), "pp": E("LICENSE", num),
                 "c": c, "exp": E("DATE", date(2026, 2033)), "itin": E("ITIN", itin()),
                 "faddr": E("LOCATION", R.choice(FOREIGN_ADDR)),
                 "ph": E("PHONE", phone_intl({"nigerian": "234", "indian": "91", "chinese": "86", "german": "49",
                                              "turkish": "90", "arabic": "971"}.get(p.c))),
                 "dob": E("DOB", dob())}


@pos
def p_call_verify():
    p, agent = Person(), Person()
    bank = R.choice(OUR_BANK)
    tpl = ("agent: Thank you for calling <<bank>>, this is <<ag>>, who am I speaking with?\n"
           "caller: hi yes this is <<n>>\n"
           "agent: Thanks <<g>>. For verification can I get the last four of your social?\n"
           "caller: sure, um, actually the whole thing is <<ssn>>\n"
           "agent: Just the last four is fine, thank you. And the best number to reach you?\n"
           "caller: <<ph>>, that's my cell\n"
           "agent: Great, I see the account ending in <<l4>>. How can I help today?")
    return tpl, {"bank": bank, "ag": E("PERSON", agent.short_given()), "n": E("PERSON", p.full().lower()),
                 "g": E("PERSON", p.short_given() if not p.east else p.full()), "ssn": E("SSN", ssn(R.choice(["dash", "space", "plain"]))),
                 "ph": E("PHONE", phone_us(R.choice(["dash", "plain", "space", "paren"]), ext=False)), "l4": dg(4)}


@pos
def p_call_card_dispute():
    p, agent = Person(), Person()
    b = R.choice(["visa", "mc", "amex", "disc"])
    tpl = ("agent: Card services, my name is <<ag>>. May I have your name please?\n"
           "caller: <<n>>.\n"
           "agent: Thank you <<t>> <<sn>>. Which card is this regarding?\n"
           "caller: my <<brand>>, the number is <<card>>. there are two charges from a hotel on <<d>> that I never made\n"
           "agent: I'm sorry to hear that. I'll block the card and open a dispute; a new card will go to the address on file.")
    return tpl, {"ag": E("PERSON", agent.short_given()), "n": E("PERSON", p.full()), "t": p.ttl,
                 "sn": E("PERSON", p.sur if not p.east else p.full()), "brand": BRAND_NAME[b],
                 "card": E("CARD", card(b, R.choice(["space", "plain", "dash"]))), "d": E("DATE", date(2024, 2025, R.choice(["long", "short", "us"])))}


@pos
def p_email_rm_signature():
    cust, rm = Person(), Person()
    bank = R.choice(OUR_BANK)
    tpl = ("Hi <<g>>,\n\nAttached is the signed treasury management agreement. Please have <<cust>> initial page 4 and "
           "return by <<d>>. Once received we can turn on positive pay for account <<acct>>.\n\nBest regards,\n"
           "<<rm>>\n<<title>> | <<bank>>\nT: <<ph1>> | M: <<ph2>>\n<<em>>")
    return tpl, {"g": E("PERSON", cust.short_given() if not cust.east else cust.full()),
                 "cust": E("PERSON", cust.full()), "d": E("DATE", date(2024, 2025, R.choice(["long", "short", "dmy"]))),
                 "acct": E("ACCOUNT", account()), "rm": E("PERSON", rm.full()), "title": R.choice(STAFF_TITLES),
                 "bank": bank, "ph1": E("PHONE", phone_us(ext=True)), "ph2": E("PHONE", phone_us(R.choice(["dot", "dash"]), ext=False)),
                 "em": E("EMAIL", staff_email(rm, bank))}


@pos
def p_email_customer_header():
    p = Person()
    tpl = ("From: <<n>> <<<em>>>\nSent: <<d>> 9:14 PM\nSubject: wrong charge on my account\n\n"
           "hello, i see a withdrawal of $<<amt>> from my checking <<acct>> that i didnt do. please call me at <<ph>> "
           "asap. thank you\n<<n2>>")
    return tpl, {"n": E("PERSON", p.full()), "em": E("EMAIL", email(p)), "d": E("DATE", date(2024, 2025, "long")),
                 "amt": money(200, 4800), "acct": E("ACCOUNT", account()), "ph": E("PHONE", phone_us(ext=False)),
                 "n2": E("PERSON", p.full().lower() if R.random() < 0.5 else p.short_given())}


@pos
def p_csv_wires():
    rows = []
    slots = {}
    hdr = R.choice(["txn_id,value_date,originator,orig_acct,beneficiary,bene_acct,bene_routing,amount_usd",
                    "TXN_ID,DATE,ORIG_NAME,ORIG_ACCT,BENE_NAME,BENE_ACCT,RTN,AMOUNT"])
    for i in range(R.randint(2, 3)):
        a, b = Person(), Person()
        slots.update({f"d{i}": E("DATE", date(2024, 2025, "iso")), f"o{i}": E("PERSON", a.full().upper() if "ORIG" in hdr else a.full()),
                      f"oa{i}": E("ACCOUNT", account(R.choice(["d10", "d12", "d11"]))),
                      f"b{i}": E("PERSON", b.full().upper() if "ORIG" in hdr else b.full()),
                      f"ba{i}": E("ACCOUNT", account(R.choice(["d10", "d8", "d12"]))), f"r{i}": E("ABA", aba()),
                      f"m{i}": money(900, 99000).replace(",", "")})
        rows.append(f"W{dg(6)},<<d{i}>>,<<o{i}>>,<<oa{i}>>,<<b{i}>>,<<ba{i}>>,<<r{i}>>,<<m{i}>>")
    return hdr + "\n" + "\n".join(rows), slots


@pos
def p_pipe_table():
    rows = []
    slots = {}
    hdr = R.choice(["| Customer | Account | RTN | Phone |", "| Name | Acct # | ABA | Contact |",
                    "| client | acct | routing | tel |"])
    for i in range(R.randint(2, 3)):
        p = Person()
        slots.update({f"n{i}": E("PERSON", p.styled(R.choice(["full", "LASTfirst", "initial", "upper"]))),
                      f"a{i}": E("ACCOUNT", account()), f"r{i}": E("ABA", aba()), f"p{i}": E("PHONE", phone_us(ext=False))})
        rows.append(f"| <<n{i}>> | <<a{i}>> | <<r{i}>> | <<p{i}>> |")
    return hdr + "\n|---|---|---|---|\n" + "\n".join(rows), slots


@pos
def p_loan_file():
    b1, b2 = Person(), Person()
    ad = rdate(2024, 2025)
    cd = ad + datetime.timedelta(days=R.randint(10, 45))
    co, _ = R.choice(COMPANIES)
    tpl = ("LOAN FILE SUMMARY\nLoan No.: <<ln>>\nBorrower: <<n1>>   SSN: <<s1>>   DOB: <<dob1>>\n"
           "Co-Borrower: <<n2>>   SSN: <<s2>>   DOB: <<dob2>>\nSubject property: <<addr>>\n"
           "Employer (B1): <<co>>, EIN <<ein>>\nAppraisal date: <<d1>>   Est. closing: <<d2>>\n"
           "LTV 78.4% | DTI 41.2% | FICO 712/698")
    return tpl, {"ln": E("ACCOUNT", loan_no()), "n1": E("PERSON", b1.styled(R.choice(["full", "upper", "LASTfirst"]))),
                 "s1": E("SSN", ssn()), "dob1": E("DOB", dob("us0")), "n2": E("PERSON", b2.styled(R.choice(["full", "upper", "LASTfirst"]))),
                 "s2": E("SSN", ssn()), "dob2": E("DOB", dob("us0")), "addr": E("LOCATION", us_address("std")),
                 "co": co, "ein": E("EIN", ein("d")), "d1": E("DATE", fdate(ad, "us0")),
                 "d2": E("DATE", fdate(cd, "us0"))}


@pos
def p_dispute_letter():
    p = Person()
    bank = R.choice(OUR_BANK)
    tpl = ("<<d>>\n\n<<n>>\n<<addr>>\n\nRe: Billing error notice - card ending <<l4>>\n\n"
           "Dear <<t>> <<sn>>,\n\nWe have completed our review of the charge of $<<amt>> posted on <<d2>>. "
           "Based on the documentation you provided, we have issued a permanent credit to your account. "
           "If you have questions, contact us at <<ph>> or reply to <<em>>.\n\nSincerely,\nCard Disputes Department\n<<bank>>")
    return tpl, {"d": E("DATE", date(2024, 2025, "long")), "n": E("PERSON", p.full().upper() if R.random() < 0.4 else p.full()),
                 "addr": E("LOCATION", us_address(R.choice(["std", "upper"]))), "l4": dg(4), "t": p.ttl,
                 "sn": E("PERSON", p.sur if not p.east else p.full()), "amt": money(40, 3000),
                 "d2": E("DATE", date(2024, 2025, "long")), "ph": E("PHONE", phone_us("one", ext=False)),
                 "em": E("EMAIL", f"disputes@{OUR_DOMAINS[bank]}"), "bank": bank}


@pos
def p_business_bo():
    co, dom = R.choice(COMPANIES)
    a, b = Person(), Person()
    tpl = ("Beneficial ownership certification - <<co>> (EIN <<ein>>)\n"
           "Owner 1: <<n1>>, 55%, SSN <<s1>>, DOB <<dob1>>\n"
           "Owner 2: <<n2>>, 45%, ITIN <<itin>>, DOB <<dob2>>\n"
           "Control person: <<n1b>> (CEO). Business phone <<ph>>, website <<url>>.")
    return tpl, {"co": co, "ein": E("EIN", ein()), "n1": E("PERSON", a.full()), "s1": E("SSN", ssn()),
                 "dob1": E("DOB", dob()), "n2": E("PERSON", b.full()), "itin": E("ITIN", itin()),
                 "dob2": E("DOB", dob()), "n1b": E("PERSON", a.styled(R.choice(["initial", "full"]))),
                 "ph": E("PHONE", phone_us(ext=R.random() < 0.5)), "url": E("URL", url_company(dom))}


@pos
def p_itin_note():
    p = Person(R.choice(["hispanic", "vietnamese", "chinese", "indian", "arabic"]))
    tpl = R.choice([
        "Customer <<n>> does not have an SSN; provided IRS ITIN letter showing <<itin>>. Opened savings <<acct>> with "
        "matricula consular and ITIN. 1099-INT will be issued under the ITIN.",
        "cust has no ssn, only itin <<itin>> - <<n>> - ok to open? cip policy says yes w/ foreign passport <<pp>>",
    ])
    return tpl, {"n": E("PERSON", p.full() if "Customer" in tpl else p.full().lower()), "itin": E("ITIN", itin()),
                 "acct": E("ACCOUNT", account()), "pp": E("LICENSE", passport(R.choice(["Mexico", "India", "China"]))[1])}


@pos
def p_chat_transit():
    p = Person()
    tpl = R.choice([
        "fyi transit number on the check was <<aba>>, acct <<a>>. cust <<n>> says its <<his>> payroll acct at <<bank>>",
        "the rt# on the ach is <<aba>> and dfi acct <<a>> -- name on the entry is <<n>> but our customer is someone else??",
        "pls double check: rtn <<aba>>, acct <<a>>, payee <<n>>. the rtn fails validation in the portal for me",
    ])
    return tpl, {"aba": E("ABA", aba()), "a": E("ACCOUNT", account()), "n": E("PERSON", p.full().lower()),
                 "his": p.his, "bank": R.choice(US_BANKS).lower()}


@pos
def p_fraud_ip():
    p = Person()
    tpl = R.choice([
        "Fraud alert: online banking login for <<n>> (<<em>>) from IP <<ip>> at 03:12 ET, geolocated outside the "
        "customer's usual area. Session added a new payee and changed the phone on file to <<ph>>. Account <<acct>> restricted.",
        "ALERT 7781 | user <<em>> | ip <<ip>> | new device | failed OTP x4 | customer <<n>> contacted at <<ph>>, denies activity",
    ])
    return tpl, {"n": E("PERSON", p.full()), "em": E("EMAIL", email(p)), "ip": E("IP", ip()),
                 "ph": E("PHONE", phone()), "acct": E("ACCOUNT", account())}


@pos
def p_audit_log():
    p = Person()
    d = rdate(2024, 2025)
    tpl = ("<<d>> 09:41:22Z user=<<em>> src_ip=<<ip>> action=ADD_PAYEE payee_name=\"<<n>>\" payee_acct=<<a>> "
           "payee_rtn=<<aba>> status=PENDING_REVIEW")
    return tpl, {"d": E("DATE", d.isoformat()), "em": E("EMAIL", email(p)), "ip": E("IP", ip()),
                 "n": E("PERSON", Person().full().upper()), "a": E("ACCOUNT", account(R.choice(["d10", "d12"]))),
                 "aba": E("ABA", aba())}


@pos
def p_osint_url():
    p = Person()
    co, dom = R.choice(COMPANIES)
    tpl = R.choice([
        "Adverse media / OSINT: subject <<n>> appears on LinkedIn (<<u1>>) as CFO of <<co>>. A public post at <<u2>> "
        "shows <<him>> at a luxury car dealership; reported income is $85,000.",
        "EDD note: <<n>>'s profile <<u1>> lists <<co>> as employer; company site <<u2>> has no physical address.",
    ])
    return tpl, {"n": E("PERSON", p.full()), "u1": E("URL", url_person(p, "linkedin")), "co": co,
                 "u2": E("URL", url_company(dom) if "company site" in tpl else url_person(p, "social")), "him": p.him}


@pos
def p_ach_return():
    p = Person()
    code = R.choice(["R01", "R02", "R03", "R04", "R10", "R29"])
    tpl = R.choice([
        "ACH return <<code>> received for <<n>>: RDFI routing <<aba>>, DFI account <<a>>, effective entry date <<d>>, "
        "amount $<<amt>>. Originator: payroll batch 22.",
        "<<code>> on the PPD credit to <<n>> (<<aba>> / <<a>>) dated <<d>> -- please reach out to the client and get new instructions.",
    ])
    return tpl, {"code": code, "n": E("PERSON", p.styled(R.choice(["full", "upper", "LASTfirst"]))), "aba": E("ABA", aba()),
                 "a": E("ACCOUNT", account()), "d": E("DATE", date(2024, 2025, R.choice(["iso", "us0", "abbr"]))),
                 "amt": money(100, 9000)}


@pos
def p_check_deposit():
    p, q = Person(), Person()
    bank = R.choice(US_BANKS)
    tpl = ("Check #<<chk>> drawn on <<bank>> (ABA#<<aba>>, acct <<a>>) payable to <<n>> for $<<amt>>, deposited via "
           "mobile RDC on <<d>>. Maker <<m>> reported the check stolen from the mail; payee endorsement looks altered.")
    return tpl, {"chk": str(R.randint(1001, 9999)), "bank": bank, "aba": E("ABA", aba()),
                 "a": E("ACCOUNT", account()), "n": E("PERSON", p.full()), "amt": money(500, 15000),
                 "d": E("DATE", date(2024, 2025)), "m": E("PERSON", q.styled(R.choice(["full", "mid", "initial"])))}


@pos
def p_zelle():
    p, q = Person(), Person()
    tpl = R.choice([
        "Customer <<n>> sent $<<amt>> via Zelle to token <<em>> after a call from someone claiming to be from our fraud "
        "team (caller ID showed <<ph>>). Recipient name displayed as <<q>>.",
        "zelle scam again - victim <<n>>, sent from acct xxxxxx<<l4>> to <<ph>> (registered name <<q>>), $<<amt>>. recipient bank wont recall.",
    ])
    return tpl, {"n": E("PERSON", p.full() if tpl.startswith("Customer") else p.full().lower()), "amt": money(300, 6000, False),
                 "em": E("EMAIL", email(q)), "ph": E("PHONE", phone_us(ext=False)), "q": E("PERSON", q.full().upper()),
                 "l4": dg(4)}


@pos
def p_acats():
    p = Person()
    tpl = ("ACATS transfer request: client <<n>>, SSN <<s>>. Delivering firm account <<b>> (Fidelity); receiving "
           "account <<a>>. Full transfer, approx. $<<amt>> in equities and one 529 plan. Rep: <<rep>>.")
    return tpl, {"n": E("PERSON", p.styled(R.choice(["full", "mid", "upper"]))), "s": E("SSN", ssn()),
                 "b": E("ACCOUNT", brokerage()), "a": E("ACCOUNT", brokerage()), "amt": money(40000, 900000, False),
                 "rep": E("PERSON", Person().styled(R.choice(["initial", "full"])))}


@pos
def p_card_app():
    p = Person()
    tpl = ("CREDIT CARD APPLICATION\nNAME: <<n>>\nDOB: <<dob>>\nSSN: <<s>>\nHOME ADDRESS: <<addr>>\n"
           "PHONE: <<ph>>\nEMAIL: <<em>>\nANNUAL INCOME: $<<inc>>\nHOUSING: RENT $<<rent>>/MO")
    return tpl, {"n": E("PERSON", fold(p.full()).upper() if R.random() < 0.5 else p.full().upper()),
                 "dob": E("DOB", dob(R.choice(["us0", "iso"]))), "s": E("SSN", ssn()),
                 "addr": E("LOCATION", us_address("upper")), "ph": E("PHONE", phone_us(ext=False)),
                 "em": E("EMAIL", email(p).upper()), "inc": money(28000, 260000, False), "rent": money(900, 3800, False)}


@pos
def p_investigation_initials():
    p, q = Person(), Person()
    tpl = ("Payment investigation <<cid>>: per <<i1>> in wire ops, the return was keyed against the wrong beneficiary. "
           "<<t>> <<sn>> confirmed by phone (<<ph>>) that funds should go to account <<a>> instead. "
           "Amended MT103 sent on <<d>>.")
    return tpl, {"cid": case_id("PI"), "i1": E("PERSON", q.styled("initial")), "t": p.ttl,
                 "sn": E("PERSON", p.sur if not p.east else p.full()), "ph": E("PHONE", phone(ext=R.random() < 0.3)),
                 "a": E("ACCOUNT", account()), "d": E("DATE", date(2024, 2025, "dmy"))}


@pos
def p_chat_iban_typo():
    p = Person(R.choice(["german", "dutch", "italian", "polish", "turkish", "scandinavian", "greek", "arabic"]))
    ibn, bname, b, cc = iban_bic(spaced=R.random() < 0.3)
    tpl = R.choice([
        "can sombody confirm <<g>>'s iban? <<ib>> looks off to me, swift <<bic>>",
        "iban for <<n>> is <<ib>> / bic <<bic>> -- the portal rejects it, chekcsum?",
        "need help - <<n>> wants to recieve EUR from <<bname>>, gave me <<ib>> and <<bic>>. is that a valid combo",
    ])
    return tpl, {"g": E("PERSON", p.full().lower()), "n": E("PERSON", p.full()),
                 "ib": E("IBAN", ibn), "bic": E("SWIFT", b.lower() if R.random() < 0.3 else b),
                 "bname": bname}


@pos
def p_ofac():
    p = Person(R.choice(["arabic", "persian", "russian", "chinese", "korean", "hispanic", "ukrainian", "turkish"]))
    c, num = passport()
    tpl = ("OFAC screening - potential match. Customer: <<n>>, DOB <<dob1>>, passport <<pp>>. SDN entry lists "
           "a similar name with DOB <<dob2>> and different nationality. Disposition: false positive, cleared by <<an>> on <<d>>.")
    return tpl, {"n": E("PERSON", p.styled(R.choice(["upper", "LASTfirst", "full"]))), "dob1": E("DOB", dob()),
                 "pp": E("LICENSE", num), "dob2": E("DOB", dob()), "an": E("PERSON", Person().styled(R.choice(["initial", "full"]))),
                 "d": E("DATE", date(2024, 2025))}


@pos
def p_mortgage_call():
    p, agent = Person(), Person()
    tpl = ("Servicing note: borrower <<n>> called from <<ph>> re escrow shortage on loan <<ln>>. Explained analysis; "
           "<<he>> requested a 12-month spread. Spoke with <<ag>>. Follow-up scheduled <<d>>.")
    return tpl, {"n": E("PERSON", p.full()), "ph": E("PHONE", phone_us()), "ln": E("ACCOUNT", loan_no()),
                 "he": p.he, "ag": E("PERSON", agent.full()), "d": E("DATE", date(2024, 2025, R.choice(["us", "short", "shortus"])))}


@pos
def p_reg_e_claim():
    p = Person()
    tpl = ("Reg E claim <<cid>> opened <<d1>> for <<n>>. Debit card <<card>> used at two ATMs on <<d2>>; customer states "
           "card was in <<his>> possession. Provisional credit of $<<amt>> issued within 10 business days.")
    return tpl, {"cid": case_id("RE"), "d1": E("DATE", date(2024, 2025, "us0")), "n": E("PERSON", p.full()),
                 "card": E("CARD", card(R.choice(["visa", "mc"]))), "d2": E("DATE", date(2024, 2025, "us0")),
                 "his": p.his, "amt": money(200, 2500)}


@pos
def p_remittance():
    ibn, bname, b, cc = iban_bic(R.choice(["TR", "PL", "AE", "SA", "ES", "IT", "DE", "GB", "NL"]))
    cult = {"TR": "turkish", "PL": "polish", "AE": "arabic", "SA": "arabic", "ES": "hispanic", "IT": "italian",
            "DE": "german", "GB": R.choice(["nigerian", "indian", "anglo"]), "NL": "dutch"}[cc]
    s, r = Person(), Person(cult)
    tpl = ("Remittance: sender <<s>> (<<c1>>) to receiver <<r>> in <<c2>>. IBAN <<ib>>, SWIFT <<bic>>. "
           "Sender phone <<ph>>. Purpose: family maintenance. Monthly total now $<<amt>>.")
    return tpl, {"s": E("PERSON", s.full()), "c1": E("LOCATION", city()), "r": E("PERSON", r.full()),
                 "c2": E("LOCATION", R.choice(IBAN_CITY[cc])), "ib": E("IBAN", ibn), "bic": E("SWIFT", b),
                 "ph": E("PHONE", phone_us()), "amt": money(1000, 9500, False)}


@pos
def p_teller_note():
    p = Person()
    st, num = dl()
    tpl = ("Teller note: cust <<n>> presented <<st>> DL <<dl>> to cash on-us check #<<chk>> for $<<amt>>. "
           "Signature did not match card on file; called the maker at <<ph>> - no answer. Check held, cust given hold notice.")
    return tpl, {"n": E("PERSON", p.styled("LASTfirst")), "st": st, "dl": E("LICENSE", num),
                 "chk": str(R.randint(100, 9999)), "amt": money(800, 9500), "ph": E("PHONE", phone_us(ext=False))}


@pos
def p_address_change():
    p = Person()
    tpl = ("Please update the mailing address for <<n>> (acct <<a>>) from <<a1>> to <<a2>> effective <<d>>. "
           "Customer called in from <<ph>>; callback to the number on file completed.")
    return tpl, {"n": E("PERSON", p.full()), "a": E("ACCOUNT", account()), "a1": E("LOCATION", us_address("std")),
                 "a2": E("LOCATION", R.choice([us_address("std"), R.choice(FOREIGN_ADDR)])),
                 "d": E("DATE", date(2024, 2025)), "ph": E("PHONE", phone())}


@pos
def p_pod():
    owner, ben = Person(), Person()
    tpl = ("POD beneficiary change - owner <<o>>, CD <<a>>. New beneficiary: <<b>>, relationship: <<rel>>, "
           "DOB <<dob>>, SSN <<s>>. Prior beneficiary <<pb>> removed per owner request on <<d>>.")
    return tpl, {"o": E("PERSON", owner.full()), "a": E("ACCOUNT", account()), "b": E("PERSON", ben.full()),
                 "rel": R.choice(["daughter", "son", "niece", "spouse", "grandson"]), "dob": E("DOB", dob()),
                 "s": E("SSN", ssn()), "pb": E("PERSON", Person().full()), "d": E("DATE", date(2024, 2025))}


@pos
def p_collections_log():
    p = Person()
    tpl = R.choice([
        "<<d>> - called <<ph1>> x3, no answer. Left vm for <<g>> re past due on <<ln>>. Tried alt number <<ph2>>, disconnected.",
        "collections: promise to pay from <<n>> for $<<amt>> by <<d>>, loan <<ln>>. best # <<ph1>>, work <<ph2>>",
    ])
    return tpl, {"d": E("DATE", date(2024, 2025, R.choice(["shortus", "us0", "short"]))),
                 "ph1": E("PHONE", phone_us(ext=False)), "ph2": E("PHONE", phone_us(ext=True)),
                 "g": E("PERSON", p.short_given() if not p.east else p.full()), "n": E("PERSON", p.full().lower()),
                 "ln": E("ACCOUNT", loan_no()), "amt": money(150, 2400)}


@pos
def p_forwarded_email():
    p, q = Person(), Person()
    co, dom = R.choice(COMPANIES)
    tpl = ("---------- Forwarded message ---------\nFrom: <<n>> <<<em>>>\nDate: <<d>>\nSubject: Updated bank details\n"
           "To: <<q>> <<<em2>>>\n\nPlease note our bank details have changed. Effective immediately, remit all invoices to "
           "account <<a>>, routing <<aba>>. Do not use the old account.\n\n-- forwarded by AP because this looks like BEC")
    return tpl, {"n": E("PERSON", p.full()), "em": E("EMAIL", email(p, R.choice([dom, "gmail.com"]))),
                 "d": E("DATE", date(2024, 2025, R.choice(["long", "abbr"]))), "q": E("PERSON", q.full()),
                 "em2": E("EMAIL", email(q, dom)), "a": E("ACCOUNT", account()), "aba": E("ABA", aba())}


@pos
def p_314b():
    p, q = Person(), Person()
    bank = R.choice(US_BANKS)
    tpl = ("314(b) request to <<bank>>: we are investigating <<n>> (DOB <<dob>>) and counterparty <<q>>. Please share "
           "KYC and activity for account <<a>> at your institution, which received $<<amt>> from our customer between "
           "<<d1>> and <<d2>>.")
    return tpl, {"bank": bank, "n": E("PERSON", p.full()), "dob": E("DOB", dob()), "q": E("PERSON", q.full()),
                 "a": E("ACCOUNT", account()), "amt": money(50000, 900000), "d1": E("DATE", date(2024, 2024)),
                 "d2": E("DATE", date(2025, 2025))}


@pos
def p_wire_recall():
    p = Person()
    ibn, bname, b, cc = iban_bic()
    tpl = ("URGENT wire recall: our ref WT<<ref>>, sent <<d>> for EUR <<amt>> to beneficiary <<n>>, IBAN <<ib>>, "
           "BIC <<bic>> (<<bname>>). Originator <<o>> reports the invoice was fraudulent.")
    return tpl, {"ref": dg(7), "d": E("DATE", date(2024, 2025, R.choice(["dmonY", "eu", "iso"]))), "amt": money(4000, 300000),
                 "n": E("PERSON", p.full()), "ib": E("IBAN", ibn), "bic": E("SWIFT", b), "bname": bname,
                 "o": E("PERSON", Person().full())}


@pos
def p_nonresident_uk():
    p = Person(R.choice(["anglo", "indian", "nigerian", "arabic", "italian"]))
    tpl = ("Address: <<addr>>; mobile <<ph>>; UK passport <<pp>>; e-mail <<em>>. Client <<n>> relocated to the UK, "
           "keeping US checking <<a>> open for <<his>> mortgage payments.")
    return tpl, {"addr": E("LOCATION", R.choice(UK_ADDR)),
                 "ph": E("PHONE", phone_intl(R.choice(["44L", "44M"]))), "pp": E("LICENSE", passport("UK")[1]),
                 "em": E("EMAIL", email(p, R.choice(["yahoo.co.uk", "btinternet.com", "gmail.com"]))),
                 "n": E("PERSON", p.full()), "a": E("ACCOUNT", account()), "his": p.his}


@pos
def p_payroll_dd():
    p = Person()
    co, _ = R.choice(COMPANIES)
    tpl = ("Payroll setup - <<co>> (EIN <<ein>>). Employee <<n>>, SSN <<s>>: direct deposit routing <<aba>>, "
           "checking <<a>>, 100%. Start date <<d>>.")
    return tpl, {"co": co, "ein": E("EIN", ein()), "n": E("PERSON", p.styled(R.choice(["full", "LASTfirst", "upper"]))),
                 "s": E("SSN", ssn()), "aba": E("ABA", aba()), "a": E("ACCOUNT", account()),
                 "d": E("DATE", date(2024, 2025, "us0"))}


@pos
def p_tax_forms():
    p, q = Person(), Person()
    tpl = R.choice([
        "W-9 received from <<n>>, TIN <<s>> certified. 1099-INT for interest of $<<amt>> will go to <<addr>>.",
        "1099-INT correction: recipient <<n>> was reported under ITIN <<itin>> instead of SSN <<s>>. Corrected form mailed <<d>>.",
        "W-8BEN on file for <<n>> expired; foreign TIN missing. Backup withholding started <<d>>. Contact <<em>>.",
    ])
    return tpl, {"n": E("PERSON", p.full()), "s": E("SSN", ssn()), "amt": money(10, 4000),
                 "addr": E("LOCATION", us_address("std")), "itin": E("ITIN", itin()), "d": E("DATE", date(2024, 2025)),
                 "em": E("EMAIL", email(p))}


@pos
def p_spanish_call():
    p = Person("hispanic")
    agent = Person("hispanic")
    tpl = ("agent: Gracias por llamar, habla <<ag>>. ¿Con quién tengo el gusto?\n"
           "caller: Con <<n>>. Es sobre una transferencia a México que no ha llegado.\n"
           "agent: ¿Me puede dar el número de cuenta?\n"
           "caller: <<a>>, y la CLABE del beneficiario la tengo aquí... el beneficiario es mi hermano <<b>>.\n"
           "agent: Perfecto. ¿Un teléfono para devolverle la llamada?\n"
           "caller: <<ph>>")
    return tpl, {"ag": E("PERSON", agent.short_given()), "n": E("PERSON", p.full()), "a": E("ACCOUNT", account()),
                 "b": E("PERSON", Person("hispanic", "m").short_given()), "ph": E("PHONE", phone_us(ext=False))}


@pos
def p_slack_dl():
    p, q = Person(), Person()
    st, num = dl()
    tpl = R.choice([
        "@<<u>> did u ever get the dl# for <<n>>? i have <<dl>> (<<st>>) but it expired <<d>>",
        "<<u>> - pls rescan the license for <<n>>, <<st>> <<dl>>, the dob on it says <<dob>> but app says otherwise",
    ])
    return tpl, {"u": E("PERSON", slug(q.short_given())), "n": E("PERSON", p.full().lower()), "dl": E("LICENSE", num),
                 "st": st.lower(), "d": E("DATE", date(2023, 2025, R.choice(["us", "us2"]))), "dob": E("DOB", dob("us"))}


@pos
def p_credit_memo():
    p = Person()
    co, _ = R.choice(COMPANIES)
    tpl = ("Credit memo - <<co>>, $<<amt>> revolving line. Guarantor: <<t>> <<n>>, unlimited personal guaranty; "
           "PFS shows residence at <<addr>> (est. value $<<val>>). <<t>> <<sn>>'s brokerage account <<b>> pledged as "
           "secondary collateral.")
    return tpl, {"co": co, "amt": money(250000, 5000000, False), "t": p.ttl, "n": E("PERSON", p.full()),
                 "addr": E("LOCATION", us_address("std")), "val": money(400000, 3200000, False),
                 "sn": E("PERSON", p.sur if not p.east else p.full()), "b": E("ACCOUNT", brokerage())}


@pos
def p_atm_dispute():
    p = Person()
    tpl = R.choice([
        "Cardholder <<n>> reports the ATM at the <<c>> branch did not dispense $<<amt>> on <<d>>; journal shows a "
        "cash-out error. Card <<card>>.",
        "atm claim: <<n>>, <<c>> location, $<<amt>> not dispensed, <<d>>. card ending <<l4>>",
    ])
    return tpl, {"n": E("PERSON", p.full() if tpl.startswith("Card") else p.full().lower()), "c": E("LOCATION", city()),
                 "amt": money(100, 800, False), "d": E("DATE", date(2024, 2025, R.choice(["short", "us", "long"]))),
                 "card": E("CARD", card("visa")), "l4": dg(4)}


@pos
def p_travel_notice():
    p = Person()
    d1 = rdate(2024, 2025)
    d2 = d1 + datetime.timedelta(days=R.randint(5, 30))
    st = R.choice(["us", "short", "long", "us0"])
    c1, c2 = R.sample(FOREIGN_CITIES, 2)
    tpl = ("Travel notice: <<n>> will be in <<c1>> and <<c2>> from <<d1>> to <<d2>>. Cards on file: <<card>>. "
           "Contact while abroad: <<ph>>.")
    return tpl, {"n": E("PERSON", p.full()), "c1": E("LOCATION", c1), "c2": E("LOCATION", c2),
                 "d1": E("DATE", fdate(d1, st)), "d2": E("DATE", fdate(d2, st)), "card": E("CARD", card()),
                 "ph": E("PHONE", phone_intl())}


@pos
def p_ato_email_change():
    p = Person()
    tpl = ("Account takeover: profile email for <<n>> changed from <<e1>> to <<e2>> at 02:47 from IP <<ip>>, "
           "followed 6 minutes later by a $<<amt>> wire request from checking ****<<l4>>. Phone on file <<ph>> was also replaced.")
    return tpl, {"n": E("PERSON", p.full()), "e1": E("EMAIL", email(p)), "e2": E("EMAIL", f"{slug(p.sur)}.{dg(4)}@{R.choice(['proton.me', 'tutanota.com', 'mail.com'])}"),
                 "ip": E("IP", ip()), "amt": money(9000, 95000), "ph": E("PHONE", phone_us(ext=False)), "l4": dg(4)}


@pos
def p_elder_abuse():
    p = Person()
    gs = p.relative("m")
    while gs.given == p.given:
        gs = p.relative("m")
    tpl = ("Elder financial exploitation referral: client <<n>> (DOB <<dob>>, age 84) has made 11 cash withdrawals since "
           "<<d>>, each accompanied by grandson <<g>>. <<t>> <<sn>> seemed confused about the balance. APS notified; "
           "trusted contact <<tc>> reached at <<ph>>.")
    return tpl, {"n": E("PERSON", p.full()), "dob": E("DOB", fdate(datetime.date(R.randint(1940, 1941), R.randint(1, 12), R.randint(1, 28)))),
                 "d": E("DATE", date(2025, 2025, R.choice(["long", "short", "us"]))),
                 "g": E("PERSON", gs.short_given() if not gs.east else gs.full()), "t": p.ttl,
                 "sn": E("PERSON", p.sur if not p.east else p.full()), "tc": E("PERSON", Person().full()),
                 "ph": E("PHONE", phone_us())}


@pos
def p_edd_business():
    p = Person()
    co, dom = R.choice(COMPANIES)
    tpl = ("EDD - cash-intensive business. Entity: <<co>>, EIN <<ein>>. Owner: <<n>>. Business address: <<addr>>. "
           "Website: <<url>>. Expected monthly cash: $<<amt>>. Site visit completed by <<rm>>.")
    return tpl, {"co": co, "ein": E("EIN", ein()), "n": E("PERSON", p.full()), "addr": E("LOCATION", us_address("std")),
                 "url": E("URL", url_company(dom)), "amt": money(20000, 180000, False),
                 "rm": E("PERSON", Person().styled(R.choice(["full", "initial"])))}


@pos
def p_fragment():
    p = Person()
    tpl = R.choice(["acct <<a>> - <<sn>>", "<<sn>> <<a>> ?", "<<nm>>: <<a>>", "re <<nm>> / loan <<ln>>"])
    return tpl, {"a": E("ACCOUNT", account()), "sn": E("PERSON", p.sur.upper() if R.random() < 0.5 else p.sur),
                 "nm": E("PERSON", p.styled()), "ln": E("ACCOUNT", loan_no())}


@pos
def p_json_record():
    p = Person()
    c, st, z = R.choice(US_CITIES)
    tpl = ('{"cust_name": "<<n>>", "dob": "<<dob>>", "ssn": "<<s>>", "zip": "<<z>>", "acct_no": "<<a>>", '
           '"email": "<<em>>", "risk": "HIGH"}')
    return tpl, {"n": E("PERSON", p.full()), "dob": E("DOB", dob("iso")), "s": E("SSN", ssn(R.choice(["dash", "plain"]))),
                 "z": E("LOCATION", z), "a": E("ACCOUNT", account(R.choice(["d10", "d12"]))), "em": E("EMAIL", email(p))}


@pos
def p_loi():
    p = Person()
    bank = R.choice(OUR_BANK)
    tpl = ("LETTER OF INSTRUCTION\nI, <<n>>, authorize <<bank>> to transfer $<<amt>> from my account <<a>> to "
           "<<q>>, account <<b>> at <<bank2>> (routing <<aba>>).\nSigned: <<n2>>    Date: <<d>>\n"
           "Daytime phone: <<ph>>")
    return tpl, {"n": E("PERSON", p.full()), "bank": bank, "amt": money(5000, 250000), "a": E("ACCOUNT", account()),
                 "q": E("PERSON", Person().full()), "b": E("ACCOUNT", account()), "bank2": R.choice(US_BANKS),
                 "aba": E("ABA", aba()), "n2": E("PERSON", p.full()), "d": E("DATE", date(2024, 2025, "us0")),
                 "ph": E("PHONE", phone_us())}


@pos
def p_phones_on_file():
    p = Person()
    tpl = R.choice([
        "Phone numbers on file for <<n>>: home <<p1>>, cell <<p2>>, work <<p3>>. Preferred contact: cell, after 5pm.",
        "contact info update <<n>> -- mobile <<p2>> / office <<p3>> / old home <<p1>> (remove)",
    ])
    return tpl, {"n": E("PERSON", p.styled()), "p1": E("PHONE", phone_us(R.choice(["paren", "dot", "space"]), ext=False)),
                 "p2": E("PHONE", phone_us(R.choice(["plain", "dash", "plus1"]), ext=False)),
                 "p3": E("PHONE", phone_us(R.choice(["paren", "dash"]), ext=True))}


@pos
def p_case_possessive():
    p = Person(gender="f")
    h = p.relative("m")
    tpl = ("Case note: <<g>>'s husband, <<t>> <<sn>>, came into the branch with a POA dated <<d>> and asked to add "
           "himself to savings <<a>>. The POA was notarized in <<c>>. <<g2>> later called from <<ph>> and said she "
           "did not authorize this.")
    return tpl, {"g": E("PERSON", p.full()), "t": h.ttl if h.ttl != "Dr." else "Mr.", "sn": E("PERSON", h.sur if not h.east else h.full()),
                 "d": E("DATE", date(2024, 2025)), "a": E("ACCOUNT", account()), "c": E("LOCATION", city()),
                 "g2": E("PERSON", p.short_given() if not p.east else p.full()), "ph": E("PHONE", phone_us())}


@pos
def p_screening_rows():
    slots = {}
    rows = []
    for i in range(3):
        p = Person(R.choice(["korean", "japanese", "chinese", "vietnamese", "arabic", "persian", "russian"]))
        slots[f"n{i}"] = E("PERSON", p.styled(R.choice(["LASTfirst", "upper"])))
        slots[f"d{i}"] = E("DOB", dob("iso"))
        rows.append(f"Alert {dg(5)} | <<n{i}>> | DOB <<d{i}>> | score 0.{R.randint(71, 98)} | {R.choice(['OPEN', 'CLOSED-FP', 'ESCALATED'])}")
    return "\n".join(rows), slots


@pos
def p_card_fraud_batch():
    p, q = Person(), Person()
    tpl = ("Compromised card batch (merchant breach):\n<<c1>> - <<n1>>\n<<c2>> - <<n2>>\nReissue both, waive expedite fee.")
    return tpl, {"c1": E("CARD", card()), "n1": E("PERSON", p.full().upper()), "c2": E("CARD", card()),
                 "n2": E("PERSON", q.full().upper())}


@pos
def p_kyc_ein_sole_prop():
    p = Person()
    tpl = R.choice([
        "sole prop <<n>> dba <<dba>>, uses ein <<ein>> for the biz and ssn <<s>> personally. bank stmt link: <<url>>",
        "KYC: <<n>> d/b/a <<dba>> - EIN <<ein>>; personal SSN <<s>>; docs uploaded to <<url>>",
    ])
    return tpl, {"n": E("PERSON", p.full() if tpl.startswith("KYC") else p.full().lower()),
                 "dba": R.choice(["Sunny Side Cleaning", "QuickFix Phone Repair", "Golden Crust Bakery", "Prime Cuts Barbershop"]),
                 "ein": E("EIN", ein()), "s": E("SSN", ssn()), "url": E("URL", url_file())}


@pos
def p_intl_iban_table():
    slots = {}
    rows = []
    for i in range(2):
        p = Person(R.choice(["german", "dutch", "italian", "polish", "greek", "scandinavian", "turkish", "arabic"]))
        ibn, _, b, _ = iban_bic(spaced=False)
        slots.update({f"n{i}": E("PERSON", p.full()), f"i{i}": E("IBAN", ibn), f"b{i}": E("SWIFT", b)})
        rows.append(f"{i + 1};<<n{i}>>;<<i{i}>>;<<b{i}>>;EUR;{money(500, 90000).replace(',', '')}")
    return "seq;beneficiary;iban;bic;ccy;amount\n" + "\n".join(rows), slots


@pos
def p_hr_vendor_phone_intl():
    p = Person(R.choice(["indian", "chinese", "korean", "nigerian", "german", "japanese"]))
    tpl = ("Vendor onboarding call-back completed with <<n>> at <<ph>> (number independently sourced, not from the "
           "invoice). Confirmed remittance to IBAN <<ib>>. Approved by <<ap>>.")
    return tpl, {"n": E("PERSON", p.full()), "ph": E("PHONE", phone_intl()), "ib": E("IBAN", iban()),
                 "ap": E("PERSON", Person().styled("initial"))}


ASIA_BANKS = [("HDFC Bank", "HDFCINBB", "Mumbai", lambda: "5010" + dg(10)),
              ("ICICI Bank", "ICICINBBCTS", "Pune", lambda: dg_nz(12)),
              ("DBS Bank", "DBSSSGSG", "Singapore", lambda: f"072-{dg(6)}-{dg(1)}"),
              ("MUFG Bank", "BOTKJPJT", "Tokyo", lambda: dg_nz(7)),
              ("Zenith Bank", "ZEIBNGLA", "Lagos", lambda: "10" + dg(8)),
              ("Vietcombank", "BFTVVNVX", "Ho Chi Minh City", lambda: "0071000" + dg(6)),
              ("KB Kookmin Bank", "CZNBKRSE", "Seoul", lambda: f"{dg(6)}-{dg(2)}-{dg(6)}"),
              ("BDO Unibank", "BNORPHMM", "Manila", lambda: dg_nz(12)),
              ("Banco do Brasil", "BRASBRRJ", "São Paulo", lambda: f"{dg_nz(5)}-{dg(1)}"),
              ("Standard Chartered", "SCBLSGSG", "Singapore", lambda: dg_nz(10))]
ASIA_CULT = {"HDFC Bank": "indian", "ICICI Bank": "indian", "DBS Bank": "chinese", "MUFG Bank": "japanese",
             "Zenith Bank": "nigerian", "Vietcombank": "vietnamese", "KB Kookmin Bank": "korean",
             "BDO Unibank": "hispanic", "Banco do Brasil": "brazilian", "Standard Chartered": "chinese"}


@pos
def p_wire_asia():
    bank, b, c, acct = R.choice(ASIA_BANKS)
    p = Person(ASIA_CULT[bank])
    r = Person()
    ib_bank, ib = R.choice([("JPMorgan Chase Bank, N.A.", "CHASUS33"), ("Citibank N.A.", "CITIUS33"),
                            ("Bank of New York Mellon", "IRVTUS3N")])
    tpl = R.choice([
        "Outgoing international wire - beneficiary <<n>>, account <<a>> at <<bank>>, <<c>> (SWIFT <<bic>>). "
        "Intermediary <<ibank>>, SWIFT <<ibic>>. USD <<amt>>. Remitter <<r>>, debit acct <<ra>>.",
        "bene <<n>> / <<bank>> swift <<bic>> / a/c <<a>> / via <<ibic>>. remitter <<r>> (<<ra>>). purpose: tuition",
    ])
    return tpl, {"n": E("PERSON", p.full() if tpl.startswith("Out") else p.full().upper()), "a": E("ACCOUNT", acct()),
                 "bank": bank, "c": E("LOCATION", c), "bic": E("SWIFT", b), "ibank": ib_bank, "ibic": E("SWIFT", ib),
                 "amt": money(3000, 150000), "r": E("PERSON", r.full()), "ra": E("ACCOUNT", account())}


@pos
def p_romance_sar():
    p = Person(gender=R.choice("mf"))
    dau = p.relative("f")
    fake = Person("anglo", "m" if p.g == "f" else "f")
    mule = Person()
    bank = R.choice(OUR_BANK)
    d1 = rdate(2024, 2025)
    d2 = d1 + datetime.timedelta(days=R.randint(40, 140))
    st = R.choice(["long", "us0", "abbr"])
    tpl = ("Romance scam SAR - <<bank>> customer <<t>> <<sn>> (<<n>>, age 71, of <<c>>) sent $<<amt>> in <<k>> wires between "
           "<<d1>> and <<d2>> to an online contact introduced as \"<<fake>>\", a purported offshore oil-rig engineer. "
           "Funds were credited to account <<a>> at <<bank2>> held by <<mule>>, who appears to be a money mule. The "
           "customer's daughter, <<dau>>, contacted the branch after <<his>> last wire.")
    return tpl, {"bank": bank, "t": p.ttl, "sn": E("PERSON", p.sur if not p.east else p.full()), "n": E("PERSON", p.full()),
                 "c": E("LOCATION", city()), "amt": money(60000, 480000), "k": str(R.randint(4, 19)),
                 "d1": E("DATE", fdate(d1, st)), "d2": E("DATE", fdate(d2, st)), "fake": E("PERSON", fake.full()),
                 "a": E("ACCOUNT", account()), "bank2": R.choice(US_BANKS), "mule": E("PERSON", mule.full()),
                 "dau": E("PERSON", dau.short_given() if not dau.east else dau.full()), "his": p.his}


@pos
def p_ssn_chat():
    p = Person()
    tpl = R.choice([
        "can u run <<ssn>> thru chexsystems? its for <<n>>, dob <<dob>>, new acct app from the <<c>> branch",
        "cust <<n>> put <<itin>> in the ssn box on the app but thats an itin right? dob <<dob>>",
        "<<n>> ssn <<ssn>> dob <<dob>> -- idv failed twice, pls advise",
    ])
    return tpl, {"ssn": E("SSN", ssn(R.choice(["plain", "dash", "space"]))), "n": E("PERSON", p.full().lower()),
                 "dob": E("DOB", dob(R.choice(["us", "us2", "us0"]))), "c": E("LOCATION", city().lower()),
                 "itin": E("ITIN", itin())}


@pos
def p_voicemail():
    p = Person()
    tpl = R.choice([
        "Voicemail transcript (auto): \"hi this is <<n>> calling about my loan, account number <<ln>>, please call me back "
        "at <<ph>>, thanks.\" Received <<d>> 4:52 PM.",
        "VM from <<n>> on <<d>>: wants to know why <<his>> wire to <<bank>> got returned. cb <<ph>>. acct <<a>>",
    ])
    return tpl, {"n": E("PERSON", p.full() if R.random() < 0.6 else p.full().lower()), "ln": E("ACCOUNT", loan_no()),
                 "ph": E("PHONE", phone_us(R.choice(["dash", "plain", "space", "dot"]))),
                 "d": E("DATE", date(2024, 2025, R.choice(["us", "short", "abbr"]))), "his": p.his,
                 "bank": R.choice(US_BANKS), "a": E("ACCOUNT", account())}


# ---------------------------------------------------------------------------
# negative templates (no PII at all)
# ---------------------------------------------------------------------------
NEG = []


def neg(f):
    NEG.append(f)
    return f


NEG_BANKS = ["Wells Fargo & Company", "JPMorgan Chase & Co.", "Morgan Stanley", "Goldman Sachs", "Charles Schwab",
             "Raymond James Financial", "Citigroup", "Bank of America", "Truist Financial", "Fifth Third Bancorp",
             "Huntington Bancshares", "KeyCorp", "Regions Financial", "Citizens Financial Group", "M&T Bank",
             "Comerica", "Zions Bancorporation", "First Horizon", "Edward Jones", "Ally Financial"]
QTRS = ["Q1", "Q2", "Q3", "Q4", "the first quarter", "the second quarter", "the third quarter", "the fourth quarter"]
REGS = ["Reg E", "Reg CC", "Reg D", "Reg Z", "Reg DD", "Reg O", "Reg W", "Reg II"]


def pct(lo, hi, nd=1):
    return f"{R.uniform(lo, hi):.{nd}f}"


def yr(lo=2019, hi=2024):
    return str(R.randint(lo, hi))


@neg
def n_nii():
    return ("<<b>> reported net interest income of $<<a>> billion for <<q>> of fiscal <<y>>, up <<p>>% year over year, "
            "as higher yields on commercial loans offset rising deposit costs."), {
        "b": R.choice(NEG_BANKS), "a": pct(0.4, 14), "q": R.choice(QTRS[4:]), "y": yr(2021, 2025), "p": pct(1, 12)}


@neg
def n_nonint_exp():
    y = int(yr(2020, 2024))
    a = R.randint(300, 9000)
    return ("Noninterest expense was $<<a>> million in fiscal <<y>>, compared with $<<a2>> million in fiscal <<y0>>, "
            "reflecting higher technology spend and the FDIC special assessment."), {
        "a": f"{a:,}", "a2": f"{int(a * R.uniform(0.88, 0.99)):,}", "y": str(y), "y0": str(y - 1)}


@neg
def n_risk_factor():
    return ("Our business is subject to extensive regulation, including the Bank Secrecy Act, the USA PATRIOT Act and "
            "sanctions programs administered by OFAC. Failure to maintain an effective BSA/AML program could result in "
            "civil money penalties of up to $<<a>> million, restrictions on growth, or reputational harm. "
            "(Item 1A, Form 10-K for fiscal <<y>>.)"), {"a": str(R.randint(5, 900)), "y": yr(2020, 2024)}


@neg
def n_reg_e():
    return ("Under Reg E (12 CFR 1005.11), the Bank must investigate an alleged electronic fund transfer error within "
            "10 business days, or within <<d>> calendar days if provisional credit is issued. Consumer liability is "
            "limited to $50 if the access device is reported lost within two business days."), {"d": R.choice(["45", "90"])}


@neg
def n_reg_cc():
    return ("Reg CC funds availability: the first $<<a>> of a day's check deposits is available on the next business "
            "day; the remainder is generally available by the second business day. Exception holds may apply to "
            "deposits over $<<b>> and to new accounts during the first 30 calendar days."), {
        "a": R.choice(["225", "275"]), "b": R.choice(["5,525", "6,725"])}


@neg
def n_ctr():
    return ("A Currency Transaction Report (FinCEN Form 112) is required for cash transactions exceeding $10,000 in "
            "one business day. Multiple transactions conducted by or on behalf of the same person must be aggregated. "
            "In fiscal <<y>> the Bank filed <<n>> CTRs and granted <<e>> Phase II exemptions."), {
        "y": yr(), "n": money(8000, 90000, False), "e": str(R.randint(12, 300))}


@neg
def n_w8ben():
    return ("Nonresident alien account holders must furnish Form W-8BEN; foreign entities furnish Form W-8BEN-E. "
            "Absent a valid treaty claim, withholding of <<p>>% applies to U.S.-source FDAP income. A form generally "
            "remains valid through the last day of the third calendar year after it is signed."), {"p": R.choice(["30", "30.0"])}


@neg
def n_1099int():
    return ("Form 1099-INT is issued when interest of $10 or more is paid during the calendar year. Backup "
            "withholding at 24% applies where a certified TIN has not been provided on Form W-9. Corrected forms "
            "(<<n>> issued for tax year <<y>>) are transmitted through the FIRE system."), {
        "n": money(200, 9000, False), "y": yr(2021, 2024)}


@neg
def n_gl_table():
    return ("GL 1010-000 Cash and Due From Banks | GL 1450-<<a>> Allowance for Credit Losses | GL 2100-010 Demand "
            "Deposits, Noninterest Bearing | GL 5120-<<b>> Interest Expense, Time Deposits | GL 2890-400 Wire Suspense"), {
        "a": R.choice(["200", "210", "250"]), "b": R.choice(["300", "310", "330"])}


@neg
def n_rate_table():
    rates = sorted([float(pct(3.2, 5.1, 2)) for _ in range(4)])
    return ("Term | APY | Minimum Opening Deposit\n3 months | <<r0>>% | $1,000\n6 months | <<r1>>% | $1,000\n"
            "12 months | <<r3>>% | $2,500\n24 months | <<r2>>% | $2,500\nRates effective for the current week; "
            "early withdrawal penalty applies."), {f"r{i}": f"{r:.2f}" for i, r in enumerate(rates)}


@neg
def n_market():
    return ("The 10-year Treasury yield rose <<b>> basis points to <<p>>% on the week while the KBW Nasdaq Bank Index "
            "gained <<p2>>%. Regional lenders outperformed money-center peers as deposit betas stabilized and "
            "investors priced in two cuts for next year."), {"b": str(R.randint(3, 28)), "p": pct(3.6, 4.9, 2), "p2": pct(0.4, 6.5)}


@neg
def n_txn_codes():
    return ("Transaction type codes: 101 = ACH credit (PPD), 102 = ACH debit (CCD), 195 = incoming wire, "
            "495 = outgoing wire, 475 = check paid, <<c>> = miscellaneous credit. Code <<c>> requires supervisor "
            "approval above $<<a>>."), {"c": R.choice(["399", "299", "108"]), "a": money(1000, 25000, False)}


@neg
def n_ofac_policy():
    return ("All outbound wires are screened against the OFAC SDN List and the Consolidated Sanctions List before "
            "release. Potential matches are escalated to the Sanctions team within <<h>> business hours; true matches "
            "are blocked or rejected and reported to OFAC within 10 business days."), {"h": str(R.randint(1, 4))}


@neg
def n_cet1():
    return ("The Company's CET1 capital ratio was <<p>>% at the end of <<q>>, above the regulatory minimum plus stress "
            "capital buffer of <<p2>>%. The Tier 1 leverage ratio was <<p3>>% and total risk-based capital was <<p4>>%."), {
        "p": pct(10, 13.9), "q": R.choice(QTRS), "p2": pct(7, 9.5), "p3": pct(7.5, 10), "p4": pct(13, 16)}


@neg
def n_person_like_banks():
    return ("Morgan Stanley and Goldman Sachs both pointed to slower advisory pipelines on their <<q>> earnings calls, while "
            "Charles Schwab cited continued cash sorting and Raymond James reported record client assets of "
            "$<<a>> trillion."), {"q": R.choice(QTRS[:4]), "a": pct(1.2, 1.6, 2)}


@neg
def n_law_names():
    return ("Section 1071 of the Dodd-Frank Act requires covered lenders to collect small-business credit application "
            "data. Separately, the Sarbanes-Oxley Section 404 assessment for fiscal <<y>> identified no material "
            "weaknesses, and the Gramm-Leach-Bliley privacy notice was updated for <<n>> product lines."), {
        "y": yr(), "n": str(R.randint(3, 14))}


@neg
def n_masked():
    return ("Statements, texts and e-mail alerts display only the last four digits of the account number (for example, "
            "an account ending in <<l4>>). Full account numbers, card numbers and Social Security numbers must never be "
            "included in outbound customer correspondence."), {"l4": dg(4)}


@neg
def n_mcc():
    return ("Merchant category codes 6010 (manual cash disbursement), 6011 (ATM) and 6051 (quasi-cash) are excluded "
            "from rewards accrual. The cash advance APR is <<p>>% variable; the cash advance fee is 5% or $10, "
            "whichever is greater."), {"p": pct(27, 30, 2)}


@neg
def n_iso():
    return ("MT103 field 71A accepts OUR, SHA or BEN. Under the ISO 20022 migration, pacs.008 replaces the MT103 for "
            "customer credit transfers and pacs.009 replaces the MT202; the coexistence period ends in <<y>>. "
            "Truncation of structured remittance data affected <<p>>% of inbound messages in testing."), {
        "y": "2025", "p": pct(0.2, 4)}


@neg
def n_cip_policy():
    return ("Before opening an account, the Bank must obtain at minimum the customer's name, date of birth, address "
            "and an identification number: a taxpayer identification number for U.S. persons, or a passport number "
            "and country of issuance for non-U.S. persons. Verification must be completed within <<d>> days."), {
        "d": R.choice(["30", "45", "60"])}


@neg
def n_sar_stats():
    return ("The Bank filed <<n>> SARs in fiscal <<y>>, <<p>>% more than the prior year. Average time from alert to "
            "SAR decision fell to <<d>> days from <<d2>> days, and the alert backlog was cleared by the end of <<q>>."), {
        "n": money(300, 6000, False), "y": yr(), "p": pct(3, 40), "d": str(R.randint(18, 30)),
        "d2": str(R.randint(31, 55)), "q": R.choice(QTRS)}


@neg
def n_cre():
    return ("Commercial real estate loans totaled $<<a>> billion, or <<p>>% of total loans, including office exposure "
            "of $<<o>> million. Nonperforming assets were <<p2>>% of total assets and net charge-offs were <<p3>>% "
            "annualized."), {"a": pct(4, 60), "p": pct(12, 38), "o": money(200, 9000, False), "p2": pct(0.2, 1.4, 2),
                             "p3": pct(0.1, 0.9, 2)}


@neg
def n_cecl():
    return ("The allowance for credit losses under CECL increased $<<a>> million quarter over quarter to <<p>>% of "
            "loans held for investment, driven by a weaker unemployment forecast in the baseline scenario and "
            "migration in the <<seg>> portfolio."), {"a": str(R.randint(4, 420)), "p": pct(1.0, 1.9, 2),
                                                     "seg": R.choice(["office CRE", "consumer auto", "credit card", "equipment finance"])}


@neg
def n_fomc():
    return ("The FOMC held the target range for the federal funds rate at <<r>>, citing progress on inflation but "
            "a still-tight labor market. Futures now imply <<n>> cuts by the end of next year."), {
        "r": R.choice(["5.25% to 5.50%", "4.25% to 4.50%", "4.50% to 4.75%"]), "n": R.choice(["two", "three", "four"])}


@neg
def n_agent_script():
    return ("Agent script: Thank you for calling. Before I can discuss the account, I need to verify your identity. "
            "Please provide the last four digits of your Social Security number and the ZIP code on the account. "
            "Never ask for a full card number, PIN or online banking password. (Script version <<v>>.)"), {
        "v": f"{R.randint(3, 9)}.{R.randint(0, 9)}"}


@neg
def n_exam():
    return ("The OCC's examination of the BSA/AML program in fiscal <<y>> identified <<n>> Matters Requiring Attention, "
            "related to customer risk rating methodology and alert backlog. Management's remediation plan targets "
            "closure by the end of <<q>>."), {"y": yr(), "n": R.choice(["two", "three", "four"]), "q": R.choice(QTRS)}


@neg
def n_fbar():
    return ("U.S. persons with a financial interest in, or signature authority over, foreign financial accounts with "
            "an aggregate value above $10,000 at any time during the calendar year must file FinCEN Form 114 (FBAR). "
            "Penalties for non-willful violations can reach $<<a>> per report."), {"a": R.choice(["10,000", "16,117", "15,611"])}


@neg
def n_fee_schedule():
    return ("Domestic incoming wire: $<<a>> | Domestic outgoing wire: $<<b>> | International outgoing wire: $<<c>> | "
            "Stop payment: $35 | Overdraft fee: $0 (eliminated in fiscal <<y>>) | Paper statement: $3/mo"), {
        "a": R.choice(["0", "15", "17"]), "b": R.choice(["25", "30", "35"]), "c": R.choice(["45", "50", "65"]), "y": yr(2022, 2024)}


@neg
def n_lcr():
    return ("The liquidity coverage ratio averaged <<p>>% for <<q>>, with high-quality liquid assets of $<<a>> billion. "
            "Available borrowing capacity at the FHLB and the discount window totaled $<<b>> billion."), {
        "p": str(R.randint(105, 140)), "q": R.choice(QTRS), "a": pct(10, 300), "b": pct(5, 90)}


@neg
def n_ach_rules():
    return ("Same Day ACH entries are limited to $1,000,000 per payment. Return reason codes R01 (insufficient funds), "
            "R02 (account closed) and R03 (no account/unable to locate) must be returned within two banking days; "
            "R10 (unauthorized) may be returned within 60 days. Our unauthorized return rate was <<p>>% in <<q>>."), {
        "p": pct(0.01, 0.4, 2), "q": R.choice(QTRS)}


@neg
def n_reg_z():
    return ("Purchase APR: <<a>>% to <<b>>% variable, based on creditworthiness. Balance transfer fee: 3% (min $5). "
            "Late payment fee: up to $<<f>>. Disclosures are provided under Reg Z (Truth in Lending)."), {
        "a": pct(17, 21, 2), "b": pct(27, 29.99, 2), "f": R.choice(["8", "30", "40", "41"])}


@neg
def n_basel():
    return ("Under the Basel III endgame proposal, risk-weighted assets would increase roughly <<p>>% for the largest "
            "banks, with the operational risk charge accounting for most of the change. Category IV firms would face "
            "a smaller impact of about <<p2>>%."), {"p": str(R.randint(9, 20)), "p2": str(R.randint(2, 8))}


@neg
def n_deposits():
    return ("Total deposits were $<<a>> billion at year-end, of which <<p>>% were uninsured. The cumulative "
            "interest-bearing deposit beta reached <<b>>% and noninterest-bearing deposits fell to <<n>>% of the mix."), {
        "a": pct(20, 900), "p": pct(18, 45), "b": str(R.randint(28, 62)), "n": str(R.randint(19, 33))}


@neg
def n_chat_regcc():
    return R.choice([
        "anyone know if the reg cc new acct exception applies to mobile deposits too? need an answer before <<t>>",
        "q<<qn>> nii for wfc looks weird, down <<p>>% qoq? or am i reading the supplement wrong",
        "pls remind the team sar narratives are due 30 days after initial detection, 60 if no suspect is identified. use the 5 w's",
        "does the 1099-int threshold apply per acct or per tin? client services keeps asking",
        "reg e vs reg z for a debit card linked to a heloc? asking for a friend lol",
    ]), {"t": R.choice(["3pm", "noon", "eod"]), "qn": str(R.randint(1, 4)), "p": pct(1, 6)}


@neg
def n_gl_recon():
    return ("GL recon break on 2100-010 of $<<a>>: looks like the wire suspense account (GL 2890-400) was not cleared "
            "at month end. Ops to post the offset and attach the BAI2 detail (type code <<c>>)."), {
        "a": money(1000, 900000), "c": R.choice(["195", "495", "206", "699"])}


@neg
def n_legal_10q():
    return ("The Company is party to various legal proceedings arising in the ordinary course of business. Based on "
            "current knowledge, management does not believe the outcome of these matters will have a material adverse "
            "effect on the consolidated financial statements. Reasonably possible losses in excess of accruals were "
            "estimated at up to $<<a>> million at the end of <<q>>."), {"a": str(R.randint(10, 900)), "q": R.choice(QTRS)}


@neg
def n_forward_looking():
    return ("This report contains forward-looking statements within the meaning of the Private Securities Litigation "
            "Reform Act. Words such as \"expect,\" \"anticipate\" and \"target\" identify such statements. Actual results "
            "may differ materially, including due to changes in interest rates, credit quality and regulation. "
            "Guidance assumes <<n>> rate cuts in fiscal <<y>>."), {"n": R.choice(["two", "three", "no"]), "y": yr(2024, 2026)}


@neg
def n_risk_appetite():
    return ("Risk appetite metrics: Tier 1 >= <<a>>%, LCR >= 110%, NSFR >= 105%, CRE concentration <= 300% of total "
            "risk-based capital, single-name limit <= <<b>>% of capital. Breaches are reported to the Risk Committee at "
            "its next meeting."), {"a": pct(10.5, 12, 1), "b": str(R.randint(10, 25))}


@neg
def n_reg_ii():
    return ("Debit interchange for covered issuers is capped under Reg II at 21 cents plus 0.05% of the transaction, "
            "plus a 1-cent fraud-prevention adjustment. The proposed revision would lower the base component to "
            "<<c>> cents."), {"c": R.choice(["14.4", "14.9", "15.2"])}


@neg
def n_hmda():
    return ("HMDA-reportable originations rose <<p>>% in fiscal <<y>>, with purchase volume offsetting lower "
            "refinance activity. The denial rate for home improvement loans was <<d>>%."), {
        "p": str(R.randint(2, 25)), "y": yr(), "d": pct(20, 45)}


@neg
def n_vendors():
    return ("The core conversion from Jack Henry & Associates to Fiserv is planned for the second half of fiscal "
            "<<y>>. FIS will continue to process debit cards, and Q2 Holdings provides the digital banking front end. "
            "Conversion cost is budgeted at $<<a>> million."), {"y": yr(2025, 2026), "a": pct(3, 40)}


@neg
def n_call_report():
    return ("FFIEC 031 Call Report, Schedule RC-C Part I, line 1.a.(1): 1-4 family residential construction loans. "
            "Reclassification of $<<a>> thousand from line 1.e to line 1.a.(2) was approved by the Controller for <<q>>."), {
        "a": money(100, 90000, False), "q": R.choice(QTRS)}


@neg
def n_cutoffs():
    return ("Wire cutoff times: <<t1>> ET for domestic wires and <<t2>> ET for international wires. Requests received "
            "after cutoff are processed the next business day. Fedwire Funds Service hours are published by the "
            "Federal Reserve."), {"t1": R.choice(["4:00 p.m.", "5:00 p.m.", "5:30 p.m."]), "t2": R.choice(["2:00 p.m.", "3:00 p.m."])}


@neg
def n_asset_cap():
    return ("Wells Fargo operated under the asset cap imposed by the Federal Reserve in fiscal <<y>>, limiting total "
            "assets to $1.95 trillion. Analysts at <<b>> estimate lifting the cap could add <<p>>% to net interest income."), {
        "y": yr(2018, 2024), "b": R.choice(["Morgan Stanley", "Goldman Sachs", "Keefe, Bruyette & Woods", "Piper Sandler"]),
        "p": str(R.randint(2, 9))}


@neg
def n_mortgage_rate():
    return ("The average 30-year fixed mortgage rate was <<r>>% this week, down <<b>> basis points, while the 15-year "
            "averaged <<r2>>%. Purchase applications rose <<p>>% week over week."), {
        "r": pct(6.0, 7.4, 2), "b": str(R.randint(2, 25)), "r2": pct(5.2, 6.6, 2), "p": str(R.randint(1, 11))}


@neg
def n_check_fraud():
    return ("Check fraud losses increased <<p>>% year over year in fiscal <<y>>, driven by mail theft and altered payee "
            "lines. Positive pay adoption among commercial clients reached <<a>>%, and the Bank now recommends payee "
            "match for all accounts issuing more than <<n>> checks per month."), {
        "p": str(R.randint(12, 60)), "y": yr(), "a": str(R.randint(40, 85)), "n": str(R.randint(20, 200))}


@neg
def n_product_codes():
    return ("Deposit product codes: DDA-100 Basic Checking, DDA-210 Premier Checking, SAV-300 Statement Savings, "
            "MMA-410 Money Market, CD-5<<c>> <<m>>-Month CD. Legacy code DDA-1<<l>> is retired and must not be used for "
            "new accounts."), {"c": str(R.randint(10, 40)), "m": R.choice(["6", "12", "18"]), "l": str(R.randint(10, 90))}


@neg
def n_fincen_rule():
    return ("FinCEN's Customer Due Diligence Rule (31 CFR 1010.230) requires covered institutions to identify and "
            "verify beneficial owners holding 25% or more of a legal entity customer. The Corporate Transparency Act "
            "reporting regime was narrowed in fiscal <<y>> to foreign reporting companies."), {"y": R.choice(["2025", "2024"])}


@neg
def n_314a():
    return ("Section 314(a) requests are searched against accounts maintained in the preceding 12 months and "
            "transactions in the preceding 6 months. Positive matches must be reported within 14 days. The Bank "
            "processed <<n>> 314(a) lists in fiscal <<y>> with <<m>> positive matches."), {
        "n": str(R.randint(20, 26)), "y": yr(), "m": str(R.randint(0, 7))}


@neg
def n_rate_sensitivity():
    return ("Rate sensitivity: a +100 bp parallel shock would increase net interest income by <<a>>% over 12 months; "
            "a -100 bp shock would reduce it by <<b>>%. Economic value of equity sensitivity remained within policy "
            "limits of +/- 15%."), {"a": pct(0.5, 4), "b": pct(0.5, 5)}


@neg
def n_dividend():
    return ("The Board declared a quarterly common dividend of $<<d>> per share and authorized a share repurchase "
            "program of up to $<<a>> billion. Book value per share was $<<b>> and tangible book value per share was "
            "$<<t>> at the end of <<q>>."), {"d": pct(0.2, 1.5, 2), "a": pct(0.5, 30), "b": pct(30, 120, 2),
                                            "t": pct(20, 90, 2), "q": R.choice(QTRS)}


@neg
def n_main_street():
    return ("Main Street lenders continued to tighten standards for small-business credit in <<q>>, according to the "
            "Senior Loan Officer Opinion Survey; a net <<p>>% of respondents reported tighter terms on C&I loans to "
            "small firms. Wall Street desks expect the pullback to ease in fiscal <<y>>."), {
        "q": R.choice(QTRS), "p": str(R.randint(5, 35)), "y": yr(2025, 2026)}


@neg
def n_kyc_refresh_policy():
    return ("KYC refresh cycles: high-risk customers every 12 months, medium-risk every <<m>> months, low-risk every "
            "60 months or upon trigger events. A refresh is overdue when no documented review exists within "
            "<<g>> days of the due date."), {"m": R.choice(["24", "36"]), "g": R.choice(["30", "45", "90"])}


@neg
def n_crypto_policy():
    return ("Transactions with virtual asset service providers are prohibited for retail accounts. Commercial clients "
            "in the money services business segment must register with FinCEN (Form 107) and provide their AML "
            "program, independent review and state licensing; <<n>> such clients remain on the watch list."), {
        "n": str(R.randint(3, 40))}


@neg
def n_peer_table():
    bs = R.sample(["JPM", "BAC", "WFC", "C", "USB", "PNC", "TFC", "COF", "MTB", "FITB"], 4)
    slots = {f"b{i}": b for i, b in enumerate(bs)}
    for i in range(4):
        slots[f"r{i}"] = pct(8, 18)
        slots[f"e{i}"] = pct(52, 68)
    return ("Ticker | ROTCE | Efficiency ratio\n<<b0>> | <<r0>>% | <<e0>>%\n<<b1>> | <<r1>>% | <<e1>>%\n"
            "<<b2>> | <<r2>>% | <<e2>>%\n<<b3>> | <<r3>>% | <<e3>>%\n(<<q>>, company filings)"), dict(slots, q=R.choice(QTRS[:4]) + " " + yr(2022, 2025))


@neg
def n_wire_policy():
    return ("Outgoing wires above $<<a>> require dual authorization and a call-back to a phone number already on file, "
            "never to a number provided in the request itself. Changes to beneficiary instructions received by e-mail "
            "must be treated as potential business email compromise."), {"a": R.choice(["10,000", "25,000", "50,000"])}


@neg
def n_escheat():
    return ("Dormant accounts are escheated to the state after <<y>> years of inactivity. Due diligence letters are "
            "mailed 60 to 120 days before the reporting deadline, and balances under $<<m>> may be reported in "
            "aggregate. Escheated balances totaled $<<a>> in fiscal <<fy>>."), {
        "y": R.choice(["three", "five"]), "m": R.choice(["50", "25"]), "a": money(100000, 9000000, False), "fy": yr()}


@neg
def n_overdraft():
    return ("Overdraft and NSF fee revenue declined <<p>>% year over year after the Bank eliminated NSF fees and "
            "introduced a $<<b>> negative-balance buffer. Reg E opt-in rates for ATM and one-time debit card overdrafts "
            "fell to <<o>>%."), {"p": str(R.randint(20, 80)), "b": R.choice(["50", "100"]), "o": str(R.randint(8, 30))}


@neg
def n_model_risk():
    return ("Model risk management (SR 11-7) review of the transaction monitoring system found <<n>> scenarios with "
            "thresholds not tuned since fiscal <<y>>. Below-the-line testing of the cash structuring scenario "
            "produced a <<p>>% productive alert rate."), {"n": str(R.randint(2, 14)), "y": yr(2018, 2022), "p": pct(1, 12)}


@neg
def n_sanctions_country_list():
    return ("The Bank does not process payments involving comprehensively sanctioned jurisdictions. Enhanced "
            "screening applies to payments referencing vessels, ports or goods subject to export controls; <<n>> "
            "payments were rejected in <<q>> on that basis."), {"n": str(R.randint(4, 120)), "q": R.choice(QTRS)}


@neg
def n_branch_network():
    return ("The Company operated <<n>> branches and <<a>> ATMs at year-end fiscal <<y>>, after consolidating <<c>> "
            "locations. Digital active users grew <<p>>% and now account for <<d>>% of deposit transactions."), {
        "n": str(R.randint(120, 4800)), "a": money(300, 16000, False), "y": yr(), "c": str(R.randint(5, 120)),
        "p": pct(3, 15), "d": str(R.randint(60, 85))}


@neg
def n_chat_lower2():
    return R.choice([
        "is the ofac 50% rule applied to aggregate ownership or per sdn? compliance manual is vague",
        "reminder: ctr aggregation is per business day, not rolling 24h. fincen faq <<f>> covers it",
        "who owns the w-8ben-e expirations report now? it stopped running after the q<<q>> release",
        "gl 1450 doesnt tie to the acl rollforward by about $<<a>>k, anyone else seeing that",
        "fed funds futures pricing <<n>> cuts now, treasury desk wants updated nii sims by friday",
    ]), {"f": str(R.randint(2, 30)), "q": str(R.randint(1, 4)), "a": str(R.randint(2, 900)),
         "n": R.choice(["two", "three", "zero"])}


@neg
def n_loan_pricing():
    return ("Pricing grid: SOFR + <<a>> bp for loans under $1 million; SOFR + <<b>> bp for $1 to $5 million; relationship "
            "discount of up to 25 bp with a qualifying operating account. Floors of <<f>>% apply to all variable-rate "
            "commercial loans."), {"a": str(R.randint(250, 400)), "b": str(R.randint(175, 249)), "f": pct(3, 5, 2)}


@neg
def n_training():
    return ("Annual BSA/AML training completion reached <<p>>% by the end of <<q>>. Employees who have not completed the "
            "module lose system access after <<d>> days. New content covers elder financial exploitation, pig-butchering "
            "scams and check fraud typologies."), {"p": pct(92, 99.9), "q": R.choice(QTRS), "d": R.choice(["15", "30"])}


@neg
def n_credit_quality():
    return ("Criticized loans rose to $<<a>> billion from $<<b>> billion, primarily in office and multifamily CRE. "
            "Classified loans were <<p>>% of Tier 1 capital plus ACL, and TDR-equivalent modifications under ASU "
            "2022-02 totaled $<<m>> million."), {"a": pct(1, 12), "b": pct(1, 12), "p": pct(8, 30), "m": str(R.randint(20, 900))}


@neg
def n_ffiec_manual():
    return ("The FFIEC BSA/AML Examination Manual section on Risk-Focused BSA/AML Supervision emphasizes that "
            "examiners should tailor procedures to the bank's risk profile. Management's self-assessment scored "
            "<<n>> of 12 pillars as strong."), {"n": str(R.randint(6, 12))}


@neg
def n_treasury_products():
    return ("Treasury management revenue grew <<p>>% in fiscal <<y>>, led by commercial card and real-time payments on "
            "the RTP network and FedNow. Average commercial card spend per client was $<<a>>."), {
        "p": pct(4, 20), "y": yr(), "a": money(40000, 900000, False)}


@neg
def n_stress_test():
    return ("Under the severely adverse scenario, the projected minimum CET1 ratio was <<a>>%, implying a stress capital "
            "buffer of <<b>>%, the regulatory floor. Projected loan losses were $<<c>> billion, or <<d>>% of average loans."), {
        "a": pct(7, 11), "b": R.choice(["2.5", "2.5", "3.1"]), "c": pct(1, 40), "d": pct(3, 9)}


@neg
def n_aba_format():
    return ("A routing transit number has nine digits: a four-digit Federal Reserve routing symbol, a four-digit ABA "
            "institution identifier and a check digit. The check digit is computed with weights 3, 7 and 1. Payments "
            "with an RTN that fails validation are rejected before release; <<n>> were rejected in <<q>>."), {
        "n": str(R.randint(12, 400)), "q": R.choice(QTRS)}


@neg
def n_iban_format():
    return ("IBAN lengths vary by country: 22 characters for Germany and the United Kingdom, 27 for France and Italy, "
            "18 for the Netherlands. The two check digits are validated with the ISO 7064 mod 97-10 algorithm. A BIC "
            "has 8 or 11 characters; when the branch code is omitted, the primary office is assumed. Repair rate: <<p>>%."), {
        "p": pct(0.3, 3)}


@neg
def n_person_named_things():
    return ("The desk's Sharpe ratio improved to <<s>> after the Volcker Rule compliance review, and the Monte Carlo "
            "simulation of the MSR hedge now runs nightly. Black-Scholes inputs for the employee option grants were "
            "refreshed for fiscal <<y>>."), {"s": pct(0.6, 2.2, 2), "y": yr(2022, 2025)}


@neg
def n_gses():
    return ("Agency MBS purchases from Fannie Mae and Freddie Mac pools totaled $<<a>> billion in <<q>>, while Ginnie "
            "Mae securities made up <<p>>% of the portfolio. Sallie Mae student loan ABS exposure was unchanged."), {
        "a": pct(0.5, 12), "q": R.choice(QTRS), "p": str(R.randint(10, 45))}


@neg
def n_hhi():
    return ("The proposed merger would raise the Herfindahl-Hirschman Index in the affected deposit markets by "
            "<<d>> points to <<h>>, above the 1,800 threshold in the revised bank merger guidelines. Divestiture of "
            "<<b>> branches is expected."), {"d": str(R.randint(120, 400)), "h": money(1800, 2900, False),
                                            "b": str(R.randint(4, 30))}


@neg
def n_ny_fed():
    return ("According to the Federal Reserve Bank of New York's household debt report, credit card balances rose "
            "<<p>>% in <<q>> and the share of balances transitioning into serious delinquency reached <<d>>%."), {
        "p": pct(1, 6), "q": R.choice(QTRS), "d": pct(5, 8, 2)}


@neg
def n_sec_codes():
    return ("Supported ACH SEC codes: PPD and CCD for all clients; WEB and TEL with additional risk review; IAT for "
            "cross-border entries, which require OFAC screening of all parties. CTX is limited to <<n>> addenda records "
            "per entry in our origination platform."), {"n": R.choice(["9,999", "999"])}


@neg
def n_fx_table():
    return ("EUR/USD <<a>> | GBP/USD <<b>> | USD/JPY <<c>> | USD/MXN <<d>> | USD/INR <<e>>\nIndicative mid-market "
            "rates; client rates include a spread of 25 to 150 bp depending on tier."), {
        "a": pct(1.02, 1.12, 4), "b": pct(1.20, 1.32, 4), "c": pct(140, 160, 2), "d": pct(16.5, 20.5, 4), "e": pct(82, 87, 2)}


@neg
def n_naics():
    return ("High-risk industry codes for EDD: NAICS 522390 (other activities related to credit intermediation), "
            "NAICS 523999 (miscellaneous financial investment activities), NAICS 453991 (tobacco stores) and NAICS "
            "713210 (casinos). <<n>> relationships were rescored after the model update."), {"n": str(R.randint(40, 900))}


@neg
def n_form8300():
    return ("Form 8300 must be filed by a trade or business that receives more than $10,000 in cash in one "
            "transaction or related transactions. Banks file CTRs instead, but our equipment finance subsidiary filed "
            "<<n>> Forms 8300 in fiscal <<y>>."), {"n": str(R.randint(2, 60)), "y": yr()}


@neg
def n_chat_ctr():
    return R.choice([
        "do we aggregate atm cash deposits into the ctr total or is that only teller? getting mixed answers from ops",
        "reminder the q<<q>> bsa risk assessment draft is due friday, send your sections to the shared folder",
        "anyone have the latest reg e error resolution flowchart? the one on the intranet still says 20 business days",
        "fyi the 314a list came in this morning, <<n>> subjects, no hits so far",
        "why does the wire repair queue show <<n>> items stuck on missing bic? is the swift gateway down again",
        "ok so apy vs apr on the cd disclosure, which one does reg dd want on the rate sheet",
    ]), {"q": str(R.randint(1, 4)), "n": str(R.randint(3, 180))}


@neg
def n_card_rewards():
    return ("The Platinum Rewards Visa earns 3x points on dining and travel and 1x on all other purchases; points "
            "expire after <<m>> months of inactivity. Annual fee: $<<f>>. Foreign transaction fee: none. Introductory "
            "APR of 0% for <<i>> billing cycles on balance transfers."), {
        "m": R.choice(["24", "36"]), "f": R.choice(["0", "95", "250"]), "i": R.choice(["12", "15", "18", "21"])}


@neg
def n_tbml():
    return ("Trade-based money laundering red flags include over- and under-invoicing, multiple invoicing of the "
            "same shipment, and payments from third parties unrelated to the trade. The trade finance unit reviewed "
            "<<n>> letters of credit in <<q>> and escalated <<e>>."), {"n": money(200, 4000, False), "q": R.choice(QTRS),
                                                                       "e": str(R.randint(1, 30))}


@neg
def n_regd_reserve():
    return ("Reserve requirement ratios have been set to zero percent since the Federal Reserve's action in fiscal "
            "2020, and the six-per-month limit on convenient transfers from savings under Reg D is no longer "
            "enforced. The Bank retained a <<n>>-transfer soft limit on money market accounts."), {"n": R.choice(["six", "nine", "twelve"])}


@neg
def n_glossary():
    return ("Glossary: CIF = customer information file; DDA = demand deposit account; MICR = magnetic ink character "
            "recognition line; OBI = originator-to-beneficiary information; RDFI = receiving depository financial "
            "institution; IMAD/OMAD = Fedwire message identifiers. Version <<v>>."), {"v": f"{R.randint(1, 6)}.{R.randint(0, 9)}"}


@neg
def n_efficiency():
    return ("The efficiency ratio improved to <<e>>% in fiscal <<y>> from <<e2>>% a year earlier, as revenue grew <<r>>% "
            "and adjusted expenses rose only <<x>>%. Headcount declined by <<h>> full-time equivalents."), {
        "e": pct(52, 60), "y": yr(), "e2": pct(60, 66), "r": pct(3, 9), "x": pct(0.5, 3), "h": money(100, 3000, False)}


@neg
def n_securities():
    return ("Unrealized losses on available-for-sale securities were $<<a>> billion at the end of <<q>>, primarily "
            "in agency MBS and Treasury notes with maturities beyond five years. Held-to-maturity securities had a "
            "weighted average life of <<w>> years."), {"a": pct(0.2, 30), "q": R.choice(QTRS), "w": pct(4, 9)}


@neg
def n_ach_volume():
    return ("Nacha reported that ACH Network volume grew <<p>>% in <<y>>, with Same Day ACH up <<s>>%. B2B payments "
            "were the fastest-growing category. Our origination volume represented about <<o>>% of the network."), {
        "p": pct(3, 8), "y": yr(2021, 2024), "s": pct(10, 50), "o": pct(0.05, 1.5, 2)}


@neg
def n_fdic_insurance():
    return ("Deposits are insured by the FDIC up to $250,000 per depositor, per insured bank, for each account "
            "ownership category. Revocable trust accounts are insured up to $1,250,000 per owner under the rule "
            "effective in fiscal 2024. Reciprocal deposits totaled $<<a>> million."), {"a": money(50, 9000, False)}


@neg
def n_elder_policy():
    return ("Employees who suspect elder financial exploitation should escalate to the Financial Crimes Unit and, "
            "where the customer has designated one, reach out to the trusted contact person. Holds under FINRA Rule "
            "2165 may be placed for up to <<d>> business days. Training refresh is scheduled for <<q>>."), {
        "d": R.choice(["15", "25"]), "q": R.choice(QTRS)}


@neg
def n_pricing_table_deposits():
    return ("Balance tier | Money Market APY\n$0 - $9,999.99 | <<a>>%\n$10,000 - $49,999.99 | <<b>>%\n"
            "$50,000 - $249,999.99 | <<c>>%\n$250,000+ | <<d>>%\nRates are variable and may change after account opening."), {
        "a": pct(0.05, 0.5, 2), "b": pct(0.6, 1.5, 2), "c": pct(1.6, 3.0, 2), "d": pct(3.1, 4.4, 2)}


@neg
def n_sanctions_50():
    return ("Under OFAC's 50 Percent Rule, an entity owned 50% or more in the aggregate by one or more blocked "
            "persons is itself blocked, whether or not it appears on the SDN List. Screening vendors were asked to "
            "add ownership data for <<n>> thousand counterparties."), {"n": str(R.randint(5, 300))}


@neg
def n_bsa_officer():
    return ("The BSA Officer reports independently to the Audit Committee and has authority to file SARs without "
            "business line approval. The Chief Risk Officer and the General Counsel receive quarterly metrics; "
            "<<n>> staff were added to the investigations team in fiscal <<y>>."), {"n": str(R.randint(3, 40)), "y": yr()}


@neg
def n_10q_capital_actions():
    return ("During <<q>>, the Company repurchased <<s>> million shares of common stock for $<<a>> billion and redeemed "
            "its Series <<l>> preferred stock. The Board approved an increase of the quarterly dividend to $<<d>> per share."), {
        "q": R.choice(QTRS), "s": pct(1, 60), "a": pct(0.1, 8), "l": R.choice(["A", "B", "F", "K"]), "d": pct(0.2, 1.4, 2)}


@neg
def n_mortgage_servicing():
    return ("Escrow analysis is performed annually; shortages under $<<t>> may be collected in a lump sum or spread "
            "over 12 months at the borrower's option. The MSR asset was valued at <<b>> bp of the serviced UPB at the "
            "end of <<q>>."), {"t": R.choice(["50", "100"]), "b": str(R.randint(95, 150)), "q": R.choice(QTRS)}


@neg
def n_card_dispute_policy():
    return ("Cardholders have 60 days from the statement date to dispute a billing error under Reg Z. Chargeback "
            "reason codes are mapped in the dispute platform (Visa 10.4, Mastercard 4837); <<p>>% of disputes in "
            "<<q>> were resolved without provisional credit reversal."), {"p": pct(70, 95), "q": R.choice(QTRS)}


@neg
def n_rtp():
    return ("Instant payments via RTP and FedNow are irrevocable. The per-transaction limit is $<<l>> for consumers "
            "and $<<c>> for treasury clients. Request-for-payment messages are supported for billers enrolled in "
            "the program."), {"l": R.choice(["5,000", "10,000", "25,000"]), "c": R.choice(["500,000", "1,000,000"])}


@neg
def n_fair_lending():
    return ("The fair lending review of fiscal <<y>> pricing exceptions found no statistically significant "
            "disparities after controlling for credit score, LTV and loan amount. Exception rates were <<a>>% for "
            "mortgage and <<b>>% for indirect auto."), {"y": yr(), "a": pct(1, 9), "b": pct(2, 14)}


@neg
def n_chat_models():
    return R.choice([
        "does anyone know why the structuring scenario threshold is still $<<t>>? thought tuning moved it",
        "fincen's new sar faq says continuing activity reviews every 90 days, our procedure says 120. which wins",
        "pls stop pasting full acct numbers in teams, use last 4 only. thx - bsa office",
        "is w-9 still needed if we already have the tin certified from account opening? ops asking",
    ]), {"t": R.choice(["8,000", "9,000", "7,500"])}


@neg
def n_dormancy_codes():
    return ("Status codes: A = active, D = dormant (no customer-initiated activity for <<m>> months), E = escheat "
            "pending, C = closed, R = restricted (legal hold or fraud). Code R requires a case reference from the "
            "Financial Crimes Unit."), {"m": R.choice(["12", "18", "24"])}


@neg
def n_ir_guidance():
    return ("Management now expects full-year net interest income to be up <<a>>% to <<b>>% versus fiscal <<y>>, "
            "assuming period-end loan growth in the low single digits and a modest decline in noninterest-bearing "
            "deposits."), {"a": str(R.randint(1, 4)), "b": str(R.randint(5, 8)), "y": yr(2023, 2025)}


# ---------------------------------------------------------------------------
# generation
# ---------------------------------------------------------------------------
LINT = [
    ("9+ digit run", re.compile(r"\d{9,}")),
    ("ssn shape", re.compile(r"\b\d{3}-\d{2}-\d{4}\b")),
    ("phone shape", re.compile(r"\(?\b\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b")),
    ("email", re.compile(r"@\w")),
    ("url", re.compile(r"https?://|www\.|\.com\b")),
    ("month+day", re.compile(r"\b(" + "|".join(m[:3] for m in MONTHS) + r")[a-z]*\.? \d{1,2}\b")),
    ("numeric date", re.compile(r"\b\d{1,2}/\d{1,2}(/\d{2,4})?\b")),
    ("iso date", re.compile(r"\b(19|20)\d\d-\d\d-\d\d\b")),
]


def residual(text, spans):
    chars = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            chars[i] = "#"
    return "".join(chars)


def lint(rec):
    res = residual(rec["text"], rec["spans"])
    return [(name, m.group(0)) for name, rx in LINT for m in rx.finditer(res)]


def main():
    pos_recs, seen = [], set()
    order = []
    while len(order) < 200:
        batch = POS[:]
        R.shuffle(batch)
        order.extend(batch)
    order = order[:200]
    for f in order:
        for _ in range(50):
            rec = render(*f())
            if rec["text"] not in seen:
                break
        seen.add(rec["text"])
        pos_recs.append(rec)

    neg_recs, nseen = [], set()
    norder = []
    while len(norder) < 100:
        batch = NEG[:]
        R.shuffle(batch)
        norder.extend(batch)
    norder = norder[:100]
    for f in norder:
        for _ in range(50):
            rec = render(*f())
            if rec["text"] not in nseen:
                break
        else:
            raise RuntimeError(f"could not make a unique text from {f.__name__}")
        assert rec["spans"] == []
        nseen.add(rec["text"])
        neg_recs.append(rec)

    assert len(pos_recs) == 200 and len(neg_recs) == 100
    assert len({r["text"] for r in pos_recs}) == 200

    # validity checks on labelled values
    for r in pos_recs:
        sp = sorted(r["spans"], key=lambda s: s["start"])
        for a, b in zip(sp, sp[1:]):
            assert a["end"] <= b["start"], ("overlap", a, b)
        for s in sp:
            v, t = s["value"], s["entity_type"]
            if t == "ABA":
                assert aba_ok(v), v
            elif t == "CARD":
                assert luhn_ok(re.sub(r"\D", "", v)), v
            elif t == "IBAN":
                assert iban_ok(v), v
            elif t == "SWIFT":
                assert len(v) in (8, 11), v
            elif t == "ITIN":
                dd = re.sub(r"\D", "", v)
                assert dd[0] == "9" and 70 <= int(dd[3:5]) <= 88, v
            elif t == "SSN":
                dd = re.sub(r"\D", "", v)
                assert len(dd) == 9 and dd[0] != "9" and dd[:3] not in ("000", "666"), v
            elif t == "PERSON":
                assert not v.startswith(("Mr.", "Ms.", "Mrs.", "Dr.")) and not v.endswith("'s"), v

    # negatives must not look like PII to a careful human
    for r in neg_recs:
        problems = lint(r)
        assert not problems, (problems, r["text"])

    with open(os.path.join(HERE, "finance_pos.jsonl"), "w", encoding="utf-8") as fh:
        for r in pos_recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "finance_neg.jsonl"), "w", encoding="utf-8") as fh:
        for r in neg_recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    # report
    counts = {}
    for r in pos_recs:
        for s in r["spans"]:
            counts[s["entity_type"]] = counts.get(s["entity_type"], 0) + 1
    minimum = {"PERSON": 170, "ACCOUNT": 40, "PHONE": 35, "ABA": 25, "DATE": 25, "LOCATION": 25, "DOB": 12,
               "IBAN": 12, "SWIFT": 12, "EMAIL": 12, "SSN": 10, "ITIN": 8, "EIN": 8, "CARD": 8, "LICENSE": 10,
               "IP": 6, "URL": 6}
    print(f"positive texts: {len(pos_recs)}  negative texts: {len(neg_recs)}")
    print(f"positive templates: {len(POS)}  negative templates: {len(NEG)}")
    print(f"total spans: {sum(counts.values())}")
    for t in sorted(counts, key=lambda k: -counts[k]):
        print(f"  {t:9s} {counts[t]:4d}  (min {minimum.get(t, 0)})")
    short = {t: (counts.get(t, 0), m) for t, m in minimum.items() if counts.get(t, 0) < m}
    assert not short, f"below minimum: {short}"
    # unlabelled residue in positives that looks like PII (for manual review)
    flagged = [(i, p) for i, r in enumerate(pos_recs) for p in lint(r)]
    print(f"positive residue lint hits (review manually): {len(flagged)}")
    for i, p in flagged:
        print(f"  pos[{i}] {p}")


if __name__ == "__main__":
    main()
