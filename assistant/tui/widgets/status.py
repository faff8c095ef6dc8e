"""The status line: domain, model and hash prefix, offline state, last audit record."""
from __future__ import annotations

from rich.text import Text
from textual.widgets import Static


class StatusBar(Static):
    """Redraws whenever the app's ``status`` changes; every screen docks one."""

    def on_mount(self) -> None:
        self.watch(self.app, "status", self._show)

    def _show(self, status) -> None:
        self.update(render_status(status))


def render_status(status) -> Text:
    out = Text(no_wrap=True, overflow="ellipsis")
    if status.error:
        out.append(" error ", "bold reverse red")
        out.append(f" {status.error}")
        return out
    if status.info is None:
        out.append(" loading models… ", "bold reverse yellow")
        return out
    info = status.info
    out.append(f" {info.domain} ", "bold reverse")
    out.append(f"  {info.model}")
    if info.model_sha256:
        out.append(f" {info.model_sha256[:12]}", "dim")
    out.append("   ")
    out.append("● offline" if info.offline else "○ network guard OFF",
               "green" if info.offline else "bold red")
    seq = "—" if status.last_seq is None else f"#{status.last_seq}"
    out.append(f"   audit {seq}")
    return out
