"""Shared fixtures. Every test process runs offline, with the socket guard on."""
from __future__ import annotations

import os

from assistant import offline

offline.enable()
os.environ.setdefault("ASSISTANT_WORKSPACE", "/nonexistent-set-per-test")


import pytest  # noqa: E402


@pytest.fixture(scope="session")
def models_cache(tmp_path_factory):
    """Converted model caches shared by every test of a run: the GGUF is dequantized once.
    ASSISTANT_TEST_MODELS lets a developer keep one between runs."""
    from pathlib import Path

    shared = os.environ.get("ASSISTANT_TEST_MODELS")
    return Path(shared) if shared else tmp_path_factory.mktemp("models")
