"""Run every benchmark and rewrite docs/BENCHMARKS.md with what they printed.

    python -m benchmarks [NAME ...]     # default: all, in the order below

Each benchmark measures its baseline in the same run and prints markdown.
Only a run of all of them rewrites docs/BENCHMARKS.md; a run of some prints.
A benchmark that fails is recorded as failed; the others still run.
"""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOC = HERE.parent / "docs" / "BENCHMARKS.md"
ORDER = {
    "generate": "Generation: our ask path vs llama.cpp on the same GGUF",
    "startup": "Start-up and memory of the CLI",
    "embed": "Embedding: int8 ONNX vs PyTorch",
    "ingest": "Ingest pipeline vs raw embedding throughput",
    "bulk_ingest": "Memory of a 10,000-file ingest",
    "retrieval": "Retrieval quality: dense, BM25, hybrid",
    "ann": "Approximate search at 1M vectors vs exact",
    "pii": "PII redaction vs Presidio's default analyzer",
    "probes": "PII probes of our own through the domain packs",
    "audit": "Audit log: append and verify",
}


def run(name: str) -> str:
    cmd = [sys.executable, str(HERE / f"{name}.py")]
    started = time.time()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=HERE.parent)
    took = time.time() - started
    body = proc.stdout.strip() or "(no output)"
    if proc.returncode != 0:
        body += f"\n\n**failed** (exit {proc.returncode}):\n```\n{proc.stderr.strip()[-1500:]}\n```"
    return (f"## {ORDER.get(name, name)}\n\nCommand: `python benchmarks/{name}.py` "
            f"({took:.0f} s)\n\n{body}\n")


def main() -> None:
    chosen = sys.argv[1:]
    names = chosen or [n for n in ORDER if (HERE / f"{n}.py").exists()]
    machine = subprocess.run(["uname", "-m"], capture_output=True, text=True).stdout.strip()
    sections = []
    for name in names:
        print(f"running {name}…", file=sys.stderr, flush=True)
        section = run(name)
        print(section, flush=True)
        sections.append(section)
    header = ("# Benchmarks\n\nWritten by `make bench` (`python -m benchmarks`) on "
              f"{time.strftime('%Y-%m-%d')}, {machine}, {len(__import__('os').sched_getaffinity(0))} cores. "
              "Every ratio is against a baseline measured in the same run; the machines are "
              "shared, so absolute figures move by tens of percent between runs.\n\n")
    if not chosen:  # a subset would replace the whole file with its few sections
        DOC.write_text(header + "\n".join(sections))


if __name__ == "__main__":
    main()
