"""An address read the way a person reads it: whatever follows "lives at", "send it to",
"my address is", up to where the sentence goes on.

Most of the world's addresses have no shape a pattern can rely on ("Strada Petre
Tudor, Falticeni", "canale valeria, 4, capriana", "H.No. 171, Prakash Nagar,
Silchar"); what marks them is the sentence around them. ``address_clause`` takes
the clause an address cue opens, when it looks like an address at all: a digit,
a comma between capitalised parts, or a street word or type in it; not a date,
not a person ("send him to Dr. Patel"), not "the billing office", not "72 hours". On 25
million characters of PHI-free text (MedQuAD, PubMedQA, twenty 10-Qs, TAT-QA) its 491 cues
gave one span, "72 hours ...", which the unit check now drops.
"""
from __future__ import annotations

import regex
from . import register
from .base import UNIT_AFTER, CodeRecognizer, result
from .locations import STREET_TYPE, STREET_WORD
from .ner import DATE_LIKE

CUE = regex.compile(
    r"(?i)(?:\baddress(?:es)?[ \t]*(?:is|was|will[ \t]be|:|-)"
    r"|\b(?:lives?|living|resides?|residing|stay(?:s|ing)?)[ \t]+(?:at|on)|\blocated[ \t]+at"
    r"|\b(?:send|sent|mail|mailed|ship|shipped|deliver|delivered|forward|forwarded|return|returned|post|posted)"
    r"(?:[ \t]+[\w'’]+){0,3}?[ \t]+to"
    r"|\b(?:office|house|home|shop|store|flat|apartment)[ \t]+is[ \t]+(?:at|on))[ \t]*(?:\n[ \t]*)?")
# Where the clause ends: a sentence stop, a blank line, the next "Label:" line, or the
# words with which a sentence goes on after an address ("... please", ", can you ...").
STOP = regex.compile(
    r"[.?!;](?=\s|$)|\n[ \t]*\n|\n(?=[ \t]*[\p{L} ]{2,30}:)|[ \t]+-[ \t]+"  # " – " too: the view reads "–" as "-"
    r"|(?i:[ \t]+(?:please|pls|thanks|thank[ \t]you|asap|in[ \t]case|if|because|so[ \t]that|before|after|"
    r"tomorrow|today|tonight|when|where|which|who|for[ \t]+(?:the|a|my|her|his|our)|"
    r"and[ \t]+(?:i|we|she|he|they|then|call|let|ask))\b"
    r"|,[ \t]*(?:can|could|would|will|and|but|so|please|thanks|thank)\b)")
# A period after these is part of the address ("St.", "No. 257", "R. Miranda", "Z. Bünyadov pr.").
ABBREVIATION = regex.compile(r"(?:\b\p{L}{1,3}|\bDepto|\bEdif|\bBldg|\bBlvd|\bray|\bApt|\bStr|H\.No)$", regex.I)
NOT_AN_ADDRESS = regex.compile(
    r"(?i)(?:the|a|an|this|that|these|those|our|their|its|his|her|your|my|all|each|any|some|him|them|"
    r"me|us|you|it|dr|mr|mrs|ms|miss|prof|doctor|nurse)\b")
STREET = regex.compile(rf"(?<!\p{{L}}){STREET_WORD}(?!\p{{L}})|\b{STREET_TYPE}")
# A first letter of a script other than Latin: Cyrillic street words are written in lower
# case ("бул. 30 лет Победы"), and Hebrew, Georgian or Chinese have no case at all.
UNCASED_OR_OTHER = regex.compile(r"(?!\p{Latin})\p{L}")
LEADING_NUMBER = regex.compile(r"\d+(?:[.,]\d+)?")
YEAR = regex.compile(r"\b(?:19|20)\d\d\b")
MAX_CHARS = 160


@register("address_clause")
class AddressClauseRecognizer(CodeRecognizer):
    ENTITIES = ("ADDRESS",)
    SCORE = 0.6

    def analyze(self, text, entities, nlp_artifacts=None):
        if "ADDRESS" not in entities:
            return []
        spans = (self.clause(text, cue.end()) for cue in CUE.finditer(text))
        return [result(self, "ADDRESS", a, b, self.SCORE) for a, b in filter(None, spans)]

    @staticmethod
    def clause(text: str, start: int) -> tuple[int, int] | None:
        """The address that starts at ``start``, or None when what follows is not one."""
        end = _clause_end(text, start)
        if end is None:
            return None
        value = text[start:end].rstrip(" \t\n,")
        if not value or not (value[0].isdigit() or value[0].isupper() or UNCASED_OR_OTHER.match(value)
                             or STREET.match(value)):
            return None
        if NOT_AN_ADDRESS.match(value) or DATE_LIKE.search(value) or YEAR.search(value):
            return None
        number = LEADING_NUMBER.match(value)
        if number and UNIT_AFTER.match(value, number.end()):  # "returned to 72 hours ..."
            return None
        looks = (any(c.isdigit() for c in value) or STREET.search(value)
                 or ("," in value and sum(w[:1].isupper() for w in value.split()) >= 2))
        return (start, start + len(value)) if looks else None


def _clause_end(text: str, start: int) -> int | None:
    limit = min(len(text), start + MAX_CHARS)
    for stop in STOP.finditer(text, start, limit):
        if stop.group() == "." and ABBREVIATION.search(text, max(start, stop.start() - 6), stop.start()):
            continue
        return stop.start()
    return limit if limit == len(text) else None
