"""The side pane: the cited passage with its file and page."""
from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from ...types import Citation
from ..text import highlight_placeholders, where


class PassageView(VerticalScroll):
    def compose(self) -> ComposeResult:
        yield Static("Select a citation to read its passage.", id="passage-where")
        yield Static("", id="passage-text")

    def show(self, citation: Citation | None) -> None:
        head, body = self.query_one("#passage-where", Static), self.query_one("#passage-text", Static)
        if citation is None:
            head.update("Select a citation to read its passage.")
            body.update("")
            return
        head.update(Text.assemble((f"[{citation.n}] ", "bold"), (where(citation.source, citation.page), "bold"),
                                  ("\n" + citation.source, "dim"), (f"\n{citation.chunk_id}", "dim")))
        body.update(highlight_placeholders(citation.text, "bold reverse"))
        self.scroll_home(animate=False)
