"""Dates other than a bare year (HIPAA Safe Harbor keeps years), dates of birth, and ages over 89.

spaCy's DATE also labels ages ("34-year-old"), durations and years; these
patterns only fire on a day or a month, so a PHI-free clinical question keeps
its ages and years.
"""
from __future__ import annotations

import regex

from . import register
from .base import CASE_SENSITIVE, ContextPatternRecognizer, word_list

MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
         r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
         r"|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\.?")
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:(?:19|20)\d{2}|'\d{2})"
WEEKDAY_NAME = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
WEEKDAY = rf"(?:{WEEKDAY_NAME},?\s+)?"
# A time after the date, with the fractions and zone a log stamps: "13:37:43.022815Z", "09:05+02:00".
TIME = r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2}\b)?(?:\s?[AaPp]\.?[Mm]\.?)?)?"

DATE_PATTERNS = (
    ("month_day", rf"\b{WEEKDAY}{MONTH}\s+{DAY}(?:,?\s+{YEAR})?\b{TIME}", 0.85),
    ("day_month", rf"\b{DAY}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?\b", 0.85),
    ("month_year", rf"\b{MONTH},?\s+{YEAR}\b", 0.85),
    ("numeric", rf"(?<![\d/.-])(?:0?[1-9]|[12]\d|3[01])([/.-])(?:0?[1-9]|[12]\d|3[01])\1(?:{YEAR}|\d{{2}})(?![\d/-]){TIME}", 0.85),
    ("iso", rf"(?<![\d-])\b{YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:\b|(?=T\d)){TIME}", 0.85),
    ("month_slash_year", rf"(?<![\d/])(?:0?[1-9]|1[0-2])/{YEAR}(?![\d/])", 0.6),
    # As clinical systems print it: "14-Mar-1962", "03/MAR/62".
    ("day_mon_year", rf"\b{DAY}([-/]){MONTH}\1(?:{YEAR}|\d{{2}})\b", 0.85),
    # ... or with nothing between: "16DEC2021", "3Oct2020".
    ("day_mon_year_joined", r"\b(?:0?[1-9]|[12]\d|3[01])(?i:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
                            rf"(?:{YEAR}|\d{{2}})\b", 0.85),
    # A month and a day with no year, only after a weekday or "on"/"since"/"until": a bare
    # "3/5" is as often a fraction or a strength grade.
    ("month_day_numeric", rf"\b(?:{WEEKDAY_NAME},?[ \t]+|(?:on|since|until|from)[ \t]+)\K(?:0?[1-9]|1[0-2])/"
                          rf"(?:0?[1-9]|[12]\d|3[01])(?![\d/]|\.\d|[ \t]*(?:strength|power|score|patients|of)\b)", 0.7),  # "on 12/7."
)


@register("date")
class CalendarDateRecognizer(ContextPatternRecognizer):
    ENTITY = "DATE"
    PATTERNS = DATE_PATTERNS
    FLAGS = CASE_SENSITIVE


@register("dob")
class DateOfBirthRecognizer(ContextPatternRecognizer):
    ENTITY = "DOB"
    PATTERNS = DATE_PATTERNS
    CONTEXT = ("dob", "d\\.o\\.b", "date of birth", "birth ?date", "born", "birthday", "b\\.",
               "birth date of")
    CONTEXT_REQUIRED = True
    CONTEXT_SCORE = 0.95
    WINDOW_BEFORE = 24
    FLAGS = CASE_SENSITIVE


# HIPAA Safe Harbor counts "all ages over 89" among the identifiers: few people are 94.
AGE_OVER_89 = r"(?:9\d|1[01]\d)"
# "90 and older", "90+", "90-99": the aggregate Safe Harbor allows in their place ("90–99"
# too: the redactor's view reads "–" as "-").
FEVER_BEFORE = regex.compile(r"\b(?:(?i:fever|febrile|temp(?:erature)?|up to|above|below|over|of)|T|Tmax)\b[^.;\n]{0,12}$")
WORD_BEFORE = regex.compile(r"(\p{L}[\p{L}'’-]*)[,]?[ \t]\(?$")
AGGREGATE_AFTER = r"(?![\d.%]|[ \t]*(?:\+|-|and\b|or\b|to\b))"


@register("age")
class AgeOver89Recognizer(ContextPatternRecognizer):
    """An age over 89, the number alone ("a <AGE_1>-year-old"), so the sense stays."""

    ENTITY = "AGE"
    PATTERNS = (
        ("years_old", rf"(?<![\d.,])\b{AGE_OVER_89}(?=[ -]?(?:years?|yrs?)[ -]?(?:old|of[ \t]+age)\b"
                      rf"|[ \t]?(?:y/?o|y\.o\.|yo)(?!\w))", 0.85),  # not \b: "93 y.o. male"
        # As notes write age and sex: "91F", "(95M)", "94 yo F"; not a sum ("$92M").
        ("with_sex", rf"(?<![\d.,$€£])\b{AGE_OVER_89}(?=(?:[ \t]?(?:y/?o|yo)[ \t]?)?[MF]\b)", 0.85),
        # In brackets or between commas right after a name: "Siobhán Byrne (92)", "Bakr, 92, from".
        ("after_name", rf"(?<=\p{{L}}{{2,}}[ \t]\(){AGE_OVER_89}(?=\))|(?<=\p{{Lu}}\p{{Ll}}+,[ \t]){AGE_OVER_89}(?=,)", 0.85),
        ("aged", rf"(?<=\b(?:[Aa]ged?|AGED?|[Aa]ge:|AGE:)[ \t]?){AGE_OVER_89}\b{AGGREGATE_AFTER}", 0.85),
    )
    FLAGS = CASE_SENSITIVE

    def rescore(self, text, start, end, pattern, score):
        if pattern == "with_sex" and text[end] == "F" and FEVER_BEFORE.search(text, max(0, start - 30), start):
            return None  # "fever up to 104F", "T 101F": degrees Fahrenheit
        if pattern == "after_name":
            word = WORD_BEFORE.search(text, max(0, start - 40), start)
            # A name has a word no dictionary holds before it: not "Table (92)", "cases (95)".
            w = word[1] if word else ""
            if not w or w.lower() in word_list("common_words.txt") or w.isupper() or (len(w) < 3 and w.islower()):
                return None
        return super().rescore(text, start, end, pattern, score)
