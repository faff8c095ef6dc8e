"""Layout regressions: SVG snapshots of the chat, documents and audit screens.

Update after an intended change with ``pytest tests/tui --snapshot-update``
and look at the new SVGs before accepting them.
"""
from __future__ import annotations

from assistant.config import Settings
from assistant.tui.app import AssistantApp

from .fakes import fake_session_factory
from .snapshots import answer_and_settle, mask_audit, show_audit, show_documents

SIZE = (130, 36)
QUESTION = "How long are laboratory results kept for patient Jane Doe?"


def app_over(workspace):
    return AssistantApp(Settings(workspace=workspace, generator="scripted-lm"),
                        session_factory=fake_session_factory(workspace))


def test_chat_screen(snap_compare, workspace):
    async def run_before(pilot):
        await answer_and_settle(pilot, QUESTION)

    assert snap_compare(app_over(workspace), terminal_size=SIZE, run_before=run_before)


def test_documents_screen(snap_compare, workspace):
    async def run_before(pilot):
        await answer_and_settle(pilot, QUESTION)  # the status line then shows an audit number
        await show_documents(pilot)

    assert snap_compare(app_over(workspace), terminal_size=SIZE, run_before=run_before)


def test_audit_screen(snap_compare, workspace, reviewer):
    async def run_before(pilot):
        await answer_and_settle(pilot, QUESTION)
        await show_audit(pilot, str(reviewer.private), reviewer.passphrase)
        await mask_audit(pilot)

    assert snap_compare(app_over(workspace), terminal_size=SIZE, run_before=run_before)
