"""The domain packs' data: schema, no train/eval leakage, refusal share, determinism."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from assistant import domains

ROOT = Path(__file__).resolve().parents[2]
DOMAINS = ("healthcare", "finance")
KEYS = {"id", "question", "passages", "answer", "answerable", "answer_type", "label", "source"}


def rows(domain: str, split: str) -> list[dict]:
    path = ROOT / "domains" / domain / f"{split}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("domain", DOMAINS)
def test_schema_and_targets(domain):
    pack = domains.load(domain)
    for split in ("train", "eval"):
        for ex in rows(domain, split):
            assert set(ex) == KEYS, ex["id"]
            assert [p["n"] for p in ex["passages"]] == list(range(1, len(ex["passages"]) + 1))
            assert all(len(p["text"].split()) <= 112 for p in ex["passages"])
            if ex["answerable"]:
                assert any(p["gold"] for p in ex["passages"]), ex["id"]
                assert ex["answer"] != pack.refusal
            else:
                assert ex["answer"] == pack.refusal and ex["answer_type"] == "refusal"
                assert not any(p["gold"] for p in ex["passages"])


@pytest.mark.parametrize("domain", DOMAINS)
def test_no_leakage_between_train_and_eval(domain):
    train, evals = rows(domain, "train"), rows(domain, "eval")
    assert len(evals) == 100 and len(train) >= 300
    for field in ("id", "source", "question"):
        assert not {r[field] for r in train} & {r[field] for r in evals}, field


@pytest.mark.parametrize("domain", DOMAINS)
def test_unanswerable_share(domain):
    for split in ("train", "eval"):
        data = rows(domain, split)
        share = sum(not r["answerable"] for r in data) / len(data)
        assert 0.2 <= share <= 0.3, (split, share)


def test_build_is_deterministic(tmp_path):
    subprocess.run([sys.executable, str(ROOT / "domains" / "build_datasets.py"), "--out", str(tmp_path)],
                   check=True, capture_output=True)
    for domain in DOMAINS:
        for split in ("train", "eval"):
            built = (tmp_path / domain / f"{split}.jsonl").read_bytes()
            assert built == (ROOT / "domains" / domain / f"{split}.jsonl").read_bytes(), (domain, split)
