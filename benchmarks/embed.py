"""The fast embedder path against PyTorch, in one run: speed and retrieval.

    python benchmarks/embed.py [--sec-limit N] [--pubmed-limit N]

Passages: the SEC 10-Q filings and the PubMedQA abstracts of
benchmarks/retrieval.py, chunked and given their contextual header as the app
does. Baseline: sentence-transformers' ``encode`` (PyTorch, fp32). Fast path:
the int8 ONNX export under onnxruntime (``assistant.embed``). Both encode the
same passages, in the order torch, onnx, onnx, torch across the two sets so a
drift in machine load falls on both. Quality: dense hit@5 (exact search) with
each backend's vectors, and with passages from one and questions from the
other (an index built before the switch, queried after it).
"""
from __future__ import annotations

import argparse
import time

import numpy as np

from common import embedder, offline, ranks_to_metrics
from retrieval import pubmed_set, sec_set


def passages(emb, docs):
    from assistant.ingest.chunker import Chunker
    from assistant.ingest.context import embedding_text
    from assistant.types import Block, Document

    chunker = Chunker(emb.count_tokens, max_tokens=256)
    texts, sources = [], []
    for name, pages in docs:
        doc = Document(name, name, "text", tuple(Block(p, page=i) for i, p in enumerate(pages, 1) if p.strip()))
        for chunk in chunker.chunk(doc):
            texts.append(embedding_text(chunk))
            sources.append(chunk.source)
    return texts, sources


def hit_at_5(passage_vectors, question_vectors, sources, questions) -> float:
    top = np.argsort(-(question_vectors @ passage_vectors.T), axis=1)[:, :10]
    ranks = [next((r for r, i in enumerate(row, 1) if relevant(sources[i])), None)
             for row, (_, relevant) in zip(top, questions)]
    return ranks_to_metrics(ranks)["hit@5"]


def timed(emb, texts):
    t0 = time.perf_counter()
    vectors = emb.encode(texts)
    return vectors, time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sec-limit", type=int)
    ap.add_argument("--pubmed-limit", type=int)
    args = ap.parse_args()
    offline()
    backends = {"torch": embedder("torch"), "onnx": embedder("onnx")}
    for emb in backends.values():
        emb.encode(["warm up"] * 4)
    sets = [("SEC 10-Q", sec_set(args.sec_limit), ("torch", "onnx")),
            ("PubMedQA", pubmed_set(args.pubmed_limit), ("onnx", "torch"))]
    seconds = {name: 0.0 for name in backends}
    total = 0
    rows = []
    for label, (docs, questions), order in sets:
        texts, sources = passages(backends["torch"], docs)
        total += len(texts)
        vecs, qvecs = {}, {}
        for name in order:
            vecs[name], took = timed(backends[name], texts)
            seconds[name] += took
            qvecs[name] = backends[name].encode([q for q, _ in questions])
        cos = float(np.mean(np.sum(vecs["torch"] * vecs["onnx"], axis=1)))
        hits = {(p, q): hit_at_5(vecs[p], qvecs[q], sources, questions)
                for p in backends for q in backends}
        rows.append((label, len(texts), len(questions), cos, hits))
    print("| set | passages | questions | mean cosine onnx vs torch | dense hit@5 torch (baseline) "
          "| dense hit@5 onnx | passages torch, questions onnx |")
    print("|---|---|---|---|---|---|---|")
    for label, n, nq, cos, h in rows:
        print(f"| {label} | {n} | {nq} | {cos:.4f} | {h['torch', 'torch']:.3f} | {h['onnx', 'onnx']:.3f} "
              f"| {h['torch', 'onnx']:.3f} |")
    rate = {name: total / s for name, s in seconds.items()}
    ratio = rate["onnx"] / rate["torch"]
    print(f"\n| embedder | passages/s | ratio |\n|---|---|---|\n| PyTorch fp32 (baseline) | "
          f"{rate['torch']:.1f} | 1.00 |\n| ONNX int8 | {rate['onnx']:.1f} | {ratio:.2f} |")
    worst = max(h["torch", "torch"] - h["onnx", "onnx"] for *_, h in rows)
    print(f"\ntarget: >= 2.5x PyTorch: {'met' if ratio >= 2.5 else 'NOT met'} ({ratio:.2f}x); "
          f"hit@5 within 1 point of PyTorch: {'met' if worst <= 0.01 else 'NOT met'} "
          f"(largest drop {worst * 100:+.1f} points)")


if __name__ == "__main__":
    main()
