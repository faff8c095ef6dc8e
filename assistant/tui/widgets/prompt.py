"""What the model saw: the redacted question, placeholders highlighted, and what they stand for."""
from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from ..text import highlight_placeholders


class PromptView(Static):
    def show(self, prompt: str, restored: dict[str, str]) -> None:
        out = Text("The model saw:\n", "dim")
        out.append_text(highlight_placeholders(prompt))
        if restored:
            out.append("\n\nRestored for you only:\n", "dim")
            for placeholder, value in restored.items():
                out.append(placeholder, "bold reverse")
                out.append(f" = {value}\n")
        else:
            out.append("\n\nNothing was redacted from this question.", "dim")
        self.update(out)
