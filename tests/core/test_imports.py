"""Presidio is imported with transformers kept out, and our own imports of
transformers wait for that, even from another thread."""
from __future__ import annotations

import subprocess
import sys


def test_a_session_never_imports_transformers_for_presidio():
    code = ("import sys\nfrom assistant.privacy import Redactor\n"
            "print('transformers' in sys.modules, 'presidio_analyzer' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]


def test_our_import_waits_for_the_mark_and_then_succeeds():
    code = """
import sys, threading, time
from assistant import imports
got = []
with imports.kept_out("transformers"):
    worker = threading.Thread(target=lambda: got.append(imports.transformers().__name__))
    worker.start()
    time.sleep(0.2)
    assert not got  # still waiting: the mark is up
    try:
        import transformers
        raise SystemExit("the mark did not keep transformers out")
    except ImportError:
        pass
worker.join()
print(got[0], type(sys.modules["transformers"]).__name__)
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["transformers", "_LazyModule"]
