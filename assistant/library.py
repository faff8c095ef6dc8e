"""The analyst's document library: ingest, re-ingest, forget and prune.

ingest:  discover -> load -> chunk -> redact -> embed -> store. Files are read and
chunked into a batch that is redacted in one call (spread over the redactor's worker
processes); then each file is embedded and committed in its own transaction, so an
interrupted run resumes where it stopped. Unchanged files are skipped by (size,
mtime) without being read, and by content hash when only the mtime moved.
"""
from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from .errors import LoadError
from .ingest.context import embedding_text
from .types import Chunk, Document

Progress = Callable[[str, dict], None]  # (event, data): "file", "skip", "done"
# Files are read and chunked until their text reaches this, then redacted in one batch: a
# folder of small files keeps every redaction worker busy (parallel.MIN_CHARS is 20,000).
BATCH_CHARS = 200_000


@dataclass(frozen=True)
class _Loaded:
    doc: Document
    chunks: list[Chunk]

    @property
    def chars(self) -> int:
        return sum(len(c.text) for c in self.chunks)


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: str


@dataclass(frozen=True)
class IngestReport:
    files: int = 0  # newly ingested or replaced
    chunks: int = 0
    unchanged: int = 0
    removed: int = 0
    skipped: tuple[Skipped, ...] = ()
    seconds: float = 0.0
    sources: tuple[str, ...] = field(default=(), repr=False)
    stale: int = 0  # files elsewhere in the index still stored under another redaction policy

    def to_json(self) -> dict:
        return {"files": self.files, "chunks": self.chunks, "unchanged": self.unchanged,
                "removed": self.removed, "stale": self.stale, "seconds": round(self.seconds, 3),
                "skipped": [{"path": s.path, "reason": s.reason} for s in self.skipped]}


class Library:
    def __init__(self, store, embedder, redactor, domain, sealer=None):
        from .ingest.chunker import Chunker

        self.store = store
        self.embedder = embedder
        self.redactor = redactor
        self.domain = domain
        self.sealer = sealer  # seals the original text when at_rest == "encrypt"
        # What stored text goes through; a file stored under another policy (recognizers
        # added, the redactor upgraded, "keep" turned to "redact") is redone, not skipped.
        self.policy = "keep" if domain.at_rest == "keep" else f"{domain.at_rest}:{redactor.fingerprint}"
        self.chunker = Chunker(embedder.count_tokens, max_tokens=min(256, embedder.max_tokens))

    @classmethod
    def for_session(cls, session) -> "Library":
        """The library over a session's store, models and domain policy."""
        from .sealing import Sealer

        sealer = (Sealer.for_workspace(session.settings.keys_dir)
                  if session.domain.at_rest == "encrypt" else None)
        return cls(session.store, session.embedder, session.redactor, session.domain, sealer)

    def ingest(self, paths: Iterable[Path], prune: bool = False,
               progress: Progress | None = None) -> IngestReport:
        from .ingest.discover import discover

        started = time.perf_counter()
        progress = progress or (lambda event, data: None)
        files = chunks = unchanged = 0
        skipped: list[Skipped] = []
        seen: list[str] = []
        pending: list[_Loaded] = []
        pending_chars = 0
        roots = [Path(p) for p in paths]
        found = list(discover(roots))  # paths only: lets the progress bar show an ETA
        progress("total", {"files": len(found)})

        def store_pending() -> None:
            nonlocal files, chunks, pending_chars
            if not pending:
                return
            for loaded, stored in zip(pending, self._protect_each(pending)):
                n = self._store(loaded, stored)
                files, chunks = files + 1, chunks + n
                progress("file", {"path": loaded.doc.source, "chunks": n})
            pending.clear()
            pending_chars = 0

        for item in found:
            if isinstance(item, LoadError):
                skipped.append(Skipped(item.path, item.reason))
                progress("skip", {"path": item.path, "reason": item.reason})
                continue
            source = str(item.resolve())
            seen.append(source)
            try:
                loaded = self._load(Path(source))
            except LoadError as err:
                skipped.append(Skipped(err.path, err.reason))
                progress("skip", {"path": err.path, "reason": err.reason})
                continue
            if loaded is None:
                unchanged += 1
                progress("file", {"path": source, "chunks": 0})
                continue
            pending.append(loaded)
            pending_chars += loaded.chars
            if pending_chars >= BATCH_CHARS:
                store_pending()
        store_pending()
        removed = self.prune(roots, set(seen)) if prune else 0
        self.store.faiss_index()  # brings the FAISS cache in step with SQLite, written atomically
        report = IngestReport(files, chunks, unchanged, removed, tuple(skipped),
                              time.perf_counter() - started, tuple(seen), self.store.files_not_under(self.policy))
        progress("done", report.to_json())
        return report

    def _load(self, path: Path) -> _Loaded | None:
        """The file read and chunked, or None when the index holds it as it is."""
        from .ingest.loaders import load

        source = str(path)
        known = self.store.file(source)
        current = known is not None and known.policy == self.policy
        if current and self._same_stat(source):
            return None
        doc = load(path)
        if current and known.sha256 == doc.sha256:
            self.store.touch_file(doc)
            return None
        chunks = self.chunker.chunk(doc)
        if not chunks:
            raise LoadError(source, "no text to index")
        return _Loaded(doc, chunks)

    def _store(self, loaded: _Loaded, stored: list[Chunk]) -> int:
        """One file's passages embedded and written, in its own transaction."""
        chunks = loaded.chunks
        vectors = self.embedder.encode([embedding_text(c) for c in stored])
        sealed = (self.sealer.seal_many([c.text for c in chunks], [c.chunk_id for c in chunks])
                  if self.sealer else None)
        self.store.replace_file(loaded.doc, stored, vectors, sealed, self.policy)
        return len(stored)

    def _same_stat(self, source: str) -> bool:
        row = self.store.db.execute(
            "SELECT size, mtime_ns FROM files WHERE source=?", (source,)).fetchone()
        try:
            st = os.stat(source)
        except OSError:
            return False
        return row is not None and (row[0], row[1]) == (st.st_size, st.st_mtime_ns)

    def _protect_each(self, batch: list[_Loaded]) -> list[list[Chunk]]:
        """The text each file rests as, as the domain's at-rest policy says. The files'
        passages are redacted in one batch (spread over the redactor's worker processes),
        each file with its own pseudonyms: placeholders stay consistent within a document."""
        if self.domain.at_rest == "keep":
            return [x.chunks for x in batch]
        # One per document, after its passages: a file name can name a patient.
        groups = [[c.text for c in x.chunks] + [x.chunks[0].title or ""] for x in batch]
        out = []
        for loaded, redacted in zip(batch, self.redactor.redact_each(groups)):
            title = redacted.pop().text or None
            out.append([replace(c, text=r.text, title=title) for c, r in zip(loaded.chunks, redacted)])
        return out

    def forget(self, path: Path) -> int:
        source = str(Path(path).resolve())
        if self.store.file(source) is None:
            raise LoadError(source, "not in the index")
        n = self.store.remove_file(source)
        self.store.faiss_index()
        return n

    def prune(self, roots: list[Path], seen: set[str]) -> int:
        """Drop files under the given roots that no longer exist on disk."""
        removed = 0
        prefixes = [str(r.resolve()) for r in roots]
        for record in self.store.files():
            under = any(record.source == p or record.source.startswith(p + os.sep) for p in prefixes)
            if under and record.source not in seen and not os.path.exists(record.source):
                self.store.remove_file(record.source)
                removed += 1
        return removed
