"""The fine-tuning data (train.jsonl, eval.jsonl): schema, targets that cite the
gold passages, no train/eval leakage, refusal share, and a deterministic build.
The sample documents and their question sets are tested in test_domains.py."""
from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest

from domains import build_datasets

ROOT = Path(__file__).resolve().parents[2]
DOMAINS = ("healthcare", "finance")
SPLITS = ("train", "eval")
KEYS = {"id", "question", "passages", "answer", "answerable", "answer_type", "label", "source"}
TYPES = {"yes/no/maybe", "span", "number", "refusal"}
CITATION = re.compile(r"\[(\d+)\]")


def rows(domain: str, name: str) -> list[dict]:
    path = ROOT / "domains" / domain / f"{name}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def refusal(domain: str) -> str:
    return tomllib.loads((ROOT / "domains" / domain / "domain.toml").read_text())["refusal"].strip()


def gold_numbers(ex: dict) -> set[int]:
    return {p["n"] for p in ex["passages"] if p["gold"]}


@pytest.mark.parametrize("domain", DOMAINS)
@pytest.mark.parametrize("split", SPLITS)
def test_schema_of_every_line(domain, split):
    path = ROOT / "domains" / domain / f"{split}.jsonl"
    assert path.stat().st_size < 2_000_000
    data = rows(domain, split)
    assert len({ex["id"] for ex in data}) == len(data), "duplicate ids"
    prefix = "pubmedqa:" if domain == "healthcare" else "tatqa:"
    for ex in data:
        assert set(ex) == KEYS, ex.get("id")
        assert isinstance(ex["question"], str) and ex["question"].strip(), ex["id"]
        assert isinstance(ex["answer"], str) and ex["answer"].strip(), ex["id"]
        assert isinstance(ex["answerable"], bool) and ex["answer_type"] in TYPES, ex["id"]
        assert ex["source"].startswith(prefix) and len(ex["source"]) > len(prefix), ex["id"]
        assert 1 <= len(ex["passages"]) <= 3, ex["id"]
        assert [p["n"] for p in ex["passages"]] == list(range(1, len(ex["passages"]) + 1)), ex["id"]
        for p in ex["passages"]:
            assert set(p) == {"n", "text", "gold"} and isinstance(p["gold"], bool), ex["id"]
            assert 0 < len(p["text"].split()) <= 110, ex["id"]
        if ex["answer_type"] == "yes/no/maybe":
            assert ex["label"] in ("yes", "no", "maybe"), ex["id"]
        else:
            assert ex["label"] is None, ex["id"]


@pytest.mark.parametrize("domain", DOMAINS)
@pytest.mark.parametrize("split", SPLITS)
def test_targets_refusals_and_citations(domain, split):
    refuse = refusal(domain)
    for ex in rows(domain, split):
        if not ex["answerable"]:
            assert ex["answer"] == refuse and ex["answer_type"] == "refusal", ex["id"]
            assert not gold_numbers(ex), ex["id"]
            continue
        assert ex["answer_type"] != "refusal" and ex["answer"] != refuse, ex["id"]
        assert gold_numbers(ex), ex["id"]
        # The target cites exactly the gold passages.
        assert {int(n) for n in CITATION.findall(ex["answer"])} == gold_numbers(ex), ex["id"]
        if ex["answer_type"] == "yes/no/maybe":
            # the evidence, its citations, then the verdict
            assert re.fullmatch(rf"\S.* (\[\d\])+ Answer: {ex['label'].capitalize()}\.", ex["answer"]), ex["id"]
            assert len(ex["answer"].split()) <= 40, ex["id"]
        else:
            assert re.search(r"\S (\[\d\])+$", ex["answer"]), ex["id"]


@pytest.mark.parametrize("domain", DOMAINS)
def test_no_overlap_between_train_and_eval(domain):
    train, evals = rows(domain, "train"), rows(domain, "eval")
    assert len(evals) == 100 and 400 <= len(train) <= 850
    for field in ("id", "source"):
        assert not {r[field] for r in train} & {r[field] for r in evals}, field
    asked = {r["question"].strip().lower() for r in evals}
    assert not {r["question"].strip().lower() for r in train} & asked
    # Passages, not only targets: no abstract or report section is in both.
    seen = {p["text"] for r in train for p in r["passages"]}
    shared = [p["text"] for r in evals for p in r["passages"] if p["text"] in seen]
    assert not shared, shared[:3]


@pytest.mark.parametrize("domain", DOMAINS)
@pytest.mark.parametrize("split", SPLITS)
def test_unanswerable_share(domain, split):
    data = rows(domain, split)
    share = sum(not r["answerable"] for r in data) / len(data)
    assert 0.2 <= share <= 0.3, share


@pytest.mark.parametrize("domain", DOMAINS)
def test_refusals_use_other_items_passages_only(domain):
    for split in SPLITS:
        data = rows(domain, split)
        own = {}
        for ex in data:
            if ex["answerable"]:
                own.setdefault(ex["source"], set()).update(p["text"] for p in ex["passages"] if p["gold"])
        for ex in data:
            if not ex["answerable"]:
                assert not own.get(ex["source"], set()) & {p["text"] for p in ex["passages"]}, ex["id"]


SHARED = ROOT.parent / "shared" / "data"


@pytest.mark.skipif(not (SHARED / "pubmedqa").is_dir(),
                    reason=f"the outside data sets are not at {SHARED} (a checkout outside the project tree)")
def test_build_is_deterministic(tmp_path):
    build_datasets.main(["--data", str(SHARED), "--out", str(tmp_path)])
    for domain in DOMAINS:
        for split in SPLITS:
            built = (tmp_path / domain / f"{split}.jsonl").read_bytes()
            assert built == (ROOT / "domains" / domain / f"{split}.jsonl").read_bytes(), (domain, split)

