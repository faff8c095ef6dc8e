"""Contextual chunk headers: where a passage comes from, said with its text.

A page of a filing rarely names its company or its quarter, and a clause of a
policy rarely names the policy; a question usually does ("Apple's Q3 2023
revenue", "the visitor policy's hours"). So each passage is embedded with a
one-line header, ``title > section heading``, and the title is indexed for
BM25 in its own column. The stored passage and its citation stay the
original text: the header only decides what the passage is found by.

The title is the one a reader would give the document: the loader's (PDF or
DOCX metadata, HTML <title>, first Markdown heading) and the file's name,
keeping both unless one says nothing the other does not. A name without a
letter ("21645374.txt") tells a reader nothing and is left out.
"""
from __future__ import annotations

import re
from pathlib import PurePath

from ..types import Chunk, Document

SEPARATOR = " > "  # the heading-path separator: the title is one more level above it
NAME_JOINERS = re.compile(r"[_\-.]+")


def document_title(doc: Document) -> str | None:
    """The loader's title and the file's name, each kept unless the other covers it."""
    parts = [p for p in (_name_words(doc.source), _clean(doc.title)) if p]
    if len(parts) == 2 and _words(parts[0]) <= _words(parts[1]):
        parts = parts[1:]
    elif len(parts) == 2 and _words(parts[1]) <= _words(parts[0]):
        parts = parts[:1]
    return " - ".join(parts) or None


def header(title: str | None, heading: str | None) -> str:
    """``title > heading``; a heading path that already opens with the title keeps it once."""
    title, heading = _clean(title), _clean(heading)
    if title and heading and heading.lower().startswith(title.lower()):
        title = None
    return SEPARATOR.join(p for p in (title, heading) if p)


def embedding_text(chunk: Chunk) -> str:
    """What the embedder sees for a passage: its header, a blank line, its text."""
    top = header(chunk.title, chunk.heading)
    return f"{top}\n\n{chunk.text}" if top else chunk.text


def _name_words(source: str) -> str | None:
    name = " ".join(NAME_JOINERS.sub(" ", PurePath(source).stem).split())
    return name if any(ch.isalpha() for ch in name) else None


def _clean(text: str | None) -> str | None:
    return (" ".join(text.split()) or None) if text else None


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))
