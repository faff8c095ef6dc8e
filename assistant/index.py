"""The on-disk store: SQLite holds the truth, FAISS is a rebuildable cache.

``chunks.sqlite`` keeps every chunk's text, metadata and embedding (float32
blob) plus an FTS5 table for BM25. ``vectors.faiss`` is written atomically
(temp file, fsync, rename) together with the SQLite generation it reflects;
when the two disagree after a crash, the FAISS index is rebuilt from SQLite
instead of being trusted. Each file is ingested in one SQLite transaction, so
a killed ingest leaves whole files or none.
"""
from __future__ import annotations

import os
import re
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .errors import StoreError
from .types import Chunk, Document, Hit

FLAT_LIMIT = 100_000  # above this many chunks an IVF index replaces exact search
IVF_NPROBE = 128  # lists visited per query: recall@10 >= 0.95 against exact (benchmarks/ann.py)
# BM25 weight of each FTS column (text, heading, title). A question names its
# document ("Apple", "Q3 2023", "visitor policy") far more often than a passage
# does, so a title term counts ten times a text term. Chosen on the tuning half
# of the SEC questions: title weight 1 / 3 / 10, fused as FUSION, gave hybrid
# hit@1 0.50 / 0.54 / 0.55 and MRR 0.64 / 0.67 / 0.67. Headings: not tuned (SEC has none).
COLUMN_WEIGHTS = (1.0, 1.0, 10.0)
BM25 = "bm25(chunks_fts, {}, {}, {})".format(*COLUMN_WEIGHTS)
CHUNK_COLUMNS = "chunk_id, source, ordinal, text, page, heading, title"  # Chunk's fields, in order
# Question words carry no evidence for BM25 and, OR-ed in, drown the terms that do.
STOPWORDS = frozenset("""a about above after all also am an and any are as at be been before being
below between both but by can could did do does doing down during each few for from further had has
have having he her here hers him his how i if in into is it its itself just me more most my no nor not
now of off on once only or other our out over own same she should so some such than that the their
them then there these they this those through to too under until up very was we were what when where
which while who whom why will with would you your yours""".split())
FTS_SCHEMA = """
CREATE VIRTUAL TABLE IF NOT EXISTS chunks_fts USING fts5(
    text, heading, title, content='chunks', content_rowid='id', tokenize='porter unicode61');
CREATE TRIGGER IF NOT EXISTS chunks_ai AFTER INSERT ON chunks BEGIN
    INSERT INTO chunks_fts(rowid, text, heading, title)
    VALUES (new.id, new.text, coalesce(new.heading, ''), coalesce(new.title, ''));
END;
CREATE TRIGGER IF NOT EXISTS chunks_ad AFTER DELETE ON chunks BEGIN
    INSERT INTO chunks_fts(chunks_fts, rowid, text, heading, title)
    VALUES ('delete', old.id, old.text, coalesce(old.heading, ''), coalesce(old.title, ''));
END;
"""
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files(
    source TEXT PRIMARY KEY, sha256 TEXT NOT NULL, size INTEGER, mtime_ns INTEGER,
    format TEXT, chunks INTEGER NOT NULL, ingested_at TEXT NOT NULL, policy TEXT);
CREATE TABLE IF NOT EXISTS chunks(
    id INTEGER PRIMARY KEY, chunk_id TEXT NOT NULL, source TEXT NOT NULL,
    ordinal INTEGER NOT NULL, page INTEGER, heading TEXT, text TEXT NOT NULL,
    sealed BLOB, vector BLOB NOT NULL, title TEXT);
CREATE INDEX IF NOT EXISTS chunks_source ON chunks(source);
CREATE INDEX IF NOT EXISTS chunks_chunk_id ON chunks(chunk_id);
""" + FTS_SCHEMA
# An index written before passages carried their document's title (no chunks.title):
# the column is added, the FTS table rebuilt with a title column, and every file
# marked changed so that the next ingest embeds its passages with their headers.
# Until then search works as before. One transaction: all of it or none.
TITLE_MIGRATION = """
BEGIN IMMEDIATE;
ALTER TABLE chunks ADD COLUMN title TEXT;
DROP TRIGGER IF EXISTS chunks_ai;
DROP TRIGGER IF EXISTS chunks_ad;
DROP TABLE IF EXISTS chunks_fts;
""" + FTS_SCHEMA + """
INSERT INTO chunks_fts(chunks_fts) VALUES ('rebuild');
UPDATE files SET sha256 = '', size = NULL, mtime_ns = NULL;
COMMIT;
"""


@dataclass(frozen=True)
class Fusion:
    """Weighted reciprocal-rank fusion: a passage scores the sum over rankings
    of weight / (k + rank). Dense carries more weight than BM25 because a
    question rarely repeats a passage's words (see FUSION for the figures)."""

    dense: float = 1.0
    sparse: float = 1.0
    k: int = 60

    def fuse(self, dense: list[tuple[int, float]],
             sparse: list[tuple[int, float]]) -> list[tuple[int, float]]:
        fused: dict[int, float] = {}
        for weight, ranking in ((self.dense, dense), (self.sparse, sparse)):
            for rank, (i, _) in enumerate(ranking, 1):
                fused[i] = fused.get(i, 0.0) + weight / (self.k + rank)
        return sorted(fused.items(), key=lambda kv: -kv[1])


# Chosen on the tuning half of the SEC questions only (benchmarks/retrieval.py --sweep):
# with k=60, BM25 weights 0.15-0.35 form a plateau (hit@5 0.84-0.85 against dense 0.82,
# and 0.80 at equal weights); 0.25 is its middle. PubMedQA is checked, not tuned on.
FUSION = Fusion(dense=1.0, sparse=0.25, k=60)


@dataclass(frozen=True)
class FileRecord:
    source: str
    sha256: str
    chunks: int
    ingested_at: str
    format: str | None
    policy: str | None = None  # the redaction its stored text went through (Library.policy)


@dataclass(frozen=True)
class SearchResult:
    hits: tuple[Hit, ...]
    best_similarity: float  # cosine of the best dense match: the refusal gate reads it


class Store:
    def __init__(self, folder: Path, dim: int, embedder_sha256: str):
        self.folder = folder
        self.dim = dim
        try:
            folder.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(folder / "chunks.sqlite", timeout=30, isolation_level=None)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=FULL")
            self._add_titles()
            self.db.executescript(SCHEMA)
            self._add_policy()
        except sqlite3.DatabaseError as err:
            raise StoreError(f"{folder / 'chunks.sqlite'}: cannot open index ({err})") from err
        self._check_embedder(embedder_sha256)
        self._faiss = None

    # -- schema and metadata --------------------------------------------------
    def _columns(self, table: str = "chunks") -> set[str]:
        return {row[1] for row in self.db.execute(f"PRAGMA table_info({table})")}

    def _add_titles(self) -> None:
        """Bring an index from before document titles up to date (TITLE_MIGRATION)."""
        columns = self._columns()
        if not columns or "title" in columns:
            return  # a new index, or a current one
        try:
            self.db.executescript(TITLE_MIGRATION)
        except sqlite3.OperationalError:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            if "title" not in self._columns():  # not another process that migrated first
                raise

    def _add_policy(self) -> None:
        """An index from before per-file redaction policies: the column is added empty,
        so the next ingest redacts every file again under the pack's current policy."""
        if "policy" in self._columns("files"):
            return
        try:
            self.db.execute("ALTER TABLE files ADD COLUMN policy TEXT")
        except sqlite3.OperationalError:
            if "policy" not in self._columns("files"):
                raise  # not another process that added it first

    def _meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def _set_meta(self, key: str, value: object) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, str(value)))

    def _check_embedder(self, sha: str) -> None:
        known = self._meta("embedder_sha256")
        if known is None:
            self._set_meta("embedder_sha256", sha)
            self._set_meta("dim", self.dim)
            self._set_meta("generation", 0)
        elif known != sha:
            raise StoreError(
                f"{self.folder}: index was built with another embedder ({known[:12]}); "
                "re-ingest into a new workspace or with the original embedder")

    @property
    def generation(self) -> int:
        return int(self._meta("generation") or 0)

    # -- files --------------------------------------------------------------
    def file(self, source: str) -> FileRecord | None:
        row = self.db.execute(
            "SELECT source, sha256, chunks, ingested_at, format, policy FROM files WHERE source=?",
            (source,)).fetchone()
        return FileRecord(*row) if row else None

    def files(self) -> list[FileRecord]:
        rows = self.db.execute(
            "SELECT source, sha256, chunks, ingested_at, format, policy FROM files ORDER BY source")
        return [FileRecord(*r) for r in rows]

    def files_not_under(self, policy: str) -> int:
        """How many files rest under another redaction policy than ``policy``."""
        return self.db.execute("SELECT COUNT(*) FROM files WHERE policy IS NOT ?", (policy,)).fetchone()[0]

    def chunk_count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM chunks").fetchone()[0]

    def replace_file(self, doc: Document, chunks: list[Chunk], vectors: np.ndarray,
                     sealed: list[bytes | None] | None = None, policy: str | None = None) -> None:
        """Swap in a file's chunks in one transaction: all of them or none."""
        sealed = sealed or [None] * len(chunks)
        st = _stat(doc.source)
        with self._transaction():
            self.db.execute("DELETE FROM chunks WHERE source=?", (doc.source,))
            self.db.executemany(
                "INSERT INTO chunks(chunk_id, source, ordinal, page, heading, text, sealed, vector,"
                " title) VALUES (?,?,?,?,?,?,?,?,?)",
                [(c.chunk_id, c.source, c.ordinal, c.page, c.heading, c.text, s,
                  np.asarray(v, dtype=np.float32).tobytes(), c.title)
                 for c, v, s in zip(chunks, vectors, sealed)])
            self.db.execute(
                "INSERT OR REPLACE INTO files(source, sha256, size, mtime_ns, format, chunks, ingested_at,"
                " policy) VALUES (?,?,?,?,?,?,?,?)",
                (doc.source, doc.sha256, st[0], st[1], doc.format, len(chunks), _now(), policy))
            self._bump()
        self._faiss = None

    def touch_file(self, doc: Document) -> None:
        """Same bytes, new mtime: remember the new stat so the next run skips in O(1)."""
        size, mtime = _stat(doc.source)
        with self._transaction():
            self.db.execute("UPDATE files SET size=?, mtime_ns=? WHERE source=?",
                            (size, mtime, doc.source))

    def remove_file(self, source: str) -> int:
        with self._transaction():
            n = self.db.execute("DELETE FROM chunks WHERE source=?", (source,)).rowcount
            self.db.execute("DELETE FROM files WHERE source=?", (source,))
            self._bump()
        self._faiss = None
        return n

    def _bump(self) -> None:
        self._set_meta("generation", self.generation + 1)

    def _transaction(self):
        store = self

        class _Tx:
            def __enter__(self):
                store.db.execute("BEGIN IMMEDIATE")

            def __exit__(self, exc_type, exc, tb):
                store.db.execute("ROLLBACK" if exc_type else "COMMIT")

        return _Tx()

    # -- the FAISS cache ----------------------------------------------------
    @property
    def _faiss_path(self) -> Path:
        return self.folder / "vectors.faiss"

    def index_type(self) -> str:
        return "flat" if self.chunk_count() <= FLAT_LIMIT else "ivf"

    def faiss_index(self):
        if self._faiss is not None:
            return self._faiss
        import faiss

        gen_file = self.folder / "vectors.generation"
        saved = gen_file.read_text().strip() if gen_file.exists() else ""
        if self._faiss_path.exists() and saved == str(self.generation):
            try:
                self._faiss = faiss.read_index(str(self._faiss_path))
                return self._faiss
            except RuntimeError:
                pass  # unreadable cache: rebuild below
        self._faiss = self._rebuild()
        self.save()
        return self._faiss

    def _rebuild(self):
        import faiss

        kind = self.index_type()
        if kind == "flat":
            index = faiss.IndexIDMap2(faiss.IndexFlatIP(self.dim))
        else:
            index = build_ivf(self.dim, self.chunk_count(), self._sample_vectors)
        for ids, vecs in self._vector_batches():
            index.add_with_ids(vecs, ids)
        self._set_meta("index_type", kind)
        return index

    def _vector_batches(self, size: int = 8192):
        cursor = self.db.execute("SELECT id, vector FROM chunks ORDER BY id")
        while rows := cursor.fetchmany(size):
            ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
            vecs = np.frombuffer(b"".join(r[1] for r in rows), dtype=np.float32)
            yield ids, vecs.reshape(len(rows), self.dim)

    def _sample_vectors(self, n: int) -> np.ndarray:
        rows = self.db.execute(
            "SELECT vector FROM chunks WHERE id % ? = 0 LIMIT ?",
            (max(1, self.chunk_count() // n), n)).fetchall()
        return np.frombuffer(b"".join(r[0] for r in rows), dtype=np.float32).reshape(-1, self.dim)

    def save(self) -> None:
        """Write the FAISS cache atomically, stamped with the SQLite generation."""
        import faiss

        if self._faiss is None:
            return
        tmp = self._faiss_path.with_suffix(".faiss.tmp")
        faiss.write_index(self._faiss, str(tmp))
        _fsync_replace(tmp, self._faiss_path)
        gen_tmp = self.folder / "vectors.generation.tmp"
        gen_tmp.write_text(str(self.generation))
        _fsync_replace(gen_tmp, self.folder / "vectors.generation")

    # -- search -------------------------------------------------------------
    def search(self, vector: np.ndarray, text: str, k: int, mode: str = "hybrid",
               pool: int = 50, fusion: Fusion = FUSION) -> SearchResult:
        dense: list[tuple[int, float]] = []
        best = 0.0
        if mode in ("hybrid", "dense") and self.chunk_count():
            scores, ids = self.faiss_index().search(
                np.asarray(vector, dtype=np.float32).reshape(1, -1), max(pool, k))
            dense = [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i >= 0]
            best = dense[0][1] if dense else 0.0
        sparse = self._bm25(text, max(pool, k)) if mode in ("hybrid", "bm25") else []
        if mode == "dense":
            ranked = dense
        elif mode == "bm25":
            ranked = sparse
        else:
            ranked = fusion.fuse(dense, sparse)
        top = ranked[:k]
        chunks = self._chunks([i for i, _ in top])
        hits = tuple(Hit(rank=r, score=s, chunk=chunks[i]) for r, (i, s) in enumerate(top, 1)
                     if i in chunks)
        if mode == "bm25":
            best = 0.0
        return SearchResult(hits, best)

    def _bm25(self, text: str, limit: int) -> list[tuple[int, float]]:
        terms = [t for t in re.findall(r"\w+", text.lower()) if len(t) > 1 and t not in STOPWORDS]
        if not terms:
            return []
        query = " OR ".join(f'"{t}"' for t in dict.fromkeys(terms))
        rows = self.db.execute(
            f"SELECT rowid, {BM25} FROM chunks_fts WHERE chunks_fts MATCH ? ORDER BY {BM25} LIMIT ?",
            (query, limit))
        return [(int(r[0]), -float(r[1])) for r in rows]

    def _chunks(self, ids: list[int]) -> dict[int, Chunk]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self.db.execute(
            f"SELECT id, {CHUNK_COLUMNS} FROM chunks WHERE id IN ({marks})",
            ids)
        return {r[0]: Chunk(*r[1:]) for r in rows}

    def chunk_by_id(self, chunk_id: str) -> Chunk | None:
        row = self.db.execute(
            f"SELECT {CHUNK_COLUMNS} FROM chunks WHERE chunk_id=?",
            (chunk_id,)).fetchone()
        return Chunk(*row) if row else None

    def close(self) -> None:
        self.db.close()


def build_ivf(dim: int, total: int, sample):
    """An inverted-file index sized for ``total`` vectors, trained on a sample.
    Chosen over HNSW: it trains and fills in minutes on two cores, supports
    removal, and its recall is tuned by one knob (nprobe)."""
    import faiss

    nlist = int(4 * np.sqrt(total))
    index = faiss.IndexIVFFlat(faiss.IndexFlatIP(dim), dim, nlist, faiss.METRIC_INNER_PRODUCT)
    index.train(sample(min(total, 64 * nlist)))
    index.nprobe = IVF_NPROBE
    return index


def _stat(path: str) -> tuple[int | None, int | None]:
    try:
        st = os.stat(path)
        return st.st_size, st.st_mtime_ns
    except OSError:
        return None, None


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


def _fsync_replace(tmp: Path, dest: Path) -> None:
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, dest)
    dir_fd = os.open(dest.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
