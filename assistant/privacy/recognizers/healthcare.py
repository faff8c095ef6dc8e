"""Healthcare identifiers: MRN, NPI, DEA, health-plan member IDs (and MBI)."""
from __future__ import annotations

import re

from . import checksums as cs
from . import register
from .base import CASE_SENSITIVE, LABEL_END, ContextPatternRecognizer, IdentifierInContext, word_list
from .dates import EIGHT_DIGIT_DATE, WORD_BEFORE
from .finance import ID_TOKEN

DOCUMENT_POLICY = re.compile(r"(?<![A-Za-z] )\bPolicy[ \t]+$")  # opening its line or clause: not "Insurance Policy"
# The payer's own name stands for "member ID": "Aetna W123456789", "BCBS ID XYZ123456789".
PAYERS = tuple(re.escape(name).replace(r"\ ", "[ -]?") for name in sorted(word_list("payers.txt")))
# A value that opens with a plan's own prefix needs no label: "any issues with HPN-123456?"
# (HMO, PPO, MBR and BCBS are context words, which count inside the value anyway; not EPO:
# "EPO 4000 units" is a dose of erythropoietin.)
PLAN_PREFIX = re.compile(r"#?(?:HP[NB]|MCD|MCR)[-/. ]?\d")


def labelled(word: str) -> str:
    """A context word followed by an ID noun: "group #", "claim number", "HP ID"."""
    return rf"{word} ?(?:id|number|no|#)"

FULL_LABEL_END = re.compile(LABEL_END)
SUFFIX = r"(?:[ -]|[ ]?\*[ ]?)\d{2}"
BRACKETED_ID = re.compile(r"[(\[][A-Za-z]{0,3}-?\d{6}")  # what ``_after_a_name`` needs, for the prefilter
PHONE_SHAPE = re.compile(r"\d{3}-\d{4}")  # "NIAMS (226-4267)": a line's letters and their digits
FORM_ID = re.compile(r"(?:^|\n|[ \t]{2,}|\|)[ \t]*I[Dd][ \t]*[:#][ \t]*$")
DOCUMENT_TITLE = re.compile(r"[:,][ \t]+[A-Z][a-z]+")
# A payer's own electronic ID ("payer ID 60054") or an MA plan's contract ("H7663"), five
# characters, names a plan, not a member; so does an employer's group number ("group
# 0712345", "grp 16362M888").
GROUP_LABEL = re.compile(r"\b(?:group|grp)[ \t]*(?:#|no\.?|number|id|is)?[ \t:#]*$", re.IGNORECASE)
PLAN_LEVEL_ID = re.compile(r"\b(?:payer|payor|contract)[ \t]*(?:id|#|no\.?|number)?[ \t:#]*$", re.IGNORECASE)
ID_WORD = re.compile(r"^(?:ID|Id|id)[ \t]*")
MIN_MEMBER_CHARS = 6  # CPT and HCPCS codes have five ("72148", "G0439"); no plan's member ID has


@register("mrn")
class MedicalRecordRecognizer(IdentifierInContext):
    ENTITY = "MRN"
    PATTERNS = (("mrn", ID_TOKEN, 0.3),
                ("glued", r"(?<=\bmrn#?)[A-Z]{0,3}\d{5,12}\b", 0.3),  # "mrnE233775536", typed in a hurry
                ("mr_dash", r"(?<![\w-])(?-i:MRN?)-\d{5,12}\b", 0.9))  # the label joined to it: "MR-1093382"
    CONTEXT = ("mrn", "mr#", "record", "mr #", "medical record", "med rec", "record number", "record no",
               "record #", "chart", "chart number", "patient id", "pt id", "patient number",
               "emr", "ehr", "hospital number", "unit number", "case number",
               # as hospitals abroad and HL7 name it: "hosp no.", "UR no.", "NHI", "PID"
               "hosp(?: no\\.?| ?#)", "hospital (?:no\\.?|#)", "ur no", "ur number", "nhi", "nhs(?: no\\.?| number)?",
               "pid", "mr(?=[ -]?(?:\\d|$))")  # "MR 448-2210"; not "Mr. Smith"
    CONTEXT_REQUIRED = True
    STANDS_ALONE = frozenset({"mr_dash"})
    CONTEXT_SCORE = 0.9
    WINDOW_BEFORE = 30

    def _may_have_context(self, text):
        return "ID" in text or "Id" in text or super()._may_have_context(text) or bool(BRACKETED_ID.search(text))

    def has_context(self, text, start, end):
        # A form's bare "ID:" field, opening a line or after a wide gap: "Patient: BROWN,
        # SHIRLEY  ID: 27-53-435". Not "Trial ID:", "Order ID:": another noun names those.
        return super().has_context(text, start, end) or bool(FORM_ID.search(text, max(0, start - 12), start)) \
            or self._after_a_name(text, start, end)

    @staticmethod
    def _after_a_name(text: str, start: int, end: int) -> bool:
        """A number in brackets right after a person's name is that person's record number:
        "Ms. Tesfaye (56964959)", "Baptiste, Jean-Claude [2298810]". Six digits at least, so
        no year or page a citation brackets ("Kawasaki (1967)"), after a word no dictionary
        holds."""
        if text[start - 1:start] not in ("(", "[") or text[end:end + 1] not in (")", "]"):
            return False
        if sum(c.isdigit() for c in text[start:end]) < 6 or PHONE_SHAPE.fullmatch(text, start, end):
            return False
        word = WORD_BEFORE.search(text, max(0, start - 40), start - 1)  # as ages read it: "Byrne (92)"
        return bool(word) and word[1][0].isupper() and len(word[1]) > 3 \
            and word[1].lower() not in word_list("common_words.txt")


@register("npi")
class NpiRecognizer(ContextPatternRecognizer):
    ENTITY = "NPI"
    PATTERNS = (("npi", r"(?<![\d-])[12]\d{9}(?![\d-])", 0.1),)
    CONTEXT = ("npi", "national provider", "provider id", "provider number")
    VALID_SCORE = 0.4  # one random 10-digit number in ten passes: needs the word too
    CONTEXT_SCORE = 1.0

    def check(self, value):
        return cs.npi_ok(value)


@register("dea")
class DeaRecognizer(ContextPatternRecognizer):
    ENTITY = "DEA"
    PATTERNS = (("dea", r"\b[A-Z][A-Z9]\d{7}\b", 0.3),)
    CONTEXT = ("dea", "registration", "prescriber")
    VALID_SCORE = 0.85
    CONTEXT_OVERRIDES_CHECK = True  # "DEA AP3381911" is the prescriber's number, mistyped or not
    FLAGS = CASE_SENSITIVE

    def check(self, value):
        return cs.dea_ok(value)


@register("member_id")
class HealthPlanMemberRecognizer(IdentifierInContext):
    ENTITY = "MEMBER_ID"
    # Also as printed on a card, in groups: "W 1234 5678", "55512 3456", "ZX-993 182", "HPB
    # 552211", "XYZW 123 456", "12 34 56 78 90"; the plan's letters, a space, then the number
    # with its dashes ("MA 123-45-678"); a person's two-digit suffix after the number
    # ("U1234567 01"); the plan's prefix before slashes or dots ("MED/44521", "HP.123.456");
    # or in groups split by dots ("5566.7788.99": three at least, so that no decimal is one).
    PATTERNS = (("member", ID_TOKEN, 0.3),
                ("grouped", r"(?<![\w-])(?:(?:(?-i:[A-Z]{1,5})[ -]?)?\d{2,6}(?:[ ]\d{2,6}){1,5}"
                            r"|(?-i:[A-Z]{1,5})[ ]\d[\d-]{2,18}\d|(?-i:[A-Z])\d{6,10}[ ]\d{2}"
                            r"|\d{3,6}(?:\.\d{2,6}){2,3})(?![\w-]|\.\d)", 0.3),
                # A person's two-digit suffix after the plan's number: "123456789 02",
                # "U1234567*01", "H94065783-01".
                ("suffixed", rf"(?<![\w-])#?(?-i:[A-Z]{{0,4}})\d{{6,12}}{SUFFIX}(?![\w-]|\.\d)", 0.3),
                ("prefixed", r"(?<![\w-])#?(?-i:[A-Z]{1,5})([/.])\d{3,12}(?:\1\d{2,12}){0,3}(?![\w/.-]?\w)", 0.3),
                # Any token with two digits right after a label that names it in full: the
                # label vouches for shapes too loose to stand with a mere context word
                # ("insurance ID: AB12", "policy number HMO_12345", "plan ID HP:123456"). Dashes
                # are "-" here: the redactor's view reads "–" as "-".
                ("labelled", r"(?<![\w#/.:-])#?[A-Z0-9](?=[\w:#/.-]*\d[\w:#/.-]*\d)"
                             r"(?:[A-Z0-9]|[_:#/.-](?=[A-Z0-9])){3,24}(?![\w#/-]|[.:][A-Z0-9])", 0.3),
                # A plan's alpha prefix and the number, as cards print them ("ZXB448201937",
                # "W100293847", "jzq771029384-02"), stand alone: the 26 million PHI-free
                # characters hold no such token but trial numbers ("NCT00004992").
                ("card_shape", r"(?<![\w-])(?!NCT)(?:(?-i:[A-Z]{1,3})\d{8,11}|[a-z]{3}\d{9})(?:-\d{2})?(?![\w-])", 0.6))
    CONTEXT = ("members?", "subscribers?", "policy", "insurance", "insurer", "ins", "insur",
               "health plan", "plan", "hicn", "mbi", "beneficiar(?:y|ies)", "hmo", "ppo", "payer", "coverage",
               "mem(?:ber)?(?:id|#)", "mem", "elig", "cin", "medicade",  # "memberid", NY Medicaid's client ID number
               "mbr", "mco", "hpbn?", "hp ben", "payor", "cardholder", "guarantor", "rx ?(?:id|bin|grp)",
               "va id", *map(labelled, ("group", "sub", "claim", "hp", "bene", "benefits?", "eligibility", "chip",
                                        "mem", "dod")),
               "policy[ -]?holder", "insuree", "benef",
               "dependents?", "recipient",  # a subscriber's dependant; Medicaid's word for its members
               "bcbs[a-z]{2}",  # a state's plan: "BCBSTX", "BCBSIL"
               "insured", "id card", "enrollees?", "carrier",
               "hcn", "ohip", "health card", "phn", "care card",  # Canada's provincial health cards
               *PAYERS)
    CONTEXT_SLIPS = ("member", "subscriber", "insurance", "policy", "medicaid", "medicare", "beneficiary",
                     "eligibility", "coverage", "anthem", "humana")
    CONTEXT_REQUIRED = True
    STANDS_ALONE = frozenset({"card_shape"})
    CONTEXT_IN_VALUE = True
    CONTEXT_SCORE = 0.85
    WINDOW_BEFORE = 30
    # Six digits or more, after at most a plan's few letters: "55443322", "W998877665".
    # Not eight digits that read as a date ("03152024", "20240315").
    SENTENCE_SHAPE = re.compile(rf"#?(?:[A-Z]{{1,4}}[- ]?)?(?!(?:{EIGHT_DIGIT_DATE})\b)\d{{6,12}}[A-Z]?"
                                rf"(?:{SUFFIX})?")

    def _may_have_context(self, text):
        return bool(PLAN_PREFIX.search(text)) or super()._may_have_context(text)

    def has_context(self, text, start, end):
        return bool(PLAN_PREFIX.match(text, start, end)) or super().has_context(text, start, end)

    def rescore(self, text, start, end, pattern, score):
        if pattern == "labelled" and not self._named_in_full(text, start):
            return None
        core = ID_WORD.sub("", text[start:end])  # "ID 60054": the number, not its label
        if sum(c.isalnum() for c in core) < MIN_MEMBER_CHARS and (
                pattern != "labelled" or PLAN_LEVEL_ID.search(text, max(0, start - 20), start)) \
                or GROUP_LABEL.search(text, max(0, start - 16), start):
            return None
        # "Policy HIM-204: Amendment of Medical Records", "Policy HIM-201, Patient Access":
        # a document's number, named by its title, not a patient's plan.
        if DOCUMENT_POLICY.search(text, max(0, start - 12), start) and DOCUMENT_TITLE.match(text, end):
            return None
        return super().rescore(text, start, end, pattern, score)

    def _named_in_full(self, text: str, start: int) -> bool:
        """A context word and an ID noun right before the value: "insurance ID:", "policy
        number", "group # is", or a "#" that opens the value ("policy #AB12"); not "Plan: CT
        12/03", a note's heading."""
        noun = FULL_LABEL_END.search(text, max(0, start - 16), start + text.startswith("#", start))
        return bool(noun) and any(noun.start() - 2 <= word.end() <= noun.end()
                                  for word in self._context.finditer(text, max(0, noun.start() - 40), noun.end()))


@register("mbi")
class MedicareBeneficiaryRecognizer(ContextPatternRecognizer):
    """CMS's Medicare Beneficiary Identifier: a fixed letter/digit layout, no check digit."""

    ENTITY = "MEMBER_ID"
    _L = "[AC-HJKMNP-RT-Y]"
    PATTERNS = (("mbi", rf"\b[1-9]{_L}[{_L[1:-1]}0-9]\d[- ]?{_L}[{_L[1:-1]}0-9]\d[- ]?{_L}{{2}}\d{{2}}\b", 0.85),
                # The HICN it replaced: a Social Security number and a beneficiary code ("A",
                # "B1", "HA"). With the number's dashes it is an SSN anyway; without, it needs
                # a Medicare word.
                ("hicn", r"\b\d{3}-\d{2}-\d{4}[A-Z][A-Z0-9]?\b", 0.85),
                ("hicn_bare", r"\b\d{9}[A-Z][A-Z0-9]?\b", 0.3))
    CONTEXT = ("hicn", "medicare", "claim number", "beneficiary", "railroad", "rrb")
    NEEDS_CONTEXT = frozenset({"hicn_bare"})
    FLAGS = CASE_SENSITIVE
