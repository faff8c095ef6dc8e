"""Helpers for the end-to-end tests: run the installed CLI, make workspaces."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "correct horse battery staple"


def run_cli(workspace: Path, *args: str, stdin: str | None = None, check: bool = True):
    """The installed console script, as an analyst runs it."""
    exe = Path(sys.executable).parent / "assistant"
    env = {**os.environ, "ASSISTANT_WORKSPACE": str(workspace)}
    proc = subprocess.run([str(exe), *args], input=stdin, capture_output=True, text=True,
                          env=env, timeout=600)
    if check and proc.returncode != 0:
        raise AssertionError(f"assistant {' '.join(args)} -> {proc.returncode}\n{proc.stderr[-3000:]}")
    return proc


def new_workspace(base: Path, reviewer: Path, models_cache: Path) -> Path:
    from audit.keys import install_reviewer_key

    ws = base / "ws"
    (ws / "keys").mkdir(parents=True)
    install_reviewer_key(next(reviewer.glob("*.pub")), ws / "keys")
    (ws / "models").symlink_to(models_cache, target_is_directory=True)
    return ws
