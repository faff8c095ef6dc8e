"""Fixtures: reviewer key pairs (made once per session: scrypt is deliberately slow) and a workspace."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from audit.keys import generate_reviewer_keys, install_reviewer_key

PASSPHRASE = "correct horse battery"


@dataclass(frozen=True)
class Reviewer:
    private: Path
    public: Path
    passphrase: str = PASSPHRASE


@dataclass(frozen=True)
class Workspace:
    log: Path
    keys: Path


@pytest.fixture(scope="session")
def reviewer(tmp_path_factory) -> Reviewer:
    return Reviewer(*generate_reviewer_keys(tmp_path_factory.mktemp("reviewer"), PASSPHRASE))


@pytest.fixture(scope="session")
def reviewer2(tmp_path_factory) -> Reviewer:
    return Reviewer(*generate_reviewer_keys(tmp_path_factory.mktemp("reviewer2"), PASSPHRASE + "2"),
                    PASSPHRASE + "2")


@pytest.fixture
def ws(tmp_path: Path, reviewer: Reviewer) -> Workspace:
    install_reviewer_key(reviewer.public, tmp_path / "keys")
    return Workspace(tmp_path / "audit", tmp_path / "keys")
