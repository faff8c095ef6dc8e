"""One span per stretch of text: overlaps resolved, known false positives dropped.

Order of preference: specific identifiers (checksummed) over contextual ones
over generic NER types; then the longer span; then the higher score. A lower
ranked span inside a kept one is a second reading of the same text ("the
digits of a card are not also a date") and is dropped; one that sticks out of
it keeps only the part that sticks out, so no character loses its cover.
Overlapping spans of the same type, or an address and a place, are first joined
into one ("St. Mary's Hospital in New York" and "New York, NY" are one place), so a
short piece that sticks out is not lost for being too short to stand alone.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .pseudonyms import PLACEHOLDER
from .recognizers.ner import LABELS

SPECIFIC = {"CARD", "IBAN", "SSN", "ITIN", "NPI", "DEA", "ABA", "CUSIP", "ISIN", "EMAIL", "IP",
            "VEHICLE_ID"}
CONTEXTUAL = {"DOB", "MRN", "MEMBER_ID", "ACCOUNT", "EIN", "SWIFT", "LICENSE", "DEVICE_ID", "FAX",
              "ADDRESS", "URL"}
PLACE_PIECE = {"ADDRESS", "LOCATION", "PERSON"}
ADDRESS_GAP = re.compile(r"[ \t]*(?:\n[ \t]*)?(?:[,/][ \t]*)?(?:\n[ \t]*)?(?:\d{1,6}[ \t]+)?"
                         r"(?:(?i:north|south|east|west|new|port|lake|mount|fort|saint|st\.|san|santa)[ \t]+)?")
# Inside a place's name: "Duarte do Campo", "Šempeter pri Gorici", "Frankfurt am Main",
# "Rohrbach in Oberösterreich", "Aebi an der Aare".
PLACE_JOINER = re.compile(r"[ \t]+(?:(?:de|do|da|dos|das|di|del|della|y|pri|nad|pod|sur|lui|am|an|bei|in)[ \t]+"
                          r"(?:(?:der|den|la|los|las|le|les)[ \t]+)?)")
# What an address leaves at its edges. Before a street that starts with its word: the
# house number ("3, rue Marthe Rossi", "Nr. 5 Bulevardul ..."). Before a number-led one:
# "Nr. ", "unit ", the flat and building of "Số 5/75/838 Phố ...". After it: more of the
# house number ("Ackermannring 22-66"), a postcode (", Grenadines 58395", "Guyana 585 30"),
# "2108 NT", "3798-213", "24-173" (on its own line under a region code too), an Eircode, a
# province code ("Raveo (UD)"), an estate phase or a region word.
HOUSE_BEFORE = re.compile(r"(?:(?:\b(?:No|Nr|N[º°]|Số)\.?[ \t]*)?\b\d{1,5}[A-Za-z]?(?:/\d{1,5}[A-Za-z]?)*"
                          r"(?:,?[ \t]+|/)|\b(?:Na|U|K|Ke|V|Ve|Pod|Nad|Za|Am|An|Auf|Im|Zum|Zur)[ \t]+)\Z")
NUMBER_BEFORE = re.compile(r"(?:\b(?:No|Nr|N[º°]|Số)\.?[ \t]*(?:\d{1,5}(?:/\d{1,5})*/)?|\b\d{1,5}(?:/\d{1,5})*/"
                           r"|(?i:\b(?:unit|apt|apartment|flat|studio|suite|ste|room|block|lot|phase)\.?[ \t]+)"
                           r"|(?i:\b(?:unit|apt|apartment|flat|studio|suite|ste|room)\.?[ \t]?\d{1,5}[A-Za-z]?)[ \t]*[,\n][ \t]*)\Z")
CODE_AFTER = re.compile(
    r"(?:(?<=\d)[-/]\d{1,5}[A-Za-z]?\b|(?<=\b\d{3})[ \t]\d{2}\b|(?<=[Pp]hase)[ \t]+\d{1,3}\b"
    r"|(?:[ \t]*\n?[ \t]*,[ \t]*[A-Z]{2,3}[ \t]*\n[ \t]*|[ \t]?,?[ \t]?(?:\n[ \t]*)?)(?:(?:[A-Z]{1,2}-?\d{3,7}|\d{5}-\d{4}|\d{4}[ \t]?[A-Z]{2}|\d{4}-\d{3}|\d{2}-\d{3}|\d{3,7}"
    r"|[A-Z]\d{2}[ \t]?[A-Z0-9]{4}"
    r"|(?i:phase|block|blk|lot)[ \t]?\d{1,3})\b|\([A-Z]{2,3}\)"
    r"|(?i:kraj|kunta|megye|oblast|county|province|district|region)\b))(?![-/.:,]?\d)")
# After a town: Spanish "los/las ..." ("San Miguel los Altos") and a canton or province
# code ("Menthonnex (AR)").
PLACE_AFTER = re.compile(r"[ \t]+(?:de[ \t]+)?(?:los|las)[ \t]+\w+|[ \t]*\([A-Z]{2,3}\)")
EDGE = " \t\r\n,;:.()[]{}'\"-/"


@dataclass(frozen=True)
class Span:
    entity_type: str
    start: int
    end: int
    score: float


def rank(entity_type: str) -> int:
    return 3 if entity_type in SPECIFIC else 2 if entity_type in CONTEXTUAL else 1


def resolve(text: str, spans: list[Span]) -> list[Span]:
    """Non-overlapping spans, sorted by start."""
    taken = [(m.start(), m.end()) for m in PLACEHOLDER.finditer(text)]  # already redacted, sorted
    kept: list[Span] = []
    for span in sorted(_join_same_type(spans), key=lambda s: (-rank(s.entity_type), s.start - s.end, -s.score, s.start)):
        pieces = _subtract(span.start, span.end, _overlapping(taken, span.start, span.end))
        if pieces == [(span.start, span.end)]:
            piece = (span.start, span.end)
        else:
            piece = _remainder(text, pieces)
            if piece is None:
                continue
        kept.append(Span(span.entity_type, piece[0], piece[1], span.score))
        bisect.insort(taken, piece)
    # Joining and growing take turns: a house number or postcode taken in can close the gap
    # to the next piece, and a joined piece can end where a postcode follows.
    spans = _join_address(text, sorted(kept, key=lambda s: s.start))
    for _ in range(3):
        grown = _join_address(text, _with_edges(text, spans))
        if grown == spans:
            break
        spans = grown
    return spans


def _join_address(text: str, spans: list[Span]) -> list[Span]:
    """An address and the place pieces beside it, with only a comma or a line break
    between, are one address: "<ADDRESS_1>, <LOCATION_1>" would leave the comma, and
    the link between the pieces, for a reader to put back together. A name right after
    an address is its town as often as not ("12 Oak Road, Ashby"): it joins too."""
    out: list[Span] = []
    for s in spans:
        last = out[-1] if out else None
        if last is not None and ADDRESS_GAP.fullmatch(text, last.end, s.start) and (
                last.entity_type == "ADDRESS" and s.entity_type in PLACE_PIECE
                or last.entity_type == "LOCATION" and s.entity_type == "ADDRESS"):
            out[-1] = Span("ADDRESS", last.start, s.end, max(last.score, s.score))
        elif last is not None and last.entity_type in ("ADDRESS", "LOCATION") and s.entity_type in PLACE_PIECE \
                and (joiner := PLACE_JOINER.fullmatch(text, last.end, s.start)) \
                and (s.entity_type != "PERSON" or joiner.group().split()[0] != "in"):  # "Boston in Mary's car"
            out[-1] = Span(last.entity_type, last.start, s.end, max(last.score, s.score))
        else:
            out.append(s)
    return out


def _with_edges(text: str, spans: list[Span]) -> list[Span]:
    """Each address grown over the house number before it and the code after it, each town
    over its "los Altos" or "(AR)", never into its neighbours."""
    out: list[Span] = []
    for i, s in enumerate(spans):
        lo = out[-1].end if out else 0
        hi = spans[i + 1].start if i + 1 < len(spans) else len(text)
        start, end = s.start, s.end
        if s.entity_type == "ADDRESS":
            before = (HOUSE_BEFORE if text[start].isalpha() else NUMBER_BEFORE).search(text, max(lo, start - 24), start)
            start = before.start() if before else start
            after = CODE_AFTER.match(text, end)  # the whole text: its lookahead must see past ``hi``
        else:
            after = PLACE_AFTER.match(text, end) if s.entity_type == "LOCATION" else None
        end = after.end() if after and after.end() <= hi else end
        out.append(Span(s.entity_type, start, end, s.score))
    return out


def _join_same_type(spans: list[Span]) -> list[Span]:
    """Overlapping spans of one type become one; so do an address and a place that overlap
    (as ADDRESS): "провулок Чорноморський 6-й, буд. 11" read whole as a place and in part as
    a street would otherwise lose the place's edges to the street."""
    out: list[Span] = []
    for s in sorted(spans, key=lambda s: (_group(s.entity_type), s.start, -s.end)):
        last = out[-1] if out else None
        if last is not None and _group(last.entity_type) == _group(s.entity_type) and s.start < last.end:
            kind = "ADDRESS" if "ADDRESS" in (last.entity_type, s.entity_type) else s.entity_type
            out[-1] = Span(kind, last.start, max(last.end, s.end), max(last.score, s.score))
        else:
            out.append(s)
    return out


def _group(entity_type: str) -> str:
    return "PLACE" if entity_type in ("ADDRESS", "LOCATION") else entity_type


def _overlapping(taken: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The taken pieces that overlap [start, end). They are disjoint and sorted, so their
    ends are sorted too: a bisection finds them, where a scan of all of them made a text
    dense with identifiers quadratic (28,000 characters, 4,000 spans: 10.7 s -> 0.02 s)."""
    i = bisect.bisect_left(taken, (end, -1))
    out = []
    while i > 0 and taken[i - 1][1] > start:
        i -= 1
        out.append(taken[i])
    return out


def _subtract(start: int, end: int, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    pieces = [(start, end)]
    for t0, t1 in taken:
        pieces = [p for a, b in pieces for p in ((a, min(b, t0)), (max(a, t1), b)) if p[0] < p[1]]
    return pieces


def _remainder(text: str, pieces: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The longest leftover piece, trimmed, if it is still a meaningful value."""
    best = None
    for a, b in pieces:
        while a < b and text[a] in EDGE:
            a += 1
        while b > a and text[b - 1] in EDGE:
            b -= 1
        word = text[a:b]
        if sum(c.isalnum() for c in word) >= 4 and word.lower() not in LABELS and \
                not re.fullmatch(r"[a-z ]+", word) and (best is None or b - a > best[1] - best[0]):
            best = (a, b)
    return best
