"""Discoverability: the help screen, the command palette, and keys that must not steal typing."""
from __future__ import annotations

from textual.widgets import Input

from assistant.tui.screens.audit import AuditScreen
from assistant.tui.screens.chat import ChatScreen
from assistant.tui.screens.documents import DocumentsScreen
from assistant.tui.screens.help import KEYS, HelpScreen

from .test_chat import wait_ready


async def test_help_opens_and_closes(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(app, pilot)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, ChatScreen)
        # "?" typed into the question is a character, not a request for help
        await pilot.press("question_mark")
        assert isinstance(app.screen, ChatScreen)
        assert app.screen.query_one("#question", Input).value == "?"
        app.screen.query_one("#citations").focus()
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)


def test_help_lists_every_screen_binding():
    for screen in (ChatScreen, DocumentsScreen, AuditScreen):
        for binding in screen.BINDINGS:
            if binding.show:
                first = binding.key.split(",")[0]
                label = "+".join(p.capitalize() for p in first.split("+"))
                assert f"**{label}**" in KEYS, f"{screen.__name__}: {first} missing from help"


async def run_command(app, pilot, name: str) -> None:
    await pilot.press("ctrl+p")
    await pilot.pause()
    app.screen.query_one(Input).insert_text_at_cursor(name)
    await pilot.pause(0.3)
    await pilot.press("enter")
    await pilot.pause(0.1)


async def test_palette_reaches_every_screen_and_action(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(app, pilot)
        titles = {c.title for c in app.get_system_commands(app.screen)}
        assert {"Chat", "Documents", "Audit console", "Help: keys", "Copy answer", "History",
                "New conversation"} <= titles
        await run_command(app, pilot, "Documents")
        assert isinstance(app.screen, DocumentsScreen)
        assert {"Add folder", "Forget file", "Refresh files"} <= {
            c.title for c in app.get_system_commands(app.screen)}
        await run_command(app, pilot, "Audit console")
        assert isinstance(app.screen, AuditScreen)
        assert {"Unlock log", "Filter records", "Verify log", "Export records"} <= {
            c.title for c in app.get_system_commands(app.screen)}
        await pilot.press("f2")
        await run_command(app, pilot, "Copy answer")  # nothing asked yet: a warning, no crash
        assert [n.severity for n in app._notifications][-1] == "warning"
