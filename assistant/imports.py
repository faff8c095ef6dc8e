"""Keeping transformers out of Presidio's import, safely beside the generator's thread.

Presidio's recognizer registry imports transformers' ``pipeline`` (and
gliner) when they are installed, for Hugging Face NER recognizers we do not
use: ~2 s of a cold ``ask`` on 2 cores, and the decoder needs no
transformers at all. :func:`kept_out` imports with those modules marked
absent, so the optional imports fail at once and Presidio carries on
without them. Our code that needs transformers calls :func:`transformers`
first, which waits while the mark is up: the generator loads on another
thread at the same time, and must not see the mark.
"""
from __future__ import annotations

import sys
import threading
from contextlib import contextmanager

_LOCK = threading.RLock()
PRESIDIO_OPTIONAL = ("transformers", "gliner")


@contextmanager
def kept_out(*names: str):
    """Import what the block imports as if ``names`` were not installed (unless already imported)."""
    with _LOCK:
        absent = [name for name in names if name not in sys.modules]
        for name in absent:
            sys.modules[name] = None  # an import of it raises ImportError at once
        try:
            yield
        finally:
            for name in absent:
                if sys.modules.get(name, ...) is None:
                    del sys.modules[name]


def transformers():
    """Import transformers (waiting out a :func:`kept_out` on another thread) and return it."""
    with _LOCK:
        import transformers as module
    return module
