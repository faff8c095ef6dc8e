"""Personal names spaCy's small model misses, found from a known given name.

"Tamara T Stanković", "Sara: Remember me?": the model tags neither, but the
first word is a given name in the 1990 US Census lists (``given_names.txt``,
built by ``domains/build_gazetteer.py`` without the names that are also
English words, so "Grace Period" and "Will Smith" are not read this way). A
listed given name is taken where the text shows it is used as a name:

- followed by a capitalised surname, with an optional initial between;
- as a speaker's label at the start of a line ("Sara: ..."), and then every other
  speaker of that text whose label is not a plain English word ("Vinka: ...");
- after a word that addresses or names a person ("shouted at Todd", "named Todd").

A name span that spaCy reads as an organisation ("Morgan Stanley"), or that
holds an organisation's, a disease's or a drug's word, is left alone (the
checks ``name_list`` uses).
"""
from __future__ import annotations

import re

import regex

from . import register
from .base import CodeRecognizer, result, word_list
from .ner import LABELS, NAME_PREFIX, NameListRecognizer, common_words
from .terms import EPONYM_NEXT

SURNAME = rf"{NAME_PREFIX}?\p{{Lu}}[\p{{Ll}}'’]+(?:-\p{{Lu}}?\p{{Ll}}+)?"  # "McKenzie", "Lloyd-Jones"
FULL_NAME = regex.compile(rf"(?<![\w'’-])(?P<given>\p{{Lu}}\p{{Ll}}+)(?:[ \t]+\p{{Lu}}\.?)?[ \t]+{SURNAME}(?![\w'’-])")
SPEAKER = regex.compile(r"^[ \t]*(?P<given>\p{Lu}\p{Ll}+):[ \t\"“]", regex.MULTILINE)
SINGLE = regex.compile(r"(?<![\w'’-])(?P<given>\p{Lu}\p{Ll}+)(?![\w'’-])")
# More capitalised words, then "syndrome": "Jung Wolff Back Stahl syndrome" is an eponym.
EPONYM_CHAIN = regex.compile(rf"(?:[ \t]+\p{{Lu}}[\p{{Ll}}'’-]+){{1,4}}(?=(?i:{EPONYM_NEXT.pattern}))")
ADDRESSED = re.compile(r"\b(?:said|told|asked|shouted at|replied to|called|named|name is|calls me|"
                       r"call me|dear|hi|hello|thanks|thank you)[,]?[ \t]+$", re.IGNORECASE)


def given_names() -> frozenset[str]:
    return word_list("given_names.txt")


@register("given_names")
class GivenNameRecognizer(CodeRecognizer):
    ENTITIES = ("PERSON",)
    SCORE = 0.65

    def load(self) -> None:
        self.names = given_names()

    def analyze(self, text, entities, nlp_artifacts=None):
        if "PERSON" not in entities:
            return []
        spans = {m.span() for m in FULL_NAME.finditer(text, overlapped=True) if self._full(text, m)}
        speakers = list(SPEAKER.finditer(text))
        if any(m["given"] in self.names for m in speakers):
            # A dialogue with one known name: its other speakers are people too ("Vinka:"),
            # unless the label is a plain word ("Patient:", "Doctor:", "Note:").
            spans |= {m.span("given") for m in speakers if m["given"].lower() not in common_words()}
        spans |= {m.span() for m in SINGLE.finditer(text) if m["given"] in self.names
                  and ADDRESSED.search(text, max(0, m.start() - 16), m.start())}
        # spaCy's reading of "Morgan Stanley" as an organisation beats a list's guess.
        orgs = [(e.start_char, e.end_char) for e in getattr(nlp_artifacts, "entities", None) or []
                if e.label_ == "ORG"]
        spans = {(a, b) for a, b in spans if not any(a < oe and os_ < b for os_, oe in orgs)}
        return [result(self, "PERSON", a, b, self.SCORE) for a, b in sorted(spans)]

    def _full(self, text: str, m: regex.Match) -> bool:
        words = m.group().split()
        return (m["given"] in self.names and words[-1].lower() not in LABELS
                and NameListRecognizer.listable(text, *m.span()) and not EPONYM_CHAIN.match(text, m.end()))
