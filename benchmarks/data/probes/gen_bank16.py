#!/usr/bin/env python3
"""Hand-written tuning set for a bank-analyst PII redactor.

Writes /work/tune16/bank_pos.jsonl (200 texts with spans) and
/work/tune16/bank_neg.jsonl (120 texts with no PII).
Standard library only; fixed seed; every name, place and template is
written by hand below. `random` only picks from these pools and builds
digit strings in realistic shapes.

Conventions
- Titles (Mr., Ms., Dr., Prof.) and possessive 's stay outside PERSON spans.
- Company / bank names are not PII.
- Masked numbers showing only the last 4 digits are not labelled.
- Phone extensions ("ext. 214", "x214") are outside the PHONE span.
- DOB = date of birth; DATE = any other date tied to a person's record
  (transaction, opening, expiry, death). Public policy / rate-change dates
  in the negatives are not labelled.
- ROUTING = ABA routing transit number (always checksum-valid).
- A person's TIN written in SSN shape is labelled SSN.
- Driver licence and passport numbers are both LICENSE.
"""
import json
import random
import re
import unicodedata
from collections import Counter

SEED = 16016
OUT_POS = "/work/tune16/bank_pos.jsonl"
OUT_NEG = "/work/tune16/bank_neg.jsonl"
N_POS = 200
N_NEG = 120

rng = random.Random(SEED)


def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def nz_digits(n):
    return rng.choice("123456789") + digits(n - 1)


# --------------------------------------------------------------------------
# Hand-written pools
# --------------------------------------------------------------------------
NAMES = {
    "anglo": (["James", "Emily", "Robert", "Sarah", "Michael", "Jennifer", "William",
               "Ashley", "Thomas", "Megan", "Brian", "Kayla", "Dwayne", "Tamika"],
              ["Whitaker", "Brennan", "Holloway", "Fitzgerald", "Carter", "Dunn",
               "McAllister", "Pruitt", "Sullivan", "Greene", "Harper-Lowe", "Washington"]),
    "hispanic": (["José", "María", "Alejandro", "Guadalupe", "Luis", "Carmen", "Jorge",
                  "Ximena", "Rafael", "Lucía"],
                 ["Hernández", "de la Cruz", "Villanueva", "Ortiz", "Zamora", "Gutiérrez",
                  "Ramírez Solís", "Castillo"]),
    "chinese": (["Wei", "Xiaoling", "Jian", "Mei", "Hao", "Yuting"],
                ["Zhang", "Liu", "Chen", "Huang", "Xu", "Zhou"]),
    "vietnamese": (["Thanh", "Linh", "Minh", "Huong", "Quang"],
                   ["Nguyen", "Tran", "Pham", "Le", "Vo"]),
    "korean": (["Ji-hoon", "Seo-yeon", "Min-jun", "Hye-jin"],
               ["Kim", "Park", "Choi", "Lee"]),
    "indian": (["Priya", "Rajesh", "Ananya", "Venkatesh", "Deepika", "Arjun", "Lakshmi"],
               ["Raghunathan", "Patel", "Iyer", "Chatterjee", "Reddy", "Subramanian"]),
    "arabic": (["Mohammed", "Fatima", "Omar", "Layla", "Yousef", "Aisha"],
               ["Al-Farsi", "Haddad", "El-Amin", "Nasser", "Abdullah"]),
    "nigerian": (["Chinedu", "Oluwaseun", "Ngozi", "Adebayo", "Chiamaka", "Emeka"],
                 ["Okafor", "Adeyemi", "Eze", "Balogun", "Nwosu"]),
    "slavic": (["Dmitri", "Svetlana", "Aleksandr", "Katarzyna", "Piotr"],
               ["Volkov", "Kowalczyk", "Petrenko", "Nowak"]),
    "german": (["Jürgen", "Annika", "Lukas", "Henrike"],
               ["Müller", "Schneider", "Weiß", "Hoffmann"]),
    "japanese": (["Hiroshi", "Yuki", "Takeshi", "Aiko"],
                 ["Tanaka", "Watanabe", "Yamamoto"]),
    "filipino": (["Maricel", "Rodel", "Jocelyn"],
                 ["Dela Cruz", "Bautista", "Mendoza"]),
    "irish": (["Siobhan", "Padraig", "Aoife"],
              ["O'Sullivan", "MacNamara", "O'Brien"]),
    "turkish": (["Ayşe", "Mehmet", "Emre"],
                ["Yılmaz", "Demir", "Öztürk"]),
    "greek": (["Nikos", "Eleni"], ["Papadopoulos", "Georgiou"]),
    "somali": (["Abdirahman", "Hodan", "Faisal"], ["Warsame", "Abdi", "Farah"]),
    "ethiopian": (["Tesfaye", "Meseret", "Dawit"], ["Bekele", "Tadesse"]),
    "brazilian": (["João", "Thiago", "Fernanda"], ["Oliveira", "Santos", "Carvalho"]),
    "dutch": (["Pieter", "Femke"], ["van der Berg", "de Vries"]),
}
CULTURES = sorted(NAMES)

US_CITIES = [("Tulsa", "OK", "741"), ("Chicago", "IL", "606"), ("Houston", "TX", "770"),
             ("Phoenix", "AZ", "850"), ("Queens", "NY", "113"), ("Newark", "NJ", "071"),
             ("Charlotte", "NC", "282"), ("Minneapolis", "MN", "554"), ("Dearborn", "MI", "481"),
             ("Sacramento", "CA", "958"), ("Miami", "FL", "331"), ("Columbus", "OH", "432"),
             ("Spokane", "WA", "992"), ("Pittsburgh", "PA", "152"), ("Atlanta", "GA", "303"),
             ("Boise", "ID", "837"), ("El Paso", "TX", "799"), ("Providence", "RI", "029"),
             ("Honolulu", "HI", "968"), ("Anchorage", "AK", "995")]
STREETS = ["W Belmont Ave", "Orchard Lane", "Maple St", "Kings Hwy", "Bissonnet St",
           "N 7th Ave", "Peachtree Rd NE", "Lakeview Dr", "Old Mill Rd", "Calle Ocho",
           "Warren Ave", "E Colfax Ave", "Rue Royale", "Harbor Blvd", "Elm Ct",
           "Pine Ridge Ct", "Jefferson Davis Hwy", "Ocean Pkwy"]
UNITS = ["", "", "", " Apt 4B", " Unit 12", " #305", " Ste 210"]
NG_PLACES = ["Lagos", "Abuja", "Port Harcourt", "Ikeja, Lagos"]
IN_PLACES = ["Pune", "Hyderabad, Telangana", "Chennai", "Kochi, Kerala", "Ahmedabad"]
UK_PLACES = ["London", "Manchester", "Leeds", "Birmingham", "Glasgow"]
INTL_PLACES = ["Manila, Philippines", "Guadalajara, Jalisco", "Nairobi, Kenya", "Istanbul",
               "Dubai Marina, Dubai", "Monterrey, Mexico", "Ho Chi Minh City"]

BANKS = ["Wells Fargo", "Chase", "Bank of America", "Citibank", "PNC", "U.S. Bank", "Truist",
         "TD Bank", "Fifth Third", "Regions", "KeyBank", "Navy Federal", "Capital One",
         "Citizens", "Huntington", "Ally"]

US_AREA = ["212", "646", "718", "312", "773", "213", "310", "415", "617", "305", "713",
           "214", "404", "602", "206", "503", "702", "215", "412", "919", "704", "313",
           "612", "816", "504", "808", "907", "469", "347", "281"]
TOLLFREE = ["800", "888", "877", "866", "855", "844", "833"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]

KNOWN_RTN = ["021000021", "026009593", "121000248", "011000138", "111000025", "071000013",
             "063100277", "031201360", "122105155", "322271627", "044000037", "021000089",
             "061000104", "091000019", "101000187", "051000017", "053000196", "081000210",
             "043000096", "026073150"]

EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com",
                 "protonmail.com", "aol.com", "comcast.net", "att.net"]


# --------------------------------------------------------------------------
# Checksums
# --------------------------------------------------------------------------
def aba_ok(s):
    if len(s) != 9 or not s.isdigit():
        return False
    d = [int(c) for c in s]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0


def aba_check_digit(first8):
    d = [int(c) for c in first8]
    s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
    return str((10 - s % 10) % 10)


def luhn_ok(s):
    s = re.sub(r"\D", "", s)
    tot = 0
    for i, c in enumerate(reversed(s)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def iban_check(cc, bban):
    rearr = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in rearr)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(s):
    s = s.replace(" ", "")
    rearr = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in rearr)) % 97 == 1


KNOWN_RTN = [r for r in KNOWN_RTN if aba_ok(r)]


# --------------------------------------------------------------------------
# Value generators
# --------------------------------------------------------------------------
def new_person():
    cult = rng.choice(CULTURES)
    firsts, lasts = NAMES[cult]
    return (rng.choice(firsts), rng.choice("ABCDEFGHJKLMNPRSTW"), rng.choice(lasts))


def fold(s):
    s = s.replace("ı", "i").replace("ß", "ss").replace("ø", "o")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if ord(c) < 128)


def fmt_person(p, style):
    f, m, l = p
    if style in (None, "full"):
        return f"{f} {l}"
    if style == "fml":
        return f"{f} {m}. {l}"
    if style == "lf":
        return f"{l}, {f}"
    if style == "upper":
        return f"{f} {l}".upper()
    if style == "lfu":
        return f"{l}, {f}".upper()
    if style == "lower":
        return f"{f} {l}".lower()
    if style == "first":
        return f
    if style == "last":
        return l
    raise ValueError(style)


def gen_email(p):
    f, m, l = p
    f = re.sub(r"[^a-z]", "", fold(f).lower())
    l = re.sub(r"[^a-z]", "", fold(l).lower())
    pat = rng.choice(["{f}.{l}", "{f0}{l}{n}", "{f}_{l}", "{l}{f}", "{f}{l}{n2}", "{f}.{m}.{l}"])
    local = pat.format(f=f, l=l, f0=f[0], n=rng.randint(1, 99), n2=rng.randint(60, 99),
                       m=m.lower())
    return local + "@" + rng.choice(EMAIL_DOMAINS)


def gen_routing(style):
    if rng.random() < 0.3:
        r = rng.choice(KNOWN_RTN)
    else:
        pre = rng.choice(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12",
                          "21", "22", "23", "24", "25", "26", "31", "32", "26", "11", "06",
                          "61", "62", "65", "67", "71"])
        first8 = pre + rng.choice("123456789") + digits(5)
        r = first8 + aba_check_digit(first8)
    assert aba_ok(r)
    if style == "sp3":
        return f"{r[:3]} {r[3:6]} {r[6:]}"
    if style == "sp44":
        return f"{r[:4]} {r[4:8]} {r[8]}"
    return r


def gen_ssn(style):
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    a, g, s = "%03d" % area, "%02d" % rng.randint(1, 99), "%04d" % rng.randint(1, 9999)
    return {"dash": f"{a}-{g}-{s}", "space": f"{a} {g} {s}", "plain": a + g + s}[style or "dash"]


ITIN_GROUPS = list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100))


def gen_itin(style):
    a = "9" + digits(2)
    g = "%02d" % rng.choice(ITIN_GROUPS)
    s = digits(4)
    return f"{a}-{g}-{s}" if style in (None, "dash") else a + g + s


EIN_PREFIX = ["12", "20", "23", "26", "27", "33", "35", "45", "46", "47", "52", "54", "61",
              "72", "81", "83", "84", "85", "86", "87", "88", "91", "92", "93", "94", "95", "98"]


def gen_ein(style):
    p, r = rng.choice(EIN_PREFIX), digits(7)
    return p + r if style == "plain" else f"{p}-{r}"


def gen_phone(style):
    def us_parts():
        area = rng.choice(US_AREA)
        ex = rng.choice("23456789") + digits(2)
        while ex[1:] == "11":
            ex = rng.choice("23456789") + digits(2)
        return area, ex, digits(4)

    if style in ("paren", "dash", "dot", "plain", "plus1", "one"):
        a, e, n = us_parts()
        if style == "paren":
            return f"({a}) {e}-{n}"
        if style == "dash":
            return f"{a}-{e}-{n}"
        if style == "dot":
            return f"{a}.{e}.{n}"
        if style == "plain":
            return a + e + n
        if style == "plus1":
            return rng.choice([f"+1 {a} {e} {n}", f"+1-{a}-{e}-{n}", f"+1 ({a}) {e}-{n}"])
        return rng.choice([f"1-{a}-{e}-{n}", f"1 ({a}) {e}-{n}", f"1.{a}.{e}.{n}"])
    if style == "tollfree":
        t = rng.choice(TOLLFREE)
        return rng.choice([f"1-{t}-{nz_digits(3)}-{digits(4)}", f"({t}) {nz_digits(3)}-{digits(4)}",
                           f"{t}-{nz_digits(3)}-{digits(4)}"])
    if style == "uk_land":
        return rng.choice([f"+44 20 7{digits(3)} {digits(4)}", f"+44 (0)20 8{digits(3)} {digits(4)}",
                           f"+44 161 {nz_digits(3)} {digits(4)}", f"+44 113 {nz_digits(3)} {digits(4)}"])
    if style == "uk_mob":
        return rng.choice([f"+44 7{rng.choice('4579')}{digits(2)} {digits(6)}",
                           f"+447{rng.choice('4579')}{digits(8)}", f"07{rng.choice('4579')}{digits(2)} {digits(3)} {digits(3)}"])
    if style == "de":
        return rng.choice([f"+49 30 {nz_digits(7)}", f"+49 (0)89 {nz_digits(4)} {digits(4)}",
                           f"+49 151 {digits(4)} {digits(4)}", f"+49-170-{nz_digits(7)}"])
    if style == "in":
        return rng.choice([f"+91 9{digits(4)} {digits(5)}", f"+91-{rng.choice('6789')}{digits(9)}",
                           f"+91 {rng.choice('6789')}{digits(4)}-{digits(5)}"])
    if style == "mx":
        return rng.choice([f"+52 55 {digits(4)} {digits(4)}", f"+52 1 33 {digits(4)} {digits(4)}",
                           f"+52 (81) {digits(4)}-{digits(4)}"])
    if style == "ng":
        return rng.choice([f"+234 80{rng.choice('3356')} {digits(3)} {digits(4)}",
                           f"+234{rng.choice(['803', '805', '806', '813', '703'])}{digits(7)}",
                           f"+234 (0) 70{rng.choice('3689')} {digits(3)} {digits(4)}"])
    if style == "ae":
        return rng.choice([f"+971 5{rng.choice('02568')} {digits(3)} {digits(4)}",
                           f"+971-4-{nz_digits(3)}-{digits(4)}", f"+9715{rng.choice('0256')}{digits(7)}"])
    raise ValueError(style)


def gen_account(style):
    style = style or "chk"
    if style == "chk":
        return nz_digits(rng.choice([10, 10, 11, 12]))
    if style == "nine":
        return nz_digits(9)
    if style == "plain":
        return rng.choice(["", "0", "00"]) + nz_digits(rng.choice([8, 9, 10]))
    if style == "dash":
        g = rng.choice([(4, 4, 2), (3, 6), (4, 6), (2, 4, 4), (3, 3, 4)])
        return "-".join(digits(n) for n in g)
    if style == "space":
        return " ".join(digits(4) for _ in range(rng.choice([3, 3, 4])))
    if style == "lead0":
        return rng.choice(["000", "00", "0000"]) + nz_digits(rng.choice([7, 8, 9]))
    if style == "loan":
        return rng.choice([nz_digits(10) + "-" + "%04d" % rng.randint(1, 12),
                           "LN" + nz_digits(8), "0" + nz_digits(12), nz_digits(4) + "-" + digits(7)])
    if style == "mort":
        return rng.choice(["0" + nz_digits(9), nz_digits(10), "00" + nz_digits(8) + "-" + digits(1)])
    if style == "brok":
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        return rng.choice(["Z" + nz_digits(8), "X" + nz_digits(2) + "-" + digits(6),
                           "5" + rng.choice(L) + rng.choice(L) + "-" + digits(5),
                           digits(4) + "-" + digits(4), digits(3) + "-" + digits(6) + "-" + digits(3),
                           rng.choice(L) + rng.choice(L) + rng.choice(L) + "-" + digits(6),
                           digits(2) + rng.choice(L) + "-" + digits(6)])
    if style == "cl":
        return rng.choice([digits(4) + "-" + digits(6) + "-" + digits(2), "HE" + nz_digits(9),
                           nz_digits(12)])
    if style == "iban":
        if rng.random() < 0.5:
            bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(6) + digits(8)
            cc = "GB"
        else:
            bban = nz_digits(8) + digits(10)
            cc = "DE"
        raw = cc + iban_check(cc, bban) + bban
        assert iban_ok(raw)
        return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    raise ValueError(style)


def gen_card(style):
    if style == "amex":
        n = luhn_complete(rng.choice(["34", "37"]) + digits(12))
        return f"{n[:4]} {n[4:10]} {n[10:]}"
    if style == "mc":
        pre = rng.choice(["51", "52", "53", "54", "55", "2221", "2720", "2368"])
        n = luhn_complete(pre + digits(15 - len(pre)))
    elif style == "disc":
        n = luhn_complete("6011" + digits(11))
    else:
        n = luhn_complete("4" + digits(14))
    assert len(n) == 16 and luhn_ok(n)
    sep = rng.choice([" ", "-", ""])
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


ALNUM = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
DE_PP = "CFGHJKLMNPRTVWXYZ0123456789"


def gen_license(style):
    U = "ABCDEFGHJKLMNPRSTWY"
    if style == "dl_ca":
        return rng.choice(U) + digits(7)
    if style == "dl_ny":
        n = digits(9)
        return rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", n])
    if style == "dl_fl":
        d = digits(12)
        return f"{rng.choice(U)}{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:11]}-{d[11]}"
    if style == "dl_tx":
        return nz_digits(8)
    if style == "dl_il":
        d = digits(11)
        return f"{rng.choice(U)}{d[:3]}-{d[3:7]}-{d[7:]}"
    if style == "dl_wa":
        return "WDL" + "".join(rng.choice(ALNUM) for _ in range(9))
    if style == "dl_pa":
        d = digits(8)
        return rng.choice([f"{d[:2]} {d[2:5]} {d[5:]}", d])
    if style == "dl_nj":
        d = digits(14)
        return f"{rng.choice(U)}{d[:4]} {d[4:9]} {d[9:]}"
    if style == "dl_mi":
        d = digits(12)
        return f"{rng.choice(U)} {d[:3]} {d[3:6]} {d[6:9]} {d[9:]}"
    if style == "dl_oh":
        return rng.choice(U) + rng.choice(U) + digits(6)
    if style == "dl_ga":
        return nz_digits(9)
    if style == "pp_us":
        return rng.choice([nz_digits(9), "A" + digits(8), "C" + digits(8)])
    if style == "pp_uk":
        return nz_digits(9)
    if style == "pp_in":
        return rng.choice("JKLMNPRSTUVWZ") + nz_digits(7)
    if style == "pp_de":
        return rng.choice("CFGHJK") + "".join(rng.choice(DE_PP) for _ in range(8))
    if style == "pp_ca":
        return rng.choice(U) + rng.choice(U) + digits(6)
    if style == "pp_mx":
        return rng.choice("GN") + digits(8)
    if style == "pp_ng":
        return rng.choice("AB") + digits(8)
    if style == "pp_cn":
        return rng.choice("EG") + digits(8)
    if style == "pp_ph":
        return "P" + digits(7) + rng.choice("ABC")
    raise ValueError(style)


def gen_date(style, dob=False):
    y = rng.randint(1938, 2005) if dob else rng.randint(2019, 2025)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    style = style or "us"
    if style == "us":
        return f"{m:02d}/{d:02d}/{y}"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "long":
        return f"{MONTHS[m - 1]} {d}, {y}"
    if style == "short":
        return f"{d} {MON3[m - 1]} {y}"
    if style == "dmy":
        return f"{d:02d}/{m:02d}/{y}"
    if style == "dmy_dot":
        return f"{d:02d}.{m:02d}.{y}"
    if style == "mdy2":
        return f"{m}/{d}/{y % 100:02d}"
    if style == "mon":
        return f"{MON3[m - 1]} {d} {y}"
    raise ValueError(style)


def gen_location(style):
    style = style or "addr"
    if style in ("addr", "addr_upper"):
        city, st, z = rng.choice(US_CITIES)
        s = f"{rng.randint(3, 9899)} {rng.choice(STREETS)}{rng.choice(UNITS)}, {city}, {st} {z}{digits(2)}"
        return s.upper() if style == "addr_upper" else s
    if style == "street":
        return f"{rng.randint(3, 9899)} {rng.choice(STREETS)}"
    if style == "city":
        city, st, _ = rng.choice(US_CITIES)
        return f"{city}, {st}"
    if style == "ng":
        return rng.choice(NG_PLACES)
    if style == "in":
        return rng.choice(IN_PLACES)
    if style == "uk":
        return rng.choice(UK_PLACES)
    if style == "de":
        return rng.choice(["Munich", "Berlin", "Frankfurt am Main", "Hamburg"])
    if style == "mx":
        return rng.choice(["Puebla", "Oaxaca de Juárez", "Zapopan, Jalisco", "Tijuana"])
    if style == "intl":
        return rng.choice(INTL_PLACES)
    raise ValueError(style)


# Non-PII fillers (lower-case placeholders): no span is recorded.
def amt():
    v = rng.choice([rng.randint(12, 999), rng.randint(1000, 9999), rng.randint(10000, 250000)])
    return f"{v:,}.{rng.randint(0, 99):02d}"


FILLERS = {
    "amt": amt,
    "amt_plain": lambda: f"{rng.randint(20, 9999)}.{rng.randint(0, 99):02d}",
    "bank": lambda: rng.choice(BANKS),
    "last4": lambda: digits(4),
    "chk": lambda: str(rng.randint(1001, 99999)),
    "trace": lambda: rng.choice(["0910000", "0210000", "1210002", "0711000"]) + digits(8),
    "ext": lambda: str(rng.randint(100, 9999)),
    "time": lambda: rng.choice(["9:15 am", "10:40 am", "1:05 pm", "2:30 pm", "4:45 pm", "16:20 ET",
                                "11:00 CT"]),
    "mon": lambda: rng.choice(MONTHS),
    "inv": lambda: "INV-" + digits(5),
    "n3": lambda: digits(3),
    "gl": lambda: f"{rng.choice(['1010', '1450', '2100', '4010', '5200', '6120'])}-{rng.choice(['000', '100', '220', '310'])}",
    "ticket": lambda: "00" + digits(5),
    "ref": lambda: rng.choice(["CASE-", "DSP-", "ALR-", "REF-"]) + digits(6),
    "mcc": lambda: rng.choice(["5411", "5541", "5812", "5999", "6011", "4829", "7995", "6051"]),
    "batch": lambda: "00000" + digits(2),
    "n": lambda: str(rng.randint(12, 4800)),
    "pct": lambda: str(rng.choice([5, 10, 15, 20, 25])),
}

TYPE_GEN = {
    "ROUTING": gen_routing,
    "SSN": gen_ssn,
    "ITIN": gen_itin,
    "EIN": gen_ein,
    "PHONE": gen_phone,
    "ACCOUNT": gen_account,
    "CARD": gen_card,
    "LICENSE": gen_license,
    "DATE": lambda s: gen_date(s, dob=False),
    "DOB": lambda s: gen_date(s, dob=True),
    "LOCATION": gen_location,
}

PH = re.compile(r"\{([A-Za-z_0-9]+)(?::([a-z0-9_]+))?(?:#(\w+))?(?:@(\w+))?\}")


def render(tpl):
    out, spans, pos, last = [], [], 0, 0
    mem = {}
    for m in PH.finditer(tpl):
        lit = tpl[last:m.start()]
        out.append(lit)
        pos += len(lit)
        last = m.end()
        typ, style, key, ref = m.groups()
        if typ in FILLERS:
            val = FILLERS[typ]()
            out.append(val)
            pos += len(val)
            continue
        if typ == "PERSON":
            if key and key in mem:
                p = mem[key]
            else:
                p = new_person()
                if key:
                    mem[key] = p
            val = fmt_person(p, style)
        elif typ == "EMAIL":
            if ref and ref not in mem:
                mem[ref] = new_person()
            p = mem[ref] if ref else new_person()
            val = gen_email(p)
        else:
            if key and key in mem:
                val = mem[key]
            else:
                val = TYPE_GEN[typ](style)
                if key:
                    mem[key] = val
        out.append(val)
        spans.append({"entity_type": typ, "value": val, "start": pos, "end": pos + len(val)})
        pos += len(val)
    out.append(tpl[last:])
    return "".join(out), spans


# --------------------------------------------------------------------------
# NACHA entry detail records (94 chars each)
# --------------------------------------------------------------------------
def nacha():
    intro = rng.choice(["Entry detail records from the PPD file that rejected:\n",
                        "pasting the two 6-records that failed the RDFI edit:\n",
                        "ACH return research, original entries:\n",
                        "Lines 14-16 of the payroll NACHA file:\n"])
    text, spans = intro, []
    for _ in range(rng.choice([2, 2, 3])):
        while True:
            p = new_person()
            name = fold(rng.choice([f"{p[0]} {p[2]}", f"{p[2]} {p[0]}", f"{p[2]}, {p[0]}"])).upper()
            if len(name) <= 22:
                break
        rt = gen_routing(None)
        acct = gen_account(rng.choice(["chk", "plain", "lead0"]))
        amount = "%010d" % rng.randint(2500, 950000)
        tc = rng.choice(["22", "27", "32", "37"])
        trace = rt[:8] + digits(7) if rng.random() < 0.5 else "0" + digits(14)
        line = ("6" + tc + rt + acct.ljust(17) + amount + " " * 15 + name.ljust(22) + "  " + "0"
                + trace)
        assert len(line) == 94, len(line)
        base = len(text)
        spans.append({"entity_type": "ROUTING", "value": rt, "start": base + 3, "end": base + 12})
        spans.append({"entity_type": "ACCOUNT", "value": acct, "start": base + 12,
                      "end": base + 12 + len(acct)})
        spans.append({"entity_type": "PERSON", "value": name, "start": base + 54,
                      "end": base + 54 + len(name)})
        text += line + "\n"
    return text.rstrip("\n"), spans


# --------------------------------------------------------------------------
# Positive templates (hand-written)
# --------------------------------------------------------------------------
POS_TEMPLATES = [
    # ---- routing numbers, every which way
    "Customer {PERSON} called to update direct deposit. New routing {ROUTING}, checking {ACCOUNT:chk}. Verified DOB {DOB:us}.",
    "Payee setup for {PERSON:upper} - routing/account: {ROUTING} / {ACCOUNT:chk}",
    "RTN {ROUTING} acct {ACCOUNT:nine} - {PERSON:lf}, returned R03 on {DATE:us}.",
    "Incoming wire for beneficiary {PERSON:fml}, beneficiary bank ABA {ROUTING}, beneficiary account {ACCOUNT:chk}, amount USD {amt}.",
    "R/T: {ROUTING}  A/C: {ACCOUNT:dash}  Name: {PERSON}",
    "Transit number {ROUTING}, account {ACCOUNT:space}. Cheque from Mrs. {PERSON} bounced on {DATE:long}.",
    "hey can u double check the routing for {PERSON:lower}? she gave me {ROUTING} but the bank says it doesnt match acct {ACCOUNT:chk}",
    "RT# {ROUTING} / Acct# {ACCOUNT:chk} / {PERSON}",
    "wire routing {ROUTING} (not the ACH one, {ROUTING}) for {PERSON}'s account {ACCOUNT:chk}",
    nacha,
    nacha,
    "{PERSON},{ROUTING},{ACCOUNT:plain},{amt_plain},PPD\n{PERSON},{ROUTING},{ACCOUNT:plain},{amt_plain},PPD\n{PERSON},{ROUTING},{ACCOUNT:plain},{amt_plain},PPD",
    "\"{PERSON:lf}\",{ROUTING},{ACCOUNT:lead0},C,{amt_plain}\n\"{PERSON:lf}\",{ROUTING},{ACCOUNT:lead0},S,{amt_plain}",
    "{ROUTING}|{ACCOUNT:chk}|{PERSON:upper}|{DATE:iso}|{amt_plain}\n{ROUTING}|{ACCOUNT:chk}|{PERSON:upper}|{DATE:iso}|{amt_plain}",
    "name\trtn\tacct\n{PERSON}\t{ROUTING}\t{ACCOUNT:chk}\n{PERSON}\t{ROUTING}\t{ACCOUNT:chk}",
    "Form field 14 (ABA/RTN): {ROUTING}\nField 15 (Account No.): {ACCOUNT:chk}\nField 16 (Account holder): {PERSON:upper}\nField 17 (Phone): {PHONE:paren}",
    "Please send the refund via ACH to routing number {ROUTING}, account number {ACCOUNT:chk}. Thanks, {PERSON:first}",
    "rtn {ROUTING} acct {ACCOUNT:chk} pls confirm before 3pm, its for {PERSON:lower}",
    "Check image MICR: \u2446{ROUTING}\u2446 {ACCOUNT:chk}\u2448 {chk} - maker {PERSON}, {LOCATION:addr}",
    "Zelle isn't set up, so {PERSON} gave routing {ROUTING} and said the account ends in {last4}.",
    "ABA: {ROUTING} | ACCT: {ACCOUNT:chk} | NAME: {PERSON:upper} | DOB: {DOB:iso}",
    "Fedwire in: IMAD 20240311MMQFMP2K000{n3}, receiver ABA {ROUTING}, originator {PERSON}, OBI {inv}.",
    "Returned item R04 (invalid account number). RDFI {ROUTING}, DFI acct {ACCOUNT:chk}, receiver {PERSON:upper}, trace {trace}.",
    "Autopay enrollment for loan {ACCOUNT:loan}: draft from routing {ROUTING}, checking {ACCOUNT:chk}. Borrower {PERSON:fml}, phone {PHONE:paren}.",
    "Customer first read out {ROUTING}, then corrected it to {ROUTING}; account {ACCOUNT:chk} stays the same. Caller: {PERSON}.",
    "Routing # {ROUTING}\nAccount # {ACCOUNT:lead0}\nName on account: {PERSON}",
    "ach debit from {ROUTING}/{ACCOUNT:chk} for {PERSON:lower}, eff date {DATE:mdy2}",
    "ABA routing no. {ROUTING} ({bank}) on file for {PERSON:lf}; SSN {SSN:dash}.",
    "MT103 field 57A: //FW{ROUTING}\nfield 59: /{ACCOUNT:chk}\n{PERSON:upper}\n{LOCATION:addr_upper}",
    "Transit/ABA {ROUTING}, acct {ACCOUNT:space}, payee {PERSON}, {LOCATION:addr}",
    "{PERSON:first} said her routing is {ROUTING:sp3}? that doesnt look right for {bank}",
    "Positive pay exception: check {chk} drawn on RT {ROUTING}, acct {ACCOUNT:chk}, payee {PERSON}, amount ${amt}.",
    "pls move {PERSON:lower}'s payroll to routing {ROUTING} acct {ACCOUNT:nine}, eff {DATE:us}",
    "Direct deposit form - Bank routing number (9 digits): {ROUTING}; Account number: {ACCOUNT:chk}; Type: Savings; Employee: {PERSON}; SSN: {SSN:dash}",
    "Check 21 image exception - MICR read 'T{ROUTING}T {ACCOUNT:chk}O {chk}' for payee {PERSON}.",
    "SAR narrative: On {DATE:long} and again on {DATE:long}, {PERSON:fml} received 14 ACH credits totaling ${amt} into account {ACCOUNT:chk} (RTN {ROUTING}) from multiple originators.",
    "Beneficiary: {PERSON:upper}\nBank: {bank}\nABA: {ROUTING}\nAcct: {ACCOUNT:chk}\nAddress: {LOCATION:addr}",
    "Teller note: {PERSON} deposited a check from {PERSON} drawn on routing {ROUTING}, account {ACCOUNT:chk}.",
    "routing {ROUTING} is for paper checks only - for wires {PERSON:first} needs {ROUTING}.",
    "Savings acct {ACCOUNT:lead0} at routing {ROUTING} belongs to Mr. {PERSON}, cell {PHONE:dot}.",
    "Bill pay payee: {PERSON}, ABA {ROUTING}, acct {ACCOUNT:dash}, memo 'rent {mon}'",
    "cust says routing is {ROUTING:sp44} and acct is {ACCOUNT:chk}, her mom {PERSON} is joint owner",
    "Routing Transit Number: {ROUTING}    Account: {ACCOUNT:chk}    Account Type: Checking    Holder: {PERSON:lfu}",

    # ---- SSN
    "KYC refresh: {PERSON:fml}, SSN {SSN:dash}, DOB {DOB:us}, {LOCATION:addr}.",
    "caller verified social {SSN:space} and dob {DOB:mdy2}, name {PERSON:lower}",
    "ss# {SSN:plain} - {PERSON:upper}",
    "W-9 received from sole proprietor {PERSON}, TIN {SSN:dash} (individual SSN, not an EIN).",
    "Customer only gave the last 4 of her SSN ({last4}); asked Ms. {PERSON} to call back from {PHONE:dash} with the full social.",
    "Co-borrower {PERSON} SSN: {SSN:plain}; primary borrower {PERSON} SSN: {SSN:dash}.",
    "1099-INT mismatch: payee {PERSON:lf}, TIN on file {SSN:plain}; IRS CP2100 says name/TIN do not match.",
    "CIP: Name {PERSON} | SSN {SSN:dash} | DL {LICENSE:dl_ca} (CA) | Phone {PHONE:dash}",
    "Soc. Sec. No. {SSN:dash}, applicant {PERSON}, born {DOB:long}.",
    "please update ssn for {PERSON:lower} to {SSN:plain}, teller keyed {SSN:plain} by mistake",
    "Credit pull authorized by {PERSON:fml}, SSN {SSN:space}, DOB {DOB:long}, employer Target Corporation.",
    "Minor account: custodian {PERSON} (SSN {SSN:dash}), minor {PERSON} born {DOB:iso}, SSN {SSN:dash}.",
    "Social Security Number: {SSN:dash}\nName: {PERSON:upper}\nDate of Birth: {DOB:us}",
    "social is {SSN:dash} but the statement masks it as XXX-XX-{last4}; customer {PERSON}",
    "TIN for the individual account holder {PERSON}: {SSN:plain}. Backup withholding removed {DATE:us}.",
    "deceased notification: {PERSON:upper}, ss# {SSN:dash}, date of death {DATE:us}, executor {PERSON}",
    "ssn {SSN:plain} dob {DOB:us} - pls run chex for {PERSON:lower}",

    # ---- PHONE
    "Callback for {PERSON} at {PHONE:paren} ext. {ext} after {time}.",
    "Dr. {PERSON} asked us to call her office line {PHONE:tollfree} x{ext} instead of her cell {PHONE:dash}.",
    "Wire beneficiary {PERSON}, {LOCATION:ng}, tel {PHONE:ng}.",
    "Remitter {PERSON} (mob {PHONE:in}) sends INR to family in {LOCATION:in}.",
    "Trade finance contact: {PERSON#a}, {PHONE:ae}, {EMAIL@a}",
    "Remittance receiver {PERSON} in {LOCATION:mx}, cel. {PHONE:mx}",
    "Correspondent bank contact {PERSON}, tel {PHONE:uk_land}, mob {PHONE:uk_mob}",
    "Customer {PERSON} now lives in {LOCATION:de}, tel {PHONE:de}, wants statements by post.",
    "IVR failed, cust {PERSON:lower} cb # {PHONE:plain}",
    "Contact: {PERSON#a} / {PHONE:plus1} / {EMAIL@a}",
    "ph {PHONE:dot} - {PERSON:first} re: HELOC draw",
    "New cell number for {PERSON}: {PHONE:paren}; old number {PHONE:dash} is disconnected.",
    "Fraud callback: spoke with {PERSON} on {PHONE:one} at {time}, confirmed card {CARD:visa} is in her possession.",
    "Card dispute: cardholder {PERSON}, card {CARD:mc}, call back at {PHONE:paren}.",
    "mob {PHONE:uk_mob} / email {EMAIL@a} - {PERSON#a} ({LOCATION:uk})",
    "the number on file {PHONE:dash} goes to voicemail, try {PERSON}'s work # {PHONE:dash} ext {ext}",
    "tel. {PHONE:plus1}, fax {PHONE:dash} - {PERSON}, {LOCATION:city}",
    "Call centre: caller {PERSON} requested a callback on {PHONE:tollfree} (her business line) regarding the wire to {LOCATION:intl}.",
    "Nigerian beneficiary {PERSON:upper}, phone {PHONE:ng}, account at a bank in {LOCATION:ng}, sender {PERSON}, tel {PHONE:dot}",
    "cell {PHONE:plain}, alt {PHONE:in} - {PERSON:lower}",

    # ---- ACCOUNT varieties
    "Brokerage account {ACCOUNT:brok} for {PERSON}: ACATS transfer from Charles Schwab initiated {DATE:us}.",
    "Margin call on brokerage acct {ACCOUNT:brok}; client {PERSON#a} notified at {EMAIL@a}.",
    "Mortgage loan {ACCOUNT:mort} - borrower {PERSON}, property {LOCATION:addr}, escrow shortage ${amt}.",
    "HELOC credit line {ACCOUNT:cl} drawn ${amt} by {PERSON} on {DATE:short}.",
    "Credit line acct {ACCOUNT:cl}, guarantor {PERSON}, borrower LLC EIN {EIN}.",
    "Loan # {ACCOUNT:loan} payoff requested by {PERSON} for closing on {DATE:long}.",
    "savings acct {ACCOUNT:space} and checking {ACCOUNT:dash} both under {PERSON:lower}",
    "IBAN {ACCOUNT:iban} for {PERSON}, beneficiary in {LOCATION:uk}.",
    "Close checking {ACCOUNT:lead0}; sweep balance to brokerage {ACCOUNT:brok}. Client: {PERSON}.",
    "Roth IRA {ACCOUNT:brok} owned by {PERSON:fml}, DOB {DOB:us}, beneficiary {PERSON}.",
    "mortgage acct {ACCOUNT:mort} escrow analysis mailed to {PERSON:lfu}",

    # ---- LICENSE
    "ID verified: California driver license {LICENSE:dl_ca}, exp {DATE:us}, holder {PERSON}.",
    "NY DL {LICENSE:dl_ny} for {PERSON}, DOB {DOB:us}.",
    "Florida DL# {LICENSE:dl_fl} - {PERSON:upper}",
    "TX driver's license {LICENSE:dl_tx}, {PERSON}, {LOCATION:addr}",
    "Illinois DL {LICENSE:dl_il} presented by {PERSON} at account opening on {DATE:short}.",
    "WA licence {LICENSE:dl_wa} - {PERSON:lf}",
    "PA driver license {LICENSE:dl_pa} / DOB {DOB:us} / {PERSON}",
    "NJ DL {LICENSE:dl_nj}, applicant {PERSON}, SSN {SSN:dash}",
    "Michigan driver's license no. {LICENSE:dl_mi} on file for {PERSON:fml}",
    "Georgia DL {LICENSE:dl_ga}, exp {DATE:us}, cust {PERSON}",
    "US passport {LICENSE:pp_us}, {PERSON}, DOB {DOB:long}, expires {DATE:long}.",
    "UK passport no. {LICENSE:pp_uk} for {PERSON}, born {DOB:dmy} in {LOCATION:uk}.",
    "Indian passport {LICENSE:pp_in}, holder {PERSON}, {LOCATION:in}.",
    "German Reisepass {LICENSE:pp_de} - {PERSON}, geb. {DOB:dmy_dot}",
    "Canadian passport {LICENSE:pp_ca} presented by {PERSON} with ITIN {ITIN:dash}.",
    "Mexican passport {LICENSE:pp_mx}; matricula not accepted; applicant {PERSON}, ITIN {ITIN:dash}",
    "Nigerian passport {LICENSE:pp_ng}, {PERSON:upper}, DOB {DOB:short}",
    "Passport (PH) {LICENSE:pp_ph} - {PERSON}, OFW remittance account {ACCOUNT:chk}",
    "Chinese passport {LICENSE:pp_cn} for {PERSON}, address {LOCATION:addr}",
    "dl # {LICENSE:dl_ca} and passport {LICENSE:pp_us} both on file for {PERSON:lower}",

    # ---- EIN
    "Business account for {PERSON}'s LLC, EIN {EIN}, owner SSN {SSN:dash}.",
    "FEIN {EIN} - sole member {PERSON}, {LOCATION:city}",
    "Employer ID number {EIN:plain} on the W-9 for {PERSON}'s bakery; beneficial owner DOB {DOB:us}.",
    "EIN: {EIN} | Owner: {PERSON:upper} | Phone: {PHONE:dash}",
    "federal tax id {EIN} for the family trust, trustee {PERSON}",
    "Beneficial ownership cert: entity EIN {EIN}; 25% owners {PERSON} and {PERSON}.",

    # ---- ITIN
    "ITIN {ITIN:dash} for {PERSON}, no SSN; mortgage application via the ITIN program.",
    "customer has itin {ITIN:plain} not ssn, name {PERSON:lower}",
    "Interest reported under ITIN {ITIN:dash} (W-7 approved {DATE:us}) for {PERSON}.",
    "ITIN: {ITIN:dash}; DOB: {DOB:us}; Name: {PERSON#a}; Email: {EMAIL@a}",
    "Spouse {PERSON} files with ITIN {ITIN:plain}; primary {PERSON} has SSN {SSN:dash}.",

    # ---- CARD
    "Card {CARD:visa} reported stolen by {PERSON} on {DATE:us}.",
    "Amex {CARD:amex} - cardholder {PERSON:upper}, billing {LOCATION:addr}",
    "discover card {CARD:disc} declined for {PERSON:lower} at the pump",
    "Replacement card {CARD:mc} mailed to {PERSON}, {LOCATION:addr}; old card ending {last4} closed.",
    "Visa debit {CARD:visa} linked to checking {ACCOUNT:chk}, owner {PERSON}",

    # ---- EMAIL / LOCATION / DATE
    "Statement returned undeliverable for {PERSON#a}; new address {LOCATION:addr}, email {EMAIL@a}.",
    "eStatement bounce: {EMAIL@a} ({PERSON#a})",
    "Customer {PERSON} moved from {LOCATION:city} to {LOCATION:city} on {DATE:long}.",
    "Wire recall requested by {PERSON} on {DATE:iso}; funds were sent {DATE:iso} to {LOCATION:intl}.",
    "Prof. {PERSON#a} reported a phishing email impersonating us; her address is {EMAIL@a}.",
    "Account opened {DATE:us} by {PERSON:fml#a}, DOB {DOB:us}, email {EMAIL@a}, {LOCATION:addr}",
    "Hardship request from {PERSON}, {LOCATION:addr}, phone {PHONE:paren}, loan {ACCOUNT:loan}",
    "{PERSON:lf#a} - DOB {DOB:mdy2} - {LOCATION:street} - email {EMAIL@a}",

    # ---- extra coverage
    "Fraud alert: someone opened an account using SSN {SSN:dash}, which belongs to {PERSON}, DOB {DOB:us}.",
    "ss# {SSN:space} / dl {LICENSE:dl_tx} / {PERSON:lower}",
    "TIN (SSN) {SSN:dash} certified on the W-9 by {PERSON}, {LOCATION:addr}",
    "social security {SSN:plain} for {PERSON:upper}, phone {PHONE:dash}",
    "EIN {EIN} belongs to {PERSON#a}'s landscaping business; send the 1099-NEC to {EMAIL@a}",
    "Form SS-4 confirmation: EIN {EIN} assigned {DATE:long}, responsible party {PERSON}, SSN {SSN:dash}.",
    "ein {EIN} / owner {PERSON:lower#a} / {EMAIL@a}",
    "Zelle token {EMAIL@a} is registered to {PERSON#a}, phone {PHONE:paren}",
    "Email on file changed from {EMAIL@a} to {EMAIL@a} at {PERSON#a}'s request on {DATE:us}.",
    "ITIN {ITIN:dash} - {PERSON:upper} - {LOCATION:addr}",
    "Card ending {last4} was replaced; new Amex {CARD:amex} issued to {PERSON}.",
    "cardholder {PERSON:lower} says {CARD:visa} was skimmed at a gas station in {LOCATION:city}, cb {PHONE:dot}",
    "Chargeback filed on Mastercard {CARD:mc} for {PERSON:fml}; dispute opened {DATE:us}.",
    "Discover {CARD:disc} and Visa {CARD:visa} both belong to {PERSON}; freeze both.",
    "Tax form shows ITIN {ITIN:plain} for {PERSON}, renewal due before {DATE:long}, mob {PHONE:mx}",
    "itin {ITIN:dash}?? customer {PERSON:lower} insists its an ssn, call her back at {PHONE:plain}",
    "Whistle-blower call from {PERSON} on {PHONE:paren} ext {ext}; reporting employee {PERSON}, SSN {SSN:space}.",
    "Ohio driver license {LICENSE:dl_oh} expired {DATE:us}; {PERSON} must bring a new ID. Phone {PHONE:dash}.",
]


# --------------------------------------------------------------------------
# Negative texts (hand-written, no personal identifiers, no phone numbers)
# --------------------------------------------------------------------------
NEG_LITERAL = [
    "how many digits is a routing number",
    "whats the cutoff for same day ach",
    "A routing number has nine digits: the first four are the Federal Reserve routing symbol, the next four identify the institution, and the ninth is a check digit.",
    "The ABA checksum weights the digits 3, 7, 1, 3, 7, 1, 3, 7, 1; the weighted sum must be a multiple of 10.",
    "Routing numbers beginning 01 through 12 map to the twelve Federal Reserve districts; 21 through 32 were historically thrift institutions; 61 through 72 are electronic-only.",
    "In the training deck the routing number is shown only as XXXX-YYYY-C, never as a real number.",
    "MCC 5411 (grocery stores) and MCC 6011 (ATM cash) are excluded from the rewards promo.",
    "NAICS 522110 is commercial banking; SIC 6021 covers national commercial banks.",
    "Post the fee income to GL 4010-220 and the offset to GL 1450-100.",
    "Apple Inc. common stock: CUSIP 037833100, ISIN US0378331005.",
    "The block trade was in Microsoft, CUSIP 594918104, ISIN US5949181045.",
    "Amazon.com Inc. CUSIP 023135106 is on the restricted list until earnings.",
    "SPDR S&P 500 ETF Trust, CUSIP 78462F103, is an eligible sweep collateral holding.",
    "Send the W-8BEN-E with the entity's FATCA status checked; individuals use the W-8BEN.",
    "Interest of $10 or more is reported on Form 1099-INT; mortgage interest goes on Form 1098.",
    "Under 12 CFR 1005.6, consumer liability for unauthorized transfers is capped at $50 if the bank is told within two business days.",
    "Reg CC (12 CFR 229.10) requires next-day availability for the first $225 of a check deposit.",
    "Regulated debit interchange under 12 CFR 235 is 21 cents plus 0.05% of the transaction, plus a 1-cent fraud-prevention adjustment.",
    "Rate table effective 1 July 2024: 12-month CD 4.50% APY, 24-month 4.15% APY, 60-month 3.75% APY.",
    "The Same Day ACH per-payment limit rose to $1,000,000 on March 18, 2022.",
    "Morgan Stanley and Charles Schwab both moved their domestic wire cutoff to 4:00 p.m. ET.",
    "Fannie Mae changed the LLPA grid for loans delivered on or after May 1, 2023.",
    "Wells Fargo is closing three branches in the district next quarter.",
    "A SAR is due 30 calendar days after initial detection, extendable to 60 days if no suspect has been identified.",
    "A CTR is required for cash transactions over $10,000 in one business day.",
    "what does R03 mean on an ach return",
    "R01 insufficient funds, R02 account closed, R03 no account/unable to locate, R04 invalid account number structure.",
    "is the fedwire cutoff 6pm or 6:45pm ET",
    "Fedwire Funds Service opens at 9:00 p.m. ET the prior calendar day and closes at 7:00 p.m. ET.",
    "NACHA record types: 1 file header, 5 batch header, 6 entry detail, 7 addenda, 8 batch control, 9 file control.",
    "An entry detail record is 94 characters; positions 4-11 hold the receiving DFI identification and position 12 is the check digit.",
    "The batch had 412 entries totaling $1,284,330.17; entry hash 004821930771.",
    "SEC codes: PPD for consumer entries, CCD for corporate, WEB for internet-initiated, TEL for telephone-initiated.",
    "Case reference AML-2024-00871 closed with no further action.",
    "Ticket INC0048213: core banking end-of-day job failed at 02:14 and was rerun.",
    "The prime rate moved to 8.50% on July 27, 2023.",
    "Maximum LTV is 80% without PMI; DTI is capped at 43% for a qualified mortgage.",
    "FICO tiers for the promo: 760+, 700-759, 640-699, below 640.",
    "how do i read an imad",
    "whats the difference between an itin and an ein",
    "An SSN has nine digits in the form AAA-GG-SSSS; area numbers 000, 666 and 900-999 are never issued.",
    "ITINs always begin with 9, and the fourth and fifth digits fall in set ranges such as 50-65 or 70-88.",
    "EINs are written as two digits, a hyphen and seven digits (XX-XXXXXXX).",
    "Card numbers are validated with the Luhn algorithm; Visa BINs start with 4, Mastercard with 51-55 or 2221-2720.",
    "Visa chargeback reason code 10.4 covers other fraud in a card-absent environment.",
    "Daily ATM withdrawal limit is $500 and the POS limit is $2,500 for standard checking.",
    "Overdraft fee drops from $35 to $15 effective 2024-04-01.",
    "Wire fee schedule: domestic outgoing $25, international outgoing $45, incoming $15.",
    "Batch 0000047 settled; total debits 1,204,557.00, total credits 1,204,557.00.",
    "Check 1043 for $2,150.00 was presented twice; the second presentment was returned as a duplicate.",
    "GL mapping: 1010-000 cash and due from banks, 2100-300 interest-bearing deposits, 5200-110 occupancy.",
    "how long do we keep cip records after an account closes",
    "BSA rules require keeping CIP identity records for five years after the account is closed.",
    "The OFAC SDN list was updated on 2024-06-12; rescreen the outbound wire queue.",
    "Form 8300 is filed for cash over $10,000 received in a trade or business.",
    "On the W-9, line 1 is the name shown on the income tax return and line 2 is the business name.",
    "The IRS set the 2024 Form 1099-K reporting threshold at $5,000.",
    "Reg E error resolution: provisional credit within 10 business days, investigation up to 45 days.",
    "Citibank and JPMorgan Chase published new FX cutoffs for MXN and INR payments.",
    "Ally Bank raised its savings APY to 4.25%.",
    "Capital One 360 Checking has no monthly maintenance fee.",
    "The TD Bank consent order cites failures in transaction monitoring and correspondent banking.",
    "whats the max for a cashiers check without manager approval",
    "can we accept a foreign passport for cip",
    "do we need a w-8ben-e for a foreign llc",
    "is the routing number on a deposit slip the same as the wire routing number",
    "The MICR line has three fields: transit, on-us, and the check serial number.",
    "Use BIC CHASUS33 for USD wires to JPMorgan Chase.",
    "A German IBAN is DE, two check digits and 18 digits; no real IBAN is included in this guide.",
    "The 10-year Treasury yield closed at 4.21% today.",
    "The 2024 conforming loan limit for a one-unit property is $766,550.",
    "Freddie Mac and Fannie Mae updated their condo project review guidelines.",
    "The late fee is 5% of the past-due payment after a 15-day grace period.",
    "Promo APR is 0% for 15 months, then 21.24% to 29.99% variable.",
    "ACH returns are due within two banking days; unauthorized consumer debits (R10) can be returned within 60 days.",
    "what does sec code web mean",
    "Daily reconciliation: 3,412 items, $18,227,904.55, 0 exceptions.",
    "The analyst queue has 57 open alerts older than 30 days.",
    "A $9,900 cash deposit three times in one week fits the structuring typology.",
    "The fraud score threshold moved from 720 to 780 in Q3 2024.",
    "Risk rating 3 (medium) requires an EDD refresh every 24 months.",
    "Reference no. REF-88213-B is the vendor's invoice number, not a customer number.",
    "Case 2024-117 escalated to the BSA Officer for review.",
    "how many digits is a ssn",
    "how many digits is an account number usually",
    "does positive pay cover ach debits too",
    "BIN 414720 is an issuer prefix; prepaid BINs are blocked at onboarding.",
    "Cashier's check serial numbers 7000100 through 7000999 are assigned to the main office stock.",
    "Net interest margin improved to 3.12% from 2.98%.",
    "The allowance for credit losses was 1.35% of total loans at quarter end.",
    "JPMorgan Chase & Co. CUSIP 46625H100 is on the approved collateral list.",
    "Goldman Sachs and Bank of America both cut their prime-linked HELOC margins by 0.25%.",
    "is a 1099-int required if interest is under $10",
    "Wire transfers over $3,000 need originator and beneficiary information under the travel rule (31 CFR 1010.410).",
    "The cash-out refinance max LTV for a single-family primary residence is 80%.",
    "Schedule: ACH windows at 10:30, 14:45 and 16:45 ET, settlement at 13:00, 17:00 and 18:00 ET.",
    "The check-digit position in a routing number is the ninth, and it is computed, never assigned.",
    "R/T fields on the deposit slip template are left blank for the customer to fill in.",
    "what format is a fedwire imad, is it 22 chars",
    "Sort codes are six digits written as three pairs; that is the UK equivalent of a routing number.",
    "Annual Regulation O insider loan review is due by December 31.",
    "Treasury yields: 3-month 5.25%, 2-year 4.62%, 10-year 4.21%, 30-year 4.40%.",
    "NAICS 522320 covers financial transactions processing; NAICS 523120 covers securities brokerage.",
]

NEG_FILL = [
    "Check serial {chk} for ${amt} cleared against the corporate operating account.",
    "Trace number {trace} belongs to a returned entry (R01), amount ${amt}.",
    "GL {gl} reconciled with a variance of ${amt}.",
    "Ticket INC{ticket}: ACH file transmission retried at {time}.",
    "Reference number {ref} is the card network dispute case, not a customer identifier.",
    "MCC {mcc} transactions over ${amt} need a secondary review.",
    "Batch {batch} settled with {n} entries totaling ${amt}.",
    "Invoice {inv} from the core processor for ${amt} is approved for payment.",
    "what happens if a wire over ${amt} comes in after cutoff",
    "Alert {ref} auto-closed: amount ${amt} is below the {pct}% deviation threshold.",
    "Check number {chk} is out of sequence in the positive pay issue file.",
    "Trace {trace} was reinitiated after the R01; do not reinitiate more than twice.",
]


PHONE_RE = re.compile(r"(\+\d{1,3}[\s-])|(\(\d{3}\)\s?\d{3}-\d{4})|(\b\d{3}[-.\s]\d{3}[-.\s]\d{4}\b)|(\b1-8\d\d-)")
SSN_RE = re.compile(r"\b\d{3}-\d{2}-\d{4}\b")
EMAIL_RE = re.compile(r"\S+@\S+\.\w+")


def main():
    # ---------------- positives
    order = list(range(len(POS_TEMPLATES)))
    rng.shuffle(order)
    pos, seen = [], set()
    i = 0
    while len(pos) < N_POS:
        t = POS_TEMPLATES[order[i % len(order)]]
        i += 1
        text, spans = t() if callable(t) else render(t)
        if text in seen:
            continue
        seen.add(text)
        prev_end = -1
        for s in spans:
            assert text[s["start"]:s["end"]] == s["value"], (text, s)
            assert s["start"] >= prev_end, ("overlap", text)
            assert s["value"] == s["value"].strip() and s["value"]
            prev_end = s["end"]
            if s["entity_type"] == "ROUTING":
                assert aba_ok(s["value"].replace(" ", "")), s
            if s["entity_type"] == "CARD":
                assert luhn_ok(s["value"]), s
        pos.append({"text": text, "spans": spans})

    # ---------------- negatives
    neg = [{"text": t, "spans": []} for t in NEG_LITERAL]
    nseen = set(NEG_LITERAL)
    j = 0
    while len(neg) < N_NEG:
        text, spans = render(NEG_FILL[j % len(NEG_FILL)])
        j += 1
        assert spans == []
        if text in nseen:
            continue
        nseen.add(text)
        neg.append({"text": text, "spans": []})
    neg = neg[:N_NEG]
    for r in neg:
        t = r["text"]
        assert not PHONE_RE.search(t), ("phone-like in negative", t)
        assert not SSN_RE.search(t), ("ssn-like in negative", t)
        assert not EMAIL_RE.search(t), ("email in negative", t)

    with open(OUT_POS, "w", encoding="utf-8") as f:
        for r in pos:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(OUT_NEG, "w", encoding="utf-8") as f:
        for r in neg:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    # ---------------- counts + minimums
    c = Counter(s["entity_type"] for r in pos for s in r["spans"])
    mins = {"ROUTING": 60, "SSN": 40, "PHONE": 50, "ACCOUNT": 50, "LICENSE": 25, "PERSON": 120,
            "EIN": 10, "ITIN": 10, "CARD": 10, "DATE": 20, "DOB": 20, "EMAIL": 15, "LOCATION": 15}
    print(f"known routing numbers passing checksum: {len(KNOWN_RTN)}")
    print(f"{OUT_POS}: {len(pos)} texts, {sum(c.values())} spans")
    for k in sorted(c, key=lambda k: -c[k]):
        flag = "" if c[k] >= mins.get(k, 0) else f"  BELOW MIN {mins[k]}"
        print(f"  {k:9s} {c[k]:4d}{flag}")
    print(f"{OUT_NEG}: {len(neg)} texts, 0 spans")
    short = {k: (c[k], v) for k, v in mins.items() if c[k] < v}
    assert not short, short
    assert len(pos) == N_POS and len(neg) == N_NEG


if __name__ == "__main__":
    main()
