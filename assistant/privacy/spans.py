"""The span every stage of redaction passes on: what was found, where, how sure."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    entity_type: str
    start: int
    end: int
    score: float
