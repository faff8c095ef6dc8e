"""Weight-only int8 and int4: close to fp32 on one layer, a Q4_1 grid kept
exactly, every Linear replaced, and on the real SmolLM2 the same greedy
answers streamed or batched, with or without the cached prefix."""
from __future__ import annotations

import pytest
import torch

from assistant.quantize import Int4Linear, Int8Linear, int4_codes, quantize


def test_int8_linear_is_close_to_fp32():
    torch.manual_seed(0)
    layer = torch.nn.Linear(64, 48, bias=True)
    x = torch.randn(3, 5, 64)
    exact = layer(x)
    approx = Int8Linear.of(layer)(x)
    assert approx.shape == exact.shape and approx.dtype == exact.dtype
    # int8 per row plus bf16 activations: about 1% of the output's scale.
    assert (approx - exact).abs().max() < 0.03 * exact.abs().max()
    assert not torch.allclose(approx, exact)  # it really is quantized


def test_weights_rest_as_int8_one_scale_per_row():
    layer = Int8Linear.of(torch.nn.Linear(16, 8, bias=False))
    assert layer.weight.dtype == torch.int8 and layer.weight.shape == (8, 16)
    assert layer.scales.shape == (8,) and layer.bias is None


def dequantized(linear: torch.nn.Linear) -> torch.Tensor:
    """The weights int4_codes stores, back in fp32: (code - 8) * scale + zero."""
    stored = int4_codes(linear)
    packed = stored["codes"]
    codes = torch.stack([packed & 15, packed >> 4], dim=-1).reshape(packed.shape[0], -1, 32).float()
    rebuilt = (codes - 8) * stored["scales"].float()[..., None] + stored["zeros"].float()[..., None]
    return rebuilt.reshape(linear.weight.shape)


def test_int4_keeps_weights_already_on_a_q4_1_grid():
    torch.manual_seed(0)
    # GGUF Q4_1: per block of 32 inputs, w = min + code * step, codes 0..15 (both ends used)
    codes = torch.randint(0, 16, (16, 64)).float()
    codes[:, ::32], codes[:, 1::32] = 0, 15
    step = (torch.rand(16, 2) * 0.01 + 0.001).repeat_interleave(32, 1)
    weight = torch.randn(16, 2).repeat_interleave(32, 1) * 0.05 + codes * step
    on_grid, off_grid = torch.nn.Linear(64, 16, bias=False), torch.nn.Linear(64, 16, bias=False)
    on_grid.weight.data = weight
    off_grid.weight.data = weight + 0.4 * step * torch.sign(torch.randn(16, 64))
    off_grid.weight.data[:, ::32], off_grid.weight.data[:, 1::32] = weight[:, ::32], weight[:, 1::32]
    # On the grid only the kernel's bf16 scale and zero round (half a bf16 ulp each, the
    # zero's dominating where a group's offset is large against its step); 0.4 step off
    # the grid, the codes' own rounding shows far above that.
    zero = weight[:, ::32].repeat_interleave(32, 1) + 8 * step
    bf16_bound = (zero.abs() + 8 * step) * 2.0 ** -8
    assert ((dequantized(on_grid) - weight).abs() <= bf16_bound).all()
    assert ((dequantized(off_grid) - off_grid.weight).abs() > 4 * bf16_bound).any()
    x = torch.randn(4, 64).to(torch.bfloat16).float()  # the kernel reads bf16 activations
    exact = x @ weight.T
    assert (Int4Linear.of(on_grid)(x) - exact).abs().max() < 0.01 * exact.abs().max()


def test_int4_rounds_weights_off_the_grid():
    layer = torch.nn.Linear(64, 16, bias=True)
    x = torch.randn(3, 64)
    approx, exact = Int4Linear.of(layer)(x), layer(x)
    assert (approx - exact).abs().max() < 0.1 * exact.abs().max()
    assert not torch.allclose(approx, exact, atol=1e-3)


def test_every_linear_is_replaced_and_the_head_untied():
    class Tiny(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.embed = torch.nn.Embedding(10, 8)
            self.block = torch.nn.Sequential(torch.nn.Linear(8, 8), torch.nn.ReLU(), torch.nn.Linear(8, 8))
            self.head = torch.nn.Linear(8, 10, bias=False)
            self.head.weight = self.embed.weight  # tied, as in SmolLM2

    model = quantize(Tiny(), "int8")
    assert not any(isinstance(m, torch.nn.Linear) for m in model.modules())
    assert sum(isinstance(m, Int8Linear) for m in model.modules()) == 3
    model = quantize(Tiny(), "int4")  # 8 inputs: too few for a 32-wide group, so int8 again
    assert sum(isinstance(m, Int8Linear) for m in model.modules()) == 3
    assert model.embed.weight.dtype == torch.float32  # the lookup table stays whole


def eval_prompts(tokenizer, n=3):
    from assistant import domains
    from assistant.evaluate import eval_messages
    from assistant.finetune import read_jsonl

    domain = domains.load("healthcare")
    return [eval_messages(domain, tokenizer, ex) for ex in read_jsonl(domain.root / "eval.jsonl")[:n]]


@pytest.mark.slow
@pytest.mark.parametrize("precision", ["fp32", "int8", "int4"])
def test_listed_streamed_and_uncached_answers_agree(precision, models_cache):
    from assistant.generate import Generator
    from assistant.models import resolve

    gen = Generator.load(resolve("generator", "smollm2-135m-instruct"), models_cache, precision=precision)
    assert gen.precision == precision
    prompts = eval_prompts(gen.tokenizer)
    listed = gen.complete_many(prompts, max_new_tokens=24)
    streamed = ["".join(gen.stream(p, 24)).strip() for p in prompts]  # each after another prompt filled the cache
    assert gen.engine.tokens
    gen.engine.reset()
    uncached = "".join(gen.stream(prompts[-1], 24)).strip()
    assert streamed == listed
    assert uncached == streamed[-1]
    assert all(text for text in listed)


@pytest.mark.slow
def test_transformers_batched_fallback_answers_as_the_decoder(models_cache):
    """The path other architectures take (transformers' forward, left-padded batches)
    gives the decoder's fp32 answers on the same prompts."""
    from assistant.generate import Generator, _Transformers
    from assistant.models import load_causal_lm, resolve

    gen = Generator.load(resolve("generator", "smollm2-135m-instruct"), models_cache, precision="fp32")
    model, _ = load_causal_lm(gen.spec, gen.sha256, models_cache)
    fallback = Generator(gen.spec, gen.sha256, None, _Transformers(model), gen.tokenizer, "fp32")
    prompts = eval_prompts(gen.tokenizer)
    assert fallback.complete_many(prompts, max_new_tokens=24, batch_size=3) == \
        gen.complete_many(prompts, max_new_tokens=24)
    assert "".join(fallback.stream(prompts[0], 24)).strip() == gen.complete_many(prompts[:1], 24)[0]


@pytest.mark.parametrize("cls", [Int8Linear, Int4Linear])
def test_a_prompt_and_a_token_see_the_same_weights(cls):
    """Many rows go through a GEMM over unpacked weights, few through the kernel: same numbers."""
    torch.manual_seed(1)
    layer = cls.of(torch.nn.Linear(64, 32))
    x = torch.randn(40, 64)
    assert torch.allclose(layer(x)[:3], layer(x[:3]), atol=0.02, rtol=0.02)
