"""A workspace with the healthcare samples ingested by the real models, shared
by the end-to-end tests (models load once per test session)."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from e2e_support import PASSPHRASE, ROOT, new_workspace, run_cli


@pytest.fixture(scope="session")
def reviewer(tmp_path_factory) -> Path:
    from audit.keys import generate_reviewer_keys

    out = tmp_path_factory.mktemp("reviewer")
    generate_reviewer_keys(out, PASSPHRASE)
    (out / "passphrase").write_text(PASSPHRASE)
    return out


@pytest.fixture(scope="session")
def healthcare_ws(tmp_path_factory, reviewer, models_cache) -> Path:
    ws = new_workspace(tmp_path_factory.mktemp("hc"), reviewer, models_cache)
    sample = tmp_path_factory.mktemp("sample") / "healthcare"
    shutil.copytree(ROOT / "domains" / "healthcare" / "sample", sample)
    proc = run_cli(ws, "ingest", str(sample), "--domain", "healthcare", "--json")
    report = json.loads(proc.stdout)
    assert report["files"] >= 5 and report["chunks"] > 0, report
    return ws
