"""Personal names spaCy's small model misses, found from a known given name.

"Tamara T Stanković", "Sara: Remember me?": the model tags neither, but the
first word is a given name: in the 1990 US Census lists (``given_names.txt``),
or among the world's names that many national sources list (``world_names.txt``:
"Elif", "Manpreet", "Oluwaseun"). Both are built by ``domains/build_gazetteer.py``
without the names that are also English words, so "Grace Period" and "Will
Smith" are not read this way. A listed given name is taken where the text shows
it is used as a name:

- followed by a capitalised surname, with an optional initial between;
- typed in small letters in a text that has capitals, followed by a word that is
  no English word ("assigned to elif arslan");
- as a speaker's label at the start of a line ("Sara: ..."), and then every other
  speaker of that text whose label is not a plain English word ("Vinka: ...");
- after a word that addresses or names a person ("shouted at Todd", "named Todd");
- alone, when no list of words, towns or medical terms knows it and spaCy does not
  read it as a nationality or a place ("is that right for Elif?").

A name span that spaCy reads as an organisation ("Morgan Stanley"), or that
holds an organisation's, a disease's or a drug's word, is left alone (the
checks ``name_list`` uses).
"""
from __future__ import annotations

import re

import regex

from . import register
from .base import CodeRecognizer, fold_letters, result, word_list
from .ner import LABELS, NAME_PREFIX, NameListRecognizer, OrgShapedNameRecognizer, common_words
from .places import is_place
from .terms import EPONYM_CHAIN, EPONYM_NEXT
from .unlisted import is_known

SURNAME = rf"{NAME_PREFIX}?\p{{Lu}}[\p{{Ll}}'’]+(?:-\p{{Lu}}?\p{{Ll}}+)?"  # "McKenzie", "Lloyd-Jones"
FULL_NAME = regex.compile(rf"(?<![\w'’-])(?P<given>\p{{Lu}}\p{{Ll}}+)(?:[ \t]+\p{{Lu}}\.?)?[ \t]+{SURNAME}(?![\w'’-])")
SPEAKER = regex.compile(r"^[ \t]*(?P<given>\p{Lu}\p{Ll}+):[ \t\"“]", regex.MULTILINE)
SINGLE = regex.compile(r"(?<![\w'’-])(?P<given>\p{Lu}\p{Ll}+)(?![\w'’-])")
# The same in small letters, typed in a text that uses capitals elsewhere ("W-7 approved,
# ITIN assigned to elif arslan"): a listed given name, then a word that is no English word.
LOWER_NAME = regex.compile(r"(?<![\w'’-])(?P<given>\p{Ll}{3,})[ \t]+(?P<family>\p{Ll}[\p{Ll}'’]+(?:-\p{Ll}+)?)(?![\w'’-])")
# ... or surname first, as a chart lists it: "pt is ramirez, hector", "obrien, patrick".
LOWER_INVERTED = regex.compile(r"(?<![\w'’-])(?P<family>\p{Ll}[\p{Ll}'’]+(?:-\p{Ll}+)?),[ \t]*(?P<given>\p{Ll}{3,})(?![\w'’-])")
CONTRACTION = regex.compile(r"['’](?:t|s|re|ll|ve|d|m)$")
# Alone means no capitalised word beside it: "Kelly Services", "Rest of Asia" are not.
CAPITALISED_NEXT = regex.compile(r"[ \t]+\p{Lu}")
CAPITALISED_BEFORE = regex.compile(r"\p{Lu}[\w'’.-]*[ \t]+$")
ADDRESSED = re.compile(r"\b(?:said|told|asked|shouted at|replied to|called|named|name is|calls me|"
                       r"call me|dear|hi|hello|thanks|thank you)[,]?[ \t]+$", re.IGNORECASE)


def given_names() -> frozenset[str]:
    """The 1990 US Census given names, capitalised ("Maria" is not one: "maria" is a word)."""
    return word_list("given_names.txt")


def _census_named(value: str) -> bool:
    """The name opens with a Census given name (or with no listed one)."""
    first = value.split(None, 1)[0]
    return first.capitalize() in given_names() or not is_given_name(first)


def is_given_name(word: str) -> bool:
    """A Census given name, or one of the world's (``world_names.txt``, folded: "Ayşe" is
    "ayse")."""
    key = word.lower() if word.isascii() and word.isalpha() else fold_letters(word)  # most words: no NFKD
    return word.capitalize() in given_names() or key in word_list("world_names.txt")


@register("given_names")
class GivenNameRecognizer(CodeRecognizer):
    ENTITIES = ("PERSON",)
    SCORE = 0.65

    def load(self) -> None:
        given_names(), word_list("world_names.txt")

    def analyze(self, text, entities, nlp_artifacts=None):
        if "PERSON" not in entities:
            return []
        spans = {m.span() for m in FULL_NAME.finditer(text, overlapped=True) if self._full(text, m)}
        speakers = list(SPEAKER.finditer(text))
        if any(is_given_name(m["given"]) for m in speakers):
            # A dialogue with one known name: its other speakers are people too ("Vinka:"),
            # unless the label is a plain word ("Patient:", "Doctor:", "Note:").
            spans |= {m.span("given") for m in speakers if m["given"].lower() not in common_words()}
        spans |= {m.span() for pattern in (LOWER_NAME, LOWER_INVERTED)
                  for m in pattern.finditer(text, overlapped=True) if self._lower(text, m)}
        named = [(e.start_char, e.end_char, e.label_) for e in getattr(nlp_artifacts, "entities", None) or []]
        # spaCy's reading of "German" as a nationality, or of "Jordan" as a country, beats
        # the list's guess for a name standing alone.
        spans |= {m.span() for m in SINGLE.finditer(text) if self._alone(text, m)
                  and not any(m.start() < b and a < m.end() and label != "PERSON" for a, b, label in named)}
        # spaCy's reading of "Morgan Stanley" or "Rest of Asia Pacific" as an organisation
        # beats a list's guess; not where the name opens with a given name the Census never
        # saw ("Elif Kaya", "Søren Bergström"), which no American firm is named after and the
        # small model reads as an organisation as often as not.
        orgs = [(os_, oe) for os_, oe, label in named if label == "ORG"]
        spans = {(a, b) for a, b in spans
                 if not (any(a < oe and os_ < b for os_, oe in orgs) and _census_named(text[a:b]))}
        return [result(self, "PERSON", a, b, self.SCORE) for a, b in sorted(spans)]

    @staticmethod
    def _alone(text: str, m: regex.Match) -> bool:
        """A given name without a surname: after a word that addresses a person, or one
        that no list of words or places knows ("is that right for Elif?", "Emeka from ops
        said"), unless an eponym's word follows ("Wilson disease")."""
        given = m["given"]
        if not is_given_name(given):
            return False
        if ADDRESSED.search(text, max(0, m.start() - 16), m.start()):
            return True
        return (len(given) >= 4 and not is_known(given) and not is_place(given)
                and not CAPITALISED_NEXT.match(text, m.end()) and not CAPITALISED_BEFORE.search(text, 0, m.start())
                and NameListRecognizer.listable(text, *m.span())
                and not OrgShapedNameRecognizer.said_to_be_organisation(text, *m.span())
                and not EPONYM_NEXT.match(text, m.end()) and not EPONYM_CHAIN.match(text, m.end()))

    @staticmethod
    def _lower(text: str, m: regex.Match) -> bool:
        """A listed given name that is no English word beside a family name that is none
        either, nor a contraction ("elif arslan"; not "grace period"). English words that
        are names too ("maria", "gene", "may") are left out: "gene isn't", "may invovle"
        read the same, and the PHI-free corpus held 92 such pairs."""
        given, family = m["given"], m["family"]
        return (is_given_name(given) and not is_known(given) and not is_known(family)
                and not CONTRACTION.search(family) and family not in LABELS and not is_place(given)
                and NameListRecognizer.listable(text, *m.span()))

    def _full(self, text: str, m: regex.Match) -> bool:
        words = m.group().split()
        return (is_given_name(m["given"]) and words[-1].lower() not in LABELS
                and NameListRecognizer.listable(text, *m.span()) and not EPONYM_CHAIN.match(text, m.end()))
