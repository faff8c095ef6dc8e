"""Audit log benchmark: appends/s with fsync per record, verify records/s over 100k records.

Run `python -m benchmarks.audit` or `python benchmarks/audit.py` [--records N] [--appends N].
"""
from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a file: its own folder would shadow the `audit` package
    _here = Path(__file__).resolve().parent
    sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _here]
    sys.path.insert(0, str(_here.parent))

import argparse  # noqa: E402
import os  # noqa: E402
import statistics  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from contextlib import contextmanager  # noqa: E402

from audit import AuditLog, verify  # noqa: E402
from audit.keys import generate_reviewer_keys, install_reviewer_key  # noqa: E402

PAYLOAD = {"prompt": "What is the retention period for <PERSON_1>'s discharge summary?" * 2,
           "answer": "Records are kept for ten years after the last visit [1]." * 4,
           "chunks": [{"id": f"c{i}", "sha256": "ab" * 32} for i in range(4)],
           "settings": {"temperature": 0.0, "max_new_tokens": 256}}


@contextmanager
def _no_fsync():
    """Only to build the 100k-record log for the verify figure quickly; never for the append figure."""
    real = os.fsync
    os.fsync = lambda fd: None
    try:
        yield
    finally:
        os.fsync = real


def bench_append(ws: Path, n: int) -> list[float]:
    times = []
    with AuditLog.open(ws / "a", ws / "keys") as log:
        for _ in range(n):
            t = time.perf_counter()
            log.append("ask", PAYLOAD, user="bench")
            times.append(time.perf_counter() - t)
    return times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--records", type=int, default=100_000)
    ap.add_argument("--appends", type=int, default=500)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        ws = Path(tmp)
        _, pub = generate_reviewer_keys(ws / "rev", "benchmark-passphrase")
        install_reviewer_key(pub, ws / "keys")
        times = bench_append(ws, args.appends)
        ms = sorted(t * 1e3 for t in times)
        print(f"append (fsync per record): {len(times) / sum(times):,.0f} appends/s; "
              f"median {statistics.median(ms):.2f} ms, p99 {ms[int(len(ms) * 0.99) - 1]:.2f} ms per record")

        t = time.perf_counter()
        with _no_fsync(), AuditLog.open(ws / "v", ws / "keys") as log:
            for _ in range(args.records):
                log.append("ask", PAYLOAD, user="bench")
        build = time.perf_counter() - t
        size = sum(p.stat().st_size for p in (ws / "v").iterdir())
        print(f"built {args.records:,} records ({size / 1e6:.1f} MB) without fsync in {build:.1f} s "
              f"({args.records / build:,.0f} seal+append/s)")
        t = time.perf_counter()
        res = verify(ws / "v", ws / "keys")
        took = time.perf_counter() - t
        assert res.ok and res.records == args.records, res
        print(f"verify: {res.records:,} records in {took:.2f} s = {res.records / took:,.0f} records/s "
              f"(target >= 50,000/s)")


if __name__ == "__main__":
    main()
