"""The installed `assistant chat`, driven in a real terminal (tmux): type the
sample question, and find the answer's citation on the screen."""
from __future__ import annotations

import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from assistant import domains

pytestmark = pytest.mark.slow


def tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], capture_output=True, text=True, check=True).stdout


def wait_for(session: str, predicate, timeout: float) -> str:
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = tmux("capture-pane", "-p", "-t", session)
        if predicate(screen):
            return screen
        time.sleep(1)
    raise AssertionError(f"timed out; the screen was:\n{screen}")


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed (.ci/run installs it)")
def test_chat_answers_with_a_citation_in_a_real_terminal(healthcare_ws):
    exe = Path(sys.executable).parent / "assistant"
    session = f"assistant-{uuid.uuid4().hex[:8]}"
    command = f"ASSISTANT_WORKSPACE={healthcare_ws} TERM=xterm-256color {exe} chat --domain healthcare"
    tmux("new-session", "-d", "-s", session, "-x", "180", "-y", "50", command)
    try:
        wait_for(session, lambda s: "● offline" in s, timeout=300)
        tmux("send-keys", "-t", session, domains.load("healthcare").sample_question, "Enter")
        screen = wait_for(session, lambda s: "records-amendment-policy" in s and "audit #" in s,
                          timeout=400)
        assert "[1]" in screen or "[2]" in screen
        tmux("send-keys", "-t", session, "C-q")
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)
