"""Benchmarks: each module runs alone (`python benchmarks/NAME.py`) and prints
markdown; `python -m benchmarks` runs them all and rewrites docs/BENCHMARKS.md."""
