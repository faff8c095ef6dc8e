"""DOCX with python-docx: paragraphs and tables in document order, one block
per section, heading levels from the built-in Heading/Title styles (or a
custom style based on one)."""
from __future__ import annotations

import io
import re

from ..types import Block
from .outline import Outline

HEADING_STYLE = re.compile(r"^heading\s*(\d)$", re.IGNORECASE)


def parse(data: bytes, source: str) -> tuple[list[Block], str | None]:
    from docx import Document as Docx
    from docx.table import Table

    doc = Docx(io.BytesIO(data))
    outline = Outline()
    for item in doc.iter_inner_content():  # paragraphs and tables, interleaved as written
        if isinstance(item, Table):
            outline.add(_table_text(item))
            continue
        level = _heading_level(item.style)
        if level is not None:
            outline.heading(level, item.text)
        elif item.text.strip():
            outline.add(item.text)
    title = (doc.core_properties.title or "").strip() or outline.title
    return outline.finish(), title


def _heading_level(style) -> int | None:
    """0 for Title, n for "Heading n"; follows base styles so "My Heading" based on Heading 2 counts."""
    for _ in range(8):  # base-style chains are short; a cycle in a damaged file must not hang us
        if style is None:
            return None
        name = (style.name or "").strip()
        if name.lower() == "title":
            return 0
        match = HEADING_STYLE.match(name)
        if match:
            return int(match.group(1))
        style = style.base_style
    return None


def _table_text(table) -> str:
    rows = []
    for row in table.rows:
        cells, last = [], None
        for cell in row.cells:
            if cell._tc is last:  # a merged cell is returned once per grid column it spans
                continue
            last = cell._tc
            cells.append(" ".join(cell.text.split()))
        if any(cells):
            rows.append(" | ".join(cells))
    return "\n".join(rows)
