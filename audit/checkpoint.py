"""Signed checkpoints (tree size, root, time), their JSON form and the checkpoint.latest file."""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from .errors import FormatError
from .format import signed_message

JSON_FORMAT = "audit-checkpoint/1"


@dataclass(frozen=True)
class Checkpoint:
    log_id: bytes
    tree_size: int
    time_us: int
    root: bytes
    writer_key: bytes  # raw Ed25519 public key
    signature: bytes

    def message(self) -> bytes:
        return signed_message(self.log_id, self.tree_size, self.time_us, self.root)

    def signature_ok(self) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(self.writer_key).verify(self.signature, self.message())
        except (InvalidSignature, ValueError):
            return False
        return True

    def to_dict(self) -> dict:
        when = datetime.fromtimestamp(self.time_us / 1e6, timezone.utc).isoformat()
        return {"format": JSON_FORMAT, "log_id": self.log_id.hex(), "tree_size": self.tree_size,
                "time_us": self.time_us, "time": when, "root": self.root.hex(),
                "writer_key": self.writer_key.hex(), "signature": self.signature.hex()}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=1) + "\n"

    @classmethod
    def from_json(cls, text: str, source: str) -> Checkpoint:
        try:
            d = json.loads(text)
            if d.get("format") != JSON_FORMAT:
                raise ValueError("format")
            return cls(bytes.fromhex(d["log_id"]), int(d["tree_size"]), int(d["time_us"]),
                       bytes.fromhex(d["root"]), bytes.fromhex(d["writer_key"]),
                       bytes.fromhex(d["signature"]))
        except (ValueError, KeyError, TypeError, AttributeError):
            raise FormatError(f"{source}: not an {JSON_FORMAT} checkpoint") from None


def raw_public(key: Ed25519PrivateKey | Ed25519PublicKey) -> bytes:
    pub = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return pub.public_bytes(Encoding.Raw, PublicFormat.Raw)


def sign(key: Ed25519PrivateKey, log_id: bytes, tree_size: int, root: bytes, time_us: int) -> Checkpoint:
    msg = signed_message(log_id, tree_size, time_us, root)
    return Checkpoint(log_id, tree_size, time_us, root, raw_public(key), key.sign(msg))


def write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    fsync_dir(path.parent)


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def read(path: Path) -> Checkpoint | None:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise FormatError(f"{path}: unreadable checkpoint ({type(exc).__name__})") from None
    return Checkpoint.from_json(text, str(path))
