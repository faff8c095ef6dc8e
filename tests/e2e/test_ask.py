"""End to end with the real default models: ingest, ask, search, refuse, audit."""
from __future__ import annotations

import json

import pytest

from assistant import domains

from e2e_support import run_cli

pytestmark = pytest.mark.slow
DOMAIN = domains.load("healthcare")
OFF_TOPIC = "What is the boiling point of liquid nitrogen on Mars?"


@pytest.fixture(scope="module")
def answered(healthcare_ws):
    proc = run_cli(healthcare_ws, "ask", "--json", "--domain", "healthcare", DOMAIN.sample_question)
    return json.loads(proc.stdout)


def test_ask_json_schema(answered):
    assert set(answered) >= {"answer", "refused", "citations", "redactions", "audit_seq", "model_sha256"}
    assert isinstance(answered["answer"], str) and answered["answer"].strip()
    assert isinstance(answered["refused"], bool) and isinstance(answered["audit_seq"], int)
    assert len(answered["model_sha256"]) == 64
    for c in answered["citations"]:
        assert set(c) >= {"n", "source", "page", "chunk_id", "text"}
        assert isinstance(c["n"], int) and isinstance(c["text"], str)
        assert c["page"] is None or isinstance(c["page"], int)
    for r in answered["redactions"]:
        assert set(r) == {"entity", "placeholder"}


def test_sample_question_is_answered_from_the_samples(answered):
    assert not answered["refused"], answered["answer"]
    assert answered["citations"], "an answer must cite at least one passage"
    assert all("/healthcare/" in c["source"] for c in answered["citations"])


def test_off_topic_question_is_refused(healthcare_ws):
    proc = run_cli(healthcare_ws, "ask", "--json", OFF_TOPIC)
    result = json.loads(proc.stdout)
    assert result["refused"] is True
    assert result["citations"] == []
    assert DOMAIN.refusal in result["answer"]


def test_search_json_schema(healthcare_ws):
    proc = run_cli(healthcare_ws, "search", "--json", "-k", "3", DOMAIN.sample_question)
    hits = json.loads(proc.stdout)
    assert 1 <= len(hits) <= 3
    assert [h["rank"] for h in hits] == list(range(1, len(hits) + 1))
    for h in hits:
        assert set(h) >= {"rank", "score", "source", "page", "chunk_id", "text"}


def test_jsonl_batches_keep_order(healthcare_ws):
    lines = "\n".join(json.dumps({"question": q}) for q in (DOMAIN.sample_question, OFF_TOPIC))
    proc = run_cli(healthcare_ws, "ask", "--jsonl", stdin=lines + "\n")
    results = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["refused"] for r in results] == [False, True]
    assert results[1]["audit_seq"] > results[0]["audit_seq"]
    searched = run_cli(healthcare_ws, "search", "--jsonl", "-k", "2", stdin=lines + "\n")
    assert [len(json.loads(x)) for x in searched.stdout.splitlines()] == [2, 2]


def test_every_ask_is_audited_and_the_log_verifies(healthcare_ws, answered):
    proc = run_cli(healthcare_ws, "audit", "verify", check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_bad_jsonl_is_a_usage_error(healthcare_ws):
    proc = run_cli(healthcare_ws, "search", "--jsonl", stdin="not json\n", check=False)
    assert proc.returncode == 2
    assert "line 1" in proc.stderr and "Traceback" not in proc.stderr


def test_eval_calibrate_fits_the_refusal_settings_on_training_items(healthcare_ws):
    """`assistant eval --calibrate` reads train.jsonl (never the eval set) with the
    real model and embedder, and prints settings that refuse as well as it says."""
    proc = run_cli(healthcare_ws, "eval", "--domain", "finance", "--calibrate", "--limit", "12", "--json")
    found = json.loads(proc.stdout)
    assert found["n"] == 12 and found["unanswerable"] >= 1
    assert 0.0 <= found["min_score"] < 1.0 and 0.0 < found["refusal_threshold"] <= 1.0 + 1e-6
    assert 0.0 < found["f1"] <= 1.0
    text = run_cli(healthcare_ws, "eval", "--domain", "finance", "--calibrate", "--limit", "12").stdout
    assert f"min_score = {found['min_score']}" in text and "refusal_threshold" in text
