"""Settings and the workspace.

Precedence, highest first: command-line flags, environment variables
(``ASSISTANT_WORKSPACE``, ``ASSISTANT_DOMAIN``, ``ASSISTANT_MODEL``,
``ASSISTANT_EMBEDDER``, ``ASSISTANT_ADAPTER``, ``ASSISTANT_PRECISION``,
``ASSISTANT_EMBED_BACKEND``), the
workspace's ``config.toml``, built-in defaults.
The workspace holds no secrets: only the reviewer's *public* key rests there.
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path

from .errors import ConfigError

APP_NAME = "assistant"
PRECISIONS = ("fp32", "int8", "int4")  # generator weights; int8/int4 are weight-only (assistant/quantize.py)
EMBED_BACKENDS = ("auto", "onnx", "torch")  # auto: onnx (int8, assistant/embed.py), else torch
CONFIG_TEMPLATE = """\
# assistant settings. Flags and ASSISTANT_* environment variables override these.
[assistant]
domain = "healthcare"            # a name under domains/ or a path to a domain pack
generator = "smollm2-135m-instruct"  # a registry name, a local HF folder or a .gguf file
embedder = "all-minilm-l6-v2"
# adapter = "/path/to/adapter"   # or "none"; default: the domain pack's adapter
# precision = "fp32"             # generator weights: int4 (default, GGUF's own 4-bit grid), int8 or fp32
# embed_backend = "torch"        # auto (default: int8 ONNX when available), onnx or torch
# threads = 2                    # CPU threads for the models; processes for redaction at ingest
"""


def available_cores() -> int:
    """The CPUs this process may run on: the default for ``threads``."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def default_workspace() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME))


@dataclass(frozen=True)
class Settings:
    workspace: Path
    domain: str = "healthcare"
    generator: str = "smollm2-135m-instruct"
    embedder: str = "all-minilm-l6-v2"
    adapter: str | None = None  # None: the domain's default; "none": base model only
    threads: int | None = None
    precision: str = "int4"  # generator weights: "int4" (GGUF Q4_1's grid), "int8" or "fp32"
    embed_backend: str = "auto"  # "auto", "onnx" (int8 export) or "torch" (sentence-transformers)

    @property
    def index_dir(self) -> Path:
        return self.workspace / "index"

    @property
    def audit_dir(self) -> Path:
        return self.workspace / "audit"

    @property
    def keys_dir(self) -> Path:
        return self.workspace / "keys"

    @property
    def models_dir(self) -> Path:
        return self.workspace / "models"

    def with_overrides(self, **values: object) -> "Settings":
        return replace(self, **{k: v for k, v in values.items() if v is not None})


_ENV = {
    "domain": "ASSISTANT_DOMAIN",
    "generator": "ASSISTANT_MODEL",
    "embedder": "ASSISTANT_EMBEDDER",
    "adapter": "ASSISTANT_ADAPTER",
    "precision": "ASSISTANT_PRECISION",
    "embed_backend": "ASSISTANT_EMBED_BACKEND",
}


def load_settings(workspace: str | Path | None = None, **flags: object) -> Settings:
    root = Path(workspace or os.environ.get("ASSISTANT_WORKSPACE") or default_workspace())
    root = root.expanduser().resolve()
    values: dict[str, object] = _read_config(root / "config.toml")
    for key, env in _ENV.items():
        if os.environ.get(env):
            values[key] = os.environ[env]
    known = {f.name for f in fields(Settings)} - {"workspace"}
    values = {k: v for k, v in values.items() if k in known}
    settings = Settings(workspace=root, **values).with_overrides(**flags)
    for key, allowed in (("precision", PRECISIONS), ("embed_backend", EMBED_BACKENDS)):
        if getattr(settings, key) not in allowed:
            raise ConfigError(f"{key} {getattr(settings, key)!r} (from config.toml or {_ENV[key]}): "
                              f"expected one of {', '.join(allowed)}")
    return settings


def _read_config(path: Path) -> dict[str, object]:
    if not path.exists():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise ConfigError(f"{path}: not valid TOML ({err})") from err
    return dict(data.get("assistant", {}))


def prepare_workspace(settings: Settings) -> Path:
    """Create the workspace layout on first use; fail with a clear message if we can't."""
    root = settings.workspace
    try:
        for sub in (root, settings.index_dir, settings.audit_dir, settings.keys_dir, settings.models_dir):
            sub.mkdir(parents=True, exist_ok=True, mode=0o700)
        config = root / "config.toml"
        if not config.exists():
            config.write_text(CONFIG_TEMPLATE, encoding="utf-8")
    except OSError as err:
        raise ConfigError(f"{root}: workspace is not writable ({err.strerror})") from err
    return root
