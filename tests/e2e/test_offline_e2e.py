"""Ingest + ask in this process under the network guard, with a listener that
fails the test on any attempt to reach beyond loopback."""
from __future__ import annotations

import shutil

import pytest

from assistant import offline
from assistant.config import load_settings
from assistant.library import Library
from assistant.pipeline import ask, open_session

from e2e_support import ROOT, new_workspace

pytestmark = pytest.mark.slow


def test_ingest_and_ask_never_touch_the_network(tmp_path, reviewer, models_cache):
    attempts = []
    offline.add_listener(attempts.append)
    try:
        ws = new_workspace(tmp_path, reviewer, models_cache)
        docs = tmp_path / "docs"
        shutil.copytree(ROOT / "domains" / "finance" / "sample", docs)
        session = open_session(load_settings(ws, domain="finance"), generator=True)
        try:
            report = Library.for_session(session).ingest([docs])
            assert report.files >= 5 and not report.skipped
            answer = ask(session, session.domain.sample_question)
        finally:
            session.close()
    finally:
        offline.remove_listener(attempts.append)
    assert offline.guard_active()
    assert attempts == [], f"network attempts: {attempts}"
    assert not answer.refused and answer.citations
    assert answer.audit_seq is not None
