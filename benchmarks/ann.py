"""Approximate vs exact search at scale: recall@10 and query latency of the
IVF index the store switches to above 100k passages, against exact search
(the baseline) on the same vectors, in one run.

    python benchmarks/ann.py [--n 1000000] [--queries 200]

Vectors are synthetic but clustered (a mixture of Gaussians on the unit
sphere, like sentence embeddings), because uniform random vectors in 384
dimensions have no neighbours worth finding.
"""
from __future__ import annotations

import argparse
import time

import numpy as np


def clustered(n: int, dim: int, centres: int, rng) -> np.ndarray:
    means = rng.normal(size=(centres, dim)).astype(np.float32)
    out = np.empty((n, dim), dtype=np.float32)
    for start in range(0, n, 100_000):
        stop = min(n, start + 100_000)
        which = rng.integers(0, centres, stop - start)
        out[start:stop] = means[which] + 0.35 * rng.normal(size=(stop - start, dim)).astype(np.float32)
    out /= np.linalg.norm(out, axis=1, keepdims=True)
    return out


def main() -> None:
    import faiss

    from assistant.index import IVF_NPROBE, build_ivf

    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1_000_000)
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--dim", type=int, default=384)
    args = ap.parse_args()
    rng = np.random.default_rng(0)
    base = clustered(args.n, args.dim, 2000, rng)
    queries = clustered(args.queries, args.dim, 2000, np.random.default_rng(1))

    t0 = time.perf_counter()
    index = build_ivf(args.dim, args.n, lambda k: base[rng.choice(args.n, k, replace=False)])
    index.add_with_ids(base, np.arange(args.n, dtype=np.int64))
    build_s = time.perf_counter() - t0

    exact = faiss.IndexFlatIP(args.dim)
    exact.add(base)

    def timed(idx):
        lat, found = [], []
        for q in queries:
            t = time.perf_counter()
            _, ids = idx.search(q.reshape(1, -1), 10)
            lat.append(time.perf_counter() - t)
            found.append(ids[0])
        return np.array(found), np.array(lat) * 1000

    truth, exact_ms = timed(exact)
    approx, ivf_ms = timed(index)
    recall = np.mean([len(set(a) & set(t)) / 10 for a, t in zip(approx, truth)])
    print("| vectors | dim | index | nprobe | build s | recall@10 vs exact | p50 ms | p95 ms |")
    print("|---|---|---|---|---|---|---|---|")
    print(f"| {args.n:,} | {args.dim} | exact (baseline) | - | - | 1.000 | "
          f"{np.percentile(exact_ms, 50):.1f} | {np.percentile(exact_ms, 95):.1f} |")
    print(f"| {args.n:,} | {args.dim} | IVF{index.nlist},Flat | {IVF_NPROBE} | {build_s:.0f} | {recall:.3f} | "
          f"{np.percentile(ivf_ms, 50):.1f} | {np.percentile(ivf_ms, 95):.1f} |")
    print(f"\nspeed-up at p95: {np.percentile(exact_ms, 95) / np.percentile(ivf_ms, 95):.1f}x; "
          f"target recall@10 >= 0.95: {'met' if recall >= 0.95 else 'NOT met'}")


if __name__ == "__main__":
    main()
