"""The store on its own, with small random unit vectors: no model needed."""
import numpy as np
import pytest

from assistant.errors import StoreError
from assistant.index import Store
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
