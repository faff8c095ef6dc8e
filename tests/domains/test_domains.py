"""The domain packs as a user meets them: domain.toml, the sample documents
(read by the real loaders), the question sets over them, the planted PII and
canary that the privacy tests rely on, and the reproducible sample PDFs."""
from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest

from assistant import domains
from assistant.ingest import loaders

ROOT = Path(__file__).resolve().parents[2]
PACKS = ROOT / "domains"
DOMAINS = ("healthcare", "finance")
FORMATS = {".md", ".txt", ".html", ".csv", ".eml", ".pdf"}
CANARY = ("Canary Testpatient", "078-05-1120", "MRN: 99887766")


def toml(domain: str) -> dict:
    return tomllib.loads((PACKS / domain / "domain.toml").read_text(encoding="utf-8"))


def samples(domain: str) -> list[Path]:
    return sorted(p for p in (PACKS / domain / "sample").iterdir() if p.is_file())


def loaded_text(path: Path) -> str:
    """What the index sees of a file, whitespace and case folded."""
    return " ".join(" ".join(b.text for b in loaders.load(path).blocks).split()).lower()


def questions(domain: str) -> list[dict]:
    lines = (PACKS / domain / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def test_the_packs_are_the_two_domains():
    assert domains.available() == sorted(DOMAINS)


@pytest.mark.parametrize("domain", DOMAINS)
def test_domain_toml_has_every_key(domain):
    data = toml(domain)
    assert data["name"] == domain and data["title"].strip()
    assert data["refusal"].strip() and data["sample_question"].strip().endswith("?")
    prompt = data["system_prompt"]
    assert "[1]" in prompt and "refusal" in prompt and len(prompt.split()) <= 80, "keep it short for a 135M model"
    assert isinstance(data["retrieval"]["k"], int) and 1 <= data["retrieval"]["k"] <= 8
    assert 0.0 < data["retrieval"]["min_score"] < 1.0
    assert data["privacy"]["at_rest"] in ("redact", "encrypt", "keep")
    assert isinstance(data["privacy"]["recognizers"], list)
    assert data["generation"]["max_new_tokens"] > 0 and data["generation"]["temperature"] >= 0.0
    assert data["model"]["adapter"].strip()
    pack = domains.load(domain)  # the app's own reader accepts it too
    assert (pack.name, pack.refusal, pack.sample_question) == (domain, data["refusal"], data["sample_question"])


@pytest.mark.parametrize("domain", DOMAINS)
def test_samples_cover_the_formats_and_are_concise(domain):
    files = samples(domain)
    assert 6 <= len(files) <= 8
    assert {p.suffix for p in files} == FORMATS
    for path in files:
        words = len(loaded_text(path).split())
        assert words > 0, path.name
        if path.suffix != ".csv":  # a table is as long as its rows
            assert 300 <= words <= 900, (path.name, words)


@pytest.mark.parametrize("domain", DOMAINS)
def test_questions_are_answered_by_the_samples(domain):
    qs = questions(domain)
    answerable = [q for q in qs if q["answerable"]]
    assert 10 <= len(answerable) <= 15 and len(qs) - len(answerable) == 5
    assert len({q["question"] for q in qs}) == len(qs)
    assert {q["source"] for q in answerable} == {p.name for p in samples(domain)}, "every sample is asked about"
    refusal = toml(domain)["refusal"]
    for q in qs:
        assert set(q) == {"question", "answer", "source", "answerable"}, q
        if not q["answerable"]:
            assert q["answer"] == refusal and q["source"] is None, q
            continue
        text = loaded_text(PACKS / domain / "sample" / q["source"])
        assert " ".join(q["answer"].split()).lower() in text, (q["source"], q["answer"])


@pytest.mark.parametrize("domain", DOMAINS)
def test_sample_question_is_one_of_the_answerable_questions(domain):
    asked = toml(domain)["sample_question"]
    assert any(q["question"] == asked and q["answerable"] for q in questions(domain))


def test_canary_is_planted_in_one_healthcare_sample():
    holders = [p.name for p in samples("healthcare") if all(c.lower() in loaded_text(p) for c in CANARY)]
    assert len(holders) == 1, holders
    for path in samples("finance"):
        assert not any(c.lower() in loaded_text(path) for c in CANARY), path.name


# -- the planted financial identifiers are well-formed, so redaction tests mean something
def luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def iban(value: str) -> bool:
    v = value.replace(" ", "")
    return int("".join(str(int(c, 36)) for c in v[4:] + v[:4])) % 97 == 1


def aba(value: str) -> bool:
    return sum(w * int(c) for w, c in zip([3, 7, 1] * 3, value)) % 10 == 0


def cusip(value: str) -> bool:
    total = 0
    for i, ch in enumerate(value[:8]):
        v = int(ch, 36) * (2 if i % 2 else 1)
        total += v // 10 + v % 10
    return (10 - total % 10) % 10 == int(value[8])


def isin(value: str) -> bool:
    return luhn("".join(str(int(c, 36)) for c in value))


def test_planted_financial_identifiers_pass_their_checksums():
    text = " ".join(loaded_text(p) for p in samples("finance")).upper()
    found = {
        "card": re.findall(r"\b4\d{3} \d{4} \d{4} \d{4}\b", text),
        "iban": re.findall(r"\bDE\d{2}(?: \d{4}){4} \d{2}\b", text),
        "aba": re.findall(r"ROUTING NUMBER (\d{9})", text),
        "cusip": re.findall(r"CUSIP ([0-9A-Z]{9})", text),
        "isin": re.findall(r"ISIN ([A-Z]{2}[0-9A-Z]{10})", text),
    }
    checks = {"card": lambda v: luhn(v.replace(" ", "")), "iban": iban, "aba": aba, "cusip": cusip, "isin": isin}
    for kind, values in found.items():
        assert values, f"no {kind} planted in the finance samples"
        for value in values:
            assert checks[kind](value), (kind, value)


def test_sample_pdfs_are_reproducible(tmp_path):
    pytest.importorskip("reportlab")
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_sample_pdfs", PACKS / "make_sample_pdfs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for built in module.build(tmp_path):
        committed = PACKS / built.relative_to(tmp_path)
        assert built.read_bytes() == committed.read_bytes(), committed.name
        assert [b.page for b in loaders.load(committed).blocks] == [1, 2]
