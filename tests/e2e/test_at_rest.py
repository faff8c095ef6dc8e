"""Nothing in clear at rest: after ingest + ask, the planted canary (name, SSN,
MRN in a healthcare sample) and the analyst's question and answer text are
nowhere in the workspace's bytes: index, SQLite and its WAL, caches, logs."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from e2e_support import run_cli

pytestmark = pytest.mark.slow
CANARIES = ("Canary Testpatient", "078-05-1120", "99887766")


def workspace_bytes(ws: Path) -> list[tuple[Path, bytes]]:
    out = []
    for dirpath, dirnames, filenames in os.walk(ws):  # does not follow the models/ symlink
        for name in filenames:
            path = Path(dirpath) / name
            if not path.is_symlink():
                out.append((path, path.read_bytes()))
    return out


def test_canary_never_rests_in_clear(healthcare_ws):
    question = "What happened to Canary Testpatient, SSN 078-05-1120?"
    proc = run_cli(healthcare_ws, "ask", "--json", question)
    answer = json.loads(proc.stdout)
    # The name and the SSN were both replaced before the model saw them (the
    # small spaCy model may label the odd name a LOCATION: still redacted).
    assert "SSN" in {r["entity"] for r in answer["redactions"]}
    assert len(answer["redactions"]) >= 2
    files = workspace_bytes(healthcare_ws)
    assert any(p.suffix == ".sqlite" for p, _ in files)
    for path, data in files:
        for canary in CANARIES:
            for encoded in (canary.encode(), canary.encode("utf-16-le")):
                assert encoded not in data, f"{canary!r} in clear in {path}"


def test_a_question_pasted_with_layout_marks_is_redacted_all_the_same(healthcare_ws):
    # Pasted from a PDF: a soft hyphen in the name, a zero-width space in the SSN.
    question = "What happened to Canary Test\u00adpatient, SSN 078-05-\u200b1120?"
    answer = json.loads(run_cli(healthcare_ws, "ask", "--json", question).stdout)
    assert "SSN" in {r["entity"] for r in answer["redactions"]}
    for path, data in workspace_bytes(healthcare_ws):
        for secret in ("Test\u00adpatient", "078-05-\u200b1120", *CANARIES):
            assert secret.encode() not in data, f"{secret!r} in clear in {path}"


def test_question_and_answer_text_are_not_in_clear(healthcare_ws):
    question = "Which form does the amendment procedure require patients to sign?"
    proc = run_cli(healthcare_ws, "ask", "--json", question)
    answer = json.loads(proc.stdout)["answer"]
    files = workspace_bytes(healthcare_ws)
    for path, data in files:
        assert question.encode() not in data, f"the question is in clear in {path}"
    # The answer may quote an indexed passage (kept redacted by policy), so it
    # is looked for in the audit log, where it must only exist sealed.
    audit_files = [(p, d) for p, d in files if "audit" in p.relative_to(healthcare_ws).parts]
    assert audit_files
    for path, data in audit_files:
        assert answer[:24].encode() not in data, f"the answer is in clear in {path}"


def test_reviewer_reads_the_pseudonym_map_only_inside_the_sealed_record(healthcare_ws, reviewer):
    from audit.read import entries, load_keys

    from e2e_support import PASSPHRASE

    question = "Is SSN 078-05-1120 mentioned in the incident report?"
    answer = json.loads(run_cli(healthcare_ws, "ask", "--json", question).stdout)
    keys = load_keys([next(reviewer.glob("*.key"))], [PASSPHRASE.encode()])
    record = next(e for e in entries(healthcare_ws / "audit", keys) if e.seq == answer["audit_seq"])
    assert record.kind == "ask"
    assert len(record.payload["redactor"]) == 16  # the redaction's fingerprint, as the index keeps it
    assert "078-05-1120" not in record.payload["prompt"]
    placeholder = next(p for p, v in record.payload["pseudonyms"].items() if v == "078-05-1120")
    assert placeholder in record.payload["prompt"]
    # What the analyst sees has the real value back wherever the model used the placeholder.
    assert placeholder not in answer["answer"]
