"""The reviewer's console: unlock the log with the private key, filter, inspect, verify, export."""
from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, DataTable, Footer, Input, Static

from .. import auditing
from ..widgets.status import StatusBar


class AuditScreen(Screen):
    AUTO_FOCUS = "#key-path"
    BINDINGS = [
        Binding("ctrl+l", "focus_key", "Unlock"),
        Binding("ctrl+f", "focus_filter", "Filter"),
        Binding("ctrl+t", "verify", "Verify"),
        Binding("ctrl+s", "export", "Export"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.unlocked: auditing.Unlocked | None = None
        self.shown_entries: list = []

    def compose(self) -> ComposeResult:
        with Vertical(id="audit-body"):
            with Horizontal(id="unlock-row"):
                yield Input(placeholder="Reviewer private key file", id="key-path")
                yield Input(placeholder="Passphrase", password=True, id="passphrase")
                yield Button("Unlock", id="unlock", variant="primary")
            with Horizontal(id="tools-row"):
                yield Input(placeholder="Filter: text in any field (kind, user, payload)", id="filter")
                yield Input(placeholder="Export to file (.jsonl or .csv)", id="export-path")
                yield Button("Verify", id="verify")
            yield Static("Locked: records are sealed to the reviewer's key.", id="verify-result")
            with Horizontal(id="records-row"):
                yield DataTable(id="records", cursor_type="row", zebra_stripes=True)
                with VerticalScroll(id="record-detail-pane"):
                    yield Static("", id="record-detail")
        yield StatusBar(id="status")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#records", DataTable).add_columns(*auditing.COLUMNS)

    def action_focus_key(self) -> None:
        self.query_one("#key-path").focus()

    def action_focus_filter(self) -> None:
        self.query_one("#filter").focus()

    @on(Input.Submitted, "#key-path")
    def key_entered(self) -> None:
        self.query_one("#passphrase").focus()

    @on(Input.Submitted, "#passphrase")
    @on(Button.Pressed, "#unlock")
    def unlock_requested(self) -> None:
        self.unlock(self.query_one("#key-path", Input).value.strip(),
                    self.query_one("#passphrase", Input).value)

    @work(exclusive=True, group="audit", thread=True)
    def unlock(self, key_path: str, passphrase: str) -> None:
        # A thread of its own: scrypt and decryption take a moment, and need no session.
        if not key_path:
            self.app.call_from_thread(self.notify, "Enter the path of the reviewer key.", severity="error")
            return
        try:
            unlocked = auditing.unlock(self.app.settings.audit_dir, key_path, passphrase)
        except Exception as err:  # noqa: BLE001 - wrong passphrase, bad key, damaged log
            self.app.call_from_thread(self.notify, str(err), severity="error", title="Cannot unlock")
            return
        self.app.call_from_thread(self._unlocked, unlocked)

    def _unlocked(self, unlocked: auditing.Unlocked) -> None:
        self.unlocked = unlocked
        self.query_one("#passphrase", Input).value = ""  # keep it no longer than needed
        self.query_one("#verify-result", Static).update(
            f"Unlocked: {len(unlocked.entries)} records. Ctrl+T verifies integrity.")
        self.refilter()
        self.query_one("#records").focus()

    @on(Input.Changed, "#filter")
    def refilter(self) -> None:
        if self.unlocked is None:
            return
        needle = self.query_one("#filter", Input).value.strip()
        self.shown_entries = [e for e in self.unlocked.entries if auditing.matches(e, needle)]
        table = self.query_one("#records", DataTable)
        table.clear()
        for e in self.shown_entries:
            table.add_row(*auditing.row(e), key=str(e.seq))
        self._show_detail(0)

    @on(DataTable.RowHighlighted, "#records")
    def record_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_detail(event.cursor_row)

    def _show_detail(self, index: int) -> None:
        detail = self.query_one("#record-detail", Static)
        detail.update(auditing.detail(self.shown_entries[index]) if 0 <= index < len(self.shown_entries) else "")

    @on(Button.Pressed, "#verify")
    def verify_pressed(self) -> None:
        self.action_verify()

    @work(exclusive=True, group="verify", thread=True)
    def action_verify(self) -> None:
        settings = self.app.settings
        try:
            result = auditing.verify(settings.audit_dir, settings.keys_dir)
        except Exception as err:  # noqa: BLE001
            self.app.call_from_thread(self.notify, str(err), severity="error", title="Cannot verify")
            return
        self.app.call_from_thread(self._verified, result)

    def _verified(self, result) -> None:
        self.query_one("#verify-result", Static).update(auditing.verify_summary(result))
        if result.ok:
            self.notify(f"Log intact: {result.records} records.")
        else:
            self.notify(result.reason, severity="error", title=f"Log {result.status}")

    @on(Input.Submitted, "#export-path")
    def action_export(self) -> None:
        dest = self.query_one("#export-path", Input).value.strip()
        if self.unlocked is None:
            self.notify("Unlock the log first.", severity="error")
        elif not dest:
            self.notify("Type a file name to export to.", severity="error")
            self.query_one("#export-path").focus()
        else:
            try:
                n = auditing.export(self.shown_entries, dest)
            except (OSError, ValueError) as err:
                self.notify(f"{dest}: {getattr(err, 'strerror', None) or err}", severity="error")
                return
            self.notify(f"Exported {n} records to {dest}.")
