"""A sentence-transformers embedder exported to int8 ONNX, made locally.

The export reads the packaged weights (never a hub), traces the transformer
with mean pooling and L2 normalisation inside the graph, and quantizes every
weight matrix to int8 with one scale per output channel (onnxruntime's dynamic
quantization: activations are quantized per call). Per-tensor weight scales
were tried and rejected: the vectors drifted to a mean cosine of 0.94 against
PyTorch's, per-channel keeps it above 0.99. The feed-forward output projections
of the first two layers stay fp32: their inputs carry BERT's outlier
activations, and quantizing them cost 2 points of hit@5 on the SEC filings
(docs/BENCHMARKS.md) for ~10% of the speed.

Needs torch, transformers and onnx, so it runs once per workspace and model;
``assistant.embed`` then needs only onnxruntime and tokenizers.
"""
from __future__ import annotations

import json
import logging
import os
import re
import shutil
import sys
import tempfile
import warnings
from pathlib import Path

from .errors import ModelNotFound
from .models import ModelSpec

FILENAME = "model.onnx"
RECIPE = "int8-dynamic-per-channel-v2"  # bump when the export changes: old caches are rebuilt


def onnx_dir(spec: ModelSpec, sha256: str, models_dir: Path) -> Path:
    """Where the int8 export of an embedder lives in the workspace."""
    return models_dir / f"{spec.name}-{sha256[:16]}-onnx-int8"


def is_exported(folder: Path) -> bool:
    try:
        meta = json.loads((folder / "export.json").read_text())
    except (OSError, ValueError):
        return False
    return meta.get("recipe") == RECIPE and (folder / FILENAME).exists()


def export_int8(spec: ModelSpec, sha256: str, dest: Path) -> Path:
    """Export ``spec`` to ``dest``/model.onnx; a half-written export is never left behind."""
    print(f"note: exporting the embedder to int8 ONNX in {dest} (once per workspace)", file=sys.stderr)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=dest.parent, prefix=".export-"))
    try:
        with _quiet():
            _trace(spec, tmp / "fp32.onnx")
            _quantize(tmp / "fp32.onnx", tmp / FILENAME)
        (tmp / "fp32.onnx").unlink()
        for name in ("tokenizer.json", "sentence_bert_config.json"):
            if (_transformer_dir(spec) / name).exists():
                shutil.copy2(_transformer_dir(spec) / name, tmp / name)
        (tmp / "export.json").write_text(json.dumps(
            {"recipe": RECIPE, "source": str(spec.path), "source_sha256": sha256}, indent=2))
        if dest.exists():  # a stale recipe; replace it whole
            shutil.rmtree(dest)
        os.replace(tmp, dest)
    except OSError:
        if not is_exported(dest):  # another process may have won the race: that is fine
            raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return dest


class _quiet:
    """The tracer's and the quantizer's advice is for model authors, not analysts."""

    def __enter__(self):
        self._warnings = warnings.catch_warnings()
        self._warnings.__enter__()
        warnings.simplefilter("ignore")
        logging.disable(logging.WARNING)

    def __exit__(self, *exc):
        logging.disable(logging.NOTSET)
        self._warnings.__exit__(*exc)


def pooling_mode(spec: ModelSpec) -> str:
    """The sentence-transformers pooling of ``spec``; only mean pooling is exported."""
    config = spec.path / "1_Pooling" / "config.json"
    try:
        data = json.loads(config.read_text())
    except (OSError, ValueError):
        return "mean_tokens"  # a bare HF folder: sentence-transformers' own default
    modes = [k for k, v in data.items() if k.startswith("pooling_mode_") and v]
    return modes[0].removeprefix("pooling_mode_") if len(modes) == 1 else "+".join(modes)


def _transformer_dir(spec: ModelSpec) -> Path:
    try:
        modules = json.loads((spec.path / "modules.json").read_text())
    except (OSError, ValueError):
        return spec.path
    first = next((m for m in modules if m.get("type", "").endswith(".Transformer")), None)
    return spec.path / first["path"] if first else spec.path


def _trace(spec: ModelSpec, out: Path) -> None:
    import torch
    from .imports import transformers

    transformers()
    from transformers import AutoModel, AutoTokenizer

    if pooling_mode(spec) != "mean_tokens":
        raise ModelNotFound(f"{spec.path}: pooling {pooling_mode(spec)!r} has no ONNX export (mean only)")
    folder = _transformer_dir(spec)
    model = AutoModel.from_pretrained(folder, local_files_only=True).eval()
    sample = AutoTokenizer.from_pretrained(folder, local_files_only=True)(
        ["a sample", "a longer sample sentence"], padding=True, return_tensors="pt")
    names = [n for n in ("input_ids", "attention_mask", "token_type_ids") if n in sample]
    axes = {n: {0: "batch", 1: "tokens"} for n in names} | {"embedding": {0: "batch"}}
    with torch.inference_mode():
        torch.onnx.export(_mean_pooled(model, names), tuple(sample[n] for n in names), str(out),
                          input_names=names, output_names=["embedding"], dynamic_axes=axes,
                          opset_version=17, dynamo=False)


KEEP_FP32 = re.compile(r"/layer\.[01]/output/dense/MatMul$")  # FFN out, layers 0-1 (HF BERT names)


def _quantize(src: Path, dest: Path) -> None:
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    keep = [n.name for n in onnx.load(str(src)).graph.node if KEEP_FP32.search(n.name)]
    quantize_dynamic(str(src), str(dest), weight_type=QuantType.QInt8, per_channel=True,
                     nodes_to_exclude=keep, extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT})


def _mean_pooled(model, names: list[str]):
    """The transformer with sentence-transformers' mean pooling and Normalize in the graph."""
    import torch

    class MeanPooled(torch.nn.Module):
        def __init__(self, inner):
            super().__init__()
            self.inner = inner

        def forward(self, *inputs):
            feeds = dict(zip(names, inputs))
            hidden = self.inner(**feeds).last_hidden_state
            mask = feeds["attention_mask"].unsqueeze(-1).to(hidden.dtype)
            mean = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(mean, dim=-1)

    return MeanPooled(model)
