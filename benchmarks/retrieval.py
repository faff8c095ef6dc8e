"""Retrieval quality of dense, BM25 and hybrid search, in one run.

    python benchmarks/retrieval.py [--pubmed-limit N] [--sec-limit N]

(a) SEC 10-Q: the 20 filings in shared/data/docugami_sec10q ingested page by
    page; a question's hit is a passage from one of its gold documents.
(b) PubMedQA: each abstract's CONTEXTS as one document (never LONG_ANSWER);
    a hit is a passage of the question's own abstract.
"""
from __future__ import annotations

import argparse
import csv
import fnmatch
import json
import tempfile
import time
from pathlib import Path

from common import DATA, embedder, offline, ranks_to_metrics

MODES = ("dense", "bm25", "hybrid")


def build_store(emb, docs: list[tuple[str, list[str]]], folder: Path):
    from assistant.index import Store
    from assistant.ingest.chunker import Chunker
    from assistant.types import Block, Document

    store = Store(folder, emb.dim, emb.sha256)
    chunker = Chunker(emb.count_tokens, max_tokens=256)
    total = 0
    for name, pages in docs:
        doc = Document(name, name, "text", tuple(Block(p, page=i) for i, p in enumerate(pages, 1) if p.strip()))
        chunks = chunker.chunk(doc)
        store.replace_file(doc, chunks, emb.encode([c.text for c in chunks]))
        total += len(chunks)
    return store, total


def evaluate(emb, store, questions: list[tuple[str, callable]], k: int = 10) -> dict[str, dict]:
    out = {}
    vectors = emb.encode([q for q, _ in questions])
    for mode in MODES:
        ranks = []
        for (q, relevant), v in zip(questions, vectors):
            hits = store.search(v, q, k, mode=mode).hits
            ranks.append(next((h.rank for h in hits if relevant(h.chunk.source)), None))
        out[mode] = ranks_to_metrics(ranks)
    return out


def sec_set(limit: int | None):
    folder = DATA / "docugami_sec10q"
    docs = [(p.stem, p.read_text(encoding="utf-8", errors="replace").split("\f"))
            for p in sorted((folder / "doc_text").glob("*.txt"))]
    rows = list(csv.DictReader(open(folder / "qna_data.csv", encoding="utf-8-sig")))[:limit]
    questions = [(r["Question"], lambda src, g=r["Source Docs"]: any(
        fnmatch.fnmatch(src, pat.strip()) for pat in g.split(","))) for r in rows]
    return docs, questions


def pubmed_set(limit: int | None):
    data = json.loads((DATA / "pubmedqa" / "train_dev.json").read_text())
    items = list(data.items())[:limit]
    docs = [(pmid, [" ".join(item["CONTEXTS"])]) for pmid, item in items]
    questions = [(item["QUESTION"], lambda src, p=pmid: src == p) for pmid, item in items]
    return docs, questions


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sec-limit", type=int)
    ap.add_argument("--pubmed-limit", type=int)
    args = ap.parse_args()
    offline()
    emb = embedder()
    print("| set | passages | questions | mode | hit@1 | hit@5 | MRR@10 |")
    print("|---|---|---|---|---|---|---|")
    for name, (docs, questions) in (("SEC 10-Q (page of a gold filing)", sec_set(args.sec_limit)),
                                    ("PubMedQA (own abstract)", pubmed_set(args.pubmed_limit))):
        with tempfile.TemporaryDirectory() as tmp:
            t0 = time.perf_counter()
            store, passages = build_store(emb, docs, Path(tmp))
            built = time.perf_counter() - t0
            for mode, m in evaluate(emb, store, questions).items():
                print(f"| {name} | {passages} | {len(questions)} | {mode} | {m['hit@1']:.3f} | "
                      f"{m['hit@5']:.3f} | {m['mrr']:.3f} |")
            store.close()
        print(f"<!-- {name}: index built in {built:.0f}s -->")


if __name__ == "__main__":
    main()
