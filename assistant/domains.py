"""Domain packs: ``domains/<name>/domain.toml`` plus samples, data and adapter.

A pack is data, so an administrator can add a sector without touching code:
``--domain PATH`` takes any folder with a ``domain.toml``.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ConfigError

PACKS_ROOT = Path(__file__).resolve().parent.parent / "domains"


@dataclass(frozen=True)
class Domain:
    name: str
    title: str
    root: Path
    system_prompt: str
    refusal: str
    sample_question: str = ""
    k: int = 4
    min_score: float = 0.35
    max_new_tokens: int = 160
    temperature: float = 0.0
    repetition_penalty: float = 1.0
    # Refuse when the model gives the refusal at least this probability (None:
    # whenever greedy decoding says it; 1.0: never on the model's word, only the
    # gate's). Calibrated by `assistant eval --calibrate`.
    refusal_threshold: float | None = None
    at_rest: str = "redact"  # redact | encrypt | keep
    privacy: dict = field(default_factory=dict, hash=False, compare=False)
    adapter_dir: Path | None = None

    @property
    def sample_dir(self) -> Path:
        return self.root / "sample"


def available() -> list[str]:
    return sorted(p.parent.name for p in PACKS_ROOT.glob("*/domain.toml"))


def load(name_or_path: str) -> Domain:
    root = Path(name_or_path)
    if not (root / "domain.toml").exists():
        root = PACKS_ROOT / name_or_path
    path = root / "domain.toml"
    if not path.exists():
        names = ", ".join(available()) or "none installed"
        raise ConfigError(f"unknown domain {name_or_path!r} (available: {names})")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"{path}: not valid TOML ({err})") from err
    return _from_toml(root.resolve(), data, path)


def _from_toml(root: Path, data: dict, path: Path) -> Domain:
    try:
        retrieval = data.get("retrieval", {})
        generation = data.get("generation", {})
        privacy = dict(data.get("privacy", {}))
        adapter = root / data.get("model", {}).get("adapter", "adapter")
        domain = Domain(
            name=data.get("name", root.name),
            title=data.get("title", root.name.title()),
            root=root,
            system_prompt=data["system_prompt"].strip(),
            refusal=data["refusal"].strip(),
            sample_question=data.get("sample_question", ""),
            k=int(retrieval.get("k", 4)),
            min_score=float(retrieval.get("min_score", 0.35)),
            max_new_tokens=int(generation.get("max_new_tokens", 160)),
            temperature=float(generation.get("temperature", 0.0)),
            repetition_penalty=float(generation.get("repetition_penalty", 1.0)),
            refusal_threshold=_optional_float(generation.get("refusal_threshold")),
            at_rest=privacy.get("at_rest", "redact"),
            privacy=privacy,
            adapter_dir=adapter if (adapter / "adapter_config.json").exists() else None,
        )
    except KeyError as err:
        raise ConfigError(f"{path}: missing required key {err.args[0]!r}") from err
    if domain.at_rest not in ("redact", "encrypt", "keep"):
        raise ConfigError(f"{path}: privacy.at_rest must be redact, encrypt or keep")
    return domain


def _optional_float(value) -> float | None:
    return None if value is None else float(value)
