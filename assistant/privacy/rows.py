"""A number with no label in the same record as a person's name: that person's identifier.

Census lists, exports and quick notes name the patient or customer and give the
record's number with no word for it, on a short line: "| 3392015 | Ólafsdóttir, Guðrún | 02/12/1931 |",
"abena boateng 79296805 4/29/69 need last echo report", "okafor ngozi 031000053
118204467". Once the resolver has found the name, a number of six to twelve digits on
the same line is read as the pack's record number (``row_id`` in ``domain.toml``:
MRN for healthcare, ACCOUNT for finance). Not a date written as eight digits, not a
figure with a unit or a decimal part, and nothing in a text without a name: PHI-free
text is never touched by this rule.
"""
from __future__ import annotations

import regex

from .recognizers.base import UNIT_AFTER
from .recognizers.contact import TOLL_FREE
from .recognizers.dates import EIGHT_DIGIT_DATE
from .spans import Span

# Six to twelve digits, with a few letters before, dashes inside or a short suffix after:
# "0000719023", "G-20417" is too short, "080-739-065", "E4061123".
# A comma may stand before or after it, as in a CSV row ("Minh Vo,329702568,078937755"),
# but not as a figure's thousands or decimals ("1,234,567.00").
NUMBER = regex.compile(r"(?<![\w./:$€£#*^~-])#?(?:[A-Z]{1,2}-?)?(?=(?:\d-?){6,12}(?![\w]))\d+(?:-\d+){0,3}"
                       r"(?![\w/%]|\.\d|,\d{3}(?!\d))")
# ... or in groups split by spaces, as a national phone number or a statement prints it:
# "Amina Yusuf 0803 555 0123", "Nguyen Van Minh 07242 283233"; eight digits at least.
GROUPED = regex.compile(r"(?<![\w./:$€£#*^~,-])(?=(?:\d ?){8,13}(?![\w]))\d{2,5}(?: \d{2,6}){1,3}"
                        r"(?![\w/%]|[.,]\d)")
YEARS = regex.compile(r"(?:19|20)\d\d-(?:19|20)\d\d")  # a span of years: "from 2017-2019"
TOLL_FREE_LINE = regex.compile(rf"{TOLL_FREE}\d{{7}}")  # an organisation's line: "18008608747"
# A record's row or a quick note is short; a paragraph of prose that names someone is no
# record, and its numbers are not theirs (MedQuAD's "trial number NCT00004992").
MAX_LINE = 200
DATE8 = regex.compile(EIGHT_DIGIT_DATE)
SCORE = 0.6


def ids_beside_names(text: str, spans: list[Span], kind: str) -> list[Span]:
    """``spans`` and, on each line that holds a PERSON span, every unlabelled number that
    no span covers, as ``kind``."""
    lines = {line for s in spans if s.entity_type == "PERSON"
             for line in [_line(text, s.start)] if line[1] - line[0] <= MAX_LINE}
    if not lines:
        return spans
    added = []
    for start, end in sorted(lines):
        for m in [*GROUPED.finditer(text, start, end), *NUMBER.finditer(text, start, end)]:  # the longer first
            digits = "".join(c for c in m.group() if c.isdigit())
            if DATE8.fullmatch(digits) or TOLL_FREE_LINE.fullmatch(digits) or YEARS.fullmatch(m.group()) or \
                    UNIT_AFTER.match(text, m.end()) or \
                    any(s.start < m.end() and m.start() < s.end for s in spans + added):
                continue
            added.append(Span(kind, m.start(), m.end(), SCORE))
    return sorted(spans + added, key=lambda s: s.start) if added else spans


def _line(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end
