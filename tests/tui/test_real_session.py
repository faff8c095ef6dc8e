"""The app over the real session (real models, Presidio, index, audit log): one slow pass.

Documents: add the healthcare sample folder; chat: ask its sample question and
read a cited passage; audit: unlock with the reviewer key and find the record.
"""
from __future__ import annotations

import pytest
from textual.widgets import DataTable, Input, Static

from assistant import domains
from assistant.config import Settings

from .test_audit import rows, unlock

pytestmark = pytest.mark.slow
DOMAIN = domains.load("healthcare")


async def until(pilot, check, timeout: float) -> None:
    for _ in range(int(timeout / 0.25)):
        await pilot.pause(0.25)
        if check():
            return
    raise AssertionError(f"not done after {timeout}s")


async def test_ingest_ask_and_audit_with_the_real_session(workspace, reviewer):
    from assistant.tui.app import AssistantApp

    app = AssistantApp(Settings(workspace=workspace, domain="healthcare"))  # the default factory
    async with app.run_test(size=(130, 40)) as pilot:
        await until(pilot, lambda: app.status.info or app.status.error, 300)
        assert app.status.error is None, app.status.error
        assert len(app.status.info.model_sha256) == 64 and app.status.info.offline
        await pilot.press("f3", "a")
        app.focused.insert_text_at_cursor(str(DOMAIN.sample_dir))
        await pilot.press("enter")
        stats = app.screen.query_one("#ingest-stats", Static)
        await until(pilot, lambda: str(stats.render()).startswith(("done", "failed")), 300)
        assert str(stats.render()).startswith("done"), str(stats.render())
        await until(pilot, lambda: app.screen.query_one("#files", DataTable).row_count >= 5, 30)

        await pilot.press("f2")
        screen = app.screen
        screen.query_one("#question", Input).insert_text_at_cursor(DOMAIN.sample_question)
        await pilot.press("enter")
        await until(pilot, lambda: screen.turns and not screen.is_busy, 400)
        answer = screen.turns[-1].asked.answer
        assert not answer.refused and answer.citations, answer.text
        assert str(screen.query_one("#answer-text", Static).render()) == answer.text
        await pilot.press("ctrl+o", "enter")
        assert answer.citations[0].text in str(screen.query_one("#passage-text", Static).render())

        await unlock(app, pilot, str(reviewer.private), reviewer.passphrase)
        asked = [r for r in rows(app) if r[4] == "ask"]
        assert [int(r[0]) for r in asked] == [answer.audit_seq]
