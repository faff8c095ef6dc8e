"""The audit package's exceptions: one base class, one-line messages."""
from __future__ import annotations


class AuditError(Exception):
    """Base of every error the audit package raises; str() is one line."""


class KeyFileError(AuditError):
    """A key file is missing, malformed, or its passphrase is wrong."""


class FormatError(AuditError):
    """Bytes on disk do not follow docs/AUDIT_FORMAT.md."""

    def __init__(self, message: str, seq: int | None = None) -> None:
        super().__init__(message)
        self.seq = seq


class TornTail(FormatError):
    """The last frame of the last segment is incomplete (an interrupted write)."""

    def __init__(self, message: str, seq: int, path: str, offset: int, size: int) -> None:
        super().__init__(message, seq)
        self.path, self.offset, self.size = path, offset, size
