"""Sentence embeddings for chunks and questions (unit-normalised, float32)."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .models import ModelSpec, load_embedder, model_sha256


@dataclass
class Embedder:
    spec: ModelSpec
    sha256: str
    model: object  # a sentence_transformers.SentenceTransformer

    @classmethod
    def load(cls, spec: ModelSpec, hash_cache=None) -> "Embedder":
        return cls(spec, model_sha256(spec, hash_cache), load_embedder(spec))

    @property
    def dim(self) -> int:
        model = self.model
        get = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
        return int(get())

    @property
    def max_tokens(self) -> int:
        return int(self.model.max_seq_length)

    def count_tokens(self, text: str) -> int:
        # verbose=False: long texts are counted here precisely so they can be split
        return len(self.model.tokenizer(text, add_special_tokens=False, verbose=False)["input_ids"])

    def encode(self, texts: list[str], batch_size: int = 64) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self.model.encode(
            texts, batch_size=batch_size, normalize_embeddings=True,
            convert_to_numpy=True, show_progress_bar=False)
        return np.asarray(vectors, dtype=np.float32)
