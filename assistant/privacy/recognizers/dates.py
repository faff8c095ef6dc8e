"""Dates other than a bare year (HIPAA Safe Harbor keeps years), dates of birth, and ages over 89.

spaCy's DATE also labels ages ("34-year-old"), durations and years; these
patterns only fire on a day or a month, so a PHI-free clinical question keeps
its ages and years.
"""
from __future__ import annotations

import functools

import regex

from . import register
from .base import CASE_SENSITIVE, UNIT_AFTER, ContextPatternRecognizer, word_list

MONTH_NAMES = (r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
               r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?")
MONTH = rf"(?:{MONTH_NAMES}|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\.?"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
# A date in eight digits either way round: "20240315", "03152024".
EIGHT_DIGIT_DATE = (r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
                    r"|(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:19|20)\d\d")
YEAR = r"(?:(?:19|20)\d{2}|'\d{2})"
WEEKDAY_NAME = r"(?i:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?i:day)?\.?(?!\w)"  # "tues", "Thurs"
WEEKDAY = rf"(?:{WEEKDAY_NAME},?\s+)?"
# A time after the date, with the fractions and zone a log stamps: "13:37:43.022815Z", "09:05+02:00".
TIME = r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2}\b)?(?:\s?[AaPp]\.?[Mm]\.?)?)?"

# A month and a day; or a day first where only that reading is a date ("as of 14/10").
MONTH_DAY = r"(?:(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])|(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2]))"
# Months as French, Spanish, Portuguese and German letters write them, after a day only
# ("2 avril 2024", "12 de mayo"): alone, "mars" and "mai" are words of English text too.
MONTH_ABROAD = (r"(?i:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|"
                r"novembre|décembre|decembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
                r"septiembre|setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|"
                r"julho|setembro|outubro|dezembro|januar|februar|märz|juni|juli|oktober|dezember)(?!\w)")
MONTH_WORD = rf"(?i:{MONTH_NAMES})(?![a-z])"  # in any case; not "separate 2009"
# A clock time after a day: "6/3 0600", "drawn 5/6 2310", "Fri 9/27 0730".
CLOCK_AFTER = r"(?=[ \t]+(?:(?:[01]\d|2[0-3])[0-5]\d|\d{1,2}:\d{2})(?!\d))"
DAY_CUE = (r"(?i:on|since|until|from|between|before|after|b4|thru|through|dated|dos|adm|admit(?:ted)?|"
           r"discharged|d/c'?d|seen|visit|appt|appointment|call(?:ed)?|surgery|due|as of|drawn|"
           r"note|eval|triage|checklist|handoff|denied|filed|booked|scheduled|sched|clinic|transferred|"
           r"missed (?:his|her|their|the)|f/u|follow-?up|last)")
# The second day of a range: "between 12/29 and 1/3", "from 3/4 to 3/9".
RANGE_START = rf"(?i:between|from)[ \t]+{MONTH_DAY}[ \t]*(?:and|to|-|thru|through)[ \t]*"
DATE_PATTERNS = (
    ("month_day", rf"\b{WEEKDAY}{MONTH}\s+{DAY}(?:,?\s+{YEAR})?\b{TIME}", 0.85),
    ("day_month", rf"\b{DAY}\s+(?:of\s+|de\s+)?(?:{MONTH}|{MONTH_ABROAD})(?:,?\s+(?:{YEAR}|\d{{2}}(?![\d:])))?\b", 0.85),
    # Months typed in small letters, where a day's suffix or a year says they are: "may 20th", "feb 1941".
    ("month_lower", rf"\b(?:(?!(?i:may)\b){MONTH_WORD}\.?[ \t]+(?:19|20)\d\d"
                    rf"|{MONTH_WORD}\.?[ \t]+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\b", 0.7),  # not "may 2020 be"
    ("month_year", rf"\b{MONTH},?\s+{YEAR}\b", 0.85),
    # A range of two joined by a dash is two dates: "DOS: 12/09/2021-12/28/2021".
    ("numeric", rf"(?:\b{WEEKDAY_NAME},?[ \t]+)?(?=\d)(?:(?<![\d/.-])|(?<=(?:19|20)\d\d-)(?=\d{{1,2}}/))(?:0?[1-9]|[12]\d|3[01])([/.-])"
                rf"(?:0?[1-9]|[12]\d|3[01])\1(?:{YEAR}|\d{{2}})(?![\d/]|-(?!\d{{1,2}}/\d)){TIME}", 0.85),
    # Year first, with dashes, slashes or dots: "2024-03-14", "1952/11/30".
    ("iso", rf"(?<![\d/.-])\b{YEAR}([-/.])(?:0[1-9]|1[0-2])\1(?:0[1-9]|[12]\d|3[01])(?:\b|(?=T\d)){TIME}", 0.85),
    # As HL7 and lab systems stamp it: "20240802", "20241015083000".
    ("compact", r"(?<![\d.,-])(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
                r"(?:(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?)?(?![\d.,-])", 0.6),
    ("month_slash_year", rf"(?<![\d/])(?:0?[1-9]|1[0-2])/{YEAR}(?![\d/])", 0.6),
    # As clinical systems print it: "14-Mar-1962", "03/MAR/62".
    ("day_mon_year", rf"\b{DAY}([-/]){MONTH}\1(?:{YEAR}|\d{{2}})\b", 0.85),
    # ... or with nothing between: "16DEC2021", "3Oct2020".
    ("day_mon_year_joined", r"\b(?:0?[1-9]|[12]\d|3[01])(?i:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
                            rf"(?:{YEAR}|\d{{2}})\b", 0.85),
    # A month and a day with no year, only after a weekday or "on"/"since"/"until": a bare
    # "3/5" is as often a fraction or a strength grade.
    # ... or a word of the calendar: "discharged 5/13", "between 12/29 and 1/3".
    # (Each branch tried only where a digit or a weekday starts: the cue is looked back for.)
    ("month_day_numeric", rf"(?:(?=\d)(?:(?<=\b{DAY_CUE}[ \t]+|\b(?i:yesterday|today|tomorrow)[ \t]*\()"
                          rf"|(?<![\w/.-])(?={MONTH_DAY}{CLOCK_AFTER}))|\b{WEEKDAY_NAME},?[ \t]+){MONTH_DAY}"
                          r"(?![\d/]|\.\d)", 0.7),  # "on 12/7."; the weekday goes with it: "Tues 5/14"
    # ... or with no cue at all, where it cannot be a small fraction or a grade: "transferred
    # here 4/18", "| 7/14 | CHF |", "the 10/02 lipid panel" (see ``_bare_day``).
    ("month_day_bare", rf"(?<![\w/.:+-])(?=\d){MONTH_DAY}(?![\d/%]|\.\d|[ \t]*%)", 0.6),
    # A range of days: "troughs 3/12-3/15", "glucose 8/1-8/7".
    ("md_range", rf"(?<![\w/.-]){MONTH_DAY}[ \t]*-[ \t]*{MONTH_DAY}(?![\d/]|\.\d)", 0.7),
    ("range_end", rf"(?=\d)(?<=\b{RANGE_START}){MONTH_DAY}(?![\d/]|\.\d)", 0.7),
    # An ordinal day as a date: "Next appt the 28th at ..."; not "the 3rd dose", "the 2nd floor".
    # Nor a list of ordinals: "the 3rd, 5th, 8th ... nerves".
    ("the_ordinal", r"\bthe[ \t]+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)(?=[ \t]*(?:[.,;:!?)\n]|$|(?:at|@)\b))"
                    r"(?![ \t]*[,;][ \t]*\d)", 0.7),
)


# What follows a fraction or a grade, not a day: "3/5 strength", "between 2/3 and 3/4 of patients".
NOT_A_DAY_AFTER = regex.compile(rf"[ \t]*(?:(?:and|to|-|thru|through)[ \t]*{MONTH_DAY}[ \t]*)?"
                                r"(?:strength|power|score|patients|doses?|tabs?|tablets?|cycles?|of)\b")


@register("date")
class CalendarDateRecognizer(ContextPatternRecognizer):
    ENTITY = "DATE"
    PATTERNS = DATE_PATTERNS
    FLAGS = CASE_SENSITIVE

    def rescore(self, text, start, end, pattern, score):
        if pattern in ("month_day_numeric", "range_end", "md_range", "month_day_bare") and NOT_A_DAY_AFTER.match(text, end):
            return None
        if pattern == "month_day_bare" and not _bare_day(text, start, end):
            return None
        return super().rescore(text, start, end, pattern, score)


# What a count, a score or a reading is written after: "BP 120/80", "GCS 3/15", "pain 6/10".
MEASURE_BEFORE = regex.compile(r"(?i:\b(?:bp|b/p|gcs|ratio|score[ds]?|grade[ds]?|strength|power|pain|phq-?\d*|"
                               r"gad-?\d*|acuity|va|murmur|apgars?|bipap|cpap|ipap|epap|peep|vent|settings?|x|q|of|in|out of|were|was|is|are|"
                               r"positive|negative)[ \t:]*$)")
# ... and the counts of a study: "12/30 patients (40%)", "2/14 nodes".
COUNT_AFTER = regex.compile(r"[ \t]*(?:\(|(?:[a-z]+[ \t]+)?(?:patients|subjects|cases|nodes|participants|children|"
                            r"women|men|eyes|samples|specimens|biopsies|bottles|sets|cores|sites|responders|"
                            r"lesions|tumou?rs|pts|were|had|showed|\w+ed\b))")


def _bare_day(text: str, start: int, end: int) -> bool:
    """A month and day with no cue word is taken where no small fraction reads the same
    ("2/3", "5/5", "6/10": a numerator no greater than a denominator of ten at most), no
    measure's label comes before it, and no study's count after it."""
    month, day = (int(x) for x in text[start:end].split("/"))
    if month <= day <= 10 or text[start:end] == "24/7":  # "round the clock"
        return False
    if text[start - 1:start] == "(" and text[end:end + 1] == ")":
        return False  # a count in brackets: "37% (7/19)"
    # Counts of one cohort share their denominator: "Scoliosis 7/18 Dystonia 5/18" in a
    # table of a syndrome's signs; a column of dates does not ("| 7/9 | 7/14 |"). The
    # 26 million PHI-free characters gave 121 such "dates", all in MedQuAD's tables, before.
    # Nor where any pair reads as no date either way: "Scoliosis 13/29" makes a table of counts.
    pairs = _pairs(text)
    if [d for _, d in pairs].count(day) > 1 or any(a > 12 and d > 12 for a, d in pairs):
        return False
    return not (MEASURE_BEFORE.search(text, max(0, start - 16), start) or COUNT_AFTER.match(text, end)
                or UNIT_AFTER.match(text, end))  # a dose in two parts: "hydrocortisone 15/5 mg"


BARE = regex.compile(r"(?<![\w/.:+-])(\d{1,2})/(\d{1,2})(?![\d/%])")


@functools.lru_cache(maxsize=4)
def _pairs(text: str) -> list[tuple[int, int]]:
    """Every number pair of a text: read once, not once per candidate (a table of 50)."""
    return [(int(m[1]), int(m[2])) for m in BARE.finditer(text)]


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
        ("aged", rf"(?<=\b(?:[Aa]ged?|AGED?)[ \t]*(?:[:=-][ \t]*)?){AGE_OVER_89}\b{AGGREGATE_AFTER}", 0.85),
        # Said of a person: "she is 93", "who is 99?", "shes 97", "will be 102 next month".
        ("is_age", rf"(?<=\b(?i:(?:she|he|who|pt|patient)(?:[ \t]+(?:is|was)|['’]?s)(?:[ \t]+(?:now|almost|nearly))?|"
                   rf"will[ \t]+be|turn(?:s|ed|ing)?|just[ \t]+turned)[ \t]+){AGE_OVER_89}\b(?![\d%]|\.\d|[ \t]*(?:\+|-|or\b|to\b|and[ \t]+(?:older|over|up)\b))"
                   r"(?![ \t]*(?:kg|lbs?|pounds|percent|mg|mm|cm|bpm|beats|points|degrees|°|on|out|minutes|min|days|weeks|months)\b)", 0.85),
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
