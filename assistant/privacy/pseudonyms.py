"""Per-session pseudonyms: the same value always gets the same ``<TYPE_n>``.

The mapping lives in memory only. ``mapping()`` is what the audit log seals
into its encrypted payload; ``restore()`` is what the analyst's screen shows.
"""
from __future__ import annotations

import re
import threading
from collections import Counter

from ..typography import plain

PLACEHOLDER = re.compile(r"<([A-Z][A-Z_]*?)_(\d+)>")


def _key(entity_type: str, value: str) -> tuple[str, str]:
    # "John  Smith", "john smith" and "Jo\u00adhn Smith" are one person; the first spelling
    # seen is restored.
    return entity_type, " ".join(plain(value).split()).casefold()


class Pseudonyms:
    def __init__(self) -> None:
        self._placeholders: dict[tuple[str, str], str] = {}
        self._values: dict[str, str] = {}
        self._counts: Counter[str] = Counter()
        self._lock = threading.Lock()

    def placeholder(self, entity_type: str, value: str) -> str:
        key = _key(entity_type, value)
        with self._lock:
            found = self._placeholders.get(key)
            if found is None:
                self._counts[entity_type] += 1
                found = f"<{entity_type}_{self._counts[entity_type]}>"
                self._placeholders[key] = found
                self._values[found] = value
            return found

    def restore(self, text: str) -> str:
        """Placeholders back to the real values; unknown placeholders are left as they are."""
        return PLACEHOLDER.sub(lambda m: self._values.get(m.group(0), m.group(0)), text)

    def mapping(self) -> dict[str, str]:
        with self._lock:
            return dict(self._values)

    def __len__(self) -> int:
        return len(self._values)
