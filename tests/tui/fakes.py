"""A real Session (real Store, real AuditLog, real pipeline.ask) over tiny stand-in models.

Only the models are stand-ins: the real embedder, Presidio and the LLM take
seconds to load and the domain packs are still being written. When
``open_session`` works, tests swap ``fake_session_factory`` for it.
"""
from __future__ import annotations

import hashlib
import re
import time
from pathlib import Path
from types import SimpleNamespace

import numpy as np

from assistant.config import Settings
from assistant.domains import Domain
from assistant.types import Block, Chunk, Document, Entity, Redaction

DIM = 64
REFUSAL = "The documents do not contain the answer."
MODEL_SHA = hashlib.sha256(b"scripted-lm").hexdigest()
# Fixed paths, so the snapshots do not depend on where pytest puts tmp files.
SEED = {
    "/srv/policies/retention.md": [
        "Laboratory results are retained for ten years after the last visit.",
        "Imaging studies are kept for seven years; mammograms for ten.",
    ],
    "/srv/policies/access.md": [
        "Only the treating team may open a patient record without a break-glass reason.",
    ],
}


class WordHashEmbedder:
    """Bag of words hashed into 64 dimensions: similar wording, similar vectors."""

    dim, max_tokens = DIM, 256
    sha256 = hashlib.sha256(b"word-hash-embedder").hexdigest()

    def count_tokens(self, text: str) -> int:
        return len(text.split())

    def encode(self, texts: list[str], batch_size: int = 64) -> np.ndarray:
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in re.findall(r"[a-z0-9]+", text.lower()):
                out[row, int(hashlib.md5(word.encode()).hexdigest(), 16) % DIM] += 1
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms == 0, 1, norms)


class Pseudonyms:
    def __init__(self) -> None:
        self._values: dict[str, str] = {}

    def placeholder(self, entity_type: str, value: str) -> str:
        for ph, v in self._values.items():
            if v == value and ph.startswith(f"<{entity_type}_"):
                return ph
        n = sum(ph.startswith(f"<{entity_type}_") for ph in self._values) + 1
        self._values[f"<{entity_type}_{n}>"] = value
        return f"<{entity_type}_{n}>"

    def restore(self, text: str) -> str:
        return re.sub(r"<[A-Z_]+_\d+>", lambda m: self._values.get(m.group(0), m.group(0)), text)

    def mapping(self) -> dict[str, str]:
        return dict(self._values)


class PatternRedactor:
    """Two-word capitalised names after 'patient'/'Dr', and MRNs: enough to show placeholders."""

    PATTERNS = (("PERSON", re.compile(r"\b(?:[Pp]atient|Dr\.?) ([A-Z][a-z]+ [A-Z][a-z]+)")),
                ("MRN", re.compile(r"\b(\d{8})\b")))
    fingerprint = "pattern-redactor"  # what the index and the audit record keep of the redaction

    def redact(self, text: str, pseudo=None) -> Redaction:
        pseudo = pseudo or Pseudonyms()
        spans = sorted((m.start(1), m.end(1), kind) for kind, rx in self.PATTERNS for m in rx.finditer(text))
        out, entities, last = [], [], 0
        for start, end, kind in spans:
            ph = pseudo.placeholder(kind, text[start:end])
            out += [text[last:start], ph]
            entities.append(Entity(kind, start, end, 1.0, ph))
            last = end
        return Redaction("".join(out) + text[last:], tuple(entities))

    def redact_many(self, texts, pseudo=None, **_):
        pseudo = pseudo or Pseudonyms()
        return [self.redact(t, pseudo) for t in texts]

    def redact_each(self, groups):
        return [self.redact_many(group) for group in groups]


class ScriptedGenerator:
    """Answers with the first sentence of passage [1], word by word, citing every passage."""

    spec = SimpleNamespace(name="scripted-lm")
    sha256, adapter_sha256 = MODEL_SHA, None

    def __init__(self, delay: float = 0.03):
        self.delay = delay

    def stream(self, messages, *settings, **named_settings):  # token limits etc. do not apply
        prompt = messages[-1]["content"]
        found = re.search(r"^\[1\] (.+?\.)", prompt, re.M)
        others = " ".join(f"See also [{n}]." for n in range(2, 1 + len(re.findall(r"^\[\d+\] ", prompt, re.M))))
        text = f"According to [1], {found.group(1)} {others}".strip() if found else REFUSAL
        words = text.split(" ")
        for i, word in enumerate(words):
            time.sleep(self.delay)
            yield word if i == 0 else " " + word


def domain(root: Path) -> Domain:
    return Domain(name="healthcare", title="Healthcare", root=root,
                  system_prompt="Answer only from the passages.", refusal=REFUSAL,
                  k=2, min_score=0.2, at_rest="keep")


def seed(store, embedder) -> None:
    for source, texts in SEED.items():
        doc = Document(source, hashlib.sha256(source.encode()).hexdigest(), "markdown",
                       tuple(Block(t) for t in texts))
        chunks = [Chunk(f"{Path(source).stem}-{i}", source, i, t) for i, t in enumerate(texts)]
        store.replace_file(doc, chunks, embedder.encode(texts))


def fake_session_factory(workspace: Path, seeded: bool = True):
    """Returns the callable the app runs on its session thread (SQLite wants that thread)."""

    def open_fake():
        from audit import AuditLog

        from assistant.index import Store
        from assistant.pipeline import Session

        settings = Settings(workspace=workspace, generator="scripted-lm")
        embedder = WordHashEmbedder()
        dom = domain(workspace)
        store = Store(settings.index_dir / dom.name, embedder.dim, embedder.sha256)
        if seeded and not store.files():
            seed(store, embedder)
        audit_log = AuditLog.open(settings.audit_dir, settings.keys_dir)
        session = Session(settings, dom, PatternRedactor(), embedder, store, audit_log,
                          Pseudonyms(), ScriptedGenerator())
        session.record("session_start", {"embedder_sha256": embedder.sha256})
        return session

    return open_fake
