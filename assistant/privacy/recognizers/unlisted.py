"""Names and streets by elimination: capitalised words that no word list knows.

spaCy's small model misses most names it never saw ("Usamov", "Ogasahara",
"Roeterdink", "Hauta-aho"). Clinical de-identifiers such as Philter turn the
question round and redact what is not on a safe list; ``unlisted_names`` does
that for capitalised words of five letters or more, and ``unlisted_streets`` for
such words before a house number ("Rahu 37"). A word is left alone when it is
an English word (``common_words.txt``, ``name_words.txt``, also after an English
prefix or inflection), a known capitalised word (``known_words.txt``: SCOWL's
capitalised words and the vocabulary of NIH MedQuAD answers and PubMedQA
abstracts, so "African", "Zoloft", "Charcot" stay), a drug, disease,
organisation, label or date word, or the start of an eponym ("Lou Gehrig's
disease"). A pack whose documents are about companies (finance) leaves both out:
every company name would read as a person.
"""
from __future__ import annotations

import regex

from . import register
from .base import UNIT_AFTER, CodeRecognizer, result, word_list
from .locations import ADDRESS_TAIL, LINES_BELOW, UNIT_ANY
from .ner import DATE_LIKE, ENGLISH_ENDING, NameListRecognizer, OrgShapedNameRecognizer, common_words
from .terms import EPONYM_CHAIN

WORD = regex.compile(r"(?<![\w'’-])\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}+)?(?=(?:['’]s)?(?![\w'’-]))")
MIN_LETTERS = 5  # shorter capitalised words are mostly abbreviations ("Rec", "Pls", "asap")
# A known word with an English prefix or inflection is a word too: "Unaudited", "Intercompany",
# "Postoperatively".
PREFIX = regex.compile(r"(?i)(?:un|non|inter|intra|extra|hyper|hypo|multi|uni|post|pre|trans|sub|super|"
                       r"over|under|re|co|anti|micro|macro|poly|peri|para)(?=\p{L}{4})")
INFLECTION = regex.compile(r"(?:s|es|ly|ally|ed|ing)$")
# Endings of medical terms that under 0.1% of Census names share (and 4.5x+ more known words
# do): "Meningoencephalocele", "Cystoid", "Cannulae", "Aflatoxin". Not "-ia", "-al", "-ic":
# "Sophia", "Afzal", "Filipovic".
TERM_ENDING = regex.compile(r"(?:cele|oid|ous|ae|ase|ides?|xin|ysis)$")


def known_words() -> tuple[frozenset[str], ...]:
    """The lists a known word is in (looked up one by one: a union would copy 126,000 words)."""
    return common_words(), word_list("name_words.txt"), word_list("known_words.txt")


def is_known(word: str) -> bool:
    """An English word, also after a prefix or an inflection, or a known capitalised word."""
    word = word.lower()
    stems = {word, PREFIX.sub("", word, count=1)}
    stems |= {INFLECTION.sub("", w) for w in stems}
    return any(not words.isdisjoint(stems) for words in known_words())


class _ByElimination(CodeRecognizer):
    """Matches of ``PATTERN`` that ``keep`` lets through, as the one entity of ``ENTITIES``."""

    SCORE = 0.0
    PATTERN: regex.Pattern

    def load(self) -> None:
        known_words()

    def analyze(self, text, entities, nlp_artifacts=None):
        entity, = self.ENTITIES
        if entity not in entities:
            return []
        return [result(self, entity, m.start(), self.end(text, m), self.SCORE)
                for m in self.PATTERN.finditer(text) if self.keep(text, m)]

    def keep(self, text: str, m: regex.Match) -> bool:
        raise NotImplementedError

    def end(self, text: str, m: regex.Match) -> int:
        return m.end()


@register("unlisted_names")
class UnlistedWordRecognizer(_ByElimination):
    ENTITIES, SCORE, PATTERN = ("PERSON",), 0.55, WORD

    def keep(self, text: str, m: regex.Match) -> bool:
        word, (start, end) = m.group(), m.span()
        singular = word.removesuffix("s")
        return (len(word.replace("-", "")) >= MIN_LETTERS
                and not any(is_known(part) for part in word.split("-"))
                and not ENGLISH_ENDING.search(singular)  # "Contraindications"
                and not TERM_ENDING.search(singular)
                and NameListRecognizer.listable(text, start, end)
                and not EPONYM_CHAIN.match(text, end)
                and not OrgShapedNameRecognizer.said_to_be_organisation(text, start, end))

    def end(self, text: str, m: regex.Match) -> int:
        """The name goes on over a particle and the word after it: "Villafranca del Cid"."""
        joined = PARTICLE_RUN.match(text, m.end())
        return joined.end() if joined else m.end()


# Names and places joined by a lower-case particle: "Villafranca del Cid", "Gomes da Silva",
# "Waidhofen an der Ybbs".
PARTICLE_RUN = regex.compile(r"(?:[ \t]+(?:de|del|de la|de los|da|do|dos|das|di|du|van|von|van der|von der|"
                             r"ter|ten|la|le|y|nad|pod|na|an der|am|im|bei)[ \t]+\p{Lu}\p{Ll}+)+")
_STREET_NAME = r"\p{Lu}\p{Ll}{3,}(?:[ \t]+\p{Lu}\p{Ll}{2,}){0,2}"
STREET = regex.compile(rf"(?<![\w-])(?:{UNIT_ANY}[ \t]+)?(?:\d{{1,6}}[A-Za-z]?[ \t]+){{0,2}}"
                       rf"(?P<street>{_STREET_NAME})[ \t]+(?P<number>\d{{1,4}}[A-Za-z]?|\d{{5,6}})(?![\w%/.,:-]?\d)(?![\w%/-])"
                       rf"{ADDRESS_TAIL}{LINES_BELOW}")
YEAR = regex.compile(r"(?:19|20)\d\d")


@register("unlisted_streets")
class UnlistedStreetRecognizer(_ByElimination):
    """A street by elimination: a name no word list knows and a house number ("Rahu 37",
    "Tylova 285", "Eyrarodda 66"), with the units and town lines after it as
    ``address_intl`` reads them. Not a date ("April 30"), not before a unit of measure
    ("Meropenem 500 mg"), and not a year ("Rivian 2023")."""

    ENTITIES, SCORE, PATTERN = ("ADDRESS",), 0.6, STREET

    def keep(self, text: str, m: regex.Match) -> bool:
        return (not any(is_known(w) for w in m["street"].split()) and not DATE_LIKE.search(m["street"])
                and not YEAR.fullmatch(m["number"]) and not UNIT_AFTER.match(text, m.end("number")))
