"""The fast decoder computes what transformers computes: on a tiny random
Llama (every code path, in milliseconds) and on the real SmolLM2 (slow)."""
from __future__ import annotations

import copy

import pytest
import torch
from transformers import LlamaConfig, LlamaForCausalLM

from assistant.decoder import ContextFull, Decoder, unsupported
from assistant.generate import _Transformers


def tiny(**overrides) -> LlamaForCausalLM:
    torch.manual_seed(0)
    cfg = dict(vocab_size=96, hidden_size=64, intermediate_size=128, num_hidden_layers=2,
               num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=48,
               rope_theta=10000.0, tie_word_embeddings=True)
    cfg.update(overrides)
    return LlamaForCausalLM(LlamaConfig(**cfg)).eval()


def reference_logits(model, ids: list[int]) -> torch.Tensor:
    with torch.inference_mode():
        return model(input_ids=torch.tensor([ids])).logits[0].float()


@pytest.mark.parametrize("overrides", [{}, {"attention_bias": True},
                                       {"num_key_value_heads": 4, "tie_word_embeddings": False}])
def test_fp32_matches_transformers_at_every_position(overrides):
    model = tiny(**overrides)
    ids = [3, 17, 42, 5, 88, 1, 60, 9, 33, 71]
    expected = reference_logits(model, ids)
    dec = Decoder.from_model(copy.deepcopy(model), "fp32")
    with torch.inference_mode():
        got = [dec.prefill(ids[:4])] + [dec.step(t) for t in ids[4:]]
    assert torch.allclose(torch.stack(got), expected[3:], atol=1e-5)


@pytest.mark.parametrize("engine", ["decoder", "transformers"])
@pytest.mark.parametrize("precision", ["fp32", "int4"])
def test_a_prompts_logits_do_not_depend_on_what_the_session_asked_before(engine, precision):
    # Bit for bit: an answer must be a function of its prompt, not of the session's
    # earlier questions, or a reviewer cannot reproduce what the log records.
    from assistant.quantize import quantize

    model = tiny(max_position_embeddings=64)
    eng = (Decoder.from_model(copy.deepcopy(model), precision) if engine == "decoder"
           else _Transformers(quantize(copy.deepcopy(model), precision)))
    prompt = [5, 9, 2, 7, 11, 3, 8, 1, 4, 6, 13, 2, 10, 12, 7]
    with torch.inference_mode():
        fresh = eng.prefill(prompt)
        eng.prefill(prompt[:9] + [20, 21, 22])  # shares nine tokens with it
        eng.step(30)
        after = eng.prefill(prompt)
        eng.prefill(prompt[:6])  # a question, then an answer that the next prompt quotes
        for token in prompt[6:11]:
            eng.step(token)
        quoted = eng.prefill(prompt)
    assert torch.equal(fresh, after) and torch.equal(fresh, quoted)
    assert eng.tokens == prompt
    assert torch.allclose(after, reference_logits(model, prompt)[-1], atol=1e-5 if precision == "fp32" else 1.0)


@pytest.mark.parametrize("engine", ["decoder", "transformers"])
def test_the_same_prompt_again_gets_its_logits_and_the_cache_cropped_back(engine):
    model = tiny()
    eng = Decoder.from_model(copy.deepcopy(model), "fp32") if engine == "decoder" else _Transformers(model)
    prompt = [1, 2, 3, 4, 5]
    with torch.inference_mode():
        first = eng.prefill(prompt)
        eng.step(6)
        eng.step(7)  # the refusal rule's teacher-forced tokens, say
        again = eng.prefill(prompt)
        assert eng.tokens == prompt
        after = eng.step(8)  # decoding goes on from the prompt, not from 7
    assert again is first
    assert torch.allclose(after, reference_logits(model, prompt + [8])[-1], atol=1e-5)


@pytest.mark.parametrize("precision", ["int8", "int4"])
def test_low_bit_weights_stay_close_to_fp32(precision):
    model = tiny()
    ids = list(range(1, 20))
    expected = reference_logits(model, ids)[-1]
    with torch.inference_mode():
        got = Decoder.from_model(copy.deepcopy(model), precision).prefill(ids)
    # random weights are not on a 4-bit grid: this bounds the rounding, not equality
    assert (got - expected).abs().max() < 0.1 * expected.abs().max()
    assert not torch.allclose(got, expected, atol=1e-5)


def test_a_full_context_is_an_error_of_its_own():
    dec = Decoder.from_model(tiny(max_position_embeddings=8), "fp32")
    with torch.inference_mode():
        dec.prefill(list(range(8)))
        with pytest.raises(ContextFull):
            dec.step(1)


def test_unknown_architectures_are_named_not_run():
    from transformers import GPT2Config, GPT2LMHeadModel

    gpt2 = GPT2LMHeadModel(GPT2Config(n_layer=1, n_embd=32, n_head=2, vocab_size=50))
    assert unsupported(gpt2) == "architecture GPT2LMHeadModel"
    assert unsupported(tiny()) is None
    with pytest.raises(ValueError, match="GPT2LMHeadModel"):
        Decoder.from_model(gpt2)


@pytest.mark.slow
def test_real_smollm2_same_logits_and_greedy_tokens_as_transformers(models_cache):
    from assistant.generate import build_messages
    from assistant.models import load_causal_lm, model_sha256, resolve

    spec = resolve("generator", "smollm2-135m-instruct")
    model, tok = load_causal_lm(spec, model_sha256(spec, models_cache / "hashes.json"), models_cache)
    messages = build_messages("You answer from documents.", "I cannot tell.", "Who reviews the log?",
                              ["The compliance officer reviews the audit log every month."])
    ids = list(tok.apply_chat_template(messages, add_generation_prompt=True))
    reference = _Transformers(model)
    want, tokens = [], []
    with torch.inference_mode():
        logits = reference.prefill(ids)
        first = logits
        for _ in range(16):
            want.append(int(logits.argmax()))
            logits = reference.step(want[-1])
        dec = Decoder.from_model(model, "fp32")  # takes the weights over: the reference is done with them
        logits = dec.prefill(ids)
        assert torch.allclose(logits, first, atol=1e-3)
        for _ in range(16):
            tokens.append(int(logits.argmax()))
            logits = dec.step(tokens[-1])
    assert tokens == want


def test_low_bit_tensors_are_cached_beside_the_model_and_read_back(tmp_path):
    from assistant.decoder import RECIPE, load_decoder

    tiny().save_pretrained(tmp_path)
    made = load_decoder(tmp_path, "int4")
    cached = tmp_path / f"decoder-int4-v{RECIPE}.safetensors"
    assert cached.exists() and not list(tmp_path.glob(".decoder-*"))
    read = load_decoder(tmp_path, "int4")
    with torch.inference_mode():
        assert torch.equal(made.prefill([5, 6, 7]), read.prefill([5, 6, 7]))
    # damaged: made again, not trusted (a new file, as os.replace makes: `read` maps the old one)
    cached.unlink()
    cached.write_bytes(b"not a safetensors file")
    again = load_decoder(tmp_path, "int4")
    with torch.inference_mode():
        assert torch.equal(again.prefill([5, 6, 7]), read.prefill([5, 6, 7]))
    assert cached.stat().st_size > 1000


def test_fp32_is_never_cached_and_unknown_architectures_give_none(tmp_path):
    from transformers import GPT2Config, GPT2LMHeadModel

    from assistant.decoder import load_decoder

    tiny().save_pretrained(tmp_path / "llama")
    assert load_decoder(tmp_path / "llama", "fp32") is not None
    assert not list((tmp_path / "llama").glob("decoder-*"))
    GPT2LMHeadModel(GPT2Config(n_layer=1, n_embd=32, n_head=2, vocab_size=50)).save_pretrained(
        tmp_path / "gpt2")
    assert load_decoder(tmp_path / "gpt2", "int8") is None


@pytest.mark.slow
def test_real_adapter_applied_as_peft_merges_it_and_kept_beside_int4(models_cache):
    """fp32: the decoder's own merge gives peft's logits. int4: the adapter is
    kept unmerged and still moves the logits as the merge does."""
    from peft import PeftModel

    from assistant import domains
    from assistant.decoder import load_decoder
    from assistant.models import model_sha256, prepare_causal_lm, resolve

    spec = resolve("generator", "smollm2-135m-instruct")
    base = prepare_causal_lm(spec, model_sha256(spec, models_cache / "hashes.json"), models_cache)
    adapter = domains.load("healthcare").adapter_dir
    ids = list(range(200, 260))
    from assistant.models import load_folder

    merged = PeftModel.from_pretrained(load_folder(base), str(adapter)).merge_and_unload()
    with torch.inference_mode():
        want = merged(input_ids=torch.tensor([ids])).logits[0, -1]
        plain = load_decoder(base, "fp32").prefill(ids)
        ours = load_decoder(base, "fp32", adapter).prefill(ids)
        int4_base = load_decoder(base, "int4").prefill(ids)
        int4_tuned = load_decoder(base, "int4", adapter).prefill(ids)
    assert torch.allclose(ours, want, atol=1e-3)
    assert (plain - want).abs().max() > 0.5  # the adapter does change the answer
    # int4 tracks the tuned model far more closely than the base one
    assert (int4_tuned - want).abs().mean() < 0.5 * (int4_base - want).abs().mean()
