"""A workspace with the healthcare samples ingested by the real models, shared
by the end-to-end tests (models load once per test session)."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "correct horse battery staple"


def run_cli(workspace: Path, *args: str, stdin: str | None = None, check: bool = True):
    """The installed console script, as an analyst runs it."""
    exe = Path(sys.executable).parent / "assistant"
    env = {**os.environ, "ASSISTANT_WORKSPACE": str(workspace)}
    proc = subprocess.run([str(exe), *args], input=stdin, capture_output=True, text=True,
                          env=env, timeout=600)
    if check and proc.returncode != 0:
        raise AssertionError(f"assistant {' '.join(args)} -> {proc.returncode}\n{proc.stderr[-3000:]}")
    return proc


@pytest.fixture(scope="session")
def reviewer(tmp_path_factory) -> Path:
    from audit.keys import generate_reviewer_keys

    out = tmp_path_factory.mktemp("reviewer")
    generate_reviewer_keys(out, PASSPHRASE)
    (out / "passphrase").write_text(PASSPHRASE)
    return out


@pytest.fixture(scope="session")
def models_cache(tmp_path_factory) -> Path:
    """Converted model caches shared across workspaces: the GGUF is dequantized once."""
    return tmp_path_factory.mktemp("models")


def new_workspace(base: Path, reviewer: Path, models_cache: Path) -> Path:
    from audit.keys import install_reviewer_key

    ws = base / "ws"
    (ws / "keys").mkdir(parents=True)
    install_reviewer_key(next(reviewer.glob("*.pub")), ws / "keys")
    (ws / "models").symlink_to(models_cache, target_is_directory=True)
    return ws


@pytest.fixture(scope="session")
def healthcare_ws(tmp_path_factory, reviewer, models_cache) -> Path:
    ws = new_workspace(tmp_path_factory.mktemp("hc"), reviewer, models_cache)
    sample = tmp_path_factory.mktemp("sample") / "healthcare"
    shutil.copytree(ROOT / "domains" / "healthcare" / "sample", sample)
    proc = run_cli(ws, "ingest", str(sample), "--domain", "healthcare", "--json")
    report = json.loads(proc.stdout)
    assert report["files"] >= 5 and report["chunks"] > 0, report
    return ws
