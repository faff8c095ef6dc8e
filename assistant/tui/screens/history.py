"""This session's questions; pick one to show its answer again."""
from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static


class HistoryScreen(ModalScreen[int | None]):
    BINDINGS = [Binding("escape", "dismiss(None)", "Close")]

    def __init__(self, questions: list[str]) -> None:
        super().__init__()
        self.questions = questions

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static("Questions this session (Enter to show, Esc to close)", classes="pane-title")
            yield OptionList(*(f"{n}. {q}" for n, q in enumerate(self.questions, 1)), id="history")

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        options.highlighted = len(self.questions) - 1
        options.focus()

    @on(OptionList.OptionSelected)
    def chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option_index)
