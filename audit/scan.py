"""Walk a log directory's segments frame by frame, noticing a torn tail."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import FormatError, TornTail
from .format import (CP_TYPE, FRAME_LEN, MAX_BODY, REC_TYPE, SEG_HEADER, SEG_MAGIC, SEG_NAME,
                     SEG_RE)

LATEST = "checkpoint.latest"
LOCK = ".lock"


@dataclass(frozen=True)
class Frame:
    segment: int
    offset: int  # of the length prefix within the segment
    end: int  # offset just past the body
    body: bytes

    @property
    def is_record(self) -> bool:
        return self.body[0] == REC_TYPE


def segments(log_dir: Path) -> list[Path]:
    """Segment files in order; a gap in the numbering is tampering (a deleted segment)."""
    found = sorted(p for p in log_dir.iterdir() if SEG_RE.match(p.name)) if log_dir.is_dir() else []
    for i, p in enumerate(found):
        if p.name != SEG_NAME.format(i):
            raise FormatError(f"{log_dir}: segment {SEG_NAME.format(i)} is missing")
    return found


def read_header(path: Path, data: bytes, index: int, last: bool, seq: int) -> tuple[bytes, int]:
    """Return (log id, first seq) from a segment header."""
    if len(data) < SEG_HEADER.size:
        if last and SEG_MAGIC.startswith(data[:8]):
            raise TornTail(f"{path.name}: torn segment header ({len(data)} bytes)", seq, str(path), 0, len(data))
        raise FormatError(f"{path.name}: segment header truncated", seq)
    magic, log_id, idx, first = SEG_HEADER.unpack_from(data)
    if magic != SEG_MAGIC:
        raise FormatError(f"{path.name}: not an audit segment (bad magic)", seq)
    if idx != index:
        raise FormatError(f"{path.name}: header says segment {idx}", seq)
    return log_id, first


def iter_frames(data: bytes, path: Path, base: int, last: bool, seq: int) -> Iterator[Frame]:
    """Frames in `data`, the bytes of one segment from file offset `base` on;
    `seq` is the next record's expected number (for error messages).

    An incomplete final frame is a TornTail only in the last segment: a crash
    can interrupt only the newest write.
    """
    pos, n = 0, len(data)
    index = int(path.name[4:10])
    while pos < n:
        if n - pos < FRAME_LEN.size:
            _torn_or_bad(path, base + pos, n - pos, last, seq, "frame length")
        (blen,) = FRAME_LEN.unpack_from(data, pos)
        if blen == 0 or blen > MAX_BODY:
            raise FormatError(f"{path.name}@{base + pos}: frame length {blen} out of range", seq)
        end = pos + FRAME_LEN.size + blen
        if end > n:
            _torn_or_bad(path, base + pos, n - pos, last, seq, "frame body")
        body = data[pos + FRAME_LEN.size:end]
        if body[0] not in (REC_TYPE, CP_TYPE):
            raise FormatError(f"{path.name}@{base + pos}: unknown frame type {body[0]:#x}", seq)
        if body[0] == REC_TYPE:
            seq += 1
        yield Frame(index, base + pos, base + end, body)
        pos = end


def _torn_or_bad(path: Path, offset: int, size: int, last: bool, seq: int, what: str) -> None:
    if last:
        raise TornTail(f"{path.name}@{offset}: incomplete {what} ({size} bytes at the end)",
                       seq, str(path), offset, size)
    raise FormatError(f"{path.name}@{offset}: incomplete {what} inside a closed segment", seq)


def walk(log_dir: Path) -> Iterator[Frame]:
    """Every complete frame of the log in order; stops quietly at a torn tail (verify reports it)."""
    segs = segments(log_dir)
    seq = 0
    for i, path in enumerate(segs):
        data = path.read_bytes()
        last = i == len(segs) - 1
        try:
            read_header(path, data, i, last, seq)
            for fr in iter_frames(data[SEG_HEADER.size:], path, SEG_HEADER.size, last, seq):
                seq += fr.body[0] == REC_TYPE
                yield fr
        except TornTail:
            return
