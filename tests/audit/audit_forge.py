"""An attacker's toolkit: take a log's single segment apart and put it back together."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from audit import checkpoint as cpmod
from audit.format import (SEG_HEADER, SEG_MAGIC, CheckpointFrame, encode_checkpoint, frame,
                          parse_record)
from audit.merkle import Frontier, leaf_hash
from audit.scan import LATEST


@dataclass
class Parts:
    header: bytes
    frames: list[bytes]  # whole frames: length prefix + body

    @property
    def record_index(self) -> list[int]:
        """frames index of each record, by seq."""
        return [i for i, f in enumerate(self.frames) if f[4] == 0x52]

    def record_body(self, seq: int) -> bytes:
        return self.frames[self.record_index[seq]][4:]


def split(seg: Path) -> Parts:
    data = seg.read_bytes()
    pos, frames = SEG_HEADER.size, []
    while pos < len(data):
        n = int.from_bytes(data[pos:pos + 4], "big")
        frames.append(data[pos:pos + 4 + n])
        pos += 4 + n
    return Parts(data[:SEG_HEADER.size], frames)


def join(parts: Parts, seg: Path) -> None:
    seg.write_bytes(parts.header + b"".join(parts.frames))


def resign(log_dir: Path, bodies: list[bytes], key: Ed25519PrivateKey, every: int) -> None:
    """Rewrite the whole log from record bodies, with fresh checkpoints signed by `key`."""
    seg = log_dir / "seg-000000.log"
    log_id = SEG_HEADER.unpack_from(seg.read_bytes())[1]
    out, f, pending, cp = [SEG_HEADER.pack(SEG_MAGIC, log_id, 0, 0)], Frontier(), [], None
    for i, body in enumerate(bodies):
        out.append(frame(body))
        f.append(leaf_hash(body))
        pending.append(leaf_hash(body))
        if len(pending) == every or i == len(bodies) - 1:
            cp = cpmod.sign(key, log_id, f.size, f.root(), 1)
            out.append(frame(encode_checkpoint(CheckpointFrame(
                cp.tree_size, cp.time_us, cp.root, cp.writer_key, cp.signature, tuple(pending)))))
            pending = []
    seg.write_bytes(b"".join(out))
    (log_dir / LATEST).write_text(cp.to_json())


def reseq(body: bytes, seq: int) -> bytes:
    """The same record under another sequence number (an attacker renumbering)."""
    parse_record(body)
    return body[:2] + seq.to_bytes(8, "big") + body[10:]
