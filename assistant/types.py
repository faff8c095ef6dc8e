"""The frozen dataclasses that pass between pipeline stages.

ingest:  loaders -> Document -> chunker -> Chunk -> redactor -> embedder -> index
ask:     question -> Redaction -> Hit -> prompt -> generator -> Answer -> audit

A stage receives and returns these and nothing richer, so each stage can be
tested alone and no stage needs to import a later one.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Block:
    """A run of text from one place in a document: a page, a section, a row."""

    text: str
    page: int | None = None  # 1-based, for paged formats (PDF); else None
    heading: str | None = None  # heading path, e.g. "Records > Amendments"


@dataclass(frozen=True)
class Document:
    """One source file as read by a loader, before chunking."""

    source: str  # absolute path of the file
    sha256: str  # hash of the file's bytes: the incremental-ingest key
    format: str  # "pdf", "docx", "html", "markdown", "text", "csv", "email"
    blocks: tuple[Block, ...]
    title: str | None = None


@dataclass(frozen=True)
class Chunk:
    """A retrievable passage. ``chunk_id`` is stable across re-ingests."""

    chunk_id: str
    source: str
    ordinal: int  # position of the chunk within its document
    text: str
    page: int | None = None
    heading: str | None = None
    title: str | None = None  # the document's title (ingest.context): found by, never cited as text


@dataclass(frozen=True)
class Entity:
    """One detected PII span in the *input* text, and what replaced it."""

    entity_type: str
    start: int
    end: int
    score: float
    placeholder: str


@dataclass(frozen=True)
class Redaction:
    """Text with PII replaced by placeholders, and the spans that were replaced."""

    text: str
    entities: tuple[Entity, ...] = ()


@dataclass(frozen=True)
class Hit:
    """A retrieved chunk with its rank (1-based) and fused score."""

    rank: int
    score: float
    chunk: Chunk


@dataclass(frozen=True)
class Citation:
    """What ``[n]`` in an answer points at."""

    n: int
    source: str
    page: int | None
    chunk_id: str
    text: str


@dataclass(frozen=True)
class Answer:
    """The result of one question, as shown to the analyst and as audited."""

    text: str  # what the analyst sees: pseudonyms restored
    redacted_text: str  # what the model produced / what the log keeps
    prompt: str  # the question as the model saw it (redacted)
    refused: bool
    citations: tuple[Citation, ...]
    redactions: tuple[Entity, ...]
    model_sha256: str
    adapter_sha256: str | None = None
    audit_seq: int | None = None
    timings: dict[str, float] = field(default_factory=dict, compare=False, hash=False)
