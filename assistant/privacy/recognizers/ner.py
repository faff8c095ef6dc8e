"""Names, places and dates from spaCy's NER, cleaned of its known mistakes.

The small English model labels "DOB" and "SSN" as ORG, eponyms ("Horner's
syndrome") and drugs as PERSON, ages and bare years as DATE, and hospitals as
ORG. Each rule below removes or re-types one of those; the raw labels reach us
unmapped (see ``NER_LABELS`` in the redactor).
"""
from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult

from . import register
from .base import CASE_SENSITIVE, ContextPatternRecognizer
from .dates import MONTH

LABELS = {"ssn", "dob", "mrn", "npi", "dea", "ein", "itin", "iban", "swift", "bic", "aba", "dos",
          "hpi", "pt", "patient", "dr", "name", "email", "e-mail", "phone", "fax", "tel", "acct",
          "account", "id", "ins", "hicn", "mbi", "emr", "ehr", "icu", "ed", "er", "pcp", "cusip",
          "isin", "tin", "routing", "zip", "address", "dl", "vin", "ip", "url", "hx", "dx", "tx",
          "rx", "sx", "s/p", "w/", "f/u", "npo", "prn", "bid", "tid", "qid", "htn", "dm", "cad",
          "copd", "chf", "ckd", "mi", "uti", "gerd", "t2dm", "a1c", "ct", "mri", "ecg", "ekg",
          "mgmt", "tx'd", "pts", "atm", "pls", "recs"}
EPONYM_NEXT = re.compile(
    r"(?:['’]s?)?\s+(?:syndrome|disease|reflex|sign|test|score|criteria|classification|scale|"
    r"procedure|maneuver|manoeuvre|phenomenon|sarcoma|lymphoma|palsy|ulcer|node|triad|law|"
    r"equation|formula|method|index|operation|fracture|cyst|tumou?r|bod(?:y|ies)|disorder|"
    r"anomaly|trial|protocol|rule|staging|thyroiditis|encephalopathy|dystrophy|block|repair|"
    r"inhibitors?|regimen|esophagus|risk|criterion|nodes?|aneurysm|cells?)\b", re.IGNORECASE)
DRUG_SUFFIX = re.compile(
    r"(?:pril|sartan|statin|olol|mab|nib|cillin|mycin|azole|prazole|formin|gliptin|dipine|"
    r"oxacin|tide|zepam|zolam|parin|xaban|gatran|lukast|tidine|setron|triptan|"
    r"profen|coxib|semide|thiazide|caine|barbital|phylline|sone|olone|asone|umab|ximab|zumab|"
    r"azine|oxetine|farin)$", re.IGNORECASE)
DATE_LIKE = re.compile(rf"\b{MONTH}(?![a-z])|\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}|"
                       r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
TITLE_BEFORE = re.compile(r"(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof)\.?\s$")
INITIAL_AFTER = re.compile(r"\s[A-Z]\.(?![A-Za-z])")
PLACE_BEFORE = re.compile(r"(?:\bat|\bto|\bfrom|\bin|\bnear)\s(?:the\s)?$")
FACILITY_WORD = re.compile(r"Hospital|Clinic|Medical|Health|Cent(?:er|re)|Institute|Infirmary|"
                           r"Hospice|Nursing|Memorial|Children|Presbyterian|Care|Surgery")

ENTITIES = ["PERSON", "LOCATION", "DATE", "ORGANIZATION"]


class SpacyNerRecognizer(EntityRecognizer):
    """Turns spaCy's raw entities into PERSON, LOCATION, DATE and ORGANIZATION."""

    SCORE = 0.85

    def __init__(self) -> None:
        super().__init__(supported_entities=ENTITIES, name="SpacyNerRecognizer")

    def load(self) -> None:  # the spaCy model is loaded once, by the NLP engine
        pass

    def analyze(self, text, entities, nlp_artifacts=None):
        if nlp_artifacts is None:
            return []
        results = []
        for ent in nlp_artifacts.entities:
            found = self.classify(text, ent.label_, ent.start_char, ent.end_char)
            if found and found[0] in entities:
                kind, start, end = found
                results.append(RecognizerResult(kind, start, end, self.SCORE, recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}))
        return results

    def classify(self, text: str, label: str, start: int, end: int) -> tuple[str, int, int] | None:
        value = text[start:end]
        if value.strip(" .:#").lower() in LABELS or re.fullmatch(r"[A-Z]{2,5}", value) and \
                text[end:end + 1] in (":", "#"):
            return None
        if EPONYM_NEXT.match(text, end) or (" " not in value and DRUG_SUFFIX.search(value)):
            return None  # "Kawasaki disease", "Wells score", "Losartan"
        before = text[max(0, start - 24):start]
        if label == "PERSON":
            return self._person(text, value, before, start, end)
        if label in ("GPE", "LOC", "FAC"):
            return "LOCATION", start, end
        if label == "ORG":
            # An all-capitals single word is an acronym (a trial, an agency), not a care site.
            acronym = value.isupper() and " " not in value
            at_place = not acronym and (PLACE_BEFORE.search(before) or FACILITY_WORD.search(value))
            return ("LOCATION" if at_place else "ORGANIZATION"), start, end
        if label == "DATE" and DATE_LIKE.search(value):
            return "DATE", start, end
        return None

    def _person(self, text, value, before, start, end):
        if value.endswith(("'s", "’s")):
            end -= 2
        title = TITLE_BEFORE.search(before)
        if title:
            start -= len(title.group(0))
        initial = INITIAL_AFTER.match(text, end)
        if initial:
            end = initial.end()
        kind = "LOCATION" if PLACE_BEFORE.search(before) and not title else "PERSON"
        return kind, start, end


register("spacy_ner")(SpacyNerRecognizer)

NAME = r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"


@register("names")
class NamePatternRecognizer(ContextPatternRecognizer):
    """Names spaCy's small model misses: "Dr. Emily Clark", "Jane D.", "patient Jane Roe"."""

    ENTITY = "PERSON"
    PATTERNS = (
        ("titled", rf"\b(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof)\.?\s{NAME}(?:\s[A-Z]\.)?(?:\s{NAME})?", 0.85),
        ("initial", rf"(?<=(?:,|named|[Pp]atient|[Pp]t|for|of|[Nn]ame:?)\s){NAME}\s[A-Z]\.(?![A-Za-z])", 0.7),
        ("labelled", rf"(?<=\b(?:[Pp]atient|[Pp]t|[Nn]ame|named|[Cc]ustomer|[Cc]lient|[Mm]ember|"
                     rf"[Aa]ccount holder|[Bb]eneficiary)(?::|\s-)?\s){NAME}(?:\s{NAME}){{1,2}}", 0.6),
    )
    PREFILTER = r"[A-Z][a-z]"
    FLAGS = CASE_SENSITIVE
