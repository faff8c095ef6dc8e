"""The one recognizer shape our domain recognizers share: pattern + checksum + context.

Context words are read from the raw text in a character window before (and
optionally after) the match, not from spaCy lemmas: the redactor disables the
lemmatizer for speed, and a window over characters behaves the same whichever
pipeline runs.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import Path

import regex
from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult

YEAR_ONLY = re.compile(r"(?:19|20)\d{2}")
YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")
FIELD_BREAK = re.compile(r"[,;\n]|\s-\s")  # " – " too: the view reads "–" as "-"
LABEL_AFTER = re.compile(r"[ \t]*\(([^()\n]{1,30})\)")
# The noun that ends an ID's label: "member ID", "policy number", "Acct No.", "insurance #".
ID_NOUN = r"(?:\b(?:ID|Id|id|[Nn]umber|[Nn]o\.?)|#)"
BARE_ID_LABEL = re.compile(rf"[ \t]*{ID_NOUN}(?:[ \t]*{ID_NOUN})?[ \t]*(?:[:#][ \t]*)?")  # "ID no."
ID_NOUN_END = re.compile(rf"{ID_NOUN}$")
# Or named in the words after it: "QW-112233 is her insurance ID", "55667788 on her insurance card".
NAMED_AFTER = re.compile(rf"[ \t]+(?:is|was|on)[ \t]+([^\n,;.?!()]{{0,24}}?(?:{ID_NOUN}|\bcard\b))")
# A bare ID noun right before the value, led by punctuation or a small word, not by another
# noun ("is number 55667788", "old number was 88776655", but not "phone number 301-4477"):
# the label's kind may then stand anywhere earlier in the sentence.
_SMALL = r"is|was|under|with|the|its|his|her|their|new|old|same|a|an|as|by"  # words that lead to a noun
_LEAD = rf"(?:^|[,(:][ \t]*|\b(?:{_SMALL})[ \t]+)"
# A label's end, right before its value: "ID: ", "number is ", "# ", "ID of ", "ID ("
LABEL_END = rf"{ID_NOUN}[ \t]*(?:(?:is|was|of)[ \t]+|[:#][ \t]*)?\(?$"
ID_NOUN_BEFORE = re.compile(rf"{_LEAD}{LABEL_END}")
# Where a label's reach back ends: a sentence's close, a semicolon, a line break (a form's
# next field). Not ``ner.SENTENCE_END``, which runs on across a wrapped line on purpose.
_SENTENCE_BREAK = r"[.?!](?=\s+[A-Z])|\n"
CLAUSE_END = re.compile(rf"{_SENTENCE_BREAK}|;")
CLAUSE_WINDOW = 90
# Where a sentence-wide label's reach ends: as a clause's, but on across a semicolon
# ("insurance card was lost; old number was 88776655").
SENTENCE_BREAK = re.compile(_SENTENCE_BREAK)
SENTENCE_WINDOW = 150
_CONTACT = r"(?:call|phone|tel|fax|dial|text|cell|mobile|pager|contact)"
# A label of another kind between a sentence's context word and the value: "insurance
# verified, phone number 5551234567". Not a small word before the noun ("the number on
# the card is ...").
OTHER_LABEL = re.compile(rf"\b(?!(?:{_SMALL}|to)\b)"
                         rf"[A-Za-z]{{2,}}[ \t]*{ID_NOUN}(?![a-z])|\b{_CONTACT}\b", re.I)
OWN_NOUN = re.compile(rf"(?:['’]s)?(?:[ \t]*{ID_NOUN})*")
LETTERED = re.compile(r"#?[A-Z]")
# A number that counts, measures or costs is no identifier: "500 mg", "72000000 people",
# "1000000 per occurrence", "$45678".
UNIT_AFTER = regex.compile(r"[ \t]*(?:mg|mcg|µg|g|kg|ml|mL|l|units?|iu|IU|%|mmHg|bpm|times|x|"
                           r"days?|weeks?|months?|years?|hours?|hrs?|min(?:utes)?)(?!\w)")  # not \b: "75%."
COUNTED_AFTER = re.compile(r"[ \t]*(?:percent|per\b|(?:[A-Z][a-z]+[ \t]+)?(?:people|persons|members|patients|"
                           r"beneficiaries|enrollees|lives|adults|children|residents|employees|"
                           r"individuals|visits|claims|cases|deaths|dollars|shares)\b|"
                           r"(?:credit[ \t]+)?score\b|points?\b|bps\b|basis[ \t]+points\b)")  # "a 580 credit score"
FIGURE = re.compile(r"\d+(?:[-,.]\d+)*")  # "5-10%", "1,250 members"
CHROMOSOME_BAND = re.compile(r"\d{1,2}[pq]\d{1,2}(?:\.\d{1,2})?")  # "a 15q11.2 microdeletion"
SMALL_RANGE = re.compile(r"\d{1,2}-\d{1,3}")  # "members aged 50-74", "18-64"
# A claim adjustment's group and reason code (X12 CARC): "CO-45", "PR-1", "OA-23".
ADJUSTMENT_CODE = re.compile(r"(?:CO|PR|OA|PI|CR)-\d{1,3}")
CURRENCY_BEFORE = re.compile(r"[$€£¥][ \t]?$")
# A code system's or a phone's own label names the value as something else: "CPT 1234567",
# "NDC 00021433", "fax is 8005551234". Read before the value and at its start (a span
# may hold its label: "CPT 1234567").
_OTHER_CODE = (rf"\b(?:CPT|HCPCS|NDC|NPI|ICD(?:-?\d{{1,2}})?(?:-[A-Z]{{2,3}})?|DRG|LOINC|SNOMED|RxNorm|lot|batch|{_CONTACT}|"
               r"GL account|G/L(?: account)?|general ledger(?: account)?|cost cent(?:er|re))\b")  # the bank's own books
OTHER_CODE_BEFORE = re.compile(rf"{_OTHER_CODE}[ \t]*(?:(?:#|no\.?|number|code)[ \t]*)?(?:is|was)?[ \t]*[:#]?[ \t]*$", re.I)
OTHER_CODE_OPENS = re.compile(_OTHER_CODE, re.I)
# A service's toll-free line, in digits or letters: "1-800-633-4227", "1800MEDICARE".
TOLL_FREE = re.compile(r"(?:1-?)?8(?:00|33|44|55|66|77|88)-?[A-Z0-9]{3}-?[A-Z0-9]{4,}", re.I)
# Read only sentence-wide, where no label stands by the value: "premiums were 1234567",
# "rose to 2500", "the loan is 5500000" (a round figure).
AMOUNT_BEFORE = re.compile(r"\b(?:to|of|by|from|were|total(?:ed|ing)?|about|approximately|nearly)[ \t]+$", re.I)
ROUND = re.compile(r"\d*000")
CASE_SENSITIVE = re.DOTALL | re.MULTILINE
CASE_INSENSITIVE = re.DOTALL | re.MULTILINE | re.IGNORECASE


def result(recognizer, entity: str, start: int, end: int, score: float) -> RecognizerResult:
    """A finding, signed with the recognizer that made it (Presidio's metadata keys)."""
    return RecognizerResult(entity, start, end, score, recognition_metadata={
        RecognizerResult.RECOGNIZER_NAME_KEY: recognizer.name,
        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id})


@functools.cache
def word_list(name: str) -> frozenset[str]:
    """A word list shipped beside the recognizers (one entry a line, "#" comments),
    read once per process: ``given_names.txt``, ``common_words.txt`` ..."""
    lines = (Path(__file__).parent / name).read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def fold(text: str) -> str:
    """Case and accents folded: "Ohrí" and "Ohří" are the same key."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'")


# Letters NFKD does not take apart, as addresses and name lists write them in ASCII.
ASCII_TWINS = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D"})


def fold_letters(value: str) -> str:
    """Letters only, accents and case dropped as the name lists' keys are: "Erzsébet" ->
    "erzsebet", "Aydın" -> "aydin"."""
    return "".join(c for c in fold(value.translate(ASCII_TWINS)) if c.isalpha() and c.isascii())


@functools.cache
def sector_words() -> frozenset[str]:
    """Words of the sectors' texts that no dictionary holds and that are no names: their
    terms (``jargon.txt``: "ach", "copay", "hcpcs") and the physicians' names of signs and
    tests (``eponyms.txt``: "romberg", "lachman"). Both hand-made."""
    return word_list("jargon.txt") | word_list("eponyms.txt")


@functools.cache
def english_words() -> frozenset[str]:
    """SCOWL's lower-case words (``common_words.txt`` and ``name_words.txt``), and the
    sectors' words (``sector_words``)."""
    return word_list("common_words.txt") | word_list("name_words.txt") | sector_words()


def slips(word: str) -> frozenset[str]:
    """``word`` with one slip of the keys, as analysts type: a letter dropped ("polcy"), two
    swapped ("memebr"), one doubled ("membber"); none that is an English word ("ember")."""
    out = {word[:i] + word[i + 1:] for i in range(len(word))}
    out |= {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)}
    out |= {word[:i + 1] + word[i:] for i in range(len(word))}
    return frozenset(w for w in out if w != word and w not in english_words())


SLIP_WORD = re.compile(r"[a-z]{4,}")


def window_start(text: str, start: int, width: int) -> int:
    """Where a context window of ``width`` characters before ``start`` opens, past the word
    its edge would cut: the tail of "Iodine" is not the word "ine"."""
    lo = max(0, start - width)
    while 0 < lo < start and text[lo - 1].isalnum() and text[lo].isalnum():
        lo += 1
    return lo


def context_regex(words: tuple[str, ...]) -> re.Pattern | None:
    if not words:
        return None
    # Whole words in any alphabet: "vin" is not a context word inside "vinárska".
    return re.compile(r"(?<![^\W\d_])(?:" + "|".join(words) + r")(?![^\W\d_])", re.IGNORECASE)


def any_case(words: str) -> str:
    """An alternation of the words, in any case, grouped by first letter: a case-blind
    alternation of a hundred words is tried word by word at every position, this one
    only where a first letter fits (the street words: 157 -> 129 ms on the ingest sample)."""
    by_first: dict[str, set[str]] = {}
    for word in words.split():
        by_first.setdefault(word[0].lower(), set()).add(word[1:])
    groups = ["[" + regex.escape(first + first.upper()) + "](?i:" +
              "|".join(regex.escape(rest) for rest in sorted(rests, key=len, reverse=True)) + ")"
              for first, rests in sorted(by_first.items())]
    return "(?:" + "|".join(groups) + ")"



def _required_text(fragment: str) -> str:
    """The longest lower-case text every match of a context fragment holds: "united
    ?healthcare" -> "healthcare", "mo[ -]?healthnet" -> "healthnet", "mr#" -> "mr#";
    "" when there is none to be sure of (a top-level "|")."""
    runs, run, depth, i = [], "", 0, 0
    while i < len(fragment):
        c = fragment[i]
        if c == "\\" and i + 1 < len(fragment):
            if depth == 0 and not fragment[i + 1].isalnum():
                run += fragment[i + 1]
            elif depth == 0:  # \b, \d ...: no text of its own
                runs.append(run)
                run = ""
            i += 2
            continue
        if c in "([":
            depth += 1
        elif c in ")]":
            depth -= 1
        elif c == "|" and depth == 0:
            return ""
        if depth or c in ")]":
            runs.append(run)
            run = ""
        elif c in "?*{":
            runs.append(run[:-1])  # the character before an optional mark may be absent
            run = ""
            if c == "{":
                i = fragment.index("}", i)
        elif c in ".+^$":
            runs.append(run)
            run = ""
        else:
            run += c
        i += 1
    runs.append(run)
    return max(runs, key=len).lower()


class CodeRecognizer(EntityRecognizer):
    """A recognizer written as code, not as patterns: a subclass names its ``ENTITIES``
    and writes ``analyze``; its name is its class's, as for the pattern recognizers."""

    ENTITIES: tuple[str, ...] = ()

    def __init__(self) -> None:
        super().__init__(supported_entities=list(self.ENTITIES), name=type(self).__name__)

    def load(self) -> None:
        """Read what ``analyze`` needs (word lists), once per process; nothing by default."""


class Prefiltered:
    """Skips a text at once when a character every match needs is absent from it.

    One C-level search per text instead of every pattern's scan: most texts carry
    no digits, no "@", so most recognizers have nothing to do on most texts.
    """

    PREFILTER: str | None = None  # regex one match must contain; None: always run

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        needs = _needs(self.PREFILTER)
        if needs is not None and not needs.search(text):
            return []
        return self.find_all(text, entities, nlp_artifacts, regex_flags)

    def find_all(self, text, entities, nlp_artifacts=None, regex_flags=None):
        return super().analyze(text, entities, nlp_artifacts, regex_flags)


@functools.cache
def _needs(pattern: str | None) -> re.Pattern | None:
    return None if pattern is None else re.compile(pattern)


class ContextPatternRecognizer(Prefiltered, PatternRecognizer):
    """Subclasses set the class attributes; ``check`` is the checksum (None: none)."""

    ENTITY = ""
    PREFILTER = r"\d"  # identifiers carry digits; names, places and SWIFT codes set their own
    PATTERNS: tuple[tuple[str, str, float], ...] = ()  # (name, regex, score)
    CONTEXT: tuple[str, ...] = ()  # regex fragments, case-insensitive, whole words
    CONTEXT_SLIPS: tuple[str, ...] = ()  # context words read with one slip of the keys too
    CONTEXT_REQUIRED = False  # without a context word the match is dropped
    CONTEXT_SCORE = 0.9
    VALID_SCORE = 1.0  # score when the checksum passes
    CONTEXT_OVERRIDES_CHECK = False  # a labelled value counts even if its checksum fails
    NEEDS_CONTEXT: frozenset[str] = frozenset()  # pattern names too loose to stand alone
    # ... and, where CONTEXT_REQUIRED, those whose shape alone names the value ("MR-1093382",
    # a GS1 UDI): tried in every text, kept without a context word.
    STANDS_ALONE: frozenset[str] = frozenset()
    CONTEXT_IN_VALUE = False  # e.g. "HMO-234567": the label is part of the value
    # Per pattern, what a text must hold for that pattern to be tried at all (a cheap search
    # instead of a scan at every position): {"before_id": r"(?i:dob|mrn)"}.
    PATTERN_NEEDS: dict[str, str] = {}
    WINDOW_BEFORE = 40
    WINDOW_AFTER = 0
    FLAGS = CASE_INSENSITIVE

    def __init__(self) -> None:
        patterns = [Pattern(name, regex, score) for name, regex, score in self.PATTERNS]
        super().__init__(supported_entity=self.ENTITY, name=type(self).__name__,
                         patterns=patterns, global_regex_flags=self.FLAGS)
        self._slips = frozenset().union(*map(slips, self.CONTEXT_SLIPS))
        self._context = context_regex(self.CONTEXT + tuple(sorted(self._slips)))
        # What a text must hold for any context word to be in it: each word's longest
        # literal text, in lower case. A substring test per word is far cheaper than one case-blind scan
        # of a hundred-word alternation (member_id's payers: 0.12 -> 0.05 s on the ingest
        # passages), and it passes every text the words could match in.
        openings = [(_required_text(word), word.lower()) for word in self.CONTEXT]
        # A short one that opens its word must open a word of the text too: "cin" is in
        # "medicine" and "vaccine", "ins" in most medical texts, and neither is a context word there.
        short = sorted({o for o, word in openings if len(o) < 5 and o.isalpha() and word.startswith(o)})
        self._openings = tuple(o for o, _ in openings if o not in short)
        self._word_openings = re.compile(rf"(?<![^\W\d_])(?:{'|'.join(short)})") if short else None
        # Compiled once here: Presidio's own loop times and explains every match, which
        # costs more than the matching on short texts.
        self._compiled = [(p.name, p.score, regex.compile(p.regex, self.FLAGS)) for p in patterns]
        self._needs = {name: regex.compile(needs) for name, needs in self.PATTERN_NEEDS.items()}

    def check(self, value: str) -> bool | None:
        return None

    def find_all(self, text, entities, nlp_artifacts=None, regex_flags=None):
        # A recognizer that keeps no match without a context word has nothing to do
        # in a text that holds none: one search instead of every pattern's scan.
        if self.CONTEXT_REQUIRED and self.CONTEXT and not self._may_have_context(text):
            return self._find_all(text, self.STANDS_ALONE) if self.STANDS_ALONE else []
        return self._find_all(text)

    def _may_have_context(self, text: str) -> bool:
        lowered = text.lower()
        return any(opening in lowered for opening in self._openings) or \
            bool(self._word_openings and self._word_openings.search(lowered)) or \
            bool(self._slips) and not self._slips.isdisjoint(SLIP_WORD.findall(lowered))

    def validate_result(self, pattern_text: str) -> bool | None:
        return None  # decided in analyze(), where the context is known

    def has_context(self, text: str, start: int, end: int) -> bool:
        if self._context is None:
            return False
        before = text[window_start(text, start, self.WINDOW_BEFORE):end if self.CONTEXT_IN_VALUE else start]
        after = text[end:end + self.WINDOW_AFTER]
        return bool(self._context.search(before) or (after and self._context.search(after)))

    def _find_all(self, text: str, only: frozenset[str] | None = None) -> list[RecognizerResult]:
        kept: list[RecognizerResult] = []
        seen: set[tuple[int, int]] = set()
        for name, score, compiled in self._compiled:
            if only is not None and name not in only or name in self._needs and not self._needs[name].search(text):
                continue
            for match in compiled.finditer(text):
                start, end = match.span()
                if start == end or (start, end) in seen:
                    continue
                final = self.rescore(text, start, end, name, score)
                if final is not None:
                    seen.add((start, end))
                    kept.append(result(self, self.ENTITY, start, end, final))
        return kept

    def rescore(self, text: str, start: int, end: int, pattern: str, score: float) -> float | None:
        near = self.has_context(text, start, end)
        if (self.CONTEXT_REQUIRED and pattern not in self.STANDS_ALONE or pattern in self.NEEDS_CONTEXT) and not near:
            return None
        valid = self.check(text[start:end])
        if valid is False and not (near and self.CONTEXT_OVERRIDES_CHECK):
            return None
        if valid:
            score = max(score, self.VALID_SCORE)
        if near:
            score = max(score, self.CONTEXT_SCORE)
        return score


class IdentifierInContext(ContextPatternRecognizer):
    """An ID with no checksum, named by the words before it ("MRN:", "policy #") or by its
    label in brackets after it ("98765432 (insurance)")."""

    CONTEXT_REQUIRED = True
    WINDOW_BEFORE = 30

    # Values whose shape alone marks them as IDs, so that a context word anywhere earlier in
    # their sentence names them: "her insurance changed in January and the new one is
    # 55443322" (None: the value's own field or clause must hold the word).
    SENTENCE_SHAPE: re.Pattern | None = None

    def check(self, value: str) -> bool | None:
        return False if YEAR_ONLY.fullmatch(value) else None  # "chart from 2021"

    def rescore(self, text, start, end, pattern, score):
        if other_kind(text, start, end):
            return None
        if pattern == "grouped" and YEAR_IN.search(text[start:end]):
            return None  # a pattern of digit groups: "since 2019 12 months" is a year and a count
        return super().rescore(text, start, end, pattern, score)

    def has_context(self, text: str, start: int, end: int) -> bool:
        if self._context is None:
            return False
        if self._context.search(self._field(text, start, end)):
            return True
        # Or the label right after the value: "98765432 (insurance)", "... is his policy number".
        after = LABEL_AFTER.match(text, end) or NAMED_AFTER.match(text, end)
        if after and self._context.search(after[1]) or self._context.search(self._clause(text, start)):
            return True
        header = column_header(text, start)
        return bool(header and self._context.search(header)) or self._in_sentence(text, start, end)

    def _field(self, text: str, start: int, end: int) -> str:
        """The words of the value's own field before it: in "MRN: 123, phone (555)
        301-4477" the phone digits are not an MRN."""
        fields = FIELD_BREAK.split(text[window_start(text, start, self.WINDOW_BEFORE):start])
        # A comma or a dash right after an ID's label still leads to its value ("member ID,
        # MH-556677", "insurance # - 55-8899-001"), and a bare "ID" after one goes on the
        # field before it ("Insurance: Aetna PPO, ID W998877665"); so does a "#" that opens
        # the value ("coverage: Oxford, #OX556677").
        glued = len(fields) > 1 and (not fields[-1].strip() and (ID_NOUN_END.search(fields[-2])
                                                                 or text.startswith("#", start))
                                     or BARE_ID_LABEL.fullmatch(fields[-1]))
        return (fields[-2] if glued else "") + fields[-1] + (text[start:end] if self.CONTEXT_IN_VALUE else "")

    def _clause(self, text: str, start: int) -> str:
        """The clause before the value when a bare ID noun leads to it: "His insurance
        through the state exchange is number 55667788"."""
        if not ID_NOUN_BEFORE.search(text, max(0, start - self.WINDOW_BEFORE), start):
            return ""
        before = text[max(0, start - CLAUSE_WINDOW):start]
        ends = list(CLAUSE_END.finditer(before))
        return before[ends[-1].end():] if ends else before

    def _in_sentence(self, text: str, start: int, end: int) -> bool:
        """A context word earlier in the sentence of a value shaped like an ID, with no
        label of another kind between them."""
        if self.SENTENCE_SHAPE is None or not self.SENTENCE_SHAPE.fullmatch(text, start, end):
            return False
        if ROUND.fullmatch(text, start, end) or AMOUNT_BEFORE.search(text, max(0, start - 16), start):
            return False
        before = text[max(0, start - SENTENCE_WINDOW):start]
        ends = list(SENTENCE_BREAK.finditer(before))
        words = list(self._context.finditer(before, ends[-1].end() if ends else 0))
        if words:
            # The context word's own noun is its label, not another's: "insured's ID number".
            own = OWN_NOUN.match(before, words[-1].end())
            if not OTHER_LABEL.search(before, own.end()):
                return True
        return LETTERED.match(text, start) is not None and self._named_later(text, end)

    def _named_later(self, text: str, end: int) -> bool:
        """A context word later in the sentence, no label of another kind before it: "W1234567890
        - Aetna member", "claim for U7522377201 rejected: subscriber not found". Only for a
        value that opens with letters: a bare number there is as often an amount."""
        after = text[end:end + SENTENCE_WINDOW // 2]
        stop = SENTENCE_BREAK.search(after)
        word = self._context.search(after, 0, stop.start() if stop else len(after))
        return bool(word) and not OTHER_LABEL.search(after, 0, word.start())


# How a table typed as text splits its cells, and how many splits a row needs at least: prose
# has commas, rarely two rows of them in step.
CELL_SPLITS = (("|", 1), ("\t", 1), (";", 2), (",", 2))
RULE_ROW = re.compile(r"[ \t|:+-]*")  # a Markdown table's "|---|:--:|"


def column_header(text: str, start: int) -> str | None:
    """The header cell over a value in a table typed as text: in "mbr_id,cpt,status" over
    "JQP203948571,99396,paid" the value's header is "mbr_id". The header is the first line
    of the block of lines around the value split the same way; None outside a table."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start:len(text) if line_end < 0 else line_end]
    split = next((sep for sep, least in CELL_SPLITS if line.count(sep) >= least), None)
    if split is None:
        return None
    header, top = None, line_start
    while top > 0:
        above_start = text.rfind("\n", 0, top - 1) + 1
        above = text[above_start:top - 1]
        if above.count(split) != line.count(split):
            break
        if not RULE_ROW.fullmatch(above):
            header = above
        top = above_start
    # A header holds short labels and no figures; a row, short cells: not lines of prose
    # wrapped where they happen to hold as many commas.
    cells = header.split(split) if header else []
    if not cells or any(len(c.strip()) > 30 or any(ch.isdigit() for ch in c) for c in cells) \
            or any(len(c.strip()) > 40 for c in line.split(split)):
        return None
    column = text.count(split, line_start, start)
    return cells[column] if column < len(cells) else None


def other_kind(text: str, start: int, end: int) -> bool:
    """A count, a measure, a sum of money, a code system's value or a service's phone line:
    whatever its context words, not a person's identifier."""
    if CURRENCY_BEFORE.search(text, max(0, start - 2), start) or TOLL_FREE.fullmatch(text, start, end) \
            or ADJUSTMENT_CODE.fullmatch(text, start, end):
        return True
    if text[max(0, start - 1):start] == "+" or text.startswith("+", start):
        return True  # "+1-804-555-8747", "+48 577 248 494": a phone in international form
    if OTHER_CODE_OPENS.match(text, start, end) or OTHER_CODE_BEFORE.search(text, max(0, start - 24), start):
        return True
    if CHROMOSOME_BAND.fullmatch(text, start, end) or SMALL_RANGE.fullmatch(text, start, end):
        return True
    return bool(FIGURE.fullmatch(text, start, end)) and bool(UNIT_AFTER.match(text, end) or COUNTED_AFTER.match(text, end))
