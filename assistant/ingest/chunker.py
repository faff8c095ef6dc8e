"""Token-aware chunking that keeps structure.

A chunk never crosses a block (so its page number is exact and its heading
path is the block's), is at most ``max_tokens`` by the embedder's own
tokenizer, and repeats up to ``overlap_tokens`` of the previous chunk's tail
so a sentence cut at a boundary is still found whole.

``chunk_id`` = first 16 hex digits of SHA-256 over (source path, page,
heading, text): the same passage of the same unchanged file gets the same id
on every re-ingest, so a citation keeps pointing at it; the same text in two
files gets two ids.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Callable

from ..types import Block, Chunk, Document

PARAGRAPH = re.compile(r"\n\s*\n|\n(?=\s*(?:[-*•]|\d+[.)])\s)")
SENTENCE = re.compile(r"(?<=[.!?;:])\s+(?=[A-Z0-9\"'(\[])")


def chunk_id(source: str, page: int | None, heading: str | None, text: str) -> str:
    key = f"{source}\x00{page}\x00{heading or ''}\x00{text}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


class Chunker:
    def __init__(self, count_tokens: Callable[[str], int], max_tokens: int = 256,
                 overlap_tokens: int = 32):
        if overlap_tokens >= max_tokens:
            raise ValueError("overlap_tokens must be smaller than max_tokens")
        self.count = count_tokens
        self.max_tokens = max_tokens
        self.overlap = overlap_tokens

    def chunk(self, doc: Document) -> list[Chunk]:
        chunks: list[Chunk] = []
        for block in doc.blocks:
            for text in self._split_block(block):
                chunks.append(Chunk(chunk_id(doc.source, block.page, block.heading, text),
                                    doc.source, len(chunks), text, block.page, block.heading))
        return chunks

    def _split_block(self, block: Block) -> list[str]:
        units = [(u, self.count(u)) for u in self._units(block.text)]
        out: list[str] = []
        current: list[tuple[str, int]] = []
        size = 0
        for unit, n in units:
            if current and size + n > self.max_tokens:
                out.append(" ".join(u for u, _ in current))
                current = self._tail(current)
                size = sum(k for _, k in current)
            current.append((unit, n))
            size += n
        if current:
            out.append(" ".join(u for u, _ in current))
        return out

    def _tail(self, units: list[tuple[str, int]]) -> list[tuple[str, int]]:
        """The last units of a chunk that fit in the overlap, carried into the next."""
        tail, size = [], 0
        for unit, n in reversed(units):
            if size + n > self.overlap:
                break
            tail.insert(0, (unit, n))
            size += n
        return tail

    def _units(self, text: str) -> list[str]:
        """Paragraphs, then sentences, then word windows: the largest pieces that fit."""
        units = []
        for para in PARAGRAPH.split(text):
            para = " ".join(para.split())
            if not para:
                continue
            if self.count(para) <= self.max_tokens:
                units.append(para)
                continue
            for sentence in SENTENCE.split(para):
                if self.count(sentence) <= self.max_tokens:
                    units.append(sentence)
                else:
                    units.extend(self._windows(sentence))
        return units

    def _windows(self, sentence: str) -> list[str]:
        words, out, current = sentence.split(), [], []
        for word in words:
            current.append(word)
            if self.count(" ".join(current)) > self.max_tokens:
                current.pop()
                if current:
                    out.append(" ".join(current))
                current = [word][: 1] if self.count(word) <= self.max_tokens else []
                if not current:
                    out.append(word[: self.max_tokens])  # one absurd token run: cut it
        if current:
            out.append(" ".join(current))
        return out
