"""Build each domain's train.jsonl and eval.jsonl from outside data.

    python domains/build_datasets.py [--data ../shared/data] [--out domains] [--domain D]

Deterministic: sorted input, hash-ordered splits and one seeded RNG per item,
so an item's example does not depend on which other items were kept. Each
example is {"id", "question", "passages": [{"n", "text", "gold"}], "answer",
"answerable", "answer_type", "label", "source"}.

Every item yields an answerable example. For about a third of the training
items (a quarter of eval's) the same question is also paired with passages of
OTHER items of the same split only; its target is the domain's refusal text.
Seeing one question both ways teaches that the passages, not the question,
decide whether to answer. Train and eval are split by source item (PMID;
TAT-QA table, with the tables of one report kept together), so no question or
context is in both.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import tomllib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 7
MAX_WORDS = 110
EVAL_SIZE = 100
TRAIN_SIZE = 800
UNANSWERABLE = 0.25
STOP = frozenset("""a an the of in on for to and or with by from at as is are was were be been
what which who whom how does do did than that this these those there their its it between
during after before over under into per vs versus not no yes total""".split())


# -- shared helpers ------------------------------------------------------------
def clip(text: str, limit: int = MAX_WORDS, keep_lines: bool = False) -> str:
    if not keep_lines:
        return " ".join(text.split()[:limit])
    out, left = [], limit
    for line in text.splitlines():
        w = line.split()[:left]
        if not w:
            break
        out.append(" ".join(w))
        left -= len(w)
    return "\n".join(out)


def window(text: str, needle: str, limit: int = MAX_WORDS) -> str:
    """``limit`` words of ``text`` that keep ``needle`` (when present) inside."""
    w = text.split()
    at = text.find(needle) if needle else -1
    if len(w) <= limit or at < 0:
        return " ".join(w[:limit])
    first = len(text[:at].split())
    start = max(0, min(first - limit // 3, len(w) - limit))
    return " ".join(w[start:start + limit])


def refusal(domain: str) -> str:
    return tomllib.loads((HERE / domain / "domain.toml").read_text(encoding="utf-8"))["refusal"].strip()


def rank(key: str, salt: str = "") -> str:
    return hashlib.sha256(f"{salt}{SEED}:{key}".encode()).hexdigest()


def rng_for(key: str) -> random.Random:
    return random.Random(int(rank(key, "rng")[:16], 16))


def number(passages: list[tuple[str, bool]], rng: random.Random) -> list[dict]:
    order = list(passages)
    rng.shuffle(order)
    return [{"n": i, "text": t, "gold": g} for i, (t, g) in enumerate(order, 1)]


def cite(passages: list[dict]) -> str:
    return "".join(f"[{p['n']}]" for p in passages if p["gold"])


def keywords(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 2 and w not in STOP}


def unrelated(question: str, texts: list[str]) -> bool:
    """False when most of the question's words occur in these passages: they might answer it."""
    asked = keywords(question)
    if not asked:
        return True
    return len(asked & keywords(" ".join(texts))) / len(asked) < 0.5


def refusal_example(item: dict, pool: list[dict], size: int, rng: random.Random, refuse: str) -> dict:
    """The item's question over ``size`` passages of two other items (same split), none gold.

    ``size`` is the passage count of the item's answerable example, so the
    count never tells the model which kind it is looking at.
    """
    asked = item["question"].lower()
    others = [o for o in pool if o["key"] != item["key"] and o["question"].lower() != asked]
    for _ in range(50):
        a, b = rng.sample(others, 2)
        texts = ([t for t, _ in a["passages"]][:size - 1] + [t for t, _ in b["passages"]])[:size]
        if a["key"] != b["key"] and unrelated(item["question"], texts):
            break
    passages = number([(t, False) for t in texts], rng)
    return {"id": f"{item['id']}-u", "question": item["question"], "passages": passages,
            "answer": refuse, "answerable": False, "answer_type": "refusal", "label": None,
            "source": item["source"]}


def answer_example(item: dict, rng: random.Random) -> dict:
    passages = number(item["passages"], rng)
    return {"id": f"{item['id']}-a", "question": item["question"], "passages": passages,
            "answer": item["render"](cite(passages)), "answerable": True,
            "answer_type": item["answer_type"], "label": item["label"], "source": item["source"]}


# -- healthcare: PubMedQA ------------------------------------------------------
ABBREVIATIONS = re.compile(r"(?:\b(?:vs|e\.g|i\.e|et al|approx|ca|cf|Dr|Fig|No)\.)$", re.I)


def first_sentence(text: str, limit: int = 30) -> str:
    pieces = re.split(r"(?<=[.!?])\s+", " ".join(text.split()))
    sentence = pieces[0]
    for piece in pieces[1:]:  # "vs. placebo" does not end a sentence
        if not ABBREVIATIONS.search(sentence):
            break
        sentence += " " + piece
    # Square brackets in the target would read as citations.
    sentence = sentence.replace("[", "(").replace("]", ")")
    w = sentence.split()
    return " ".join(w) if len(w) <= limit else " ".join(w[:limit]).rstrip(",;:") + " …"


def pubmedqa(data: Path) -> list[dict]:
    items = json.loads((data / "pubmedqa" / "train_dev.json").read_text(encoding="utf-8"))
    out = []
    for pmid, item in sorted(items.items()):
        # The abstract as a library holds it: its conclusions (LONG_ANSWER) are
        # its last section, as in PubMedQA's reasoning-free setting. Two gold
        # passages (three in all): the results and the conclusions.
        sections = item["CONTEXTS"] + [item["LONG_ANSWER"]]
        gold = sections[-2:]
        label = item["final_decision"]
        sentence = first_sentence(item["LONG_ANSWER"])
        out.append({"key": pmid, "id": f"pubmedqa-{pmid}", "source": f"pubmedqa:{pmid}",
                    "question": item["QUESTION"].strip(), "sections": sections,
                    "passages": [(clip(s), True) for s in gold], "answer_type": "yes/no/maybe",
                    "label": label,
                    # Evidence first, verdict last: a 135M model copies the
                    # conclusion well but cannot judge it in one token before
                    # reading it; written out, a "not" is next to the verdict.
                    "render": lambda c, label=label, s=sentence: f"{s} {c} Answer: {label.capitalize()}."})
    return out


def add_distractor(item: dict, pool: list[dict], rng: random.Random) -> dict:
    """One section of another abstract of the same split, so citing needs reading."""
    others = [o for o in pool if o["key"] != item["key"]]
    section = rng.choice(rng.choice(others)["sections"])
    return {**item, "passages": item["passages"] + [(clip(section), False)]}


# -- finance: TAT-QA -----------------------------------------------------------
def cell(text: str) -> str:
    return re.sub(r"\$\s+", "$", " ".join(str(text).split()))


def heading(text: str) -> bool:
    """A column heading ("2019", "30 June 2019", "$'000"), not a figure ("$1,452.4", "4.5%")."""
    figure = re.fullmatch(r"[-–—$€£(]*\s*[\d.,]+\s*%?\)?", text)
    return not figure or bool(re.fullmatch(r"(19|20)\d\d", text))


def table_head(rows: list[list[str]]) -> tuple[list[str], list[list[str]], int]:
    """(captions, heading rows, index of the first data row) of a TAT-QA table."""
    titles, heads, i = [], [], 0
    for i, row in enumerate(rows):
        filled = [c for c in row[1:] if c]
        if not filled and row[0] and not heads:  # "Year Ended May 31," above the headings
            titles.append(row[0])
        elif len(filled) == 1 and not row[0] and (not heads or filled[0].startswith("(")):
            titles.append(filled[0])  # one cell over several columns: a caption
        elif filled and all(heading(c) for c in filled) and (not row[0] or len(filled) > 1):
            titles += [row[0]] if row[0] else []
            heads.append(row)
        else:
            return titles, heads, i
    return titles, heads, len(rows)


def table_rows(table: list[list[str]]) -> tuple[str, list[str]]:
    """(title, rows as "label | column: value | ...;") for one TAT-QA table."""
    rows = [[cell(c) for c in r] for r in table if any(str(c).strip() for c in r)]
    if not rows:
        return "", []
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    titles, heads, first = table_head(rows)
    names = [[] for _ in range(width)]
    for n, head in enumerate(heads):
        if n < len(heads) - 1 and not head[1]:
            # A heading over several columns sits anywhere in its span: a caption then.
            titles.append(" ".join(c for c in head[1:] if c))
            continue
        current = ""
        for j in range(1, width):  # a spanning heading names the empty cells after it
            current = head[j] or current
            if current:
                names[j].append(current)
    lines = []
    for row in rows[first:]:
        cells = [f"{' '.join(names[j]) or 'value'}: {row[j]}" for j in range(1, width) if row[j]]
        label = [row[0]] if row[0] else []
        # The ";" keeps rows apart once the prompt joins lines with spaces.
        lines.append(" | ".join(label + cells) + ";" if cells else row[0])
    return " ".join(titles), lines


def table_chunks(table: list[list[str]]) -> list[str]:
    title, lines = table_rows(table)
    chunks, current = [], []
    for line in lines:
        if current and len(" ".join([title] + current + [line]).split()) > MAX_WORDS:
            chunks.append(current)
            current = []
        current.append(line)
    if current:
        chunks.append(current)
    return [clip("\n".join(([title] if title else []) + c), keep_lines=True) for c in chunks]


def figures(text: str) -> set[str]:
    return {n.replace(",", "").lstrip("0") or "0" for n in re.findall(r"\d[\d,]*\.?\d*", text)
            if len(n.replace(",", "").replace(".", "")) >= 2}


def tat_value(q: dict) -> str:
    value = q["answer"][0] if isinstance(q["answer"], list) else q["answer"]
    if isinstance(value, float):
        value = f"{value:,.2f}".rstrip("0").rstrip(".")
    elif isinstance(value, int):
        value = f"{value:,}"
    value = cell(value)
    scale = q.get("scale") or ""
    if scale == "percent":
        return value if value.endswith("%") or not re.search(r"\d", value) else f"{value}%"
    return f"{value} {scale}" if scale else value


def tat_passages(ctx: dict, q: dict) -> list[tuple[str, bool]] | None:
    """Gold table chunks and relevant paragraphs, plus a distractor from the same report."""
    wanted = figures(q.get("derivation") or "") | figures(str(q["answer"]))
    needle = str(q["answer"][0] if isinstance(q["answer"], list) else q["answer"])
    chunks = table_chunks(ctx["table"]["table"])
    gold_chunks = []
    if q["answer_from"] in ("table", "table-text"):
        gold_chunks = [c for c in chunks if wanted & figures(c) or needle in c] or chunks[:1]
    rel = {str(r) for r in q.get("rel_paragraphs") or []}
    paras = [p for p in ctx["paragraphs"] if str(p["order"]) in rel]
    gold = [(c, True) for c in gold_chunks] + [(window(p["text"], needle), True) for p in paras]
    if not gold or len(gold) > 3:
        return None  # the answer would not fit in three passages
    spare = [c for c in chunks if c not in gold_chunks] + [
        clip(p["text"]) for p in ctx["paragraphs"] if str(p["order"]) not in rel]
    spare.sort(key=lambda t: rank(q["uid"] + t, "spare"))
    return gold + [(t, False) for t in spare[:3 - len(gold)]]


def report_groups(contexts: list[dict]) -> dict[str, str]:
    """Table uid -> the smallest uid of the contexts it shares a paragraph with.

    Several TAT-QA tables come from one report and repeat its paragraphs; the
    split keeps such tables together so no passage is in both train and eval.
    """
    parent = {c["table"]["uid"]: c["table"]["uid"] for c in contexts}

    def root(uid: str) -> str:
        while parent[uid] != uid:
            uid = parent[uid]
        return uid

    first_seen: dict[str, str] = {}
    for ctx in contexts:
        for para in ctx["paragraphs"]:
            text = " ".join(para["text"].split())
            other = first_seen.setdefault(text, ctx["table"]["uid"])
            a, b = sorted((root(other), root(ctx["table"]["uid"])))
            parent[b] = a
    return {uid: root(uid) for uid in parent}


def tatqa(data: Path) -> list[dict]:
    contexts = json.loads((data / "tatqa" / "dev.json").read_text(encoding="utf-8"))
    group = report_groups(contexts)
    out = []
    for ctx in contexts:
        for q in ctx["questions"]:
            # Multi-span and count answers have no single string to cite: left out.
            single = not isinstance(q["answer"], list) or len(q["answer"]) == 1
            if q["answer_type"] not in ("span", "arithmetic") or not single:
                continue
            passages = tat_passages(ctx, q)
            if passages is None:
                continue
            value = tat_value(q)
            numeric = (q["answer_type"] == "arithmetic"
                       or re.fullmatch(r"[-$€£(]*[\d.,]+\)?%?( \w+)?", value))
            out.append({"key": group[ctx["table"]["uid"]], "id": f"tatqa-{q['uid']}",
                        "source": f"tatqa:{ctx['table']['uid']}",
                        "question": " ".join(q["question"].split()),
                        "passages": passages, "answer_type": "number" if numeric else "span",
                        "label": None, "render": lambda c, v=value: f"{v} {c}"})
    return sorted(out, key=lambda x: x["id"])


# -- splitting -----------------------------------------------------------------
def split_items(items: list[dict]) -> tuple[list[dict], list[dict]]:
    """Whole source items to eval, in hash order, until it holds EVAL_SIZE questions."""
    keys = sorted({i["key"] for i in items}, key=rank)
    eval_keys, count = set(), 0
    per_key = Counter(i["key"] for i in items)
    for key in keys:
        if count >= EVAL_SIZE:
            break
        eval_keys.add(key)
        count += per_key[key]
    evals = [i for i in items if i["key"] in eval_keys]
    asked = {i["question"].lower() for i in evals}
    # TAT-QA repeats some wordings across reports: none of eval's may be trained on.
    train = [i for i in items if i["key"] not in eval_keys and i["question"].lower() not in asked]
    return train, evals


def make_split(pool: list[dict], total: int, distract, refuse: str) -> list[dict]:
    """``total`` examples, a quarter of them refusals, from items of one split only."""
    # A small source (PubMedQA) gives all its items, a third of them refused too.
    answerable = min(len(pool), round(total * (1 - UNANSWERABLE)))
    refusals = round(answerable * UNANSWERABLE / (1 - UNANSWERABLE))
    chosen = sorted(pool, key=lambda i: rank(i["id"], "pick"))[:answerable]
    examples = [answer_example(distract(i, pool, rng_for(i["id"])), rng_for(i["id"] + "a"))
                for i in chosen]
    sizes = {e["id"][:-2]: len(e["passages"]) for e in examples}
    for item in sorted(chosen, key=lambda i: rank(i["id"], "refuse"))[:refusals]:
        examples.append(refusal_example(item, pool, sizes[item["id"]], rng_for(item["id"] + "u"), refuse))
    return sorted(examples, key=lambda e: rank(e["id"], "order"))


def make_eval(pool: list[dict], distract, refuse: str) -> list[dict]:
    """EVAL_SIZE examples, one per question: a quarter of the questions get wrong passages."""
    chosen = sorted(pool, key=lambda i: rank(i["id"], "pick"))[:EVAL_SIZE]
    by_rank = sorted(chosen, key=lambda i: rank(i["id"], "refuse"))
    refused = {i["id"] for i in by_rank[:round(EVAL_SIZE * UNANSWERABLE)]}
    examples = []
    for item in chosen:
        example = answer_example(distract(item, pool, rng_for(item["id"])), rng_for(item["id"] + "a"))
        if item["id"] in refused:
            size = len(example["passages"])
            example = refusal_example(item, pool, size, rng_for(item["id"] + "u"), refuse)
        examples.append(example)
    return sorted(examples, key=lambda e: rank(e["id"], "order"))


def build(domain: str, items: list[dict], distract) -> tuple[list[dict], list[dict]]:
    train_pool, eval_pool = split_items(items)
    refuse = refusal(domain)
    return make_split(train_pool, TRAIN_SIZE, distract, refuse), make_eval(eval_pool, distract, refuse)


def write(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rows)
    path.write_text(text, encoding="utf-8")


SOURCES = {
    "healthcare": (pubmedqa, add_distractor),
    "finance": (tatqa, lambda item, pool, rng: item),  # its distractor comes from the same report
}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=HERE.parent.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=HERE)
    ap.add_argument("--domain", choices=sorted(SOURCES), action="append")
    args = ap.parse_args(argv)
    for domain in args.domain or list(SOURCES):
        load, distract = SOURCES[domain]
        train, evals = build(domain, load(args.data), distract)
        write(args.out / domain / "train.jsonl", train)
        write(args.out / domain / "eval.jsonl", evals)
        print(f"{domain}: train {len(train)}, eval {len(evals)}")


if __name__ == "__main__":
    main()
