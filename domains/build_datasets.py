"""Build each domain's train.jsonl and eval.jsonl from outside data.

    python domains/build_datasets.py [--data ../shared/data] [--out domains]

Deterministic (seeded, sorted input). Each example is
{"id", "question", "passages": [{"n", "text", "gold"}], "answer", "answerable",
 "answer_type", "label", "source"}. About a quarter of the examples are made
unanswerable by pairing a question with another item's passages; their target
is the domain's refusal text. Train and eval are split by source item, so no
question or context is in both.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
MAX_WORDS = 110
EVAL_ITEMS = 100
TRAIN_ITEMS = 800
UNANSWERABLE = 0.25


def words(text: str, limit: int = MAX_WORDS) -> str:
    w = text.split()
    return " ".join(w[:limit]) + (" …" if len(w) > limit else "")


def first_sentence(text: str, limit: int = 30) -> str:
    sentence = re.split(r"(?<=[.!?])\s+", text.strip())[0]
    return words(sentence, limit)


def refusal(domain: str) -> str:
    return tomllib.loads((HERE / domain / "domain.toml").read_text())["refusal"].strip()


def split_of(key: str) -> float:
    return int(hashlib.sha256(key.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF


def number(passages: list[tuple[str, bool]], rng: random.Random) -> list[dict]:
    order = list(passages)
    rng.shuffle(order)
    return [{"n": i, "text": t, "gold": g} for i, (t, g) in enumerate(order, 1)]


def cite(passages: list[dict]) -> str:
    return " ".join(f"[{p['n']}]" for p in passages if p["gold"])


# -- healthcare: PubMedQA ------------------------------------------------------
def pubmedqa(data: Path) -> list[dict]:
    items = json.loads((data / "pubmedqa" / "train_dev.json").read_text())
    return [{"key": pmid, **item} for pmid, item in sorted(items.items())]


def pubmed_example(item: dict, other: dict, answerable: bool, rng: random.Random, refuse: str) -> dict:
    distractor = (words(rng.choice(other["CONTEXTS"])), False)
    if answerable:
        gold = [(words(c), True) for c in item["CONTEXTS"][:2]]
        passages = number(gold + [distractor], rng)
        label = item["final_decision"]
        answer = f"{label.capitalize()}. {first_sentence(item['LONG_ANSWER'])} {cite(passages)}"
        kind = "yes/no/maybe"
    else:
        passages = number([(words(c), False) for c in other["CONTEXTS"][:2]], rng)
        answer, label, kind = refuse, None, "refusal"
    return {"id": f"pubmedqa-{item['key']}-{'a' if answerable else 'u'}", "question": item["QUESTION"],
            "passages": passages, "answer": answer, "answerable": answerable, "answer_type": kind,
            "label": label, "source": f"pubmedqa:{item['key']}"}


# -- finance: TAT-QA -----------------------------------------------------------
def table_passages(table: list[list[str]]) -> list[str]:
    rows = [r for r in table if any(c.strip() for c in r)]
    if not rows:
        return []
    header = [c.strip() for c in rows[0]]
    lines = []
    for row in rows[1:]:
        label = row[0].strip() or "row"
        cells = [f"{h or 'value'}: {c.strip()}" for h, c in zip(header[1:], row[1:]) if c.strip()]
        lines.append(f"{label} | " + " | ".join(cells))
    out, current = [], []
    for line in lines:
        if current and len(" ".join(current + [line]).split()) > MAX_WORDS:
            out.append("\n".join(current))
            current = []
        current.append(line)
    if current:
        out.append("\n".join(current))
    return [words(p) for p in out]


def tatqa(data: Path) -> list[dict]:
    items = []
    for ctx in json.loads((data / "tatqa" / "dev.json").read_text()):
        for q in ctx["questions"]:
            if q["answer_type"] not in ("span", "arithmetic") or isinstance(q["answer"], list) and len(q["answer"]) != 1:
                continue
            items.append({"key": ctx["table"]["uid"], "ctx": ctx, "q": q})
    return sorted(items, key=lambda x: (x["key"], x["q"]["uid"]))


def tat_answer(q: dict) -> str:
    value = q["answer"][0] if isinstance(q["answer"], list) else q["answer"]
    if isinstance(value, float):
        value = f"{value:,.2f}".rstrip("0").rstrip(".")
    scale = f" {q['scale']}" if q.get("scale") else ""
    return f"{value}{scale}"


def tat_passages(ctx: dict, q: dict) -> list[tuple[str, bool]]:
    rel = set(q.get("rel_paragraphs") or [])
    from_table = q["answer_from"] in ("table", "table-text")
    out = [(p, from_table) for p in table_passages(ctx["table"]["table"])[:2]]
    for para in ctx["paragraphs"]:
        if str(para["order"]) in rel:
            out.append((words(para["text"]), True))
    return out[:3]


def tat_example(item: dict, other: dict, answerable: bool, rng: random.Random, refuse: str) -> dict:
    q = item["q"]
    if answerable:
        passages = number(tat_passages(item["ctx"], q), rng)
        kind = "number" if q["answer_type"] == "arithmetic" or re.fullmatch(r"[-$\d.,%() ]+", tat_answer(q).split(" ")[0]) else "span"
        answer = f"{tat_answer(q)} {cite(passages)}".strip()
    else:
        passages = number([(t, False) for t, _ in tat_passages(other["ctx"], other["q"])], rng)
        answer, kind = refuse, "refusal"
    return {"id": f"tatqa-{q['uid']}-{'a' if answerable else 'u'}", "question": q["question"],
            "passages": passages, "answer": answer, "answerable": answerable, "answer_type": kind,
            "label": None, "source": f"tatqa:{item['key']}"}


def build(items: list[dict], make, domain: str, seed: int) -> tuple[list[dict], list[dict]]:
    rng = random.Random(seed)
    keys = sorted({i["key"] for i in items}, key=split_of)
    eval_keys = set()
    for key in keys:  # whole source items go to eval until it holds EVAL_ITEMS questions
        if sum(1 for i in items if i["key"] in eval_keys) >= EVAL_ITEMS:
            break
        eval_keys.add(key)
    refuse = refusal(domain)
    splits: dict[str, list[dict]] = {"train": [], "eval": []}
    for name in ("eval", "train"):
        pool = [i for i in items if (i["key"] in eval_keys) == (name == "eval")]
        limit = EVAL_ITEMS if name == "eval" else TRAIN_ITEMS
        pool = pool[:limit] if name == "eval" else rng.sample(pool, min(limit, len(pool)))
        for n, item in enumerate(pool):
            answerable = rng.random() >= UNANSWERABLE
            other = pool[(n + 1 + rng.randrange(len(pool) - 1)) % len(pool)]
            while other["key"] == item["key"]:
                other = rng.choice(pool)
            splits[name].append(make(item, other, answerable, rng, refuse))
    # Some questions recur verbatim across contexts (TAT-QA): none of eval's may be trained on.
    asked = {ex["question"].strip().lower() for ex in splits["eval"]}
    train = [ex for ex in splits["train"] if ex["question"].strip().lower() not in asked]
    return train, splits["eval"]


def write(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rows),
                    encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=HERE.parent.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=HERE)
    args = ap.parse_args(argv)
    for domain, items, make in (("healthcare", pubmedqa(args.data), pubmed_example),
                                ("finance", tatqa(args.data), tat_example)):
        train, evals = build(items, make, domain, seed=7)
        write(args.out / domain / "train.jsonl", train)
        write(args.out / domain / "eval.jsonl", evals)
        print(f"{domain}: train {len(train)}, eval {len(evals)}")


if __name__ == "__main__":
    main()
