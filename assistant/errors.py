"""Our exception classes.

Every error a user can meet is one of these; the CLI edge turns it into a
single line on stderr and an exit code (see ``assistant.cli``). Messages are
written for the user: they name the file or setting and say how to fix it.
"""
from __future__ import annotations


class AssistantError(Exception):
    """Base class. ``str(err)`` is the one-line message shown to the user."""

    exit_code = 1


class ConfigError(AssistantError):
    """A setting, a domain pack or the workspace is missing or malformed."""


class ModelNotFound(AssistantError):
    """A model named in config, a flag or the registry cannot be found locally."""


class LoadError(AssistantError):
    """A document could not be read. Carries the path and the reason."""

    def __init__(self, path: str, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class StoreError(AssistantError):
    """The on-disk index is missing, locked or damaged."""


class NetworkBlocked(AssistantError):
    """Something tried to open a non-loopback socket while the guard was on."""


class PrivacyError(AssistantError):
    """The redaction service could not be built or run."""
