"""Time to first token and decode speed: our ask path against llama.cpp
(llama-cpp-python, the baseline) on the same GGUF and the same prompt,
alternating runs in one process, greedy decoding.

    python benchmarks/generate.py [--runs 3] [--new-tokens 64]

llama-cpp-python is installed by `make bench` (the `bench` extra), never by
the app; without it only our figures are printed.
"""
from __future__ import annotations

import argparse
import statistics
import time

from common import MODELS, offline


def prompt_messages():
    from assistant import domains
    from assistant.generate import build_messages

    domain = domains.load("healthcare")
    texts = [p.read_text(encoding="utf-8", errors="replace")
             for p in sorted(domain.sample_dir.glob("*.md"))]
    words = " ".join(texts).split()
    passages = [" ".join(words[i:i + 130]) for i in range(0, 520, 130)]
    return build_messages(domain.system_prompt, domain.refusal, domain.sample_question, passages)


def ours(gen, messages, new_tokens):
    gen.engine.reset()  # a cold prompt, as llama.cpp's after reset(): the whole prefill is timed
    timings: dict = {}
    for _ in gen.stream(messages, new_tokens, 0.0, timings):
        pass
    decode = (timings["generate_s"] - timings["first_token_s"]) / max(1, timings["new_tokens"] - 1)
    return timings["first_token_s"], 1 / decode, timings["prompt_tokens"], timings["new_tokens"]


def llama_cpp(llm, text, new_tokens):
    started = time.perf_counter()
    first = None
    n = 0
    for _ in llm(text, max_tokens=new_tokens, temperature=0.0, stream=True):
        n += 1
        if first is None:
            first = time.perf_counter() - started
    total = time.perf_counter() - started
    return first, (n - 1) / max(1e-9, total - first), n


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--new-tokens", type=int, default=64)
    args = ap.parse_args()
    offline()
    from assistant.generate import Generator
    from assistant.models import resolve

    spec = resolve("generator", "smollm2-135m-instruct")
    ours_by_precision, load_s = {}, {}
    for precision in ("int4", "int8", "fp32"):
        t0 = time.perf_counter()
        ours_by_precision[precision] = Generator.load(spec, MODELS, precision=precision)
        load_s[precision] = time.perf_counter() - t0
    messages = prompt_messages()
    gen = ours_by_precision["fp32"]
    text = gen.tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
    try:
        from llama_cpp import Llama

        llm = Llama(model_path=str(spec.path), n_threads=len(__import__("os").sched_getaffinity(0)),
                    n_ctx=4096, verbose=False)
    except ImportError:
        llm = None
    mine: dict[str, list] = {p: [] for p in ours_by_precision}
    theirs = []
    for _ in range(args.runs):  # alternating, so a noisy neighbour hurts every engine alike
        for precision, g in ours_by_precision.items():
            mine[precision].append(ours(g, messages, args.new_tokens))
        if llm is not None:
            llm.reset()
            theirs.append(llama_cpp(llm, text, args.new_tokens))
    med = statistics.median
    first = mine["fp32"][0]
    print(f"prompt: {first[2]} tokens, {args.new_tokens} new tokens max, greedy, {args.runs} runs each "
          f"(medians; every run starts from an empty KV cache, both engines); "
          f"model load from the workspace cache: " +
          ", ".join(f"{p} {s:.1f}s" for p, s in load_s.items()) + "\n")
    print("| engine | TTFT s | decode tokens/s |")
    print("|---|---|---|")
    rows = {p: (med(r[0] for r in runs), med(r[1] for r in runs)) for p, runs in mine.items()}
    for precision, (ttft, tps) in rows.items():
        print(f"| ours (decoder, {precision} weights) | {ttft:.2f} | {tps:.1f} |")
    if theirs:
        l_ttft, l_tps = med(r[0] for r in theirs), med(r[1] for r in theirs)
        print(f"| llama.cpp (baseline) | {l_ttft:.2f} | {l_tps:.1f} |\n")
        for precision, (ttft, tps) in rows.items():
            print(f"ratios, ours {precision} / llama.cpp: decode {tps / l_tps:.2f} (target >= 1.0), "
                  f"TTFT {ttft / l_ttft:.2f} (target <= 1.0)")
    else:
        print("\nllama-cpp-python not installed: no baseline, no ratio")


if __name__ == "__main__":
    main()
