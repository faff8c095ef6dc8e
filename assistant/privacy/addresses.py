"""One address from its pieces: the spans around a street, joined and grown to its edges.

Recognizers find an address in pieces: a street, a town read as a name, a country, and
between or around them a house number, a postcode or a comma no recognizer claims.
Left so, "<ADDRESS_1>, <LOCATION_1> 58395" would keep the postcode in clear and the
link between the pieces for a reader to put back together. ``assemble`` takes the
resolved, non-overlapping spans and joins the pieces that belong together, then grows
each address over what its edges leave, never into a neighbour, until nothing moves.
"""
from __future__ import annotations

import re

from .recognizers.locations import EIRCODE
from .spans import Span

PLACE_PIECE = {"ADDRESS", "LOCATION", "PERSON"}
# Between two pieces of one address: a comma or line break, a bare number ("Calzada Sur
# 736 985 992 462, Nueva Albania"), a compass word or town prefix ("\neast smithgate").
ADDRESS_GAP = re.compile(r"[ \t]*(?:\n[ \t]*)?(?:[,/][ \t]*)?(?:\n[ \t]*)?(?:\d{1,6}[ \t]+)?"
                         r"(?:(?i:north|south|east|west|new|port|lake|mount|fort|saint|st\.|san|santa)[ \t]+)?")
# Inside a place's name: "Duarte do Campo", "Šempeter pri Gorici", "Frankfurt am Main",
# "Rohrbach in Oberösterreich", "Aebi an der Aare", "Dobrovo v Brdih", "Mikulovice u Znojma".
PLACE_JOINER = re.compile(r"[ \t]+(?:(?:de|do|da|dos|das|di|del|della|y|pri|nad|pod|na|v|u|ob|sur|lui|am|an|bei|in)[ \t]+"
                          r"(?:(?:der|den|la|los|las|le|les)[ \t]+)?)")

# Before a street that starts with its word: its house number ("3, rue Marthe Rossi",
# "Nr. 5 Bulevardul ...") or the preposition that opens its name ("Na Laurové 846").
HOUSE_BEFORE = re.compile(r"(?:(?:\b(?:No|Nr|N[º°]|Số)\.?[ \t]*)?\b\d{1,5}[A-Za-z]?(?:/\d{1,5}[A-Za-z]?)*"
                          r"(?:,?[ \t]+|/)|\b(?:Na|U|K|Ke|V|Ve|Pod|Nad|Za|Am|An|Auf|Im|Zum|Zur)[ \t]+)\Z")
# Before a number-led one: "Nr. ", "unit ", the flat and building of "Số 5/75/838 Phố ...",
# a unit on the line above ("Flat 92\n95 Mason Beach Road").
NUMBER_BEFORE = re.compile(r"(?:\b(?:No|Nr|N[º°]|Số)\.?[ \t]*(?:\d{1,5}(?:/\d{1,5})*/)?|\b\d{1,5}(?:/\d{1,5})*/"
                           r"|(?i:\b(?:unit|apt|apartment|flat|studio|suite|ste|room|block|lot|phase)\.?[ \t]+)"
                           r"|(?i:\b(?:unit|apt|apartment|flat|studio|suite|ste|room)\.?[ \t]?\d{1,5}[A-Za-z]?)[ \t]*[,\n][ \t]*)\Z")
# After an address, glued: the rest of its house number ("Ackermannring 22-66"), the last
# group of a split postcode ("Guyana 585 30"), an estate phase's number.
_GLUED = r"(?<=\d)[-/]\d{1,5}[A-Za-z]?\b|(?<=\b\d{3})[ \t]\d{2}\b|(?<=[Pp]hase)[ \t]+\d{1,3}\b"
# Or, after a space, comma or line break (or a region code's line, as address layouts print
# it): a postcode as the world writes it ("58395", "H-2873", "74103-1234", "2108 NT",
# "3798-213", "24-173"), an Eircode, an estate phase, a province code ("Raveo (UD)"), a
# region word ("Košický kraj").
_SEPARATOR = r"(?:[ \t]*\n?[ \t]*,[ \t]*[A-Z]{2,3}[ \t]*\n[ \t]*|[ \t]?,?[ \t]?(?:\n[ \t]*)?)"
_CODE = (r"(?:(?:[A-Z]{1,2}-?\d{3,7}|\d{5}-\d{4}|\d{4}[ \t]?[A-Z]{2}|\d{4}-\d{3}|\d{2}-\d{3}|\d{3,7}"
         rf"|{EIRCODE}|(?i:phase|block|blk|lot)[ \t]?\d{{1,3}})\b|\([A-Z]{{2,3}}\)"
         r"|(?i:kraj|kunta|megye|oblast|county|province|district|region)\b)")
CODE_AFTER = re.compile(rf"(?:{_GLUED}|{_SEPARATOR}{_CODE})(?![-/.:,]?\d)")  # not the first digits of a date
# After a town: Spanish "los/las ..." ("San Miguel los Altos") and a canton or province
# code ("Menthonnex (AR)").
PLACE_AFTER = re.compile(r"[ \t]+(?:de[ \t]+)?(?:los|las)[ \t]+\w+|[ \t]*\([A-Z]{2,3}\)")


def assemble(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` (non-overlapping, sorted) with the pieces of each address made one.

    Joining and growing take turns: a house number or postcode taken in can close the gap
    to the next piece, and a joined piece can end where a postcode follows."""
    spans = join(text, spans)
    for _ in range(3):
        grown = join(text, grow(text, spans))
        if grown == spans:
            break
        spans = grown
    return spans


def join(text: str, spans: list[Span]) -> list[Span]:
    """An address and the place pieces beside it, with only a comma or a line break
    between, are one address. A name right after an address is its town as often as not
    ("12 Oak Road, Ashby"): it joins too; a name before one does not ("Ann, 12 Oak Road").
    A place and the piece after one of its particles are one place ("Duarte do Campo")."""
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


def grow(text: str, spans: list[Span]) -> list[Span]:
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
