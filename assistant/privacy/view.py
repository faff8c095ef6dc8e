"""The view of a text that the NER and the recognizers read, and the way back from
its spans to the text's.

Three changes make it. Marks that only steer layout go and ligatures are spelled
(``assistant.typography``: "Jen\u00adnifer", "123-45-\u200b6789", "Jeﬀrey"), and
a word broken at a line's end is joined ("Jen-\nnifer"); a span found in the view
then covers the marks inside it in the text. Typographic
marks with a plain twin become that twin: the hyphens and dashes that join
("617–555–7890", "2023‐04‐25", as PDFs and word processors write them) and the
spaces that do not break; our patterns are written with "-" and " ". And what
was typed without case gets capitals where a proper noun would have them
(``case_view``). The last two keep the length, character for character; most
texts have no layout marks and are read in place.

spaCy's small NER model and our name and address rules read capitals: in
"follow up with patricia desrosiers" they see no name, and in "PATIENT NAME:
JOHN SMITH" every word looks like one. An analyst's prompt is often typed the
first way, a record's header the second. Text without a capital gets one on
every word that is not an English word ("Patricia Desrosiers", "Uppsala"; not
"call", "bill" or "in", which are names too but far more often words). A run
of shouted words is read more warily, since firms, genes and rules are
shouted everywhere ("NVIDIA", "KRAS", "GAAP"): only a person's name around a
known given name is recased, English words go to lower case, and the
recognizers read the text as written too (postal towns are written in capitals).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import regex

from ..typography import INVISIBLE, LIGATURES, plain
from .recognizers.base import english_words, sector_words, word_list
from .recognizers.given_names import given_names, is_given_name
from .spans import Span

WORD = re.compile(r"(?<!\d)[^\W\d_]+(?:['’][^\W\d_]+)?")  # not the "nd" of "2nd", the "kg" of "110kg"
CONTRACTION = re.compile(r"['’](?:t|re|ll|ve|d|m)$")  # "weren't", "they'll": not names
# Months and weekdays are English words but proper nouns: "on march 3" is a date. "may"
# only before a number: "you may want" is not.
CALENDAR = frozenset("january february march april june july august september october november "
                     "december monday tuesday wednesday thursday friday saturday sunday".split())
MAY_DATE = re.compile(r"may(?=\s*\d)", re.IGNORECASE)
LATIN = regex.compile(r"[\p{Latin}'’]+")
# What a person's name follows: a title, a label, a signature's "/s/".
_TITLES = r"DR|MR|MRS|MS|MX|PATIENT|NAME|PT"
TITLE_BEFORE = re.compile(rf"(?:\b(?:{_TITLES})\.?:?|/S/)[ \t]*$", re.IGNORECASE)
TITLE = re.compile(_TITLES, re.IGNORECASE)  # "PATIENT NAME:": a label, no name
# ... but not a firm's: "/s/ DELOITTE & TOUCHE LLP".
FIRM_AFTER = re.compile(r"[ \t]*&|[^\n]{0,40}?\b(?:LLP|LLC|INC|CORP|CORPORATION|COMPANY|CO|LTD|PLC|BANK|GROUP)\b",
                        re.IGNORECASE)
NAME_GAP = re.compile(r"[ \t]*(?:[,.][ \t]*)?(?:[A-Z]\.?[ \t]+)?")  # "HOLLIS, JENNIFER", "AMY E. HOOD"
# Not the em dash (U+2014): it stands between words, as punctuation.
PLAIN_MARKS = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2212": "-",
                             "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " "})
LAYOUT = re.compile(f"[{INVISIBLE}{''.join(LIGATURES)}]")
# A word a PDF's line broke with a hyphen: "Jen-\nnifer Hollis" is read "Jennifer Hollis".
# Before a capital the hyphen is the word's own and stays: "Smith-\nJones" is read
# "Smith-Jones".
WRAPPED = re.compile(r"(?<=[^\W\d_])-[ \t]*\r?\n[ \t]*(?=[a-z])|(?<=[^\W\d_]-)[ \t]*\r?\n[ \t]*(?=[A-Z])")


@dataclass(frozen=True)
class View:
    """A text as the NER and the recognizers read it."""

    text: str
    origin: tuple[int, ...] | None = None  # where each character is in the text; None: in place
    # The same text in the writer's capitals, when shouted words were recased: the
    # recognizers read it too (the NER does not), because postal towns are written in
    # capitals ("BASHALL TOWN") and the place rules read them so.
    as_written: str | None = None

    @property
    def readings(self) -> tuple[str, ...]:
        return (self.text,) if self.as_written is None else (self.text, self.as_written)

    def place(self, span: Span) -> Span:
        """The span of the text that a span of the view stands for."""
        if self.origin is None:
            return span
        return Span(span.entity_type, self.origin[span.start], self.origin[span.end - 1] + 1, span.score)


def view_of(text: str) -> View:
    """What the NER and the recognizers read: layout marks out, plain marks, capitals."""
    origin = None
    if LAYOUT.search(text) or WRAPPED.search(text):
        wraps = {i for m in WRAPPED.finditer(text) for i in range(*m.span())}
        kept = [(i, char) for i, char in enumerate(text) if i not in wraps]
        origin = tuple(i for i, char in kept for _ in plain(char))
        text = plain("".join(char for _, char in kept))
    written = text.translate(PLAIN_MARKS)
    cased = case_view(written)
    shouting = cased != written and written != written.lower()
    return View(cased, origin, written if shouting else None)


CAPITALISED = regex.compile(r"\p{Lu}\p{Ll}")  # a word as writers who use case write a name
FIRST_LETTER = regex.compile(r"\p{L}")


def case_view(text: str) -> str:
    """``text`` with capitals where a proper noun would have them, in what was typed
    without case: all of a text that holds no capital, and each run of shouted words
    ("PATIENT NAME: JOHN SMITH"). Elsewhere the capitals are the writer's."""
    first = FIRST_LETTER.search(text)
    if first and first.group().islower() and not CAPITALISED.search(text):
        # Typed without case, but for acronyms and codes ("need PA for pt carmen pena
        # memberid W995866509"): its words in small letters are read as if all were. Not a
        # text that opens with a capital: "EGFR exon 19 deletion", "A thyroglossal duct cyst".
        words = [m for m in WORD.finditer(text) if m.group().islower() and not CONTRACTION.search(m.group())]
        text = _recase(text, words, _lower_case_proper(text, words))
    runs = shouted(text)
    if not runs:
        return text
    words = [m for run in runs for m in run]
    return _recase(text, words, [p for run in runs for p in _shouted_proper(run)])


def _recase(text: str, words: list[re.Match], proper: list[bool | None]) -> str:
    """Each word with a capital first (True), in lower case (False) or as written (None)."""
    chars = list(text)
    for match, cap in zip(words, proper):
        lower = match.group().lower()
        first = lower[0].upper()
        if cap is None or len(lower) != len(match.group()) or len(first) != 1:
            continue  # "ß" upper-cases to two letters, "İ" lower-cases to two: spans must line up
        chars[match.start():match.end()] = first + lower[1:] if cap else lower
    return "".join(chars)


def _stem(word: str) -> str:
    return re.sub(r"['’]s$", "", word.lower())


def _lower_case_proper(text: str, words: list[re.Match]) -> list[bool]:
    """A word typed without capitals reads as a proper noun when it is no English word,
    or a month or a weekday ("may" only before a number)."""
    english = english_words()
    stems = [_stem(m.group()) for m in words]
    return [len(stem) > 1 and (stem in CALENDAR or bool(MAY_DATE.match(text, m.start())) or stem not in english)
            for m, stem in zip(words, stems)]


def _shouted_proper(run: list[re.Match]) -> list[bool | None]:
    """In a shouted run, only a person's name is recased, found from a given name
    (``given_names.txt``, or a word that is also a name) or a title ("DR. OKONKWO",
    "PATIENT: ADEBAYO", "/S/ SATYA NADELLA"): that word and the unknown or name-like
    words beside it ("MARIA GONZALEZ", "HOLLIS, JENNIFER A.", "JOHN SMITH"). Other unknown words keep their capitals ("NVIDIA", "KRAS", "GAAP":
    names of firms, genes and rules are shouted in every text); English words go to
    lower case ("DISCHARGE SUMMARY FOR")."""
    english, given = english_words(), name_words()
    stems = [_stem(m.group()) for m in run]
    titled = [bool(TITLE_BEFORE.search(m.string, max(0, m.start() - 12), m.start())) and not TITLE.fullmatch(m.group())
              and not FIRM_AFTER.match(m.string, m.end()) for m in run]
    # A Census name, an English word that is one, or a name of the world ("MEHMET ÖZTÜRK").
    named = [t or (stem in given or is_given_name(stem)) and stem != "may"  # "YOU MAY SEE": a verb
             for t, stem in zip(titled, stems)]
    unknown = [stem not in english for stem in stems]
    out: list[bool | None] = []
    for i, stem in enumerate(stems):
        beside = [j for j in (i - 1, i + 1) if 0 <= j < len(stems) and _adjacent(run, min(i, j))]
        if stem in CALENDAR or MAY_DATE.match(run[i].string, run[i].start()):
            out.append(True)  # "ENDED APRIL 30, 2023 AND MAY 1, 2022": the date rules read "May 1"
        elif titled[i] or named[i] and any(named[j] or unknown[j] for j in beside) \
                or unknown[i] and any(named[j] for j in beside):
            out.append(True)
        else:
            out.append(None if unknown[i] else False)
    return out


def _adjacent(run: list[re.Match], i: int) -> bool:
    """Words ``i`` and ``i + 1`` of a run stand in one name: spaces, a comma, an initial
    or a period between them, no line break."""
    return bool(NAME_GAP.fullmatch(run[i].string, run[i].end(), run[i + 1].start()))


def shouted(text: str) -> list[list[re.Match]]:
    """Runs of Latin words typed all in capitals with two words of three letters or more
    ("DISCHARGE SUMMARY FOR MARIA GONZALEZ"), as those words. Shorter words ("MD", "PT",
    "MA") may stand in a run and keep their capitals, and so do three letters that spell
    no word and no name ("MRN", "DOB", "ICU"); a placeholder ("<PERSON_1>") ends a run."""
    short = short_words()
    runs, run = [], []
    for match in WORD.finditer(text):
        word = match.group()
        # A placeholder's words follow its "<" or an "_": "<MEMBER_ID_1>".
        if word.isupper() and LATIN.fullmatch(word) and text[match.start() - 1:match.start()] not in ("<", "_"):
            if len(word) > 3 or len(word) == 3 and word.lower() in short:
                run.append(match)
            continue
        runs.append(run)
        run = []
    runs.append(run)
    return [run for run in runs if len(run) >= 2]


@functools.cache
def name_words() -> frozenset[str]:
    """Given names (``given_names.given_names``) and the English words that are names too
    ("john", "smith"), in lower case."""
    return frozenset(name.lower() for name in given_names()) | word_list("name_words.txt")


@functools.cache
def short_words() -> frozenset[str]:
    """English words and given names of three letters, in lower case; not the sectors'
    terms, which are shouted as acronyms ("IN ICU", "PER EOB")."""
    words = english_words() - sector_words()
    return frozenset(word for word in words | name_words() if len(word) == 3)


