"""The ask path, strung together in one place.

question -> redact -> retrieve -> build prompt -> generate -> redact -> audit

The CLI and the TUI both call :func:`ask`, so an analyst gets the same answer
and the same audit record whichever face they use. A :class:`Session` holds
what is loaded once (models, index, audit log) and what lives only in memory
for the session (the pseudonym map, the conversation).
"""
from __future__ import annotations

import getpass
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from . import domains
from .config import Settings, prepare_workspace
from .types import Answer, Citation, Hit, Redaction
from .typography import plain

TokenCallback = Callable[[str], None]


@dataclass
class Session:
    settings: Settings
    domain: "domains.Domain"
    redactor: object
    embedder: object
    store: object
    audit: object
    pseudonyms: object
    generator: object | None = None
    session_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    history: list[tuple[str, str]] = field(default_factory=list)
    loading: "Background | None" = None  # the generator, while it loads behind the other models

    def ensure_generator(self):
        if self.generator is None:
            if self.loading is None:
                self.loading = Background(load_generator, self.settings, _adapter_dir(self.settings, self.domain))
            self.generator = self.loading.result()
        return self.generator

    def record(self, kind: str, payload: dict) -> int:
        """The one place the app writes to the audit log."""
        payload = {"session_id": self.session_id, "domain": self.domain.name, **payload}
        return self.audit.append(kind, payload, user=_os_user())

    def close(self) -> None:
        self.record("session_stop", {})
        self.audit.close()
        self.store.close()


class Background:
    """One call run on a daemon thread; ``result()`` waits and re-raises its error.

    The generator's import and weights (torch and the decoder's cached
    weights: seconds) load while the main thread loads Presidio and the
    embedder and answers the first question's redaction and retrieval. A daemon thread, not an executor:
    a session that fails to open must exit at once, not after the load."""

    def __init__(self, fn, *args):
        self._value = self._error = None
        self._thread = threading.Thread(target=self._run, args=(fn, *args), daemon=True,
                                        name=f"background-{fn.__name__}")
        self._thread.start()

    def _run(self, fn, *args) -> None:
        try:
            self._value = fn(*args)
        except BaseException as err:  # handed to the caller of result()
            self._error = err

    def result(self):
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._value


def load_generator(settings: Settings, adapter_dir=None):
    """The settings' generator, with the LoRA adapter in ``adapter_dir`` applied when given."""
    from .generate import Generator
    from .models import resolve

    return Generator.load(resolve("generator", settings.generator), settings.models_dir, adapter_dir,
                          precision=settings.precision, threads=settings.threads)


def load_embedder(settings: Settings):
    from .embed import Embedder
    from .models import resolve

    return Embedder.load(resolve("embedder", settings.embedder), settings.models_dir / "hashes.json",
                         models_dir=settings.models_dir, backend=settings.embed_backend,
                         threads=settings.threads)


def open_session(settings: Settings, generator: bool = False) -> Session:
    """Load what a session needs; ``generator``: start loading the LLM now, in the background."""
    prepare_workspace(settings)
    domain = domains.load(settings.domain)
    # First, before the imports below (Presidio and spaCy take seconds): the
    # generator's thread gets the machine's other core while they run.
    loading = Background(load_generator, settings, _adapter_dir(settings, domain)) if generator else None

    from audit import AuditLog

    from .index import Store
    from .privacy import Pseudonyms, Redactor

    audit_log = AuditLog.open(settings.audit_dir, settings.keys_dir)
    embedder = load_embedder(settings)
    store = Store(settings.index_dir / domain.name, embedder.dim, embedder.sha256)
    session = Session(settings, domain, Redactor.for_domain(domain.privacy, workers=settings.threads), embedder, store,
                      audit_log, Pseudonyms(), loading=loading)
    session.record("session_start", {"embedder_sha256": embedder.sha256})
    return session


def ingest(session: Session, paths, prune: bool = False, progress=None):
    """Add documents to the session's library and audit that it happened."""
    from .library import Library

    report = Library.for_session(session).ingest(paths, prune=prune, progress=progress)
    session.record("ingest", {"paths": [str(p) for p in paths], **report.to_json()})
    return report


def forget(session: Session, path) -> int:
    """Remove one file's passages and audit that it happened."""
    from .library import Library

    n = Library.for_session(session).forget(path)
    session.record("forget", {"path": str(path), "chunks": n})
    return n


def retrieve(session: Session, query: str, k: int | None = None, mode: str = "hybrid"):
    vector = session.embedder.encode([query])[0]
    return session.store.search(vector, query, k or session.domain.k, mode=mode)


def redact_question(session: Session, question: str) -> Redaction:
    """The question as the index, the model and the audit log see it: layout marks out
    (``plain``), identifiers replaced by the session's placeholders."""
    return session.redactor.redact(plain(question), session.pseudonyms)


def ask(session: Session, question: str, on_token: TokenCallback | None = None) -> Answer:
    from .generate import (build_messages, cited_numbers, is_open_question, is_refusal, refusal_rule,
                           stream_without_verdict)

    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    domain = session.domain
    asked = redact_question(session, question)
    result = retrieve(session, asked.text)
    hits = list(result.hits)
    timings["retrieve_s"] = time.perf_counter() - t0
    generator = session.ensure_generator()
    if not hits or result.best_similarity < domain.min_score:
        raw = domain.refusal  # nothing relevant: refuse without giving the model a chance to invent
        if on_token:
            on_token(raw)
    else:
        messages = build_messages(domain.system_prompt, domain.refusal, asked.text,
                                  [h.chunk.text for h in hits], session.history[-2:])
        pieces = []
        stream = generator.stream(messages, domain.max_new_tokens, domain.temperature, timings,
                                  domain.repetition_penalty, refusal_rule(domain))
        if is_open_question(question):
            stream = stream_without_verdict(stream)
        for piece in stream:
            pieces.append(piece)
            if on_token:
                on_token(session.pseudonyms.restore(piece))
        raw = "".join(pieces).strip()
    refused = is_refusal(raw, domain.refusal)
    # The model may echo or invent identifiers: redact its output too before it is kept.
    answered = session.redactor.redact(raw, session.pseudonyms)
    citations = () if refused else _citations(answered.text, hits, cited_numbers)
    timings["total_s"] = time.perf_counter() - t0
    answer = Answer(
        text=session.pseudonyms.restore(answered.text), redacted_text=answered.text,
        prompt=asked.text, refused=refused, citations=citations,
        redactions=asked.entities + answered.entities, model_sha256=generator.sha256,
        adapter_sha256=generator.adapter_sha256, timings=timings)
    seq = session.record("ask", _ask_payload(session, answer, hits, result.best_similarity))
    session.history.append((asked.text, answered.text))
    return Answer(**{**answer.__dict__, "audit_seq": seq})


def _citations(text: str, hits: list[Hit], cited_numbers) -> tuple[Citation, ...]:
    numbers = cited_numbers(text, len(hits)) or list(range(1, len(hits) + 1))
    return tuple(Citation(n, hits[n - 1].chunk.source, hits[n - 1].chunk.page,
                          hits[n - 1].chunk.chunk_id, hits[n - 1].chunk.text) for n in numbers)


def _ask_payload(session: Session, answer: Answer, hits: list[Hit], best: float) -> dict:
    import hashlib

    gen = session.generator
    return {
        "model": gen.spec.name, "model_sha256": answer.model_sha256,
        "adapter_sha256": answer.adapter_sha256, "embedder_sha256": session.embedder.sha256,
        # Which redaction the prompt and answer went through (recognizers, their code, NER model).
        "redactor": session.redactor.fingerprint,
        "settings": {"k": session.domain.k, "min_score": session.domain.min_score,
                     "refusal_threshold": session.domain.refusal_threshold,
                     "max_new_tokens": session.domain.max_new_tokens,
                     "temperature": session.domain.temperature,
                     "repetition_penalty": session.domain.repetition_penalty},
        "prompt": answer.prompt, "answer": answer.redacted_text, "refused": answer.refused,
        "best_similarity": round(best, 4),
        "retrieved": [{"chunk_id": h.chunk.chunk_id, "source": h.chunk.source, "page": h.chunk.page,
                       "sha256": hashlib.sha256(h.chunk.text.encode()).hexdigest(),
                       "score": round(h.score, 6)} for h in hits],
        "citations": [c.n for c in answer.citations],
        "redactions": [{"entity": e.entity_type, "placeholder": e.placeholder}
                       for e in answer.redactions],
        # Only inside the sealed payload: lets a reviewer see what was redacted.
        "pseudonyms": session.pseudonyms.mapping(),
        "timings": {k: round(v, 4) for k, v in answer.timings.items()},
    }


def _adapter_dir(settings: Settings, domain):
    from pathlib import Path

    if settings.adapter == "none":
        return None
    if settings.adapter:
        return Path(settings.adapter).expanduser().resolve()
    return domain.adapter_dir


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"
