"""Geographic units smaller than a state: street addresses, ZIP codes, care sites.

spaCy's small model finds cities and countries but not "42 Elm Street", which
it tends to call a DATE, nor hospital names, which it calls ORG.
"""
from __future__ import annotations

from . import register
from .base import CASE_SENSITIVE, ContextPatternRecognizer

CAP = r"[A-Z][\w'’.-]*"
STREET_TYPE = (r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way"
               r"|Place|Pl|Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Square|Sq|Trail|Trl"
               r"|Crescent|Close|Row|Alley|Plaza|Walk|Gardens|Grove|Hill|Park|Mews|Loop|Pike)\b\.?")
UNIT = r"(?:Apt|Apartment|Suite|Ste|Unit|Room|Rm|Floor|Fl|Bldg|Building|#)\.?\s?#?\s?[A-Z0-9-]{1,6}\b"
EURO_SUFFIX = (r"[A-ZÄÖÜÅ][\w'’-]*(?:katu|tie|gatan|vägen|väg|straße|strasse|str\.|weg|laan|straat"
               r"|gade|vej|veien|gata|platz|ring|allee|kuja|polku|vägen|plein|kade)")
EURO_PREFIX = r"(?:Rue|Via|Viale|Calle|Avenida|Av\.|Rua|Piazza|Plaza|Carrer|Ulica|ul\.)\s(?:[\w'’.-]+\s){0,3}"
CITY_TAIL = r"(?:,?\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?(?:,\s?[A-Z]{2})?(?:\s+\d{5}(?:-\d{4})?)?"


@register("address")
class StreetAddressRecognizer(ContextPatternRecognizer):
    ENTITY = "ADDRESS"
    PATTERNS = (
        ("street", rf"\b\d{{1,6}}[A-Z]?\s+(?:{CAP}\s+){{0,4}}{STREET_TYPE}(?:,?\s+{UNIT})?{CITY_TAIL}", 0.85),
        ("euro_suffix", rf"\b{EURO_SUFFIX}\s+\d{{1,5}}[A-Za-z]?\b(?:,?\s+{UNIT})?", 0.75),
        ("euro_prefix", rf"\b{EURO_PREFIX}\d{{1,5}}\b", 0.6),
        ("unit", rf"\b(?:Apt|Apartment|Suite|Ste|Unit)\.?\s?#?\d{{1,5}}[A-Z]?\b", 0.6),
        ("po_box", r"\b(?:P\.?\s?O\.?\s?Box|PSC\s\d{1,5},?\s?Box|Box)\s\d{1,6}\b(?:\s+[AF]PO\s[A-Z]{2}\s\d{5})?", 0.7),
        ("military", r"\b(?:Unit|USNS|USS|USNV|USCGC)\s[\w ]{1,20}?,?\s+(?:Box\s\d+|FPO|APO|DPO)\s[A-Z]{2}\s\d{5}\b", 0.7),
    )
    FLAGS = CASE_SENSITIVE


@register("zip")
class ZipRecognizer(ContextPatternRecognizer):
    ENTITY = "ADDRESS"
    PATTERNS = (("after_state", r"(?<=\b[A-Z]{2},?\s)\d{5}(?:-\d{4})?\b", 0.6),
                ("zip", r"(?<![\d-])\d{5}(?:-\d{4})?(?![\d-])", 0.1))
    CONTEXT = ("zip", "zip code", "postal", "postcode", "post code", "zipcode")
    NEEDS_CONTEXT = frozenset({"zip"})
    CONTEXT_SCORE = 0.8
    FLAGS = CASE_SENSITIVE


STATES = ("AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV"
          "|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY")


@register("city_state")
class CityStateRecognizer(ContextPatternRecognizer):
    """"Atlanta, GA": the city is the identifier; spaCy often tags only half of it."""

    ENTITY = "LOCATION"
    PATTERNS = (("city_state", rf"\b[A-Z][a-z]+(?:\s[A-Z][a-z]+){{0,2}},\s(?:{STATES})\b(?:\s\d{{5}}(?:-\d{{4}})?)?", 0.75),)
    PREFILTER = r",\s[A-Z]{2}\b"
    FLAGS = CASE_SENSITIVE


FACILITY_NOUN = (r"(?:Hospital|Hosp\.?|Med\sCtr|Ctr|Clinic|Medical\sCent(?:er|re)|Health\sCent(?:er|re)|Health\sSystem"
                 r"|Healthcare|Health|Infirmary|Institute|Nursing\sHome|Hospice|Urgent\sCare"
                 r"|Cent(?:er|re)|Practice|Presbyterian|Pharmacy|Rehab(?:ilitation)?|Medical\sGroup"
                 r"|Memorial|Children'?s|General|Sanatorium|Care\sHome|Surgical|Specialists)\b")
NOT_NAME = r"(?!(?:The|A|An|Our|This|That|Your|Their|His|Her|What|Which|How|In|At|For)\b)"


@register("facility")
class CareSiteRecognizer(ContextPatternRecognizer):
    """Hospitals and clinics by name, and any capitalised place after "seen at", "admitted to"."""

    ENTITY = "LOCATION"
    _NAME = rf"(?:(?:St|Saint|Mount|Mt)\.?\s)?{NOT_NAME}{CAP}(?:\s(?:of\s)?{NOT_NAME}{CAP}){{0,4}}"
    PATTERNS = (
        ("facility", rf"\b{_NAME}\s{FACILITY_NOUN}(?:(?:,\s|\s(?:in|of)\s)[A-Z][A-Za-z]+(?:\s[A-Z][a-z]+)?)?", 0.7),
        ("care_site", r"(?<=\b(?:seen|admitted|treated|evaluated|visited|presented|hospitalized|"
                      r"transferred|discharged|referred|followed|visit|appointment|consulted|"
                      r"seen\sin|care)\s(?:at|to|from|in)\s(?:the\s)?)" + _NAME, 0.6),
    )
    PREFILTER = r"[A-Z]"
    FLAGS = CASE_SENSITIVE
