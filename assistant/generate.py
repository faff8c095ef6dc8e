"""Prompt building, streaming generation, refusal and citation parsing.

``build_messages`` is the one prompt format: the app, fine-tuning and
evaluation all call it, so the model is trained on exactly what it sees.
"""
from __future__ import annotations

import math
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .config import PRECISIONS, available_cores
from .models import ModelSpec, model_sha256, sha256_file
from .prompt_cache import PromptCache

if TYPE_CHECKING:
    from .domains import Domain

CITATION = re.compile(r"\[(\d{1,2})\]")


def build_messages(system_prompt: str, refusal: str, question: str, passages: list[str],
                   history: list[tuple[str, str]] = ()) -> list[dict[str, str]]:
    numbered = "\n".join(f"[{n}] {' '.join(p.split())}" for n, p in enumerate(passages, 1))
    user = (f"Passages:\n{numbered}\n\nQuestion: {question}\n"
            f"Answer briefly from the passages and cite them like [1]. "
            f"If they do not contain the answer, reply exactly: {refusal}")
    messages = [{"role": "system", "content": system_prompt}]
    for past_q, past_a in history:
        messages += [{"role": "user", "content": past_q}, {"role": "assistant", "content": past_a}]
    messages.append({"role": "user", "content": user})
    return messages


# A yes/no/maybe verdict after the evidence, as the healthcare adapter writes it. It
# answers a polar question only: after "Within how many days ...?" "Answer: No." misleads.
OPEN_QUESTION = re.compile(r"^\W*(?:(?:in|within|for|by|to|from|at|of|on|under|after|before|during|"
                           r"with|since|until)\s+)?(?:what|which|who|whom|whose|when|where|why|how)\b",
                           re.IGNORECASE)
VERDICT = "Answer:"
# "Answer: No" and not "Answer: None of them": a letter after the label makes it a word.
VERDICT_LABEL = re.compile(r"\s*\bAnswer:\s*(yes|no|maybe)(?![a-z])", re.IGNORECASE)


def is_open_question(question: str) -> bool:
    """A wh-question ("What ...", "Within how many days ..."), which no yes/no answers."""
    return bool(OPEN_QUESTION.match(question))


def without_verdict(answer: str) -> str:
    """``answer`` up to its "Answer: Yes." (for an open question)."""
    found = VERDICT_LABEL.search(answer)
    return answer[:found.start()] if found else answer


def stream_without_verdict(pieces: Iterator[str]) -> Iterator[str]:
    """``pieces`` less a trailing verdict, streamed: text that may still turn into
    "Answer: Yes" is held back until it does (and the stream stops) or does not."""
    held = ""
    for piece in pieces:
        held += piece
        found = VERDICT_LABEL.search(held)
        if found and found.end() < len(held):  # a letter may still follow the label
            if found.start():
                yield held[:found.start()]
            return
        safe = _verdict_start(held)
        if safe:
            yield held[:safe]
            held = held[safe:]
    if without_verdict(held):
        yield without_verdict(held)


def _verdict_start(held: str) -> int:
    """Where in ``held`` a verdict may be starting (its length if nowhere)."""
    start = held.find(VERDICT)
    if start >= 0:  # "Answer: 42" is not a verdict: release it once past any verdict's length
        return start if len(held) - start <= len("Answer: maybe.") else len(held)
    for k in range(min(len(held), len(VERDICT) - 1), 0, -1):
        if VERDICT.startswith(held[-k:]):
            return len(held) - k
    return len(held)


def cited_numbers(answer: str, available: int) -> list[int]:
    seen = dict.fromkeys(int(n) for n in CITATION.findall(answer))
    return [n for n in seen if 1 <= n <= available]


def is_refusal(answer: str, refusal: str) -> bool:
    """The refusal, or the refusal in other words that keep its head or its tail
    ("The tables do not contain the answer to this question."): a model barred
    from the refusal's opening (see ``Refusal``) may still refuse that way."""
    def norm(s: str) -> str:
        return " ".join(re.findall(r"[a-z0-9]+", s.lower()))

    said, wanted = norm(answer), norm(refusal)
    return bool(wanted) and (wanted[:40] in said or wanted[-40:] in said)


class _Transformers(PromptCache):
    """transformers' own forward with a KV cache, for architectures the Decoder does not
    run. Same interface as :class:`assistant.decoder.Decoder`."""

    def __init__(self, model):
        self.model = model
        self.cache = None
        self.tokens: list[int] = []

    def _crop(self, keep: int) -> None:
        if self.cache is not None and keep:
            self.cache.crop(keep)
        else:
            self.cache = None
        del self.tokens[keep:]

    def _forward(self, new: list[int]):
        import torch

        # logits_to_keep=1: a prompt's other rows would cost a 49k-wide
        # vocabulary matmul each (and ~140 MB) for logits nobody reads
        result = self.model(input_ids=torch.tensor([new]), past_key_values=self.cache,
                            use_cache=True, logits_to_keep=1)
        self.cache = result.past_key_values
        self.tokens.extend(new)
        return result.logits[0, -1].float()


@dataclass(frozen=True)
class Refusal:
    """When to refuse: the domain's refusal ``text``, said when the model gives
    it at least ``threshold`` probability (calibrated per domain by
    ``assistant eval --calibrate``)."""

    text: str
    threshold: float

    @property
    def asks_model(self) -> bool:
        """False at 1.0 and above: the model's refusal is never taken, so its
        probability is not worth the decode steps; the opening is still barred."""
        return self.threshold < 1.0


def text_ids(tokenizer, text: str) -> list[int]:
    """``text``'s tokens as the model would write them after the prompt."""
    return list(tokenizer.encode(text, add_special_tokens=False))


def refusal_rule(domain: Domain) -> Refusal | None:
    """The domain's :class:`Refusal`, or None: it sets no threshold, greedy decoding refuses."""
    return None if domain.refusal_threshold is None else Refusal(domain.refusal, domain.refusal_threshold)


@dataclass
class Generator:
    spec: ModelSpec
    sha256: str
    adapter_sha256: str | None
    engine: object  # a Decoder, or _Transformers: prefill(ids) / step(token) -> logits
    tokenizer: object
    precision: str = "fp32"

    @classmethod
    def load(cls, spec: ModelSpec, models_dir: Path, adapter_dir: Path | None = None,
             precision: str = "fp32", threads: int | None = None) -> "Generator":
        import torch

        from .chat_tokenizer import ChatTokenizer
        from .decoder import load_decoder
        from .models import load_folder, prepare_causal_lm

        if precision not in PRECISIONS:
            raise ValueError(f"precision {precision!r}: expected one of {', '.join(PRECISIONS)}")
        torch.set_num_threads(max(1, threads or available_cores()))
        cache = models_dir / "hashes.json"
        sha = model_sha256(spec, cache)
        adapter_sha = None
        if adapter_dir is not None:
            adapter_sha = sha256_file(adapter_dir / "adapter_model.safetensors", cache)
        base = prepare_causal_lm(spec, sha, models_dir)
        # The decoder applies the adapter itself (merged in fp32, beside int8/int4 weights).
        engine = load_decoder(base, precision, adapter_dir)
        if engine is None:  # transformers' forward, on the adapter merged once and cached
            from .quantize import quantize

            folder = prepare_causal_lm(spec, sha, models_dir,
                                       (adapter_dir, adapter_sha) if adapter_dir else None)
            engine = _Transformers(quantize(load_folder(folder), precision))
        tokenizer = ChatTokenizer.load(base)
        if tokenizer is None:
            from .imports import transformers

            transformers()
            from transformers import AutoTokenizer

            tokenizer = AutoTokenizer.from_pretrained(base)
        return cls(spec, sha, adapter_sha, engine, tokenizer, precision)

    def prompt_ids(self, messages: list[dict[str, str]]) -> list[int]:
        return list(self.tokenizer.apply_chat_template(messages, add_generation_prompt=True))

    def tokens(self, ids: list[int], max_new_tokens: int = 160, temperature: float = 0.0,
               repetition_penalty: float = 1.0, timings: dict | None = None,
               barred: int | None = None, since: float | None = None) -> Iterator[int]:
        """Yield new token ids after the prompt ``ids`` (greedy unless temperature > 0).
        A repetition penalty above 1 (CTRL-style) keeps a small model from looping;
        ``barred`` is a token the answer may not open with (later steps may take
        it); ``since``: when the timings' clock started."""
        import torch

        from .decoder import ContextFull

        stop = self._stop_ids()
        out: list[int] = []
        started = time.perf_counter() if since is None else since
        with torch.inference_mode():
            logits = self.engine.prefill(ids)
            for _ in range(max_new_tokens):
                if repetition_penalty != 1.0 and out:
                    logits = _penalise(logits, out, repetition_penalty)
                if barred is not None and not out:
                    logits = logits.clone()
                    logits[barred] = float("-inf")
                token = _pick(logits, temperature)
                if timings is not None and not out:
                    timings["first_token_s"] = time.perf_counter() - started
                if token in stop:
                    break
                out.append(token)
                yield token
                if len(out) == max_new_tokens:
                    break
                try:
                    logits = self.engine.step(token)
                except ContextFull:
                    break
        if timings is not None:
            timings["generate_s"] = time.perf_counter() - started
            timings["prompt_tokens"] = len(ids)
            timings["new_tokens"] = len(out)

    def stream(self, messages: list[dict[str, str]], max_new_tokens: int = 160,
               temperature: float = 0.0, timings: dict | None = None,
               repetition_penalty: float = 1.0, refusal: Refusal | None = None) -> Iterator[str]:
        """Yield text pieces as they are decoded.

        With a :class:`Refusal` rule, refusing is a calibrated decision rather
        than greedy decoding's: the refusal text when the model gives it at
        least the rule's probability, otherwise the model's best answer that
        does not open with the refusal's first token.
        """
        ids = self.prompt_ids(messages)
        barred = None
        started = time.perf_counter()
        if refusal is not None:
            target = text_ids(self.tokenizer, refusal.text)
            if refusal.asks_model and self.probability(ids, target) >= refusal.threshold:
                if timings is not None:
                    timings.update(first_token_s=time.perf_counter() - started, prompt_tokens=len(ids))
                yield refusal.text
                return
            # Only the first token: barred from "The documents", the model wrote "The
            # document does not contain..." (a refusal the rule had just declined) on 10
            # of finance's 75 answerable held-out questions. Answers rarely need "The".
            barred = target[0] if target else None
        out: list[int] = []
        shown = ""
        for token in self.tokens(ids, max_new_tokens, temperature, repetition_penalty, timings,
                                 barred, started):
            out.append(token)
            text = self.tokenizer.decode(out, skip_special_tokens=True)
            if not text.endswith("\ufffd") and len(text) > len(shown):
                yield text[len(shown):]
                shown = text

    def complete_many(self, conversations: list[list[dict[str, str]]], max_new_tokens: int = 64,
                      batch_size: int = 8, refusal: Refusal | None = None) -> list[str]:
        """Greedy completions of many prompts, in order.

        On the Decoder one at a time: with its cache and fused layers a single
        sequence decodes faster than transformers' batches did, and the answers
        are exactly those ``ask`` gives. On transformers' forward, a batch at a
        time (see ``_complete_batched``) unless a refusal rule needs each
        prompt's own probabilities.
        """
        if isinstance(self.engine, _Transformers) and refusal is None:
            return self._complete_batched(conversations, max_new_tokens, batch_size)
        return ["".join(self.stream(m, max_new_tokens, refusal=refusal)).strip() for m in conversations]

    def probability(self, ids: list[int], answer: list[int]) -> float:
        """The probability the model gives to answering the prompt ``ids`` with
        exactly the tokens ``answer`` (teacher-forced, no sampling settings)."""
        import torch

        from .decoder import ContextFull

        logp = 0.0
        with torch.inference_mode():
            logits = self.engine.prefill(ids)
            for i, token in enumerate(answer):
                logp += float(torch.log_softmax(logits.float(), -1)[token])
                if i + 1 == len(answer):
                    break
                try:
                    logits = self.engine.step(token)
                except ContextFull:  # no room to say it all: judged on what fits
                    break
        return math.exp(logp)

    def _complete_batched(self, conversations, max_new_tokens: int, batch_size: int) -> list[str]:
        """On a CPU one decode step costs about the same for one prompt as for
        eight. Prompts are sorted by length to waste little padding and
        left-padded, so every row's next token sits in the last column."""
        import torch

        tok, model = self.tokenizer, self.engine.model
        prompts = [self.prompt_ids(m) for m in conversations]
        order = sorted(range(len(prompts)), key=lambda i: len(prompts[i]))
        pad = tok.pad_token_id if tok.pad_token_id is not None else tok.eos_token_id
        out: list[str] = [""] * len(prompts)
        for start in range(0, len(order), batch_size):
            rows = order[start:start + batch_size]
            width = max(len(prompts[i]) for i in rows)
            ids = torch.full((len(rows), width), pad, dtype=torch.long)
            mask = torch.zeros((len(rows), width), dtype=torch.long)
            for r, i in enumerate(rows):
                ids[r, width - len(prompts[i]):] = torch.tensor(prompts[i])
                mask[r, width - len(prompts[i]):] = 1
            with torch.inference_mode():
                new = model.generate(input_ids=ids, attention_mask=mask, do_sample=False,
                                     max_new_tokens=max_new_tokens, pad_token_id=pad,
                                     eos_token_id=sorted(self._stop_ids()))[:, width:]
            for r, i in enumerate(rows):
                out[i] = tok.decode(new[r], skip_special_tokens=True).strip()
        return out

    def _stop_ids(self) -> set[int]:
        stop = {self.tokenizer.eos_token_id}
        end = self.tokenizer.convert_tokens_to_ids("<|im_end|>")
        if isinstance(end, int) and end != self.tokenizer.unk_token_id:
            stop.add(end)
        return {s for s in stop if s is not None}


def _penalise(logits, previous: list[int], penalty: float):
    import torch

    ids = torch.tensor(sorted(set(previous)))
    seen = logits[ids]
    logits = logits.clone()
    logits[ids] = torch.where(seen > 0, seen / penalty, seen * penalty)
    return logits


def _pick(logits, temperature: float) -> int:
    import torch

    if temperature <= 0:
        return int(torch.argmax(logits))
    probs = torch.softmax(logits / temperature, dim=-1)
    return int(torch.multinomial(probs, 1))

