#!/usr/bin/env python3
"""Generate a small labelled finance evaluation set for a PII redactor.

Writes:
  /work/heldout/finance_pos.jsonl  (200 texts with labelled PII spans)
  /work/heldout/finance_neg.jsonl  (100 finance texts with no PII, spans=[])

All values are hand-written pools or built by simple code here (no generator
libraries). CARD (Luhn), IBAN (mod-97) and ABA (routing checksum) are computed.
"""
import json
import random
import re
import unicodedata
from collections import Counter
from datetime import date, timedelta

SEED = 20241126
rng = random.Random(SEED)
OUT_POS = "/work/heldout/finance_pos.jsonl"
OUT_NEG = "/work/heldout/finance_neg.jsonl"

TYPES = ["PERSON", "LOCATION", "DATE", "DOB", "PHONE", "EMAIL", "SSN", "ITIN",
         "EIN", "ACCOUNT", "CARD", "IBAN", "SWIFT", "ABA", "LICENSE", "IP", "URL"]

# --------------------------------------------------------------------------
# Names: (given, surname, surname_first_culture, culture)
# --------------------------------------------------------------------------
NAMES = [
    # Turkish
    ("Mehmet", "Yılmaz", False, "tr"), ("Ayşe", "Demirtaş", False, "tr"),
    ("Emre", "Kaya", False, "tr"), ("Zeynep", "Öztürk", False, "tr"),
    ("Burak", "Çelik", False, "tr"), ("Elif", "Arslan", False, "tr"),
    ("Oğuz", "Karaca", False, "tr"), ("Selin", "Aydın", False, "tr"),
    ("Hatice", "Güneş", False, "tr"), ("Kemal", "Şahin", False, "tr"),
    # Nigerian
    ("Chinedu", "Okafor", False, "ng"), ("Ngozi", "Adeyemi", False, "ng"),
    ("Oluwaseun", "Balogun", False, "ng"), ("Adaeze", "Nwosu", False, "ng"),
    ("Emeka", "Eze", False, "ng"), ("Folasade", "Ogunleye", False, "ng"),
    ("Yakubu", "Abubakar", False, "ng"), ("Chiamaka", "Okonkwo", False, "ng"),
    ("Babatunde", "Adebayo", False, "ng"), ("Ifeoma", "Ibekwe", False, "ng"),
    # Chinese (surname first)
    ("Wei", "Zhang", True, "cn"), ("Xiaoling", "Liu", True, "cn"),
    ("Jianhua", "Chen", True, "cn"), ("Mei", "Huang", True, "cn"),
    ("Zhiwei", "Zhao", True, "cn"), ("Yuxin", "Wu", True, "cn"),
    ("Haoran", "Xu", True, "cn"), ("Lihua", "Sun", True, "cn"),
    ("Shufen", "Lin", True, "cn"), ("Jun", "Guo", True, "cn"),
    # Indian
    ("Priya", "Raghunathan", False, "in"), ("Rahul", "Iyer", False, "in"),
    ("Ananya", "Banerjee", False, "in"), ("Vikram", "Reddy", False, "in"),
    ("Sneha", "Deshpande", False, "in"), ("Arjun", "Malhotra", False, "in"),
    ("Kavita", "Nair", False, "in"), ("Rohan", "Chatterjee", False, "in"),
    ("Harpreet", "Gill", False, "in"), ("Sanjay", "Patel", False, "in"),
    # Polish
    ("Katarzyna", "Kowalczyk", False, "pl"), ("Tomasz", "Wiśniewski", False, "pl"),
    ("Agnieszka", "Zielińska", False, "pl"), ("Paweł", "Nowak", False, "pl"),
    ("Magdalena", "Wójcik", False, "pl"), ("Krzysztof", "Lewandowski", False, "pl"),
    ("Joanna", "Kamińska", False, "pl"), ("Marek", "Szymański", False, "pl"),
    # Brazilian
    ("João Pedro", "Oliveira", False, "br"), ("Mariana", "Ferreira da Silva", False, "br"),
    ("Thiago", "Carvalho", False, "br"), ("Larissa", "Souza", False, "br"),
    ("Rafael", "Almeida", False, "br"), ("Beatriz", "Barbosa", False, "br"),
    ("Gustavo", "Ribeiro", False, "br"), ("Camila", "dos Santos", False, "br"),
    # Arabic
    ("Omar", "Al-Harbi", False, "ar"), ("Fatima", "Haddad", False, "ar"),
    ("Khalid", "Al-Mansouri", False, "ar"), ("Layla", "Khoury", False, "ar"),
    ("Yousef", "Nasser", False, "ar"), ("Noura", "Al-Qahtani", False, "ar"),
    ("Tariq", "El-Sayed", False, "ar"), ("Huda", "Hamdan", False, "ar"),
    # Vietnamese (surname first)
    ("Van Minh", "Nguyen", True, "vn"), ("Thi Lan", "Tran", True, "vn"),
    ("Hoang Nam", "Le", True, "vn"), ("Thu Trang", "Pham", True, "vn"),
    ("Duc Anh", "Vo", True, "vn"), ("Thanh Huong", "Bui", True, "vn"),
    ("Quoc Bao", "Dang", True, "vn"), ("Thị Hồng", "Nguyễn", True, "vn"),
    # Korean (surname first)
    ("Ji-hoon", "Park", True, "kr"), ("Soo-yeon", "Kim", True, "kr"),
    # Others
    ("Dana", "Whitfield", False, "us"), ("Marcus", "Bell", False, "us"),
    ("Shauna", "McAllister", False, "us"), ("Greg", "Tomlinson", False, "us"),
    ("Heather", "Lindqvist", False, "us"), ("Tyrone", "Jackson", False, "us"),
    ("Siobhan", "O'Donnell", False, "ie"), ("Anne-Marie", "Lefebvre", False, "fr"),
    ("Alejandro", "Fuentes", False, "mx"), ("María José", "Carrillo", False, "mx"),
    ("Guadalupe", "Ortega", False, "mx"), ("Haruto", "Sato", False, "jp"),
    ("Dmitri", "Volkov", False, "ru"), ("Olena", "Shevchenko", False, "ua"),
    ("Kwame", "Mensah", False, "gh"), ("Abebe", "Tesfaye", False, "et"),
    ("Rosa", "Iglesias", False, "es"), ("Brandon", "Kowalski", False, "us"),
]

FEMALE = {"Ayşe", "Zeynep", "Elif", "Selin", "Hatice", "Ngozi", "Adaeze", "Folasade",
          "Chiamaka", "Ifeoma", "Xiaoling", "Mei", "Yuxin", "Lihua", "Shufen", "Priya",
          "Ananya", "Sneha", "Kavita", "Katarzyna", "Agnieszka", "Magdalena", "Joanna",
          "Mariana", "Larissa", "Beatriz", "Camila", "Fatima", "Layla", "Noura", "Huda",
          "Thi Lan", "Thu Trang", "Thanh Huong", "Thị Hồng", "Soo-yeon", "Shauna", "Heather",
          "Siobhan", "Anne-Marie", "María José", "Guadalupe", "Olena", "Rosa"}
UNISEX = {"Harpreet", "Oluwaseun", "Dana", "Wei"}


def name_ok(tup, cons):
    for c in cons:
        if c == "f" and tup[0] not in FEMALE:
            return False
        if c == "m" and (tup[0] in FEMALE or tup[0] in UNISEX):
            return False
        if len(c) == 2 and tup[3] != c:
            return False
    return True


ASCII_MAP = str.maketrans({"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o",
                           "đ": "d", "Đ": "D", "ß": "ss"})


def ascii_fold(s):
    s = s.translate(ASCII_MAP)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


class Person:
    def __init__(self, tup):
        self.given, self.surname, self.sf, self.culture = tup
        # Chinese/Korean names are sometimes written western-order in US files
        if self.sf and self.culture in ("cn", "kr") and rng.random() < 0.35:
            self.order_sf = False
        else:
            self.order_sf = self.sf

    def full(self):
        if self.order_sf:
            return f"{self.surname} {self.given}"
        return f"{self.given} {self.surname}"

    def render(self, form):
        if form == "full":
            return self.full()
        if form == "caps":
            return self.full().upper()
        if form == "caps_lf":
            return f"{self.surname.upper()}, {self.given}"
        if form == "lf":
            return f"{self.surname}, {self.given}"
        if form == "init":
            inits = "".join(p[0] + "." for p in re.split(r"[ ]", self.given))
            return f"{inits} {self.surname}"
        if form == "lc":
            s = self.full().lower()
            if rng.random() < 0.5:
                s = ascii_fold(s)
            return s
        if form == "first":
            if self.culture == "vn":
                return self.given.split()[-1]
            return self.given
        if form == "last":
            return self.surname
        raise ValueError(form)


# --------------------------------------------------------------------------
# Locations
# --------------------------------------------------------------------------
ADDRESSES = [
    "1482 Larchmont Ave, Apt 3B, Teaneck, NJ 07666",
    "77 W Devon Ave, Chicago, IL 60659",
    "3310 Kessler Blvd N Dr, Indianapolis, IN 46222",
    "918 Alvarado St Unit 12, Los Angeles, CA 90026",
    "24 Orchard Hill Rd, Sugar Land, TX 77479",
    "5521 Fulton Pkwy Apt 2R, Brooklyn, NY 11208",
    "PO Box 4417, Hamtramck, MI 48212",
    "600 Bayshore Dr #1704, Fort Lauderdale, FL 33304",
    "12 Quail Run Ct, Edison, NJ 08820",
    "4109 N Kedzie Ave, 2nd Fl, Chicago IL 60618",
    "2750 Peachtree Industrial Blvd Ste 210, Duluth, GA 30097",
    "88-14 Justice Ave, Elmhurst, NY 11373",
    "315 Mesa Verde Loop, Las Cruces, NM 88011",
    "1906 Elm Grove Ln, Plano, TX 75025",
    "Flat 4, 27 Wilmslow Road, Manchester M14 5TQ",
    "118 Green Lanes, London N16 9DP",
    "Sonnenallee 142, 12059 Berlin",
    "Bağdat Cad. No:214 D:7, Kadıköy, İstanbul",
    "14B Admiralty Way, Lekki Phase 1, Lagos",
    "Flat 302, Sai Krupa Apartments, Baner Road, Pune 411045",
    "ul. Marszałkowska 84/92 m. 15, 00-514 Warszawa",
    "Rua Augusta, 1508, ap. 42, Consolação, São Paulo - SP, 01304-001",
    "Villa 19, Street 4b, Al Barsha 2, Dubai",
    "45 Lý Tự Trọng, Quận 1, TP. Hồ Chí Minh",
    "2207-88 Harbour St, Toronto, ON M5J 0C3",
    "Room 1203, No. 88 Xiangyang Road, Xuhui District, Shanghai 200031",
    "6 Rue des Martyrs, 75009 Paris",
    "17 Kingfisher Close, Leicester LE4 7QW",
    "203 Sycamore St, Dearborn, MI 48124",
    "9 Vista del Lago, Hialeah, FL 33012",
]
TOWNS_US = ["Paterson", "Dearborn", "Flushing", "Jersey City", "Hialeah", "Irving, TX",
            "Schaumburg", "Yonkers", "Hackensack", "Sugar Land", "Fremont", "Elizabeth, NJ",
            "Lowell, MA", "Cicero", "Passaic"]
TOWNS_INTL = ["Lekki", "Gaziantep", "Ealing", "Kraków", "Campinas", "Sharjah", "Da Nang",
              "Port Harcourt", "Ludhiana", "Bursa"]
TOWNS = TOWNS_US + TOWNS_INTL
US_ADDRESSES = [a for a in ADDRESSES if re.search(r" [A-Z]{2},? \d{5}$", a)]
ZIPS = ["07102", "11355", "60659", "33012", "94110-2231", "77036", "48126",
        "10468", "30096", "92704", "08901", "02151", "M14 5TQ", "E17 4PL"]


# --------------------------------------------------------------------------
# Checksums
# --------------------------------------------------------------------------
def luhn_ok(num):
    digits = [int(c) for c in num]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise RuntimeError


def iban_numeric(s):
    return "".join(str(int(c, 36)) for c in s)


def iban_ok(iban):
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int(iban_numeric(s)) % 97 == 1


def make_iban(cc, bban):
    chk = 98 - int(iban_numeric(bban + cc + "00")) % 97
    return f"{cc}{chk:02d}{bban}"


def aba_ok(n):
    d = [int(c) for c in n]
    if len(d) != 9:
        return False
    s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])
    return s % 10 == 0


def ssn_ok(s):
    d = re.sub(r"\D", "", s)
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return len(d) == 9 and a not in (0, 666) and a < 900 and g != 0 and n != 0


def itin_ok(s):
    d = re.sub(r"\D", "", s)
    g = int(d[3:5])
    return len(d) == 9 and d[0] == "9" and (50 <= g <= 65 or 70 <= g <= 88 or 90 <= g <= 92 or 94 <= g <= 99)


# --------------------------------------------------------------------------
# Value generators
# --------------------------------------------------------------------------
def digits(n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def letters(n, alphabet="ABCDEFGHJKLMNPRSTUVWXYZ"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def gen_card(variant=None):
    brand = variant or rng.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if brand == "visa":
        num = luhn_complete("4" + rng.choice(["147", "266", "815", "024", "388", "931"]), 16)
    elif brand == "mc":
        num = luhn_complete(rng.choice(["51", "53", "54", "55", "2221", "2720", "2298"]), 16)
    elif brand == "amex":
        num = luhn_complete(rng.choice(["34", "37"]), 15)
    else:
        num = luhn_complete(rng.choice(["6011", "6445"]), 16)
    assert luhn_ok(num)
    if len(num) == 15:
        style = rng.choice(["amex", "plain"])
        if style == "amex":
            return f"{num[:4]} {num[4:10]} {num[10:]}"
        return num
    style = rng.choice(["space", "space", "dash", "plain"])
    if style == "space":
        return " ".join(num[i:i + 4] for i in range(0, 16, 4))
    if style == "dash":
        return "-".join(num[i:i + 4] for i in range(0, 16, 4))
    return num


def gen_iban(variant=None):
    if variant and len(variant) == 2:
        cc, variant = variant.upper(), None
    else:
        cc = rng.choice(["DE", "GB", "FR", "TR", "NL", "ES", "IT", "PL", "AE", "SA",
                         "BR", "CH", "BE", "PT", "RO", "GB", "DE", "TR"])
    if cc == "DE":
        bban = rng.choice(["10070024", "50010517", "20041155", "37040044"]) + digits(10)
    elif cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "HBUK", "LOYD", "MIDL"]) + digits(6) + digits(8)
    elif cc == "FR":
        bban = rng.choice(["30004", "30003", "20041", "10278"]) + digits(5) + digits(11) + digits(2)
    elif cc == "TR":
        bban = rng.choice(["00062", "00046", "00010", "00064"]) + "0" + digits(16)
    elif cc == "NL":
        bban = rng.choice(["INGB", "ABNA", "RABO", "TRIO"]) + digits(10)
    elif cc == "ES":
        bban = rng.choice(["2100", "0049", "0182", "2085"]) + digits(4) + digits(2) + digits(10)
    elif cc == "IT":
        bban = letters(1) + rng.choice(["03069", "02008", "05034"]) + digits(5) + digits(12)
    elif cc == "PL":
        bban = rng.choice(["1020", "1140", "1090", "1240"]) + digits(20)
    elif cc == "AE":
        bban = rng.choice(["033", "026", "035"]) + digits(16)
    elif cc == "SA":
        bban = rng.choice(["80", "10", "45"]) + digits(18)
    elif cc == "BR":
        bban = digits(8) + digits(5) + digits(10) + "C" + "1"
    elif cc == "CH":
        bban = rng.choice(["00762", "00230", "08390"]) + digits(12)
    elif cc == "BE":
        bban = digits(12)
    elif cc == "PT":
        bban = rng.choice(["0035", "0033", "0010"]) + digits(4) + digits(11) + digits(2)
    else:  # RO
        bban = rng.choice(["BTRL", "RNCB", "INGB"]) + digits(16)
    iban = make_iban(cc, bban)
    assert iban_ok(iban)
    style = variant or rng.choice(["spaced", "spaced", "compact"])
    if style == "spaced":
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban


SWIFTS = ["CHASUS33", "BOFAUS3N", "HSBCGB2L", "BNPAFRPP", "COBADEFFXXX", "AKBKTRIS",
          "TGBATRISXXX", "FBNINGLA", "ZEIBNGLA", "GTBINGLA", "BKCHCNBJ", "ICBKCNBJSHI",
          "SBININBB", "HDFCINBB", "PKOPPLPW", "BREXPLPWMBK", "ITAUBRSP", "BRASBRRJ",
          "NBADAEAA", "EBILAEAD", "BFTVVNVX", "VCBVVNVX", "INGBNL2A", "CAIXESBB",
          "UNCRITMM", "RJHISARI", "UBSWCHZH80A", "DEUTDEFF500", "BARCGB22", "CITIUS33",
          "WFBIUS6S", "KOEXKRSE", "ISBKTRIS", "BCYPCY2N"]


def gen_swift(variant=None):
    if variant:
        return rng.choice([b for b in SWIFTS if b[4:6] == variant.upper()])
    return rng.choice(SWIFTS)


ABA_PREFIXES = [f"{i:02d}" for i in list(range(1, 13)) + list(range(21, 33)) + list(range(61, 73))]


def gen_aba(variant=None):
    d = rng.choice(ABA_PREFIXES) + digits(6)
    dd = [int(c) for c in d]
    partial = 3 * (dd[0] + dd[3] + dd[6]) + 7 * (dd[1] + dd[4] + dd[7]) + (dd[2] + dd[5])
    check = (-partial) % 10
    n = d + str(check)
    assert aba_ok(n)
    return n


def gen_ssn(variant=None):
    while True:
        area = rng.randrange(1, 900)
        if area != 666:
            break
    group = rng.randrange(1, 100)
    serial = rng.randrange(1, 10000)
    style = rng.choice(["dash", "dash", "dash", "space", "plain"])
    if style == "dash":
        s = f"{area:03d}-{group:02d}-{serial:04d}"
    elif style == "space":
        s = f"{area:03d} {group:02d} {serial:04d}"
    else:
        s = f"{area:03d}{group:02d}{serial:04d}"
    assert ssn_ok(s)
    return s


def gen_itin(variant=None):
    group = rng.choice(list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))
    s = f"9{rng.randrange(0, 100):02d}-{group:02d}-{rng.randrange(1, 10000):04d}"
    if rng.random() < 0.2:
        s = s.replace("-", "")
    assert itin_ok(s)
    return s


EIN_PREFIXES = ["01", "04", "10", "12", "13", "20", "22", "26", "27", "30", "33", "35",
                "36", "38", "42", "45", "46", "47", "52", "56", "61", "65", "71", "74",
                "81", "82", "84", "85", "86", "87", "88", "92", "93", "99"]


def gen_ein(variant=None):
    return f"{rng.choice(EIN_PREFIXES)}-{digits(7)}"


def gen_account(variant=None):
    v = variant or rng.choice(["plain", "grouped", "acct", "dash3", "plain", "dda"])
    if v == "loan":
        return rng.choice([
            lambda: f"LN-{rng.choice(['2019', '2021', '2022', '2023'])}-{digits(7)}",
            lambda: f"{digits(4)}{digits(6)}",
            lambda: f"HEL-{digits(2)}-{digits(4)}-{digits(4)}",
            lambda: f"AUTO{digits(8)}",
            lambda: f"{digits(3)}-{digits(7)}-{digits(3)}",
        ])()
    if v == "mortgage":
        return rng.choice([lambda: "000" + digits(7), lambda: f"MTG{digits(9)}",
                           lambda: f"{digits(10)}"])()
    if v == "brokerage":
        return rng.choice([lambda: f"{digits(1)}{letters(2)}-{digits(5)}",
                           lambda: f"Z{digits(2)}-{digits(6)}",
                           lambda: f"{digits(4)}-{digits(4)}"])()
    if v == "plain":
        return rng.choice(["00", "10", "2", "4", "7", "38"]) + digits(rng.choice([8, 9, 10]))
    if v == "grouped":
        return f"{digits(4)} {digits(4)} {digits(4)}"
    if v == "acct":
        return f"ACCT-{digits(4)}-{digits(6)}"
    if v == "dash3":
        return f"{digits(4)}-{digits(6)}-{digits(2)}"
    if v == "dda":
        return f"{rng.choice(['48', '51', '62', '90'])}{digits(7)}"
    raise ValueError(v)


def gen_license(variant=None):
    v = variant or rng.choice(["dl", "passport"])
    if v == "dl":
        return rng.choice([
            lambda: f"{letters(1)}{digits(3)}-{digits(3)}-{digits(2)}-{digits(3)}-{digits(1)}",  # FL
            lambda: f"{letters(1)}{digits(7)}",  # CA
            lambda: f"{digits(3)} {digits(3)} {digits(3)}",  # NY
            lambda: f"{letters(1)}{digits(3)}-{digits(4)}-{digits(4)}",  # IL
            lambda: f"{digits(8)}",  # TX
            lambda: f"{letters(1)}{digits(4)} {digits(5)} {digits(5)}",  # NJ
            lambda: f"WDL{letters(3)}{digits(2)}{letters(2)}{digits(2)}",  # WA
            lambda: f"{letters(1)} {digits(3)} {digits(3)} {digits(3)} {digits(3)}",  # MI
        ])()
    return rng.choice([
        lambda: digits(9),  # US / UK
        lambda: f"{rng.choice('UAEC')}{digits(8)}",  # TR / NG / CN
        lambda: f"{rng.choice('ZKMNPR')}{digits(7)}",  # IN
        lambda: f"{letters(2)}{digits(7)}",  # PL
        lambda: f"{letters(2)}{digits(6)}",  # BR
        lambda: f"C{letters(1, 'FGHJK')}{digits(2)}{letters(1)}{digits(4)}",  # DE-ish
    ])()


US_AREAS = ["201", "312", "646", "718", "832", "305", "248", "973", "214", "415", "773",
            "347", "917", "404", "713", "469", "551", "908", "630", "786"]


def gen_phone(variant=None):
    kind = variant or rng.choice(["us", "us", "us", "us", "uk", "tr", "ng", "in", "pl",
                                  "br", "ae", "vn", "cn"])
    if kind == "us":
        a = rng.choice(US_AREAS)
        ex = str(rng.randrange(2, 10)) + digits(2)
        ln = digits(4)
        return rng.choice([f"({a}) {ex}-{ln}", f"{a}-{ex}-{ln}", f"{a}.{ex}.{ln}",
                           f"+1 {a} {ex} {ln}", f"+1-{a}-{ex}-{ln}", f"{a}{ex}{ln}"])
    if kind == "uk":
        return rng.choice([f"+44 7{digits(3)} {digits(6)}", f"07{digits(3)} {digits(6)}"])
    if kind == "tr":
        return rng.choice([f"+90 5{digits(2)} {digits(3)} {digits(2)} {digits(2)}",
                           f"0 (5{digits(2)}) {digits(3)} {digits(2)} {digits(2)}"])
    if kind == "ng":
        return rng.choice([f"+234 80{rng.choice('3568')} {digits(3)} {digits(4)}",
                           f"080{rng.choice('3568')}{digits(7)}"])
    if kind == "in":
        return f"+91 9{digits(4)} {digits(5)}"
    if kind == "pl":
        return f"+48 6{digits(2)} {digits(3)} {digits(3)}"
    if kind == "br":
        return f"+55 11 9{digits(4)}-{digits(4)}"
    if kind == "ae":
        return f"+971 5{rng.choice('0256')} {digits(3)} {digits(4)}"
    if kind == "vn":
        return f"+84 9{digits(2)} {digits(3)} {digits(3)}"
    return f"+86 13{digits(1)} {digits(4)} {digits(4)}"


def gen_ip(variant=None):
    if variant == "v6" or (variant is None and rng.random() < 0.15):
        return rng.choice([
            f"2a02:8108:{rng.randrange(0x1000, 0xffff):x}:{rng.randrange(0x100, 0xffff):x}::{rng.randrange(1, 0xfff):x}",
            f"2600:1700:{rng.randrange(0x1000, 0xffff):x}:{rng.randrange(0x10, 0xffff):x}:{rng.randrange(0x1000, 0xffff):x}:{rng.randrange(0x1000, 0xffff):x}:{rng.randrange(0x1000, 0xffff):x}:{rng.randrange(0x10, 0xffff):x}",
            f"2001:4860:{rng.randrange(0x1000, 0xffff):x}::{rng.randrange(0x10, 0xffff):x}",
        ])
    first = rng.choice([24, 73, 98, 104, 185, 197, 41, 88, 212, 5, 31, 176, 102, 49, 177, 191, 113, 14, 68, 71])
    return f"{first}.{rng.randrange(0, 256)}.{rng.randrange(0, 256)}.{rng.randrange(1, 255)}"


def slug(s):
    s = ascii_fold(s).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def rand_token(n, alphabet="abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789_-"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def gen_url(variant=None, person=None):
    p = person or Person(rng.choice(NAMES))
    g, s = slug(p.given), slug(p.surname)
    v = variant or rng.choice(["docs", "social", "portal", "phish", "pay", "listing"])
    if v == "gdrive":
        return f"https://drive.google.com/file/d/1{rand_token(32)}/view?usp=sharing"
    if v == "docusign":
        h = "0123456789abcdef"
        return f"https://app.docusign.com/documents/details/{rand_token(8, h)}-{rand_token(4, h)}-{rand_token(4, h)}-{rand_token(4, h)}-{rand_token(12, h)}"
    if v == "facebook":
        return f"https://www.facebook.com/{g}.{s}.{digits(2)}"
    if v == "linkedin":
        return f"https://www.linkedin.com/in/{g}-{s}-{rand_token(6, '0123456789abcdef')}"
    if v == "venmo":
        return f"https://venmo.com/u/{g.split('-')[0].capitalize()}-{s.split('-')[0].capitalize()}-{digits(1)}"
    if v == "cashapp":
        return f"https://cash.app/${g.replace('-', '')}{s[:3]}{digits(2)}"
    if v == "docs":
        return rng.choice([
            f"https://drive.google.com/file/d/1{rand_token(32)}/view?usp=sharing",
            f"https://www.dropbox.com/s/{rand_token(15, 'abcdefghijklmnopqrstuvwxyz0123456789')}/statements_{s.replace('-', '_')}.pdf?dl=0",
            f"https://app.docusign.com/documents/details/{rand_token(8, '0123456789abcdef')}-{rand_token(4, '0123456789abcdef')}-{rand_token(4, '0123456789abcdef')}-{rand_token(4, '0123456789abcdef')}-{rand_token(12, '0123456789abcdef')}",
            f"https://1drv.ms/b/s!{rand_token(22)}",
        ])
    if v == "social":
        return rng.choice([
            f"https://www.linkedin.com/in/{g}-{s}-{rand_token(6, '0123456789abcdef')}",
            f"https://www.facebook.com/{g}.{s}.{digits(2)}",
            f"https://instagram.com/{g}_{s}{digits(2)}",
        ])
    if v == "portal":
        return rng.choice([
            f"https://secure.harborlinebank.com/customers/{digits(8)}/documents",
            f"https://portal.northfield-cu.org/member/{digits(7)}/statements?yr=2024",
            f"https://kyc.harborlinebank.com/upload/ticket/{letters(3)}{digits(6)}?token={rand_token(20)}",
        ])
    if v == "phish":
        return rng.choice([
            f"http://harborline-secure-verify.com/login?id={digits(9)}",
            f"https://bit.ly/{rand_token(7, 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789')}",
            f"http://chase-alerts-{digits(4)}.net/verify/{g}{s[:3]}",
        ])
    if v == "pay":
        return rng.choice([
            f"https://venmo.com/u/{g.split('-')[0].capitalize()}-{s.split('-')[0].capitalize()}-{digits(1)}",
            f"https://paypal.me/{g.replace('-', '')}{s.replace('-', '')}",
            f"https://cash.app/${g.replace('-', '')}{s[:3]}{digits(2)}",
        ])
    if v == "listing":
        return rng.choice([
            f"https://www.zillow.com/homedetails/{digits(4)}-{rng.choice(['Maple-Ridge-Dr', 'Cortland-St', 'Birch-Hollow-Ln'])}-{rng.choice(['Katy-TX-77494', 'Nutley-NJ-07110', 'Skokie-IL-60076'])}/{digits(8)}_zpid/",
            f"https://www.airbnb.com/rooms/{digits(9)}",
        ])
    raise ValueError(v)


FREE_DOMAINS = ["gmail.com", "gmail.com", "yahoo.com", "outlook.com", "hotmail.com",
                "icloud.com", "aol.com", "proton.me"]
CULTURE_DOMAINS = {"tr": ["yandex.com.tr", "hotmail.com.tr"], "ng": ["yahoo.co.uk"],
                   "cn": ["qq.com", "163.com"], "in": ["rediffmail.com"], "pl": ["wp.pl", "o2.pl"],
                   "br": ["uol.com.br", "bol.com.br"], "vn": ["gmail.com"], "ar": ["hotmail.com"]}
WORK_DOMAINS = ["harborlinebank.com", "northfield-cu.org", "harborlinebank.com"]


def gen_email(variant=None, person=None):
    if variant == "handle":
        return rng.choice([f"darkstar.{digits(2)}@proton.me", f"lucky_trader{digits(4)}@outlook.com",
                           f"bigmoney{digits(3)}@yahoo.com", f"tonyb.cars{digits(2)}@gmail.com",
                           f"quickpay.{digits(3)}@mail.com"])
    p = person or Person(rng.choice(NAMES))
    g = ascii_fold(p.given).lower().replace(" ", "").replace("'", "")
    s = ascii_fold(p.surname).lower().replace(" ", "").replace("'", "")
    if variant == "work":
        return f"{g.replace('-', '')}.{s.replace('-', '')}@{rng.choice(WORK_DOMAINS)}"
    if p.culture == "cn" and rng.random() < 0.5:
        return f"{digits(rng.choice([8, 9, 10]))}@qq.com"
    dom = rng.choice(FREE_DOMAINS + CULTURE_DOMAINS.get(p.culture, []))
    local = rng.choice([f"{g}.{s}", f"{g[0]}{s}{digits(2)}", f"{s}.{g}", f"{g}{s[:1]}{digits(4)}",
                        f"{g}_{s}", f"{g}.{s}{digits(2)}"])
    return f"{local}@{dom}"


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def ordinal(n):
    if 11 <= n % 100 <= 13:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def rand_date(y0, y1):
    start = date(y0, 1, 1)
    end = date(y1, 12, 31)
    return start + timedelta(days=rng.randrange((end - start).days + 1))


def fmt_date(d, fmt):
    M = MONTHS[d.month - 1]
    return {
        "mdY": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "mdy_short": f"{d.month}/{d.day}/{d.year % 100:02d}",
        "iso": d.isoformat(),
        "dbY": f"{d.day:02d} {M[:3]} {d.year}",
        "BdY": f"{M} {d.day}, {d.year}",
        "bd": f"{M[:3]} {d.day}",
        "dmY_dot": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "dBY_up": f"{d.day:02d}-{M[:3].upper()}-{d.year}",
        "ord": f"{ordinal(d.day)} of {M} {d.year}",
        "dBY": f"{d.day} {M} {d.year}",
        "dmY": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "mdY_dash": f"{d.month:02d}-{d.day:02d}-{d.year}",
        "bdY": f"{M[:3]} {d.day} {d.year}",
        "my": f"{M} {d.year}",
    }[fmt]


DATE_FMTS = ["mdY", "mdY", "mdy_short", "iso", "dbY", "BdY", "bd", "dmY_dot", "dBY_up", "ord", "dBY"]


def gen_date(variant=None, d=None):
    d = d or rand_date(2021, 2024)
    if variant == "my":
        return fmt_date(d, "my")
    return fmt_date(d, rng.choice(DATE_FMTS))


def gen_dob(variant=None):
    if variant == "minor":
        d = rand_date(2009, 2018)
    elif variant and variant.startswith("y"):
        d = rand_date(int(variant[1:]), int(variant[1:]))
    else:
        d = rand_date(1938, 2006)
    return fmt_date(d, rng.choice(["mdY", "mdY", "iso", "dmY", "BdY", "dbY", "dmY_dot",
                                   "mdY_dash", "bdY", "dBY"]))


def gen_location(variant=None):
    v = variant or "addr"
    if v == "addr":
        return rng.choice(ADDRESSES)
    if v == "addr_lc":
        return rng.choice(ADDRESSES).lower()
    if v == "town":
        return rng.choice(TOWNS_US)
    if v == "city":
        return rng.choice(TOWNS)
    if v == "usaddr":
        return rng.choice(US_ADDRESSES)
    if v == "zip":
        return rng.choice(ZIPS)
    raise ValueError(v)


GEN = {"CARD": gen_card, "IBAN": gen_iban, "SWIFT": gen_swift, "ABA": gen_aba,
       "SSN": gen_ssn, "ITIN": gen_itin, "EIN": gen_ein, "ACCOUNT": gen_account,
       "LICENSE": gen_license, "PHONE": gen_phone, "IP": gen_ip, "DATE": gen_date,
       "DOB": gen_dob, "LOCATION": gen_location}

# --------------------------------------------------------------------------
# Positive templates: {TYPE[:variant][#k]}
# --------------------------------------------------------------------------
POS_TEMPLATES = [
    # quick analyst prompts
    "pls pull all wires for {PERSON:lc} last 90 days, acct {ACCOUNT}",
    "can u check if {PERSON:lc} has another acct besides {ACCOUNT}? ssn on file {SSN}",
    "whats the balance on {ACCOUNT} for {PERSON:full}",
    "need kyc refresh on {PERSON:caps_lf} - dob {DOB} - addr changed to {LOCATION:addr}",
    "summarize txn history for card {CARD}, holder {PERSON:full}, dispute opened {DATE}",
    "is {IBAN} a valid iban? customer {PERSON:full} says the wire bounced",
    "draft a SAR narrative for {PERSON:full} (SSN {SSN}), structured cash deposits into {ACCOUNT} between {DATE#1} and {DATE#2}",
    "check routing {ABA} and acct {ACCOUNT} belong to {PERSON:full}",
    "who owns {EMAIL}? it was used to enroll {ACCOUNT} in online banking",
    "flag ip {IP} - 6 failed logins on {PERSON:lc}'s profile",
    "{PERSON:lc} called from {PHONE} asking to raise limit on {CARD}",
    "translate this to english for the file: {PERSON:full@tr} ile {DATE} tarihinde görüşüldü, IBAN {IBAN:tr} teyit edildi",
    "rewrite more formal: hey {PERSON:first}, ur loan {ACCOUNT:loan} payment is late again",
    "dl# {LICENSE:dl} doesnt match the name {PERSON:full} in the system, what next",
    "ITIN {ITIN} - customer {PERSON:full} opening a secured card, ok to proceed w/o ssn?",
    "ein {EIN} sole prop owned by {PERSON:full}, need beneficial ownership cert?",
    "bic {SWIFT} correct for this benificiary? {PERSON:full}, iban {IBAN}",
    "look up {PERSON:init}, mortgage {ACCOUNT:mortgage}, property at {LOCATION:addr}",
    "give me a timeline for {PERSON:full}: acct opened {DATE#1}, first chargeback {DATE#2}, closed {DATE#3}",
    "{PERSON:lc} {ACCOUNT} {PHONE} - dupe customer record? merge?",
    # formal questions
    "Could you confirm whether {PERSON:full}, date of birth {DOB}, appears on any internal watchlist?",
    "Please verify that the routing number {ABA} matches the institution listed on the wire request submitted by {PERSON:full} on {DATE}.",
    "What documentation is required to add {PERSON:full} as a joint owner on account {ACCOUNT}?",
    "Is it permissible under our policy to send statements for account {ACCOUNT} to {EMAIL:of} at the request of {PERSON:full}?",
    "Please advise whether the passport number {LICENSE:passport} provided by {PERSON:full} is sufficient as primary ID.",
    "Can we accept a W-9 listing EIN {EIN} for {PERSON:full}'s consulting business, mailing address {LOCATION:addr}?",
    "Kindly explain why the payment of $4,800 from card {CARD} was declined on {DATE}.",
    # KYC notes
    "KYC note: Customer {PERSON:full} presented passport {LICENSE:passport}. DOB {DOB}. Residential address {LOCATION:addr}. Phone {PHONE}.",
    "CIP complete - {PERSON:caps_lf} | DOB: {DOB} | SSN: {SSN} | DL: {LICENSE:dl}",
    "EDD: {PERSON:full} is PEP-adjacent (brother-in-law of a provincial official). Source of funds: sale of property at {LOCATION:addr}.",
    "Address verification failed for {PERSON:full}; utility bill shows {LOCATION:addr} but application lists {LOCATION:addr#2}.",
    "Beneficial owner #2: {PERSON:full}, 35% ownership, DOB {DOB}, ITIN {ITIN}.",
    "Customer {PERSON:full} provided new mobile {PHONE} and email {EMAIL:of}. Updated by {PERSON:init#2}.",
    "KYC refresh - {PERSON:full}: employer unchanged, income $84k, address now {LOCATION:addr}, ok'd by {PERSON:init#2} on {DATE}",
    "ID docs for {PERSON:full}: DL {LICENSE:dl} exp {DATE}; passport {LICENSE:passport#2}.",
    "KYC: {PERSON:full} / {LOCATION:town} / DOB {DOB}",
    "PEP hit on {PERSON:full}? our cust DOB is {DOB}, list entry DOB is different - likely false positive",
    "OFAC potential match: list name {PERSON:caps}; our customer {PERSON:full}, DOB {DOB}, passport {LICENSE:passport}. Clearing as false positive.",
    # wire instructions
    "Beneficiary: {PERSON:caps_lf}\nIBAN: {IBAN}\nBIC: {SWIFT}\nRef: invoice 2291",
    "Please wire USD 12,500.00 to {PERSON:full}, acct {ACCOUNT}, ABA {ABA}, memo 'tuition'.",
    "Outgoing MT103 - ordering customer {PERSON:full} ({ACCOUNT}), beneficiary {PERSON:full#2}, {IBAN}, via {SWIFT}, value date {DATE}",
    "Intermediary bank SWIFT {SWIFT}, final credit to {IBAN} in favour of {PERSON:full}",
    "wire instr from cust email: bank: Zenith Bank, swift {SWIFT:ng}, acct name {PERSON:caps@ng}, acct no {ACCOUNT:plain}",
    "Domestic wire: RTN {ABA} / DDA {ACCOUNT:dda} / beneficiary {PERSON:full} / {LOCATION:usaddr}",
    "Recall request: wire sent {DATE} to {IBAN} ({SWIFT}) - customer {PERSON:full} reports BEC fraud.",
    "IBAN {IBAN} / BIC {SWIFT} / name {PERSON:full}",
    "she gave me {IBAN} but the bank says the account holder is not {PERSON:full}",
    "Incoming SEPA credit from {PERSON:full}, {IBAN:de}, ref rent",
    "our cust {PERSON:lc} wants to send eur to {IBAN:fr}, is the bic {SWIFT:fr}?",
    "Incoming wire: sender {PERSON:full}, sender bank {SWIFT}, credited to {ACCOUNT} on {DATE}",
    "Correct BIC for {PERSON:full}'s bank is {SWIFT}, not the one in the template",
    # fraud case notes
    "Case note: {PERSON:full} reports unauthorized ACH debits on {ACCOUNT} starting {DATE}. Login from {IP} not recognized by customer.",
    "ATO suspected. Email changed to {EMAIL:handle} and phone to {PHONE} within 10 min. Session IP {IP}.",
    "Card {CARD} used at 3 gas stations in {LOCATION:town} within an hour; cardholder {PERSON:full} is traveling abroad.",
    "Mule indicators: {PERSON:full} received 14 Zelle credits from unrelated parties, then wired out to {IBAN}.",
    "Customer clicked phishing link {URL:phish} and entered credentials for acct {ACCOUNT}.",
    "Fraudster posed as {PERSON:full} using DL {LICENSE:dl} at branch; real customer DOB {DOB} did not match.",
    "Device fingerprint shared by {PERSON:lc} and {PERSON:lc#2}, both logging in from {IP}",
    "Check #1044 deposited to {ACCOUNT} was altered; payee changed to {PERSON:full}.",
    "Elder fraud referral: {PERSON:full}, age 81, wired $46,000 to {PERSON:full#2} after a phone call from {PHONE}.",
    "sim swap? {PERSON:first@f} says her phone {PHONE} lost service {DATE} right before card {CARD} was added to a new wallet",
    "recieved a fax from {PHONE} claiming to be {PERSON:full}, asking to wire $18k to {IBAN}",
    "2nd party check deposited by {PERSON:full} into {ACCOUNT}, payee was {PERSON:full#2}",
    "Cash App handle {URL:cashapp} linked to {PERSON:lc}, getting lots of small p2p credits",
    "Zelle to {PHONE:us} for $950 disputed by {PERSON:full}; recipient token registered to {EMAIL:handle}",
    "Venmo payee {URL:venmo#2} received $5k from {PERSON:lc} in one week",
    "chargeback on {CARD} for $1,240 at an electronics store, {DATE}, cardholder {PERSON:init}",
    "Amex {CARD:amex} flagged for velocity, card member {PERSON:full}",
    "Visa {CARD:visa} txn {DATE} disputed by {PERSON:full}",
    # SAR excerpts
    "Between {DATE#1} and {DATE#2}, {PERSON:full} (SSN {SSN}) conducted 23 cash deposits just under $10,000 into account {ACCOUNT} at the {LOCATION:town} branch.",
    "The subject, {PERSON:full}, resides at {LOCATION:addr} and is employed as a used car dealer. Funds were subsequently wired to {IBAN}.",
    "{PERSON:full}, DOB {DOB}, maintained personal account {ACCOUNT} and business account {ACCOUNT#2} under EIN {EIN}.",
    "On {DATE}, the subject used ITIN {ITIN} to open account {ACCOUNT}; the associated address {LOCATION:addr} is a commercial mailbox.",
    "Online banking sessions for the subject originated from IP addresses {IP} and {IP#2}, both associated with VPN providers.",
    "Funds were sent via SWIFT to {SWIFT} for credit to {PERSON:full} under IBAN {IBAN}.",
    "SUMMARY: This SAR is filed on {PERSON:full}, a customer since 2016. From {DATE#1} through {DATE#2}, {PERSON:last} received 37 incoming transfers totaling $412,880 from parties with no apparent relationship, including {PERSON:full#2}. Funds were rapidly moved to {IBAN} held at a foreign bank ({SWIFT}). The subject's listed address, {LOCATION:addr}, is a residential apartment, inconsistent with the stated import business. Phone {PHONE} is also linked to two other closed accounts.",
    # customer emails
    "Hi, this is {PERSON:full}. I moved to {LOCATION:addr} last month, please update my address on account {ACCOUNT}. You can reach me at {PHONE}. Thanks!",
    "Dear Sir/Madam, I did not authorize the charge on my card {CARD} on {DATE}. Please call me at {PHONE}. Regards, {PERSON:full}",
    "From: {EMAIL:of}\nSubject: loan payoff\nHello, could you send me the payoff amount for loan {ACCOUNT:loan}? Thank you, {PERSON:first}",
    "Good morning, my name is {PERSON:full} and my SSN is {SSN}. I'm locked out of online banking.",
    "Please find my documents here: {URL:docs}. Passport no. {LICENSE:passport}. Best, {PERSON:full}",
    "Hello, kindly transfer my balance to my account at Garanti BBVA: {IBAN:tr}. {PERSON:full@tr}, {PHONE:tr}",
    "to whom it may concern - my mother {PERSON:full@f} passed on {DATE}, i am the executor. her account no is {ACCOUNT}",
    "Re: account {ACCOUNT} — I never received my debit card, my address is {LOCATION:addr}. {PERSON:first}",
    "{PERSON:full} <{EMAIL:of}> wrote: pls close my savings {ACCOUNT} and mail a check",
    "Hello team, I'm writing on behalf of my father, {PERSON:full@m}, who has dementia. I hold power of attorney (attached). He received a call from someone claiming to be your fraud department and gave out his card number {CARD} and his online banking password. Can you lock his account {ACCOUNT} and send a new card to {LOCATION:addr}? My number is {PHONE} and my email is {EMAIL:of#2}. Thanks, {PERSON:full#2}",
    # chat messages
    "[10:42] agent: can you confirm your date of birth? [10:43] customer: {DOB}",
    "cust in chat says hes {PERSON:lc@m}, zip {LOCATION:zip}, last 4 of ssn dont match tho",
    "Teller chat: {PERSON:first#2} at window 3 wants to cash a $9,900 check for {PERSON:full}, id {LICENSE}",
    "@{PERSON:first#2} can you look at {ACCOUNT}? {PERSON:lc} keeps calling about the hold",
    "ok so {PERSON:first} from ops said the wire to {SWIFT} got returned, beneficiary name mismatch",
    "ping me at {EMAIL:work} if the ach return for {ACCOUNT} posts",
    "escalate: {PERSON:full}, {PHONE}, {EMAIL:of}, says teller {PERSON:first#2} refused the deposit",
    "Called {PERSON:first} at {PHONE}, left vm re overdraft on {ACCOUNT}",
    "Customer's WhatsApp is {PHONE} - she prefers that over email",
    "fyi {PERSON:lc} updated adress to {LOCATION:addr_lc}",
    # table-like lines
    "Cust: {PERSON:full} | Acct: {ACCOUNT} | SSN: {SSN}",
    "Name;{PERSON:caps_lf};DOB;{DOB};Phone;{PHONE};Email;{EMAIL:of}",
    "{PERSON:full}\t{ACCOUNT}\t{ABA}\t{DATE}",
    "beneficiary={PERSON:full}, iban={IBAN:compact}, bic={SWIFT}",
    "ROW 14: borrower={PERSON:lc}, loan#={ACCOUNT:loan}, ein={EIN}, phone={PHONE}",
    "TIN type: ITIN | TIN: {ITIN} | Name: {PERSON:full} | Addr: {LOCATION:addr}",
    "Signer 1: {PERSON:full} / Signer 2: {PERSON:full#2} / Acct {ACCOUNT}",
    "KYC extract: {PERSON:caps_lf} {DOB} {SSN}",
    "Acct holder: {PERSON:full}\nSSN: {SSN}\nDOB: {DOB}\nPhone: {PHONE}",
    "ABA/routing: {ABA} | account: {ACCOUNT} | name on acct: {PERSON:full}",
    "direct deposit form: RTN {ABA} acct {ACCOUNT} {PERSON:caps}",
    "Payroll file line: {PERSON:caps_lf},{ABA},{ACCOUNT:plain},2450.00",
    "EIN: {EIN} | Owner: {PERSON:full} | DBA: Blue Anchor Auto Repair",
    "Login audit: user {EMAIL} | {IP} | {DATE} | success",
    "callback list:\n{PERSON:full} {PHONE}\n{PERSON:full#2} {PHONE#2}",
    "{PERSON:full} → {PERSON:full#2}, $3,200, Zelle, {DATE}",
    # lending
    "Underwriting: {PERSON:full} applying for HELOC on {LOCATION:usaddr}, existing mortgage {ACCOUNT:mortgage}, DTI 41%.",
    "Co-borrower {PERSON:full#2} has ITIN {ITIN}; primary borrower {PERSON:full} SSN {SSN}.",
    "please prep an adverse action letter for {PERSON:full}, app received {DATE}, mail to {LOCATION:usaddr}",
    "loan {ACCOUNT:loan} - borrower {PERSON:init} - 2 missed pmts, last contact {DATE} via {PHONE}",
    "Auto loan payoff for {PERSON:full}: account {ACCOUNT:loan}, lien release to be mailed to {LOCATION:addr}",
    "Small business loan: {PERSON:full}, dba Sunrise Bakery, EIN {EIN}, operating acct {ACCOUNT}",
    "ITIN holder {PERSON:full} ({ITIN}) asking about mortgage pre-qual",
    "W-7 approved, ITIN {ITIN} assigned to {PERSON:lc}, pls update cif",
    "is EIN {EIN} the same as the one on {PERSON:full}'s 2023 Schedule C?",
    "Schedule C income for {PERSON:full}'s LLC, EIN {EIN}, looks overstated vs deposits",
    "Mr. {PERSON:last@m} called again re overdraft fees on {ACCOUNT}",
    "Ms. {PERSON:last@f} (acct {ACCOUNT}) wants a fee reversal",
    "Customer {PERSON:full} born {DOB:y1952} turns 73 this year, RMD notice needed for IRA {ACCOUNT}",
    "Minor account: {PERSON:full} (DOB {DOB:minor}), custodian {PERSON:full#2}",
    "Joint acct {ACCOUNT} opened {DATE} by {PERSON:full} and {PERSON:full#2}",
    "Brokerage acct {ACCOUNT:brokerage} for {PERSON:full}: margin call issued {DATE}",
    "transfer {ACCOUNT:brokerage} to the new advisor, client {PERSON:lc}",
    # operations
    "ACH return R03 on {ACCOUNT} (RTN {ABA}) - no account/unable to locate. Originator contact {PERSON:full}.",
    "Stop payment placed on check 2219 drawn on {ACCOUNT} at request of {PERSON:full}, {DATE}",
    "Statement returned undeliverable from {LOCATION:addr}; customer {PERSON:full}, account {ACCOUNT}",
    "Dormant acct {ACCOUNT}, last activity {DATE}, owner {PERSON:full}, escheat review",
    "Reissue card for {PERSON:full}; old card {CARD} reported lost, mail to {LOCATION:addr}",
    "Customer portal link for {PERSON:full}: {URL:portal}",
    "Please unlock profile tied to {EMAIL}, customer verified with DOB {DOB} and zip {LOCATION:zip}",
    "Please add {PERSON:full} as authorized user on card {CARD}; AU DOB {DOB}",
    "cust {PERSON:first} wants {CARD} replaced after skimming at a gas pump in {LOCATION:town}",
    "refund went to old card {CARD}, can we push it to {ACCOUNT} instead? cust {PERSON:lc}",
    "Customer {PERSON:full} (mobile {PHONE}) requests paper statements to {LOCATION:addr}.",
    "Approved by {PERSON:full} ({EMAIL:work}) on {DATE}",
    "escalated to {PERSON:init@f} in BSA; she wants the {DATE} wire to {SWIFT} re-screened",
    # short ones
    "{PERSON:full} ssn {SSN}",
    "ABA {ABA} acct {ACCOUNT}",
    "card {CARD} declined again, cust {PERSON:lc}",
    "iban {IBAN:compact} - which bank?",
    "who is {PERSON:lc}? shows up as payee on {ACCOUNT}",
    "Passport {LICENSE:passport}, {PERSON:full@ng}, nationality Nigerian.",
    "send pw reset link to {EMAIL}?",
    "ip {IP} again. same device as {PERSON:lc}",
    "dob {DOB}, is that right for {PERSON:first}?",
    "SSN/DOB mismatch: {SSN} / {DOB}",
    "ssn {SSN} comes back deceased per SSA, acct holder claims to be {PERSON:full}",
    "is {ABA} a fed-member bank? cust {PERSON:lc} wants same-day ach",
    "wire rejected, invalid ABA {ABA}? looks valid to me. cust {PERSON:lc} {PHONE}",
    "block {IP} and {IP#2}, both used in the credential stuffing on {DATE}",
    "Driver's license: {LICENSE:dl}, issued {DATE}",
    "ID on file for {PERSON:full} expired; new DL no. {LICENSE:dl}",
    "passport {LICENSE:passport} exp {DATE} - {PERSON:full}",
    "DL {LICENSE:dl} / {PERSON:caps} / {LOCATION:addr}",
    "callback number {PHONE} not on file for {PERSON:full}, do not release info",
    "Customer {PERSON:full} asked us to use {EMAIL:of} instead of {EMAIL#2} going forward.",
    "1099-INT mismatch: payee {PERSON:full}, TIN on file {ITIN}, IRS says invalid",
    "B-notice for {PERSON:full} re EIN {EIN}; backup withholding starts {DATE}",
    "statement for {DATE:my} on {ACCOUNT} shows a $2,000 cash withdrawal {PERSON:first@f} says she never made",
    # international
    "Polish customer {PERSON:full@pl} wants salary from a Polish employer paid to IBAN {IBAN:pl}; PESEL not on file.",
    "Remittance to Vietnam: sender {PERSON:full}, receiver {PERSON:full@vn#2} (Vietcombank, SWIFT {SWIFT:vn}), receiver phone {PHONE:vn}",
    "Brazil account for {PERSON:full@br}: {IBAN:br}, contact {EMAIL:of}",
    "UAE salary transfer for {PERSON:full}, IBAN {IBAN:ae}, Emirates ID pending",
    "Customer {PERSON:full} from {LOCATION:city} sends monthly support to family via Western Union; phone {PHONE}",
    "Chinese student {PERSON:full@cn} opening checking; passport {LICENSE:passport}, US address {LOCATION:usaddr}, no SSN, applying for ITIN",
    "NRI account: {PERSON:full@in}, Indian passport {LICENSE:passport}, NRE acct {ACCOUNT}, mobile {PHONE:in}",
    "Nigerian customer {PERSON:full@ng} asks why the inbound from {SWIFT} is on hold, contact {PHONE:ng}",
    # URLs
    "Customer shared a Google Drive link with bank statements: {URL:gdrive}",
    "Screenshot of the fake invoice was hosted at {URL:phish}; victim {PERSON:full}",
    "LinkedIn profile for {PERSON:full} ({URL:linkedin}) says CFO but income docs show $38k",
    "DocuSign envelope for {PERSON:full}'s mortgage closing: {URL:docusign}",
    "check this listing {URL:listing} - is {PERSON:lc} using it to launder rent?",
    "{PERSON:full} uploaded ID via {URL:portal}",
    "fb page {URL:facebook} matches the name {PERSON:lc} on the mule acct {ACCOUNT}",
    "Customer emailed a link to their tax return: {URL:docs} - pls download and delete the email",
    # IPs
    "The IPv6 address {IP:v6} was used to add payee {PERSON:full} to account {ACCOUNT}.",
    "geo for {IP} says different country than {PERSON:full}'s home address {LOCATION:addr}",
    "Login from {IP} at 03:12 for {EMAIL:of}, customer {PERSON:full} denies it",
    # long ones
    "Onboarding summary - Applicant {PERSON:full@tr}, DOB {DOB}, citizen of Turkey, resident at {LOCATION:addr}. Identity verified with passport {LICENSE:passport} and proof of address. Expected activity: payroll deposits of about $7k per month, occasional transfers to family IBAN {IBAN:tr}. Risk rating: medium due to cross-border activity. Reviewer: {PERSON:init#2}.",
    "Investigator notes: On {DATE}, an unknown party called from {PHONE} impersonating {PERSON:full}, passed KBA using DOB {DOB} and the last 4 of the SSN, and requested a new debit card. The card was activated from IP {IP}. Recommend closing {ACCOUNT} and reopening under a new number.",
    "Wire room callback log: requested by {PERSON:full} for $250,000 to {IBAN} ({SWIFT}). Callback placed to number on file {PHONE}, not the number in the email. Customer confirmed, but the beneficiary changed from the prior wire on {DATE}; holding for second review by {PERSON:init#2}.",
]

PH = re.compile(r"\{([A-Z]+)(?::([a-z_0-9]+))?(?:@([a-z.]+))?(?:#(\d))?\}")


def render(template):
    persons = {}
    values = {}
    used_names = set()

    def get_person(k, cons=()):
        if k not in persons:
            pool = [t for t in NAMES if t not in used_names and name_ok(t, cons)]
            tup = rng.choice(pool)
            used_names.add(tup)
            persons[k] = Person(tup)
        return persons[k]

    # when a text holds both an IBAN and a BIC, keep them in the same country
    if "{IBAN" in template and "{SWIFT}" in template:
        cc = rng.choice(["gb", "fr", "de", "tr", "pl", "br", "ae", "nl", "es", "it", "sa", "ch"])
        template = template.replace("{SWIFT}", "{SWIFT:%s}" % cc)
        template = re.sub(r"\{IBAN(:compact)?\}", "{IBAN:%s}" % cc, template)

    out, spans, pos = [], [], 0
    for m in PH.finditer(template):
        lit = template[pos:m.start()]
        out.append(lit)
        etype, variant, k = m.group(1), m.group(2), int(m.group(4) or 1)
        cons = tuple(m.group(3).split(".")) if m.group(3) else ()
        if etype == "PERSON":
            val = get_person(k, cons).render(variant or "full")
        else:
            key = (etype, variant, k)
            if key not in values:
                if etype == "EMAIL":
                    if variant in ("of", "work"):
                        values[key] = gen_email(variant, get_person(k))
                    else:
                        values[key] = gen_email(variant)
                elif etype == "DATE" and variant != "my":
                    # DATE#1 < DATE#2 < DATE#3 within one text
                    if "base" not in values:
                        values["base"] = rand_date(2021, 2024)
                    offs = values.setdefault("offs", [0])
                    while len(offs) < k:
                        offs.append(offs[-1] + rng.randrange(9, 120))
                    d = values["base"] + timedelta(days=offs[k - 1])
                    values[key] = gen_date(variant, d)
                elif etype == "URL":
                    # social/pay/docs urls mention the text's person #k when present
                    values[key] = gen_url(variant, get_person(k))
                else:
                    values[key] = GEN[etype](variant)
            val = values[key]
        start = sum(len(x) for x in out)
        out.append(val)
        spans.append({"entity_type": etype, "value": val, "start": start, "end": start + len(val)})
        pos = m.end()
    out.append(template[pos:])
    return "".join(out), spans


# --------------------------------------------------------------------------
# Negative templates (no personal identifiers)
# --------------------------------------------------------------------------
NEG_BANKS = ["Truist", "KeyCorp", "Regions Financial", "Citizens Financial", "Fifth Third",
             "Comerica", "Ally Financial", "Capital One", "Synchrony", "Discover Financial",
             "Western Alliance", "Valley National", "First Horizon", "M&T Bank", "U.S. Bancorp"]
NEG_TICKERS = ["TFC", "KEY", "RF", "CFG", "FITB", "ALLY", "COF", "SYF", "CMA", "MTB", "USB"]
NEG_RATINGS = ["Baa1", "A3", "BBB+", "A-", "Ba1", "BBB", "Baa2", "A2", "BBB-"]
NEG_POLS = ["AML-POL-017", "OPS-PRC-221", "KYC-STD-004 v3.1", "FRD-POL-012", "CRD-POL-030 rev. 7",
            "TM-STD-008"]
NEG_Q = ["Q3 2024", "Q1 2025", "the fourth quarter", "Q2", "the first half", "Q4 2023"]
NEG_FY = ["FY2024", "fiscal 2025", "FY25", "the full year", "fiscal 2023"]

NEG_TEMPLATES = [
    "What is the difference between ASC 842 and IFRS 16 treatment for our branch leases?",
    "Summarize the key changes to the CECL reserve methodology in {Q} versus the prior quarter.",
    "{BANK} reported a CET1 ratio of {PCT:9.5-13.8} and net interest margin of {PCT:2.4-3.9}, down {BPS:3-22} bps QoQ.",
    "can u explain why NIM compresses when deposit betas go above {PCT:35-60}?",
    "Draft a memo to the BSA Officer on updating policy {POL} for currency transaction reporting over $10,000.",
    "Moody's downgraded {BANK} to {RATING} with a negative outlook; what does that mean for our counterparty limits?",
    "pls compare 7/1 ARM vs 30-yr fixed for the rate sheet, spread {BPS:15-60} bps",
    "The loan loss provision rose to ${AMT:80-640}M in {Q}, driven by commercial real estate.",
    "Under Reg E, how many business days do we have to provisionally credit a disputed debit?",
    "whats the filing deadline for a SAR after initial detection of suspicious activity",
    "Explain IFRS 9 stage 2 triggers in plain English for the credit committee.",
    "Is a W-9 or a W-8BEN required for a foreign individual opening a brokerage account?",
    "Our LCR came in at {PCT:104-141} and NSFR at {PCT:106-128}; both above the regulatory minimum.",
    "The compliance team updated procedure {POL} to reflect the 25% beneficial ownership threshold.",
    "{TICKER} shares fell {PCT:2-11} after the bank guided net interest income lower for {FY}.",
    "how do i calc DSCR for a CRE loan w/ an interest-only period",
    "The relationship manager asked whether a 5/1 ARM can be converted after the first reset.",
    "Fannie Mae and Freddie Mac loan limits changed; update the jumbo threshold in the LOS.",
    "Total deposits grew {PCT:1-7} to ${AMT:40-210}B while the bank closed {N:6-48} branches.",
    "Rewrite this for the board: efficiency ratio improved from {PCT:61-68} to {PCT:54-60} on lower occupancy costs.",
    "What does a Baa3 vs BBB- rating imply for the risk weight under the standardized approach?",
    "List the red flags for trade-based money laundering per FATF guidance.",
    "The Volcker Rule compliance program was tested by internal audit; {N:2-9} findings, none rated high.",
    "Explain the Dodd-Frank stress test requirements for banks above $100B in assets.",
    "Sarbanes-Oxley 404 testing for the wire room control is due before {Q} close.",
    "Form 8-K was filed announcing the CFO's departure; the treasurer is serving as interim CFO.",
    "case management system upgraded to release 10.4.2.19; alert queue migration completed",
    "Cost center 7710-220 is over budget by {PCT:3-19} due to vendor fees.",
    "GL account 1450-000 should net to zero after the daily sweep.",
    "Batch 000417 of ACH entries was rejected by the operator for a bad file header.",
    "model MDL-0042 (PD scorecard) needs revalidation under SR 11-7",
    "alert volume from rule TM-118 (rapid movement of funds) dropped {PCT:12-45} after tuning",
    "What is a reasonable CTR exemption review frequency for Phase II exempt persons?",
    "The fraud team saw a {PCT:8-40} increase in check fraud losses in {Q}, mostly mobile deposit.",
    "Help me explain the 30/360 day count convention to a new analyst.",
    "The 314(a) list came in; {N:2-14} potential matches to clear, all discounted after review.",
    "Does OFAC's 50 percent rule apply to entities owned by multiple blocked persons in aggregate?",
    "Fitch affirmed {BANK} at {RATING}; outlook stable.",
    "Overdraft revenue was ${AMT:40-310}M in {FY}, down {PCT:12-45} after fee changes.",
    "Wire cutoff for same-day Fedwire is 6:00 pm ET; the CHIPS cutoff is earlier.",
    "Interchange cap under Reg II is 21 cents plus 5 bps of the transaction.",
    "The ALLL coverage ratio stands at {PCT:1.1-2.1} of total loans.",
    "The bank holds {N:40-160} correspondent relationships; {N:5-30} were reviewed for nested account risk this year.",
    "can you draft talking points on why our HTM securities losses don't hit CET1 for non-advanced approaches banks",
    "Citigroup, Wells Fargo and Goldman Sachs all beat consensus EPS estimates in {Q}.",
    "JPM trades at {X:2.1-2.6}x tangible book versus a peer median of {X:1.3-1.8}x.",
    "The Gramm-Leach-Bliley privacy notice must be updated for the new data-sharing vendor.",
    "Explain the difference between a SAR and a CTR to a new teller in two sentences.",
    "What's the max LTV for an FHA loan with a 580 credit score?",
    "Please check the Form 1099-INT reconciliation totals against the GL for {FY}.",
    "The loan committee approved a ${AMT:15-90}M revolver at SOFR + {BPS:175-325} bps with a 1.25x DSCR covenant.",
    "The chief risk officer wants the KRI dashboard refreshed weekly instead of monthly.",
    "Mortgage origination volume fell {PCT:8-31} year over year as the 30-year rate averaged {PCT:6.1-7.3}.",
    "Summarize the FFIEC BSA/AML manual section on customer due diligence.",
    "is a prepaid card program subject to the Prepaid Rule under Reg E? yes/no + why",
    "The bank's cumulative deposit beta was {PCT:28-44}, below the peer group.",
    "Net charge-offs on the card portfolio were {PCT:3.2-6.1} annualized, up {BPS:10-70} bps.",
    "Internal policy {POL} requires periodic review every 12 months for high-risk customers.",
    "The Truist and PNC earnings calls both highlighted CRE office exposure.",
    "How should we classify a troubled loan modification under ASU 2022-02?",
    "TLAC requirements don't apply to us, right? we're under $250B",
    "Write a short explainer on how Zelle disputes differ from card chargebacks.",
    "The auditors flagged {N:2-11} exceptions in the wire callback control test; the remediation owner is the head of payments ops.",
    "Our share of the syndicated term loan B is ${AMT:25-120}M, priced at an OID of 98.5.",
    "Compare the CECL day-one impact disclosed in the 10-K with the peer average.",
    "Does the Bank Secrecy Act require recordkeeping for funds transfers of $3,000 or more?",
    "What share of non-interest-bearing deposits is typical for a mid-size commercial bank?",
    "the fraud ops manager wants a draft playbook for APP scams - keep it under 1 page",
    "Senior unsecured ratings from Moody's, S&P and Fitch: {RATING}, {RATING2}, {RATING3}.",
    "tier 1 leverage {PCT:8.1-10.4}, total capital {PCT:12.5-15.9} - pls format as a table",
    "Schwab and Morgan Stanley both reported sweep deposit outflows; what's driving it?",
    "Please explain tipping off under our SAR confidentiality policy {POL}.",
    "Barclays and HSBC are listed as correspondent banks in the nostro reconciliation.",
    "Explain how Regulation CC hold periods apply to a $7,500 check deposit into a new account.",
    "The card issuer's 24/7 fraud line handled {N:900-4200} calls per day on average in {Q}.",
    "Reg O limits: what's the aggregate lending cap to insiders as a % of capital?",
    "Why would a bank hold {PCT:12-24} of assets in Level 1 HQLA when the LCR floor is 100%?",
    "{BANK} cut its prime-based HELOC rate by {BPS:10-50} bps and raised its CD special to {PCT:4.1-5.3}.",
    "need a table of the top 5 drivers of the {BPS:8-35} bps NIM decline, with $ impact",
    "The treasurer wants the ALCO deck to show EVE sensitivity for a +200 bps parallel shock.",
    "Per 31 CFR 1010.230, when must we recertify beneficial owners of a legal entity customer?",
    "The board approved a ${AMT:250-1500}M share buyback and a quarterly dividend of $0.{D2} per share.",
    "Deposit account agreements were revised for Regulation DD disclosures; version 4.2 goes live next quarter.",
    "Why did Form FR Y-9C show a jump in unused commitments in {Q}?",
    "The model risk team rated the new AML transaction monitoring model Tier 2.",
    "what's the risk weight for a HVCRE exposure again, 150%?",
    "Summarize the CFPB's stance on junk fees for the product team in three bullets.",
    "The OCC exam found {N:2-7} MRAs related to third-party risk management.",
    "Is Form 8300 filed by the bank or only by non-bank businesses receiving cash over $10,000?",
    "{BANK}'s loan-to-deposit ratio rose to {PCT:84-97} from {PCT:74-83} a year earlier.",
    "How does a 2/28 ARM differ from a 10/6 ARM in payment shock risk?",
]


def neg_fill(t):
    def num(kind, lo, hi):
        if kind == "PCT":
            x = rng.uniform(lo, hi)
            return f"{x:.1f}%" if x < 100 else f"{x:.0f}%"
        if kind == "BPS" or kind == "N":
            v = rng.randrange(int(lo), int(hi) + 1)
            return f"{v:,}"
        if kind == "AMT":
            x = rng.uniform(lo, hi)
            return f"{x:,.0f}" if x >= 100 else f"{x:.1f}"
        if kind == "X":
            return f"{rng.uniform(lo, hi):.2f}"
        raise ValueError(kind)

    def sub(m):
        kind, rngspec = m.group(1), m.group(2)
        if rngspec:
            lo, hi = (float(x) for x in rngspec.split("-"))
            return num(kind, lo, hi)
        simple = {"BANK": NEG_BANKS, "TICKER": NEG_TICKERS, "Q": NEG_Q, "FY": NEG_FY,
                  "POL": NEG_POLS, "RATING": NEG_RATINGS, "RATING2": NEG_RATINGS,
                  "RATING3": NEG_RATINGS}
        if kind in simple:
            return rng.choice(simple[kind])
        if kind == "D2":
            return str(rng.randrange(18, 95))
        raise ValueError(kind)

    t = re.sub(r"\{([A-Z0-9]+)(?::([0-9.]+-[0-9.]+))?\}", sub, t)
    assert "{" not in t and "}" not in t, t
    return t


# --------------------------------------------------------------------------
# Build + checks
# --------------------------------------------------------------------------
def check_value(etype, v):
    if etype == "CARD":
        d = re.sub(r"[ -]", "", v)
        assert d.isdigit() and len(d) in (15, 16) and luhn_ok(d), v
    elif etype == "IBAN":
        assert iban_ok(v), v
    elif etype == "ABA":
        assert aba_ok(v), v
    elif etype == "SSN":
        assert ssn_ok(v), v
    elif etype == "ITIN":
        assert itin_ok(v), v
    elif etype == "SWIFT":
        assert re.fullmatch(r"[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?", v), v
    elif etype == "EMAIL":
        assert re.fullmatch(r"[^@\s]+@[a-z0-9.-]+\.[a-z]{2,}", v), v
    elif etype == "EIN":
        assert re.fullmatch(r"\d{2}-\d{7}", v), v


def main():
    # positives: every template once, then top up with templates holding the rarest types
    order = list(range(len(POS_TEMPLATES)))
    rng.shuffle(order)
    assert len(order) <= 200
    pos_rows, texts = [], set()
    counts = Counter()

    used = Counter()

    def add(ti):
        used[ti] += 1
        for _ in range(20):
            text, spans = render(POS_TEMPLATES[ti])
            if text not in texts:
                texts.add(text)
                pos_rows.append({"text": text, "spans": spans})
                for s in spans:
                    counts[s["entity_type"]] += 1
                return
        raise RuntimeError("could not make a unique text")

    for ti in order:
        add(ti)
    types_in = [set(m.group(1) for m in PH.finditer(t)) for t in POS_TEMPLATES]
    while len(pos_rows) < 200:
        rarest = min(TYPES, key=lambda t: (counts[t], t))
        cands = [i for i, ts in enumerate(types_in) if rarest in ts]
        fewest = min(used[i] for i in cands)
        add(rng.choice([i for i in cands if used[i] == fewest]))
    rng.shuffle(pos_rows)

    # checks on positives
    for row in pos_rows:
        text, spans = row["text"], row["spans"]
        assert "{" not in text and "}" not in text, text
        spans.sort(key=lambda s: s["start"])
        prev_end = -1
        for s in spans:
            assert s["entity_type"] in TYPES, s
            assert text[s["start"]:s["end"]] == s["value"], (text, s)
            assert s["start"] >= prev_end, ("overlap", text, s)
            prev_end = s["end"]
            check_value(s["entity_type"], s["value"])
        assert 1 <= len(spans), text

    # negatives
    neg_rows, neg_texts = [], set()
    base = list(NEG_TEMPLATES)
    rng.shuffle(base)
    for t in base:
        if len(neg_rows) == 100:
            break
        txt = neg_fill(t)
        if txt not in neg_texts:
            neg_texts.add(txt)
            neg_rows.append({"text": txt, "spans": []})
    slot_templates = [t for t in NEG_TEMPLATES if "{" in t]
    while len(neg_rows) < 100:
        txt = neg_fill(rng.choice(slot_templates))
        if txt not in neg_texts:
            neg_texts.add(txt)
            neg_rows.append({"text": txt, "spans": []})
    rng.shuffle(neg_rows)

    # sanity checks on negatives: no pool names/places, no PII-like shapes
    name_tokens = set()
    for g, s, _, _ in NAMES:
        for tok in (g + " " + s).replace("-", " ").split():
            if len(tok) > 2 and tok[0].isupper():
                name_tokens.add(tok)
    generic = {"Phase", "Street", "Road", "Apartments", "Close", "Villa", "District", "Room"}
    place_tokens = {w.strip(",.") for a in ADDRESSES + TOWNS for w in a.split()
                    if len(w) > 4 and w[0].isupper()} - generic
    pii_shapes = [r"@", r"https?://", r"\b\d{3}-\d{2}-\d{4}\b", r"\b\d{9}\b", r"\b\d{12,19}\b",
                  r"\b[A-Z]{2}\d{2}[A-Z0-9]{10,30}\b", r"\(\d{3}\)", r"\b\d{1,2}/\d{1,2}/\d{2,4}\b",
                  r"\b(January|February|March|April|June|July|August|September|October|November|December) \d"]
    for row in neg_rows:
        t = row["text"]
        words = set(re.findall(r"[A-Za-zÀ-ž'-]+", t))
        assert not (words & name_tokens), (t, words & name_tokens)
        assert not (words & place_tokens), (t, words & place_tokens)
        for pat in pii_shapes:
            assert not re.search(pat, t), (pat, t)

    with open(OUT_POS, "w", encoding="utf-8") as f:
        for row in pos_rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(OUT_NEG, "w", encoding="utf-8") as f:
        for row in neg_rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")

    print(f"templates: {len(POS_TEMPLATES)} positive, {len(NEG_TEMPLATES)} negative")
    print(f"positives: {len(pos_rows)} lines, {sum(counts.values())} spans")
    print(f"negatives: {len(neg_rows)} lines")
    per_text = Counter(len(r["spans"]) for r in pos_rows)
    print("spans per positive text:", dict(sorted(per_text.items())))
    for t in TYPES:
        print(f"  {t:9s} {counts[t]}")
    short = [r for r in TYPES if counts[r] < 8]
    assert not short, short


if __name__ == "__main__":
    main()
