"""PDF with pypdf: one block per page, pages numbered from 1 as printed by
viewers (the physical page index, not the document's own page labels)."""
from __future__ import annotations

import io
import logging

from ..errors import LoadError
from ..types import Block


# pypdf logs each oddity of a damaged file as a warning on stderr, which would
# scribble over the TUI; what matters reaches the user as one LoadError line.
logging.getLogger("pypdf").setLevel(logging.ERROR)


def parse(data: bytes, source: str) -> tuple[list[Block], str | None]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted and not _opens_without_password(reader):
        raise LoadError(source, "encrypted PDF (needs a password)")
    if len(reader.pages) == 0:
        raise LoadError(source, "corrupt PDF: no pages")
    blocks = [Block(page.extract_text() or "", page=n) for n, page in enumerate(reader.pages, 1)]
    return blocks, _title(reader)


def _opens_without_password(reader) -> bool:
    """PDFs locked only against editing have an empty user password and open fine."""
    try:
        return bool(reader.decrypt(""))
    except Exception:  # noqa: BLE001 - an unsupported cipher is still "encrypted", not "corrupt"
        return False


def _title(reader) -> str | None:
    try:
        title = reader.metadata.title if reader.metadata else None
    except Exception:  # noqa: BLE001 - a broken info dictionary is no reason to drop the text
        return None
    if not title:
        return None
    return " ".join(str(title).split()) or None
