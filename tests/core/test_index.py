"""The store on its own, with small random unit vectors: no model needed."""
import sqlite3
from dataclasses import replace

import numpy as np
import pytest

from assistant.errors import StoreError
from assistant.index import Fusion, Store
from assistant.types import Chunk, Document

DIM = 8


def _doc(path, text_words, sha="s1"):
    path.write_text(" ".join(text_words))
    doc = Document(str(path), sha, "text", ())
    chunks = [Chunk(f"{path.name}-{i}", str(path), i, w, page=i + 1) for i, w in enumerate(text_words)]
    rng = np.random.default_rng(abs(hash(path.name)) % 2**32)
    vecs = rng.normal(size=(len(chunks), DIM)).astype(np.float32)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    return doc, chunks, vecs


def test_dense_bm25_and_hybrid(tmp_path):
    store = Store(tmp_path / "idx", DIM, "emb")
    doc, chunks, vecs = _doc(tmp_path / "a.txt", ["retention of lab results", "visitor parking rules"])
    store.replace_file(doc, chunks, vecs)
    dense = store.search(vecs[1], "anything", 1, mode="dense")
    assert dense.hits[0].chunk.text == "visitor parking rules"
    assert dense.best_similarity == pytest.approx(1.0, abs=1e-5)
    bm25 = store.search(vecs[1], "lab retention", 1, mode="bm25")
    assert bm25.hits[0].chunk.text == "retention of lab results"
    hybrid = store.search(vecs[0], "lab retention", 2)
    assert hybrid.hits[0].chunk.page == 1


def test_replace_and_remove_keep_faiss_in_step(tmp_path):
    store = Store(tmp_path / "idx", DIM, "emb")
    doc, chunks, vecs = _doc(tmp_path / "a.txt", ["one", "two", "three"])
    store.replace_file(doc, chunks, vecs)
    store.replace_file(doc, chunks[:1], vecs[:1])
    assert store.chunk_count() == 1 and store.faiss_index().ntotal == 1
    assert store.remove_file(doc.source) == 1
    assert store.faiss_index().ntotal == 0 and store.files() == []


def test_stale_faiss_cache_is_rebuilt_not_trusted(tmp_path):
    folder = tmp_path / "idx"
    store = Store(folder, DIM, "emb")
    doc, chunks, vecs = _doc(tmp_path / "a.txt", ["one", "two"])
    store.replace_file(doc, chunks, vecs)
    store.faiss_index()
    # A crash after the SQLite commit but before the FAISS save: simulate by
    # committing a second file behind the cache's back.
    doc2, chunks2, vecs2 = _doc(tmp_path / "b.txt", ["three"])
    store.replace_file(doc2, chunks2, vecs2)
    store.close()
    reopened = Store(folder, DIM, "emb")
    assert reopened.faiss_index().ntotal == 3
    assert reopened.search(vecs2[0], "", 1, mode="dense").hits[0].chunk.text == "three"


def test_another_embedder_is_refused(tmp_path):
    Store(tmp_path / "idx", DIM, "emb-a").close()
    with pytest.raises(StoreError, match="another embedder"):
        Store(tmp_path / "idx", DIM, "emb-b")


def test_failed_transaction_keeps_old_chunks(tmp_path):
    store = Store(tmp_path / "idx", DIM, "emb")
    doc, chunks, vecs = _doc(tmp_path / "a.txt", ["keep me"])
    store.replace_file(doc, chunks, vecs)
    with pytest.raises(Exception):
        store.replace_file(doc, chunks + [None], np.vstack([vecs, vecs]))  # fails mid-insert
    assert [h.chunk.text for h in store.search(vecs[0], "keep", 1).hits] == ["keep me"]


def test_a_title_term_finds_its_documents_passage_by_bm25(tmp_path):
    store = Store(tmp_path / "idx", DIM, "emb")
    for name, title in (("a.txt", "2023 Q3 AAPL"), ("b.txt", "2023 Q3 INTC")):
        doc, chunks, vecs = _doc(tmp_path / name, ["net sales rose in the quarter"])
        store.replace_file(doc, [replace(c, title=title) for c in chunks], vecs)
    hits = store.search(vecs[0], "AAPL net sales", 2, mode="bm25").hits
    assert [h.chunk.title for h in hits] == ["2023 Q3 AAPL", "2023 Q3 INTC"]
    assert hits[0].chunk.text == "net sales rose in the quarter"  # the passage, not its header
    assert store.chunk_by_id(hits[0].chunk.chunk_id).title == "2023 Q3 AAPL"


def test_fusion_weights_do_what_they_say():
    dense, sparse = [(1, 0.9), (2, 0.8)], [(2, 5.0), (3, 4.0)]
    assert Fusion(1.0, 1.0, 60).fuse(dense, sparse)[0][0] == 2  # found by both: first
    assert [i for i, _ in Fusion(1.0, 0.0, 60).fuse(dense, sparse)][:2] == [1, 2]  # BM25 silenced
    assert [i for i, _ in Fusion(0.0, 1.0, 60).fuse(dense, sparse)][:2] == [2, 3]  # dense silenced
    # dense rank 1 alone beats BM25 rank 1 alone exactly when its weight is larger
    assert Fusion(1.0, 0.5, 60).fuse([(1, 0.9)], [(3, 4.0)])[0][0] == 1
    assert Fusion(0.5, 1.0, 60).fuse([(1, 0.9)], [(3, 4.0)])[0][0] == 3
    score = dict(Fusion(2.0, 1.0, 10).fuse(dense, sparse))
    assert score[2] == pytest.approx(2.0 / 12 + 1.0 / 11)


def test_index_from_before_titles_migrates_and_marks_files_for_reingest(tmp_path):
    folder = tmp_path / "idx"
    folder.mkdir()
    db = sqlite3.connect(folder / "chunks.sqlite")
    db.executescript(OLD_SCHEMA)
    vec = (np.ones(DIM) / np.sqrt(DIM)).astype(np.float32)
    db.execute("INSERT INTO chunks(chunk_id, source, ordinal, page, heading, text, vector)"
               " VALUES ('c1', '/d/a.txt', 0, 1, NULL, 'visitor parking rules', ?)", (vec.tobytes(),))
    db.execute("INSERT INTO files VALUES ('/d/a.txt', 'abc', 10, 5, 'text', 1, 'then')")
    db.execute("INSERT INTO meta VALUES ('embedder_sha256', 'emb')")
    db.commit()
    db.close()
    store = Store(folder, DIM, "emb")
    hit = store.search(vec, "parking", 1).hits[0]
    assert hit.chunk.text == "visitor parking rules" and hit.chunk.title is None
    assert store.file("/d/a.txt").sha256 == ""  # the next ingest re-reads it and adds its header
    assert store.file("/d/a.txt").policy is None  # and redacts it under the pack's current policy
    doc, chunks, vecs = _doc(tmp_path / "b.txt", ["lab retention"])
    store.replace_file(doc, [replace(c, title="Records Schedule") for c in chunks], vecs)
    assert store.search(vecs[0], "records schedule", 1, mode="bm25").hits[0].chunk.text == "lab retention"
    store.close()
    Store(folder, DIM, "emb").close()  # a second open finds it current


OLD_SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE files(
    source TEXT PRIMARY KEY, sha256 TEXT NOT NULL, size INTEGER, mtime_ns INTEGER,
    format TEXT, chunks INTEGER NOT NULL, ingested_at TEXT NOT NULL);
CREATE TABLE chunks(
    id INTEGER PRIMARY KEY, chunk_id TEXT NOT NULL, source TEXT NOT NULL,
    ordinal INTEGER NOT NULL, page INTEGER, heading TEXT, text TEXT NOT NULL,
    sealed BLOB, vector BLOB NOT NULL);
CREATE VIRTUAL TABLE chunks_fts USING fts5(
    text, heading, content='chunks', content_rowid='id', tokenize='porter unicode61');
CREATE TRIGGER chunks_ai AFTER INSERT ON chunks BEGIN
    INSERT INTO chunks_fts(rowid, text, heading) VALUES (new.id, new.text, coalesce(new.heading, ''));
END;
CREATE TRIGGER chunks_ad AFTER DELETE ON chunks BEGIN
    INSERT INTO chunks_fts(chunks_fts, rowid, text, heading)
    VALUES ('delete', old.id, old.text, coalesce(old.heading, ''));
END;
"""
