"""A workspace with the reviewer's public key installed, and the app over it."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from assistant.config import Settings

from .fakes import fake_session_factory

PASSPHRASE = "correct horse battery staple"


@dataclass(frozen=True)
class Reviewer:
    private: Path
    public: Path
    passphrase: str = PASSPHRASE


@pytest.fixture(scope="session")
def reviewer(tmp_path_factory) -> Reviewer:
    from audit.keys import generate_reviewer_keys

    return Reviewer(*generate_reviewer_keys(tmp_path_factory.mktemp("reviewer"), PASSPHRASE))


@pytest.fixture
def workspace(tmp_path: Path, reviewer: Reviewer) -> Path:
    from audit.keys import install_reviewer_key

    ws = tmp_path / "ws"
    install_reviewer_key(reviewer.public, ws / "keys")
    return ws


@pytest.fixture
def make_app(workspace: Path):
    from assistant.tui.app import AssistantApp

    def make(seeded: bool = True) -> AssistantApp:
        settings = Settings(workspace=workspace, generator="scripted-lm")
        return AssistantApp(settings, session_factory=fake_session_factory(workspace, seeded))

    return make
