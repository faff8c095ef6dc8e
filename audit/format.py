"""Byte layout of segments, records and checkpoint frames (see docs/AUDIT_FORMAT.md).

Everything is big-endian.  A segment is a fixed header followed by frames;
a frame is a u32 body length followed by the body, whose first byte says
whether it is a record (b"R") or a checkpoint (b"C").
"""
from __future__ import annotations

import re
import struct
from dataclasses import dataclass

from .errors import FormatError

VERSION = 1
SEG_MAGIC = b"AUDSEG\x00\x01"
SEG_HEADER = struct.Struct(">8s16sIQ")  # magic, log id, segment index, first seq
SEG_NAME = "seg-{:06d}.log"
SEG_RE = re.compile(r"seg-(\d{6})\.log\Z")
FRAME_LEN = struct.Struct(">I")
MAX_BODY = 16 * 1024 * 1024

REC_TYPE = 0x52  # "R"
CP_TYPE = 0x43  # "C"
REC_FIXED = struct.Struct(">BBQq8sB")  # type, version, seq, time_us, key id, kind length
SEALED_LEN = struct.Struct(">I")
KIND_RE = re.compile(rb"[a-z0-9_.\-]{1,32}\Z")
KEY_ID_LEN = 8

CP_FIXED = struct.Struct(">BBQq32s32s64sI")  # type, version, size, time_us, root, writer key, sig, count
SIG_CONTEXT = b"AUDIT-CHECKPOINT-V1\x00"
SIG_FIELDS = struct.Struct(">16sQq32s")  # log id, tree size, time_us, root

# Fixed parts of the sealed payload: ephemeral X25519 key, wrapped data key, nonce, GCM tag.
EPH_LEN, WRAPPED_LEN, NONCE_LEN, TAG_LEN = 32, 48, 12, 16
SEALED_OVERHEAD = EPH_LEN + WRAPPED_LEN + NONCE_LEN + TAG_LEN


@dataclass(frozen=True)
class RecordHeader:
    seq: int
    time_us: int
    key_id: bytes
    kind: str
    sealed_len: int
    header_len: int


def encode_record_header(seq: int, time_us: int, key_id: bytes, kind: str, plaintext_len: int) -> bytes:
    k = kind.encode("ascii")
    if not KIND_RE.match(k):
        raise FormatError(f"record kind {kind!r} must match [a-z0-9_.-]{{1,32}}")
    fixed = REC_FIXED.pack(REC_TYPE, VERSION, seq, time_us, key_id, len(k))
    return fixed + k + SEALED_LEN.pack(SEALED_OVERHEAD + plaintext_len)


def parse_record(body: bytes) -> RecordHeader:
    """Check a record body's structure; raise FormatError naming what is wrong."""
    if len(body) < REC_FIXED.size:
        raise FormatError("record shorter than its fixed header")
    typ, ver, seq, time_us, key_id, klen = REC_FIXED.unpack_from(body)
    if ver != VERSION:
        raise FormatError(f"record format version {ver}, expected {VERSION}")
    hlen = REC_FIXED.size + klen + SEALED_LEN.size
    if len(body) < hlen:
        raise FormatError("record shorter than its header")
    kind = body[REC_FIXED.size:REC_FIXED.size + klen]
    if not KIND_RE.match(kind):
        raise FormatError("record kind is not [a-z0-9_.-]{1,32}")
    (slen,) = SEALED_LEN.unpack_from(body, hlen - SEALED_LEN.size)
    if slen != len(body) - hlen or slen < SEALED_OVERHEAD:
        raise FormatError(f"sealed length {slen} does not match the frame ({len(body) - hlen} bytes)")
    return RecordHeader(seq, time_us, key_id, kind.decode("ascii"), slen, hlen)


@dataclass(frozen=True)
class CheckpointFrame:
    tree_size: int
    time_us: int
    root: bytes
    writer_key: bytes
    signature: bytes
    hashes: tuple[bytes, ...]  # leaf hashes since the previous checkpoint


def signed_message(log_id: bytes, tree_size: int, time_us: int, root: bytes) -> bytes:
    return SIG_CONTEXT + SIG_FIELDS.pack(log_id, tree_size, time_us, root)


def encode_checkpoint(cp: CheckpointFrame) -> bytes:
    fixed = CP_FIXED.pack(CP_TYPE, VERSION, cp.tree_size, cp.time_us, cp.root,
                          cp.writer_key, cp.signature, len(cp.hashes))
    return fixed + b"".join(cp.hashes)


def parse_checkpoint(body: bytes) -> CheckpointFrame:
    if len(body) < CP_FIXED.size:
        raise FormatError("checkpoint frame shorter than its fixed part")
    _, ver, size, time_us, root, wkey, sig, count = CP_FIXED.unpack_from(body)
    if ver != VERSION:
        raise FormatError(f"checkpoint format version {ver}, expected {VERSION}")
    if len(body) != CP_FIXED.size + 32 * count or count > size:
        raise FormatError(f"checkpoint frame length does not match its {count} hashes")
    hashes = tuple(body[i:i + 32] for i in range(CP_FIXED.size, len(body), 32))
    return CheckpointFrame(size, time_us, root, wkey, sig, hashes)


def frame(body: bytes) -> bytes:
    return FRAME_LEN.pack(len(body)) + body
