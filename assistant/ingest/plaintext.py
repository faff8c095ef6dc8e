"""Plain text (.txt, .text, .log) in any common encoding: one block."""
from __future__ import annotations

from ..types import Block
from .encoding import decode_text


def parse(data: bytes, source: str) -> tuple[list[Block], str | None]:
    return [Block(decode_text(data, source))], None
