"""Check-digit algorithms for the identifiers our recognizers validate.

Pure functions on strings, so each is tested alone against published examples.
Every function accepts the identifier with or without separators.
"""
from __future__ import annotations

import re

_SEP = re.compile(r"[\s\-./]")


def digits_only(value: str) -> str:
    return _SEP.sub("", value)


def luhn_ok(number: str) -> bool:
    """Luhn (mod 10), used by payment cards, NPI and ISIN."""
    digits = digits_only(number)
    if not digits.isdigit() or len(digits) < 2:
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def card_ok(number: str) -> bool:
    digits = digits_only(number)
    # Issuer prefixes 2-6, plus JCB's old 15-digit 1800 and 2131 ranges.
    issuer = digits[0] in "23456" or digits.startswith(("1800", "2131"))
    return 12 <= len(digits) <= 19 and issuer and luhn_ok(digits)


def _alnum_value(ch: str) -> int:
    return int(ch) if ch.isdigit() else ord(ch) - ord("A") + 10


def iban_ok(value: str) -> bool:
    """ISO 13616 mod-97: move the first four characters to the end, read letters as 10..35."""
    iban = digits_only(value).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", iban):
        return False
    rearranged = iban[4:] + iban[:4]
    return int("".join(str(_alnum_value(c)) for c in rearranged)) % 97 == 1


def aba_ok(value: str) -> bool:
    """ABA routing number: weights 3,7,1 over nine digits, sum divisible by 10."""
    d = digits_only(value)
    if not re.fullmatch(r"\d{9}", d) or d == "000000000":
        return False
    # Valid Federal Reserve prefixes: 00-12 banks, 21-32 thrifts, 61-72 electronic, 80 travellers' cheques.
    prefix = int(d[:2])
    if not (prefix <= 12 or 21 <= prefix <= 32 or 61 <= prefix <= 72 or prefix == 80):
        return False
    n = [int(c) for c in d]
    return (3 * (n[0] + n[3] + n[6]) + 7 * (n[1] + n[4] + n[7]) + n[2] + n[5] + n[8]) % 10 == 0


def _cusip_char(ch: str) -> int:
    if ch.isdigit():
        return int(ch)
    if ch.isalpha():
        return ord(ch.upper()) - ord("A") + 10
    return {"*": 36, "@": 37, "#": 38}[ch]


def cusip_ok(value: str) -> bool:
    """CUSIP: 8 characters and a mod-10 double-add-double check digit."""
    v = value.upper()
    if not re.fullmatch(r"[0-9A-Z*@#]{8}\d", v) or not v[:3].isalnum():
        return False
    total = 0
    for i, ch in enumerate(v[:8]):
        n = _cusip_char(ch) * (2 if i % 2 else 1)
        total += n // 10 + n % 10
    return (10 - total % 10) % 10 == int(v[8])


def isin_ok(value: str) -> bool:
    """ISIN: country code, nine alphanumerics, Luhn check over the letters-as-numbers string."""
    v = value.upper()
    if not re.fullmatch(r"[A-Z]{2}[A-Z0-9]{9}\d", v):
        return False
    return luhn_ok("".join(str(_alnum_value(c)) for c in v))


def npi_ok(value: str) -> bool:
    """NPI: ten digits starting 1 or 2, Luhn over the number prefixed with 80840."""
    d = digits_only(value)
    return bool(re.fullmatch(r"[12]\d{9}", d)) and luhn_ok("80840" + d)


DEA_FIRST_LETTERS = set("ABCDEFGHJKLMPRSTUX")


def dea_ok(value: str) -> bool:
    """DEA registration: two letters, seven digits; (d1+d3+d5) + 2*(d2+d4+d6) ends in d7."""
    v = value.upper()
    if not re.fullmatch(r"[A-Z][A-Z9]\d{7}", v) or v[0] not in DEA_FIRST_LETTERS:
        return False
    n = [int(c) for c in v[2:]]
    return (n[0] + n[2] + n[4] + 2 * (n[1] + n[3] + n[5])) % 10 == n[6]


def ssn_ok(value: str) -> bool:
    """SSA rules: area not 000, 666 or 9xx; group not 00; serial not 0000; no famous samples."""
    d = digits_only(value)
    if not re.fullmatch(r"\d{9}", d):
        return False
    area, group, serial = d[:3], d[3:5], d[5:]
    if area in ("000", "666") or area[0] == "9" or group == "00" or serial == "0000":
        return False
    # Advertising and documentation samples that appear everywhere.
    return d not in ("123456789", "078051120", "219099999", "111111111")


def itin_ok(value: str) -> bool:
    """ITIN: 9XX-YY-ZZZZ with YY in 50-65, 70-88, 90-92 or 94-99."""
    d = digits_only(value)
    if not re.fullmatch(r"9\d{8}", d):
        return False
    g = int(d[3:5])
    return 50 <= g <= 65 or 70 <= g <= 88 or 90 <= g <= 92 or 94 <= g <= 99


# IRS campus prefixes that have been assigned to EINs.
EIN_PREFIXES = {
    "01", "02", "03", "04", "05", "06", "10", "11", "12", "13", "14", "15", "16", "20", "21",
    "22", "23", "24", "25", "26", "27", "30", "31", "32", "33", "34", "35", "36", "37", "38",
    "39", "40", "41", "42", "43", "44", "45", "46", "47", "48", "50", "51", "52", "53", "54",
    "55", "56", "57", "58", "59", "60", "61", "62", "63", "64", "65", "66", "67", "68", "71",
    "72", "73", "74", "75", "76", "77", "80", "81", "82", "83", "84", "85", "86", "87", "88",
    "90", "91", "92", "93", "94", "95", "98", "99",
}


def ein_ok(value: str) -> bool:
    d = digits_only(value)
    return bool(re.fullmatch(r"\d{9}", d)) and d[:2] in EIN_PREFIXES


# ISO 3166 alpha-2 codes, for the country field of SWIFT/BIC and ISIN.
COUNTRIES = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL
BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ
DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS
GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR
KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU
MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY
QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH
TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW""".split())


def swift_ok(value: str) -> bool:
    """SWIFT/BIC (ISO 9362): 4 letters bank, country, 2 location, optional 3 branch."""
    v = value.upper()
    return bool(re.fullmatch(r"[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?", v)) and v[4:6] in COUNTRIES


_VIN_MAP = {**{str(i): i for i in range(10)},
            **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
            **dict(zip("STUVWXYZ", range(2, 10)))}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin_ok(value: str) -> bool:
    """North American VIN: 17 characters without I, O, Q; position 9 is the check digit."""
    v = value.upper()
    if not re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v):
        return False
    total = sum(_VIN_MAP[c] * w for c, w in zip(v, _VIN_WEIGHTS))
    check = "X" if total % 11 == 10 else str(total % 11)
    return v[8] == check
