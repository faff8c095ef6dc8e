"""What the app asks of a session; each runs on the session's thread (see backend).

The same calls the CLI makes, so a question asked here gets the same answer
and the same audit record as ``assistant ask``.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..types import Answer
from .text import placeholders


@dataclass(frozen=True)
class StatusInfo:
    domain: str
    model: str
    model_sha256: str
    offline: bool


@dataclass(frozen=True)
class Asked:
    answer: Answer
    restored: dict[str, str]  # placeholder -> real value, for the placeholders in the prompt


def status_info(session) -> StatusInfo:
    from .. import offline

    gen = session.generator
    model = gen.spec.name if gen is not None else session.settings.generator
    return StatusInfo(session.domain.name, model, gen.sha256 if gen is not None else "",
                      offline.guard_active())


def ask_question(session, question: str, on_token: Callable[[str], None]) -> Asked:
    from ..pipeline import ask
    answer = ask(session, question, on_token=on_token)
    mapping = session.pseudonyms.mapping()
    shown = set(placeholders(answer.prompt))
    return Asked(answer, {p: v for p, v in mapping.items() if p in shown})


def clear_history(session) -> None:
    session.history.clear()


def list_files(session) -> list:
    return session.store.files()


def ingest_folder(session, folder: Path, progress: Callable[[str, dict], None]):
    from ..pipeline import ingest

    return ingest(session, [folder], progress=progress)


def forget_file(session, source: str) -> int:
    from ..pipeline import forget

    return forget(session, Path(source))
