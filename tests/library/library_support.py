"""Real models for the library tests, loaded once per process."""
from __future__ import annotations

import functools
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@functools.cache
def embedder():
    from assistant.embed import Embedder
    from assistant.models import resolve

    return Embedder.load(resolve("embedder", "all-minilm-l6-v2"))


@functools.cache
def redactor():
    from assistant import domains
    from assistant.privacy import Redactor

    return Redactor.for_domain(domains.load("healthcare").privacy)


def library(folder: Path):
    from assistant import domains
    from assistant.index import Store
    from assistant.library import Library

    emb = embedder()
    store = Store(folder, emb.dim, emb.sha256)
    return Library(store, emb, redactor(), domains.load("healthcare"))
