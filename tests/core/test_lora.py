"""A peft LoRA adapter read as (A, B) pairs; a damaged one is a one-line error naming the file."""
from __future__ import annotations

import json

import pytest
import torch
from safetensors.torch import save_file

from assistant import lora
from assistant.errors import ModelNotFound


def adapter(tmp_path, **config):
    (tmp_path / "adapter_config.json").write_text(json.dumps({"r": 2, "lora_alpha": 4, **config}))
    save_file({"base_model.model.model.layers.0.self_attn.q_proj.lora_A.weight": torch.ones(2, 8),
               "base_model.model.model.layers.0.self_attn.q_proj.lora_B.weight": torch.ones(6, 2),
               "base_model.model.model.layers.1.mlp.down_proj.lora_A.weight": torch.ones(2, 8)},
              tmp_path / "adapter_model.safetensors")
    return tmp_path


def test_pairs_by_layer_and_projection_with_the_scale_in_b(tmp_path):
    read = lora.read(adapter(tmp_path))
    a, b = read.pair(0, "q_proj")
    assert a.shape == (2, 8) and torch.equal(b, torch.full((6, 2), 2.0))  # alpha / r = 2
    assert read.pair(1, "down_proj") is None  # A without B: not a pair
    assert lora.unsupported(tmp_path) is None
    assert lora.unsupported(adapter(tmp_path, use_dora=True)) == "use_dora=True"


def test_a_damaged_adapter_names_its_file(tmp_path):
    adapter(tmp_path)
    (tmp_path / "adapter_model.safetensors").write_bytes(b"\x00" * 40)
    with pytest.raises(ModelNotFound, match="adapter_model.safetensors: not a readable adapter"):
        lora.read(tmp_path)
    (tmp_path / "adapter_config.json").write_text('{"r": 16')
    with pytest.raises(ModelNotFound, match="adapter_config.json: not a readable adapter config"):
        lora.unsupported(tmp_path)
