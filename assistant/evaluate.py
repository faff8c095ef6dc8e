"""Held-out evaluation: accuracy, refusal precision/recall/F1, citation correctness.

Each eval example carries its own numbered passages (``gold`` marks the ones
that hold the answer), so evaluation measures the generator alone, with the
app's own prompt (``build_messages``), not the retriever.

Scoring rules, kept simple enough to check by hand:
- yes/no/maybe: the word after "Answer:" is the label (the tuned adapters write
  the evidence, then the verdict); without one, the first of yes, no, maybe.
- span: normalised text (lower case, no punctuation, no articles, citations
  removed) equals the gold span, or holds it with at most ``SPAN_SLACK`` more
  words ("It is the treasury bonds [3]").
- number: the answer's first number (a year is skipped unless the gold is one)
  equals the gold within 1 %, also after a scale change of 100 (percent vs
  fraction) or 1,000 (thousands vs millions); a year must be exact.
- an answerable question answered with the refusal is wrong.

Both are strict on purpose: a model that copies its passages out holds the gold
span and every figure somewhere, and the earlier "contains it" / "any number"
rules scored such copies as answers.
"""
from __future__ import annotations

import re
import time
from collections import Counter
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from .domains import Domain
from .generate import (CITATION, VERDICT_LABEL, Generator, build_messages, cited_numbers, is_open_question,
                       is_refusal, refusal_rule, without_verdict)

LABEL = re.compile(r"\b(yes|no|maybe)\b")
NUMBER = re.compile(r"\(?-?\$?\d[\d,]*(?:\.\d+)?\)?")
YEAR = re.compile(r"\(?(?:19|20)\d\d\)?")
SPAN_SLACK = 5
SCALES = (1.0, 100.0, 0.01, 1000.0, 0.001, 1e6, 1e-6)
EVAL_MAX_PROMPT = 384  # the training max_len: the model is judged on prompts it learned
ALONE = ("accuracy", "refusal_precision", "refusal_recall", "refusal_f1", "citation_precision")


@dataclass(frozen=True)
class Row:
    id: str
    answer_type: str
    answerable: bool
    expected: str
    predicted: str
    correct: bool
    refused: bool
    cited: tuple[int, ...]
    gold: tuple[int, ...]


@dataclass(frozen=True)
class EvalReport:
    domain: str
    model_sha256: str
    adapter_sha256: str | None
    n: int
    accuracy: float | None  # answerable items answered correctly
    by_type: dict[str, float]
    majority_baseline: float | None  # the best constant yes/no/maybe guess, on this set
    label_accuracy: float | None  # accuracy on the yes/no/maybe items alone
    refusal_precision: float | None
    refusal_recall: float | None
    refusal_f1: float | None
    citation_precision: float | None  # cited [n] that are gold, over all cited [n]
    cited_rate: float | None  # answered (not refused) answerable items citing anything
    seconds: float
    # With the app's refusal gate (as `ask` answers): its threshold, how many
    # items it refused before the model ran, and the model's own figures.
    gate_min_score: float | None = None
    gated: int = 0
    model_alone: dict[str, float | None] | None = None
    rows: tuple[Row, ...] = ()

    def to_json(self, rows: bool = False) -> dict:
        data = asdict(self)
        data["rows"] = [asdict(r) for r in self.rows] if rows else []
        return data


# ---------------------------------------------------------------- scoring

def normalise(text: str) -> str:
    text = CITATION.sub(" ", text.lower())
    words = re.findall(r"[a-z0-9.%$-]+", text)
    return " ".join(w.strip(".") for w in words if w not in ("a", "an", "the"))


def label_of(text: str) -> str | None:
    text = CITATION.sub(" ", text.lower())
    found = VERDICT_LABEL.search(text) or LABEL.search(text)
    return found.group(1) if found else None


def numbers_in(text: str, skip_years: bool = False) -> list[float]:
    values = []
    for token in NUMBER.findall(CITATION.sub(" ", text)):
        if skip_years and YEAR.fullmatch(token):
            continue
        negative = token.startswith("(") and token.endswith(")") or "-" in token
        digits = token.strip("()$-").replace(",", "").replace("$", "")
        try:
            value = float(digits)
        except ValueError:
            continue
        values.append(-value if negative else value)
    return values


def number_match(predicted: str, expected: str) -> bool:
    gold = numbers_in(expected)
    if not gold:
        return span_match(predicted, expected)
    target = gold[0]
    year = bool(YEAR.fullmatch(CITATION.sub(" ", expected).strip()))
    found = numbers_in(predicted, skip_years=not year)
    if year:  # within 1 % of 2018 is 2019 too
        return bool(found) and found[0] == target
    return bool(found) and any(abs(found[0] * scale - target) <= 0.01 * max(abs(target), 1e-9)
                               for scale in SCALES)


def is_correct(answer_type: str, predicted: str, expected: str) -> bool:
    if answer_type == "yes/no/maybe":
        return label_of(predicted) == label_of(expected)
    if answer_type == "number":
        return number_match(predicted, expected)
    return span_match(predicted, expected)


def span_match(predicted: str, expected: str) -> bool:
    gold, pred = normalise(expected), normalise(predicted)
    slack = len(pred.split()) - len(gold.split())
    return bool(gold) and (pred == gold or (f" {gold} " in f" {pred} " and slack <= SPAN_SLACK))


# ---------------------------------------------------------------- running

def evaluate(domain: Domain, eval_file: Path | list[dict], generator: Generator,
             limit: int | None = None, max_new_tokens: int = 64, progress: bool = False,
             batch_size: int = 8, similarity: list[float] | None = None) -> EvalReport:
    """Generate an answer for each eval example from its own passages, and score it.

    With ``similarity`` (each item's :func:`best_similarity`), items are scored
    as ``ask`` answers them: one under the domain's ``min_score`` gets the
    refusal without the model; the model's own figures are kept beside.
    """
    from .finetune import read_jsonl

    examples = read_jsonl(Path(eval_file)) if isinstance(eval_file, (str, Path)) else list(eval_file)
    examples = examples[:limit] if limit else examples
    started = time.perf_counter()
    prompts = [eval_messages(domain, generator.tokenizer, ex) for ex in examples]
    predicted = []
    for start in _progress(range(0, len(prompts), batch_size), progress, batch_size):
        predicted += generator.complete_many(prompts[start:start + batch_size], max_new_tokens,
                                             batch_size, refusal_rule(domain))
    predicted = [without_verdict(a) if is_open_question(ex["question"]) else a
                 for ex, a in zip(examples, predicted)]  # as ``ask`` shows them
    rows = [score(ex, answer, domain) for ex, answer in zip(examples, predicted)]
    if similarity is None:
        return summarise(domain, generator, rows, time.perf_counter() - started)
    alone = summarise(domain, generator, rows, 0.0)
    gated = [b < domain.min_score for b in similarity]
    rows = [score(ex, domain.refusal, domain) if shut else row
            for ex, row, shut in zip(examples, rows, gated)]
    report = summarise(domain, generator, rows, time.perf_counter() - started)
    return replace(report, gate_min_score=domain.min_score, gated=sum(gated),
                   model_alone={k: getattr(alone, k) for k in ALONE})


def best_similarity(embedder, examples: list[dict]) -> list[float]:
    """Each item's best cosine between its question and its passages: what the app's gate reads."""
    questions = embedder.encode([ex["question"] for ex in examples])
    passages = embedder.encode([p["text"] for ex in examples for p in ex["passages"]])
    out, start = [], 0
    for ex, q in zip(examples, questions):
        own = passages[start:start + len(ex["passages"])]
        start += len(ex["passages"])
        out.append(float((own @ q).max()) if len(own) else 0.0)
    return out


def eval_messages(domain: Domain, tokenizer, example: dict) -> list[dict[str, str]]:
    """The app's prompt for one eval item, its passages trimmed as in training."""
    from .finetune import fit_passages

    texts = [p["text"] for p in example["passages"]]
    fitted = fit_passages(tokenizer, domain, example["question"], texts, EVAL_MAX_PROMPT) or texts
    return build_messages(domain.system_prompt, domain.refusal, example["question"], fitted)


def score(example: dict, predicted: str, domain: Domain) -> Row:
    answerable = bool(example.get("answerable", True))
    refused = is_refusal(predicted, domain.refusal)
    expected = str(example["answer"]) if answerable else domain.refusal
    kind = example.get("answer_type", "span") if answerable else "refusal"
    correct = refused if not answerable else (not refused and is_correct(kind, predicted, expected))
    gold = tuple(n for n, p in enumerate(example["passages"], 1) if p.get("gold"))
    cited = tuple(cited_numbers(predicted, len(example["passages"])))
    return Row(str(example.get("id", "")), kind, answerable, expected, predicted,
               correct, refused, cited, gold)


def summarise(domain: Domain, generator: Generator, rows: list[Row], seconds: float) -> EvalReport:
    answerable = [r for r in rows if r.answerable]
    types = sorted({r.answer_type for r in answerable})
    by_type = {t: _ratio(sum(r.correct for r in answerable if r.answer_type == t),
                         sum(1 for r in answerable if r.answer_type == t)) for t in types}
    labels = [label_of(r.expected) for r in answerable if r.answer_type == "yes/no/maybe"]
    majority = _ratio(Counter(labels).most_common(1)[0][1], len(labels)) if labels else None
    precision, recall, f1 = _refusal_prf(rows)
    answered = [r for r in answerable if not r.refused]
    cited = [n for r in answered for n in r.cited]
    good = sum(1 for r in answered for n in r.cited if n in r.gold)
    return EvalReport(
        domain=domain.name, model_sha256=generator.sha256, adapter_sha256=generator.adapter_sha256,
        n=len(rows), accuracy=_ratio(sum(r.correct for r in answerable), len(answerable)),
        by_type=by_type, majority_baseline=majority, label_accuracy=by_type.get("yes/no/maybe"),
        refusal_precision=precision, refusal_recall=recall, refusal_f1=f1,
        citation_precision=_ratio(good, len(cited)),
        cited_rate=_ratio(sum(1 for r in answered if r.cited), len(answered)),
        seconds=round(seconds, 1), rows=tuple(rows))


def _refusal_prf(rows: list[Row]) -> tuple[float | None, float | None, float | None]:
    tp = sum(1 for r in rows if r.refused and not r.answerable)
    fp = sum(1 for r in rows if r.refused and r.answerable)
    fn = sum(1 for r in rows if not r.refused and not r.answerable)
    return tuple(None if x is None else round(x, 4) for x in prf(tp, fp, fn))


def prf(tp: int, fp: int, fn: int) -> tuple[float | None, float | None, float | None]:
    """Precision, recall and F1 from counts; None where a ratio has no denominator."""
    precision = tp / (tp + fp) if tp + fp else None
    recall = tp / (tp + fn) if tp + fn else None
    if precision is None or recall is None:
        return precision, recall, None
    return precision, recall, (0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall))


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


def _progress(batches, enabled: bool, per_batch: int):
    from tqdm.auto import tqdm

    return tqdm(batches, disable=not enabled, desc=f"eval (batches of {per_batch})", unit="batch")


# ---------------------------------------------------------------- reporting

METRICS = (("accuracy", "accuracy (answerable)"), ("label_accuracy", "yes/no/maybe accuracy"),
           ("majority_baseline", "majority-class baseline"), ("refusal_precision", "refusal precision"),
           ("refusal_recall", "refusal recall"), ("refusal_f1", "refusal F1"),
           ("citation_precision", "citation correctness"), ("cited_rate", "answers citing a passage"),
           ("gated", "refused by the gate (min_score)"), ("n", "examples"), ("seconds", "seconds"))
COUNTS = ("n", "seconds", "gated")


def compare(reports: dict[str, EvalReport | dict]) -> list[tuple[str, list[str]]]:
    """(metric, [value per model]) rows, for a side-by-side table."""
    data = {name: r.to_json() if isinstance(r, EvalReport) else r for name, r in reports.items()}
    out = []
    for key, title in METRICS:
        values = [data[name].get(key) for name in data]
        out.append((title, [str(v) if key in COUNTS else _fmt(v) for v in values]))
    if any(d.get("model_alone") for d in data.values()):
        for key in ALONE:
            out.append((f"model alone: {key.replace('_', ' ')}",
                        [_fmt((d.get("model_alone") or {}).get(key)) for d in data.values()]))
    for kind in sorted({t for d in data.values() for t in d.get("by_type", {})}):
        out.append((f"accuracy: {kind}", [_fmt(d.get("by_type", {}).get(kind)) for d in data.values()]))
    return out


def compare_text(reports: dict[str, EvalReport | dict]) -> str:
    names = list(reports)
    rows = compare(reports)
    width = max(len(t) for t, _ in rows)
    head = " " * width + "  " + "  ".join(f"{n:>10}" for n in names)
    body = [f"{t:<{width}}  " + "  ".join(f"{v:>10}" for v in vals) for t, vals in rows]
    return "\n".join([head, *body])


def card_section(evaluation: dict) -> list[str]:
    """Markdown lines for the model card: the saved eval.json as a table."""
    reports = evaluation["reports"]
    names = list(reports)
    lines = ["## Evaluation (held-out, never trained on)", "",
             f"Set: `{evaluation['set']}` (SHA-256 `{evaluation['set_sha256']}`), "
             f"{evaluation.get('limit') or 'all'} examples, greedy decoding, "
             f"produced by `{evaluation.get('command', 'assistant eval --compare')}`.", "",
             "| metric | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]
    lines += [f"| {t} | " + " | ".join(vals) + " |" for t, vals in compare(reports)]
    return lines + [""]


def _fmt(value) -> str:
    return "-" if value is None else f"{100 * value:.1f}%"
