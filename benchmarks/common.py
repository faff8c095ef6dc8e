"""Small helpers the benchmarks share: the real models, offline, once."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def offline() -> None:
    from assistant import offline as guard

    guard.enable()


MODELS = ROOT / ".bench-models"  # model caches (GGUF conversion, ONNX export), kept between runs


def embedder(backend: str = "auto"):
    """The default embedder as the app loads it (auto: the int8 ONNX path when available)."""
    from assistant.embed import Embedder
    from assistant.models import resolve

    return Embedder.load(resolve("embedder", "all-minilm-l6-v2"), MODELS / "hashes.json",
                         models_dir=MODELS, backend=backend)


def ranks_to_metrics(ranks: list[int | None]) -> dict[str, float]:
    """ranks: 1-based rank of the first relevant hit per question, None if absent."""
    n = len(ranks) or 1
    return {
        "hit@1": sum(1 for r in ranks if r == 1) / n,
        "hit@5": sum(1 for r in ranks if r is not None and r <= 5) / n,
        "mrr": sum(1.0 / r for r in ranks if r) / n,
    }


def medquad_library(root: Path, n: int, emb):
    """The ingest benchmarks' set-up: up to ``n`` MedQuAD answers written as Markdown files
    under ``root/docs``, and a Library over a fresh store in ``root/index`` with the healthcare
    pack's redactor, the embedder and the redactor warmed up.

    Returns (library, corpus folder, files written, words written)."""
    import json

    from assistant import domains
    from assistant.index import Store
    from assistant.library import Library
    from assistant.privacy import Redactor

    corpus = root / "docs"
    corpus.mkdir()
    files = words = 0
    with open(DATA / "medquad" / "medquad_answered.jsonl", encoding="utf-8") as fh:
        for line in fh:
            if files >= n:
                break
            item = json.loads(line)
            text = f"# {item['question']}\n\n{item['answer']}\n"
            (corpus / f"{files:05d}.md").write_text(text, encoding="utf-8")
            files, words = files + 1, words + len(text.split())
    domain = domains.load("healthcare")
    redactor = Redactor.for_domain(domain.privacy)
    emb.encode(["warm up"])
    redactor.redact_many(["warm up John Smith"])
    store = Store(root / "index", emb.dim, emb.sha256)
    return Library(store, emb, redactor, domain), corpus, files, words
