"""Fine-tuning and evaluation.

Fast tests pin the scoring rules and the schedule; one slow test trains the
real SmolLM2 for a few steps on PubMedQA examples, interrupts and resumes,
loads the adapter through the app's Generator and scores three questions.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant import domains
from assistant.evaluate import compare_text, is_correct, label_of, number_match, score
from assistant.finetune import Hyper, batch_indices, lr_at, train

PUBMEDQA = Path(__file__).resolve().parents[3] / "shared" / "data" / "pubmedqa" / "train_dev.json"
if not PUBMEDQA.exists():
    PUBMEDQA = Path("/work/shared/data/pubmedqa/train_dev.json")
REFUSAL = "The documents do not contain the answer to this question."


@pytest.fixture()
def pack(tmp_path) -> Path:
    root = tmp_path / "tinyhealth"
    root.mkdir()
    (root / "domain.toml").write_text(
        'name = "tinyhealth"\n'
        'system_prompt = "You answer questions about clinical studies from the passages given."\n'
        f'refusal = "{REFUSAL}"\n', encoding="utf-8")
    return root


def pubmedqa_examples(n: int) -> list[dict]:
    """n real PubMedQA items; every third is made unanswerable by pairing it
    with another abstract's passages."""
    data = json.loads(PUBMEDQA.read_text())
    items = list(data.items())
    out = []
    for i, (key, item) in enumerate(items[:n]):
        own = i % 3 != 2
        source = item if own else items[-1 - i][1]
        passages = [{"n": j, "text": t, "gold": own} for j, t in enumerate(source["CONTEXTS"][:2], 1)]
        answer = f"{item['final_decision'].capitalize()} [1]." if own else REFUSAL
        out.append({"id": key, "question": item["QUESTION"], "passages": passages, "answer": answer,
                    "answerable": own, "answer_type": "yes/no/maybe" if own else "refusal",
                    "source": "pubmedqa"})
    return out


# ---------------------------------------------------------------- fast

def test_batches_are_a_pure_function_of_seed_and_step():
    first = [batch_indices(5, 2, s, seed=7) for s in range(5)]
    assert first == [batch_indices(5, 2, s, seed=7) for s in range(5)]
    flat = [i for b in first for i in b]
    assert sorted(flat[:5]) == list(range(5))  # each epoch sees every example once
    assert first != [batch_indices(5, 2, s, seed=8) for s in range(5)]


def test_lr_warms_up_then_decays_to_the_floor():
    hp = Hyper(steps=100, warmup=10, lr=1e-3, min_lr_ratio=0.1)
    lrs = [lr_at(s, hp) for s in range(100)]
    assert lrs[0] < lrs[9] == pytest.approx(1e-3)
    assert all(a >= b for a, b in zip(lrs[10:], lrs[11:]))
    assert lrs[-1] == pytest.approx(1e-4, rel=0.01)


def test_scoring_rules():
    assert label_of("Maybe; the data are mixed [2].") == "maybe"
    # the tuned format: evidence first, then the verdict, which wins over a "no" in the evidence
    assert label_of("[1][3] There was no difference in survival. Answer: Yes.") == "yes"
    assert label_of("[2] Surgery did not improve survival. answer: no") == "no"
    assert is_correct("yes/no/maybe", "No. It did not [1].", "no")
    assert not is_correct("yes/no/maybe", "Yes [1].", "no")
    assert number_match("Revenue was $1,234.5 million [2].", "1234.5")
    assert number_match("It rose 12.5% [1].", "0.125")  # percent vs fraction
    assert number_match("A loss of (3,000) [1].", "-3000")
    assert not number_match("It was 13 [1].", "12")
    assert is_correct("span", "The Treasury bonds [3].", "treasury bonds")
    assert not is_correct("span", "Cash [3].", "treasury bonds")
    # strict: the first number, a year skipped; a span with a few words around it at most
    assert number_match("In 2019 revenue was 1,234.5 [2].", "1234.5")
    assert number_match("2018 [2]", "2018 [3]") and not number_match("2019 [1]", "2018 [3]")
    assert not number_match("[1] Year Ended May 31 | 2019: $2,082 | 2018: $2,025 [2]", "2025")
    assert is_correct("span", "They are held in Treasury bonds [3].", "treasury bonds")
    copied = "[1] The Company invests in money market funds, treasury bonds, commercial paper and other assets [2]"
    assert not is_correct("span", copied, "treasury bonds")


def test_refusal_and_citation_scoring(pack):
    domain = domains.load(str(pack))
    ex = {"id": "1", "question": "q", "answer": "yes", "answerable": True, "answer_type": "yes/no/maybe",
          "passages": [{"n": 1, "text": "a", "gold": False}, {"n": 2, "text": "b", "gold": True}]}
    row = score(ex, "Yes [2].", domain)
    assert row.correct and row.cited == (2,) and row.gold == (2,) and not row.refused
    refused = score({**ex, "answerable": False}, REFUSAL, domain)
    assert refused.correct and refused.refused
    assert not score(ex, REFUSAL, domain).correct  # refusing an answerable question is wrong


# ---------------------------------------------------------------- slow: the real model

@pytest.fixture()
def models_dir(models_cache) -> Path:
    return models_cache


@pytest.mark.slow
def test_train_resume_load_generate_and_eval(pack, tmp_path, models_dir):
    from assistant.evaluate import evaluate
    from assistant.generate import Generator
    from assistant.models import resolve
    from safetensors import safe_open

    domain = domains.load(str(pack))
    examples = pubmedqa_examples(4)
    # The whole set in every batch: each step sees the same tokens, so the
    # loss must fall if the optimizer learns anything.
    common = dict(steps=6, models_dir=models_dir, seed=3, batch_size=4, lr=2e-3, progress=False,
                  examples=examples, max_len=128, checkpoint_every=3, warmup=1)
    whole = train(domain, "smollm2-135m-instruct", out_dir=tmp_path / "whole", **common)
    assert len(whole.losses) == 6
    assert whole.losses[-1] < 0.7 * whole.losses[0], whole.losses

    def stop_at_4(step, loss):
        if step == 4:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        train(domain, "smollm2-135m-instruct", out_dir=tmp_path / "cut", on_step=stop_at_4, **common)
    assert (tmp_path / "cut" / "checkpoint" / "state.pt").exists()
    resumed = train(domain, "smollm2-135m-instruct", out_dir=tmp_path / "cut", resume=True, **common)
    assert resumed.steps_run == 3  # from the step-3 checkpoint
    assert resumed.losses == pytest.approx(whole.losses, rel=1e-4)

    adapter = tmp_path / "whole"
    assert not (adapter / "checkpoint").exists()
    with safe_open(str(adapter / "adapter_model.safetensors"), "pt") as fh:
        assert {str(fh.get_tensor(k).dtype) for k in fh.keys()} == {"torch.float16"}
    card = (adapter / "README.md").read_text()
    assert whole.out_dir == adapter and "smollm2-135m-instruct" in card
    assert json.loads((adapter / "training.json").read_text())["base_sha256"] in card

    generator = Generator.load(resolve("generator", "smollm2-135m-instruct"), models_dir, adapter)
    assert generator.adapter_sha256
    report = evaluate(domain, pubmedqa_examples(3), generator, max_new_tokens=12)
    assert report.n == 3 and len(report.rows) == 3
    assert all(r.predicted for r in report.rows)  # the adapted model generates text
    assert 0.0 <= report.accuracy <= 1.0 and report.refusal_recall in (0.0, 1.0)
    labels = [r.expected.split()[0].strip(".").lower() for r in report.rows if r.answerable]
    assert report.majority_baseline == max(labels.count(x) for x in labels) / len(labels)
    assert "accuracy (answerable)" in compare_text({"base": report, "tuned": report})


class _Words:
    """A whitespace tokenizer: enough for the prompt fitting that eval does."""

    def encode(self, text, add_special_tokens=False):
        return list(range(len(text.split())))

    def decode(self, ids):
        return " ".join("w" for _ in ids)

    def apply_chat_template(self, messages, add_generation_prompt=False, **_):
        return self.encode(" ".join(m["content"] for m in messages))


class _Scripted:
    """A generator that answers every prompt with one fixed text, and counts prompts."""
    sha256, adapter_sha256, tokenizer = "0" * 64, None, _Words()

    def __init__(self, text):
        self.text, self.prompts = text, 0

    def complete_many(self, prompts, max_new_tokens, batch_size, refusal=None):
        assert refusal is None  # the pack sets no refusal_threshold
        self.prompts += len(prompts)
        return [self.text] * len(prompts)


class _Cosines:
    """An embedder whose question-passage cosine is 0.9 for passages that say 'on topic'."""

    def encode(self, texts):
        import numpy as np

        return np.array([[1.0, 0.0] if t.startswith("Q") or "on topic" in t else [0.1, 0.99]
                         for t in texts], dtype=np.float32)


def test_the_gate_refuses_as_ask_does_and_keeps_the_models_own_figures(pack):
    from assistant.evaluate import best_similarity, evaluate

    domain = domains.load(str(pack))  # min_score defaults to the app's value
    on = [{"n": 1, "text": "on topic", "gold": True}]
    off = [{"n": 1, "text": "elsewhere", "gold": False}]
    items = [{"id": "a", "question": "Q1", "answer": "yes", "answer_type": "yes/no/maybe",
              "answerable": True, "passages": on},
             {"id": "u", "question": "Q2", "answer": REFUSAL, "answer_type": "refusal",
              "answerable": False, "passages": off}]
    gen = _Scripted("Yes [1].")
    similarity = best_similarity(_Cosines(), items)
    assert similarity == pytest.approx([1.0, 0.1], abs=1e-6)
    report = evaluate(domain, items, gen, similarity=similarity)
    assert gen.prompts == 2  # the model still answers every item, for its own figures
    assert report.gated == 1 and report.gate_min_score == domain.min_score
    assert report.accuracy == 1.0 and report.refusal_f1 == 1.0
    assert report.model_alone["accuracy"] == 1.0 and report.model_alone["refusal_recall"] == 0.0
    assert "model alone: refusal f1" in compare_text({"tuned": report})
    plain = evaluate(domain, items, _Scripted("Yes [1]."))
    assert plain.gated == 0 and plain.model_alone is None and plain.refusal_recall == 0.0


@pytest.mark.slow
def test_training_text_is_redacted_with_one_pseudonym_map_per_example():
    from assistant.finetune import redact_examples

    examples = [{"question": f"Did John Smith ({i}) call about MRN: 0012345{i}?",
                 "passages": [{"text": f"John Smith called on March 3 about MRN: 0012345{i}."}],
                 "answer": "Yes, John Smith called. [1]"} for i in range(2)]
    out, redacted = redact_examples(examples, domains.load("healthcare"))
    assert redacted and len(out) == 2
    for ex in out:
        texts = [ex["question"], ex["passages"][0]["text"], ex["answer"]]
        assert not any("John Smith" in t or "0012345" in t for t in texts), texts
        assert all("<PERSON_1>" in t for t in texts)  # one map per example, the same person
        assert "<MRN_1>" in ex["question"] and "<MRN_1>" in ex["passages"][0]["text"]
