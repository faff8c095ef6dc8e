"""Whole-pipeline ingest throughput against raw embedding, in one run.

    python benchmarks/ingest.py [--docs 150]

Corpus: MedQuAD answers (shared/data/medquad) written out as text files.
Baseline: SentenceTransformer.encode (PyTorch) on exactly the chunks the
pipeline made, with the embedding text the pipeline embedded.
Pipeline: discover, load, chunk, redact (Presidio + our recognizers), embed
(the app's default backend: int8 ONNX when available), store (SQLite + FAISS),
as `assistant ingest` runs it.
"""
from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from common import embedder, medquad_library, offline


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=150)
    args = ap.parse_args()
    offline()
    from assistant.ingest.context import embedding_text

    emb = embedder()
    raw = embedder("torch")
    with tempfile.TemporaryDirectory() as tmp:
        library, corpus, _, words = medquad_library(Path(tmp), args.docs, emb)
        store = library.store
        raw.encode(["warm up"])
        t0 = time.perf_counter()
        report = library.ingest([corpus])
        pipeline_s = time.perf_counter() - t0
        ids = [row[0] for row in store.db.execute("SELECT id FROM chunks ORDER BY id")]
        texts = [embedding_text(c) for c in store._chunks(ids).values()]
        t0 = time.perf_counter()
        raw.encode(texts)
        raw_s = time.perf_counter() - t0
    pipe_rate, raw_rate = report.chunks / pipeline_s, len(texts) / raw_s
    print(f"pipeline embedder backend: {emb.backend}\n")
    print("| corpus | files | words | chunks | raw encode chunks/s (baseline) | pipeline chunks/s | ratio |")
    print("|---|---|---|---|---|---|---|")
    print(f"| MedQuAD answers | {report.files} | {words:,} | {report.chunks} | {raw_rate:.1f} | "
          f"{pipe_rate:.1f} | {pipe_rate / raw_rate:.2f} |")
    print(f"\ntarget: pipeline >= 0.8 x raw encode: {'met' if pipe_rate / raw_rate >= 0.8 else 'NOT met'}")


if __name__ == "__main__":
    main()
