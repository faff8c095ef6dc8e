"""Encrypted, tamper-evident audit log; standalone (imports nothing from `assistant`).

    from audit import AuditLog, verify, VerifyResult, AuditError
"""
from __future__ import annotations

from .errors import AuditError, FormatError, KeyFileError
from .log import AuditLog
from .verify import VerifyResult, verify

__all__ = ["AuditLog", "AuditError", "FormatError", "KeyFileError", "VerifyResult", "verify"]
