"""Shared fixtures. Every test process runs offline, with the socket guard on."""
from __future__ import annotations

import os

from assistant import offline

offline.enable()
os.environ.setdefault("ASSISTANT_WORKSPACE", "/nonexistent-set-per-test")
