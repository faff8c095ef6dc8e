"""Text as its reader sees it: marks that only steer layout taken out, ligatures spelled.

PDF extractors and word processors leave a soft hyphen inside a word ("Jen\\u00adnifer"),
a zero-width space between two characters ("123-45-\\u200b6789") and typographic ligatures
("Jeﬀrey", "oﬃce"). A reader sees "Jennifer", "123-45-6789" and "office"; the
redactor's patterns, spaCy and the keyword index saw neither, so the name stayed in clear
and the word was not found. Documents at ingest and every question pass through
``plain`` first, upstream of redaction.

Not the zero-width (non-)joiners U+200C/U+200D: Persian and the Indic scripts spell with
them. Dashes and no-break spaces stay as written: the redactor reads those through its
same-length view (``assistant.privacy.view``).
"""
from __future__ import annotations

INVISIBLE = "\u00ad\u200b\u2060\ufeff"  # soft hyphen, zero-width space, word joiner, BOM
LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
_TABLE = str.maketrans({**dict.fromkeys(INVISIBLE, None), **LIGATURES})


def plain(text: str) -> str:
    """``text`` without invisible layout marks and with its ligatures spelled out."""
    return text.translate(_TABLE)
