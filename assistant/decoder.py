"""A Llama-family decoder for one conversation on a CPU: the fast generation path.

transformers' generic forward spends most of a decode step on Python and
operator dispatch, not arithmetic. Measured on SmolLM2-135M with int8
weights on 2 cores: 22.5 ms a token, of which the matmuls were 9 ms. This
module computes the same function with fewer, larger operations:

- the q/k/v projections, and the gate/up projections, are one matmul each;
- keys and values live in one preallocated cache, written in place (no
  concatenation per token); a prompt always starts from an empty cache, so its
  answer does not depend on the session's earlier ones (``prompt_cache``);
- a single query's attention is two batched matmuls per layer over the
  grouped heads; a prompt's goes through ``scaled_dot_product_attention``.

The weights are read from the model folder's safetensors one tensor at a
time (no transformers model is built), so the peak memory stays near one
copy. With int8 or int4 weights the fused, quantized tensors are cached
beside the model in the workspace (``decoder-<precision>-v<RECIPE>.safetensors``):
later starts read those (208 MB for int4, most of it the fp32 embedding table)
instead of converting 540 MB of fp32.
``tests/core/test_decoder.py`` checks it against transformers: the same
logits in fp32, the same greedy tokens.
Architectures it does not know keep transformers' forward (``unsupported``).
"""
from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

import torch
import torch.nn.functional as F

from .prompt_cache import PromptCache
from .weights import Weights, folder_weights
from .quantize import ACTIVATION, codes, from_codes

ARCHITECTURES = ("LlamaForCausalLM",)
RECIPE = 1  # the stored tensors' layout; a change makes old cache files unused
# Positions the KV cache reserves (address space only until written): a
# model's full window can be 128k tokens, gigabytes reserved for nothing.
CACHE_TOKENS = 16384


class ContextFull(Exception):
    """The prompt and the answer so far fill the model's context window."""


def unsupported(model_or_config) -> str | None:
    """Why the decoder cannot run this model (a transformers model, or its config.json), or None."""
    if isinstance(model_or_config, dict):
        cfg = model_or_config
        name = (cfg.get("architectures") or [cfg.get("model_type", "?")])[0]
    else:
        cfg, name = model_or_config.config.to_dict(), type(model_or_config).__name__
    if name not in ARCHITECTURES:
        return f"architecture {name}"
    if cfg.get("hidden_act") != "silu" or cfg.get("pretraining_tp", 1) != 1:
        return f"{name} with hidden_act={cfg.get('hidden_act')}, pretraining_tp={cfg.get('pretraining_tp')}"
    rope = cfg.get("rope_scaling") or {}
    if rope.get("rope_type", rope.get("type")) in ("dynamic", "longrope"):
        return f"position scaling {rope.get('rope_type', rope.get('type'))!r} (it changes with length)"
    return None


@dataclass(frozen=True)
class Shape:
    layers: int
    heads: int
    kv_heads: int
    head_dim: int
    hidden: int
    intermediate: int
    eps: float
    max_len: int
    rope_scale: float  # transformers' attention_scaling of cos and sin
    precision: str

    @property
    def act(self) -> torch.dtype:
        """The activations' dtype at the matmuls: fp32, or bf16 for the int8/int4 kernels."""
        return torch.float32 if self.precision == "fp32" else ACTIVATION


class _Dense:
    """``x @ W.T + b`` in fp32, without a Module's call machinery."""

    def __init__(self, weight: torch.Tensor, bias: torch.Tensor | None = None):
        self.weight, self.bias = weight, bias

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return F.linear(x, self.weight, self.bias)


@dataclass(frozen=True)
class _Linear:
    """A weight (out, in) and its bias, as ``assistant.quantize`` reads a Linear."""

    weight: torch.Tensor
    bias: torch.Tensor | None = None

    @property
    def in_features(self) -> int:
        return self.weight.shape[1]

    @property
    def out_features(self) -> int:
        return self.weight.shape[0]


def _fuse(*linears: _Linear, rows=None, scale: float = 1.0) -> _Linear:
    """One Linear whose output is the given layers' outputs side by side.

    ``rows`` reorders the first layer's outputs; ``scale`` multiplies them.
    """
    def part(tensor, first):
        return (tensor[rows] if rows is not None else tensor) * scale if first else tensor

    weight = torch.cat([part(lin.weight, i == 0) for i, lin in enumerate(linears)])
    bias = None
    if any(lin.bias is not None for lin in linears):
        bias = torch.cat([part(lin.bias if lin.bias is not None else torch.zeros(lin.out_features),
                               i == 0) for i, lin in enumerate(linears)])
    return _Linear(weight, bias)


def _interleave(heads: int, head_dim: int) -> torch.Tensor:
    """Row order putting rotary pairs (d, d + head_dim/2) side by side in every head.

    transformers rotates dimension d with d + head_dim/2; adjacent pairs let
    the rotation be one complex multiplication. Queries and keys are reordered
    alike, so their dot products, and the attention, do not change.
    """
    half = head_dim // 2
    one = torch.stack([torch.arange(half), torch.arange(half) + half], dim=1).flatten()
    return torch.cat([one + h * head_dim for h in range(heads)])


# fused matmul -> the projections it holds, in output order
FUSED = {"qkv": ("q_proj", "k_proj", "v_proj"), "o": ("o_proj",),
         "gate_up": ("gate_proj", "up_proj"), "down": ("down_proj",)}


def _row_order(proj: str, shape: "Shape") -> tuple[torch.Tensor | None, float]:
    """(row order, scale) a projection's output rows get in the fused matmul: queries and
    keys interleaved for the rotary multiply, queries also scaled by the attention's 1/sqrt(d)
    (one multiply fewer per layer). Weights and adapters get the same."""
    if proj == "q_proj":
        return _interleave(shape.heads, shape.head_dim), shape.head_dim ** -0.5
    if proj == "k_proj":
        return _interleave(shape.kv_heads, shape.head_dim), 1.0
    return None, 1.0


def _stored(linear: _Linear, precision: str) -> dict[str, torch.Tensor]:
    if precision == "fp32":
        out = {"weight": linear.weight}
        if linear.bias is not None:
            out["bias"] = linear.bias
        return out
    return codes(linear, precision)


def model_tensors(weights: Weights, cfg: dict, precision: str) -> tuple[dict[str, torch.Tensor], Shape]:
    """The decoder's tensors, fused and (for int8/int4) quantized, from a Llama checkpoint.

    ``weights`` reads one tensor at a time, so only one layer's fp32 weights
    are held beside what is already converted.
    """
    reason = unsupported(cfg)
    if reason:
        raise ValueError(f"the decoder does not run {reason}")
    heads = cfg["num_attention_heads"]
    head_dim = cfg.get("head_dim") or cfg["hidden_size"] // heads
    inv_freq, rope_scale = _rope(cfg, head_dim)
    shape = Shape(cfg["num_hidden_layers"], heads, cfg.get("num_key_value_heads") or heads, head_dim,
                  cfg["hidden_size"], cfg["intermediate_size"], cfg["rms_norm_eps"],
                  cfg["max_position_embeddings"], rope_scale, precision)
    embed = weights("model.embed_tokens.weight")
    out = {"embed": embed, "norm": weights("model.norm.weight"), "inv_freq": inv_freq}
    for i in range(shape.layers):
        def linear(name: str) -> _Linear:
            lin = _Linear(weights(f"model.layers.{i}.{name}.weight"),
                          weights(f"model.layers.{i}.{name}.bias"))
            rows, scale = _row_order(name.rsplit(".", 1)[-1], shape)
            return lin if rows is None else _fuse(lin, rows=rows, scale=scale)

        parts = {"norm1": weights(f"model.layers.{i}.input_layernorm.weight"),
                 "norm2": weights(f"model.layers.{i}.post_attention_layernorm.weight")}
        for name, projs in FUSED.items():
            part = "mlp" if name in ("gate_up", "down") else "self_attn"
            lins = [linear(f"{part}.{proj}") for proj in projs]
            lin = lins[0] if len(lins) == 1 else _fuse(*lins)
            parts.update({f"{name}.{key}": v for key, v in _stored(lin, precision).items()})
        out.update({f"layers.{i}.{key}": v for key, v in parts.items()})
    head = weights("lm_head.weight")
    # int8 at most: the packaged GGUF's head is Q8_0, which 4 bits would coarsen
    head = _stored(_Linear(embed if head is None else head), "int8" if precision == "int4" else precision)
    out.update({f"head.{key}": v for key, v in head.items()})
    return out, shape


def _rope(cfg: dict, head_dim: int) -> tuple[torch.Tensor, float]:
    """(inverse frequencies, cos/sin scale), as transformers computes them for this config."""
    rope = cfg.get("rope_scaling") or {}
    kind = rope.get("rope_type", rope.get("type", "default"))
    if kind == "default":
        theta = cfg.get("rope_theta", 10000.0)
        dims = int(head_dim * cfg.get("partial_rotary_factor", 1.0))
        return 1.0 / (theta ** (torch.arange(0, dims, 2, dtype=torch.int64).float() / dims)), 1.0
    from .imports import transformers

    transformers()
    from transformers import LlamaConfig
    from transformers.modeling_rope_utils import ROPE_INIT_FUNCTIONS

    inv_freq, scale = ROPE_INIT_FUNCTIONS[kind](LlamaConfig(**cfg), None)
    return inv_freq.float(), float(scale)


def with_adapter(tensors: dict[str, torch.Tensor], shape: Shape, adapter) -> dict[str, torch.Tensor]:
    """``tensors``, changed in place, with a LoRA adapter (``assistant.lora.Adapter``) applied.

    fp32: merged into the weights, as peft merges. int8/int4: kept as
    ``lora_a``/``lora_b`` beside the quantized base and added at run time,
    because a 4-bit grid is far coarser than the adapter's change.
    """
    # In place: a merged fp32 weight replaces its base at once, not all at the end.
    for i in range(shape.layers):
        for name, projs in FUSED.items():
            pair = _fused_pair(adapter, i, projs, shape)
            if pair is None:
                continue
            a, b = pair
            key = f"layers.{i}.{name}"
            if shape.precision == "fp32":
                tensors[f"{key}.weight"] = tensors[f"{key}.weight"] + b @ a
            else:
                tensors[f"{key}.lora_a"], tensors[f"{key}.lora_b"] = a.to(shape.act), b.to(shape.act)
    return tensors


def _fused_pair(adapter, i: int, projs: tuple[str, ...], shape: Shape):
    """One (A, B) for a fused matmul: A's stacked, B's block-diagonal, rows as the weights'."""
    rows = {"q_proj": shape.heads * shape.head_dim, "k_proj": shape.kv_heads * shape.head_dim,
            "v_proj": shape.kv_heads * shape.head_dim, "o_proj": shape.hidden,
            "gate_proj": shape.intermediate, "up_proj": shape.intermediate, "down_proj": shape.hidden}
    pairs = [(proj, adapter.pair(i, proj)) for proj in projs]
    if all(pair is None for _, pair in pairs):
        return None
    rank = sum(pair[0].shape[0] for _, pair in pairs if pair is not None)
    a_parts, b = [], torch.zeros(sum(rows[p] for p in projs), rank)
    row = col = 0
    for proj, pair in pairs:
        if pair is not None:
            lora_a, lora_b = pair
            order, scale = _row_order(proj, shape)
            if order is not None:
                lora_b = lora_b[order] * scale
            a_parts.append(lora_a)
            b[row:row + rows[proj], col:col + lora_a.shape[0]] = lora_b
            col += lora_a.shape[0]
        row += rows[proj]
    return torch.cat(a_parts), b


def _kernel(own: dict[str, torch.Tensor]):
    """One stored matmul (its tensors by their last name): fp32 (weight) or int8/int4 (codes),
    plus LoRA if any."""
    own = dict(own)
    lora_a, lora_b = own.pop("lora_a", None), own.pop("lora_b", None)
    base = (_Dense(**own) if "weight" in own else from_codes(own)).forward
    if lora_a is None:
        return base
    return lambda x: base(x) + F.linear(F.linear(x, lora_a), lora_b)


class _Block:
    """One decoder layer: two norms, and four matmuls instead of seven."""

    def __init__(self, groups: dict[str, dict[str, torch.Tensor]], i: int):
        norms = groups[f"layers.{i}"]
        self.norm1, self.norm2 = norms["norm1"], norms["norm2"]
        self.qkv, self.o = _kernel(groups[f"layers.{i}.qkv"]), _kernel(groups[f"layers.{i}.o"])
        self.gate_up = _kernel(groups[f"layers.{i}.gate_up"])
        self.down = _kernel(groups[f"layers.{i}.down"])


class Decoder(PromptCache):
    """Greedy-ready forward of a Llama-family model with its own KV cache.

    ``prefill(ids)`` returns the next-token logits after a prompt, ``step(token)``
    after one more token. Precision "fp32" computes transformers' numbers;
    "int8" and "int4" are weight-only, on bf16 activations (``assistant.quantize``).
    """

    def __init__(self, tensors: dict[str, torch.Tensor], shape: Shape):
        self.shape = shape
        groups: dict[str, dict[str, torch.Tensor]] = {}  # "layers.3.qkv" -> {"codes": ...}
        for key, tensor in tensors.items():
            prefix, _, name = key.rpartition(".")
            groups.setdefault(prefix, {})[name] = tensor
        self.embed, self.norm = tensors["embed"], tensors["norm"]
        self.blocks = [_Block(groups, i) for i in range(shape.layers)]
        self.head = _kernel(groups["head"])
        self.max_len = min(shape.max_len, CACHE_TOKENS)
        angles = torch.outer(torch.arange(self.max_len, dtype=torch.float32), tensors["inv_freq"])
        self.rotation = torch.polar(torch.full_like(angles, shape.rope_scale), angles)
        # keys then values, head by head; empty, not zeros: a page costs memory once written
        self.kv = torch.empty(shape.layers, 2 * shape.kv_heads, self.max_len, shape.head_dim)
        self.tokens: list[int] = []  # what the cache holds, position by position

    @classmethod
    def from_model(cls, model, precision: str = "fp32") -> "Decoder":
        """From a loaded transformers model (what the tests compare against)."""
        reason = unsupported(model)
        if reason:
            raise ValueError(f"the decoder does not run {reason}")
        cfg = {**model.config.to_dict(), "architectures": [type(model).__name__]}
        state = {k: v.detach() for k, v in model.state_dict().items()}
        return cls(*model_tensors(state.get, cfg, precision))

    def _crop(self, keep: int) -> None:
        del self.tokens[keep:]  # the positions after it are overwritten in place

    def _forward(self, new: list[int]) -> torch.Tensor:
        s, act = self.shape, self.shape.act
        start, n = len(self.tokens), len(new)
        end = start + n
        if end > self.max_len:
            raise ContextFull(f"{end} tokens exceed the context of {self.max_len}")
        x = F.embedding(torch.tensor(new), self.embed)
        rotation = self.rotation[start:end, None]
        for i, block in enumerate(self.blocks):
            h = torch.rms_norm(x, (s.hidden,), block.norm1, s.eps).to(act)
            heads = block.qkv(h).float().view(n, s.heads + 2 * s.kv_heads, s.head_dim)
            # rotate queries and keys in place, then store keys and values in one copy
            torch.view_as_complex(heads[:, :s.heads + s.kv_heads].unflatten(-1, (-1, 2))).mul_(rotation)
            self.kv[i, :, start:end] = heads[:, s.heads:].transpose(0, 1)
            x = x + block.o(self._attend(i, heads[:, :s.heads], start, n).to(act))
            h = torch.rms_norm(x, (s.hidden,), block.norm2, s.eps).to(act)
            gate, up = block.gate_up(h).chunk(2, dim=-1)
            x = x + block.down(F.silu(gate) * up)
        self.tokens.extend(new)
        last = torch.rms_norm(x[-1:], (s.hidden,), self.norm, s.eps).to(act)
        return self.head(last)[0].float()

    def _attend(self, i: int, q: torch.Tensor, start: int, n: int) -> torch.Tensor:
        """Attention of ``n`` queries (n, heads, head_dim) at ``start`` over the cache."""
        s, end = self.shape, start + n
        keys, values = self.kv[i, :s.kv_heads, :end], self.kv[i, s.kv_heads:, :end]
        if n == 1:  # query head h reads key/value head h // group, as transformers' repeat_kv
            grouped = q.reshape(s.kv_heads, s.heads // s.kv_heads, s.head_dim)
            scores = torch.bmm(grouped, keys.transpose(1, 2))
            return torch.bmm(torch.softmax(scores, dim=-1), values).reshape(1, -1)
        mask = None
        if start:  # causal, shifted by the cached prefix
            mask = torch.arange(end)[None, :] <= torch.arange(start, end)[:, None]
        out = F.scaled_dot_product_attention(
            q.transpose(0, 1)[None], keys[None], values[None], attn_mask=mask,
            is_causal=not start, scale=1.0, enable_gqa=True)
        return out[0].transpose(0, 1).reshape(n, -1)


def load_decoder(folder: Path, precision: str, adapter_dir: Path | None = None) -> Decoder | None:
    """The decoder for the model in ``folder`` with the LoRA adapter in ``adapter_dir``
    applied, or None when it cannot run that architecture or adapter.

    int8/int4 tensors of the base are read from the cache file beside the
    model when it is there, else made from the fp32 model and written there
    (atomically; a read-only workspace just skips the write). The adapter is
    read and applied at every load: it is small.
    """
    from . import lora

    config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    if unsupported(config):
        return None
    if adapter_dir is not None and lora.unsupported(adapter_dir):
        return None
    path = folder / f"decoder-{precision}-v{RECIPE}.safetensors"
    stored = None if precision == "fp32" else _read(path)
    if stored is None:
        stored = model_tensors(folder_weights(folder), config, precision)
        if precision != "fp32":  # fp32 would be a second 540 MB copy of the model's own file
            _write(path, *stored)
    tensors, shape = stored
    if adapter_dir is not None:
        tensors = with_adapter(tensors, shape, lora.read(adapter_dir))
    return Decoder(tensors, shape)


def _read(path: Path) -> tuple[dict[str, torch.Tensor], Shape] | None:
    from safetensors import SafetensorError, safe_open

    try:
        with safe_open(str(path), "pt") as fh:
            shape = Shape(**json.loads(fh.metadata()["shape"]))
            # the head is cloned off the mapped file: the int8 kernel read it ~5% faster
            return {k: fh.get_tensor(k).clone() if k.startswith("head.") else fh.get_tensor(k)
                    for k in fh.keys()}, shape
    except (OSError, SafetensorError, KeyError, TypeError, ValueError):
        return None  # absent or unreadable: made again from the model


def _write(path: Path, tensors: dict[str, torch.Tensor], shape: Shape) -> None:
    from safetensors.torch import save_file

    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".decoder-")
        os.close(fd)
        save_file({k: v.contiguous() for k, v in tensors.items()}, tmp,
                  metadata={"shape": json.dumps(asdict(shape))})
        os.replace(tmp, path)  # a half-written file is never mistaken for a whole one
    except OSError:
        if tmp:
            Path(tmp).unlink(missing_ok=True)
