"""Checkpoint tensors read one at a time, by name, across shards, in fp32."""
from __future__ import annotations

import torch
from safetensors.torch import save_file

from assistant.weights import folder_weights


def test_tensors_come_back_by_name_across_shards_as_fp32(tmp_path):
    half = torch.randn(4, 8).to(torch.float16)
    save_file({"a.weight": torch.arange(6.0).reshape(2, 3)}, tmp_path / "model-00001.safetensors")
    save_file({"b.weight": half, "c.weight": half.to(torch.bfloat16)}, tmp_path / "model-00002.safetensors")
    save_file({"a.weight": torch.zeros(1)}, tmp_path / "decoder-int4-v1.safetensors")  # our cache: not a shard
    read = folder_weights(tmp_path)
    assert torch.equal(read("a.weight"), torch.arange(6.0).reshape(2, 3))
    assert read("b.weight").dtype == torch.float32 and torch.equal(read("b.weight"), half.float())
    assert torch.equal(read("c.weight"), half.to(torch.bfloat16).float())
    assert read("absent.bias") is None


def test_a_damaged_or_truncated_file_names_itself(tmp_path):
    import pytest

    from assistant.errors import ModelNotFound

    save_file({"a.weight": torch.ones(64, 64)}, tmp_path / "model.safetensors")
    whole = (tmp_path / "model.safetensors").read_bytes()
    (tmp_path / "model.safetensors").write_bytes(whole[:-100])
    with pytest.raises(ModelNotFound, match="model.safetensors: truncated"):
        folder_weights(tmp_path)
    (tmp_path / "model.safetensors").write_bytes(b"\xff" * 64)
    with pytest.raises(ModelNotFound, match="model.safetensors: not a readable safetensors file"):
        folder_weights(tmp_path)
