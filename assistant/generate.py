"""Prompt building, streaming generation, refusal and citation parsing.

``build_messages`` is the one prompt format: the app, fine-tuning and
evaluation all call it, so the model is trained on exactly what it sees.
"""
from __future__ import annotations

import os
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

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

    @classmethod
    def load(cls, spec: ModelSpec, models_dir: Path, adapter_dir: Path | None = None) -> "Generator":
        import torch

        torch.set_num_threads(max(1, _physical_cores()))
        cache = models_dir / "hashes.json"
        sha = model_sha256(spec, cache)
        model, tokenizer = load_causal_lm(spec, sha, models_dir)
        adapter_sha = None
        if adapter_dir is not None:
            from peft import PeftModel

            adapter_sha = sha256_file(adapter_dir / "adapter_model.safetensors", cache)
            # Merged once at load: generation then runs at the base model's speed.
            model = PeftModel.from_pretrained(model, str(adapter_dir)).merge_and_unload()
            model.eval()
        return cls(spec, sha, adapter_sha, model, tokenizer)

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
            past = None
            step_input = ids
            for _ in range(max_new_tokens):
                result = self.model(input_ids=step_input, past_key_values=past, use_cache=True)
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
