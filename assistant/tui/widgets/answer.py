"""The answer as it streams in, with a spinner and the time to first token."""
from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import LoadingIndicator, Static


class AnswerView(VerticalScroll):
    def compose(self) -> ComposeResult:
        yield Static("Ask a question about your documents below.", id="asked")
        yield LoadingIndicator(id="thinking")
        yield Static("", id="answer-text")
        yield Static("", id="answer-meta")

    def on_mount(self) -> None:
        self.query_one("#thinking").display = False
        self._tokens: list[str] = []

    def start(self, question: str) -> None:
        self._tokens = []
        self.query_one("#asked", Static).update(f"❯ {question}")
        self.query_one("#answer-text", Static).update("")
        self.query_one("#answer-meta", Static).update("thinking…")
        self.query_one("#thinking").display = True

    def first_token(self, seconds: float) -> None:
        self.query_one("#answer-meta", Static).update(f"first token {seconds:.2f} s · streaming…")

    def add_token(self, token: str) -> None:
        self.query_one("#thinking").display = False
        self._tokens.append(token)
        self.query_one("#answer-text", Static).update("".join(self._tokens))
        self.scroll_end(animate=False)

    def show(self, question: str, text: str, meta: str) -> None:
        self.query_one("#thinking").display = False
        self.query_one("#asked", Static).update(f"❯ {question}")
        self.query_one("#answer-text", Static).update(text)
        self.query_one("#answer-meta", Static).update(meta)

    def fail(self, message: str) -> None:
        self.query_one("#thinking").display = False
        self.query_one("#answer-meta", Static).update(f"no answer: {message}")
