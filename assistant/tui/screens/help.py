"""Every key, on one page (F1 or ?)."""
from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown

KEYS = """\
# Keys

| key | where | does |
|---|---|---|
| **F2** | anywhere | chat: ask questions |
| **F3** | anywhere | documents: add a folder, forget a file |
| **F4** | anywhere | audit console (reviewer) |
| **Ctrl+P** | anywhere | command palette: every action by name |
| **F1** or **?** | anywhere | this help |
| **Ctrl+Q** | anywhere | quit |
| **Enter** | chat question | ask |
| **Esc** | chat | back to the question box |
| **Tab** / **Shift+Tab** | anywhere | next / previous pane |
| **Ctrl+O** | chat | jump to the citations; ↑/↓ shows each passage |
| **Ctrl+Y** | chat | copy the answer with its citations |
| **Ctrl+R** | chat | this session's earlier questions |
| **Ctrl+N** | chat | new conversation (forget the context) |
| **A** | documents | type a folder to add |
| **D** / **Delete** | documents | forget the selected file |
| **R** | documents | refresh the table |
| **Ctrl+L** | audit | key file and passphrase |
| **Ctrl+F** | audit | filter records |
| **Ctrl+T** | audit | verify the log's integrity |
| **Ctrl+S** | audit | export the shown records |

Placeholders such as `<PERSON_1>` are what the model saw instead of the real
value; the real value is shown to you only, and kept in the audit log sealed.
"""


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,f1,question_mark,q", "dismiss(None)", "Close")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog", id="help"):
            yield Markdown(KEYS)
