"""At-rest encryption of document text for the ``encrypt`` policy.

The index keeps redacted text for search and display; with ``at_rest =
"encrypt"`` it also keeps the original passage sealed with AES-256-GCM under
a workspace key (``keys/workspace.key``, mode 0600), bound to the chunk id so
a sealed blob cannot be moved onto another passage unnoticed.
"""
from __future__ import annotations

import os
from pathlib import Path

from .errors import ConfigError

NONCE_BYTES = 12


class Sealer:
    def __init__(self, key: bytes):
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        self._aead = AESGCM(key)

    @classmethod
    def for_workspace(cls, keys_dir: Path) -> "Sealer":
        path = keys_dir / "workspace.key"
        if not path.exists():
            keys_dir.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(os.urandom(32))
        key = path.read_bytes()
        if len(key) != 32:
            raise ConfigError(f"{path}: not a 32-byte workspace key")
        return cls(key)

    def seal(self, text: str, chunk_id: str) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        return nonce + self._aead.encrypt(nonce, text.encode(), chunk_id.encode())

    def seal_many(self, texts: list[str], chunk_ids: list[str]) -> list[bytes]:
        return [self.seal(t, c) for t, c in zip(texts, chunk_ids)]

    def open(self, blob: bytes, chunk_id: str) -> str:
        from cryptography.exceptions import InvalidTag

        try:
            return self._aead.decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], chunk_id.encode()).decode()
        except InvalidTag as err:
            raise ConfigError(f"passage {chunk_id}: sealed text does not match the workspace key") from err
