"""The chat screen driven by keys, over a real Session with stand-in models."""
from __future__ import annotations

from textual.widgets import Input, OptionList, Static

from assistant.tui.screens.chat import ChatScreen
from assistant.tui.widgets.passage import PassageView

QUESTION = "How long are laboratory results kept for patient Jane Doe?"


async def wait_ready(app, pilot, timeout: float = 10.0) -> None:
    for _ in range(int(timeout / 0.05)):
        if app.status.info is not None or app.status.error:
            break
        await pilot.pause(0.05)
    assert app.status.error is None, app.status.error
    assert app.status.info is not None, "session never opened"


async def ask(app, pilot, question: str, typed: bool = False) -> ChatScreen:
    """Type (key by key when ``typed``, else paste) the question and wait for the whole answer."""
    screen = app.screen
    await pilot.click("#question")
    if typed:
        await pilot.press(*question)
    else:
        app.screen.query_one("#question", Input).insert_text_at_cursor(question)
    before = len(screen.turns)
    await pilot.press("enter")
    screen.seen = []  # the answer pane's text at each look: grows while it streams
    for _ in range(400):
        await pilot.pause(0.02)
        screen.seen.append(text_of(app, "#answer-text"))
        if len(screen.turns) > before and not screen.is_busy:
            break
    assert len(screen.turns) > before, "no answer arrived"
    return screen


def text_of(app, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


async def test_ask_streams_answer_and_shows_citations(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(app, pilot)
        screen = await ask(app, pilot, QUESTION, typed=True)
        answer = screen.turns[-1].asked.answer
        assert answer.text.strip() and not answer.refused
        assert text_of(app, "#answer-text") == answer.text
        partial = [t for t in screen.seen if t and t != answer.text]
        assert partial and all(answer.text.startswith(t) for t in partial), "answer did not stream"
        meta = text_of(app, "#answer-meta")
        assert "first token" in meta and f"audit #{answer.audit_seq}" in meta
        assert screen.turns[-1].first_token_s is not None
        status = str(app.screen.query_one("#status").render())
        assert "healthcare" in status and "scripted-lm" in status and answer.model_sha256[:12] in status
        assert f"audit #{answer.audit_seq}" in status
        # privacy: the model saw a placeholder; the analyst sees what it stands for
        prompt = str(app.screen.query_one("#prompt").render())
        assert "Jane Doe" not in answer.prompt and "<PERSON_1>" in answer.prompt
        assert answer.prompt in prompt and "<PERSON_1> = Jane Doe" in prompt


async def test_ui_draws_while_the_session_loads(workspace):
    import threading

    from assistant.config import Settings
    from assistant.tui.app import AssistantApp

    from .fakes import fake_session_factory

    gate, opened = threading.Event(), fake_session_factory(workspace)
    app = AssistantApp(Settings(workspace=workspace), session_factory=lambda: gate.wait(10) and opened())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press(*"still typing")
        assert app.screen.query_one("#question", Input).value == "still typing"
        assert "loading models" in str(app.screen.query_one("#status").render())
        gate.set()
        await wait_ready(app, pilot)
        assert "scripted-lm" in str(app.screen.query_one("#status").render())


async def test_session_that_fails_to_open_is_a_message(workspace):
    from assistant.config import Settings
    from assistant.errors import ConfigError
    from assistant.tui.app import AssistantApp

    def broken():
        raise ConfigError("unknown domain 'nope' (available: none installed)")

    app = AssistantApp(Settings(workspace=workspace), session_factory=broken)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause(0.2)
        assert "unknown domain" in str(app.screen.query_one("#status").render())
        assert [n.severity for n in app._notifications] == ["error"]
        await pilot.click("#question")
        await pilot.press(*"anything", "enter")
        await pilot.pause(0.2)
        notes = list(app._notifications)
        assert [n.severity for n in notes] == ["error", "error"] and "unknown domain" in notes[1].message


async def test_select_citation_shows_passage(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(app, pilot)
        screen = await ask(app, pilot, QUESTION)
        citations = screen.turns[-1].asked.answer.citations
        assert len(citations) >= 2
        options = app.screen.query_one("#citations", OptionList)
        assert options.option_count == len(citations)
        await pilot.press("ctrl+o", "down", "enter")
        second = citations[1]
        passage = app.screen.query_one(PassageView)
        assert second.text in text_of(app, "#passage-text")
        assert second.source.split("/")[-1] in text_of(app, "#passage-where")
        assert app.focused is passage
        # the mouse works too: click the first citation
        await pilot.click("#citations", offset=(3, 0))
        await pilot.pause()
        assert citations[0].text in text_of(app, "#passage-text")


async def test_empty_question_is_a_notification(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(app, pilot)
        await pilot.click("#question")
        await pilot.press("space", "enter")
        await pilot.pause()
        assert [n.severity for n in app._notifications] == ["error"]
        assert not app.screen.turns


async def test_follow_up_history_and_copy(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(app, pilot)
        await ask(app, pilot, QUESTION)
        screen = await ask(app, pilot, "Who may open a patient record?")
        assert len(screen.turns) == 2
        await pilot.press("ctrl+y")
        copied = app.clipboard
        assert copied.startswith("Q: Who may open a patient record?")
        assert all(c.source in copied for c in screen.turns[-1].asked.answer.citations)
        await pilot.press("ctrl+r")
        await pilot.pause()
        await pilot.press("up", "enter")
        await pilot.pause()
        assert screen.shown is screen.turns[0]
        assert text_of(app, "#answer-text") == screen.turns[0].asked.answer.text


async def test_new_conversation_clears_the_context(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(app, pilot)
        screen = await ask(app, pilot, QUESTION)
        session = await app.backend.session()
        assert len(session.history) == 1
        await pilot.press("ctrl+n")
        for _ in range(40):
            await pilot.pause(0.05)
            if not screen.turns:
                break
        assert not screen.turns and session.history == []
        assert app.screen.query_one("#citations", OptionList).option_count == 0
