"""Token-aware chunking that keeps structure.

A chunk lies inside one block, so its page number is exact and its heading
path is the block's. It holds at most ``max_tokens`` by the caller's own
tokenizer (``count_tokens``, the embedder's), and it begins with up to
``overlap_tokens`` of the previous chunk's tail, so a sentence cut at a
boundary is still found whole in one of the two.

How a block is cut: its text is split at every paragraph break, sentence
end and line break into *units*, each counted once. Units are packed
greedily; where a chunk must end, it ends at the strongest boundary
(paragraph > sentence > line > word) that still leaves it at least half
full. A unit longer than ``max_tokens`` is cut between words, and a single
run of characters longer than that (a base64 blob) is cut inside it: the
only place a word is ever split. Every chunk is counted once more as a
whole before it is emitted, so tokenizers that do not add up piecewise (a
newline that is a token of its own) still never exceed the limit. Cost:
about two tokenizer passes over the text, linear in its length.

Chunk ids: ``chunk_id`` = first 16 hex digits of SHA-256 over (source path,
page, heading path, chunk text, and how many identical chunks came before it
in the document). So:
  - re-ingesting an unchanged file gives the same ids, and a passage that an
    edit elsewhere in the file did not touch keeps its id;
  - the same text in two files (or two copies of one file) gets distinct ids,
    because a citation must name the one file it came from;
  - a passage repeated within one page of one file still gets distinct ids;
  - moving or renaming a file changes its ids: it is a different citation.
The file's content hash is deliberately left out: with it, any edit would
re-key every chunk of the file.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from ..types import Chunk, Document
from .context import document_title

PARAGRAPH, SENTENCE, LINE, WORD, INSIDE_WORD = 4, 3, 2, 1, 0  # boundary strengths
MIN_FILL = 0.5  # a chunk is cut early at a better boundary only if it stays this full

# A sentence ends at . ! ? (then maybe a closing quote or bracket) and the next
# starts with a capital, a digit or an opening mark; or it ends at a CJK full
# stop, which needs no space after it. Abbreviations give false ends: that only
# moves where a chunk prefers to end, never what it contains.
SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*[ \t]+(?=[\"'“‘(\[]?[A-Z0-9])|(?<=[。！？])[ \t]*(?=\S)")
SENTENCE_CLOSED = re.compile(r"[.!?:;][\"'”’)\]]*$")
BLANK_LINES = re.compile(r"\n{3,}")


@dataclass(slots=True)
class _Unit:
    start: int  # character span in the block's normalised text
    end: int
    tokens: int
    strength: int  # of the boundary before this unit


def chunk_id(source: str, page: int | None, heading: str | None, text: str, repeat: int = 0) -> str:
    key = "\x00".join((source, str(page), heading or "", text, str(repeat)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def normalise(text: str) -> str:
    """Runs of spaces to one space, lines stripped, at most one blank line in a row."""
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


class Chunker:
    def __init__(self, count_tokens: Callable[[str], int], max_tokens: int = 256,
                 overlap_tokens: int = 32):
        if max_tokens < 8:
            raise ValueError("max_tokens must be at least 8")
        if not 0 <= overlap_tokens <= max_tokens // 2:
            raise ValueError("overlap_tokens must be between 0 and half of max_tokens")
        self.count = count_tokens
        self.max_tokens = max_tokens
        self.overlap = overlap_tokens

    def chunk(self, doc: Document) -> list[Chunk]:
        chunks: list[Chunk] = []
        seen: Counter[tuple] = Counter()
        title = document_title(doc)  # not in the id: a new metadata title must not re-key every passage
        for block in doc.blocks:
            for text in self.split(block.text):
                key = (block.page, block.heading, text)
                cid = chunk_id(doc.source, block.page, block.heading, text, seen[key])
                seen[key] += 1
                chunks.append(Chunk(cid, doc.source, len(chunks), text, block.page, block.heading, title))
        return chunks

    def split(self, text: str) -> list[str]:
        """One block's text as chunk texts, in order."""
        text, spans = self.spans(text)
        return [text[a:b] for a, b in spans]

    def spans(self, text: str) -> tuple[str, list[tuple[int, int]]]:
        """The normalised text and each chunk's (start, end) in it."""
        text = normalise(text)
        units = [piece for unit in _units(text) for piece in self._fit(text, unit)]
        return text, self._pack(text, units)

    # -- units ---------------------------------------------------------------
    def _fit(self, text: str, unit: tuple[int, int, int]) -> list[_Unit]:
        start, end, strength = unit
        n = self.count(text[start:end])
        if n <= self.max_tokens:
            return [_Unit(start, end, n, strength)]
        return self._windows(text, start, end, strength, chars_per_token=(end - start) / n)

    def _windows(self, text: str, start: int, end: int, strength: int,
                 chars_per_token: float) -> list[_Unit]:
        """A too-long unit as word windows of at most max_tokens, guessing each
        window's length from the text's density and checking it with one count."""
        out, pos, before = [], start, strength
        while pos < end:
            size = max(1, int(self.max_tokens * chars_per_token * 0.95))
            while True:
                cut, kind = _cut_at(text, pos, min(end, pos + size), end)
                n = self.count(text[pos:cut])
                if n <= self.max_tokens or cut - pos <= 1:
                    break
                size = max(1, int((cut - pos) * self.max_tokens / n * 0.9))
            out.append(_Unit(pos, cut, n, before))
            before = kind
            chars_per_token = max((cut - pos) / max(n, 1), 0.5)
            pos = cut
            while pos < end and text[pos].isspace():
                pos += 1
        return out

    # -- packing -------------------------------------------------------------
    def _pack(self, text: str, units: list[_Unit]) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        i, carry = 0, None  # carry: (start, tokens) of the overlap taken from the last chunk
        while i < len(units):
            start, used = carry or (units[i].start, 0)
            j, total = i, used
            while j < len(units) and total + units[j].tokens <= self.max_tokens:
                total += units[j].tokens
                j += 1
            if j == i and carry:  # the overlap leaves no room for the next unit: go without it
                carry = None
                continue
            if j == len(units):
                k = j
            elif j == i:  # one unit over the limit: only a tokenizer that counts unevenly does that
                k = i + 1
            else:
                k = self._best_cut(units, i, j, used)
            k = self._verified(text, start, units, i, k)
            if k == i:
                if carry:  # over the limit with the overlap: only the overlap can go
                    carry = None
                    continue
                k = i + 1  # a tokenizer that counts a unit differently alone: still move on
            spans.append((start, units[k - 1].end))
            carry = self._tail(text, units, i, k) if k < len(units) else None
            i = k
        return spans

    def _best_cut(self, units: list[_Unit], i: int, j: int, used: int) -> int:
        """The end (exclusive) in i+1..j whose boundary is strongest, latest on ties,
        among those that leave the chunk at least MIN_FILL full."""
        best, best_key, total = j, (-1, -1), used
        for k in range(i + 1, j + 1):
            total += units[k - 1].tokens
            strength = units[k].strength
            if total >= self.max_tokens * MIN_FILL and (strength, k) > best_key:
                best, best_key = k, (strength, k)
        return best

    def _verified(self, text: str, start: int, units: list[_Unit], i: int, k: int) -> int:
        """Shrink the chunk until the tokenizer, counting it whole, agrees it fits."""
        while k > i and self.count(text[start:units[k - 1].end]) > self.max_tokens:
            k -= 1
        return k

    def _tail(self, text: str, units: list[_Unit], i: int, k: int) -> tuple[int, int] | None:
        """Where the next chunk starts inside this one: at the earliest unit
        (not the first) whose tail fits in the overlap, else at the last words."""
        if self.overlap == 0:
            return None
        s, total = k, 0
        while s - 1 > i and total + units[s - 1].tokens <= self.overlap:
            s -= 1
            total += units[s].tokens
        if s < k:
            return units[s].start, total
        return self._word_tail(text, units[k - 1])

    def _word_tail(self, text: str, unit: _Unit) -> tuple[int, int] | None:
        span = text[unit.start:unit.end]
        size = int(len(span) * self.overlap / max(unit.tokens, 1))
        while size > 0:
            cut = span.find(" ", len(span) - size)  # start on a word, never inside one
            if cut < 0:
                return None
            n = self.count(span[cut + 1:])
            if n <= self.overlap:
                return (unit.start + cut + 1, n) if n else None
            size = int((len(span) - cut - 1) * self.overlap / n * 0.9)
        return None


def _units(text: str) -> list[tuple[int, int, int]]:
    """(start, end, strength of the boundary before) for each piece of the
    normalised text between sentence ends and line breaks."""
    out, strength = [], PARAGRAPH
    for line in re.finditer(r"[^\n]+", text):
        if text.startswith("\n\n", line.start() - 2):
            strength = PARAGRAPH
        cursor = line.start()
        for end in SENTENCE_END.finditer(text, line.start(), line.end()):
            out.append((cursor, end.start(), strength))
            cursor, strength = end.end(), SENTENCE
        out.append((cursor, line.end(), strength))
        # A line break after a full stop ends a sentence; elsewhere (a PDF's wrapped line) it is weaker.
        strength = SENTENCE if SENTENCE_CLOSED.search(line.group()) else LINE
    return [(a, b, s) for a, b, s in out if b > a]


def _cut_at(text: str, pos: int, limit: int, end: int) -> tuple[int, int]:
    """The last word boundary in text[pos:limit] (the whole rest if it fits),
    else limit itself, inside a word: (cut, strength of that boundary)."""
    if limit >= end:
        return end, WORD
    space = text.rfind(" ", pos + 1, limit + 1)
    if space > pos:
        return space, WORD
    return limit, INSIDE_WORD
