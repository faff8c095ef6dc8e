"""Contact and device identifiers: phone, fax, e-mail, URL, IP, licences, vehicles, devices.

E-mail, URL and IP reuse Presidio's own recognizers under our short entity
names; phone numbers are ours because Presidio scores them 0.4 and relies on
lemma context, which our pipeline does not compute.
"""
from __future__ import annotations

import functools
import re

import tldextract
from presidio_analyzer.predefined_recognizers import EmailRecognizer, IpRecognizer, UrlRecognizer

from . import checksums as cs
from . import register
from .base import CASE_SENSITIVE, ContextPatternRecognizer, IdentifierInContext, Prefiltered
from .finance import ID_TOKEN

INITIAL_DOT = re.compile(r"[A-Za-z]\.[A-Za-z]{2}")



@functools.cache
def offline_tld() -> tldextract.TLDExtract:
    # tldextract's default fetches the public suffix list from the network on first
    # use; the snapshot bundled in the wheel is enough and never leaves the machine.
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


class OfflineEmailRecognizer(Prefiltered, EmailRecognizer):
    PREFILTER = "@"

    def validate_result(self, pattern_text: str) -> bool:
        return offline_tld()(pattern_text.rsplit("@", 1)[-1]).fqdn != ""


register("email")(lambda: OfflineEmailRecognizer(supported_entity="EMAIL"))
class PrefilteredUrlRecognizer(Prefiltered, UrlRecognizer):
    PREFILTER = r"\.[A-Za-z]{2}"  # every pattern ends in a dotted host name

    def find_all(self, text, entities, nlp_artifacts=None, regex_flags=None):
        """Presidio's URL patterns, less a host glued to more letters ("H.SU" of
        "7 H.SULTANOV") and a one-letter name in a country's domain ("h.no. 54", India's
        house number): initials and abbreviations, not sites."""
        return [r for r in super().find_all(text, entities, nlp_artifacts, regex_flags)
                if not (r.end < len(text) and text[r.end].isalnum()) and not INITIAL_DOT.fullmatch(text, r.start, r.end)]


# A software release's number has the dotted quad's shape: "upgraded to release 10.4.2.19".
VERSION_BEFORE = re.compile(r"\b(?:release|version|ver\.?|v|build|firmware|patch)[ \t]*$", re.IGNORECASE)


class PrefilteredIpRecognizer(Prefiltered, IpRecognizer):
    PREFILTER = r"\d\.\d|:"  # dotted quads, IPv6 colons

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        found = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [r for r in found if not VERSION_BEFORE.search(text, max(0, r.start - 12), r.start)]


register("url")(lambda: PrefilteredUrlRecognizer(supported_entity="URL"))
register("ip")(lambda: PrefilteredIpRecognizer(supported_entity="IP"))

# A toll-free line's prefix: a service's number, not a person's ("1-800", "888").
TOLL_FREE = r"1?8(?:00|33|44|55|66|77|88)"
PHONE_CONTEXT = ("phone", "tel", "telephone", "call", "cell", "mobile", "mob", "contact", "reach(?:ed|able)?",
                 "number", "ph", "text", "whatsapp", "landline", "ext", "fax", "pager", "messages",
                 "answering", "registered", "desk", "office", "home", "work")
# A number may be glued to its label: "8211-Office", "815-Fax" (signature blocks).
_END = r"(?:(?![\w-])|(?=-(?i:office|fax|mobile|cell|home|work|tel|phone|desk)\b))"
PHONE_PATTERNS = (
    ("nanp", rf"(?<![\w+-])(?:\+?1[ .-]?)?(?:\(\d{{3}}\)\s?|\d{{3}}[ .-])\d{{3}}[ .-]\d{{4}}(?:\s?(?:x|ext\.?)\s?\d{{1,5}})?{_END}", 0.75),
    ("intl", rf"(?<![\w+])\+\d{{1,3}}[ .-]?(?:\(0\)\s?)?(?:\(\d{{1,4}}\)[ .-]?)?\d{{1,4}}(?:[ .-]?\d{{2,4}}){{1,4}}{_END}", 0.7),
    # Groups of digits, the last up to eight long ("0961-7596216"); only with a phone word near.
    # A trunk code in brackets may be five digits, and the number after it one run: "(07700) 150 624", "(07700)293802".
    ("groups", rf"(?<![\w+.-])(?:(?:\(\d{{2,5}}\)\s?)?\d{{2,5}}(?:[ .-]\d{{2,4}}){{0,3}}[ .-]\d{{2,8}}|\(\d{{2,5}}\)\s?\d{{5,8}}){_END}", 0.2),
    ("bare", rf"(?<![\w+-])\d{{10,11}}{_END}", 0.2),
    # Ten digits with a US area code and exchange (neither may open with 0 or 1) stand
    # alone: a number typed in one run at a signature's end or a message's ("on the way
    # 4194128652"). The 26 million PHI-free characters hold 8 such runs, all organisations'
    # phones. Not a toll-free line: a service's, not a person's ("by calling 18008608747").
    ("nanp_run", rf"(?<![\w+.,$-])(?!{TOLL_FREE})1?[2-9]\d{{2}}[2-9]\d{{6}}(?![.,]\d){_END}", 0.5),
)


@register("phone")
class PhoneNumberRecognizer(ContextPatternRecognizer):
    ENTITY = "PHONE"
    PATTERNS = PHONE_PATTERNS
    CONTEXT = PHONE_CONTEXT
    NEEDS_CONTEXT = frozenset({"groups", "bare"})
    CONTEXT_SCORE = 0.8
    WINDOW_BEFORE = 32
    WINDOW_AFTER = 12  # address blocks: "416 60 039 office", "...-Fax"

    def check(self, value):
        digits = sum(c.isdigit() for c in value)
        return None if 7 <= digits <= 15 else False


@register("fax")
class FaxRecognizer(PhoneNumberRecognizer):
    ENTITY = "FAX"
    WINDOW_AFTER = 0
    CONTEXT = ("fax", "facsimile", "telefax")
    CONTEXT_REQUIRED = True
    CONTEXT_SCORE = 0.9
    NEEDS_CONTEXT = frozenset()


@register("license")
class LicenseRecognizer(IdentifierInContext):
    """Driver's, medical and professional licence and certificate numbers, by context."""

    ENTITY = "LICENSE"
    # Three digits together, or two anywhere in six capitals and digits or more: passports
    # and identity cards mix them ("NX4R7K2P1", "X4RTBPFW4"; not "75-gram", "131-mIBG").
    PATTERNS = (("license", r"(?<![\w-])(?=[A-Z0-9-]{0,20}\d{3}|(?-i:(?=[A-Z0-9-]{6,20}(?![\w-]))(?:[A-Z-]*\d){2}))"
                            r"[A-Z0-9][A-Z0-9-]{3,19}(?![\w-])", 0.3),
                # As a card prints it, in groups: "DL 076 360 066", "P 412 557 893 210", "45 12 678901".
                # (A letter and a blank may open it; two letters and a blank are its label: "DL 076").
                ("grouped", r"(?<![\w-])(?:(?-i:[A-Z]) ?|(?-i:[A-Z]{2,3}))?\d{2,4}(?: \d{2,6}){1,4}(?![\w-]|[.,]\d)", 0.3))
    # Identity documents by the names their countries give them.
    CONTEXT = ("licen[cs]e", "lic", "(?-i:DL|dl|Dl)",  # not a decilitre's "dL"
               "driver'?s", "permit", "certificate", "cert", "license number", "passport", "id card", "identity card", "national id", "resident id",
               "photo id", "emirates id", "dni", "nie", "cni", "cin", "ine", "curp", "bsn", "nric", "cccd",
               "personalausweis", "carte d'? ?identit[eé]", "internal passport")
    CONTEXT_REQUIRED = True
    CONTEXT_SCORE = 0.8
    WINDOW_BEFORE = 28


@register("vehicle")
class VehicleRecognizer(ContextPatternRecognizer):
    """VINs by check digit; plates by context."""

    ENTITY = "VEHICLE_ID"
    PATTERNS = (("vin", r"\b[A-HJ-NPR-Z0-9]{17}\b", 0.3),
                ("plate", r"(?<![\w-])(?=[A-Z0-9 -]{0,9}\d)[A-Z0-9]{1,4}[ -]?[A-Z0-9]{2,5}(?![\w-])", 0.1))
    CONTEXT = ("vin", "vehicle", "plate", "license plate", "registration", "car")
    NEEDS_CONTEXT = frozenset({"plate"})
    VALID_SCORE = 0.9
    # Only North American VINs carry the check digit: a labelled one that fails it is a
    # European VIN, or mistyped, and a vehicle's number either way.
    CONTEXT_OVERRIDES_CHECK = True
    FLAGS = CASE_SENSITIVE

    def check(self, value):
        return cs.vin_ok(value) if len(value) == 17 else None


# An implant's lot is part of its UDI, and with the date of surgery it narrows a recall
# list to the patient; a drug's or a kit's lot is a product code (base.OTHER_CODE_BEFORE).
LOT_BEFORE = re.compile(r"\blot[ \t]*(?:#|no\.?|number)?[ \t]*(?:is|was)?[ \t]*[:#]?[ \t]*$", re.I)
IMPLANT = re.compile(r"\b(?:(?:ex)?implant\w*|pacemaker|defibrillator|stent|pump|prosthe\w+|graft|valve|"
                     r"lens|knee|hip|arthroplasty|screws?|mesh|device|stem|shell|liner|cup|rod|nail|cage)\b", re.I)
# A GS1 UDI as labels print it: "(01)00832764666218(21)ZH6272497" (GTIN, then lot, serial, dates).
UDI = r"\(01\)\d{14}(?:\((?:10|11|17|21)\)[A-Za-z0-9-]{1,20})+"


@register("device")
class DeviceRecognizer(IdentifierInContext):
    """Serial numbers, UDIs and an implant's lot, by context."""

    ENTITY = "DEVICE_ID"
    PATTERNS = (("device", ID_TOKEN, 0.3), ("udi", UDI, 0.9))
    STANDS_ALONE = frozenset({"udi"})
    CONTEXT = ("serial", "serial number", "s/n", "sn", "device id", "udi", "imei", "mac",
               "implant id", "pacemaker", "pump id", "unique identifier", "ref\\. code",
               "reference code")
    CONTEXT_REQUIRED = True
    CONTEXT_SCORE = 0.8
    WINDOW_BEFORE = 28

    def _may_have_context(self, text: str) -> bool:
        return super()._may_have_context(text) or "lot" in text.lower()

    def rescore(self, text, start, end, pattern, score):
        if LOT_BEFORE.search(text, max(0, start - 16), start) and \
                IMPLANT.search(text[max(0, start - 200):end + 60]) and self.check(text[start:end]) is None:
            return self.CONTEXT_SCORE
        return super().rescore(text, start, end, pattern, score)
