#!/usr/bin/env python3
"""Generate a small hand-written, labelled clinical PII/PHI evaluation set.

Outputs
  /work/heldout/clinical_pos.jsonl  200 texts with every Safe Harbor identifier labelled
  /work/heldout/clinical_neg.jsonl  100 hard clinical texts with no identifiers

No name/address generator library is used: every name, street, town, facility
and template below was written by hand; random only picks among them and
builds digit strings in realistic shapes (with valid check digits for NPI,
DEA and VIN).

Labelling conventions
  * Titles (Dr., Mr., RN, MD) are outside PERSON spans; possessive 's is outside.
  * A full postal address is one LOCATION span; a town or ZIP alone is its own span.
  * AGE spans cover only the number ("93" in "93yo"); ages <= 89 are never labelled.
  * DATE "the 3rd" includes the word "the".
  * NPI, state licence, DEA and driver licence numbers are all LICENSE.
  * Medicare MBI and other plan numbers are MEMBER_ID; plan names are not labelled.
"""
import json
import random
import re
import unicodedata
from collections import Counter

rng = random.Random(20240314)

# --------------------------------------------------------------------------
# Hand-written name pools, grouped by culture so given/family names match.
# --------------------------------------------------------------------------
CULTURES = {  # culture: (female given, male given, family names)
    "anglo": (["Margaret", "Dolores", "Brianna", "Gwendolyn", "Shirley", "Kayleigh", "Beverly",
               "Mildred", "Patricia"],
              ["Harold", "Wendell", "Tyler", "Clifford", "Dale", "Ronald", "Earl", "Robert"],
              ["Pruitt", "Hargrove", "Whitaker", "Callahan", "Blevins", "Stroud", "Pennington",
               "Ashworth", "Dempsey", "Gaskins", "Holloway", "Mayfield", "Tibbs", "Rutledge",
               "Thibodeaux", "Fairbanks"]),
    "afam": (["Latoya", "Keisha", "Imani", "Shanice", "Ebony", "Odessa"],
             ["DeShawn", "Jamal", "Darnell", "Tyrone", "Marcus", "Cornelius"],
             ["Washington", "Jefferson", "Boykins", "Gaines", "Merriweather", "Battle",
              "Toussaint", "Pettaway", "Dukes"]),
    "hisp": (["María José", "Guadalupe", "Esperanza", "Ximena", "Yesenia", "Consuelo", "Araceli"],
             ["Jesús", "Tadeo", "Rogelio", "Alejandro", "Héctor"],
             ["Fernández-Ruiz", "Villalobos", "Quispe", "Ocampo", "Barrientos", "de la Cruz",
              "Zúñiga", "Montoya", "Saldívar", "Echeverría"]),
    "viet": (["Thi Lan", "Bao Anh", "Thu Trang"], ["Van Minh", "Quoc Huy", "Duc"],
             ["Nguyen", "Tran", "Pham", "Le", "Vo", "Huynh"]),
    "chinese": (["Mei-Ling", "Xiaoling", "Yan"], ["Wei", "Jianguo"], ["Huang", "Zhang", "Liu", "Chen"]),
    "korean": (["Soo-ah", "Min-jung"], ["Jae-won", "Hyun-woo"], ["Kim", "Park", "Cho"]),
    "japanese": (["Yuki", "Emiko"], ["Haruto", "Kenji"], ["Sato", "Takahashi", "Nakamura", "Oyama"]),
    "southasia": (["Priya", "Lakshmi", "Deepika"], ["Rajesh", "Anand", "Sandeep"],
                  ["Raghunathan", "Venkataraman", "Patel", "Iyer", "Menon"]),
    "sikh": (["Harpreet", "Manpreet"], ["Gurdeep", "Jaspal"], ["Sandhu", "Gill", "Dhillon"]),
    "bengali": (["Nusrat", "Rumana"], ["Farhan", "Arif"], ["Chowdhury", "Bhattacharya", "Rahman"]),
    "yoruba": (["Folake", "Adunni"], ["Oluwaseun", "Babajide"], ["Adebayo", "Oyelaran"]),
    "igbo": (["Ngozi", "Adaeze"], ["Chidi", "Emeka"], ["Okonkwo", "Eze", "Nwosu", "Okafor"]),
    "ghana": (["Abena", "Efua"], ["Kwame", "Ebo"], ["Mensah", "Asante", "Boateng"]),
    "mideast": (["Fatima Zahra", "Layla", "Rania", "Noor"], ["Mohammed", "Yusuf", "Omar", "Tariq"],
                ["Al-Farsi", "Benali", "Haddad", "Khoury", "El-Sayed", "Nasser"]),
    "persian": (["Shirin", "Parisa"], ["Hamid", "Reza"], ["Rezaei", "Karimi", "Tehrani"]),
    "turkish": (["Elif", "Zeynep"], ["Mehmet", "Emre"], ["Demir", "Yıldız", "Aydın"]),
    "polish": (["Agnieszka", "Halina"], ["Tomasz", "Zbigniew"], ["Wiśniewski", "Kowalczyk", "Zieliński"]),
    "nordic": (["Ingrid", "Astrid"], ["Björn", "Henrik"], ["Lindqvist", "Sørensen", "Halvorsen"]),
    "irish": (["Siobhan", "Saoirse"], ["Cathal", "Donal"], ["O'Callaghan", "Mac Giolla Phádraig", "Ó Súilleabháin"]),
    "italian": (["Giuseppina", "Rosaria"], ["Giuseppe", "Salvatore"], ["Lo Bianco", "Esposito", "Caruso"]),
    "dutch": (["Ilse", "Marloes"], ["Joost", "Pieter"], ["van der Berg", "de Vries", "Bakker"]),
    "slavic": (["Svetlana", "Oksana"], ["Dmitri", "Mykola"], ["Volkov", "Ivanenko", "Sokolov"]),
    "hungarian": (["Erzsébet"], ["Zoltán", "László"], ["Horváth", "Nagy"]),
    "hawaiian": (["Leilani", "Malia"], ["Makoa", "Keanu", "Kealoha"], ["Kahananui", "Akana", "Kealamakia"]),
    "native": (["Winona", "Tallulah", "Dezbah"], ["Delbert", "Lorenzo"], ["Yazzie", "Begay", "Tsosie", "Two Bulls"]),
    "maori": (["Aroha"], ["Rangi", "Wiremu"], ["Parata", "Ngata"]),
    "southern_africa": (["Zanele", "Nomvula"], ["Thabo", "Tendai"], ["Mthembu", "Ndlovu", "Chikwanha", "Dube"]),
    "east_africa": (["Wanjiru", "Achieng"], ["Kamau", "Otieno"], ["Odhiambo", "Mwangi", "Kariuki"]),
    "somali": (["Amina", "Hodan"], ["Abdirahman", "Abdullahi"], ["Warsame", "Farah", "Hassan"]),
    "kazakh": (["Aigerim", "Dinara"], ["Nursultan", "Timur"], ["Bekov", "Abenov", "Seitkali", "Rakhimov"]),
}
# rough weighting toward a US hospital population
CULTURE_NAMES = sorted(CULTURES)
CULTURE_WEIGHTS = [{"anglo": 6, "afam": 3, "hisp": 4}.get(c, 1) for c in CULTURE_NAMES]
# family names that change form for women
FEM_SURNAME = {"Wiśniewski": "Wiśniewska", "Zieliński": "Zielińska", "Volkov": "Volkova",
               "Sokolov": "Sokolova", "Bekov": "Bekova", "Abenov": "Abenova",
               "Rakhimov": "Rakhimova", "Mac Giolla Phádraig": "Nic Giolla Phádraig"}

NICKS = {
    "Margaret": "Peggy", "Harold": "Hal", "Gwendolyn": "Winnie", "Clifford": "Cliff",
    "Mildred": "Millie", "Ronald": "Ronnie", "Robert": "Bobby D", "Patricia": "Trish",
    "Guadalupe": "Lupita", "Jesús": "Chuy", "Alejandro": "Alex", "Oluwaseun": "Seun",
    "Babajide": "Jide", "Giuseppe": "Beppe", "Dmitri": "Dima", "Tomasz": "Tomek",
    "Mohammed": "Mo", "Esperanza": "Espe", "Consuelo": "Chelo", "Rogelio": "Roy",
    "Svetlana": "Sveta", "Agnieszka": "Aga", "Cornelius": "Neil", "Odessa": "Dessie",
    "Abdirahman": "Abdi", "Nursultan": "Nurik", "Zbigniew": "Zbyszek", "Salvatore": "Sal",
    "Giuseppina": "Pina", "Erzsébet": "Erzsi", "Héctor": "Tito", "Mykola": "Kolya",
}


def ascii_fold(s):
    s = s.replace("ø", "o").replace("Ø", "O")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Person:
    def __init__(self, given, family):
        self.given, self.family = given, family

    @property
    def full(self):
        return f"{self.given} {self.family}"

    def render(self, attr):
        g, f = self.given, self.family
        if attr in (None, "full"):
            return self.full
        if attr == "first":
            return g
        if attr == "last":
            return f
        if attr == "firstlc":
            return ascii_fold(g).lower() if rng.random() < 0.6 else g.lower()
        if attr == "lastlc":
            return ascii_fold(f).lower() if rng.random() < 0.6 else f.lower()
        if attr == "lc":
            s = self.full.lower()
            return ascii_fold(s) if rng.random() < 0.6 else s
        if attr == "lf":
            v = rng.choice(["UP", "UPNOSP", "Mixed"])
            if v == "UP":
                return f"{f.upper()}, {g.upper()}"
            if v == "UPNOSP":
                return f"{ascii_fold(f).upper()},{ascii_fold(g).upper()}"
            return f"{f}, {g}"
        if attr == "init":
            parts = re.split(r"[ -]", g)
            if len(parts) > 1:
                return "".join(p[0] + "." for p in parts) + " " + f
            return rng.choice([f"{g[0]}. {f}", f"{g[0]} {f}", f"{g[0]}.{f}"])
        if attr == "nick":
            return NICKS[g]
        raise KeyError(attr)


def new_person(need_nick=False, gender=None, exclude=()):
    while True:
        culture = rng.choices(CULTURE_NAMES, CULTURE_WEIGHTS)[0]
        fem, male, fams = CULTURES[culture]
        g_ = gender or rng.choice("FM")
        pool = fem if g_ == "F" else male
        if need_nick:
            pool = [x for x in pool if x in NICKS]
            if not pool:
                continue
        given = rng.choice(pool)
        family = rng.choice(fams)
        if g_ == "F":
            family = FEM_SURNAME.get(family, family)
        if (given, family) not in exclude:
            return Person(given, family)


# --------------------------------------------------------------------------
# Places (hand-written)
# --------------------------------------------------------------------------
TOWNS = [  # town, state, zip prefix / zip
    ("Duluth", "MN", "558"), ("Bemidji", "MN", "566"), ("Kalispell", "MT", "599"),
    ("Yakima", "WA", "989"), ("Chillicothe", "OH", "456"), ("Hilo", "HI", "967"),
    ("Las Cruces", "NM", "880"), ("Nacogdoches", "TX", "759"), ("Ithaca", "NY", "148"),
    ("Bangor", "ME", "044"), ("Opelousas", "LA", "705"), ("Keokuk", "IA", "526"),
    ("Walla Walla", "WA", "993"), ("Ypsilanti", "MI", "481"), ("Muncie", "IN", "473"),
    ("Tuba City", "AZ", "860"), ("Fall River", "MA", "027"), ("Lodi", "CA", "952"),
    ("Paducah", "KY", "420"), ("Eau Claire", "WI", "547"), ("Pocatello", "ID", "832"),
    ("Hattiesburg", "MS", "394"), ("Bozeman", "MT", "597"), ("Kingsport", "TN", "376"),
    ("Wilkes-Barre", "PA", "187"), ("Salina", "KS", "674"),
]
STREETS = ["Larkspur Ln", "Old Mill Rd", "Tamarack St", "E 41st St", "Calle del Sol",
           "Dogwood Ct", "Fairview Ave", "N Main St", "County Road 12", "Quail Run Dr",
           "Bayou Vista Dr", "Pinyon Way", "Harbor View Ter", "Ridgecrest Blvd",
           "Magnolia Avenue", "Kilauea Ave", "W Cherry Hill Rd", "Sycamore Bend",
           "Chief Manuelito Blvd", "Polk Street", "Willow Creek Lane", "Depot St",
           "Lakeshore Dr NE", "Old Highway 61"]
FACILITIES = [
    ("St. Brendan's Medical Center", "stbrendans.org"),
    ("Lakeview Regional Hospital", "lakeviewregional.org"),
    ("Mercy Northfield Clinic", "mercynorthfield.com"),
    ("Riverbend Community Hospital", "riverbendhealth.org"),
    ("Holy Cross Hospital of Yakima", "hcyakima.org"),
    ("Cedar Hollow Family Practice", "cedarhollowfp.com"),
    ("Pinecrest Rehabilitation Center", "pinecrestrehab.org"),
    ("Willowbrook Hospice House", "willowbrookhospice.org"),
    ("Sunnyside Dialysis Center", "sunnysidedialysis.com"),
    ("Eastgate Urgent Care", "eastgateuc.com"),
    ("Maple Grove Skilled Nursing Facility", "maplegrovesnf.org"),
    ("Good Shepherd Memorial Hospital", "goodshepherdmem.org"),
    ("Kalispell Valley Orthopedics", "kvortho.com"),
    ("Sacred Heart of the Plains Hospital", "shplains.org"),
    ("Bayou Teche Medical Center", "bayoutechemc.org"),
    ("Three Rivers Behavioral Health", "threeriversbh.org"),
    ("Copper Canyon Indian Health Clinic", "coppercanyonihc.org"),
    ("Hilo Bayfront Women's Clinic", "hilobayfront.org"),
    ("Northgate Cancer Institute", "northgatecancer.org"),
    ("Prairie Rose Children's Hospital", "prairierosekids.org"),
]
MAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com",
                "comcast.net", "proton.me", "aol.com", "att.net"]

# --------------------------------------------------------------------------
# Identifier shapes
# --------------------------------------------------------------------------
AREA_CODES = ["218", "406", "509", "740", "808", "575", "936", "607", "207", "337", "319",
              "734", "765", "928", "508", "209", "270", "715", "208", "601", "423", "570",
              "785", "612", "317", "412", "704", "919", "210", "503"]


def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def phone():
    a = rng.choice(AREA_CODES)
    ex = str(rng.randint(201, 989))
    while ex.endswith("11"):
        ex = str(rng.randint(201, 989))
    ln = digits(4)
    r = rng.random()
    if r < 0.12:  # international
        return rng.choice([
            f"+44 7{digits(3)} {digits(6)}", f"+91 9{digits(4)} {digits(5)}",
            f"+234 80{rng.randint(2, 9)} {digits(3)} {digits(4)}",
            f"+52 55 {digits(4)} {digits(4)}", f"+63 917 {digits(3)} {digits(4)}",
            f"+48 {rng.randint(500, 799)} {digits(3)} {digits(3)}"])
    return rng.choice([f"({a}) {ex}-{ln}", f"{a}-{ex}-{ln}", f"{a}.{ex}.{ln}",
                       f"{a}{ex}{ln}", f"+1 {a} {ex} {ln}", f"1-{a}-{ex}-{ln}",
                       f"({a}){ex}-{ln}", f"{a} {ex} {ln}"])


def ssn():
    area = rng.choice([x for x in range(1, 900) if x != 666])
    grp = rng.randint(1, 99)
    ser = rng.randint(1, 9999)
    return rng.choice(["{:03d}-{:02d}-{:04d}", "{:03d} {:02d} {:04d}", "{:03d}{:02d}{:04d}",
                       "{:03d}-{:02d}-{:04d}"]).format(area, grp, ser)


def mrn():
    return rng.choice([
        lambda: "00" + digits(6), lambda: str(rng.randint(1000000, 9999999)),
        lambda: "E" + digits(7), lambda: str(rng.randint(100000000, 999999999)),
        lambda: f"{digits(3)}-{digits(2)}-{digits(2)}", lambda: "M" + digits(8),
        lambda: str(rng.randint(10000000, 99999999))])()


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    an = MBI_A + "0123456789"
    c = [str(rng.randint(1, 9)), rng.choice(MBI_A), rng.choice(an), str(rng.randint(0, 9)),
         rng.choice(MBI_A), rng.choice(an), str(rng.randint(0, 9)), rng.choice(MBI_A),
         rng.choice(MBI_A), str(rng.randint(0, 9)), str(rng.randint(0, 9))]
    s = "".join(c)
    return s if rng.random() < 0.5 else f"{s[:4]}-{s[4:7]}-{s[7:]}"


def member_id():
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return rng.choice([
        lambda: "".join(rng.choice(L) for _ in range(3)) + digits(9),
        lambda: "W" + digits(9), lambda: "9" + digits(8),
        lambda: "U" + digits(8) + " 01", lambda: "H" + digits(8),
        lambda: "ZGP" + digits(6) + "-01", lambda: digits(3) + "-" + digits(3) + "-" + digits(3),
        lambda: "MCD" + digits(9) + rng.choice("ABCK")])()


def account():
    return rng.choice([lambda: "50" + digits(8), lambda: "88" + digits(8),
                       lambda: f"24-{digits(7)}", lambda: "A00" + digits(8),
                       lambda: digits(9), lambda: f"{digits(4)}-{digits(6)}"])()


def state_license():
    return rng.choice([lambda: "A" + str(rng.randint(40000, 179999)),
                       lambda: str(rng.randint(30000, 69999)),
                       lambda: "MD" + digits(6), lambda: "DO" + digits(7),
                       lambda: "0101" + digits(6), lambda: "ME-00" + digits(5),
                       lambda: str(rng.randint(200000, 319999)), lambda: "G" + digits(5)])()


def dea(person=None):
    first = rng.choice("ABFGM")
    second = ascii_fold(person.family)[0].upper() if person else rng.choice("BCHKMPSTW")
    d = [rng.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return first + second + "".join(map(str, d)) + str(chk)


def luhn_check(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return (10 - total % 10) % 10


def npi():
    base = rng.choice("12") + digits(8)
    return base + str(luhn_check("80840" + base))


def drivers_license():
    A = "ABCDEFGHJKLMNPRSTWXYZ"
    return rng.choice([
        lambda: rng.choice(A) + digits(7),
        lambda: f"{rng.choice(A)}{digits(3)}-{digits(3)}-{digits(2)}-{digits(3)}-{digits(1)}",
        lambda: f"{digits(3)} {digits(3)} {digits(3)}",
        lambda: f"{rng.choice(A)}{digits(3)}-{digits(4)}-{digits(4)}",
        lambda: "WDL" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTVWXYZ23456789") for _ in range(9)),
        lambda: digits(8)])()


def device_id():
    U = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    return rng.choice([
        lambda: "".join(rng.choice(U) for _ in range(3)) + digits(6) + rng.choice("HSV"),
        lambda: f"{digits(1)}{rng.choice(U)}{rng.choice(U)}{digits(4)}-{digits(2)}",
        lambda: digits(7) + rng.choice(U), lambda: f"(01)00{digits(12)}(21){rng.choice(U)}{rng.choice(U)}{digits(7)}",
        lambda: "G" + digits(7), lambda: f"{rng.choice(U)}{digits(1)}{rng.choice(U)}{digits(1)}-{digits(4)}-{digits(2)}",
        lambda: f"{rng.choice(U)}{rng.choice(U)}{digits(7)}", lambda: f"{digits(6)}-{digits(2)}"])()


VIN_VAL = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9,
                                                 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    ok = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = rng.choice(["1HG", "1FT", "2T1", "5YJ", "JTD", "3VW", "1G1", "WBA", "KMH", "4T1",
                      "1C4", "5FN"])
    vds = "".join(rng.choice(ok) for _ in range(5))
    year = rng.choice("EFGHJKLMNPR")
    plant = rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
    serial = digits(6)
    v = wmi + vds + "0" + year + plant + serial
    tot = sum((VIN_VAL[c] if c.isalpha() else int(c)) * w for c, w in zip(v, VIN_W))
    chk = tot % 11
    return v[:8] + ("X" if chk == 10 else str(chk)) + v[9:]


def plate():
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    l3 = lambda: "".join(rng.choice(L) for _ in range(3))
    return rng.choice([lambda: f"{rng.randint(4, 9)}{l3()}{digits(3)}",
                       lambda: f"{l3()}-{digits(4)}", lambda: f"{l3()} {digits(4)}",
                       lambda: f"{digits(3)} {l3()}", lambda: f"{l3()}{digits(2)}{rng.choice(L)}",
                       lambda: f"{digits(1)}{rng.choice(L)}{rng.choice(L)}{digits(4)}"])()


def ip():
    return rng.choice([
        lambda: f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
        lambda: f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
        lambda: f"192.168.{rng.randint(0, 40)}.{rng.randint(2, 254)}",
        lambda: f"{rng.choice([73, 98, 24, 67, 174, 108, 71])}.{rng.randint(1, 254)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        lambda: f"2601:{rng.randint(0x100, 0xfff):x}:{rng.randint(0x1000, 0xffff):x}:{rng.randint(0x10, 0xfff):x}::{rng.randint(0x10, 0xfff):x}"])()


def url():
    _, dom = rng.choice(FACILITIES)
    h = "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([8, 12])))
    return rng.choice([
        f"https://mychart.{dom}/MyChart/Patient/{digits(7)}/TestResults",
        f"https://portal.{dom}/records?pid={digits(8)}&token={h}",
        f"telehealth.{dom}/join/{h}",
        f"https://{dom}/patients/{digits(6)}/billing",
        f"http://portal.{dom}/p/{rng.choice('ABCDEFGH')}{digits(7)}",
        f"https://www.{dom}/mychart/visit/{h}?mrn={digits(8)}"])


def email(person=None, staff=False):
    p = person or new_person()
    g = ascii_fold(p.given).lower().replace(" ", "").replace("'", "")
    f = ascii_fold(p.family).lower().replace(" ", "").replace("'", "")
    if staff:
        dom = rng.choice(FACILITIES)[1]
        return rng.choice([f"{g[0]}{f}@{dom}", f"{g}.{f}@{dom}", f"{f}.{g[0]}@{dom}"])
    return rng.choice([f"{g}.{f}{rng.randint(40, 99)}@", f"{g[0]}{f}@", f"{f}{g[0]}{digits(2)}@",
                       f"{g}_{f}@", f"{g}{rng.randint(1950, 2005)}@"]) + rng.choice(MAIL_DOMAINS)


def address():
    town, st, zp = rng.choice(TOWNS)
    z = zp + digits(5 - len(zp))
    num = rng.randint(3, 9899)
    street = rng.choice(STREETS)
    unit = rng.choice(["", "", "", f", Apt {rng.randint(1, 40)}{rng.choice('ABC')}",
                       f" #{rng.randint(2, 12)}", f" Unit {rng.randint(100, 420)}"])
    return rng.choice([
        f"{num} {street}{unit}, {town}, {st} {z}",
        f"{num} {street}{unit} {town} {st} {z}",
        f"{num} {street}{unit}, {town} {st} {z}-{digits(4)}",
        f"PO Box {rng.randint(10, 2999)}, {town}, {st} {z}",
        f"{num} {street}{unit}"])


def zipcode():
    _, _, zp = rng.choice(TOWNS)
    z = zp + digits(5 - len(zp))
    return z if rng.random() < 0.8 else f"{z}-{digits(4)}"


# --------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------
import datetime as dt
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def ordinal(n):
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def fmt_date(d, fmt):
    y, m, dd = d.year, d.month, d.day
    Mon = MONTHS[m - 1][:3]
    MonDot = Mon if Mon == "May" else Mon + "."
    if fmt is None:
        fmt = rng.choice(["slash", "slashnp", "short", "dmy", "mdy", "iso", "eu", "dot",
                          "dlong", "long"])
    return {
        "slash": f"{m:02d}/{dd:02d}/{y}",
        "slashnp": f"{m}/{dd}/{y}",
        "short": f"{m}/{dd}/{y % 100:02d}",
        "dmy": f"{dd:02d}-{Mon}-{y % 100:02d}",
        "long": rng.choice([f"{MONTHS[m - 1]} {ordinal(dd)}", f"{MONTHS[m - 1]} {dd}",
                            f"{MONTHS[m - 1]} {dd}, {y}"]),
        "mdy": rng.choice([f"{Mon} {dd}, {y}", f"{MONTHS[m - 1]} {dd}, {y}", f"{MonDot} {dd} {y}"]),
        "iso": f"{y}-{m:02d}-{dd:02d}",
        "md": f"{m}/{dd}",
        "eu": f"{dd:02d}/{m:02d}/{y}",
        "dot": f"{m}.{dd}.{y}",
        "dlong": f"{dd} {MONTHS[m - 1]} {y}",
        "the": f"the {ordinal(dd)}",
    }[fmt]


def rand_date(start, end):
    a, b = dt.date(*start).toordinal(), dt.date(*end).toordinal()
    return dt.date.fromordinal(rng.randint(a, b))


# --------------------------------------------------------------------------
# Template engine
#   {P1} {P1.lf} ...      person slot 1 (PERSON)
#   {D1.fmt}              date slot 1 (DATE), D2 follows D1
#   {DOB.fmt}             DOB
#   {EM1}                 email built from person 1; {EM} random person's email
#   {DEA1}                DEA with prefix letter of person 1's surname
#   [[TYPE|value]]        literal labelled value
# --------------------------------------------------------------------------
SIMPLE = {
    "AGE": ("AGE", lambda: str(rng.choice([90, 91, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 104]))),
    "MRN": ("MRN", mrn), "PH": ("PHONE", phone), "FAX": ("FAX", phone),
    "SSN": ("SSN", ssn), "MID": ("MEMBER_ID", member_id), "MBI": ("MEMBER_ID", mbi),
    "ACCT": ("ACCOUNT", account), "LIC": ("LICENSE", state_license), "NPI": ("LICENSE", npi),
    "DL": ("LICENSE", drivers_license), "DEV": ("DEVICE_ID", device_id),
    "VIN": ("VEHICLE_ID", vin), "PLATE": ("VEHICLE_ID", plate), "URL": ("URL", url),
    "IP": ("IP", ip), "ADDR": ("LOCATION", address), "ZIP": ("LOCATION", zipcode),
    "TOWN": ("LOCATION", lambda: rng.choice(TOWNS)[0]),
    "FAC": ("LOCATION", lambda: rng.choice(FACILITIES)[0]),
}
TOKEN = re.compile(r"\{([A-Z]+)(\d*)(?:\.([a-z]+))?\}|\[\[([A-Z_]+)\|([^\]]+)\]\]")


def fill(template):
    people, dates = {}, {}
    nick_slots = set(re.findall(r"\{P[FM]?(\d+)\.nick\}", template))
    genders = {n: g_ for g_, n in re.findall(r"\{P([FM])(\d+)", template)}
    dob = rand_date((1921, 1, 1), (2016, 12, 31))
    dob_newborn = rand_date((2019, 1, 1), (2025, 6, 30))

    def person(n):
        n = n or "1"
        if n not in people:
            people[n] = new_person(need_nick=(n in nick_slots), gender=genders.get(n),
                                   exclude={(p.given, p.family) for p in people.values()})
        return people[n]

    def date(n):
        n = int(n or 1)
        if n not in dates:
            if n == 1 or (n - 1) not in dates:
                dates[n] = rand_date((2019, 1, 1), (2025, 6, 30))
            else:
                dates[n] = dates[n - 1] + dt.timedelta(days=rng.randint(1, 24))
        return dates[n]

    out, spans, pos = [], [], 0
    for m in TOKEN.finditer(template):
        lit = template[pos:m.start()]
        out.append(lit)
        cur = sum(len(x) for x in out)
        kind, idx, attr, ltype, lval = m.groups()
        if ltype:
            etype, val = ltype, lval
        elif kind in ("P", "PF", "PM"):
            etype, val = "PERSON", person(idx).render(attr)
        elif kind == "D":
            etype, val = "DATE", fmt_date(date(idx), attr)
        elif kind == "DOB":
            etype, val = "DOB", fmt_date(dob, attr)
        elif kind == "DOBN":  # newborn
            etype, val = "DOB", fmt_date(dob_newborn, attr)
        elif kind == "EM":
            etype = "EMAIL"
            if idx:
                val = email(person(idx), staff=(attr == "staff"))
            else:
                val = email(staff=rng.random() < 0.5)
        elif kind == "DEA":
            etype, val = "LICENSE", dea(person(idx) if idx else None)
        else:
            etype, fn = SIMPLE[kind]
            val = fn()
        out.append(val)
        spans.append({"entity_type": etype, "value": val, "start": cur, "end": cur + len(val),
                      "_slot": (kind[0], idx or "1") if kind and kind.startswith("P") else None})
        pos = m.end()
    out.append(template[pos:])
    text = "".join(out)
    # "{P1.first} {P1.last}" or "{P1.last}, {P1.first}" is one name: merge into one span.
    merged = []
    for sp in spans:
        prev = merged[-1] if merged else None
        if (prev and sp["_slot"] and prev["_slot"] == sp["_slot"]
                and text[prev["end"]:sp["start"]] in (" ", ", ", ",")):
            prev["end"] = sp["end"]
            prev["value"] = text[prev["start"]:prev["end"]]
        else:
            merged.append(sp)
    for sp in merged:
        del sp["_slot"]
    return text, merged


# --------------------------------------------------------------------------
# Positive templates (hand-written).  Q = quick analyst prompts, F = formal
# questions, N = note excerpts, E = e-mail fragments, T = table-like lines.
# --------------------------------------------------------------------------
POS = [
    # ---- quick analyst prompts ----
    "pull all labs for {P1.lc} mrn {MRN} from last admit",
    "whats the dischrg date for {P1.lc} dob {DOB.short}",
    "can u find {P1.lastlc} {P1.firstlc}?? pretty sure admited {D1.md}",
    "lookup acct {ACCT} pt {P1.lc} balance + payments",
    "need med hx for {P1.nick} ({P1.lc}) seen by dr {P2.lastlc} {D1.md}",
    "vitals trend for {P1.lf} MRN{MRN} since {D1.iso} pls",
    "is {P1.lc} still on 6W? bed board says admitted {D1.short}",
    "pt {P1.init} {AGE}yo w hip fx from {TOWN}, fam # {PH}",
    "who ordered the ct on {P1.lc} {D1.md}? i think dr {P2.lastlc}",
    "find all encounters where ssn = {SSN}",
    "merge dup charts {MRN} and {MRN} both {P1.lc} dob {DOB.slash}",
    "list all visits for member id {MID} in 2023",
    "ip {IP} hit the portal 40x for {P1.lc} record, audit pls",
    "pls check why {URL} is throwing 403 for pt {P1.lastlc}",
    "{P1.lc} called again from {PH} asking abt biopsy results",
    "readmit risk for {P1.lc} {MRN}? 78 y/o chf on lasix",
    "redo the census, {P1} mrn {MRN} got moved to stepdown",
    "{P1.lc} {MRN} {DOB.short} need last echo report",
    "did {PF1.firstlc} {PF1.lastlc} ever get the pneumovax? shes {AGE}",
    "sepsis alert on {P1.nick} in bed 12, mrn {MRN}, lactate 4.1",
    "any ct contrast allergy for {P1.lc}, hosp no {MRN}",
    "get me {P1.lastlc}'s a1c values 2022-2024 plus latest lipids",
    "why is {PF1.lc}'s acct {ACCT} in collections, she paid on {D1.md}",
    "show pts like {P1.lc} ({AGE} yo, lives in {TOWN}) w/ 3+ falls",
    "whos the pcp for {P1.lc} - med rec # {MRN}",
    "pharmacy says dea {DEA2} not matching dr {P2.lastlc}, check pls",
    "pt email on file bounces: {EM1}, call {PH} instead ({P1.firstlc})",
    "discharge sumary for {P1.lc} admit {D1.dmy} not signed yet",
    "lab cant match specimen to {P1.lf}, label says mrn {MRN} dob {DOB.eu}",
    "can i see {P1.lc}'s insurnce? member # {MID}",
    "wheres the implant log for serial {DEV}",
    "plate {PLATE} has been in the ED lot since {D1.md}, pt {P1.lc}",
    "{P1.lc} ssn {SSN} dup registration",
    "need fax # for dr {P1.lastlc} office, old one {FAX} is dead",
    "{P1.lastlc} in bay 14 came in from {FAC}, any records?",
    "security wants to know who owns vin {VIN}, parked in garage B since {D1.md}",
    "audit: logins from {IP} and {IP} to {P1.lc}'s chart",
    "mrn {MRN} vs {MRN} same pt? {P1.lc}",
    "{P1.firstlc} from {TOWN} {ZIP} - readmitted again?",
    "how many times has {P1.lc} no-showed since {D1.long}",
    "anyone else at {ADDR}? 3 pts w/ elevated lead levels",
    "{P1.firstlc} {P1.lastlc} dob {DOB.slashnp} any upcoming appts?",
    "check if dr {P1.lc} lic {LIC} is active w/ state board",
    "medicare mbi {MBI} for {P1.lc} wont validate",
    "pt ssn {SSN} or maybe {SSN}, registration typo, name {P1.lc}",
    "need all notes by {P1.init} between {D1.md} and {D2.md}",
    "look up zip {ZIP} cluster of RSV cases, pts incl {P1.lc} and {P2.lc}",
    "plz send {P1.lc} labs to {EM1}",
    "mychart link for {P1.firstlc} not working: {URL}",
    "pt {P1.lc} keeps calling {PH} is that the right #",
    "acct# {ACCT} dos {D1.short} denied again, why",
    "{P1.lastlc} pacer sn {DEV} is it on the recall list?",
    "{AGE} y/o pt {P1.lastlc} hgb 6.8 transfuse?",
    "hey whats {P1.nick}'s unit, the {AGE} yr old w dementia, mrn {MRN}",
    "ugh {PF1.lc} again, {PH}, wants her xray on a cd",
    "ct result for {P1.lf}?? mr# {MRN}",
    "pt from {FAC} transfered {D1.md} name {P1.lc}",
    "she was admitted on {D1.the} and dc'd next day, pt {PF1.lc}",
    "the guy in bay 3 is {PM1.lc}, says hes {AGE}, no id, came from {TOWN}",
    "pull chart no {MRN} - {P1.lastlc}, was it {D1.md} or {D2.md}",
    "{P1.nick} {P1.lastlc} keeps leaving ama, 3rd time since {D1.long}",
    "count ed visits for {P1.lc} dob {DOB.iso} last 12 mo",
    "is {EM1} the right email for {P1.lc}? portal invite failed",
    "dr {P1.lastlc} npi {NPI} missing on claims",
    "who is {P1.lc}?? shows up as guarantor on acct {ACCT}",
    "fix pt address to {ADDR} for {P1.lc}",
    "registration scanned DL {DL} for {P1.lc}, doesnt match name",
    # ---- formal questions ----
    "What was the most recent HbA1c for {P1} (MRN {MRN}), and has it improved since {D1.mdy}?",
    "Could you confirm whether {P1.lf}, DOB {DOB.slash}, has active Medicare Advantage coverage under member ID {MID}?",
    "Please provide the number of ED visits for the patient residing at {ADDR} between {D1.slash} and {D2.slash}.",
    "Which pacemaker model is implanted in {P1} (serial {DEV}), and when was it last interrogated?",
    "Has Dr. {P1} (DEA {DEA1}) prescribed more than 90 oxycodone tablets to a single patient this year?",
    "Can you list all patients over 89 in the fall-risk cohort, such as {P1}, who is {AGE}?",
    "What is the outstanding balance on billing account {ACCT} for {P1}?",
    "Did {P1} receive the influenza vaccine at {FAC} on {D1.long}?",
    "Please list the care team for {P1.lf} (chart no. {MRN}), including Dr. {P2}, license no. {LIC}.",
    "Is the referral from {FAC} for {P1}, born {DOB.long}, still pending authorization?",
    "Could you tell me when {PF1}'s next nephrology appointment is? Her callback number is {PH}.",
    "Which clinician documented the fall for patient {P1} on {D1.mdy}?",
    "What were the admission and discharge dates for MRN {MRN}?",
    "How many encounters does {P1} (SSN {SSN}) have across all facilities?",
    "Please verify the driver's license number {DL} presented by {P1} at registration.",
    "Is the portal link {URL} still active for {P1}?",
    "Can you confirm that {P1}, aged {AGE}, is still enrolled in the home-based primary care program?",
    "What device was explanted from {P1} on {D1.iso}? The serial on the pathology requisition reads {DEV}.",
    "Why was charge activity on account {ACCT} reversed on {D1.slash}?",
    "Please pull the ED triage note for {P1.lf} from {D1.mdy}.",
    "Which patients share the mailing address {ADDR}?",
    "Does Dr. {P1} (NPI {NPI}) still have admitting privileges at {FAC}?",
    "What was the last documented weight for {P1}, date of birth {DOB.mdy}?",
    "Has anyone from the IP address {IP} accessed records outside business hours this week?",
    "Please provide a list of all medications dispensed to {P1} between {D1.mdy} and {D2.mdy}.",
    "Was {P1}, a {AGE}-year-old resident of {TOWN}, screened for delirium on admission?",
    "Can you confirm the Medicaid ID {MID} belongs to {PF1} and not to her mother, {PF2}?",
    "Who is listed as emergency contact for MRN {MRN}, and is {PH} still valid?",
    "What is the email address on file for {P1}? We have {EM1}, but mail is bouncing.",
    "Could you tell me whether the vehicle with plate {PLATE} belongs to a patient or a visitor?",
    "Please confirm the implant lot number {DEV} for {P1}'s left knee arthroplasty performed {D1.long}.",
    "Could you provide all ED visits associated with license plate {PLATE} flagged by security?",
    "Is {P1}'s Medicare Beneficiary Identifier {MBI} active for dates of service after {D1.mdy}?",
    "Which providers accessed the record of {P1} from IP {IP} on {D1.slash}?",
    "What is the preferred pharmacy fax number for {P1}? We currently have {FAX}.",
    "Please send the complete records for {P1}, SSN {SSN}, to {FAC}.",
    "Could you check whether {P1} at {ADDR} is eligible for the home visit program?",
    "When did {P1} last see Dr. {P2.last} at {FAC}?",
    "How many patients with ZIP code {ZIP} were admitted with heat stroke in 2023?",
    "Is Nurse Practitioner {P1} (state license {LIC}, DEA {DEA1}) credentialed for buprenorphine?",
    "Which vehicle identification number was recorded for {P1}'s crash, {VIN} or {VIN}?",
    # ---- note excerpts ----
    "DISCHARGE SUMMARY\nPatient: {P1.lf}  MRN: {MRN}\nAdmit: {D1.slash}  Discharge: {D2.slash}\nAttending: {P2}, MD\nDx: community-acquired pneumonia, resolved. Follow up with PCP in 1 week.",
    "Pt is a {AGE} y/o female brought in by daughter {PF2} from {FAC}. Daughter can be reached at {PH}.",
    "Nursing note {D1.short} 0300: {P1.first} resting, c/o 4/10 pain, repositioned q2h. Son {PM2.first} at bedside overnight.",
    "Triage: {AGE}M from {TOWN}, fell at home this AM. Lives alone at {ADDR}. PCP Dr. {P1.last}.",
    "Dear Dr. {P1.last},\nI am referring {P2}, DOB {DOB.slash}, for evaluation of refractory Crohn disease despite vedolizumab. Please contact my office at {PH} or fax {FAX}.\nSincerely,\n{P3}, MD",
    "Implant record: dual-chamber pacemaker, SN {DEV}, implanted {D1.iso} by Dr. {P1}. Lower rate 60, upper tracking 130.",
    "Pt states her husband {PM1} ({PH}) is her health care proxy; POA scanned to chart {D1.md}.",
    "SW note: pt {P1.init} has been sleeping in vehicle (plate {PLATE}) since {D1.long}; referred to shelter near {FAC}.",
    "OR record: femoral stem lot {DEV}, acetabular shell lot {DEV}, cemented. Surgeon: {P1.init}.",
    "Home health referral faxed to {FAX} for {P1}, {ADDR}.",
    "HPI: {P1.first} is a 54 y/o M with Parkinson disease on carbidopa-levodopa who presented to {FAC} on {D1.mdy} after a fall.",
    "Pt {PF1.lf}, {AGE}F, admitted from {FAC} with urosepsis (E. coli). Goals of care discussed with niece {PF2}.",
    "ED course: {D1.dmy} 22:14 pt arrived via EMS from {ADDR}. GCS 15. Wife {PF1} at bedside, cell {PH}.",
    "Telemetry: {P1.last}, {P1.first} - 4 West - MRN {MRN} - NSR 70s, no events overnight.",
    "Addendum {D1.slash}: spoke with pt's son {PM1} by phone ({PH}); he will bring insurance card (member {MID}).",
    "Progress note, HD#3. {P1.first} tolerating diet. Discussed w/ Dr. {P2.last} (GI). EGD planned {D1.md}.",
    "Pt arrived by private vehicle, VIN {VIN} noted by security after the car was left running at the ambulance entrance.",
    "Consent signed by {P1} (patient) and witnessed by {P2}, RN, on {D1.long} at 0915.",
    "LCSW: pt lives with partner {P1} at {ADDR}; no firearms in home; phone {PH}.",
    "Allergy: PCN (hives). Home meds verified with daughter {PF1} by phone {PH}.",
    "Post-op check {D1.short}: {P1.first} {P1.last} afebrile, incision c/d/i. Insulin pump serial {DEV} re-attached.",
    "Death note: {P1}, {AGE}, pronounced at 04:12 on {D1.long}. Family ({PM2}, son) notified at {PH}.",
    "Chief complaint: \"my knee gave out\" per pt. {AGE} yo, lives in {TOWN} with daughter. DOB {DOB.slash}.",
    "Occupational health: employee {P1}, DL {DL}, hep B surface Ab titer pending.",
    "Transfer note: accepted from {FAC} ({D1.dmy}); sending MD Dr. {P1}, callback {PH}; accepting Dr. {P2.last}.",
    "Hospice referral: {P1.lf}, age {AGE}, ESRD, declines further dialysis. Contact: grandson {PM2} {PH}.",
    "Wound care RN {P1.init} saw pt {D1.md}; sacral stage 3, Braden 12. Pt MRN {MRN}.",
    "CIED check: ICD serial {DEV}, battery 6.8 yrs, no VT/VF episodes since {D1.mdy}.",
    "OB triage: G2P1 at 36w, Rh neg. Partner {P1} drove her in; car ({PLATE}) in the 15-min zone.",
    "Neonatal: baby girl {PF1.last}, born {DOBN.slash} 03:22, Apgar 8/9, mother {PF1}, MRN {MRN}.",
    "Pt {P1} is a {AGE}-year-old retired machinist from {TOWN} presenting with dyspnea and orthopnea.",
    "Med rec completed with {P1.first}'s caregiver {P2} on {D1.md}. Caregiver cell {PH}.",
    "ICU: {P1.last} extubated {D1.md} 1400, on 4L NC; family meeting w/ brother {PM2} tomorrow.",
    "Consult: Endocrinology asked to see {P1} for DKA. Referring: Dr. {P2}, {PH}.",
    "Vitals at 0800: BP 142/88, HR 96. {PF1.first} states she is {AGE} and \"not going anywhere.\" Daughter {PF2} updated by phone.",
    "Pt's brother {PM1} arrived in a truck with plate {PLATE}; security escorted him out after the incident on {D1.md}.",
    "Pharmacy note: Rx by Dr. {P1.init} (DEA {DEA1}) for hydrocodone/APAP 5/325 #20 verified {D1.short}.",
    "Dialysis: pt transported from {ADDR} by county van. Next session {D1.long}. Phone {PH}.",
    "Pre-op: {P1}, MRN {MRN}, for CABG {D1.mdy}. Type & screen done, 2 units crossmatched.",
    "Discharge instructions sent to {EM1}; follow up at {FAC} with Dr. {P2.last} on {D1.md}.",
    "Pt reports living at {ADDR} with 3 cats. Mail returned from prior address in {TOWN}.",
    "Narcotic count discrepancy: RN {P1} and RN {P2}, {D1.slash} 1900 shift.",
    "Pt {P1}, {AGE}, widowed, former schoolteacher from {TOWN}; nephew {PM2} is POA.",
    "Referral received by fax from {FAX} ({FAC}) on {D1.md} for {P1.lf}.",
    "Somali interpreter used for visit with {P1}; son {PM2} declined to interpret.",
    "CGM serial {DEV} linked to pt {P1.lastlc}; data upload from {IP} failed.",
    "Cochlear implant, internal device serial {DEV}; MRI conditional at 1.5T. Pt: {P1}, DOB {DOB.mdy}.",
    "EMS: pt found slumped in car ({VIN}) near {TOWN}; GCS 12, glucose 38.",
    "Pt's wife {PF1} requests that results be sent to {EM1} instead of mailed to {ADDR}.",
    "Patient {P1} ({AGE}) - DNR/DNI confirmed with health care proxy {P2} on {D1.the}.",
    "Follow-up call {D1.md}: {P1.first} doing well, no fever. Next appt {D2.the} at {FAC}.",
    "Spoke w/ {P1.nick} (pt prefers this name) re: colonoscopy prep; confirmed cell {PH}.",
    "Driver's license scanned at registration: {DL}. Pt {P1}, {ADDR}.",
    "Lot {DEV} breast implant recall - contact pt {P1} at {PH} or {EM1}.",
    "Per Dr. {P1.last}: hold metoprolol if HR < 55. Call {PH} with questions. -{P2.init}, RN",
    "Mr. {PM1.last} ({AGE}) lives at {ADDR}; wants the bill for account {ACCT} sent there.",
    "TOC call placed to {P1} at {PH} on {D1.mdy}; no answer, voicemail left.",
    "Her DOB is {DOB.long}; she will be {AGE} next month and lives with {P1} in {TOWN}.",
    "Psych: pt {P1.first} (goes by {P1.nick}) reports AH; sister {PF2} at {PH} confirms hx.",
    "Left AMA at 02:40 on {D1.iso}. Pt {P1.lf}, hosp no. {MRN}. Security notified; vehicle {PLATE} left lot.",
    "Rapid response called on {PF1.last} ({AGE}F) at 1730; RN {P2.init} at bedside.",
    "Spinal cord stimulator IPG serial {DEV}, implanted {D1.mdy} at {FAC} by Dr. {P1.last}.",
    "Dear {P1.first}, your lab results from {D1.long} are available at {URL}. - Clinic nurse {P2.init}",
    # ---- e-mail fragments ----
    "From: {P1} <{EM1}>\nSubject: records request\nHi, I need my records from my stay at {FAC} on {D1.long}. My DOB is {DOB.slash}. Thanks, {P1.first}",
    "Hi team, {PF1} (MRN {MRN}) left AMA last night. Her sister {PF2} called from {PH}. -{P3.first}",
    "FW: portal lockout. Patient {PF1} says {URL} keeps logging her out. IP in the logs: {IP}.",
    "Per {P1.first}'s email ({EM1}), please update the mailing address to {ADDR}.",
    "Subject: billing dispute\nMy account number is {ACCT}. I was charged twice for the visit on {D1.mdy}. Please call me at {PH}.\n{P1}",
    "Hello, this is {PF1}, daughter of {PF2}. Mom's insurance member ID is {MID}. Can you resend the statement to {EM1}?",
    "To: {EM1.staff}\nDr. {P1.last}, quick note: your DEA {DEA1} and state license {LIC} expire soon per credentialing. Thanks, {P2}",
    "To: {EM}\nCc: {EM}\nRe: {P1.lf} - please fax the MRI report to {FAX}, attention {P2}.",
    "Hi {P1.first}, your telehealth visit link is {URL}. Please join 10 minutes early. - {FAC} Scheduling",
    "{P1} <{EM1}> wrote: i moved to {ADDR} and my new cell is {PH}, pls update",
    "IT ticket: user reports VPN drops from {IP}; workstation was used to view {P1.lc} chart, mrn {MRN}.",
    "From: {EM}\nI'm writing on behalf of my father, {PM1}, who is {AGE}. He was seen on {D1.long} and hasn't heard back.",
    "Good morning, this is {P1} from {FAC} case management. Re: our mutual patient {P2.lf} (DOB {DOB.slash}); please call me at {PH}.",
    "Reminder: {P1}, your appointment is on {D1.long} at 2:30 PM. Reply to {EM} or call {PH}.",
    "Re: subpoena for records of {P1}, DOB {DOB.mdy}, SSN {SSN}. Please route to HIM.",
    "Hi, I'm {P1.first}. I think someone logged into my portal from {IP}. My link is {URL}.",
    "Team - {P1.lf} was discharged {D1.md} to {FAC}. Receiving RN {P2} at {PH}, fax {FAX}. Thx, {P3.first}",
    "Subject: lost car keys\nPatient's son {PM1} left a gray sedan, plate {PLATE}, in the ED bay on {D1.md}. Please page security.",
    # ---- table-like lines ----
    "Name: {P1.lf} | MRN: {MRN} | DOB: {DOB.slash} | Phone: {PH}",
    "pt_name={P1}; mrn={MRN}; acct={ACCT}; admit_dt={D1.iso}",
    "{P1.lf}\t{MRN}\t{DOB.iso}\t{ZIP}\tMedicaid",
    "Subscriber: {P1} / Member ID: {MID} / Plan: Blue Cross PPO / Rel: self",
    "Provider: {P1}, MD | NPI {NPI} | DEA {DEA1} | State Lic {LIC}",
    "Device: ICD | Serial: {DEV} | Implant date: {D1.slash} | Pt: {P1.lf}",
    "MRN,Name,DOB,ZIP\n{MRN},\"{P1.lf}\",{DOB.iso},{ZIP}",
    "Patient | {P1} || Hosp No | {MRN} || Adm | {D1.dmy} || Ward | 7 East",
    "Guarantor: {P2} | Acct #: {ACCT} | Addr: {ADDR} | Ph: {PH}",
    "Emergency contact - {P1} (spouse) - {PH} - {EM1}",
    "SSN: {SSN} | DL: {DL} | DOB: {DOB.slash}",
    "Vehicle: {VIN} | Plate: {PLATE} | Owner: {P1}",
    "user_ip={IP} patient={P1.lf} url={URL} status=403",
    "Chart no. {MRN} / {P1.lf} / Age {AGE} / Unit: Geri Psych",
    "Fax cover: To {P1} @ {FAC} | Fax {FAX} | Phone {PH} | Re: {P2.lf}, DOB {DOB.slash}",
    "{D1.iso} | {P1.lf} | A1c 9.2 | LDL 141 | eGFR 58",
    "Referring: Dr. {P1} ({FAC}) | Ph {PH} | Fx {FAX}",
    "pt: {P1.lc} | mrn {MRN} | ins: medicaid {MID}",
    "Name - {P1} ; Age - {AGE} ; Address - {ADDR}",
    "Implant | Lot {DEV} | Exp 2027 | Pt {P1.init} | Date {D1.md}",
    "RECIPIENT: {P1.lf}\nMBI: {MBI}\nDOS: {D1.slash}-{D2.slash}",
    "Plate# {PLATE} | Make: Honda | Lot: P2 | Pt: {P1.lc}",
    "ID | {MRN} | {P1.lf} | {AGE} | {TOWN}",
    "{P1}\n{ADDR}\n{PH}",
    "Clinician: {P1.lf} | Lic# {LIC} | NPI: {NPI}",
    "LOG {D1.iso} 14:02:11 src={IP} user=rn_{P1.lastlc} action=VIEW mrn={MRN}",
    "Claim: acct {ACCT} | member {MID} | DOS {D1.eu}",
    "{P1.lf} MRN {MRN} - DOB {DOB.dmy} - Allergies: sulfa, latex",
    "auth req: member {MID}, pt {P1.lf}, CPT 27447, DOS {D1.short}",
    "Website audit: {URL} exposed {P1}'s lab results to IP {IP}.",
    "PATIENT: {PF1.lf} DOB: {DOB.dot} SEX: F MRN: {MRN} ACCT: {ACCT}",
    "Owner of record: {P1}, {ADDR}. VIN {VIN}. Towed {D1.slash}.",
    "Pt name | DOB | Contact\n{P1} | {DOB.dlong} | {EM1}",
    "dea={DEA1} npi={NPI} prescriber={P1.lf} pt_mrn={MRN}",
    "Unit no. {MRN} | {P1.lf} | Adm {D1.dot} | Cons: Dr {P2.last}",
    # ---- longer excerpts ----
    "DISCHARGE SUMMARY - {P1.lf} (MRN {MRN}). Admitted {D1.mdy} from {FAC} with acute on chronic systolic heart failure, EF 25%. Diuresed 6 L with IV furosemide, transitioned to torsemide 40 mg daily. Sacubitril/valsartan started. Discharged {D2.mdy} home to {ADDR} with daughter {PF2}. Follow up with Dr. {P3.last} (Cardiology) in 7 days; home health agency to call {PH}. Pt is 79 and ambulates with a walker.",
    "RE: {PF1}, DOB {DOB.slash}, SSN {SSN}\nTo Disability Determination Services: Ms. {PF1.last} has been under my care at {FAC} since {D1.long} for seronegative rheumatoid arthritis with bilateral wrist synovitis despite methotrexate 20 mg weekly and adalimumab. She cannot grip or lift more than 5 lb. Records were faxed to {FAX} on {D2.md}. Please contact my office at {PH} with questions.\n{P2}, MD, Rheumatology",
    "Nursing shift note {D1.short} 1900-0700: {PF1.first} {PF1.last}, {AGE}F, oriented to self only, CAM positive overnight. Pulled PIV x1, replaced in L forearm. Voided 350 mL, BM x1. Vitals stable, SpO2 94% on 2L. Daughter {PF2} called twice from {PH}, updated on plan. Hearing aids and glasses sent home with grandson {PM3} at 2100. Bed alarm on, fall precautions in place.",
    "Triage {D1.iso} 0142: 58 y/o M BIBA after single-vehicle MVC near {TOWN}, restrained driver, airbag deployed. C/o chest wall pain 6/10, GCS 15. State trooper at bedside requests blood alcohol level and reports vehicle plate {PLATE}, VIN {VIN}. Pt unable to recall home phone; wallet ID lists {ADDR}. Wife {PF1} en route from Wisconsin.",
    "From: {P1} <{EM1.staff}>\nTo: Medical Records\nSubject: ROI for {P2.lf}\nHello, we are requesting records for our mutual patient {P2}, DOB {DOB.mdy}, MRN {MRN} at your facility, seen in your ED on {D1.long}. Please fax operative and imaging reports to {FAX} (secure line) and call {PH} if anything is missing. Signed authorization attached.\nThank you,\n{P1.first}\nReferral Coordinator, {FAC}",
    "ok so for the fall cohort i need everyone like {P1.lc} (mrn {MRN}, {AGE} yo, lives {ADDR}) plus anyone discharged to {FAC} after {D1.md}, also exclude the test pt with ssn {SSN} bc thats a dummy record, and send the list to {EM} by eod pls",
    "PDMP review {D1.slash}: pt {P1} (DOB {DOB.slash}) filled oxycodone 10 mg #60 prescribed by Dr. {P2} (DEA {DEA2}, NPI {NPI}) and alprazolam 1 mg #30 from a second prescriber, NP {P3}, within 9 days. MME 90/day. Contacted pt at {PH}; counseled on naloxone. Will notify PCP.",
    "Operative note: implanted left subpectoral dual-chamber ICD. Generator serial {DEV}; RA lead serial {DEV}; RV lead serial {DEV}. DFT not performed. Pt {P1.lf}, MRN {MRN}, tolerated the procedure well. Device registration sent to the manufacturer with address {ADDR}. Remote monitor to be set up at home; portal instructions at {URL}.",
    "pls refax the H&P for {P1.lc} to {FAX}, their machine jammed",
    "Guardian {P1} ({PH}, {EM1}) consents for {P2}, DOB {DOB.mdy}; photo ID was a state DL {DL}.",
]

# --------------------------------------------------------------------------
# Negative texts (hand-written, no identifiers).
# --------------------------------------------------------------------------
NEG = [
    "DISCHARGE SUMMARY: 74-year-old with Parkinson disease and CKD stage 3b admitted for aspiration pneumonia. Treated with ampicillin-sulbactam 3 g IV q6h x 5 days, then amoxicillin-clavulanate 875 mg BID to complete 7 days. Speech therapy recommended a level 2 dysphagia diet. Carbidopa-levodopa 25/100 continued TID. Creatinine peaked at 2.1, back to baseline 1.6. Discharged to a skilled nursing facility under Medicare Part A.",
    "Triage: 45M, BIBA from a construction site after a fall of about 10 feet. GCS 15, BP 142/90, HR 104, SpO2 98%. FAST exam negative. Tdap updated. CT C-spine per Canadian C-spine rule. Pain 8/10 L wrist with obvious deformity; Orthopedics paged at 16:20. NPO, morphine 4 mg IV x1, ondansetron 4 mg IV.",
    "Quality query: for all inpatients discharged in 2023 with principal diagnosis I21.4 (NSTEMI), give the percentage who received aspirin within 24 hours, a P2Y12 inhibitor at discharge (clopidogrel, ticagrelor or prasugrel) and a high-intensity statin, split by payer class (Medicare, Medicaid, commercial, self-pay) and by admitting unit (CCU vs step-down).",
    "Micro: blood cultures 2 of 2 sets positive for methicillin-resistant Staphylococcus aureus, vancomycin MIC 1. Repeat cultures at 48 h negative. TTE without vegetation; TEE scheduled. ID recommends vancomycin dosed to AUC 400-600 for at least 14 days from the first negative culture, PICC after TEE, weekly CBC and BMP.",
    "Nursing note 0700-1900: alert and oriented x3, GCS 15, Morse fall score 55, bed alarm on. Foley draining clear yellow urine, 1,200 mL this shift. Glucose 182 at 1130, 4 units insulin lispro per sliding scale. Ambulated 100 ft with PT using a rolling walker. Wound vac to sacral ulcer at -125 mmHg. Family updated at bedside.",
    "Research cohort request: adults with Crohn disease or ulcerative colitis on infliximab, adalimumab, vedolizumab or ustekinumab between 2018 and 2024; exclude patients treated outside the United States, anyone with a colectomy (CPT 44150), and encounters from the pediatric GI clinic. Return counts only, grouped by biologic and by year.",
    "pt w/ parkinsons on carbidopa-levodopa 25/100 TID, UPDRS III improved from 38 to 29, f/u in 6 wks",
    "Crohn disease flare; started adalimumab 160 mg loading dose, CRP 48 mg/L, fecal calprotectin 910 ug/g.",
    "GCS 14 (E4 V4 M6) on arrival at 0215, CT head without acute findings, C-collar cleared per NEXUS.",
    "Apgar scores 8 and 9 at 1 and 5 minutes; birth weight 3.42 kg; GA 39+2 weeks; Ballard consistent.",
    "Vitals: BP 128/76, HR 88, RR 18, SpO2 96% on RA, T 37.9 C, pain 7/10.",
    "how many pts coded E11.65 + N18.3 had CPT 99214 billed in 2023 vs 2022",
    "Blood cultures 2/2 bottles grew MSSA; switched vancomycin to cefazolin 2 g IV q8h for 6 weeks, TEE ordered.",
    "BRCA2 c.5946delT pathogenic; TP53 wild type; HER2 IHC 1+, ER 95%, PR 40%, Ki-67 20%.",
    "avg LOS for CABG patients over 65 on Medicare, broken out by discharge disposition",
    "compare 30-day readmission for CHF: Medicaid vs Blue Cross vs self-pay, yearly totals only",
    "Patient transferred from Ohio after travel to Guatemala; malaria smear negative x3, dengue NS1 pending.",
    "Epic version 2023.1 upgrade; the readmission dashboard v4.2.7 refreshes nightly at 02:00.",
    "Bed requests pending for MICU, 5 North, Labor and Delivery, and the Burn ICU.",
    "Wells score 4.5, D-dimer 1.8 mg/L FEU, CTA chest negative for PE; Baker cyst seen on duplex.",
    "Neuro: Babinski downgoing bilaterally, Romberg positive, strength 4/5 in LLE, reflexes 2+ and symmetric.",
    "Foley removed POD 2, Swan-Ganz pulled, CVP 8, cardiac index 2.4.",
    "Prostate biopsy: Gleason 4+3=7 (Grade Group 3) in 5 of 12 cores; PSA 11.2 ng/mL.",
    "Cirrhosis Child-Pugh B, MELD-Na 18; lactulose 20 g TID titrated to 2-3 BMs/day, rifaximin 550 mg BID.",
    "Hashimoto thyroiditis; TSH 8.4 mIU/L, free T4 0.7 ng/dL; increase levothyroxine to 88 mcg daily.",
    "C. diff toxin PCR positive; start oral vancomycin 125 mg QID x 10 days; contact precautions.",
    "Candida auris screen of axilla/groin pending; patient placed on enhanced barrier precautions.",
    "s/p Whipple procedure POD 5, JP drain amylase 312 U/L, tolerating clears.",
    "INR 2.3 (goal 2-3) on warfarin 5 mg daily except 7.5 mg twice weekly.",
    "Glasgow-Blatchford score 12, Hgb 6.9, transfuse 2 units PRBC, pantoprazole drip at 8 mg/h.",
    "NDC 0002-1433-80 for insulin lispro; switched to insulin glargine 22 units qHS.",
    "Down syndrome with repaired tetralogy of Fallot; echo shows mild RV dilation, TAPSE 17 mm.",
    "Guillain-Barre syndrome; IVIG 0.4 g/kg/day x 5 days; NIF -32, FVC 1.9 L, monitor q4h.",
    "Bell palsy, House-Brackmann grade III; prednisone 60 mg daily x 7 days plus valacyclovir 1 g TID.",
    "Kaposi sarcoma lesions on lower extremities; HHV-8 positive; CD4 112, viral load 48,000 copies/mL.",
    "Cushing syndrome suspected: late-night salivary cortisol elevated, 1 mg dexamethasone suppression test cortisol 6.2.",
    "Rh negative, antibody screen neg; RhoGAM 300 mcg given at 28 weeks.",
    "Legionella urinary antigen positive; start levofloxacin 750 mg daily; CURB-65 score 3.",
    "APOE e4 homozygous; MoCA 19/30, MMSE 22/30; Alzheimer disease, mild stage; donepezil 10 mg qHS.",
    "HLA-B*57:01 negative, OK to start abacavir/lamivudine/dolutegravir.",
    "will bill Medicare Part B for the 3 visits; grace period ends after 90 days; hope to close out by year end",
    "Lyme disease serology IgM positive, doxycycline 100 mg BID x 21 days; no erythema migrans noted.",
    "Norovirus (Norwalk-like virus) outbreak on the geriatric unit: 14 cases, 3 staff, cohorting started.",
    "West Nile virus IgM in CSF; Rocky Mountain spotted fever serology negative; Ebola screening negative.",
    "Hodgkin lymphoma stage IIB, ABVD cycle 3 of 6; PET Deauville score 2.",
    "eGFR 42 mL/min/1.73m2, creatinine 1.6, K 5.3, bicarbonate 19; hold lisinopril.",
    "HbA1c 8.1% up from 7.4%; add empagliflozin (Jardiance) 10 mg; continue metformin 1000 mg BID.",
    "Braden 14, Morse fall score 45, CAM negative, RASS 0.",
    "Code stroke: NIHSS 7, alteplase bolus at 13:42, door-to-needle 38 min, LKW 11:50.",
    "DRG 291 heart failure with MCC, GMLOS 4.2 days, actual LOS 6 days.",
    "QTc 512 ms on ECG; stop ondansetron and haloperidol, replete Mg to > 2.",
    "Austin Flint murmur with severe aortic regurgitation; Marfan features, aortic root 4.6 cm.",
    "Cheyne-Stokes respirations overnight; Kussmaul breathing resolved after insulin drip, anion gap 12.",
    "Charcot foot, Wagner grade 2 ulcer; probe-to-bone negative; ESR 64.",
    "Murphy sign positive, McBurney point nontender, Rovsing negative; RUQ ultrasound ordered.",
    "Ranson criteria 3 at 48 h, BISAP 2; lipase 2,140 U/L; lactated Ringer's at 250 mL/h.",
    "Mallampati class II, ASA 3, Cormack-Lehane grade 1 with video laryngoscope.",
    "Kernig and Brudzinski signs negative; LP opening pressure 22 cm H2O; CSF WBC 3.",
    "Graves disease, TRAb elevated; methimazole 10 mg daily; recheck free T4 in 6 weeks.",
    "Addison disease on hydrocortisone 20/10 split dosing and fludrocortisone 0.1 mg; stress-dose for surgery.",
    "Wilson disease workup: ceruloplasmin 9 mg/dL, 24-h urine copper 180 mcg, Kayser-Fleischer rings absent.",
    "Huntington disease, CAG repeat length 42; tetrabenazine 12.5 mg BID.",
    "Klebsiella pneumoniae KPC-producing isolate; ceftazidime-avibactam started; ID following.",
    "Pseudomonas aeruginosa from BAL >100,000 CFU/mL; piperacillin-tazobactam 4.5 g IV q6h extended infusion.",
    "Listeria monocytogenes bacteremia in pregnancy at 32 weeks; ampicillin 2 g IV q4h.",
    "Barrett esophagus without dysplasia; repeat EGD in 3 to 5 years; omeprazole 40 mg daily.",
    "Kawasaki disease day 6 of fever; IVIG 2 g/kg and aspirin 80 mg/kg/day divided QID; echo z-score +2.1.",
    "Takotsubo cardiomyopathy, EF 30%; Brugada pattern excluded; Mobitz II on telemetry overnight.",
    "Wolff-Parkinson-White pattern on ECG, delta wave present; refer to Electrophysiology.",
    "LOINC 2345-7 glucose; SNOMED 44054006 for type 2 diabetes; mapped in FHIR R4 Observation.",
    "HL7 v2.5.1 ADT feed down between 0100 and 0340; interface engine 10.3 patched.",
    "query: count of SEP-1 compliant sepsis bundles by dept for 2021 through 2024",
    "Legg-Calve-Perthes disease, Herring lateral pillar B; Pediatric Orthopedics following.",
    "Sjogren syndrome, anti-SSA positive; Raynaud phenomenon; hydroxychloroquine 200 mg BID.",
    "89-year-old with a Mini-Cog of 2 and Clinical Frailty Scale 6; goals-of-care discussion planned.",
    "67F h/o Hashimoto, T2DM, HTN; on amlodipine 10, losartan 100, atorvastatin 40.",
    "pull all Tricare and Medicare Advantage claims with HCPCS J1100 or J3490 from last year",
    "Homans sign unreliable; Virchow triad present: stasis, hypercoagulability, endothelial injury.",
    "PHQ-9 of 18 and GAD-7 of 14; C-SSRS screen negative; Psychiatry consulted.",
    "Tumor board: KRAS G12C mutated NSCLC, PD-L1 TPS 60%, EGFR and ALK negative; pembrolizumab (Keytruda) recommended.",
    "JAK2 V617F positive; hematocrit 54%; phlebotomy to goal < 45%; hydroxyurea 500 mg daily.",
    "CFTR F508del homozygous; elexacaftor/tezacaftor/ivacaftor started; sweat chloride 38 mmol/L.",
    "ortho wants ottawa ankle rules before xray, and CHA2DS2-VASc 4 / HAS-BLED 2 for the afib cohort",
    "Parkland formula: 4 mL x 70 kg x 30% TBSA = 8,400 mL over 24 h, half in the first 8 h.",
    "Glasgow Coma Scale 8, intubated for airway protection; propofol 20 mcg/kg/min.",
    "Patient from Texas, now living in Vermont; previously treated in Mexico for TB with RIPE x 6 months.",
    "Medicare Part D coverage gap; Medicaid spend-down pending; Blue Cross Blue Shield secondary, no prior auth needed.",
    "Lab: WBC 14.2, Hgb 10.1, Plt 243, Na 134, K 3.2, Cl 99, CO2 24, BUN 28, Cr 1.4, glucose 187.",
    "Vent: AC/VC, TV 420, RR 18, PEEP 10, FiO2 0.5; ABG 7.31/48/72.",
    "Post-op day 3 after redo Nissen fundoplication (original in 2015); diet advanced to full liquids.",
    "i need the count of apgar < 7 at 5 min for all births in L&D last year",
    "Bishop score 8; oxytocin at 2 mU/min, increase by 2 every 30 min, max 20.",
    "Breslow depth 1.2 mm, Clark level IV, mitotic rate 2/mm2; sentinel node biopsy planned.",
    "tPA excluded: BP 192/108 despite labetalol 20 mg x2; nicardipine 5 mg/h started.",
    "vancomycin 1,250 mg IV q12h, trough 14.8 before the 4th dose; AUC/MIC 480.",
    "Python 3.11.4 extract timed out; SQL Server 2019 job runs at 06:15 daily; see release 1.0.3 notes.",
    "Escherichia coli UTI, ESBL; nitrofurantoin 100 mg BID x 5 days; urine culture >100k CFU.",
    "St. John's wort interaction with cyclosporine; trough 48 ng/mL, hold the supplement.",
    "Cardiology, Nephrology, and Palliative Care all signed off; transfer to the Rehab unit.",
    "Pap ASC-US, HPV 16/18 negative, other high-risk HPV positive; colposcopy recommended.",
]

OUT_POS = "/work/heldout/clinical_pos.jsonl"
OUT_NEG = "/work/heldout/clinical_neg.jsonl"
N_POS, N_NEG = 200, 100
MIN_COUNTS = {t: 8 for t in ["PERSON", "LOCATION", "DATE", "DOB", "MRN", "PHONE", "FAX",
                              "EMAIL", "SSN", "MEMBER_ID", "ACCOUNT", "LICENSE", "DEVICE_ID"]}
MIN_COUNTS.update({"AGE": 5, "VEHICLE_ID": 5, "IP": 5, "URL": 5})


def check_record(rec):
    text, spans = rec["text"], rec["spans"]
    prev_end = -1
    for s in sorted(spans, key=lambda x: x["start"]):
        assert text[s["start"]:s["end"]] == s["value"], (text, s)
        assert s["start"] >= prev_end, ("overlap", text, s)
        assert s["value"] == s["value"].strip() and s["value"], s
        if s["entity_type"] == "AGE":
            assert int(s["value"]) > 89, s
        prev_end = s["end"]
    # Nothing identifier-shaped left outside the spans.
    masked = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            masked[i] = "#"
    rest = "".join(masked)
    for pat in [r"\d{7,}", r"[\w.]+@\w", r"https?://", r"\b\d{3}-\d{2}-\d{4}\b",
                r"\b\d{1,3}(\.\d{1,3}){3}\b"]:
        assert not re.search(pat, rest), ("unlabelled identifier?", pat, text)


def main():
    pos = []
    order = list(range(len(POS)))
    rng.shuffle(order)
    # More templates than lines: drop only templates made of common types,
    # so every template with a rarer identifier type is used.
    common = {"P", "D", "MRN", "TOWN", "FAC", "PH", "AGE", "DOB"}
    droppable = [i for i in order
                 if {k for k, *_ in TOKEN.findall(POS[i]) if k} <= common
                 and len(POS[i].split()) < 40]
    for i in droppable[: max(0, len(order) - N_POS)]:
        order.remove(i)
    while len(order) < N_POS:  # re-use some templates with fresh values
        extra = list(range(len(POS)))
        rng.shuffle(extra)
        order += extra[: N_POS - len(order)]
    for i in order[:N_POS]:
        text, spans = fill(POS[i])
        rec = {"text": text, "spans": spans}
        check_record(rec)
        pos.append(rec)
    rng.shuffle(pos)

    assert len(NEG) == N_NEG, len(NEG)
    neg = [{"text": t, "spans": []} for t in NEG[:N_NEG]]
    # Sanity: no pool name / town / facility in negatives.
    pool_words = set()
    for fem, male, fams in CULTURES.values():
        pool_words.update(fem + male + fams + [FEM_SURNAME.get(f, f) for f in fams])
    pool_words.update(t for t, _, _ in TOWNS)
    pool_words.update(f for f, _ in FACILITIES)
    for rec in neg:
        for w in pool_words:
            assert not re.search(r"\b" + re.escape(w) + r"\b", rec["text"]), (w, rec["text"])
        assert not re.search(r"(?<!SNOMED )\b\d{7,}|@|https?://", rec["text"]), rec["text"]
        for m in re.finditer(r"(?<![\d.])(\d{1,2})/(\d{1,2})/(\d{2,4})\b", rec["text"]):
            a, b = int(m.group(1)), int(m.group(2))
            assert not (1 <= a <= 12 and 1 <= b <= 31), ("date-like", rec["text"])

    with open(OUT_POS, "w", encoding="utf-8") as f:
        for rec in pos:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(OUT_NEG, "w", encoding="utf-8") as f:
        for rec in neg:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")

    counts = Counter(s["entity_type"] for r in pos for s in r["spans"])
    nspans = sum(counts.values())
    print(f"positive templates: {len(POS)}  negative texts available: {len(NEG)}")
    print(f"positives: {len(pos)} lines, {nspans} spans, {nspans / len(pos):.2f} spans/line")
    print(f"negatives: {len(neg)} lines")
    for t in sorted(counts):
        print(f"  {t:<11} {counts[t]}")
    lens = [len(r["text"].split()) for r in pos]
    print(f"words per positive: min {min(lens)} max {max(lens)} mean {sum(lens) / len(lens):.1f}")
    nl = [len(r["text"].split()) for r in neg]
    print(f"words per negative: min {min(nl)} max {max(nl)}")
    short = [t for t, n in MIN_COUNTS.items() if counts[t] < n]
    assert not short, ("below minimum", short)


if __name__ == "__main__":
    main()
