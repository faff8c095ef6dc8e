"""Sentence embeddings for chunks and questions (unit-normalised, float32).

One model, two backends. ``onnx`` runs an int8 export of the model, made
locally from the packaged weights the first time (``assistant.onnx_export``)
and cached in the workspace, with onnxruntime and the ``tokenizers`` library:
~2.5x PyTorch's throughput on a 2-core CPU, and no sentence-transformers import
on the ask path. ``torch`` is sentence-transformers itself, the fallback.
``auto`` (the default) takes onnx when it can be had and says on stderr why
when it cannot. The two agree to a cosine above 0.98 on the same text, and the
index is keyed by the model's weights, not the backend, so either can query an
index the other built (docs/BENCHMARKS.md has the hit@5 of each).
"""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .config import EMBED_BACKENDS
from .errors import ConfigError, ModelNotFound
from .models import ModelSpec, load_embedder, model_sha256


@dataclass
class Embedder:
    spec: ModelSpec
    sha256: str
    model: object  # _OnnxEncoder or _TorchEncoder
    backend: str = "torch"

    @classmethod
    def load(cls, spec: ModelSpec, hash_cache: Path | None = None, *, models_dir: Path | None = None,
             backend: str = "auto", threads: int | None = None) -> "Embedder":
        """``models_dir`` is where the ONNX export is cached; without one, only torch is tried."""
        if backend not in EMBED_BACKENDS:
            raise ConfigError(f"embedder backend {backend!r}: expected one of {', '.join(EMBED_BACKENDS)}")
        sha = model_sha256(spec, hash_cache)
        if backend != "torch" and models_dir is not None:
            try:
                return cls(spec, sha, _OnnxEncoder.load(spec, sha, models_dir, threads), "onnx")
            except (ImportError, ModelNotFound, OSError, RuntimeError, ValueError) as err:
                if backend == "onnx":
                    raise ModelNotFound(f"{spec.path}: no ONNX embedder ({_reason(err)})") from err
                print(f"note: embedder on PyTorch, ONNX unavailable ({_reason(err)})", file=sys.stderr)
        return cls(spec, sha, _TorchEncoder(load_embedder(spec)), "torch")

    @property
    def dim(self) -> int:
        return self.model.dim

    @property
    def max_tokens(self) -> int:
        return self.model.max_tokens

    def count_tokens(self, text: str) -> int:
        return self.model.count_tokens(text)

    def encode(self, texts: list[str], batch_size: int | None = None) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.asarray(self.model.encode(texts, batch_size or self.model.batch_size), dtype=np.float32)


def _reason(err: Exception) -> str:
    return (str(err).splitlines() or [type(err).__name__])[0][:200]


class _TorchEncoder:
    """sentence-transformers: the reference the ONNX path is measured against."""

    batch_size = 64

    def __init__(self, model):
        self.model = model
        get = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
        self.dim = int(get())
        self.max_tokens = int(model.max_seq_length)

    def count_tokens(self, text: str) -> int:
        # verbose=False: long texts are counted here precisely so they can be split
        return len(self.model.tokenizer(text, add_special_tokens=False, verbose=False)["input_ids"])

    def encode(self, texts: list[str], batch_size: int) -> np.ndarray:
        return self.model.encode(texts, batch_size=batch_size, normalize_embeddings=True,
                                 convert_to_numpy=True, show_progress_bar=False)


class _OnnxEncoder:
    """The int8 export under onnxruntime; texts are batched by length so little is padding."""

    batch_size = 16  # larger batches were no faster on 2 cores and pad more

    def __init__(self, session, tokenizer, max_tokens: int):
        self.session = session
        self.inputs = [i.name for i in session.get_inputs()]
        self.dim = int(session.get_outputs()[0].shape[-1])
        self.max_tokens = max_tokens
        self.counter = tokenizer  # counts whole texts: no truncation, no padding
        self.tokenizer = type(tokenizer).from_str(tokenizer.to_str())
        self.tokenizer.enable_truncation(max_tokens)

    @classmethod
    def load(cls, spec: ModelSpec, sha: str, models_dir: Path, threads: int | None) -> "_OnnxEncoder":
        import onnxruntime
        from tokenizers import Tokenizer

        from .onnx_export import FILENAME, export_int8, is_exported, onnx_dir

        folder = onnx_dir(spec, sha, models_dir)
        if not is_exported(folder):
            export_int8(spec, sha, folder)
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads or 0  # 0: onnxruntime's choice, the physical cores
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        session = onnxruntime.InferenceSession(str(folder / FILENAME), options,
                                               providers=["CPUExecutionProvider"])
        tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        tokenizer.no_truncation()
        tokenizer.no_padding()
        return cls(session, tokenizer, _max_tokens(folder))

    def count_tokens(self, text: str) -> int:
        return len(self.counter.encode(text, add_special_tokens=False).ids)

    def encode(self, texts: list[str], batch_size: int) -> np.ndarray:
        encodings = self.tokenizer.encode_batch(texts)
        order = np.argsort([-len(e.ids) for e in encodings], kind="stable")
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for start in range(0, len(texts), batch_size):
            rows = order[start:start + batch_size]
            out[rows] = self.session.run(None, self._feeds([encodings[i] for i in rows]))[0]
        return out

    def _feeds(self, encodings) -> dict[str, np.ndarray]:
        width = max(len(e.ids) for e in encodings)
        arrays = {n: np.zeros((len(encodings), width), dtype=np.int64) for n in
                  ("input_ids", "attention_mask", "token_type_ids")}
        for row, e in enumerate(encodings):
            n = len(e.ids)
            arrays["input_ids"][row, :n] = e.ids  # pad id 0 under a zero mask: never attended
            arrays["attention_mask"][row, :n] = 1
            arrays["token_type_ids"][row, :n] = e.type_ids
        return {name: arrays[name] for name in self.inputs}


def _max_tokens(folder: Path) -> int:
    try:
        return int(json.loads((folder / "sentence_bert_config.json").read_text())["max_seq_length"])
    except (OSError, ValueError, KeyError):
        return 512
