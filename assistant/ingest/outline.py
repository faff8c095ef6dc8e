"""Sections under a heading path, for the formats that have headings.

Markdown, DOCX and HTML loaders feed headings and lines in document order;
``Outline`` closes a section at each heading and labels it with the path of
headings above it ("Policy > Limits"), which is what ``Block.heading`` holds.
"""
from __future__ import annotations

from ..types import Block

SEPARATOR = " > "


class Outline:
    def __init__(self, joiner: str = "\n\n") -> None:
        self.joiner = joiner  # "\n\n": each line is a paragraph; "\n": lines of one source text
        self.blocks: list[Block] = []
        self.path: list[tuple[int, str]] = []  # (level, heading), outermost first
        self.lines: list[str] = []
        self.title: str | None = None  # the first heading, a fallback document title

    def heading(self, level: int, text: str) -> None:
        """Start a section. A level may skip (h1 then h3): the path keeps what is above it."""
        text = " ".join(text.split())
        if not text:
            return
        self.close()
        self.title = self.title or text
        self.path = [(lvl, t) for lvl, t in self.path if lvl < level] + [(level, text)]
        # The heading's own words open the section: they help BM25 and the embedding alike.
        self.lines = [text]

    def add(self, line: str) -> None:
        self.lines.append(line)

    def close(self) -> None:
        body = self.lines[1:] if self.path else self.lines
        if any(line.strip() for line in body):
            text = self.joiner.join(self.lines).strip()
            self.blocks.append(Block(text, heading=SEPARATOR.join(t for _, t in self.path) or None))
        # A heading directly followed by a sub-heading yields no block: its words
        # live on in the heading path of the sections below it.
        self.lines = []

    def finish(self) -> list[Block]:
        self.close()
        return self.blocks
