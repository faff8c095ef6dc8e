"""Start-up and memory of the installed CLI, as an analyst meets them.

    python benchmarks/startup.py [--runs 3]

- `assistant --help`: wall time of a cold process (target <= 0.3 s);
- `assistant ask` from a cold process to the first answer byte on stdout,
  with the models cached in the workspace and the disk cache warm (target
  <= 3 s), for fp32, int8 and int4 generator weights;
- peak RSS of that `ask` process (target <= 1.2 GB).
Baseline in the same run: `python -c "import torch"`, the floor any
PyTorch-based process pays before it does anything.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import MODELS, ROOT

BIN = Path(sys.executable).parent


def timed(cmd: list[str], env: dict, first_byte: bool = False) -> tuple[float, float, int]:
    """(seconds to the first stdout byte, or to exit; seconds to exit; the child's peak RSS in bytes)."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    first = None
    if first_byte:
        proc.stdout.read(1)
        first = time.perf_counter() - started
    proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)  # this child's own rusage, not all children's
    total = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} exited {proc.returncode}")
    return first or total, total, usage.ru_maxrss * 1024


def workspace(base: Path) -> dict:
    from audit.keys import generate_reviewer_keys, install_reviewer_key

    reviewer = base / "reviewer"
    generate_reviewer_keys(reviewer, "bench only")
    ws = base / "ws"
    (ws / "keys").mkdir(parents=True)
    install_reviewer_key(next(reviewer.glob("*.pub")), ws / "keys")
    models = MODELS
    models.mkdir(exist_ok=True)
    (ws / "models").symlink_to(models, target_is_directory=True)
    env = {**os.environ, "ASSISTANT_WORKSPACE": str(ws)}
    sample = ROOT / "domains" / "healthcare" / "sample"
    subprocess.run([str(BIN / "assistant"), "ingest", str(sample), "--domain", "healthcare", "--json"],
                   env=env, check=True, capture_output=True)
    return env


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    from assistant import domains

    question = domains.load("healthcare").sample_question
    base = Path(tempfile.mkdtemp(prefix="bench-startup-"))
    try:
        env = workspace(base)
        cases = {
            "python -c 'import torch' (baseline)": ([sys.executable, "-c", "import torch"], False),
            "assistant --help": ([str(BIN / "assistant"), "--help"], False),
        }
        for precision in ("fp32", "int8", "int4"):
            cases[f"assistant ask, {precision} (to first answer byte)"] = (
                [str(BIN / "assistant"), "ask", "--domain", "healthcare", "--precision", precision,
                 question], True)
        for cmd, first in cases.values():  # warm the disk cache and the converted-model cache
            timed(cmd, env, first)
        results = {name: [] for name in cases}
        for _ in range(args.runs):
            for name, (cmd, first) in cases.items():
                results[name].append(timed(cmd, env, first))
    finally:
        shutil.rmtree(base, ignore_errors=True)
    med = statistics.median
    print(f"{args.runs} cold processes each, alternating, medians; disk cache warm\n")
    print("| command | to first answer byte / exit s | whole run s | peak RSS MB |")
    print("|---|---|---|---|")
    for name, runs in results.items():
        print(f"| {name} | {med(r[0] for r in runs):.2f} | {med(r[1] for r in runs):.2f} | "
              f"{max(r[2] for r in runs) / 2**20:.0f} |")


if __name__ == "__main__":
    main()
