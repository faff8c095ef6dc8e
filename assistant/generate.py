"""Prompt building, streaming generation, refusal and citation parsing.

``build_messages`` is the one prompt format: the app, fine-tuning and
evaluation all call it, so the model is trained on exactly what it sees.
"""
from __future__ import annotations

import copy
import os
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .config import PRECISIONS
from .models import ModelSpec, load_causal_lm, model_sha256, sha256_file

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


def cited_numbers(answer: str, available: int) -> list[int]:
    seen = dict.fromkeys(int(n) for n in CITATION.findall(answer))
    return [n for n in seen if 1 <= n <= available]


def is_refusal(answer: str, refusal: str) -> bool:
    def norm(s: str) -> str:
        return " ".join(re.findall(r"[a-z0-9]+", s.lower()))

    head = norm(refusal)[:40]
    return bool(head) and head in norm(answer)


@dataclass
class Generator:
    spec: ModelSpec
    sha256: str
    adapter_sha256: str | None
    model: object
    tokenizer: object
    precision: str = "fp32"
    # (token ids of the system turn, its KV cache): the system prompt is the
    # same for every question of a session, so it is encoded once.
    _prefix: tuple[tuple[int, ...], object] | None = field(default=None, repr=False)

    @classmethod
    def load(cls, spec: ModelSpec, models_dir: Path, adapter_dir: Path | None = None,
             precision: str = "fp32", threads: int | None = None) -> "Generator":
        import torch

        torch.set_num_threads(max(1, threads or _physical_cores()))
        cache = models_dir / "hashes.json"
        sha = model_sha256(spec, cache)
        adapter_sha = None
        if adapter_dir is not None:
            adapter_sha = sha256_file(adapter_dir / "adapter_model.safetensors", cache)
        # Merged into the base (once, cached): generation runs at the base model's speed.
        model, tokenizer = load_causal_lm(spec, sha, models_dir,
                                          (adapter_dir, adapter_sha) if adapter_dir else None)
        if precision == "int8":
            from .quantize import quantize_int8

            model = quantize_int8(model)
        elif precision != "fp32":
            raise ValueError(f"precision {precision!r}: expected one of {', '.join(PRECISIONS)}")
        return cls(spec, sha, adapter_sha, model, tokenizer, precision)

    def prompt_ids(self, messages: list[dict[str, str]]):
        return self.tokenizer.apply_chat_template(
            messages, add_generation_prompt=True, return_tensors="pt")

    def stream(self, messages: list[dict[str, str]], max_new_tokens: int = 160,
               temperature: float = 0.0, timings: dict | None = None,
               repetition_penalty: float = 1.0) -> Iterator[str]:
        """Yield text pieces as they are decoded (greedy unless temperature > 0).
        A repetition penalty above 1 (CTRL-style) keeps a small model from looping."""
        import torch

        ids = self.prompt_ids(messages)
        stop = self._stop_ids()
        out: list[int] = []
        shown = ""
        started = time.perf_counter()
        with torch.inference_mode():
            past, step_input = self._reuse_prefix(messages, ids)
            for _ in range(max_new_tokens):
                # logits_to_keep=1: the prompt's other rows would cost a 49k-wide
                # vocabulary matmul each (and ~140 MB) for logits nobody reads
                result = self.model(input_ids=step_input, past_key_values=past, use_cache=True,
                                    logits_to_keep=1)
                past = result.past_key_values
                logits = result.logits[0, -1]
                if repetition_penalty != 1.0 and out:
                    logits = _penalise(logits, out, repetition_penalty)
                token = _pick(logits, temperature)
                if timings is not None and not out:
                    timings["first_token_s"] = time.perf_counter() - started
                if token in stop:
                    break
                out.append(token)
                text = self.tokenizer.decode(out, skip_special_tokens=True)
                if not text.endswith("\ufffd") and len(text) > len(shown):
                    yield text[len(shown):]
                    shown = text
                step_input = torch.tensor([[token]])
        if timings is not None:
            timings["generate_s"] = time.perf_counter() - started
            timings["prompt_tokens"] = int(ids.shape[1])
            timings["new_tokens"] = len(out)

    def _reuse_prefix(self, messages: list[dict[str, str]], ids):
        """(KV cache, remaining input ids): the system turn's cache copied, not recomputed."""
        if not messages or messages[0]["role"] != "system":
            return None, ids
        head = tuple(self.tokenizer.apply_chat_template(messages[:1]))
        if tuple(ids[0, :len(head)].tolist()) != head or len(head) >= ids.shape[1]:
            return None, ids
        if self._prefix is None or self._prefix[0] != head:
            import torch

            warm = self.model(input_ids=torch.tensor([head]), use_cache=True,
                              logits_to_keep=1).past_key_values
            self._prefix = (head, warm)
        # Generation extends the cache in place: each question gets its own copy.
        return copy.deepcopy(self._prefix[1]), ids[:, len(head):]

    def complete_many(self, conversations: list[list[dict[str, str]]], max_new_tokens: int = 64,
                      batch_size: int = 8) -> list[str]:
        """Greedy completions of many prompts, in order, a batch at a time.

        For evaluation: on a CPU one decode step costs about the same for one
        prompt as for eight, so batching makes a 100-question eval several
        times faster. Prompts are sorted by length to waste little padding and
        left-padded, so every row's next token sits in the last column.
        """
        import torch

        tok = self.tokenizer
        prompts = [self.prompt_ids(m)[0].tolist() for m in conversations]
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
                new = self.model.generate(input_ids=ids, attention_mask=mask, do_sample=False,
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


def _physical_cores() -> int:
    # Hyper-threads slow matmuls down; fall back to the logical count we may use.
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1
