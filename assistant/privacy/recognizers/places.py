"""Towns and cities spaCy's small model never saw, from a GeoNames gazetteer.

"We moved here from ESPOO", "Ostrov nad Ohrí" on an address line: the model
tags neither. ``places.txt`` (built by ``domains/build_gazetteer.py``) lists
countries and every town of 5,000+ people. Many town names are also English
words ("Sale", "Normal", "Split", "Reading"), so a name in the list is only
taken where its place in the text says it is a place:

- after a place word: "in", "from", "to", "near", "city", "town" ... ;
- alone on its line in an address block: a name of two words or more, or one
  word with a postcode beside it or a country on the next line;
- a country's name (a few that are also words or names need a place word);
- a name joined by a lower-case particle ("Chiclana de la Frontera").

Never before a word that makes it an eponym ("Wells score").
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

import regex

from . import register
from .base import CodeRecognizer, any_case, fold, result
from .locations import CARE_UNITS, after_settling_word
from .terms import EPONYM_NEXT
from .unlisted import is_known, known_words

GAZETTEER = Path(__file__).with_name("places.txt")
MAX_WORDS = 5
WORD = re.compile(r"[^\W\d_][\w'’.-]*")
# Lower-case words allowed inside a name: "Chiclana de la Frontera", "Ostrov nad Ohrí".
JOINERS = {"de", "del", "la", "le", "les", "los", "las", "di", "da", "do", "dos", "das", "du",
           "nad", "pod", "am", "an", "der", "im", "sur", "sous", "en", "upon", "on", "y", "i", "e",
           "op", "aan", "van", "den", "het", "sankt", "st.", "and", "the",  # "Saint Vincent and the Grenadines"
           "na", "v", "u", "o", "ob", "bei"}  # "Ravne na Koroškem", "Ústí nad Labem", "Kirchheim bei München"
# A place word or a place label just before a name: "born in", "moved to the", "Town:".
PLACE_BEFORE = re.compile(
    r"(?:\b(?:in|from|to|near|into|toward|towards|outside|around|via|visit|visited|visiting|"
    r"city|town|village|county|municipality|hometown|moved to|born in|lives in|living in)"
    r"[ \t]+(?:the[ \t]+)?"
    r"|\b(?:city|town|village|county|municipality|hometown|place of birth|birthplace)[ \t]*:[ \t]*)$", re.IGNORECASE)


def after_place_word(text: str, start: int) -> bool:
    """A place word or label ends where ``start`` is."""
    return PLACE_BEFORE.search(text, max(0, start - 24), start) is not None


LINE_ALONE = re.compile(r"(?:^|\n)[ \t]*$")
LINE_END = re.compile(r"[ \t]*,?[ \t]*(?P<code>\d{3,6}(?:[ -]\d{2,4})?)?[ \t]*(?:\n[ \t]*(?P<next>[^\W\d_][\w .'’-]*)|$)")
# A country's name with its variant as lists print it: "Cyprus (Greek)", "Korea (South)",
# "Congo (Kinshasa)".
COUNTRY_VARIANT = re.compile(r"[ \t]*\((?:[A-Z][\w'’.-]*)(?:[ \t][A-Z][\w'’.-]*){0,2}\)")
SEASONS = {"spring", "summer", "autumn", "fall", "winter"}
# Country names that are also common words or first names: taken only after a place word.
AMBIGUOUS_COUNTRIES = {"chad", "jordan", "turkey", "georgia", "guinea", "china", "niger", "jersey",
                       "man", "israel", "india", "mali", "peru", "cuba"}


# Countries by the English names people write that GeoNames' list does not carry (it has
# "Czechia", "The Netherlands", "Myanmar", "Eswatini").
COUNTRY_ALIASES = (
    "Czech Republic", "Netherlands", "Holland", "Korea", "Vatican City", "Swaziland", "Burma", "East Timor",
    "Timor-Leste", "Cape Verde", "Great Britain", "England", "Scotland", "Northern Ireland",
    "United States of America", "Bosnia", "Congo", "The Gambia", "The Bahamas", "Türkiye", "Slovak Republic",
    "Saint Lucia", "St. Lucia", "Ivory Coast", "Cote d'Ivoire", "US Virgin Islands", "Svalbard", "Jan Mayen",
    "South Georgia", "Macedonia", "North Macedonia", "Russian Federation", "Republic of Korea", "Viet Nam",
)


# States and provinces named alone. Not "New York" or "Washington": as often the city.
REGIONS = (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
    "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky",
    "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi",
    "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico",
    "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
    "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia",
    "West Virginia", "Wisconsin", "Wyoming", "Puerto Rico", "Alberta", "British Columbia", "Manitoba",
    "New Brunswick", "Newfoundland", "Nova Scotia", "Ontario", "Quebec", "Saskatchewan",
)
NATIONS_SHORT = ("US", "U.S.", "USA", "U.S.A.", "UK", "U.K.", "EU", "UAE", "the US", "the U.S.", "the UK", "the U.K.")


def is_region(value: str) -> bool:
    """A country, a state or a province named alone ("Brazil", "the United Kingdom",
    "Texas"): under HIPAA Safe Harbor only units smaller than a state identify."""
    if value in NATIONS_SHORT:
        return True
    key = fold(value.removeprefix("the ").removeprefix("The "))
    return key in gazetteer()[0] or key in _regions()


def is_place(value: str) -> bool:
    """A country, a state or province, or a town of the gazetteer."""
    countries, towns, _ = gazetteer()
    key = fold(value)
    return key in countries or key in towns or key in _regions()


@functools.cache
def _regions() -> frozenset[str]:
    return frozenset(fold(name) for name in REGIONS)


@functools.cache
def gazetteer() -> tuple[frozenset[str], frozenset[str], dict[str, int]]:
    """(countries, towns, longest): folded names, and the most words a name
    starting with a given folded word has (most capitalised words start none)."""
    countries, towns, longest = set(), set(), {}
    rows = [line.split("\t", 1) for line in GAZETTEER.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]  # stored folded by the build script
    for kind, key in rows + [["C", fold(name)] for name in COUNTRY_ALIASES]:
        (countries if kind == "C" else towns).add(key)
        first, n = key.split(" ", 1)[0], key.count(" ") + 1
        longest[first] = max(longest.get(first, 0), n)
    return frozenset(countries), frozenset(towns - countries), longest


@register("places")
class PlaceNameRecognizer(CodeRecognizer):
    ENTITIES = ("LOCATION",)
    SCORE = 0.7

    def load(self) -> None:
        self.countries, self.towns, self.longest = gazetteer()

    def analyze(self, text, entities, nlp_artifacts=None):
        if "LOCATION" not in entities:
            return []
        words = list(WORD.finditer(text))
        results, taken_to = [], 0
        for i, first in enumerate(words):
            if first.start() < taken_to or not first.group()[0].isupper():
                continue
            span = self._longest(text, words, i)
            if span is not None:
                taken_to = span[1]
                results.append(result(self, "LOCATION", *span, self.SCORE))
        return results

    def _longest(self, text: str, words: list[re.Match], i: int) -> tuple[int, int] | None:
        """The longest listed name starting at word ``i`` that the text shows to be a place."""
        start = words[i].start()
        most = self.longest.get(fold(words[i].group().rstrip(".")), 0)
        for j in range(min(len(words), i + min(most, MAX_WORDS)) - 1, i - 1, -1):
            last = words[j]
            between = text[start:last.end()]
            if "\n" in between or not last.group()[0].isupper() or any(
                    w.group() not in JOINERS and not w.group()[0].isupper() for w in words[i:j + 1]):
                continue
            key = fold(between.rstrip("."))
            is_country = key in self.countries
            if not (is_country or key in self.towns):
                continue
            joined = any(w.group() in JOINERS for w in words[i + 1:j])
            if self._placed(text, start, last.end(), key, is_country, multiword=j > i, joined=joined):
                end = start + len(between.rstrip("."))
                variant = is_country and COUNTRY_VARIANT.match(text, end)
                return start, variant.end() if variant else end
        return None

    def _placed(self, text: str, start: int, end: int, key: str, is_country: bool, multiword: bool,
                joined: bool) -> bool:
        if not multiword and text[start:end].isupper() and end - start < 5 and not (
                after_settling_word(text, start) and key not in CARE_UNITS):
            return False  # "APT", "RENO Study": an acronym far more often than a town
        if key in SEASONS:
            return False  # "in Spring 2020": a season far more often than Spring, Texas
        if EPONYM_NEXT.match(text, end):
            return False  # "an increase in Wells score", "Lyme disease"
        if after_place_word(text, start):
            return True
        line = LINE_ALONE.search(text, max(0, start - 8), start) and LINE_END.match(text, end)
        if line and (multiword or is_country or line["code"] or self._country_line(line["next"])):
            return True  # a single word alone on its line ("Page") must sit on an address block
        # "Country Club" and "West End" are towns too: two capitalised words are not enough.
        # A name of three hyphened parts is one whatever the context: "Montemor-o-Novo".
        return (is_country and key not in AMBIGUOUS_COUNTRIES) or joined or key.count("-") >= 2

    def _country_line(self, line: str | None) -> bool:
        words = (line or "").split()
        return any(fold(" ".join(words[:n])) in self.countries for n in range(1, min(len(words), 4) + 1))


# A town prefix ("North Russell", "Port Maria", "San Ignacio", "Thành phố Huế") makes the
# name after it a place, where a place word comes before ("born in", "Town:"). The name
# must not be a known word or a people's adjective: "in new gene", "in East Asian".
TOWN_PREFIX = re.compile(
    r"(?<![^\W\d_])" + any_case("north south east west new port lake mount mt. mt fort ft. ft saint st. san santa "
                                  "santo são nueva nuevo villa bad sankt puerto porto monte tp. tỉnh thành")
    + r"(?:[ \t]phố)?[ \t]+(?P<name>[^\W\d_][\w'’-]+)")
NEXT_CAPITALISED = regex.compile(r"[ \t]+\p{Lu}[\p{L}'’-]*")
DEMONYM = regex.compile(r"(?:an|ese|ish|ern|ian|ic)$")
# French compounds are towns whatever the context: "Boulogne-sur-Mer", "Meyer-sur-Béguelin".
FRENCH_TOWN = regex.compile(r"(?<![\w-])\p{Lu}[\p{L}'’]+(?:-\p{L}[\p{L}'’]*)*?-(?:sur|sous|lès|les|en|aux)-\p{Lu}[\p{L}'’]+(?:-\p{L}[\p{L}'’]*)*")
# Denmark's big cities are written with their postal district: "1050 København K", "Aarhus C".
DANISH_DISTRICT = regex.compile(r"(?i)(?<!\p{L})(?:københavn|kobenhavn|aarhus|århus|odense|aalborg|frederiksberg)"
                                r"[ \t]+(?:k|v|ø|n|s|c|m|nv|sv|nø|sø)(?![\p{L}\d])")
# A town as address lists print it, in capitals ("based in KURZENKIRCHEN", "from BASHALL
# TOWN"): after a place word, one to three words in capitals, one of them a spoken word of
# eight letters or more that no word list knows. Acronyms are shorter: on 25 million
# PHI-free characters five letters let gene symbols through ("PORCN", "GNPTAB"); six with
# the spoken test still "EBITDA", "NVIDIA", "NHANES"; eight none.
CAPS_TOWN = regex.compile(r"(?<![\w'’-])\p{Lu}{2,}(?:[-' ]\p{Lu}{2,}){0,2}(?![\w'’-])")
# A gene, protein or product symbol is followed by what it is ("the PORCN gene"); a town's
# name is spoken: vowels and consonants take turns ("KURZENKIRCHEN", not "GNPTAB").
SYMBOL_NEXT = regex.compile(r"[ \t]+(?i:genes?|proteins?|mutations?|variants?|alleles?|receptors?|enzymes?|"
                            r"deficiency|syndrome|inc|corp|ltd|llc|plc)\b")
SPOKEN = regex.compile(r"^(?:[^AEIOUY]{0,3}[AEIOUYÄÖÜÅÉÈ]+)+[^AEIOUY]{0,3}$")


@register("town_shapes")
class TownShapeRecognizer(CodeRecognizer):
    """Towns no list holds, known by their shape and the word before them."""

    ENTITIES = ("LOCATION",)
    SCORE = 0.6

    def load(self) -> None:
        known_words()

    def analyze(self, text, entities, nlp_artifacts=None):
        if "LOCATION" not in entities:
            return []
        found = [m.span() for m in FRENCH_TOWN.finditer(text)] + [m.span() for m in DANISH_DISTRICT.finditer(text)]
        found += [m.span() for m in CAPS_TOWN.finditer(text) if self._caps_town(text, m)]
        for m in TOWN_PREFIX.finditer(text):
            name = m["name"].lower()
            if after_place_word(text, m.start()) and not (
                    is_known(name) or DEMONYM.search(name) or EPONYM_NEXT.match(text, m.end())):
                found.append((m.start(), _name_end(text, m.end())))
        return [result(self, "LOCATION", a, b, self.SCORE) for a, b in found]

    @staticmethod
    def _caps_town(text: str, m: regex.Match) -> bool:
        words = regex.split(r"[-' ]", m.group())
        shortest = 3 if after_settling_word(text, m.start()) else 8
        return after_place_word(text, m.start()) and not SYMBOL_NEXT.match(text, m.end()) and any(
            len(w) >= shortest and SPOKEN.search(w) and not is_known(w) and w.lower() not in CARE_UNITS
            for w in words)


def _name_end(text: str, end: int) -> int:
    """The town's name goes on over capitalised words: "Thành phố Hà Nội", "San José Luis"."""
    for _ in range(2):
        word = NEXT_CAPITALISED.match(text, end)
        if word is None or is_known(word.group().strip()):
            break
        end = word.end()
    return end
