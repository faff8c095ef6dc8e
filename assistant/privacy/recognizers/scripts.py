"""Words in another script inside English text: "провулок Бодаревського, буд. 33", "שושנת הכרמל 62".

Our models and word lists read English; in an English note or prompt a run of
Cyrillic, Hebrew, Georgian, Armenian, Arabic, Thai, Greek or CJK words is almost
always a name or an address copied as written. ``other_script`` takes such a run
with the numbers and punctuation inside it: as ADDRESS when it holds a digit (a house
number: the town and postcode lines after it then join it), as LOCATION after a place
word, else as PERSON. Greek letters as symbols ("TNF-α",
"αβ T cells", "ΔΔCt") are not runs: a Greek run needs a word of three letters.
"""
from __future__ import annotations

import regex

from . import register
from .base import CodeRecognizer, result
from .places import after_place_word

_LETTER = r"(?:(?!\p{Latin})\p{L})"
# Greek capital delta written as U+2206, as in Cyprus Post's town list ("ΟΡΜΙ∆ΕΙΑ"; see
# `locations._TOWN_CHAR`).
_WORD = rf"(?:{_LETTER}|∆)(?:{_LETTER}|∆|\p{{M}}|['’]|-(?={_LETTER}))*"
_NUMBER = r"\d[\d/-]*"
_GLUE = r"[ \t]*[.,:;()«»\"/№-]*[ \t]*(?:\n[ \t]*(?![ \t\n]))?"
# A Latin letter glued to Chinese characters is part of the address: "张路h座", "E座 王街"
# (building h, building E).
_HAN_LETTER = r"(?<=\p{Han})[A-Za-z](?=\p{Han})"
_LEADING_HAN_LETTER = r"(?:(?<![\p{Latin}\d])[A-Za-z](?=\p{Han}))"
RUN = regex.compile(rf"(?:{_NUMBER}[ \t]+)?{_LEADING_HAN_LETTER}?{_WORD}(?:{_GLUE}(?:{_WORD}|{_HAN_LETTER}|{_NUMBER}(?![\p{{Latin}}])))*\.?")
SENTENCE_END = regex.compile(r"[\p{L}\p{M}]{4,}\.$")
ALL_GREEK = regex.compile(r"\p{Greek}+")
GREEK_WORD = regex.compile(r"\p{Greek}{3,}")
PREFILTER = regex.compile(_LETTER)


@register("other_script")
class OtherScriptRecognizer(CodeRecognizer):
    ENTITIES = ("ADDRESS", "LOCATION", "PERSON")
    SCORE = 0.6

    def analyze(self, text, entities, nlp_artifacts=None):
        if not PREFILTER.search(text):
            return []
        found = []
        for m in RUN.finditer(text):
            run = m.group().rstrip(" \t\n,;:(")
            if SENTENCE_END.search(run):  # "born in Ирбит." but "д. 2", "(мурм.)"
                run = run[:-1]
            letters = [c for c in run if c.isalpha() and not c.isascii()]  # "A型" is one letter of Han
            if len(letters) < 2 or (ALL_GREEK.fullmatch("".join(letters)) and not GREEK_WORD.search(run)):
                continue
            if any(c.isdigit() for c in run):
                entity = "ADDRESS"
            elif after_place_word(text, m.start()):
                entity = "LOCATION"
            else:
                entity = "PERSON"
            if entity in entities:
                found.append(result(self, entity, m.start(), m.start() + len(run), self.SCORE))
        return found
