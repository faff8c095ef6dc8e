"""Retrieval quality of dense, BM25 and hybrid search, in one run.

    python benchmarks/retrieval.py [--pubmed-limit N] [--sec-limit N] [--no-context] [--sweep]

(a) SEC 10-Q: the 20 filings in shared/data/docugami_sec10q ingested page by
    page, each named by its file ("2022 Q3 AAPL"); a question's hit is a
    passage from one of its gold documents. The questions are split in two
    halves by row (even rows: the tuning half, odd rows: the reported half);
    fusion weights are chosen on the tuning half only (``--sweep`` prints
    that grid) and figures are printed for each half and the whole set.
(b) PubMedQA: each abstract's CONTEXTS as one document (never LONG_ANSWER),
    named by its PMID; a hit is a passage of the question's own abstract.

Passages are embedded and indexed as ``Library`` does it: with their
contextual header (assistant.ingest.context). ``--no-context`` embeds the bare
passage with no title, as the store did before, for comparison.
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
# The grid --sweep tries on the SEC tuning half: (dense weight, BM25 weight) for RRF.
SWEEP = [(1.0, w) for w in (1.0, 0.75, 0.5, 0.35, 0.25, 0.15, 0.1, 0.05)]


def build_store(emb, docs: list[tuple[str, list[str]]], folder: Path, context: bool = True):
    from dataclasses import replace

    from assistant.index import Store
    from assistant.ingest.chunker import Chunker
    from assistant.ingest.context import embedding_text
    from assistant.types import Block, Document

    store = Store(folder, emb.dim, emb.sha256)
    chunker = Chunker(emb.count_tokens, max_tokens=256)
    total = 0
    for name, pages in docs:
        doc = Document(name, name, "text", tuple(Block(p, page=i) for i, p in enumerate(pages, 1) if p.strip()))
        chunks = chunker.chunk(doc)
        if not context:
            chunks = [replace(c, title=None) for c in chunks]
        store.replace_file(doc, chunks, emb.encode([embedding_text(c) for c in chunks]))
        total += len(chunks)
    return store, total


def first_hits(store, questions, vectors, mode: str, fusion=None, k: int = 10) -> list[int | None]:
    """Per question, the rank of the first passage from a relevant document (None: not in the top k)."""
    extra = {"fusion": fusion} if fusion else {}
    ranks = []
    for (q, relevant), v in zip(questions, vectors):
        hits = store.search(v, q, k, mode=mode, **extra).hits
        ranks.append(next((h.rank for h in hits if relevant(h.chunk.source)), None))
    return ranks


def halves(n: int) -> dict[str, list[int]]:
    """Question indices: the tuning half (even rows), the reported half (odd rows), all."""
    return {"tuning half": list(range(0, n, 2)), "reported half": list(range(1, n, 2)),
            "all": list(range(n))}


def sweep(store, questions, vectors) -> None:
    """RRF weights on the tuning half only: the reported half never chooses them."""
    from assistant.index import FUSION, Fusion

    tune = halves(len(questions))["tuning half"]
    qs, vs = [questions[i] for i in tune], vectors[tune]
    print(f"\nSweep on the SEC tuning half ({len(tune)} questions), RRF k={FUSION.k}:\n")
    print("| dense weight | BM25 weight | hit@1 | hit@5 | MRR@10 |")
    print("|---|---|---|---|---|")
    for dense, sparse in SWEEP:
        m = ranks_to_metrics(first_hits(store, qs, vs, "hybrid", Fusion(dense, sparse, FUSION.k)))
        print(f"| {dense} | {sparse} | {m['hit@1']:.3f} | {m['hit@5']:.3f} | {m['mrr']:.3f} |")


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


def report(name: str, passages: int, ranks: dict[str, list], subsets: dict[str, list[int]]) -> None:
    for subset, rows in subsets.items():
        for mode in MODES:
            m = ranks_to_metrics([ranks[mode][i] for i in rows])
            label = name if subset == "all" and len(subsets) == 1 else f"{name}, {subset}"
            print(f"| {label} | {passages} | {len(rows)} | {mode} | {m['hit@1']:.3f} | "
                  f"{m['hit@5']:.3f} | {m['mrr']:.3f} |")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sec-limit", type=int)
    ap.add_argument("--pubmed-limit", type=int)
    ap.add_argument("--no-context", action="store_true", help="embed bare passages, no titles")
    ap.add_argument("--sweep", action="store_true", help="print the RRF weight grid on the SEC tuning half")
    args = ap.parse_args()
    offline()
    emb = embedder()
    print("| set | passages | questions | mode | hit@1 | hit@5 | MRR@10 |")
    print("|---|---|---|---|---|---|---|")
    sets = (("SEC 10-Q (page of a gold filing)", sec_set(args.sec_limit), True),
            ("PubMedQA (own abstract)", pubmed_set(args.pubmed_limit), False))
    notes = []
    for name, (docs, questions), split in sets:
        with tempfile.TemporaryDirectory() as tmp:
            t0 = time.perf_counter()
            store, passages = build_store(emb, docs, Path(tmp), context=not args.no_context)
            notes.append(f"<!-- {name}: index built in {time.perf_counter() - t0:.0f}s -->")
            vectors = emb.encode([q for q, _ in questions])
            ranks = {mode: first_hits(store, questions, vectors, mode) for mode in MODES}
            subsets = halves(len(questions)) if split else {"all": list(range(len(questions)))}
            report(name, passages, ranks, subsets)
            if split and args.sweep:
                notes.append(_captured(sweep, store, questions, vectors))
            store.close()
    print("\n".join(notes))


def _captured(fn, *args) -> str:
    """fn's printed table, to print after the main table rather than inside it."""
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        fn(*args)
    return out.getvalue()


if __name__ == "__main__":
    main()
