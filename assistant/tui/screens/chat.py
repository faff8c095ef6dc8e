"""The analyst's chat: ask, watch the answer stream in, read the cited passages."""
from __future__ import annotations

import time
from dataclasses import dataclass

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Input, OptionList, Static
from textual.widgets.option_list import Option

from .. import ops
from ..text import answer_for_clipboard, citation_label
from ..widgets.answer import AnswerView
from ..widgets.passage import PassageView
from ..widgets.prompt import PromptView
from ..widgets.status import StatusBar


@dataclass(frozen=True)
class Turn:
    question: str
    asked: ops.Asked
    first_token_s: float | None  # from Enter to the first token, as the analyst waited
    total_s: float


class ChatScreen(Screen):
    AUTO_FOCUS = "#question"
    BINDINGS = [
        Binding("ctrl+y", "copy_answer", "Copy answer"),
        Binding("ctrl+r", "history", "History"),
        Binding("ctrl+n", "new_conversation", "New chat"),
        Binding("escape", "focus_question", "Question", show=False),
        Binding("ctrl+o", "focus_citations", "Citations", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.turns: list[Turn] = []
        self.shown: Turn | None = None

    def compose(self) -> ComposeResult:
        with Horizontal(id="chat-body"):
            with Vertical(id="conversation"):
                yield AnswerView(id="answer")
                yield Static("Citations", classes="pane-title")
                yield OptionList(id="citations")
                yield Input(placeholder="Ask a question (Enter to send)", id="question")
            with Vertical(id="side"):
                yield Static("Passage", classes="pane-title")
                yield PassageView(id="passage")
                yield Static("Privacy", classes="pane-title")
                yield PromptView("Redacted questions appear here.", id="prompt")
        yield StatusBar(id="status")
        yield Footer()

    @on(Input.Submitted, "#question")
    def submit(self, event: Input.Submitted) -> None:
        question = event.value.strip()
        if not question:
            self.notify("Type a question first.", severity="error")
            return
        if self.is_busy:
            self.notify("Still answering the last question.", severity="warning")
            return
        event.input.value = ""
        self.ask(question)

    @property
    def is_busy(self) -> bool:
        return any(w.name == "ask" and w.is_running for w in self.workers)

    @work(exclusive=True, name="ask", group="ask")
    async def ask(self, question: str) -> None:
        view = self.query_one(AnswerView)
        view.start(question)
        self.query_one("#citations", OptionList).clear_options()
        self.query_one(PassageView).show(None)
        started, first = time.perf_counter(), []

        def on_token(token: str) -> None:  # runs on the session's thread
            if not first:
                first.append(time.perf_counter() - started)
                self.app.call_from_thread(view.first_token, first[0])
            self.app.call_from_thread(view.add_token, token)

        try:
            asked = await self.app.backend.call(ops.ask_question, question, on_token)
        except Exception as err:  # noqa: BLE001 - shown to the analyst, never a crash
            view.fail(str(err))
            self.notify(f"Could not answer: {err}", severity="error")
            return
        turn = Turn(question, asked, first[0] if first else None, time.perf_counter() - started)
        self.turns.append(turn)
        self.app.answered(asked.answer)
        self.show_turn(turn)

    def show_turn(self, turn: Turn) -> None:
        self.shown = turn
        answer = turn.asked.answer
        self.query_one(AnswerView).show(turn.question, answer.text, _meta(turn))
        options = self.query_one("#citations", OptionList)
        options.clear_options()
        options.add_options([Option(citation_label(c), id=str(c.n)) for c in answer.citations])
        if answer.citations:
            options.highlighted = 0
        self.query_one(PromptView).show(answer.prompt, turn.asked.restored)

    @on(OptionList.OptionHighlighted, "#citations")
    def citation_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self._show_citation(event.option_index)

    @on(OptionList.OptionSelected, "#citations")
    def citation_selected(self, event: OptionList.OptionSelected) -> None:
        self._show_citation(event.option_index)
        self.query_one(PassageView).focus()

    def _show_citation(self, index: int) -> None:
        if self.shown is not None and 0 <= index < len(self.shown.asked.answer.citations):
            self.query_one(PassageView).show(self.shown.asked.answer.citations[index])

    def action_copy_answer(self) -> None:
        if self.shown is None:
            self.notify("No answer to copy yet.", severity="warning")
            return
        self.app.copy_to_clipboard(answer_for_clipboard(self.shown.question, self.shown.asked.answer))
        self.notify("Answer and citations copied.")

    def action_history(self) -> None:
        from .history import HistoryScreen

        if not self.turns:
            self.notify("No questions asked in this session yet.", severity="warning")
            return

        def picked(index: int | None) -> None:
            if index is not None:
                self.show_turn(self.turns[index])

        self.app.push_screen(HistoryScreen([t.question for t in self.turns]), picked)

    def action_new_conversation(self) -> None:
        if self.is_busy:
            self.notify("Wait for the answer before starting over.", severity="warning")
            return
        self.new_conversation()

    @work(group="ask")
    async def new_conversation(self) -> None:
        try:
            await self.app.backend.call(ops.clear_history)
        except Exception as err:  # noqa: BLE001
            self.notify(f"Could not start over: {err}", severity="error")
            return
        self.turns.clear()
        self.shown = None
        self.query_one("#citations", OptionList).clear_options()
        self.query_one(PassageView).show(None)
        self.query_one(AnswerView).show("", "", "New conversation: earlier questions are no longer context.")

    def action_focus_question(self) -> None:
        self.query_one("#question").focus()

    def action_focus_citations(self) -> None:
        self.query_one("#citations").focus()


def _meta(turn: Turn) -> str:
    answer = turn.asked.answer
    parts = []
    if turn.first_token_s is not None:
        parts.append(f"first token {turn.first_token_s:.2f} s")
    parts.append(f"total {turn.total_s:.2f} s")
    if answer.refused:
        parts.append("not in the documents")
    parts.append(f"{len(answer.citations)} citations")
    if answer.audit_seq is not None:
        parts.append(f"audit #{answer.audit_seq}")
    return " · ".join(parts)
