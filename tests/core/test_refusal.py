"""Refusing as a calibrated decision: the refusal's probability under the model,
an answer that may not open like the refusal, and fitting the two thresholds."""
from __future__ import annotations

import copy

import pytest
import torch

from assistant import domains
from assistant.calibrate import fit
from assistant.decoder import Decoder
from assistant.generate import Generator, Refusal, refusal_rule, text_ids
from test_decoder import reference_logits, tiny


def tiny_generator() -> tuple[Generator, object]:
    model = tiny()
    engine = Decoder.from_model(copy.deepcopy(model), "fp32")
    return Generator(spec=None, sha256="", adapter_sha256=None, engine=engine, tokenizer=None), model


def test_probability_is_the_product_of_the_models_next_token_probabilities():
    gen, model = tiny_generator()
    prompt, answer = [3, 17, 42, 5], [88, 1, 60]
    probs = torch.softmax(reference_logits(model, prompt + answer[:-1]), -1)
    expected = float(probs[3, 88] * probs[4, 1] * probs[5, 60])
    assert gen.probability(prompt, answer) == pytest.approx(expected, rel=1e-4)
    # the cache holds the forced tokens; the next prompt reuses what it shares
    assert gen.probability(prompt, answer) == pytest.approx(expected, rel=1e-4)


def test_the_barred_token_gives_way_to_the_next_best_at_the_first_step():
    gen, model = tiny_generator()
    gen._stop_ids = lambda: set()
    prompt = [3, 17, 42, 5]
    free = list(gen.tokens(prompt, 3))
    barred = list(gen.tokens(prompt, 3, barred=free[0]))
    first = reference_logits(model, prompt)[-1]
    assert barred[0] == int(torch.topk(first, 2).indices[1]) != free[0]
    # a token the answer does not open with changes nothing
    assert list(gen.tokens(prompt, 3, barred=free[0] + 1)) == free


def test_a_single_barred_token_is_masked_at_the_first_step_only():
    class Fixed:  # a model that always ranks token 7 first and token 3 second
        def prefill(self, ids):
            return torch.tensor([0.0, 0, 0, 2, 0, 0, 0, 5, 0, 0])

        def step(self, token):
            return self.prefill([])

    gen = Generator(spec=None, sha256="", adapter_sha256=None, engine=Fixed(), tokenizer=None)
    gen._stop_ids = lambda: set()
    assert list(gen.tokens([1], 3)) == [7, 7, 7]
    assert list(gen.tokens([1], 3, barred=7)) == [3, 7, 7]


def test_fit_finds_the_threshold_that_separates_and_prefers_no_gate():
    similarity = [0.9] * 6
    probability = [0.9, 0.8, 0.7, 0.2, 0.1, 0.05]
    answerable = [False, False, False, True, True, True]
    found = fit(similarity, probability, answerable)
    assert (found.f1, found.precision, found.recall) == (1.0, 1.0, 1.0)
    assert found.min_score == 0.0
    assert 0.2 < found.refusal_threshold < 0.7


def test_fit_uses_the_gate_when_only_the_cosine_separates():
    similarity = [0.1, 0.2, 0.6, 0.7, 0.8]
    probability = [0.5] * 5
    answerable = [False, False, True, True, True]
    found = fit(similarity, probability, answerable)
    assert found.f1 == 1.0
    assert 0.2 < found.min_score < 0.6
    assert found.refusal_threshold > 0.5  # the model alone would refuse all five


def test_fit_without_unanswerable_examples_is_an_error():
    with pytest.raises(ValueError, match="unanswerable"):
        fit([0.5, 0.6], [0.1, 0.2], [True, True])


def test_the_threshold_is_read_from_the_pack_and_absent_means_greedy(tmp_path):
    pack = tmp_path / "pack"
    pack.mkdir()
    head = 'system_prompt = "s"\nrefusal = "No."\n'
    (pack / "domain.toml").write_text(head, encoding="utf-8")
    assert refusal_rule(domains.load(str(pack))) is None
    (pack / "domain.toml").write_text(head + "[generation]\nrefusal_threshold = 0.4\n", encoding="utf-8")
    assert refusal_rule(domains.load(str(pack))) == Refusal("No.", 0.4)


@pytest.mark.slow
def test_real_model_refuses_by_the_rule_and_otherwise_answers(models_cache):
    """SmolLM2 with the finance adapter: at threshold 0 every prompt is refused
    without decoding; above 1 none is, and the answers do not open like the refusal."""
    from assistant.evaluate import eval_messages
    from assistant.finetune import read_jsonl
    from assistant.models import resolve

    pack = domains.load("finance")
    gen = Generator.load(resolve("generator", "smollm2-135m-instruct"), models_cache,
                         pack.adapter_dir, precision="int4")
    items = read_jsonl(pack.root / "eval.jsonl")
    items = [next(ex for ex in items if ex["answerable"]), next(ex for ex in items if not ex["answerable"])]
    prompts = [eval_messages(pack, gen.tokenizer, ex) for ex in items]
    target = text_ids(gen.tokenizer, pack.refusal)
    p = [gen.probability(gen.prompt_ids(m), target) for m in prompts]
    assert all(0.0 < x < 1.0 for x in p)
    timings: dict = {}
    assert "".join(gen.stream(prompts[0], 24, timings=timings,
                              refusal=Refusal(pack.refusal, 0.0))) == pack.refusal
    assert timings["first_token_s"] > 0
    never = Refusal(pack.refusal, 1.0)  # what both packs ship: the probability is not even computed
    computed = gen.probability
    gen.probability = lambda *_: pytest.fail("probability computed for a rule that never refuses")
    answers = gen.complete_many(prompts, 24, refusal=never)
    gen.probability = computed
    # barred from the refusal's first word, not only its first two: "The document does
    # not contain..." was the way round a two-token bar
    assert all(a and not a.startswith("The") for a in answers)
    # the rule at the model's own probabilities splits the two as they rank
    middle = Refusal(pack.refusal, (p[0] + p[1]) / 2)
    split = gen.complete_many(prompts, 24, refusal=middle)
    assert (split[1] == pack.refusal) == (p[1] >= middle.threshold)
    assert (split[0] == pack.refusal) == (p[0] >= middle.threshold)
