"""A peft LoRA adapter read as plain tensors, for the decoder to apply.

The decoder applies an adapter itself instead of loading peft: in fp32 it
adds ``B @ A * scale`` to each weight (peft's merge), and with int8/int4
weights it keeps ``A`` and ``B`` beside the quantized base. Requantizing a
merged model is not an option: the adapter's change to a weight is far
smaller than one 4-bit step, so it rounds away and the tuned model answers
like the base one (measured: healthcare accuracy 0.0, as the base).
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from pathlib import Path

import torch

from .errors import ModelNotFound

KEY = re.compile(r"layers\.(\d+)\.(?:self_attn|mlp)\.(\w+_proj)\.lora_([AB])\.weight$")


@dataclass(frozen=True)
class Adapter:
    # (layer, projection) -> (A: rank x in, B: out x rank with the scale folded in), fp32
    pairs: dict[tuple[int, str], tuple[torch.Tensor, torch.Tensor]]

    def pair(self, layer: int, proj: str) -> tuple[torch.Tensor, torch.Tensor] | None:
        return self.pairs.get((layer, proj))


def unsupported(adapter_dir: Path) -> str | None:
    """Why this adapter cannot be applied as plain LoRA pairs, or None."""
    cfg = _config(adapter_dir)
    for key, ok in (("peft_type", "LORA"), ("use_dora", False), ("fan_in_fan_out", False),
                    ("bias", "none"), ("modules_to_save", None)):
        if cfg.get(key, ok) not in (ok, [] if ok is None else ok):
            return f"{key}={cfg.get(key)!r}"
    if cfg.get("rank_pattern") or cfg.get("alpha_pattern"):
        return "per-module ranks"
    return None


def read(adapter_dir: Path) -> Adapter:
    """The adapter's LoRA pairs; call :func:`unsupported` first."""
    from safetensors import SafetensorError
    from safetensors.torch import load_file

    cfg = _config(adapter_dir)
    rank = cfg["r"]
    scale = cfg["lora_alpha"] / (math.sqrt(rank) if cfg.get("use_rslora") else rank)
    weights = adapter_dir / "adapter_model.safetensors"
    try:
        tensors = load_file(str(weights))
    except (OSError, SafetensorError) as err:
        raise ModelNotFound(f"{weights}: not a readable adapter ({err})") from None
    halves: dict[tuple[int, str], dict[str, torch.Tensor]] = {}
    for key, tensor in tensors.items():
        match = KEY.search(key)
        if match:
            halves.setdefault((int(match[1]), match[2]), {})[match[3]] = tensor.float()
    return Adapter({k: (h["A"], h["B"] * scale) for k, h in halves.items() if set(h) == {"A", "B"}})


def _config(adapter_dir: Path) -> dict:
    path = adapter_dir / "adapter_config.json"
    try:
        cfg = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise ModelNotFound(f"{path}: not a readable adapter config ({err})") from None
    if not isinstance(cfg, dict) or not isinstance(cfg.get("r"), int) or "lora_alpha" not in cfg:
        raise ModelNotFound(f"{path}: not a LoRA adapter config (needs r and lora_alpha)")
    return cfg
