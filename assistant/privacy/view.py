"""The view of a text that the NER and the recognizers read, and the way back from
its spans to the text's.

Three changes make it. Marks that only steer layout go and ligatures are spelled
(``assistant.typography``: "Jen\u00adnifer", "123-45-\u200b6789", "Jeﬀrey"); a
span found in the view then covers the marks inside it in the text. Typographic
marks with a plain twin become that twin: the hyphens and dashes that join
("617–555–7890", "2023‐04‐25", as PDFs and word processors write them) and the
spaces that do not break; our patterns are written with "-" and " ". And a text
typed without capitals gets some. The last two keep the length, character for
character; most texts have no layout marks and are read in place.

spaCy's small NER model and our name and address rules read capitals: in
"follow up with patricia desrosiers" they see no name. An analyst's prompt is
often typed that way. ``case_view`` gives such a text back with the first
letter of every word that is not an English word capitalised ("patricia
desrosiers", "uppsala"; not "call", "bill" or "in", which are names too but
far more often words), the same length character for character, so spans
found in the view are spans of the text.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..typography import INVISIBLE, LIGATURES, plain
from .recognizers.base import word_list
from .spans import Span

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
CONTRACTION = re.compile(r"['’](?:t|re|ll|ve|d|m)$")  # "weren't", "they'll": not names
# Months and weekdays are English words but proper nouns: "on march 3" is a date. "may"
# only before a number: "you may want" is not.
CALENDAR = frozenset("january february march april june july august september october november "
                     "december monday tuesday wednesday thursday friday saturday sunday".split())
MAY_DATE = re.compile(r"may(?=\s*\d)")
# Not the em dash (U+2014): it stands between words, as punctuation.
PLAIN_MARKS = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2212": "-",
                             "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " "})


LAYOUT = re.compile(f"[{INVISIBLE}{''.join(LIGATURES)}]")


@dataclass(frozen=True)
class View:
    """A text as the NER and the recognizers read it."""

    text: str
    origin: tuple[int, ...] | None = None  # where each character is in the text; None: in place

    def place(self, span: Span) -> Span:
        """The span of the text that a span of the view stands for."""
        if self.origin is None:
            return span
        return Span(span.entity_type, self.origin[span.start], self.origin[span.end - 1] + 1, span.score)


def view_of(text: str) -> View:
    """What the NER and the recognizers read: layout marks out, plain marks, capitals."""
    origin = None
    if LAYOUT.search(text):
        origin = tuple(i for i, char in enumerate(text) for _ in plain(char))
        text = plain(text)
    return View(case_view(text.translate(PLAIN_MARKS)), origin)


def case_view(text: str) -> str:
    """``text`` itself when it holds a capital letter; else its capitalised view."""
    if text != text.lower():
        return text
    words = english_words()
    chars = list(text)
    for match in WORD.finditer(text):
        word = match.group()
        if CONTRACTION.search(word):
            continue
        stem = re.sub(r"['’]s$", "", word)
        first = word[0].upper()
        proper = stem in CALENDAR or MAY_DATE.match(text, match.start()) or stem not in words
        if len(stem) > 1 and proper and len(first) == 1:
            chars[match.start()] = first
    return "".join(chars)


@functools.cache
def english_words() -> frozenset[str]:
    """SCOWL's lower-case words: ``common_words.txt`` and ``name_words.txt`` together."""
    return word_list("common_words.txt") | word_list("name_words.txt")
