"""Plain formatting for the screens: placeholders, citations, ETA, clipboard text."""
from __future__ import annotations

import re
from pathlib import Path

from rich.text import Text

from ..types import Answer, Citation

# The pseudonymizer's placeholder shape, e.g. <PERSON_1>, <MRN_2>.
PLACEHOLDER = re.compile(r"<[A-Z][A-Z_]*?_\d+>")


def placeholders(text: str) -> list[str]:
    return list(dict.fromkeys(PLACEHOLDER.findall(text)))


def highlight_placeholders(text: str, style: str = "bold reverse") -> Text:
    """The prompt as the model saw it, with every placeholder standing out."""
    out = Text(text)
    out.highlight_regex(PLACEHOLDER, style)
    return out


def where(source: str, page: int | None) -> str:
    name = Path(source).name
    return f"{name}, p. {page}" if page else name


def citation_label(c: Citation, width: int = 44) -> str:
    snippet = " ".join(c.text.split())
    if len(snippet) > width:
        snippet = snippet[: width - 1] + "…"
    return f"[{c.n}] {where(c.source, c.page)} — {snippet}"


def answer_for_clipboard(question: str, answer: Answer) -> str:
    lines = [f"Q: {question}", "", answer.text.strip(), ""]
    for c in answer.citations:
        lines.append(f"[{c.n}] {c.source}" + (f", p. {c.page}" if c.page else "") + f" ({c.chunk_id})")
    if answer.audit_seq is not None:
        lines.append(f"audit record #{answer.audit_seq}")
    return "\n".join(lines).rstrip() + "\n"


def clock(seconds: float | None) -> str:
    if seconds is None:
        return "--:--"
    seconds = max(0, int(round(seconds)))
    minutes, secs = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def eta(done: int, total: int | None, elapsed: float) -> float | None:
    """Seconds left at the rate so far; None until there is a rate to go on."""
    if not total or done <= 0 or elapsed <= 0:
        return None
    return elapsed / done * max(0, total - done)
