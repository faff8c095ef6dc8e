"""Fitting a domain's two refusal settings: the gate's ``min_score`` and the model's ``refusal_threshold``.

``ask`` refuses when the best question-passage cosine is under ``min_score``
(the model never runs), or when the model gives the refusal sentence at least
``refusal_threshold`` probability. Both are fitted together, for the best
refusal F1, on examples the eval set never sees (by default the domain's
``train.jsonl``). The embedder is not fine-tuned, so its cosines there are as
on new questions; the adapter has seen those items, so its probabilities there
are somewhat surer than on new ones, and the held-out eval is what judges.
"""
from __future__ import annotations

from dataclasses import dataclass

from .domains import Domain
from .generate import Generator, text_ids


@dataclass(frozen=True)
class Calibration:
    min_score: float
    refusal_threshold: float
    f1: float
    precision: float
    recall: float
    n: int
    unanswerable: int

    def toml(self) -> str:
        return (f"[retrieval]\nmin_score = {self.min_score}\n\n"
                f"[generation]\nrefusal_threshold = {self.refusal_threshold}\n")


def refusal_probabilities(domain: Domain, generator: Generator, examples: list[dict]) -> list[float]:
    """Each example's probability of the refusal sentence under the model, with the app's prompt."""
    from .evaluate import eval_messages

    target = text_ids(generator.tokenizer, domain.refusal)
    return [generator.probability(generator.prompt_ids(eval_messages(domain, generator.tokenizer, ex)),
                                  target) for ex in examples]


def fit(similarity: list[float], probability: list[float], answerable: list[bool]) -> Calibration:
    """The (min_score, refusal_threshold) pair with the best refusal F1 when
    refusing iff ``similarity < min_score or probability >= refusal_threshold``.

    Cut points are midways between observed values, so no training item sits
    on a threshold. Ties go to the lower gate, then to the higher threshold:
    each refuses fewer answerable questions on new data.
    """
    if not any(not a for a in answerable):
        raise ValueError("calibration needs unanswerable examples (answerable: false)")
    best: tuple | None = None
    for gate in _cuts(similarity, low=0.0):
        open_ = [(p, not a) for s, p, a in zip(similarity, probability, answerable) if s >= gate]
        gated_tp = sum(1 for s, a in zip(similarity, answerable) if s < gate and not a)
        gated_fp = sum(1 for s, a in zip(similarity, answerable) if s < gate and a)
        for threshold, tp, fp in _sweep(open_):
            score = _prf(gated_tp + tp, gated_fp + fp, answerable)
            key = (round(score[2], 6), -gate, threshold)
            if best is None or key > best[0]:
                best = (key, gate, threshold, score)
    _, gate, threshold, (precision, recall, f1) = best
    return Calibration(round(gate, 3), round(threshold, 4), round(f1, 4), round(precision, 4),
                       round(recall, 4), len(answerable), sum(1 for a in answerable if not a))


def _cuts(values: list[float], low: float) -> list[float]:
    ordered = sorted(set(values))
    return [low] + [(a + b) / 2 for a, b in zip(ordered, ordered[1:])]


def _sweep(items: list[tuple[float, bool]]):
    """(threshold, refused unanswerable, refused answerable) for every cut of the probabilities, highest first."""
    ordered = sorted(items, key=lambda item: -item[0])
    yield 1.0 + 1e-9, 0, 0  # the model never refuses
    tp = fp = 0
    for i, (p, unanswerable) in enumerate(ordered):
        tp, fp = tp + unanswerable, fp + (not unanswerable)
        following = ordered[i + 1][0] if i + 1 < len(ordered) else 0.0
        if following < p:
            yield (p + following) / 2, tp, fp


def _prf(tp: int, fp: int, answerable: list[bool]) -> tuple[float, float, float]:
    from .evaluate import prf

    missed = sum(1 for a in answerable if not a) - tp
    return tuple(x or 0.0 for x in prf(tp, fp, missed))
