"""Memory of a large ingest: does resident memory stay flat as files stream through?

    python benchmarks/bulk_ingest.py [--docs 10000] [--every 1000]

Corpus: MedQuAD answers (shared/data/medquad) written out as one Markdown
file each, ingested with the app's Library (discover, load, chunk, redact,
embed, store) as `assistant ingest` runs it. Baseline: the process's
resident memory once the models are loaded and warm, before the first file.
Printed at every checkpoint: files and chunks so far, resident memory now,
and its growth over the baseline per 1,000 files. A pipeline that held the
corpus in a list would grow with the text; what must grow is the FAISS
index (384 floats per chunk, 1.5 KB) and SQLite's page cache.
"""
from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

from common import embedder, medquad_library, offline


def rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * resource.getpagesize() / 2**20


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=10000)
    ap.add_argument("--every", type=int, default=1000)
    args = ap.parse_args()
    offline()
    emb = embedder()
    with tempfile.TemporaryDirectory() as tmp:
        library, corpus, n, _ = medquad_library(Path(tmp), args.docs, emb)
        base = rss_mb()
        rows, counts = [], {"files": 0, "chunks": 0}
        started = time.perf_counter()

        def progress(event: str, data: dict) -> None:
            if event != "file":
                return
            counts["files"] += 1
            counts["chunks"] += data.get("chunks", 0)
            if counts["files"] % args.every == 0:
                rows.append((counts["files"], counts["chunks"], rss_mb(), time.perf_counter() - started))

        report = library.ingest([corpus], progress=progress)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{n} files, {report.chunks} chunks in {report.seconds:.0f} s; resident memory with the "
          f"models loaded (baseline): {base:.0f} MB; peak of the whole run: {peak:.0f} MB\n")
    print("| files | chunks | resident MB | growth over baseline MB | per 1,000 files MB |")
    print("|---|---|---|---|---|")
    for files, chunks, now, _ in rows:
        print(f"| {files} | {chunks} | {now:.0f} | {now - base:.0f} | {(now - base) / files * 1000:.1f} |")
    if len(rows) >= 2:
        (f1, _, r1, _), (f2, _, r2, _) = rows[0], rows[-1]
        print(f"\ngrowth from {f1} to {f2} files: {(r2 - r1) / (f2 - f1) * 1000:.1f} MB per 1,000 files")


if __name__ == "__main__":
    main()
