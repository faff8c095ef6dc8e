"""AssistantApp: the screens, the keys, the command palette and the session's lifecycle.

The session opens on its own thread (models take seconds to load), so the app
draws at once and shows "loading models…" until it is ready. Tests pass their
own ``session_factory``; the default is the same session the CLI opens.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.reactive import reactive
from textual.screen import Screen

from ..config import Settings
from . import ops
from .backend import Backend
from .screens.audit import AuditScreen
from .screens.chat import ChatScreen
from .screens.documents import DocumentsScreen
from .screens.help import HelpScreen


@dataclass(frozen=True)
class AppStatus:
    info: ops.StatusInfo | None = None  # None while the session is opening
    error: str | None = None
    last_seq: int | None = None  # audit sequence number of the last answer


class AssistantApp(App):
    TITLE = "assistant"
    CSS_PATH = "app.tcss"
    MODES = {"chat": ChatScreen, "documents": DocumentsScreen, "audit": AuditScreen}
    DEFAULT_MODE = "chat"
    BINDINGS = [
        Binding("f1,question_mark", "help", "Help"),
        Binding("f2", "switch_mode('chat')", "Chat"),
        Binding("f3", "switch_mode('documents')", "Documents"),
        Binding("f4", "switch_mode('audit')", "Audit"),
    ]

    status: reactive[AppStatus] = reactive(AppStatus, init=False)

    def __init__(self, settings: Settings, session_factory: Callable[[], Any] | None = None):
        super().__init__()
        self.settings = settings
        self.backend = Backend(session_factory or (lambda: _open_session(settings)))

    def on_mount(self) -> None:
        self.sub_title = f"workspace {self.settings.workspace}"
        self.wait_for_session()

    @work(exclusive=True, group="session")
    async def wait_for_session(self) -> None:
        try:
            info = await self.backend.call(ops.status_info)
        except Exception as err:  # noqa: BLE001 - a missing model or key is a message, not a crash
            self.status = replace(self.status, error=str(err))
            self.notify(str(err), title="Could not open the session", severity="error", timeout=30)
            return
        self.status = replace(self.status, info=info)

    def answered(self, answer) -> None:
        self.status = replace(self.status, last_seq=answer.audit_seq)

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Chat", "Ask questions about your documents (F2)",
                            lambda: self.switch_mode("chat"))
        yield SystemCommand("Documents", "Indexed files: add a folder, forget a file (F3)",
                            lambda: self.switch_mode("documents"))
        yield SystemCommand("Audit console", "Reviewer: unlock, filter, verify, export the log (F4)",
                            lambda: self.switch_mode("audit"))
        yield SystemCommand("Help: keys", "Every key on one page (F1)", self.action_help)
        yield from _screen_commands(self, screen)

    def on_unmount(self) -> None:
        self.backend.shutdown()


def _screen_commands(app: AssistantApp, screen: Screen) -> Iterable[SystemCommand]:
    """The actions of the screen in front, by name."""
    if isinstance(screen, ChatScreen):
        yield SystemCommand("Copy answer", "Copy the answer with its citations (Ctrl+Y)",
                            screen.action_copy_answer)
        yield SystemCommand("History", "This session's questions (Ctrl+R)", screen.action_history)
        yield SystemCommand("New conversation", "Forget the context of earlier questions (Ctrl+N)",
                            screen.action_new_conversation)
        yield SystemCommand("Citations", "Jump to the citations (Ctrl+O)", screen.action_focus_citations)
    elif isinstance(screen, DocumentsScreen):
        yield SystemCommand("Add folder", "Ingest a folder of documents (A)", screen.action_add_folder)
        yield SystemCommand("Forget file", "Remove the selected file from the index (D)",
                            screen.action_forget)
        yield SystemCommand("Refresh files", "Reload the table of files (R)", screen.action_refresh)
    elif isinstance(screen, AuditScreen):
        yield SystemCommand("Unlock log", "Reviewer key and passphrase (Ctrl+L)", screen.action_focus_key)
        yield SystemCommand("Filter records", "Search every field (Ctrl+F)", screen.action_focus_filter)
        yield SystemCommand("Verify log", "Check the hashes and signed checkpoints (Ctrl+T)",
                            screen.action_verify)
        yield SystemCommand("Export records", "Write the shown records to a file (Ctrl+S)",
                            screen.action_export)


def _open_session(settings: Settings):
    from ..pipeline import open_session

    session = open_session(settings, generator=True)
    session.ensure_generator()  # the status bar names the model once it has loaded
    return session
