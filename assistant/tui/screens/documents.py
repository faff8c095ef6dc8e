"""The document library: what is indexed, add a folder with progress, forget a file."""
from __future__ import annotations

import time
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Button, DataTable, Footer, Input, ProgressBar, Static

from .. import ops
from ..text import clock, eta
from ..widgets.status import StatusBar


class IngestProgress:
    """Folds Library.ingest's events into counts for the bar; lives on the UI thread."""

    def __init__(self) -> None:
        self.total: int | None = None
        self.done = self.chunks = 0
        self.skipped: list[tuple[str, str]] = []
        self.started = time.perf_counter()

    def feed(self, event: str, data: dict) -> None:
        if event == "total":
            self.total = data["files"]
        elif event == "file":
            self.done += 1
            self.chunks += data.get("chunks", 0)
        elif event == "skip":
            self.done += 1
            self.skipped.append((data["path"], data["reason"]))

    def line(self) -> str:
        total = "?" if self.total is None else str(self.total)
        left = eta(self.done, self.total, time.perf_counter() - self.started)
        return f"{self.done}/{total} files · {self.chunks} passages · ETA {clock(left)}"


class DocumentsScreen(Screen):
    AUTO_FOCUS = "#files"  # so the screen's letter keys work at once, not type into the path box
    BINDINGS = [
        Binding("a", "add_folder", "Add folder"),
        Binding("delete,d", "forget", "Forget file"),
        Binding("r", "refresh", "Refresh"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="documents-body"):
            with Horizontal(id="add-row"):
                yield Input(placeholder="Folder to add, e.g. ~/policies (Enter)", id="folder")
                yield Button("Add", id="add", variant="primary")
            with Horizontal(id="progress-row"):
                yield ProgressBar(id="ingest-bar", show_eta=False)
                yield Static("", id="ingest-stats")
            yield Static("Indexed files", classes="pane-title")
            yield DataTable(id="files", cursor_type="row", zebra_stripes=True)
            yield Static("Skipped files", classes="pane-title")
            yield DataTable(id="skipped", cursor_type="row")
        yield StatusBar(id="status")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#files", DataTable).add_columns("source", "format", "passages", "ingested at")
        self.query_one("#skipped", DataTable).add_columns("file", "reason")
        self.query_one("#progress-row").display = False
        self.action_refresh()

    def on_screen_resume(self) -> None:
        self.action_refresh()

    @work(exclusive=True, group="files")
    async def action_refresh(self) -> None:
        try:
            files = await self.app.backend.call(ops.list_files)
        except Exception as err:  # noqa: BLE001
            self.notify(f"Could not list files: {err}", severity="error")
            return
        table = self.query_one("#files", DataTable)
        table.clear()
        for f in files:
            table.add_row(f.source, f.format or "", str(f.chunks), f.ingested_at, key=f.source)

    def action_add_folder(self) -> None:
        self.query_one("#folder").focus()

    @on(Input.Submitted, "#folder")
    @on(Button.Pressed, "#add")
    def add(self) -> None:
        raw = self.query_one("#folder", Input).value.strip()
        if not raw:
            self.notify("Type the path of a folder to add.", severity="error")
            return
        folder = Path(raw).expanduser()
        if not folder.exists():
            self.notify(f"{folder}: no such folder", severity="error")
            return
        if any(w.group == "ingest" and w.is_running for w in self.workers):
            self.notify("An ingest is already running.", severity="warning")
            return
        self.ingest(folder)

    @work(group="ingest")
    async def ingest(self, folder: Path) -> None:
        progress = IngestProgress()
        bar, stats = self.query_one("#ingest-bar", ProgressBar), self.query_one("#ingest-stats", Static)
        bar.update(total=None, progress=0)
        self.query_one("#progress-row").display = True
        stats.update("finding files…")

        def on_event(event: str, data: dict) -> None:  # UI thread
            progress.feed(event, data)
            bar.update(total=progress.total, progress=progress.done)
            stats.update(progress.line())

        def from_thread(event: str, data: dict) -> None:  # the session's thread
            self.app.call_from_thread(on_event, event, data)

        try:
            report = await self.app.backend.call(ops.ingest_folder, folder, from_thread)
        except Exception as err:  # noqa: BLE001
            stats.update(f"failed: {err}")
            self.notify(f"Could not add {folder}: {err}", severity="error")
            return
        stats.update(f"done: {report.files} new, {report.unchanged} unchanged, "
                     f"{report.chunks} passages, {len(report.skipped)} skipped in {report.seconds:.1f} s")
        self._show_skipped(progress.skipped)
        self.notify(f"Added {folder}: {report.files} files, {report.chunks} passages.")
        if report.stale:
            self.notify(f"{report.stale} other files were stored under another redaction policy: "
                        "add their folders again to redact them as the pack now says.", severity="warning")
        self.action_refresh()

    def _show_skipped(self, skipped: list[tuple[str, str]]) -> None:
        table = self.query_one("#skipped", DataTable)
        table.clear()
        for path, reason in skipped:
            table.add_row(path, reason)

    def action_forget(self) -> None:
        table = self.query_one("#files", DataTable)
        if table.row_count == 0:
            self.notify("No file selected.", severity="warning")
            return
        source = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        self.forget(source)

    @work(group="files")
    async def forget(self, source: str) -> None:
        try:
            n = await self.app.backend.call(ops.forget_file, source)
        except Exception as err:  # noqa: BLE001
            self.notify(f"Could not forget {source}: {err}", severity="error")
            return
        self.notify(f"Forgot {Path(source).name}: {n} passages removed.")
        self.action_refresh()
